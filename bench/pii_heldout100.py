"""Held-out PII set 100 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout100": written by a separate author who did not change recognizers, never saw Kaizen's misses on it
and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT100 is empty, as for the sets
before it; written at the same time as held-out 99 by another author). The theme is sewing, tailoring and
clothes as families and tailors talk about them: the tailor's measurements and the order slip, alterations,
the school uniform, the wedding or festival outfit and its fittings, the fabric market, the sewing circle,
the sewing-machine repair, the online pattern shop, the embroidery commission, the dry cleaner's ticket, the
deposit and the balance. Hand-written lists of four peoples: the Hausa of Kano and Zaria (the babban riga and
the kaftan sewn in Kantin Kwari's and Sabon Gari's shops, the atamfa and the lace bought for a wedding, the
hula embroidered by hand, the tailor's boy who brings the slip; Muslim given names in their Hausa forms
('Abubakar', 'Aminu', 'Shehu', 'Garba', 'Hauwa', 'Hadiza', 'Binta', 'Asabe'), the father's given name as the
second name and a family's name after it ('Aminu Bashir Danjuma'), some family names also a given name
('Sani', 'Musa', 'Lawal'), the hooked ɗ of Boko, the Latin spelling, in a family name ('Ɗanjuma', 'Ɗanladi',
'ɗan' being 'son of'), the name in Ajami, the Arabic script Hausa is also written in ('أمين بشير'), and
'Alhaji' and 'Hajiya' before a full or a given name and 'Malam' and 'Mallama' before a given name, outside
the span), the Uzbeks of Tashkent, Samarkand, Fergana and Margilan (the atlas and the adras silk from
Margilan, the wedding dress and the sarpo, the kelin's outfits, the do'ppi, the tailor who is called usta;
Uzbek given names ('Sherzod', 'Otabek', 'Ulugʻbek', 'Gʻayrat', 'Dilnoza', 'Shahnoza', 'Oʻgiloy'), family
names in -ov and -ev with a woman's -ova and -eva ('Karimova', 'Abdullayeva'), a woman's -xon ('Dilnozaxon'),
the oʻ and gʻ with the turned comma, the ASCII apostrophe, the left quote or the backtick as each keyboard
gives it ('Gʻofurov', "G'ofurov", 'G‘ofurov', 'G`ofurov'), the Cyrillic spelling still on older papers
('Шерзод Каримов', 'Йўлдошев'), the document order with the father's name and oʻgʻli or qizi ('KARIMOV
Sherzod Rustam oʻgʻli', 'Nazarova Madina Akmal qizi') or the Russian patronymic ('Karimov Sherzod
Rustamovich'), and 'aka', 'opa' and 'xola' after a given name and 'usta' before a man's, outside the span),
the K'iche' Maya of Quetzaltenango (Xela), Totonicapán, Salcajá and San Cristóbal (the huipil woven on the
backstrap loom, the corte bought by the vara, the faja and the perraje, the jaspe from Salcajá, the traje
for the fiesta and the school uniform sewn in town; Spanish Catholic given names ('Tomás', 'Gaspar',
'Petrona', 'Catarina') and K'iche' ones with the glottal stop's apostrophe ('B'alam', "Tz'unun", "Ixkik'",
'Ixq'anil'), the two family names, the father's then the mother's ('Petrona Xiloj Tax'), a married woman's
'de' and her husband's name ('Juana Tzul Batz de Coyoy'), the accents dropped where a phone types
('Sebastian Sapon'), and 'Don', 'Doña', 'Nan' (mother, lady) and 'Tat' (father, sir) before a given or a full
name, outside the span) and the Bengali Hindus of Kolkata's Shyambazar, Bagbazar and Hatibagan and of Howrah
and Salkia (the Durga Puja outfits, the blouse tailor with the measurement book, the Tant and the Dhakai
bought at Hatibagan, the panjabi for Ashtami; Bengali given names ('Arindam', 'Tathagata', 'Sudeshna',
'Tanusree', 'Paromita'), family names as a school or a bank took them down ('Bose' and 'Basu', 'Chatterjee'
and 'Chattopadhyay', 'Mukherjee' and 'Mukhopadhyay', 'Dutta' and 'Datta', 'Dey' and 'De'), the daak naam
the family calls one by ('Bubai', 'Tuktuki', 'Mampi'), the name in Bengali script ('তপন ঘোষ'), and the
'-da' and '-di' glued to a given name or a daak naam with a hyphen ('Tapan-da', 'Mampi-di') and 'kaku',
'mashi' and 'boudi' after a given name, outside the span); names on a tailor's, a dry cleaner's, a school
outfitter's, a repair shop's and a pattern shop's papers, in English ('Customer:', 'Order slip for:',
'Fitting booked for:', 'Collected by:', 'Measurements taken for:', 'Pupil:', 'Ship to:', 'Embroidery
commission for:', a measurement book's '| Name | chest | waist |'), Hausa ('Suna:', 'Sunan mai dinki:'),
Ajami ('سنا:'), Uzbek Latin and Cyrillic ('F.I.Sh.:', 'Ф.И.Ш.:', 'Buyurtmachi:'), Spanish ('Nombre:',
'Cliente:', 'Entregado a:') and Bengali ('নাম:', 'Naam:'); a tailoring house, a fabric shop, a dry
cleaner's, an atlas workshop and a prize named after families ('Danjuma Tailoring Ventures', 'Karimov
Atlas', 'Tejidos Xiloj', 'Ghosh Dry Cleaners', 'the Basu prize') no person either, an order slip's, a
ticket's, a receipt's, a lot's and a measurement book's number no secret; over three quarters of the
sentences typed to the bot or a friend: the babban riga that isn't ready for the naming ceremony, the lace
the tailor cut too short, the huipil that takes four months on the loom, the corte hemmed wrong, the puja
blouse that is tight under the arm, the school uniform that shrank, the deposit paid and the balance due,
the sewing circle's turn, the machine that skips stitches, the pattern shop's download, the dry cleaner who
lost the ticket; self-hosted apps' config no earlier set pasted: Zen Cart's includes/configure.php with its
DB_SERVER, DB_SERVER_USERNAME and DB_SERVER_PASSWORD for the online pattern shop, Microweber's .env with
DB_HOST, DB_USERNAME, DB_PASSWORD and APP_KEY for a tailor's website, Akeneo's .env with APP_DATABASE_HOST,
APP_DATABASE_USER, APP_DATABASE_PASSWORD and APP_SECRET for a fabric catalogue; those regions' addresses
(Kano's 'No. 14, Sabon Titi, Fagge, Kano', 'Plot 23, Zoo Road, Kano', a shop in Kantin Kwari market, a
Zaria house 'opposite' a landmark the way directions run, Zaria's 'No. 7, Kofar Doka, Zaria City, Kaduna State', Tashkent's 'Chilonzor tumani,
9-mavze, 14-uy, 27-xonadon', the mahalla and the ko'cha ('Ipakchi koʻchasi, 8-uy, Margʻilon'), the same in
Cyrillic ('Юнусобод тумани, 4-мавзе, 17-уй'), Xela's '4a. Calle 12-34, Zona 1, Quetzaltenango' and '15
Avenida 3-22, Zona 3', a Totonicapán canton, Salcajá's, Kolkata's '12/3 Shyampukur Street, Kolkata 700004',
'45B Bidhan Sarani, Hatibagan, Kolkata 700006', Howrah's '14/1 G.T. Road, Salkia, Howrah 711106' and the
same in Bengali script with Bengali digits) and phones (Nigerian mobiles '080x', '081x', '070x', '090x' and
'+234', Kano's '064', Uzbek mobiles '+998 9x' with the operator code in brackets or not, Tashkent's '71',
Guatemalan '+502' mobiles and Xela's '7761' and '7763', Totonicapán's '7766', Indian mobiles '+91 9' and '98300',
Kolkata's '033' and '+91 33'); Visa, Mastercard 51-55 and 2-series, Nigeria's Verve 5061 in 19 digits,
Uzbekistan's Uzcard 8600 and Humo 9860, India's RuPay 6521 and 6522 and Amex 4-6-5, as a fabric shop, a
pattern shop, a dry cleaner or a tailor's deposit takes them; IBANs where a relative pays from, as none of
the four countries has one: the UK and the UAE for the Hausa, Germany and Turkey for the Uzbeks, Spain for
the K'iche' and the UK for the Bengalis; IPs of an embroidery machine's wifi, the shop's card reader, a label
printer, a CCTV DVR at the fabric stall, a home router, a cutting plotter, the tailor's tablet and the pastes
above, v6 in 2c0f:f5c0:, 2a02:e0c0:, 2803:ce0: and 2401:4900: ranges; passwords handed over in ways no
earlier set used (inside the collar on the tailor's tag, on the back of the order slip, pinned to the
fabric with the measurements, in the pocket of the altered trousers, on the bobbin box, under the sewing
machine's foot pedal, on the dry cleaner's ticket, on the pattern envelope), Kano ('Kano@064', 'Zaria#1953'),
Margilan and Tashkent ('Margilon_atlas', 'Toshkent!71'), Xela ('Xela#7761', 'Totonicapan2024'), Kolkata
('Shyambazar@700004', 'DurgaPuja#2025'), sewing words in leetspeak ('t41l0r', '3mbr01d3ry', '$t1tch'), and
cues in Hausa ('kalmar sirri ita ce ..., kar ka ba kowa'), Nigerian Pidgin ('the password na ..., no show
anybody'), Uzbek Latin and Cyrillic ('parol ..., hech kimga aytma', 'пароль ..., ҳеч кимга айтма'),
Guatemalan Spanish with its 'vos' ('la contraseña es ..., no se la des a nadie vos') and Bengali in its
script and in Latin letters ('পাসওয়ার্ড ..., কাউকে বলবি না', 'password holo ..., kauke bolbi na'); usernames
on Etsy, Spoonflower, PatternReview, Burda Style, Ravelry, Instagram and the pastes, shapes like
'x.tailoring', 'x_stitches', 'dinki.x' (Hausa 'sewing'), 'x.atlas', 'x_huipil', 'x.blouses' and 'x.darzi';
dates of birth for a school uniform's name tag, a tailor's loyalty card, a dry cleaner's account, a sewing
course's registration, a national ID and a passport, in Nigeria's '14/03/1985' and '14th March, 1985',
Hausa ('an haife shi ranar 14 ga Maris, 1985'), Uzbek's '14.03.1985' and '1985-yil 14-mart', Cyrillic
('14 март 1985 йил'), Guatemala's '14/03/1985' and Spanish words ('14 de marzo de 1985'), India's
'14-03-1985', Bengali months and digits ('১৪ মার্চ ১৯৮৫') and a paste's ISO date, a child's for the
school uniform now and then, all drawn between fixed years from the set's own rng so the set builds the
same on any day; typos as people type on a phone in a busy shop: a sewing word's well-known misspelling
('measurements' -> 'measurments', 'embroidery' -> 'embroidary', 'scissors' -> 'sissors', 'tailor' ->
'tailer', 'deposit' -> 'deposite') or chat shorthand ('tomorrow' -> 'tmrw', 'please' -> 'pls', 'because' ->
'coz', 'measurements' -> 'measures'); every name form above is forced into the build at least once so it
does not hang on the seed, and the address, the phone or the date of birth after a name in one sentence
mostly comes from that name's region; negatives with the same regions' places, the titles and the name forms
explained, order slip, ticket, lot and measurement numbers alone, measurements, prices, dates that are no
birthdays (a wedding's, Durga Puja's, a fiesta's, a fitting's, a deadline), businesses and a prize named
after families, versions, placeholder secrets, test cards, example IBANs, a placeholder e-mail,
documentation IPs (v4 and v6) and short everyday chat; no public figure is named).

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

HELDOUT100_SEED = 5108274
# no faker name locale: all names below come from hand-written lists (empty on purpose; the test checks it)
NAME_LOCALES_HELDOUT100: list[str] = []
# each origin: (men's given names, women's given names, family names); ';' separates names
NAMES_HELDOUT100: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Hausa of Kano and Zaria: Muslim given names in their Hausa forms, the father's given name as the second
    # name, family names that are often a forefather's given name ('Sani', 'Musa', 'Lawal' are both)
    "hausa": ("Abubakar;Usman;Ibrahim;Sani;Musa;Aminu;Bashir;Shehu;Nuhu;Lawal;Garba;Yusuf".split(";"),
              "Hauwa;Zainab;Aisha;Hadiza;Fatima;Binta;Halima;Rabi;Maryam;Jamila;Ladi;Asabe".split(";"),
              "Abdullahi;Danjuma;Bello;Sani;Aliyu;Umar;Musa;Lawal;Idris;Kabir;Yakubu;Ado;Inuwa;Garba;Danladi".split(";")),
    # Uzbeks of Tashkent, Samarkand, Fergana and Margilan: the oʻ and gʻ written with the turned comma
    # (U+02BB); a woman's family name takes -a ('Karimova', 'Abdullayeva')
    "uzbek": ("Jahongir;Sherzod;Otabek;Rustam;Dilshod;Bobur;Ulugʻbek;Sardor;Akmal;Farrux;Ravshan;Gʻayrat;Oʻktam".split(";"),
              "Dilnoza;Gulnora;Nodira;Shahnoza;Madina;Zulfiya;Oygul;Munisa;Feruza;Sevara;Gulchehra;Mohira;Oʻgiloy".split(";"),
              "Karimov;Yusupov;Rahimov;Toshmatov;Ergashev;Xolmatov;Nazarov;Qodirov;Abdullayev;Gʻofurov;Oʻrinboyev;Saidov;Mirzayev;Yoʻldoshev".split(";")),
    # K'iche' Maya of Quetzaltenango, Totonicapán and Salcajá: Spanish Catholic given names and K'iche' ones
    # with the glottal stop's apostrophe; two family names, the father's then the mother's
    "kiche": ("Tomás;Diego;Juan;Francisco;Sebastián;Gaspar;Baltazar;Manuel;B'alam;Tz'unun;Kawoq".split(";"),
              "María;Juana;Petrona;Manuela;Catarina;Micaela;Tomasa;Rosalía;Ixkik';Saqil;Ixmukane;Ixq'anil".split(";"),
              "Tzul;Ixcot;Xicay;Cutzal;Coyoy;Chaj;Xiloj;Tax;Sapón;Tzoc;Batz;Ajpacajá;Quiej;Chox;Baten".split(";")),
    # Bengali Hindus of Shyambazar, Bagbazar and Hatibagan in north Kolkata and of Howrah and Salkia
    "bangali": ("Arindam;Debashis;Anirban;Tapan;Swapan;Sudipta;Kaushik;Indranil;Tathagata;Somnath;Pradip;Ranajit".split(";"),
                "Sudeshna;Madhumita;Shampa;Tanusree;Paromita;Jhuma;Sutapa;Ananya;Chandrima;Moumita".split(";"),
                "Bose;Basu;Chatterjee;Chattopadhyay;Mukherjee;Mukhopadhyay;Ghosh;Dutta;Datta;Mitra;Pal;Sarkar;Dey;De;Majumdar;Guha;Nandi".split(";")),
}  # fmt: skip
# a Bengali family name as a school, a bank or a passport took it down: anglicised, or after the Sanskrit
BENGALI_VARIANTS_HELDOUT100 = {
    "Bose": "Basu", "Basu": "Bose", "Chatterjee": "Chattopadhyay", "Chattopadhyay": "Chatterjee",
    "Mukherjee": "Mukhopadhyay", "Mukhopadhyay": "Mukherjee", "Dutta": "Datta", "Datta": "Dutta", "Dey": "De",
    "De": "Dey",
}  # fmt: skip
# the daak naam a Bengali family calls one by, for a man (False) or a woman (True)
DAAK_NAAM_HELDOUT100 = {
    False: ["Bubai", "Piklu", "Bapi", "Tutun"],
    True: ["Tuktuki", "Mampi", "Rinku", "Mithu"],
}
# the Bengali names in Bengali script (a variant pair shares one spelling)
BENGALI_SCRIPT_HELDOUT100 = {
    "Arindam": "অরিন্দম", "Debashis": "দেবাশিস", "Anirban": "অনির্বাণ", "Tapan": "তপন", "Swapan": "স্বপন",
    "Sudipta": "সুদীপ্ত", "Kaushik": "কৌশিক", "Indranil": "ইন্দ্রনীল", "Tathagata": "তথাগত", "Somnath": "সোমনাথ",
    "Pradip": "প্রদীপ", "Ranajit": "রণজিৎ", "Sudeshna": "সুদেষ্ণা", "Madhumita": "মধুমিতা", "Shampa": "শম্পা",
    "Tanusree": "তনুশ্রী", "Paromita": "পারমিতা", "Jhuma": "ঝুমা", "Sutapa": "সুতপা", "Ananya": "অনন্যা",
    "Chandrima": "চন্দ্রিমা", "Moumita": "মৌমিতা", "Bose": "বসু", "Basu": "বসু", "Chatterjee": "চট্টোপাধ্যায়",
    "Chattopadhyay": "চট্টোপাধ্যায়", "Mukherjee": "মুখোপাধ্যায়", "Mukhopadhyay": "মুখোপাধ্যায়", "Ghosh": "ঘোষ",
    "Dutta": "দত্ত", "Datta": "দত্ত", "Mitra": "মিত্র", "Pal": "পাল", "Sarkar": "সরকার", "Dey": "দে", "De": "দে",
    "Majumdar": "মজুমদার", "Guha": "গুহ", "Nandi": "নন্দী",
}  # fmt: skip
# the Hausa names in Ajami (Arabic script), as a Koranic school's register or a family's note writes them
AJAMI_HELDOUT100 = {
    "Abubakar": "أبوبكر", "Usman": "عثمان", "Ibrahim": "إبراهيم", "Sani": "ثاني", "Musa": "موسى", "Aminu": "أمين",
    "Bashir": "بشير", "Shehu": "شيخ", "Nuhu": "نوح", "Lawal": "الأول", "Garba": "غربا", "Yusuf": "يوسف",
    "Hauwa": "حواء", "Zainab": "زينب", "Aisha": "عائشة", "Hadiza": "خديجة", "Fatima": "فاطمة", "Binta": "بنت",
    "Halima": "حليمة", "Rabi": "رابعة", "Maryam": "مريم", "Jamila": "جميلة", "Ladi": "لادي", "Asabe": "أسابي",
    "Abdullahi": "عبد الله", "Danjuma": "دنجمع", "Bello": "بلو", "Aliyu": "علي", "Umar": "عمر", "Idris": "إدريس",
    "Kabir": "كبير", "Yakubu": "يعقوب", "Ado": "أدو", "Inuwa": "إنوا", "Danladi": "دنلادي",
}  # fmt: skip
# the Hausa family names with the hooked ɗ as Boko (the Latin spelling of Hausa) writes them: 'ɗan' is 'son of'
BOKO_HELDOUT100 = {"Danjuma": "Ɗanjuma", "Danladi": "Ɗanladi"}
# Uzbek Latin to Cyrillic, longest first ('yoʻ' is й and ў, not ё and a stray comma)
UZ_CYRILLIC_HELDOUT100 = [
    ("yoʻ", "йў"), ("oʻ", "ў"), ("gʻ", "ғ"), ("sh", "ш"), ("ch", "ч"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"),
    ("ye", "е"), ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "ҳ"), ("i", "и"),
    ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "қ"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("x", "х"), ("y", "й"), ("z", "з"),
]  # fmt: skip
# the other ways a keyboard gives Uzbek's turned comma
UZ_APOSTROPHES_HELDOUT100 = ["'", "‘", "`"]
# a title or a kin word next to the name (outside the span): the origin, whether a woman (None: either), the
# part of the name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT100: dict[str, tuple[str, bool | None, str, bool]] = {
    "alhaji": ("hausa", False, "full", False),  # a man who made the hajj, and any respected older man
    "hajiya": ("hausa", True, "full", False),  # a woman who made the hajj, and any respected older woman
    "malam": ("hausa", False, "given", False),  # a teacher, a learned man, and 'mister'
    "mallama": ("hausa", True, "given", False),  # a woman teacher, and 'madam'
    "usta": ("uzbek", False, "given", False),  # a master craftsman, as a tailor is called
    "aka": ("uzbek", False, "given", True),  # 'elder brother', after a man's given name
    "opa": ("uzbek", True, "given", True),  # 'elder sister', after a woman's given name
    "xola": ("uzbek", True, "given", True),  # 'aunt', after a woman's given name
    "don": ("kiche", False, "given", False),
    "doña": ("kiche", True, "given", False),
    "nan": ("kiche", True, "given", False),  # K'iche' 'mother', 'lady'
    "tat": ("kiche", False, "given", False),  # K'iche' 'father', 'sir'
    "kaku": ("bangali", False, "given", True),  # the father's younger brother, and any man that age
    "mashi": ("bangali", True, "given", True),  # the mother's sister, and any woman that age
    "boudi": ("bangali", True, "given", True),  # an elder brother's wife
    "-da": ("bangali", False, "given", True),  # 'dada', elder brother, glued to the name with a hyphen
    "-di": ("bangali", True, "given", True),  # 'didi', elder sister, glued with a hyphen
}
TITLE_SLOT_HELDOUT100 = re.compile(
    r"(?<![\w'.-])(Alhaji|Hajiya|Malam|Mallama|Usta|Don|Doña|Nan|Tat) \{\}"
    r"|\{\} (aka|opa|xola|kaku|mashi|boudi)(?![\w'])"
    r"|\{\}(-da|-di)(?![\w'])",
    re.IGNORECASE,
)
# IBANs where a relative pays from (none of the four countries has IBANs): the UK and the UAE for the Hausa,
# Germany and Turkey for the Uzbeks, Spain for the K'iche', the UK for the Bengalis
IBAN_SHAPES_HELDOUT100 = {"GB": "4a14n", "AE": "3n16n", "DE": "18n", "TR": "5n1n16n", "ES": "20n"}
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT100 = {
    "hausa": ["dinki", "kano", "zaria", "babbanriga", "atamfa"],
    "uzbek": ["atlas", "adras", "tikuvchi", "margilon", "toshkent"],
    "kiche": ["huipil", "corte", "xela", "toto", "tejidos"],
    "bangali": ["darzi", "puja", "blouse", "hatibagan", "tant"],
}
EMAIL_DOMAINS_HELDOUT100 = {
    "hausa": ["yahoo.com", "buk.edu.ng", "abu.edu.ng"],
    "uzbek": ["mail.ru", "inbox.uz", "umail.uz"],
    "kiche": ["yahoo.es", "hotmail.com", "usac.edu.gt"],
    "bangali": ["rediffmail.com", "yahoo.co.in", "caluniv.ac.in"],
}
# the templates that belong to one origin's shops, clothes or papers, or are written in its script
ORIGIN_CUES_HELDOUT100: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)alhaji|hajiya|malam|babban riga|kaftan|atamfa|kano|zaria|kantin kwari|sabon gari|"
                r"hula|naming ceremony|\bsuna\b|sunan|[\u0600-\u06ff]"), "hausa"),
    (re.compile(r"(?i)usta|\baka\b|\bopa\b|xola|atlas|adras|margilan|tashkent|samarkand|fergana|sarpo|kelin|"
                r"do'ppi|f\.i\.sh|buyurtmachi|[\u0400-\u04ff]"), "uzbek"),
    (re.compile(r"(?i)\bdon\b(?!')|doña|\bnan\b|\btat\b|huipil|corte|faja|perraje|xela|quetzaltenango|totonicap|"
                r"salcaj|jaspe|fiesta|traje|nombre|cliente|entregado|\bvara\b"), "kiche"),
    (re.compile(r"(?i)kaku|mashi|boudi|-da\b|-di\b|puja|blouse tailor|ashtami|panjabi|hatibagan|shyambazar|"
                r"howrah|salkia|dhakai|\btant\b|\bnaam\b|[\u0980-\u09ff]"), "bangali"),
]  # fmt: skip
GENDER_CUES_HELDOUT100: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|hajiya|mallama|\bopa\b|xola|doña|\bnan\b|mashi|boudi|-di\b|bride|kelin|"
                r"huipil|blouse"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|alhaji|malam\b|usta|\baka\b|\bdon\b(?!')|\btat\b|kaku|-da\b|groom|"
                r"babban riga|panjabi"), False),
]  # fmt: skip
# the name forms the build holds at least once each, whatever the seed: (origin, form)
FORCED_FORMS_HELDOUT100 = [
    ("hausa", "father"), ("hausa", "ajami"), ("hausa", "boko"), ("uzbek", "cyrillic"), ("uzbek", "ogli"), ("uzbek", "ovich"),
    ("uzbek", "apostrophe"), ("uzbek", "xon"), ("kiche", "two"), ("kiche", "glottal"), ("kiche", "de"),
    ("bangali", "script"), ("bangali", "variant"), ("bangali", "daak"),
]  # fmt: skip
# a sewing word and its well-known misspelling
MISSPELT_HELDOUT100 = {
    "measurements": "measurments", "embroidery": "embroidary", "scissors": "sissors", "tailor": "tailer",
    "deposit": "deposite", "alteration": "altration", "trousers": "trousres", "buttons": "butons",
    "zipper": "ziper", "sleeves": "sleves", "blouse": "blowse", "wedding": "weding", "uniform": "unifrom",
    "machine": "machiene", "fabric": "fabrick", "tomorrow": "tommorow", "definitely": "definately",
}  # fmt: skip
MISSPELT_WORD_HELDOUT100 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT100, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
SHORTHAND_HELDOUT100 = {
    "tomorrow": "tmrw", "please": "pls", "because": "coz", "measurements": "measures", "message": "msg",
    "about": "abt", "before": "b4", "people": "ppl", "sewing machine": "machine", "thanks": "thx",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT100 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT100, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT100 = (
    "January February March April May June July August September October November December".split()
)
HA_MONTHS_HELDOUT100 = (
    "Janairu Fabrairu Maris Afrilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba".split()
)
UZ_MONTHS_HELDOUT100 = "yanvar fevral mart aprel may iyun iyul avgust sentyabr oktyabr noyabr dekabr".split()
UZ_CYR_MONTHS_HELDOUT100 = "январ феврал март апрел май июн июл август сентябр октябр ноябр декабр".split()
ES_MONTHS_HELDOUT100 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
BN_MONTHS_HELDOUT100 = [
    "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর",
    "ডিসেম্বর",
]  # fmt: skip
BENGALI_DIGITS_HELDOUT100 = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Gʻofurov' -> 'gofurov',
    "B'alam" -> 'balam', 'Sapón' -> 'sapon')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _uz_cyrillic(text: str) -> str:
    """Uzbek Latin in Cyrillic, as older papers write it ('Sherzod Karimov' -> 'Шерзод Каримов', 'Yoʻldoshev'
    -> 'Йўлдошев', 'Ergashev' -> 'Эргашев', "oʻgʻli" -> 'ўғли')."""
    words = []
    for word in text.split(" "):
        low, out, i = word.lower(), "", 0
        while i < len(low):
            for latin, cyr in UZ_CYRILLIC_HELDOUT100:
                if low.startswith(latin, i):
                    out += "э" if latin == "e" and i == 0 else cyr
                    i += len(latin)
                    break
            else:
                out += low[i]
                i += 1
        words.append(out[:1].upper() + out[1:] if word[:1].isupper() else out)
    return " ".join(words)


def _uz_feminine(last: str) -> str:
    """A woman's Uzbek family name: 'Karimov' -> 'Karimova', 'Abdullayev' -> 'Abdullayeva'."""
    return last + "a"


def _uz_apostrophe(text: str, mark: str) -> str:
    """Uzbek with the turned comma typed another way ('Gʻofurov', "'" -> "G'ofurov")."""
    return text.replace("ʻ", mark)


def _patronymic(father: str, woman: bool) -> str:
    """The Russian patronymic an Uzbek passport once took: 'Rustam' -> 'Rustamovich' or 'Rustamovna'."""
    return father + ("ovna" if woman else "ovich")


def _bengali_script(*names: str) -> str:
    """A Bengali name in Bengali script ('Tapan', 'Ghosh' -> 'তপন ঘোষ')."""
    return " ".join(BENGALI_SCRIPT_HELDOUT100[n] for n in names)


def _ajami(*names: str) -> str:
    """A Hausa name in Ajami ('Aminu', 'Bashir' -> 'أمين بشير')."""
    return " ".join(AJAMI_HELDOUT100[n] for n in names)


class Gen100(Gen3):
    """Generators for held-out set 100: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT100)  # the forms not given yet
        self.last_origin: str | None = None  # the origin of the name given last, for the values after it

    def _origin_after_name(self) -> str | None:
        """The origin of the name just given, so that the address, the phone or the date of birth after it
        in a sentence belongs to the same place (most of the time); None to draw from any origin."""
        origin, self.last_origin = self.last_origin, None
        return origin if origin and self.rng.random() < 0.8 else None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT100."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT100))
        men, women, lasts = NAMES_HELDOUT100[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one given form of `origin` (one of FORCED_FORMS_HELDOUT100's, or 'plain')."""
        rng = self.rng
        if form == "apostrophe":  # a name with oʻ or gʻ, typed with another mark: "G'ofurov"
            last = rng.choice([x for x in NAMES_HELDOUT100["uzbek"][2] if "ʻ" in x])
            _, first, _, woman = self._origin_name("uzbek", woman)
            if woman:
                last = _uz_feminine(last)
            return _uz_apostrophe(f"{first} {last}", rng.choice(UZ_APOSTROPHES_HELDOUT100))
        if form == "glottal":  # a K'iche' given name: "Tz'unun Xicay"
            w = rng.random() < 0.5 if woman is None else woman
            first = rng.choice(
                [x for x in NAMES_HELDOUT100["kiche"][int(w)] if "'" in x or x.startswith("Ix")]
            )
            lasts = NAMES_HELDOUT100["kiche"][2]
            return f"{first} {rng.choice(lasts)}"
        _, first, last, woman = self._origin_name(origin, woman)
        lasts = NAMES_HELDOUT100[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "hausa":
            father = rng.choice([x for x in NAMES_HELDOUT100["hausa"][0] if x != first])
            if form == "father":  # the given name, the father's and the family's: 'Aminu Bashir Danjuma'
                return f"{first} {father} {last}"
            if form == "ajami":  # 'أمين بشير'
                return _ajami(first, father)
            if form == "boko":  # 'Hadiza Ɗanladi'
                return f"{first} {BOKO_HELDOUT100[rng.choice(sorted(BOKO_HELDOUT100))]}"
        if origin == "uzbek":
            father = rng.choice([x for x in NAMES_HELDOUT100["uzbek"][0] if x != first])
            family = _uz_feminine(last) if woman else last
            if form == "cyrillic":
                return _uz_cyrillic(f"{first} {family}")
            if form == "ogli":  # 'KARIMOV Sherzod Rustam oʻgʻli', 'Nazarova Madina Akmal qizi'
                fam = family.upper() if rng.random() < 0.5 else family
                return f"{fam} {first} {father} {'qizi' if woman else 'oʻgʻli'}"
            if form == "ovich":  # 'Karimov Sherzod Rustamovich'
                return f"{family} {first} {_patronymic(father, woman)}"
            if form == "xon":  # 'Dilnozaxon Karimova'
                first = rng.choice(NAMES_HELDOUT100["uzbek"][1])
                return f"{first}xon {_uz_feminine(last)}" if rng.random() < 0.6 else f"{first}xon"
            return f"{first} {family}"
        if origin == "kiche":
            if form == "two":  # 'Petrona Xiloj Tax'
                return f"{first} {last} {other}"
            if form == "de":  # 'Juana Tzul Batz de Coyoy'
                first = rng.choice(NAMES_HELDOUT100["kiche"][1])
                husband = rng.choice([x for x in lasts if x not in (last, other)])
                return f"{first} {last} {other} de {husband}"
        if origin == "bangali":
            if form == "script":
                return _bengali_script(first, last) if rng.random() < 0.7 else _bengali_script(first)
            if form == "variant":
                variant = rng.choice(sorted(BENGALI_VARIANTS_HELDOUT100))
                return f"{first} {variant}"
            if form == "daak":
                return rng.choice(DAAK_NAAM_HELDOUT100[woman])
        return f"{first} {last}"

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'ajami', 'cyrillic', 'bengali', 'uzdoc'
        (an Uzbek form's family name first) or 'ascii' where the template asks for one."""
        rng = self.rng
        r = rng.random()
        if origin == "hausa":
            if script == "ajami":
                return _ajami(first, last) if last in AJAMI_HELDOUT100 else _ajami(first)
            if r < 0.35:
                return self._form("hausa", "father", woman)
            if last in BOKO_HELDOUT100 and r < 0.7:
                return f"{first} {BOKO_HELDOUT100[last]}"
            return f"{first} {last}"
        if origin == "uzbek":
            family = _uz_feminine(last) if woman else last
            if script == "cyrillic":
                form = rng.choice(["cyrillic", "ogli", "ovich"])
                name = self._form("uzbek", form, woman)
                return name if form == "cyrillic" else _uz_cyrillic(name)
            if script == "uzdoc":
                return self._form("uzbek", rng.choice(["ogli", "ogli", "ovich"]), woman)
            name = f"{first} {family}"
            if r < 0.2:
                name = self._form("uzbek", "cyrillic", woman)
            if script == "ascii":
                name = _uz_apostrophe(name, "'")
            elif chat and "ʻ" in name and rng.random() < 0.6:  # a phone's keyboard has no turned comma
                name = _uz_apostrophe(name, rng.choice(UZ_APOSTROPHES_HELDOUT100))
            return name
        if origin == "kiche":
            other = rng.choice([x for x in NAMES_HELDOUT100["kiche"][2] if x != last])
            name = f"{first} {last} {other}" if r < 0.55 or not chat else f"{first} {last}"
            if woman and r < 0.15:
                name = self._form("kiche", "de", True)
            if script == "ascii" or (chat and rng.random() < 0.3):
                name = _fold(name)  # 'Sebastian Sapon'
            return name
        if origin == "bangali":
            if script == "bengali":
                return _bengali_script(first, last)
            if r < 0.2:
                last = BENGALI_VARIANTS_HELDOUT100.get(last, last)
            return f"{first} {last}"
        return f"{first} {last}"

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        if not script:  # a form still owed, of the template's origin
            owed = next(
                (
                    f
                    for f in self.owed
                    if origin in (None, f[0]) and not (woman is False and f[1] in ("de", "xon"))
                ),
                None,
            )
            if owed:
                self.owed.remove(owed)
                self.last_origin = owed[0]
                return self._form(owed[0], owed[1], woman)
        origin, first, last, woman = self._origin_name(origin, woman)
        self.last_origin = origin
        r = rng.random()
        if r < (0.7 if chat else 0.85) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.92:
            name = first
            if origin == "bangali" and rng.random() < 0.4:
                name = rng.choice(DAAK_NAAM_HELDOUT100[woman])
            if origin == "uzbek" and woman and rng.random() < 0.3:
                name = f"{first}xon"
            if origin == "kiche" and chat:
                name = _fold(name)
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title or a kin word written next to it ('Alhaji Aminu Danjuma', 'Hajiya Binta',
        'Malam Garba', 'usta Rustam', 'Dilnoza opa', 'Doña Petrona', 'Nan Ixkik'', 'Tapan kaku',
        'Mampi-di'), from the origin that uses it."""
        origin, woman, part, _ = TITLED_HELDOUT100[title.lower()]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        if origin == "bangali" and title.startswith("-") and rng.random() < 0.35:
            return rng.choice(DAAK_NAAM_HELDOUT100[woman])  # 'Bubai-da'
        if part == "given":
            if origin == "uzbek" and rng.random() < 0.4 and "ʻ" in first:
                return _uz_apostrophe(first, "'")
            return first
        if part == "family":
            return last
        if origin == "hausa" and rng.random() < 0.4:  # 'Alhaji Aminu Bashir Danjuma'
            father = rng.choice([x for x in NAMES_HELDOUT100["hausa"][0] if x != first])
            return f"{first} {father} {last}"
        if rng.random() < 0.3:  # 'Hajiya Binta'
            return first
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose shop, clothes or paper the template names, in the script or the form the template is
        written in."""
        m = TITLE_SLOT_HELDOUT100.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        script = ""
        if re.search(r"[\u0600-\u06ff]", template):
            script = "ajami"
        elif re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif re.search(r"[\u0980-\u09ff]", template):
            script = "bengali"
        elif re.search(r"F\.I\.Sh\.|Buyurtmachi", template):
            script = "uzdoc"
        elif template.startswith('"') or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT100 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT100 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        bn = f"{rng.randint(1, 60)}/{rng.randint(1, 9)}"
        shapes = [
            f"No. {n}, {pick(['Sabon Titi', 'Kofar Mata Road', 'Zoo Road', 'Murtala Mohammed Way', 'Ibrahim Taiwo Road'])}, {pick(['Fagge', 'Gwale', 'Sabon Gari', 'Dala', 'Nassarawa'])}, Kano",
            f"Plot {n}, Zoo Road, Kano",
            f"No {n} Kantin Kwari Market, Fagge, Kano State",
            f"House {n}, opposite Central Mosque, {pick(['Tudun Wada', 'Sabon Gari', 'Kofar Doka'])}, Zaria",
            f"No. {n}, Kofar Doka, Zaria City, Kaduna State",
            f"Toshkent sh., Chilonzor tumani, {rng.randint(1, 25)}-mavze, {n}-uy, {rng.randint(1, 80)}-xonadon",
            f"Margʻilon sh., {pick(['Atlas', 'Ipakchi', 'Yodgorlik'])} mahallasi, {pick(['Ipakchi', 'Mustaqillik', 'Burhoniddin Margʻinoniy'])} koʻchasi, {n}-uy",
            f"Samarqand sh., {pick(['Registon', 'Dagbitskiy', 'Ali Qushchi'])} koʻchasi, {n}-uy",
            f"Fargʻona sh., Al-Fargʻoniy koʻchasi, {n}-uy",
            f"Тошкент ш., Юнусобод тумани, {rng.randint(1, 19)}-мавзе, {n}-уй, {rng.randint(1, 90)}-хонадон",
            f"{rng.randint(1, 25)}a. Calle {rng.randint(1, 30)}-{rng.randint(10, 99)}, Zona {rng.randint(1, 11)}, Quetzaltenango",
            f"{rng.randint(1, 25)} Avenida {rng.randint(1, 30)}-{rng.randint(10, 99)}, Zona {rng.randint(1, 7)}, Xela",
            f"Cantón {pick(['Chuipachec', 'Juchanep', 'Paqui', 'Chotacaj', 'Xantún'])}, Totonicapán",
            f"{rng.randint(1, 6)}a. Avenida {rng.randint(1, 9)}-{rng.randint(10, 99)}, Zona 1, Salcajá, Quetzaltenango",
            f"{bn} {pick(['Shyampukur Street', 'Ramkanta Bose Street', 'Bagbazar Street', 'Raja Rajballav Street'])}, Kolkata 70000{pick('345')}",
            f"{n}{pick(['', 'A', 'B'])} Bidhan Sarani, Hatibagan, Kolkata 700006",
            f"Flat {rng.randint(1, 4)}{pick('ABCD')}, {n} Bagbazar Street, Kolkata 700003",
            f"{bn} G.T. Road, Salkia, Howrah 711106",
            f"{n} Panchanantala Road, Howrah 7111{pick(['01', '02', '04'])}",
            f"{bn} শ্যামপুকুর স্ট্রিট, কলকাতা ৭০০০০৪".translate(BENGALI_DIGITS_HELDOUT100),
        ]  # fmt: skip
        spans = {"hausa": (0, 5), "uzbek": (5, 10), "kiche": (10, 14), "bangali": (14, 20)}
        origin = self._origin_after_name()
        return pick(shapes[slice(*spans[origin])] if origin else shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT100[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}_{subject}", f"{first}{rng.randint(1960, 2008)}",
                           f"{subject}.{first}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT100[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        ng = rng.choice(["803", "806", "813", "816", "703", "706", "803", "905", "810", "802", "708"])
        uz = rng.choice(["90", "91", "93", "94", "97", "99", "88", "33"])
        shapes = [
            f"0{ng} {d(3)} {d(4)}",  # Nigerian mobiles
            f"0{ng}{d(7)}",
            f"+234 {ng} {d(3)} {d(4)}",
            f"+234 (0){ng} {d(3)} {d(4)}",
            f"064-{d(6)}",  # Kano
            f"+998 {uz} {d(3)} {d(2)} {d(2)}",  # Uzbek mobiles
            f"+998 ({uz}) {d(3)}-{d(2)}-{d(2)}",
            f"{uz} {d(3)} {d(2)} {d(2)}",
            f"+998 71 {d(3)} {d(2)} {d(2)}",  # Tashkent
            f"+502 {rng.choice('345')}{d(3)} {d(4)}",  # Guatemalan mobiles
            f"{rng.choice('45')}{d(3)}-{d(4)}",
            f"776{rng.choice('13')} {d(4)}",  # Xela
            f"+502 7766 {d(4)}",  # Totonicapán
            f"+91 9{d(4)} {d(5)}",  # Indian mobiles
            f"98300 {d(5)}",
            f"033 25{d(2)} {d(4)}",  # Kolkata
            f"+91 33 2{rng.choice('3456')}{d(2)} {d(4)}",
            f"(033) 26{d(2)}-{d(4)}",  # Howrah
        ]
        spans = {"hausa": (0, 5), "uzbek": (5, 9), "kiche": (9, 13), "bangali": (13, 18)}
        origin = self._origin_after_name()
        return rng.choice(shapes[slice(*spans[origin])] if origin else shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "5061", "8600", "9860", "6521",
             "6522", "34", "37"]
        )  # fmt: skip
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        if prefix == "5061" and rng.random() < 0.6:  # a Verve card's 19 digits
            num = _luhn_number(rng, "50610", 19)
            return f"{num[:4]} {num[4:8]} {num[8:12]} {num[12:16]} {num[16:]}" if rng.random() < 0.5 else num
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT100))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT100[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2c0f:f5c0:{h()}:{h()}::{h()}", f"2a02:e0c0:{h()}:{h()}::{h()}",
                           f"2803:ce0:{h()}:{h()}::{h()}", f"2401:4900:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): an embroidery machine's wifi, the shop's card reader, a label
        printer, a CCTV DVR at the fabric stall, a home router, a cutting plotter, the tailor's tablet and
        this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the embroidery machine joined the wifi as {} but the app can't find it", v4),
            ("the card reader in the shop shows {} and says offline, customers are waiting", v4),
            ("the label printer for the order slips is on {}, it printed half a slip and stopped", v4),
            ("the cctv dvr at the fabric stall is {}, my brother wants to watch from home", rng.choice([v4, v6])),
            ("my router at home gave the sewing tablet {}", v4),
            ("the cutting plotter for the patterns sits on {} now", v4),
            ("the tailor's tablet with the measurements got {} after the power cut", v4),
            ("the shop's new router hands out v6, the dvr got {}", v6),
            ("the atlas workshop's camera streams from {}", rng.choice([v4, v6])),
            ("the puja order spreadsheet server runs on {} in the back room", v4),
            ("the embroidery machine's web page is at {}, what's the login", v4),
            ("define('DB_SERVER', '{}');", v4),
            ("DB_HOST={}", v4),
            ("APP_DATABASE_HOST={}", v4),
            ("    proxy_pass http://{}:8080;", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-03-14 21:07:55 zencart: admin login from {}", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("$ ssh admin@{}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Kano', 'Zaria', 'KantinKwari', 'BabbanRiga', 'Fagge'])}{rng.choice(['@064', '#1953', '!234', '_2024'])}",
                f"{rng.choice(['Margilon', 'Toshkent', 'Samarqand', 'Atlas', 'Adras'])}{rng.choice(['_atlas', '!71', '#998', '2025'])}",
                f"{rng.choice(['Xela', 'Totonicapan', 'Salcaja', 'Huipil', 'Corte'])}{rng.choice(['#7761', '2024', '!502', '_zona1'])}",
                f"{rng.choice(['Shyambazar', 'DurgaPuja', 'Hatibagan', 'Howrah', 'Ashtami'])}{rng.choice(['@700004', '#2025', '_711', '!33'])}",
                rng.choice(["tailor", "embroidery", "stitch", "scissors", "bobbin", "selvedge"]).translate(leet) + rng.choice(["", "!", "_100"]),
                f"Slip{rng.randint(100, 999)}-Fit{rng.randint(1, 3)}",
                f"{rng.choice(['dinki', 'atlas', 'huipil', 'darzi'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)
        quote_safe = re.sub(r"['\"\\;]", "", pw)
        alnum = string.ascii_letters + string.digits
        options = [
            # passwords handed over in ways no earlier set used
            ("the wifi password is written inside the collar on the tailor's tag, {}", pw),
            ("he wrote the shop tablet password on the back of my order slip, {}", pw),
            ("the password is pinned to the fabric with the measurements, {}", pw),
            ("found the email password in the pocket of the trousers he brought for alteration, {}", pw),
            ("the padlock code for the stall is on the bobbin box, {}", d(4)),
            ("mum taped the laptop password under the sewing machine's foot pedal, {}", pw),
            ("the dry cleaner wrote the wifi on the back of my ticket lol, {}", pw),
            ("the pattern shop download password is on the envelope, {}", pw),
            ("the card reader admin pin is {}, don't tell the apprentice", d(6)),
            ("ok the embroidery machine's login password is {}", pw),
            ("the zen cart admin password is {}, change it after", pw),
            # cues in the set's languages
            ("kalmar sirri ita ce {}, kar ka ba kowa", pw),
            ("the password na {}, no show anybody", pw),
            ("parol {}, hech kimga aytma", pw),
            ("пароль {}, ҳеч кимга айтма", pw),
            ("la contraseña es {}, no se la des a nadie vos", pw),
            ("পাসওয়ার্ড {}, কাউকে বলবি না", pw),
            ("password holo {}, kauke bolbi na", pw),
            # commands
            ("$ mysql -u zencart -p{} zencart", colonless),
            ("$ MYSQL_PWD={} mysqldump -u microweber microweber > backup.sql", colonless),
            ("$ docker run -e APP_DATABASE_PASSWORD={} akeneo/pim", colonless),
            # pastes
            ("define('DB_SERVER_PASSWORD', '{}');", quote_safe),
            ("DB_PASSWORD={}", pw),
            ("APP_KEY=base64:{}", tok(43, alnum) + "="),
            ("APP_DATABASE_PASSWORD={}", pw),
            ("APP_SECRET={}", tok(32, "0123456789abcdef")),
            ("define('DB_SERVER_USERNAME', 'zencart');\ndefine('DB_SERVER_PASSWORD', '{}');", quote_safe),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes like 'x.tailoring', 'x_stitches', 'dinki.x', 'x.atlas', 'x_huipil',
        'x.blouses', 'x.darzi'."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "hausa": [f"dinki.{first}", f"{first}_kano{rng.randint(60, 99)}"],
            "uzbek": [f"{first}.atlas", f"{last}_tikuv"],
            "kiche": [f"{first}_huipil", f"tejidos.{last}"],
            "bangali": [f"{first}.blouses", f"{last}.darzi"],
        }[origin]
        return rng.choice(
            [f"{first}.tailoring", f"{first}_stitches", f"{last}.sews{rng.randint(1, 99)}", *own]
        )

    def _birth(self, oldest: int = 1940, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1940, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "ng": f"{day:02d}/{m:02d}/{y}",
            "ngw": f"{_ordinal(day)} {EN_MONTHS_HELDOUT100[m - 1]}, {y}",
            "ha": f"{day} ga {HA_MONTHS_HELDOUT100[m - 1]}, {y}",
            "uz": f"{day:02d}.{m:02d}.{y}",
            "uzw": f"{y}-yil {day}-{UZ_MONTHS_HELDOUT100[m - 1]}",
            "uzc": f"{day} {UZ_CYR_MONTHS_HELDOUT100[m - 1]} {y} йил",
            "gt": f"{day:02d}/{m:02d}/{y}",
            "es": f"{day} de {ES_MONTHS_HELDOUT100[m - 1]} de {y}",
            "in": f"{day:02d}-{m:02d}-{y}",
            "bn": f"{day} {BN_MONTHS_HELDOUT100[m - 1]} {y}".translate(BENGALI_DIGITS_HELDOUT100),
            "bnd": f"{day:02d}/{m:02d}/{y}".translate(BENGALI_DIGITS_HELDOUT100),
            "en": f"{day} {EN_MONTHS_HELDOUT100[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of any of this set's regions takes."""
        shapes = self._dob_shapes()
        own = {"hausa": ["ng", "ngw"], "uzbek": ["uz"], "kiche": ["gt"], "bangali": ["in", "bnd"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ng", "uz", "gt", "in", "iso", "ngw"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, kid = self._dob_shapes(), self._dob_shapes(2010, 2020)
        options = [
            ("the school wants his date of birth on the uniform order, {}", kid["ng"]),
            ("an haife ta ranar {}, ka rubuta a takardar makaranta", s["ha"]),
            ("the tailor's loyalty card asks for your birthday, mine is {}", s["ngw"]),
            ("tugʻilgan sanasi {}, atlas kursiga yozilish uchun", s["uzw"]),
            ("туғилган санаси {}, паспортда шундай", s["uzc"]),
            ("for the sewing course they need her date of birth, {}", s["uz"]),
            ("nació el {}, lo pide la academia de corte y confección", s["es"]),
            ("the name tag for the school uniform needs her date of birth, {}", kid["gt"]),
            ("জন্ম তারিখ {}, দর্জির কার্ডে লিখে দিও", s["bn"]),
            ("the dry cleaner's account form wants my date of birth, {}", s["in"]),
            ("বাবার জন্মদিন {}, পাসপোর্টের ফর্মে লাগবে", s["bnd"]),
            ("my daughter was born on {}, she needs the bigger uniform", kid["en"]),
            ("Date of birth: {}", s["ng"]),
            ("Tugʻilgan sana: {}", s["uz"]),
            ("Fecha de nacimiento: {}", s["gt"]),
            ("DOB: {}", s["in"]),
            ("জন্ম তারিখ: {}", s["bnd"]),
            ('    "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT100_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} still has my measurements from last year, ask him",
        "can you ask {} if the babban riga will be ready for the naming ceremony",
        "{} cut the lace too short, now we need another 2 yards",
        "{} is bringing the atamfa to the tailor tomorrow",
        "{} paid the deposit, I'll pay the balance when I collect",
        "{} says the fitting is on saturday at 4",
        "{} took in the waist but the trousers are still loose",
        "{} hemmed my corte wrong, it's 3 fingers too short",
        "{} is weaving the huipil, she says four more months",
        "{} from the sewing circle has the pattern we need",
        "it's {}'s turn to host the sewing circle this week",
        "{} fixed the machine, it doesn't skip stitches anymore",
        "the machine repair guy is {}, he comes on tuesdays",
        "{} ordered the pattern online but the download link expired",
        "{} lost the dry cleaning ticket again",
        "{} wants the embroidery in gold thread, not silver",
        "{} is doing the embroidery commission for the wedding",
        "the school uniform for {} shrank in the first wash",
        "{} needs the bigger uniform, he grew so much",
        "{} picked up the wedding dress from the atlas workshop",
        "{} is buying adras in Margilan for the whole family",
        "{} knows a tailor in Samarkand who does sarpo in a week",
        "{} wants her puja blouse tighter under the arm, no wait looser",
        "{} said the blouse tailor in Hatibagan closes at 8",
        "{} bought three Dhakai sarees at Hatibagan",
        "{} is sewing the panjabi for Ashtami",
        "{} came to the shop for the second fitting",
        "{} is so picky about the buttons, changed them twice",
        "I left the fabric with {}, he will cut it tonight",
        "{} charges too much for a zipper, I do it myself now",
        "{} is teaching me to use the overlock",
        "{} owes the tailor the balance, 15000 naira",
        "{} has the slip, ask her for the number",
        "{} and {} are both getting the same fabric for the wedding, aso ebi style",
        "{} brought the jaspe from Salcajá for the corte",
        "{} sold me the faja at the market in Toto",
        "{} is making the traje for the fiesta",
        "{} hand-embroiders the hula, it takes her a week each",
        "{} works at the tailor's shop in Kantin Kwari",
        "{} is getting married in June and still no dress",
        "tell {} the sleeves are too long",
        "{} is the best tailor in Sabon Gari honestly",
        "{} said the kelin needs six outfits for the first week",
        "{} fixed the zipper in ten minutes",
        "my mother-in-law {} wants a new perraje for the fiesta",
        "{} will measure you, she does the ladies",
        "who is {}? the slip has her name on it",
        "{} delivered the uniforms to the school",
        "{} keeps the measurement book, ask him for my chest size",
        "{} from the pattern shop answered my email",
        "alhaji {} ordered five babban riga for the wedding",
        "hajiya {} wants the lace from Kano, not from Lagos",
        "Malam {} sews the kaftan in two days",
        "ask Mallama {} about the sewing classes for the girls",
        "usta {} said come back on friday for the fitting",
        "{} aka measured me for the suit",
        "{} opa sews the kelin's dresses",
        "{} xola gave us the atlas for the wedding",
        "Don {} sells the corte by the vara",
        "Doña {} weaves on the backstrap loom every morning",
        "nan {} made my huipil, it's beautiful",
        "tat {} brought the thread from Xela",
        "{} kaku brought the fabric from Hatibagan",
        "{} mashi stitched the blouse overnight for Ashtami",
        "{} boudi wants the same blouse as last year",
        "{}-da is fixing the sewing machine",
        "{}-di will do the fall and pico on the saree",
        "{} ta kawo atamfa a shagon tela",
        "{} atlas koʻylak tikib berdi",
        "{} sigue tejiendo el huipil, dice que ya mero",
        "{} দর্জির কাছে ব্লাউজ দিয়ে এসেছে",
        "Customer: {}",
        "Order slip for: {}",
        "Fitting booked for: {}",
        "Collected by: {}",
        "Measurements taken for: {}",
        "Pupil: {}",
        "Ship to: {}",
        "Embroidery commission for: {}",
        "Suna: {}",
        "Sunan mai dinki: {}",
        "سنا: {}",
        "F.I.Sh.: {}",
        "Ф.И.Ш.: {}",
        "Buyurtmachi: {}",
        "Nombre: {}",
        "Cliente: {}",
        "Entregado a: {}",
        "নাম: {}",
        "Naam: {}",
        "| {} | chest 38 | waist 32 | length 42 |",
        '"customer_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the tailor's shop is at {}, upstairs",
        "send the uniforms to {}",
        "the sewing circle meets at {} this week",
        "deliver the wedding dress to {} please",
        "the machine repair shop moved to {}",
        "the fabric came to {}, not to the shop",
        "pick up the order from {}",
        "Address: {}",
        "Manzil: {}",
        "Dirección: {}",
        "Ship to address: {}",
        "ঠিকানা: {}",
        '"shipping_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the measurements to {}",
        "the pattern shop replies from {}",
        "email the photos of the embroidery to {}",
        "the invoice for the uniforms came from {}",
        "my email for the order is {}",
        "Email: {}",
        "E-pochta: {}",
        "Correo: {}",
        "define('STORE_OWNER_EMAIL_ADDRESS', '{}');",
        "MAIL_FROM_ADDRESS={}",
    ],
    "PHONE_NUMBER": [
        "call the tailor on {} before you come",
        "the machine repair guy is on {}",
        "whatsapp me the slip number on {}",
        "the dry cleaner's number is {}",
        "ring {} if the dress isn't ready",
        "Phone: {}",
        "Tel: {}",
        "Teléfono: {}",
        "ফোন: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the deposit with {}",
        "the pattern shop charged {} twice",
        "the fabric went on {}",
        "the dry cleaner ran {} for the whole bill",
        "pay the balance with {} please",
        "Card: {}",
        "Tarjeta: {}",
        "Karta raqami: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "my cousin in London will send the balance from {}",
        "send the deposit for the lace to {}",
        "my brother pays the tailor from {}",
        "the wedding fabric money goes to {}",
        "IBAN: {}",
        "Beneficiary IBAN: {}",
        "Cuenta IBAN: {}",
        "IBAN raqami: {}",
    ],
    "USERNAME": [
        "my etsy shop is {}",
        "the spoonflower designs are under {}",
        "on patternreview I'm {}",
        "the burda style account is {}",
        "on ravelry she's {}",
        "follow the tailor on instagram, {}",
        "the zen cart admin login is {}",
        "my microweber login is {}",
        "define('DB_SERVER_USERNAME', '{}');",
        "DB_USERNAME={}",
        "APP_DATABASE_USER={}",
        "Login: {}",
    ],
}
HELDOUT100_MIXED = [
    ("Customer: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("F.I.Sh.: {}, Tugʻilgan sana: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Nombre: {}, Fecha de nacimiento: {}, Tel. {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Order slip for: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} paid the deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the balance with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("DB_USERNAME={}\nDB_PASSWORD={}", ["USERNAME", "SECRET"]),
    ("define('DB_SERVER', '{}');\ndefine('DB_SERVER_USERNAME', '{}');\ndefine('DB_SERVER_PASSWORD', '{}');",
     ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("the tailor is {}, {}, he wants the deposit to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send the balance to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("APP_DATABASE_USER={}\nAPP_DATABASE_PASSWORD={}", ["USERNAME", "SECRET"]),
    ("Ship to: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Customer: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the shop kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) runs the sewing circle's group", ["PERSON", "EMAIL_ADDRESS"]),
    ("Pupil: {}, {}, date of birth {}", ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]),
    ("নাম: {}\nজন্ম তারিখ: {}\nঠিকানা: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the pattern shop sends the link to {} and the code to {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("DB_HOST={}\nDB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
]  # fmt: skip
HELDOUT100_NEGATIVES = [
    "Kano and Zaria are old Hausa cities in northern Nigeria",
    "Kantin Kwari is Kano's big textile market",
    "a babban riga is the wide embroidered gown Hausa men wear",
    "atamfa is the printed wax cloth women buy for weddings",
    "Alhaji is a man who made the hajj, Hajiya a woman",
    "Malam means teacher and is also used like mister",
    "Mallama is the word for a woman teacher",
    "Ajami is Hausa written in Arabic letters",
    "many Hausa people use the father's name as the second name",
    "Danjuma Tailoring Ventures does the school uniforms in Fagge",
    "dinki means sewing in Hausa",
    "the naming ceremony is on the seventh day",
    "Margilan is famous for atlas and adras silk",
    "the sarpo is the set of clothes the groom's family gives the bride",
    "a kelin is a young bride who moved into her husband's family",
    "usta is what you call a master tailor in Uzbek",
    "aka means elder brother and opa elder sister",
    "oʻgʻli means son of and qizi daughter of",
    "Uzbek is written in Latin now, older papers are in Cyrillic",
    "a do'ppi is the square embroidered cap",
    "Karimov Atlas sells silk by the metre at the bazaar",
    "the mahalla committee keeps the list of weddings",
    "Quetzaltenango is also called Xela",
    "a huipil is the woven blouse and the corte the wrapped skirt",
    "the backstrap loom is tied to a tree or a post",
    "Salcajá is known for its jaspe cloth",
    "Nan means mother and Tat father in K'iche'",
    "Doña and Don are the polite way to address older people",
    "in Guatemala people carry two family names, the father's then the mother's",
    "Tejidos Xiloj is a weaving cooperative in Totonicapán",
    "a vara of corte is a bit less than a metre",
    "Shyambazar and Bagbazar are old neighbourhoods in north Kolkata",
    "Hatibagan market is crowded before Durga Puja",
    "Bose and Basu are the same family name spelled two ways",
    "Chatterjee is the English form of Chattopadhyay",
    "a daak naam is the pet name a Bengali family uses at home",
    "-da after a name means elder brother and -di elder sister",
    "kaku is the father's younger brother and mashi the mother's sister",
    "Ghosh Dry Cleaners is next to the metro station",
    "the Basu prize goes to the best embroidery at the fair",
    "700004 is the Shyambazar PIN code",
    "711106 is Salkia's PIN",
    "order slip 4471",
    "ticket no. 0288, ready on thursday",
    "slip number 2026/0415",
    "lot 17, 40 yards of lace",
    "receipt 88-1042",
    "measurement book page 63",
    "chest 38, waist 32, length 42, sleeve 24",
    "the hem is 2 inches, the shoulder 15.5",
    "5 yards of atamfa is 12000 naira",
    "the deposit is half, the balance on collection",
    "a corte costs about 800 quetzales",
    "the blouse stitching is 650 rupees",
    "the wedding is on 14 February 2026",
    "the puja holidays start on 2026-10-16 this year",
    "the fiesta of Totonicapán is at the end of September",
    "the fitting is on 12.03.2026 at 11",
    "deadline for the uniforms is 01/09/2026",
    "the naming ceremony is next saturday",
    "Zen Cart 2.1 needs PHP 8",
    "Microweber 2 is built on Laravel",
    "Akeneo PIM 7 reads its settings from .env",
    "fixed in commit 4be91c0, see the changelog",
    "DB_SERVER_PASSWORD=changeme",
    "APP_SECRET=ThisTokenIsNotSoSecretChangeIt",
    "DB_PASSWORD=",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "write to customer@example.com for the catalogue",
    "192.0.2.100 is a documentation address",
    "198.51.100.100 is a documentation address",
    "2001:db8:100::1 is a documentation address",
    "the shop opens at 9 and closes at 7",
    "the machine needs a new bobbin case",
    "size 12 needle for denim",
    "the lace came, it's gorgeous!",
    "done with the hem finally",
    "na gode sosai",
    "rahmat, opa",
    "maltyox",
    "ধন্যবাদ দিদি",
    "thanks, see you at the fitting",
]  # fmt: skip


def _typo100(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a sewing word's well-known misspelling ('measurements' -> 'measurments',
    'embroidery' -> 'embroidary', 'scissors' -> 'sissors', 'tailor' -> 'tailer'), or chat shorthand
    ('tomorrow' -> 'tmrw', 'please' -> 'pls', 'because' -> 'coz'). Only in sentences typed to the bot or a
    friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT100.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT100[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT100.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT100[m.group(1)] + template[m.end() :]


def build_heldout100(seed: int = HELDOUT100_SEED) -> list[Example]:
    """Held-out set 100: `Gen100` values in `HELDOUT100_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen100(seed)
    return assemble_module_set(
        gen, HELDOUT100_TEMPLATES, HELDOUT100_MIXED, HELDOUT100_NEGATIVES, _typo100, person=gen.person_for
    )
