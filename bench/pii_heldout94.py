"""Held-out PII set 94 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout94": written before round 57 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT94 is empty, as for
held-out 16 to 92; written at the same time as held-out 93, the two authors split the world between them: 94
takes hospital stays seen by families (visiting hours and wards, the parking permit, discharge letters,
patient portals, the hospital chaplain, bringing clothes and food, the bill or the insurance claim) among
peoples of Europe, Africa and the Middle East, 93 takes village festivals and processions among those of
Asia east of Iran, the Americas and Oceania); hand-written lists of the Danish minority of South Schleswig
(Sydslesvig), in Flensburg, Schleswig, Husum and Eckernförde (the Danish nurse of the minority's own health
service, Dansk Sundhedstjeneste, the Danish church's pastor at the bedside, the Diako in Flensburg and the
hospital across the border in Aabenraa, the rugbrød and the frikadeller brought in; Danish given names
('Søren', 'Jørgen', 'Sønke', 'Holger', 'Gunhild', 'Dorthe', 'Birgitte'), family names in -sen ('Nissen',
'Lorenzen', 'Carstensen', 'Ingwersen', 'Thøgersen') and some that are also a word or a company ('Skov',
'Bonde', 'Møller'), the mellemnavn, another family's name between the given and the last one without a
hyphen ('Mette Skov Petersen'), the Danish letters as a German form writes them ('Sören Thögersen') and as
they are typed where only ASCII goes in ('Soeren Thoegersen'), and 'morfar', 'mormor', 'farfar' and
'farmor' (the mother's and the father's parents) before a given name and 'pastor' before a family name,
outside the span), the Riffians (Imazighen of the Rif) of Al Hoceima, Nador and Driouch and their families
in Rotterdam, Brussels and Antwerp (the whole family at the bedside, the harira and the couscous brought in,
the fqih who reads Yasin by the bed, the mutuelle, the zorgverzekeraar and its eigen risico, the Maasstad
and Saint-Pierre; Riffian given names ('Mimoun', 'Mohand', 'Boujemaa', 'Hmidou', 'Mimount', 'Tamimount',
'Thraya'), family names after a Rif tribe or town ('El Temsamani', 'Tafersiti', 'El Kebdani', 'El
Ouariachi', 'Bouhaddouch') and some that are also a word ('Amghar', an elder, 'Aarab'), the name in Tifinagh
('ⵎⵉⵎⵓⵏ ⵜⴰⴼⵔⵙⵉⵜⵉ'), the name in Arabic script as a Moroccan hospital's file writes it ('محند الحمداوي'), the
Arabic article apart, joined or hyphenated as each register took it down ('El Temsamani', 'Eltemsamani',
'El-Kebdani'), and 'Lalla' and 'mourchida' (a woman trained to guide in faith) before a woman's and 'fqih'
before a man's given name, outside the span), the Krobo (Dangme) of Odumase, Somanya, Agomanya and Kpong in
Ghana's Eastern Region (the mission hospital in Agomanya and the government one in Atua, the NHIS card and
the folder fee at the records office, the drugs bought outside, the relatives who cook fufu and light soup
for the patient and sleep on the bench outside the ward; church given names ('Gideon', 'Prosper', 'Bismark',
'Theophilus', 'Gifty', 'Rejoice', 'Perpetual'), Dangme family names ('Narh', 'Kabutey', 'Odonkor', 'Angmor',
'Dugbatey', 'Nuertey') and some that are also a Dangme given name ('Teye', 'Kwao', 'Padi'), the church name,
the Dangme name and the family's ('Seth Kwao Narh', 'Gifty Kuorkor Teye'), the Dangme name alone
('Korkor'), a Ghanaian form's 'Other names:' and 'Surname:' apart ('Gifty Korkor', 'ODONKOR'), and 'Nene'
(a chief) and 'Manye' (a queen mother) before a full name and 'Osofo' (a pastor, the hospital's chaplain)
before a family name, outside the span) and the Arabic-speaking Antakyans of Antakya, Samandağ, Harbiye and
Altınözü in Hatay, Alawite and Orthodox (the refakatçi who sleeps in the patient's room, e-Nabız and MHRS,
the epikriz, the katkı payı at the cashier, the künefe for the nurses, the zahter and olives from Samandağ;
Arabic given names in their Turkish spelling ('Haydar', 'Cemil', 'Corc', 'Mişel', 'İlyas', 'Nezihe',
'Vedia'), surnames taken under the 1934 law ('Nasıroğlu', 'Haydaroğlu', 'Kuseyri', 'Arsuzlu', 'Halepli') and
some that are also a word, a company or a given name ('Şeker', 'Sabuncu', 'Künefeci', 'Asi', 'Defne'), an
identity card's or a hospital printout's Turkish capitals with the dotted İ ('CEMİL HAYDAROĞLU'), a Turkish
form's father's given name alone ('Baba Adı: NİDAL'), the name typed without Turkish letters ('Lamia
Nasiroglu'), the given name in Arabic script as the family writes it at home ('جميل'), and 'Şeyh' (an
Alawite religious elder) before a man's full name and 'ağabey' (elder brother) after a man's given name,
outside the span); names on a hospital's, a ward's, an insurer's and a car park's papers, in English
('Patient:', 'Next of kin:', 'Visitor:', 'Discharge letter for:', 'Parking permit holder:', 'Policyholder:',
'Chaplaincy visit requested for:', 'Meal order, bed 12:', 'Folder name:', a ward board's '| Bed 4 |'),
German ('Name des Patienten:', 'Besucher:', 'Parkausweis für:', 'Angehörige:'), Danish ('Pårørende:',
'Kontaktperson:'), Dutch ('Naam patiënt:', 'Contactpersoon:'), French ('Nom du patient :', 'Personne de
contact :'), Tamazight in Tifinagh ('ⵉⵙⵎ:'), Arabic ('اسم المريض:', 'المرافق:') and Turkish ('Hasta Adı
Soyadı:', 'Refakatçi:', 'Ziyaretçi:', 'Baba Adı:'); a medical-supply shop, a drug store, a taxi firm, a
künefe shop and a nursing prize that carry a family name ('Sanitätshaus Carstensen', 'Odonkor Chemists',
'Taxi Azzouzi', 'Sabuncu Künefe', 'the Lorenzen prize') no person either, a ward's, a room's, a bed's, a
permit's, a folder's, a claim's and a case's number no secret; over three quarters of the sentences typed
to the bot or a friend: the move to ward 7, the visiting hours that changed, the clean pyjamas, the
discharge letter the pharmacy doesn't accept, the parking permit for the week, the night shift in the
waiting room, the consultant's round, the chaplain who prays with grandpa, the patient portal's results,
the receipts for the claim, nil by mouth before the operation, the hearing aid left at home, intensive care,
physiotherapy, the consent form, only one relative allowed to stay; self-hosted apps' config no earlier
set pasted: DAViCal's config.php with its pg_connect line and admin_email for the family's visiting
calendar, PrivateBin's conf.php with its database dsn, usr and pwd for sending the discharge letter to the
siblings, Etebase's etebase-server.ini with its [allowed_hosts] and [database] for the encrypted calendar,
flatnotes' .env with FLATNOTES_USERNAME, FLATNOTES_PASSWORD, FLATNOTES_SECRET_KEY and FLATNOTES_TOTP_KEY for
the notes from the ward rounds and SilverBullet's SB_USER with its user and password joined by a colon;
those regions' addresses (Flensburg's 'Norderstraße 76, 24939 Flensburg', the minority's Danish name for it
('Nørregade 76, 24939 Flensborg'), a German label in capitals ('FRIESISCHE STR. 21, 24937 FLENSBURG'),
Schleswig's 'Lollfuß', Husum's and Eckernförde's, Aabenraa's 'Storegade 12, 6200 Aabenraa', Al Hoceima's
'Hay Mirador, Rue 12, N° 34, 32000 Al Hoceima' and the same in Arabic script ('حي ميرادور، زنقة 12، رقم 34،
الحسيمة'), Nador's 'Quartier Laari Cheikh, ..., 62000 Nador', Rotterdam's '3022 RW Rotterdam', Molenbeek's
'1080 Molenbeek-Saint-Jean' and a Belgian label with its box number ('RUE RANSFORT 12 BTE 3, 1080
MOLENBEEK-SAINT-JEAN'), Borgerhout's, a Krobo house number, box and care-of ('H/No. 32, Kpong Road,
Odumase-Krobo', 'P. O. Box 153, Somanya, E/R', 'C/O Presby Church, P. O. Box 50, Somanya, Eastern
Region'), Antakya's 'Kurtuluş Cad. No: 38 D: 2, 31050 Antakya/Hatay', Samandağ's 'Çevlik Mah. 12. Sok. No:
40, 31800 Samandağ/Hatay', Harbiye's and a Turkish label in capitals ('KURTULUŞ CAD. NO: 45 D: 3 31030
ANTAKYA/HATAY')) and phones (Flensburg's '0461', Schleswig's '04621', Husum's '04841', German mobiles '015x'
and '+49 17x', Aabenraa's '+45 74' and Danish mobiles '+45 2x', Al Hoceima's '0539 98', Nador's '0536 60',
Moroccan mobiles '06' and '+212 6', Rotterdam's '010-', Dutch mobiles '06-' and '+31 6', Brussels' '02',
Belgian mobiles '+32 4xx', Ghanaian mobiles '024', '054', '020' with spaces or dashes and '+233', Antakya's
'0 (326) 2', Samandağ's '0326 51', Turkish mobiles '05xx' and '+90 5xx'); Visa and Visa/Dankort 4571,
Mastercard 51-55 and 2-series, Amex 34 and 37 in 4-6-5 and Troy 9792 as a pharmacy, a private room, a
parking permit, a tv card or a hospital bill takes them; IBANs of Germany, Denmark, the Netherlands,
Belgium, Turkey and, as Ghana has none, of Italy, where a Krobo cousin in Vicenza pays from; IPs of the
bedside tv terminal, the family room's wifi, the car park's barrier camera, the guest wifi's login page, a
pill dispenser, a home oxygen concentrator's modem, a blood pressure hub, a fall alarm's base station, the
neonatal unit's camera, a hearing aid's streamer and the pastes above, v6 in 2a00:6020:, 2a02:a210:,
2c0f:f7a8: and 2a02:4e0: ranges; passwords handed over in ways no earlier set used (on the back of the
discharge letter, on the back of the meal menu, on the lid of the food container brought in, in the bag with
the clean pyjamas, on the back of the chaplain's prayer card, on the visitor sticker from the desk, inside
the slipper box, on a plaster cast, on the back of the claim envelope, inside a hearing aid's case, on the
back of the parking permit, on a hand in the nurse's pen), South Schleswig ('Flensborg24937',
'Duborg!1920'), the Rif ('Lhusima32000', 'Imzouren#0539'), the Krobo towns ('Odumase2024!', 'Agomanya@024'),
Hatay ('Samandag31800', 'Asi!31'), hospital words in leetspeak ('h0$p174l', 'd1$ch4rg3', 'ch4pl41n'), a room
and a bed ('Room214-Bed2'), and cues in Danish ('koden er ..., sig den ikke til nogen'), Dutch with the
Moroccan Dutch 'wallah' ('het wachtwoord is ..., wallah aan niemand geven'), Moroccan Darija in Latin letters
and digits ('lcode dyal portail howa ..., ma t3tih l 7ta wa7d'), Brussels French ('le code c'est ..., tu le
donnes à personne hein'), Ghanaian Pidgin ('the password be ..., no give am anybody') and Ghanaian English
with its 'oo' ('the password is ... oo, don't give it to anybody'), Turkish ('şifre ..., kimseye verme'),
Antakya's Arabic in Arabic script ('كلمة السر ... لا تعطيها لحدا') and in Turkish letters ('şifre ..., ma
ta'tiya la hada'); usernames on CaringBridge, Meal Train, Lotsa Helping Hands, GoFundMe, Leetchi, Fonzip,
Doctolib, Jameda, Doktortakvimi, EasyPark, Yellowbrick and flatnotes and in the pastes, shapes like
'x.getwellsoon', 'bed9.x', 'x_ward5', 'visits.x', 'teamx.recovery', 'x4mormor', 'x.bezoek', 'x_krobo79' and
'xy_31' with Hatay's number plate; dates of birth for a wristband, a Krankenkasse, a mutuelle, a folder, an
NHIS renewal, MHRS, a neonatal unit and a FHIR export, in the Danish hand's '14/3-1958' and Danish words
('14. marts 1958'), a German form's '14.03.1958', Dutch words ('14 maart 1958') and a Dutch register's
'14-03-1958' with the day or the month never known written as zeros ('00-00-1951', '00-03-1951'), Belgian
French '14/03/1958', Moroccan Arabic with the months from French ('14 مارس 1958') and its 'ازدياد' for
birth, Ghanaian English with an ordinal and a comma ('14th March, 1958') and a hospital system's
'14-Mar-1958', Turkish ('14 Mart 1958'), Antakya's Arabic with the Syriac month names ('14 آذار 1958') and
the same in Eastern Arabic digits ('١٤ آذار ١٩٥٨'), and a paste's ISO date, a baby's now and then, all drawn
between fixed years from the set's own rng so the set builds the same on any day; typos as relatives type
on a phone in a waiting room: a hospital word's well-known misspelling ('prescription' -> 'perscription',
'medicine' -> 'medecine', 'ambulance' -> 'ambulence', 'chaplain' -> 'chaplin', 'visiting' -> 'visting',
'hospital' -> 'hospitel'), or the ward's and the families' shorthand creeping into chat ('intensive care' ->
'ICU', 'physiotherapy' -> 'physio', 'appointment' -> 'appt', 'prescription' -> 'script', 'nil by mouth' ->
'NBM', 'discharge letter' -> 'd/c letter'); negatives with the same regions' places, the titles and the
name forms explained, ward, room, bed, permit, folder, claim and case numbers alone, visiting and opening
hours, parking fees, the eigen risico and the katkı payı, dates that are no birthdays (an admission's, an
operation's, a discharge's, a follow-up's), postcodes and a number plate alone, businesses and a prize named
after families, versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a
placeholder e-mail, documentation IPs (v4 and v6), emergency numbers every user shares (112, 116117, 15,
193), and short everyday chat and get-well wishes; no public figure is named).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import calendar
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

HELDOUT94_SEED = 9483361
# no faker name locale, as in held-out 16 to 92: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT94: list[str] = []
# hospital stays seen by families (held-out 93, written at the same time, takes village festivals and
# processions); each origin: (men's given names, women's given names, family names); ';' separates names, as
# some hold a space
NAMES_HELDOUT94: dict[str, tuple[list[str], list[str], list[str]]] = {
    # the Danish minority of South Schleswig (Sydslesvig), in Flensburg, Schleswig, Husum and Eckernförde: the
    # Danish nurse of the minority's own health service, the Danish church's pastor at the bedside, the
    # hospital across the border in Aabenraa; the family names in -sen and some that are also a word or a
    # company ('Skov' a wood, 'Bonde' a farmer, 'Møller' a miller and a shipping company)
    "sydslesvig": ("Søren;Jørgen;Kaj;Mads;Morten;Sønke;Holger;Flemming;Palle;Jesper".split(";"),
                   "Mette;Lene;Signe;Gunhild;Dorthe;Birgitte;Merete;Tove;Gitte".split(";"),
                   "Hansen;Jensen;Petersen;Nissen;Lorenzen;Carstensen;Ingwersen;Jessen;Thøgersen;Sørensen;Skov;Bonde;Møller".split(";")),
    # Riffians (Imazighen of the Rif) of Al Hoceima, Nador and Driouch and their families in Rotterdam,
    # Brussels and Antwerp: the whole family at the bedside, the harira and the couscous brought in, the fqih
    # who reads by the bed, the mutuelle and the zorgverzekeraar; family names after a Rif tribe or town
    # ('El Temsamani', 'Tafersiti', 'El Kebdani', 'El Ouariachi') and some that are also a word ('Amghar' an elder,
    # 'Aarab')
    "rif": ("Mimoun;Mohand;Boujemaa;Driss;Yassin;Ayad;Hmidou;Abdelhak;Abdelaziz;Allal".split(";"),
            "Mimount;Tamimount;Thraya;Zoulikha;Saloua;Fadela;Naima;Hafida;Fatiha;Souad".split(";"),
            "El Temsamani;Tafersiti;El Kebdani;El Ouariachi;Azzouzi;Boulahya;El Hamdaoui;Bouzamour;Aznag;Amghar;Aarab;Bouhaddouch;Mimouni".split(";")),
    # Krobo (Dangme) of Odumase, Somanya, Agomanya and Kpong in Ghana's Eastern Region: the mission hospital
    # in Agomanya and the government one in Atua, the NHIS card and the folder, the relatives who cook for the
    # patient and sleep on the benches outside the ward; church given names and Dangme family names, some
    # also a Dangme given name ('Teye', 'Kwao', 'Padi')
    "krobo": ("Gideon;Prosper;Bismark;Seth;Enoch;Nehemiah;Isaiah;Theophilus;Godfred".split(";"),
              "Gifty;Rejoice;Perpetual;Millicent;Mavis;Beatrice;Juliet;Cynthia".split(";"),
              "Narh;Kabutey;Odonkor;Lawer;Angmor;Djaba;Dugbatey;Nuertey;Teye;Kwao;Padi".split(";")),
    # Arabic-speaking Antakyans of Antakya, Samandağ, Harbiye and Altınözü in Hatay, Alawite and Orthodox: the
    # refakatçi who sleeps in the patient's room, e-Nabız and MHRS, the epikriz, the künefe for the nurses;
    # Arabic given names in their Turkish spelling and surnames taken under the 1934 law, some also a word, a
    # company or a given name ('Şeker' sugar and a bank, 'Sabuncu' a soap-maker, 'Asi' the river, 'Defne')
    "antakya": ("Haydar;Cemil;Fuat;Corc;Mişel;Nidal;Hikmet;İlyas;Salih;Yakup".split(";"),
                "Leyla;Meryem;Hediye;Semira;Nezihe;Vedia;Lamia;Hind;Rabia".split(";"),
                "Şeker;Sabuncu;Künefeci;Defne;Tahan;Asi;Nasıroğlu;Haydaroğlu;Kuseyri;Arsuzlu;Zeytinci;Halepli".split(";")),
}  # fmt: skip
# the Krobo's Dangme names beside the church one, given at the outdooring (some are family names as well)
DANGME_HELDOUT94 = {
    False: ["Kwao", "Teye", "Padi", "Kabu", "Nartey"],
    True: ["Dede", "Korkor", "Mamle", "Kuorkor"],
}
# the Riffian names as a Tamazight speaker spells them, letter by letter, for Tifinagh (IRCAM's alphabet):
# 'H' for ḥ, 'E' for ɛ (ayin), 'G' for ɣ, 'D' for ḍ, 'x' for kh, 'c' for sh; the Arabic article is dropped
RIF_SOUNDS_HELDOUT94 = {
    "Mimoun": "mimun", "Mohand": "muHnd", "Boujemaa": "bujmEa", "Driss": "driss", "Yassin": "yasin",
    "Ayad": "Eyyad", "Hmidou": "Hmidu", "Abdelhak": "EbdlHq", "Abdelaziz": "EbdlEziz", "Allal": "Ellal",
    "Mimount": "mimunt", "Tamimount": "tamimunt", "Thraya": "trya", "Zoulikha": "zulixa", "Saloua": "salwa",
    "Fadela": "fDila", "Naima": "nEima", "Hafida": "HfiDa", "Fatiha": "fatiHa", "Souad": "suEad",
    "El Temsamani": "tmsamani", "Tafersiti": "tafrsiti", "El Kebdani": "kbdani", "El Ouariachi": "waryaci",
    "Azzouzi": "Ezzuzi", "Boulahya": "bulHya", "El Hamdaoui": "Hmdawi", "Bouzamour": "buzamur",
    "Aznag": "aznag", "Amghar": "amGar", "Aarab": "Erab", "Bouhaddouch": "buHdduc", "Mimouni": "mimuni",
}  # fmt: skip
TIFINAGH_LETTERS_HELDOUT94 = {
    "a": "\u2d30", "b": "\u2d31", "g": "\u2d33", "d": "\u2d37", "D": "\u2d39", "e": "\u2d3b", "f": "\u2d3c",
    "k": "\u2d3d", "h": "\u2d40", "H": "\u2d43", "E": "\u2d44", "x": "\u2d45", "q": "\u2d47", "i": "\u2d49",
    "j": "\u2d4a", "l": "\u2d4d", "m": "\u2d4e", "n": "\u2d4f", "u": "\u2d53", "r": "\u2d54", "G": "\u2d56",
    "s": "\u2d59", "S": "\u2d5a", "c": "\u2d5b", "t": "\u2d5c", "T": "\u2d5f", "w": "\u2d61", "y": "\u2d62",
    "z": "\u2d63",
}  # fmt: skip
# the Riffian names in Arabic script, as a Moroccan hospital's file or the family's chat writes them
ARABIC_RIF_HELDOUT94 = {
    "Mimoun": "ميمون", "Mohand": "محند", "Boujemaa": "بوجمعة", "Driss": "إدريس", "Yassin": "ياسين",
    "Ayad": "عياد", "Hmidou": "حميدو", "Abdelhak": "عبد الحق", "Abdelaziz": "عبد العزيز", "Allal": "علال",
    "Mimount": "ميمونت", "Tamimount": "تميمونت", "Thraya": "ثريا", "Zoulikha": "زليخة", "Saloua": "سلوى",
    "Fadela": "فضيلة", "Naima": "نعيمة", "Hafida": "حفيظة", "Fatiha": "فتيحة", "Souad": "سعاد",
    "El Temsamani": "التمسماني", "Tafersiti": "التفرسيتي", "El Kebdani": "الكبداني", "El Ouariachi": "الورياشي",
    "Azzouzi": "العزوزي", "Boulahya": "بولحية", "El Hamdaoui": "الحمداوي", "Bouzamour": "بوزمور",
    "Aznag": "أزناك", "Amghar": "أمغار", "Aarab": "أعراب", "Bouhaddouch": "بوحدوش", "Mimouni": "الميموني",
}  # fmt: skip
# the Antakyans' given names in Arabic script, as the family says and writes them at home
ARABIC_ANTAKYA_HELDOUT94 = {
    "Haydar": "حيدر", "Cemil": "جميل", "Fuat": "فؤاد", "Corc": "جورج", "Mişel": "ميشيل", "Nidal": "نضال",
    "Hikmet": "حكمت", "İlyas": "إلياس", "Salih": "صالح", "Yakup": "يعقوب", "Leyla": "ليلى", "Meryem": "مريم",
    "Hediye": "هدية", "Semira": "سميرة", "Nezihe": "نزيهة", "Vedia": "وديعة", "Lamia": "لمياء", "Hind": "هند",
    "Rabia": "رابعة",
}  # fmt: skip
# a title next to the name (outside the span): the origin, whether a woman (None: either), the part of the
# name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT94: dict[str, tuple[str, bool | None, str, bool]] = {
    "morfar": ("sydslesvig", False, "given", False),  # the mother's father
    "mormor": ("sydslesvig", True, "given", False),  # the mother's mother
    "farfar": ("sydslesvig", False, "given", False),  # the father's father
    "farmor": ("sydslesvig", True, "given", False),  # the father's mother
    "pastor": ("sydslesvig", None, "family", False),  # a Danish church's priest, by the family name
    "lalla": ("rif", True, "given", False),  # 'lady', to an older woman
    "fqih": ("rif", False, "given", False),  # the mosque's Quran teacher, who reads by the bed
    "mourchida": ("rif", True, "given", False),  # a woman trained to guide and counsel in faith
    "nene": ("krobo", False, "full", False),  # a Krobo chief
    "manye": ("krobo", True, "full", False),  # a Krobo queen mother
    "osofo": ("krobo", None, "family", False),  # a pastor or a hospital chaplain
    "şeyh": ("antakya", False, "full", False),  # an Alawite religious elder
    "ağabey": ("antakya", False, "given", True),  # 'elder brother', after a man's given name
}
TITLE_SLOT_HELDOUT94 = re.compile(
    r"(?<![\w'.-])(Morfar|Mormor|Farfar|Farmor|Pastor|Lalla|Fqih|Mourchida|Nene|Manye|Osofo|Şeyh) \{\}"
    r"|\{\} (ağabey)(?![\w'])",
    re.IGNORECASE,
)
# IBANs of this set's people: Germany and Denmark for South Schleswig, the Netherlands and Belgium for the
# Riffians' families, Italy for a Krobo cousin in Vicenza (Ghana has none) and Turkey for Hatay
IBAN_SHAPES_HELDOUT94 = {
    "DE": "18n",
    "DK": "14n",
    "NL": "4a10n",
    "BE": "12n",
    "IT": "1a10n12c",
    "TR": "5n1n16n",
}
# everyday subjects of this set by origin, used in e-mail addresses
SUBJECTS_HELDOUT94 = {
    "sydslesvig": ["flensborg", "sydslesvig", "husum", "pleje", "besog"],
    "rif": ["rif", "nador", "lhusima", "bezoek", "ziekenhuis"],
    "krobo": ["krobo", "somanya", "agomanya", "odumase", "ward"],
    "antakya": ["antakya", "samandag", "harbiye", "kunefe", "refakat"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT94 = {
    "sydslesvig": ["gmx.de", "web.de", "t-online.de", "mail.dk"],
    "rif": ["hotmail.nl", "ziggo.nl", "telenet.be", "skynet.be", "menara.ma"],
    "krobo": ["yahoo.com", "ug.edu.gh", "knust.edu.gh"],
    "antakya": ["hotmail.com", "ttmail.com", "yandex.com"],
}
# the templates that belong to one origin's hospitals, habits or papers, or are written in its script (first
# match wins: the Levantine Arabic of Antakya before the Moroccan forms' Arabic)
ORIGIN_CUES_HELDOUT94: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)şeyh|ağabey|refakat|künefe|mhrs|e-nabız|epikriz|antakya|samandağ|harbiye|zahter|katkı|"
                r"hasta adı|ziyaretçi|sigortalı|baba adı|adı soyadı|ستي|رح "), "antakya"),
    (re.compile(r"(?i)morfar|mormor|farfar|farmor|pastor|danish|diako|aabenraa|sundhedstjeneste|frikadeller|"
                r"rugbrød|pårørende|kontaktperson|navn:|angehörige|besucher|parkausweis|versicherte|"
                r"name des|flensburg|husum"), "sydslesvig"),
    (re.compile(r"(?i)lalla|fqih|mourchida|harira|couscous|al hoceima|nador|saint-pierre|maasstad|mutuelle|"
                r"ziekenhuis|naam patiënt|contactpersoon|bezoeker|verzekerde|nom du patient|personne de contact|titulaire|"
                r"[\u2d30-\u2d7f]|[\u0600-\u06ff]"), "rif"),
    (re.compile(r"(?i)\bnene\b|manye|osofo|nhis|folder|atua|agomanya|somanya|banku|fufu|light soup|"
                r"other names|surname|bench outside|kpong"), "krobo"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT94: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|mormor|farmor|lalla|mourchida|manye|his wife|pregnant|maternity|"
                r"birthday girl|her husband|تنام|جات"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|morfar|farfar|fqih|\bnene\b|şeyh|ağabey|baba adı|her son\b"), False),
]  # fmt: skip
# a hospital word and its well-known misspelling
MISSPELT_HELDOUT94 = {
    "prescription": "perscription", "medicine": "medecine", "surgery": "surgury", "ambulance": "ambulence",
    "insurance": "insurence", "receipt": "reciept", "temperature": "temprature", "anaesthetic": "anasthetic",
    "pneumonia": "neumonia", "stomach": "stomache", "chaplain": "chaplin", "operation": "opperation",
    "visiting": "visting", "necessary": "neccessary", "definitely": "definately", "tomorrow": "tommorow",
    "pyjamas": "pijamas", "hospital": "hospitel",
}  # fmt: skip
MISSPELT_WORD_HELDOUT94 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT94, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# the ward's and the families' shorthand creeping into chat
SHORTHAND_HELDOUT94 = {
    "intensive care": "ICU", "physiotherapy": "physio", "operation": "op", "appointment": "appt",
    "prescription": "script", "medication": "meds", "blood pressure": "BP", "tomorrow": "tmrw",
    "hospital": "hosp", "doctor": "doc", "nil by mouth": "NBM", "discharge letter": "d/c letter",
    "accident and emergency": "A&E", "information": "info", "consultant": "cons",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT94 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT94, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# month names: Danish, Dutch, Turkish, Moroccan Arabic (from the French ones), Levantine Arabic (the Syriac
# ones Antakya's Arabic shares with Syria) and English
DA_MONTHS_HELDOUT94 = (
    "januar februar marts april maj juni juli august september oktober november december".split()
)
NL_MONTHS_HELDOUT94 = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)
TR_MONTHS_HELDOUT94 = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
MA_MONTHS_HELDOUT94 = "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر".split()
LEVANT_MONTHS_HELDOUT94 = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
    "تشرين الثاني", "كانون الأول",
]  # fmt: skip
EN_MONTHS_HELDOUT94 = (
    "January February March April May June July August September October November December".split()
)
EASTERN_DIGITS_HELDOUT94 = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Şeker' -> 'Seker', 'Künefeci' -> 'Kunefeci')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('El Ouariachi' ->
    'elouariachi', 'Thøgersen' -> 'thogersen', 'Nasıroğlu' -> 'nasiroglu')."""
    folded = _fold(name).replace("ø", "o").replace("Ø", "O").replace("ı", "i")
    return re.sub(r"[^a-z0-9]", "", _ascii_name(folded).lower())


def _germanised(name: str) -> str:
    """A Danish name as a German form writes it, the Danish letters swapped for German ones ('Søren
    Thøgersen' -> 'Sören Thögersen', 'Sønke Møller' -> 'Sönke Möller')."""
    return name.translate(str.maketrans({"ø": "ö", "Ø": "Ö", "æ": "ä", "Æ": "Ä", "å": "aa", "Å": "Aa"}))


def _danish_ascii(name: str) -> str:
    """A Danish name typed where only ASCII goes in ('Søren Thøgersen' -> 'Soeren Thoegersen')."""
    return name.translate(str.maketrans({"ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa"}))


def _tifinagh(*words: str) -> str:
    """A Riffian name in Tifinagh, each of its names after RIF_SOUNDS_HELDOUT94 ('Mimoun', 'Aznag' -> 'ⵎⵉⵎⵓⵏ
    ⴰⵣⵏⴰⴳ'; 'El Ouariachi' loses its Arabic article: 'ⵡⴰⵔⵢⴰⵛⵉ')."""
    return " ".join("".join(TIFINAGH_LETTERS_HELDOUT94[c] for c in RIF_SOUNDS_HELDOUT94[w]) for w in words)


def _article_forms(last: str) -> list[str]:
    """The ways registers took down a Riffian family name with the Arabic article: apart, joined or
    hyphenated ('El Ouariachi', 'Elouariachi', 'El-Ouariachi'); a name without it stays as it is."""
    if not last.startswith("El "):
        return [last]
    rest = last[3:]
    return [last, f"El{rest.lower()}", f"El-{rest}"]


def _tr_upper(text: str) -> str:
    """Turkish capitals, as an identity card or a hospital's printout writes a name: 'i' becomes the dotted
    'İ' and 'ı' the dotless 'I' ('Cemil Nasıroğlu' -> 'CEMİL NASIROĞLU')."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def _ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 13 -> '13th', 22 -> '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Gen94(Gen3):
    """Generators for held-out set 94: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT94."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT94))
        men, women, lasts = NAMES_HELDOUT94[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'german', 'ascii', 'tifinagh', 'arabic' or
        'turkish' where the template is a German form, a paste, or written in that script or language,
        `chat` where it is typed to the bot or a friend."""
        rng = self.rng
        r = rng.random()
        if origin == "sydslesvig":
            name = f"{first} {last}"
            if r < 0.3:  # the mellemnavn, another family's name before the last one: 'Mette Skov Petersen'
                middle = rng.choice([x for x in NAMES_HELDOUT94["sydslesvig"][2] if x != last])
                name = f"{first} {middle} {last}"
            if script == "german":
                return _germanised(name)  # 'Sören Thögersen'
            if script == "ascii" or (chat and rng.random() < 0.2):
                return _danish_ascii(name)  # 'Soeren Thoegersen'
            return name
        if origin == "rif":
            if script == "tifinagh" or (chat and not script and r < 0.2):  # 'ⵎⵉⵎⵓⵏ ⵜⵎⵙⴰⵎⴰⵏⵉ'
                return _tifinagh(first, last)
            if script == "arabic":
                return f"{ARABIC_RIF_HELDOUT94[first]} {ARABIC_RIF_HELDOUT94[last]}"
            return f"{first} {rng.choice(_article_forms(last))}"
        if origin == "krobo":
            own = rng.choice([x for x in DANGME_HELDOUT94[woman] if x != last])
            if r < 0.4:  # the church name, the Dangme name and the family's: 'Prosper Kwao Odonkor'
                return f"{first} {own} {last}"
            return f"{first} {last}"
        if origin == "antakya":
            if script == "arabic":  # the given name the family says, in Arabic script: 'جميل'
                return ARABIC_ANTAKYA_HELDOUT94[first]
            if script == "turkish" and r < 0.7:  # an identity card's capitals: 'CEMİL NASIROĞLU'
                return _tr_upper(f"{first} {last}")
            if script == "ascii" or (chat and r < 0.15):  # typed without Turkish letters: 'Cemil Nasiroglu'
                return _fold(f"{first} {last}").replace("ı", "i")
        return f"{first} {last}"

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if r < (0.7 if chat else 0.85) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.9:
            name = first
            if origin == "krobo" and rng.random() < 0.4:  # the Dangme name alone: 'Korkor'
                name = rng.choice(DANGME_HELDOUT94[woman])
            if origin == "sydslesvig" and rng.random() < 0.3:
                name = _danish_ascii(first)  # 'Soeren'
        else:
            name = rng.choice(_article_forms(last)) if origin == "rif" else last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        upper = _tr_upper(name) if origin == "antakya" else name.upper()
        if c < 0.08 and len(upper) == len(name):
            return upper
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('morfar Holger', 'mormor Gunhild', 'pastor Nissen', 'Lalla
        Thraya', 'fqih Mimoun', 'mourchida Naima', 'Nene Narh Kabutey'... , 'Osofo Odonkor', 'Şeyh Haydar
        Kuseyri', 'Cemil ağabey'), from the origin that uses it."""
        origin, woman, part, _ = TITLED_HELDOUT94[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            return first
        if part == "family":
            return last
        if origin == "krobo" and self.rng.random() < 0.5:  # a chief's or a queen mother's name of two words
            return f"{self.rng.choice([x for x in DANGME_HELDOUT94[woman] if x != last])} {last}"
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose hospital, habit or paper the template names, in the script or the form the template
        is written in."""
        m = TITLE_SLOT_HELDOUT94.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        rng = self.rng
        if template.startswith("Other names:"):  # a Ghanaian form's given names: 'Gifty Korkor'
            _, first, last, woman = self._origin_name("krobo")
            return f"{first} {rng.choice(DANGME_HELDOUT94[woman])}"
        if template.startswith("Surname:"):  # and its family name, in capitals: 'ODONKOR'
            return self._origin_name("krobo")[2].upper()
        if template.startswith("Baba Adı:"):  # a Turkish form's father's given name: 'HAYDAR'
            return _tr_upper(self._origin_name("antakya", False)[1])
        script = ""
        if re.search(r"[\u2d30-\u2d7f]", template):
            script = "tifinagh"
        elif re.search(r"[\u0600-\u06ff]", template):
            script = "arabic"
        elif re.search(r"Hasta Adı|Refakatçi|Ziyaretçi|Sigortalı|Adı Soyadı", template):
            script = "turkish"
        elif re.search(r"Name des|Besucher|Parkausweis|Versicherte|Angehörige", template):
            script = "german"
        elif template.startswith('"') or template.startswith("- name"):
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT94 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT94 if cue.search(template)), None)
        if script in ("tifinagh", "arabic") and origin not in ("rif", "antakya"):
            origin = "rif"
        origin = {"german": "sydslesvig", "turkish": "antakya"}.get(script, origin)
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 140)
        pair = pick(
            ["AB", "BK", "CH", "DL", "EX", "GP", "HR", "JT", "KL", "LN", "MV", "NZ", "PT", "RW", "TE", "VX"]
        )
        shapes = [
            f"{pick(['Norderstraße', 'Große Straße', 'Friesische Straße', 'Mürwiker Straße', 'Marienhölzungsweg'])} {n}, 249{pick(['37', '39', '41', '43'])} Flensburg",
            f"Nørregade {n}, 24939 Flensborg",
            f"FRIESISCHE STR. {n}, 24937 FLENSBURG",
            f"Lollfuß {rng.randint(1, 110)}, 24837 Schleswig",
            f"Großstraße {rng.randint(1, 60)}, 25813 Husum",
            f"Kieler Straße {n}, 24340 Eckernförde",
            f"Storegade {rng.randint(1, 80)}, 6200 Aabenraa",
            f"Hay Mirador, Rue {rng.randint(1, 40)}, N° {n}, 32000 Al Hoceima",
            f"Quartier {pick(['Laari Cheikh', 'Hay Al Matar', 'Ouled Brahim'])}, Rue {rng.randint(1, 90)}, N° {n}, 62000 Nador",
            f"حي ميرادور، زنقة {rng.randint(1, 40)}، رقم {n}، الحسيمة",
            f"{pick(['Mathenesserweg', 'Schiedamseweg', 'Bergweg', 'Vierambachtsstraat'])} {n}{pick(['A', 'B', '-C', ''])}, 30{pick(['21', '22', '25', '26', '37'])} {pair} Rotterdam",
            f"{pick(['Chaussée de Gand', 'Rue de Ribaucourt', 'Rue Ransfort', 'Rue Brunfaut'])} {n}, 1080 Molenbeek-Saint-Jean",
            f"RUE RANSFORT {n} BTE {rng.randint(1, 12)}, 1080 MOLENBEEK-SAINT-JEAN",
            f"Turnhoutsebaan {rng.randint(1, 400)}, 2140 Borgerhout",
            f"H/No. {n}, {pick(['Nuaso Road', 'Agomanya Road', 'Kpong Road', 'Hospital Road'])}, {pick(['Odumase-Krobo', 'Somanya', 'Agomanya'])}",
            f"P. O. Box {rng.randint(1, 400)}, {pick(['Somanya', 'Odumase-Krobo', 'Kpong'])}, E/R",
            f"C/O {pick(['Methodist Church', 'Presby Church'])}, P. O. Box {rng.randint(1, 300)}, Somanya, Eastern Region",
            f"P. O. BOX {rng.randint(1, 400)}, AGOMANYA, E/R",
            f"{pick(['Kurtuluş Cad.', 'Hürriyet Cad.', 'Saray Cad.', 'Atatürk Cad.'])} No: {n} D: {rng.randint(1, 14)}, 310{pick(['30', '40', '50'])} Antakya/Hatay",
            f"Çevlik Mah. {rng.randint(1, 60)}. Sok. No: {n}, 31800 Samandağ/Hatay",
            f"Harbiye Mah. Şelale Cad. No: {n}, 31160 Defne/Hatay",
            f"KURTULUŞ CAD. NO: {n} D: {rng.randint(1, 14)} 31030 ANTAKYA/HATAY",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT94[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}_{subject}", f"{first}{rng.randint(1950, 2006)}",
                           f"{subject}{first}", f"{last}.{first[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT94[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        gh = rng.choice(["24", "54", "55", "59", "20", "50", "27", "57"])
        tr = rng.choice(["32", "33", "35", "42", "43", "44", "05", "06", "07", "52", "55"])
        shapes = [
            f"0461 {d(6)}",  # Flensburg
            f"04621 {d(5)}",  # Schleswig
            f"04841 {d(5)}",  # Husum
            f"015{rng.choice('1279')} {d(8)}",  # German mobiles
            f"+49 17{rng.choice('0123456')} {d(7)}",
            f"+45 74 {d(2)} {d(2)} {d(2)}",  # Aabenraa, across the border
            f"+45 2{d(1)} {d(2)} {d(2)} {d(2)}",  # Danish mobiles
            f"0539 98 {d(2)} {d(2)}",  # Al Hoceima
            f"0536 60 {d(2)} {d(2)}",  # Nador
            f"06 {d(2)} {d(2)} {d(2)} {d(2)}",  # Moroccan mobiles
            f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"010-{d(3)} {d(2)} {d(2)}",  # Rotterdam
            f"06-{d(8)}",  # Dutch mobiles
            f"+31 6 {d(4)} {d(4)}",
            f"02 {d(3)} {d(2)} {d(2)}",  # Brussels
            f"+32 4{rng.choice('6789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Belgian mobiles
            f"0{gh} {d(3)} {d(4)}",  # Ghanaian mobiles
            f"0{gh}-{d(3)}-{d(4)}",
            f"+233 {gh} {d(3)} {d(4)}",
            f"0 (326) 2{rng.choice('12')}{d(1)} {d(2)} {d(2)}",  # Antakya
            f"0326 51{d(1)} {d(2)} {d(2)}",  # Samandağ
            f"05{tr} {d(3)} {d(2)} {d(2)}",  # Turkish mobiles
            f"+90 5{tr} {d(3)} {d(2)} {d(2)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", "4571", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "34", "37", "9792", "4"]
        )
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT94))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT94[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2a00:6020:{h()}:{h()}::{h()}", f"2a02:a210:{h()}:{h()}::{h()}",
                           f"2c0f:f7a8:{h()}:{h()}::{h()}", f"2a02:4e0:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the bedside tv terminal, the family room's wifi, the car park's
        barrier camera, the ward's guest wifi portal, a pill dispenser, a home oxygen concentrator, a blood
        pressure monitor's hub, a fall alarm's base station, the baby monitor in the neonatal unit, a
        hearing aid's streamer and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the bedside tv terminal shows {} on the error screen, dad can't watch the news", v4),
            ("the family room wifi gave my laptop {} but nothing loads", v4),
            ("the car park barrier camera is on {}, it didn't read our plate again", v4),
            ("the guest wifi login page sits on {}, it keeps timing out", v4),
            ("mum's pill dispenser got {} after the router swap, it stopped beeping at 8", v4),
            ("the oxygen concentrator's modem reports from {}", v4),
            ("grandpa's blood pressure hub is on {}, the readings don't reach the portal", rng.choice([v4, v6])),
            ("the fall alarm base station at mormor's flat answers on {}", v4),
            ("the camera in the neonatal unit streams from {}, they gave us a code to watch", rng.choice([v4, v6])),
            ("dad's hearing aid streamer shows {} in the app", v4),
            ("our family calendar runs on {} now", rng.choice([v4, v6])),
            ("the nas with mum's scanned letters has {}", rng.choice([v4, v6])),
            ("$c->pg_connect[] = 'dbname=davical port=5432 host={} user=davical_app';", v4),
            ('dsn = "pgsql:host={};dbname=privatebin"', v4),
            ("[database]\nengine = django.db.backends.postgresql\nhost = {}", v4),
            ("[allowed_hosts]\nallowed_host1 = {}", v4),
            ("    proxy_pass http://{}:8080;", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-03-14 21:07:55 privatebin: paste created from {} (burn after reading)", v4),
            ("$ ping -6 -c 3 {}", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Flensborg', 'Sydslesvig', 'Husum', 'Duborg', 'Aabenraa'])}{rng.choice(['24937', '#0461', '!1920', '_6200'])}",
                f"{rng.choice(['Lhusima', 'Nador', 'Tamsaman', 'Imzouren', 'Driouch'])}{rng.choice(['32000', '#0539', '!62000', '_212'])}",
                f"{rng.choice(['Somanya', 'Agomanya', 'Odumase', 'Kpong', 'Krobo'])}{rng.choice(['#233', '2024!', '_E/R', '@024'])}",
                f"{rng.choice(['Samandag', 'Antakya', 'Harbiye', 'Kunefe', 'Asi'])}{rng.choice(['31800', '#0326', '!31', '_1939'])}",
                rng.choice(["hospital", "visitor", "discharge", "pyjamas", "chaplain", "oxygen"]).translate(leet) + rng.choice(["", "!", "_94"]),
                f"Room{rng.randint(101, 540)}-Bed{rng.randint(1, 4)}",
                f"{rng.choice(['ward', 'portal', 'parking', 'refakat'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        quote_safe = re.sub(r"['\"\\;]", "", pw)
        alnum = string.ascii_letters + string.digits
        base32 = string.ascii_uppercase + "234567"
        options = [
            # passwords handed over in ways no earlier set used
            ("she wrote the portal password on the back of the discharge letter, {}", pw),
            ("the tv card pin is on the back of the meal menu, {}", d(4)),
            ("the password is on the lid of the food container I brought in, {}", pw),
            ("I put the tablet password in the bag with his clean pyjamas, {}", pw),
            ("the chaplain wrote the chapel wifi on the back of his prayer card, {}", pw),
            ("the guest wifi is printed on the visitor sticker they gave me at the desk, {}", pw),
            ("the locker code is written inside the slipper box, {}", d(4)),
            ("my brother wrote the wifi password on my cast, {}", pw),
            ("the insurance portal password is on the back of the claim envelope, {}", pw),
            ("mum's portal password is taped inside her hearing aid case, {}", pw),
            ("the parking machine gave a code on the back of the permit, {}", d(6)),
            ("dad wrote it on his hand with the nurse's pen, {}", pw),
            ("ok the flatnotes password is {}, put the ward rounds notes in there", pw),
            ("the privatebin paste with the discharge letter has password {}", pw),
            # cues in the set's languages
            ("koden er {}, sig den ikke til nogen", pw),
            ("het wachtwoord is {}, wallah aan niemand geven", pw),
            ("lcode dyal portail howa {}, ma t3tih l 7ta wa7d", pw),
            ("le code c'est {}, tu le donnes à personne hein", pw),
            ("the password be {}, no give am anybody", pw),
            ("the password is {} oo, don't give it to anybody", pw),
            ("şifre {}, kimseye verme", pw),
            ("كلمة السر {} لا تعطيها لحدا", pw),
            ("şifre {}, ma ta'tiya la hada", pw),
            # commands
            ("$ psql postgresql://davical_app:{}@localhost/davical", colonless),
            ("$ PGPASSWORD={} psql -U etebase etebase", colonless),
            ("$ docker run -e FLATNOTES_PASSWORD={} dullage/flatnotes", colonless),
            # pastes
            ("$c->pg_connect[] = 'dbname=davical port=5432 user=davical_app password={}';", quote_safe),
            ('pwd = "{}"', quote_safe),
            ("[database]\nengine = django.db.backends.postgresql\nname = etebase\nuser = etebase\npassword = {}", quote_safe),
            ("FLATNOTES_PASSWORD={}", pw),
            ("FLATNOTES_SECRET_KEY={}", tok(32, alnum)),
            ("FLATNOTES_TOTP_KEY={}", tok(32, base32)),
            ("SB_USER=family:{}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.getwellsoon', 'bed4.x', 'x4mormor', 'x_ward7',
        'visits.x', 'teamx.recovery', 'xy_31', 'x.bezoek')."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "sydslesvig": [f"{first}4{rng.choice(['mormor', 'morfar', 'farmor', 'farfar'])}"],
            "rif": [f"{first}.bezoek", f"{last}.{rng.choice(['rif', 'nador'])}"],
            "krobo": [f"{first}_krobo{rng.randint(70, 99)}"],
            "antakya": [f"{first}{last[:1]}_31"],  # 31, Hatay's number plate
        }[origin]
        return rng.choice([f"{first}.getwellsoon", f"bed{rng.randint(1, 30)}.{first}", f"{last}_ward{rng.randint(1, 12)}",
                           f"visits.{last}", f"team{first}.recovery", *own])  # fmt: skip

    def _birth(self, oldest: int = 1930, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1930, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "dk": f"{day}/{m}-{y}",  # the Danish way of writing a date by hand: '14/3-1958'
            "da": f"{day}. {DA_MONTHS_HELDOUT94[m - 1]} {y}",
            "de": f"{day:02d}.{m:02d}.{y}",
            "nl": f"{day:02d}-{m:02d}-{y}",
            "nlw": f"{day} {NL_MONTHS_HELDOUT94[m - 1]} {y}",
            "brp": self._unknown_day(y, m) or f"{day:02d}-{m:02d}-{y}",
            "brp0": self._unknown_day(min(y, 1965), m, always=True),
            "fr": f"{day:02d}/{m:02d}/{y}",
            "ma": f"{day} {MA_MONTHS_HELDOUT94[m - 1]} {y}",
            "gh": f"{day:02d}-{EN_MONTHS_HELDOUT94[m - 1][:3]}-{y}",
            "ghw": f"{_ordinal(day)} {EN_MONTHS_HELDOUT94[m - 1]}, {y}",
            "tr": f"{day} {TR_MONTHS_HELDOUT94[m - 1]} {y}",
            "lev": f"{day} {LEVANT_MONTHS_HELDOUT94[m - 1]} {y}",
            "leve": f"{day} {LEVANT_MONTHS_HELDOUT94[m - 1]} {y}".translate(EASTERN_DIGITS_HELDOUT94),
            "en": f"{day} {EN_MONTHS_HELDOUT94[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def _unknown_day(self, year: int, month: int, always: bool = False) -> str:
        """A Dutch register's date of birth where the day or the month was never known, written with zeros
        ('00-00-1951', '00-03-1951'), as for many who came from the Rif in the sixties; '' for a known date
        (half of those born by 1965 unless `always`, none after)."""
        r = self.rng.random() * (0.5 if always else 1)
        if year > 1965 or r >= 0.5:
            return ""
        return f"00-00-{year}" if r < 0.25 else f"00-{month:02d}-{year}"

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of any of this set's languages takes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["dk", "de", "nl", "fr", "gh", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, old, baby = self._dob_shapes(), self._dob_shapes(1928, 1962), self._dob_shapes(2025, 2026)
        options = [
            ("the nurse asked for morfar's date of birth for the wristband, {}", s["dk"]),
            ("mormor er født {}, det står også på armbåndet", old["da"]),
            ("the Krankenkasse form wants her date of birth, {}", s["de"]),
            ("oma is geboren op {}, dat vroeg de verpleging", old["nlw"]),
            ("in the gemeente register his date of birth is {}, nobody ever knew the real day", old["brp0"]),
            ("la mutuelle demande sa date de naissance, {}", s["fr"]),
            ("الوالد تاريخ ازدياده {} حسب البطاقة", old["ma"]),
            ("the records office wants her date of birth for the folder, {}", s["ghw"]),
            ("the NHIS renewal needs his date of birth, {}", s["gh"]),
            ("babamın doğum tarihi {}, MHRS'de öyle yazıyor", old["tr"]),
            ("ستي مواليد {}، بدهن ياه بالمستشفى", old["lev"]),
            ("the baby was born on {}, she's still in the neonatal unit", baby["en"]),
            ("Fødselsdato: {}", s["dk"]),
            ("Geburtsdatum: {}", s["de"]),
            ("Geboortedatum: {}", old["brp"]),
            ("Date de naissance : {}", s["fr"]),
            ("Date of birth: {}", s["gh"]),
            ("Doğum Tarihi: {}", s["de"]),
            ("تاريخ الولادة: {}", old["leve"]),
            ('    "birthDate": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT94_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on ward 7 now, they moved him last night",
        "can you ask {} if visiting hours start at 3 or at 4",
        "{} is bringing dad's clean pyjamas tomorrow",
        "{} got the discharge letter but the pharmacy wants the prescription too",
        "{} paid for the parking permit for the whole week",
        "{} is sitting with mum tonight, I do the morning",
        "{} asked the nurse when the consultant comes round",
        "the chaplain came by and {} asked him to pray with grandpa",
        "{} set up the patient portal for mum, the results are in there",
        "{} is handling the insurance claim, she has all the receipts",
        "{} brought soup but the ward says nil by mouth until the operation",
        "{} is in the family room, come up to the 4th floor",
        "{} has the key to dad's flat, he'll bring the hearing aid",
        "{} wants to know if the bill came yet",
        "picking up {} from the station later, she's coming to see grandma",
        "{} finally got discharged at 6 after waiting all day for the letter",
        "{} and {} can't both stay overnight, only one of them is allowed",
        "{} lost the parking ticket again",
        "{} is talking to the social worker about care at home",
        "{} is calling the insurance about the ambulance bill",
        "{} is in intensive care since sunday, only family can go in",
        "{} starts physiotherapy tomorrow, the doctor says it's good news",
        "{} had her operation this morning, she's awake",
        "{} has an appointment with the consultant at 11",
        "{} is collecting the medication from the hospital pharmacy",
        "{} keeps asking when he can go home",
        "tell {} the visiting hours changed, it's 15 to 19 now",
        "{} forgot his glasses at home, can someone bring them",
        "{} is in the maternity ward, the baby came at 4 am",
        "{} signed the consent form for the surgery",
        "{} is taking the night shift in the waiting room",
        "the doctor only wants to talk to {} about the results",
        "morfar {} is in the Diako since monday, room 214",
        "mormor {} wants her own pillow from home",
        "farmor {} asked for rugbrød, the hospital bread is too soft",
        "farfar {} keeps talking Danish to the nurses",
        "pastor {} from the Danish church comes on thursdays",
        "{} from Dansk Sundhedstjeneste will come home to change the dressing",
        "{} drives to Aabenraa every day to see her husband",
        "{} is bringing frikadeller for the whole ward",
        "Lalla {} wants harira, not the hospital food",
        "fqih {} came to read Yasin by the bed",
        "mourchida {} sat with mum in the evening",
        "{} flew in from Al Hoceima to sit with his father",
        "{} is bringing couscous on friday for the whole family room",
        "{} says Saint-Pierre only lets two visitors in at a time",
        "{} took leave from work to stay at the Maasstad with his mother",
        "{} is sending the mutuelle form by post",
        "Nene {} was admitted at Atua last night",
        "Manye {} sent fufu and light soup for the patient",
        "Osofo {} is the chaplain at the Catholic hospital in Agomanya, he prayed with her",
        "{} is sleeping on the bench outside the ward to be near her mother",
        "{} renewed the NHIS card so the bill is smaller",
        "{} paid the folder fee at the records office",
        "{} went to buy the drugs the hospital doesn't have",
        "{} is bringing banku from Somanya for the ward",
        "Şeyh {} came to the hospital and prayed for grandpa",
        "{} ağabey is the refakatçi tonight",
        "{} brought künefe for the nurses",
        "{} booked the appointment on MHRS",
        "{} downloaded the epikriz from e-Nabız",
        "{} says the state hospital in Antakya lets only one refakatçi",
        "{} is bringing zahter and olives from Samandağ",
        "{} paid the katkı payı at the cashier",
        "{} رح تنام عند ستي بالمستشفى الليلة",
        "{} جات من الناظور باش تبقى مع الوالدة فالسبيطار",
        "{} kommer med rugbrød og avisen i morgen",
        "{} is vanavond bij opa in het ziekenhuis, morgen ben ik",
        "{} bu gece refakatçi kalacak, ben sabah gelirim",
        "Patient: {}",
        "Next of kin: {}",
        "Visitor: {}",
        "Discharge letter for: {}",
        "Parking permit holder: {}",
        "Policyholder: {}",
        "Chaplaincy visit requested for: {}",
        "Meal order, bed 12: {}",
        "Other names: {}",
        "Surname: {}",
        "Folder name: {}",
        "Name des Patienten: {}",
        "Besucher: {}",
        "Parkausweis für: {}",
        "Angehörige: {}",
        "Pårørende: {}",
        "Kontaktperson: {}",
        "Naam patiënt: {}",
        "Contactpersoon: {}",
        "Nom du patient : {}",
        "Personne de contact : {}",
        "ⵉⵙⵎ: {}",
        "اسم المريض: {}",
        "المرافق: {}",
        "Hasta Adı Soyadı: {}",
        "Refakatçi: {}",
        "Ziyaretçi: {}",
        "Baba Adı: {}",
        "| Bed 4 | {} | nil by mouth |",
        '"patient_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the discharge letter went to {}, not to my flat",
        "send the clean clothes to {}, she's staying there after",
        "the ambulance picks him up at {} at 9",
        "the home care nurse comes to {} twice a day",
        "the hospital bill was posted to {}",
        "the insurance has the old address, {}",
        "bring the wheelchair to {}, the lift is at the back",
        "Adresse: {}",
        "Anschrift: {}",
        "Adres: {}",
        "Postal address: {}",
        "العنوان: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the discharge letter to {}",
        "the ward secretary writes from {}",
        "the insurance claim goes to {}",
        "the chaplain's email is {}",
        "the patient portal sends the codes to {}",
        "E-Mail: {}",
        "E-mailadres: {}",
        "E-posta: {}",
        "$c->admin_email = '{}';",
        "Email: {}",
    ],
    "PHONE_NUMBER": [
        "the ward's number is {}, ask for the nurse in charge",
        "call the parking office on {} about the permit",
        "the chaplain's mobile is {}",
        "the home care nurse is on {}",
        "ring {} if his temperature goes up again",
        "Telefon: {}",
        "Tlf.: {}",
        "Tel: {}",
        "Tél. : {}",
        '"telecom": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the parking permit with {}",
        "the private room went on {}",
        "the pharmacy charged {}",
        "the hospital bill is on {}, the insurance will pay it back",
        "put the tv card on {}",
        "Karte: {}",
        "Kart No: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send your share of the bill to {}",
        "the insurance refund goes to {}",
        "pay the home care into {}",
        "the family pot for the flights is {}",
        "IBAN: {}",
        "Rekeningnummer (IBAN): {}",
        "Kontonummer: {}",
        "IBAN No: {}",
    ],
    "USERNAME": [
        "my caringbridge login is {}",
        "the meal train for mum is under {}",
        "on lotsa helping hands the visiting rota is by {}",
        "the gofundme for the flights belongs to {}",
        "on leetchi the pot is under {}",
        "doctolib has the appointment under {}",
        "the jameda review was posted by {}",
        "the easypark account is {}",
        "the yellowbrick parking login is {}",
        "on doktortakvimi the booking is under {}",
        "the fonzip campaign is by {}",
        "my flatnotes username is {}",
        "FLATNOTES_USERNAME={}",
        'usr = "{}"',
        "[database]\nuser = {}",
        "Login: {}",
    ],
}
HELDOUT94_MIXED = [
    ("Patient: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Name des Patienten: {}, Geburtsdatum: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Other names: {}, DOB {}, tel. {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Hasta Adı Soyadı: {}, Doğum Tarihi: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Next of kin: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} paid the private room with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the parking with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("FLATNOTES_USERNAME={}\nFLATNOTES_PASSWORD={}", ["USERNAME", "SECRET"]),
    ("[database]\nhost = {}\nuser = {}\npassword = {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("the home care nurse is {}, {}, she wants the fee to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send your share to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("SB_USER={}:{}", ["USERNAME", "SECRET"]),
    ("Kontaktperson: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Visitor: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the hospital kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is doing the visiting rota", ["PERSON", "EMAIL_ADDRESS"]),
    ("Parkausweis: Karte {}, Lastschrift {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("Policyholder: {}, {}, date of birth {}", ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]),
    ("Naam patiënt: {}\nGeboortedatum: {}\nAdres: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the portal sends the codes to {} and the texts to {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$c->pg_connect[] = 'dbname=davical host={} user=davical_app password={}';", ["IP_ADDRESS", "SECRET"]),
]  # fmt: skip
HELDOUT94_NEGATIVES = [
    "Flensburg, Schleswig and Husum are in South Schleswig, just south of the Danish border",
    "Flensborg is the Danish name of Flensburg",
    "Aabenraa's hospital is across the border in Denmark",
    "Dansk Sundhedstjeneste is the Danish minority's own health service",
    "morfar and mormor are the mother's parents, farfar and farmor the father's",
    "a Danish mellemnavn sits between the given name and the family name, without a hyphen",
    "on a German form ø is often written ö",
    "Sanitätshaus Carstensen sells the crutches and the wheelchairs",
    "Møller is also the name of a shipping company",
    "the Lorenzen prize goes to a nurse every year",
    "24937 is a Flensburg postcode",
    "Al Hoceima and Nador are the big towns of the Rif",
    "Tarifit is the Amazigh language of the Rif",
    "Tifinagh is the alphabet Tamazight is written in",
    "Lalla before a name is a respectful way to address a woman",
    "a fqih teaches the Quran and often reads for the sick",
    "El Temsamani means someone from the Temsamane tribe",
    "El Ouariachi is written three ways in Dutch and Belgian registers",
    "Taxi Azzouzi takes the family to the airport, it's a company",
    "32000 is the Al Hoceima postcode",
    "1080 is Molenbeek's postcode",
    "Somanya, Odumase and Agomanya are Krobo towns",
    "Nene is a Krobo chief and Manye a queen mother",
    "Osofo means pastor",
    "Odonkor Chemists is the drug store near the hospital",
    "the NHIS card has to be renewed every year",
    "the folder costs 5 cedis at the records office",
    "Antakya, Samandağ and Harbiye are in Hatay",
    "a refakatçi is the relative who stays with the patient",
    "e-Nabız is the Turkish patient portal and MHRS books the appointments",
    "Şeyh before a name is an Alawite religious elder",
    "ağabey after a name means elder brother",
    "Sabuncu Künefe is a shop on the old bazaar street",
    "Şeker is also the word for sugar",
    "31 is Hatay's number plate",
    "31800 is the Samandağ postcode",
    "ward 7, bed 12",
    "room 214 is on the second floor",
    "parking permit 0412 for the week",
    "folder number 2026/0387",
    "claim number 77-4415-09",
    "the case number is 26/1187",
    "visiting hours are 15:00 to 19:00",
    "the cafeteria is open from 7 to 18",
    "the parking costs 8 euros a day",
    "the weekly permit is 25 euros",
    "the eigen risico is 385 euros this year",
    "the katkı payı was 40 lira",
    "he was admitted on 03/03/2026",
    "the operation is on 2026-04-14 at 8:00",
    "discharge is planned for 21 maart",
    "the follow-up appointment is on 14.05.2026",
    "DAViCal 1.1.12 needs PHP 8",
    "PrivateBin 1.7 can store pastes in a database",
    "Etebase server 0.14 reads etebase-server.ini",
    "flatnotes 5 added totp",
    "fixed in commit 9c2e7d1, see the changelog",
    "FLATNOTES_PASSWORD=changeMe!",
    "pwd = \"\"",
    "secret_file = secret.txt",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "NL91 ABNA 0417 1643 00 is the example IBAN in the docs",
    "write to patient@example.com for the form",
    "192.0.2.94 is a documentation address",
    "198.51.100.94 is a documentation address",
    "2001:db8:94::1 is a documentation address",
    "in Germany the emergency number is 112 and the doctor on call 116117",
    "in Denmark you call 112",
    "in Morocco the ambulance is 15",
    "in Ghana the ambulance is 193",
    "in Turkey everything is 112",
    "visiting is over, see you tomorrow",
    "he ate the whole soup!",
    "they moved her to a single room",
    "the doctor is late again",
    "god bedring!",
    "beterschap!",
    "geçmiş olsun",
    "الله يشافيه",
    "get well soon oo",
    "so tired after the night shift in the waiting room",
    "thanks for the flowers",
]  # fmt: skip


def _typo94(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a hospital word's well-known misspelling
    ('prescription' -> 'perscription', 'medicine' -> 'medecine', 'ambulance' -> 'ambulence', 'chaplain' ->
    'chaplin', 'visiting' -> 'visting'), or the ward's and the families' shorthand creeping into chat
    ('intensive care' -> 'ICU', 'physiotherapy' -> 'physio', 'appointment' -> 'appt', 'prescription' ->
    'script', 'nil by mouth' -> 'NBM'). Only in sentences typed to the bot or a friend; a title next to a
    name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT94.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT94[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT94.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT94[m.group(1)] + template[m.end() :]


def build_heldout94(seed: int = HELDOUT94_SEED) -> list[Example]:
    """Held-out set 94: `Gen94` values in `HELDOUT94_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen94(seed)
    return assemble_module_set(
        gen, HELDOUT94_TEMPLATES, HELDOUT94_MIXED, HELDOUT94_NEGATIVES, _typo94, person=gen.person_for
    )
