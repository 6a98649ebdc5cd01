"""Held-out PII set 107 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout107": written by a separate author who did not change recognizers, never saw Kaizen's misses on it
and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT107 is empty, as for the sets
before it; written at the same time as held-out 108 by another author). The theme is volunteer fire
brigades, civil defence and disaster relief as neighbours, volunteers and families talk about them: the
brigade's duty roster and its pager and app alerts, the siren test, the flood, earthquake, drought or veld
fire relief collection, the evacuation list and the emergency contact sheet, the donation to the relief fund
by card or bank transfer, the volunteer's first-aid and training certificate, the radio call signs, the
damaged house reported for the assessment, the temporary shelter's register, the insurance claim after the
disaster and the logins of the brigade's roster app and the relief NGO's portal. The peoples were chosen
after grepping the earlier sets' docstrings and lists: none of the four is a main people of held-out 27 to
106 ('Tharu' is found only inside the Sikh family name 'Matharu' in held-out 42; Namibia came up in
held-out 32 as a phone format and in held-out 53 for the Rehoboth Basters of the Khomas Highland; Sulawesi
in held-out 57 for Baubau and Wakatobi and in held-out 73 for the Sangirese of North Sulawesi; Friuli,
Udine and the Friulians in none), so no neighbour had to take a place. The apps were grepped the same way,
in bench/pii.py's first 26 sets as well: DIVERA 24/7 (held-out 44), Mosquitto, ntfy, Gotify, Mattermost,
Moodle, Keycloak, Vaultwarden, Twilio and Zulip (bench/pii.py), Rocket.Chat, Node-RED and EMQX had been
pasted, so this set pastes Sahana Eden, Claroline, VerneMQ, Casdoor, Pushover, Sparrow SMS and Zenziva,
which none had. Hand-written lists of four peoples: the Tharu of the western Terai of Nepal, Dang, Bardiya,
Kailali and Banke (Tulsipur, Ghorahi, Gulariya, Rajapur, Dhangadhi, Tikapur, Nepalgunj; the monsoon floods
of the Karnali, the Babai and the Rapti, the warning siren at Chisapani, the ward office's relief list, the
rescue boats of the Armed Police; Nepali and Tharu given names ('Ram', 'Sitaram', 'Dhaniram', 'Chhabilal',
'Phulmati', 'Sonamati', 'Rammati'), the Tharu family names ('Chaudhary', 'Dangaura', 'Kathariya', 'Rana',
'Dahit', 'Mahato', 'Sonaha') and their other spellings ('Chaudhari', 'Choudhary', 'Dagaura', 'Katharia'),
the Nepali middle name ('Ram Bahadur Chaudhary', 'Sita Kumari Dangaura'), Devanagari ('राम बहादुर चौधरी',
'सीता डंगौरा'), a Nepali list's initials ('R. B. Chaudhary', 'S.K. Dangaura'), a relief list sorted by
family name ('CHAUDHARY Ram Bahadur', 'Chaudhary, Sita'), short forms ('Ramu', 'Lachhu', 'Phulu') and
'Badghar' (the elected village head) and 'Guruwa' (the village's healer and priest) before a name and the
Nepali kin words 'dai', 'didi', 'bhauju' and 'kaka' after a given name and 'ji' after a family name,
outside the span; 'dai' and 'didi' came after Nepali names in held-out 105 too, as they are what Nepali
speakers say); the Bugis of South Sulawesi, Makassar, Bone (Watampone), Wajo (Sengkang) and Parepare, and
of Samarinda and Johor (Lake Tempe over the road in Sengkang, BPBD, Basarnas, PMI and the Tagana
volunteers, the posko and its dapur umum, the sembako package, the Damkar post; Bugis names ('Baso',
'Beddu', 'Sulle', 'Mappiare', 'Becce', 'Cenning', 'Sompa') and Arabic-Muslim ones ('Syamsuddin', 'Muhammad
Yusuf', 'Abdul Rahman', 'Sitti Aminah', 'Nurhayati'), the father's name as a second name ('Hasnah Beddu'),
one name alone on a KTP ('Beddu'), 'La' before a man's and 'I' before a woman's Bugis name as part of the
name ('La Beddu', 'I Sompa'), 'Andi' of a noble family likewise ('Andi Muhammad Arif'), a Sulawesi form's
abbreviations ('Muh. Yusuf', 'Abd. Rahman Tahir', 'St. Aminah'), 'bin' and 'binti' ('Syamsuddin bin Tahir',
'Hasnah binti Beddu'), short forms ('Udin', 'Wati', 'Jannah') and 'Daeng', 'Puang', 'Haji', 'Hajah', 'Pak'
and 'Bu' before a name, outside the span); the Herero of Namibia, Windhoek's Katutura, Okahandja, Gobabis
and Opuwo (the drought relief maize meal, the veld fires of Omaheke and the firebreaks on the farm roads,
the shacks burned in Havana, Herero Day in Okahandja; a Christian given name ('Festus', 'Nikodemus',
'Magdalena', 'Albertina') and an Otjiherero one ('Uazuva', 'Kaera', 'Tjiuongua', 'Kazembire', 'Vemunavi',
'Uatjiua'), both before the family name ('Festus Uazuva Tjiriange'), an Otjiherero given name alone before
it ('Uazuva Tjiriange'), family names in Tji-, Ka-, Hi- and others ('Tjiriange', 'Kaunatjike',
'Hijarunguru', 'Kaiyamo', 'Muharukua'), a Namibian form's initials ('F.U. Tjiriange'), the family name
first ('TJIRIANGE, Festus Uazuva', 'Tjiriange F.U.'), short forms ('Fessie', 'Magda', 'Timo') and 'Tate'
(father) and 'Mama' (mother) before a given name, 'Omuhona' (a chief) before a full name and the fire
brigade's 'Station Officer' before a family name, outside the span); and the Friulians of Udine, Gemona,
Venzone and Pordenone and their emigrants in Switzerland, Luxembourg and Argentina (the earthquake of 6
May 1976 and the Orcolat, the Protezione Civile's squadra comunale, the Tagliamento rising, the Vaia storm
in Carnia, the geometra's damage check; Italian given names and their Friulian forms ('Pieri', 'Zuan',
'Jacum', 'Marie', 'Ane'), two given names ('Giovanni Battista Copetti', 'Maria Luisa Patat'), Friulian
family names ('Londero', 'Forgiarini', 'Copetti', 'Cargnelutti', 'Patat', 'Venchiarutti'), those in -ut
and -ig ('Zorzut', 'Blasutig', 'Cernetig') and those with a particle ('Del Fabbro', 'Di Bert', 'De
Monte'), an Italian form's family name first ('LONDERO Pietro', 'Copetti Maria'), initials ('P. Londero',
'G.B. Copetti'), dialect short forms ('Bepi', 'Toni', 'Meni', 'Gigi') and 'barbe' (uncle), 'agne' (aunt),
'nono' and 'none' (grandfather and grandmother) before a given name, 'sior', 'siore' and 'geom.' before a
family name and 'caposquadra' before a full name, outside the span); no public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT107); public figures appear only inside the names of an airport, a street and a law in
negatives ('Sultan Hasanuddin airport', 'Jalan Andi Pangerang Pettarani', 'Hosea Kutako International
Airport', 'the Zamberletti law'). Every one of those name forms, and names with a typo ('Chaudhray',
'Mappaisse', 'Tjirainge', 'Londeor'), is forced into the build at least once so it does not hang on the
seed (any form the draws have not reached by the end comes in a sentence of its own), and each people also
gets a titled name (or a kin word after it), a name in capitals on a form and one in lower case in chat,
whatever the seed; the address, the phone, the e-mail, the IBAN or the date of birth after a name mostly
comes from that name's region. Names on a volunteer's, an evacuee's, a claim's and a shelter's papers in
English ('Volunteer:', 'Emergency contact:', 'Certificate holder:', 'Head of household:', 'Evacuee:',
'Surname, first names:'), Nepali ('Naam Thar:', 'नाम थर:'), Indonesian ('Nama lengkap:', 'Pelapor:',
'Kepala keluarga:'), Italian ('Nominativo:', 'Volontario:', 'Cognome e nome:', 'Richiedente:'), a ward's
relief list '| Relief list | ward 5 | ... | 6 members |', a shelter register's row, JSON and YAML; unit
radio call signs ('Alfa 3', 'Rescue 2-1'), pager codes, emergency numbers (100, 102, 112, 113, 115, 10111),
equipment models, relief package contents and place names alone no PII; those regions' addresses (Nepal's
'Tulsipur Sub-Metropolitan City, Ward No. 5, Campus Road, Dang', 'Gulariya Municipality-4, Belhari,
Bardiya', 'Dhangadhi Sub-Metropolitan City-2, Hasanpur, Kailali', 'Nepalgunj-12, Surkhet Road, Banke' and
one in Devanagari, Makassar's 'Jl. ... No. 12, Kel. Tamalanrea, Kota Makassar, Sulawesi Selatan 90245' and
its BTN estates' blocks, Watampone's, Sengkang's with RT/RW, Parepare's, Samarinda's with the gang, Parit
Raja's in Johor, Katutura's 'Erf 1234, Hosea Kutako Drive, Katutura, Windhoek', Windhoek's suburbs,
Okahandja's and Gobabis's erven, Opuwo's, a farm's number in its district, Udine's 'Via Cavour 12, 33100
Udine', Gemona's '33013 Gemona del Friuli (UD)', Venzone's and Pordenone's, a Friulian emigrant's in
Zürich, Basel, Lugano, Esch-sur-Alzette and Colonia Caroya) and phones (Nepali mobiles '98x' and '+977
98x', Nepalgunj's '081', Dhangadhi's '+977-91', Dang's '082' and Bardiya's '084', Sulawesi mobiles
'0812-4', '+62 813' and '0853', Makassar's '(0411)', Watampone's '(0481)' and Sengkang's '0485',
Malaysian mobiles '+60 1x', Namibian mobiles '081', '085' and '+264 81', Windhoek's '061', Okahandja's
'+264 62' and Opuwo's '065', Udine's and Gemona's '0432' and '+39 0432', Pordenone's '0434', Italian
mobiles and a Swiss mobile '+41 7x'); Visa, Mastercard 51-55 and 2-series, UnionPay 62, JCB 3528-3589 and
Amex 4-6-5 as the relief fund donation, the brigade's boots, the shelter's generator fuel, the course fee
and the evacuees' bus take them; IBANs of a family member abroad or of a donor (Nepal, Indonesia, Malaysia
and Namibia have none): Qatar and the UAE for a Tharu worker in the Gulf, Saudi Arabia and Timor-Leste for
a Bugis son in Jeddah or a Bugis trader in Dili, Germany for a Herero family's and a partner brigade's
account, Italy, Switzerland and Luxembourg for the Friulians and their emigrants; IPs of the fire station's
router, the roster app's and the NGO portal's sign-in alerts, the siren controller and its VerneMQ broker,
the pager gateway, the Claroline server, the shelter's wifi, the ward office's router, the BPBD post's and
the Protezione Civile base's routers and the Sahana Eden server, v4 and v6; secrets handed over in ways no
earlier set used (on the whiteboard in the fire station kitchen, taped under the shelter's registration
table, on the back of the first-aid certificate, in the red folder with the evacuation plan, inside the
first-aid box lid), the key safe's code at the fire station, the places ('Bardiya@2081', 'Sengkang_0411',
'Katutura@264', 'Gemona1976!'), theme words in leetspeak ('r3l13f', 'fl00d', '$1r3n'), one-time codes of
the NGO portal, the roster app and the insurance portal, the eSewa MPIN, the DANA PIN, the Bank Windhoek
app PIN and the Postepay PIN for the donations, config pasted from Sahana Eden's 000_config.py
('settings.database.password', 'settings.auth.hmac_key'), Claroline's parameters.yml ('database_password',
'secret'), VerneMQ's Docker user, Casdoor's app.conf dataSourceName, Pushover's app token, Sparrow SMS's
token for the flood warning SMS and Zenziva's passkey for the posko's SMS blast, and cues in Nepali ('yo
kura arulai nabhanau hai'), Makassar Indonesian ('jangan ko kasih tau orang'), Namibian Afrikaans ('moenie
vir niemand sê nie'), Italian ('non dirla a nessuno') and Friulian ('no sta dîle a nissun'); usernames as
roster app, NGO portal, Claroline and Sahana Eden logins and Telegram and Instagram handles, in shapes like
'ram.chaudhary', 'baso_bone', 'tjiriange.f', 'pcgemona_pietro'; dates of birth for the relief form, the
certificate, the shelter register, the drought relief register and the volunteers' register, in Nepal's
Bikram Sambat '2052/04/15' and '2052/04/15 BS', in Devanagari digits ('२०५२/०४/१५') and with the month's
name ('२०५२ साउन १५'), Nepal's AD '31/07/1995', Indonesia's '15-08-1995' and '15 Agustus 1995', Namibia's
'15/08/1995' and '15 August 1995', Italy's '15/08/1995' and '15 agosto 1995', Friulian's '15 di avost dal
1995' and a paste's ISO date, a parent's now and then, all drawn between fixed years from the set's own rng
so the set builds the same on any day; typos as volunteers type on a phone in the rain: a relief word's
well-known misspelling ('evacuation' -> 'evacuaton', 'ambulance' -> 'ambulence', 'assessment' ->
'assesment', 'volunteer' -> 'volunter') or chat shorthand ('please' -> 'pls', 'evacuation' -> 'evac',
'volunteers' -> 'vols'); negatives with the same places, the titles and kin words explained, relief
packages, call signs, pager codes, emergency numbers, equipment, dates that are no birthdays (a siren
test's, a course's), the apps' versions, placeholder secrets, a test card, the example IBAN, a placeholder
e-mail, documentation IPs (v4 and v6) and short everyday chat in the four peoples' languages.

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import calendar
import random
import re
import string

from bench.pii import (
    Example,
    Gen3,
    _chat_like,
    _iban,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _ascii_name as _ascii,
)

HELDOUT107_SEED = 7107413
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT107: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT107 = ["tharu", "bugis", "herero", "friulian"]
# the Tharu's Nepali middle names, a man's and a woman's ('Ram Bahadur Chaudhary', 'Sita Kumari Dangaura')
THARU_MIDDLE_HELDOUT107 = {False: ["Bahadur", "Prasad", "Lal", "Kumar"], True: ["Kumari", "Devi"]}
# the Bugis names of their own (not Arabic ones) that take 'La' before a man's and 'I' before a woman's
BUGIS_OWN_HELDOUT107 = {False: ["Baso", "Beddu", "Sulle", "Mappiare"], True: ["Becce", "Cenning", "Sompa"]}
# how a Sulawesi form shortens the Arabic first word of a name ('Muh. Yusuf', 'Abd. Rahman', 'St. Aminah')
BUGIS_ABBREV_HELDOUT107 = {"Muhammad": "Muh.", "Abdul": "Abd.", "Sitti": "St."}
# a Herero's Christian given name and Otjiherero given name, each a man's and a woman's
HERERO_CHRISTIAN_HELDOUT107 = {
    False: "Festus;Erastus;Nikodemus;Josephat;Ismael;Timotheus;Elia;Gerson;Alfons;Ferdinand".split(";"),
    True: "Magdalena;Katrina;Lydia;Esther;Rosalia;Albertina;Justina;Selma".split(";"),
}
HERERO_OWN_HELDOUT107 = {
    False: "Uazuva;Kaera;Tjiuongua;Kazembire;Uaundja;Vetumbuavi".split(";"),
    True: "Vemunavi;Uatjiua;Kaitire;Veripuka;Ueriuka".split(";"),
}
# each origin: (men's given names, women's given names, family names); ';' separates names, as some hold a
# space
NAMES_HELDOUT107: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Tharu of Dang, Bardiya, Kailali and Banke: Nepali and Tharu given names, the Tharu family names
    "tharu": ("Ram;Shyam;Bishnu;Hari;Laxman;Sitaram;Dhaniram;Ganesh;Ratiram;Bhagiram;Tikaram;Phulram;Budhram;Chhabilal;Sukhram;Mohan".split(";"),
              "Sita;Gita;Kamala;Sarita;Laxmi;Phulmati;Dhanmati;Rammati;Sonamati;Parbati;Sunita;Manju;Bhagwati;Shanti".split(";"),
              "Chaudhary;Chaudhary;Dangaura;Kathariya;Rana;Dahit;Mahato;Sonaha".split(";")),
    # Bugis of Makassar, Bone, Wajo and Parepare and of Samarinda and Johor: Bugis names and Arabic-Muslim
    # ones; the second name is the father's (a name of his own, not a family name)
    "bugis": ("Baso;Beddu;Sulle;Mappiare;Tahir;Syamsuddin;Jamaluddin;Amiruddin;Muhammad Yusuf;Muhammad Arif;Abdul Rahman;Abdul Haris;Ridwan;Ilham;Anwar;Haerul".split(";"),
              "Becce;Cenning;Sompa;Hasnah;Nurhayati;Rahmawati;Hadijah;Sitti Aminah;Sitti Rahmah;Hasmiati;Marlina;Rosmini;Nurjannah;Suriani".split(";"),
              "Mappiasse;Lallo;Beddu;Baso;Tahir;Hamid;Bakri;Rahim;Sulle;Tajuddin;Pananrangi;Laupe".split(";")),
    # Herero of Windhoek, Okahandja, Gobabis and Opuwo: a Christian given name, an Otjiherero one, and the
    # family names in Tji-, Ka-, Hi- and others
    "herero": (HERERO_CHRISTIAN_HELDOUT107[False] + HERERO_OWN_HELDOUT107[False],
               HERERO_CHRISTIAN_HELDOUT107[True] + HERERO_OWN_HELDOUT107[True],
               "Tjiriange;Tjivikua;Kaapama;Tjikuua;Hijarunguru;Hengari;Kandjii;Kaunatjike;Tjombe;Kahuure;Katjivena;Kavari;Kasuto;Ndjoze;Muharukua;Mbaeva;Kazondunge;Karuaihe;Hoveka;Tjingaete;Kaiyamo".split(";")),
    # Friulians of Udine, Gemona, Venzone and Pordenone: Italian given names (their Friulian forms in
    # FRIULIAN_GIVEN_HELDOUT107), Friulian family names, some in -ut and -ig and some with a particle
    "friulian": ("Pietro;Giovanni;Luigi;Giuseppe;Domenico;Antonio;Giacomo;Andrea;Ermes;Tarcisio;Elio;Renzo;Danilo;Bruno;Mauro;Dario".split(";"),
                 "Maria;Anna;Lucia;Caterina;Gemma;Elsa;Ornella;Rita;Luisa;Daniela;Paola;Nives;Graziella;Marisa".split(";"),
                 "Londero;Forgiarini;Copetti;Cargnelutti;Patat;Ceschia;Baldassi;Cragnolini;Stroili;Tosolini;Feruglio;Candotti;Tomat;Zorzut;Blasutig;Cernetig;Venchiarutti;Pittino;Peresson;Zanier;Tonutti;Burgnich;Del Fabbro;Di Bert;De Monte".split(";")),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs); 'Resham' and 'Kalla'
# are in no list, so neither can come even with a typo
PUBLIC_FIGURES_HELDOUT107 = {"Elia Kaiyamo", "Tarcisio Burgnich", "Resham Chaudhary", "Jusuf Kalla"}
# the Tharu names in Devanagari, as a citizenship certificate or a ward office's relief list writes them
DEVANAGARI_HELDOUT107 = {
    "Ram": "राम", "Shyam": "श्याम", "Bishnu": "विष्णु", "Hari": "हरि", "Laxman": "लक्ष्मण", "Sitaram": "सीताराम",
    "Dhaniram": "धनीराम", "Ganesh": "गणेश", "Ratiram": "रतिराम", "Bhagiram": "भगीराम", "Tikaram": "टीकाराम",
    "Phulram": "फूलराम", "Budhram": "बुधराम", "Chhabilal": "छबिलाल", "Sukhram": "सुखराम", "Mohan": "मोहन",
    "Sita": "सीता", "Gita": "गीता", "Kamala": "कमला", "Sarita": "सरिता", "Laxmi": "लक्ष्मी", "Phulmati": "फूलमती",
    "Dhanmati": "धनमती", "Rammati": "राममती", "Sonamati": "सोनमती", "Parbati": "पार्वती", "Sunita": "सुनिता",
    "Manju": "मञ्जु", "Bhagwati": "भगवती", "Shanti": "शान्ति", "Chaudhary": "चौधरी", "Dangaura": "डंगौरा",
    "Kathariya": "कठरिया", "Rana": "राना", "Dahit": "दहित", "Mahato": "महतो", "Sonaha": "सोनाहा",
    "Bahadur": "बहादुर", "Prasad": "प्रसाद", "Lal": "लाल", "Kumar": "कुमार", "Kumari": "कुमारी", "Devi": "देवी",
}  # fmt: skip
DEVANAGARI_RANGE_HELDOUT107 = re.compile("[\u0900-\u097f]")
DEVANAGARI_DIGITS_HELDOUT107 = str.maketrans("0123456789", "०१२३४५६७८९")
# the other spellings a Tharu family name has on papers and in chat (no typo: each is as common as the other)
THARU_VARIANT_HELDOUT107 = {
    "Chaudhary": ("Chaudhari", "Choudhary"), "Dangaura": ("Dagaura",), "Kathariya": ("Katharia",),
}  # fmt: skip
# the Friulian forms of Italian given names
FRIULIAN_GIVEN_HELDOUT107 = {
    "Pietro": "Pieri", "Giovanni": "Zuan", "Giacomo": "Jacum", "Andrea": "Dree", "Luigi": "Vigji",
    "Maria": "Marie", "Anna": "Ane", "Lucia": "Lussie",
}  # fmt: skip
# two given names, a man's and a woman's
DOUBLE_GIVEN_HELDOUT107 = {
    False: ["Giovanni Battista", "Gian Pietro", "Pietro Antonio", "Luigi Maria"],
    True: ["Maria Luisa", "Anna Maria", "Maria Rosa", "Maria Teresa"],
}
# the Friulian family names with a particle, two words
PARTICLE_FAMILIES_HELDOUT107 = [n for n in NAMES_HELDOUT107["friulian"][2] if " " in n]
# the short forms a given name takes in each people's chat
NICKS_HELDOUT107: dict[str, dict[str, str]] = {
    "tharu": {"Ram": "Ramu", "Laxman": "Lachhu", "Sitaram": "Situ", "Kamala": "Kamu", "Phulmati": "Phulu", "Sunita": "Suni"},
    "bugis": {"Syamsuddin": "Udin", "Jamaluddin": "Jamal", "Amiruddin": "Amir", "Rahmawati": "Wati", "Nurhayati": "Yati", "Nurjannah": "Jannah"},
    "herero": {"Festus": "Fessie", "Erastus": "Eras", "Timotheus": "Timo", "Ferdinand": "Ferdi", "Magdalena": "Magda", "Albertina": "Tina"},
    "friulian": {"Giuseppe": "Bepi", "Antonio": "Toni", "Domenico": "Meni", "Luigi": "Gigi", "Caterina": "Rina", "Graziella": "Lella"},
}  # fmt: skip
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT107 = {
    "Chaudhary": "Chaudhray", "Dangaura": "Dangarua", "Kathariya": "Kathraiya", "Mahato": "Mahtao",
    "Mappiasse": "Mappaisse", "Pananrangi": "Pananrnagi", "Tajuddin": "Tajuddni", "Lallo": "Lalol",
    "Tjiriange": "Tjirainge", "Kaunatjike": "Kaunatjkie", "Hijarunguru": "Hijarungru", "Muharukua": "Muharuuka",
    "Kazondunge": "Kazondugne", "Londero": "Londeor", "Forgiarini": "Forgairini", "Cargnelutti": "Cargnellutti",
    "Venchiarutti": "Venchiarrutti", "Cragnolini": "Cragnoilni",
}  # fmt: skip
# a title before the name (outside the span): the origin, whether a woman (None: either) and the part of the
# name it goes with ('full', 'given' or 'family')
TITLED_HELDOUT107: dict[str, tuple[str, bool | None, str]] = {
    "badghar": ("tharu", False, "full"),  # the elected head of a Tharu village
    "guruwa": ("tharu", False, "given"),  # the Tharu village's healer and priest
    "daeng": ("bugis", None, "given"),  # said to an elder in Makassar and among the Bugis
    "puang": ("bugis", None, "given"),  # said to a noble or an elder among the Bugis
    "haji": ("bugis", False, "full"),  # a man who made the hajj
    "hajah": ("bugis", True, "full"),  # a woman who made the hajj
    "pak": ("bugis", False, "given"),
    "bu": ("bugis", True, "given"),
    "tate": ("herero", False, "given"),  # 'father', said to an older man, in Otjiherero
    "mama": ("herero", True, "given"),  # 'mother', said to an older woman
    "omuhona": ("herero", False, "full"),  # a chief, a traditional leader
    "station officer": ("herero", None, "family"),  # the fire brigade's rank
    "barbe": ("friulian", False, "given"),  # 'uncle' in Friulian
    "agne": ("friulian", True, "given"),  # 'aunt'
    "nono": ("friulian", False, "given"),  # 'grandfather'
    "none": ("friulian", True, "given"),  # 'grandmother'
    "sior": ("friulian", False, "family"),  # 'signor'
    "siore": ("friulian", True, "family"),  # 'signora'
    "geom.": ("friulian", None, "family"),  # the geometra who assesses the damage
    "caposquadra": ("friulian", None, "full"),  # the Protezione Civile squad's leader
}
TITLE_SLOT_HELDOUT107 = re.compile(
    r"(?<![\w'.-])(station officer|caposquadra|badghar|omuhona|guruwa|hajah|daeng|puang|barbe|siore|geom\.|"
    r"haji|tate|mama|agne|nono|none|sior|pak|bu) \{\}",
    re.IGNORECASE,
)
# the Nepali kin words the Tharu write after a name (outside the span): whether a woman (None: either) and
# the part of the name before it
KIN_AFTER_HELDOUT107: dict[str, tuple[bool | None, str]] = {
    "dai": (False, "given"),  # elder brother
    "didi": (True, "given"),  # elder sister
    "bhauju": (True, "given"),  # the elder brother's wife
    "kaka": (False, "given"),  # the father's younger brother
    "ji": (None, "family"),  # respect, after the family name or the full name
}
KIN_SLOT_HELDOUT107 = re.compile(r"\{\} (dai|didi|bhauju|kaka|ji)(?![\w'])", re.IGNORECASE)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT107
FORCED_FORMS_HELDOUT107 = [
    ("tharu", "middle"), ("bugis", "la_i"), ("herero", "christian_herero"), ("friulian", "surname_first"),
    ("tharu", "devanagari"), ("bugis", "andi"), ("herero", "herero_given"), ("friulian", "friulian_given"),
    ("tharu", "initials"), ("bugis", "abbrev"), ("herero", "initials"), ("friulian", "double_given"),
    ("tharu", "surname_first"), ("bugis", "bin_binti"), ("herero", "surname_first"), ("friulian", "particle"),
    ("tharu", "variant"), ("bugis", "single"), ("herero", "nickname"), ("friulian", "initials"),
    ("tharu", "nickname"), ("bugis", "nickname"), ("herero", "typo"), ("friulian", "nickname"),
    ("tharu", "typo"), ("bugis", "typo"), ("friulian", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT107 = {"nickname", "typo"}
FORM_ONLY_FORMS_HELDOUT107 = {"surname_first", "initials", "single"}
# the scripts or layouts a form may come in besides the template's plain one ('')
FORM_SCRIPTS_HELDOUT107: dict[tuple[str, str], set[str]] = {
    ("tharu", "middle"): {"", "devanagari"}, ("tharu", "devanagari"): {"", "devanagari"},
    ("tharu", "surname_first"): {"", "surname_first"}, ("herero", "surname_first"): {"", "surname_first"},
    ("friulian", "surname_first"): {"", "surname_first"},
}  # fmt: skip
# sentences the build adds whatever the seed: a titled name of each people (a kin word after it for the
# Tharu), a name in capitals on a form and one in lower case in chat for each people, and a sentence for any
# forced form the build has not given yet
FORCED_SENTENCES_HELDOUT107: dict[str, list[str]] = {
    "tharu": [
        "Badghar {} called the whole village to the ward office for the flood relief list",
        "Guruwa {} says the Karnali always rises on the third day of rain",
        "{} dai is on the rescue boat at Rajapur with the Armed Police",
        "{} didi is cooking for the families in the school shelter in Tulsipur",
    ],
    "bugis": [
        "Daeng {} is on the BPBD boat in Sengkang since this morning",
        "Puang {} gave the rice from the family granary to the posko in Watampone",
        "Hajah {} collected the donations for the flood victims at the mosque",
        "Pak {} is the RT head, he has the list of the damaged houses",
    ],
    "herero": [
        "Tate {} was cutting the firebreak on the Gobabis road all night",
        "Mama {} is handing out the drought relief maize meal in Opuwo",
        "Omuhona {} asked the Red Cross to bring water to the cattle posts",
        "Station Officer {} is on duty at the Okahandja fire station this weekend",
    ],
    "friulian": [
        "barbe {} still tells the story of the night of the Orcolat in Gemona",
        "agne {} is cooking for the volunteers at the Protezione Civile base",
        "il geom. {} del Comune viene lunedì per la verifica dei danni",
        "the caposquadra {} took the Venzone squad to the Tagliamento with the sandbags",
    ],
    "upper": [
        "Volunteer's name as on the ID (block capitals): {}",
        "Name of the evacuee (capitals): {}",
        "Full name of the claimant in capital letters: {}",
    ],
    "lower": [
        "lol {} fell asleep on the night shift at the shelter again",
        "{} still hasn't sent the photos for the damage report",
        "has anyone heard from {} since the water came up",
    ],
    "form": [
        "Volunteer: {}",
        "Name on the first-aid certificate: {}",
    ],
    "chat": [
        "{} says hi from the shelter, the kids are fine",
        "did {} get the insurance money for the roof in the end?",
    ],
}
# IBANs where a donation, a claim or a remittance is paid (Nepal, Indonesia, Malaysia and Namibia have none):
# Qatar and the UAE for a Tharu worker in the Gulf, Saudi Arabia and Timor-Leste for a Bugis son in Jeddah
# or a Bugis trader in Dili, Germany for a Herero family's and a partner brigade's account, Italy,
# Switzerland and Luxembourg for the Friulians and their emigrants
IBAN_SHAPES_HELDOUT107 = {
    "QA": "4a21c", "AE": "19n", "SA": "2n18c", "TL": "19n", "DE": "18n", "IT": "1a10n12c", "CH": "5n12c",
    "LU": "3n13c",
}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT107 = {
    "tharu": ["QA", "AE"], "bugis": ["SA", "TL"], "herero": ["DE"], "friulian": ["IT", "IT", "CH", "LU"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT107 = {
    "tharu": ["dang", "bardiya", "kailali", "tikapur", "karnali"],
    "bugis": ["bone", "mks", "sengkang", "bugis", "wajo"],
    "herero": ["katutura", "okahandja", "omaheke", "opuwo", "herero"],
    "friulian": ["gemona", "venzone", "udin", "furlan", "tiliment"],
}
EMAIL_DOMAINS_HELDOUT107 = {
    "tharu": ["yahoo.com", "hotmail.com", "wlink.com.np"],
    "bugis": ["yahoo.co.id", "ymail.com", "yahoo.com"],
    "herero": ["iway.na", "yahoo.com", "outlook.com"],
    "friulian": ["yahoo.it", "hotmail.it", "tin.it", "email.it"],
}
# the templates that belong to one people's places, agencies, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT107: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)udine|gemona|venzone|pordenone|friul|tagliamento|carnia|protezione|vigili|orcolat|"
                r"fogol|nominativo|volontari|cognome|richiedente|vaia|comune|squadra|alluvione|è |\bil "), "friulian"),
    (re.compile(r"(?i)windhoek|katutura|okahandja|gobabis|opuwo|omaheke|kunene|namibia|herero|\bveld|"
                r"drought|firebreak|cattle post|havana|otjiherero"), "herero"),
    (re.compile(r"(?i)makassar|watampone|\bbone\b|sengkang|wajo|parepare|tempe|samarinda|sulawesi|bugis|"
                r"bpbd|basarnas|\bpmi\b|tagana|damkar|posko|relawan|\brt\b|nama|pelapor|kepala keluarga|"
                r"sembako|rumah|sudah|johor"), "bugis"),
    (re.compile(r"(?i)dang\b|bardiya|kailali|nepalgunj|dhangadhi|tulsipur|ghorahi|gulariya|tikapur|rajapur|"
                r"karnali|babai|rapti|terai|tharu|nepal|ward office|rahat|naam|chisapani|\bko\b|bajayo|[\u0900-\u097f]"), "tharu"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT107: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bnata\b|volontaria|\bla volontaria\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bnato\b"), False),
]  # fmt: skip
# a disaster-relief word and its well-known misspelling
MISSPELT_HELDOUT107 = {
    "evacuation": "evacuaton", "volunteer": "volunter", "volunteers": "volunteeres", "emergency": "emergancy",
    "ambulance": "ambulence", "assessment": "assesment", "certificate": "certficate", "insurance": "insurence",
    "donation": "donaton", "shelter": "shleter", "received": "recieved", "tomorrow": "tommorow",
    "definitely": "definately", "necessary": "neccessary", "registered": "registred", "generator": "generater",
}  # fmt: skip
MISSPELT_WORD_HELDOUT107 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT107, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in a volunteer's messages
SHORTHAND_HELDOUT107 = {
    "please": "pls", "because": "bc", "tomorrow": "tmrw", "message": "msg", "thanks": "thx", "people": "ppl",
    "before": "b4", "evacuation": "evac", "information": "info", "tonight": "2nite", "volunteers": "vols",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT107 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT107, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT107 = (
    "January February March April May June July August September October November December".split()
)
ID_MONTHS_HELDOUT107 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
IT_MONTHS_HELDOUT107 = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
)
FUR_MONTHS_HELDOUT107 = "zenâr fevrâr març avrîl mai jugn lui avost setembar otubar novembar dicembar".split()
# the Bikram Sambat months in Devanagari, as a citizenship certificate writes a date in words
BS_MONTHS_HELDOUT107 = "बैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर पुस माघ फागुन चैत".split()


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Muhammad Yusuf' ->
    'muhammadyusuf', 'Del Fabbro' -> 'delfabbro')."""
    return re.sub(r"[^a-z0-9]", "", _ascii(name).lower())


def _devanagari(*names: str) -> str:
    """Tharu names in Devanagari ('Sita', 'Kumari', 'Chaudhary' -> 'सीता कुमारी चौधरी')."""
    return " ".join(DEVANAGARI_HELDOUT107[n] for n in names)


def _bikram_sambat(year: int, month: int, day: int) -> tuple[int, int, int]:
    """A Gregorian date in Nepal's Bikram Sambat, near enough for a relief form: 56 years, 8 months and 17
    days ahead, every month taken as 30 days (the real months run 29 to 32 days, so the day may be off by one
    or two)."""
    day += 17
    if day > 30:
        day, month = day - 30, month + 1
    month += 8
    if month > 12:
        month, year = month - 12, year + 1
    return year + 56, month, day


class Gen107(Gen3):
    """Generators for held-out set 107: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT107)  # the forms not given yet
        self._last_origin: str | None = None  # the origin of the name given last, for the values after it
        self._reads_left = 0  # how many values after that name may still follow it

    @property
    def last_origin(self) -> str | None:
        return self._last_origin

    @last_origin.setter
    def last_origin(self, origin: str | None) -> None:
        self._last_origin, self._reads_left = origin, 2  # a sentence holds at most two values after a name

    def _origin_after_name(self) -> str | None:
        """The origin of the name just given, so that the address, the phone, the e-mail, the IBAN or the
        date of birth after it in a sentence belongs to the same place (most of the time); None to draw from
        any. A name's origin lasts for the two values that may follow it in one sentence."""
        origin = self._last_origin
        self._reads_left -= 1
        if self._reads_left <= 0:
            self._last_origin = None
        return origin if origin and self.rng.random() < 0.8 else None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT107; never a public figure's, and
        never a Bugis whose father's name is his own."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT107)
        men, women, lasts = NAMES_HELDOUT107[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice(
            [x for x in lasts if x != first and f"{first} {x}" not in PUBLIC_FIGURES_HELDOUT107]
        )
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _herero_pair(self, woman: bool) -> tuple[str, str]:
        """A Herero's Christian given name and Otjiherero given name ('Festus', 'Uazuva')."""
        rng = self.rng
        return rng.choice(HERERO_CHRISTIAN_HELDOUT107[woman]), rng.choice(HERERO_OWN_HELDOUT107[woman])

    def _bugis_abbrev(self, woman: bool, last: str) -> str:
        """'Muh. Yusuf', 'Abd. Rahman Tahir', 'St. Aminah': the Arabic first word shortened as a Sulawesi form
        does."""
        rng = self.rng
        own = NAMES_HELDOUT107["bugis"][1 if woman else 0]
        first = rng.choice([g for g in own if g.split()[0] in BUGIS_ABBREV_HELDOUT107])
        head, rest = first.split(" ", 1)
        name = f"{BUGIS_ABBREV_HELDOUT107[head]} {rest}"
        return f"{name} {last}" if rng.random() < 0.5 else name

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT107's, or 'plain'), in `script`
        where the form allows it."""
        rng = self.rng
        if form == "nickname":  # 'Ramu', 'Udin', 'Fessie', 'Bepi'
            nicks = NICKS_HELDOUT107[origin]
            women = set(NAMES_HELDOUT107[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        lasts = NAMES_HELDOUT107[origin][2]
        if form == "typo":  # 'Sita Chaudhray', 'Hasnah Mappaisse', 'Festus Tjirainge', 'Pietro Londeor'
            last = rng.choice([x for x in lasts if x in NAME_TYPOS_HELDOUT107 and x != first])
            return f"{first} {NAME_TYPOS_HELDOUT107[last]}"
        if origin == "tharu":
            middle = rng.choice(THARU_MIDDLE_HELDOUT107[woman])
            if form == "middle":  # 'Ram Bahadur Chaudhary', 'राम बहादुर चौधरी'
                if script == "devanagari":
                    return _devanagari(first, middle, last)
                return f"{first} {middle} {last}"
            if form == "devanagari":  # 'सीता डंगौरा', 'सीता कुमारी डंगौरा'
                return _devanagari(first, middle, last) if rng.random() < 0.4 else _devanagari(first, last)
            if form == "initials":  # a Nepali list's 'R. B. Chaudhary', 'S.K. Dangaura'
                sep = " " if rng.random() < 0.5 else ""
                return f"{first[0]}.{sep}{middle[0]}. {last}"
            if form == "surname_first":  # a relief list sorted by family name: 'CHAUDHARY Ram Bahadur'
                if rng.random() < 0.5:
                    return f"{last.upper()} {first} {middle}"
                return f"{last}, {first}"
            if form == "variant":  # 'Ram Chaudhari', 'Sita Dagaura'
                last = rng.choice(sorted(THARU_VARIANT_HELDOUT107))
                return f"{first} {rng.choice(THARU_VARIANT_HELDOUT107[last])}"
        if origin == "bugis":
            if form == "la_i":  # 'La Beddu', 'I Sompa', 'La Baso Tahir'
                given = rng.choice(BUGIS_OWN_HELDOUT107[woman])
                name = f"{'I' if woman else 'La'} {given}"
                last = rng.choice([x for x in lasts if x != given])
                return f"{name} {last}" if rng.random() < 0.3 else name
            if form == "andi":  # 'Andi Muhammad Arif', 'Andi Hasnah Lallo'
                return f"Andi {first} {last}" if rng.random() < 0.5 else f"Andi {first}"
            if form == "abbrev":  # 'Muh. Yusuf', 'Abd. Rahman Tahir', 'St. Aminah'
                return self._bugis_abbrev(woman, last)
            if form == "bin_binti":  # 'Syamsuddin bin Tahir', 'Hasnah binti Beddu'
                return f"{first} {'binti' if woman else 'bin'} {last}"
            if form == "single":  # one name on the KTP: 'Beddu', 'Hasmiati'
                own = NAMES_HELDOUT107["bugis"][1 if woman else 0]
                return rng.choice([g for g in own if " " not in g])
        if origin == "herero":
            christian, own = self._herero_pair(woman)
            if form == "christian_herero":  # 'Festus Uazuva Tjiriange'
                return f"{christian} {own} {last}"
            if form == "herero_given":  # 'Uazuva Tjiriange', 'Vemunavi Hengari'
                return f"{own} {last}"
            if form == "initials":  # 'F.U. Tjiriange', 'F. Tjiriange'
                return f"{christian[0]}.{own[0]}. {last}" if rng.random() < 0.6 else f"{christian[0]}. {last}"
            if form == "surname_first":  # 'TJIRIANGE, Festus Uazuva', 'Tjiriange F.U.'
                if rng.random() < 0.6:
                    return f"{last.upper()}, {christian} {own}"
                return f"{last} {christian[0]}.{own[0]}."
        if origin == "friulian":
            if form == "surname_first":  # an Italian form's order: 'LONDERO Pietro', 'Copetti Maria'
                return f"{last.upper()} {first}" if rng.random() < 0.5 else f"{last} {first}"
            if form == "friulian_given":  # 'Pieri Londero', 'Marie Copetti'
                own = NAMES_HELDOUT107["friulian"][1 if woman else 0]
                first = rng.choice([g for g in sorted(FRIULIAN_GIVEN_HELDOUT107) if g in own])
                return f"{FRIULIAN_GIVEN_HELDOUT107[first]} {last}"
            if form == "double_given":  # 'Giovanni Battista Copetti', 'Maria Luisa Patat'
                return f"{rng.choice(DOUBLE_GIVEN_HELDOUT107[woman])} {last}"
            if form == "particle":  # 'Elsa Del Fabbro', 'Mauro Di Bert'
                return f"{first} {rng.choice(PARTICLE_FAMILIES_HELDOUT107)}"
            if form == "initials":  # 'P. Londero', 'G.B. Copetti'
                if rng.random() < 0.6:
                    return f"{first[0]}. {last}"
                two = rng.choice(DOUBLE_GIVEN_HELDOUT107[woman]).split()
                return f"{two[0][0]}.{two[1][0]}. {last}"
        return f"{first} {last}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as an ID's or a register's line holds it ('CHAUDHARY RAM BAHADUR', 'ANDI
        MUHAMMAD ARIF', 'TJIRIANGE FESTUS UAZUVA', 'LONDERO PIETRO')."""
        _, first, last, woman = self._origin_name(origin)
        if origin == "tharu":
            return f"{first} {self.rng.choice(THARU_MIDDLE_HELDOUT107[woman])} {last}".upper()
        if origin == "bugis":
            return (f"Andi {first}" if self.rng.random() < 0.4 else f"{first} {last}").upper()
        if origin == "herero":
            christian, own = self._herero_pair(woman)
            return f"{last} {christian} {own}".upper()
        return f"{last} {first}".upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'devanagari' or 'surname_first' where the
        template asks for one."""
        rng = self.rng
        r = rng.random()
        if script == "surname_first" and origin != "bugis":
            return self._form(origin, "surname_first", woman)
        if origin == "tharu":
            middle = rng.choice(THARU_MIDDLE_HELDOUT107[woman])
            if script == "devanagari":
                return _devanagari(first, middle, last) if r < 0.5 else _devanagari(first, last)
            if r < 0.2 and not chat:
                return f"{first} {middle} {last}"
            if r < 0.28 and last in THARU_VARIANT_HELDOUT107:
                return f"{first} {rng.choice(THARU_VARIANT_HELDOUT107[last])}"
            return f"{first} {last}"
        if origin == "bugis":
            if r < 0.12 and not chat and any(w in first for w in BUGIS_ABBREV_HELDOUT107):
                return self._bugis_abbrev(woman, last)
            if r < 0.22:
                return f"Andi {first}"
            if r < 0.4:
                return first  # many Bugis carry one name, or one with the father's left off
            return f"{first} {last}"
        if origin == "herero":
            if r < 0.3:
                christian, own = self._herero_pair(woman)
                return f"{christian} {own} {last}"
            return f"{first} {last}"
        if origin == "friulian":
            if r < 0.12:
                return f"{rng.choice(DOUBLE_GIVEN_HELDOUT107[woman])} {last}"
            if r < 0.22 and first in FRIULIAN_GIVEN_HELDOUT107:
                return f"{FRIULIAN_GIVEN_HELDOUT107[first]} {last}"
            if r < 0.3 and not chat:
                return f"{first[0]}. {last}"
            return f"{first} {last}"
        return f"{first} {last}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o) or script not in FORM_SCRIPTS_HELDOUT107.get((o, form), {""}):
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT107 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT107 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        if script == "surname_first" and origin is None:  # the peoples with a family name to put first
            origin = rng.choice(["tharu", "herero", "friulian"])
        owed = self._owed_for(origin, woman, script, chat)
        if owed:
            self.owed.remove(owed)
            self.last_origin = owed[0]
            return self._form(owed[0], owed[1], woman, script)
        origin, first, last, woman = self._origin_name(origin, woman)
        self.last_origin = origin
        r = rng.random()
        if r < (0.7 if chat else 0.88) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.92 or origin == "bugis":  # a Bugis father's name alone names no one
            name = first
            nicks = NICKS_HELDOUT107[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Badghar Ram Chaudhary', 'Guruwa Budhram', 'Daeng Baso',
        'Hajah Sitti Aminah', 'Tate Uazuva', 'Omuhona Festus Uazuva Tjiriange', 'Station Officer Hengari',
        'barbe Bepi', 'geom. Londero', 'caposquadra Elsa Del Fabbro'), from the origin that uses it."""
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT107[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            if origin == "herero" and rng.random() < 0.5:  # 'Tate Kaera', 'Mama Vemunavi'
                return self._herero_pair(woman)[1]
            if origin == "bugis" and rng.random() < 0.3:  # 'Daeng Beddu', 'Puang Becce'
                return rng.choice(BUGIS_OWN_HELDOUT107[woman])
            nicks = NICKS_HELDOUT107[origin]
            if first in nicks and rng.random() < 0.4:  # 'barbe Bepi', 'Pak Udin'
                return nicks[first]
            if origin == "friulian" and first in FRIULIAN_GIVEN_HELDOUT107 and rng.random() < 0.4:
                return FRIULIAN_GIVEN_HELDOUT107[first]  # 'barbe Pieri'
            return first
        if part == "family":
            return last
        if origin == "herero" and rng.random() < 0.5:  # 'Omuhona Festus Uazuva Tjiriange'
            christian, own = self._herero_pair(woman)
            return f"{christian} {own} {last}"
        if origin == "bugis" and rng.random() < 0.4:  # 'Haji Muhammad Yusuf'
            return first
        return f"{first} {last}"

    def kin_person(self, kin: str) -> str:
        """A Tharu name for a Nepali kin word written after it ('Sita didi', 'Ramu dai', 'Chaudhary ji',
        'Ram Chaudhary ji')."""
        woman, part = KIN_AFTER_HELDOUT107[kin.lower()]
        rng = self.rng
        _, first, last, _ = self._origin_name("tharu", woman)
        if part == "family":
            return last if rng.random() < 0.6 else f"{first} {last}"
        nicks = NICKS_HELDOUT107["tharu"]
        if first in nicks and rng.random() < 0.4:
            return nicks[first]
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a kin word
        after it, one of the origin whose places, agencies, papers or speech the template names, in the
        script or the layout the template is written in."""
        m = TITLE_SLOT_HELDOUT107.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT107[title.lower()][0]
            return name
        m = KIN_SLOT_HELDOUT107.search(template)
        if m:
            name = self.kin_person(m.group(1))
            self.last_origin = "tharu"
            return name
        script = ""
        if DEVANAGARI_RANGE_HELDOUT107.search(template):
            script = "devanagari"
        elif template.startswith(("Cognome e nome", "Surname, first names", "| Relief list")):
            script = "surname_first"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT107 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT107 if cue.search(template)), None)
        if script == "devanagari":
            origin = "tharu"
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT107 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT107:
            template = rng.choice(FORCED_SENTENCES_HELDOUT107[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT107:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT107["upper"]), self._caps(origin)))
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT107["lower"]), self._form(origin, "plain").lower())
            )
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT107 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT107[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, w = rng.randint(1, 160), rng.randint(1, 19)
        shapes = [
            f"Tulsipur Sub-Metropolitan City, Ward No. {w}, {pick(['Campus Road', 'Bus Park', 'Shantinagar', 'Bijauri'])}, Dang",
            f"Ghorahi-{w}, {pick(['Tribhuvan Chowk', 'Narayanpur', 'Tulsipur Road'])}, Dang, Lumbini Province",
            f"Gulariya Municipality-{w}, {pick(['Belhari', 'Bhurigaun Road', 'Hospital Road'])}, Bardiya",
            f"Rajapur-{w}, {pick(['Bhimapur', 'Daulatpur', 'Manau'])}, Bardiya",
            f"Dhangadhi Sub-Metropolitan City-{w}, {pick(['Hasanpur', 'Uttar Behadi', 'Campus Road', 'Chatakpur'])}, Kailali",
            f"Tikapur-{w}, {pick(['Narayanpur', 'Bhajani Road', 'Satti'])}, Kailali, Sudurpashchim Province",
            f"Nepalgunj-{w}, {pick(['Surkhet Road', 'Dhamboji', 'Tribhuvan Chowk', 'Ghartigaun'])}, Banke",
            f"टीकापुर नगरपालिका-{str(w).translate(DEVANAGARI_DIGITS_HELDOUT107)}, कैलाली",
            f"Jl. {pick(['Perintis Kemerdekaan', 'Urip Sumoharjo', 'Sultan Alauddin', 'Veteran Selatan', 'Rappocini Raya'])} No. {n}, Kel. {pick(['Tamalanrea', 'Rappocini', 'Pandang', 'Mangasa'])}, Kota Makassar, Sulawesi Selatan 902{rng.randint(11, 45)}",
            f"BTN {pick(['Antara', 'Minasa Upa', 'Hartaco Indah', 'Pao-Pao Permai'])} Blok {pick('ABCDEFGH')}{rng.randint(1, 12)} No. {rng.randint(1, 30)}, Makassar",
            f"Jl. {pick(['Jend. Sudirman', 'Ahmad Yani', 'Yos Sudarso', 'Ahmad Dahlan'])} No. {n}, Watampone, Kab. Bone, Sulawesi Selatan 927{rng.randint(11, 35)}",
            f"Jl. {pick(['Veteran', 'Kartini', 'Bau Baharuddin', 'Masjid Raya'])} No. {n}, RT 00{rng.randint(1, 9)}/RW 00{rng.randint(1, 6)}, Sengkang, Kab. Wajo 909{rng.randint(11, 19)}",
            f"Jl. {pick(['Bau Massepe', 'Lasinrang', 'Jend. Sudirman', 'Andi Makkasau'])} No. {n}, Kec. {pick(['Bacukiki', 'Soreang', 'Ujung'])}, Kota Parepare 911{rng.randint(11, 33)}",
            f"Jl. {pick(['Pangeran Antasari', 'Juanda', 'Pramuka', 'Slamet Riyadi'])} Gg. {rng.randint(1, 12)} RT {rng.randint(1, 40):02d} No. {n}, Samarinda, Kalimantan Timur 75{rng.randint(111, 251)}",
            f"No. {n}, Jalan {pick(['Parit Raja Darat', 'Kampung Parit Bugis', 'Sri Gading'])}, 86400 Parit Raja, Batu Pahat, Johor",
            f"Erf {rng.randint(100, 9999)}, {pick(['Clemens Kapuuo Street', 'Hosea Kutako Drive', 'Eveline Street', 'Mandume Ndemufayo Avenue'])}, Katutura, Windhoek",
            f"{n} {pick(['Independence Avenue', 'Otjomuise Road', 'Monte Christo Road', 'Mungunda Street'])}, {pick(['Hakahana', 'Okuryangava', 'Wanaheda', 'Otjomuise'])}, Windhoek",
            f"Erf {rng.randint(100, 4999)}, {pick(['Nau-Aib', 'Okahandja Park', 'Veddersdal'])}, Okahandja",
            f"Erf {rng.randint(100, 4999)}, {pick(['Epako', 'Nossobville', 'Kanaan'])}, Gobabis",
            f"House {n}, {pick(['Otuzemba', 'Ombili', 'Opuwo Central'])}, Opuwo, Kunene Region",
            f"Farm {pick(['Okatjiho', 'Otjisazu', 'Ombujomatemba', 'Okamatapati'])} No. {rng.randint(20, 999)}, {pick(['Gobabis', 'Okahandja', 'Otjinene'])} district",
            f"Via {pick(['Cavour', 'Aquileia', 'Poscolle', 'Grazzano', 'Pracchiuso', 'Mercatovecchio'])} {n}, 33100 Udine",
            f"Via {pick(['Bini', 'Dante', 'XX Settembre', 'Piovega', 'Santa Lucia'])} {n}, 33013 Gemona del Friuli (UD)",
            f"{pick(['Via Roma', 'Piazza Municipio', 'Località Portis', 'Località Carnia'])} {rng.randint(1, 60)}, 33010 Venzone (UD)",
            f"{pick(['Viale Grigoletti', 'Corso Vittorio Emanuele II', 'Via Montereale', 'Viale Dante'])} {n}, 33170 Pordenone",
            f"{pick(['Bahnhofstrasse', 'Seestrasse', 'Rosenweg'])} {rng.randint(1, 90)}, {pick(['8004 Zürich', '4051 Basel', '6900 Lugano'])}",
            f"{rng.randint(1, 90)}, rue {pick(['de la Gare', 'du Canal', 'de Luxembourg'])}, L-{rng.randint(4001, 4399)} Esch-sur-Alzette",
            f"Av. San Martín {rng.randint(1000, 4999)}, Colonia Caroya, Córdoba",
        ]  # fmt: skip
        spans = {"tharu": (0, 8), "bugis": (8, 15), "herero": (15, 21), "friulian": (21, 28)}
        origin = self._origin_after_name()
        return pick(shapes[slice(*spans[origin])] if origin else shapes)

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, _ = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT107[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{last}", f"{first}{rng.randint(1970, 2006)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", *EMAIL_DOMAINS_HELDOUT107[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+977 98{rng.choice('0124568')}{d(7)}",  # Nepali mobiles (Ncell 980-982, NTC 984-986)
            f"98{rng.choice('0124568')}{d(7)}",
            f"98{rng.choice('0124568')}-{d(7)}",
            f"081-52{d(4)}",  # Nepalgunj
            f"+977-91-52{d(4)}",  # Dhangadhi
            f"082-56{d(4)}",  # Ghorahi, Dang
            f"084-42{d(4)}",  # Gulariya, Bardiya
            f"0812-4{d(3)}-{d(4)}",  # Indonesian mobiles of Sulawesi
            f"+62 813 4{d(3)} {d(4)}",
            f"0853-{d(4)}-{d(4)}",
            f"(0411) 8{d(6)}",  # Makassar
            f"(0481) 2{d(4)}",  # Watampone
            f"0485-2{d(4)}",  # Sengkang
            f"+60 1{rng.choice('2379')}-{d(3)} {d(4)}",  # Malaysian mobiles (Johor)
            f"081 {d(3)} {d(4)}",  # Namibian mobiles (MTC 081, TN Mobile 085)
            f"+264 81 {d(3)} {d(4)}",
            f"085 {d(3)} {d(4)}",
            f"061 2{d(2)} {d(3)}",  # Windhoek
            f"+264 62 50{d(4)}",  # Okahandja
            f"065 27{d(4)}",  # Opuwo
            f"0432 {rng.choice(['50', '51', '98', '97'])}{d(4)}",  # Udine, Gemona
            f"+39 0432 {rng.choice(['50', '51', '98', '97'])}{d(4)}",
            f"0434 {rng.choice(['2', '5'])}{d(5)}",  # Pordenone
            f"3{rng.choice(['28', '33', '38', '40', '47', '48', '66', '92'])} {d(3)} {d(4)}",  # Italian mobiles
            f"+39 3{rng.choice(['28', '33', '38', '40', '47', '48', '66', '92'])} {d(7)}",
            f"+41 7{rng.choice('6789')} {d(3)} {d(2)} {d(2)}",  # a Friulian emigrant in Switzerland
        ]  # fmt: skip
        spans = {"tharu": (0, 7), "bugis": (7, 14), "herero": (14, 20), "friulian": (20, 26)}
        origin = self._origin_after_name()
        return rng.choice(shapes[slice(*spans[origin])] if origin else shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "62", "35", "34", "37"])  # fmt: skip
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        if prefix == "35":  # JCB, 3528-3589
            prefix = f"35{rng.randint(28, 89)}"
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.7:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT107[origin] if origin else sorted(IBAN_SHAPES_HELDOUT107))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT107[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2400:1a00:{h()}:{h()}::{h()}", f"2001:448a:{h()}:{h()}::{h()}",
                           f"2c0f:f2b8:{h()}:{h()}::{h()}", f"2001:b07:{h()}:{h()}::{h()}",
                           f"2a01:e0a:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the fire station's router, the roster app's and the NGO portal's
        sign-in alerts, the siren controller and its VerneMQ broker, the pager gateway, the training
        Claroline, the shelter's wifi and the relief NGO's Sahana Eden server; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the roster app says someone signed in to my account from {} and it wasn't me", v4),
            ("the fire station's router is {}, restart it if the pager gateway stops sending", v4),
            ("the siren controller on the water tower is {}, don't touch it before the test", v4),
            ("the VerneMQ broker for the sirens runs on {}", v4),
            ("the pager gateway in the station's cupboard is {} and it's down again", v4),
            ("the claroline for the first-aid course is at {} on the office network", v4),
            ("the sahana server for the shelter registry is {}, the NGO's IT guy set it up", v4),
            ("my phone got {} on the shelter's wifi but nothing loads", v4),
            ("the NGO portal sent a new sign-in alert from {}, was that you?", rng.choice([v4, v6])),
            ("the relief portal's security mail says new sign-in from {}", v6),
            ("the siren controller got a v6 address too, {}", v6),
            ("router di posko BPBD itu {}, coba restart kalau aplikasinya error", v4),
            ("il router della sede della Protezione Civile è {}, se il cercapersone non suona riavvialo", v4),
            ("ward office ko wifi router {} ho, relief list upload hudaina", v4),
            ("die router by die brandweer is {}, sit hom af en weer aan", v4),
            ("listener.tcp.default = {}:1883", v4),
            ("    database_host: {}", v4),
            ('settings.database.host = "{}"', v4),
            ("2026-08-14 02:11:09 sshd[1822]: Failed password for root from {} port 50211 ssh2", v4),
            ("$ ping6 -c 3 {}", v6),
            ("$ scp shelter_register.csv {}:/srv/sahana/uploads/", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Bardiya', 'Tulsipur', 'Karnali', 'Tikapur', 'Ghorahi'])}{rng.choice(['@2081', '#977', '_081', '!98'])}",
                f"{rng.choice(['Sengkang', 'Watampone', 'Tempe', 'Parepare', 'Losari'])}{rng.choice(['2024!', '_0411', '@62', '#0481'])}",
                f"{rng.choice(['Katutura', 'Okahandja', 'Gobabis', 'Omaheke', 'Opuwo'])}{rng.choice(['@264', '#061', '_081', '2025!'])}",
                f"{rng.choice(['Gemona', 'Venzone', 'Orcolat', 'Tiliment', 'Glemone'])}{rng.choice(['1976!', '_0432', '@33013', '#UD'])}",
                rng.choice(["relief", "flood", "siren", "rescue", "shelter", "firefighter"]).translate(leet) + rng.choice(["", "!", "_107"]),
                f"{rng.choice(['Brigade', 'Shelter', 'Rescue', 'Siren'])}{rng.randint(2019, 2026)}-{rng.choice(['Alfa', 'Bravo', 'Delta', 'Kilo'])}{rng.randint(10, 99)}",
                f"{rng.choice(['roster', 'relief', 'pager', 'shelter'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        lower = string.ascii_lowercase + string.digits
        options = [
            # passwords handed over in ways no earlier set used
            ("the roster app password is on the whiteboard in the fire station kitchen, {}", pw),
            ("the password for the relief NGO portal is taped under the shelter's registration table, {}", pw),
            ("I wrote the Claroline password for the first-aid course on the back of my certificate, {}", pw),
            ("the siren controller password is in the red folder with the evacuation plan, {}", pw),
            ("the brigade laptop password is on the inside of the first-aid box lid, {}", pw),
            ("the key safe at the fire station opens with {}", d(4)),
            ("the NGO portal sent {} as the login code", d(6)),
            ("the roster app code is {}, it expires in ten minutes", d(6)),
            ("the insurance portal texted me {} to confirm the flood claim", d(6)),
            ("the eSewa MPIN for the relief fund wallet is {}, keep it safe", d(4)),
            ("PIN DANA buat donasi itu {}, jangan kasih tau siapa-siapa", d(6)),
            ("the Bank Windhoek app PIN for the drought relief donations is {}", d(5)),
            ("il PIN della Postepay per le donazioni è {}", d(5)),
            ("the wifi in the shelter is {}", pw),
            # cues in the set's languages
            ("roster app ko password {} ho, yo kura arulai nabhanau hai", pw),
            ("password portal relawan {}, jangan ko kasih tau orang", pw),
            ("die wagwoord vir die brandweer se rooster is {}, moenie vir niemand sê nie", pw),
            ("la password del portale della Protezione Civile è {}, non dirla a nessuno", pw),
            ("la password dal cercapersone e je {}, no sta dîle a nissun", pw),
            # commands
            ("$ curl -s -F 'token={}' -F 'message=Siren test at 12:00' https://api.pushover.net/1/messages.json", f"a{tok(29, lower)}"),
            ("$ curl -u admin:{} http://sahana.local/eden/default/user/login", colonless),
            # pastes
            ("PUSHOVER_APP_TOKEN={}", f"a{tok(29, lower)}"),
            ("SPARROW_SMS_TOKEN={}", f"v2_{tok(40, alnum)}"),
            ("ZENZIVA_PASSKEY={}", tok(20, lower)),
            ("    database_password: '{}'", colonless),
            ("    secret: {}", tok(40, "0123456789abcdef")),
            ('settings.database.password = "{}"', colonless),
            ('settings.auth.hmac_key = "{}"', tok(32, alnum)),
            ("DOCKER_VERNEMQ_USER_SIREN={}", colonless),
            ("dataSourceName = casdoor:{}@tcp(db:3306)/", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: a roster app, NGO portal, Claroline or Sahana Eden login, a Telegram or Instagram handle,
        in shapes like 'ram.chaudhary', 'baso_bone', 'tjiriange.f', 'pcgemona_pietro'."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(70, 99) if rng.random() < 0.6 else rng.randint(0, 6)
        subject = rng.choice(SUBJECTS_HELDOUT107[origin])
        own = {
            "tharu": [f"{first}.{last}", f"{first}{last}{yy:02d}", f"{first}_{subject}"],
            "bugis": [f"{first}_{subject}", f"{first}.{last}{yy:02d}", f"{first}{rng.randint(1, 99)}"],
            "herero": [f"{first}_{last}", f"{last}.{first[:1]}", f"{subject}_{first}"],
            "friulian": [f"{first}.{last}", f"pc{subject}_{first}", f"{first[:1]}{last}{yy:02d}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1966, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1966, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        bs_y, bs_m, bs_d = _bikram_sambat(y, m, day)
        bs = f"{bs_y}/{bs_m:02d}/{bs_d:02d}"
        return {
            "np_bs": bs,
            "np_bs_era": f"{bs} BS",
            "np_bs_dev": bs.translate(DEVANAGARI_DIGITS_HELDOUT107),
            "np_bs_words": f"{bs_y} {BS_MONTHS_HELDOUT107[bs_m - 1]} {bs_d}".translate(DEVANAGARI_DIGITS_HELDOUT107),
            "np_ad": f"{day:02d}/{m:02d}/{y}",
            "id": f"{day:02d}-{m:02d}-{y}",
            "id_words": f"{day} {ID_MONTHS_HELDOUT107[m - 1]} {y}",
            "na": f"{day:02d}/{m:02d}/{y}",
            "na_words": f"{day} {EN_MONTHS_HELDOUT107[m - 1]} {y}",
            "it": f"{day:02d}/{m:02d}/{y}",
            "it_words": f"{day} {IT_MONTHS_HELDOUT107[m - 1]} {y}",
            "fur_words": f"{day} di {FUR_MONTHS_HELDOUT107[m - 1]} dal {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }  # fmt: skip

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"tharu": ["np_bs_era", "np_ad"], "bugis": ["id"], "herero": ["na", "iso"], "friulian": ["it"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["np_bs_era", "id", "na", "it", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, parent = self._dob_shapes(), self._dob_shapes(1936, 1966)
        options = [
            ("mero janma miti {} ho, nagarikta ma yahi chha", s["np_bs"]),
            ("buwa ko janma miti {} BS ho, rahat ko form ma lekhnu", parent["np_bs"]),
            ("the flood relief form wants the date of birth in AD, mine is {}", s["np_ad"]),
            ("जन्म मिति: {}", s["np_bs_dev"]),
            ("जन्म मिति (वि.सं.): {}", s["np_bs_words"]),
            ("tanggal lahir saya {}, tolong isi di form relawan", s["id"]),
            ("ibu saya lahir {}, untuk data pengungsi di posko", parent["id_words"]),
            ("Tempat/tgl. lahir: Makassar, {}", s["id"]),
            ("I was born on {}, put it like that on the first-aid certificate", s["na_words"]),
            ("my father's date of birth for the drought relief register is {}", parent["na"]),
            ("Date of Birth: {}", s["na"]),
            ("sono nato il {}, scrivilo così sul modulo dei volontari", s["it_words"]),
            ("la data di nascita di mia madre per il contributo dopo l'alluvione è {}", parent["it"]),
            ("o soi nassût ai {}, metilu cussì tal regjistri dai volontaris", s["fur_words"]),
            ("Data di nascita: {}", s["it"]),
            ('    "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT107_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on the flood watch at the Chisapani gauge tonight",
        "{} from Rajapur lost the whole paddy crop when the Karnali came over the embankment",
        "{} took the boat across to bring the old people out of the village near Gulariya",
        "{} got the relief rice and the tarpaulin from the ward office in Tulsipur",
        "{} registered the family on the flood relief list at the ward office",
        "{} is the Red Cross volunteer in Tikapur, she has the first-aid kit",
        "{} ko ghar bagayo, rahat ko list ma naam halnu parchha",
        "{} le siren bajayo ra sabai lai school ma lagyo",
        "{} is driving the relief truck from Nepalgunj to Bardiya tomorrow",
        "{} is on duty at the Damkar post in Makassar tonight",
        "{} went with the BPBD boat to Sengkang, Lake Tempe is over the road again",
        "{} registered at the PMI post in Watampone as a volunteer",
        "{} got the sembako package from the Tagana volunteers",
        "{} sudah di posko pengungsian di Parepare, rumahnya kena banjir",
        "{} jadi relawan di dapur umum Samarinda",
        "{} lost the boat and the nets when Lake Tempe flooded",
        "rumahnya {} rusak berat, tolong masukkan ke data kerusakan",
        "{} is with the volunteers cutting the firebreak outside Gobabis",
        "{} brought the water tank to the veld fire near Okahandja",
        "{} is on the list for the drought relief maize meal in Opuwo",
        "{} lost forty head of cattle in the drought and applied for the livestock support",
        "{} drives the fire tender for the Gobabis volunteers",
        "{} from Katutura is helping the families whose shacks burned in Havana",
        "{} registered her family at the drought relief point in Opuwo",
        "{} è di turno con la squadra comunale di Protezione Civile questo weekend",
        "{} was a child in Gemona in 1976 and still remembers the night of the Orcolat",
        "{} is in the Protezione Civile squad in Venzone, they did the siren test on saturday",
        "{} ha fatto il corso antincendio boschivo a Pordenone",
        "{} cleared the fallen trees in Carnia after the Vaia storm",
        "{} is the volunteer firefighter in Gemona, his pager went off at 3 am",
        "{} forgot the login for the roster app again",
        "{} swapped the night shift on the duty roster with me",
        "{} didn't answer the pager alert last night",
        "{} has the keys of the fire station",
        "{} passed the first-aid exam on the second try",
        "{} is on the evacuation list for the old people's home",
        "ask {} if the insurance paid for the roof after the storm",
        "{} posted the siren test times in the group chat",
        "{} took the photos of the cracks for the damage assessment",
        "{} signed the shelter register at 11 pm with three kids",
        "who is {}? the NGO portal says he's the new coordinator",
        "{} is bringing the generator to the shelter tomorrow",
        "{} still has the money from the raffle for the relief fund",
        "I am meeting {} at the fire station at 7",
        "{} and {} are on the night shift at the shelter",
        "{} donated the blankets for the shelter",
        "{} dai is on the rescue boat at Rajapur with the Armed Police",
        "{} didi is cooking for the families in the school shelter in Tulsipur",
        "{} bhauju took the goats up to the embankment before the water came",
        "{} kaka has the list of the houses that went under in Bardiya",
        "{} ji from the ward office said the relief comes on friday",
        "Badghar {} called the whole village to the ward office for the flood relief list",
        "Guruwa {} says the Karnali always rises on the third day of rain",
        "Daeng {} is on the BPBD boat in Sengkang since this morning",
        "Puang {} gave the rice from the family granary to the posko in Watampone",
        "Haji {} lent his truck to carry the sandbags in Sengkang",
        "Hajah {} collected the donations for the flood victims at the mosque",
        "Pak {} is the RT head, he has the list of the damaged houses",
        "Bu {} runs the dapur umum at the posko",
        "Tate {} was cutting the firebreak on the Gobabis road all night",
        "Mama {} is handing out the drought relief maize meal in Opuwo",
        "Omuhona {} asked the Red Cross to bring water to the cattle posts",
        "Station Officer {} is on duty at the Okahandja fire station this weekend",
        "barbe {} still tells the story of the night of the Orcolat in Gemona",
        "agne {} is cooking for the volunteers at the Protezione Civile base",
        "nono {} rebuilt the house in Venzone with his own hands after 1976",
        "none {} keeps the key of the church for the siren test",
        "sior {} dal Comune ha portato le brande per il centro di accoglienza",
        "siore {} has the list of the old people to call when the Tagliamento rises",
        "il geom. {} del Comune viene lunedì per la verifica dei danni",
        "the caposquadra {} took the Venzone squad to the Tagliamento with the sandbags",
        "Volunteer: {}",
        "Emergency contact: {}",
        "Certificate holder: {}",
        "Claimant: {}",
        "Evacuee: {}",
        "Head of household: {}",
        "Reported by: {}",
        "Duty officer (week 32): {}",
        "Nama lengkap: {}",
        "Pelapor: {}",
        "Kepala keluarga: {}",
        "Nominativo: {}",
        "Volontario: {}",
        "Cognome e nome: {}",
        "Richiedente: {}",
        "Naam Thar: {}",
        "नाम थर: {}",
        "Surname, first names: {}",
        "| Relief list | ward 5 | {} | 6 members |",
        "| Shelter B | {} | 5 persons | arrived 23:40 |",
        '"volunteer_name": "{}",',
        "- evacuee: {}",
    ],
    "STREET_ADDRESS": [
        "the assessment team should go to {}, the back wall came down",
        "the relief truck drops the rice at {}",
        "the roof blew off at {}, can someone come",
        "our house for the damage report is {}",
        "the shelter moved to {}",
        "send the blankets to {} please",
        "the insurance letter went to {}",
        "Address: {}",
        "Alamat: {}",
        "Indirizzo: {}",
        "Damaged building: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the photos of the cracks to {}",
        "the relief NGO writes from {}",
        "my login for the volunteer portal is the email {}",
        "the Red Cross sent the first-aid certificate from {}",
        "forward the insurance claim to {} please",
        "E-mail: {}",
        "Email: {}",
        "Posta elettronica: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when the water reaches the bridge",
        "the ward chair's number is {}",
        "the boat driver is on {}",
        "whatsapp {} about the shelter places",
        "the brigade's duty phone is {}",
        "Emergency contact phone: {}",
        "No. HP: {}",
        "Telefono: {}",
        "Cell: {}",
        "Mobile: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I gave to the flood relief fund with {}",
        "the brigade's new boots went on {}",
        "the generator fuel for the shelter was paid with {}",
        "the first-aid course fee went on {}",
        "book the bus for the evacuees with {} please",
        "Card: {}",
        "Nomor kartu: {}",
        "Numero carta: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the insurance pays the roof claim into {}",
        "my brother abroad sends the money for the new house from {}",
        "the donations for the shelter go to {}",
        "the Comune pays the contribution for the damage into {}",
        "send the money for the boat to {} and not to my old account",
        "the partner brigade abroad pays for the hoses from {}",
        "IBAN: {}",
        "IBAN per le donazioni: {}",
        "Beneficiary IBAN: {}",
        "Account (IBAN): {}",
    ],
    "USERNAME": [
        "my roster app login is {}",
        "on instagram the brigade is {}",
        "on telegram I'm {}",
        "the NGO portal user for me is {}",
        "the claroline login for the first-aid course is {}",
        "my handle in the brigade's telegram group is @{}",
        "the sahana user for the shelter registry is {}",
        "Login: {}",
        "Username: {}",
        "Nome utente: {}",
        "Nama pengguna: {}",
        '"username": "{}",',
    ],
}
HELDOUT107_MIXED = [
    ("Volunteer: {}, date of birth {}, phone {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Nama lengkap: {}\nTanggal lahir: {}\nAlamat: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Nominativo: {}\nData di nascita: {}\nIndirizzo: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Naam Thar: {}\nJanma miti: {}\nMobile: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Head of household: {}\nDate of birth: {}\nAddress: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} paid the donation to the relief fund with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} gets the insurance money for the roof into {}", ["PERSON", "IBAN_CODE"]),
    ("the donor is {}, {}, and sends the money from {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("roster app login: {} / password: {}", ["USERNAME", "SECRET"]),
    ("    database_host: {}\n    database_user: {}\n    database_password: '{}'", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Emergency contact: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("Damaged house reported by {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} ({}) is the coordinator for the shelter", ["PERSON", "EMAIL_ADDRESS"]),
    ("the relief fund kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the photos of the damage to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved the family to {} until the water goes down", ["PERSON", "STREET_ADDRESS"]),
    ("Claimant: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the NGO portal login is {} and the password {}", ["USERNAME", "SECRET"]),
    ("the siren controller is {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("Certificate holder: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("| Shelter B | {} | {} | 4 persons |", ["PERSON", "PHONE_NUMBER"]),
    ("Beneficiary: {}\nAccount: {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT107_NEGATIVES = [
    "Dang, Bardiya, Kailali and Banke are the Tharu districts of the western Terai",
    "the Karnali, the Babai and the Rapti all flood in the monsoon",
    "the warning siren at Chisapani sounds when the Karnali passes the danger level",
    "Maghi is the Tharu new year, in the month of Magh",
    "a badghar is the elected head of a Tharu village and a guruwa its healer and priest",
    "dai is elder brother and didi elder sister in Nepali, bhauju the elder brother's wife and kaka an uncle",
    "the relief package was 30 kg of rice, 2 litres of oil, a tarpaulin and rehydration salts",
    "the 2081 monsoon was the worst in Bardiya since 2071",
    "call 100 for the police and 102 for an ambulance in Nepal",
    "the Armed Police Force brought two rubber boats to Rajapur",
    "ward 5's relief list has 143 households on it",
    "dhanyabad sabai lai!",
    "pani ghatyo ki nai?",
    "Makassar, Watampone, Sengkang and Parepare are all in South Sulawesi",
    "Lake Tempe floods the streets of Sengkang almost every rainy season",
    "BPBD is the district disaster agency, Basarnas does search and rescue and Tagana are volunteers",
    "Damkar is what people call the fire brigade, pemadam kebakaran",
    "La went before a Bugis man's name in the old days and I before a woman's",
    "Andi marks a Bugis noble family, and daeng and puang are said to elders",
    "Sultan Hasanuddin airport reopened once the flood left the toll road",
    "Jalan Andi Pangerang Pettarani is under water again",
    "the posko needs 200 packs of instant noodles, 50 blankets and diapers",
    "call 112 or 113 for the fire brigade in Indonesia",
    "sudah surut mi airnya?",
    "makasih banyak, relawan!",
    "the Palu earthquake and tsunami was on 28 September 2018",
    "the pinisi schooners are still built by hand at Bira",
    "Okahandja is where the Herero gather for Herero Day in August",
    "Hosea Kutako International Airport is 45 km east of Windhoek",
    "veld fires spread fast in Omaheke after a good rain year, when the grass is high",
    "the drought relief was maize meal, tinned fish and cooking oil for each household",
    "tate is father and mama mother in Otjiherero, and an omuhona is a chief",
    "Herero family names often start with Tji-, Ka- or Hi-",
    "call 10111 for the police in Namibia",
    "moro! perivi?",
    "okuhepa nene",
    "the Havana settlement floods every rainy season",
    "the firebreaks on the farm roads have to be cleared by the end of May",
    "Gemona, Venzone, Osoppo and Majano were almost destroyed on 6 May 1976",
    "the Orcolat is the ogre that Friulians say shook the earth in 1976",
    "the Duomo of Venzone was put back together stone by stone from the rubble",
    "the Zamberletti law of 1992 set up the national civil protection service",
    "Il Friuli ringrazia e non dimentica, says the wall in Gemona",
    "barbe is uncle and agne aunt in Friulian, nono and none grandfather and grandmother",
    "Glemone is Gemona in Friulian, Vençon is Venzone and Udin is Udine",
    "IT-alert sent the test message to every phone in the region",
    "the Vaia storm of October 2018 flattened the forests in Carnia",
    "call 112 for everything in Italy now, 115 still goes to the Vigili del Fuoco",
    "a Fogolâr Furlan is a club of Friulian emigrants, there is one in almost every country",
    "a geom. is a surveyor and a caposquadra the leader of a squad",
    "mandi!",
    "ce fâstu?",
    "on the radio the Gemona squad is Alfa 3 and the ambulance is Sierra 1",
    "the rescue boat's call sign is Rescue 2-1 and the base is Control",
    "pager code F2 means a building fire and T1 a technical rescue",
    "the Dräger PSS 3000 breathing sets are due for service",
    "we need four C-52 hoses and two B-75 hoses for the new pump",
    "the Rosenbauer AT tender holds 3000 litres",
    "the Honda EU22i generator gives 2.2 kW, enough for the shelter lights",
    "Pushover lets the pager alerts through even when the phone is on silent",
    "VerneMQ 2.0 dropped the old LevelDB message store",
    "Claroline issues the course certificates as PDFs",
    "Sahana Eden has a shelter registry module",
    "Casdoor does the single sign-on for the NGO portal",
    "fixed in commit 3f9a2c1, see the changelog",
    "secret: ThisTokenIsNotSoSecretChangeIt",
    'settings.auth.hmac_key = "akeytochange"',
    "SPARROW_SMS_TOKEN=<your-token>",
    "relief portal password: ********",
    "4111 1111 1111 1111 is the test card",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "write to relief@example.org for the volunteer newsletter",
    "192.0.2.107 is a documentation address",
    "203.0.113.76 is a documentation address",
    "2001:db8:107::1 is a documentation address",
    "the siren test is on 2026-10-03 at 12:00",
    "the first-aid refresher is on 14.11.2026 at 9:00",
    "the shelter closes on 30/11/2026",
    "the certificate is valid until 12/2027",
    "is the water going down yet?",
    "thanks to everyone who came with the pumps",
    "see you at the station",
    "the generator is back on",
]


def _typo107(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a disaster-relief word's well-known misspelling ('evacuation' ->
    'evacuaton', 'volunteer' -> 'volunter', 'ambulance' -> 'ambulence', 'assessment' -> 'assesment'), or
    chat shorthand ('please' -> 'pls', 'evacuation' -> 'evac', 'volunteers' -> 'vols'). Only in sentences
    typed to the bot or a friend; a title before a name and a kin word after it stay as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT107.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT107[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT107.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT107[m.group(1)] + template[m.end() :]


def build_heldout107(seed: int = HELDOUT107_SEED) -> list[Example]:
    """Held-out set 107: `Gen107` values in `HELDOUT107_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen107.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen107(seed)
    examples = assemble_module_set(
        gen, HELDOUT107_TEMPLATES, HELDOUT107_MIXED, HELDOUT107_NEGATIVES, _typo107, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
