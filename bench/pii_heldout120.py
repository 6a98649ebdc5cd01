"""Held-out PII set 120 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout120": written by a separate author who did not change recognizers, never ran the scrubber on it, never
saw Kaizen's misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT120 is
empty, as for the sets before it; written at the same time as held-out 119 by another author, neither seeing
the other's set). The theme was to be pet care, but held-out 51 (pets and animals) and 69 (animals in people's
care) had it, so this set takes another everyday theme no set has had: jewellers, watch repairers and
engravers as customers, jewellers, repairers and shop staff talk about them: the repair ticket and the
engraving order (a name, a date), the ring size, the valuation for the insurance and the gold buyer's form
with the seller's date of birth, the deposit and the rest paid to the jeweller's account (Ibercaja and Bizum
in Huesca, a card in Douglas, a Mir card and a transfer in Elista and Nazran, a relative's account in
Kazakhstan, Mongolia, Turkey, Austria, Germany, Andorra or France), the online shop and its login (Etsy,
Shopify, Wallapop, Avito, Telegram), the workshop's safe, alarm and Wi-Fi, the shop's CCTV recorder and card
terminal, the workshop's phone. Ticket, valuation, hallmark, watch reference, calibre and serial numbers, ring
sizes, carats and gold prices are no PII of TYPES: they come only in negatives.

The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 118.py) and bench/pii.py:
none of the four is a main people of a module set, but bench/pii.py's held-out 9 and 12 held short Manx,
Kalmyk, Ingush and Aragonese lists among dozens of peoples, so this set leaves out every name they hold
('Badma', 'Bembya', 'Delyash', 'Erdni', 'Tseren', 'Gerel', 'Altana', 'Bair', 'Sanal', 'Kermen', 'Basangov',
'Ochirov', 'Sangadzhiev', 'Erdniev', 'Kekeev', 'Dordzhiev', 'Mandzhiev', 'Bembeev', 'Lidzhiev', 'Ubushiev';
'Illiam', 'Moirrey', 'Breeshey', 'Orry'; 'Bekhan', 'Kheda', 'Zelimkhan', 'Liana', 'Issa', 'Tamerlan',
'Madina', 'Akhmed', 'Ruslan', 'Khava', 'Yevloev', 'Kostoev', 'Aushev', 'Tsechoev', 'Malsagov', 'Ozdoev',
'Dzeytov', 'Gazdiev', 'Pliev', 'Bogatyrev'; 'Chusé', 'Chorche', 'Lorién', 'Chuana', 'Miguelón', 'Pilarín',
'Chesús', 'Tresa', 'Sabela', 'Nieus', 'Lanuza', 'Latas', 'Labordeta', 'Castán', 'Sesé', 'Lacasa', 'Arasanz',
'Bielsa', 'Ballarín', 'Broto') and the names other sets hold that these peoples carry too ('Mergen',
'Sanzhi'; 'Quayle', 'Kermode', 'Cregeen', 'Kewley', 'Kinvig', 'Cannell', 'Ean'; 'Ayub', 'Idris', 'Musa',
'Bashir', 'Batyr', 'Khamzat', 'Markha', 'Petimat', 'Zalina', 'Zaira', 'Aminat', 'Fariza', 'Seda', 'Luiza',
'Raisa', 'Bekov'; 'Marieta', 'Larrosa', 'Chabi', 'Rosi'). The Spanish forms the papers write for the
Aragonese given names ('Javier', 'Jaime', 'Joaquín', 'Vicente', 'Jacinta') are common in earlier sets and come
only beside the Aragonese form of the same name that no earlier set holds ('Chabier', 'Chaime', 'Chuaquín',
'Bizén', 'Chacinta'). The places were grepped the same way: Elista, Magas, Douglas, Ramsey and Huesca come up
in earlier sets, but none of the streets taken here (Elista's Khomutnikova and Klykova streets and its
microdistricts, Lagan; Nazran's Mutalieva street and Gamurzievo, Magas's Chakhkieva street, Karabulak's
Dzhabagieva street; Douglas's Prospect Hill and Loch Promenade, Ramsey's Bowring Road and Parliament Street,
Laxey's New Road; Huesca's Ramiro el Monje and Martínez de Velasco, Jaca's Avenida Regimiento de Galicia,
Benasque's Avenida Los Tilos, Aínsa, Ansó and Hecho with a house name); Douglas's Bucks Road and Athol Street
and Huesca's Coso Alto come up earlier and are left out.

Hand-written lists of four peoples: the Kalmyks of Elista and Lagan (Kalmyk given names and Russian-style
family names, in Cyrillic and in Latin letters: 'Баатр Боваев', 'Baatr Bovaev', a Russian form's family name,
given name and patronymic ('Боваев Баатр Очирович'), the given name and patronymic in polite address ('Булгун
Дорджиевна'), a woman's family name in '-a' ('Bulgun Bovaeva'), initials after the family name as Russian
papers write them ('Боваев Б. О.'), the other transliterations ('Dorji', 'Khulkhachiyev'), and the Kalmyk
kin words 'ах' (elder brother) and 'эгч' (elder sister) after a given name and the Russian 'тётя' and 'дядя'
before one, outside the span); the Manx of Douglas, Ramsey and Laxey (Manx Gaelic given names and the Manx
family names: 'Fynlo Kneale', 'Kirree Mylchreest', a form's 'Kneale, Fynlo', initials ('F. Kneale'), short
forms ('Chal', 'Kit', 'Fyn'), 'Mr', 'Mrs' and 'Miss' before a family name, outside the span); the Ingush of
Nazran, Magas and Karabulak (Ingush given names and family names, in Cyrillic and Latin letters, the same
Russian forms as the Kalmyks' ('Долгиев Илез Абукарович', 'Таус Матиева', 'Долгиев И. А.') and the '-iyev'
transliteration ('Dolgiyev'), 'тётя' and 'дядя' before a given name); and the Aragonese of Huesca and the Alto
Aragón valleys (Jaca, Benasque, Aínsa, Ansó, Hecho) (an Aragonese given name and two family names, 'Chabier
Lardiés Buisán', the Spanish form on the papers, 'Javier Lardiés Buisán', a form's 'Lardiés Buisán, Javier',
one family name in chat ('Chabier Lardiés'), marks dropped ('Chuaquin Lardies Buisan'), initials ('J.
Lardiés'), short forms ('Quino', 'Chaimico', 'Cinta') and 'tío', 'tía', 'don' and 'doña' before a given name,
outside the span). No public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT120: 'Joaquín Ascaso', whom
'Chuaquín' in its Spanish form and 'Ascaso' could make, and others the lists cannot make, checked without
marks and case). Every one of those name forms, and names with a typo ('Mukubenv', 'Skilicorn', 'Albogachev',
'Cosculuela'), is forced into the build at least once whatever the seed (a form the draws have not reached
comes in a sentence of its own), and each people also gets a titled name, a name in capitals on a form and
one in lower case in chat; the address, the phone, the e-mail, the IBAN or the date of birth after a name
mostly comes from that name's region.

Names on papers in English ('Customer:', 'Name on the repair ticket:', 'Surname, forename:'), Russian ('ФИО:',
'Заказчик:', 'Фамилия Имя Отчество:') and Spanish ('Nombre y apellidos:', 'Apellidos y nombre:', 'Cliente:'),
a repair ledger's '| ... |' row, JSON and YAML; those regions' addresses ('г. Элиста, 3 мкр., д. 12, кв. 45,
358014', 'г. Назрань, ул. Муталиева, д. 12, 386102', '12 Bowring Road, Ramsey, Isle of Man IM8 2LQ', 'C/
Ramiro el Monje, 12, 2º B, 22001 Huesca', 'Casa Tresaco, 22720 Hecho') and phones (Russian mobiles '+7 9..'
and '8 9..', Elista's '(84722)', Nazran's '(8732)' and Magas's '(8734)'; Manx Telecom mobiles '07624' and
'+44 7624',
the island's '01624'; Spanish mobiles '6..' and '+34 6..', Huesca province's '974'); Visa, Mastercard, Amex
and Mir ('2200'-'2204') cards; IBANs: Spain, Andorra and France for the Aragonese, the United Kingdom (GB,
as the island's banks use) for the Manx, Kazakhstan, Mongolia and Germany for a Kalmyk's relative,
Kazakhstan, Turkey and Austria for an Ingush one (Russia has none); IPs of the shop's router, the CCTV
recorder, the card terminal, the online shop's admin logins, sshd and nginx lines, v4 and v6; logins and
secrets as jewellers and customers hand them over (the safe, the alarm, the intercom, the workshop's Wi-Fi,
the online shop, a bank's one-time code, Bizum and Mir PINs), with cues in Russian ('никому не говори',
'никому не сообщайте код'), Manx ('ny insh da peiagh erbee'), Aragonese ('no la digas a dengún') and Spanish
('no se la digas a nadie'), a Wi-Fi QR string, a curl command and .env lines (a Stripe key, a Shopify token, a
Telegram bot token, an Etsy key, a SendGrid key, a GitHub token); dates of birth in each people's shapes
(Russian '14.03.1988' and '14 марта 1988 г.', Manx '14/03/1988', '14th March 1988' and the Manx Gaelic '14
Mayrnt 1988', Spanish '14/03/1988' and '14 de marzo de 1988', Aragonese '14 de chinero de 1988'), drawn
between
fixed years from the set's own rng so the set builds the same on any day; typos as shop chat types them (a
trade word's misspelling: 'jewellery' -> 'jewelery', 'necklace' -> 'neckless', 'receipt' -> 'reciept';
chat shorthand: Russian 'пожалуйста' -> 'пж', 'спасибо' -> 'спс', Spanish 'por favor' -> 'porfa', English
'please' -> 'pls'); negatives with the same places, the kin words and titles explained, the naming customs,
prices in roubles, pounds and euros, brands that are family names (Cartier, Tous, Sokolov, Breguet),
ticket, valuation, hallmark, watch reference and serial numbers, ring sizes and carats, placeholder secrets,
a test card, the example IBAN, a placeholder e-mail, documentation IPs, dates that are no one's birthday and
short everyday chat in the four peoples' languages.

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

HELDOUT120_SEED = 1207345
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT120: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT120 = ["kalmyk", "manx", "ingush", "aragonese"]

# the Kalmyks: given names (Latin: Cyrillic) and Russian-style family names (a woman's takes '-a')
KALMYK_MEN_HELDOUT120 = {
    "Baatr": "Баатр",
    "Arslang": "Арсланг",
    "Dordzhi": "Дорджи",
    "Ochir": "Очир",
    "Nimgir": "Нимгир",
}
KALMYK_WOMEN_HELDOUT120 = {
    "Bulgun": "Булгун",
    "Amulanga": "Амуланга",
    "Gilyana": "Гиляна",
    "Saglar": "Саглар",
    "Tsagan": "Цаган",
}
KALMYK_FAMILY_HELDOUT120 = {
    "Bovaev": "Боваев",
    "Mukubenov": "Мукубенов",
    "Tsebekov": "Цебеков",
    "Burchinov": "Бурчинов",
    "Naminov": "Наминов",
    "Sarangov": "Сарангов",
    "Khulkhachiev": "Хулхачиев",
    "Goryaev": "Горяев",
}
# the Ingush: given names and family names (Latin: Cyrillic)
INGUSH_MEN_HELDOUT120 = {
    "Ilez": "Илез",
    "Abukar": "Абукар",
    "Yakub": "Якуб",
    "Adlan": "Адлан",
    "Bagaudin": "Багаудин",
}
INGUSH_WOMEN_HELDOUT120 = {
    "Taus": "Таус",
    "Razet": "Разет",
    "Aset": "Асет",
    "Yakha": "Якха",
    "Mareta": "Марета",
}
INGUSH_FAMILY_HELDOUT120 = {
    "Albogachiev": "Альбогачиев",
    "Dolgiev": "Долгиев",
    "Kodzoev": "Кодзоев",
    "Nalgiev": "Налгиев",
    "Torshkhoev": "Торшхоев",
    "Khautiev": "Хаутиев",
    "Ugurchiev": "Угурчиев",
    "Akhilgov": "Ахильгов",
    "Matiev": "Матиев",
}
# the other Latin spellings papers and people write for them ('-iyev', a Tibetan-style 'Dorji')
TRANSLIT_HELDOUT120 = {
    "Dordzhi": "Dorji",
    "Khulkhachiev": "Khulkhachiyev",
    "Goryaev": "Goriaev",
    "Dolgiev": "Dolgiyev",
    "Khautiev": "Khautiyev",
    "Ugurchiev": "Ugurchiyev",
    "Nalgiev": "Nalgiyev",
    "Bagaudin": "Bagautdin",
}
# the Manx: Manx Gaelic given names and the island's family names
MANX_MEN_HELDOUT120 = ["Fynlo", "Hommy", "Chalse", "Ewan"]
MANX_WOMEN_HELDOUT120 = ["Ealish", "Kirree", "Joney"]
MANX_FAMILY_HELDOUT120 = (
    "Corlett Kneale Quilliam Callister Skillicorn Faragher Qualtrough Crellin Clucas Mylchreest Teare "
    "Kissack "
    "Kaighin Costain Gelling Corkill".split()
)
# the Aragonese: the given name in Aragonese and the Spanish form the papers write; family names of Alto
# Aragón
ARAGONESE_MEN_HELDOUT120 = {"Chabier": "Javier", "Chaime": "Jaime", "Chuaquín": "Joaquín", "Bizén": "Vicente"}
ARAGONESE_WOMEN_HELDOUT120 = {"Orosia": "Orosia", "Alodia": "Alodia", "Chacinta": "Jacinta"}
ARAGONESE_FAMILY_HELDOUT120 = (
    "Lalaguna Lardiés Buisán Sampietro Puyuelo Garcés Allué Abadías Ascaso Coarasa Escartín Lascorz "
    "Cosculluela Oliván Palacín".split()
)
# each origin: (men's given names, women's given names, family names), in Latin letters
NAMES_HELDOUT120: dict[str, tuple[list[str], list[str], list[str]]] = {
    "kalmyk": (list(KALMYK_MEN_HELDOUT120), list(KALMYK_WOMEN_HELDOUT120), list(KALMYK_FAMILY_HELDOUT120)),
    "manx": (MANX_MEN_HELDOUT120, MANX_WOMEN_HELDOUT120, MANX_FAMILY_HELDOUT120),
    "ingush": (list(INGUSH_MEN_HELDOUT120), list(INGUSH_WOMEN_HELDOUT120), list(INGUSH_FAMILY_HELDOUT120)),
    "aragonese": (
        list(ARAGONESE_MEN_HELDOUT120),
        list(ARAGONESE_WOMEN_HELDOUT120),
        ARAGONESE_FAMILY_HELDOUT120,
    ),
}
CYRILLIC_HELDOUT120 = {
    **KALMYK_MEN_HELDOUT120,
    **KALMYK_WOMEN_HELDOUT120,
    **KALMYK_FAMILY_HELDOUT120,
    **INGUSH_MEN_HELDOUT120,
    **INGUSH_WOMEN_HELDOUT120,
    **INGUSH_FAMILY_HELDOUT120,
}
# full names a draw must never give (checked without marks and case): the anarchist who led the Council of
# Aragon (whom 'Chuaquín' in its Spanish form and 'Ascaso' could make, so the guard is what keeps him out),
# and names the lists cannot make: a Kalmyk president, two Ingush presidents, an Aragonese president
PUBLIC_FIGURES_HELDOUT120 = {
    "Joaquín Ascaso",
    "Kirsan Ilyumzhinov",
    "Ruslan Aushev",
    "Yunus-Bek Yevkurov",
    "Javier Lambán",
}
# short forms of given names
NICKS_HELDOUT120: dict[str, dict[str, str]] = {
    "kalmyk": {},
    "manx": {"Chalse": "Chal", "Kirree": "Kit", "Fynlo": "Fyn"},
    "ingush": {},
    "aragonese": {"Chuaquín": "Quino", "Chaime": "Chaimico", "Chacinta": "Cinta"},
}
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT120 = {
    "kalmyk": {"Mukubenov": "Mukubenv", "Khulkhachiev": "Khulkachiev", "Burchinov": "Burchinow"},
    "manx": {"Skillicorn": "Skilicorn", "Qualtrough": "Qualtrugh", "Mylchreest": "Mylcreest"},
    "ingush": {"Albogachiev": "Albogachev", "Torshkhoev": "Torshoev", "Ugurchiev": "Ugurchev"},
    "aragonese": {"Cosculluela": "Cosculuela", "Sampietro": "Sampeitro", "Lalaguna": "Lalaguan"},
}
# a title or a kin word before the name (outside the span): the origins, whether a woman (None: either) and
# the part of the name it goes with
TITLED_HELDOUT120: dict[str, tuple[tuple[str, ...], bool | None, str]] = {
    "тётя": (("kalmyk", "ingush"), True, "given"),  # aunt, said to an older woman
    "дядя": (("kalmyk", "ingush"), False, "given"),  # uncle, said to an older man
    "tía": (("aragonese",), True, "given"),  # aunt, an older woman of the village
    "tío": (("aragonese",), False, "given"),
    "doña": (("aragonese",), True, "given"),
    "don": (("aragonese",), False, "given"),
    "mrs": (("manx",), True, "family"),
    "miss": (("manx",), True, "family"),
    "mr": (("manx",), False, "family"),
}
TITLE_SLOT_HELDOUT120 = re.compile(r"(?<![\w'’])(тётя|дядя|tía|tío|doña|don|Mrs|Miss|Mr) \{\}", re.IGNORECASE)
# the Kalmyk kin words after a given name (outside the span): whether a woman
SUFFIXES_HELDOUT120 = {"ах": False, "akh": False, "эгч": True, "egch": True}
SUFFIX_SLOT_HELDOUT120 = re.compile(r"\{\} (ах|akh|эгч|egch)(?![\w])")
# the name forms the build holds at least once each, whatever the seed
FORCED_FORMS_HELDOUT120 = [
    ("kalmyk", "latin"),
    ("manx", "full"),
    ("ingush", "latin"),
    ("aragonese", "aragonese_given"),
    ("kalmyk", "cyrillic"),
    ("manx", "surname_first"),
    ("ingush", "cyrillic"),
    ("aragonese", "spanish_given"),
    ("kalmyk", "russian_form"),
    ("manx", "initials"),
    ("ingush", "russian_form"),
    ("aragonese", "surname_first"),
    ("kalmyk", "name_patronymic"),
    ("manx", "nickname"),
    ("ingush", "name_patronymic"),
    ("aragonese", "one_surname"),
    ("kalmyk", "female_latin"),
    ("manx", "typo"),
    ("ingush", "female_cyrillic"),
    ("aragonese", "ascii"),
    ("kalmyk", "initials_cyr"),
    ("ingush", "initials_cyr"),
    ("aragonese", "nickname"),
    ("kalmyk", "translit"),
    ("ingush", "translit"),
    ("aragonese", "initials"),
    ("kalmyk", "typo"),
    ("ingush", "typo"),
    ("aragonese", "typo"),
]
# forms written in Cyrillic (they want a Cyrillic template; every other form wants a Latin one)
CYRILLIC_FORMS_HELDOUT120 = {"cyrillic", "russian_form", "name_patronymic", "female_cyrillic", "initials_cyr"}
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT120 = {"nickname", "typo"}
FORM_ONLY_FORMS_HELDOUT120 = {"russian_form", "surname_first", "initials", "initials_cyr", "spanish_given"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT120 = {"female_latin", "female_cyrillic"}
# the leads of forms that write the family name first: the origins and the form
SURNAME_FIRST_LEADS_HELDOUT120: dict[str, tuple[tuple[str, ...], str]] = {
    "Фамилия Имя Отчество": (("kalmyk", "ingush"), "russian_form"),
    "ФИО": (("kalmyk", "ingush"), "russian_form"),
    "Surname, forename": (("manx",), "surname_first"),
    "Apellidos y nombre": (("aragonese",), "surname_first"),
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT120: dict[str, list[str]] = {
    "kalmyk": [
        "тётя {} из Элисты принесла серебряный браслет почистить",
        "дядя {} в Элисте просит заменить ремешок на часах",
        "{} ах сказал, что заберёт часы в пятницу",
    ],
    "manx": [
        "Mrs {} from Ramsey wants the triskelion pendant engraved",
        "Mr {} left his grandfather's watch at the shop in Douglas",
        "Miss {} asked if the ring from Laxey can be resized",
    ],
    "ingush": [
        "тётя {} из Назрани хочет переделать серьги",
        "дядя {} из Магаса заказал гравировку на кольце",
    ],
    "aragonese": [
        "tía {} de Ansó ha traído los pendientes de la abuela a limpiar",
        "tío {} de Benasque quiere que le cambien la pila del reloj",
        "doña {} ha pagado la señal del anillo por Bizum",
        "don {} de Jaca recoge el reloj el sábado",
    ],
    "upper_kalmyk": ["ФИО: {}", "Заказчик: {}"],
    "upper_manx": ["Name (BLOCK CAPITALS): {}", "CUSTOMER: {}"],
    "upper_ingush": ["ФИО: {}", "Заказчик: {}"],
    "upper_aragonese": ["Apellidos y nombre: {}", "CLIENTE: {}"],
    "lower_cyrillic": ["кстати {} уже забрал(а) заказ, спасибо", "записала на пятницу: {}, замена батарейки"],
    "lower_latin": ["the ring for {} is ready, tell them pls", "fyi {} paid the deposit for the watch strap"],
    "lower_aragonese": ["ya está el anillo de {}, avísale porfa"],
    "form_cyrillic": ["Заказчик: {}", "Квитанция № 3412, заказчик: {}", "Клиент: {}"],
    "chat_cyrillic": ["кстати, {} звонил(а) насчёт кольца", "{} забрал(а) часы из ремонта"],
    "form_latin": ["Customer: {}", "Name on the repair ticket: {}", "Cliente: {}"],
    "chat_latin": ["{} says the ring is ready to collect", "did {} pick up the watch yet?"],
}

# IBAN countries: (real bank codes, the rest of the BBAN: count and kind)
IBAN_BANKS_HELDOUT120: dict[str, tuple[list[str], str]] = {
    "ES": (["2085", "2100", "3191", "0049"], "16n"),  # Ibercaja, CaixaBank, Caja Rural de Aragón, Santander
    "AD": (["0001", "0004", "0006"], "16n"),  # Andbank, Crèdit Andorrà, MoraBanc (bank, branch, account)
    "FR": (["30004", "30003", "10278"], "18n"),  # BNP Paribas, Société Générale, Crédit Mutuel
    "GB": (["NWBK", "LOYD", "BARC", "HBUK"], "14n"),  # the island's banks use GB IBANs
    "KZ": (["601", "722", "856"], "13n"),  # Halyk, Kaspi, Bank CenterCredit
    "MN": (["0005", "0004", "0015"], "12n"),  # Khan, Golomt, XacBank
    "DE": (["10010010", "50010517", "70150000"], "10n"),
    "TR": (["000100", "000620", "000640"], "16n"),  # Ziraat, Garanti, İş Bankası (with the reserve digit)
    "AT": (["20111", "12000", "32000"], "11n"),  # Erste, Bank Austria, Raiffeisen
}
IBAN_BY_ORIGIN_HELDOUT120 = {
    "kalmyk": ["KZ", "MN", "DE"],
    "manx": ["GB"],
    "ingush": ["KZ", "TR", "AT"],
    "aragonese": ["ES", "ES", "AD", "FR"],
}
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT120 = {
    "kalmyk": ["elista", "kalmyk", "tulpan", "lagan", "stepnoy"],
    "manx": ["manx", "ramsey", "laxey", "mannin", "douglas"],
    "ingush": ["nazran", "magas", "ingush", "galgai", "karabulak"],
    "aragonese": ["uesca", "jaca", "ansotano", "benas", "sobrarbe"],
}
EMAIL_DOMAINS_HELDOUT120 = {
    "kalmyk": ["mail.ru", "yandex.ru", "bk.ru", "list.ru"],
    "manx": ["manx.net", "icloud.com", "outlook.com"],
    "ingush": ["mail.ru", "yandex.ru", "inbox.ru"],
    "aragonese": ["hotmail.es", "yahoo.es", "telefonica.net", "unizar.es"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT120: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"(?i)elist|элист|kalmyk|калмык|lagan\b|лаган|хурул|khurul|\bах\b|\bakh\b|эгч|egch"),
        "kalmyk",
    ),
    (re.compile(r"(?i)nazran|назран|magas|магас|ingush|ингуш|karabulak|карабулак|баркал"), "ingush"),
    (
        re.compile(
            r"(?i)douglas|ramsey|\bmanx\b|isle of man|laxey|\bpeel\b|castletown|tynwald|ny insh|gura mie|"
            r"triskelion|\bmrs\b|\bmr\b|\bmiss\b"
        ),
        "manx",
    ),
    (
        re.compile(
            r"(?i)huesca|uesca|\bjaca\b|benasque|ansó|\bhecho\b|aínsa|aragon|aragón|grazias|\btío\b|\btía\b|"
            r"(?<![\w'’])don(?![\w'’])|doña|nombre|apellidos|joyería|relojería|bizum|ibercaja|wallapop|"
            r"cliente|\bpor\b|\bel\b|\bla\b|\bdel\b|\blos\b|\bque\b|porfa|dengún"
        ),
        "aragonese",
    ),
]
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT120: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"(?i)\bshe\b|\bher\b|herself|\bmrs\b|\bmiss\b|тётя|эгч|\begch\b|\btía\b|doña|заказчица|"
            r"клиентка|принесла|оставила|забрала|заказала|написала|звонила|\bона\b|\bеё\b"
        ),
        True,
    ),
    (
        re.compile(
            r"(?i)\bhe\b|\bhis\b|\bhim\b|himself|\bmr\b|дядя|\bах\b|\bakh\b|\btío\b|"
            r"(?<![\w'’])don(?![\w'’])|принёс|(?:оставил|забрал|заказал|написал|звонил|переделал)\b(?!\()|"
            r"\bон\b|\bего\b"
        ),
        False,
    ),
]
# a trade word and its well-known misspelling
MISSPELT_HELDOUT120 = {
    "jewellery": "jewelery",
    "jeweller": "jeweler",
    "necklace": "neckless",
    "bracelet": "braclet",
    "receipt": "reciept",
    "engraving": "engraveing",
    "earrings": "earings",
    "battery": "battrey",
    "pendant": "pendent",
    "tomorrow": "tommorow",
    "address": "adress",
}
MISSPELT_WORD_HELDOUT120 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT120, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: Russian, Spanish, English
SHORTHAND_HELDOUT120 = {
    "пожалуйста": "пж",
    "спасибо": "спс",
    "сейчас": "щас",
    "por favor": "porfa",
    "también": "tb",
    "please": "pls",
    "thanks": "ta",
    "tomorrow": "tmrw",
    "message": "msg",
}
SHORTHAND_WORD_HELDOUT120 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT120, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT120 = (
    "January February March April May June July August September October November December".split()
)
RUSSIAN_MONTHS_HELDOUT120 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
MANX_MONTHS_HELDOUT120 = (
    "Jerrey-geuree;Toshiaght-arree;Mayrnt;Averil;Boaldyn;Mean-souree;Jerrey-souree;Luanistyn;Mean-fouyir;"
    "Jerrey-fouyir;Mee Houney;Mee ny Nollick".split(";")
)
SPANISH_MONTHS_HELDOUT120 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
ARAGONESE_MONTHS_HELDOUT120 = (
    "chinero febrero marzo abril mayo chunio chulio agosto setiembre otubre nobiembre abiento".split()
)


def _fold(text: str) -> str:
    """A Latin-letter name without its marks ('Chuaquín Lardiés' -> 'Chuaquin Lardies'); Cyrillic stays."""
    out = []
    for c in text:
        if c.isascii() or not ("\u00c0" <= c <= "\u024f"):
            out.append(c)
            continue
        out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
    return "".join(out)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Bizén' -> 'bizen')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, marks and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT120)


def _cyr(name: str) -> str:
    """The Cyrillic of a Kalmyk or Ingush given or family name ('Bovaev' -> 'Боваев')."""
    return CYRILLIC_HELDOUT120[name]


def _feminine(family: str) -> str:
    """A Russian-style family name as a woman carries it ('Bovaev' -> 'Bovaeva', 'Боваев' -> 'Боваева')."""
    return family + ("а" if re.search(r"[а-я]$", family) else "a")


def _patronymic(father: str, woman: bool, cyrillic: bool) -> str:
    """A Russian-style patronymic from a father's given name ('Ochir' -> 'Ochirovich'; 'Дорджи' ->
    'Дорджиевна')."""
    if cyrillic:
        base = _cyr(father)
        return (
            base + ("евна" if woman else "евич")
            if base.endswith("и")
            else base + ("овна" if woman else "ович")
        )
    return (
        father + ("evna" if woman else "evich")
        if father.endswith("i")
        else father + ("ovna" if woman else "ovich")
    )


class Gen120(Gen3):
    """Generators for held-out set 120: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT120)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) in Latin letters; an Aragonese has two family
        names."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT120)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT120[origin]
        for _ in range(50):
            first = rng.choice(women if woman else men)
            if origin == "aragonese":
                a, b = rng.sample(lasts, 2)
                last = f"{a} {b}"
            else:
                last = rng.choice(lasts)
            if not _reads_public(
                f"{ARAGONESE_MEN_HELDOUT120.get(first, first)} {last}"
            ) and not _reads_public(f"{first} {last}"):
                break
        return origin, first, last, woman

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT120's)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT120:
            woman = True
        if form == "nickname":
            nicks = NICKS_HELDOUT120[origin]
            women = set(NAMES_HELDOUT120[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        if form == "typo":
            typos = NAME_TYPOS_HELDOUT120[origin]
            _, first, _, woman = self._origin_name(origin, woman)
            last = typos[rng.choice(sorted(typos))]
            if origin in ("kalmyk", "ingush") and woman:
                last = _feminine(last)
            return f"{first} {last}"
        _, first, last, woman = self._origin_name(origin, woman)
        father = rng.choice([g for g in NAMES_HELDOUT120[origin][0] if g != first])
        if origin in ("kalmyk", "ingush"):
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
            if form == "translit":  # 'Dorji Khulkhachiyev', 'Ilez Dolgiyev', 'Bagautdin Khautiyev'
                last = rng.choice([x for x in NAMES_HELDOUT120[origin][2] if x in TRANSLIT_HELDOUT120])
                fam = _feminine(TRANSLIT_HELDOUT120[last]) if woman else TRANSLIT_HELDOUT120[last]
                if first in TRANSLIT_HELDOUT120 and rng.random() < 0.7:
                    first = TRANSLIT_HELDOUT120[first]
                return f"{first} {fam}"
            raise KeyError(form)
        if origin == "manx":
            if form == "full":
                return f"{first} {last}"
            if form == "surname_first":
                return f"{last}, {first}"
            if form == "initials":
                return f"{first[0]}. {last}"
            raise KeyError(form)
        spanish = {**ARAGONESE_MEN_HELDOUT120, **ARAGONESE_WOMEN_HELDOUT120}[first]
        if form == "aragonese_given":
            return f"{first} {last}"
        if form == "spanish_given":
            return f"{spanish} {last}"
        if form == "surname_first":
            return f"{last}, {spanish}"
        if form == "one_surname":
            return f"{first} {last.split()[0]}"
        if form == "ascii":
            return _fold(f"{first} {last}")
        if form == "initials":
            return f"{spanish[0]}. {last.split()[0]}"
        raise KeyError(form)

    def _owed_for(self, origins: tuple[str, ...] | None, cyrillic: bool, chat: bool, lead_form: str | None):
        """The first owed (origin, form) a template can take: its origin, its script, chat or form."""
        for origin, form in self.owed:
            if origins and origin not in origins:
                continue
            if lead_form and form != lead_form or form == "surname_first" and lead_form != form:
                continue
            if (form in CYRILLIC_FORMS_HELDOUT120) != cyrillic:
                continue
            if chat and form in FORM_ONLY_FORMS_HELDOUT120 or not chat and form in CHAT_ONLY_FORMS_HELDOUT120:
                continue
            return origin, form
        return None

    def _plain_person(self, origin: str, woman: bool | None, cyrillic: bool) -> str:
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if origin in ("kalmyk", "ingush"):
            if cyrillic:
                fam = _feminine(_cyr(last)) if woman else _cyr(last)
                if r < 0.6:
                    return f"{_cyr(first)} {fam}"
                if r < 0.8:
                    return _cyr(first)
                father = rng.choice([g for g in NAMES_HELDOUT120[origin][0] if g != first])
                return f"{_cyr(first)} {_patronymic(father, woman, True)}"
            fam = _feminine(last) if woman else last
            return f"{first} {fam}" if r < 0.7 else first if r < 0.9 else fam
        if origin == "manx":
            return f"{first} {last}" if r < 0.7 else first if r < 0.9 else last
        if r < 0.4:
            return f"{first} {last}"
        if r < 0.65:
            return f"{first} {last.split()[0]}"
        if r < 0.85:
            return first
        return f"{ARAGONESE_MEN_HELDOUT120.get(first, ARAGONESE_WOMEN_HELDOUT120.get(first))} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a Kalmyk kin
        word after it, one of the origin whose places, papers or speech the template names, in its script."""
        rng = self.rng
        cyrillic = bool(re.search(r"[\u0400-\u04ff]", template))
        m = TITLE_SLOT_HELDOUT120.search(template)
        if m:
            origins, woman, part = TITLED_HELDOUT120[m.group(1).lower()]
            origin = rng.choice(origins)
            if len(origins) > 1:
                origin = next((o for cue, o in ORIGIN_CUES_HELDOUT120 if cue.search(template)), origin)
            self._set_origin(origin)
            _, first, last, _ = self._origin_name(origin, woman)
            if part == "family":
                return last
            if origin in ("kalmyk", "ingush"):
                return _cyr(first) if cyrillic else first
            nicks = NICKS_HELDOUT120[origin]
            return nicks[first] if first in nicks and rng.random() < 0.3 else first
        s = SUFFIX_SLOT_HELDOUT120.search(template)
        if s:
            self._set_origin("kalmyk")
            _, first, _, _ = self._origin_name("kalmyk", SUFFIXES_HELDOUT120[s.group(1)])
            return _cyr(first) if cyrillic else first
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT120 if cue.search(template)), None)
        lead = next((k for k in SURNAME_FIRST_LEADS_HELDOUT120 if template.startswith(k)), None)
        origins: tuple[str, ...] | None = None
        lead_form = None
        if lead:
            origins, lead_form = SURNAME_FIRST_LEADS_HELDOUT120[lead]
        cued = next((o for cue, o in ORIGIN_CUES_HELDOUT120 if cue.search(template)), None)
        if cyrillic:
            origins = (cued,) if cued in ("kalmyk", "ingush") else ("kalmyk", "ingush")
        elif cued and not lead:
            origins = (cued,)
        owed = self._owed_for(origins, cyrillic, chat, lead_form)
        if owed and not (woman is False and owed[1] in WOMEN_FORMS_HELDOUT120):
            self.owed.remove(owed)
            self._set_origin(owed[0])
            return self._form(owed[0], owed[1], woman)
        origin = rng.choice(origins) if origins else rng.choice(ORIGINS_HELDOUT120)
        self._set_origin(origin)
        if lead_form:
            return self._form(origin, lead_form, woman)
        name = self._plain_person(origin, woman, cyrillic)
        c = rng.random()
        if chat and c < 0.05:
            return name.lower()
        return name

    def _caps(self, origin: str) -> str:
        """A name in capitals as a form or a passport writes it."""
        if origin in ("kalmyk", "ingush"):
            return self._form(origin, "russian_form").upper()
        if origin == "manx":
            return self._form(origin, "full").upper()
        return self._form(origin, "surname_first").upper()

    def _lower(self, origin: str) -> str:
        """A full name in lower case as chat types it."""
        if origin in ("kalmyk", "ingush"):
            return self._form(origin, "cyrillic").lower()
        form = "full" if origin == "manx" else "one_surname"
        value = self._form(origin, form)
        return (_fold(value) if self.rng.random() < 0.5 else value).lower()

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT120 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT120:
            template = rng.choice(FORCED_SENTENCES_HELDOUT120[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT120:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT120[f"upper_{origin}"]), self._caps(origin)))
            key = {"kalmyk": "lower_cyrillic", "ingush": "lower_cyrillic", "manx": "lower_latin"}
            filled.append(
                (
                    rng.choice(FORCED_SENTENCES_HELDOUT120[key.get(origin, "lower_aragonese")]),
                    self._lower(origin),
                )
            )
        while self.owed:
            origin, form = self.owed.pop(0)
            script = "cyrillic" if form in CYRILLIC_FORMS_HELDOUT120 else "latin"
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT120 else "form"
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT120[f"{kind}_{script}"]), self._form(origin, form))
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
        n, k, b = rng.randint(1, 60), rng.randint(1, 120), rng.randint(1, 9)
        pc = f"{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
        shapes = {
            "kalmyk": [
                f"г. Элиста, ул. Хомутникова, д. {n}, кв. {k}, 358009",
                f"г. Элиста, {b} мкр., д. {n}, кв. {k}, 3580{rng.randint(10, 14)}",
                f"Республика Калмыкия, г. Элиста, ул. Клыкова, д. {n}",
                f"ul. Khomutnikova {n}, kv. {k}, Elista, Kalmykia 358009",
                f"г. Лагань, ул. Октябрьская, д. {n}, 359220",
            ],
            "manx": [
                f"{n} Prospect Hill, Douglas, Isle of Man IM1 {b}{pc}",
                f"Flat {b}, {n} Loch Promenade, Douglas IM1 {b}{pc}",
                f"{n} Bowring Road, Ramsey, Isle of Man IM8 {b}{pc}",
                f"{n} Parliament Street, Ramsey IM8 {b}{pc}",
                f"{n} New Road, Laxey, Isle of Man IM4 {b}{pc}",
            ],
            "ingush": [
                f"г. Назрань, ул. Муталиева, д. {n}, кв. {k}, 386102",
                f"Республика Ингушетия, г. Назрань, мкр. Гамурзиево, д. {n}",
                f"г. Магас, ул. Чахкиева, д. {n}, 386001",
                f"г. Карабулак, ул. Джабагиева, д. {n}",
                f"ul. Mutalieva {n}, Nazran, Ingushetia 386102",
            ],
            "aragonese": [
                f"C/ Ramiro el Monje, {n}, {b}º {pick('ABCD')}, 22001 Huesca",
                f"Avda. Martínez de Velasco, {n}, 22004 Huesca",
                f"Avda. Regimiento de Galicia, {n}, 22700 Jaca",
                f"Avda. Los Tilos, {n}, 22440 Benasque",
                f"Casa {pick(['Tresaco', 'Bandrés', 'Garcés'])}, 22720 Hecho",
                f"C/ Mayor, {n}, 22728 Ansó",
                f"Plaza Mayor, {n}, 22330 Aínsa",
            ],
        }
        return pick(self._regional(shapes))

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        fam = last.split()[0]
        if origin in ("kalmyk", "ingush") and woman:
            fam = _feminine(fam)
        first, fam = _plain(first), _plain(fam)
        subject = rng.choice(SUBJECTS_HELDOUT120[origin])
        user = rng.choice(
            [
                f"{first}.{fam}",
                f"{first[:1]}.{fam}{rng.randint(1, 99):02d}",
                f"{first}{fam}{rng.randint(1, 99)}",
                f"{fam}.{first[:1]}",
                f"{first}_{subject}",
                f"{subject}.{first}",
                f"{first}{rng.randint(1970, 2008)}",
            ]
        )
        return f"{user}@{rng.choice(['gmail.com', *EMAIL_DOMAINS_HELDOUT120[origin]])}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        ru_mob = lambda: f"9{pick(['28', '38', '61', '62', '88', '09', '17'])}"  # noqa: E731
        shapes = {
            "kalmyk": [
                f"+7 {ru_mob()} {d(3)}-{d(2)}-{d(2)}",
                f"8 {ru_mob()} {d(3)} {d(2)} {d(2)}",
                f"8 (84722) {d(1)}-{d(2)}-{d(2)}",
                f"+7 (84722) {d(1)}-{d(2)}-{d(2)}",
            ],
            "ingush": [
                f"+7 {ru_mob()} {d(3)}-{d(2)}-{d(2)}",
                f"8{ru_mob()}{d(7)}",
                f"8 (8732) {d(2)}-{d(2)}-{d(2)}",
                f"8 (8734) {d(2)}-{d(2)}-{d(2)}",
            ],
            "manx": [f"07624 {d(6)}", f"+44 7624 {d(6)}", f"01624 {d(6)}", f"+44 1624 {d(3)} {d(3)}"],
            "aragonese": [
                f"974 {d(2)} {d(2)} {d(2)}",
                f"6{d(2)} {d(3)} {d(3)}",
                f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
                f"+34 974 {d(3)} {d(3)}",
                f"6{d(8)}",
            ],
        }
        return pick(self._regional(shapes))

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            [
                "4",
                "4",
                f"5{rng.randint(1, 5)}",
                f"5{rng.randint(1, 5)}",
                f"220{rng.randint(0, 4)}",
                f"220{rng.randint(0, 4)}",
                "34",
                "37",
            ]
        )
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
        code = rng.choice(IBAN_BY_ORIGIN_HELDOUT120[origin] if origin else sorted(IBAN_BANKS_HELDOUT120))
        iban = _iban_of(rng, code)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice(
            [
                f.ipv4_public(),
                f.ipv4_public(),
                f"192.168.{rng.choice([0, 1, 8, 100])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            ]
        )

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice(
            [
                f"2a00:1fa0:{h()}:{h()}::{h()}",
                f"2a02:2698:{h()}:{h()}::{h()}",
                f"2a02:c7c:{h()}:{h()}::{h()}",
                f"2a0c:5a80:{h()}:{h()}::{h()}",
                f"2a01:4f8:{h()}:{h()}::{h()}",
            ]
        )

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the shop's router, the CCTV recorder, the card terminal, the online
        shop's admin logins, sshd and nginx lines; v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the CCTV recorder in the shop is on {}, the installer needs it", v4),
            ("the card terminal got {} from the router, put it in the till settings", v4),
            (
                "Shopify says someone logged into the jewellery shop admin from {}, was that you?",
                rng.choice([v4, v6]),
            ),
            ("the Etsy sign-in alert came from {}, not from Douglas", v4),
            ("видеорегистратор в мастерской на {}, зайди с ноутбука", v4),
            ("роутер в ювелирке на {}, перезагрузи его пж", v4),
            ("el grabador de las cámaras de la joyería está en {}", v4),
            ("the workshop's laser engraver answers on {}, send the file there", v4),
            ("the alarm panel's IP is {}, the alarm company asked for it", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ssh admin@{}", v4),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Mar 14 09:02:11 shop-srv sshd[3122]: Failed password for root from {} port 50122 ssh2", v4),
            ('{} - - [14/Mar/2026:09:15:40 +0300] "POST /admin/login HTTP/1.1" 401 512', v4),
            ("nvr_host: {}", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, pick = self.rng, self.rng.choice
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1975, 2012)
        places = {
            "kalmyk": (["Elista", "Tulpan", "Lagan", "Khurul"], ["@08", "#kalm", "_2025", "!!"]),
            "ingush": (["Nazran", "Magas", "Galgai", "Vovnushki"], ["@06", "#ing", "_2024", "!!"]),
            "manx": (["Mannin", "Laxey", "Ramsey", "Snaefell"], ["@1624", "#IOM", "2025", "!!"]),
            "aragonese": (["Uesca", "Ansotana", "Benas", "Pireneo"], ["@974", "#arg", "2025", "!!"]),
        }
        words, tails = places[pick(ORIGINS_HELDOUT120)]
        nick = pick(["baatr", "bulgun", "fynlo", "kirree", "ilez", "taus", "quino", "orosia"])
        return pick(
            [
                f"{pick(words)}{pick(tails)}",
                f"{pick(words)}{pick(tails)}",
                pick(["silver", "golden", "diamond", "sapphire", "emerald"]).translate(leet)
                + pick(["", "!", "_120"]),
                f"{nick}{pick([str(year), str(year)[2:], '123'])}",
                f"{pick(['Shop', 'Taller', 'Workshop', 'Masterskaya'])}{rng.randint(2019, 2026)}-"
                f"{pick(['Wifi', 'Net', 'Red'])}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Shop2024Wifi"
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            ("the wifi in the workshop is {}, it's on the back of the till too", pw),
            ("the safe code is {}, only open it when I'm on the phone", d(6)),
            ("the alarm code for the shop is {}, set it when you lock up", d(4)),
            ("the Etsy password for the shop is {}", pw),
            ("the Shopify staff login is the shop gmail, password {}", pw),
            ("my bank sent the code {}, read it to me quick", d(6)),
            ("the wifi in the Ramsey shop is {}, ny insh da peiagh erbee", pw),
            ("код от сейфа {}, никому не говори", d(6)),
            ("пароль от вайфая в мастерской {}, никому не говори", pw),
            ("код от домофона {}, заходи сразу на второй этаж", d(4)),
            ("пароль от Авито {}, выложи кольцо сам пж", pw),
            ("код из СМС {}, никому не сообщайте код", d(6)),
            ("ПИН-код от карты Мир {}, сними на ремонт часов", d(4)),
            ("la contraseña del wifi de la joyería es {}, no se la digas a nadie", pw),
            ("el PIN de Bizum es {}, paga tú la señal del anillo", d(4)),
            ("a clau d'o wifi d'o taller ye {}, no la digas a dengún", pw),
            ("el código de la alarma del taller es {}", d(4)),
            ("la contraseña de Wallapop es {}, sube tú los relojes", pw),
            ("curl -u tienda:{} https://shop.example/api/orders", colonless),
            ("WIFI:T:WPA;S:Taller_Joyeria;P:{};;", colonless),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("SHOPIFY_ACCESS_TOKEN={}", "shpat_" + tok(32, hexd)),
            ("TELEGRAM_BOT_TOKEN={}", f"{rng.randint(1000000000, 7999999999)}:AA{tok(33, b64)}"),
            ("ETSY_API_KEY={}", tok(24, "abcdefghijklmnopqrstuvwxyz0123456789")),
            ("SENDGRID_API_KEY={}", "SG." + tok(22, b64) + "." + tok(43, b64)),
            ("GITHUB_TOKEN={}", "ghp_" + tok(36, alnum)),
            ("SMTP_PASSWORD={}", colonless),
            ("Password: {}", pw),
            ("Пароль: {}", pw),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the online shop, Etsy, Instagram, Telegram, Avito, Wallapop; 'baatr.bovaev',
        'uesca_chaime', 'mannin_fynlo84'."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first), _plain(last.split()[0])
        yy = rng.randint(80, 99) if rng.random() < 0.6 else rng.randint(0, 12)
        subject = rng.choice(SUBJECTS_HELDOUT120[origin])
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

    def _birth(self, oldest: int = 1942, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1942, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses."""
        y, m, day = self._birth(oldest, youngest)
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return {
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RUSSIAN_MONTHS_HELDOUT120[m - 1]} {y} г.",
            "uk": f"{day:02d}/{m:02d}/{y}",
            "en_words": f"{day}{th} {EN_MONTHS_HELDOUT120[m - 1]} {y}",
            "gv_words": f"{day} {MANX_MONTHS_HELDOUT120[m - 1]} {y}",
            "es": f"{day:02d}/{m:02d}/{y}",
            "es_words": f"{day} de {SPANISH_MONTHS_HELDOUT120[m - 1]} de {y}",
            "an_words": f"{day} de {ARAGONESE_MONTHS_HELDOUT120[m - 1]} de {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        shapes = self._dob_shapes()
        own = {
            "kalmyk": ["ru", "ru_words"],
            "ingush": ["ru", "ru_words"],
            "manx": ["uk", "en_words"],
            "aragonese": ["es", "es_words"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ru", "uk", "es", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, the gold buyer's form,
        the insurance valuation, the shop's loyalty card, a paste."""
        s, old = self._dob_shapes(), self._dob_shapes(1935, 1955)
        options = [
            ("Дата рождения: {}", s["ru"]),
            ("я родилась {}, впиши в анкету для скупки золота", s["ru_words"]),
            ("мама родилась {}, это нужно для договора скупки", old["ru_words"]),
            ("для страховки кольца нужна дата рождения: {}", s["ru"]),
            ("Date of birth: {}", s["uk"]),
            ("I was born on the {}, put it on the valuation for the insurance", s["en_words"]),
            ("my dad was born {}, the gold buyer wants it on the form", old["en_words"]),
            ("ruggit {}, that's the birthday for my loyalty card", s["gv_words"]),
            ("Fecha de nacimiento: {}", s["es"]),
            ("nací el {}, ponlo en la tasación del seguro", s["es_words"]),
            ("Calendata de naixencia: {}", s["an_words"]),
            ("mi madre nació el {}, lo pide el formulario de compra de oro", old["es_words"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("birth_date: {}", s["iso"]),
            ("DOB: {}", s["uk"]),
        ]
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its real bank codes (IBAN_BANKS_HELDOUT120); mod-97 check."""
    banks, rest = IBAN_BANKS_HELDOUT120[country]
    count = int(rest[:-1])
    bban = rng.choice(banks) + "".join(rng.choice(string.digits) for _ in range(count))
    return _iban_from_bban(country, bban)


HELDOUT120_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "ФИО: {}",
        "Фамилия Имя Отчество: {}",
        "Заказчик: {}",
        "Квитанция на ремонт часов, заказчик: {}",
        "{} принесла цепочку из Элисты, спаять в двух местах",
        "{} из Назрани заказал обручальные кольца на свадьбу",
        "{} оставила серьги на чистку, заберёт в субботу",
        "{} просит выгравировать дату на часах",
        "мастер {} в Элисте делает серебро с калмыцким орнаментом",
        "ювелир {} из Магаса переделал старое кольцо",
        "клиентка {} хочет кольцо на размер больше",
        "тётя {} из Карабулака хочет проколоть уши внучке",
        "дядя {} принёс часы отца, там треснуло стекло",
        "{} ах приедет за браслетом после обеда",
        "{} эгч просит почистить серебряную пиалу",
        "{} from Elista ordered a silver bracelet with the Kalmyk pattern",
        "{} in Nazran wants the wedding rings engraved by Friday",
        "{} akh will bring the watch from Lagan tomorrow",
        "{} egch wants her earrings cleaned before the wedding",
        "Surname, forename: {}",
        "{} from Ramsey dropped off the carriage clock for a service",
        "Mrs {} wants the triskelion pendant engraved",
        "Mr {} in Douglas collected his grandfather's watch",
        "{} at the Laxey workshop does the engraving",
        "{} says gura mie for fixing the clasp",
        "Apellidos y nombre: {}",
        "Nombre y apellidos: {}",
        "Cliente: {}",
        "{} de Jaca ha dejado el reloj para cambiar la pila",
        "{} quiere grabar la fecha de la boda en los anillos",
        "la joyería de Huesca dice que {} ya ha pagado la señal",
        "tía {} de Hecho trae los pendientes de la abuela",
        "tío {} quiere que le limpien el reloj de bolsillo",
        "doña {} ha encargado una medalla de Santa Orosia",
        "don {} recoge el reloj el sábado por la mañana",
        "{} de Aínsa pregunta si el anillo está listo, grazias",
        "{} is the jeweller, she does the resizing",
        "{} is the watch repairer, he's there on Tuesdays",
        "{} and {} run the workshop together",
        "ask {} if the new clasps came in",
        "{} wants the engraving to say 'always'",
        "{} left a deposit for the gold chain",
        "{} is the apprentice, he polishes the silver",
        "{} signed for the parcel from the assay office",
        '"customer": "{}",',
        "- customer: {}",
        "| {} | ring resize | paid |",
        "Customer: {}",
        "Name on the repair ticket: {}",
        "Engraver: {}",
        "Collected by: {}",
    ],
    "STREET_ADDRESS": [
        "the shop is at {}, ring the bell",
        "send the repaired watch to {}",
        "мастерская теперь по адресу {}",
        "адрес для доставки: {}",
        "la joyería está en {}, al lado de la farmacia",
        "envíame el reloj a {}",
        "Address: {}",
        "Адрес: {}",
        "Dirección: {}",
        "Delivery address: {}",
        "the valuation letter went to {}",
        "my new address is {}, change it on the insurance",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the valuation to {}",
        "the Etsy receipts go to {}",
        "моя почта {}, пришли фото кольца",
        "E-mail: {}",
        "Эл. почта: {}",
        "Correo: {}",
        "mándame la factura a {}",
        "the customer's email is {}",
        "write to {} about the engraving proof",
        '"email": "{}",',
        "Reply-To: {}",
    ],
    "PHONE_NUMBER": [
        "call me on {} when the watch is ready",
        "the workshop's number is {}",
        "мой номер {}, позвоните, когда будет готово",
        "Тел.: {}",
        "Teléfono: {}",
        "llámame al {} cuando esté el anillo",
        "Phone: {}",
        "text {} about the collection",
        "the engraver's mobile is {}",
        "напиши в ватсап на {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "pay the deposit with my card {}",
        "the card for the repair is {}",
        "оплати ремонт картой {}",
        "Card number: {}",
        "Номер карты: {}",
        "paga con la tarjeta {}",
        "Número de tarjeta: {}",
        "charge the rest of the ring to {}",
        "the Shopify order was paid with {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the rest for the ring to {}",
        "IBAN: {}",
        "the jeweller's account is {}",
        "переведи за ремонт на {}",
        "счёт брата для перевода: {}",
        "hazme la transferencia a {}",
        "Cuenta: {}",
        "the gold buyer pays into {}",
        "Account: {}",
        "refund the deposit to {}",
    ],
    "USERNAME": [
        "my Etsy shop username is {}",
        "on Instagram the workshop is @{}",
        "ник в телеграме @{}",
        "логин на Авито {}",
        "mi usuario de Wallapop es {}",
        "Login: {}",
        "Username: {}",
        "Логин: {}",
        "Usuario: {}",
        "the Shopify staff account is {}",
        "the engraver posts as {} on TikTok",
        '"username": "{}",',
    ],
}
HELDOUT120_MIXED = [
    ("ФИО: {}\nДата рождения: {}\nТелефон: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Customer: {}\nPhone: {}\nE-mail: {}", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    (
        "Nombre y apellidos: {}\nFecha de nacimiento: {}\nDirección: {}",
        ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"],
    ),
    ("Surname, forename: {}\nAddress: {}", ["PERSON", "STREET_ADDRESS"]),
    ("Заказчик: {}\nАдрес: {}\nТел.: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("{} paid for the ring with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the deposit back in {}", ["PERSON", "IBAN_CODE"]),
    ("the engraver is {}, {}, and wants the fee in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("Etsy login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("{} ({}) approved the engraving proof", ["PERSON", "EMAIL_ADDRESS"]),
    ("the supplier charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the valuation to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change it on the insurance", ["PERSON", "STREET_ADDRESS"]),
    ("Titular: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the CCTV recorder is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("SHOP_DB_HOST={}\nSHOP_DB_USER={}\nSHOP_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} does the engraving and {} does the watches", ["PERSON", "PERSON"]),
    ("{} wants the invoice sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Клиент: {}\nКарта: {}", ["PERSON", "CREDIT_CARD"]),
    ("{} de Huesca, teléfono {}", ["PERSON", "PHONE_NUMBER"]),
]
HELDOUT120_NEGATIVES = [
    "Elista has the Golden Abode of Buddha Shakyamuni, the biggest Buddhist temple in Europe",
    "Elista built Chess City for the 1998 Olympiad",
    "in Kalmyk 'ах' is an elder brother and 'эгч' an elder sister, said after the given name",
    "Kalmyk silver belt buckles have the ulzii knot on them",
    "Менд! Ханҗанав, кольцо очень красивое",
    "Nazran, Magas and Karabulak are in Ingushetia, Magas is the capital",
    "the Vovnushki towers are on the Ingush postcards by the till",
    "Баркал, the bracelet came out beautiful",
    "an Ingush bride's silver belt is worn at the wedding, the shop only cleans it",
    "Douglas, Ramsey and Laxey are on the Isle of Man",
    "the Laxey Wheel is on half the souvenir pendants",
    "Tynwald Day is 5 July, the shop shuts at noon",
    "gura mie ayd for the quick repair",
    "Moghrey mie, the shop opens at ten today",
    "the three legs of Man, the triskelion, is on the Manx flag",
    "Huesca, Jaca, Benasque and Aínsa are in the Alto Aragón",
    "Santa Orosia is the patron saint of Jaca, her feast is on 25 June",
    "in the valleys a family is known by its house name, casa Tresaco in Hecho",
    "grazias, ye muito polito",
    "tío and tía go before a given name in the villages, they are no part of it",
    "Spanish papers write two family names, the father's first and the mother's second",
    "Russian forms ask for the family name, the given name and the patronymic",
    "a UK size P ring is about a 17.5 on the Russian scale",
    "the watch is a Seiko SKX007 with the 7S26 calibre",
    "Omega Speedmaster reference 311.30.42.30.01.005",
    "repair ticket 3412, battery and gasket, ready Friday",
    "квитанция № 5521: замена батарейки, 600 ₽",
    "hallmark 585 means 14 carat, 750 is 18 carat",
    "проба 925 — это серебро, 585 — золото",
    "the gold buying price today is 6,400 roubles per gram",
    "la ley del oro de 18 quilates es 750 milésimas",
    "the valuation reference is VAL-2026-0318",
    "invoice INV-120-0457 for the engraving, £35",
    "factura F-2026/0912, grabado de la medalla, 25 €",
    "Cartier, Tous and Breguet are brands, not customers",
    "SOKOLOV is a jewellery brand, the shop stocks its silver chains",
    "Pandora charms are on the second shelf",
    "the Swatch strap is 19 mm, not 20",
    "the test card 4111 1111 1111 1111 only works in the terminal's demo mode",
    "the example IBAN in the bank's leaflet is GB82 WEST 1234 5698 7654 32",
    "use user@example.com in the shop's demo",
    "the docs use 192.0.2.10 and 2001:db8::1 for the card terminal",
    "the default password on the CCTV recorder is admin, change it",
    "the safe code in the manual is 000000, the shop changed it",
    "the shop opened on 14 March 2009",
    "the watch was made in 1962, it's older than the shop",
    "the clock was a retirement present in 1998",
    "замените стекло на сапфировое, 2500 ₽",
    "скидка 10% на ремонт часов до конца месяца",
    "мастерская работает с 10 до 19, без выходных",
    "la relojería cierra los lunes",
    "el anillo es de plata de ley 925",
    "the brooch is Victorian, marked Birmingham 1884",
    "the Assay Office in Sheffield stamps a rose",
    "the jump ring on the bracelet broke, five minutes to fix",
    "a 0.3 carat diamond, colour G, clarity VS2",
    "the pearls need restringing every few years",
    "strap sizes 18, 20 and 22 mm are in stock",
    "the Kalmyk tea bowl is silver-plated, not solid silver",
    "the Ingush towers pendant comes in silver and gold",
    "Manx cats have no tails, the brooch shows one anyway",
    "the TT races close the roads in June, deliveries are late",
    "Ansó and Hecho keep their old dress for the valley festival",
    "the fiesta in Huesca is San Lorenzo, on 10 August",
    "the watch battery is an SR626SW, 377 in the old numbering",
    "the order from Ozon arrives at the pickup point on Thursday",
    "the Etsy listing for the silver rings got 40 favourites",
    "the engraving machine needs a new diamond tip",
    "в пятницу мастер в отпуске, приходите в понедельник",
    "el taller de Jaca también arregla relojes de pared",
    "a half-hunter pocket watch from 1910 is in the window",
    "the clasp is a lobster claw, the old one was a spring ring",
    "the ring was sized from N to P",
    "ticket numbers start with the shop code, DG for Douglas and RY for Ramsey",
    "the estimate is £120 for the full service and £15 for a new crystal",
    "ювелирка на Муталиева открыта до шести",
    "the serial number 8K41207 is on the back of the case",
    "Bizum no funciona para pagos de más de 1.000 €",
]


def _typo120(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a trade word's well-known misspelling ('jewellery' -> 'jewelery',
    'necklace'
    -> 'neckless', 'receipt' -> 'reciept'), or chat shorthand in the set's languages (Russian 'пожалуйста' ->
    'пж', 'спасибо' -> 'спс', Spanish 'por favor' -> 'porfa', 'please' -> 'pls'). Only in sentences typed to
    the bot or a friend; titles and kin words by a name stay as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT120.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT120[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT120.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT120[m.group(1)] + template[m.end() :]


def build_heldout120(seed: int = HELDOUT120_SEED) -> list[Example]:
    """Held-out set 120: `Gen120` values in `HELDOUT120_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen120.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen120(seed)
    examples = assemble_module_set(
        gen, HELDOUT120_TEMPLATES, HELDOUT120_MIXED, HELDOUT120_NEGATIVES, _typo120, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
