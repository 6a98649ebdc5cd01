"""Held-out PII set 121 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout121": written by a separate author who did not change recognizers, never ran the scrubber on it, never
saw Kaizen's misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT121 is
empty, as for the sets before it). The theme: private tutors, tutoring centres and exam coaching as pupils,
parents and tutors talk about them: the trial lesson and the weekly slot, the tutor's fee per hour and the
invoice, the coaching for the Russian state exams (ЕГЭ and ОГЭ), the Dutch final exams and the exam training
week, the Year 10 exam in Vanuatu, the online lessons (Zoom, Google Classroom, Telegram, WhatsApp), the
marketplaces a tutor is found on (Profi.ru, Superprof, StudyGo) and the school portals a parent logs
into (Magister, Somtoday), the centre's Wi-Fi and door code, the pupil's date of birth on the enrolment form,
a fee paid by card or to a relative's account abroad. Held-out 41 (learning and childhood) named tutoring
among a dozen things of school life; no set has taken tutoring and exam coaching as its whole theme. Lesson,
invoice, enrolment, exam candidate, room and order numbers, exam scores, grades and fees are no PII of TYPES:
they come only in negatives.

The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 120.py) and bench/pii.py:
the brief's suggestion had the Garifuna, a main people of held-out 105, so the Bashkirs take their place; none
of the four (Kumyks, Bashkirs, West Frisians, ni-Vanuatu) is a main people of a module set (held-out 63 had
North Frisians, 81 Saterland Frisians and 97 Volga Tatars, all other peoples). bench/pii.py holds short lists
for Kumyks, Frisians and Vanuatu among dozens of peoples, and other sets hold names these peoples carry too,
so this set leaves out every such name: Kumyk 'Arslanbek', 'Bammat', 'Irchi', 'Aybike', 'Sultanat', 'Tagir',
'Kapiev', 'Gadzhiev', 'Alibekov', 'Kaziev', 'Temirkhanov'; Bashkir 'Fanis', 'Ilshat', 'Ilnur', 'Rezeda',
'Azamat', 'Salavat', 'Gulnaz', 'Gulnur', 'Leysan', 'Yulaev', 'Yanbaev', 'Kuvatov', 'Karimov'; Frisian
'Sjoerd', 'Durk', 'Sjoukje', 'Baukje', 'Wytske', 'Antje', 'Trijntje', 'Gea', 'Hoekstra', 'Hiemstra',
'Wiersma', 'Postma', 'Terpstra', 'Sikkema'; ni-Vanuatu 'Kalo', 'Tanu', 'Serah', 'Jotham', 'Shadrack', 'Kahu',
'Tevi', 'Bani', 'Kalsakau', 'Regenvanu', 'Natapei', 'Napuat', 'Tabimasmas'. The places were grepped the same
way: Makhachkala and Leeuwarden come up in bench/pii.py, Leeuwarden's Nieuwestad and Luganville's Chapuis in
earlier sets, so they are left out; none of the streets taken here is in an earlier set.

Hand-written lists of four peoples: the Kumyks of Makhachkala, Buynaksk and Karabudakhkent (Kumyk given names
and Russian-style family names, in Cyrillic and in Latin letters: 'Бийболат Аджиев', 'Biybolat Adzhiev', the
Russian form's family name, given name and patronymic ('Аджиев Бийболат Алимпашаевич'), the given name and
patronymic a pupil calls a tutor by ('Бурлият Солтанмуратовна'), a woman's family name in '-a' ('Burliyat
Adzhieva'), initials after the family name ('Аджиев Б. А.'), and 'тётя' and 'дядя' before a given name,
outside the span); the Bashkirs of Ufa and Sibay (Bashkir given names and family names in Russian Cyrillic and
Latin letters, the same Russian forms as the Kumyks', the Bashkir spelling with its own letters ('Гөлшат
Хәбибуллина', 'Әлфиә'), the Bashkir way of naming by the father with 'улы' (son) or 'ҡыҙы' (daughter) ('Илгиз
Ирек улы'), and the Bashkir 'апай' (elder sister, aunt, a woman teacher) and 'ағай' (elder brother, a man
teacher) after a given name, outside the span); the West Frisians of Leeuwarden (Ljouwert), Sneek (Snits) and
Grou (Frisian given names and family names in '-sma', '-stra', '-ema', '-inga': 'Tsjerk Bergsma', the Dutch
spelling of a Frisian given name on papers ('Tjerk Bergsma', 'Geertje Hettema'), a register's 'Bergsma,
Tsjerk', initials as Dutch papers write them ('T.J. Bergsma'), 'juf' and 'meester' (teacher), 'omke' and
'muoike' (uncle, aunt) before a given name, 'mevrouw' and 'meneer' before a family name, outside the span);
and the ni-Vanuatu of Port Vila and Luganville (given names as the islands give them and island family names:
'Kalkot Tari', a French-stream school's 'TARI Kalkot' with the family name in capitals first, initials ('K.
Tari'), and the Bislama 'tija' (teacher), 'Papa', 'Mama', 'Anti' and 'Angkel' before a given name, outside the
span). No public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT121, checked without marks and case).
Every one of those name forms, and names with a typo ('Shikhsaidv', 'Ishmukametov', 'Tjeerdma', 'Nipikimanu'),
is forced into the build at least once whatever the seed (a form the draws have not reached comes in a
sentence of its own), and each people also gets a titled name, a name in capitals on a form and one in lower
case in chat; the address, the phone, the e-mail, the IBAN or the date of birth after a name mostly comes from
that name's region.

Names on papers in Russian ('ФИО:', 'Ученик:', 'Репетитор:'), Dutch ('Naam leerling:', 'Achternaam,
voornaam:', 'Bijlesdocent:'), English ('Student:', 'Tutor:') and French ('Nom Prénom :'), a tutor's ledger '|
... |' row, JSON and YAML; those regions' addresses ('г. Махачкала, ул. Ярагского, д. 12, кв. 45, 367000', 'г.
Уфа, ул. Мустая Карима, д. 12, 450077', 'Voorstreek 12, 8911 JN Leeuwarden', 'Grootzand 12, 8601 HL Sneek',
'Freswota 4, Port Vila, Efate', 'Main Street, Luganville, Espiritu Santo'); phones (Russian mobiles '+7 9..'
and '8 9..', Makhachkala's '(8722)', Buynaksk's '(87237)', Ufa's '(347)', Sibay's '(34775)'; Dutch mobiles
'06-' and '+31 6', Leeuwarden's '058' and Sneek's '0515'; Vanuatu's '+678' with the Digicel '7' and Vodafone
'5' mobiles and Port Vila's '22' and Luganville's '36' lines); Visa, Mastercard, Mir ('2200'-'2204') and Amex
cards; IBANs: the Netherlands for the Frisians, France for a ni-Vanuatu's relative in Nouméa or France,
Turkey, Azerbaijan and Kazakhstan for a Kumyk's relative, Kazakhstan, Germany and Turkey for a Bashkir's
(Russia and Vanuatu have none); IPs of the centre's router, the online lesson's admin alerts, the school
portal's logins, sshd and nginx lines, v4 and v6; logins and secrets as tutors and parents hand them over (the
centre's Wi-Fi, the door code, the Zoom passcode, the portal password, a bank's one-time code, a Mir PIN),
with cues in Russian ('никому не говори'), Kumyk ('кимге де айтма'), Bashkir ('бер кемгә лә әйтмә'), Frisian
('fertel it oan net ien') and Bislama ('yu no talem long eni man'), a Wi-Fi QR string and .env lines (a Zoom
secret, a Stripe key, a Telegram bot token, a SendGrid key, a GitHub token); dates of birth in each people's
shapes (Russian '14.03.2009' and '14 марта 2009 г.', Dutch '14-03-2009' and '14 maart 2009', Frisian '14 maaie
2009', Vanuatu's '14/03/2009', '14 March 2009' and the French '14 mars 2009'), drawn between fixed years from
the set's own rng so the set builds the same on any day; typos as chat types them (a school word's
misspelling: 'grammar' -> 'grammer', 'chemistry' -> 'chemestry', 'schedule' -> 'schedual'; chat shorthand:
Russian 'пожалуйста' -> 'пж', 'репетитор' -> 'репет', Dutch 'alsjeblieft' -> 'ajb', 'misschien' -> 'mss',
English 'please' -> 'pls'); negatives with the same places, the titles and kin words explained, the naming
customs, fees in roubles, euros and vatu, exam names and scores, brands and online schools (Skysmart,
Фоксфорд, Lyceo, StudyGo), lesson, invoice, room and candidate numbers, placeholder secrets, a test card, the
example IBAN, a placeholder e-mail, documentation IPs, dates that are no one's birthday and short everyday
chat in the four peoples' languages.

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
    _chat_like,
    _iban_from_bban,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)

HELDOUT121_SEED = 1214863
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT121: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT121 = ["kumyk", "bashkir", "frisian", "vanuatu"]
# the two peoples whose names are written in Cyrillic as well as in Latin letters
CYRILLIC_ORIGINS_HELDOUT121 = ("kumyk", "bashkir")

# the Kumyks: given names (Latin: Cyrillic) and Russian-style family names (a woman's takes '-a')
KUMYK_MEN_HELDOUT121 = {
    "Biybolat": "Бийболат",
    "Soltanmurat": "Солтанмурат",
    "Alimpasha": "Алимпаша",
    "Aygazi": "Айгази",
    "Dzhanbulat": "Джанбулат",
    "Zaynalbek": "Зайналбек",
}
KUMYK_WOMEN_HELDOUT121 = {
    "Burliyat": "Бурлият",
    "Sapiyat": "Сапият",
    "Totush": "Тотуш",
    "Zumrut": "Зумрут",
}
KUMYK_FAMILY_HELDOUT121 = {
    "Adzhiev": "Аджиев",
    "Biybulatov": "Бийбулатов",
    "Khanmurzaev": "Ханмурзаев",
    "Shikhsaidov": "Шихсаидов",
    "Askerkhanov": "Аскерханов",
    "Salavatov": "Салаватов",
    "Utsmiev": "Уцмиев",
    "Dzhanmirzaev": "Джанмирзаев",
    "Eldarov": "Эльдаров",
}
# the Bashkirs: given names and family names (Latin: Russian Cyrillic)
BASHKIR_MEN_HELDOUT121 = {
    "Ilgiz": "Ильгиз",
    "Irek": "Ирек",
    "Aygiz": "Айгиз",
    "Dinislam": "Динислам",
}
BASHKIR_WOMEN_HELDOUT121 = {
    "Gulshat": "Гульшат",
    "Alfiya": "Альфия",
    "Ziliya": "Зилия",
}
BASHKIR_FAMILY_HELDOUT121 = {
    "Khabibullin": "Хабибуллин",
    "Ishmukhametov": "Ишмухаметов",
    "Kutlugildin": "Кутлугильдин",
    "Kulsharipov": "Кульшарипов",
    "Akhmerov": "Ахмеров",
    "Yamaletdinov": "Ямалетдинов",
    "Murzabaev": "Мурзабаев",
    "Aminev": "Аминев",
    "Gaskarov": "Гаскаров",
    "Kildibaev": "Кильдибаев",
}
# the Bashkir spelling with the language's own letters (Russian Cyrillic: Bashkir Cyrillic)
BASHKIR_SCRIPT_HELDOUT121 = {
    "Ильгиз": "Илгиз",
    "Ирек": "Ирек",
    "Айгиз": "Айгиз",
    "Динислам": "Динислам",
    "Гульшат": "Гөлшат",
    "Альфия": "Әлфиә",
    "Зилия": "Зилиә",
    "Хабибуллин": "Хәбибуллин",
    "Ишмухаметов": "Ишмөхәмәтов",
    "Кутлугильдин": "Ҡотлогилдин",
    "Кульшарипов": "Ҡолшәрипов",
    "Ахмеров": "Әхмәров",
    "Ямалетдинов": "Ямалетдинов",
    "Мурзабаев": "Мырҙабаев",
    "Аминев": "Әминев",
    "Гаскаров": "Ғәскәров",
    "Кильдибаев": "Килдебаев",
}
# the West Frisians: Frisian given names and family names; the Dutch spelling papers write for some
FRISIAN_MEN_HELDOUT121 = ["Tsjerk", "Hessel", "Sytse", "Jelle", "Watse", "Auke", "Bauke", "Jorrit", "Wytze"]
FRISIAN_WOMEN_HELDOUT121 = ["Geartsje", "Tryntsje", "Antsje", "Hiske", "Fokje", "Jitske", "Ymkje", "Sytske"]
FRISIAN_FAMILY_HELDOUT121 = (
    "Bergsma Zijlstra Wijbenga Tjeerdsma Hettema Rypma Nauta Hylkema Feenstra Jellema".split()
)
DUTCH_SPELLING_HELDOUT121 = {"Tsjerk": "Tjerk", "Geartsje": "Geertje", "Wytze": "Wietse"}
# the ni-Vanuatu: given names as the islands give them and island family names
VANUATU_MEN_HELDOUT121 = ["Kalkot", "Obed", "Esrom", "Nako", "Iau", "Yopat"]
VANUATU_WOMEN_HELDOUT121 = ["Leias", "Roselyn", "Merolyn", "Lisepa", "Niere", "Anolyn"]
VANUATU_FAMILY_HELDOUT121 = (
    "Kalpokas Kaltongga Iauko Molisa Nipikinamu Boedoro Bule Tari Moli Tamata Natuman Kalmet Naupa "
    "Taleo".split()
)
# each origin: (men's given names, women's given names, family names), in Latin letters
NAMES_HELDOUT121: dict[str, tuple[list[str], list[str], list[str]]] = {
    "kumyk": (list(KUMYK_MEN_HELDOUT121), list(KUMYK_WOMEN_HELDOUT121), list(KUMYK_FAMILY_HELDOUT121)),
    "bashkir": (
        list(BASHKIR_MEN_HELDOUT121),
        list(BASHKIR_WOMEN_HELDOUT121),
        list(BASHKIR_FAMILY_HELDOUT121),
    ),
    "frisian": (FRISIAN_MEN_HELDOUT121, FRISIAN_WOMEN_HELDOUT121, FRISIAN_FAMILY_HELDOUT121),
    "vanuatu": (VANUATU_MEN_HELDOUT121, VANUATU_WOMEN_HELDOUT121, VANUATU_FAMILY_HELDOUT121),
}
CYRILLIC_HELDOUT121 = {
    **KUMYK_MEN_HELDOUT121,
    **KUMYK_WOMEN_HELDOUT121,
    **KUMYK_FAMILY_HELDOUT121,
    **BASHKIR_MEN_HELDOUT121,
    **BASHKIR_WOMEN_HELDOUT121,
    **BASHKIR_FAMILY_HELDOUT121,
}
# full names a draw must never give (checked without marks and case); the lists cannot make them, the guard
# keeps it so should a list grow: a Kumyk writer, the Bashkir national hero, a Bashkir poet, Frisian writers,
# ni-Vanuatu prime ministers and a poet
PUBLIC_FIGURES_HELDOUT121 = {
    "Effendi Kapiev",
    "Salavat Yulaev",
    "Mustai Karim",
    "Gysbert Japicx",
    "Tsjêbbe Hettinga",
    "Donald Kalpokas",
    "Joe Natuman",
    "Grace Mera Molisa",
    "Harry Iauko",
}
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT121 = {
    "kumyk": {"Shikhsaidov": "Shikhsaidv", "Askerkhanov": "Askerhanov", "Khanmurzaev": "Khanmurzeav"},
    "bashkir": {"Ishmukhametov": "Ishmukametov", "Kutlugildin": "Kutlugilden", "Yamaletdinov": "Yamaletdino"},
    "frisian": {"Tjeerdsma": "Tjeerdma", "Wijbenga": "Wijbinga", "Hylkema": "Hilkema"},
    "vanuatu": {"Nipikinamu": "Nipikimanu", "Kaltongga": "Kaltonga", "Boedoro": "Bodoro"},
}
# a title or a kin word before the name (outside the span): the origins, whether a woman (None: either) and
# the part of the name it goes with
TITLED_HELDOUT121: dict[str, tuple[tuple[str, ...], bool | None, str]] = {
    "тётя": (("kumyk", "bashkir"), True, "given"),  # aunt, said to an older woman
    "дядя": (("kumyk", "bashkir"), False, "given"),  # uncle, said to an older man
    "juf": (("frisian",), True, "given"),  # a woman teacher, by her given name
    "meester": (("frisian",), False, "given"),  # a man teacher
    "muoike": (("frisian",), True, "given"),  # aunt in Frisian
    "omke": (("frisian",), False, "given"),  # uncle in Frisian
    "mevrouw": (("frisian",), True, "family"),
    "meneer": (("frisian",), False, "family"),
    "tija": (("vanuatu",), None, "given"),  # teacher in Bislama
    "mama": (("vanuatu",), True, "given"),  # an older woman in Bislama
    "papa": (("vanuatu",), False, "given"),
    "anti": (("vanuatu",), True, "given"),
    "angkel": (("vanuatu",), False, "given"),
}
TITLE_SLOT_HELDOUT121 = re.compile(
    r"(?<![\w'’])(тётя|дядя|juf|meester|muoike|omke|mevrouw|meneer|tija|mama|papa|anti|angkel) \{\}",
    re.IGNORECASE,
)
# the Bashkir kin words after a given name (outside the span): whether a woman
SUFFIXES_HELDOUT121 = {"апай": True, "apay": True, "ағай": False, "agay": False}
SUFFIX_SLOT_HELDOUT121 = re.compile(r"\{\} (апай|apay|ағай|agay)(?![\w])")
# the name forms the build holds at least once each, whatever the seed
FORCED_FORMS_HELDOUT121 = [
    ("kumyk", "latin"),
    ("bashkir", "latin"),
    ("frisian", "full"),
    ("vanuatu", "full"),
    ("kumyk", "cyrillic"),
    ("bashkir", "cyrillic"),
    ("frisian", "dutch_given"),
    ("vanuatu", "surname_caps"),
    ("kumyk", "russian_form"),
    ("bashkir", "russian_form"),
    ("frisian", "surname_first"),
    ("vanuatu", "initials"),
    ("kumyk", "name_patronymic"),
    ("bashkir", "bashkir_script"),
    ("frisian", "initials"),
    ("kumyk", "female_latin"),
    ("bashkir", "uly_kyzy"),
    ("kumyk", "initials_cyr"),
    ("bashkir", "female_cyrillic"),
    ("kumyk", "typo"),
    ("bashkir", "typo"),
    ("frisian", "typo"),
    ("vanuatu", "typo"),
]
# forms written in Cyrillic (they want a Cyrillic template; every other form wants a Latin one)
CYRILLIC_FORMS_HELDOUT121 = {
    "cyrillic",
    "russian_form",
    "name_patronymic",
    "female_cyrillic",
    "initials_cyr",
    "bashkir_script",
    "uly_kyzy",
}
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT121 = {"typo"}
FORM_ONLY_FORMS_HELDOUT121 = {"russian_form", "surname_first", "initials", "initials_cyr", "surname_caps"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT121 = {"female_latin", "female_cyrillic"}
# the leads of forms that write the family name first: the origins and the form
SURNAME_FIRST_LEADS_HELDOUT121: dict[str, tuple[tuple[str, ...], str]] = {
    "ФИО": (("kumyk", "bashkir"), "russian_form"),
    "Фамилия Имя Отчество": (("kumyk", "bashkir"), "russian_form"),
    "Achternaam, voornaam": (("frisian",), "surname_first"),
    "Nom Prénom": (("vanuatu",), "surname_caps"),
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT121: dict[str, list[str]] = {
    "kumyk": [
        "тётя {} из Буйнакска ищет репетитора по химии для внучки",
        "дядя {} в Махачкале готовит ребят к ЕГЭ по математике",
    ],
    "bashkir": [
        "{} апай ведёт у нас башкирский по субботам",
        "{} ағай из Сибая готовит к олимпиаде по физике",
        "тётя {} из Уфы спрашивает, есть ли места в группе",
    ],
    "frisian": [
        "juf {} from Sneek does the maths tutoring on Wednesdays",
        "meester {} gives bijles in Leeuwarden after school",
        "omke {} drives the kids to the exam training in Ljouwert",
        "mevrouw {} wants the invoice for the exam training",
    ],
    "vanuatu": [
        "tija {} i givim extra klas long Year 10 maths",
        "Mama {} pays for the English tutoring in Port Vila",
        "Angkel {} in Luganville takes the boys to the Saturday class",
    ],
    "upper_kumyk": ["ФИО: {}", "Ученик: {}"],
    "upper_bashkir": ["ФИО: {}", "Репетитор: {}"],
    "upper_frisian": ["Achternaam, voornaam: {}", "NAAM LEERLING: {}"],
    "upper_vanuatu": ["Nom Prénom : {}", "STUDENT NAME: {}"],
    "lower_cyrillic": ["кстати {} уже оплатил(а) занятия, спс", "записала на четверг: {}, пробный урок"],
    "lower_latin": ["fyi {} paid for the trial lesson", "the exam practice for {} is moved to friday pls"],
    "form_cyrillic": ["Ученик: {}", "Репетитор: {}", "Договор на обучение, заказчик: {}"],
    "chat_cyrillic": ["кстати, {} звонил(а) насчёт занятий", "{} записал(а) сына на подготовку к ОГЭ"],
    "form_latin": ["Student: {}", "Tutor: {}", "Naam leerling: {}"],
    "chat_latin": ["{} says the lesson is moved to Thursday", "did {} send the homework yet?"],
}

# IBAN countries: (real bank codes, the rest of the BBAN: count and kind)
IBAN_BANKS_HELDOUT121: dict[str, tuple[list[str], str]] = {
    "NL": (["INGB", "RABO", "ABNA", "SNSB", "TRIO", "BUNQ"], "10n"),
    "FR": (["30004", "30003", "10278", "14505"], "18n"),  # BNP Paribas, Société Générale, Crédit Mutuel, CE
    "TR": (["000100", "000620", "000640"], "16n"),  # Ziraat, Garanti, İş Bankası (with the reserve digit)
    "AZ": (["IBAZ", "PAHA", "AIIB"], "20n"),  # International Bank of Azerbaijan, PASHA Bank, Kapital Bank
    "KZ": (["601", "722", "856"], "13n"),  # Halyk, Kaspi, Bank CenterCredit
    "DE": (["10010010", "50010517", "70150000"], "10n"),
}
IBAN_BY_ORIGIN_HELDOUT121 = {
    "kumyk": ["TR", "AZ", "KZ"],
    "bashkir": ["KZ", "DE", "TR"],
    "frisian": ["NL"],
    "vanuatu": ["FR"],
}
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT121 = {
    "kumyk": ["mkala", "tarki", "buynaksk", "kumyk", "kaspiy"],
    "bashkir": ["ufa", "sibay", "bashkort", "agidel", "ural"],
    "frisian": ["ljouwert", "snits", "fryslan", "grou", "skutsje"],
    "vanuatu": ["vila", "santo", "efate", "tanna", "vanua"],
}
EMAIL_DOMAINS_HELDOUT121 = {
    "kumyk": ["mail.ru", "yandex.ru", "bk.ru"],
    "bashkir": ["mail.ru", "yandex.ru", "rambler.ru"],
    "frisian": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "planet.nl"],
    "vanuatu": ["vanuatu.com.vu", "yahoo.com", "outlook.com"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT121: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"(?i)махачкал|makhachkala|буйнакск|buynaksk|карабудахкент|kumyk|кумык|дагестан|dagestan"),
        "kumyk",
    ),
    (
        re.compile(r"(?i)уф[аыею]\b|\bufa\b|сиба[йея]|sibay|bashkir|башкир|апай|ағай|\bapay\b|\bagay\b"),
        "bashkir",
    ),
    (
        re.compile(
            r"(?i)leeuwarden|ljouwert|sneek|snits|\bgrou\b|frisian|fryslân|friesland|bijles|\bjuf\b|meester|"
            r"omke|muoike|mevrouw|meneer|leerling|magister|somtoday|huiswerk|examentraining|\bde\b|\bhet\b|"
            r"\been\b|\bvan\b|voornaam"
        ),
        "frisian",
    ),
    (
        re.compile(
            r"(?i)port vila|luganville|santo|efate|tanna|vanuatu|bislama|\btija\b|\bmama\b|\bpapa\b|\banti\b|"
            r"angkel|\bblong\b|\blong\b|\bi givim\b|year 10|year 8|prénom|malapoa"
        ),
        "vanuatu",
    ),
]
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT121: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"(?i)\bshe\b|\bher\b|herself|тётя|апай|\bapay\b|\bjuf\b|muoike|mevrouw|\bmama\b|\banti\b|"
            r"\bzij\b|\bhaar\b|учительница|репетиторша|оплатила|записала|сказала|\bона\b|\bеё\b"
        ),
        True,
    ),
    (
        re.compile(
            r"(?i)\bhe\b|\bhis\b|\bhim\b|himself|дядя|ағай|\bagay\b|meester|\bomke\b|meneer|\bpapa\b|"
            r"angkel|\bhij\b|\bzijn\b|(?:оплатил|записал|сказал|звонил|перенёс|заболел)\b(?!\()|"
            r"\bон\b|\bего\b"
        ),
        False,
    ),
]
# a school word and its well-known misspelling
MISSPELT_HELDOUT121 = {
    "grammar": "grammer",
    "chemistry": "chemestry",
    "schedule": "schedual",
    "tomorrow": "tommorow",
    "definitely": "definately",
    "separate": "seperate",
    "lesson": "lessen",
    "receipt": "reciept",
    "physics": "phisics",
    "tutoring": "tutering",
    "homework": "homwork",
}
MISSPELT_WORD_HELDOUT121 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT121, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: Russian, Dutch, English
SHORTHAND_HELDOUT121 = {
    "пожалуйста": "пж",
    "спасибо": "спс",
    "сейчас": "щас",
    "репетитор": "репет",
    "alsjeblieft": "ajb",
    "misschien": "mss",
    "please": "pls",
    "thanks": "thx",
    "tomorrow": "tmrw",
}
SHORTHAND_WORD_HELDOUT121 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT121, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT121 = (
    "January February March April May June July August September October November December".split()
)
RUSSIAN_MONTHS_HELDOUT121 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
DUTCH_MONTHS_HELDOUT121 = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)
FRISIAN_MONTHS_HELDOUT121 = (
    "jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber".split()
)
FRENCH_MONTHS_HELDOUT121 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def _fold(text: str) -> str:
    """A Latin-letter name without its marks ('Fryslân' -> 'Fryslan'); Cyrillic stays."""
    out = []
    for c in text:
        if c.isascii() or not ("\u00c0" <= c <= "\u024f"):
            out.append(c)
            continue
        out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
    return "".join(out)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, marks and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT121)


def _cyr(name: str) -> str:
    """The Russian Cyrillic of a Kumyk or Bashkir given or family name ('Adzhiev' -> 'Аджиев')."""
    return CYRILLIC_HELDOUT121[name]


def _feminine(family: str) -> str:
    """A Russian-style family name as a woman carries it ('Adzhiev' -> 'Adzhieva', 'Аджиев' -> 'Аджиева')."""
    return family + ("а" if re.search(r"[а-яёҡғҙҫһәөүң]$", family) else "a")


def _patronymic(father: str, woman: bool, cyrillic: bool) -> str:
    """A Russian-style patronymic from a father's given name ('Biybolat' -> 'Biybolatovich'; 'Алимпаша' ->
    'Алимпашаевна'; 'Айгази' -> 'Айгазиевич')."""
    base = _cyr(father) if cyrillic else father
    soft = base[-1] in "иаiа"
    if cyrillic:
        return base + (("евна" if woman else "евич") if soft else ("овна" if woman else "ович"))
    return base + (("evna" if woman else "evich") if soft else ("ovna" if woman else "ovich"))


class Gen121(Gen3):
    """Generators for held-out set 121: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT121)  # the forms not given yet
        self._last_origin: str | None = None  # the origin of the name given last, for the values after it
        self._reads_left = 0

    def _set_origin(self, origin: str) -> None:
        self._last_origin, self._reads_left = origin, 2  # a sentence holds at most two values after a name

    def _origin_after_name(self) -> str | None:
        """The origin of the name just given (most of the time), so that the address, the phone, the e-mail,
        the IBAN or the date of birth after it belongs to the same place; None to draw from any."""
        origin = self._last_origin
        self._reads_left -= 1
        if self._reads_left <= 0:
            self._last_origin = None
        return origin if origin and self.rng.random() < 0.8 else None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) in Latin letters."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT121)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT121[origin]
        for _ in range(50):
            first, last = rng.choice(women if woman else men), rng.choice(lasts)
            if not _reads_public(f"{first} {last}"):
                break
        return origin, first, last, woman

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT121's)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT121:
            woman = True
        if form == "typo":
            typos = NAME_TYPOS_HELDOUT121[origin]
            _, first, _, woman = self._origin_name(origin, woman)
            last = typos[rng.choice(sorted(typos))]
            if origin in CYRILLIC_ORIGINS_HELDOUT121 and woman:
                last = _feminine(last)
            return f"{first} {last}"
        _, first, last, woman = self._origin_name(origin, woman)
        father = rng.choice([g for g in NAMES_HELDOUT121[origin][0] if g != first])
        if origin in CYRILLIC_ORIGINS_HELDOUT121:
            fam_lat = _feminine(last) if woman else last
            fam_cyr = _feminine(_cyr(last)) if woman else _cyr(last)
            if form in ("latin", "female_latin"):
                return f"{first} {fam_lat}"
            if form in ("cyrillic", "female_cyrillic"):
                return f"{_cyr(first)} {fam_cyr}"
            if form == "russian_form":
                return f"{fam_cyr} {_cyr(first)} {_patronymic(father, woman, True)}"
            if form == "name_patronymic":
                return f"{_cyr(first)} {_patronymic(father, woman, True)}"
            if form == "initials_cyr":
                return f"{fam_cyr} {_cyr(first)[0]}. {_cyr(father)[0]}."
            if form == "bashkir_script":  # 'Гөлшат Хәбибуллина', 'Илгиз Ҡотлогилдин'
                own = [
                    f for f in NAMES_HELDOUT121["bashkir"][2] if BASHKIR_SCRIPT_HELDOUT121[_cyr(f)] != _cyr(f)
                ]
                last = last if last in own else rng.choice(own)  # a family name the Bashkir letters change
                fam = BASHKIR_SCRIPT_HELDOUT121[_cyr(last)]
                return f"{BASHKIR_SCRIPT_HELDOUT121[_cyr(first)]} {_feminine(fam) if woman else fam}"
            if form == "uly_kyzy":  # 'Илгиз Ирек улы', 'Әлфиә Динислам ҡыҙы'
                given = BASHKIR_SCRIPT_HELDOUT121[_cyr(first)]
                return f"{given} {BASHKIR_SCRIPT_HELDOUT121[_cyr(father)]} {'ҡыҙы' if woman else 'улы'}"
            raise KeyError(form)
        if origin == "frisian":
            if form == "full":
                return f"{first} {last}"
            if form == "dutch_given":  # 'Tjerk Bergsma', 'Geertje Hettema'
                pool = [g for g in DUTCH_SPELLING_HELDOUT121 if (g in FRISIAN_WOMEN_HELDOUT121) == woman]
                return f"{DUTCH_SPELLING_HELDOUT121[rng.choice(pool)]} {last}"
            if form == "surname_first":
                return f"{last}, {first}"
            if form == "initials":  # 'T.J. Bergsma', 'H. Nauta'
                second = rng.choice(NAMES_HELDOUT121[origin][1 if woman else 0])
                return f"{first[0]}.{second[0]}. {last}" if rng.random() < 0.6 else f"{first[0]}. {last}"
            raise KeyError(form)
        if form == "full":
            return f"{first} {last}"
        if form == "surname_caps":  # a French-stream school's 'TARI Kalkot'
            return f"{last.upper()} {first}"
        if form == "initials":
            return f"{first[0]}. {last}"
        raise KeyError(form)

    def _owed_for(self, origins: tuple[str, ...] | None, cyrillic: bool, chat: bool, lead_form: str | None):
        """The first owed (origin, form) a template can take: its origin, its script, chat or form."""
        for origin, form in self.owed:
            if origins and origin not in origins:
                continue
            if lead_form and form != lead_form:
                continue
            if not lead_form and form in ("surname_first", "surname_caps", "russian_form"):
                continue
            if (form in CYRILLIC_FORMS_HELDOUT121) != cyrillic:
                continue
            if chat and form in FORM_ONLY_FORMS_HELDOUT121 or not chat and form in CHAT_ONLY_FORMS_HELDOUT121:
                continue
            return origin, form
        return None

    def _plain_person(self, origin: str, woman: bool | None, cyrillic: bool) -> str:
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if origin in CYRILLIC_ORIGINS_HELDOUT121:
            if cyrillic:
                fam = _feminine(_cyr(last)) if woman else _cyr(last)
                if r < 0.55:
                    return f"{_cyr(first)} {fam}"
                if r < 0.75:
                    return _cyr(first)
                father = rng.choice([g for g in NAMES_HELDOUT121[origin][0] if g != first])
                return f"{_cyr(first)} {_patronymic(father, woman, True)}"
            fam = _feminine(last) if woman else last
            return f"{first} {fam}" if r < 0.7 else first if r < 0.9 else fam
        return f"{first} {last}" if r < 0.7 else first if r < 0.9 else last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a Bashkir
        kin word after it, one of the origin whose places, papers or speech the template names, in its
        script."""
        rng = self.rng
        cyrillic = bool(re.search(r"[\u0400-\u04ff]", template))
        m = TITLE_SLOT_HELDOUT121.search(template)
        if m:
            origins, woman, part = TITLED_HELDOUT121[m.group(1).lower()]
            origin = rng.choice(origins)
            if len(origins) > 1:
                origin = next((o for cue, o in ORIGIN_CUES_HELDOUT121 if cue.search(template)), origin)
            self._set_origin(origin)
            _, first, last, _ = self._origin_name(origin, woman)
            if part == "family":
                return last
            if origin in CYRILLIC_ORIGINS_HELDOUT121 and cyrillic:
                return _cyr(first)
            return first
        s = SUFFIX_SLOT_HELDOUT121.search(template)
        if s:
            self._set_origin("bashkir")
            _, first, _, _ = self._origin_name("bashkir", SUFFIXES_HELDOUT121[s.group(1)])
            if not cyrillic:
                return first
            return BASHKIR_SCRIPT_HELDOUT121[_cyr(first)] if rng.random() < 0.4 else _cyr(first)
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT121 if cue.search(template)), None)
        lead = next((k for k in SURNAME_FIRST_LEADS_HELDOUT121 if template.startswith(k)), None)
        origins: tuple[str, ...] | None = None
        lead_form = None
        if lead:
            origins, lead_form = SURNAME_FIRST_LEADS_HELDOUT121[lead]
        cued = next((o for cue, o in ORIGIN_CUES_HELDOUT121 if cue.search(template)), None)
        if cyrillic:
            origins = (cued,) if cued in CYRILLIC_ORIGINS_HELDOUT121 else CYRILLIC_ORIGINS_HELDOUT121
        elif cued and not lead:
            origins = (cued,)
        owed = self._owed_for(origins, cyrillic, chat, lead_form)
        if owed and not (woman is False and owed[1] in WOMEN_FORMS_HELDOUT121):
            self.owed.remove(owed)
            self._set_origin(owed[0])
            return self._form(owed[0], owed[1], woman)
        origin = rng.choice(origins) if origins else rng.choice(ORIGINS_HELDOUT121)
        self._set_origin(origin)
        if lead_form:
            return self._form(origin, lead_form, woman)
        name = self._plain_person(origin, woman, cyrillic)
        if chat and rng.random() < 0.05:
            return name.lower()
        return name

    def _caps(self, origin: str) -> str:
        """A name in capitals as a form or a passport writes it."""
        if origin in CYRILLIC_ORIGINS_HELDOUT121:
            return self._form(origin, "russian_form").upper()
        if origin == "frisian":
            return self._form(origin, "surname_first").upper()
        return self._form(origin, "surname_caps").upper()

    def _lower(self, origin: str) -> str:
        """A full name in lower case as chat types it."""
        if origin in CYRILLIC_ORIGINS_HELDOUT121:
            return self._form(origin, "cyrillic").lower()
        return self._form(origin, "full").lower()

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT121 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT121:
            template = rng.choice(FORCED_SENTENCES_HELDOUT121[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT121:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT121[f"upper_{origin}"]), self._caps(origin)))
            key = "lower_cyrillic" if origin in CYRILLIC_ORIGINS_HELDOUT121 else "lower_latin"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT121[key]), self._lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            script = "cyrillic" if form in CYRILLIC_FORMS_HELDOUT121 else "latin"
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT121 else "form"
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT121[f"{kind}_{script}"]), self._form(origin, form))
            )
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _regional(self, shapes: dict[str, list]) -> list:
        origin = self._origin_after_name()
        return shapes[origin] if origin else [s for k in shapes for s in shapes[k]]

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, k = rng.randint(1, 80), rng.randint(1, 140)
        pc = f"{pick('BCDEGHJKLMNPRSTVWXZ')}{pick('BCDEGHJKLMNPRSTVWXZ')}"
        shapes = {
            "kumyk": [
                f"г. Махачкала, ул. Ярагского, д. {n}, кв. {k}, 367000",
                f"г. Махачкала, ул. Дахадаева, д. {n}, кв. {k}, 3670{rng.randint(10, 32)}",
                f"г. Махачкала, ул. Коркмасова, д. {n}, 367012",
                f"г. Буйнакск, ул. Ленина, д. {n}, кв. {k}, 368220",
                f"Республика Дагестан, с. Карабудахкент, ул. Ленина, д. {n}, 368530",
                f"ul. Yaragskogo {n}, kv. {k}, Makhachkala, Dagestan 367000",
            ],
            "bashkir": [
                f"г. Уфа, ул. Мустая Карима, д. {n}, кв. {k}, 450077",
                f"г. Уфа, ул. Менделеева, д. {n}, кв. {k}, 4500{rng.randint(54, 99)}",
                f"Республика Башкортостан, г. Сибай, ул. Кирова, д. {n}, 453830",
                f"г. Сибай, ул. Ленина, д. {n}, кв. {k}, 453833",
                f"ul. Mustaya Karima {n}, kv. {k}, Ufa, Bashkortostan 450077",
            ],
            "frisian": [
                f"Voorstreek {n}, 8911 {pc} Leeuwarden",
                f"Ruiterskwartier {n}, 8911 {pc} Leeuwarden",
                f"Wirdumerdijk {n}, 8911 {pc} Leeuwarden",
                f"Grootzand {n}, 8601 {pc} Sneek",
                f"Oosterdijk {n}, 8601 {pc} Sneek",
                f"Kleinzand {n}a, 8601 {pc} Sneek",
            ],
            "vanuatu": [
                f"Freswota {rng.randint(1, 6)}, Port Vila, Efate",
                "Nambatu, Lini Highway, Port Vila",
                f"Anabrou, Port Vila, Efate, PO Box {rng.randint(100, 3999)}",
                f"Tebakor, Port Vila, PO Box {rng.randint(100, 3999)}",
                "Main Street, Luganville, Espiritu Santo",
                f"Sarakata, Luganville, Santo, PO Box {rng.randint(100, 999)}",
            ],
        }
        return pick(self._regional(shapes))

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        fam = _feminine(last) if origin in CYRILLIC_ORIGINS_HELDOUT121 and woman else last
        first, fam = _plain(first), _plain(fam)
        subject = rng.choice(SUBJECTS_HELDOUT121[origin])
        user = rng.choice(
            [
                f"{first}.{fam}",
                f"{first[:1]}.{fam}{rng.randint(1, 99):02d}",
                f"{first}{fam}{rng.randint(1, 99)}",
                f"{fam}.{first[:1]}",
                f"{first}_{subject}",
                f"{subject}.{first}",
                f"{first}{rng.randint(1970, 2010)}",
            ]
        )
        return f"{user}@{rng.choice(['gmail.com', *EMAIL_DOMAINS_HELDOUT121[origin]])}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        ru_mob = lambda codes: f"9{pick(codes)}"  # noqa: E731
        dag, bash = ["28", "88", "89", "63", "64"], ["17", "27", "37", "87", "01"]
        shapes = {
            "kumyk": [
                f"+7 {ru_mob(dag)} {d(3)}-{d(2)}-{d(2)}",
                f"8 {ru_mob(dag)} {d(3)} {d(2)} {d(2)}",
                f"8 (8722) {d(2)}-{d(2)}-{d(2)}",
                f"8 (87237) {d(1)}-{d(2)}-{d(2)}",
            ],
            "bashkir": [
                f"+7 {ru_mob(bash)} {d(3)}-{d(2)}-{d(2)}",
                f"8{ru_mob(bash)}{d(7)}",
                f"8 (347) {d(3)}-{d(2)}-{d(2)}",
                f"8 (34775) {d(1)}-{d(2)}-{d(2)}",
            ],
            "frisian": [f"06-{d(8)}", f"06 {d(8)}", f"+31 6 {d(8)}", f"058 {d(3)} {d(4)}", f"0515-{d(6)}"],
            "vanuatu": [
                f"+678 7{d(2)} {d(4)}",
                f"+678 5{d(2)} {d(4)}",
                f"7{d(6)}",
                f"+678 22{d(3)}",
                f"+678 36{d(3)}",
            ],
        }
        return pick(self._regional(shapes))

    def card(self) -> str:
        rng = self.rng
        mir = [f"220{rng.randint(0, 4)}", f"220{rng.randint(0, 4)}"]
        prefix = rng.choice(["4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", *mir, "34", "37"])
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        return " ".join(groups) if r < 0.6 else "-".join(groups) if r < 0.7 else num

    def iban(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        code = rng.choice(IBAN_BY_ORIGIN_HELDOUT121[origin] if origin else sorted(IBAN_BANKS_HELDOUT121))
        iban = _iban_of(rng, code)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice(
            [
                f.ipv4_public(),
                f.ipv4_public(),
                f"192.168.{rng.choice([0, 1, 10, 178])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            ]
        )

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice(
            [
                f"2a00:1fa0:{h()}:{h()}::{h()}",
                f"2a02:a46c:{h()}:{h()}::{h()}",
                f"2001:1c00:{h()}:{h()}::{h()}",
                f"2a03:d000:{h()}:{h()}::{h()}",
            ]
        )

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the centre's router, the online lesson's admin alerts, the school
        portal's logins, sshd and nginx lines; v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the router in the tutoring centre is on {}, restart it before the evening group", v4),
            ("Zoom says the host signed in from {}, was that you before the lesson?", rng.choice([v4, v6])),
            ("Magister flagged a login from {}, not from our house in Sneek", v4),
            ("the classroom printer is on {}, send the mock exam there", v4),
            ("роутер в учебном центре на {}, перезагрузи пж", v4),
            ("камера в кабинете репетитора на {}, зайди с ноутбука", v4),
            ("de printer in het bijlescentrum staat op {}", v4),
            ("the smartboard in room 2 answers on {}", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ssh tutor@{}", v4),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Mar 14 19:02:11 centre-srv sshd[2211]: Failed password for root from {} port 50122 ssh2", v4),
            ('{} - - [14/Mar/2026:19:15:40 +0300] "POST /moodle/login/index.php HTTP/1.1" 303 512', v4),
            ("moodle_host: {}", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, pick = self.rng, self.rng.choice
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1975, 2012)
        places = {
            "kumyk": (["Tarki", "Mkala", "Kaspiy", "Buynaksk"], ["@05", "#dag", "_2025", "!!"]),
            "bashkir": (["Agidel", "Ural", "Sibay", "Kurai"], ["@02", "#ufa", "_2024", "!!"]),
            "frisian": (["Skutsje", "Ljouwert", "Snits", "Elfstedentocht"], ["@058", "#fry", "2025", "!!"]),
            "vanuatu": (["Efate", "Santo", "Yasur", "Namele"], ["@678", "#vu", "2025", "!!"]),
        }
        words, tails = places[pick(ORIGINS_HELDOUT121)]
        nick = pick(["biybolat", "burliyat", "ilgiz", "alfiya", "tsjerk", "hiske", "kalkot", "leias"])
        return pick(
            [
                f"{pick(words)}{pick(tails)}",
                f"{pick(words)}{pick(tails)}",
                pick(["algebra", "physics", "grammar", "fizika", "wiskunde"]).translate(leet)
                + pick(["", "!", "_121"]),
                f"{nick}{pick([str(year), str(year)[2:], '123'])}",
                f"{pick(['Centre', 'Bijles', 'Tutor', 'Repetitor'])}{rng.randint(2019, 2026)}-"
                f"{pick(['Wifi', 'Net', 'Klas'])}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Centre2024Wifi"
        alnum = string.ascii_letters + string.digits
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            ("the wifi in the tutoring centre is {}, it's on the whiteboard too", pw),
            ("the door code for the centre is {}, the kids come in after five", d(4)),
            ("the Zoom passcode for tonight's lesson is {}", tok(6, alnum)),
            ("my Magister password is {}, check the maths grades for me", pw),
            ("the Superprof password is {}, answer the new pupils for me", pw),
            ("my bank sent the code {}, read it to me quick", d(6)),
            ("пароль от вайфая в учебном центре {}, никому не говори", pw),
            ("код от двери кабинета {}, заходите без звонка", d(4)),
            ("пароль от Профи.ру {}, ответь ученикам сам пж", pw),
            ("код из СМС {}, никому не сообщайте", d(6)),
            ("ПИН от карты Мир {}, оплати занятия за месяц", d(4)),
            ("пароль {}, кимге де айтма", pw),
            ("вайфай паролы {}, бер кемгә лә әйтмә", pw),
            ("het wachtwoord van Somtoday is {}, vertel het niemand", pw),
            ("it wachtwurd fan de wifi is {}, fertel it oan net ien", pw),
            ("de code van de deur is {}", d(4)),
            ("pasword blong wifi i {}, yu no talem long eni man", pw),
            ("the Google Classroom login is the centre's gmail, password {}", pw),
            ("WIFI:T:WPA;S:Bijles_Centrum;P:{};;", colonless),
            ("ZOOM_CLIENT_SECRET={}", tok(32, alnum)),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("TELEGRAM_BOT_TOKEN={}", f"{rng.randint(1000000000, 7999999999)}:AA{tok(33, b64)}"),
            ("SENDGRID_API_KEY={}", "SG." + tok(22, b64) + "." + tok(43, b64)),
            ("GITHUB_TOKEN={}", "ghp_" + tok(36, alnum)),
            ("SMTP_PASSWORD={}", colonless),
            ("Password: {}", pw),
            ("Пароль: {}", pw),
            ("Wachtwoord: {}", pw),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: Profi.ru, Superprof, Telegram, Discord, StudyGo, Zoom ('ilgiz.aminev',
        'snits_hiske')."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        if origin in CYRILLIC_ORIGINS_HELDOUT121 and woman:
            last = _feminine(last)
        first, last = _plain(first), _plain(last)
        yy = rng.randint(80, 99) if rng.random() < 0.5 else rng.randint(0, 12)
        subject = rng.choice(SUBJECTS_HELDOUT121[origin])
        return rng.choice(
            [
                f"{subject}_{first}",
                f"{first}.{last}",
                f"{first}{last}{yy:02d}",
                f"{last}_{first[:3]}",
                f"{first}_{subject}{yy:02d}",
                f"{first}-{last}",
            ]
        )

    def _birth(self, oldest: int = 1965, youngest: int = 2014) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1965, youngest: int = 2014) -> dict[str, str]:
        """One date of birth in every shape this set uses."""
        y, m, day = self._birth(oldest, youngest)
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return {
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RUSSIAN_MONTHS_HELDOUT121[m - 1]} {y} г.",
            "nl": f"{day:02d}-{m:02d}-{y}",
            "nl_words": f"{day} {DUTCH_MONTHS_HELDOUT121[m - 1]} {y}",
            "fy_words": f"{day} {FRISIAN_MONTHS_HELDOUT121[m - 1]} {y}",
            "vu": f"{day:02d}/{m:02d}/{y}",
            "en_words": f"{day}{th} {EN_MONTHS_HELDOUT121[m - 1]} {y}",
            "fr_words": f"{day} {FRENCH_MONTHS_HELDOUT121[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        shapes = self._dob_shapes()
        own = {
            "kumyk": ["ru", "ru_words"],
            "bashkir": ["ru", "ru_words"],
            "frisian": ["nl", "nl_words"],
            "vanuatu": ["vu", "en_words", "fr_words"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ru", "nl", "vu", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, the enrolment form, the
        exam registration, a paste."""
        pupil, adult = self._dob_shapes(2005, 2014), self._dob_shapes(1965, 1995)
        options = [
            ("Дата рождения ученика: {}", pupil["ru"]),
            ("сын родился {}, впишите в договор на занятия", pupil["ru_words"]),
            ("я родилась {}, это для договора с репетитором", adult["ru_words"]),
            ("для записи на ОГЭ нужна дата рождения: {}", pupil["ru"]),
            ("Geboortedatum leerling: {}", pupil["nl"]),
            ("ús famke is berne op {}, dat moat op it formulier", pupil["fy_words"]),
            ("mijn dochter is geboren op {}, voor de inschrijving bij de bijles", pupil["nl_words"]),
            ("Date of birth: {}", pupil["vu"]),
            ("my son was born on the {}, put it on the Year 10 exam form", pupil["en_words"]),
            ("Date de naissance : {}", pupil["fr_words"]),
            ("the tutor needs my date of birth for the contract: {}", adult["vu"]),
            ('    "date_of_birth": "{}",', pupil["iso"]),
            ("birth_date: {}", pupil["iso"]),
            ("DOB: {}", adult["vu"]),
        ]
        return _pick_chat_or_not(rng=self.rng, options=options, chat=chat, key=lambda o: o[0])


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its real bank codes (IBAN_BANKS_HELDOUT121); mod-97 check."""
    banks, rest = IBAN_BANKS_HELDOUT121[country]
    count = int(rest[:-1])
    bban = rng.choice(banks) + "".join(rng.choice(string.digits) for _ in range(count))
    return _iban_from_bban(country, bban)


HELDOUT121_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "ФИО: {}",
        "Фамилия Имя Отчество: {}",
        "Ученик: {}",
        "Репетитор: {}",
        "Договор на обучение, заказчик: {}",
        "{} из Махачкалы ищет репетитора по химии к ЕГЭ",
        "{} в Буйнакске готовит к ОГЭ по русскому",
        "{} оплатила занятия за октябрь",
        "{} перенёс урок на пятницу",
        "репетитор {} из Уфы берёт 1500 за час",
        "{} из Сибая ведёт олимпиадную физику онлайн",
        "наш репетитор {} заболел, урока не будет",
        "тётя {} из Карабудахкента ищет учителя английского",
        "дядя {} возит сына на подготовку в Махачкалу",
        "{} апай проверит сочинение к среде",
        "{} ағай просит прислать задачи до вечера",
        "{} from Makhachkala tutors chemistry for the state exam",
        "{} in Ufa does the online physics olympiad group",
        "{} apay marks the Bashkir essays on Sundays",
        "Achternaam, voornaam: {}",
        "Naam leerling: {}",
        "Bijlesdocent: {}",
        "{} from Sneek does the maths tutoring on Wednesdays",
        "juf {} geeft bijles Engels in Leeuwarden",
        "meester {} does the exam training in Ljouwert",
        "muoike {} wants the kids signed up for the exam week",
        "mevrouw {} heeft de factuur voor de bijles betaald",
        "meneer {} is the new maths tutor at the centre in Sneek",
        "{} fan Grou jout bijles wiskunde",
        "Nom Prénom : {}",
        "Student: {}",
        "{} from Port Vila is in the Year 10 extra class",
        "tija {} i givim extra klas long maths",
        "Mama {} pays the tutor in Luganville every Friday",
        "Papa {} wants his girl to pass the Year 8 exam",
        "Anti {} from Santo asks about the English tutoring",
        "{} is the physics tutor, she does evenings only",
        "{} is the new maths tutor, he starts on Monday",
        "{} and {} share the Saturday group",
        "ask {} if the past papers came in",
        "{} left the homework at the centre",
        "{} booked a trial lesson for her son",
        "{} signed the tutoring contract yesterday",
        "{} does the English grammar lesson on Tuesdays",
        "misschien kan {} de examentraining geven",
        "kun je {} alsjeblieft bellen over de bijles?",
        "thanks to {} the chemistry mock went fine",
        '"student": "{}",',
        "- tutor: {}",
        "| {} | maths, 2 h | paid |",
        "Tutor: {}",
        "Parent / guardian: {}",
        "Candidate: {}",
    ],
    "STREET_ADDRESS": [
        "the lessons are at {}, ring the bell",
        "send the workbooks to {}",
        "занятия теперь по адресу {}",
        "адрес для договора: {}",
        "de bijles is op {}, tweede verdieping",
        "stuur de boeken naar {}",
        "Address: {}",
        "Адрес: {}",
        "Adres: {}",
        "Adresse : {}",
        "the tutor comes to the house, we're at {}",
        "my new address is {}, change it on the invoice",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the homework to {}",
        "the Superprof messages go to {}",
        "моя почта {}, пришлите расписание",
        "E-mail: {}",
        "Эл. почта: {}",
        "E-mailadres: {}",
        "mail de factuur naar {}",
        "the tutor's email is {}",
        "write to {} about the mock exam",
        "send the exam schedule to {} please",
        "mail de factuur alsjeblieft naar {}",
        '"email": "{}",',
        "Reply-To: {}",
    ],
    "PHONE_NUMBER": [
        "call me on {} when the lesson ends",
        "the centre's number is {}",
        "мой номер {}, позвоните после урока",
        "позвоните, пожалуйста, на {}, если урок отменят",
        "Тел.: {}",
        "Telefoon: {}",
        "bel me op {} als de bijles uitvalt",
        "Phone: {}",
        "text {} about the Saturday class",
        "the tutor's mobile is {}",
        "напиши в ватсап на {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "pay the month of lessons with my card {}",
        "the card for the exam course is {}",
        "оплати курс картой {}",
        "Card number: {}",
        "Номер карты: {}",
        "betaal de examentraining met {}",
        "Kaartnummer: {}",
        "charge the trial lesson to {}",
        "the Superprof booking was paid with {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the tutor's fee to {}",
        "IBAN: {}",
        "the centre's account is {}",
        "переведи за занятия на {}",
        "счёт сестры для перевода: {}",
        "maak het lesgeld over naar {}",
        "Rekeningnummer: {}",
        "the exam board refunds into {}",
        "Account: {}",
        "refund the deposit to {}",
    ],
    "USERNAME": [
        "my Profi.ru login is {}",
        "on Instagram the centre is @{}",
        "ник в телеграме @{}",
        "логин на Профи {}",
        "mijn StudyGo-gebruikersnaam is {}",
        "Login: {}",
        "Username: {}",
        "Логин: {}",
        "Gebruikersnaam: {}",
        "the tutor's Discord is {}",
        "the Zoom account for the group is {}",
        '"username": "{}",',
    ],
}
HELDOUT121_MIXED = [
    ("ФИО: {}\nДата рождения: {}\nТелефон: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Student: {}\nPhone: {}\nE-mail: {}", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("Naam leerling: {}\nGeboortedatum: {}\nAdres: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Achternaam, voornaam: {}\nAdres: {}", ["PERSON", "STREET_ADDRESS"]),
    ("Ученик: {}\nАдрес: {}\nТел.: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("{} paid for the exam course with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the deposit back in {}", ["PERSON", "IBAN_CODE"]),
    ("the tutor is {}, {}, and wants the fee in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("Profi.ru login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("{} ({}) sent the mock exam results", ["PERSON", "EMAIL_ADDRESS"]),
    ("the course charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the timetable to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change it on the contract", ["PERSON", "STREET_ADDRESS"]),
    ("Rekeninghouder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the centre's router is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("LMS_DB_HOST={}\nLMS_DB_USER={}\nLMS_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} does the maths and {} does the English", ["PERSON", "PERSON"]),
    ("{} wants the invoice sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Плательщик: {}\nКарта: {}", ["PERSON", "CREDIT_CARD"]),
    ("{} fan Snits, telefoan {}", ["PERSON", "PHONE_NUMBER"]),
]
HELDOUT121_NEGATIVES = [
    "Makhachkala is on the Caspian, Buynaksk is up in the foothills",
    "Tarki-Tau is the hill over Makhachkala",
    "the Kumyks are the biggest Turkic people of Dagestan",
    "Russian forms ask for the family name, the given name and the patronymic",
    "a pupil calls the tutor by the given name and the patronymic, never by the first name alone",
    "Саламалейкум! Сав бол, урок был хороший",
    "ЕГЭ по математике профильного уровня сдают в июне",
    "ОГЭ сдают после девятого класса, ЕГЭ после одиннадцатого",
    "ДГУ в Махачкале принимает по сумме баллов ЕГЭ",
    "Ufa is the capital of Bashkortostan, Sibay is in the Trans-Ural",
    "in Bashkir 'апай' is said after a woman's given name and 'ағай' after a man's",
    "the Bashkir alphabet has ҡ, ғ, ҙ, ҫ, һ, ә, ө, ү and ң",
    "Һаумыһығыҙ! Рәхмәт, дәрес бик яҡшы булды",
    "the kurai is the Bashkir reed flute, the school has a kurai club",
    "Leeuwarden is Ljouwert in Frisian and Sneek is Snits",
    "Frisian family names often end in -stra, -sma, -ema or -inga",
    "juf and meester are what Dutch pupils call their teachers",
    "omke and muoike are uncle and aunt in Frisian",
    "Goeie, tige tank foar de les fan hjoed",
    "the Elfstedentocht passes Sneek and starts in Leeuwarden",
    "Port Vila is on Efate and Luganville is on Espiritu Santo",
    "in Bislama tija is a teacher and extra klas is tutoring",
    "Tangkyu tumas, lesen i gud tumas",
    "Vanuatu's schools teach in English or in French",
    "the Year 10 exam decides who goes on to senior secondary",
    "Malapoa College is in Port Vila",
    "the tutor charges 1500 roubles an hour, 2500 for two",
    "bijles kost 35 euro per uur, examentraining 295 euro",
    "an extra class is 1,000 vatu a week in Port Vila",
    "lesson 14 of 36: quadratic equations",
    "урок № 12: производная, домашка из сборника Ященко",
    "invoice INV-121-0457 for October's lessons, £120",
    "factuur 2026-0318: bijles wiskunde, 4 lessen",
    "the mock exam scored 78 out of 100",
    "он набрал 86 баллов по профильной математике",
    "een 6,8 gemiddeld voor wiskunde B",
    "room 2 has the whiteboard, room 3 the computers",
    "candidate number 4412 is on the exam timetable, no name on it",
    "Skysmart and Фоксфорд are online schools, not tutors",
    "Lyceo en Studiekring geven huiswerkbegeleiding",
    "StudyGo is the old Wrts, for learning words",
    "Umskul runs the big ЕГЭ streams on VK",
    "Superprof takes a fee from the pupil, not the tutor",
    "the test card 4111 1111 1111 1111 only works in the booking demo",
    "the example IBAN in the bank's leaflet is NL91 ABNA 0417 1643 00",
    "use student@example.com in the demo account",
    "the docs use 192.0.2.10 and 2001:db8::1 for the classroom router",
    "the default password on the router is admin, change it",
    "the door code in the manual is 0000, the centre changed it",
    "the centre opened on 1 September 2014",
    "the exam is on 14 June, the results come out on 10 July",
    "the workbook was printed in 2019, get the new edition",
    "занятия с 15 до 20, по воскресеньям выходной",
    "скидка 10% при оплате за месяц вперёд",
    "de bijles valt uit in de herfstvakantie",
    "de eindexamens beginnen in mei",
    "the Saturday group is full until January",
    "bring a calculator, a ruler and two pencils",
    "the past papers from 2018 to 2024 are in the blue folder",
    "Chess club moved to Tuesday, the tutoring stays on Thursday",
    "the physics olympiad's regional round is in December",
    "the Bashkir language exam is oral and written",
    "the French DELF exam is held at the Alliance in Port Vila",
    "the Cambridge English exam fee went up this year",
    "the centre's printer ran out of toner again",
    "Zoom's free plan cuts the lesson at 40 minutes",
    "the timetable for the exam week is on the door",
    "the kids' notebooks are on the shelf by the window",
    "в пятницу репетитор в отпуске, приходите в понедельник",
    "de cursus begint na de kerstvakantie",
    "the Yasur volcano is on Tanna, the geography class went there",
    "the skûtsjesilen races are in August, the centre closes for a week",
    "Navruz and Sabantuy are spring and summer holidays, no lessons",
    "the tutor's hourly rate is the same online and at home",
    "the essay has to be 350 words at least",
    "the online group has twelve pupils, the offline one eight",
    "order 5521 for the exam workbooks ships on Monday",
]


def _typo121(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a school word's well-known misspelling ('grammar' -> 'grammer',
    'chemistry' -> 'chemestry', 'schedule' -> 'schedual'), or chat shorthand in the set's languages (Russian
    'пожалуйста' -> 'пж', 'репетитор' -> 'репет', Dutch 'alsjeblieft' -> 'ajb', 'misschien' -> 'mss',
    'please' -> 'pls'). Only in sentences typed to the bot or a friend; titles and kin words by a name stay as
    written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT121.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT121[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT121.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT121[m.group(1)] + template[m.end() :]


def build_heldout121(seed: int = HELDOUT121_SEED) -> list[Example]:
    """Held-out set 121: `Gen121` values in `HELDOUT121_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen121.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen121(seed)
    examples = assemble_module_set(
        gen, HELDOUT121_TEMPLATES, HELDOUT121_MIXED, HELDOUT121_NEGATIVES, _typo121, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
