"""Held-out PII set 92 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout92": written before round 56 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT92 is empty, as for
held-out 16 to 90; written at the same time as held-out 91, the two authors split the world between them: 92
takes babies (pregnancy, midwives, birth registration and the first year: antenatal classes, home births, baby
showers, naming ceremonies, vaccination cards, nurseries and baby groups, second-hand prams) among peoples of
Asia east of Iran, the Americas and Oceania, 91 takes science done by amateurs among those of Europe, Africa
and the Middle East); hand-written lists of the Iu Mien of northern Laos (Bokeo, Luang Namtha) and of Nan, and
of their families in Sacramento, Oakland, Redding and Portland (the bamboo sign on the door that keeps
visitors out for the month, the herbal bath and the chicken cooked with herbs, the baby shown to the sky on
the first night, the one-month party; child names by birth order with the syllable a family passes on ('Kao
Chiem' the first son, 'Nai Seng', 'Fou Sio', 'Mey Fin' or 'Meuy Chan' the first daughter, 'Fahm Sio', 'Kae
Fin'), the clans with the Thai 'Sae' joined on as a US record writes them ('Saechao', 'Saelee', 'Saephan',
'Saeteurn') or without it as some families keep them, some also a word or a given name ('Chao', 'Lee', 'Tern',
'Chin'), a man's adult name after his clan, clan first, in the Mien script with its tone letters ('Leiz Zanx
Fin', 'Zeuz Yauh Mengh') or in English letters ('Chao Yao Tzio'), and a US hospital's band before the baby
has a name, 'Baby Boy' and 'Baby Girl' outside the span ('Baby Girl Saeteurn')), the Saraiki folk of Multan,
Bahawalpur, Shujabad and Dera Ghazi Khan and their men working in Riyadh (the dai, the lady health worker and
her scale, the azaan in the baby's ear, the ghutti, the aqiqa on the seventh day and its goats, the chilla,
the sohan halwa, the B-Form and the EPI card; given names of two words ('Allah Ditta', 'Khuda Bakhsh', 'Allah
Wasaya', 'Kaneez Fatima') and women's in '-an' ('Sughran', 'Bashiran', 'Rasoolan'), biradari names ('Langah',
'Khakwani', 'Bosan', 'Joiya', 'Hiraj', 'Gopang') and some that are also a word or a company ('Bhutta', 'Noon',
'Khar'), 'Mai' after a woman's given name as her identity card writes it, inside the span ('Bashiran Mai'),
the name in Urdu script ('اللہ دتہ لنگاہ', 'بشیراں مائی'), a ward's 'B/O' (baby of) before the mother's name,
'dai' and 'baji' before a woman's given name and 'sain' after a man's, outside the span), the Saraguros of
Loja (Saraguro, Ilincho, Lagunas, Tuncarta), of Yacuambi and of Lorca in Murcia (the partera, the
intercultural birth room, the baby swaddled with a chumbi, the bautizo, the Registro Civil and the CNH groups;
Spanish and Kichwa given names ('Segundo', 'Tránsito', 'Zoila', 'Inti', 'Amaru', 'Sisa', 'Killa'), Saraguro
family names ('Quizhpe', 'Sarango', 'Zhunaula', 'Cartuche', 'Vacacela', 'Puchaicela') and some that are also a
word or a place ('Minga', 'Japón', 'Lozano', 'Macas'), two given names, a Spanish and a Kichwa one, and the
father's and the mother's family names ('Sisa Carmen Sarango Quizhpe'), an Ecuadorian cédula's family names
first, in capitals without a comma or accents ('QUIZHPE SARANGO ROSA TRANSITO'), a form without the accents
('Angel Guaman'), a ward's 'RN de' (newborn of) before the mother's name, and 'achimama' and 'achitayta' (the
baptism's godparents in Kichwa) before a given name, outside the span) and the Sentani of Lake Sentani near
Jayapura (Asei, Ayapo, Yoboi, Doyo Lama, Ifar Besar: the posyandu's monthly weighing, the Buku KIA, the noken
the baby rides in, the papeda for the new mother, the canoe to grandma's island; Christian given names as
Papua writes them ('Yulianus', 'Origenes', 'Zeth', 'Yosina', 'Beatriks', 'Yakomina', 'Lince'), Sentani clan
names ('Ohee', 'Pouw', 'Asabo', 'Pepuho', 'Puhili', 'Hikinda', 'Tukayo') and one that is also a word
('Mano'), an Indonesian identity card's capitals ('YOSINA OHEE'), a ward's 'By. Ny.' (baby of Mrs) before the
mother's full name, 'pace' and 'mace' (Papuan Malay for a grown man and woman) and 'bidan' (the village
midwife) before a given name and 'ondofolo' (the clan chief) before a full name, outside the span); names on
a birth's, a clinic's and a nursery's papers, in English ('Mother:', 'Father:', 'Midwife:', 'Informant:',
"Baby's name:", 'Class booking, name:', 'Shower hosted by:', 'Seller:', "Child's name on the vaccination
card:", 'Nursery place offered to:', 'Patient:', 'Emergency contact:', "Father's Name:", an antenatal clinic's
list '| 10:30 | ... | 32 weeks |', a ward's 'B/O ...: 2.9 kg'), Spanish ('Madre:', 'Padre:', 'Partera:',
'Apellidos y nombres:', 'RN de ...: 3.150 g'), Indonesian ('Nama:', 'Nama Ibu:', 'Nama Ayah:', 'By. Ny. ...:
BB 3100 g') and Urdu ('ماں کا نام:', 'والد کا نام:'); a shop named after a family ('Tienda Quizhpe', 'Toko
Pouw', 'Langah Medical Store') no person either, a booking's, a registration's or a class's number no secret;
over three quarters of the sentences typed to the bot or a friend: the antenatal class on tuesday, the
midwife's home visit, the home birth last night, the baby shower at her place, the second-hand pram whose
brakes still work, the car seat two families share, the cot down from the attic, the vaccination cards
stamped, the place at the day nursery from september, the baby group at the library, the birth certificate in
the post, the bag of newborn clothes, the colic walked round the block; self-hosted apps' config no earlier
set pasted: wishthis's config.php for the baby shower's gift list, Cloudreve's conf.ini for sharing the scan
videos, SilverBullet's SB_USER and SB_HOSTNAME for the birth plan and the feeding notes, DAViCal's config.php
for the clinic's and the vaccines' calendar and FileBrowser's commands for the scans of the birth papers;
those regions' addresses (Sacramento's 'Lemon Hill Ave' and 'Florin Rd Apt 12' and a US label in capitals
with its ZIP+4 ('LEMON HILL AVE SACRAMENTO CA 95824-1234'), Oakland's, Redding's and Portland's 'SE 82nd Ave',
Bokeo's 'House 12, Unit 05, Ban Nam Keung, Houayxay District' and Nan's '12 Moo 3, Ban Pa Klang, Pua, Nan
55120', Multan's 'House No. 12, Street 5, Gulgasht Colony', a village's 'Basti ..., Mauza ..., Tehsil
Shujabad, District Multan', a canal colony's 'Chak No. 47/BC, Tehsil Ahmadpur East', Bahawalpur's 'Model Town
A', Dera Ghazi Khan's blocks, the same in Urdu script ('مکان نمبر 12، گلی 5، گلگشت کالونی، ملتان') and a
Pakistani label in capitals, Saraguro's corner 'Calle Loja y Azuay', a comunidad's 'Comunidad Ilincho,
parroquia Saraguro, Loja', Loja's 'Av. Universitaria 12-34 y Mercadillo', Yacuambi's '28 de Mayo', Lorca's
'Calle Corredera 12, 3º B, 30800 Lorca (Murcia)' and an Ecuadorian label in capitals, Sentani's 'Jl. Raya
Sentani No. 12, Hinekombe' and its 'RT 003/RW 002', a kampung's 'Kampung Ayapo, Distrik Sentani Timur',
Waena's 'Perumnas III' and an Indonesian label in capitals) and phones (Sacramento's '(916)', Oakland's '510',
Redding's '(530)', Portland's '(503)', Lao mobiles '+856 20', Multan's '061-', Bahawalpur's '062-28', Dera
Ghazi Khan's '064-246', Pakistani mobiles '03xx-' and '+92 3', Saudi mobiles '+966 5', Saraguro's '(07) 220',
Loja's '07 257', Ecuadorian mobiles '09x' and '+593 9', Spanish mobiles '+34 6', Sentani's '(0967) 59',
Indonesian mobiles '08xx-' and '+62 812'); Visa, Mastercard 51-55 and 2-series, Amex 34 and 37 in 4-6-5,
Discover 6011, UnionPay 62 and JCB 35 as an antenatal class, a pram's deposit, a day nursery's fees, a
shower's cake or a breast pump take them; IBANs of Pakistan, Saudi Arabia (the men's wages in Riyadh), Spain
(the Saraguros in Lorca) and France (a Mien cousin's), as the United States, Laos, Ecuador and Indonesia have
none; IPs of the baby monitor, the smart bassinet, the white noise machine, the nursery's thermometer, the
wifi baby scale, the formula machine, the day nursery's parent camera, the clinic's ultrasound machine and CTG
monitor, the posyandu's and the lady health worker's tablets, the maternity ward's band printer, the naming
feast's livestream and the pastes above, v6 in 2001:5a8:, 2800:370:, 2402:800: and 2001:4456: ranges;
passwords handed over in ways no earlier set used (on the back of the ultrasound printout, inside the lid of
the nappy box, on the sleeve of the vaccination card, on the copy of the birth plan, on a sticker on the
steriliser, on the label under the pram's handle, on the first page of the baby book, on the tag of the
hospital bag, on the back of the shower's thank-you card, inside the cover of the Buku KIA, on the back of the
EPI card, on the back of the baptism card), the Mien's places ('IuMien1975', 'PaKlang_55120'), southern
Punjab's ('Multan#061', 'SohanHalwa@92'), Saraguro's ('Saraguro1822!', 'Pawkar#07'), Sentani's ('Asei#0967',
'Papeda!62'), baby words in leetspeak ('m1dw1f3', 'b4$$1n37'), a pregnancy's week and day ('Week32+4'), a
night feed's time and side ('Feed0230-Left'), and cues in Lao ('ລະຫັດຜ່ານແມ່ນ ... ຢ່າບອກໃຜເດີ້'), Urdu ('وائی
فائی کا کوڈ ... ہے، کسی کو نہ دینا'), Saraiki in Latin letters ('password ... he, kahin kun na dasin'),
Ecuadorian Kichwa ('kay pakalla shimika ... kan, ama pimanpash willankichu'), Ecuadorian Spanish with its
'ñaño' ('la clave es ..., no le pases a nadie, ñaño') and Papuan Malay ('passwordnya ..., ko jang kasih tau
orang lain e'); usernames on What to Expect, Peanut, Huckleberry, Glow Baby, Kinedu, The Bump, Babylist,
Daraz, Marham, Sehat Kahani, Halodoc, Alodokter, PrimaKu, Teman Bumil and Marketplace and in the pastes,
shapes like 'x.due0626' (the due month and year), 'ammi.of.x', 'x.wawa25', 'x_bumil', 'x.plus.one', 'x.b2b'
and 'x_twins'; dates of birth for a pediatrician's form, a nursery application, a B-Form, a cédula, a birth
certificate and a mother's identity card, a baby's, a parent's or a grandparent's, in a US form's '03/14/1958'
and the '01/01/1958' a refugee camp wrote for anyone who did not know the day, Lao ('14 ມີນາ 1958'), Urdu ('14
مارچ 1958'), the Hijri calendar as a Saraiki elder says it ('22 Shaban 1377 Hijri'), a Pakistani card's
'14.03.1958', Spanish ('14 de marzo de 1958'), an Ecuadorian cédula's '14 MAR 1958', Ecuadorian Kichwa with
the unified calendar's moons ('1958 watapi, pawkar killapi 14 punchapi'), Indonesian ('14 Maret 1958') and an
Indonesian identity card's 'SENTANI, 14-03-1958', and a paste's ISO date, all drawn from the set's own rng
between fixed years so that it builds the same on any day; typos as parents type at three in the morning: a
baby word's well-known misspelling ('pregnant' -> 'pregant', 'ultrasound' -> 'ultrasond', 'vaccination' ->
'vacination', 'nursery' -> 'nursury', 'midwife' -> 'midwive', 'weighed' -> 'wieghed'), or parents' forum and
baby-group shorthand creeping into chat ('little one' -> 'LO', 'due date' -> 'EDD', 'mother-in-law' -> 'MIL',
'vaccines' -> 'jabs', 'pregnant' -> 'preggers', 'antenatal' -> 'AN'); negatives with the same regions'
places, the titles and the name forms explained, bookings', registrations' and classes' numbers alone,
opening hours, fees, a baby's weight, dates that are no birthdays (a due date, a shower's, a bautizo's, a
one-month party's), postcodes alone, shops named after families, versions, a commit, placeholder secrets, a
masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers
every user shares, and short everyday chat and wishes; no public figure is named).

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

HELDOUT92_SEED = 9264017
# no faker name locale, as in held-out 16 to 90: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT92: list[str] = []
# babies: pregnancy, midwives, birth registration and the first year (held-out 91, written at the same time,
# takes science done by amateurs); each origin: (men's given names, women's given names, family names); ';'
# separates names, as some hold a space
NAMES_HELDOUT92: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Iu Mien of northern Laos (Bokeo, Luang Namtha) and Nan in Thailand, and their families in Sacramento,
    # Oakland, Redding and Portland: the bamboo sign on the door, the month indoors, the herbal bath, the baby
    # shown to the sky; child names by birth order (Kao the first son, Nai the second, Mey or Meuy the first
    # daughter) with the syllable a family passes on; the clan with the Thai 'Sae' joined on, or without it
    "mien": ("Kao Chiem;Nai Seng;Fou Sio;Fou Ching;San Tzo;Cheng Fin;Lai Chiem;Ou Seng;Koy;Kouichoy".split(";"),
             "Mey Fin;Meuy Chan;Nai Lin;Fahm Sio;Kae Fin;Farm;Lai Yoon;Ching;Yoon Mey;Kae Chiem".split(";"),
             "Saechao;Saelee;Saephan;Saeteurn;Saefong;Saechin;Saeyang;Saelio;Chao;Lee;Tern;Fong;Chin".split(";")),
    # Saraiki folk of Multan, Bahawalpur, Shujabad and Dera Ghazi Khan in southern Punjab, and their men
    # working in Riyadh: the dai, the lady health worker, the azaan in the ear, the ghutti, the aqiqa on the
    # seventh day, the chilla, the B-Form; biradari names, some also a word or a company
    "saraiki": ("Allah Ditta;Ghulam Fareed;Khuda Bakhsh;Allah Wasaya;Mureed Hussain;Rab Nawaz;Nazar Hussain;"
                "Ashiq Hussain;Fayyaz;Imdad Hussain".split(";"),
                "Sughran;Bashiran;Rasoolan;Allah Wasai;Kaneez Fatima;Naseem Akhtar;Hajran;Nooran;Shamim;"
                "Zareena".split(";"),
                "Langah;Khakwani;Bosan;Sial;Joiya;Daha;Hiraj;Kanju;Gopang;Wains;Bhutta;Noon;Khar".split(";")),
    # Saraguros of Loja (Saraguro, Ilincho, Lagunas, Tuncarta) and of Yacuambi, and their families in Lorca:
    # the partera, the intercultural birth room, the baby swaddled with a chumbi, the baptism's achimama and
    # achitayta, the Registro Civil and the CNH groups; Spanish and Kichwa given names, two family names
    "saraguro": ("Segundo;Manuel;Ángel;Luis;Rafael;Vicente;Inti;Amaru;Pakari;Kuri".split(";"),
                 "Rosa;Carmen;Mercedes;Tránsito;Zoila;Dolores;Sisa;Killa;Nina;Tamya".split(";"),
                 "Quizhpe;Sarango;Zhunaula;Cartuche;Guamán;Chalán;Gualán;Vacacela;Puchaicela;Macas;Minga;Japón;"
                 "Lozano".split(";")),
    # Sentani of Lake Sentani near Jayapura (Asei, Ayapo, Yoboi, Doyo Lama, Ifar Besar): the posyandu's
    # weighing, the Buku KIA, the noken the baby is carried in, the papeda for the new mother, the ondofolo
    "sentani": ("Yulianus;Yance;Isak;Daud;Elieser;Origenes;Nataniel;Hengky;Albertus;Zeth".split(";"),
                "Yosina;Martha;Ruth;Agustina;Beatriks;Naomi;Dorkas;Selfina;Yakomina;Lince".split(";"),
                "Ohee;Pouw;Asabo;Pepuho;Deda;Pulalo;Ohodo;Puhili;Hikinda;Tukayo;Mebri;Kabey;Mano".split(";")),
}  # fmt: skip
# the Mien clan a 'Sae' name stands for, as families who dropped the Thai 'Sae' write it
MIEN_CLAN_HELDOUT92 = {
    "Saechao": "Chao", "Saelee": "Lee", "Saephan": "Phan", "Saeteurn": "Tern", "Saefong": "Fong",
    "Saechin": "Chin", "Saeyang": "Yang", "Saelio": "Lio",
}  # fmt: skip
# the clan in the Iu Mien Unified Script, with its tone letter, as a Mien elder, a ritual list or a Mien
# teacher writes it before a man's adult name
MIEN_SCRIPT_CLAN_HELDOUT92 = {
    "Saelee": "Leiz", "Lee": "Leiz", "Saeyang": "Yaangh", "Saechao": "Zeuz", "Chao": "Zeuz", "Saephan": "Bienh",
}  # fmt: skip
# a Mien man's adult name (the one he is given when grown), in the Mien script and in English letters
MIEN_ADULT_HELDOUT92 = {
    "script": ["Zanx Fin", "Yauh Mengh", "Yauh Fin", "Zanx Mengh"],
    "english": ["Yao Tzio", "Yao Seng", "Fou Seng", "Yao Chiem"],
}
# the Saraiki names in Urdu script (Nastaliq), as an identity card, a B-Form or a clinic's register writes them
URDU_HELDOUT92 = {
    "Allah Ditta": "اللہ دتہ", "Ghulam Fareed": "غلام فرید", "Khuda Bakhsh": "خدا بخش",
    "Allah Wasaya": "اللہ وسایا", "Mureed Hussain": "مرید حسین", "Rab Nawaz": "رب نواز",
    "Nazar Hussain": "نذر حسین", "Ashiq Hussain": "عاشق حسین", "Fayyaz": "فیاض", "Imdad Hussain": "امداد حسین",
    "Sughran": "صغراں", "Bashiran": "بشیراں", "Rasoolan": "رسولاں", "Allah Wasai": "اللہ وسائی",
    "Kaneez Fatima": "کنیز فاطمہ", "Naseem Akhtar": "نسیم اختر", "Hajran": "ہاجراں", "Nooran": "نوراں",
    "Shamim": "شمیم", "Zareena": "زرینہ",
    "Langah": "لنگاہ", "Khakwani": "خاکوانی", "Bosan": "بوسن", "Sial": "سیال", "Joiya": "جوئیہ", "Daha": "ڈاہا",
    "Hiraj": "ہراج", "Kanju": "کانجو", "Gopang": "گوپانگ", "Wains": "وینس", "Bhutta": "بھٹہ", "Noon": "نون",
    "Khar": "کھر", "Mai": "مائی",
}  # fmt: skip
# a title or kinship word next to the name (outside the span): the origin, whether a woman (None: either) and
# what it goes with ('given', 'full', 'family' for a newborn's hospital band before the baby has a name,
# 'mother' for a newborn labelled by its mother's name, 'after' for a title written after the given name)
TITLED_HELDOUT92: dict[str, tuple[str, bool | None, str]] = {
    "baby boy": ("mien", None, "family"),  # a US hospital's band before the baby is named: 'Baby Boy Saechao'
    "baby girl": ("mien", None, "family"),
    "b/o": ("saraiki", True, "mother"),  # 'baby of', a Pakistani ward's label: 'B/O Bashiran'
    "by. ny.": ("sentani", True, "mother"),  # 'bayi nyonya', an Indonesian ward's: 'By. Ny. Yosina Ohee'
    "rn de": ("saraguro", True, "mother"),  # 'recién nacido de', an Ecuadorian ward's: 'RN de Rosa Quizhpe'
    "dai": ("saraiki", True, "given"),  # the village's traditional birth attendant
    "baji": ("saraiki", True, "given"),  # 'elder sister', said to the lady health worker
    "sain": ("saraiki", False, "after"),  # the Saraiki respect word, after a man's given name: 'Fareed Sain'
    "achimama": ("saraguro", True, "given"),  # the baptism's godmother in Kichwa
    "achitayta": ("saraguro", False, "given"),  # and godfather
    "pace": ("sentani", False, "given"),  # Papuan Malay for a grown man
    "mace": ("sentani", True, "given"),  # and for a grown woman
    "bidan": ("sentani", True, "given"),  # the village midwife
    "ondofolo": ("sentani", False, "full"),  # the Sentani clan chief
}
TITLE_SLOT_HELDOUT92 = re.compile(
    r"(?<![\w'./-])(Baby Boy|Baby Girl|B/O|By\. Ny\.|RN de|Dai|Baji|achimama|achitayta|Pace|Mace|Bidan|Ondofolo)"
    r" \{\}|\{\} (Sain)\b",
    re.IGNORECASE,
)
# IBANs of this set's people (the United States, Laos, Ecuador and Indonesia have none): Pakistan, the
# Saraiki men's wages in Saudi Arabia, the Saraguros' accounts in Spain and a Mien cousin's in France
IBAN_SHAPES_HELDOUT92 = {"PK": "4a16c", "SA": "2n18c", "ES": "20n", "FR": "10n11c2n"}
# everyday subjects of this set by origin, used in e-mail addresses
SUBJECTS_HELDOUT92 = {
    "mien": ["iumien", "sacto", "mienbaby", "bokeo", "oakland"],
    "saraiki": ["multan", "saraiki", "bwp", "sohan", "dgk"],
    "saraguro": ["saraguro", "wawa", "ilincho", "loja", "sumak"],
    "sentani": ["sentani", "asei", "noken", "papeda", "ayapo"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT92 = {
    "mien": ["yahoo.com", "sbcglobal.net", "comcast.net", "csus.edu"],
    "saraiki": ["yahoo.com", "hotmail.com", "bzu.edu.pk", "iub.edu.pk"],
    "saraguro": ["hotmail.com", "yahoo.es", "utpl.edu.ec", "unl.edu.ec"],
    "sentani": ["yahoo.co.id", "uncen.ac.id", "ymail.com"],
}
# the templates that belong to one origin's rites, places or papers, or are written in its script
ORIGIN_CUES_HELDOUT92: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)\b(bamboo sign|herbal bath|to the sky|one-month|Sacramento|Redding|Oakland|Laos|Bokeo)\b"), "mien"),
    (re.compile(r"(?i)\b(aqiqa|ghutti|azaan|chilla|sohan|Multan|Bahawalpur|B-Form|NADRA|EPI|Nishtar|lady health|Father's Name)\b|[\u0600-\u06ff]"), "saraiki"),
    (re.compile(r"(?i)\b(wawa|chumbi|partera|Registro Civil|Saraguro|Ilincho|Lorca|CNH|bautizo|baptism|Madre|Padre)\b"), "saraguro"),
    (re.compile(r"(?i)\b(posyandu|Buku KIA|noken|papeda|Sentani|Asei|Ayapo|canoe|Nama|Ibu|Ayah)\b"), "sentani"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT92: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"Mother:|Madre|Nama Ibu|ماں|godmother|\bshe\b|\bher\b|maternity|knitting|hosted by|new mother|"
                r"had the baby|pregnant|is due in|Midwife:|[Pp]artera|mother_name"), True),
    (re.compile(r"Father|Padre|Nama Ayah|والد|\bhe\b|\bhim\b|\bhis\b|azaan|goats|paddle"), False),
]  # fmt: skip
# a baby word and its well-known misspelling
MISSPELT_HELDOUT92 = {
    "pregnant": "pregant", "pregnancy": "pregnacy", "ultrasound": "ultrasond", "vaccination": "vacination",
    "vaccines": "vacines", "nursery": "nursury", "midwife": "midwive", "appointment": "appoinment",
    "nappies": "nappys", "stroller": "stroler", "formula": "formular", "colic": "cholic",
    "contractions": "contractons", "certificate": "certficate", "weighed": "wieghed",
    "breastfeeding": "breastfeading",
}  # fmt: skip
MISSPELT_WORD_HELDOUT92 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT92, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# parents' forum and baby-group shorthand creeping into chat
SHORTHAND_HELDOUT92 = {
    "pregnant": "preggers", "little one": "LO", "due date": "EDD", "breastfeeding": "BF", "newborn": "NB",
    "my husband": "DH", "mother-in-law": "MIL", "weeks": "wks", "vaccines": "jabs", "maternity leave": "mat leave",
    "antenatal": "AN", "contractions": "contrax", "grandma": "gma", "second-hand": "2nd hand",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT92 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT92, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# the months in Lao (the Mien elders' papers from Laos), Urdu, Spanish (and a cédula's abbreviations),
# Ecuadorian Kichwa (the unified calendar's moons, said with 'killa') and Indonesian; the Hijri months as a
# Saraiki elder says them
LAO_MONTHS_HELDOUT92 = "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ".split()
URDU_MONTHS_HELDOUT92 = "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر".split()
ES_MONTHS_HELDOUT92 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
CEDULA_MONTHS_HELDOUT92 = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()
KICHWA_MONTHS_HELDOUT92 = (
    "kulla panchi pawkar ayriwa aymuray raymi sitwa karwa kuski wayru sasi kapak".split()
)
ID_MONTHS_HELDOUT92 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
HIJRI_MONTHS_HELDOUT92 = [
    "Muharram", "Safar", "Rabi-ul-Awwal", "Rabi-ul-Sani", "Jamadi-ul-Awwal", "Jamadi-ul-Sani", "Rajab", "Shaban",
    "Ramzan", "Shawwal", "Zul-Qadah", "Zul-Hijjah",
]  # fmt: skip
# everyday words for the passwords' middle part (no faker word list, so the set does not move with faker)
WORDS_HELDOUT92 = ["moon", "river", "mango", "sago", "maize", "sparrow", "lake", "kite", "cedar", "pebble"]


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Guamán' -> 'Guaman', 'Ángel' -> 'Angel', 'Japón' ->
    'Japon')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Kao Chiem' -> 'kaochiem',
    'Allah Ditta' -> 'allahditta', 'Tránsito' -> 'transito')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _bare_clan(last: str) -> str:
    """A Mien family name without the Thai 'Sae' ('Saechao' -> 'Chao', 'Saeteurn' -> 'Tern'); a bare one as
    it is ('Lee' -> 'Lee')."""
    return MIEN_CLAN_HELDOUT92.get(last, last)


def _cedula(given: list[str], family: list[str]) -> str:
    """An Ecuadorian cédula's name: family names first, then the given names, in capitals without a comma or
    accents (['Rosa', 'Tránsito'], ['Quizhpe', 'Sarango'] -> 'QUIZHPE SARANGO ROSA TRANSITO')."""
    return _fold(" ".join(family + given)).upper()


def _hijri(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """A Gregorian date in the tabular Hijri calendar (year, month, day): 1958-03-14 -> 1377-08-22."""
    a = (14 - gm) // 12
    y, m = gy + 4800 - a, gm + 12 * a - 3
    jdn = gd + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045
    days = jdn - 1948440 + 10632
    cycles = (days - 1) // 10631
    days = days - 10631 * cycles + 354
    j = ((10985 - days) // 5316) * ((50 * days) // 17719) + (days // 5670) * ((43 * days) // 15238)
    days = days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * days) // 709
    return 30 * cycles + j - 30, month, days - (709 * month) // 24


class Gen92(Gen3):
    """Generators for held-out set 92: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT92."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT92))
        men, women, lasts = NAMES_HELDOUT92[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _other(self, origin: str, group: int, not_this: str) -> str:
        """Another name of the origin's group (0 men, 1 women, 2 family names) than `not_this`."""
        return self.rng.choice([x for x in NAMES_HELDOUT92[origin][group] if x != not_this])

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'urdu' where the template is written in it,
        'cedula' or 'ktp' where it is an Ecuadorian or an Indonesian identity card's line, `chat` where it is
        typed to the bot or a friend."""
        rng = self.rng
        r = rng.random()
        if origin == "mien":
            if not woman and r < 0.4:  # the adult name after the clan, clan first: 'Leiz Zanx Fin'
                if rng.random() < 0.55:  # in the Mien script, the clan with its tone letter
                    clan = MIEN_SCRIPT_CLAN_HELDOUT92[rng.choice(sorted(MIEN_SCRIPT_CLAN_HELDOUT92))]
                    return f"{clan} {rng.choice(MIEN_ADULT_HELDOUT92['script'])}"
                return f"{_bare_clan(last)} {rng.choice(MIEN_ADULT_HELDOUT92['english'])}"
            if r < 0.5:  # the clan without the Thai 'Sae': 'Meuy Chan Lee'
                return f"{first} {_bare_clan(last)}"
            return f"{first} {last}"
        if origin == "saraiki":
            mai = woman and (r < 0.45 or not chat and r < 0.7)  # 'Bashiran Mai', as her identity card has it
            if script == "urdu":
                if mai:
                    return f"{URDU_HELDOUT92[first]} {URDU_HELDOUT92['Mai']}"
                return f"{URDU_HELDOUT92[first]} {URDU_HELDOUT92[last]}"
            if mai:
                return f"{first} Mai"
            return f"{first} {last}"
        if origin == "saraguro":
            mother = self._other("saraguro", 2, last)
            if script == "cedula" or not chat and r < 0.2:  # 'QUIZHPE SARANGO ROSA TRANSITO'
                second = self._other("saraguro", 1 if woman else 0, first)
                return _cedula([first, second], [last, mother])
            if r < 0.4:  # two given names, a Spanish and a Kichwa one often, and two family names
                second = self._other("saraguro", 1 if woman else 0, first)
                return f"{first} {second} {last} {mother}"
            if r < 0.55:  # the father's and the mother's family names: 'Segundo Sarango Quizhpe'
                return f"{first} {last} {mother}"
            if not chat and r < 0.7:  # a form that drops the accents: 'Angel Guaman'
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        if script == "ktp":  # an Indonesian identity card's capitals: 'YOSINA OHEE'
            return f"{first} {last}".upper()
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
            if origin == "mien" and rng.random() < 0.5:  # the birth-order syllable alone: 'Kao', 'Meuy'
                name = first.split()[0]
        else:
            name = _bare_clan(last) if origin == "mien" and rng.random() < 0.5 else last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Baby Girl Saephan', 'B/O Bashiran Mai', 'By. Ny. Yosina
        Ohee', 'RN de Rosa Quizhpe', 'dai Rasoolan', 'baji Shamim', 'Fareed Sain', 'achimama Tránsito',
        'achitayta Segundo', 'pace Yance', 'mace Dorkas', 'bidan Ruth', 'ondofolo Isak Pulalo'), from the
        origin that uses it."""
        rng = self.rng
        origin, woman, part = TITLED_HELDOUT92[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "family":
            return _bare_clan(last) if rng.random() < 0.3 else last
        if part == "mother":
            if origin == "saraiki":
                return f"{first} Mai" if rng.random() < 0.5 else first
            return f"{first} {last}"
        if part == "full":
            return f"{first} {last}"
        if origin == "mien":
            return first.split()[0]
        return first

    def script_person(self, template: str) -> str | None:
        """A name in the shape a template's paper prints: a Mien man's adult name, clan first, where the
        elders or a ritual list call him by it, Urdu script for a form or a chat written in it, an
        Ecuadorian cédula's capitals for its 'Apellidos y nombres', an Indonesian identity card's capitals for
        its 'Nama'; None where the template has no such paper."""
        if re.search(r"[\u0600-\u06ff]", template):
            woman = (
                True
                if re.search(r"ماں|بچی|گئی", template)
                else False
                if re.search(r"والد|رہے ہیں", template)
                else None
            )
            _, first, last, woman = self._origin_name("saraiki", woman)
            return self._full("saraiki", first, last, woman, "urdu", False)
        if re.search(r"ritual list|elders call him", template):  # a Mien man's adult name, clan first
            _, first, last, _ = self._origin_name("mien", False)
            if self.rng.random() < 0.6:
                clan = MIEN_SCRIPT_CLAN_HELDOUT92[self.rng.choice(sorted(MIEN_SCRIPT_CLAN_HELDOUT92))]
                return f"{clan} {self.rng.choice(MIEN_ADULT_HELDOUT92['script'])}"
            return f"{_bare_clan(last)} {self.rng.choice(MIEN_ADULT_HELDOUT92['english'])}"
        if re.search(r"Apellidos y nombres|APELLIDOS|cédula says", template):
            _, first, last, woman = self._origin_name("saraguro")
            return self._full("saraguro", first, last, woman, "cedula", False)
        if re.search(r"^Nama( Ibu| Ayah| Bayi)?:|KTP says", template):
            woman = True if "Ibu" in template else False if "Ayah" in template else None
            _, first, last, woman = self._origin_name("sentani", woman)
            return self._full("sentani", first, last, woman, "ktp", False)
        return None

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, a paper's
        shape where the template is one, one of the origin whose rite, place or paper the template names."""
        m = TITLE_SLOT_HELDOUT92.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        scripted = self.script_person(template)
        if scripted:
            return scripted
        woman = next((w for cue, w in GENDER_CUES_HELDOUT92 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT92 if cue.search(template)), None)
        return self.person(origin, woman, "", _chat_like(template))

    def address(self) -> str:
        rng, pick, d = self.rng, self.rng.choice, self.d
        n = rng.randint(1, 9800)
        small = rng.randint(1, 120)
        shapes = [
            f"{n} {pick(['Lemon Hill Ave', 'Florin Rd', 'Stockton Blvd', 'Franklin Blvd', '47th Ave'])}, Sacramento, CA {pick(['95824', '95823', '95820'])}",
            f"{n} Florin Rd Apt {rng.randint(1, 40)}, Sacramento, CA 95823",
            f"{n} {pick(['Seminary Ave', 'Foothill Blvd', 'E 14th St', 'International Blvd'])}, Oakland, CA {pick(['94605', '94601', '94621'])}",
            f"{rng.randint(100, 4000)} {pick(['Lake Blvd', 'Placer St', 'Eureka Way'])}, Redding, CA {pick(['96001', '96002', '96003'])}",
            f"{n} SE {pick(['82nd', '92nd', '122nd'])} Ave, Portland, OR {pick(['97266', '97216'])}",
            f"{n} LEMON HILL AVE SACRAMENTO CA 95824-{d(4)}",
            f"House {small}, Unit {rng.randint(1, 12):02d}, Ban Nam Keung, Houayxay District, Bokeo",
            f"{small} Moo {rng.randint(1, 12)}, Ban Pa Klang, Pua, Nan 55120",
            f"House No. {small}, Street {rng.randint(1, 12)}, Gulgasht Colony, Multan",
            f"House {small}-{pick('ABC')}, Model Town A, Bahawalpur",
            f"Basti {pick(['Malik Wala', 'Langah Wali', 'Joiyan Wali'])}, Mauza {pick(['Khanpur', 'Shahpur', 'Bosan'])}, Tehsil Shujabad, District Multan",
            f"Chak No. {rng.randint(1, 60)}/BC, Tehsil Ahmadpur East, District Bahawalpur",
            f"Street {rng.randint(1, 20)}, Block {rng.randint(1, 50)}, Dera Ghazi Khan",
            f"مکان نمبر {small}، گلی {rng.randint(1, 12)}، گلگشت کالونی، ملتان",
            f"HOUSE NO {small} STREET {rng.randint(1, 12)} GULGASHT COLONY MULTAN 60000",
            f"Calle {pick(['Loja', 'El Oro', '10 de Marzo', 'José María Vivar'])} y {pick(['Azuay', 'Antonio Castro', 'Panamericana'])}, Saraguro",
            f"Comunidad {pick(['Ilincho', 'Lagunas', 'Tuncarta', 'Gunudel', 'Oñacapac'])}, parroquia Saraguro, Loja",
            f"Av. {pick(['Universitaria', 'Manuel Agustín Aguirre', 'Orillas del Zamora'])} {rng.randint(10, 30)}-{rng.randint(10, 99)} y {pick(['Mercadillo', 'Rocafuerte', 'Azuay'])}, Loja",
            f"Barrio {pick(['Central', 'La Paz', 'San José'])}, 28 de Mayo, Yacuambi, Zamora Chinchipe",
            f"Calle {pick(['Corredera', 'Santo Domingo', 'Juan Carlos I'])} {small}, {rng.randint(1, 5)}º {pick('ABCD')}, 30800 Lorca (Murcia)",
            f"CALLE {pick(['LOJA', 'EL ORO'])} Y AZUAY - SARAGURO - LOJA",
            f"Jl. Raya Sentani No. {small}, Hinekombe, Sentani, Kab. Jayapura 99352",
            f"Jl. {pick(['Kemiri', 'Yabaso', 'Pasar Lama'])} No. {small}, RT 00{rng.randint(1, 9)}/RW 00{rng.randint(1, 6)}, Sentani Kota, Kab. Jayapura 99351",
            f"Kampung {pick(['Asei Besar', 'Ayapo', 'Yoboi', 'Doyo Lama', 'Ifar Besar'])}, Distrik {pick(['Sentani Timur', 'Sentani', 'Waibu'])}, Kab. Jayapura, Papua",
            f"Perumnas III Waena, Blok {pick('ABCDEF')} No. {rng.randint(1, 40)}, Jayapura 99351",
            f"JL RAYA SENTANI NO {small} SENTANI 99352",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        if origin == "mien" and rng.random() < 0.4:
            last = _bare_clan(last)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT92[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}_{subject}", f"{first}{rng.randint(1955, 2006)}",
                           f"{subject}.{first}", f"{last}.{first[:3]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT92[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"({rng.choice(['916', '510', '530', '503'])}) {d(3)}-{d(4)}",  # Sacramento, Oakland, Redding, Portland
            f"+1 916 {d(3)} {d(4)}",
            f"510-{d(3)}-{d(4)}",
            f"+856 20 {rng.choice('2579')}{d(3)} {d(4)}",  # Lao mobiles
            f"061-{rng.choice('4596')}{d(6)}",  # Multan
            f"062-28{d(5)}",  # Bahawalpur
            f"064-246{d(4)}",  # Dera Ghazi Khan
            f"03{rng.choice(['00', '01', '33', '45', '12', '47'])}-{d(7)}",  # Pakistani mobiles
            f"+92 3{rng.choice(['00', '01', '33', '45', '12'])} {d(7)}",
            f"+966 5{rng.choice('03456')} {d(3)} {d(4)}",  # Saudi mobiles, the men working in Riyadh
            f"(07) 220 {d(4)}",  # Saraguro
            f"07 257 {d(4)}",  # Loja
            f"09{rng.choice('3456789')} {d(3)} {d(4)}",  # Ecuadorian mobiles
            f"+593 9{rng.choice('3456789')} {d(3)} {d(4)}",
            f"+34 6{d(2)} {d(3)} {d(3)}",  # Spanish mobiles, Lorca
            f"(0967) 59{rng.choice('12')}{d(3)}",  # Sentani
            f"08{rng.choice(['11', '12', '13', '21', '52', '53'])}-{d(4)}-{d(4)}",  # Indonesian mobiles
            f"+62 812 {d(4)} {d(4)}",
        ]  # fmt: skip
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "34", "37", "6011", "62", "35"]
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT92))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT92[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng = self.rng
        o = lambda: rng.randint(1, 254)  # noqa: E731
        public = f"{rng.choice([24, 39, 45, 67, 98, 103, 119, 157, 181, 186, 190, 202])}.{o()}.{o()}.{o()}"
        return rng.choice([public, public, f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        prefix = rng.choice(["2001:5a8", "2800:370", "2402:800", "2001:4456"])
        return f"{prefix}:{h()}:{h()}::{h()}"

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the baby monitor, the smart bassinet, the white noise machine, the
        nursery's thermometer, the wifi baby scale, the formula machine, the day nursery's parent camera, the
        clinic's ultrasound machine and CTG monitor, the posyandu's and the lady health worker's tablets, the
        maternity ward's band printer and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the baby monitor camera is on {}, the night vision went grey", v4),
            ("the smart bassinet got {} after the router swap, it stopped rocking", v4),
            ("the white noise machine answers on {}, the app says offline", v4),
            ("the thermometer in the nursery is {}, it says 19 degrees", v4),
            ("the wifi baby scale is on {}, it won't sync the weights", v4),
            ("the formula machine took {}, the app still can't find it", v4),
            ("the day nursery's parent camera is on {}, we can watch the baby room", rng.choice([v4, v6])),
            ("the ultrasound machine at the clinic sends the scans to {}", v4),
            ("the ctg monitor in the birth room is on {}, the midwife can't print", v4),
            ("the posyandu tablet syncs to {} at the puskesmas", v4),
            ("the lady health worker's tablet uploads the visits to {}", v4),
            ("the printer for the baby bands on the maternity ward is {}", v4),
            ("my nas with the baby photos has {} now", rng.choice([v4, v6])),
            ("the livestream camera for the naming feast is on {}, the cousins in Riyadh want the link", rng.choice([v4, v6])),
            ("define('DATABASE_HOST', '{}');", v4),
            ("Host = {}", v4),
            ("$c->pg_connect[] = 'host={} dbname=davical user=davical_app';", v4),
            ("$ filebrowser config set --address {}", v4),
            ("SB_HOSTNAME={}", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-03-02 04:12:55 cloudreve: share link for scan-20wks.mp4 opened from {}", v4),
            ("[silverbullet] failed login for 'admin' from {}", v4),
            ("$ ping -6 -c 3 {}", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng = self.rng
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['IuMien', 'Sacto', 'Oakland', 'Bokeo', 'Houayxay', 'PaKlang'])}{rng.choice(['1975', '#916', '!510', '_55120', '@856'])}",
                f"{rng.choice(['Multan', 'Bahawalpur', 'SohanHalwa', 'Rohi', 'Cholistan', 'Shujabad'])}{rng.choice(['60000', '#061', '!063', '_32200', '@92'])}",
                f"{rng.choice(['Saraguro', 'Ilincho', 'Yacuambi', 'Wawa', 'Tuncarta', 'Pawkar'])}{rng.choice(['1822!', '#07', '_593', '@Loja', '10Marzo'])}",
                f"{rng.choice(['Sentani', 'Asei', 'Ayapo', 'Noken', 'Papeda', 'Cyclops'])}{rng.choice(['99352', '#0967', '!62', '_Tabi', '@Lake'])}",
                rng.choice(["babybottle", "nappies", "midwife", "stroller", "lullaby", "pacifier", "bassinet"]).translate(leet) + rng.choice(["", "!", "_92"]),
                f"Week{rng.randint(20, 41)}+{rng.randint(0, 6)}",
                f"Feed{rng.randint(0, 23):02d}{rng.choice(['00', '15', '30', '45'])}-{rng.choice(['Left', 'Right'])}",
                f"{rng.choice(['bib', 'onesie', 'rattle', 'teether'])}-{rng.choice(WORDS_HELDOUT92)}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        # a password where a ':', a URL or the shell would end it
        colonless = re.sub(r"[:@/#%+$&?()!]", "", pw)
        quote_safe = re.sub(r"['\"\\; ]", "", pw)
        alnum = string.ascii_letters + string.digits
        options = [
            # passwords handed over in ways no earlier set used
            ("the baby monitor wifi is on the back of the ultrasound printout, {}", pw),
            ("she wrote the nursery app password inside the lid of the nappy box, {}", pw),
            ("the photo share password is on the sleeve of the vaccination card, {}", pw),
            ("the midwife put the portal password on our copy of the birth plan, {}", pw),
            ("the wifi for the formula machine is on a sticker on the steriliser, {}", pw),
            ("the pram's lock code is on the label under the handle, {}", pw),
            ("i wrote the registry password on the first page of the baby book, {}", pw),
            ("the hospital wifi was on the tag of the hospital bag, {}", pw),
            ("the gift list password is on the back of the shower's thank-you card, {}", pw),
            ("the posyandu tablet password is written inside the cover of the Buku KIA, {}", pw),
            ("the lady health worker's tablet password is on the back of the EPI card, {}", pw),
            ("the CNH group's wifi is on the back of the baptism card, {}", pw),
            ("the day nursery's door code is {}, the baby room is upstairs", d(4)),
            ("the breast pump app wants the pin {} every time", d(6)),
            ("ok the cloudreve admin password is {}, upload the scan videos tonight", pw),
            ("my babylist password is {}, add the car seat for me", pw),
            # cues in the set's languages
            ("ລະຫັດຜ່ານແມ່ນ {} ຢ່າບອກໃຜເດີ້", pw),
            ("وائی فائی کا کوڈ {} ہے، کسی کو نہ دینا", pw),
            ("password {} he, kahin kun na dasin", pw),
            ("kay pakalla shimika {} kan, ama pimanpash willankichu", pw),
            ("la clave es {}, no le pases a nadie, ñaño", pw),
            ("passwordnya {}, ko jang kasih tau orang lain e", pw),
            # commands
            ("$ filebrowser users add admin {} --perm.admin", colonless),
            ("$ mysql -u wishthis -p{} wishthis", colonless),
            ("$ docker run -e SB_USER=family:{} -p 3000:3000 silverbullet", colonless),
            # pastes
            ("define('DATABASE_PASSWORD', '{}');", quote_safe),
            ("[Database]\nType = mysql\nPassword = {}", quote_safe),
            ("SessionSecret = {}", tok(64, alnum)),
            ("HashIDSalt = {}", tok(64, alnum)),
            ("$c->pg_connect[] = 'dbname=davical user=davical_app password={}';", quote_safe),
            ("SB_USER=admin:{}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('meuychan.due0626', 'ammi.of.sughran', 'sisa.wawa25',
        'yosina_bumil', 'saechao.plus.one', 'kaochiem.b2b')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        due = f"{rng.randint(1, 12):02d}{rng.choice([25, 26])}"
        own = {
            "mien": [f"{first}.due{due}", f"{last}.plus.one"],
            "saraiki": [f"ammi.of.{first}", f"{first}{last[:1]}.due{due}"],
            "saraguro": [f"{first}.wawa{rng.choice([24, 25, 26])}", f"{last}.plus.one"],
            "sentani": [f"{first}_bumil", f"{first}.{last}.due{due}"],
        }[origin]
        return rng.choice([*own, *own, *own, f"{first}.b2b", f"{last}{rng.choice(['', '_'])}twins"])

    def _date(self, first_year: int, last_year: int) -> tuple[int, int, int]:
        """(year, month, day) drawn from the set's own rng between two fixed years (never counted back from
        today, so the set builds the same on any day)."""
        rng = self.rng
        year, month = rng.randint(first_year, last_year), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, first_year: int = 1948, last_year: int = 2004) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language, calendar or format."""
        year, m, day = self._date(first_year, last_year)
        hy, hm, hd = _hijri(year, m, day)
        return {
            "us": f"{m:02d}/{day:02d}/{year}",
            "camp": f"01/01/{year}",  # the 1 January a refugee camp wrote for anyone who did not know the day
            "lao": f"{day} {LAO_MONTHS_HELDOUT92[m - 1]} {year}",
            "urdu": f"{day} {URDU_MONTHS_HELDOUT92[m - 1]} {year}",
            "hijri": f"{hd} {HIJRI_MONTHS_HELDOUT92[hm - 1]} {hy} Hijri",
            "cnic": f"{day:02d}.{m:02d}.{year}",
            "es": f"{day} de {ES_MONTHS_HELDOUT92[m - 1]} de {year}",
            "cedula": f"{day:02d} {CEDULA_MONTHS_HELDOUT92[m - 1]} {year}",
            "kichwa": f"{year} watapi, {KICHWA_MONTHS_HELDOUT92[m - 1]} killapi {day} punchapi",
            "id": f"{day} {ID_MONTHS_HELDOUT92[m - 1]} {year}",
            "ktp": f"{day:02d}-{m:02d}-{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of any of this set's countries takes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["us", "cnic", "cedula", "ktp", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste, a
        parent's, a grandparent's or the baby's own; `chat` as in `ip_sample`."""
        s, baby = self._dob_shapes(), self._dob_shapes(2024, 2025)
        options = [
            ("the pediatrician's form wants the baby's date of birth, {}", baby["us"]),
            ("grandpa's refugee papers say born {}, like half the camp", s["camp"]),
            ("ແມ່ເກີດວັນທີ {} ເດີ້", s["lao"]),
            ("بچی کی تاریخ پیدائش {} ہے", baby["urdu"]),
            ("dadi ki date of birth {} likhi hai card pe, B-Form ke liye chahiye", s["cnic"]),
            ("nana says he was born {}, that's all he knows", s["hijri"]),
            ("la wawa nació el {}, hay que inscribirla en el Registro Civil", baby["es"]),
            ("the achimama's cédula says born {}", s["cedula"]),
            ("ñuka ushushika {} wacharirka", baby["kichwa"]),
            ("anak sa lahir tanggal {}, bidan su tulis di Buku KIA", baby["id"]),
            ("the nursery application asks the mother's date of birth, {}", s["us"]),
            ("Tempat/Tgl Lahir: SENTANI, {}", s["ktp"]),
            ("Date of birth: {}", baby["us"]),
            ("DOB: {}", s["cnic"]),
            ("تاریخ پیدائش: {}", s["urdu"]),
            ("Fecha de nacimiento: {}", s["cedula"]),
            ('    "birth_date": "{}",', baby["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT92_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is coming to the antenatal class with me on tuesday",
        "can you remind {} the midwife comes at 10 for the home visit",
        "{} lent us a second-hand pram, the brakes still work",
        "{} is throwing the baby shower at her place",
        "{} still hasn't brought back the baby bath",
        "{} had the baby at home last night, mother and baby are fine",
        "{} runs the baby group at the library on thursdays",
        "{} is selling her stroller on marketplace, 80 dollars",
        "{} got both vaccination cards stamped today",
        "{} says the nursery has a place for us from september",
        "{} and {} are sharing the car seat until we buy one",
        "ask {} if the birth certificate came in the post",
        "{} did the breathing for the contractions with me all evening",
        "{} is knitting a blanket for the baby",
        "{} has the hospital bag in his car",
        "{} can't come to the baby shower, she's on night shift",
        "{} gave us a whole bag of newborn clothes",
        "the midwife said {} can stay for the birth",
        "{} is bringing the cot down from the attic",
        "{} fell asleep in the antenatal class again",
        "{} booked the pool for the water birth",
        "{} is the baby's godmother",
        "{} cooked for us all week after the birth",
        "i'm meeting {} at the baby clinic at 9",
        "{} weighed the baby on the kitchen scale",
        "{} wants to register the birth on monday",
        "yes {} is picking up the steriliser from her cousin",
        "{} is on maternity leave until march",
        "{} bought the pram from a couple in the next street",
        "{} has the ultrasound appointment at 8, can you drive her",
        "my mother-in-law {} wants to be there for the birth",
        "{} brought a bag of nappies and a cake",
        "{} is due in two weeks and still working",
        "{} is pregnant again, the due date is in may",
        "{} walked the baby round the block all night, it's the colic",
        "{} from the baby group helped me with the breastfeeding",
        "{} is minding the little one on saturday",
        "my husband and {} are painting the nursery this weekend",
        "{} put the bamboo sign on the door, no visitors for a month",
        "{} boiled the herbal bath for the new mother",
        "{} showed the baby to the sky on the first night, like the old people did in Laos",
        "{} is cooking the chicken with the herbs for the whole month",
        "{} is hosting the one-month party at the house in Sacramento",
        "{} drove grandma down from Redding to see the baby",
        "the ritual list for the one-month party has the father as {}",
        "at the party the elders call him {}, not by his school name",
        "the one-month party guest book starts with {}",
        "the hospital band still says Baby Girl {}, they haven't picked a name",
        "Baby Boy {} is in the nicu for two more days",
        "the cot card says Baby Boy {}, 3.2 kg, born at 4:10",
        "Baby Girl {} goes home tomorrow if the jaundice is down",
        "{} whispered the azaan in the baby's ear",
        "{} gave the ghutti, a little honey, the baby liked it",
        "{} is bringing sohan halwa from Multan for the aqiqa",
        "{} is doing the aqiqa on the seventh day",
        "dai {} delivered all my cousins in the village",
        "the lady health worker baji {} comes every month with the scale",
        "{} sain is sending two goats for the aqiqa",
        "{} got the B-Form made at the NADRA office",
        "{} is staying with her mother for the chilla",
        "{} took the baby to Nishtar for the vaccines",
        "the ward label says B/O {}, the name isn't on it yet",
        "B/O {}: 2.9 kg, cried at birth, feeding well",
        "{} بچے کو ٹیکے لگوانے لے گئی ہے",
        "{} عقیقے کے لیے دو بکرے بھیج رہے ہیں",
        "{} is weaving the chumbi for the wawa",
        "achimama {} is bringing the clothes for the bautizo",
        "achitayta {} paid for the fiesta after the baptism",
        "{} is the partera who came to the house in Ilincho",
        "{} registered the baby at the Registro Civil in Saraguro",
        "{} takes the baby to the CNH group on wednesdays",
        "{} sent the baby clothes from Lorca",
        "the bracelet says RN de {}, the nurse will change it after the registry",
        "RN de {}: 3.150 g, 50 cm, parto vertical",
        "the cédula says {}, the name for the bautizo has to match",
        "{} weighed the baby at the posyandu this morning",
        "bidan {} came by canoe from Asei to check the baby",
        "pace {} is carving a little paddle for the baby",
        "mace {} carries the baby in her noken to the market",
        "ondofolo {} will give the baby a name at the feast",
        "{} is making papeda for the new mother",
        "{} brought the Buku KIA, the baby's weights are all in there",
        "{} took the baby across the lake to grandma in Ayapo",
        "the KTP says {}, the birth certificate has to match",
        "the label on the cot says By. Ny. {}, it's the third cot from the window",
        "By. Ny. {}: BB 3100 g, PB 49 cm, lahir spontan",
        "Mother: {}",
        "Father: {}",
        "Midwife: {}",
        "Baby's name: {}",
        "Informant: {}",
        "Class booking, name: {}",
        "Shower hosted by: {}",
        "Seller: {}",
        "Child's name on the vaccination card: {}",
        "Nursery place offered to: {}",
        "Patient: {}",
        "Emergency contact: {}",
        "Madre: {}",
        "Padre: {}",
        "Partera: {}",
        "Apellidos y nombres: {}",
        "Nama Ibu: {}",
        "Nama Ayah: {}",
        "Nama: {}",
        "ماں کا نام: {}",
        "والد کا نام: {}",
        "Father's Name: {}",
        "| 10:30 | {} | 32 weeks | first visit |",
        '"mother_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the baby shower is at {}, park on the street",
        "the midwife's home visit is at {}",
        "send the pram to {}, i'll pay the shipping",
        "the baby group meets at {} on fridays",
        "pick up the cot from {}",
        "the one-month party is at {}",
        "the aqiqa lunch is at my uncle's, {}",
        "the day nursery is at {}, the entrance is round the back",
        "the bautizo lunch is at {}",
        "Address: {}",
        "Dirección: {}",
        "Alamat: {}",
        "پتہ: {}",
        "Delivery address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the birth plan to {}",
        "the day nursery's email is {}",
        "the antenatal class confirmation came from {}",
        "the pram seller wrote from {}",
        "the baby shower invites went out from {}",
        "Email: {}",
        "Correo: {}",
        "E-mail: {}",
        "ای میل: {}",
        "$c->admin_email = '{}';",
    ],
    "PHONE_NUMBER": [
        "the midwife's number is {}, call her when the contractions start",
        "call the day nursery on {}",
        "the lady selling the pram is on {}",
        "the lady health worker's mobile is {}",
        "text {} about the baby group",
        "Tel: {}",
        "Teléfono: {}",
        "No. HP: {}",
        "فون نمبر: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the antenatal class with {}",
        "the pram deposit went on {}",
        "the day nursery takes the fees from {}",
        "the baby shower cake is on {}",
        "put the breast pump on {}",
        "Card: {}",
        "Tarjeta: {}",
        "Kartu: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send your share for the shower gift to {}",
        "the day nursery wants the fees paid to {}",
        "my brother in Riyadh sends the aqiqa money from {}",
        "pay the pram seller into {}",
        "IBAN: {}",
        "IBAN : {}",
        "Cuenta IBAN: {}",
        "آئی بی اے این: {}",
    ],
    "USERNAME": [
        "my what to expect username is {}",
        "on peanut i'm {}",
        "the huckleberry account is under {}",
        "on glow baby she's {}",
        "the kinedu login is {}",
        "my the bump name is {}",
        "the babylist registry is under {}",
        "on daraz the pram seller is {}",
        "my marham account is {}",
        "on sehat kahani the doctor knows me as {}",
        "my halodoc username is {}",
        "on alodokter i post as {}",
        "the primaku account is {}",
        "on teman bumil she's {}",
        "the pram on marketplace is from {}",
        "define('DATABASE_USER', '{}');",
        "User = {}",
        "Login: {}",
    ],
}
HELDOUT92_MIXED = [
    ("Mother: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Nama Ibu: {}\nTempat/Tgl Lahir: SENTANI, {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("ماں کا نام: {}\nتاریخ پیدائش: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Apellidos y nombres: {}\nFecha de nacimiento: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Seller: {}, {}, pick up from {}", ["PERSON", "PHONE_NUMBER", "STREET_ADDRESS"]),
    ("the midwife {} wants the deposit on {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the day nursery with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("[Database]\nHost = {}\nUser = {}\nPassword = {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("define('DATABASE_HOST', '{}');\ndefine('DATABASE_PASSWORD', '{}');", ["IP_ADDRESS", "SECRET"]),
    ("SB_USER={}:{}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the shower host is {}, {}, send your share to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send the pram money to {} or call me on {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("my babylist login is {}, the password is {}", ["USERNAME", "SECRET"]),
    ("Partera: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Nursery application, mother: {}, born {}, {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the clinic kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is bringing the cake to the shower", ["PERSON", "EMAIL_ADDRESS"]),
    ("Emergency contact: {}, {}, {}", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("Madre: {}\nDirección: {}\nTeléfono: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("the aqiqa money: card {} or transfer to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("$c->admin_email = '{}';\n$c->pg_connect[] = 'host={} dbname=davical user=davical_app';", ["EMAIL_ADDRESS", "IP_ADDRESS"]),
    ("Parent: {}, DOB {}, card for the fees {}", ["PERSON", "DATE_OF_BIRTH", "CREDIT_CARD"]),
    ("the nursery's camera is on {}, write to {} if it drops", ["IP_ADDRESS", "EMAIL_ADDRESS"]),
]  # fmt: skip
HELDOUT92_NEGATIVES = [
    "the Iu Mien came from the hills of northern Laos and many settled in Sacramento and Oakland",
    "Sae is the Thai word put before a Chinese clan's name, so some Mien families write Saechao and some Chao",
    "a first-born Mien son is often called Kao and a first-born daughter Mey",
    "a Mien man gets an adult name when he is grown, said after his clan",
    "Leiz is how the Mien script writes the clan Saelee",
    "the bamboo sign on the door means no visitors while the mother rests",
    "the one-month party is when the baby meets the whole family",
    "Lemon Hill is a neighbourhood in south Sacramento",
    "95824 is a Sacramento zip code",
    "Houayxay is the town of Bokeo on the Mekong",
    "Saraiki is spoken in Multan, Bahawalpur and Dera Ghazi Khan",
    "a dai is a traditional birth attendant in the villages",
    "Mai after a woman's name is common in southern Punjab",
    "sain is how a Saraiki speaker shows respect to a man",
    "the aqiqa is usually on the seventh day after the birth",
    "the chilla is the forty days of rest after a birth",
    "a B-Form is the child registration certificate from NADRA",
    "the EPI card lists the baby's vaccines and their dates",
    "sohan halwa is the sweet Multan is famous for",
    "Noon is also an online shop in the Gulf",
    "Langah Medical Store by the chowk sells the baby formula, it is a shop",
    "Bosan Road is a road in Multan, not a person",
    "60000 is the Multan postcode",
    "the Saraguros live in the south of Ecuador, around Saraguro and Yacuambi",
    "wawa means baby in Kichwa",
    "achimama and achitayta are the godmother and godfather in Kichwa",
    "the chumbi is the woven belt the baby is wrapped with",
    "RN de on a bracelet means newborn of, followed by the mother's name",
    "an Ecuadorian cédula writes the family names first",
    "CNH is the early childhood programme with home visits",
    "Minga is also the word for a day of communal work",
    "Japón is a family name in Saraguro and the Spanish for Japan",
    "Tienda Quizhpe sells baby clothes by the market, it is a shop",
    "Lake Sentani lies below the Cyclops mountains near Jayapura",
    "Asei island is known for its bark paintings",
    "an ondofolo is a Sentani clan chief",
    "pace and mace are Papuan Malay for a man and a woman",
    "the posyandu is the monthly baby weighing post in the village",
    "the Buku KIA is the pink book for mother and child health",
    "a noken is the string bag Papuan mothers carry babies in",
    "By. Ny. on a cot means the baby of a mother not yet named",
    "Toko Pouw sells nappies and milk powder in Sentani, it is a shop",
    "99352 is a Sentani postcode",
    "antenatal class 3 of 6 is on breathing",
    "booking reference AN-2026-0412 for the antenatal course",
    "birth registration number 2026-118734",
    "the baby weighed 3.4 kg at birth",
    "the second vaccine dose is due at 10 weeks",
    "the day nursery opens at 7:30 and closes at 18:00",
    "the baby group is free, bring a blanket",
    "the pram is 120 dollars, the car seat is extra",
    "the antenatal course costs 150 dollars for both of us",
    "the aqiqa costs about 60,000 rupees with the goats",
    "the due date is 2026-06-14",
    "the baby shower is on 21/03/2026 at 15:00",
    "the bautizo is on 12 de abril",
    "the one-month party is on 2026-05-30",
    "the clinic is closed on 25 December",
    "room 4 is the birth room with the pool",
    "the day nursery has 12 places for babies",
    "Cloudreve 3.8 added share links with passwords",
    "SilverBullet 2 changed how users are set",
    "DAViCal 1.1.12 needs PHP 8",
    "FileBrowser 2.30 fixed the share expiry",
    "wishthis 1.2 added wishlist sharing",
    "fixed in commit 4c8e1b7, see the changelog",
    "define('DATABASE_PASSWORD', '');",
    "SB_USER=",
    "Password = changeme",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "PK36 SCBL 0000 0011 2345 6702 is the example IBAN in the docs",
    "ES91 2100 0418 4502 0005 1332 is the example IBAN in the docs",
    "write to parents@example.com for the baby group",
    "192.0.2.92 is a documentation address",
    "203.0.113.92 is a documentation address",
    "2001:db8:92::1 is a documentation address",
    "in the US you call 911",
    "in Pakistan call 1122 for Rescue",
    "in Ecuador the emergency number is 911 too",
    "in Indonesia the ambulance is 118",
    "she's asleep at last",
    "the baby is here!",
    "who has the spare dummy",
    "congratulations to you both",
    "mubarak ho, beti hui hai",
    "selamat, bayinya sehat",
    "felicidades por la wawa",
    "so tired after the night feeds",
]  # fmt: skip


def _typo92(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a baby word's well-known misspelling ('pregnant'
    -> 'pregant', 'ultrasound' -> 'ultrasond', 'vaccination' -> 'vacination', 'nursery' -> 'nursury',
    'midwife' -> 'midwive'), or parents' forum and baby-group shorthand creeping into chat ('little one' ->
    'LO', 'due date' -> 'EDD', 'mother-in-law' -> 'MIL', 'vaccines' -> 'jabs', 'pregnant' -> 'preggers',
    'weeks' -> 'wks'). Only in sentences typed to the bot or a friend; a title next to a name stays as
    written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT92.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT92[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT92.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT92[m.group(1)] + template[m.end() :]


def build_heldout92(seed: int = HELDOUT92_SEED) -> list[Example]:
    """Held-out set 92: `Gen92` values in `HELDOUT92_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen92(seed)
    return assemble_module_set(
        gen, HELDOUT92_TEMPLATES, HELDOUT92_MIXED, HELDOUT92_NEGATIVES, _typo92, person=gen.person_for
    )
