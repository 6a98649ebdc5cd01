"""Held-out PII set 108 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout108": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT108 is empty, as for the sets before
it; written at the same time as held-out 107 by another author, neither seeing the other's set). The theme is
bakeries, street food and small food businesses as owners, staff, suppliers and customers talk about them: the
food truck's or the market stall's permit, the hygiene certificate and the inspector's visit, the supplier's
invoice and the bank transfer, the delivery app's merchant login, the card terminal and its PIN, the till's
manager code, orders and pre-orders by chat, the catering for a wedding or a funeral, the staff rota and the
payslip, the landlord of the shop, the stolen cash box reported to the police, the recipe blog's admin login,
the loyalty card and the customers' phone numbers. The peoples were chosen after grepping the earlier sets'
docstrings and lists (bench/pii_heldout27.py to 106.py): Minangkabau, Padang, Bukittinggi, Zapotec, Oaxaca,
Juchitán, Oviedo, Gijón and Xuan come up in none; 'Asturias' only as a barangay of Jolo in held-out 104;
'Akan' only inside a Fijian given name in held-out 99, but the Fante of Cape Coast and Elmina were a people of
held-out 41 (with the Fante day names 'Kwesi', 'Ekow', 'Kobina', 'Fiifi'), so the Akan here are the Asante of
Kumasi and the Akan traders of Accra's Makola market with the Asante Twi day names, and Cape Coast is one
place among their others, with another neighbourhood than held-out 41's. The apps and services were grepped
the same way: GoBiz (GoFood), GrabFood, ShopeeFood, QRIS, Bank Nagari's card terminal, Hubtel, Rappi, DiDi
Food, the Clip card reader, Too Good To Go, Bizum and Redsys come up in no earlier set (Glovo, Just Eat, Uber
Eats, SumUp, Zettle and Mercado Pago did, and are left out); the self-hosted and merchant pastes are ones no
earlier set pasted: WooCommerce's REST keys ('ck_...', 'cs_...') for the pre-order shop, Statamic's .env
('APP_KEY=base64:...', 'DB_PASSWORD') and its user for the recipe blog, and Loyverse's API token for the
loyalty card's customer list. Hand-written lists of four peoples: the Minangkabau of West Sumatra, Padang,
Bukittinggi and Payakumbuh, and their Padang restaurants in Jakarta and Kuala Lumpur (rendang, sate Padang,
lamang and galamai, the lapau and the rumah makan, the baralek (wedding feast) catering; Arabic-Muslim and
Indonesian given names without a family name ('Yusrizal', 'Desmawati', 'Nofriyanti'), a name that is one word
on the papers ('Yusnimar' alone), two given names ('Muhammad Ikhsan', 'Nur Asmah'), the father's given name
after one's own as Indonesian papers add it ('Yusrizal Darwis'), a Malaysian paper's 'bin' and 'binti'
('Afrizal bin Bustami', 'Rosmaini binti Jamaris'), the spelling before 1972 an older person keeps
('Sjafrizal', 'Jusnimar', 'Djamaris', 'Marzoeki'), a penghulu's name with his adat title on papers ('Syafrizal
Dt. Rajo Mangkuto'), short forms ('Ijal', 'Iwan', 'Ros', 'Yen'), and 'Uda', 'Uni', 'Mak', 'Etek', 'Mamak' (the
mother's brother, who often owns the family's shop), 'Pak', 'Bu', 'Haji' and 'Hajjah' before a name, outside
the span, and 'Datuak' before the title name (gelar) its holder is called by ('Datuak Rajo Mangkuto': the
gelar is the span); the suku (clan: Chaniago, Piliang, Koto, Sikumbang) is explained in negatives and never a
name); the Akan of Ghana, the Asante of Kumasi and the traders of Accra's Makola market, with family in London
and Hamburg (waakye, kelewele, kenkey, the chop bar, tea bread, Kejetia and Adum, the food hygiene permit from
the FDA; the day name (kra din, the soul name) with the family name ('Kwame Owusu', 'Akosua Mensah'), a
Christian name before the day name ('Grace Akosua Mensah', 'Emmanuel Kwabena Boateng'), hyphenated family
names ('Owusu-Ansah', 'Adu-Gyamfi'), the day names' other spellings ('Adjoa', 'Abena', 'Afia', 'Kwadjo',
'Akwasi'), a Ghanaian form's family name first ('OWUSU, Kwame', 'Mensah Grace Akosua'), initials ('K. Owusu',
'E. K. Mensah'), short forms ('Kwabs', 'Akos', 'Kojo', 'Sammy') and 'Nana', 'Auntie', 'Maame', 'Opanin' and
'Wofa' before a name, outside the span; the day names are explained in a negative and never stand there as a
person); the Zapotec of Oaxaca, Oaxaca city, Juchitán, Tlacolula and Teotitlán del Valle, and Zapotec families
in Los Angeles (tlayudas, memelas, mole negro, tejate, totopos, the comal, the puesto in the market, the food
truck on Pico Boulevard; Spanish given names with the father's and the mother's surnames ('Juana Bazán Lazo',
'Isidro Hipólito Contreras'), two given names ('María de Jesús Santiago Cruz'), a Mexican form's surnames
first ('BAZÁN LAZO JUANA', 'Ruiz Vicente, Isidro'), the two surnames hyphenated on Los Angeles papers ('Isidro
Ruiz-Vicente'), the accents dropped ('Crispin Vasquez Giron'), short forms ('Lupe', 'Chole', 'Pilo', 'Lencho')
and 'doña', 'don', 'tía', 'tío' and Juchitán's 'Na' before a given name, outside the span; Zapotec words
('binnizá', 'diidxazá', 'guelaguetza', 'padiuxhi') come only as no names); and the Asturians of Oviedo, Gijón,
Avilés and Cangas de Onís (the panadería, the sidrería and the chigre, cachopo, frixuelos, casadielles, the
sidra poured from above the head; Spanish given names with two surnames in the Spanish order ('Pelayo
Fernández Cueto'), surnames with 'de' ('Olaya García de la Fuente', 'Covadonga del Valle Prieto'), the
Asturian forms of given names ('Xuan', 'Xosé', 'Xicu', 'Xuaco', 'Xurde', 'Xuana', 'Xabel'), compound given
names ('María Covadonga', 'José Manuel'), a Spanish form's 'MENÉNDEZ ÁLVAREZ, PELAYO', the accents dropped
('Menendez Alvarez'), initials ('X. Fernández', 'J. M. Riestra'), short forms ('Pepín', 'Nel', 'Pachu',
'Cova', 'Maruja') and the Asturian 'tíu', 'señá', 'güelu' and 'güela' before a given name and 'señor' and
'señora' before a family name, outside the span); no public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT108), and public figures come only inside the names of places ('Kwame Nkrumah Circle',
the Mercado Benito Juárez, Jl. Jenderal Sudirman), never as a person. Every one of those name forms, and names
with a typo ('Bustmai', 'Frimpnog', 'Contrears', 'Cienfuegso'), is forced into the build at least once so it
does not hang on the seed (any form the draws have not reached by the end comes in a sentence of its own), and
each people also gets a titled name, a name in capitals on a form and one in lower case in chat, whatever the
seed; the address, the phone, the e-mail, the IBAN or the date of birth after a name mostly comes from that
name's region. Names on a permit's, a certificate's, an invoice's, a payslip's and a police report's papers in
English ('Name of the food business operator:', 'Permit holder:', 'Reported by:', 'Employee:'), Indonesian and
Malay ('Nama pemilik usaha:', 'Nama lengkap:', 'Nama penuh:'), Spanish ('Nombre del titular:', 'Apellidos y
nombre:', 'Denunciante:') and Asturian ('Nome y apellíos:'), an order book's '| PED-0412 | ... | 2 docenas de
pan de yema |', JSON and YAML; prices, order numbers, permit and register numbers of the business (P-IRT,
RGSEAA), a product's EAN, dishes, brands ('Sidra Trabanco', 'El Gaitero', 'Bimbo'), fees and opening days no
PII; those regions' addresses (Padang's 'Jl. Sawahan No. 45, Kel. Sawahan, Kec. Padang Timur, Kota Padang
25121', Bukittinggi's and Payakumbuh's, a nagari's jorong, Jakarta's Kramat Raya, Kuala Lumpur's Kampung Baru
and Jalan Tuanku Abdul Rahman, Kumasi's Adum, Bantama and Asafo with the GhanaPostGPS code, a Makola stall,
Accra's Kokomlemle, Cape Coast's Kakumdo, London's Rye Lane, Hamburg's Steindamm, Oaxaca's 'Calle Macedonio
Alcalá 305, Col. Centro, C.P. 68000', Juchitán's secciones, Tlacolula's and Teotitlán's, Los Angeles' Pico
Boulevard and 8th Street, Oviedo's 'C/ Uría, 14, 3º B, 33003 Oviedo', Gijón's, Avilés's and Cangas de Onís's,
an Asturian emigrant's in Zürich and in Seraing) and phones (Indonesian mobiles '0812-' and '+62 812',
Padang's '(0751)', Bukittinggi's '(0752)', Jakarta's '(021)', Malaysian mobiles '+60 1x' and Kuala Lumpur's
'03-', Ghanaian mobiles '024', '054', '020' and '+233 24', Kumasi's '0322', Accra's '030', British and German
mobiles, Oaxaca's '951', Juchitán's '971', Mexican '+52 951', Los Angeles' '(213)' and '(323)', Spanish
mobiles '6xx' and '+34 6', Asturias's '985' and '984', Swiss '+41 7x' and Belgian '+32 4'); Visa, Mastercard
51-55 and 2-series, JCB and Amex 4-6-5 as the flour, the oven's repair, the stall's fee and the supplier take
them; IBANs of countries that have them (Indonesia, Malaysia, Ghana, Mexico and the United States have none):
the Netherlands and Saudi Arabia for the Minangkabau (a Padang restaurant's supplier in The Hague, a cook in
Mecca), the United Kingdom and Germany for the Akan in London and Hamburg, Spain and France for Zapotec family
there, Spain, Switzerland and Belgium for the Asturians; IPs of the delivery app's sign-in alerts, the card
terminal and the till on the shop's wifi, the CCTV recorder after the cash box was stolen, the recipe blog's
admin log and the pre-order shop's server, v4 and v6; secrets handed over in ways no earlier set used (taped
under the card terminal, on the back of the hygiene certificate's frame, in the flour order notebook, on the
staff rota on the kitchen wall, inside the cash box's lid, on the last page of the recipe book), the places
and dishes ('Rendang#751', 'Waakye@233', 'Tlayuda2025!', 'Cachopo_985'), theme words in leetspeak ('br34d',
'd0ugh'), one-time codes of GoBiz, Rappi and Hubtel, the till's manager code and the card terminal's PIN, and
cues in Indonesian ('jangan kasih tahu siapa-siapa'), Minangkabau ('jan agiah tau urang lain'), Malay ('jangan
bagitau sesiapa'), Twi ('nka nkyerɛ obiara'), Spanish ('no se la digas a nadie') and Asturian ('nun-y lo digas
a naide'); usernames as delivery app merchant logins, Statamic, WooCommerce and Loyverse users, Instagram and
TikTok handles of the shop, in shapes like 'rm.rendang.yusrizal', 'kwame_waakye', 'tlayudas.juanabazan',
'panaderia.cueto84'; dates of birth for the hygiene certificate, the stall permit, the food handler's card,
the staff's insurance and the contract, in Indonesia's '14-03-1994' and '14 Maret 1994', Malaysia's and
Ghana's '14/03/1994', Ghana's '14th March 1994', Mexico's '14/03/1994' and '14 de marzo de 1994', the United
States' '03/14/1994', Spain's '14/03/1994' and Asturian's '14 de marzu de 1994' and a paste's ISO date, a
parent's now and then, all drawn between fixed years from the set's own rng so the set builds the same on any
day; typos as cooks and stallholders type on a phone between orders: a food business word's well-known
misspelling ('restaurant' -> 'restuarant', 'hygiene' -> 'hygeine', 'invoice' -> 'invioce', 'delivery' ->
'delivary') or chat shorthand in the set's languages ('please' -> 'pls', 'yang' -> 'yg', 'sudah' -> 'udh',
'por favor' -> 'porfa', 'también' -> 'tmb'); negatives with the same places, the titles, the kin words, the
day names and the suku explained, dishes, brands, prices, order and permit numbers, the apps' versions,
placeholder secrets, a test card, the example IBAN, a placeholder e-mail, documentation IPs (v4 and v6) and
short everyday chat; no public figure is named as a person).

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
    _ascii_name,
    _chat_like,
    _iban,
    _luhn_number,
    _ordinal,
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _fold_accents as _fold,
)

HELDOUT108_SEED = 5108417
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT108: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT108 = ["minang", "akan", "zapotec", "asturian"]
# the Akan day names (kra din, the soul name): the weekday, a boy's and a girl's, in the Asante Twi spelling
AKAN_DAYS_HELDOUT108 = [
    ("Monday", "Kwadwo", "Adwoa"), ("Tuesday", "Kwabena", "Abenaa"), ("Wednesday", "Kwaku", "Akua"),
    ("Thursday", "Yaw", "Yaa"), ("Friday", "Kofi", "Afua"), ("Saturday", "Kwame", "Ama"),
    ("Sunday", "Kwasi", "Akosua"),
]  # fmt: skip
# the Christian names an Akan carries before the day name
AKAN_CHRISTIAN_HELDOUT108 = {
    False: "Emmanuel;Samuel;Isaac;Daniel;Francis;Richard;Joseph;Ebenezer".split(";"),
    True: "Grace;Comfort;Gifty;Patience;Mercy;Agnes;Felicia;Priscilla".split(";"),
}
# the Minangkabau fathers' given names, which Indonesian papers add after one's own and Malaysian ones after
# 'bin' or 'binti' (a Minang has no family name)
MINANG_FATHERS_HELDOUT108 = "Darwis;Bustami;Zainal;Jamaris;Marzuki;Bachtiar;Nasrul;Ramli;Syahrial;Syamsuddin;Kamaruddin;Yunus;Amiruddin;Nazar".split(";")  # fmt: skip
# each origin: (men's given names, women's given names, family names); ';' separates names, as some hold a
# space
NAMES_HELDOUT108: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Minangkabau of Padang, Bukittinggi and Payakumbuh: given names only; the 'family names' are the
    # fathers' given names the papers add
    "minang": ("Yusrizal;Afrizal;Syafrizal;Desrizal;Nofrizal;Erizal;Zulfikar;Irwan;Hendri;Yulizar;Fauzan;Rahmat;Azwar;Firdaus;Asrul;Darmansyah;Muhammad Ikhsan;Ahmad Fauzi".split(";"),
               "Yusnimar;Rosmaini;Desmawati;Nofriyanti;Yuliani;Nurhayati;Asmawati;Fitriani;Rahmi;Syofiah;Elvira;Yenni;Gusnita;Nur Asmah;Siti Rahmah".split(";"),
               MINANG_FATHERS_HELDOUT108),
    # Akan of Kumasi and Accra: the day names and the Christian names, the family names
    "akan": ([m for _, m, _ in AKAN_DAYS_HELDOUT108] + AKAN_CHRISTIAN_HELDOUT108[False],
             [w for _, _, w in AKAN_DAYS_HELDOUT108] + AKAN_CHRISTIAN_HELDOUT108[True],
             "Owusu;Mensah;Boateng;Osei;Agyeman;Ofori;Amoako;Appiah;Frimpong;Darko;Asamoah;Adjei;Nkansah;Antwi;Opoku;Gyamfi;Sarpong;Bonsu;Ampofo;Acheampong;Oppong;Amponsah;Boakye;Obeng;Poku".split(";")),
    # Zapotec of Oaxaca, Juchitán, Tlacolula and Teotitlán: Spanish given names, the surnames of the valleys
    # and the Isthmus (some of them baptismal names: 'Hipólito', 'Vicente', 'Santiago', 'Matías')
    "zapotec": ("Isidro;Florencio;Eleuterio;Crispín;Pedro;Juan;Macario;Arnulfo;Efraín;Fidencio;Porfirio;Valentín;Jacinto;Reynaldo;Odilón;Tomás".split(";"),
                "Guadalupe;Juana;Reyna;Rosalba;Marcelina;Eufrosina;Soledad;Porfiria;Felícitas;Ofelia;Agustina;Rufina;Aurelia;Zenaida;Sofía".split(";"),
                "Bazán;Lazo;Ruiz;Gutiérrez;Martínez;Hipólito;Chávez;Vicente;Contreras;Santiago;Aquino;Matías;Cruz;López;Jiménez;Orozco;Regalado;Pineda;Matus;Vásquez;Girón;Bautista;Gopar;Sosa".split(";")),
    # Asturians of Oviedo, Gijón, Avilés and Cangas de Onís: Spanish given names (their Asturian forms in
    # ASTURIAN_GIVEN_HELDOUT108), Asturian surnames
    "asturian": ("José;Juan;Francisco;Manuel;Pelayo;Marcelino;Aurelio;Amador;Severino;Ramón;Joaquín;Julio;Jorge;Alejandro;Rubén;Iván".split(";"),
                 "María;Covadonga;Begoña;Nieves;Amparo;Pilar;Josefa;Juana;Isabel;Lucía;Noelia;Olaya;Tania;Marta;Rosario;Sara".split(";"),
                 "Fernández;García;Menéndez;Álvarez;Suárez;Rodríguez;González;Díaz;Prieto;Fonseca;Cueto;Canga;Argüelles;Valdés;Riestra;Llaneza;Cienfuegos;Villaverde;Miranda;Casielles;Tuñón;Solís;Quirós;Noval;Pando;Fombona;Lastra;Arbesú".split(";")),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs), in any of the forms
# (checked without accents and case)
PUBLIC_FIGURES_HELDOUT108 = {
    "Kwadwo Asamoah", "Kwame Appiah", "Kwasi Appiah", "Akwasi Appiah", "Yaw Sarpong", "Kofi Boakye", "Kojo Antwi",
    "Kwadwo Antwi", "Samuel Osei", "Guadalupe Pineda", "Pedro Martínez", "Marcelino García", "Pelayo Díaz",
}  # fmt: skip
# the Minang given names with two words (also in the lists above)
MINANG_TWO_GIVEN_HELDOUT108 = [n for g in NAMES_HELDOUT108["minang"][:2] for n in g if " " in n]
# the spelling before 1972 (dj, tj, sj, j for y, oe for u) an older Minang keeps on the papers
MINANG_OLD_HELDOUT108 = {
    "Syafrizal": "Sjafrizal", "Yusrizal": "Jusrizal", "Yusnimar": "Jusnimar", "Nurhayati": "Nurhajati",
    "Syofiah": "Sjofiah", "Darmansyah": "Darmansjah", "Yuliani": "Juliani", "Jamaris": "Djamaris",
    "Syamsuddin": "Sjamsuddin", "Marzuki": "Marzoeki", "Yunus": "Joenoes", "Syahrial": "Sjahrial",
}  # fmt: skip
# the adat titles (gelar) a penghulu carries after 'Datuak' ('Dt.' on papers): the span when he is called
# by it
MINANG_GELAR_HELDOUT108 = [
    "Rajo Mangkuto", "Bandaro Putiah", "Sati", "Rajo Panghulu", "Majo Indo", "Paduko Rajo", "Sinaro Panjang",
    "Tan Marajo",
]  # fmt: skip
# the short forms a Minang given name takes
MINANG_NICK_HELDOUT108 = {
    "Yusrizal": "Ijal", "Afrizal": "Ijal", "Syafrizal": "Ijal", "Irwan": "Iwan", "Muhammad Ikhsan": "Ican",
    "Zulfikar": "Zul", "Rosmaini": "Ros", "Yenni": "Yen", "Desmawati": "Des", "Fitriani": "Fitri",
    "Nofriyanti": "Nofi",
}  # fmt: skip
# the day names' other spellings in Ghana
AKAN_VARIANTS_HELDOUT108 = {
    "Adwoa": "Adjoa", "Abenaa": "Abena", "Akua": "Akuah", "Afua": "Afia", "Ama": "Amma", "Kwadwo": "Kwadjo",
    "Kwabena": "Kwabina", "Kwasi": "Akwasi",
}  # fmt: skip
# hyphenated Akan family names (two family names joined)
AKAN_HYPHENATED_HELDOUT108 = "Owusu-Ansah;Osei-Bonsu;Amoako-Atta;Boakye-Dankwa;Adu-Gyamfi;Asante-Darko;Agyeman-Duah;Ofori-Amanfo".split(";")  # fmt: skip
# the short forms an Akan given name takes
AKAN_NICK_HELDOUT108 = {
    "Kwabena": "Kwabs",
    "Akosua": "Akos",
    "Kwadwo": "Kojo",
    "Samuel": "Sammy",
    "Emmanuel": "Emma",
}
# two given names of a Zapotec man and woman
ZAPOTEC_DOUBLE_HELDOUT108 = {
    False: ["José Isidro", "Juan Pedro", "Pedro Celestino", "José de Jesús"],
    True: ["María de Jesús", "María Guadalupe", "María Soledad", "Ana Rosa"],
}
# the short forms a Spanish given name takes in Oaxaca
ZAPOTEC_NICK_HELDOUT108 = {
    "Guadalupe": "Lupe", "Soledad": "Chole", "Porfirio": "Pilo", "Florencio": "Lencho", "Agustina": "Tina",
    "Reynaldo": "Rey", "Felícitas": "Feli",
}  # fmt: skip
# the Asturian forms of Spanish given names
ASTURIAN_GIVEN_HELDOUT108 = {
    "José": "Xosé", "Juan": "Xuan", "Francisco": "Xicu", "Joaquín": "Xuaco", "Julio": "Xulio", "Jorge": "Xurde",
    "Alejandro": "Xandru", "Isabel": "Xabel", "Juana": "Xuana", "Josefa": "Xosefa",
}  # fmt: skip
# surnames with 'de', 'del' or 'de la' (after a plain surname, or before one)
ASTURIAN_DE_HELDOUT108 = ["de la Fuente", "del Valle", "de Llano", "de la Riva", "de Caso", "de Quirós"]
# compound given names of an Asturian man and woman
ASTURIAN_DOUBLE_HELDOUT108 = {
    False: ["José Manuel", "José Ramón", "Manuel Ángel", "José Luis"],
    True: ["María Covadonga", "María Nieves", "María José", "Mari Luz", "María Begoña"],
}
# the short forms an Asturian given name takes
ASTURIAN_NICK_HELDOUT108 = {
    "José": "Pepín", "Manuel": "Nel", "Francisco": "Pachu", "Covadonga": "Cova", "María": "Maruja", "Josefa": "Fina",
    "Marcelino": "Lino", "Begoña": "Bego",
}  # fmt: skip
NICKS_HELDOUT108 = {
    "minang": MINANG_NICK_HELDOUT108, "akan": AKAN_NICK_HELDOUT108, "zapotec": ZAPOTEC_NICK_HELDOUT108,
    "asturian": ASTURIAN_NICK_HELDOUT108,
}  # fmt: skip
# a family name (for the Minang: a father's name) with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT108 = {
    "Bustami": "Bustmai", "Jamaris": "Jamasir", "Kamaruddin": "Kamarrudin", "Amiruddin": "Amiruddn",
    "Bachtiar": "Bachitar", "Nasrul": "Nasurl", "Syahrial": "Syahrail", "Boateng": "Boatneg",
    "Frimpong": "Frimpnog", "Acheampong": "Acheampnog", "Nkansah": "Nkasnah", "Amponsah": "Ampomsah",
    "Gyamfi": "Gyamif", "Agyeman": "Agyeamn", "Gutiérrez": "Gutiérez", "Contreras": "Contrears",
    "Regalado": "Regaldo", "Santiago": "Santaigo", "Orozco": "Orosco", "Vásquez": "Vásques", "Bautista": "Batuista",
    "Menéndez": "Menédez", "Argüelles": "Argüeles", "Cienfuegos": "Cienfuegso", "Villaverde": "Villaverede",
    "Casielles": "Casiellas", "Fombona": "Fomboan", "Riestra": "Riesta",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and the
# part of the name it goes with ('full', 'given', 'family' or 'gelar', the title name after 'Datuak')
TITLED_HELDOUT108: dict[str, tuple[str, bool | None, str]] = {
    "datuak": ("minang", False, "gelar"),  # a penghulu, the head of a kaum, called by his gelar
    "uda": ("minang", False, "given"),  # elder brother, any young man, the waiter at a Padang restaurant
    "uni": ("minang", True, "given"),  # elder sister
    "mak": ("minang", True, "given"),  # mother, an older woman
    "etek": ("minang", True, "given"),  # the mother's younger sister
    "mamak": ("minang", False, "given"),  # the mother's brother
    "pak": ("minang", False, "given"),
    "bu": ("minang", True, "given"),
    "haji": ("minang", False, "full"),
    "hajjah": ("minang", True, "full"),
    "nana": ("akan", None, "full"),  # a chief, a queen mother, a grandparent
    "auntie": ("akan", True, "given"),  # any older woman, a seller at the market
    "maame": ("akan", True, "given"),  # mother, a respected woman
    "opanin": ("akan", False, "full"),  # an elder
    "wofa": ("akan", False, "given"),  # the mother's brother
    "doña": ("zapotec", True, "given"),
    "don": ("zapotec", False, "given"),
    "tía": ("zapotec", True, "given"),
    "tío": ("zapotec", False, "given"),
    "na": ("zapotec", True, "given"),  # Juchitán's 'Na' before an older woman's name
    "tíu": ("asturian", False, "given"),  # uncle, an older man of the village, in Asturian
    "señá": ("asturian", True, "given"),  # an older woman of the village
    "güelu": ("asturian", False, "given"),  # grandfather
    "güela": ("asturian", True, "given"),  # grandmother
    "señor": ("asturian", False, "family"),
    "señora": ("asturian", True, "family"),
}
TITLE_SLOT_HELDOUT108 = re.compile(
    r"(?<![\w'.-])(datuak|uda|uni|mamak|mak|etek|pak|bu|hajjah|haji|nana|auntie|maame|opanin|wofa|doña|don|tía|"
    r"tío|na|tíu|señá|güelu|güela|señora|señor) \{\}",
    re.IGNORECASE,
)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT108
FORCED_FORMS_HELDOUT108 = [
    ("minang", "father_name"), ("akan", "christian_day"), ("zapotec", "two_surnames"), ("asturian", "two_surnames"),
    ("minang", "bin"), ("akan", "hyphenated"), ("zapotec", "double_given"), ("asturian", "de_surname"),
    ("minang", "two_given"), ("akan", "surname_first"), ("zapotec", "surname_first"), ("asturian", "asturian_given"),
    ("minang", "old_spelling"), ("akan", "initials"), ("zapotec", "us_hyphen"), ("asturian", "compound_given"),
    ("minang", "gelar"), ("akan", "variant"), ("zapotec", "ascii"), ("asturian", "surname_first"),
    ("minang", "single"), ("akan", "nickname"), ("zapotec", "nickname"), ("asturian", "ascii"),
    ("minang", "nickname"), ("akan", "typo"), ("zapotec", "typo"), ("asturian", "initials"),
    ("minang", "typo"), ("asturian", "nickname"), ("asturian", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT108 = {"nickname", "typo"}
FORM_ONLY_FORMS_HELDOUT108 = {"surname_first", "initials", "single", "gelar"}
# forms that want a man's name
MEN_FORMS_HELDOUT108 = {"gelar"}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT108: dict[str, list[str]] = {
    "minang": [
        "Uda {} yang pegang kunci lapau, tanya dia saja",
        "Uni {} masak rendang paling enak se-Payakumbuh",
        "Mak {} masih jualan lamang di pasar Bukittinggi tiap Jumat",
        "Datuak {} came to the kaum's meeting about the land under the shop",
        "Mamak {} yang menyewakan ruko itu ke kami, sewanya naik tahun ini",
    ],
    "akan": [
        "Auntie {} sells the best kelewele at Asafo market",
        "Nana {} is the landlord of the shop at Adum",
        "Maame {} brought the waakye leaves from Kumasi",
        "Opanin {} blessed the new bakery oven on Sunday",
        "Wofa {} is paying for the food truck permit",
    ],
    "zapotec": [
        "doña {} vende tlayudas en la calle de Libres todas las noches",
        "don {} trae el chocolate de Tlacolula los domingos",
        "tía {} hace el mole negro para la boda del sábado",
        "Na {} vende totopos en el mercado de Juchitán",
        "tío {} drives the food truck on Pico Boulevard now",
    ],
    "asturian": [
        "el tíu {} lleva cincuenta años faciendo pan en Cangas",
        "la señá {} fai les meyores casadielles del conceyu",
        "güela {} still makes the frixuelos for the shop every Sunday",
        "la señora {} del local de la calle Uría quiere el alquiler antes del día 5",
    ],
    "upper": [
        "Full name of the permit holder (capitals): {}",
        "Name as on the ID, in block capitals: {}",
        "Name of the stallholder in capital letters: {}",
    ],
    "lower": [
        "lol {} ate half the tray of croissants before we opened",
        "{} still hasn't paid for the catering",
        "has anyone heard from {} since the stall was closed",
    ],
    "form": [
        "Name of the food business operator: {}",
        "Name on the hygiene certificate: {}",
    ],
    "chat": [
        "{} says the new oven finally works",
        "did {} get the money for the catering in the end?",
    ],
}
# IBANs where a supplier, a relative or a landlord is paid (Indonesia, Malaysia, Ghana, Mexico and the United
# States have none): the Netherlands and Saudi Arabia for the Minangkabau, the United Kingdom and Germany for
# the Akan, Spain and France for Zapotec family there, Spain, Switzerland and Belgium for the Asturians
IBAN_SHAPES_HELDOUT108 = {"NL": "4a10n", "SA": "2n18c", "GB": "4a14n", "DE": "18n", "ES": "20n", "FR": "10n11c2n", "CH": "5n12c", "BE": "12n"}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT108 = {
    "minang": ["NL", "SA"], "akan": ["GB", "DE"], "zapotec": ["ES", "FR"], "asturian": ["ES", "ES", "CH", "BE"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT108 = {
    "minang": ["rendang", "satepadang", "nasipadang", "lamang", "bukittinggi"],
    "akan": ["waakye", "kelewele", "kenkey", "kumasi", "makola"],
    "zapotec": ["tlayudas", "mole", "tejate", "oaxaca", "memelas"],
    "asturian": ["cachopo", "sidra", "frixuelos", "xixon", "panaderia"],
}
EMAIL_DOMAINS_HELDOUT108 = {
    "minang": ["yahoo.co.id", "yahoo.com", "ymail.com"],
    "akan": ["yahoo.com", "hotmail.com", "outlook.com"],
    "zapotec": ["hotmail.com", "outlook.es", "yahoo.com.mx"],
    "asturian": ["hotmail.es", "telecable.es", "yahoo.es"],
}
# the templates that belong to one people's places, dishes, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT108: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)asturi|oviedo|gijón|gijon|xixón|avilés|cangas|sidrer|chigre|cachopo|frixuelo|casadiell|"
                r"redsys|bizum|too good to go|uría|cabrales|faciendo|\bfai\b|dende|apellíos|\bnome\b|conceyu|"
                r"panaderí|empanada|bollos preñaos"), "asturian"),
    (re.compile(r"(?i)oaxaca|juchit|tlacolula|teotitl|tlayuda|\bmole\b|tejate|memela|\bcomal\b|totopo|zapotec|"
                r"los ángeles|los angeles|\bla county|pico boulevard|rappi|didi food|\bclip\b|taco|pesos|"
                r"credencial|chapulines|puesto"), "zapotec"),
    (re.compile(r"(?i)kumasi|accra|makola|cape coast|ghana|waakye|kelewele|kenkey|chop bar|cedis|\badum\b|"
                r"asafo|kejetia|bantama|hubtel|\bmomo\b|\bfda\b|peckham|hamburg|surname and other|tea bread|"
                r"yɛ|medaase"), "akan"),
    (re.compile(r"(?i)padang|bukittinggi|payakumbuh|minang|rendang|lapau|baralek|lamang|nagari|sumatera|"
                r"sumatra|jakarta|kramat|kuala lumpur|kampung baru|gofood|gobiz|grabfood|shopeefood|qris|"
                r"\bnama\b|\byang\b|belum|sudah|pesanan|\bkami\b|jualan|\bsaya\b|penuh"), "minang"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT108: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bella\b|\bla dueña\b|\bsu hija\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bél\b|\bel dueño\b"), False),
]  # fmt: skip
# a food business word and its well-known misspelling
MISSPELT_HELDOUT108 = {
    "restaurant": "restuarant", "hygiene": "hygeine", "invoice": "invioce", "delivery": "delivary",
    "receipt": "reciept", "certificate": "certficate", "inspector": "inspecter", "catering": "cathering",
    "schedule": "schedual", "croissants": "croisants", "business": "buisness", "supplier": "suplier",
    "tomorrow": "tommorow", "definitely": "definately", "separate": "seperate", "permit": "permitt",
}  # fmt: skip
MISSPELT_WORD_HELDOUT108 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT108, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Indonesian and Spanish
SHORTHAND_HELDOUT108 = {
    "please": "pls", "because": "bc", "tomorrow": "tmrw", "thanks": "thx", "message": "msg", "before": "b4",
    "yang": "yg", "sudah": "udh", "tidak": "tdk", "bisa": "bs", "untuk": "utk", "por favor": "porfa",
    "también": "tmb", "porque": "xq", "mañana": "mñn",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT108 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT108, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT108 = (
    "January February March April May June July August September October November December".split()
)
ID_MONTHS_HELDOUT108 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
ES_MONTHS_HELDOUT108 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
AST_MONTHS_HELDOUT108 = (
    "xineru febreru marzu abril mayu xunu xunetu agostu setiembre ochobre payares avientu".split()
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Crispín' -> 'crispin',
    'Muhammad Ikhsan' -> 'muhammadikhsan', 'Owusu-Ansah' -> 'owusuansah', 'de la Fuente' -> 'delafuente')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, accents and case aside."""
    low = _fold(value).lower()
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT108)


class Gen108(Gen3):
    """Generators for held-out set 108: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT108)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT108; never a public figure's, and
        never a Minang whose father's name is his own."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT108)
        men, women, lasts = NAMES_HELDOUT108[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first and not _reads_public(f"{first} {x}")])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _two_surnames(self, origin: str, last: str) -> str:
        """The father's surname and the mother's: 'Bazán Lazo', 'Fernández Cueto'."""
        return f"{last} {self.rng.choice([x for x in NAMES_HELDOUT108[origin][2] if x != last])}"

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT108's, or 'plain'); never one
        that reads as a public figure's; without accents where `script` is 'ascii'."""
        for _ in range(50):
            value = self._form_once(origin, form, woman)
            if not _reads_public(value):
                break
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None) -> str:
        rng = self.rng
        if form in MEN_FORMS_HELDOUT108:
            woman = False
        if form == "nickname":  # 'Ijal', 'Kwabs', 'Lupe', 'Pachu'
            nicks = NICKS_HELDOUT108[origin]
            women = set(NAMES_HELDOUT108[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT108[origin]
        own = women if woman else men
        if form == "typo":  # 'Yusrizal Bustmai', 'Kwame Frimpnog', 'Juana Contrears', 'Pelayo Cienfuegso'
            last = rng.choice([x for x in lasts if x in NAME_TYPOS_HELDOUT108 and x != first])
            typo = NAME_TYPOS_HELDOUT108[last]
            if origin in ("zapotec", "asturian") and rng.random() < 0.5:
                return f"{first} {typo} {rng.choice([x for x in lasts if x != last])}"
            return f"{first} {typo}"
        if origin == "minang":
            if form == "father_name":  # 'Yusrizal Darwis', 'Nur Asmah Jamaris'
                return f"{first} {last}"
            if form == "bin":  # 'Afrizal bin Bustami', 'Rosmaini binti Jamaris'
                return f"{first} {'binti' if woman else 'bin'} {last}"
            if form == "two_given":  # 'Muhammad Ikhsan', 'Siti Rahmah Zainal'
                first = rng.choice([g for g in own if " " in g])
                return first if rng.random() < 0.5 else f"{first} {last}"
            if form == "old_spelling":  # 'Sjafrizal', 'Jusnimar Djamaris', 'Erizal Marzoeki'
                olds = [g for g in own if g in MINANG_OLD_HELDOUT108]
                old_fathers = [f for f in lasts if f in MINANG_OLD_HELDOUT108]
                if rng.random() < 0.5:
                    first = rng.choice(olds)
                    father = rng.choice(lasts)
                    spelt = MINANG_OLD_HELDOUT108.get(father, father)
                    return f"{MINANG_OLD_HELDOUT108[first]} {spelt}"
                father = MINANG_OLD_HELDOUT108[rng.choice(old_fathers)]
                return f"{MINANG_OLD_HELDOUT108.get(first, first)} {father}"
            if form == "gelar":  # on papers: 'Syafrizal Dt. Rajo Mangkuto'
                return f"{first} Dt. {rng.choice(MINANG_GELAR_HELDOUT108)}"
            if form == "single":  # one word is the whole name on the papers: 'Yusnimar'
                return rng.choice([g for g in own if " " not in g])
        if origin == "akan":
            days = [w if woman else m for _, m, w in AKAN_DAYS_HELDOUT108]
            if form == "christian_day":  # 'Grace Akosua Mensah', 'Emmanuel Kwabena Boateng'
                return f"{rng.choice(AKAN_CHRISTIAN_HELDOUT108[woman])} {rng.choice(days)} {last}"
            if form == "hyphenated":  # 'Yaw Owusu-Ansah'
                return f"{first} {rng.choice(AKAN_HYPHENATED_HELDOUT108)}"
            if form == "surname_first":  # a Ghanaian form: 'OWUSU, Kwame', 'Mensah Grace Akosua'
                r = rng.random()
                if r < 0.4:
                    return f"{last.upper()}, {first}"
                if r < 0.7:
                    return f"{last.upper()} {rng.choice(AKAN_CHRISTIAN_HELDOUT108[woman])} {rng.choice(days)}"
                return f"{last}, {rng.choice(AKAN_CHRISTIAN_HELDOUT108[woman])} {rng.choice(days)}"
            if form == "initials":  # 'K. Owusu', 'E. K. Mensah'
                if rng.random() < 0.5:
                    return f"{first[0]}. {last}"
                return f"{rng.choice(AKAN_CHRISTIAN_HELDOUT108[woman])[0]}. {rng.choice(days)[0]}. {last}"
            if form == "variant":  # 'Adjoa Boateng', 'Kwadjo Mensah'
                first = rng.choice([d for d in days if d in AKAN_VARIANTS_HELDOUT108])
                return f"{AKAN_VARIANTS_HELDOUT108[first]} {last}"
        if origin == "zapotec":
            if form == "two_surnames":  # 'Juana Bazán Lazo'
                return f"{first} {self._two_surnames(origin, last)}"
            if form == "double_given":  # 'María de Jesús Santiago Cruz', 'José Isidro Matus'
                given = rng.choice(ZAPOTEC_DOUBLE_HELDOUT108[woman])
                return f"{given} {self._two_surnames(origin, last) if rng.random() < 0.6 else last}"
            if form == "surname_first":  # a Mexican form: 'BAZÁN LAZO JUANA', 'Ruiz Vicente, Isidro'
                surnames = self._two_surnames(origin, last)
                return f"{surnames} {first}".upper() if rng.random() < 0.5 else f"{surnames}, {first}"
            if form == "us_hyphen":  # Los Angeles papers: 'Isidro Ruiz-Vicente'
                return f"{first} {self._two_surnames(origin, last).replace(' ', '-')}"
            if form == "ascii":  # typed without the accents: 'Crispin Vasquez Giron', 'Sofia Martinez'
                accented = [x for x in lasts if _fold(x) != x]
                last = rng.choice(accented)
                if rng.random() < 0.5:
                    return _fold(f"{first} {last}")
                return _fold(f"{first} {last} {rng.choice([x for x in lasts if x != last])}")
        if origin == "asturian":
            if form == "two_surnames":  # 'Pelayo Fernández Cueto'
                return f"{first} {self._two_surnames(origin, last)}"
            if form == "de_surname":  # 'Olaya García de la Fuente', 'Covadonga del Valle Prieto'
                de = rng.choice(ASTURIAN_DE_HELDOUT108)
                return f"{first} {last} {de}" if rng.random() < 0.5 else f"{first} {de} {last}"
            if form == "asturian_given":  # 'Xuan Menéndez', 'Xuana Canga Riestra'
                first = rng.choice([g for g in own if g in ASTURIAN_GIVEN_HELDOUT108])
                surnames = self._two_surnames(origin, last) if rng.random() < 0.5 else last
                return f"{ASTURIAN_GIVEN_HELDOUT108[first]} {surnames}"
            if form == "compound_given":  # 'María Covadonga Suárez Prieto', 'José Manuel Riestra'
                given = rng.choice(ASTURIAN_DOUBLE_HELDOUT108[woman])
                return f"{given} {self._two_surnames(origin, last) if rng.random() < 0.6 else last}"
            if (
                form == "surname_first"
            ):  # a Spanish form: 'MENÉNDEZ ÁLVAREZ, PELAYO', 'Fernández Cueto, Olaya'
                surnames = self._two_surnames(origin, last)
                return f"{surnames}, {first}".upper() if rng.random() < 0.5 else f"{surnames}, {first}"
            if form == "ascii":  # 'Pelayo Menendez Alvarez', 'Lucia Arguelles'
                accented = [x for x in lasts if _fold(x) != x]
                last = rng.choice(accented)
                if rng.random() < 0.5:
                    return _fold(f"{first} {last}")
                return _fold(f"{first} {last} {rng.choice([x for x in lasts if x != last])}")
            if form == "initials":  # 'X. Fernández', 'J. M. Riestra'
                if rng.random() < 0.5:
                    return f"{ASTURIAN_GIVEN_HELDOUT108.get(first, first)[0]}. {last}"
                two = rng.choice(ASTURIAN_DOUBLE_HELDOUT108[woman]).split()
                return f"{two[0][0]}. {two[-1][0]}. {last}"
        return f"{first} {last}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as an ID's or a register's line holds it ('YUSRIZAL BIN DARWIS', 'OWUSU KWAME',
        'BAZÁN LAZO JUANA', 'MENÉNDEZ ÁLVAREZ, PELAYO')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            if origin == "minang":
                value = (
                    f"{first} {'binti' if woman else 'bin'} {last}"
                    if self.rng.random() < 0.5
                    else f"{first} {last}"
                )
            elif origin == "akan":
                value = f"{last} {first}"
            elif origin == "zapotec":
                value = f"{self._two_surnames(origin, last)} {first}"
            else:
                value = f"{self._two_surnames(origin, last)}, {first}"
            if not _reads_public(value):
                break
        return value.upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'surname_first' or 'ascii' where the
        template asks for one."""
        rng = self.rng
        r = rng.random()
        if script == "surname_first":
            return self._form(origin, "surname_first", woman)
        if origin == "minang":
            if r < 0.3:
                return first  # the whole name
            if r < 0.45 and not chat:
                return f"{first} {'binti' if woman else 'bin'} {last}"
            if r < 0.55 and first in MINANG_OLD_HELDOUT108 and not chat:
                return f"{MINANG_OLD_HELDOUT108[first]} {MINANG_OLD_HELDOUT108.get(last, last)}"
            return f"{first} {last}"
        if origin == "akan":
            if r < 0.2:
                days = [w if woman else m for _, m, w in AKAN_DAYS_HELDOUT108]
                return f"{rng.choice(AKAN_CHRISTIAN_HELDOUT108[woman])} {rng.choice(days)} {last}"
            if r < 0.3:
                return f"{first} {rng.choice(AKAN_HYPHENATED_HELDOUT108)}"
            return f"{first} {last}"
        if origin == "zapotec":
            if r < 0.5 and not chat:
                return f"{first} {self._two_surnames(origin, last)}"
            if r < 0.25:
                return f"{first} {self._two_surnames(origin, last)}"
            if chat and r < 0.4:
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        if origin == "asturian":
            if r < 0.45 and not chat:
                return f"{first} {self._two_surnames(origin, last)}"
            if r < 0.2:
                return f"{first} {self._two_surnames(origin, last)}"
            if r < 0.32 and first in ASTURIAN_GIVEN_HELDOUT108:
                return f"{ASTURIAN_GIVEN_HELDOUT108[first]} {last}"
            if chat and r < 0.42:
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        return f"{first} {last}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if (script == "surname_first") != (form == "surname_first"):
                continue
            if woman is True and form in MEN_FORMS_HELDOUT108:
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT108 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT108 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        owed = self._owed_for(origin, woman, script, chat)
        if owed:
            self.owed.remove(owed)
            self.last_origin = owed[0]
            return self._form(owed[0], owed[1], woman, script)
        for _ in range(50):
            name = self._plain_person(origin, woman, script, chat)
            if not _reads_public(name):
                break
        return name

    def _plain_person(self, origin: str | None, woman: bool | None, script: str, chat: bool) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        self.last_origin = origin
        r = rng.random()
        if r < (0.7 if chat else 0.88) or script:
            name = self._full(origin, first, last, woman, script, chat)
            return _fold(name) if script == "ascii" else name
        if r < 0.92 or origin == "minang":  # a father's name alone names no one
            name = first
            nicks = NICKS_HELDOUT108[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
            elif origin == "asturian" and first in ASTURIAN_GIVEN_HELDOUT108 and rng.random() < 0.4:
                name = ASTURIAN_GIVEN_HELDOUT108[first]
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Datuak Rajo Mangkuto', 'Uda Ijal', 'Hajjah Rosmaini
        Bustami', 'Auntie Akos', 'Opanin Kwaku Boateng', 'doña Lupe', 'Na Juana', 'tíu Xicu', 'señora
        Cueto'), from the origin that uses it."""
        for _ in range(50):
            value = self._titled_once(title)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str) -> str:
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT108[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "gelar":
            return rng.choice(MINANG_GELAR_HELDOUT108)
        if part == "given":
            nicks = NICKS_HELDOUT108[origin]
            if first in nicks and rng.random() < 0.4:  # 'Uni Yen', 'doña Lupe', 'tíu Pachu'
                return nicks[first]
            if origin == "asturian" and first in ASTURIAN_GIVEN_HELDOUT108 and rng.random() < 0.5:
                return ASTURIAN_GIVEN_HELDOUT108[first]  # 'tíu Xicu', 'güela Xuana'
            if origin == "akan" and first in AKAN_VARIANTS_HELDOUT108 and rng.random() < 0.3:
                return AKAN_VARIANTS_HELDOUT108[first]  # 'Auntie Afia'
            return first
        if part == "family":
            return last
        if origin == "akan" and rng.random() < 0.3:  # 'Nana Kwame Owusu-Ansah'
            return f"{first} {rng.choice(AKAN_HYPHENATED_HELDOUT108)}"
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it, one of the
        origin whose places, dishes, papers or speech the template names, in the layout the template is
        written in."""
        m = TITLE_SLOT_HELDOUT108.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT108[title.lower()][0]
            return name
        script = ""
        if template.startswith(("Apellidos y nombre", "Surname and other names", "Nome y apellíos")):
            script = "surname_first"
        elif template.startswith(('"', "- ")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT108 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT108 if cue.search(template)), None)
        if script == "surname_first" and origin is None:
            origin = self.rng.choice(["zapotec", "asturian"])
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT108 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT108:
            template = rng.choice(FORCED_SENTENCES_HELDOUT108[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT108:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT108["upper"]), self._caps(origin)))
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT108["lower"]), self._form(origin, "plain").lower())
            )
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT108 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT108[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, rt, rw = rng.randint(1, 160), rng.randint(1, 12), rng.randint(1, 9)
        shapes = {
            "minang": [
                f"Jl. {pick(['Sawahan', 'Proklamasi', 'Veteran', 'Ahmad Yani', 'Pemuda'])} No. {n}, RT 0{rt:02d}/RW 00{rw}, Kel. {pick(['Sawahan', 'Jati', 'Alai Parak Kopi'])}, Kec. Padang Timur, Kota Padang 2512{rng.randint(1, 9)}",
                f"Jl. {pick(['Panorama', 'Ahmad Yani', 'Sudirman'])} No. {n}, Kel. {pick(['Kayu Kubu', 'Benteng Pasar Atas', 'Aur Tajungkang'])}, Bukittinggi 2611{rng.randint(1, 9)}",
                f"Jl. {pick(['Soekarno-Hatta', 'Ahmad Yani', 'Sudirman'])} No. {n}, Kel. {pick(['Balai Nan Duo', 'Ibuah', 'Koto Nan Ampek'])}, Payakumbuh 2621{rng.randint(1, 9)}",
                f"Jorong {pick(['Koto Tuo', 'Pandai Sikek', 'Koto Gadang'])}, Nagari {pick(['Balingka', 'Pandai Sikek', 'Koto Gadang'])}, Kec. {pick(['IV Koto', 'Sepuluh Koto'])}, Kab. Agam, Sumatera Barat",
                f"Jl. Kramat Raya No. {n}, Senen, Jakarta Pusat 10450",
                f"No. {n}, Jalan Raja Muda Musa, Kampung Baru, 50300 Kuala Lumpur",
                f"No. {n}, Jalan Tuanku Abdul Rahman, 50100 Kuala Lumpur",
            ],
            "akan": [
                f"Plot {n}, Block {pick('ABCDE')}, Adum, Kumasi, GhanaPostGPS AK-0{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                f"House No. {pick(['OTB', 'BT', 'AS'])} {n}, {pick(['Bantama', 'Asafo', 'Suame', 'Ayigya'])}, Kumasi",
                f"Hse No. {n}, {pick(['Asafo', 'Amakom', 'Krofrom'])}, Kumasi, Ashanti Region",
                f"Stall {n}, {pick(['Makola Market', 'Makola No. 2'])}, Accra",
                f"H/No. {n}, {pick(['Kokomlemle', 'Adabraka', 'Dansoman'])}, Accra, GhanaPostGPS GA-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                f"Hse No. {n}, Kakumdo, Cape Coast",
                f"Flat {rng.randint(1, 40)}, {n} Rye Lane, London SE15 {rng.randint(1, 9)}{pick(['ST', 'BN', 'JA'])}",
                f"Steindamm {n}, 20099 Hamburg",
            ],
            "zapotec": [
                f"Calle {pick(['Macedonio Alcalá', 'García Vigil', 'Libres', 'Murguía'])} {n}, Col. Centro, C.P. 68000, Oaxaca de Juárez, Oax.",
                f"Calle {pick(['2 de Abril', '5 de Septiembre', 'Hidalgo'])} No. {n}, {pick(['Séptima', 'Tercera', 'Primera'])} Sección, C.P. 70000, Juchitán de Zaragoza, Oax.",
                f"Av. {pick(['Juárez', '2 de Abril', 'Galeana'])} {n}, Tlacolula de Matamoros, Oax., C.P. 70400",
                f"Av. {pick(['Juárez', 'Hidalgo'])} No. {n}, Teotitlán del Valle, Oax., C.P. 70420",
                f"{rng.randint(1000, 4999)} W Pico Blvd, Los Angeles, CA 9000{pick('6915')}",
                f"{rng.randint(2000, 3999)} W 8th St, Apt {rng.randint(1, 40)}, Los Angeles, CA 90005",
            ],
            "asturian": [
                f"C/ {pick(['Uría', 'Fruela', 'Jovellanos', 'Gascona'])}, {n}, {rng.randint(1, 8)}º {pick('ABCD')}, 3300{rng.randint(1, 9)} Oviedo",
                f"Calle {pick(['Corrida', 'Cabrales', 'Menéndez Valdés', 'Ezcurdia'])}, {n}, {rng.randint(1, 8)}º {pick(['izda.', 'dcha.'])}, 3320{rng.randint(1, 9)} Gijón",
                f"C/ {pick(['La Cámara', 'Rivero', 'Galiana'])}, {n}, 3340{rng.randint(1, 2)} Avilés",
                f"Avda. {pick(['Covadonga', 'Contranquil'])}, {n}, 33550 Cangas de Onís",
                f"Barrio {pick(['La Riera', 'El Castañeu', 'La Pumarada'])}, {n}, 33520 Nava",
                f"Badenerstrasse {n}, 8004 Zürich",
                f"Rue {pick(['de la Station', 'Cockerill', 'du Molinay'])} {n}, 4100 Seraing",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT108 for s in shapes[o]])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT108[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1970, 2006)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", *EMAIL_DOMAINS_HELDOUT108[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        shapes = {
            "minang": [
                f"08{pick(['12', '13', '21', '22', '52', '53'])}-{d(4)}-{d(4)}",  # Indonesian mobiles
                f"+62 8{pick(['12', '13', '21', '22', '52'])} {d(4)} {d(4)}",
                f"(0751) {pick('4567')}{d(5)}",  # Padang
                f"(0752) {pick('23')}{d(4)}",  # Bukittinggi
                f"(021) {pick('3')}{d(6)}",  # Jakarta
                f"+60 1{pick('2369')}-{d(3)} {d(4)}",  # Malaysian mobiles
                f"03-{d(4)} {d(4)}",  # Kuala Lumpur
            ],
            "akan": [
                f"0{pick(['24', '54', '55', '59', '20', '50', '27'])} {d(3)} {d(4)}",  # Ghanaian mobiles
                f"+233 {pick(['24', '54', '55', '20', '26'])} {d(3)} {d(4)}",
                f"0322 0{d(2)} {d(4)}",  # Kumasi
                f"030 2{d(2)} {d(4)}",  # Accra
                f"+44 7{pick('4579')}{d(2)} {d(6)}",  # British mobiles
                f"07{pick('4579')}{d(2)} {d(6)}",
                f"+49 1{pick(['51', '60', '70', '76'])} {d(8)}",  # German mobiles
            ],
            "zapotec": [
                f"951 {d(3)} {d(4)}",  # Oaxaca
                f"+52 951 {d(3)} {d(4)}",
                f"971 {d(3)} {d(4)}",  # Juchitán
                f"+52 1 971 {d(3)} {d(4)}",
                f"({pick(['213', '323'])}) {pick('2345789')}{d(2)}-{d(4)}",  # Los Angeles
                f"+1 {pick(['213', '323'])} {pick('2345789')}{d(2)} {d(4)}",
            ],
            "asturian": [
                f"6{d(2)} {d(2)} {d(2)} {d(2)}",  # Spanish mobiles
                f"6{d(2)} {d(3)} {d(3)}",
                f"+34 6{d(2)} {d(3)} {d(3)}",
                f"985 {d(2)} {d(2)} {d(2)}",  # Asturias
                f"984 {d(3)} {d(3)}",
                f"+41 7{pick('689')} {d(3)} {d(2)} {d(2)}",  # Swiss mobiles
                f"+32 4{pick('789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Belgian mobiles
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT108 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", f"35{rng.randint(28, 89)}",
                             "34", "37"])  # fmt: skip
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
        origin = self._origin_after_name()
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT108[origin] if origin else sorted(IBAN_SHAPES_HELDOUT108))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT108[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2001:448a:{h()}:{h()}::{h()}", f"2c0f:2a80:{h()}:{h()}::{h()}",
                           f"2806:2f0:{h()}:{h()}::{h()}", f"2a0c:5a80:{h()}:{h()}::{h()}",
                           f"2600:1700:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the delivery app's sign-in alerts, the card terminal and the till on
        the shop's wifi, the CCTV recorder after the cash box was stolen, the recipe blog's admin log and the
        pre-order shop's server; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("GoBiz says someone logged into the merchant account from {}, that wasn't me", v4),
            ("the card terminal got {} on the shop wifi, put that in the settings", v4),
            ("the till tablet is on {}, if the printer stops try pinging it", v4),
            ("the CCTV recorder is on {}, the police want the footage of the night the cash box went", v4),
            ("the recipe blog's admin page had a login from {} at 3am, change the password", v4),
            ("the pre-order shop runs on {}, don't restart it on a saturday", v4),
            ("my phone got {} on the wifi at the market", v4),
            ("the delivery app showed a new sign-in from {}, was that you?", rng.choice([v4, v6])),
            ("Hubtel sent an alert, new login from {}", v6),
            ("the shop router gave the oven's controller a v6 address too, {}", v6),
            ("router di lapau kasih alamat {} ke mesin EDC, catat ya", v4),
            ("el lector Clip no conecta, el módem le dio la {}", v4),
            ("la cámara de la panadería ta en {}, nun la toques", v4),
            ("alguien entró al panel de Rappi desde {}, cambia la clave", v4),
            ("Host preorder-shop\n    HostName {}\n    User deploy", v4),
            ("DB_HOST={}", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-03-02 05:41:12 sshd[2211]: Failed password for invalid user admin from {} port 51022 ssh2", v4),
            ('{} - - [14/Mar/2026:06:12:40 +0100] "POST /cp/auth/login HTTP/1.1" 302 0', v4),
            ("$ ping -6 -c 3 {}", v6),
            ("$ scp orders_export.csv deploy@{}:/srv/shop/imports/", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Rendang', 'Bukittinggi', 'Lamang', 'Galamai', 'Payakumbuh'])}{rng.choice(['#751', '_2025', '!26', '@0752'])}",
                f"{rng.choice(['Waakye', 'Kelewele', 'Kumasi', 'Makola', 'Kenkey'])}{rng.choice(['@233', '#2025', '_0322', '!24'])}",
                f"{rng.choice(['Tlayuda', 'MoleNegro', 'Tejate', 'Tlacolula', 'Memelas'])}{rng.choice(['2025!', '@951', '#70', '_971'])}",
                f"{rng.choice(['Cachopo', 'Sidra', 'Frixuelos', 'Xixon', 'Casadielles'])}{rng.choice(['_985', '#33', '2025!', '@Uviéu'])}",
                rng.choice(["bread", "dough", "flour", "oven", "pastry", "bakery"]).translate(leet) + rng.choice(["", "!", "_108"]),
                f"{rng.choice(['Oven', 'Dough', 'Crust', 'Yeast'])}{rng.randint(2019, 2026)}-{rng.choice(['Morning', 'Batch', 'Market', 'Stall'])}{rng.randint(10, 99)}",
                f"{rng.choice(['shop', 'till', 'stall', 'orders'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        hexd = "0123456789abcdef"
        b64 = string.ascii_letters + string.digits + "+/"
        options = [
            # passwords and codes handed over in ways no earlier set used
            ("the GoBiz password is on a sticker taped under the card terminal, {}", pw),
            ("I wrote the Rappi merchant password on the back of the hygiene certificate's frame, {}", pw),
            ("the supplier portal password is in the flour order notebook, {}", pw),
            ("the Loyverse owner password is on the staff rota on the kitchen wall, {} (take it down pls)", pw),
            ("the cash box code was written inside its lid, {}, that's how they opened it", d(4)),
            ("the recipe blog's admin password is on the last page of the recipe book, {}", pw),
            ("the till's manager code is {}, only for refunds", d(4)),
            ("the PIN of the card terminal is {}, don't give it to the new staff", d(4)),
            ("GoBiz sent {} as the login code", d(6)),
            ("the Rappi code is {}, it expires in five minutes", d(6)),
            ("Hubtel texted me {} to confirm the withdrawal", d(6)),
            ("the shop wifi is {}", pw),
            ("the Too Good To Go store login password is {}", pw),
            # cues in the set's languages
            ("password GrabFood merchant {}, jangan kasih tahu siapa-siapa", pw),
            ("pin EDC Bank Nagari {}, jan agiah tau urang lain yo", d(6)),
            ("kata laluan akaun ShopeeFood kedai {}, jangan bagitau sesiapa", pw),
            ("the Hubtel POS password is {}, nka nkyerɛ obiara", pw),
            ("la contraseña de DiDi Food es {}, no se la digas a nadie", pw),
            ("la clave del Clip es {}, no se la pases a nadie porfa", pw),
            ("la contraseña del TPV de Redsys ye {}, nun-y lo digas a naide", pw),
            ("el PIN del Bizum de la panadería ye {}", d(4)),
            # commands
            ("$ curl -u admin:{} http://192.168.1.20/api/orders", colonless),
            ('$ curl https://shop.example.org/wp-json/wc/v3/orders -u "$WC_CONSUMER_KEY":{}', "cs_" + tok(40, hexd)),
            ("$ curl -H 'Authorization: Bearer {}' https://api.loyverse.com/v1.0/customers", tok(32, hexd)),
            ("$ php please make:user --password={}", colonless),
            ("$ mysql -u statamic -p{} blog", colonless),
            # pastes
            ("APP_KEY=base64:{}", tok(43, b64) + "="),
            ("DB_PASSWORD={}", colonless),
            ("MAIL_PASSWORD={}", colonless),
            ("WC_CONSUMER_KEY={}", "ck_" + tok(40, hexd)),
            ("WC_CONSUMER_SECRET={}", "cs_" + tok(40, hexd)),
            ("LOYVERSE_TOKEN={}", tok(32, hexd)),
            ("REDSYS_SECRET_KEY={}", tok(32, b64)),
            ("wpa_passphrase={}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: a delivery app merchant login, a Statamic, WooCommerce or Loyverse user, an Instagram
        or TikTok handle of the shop, in shapes like 'rm.rendang.yusrizal', 'kwame_waakye',
        'tlayudas.juanabazan', 'panaderia.cueto84'."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(70, 99) if rng.random() < 0.6 else rng.randint(0, 6)
        subject = rng.choice(SUBJECTS_HELDOUT108[origin])
        own = {
            "minang": [f"rm.{subject}.{first}", f"{first}_{subject}", f"uda.{first}{yy:02d}"],
            "akan": [f"{first}_{subject}", f"{first}{last}{yy:02d}", f"{subject}.by.{first}"],
            "zapotec": [f"{subject}.{first}{last}", f"{first}_{last}{yy:02d}", f"{subject}_{first}"],
            "asturian": [f"{subject}.{last}{yy:02d}", f"{first}.{last}", f"{subject}_{first}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1968, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1968, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "id": f"{day:02d}-{m:02d}-{y}",
            "id_words": f"{day} {ID_MONTHS_HELDOUT108[m - 1]} {y}",
            "my": f"{day:02d}/{m:02d}/{y}",
            "gh": f"{day:02d}/{m:02d}/{y}",
            "gh_words": f"{_ordinal(day)} {EN_MONTHS_HELDOUT108[m - 1]} {y}",
            "mx": f"{day:02d}/{m:02d}/{y}",
            "mx_words": f"{day} de {ES_MONTHS_HELDOUT108[m - 1]} de {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "es": f"{day:02d}/{m:02d}/{y}",
            "ast_words": f"{day} de {AST_MONTHS_HELDOUT108[m - 1]} de {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"minang": ["id", "my"], "akan": ["gh"], "zapotec": ["mx", "us"], "asturian": ["es"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["id", "gh", "mx", "es", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, parent = self._dob_shapes(), self._dob_shapes(1940, 1968)
        options = [
            ("tanggal lahir untuk sertifikat laik higiene: {}", s["id"]),
            ("saya lahir {}, tulis begitu di formulir izin P-IRT", s["id_words"]),
            ("tanggal lahir ibu untuk BPJS karyawan lapau: {}", parent["id"]),
            ("tarikh lahir saya untuk lesen gerai di Kuala Lumpur: {}", s["my"]),
            ("my date of birth for the food handler's certificate in Kumasi is {}", s["gh"]),
            ("I was born on the {}, the FDA form for the waakye stall has it wrong", s["gh_words"]),
            ("my mother's date of birth for the Makola stall permit: {}", parent["gh"]),
            ("nací el {}, así ponlo en el permiso del puesto de tlayudas", s["mx_words"]),
            ("la fecha de nacimiento de mi papá para el registro del puesto en el mercado es {}", parent["mx"]),
            ("my DOB for the LA food handler card is {}", s["us"]),
            ("the health permit for the taco truck asks for my date of birth, {}", s["us"]),
            ("nací el {} en Xixón, ponlo asina nel contratu", s["ast_words"]),
            ("la fecha de nacimiento de mi madre pa la licencia del chigre ye {}", parent["es"]),
            ("fecha de nacimiento para el carné de manipulador de alimentos: {}", s["es"]),
            ("Tanggal lahir: {}", s["id"]),
            ("Date of birth: {}", s["gh"]),
            ("DOB: {}", s["us"]),
            ("Fecha de nacimiento: {}", s["es"]),
            ("Data de nacencia: {}", s["ast_words"]),
            ('    "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT108_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} buka lapau nasi di dekat Pasar Raya Padang",
        "{} yang masak rendang untuk pesanan baralek minggu depan",
        "{} belum bayar tagihan santan dan cabe bulan ini",
        "{} jualan sate Padang di depan Jam Gadang tiap malam",
        "{} alah mambukak lapau baru di Payakumbuh",
        "{} kerja di restoran nasi Padang di Kampung Baru, Kuala Lumpur",
        "{} baru buka rumah makan Padang di Kramat, Jakarta",
        "{} sudah transfer uang muka untuk katering baralek",
        "{} runs the GoFood orders for the rumah makan in Padang",
        "{} got the halal certificate for the rendang packs at last",
        "{} makes the lamang for the Lebaran orders in Bukittinggi",
        "Uda {} yang pegang kunci lapau, tanya dia saja",
        "Uni {} masak rendang paling enak se-Payakumbuh",
        "Etek {} jualan galamai di pasar Payakumbuh",
        "Pak {} pemilik ruko minta sewa dibayar di muka",
        "Bu {} yang pesan 200 kotak nasi untuk acara kantor",
        "Haji {} supplies the beef for the rendang every week",
        "Hajjah {} orders the catering for the pengajian every month",
        "Mamak {} yang menyewakan ruko itu ke kami, sewanya naik tahun ini",
        "Datuak {} came to the kaum's meeting about the land under the shop",
        "{} sells waakye by the roadside at Asafo every morning",
        "{} fries the kelewele at Osu at night and sells out by ten",
        "{} supplies the flour for the tea bread in Kumasi",
        "{} reported the stolen cash box to the police at Adum",
        "{} got the FDA hygiene permit for the chop bar",
        "{} ne waakye yɛ dɛ paa",
        "{} moved the kenkey stall from Makola to Kaneshie",
        "{} is the new baker at the shop in Peckham, she trained in Kumasi",
        "Auntie {} sells the best kelewele at Asafo market",
        "Nana {} is the landlord of the shop at Adum",
        "Maame {} brought the waakye leaves from Kumasi",
        "Opanin {} blessed the new bakery oven on Sunday",
        "Wofa {} is paying for the food truck permit",
        "{} vende tlayudas en la calle de Libres todas las noches",
        "{} trajo el tejate del mercado de Tlacolula",
        "{} hace el mole negro para la boda del sábado",
        "{} vende totopos y pan de elote en el mercado de Juchitán",
        "{} is driving the taco truck to the farmers market on Pico Boulevard",
        "{} got the LA County health permit for the food truck",
        "{} runs the Oaxacan bakery in Los Angeles, the pan de yema sells out by nine",
        "{} pagó la cuota del puesto en el mercado 20 de Noviembre",
        "{} brings the chapulines from Oaxaca in her suitcase",
        "a {} le robaron la caja del puesto, ya puso la denuncia",
        "doña {} vende tlayudas en la calle de Libres todas las noches",
        "don {} trae el chocolate de Tlacolula los domingos",
        "tía {} hace el mole negro para la boda del sábado",
        "Na {} vende totopos en el mercado de Juchitán",
        "tío {} drives the food truck on Pico Boulevard now",
        "{} abrió la sidrería nueva en Gijón, en la calle Cabrales",
        "{} fixo los frixuelos pa la fiesta del pueblu",
        "{} tien la panadería en Cangas de Onís dende hai venti años",
        "{} sells the casadielles at the Oviedo market on Sundays",
        "{} brought the bollos preñaos for the romería",
        "{} did the cachopo catering for the wedding in Avilés",
        "{} pagó el alquiler del local de Oviedo con retraso otra vez",
        "el tíu {} lleva cincuenta años faciendo pan en Cangas",
        "la señá {} fai les meyores casadielles del conceyu",
        "güela {} still makes the frixuelos for the shop every Sunday",
        "güelu {} still bakes the escanda bread in Cangas on Fridays",
        "el señor {} de la sidrería pide el pedido de pan pa mañana",
        "la señora {} del local de la calle Uría quiere el alquiler antes del día 5",
        "{} is on the rota for saturday morning",
        "{} ordered three dozen croissants for friday",
        "{} has the keys of the food truck",
        "{} still owes the supplier for the flour",
        "who is {}? the delivery app says she picked up the order",
        "{} sent the photos of the kitchen for the inspector",
        "{} is the new health inspector, he comes on tuesdays",
        "{} signed for the delivery of the new oven",
        "{} and {} split the stall fee this month",
        "ask {} if the catering for the funeral is confirmed",
        "I am meeting {} at the market at 6",
        "{} wants 40 meat pies for the office party",
        "{} cashed up the till last night and the float was short",
        "{} left a 5 star review and asked for a loyalty card",
        "Nama pemilik usaha: {}",
        "Nama lengkap: {}",
        "Nama penuh: {}",
        "Surname and other names: {}",
        "Stallholder: {}",
        "Nombre del titular del puesto: {}",
        "Apellidos y nombre: {}",
        "Denunciante: {}",
        "Nome y apellíos: {}",
        "Name of the food business operator: {}",
        "Permit holder: {}",
        "Reported by: {}",
        "Employee: {}",
        "Customer: {}",
        "| PED-0412 | {} | 2 docenas de pan de yema |",
        '"customer_name": "{}",',
        "- employee: {}",
    ],
    "STREET_ADDRESS": [
        "the flour delivery goes to {}, not to the stall",
        "send the catering order to {} please",
        "the inspector's letter went to {}",
        "the landlord wants the rent paid at {}",
        "the new shop is at {}",
        "the food truck parks at {} on weekends",
        "kirim pesanan nasi kotak ke {} ya",
        "manda el pedido de pan a {} por favor",
        "Address: {}",
        "Alamat: {}",
        "Dirección: {}",
        "Direición: {}",
        "Business address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the invoice to {}",
        "the flour supplier writes from {}",
        "my GoBiz login email is {}",
        "the catering client is {}",
        "forward the inspector's report to {} please",
        "kirim invoice ke {} ya",
        "mándame la factura a {}",
        "E-mail: {}",
        "Email pemilik: {}",
        "Correo: {}",
        "Corréu: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when the flour arrives",
        "the supplier's number is {}",
        "the customer who ordered the cake is on {}",
        "whatsapp {} for pre-orders",
        "the loyalty card is under {}",
        "hubungi {} untuk pesanan katering",
        "llámale al {} pa lo del pan",
        "No. HP: {}",
        "Tel.: {}",
        "Teléfono: {}",
        "Phone: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the flour with {}",
        "the oven repair went on {}",
        "the stall fee was paid with {}",
        "the supplier charged {} twice",
        "book the market pitch with {} please",
        "bayar tepung pakai kartu {}",
        "pagué la harina con la {}",
        "Card: {}",
        "Nomor kartu: {}",
        "Número de tarjeta: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the supplier wants the money for the flour in {}",
        "the landlord's account is {}",
        "pay the catering deposit into {}",
        "my brother sends the money for the oven from {}",
        "the payslip money goes to {} from this month",
        "send the refund to {} and not to my old account",
        "IBAN: {}",
        "IBAN de la cuenta: {}",
        "IBAN del proveedor: {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "my GoBiz merchant login is {}",
        "on instagram the bakery is {}",
        "on tiktok we're {}",
        "the statamic user for the recipe blog is {}",
        "the woocommerce shop manager is {}",
        "my handle in the stallholders' group is @{}",
        "the loyverse login for the till is {}",
        "login Hubtel saya {}",
        "mi usuario de Rappi es {}",
        "Login: {}",
        "Username: {}",
        "Usuario: {}",
        "Nama pengguna: {}",
        '"username": "{}",',
    ],
}
HELDOUT108_MIXED = [
    ("Name of the food business operator: {}, date of birth {}, phone {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Nama lengkap: {}\nTanggal lahir: {}\nAlamat: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Surname and other names: {}\nDate of birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Apellidos y nombre: {}\nFecha de nacimiento: {}\nDirección: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Nome y apellíos: {}\nData de nacencia: {}\nTeléfonu: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("{} paid the flour with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} gets the rent into {}", ["PERSON", "IBAN_CODE"]),
    ("the supplier is {}, {}, and wants the money in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("GoBiz login: {} / password: {}", ["USERNAME", "SECRET"]),
    ("DB_HOST={}\nDB_USERNAME={}\nDB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Reported by: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("Employee: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} ({}) does the catering for the wedding", ["PERSON", "EMAIL_ADDRESS"]),
    ("the supplier kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the photos of the kitchen to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved the stall to {}", ["PERSON", "STREET_ADDRESS"]),
    ("Employee: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the woocommerce login is {} and the password {}", ["USERNAME", "SECRET"]),
    ("the card terminal is {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("Customer: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Beneficiary: {}\nAccount: {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT108_NEGATIVES = [
    "Padang, Bukittinggi and Payakumbuh are all in West Sumatra",
    "a Minang's suku comes from the mother: Chaniago, Piliang, Koto, Tanjung or Sikumbang",
    "the suku isn't a surname, nobody writes Chaniago on the papers",
    "nasi Padang is served hidang style, all the dishes on the table and you pay for what you touch",
    "rendang takes four hours on a low fire until the santan is gone",
    "Uda is elder brother and Uni elder sister, every waiter at a Padang restaurant is called Uda",
    "a Datuak is the penghulu of a kaum, the title passes to his sister's son",
    "the Jam Gadang in Bukittinggi was built in 1926",
    "sate Padang has the yellow sauce, sate Pariaman the red one",
    "galamai and lamang tapai are the sweets for Lebaran",
    "the P-IRT No. 2061371010123-29 is printed on every pack of keripik balado",
    "the halal certificate hangs on the wall next to the SLHS",
    "Bandara Internasional Minangkabau is about 23 km from the centre of Padang",
    "the shop is on Jl. Jenderal Sudirman, opposite the bank",
    "harga rendang sekarang Rp 180.000 sekilo",
    "makasih banyak, Uda!",
    "lapau buka jam 6 pagi sampai habis",
    "GoFood takes a commission on every order plus tax",
    "QRIS works with GoPay, OVO, DANA and every bank app",
    "Kampung Baru in Kuala Lumpur has three nasi Padang shops on one street",
    "pesanan 50 bungkus nasi untuk Jumat sudah dicatat",
    "Kumasi's Kejetia market is one of the biggest in West Africa",
    "Akan children get a day name: Kwame or Ama for Saturday, Kofi or Afua for Friday",
    "Nana is a chief or a grandparent, Opanin an elder, Auntie any older woman",
    "waakye is rice and beans cooked with sorghum leaves, served with shito and gari",
    "kelewele is spicy fried plantain, best at night",
    "Makola market is in central Accra, near Kwame Nkrumah Avenue",
    "the trotro to Kwame Nkrumah Circle is jammed every evening",
    "a plate of waakye is 25 cedis now",
    "the FDA wants a food hygiene permit for every chop bar",
    "Hubtel takes a small fee on every MoMo payment",
    "medaase, ɛte sɛn?",
    "Milo and Ideal milk are on every tea table in Ghana",
    "the Adinkra symbol on the bakery sign is Gye Nyame",
    "tea bread from the Kumasi bakeries goes to Accra every morning",
    "tlayudas, memelas and tejate are Oaxaca's street food",
    "Zapotec is diidxazá in Juchitán, and the people call themselves binnizá",
    "the guelaguetza is the July festival, and also the help families give each other for a wedding",
    "doña, don and tía are how people call older women and men at the market",
    "the Mercado Benito Juárez and the 20 de Noviembre are next to each other in Oaxaca",
    "mole negro has more than thirty ingredients",
    "Teotitlán del Valle is the weavers' town, Tlacolula has the big Sunday market",
    "the comal is clay, the tlayuda goes straight onto the coals",
    "chapulines cost 40 pesos a small bag",
    "the food truck needs a county health permit, the inspector comes every six months",
    "the Clip reader connects to the phone by bluetooth",
    "Rappi and DiDi Food both take a cut of every order",
    "padiuxhi! xquixe pe lii",
    "Bimbo bread is everywhere but the pan de yema comes from Tlacolula",
    "the 2 de noviembre altar needs pan de muerto",
    "Oviedo, Gijón and Avilés are the three big towns of Asturias",
    "a chigre is an Asturian bar, and a sidrería pours the cider from above the head",
    "cachopo is two veal fillets with ham and cheese, fried",
    "Xixón is the Asturian name of Gijón and Uviéu of Oviedo",
    "tíu and tía are uncle and aunt in Asturian, güela and güelu the grandparents",
    "the lakes of Covadonga are closed to cars in summer",
    "Sidra Trabanco and El Gaitero are cider brands",
    "the Paseo de Begoña in Gijón fills up on Sunday mornings",
    "the RGSEAA number of the bakery is 20.034517/O",
    "a bottle of cider is 3.50 in the chigre",
    "¿qué tal? ¡gracies por too!",
    "Too Good To Go bags from the bakery go for 3.99 at closing time",
    "Bizum doesn't work with the company account",
    "the Redsys terminal prints the receipt twice",
    "WooCommerce 9.4 changed the checkout for pre-orders",
    "Statamic 5 needs PHP 8.2",
    "Loyverse counts points per visit, not per amount",
    "fixed in release 2.3.1, see the changelog",
    "APP_KEY=base64:your-key-here",
    "WC_CONSUMER_SECRET=cs_xxxxxxxxxxxxxxxx",
    "till manager code: ****",
    "4242 4242 4242 4242 is the test card for the online shop",
    "ES91 2100 0418 4502 0005 1332 is the example IBAN in the bank's guide",
    "write to orders@example.com for the catering menu",
    "192.0.2.108 is a documentation address",
    "203.0.113.8 is a documentation address",
    "2001:db8:108::1 is a documentation address",
    "the hygiene inspection is on 2026-05-14 at 9:00",
    "the market reopens on 12/06/2026 after the works",
    "order #40512: 3 dozen croissants, 2 trays of empanadas",
    "EAN 8410128000011 is on the flour sack",
    "a dozen bread rolls is 4 euros",
    "see you at the market",
    "the oven is fixed, thank god",
]  # fmt: skip


def _typo108(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a food business word's well-known misspelling ('restaurant' ->
    'restuarant', 'hygiene' -> 'hygeine', 'invoice' -> 'invioce', 'delivery' -> 'delivary'), or chat
    shorthand in the set's languages ('please' -> 'pls', 'yang' -> 'yg', 'sudah' -> 'udh', 'por favor' ->
    'porfa', 'también' -> 'tmb'). Only in sentences typed to the bot or a friend; a title or a kin word before
    a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT108.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT108[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT108.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT108[m.group(1)] + template[m.end() :]


def build_heldout108(seed: int = HELDOUT108_SEED) -> list[Example]:
    """Held-out set 108: `Gen108` values in `HELDOUT108_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen108.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen108(seed)
    examples = assemble_module_set(
        gen, HELDOUT108_TEMPLATES, HELDOUT108_MIXED, HELDOUT108_NEGATIVES, _typo108, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
