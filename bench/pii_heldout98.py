"""Held-out PII set 98 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout98": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT98 is empty, as for held-out 16 on);
the volunteers who keep a place of worship running (the kitchen rota and the community meal, the cleaning and
flower rota, donations and the receipt for them, the building fund, the festival's food, the youth group and
its trip, the bus to the pilgrimage, the funeral meal, the sound system and the livestream, the key holder,
the parking marshals). The peoples were chosen after reading the earlier sets' docstrings: the Sikhs of
Southall were held-out 42's and Armenians held-out 58's, so their neighbours no earlier set drew from took
their places: the Sindhi Hindus of Ulhasnagar, Chembur and Pimpri and of Hounslow and Harrow (the tikano's
and the darbar's langar and sewa, the Cheti Chand procession's tahiri and sai bhaji, the bus to Haridwar;
Sindhi given names, an older generation's in -das and -ram ('Tikamdas', 'Parsram'), family names in -ani
('Lalwani', 'Mirchandani', 'Motwani', 'Sadarangani', 'Tahilramani') and some that are also a word or a
language ('Punjabi', 'Makhija'), the father's given name between the given name and the family's ('Kishore
Lachman Motwani'), Indian initials ('K. L. Motwani'), the name in Devanagari as Sindhis in India write it
('किशोर मोटवाणी'), and 'Dada' and 'Sain' before a man's given name and 'didi', 'masi' and 'ji' after a given
name, outside the span), the Assyrians of the Matn's Sad el Bauchrieh and Jdeideh and of Sydney's Fairfield
(the Church of the East's hall, the Kha b-Nisan food, the funeral meal of the hall; Assyrian given names
('Ashur', 'Sargon', 'Ninos', 'Narsai', 'Shamiram', 'Ramina', 'Nahrain'), family names that were a
forefather's given name ('Youkhana', 'Odisho', 'Khoshaba', 'Shlimon', 'Oraham') and some that are also a
word ('Warda', a rose, 'Yalda', a birth, 'Badal'), the father's given name before the family's ('Ninos
Shlimon Odisho'), the name in Syriac script ('ܐܫܘܪ ܝܘܚܢܢ') and in Arabic script as Lebanese papers write it
('آشور يوخنا'), and 'Shamasha' (a deacon), 'Rabi' (a teacher), 'amo' (uncle) before a man's and 'teta'
(grandmother) before a woman's given name, outside the span), the Igbo of Enugu, Onitsha and Nnewi (the
Catholic parish's CWO, the harvest bazaar and its auction, the August meeting, the mass cards and the
funeral's rice; baptismal given names ('Cyprian', 'Boniface', 'Hyginus', 'Scholastica', 'Philomena'), Igbo
given names ('Chukwuemeka', 'Obinna', 'Ngozi', 'Adaeze'), family names ('Okafor', 'Nwosu', 'Ezeokoli',
'Anyanwu') and some that are also a word or a title ('Eze', a king, 'Obi', 'Ibe'), the baptismal, the Igbo
and the family name ('Cyprian Obinna Okafor'), a parish register's family name first in capitals ('OKAFOR
Cyprian Obinna'), initials ('C. O. Okafor'), the names with Igbo's dotted vowels ('Ngọzị Nwọsụ') and
typed in ASCII, and 'Ichie' (a titled elder) and 'Ezinne' (a CWO mother) and 'Lolo' (the wife of a titled
man) before a full name and 'Nna' and 'Nne' before a given name, outside the span) and the Tongans of
Nukuʻalofa's villages and of Auckland's Māngere and Ōtāhuhu (the Wesleyan church's misinale and its
announcing of each family's gift, the faikava after the choir practice, the feast's ʻumu and lu pulu; Tongan
given names ('Sione', 'Viliami', 'Tevita', 'ʻAisake', 'Lesieli', 'Sālote', 'ʻOfa'), family names
('Taufa', 'Fifita', 'Lātū', 'Tuʻipulotu', 'Moʻunga', 'Kaufusi'), a father's given name as the family's
('Mele Sione'), the ʻokina and the macron and the same name typed with an apostrophe or without ('Tu'ipulotu',
'Tuipulotu', 'Latu'), and 'Faifekau' (a minister), 'Tangataʻeiki' and 'Fineʻeiki' (Mr and Mrs in church
speech) before a full name and 'Nena' (grandmother) before a given name, outside the span); names on a
rota's, a receipt's, a register's and a form's lines in English ('Volunteer:', 'Key holder:', 'Received
with thanks from:', 'Donor:', 'Langar sewa:', 'Parking marshal:', 'Funeral of:', 'Youth leader:', a rota's
'| Sat | ... | kitchen |'), Hindi and Sindhi in Devanagari ('नाम:', 'सेवादार:'), Arabic ('الاسم:', 'المتبرع:'),
Igbo ('Aha:') and Tongan ('Hingoa:'); a caterer, a sweet shop, a funeral home, a bus company and a prize
named after a family ('Lalwani Caterers', 'Thadani Sweets', 'Okafor Funeral Services', 'Fifita Bus
Services', 'the Khoshaba prize') no person either; rota, receipt, room, pew and bus seat numbers no secret;
self-hosted apps' config no earlier set pasted: OvenMediaEngine's Server.xml with its API <AccessToken> and
the SignedPolicy's <SecretKey> for the livestream, Ant Media Server's red5.properties with its JWT secret,
Invoice Ninja's .env with DB_PASSWORD, APP_KEY and IN_PASSWORD for the donation receipts, OpenLP's remote
login for the lyrics on the projector, Agent DVR's login for the hall's CCTV, Trilium's login for the rota
notes, the livestream's RTMP stream keys, and the Paystack and Flutterwave secret keys of a parish's online
giving; those regions' addresses (Ulhasnagar's barracks and blocks ('Barrack No. 1234, Room No. 3, Section
17, Ulhasnagar 421003'), Chembur's Sindhi Society, Pimpri Camp, Hounslow TW3 and TW4 and Harrow HA1,
Sad el Bauchrieh and Jdeideh by building and floor in English, French and Arabic, Fairfield and Bossley Park
NSW, Enugu's Independence Layout and Ogui, Onitsha's Fegge and Nnewi's Otolo by plot and street and with a
'P.M.B.', a Tongan village, a PO Box in Nukuʻalofa, Māngere and Ōtāhuhu with the macrons and without) and
phones (Ulhasnagar's '0251', Mumbai's '022', Indian mobiles and '+91', London's '020 85', UK mobiles, Beirut
and the Matn's '01', Lebanese mobiles '03', '70', '71', '76', '81' and '+961', Sydney's '(02) 97', Australian
mobiles, Enugu's '042', Nigerian mobiles in 080x, 081x, 070x, 090x and '+234', Tonga's five digits and its
mobiles, Auckland's '09' and NZ mobiles 021, 022, 027); Visa, Mastercard, RuPay, Verve in 19 digits and Amex
as the hall's booking, the bus, the flowers or the caterer take them; IBANs of the United Kingdom, Lebanon,
the United Arab Emirates (a Sindhi brother in Dubai), Sweden (an Assyrian cousin in Södertälje) and Ireland
(an Igbo cousin in Dublin) as India, Nigeria, Tonga, Australia and New Zealand have none; IPs of the
livestream encoder, the sound desk, the donation kiosk, the hall's CCTV, the smart lock, the projector and
the pastes, v4 and v6; passwords handed over in ways no earlier set used (on the back of the rota, taped
under the sound desk, in the key safe's envelope, on the donation box's lid, in the flower cupboard, on the
back of a hymn sheet, inside the langar's rice tin, on the misinale's list), the places ('Ulhasnagar421003',
'SadBauchrieh#01', 'Nnewi@2024', 'Mangere2022!'), theme words in leetspeak ('l4ng4r', 'b4z44r'), and cues in
Hinglish and Sindhi ('password aahe ..., kahin khe na dijanh'), Lebanese Arabizi, Assyrian Neo-Aramaic
('password diyi ile ...'), Nigerian Pidgin, Igbo ('password bụ ..., enyela onye ọ bụla'), Tongan ('ko e
password ko ..., ʻoua naʻa ke ʻoange ki ha taha') and New Zealand English; usernames on SignUpGenius, Ketto,
Milaap, Givealittle, Trade Me, Nairaland, Paystack, YouTube and the pastes, shapes like 'x.sewa',
'langar_x', 'x4tikano', 'x.cwo', 'harvest.x', 'x_misinale', 'kava.x'; dates of birth for a membership form,
a youth trip's consent, a pilgrimage's bus list, a baptism register and a funeral programme, in India's
'14/03/1987' and '14-03-1987', Sindhi in Arabic script's label ('ڄمڻ جي تاريخ'), the UK's, Lebanese French
('né le 14 mars 1987'), Arabic with the Syriac month names ('14 آذار 1987'), Assyrian in Latin letters
with its own months ('14 b-Adar 1987'), Nigerian English with an ordinal and a comma ('14th March, 1987'),
Igbo ('ụbọchị ọmụmụ'), Tongan with its months ('14 Maʻasi 1987'), Australia's and New Zealand's, and an ISO
date, all drawn between fixed years from the set's own rng so the set builds the same on any day; typos as
volunteers type on a phone between two jobs: a theme word's well-known misspelling ('receipt' ->
'reciept', 'committee' -> 'commitee', 'pilgrimage' -> 'pilgramage', 'volunteer' -> 'volunteeer'), or the
volunteers' shorthand creeping into chat ('volunteers' -> 'vols', 'microphone' -> 'mic', 'tomorrow' ->
'tmrw', 'treasurer' -> 'treas'); negatives with the same regions' places, the titles and the name forms
explained, rota, receipt, room, pew and bus seat numbers alone, dates that are no birthdays (festivals,
anniversaries, a funeral's), businesses and a prize named after families, documentation IPs, example IBANs,
test cards, placeholder secrets and short everyday chat; no public figure, saint or guru is named as a
person).

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

HELDOUT98_SEED = 9817243
# no faker name locale, as in held-out 16 on: all names below come from hand-written lists of origins no
# earlier set drew from (empty on purpose; the test still checks it)
NAME_LOCALES_HELDOUT98: list[str] = []
# the volunteers who keep a place of worship running; each origin: (men's given names, women's given names,
# family names); ';' separates names, as some hold a space
NAMES_HELDOUT98: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Sindhi Hindus of Ulhasnagar, Chembur and Pimpri and of Hounslow and Harrow: the tikano's langar and sewa,
    # the Cheti Chand procession; family names in -ani and some also a word or a language ('Punjabi')
    "sindhi": ("Haresh;Kishore;Prakash;Jairam;Lachman;Murli;Sunder;Vinod;Naresh;Chandru;Ashok;Tikamdas;Parsram".split(";"),
               "Kamla;Pushpa;Dimple;Nisha;Rekha;Bhavna;Sheela;Jyoti;Lata;Meena;Sundri;Hema".split(";"),
               "Lalwani;Mirchandani;Vaswani;Motwani;Chainani;Sadarangani;Kriplani;Jagtiani;Thadani;Gidwani;Hemrajani;Wadhwani;Keswani;Tahilramani;Makhija;Rohra;Punjabi;Nihalani".split(";")),
    # Assyrians of the Matn's Sad el Bauchrieh and Jdeideh and of Sydney's Fairfield: the Church of the East's
    # hall, Kha b-Nisan; family names that were a forefather's given name and some also a word ('Warda' a rose)
    "assyrian": ("Ashur;Sargon;Ninos;Narsai;Yonan;Shlimon;Odisho;Benyamin;Khoshaba;Youkhana;Nimrod;Atour;Gewargis".split(";"),
                 "Shamiram;Ramina;Ninveh;Ashurina;Nahrain;Maryam;Akadina;Atorina".split(";"),
                 "Youkhana;Odisho;Shlimon;Khoshaba;Benyamin;Warda;Yalda;Gewargis;Isho;Oraham;Badal;Hermiz;Toma;Shamoon;Sargis;Eshaya;Yonan".split(";")),
    # Igbo of Enugu, Onitsha and Nnewi: the Catholic parish's CWO, the harvest bazaar, the August meeting; the
    # baptismal given names here, the Igbo ones in IGBO_NAMES_HELDOUT98; family names, some also a word or a
    # title ('Eze' a king, 'Obi', 'Ibe')
    "igbo": ("Cyprian;Boniface;Anselm;Innocent;Pius;Callistus;Sylvester;Fidelis;Hyginus;Ambrose".split(";"),
             "Theresa;Bernadette;Scholastica;Philomena;Veronica;Monica;Cordelia;Josephine".split(";"),
             "Okafor;Eze;Nwosu;Okonkwo;Obi;Nwankwo;Okeke;Anyanwu;Udeh;Ezeokoli;Nwachukwu;Ugwu;Okoye;Mbah;Nweke;Obiora;Uzor;Ibe".split(";")),
    # Tongans of Nukuʻalofa's villages and of Auckland's Māngere and Ōtāhuhu: the Wesleyan church's misinale,
    # the faikava; the ʻokina and the macrons as written, the ASCII forms come from _tongan_ascii
    "tongan": ("Sione;Viliami;Tevita;Semisi;Sitani;Siaosi;Pita;Lopeti;Tomasi;Mosese;ʻAisake;Sosaia;ʻAminiasi".split(";"),
               "Mele;Lesieli;Sālote;ʻAna;Losaline;Seini;Kalolaine;Lupe;ʻOfa;Luseane".split(";"),
               "Taufa;Fifita;Vea;Fonua;Lātū;Kaufusi;Moala;Naufahu;Havili;Tuʻipulotu;Vaipulu;Fakatava;Moʻunga;Taione;Hufanga;Vainikolo".split(";")),
}  # fmt: skip
# the Igbo given names beside the baptismal one (the one the family calls them by at home)
IGBO_NAMES_HELDOUT98 = {
    False: [
        "Chukwuemeka",
        "Obinna",
        "Ikechukwu",
        "Nnamdi",
        "Chinedu",
        "Uchenna",
        "Ifeanyi",
        "Okwudili",
        "Nonso",
    ],
    True: ["Ngozi", "Chiamaka", "Adaeze", "Nneka", "Ifeoma", "Obiageli", "Uju", "Chinwe", "Nkechi"],
}
# the Igbo names with the language's dotted vowels, as a careful hand or an Igbo keyboard writes them
IGBO_DOTTED_HELDOUT98 = {
    "Okafor": "Ọkafọ", "Nwosu": "Nwọsụ", "Okonkwo": "Ọkọnkwọ", "Okoye": "Ọkọye", "Nwankwo": "Nwankwọ",
    "Okeke": "Ọkeke", "Anyanwu": "Anyanwụ", "Ezeokoli": "Ezeọkọli", "Obiora": "Obiọra", "Uzor": "Ụzọ",
    "Ngozi": "Ngọzị", "Ifeoma": "Ifeọma", "Uju": "Ụjụ", "Nnamdi": "Nnamdị", "Chinedu": "Chinedụ",
    "Ifeanyi": "Ifeanyị", "Nonso": "Nọnsọ",
}  # fmt: skip
# the Sindhi names in Devanagari, as Sindhis in India write them (the family names with Sindhi's 'ण')
DEVANAGARI_SINDHI_HELDOUT98 = {
    "Haresh": "हरेश", "Kishore": "किशोर", "Prakash": "प्रकाश", "Jairam": "जैराम", "Lachman": "लछमण",
    "Murli": "मुरली", "Sunder": "सुंदर", "Vinod": "विनोद", "Naresh": "नरेश", "Chandru": "चंद्रू", "Ashok": "अशोक",
    "Tikamdas": "टीकमदास", "Parsram": "परसराम", "Kamla": "कमला", "Pushpa": "पुष्पा", "Dimple": "डिंपल",
    "Nisha": "निशा", "Rekha": "रेखा", "Bhavna": "भावना", "Sheela": "शीला", "Jyoti": "ज्योति", "Lata": "लता",
    "Meena": "मीना", "Sundri": "सुंदरी", "Hema": "हेमा", "Lalwani": "लालवाणी", "Mirchandani": "मीरचंदाणी",
    "Vaswani": "वासवाणी", "Motwani": "मोटवाणी", "Chainani": "चैनाणी", "Sadarangani": "सदारंगाणी",
    "Kriplani": "कृपलाणी", "Jagtiani": "जगतियाणी", "Thadani": "थदाणी", "Gidwani": "गिदवाणी",
    "Hemrajani": "हेमराजाणी", "Wadhwani": "वाधवाणी", "Keswani": "केसवाणी", "Tahilramani": "टहिलरमाणी",
    "Makhija": "मखीजा", "Rohra": "रोहिड़ा", "Punjabi": "पंजाबी", "Nihalani": "निहलाणी",
}  # fmt: skip
# the Assyrian names in Syriac script (the East Syriac letters without vowel points)
SYRIAC_HELDOUT98 = {
    "Ashur": "ܐܫܘܪ", "Sargon": "ܣܪܓܘܢ", "Ninos": "ܢܝܢܘܣ", "Narsai": "ܢܪܣܝ", "Yonan": "ܝܘܢܢ",
    "Shlimon": "ܫܠܝܡܘܢ", "Odisho": "ܥܘܕܝܫܘ", "Benyamin": "ܒܢܝܡܝܢ", "Khoshaba": "ܚܘܫܒܐ", "Youkhana": "ܝܘܚܢܢ",
    "Nimrod": "ܢܡܪܘܕ", "Atour": "ܐܬܘܪ", "Gewargis": "ܓܝܘܪܓܝܣ", "Shamiram": "ܫܡܝܪܡ", "Ramina": "ܪܡܝܢܐ",
    "Ninveh": "ܢܝܢܘܐ", "Ashurina": "ܐܫܘܪܝܢܐ", "Nahrain": "ܢܗܪܝܢ", "Maryam": "ܡܪܝܡ", "Akadina": "ܐܟܕܝܢܐ",
    "Atorina": "ܐܬܘܪܝܢܐ", "Warda": "ܘܪܕܐ", "Yalda": "ܝܠܕܐ", "Isho": "ܝܫܘܥ", "Oraham": "ܐܒܪܗܡ", "Badal": "ܒܕܠ",
    "Hermiz": "ܗܪܡܝܙ", "Toma": "ܬܐܘܡܐ", "Shamoon": "ܫܡܥܘܢ", "Sargis": "ܣܪܓܝܣ", "Eshaya": "ܐܫܥܝܐ",
}  # fmt: skip
# the Assyrian names in Arabic script, as Lebanese papers and the family's chat write them
ARABIC_ASSYRIAN_HELDOUT98 = {
    "Ashur": "آشور", "Sargon": "سرجون", "Ninos": "نينوس", "Narsai": "نرساي", "Yonan": "يونان", "Shlimon": "شليمون",
    "Odisho": "أوديشو", "Benyamin": "بنيامين", "Khoshaba": "خوشابا", "Youkhana": "يوخنا", "Nimrod": "نمرود",
    "Atour": "آتور", "Gewargis": "كيوركيس", "Shamiram": "شميرام", "Ramina": "رامينا", "Ninveh": "نينوى",
    "Ashurina": "آشورينا", "Nahrain": "نهرين", "Maryam": "مريم", "Akadina": "أكادينا", "Atorina": "أتورينا",
    "Warda": "وردة", "Yalda": "يلدا", "Isho": "إيشو", "Oraham": "أوراهام", "Badal": "بدل", "Hermiz": "هرمز",
    "Toma": "توما", "Shamoon": "شمعون", "Sargis": "سركيس", "Eshaya": "أشعيا",
}  # fmt: skip
# a title next to the name (outside the span): the origin, whether a woman (None: either), the part of the
# name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT98: dict[str, tuple[str, bool | None, str, bool]] = {
    "dada": ("sindhi", False, "given", False),  # an elder man, with respect
    "sain": ("sindhi", False, "given", False),  # 'sir', Sindhi's respectful address
    "didi": ("sindhi", True, "given", True),  # elder sister, after the given name
    "masi": ("sindhi", True, "given", True),  # the mother's sister, after the given name
    "ji": ("sindhi", None, "given", True),  # the respectful 'ji' after a given name
    "shamasha": ("assyrian", False, "given", False),  # a deacon of the Church of the East
    "rabi": ("assyrian", False, "given", False),  # a teacher (of the Sunday school, of the language class)
    "amo": ("assyrian", False, "given", False),  # uncle, as Lebanese Arabic says it
    "teta": ("assyrian", True, "given", False),  # grandmother, as Lebanese Arabic says it
    "ichie": ("igbo", False, "full", False),  # a titled elder
    "lolo": ("igbo", True, "full", False),  # the wife of a titled man
    "ezinne": ("igbo", True, "full", False),  # 'good mother', the CWO's title for an elder member
    "nna": ("igbo", False, "given", False),  # father
    "nne": ("igbo", True, "given", False),  # mother
    "faifekau": ("tongan", False, "full", False),  # a Wesleyan minister
    "tangataʻeiki": ("tongan", False, "full", False),  # Mr, in church speech
    "fineʻeiki": ("tongan", True, "full", False),  # Mrs, in church speech
    "nena": ("tongan", True, "given", False),  # grandmother
}
TITLE_SLOT_HELDOUT98 = re.compile(
    r"(?<![\w'.ʻ-])(Dada|Sain|Shamasha|Rabi|Amo|Teta|Ichie|Lolo|Ezinne|Nna|Nne|Faifekau|Tangataʻeiki|Fineʻeiki|Nena)"
    r" \{\}|\{\} (didi|masi|ji)(?![\w'])",
    re.IGNORECASE,
)
# IBANs of this set's people: the United Kingdom for Hounslow and Harrow, Lebanon for the Matn, the United
# Arab Emirates for a Sindhi brother in Dubai, Sweden for an Assyrian cousin in Södertälje and Ireland for an
# Igbo cousin in Dublin (India, Nigeria, Tonga, Australia and New Zealand have none)
IBAN_SHAPES_HELDOUT98 = {
    "GB": "4a14n",
    "LB": "4n20c",
    "AE": "19n",
    "SE": "20n",
    "IE": "4a14n",
}
# everyday subjects of this set by origin, used in e-mail addresses
SUBJECTS_HELDOUT98 = {
    "sindhi": ["sewa", "langar", "tikano", "chetichand", "ulhasnagar"],
    "assyrian": ["ashur", "nineveh", "khabnisan", "sadbauchrieh", "fairfield"],
    "igbo": ["cwo", "harvest", "nnewi", "enugu", "onitsha"],
    "tongan": ["misinale", "faikava", "mangere", "tonga", "kolomotua"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT98 = {
    "sindhi": ["rediffmail.com", "yahoo.co.in", "btinternet.com"],
    "assyrian": ["hotmail.com", "idm.net.lb", "bigpond.com"],
    "igbo": ["yahoo.com", "unn.edu.ng", "ymail.com"],
    "tongan": ["xtra.co.nz", "kalianet.to", "hotmail.co.nz"],
}
# the templates that belong to one origin's place of worship, habits or papers, or are written in its script
# (first match wins)
ORIGIN_CUES_HELDOUT98: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)\bdada\b|\bsain\b|didi|masi|\bji\b|tikano|darbar|langar|sewa|cheti chand|tahiri|sai bhaji|"
                r"haridwar|ulhasnagar|chembur|pimpri|hounslow|harrow|नाम|सेवादार|[\u0900-\u097f]"), "sindhi"),
    (re.compile(r"(?i)shamasha|\brabi\b|\bamo\b|teta|kha b-nisan|church of the east|sad el bauchrieh|jdeideh|"
                r"fairfield|syriac|assyrian|الاسم|المتبرع|[\u0700-\u074f]|[\u0600-\u06ff]"), "assyrian"),
    (re.compile(r"(?i)ichie|lolo|ezinne|\bnna\b|\bnne\b|cwo|bazaar|august meeting|mass card|parish|enugu|"
                r"onitsha|nnewi|aha:|surname"), "igbo"),
    (re.compile(r"(?i)faifekau|tangataʻeiki|fineʻeiki|\bnena\b|misinale|faikava|kava|ʻumu|lu pulu|wesleyan|"
                r"māngere|mangere|ōtāhuhu|otahuhu|nukuʻalofa|hingoa|kī ʻo e"), "tongan"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT98: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|didi|masi|teta|lolo|ezinne|\bnne\b|fineʻeiki|\bnena\b|cwo|"
                r"women's|تجيب"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|\bdada\b|\bsain\b|shamasha|\brabi\b|\bamo\b|ichie|\bnna\b|"
                r"faifekau|tangataʻeiki|करेगा|يركّب"), False),
]  # fmt: skip
# a theme word and its well-known misspelling
MISSPELT_HELDOUT98 = {
    "receipt": "reciept", "committee": "commitee", "pilgrimage": "pilgramage", "volunteer": "volunteeer",
    "donation": "donaton", "schedule": "schedual", "festival": "festivel", "kitchen": "kitchin",
    "definitely": "definately", "tomorrow": "tommorow", "separate": "seperate", "cemetery": "cemetary",
    "necessary": "neccessary", "believe": "beleive", "rehearsal": "rehersal", "guarantee": "garantee",
}  # fmt: skip
MISSPELT_WORD_HELDOUT98 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT98, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# the volunteers' shorthand creeping into chat
SHORTHAND_HELDOUT98 = {
    "volunteers": "vols", "microphone": "mic", "tomorrow": "tmrw", "treasurer": "treas", "please": "pls",
    "because": "coz", "building fund": "BF", "secretary": "sec", "livestream": "stream", "thanks": "thx",
    "people": "ppl", "message": "msg", "tonight": "2nite",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT98 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT98, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# month names: English, French, the Syriac ones Lebanon's Arabic uses, Assyrian's own in Latin letters, Tongan
EN_MONTHS_HELDOUT98 = (
    "January February March April May June July August September October November December".split()
)
FR_MONTHS_HELDOUT98 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
LEVANT_MONTHS_HELDOUT98 = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
    "تشرين الثاني", "كانون الأول",
]  # fmt: skip
ASSYRIAN_MONTHS_HELDOUT98 = [
    "Kanun Khraya", "Shvat", "Adar", "Nisan", "Iyar", "Khzeeran", "Tammuz", "Tabakh", "Eylul",
    "Tishrin Qamaya", "Tishrin Khraya", "Kanun Qamaya",
]  # fmt: skip
TONGAN_MONTHS_HELDOUT98 = [
    "Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai", "ʻAokosi", "Sepitema", "ʻOkatopa",
    "Nōvema", "Tīsema",
]  # fmt: skip


def _tongan_ascii(name: str, mark: str = "'") -> str:
    """A Tongan name typed where only ASCII goes in: the macrons dropped and the ʻokina as `mark`, an
    apostrophe or nothing ('Tuʻipulotu' -> "Tu'ipulotu" or 'Tuipulotu', 'Lātū' -> 'Latu'); an ʻokina that
    starts a name is dropped either way ('ʻOfa' -> 'Ofa')."""
    words = [_fold(w) for w in name.split()]
    return " ".join(w.lstrip("ʻ").replace("ʻ", mark) for w in words)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Tuʻipulotu' -> 'tuipulotu',
    'Ọkafọ' -> 'okafo', 'Lātū' -> 'latu')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _dotted(name: str) -> str:
    """An Igbo name with its dotted vowels where IGBO_DOTTED_HELDOUT98 has them ('Ngozi Nwosu' -> 'Ngọzị
    Nwọsụ'); a baptismal name stays as it is."""
    return " ".join(IGBO_DOTTED_HELDOUT98.get(w, w) for w in name.split())


def _devanagari(name: str) -> str:
    """A Sindhi name in Devanagari ('Kishore Motwani' -> 'किशोर मोटवाणी')."""
    return " ".join(DEVANAGARI_SINDHI_HELDOUT98[w] for w in name.split())


def _syriac(name: str) -> str:
    """An Assyrian name in Syriac script ('Ashur Youkhana' -> 'ܐܫܘܪ ܝܘܚܢܢ')."""
    return " ".join(SYRIAC_HELDOUT98[w] for w in name.split())


def _initials(*givens: str) -> str:
    """Indian and Nigerian initials for the given names ('Kishore', 'Lachman' -> 'K. L.')."""
    return " ".join(f"{g[0]}." for g in givens)


class Gen98(Gen3):
    """Generators for held-out set 98: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT98."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT98))
        men, women, lasts = NAMES_HELDOUT98[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _father(self, origin: str, *avoid: str) -> str:
        """A father's given name, for the forms that put it between the given and the family name."""
        return self.rng.choice([x for x in NAMES_HELDOUT98[origin][0] if x not in avoid])

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'devanagari', 'syriac', 'arabic', 'ascii'
        or 'register' where the template is written in that script or is a paste or a parish register,
        `chat` where it is typed to the bot or a friend."""
        rng = self.rng
        r = rng.random()
        if origin == "sindhi":
            if script == "devanagari":
                return _devanagari(f"{first} {last}")
            if r < 0.25:  # the father's given name between: 'Kishore Lachman Motwani'
                return f"{first} {self._father(origin, first)} {last}"
            if r < 0.35 and not chat:  # initials: 'K. L. Motwani'
                return f"{_initials(first, self._father(origin, first))} {last}"
            return f"{first} {last}"
        if origin == "assyrian":
            if script == "syriac" or (chat and not script and r > 0.9):  # 'ܐܫܘܪ ܝܘܚܢܢ'
                return _syriac(f"{first} {last}")
            if script == "arabic":
                return f"{ARABIC_ASSYRIAN_HELDOUT98[first]} {ARABIC_ASSYRIAN_HELDOUT98[last]}"
            if r < 0.3:  # the father's given name before the family's: 'Ninos Shlimon Odisho'
                return f"{first} {self._father(origin, first, last)} {last}"
            return f"{first} {last}"
        if origin == "igbo":
            own = rng.choice(IGBO_NAMES_HELDOUT98[woman])
            if script == "register":  # a parish register: 'OKAFOR Cyprian Obinna'
                return f"{last.upper()} {first} {own}"
            if r < 0.35:  # the baptismal, the Igbo and the family name: 'Cyprian Obinna Okafor'
                name = f"{first} {own} {last}"
            elif r < 0.55:  # the Igbo given name and the family's: 'Ngozi Nwosu'
                name = f"{own} {last}"
            elif r < 0.65 and not chat:  # initials: 'C. O. Okafor'
                return f"{_initials(first, own)} {last}"
            else:
                name = f"{first} {last}"
            if chat and rng.random() < 0.3 and script != "ascii":
                return _dotted(name)  # 'Ngọzị Nwọsụ'
            return name
        if origin == "tongan":
            name = f"{first} {last}"
            if r < 0.25:  # a father's given name as the family's: 'Mele Sione'
                name = f"{first} {self._father(origin, first)}"
            if script == "ascii" or (chat and rng.random() < 0.4):
                return _tongan_ascii(name, rng.choice(["'", ""]))  # "Tu'ipulotu", 'Tuipulotu', 'Latu'
            return name
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
            if origin == "igbo" and rng.random() < 0.5:  # the Igbo name alone: 'Nkechi'
                name = rng.choice(IGBO_NAMES_HELDOUT98[woman])
            if origin == "tongan" and rng.random() < 0.4:
                name = _tongan_ascii(first)
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Dada Kishore', 'Kamla didi', 'Shamasha Ninos', 'teta
        Shamiram', 'Ichie Cyprian Okafor', 'Nne Ngozi', 'Faifekau Sione Taufa', 'Nena Lesieli'), from the
        origin that uses it."""
        origin, woman, part, _ = TITLED_HELDOUT98[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        rng = self.rng
        if origin == "igbo" and part == "given" and rng.random() < 0.6:  # 'Nne Ngozi'
            first = rng.choice(IGBO_NAMES_HELDOUT98[woman])
        if part == "given":
            return first
        if part == "family":
            return last
        if origin == "igbo" and rng.random() < 0.4:  # 'Ichie Cyprian Obinna Okafor'
            return f"{first} {rng.choice(IGBO_NAMES_HELDOUT98[woman])} {last}"
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose place of worship, habit or paper the template names, in its script or form."""
        m = TITLE_SLOT_HELDOUT98.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        script = ""
        if re.search(r"[\u0900-\u097f]", template):
            script = "devanagari"
        elif re.search(r"[\u0700-\u074f]", template):
            script = "syriac"
        elif re.search(r"[\u0600-\u06ff]", template):
            script = "arabic"
        elif template.startswith(("Parish register:", "Surname, names:")):
            script = "register"
        elif template.startswith('"') or template.startswith("- name"):
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT98 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT98 if cue.search(template)), None)
        origin = {"devanagari": "sindhi", "syriac": "assyrian", "arabic": "assyrian", "register": "igbo"}.get(
            script, origin
        )
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 140)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        unit = f"{rng.randint(1, 9)}{pick(letters)}{pick(letters)}"
        shapes = [
            f"Barrack No. {rng.randint(100, 1999)}, Room No. {rng.randint(1, 12)}, Section {rng.randint(1, 40)}, Ulhasnagar {pick(['421001', '421002', '421003', '421004', '421005'])}",
            f"Block No. {pick('ABCD')}-{rng.randint(1, 900)}, Room No. {rng.randint(1, 20)}, Ulhasnagar-{rng.randint(1, 5)}, Dist. Thane 42100{rng.randint(1, 5)}",
            f"Plot No. {n}, Sindhi Society, Chembur, Mumbai 400071",
            f"Flat {rng.randint(1, 20)}0{rng.randint(1, 4)}, {pick(['Shanti Niwas', 'Gurukripa Apartments', 'Sindhu Nagar'])}, Pimpri Camp, Pune 411017",
            f"{n} {pick(['Bath Road', 'Lampton Road', 'Hanworth Road', 'Staines Road', 'Whitton Road'])}, Hounslow TW3 {unit}",
            f"{n} {pick(['Wellington Road South', 'Martindale Road', 'Vicarage Farm Road'])}, Hounslow TW4 {unit}",
            f"{n} {pick(['Station Road', 'Pinner Road', 'Headstone Drive'])}, Harrow HA1 {unit}",
            f"Sad el Bauchrieh, rue de l'Église, imm. {pick(['Nahas', 'Saliba', 'Haddad'])}, {rng.randint(1, 8)}e étage",
            f"Jdeideh El Metn, {pick(['rue du Marché', 'rue Principale', 'Boulevard Jdeideh'])}, imm. {pick(['Azar', 'Khoury', 'Rizk'])}, floor {rng.randint(1, 9)}",
            f"سد البوشرية، شارع الكنيسة، بناية {pick(['نحاس', 'صليبا', 'حداد'])}، الطابق {rng.randint(1, 8)}",
            f"{n} {pick(['Hamilton Rd', 'Smart St', 'The Crescent', 'Polding St', 'Sackville St'])}, Fairfield NSW 2165",
            f"{n} {pick(['Cowpasture Rd', 'Edensor Rd', 'Bossley Rd'])}, Bossley Park NSW 2176",
            f"No. {n} {pick(['Zik Avenue', 'Chime Avenue', 'Ebeano Street'])}, Independence Layout, Enugu",
            f"{n} {pick(['Ogui Road', 'Agbani Road', 'Presidential Road'])}, Enugu, Enugu State",
            f"{n} {pick(['Venn Road South', 'Old Market Road', 'Awka Road'])}, Fegge, Onitsha, Anambra State",
            f"Plot {n}, {pick(['Edo-Ezemewi Road', 'Nnobi Road', 'Owerri Road'])}, Otolo, Nnewi",
            f"P.M.B. {rng.randint(1000, 9999)}, Nnewi, Anambra State",
            f"{pick(['Taufaʻahau Road', 'Mateialona Road', 'Vuna Road', 'Hala Fatafehi'])}, {pick(['Kolomotuʻa', 'Kolofoʻou', 'Maʻufanga', 'Haveluloto', 'Halaleva'])}, Nukuʻalofa",
            f"PO Box {rng.randint(1, 2999)}, Nukuʻalofa, Tonga",
            f"{pick(['Houma', 'Vaini', 'Kolonga', 'Nukunuku', 'Fuaʻamotu'])}, Tongatapu",
            f"{n} {pick(['Massey Road', 'Bader Drive', 'Ventura Street', 'Idlewild Avenue'])}, Māngere, Auckland 2022",
            f"{n} {pick(['Great South Road', 'Station Road', 'Church Street'])}, Ōtāhuhu, Auckland 1062",
            f"{n} {pick(['Massey Rd', 'Buckland Rd'])}, Mangere East, Auckland 2024",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT98[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}_{subject}", f"{first}{rng.randint(1950, 2006)}",
                           f"{subject}{first}", f"{last}.{first[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT98[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        ng = rng.choice(["803", "806", "813", "816", "703", "706", "905", "909", "805", "807"])
        lb = rng.choice(["3", "70", "71", "76", "81"])
        shapes = [
            f"0251 27{d(1)} {d(4)}",  # Ulhasnagar
            f"022 2{d(3)} {d(4)}",  # Mumbai
            f"+91 9{d(4)} {d(5)}",  # Indian mobiles
            f"09{d(4)} {d(5)}",
            f"020 857{d(1)} {d(4)}",  # Hounslow
            f"07{d(3)} {d(6)}",  # UK mobiles
            f"+44 7{d(3)} {d(6)}",
            f"01 {rng.choice(['87', '89', '90', '49'])}{d(1)} {d(3)}",  # Beirut and the Matn
            f"0{lb} {d(3)} {d(3)}" if len(lb) == 1 else f"{lb} {d(3)} {d(3)}",  # Lebanese mobiles
            f"+961 {lb} {d(3)} {d(3)}",
            f"(02) 97{d(2)} {d(4)}",  # Fairfield
            f"04{d(2)} {d(3)} {d(3)}",  # Australian mobiles
            f"042 {d(3)} {d(3)}",  # Enugu
            f"0{ng} {d(3)} {d(4)}",  # Nigerian mobiles
            f"0{ng}{d(7)}",
            f"+234 {ng} {d(3)} {d(4)}",
            f"+676 2{d(4)}",  # Tonga, five digits
            f"+676 {rng.choice(['77', '78', '84', '87', '88'])}{d(1)} {d(4)}",  # Tongan mobiles
            f"(09) 27{rng.choice('56')} {d(4)}",  # Māngere and Ōtāhuhu
            f"02{rng.choice('127')} {d(3)} {d(4)}",  # NZ mobiles
            f"+64 2{rng.choice('127')} {d(3)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "6521", "6522",
                             "5061", "34", "37"])  # fmt: skip
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        if prefix == "5061":  # Verve, 19 digits
            num = _luhn_number(rng, prefix, 19)
            return f"{num[:4]} {num[4:8]} {num[8:12]} {num[12:16]} {num[16:]}" if rng.random() < 0.6 else num
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT98))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT98[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2401:4900:{h()}:{h()}::{h()}", f"2a00:23c8:{h()}:{h()}::{h()}",
                           f"2c0f:f5c0:{h()}:{h()}::{h()}", f"2407:7000:{h()}:{h()}::{h()}",
                           f"2001:8003:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the livestream encoder, the sound desk, the donation kiosk, the hall's
        CCTV, the smart lock, the projector and this set's pastes; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the livestream encoder in the gallery is on {}, it dropped again during the service", v4),
            ("the sound desk got {} from the router, the ipad app can't find it", v4),
            ("the donation kiosk by the door shows {} on its error screen", v4),
            ("the hall cctv recorder is at {}, the camera over the car park is offline", v4),
            ("the smart lock on the kitchen door talks to the hub on {}", rng.choice([v4, v6])),
            ("the projector in the hall has {}, the laptop won't cast to it", v4),
            ("the livestream server answers on {} but youtube says no signal", rng.choice([v4, v6])),
            ("agent dvr on {} keeps asking for the login", v4),
            ("the openlp remote is on {} port 4316, open it on your phone for the lyrics", v4),
            ("the wifi in the langar hall gave my phone {} but nothing loads", v4),
            ("the card reader for the harvest bazaar is on {}", v4),
            ("the misinale screen laptop has {}", rng.choice([v4, v6])),
            ("<Bind>\n  <Managers>\n    <API><Port>8081</Port></API>\n  </Managers>\n  <IP>{}</IP>", v4),
            ("server.host={}", v4),
            ("DB_HOST={}", v4),
            ("    proxy_pass http://{}:3333;", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-03-14 19:02:11 [OvenMediaEngine] RTMP publish from {} accepted (app/stream)", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("$ ping -c 3 {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Ulhasnagar', 'Chembur', 'Pimpri', 'Tikano', 'Tahiri'])}{rng.choice(['421003', '#0251', '!1949', '_411017'])}",
                f"{rng.choice(['SadBauchrieh', 'Jdeideh', 'Nineveh', 'KhabNisan', 'Fairfield'])}{rng.choice(['#01', '6776!', '_2165', '@961'])}",
                f"{rng.choice(['Nnewi', 'Onitsha', 'Enugu', 'Harvest', 'Otolo'])}{rng.choice(['@2024', '#042', '!234', '_CWO'])}",
                f"{rng.choice(['Mangere', 'Otahuhu', 'Kolomotua', 'Misinale', 'Faikava'])}{rng.choice(['2022!', '#676', '_1062', '@09'])}",
                rng.choice(["langar", "bazaar", "harvest", "misinale", "kitchen", "donation"]).translate(leet) + rng.choice(["", "!", "_98"]),
                f"Rota{rng.randint(1, 52)}-Wk{rng.randint(1, 4)}",
                f"{rng.choice(['hall', 'stream', 'kiosk', 'sewa'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        xml_safe = re.sub(r"[<>&'\"]", "", pw)
        alnum = string.ascii_letters + string.digits
        lower = string.ascii_lowercase + string.digits
        hexd = "0123456789abcdef"
        yt_key = "-".join(tok(4, lower) for _ in range(5))
        options = [
            # passwords handed over in ways no earlier set used
            ("the sound desk password is on a sticker taped under the desk, {}", pw),
            ("I wrote the stream password on the back of the rota, {}", pw),
            ("the key safe code is in the envelope in the office, {}", d(4)),
            ("the donation kiosk admin password is under the donation box lid, {}", pw),
            ("the wifi is on a card in the flower cupboard, {}", pw),
            ("the projector laptop password is on the back of the hymn sheet, {}", pw),
            ("the storeroom padlock code is inside the rice tin lid, {}", d(4)),
            ("the misinale laptop password is at the top of the list, {}", pw),
            ("the openlp remote password is {}, for the lyrics on the projector", pw),
            ("agent dvr password for the hall cameras is {}", pw),
            ("the trilium login for the rota notes is {}", pw),
            ("the youtube stream key is {}, paste it into obs", yt_key),
            ("smart lock code for the kitchen door is {}, change it after the festival", d(6)),
            # cues in the set's languages
            ("password hai {}, kisi ko mat dena", pw),
            ("password aahe {}, kahin khe na dijanh", pw),
            ("l password huwe {}, ma t3ti la 7ada", pw),
            ("password diyi ile {}, la yawit ta chu nasha", pw),
            ("the password na {}, no give anybody o", pw),
            ("password bụ {}, enyela onye ọ bụla", pw),
            ("ko e password ko {}, ʻoua naʻa ke ʻoange ki ha taha", pw),
            ("the password is {}, don't give it to anyone bro", pw),
            # commands
            ("$ curl -H 'Authorization: Basic {}' http://localhost:8081/v1/vhosts", tok(32, alnum)),
            ("$ ffmpeg -re -i service.mp4 -c copy -f flv rtmp://live.example.org/app/{}", tok(20, alnum)),
            ("$ mysql -u ninja -p{} ninja", colonless),
            # pastes
            ("<AccessToken>{}</AccessToken>", xml_safe),
            ("<SignedPolicy>\n  <PolicyQueryKeyName>policy</PolicyQueryKeyName>\n  <SecretKey>{}</SecretKey>", tok(24, alnum)),
            ("server.jwtServerSecretKey={}", tok(32, alnum)),
            ("DB_PASSWORD={}", colonless),
            ("APP_KEY=base64:{}=", tok(43, alnum)),
            ("IN_PASSWORD={}", colonless),
            ("PAYSTACK_SECRET_KEY=sk_live_{}", tok(40, hexd)),
            ("FLW_SECRET_KEY=FLWSECK-{}-X", tok(32, hexd)),
            ("stream_key: {}", yt_key),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.sewa', 'langar_x', 'x4tikano', 'x.cwo',
        'harvest.x', 'x_misinale', 'kava.x')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "sindhi": [f"{first}.sewa", f"langar_{last}", f"{first}4tikano"],
            "assyrian": [f"{first}.{rng.choice(['ashur', 'nineveh'])}", f"{last}_khabnisan"],
            "igbo": [f"{first}.cwo", f"harvest.{last}", f"{last}{rng.randint(70, 99)}_nnewi"],
            "tongan": [f"{first}_misinale", f"kava.{last}", f"{first}{last[:1]}676"],
        }[origin]
        return rng.choice([f"{first}.{last}.vol", f"rota_{first}{rng.randint(1, 99)}", *own, *own])

    def _birth(self, oldest: int = 1935, youngest: int = 2012) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1935, youngest: int = 2012) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "slash": f"{day:02d}/{m:02d}/{y}",  # India, the UK, Lebanon, Australia, New Zealand
            "dash": f"{day:02d}-{m:02d}-{y}",  # India, Nigeria
            "dot": f"{day:02d}.{m:02d}.{y}",
            "lb": f"{day}/{m}/{y}",  # a Lebanese hand
            "fr": f"{day} {FR_MONTHS_HELDOUT98[m - 1]} {y}",
            "lev": f"{day} {LEVANT_MONTHS_HELDOUT98[m - 1]} {y}",
            "syr": f"{day} b-{ASSYRIAN_MONTHS_HELDOUT98[m - 1]} {y}",
            "ng": f"{_ordinal(day)} {EN_MONTHS_HELDOUT98[m - 1]}, {y}",
            "us": f"{EN_MONTHS_HELDOUT98[m - 1]} {day}, {y}",
            "to": f"{day} {TONGAN_MONTHS_HELDOUT98[m - 1]} {y}",
            "en": f"{day} {EN_MONTHS_HELDOUT98[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of any of this set's places takes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["slash", "dash", "dot", "lb", "ng", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, old, kid = self._dob_shapes(), self._dob_shapes(1930, 1965), self._dob_shapes(2008, 2016)
        options = [
            ("the tikano membership form wants dada's date of birth, {}", old["slash"]),
            ("the bus list for haridwar needs everyone's DOB, mine is {}", s["dash"]),
            ("the youth trip consent form asks his date of birth, {}", kid["slash"]),
            ("teta mawalid {}, they asked at the hall for the funeral programme", old["lb"]),
            ("تيتا مواليد {}، طلبوها بالصالون لبرنامج الجنازة", old["lev"]),
            ("né le {}, c'est ce qui est écrit sur la fiche de la paroisse", s["fr"]),
            ("his date of birth is {}, the baptism register says so", s["syr"]),
            ("the CWO register wants her date of birth, {}", old["ng"]),
            ("for the august meeting levy they asked my DOB, {}", s["dash"]),
            ("ʻaho fāʻeleʻi ʻo nena ko e {}, it's on the funeral programme", old["to"]),
            ("the youth group form for the auckland trip needs her DOB, {}", kid["slash"]),
            ("the parking marshal vetting form wants your date of birth, {}", s["en"]),
            ("Date of birth: {}", s["slash"]),
            ("DOB: {}", s["dash"]),
            ("ڄمڻ جي تاريخ: {}", s["slash"]),
            ("تاريخ الولادة: {}", old["lev"]),
            ("Date de naissance : {}", s["lb"]),
            ("Ụbọchị ọmụmụ: {}", s["dash"]),
            ("ʻAho fāʻeleʻi: {}", s["to"]),
            ("Born: {}", s["us"]),
            ('    "dateOfBirth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT98_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on the kitchen rota this saturday, can someone swap with him",
        "can you ask {} if the community meal starts at 1 or at 2",
        "{} has the keys to the hall this week",
        "{} is doing the flowers for sunday, she needs the big vases",
        "{} printed the receipts for the donations, they're in the office",
        "{} counted the building fund box after the service",
        "{} is bringing the big pots for the festival food",
        "{} is taking the youth group on the trip, he needs the consent forms back by friday",
        "{} booked the bus for the pilgrimage, 52 seats",
        "{} is cooking for the funeral meal tomorrow, we need more rice",
        "{} knows how the sound system works, ask him before you touch the desk",
        "{} runs the livestream from the gallery",
        "{} is the key holder now, call him if the alarm goes",
        "{} and {} are parking marshals on sunday",
        "{} forgot to lock the kitchen door again",
        "{} said the cleaning rota changed, I'm on the 3rd week now",
        "{} paid for the flowers, she wants the money back from the fund",
        "{} is the treasurer of the building fund this year",
        "{} is collecting names for the bus, tell her if you're coming",
        "{} washed all the pots after the meal, give her a break next week",
        "the microphone died and {} fixed it in 5 minutes",
        "{} brought 20 kilos of onions for the festival, please thank him",
        "{} wants the volunteers in the hall at 7 sharp",
        "{} lost the receipt book, does anyone have the carbon copies",
        "{} is the secretary, send the minutes to her",
        "picking up {} from the station, she's coming to help with the cooking",
        "{} will open the hall for the youth group on friday",
        "{} is on leave so the rota has a gap on the 14th",
        "{} did the livestream alone last week because the others didn't come",
        "Dada {} sat by the door and counted everyone who came in for langar",
        "Sain {} gave 5000 for the tikano's new roof",
        "{} didi is making tahiri for Cheti Chand, she needs 10 kilos of rice",
        "{} masi does the langar on thursdays",
        "{} ji will lead the kirtan and then we serve",
        "{} from Ulhasnagar is bringing the sai bhaji for 200",
        "{} booked the bus to Haridwar from the darbar",
        "{} in Hounslow does the sewa at the darbar every sunday",
        "Shamasha {} will read, then we set the tables in the hall",
        "Rabi {} takes the kids to the Sunday school in the hall",
        "teta {} made the kubba for the funeral meal",
        "amo {} has the key of the Church of the East hall",
        "{} from Sad el Bauchrieh is bringing the chairs for Kha b-Nisan",
        "{} does the livestream of the Qurbana from Fairfield",
        "Ichie {} pledged a cow for the harvest bazaar",
        "Lolo {} will lead the CWO dance at the bazaar",
        "Ezinne {} is the CWO president, send the levy to her",
        "Nna {} is doing the auction at the harvest",
        "Nne {} cooked the rice for the funeral at Nnewi",
        "{} is in charge of the August meeting's food",
        "{} collected the mass cards in Onitsha",
        "{} from the parish in Enugu is the bus organizer",
        "Faifekau {} will announce the misinale on sunday",
        "Tangataʻeiki {} gave 2000 for the misinale",
        "Fineʻeiki {} and the women are doing the ʻumu",
        "Nena {} is teaching the girls the lakalaka",
        "{} is running the faikava after choir practice",
        "{} brought the lu pulu for the feast in Māngere",
        "{} counts the misinale money at the Wesleyan church in Ōtāhuhu",
        "{} rah tjib el akel la jenazet teta",
        "{} رح تجيب الأكل لجنازة تيتا",
        "{} عم يركّب الكراسي بالصالون",
        "{} कल लंगर में सेवा करेगा",
        "{} ga-esi nri maka bazaar",
        "ʻoku ʻia {} ʻa e kī ʻo e holo",
        "Volunteer: {}",
        "Key holder: {}",
        "Received with thanks from: {}",
        "Donor: {}",
        "Langar sewa: {}",
        "Parking marshal: {}",
        "Funeral of: {}",
        "Youth leader: {}",
        "Flowers this week: {}",
        "Sound desk: {}",
        "Parish register: {}",
        "Surname, names: {}",
        "नाम: {}",
        "सेवादार: {}",
        "الاسم: {}",
        "المتبرع: {}",
        "ܫܡܐ: {}",
        "ܫܡܐ ܕܐܒܐ: {}",
        "Aha: {}",
        "Hingoa: {}",
        "| Sat | {} | kitchen |",
        '"volunteer": "{}",',
        "- name: {}",
    ],
    "STREET_ADDRESS": [
        "the receipt for the donation went to {}, not to my flat",
        "drop the big pots at {} after the meal",
        "the bus picks everyone up at {} at 6",
        "the flowers are delivered to {}",
        "the youth group meets at {} this week",
        "send the building fund letter to {}",
        "the funeral meal is at the family house, {}",
        "Address: {}",
        "Adresse : {}",
        "العنوان: {}",
        "पता: {}",
        "Postal address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the receipt to {}",
        "the rota comes from {}",
        "the treasurer's email is {}",
        "the youth leader writes from {}",
        "mail the consent forms to {}",
        "Email: {}",
        "E-mail : {}",
        "IN_USER_EMAIL={}",
        "Donor email: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "the caterer's number is {}",
        "call the bus driver on {}",
        "the key holder's mobile is {}",
        "ring {} if the alarm goes off",
        "the youth leader is on {}",
        "Tel: {}",
        "Mob: {}",
        "Phone: {}",
        "Contact no.: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the hall booking with {}",
        "the bus deposit went on {}",
        "the flowers were charged to {}",
        "the caterer took {}",
        "put the youth trip on {}",
        "Card: {}",
        "Card no.: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send the building fund donation to {}",
        "my brother will pay his share from {}",
        "the refund for the bus goes to {}",
        "the misinale from the cousins comes from {}",
        "IBAN: {}",
        "IBAN No.: {}",
        "Account (IBAN): {}",
        "Bank: {}",
    ],
    "USERNAME": [
        "my signupgenius login is {}",
        "the rota on signupgenius is under {}",
        "the ketto fundraiser for the roof belongs to {}",
        "on milaap the campaign is by {}",
        "the givealittle page for the hall is under {}",
        "the trade me listing for the old chairs is by {}",
        "on nairaland he posts as {}",
        "the paystack account is {}",
        "the youtube channel for the livestream is {}",
        "the agent dvr user is {}",
        "my trilium username is {}",
        "DB_USERNAME={}",
        "<User>{}</User>",
        "Login: {}",
        "Username: {}",
    ],
}
HELDOUT98_MIXED = [
    ("Received with thanks from: {}, {}, date of birth {}", ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]),
    ("Volunteer: {}, DOB {}, tel. {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Donor: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Key holder: {}, {}", ["PERSON", "PHONE_NUMBER"]),
    ("{} paid the bus deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the caterer with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("DB_USERNAME={}\nDB_PASSWORD={}", ["USERNAME", "SECRET"]),
    ("DB_HOST={}\nDB_USERNAME={}\nDB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("the caterer is {}, {}, she wants the money to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send the building fund to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("IN_USER_EMAIL={}\nIN_PASSWORD={}", ["EMAIL_ADDRESS", "SECRET"]),
    ("Parking marshal: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Youth leader: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the hall kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is doing the kitchen rota", ["PERSON", "EMAIL_ADDRESS"]),
    ("Funeral of: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Parish register: {}\nDate of birth: {}\nAddress: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the stream server is {} and the key is {}", ["IP_ADDRESS", "SECRET"]),
    ("the receipts go to {} and the texts to {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} is bringing the pots to {}", ["PERSON", "STREET_ADDRESS"]),
    ("Donor: {}, card {}", ["PERSON", "CREDIT_CARD"]),
]  # fmt: skip
HELDOUT98_NEGATIVES = [
    "Ulhasnagar was built around old army barracks, so addresses there still have barrack numbers",
    "a tikano is a small Sindhi place of worship, often in a home or a building's ground floor",
    "Cheti Chand is the Sindhi new year, the procession goes past the market",
    "tahiri is sweet yellow rice, sai bhaji is spinach with dal",
    "Dada before a name is how Sindhis address an elder man with respect",
    "didi after a name means elder sister and masi is the mother's sister",
    "many Sindhi family names end in -ani, it means descended from",
    "Punjabi is also a Sindhi family name, not only the language",
    "Lalwani Caterers did the food for 400 people",
    "Thadani Sweets near the station makes the best sweets for the festival",
    "421003 is an Ulhasnagar PIN code",
    "Hounslow and Harrow are in west and north-west London",
    "TW3 is the Hounslow postcode area",
    "Sad el Bauchrieh and Jdeideh are in the Matn, north of Beirut",
    "Kha b-Nisan is the Assyrian new year on the first of April",
    "Shamasha means deacon and Rabi means teacher",
    "teta is grandmother in Lebanese Arabic and amo is uncle",
    "Assyrian family names are often a great-grandfather's given name",
    "Warda means a rose, it's also a family name",
    "the Khoshaba prize goes to the best student in the Sunday school",
    "Syriac is written from right to left",
    "the Assyrian calendar year is 6776 this spring",
    "Fairfield in Sydney has a big Assyrian community",
    "2165 is the Fairfield postcode",
    "the CWO is the Catholic Women Organisation of the parish",
    "the harvest bazaar is the parish's biggest fundraiser of the year",
    "the August meeting is when the women of the town come home to meet",
    "Ichie is a title for a titled elder and Lolo is his wife's title",
    "Ezinne means good mother, the CWO gives it to its elders",
    "Nna means father and Nne means mother in Igbo",
    "Eze means king in Igbo, it is also a family name",
    "the dots under ị, ọ and ụ mark Igbo's other vowels, and ṅ is a nasal",
    "Okafor Funeral Services did the canopies and the chairs",
    "Enugu, Onitsha and Nnewi are in the south-east",
    "P.M.B. stands for private mail bag",
    "the misinale is the Wesleyan church's yearly giving, each family's gift is read out",
    "a faikava is an evening of kava drinking and singing",
    "Faifekau means minister in Tongan",
    "Tangataʻeiki and Fineʻeiki are Mr and Mrs in church speech",
    "the ʻokina is the glottal stop in Tongan, often typed as an apostrophe",
    "a noble's title in Tonga goes with his estate",
    "Fifita Bus Services runs the bus to the church conference",
    "Nukuʻalofa is the capital of Tonga",
    "Māngere and Ōtāhuhu are in south Auckland",
    "ʻumu is the earth oven and lu pulu is taro leaves with corned beef",
    "kitchen rota week 3",
    "receipt no. 0458",
    "room 12 is the youth room",
    "pew 14 on the left",
    "bus seat 23 is free",
    "the hall is booked from 9 to 5",
    "the building fund is at 68 percent",
    "the bus leaves at 6:30 sharp",
    "the festival is on 30/03/2026",
    "the church's 50th anniversary is on 14 June 2026",
    "the funeral is on 2026-02-21 at 11:00",
    "the harvest bazaar is on the first sunday of november",
    "Kha b-Nisan falls on 1 April",
    "OvenMediaEngine 0.16 changed the Server.xml format",
    "Invoice Ninja 5 has a docker image",
    "OpenLP 3 has a web remote on port 4316",
    "Ant Media Server community edition is free",
    "fixed in commit 4be2c91, see the changelog",
    "DB_PASSWORD=changeme",
    "<AccessToken>your_token_here</AccessToken>",
    "PAYSTACK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxx",
    "key safe code: ****",
    "card 4111 1111 1111 1111 is the test card",
    "4242 4242 4242 4242 is the test card in the docs",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "write to volunteer@example.org for the rota",
    "192.0.2.98 is a documentation address",
    "198.51.100.98 is a documentation address",
    "2001:db8:98::1 is a documentation address",
    "in India the emergency number is 112",
    "in Lebanon the Red Cross is 140",
    "in Nigeria call 112",
    "in Tonga the ambulance is 933",
    "in New Zealand it's 111",
    "thanks everyone for the langar today",
    "the rice was perfect",
    "who has the spare key?",
    "see you at 7 in the hall",
    "malo ʻaupito!",
    "daalụ nụ!",
    "shukran kteer",
    "so tired after washing 300 plates",
]  # fmt: skip


def _typo98(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a theme word's well-known misspelling ('receipt'
    -> 'reciept', 'committee' -> 'commitee', 'pilgrimage' -> 'pilgramage', 'volunteer' -> 'volunteeer'), or
    the volunteers' shorthand creeping into chat ('volunteers' -> 'vols', 'microphone' -> 'mic', 'tomorrow'
    -> 'tmrw'). Only in sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT98.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT98[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT98.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT98[m.group(1)] + template[m.end() :]


def build_heldout98(seed: int = HELDOUT98_SEED) -> list[Example]:
    """Held-out set 98: `Gen98` values in `HELDOUT98_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen98(seed)
    return assemble_module_set(
        gen, HELDOUT98_TEMPLATES, HELDOUT98_MIXED, HELDOUT98_NEGATIVES, _typo98, person=gen.person_for
    )
