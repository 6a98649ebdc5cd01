"""Held-out PII set 101 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout101": written by a separate author who did not change recognizers, never saw Kaizen's misses on it
and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT101 is empty, as for the sets
before it; written at the same time as held-out 102 by another author). The theme is mobile phones and the
things around them as ordinary people talk about them: buying a SIM and registering it with an ID, top-ups
and data bundles, mobile money transfers and the agent's kiosk with its till number, the phone-repair stall
and its job ticket (the screen replacement, the unlock PIN left with the repairer), the family data plan,
the lost phone and the SIM swap, roaming abroad, the fibre or broadband installer's visit, the phone bill
dispute, the second-hand phone sold online and the family's WhatsApp or Telegram group and its admin. The
peoples were chosen after grepping the earlier sets' docstrings: none of the four is a main people of held-out
27 to 100 (Kyrgyz and Malagasy names were one list among dozens in held-out 8, Tuvaluan in held-out 12 and
Gullah in held-out 14, never a set's own people), so no neighbour had to take a place. Hand-written lists of
the Kyrgyz of Bishkek, Osh and Naryn and Kyrgyz migrant workers in Moscow (the SIM registered with the ID
card at the Megacom or the O! shop, the O!Dengi and Elsom wallets, the money sent home from Moscow, the
screen put on at the Dordoi stalls; Kyrgyz given names ('Aibek', 'Nurlan', 'Bakyt', 'Chyngyz', 'Aizhan',
'Cholpon', 'Gulnara', 'Jyldyz', 'Begimai'), Russian-style family names in -ov and -bekov with the woman's -a
('Asanbekov', 'Mamytova', 'Abdrakhmanova'), the newer patronymic family name in 'uulu' (son of) and 'kyzy'
(daughter of) after the father's given name ('Aibek Nurlan uulu', 'Aizhan Bakyt kyzy'), the Russian papers'
order with the family name first and the patronymic in -ovich and -ovna ('Abdrakhmanov Aibek Nurlanovich')
or the initials ('Abdrakhmanov A. N.'), the names in Cyrillic with Kyrgyz's ү, ө and ң ('Чыңгыз Асанбеков',
'Айжан Бакыт кызы', 'Гүлнара'), the short forms friends use ('Nurik', 'Baha', 'Gulya', 'Aika'), and
'baike' (an elder brother or uncle), 'eje' (an elder sister), 'apa' (mother, an older woman), 'ata'
(grandfather) and 'agai' (a teacher, a respected man) after a given name, outside the span), the Malagasy
of Antananarivo, Fianarantsoa and Toamasina and of Paris (the MVola and Orange Money agent by the taxi-be
stop, the Telma and Airtel SIM, the phone sent from Château-Rouge; Malagasy given names ('Hery', 'Rivo',
'Tojo', 'Haja', 'Voahirana', 'Lalao', 'Fanja', 'Miora'), the long family names ('Andrianaivo',
'Rakotomalala', 'Razafindrakoto', 'Randrianarisoa', 'Rasoanaivo', 'Randriamampionona'), the official
forms' family name first in capitals with the given names after it ('RAKOTOMALALA Hery Nirina'), a long
name typed with a letter dropped or two swapped ('Razafindrakto', 'Randrianairsoa'), the nicknames
('Koto', 'Bodo', 'Tsiky', 'Lala'), Malagasy's personal article 'i' before a name, and 'Ramose' (Mr) and
'Ramatoa' (Mrs) before a full name and 'Dadabe' (grandfather), 'Neny' (mum) and 'Zoky' (elder sibling)
before a given name, outside the span), the Gullah Geechee of St. Helena Island, Beaufort, Sapelo Island's
Hog Hammock and Charleston (the family plan on one bill, the church's phone tree, the cell signal on the
islands, the phone bought on Swappa; old church given names ('Cornelius', 'Ezekiel', 'Thaddeus', 'Hagar',
'Louvenia', 'Ophelia', 'Minerva'), family names of the Sea Islands ('Polite', 'Grovner', 'Gadsden',
'Ladson', 'Chisolm', 'Wigfall', 'Brisbane'), 'Jr.', 'Sr.' and 'III' after a name ('Moses Polite Jr.'),
basket names, the nickname given at birth ('Junebug', 'Peanut', 'Shug', 'Tutu'), American initials ('C. J.
Grovner'), and 'Miss', 'Sister' and 'Brother' before a given name, 'Deacon' before a full name and 'Mother'
and 'Elder' before a family name, outside the span) and the Tuvaluans of Funafuti, Nukulaelae and of
Auckland's Tuvaluan community in Henderson and Ranui (the Tuvalu Telecom top-up card, the fatele livestream
that eats the data, the video call home on Sunday, the SIM bought at the airport in Auckland; given names
('Seluka', 'Enele', 'Taafaki', 'Kausea', 'Natano', 'Faoliu', 'Lagi', 'Fulisia', 'Tilesa', 'Asenati'), family
names ('Sopoaga', 'Tinilau', 'Homasi', 'Alefaio', 'Laupepa'), the father's given name used as the family name
('Malia Seluka'), the short forms ('Sefa', 'Tele', 'Fuli'), and 'Faifeau' (a pastor) before a full name and
'Tupuna' (a grandparent) before a given name, outside the span; no full name of a public figure: the
Tuvaluan prime ministers' names among these lists are kept apart); every one of those name forms, and a name
in capitals, a name in lower case and a titled name of each people, is forced into the build at least once
so it does not hang on the seed, and the address, the phone or the date of birth after a name in one
sentence mostly comes from that name's region; names on a SIM registration, a repair stall's job ticket, a
mobile money receipt, an installer's booking, a listing and a group's settings, in English ('Subscriber:',
'Job ticket for:', 'Customer:', 'Seller:', 'Group admin:', 'Installer booked for:', 'Account holder:'),
Russian and Kyrgyz ('Ф.И.О.:', 'Аты-жөнү:', 'Абонент:'), French ('Nom et prénoms :', 'Titulaire :') and
Malagasy ('Anarana sy fanampiny:'); a repair shop, a phone shop and a prize named after a family
('Osmonov Telecom', 'Rasoanaivo Phone Shop', 'Polite's Cell Repair', 'the Tinilau cup') no person either,
and a tariff, a bundle code (*123#), a till number, a job ticket's and a model's number no secret;
self-hosted apps' config no earlier set pasted: Snipe-IT's .env with APP_KEY, DB_PASSWORD and MAIL_PASSWORD
for a phone shop's stock and its API token, GenieACS's UI JWT secret for the fibre installer's TR-069
server, OpenWrt's /etc/config/wireless and network, MikroTik RouterOS commands with the wpa2-pre-shared-key
and a user's password, FreeRADIUS's clients.conf secret and users file, the Evolution API's
AUTHENTICATION_API_KEY for a shop's WhatsApp, Jasmin SMS gateway's jcli and adb's locksettings with the old
PIN; those regions' addresses (Bishkek's 'mkr. Dzhal-29, d. 14, kv. 56' and streets in Latin and Cyrillic,
Osh's and Naryn's with their postcodes, Moscow's 'ул. Краснодонская, д. 19, корп. 2, кв. 88', Antananarivo's
'Lot IVG 123 Behoririka, Antananarivo 101', Fianarantsoa's and Toamasina's lots, Paris's and Saint-Denis's
streets with the postcode first, St. Helena Island, Beaufort, Charleston and Johns Island SC, Hog Hammock on
Sapelo Island GA and its PO box, Funafuti's villages on Fongafale, Nukulaelae's Fangaua, a PO Box in
Funafuti, and Henderson and Ranui in West Auckland) and phones (Kyrgyz mobiles '+996 555', '0700', '(0772)',
Bishkek's '312', Osh's '3222', Naryn's '3522', Moscow's '+7 926' and '8 (916)', Malagasy mobiles '+261 34',
'032', '033' and Antananarivo's '020 22', Paris's '06' and '+33', the Lowcountry's '(843) 838', '843-52x'
and '+1 843', Sapelo's '(912) 485', Tuvalu's five-digit landlines and six-digit mobiles '+688', Auckland's
'(09) 836' and NZ mobiles); Visa, Mastercard, Russia's Mir 2200 to 2204, UnionPay 62, Amex and Discover 6011
as a phone shop, a repair stall, Back Market, the carrier or the roaming pack take them; IBANs of France for
the Malagasy in Paris, of Madagascar, of Kazakhstan for a Kyrgyz brother in Almaty, of Turkey for a Kyrgyz
student, and of Germany for a Gullah son stationed there (Kyrgyzstan, the United States, Tuvalu and New
Zealand have none); IPs of the router's admin page, the fibre ONT, the phone's Wi-Fi details, the agent's POS
terminal, the repair stall's laptop, a Telegram or Google sign-in alert and the pastes, v4 and v6; secrets
handed over in ways no earlier set used (the unlock PIN left with the repairer, the PUK on the SIM's plastic
card, the installer's sticker on the router, the hotspot password, the mobile money PIN, the wallet PIN a
migrant texts home), the places ('Bishkek720001', 'Tana101@', 'Sapelo#912', 'Funafuti#688'), phone words in
leetspeak ('r04m1ng', 'b4l4nc3'), and cues in Russian ('пароль ..., никому не говори'), Kyrgyz ('сырсөз
..., эч кимге айтпа'), Malagasy ('ny tenimiafina dia ..., aza omena olona'), French ('le code c'est ..., ne
le donne à personne'), Gullah ('de password da ..., don' tell nobody') and Tuvaluan ('te password ko ..., sa
tuku atu ki se tino'); usernames on Lalafo, Leboncoin, Swappa, Facebook Marketplace, Telegram, Cash App,
Snipe-IT and the pastes, shapes like 'x_osh', 'x.tana', 'x843', 'x.funafuti', 'x.repairs', 'x_phones';
dates of birth for a SIM registration, a mobile money account, a family plan's line for a teenager, a
contract and a roaming form, in Kyrgyzstan's '14.03.1987', Russian ('14 марта 1987 г.'), Kyrgyz's label
('Туулган датасы:'), Malagasy ('teraka tamin'ny 14 Martsa 1987'), French ('né le 14 mars 1987'), American
('March 14, 1987', '03/14/1987'), Tuvaluan months ('14 Mati 1987'), New Zealand's '14/03/1987' and an ISO
date, all drawn between fixed years from the set's own rng so the set builds the same on any day; typos as
people type on a phone: a phone word's well-known misspelling ('warranty' -> 'waranty', 'guarantee' ->
'garantee', 'battery' -> 'battary', 'signal' -> 'singal', 'replacement' -> 'replacment') or chat shorthand
('phone' -> 'fone', 'please' -> 'pls', 'message' -> 'msg', 'tomorrow' -> 'tmrw'); negatives with the same
regions' places, the titles and the name forms explained, tariffs, bundle codes, plan names, model numbers,
prices, till and ticket numbers alone, dates that are no birthdays (a contract's end, a bill's, a roaming
pack's), a shop and a prize named after families, versions, placeholder secrets, test cards, an example
IBAN, a placeholder e-mail, documentation IPs (v4 and v6) and short everyday chat; no public figure is named
as a person).

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

HELDOUT101_SEED = 6410385
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT101: list[str] = []
# each origin: (men's given names, women's given names, family names); a Kyrgyz or Russian-style family name
# is the man's, a woman's takes -a (_feminine)
NAMES_HELDOUT101: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Kyrgyz of Bishkek, Osh and Naryn and migrant workers in Moscow
    "kyrgyz": ("Aibek Nurlan Bakyt Azamat Ulan Talant Ermek Kanybek Almazbek Daniyar Chyngyz Mirlan Bektur Tilek Nurbek Erlan Marat".split(),
               "Aizhan Cholpon Gulnara Aigerim Nazgul Begimai Asel Jyldyz Meerim Aidana Kanykei Elnura Aiperi Baktygul".split(),
               "Abdrakhmanov Mamytov Asanbekov Sadykov Osmonov Zhumabekov Kasymov Bakirov Usenov Isakov Temirbekov Omurzakov Mambetov Alybaev Kadyrkulov Toktomushev Sultanbekov".split()),
    # Malagasy of Antananarivo, Fianarantsoa and Toamasina and of Paris: the long family names
    "malagasy": ("Hery Rivo Tojo Andry Mamy Haja Tiana Njaka Faly Solofo Toky Lanto Rado Fetra Rindra".split(),
                 "Voahirana Lalao Haingo Fanja Miora Nirina Volana Hanitra Tahina Lova Ony Vololona Mialy".split(),
                 "Andrianaivo Rakotomalala Razafindrakoto Randrianarisoa Rasoanaivo Rakotondrabe Rakotoarisoa Razanamparany Randriamampionona Ratsimbazafy Rasolofoniaina Razafimahatratra Andriamanantena Rakotonirina Randrianasolo Rajaonarison Andriamahefa".split()),
    # Gullah Geechee of St. Helena Island, Beaufort, Sapelo Island and Charleston
    "gullah": ("Cornelius Ezekiel Isaiah Jeremiah Moses Nathaniel Josiah Lucius Thaddeus Willie Otis Rufus Solomon Elijah Abram".split(),
               "Hagar Viola Hester Bernice Ophelia Louvenia Cleo Geneva Rosalee Inez Minerva Delphine Mattie Lula".split(),
               "Polite Grovner Gadsden Ladson Chisolm Middleton Singleton Wigfall Jenkins Bailey Capers Heyward Brisbane Washington Mack Legare Simmons Fields".split()),
    # Tuvaluans of Funafuti and Nukulaelae and of Auckland's Henderson and Ranui; the men's given names are
    # also the fathers' that children carry as a family name (_form 'father')
    "tuvaluan": ("Seluka Enele Taafaki Kausea Natano Faoliu Tafue Iosefa Telito Alapati Falaile Lotoala Vete Manu".split(),
                 "Lagi Malia Fulisia Sina Tilesa Asenati Lita Kalisi Tauala Leotina Sueala".split(),
                 "Sopoaga Tinilau Homasi Alefaio Laupepa Maheu Tuilimu Simati Apinelu Kaitu Fakalofa Penitusi".split()),
}  # fmt: skip
# full names of public figures these lists could put together; the generators never give them
PUBLIC_FIGURES_HELDOUT101 = {
    "Enele Sopoaga", "Kausea Natano", "Feleti Teo", "Apisai Ielemia", "Maatia Toafa", "Saufatu Sopoanga",
    "Andry Rajoelina", "Hery Rajaonarimampianina", "Rivo Rakotovao", "Sadyr Japarov", "Almazbek Atambaev",
    "Kurmanbek Bakiev", "Roza Otunbaeva", "Cornelia Bailey", "Emory Campbell",
}  # fmt: skip
# the Kyrgyz names in Cyrillic, as an ID card, a Russian form or a chat in Bishkek writes them
CYRILLIC_HELDOUT101 = {
    "Aibek": "Айбек", "Nurlan": "Нурлан", "Bakyt": "Бакыт", "Azamat": "Азамат", "Ulan": "Улан", "Talant": "Талант",
    "Ermek": "Эрмек", "Kanybek": "Каныбек", "Almazbek": "Алмазбек", "Daniyar": "Данияр", "Chyngyz": "Чыңгыз",
    "Mirlan": "Мирлан", "Bektur": "Бектур", "Tilek": "Тилек", "Nurbek": "Нурбек", "Erlan": "Эрлан", "Marat": "Марат",
    "Aizhan": "Айжан", "Cholpon": "Чолпон", "Gulnara": "Гүлнара", "Aigerim": "Айгерим", "Nazgul": "Назгүл",
    "Begimai": "Бегимай", "Asel": "Асел", "Jyldyz": "Жылдыз", "Meerim": "Мээрим", "Aidana": "Айдана",
    "Kanykei": "Каныкей", "Elnura": "Элнура", "Aiperi": "Айпери", "Baktygul": "Бактыгүл",
    "Abdrakhmanov": "Абдрахманов", "Mamytov": "Мамытов", "Asanbekov": "Асанбеков", "Sadykov": "Садыков",
    "Osmonov": "Осмонов", "Zhumabekov": "Жумабеков", "Kasymov": "Касымов", "Bakirov": "Бакиров", "Usenov": "Үсөнов",
    "Isakov": "Исаков", "Temirbekov": "Темирбеков", "Omurzakov": "Өмүрзаков", "Mambetov": "Мамбетов",
    "Alybaev": "Алыбаев", "Kadyrkulov": "Кадыркулов", "Toktomushev": "Токтомушев", "Sultanbekov": "Султанбеков",
    "uulu": "уулу", "kyzy": "кызы",
}  # fmt: skip
# the short forms friends and family use, by the given name (Kyrgyz, Tuvaluan) or by sex (Malagasy)
KYRGYZ_SHORT_HELDOUT101 = {
    "Nurlan": "Nurik", "Bakyt": "Baha", "Azamat": "Aza", "Chyngyz": "Chika", "Daniyar": "Dani", "Talant": "Taka",
    "Gulnara": "Gulya", "Aizhan": "Aika", "Asel": "Aselka", "Begimai": "Begi", "Meerim": "Meeri",
}  # fmt: skip
TUVALUAN_SHORT_HELDOUT101 = {
    "Iosefa": "Sefa", "Telito": "Tele", "Alapati": "Pati", "Fulisia": "Fuli", "Tilesa": "Tile", "Asenati": "Nati",
}  # fmt: skip
MALAGASY_NICKNAMES_HELDOUT101 = {
    False: ["Koto", "Bodo", "Ranto", "Naivo"],
    True: ["Lala", "Tsiky", "Nono", "Fara"],
}
# Gullah basket names, the nickname a child is given at birth and keeps for life
BASKET_NAMES_HELDOUT101 = {
    False: ["Junebug", "Peanut", "Boot", "Bubba", "Pompey"],
    True: ["Shug", "Tutu", "Pinkie", "Doll", "Sweetie"],
}
GULLAH_SUFFIXES_HELDOUT101 = ["Jr.", "Sr.", "III", "Jr"]
# a title or a kin word next to the name (outside the span): the origin, whether a woman (None: either), the
# part of the name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT101: dict[str, tuple[str, bool | None, str, bool]] = {
    "baike": ("kyrgyz", False, "given", True),  # an elder brother, an uncle, any older man
    "eje": ("kyrgyz", True, "given", True),  # an elder sister, any older woman
    "apa": ("kyrgyz", True, "given", True),  # mother, an older woman
    "ata": ("kyrgyz", False, "given", True),  # grandfather, an old man
    "agai": ("kyrgyz", False, "given", True),  # a teacher, a respected man
    "ramose": ("malagasy", False, "full", False),  # Mr
    "ramatoa": ("malagasy", True, "full", False),  # Mrs
    "dadabe": ("malagasy", False, "given", False),  # grandfather
    "neny": ("malagasy", True, "given", False),  # mum
    "zoky": ("malagasy", None, "given", False),  # an elder brother or sister
    "miss": ("gullah", True, "given", False),  # the respect due to an older woman, married or not
    "sister": ("gullah", True, "given", False),  # a woman of the church
    "brother": ("gullah", False, "given", False),  # a man of the church
    "deacon": ("gullah", False, "full", False),
    "mother": ("gullah", True, "family", False),  # a church mother
    "elder": ("gullah", False, "family", False),
    "faifeau": ("tuvaluan", False, "full", False),  # a pastor of the Ekalesia Kelisiano Tuvalu
    "tupuna": ("tuvaluan", None, "given", False),  # a grandparent
}
TITLE_SLOT_HELDOUT101 = re.compile(
    r"(?<![\w'.-])(Ramose|Ramatoa|Dadabe|Neny|Zoky|Miss|Sister|Brother|Deacon|Mother|Elder|Faifeau|Tupuna) \{\}"
    r"|\{\} (baike|eje|apa|ata|agai)(?![\w'])",
    re.IGNORECASE,
)
# the name forms the build holds at least once each, whatever the seed: (origin, form); a name in capitals,
# one in lower case and a titled one of each origin come in FORCED_SENTENCES_HELDOUT101
FORCED_FORMS_HELDOUT101 = [
    ("kyrgyz", "uulu"), ("kyrgyz", "kyzy"), ("kyrgyz", "ovich"), ("kyrgyz", "cyrillic"), ("kyrgyz", "initials"),
    ("kyrgyz", "short"), ("malagasy", "family_first"), ("malagasy", "typo"), ("malagasy", "nickname"),
    ("gullah", "suffix"), ("gullah", "basket"), ("gullah", "initials"), ("tuvaluan", "father"),
    ("tuvaluan", "short"), ("tuvaluan", "typo"),
]  # fmt: skip
# the forms that belong on a form, a ticket or a paste rather than in chat
FORM_ONLY_HELDOUT101 = {"family_first", "ovich", "initials"}
# sentences the build adds whatever the seed: a titled name of each origin, a name in capitals on a form and
# one in lower case in chat; ('title', template per origin), or the form and its template
FORCED_SENTENCES_HELDOUT101: dict[str, list[str]] = {
    "kyrgyz": [
        "{} baike at the Dordoi stalls put a new screen on my Redmi for 2500 som",
        "{} eje sells SIM cards at the kiosk by the Osh bazaar",
        "{} apa asked me to set up WhatsApp on her new phone",
        "{} agai in Naryn wants to know how to top up from Moscow",
    ],
    "malagasy": [
        "Ramatoa {} is the MVola agent next to the taxi-be stop",
        "Ramose {} came to install the fibre at ten",
        "Dadabe {} can't read the SMS, can you call him",
        "Zoky {} sent the money from Paris on Orange Money",
    ],
    "gullah": [
        "Miss {} made the family group and now she's the admin",
        "Deacon {} wants the church's phone bill split three ways",
        "Mother {} needs her phone turned up loud for the praise house",
        "Brother {} fixed the signal booster at the church",
    ],
    "tuvaluan": [
        "Faifeau {} needs a SIM before he flies to Auckland",
        "Tupuna {} wants to video call from Funafuti after church on Sunday",
    ],
    "upper": [
        "Subscriber (as in the passport): {}",
        "Customer (block capitals): {}",
        "Name on the ID card: {}",
    ],
    "lower": [
        "lol {} dropped the iPhone in the sea again",
        "{} still hasn't paid me for the WhatsApp group's bundle",
    ],
}
# IBANs where a relative pays from: France for the Malagasy in Paris, Madagascar, Kazakhstan for a Kyrgyz
# brother in Almaty, Turkey for a Kyrgyz student, Germany for a Gullah son stationed there (Kyrgyzstan, the
# United States, Tuvalu and New Zealand have none)
IBAN_SHAPES_HELDOUT101 = {"FR": "10n11c2n", "MG": "23n", "KZ": "3n13c", "TR": "5n1n16n", "DE": "18n"}
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT101 = {
    "kyrgyz": ["osh", "bishkek", "naryn", "dordoi", "moskva"],
    "malagasy": ["tana", "fianar", "tamatave", "mvola", "gasy"],
    "gullah": ["sapelo", "sthelena", "beaufort", "gullah", "lowcountry"],
    "tuvaluan": ["funafuti", "tuvalu", "nukulaelae", "fatele", "fongafale"],
}
EMAIL_DOMAINS_HELDOUT101 = {
    "kyrgyz": ["mail.ru", "mail.kg", "yandex.ru"],
    "malagasy": ["yahoo.fr", "moov.mg", "orange.fr"],
    "gullah": ["yahoo.com", "bellsouth.net", "hargray.com"],
    "tuvaluan": ["xtra.co.nz", "yahoo.co.nz", "hotmail.com"],
}
# the templates that belong to one origin's places, shops or papers, or are written in its script
ORIGIN_CUES_HELDOUT101: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)baike|\beje\b|\bapa\b|\bata\b|agai|bishkek|\bosh\b|naryn|moscow|dordoi|marshrutka|\bsom\b|"
                r"megacom|beeline|o!dengi|elsom|lalafo|[\u0400-\u04ff]"), "kyrgyz"),
    (re.compile(r"(?i)ramose|ramatoa|dadabe|\bneny\b|zoky|antananarivo|\btana\b|fianar|toamasina|tamatave|mvola|"
                r"orange money|telma|airtel|ariary|taxi-be|analakely|paris|château|leboncoin|anarana|\bnom\b|"
                r"titulaire|\bi \{\}|an'i|rer b|téléphone"), "malagasy"),
    (re.compile(r"(?i)\bmiss\b|sister|brother|deacon|mother|elder|st\. helena|beaufort|sapelo|charleston|"
                r"hog hammock|praise house|cash app|swappa|y'all|gwine|cyan"), "gullah"),
    (re.compile(r"(?i)faifeau|tupuna|funafuti|nukulaelae|fongafale|tuvalu|auckland|henderson|ranui|fatele|"
                r"talofa"), "tuvaluan"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT101: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\beje\b|\bapa\b|ramatoa|\bneny\b|\bmiss\b|sister|mother|"
                r"потеряла|скинула|a perdu sa"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|\bguy\b|baike|\bata\b|agai|ramose|dadabe|brother|deacon|elder|faifeau|"
                r"потерял\b|скинул\b"), False),
]  # fmt: skip
# a phone word and its well-known misspelling
MISSPELT_HELDOUT101 = {
    "warranty": "waranty", "guarantee": "garantee", "battery": "battary", "signal": "singal",
    "replacement": "replacment", "registration": "registation", "transfer": "tranfer", "charger": "chager",
    "available": "availble", "tomorrow": "tommorow", "definitely": "definately", "receipt": "reciept",
    "broadband": "braodband", "separate": "seperate",
}  # fmt: skip
MISSPELT_WORD_HELDOUT101 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT101, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
SHORTHAND_HELDOUT101 = {
    "phone": "fone", "please": "pls", "message": "msg", "tomorrow": "tmrw", "because": "coz", "thanks": "thx",
    "people": "ppl", "before": "b4", "tonight": "2nite", "you": "u",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT101 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT101, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT101 = (
    "January February March April May June July August September October November December".split()
)
# Russian months in the genitive a date takes ('14 марта')
RU_MONTHS_HELDOUT101 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
MG_MONTHS_HELDOUT101 = (
    "Janoary Febroary Martsa Aprily Mey Jona Jolay Aogositra Septambra Oktobra Novambra Desambra".split()
)
FR_MONTHS_HELDOUT101 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
TV_MONTHS_HELDOUT101 = (
    "Ianuali Fepuali Mati Apelila Me Iuni Iulai Aukuso Setema Oketopa Novema Tesema".split()
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Chyngyz' -> 'chyngyz',
    'Moses Polite Jr.' -> 'mosespolitejr')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _feminine(last: str) -> str:
    """A Kyrgyz woman's Russian-style family name: 'Asanbekov' -> 'Asanbekova', 'Alybaev' -> 'Alybaeva'."""
    return last + "a"


def _patronymic(father: str, woman: bool) -> str:
    """The Russian patronymic of the papers: 'Nurlan' -> 'Nurlanovich' or 'Nurlanovna'."""
    return father + ("ovna" if woman else "ovich")


def _cyrillic(name: str) -> str:
    """A Kyrgyz name in Cyrillic, word by word; a woman's family name and a patronymic from the man's and the
    father's ('Aizhan Asanbekova' -> 'Айжан Асанбекова', 'Nurlanovich' -> 'Нурланович', 'Aibek Nurlan uulu'
    -> 'Айбек Нурлан уулу'); initials stay as written."""
    out = []
    for word in name.split():
        if word in CYRILLIC_HELDOUT101:
            out.append(CYRILLIC_HELDOUT101[word])
        elif word.endswith("ovich") and word[:-5] in CYRILLIC_HELDOUT101:
            out.append(CYRILLIC_HELDOUT101[word[:-5]] + "ович")
        elif word.endswith("ovna") and word[:-4] in CYRILLIC_HELDOUT101:
            out.append(CYRILLIC_HELDOUT101[word[:-4]] + "овна")
        elif word.endswith("a") and word[:-1] in CYRILLIC_HELDOUT101:
            out.append(CYRILLIC_HELDOUT101[word[:-1]] + "а")
        else:
            out.append(word)
    return " ".join(out)


def _initials(*givens: str, joined: bool = False) -> str:
    """Initials of the given names ('Aibek', 'Nurlan' -> 'A. N.', or 'A.N.' joined)."""
    return ("" if joined else " ").join(f"{g[0]}." for g in givens)


def _slip(word: str, rng: random.Random) -> str:
    """A name typed with one slip inside it: a letter dropped, doubled, or two neighbours swapped
    ('Razafindrakoto' -> 'Razafindrakto', 'Randrianarisoa' -> 'Randrianairsoa', 'Fulisia' -> 'Fullisia');
    never the first letter, never the same word back."""
    while True:
        i = rng.randrange(1, len(word) - 1)
        kind = rng.choice(["drop", "double", "swap"])
        if kind == "drop":
            out = word[:i] + word[i + 1 :]
        elif kind == "double":
            out = word[:i] + word[i] + word[i:]
        else:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if out != word:
            return out


class Gen101(Gen3):
    """Generators for held-out set 101: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT101)  # the forms not given yet
        self.last_origin: str | None = None  # the origin of the name given last, for the values after it
        self.origin_uses = 0  # how many values after the name may still take its origin

    def _origin_after_name(self) -> str | None:
        """The origin of the name just given, so that the address, the phone or the date of birth after it
        in a sentence belongs to the same place (most of the time); None to draw from any origin. Two values
        after a name may take its origin, as a form's line holds a name, a date of birth and a phone."""
        origin = self.last_origin
        self.origin_uses -= 1
        if self.origin_uses <= 0:
            self.last_origin = None
        return origin if origin and self.rng.random() < 0.8 else None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT101; never a public figure's."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT101))
        men, women, lasts = NAMES_HELDOUT101[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice(
            [x for x in lasts if x != first and f"{first} {x}" not in PUBLIC_FIGURES_HELDOUT101]
        )
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _father(self, origin: str, first: str) -> str:
        """A father's given name, never the child's own nor one that makes a public figure's name."""
        men = NAMES_HELDOUT101[origin][0]
        return self.rng.choice(
            [x for x in men if x != first and f"{first} {x}" not in PUBLIC_FIGURES_HELDOUT101]
        )

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT101's, or 'plain')."""
        rng = self.rng
        if form == "kyzy":
            woman = True
        if form == "uulu":
            woman = False
        if form == "short":  # 'Nurik', 'Gulya', 'Sefa', 'Fuli', of a man's or a woman's name as asked
            shorts = KYRGYZ_SHORT_HELDOUT101 if origin == "kyrgyz" else TUVALUAN_SHORT_HELDOUT101
            men, women, _ = NAMES_HELDOUT101[origin]
            pool = [g for g in sorted(shorts) if woman is None or (g in women) == woman]
            return shorts[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        if origin == "kyrgyz":
            family = _feminine(last) if woman else last
            father = self._father(origin, first)
            if form in ("uulu", "kyzy"):  # 'Aibek Nurlan uulu', 'Aizhan Bakyt kyzy'
                return f"{first} {father} {form}"
            if form == "ovich":  # 'Abdrakhmanov Aibek Nurlanovich'
                return f"{family} {first} {_patronymic(father, woman)}"
            if form == "cyrillic":  # 'Айжан Асанбекова', 'Айбек Нурлан уулу'
                name = rng.choice([f"{first} {family}", f"{first} {father} {'kyzy' if woman else 'uulu'}"])
                return _cyrillic(name)
            if form == "initials":  # 'Abdrakhmanov A. N.', 'Mamytova G.N.'
                return f"{family} {_initials(first, father, joined=rng.random() < 0.4)}"
            return f"{first} {family}"
        if origin == "malagasy":
            if form == "family_first":  # 'RAKOTOMALALA Hery Nirina'
                givens = [first]
                if rng.random() < 0.6:
                    men, women, _ = NAMES_HELDOUT101[origin]
                    givens.append(rng.choice([x for x in (women if woman else men) if x != first]))
                return f"{last.upper()} {' '.join(givens)}"
            if form == "typo":  # 'Hery Razafindrakto'
                return f"{first} {_slip(last, rng)}"
            if form == "nickname":  # 'Koto', 'Tsiky'
                return rng.choice(MALAGASY_NICKNAMES_HELDOUT101[woman])
            return f"{first} {last}"
        if origin == "gullah":
            if form == "suffix":  # 'Moses Polite Jr.'
                return f"{first} {last} {rng.choice(GULLAH_SUFFIXES_HELDOUT101)}"
            if form == "basket":  # 'Junebug', 'Shug Gadsden'
                basket = rng.choice(BASKET_NAMES_HELDOUT101[woman])
                return basket if rng.random() < 0.6 else f"{basket} {last}"
            if form == "initials":  # 'C. J. Grovner'
                men, women, _ = NAMES_HELDOUT101[origin]
                middle = rng.choice(men + women)
                return f"{_initials(first, middle, joined=rng.random() < 0.4)} {last}"
            return f"{first} {last}"
        if origin == "tuvaluan":
            if form == "father":  # 'Malia Seluka', Seluka her father
                return f"{first} {self._father(origin, first)}"
            if form == "typo":  # 'Fullisia Tinilau'
                return f"{_slip(first, rng)} {last}"
            return f"{first} {last}"
        raise ValueError(origin)

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'cyrillic', 'ru_form' (a Russian form's
        family name first), 'mg_form' (a Malagasy or French form's), 'form' (any other form) or 'ascii' where
        the template asks for one, `chat` where it is typed to the bot or a friend."""
        rng = self.rng
        r = rng.random()
        if origin == "kyrgyz":
            family = _feminine(last) if woman else last
            if script == "cyrillic":
                if r < 0.4:
                    return _cyrillic(f"{first} {family}")
                return _cyrillic(
                    self._form("kyrgyz", "kyzy" if woman else rng.choice(["uulu", "ovich"]), woman)
                )
            if script == "ru_form":  # 'Абдрахманов Айбек Нурланович', 'Айжан Бакыт кызы'
                form = rng.choice(["ovich", "ovich", "kyzy" if woman else "uulu"])
                return _cyrillic(self._form("kyrgyz", form, woman))
            if script == "form":
                return self._form(
                    "kyrgyz", rng.choice(["ovich", "initials", "kyzy" if woman else "uulu"]), woman
                )
            if r < 0.2:
                return self._form("kyrgyz", "kyzy" if woman else "uulu")
            if chat and r < 0.32:
                return _cyrillic(f"{first} {family}")
            return f"{first} {family}"
        if origin == "malagasy":
            if script in ("mg_form", "form"):
                return self._form("malagasy", "family_first", woman)
            if chat and r < 0.1:
                return f"{first} {_slip(last, rng)}"
            return f"{first} {last}"
        if origin == "gullah":
            if r < 0.2:
                return f"{first} {last} {rng.choice(GULLAH_SUFFIXES_HELDOUT101)}"
            if script == "form" and r < 0.5:
                return self._form("gullah", "initials", woman)
            return f"{first} {last}"
        if origin == "tuvaluan":
            if r < 0.35:
                return f"{first} {self._father(origin, first)}"
            return f"{first} {last}"
        return f"{first} {last}"

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        if script in ("", "form"):  # a form still owed, of the template's origin and sex
            owed = next(
                (
                    f
                    for f in self.owed
                    if origin in (None, f[0])
                    and not (woman is False and f[1] == "kyzy")
                    and not (woman is True and f[1] == "uulu")
                    and not (chat and f[1] in FORM_ONLY_HELDOUT101)
                ),
                None,
            )
            if owed:
                self.owed.remove(owed)
                self.last_origin, self.origin_uses = owed[0], 2
                return self._form(owed[0], owed[1], woman)
        origin, first, last, woman = self._origin_name(origin, woman)
        self.last_origin, self.origin_uses = origin, 2
        r = rng.random()
        if r < (0.7 if chat else 0.85) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.92:
            name = first
            if origin == "kyrgyz" and first in KYRGYZ_SHORT_HELDOUT101 and rng.random() < 0.5:
                name = KYRGYZ_SHORT_HELDOUT101[first]
            elif origin == "tuvaluan" and first in TUVALUAN_SHORT_HELDOUT101 and rng.random() < 0.5:
                name = TUVALUAN_SHORT_HELDOUT101[first]
            elif origin == "malagasy" and rng.random() < 0.3:
                name = rng.choice(MALAGASY_NICKNAMES_HELDOUT101[woman])
            elif origin == "gullah" and rng.random() < 0.3:
                name = rng.choice(BASKET_NAMES_HELDOUT101[woman])
        else:
            name = _feminine(last) if origin == "kyrgyz" and woman else last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title or a kin word written next to it ('Nurlan baike', 'Gulnara eje', 'Ramatoa
        Lalao Rasoanaivo', 'Dadabe Solofo', 'Miss Viola', 'Deacon Moses Polite', 'Mother Gadsden', 'Faifeau
        Enele Tinilau', 'Tupuna Lagi'), from the origin that uses it."""
        origin, woman, part, _ = TITLED_HELDOUT101[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        self.last_origin, self.origin_uses = origin, 2
        if part == "given":
            return first
        if part == "family":
            return last
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose place, shop or paper the template names, in the script or the form the template is
        written in."""
        m = TITLE_SLOT_HELDOUT101.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        script = ""
        if template.startswith(("Ф.И.О.", "ФИО", "Абонент")):
            script = "ru_form"
        elif re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif template.startswith(("Nom et prénoms", "Titulaire", "Anarana")):
            script = "mg_form"
        elif template.startswith('"') or "=" in template or template.startswith("- name"):
            script = "ascii"
        elif not _chat_like(template):
            script = "form"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT101 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT101 if cue.search(template)), None)
        if script in ("ru_form", "cyrillic"):
            origin = "kyrgyz"
        if script == "mg_form":
            origin = "malagasy"
        return self.person(origin, woman, "" if script == "ascii" else script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each origin, a name in
        capitals on a form, one in lower case in chat, and any form of FORCED_FORMS_HELDOUT101 the build
        has not given yet (on a SIM registration)."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ("kyrgyz", "malagasy", "gullah", "tuvaluan"):
            template = rng.choice(FORCED_SENTENCES_HELDOUT101[origin])
            filled.append((template, self.person_for(template)))
        template = rng.choice(FORCED_SENTENCES_HELDOUT101["upper"])
        origin, first, last, woman = self._origin_name()
        name = (
            self._form("kyrgyz", "uulu") if origin == "kyrgyz" and rng.random() < 0.5 else f"{last} {first}"
        )
        if origin == "kyrgyz" and woman and not name.endswith("uulu"):
            name = f"{_feminine(last)} {first}"
        filled.append((template, name.upper()))  # 'ASANBEKOVA GULNARA', 'AIBEK NURLAN UULU'
        template = rng.choice(FORCED_SENTENCES_HELDOUT101["lower"])
        filled.append((template, self._form(rng.choice(sorted(NAMES_HELDOUT101)), "plain").lower()))
        while self.owed:
            origin, form = self.owed.pop(0)
            filled.append(("Name on the SIM registration: {}", self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            text = template.replace("{}", value, 1)
            out.append(Example(text, [(start, start + len(value), "PERSON")]))
        return out

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 160)
        roman = pick(["II", "III", "IV", "V", "VI"])
        shapes = [
            f"Bishkek, mkr. {pick(['Dzhal-29', 'Asanbai', 'Vostok-5', 'Kok-Zhar', 'Tunguch'])}, d. {rng.randint(1, 60)}, kv. {rng.randint(1, 120)}",
            f"{pick(['Chui Ave.', 'Toktogul St.', 'Manas Ave.', 'Kiev St.', 'Ibraimov St.'])} {n}, apt. {rng.randint(1, 90)}, Bishkek 7200{rng.randint(10, 99)}",
            f"г. Бишкек, {rng.randint(4, 12)} мкр., д. {rng.randint(1, 60)}, кв. {rng.randint(1, 120)}",
            f"{pick(['ul. Kurmanjan Datka', 'ul. Lenina', 'ul. Masalieva', 'ul. Navoi'])} {n}, Osh 7235{rng.randint(0, 9)}0",
            f"ул. {pick(['Ленина', 'Орозбекова', 'Сейдакматова'])} {n}, Нарын 7226{rng.randint(0, 9)}0",
            f"Москва, ул. {pick(['Краснодонская', 'Профсоюзная', 'Люблинская', 'Зеленодольская'])}, д. {rng.randint(1, 120)}, корп. {rng.randint(1, 4)}, кв. {rng.randint(1, 300)}",
            f"Lot {roman} {pick('ABGJMN')} {n} {pick(['Bis ', ''])}{pick(['Behoririka', 'Ankadifotsy', 'Ambohijatovo', 'Antsakaviro', 'Ivandry'])}, Antananarivo 101",
            f"Lot {rng.randint(1, 300):03d} {pick(['Tsianolondroa', 'Antarandolo', 'Ampitakely', 'Anjoma'])}, Fianarantsoa 301",
            f"Lot {n} {pick(['Tanambao V', 'Ankirihiry', 'Bazary Be', 'Morarano'])}, Toamasina 501",
            f"{n} rue {pick(['des Poissonniers', 'Myrha', 'Polonceau', 'de Suez'])}, 75018 Paris",
            f"{n} {pick(['avenue du Président Wilson', 'rue Gabriel Péri', 'rue de la République'])}, 93200 Saint-Denis",
            f"{n} {pick(['Lands End Rd', 'Seaside Rd', 'Eddings Point Rd', 'Coffin Point Rd', 'Wallace Rd'])}, St. Helena Island, SC 29920",
            f"{rng.randint(100, 2999)} {pick(['Duke St', 'Ribaut Rd', 'Boundary St', 'Bladen St'])}, Beaufort, SC 29902",
            f"{n} {pick(['America St', 'Drake St', 'Nassau St', 'Reid St'])}, Charleston, SC 29403",
            f"{rng.randint(1000, 4999)} {pick(['Maybank Hwy', 'River Rd', 'Bohicket Rd'])}, Johns Island, SC 29455",
            f"PO Box {rng.randint(1, 99)}, Hog Hammock, Sapelo Island, GA 31327",
            f"{pick(['Alapi', 'Senala', 'Fakaifou', 'Vaiaku', 'Lofeagai', 'Teone'])}, Fongafale, Funafuti, Tuvalu",
            f"PO Box {rng.randint(1, 199)}, Funafuti, Tuvalu",
            "Fangaua, Nukulaelae, Tuvalu",
            f"{n} {pick(['Ranui Station Road', 'Swanson Road', 'Great North Road', 'Universal Drive'])}, {pick(['Ranui', 'Henderson'])}, Auckland 061{pick('024')}",
        ]  # fmt: skip
        spans = {"kyrgyz": (0, 6), "malagasy": (6, 11), "gullah": (11, 16), "tuvaluan": (16, 20)}
        origin = self._origin_after_name()
        return pick(shapes[slice(*spans[origin])] if origin else shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT101[origin])
        user = rng.choice([f"{first}.{last}", f"{first}_{subject}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}.{subject}", f"{first}{rng.randint(1960, 2008)}",
                           f"{subject}.{first}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT101[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        kg = rng.choice(["555", "557", "700", "702", "772", "777", "999", "550", "220"])
        mg = rng.choice(["34", "32", "33", "38"])
        shapes = [
            f"+996 {kg} {d(2)} {d(2)} {d(2)}",  # Kyrgyz mobiles
            f"0{kg} {d(3)} {d(3)}",
            f"0 ({kg}) {d(2)}-{d(2)}-{d(2)}",
            f"+996 312 {d(2)} {d(2)} {d(2)}",  # Bishkek
            f"+996 3222 {d(1)} {d(2)} {d(2)}",  # Osh
            f"+996 3522 {d(1)} {d(2)} {d(2)}",  # Naryn
            f"+7 9{rng.choice(['26', '16', '03', '85', '77'])} {d(3)}-{d(2)}-{d(2)}",  # Moscow mobiles
            f"8 (9{rng.choice(['16', '26', '99'])}) {d(3)}-{d(2)}-{d(2)}",
            f"+261 {mg} {d(2)} {d(3)} {d(2)}",  # Malagasy mobiles
            f"0{mg} {d(2)} {d(3)} {d(2)}",
            f"+261 20 22 {d(3)} {d(2)}",  # Antananarivo
            f"06 {d(2)} {d(2)} {d(2)} {d(2)}",  # Paris mobiles
            f"+33 {rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",
            f"(843) 838-{d(4)}",  # St. Helena Island
            f"843-52{rng.choice('14')}-{d(4)}",  # Beaufort
            f"+1 843 {rng.choice(['722', '723', '577'])} {d(4)}",  # Charleston
            f"(912) 485-{d(4)}",  # Sapelo Island
            f"+688 2{d(4)}",  # Tuvalu landlines, five digits
            f"+688 {rng.choice(['70', '71', '90', '91'])}{d(4)}",  # Tuvalu mobiles, six digits
            f"(09) 83{rng.choice('678')} {d(4)}",  # Henderson
            f"02{rng.choice('127')} {d(3)} {d(4)}",  # NZ mobiles
            f"+64 2{rng.choice('127')} {d(3)} {d(4)}",
        ]
        spans = {"kyrgyz": (0, 8), "malagasy": (8, 13), "gullah": (13, 17), "tuvaluan": (17, 22)}
        origin = self._origin_after_name()
        return rng.choice(shapes[slice(*spans[origin])] if origin else shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", "4", f"5{rng.randint(1, 5)}", f"220{rng.randint(0, 4)}", "62", "34", "37", "6011"]
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT101))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT101[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2a02:2168:{h()}:{h()}::{h()}", f"2c0f:f0c8:{h()}:{h()}::{h()}",
                           f"2600:1700:{h()}:{h()}::{h()}", f"2407:7000:{h()}:{h()}::{h()}",
                           f"2a01:cb00:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the router's admin page, the fibre ONT, the phone's Wi-Fi details,
        the agent's POS terminal, the repair stall's laptop, a sign-in alert and this set's pastes; v4 and
        v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6, pub = self.rng, self.ipv4(), self.ipv6(), self.f().ipv4_public()
        lan = f"192.168.{rng.choice([0, 1, 8, 43, 100, rng.randint(2, 254)])}.{rng.randint(1, 254)}"
        options = [
            ("the router's admin page is at {}, the installer said change the wifi name there", lan),
            ("the fibre guy said open {} in the browser to see the signal on the ONT", lan),
            ("my phone shows {} under the wifi details but nothing loads", lan),
            ("the POS terminal at the mobile money kiosk is on {} and keeps saying no connection", v4),
            ("the laptop at the repair stall got {} from my hotspot", lan),
            ("telegram says there was a new login from {}, that wasn't me, I think it's the SIM swap", rng.choice([pub, v6])),
            ("google sent me a sign-in alert from {} right after I lost the phone", rng.choice([pub, v6])),
            ("the phone shop's cctv is at {} on the shop's wifi", lan),
            ("the new router gave my phone a v6 address, {}", v6),
            ("roaming in Moscow and the speed test shows my IP as {}", pub),
            ("the family's tv box took {} and now the kids' phones can't cast", lan),
            ("option ipaddr '{}'", lan),
            ("/ip address add address={}/24 interface=bridge", lan),
            ("2026-03-14 09:12:44 genieacs-cwmp: Inform (1 BOOT) from {}", pub),
            ("DB_HOST={}", v4),
            ("    proxy_pass http://{}:8080;", v4),
            ("listen [{}]:443 ssl;", v6),
            ("$ ping -6 -c 3 {}", v6),
            ("$ ping -c 3 {}", v4),
            ("$ adb connect {}:5555", lan),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Bishkek', 'Osh', 'Naryn', 'Dordoi', 'Moskva'])}{rng.choice(['720001', '#996', '!2024', '_312'])}",
                f"{rng.choice(['Tana', 'Fianar', 'Toamasina', 'Analakely', 'Gasy'])}{rng.choice(['101@', '#261', '!301', '_2025'])}",
                f"{rng.choice(['Sapelo', 'StHelena', 'Beaufort', 'Gullah', 'Geechee'])}{rng.choice(['#912', '29920!', '_843', '@1862'])}",
                f"{rng.choice(['Funafuti', 'Fongafale', 'Nukulaelae', 'Tuvalu', 'Fatele'])}{rng.choice(['#688', '2023', '!0612', '_tv'])}",
                rng.choice(["roaming", "balance", "signal", "bundle", "hotspot", "charger"]).translate(leet) + rng.choice(["", "!", "_101"]),
                f"Sim{rng.randint(1, 99)}-Top{rng.randint(10, 99)}",
                f"{rng.choice(['phone', 'fibre', 'wifi', 'kiosk'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)
        quote_safe = re.sub(r"['\"\\;]", "", pw)
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        options = [
            # secrets handed over in ways no earlier set used
            ("I left the unlock PIN with the repair guy so he can test the screen, it's {}", d(6)),
            ("the PUK is on the plastic card the SIM came in, {}", d(8)),
            ("if it asks for the SIM PIN after the restart it's {}", d(4)),
            ("the installer stuck the router password on the side of the box, {}", pw),
            ("the fibre guy set the wifi to {}, change it later", pw),
            ("my hotspot password is {}, connect to it for now", pw),
            ("my MVola PIN is {}, I'm only telling you because you're doing the transfer", d(4)),
            ("the O!Dengi PIN is {}, send 2000 to mum from my wallet", d(4)),
            ("the backup PIN for the pattern lock is {}", d(4)),
            ("the icloud password of the phone I'm selling is {}, I'll sign out tonight", pw),
            ("the snipe-it admin password for the shop is {}", pw),
            ("the router admin password is {}, not the one on the sticker", pw),
            ("the wifi at the church is {}, Deacon changed it again", pw),
            # cues in the set's languages
            ("пароль от вайфая {}, никому не говори", pw),
            ("сырсөз {}, эч кимге айтпа", pw),
            ("ny tenimiafina dia {}, aza omena olona", pw),
            ("le code wifi c'est {}, ne le donne à personne", pw),
            ("de password da {}, don' tell nobody", pw),
            ("te password ko {}, sa tuku atu ki se tino", pw),
            # commands
            ("$ adb shell locksettings clear --old {}", d(6)),
            ("$ curl -H 'Authorization: Bearer {}' http://localhost/api/v1/hardware", tok(40, alnum)),
            ("$ mysql -u snipeit -p{} snipeit", colonless),
            # pastes
            ("APP_KEY=base64:{}", tok(43, alnum) + "="),
            ("DB_PASSWORD={}", colonless),
            ("MAIL_PASSWORD={}", colonless),
            ("GENIEACS_UI_JWT_SECRET={}", tok(32, hexd)),
            ("AUTHENTICATION_API_KEY={}", tok(32, alnum)),
            ("config wifi-iface 'default_radio0'\n\toption encryption 'psk2'\n\toption key '{}'", quote_safe),
            ("/interface wireless security-profiles set [ find default=yes ] wpa2-pre-shared-key={}", colonless),
            ("/user set admin password={}", colonless),
            ("client olt {\n\tsecret = {}\n\tshortname = olt\n}", colonless),
            ("jcli : user -a\n> password {}\n> gid repairshop", colonless),
            ("wpa_passphrase={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes like 'x_osh', 'x.tana', 'x843', 'x.funafuti', 'x.repairs', 'x_phones'."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "kyrgyz": [f"{first}_osh", f"{first}.{last[:4]}996", f"{last}.kg"],
            "malagasy": [f"{first}.tana", f"{first}_{last[:6]}", f"{first}261"],
            "gullah": [f"{first}843", f"{last}.sapelo", f"gullah.{first}"],
            "tuvaluan": [f"{first}.funafuti", f"{last}688", f"tuvalu_{first}"],
        }[origin]
        return rng.choice([f"{first}.repairs", f"{first}_phones", f"{last}{rng.randint(1, 99)}", *own, *own])

    def _birth(self, oldest: int = 1938, youngest: int = 2008) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1938, youngest: int = 2008) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "dot": f"{day:02d}.{m:02d}.{y}",  # Kyrgyzstan, Russia
            "ru": f"{day} {RU_MONTHS_HELDOUT101[m - 1]} {y} г.",
            "mg": f"{day} {MG_MONTHS_HELDOUT101[m - 1]} {y}",
            "fr": f"{day} {FR_MONTHS_HELDOUT101[m - 1]} {y}",
            "slash": f"{day:02d}/{m:02d}/{y}",  # Madagascar, France, Tuvalu, New Zealand
            "us": f"{EN_MONTHS_HELDOUT101[m - 1]} {day}, {y}",
            "usn": f"{m:02d}/{day:02d}/{y}",
            "tv": f"{day} {TV_MONTHS_HELDOUT101[m - 1]} {y}",
            "en": f"{_ordinal(day)} {EN_MONTHS_HELDOUT101[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of any of this set's regions takes."""
        shapes = self._dob_shapes()
        own = {"kyrgyz": ["dot"], "malagasy": ["slash"], "gullah": ["usn", "us"], "tuvaluan": ["slash"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["dot", "slash", "usn", "iso", "us"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, teen = self._dob_shapes(), self._dob_shapes(2008, 2014)
        options = [
            ("the Megacom shop needs your date of birth for the SIM registration, {}", s["dot"]),
            ("родился {}, так в паспорте, для сим-карты", s["ru"]),
            ("туулган күнүм {}, SIM карта үчүн керек экен", s["dot"]),
            ("teraka tamin'ny {} aho, hoy ny karatra MVola", s["mg"]),
            ("née le {}, c'est pour la ligne chez Orange", s["fr"]),
            ("the family plan wants her date of birth for her own line, {}", teen["usn"]),
            ("the Cash App form asked my birthday, I put {}", s["us"]),
            ("the roaming form at the airport asked for his date of birth, {}", s["slash"]),
            ("aso fanau o tupuna ko te {}, for the Tuvalu Telecom form", s["tv"]),
            ("the contract says date of birth {}, that's wrong, they swapped the day and the month", s["en"]),
            ("the mobile money agent wrote my date of birth as {}", s["slash"]),
            ("Date of birth: {}", s["usn"]),
            ("Дата рождения: {}", s["dot"]),
            ("Туулган датасы: {}", s["dot"]),
            ("Date de naissance : {}", s["slash"]),
            ("Daty nahaterahana: {}", s["slash"]),
            ("DOB: {}", s["slash"]),
            ('    "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT101_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} lost his phone on the marshrutka, can you call his number and see if someone answers",
        "{} registered the SIM with her ID card at the Megacom shop",
        "{} is topping up my phone from Moscow every Friday",
        "{} sent 5000 som home with O!Dengi, check if it arrived",
        "{} put a new screen on my Redmi at Dordoi, it's already scratched",
        "{} sells second-hand iPhones on Lalafo, ask him about the 13",
        "{} in Osh says the Beeline signal in the village is gone again",
        "{} bought a Megacom bundle but the data ran out in two days",
        "{} is the admin of the family group, ask her to add the cousins from Naryn",
        "{} is the MVola agent by the taxi-be stop in Analakely",
        "{} sent me 50 000 ariary by MVola for the phone",
        "{} fixed my charger port in Tana for 15 000 ariary",
        "{} is coming from Paris with the phone for mum",
        "{} bought a Telma SIM at the airport, the number is in the group",
        "{} from Fianarantsoa wants the Airtel bundle, not the Telma one",
        "{} in Toamasina says the fibre still isn't at their street",
        "{} a perdu son téléphone dans le RER B",
        "{} sold me his old Samsung on Leboncoin",
        "{} put the whole family on one plan, she pays the bill",
        "{} is the admin of the church's WhatsApp group",
        "{} on St. Helena can't get a signal past the bridge",
        "{} dropped his phone in the creek at Sapelo",
        "{} in Charleston set up the family plan, we owe him our share",
        "{} bought a phone on Swappa and it came locked",
        "{} in Beaufort is disputing the bill, they charged her twice",
        "{} needs a new phone, the screen is cracked all over",
        "{} is flying to Funafuti on Thursday, she needs a Tuvalu Telecom card",
        "{} in Henderson has the spare phone for nana",
        "{} livestreams the fatele every Saturday and uses up all the data",
        "{} will call from Funafuti after church on Sunday",
        "{} bought a 2degrees SIM at the airport in Auckland",
        "{} in Ranui is sending the old phone to the family in Nukulaelae",
        "{} did the SIM swap and now my two-factor codes go to the new SIM",
        "{} called the carrier about the roaming charges, they want 300 dollars",
        "{} left the phone at the repair stall, the job ticket is in her bag",
        "{} is the repair guy, he says the battery is swollen",
        "{} wants the unlock code before the warranty runs out",
        "{} is installing the fibre tomorrow between 9 and 12",
        "{} the installer never came, I waited all morning",
        "{} says the data bundle is cheaper if you dial it at night",
        "{} gave me his old phone for the kids",
        "{} still hasn't paid his share of the family plan",
        "{} is the agent at the mobile money kiosk, her till number is on the wall",
        "{} keeps adding people to the group without asking",
        "{} removed me from the family group by mistake",
        "ask {} if the phone from Lalafo is still available",
        "tell {} the SIM needs to be registered before Friday",
        "can you send {} some airtime, her phone is on zero",
        "I bought the phone from {} and it's blocked for the IMEI",
        "the repair guy {} says the screen is 4000 som",
        "my cousin {} is roaming in Moscow and can't get data",
        "the installer {} left the router in the wrong room",
        "{} baike sells phone cases by the bazaar in Osh",
        "{} eje is the one who tops up everyone's phone",
        "{} apa doesn't know how to open WhatsApp, help her",
        "{} ata wants a phone with big buttons",
        "{} agai made the group for the class from Naryn",
        "Ramose {} is the new manager at the Telma shop",
        "Ramatoa {} lends money by MVola at the market",
        "Dadabe {} only answers on the landline",
        "Neny {} wants a video call on Sunday",
        "Zoky {} sends the money from Paris every month",
        "Miss {} is the one who runs the phone tree for the church",
        "Sister {} got a new phone and lost all her contacts",
        "Brother {} set up the livestream for the praise house",
        "Deacon {} pays the church's phone bill",
        "Mother {} can't hear the phone when it rings",
        "Elder {} wants to get off the family plan",
        "Faifeau {} will lead the video prayer from Funafuti",
        "Tupuna {} is learning to use the video call",
        "{} телефонун маршруткада жоготуп алды",
        "{} потерял телефон в метро, звоню ему весь день",
        "{} скинула мне 500 сом на Элсом",
        "nandefa 20 000 Ar tamin'ny MVola ho an'i {} aho",
        "very tao anaty taxi-be ny findain'i {}",
        "{} cyan fin e phone nowhere",
        "{} gwine tek e phone tuh de sto tomorrow",
        "talofa {}! the top-up card came",
        "Subscriber: {}",
        "Job ticket for: {}",
        "Customer: {}",
        "Seller: {}",
        "Group admin: {}",
        "Installer booked for: {}",
        "Account holder: {}",
        "Full name (as on the ID): {}",
        "Ф.И.О.: {}",
        "Абонент: {}",
        "Аты-жөнү: {}",
        "Nom et prénoms : {}",
        "Titulaire : {}",
        "Anarana sy fanampiny: {}",
        '"subscriber_name": "{}",',
        "- name: {}",
    ],
    "STREET_ADDRESS": [
        "the SIM was registered to {}, that's my old flat",
        "the installer is coming to {} on Tuesday",
        "send the phone to {}, I'll pay the courier",
        "the new router was delivered to {}",
        "the bill still goes to {}",
        "the repair stall will send the phone back to {}",
        "Address: {}",
        "Адрес: {}",
        "Adresse : {}",
        "Adiresy: {}",
        "Installation address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the bill to {}",
        "the Lalafo buyer writes from {}",
        "the family plan is under {}",
        "the repair stall sends the ticket to {}",
        "my new email is {}, the old one got hacked with the phone",
        "Email: {}",
        "E-mail : {}",
        "MAIL_FROM_ADDR={}",
        "Эл. почта: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "my new number is {}, save it",
        "the mobile money agent's number is {}",
        "the repair stall is on {}",
        "call the installer on {}",
        "send the airtime to {}",
        "my number while I'm away is {}",
        "Tel: {}",
        "Тел.: {}",
        "Numéro : {}",
        '"msisdn": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the phone on instalments with {}",
        "the Back Market order went on {}",
        "the screen replacement was charged to {}",
        "the roaming pack renews on {}",
        "put the family plan on {}",
        "Card: {}",
        "Карта: {}",
        "Carte : {}",
        '"pan": "{}",',
    ],
    "IBAN_CODE": [
        "send the money for the phone to {}",
        "my brother pays his share from {}",
        "the refund for the cancelled contract goes to {}",
        "Zoky sends the money for the phone from {}",
        "IBAN: {}",
        "IBAN : {}",
        "Virement sur {}",
        "Refund to: {}",
    ],
    "USERNAME": [
        "my lalafo account is {}, the phone I'm selling is there",
        "on telegram I'm {}, add me to the family group",
        "the group admin on telegram is {}",
        "the swappa seller was {}",
        "on leboncoin the seller is {}",
        "the marketplace seller {} never sent the charger",
        "my cash app is {}",
        "the snipe-it login for the stall is {}",
        "the router admin user is {}",
        "MAIL_USERNAME={}",
        "DB_USERNAME={}",
        "/user add name={} group=read",
        "Login: {}",
        "Логин: {}",
        "Identifiant : {}",
    ],
}
HELDOUT101_MIXED = [
    ("Subscriber: {}, date of birth {}, tel. {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Абонент: {}, дата рождения {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Job ticket for: {}, {}", ["PERSON", "PHONE_NUMBER"]),
    ("Installer booked for: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Customer: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the screen with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} bought the phone with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("DB_USERNAME={}\nDB_PASSWORD={}", ["USERNAME", "SECRET"]),
    ("DB_HOST={}\nDB_USERNAME={}\nDB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("the seller is {}, {}, he wants the money to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send it to {} or call me on {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ('{} Cleartext-Password := "{}"', ["USERNAME", "SECRET"]),
    ("Nom et prénoms : {}, né(e) le {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Account holder: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the shop kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is the admin of the family group", ["PERSON", "EMAIL_ADDRESS"]),
    ("Account holder: {}\nDate of birth: {}\nAddress: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the router is at {} and the wifi password is {}", ["IP_ADDRESS", "SECRET"]),
    ("the bill goes to {} and the texts to {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} is sending the phone to {}", ["PERSON", "STREET_ADDRESS"]),
    ("/user add name={} group=full password={}", ["USERNAME", "SECRET"]),
]  # fmt: skip
HELDOUT101_NEGATIVES = [
    "dial *123# to check the balance",
    "send *880# for the night data bundle",
    "the Nonstop tariff is 450 som a month",
    "Redmi Note 13, 256 GB, 18 000 som, almost new",
    "a Galaxy A15 screen costs 3500 som at Dordoi",
    "O!Dengi and Elsom both charge nothing between wallets this month",
    "the O! shop in Tsum closes at 8",
    "Megacom, O! and Beeline are the three operators in Kyrgyzstan",
    "uulu means son of and kyzy daughter of, after the father's name",
    "baike is an elder brother and eje an elder sister in Kyrgyz",
    "apa is mother and ata is grandfather",
    "the Dordoi bazaar is on the edge of Bishkek",
    "720001 is a Bishkek postcode",
    "the marshrutka to Osh bazaar is number 110",
    "Osmonov Telecom fixes phones in the underpass",
    "MVola fees went down to 1 percent this month",
    "Telma, Orange and Airtel all sell SIMs at the airport in Ivato",
    "the night bundle is 1000 ariary, from midnight to 6",
    "an MVola agent is on every corner in Analakely",
    "Ramose is Mr and Ramatoa is Mrs in Malagasy",
    "Dadabe means grandfather and Zoky an elder brother or sister",
    "many Malagasy family names start with Ra-, Andria- or Razafy-",
    "on official forms in Madagascar the family name comes first",
    "101 is the Antananarivo postcode",
    "taxi-be is the minibus in Tana",
    "Rasoanaivo Phone Shop in Château-Rouge sends phones to Madagascar",
    "the family plan is four lines for 160 dollars",
    "the praise house on St. Helena has no signal at all",
    "Sapelo has one ferry from Meridian and barely any bars",
    "Hog Hammock is the last Gullah community on Sapelo",
    "basket names are nicknames given to a child at birth",
    "Deacon and Mother are church titles, Miss is for any older woman",
    "29920 is the St. Helena Island zip code",
    "Polite's Cell Repair on the highway does screens in an hour",
    "Swappa checks the ESN before a phone is listed",
    "Cash App takes a 1.5 percent fee for an instant transfer",
    "Tuvalu Telecom sells top-up cards of 5, 10 and 20 dollars",
    "the .tv domain brings Tuvalu a lot of money",
    "Funafuti is on the islet of Fongafale",
    "Nukulaelae is a few hours south of Funafuti by boat",
    "the fatele is a Tuvaluan dance with singing and drums",
    "Faifeau is a pastor and tupuna a grandparent in Tuvaluan",
    "Tuvaluans often take their father's given name as a family name",
    "the Tinilau cup is the Tuvaluan volleyball tournament in Henderson",
    "0612 is the Henderson postcode",
    "the 2degrees prepaid pack is 20 dollars for 28 days",
    "iPhone 13 mini, 128 GB, battery at 86 percent",
    "Android 14 update came out for the A54",
    "the firmware on the ONT is V5R020C10S115",
    "iOS 18.2 fixed the wifi bug",
    "dial *#06# to see the IMEI",
    "the job ticket number is 4471",
    "till number 58921 is on the sticker at the kiosk",
    "the repair takes two days and costs 3000 som",
    "the contract ends on 30.06.2026",
    "the bill for November is due on 01/12/2026",
    "the roaming pack expires on 2026-12-20",
    "the installer is coming on 14 January 2027",
    "Snipe-IT 7 needs PHP 8.2",
    "GenieACS 1.2 runs on Node.js",
    "OpenWrt 23.05 is out",
    "fixed in commit 7c3e0a9, see the changelog",
    "DB_PASSWORD=changeme",
    "APP_KEY=",
    "PIN: ****",
    "PUK: ********",
    "card 4111 1111 1111 1111 is the test card",
    "4242 4242 4242 4242 is the test card in the docs",
    "FR76 3000 6000 0112 3456 7890 189 is the example IBAN in the docs",
    "write to support@example.com about the bill",
    "192.0.2.101 is a documentation address",
    "198.51.100.101 is a documentation address",
    "2001:db8:101::1 is a documentation address",
    "in Kyrgyzstan the ambulance is 103",
    "in New Zealand it's 111",
    "the phone's at 3 percent, call you later",
    "the new SIM works!",
    "no signal on the ferry again",
    "misaotra betsaka",
    "rakhmat, baike",
    "fakafetai lasi",
    "thank y'all for the phone",
]  # fmt: skip


def _typo101(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a phone word's well-known misspelling ('warranty' -> 'waranty', 'guarantee'
    -> 'garantee', 'battery' -> 'battary', 'signal' -> 'singal'), or chat shorthand ('phone' -> 'fone',
    'please' -> 'pls', 'message' -> 'msg', 'tomorrow' -> 'tmrw'). Only in sentences typed to the bot or a
    friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT101.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT101[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT101.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT101[m.group(1)] + template[m.end() :]


def build_heldout101(seed: int = HELDOUT101_SEED) -> list[Example]:
    """Held-out set 101: `Gen101` values in `HELDOUT101_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen101.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen101(seed)
    examples = assemble_module_set(
        gen, HELDOUT101_TEMPLATES, HELDOUT101_MIXED, HELDOUT101_NEGATIVES, _typo101, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
