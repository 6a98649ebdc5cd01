"""Held-out PII set 89 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout89": written before round 55 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT89 is empty, as for
held-out 16 to 88; written at the same time as held-out 90, the two authors split the world between them: 89
takes trains, trams and buses used and run by locals (commuters' season tickets, railway enthusiasts' clubs,
heritage lines' volunteers, bus drivers' rotas, lost property, school buses, fines and appeals) among peoples
of Asia east of Iran, the Americas and Oceania, 90 takes weddings and family celebrations among those of
Europe, Africa and the Middle East); hand-written lists of the Tsugaru folk of Aomori's Tsugaru plain, in
Goshogawara, Kanagi and Hirosaki (the Tsugaru Railway's stove train with the dried squid grilled on its stove,
the Kōnan Railway's commuter passes, the high-school students' passes and the school buses in the snow;
Japanese given names with their long vowels ('Takeshi', 'Kōichi', 'Yūta', 'Setsuko', 'Yōko', 'Haruka'),
Tsugaru family names ('Kudō', 'Osanai', 'Tonosaki', 'Ichinohe', 'Munakata', 'Mikami') and some that are also a place,
a given name or a word ('Narita', 'Tsushima', 'Sōma', 'Narumi', 'Fukushi', 'Kon'), the name in kanji with an
ideographic space ('工藤　健'), the katakana reading a commuter pass, an IC card or a form's フリガナ prints
('クドウ　タケシ') and the half-width katakana of an old ticket machine's receipt ('ｸﾄﾞｳ ﾀｹｼ'), the long vowel
typed out ('Kudou', 'Yuuta') or written with a passport's 'oh' ('KUDOH', 'SOHMA CHIE'), and '駅長', '車掌' and
'運転士' (stationmaster, conductor, driver) written straight after a family name in kanji, outside the span
('工藤駅長')), the Wanka (Huanca) of the Mantaro valley, in Huancayo, El Tambo, Chilca, Jauja and Chupaca (the
Tren Macho from Chilca station to Huancavelica, the combis, the school vans and the fines of the municipal
transit office; Andean Peruvian given names ('Teófilo', 'Eusebio', 'Efraín', 'Marleni', 'Yesenia', 'Flor de
María'), Wanka family names ('Ricse', 'Ñaupari', 'Huaynalaya', 'Canchanya', 'Chuquillanqui', 'Astuhuamán') and
some that are also a word ('Pecho', 'Quinto'), the father's and the mother's family names ('Teófilo Ricse
Canchanya'), the family name re-spelt in the Quechua alphabet, as a Wanka poet or radio reader writes it
('Waynalaya', 'Astuwaman', 'Riqsi', 'Waruq'), a form without the accents and the tilde ('Efrain Naupari'), a
DNI's 'FAMILY FAMILY, Given' ('TACZA HUAYNALAYA, Eusebio'), and 'tayta' (father) before an elder man's and
'mamacha' before an elder woman's given name, outside the span), Ngāti Porou of the East Coast, in Ruatōria,
Tikitiki and Gisborne, and their whānau on the Hutt Valley line (the rural school buses on State Highway 35,
the vintage railway's steam engine Wa 165 and its volunteers, the Hutt train at 7:02; Māori given names
('Hōri', 'Rāwiri', 'Tīmoti', 'Te Kani', 'Arihia', 'Ngāwai', 'Hineroa'), East Coast family names ('Tibble',
'Kohere', 'Houkamau', 'Pewhairangi', 'Mahuika', 'Tangaere') and some that are also a word ('Reedy',
'Brooking', 'Ruru'), the English name a Māori given name stands for, alone on a school bus roster or in
brackets inside the span ('David Houkamau', 'Hōne (John) Reedy'), a form without the macrons ('Riria
Houkamau'), and 'Koro' and 'Matua' before a man's and 'Nanny' and 'Whaea' before a woman's given name,
outside the span) and the East Indians of Vasai, Uttan and Bandra, the Catholics of Bombay's north shore (the
Virar fast, the ladies' compartment, the quarterly pass and the ticket checkers' fines; Catholic given names
('Agnelo', 'Bosco', 'Ignatius', 'Philomena', 'Lavina', 'Flavia'), East Indian family names ('Dabre', 'Rumao',
'Tuscano', 'Rodricks', 'Ferrao', "D'Britto", "D'Mello") and one that is also a word ('Dias'), the father's
given name in the middle ('Celine Dominic Coutinho'), a railway ticket's and its reservation chart's name in
capitals cut at 16 characters ('JOSEPH ANTHONY D', 'ANTHONY IGNATIUS'), and 'Aunty' and 'Uncle' before an
older person's given name, outside the span); names on a season ticket, a pass, a duty rota, a fine and its
appeal, a lost-property slip, a heritage line's roster, a club's register, a ticket and a JSON export, in
English ('Pass holder:', 'Season ticket holder:', 'Driver:', 'Relief driver:', 'Appellant:', 'Lost property
claimed by:', 'Volunteer guard:', 'Fireman:', 'Member no. 0412:', 'Passenger 1: ... M 45', 'Passport name:',
'Roster name:'), Japanese ('氏名:', '乗客氏名:', 'フリガナ:', '定期 ｶﾅ:'), Spanish ('Pasajero:', 'Chofer:',
'Infractor:', 'Apelante:', 'Apellidos y nombres:') and Māori ('Kaitaraiwa:', 'Ingoa:'); a bus company, a
travel firm, a shield or a cup that carries a family name ('Tonosaki Kotsu', 'Transportes Canchanya Hnos.',
'Kohere Coachlines', 'the Tibble Shield', 'Rodricks Travels', 'the Dabre Cup') no person either, a PNR's, a
train's, a route's, a fine notice's, a papeleta's or a locomotive's number no secret; over three quarters of
the sentences typed to the bot or a friend: the season ticket lost on the bus, the school bus at 7:10, the
shifts swapped on the depot rota, the umbrella at the terminus, the fine for not tapping on and its appeal,
the railway club's layout, the guard on the heritage line, the carriage painted at the depot, the cab ride
won in the raffle, the squid on the stove, the snow shovelled off the platform at Kanagi, the Tren Macho on
a Friday, the tamales on the platform at Izcuchaca, the Quechua news in the combi, the steam engine fired for
the vintage run, the bus to Gisborne for an appointment, the Virar fast at 7:12, the seat kept in the ladies'
compartment and the ticket that has to match an ID; self-hosted apps' config no earlier set pasted:
Rocrail's rocrail.ini for a model railway club's layout and its Z21 command station, MOTIS's config.yml with a
realtime feed's header for a journey planner of the combis, Nominatim's .env with its database DSN for the
school bus stops' geocoding and CryptPad's config.js with its admin e-mail and admin keys for the drivers'
rota pads; those regions' addresses (Goshogawara's '〒037-0063 青森県五所川原市大町12-3', Hirosaki's 土手町, Kanagi's
朝日山, the romanised '12-3 Omachi, Goshogawara, Aomori 037-0063' and its label in capitals, Huancayo's 'Jr.
Ancash 512, Huancayo 12001', El Tambo's 'Calle Real' and its settlement's 'Mz. B Lt. 7, A.H. Justicia Paz y
Vida', Jauja's jirón and a label's 'JR. ANCASH 512 - HUANCAYO - JUNIN', Gisborne's 'Peel Street, Gisborne
4010', Ruatōria's rural delivery 'Waiomatatini Road, RD 1, Ruatoria 4032', Petone's 5012 and a label's
capitals, Papdy's 'House No. 12, Papdy, Vasai (W), Palghar 401207', a Manickpur housing society's flat, Giriz,
Uttan and a label's 'H NO 12 CHULNE VASAI W 401201') and phones (Goshogawara's and Kanagi's '0173',
Hirosaki's '0172', Japanese mobiles '070', '080' and '090' and '+81', Huancayo's '(064)' and '+51 64',
Peruvian mobiles '9xx xxx xxx', Gisborne's '(06) 86x' and Ruatōria's '(06) 864 8', New Zealand mobiles
'021', '022' and '027' and '+64 2', Vasai's '0250', Indian mobiles and '+91'); Visa, Mastercard 51-55 and
2-series, Amex 37 in 4-6-5, JCB 35, Discover 6011 and RuPay 508 and 60 as a fine, a quarterly pass, a
heritage line's tickets or a club's trip take them; IBANs of Spain and Italy (the Wanka families working
there), Kuwait, the Emirates and the United Kingdom (the East Indian nurses and drivers in the Gulf and their
cousins in London; Japan, Peru, New Zealand and India have none); IPs of a station's ticket machine, the stove
train's booking tablet, a tram's passenger display, a school bus's GPS tracker, a level crossing's
controller, a bus depot's camera recorder, the model railway club's Z21 command station, the vintage railway's
booking office PC and webcam, a bus's fare box, the platform indicator at Vasai Road, a tram depot's router,
a combi company's ticket printer and the pastes above, v6 in 2400:4050:, 2001:268:, 2404:4400:, 2402:3a80:
and 2800:4f0: ranges; passwords handed over in ways no earlier set used (inside the cover of a commuter pass
holder, on the back of a driver's duty card, pencilled in the stove train's coal log, taped inside the ticket
punch box, read out by the signalman at the token exchange, chalked on the bus depot's mess room board, on a
sticker inside the school bus's first aid kit, in the back of the guard's log, printed on the back of the fine
notice, written on a platform ticket), Tsugaru ('Goshogawara037!', 'StoveTrain#1930'), the Mantaro
('Huancayo1572!', 'TrenMacho#128'), the East Coast ('Hikurangi#1754', 'Ruatoria4032!'), Vasai
('VirarFast#0812', 'Papdy401207'), transport words in leetspeak ('l0c0m071v3', 'pl47f0rm', '7r4mc4r'), a
railcar's or a locomotive's number ('KiHa22-027', 'Wa165-001') and a rota's route and shift
('Route23-Shift1'), and cues in Tsugaru Japanese ('パスワードは...だ。誰さも教えればまいねよ'), Quechua
('clavenqa ... mi, ama pimanpis willankichu'), Peruvian Spanish slang ('la contra es ..., no se la pases a
nadie, causa'), te reo Māori ('ko ... te kupuhipa, kaua e whāki atu ki te tangata kē') and Bombay Hindi
('password ... hai, kisiko bolneka nahi'); usernames on RailLab, Tetsudo.com, IRCTC, IndiaRailInfo,
m-Indicator, Moovit, Railpage, the Trainz forum, the Rocrail forum, a club's Discord, Flickr and in CryptPad's
admin keys, shapes like 'kiha22_x', 'x.stove65', 'x_trenmacho', 'x.huancayo75', 'x.wa165', 'x_eastcoast6',
'xy_virarfast', 'xyz62' (three letters of the given name, the family name and two digits), 'platform3x' and
'x.y.rails'; dates of birth for a commuter pass, a student bus pass, a school bus form, a senior concession, a
SuperGold card, a railway club's membership and a paste, in Japanese ('1958年3月14日'), the Japanese era in
kanji ('昭和33年3月14日', '平成元年') and a form's abbreviated era ('S33.3.14'), Spanish ('14 de marzo de
1958'), a Peruvian DNI's '14 03 1958' with spaces, Quechua ('1958 watapi, marzo killapa 14 punchawninpi'),
Māori with the Māori months ('14 Poutūterangi 1958'), English and Indian English with the ordinal ('14th
March 1958'), an Indian form's '14-03-1958', '14/03/1958' and ISO; typos as a commuter types on the platform:
a transport word's well-known misspelling ('schedule' -> 'schedual', 'platform' -> 'platfrom', 'conductor' ->
'conducter', 'carriage' -> 'carrige', 'passenger' -> 'passanger', 'ticket' -> 'tikcet'), or railway, bus and
commuter slang creeping into chat ('locomotive' -> 'loco', 'ticket collector' -> 'TC', 'ladies compartment'
-> 'ladies dabba', 'bus driver' -> 'busie', 'commuter pass' -> 'teiki', 'railway enthusiasts' -> 'railfans',
'season ticket' -> 'season'); negatives with the same regions' places, the titles and the name forms
explained, PNRs, trains, routes, fine notices, papeletas and locomotives' numbers alone, opening hours, fares
and a pass's price, a carriage's seats, dates that are no birthdays (a meeting's, a line's reopening, the last
steam run's year), a Japanese era's year, postcodes alone, businesses and prizes named after families,
versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail,
documentation IPs (v4 and v6), emergency numbers every user shares, and short everyday chat; no public figure
is named).

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

HELDOUT89_SEED = 8935711
# no faker name locale, as in held-out 16 to 88: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT89: list[str] = []
# trains, trams and buses used and run by locals (held-out 90, written at the same time, takes weddings and
# family celebrations); each origin: (men's given names, women's given names, family names); ';' separates
# names, as some hold a space or an apostrophe
NAMES_HELDOUT89: dict[str, tuple[list[str], list[str], list[str]]] = {
    # the Tsugaru folk of Aomori's Tsugaru plain (Goshogawara, Kanagi, Hirosaki): the Tsugaru Railway's stove
    # train, the Kōnan Railway's commuter passes, the school buses in the snow; long vowels with macrons
    "tsugaru": ("Takeshi;Kōichi;Masao;Tsutomu;Shigeru;Yūta;Hiroki;Kenji;Noboru;Tatsuya".split(";"),
                "Setsuko;Kazuko;Yōko;Misaki;Haruka;Tomoko;Chie;Sayaka;Fumiko;Ayumi".split(";"),
                "Kudō;Narita;Fukushi;Tsushima;Mikami;Osanai;Tonosaki;Narumi;Kon;Ichinohe;Sōma;Munakata".split(";")),
    # the Wanka (Huanca) of the Mantaro valley (Huancayo, El Tambo, Chilca, Jauja, Chupaca): the Tren Macho to
    # Huancavelica, the combis, the school vans and the fines of the municipal transit office
    "wanka": ("Teófilo;Marcelino;Eusebio;Wilmer;Edwin;Julián;Fortunato;Yuri;Efraín;Aquilino".split(";"),
              "Juana;Florencia;Marleni;Yesenia;Herminia;Gregoria;Maritza;Flor de María;Edith;Sabina".split(";"),
              "Ricse;Ñaupari;Huaynalaya;Canchanya;Chuquillanqui;Misari;Limaylla;Astuhuamán;Huaroc;Tacza;Pecho;Quinto;Camarena".split(";")),
    # Ngāti Porou of the East Coast (Ruatōria, Tikitiki, Tokomaru Bay, Gisborne) and their whānau in
    # Wellington: the rural school buses on State Highway 35, the vintage railway's steam engine, the Hutt Valley line
    "porou": ("Hōri;Rāwiri;Pita;Hōne;Rāpata;Tīmoti;Wiremu;Te Kani;Mōrehu;Hēmi".split(";"),
              "Maraea;Hera;Arihia;Rīria;Hana;Mākere;Huia;Ngāwai;Hineroa;Pare".split(";"),
              "Tibble;Kohere;Houkamau;Pewhairangi;Mahuika;Tangaere;Haenga;Reedy;Brooking;Waitoa;Nepe;Ruru".split(";")),
    # the East Indians of Vasai, Uttan and Bandra, the Catholics of Bombay's north shore: the Virar fast, the
    # ladies' compartment, the quarterly pass, the ticket checkers' fines
    "eastindian": ("Joseph;Anthony;Francis;Sebastian;Ignatius;Lawrence;Dominic;Agnelo;Bosco;Nelson".split(";"),
                   "Rosy;Philomena;Agnes;Lavina;Sheryl;Clara;Jacinta;Molly;Flavia;Celine".split(";"),
                   "Dabre;Rumao;Tuscano;Coutinho;Ferrao;Rodricks;D'Mello;Correia;D'Britto;Mendonca;Rebello;Colaco;Dias".split(";")),
}  # fmt: skip
# the Tsugaru names in kanji and in the katakana reading a commuter pass, an IC card or a form's フリガナ prints
TSUGARU_HELDOUT89: dict[str, tuple[str, str]] = {
    "Takeshi": ("健", "タケシ"), "Kōichi": ("浩一", "コウイチ"), "Masao": ("正雄", "マサオ"), "Tsutomu": ("勉", "ツトム"),
    "Shigeru": ("茂", "シゲル"), "Yūta": ("雄太", "ユウタ"), "Hiroki": ("大樹", "ヒロキ"), "Kenji": ("健二", "ケンジ"),
    "Noboru": ("昇", "ノボル"), "Tatsuya": ("達也", "タツヤ"),
    "Setsuko": ("節子", "セツコ"), "Kazuko": ("和子", "カズコ"), "Yōko": ("洋子", "ヨウコ"), "Misaki": ("美咲", "ミサキ"),
    "Haruka": ("遥", "ハルカ"), "Tomoko": ("智子", "トモコ"), "Chie": ("千恵", "チエ"), "Sayaka": ("沙耶香", "サヤカ"),
    "Fumiko": ("文子", "フミコ"), "Ayumi": ("歩", "アユミ"),
    "Kudō": ("工藤", "クドウ"), "Narita": ("成田", "ナリタ"), "Fukushi": ("福士", "フクシ"), "Tsushima": ("対馬", "ツシマ"),
    "Mikami": ("三上", "ミカミ"), "Osanai": ("小山内", "オサナイ"), "Tonosaki": ("外崎", "トノサキ"),
    "Narumi": ("鳴海", "ナルミ"), "Kon": ("今", "コン"), "Ichinohe": ("一戸", "イチノヘ"), "Sōma": ("相馬", "ソウマ"),
    "Munakata": ("棟方", "ムナカタ"),
}  # fmt: skip
# the English name a Māori given name stands for, as a bus company's roster or a school's form writes it
ENGLISH_HELDOUT89 = {
    "Hōri": "George", "Rāwiri": "David", "Pita": "Peter", "Hōne": "John", "Rāpata": "Robert", "Tīmoti": "Timothy",
    "Wiremu": "William", "Hēmi": "James", "Maraea": "Maria", "Hera": "Sarah", "Arihia": "Alice", "Rīria": "Lydia",
    "Hana": "Hannah", "Mākere": "Margaret",
}  # fmt: skip
# the Wanka family names re-spelt in the Quechua alphabet, as a Wanka teacher, poet or activist writes them
QUECHUA_HELDOUT89 = {
    "Ricse": "Riqsi", "Ñaupari": "Ñawpari", "Huaynalaya": "Waynalaya", "Canchanya": "Kanchanya",
    "Chuquillanqui": "Chukillanki", "Astuhuamán": "Astuwaman", "Huaroc": "Waruq", "Limaylla": "Limaylla",
}  # fmt: skip
# how many characters a railway ticket, its reservation chart and the booking site keep of a passenger's name
TICKET_NAME_LENGTH_HELDOUT89 = 16
# a title next to the name (outside the span): the origin, whether a woman (None: either) and the part of the
# name it goes with ('given' or 'kanji' for a Tsugaru family name in kanji, the title written straight after)
TITLED_HELDOUT89: dict[str, tuple[str, bool | None, str]] = {
    "tayta": ("wanka", False, "given"),  # Quechua 'father', before an elder man's given name
    "mamacha": ("wanka", True, "given"),  # the Andes' 'little mother', before an elder woman's given name
    "koro": ("porou", False, "given"),  # Māori 'grandfather', any old man of the whānau
    "matua": ("porou", False, "given"),  # 'uncle', a man of the parents' generation
    "nanny": ("porou", True, "given"),  # the East Coast's 'grandmother'
    "whaea": ("porou", True, "given"),  # 'aunt', also a woman teacher or bus duty mother
    "aunty": ("eastindian", True, "given"),  # Bombay Catholics' 'Aunty' before an older woman's given name
    "uncle": ("eastindian", False, "given"),  # and 'Uncle' before an older man's
    "駅長": ("tsugaru", None, "kanji"),  # stationmaster, after the family name in kanji
    "車掌": ("tsugaru", None, "kanji"),  # conductor
    "運転士": ("tsugaru", None, "kanji"),  # driver
}
TITLE_SLOT_HELDOUT89 = re.compile(
    r"(?<![\w'.-])(tayta|mamacha|Koro|Matua|Nanny|Whaea|Aunty|Uncle) \{\}|\{\}(駅長|車掌|運転士)",
    re.IGNORECASE,
)
# IBANs of this set's people (Japan, Peru, New Zealand and India have none): the Wanka families working in
# Spain and Italy, the East Indian nurses and drivers in Kuwait and the Emirates and their cousins in London
IBAN_SHAPES_HELDOUT89 = {"ES": "20n", "IT": "1a10n12c", "KW": "4a22c", "AE": "19n", "GB": "4a14n"}
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT89 = {
    "tsugaru": ["stove", "ringo", "tsutetsu", "kanagi", "gosho"],
    "wanka": ["trenmacho", "wanka", "chilca", "mantaro", "combi"],
    "porou": ["tairawhiti", "wa165", "hikurangi", "waiapu", "kura"],
    "eastindian": ["virarfast", "vasai", "papdy", "local", "bassein"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT89 = {
    "tsugaru": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "softbank.ne.jp"],
    "wanka": ["hotmail.com", "yahoo.es", "continental.edu.pe", "uncp.edu.pe"],
    "porou": ["xtra.co.nz", "slingshot.co.nz", "vodafone.co.nz"],
    "eastindian": ["yahoo.in", "vsnl.net", "hotmail.com"],
}
# the templates that belong to one origin's lines, places or papers, and whether they want a woman's name
ORIGIN_CUES_HELDOUT89: list[tuple[re.Pattern[str], str, bool | None]] = [
    (re.compile(r"フリガナ|ｶﾅ"), "tsugaru", None),
    (re.compile(r"stove|Goshogawara|Kanagi|Kōnan|snow off|氏名|乗客|旅券|Passport name"), "tsugaru", None),
    (re.compile(r"Tren Macho|combi|Chilca|Izcuchaca|huancaína|Pasajero|Infractor|Apelante|Apellidos|Chofer"), "wanka", None),
    (re.compile(r"Ruatoria|Tikitiki|Wa 165|marae|Kaitaraiwa|Ingoa|Hutt|Roster name"), "porou", None),
    (re.compile(r"ladies compartment"), "eastindian", True),
    (re.compile(r"Virar|Vasai|TC fine|Passenger 1|first class"), "eastindian", None),
]  # fmt: skip
# a transport word and its well-known misspelling
MISSPELT_HELDOUT89 = {
    "schedule": "schedual", "platform": "platfrom", "conductor": "conducter", "carriage": "carrige",
    "timetable": "timetabel", "station": "staion", "locomotive": "locomotove", "passenger": "passanger",
    "ticket": "tikcet", "appeal": "apeal", "heritage": "heritige", "volunteer": "volunter",
    "compartment": "compartmant", "tomorrow": "tommorow", "terminus": "terminous", "vehicle": "vehical",
}  # fmt: skip
MISSPELT_WORD_HELDOUT89 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT89, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# railway, bus and commuter slang creeping into chat
SHORTHAND_HELDOUT89 = {
    "locomotive": "loco", "platform": "PF", "ticket collector": "TC", "season ticket": "season",
    "ladies compartment": "ladies dabba", "timetable": "TT", "bus driver": "busie", "first class": "FC",
    "railway enthusiasts": "railfans", "station": "stn", "commuter pass": "teiki", "minutes": "mins",
    "because": "coz", "please": "plz",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT89 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT89, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# the months in Spanish (Wanka Quechua names them so too), Māori and English
ES_MONTHS_HELDOUT89 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
MI_MONTHS_HELDOUT89 = (
    "Kohitātea Huitanguru Poutūterangi Paengawhāwhā Haratua Pipiri Hōngongoi Hereturikōkā Mahuru "
    "Whiringa-ā-nuku Whiringa-ā-rangi Hakihea"
).split()
EN_MONTHS_HELDOUT89 = (
    "January February March April May June July August September October November December".split()
)
# the Japanese eras a date of birth falls in: (first day, name in kanji, one-letter abbreviation)
ERAS_HELDOUT89 = [
    (datetime.date(1989, 1, 8), "平成", "H"),
    (datetime.date(1926, 12, 25), "昭和", "S"),
    (datetime.date(1912, 7, 30), "大正", "T"),
]


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Kudō' -> 'Kudo', 'Ñaupari' -> 'Naupari', 'Rīria' ->
    'Riria')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Flor de María' ->
    'flordemaria', "D'Mello" -> 'dmello', 'Te Kani' -> 'tekani')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _wapuro(name: str) -> str:
    """A Japanese name as a keyboard types it, a long vowel written out: 'Kudō' -> 'Kudou', 'Yūta' ->
    'Yuuta'."""
    return name.replace("ō", "ou").replace("ū", "uu").replace("Ō", "Ou").replace("Ū", "Uu")


def _passport(name: str) -> str:
    """A Japanese name as a passport may spell it on request, a long o as 'oh': 'Kudō' -> 'Kudoh', 'Sōma' ->
    'Sohma', 'Yūta' -> 'Yuta'."""
    return name.replace("ō", "oh").replace("ū", "u").replace("Ō", "Oh").replace("Ū", "U")


def _half_width_table() -> dict[str, str]:
    table = {"\u3000": " "}
    for cp in range(0xFF61, 0xFFA0):
        half = chr(cp)
        full = unicodedata.normalize("NFKC", half)
        if len(full) == 1 and "\u30a0" <= full <= "\u30ff":
            table.setdefault(full, half)
    for full, half in list(table.items()):
        for mark, half_mark in (("\u3099", "\uff9e"), ("\u309a", "\uff9f")):
            voiced = unicodedata.normalize("NFC", full + mark)
            if len(voiced) == 1:
                table.setdefault(voiced, half + half_mark)
    return table


HALF_WIDTH_HELDOUT89 = _half_width_table()


def _hankaku(kana: str) -> str:
    """Katakana in the half-width forms an old ticket machine, a bus fare box's receipt or a bank transfer
    prints ('クドウ　タケシ' -> 'ｸﾄﾞｳ ﾀｹｼ')."""
    return "".join(HALF_WIDTH_HELDOUT89.get(c, c) for c in kana)


def _ticket_name(name: str) -> str:
    """A passenger's name in capitals as a railway ticket and its reservation chart print it, cut at 16
    characters ('Joseph Anthony Dabre' -> 'JOSEPH ANTHONY D')."""
    return name.upper()[:TICKET_NAME_LENGTH_HELDOUT89].rstrip(" '")


def _era(gy: int, gm: int, gd: int) -> tuple[str, str, int]:
    """(era in kanji, its letter, year of the era) for a Gregorian date: 1958-03-14 -> ('昭和', 'S', 33)."""
    date = datetime.date(gy, gm, gd)
    for start, name, letter in ERAS_HELDOUT89:
        if date >= start:
            return name, letter, gy - start.year + 1
    raise ValueError("before the Taishō era")


class Gen89(Gen3):
    """Generators for held-out set 89: origins, name forms, formats and contexts none of the other sets
    use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT89."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT89))
        men, women, lasts = NAMES_HELDOUT89[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _tsugaru(self, first: str, last: str, script: str) -> str:
        """A Tsugaru name in kanji or katakana, family name first, with an ideographic space ('工藤　健',
        'クドウ　タケシ') or in half-width katakana ('ｸﾄﾞｳ ﾀｹｼ')."""
        index = {"kanji": 0, "kana": 1, "half": 1}[script]
        name = f"{TSUGARU_HELDOUT89[last][index]}\u3000{TSUGARU_HELDOUT89[first][index]}"
        return _hankaku(name) if script == "half" else name

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "tsugaru":
            if r < 0.15:  # kanji typed into a chat: '工藤　健'
                return self._tsugaru(first, last, "kanji")
            if r < 0.3:  # the family name first, as a Japanese says it: 'Kudō Takeshi'
                return f"{last} {first}"
            if r < 0.45:  # the long vowel typed out: 'Takeshi Kudou'
                return _wapuro(f"{first} {last}")
            if r < 0.6:  # a passport's 'oh': 'KUDOH Takeshi', 'Takeshi Kudoh'
                return rng.choice(
                    [f"{_passport(last).upper()} {_passport(first)}", _passport(f"{first} {last}")]
                )
            return _fold(f"{first} {last}")  # 'Takeshi Kudo'
        if origin == "wanka":
            mother = rng.choice([x for x in NAMES_HELDOUT89["wanka"][2] if x != last])
            if r < 0.3:  # the father's and the mother's family names: 'Teófilo Ricse Canchanya'
                return f"{first} {last} {mother}"
            if r < 0.6 and last in QUECHUA_HELDOUT89:  # re-spelt in the Quechua alphabet: 'Teófilo Waynalaya'
                return f"{first} {QUECHUA_HELDOUT89[last]}"
            if r < 0.7:  # a form that drops the accents and the tilde: 'Teofilo Naupari'
                return _fold(f"{first} {last}")
        if origin == "porou":
            if (
                r < 0.2 and first in ENGLISH_HELDOUT89
            ):  # the English counterpart on a roster: 'David Houkamau'
                return f"{ENGLISH_HELDOUT89[first]} {last}"
            if (
                r < 0.3 and first in ENGLISH_HELDOUT89
            ):  # both, the English in brackets: 'Hōri (George) Kohere'
                return f"{first} ({ENGLISH_HELDOUT89[first]}) {last}"
            if r < 0.45:  # a form without the macrons: 'Rawiri Houkamau'
                return _fold(f"{first} {last}")
        if (
            origin == "eastindian" and r < 0.3
        ):  # the father's given name in the middle: 'Joseph Anthony Dabre'
            father = rng.choice([x for x in NAMES_HELDOUT89["eastindian"][0] if x != first])
            return f"{first} {father} {last}"
        return f"{first} {last}"

    def person(self, origin: str | None = None, woman: bool | None = None) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if r < 0.7:
            name = self._full(origin, first, last, woman)
        elif r < 0.9:
            name = _fold(first) if origin == "tsugaru" else first
        else:
            name = _fold(last) if origin == "tsugaru" else last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def script_person(self, template: str) -> str | None:
        """A name in the shape a template's paper prints: katakana for a form's フリガナ, half-width katakana
        for a ticket machine's ｶﾅ, kanji for Japanese fields, a passport's capitals, a ticket's 16 characters,
        a register's 'FAMILY FAMILY, Given', a roster's English name; None where the template has no paper."""
        rng = self.rng
        if re.search(r"ｶﾅ|receipt printed", template):
            _, first, last, _ = self._origin_name("tsugaru")
            return self._tsugaru(first, last, "half")
        if re.search(r"フリガナ|in katakana", template):
            _, first, last, _ = self._origin_name("tsugaru")
            return self._tsugaru(first, last, "kana")
        if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", template):
            _, first, last, _ = self._origin_name("tsugaru")
            return self._tsugaru(first, last, "kanji")
        if re.search(r"Passport name|passport says", template):
            _, first, last, _ = self._origin_name("tsugaru")
            return f"{_passport(last).upper()} {_passport(first).upper()}"
        if re.search(r"Passenger 1|ticket says", template):
            _, first, last, _ = self._origin_name("eastindian")
            father = rng.choice([x for x in NAMES_HELDOUT89["eastindian"][0] if x != first])
            return _ticket_name(f"{first} {father} {last}")
        if "Apellidos" in template:
            _, first, last, _ = self._origin_name("wanka")
            mother = rng.choice([x for x in NAMES_HELDOUT89["wanka"][2] if x != last])
            return f"{_fold(last).upper()} {_fold(mother).upper()}, {first}"
        if "Quechua" in template:
            first = rng.choice(NAMES_HELDOUT89["wanka"][0] + NAMES_HELDOUT89["wanka"][1])
            return f"{first} {rng.choice(sorted(set(QUECHUA_HELDOUT89.values())))}"
        if re.search(r"Roster name|roster says", template):
            _, first, last, _ = self._origin_name("porou")
            first = rng.choice(sorted(ENGLISH_HELDOUT89))
            return f"{ENGLISH_HELDOUT89[first]} {last}"
        return None

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('tayta Teófilo', 'mamacha Juana', 'Koro Hōri', 'Nanny Huia',
        'Aunty Rosy', 'Uncle Bosco', '工藤駅長'), from the origin that uses it."""
        origin, woman, part = TITLED_HELDOUT89[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "kanji":
            return TSUGARU_HELDOUT89[last][0]
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, a paper's
        shape where the template is one, an origin's where the template speaks of its lines or places."""
        m = TITLE_SLOT_HELDOUT89.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        scripted = self.script_person(template)
        if scripted:
            return scripted
        for cue, origin, woman in ORIGIN_CUES_HELDOUT89:
            if cue.search(template):
                return self.person(origin, woman)
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, m = rng.randint(1, 60), rng.randint(1, 30)
        shapes = [
            f"〒037-0063 青森県五所川原市大町{n}-{m}",
            f"〒036-8182 青森県弘前市土手町{rng.randint(1, 250)}",
            f"〒037-0202 青森県五所川原市金木町朝日山{rng.randint(100, 600)}",
            f"{n}-{m} Omachi, Goshogawara, Aomori 037-0063",
            f"{n}-{m} OMACHI GOSHOGAWARA AOMORI 037-0063 JAPAN",
            f"{pick(['Jr. Puno', 'Jr. Ancash', 'Jr. Ayacucho', 'Av. Giráldez'])} {rng.randint(100, 1400)}, Huancayo 12001",
            f"Calle Real {rng.randint(100, 2400)}, El Tambo, Huancayo",
            f"Mz. {pick('ABCDEFGH')} Lt. {rng.randint(1, 30)}, A.H. Justicia Paz y Vida, El Tambo, Huancayo",
            f"Jr. {pick(['Junín', 'Ricardo Palma', 'Bolognesi'])} {rng.randint(100, 900)}, Jauja, Junín",
            f"JR. ANCASH {rng.randint(100, 1400)} - HUANCAYO - JUNIN",
            f"{rng.randint(1, 400)} {pick(['Gladstone Road', 'Childers Road', 'Peel Street', 'Ormond Road'])}, Gisborne 4010",
            f"{rng.randint(100, 2000)} Waiomatatini Road, RD 1, Ruatoria 4032",
            f"{rng.randint(1, 120)} Jackson Street, Petone, Lower Hutt 5012",
            f"{rng.randint(1, 90)} PEEL STREET, GISBORNE 4010",
            f"House No. {rng.randint(1, 400)}, Papdy, Vasai (W), Palghar 401207",
            f"Flat {pick('ABC')}-{rng.randint(1, 4)}0{rng.randint(1, 8)}, Holy Cross CHS, Manickpur, Vasai Road (W) 401202",
            f"H. No. {rng.randint(1, 300)}, Giriz, Vasai (W), Dist. Palghar 401201",
            f"{rng.randint(1, 200)}, Uttan Road, Uttan, Bhayandar (W) 401106",
            f"H NO {rng.randint(1, 300)} CHULNE VASAI W 401201",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        if origin == "tsugaru" and rng.random() < 0.4:
            first, last = _wapuro(first), _wapuro(last)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT89[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}-{subject}", f"{first}_{rng.randint(1950, 2009)}",
                           f"{subject}{first}", f"{last}.{first[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT89[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0173-{rng.choice(['34', '35', '53', '62'])}-{d(4)}",  # Goshogawara and Kanagi
            f"0172-{rng.choice(['32', '33', '35', '52'])}-{d(4)}",  # Hirosaki and Kuroishi
            f"0{rng.choice('789')}0-{d(4)}-{d(4)}",  # Japanese mobiles
            f"+81 {rng.choice(['173', '172'])}-{d(2)}-{d(4)}",
            f"+81 {rng.choice('789')}0 {d(4)} {d(4)}",
            f"(064) {rng.choice('234')}{d(1)}-{d(4)}",  # Huancayo
            f"9{d(2)} {d(3)} {d(3)}",  # Peruvian mobiles
            f"+51 64 {d(6)}",
            f"+51 9{d(2)} {d(3)} {d(3)}",
            f"(06) 86{rng.choice('378')} {d(4)}",  # Gisborne
            f"(06) 864 8{d(3)}",  # Ruatōria
            f"02{rng.choice('127')} {d(3)} {d(4)}",  # New Zealand mobiles
            f"+64 2{rng.choice('127')} {d(3)} {d(4)}",
            f"0250 23{d(1)} {d(4)}",  # Vasai
            f"+91 9{d(4)} {d(5)}",  # Indian mobiles
            f"{rng.choice('789')}{d(4)}-{d(5)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "37", "35", "6011", "508", "60"]
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT89))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT89[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a station's ticket machine, the stove train's booking tablet, a tram's
        passenger display, a school bus's GPS tracker, a level crossing's controller, a depot's camera
        recorder, the model railway club's command station, the vintage railway's booking office, a bus fare
        box, the platform indicator at Vasai Road and this set's pastes; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2400:4050:{h()}:{h()}::{h()}", f"2001:268:{h()}:{h()}::{h()}", f"2404:4400:{h()}:{h()}::{h()}",
                         f"2402:3a80:{h()}:{h()}::{h()}", f"2800:4f0:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the ticket machine at Goshogawara station is on {}, it ate my thousand yen again", v4),
            ("the stove train's booking tablet got {} after the router swap", v4),
            ("the passenger display on tram 7 answers on {}, it still shows yesterday's stops", v4),
            ("the gps tracker on the school bus is {}, the map froze at the bridge", v4),
            ("the level crossing controller by the depot is {}, the barrier stuck down twice", v4),
            ("the camera recorder in the bus depot is on {}, check it for the lost phone", v4),
            ("the club's z21 command station is on {}, plug the layout in there", v4),
            ("the vintage railway's booking office pc is {}, the raffle sheet is on it", rng.choice([v4, v6])),
            ("the fare box on the Gisborne bus talks to {} at the end of the day", v4),
            ("the platform indicator at Vasai Road shows {} on its error screen", v4),
            ("my nas with the railway photos has {} now", rng.choice([v4, v6])),
            ("the tram depot's router took {} on the new fibre", v6),
            ("the heritage line's webcam at the water tower answers on {}", v6),
            ("the combi company's ticket printer is on {}", v4),
            ('    <digint iid="z21" lib="z21" host="{}" port="21105"/>', v4),
            ("  host: {}", v4),
            ('NOMINATIM_DATABASE_DSN="pgsql:dbname=nominatim;host={};user=nominatim"', v4),
            ("    httpUnsafeOrigin: 'http://{}:3000',", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2025-11-03 06:12:40 motis: rt feed refused from {}", v4),
            ("$ rsync -av rota/ pads@{}:/srv/cryptpad/blob/", v4),
            ("$ ping -6 -c 3 {}", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Goshogawara', 'Ashino', 'StoveTrain', 'Tachineputa', 'Kanagi'])}{rng.choice(['037!', '#1930', '_0173', '!2025'])}",
                f"{rng.choice(['Huancayo', 'TrenMacho', 'Mantaro', 'Huaytapallana', 'Chilca'])}{rng.choice(['1572!', '#128', '_064', '!Wanka'])}",
                f"{rng.choice(['Hikurangi', 'Ruatoria', 'Waiapu', 'Tairawhiti'])}{rng.choice(['#1754', '4032!', '_Wa165', '!35'])}",
                f"{rng.choice(['VirarFast', 'Papdy', 'Bassein', 'Giriz', 'Churchgate'])}{rng.choice(['401207', '#0812', '!1739', '_VR'])}",
                rng.choice(["locomotive", "platform", "commuter", "tramcar", "timetable"]).translate(leet) + rng.choice(["", "!", "_89"]),
                f"{rng.choice(['KiHa22', 'DC35', 'Wa165', 'WDM2'])}-{rng.randint(1, 999):03d}",
                f"Route{rng.randint(1, 60)}-Shift{rng.randint(1, 4)}",
                f"{rng.choice(['ringo', 'squid', 'papaSeca', 'kumara', 'vadapav'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        quote_safe = re.sub(r"['\"\\;<>&]", "", pw)
        alnum = string.ascii_letters + string.digits
        options = [
            # passwords handed over in ways no earlier set used
            ("the club wifi is written inside the cover of my commuter pass holder, {}", pw),
            ("the depot pc password is on the back of my duty card, {}", pw),
            ("the stove train's tablet password is pencilled in the coal log, {}", pw),
            ("the booking office login is taped inside the ticket punch box, {}", pw),
            ("the signalman read me the layout wifi at the token exchange, {}", pw),
            ("the rota pad password is chalked on the mess room board at the bus depot, {}", pw),
            ("the school bus tablet password is on a sticker inside the first aid kit, {}", pw),
            ("the guard wrote the heritage line's wifi in the back of the guard's log, {}", pw),
            ("the password for the appeal portal is printed on the back of the fine notice, {}", pw),
            ("my brother put the irctc password on a platform ticket for me, {}", pw),
            ("the combi's ticket printer pin is {}, don't let the cobrador change it", d(4)),
            ("the bus depot gate code is {}, it changes at the end of the month", d(6)),
            ("ok the rocrail control code is {}, the layout opens at ten", pw),
            ("my raillab password is {}, log yesterday's trip for me", pw),
            # cues in the set's languages
            ("パスワードは{}だ。誰さも教えればまいねよ", pw),
            ("clavenqa {} mi, ama pimanpis willankichu", pw),
            ("la contra es {}, no se la pases a nadie, causa", pw),
            ("ko {} te kupuhipa, kaua e whāki atu ki te tangata kē", pw),
            ("password {} hai, kisiko bolneka nahi", pw),
            # commands
            ("$ psql postgres://nominatim:{}@localhost/nominatim", colonless),
            ("$ curl -H 'Authorization: Bearer {}' http://localhost:8080/api/v1/plan", tok(40, alnum)),
            ("$ mosquitto_pub -u busgps -P {} -t fleet/bus12/pos -m ok", colonless),
            # pastes
            ('NOMINATIM_DATABASE_DSN="pgsql:dbname=nominatim;host=localhost;user=www-data;password={}"', quote_safe),
            ('    <tcp port="8051" controlcode="{}" slavecode=""/>', quote_safe),
            ("          Authorization: Bearer {}", tok(48, alnum)),
            ('    <tcp port="8051" controlcode="changeme" slavecode="{}"/>', quote_safe),
            ("          X-Api-Key: {}", tok(32, "0123456789abcdef")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('kiha22_x', 'x.stove7', 'x_trenmacho',
        'x.huancayo84', 'x.wa165', 'x_eastcoast5', 'xy_virarfast', 'josdabre58', 'platform3x', 'x.y.rails')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        if origin == "tsugaru" and rng.random() < 0.4:
            first, last = _wapuro(first), _wapuro(last)
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "tsugaru": [f"kiha22_{first}", f"{last}.stove{rng.randint(1, 99)}"],
            "wanka": [f"{first}_trenmacho", f"{last}.huancayo{rng.randint(60, 99)}"],
            "porou": [f"{last}.wa165", f"{first}_eastcoast{rng.randint(1, 9)}"],
            "eastindian": [f"{first}{last}_virarfast", f"{first[:3]}{last}{rng.randint(50, 99)}"],
        }[origin]
        return rng.choice([f"{first}.{last}.rails", f"platform{rng.randint(1, 9)}{first}", *own])

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language, calendar or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        era, letter, ey = _era(year, m, day)
        return {
            "ja": f"{year}年{m}月{day}日",
            "wareki": f"{era}{'元' if ey == 1 else ey}年{m}月{day}日",
            "wabbr": f"{letter}{ey}.{m}.{day}",
            "es": f"{day} de {ES_MONTHS_HELDOUT89[m - 1]} de {year}",
            "dni": f"{day:02d} {m:02d} {year}",
            "qu": f"{year} watapi, {ES_MONTHS_HELDOUT89[m - 1]} killapa {day} punchawninpi",
            "mi": f"{day} {MI_MONTHS_HELDOUT89[m - 1]} {year}",
            "en": f"{day} {EN_MONTHS_HELDOUT89[m - 1]} {year}",
            "ord": f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')} {EN_MONTHS_HELDOUT89[m - 1]} {year}",
            "dash": f"{day:02d}-{m:02d}-{year}",
            "dmy": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }  # fmt: skip

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        keys = ["ja", "wareki", "wabbr", "es", "dni", "qu", "mi", "en", "ord", "dash", "dmy", "iso"]
        return shapes[self.rng.choice(keys)]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the commuter pass form wants my date of birth, {}", any_shape),
            ("the student bus pass needs her date of birth, {}", s["dmy"]),
            ("my son was born {}, the school bus form asks for it", s["en"]),
            ("nanny's supergold card says born {}, so the off-peak bus is free", s["en"]),
            ("my irctc senior concession needs the date of birth, {}", s["dash"]),
            ("papá nació el {}, lo piden para el pase de adulto mayor", s["es"]),
            ("paqarirqani {}, chaytam mañakunku pasajepaq", s["qu"]),
            ("ko tōna rā whānau ko {}, mō te kāri pahi", s["mi"]),
            ("the railway club's membership form needs a birth date, {}", any_shape),
            ("grandma's silver pass form wants the Japanese date, she wrote {}", s["wareki"]),
            ("the school's bus form only takes the era date, so {}", s["wabbr"]),
            ("誕生日は{}です、学割の定期に要るって", s["ja"]),
            ("生年月日: {}", s["wareki"]),
            ("生年月日 {}", s["wabbr"]),
            ("Fecha de nacimiento: {}", s["dni"]),
            ("Date of birth: {}", s["dmy"]),
            ("DOB: {}", s["dash"]),
            ("Rā whānau: {}", s["mi"]),
            ("Born: {}", s["ord"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT89_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} lost the season ticket on the bus again",
        "can you remind {} the school bus leaves at 7:10 tomorrow",
        "{} is driving the 6:40 on the rota this week",
        "{} swapped shifts with me on the depot rota",
        "{} found my umbrella in lost property at the terminus",
        "{} got fined for not tapping on, can you help with the appeal",
        "{} is on platform 2 waiting for the slow train",
        "{} runs the railway club's model layout on saturdays",
        "{} volunteers as a guard on the heritage line every second sunday",
        "{} keeps the timetable for the club's trip",
        "{} and {} are painting the old carriage at the depot",
        "{} took photos of the locomotive from the bridge",
        "ask {} if the bus pass renewal went through",
        "{} says the tram is stuck behind a truck on the main road",
        "{} is the new bus driver on route 8",
        "i'm meeting {} at the station at half five",
        "{} appealed the fine and won",
        "{} knows the conductor on the last train",
        "{} collects the kids from the school bus stop on fridays",
        "yes {} has the keys to the signal box",
        "{} is writing to the council about the bus shelter",
        "{} handed in a wallet at the ticket office",
        "{} missed the last bus and slept at ours",
        "we're waiting for {} at the ticket barrier",
        "{} won the raffle for a cab ride in the locomotive",
        "{} is doing the railway enthusiasts' newsletter this month",
        "{} grilled squid on the stove in the stove train again",
        "{} renewed the high school commuter pass at Goshogawara",
        "{} shovels the snow off the platform at Kanagi before the first train",
        "{} sells the stove train tickets on board in winter",
        "{} rides the Tren Macho to Huancavelica every friday",
        "{} drives a combi on the Chilca route",
        "{} sells papas a la huancaína on the train",
        "everyone knows tayta {} still remembers the steam engines at Chilca",
        "we bought tamales from mamacha {} on the platform at Izcuchaca",
        "{} drives the school bus from Ruatoria to Tikitiki",
        "{} is firing the Wa 165 on the vintage railway run",
        "we waited for Koro {} at the bus stop by the marae",
        "nanny {} gets the bus to Gisborne for her appointments",
        "the kids listen to whaea {} on the school bus",
        "ask matua {} to fix the bus shelter at the marae",
        "{} catches the Hutt train at 7:02 every morning",
        "{} takes the 7:12 Virar fast every morning",
        "{} got a TC fine for sitting in first class with a second class pass",
        "aunty {} keeps a seat for me in the ladies compartment",
        "uncle {} has travelled on the Virar local for forty years",
        "{} renewed the quarterly pass at Vasai Road",
        "the commuter pass says {} in katakana, is that right?",
        "the old ticket machine's receipt printed {} on it",
        "my ticket says {} and the TC wants an ID that matches",
        "the passport says {}, the rail pass has to match it",
        "the Quechua poem painted in the Tren Macho's carriage is by {}",
        "{} reads the Quechua news on the radio in the combi every morning",
        "the school bus roster says {}, nobody at the marae uses that name",
        "{}駅長が忘れ物の財布を預かっている",
        "{}車掌にストーブ列車の切符を買った",
        "今日の当番は{}運転士です",
        "Pass holder: {}",
        "Season ticket holder: {}",
        "Driver: {}",
        "Relief driver: {}",
        "Appellant: {}",
        "Lost property claimed by: {}",
        "Volunteer guard: {}",
        "Fireman: {}",
        "Member no. 0412: {}",
        "Passenger 1: {}   M 45",
        "Passport name: {}",
        "氏名: {}",
        "乗客氏名: {}",
        "フリガナ: {}",
        "定期 ｶﾅ: {}",
        "Pasajero: {}",
        "Chofer: {}",
        "Infractor: {}",
        "Apelante: {}",
        "Apellidos y nombres: {}",
        "Kaitaraiwa: {}",
        "Ingoa: {}",
        "Roster name: {}",
        "| 06:40 | Route 3 | {} | spare |",
        '"driver": "{}",',
    ],
    "STREET_ADDRESS": [
        "the club's layout is in the shed at {}, come round the back",
        "send the replacement pass to {}",
        "the school bus picks up at {}",
        "the appeal letter has to go to {}",
        "the lost property office posted my bag to {}",
        "the railway club meets at {} on the first monday",
        "my new address for the season ticket is {}",
        "住所: {}",
        "Dirección: {}",
        "Wāhi noho: {}",
        "Address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the rota to {}",
        "the lost property office wrote from {}",
        "the appeal goes to {}, they answer in two weeks",
        "the railway club's newsletter comes from {}",
        "E-mail: {}",
        "メール: {}",
        "Correo: {}",
        "    adminEmail: '{}',",
    ],
    "PHONE_NUMBER": [
        "the depot's number is {}, ask for the duty manager",
        "call the lost property office on {}",
        "the school bus driver's mobile is {}",
        "ring the heritage line's booking office on {}",
        "text {} if the combi is late",
        "Tel.: {}",
        "電話: {}",
        "Teléfono: {}",
        "Waea: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the fine with {}",
        "the quarterly pass went on {}",
        "the heritage line tickets are on {}",
        "the club's trip deposit went on {}",
        "Card: {}",
        "Tarjeta: {}",
        "カード番号: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send my share of the club's trip to {}",
        "the refund for the Tren Macho trip goes to {}",
        "my brother in Kuwait pays my pass through {}",
        "pay the railway club's dues into {}",
        "IBAN: {}",
        "Cuenta (IBAN): {}",
        "Conto (IBAN): {}",
    ],
    "USERNAME": [
        "my raillab log is under {}",
        "on tetsudo.com my name is {}",
        "the irctc login is {}",
        "on indiarailinfo i post as {}",
        "on m-indicator i'm {}",
        "my moovit account is {}",
        "on railpage i'm {}",
        "the trainz forum knows me as {}",
        "on the rocrail forum i'm {}",
        "the club's discord handle is {}",
        "the stove train photos on flickr are under {}",
        '"username": "{}",',
        "Login: {}",
        '    adminKeys: ["[{}@https://pads.tairawhiti-rail.nz/Nv3l0PqX2fWb8kT1yZrA5sD9gH4jL6mC0eU7iO2pQ1w=]"],',
    ],
}
HELDOUT89_MIXED = [
    ("Pass holder: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Appellant: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Driver: {}, mobile {}", ["PERSON", "PHONE_NUMBER"]),
    ("{} paid the fine with {}", ["PERSON", "CREDIT_CARD"]),
    ("Apelante: {}, {}, cuenta {}", ["PERSON", "STREET_ADDRESS", "IBAN_CODE"]),
    ("the lost property office ({}) says {} can collect the bag", ["EMAIL_ADDRESS", "PERSON"]),
    ('NOMINATIM_DATABASE_DSN="pgsql:dbname=nominatim;host={};user=nominatim;password={}"', ["IP_ADDRESS", "SECRET"]),
    ("my irctc login is {} and the password is {}", ["USERNAME", "SECRET"]),
    ("$ ssh -p 2222 {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("send the replacement pass to {} and text me on {}", ["STREET_ADDRESS", "PHONE_NUMBER"]),
    ("the club's membership went on {}, the receipt came to {}", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("Name: {} / DOB: {} / Tel: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("refund the quarterly pass to {}, the card was {}", ["IBAN_CODE", "CREDIT_CARD"]),
    ("Correo: {} | Teléfono: {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} was born {} and lives at {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("pay the club's share to {}, questions to {}", ["IBAN_CODE", "EMAIL_ADDRESS"]),
    ("Student pass: {}, DOB {}, card {}", ["PERSON", "DATE_OF_BIRTH", "CREDIT_CARD"]),
    ("the Quechua verses on the Tren Macho are by {}, write to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Dirección: {} / Teléfono: {}", ["STREET_ADDRESS", "PHONE_NUMBER"]),
    ("フリガナ: {}\n生年月日: {}\n住所: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT89_NEGATIVES = [
    "Goshogawara, Kanagi and Hirosaki are towns on the Tsugaru plain",
    "the stove train runs from December to March",
    "the Tsugaru Railway opened in 1930",
    "dried squid is grilled on the stove in the carriage",
    "駅長 means stationmaster and 車掌 means conductor",
    "フリガナ is the line on a form for the reading of a name in katakana",
    "a passport may spell a long o as oh",
    "Tonosaki Kotsu runs the buses to the apple orchards, it is a company",
    "037-0063 is a Goshogawara postcode",
    "the year Showa 33 is 1958",
    "Huancayo is the capital of Junín in the Mantaro valley",
    "the Tren Macho runs from Chilca station to Huancavelica",
    "the line is 128 kilometres long",
    "tayta means father in Quechua and mamacha is said to an older woman",
    "Transportes Canchanya Hnos. runs the buses to Jauja, not a person",
    "the combi fare to El Tambo is 1.50 soles",
    "papeleta de infracción 004512 was cancelled",
    "the municipal transit office opens at 8:00",
    "Ruatoria and Tikitiki are on State Highway 35",
    "the Wa 165 was built in 1897",
    "koro is grandfather and whaea is aunt in te reo Māori",
    "a Māori given name may have an English counterpart, Wiremu for William",
    "Kohere Coachlines is a bus company, not a person",
    "the Tibble Shield goes to the safest school bus run",
    "4032 is the Ruatoria postcode",
    "the Hutt Valley line runs every 20 minutes off peak",
    "Vasai Road is on the Western Railway",
    "the Virar fast leaves Churchgate at 18:12",
    "the ladies compartment is the first one from the front",
    "Rodricks Travels runs the school buses in Papdy, not a person",
    "the Dabre Cup is the Vasai parishes' football tournament",
    "401207 is the Papdy PIN code",
    "a railway ticket keeps only 16 characters of a name",
    "aunty and uncle go before the given name of an older person in Bombay",
    "the quarterly second class pass costs 945 rupees",
    "PNR 8214563097 is confirmed",
    "train 12932 leaves from platform 4",
    "fine notice 2025/118734 was cancelled on appeal",
    "route 8 runs every 15 minutes",
    "the bus depot opens at 5:30",
    "the lost property office is open from 10:00 to 16:00",
    "a season ticket costs 12,600 yen for a month",
    "the heritage line runs on the first sunday of the month",
    "the club meets on 2025-06-14 at 14:00",
    "the line reopened on 01/04/2024",
    "the last steam run was in 1975",
    "locomotive number 4823 is in the shed",
    "the carriage seats 64 passengers",
    "Rocrail 2.1 added the new throttle",
    "Nominatim 4.5 needs PostgreSQL 12 or newer",
    "MOTIS 2 reads GTFS and OpenStreetMap",
    "CryptPad 2024.12 changed the admin panel",
    "fixed in commit 7b2e4f1, see the changelog",
    'NOMINATIM_DATABASE_DSN="pgsql:dbname=nominatim"',
    '    <tcp port="8051" controlcode="" slavecode=""/>',
    "controlcode=changeme",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3530 1113 3330 0000 is the JCB test number",
    "ES91 2100 0418 4502 0005 1332 is the example IBAN in the docs",
    "GB29 NWBK 6016 1331 9268 19 is the example IBAN in the docs",
    "write to member@example.com on the form",
    "192.0.2.89 is a documentation address",
    "203.0.113.89 is a documentation address",
    "2001:db8:89::1 is a documentation address",
    "in Japan call 119 for an ambulance",
    "in Peru the police are 105",
    "in New Zealand you call 111",
    "in India dial 112",
    "the bus is here",
    "the train is late again",
    "ok the tram is moving",
    "yes the ticket office is open",
    "MIND THE GAP",
    "konnichiwa, the stove train is warm",
    "allinllachu, the train leaves at 6:30",
    "kia ora, the bus is at the gate",
    "namaskar, the fast is on platform 1",
    "so tired after the night shift at the depot",
    "who has the spare umbrella for the platform",
    "thanks for keeping my seat",
    "see you on the 8:05",
]  # fmt: skip


def _typo89(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a transport word's well-known misspelling
    ('schedule' -> 'schedual', 'platform' -> 'platfrom', 'conductor' -> 'conducter', 'carriage' ->
    'carrige', 'passenger' -> 'passanger'), or railway, bus and commuter slang creeping into chat
    ('locomotive' -> 'loco', 'ticket collector' -> 'TC', 'ladies compartment' -> 'ladies dabba', 'bus
    driver' -> 'busie', 'commuter pass' -> 'teiki', 'railway enthusiasts' -> 'railfans'). Only in sentences
    typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT89.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT89[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT89.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT89[m.group(1)] + template[m.end() :]


def build_heldout89(seed: int = HELDOUT89_SEED) -> list[Example]:
    """Held-out set 89: `Gen89` values in `HELDOUT89_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen89(seed)
    return assemble_module_set(
        gen, HELDOUT89_TEMPLATES, HELDOUT89_MIXED, HELDOUT89_NEGATIVES, _typo89, person=gen.person_for
    )
