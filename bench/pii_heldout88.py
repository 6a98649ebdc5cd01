"""Held-out PII set 88 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout88": written before round 54 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT88 is empty, as for
held-out 16 to 86; written at the same time as held-out 87, the two authors split the world between them: 88
takes funerals, cemeteries and remembrance (undertakers, grave keepers, burial societies, memorial notices,
cremation paperwork, headstone makers, anniversaries of a death) among peoples of Asia east of Iran, the
Americas and Oceania, 87 takes weather and natural hazards watched by volunteers among those of Europe, Africa
and the Middle East); hand-written lists of the Khon Mueang of Lanna, the northern Thai of Chiang Mai, Lamphun
and Nan (the cremation at the cemetery forest behind the temple, the paper funeral castle built over the
coffin, the chanting nights, the hundred-day merit making and the village's cremation welfare society every
house pays into when a member dies; Northern Thai given names ('Inta', 'Boonyuen', 'Chaiyong', 'Buakham',
'Jampa', 'Ngernkham'), Lanna family names ('Inthawong', 'Kanthawong', 'Kaewmun', 'Wongkham', 'Saenkham',
'Yana') and some that are also a given name or a word ('Boonma', 'Panya', 'Chomphu'), the name in Thai script
('อินตา กันทะวงศ์') with a form's 'นาย', 'นาง' or 'นางสาว' written onto it and left outside the span
('นายอินตา กันทะวงศ์'), the same name romanised another way, as a passport or a bank spells it ('Kantawong',
'Kaeomoon', 'Chompoo'), and 'Noi' (he was a novice) or 'Nan' (he was a monk) before a man's given name and 'Mae
Ui' and 'Pho Ui' (great-grandmother, great-grandfather) before an old person's, outside the span), the Kolis
of Mumbai's koliwadas, the fishing villages of Worli, Versova and Sion (the cremation ground, the rice ball
left for the crow, the tenth and thirteenth days, the ashes taken out to sea at dawn or to Nashik, the
fortnight of the ancestors and the yearly rites; Marathi given names ('Kashinath', 'Pandurang', 'Janardan',
'Sulochana', 'Sugandha', 'Vatsala'), Koli family names ('Tandel', 'Worlikar', 'Vaity', 'Bhoir', 'Mhatre',
'Chogle') and some that are also a word or a title ('Koli', 'Patil', 'Nakhwa'), a Maharashtra register's
family name in capitals, the given name and the father's ('TANDEL Kashinath Pandurang'), a wife who carries
her husband's given name in the middle ('Sulochana Kashinath Tandel'), the name in Devanagari ('काशिनाथ
तांडेल'), a form's maiden name ('माहेरचे नाव'), and 'mavshi' (aunt) after a woman's and 'kaka' (uncle) after a
man's given name, outside the span), the Waldensians of the Río de la Plata, the Piedmontese Protestants'
colonies of Colonia Valdense and Colonia Cosmopolita in Uruguay and Jacinto Aráuz in La Pampa (the wake in the
church hall, the Waldensian cemetery and its niches, the marble yard, the funeral parlour's notices and the
church's fund in Italy; Rioplatense given names ('Elbio', 'Delmo', 'Wilson', 'Nélida', 'Gladys', 'Mirta'),
Waldensian family names ('Bertinat', 'Baridon', 'Geymonat', 'Gonnet', 'Rivoir', 'Rostan', 'Armand Ugón') and
some that are also a word or a given name ('Bonjour', 'Long', 'Félix'), the father's and the mother's family
names ('Ester Bertinat Rostan'), a nickname with the family name ('Quique Gonnet', 'Juampi Davyt'), a form
without the accents ('Nelida Felix'), and 'el finado' and 'la finada' (the late) before a dead man's or
woman's name, outside the span) and the Australian South Sea Islanders of Mackay, Bundaberg and the Tweed,
the descendants of the Islanders brought to Queensland's cane fields (the family plots near the old cane
farms, the memorial walls, Recognition Day on 25 August; English given names of their grandparents' time
('Noel', 'Clarence', 'Reginald', 'Ivy', 'Mercy', 'Myrtle'), Islander family names ('Fatnowna', 'Quakawoot',
'Bobongie', 'Corowa', 'Mussing'), a first labourer's given name kept as a family name ('Willie', 'Jack'), his
island kept as one ('Ivy Tanna', 'Walter Santo'), and a memorial wall's island of origin in brackets after the
name, outside the span ('Mercy Bobongie (Malaita)')); names on a death registration, a cremation application,
a right-of-burial deed, a headstone order and its inscription, a niche register, a funeral director's sheet
and a JSON export, in English ('Deceased:', 'Name of the Deceased:', 'Informant:', 'Next of kin:', 'Funeral
director:', 'Celebrant:', 'Pallbearer 3:', 'Applicant for cremation:', 'Right of burial holder:', 'Headstone
ordered by:', 'Inscription: In loving memory of', 'Niche holder:'), Spanish ('Fallecido:', 'Titular del
nicho:', 'Responsable del pago:', 'Lápida para:'), Italian ('Defunto:'), Thai ('ชื่อผู้ตาย:', 'ผู้แจ้ง:',
'เจ้าภาพ:') and Marathi ('मृताचे नाव:', 'अर्जदार:', 'Maiden name (माहेरचे नाव):'); a funeral parlour, a coffin
shop, a marble yard, a funeral service or a prize that carries a family name ('Cochería Rostan', 'Kanthawong
Coffins', 'Marmolería Gonnet Hnos.', 'Tandel Funeral Services', 'Geymonat Prize', 'Fatnowna Memorial Shield')
no person either, a plot's, a row's, a niche's, a certificate's, a registration's, an order's or a permit's
number no secret; over three quarters of the sentences typed to the bot or a friend: the ashes to collect,
the hearse's time, the eulogy and the poem at the graveside, the headstone with a mistake in its lettering,
the burial society's dues, the cremation forms nobody signed, the chapel booked and the service livestreamed
for the cousins overseas, the pallbearers, the urn that comes next week, the key to the family niche, the
slideshow, the cooking for the wake, the candles for All Souls, the welfare society's 40 baht a house and the
crow that has to touch the rice ball; self-hosted apps' config no earlier set pasted: SilverStripe's .env for
a funeral home's notices site, ProcessWire's site/config.php for a burial society's members' pages, Umbraco's
appsettings.json with its unattended install for a cemetery trust's grave search and Wagtail's .env for a
memorial site; those regions' addresses (Chiang Mai's 'house/sub, Moo, Tambon, Amphoe, Chiang Mai 50210'
romanised and in Thai script with 'หมู่', 'ต.', 'อ.' and 'จ.', Nan's street in Thai digits, Lamphun's in
Thailand Post's capitals ('12 MOO 4 T. PA SANG A. PA SANG LAMPHUN 51120'), a Nimmanhaemin soi, Worli
Koliwada's 'Room No. 12, Worli Koliwada, Worli, Mumbai 400030', a Versova housing society's flat 'B-204,
Sagar Darshan CHS, Versova, Andheri (W), Mumbai 400061', Sion's, and the koliwada in Devanagari ('खोली क्र.
१२, वरळी कोळीवाडा, मुंबई ४०० ०३०'), Colonia Valdense's '18 de Julio 1145, 70202 Colonia Valdense, Colonia' and
its 'Ruta 1 km 121', Montevideo's 'Av. 18 de Julio 1645 apto. 302, 11200 Montevideo', Jacinto Aráuz's 'San
Martín 455, L8208 Jacinto Aráuz, La Pampa', Mackay's '14 Milton Street, Mackay QLD 4740' and a label's
capitals, Homebush's road, Bundaberg's and Tweed Heads') and phones (Chiang Mai's '053', Nan's '054 7', Thai
mobiles '06x', '08x' and '09x' and '+66', Worli's '022-24', Indian mobiles and '+91', Colonia Valdense's
'4558' and '+598 4558', Uruguayan mobiles '09x', Jacinto Aráuz's '(02925) 49-', Mackay's '(07) 495x',
Bundaberg's '(07) 415x', Australian mobiles '04xx' and '+61 4'); Visa, Mastercard 51-55 and 2-series, Amex
37 in 4-6-5, JCB 35 and RuPay 6522 as a crematorium, a headstone deposit, a florist or a livestream takes
them; IBANs of Italy, France and Switzerland (Thailand, India, Uruguay and Australia have none: the
Waldensian church's fund in Italy, an Islander family's cousins on Lifou in New Caledonia, in the French
form, a Swiss Waldensian aid fund); IPs of the crematorium's cremator controller, the funeral home's
cold-room monitor, the chapel's livestream encoder, the stonemason's laser engraver and sandblast booth, the
columbarium's niche-lookup screen, the temple's loudspeaker for death announcements, the burial society's
accounts PC, a memorial site and the pastes above, v6 in 2403:6200:, 2800:a0:, 2406:3400: and 2408:8470:
ranges; passwords handed over in ways no earlier set used (on the back of the cremation certificate folder,
inside the lid of the urn box, on the headstone's proof drawing, on the last page of the burial society's dues
ledger, said out loud by the funeral director at the chapel door, on a sticky note on the hearse's dashboard,
on the back of a memorial card, pencilled on the proof of a cremation book, chalked on the koliwada hall's
board by the boats, under the watering can in the cemetery shed), Lanna ('ChiangMai50200', 'PoyLuang!2568'),
the koliwada ('Koliwada#400030', 'Banganga@10'), the colonies ('ColoniaValdense1858', 'Chanforan#1532'),
Mackay ('Mackay4740!', 'PioneerValley_25Aug'), funeral words in leetspeak ('cr3m470r1um', 'h34d$70n3',
'c0ff1n'), a row and a grave ('Row16-Grave29'), and cues in Northern Thai ('รหัสผ่านคือ ... บ่ต้องบอกไผเน้อ'),
Marathi in Latin letters and in Devanagari ('password ... aahe, konala sangu nakos', 'पासवर्ड ... आहे, कोणाला
सांगू नकोस'), Rioplatense Spanish with its voseo ('la clave es ..., no se la digás a nadie'), Occitan of the
Waldensian valleys ('lo mot de passa es ..., o digas pas a degun') and Bislama ('pasword i ..., yu no talem
long eni man'); usernames on Forever Missed, Ever Loved, MuchLoved, Kudoboard, GatheringUs, OneRoom, Padlet,
Echovita, Funeral Zone, a tribute-video site, Blockdit and Lemon8, shapes like 'remembering.x', 'candle4x',
'y.x.forever' (the family name and an initial), 'x.2501' (a Thai Buddhist Era year), 'x-lanna-42',
'y_koliwada', 'xy.valdense' and 'assi_y12'; dates of birth for a burial society's form, a death certificate,
a cremation form, a headstone, a memorial card, a cremation book, a niche and a rite, in Thai with the
Buddhist Era year in Thai digits ('๑๔ มีนาคม ๒๕๐๑') and a Thai form's '14/03/2501', Marathi ('14 मार्च 1958')
and India's national Saka calendar in Devanagari ('शके १८७९ फाल्गुन २३'), Spanish ('14 de marzo de 1958'),
Occitan ('14 de març de 1958'), English ('14 March 1958'), a form's '14/03/1958' and ISO; typos as a mourner
types on a phone: a funeral word's well-known misspelling ('cemetery' -> 'cemetary', 'cremation' ->
'creamation', 'eulogy' -> 'euology', 'condolences' -> 'condolances', 'hearse' -> 'hurse', 'niche' ->
'nitch'), or funeral slang and chat shorthand creeping into chat ('crematorium' -> 'crem', 'obituary' ->
'obit', 'afternoon' -> 'arvo', 'funeral director' -> 'FD', 'rest in peace' -> 'RIP', 'headstone' ->
'stone'); negatives with the same regions' places, the titles and the name forms explained, plots, rows,
niches, certificates, registrations, orders and permits alone, opening hours, fees and dues, a coffin's size,
dates that are no birthdays (a funeral's, a death's first anniversary, the years of two deaths), a Buddhist
Era year, postcodes alone, businesses and prizes named after families, versions, a commit, placeholder
secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6),
emergency numbers every user shares, and short everyday chat; no public figure is named).

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

HELDOUT88_SEED = 8829417
# no faker name locale, as in held-out 16 to 86: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT88: list[str] = []
# funerals, cemeteries and remembrance (held-out 87, written at the same time, takes weather and natural
# hazards watched by volunteers); each origin: (men's given names, women's given names, family names); ';'
# separates names, as some hold a space
NAMES_HELDOUT88: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Khon Mueang of Lanna (Chiang Mai, Lamphun, Nan): the cremation at the cemetery forest, the funeral castle,
    # the village's cremation welfare society
    "lanna": ("Inta;Kham;Saeng;Boonyuen;Sompong;Chaiyong;Prasert;Suwit;Kaew;Mun".split(";"),
              "Buakham;Jampa;Sangwan;Buaphan;Kaewta;Srinuan;Bualoi;Ampai;Pimpa;Ngernkham".split(";"),
              "Inthawong;Kanthawong;Kaewmun;Thammachai;Wongkham;Saenkham;Yana;Panya;Boonma;Chomphu;Khamsuk;Chaiwong".split(";")),
    # Kolis of Mumbai's koliwadas (Worli, Versova, Sion): the cremation ground, the tenth and thirteenth days,
    # the ashes given to the sea, the fortnight of the ancestors
    "koli": ("Kashinath;Pandurang;Dattatray;Janardan;Bhalchandra;Dayanand;Harishchandra;Sandesh;Ganpat;Rajendra".split(";"),
             "Sulochana;Yamuna;Kamal;Sugandha;Vatsala;Sunanda;Rukmini;Manda;Shalini;Lata".split(";"),
             "Tandel;Worlikar;Vaity;Bhoir;Mhatre;Patil;Koli;Nakhwa;Keni;Chogle".split(";")),
    # Waldensians of the Río de la Plata (Colonia Valdense and Colonia Cosmopolita in Uruguay, Jacinto Aráuz in
    # La Pampa): the wake in the church hall, the Waldensian cemetery, the niches and the marble yards
    "valdense": ("Elbio;Delmo;Ernesto;Emilio;Enrique;Esteban;Pablo;Juan Pedro;Wilson;Daniel".split(";"),
                 "Ester;Nélida;Ilda;Elena;Nelly;Rut;Lidia;Dina;Gladys;Mirta".split(";"),
                 "Bertinat;Bonjour;Baridon;Dalmas;Davyt;Geymonat;Gonnet;Long;Pontet;Rivoir;Rostan;Félix;Armand Ugón".split(";")),
    # Australian South Sea Islanders of Mackay, Bundaberg and the Tweed: the family plots near the old cane
    # farms, the memorial walls, Recognition Day
    "assi": ("Noel;Clarence;Clive;Ernest;Sydney;Reginald;Walter;Joseph;Cyril;Norman".split(";"),
             "Ivy;Mercy;Faith;Daisy;Pearl;Nellie;Lena;Myrtle;Doreen;Beryl".split(";"),
             "Fatnowna;Quakawoot;Bobongie;Corowa;Mussing;Tanna;Santo;Lifu;Aoba;Willie;Jack".split(";")),
}  # fmt: skip
# the islands a first-generation labourer was named after, kept as a family name
ISLAND_FAMILIES_HELDOUT88 = ["Tanna", "Santo", "Lifu", "Aoba"]
# the islands of origin a memorial wall writes after a name (outside the span)
ISLANDS_HELDOUT88 = ["Malaita", "Tanna", "Ambrym", "Lifou", "Pentecost", "Guadalcanal"]
# the Lanna names in Thai script, as an ID card, a cremation book or a welfare society's list writes them
THAI_HELDOUT88 = {
    "Inta": "อินตา", "Kham": "คำ", "Saeng": "แสง", "Boonyuen": "บุญยืน", "Sompong": "สมปอง", "Chaiyong": "ชัยยง",
    "Prasert": "ประเสริฐ", "Suwit": "สุวิทย์", "Kaew": "แก้ว", "Mun": "มูล",
    "Buakham": "บัวคำ", "Jampa": "จำปา", "Sangwan": "สังวาลย์", "Buaphan": "บัวผัน", "Kaewta": "แก้วตา",
    "Srinuan": "ศรีนวล", "Bualoi": "บัวลอย", "Ampai": "อำไพ", "Pimpa": "พิมพา", "Ngernkham": "เงินคำ",
    "Inthawong": "อินทวงศ์", "Kanthawong": "กันทะวงศ์", "Kaewmun": "แก้วมูล", "Thammachai": "ธรรมชัย",
    "Wongkham": "วงค์คำ", "Saenkham": "แสนคำ", "Yana": "ยานะ", "Panya": "ปัญญา", "Boonma": "บุญมา",
    "Chomphu": "ชมภู", "Khamsuk": "คำสุข", "Chaiwong": "ชัยวงค์",
}  # fmt: skip
# the same Lanna names romanised another way, as a passport, a bank or a hospital spells them
ROMANISED_HELDOUT88 = {
    "Inthawong": "Intawong", "Kanthawong": "Kantawong", "Kaewmun": "Kaeomoon", "Thammachai": "Tammachai",
    "Chomphu": "Chompoo", "Khamsuk": "Kamsuk", "Boonma": "Bunma", "Boonyuen": "Bunyuen", "Buaphan": "Buapan",
    "Ngernkham": "Ngoenkham", "Kaewta": "Kaeota", "Suwit": "Suwith", "Kaew": "Kaeo", "Saenkham": "Sankham",
}  # fmt: skip
# the Koli names in Devanagari, as a Marathi form or a funeral notice on the koliwada's board writes them
DEVANAGARI_HELDOUT88 = {
    "Kashinath": "काशिनाथ", "Pandurang": "पांडुरंग", "Dattatray": "दत्तात्रय", "Janardan": "जनार्दन",
    "Bhalchandra": "भालचंद्र", "Dayanand": "दयानंद", "Harishchandra": "हरिश्चंद्र", "Sandesh": "संदेश",
    "Ganpat": "गणपत", "Rajendra": "राजेंद्र",
    "Sulochana": "सुलोचना", "Yamuna": "यमुना", "Kamal": "कमल", "Sugandha": "सुगंधा", "Vatsala": "वत्सला",
    "Sunanda": "सुनंदा", "Rukmini": "रुक्मिणी", "Manda": "मंदा", "Shalini": "शालिनी", "Lata": "लता",
    "Tandel": "तांडेल", "Worlikar": "वरळीकर", "Vaity": "वैती", "Bhoir": "भोईर", "Mhatre": "म्हात्रे",
    "Patil": "पाटील", "Koli": "कोळी", "Nakhwa": "नाखवा", "Keni": "केणी", "Chogle": "चोगले",
}  # fmt: skip
# the Río de la Plata's nicknames for a given name, said with the family name
NICKNAMES_HELDOUT88 = {
    "Enrique": "Quique", "Ernesto": "Tito", "Juan Pedro": "Juampi", "Daniel": "Dani", "Elena": "Nena",
    "Nélida": "Neli",
}  # fmt: skip
# a title next to the name (outside the span): the origin, whether a woman (None: either) and the part of
# the name it goes with ('given', 'full' or 'thai' for a Thai-script full name)
TITLED_HELDOUT88: dict[str, tuple[str, bool | None, str]] = {
    "noi": ("lanna", False, "given"),  # a man who was a novice in his youth
    "nan": ("lanna", False, "given"),  # a man who was ordained a monk
    "mae ui": ("lanna", True, "given"),  # Northern Thai 'great-grandmother', any very old woman
    "pho ui": ("lanna", False, "given"),  # and 'great-grandfather'
    "นาย": ("lanna", False, "thai"),  # 'Mr', written onto the name on a Thai form
    "นาง": ("lanna", True, "thai"),  # 'Mrs'
    "นางสาว": ("lanna", True, "thai"),  # 'Miss'
    "mavshi": ("koli", True, "given"),  # Marathi 'mother's sister', after an older woman's given name
    "kaka": ("koli", False, "given"),  # 'father's brother', after an older man's given name
    "el finado": ("valdense", False, "full"),  # 'the late', before a dead man's name
    "la finada": ("valdense", True, "full"),  # and before a dead woman's
}
TITLE_SLOT_HELDOUT88 = re.compile(
    r"(?<![\w'.-])(Noi|Nan|Mae Ui|Pho Ui|el finado|la finada) \{\}|(นางสาว|นาย|นาง)\{\}|\{\} (mavshi|kaka)(?![\w'])",
    re.IGNORECASE,
)
# IBANs of this set's people (Thailand, India and Australia have none): the Waldensian Table's fund in Torre
# Pellice, an Islander family's cousins on Lifou in New Caledonia (the French form), a Swiss Waldensian aid
# fund's
IBAN_SHAPES_HELDOUT88 = {"IT": "1a10n12c", "FR": "10n11c2n", "CH": "5n12c"}
# everyday subjects of this set by origin, used in e-mail addresses
SUBJECTS_HELDOUT88 = {
    "lanna": ["ngansop", "chapanakit", "lanna", "pahiew", "wat"],
    "koli": ["smashan", "koliwada", "shraddha", "tervi", "boat"],
    "valdense": ["valdense", "velorio", "cocheria", "lapidas", "nicho"],
    "assi": ["assi", "mackay", "memorial", "headstone", "cane"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT88 = {
    "lanna": ["hotmail.co.th", "cmu.ac.th", "yahoo.co.th"],
    "koli": ["yahoo.co.in", "rediffmail.com", "hotmail.co.in"],
    "valdense": ["adinet.com.uy", "vera.com.uy", "montevideo.com.uy", "speedy.com.ar"],
    "assi": ["bigpond.com", "optusnet.com.au", "iinet.net.au"],
}
# the templates that belong to one origin's rites, places or papers, and whether they want a woman's name
ORIGIN_CUES_HELDOUT88: list[tuple[re.Pattern[str], str, bool | None]] = [
    (re.compile(r"funeral castle|welfare society|chanting|ชื่อผู้ตาย|ผู้แจ้ง|เจ้าภาพ"), "lanna", None),
    (re.compile(r"माहेरचे"), "koli", True),
    (re.compile(r"rice ball|Nashik|thirteenth|ashes out|मृताचे|अर्जदार"), "koli", None),
    (re.compile(r"velorio|patois|Fallecido|Titular|Responsable|Lápida|Defunto"), "valdense", None),
    (re.compile(r"cane farm|Recognition Day|Brisbane"), "assi", None),
]
# a funeral word and its well-known misspelling
MISSPELT_HELDOUT88 = {
    "cemetery": "cemetary", "funeral": "funreal", "cremation": "creamation", "crematorium": "crematorim",
    "eulogy": "euology", "condolences": "condolances", "memorial": "memorail", "hearse": "hurse",
    "obituary": "obituery", "bereavement": "bereavment", "ceremony": "cermony", "anniversary": "anniversery",
    "niche": "nitch", "pallbearers": "pall bearers", "mourning": "morning", "headstone": "head stone",
}  # fmt: skip
MISSPELT_WORD_HELDOUT88 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT88, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# funeral slang and chat shorthand creeping into chat
SHORTHAND_HELDOUT88 = {
    "crematorium": "crem", "obituary": "obit", "afternoon": "arvo", "funeral director": "FD",
    "rest in peace": "RIP", "please": "pls", "tomorrow": "tmrw", "because": "bc", "thank you": "ty",
    "the family": "the fam", "grandma": "gran", "headstone": "stone",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT88 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT88, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# the months in Thai, Marathi, Spanish and Occitan; the Indian national calendar's months in Marathi; the
# digits in Thai and Devanagari
TH_MONTHS_HELDOUT88 = (
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split()
)
MR_MONTHS_HELDOUT88 = "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर".split()
SAKA_MONTHS_HELDOUT88 = "चैत्र वैशाख ज्येष्ठ आषाढ श्रावण भाद्रपद आश्विन कार्तिक मार्गशीर्ष पौष माघ फाल्गुन".split()
ES_MONTHS_HELDOUT88 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
OC_MONTHS_HELDOUT88 = (
    "genièr febrièr març abril mai junh julhet agost setembre octòbre novembre decembre".split()
)
EN_MONTHS_HELDOUT88 = (
    "January February March April May June July August September October November December".split()
)
THAI_DIGITS_HELDOUT88 = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
DEVANAGARI_DIGITS_HELDOUT88 = str.maketrans("0123456789", "०१२३४५६७८९")


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Nélida' -> 'Nelida', 'Armand Ugón' -> 'Armand Ugon')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Juan Pedro' -> 'juanpedro',
    'Armand Ugón' -> 'armandugon', 'Félix' -> 'felix')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _saka(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """A Gregorian date in India's national (Saka) calendar (year, month 1-12, day): Chaitra 1 falls on 22
    March (21 March in a leap year); 1958-03-14 -> (1879, 12, 23), 23 Phalguna 1879."""
    date = datetime.date(gy, gm, gd)
    start_year = gy if date >= datetime.date(gy, 3, 21 if _leap(gy) else 22) else gy - 1
    start = datetime.date(start_year, 3, 21 if _leap(start_year) else 22)
    n = (date - start).days
    lengths = [31 if _leap(start_year) else 30] + [31] * 5 + [30] * 6
    for month, length in enumerate(lengths, start=1):
        if n < length:
            return start_year - 78, month, n + 1
        n -= length
    raise AssertionError("a Saka year has twelve months")


class Gen88(Gen3):
    """Generators for held-out set 88: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT88."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT88))
        men, women, lasts = NAMES_HELDOUT88[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "lanna":
            if r < 0.25:  # in Thai script: 'อินตา กันทะวงศ์'
                return f"{THAI_HELDOUT88[first]} {THAI_HELDOUT88[last]}"
            if r < 0.5:  # romanised another way, as a passport spells it: 'Inta Kantawong'
                return f"{ROMANISED_HELDOUT88.get(first, first)} {ROMANISED_HELDOUT88.get(last, last)}"
        if origin == "koli":
            other = rng.choice([x for x in NAMES_HELDOUT88["koli"][0] if x != first])
            if r < 0.2:  # a Maharashtra register: family, given, father's given: 'TANDEL Kashinath Pandurang'
                return f"{last.upper()} {first} {other}"
            if r < 0.45 and woman:  # a wife carries her husband's given name: 'Sulochana Kashinath Tandel'
                return f"{first} {other} {last}"
            if r < 0.45:  # a man carries his father's: 'Kashinath Pandurang Tandel'
                return f"{first} {other} {last}"
            if r < 0.65:  # in Devanagari: 'काशिनाथ तांडेल'
                return f"{DEVANAGARI_HELDOUT88[first]} {DEVANAGARI_HELDOUT88[last]}"
        if origin == "valdense":
            if r < 0.3:  # the father's and the mother's family names: 'Ester Bertinat Rostan'
                mother = rng.choice([x for x in NAMES_HELDOUT88["valdense"][2] if x != last])
                return f"{first} {last} {mother}"
            if r < 0.45 and first in NICKNAMES_HELDOUT88:  # a nickname with the family name: 'Quique Gonnet'
                return f"{NICKNAMES_HELDOUT88[first]} {last}"
            if r < 0.55:  # an English or Italian form without the accents: 'Nelida Felix'
                return _fold(f"{first} {last}")
        if origin == "assi" and r < 0.3:  # an island for a family name: 'Ivy Tanna'
            return f"{first} {rng.choice(ISLAND_FAMILIES_HELDOUT88)}"
        return f"{first} {last}"

    def person(self, origin: str | None = None, woman: bool | None = None) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if r < 0.7:
            name = self._full(origin, first, last, woman)
        elif r < 0.9:
            name = first
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Noi Inta', 'Nan Saeng', 'Mae Ui Buakham', 'Pho Ui Kham',
        'นายอินตา กันทะวงศ์', 'Sulochana mavshi', 'Ganpat kaka', 'el finado Elbio Geymonat', 'la finada
        Ester Bertinat Rostan'), from the origin that uses it."""
        origin, woman, part = TITLED_HELDOUT88[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            return first
        if part == "thai":
            return f"{THAI_HELDOUT88[first]} {THAI_HELDOUT88[last]}"
        if self.rng.random() < 0.4:
            mother = self.rng.choice([x for x in NAMES_HELDOUT88[origin][2] if x != last])
            return f"{first} {last} {mother}"
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, an Islander's
        where a memorial wall writes the island after it."""
        m = TITLE_SLOT_HELDOUT88.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        if re.search(r"\{\} \((Malaita|Tanna|Ambrym|Lifou|Pentecost|Guadalcanal)\)", template):
            _, first, last, _ = self._origin_name("assi")
            return f"{first} {last}"
        for cue, origin, woman in ORIGIN_CUES_HELDOUT88:
            if cue.search(template):
                return self.person(origin, woman)
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        moo, n = rng.randint(1, 14), rng.randint(1, 250)
        thai_n = f"{n}/{rng.randint(1, 9)}".translate(THAI_DIGITS_HELDOUT88)
        shapes = [
            f"{n} หมู่ {moo} ต.{pick(['สันทรายน้อย', 'หนองควาย', 'ป่าแดด', 'บ้านแหวน'])} อ.{pick(['สันทราย', 'หางดง', 'เมืองเชียงใหม่'])} จ.เชียงใหม่ {pick(['50210', '50230', '50100'])}",
            f"{thai_n} ถ.สุมนเทวราช ต.ในเวียง อ.เมืองน่าน จ.น่าน ๕๕๐๐๐",
            f"{n}/{rng.randint(1, 9)} Moo {moo}, Tambon {pick(['San Sai Noi', 'Nong Khwai', 'Pa Daet'])}, Amphoe {pick(['San Sai', 'Hang Dong', 'Mueang Chiang Mai'])}, Chiang Mai {pick(['50210', '50230', '50100'])}",
            f"{n} Moo {moo}, Tambon Ban Paen, Amphoe Mueang Lamphun, Lamphun 51000",
            f"{n} MOO {moo} T. PA SANG A. PA SANG LAMPHUN 51120",
            f"{n} Soi {rng.randint(1, 17)}, Nimmanhaemin Rd, Suthep, Mueang Chiang Mai 50200",
            f"Room No. {rng.randint(1, 60)}, Worli Koliwada, Worli, Mumbai 400030",
            f"{pick('ABC')}-{rng.randint(1, 7)}0{rng.randint(1, 8)}, {pick(['Sagar Darshan', 'Machhimar', 'Dariya Kinara'])} CHS, Versova, Andheri (W), Mumbai 400061",
            f"House No. {rng.randint(1, 300)}, Sion Koliwada, Sion (E), Mumbai 400022",
            f"खोली क्र. {str(rng.randint(1, 60)).translate(DEVANAGARI_DIGITS_HELDOUT88)}, वरळी कोळीवाडा, मुंबई ४०० ०३०",
            f"{pick(['18 de Julio', '25 de Agosto', 'Artigas', 'Treinta y Tres'])} {rng.randint(100, 1800)}, 70202 Colonia Valdense, Colonia",
            f"Ruta 1 km {rng.randint(118, 125)}, Colonia Valdense, Depto. de Colonia",
            f"Av. 18 de Julio {rng.randint(800, 2200)} apto. {rng.randint(1, 12)}0{rng.randint(1, 4)}, 11200 Montevideo",
            f"{pick(['San Martín', 'Belgrano', 'Sarmiento'])} {rng.randint(100, 900)}, L8208 Jacinto Aráuz, La Pampa",
            f"{rng.randint(1, 180)} {pick(['Milton Street', 'Shakespeare Street', 'Wood Street', 'Alfred Street'])}, Mackay QLD 4740",
            f"{rng.randint(100, 3000)} Homebush Road, Homebush QLD 4740",
            f"{rng.randint(1, 120)} {pick(['Bourbong Street', 'Barolin Street', 'Targo Street'])}, Bundaberg Central QLD 4670",
            f"{rng.randint(1, 90)} {pick(['WOOD ST', 'MILTON ST', 'NEBO RD'])} MACKAY QLD 4740",
            f"{rng.randint(1, 60)} Wharf Street, Tweed Heads NSW 2485",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT88[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}_{rng.randint(1940, 2005)}",
                           f"{subject}_{first}", f"{last}{first[:3]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT88[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"053 {rng.choice('2389')}{d(2)} {d(3)}",  # Chiang Mai and Lamphun
            f"054 7{d(2)} {d(3)}",  # Nan
            f"0{rng.choice('689')}{rng.choice('1234589')}-{d(3)}-{d(4)}",  # Thai mobiles
            f"+66 {rng.choice('89')}{d(1)} {d(3)} {d(4)}",
            f"022-24{d(2)} {d(4)}",  # Mumbai, Worli
            f"9{rng.choice('2368')}{d(3)} {d(5)}",  # Indian mobiles
            f"+91 {rng.choice('789')}{d(4)} {d(5)}",
            f"4558 {rng.choice('89')}{d(3)}",  # Colonia Valdense
            f"+598 4558 {d(4)}",
            f"09{rng.choice('1245689')} {d(3)} {d(3)}",  # Uruguayan mobiles
            f"(02925) 49-{d(4)}",  # Jacinto Aráuz
            f"(07) 49{rng.choice('5')}{rng.choice('1579')} {d(4)}",  # Mackay
            f"(07) 415{rng.choice('23')} {d(4)}",  # Bundaberg
            f"04{d(2)} {d(3)} {d(3)}",  # Australian mobiles
            f"+61 4{d(2)} {d(3)} {d(3)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "37", "35", "6522"]
        )
        if prefix == "37":  # Amex, 4-6-5
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT88))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT88[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the crematorium's cremator controller, the funeral home's cold-room
        monitor, the chapel's livestream encoder, the stonemason's laser engraver and sandblast booth, the
        columbarium's niche-lookup screen, the temple's announcement loudspeaker, the burial society's
        accounts PC and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2403:6200:{h()}:{h()}::{h()}", f"2800:a0:{h()}:{h()}::{h()}", f"2406:3400:{h()}:{h()}::{h()}",
                         f"2408:8470:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the cremator controller at the crematorium is on {}, the log stops at 3 am", v4),
            ("the cold room monitor at the funeral home answers on {}, it beeped all night", v4),
            ("the livestream encoder in the chapel got {} after the router swap, the cousins saw nothing", v4),
            ("the laser engraver at the stonemason's is on {}, send it the inscription file", v4),
            ("the sandblast booth controller is {}, someone set the pressure too high", v4),
            ("the niche lookup screen at the columbarium has {} now", v4),
            ("the temple loudspeaker amp for the death announcements is on {}", v4),
            ("the burial society's accounts pc is {}, the dues sheet is on it", rng.choice([v4, v6])),
            ("the memorial site for the cemetery runs on {}", rng.choice([v4, v6])),
            ("my nas with the funeral videos has {} now", rng.choice([v4, v6])),
            ('SS_DATABASE_SERVER="{}"', v4),
            ("$config->dbHost = '{}';", v4),
            ('    "umbracoDbDSN": "Server={},1433;Database=umbraco;Integrated Security=false",', v4),
            ("ALLOWED_HOSTS=localhost,{}", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2025-11-02 06:14:09 processwire: failed login for 'admin' from {}", v4),
            ("[umbraco] 2025-11-02T08:12:44Z ERR Login failed for user 'notices' from {}", v4),
            ("$ rsync -av service-videos/ crem@{}:/srv/livestream/", v4),
            ("$ ping -6 -c 3 {}", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['ChiangMai', 'Lamphun', 'PoyLuang', 'DoiSuthep'])}{rng.choice(['50200', '#053', '!2568', '_51000'])}",
                f"{rng.choice(['Koliwada', 'Worli', 'Banganga', 'Ekvira'])}{rng.choice(['#400030', '_1958', '!022', '@10'])}",
                f"{rng.choice(['ColoniaValdense', 'Chanforan', 'Valdense', 'TorrePellice'])}{rng.choice(['1858', '#1532', '_70202', '!'])}",
                f"{rng.choice(['Mackay', 'Walkerston', 'Tanna', 'PioneerValley'])}{rng.choice(['4740!', '#4751', '1863', '_25Aug'])}",
                rng.choice(["crematorium", "headstone", "coffin", "columbarium", "velorio"]).translate(leet) + rng.choice(["", "!", "_88"]),
                f"Row{rng.randint(1, 40)}-Grave{rng.randint(1, 120)}",
                f"{rng.choice(['marigold', 'incense', 'wreath', 'lotus'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        quote_safe = re.sub(r"['\"\\;]", "", pw)
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the livestream password is on the back of the cremation certificate folder, {}", pw),
            ("i wrote the memorial site login inside the lid of the urn box, {}", pw),
            ("the stonemason put the proof portal password on the headstone proof drawing, {}", pw),
            ("the burial society pc password is on the last page of the dues ledger, {}", pw),
            ("the funeral director said the chapel wifi out loud at the door, it's {}", pw),
            ("the crematorium booking login is on a sticky note on the hearse dashboard, {}", pw),
            ("the niche register password is on the back of the memorial card, {}", pw),
            ("the temple pc password is pencilled on the proof of the cremation book, {}", pw),
            ("the koliwada hall wifi is chalked on the board by the boats, {}", pw),
            ("the cemetery shed laptop password is under the watering can, {}", pw),
            ("the cold room alarm code is {}, don't let the kids in", d(4)),
            ("the columbarium door code is {}, it changes after all souls", d(6)),
            ("ok the processwire admin password is {}, post the notice tonight", pw),
            ("my forever missed password is {}, add the photos from the wake", pw),
            # cues in the set's languages
            ("รหัสผ่านคือ {} บ่ต้องบอกไผเน้อ", pw),
            ("password {} aahe, konala sangu nakos", pw),
            ("पासवर्ड {} आहे, कोणाला सांगू नकोस", pw),
            ("la clave es {}, no se la digás a nadie", pw),
            ("lo mot de passa es {}, o digas pas a degun", pw),
            ("pasword i {}, yu no talem long eni man", pw),
            # commands
            ("$ mysql -u processwire -p{} processwire", colonless),
            ("$ psql postgres://wagtail:{}@localhost/cemetery", colonless),
            ("$ sqlcmd -S localhost -U umbraco -P {}", colonless),
            # pastes
            ('SS_DATABASE_PASSWORD="{}"', quote_safe),
            ('SS_DEFAULT_ADMIN_PASSWORD="{}"', quote_safe),
            ("$config->dbPass = '{}';", quote_safe),
            ("$config->userAuthSalt = '{}';", tok(40, hexl)),
            ("$config->tableSalt = '{}';", tok(40, hexl)),
            ('    "UnattendedUserPassword": "{}",', quote_safe),
            ('        "Password": "{}"', quote_safe),
            ("DJANGO_SECRET_KEY={}", tok(50, alnum + "-_!")),
            ("EMAIL_HOST_PASSWORD={}", pw),
            ("DATABASE_URL=postgres://wagtail:{}@db:5432/cemetery", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('remembering.x', 'candle4x', 'x.2501' with a Thai
        Buddhist-era year, 'x_koliwada', 'xy.valdense', 'assi_x12', 'x-lanna-42', 'x.y.forever')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "lanna": [f"{first}.{rng.randint(2480, 2550)}", f"{first}-lanna-{rng.randint(10, 99)}"],
            "koli": [f"{last}_koliwada"],
            "valdense": [f"{first}{last[:2]}.valdense"],
            "assi": [f"assi_{last}{rng.randint(1, 99)}"],
        }[origin]
        return rng.choice([f"remembering.{first}", f"candle4{first}", f"{last}.{first[:1]}.forever", *own])

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language, calendar or format."""
        dt = self.f().date_of_birth(minimum_age=30, maximum_age=95)
        m, day, year = dt.month, dt.day, dt.year
        sy, sm, sd = _saka(year, m, day)
        return {
            "th": f"{day} {TH_MONTHS_HELDOUT88[m - 1]} {year + 543}".translate(THAI_DIGITS_HELDOUT88),
            "thf": f"{day:02d}/{m:02d}/{year + 543}",
            "mr": f"{day} {MR_MONTHS_HELDOUT88[m - 1]} {year}",
            "saka": f"शके {sy} {SAKA_MONTHS_HELDOUT88[sm - 1]} {sd}".translate(DEVANAGARI_DIGITS_HELDOUT88),
            "es": f"{day} de {ES_MONTHS_HELDOUT88[m - 1]} de {year}",
            "oc": f"{day} de {OC_MONTHS_HELDOUT88[m - 1]} de {year}",
            "dmy": f"{day:02d}/{m:02d}/{year}",
            "en": f"{day} {EN_MONTHS_HELDOUT88[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["th", "thf", "mr", "saka", "es", "oc", "dmy", "en", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the burial society form wants my date of birth, {}", any_shape),
            ("grandma was born {}, put that on the headstone", s["en"]),
            ("the crem form asks for dad's date of birth, it's {}", s["dmy"]),
            ("yai's birthday on her id card is {}, the temple needs it for the cremation book", s["th"]),
            ("the pandit wants his birth date for the shraddha, the old calendar says {}", s["saka"]),
            ("mamá nació el {}, lo piden para el nicho", s["es"]),
            ("nascut lo {}, ço ditz lo registre de la glèisa", s["oc"]),
            ("the death certificate needs her date of birth, {}", any_shape),
            ("the memorial card says born {}, is that right?", s["en"]),
            ("แม่เกิดวันที่ {} ต้องใส่ในหนังสืองานศพ", s["th"]),
            ("आईची जन्मतारीख {} आहे", s["mr"]),
            ("Date of birth: {}", s["dmy"]),
            ("วันเกิด: {}", s["thf"]),
            ("जन्मतारीख: {}", s["mr"]),
            ("Fecha de nacimiento: {}", s["dmy"]),
            ("Born: {}", s["en"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT88_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is collecting grandpa's ashes from the crematorium on friday",
        "can you ask {} what time the hearse leaves the house",
        "{} is giving the eulogy, it took a week to write",
        "{} ordered the headstone but the lettering has a mistake in it",
        "{} paid this month's burial society dues for the whole family",
        "{} still hasn't signed the cremation forms",
        "{} took flowers to the cemetery for the anniversary",
        "i'm picking up {} from the station for the funeral tomorrow",
        "{} wants the service livestreamed for the cousins overseas",
        "{} is one of the pallbearers, the chapel steps are steep",
        "{} is sorting out the death certificate at the council office",
        "{} cleaned grandma's grave before the anniversary",
        "{} and {} are cooking for the wake",
        "{} booked the chapel for 11 on thursday",
        "{} says the urn arrives next week",
        "{} keeps the key to the family niche",
        "{} has the photos for the slideshow at the service",
        "{} passed away on sunday morning, the funeral is on wednesday",
        "{} will read the poem at the graveside",
        "{} is handling the obituary in the paper",
        "my aunt {} still goes to the cemetery every sunday afternoon",
        "{} knows which row the family plot is in",
        "{} is driving the old people to the cremation",
        "{} made the order of the day for the funeral, it looks lovely",
        "we're meeting {} at the funeral home at 9 to choose the coffin",
        "{} gave money for the new cemetery fence",
        "the stonemason says {} approved the inscription",
        "yes {} is the executor, ask about the plot there",
        "{} lit the candles on the grave for all souls",
        "{} sent condolences from Brisbane, the flights were too dear",
        "{} is making the funeral castle for grandpa's cremation",
        "{} collected the welfare society money, 40 baht from every house",
        "we asked Noi {} to lead the chanting tonight",
        "the monks came because Nan {} knew the abbot",
        "everyone went to pay respects to Mae Ui {} before the cremation",
        "they carried Pho Ui {} to the cemetery forest at noon",
        "{} mavshi is cooking for the thirteenth day",
        "ask {} kaka if the boat can take the ashes out at dawn",
        "{} is taking the ashes to Nashik for the tenth day rites",
        "the rice ball is ready, {} is waiting for the crow",
        "{} is doing the velorio in the church hall tonight",
        "el finado {} was the last one who spoke the patois",
        "la finada {} left money for the cemetery wall",
        "{} is organising the clean up of the family plot near the old cane farm",
        "{} is speaking about the first islanders at Recognition Day",
        "the memorial wall at the cemetery lists {} (Malaita) near the top",
        "Deceased: {}",
        "Name of the Deceased: {}",
        "Informant: {}",
        "Next of kin: {}",
        "Funeral director: {}",
        "Celebrant: {}",
        "Pallbearer 3: {}",
        "Applicant for cremation: {}",
        "Right of burial holder: {}",
        "Headstone ordered by: {}",
        "Inscription: In loving memory of {}",
        "Niche holder: {}",
        "Fallecido: {}",
        "Titular del nicho: {}",
        "Responsable del pago: {}",
        "Lápida para: {}",
        "Defunto: {}",
        "ชื่อผู้ตาย: นาย{}",
        "ชื่อผู้ตาย: นาง{}",
        "ผู้แจ้ง: นางสาว{}",
        "เจ้าภาพ: {}",
        "मृताचे नाव: {}",
        "अर्जदार: {}",
        "Maiden name (माहेरचे नाव): {}",
        "| Row C | Grave 14 | {} | paid |",
        '"deceased_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the wake is at {}, come after 6",
        "send the flowers to {}",
        "the funeral home is at {}, park round the back",
        "mum's new address is {}, the headstone invoice should go there",
        "the burial society meets at {} on the first monday",
        "the stonemason's yard is at {}",
        "the cremation papers have to go to {}",
        "Dirección: {}",
        "ที่อยู่: {}",
        "पत्ता: {}",
        "Usual residence of deceased: {}",
        "Postal address of applicant: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the photos for the slideshow to {}",
        "the crematorium's confirmations come from {}",
        "email the burial society at {} about the dues",
        "the stonemason wrote from {} with the proof",
        "E-mail: {}",
        "Correo: {}",
        "$config->adminEmail = '{}';",
        '    "UnattendedUserEmail": "{}",',
    ],
    "PHONE_NUMBER": [
        "the funeral director's number is {}, call after 8",
        "ring the crematorium on {} to move the time",
        "the temple's number is {}, ask for the abbot's helper",
        "the stonemason's mobile is {}",
        "call {} if you get lost on the way to the cemetery",
        "Tel.: {}",
        "โทร: {}",
        "फोन: {}",
        "Teléfono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the crematorium with {}",
        "the headstone deposit went on {}",
        "put the flowers on {}",
        "the livestream for the service is on {}",
        "Card: {}",
        "Tarjeta: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the burial society dues into {}",
        "the Waldensian church wants the donation to {}",
        "send your share for the headstone to {}",
        "the refund for the niche goes to {}",
        "IBAN: {}",
        "Conto (IBAN): {}",
        "Virement (IBAN) : {}",
    ],
    "USERNAME": [
        "my forever missed login is {}",
        "the ever loved page is under {}",
        "on muchloved the tribute is by {}",
        "the kudoboard for grandpa was made by {}",
        "on gatheringus the memorial is hosted by {}",
        "the oneroom stream account is {}",
        "the padlet with the photos belongs to {}",
        "on echovita the notice was posted by {}",
        "the tribute video is under {}",
        "on blockdit the page is {}",
        "my lemon8 is {}",
        "on funeral zone the notice is under {}",
        '"username": "{}",',
        "Login: {}",
        'SS_DEFAULT_ADMIN_USERNAME="{}"',
    ],
}
HELDOUT88_MIXED = [
    ("Deceased: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Informant: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Next of kin: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ('SS_DATABASE_PASSWORD="{}"\nSS_DATABASE_SERVER="{}"', ["SECRET", "IP_ADDRESS"]),
    ("$ curl -u {}:{} https://{}/umbraco/api/notices", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the memorial site, it's {}", ["PERSON", "SECRET"]),
    ("my forever missed login is {}, pay the share for the headstone to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the niche came today", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the crematorium with {}", ["PERSON", "CREDIT_CARD"]),
    ("we asked Noi {} to call the temple on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Applicant for cremation: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Titular del nicho: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT88_NEGATIVES = [
    "Chiang Mai, Lamphun and Nan are provinces of northern Thailand",
    "the cremation is at the cemetery forest behind the temple",
    "a funeral castle is the paper tower built over the coffin for the cremation",
    "Noi before a man's name means he was a novice, Nan means he was a monk",
    "mae ui and pho ui mean great-grandmother and great-grandfather in the north",
    "Nan is a province on the border with Laos",
    "the cremation welfare society pays out 30,000 baht to the family",
    "every house gives 40 baht when a member dies",
    "Kanthawong Coffins is a shop on the road to the temple, not a person",
    "the hundred-day merit making is on Saturday",
    "the year 2568 in the Buddhist Era is 2025",
    "50200 is a Chiang Mai postcode",
    "Worli Koliwada is a fishing village inside Mumbai",
    "mavshi is a mother's sister and kaka a father's brother in Marathi",
    "the tenth and thirteenth day rites follow a cremation",
    "the fortnight of the ancestors falls in September this year",
    "Tandel Funeral Services is a business, not a person",
    "400030 is the Worli PIN code",
    "Colonia Valdense was founded by Waldensians from the valleys of Piedmont",
    "el finado and la finada mean the late in Spanish",
    "Cochería Rostan is a funeral parlour, not a person",
    "Marmolería Gonnet Hnos. makes the headstones in town",
    "the Geymonat Prize goes to the best essay on the colony's history",
    "70202 is the Colonia Valdense postal code",
    "Uruguay's national holiday is on 18 de Julio",
    "Australian South Sea Islanders mark Recognition Day on 25 August",
    "the first islanders were brought to Queensland in 1863",
    "the Fatnowna Memorial Shield is a rugby league knockout, not a person",
    "4740 is the Mackay postcode",
    "Malaita and Tanna are islands in the Pacific",
    "plot C-14, row 7 is by the gate",
    "niche B-112 is on the second level",
    "cremation certificate CC-2025-0193 came back signed",
    "death registration 2025/04417 is on file",
    "order number 58213 is for the granite headstone",
    "permit 7731 covers the burial on Tuesday",
    "the cemetery is open from 7:00 to 17:30",
    "the crematorium office closes at 16:00 on Fridays",
    "a niche costs 1,200 dollars for 25 years",
    "the dues are 20 baht a month",
    "the headstone lettering is 4 dollars a letter",
    "the funeral is on 2025-06-14 at 11:00",
    "the first anniversary of his death is on 14/09/2025",
    "she died in 1998 and he died in 2003",
    "the chapel seats 120 people",
    "the coffin is 190 by 60 centimetres",
    "SilverStripe 5.2 needs PHP 8.1",
    "ProcessWire 3.0.229 is the master version",
    "Umbraco 13 is the long-term release",
    "Wagtail 6.1 changed the image chooser",
    "fixed in commit 3c9e1b7, see the changelog",
    "SS_DATABASE_PASSWORD=",
    "$config->dbPass = '';",
    "DJANGO_SECRET_KEY=change-me",
    "EMAIL_HOST_PASSWORD=your-password-here",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN in the docs",
    "CH93 0076 2011 6238 5295 7 is the example IBAN in the docs",
    "write to family@example.com on the form",
    "192.0.2.88 is a documentation address",
    "198.51.100.88 is a documentation address",
    "2001:db8:88::1 is a documentation address",
    "in Thailand call 1669 for an ambulance",
    "in India the ambulance is 108",
    "in Uruguay you call 911",
    "in Australia you call 000",
    "the hearse is outside",
    "the flowers are on the coffin",
    "ok the livestream works again",
    "yes the chapel is open",
    "PLEASE SIGN THE CONDOLENCE BOOK",
    "sawasdee ka, the chanting starts at 7",
    "namaskar, the boat leaves at 6",
    "hola, el velorio es en la sala de la iglesia",
    "g'day, the service is at the crem at 2",
    "so tired after three days of the wake",
    "who has the spare umbrella for the graveside",
    "thank you for the flowers, they were beautiful",
    "rest in peace, grandpa",
]  # fmt: skip


def _typo88(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a funeral word's well-known misspelling
    ('cemetery' -> 'cemetary', 'cremation' -> 'creamation', 'eulogy' -> 'euology', 'condolences' ->
    'condolances', 'hearse' -> 'hurse'), or funeral slang and chat shorthand creeping into chat ('crematorium'
    -> 'crem', 'obituary' -> 'obit', 'afternoon' -> 'arvo', 'funeral director' -> 'FD', 'rest in peace' ->
    'RIP'). Only in sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT88.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT88[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT88.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT88[m.group(1)] + template[m.end() :]


def build_heldout88(seed: int = HELDOUT88_SEED) -> list[Example]:
    """Held-out set 88: `Gen88` values in `HELDOUT88_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen88(seed)
    return assemble_module_set(
        gen, HELDOUT88_TEMPLATES, HELDOUT88_MIXED, HELDOUT88_NEGATIVES, _typo88, person=gen.person_for
    )
