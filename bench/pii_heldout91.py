"""Held-out PII set 91 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout91": written before round 56 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT91 is empty, as for
held-out 16 to 90; written at the same time as held-out 92, the two authors split the world between them: 91
takes science done by amateurs (astronomy clubs and observatory bookings, bird ringing and counts,
citizen-science apps, fossil and mineral collectors, meteorite hunters, seismographs and air-quality sensors
at home) among peoples of Europe, Africa and the Middle East, 92 takes babies (pregnancy, midwives, birth
registration and the first year) among those of Asia east of Iran, the Americas and Oceania); hand-written
lists of the Xueta families of Palma's Carrer de l'Argenteria and the Mallorcans of the Pla, in Costitx and
Sineu (the observatory at Costitx and its domes booked for the night, the star parties on the farms, the
fireballs over the Tramuntana, the ringing at the Albufera and the shearwaters ringed on Dragonera, the
flamingos of ses Salines; Mallorcan given names in their everyday form ('Biel', 'Pep', 'Guiem', 'Macià',
'Tià', 'Bel', 'Xisca', 'Coloma', 'Llucia'), the Xuetes' own family names ('Aguiló', 'Bonnín', 'Forteza',
'Tarongí', 'Valleriola', 'Valentí') and some that are also a word or a given name ('Fuster', 'Pinya',
'Cortès', 'Martí'), the father's and then the mother's family name ('Biel Aguiló Forteza'), a DNI's Castilian
form of the given name and of a family name ('Gabriel Aguiló Forteza', 'Isabel Piña Cortés'), the Catalan
middle dot inside a given name and the full stop a phone types for it ('Apol·lònia', 'Apol.lònia'), a foreign
form without the accents ('Macia Cortes'), and "l'amo en" before a farm's master's and 'madona' or 'madò'
before its mistress's given name, outside the span), the folk of the Tafilalt, in Erfoud, Rissani, Merzouga
and Alnif (the meteorite hunters who walk the hamada, the stones cut open and sold to a dealer at the
Sainte-Marie-aux-Mines show or sent to a lab for a Northwest Africa number, the trilobite diggers of Alnif and
the workshops of Erfoud that prepare them and polish orthoceras slabs; Amazigh and Arabic given names ('Zaid',
'Addi', 'Bassou', 'Mimoun', 'Hmad', 'Ijja', 'Yamna', 'Rkia', 'Hadda', 'Mamma'), family names of the oases
('Oubaha', 'Akdim', 'Lamrani', 'Oussaid', 'Ouzzine', 'Belkadi') and some that are also a word or a given name
('Ouchen', the jackal, 'Amellal', 'Sahraoui', 'Filali', 'Zouhair', 'Lahbib'), the name in Arabic script ('زايد
أوشن'), in Tifinagh ('ⵣⴰⵢⴷ ⵓⵛⵛⵏ') and in the Latin letters of the Amazigh alphabet ('Zayd Uccen', 'Ḥmad
Ubaha'), and 'Lalla' before a woman's and 'Ba' before an old man's given name, outside the span), the Azeris
of Tabriz and Urmia in Iranian Azerbaijan (the home seismographs on the Tabriz fault and the raspberry shake
in the basement, the air sensors on the balconies against the salt dust of the drying lake, the flamingo
counts at Lake Urmia, the meteor showers watched from Sahand and the star parties at Maragheh; Azerbaijani
Turkish given names ('Sahand', 'Savalan', 'Araz', 'Orkhan', 'Ulduz', 'Aynaz', 'Gunay', 'Aytan'), family names
in '-zadeh' and '-lu' and after a town ('Hosseinzadeh', 'Jafarzadeh', 'Shahsavanlu', 'Karimlu', 'Khoei',
'Salmasi') and some that are also a word ('Tabrizi', 'Sarraf', 'Ranjbar'), the name in Persian script with its
zero-width non-joiner ('سهند حسین‌زاده'), in the Azerbaijani Latin alphabet as a relative in Baku or a Turkish
residence card writes it ('Səhənd Hüseynzadə', 'Heydər Qarabağı'), the other romanisation a passport or a
university prints ('Poorabbas', 'Karimlou', 'Hoseinzadeh', 'Gharabaghi'), and the Azerbaijani kinship words
after the given name ('Ulduz xala', 'Səhənd dayı', 'Heydar əmi', 'Aynaz nənə') and the Persian ones before it
('دایی آیدین', 'خاله آیسان'), outside the span) and the Shambaa of the West Usambara mountains, in Lushoto,
Mlalo and Magamba, and of Tanga (the school bird clubs, the bird atlas cards, the chameleon counts for an app,
the rain gauges read every morning, the Usambara eagle-owl and the akalat; Lutheran and Muslim given names
('Erasto', 'Yakobo', 'Samweli', 'Mbwana', 'Jumanne', 'Zawadi', 'Tumaini', 'Upendo'), Shambaa family names in
'She-', 'father of' ('Shemdoe', 'Shekighenda', 'Shekalaghe', 'Shemsanga', 'Shechambo') and some that are also
a road, a given name or a word ('Shekilango', 'Mhina', 'Shauri'), the father's given name in the middle
('Filipo Erasto Shemzigwa') or as an initial on a form ('Rehema Y. Shemdoe'), and 'Mwalimu' (teacher) before a
teacher's family or given name and 'Bibi' and 'Babu' before a grandparent's given name, outside the span);
names on the hobbies' papers and lists, in English ('Observer:', 'Ringer:', 'Finder:', 'Station operator:',
'Booked by:', 'Sensor owner:', 'Count leader:', 'Main mass holder:', 'Submitted by:', a specimen label's
'Leg.', 'Det.' and 'Ex coll.', a ringing sheet's '| 3A12345 | Sylvia atricapilla |'), Catalan ('Anellador:',
'Observador:', 'Nom i llinatges:', 'Reserva a nom de:'), Spanish ('Nombre y apellidos:'), French ('Trouvé par
:', 'Inventeur :', the finder in French law, 'Vendeur :'), Arabic ('اسم الباحث:', 'الاسم الكامل:'), Tifinagh
('ⵉⵙⵎ:'), Persian ('نام و نام خانوادگی:', 'نام رصدگر:'), Azerbaijani ('Adı, soyadı:') and Swahili ('Jina
kamili:', 'Jina la mwangalizi:'); a prize, a fossil workshop, a hotel, an optician's, a road and a cup that
carry a family name ('the Forteza Prize', 'Ouchen Fossiles', 'Hotel Lamrani', 'Aliyari Optik', 'Shekilango
Road', 'the Shemsanga Cup') no person either, a ring's, a permit's, a meteorite's, a camera's or a sensor's
number no secret; over three quarters of the sentences typed to the bot or a friend: the big telescope booked
for saturday, the dobsonian in the van, the Messier marathon, the eyepiece case never given back, the fireball
filmed, the dome that won't close, the ringing at dawn, the flamingos counted, the stone from the hamada that
may be a chondrite or a meteorwrong, the magnet that sticks, the fake trilobite, the quake the seismograph
caught at 3 am, the pm2.5 readings, the sensor flashed, the rain gauge at 9, the chameleons counted, the kids
taken to Amani; self-hosted apps' config no earlier set pasted: MRBS's config.inc.php for the observatory's
dome bookings, the allsky camera's ftp-settings.sh, the Global Meteor Network's RMS .config with its camera's
rtsp address, the sensor.community (airrohr) firmware's config.json, WhosAtMyFeeder's config.yml for a bird
feeder's camera and Epicollect5's .env for a count's project server; those regions' addresses (Palma's 'Carrer
de l'Argenteria, 12, 2n 1a, 07001 Palma', the same street in Castilian ('Calle de la Platería') and on a label
in capitals ('C/ ARGENTERIA 12 2º 1ª - 07001 PALMA (ILLES BALEARS)'), Costitx's "Camí de s'Observatori, s/n",
Sineu's and Port de Pollença's, Erfoud's '12, Rue Ziz, 52200 Erfoud', in Arabic script ('زنقة زيز رقم 12،
أرفود 52200') and on a label in capitals, Rissani's boulevard and ksar, Merzouga's 'Douar Hassi Labied', a
dealer's in Sainte-Marie-aux-Mines, Tabriz's district, alley and plaque with its ten-digit postcode in Persian
script and digits ('تبریز، مارالان، کوچه ۱۲، پلاک ۷، کد پستی ...'), in English, on a label in capitals and in
Azerbaijani ('Təbriz, Maralan, 12-ci döngə, ev 7'), Urmia's, Lushoto's 'S.L.P.' and plot, Tanga's 'Kiwanja Na.
45, Kitalu B, Chumbageni', Dar es Salaam's 'Shekilango Road' and a village's 'Kijiji cha Mlalo, Kata ya Mlalo,
Wilaya ya Lushoto') and phones (Palma's '971', the Pla's '971 87', Spanish mobiles and '+34 6', Erfoud's '0535
57', Moroccan mobiles '06' and '07' and '+212 6', Tabriz's '041 3', Urmia's '044 3', East Azerbaijan's mobiles
'0914' in Western and Persian digits and '+98 914', Lushoto's '027 264 0', Tanzanian mobiles '07' and '+255');
Visa, Mastercard 51-55 and 2-series, Amex 37 in 4-6-5 and Iran's Shetab cards (603799, 610433, 621986) as a
meteorite, a mount, a membership, mist nets or a lab's fee take them; IBANs of Spain, Morocco, Iran, France
(the Tafilalt dealers' cousins), Turkey (the Tabrizis there) and Germany (the partner parish that pays the
Usambara club's atlas cards; Tanzania has none); IPs of the dome's controller, the allsky and the meteor
cameras, the raspberry shake, the air sensor, the bird feeder's camera, the mount's wifi adapter, the ringing
station's laptop, a school's weather station, a fossil shop's till and the pastes above, v6 in 2a02:9000:,
2001:4278:, 2a04:2e00: and 2c0f:fa90: ranges; passwords handed over in ways no earlier set used (on masking
tape on the mount's hand controller, pencilled on the back of a planisphere, scratched inside the lid of the
meteorite box, on a trilobite's label under its number, on the back of the ringing pliers' case, on the back
of the flamingo count form, on a sticker under the seismograph's lid, inside the air sensor's drainpipe
housing, on the last page of the star atlas, on a card in the mist-net bag, on the back of the hamada map,
read out under the star party's red lamps, chalked inside the dome door), Mallorca ('Costitx07144',
'Tramuntana#971'), the Tafilalt ('Merzouga52202', 'Tissint_2011'), Tabriz ('Sahand#041', 'Urmia1403!'), the
Usambara ('Lushoto#027', 'Magamba2024!'), the hobbies' words in leetspeak ('m3730r173', '7r1l0b173',
'n3bul4'), a telescope's aperture and focal ratio ('Dob10-f4.5'), and cues in Mallorcan Catalan with its
article 'es' ('es codi de sa cúpula és ..., no el diguis a ningú, eh'), Moroccan Darija in Latin letters and
digits ('l code dyal wifi howa ..., ma t3tih l 7ta wa7d') and in Arabic script ('الكود ديال الويفي هو ...
ماتعطيهش لحتى واحد'), Persian ('رمزش ... است، به کسی نگو'), Iranian Azerbaijani in Arabic script ('رمزی ...
دیر، هئچ کیمسه‌یه دئمه') and in Latin letters ('parolu ..., heç kimə demə') and Swahili ('pasiwedi ni ...,
usimpe mtu yeyote'); usernames on Ornitho, Birda, openSenseMap, Telescopius, ShakeNet, FossilEra, Rubika,
Eitaa, Aparat, JamiiForums, a bird atlas and Virgool and in the pastes, shapes like 'estels.xy', 'voltor.x',
'x.meteorites', 'hamada_x', 'x.seismo', 'x_ulduzlu', 'akalat.x', 'x_bundi' and 'x_y_obs'; dates of birth for a
ringing permit, a junior ringer's insurance, a club's form, an observatory's membership card, a meteorite
dealer's export form and a school bird club, in Mallorcan Catalan with its 'dia' before the date and 'd''
before a vowel ('va néixer dia 14 de març de 1958', '14 d'abril de 1958'), a Spanish form's '14/03/1958',
Moroccan Darija with the French month ('tzadt f 14 mars 1958') and Arabic with Morocco's own month names after
'تاريخ الازدياد' ('14 مارس 1958', 'غشت', 'شتنبر'), Iran's solar calendar in Persian words and digits ('۲۳
اسفند ۱۳۳۶') and a shenasnameh's '1336/12/23' in either digits, Azerbaijani ('14 mart 1958'), Swahili ('14
Machi 1958') and a Tanzanian form's '14-03-1958', and a paste's ISO date, all drawn from the set's own rng
between fixed years so that the set builds the same on any day; typos as amateurs type in the field: a word of
the hobbies' well-known misspelling ('meteorite' -> 'meteroite', 'seismograph' -> 'siesmograph', 'trilobite'
-> 'trilobyte', 'eyepiece' -> 'eyepeice', 'binoculars' -> 'binoculers'), or their slang creeping into chat
('telescope' -> 'scope', 'binoculars' -> 'binos', 'light pollution' -> 'LP', 'earthquake' -> 'quake',
'meteorite' -> 'met'); negatives with the same regions' places, the titles and the name forms explained,
rings', permits', meteorites', cameras' and sensors' numbers alone, a quake's magnitude, a pm2.5 reading and a
Bortle class, opening hours, fees and prices, dates that are no birthdays (a meteor shower's peak, an eclipse,
a fall, a count's), postcodes alone, businesses and a prize named after families, versions, a commit,
placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and
v6), emergency numbers every user shares, and short everyday chat; no public figure is named).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import datetime
import random
import re
import string
import unicodedata

from bench.pii import (
    Example,
    Gen3,
    _ascii_name,
    _chat_like,
    _iban,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)

HELDOUT91_SEED = 9152839
# no faker name locale, as in held-out 16 to 90: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT91: list[str] = []
# science done by amateurs (held-out 92, written at the same time, takes babies); each origin: (men's given
# names, women's given names, family names); ';' separates names, as some hold a space or a middle dot
NAMES_HELDOUT91: dict[str, tuple[list[str], list[str], list[str]]] = {
    # the Xueta families of Palma's Carrer de l'Argenteria and the Mallorcans of the Pla (Costitx, Sineu): the
    # observatory at Costitx and its domes, the star parties on the farms, the ringing at the Albufera and on
    # Dragonera; Mallorcan given names in their everyday form, the Xuetes' own family names
    "xueta": ("Biel;Pep;Jaume;Miquel;Guiem;Rafel;Macià;Onofre;Bernat;Tià".split(";"),
              "Aina;Bel;Catalina;Joana;Apol·lònia;Magdalena;Coloma;Xisca;Esperança;Llucia".split(";"),
              "Aguiló;Bonnín;Cortès;Forteza;Fuster;Pinya;Tarongí;Valentí;Valleriola;Miró;Martí".split(";")),
    # the folk of the Tafilalt (Erfoud, Rissani, Merzouga, Alnif): the meteorite hunters of the hamada, the
    # trilobite diggers and the fossil workshops; Amazigh and Arabic given names, family names of the oasis
    "tafilalt": ("Zaid;Addi;Bassou;Mimoun;Hmad;Lhoussaine;Youssef;Driss;Said;Hammadi".split(";"),
                 "Ijja;Yamna;Rkia;Hadda;Fadma;Mamma;Zahra;Aicha;Khadija;Hafida".split(";"),
                 "Ouchen;Oubaha;Akdim;Lamrani;Tahiri;Zouhair;Oussaid;Ouzzine;Lahbib;Belkadi;Amellal;Sahraoui;Filali".split(";")),
    # the Azeris of Tabriz and Urmia in Iranian Azerbaijan: the home seismographs on the Tabriz fault, the air
    # sensors against the salt dust of the drying lake, the flamingo counts, the star parties at Maragheh;
    # Azerbaijani Turkish given names, family names in '-zadeh', '-lu' and after a town
    "tabrizi": ("Sahand;Savalan;Aydin;Yashar;Tohid;Rahim;Heydar;Orkhan;Araz;Elchin".split(";"),
                "Ulduz;Aynaz;Aylin;Sevil;Nazli;Aytan;Gunay;Elnaz;Aysan;Turkan".split(";"),
                "Hosseinzadeh;Aliyari;Pourabbas;Jafarzadeh;Khoei;Salmasi;Shahsavanlu;Karimlu;Tabrizi;Qarabaghi;Sarraf;Ranjbar".split(";")),
    # the Shambaa of the West Usambara mountains (Lushoto, Mlalo, Magamba) and of Tanga: the school bird
    # clubs, the bird atlas cards, the chameleon counts, the rain gauges; Lutheran and Muslim given names,
    # Shambaa family names in 'She-' ('father of')
    "shambaa": ("Erasto;Yakobo;Samweli;Filipo;Mbwana;Elia;Petro;Omari;Rashidi;Jumanne".split(";"),
                "Mariamu;Zawadi;Salome;Esta;Rahel;Tumaini;Jamila;Upendo;Eliza;Rehema".split(";"),
                "Shemdoe;Shekighenda;Shekalaghe;Shemsanga;Shekilango;Shelukindo;Shemzigwa;Shechambo;Shebughe;Sheuya;Mhina;Mbwambo;Shauri".split(";")),
}  # fmt: skip
# the Castilian form a Spanish ID card (DNI) and a bank give a Mallorcan given name or family name, where
# the family, the club and the chat say the Mallorcan one
CASTILIAN_HELDOUT91 = {
    "Biel": "Gabriel", "Pep": "José", "Jaume": "Jaime", "Miquel": "Miguel", "Guiem": "Guillermo",
    "Rafel": "Rafael", "Macià": "Matías", "Bernat": "Bernardo", "Tià": "Sebastián", "Aina": "Ana",
    "Bel": "Isabel", "Joana": "Juana", "Apol·lònia": "Apolonia", "Xisca": "Francisca", "Esperança": "Esperanza",
    "Llucia": "Lucía", "Cortès": "Cortés", "Pinya": "Piña",
}  # fmt: skip
# the Tafilalt names in Arabic script, as a Moroccan ID card, a fossil shop's receipt or a chat in Arabic
# writes them
ARABIC_HELDOUT91 = {
    "Zaid": "زايد", "Addi": "عدي", "Bassou": "باسو", "Mimoun": "ميمون", "Hmad": "حماد", "Lhoussaine": "الحسين",
    "Youssef": "يوسف", "Driss": "إدريس", "Said": "سعيد", "Hammadi": "حمادي",
    "Ijja": "إجة", "Yamna": "يامنة", "Rkia": "رقية", "Hadda": "حادة", "Fadma": "فاضمة", "Mamma": "مامة",
    "Zahra": "زهرة", "Aicha": "عائشة", "Khadija": "خديجة", "Hafida": "حفيظة",
    "Ouchen": "أوشن", "Oubaha": "أوباها", "Akdim": "أكديم", "Lamrani": "العمراني", "Tahiri": "الطاهري",
    "Zouhair": "زهير", "Oussaid": "أوسعيد", "Ouzzine": "أوزين", "Lahbib": "لحبيب", "Belkadi": "بلقاضي",
    "Amellal": "أملال", "Sahraoui": "الصحراوي", "Filali": "الفيلالي",
}  # fmt: skip
# the same names in Tifinagh (the neo-Tifinagh letters Morocco teaches), as an Amazigh association's
# membership card, a sign or a proud post writes them
TIFINAGH_HELDOUT91 = {
    "Zaid": "ⵣⴰⵢⴷ", "Addi": "ⴰⴷⴷⵉ", "Bassou": "ⴱⴰⵙⵙⵓ", "Mimoun": "ⵎⵉⵎⵓⵏ", "Hmad": "ⵃⵎⴰⴷ",
    "Lhoussaine": "ⵍⵃⵓⵙⴰⵢⵏ", "Youssef": "ⵢⵓⵙⴼ", "Driss": "ⴷⵔⵉⵙ", "Said": "ⵙⴰⵄⵉⴷ", "Hammadi": "ⵃⵎⵎⴰⴷⵉ",
    "Ijja": "ⵉⵊⵊⴰ", "Yamna": "ⵢⴰⵎⵏⴰ", "Rkia": "ⵔⵇⵉⵢⴰ", "Hadda": "ⵃⴰⴷⴷⴰ", "Fadma": "ⴼⴰⴹⵎⴰ", "Mamma": "ⵎⴰⵎⵎⴰ",
    "Zahra": "ⵣⴰⵀⵔⴰ", "Aicha": "ⵄⴰⵢⵛⴰ", "Khadija": "ⵅⴰⴷⵉⵊⴰ", "Hafida": "ⵃⴰⴼⵉⴹⴰ",
    "Ouchen": "ⵓⵛⵛⵏ", "Oubaha": "ⵓⴱⴰⵀⴰ", "Akdim": "ⴰⴽⴷⵉⵎ", "Lamrani": "ⵍⴰⵎⵔⴰⵏⵉ", "Tahiri": "ⵟⴰⵀⵉⵔⵉ",
    "Zouhair": "ⵣⵓⵀⴰⵢⵔ", "Oussaid": "ⵓⵙⴰⵄⵉⴷ", "Ouzzine": "ⵓⵣⵣⵉⵏ", "Lahbib": "ⵍⵃⴱⵉⴱ", "Belkadi": "ⴱⵍⵇⴰⴹⵉ",
    "Amellal": "ⴰⵎⵍⵍⴰⵍ", "Sahraoui": "ⵚⴰⵃⵔⴰⵡⵉ", "Filali": "ⴼⵉⵍⴰⵍⵉ",
}  # fmt: skip
# a Tafilalt name in the Latin letters of the Amazigh alphabet, where the French spelling of an ID card has
# 'ou' and 'ch' ('Ouchen' is 'Uccen', the jackal)
AMAZIGH_LATIN_HELDOUT91 = {
    "Ouchen": "Uccen", "Oubaha": "Ubaha", "Oussaid": "Usaid", "Ouzzine": "Uzzin", "Zaid": "Zayd", "Hmad": "Ḥmad",
}  # fmt: skip
# the Tabriz names in Persian script, as an Iranian ID card (shenasnameh), a form or a chat writes them (the
# '-zadeh' and '-lu' joined with a zero-width non-joiner where Persian spelling wants one)
PERSIAN_HELDOUT91 = {
    "Sahand": "سهند", "Savalan": "سبلان", "Aydin": "آیدین", "Yashar": "یاشار", "Tohid": "توحید", "Rahim": "رحیم",
    "Heydar": "حیدر", "Orkhan": "اورخان", "Araz": "آراز", "Elchin": "ائلچین",
    "Ulduz": "اولدوز", "Aynaz": "آیناز", "Aylin": "آیلین", "Sevil": "سویل", "Nazli": "نازلی", "Aytan": "آیتان",
    "Gunay": "گونای", "Elnaz": "الناز", "Aysan": "آیسان", "Turkan": "ترکان",
    "Hosseinzadeh": "حسین\u200cزاده", "Aliyari": "علیاری", "Pourabbas": "پورعباس", "Jafarzadeh": "جعفرزاده",
    "Khoei": "خویی", "Salmasi": "سلماسی", "Shahsavanlu": "شاهسون\u200cلو", "Karimlu": "کریملو", "Tabrizi": "تبریزی",
    "Qarabaghi": "قره\u200cباغی", "Sarraf": "صراف", "Ranjbar": "رنجبر",
}  # fmt: skip
# the same names in the Azerbaijani Latin alphabet, as Tabrizis write them to relatives in Baku, on a Turkish
# residence card or in a chat when the keyboard has it
AZERBAIJANI_HELDOUT91 = {
    "Sahand": "Səhənd", "Savalan": "Savalan", "Aydin": "Aydın", "Yashar": "Yaşar", "Tohid": "Tohid",
    "Rahim": "Rəhim", "Heydar": "Heydər", "Orkhan": "Orxan", "Araz": "Araz", "Elchin": "Elçin",
    "Ulduz": "Ulduz", "Aynaz": "Aynaz", "Aylin": "Aylin", "Sevil": "Sevil", "Nazli": "Nazlı", "Aytan": "Aytən",
    "Gunay": "Günay", "Elnaz": "Elnaz", "Aysan": "Aysan", "Turkan": "Türkan",
    "Hosseinzadeh": "Hüseynzadə", "Aliyari": "Əliyari", "Pourabbas": "Purabbas", "Jafarzadeh": "Cəfərzadə",
    "Khoei": "Xoyi", "Salmasi": "Salmasi", "Shahsavanlu": "Şahsevənli", "Karimlu": "Kərimli", "Tabrizi": "Təbrizi",
    "Qarabaghi": "Qarabağı", "Sarraf": "Sərraf", "Ranjbar": "Rəncbər",
}  # fmt: skip
# the other romanisations an Iranian passport, a university or a visa prints for the same names
PASSPORT_HELDOUT91 = {
    "Hosseinzadeh": "Hoseinzadeh", "Jafarzadeh": "Jafarzade", "Pourabbas": "Poorabbas", "Karimlu": "Karimlou",
    "Shahsavanlu": "Shahsavanlou", "Khoei": "Khoyi", "Qarabaghi": "Gharabaghi", "Tohid": "Towhid",
    "Heydar": "Heidar", "Aynaz": "Ainaz",
}  # fmt: skip
# a title or a kinship word next to the name (outside the span): the origin, whether a woman (None: either)
# and what it goes with: 'given' (before the given name), 'family' (before the family name or the given
# name), 'after' (after the given name, as Azerbaijani Turkish puts it) or 'persian' (before the given name in
# Persian script, as Persian puts it)
TITLED_HELDOUT91: dict[str, tuple[str, bool | None, str]] = {
    "l'amo en": ("xueta", False, "given"),  # the master of a Mallorcan farm, 'l'amo en Pep'
    "madona": ("xueta", True, "given"),  # the mistress of the farm
    "madò": ("xueta", True, "given"),  # the same, shortened, as the Pla says it
    "lalla": ("tafilalt", True, "given"),  # Moroccan 'lady', before a woman's given name
    "ba": ("tafilalt", False, "given"),  # 'father', before an old man's given name in the oases
    "mwalimu": ("shambaa", None, "family"),  # Swahili 'teacher', before a teacher's name
    "bibi": ("shambaa", True, "given"),  # Swahili 'grandmother'
    "babu": ("shambaa", False, "given"),  # Swahili 'grandfather'
    "xala": ("tabrizi", True, "after"),  # Azerbaijani 'mother's sister', after the given name
    "nənə": ("tabrizi", True, "after"),  # 'granny'
    "dayı": ("tabrizi", False, "after"),  # 'mother's brother'
    "əmi": ("tabrizi", False, "after"),  # 'father's brother'
    "دایی": ("tabrizi", False, "persian"),  # Persian 'mother's brother', before the given name
    "خاله": ("tabrizi", True, "persian"),  # Persian 'mother's sister'
}
TITLE_SLOT_HELDOUT91 = re.compile(
    r"(?<![\w'.-])(l'amo en|madona|madò|Lalla|Ba|Mwalimu|Bibi|Babu|دایی|خاله) \{\}"
    r"|\{\} (xala|nənə|dayı|əmi)(?!\w)",
    re.IGNORECASE,
)
# IBANs of this set's people: Spain, Morocco and Iran, the Tafilalt dealers' cousins in France, the Tabrizis
# in Turkey and, as Tanzania has none, the German partner parish that pays the Usambara bird club's atlas
# cards
IBAN_SHAPES_HELDOUT91 = {
    "ES": "20n",
    "MA": "24n",
    "FR": "10n11c2n",
    "IR": "22n",
    "TR": "5n1n16c",
    "DE": "18n",
}
# everyday subjects of this set by origin, used in e-mail addresses
SUBJECTS_HELDOUT91 = {
    "xueta": ["estels", "costitx", "anellament", "voltor", "cel"],
    "tafilalt": ["meteorites", "trilobites", "hamada", "merzouga", "fossiles"],
    "tabrizi": ["ulduz", "sahand", "zelzele", "urmia", "rasad"],
    "shambaa": ["ndege", "usambara", "lushoto", "kinyonga", "mvua"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT91 = {
    "xueta": ["telefonica.net", "uib.cat", "uib.es", "hotmail.es"],
    "tafilalt": ["menara.ma", "yahoo.fr", "hotmail.fr", "umi.ac.ma"],
    "tabrizi": ["chmail.ir", "yahoo.com", "tabrizu.ac.ir", "urmia.ac.ir"],
    "shambaa": ["yahoo.com", "sekomu.ac.tz", "udsm.ac.tz"],
}
# the templates that belong to one origin's places, papers or script (Persian before Arabic: Persian letters
# are Arabic-script letters too)
ORIGIN_CUES_HELDOUT91: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Costitx|Sineu|Tramuntana|Albufera|Dragonera|ses Salines|ensaïmad|Cap Blanc|Anellador|Observador|"
                r"llinatges|Reserva a nom|Nombre y apellidos|Forteza Prize|(?i:l'amo|madò|madona)"), "xueta"),
    (re.compile(r"[\u067e\u0686\u0698\u06a9\u06af\u06cc]|Urmia|Maragheh|Sahand|salt dust|raspberry shake|Adı, soyadı|"
                r"(?i:xala|nənə|dayı|əmi)"), "tabrizi"),
    (re.compile(r"[\u0600-\u06ff\u2d30-\u2d7f]|hamada|Merzouga|Alnif|Erfoud|the erg|Sainte-Marie|orthoceras|chondrite|"
                r"trilobite|meteorite|Trouvé|Inventeur|Vendeur|Main mass|(?i:lalla|\bba\b)"), "tafilalt"),
    (re.compile(r"Lushoto|Magamba|Usambara|Mlalo|Amani|chameleon|rain gauge|akalat|turaco|atlas card|Jina|"
                r"(?i:mwalimu|bibi|babu)"), "shambaa"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT91: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"\bshe\b|\bher\b|\bhers\b|(?i:madò|madona|lalla|xala|nənə|bibi)|خاله"), True),
    (re.compile(r"\bhe\b|\bhim\b|\bhis\b|(?i:l'amo en|\bba\b|dayı|əmi|babu)|دایی"), False),
]  # fmt: skip
# a word of amateur science and its well-known misspelling
MISSPELT_HELDOUT91 = {
    "telescope": "telescop", "meteorite": "meteroite", "seismograph": "siesmograph", "trilobite": "trilobyte",
    "trilobites": "trilobytes", "equatorial": "equitorial", "observatory": "observatary", "binoculars": "binoculers",
    "eyepiece": "eyepeice", "fossil": "fosil", "chameleons": "chamelions", "sensor": "senser",
    "calibrated": "callibrated", "collimating": "colimating", "species": "speices", "pollution": "polution",
}  # fmt: skip
MISSPELT_WORD_HELDOUT91 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT91, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# amateur astronomers', birders', collectors' and sensor builders' slang creeping into chat
SHORTHAND_HELDOUT91 = {
    "telescope": "scope", "binoculars": "binos", "light pollution": "LP", "earthquake": "quake",
    "astrophotography": "AP", "meteorite": "met", "birdwatching": "birding", "tonight": "tonite",
    "identification": "ID", "the Milky Way": "the MW", "raspberry pi": "pi", "because": "cos",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT91 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT91, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# the months in Catalan (with 'de' or, before a vowel, 'd''), in Moroccan Arabic (the French-derived names
# Morocco uses), in French, in Swahili, in Azerbaijani and in English; the months of Iran's solar calendar in
# Persian
CA_MONTHS_HELDOUT91 = [
    "de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost", "de setembre",
    "d'octubre", "de novembre", "de desembre",
]  # fmt: skip
MA_MONTHS_HELDOUT91 = "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر".split()
FR_MONTHS_HELDOUT91 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
SW_MONTHS_HELDOUT91 = (
    "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split()
)
AZ_MONTHS_HELDOUT91 = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split()
EN_MONTHS_HELDOUT91 = (
    "January February March April May June July August September October November December".split()
)
FA_MONTHS_HELDOUT91 = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
PERSIAN_DIGITS_HELDOUT91 = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# the years a date of birth is drawn between, from the set's own rng so the set builds the same on any day
BIRTH_YEARS_HELDOUT91 = (1938, 2007)
JUNIOR_BIRTH_YEARS_HELDOUT91 = (2009, 2014)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Aguiló' -> 'Aguilo', 'Macià' -> 'Macia', 'Ḥmad' ->
    'Hmad')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Apol·lònia' -> 'apollonia',
    'Tarongí' -> 'tarongi', 'Esperança' -> 'esperanca')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _phone_typed(name: str) -> str:
    """A Catalan name as a phone keyboard without the middle dot types it, a full stop between the two l's
    ('Apol·lònia' -> 'Apol.lònia')."""
    return name.replace("l·l", "l.l")


def _jalali(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """A Gregorian date in Iran's solar (Jalali) calendar (year, month, day): 1958-03-14 -> 1336-12-23."""
    days_before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (
        355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + days_before[gm - 1]
    )
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


class Gen91(Gen3):
    """Generators for held-out set 91: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT91."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT91))
        men, women, lasts = NAMES_HELDOUT91[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'arabic', 'persian' or 'tifinagh' where the
        template is written in it, `chat` where it is typed to the bot or a friend."""
        rng = self.rng
        r = rng.random()
        if origin == "xueta":
            mother = rng.choice([x for x in NAMES_HELDOUT91["xueta"][2] if x != last])
            if not chat and r < 0.4:  # a DNI's Castilian form and both family names: 'Gabriel Aguiló Forteza'
                c = CASTILIAN_HELDOUT91
                return f"{c.get(first, first)} {c.get(last, last)} {c.get(mother, mother)}"
            if r < 0.55:  # the father's family name, then the mother's: 'Biel Aguiló Forteza'
                return f"{first} {last} {mother}"
            if chat and r < 0.75 and "·" in first:  # typed without the middle dot: 'Apol.lònia Fuster'
                return f"{_phone_typed(first)} {last}"
            if (
                chat and r < 0.75 and _fold(f"{first} {last}") != f"{first} {last}"
            ):  # no accents: 'Biel Aguilo'
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        if origin == "tafilalt":
            if script == "arabic" or (not script and r < 0.12):  # in Arabic script: 'زايد أوشن'
                return f"{ARABIC_HELDOUT91[first]} {ARABIC_HELDOUT91[last]}"
            if script == "tifinagh" or r < 0.22:  # in Tifinagh: 'ⵣⴰⵢⴷ ⵓⵛⵛⵏ'
                return f"{TIFINAGH_HELDOUT91[first]} {TIFINAGH_HELDOUT91[last]}"
            if r < 0.45 and (first in AMAZIGH_LATIN_HELDOUT91 or last in AMAZIGH_LATIN_HELDOUT91):
                # in the Amazigh alphabet's Latin letters: 'Zayd Uccen', 'Ijja Ubaha'
                return (
                    f"{AMAZIGH_LATIN_HELDOUT91.get(first, first)} {AMAZIGH_LATIN_HELDOUT91.get(last, last)}"
                )
            return f"{first} {last}"
        if origin == "tabrizi":
            if script == "persian" or (not script and r < 0.15):  # in Persian script: 'سهند حسین‌زاده'
                return f"{PERSIAN_HELDOUT91[first]} {PERSIAN_HELDOUT91[last]}"
            if r < 0.4:  # in the Azerbaijani Latin alphabet: 'Səhənd Hüseynzadə'
                return f"{AZERBAIJANI_HELDOUT91[first]} {AZERBAIJANI_HELDOUT91[last]}"
            if r < 0.65 and (first in PASSPORT_HELDOUT91 or last in PASSPORT_HELDOUT91):
                # a passport's or a university's romanisation: 'Ulduz Poorabbas', 'Towhid Karimlou'
                return f"{PASSPORT_HELDOUT91.get(first, first)} {PASSPORT_HELDOUT91.get(last, last)}"
            return f"{first} {last}"
        if origin == "shambaa":
            father = rng.choice([x for x in NAMES_HELDOUT91["shambaa"][0] if x != first])
            if r < 0.35:  # the father's given name in the middle: 'Erasto Yakobo Shemdoe'
                return f"{first} {father} {last}"
            if (
                not chat and r < 0.55
            ):  # a school's or a permit's form, the father's initial: 'Zawadi Y. Shemdoe'
                return f"{first} {father[0]}. {last}"
        return f"{first} {last}"

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        if script and origin not in ("tafilalt", "tabrizi"):
            origin, first, last, woman = self._origin_name(
                "tabrizi" if script == "persian" else "tafilalt", woman
            )
        r = rng.random()
        if r < (0.7 if chat else 0.85) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.9:
            name = first
            if origin == "tabrizi" and rng.random() < 0.4:  # 'Səhənd', 'Günay'
                name = AZERBAIJANI_HELDOUT91[first]
            if origin == "xueta" and chat and "·" in first:
                name = _phone_typed(first)
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title or a kinship word next to it ("l'amo en Pep", 'madò Coloma', 'Lalla Ijja', 'Ba
        Addi', 'Mwalimu Shemdoe', 'Bibi Zawadi', 'Ulduz xala', 'Səhənd dayı', 'دایی سهند'), from the origin
        that uses it."""
        origin, woman, part = TITLED_HELDOUT91[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "persian":
            return PERSIAN_HELDOUT91[first]
        if part == "after" and self.rng.random() < 0.5:
            return AZERBAIJANI_HELDOUT91[first]
        if part == "family" and self.rng.random() < 0.6:
            return last
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose place, paper or script the template has, in that script."""
        m = TITLE_SLOT_HELDOUT91.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        script = ""
        if re.search(r"[\u2d30-\u2d7f]", template):
            script = "tifinagh"
        elif re.search(r"[\u067e\u0686\u0698\u06a9\u06af\u06cc]", template):
            script = "persian"
        elif re.search(r"[\u0600-\u06ff]", template):
            script = "arabic"
        woman = next((w for cue, w in GENDER_CUES_HELDOUT91 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT91 if cue.search(template)), None)
        return self.person(origin, woman, script, _chat_like(template))

    def address(self) -> str:
        rng, pick, d = self.rng, self.rng.choice, self.d
        n = rng.randint(1, 90)
        floor = pick(["1r", "2n", "3r", "1r 2a", "2n 1a", "baixos"])
        alley = pick(["Golgasht", "Abresan", "Maralan", "Roshdieh", "Baghmisheh"])
        code = f"51{d(3)}-{d(5)}"
        fa_alley = {"Golgasht": "گلگشت", "Abresan": "آبرسان", "Maralan": "مارالان", "Roshdieh": "رشدیه",
                    "Baghmisheh": "باغمیشه"}[alley]  # fmt: skip
        shapes = [
            f"Carrer de l'Argenteria, {n}, {floor}, 07001 Palma",
            f"C/ de Sant Miquel, {n}, {floor}, 07002 Palma",
            f"Calle de la Platería, {n}, 07001 Palma de Mallorca",
            f"C/ ARGENTERIA {n} {pick(['1º', '2º', '3º'])} {pick(['1ª', '2ª'])} - 07001 PALMA (ILLES BALEARS)",
            "Camí de s'Observatori, s/n, 07144 Costitx",
            f"Carrer Major, {n}, 07144 Costitx",
            f"Plaça des Fossar, {rng.randint(1, 20)}, 07510 Sineu",
            f"Carrer de la Mar, {n}, 07470 Port de Pollença",
            f"{n}, Rue Ziz, 52200 Erfoud",
            f"Boulevard Sijilmassa, N° {n}, 52450 Rissani",
            "Douar Hassi Labied, Merzouga, 52202 Errachidia",
            "Ksar Ouled Abdelhalim, 52450 Rissani",
            f"زنقة زيز رقم {n}، أرفود 52200",
            f"{n} RUE ZIZ 52200 ERFOUD MAROC",
            f"{rng.randint(1, 60)} rue Wilson, 68160 Sainte-Marie-aux-Mines",
            f"تبریز، {fa_alley}، کوچه {str(rng.randint(1, 40)).translate(PERSIAN_DIGITS_HELDOUT91)}، پلاک {str(n).translate(PERSIAN_DIGITS_HELDOUT91)}، کد پستی {code.translate(PERSIAN_DIGITS_HELDOUT91)}",
            f"No. {n}, Alley {rng.randint(1, 40)}, {alley}, Tabriz {code}",
            f"TABRIZ, {alley.upper()}, ALLEY {rng.randint(1, 40)}, NO. {n}, P.C. {code.replace('-', '')}",
            f"Təbriz, {alley}, {rng.randint(1, 40)}-ci döngə, ev {n}",
            f"Urmia, Esteghlal St., Alley {rng.randint(1, 30)}, No. {n}, 57{d(3)}-{d(5)}",
            f"S.L.P. {rng.randint(10, 400)}, Lushoto",
            f"P.O. Box {rng.randint(10, 6000)}, Tanga, Tanzania",
            f"Plot {n}, Block C, Magamba Road, Lushoto",
            f"Kiwanja Na. {n}, Kitalu B, Chumbageni, Tanga",
            f"Plot {n}, Shekilango Road, Sinza, Dar es Salaam",
            "Kijiji cha Mlalo, Kata ya Mlalo, Wilaya ya Lushoto",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT91[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}.{subject}{rng.randint(1, 9)}",
                           f"{subject}_{first}", f"{last}{first[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT91[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"971 {d(2)} {d(2)} {d(2)}",  # Palma
            f"971 87 {d(2)} {d(2)}",  # the Pla (Costitx, Sineu)
            f"6{rng.choice('0123456789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Spanish mobiles
            f"+34 6{d(2)} {d(3)} {d(3)}",
            f"0535 57 {d(2)} {d(2)}",  # Erfoud and Rissani
            f"06{d(2)}-{d(2)}{d(2)}{d(2)}",  # Moroccan mobiles, as a shop's card prints them
            f"07 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+212 6{d(2)} {d(2)} {d(2)} {d(2)}",
            f"041 3{d(3)} {d(4)}",  # Tabriz
            f"044 3{d(3)} {d(4)}",  # Urmia
            f"0914 {d(3)} {d(4)}",  # Iranian mobiles of East Azerbaijan
            f"+98 914 {d(3)} {d(4)}",
            f"۰۹۱۴ {d(3)} {d(4)}".translate(PERSIAN_DIGITS_HELDOUT91),
            f"027 264 0{d(3)}",  # Lushoto
            f"07{rng.choice('1456')}{d(1)} {d(3)} {d(3)}",  # Tanzanian mobiles
            f"+255 {rng.choice(['7', '6'])}{d(2)} {d(3)} {d(3)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            [
                "4",
                "4",
                f"5{rng.randint(1, 5)}",
                f"2{rng.randint(221, 720)}",
                "37",
                "603799",
                "610433",
                "621986",
            ]
        )
        if prefix == "37":  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        num = _luhn_number(rng, prefix, 16)  # Visa, Mastercard and Iran's Shetab cards
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.75:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT91))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT91[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the dome's controller, the allsky and the meteor cameras, the home
        seismograph, the air sensor, the bird feeder's camera, the mount's wifi adapter, the ringing station's
        laptop, the school's weather station, the fossil shop's till and this set's pastes; v4 and v6;
        `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:9000:{h()}:{h()}::{h()}", f"2001:4278:{h()}:{h()}::{h()}", f"2a04:2e00:{h()}:{h()}::{h()}",
                         f"2c0f:fa90:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the dome controller is on {}, it won't close the shutter", v4),
            ("the allsky camera got {} after the router swap", v4),
            ("the meteor camera answers on {} but last night's captures are missing", v4),
            ("the raspberry shake is at {}, the helicorder stopped at midnight", v4),
            ("my air sensor has {} now and it stopped sending to the map", v4),
            ("the bird feeder camera is on {}, it keeps calling the sparrows finches", v4),
            ("the mount's wifi adapter is {}, the app can't find it", v4),
            ("the ringing station laptop is {}, the database won't sync", v4),
            ("the weather station at the school is on {}", v4),
            ("the fossil shop's till got {} after the power cut", v4),
            ("the club's observatory server runs on {}", rng.choice([v4, v6])),
            ("our seismograph page is at {} if you want the live trace", rng.choice([v4, v6])),
            ("$db_host = '{}';", v4),
            ('REMOTE_HOST="{}"', v4),
            ("[Capture]\ndevice: rtsp://{}:554/user=admin&password=&channel=1&stream=0.sdp", v4),
            ('  "host_custom": "{}",', v4),
            ("frigate:\n  frigate_url: http://{}:5000", v4),
            ("  mqtt_server: {}", v4),
            ("DB_HOST={}", v4),
            ("2026-08-12 21:03:44 mrbs: failed login for 'admin' from {}", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("listen [{}]:80;", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Costitx', 'Tramuntana', 'Dragonera', 'Albufera', 'Sineu'])}{rng.choice(['07144', '#971', '!07', '_2026'])}",
                f"{rng.choice(['Merzouga', 'ErgChebbi', 'Alnif', 'Hamada', 'Tissint'])}{rng.choice(['52202', '#212', '!0535', '_2011'])}",
                f"{rng.choice(['Sahand', 'Urmia', 'Maragheh', 'Eynali', 'Savalan'])}{rng.choice(['#041', '1403!', '_0914', '@51'])}",
                f"{rng.choice(['Lushoto', 'Magamba', 'Usambara', 'Mlalo', 'Amani'])}{rng.choice(['#027', '2024!', '_255', '@Tanga'])}",
                rng.choice(["meteorite", "trilobite", "nebula", "seismograph", "flamingo", "chondrite", "binoculars"]).translate(leet) + rng.choice(["", "!", "_91"]),
                f"Dob{rng.choice([8, 10, 12, 16])}-f{rng.choice(['4.5', '5', '6'])}",
                f"{rng.choice(['perseids', 'akalat', 'orthoceras', 'shearwater'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!]", "", pw)  # a password where a ':', a URL or a shell would end it
        quote_safe = re.sub(r"['\"\\;]", "", pw)
        url_safe = re.sub(r"[^A-Za-z0-9._-]", "", pw) or d(6)
        alnum = string.ascii_letters + string.digits
        b64 = alnum + "+/"
        options = [
            # passwords handed over in ways no earlier set used
            ("the dome wifi password is on masking tape on the hand controller, {}", pw),
            ("he pencilled the club laptop's password on the back of the planisphere, {}", pw),
            ("the allsky camera's password is scratched inside the lid of the meteorite box, {}", pw),
            ("she wrote the shop till's password on the trilobite's label under the number, {}", pw),
            ("the ringing database password is on the back of the ringing pliers' case, {}", pw),
            ("the flamingo count app password is on the back of the count form, {}", pw),
            ("the seismograph's login is on a sticker under its lid, {}", pw),
            ("the sensor's wifi password is written inside the drainpipe housing, {}", pw),
            ("the mount's wifi password is on the last page of the star atlas, {}", pw),
            ("the bird club's laptop password is on a card in the mist-net bag, {}", pw),
            ("the gps unit's password is on the back of the hamada map, {}", pw),
            ("they read the star party wifi out under the red lamps, {}", pw),
            ("the observatory door code is chalked inside the dome door, {}", d(4)),
            ("the rain gauge logger pin is {}, don't change it", d(4)),
            ("ok the mrbs admin password is {}, book the dome for friday", pw),
            # cues in the set's languages
            ("es codi de sa cúpula és {}, no el diguis a ningú, eh", pw),
            ("l code dyal wifi howa {}, ma t3tih l 7ta wa7d", pw),
            ("الكود ديال الويفي هو {} ماتعطيهش لحتى واحد", pw),
            ("رمزش {} است، به کسی نگو", pw),
            ("رمزی {} دیر، هئچ کیمسه\u200cیه دئمه", pw),
            ("parolu {}, heç kimə demə", pw),
            ("pasiwedi ni {}, usimpe mtu yeyote", pw),
            # commands
            ("$ mysql -u mrbs -p{} mrbs", colonless),
            ("$ mosquitto_pub -h birdcam.local -u feeder -P {} -t whosatmyfeeder/test -m hi", colonless),
            ("$ sshpass -p '{}' scp night.mp4 pi@allsky.local:", quote_safe),
            # pastes
            ("$db_password = '{}';", quote_safe),
            ('REMOTE_PASSWORD="{}"', quote_safe),
            ("[Capture]\ndevice: rtsp://192.168.42.10:554/user=admin&password={}&channel=1&stream=0.sdp", url_safe),
            ('  "wlanpwd": "{}",', quote_safe),
            ('  "www_password": "{}",', quote_safe),
            ('  "pwd_custom": "{}",', quote_safe),
            ("  mqtt_password: {}", quote_safe),
            ("DB_PASSWORD={}", pw),
            ("SUPER_ADMIN_PASSWORD={}", pw),
            ("APP_KEY=base64:{}", tok(44, b64)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('estels.bielf', 'voltor.x', 'x.meteorites',
        'hamada_x', 'x.seismo', 'x_ulduzlu', 'akalat.x', 'x_bundi', 'x_y_obs')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "xueta": [f"estels.{first}{last[:1]}", f"voltor.{first}"],
            "tafilalt": [f"{first}.meteorites", f"hamada_{last}"],
            "tabrizi": [f"{first}.seismo", f"{last}_ulduzlu"],
            "shambaa": [f"akalat.{first}", f"{last}_bundi"],
        }[origin]
        return rng.choice([*own, *own, f"{first}_{last}_obs"])

    def _birth(self, years: tuple[int, int] = BIRTH_YEARS_HELDOUT91) -> datetime.date:
        """A date of birth between fixed years, from the set's own rng (never counted back from today)."""
        rng = self.rng
        year, month = rng.randint(*years), rng.randint(1, 12)
        last_day = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
        return datetime.date(year, month, rng.randint(1, last_day))

    def _dob_shapes(self, years: tuple[int, int] = BIRTH_YEARS_HELDOUT91) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language, calendar or format."""
        dt = self._birth(years)
        m, day, year = dt.month, dt.day, dt.year
        jy, jm, jd = _jalali(year, m, day)
        return {
            "ca": f"{day} {CA_MONTHS_HELDOUT91[m - 1]} de {year}",
            "esf": f"{day:02d}/{m:02d}/{year}",
            "ma": f"{day} {MA_MONTHS_HELDOUT91[m - 1]} {year}",
            "fr": f"{day} {FR_MONTHS_HELDOUT91[m - 1]} {year}",
            "fa": f"{jd} {FA_MONTHS_HELDOUT91[jm - 1]} {jy}".translate(PERSIAN_DIGITS_HELDOUT91),
            "jal": f"{jy}/{jm:02d}/{jd:02d}",
            "jalfa": f"{jy}/{jm:02d}/{jd:02d}".translate(PERSIAN_DIGITS_HELDOUT91),
            "az": f"{day} {AZ_MONTHS_HELDOUT91[m - 1]} {year}",
            "sw": f"{day} {SW_MONTHS_HELDOUT91[m - 1]} {year}",
            "tz": f"{day:02d}-{m:02d}-{year}",
            "en": f"{day} {EN_MONTHS_HELDOUT91[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes this set's forms take."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["esf", "tz", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language or calendar, a form or a
        paste; `chat` as in `ip_sample`."""
        s, junior = self._dob_shapes(), self._dob_shapes(JUNIOR_BIRTH_YEARS_HELDOUT91)
        any_shape = s[self.rng.choice(sorted(s))]
        options = [
            ("la meva padrina va néixer dia {}, ho demana el club per l'assegurança", s["ca"]),
            ("the ringing permit form wants my date of birth, {}", s["en"]),
            ("the junior ringer's date of birth for the insurance is {}", junior["en"]),
            ("khti tzadt f {} w bghat tdkhol l club dyal l'astronomie", s["fr"]),
            ("the meteorite dealer's export form wanted my date of birth, {}", any_shape),
            ("the shenasnameh says {}, the astronomy society wants it on the form", s["jal"]),
            ("mənim doğum tarixim {}, klubun formu üçün lazımdır", s["az"]),
            ("bibi yangu alizaliwa {}, klabu ya ndege inataka kwenye fomu", s["sw"]),
            ("the observatory membership card needs the date of birth, {}", any_shape),
            ("the school bird club wants the kids' dates of birth, mine is {}", junior["tz"]),
            ("Data de naixement: {}", s["esf"]),
            ("Fecha de nacimiento: {}", s["esf"]),
            ("Date de naissance : {}", s["esf"]),
            ("خويا تزاد ف {}", s["ma"]),
            ("تاريخ الازدياد: {}", s["ma"]),
            ("تاریخ تولد: {}", s["jalfa"]),
            ("مادربزرگم متولد {} است", s["fa"]),
            ("Doğum tarixi: {}", s["az"]),
            ("Kuzaliwa: {}", s["tz"]),
            ('    "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT91_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} booked the big telescope at the observatory for saturday night",
        "{} is bringing the dobsonian to the star party, we need the van",
        "can you ask {} if the dome at Costitx is free on the 12th",
        "{} is doing the Messier marathon this weekend, he hasn't slept",
        "{} still has my eyepiece case from the last star party",
        "{} saw a fireball over the Tramuntana last night and filmed it",
        "l'amo en {} lets us put the telescopes in his field at Sineu",
        "madò {} brings ensaïmades to every star party",
        "madona {} keeps the observatory keys when we're away",
        "{} is ringing at the Albufera on sunday at dawn, bring coffee",
        "{} put a ring on a shearwater on Dragonera this morning",
        "{} counted 212 flamingos at ses Salines",
        "{} found a fossil sea urchin in the cliffs near Cap Blanc",
        "{} won the Forteza Prize for her variable star reports",
        "{} found a stone in the hamada near Merzouga, he thinks it's a chondrite",
        "{} is digging trilobites at Alnif all week",
        "{} sold the fragment to a dealer at the Sainte-Marie-aux-Mines show",
        "{} is cutting the meteorite in half to see the inside",
        "ask Lalla {} if the fossil shop is open on friday",
        "take Ba {} with you, he knows every dune of the erg",
        "{} took the trilobites to the workshop in Erfoud to be prepared",
        "{} says it's iron, the magnet sticks to it",
        "{} is sending the sample to the lab for classification",
        "{} walked the hamada for three days and found nothing",
        "{} is polishing orthoceras slabs for the shop",
        "{} xala's seismograph picked up the quake at 3 am",
        "{} dayı put the air sensor on the balcony and the readings are awful",
        "{} əmi drove us up Sahand to watch the meteor shower",
        "{} counted the flamingos at Lake Urmia, only 300 this year",
        "{} is bringing her telescope to Maragheh for the star party",
        "{} sent me the pm2.5 readings, the salt dust from the lake is back",
        "{} nənə asks if the sensor is why the balcony light blinks",
        "{} set up the raspberry shake in the basement",
        "{} reported the tremor on the citizen science app before the news did",
        "so Mwalimu {} runs the bird club at the school in Lushoto",
        "{} saw the Usambara eagle-owl at Magamba last night",
        "{} is counting chameleons for the app this month",
        "{} reads the rain gauge every morning at 9",
        "{} filled in 40 species on the atlas card",
        "{} heard the akalat in the forest above Mlalo",
        "ask Bibi {} about the old weather book, she kept it for 30 years",
        "tell Babu {} the seismograph in the school is working again",
        "{} is taking the school kids to Amani for the bird count",
        "{} photographed a turaco and put it on the app",
        "{} and {} are on the flamingo count together on saturday",
        "{} is the new treasurer of the astronomy club",
        "{} lent me his binoculars for the count",
        "{} calibrated the air sensor against the official station",
        "{} wants the meteorite back if the lab says it's a meteorwrong",
        "{} is giving the talk on variable stars at the club",
        "I'm picking up {} from the airport, she's bringing the new mount",
        "{} can't come to the ringing session, she's working",
        "{} posted the fireball video to the club chat",
        "{} is building an allsky camera out of a raspberry pi",
        "{} bought a trilobite that turned out to be a fake",
        "{} says the light pollution from the new road is terrible",
        "{} will teach the kids to use the binoculars",
        "my cousin {} is sleeping at the observatory tonight",
        "{} is collimating the telescope, don't touch it",
        "{} brought the thermos and the star charts",
        "{} is going birdwatching at dawn, ask him about the count",
        "Observer: {}",
        "Ringer: {}",
        "Leg. {}",
        "Det. {}",
        "Ex coll. {}",
        "Finder: {}",
        "Station operator: {}",
        "Booked by: {}",
        "Sensor owner: {}",
        "Count leader: {}",
        "Main mass holder: {}",
        "Submitted by: {}",
        "Anellador: {}",
        "Observador: {}",
        "Nom i llinatges: {}",
        "Reserva a nom de: {}",
        "Nombre y apellidos: {}",
        "Trouvé par : {}",
        "Inventeur : {}",
        "Vendeur : {}",
        "اسم الباحث: {}",
        "الاسم الكامل: {}",
        "ⵉⵙⵎ: {}",
        "نام و نام خانوادگی: {}",
        "نام رصدگر: {}",
        "دایی {} لرزه\u200cنگار را روی پشت\u200cبام گذاشته",
        "خاله {} هر روز عدد سنسور هوا را می\u200cفرستد",
        "Adı, soyadı: {}",
        "Jina kamili: {}",
        "Jina la mwangalizi: {}",
        "| 3A12345 | Sylvia atricapilla | {} |",
        '"observer": "{}",',
    ],
    "STREET_ADDRESS": [
        "the star party is at {}, park by the gate",
        "send the new rings to {}",
        "the meteorite goes by courier to {}",
        "the seismograph is in the basement at {}",
        "the bird club meets at {} on thursdays",
        "the fossil shop is at {}, next to the petrol station",
        "bring the sensor to {} and I'll flash it",
        "the observatory's postal address is {}",
        "Adreça: {}",
        "Dirección: {}",
        "Adresse : {}",
        "العنوان: {}",
        "نشانی: {}",
        "Ünvan: {}",
        "Anwani: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the count sheets to {}",
        "the observatory bookings go to {}",
        "the lab's classification came from {}",
        "the sensor alerts go to {}",
        "write to {} for the ringing permit",
        "Correu: {}",
        "E-mail : {}",
        "ایمیل: {}",
        "Barua pepe: {}",
        "$mrbs_admin_email = '{}';",
        "SUPER_ADMIN_EMAIL={}",
        "Email: {}",
    ],
    "PHONE_NUMBER": [
        "call the observatory on {} to book",
        "the fossil man's number is {}",
        "his mobile is {}, he's in the desert till friday",
        "the bird club leader is on {}",
        "text me on {} when the dome opens",
        "Telèfon: {}",
        "Téléphone : {}",
        "الهاتف: {}",
        "تلفن: {}",
        "Simu ya mkononi: {}",
        '"phone": "{}",',
        "Tel: {}",
    ],
    "CREDIT_CARD": [
        "I paid the meteorite with {}",
        "the new mount went on {}",
        "the observatory membership is on {}",
        "put the mist nets on {}",
        "the lab fee is on {}",
        "Targeta: {}",
        "Carte : {}",
        "شماره کارت: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send the club fee to {}",
        "the dealer wants the money in {}",
        "pay the lab into {}",
        "the bird club's account is {}",
        "IBAN: {}",
        "IBAN : {}",
        "شماره شبا: {}",
        "رقم الحساب البنكي: {}",
    ],
    "USERNAME": [
        "my ornitho login is {}",
        "on birda she's {}",
        "the opensensemap box belongs to {}",
        "my telescopius account is {}",
        "the shakenet station is registered to {}",
        "the fossilera shop is run by {}",
        "on rubika the meteorite group admin is {}",
        "the eitaa channel for the quakes is {}",
        "on aparat the eclipse video is from {}",
        "on jamiiforums he posts as {}",
        "the bird atlas account is {}",
        "on virgool the seismograph post is by {}",
        'REMOTE_USER="{}"',
        "$db_login = '{}';",
        "  mqtt_username: {}",
        '  "user_custom": "{}",',
        "$auth['admin'][] = '{}';",
        "Login: {}",
    ],
}
HELDOUT91_MIXED = [
    ("Observer: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Anellador: {}, data de naixement: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Finder: {}, born {}, tel. {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("نام و نام خانوادگی: {}، تاریخ تولد: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Jina kamili: {}, kuzaliwa: {}, simu: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Booked by: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("the dealer {} wants it on {} or paid to {}", ["PERSON", "CREDIT_CARD", "IBAN_CODE"]),
    ("{} paid the new mount with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ('REMOTE_HOST="{}"\nREMOTE_USER="{}"\nREMOTE_PASSWORD="{}"', ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("frigate:\n  mqtt_server: {}\n  mqtt_username: {}\n  mqtt_password: {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("$db_host = '{}';\n$db_password = '{}';", ["IP_ADDRESS", "SECRET"]),
    ("the lab is {}, {}, they want the fee paid to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send the club fee to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("my ornitho login is {}, the password is {}", ["USERNAME", "SECRET"]),
    ("Reserva a nom de: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Sensor owner: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the observatory kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is leading the flamingo count", ["PERSON", "EMAIL_ADDRESS"]),
    ("Vendeur : {}, {}, date de naissance : {}", ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]),
    ("Main mass holder: {}, {}, card {}", ["PERSON", "STREET_ADDRESS", "CREDIT_CARD"]),
    ("Adı, soyadı: {}\nDoğum tarixi: {}\nÜnvan: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the ringing permit is for {}, born {}, send it to {}", ["PERSON", "DATE_OF_BIRTH", "EMAIL_ADDRESS"]),
    ("the sensor at {} reports to {}", ["STREET_ADDRESS", "IP_ADDRESS"]),
]  # fmt: skip
HELDOUT91_NEGATIVES = [
    "Costitx is a village in the middle of Mallorca with an observatory",
    "Sineu and Costitx are in the Pla, the flat middle of the island",
    "the Albufera is the big wetland behind the bay of Alcúdia",
    "Dragonera is the island off Sant Elm, the shearwaters nest there",
    "the Carrer de l'Argenteria was the street of the silversmiths in Palma",
    "the Xuetes are Mallorcan families with fifteen old family names",
    "l'amo en means the master of a Mallorcan farm, madona or madò the mistress",
    "a Mallorcan has two family names, the father's first and then the mother's",
    "Pep is what Mallorca calls a José, and Biel a Gabriel",
    "Apol·lònia is written with a middle dot between the two l's",
    "Fuster means carpenter and Pinya a pine cone",
    "the Forteza Prize is the club's prize for variable star observing",
    "07144 is the Costitx postcode",
    "Erfoud, Rissani and Merzouga are towns of the Tafilalt",
    "Alnif is where the trilobite quarries are",
    "the hamada is the stony desert where the meteorites are found",
    "NWA is how the Meteoritical Bulletin names a find from Northwest Africa",
    "Lalla before a woman's name is a Moroccan way of saying lady",
    "Ba before an old man's name means father in the oases",
    "Uccen is how Ouchen is spelt in the Amazigh alphabet's Latin letters, it means jackal",
    "Ouchen Fossiles in Erfoud cuts and polishes trilobites",
    "Hotel Lamrani in Merzouga has a telescope on the roof",
    "52200 is the Erfoud postcode",
    "Tabriz and Urmia are the big cities of Iranian Azerbaijan",
    "Sahand is the mountain south of Tabriz",
    "Maragheh had an observatory in the 13th century",
    "Lake Urmia is drying and the wind blows salt dust over the villages",
    "xala is a mother's sister in Azerbaijani, dayı her brother and əmi a father's brother",
    "Poorabbas and Pourabbas are the same name in two spellings",
    "Aliyari Optik in Tabriz sells telescopes and binoculars",
    "Tabriz postcodes start with 51",
    "Lushoto is in the West Usambara mountains",
    "Magamba forest is above Lushoto",
    "Amani is a nature reserve in the East Usambara",
    "the She at the start of a Shambaa family name means father of",
    "Mwalimu means teacher, Bibi grandmother and Babu grandfather",
    "Shekilango Road is in Sinza, Dar es Salaam",
    "the Shemsanga Cup is the schools' bird race in Lushoto",
    "the Usambara akalat lives only in these mountains",
    "ring 3A12345 was on a blackcap retrapped after four years",
    "permit 2026/117 covers mist netting at the Albufera",
    "the meteorite is listed as NWA 15932 in the bulletin",
    "the quake was magnitude 4.6 at 03:12 local time",
    "the pm2.5 was 187 micrograms today",
    "the Bortle class at the star party site is 3",
    "the GMN camera code is ES000T on the station list",
    "the sensor id on the map is 74123",
    "the dome opens at 21:30 in summer",
    "the observatory is open to visitors on friday nights from 21:00",
    "membership is 40 euros a year, juniors half",
    "a good trilobite sells for 200 dirhams in Erfoud",
    "the star party costs 10 euros a car",
    "the bird club fee is 5,000 shillings a term",
    "the Perseids peak on 12 August",
    "the eclipse on 12 August 2026 is total over Mallorca",
    "the meteorite fell on 18 July 2011 near Tissint",
    "the bird atlas weekend is on 2026-01-17",
    "the flamingo count was on 15/01/2026",
    "Nowruz starts on 1 Farvardin",
    "allsky v2024.12 moved the settings into a json file",
    "RMS runs on a raspberry pi 4 with Python 3",
    "WhosAtMyFeeder reads the events from Frigate over mqtt",
    "MRBS 1.11 needs PHP 7.2 or newer",
    "Epicollect5 projects can be private or public",
    "fixed in commit 9b4e2c1, see the changelog",
    'REMOTE_PASSWORD=""',
    "$db_password = '';",
    "  mqtt_password: changeme",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "ES91 2100 0418 4502 0005 1332 is the example IBAN in the docs",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "write to observer@example.org with the count",
    "192.0.2.91 is a documentation address",
    "198.51.100.91 is a documentation address",
    "2001:db8:91::1 is a documentation address",
    "in Spain and in Tanzania you call 112",
    "in Morocco the ambulance is 15 and the police 19",
    "in Iran the ambulance is 115",
    "clear skies tonight!",
    "the dome is open",
    "any luck in the hamada?",
    "cel serè, anam a mirar estels",
    "hava çox tozludur bu gün",
    "mvua inanyesha Lushoto leo",
    "so many flamingos this year",
]  # fmt: skip


def _typo91(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a word of amateur science's well-known
    misspelling ('meteorite' -> 'meteroite', 'seismograph' -> 'siesmograph', 'trilobite' -> 'trilobyte',
    'eyepiece' -> 'eyepeice', 'equatorial' -> 'equitorial'), or the hobbies' slang creeping into chat
    ('telescope' -> 'scope', 'binoculars' -> 'binos', 'light pollution' -> 'LP', 'earthquake' -> 'quake',
    'meteorite' -> 'met'). Only in sentences typed to the bot or a friend; a title next to a name stays as
    written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT91.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT91[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT91.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT91[m.group(1)] + template[m.end() :]


def build_heldout91(seed: int = HELDOUT91_SEED) -> list[Example]:
    """Held-out set 91: `Gen91` values in `HELDOUT91_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen91(seed)
    return assemble_module_set(
        gen, HELDOUT91_TEMPLATES, HELDOUT91_MIXED, HELDOUT91_NEGATIVES, _typo91, person=gen.person_for
    )
