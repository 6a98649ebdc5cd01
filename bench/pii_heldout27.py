"""Held-out PII set 27 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout27": written before round 25 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT27 is empty, as for
held-out 16 to 26; hand-written lists of Hong Kong Cantonese (Hong Kong romanisation, the given name
hyphenated: 'Chan Ka-wai'), Singaporean Hokkien and Teochew (the family name first and a spaced two-syllable
given name: 'Tan Boon Huat'), Macanese (Portuguese family names with particles: 'Nolasco da Silva', 'do
Rosário'), Koryo-saram (Soviet Korean family names in their Russian spellings with Russian given names:
'Ogai', 'Khegai', 'Ten'), Bukharan Jewish (the feminine '-ova' on a woman's family name: 'Malka Kalontarova'),
Low German Mennonite of Chihuahua and the Paraguayan Chaco ('Giesbrecht', 'Banman'), Makah and Yakama
('Claplanhoo', 'Sohappy'), Palenquero (San Basilio de Palenque: 'Cassiani', 'Simarra'), Bahamian ('Rolle',
'Moxey', 'Munnings'), Ngarrindjeri and Narungga ('Kartinyeri', 'Koolmatrie', 'Wanganeen'), Anindilyakwa
(Groote Eylandt: 'Lalara', 'Mamarika', 'Wurramarrba'), Bougainvillean ('Toroama', 'Sirivi') and Motu-Koita
('Vagi', 'Hitolo') names, outdoor words used as given names (River, Ridge, Canyon, Flint, Cove), invented ones
of a made-up root and ending and a surname of a made-up root and a Japanese-looking ending ('Sorvane Kelzawa':
-moto/-zawa/-gawa/-shima/-yama); an English given name before the Cantonese family and given names as Hong
Kong writes them ('Kelvin Chan Ka-wai'), the Cantonese and Hokkien 'Ah' diminutive on one syllable of the
given name ('Ah Wai', 'Ah Huat'), a Russian diminutive before a Korean family name ('Volodya Tsoi'), the
father's or husband's name in front as Mennonite colonies tell same-named people apart ('Abram Wiebe's Tina'),
a mineral label's provenance ('ex coll. X'), a binding credit ('Bound by X'), caving ('Trip leader:', 'Callout
contact:'), ballooning ('Pilot in command:'), maple ('Sugarmaker:'), outrigger ('Steerer (seat 6):'), walling
('Waller:') and dyeing ('Dyer:') fields; over half of the sentences typed to the bot or a friend: caving,
canyoning, disc golf, outrigger canoeing (va'a), hot-air ballooning, rodeo, maple sugaring, rockhounding,
blacksmithing, leatherworking, bookbinding, basket weaving, indigo dyeing and dry-stone walling; PhotoPrism
compose variables, code-server config.yaml, Homebridge config.json, wg-easy, Kopia, Tiny Tiny RSS, YOURLS
config.php, Shlink, Concourse and fly, Passbolt, Penpot, Zitadel, Open WebUI, HedgeDoc, Etherpad settings.json
and Mailcow mailcow.conf; those regions' addresses (Mennonite campos of Cuauhtémoc, Loma Plata and Filadelfia
in the Chaco, Neah Bay, Toppenish, San Basilio de Palenque, Getsemaní in Cartagena, Nassau with 'P.O. Box N-'
boxes, Eleuthera, Raukkan, Murray Bridge and Point Pearce, Angurugu and Alyangula, Buka, Boroko, Hong Kong
flat/floor/block, Macau 'andar', Singapore HDB 'Blk ... #05-678', Tashkent 'uy' and 'xonadon', Bukhara
ko'chasi, Ulaanbaatar khoroo, Phnom Penh sangkat and khan, Vientiane ban and muang) and phones (Cuauhtémoc,
Loma Plata, Paraguayan mobiles domestic, Neah Bay, Toppenish, Colombian mobiles domestic, Nassau, Eleuthera,
Murray Bridge, Groote Eylandt, Buka, Port Moresby, PNG mobiles, Hong Kong mobiles and landlines, Macau,
Singapore, Tashkent, Uzbek mobiles, Bukhara, Almaty, Kazakh mobiles with the domestic 8, Ulaanbaatar, Phnom
Penh, Cambodian mobiles domestic, Laos); Visa 16 and 19, Mastercard 2451 and 5466, Amex 3496, Diners 3021, JCB
3574, Discover 6573 and UnionPay 6282 (16 and 19) cards, some with hair spaces (U+200A) or four-per-em spaces
(U+2005) between groups; IBANs of Brazil, Costa Rica, the Dominican Republic, El Salvador, Guatemala,
Honduras, Nicaragua, Saint Lucia, the British Virgin Islands, the Falklands, Timor-Leste, Kazakhstan and
Mongolia (every IBAN country of the Americas and of East, South-East and Central Asia was used by an earlier
set); IPs in balloon-tracker, cave radio, disc-golf kiosk, va'a GPS base, rodeo timer, evaporator, forge,
laser-cutter, bindery, co-op till, dye vat, walling-course, mineral-site and canyon weather-station chat and
in the pastes above, v6 in 2603, 2608, 240b, 2001:df0, 2001:e68, 2802 and 2001:1248 ranges; passwords handed
over in ways no earlier set used (pasted into the wrong chat: 'oops wrong chat, that was ...: X', 'X <- ignore
that, wrong window'; a correction of an earlier message: 'sorry typo earlier, ... is X not what I sent'; a
temporary one with its expiry; read off a whiteboard; a security-question answer; 'copy this exactly, caps and
all'; left in a cave callout note 'if we're not out by six, my laptop password is X'; for a zip sent
separately; asking the bot to read it back), camel-case sentence passwords ('IRappelled3Falls!'), canyon
grades ('v4a3III-Kanangra'), hobby jargon joined by a symbol ('Anvil&Tongs42'), a word padded with symbols
('!!sugarbush!!'), a romanised Japanese craft word with a year ('aizome1987'), an 'Ah' nickname with a year
('AhWai@2019'), echo ... | sudo -S, 7z -p, zip -P, openssl enc -pass pass:, gpg --passphrase, nmcli and iwctl
Wi-Fi joins, RSYNC_PASSWORD, wget --password, an expect script's send, PHOTOPRISM_ADMIN_PASSWORD, code-server
password, the Homebridge HomeKit 'pin', wg-easy PASSWORD_HASH, KOPIA_PASSWORD and --server-password,
TTRSS_DB_PASS, YOURLS_COOKIEKEY and $yourls_user_passwords, Shlink INITIAL_API_KEY, CONCOURSE_ADD_LOCAL_USER
and CONCOURSE_POSTGRES_PASSWORD, fly login -p, Passbolt DATASOURCES_DEFAULT_PASSWORD, PENPOT_SECRET_KEY,
Zitadel --masterkey, WEBUI_SECRET_KEY, CMD_SESSION_SECRET, Etherpad admin password, Mailcow DBPASS, Databricks
dapi, Grafana glsa_, Stripe rk_live_, Langfuse sk-lf-, Postman PMAK-, Notion ntn_, Supabase sb_secret_, Docker
dckr_oat_ and GitHub ghs_ tokens, cave gate combinations, sugar-shack padlock, balloon-trailer hitch lock,
forge-shed keypad, trailhead key box and satellite messenger codes, and cues in Khmer ('peakya samngat'), Lao
('lahat phan'), Burmese ('zaga hwet'), Hmong ('lo lus zais'), Guarani ("ñe'ẽñemi"), Quechua ('pakasqa simi'),
Rioplatense Spanish ('la contra'), Singlish ('one leh') and Bahamian ('bey'); usernames in UDisc, Mindat,
Wikiloc, Instructables, a cave-survey forum, MapleTrader, PhotoPrism, Kopia and fly, shapes like
'x.goes.deep', 'y_rappels', 'ace.x.7', 'va6.x', 'y_burner', 'x.8secs', 'sap.y', 'x.finds.agate', 'anvil.y',
'x_stitches', 'folio.y', 'x.weaves.reed', 'aizome_y' and 'y.walls.dry'; dates of birth in romanised Cantonese
(Jyutping), Kazakh (Latin), romanised Mongolian and Ilocano with birth cues in those languages ('ngo hai ...
ceot sai ge', 'tuğan künım', 'bi ... törsön', 'naiyanak ak idi'), CJK year-month-day characters
('1987年3月14日'), Korean ('1987년 3월 14일'), the Minguo calendar ('民國76年3月14日'), Haskell's fromGregorian,
PostgreSQL make_date(), Lua os.time{}, a Clojure #inst and PHP mktime(); typos as a greengrocer's apostrophe
before a word's final s ('cave's', 'want's') or an East Asian input method's full-width punctuation ('，', '？',
'！'); negatives with the same regions' places, caving, canyoning, disc-golf, va'a, ballooning, rodeo,
sugaring, rockhounding, smithing, leather, binding, basketry, dyeing and walling talk, outdoor-word given
names as words (river, ridge, canyon, flint, cove), the 'Ah' diminutive, Hong Kong names and Mennonite naming
explained, PhotoPrism, code-server, Homebridge, wg-easy, Kopia, Tiny Tiny RSS, YOURLS, Shlink, Concourse,
Passbolt, Penpot, Zitadel, Open WebUI, HedgeDoc, Etherpad and Mailcow boilerplate, versions, order numbers,
commit hashes, dates that are not birthdays, placeholder secrets, a test card, the Kazakh example IBAN, a
placeholder e-mail, documentation IPs (v4 and v6), emergency numbers, a masked password, and short everyday
chat).
"""

from __future__ import annotations

import random
import re
import string

from bench.pii import (
    TYPES,
    Example,
    Gen3,
    _ascii_name,
    _chat_like,
    _iban,
    _luhn_number,
    _pick_chat_or_not,
)

HELDOUT27_SEED = 273859
# no faker name locale, as in held-out 16 to 26: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT27: list[str] = []
NAMES_HELDOUT27: dict[str, tuple[list[str], list[str]]] = {
    # Hong Kong Cantonese (Hong Kong government romanisation; the two-syllable given name hyphenated)
    "hongkong": ("Ka-wai Siu-ming Wing-yan Chi-keung Mei-ling Hoi-yan Tsz-hin Pui-shan Kwok-leung Suet-ying Ho-yin Wai-man".split(),
                 "Chan Wong Cheung Leung Lau Tsang Yeung Kwok Ho Lam Tse Fung Chow Mak Yip".split()),
    # Singaporean Hokkien and Teochew: the family name comes first, the given name is two spaced syllables
    "singapore": (["Boon Huat", "Siew Ling", "Kah Seng", "Hui Min", "Chee Keong", "Bee Lian", "Wee Kiat", "Soo Hoon",
                   "Eng Chuan", "Geok Choo"],
                  "Tan Lim Ng Ong Goh Teo Koh Khoo Chua Quek Sim Yeo Heng Tay".split()),
    # Macanese (Macau): Portuguese given names, old Macanese family names, some with particles
    "macanese": (["Miguel", "Henrique", "Filomena", "Luísa", "Rogério", "Leonel", "Marisa", "Ana Maria", "Carlos",
                  "Guilhermina"],
                 ["Senna Fernandes", "da Luz", "Airosa", "Basto", "Rangel", "Noronha", "do Rosário", "Sales Marques",
                  "Nolasco da Silva", "Remédios", "Jorge", "Xavier"]),
    # Koryo-saram (Soviet Koreans of Uzbekistan and Kazakhstan): Russian given names, Korean family names in
    # their Russian spellings
    "koryo": ("Vladimir Svetlana Anatoliy Larisa Gennadiy Valentina Aleksandr Lyudmila Yekaterina Roman".split(),
              "Tsoi Pak Ten Ogai Khvan Kan Nam Sin Khegai Li".split()),
    # Bukharan Jewish (Bukhara, Samarkand, Tashkent and their diaspora): a woman's family name takes -a
    "bukharan": ("Bension Rahamim Malkiel Nerio Yusuf Rafael Malka Hana Bella Shoshana Tamara Zoya".split(),
                 "Kalontarov Aminov Mullokandov Babakhanov Fuzailov Ishakov Yakubov Khaimov Pinkhasov".split()),
    # Low German Mennonite (Cuauhtémoc, Chihuahua; Loma Plata and Filadelfia, Paraguay)
    "mennonite": ("Abram Aganetha Isaak Helena Jakob Katharina Kornelius Susanna Heinrich Tina Johan Margaretha".split(),
                  "Friesen Penner Wiebe Klassen Dyck Giesbrecht Thiessen Unger Neufeld Enns Fehr Banman Rempel Loewen".split()),
    # Makah (Neah Bay) and Yakama (Toppenish), Washington
    "makah_yakama": ("Micah Theron Violet Delbert Arlene Jonah Patricia Elaine Chester Lavina".split(),
                     "Claplanhoo Markishtum Ides Sohappy Wallahee Tulee Olney Jim".split()),
    # Palenquero (San Basilio de Palenque, Colombia)
    "palenquero": ("Dionisio Rafaela Evangelista Graciela Sebastián Ceferina Andrés Basilia Justo Dolores".split(),
                   "Cassiani Simarra Salgado Cañate Navarro Reyes Valdez Márquez".split()),
    # Bahamian (New Providence and the Out Islands)
    "bahamian": ("Shavonne Dexter Perry Lashanda Kendrick Tamika Prince Latoya Cordell Deangelo".split(),
                 "Rolle Pinder Knowles Sands Cartwright Munnings Strachan Bethel Minnis Moxey Saunders".split()),
    # Ngarrindjeri and Narungga (the Coorong, Raukkan and Point Pearce, South Australia)
    "ngarrindjeri": ("Doreen Ellen Clarence Veronica Major Lorraine Darryl Cherie Shane Noreen".split(),
                     "Kartinyeri Koolmatrie Rigney Wanganeen Karpany Sumner Trevorrow Milera Kropinyeri".split()),
    # Anindilyakwa (Groote Eylandt, Northern Territory)
    "anindilyakwa": ("Lionel Thelma Andrew Jocelyn Leonard Judy Gerald Annette".split(),
                     "Lalara Mamarika Amagula Wurramarrba Wurramara Jaragba Bara".split()),
    # Bougainvillean (Autonomous Region of Bougainville, Papua New Guinea)
    "bougainville": ("Ishmael Josephine Magdalene Theresa Francis Simon Mathias Rose Clement Agnes".split(),
                     "Toroama Momis Kabui Tanis Kauona Miriori Nisira Sirivi".split()),
    # Motu-Koita (Port Moresby)
    "motu": ("Kila Igo Dika Lohia Boio Kevau Heni Raho Gari Lahui".split(),
             "Vagi Morea Gaudi Hitolo Arua Igua Kapena Taumaku Dairi".split()),
}  # fmt: skip
BUKHARAN_WOMEN_HELDOUT27 = {"Malka", "Hana", "Bella", "Shoshana", "Tamara", "Zoya"}
# English given names Hong Kong people put before their Cantonese names ('Kelvin Chan Ka-wai')
HK_ENGLISH_GIVEN_HELDOUT27 = ["Kelvin", "Winnie", "Ivan", "Carmen", "Ricky", "Queenie", "Alvin", "Venus",
                              "Kenneth", "Phoebe", "Gigi", "Horace"]  # fmt: skip
# Russian diminutives as Koryo-saram friends use them ('Volodya Tsoi')
RUSSIAN_DIMINUTIVE_HELDOUT27 = {
    "Vladimir": "Volodya", "Svetlana": "Sveta", "Anatoliy": "Tolya", "Larisa": "Lara", "Gennadiy": "Gena",
    "Valentina": "Valya", "Aleksandr": "Sasha", "Lyudmila": "Lyuda", "Yekaterina": "Katya", "Roman": "Roma",
}  # fmt: skip
# Mennonite men's and women's given names for 'Abram Wiebe's Tina' (a woman named by her father or husband)
MENNONITE_MEN_HELDOUT27 = ["Abram", "Isaak", "Jakob", "Heinrich", "Kornelius", "Johan", "Peter"]
MENNONITE_WOMEN_HELDOUT27 = ["Aganetha", "Helena", "Katharina", "Susanna", "Tina", "Margaretha", "Maria"]
# invented given names of a made-up root and ending, and surnames of a made-up root and a Japanese-looking
# ending (-moto/-zawa/-gawa/-shima/-yama): ways no earlier set used ('Sorvane Kelzawa')
INVENTED_GIVEN_ROOTS_HELDOUT27 = ["Sorv", "Thal", "Mirv", "Quel", "Dasr", "Ilv", "Brem", "Cael"]
INVENTED_GIVEN_ENDS_HELDOUT27 = ["ane", "etta", "ion", "ory", "ise", "ando"]
INVENTED_SURNAME_ROOTS_HELDOUT27 = ["Kel", "Vor", "Drem", "Sal", "Tevi", "Ulb", "Harn", "Pesk"]
INVENTED_SURNAME_ENDS_HELDOUT27 = ["moto", "zawa", "gawa", "shima", "yama"]
# outdoor words used as given names, which read like the landscape ('River', 'Canyon', 'Flint')
RARE_GIVEN_HELDOUT27 = ["River", "Ridge", "Canyon", "Flint", "Cove", "Onyx", "Sparrow", "Briar"]
# every IBAN country of the Americas and of East, South-East and Central Asia has been used by an earlier set
IBAN_SHAPES_HELDOUT27 = {
    "BR": "23n1a1c", "CR": "18n", "DO": "4a20n", "SV": "4a20n", "GT": "4c20c", "HN": "4a20n", "NI": "4a20n",
    "LC": "4a24c", "VG": "4a16n", "FK": "2a12n", "TL": "19n", "KZ": "3n13c", "MN": "16n",
}  # fmt: skip
ELEUTHERA_SETTLEMENTS_HELDOUT27 = ["Governor's Harbour", "Gregory Town", "Tarpum Bay"]
# everyday subjects of this set: caving, canyoning, disc golf, outrigger canoeing (va'a), hot-air ballooning,
# rodeo, maple sugaring, rockhounding, blacksmithing, leatherworking, bookbinding, basket weaving, indigo
# dyeing and dry-stone walling
HOBBIES_HELDOUT27 = ["caves", "rappels", "aces", "va6", "burner", "bronc", "sap", "geodes", "anvil", "awl",
                     "folio", "weaves", "aizome", "waller"]  # fmt: skip
# slips outside the slots: a greengrocer's apostrophe before a final s ('cave's', 'want's') or an East Asian
# input method's full-width punctuation ('，', '？', '！')
PLURAL_HELDOUT27 = re.compile(r"\b[a-z]{3,}[a-rt-z]s\b")
NOT_PLURAL_HELDOUT27 = {"always", "thanks", "https", "perhaps", "whereas", "nevertheless"}
FULL_WIDTH_HELDOUT27 = {",": "\uff0c", "?": "\uff1f", "!": "\uff01"}


class Gen27(Gen3):
    """Generators for held-out set 27: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self) -> tuple[str, str, str]:
        """(origin, given name, family name): NAMES_HELDOUT27, invented ('Sorvane Kelzawa') or an outdoor word
        as the given name ('River')."""
        rng = self.rng
        r = rng.random()
        origin = rng.choice(sorted(NAMES_HELDOUT27))
        firsts, lasts = NAMES_HELDOUT27[origin]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT27) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT27)
            last = rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT27) + rng.choice(INVENTED_SURNAME_ENDS_HELDOUT27)
            return "invented", given, last
        if r < 0.18:
            given = rng.choice(RARE_GIVEN_HELDOUT27)
            return ("rare" if origin == "singapore" else origin), given, rng.choice(lasts)
        given, last = rng.choice(firsts), rng.choice(lasts)
        if origin == "bukharan" and given in BUKHARAN_WOMEN_HELDOUT27:
            last += "a"
        return origin, given, last

    def first_last(self) -> tuple[str, str]:
        _, first, last = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last = self._origin_name()
        r = rng.random()
        if r < 0.44:  # Singaporean Chinese names are written family name first
            name = f"{last} {first}" if origin == "singapore" else f"{first} {last}"
        elif r < 0.55:
            name = first
        elif r < 0.63:
            name = last
        elif r < 0.73:  # an English given name before the Cantonese family and given names
            given, fam = NAMES_HELDOUT27["hongkong"]
            name = f"{rng.choice(HK_ENGLISH_GIVEN_HELDOUT27)} {rng.choice(fam)} {rng.choice(given)}"
        elif r < 0.82:  # the 'Ah' diminutive on one syllable of a Cantonese or Hokkien given name
            given = NAMES_HELDOUT27[rng.choice(["hongkong", "singapore"])][0]
            syllable = rng.choice(re.split(r"[- ]", rng.choice(given)))
            name = f"Ah {syllable.capitalize()}"
        elif r < 0.91:  # a Russian diminutive before a Koryo-saram family name
            given, fam = NAMES_HELDOUT27["koryo"]
            name = f"{RUSSIAN_DIMINUTIVE_HELDOUT27[rng.choice(given)]} {rng.choice(fam)}"
        else:  # a Mennonite woman told apart by her father's or husband's name
            fam = NAMES_HELDOUT27["mennonite"][1]
            man, woman = rng.choice(MENNONITE_MEN_HELDOUT27), rng.choice(MENNONITE_WOMEN_HELDOUT27)
            name = f"{man} {rng.choice(fam)}'s {woman}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"Campo {pick(['2B', '6½', '22', '106'])}, {pick(['Manitoba', 'Swift Current', 'Ojo de la Yegua'])} colony, Cuauhtémoc, Chihuahua",
            f"Calle {pick(['Central', 'Trébol', 'Laguna Capitán'])} {n}, Loma Plata, Boquerón, Paraguay",
            f"Av. Hindenburg {n}, Filadelfia, Chaco, Paraguay",
            f"{n} {pick(['Bayview Ave', 'Front St', 'Fort St'])}, Neah Bay, WA 98357",
            f"{n} S {pick(['Elm', 'Alder', 'Toppenish'])} St, Toppenish, WA 98948",
            f"Barrio {pick(['Abajo', 'Arriba', 'La Bonga'])}, casa {n}, San Basilio de Palenque, Bolívar",
            f"Calle de la Media Luna No. {n}, Getsemaní, Cartagena",
            f"P.O. Box N-{rng.randint(1000, 9999)}, Nassau, Bahamas",
            f"{n} {pick(['Blue Hill Road', 'Wulff Road', 'Carmichael Road'])}, Nassau, N.P.",
            f"Queen's Highway, {pick(ELEUTHERA_SETTLEMENTS_HELDOUT27)}, Eleuthera, house {n}",
            f"Lot {n}, Raukkan Road, Raukkan SA 5259",
            f"{n} {pick(['Swanport Road', 'Bridge Street', 'Adelaide Road'])}, Murray Bridge SA 5253",
            f"Lot {n}, Point Pearce SA 5573",
            f"Lot {n}, Angurugu NT 0822",
            f"{n} Flinders St, Alyangula NT 0885",
            f"Lot {n}, Hutjena Road, Buka, Bougainville",
            f"Allotment {rng.randint(1, 40)}, {pick(['Hohola', 'Gordons', 'Tokarara'])}, Boroko, NCD",
            f"Flat {rng.randint(1, 40)}{pick('ABCDEFGH')}, {rng.randint(2, 48)}/F, Block {rng.randint(1, 12)}, {pick(['Mei Foo Sun Chuen', 'Wah Fu Estate', 'City One Shatin'])}, {pick(['Kowloon', 'Hong Kong', 'N.T.'])}",
            f"Rua de {pick(['Cinco de Outubro', 'São Paulo', 'Pedro Nolasco da Silva'])}, n.º {n}, Edf. {pick(['Kam Loi', 'Hoi Fu', 'Lai Keng'])}, {rng.randint(1, 20)}.º andar {pick('ABCDE')}, Macau",
            f"Blk {n} {pick(['Ang Mo Kio Ave 3', 'Tampines St 21', 'Jurong West St 42'])}, #{rng.randint(2, 16):02d}-{rng.randint(10, 899)}, Singapore {rng.randint(310000, 679999)}",
            f"Yunusobod tumani, {rng.randint(1, 19)}-kvartal, {n}-uy, {rng.randint(1, 80)}-xonadon, Toshkent",
            f"{pick(['Mehtar Anbar', 'Abu Ali ibn Sino', 'Bahouddin Naqshband'])} ko'chasi, {n}-uy, Buxoro",
            f"Bayanzürkh district, {rng.randint(1, 28)}-r khoroo, building {n}, door {rng.randint(1, 90)}, Ulaanbaatar",
            f"#{n}, Street {rng.randint(51, 488)}, Sangkat {pick(['Boeung Keng Kang 1', 'Tonle Bassac', 'Toul Tom Poung 2'])}, Khan {pick(['Chamkarmon', 'Daun Penh'])}, Phnom Penh",
            f"Ban {pick(['Sisavat', 'Phonxay', 'Saphanthong'])}, Muang {pick(['Chanthabouly', 'Saysettha', 'Sisattanak'])}, house {n}, unit {rng.randint(1, 30)}, Vientiane",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        user = rng.choice([f"{first}.{rng.choice(HOBBIES_HELDOUT27)}", f"{last}.{first}", f"{first[:1]}{last}{rng.randint(10, 99)}",
                           f"{first}_{last}_{rng.randint(60, 99)}", f"{rng.choice(HOBBIES_HELDOUT27)}.{last}",
                           f"{last}{first[:2]}", f"{first}{rng.randint(1950, 2009)}", f"{first}.{last}.hk"])  # fmt: skip
        domain = rng.choice(["netvigator.com", "yahoo.com.hk", "macau.ctm.net", "singnet.com.sg", "mail.ru", "bk.ru",
                             "bigpond.com", "internode.on.net", "batelnet.bs", "online.com.kh", "fastmail.fm",
                             "hotmail.com", "gmail.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+52 625 58{d(1)} {d(4)}",  # Cuauhtémoc, Chihuahua
            f"+595 492 25{d(1)} {d(3)}",  # Loma Plata
            f"0981 {d(3)} {d(3)}",  # Paraguayan mobile, domestic
            f"(360) 645-{d(4)}",  # Neah Bay
            f"509-865-{d(4)}",  # Toppenish
            f"3{d(2)} {d(3)} {d(4)}",  # Colombian mobile, domestic
            f"+1 242 32{d(1)} {d(4)}",  # Nassau
            f"(242) 332-{d(4)}",  # Eleuthera
            f"(08) 8532 {d(4)}",  # Murray Bridge
            f"+61 8 8987 {d(4)}",  # Groote Eylandt
            f"+675 973 {d(4)}",  # Buka
            f"+675 32{d(1)} {d(4)}",  # Port Moresby
            f"+675 7{d(3)} {d(4)}",  # PNG mobile
            f"+852 9{d(3)} {d(4)}",  # Hong Kong mobile
            f"2{d(3)} {d(4)}",  # Hong Kong landline, domestic
            f"+853 6{d(3)} {d(4)}",  # Macau mobile
            f"+65 8{d(3)} {d(4)}",  # Singapore mobile
            f"+998 71 2{d(2)} {d(2)} {d(2)}",  # Tashkent
            f"+998 90 {d(3)} {d(2)} {d(2)}",  # Uzbek mobile
            f"+998 65 22{d(1)} {d(2)} {d(2)}",  # Bukhara
            f"+7 727 2{d(2)} {d(2)} {d(2)}",  # Almaty
            f"8 701 {d(3)} {d(2)} {d(2)}",  # Kazakh mobile with the domestic 8
            f"+976 99{d(2)} {d(4)}",  # Ulaanbaatar mobile
            f"+855 23 {d(3)} {d(3)}",  # Phnom Penh
            f"012 {d(3)} {d(3)}",  # Cambodian mobile, domestic
            f"+856 20 {d(4)} {d(4)}",  # Lao mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 19), ("2451", 16), ("5466", 16), ("3496", 15), ("3021", 14),
                                     ("3574", 16), ("6573", 16), ("6282", 16), ("6282", 19)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # hair spaces (U+200A), as some banking apps' copy button gives them
            return "\u200a".join(groups)
        if r < 0.7:  # four-per-em spaces (U+2005), as some statement PDFs lay groups out
            return "\u2005".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT27))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT27[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): balloon-tracker, cave-radio, disc-golf, va'a, rodeo, sugar-shack, forge,
        laser-cutter, bindery, co-op, dye-vat, walling, mineral-site and canyon weather-station chat; PhotoPrism,
        code-server, wg-easy, Kopia, Tiny Tiny RSS, YOURLS, Concourse, Passbolt, Penpot, Zitadel, Open WebUI,
        HedgeDoc, Etherpad and Homebridge pastes, v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2603:{h()}:{h()}:{h()}::{h()}", f"2608:{h()}:{h()}::{h()}", f"240b:{h()}:{h()}:{h()}::{h()}",
                         f"2001:df0:{h()}::{h()}", f"2001:e68:{h()}:{h()}::{h()}", f"2802:{h()}:{h()}::{h()}",
                         f"2001:1248:{h()}::{h()}:{h()}"])  # fmt: skip
        options = [
            ("the balloon's tracker pings home from {}", v4),
            ("the cave radio logger at the entrance is {}", v4),
            ("disc golf scoring kiosk at the park is on {}", rng.choice([v4, v6])),
            ("the va'a club's gps base station is {}", v4),
            ("rodeo arena timer dropped off the network, it was {}", v4),
            ("the sugar shack evaporator sensor reports from {}", v4),
            ("forge temperature controller is on {}, don't touch it", v4),
            ("leather laser cutter at the makerspace is {}", v4),
            ("the bindery's print server is {}", rng.choice([v4, v6])),
            ("basket co-op's till keeps dropping, it's on {}", v4),
            ("the indigo vat ph sensor is {}", v4),
            ("walling course booking site got hammered from {} last night", rng.choice([v4, v6])),
            ("my mineral listings site blocked {} for scraping", rng.choice([v4, v6])),
            ("canyon weather station went quiet, last seen at {}", v4),
            ("PHOTOPRISM_DATABASE_SERVER: \"{}:3306\"", v4),
            ("bind-addr: {}:8080\nauth: password", v4),
            ("WG_HOST={}", rng.choice([v4, v6])),
            ("kopia repository connect server --url=https://{}:51515", v4),
            ("TTRSS_DB_HOST={}", v4),
            ("define('YOURLS_DB_HOST', '{}');", v4),
            ("CONCOURSE_POSTGRES_HOST={}", v4),
            ("DATASOURCES_DEFAULT_HOST={}", v4),
            ("PENPOT_DATABASE_URI=postgresql://{}/penpot", v4),
            ("ZITADEL_DATABASE_POSTGRES_HOST={}", v4),
            ("OLLAMA_BASE_URL=http://{}:11434", v4),
            ("CMD_DB_URL=postgres://hedgedoc@{}:5432/hedgedoc", v4),
            ("\"dbSettings\": {\n    \"host\": \"{}\",", v4),
            ("[Homebridge] HAP connection from [{}]", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"I{rng.choice(['Rappelled', 'Crawled', 'Forged', 'Stitched', 'Tapped', 'Roped'])}{rng.randint(2, 9)}{rng.choice(['Falls', 'Caves', 'Blades', 'Saddles', 'Trees', 'Calves'])}{rng.choice('!?.#')}",
                f"v{rng.randint(2, 6)}a{rng.randint(1, 5)}{rng.choice(['II', 'III', 'IV', 'V'])}-{rng.choice(['Kanangra', 'Bluff', 'Claustral', 'Zion', 'Sumidero'])}",
                f"{rng.choice(['Anvil', 'Quench', 'Awl', 'Folio', 'Reed', 'Geode', 'Burner', 'Stope'])}{rng.choice('&+%')}{rng.choice(['Tongs', 'Slag', 'Thread', 'Vellum', 'Willow', 'Agate', 'Basket', 'Sump'])}{rng.randint(10, 99)}",
                f"{(s := rng.choice('!#*=~'))}{s}{rng.choice(['sugarbush', 'bronco', 'stalactite', 'outrigger', 'drystone', 'indigo'])}{s}{s}",
                f"{rng.choice(['aizome', 'shibori', 'tsumugi', 'kagozome', 'sashiko'])}{rng.randint(1960, 2010)}",
                f"Ah{rng.choice(['Wai', 'Huat', 'Ling', 'Keong', 'Ming', 'Seng'])}@{rng.randint(2015, 2025)}",
                f"{w().capitalize()}{rng.choice('&+%')}{w().capitalize()}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "%&*"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        uuid = f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{rng.choice('89ab')}{tok(3, hexl)}-{tok(12, hexl)}"
        bcrypt = "$2a$12$" + tok(53, alnum + "./")
        options = [
            # passwords handed over in ways no earlier set used: pasted into the wrong chat, corrected after a
            # typo, temporary with an expiry, read off a whiteboard, a security answer, left in a callout note
            ("oops wrong chat, that was the cave club password: {}", pw),
            ("{} <- ignore that, wrong window, it's my forge shop login", pw),
            ("sorry typo earlier, the balloon club password is {} not what I sent", pw),
            ("temporary login for the canyon permit site, good till friday: {}", pw),
            ("it's written on the whiteboard in the sugar shack, {}", pw),
            ("the security answer for the rodeo association site is {}", pw),
            ("copy this exactly, caps and all: {}", pw),
            ("if we're not out of the cave by six, my laptop password is {}", pw),
            ("I'll email the zip with the survey data, open it with {}", pw),
            ("my kid set the bindery tablet to {} and I can't change it back", pw),
            ("read it back to me so I know I typed it right, {}", pw),
            ("the hut logbook has the wifi inside the cover, {}", pw),
            # codes
            ("the cave gate combination is {}, spin it twice", d(4)),
            ("the sugar shack padlock is {}", d(4)),
            ("balloon trailer hitch lock {}", d(3)),
            ("the forge shed keypad is {} then the tick", d(6)),
            ("trailhead key box at the canyon is {}", d(4)),
            ("my inreach unlock pin is {} if I'm ever stuck", d(4)),
            # cues in languages no earlier set used
            ("peakya samngat wifi knong hang ku {}", pw),
            ("lahat phan wifi maen {}", pw),
            ("wifi zaga hwet ga {} ba", pw),
            ("lo lus zais wifi yog {}", pw),
            ("wifi ñe'ẽñemi ha'e {}", pw),
            ("wifipa pakasqa siminqa {}", pw),
            ("la contra del wifi es {}, che", pw),
            ("the password is {} one leh, don't anyhow change", pw),
            ("bey, da shack wifi password is {}", pw),
            # shell commands
            ("echo '{}' | sudo -S systemctl restart photoprism", pw),
            ("$ 7z a -p'{}' survey.7z cave_survey", pw),
            ("$ zip -P '{}' bindery.zip invoices.pdf", pw),
            ("$ openssl enc -aes-256-cbc -pbkdf2 -in cave.gpx -out cave.enc -pass 'pass:{}'", pw),
            ("$ gpg --batch --passphrase '{}' -c forge_invoices.ods", pw),
            ("$ nmcli dev wifi connect SugarShack password '{}'", pw),
            ("$ iwctl --passphrase '{}' station wlan0 connect RodeoArena", pw),
            ("RSYNC_PASSWORD='{}' rsync -av photos balloon@nas::flights", pw),
            ("$ wget --user=bindery --password='{}' https://files.example.net/bindery.tar", pw),
            ("expect \"Password:\"\nsend \"{}\\r\"", pw),
            # pastes
            ("PHOTOPRISM_ADMIN_PASSWORD: \"{}\"", pw),
            ("bind-addr: 127.0.0.1:8080\nauth: password\npassword: {}\ncert: false", tok(24, hexl)),
            ("\"port\": 51826,\n\"pin\": \"{}\"", f"{d(3)}-{d(2)}-{d(3)}"),
            ("PASSWORD_HASH='{}'", bcrypt),
            ("KOPIA_PASSWORD={}", pw),
            ("kopia server start --address=0.0.0.0:51515 --server-username=club --server-password={}", pw),
            ("TTRSS_DB_PASS={}", pw),
            ("define('YOURLS_COOKIEKEY', '{}');", tok(40, alnum + "!@#%^*-_")),
            ("$yourls_user_passwords = [\n    'bindery' => '{}',\n];", pw),
            ("INITIAL_API_KEY={}", uuid),
            ("CONCOURSE_POSTGRES_PASSWORD={}", pw),
            ("$ fly -t club login -c https://ci.example.net -u ops -p '{}'", pw),
            ("DATASOURCES_DEFAULT_PASSWORD={}", pw),
            ("PENPOT_SECRET_KEY={}", tok(86, alnum + "-_")),
            ("zitadel start-from-init --masterkey \"{}\" --tlsMode disabled", tok(32, alnum)),
            ("WEBUI_SECRET_KEY={}", tok(24, alnum)),
            ("CMD_SESSION_SECRET={}", tok(64, hexl)),
            ("\"users\": {\n    \"admin\": {\n      \"password\": \"{}\",", pw),
            ("# mailcow.conf\nDBPASS={}", tok(28, alnum)),
            ("DATABRICKS_TOKEN={}", "dapi" + tok(32, hexl)),
            ("GRAFANA_SA_TOKEN={}", "glsa_" + tok(32, alnum) + "_" + tok(8, hexl)),
            ("STRIPE_KEY={}", "rk_live_" + tok(24, alnum)),
            ("LANGFUSE_SECRET_KEY={}", "sk-lf-" + uuid),
            ("POSTMAN_API_KEY={}", "PMAK-" + tok(24, hexl) + "-" + tok(34, hexl)),
            ("NOTION_TOKEN={}", "ntn_" + tok(46, alnum)),
            ("SUPABASE_SECRET_KEY={}", "sb_secret_" + tok(31, alnum + "-_")),
            ("DOCKER_ORG_TOKEN={}", "dckr_oat_" + tok(32, alnum + "-_")),
            ("GITHUB_TOKEN={}", "ghs_" + tok(36, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.goes.deep', 'y_rappels', 'ace.x.7')."""
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        return rng.choice(
            [
                f"{first}.goes.deep",
                f"{last}_rappels",
                f"ace.{first}.{rng.randint(2, 18)}",
                f"va6.{first}",
                f"{last}_burner",
                f"{first}.8secs",
                f"sap.{last}",
                f"{first}.finds.agate",
                f"anvil.{last}",
                f"{first}_stitches",
                f"folio.{last}",
                f"{first}.weaves.reed",
                f"aizome_{last}",
                f"{last}.walls.dry",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month, dt.day, dt.year
        kk = "qañtar aqpan nauryz säuır mamyr mausym şılde tamyz qyrküiek qazan qaraşa jeltoqsan".split()
        ilo = (
            "Enero Pebrero Marso Abril Mayo Hunio Hulio Agosto Septiembre Oktubre Nobiembre Disiembre".split()
        )
        return {
            "yue": f"{year} nin {m} jyut {day} hou",  # Cantonese, Jyutping
            "kk": f"{day} {kk[m - 1]} {year}",  # Kazakh, Latin alphabet
            "mn": f"{year} ony {m}-r saryn {day}-nd",  # Mongolian, romanised
            "ilo": f"{ilo[m - 1]} {day}, {year}",  # Ilocano
            "cjk": f"{year}年{m}月{day}日",  # Chinese and Japanese characters
            "ko": f"{year}년 {m}월 {day}일",  # Korean
            "minguo": f"民國{year - 1911}年{m}月{day}日",  # the Minguo (Republic of China) calendar
            "hs": f"{year} {m} {day}",  # after Haskell's fromGregorian
            "pg": f"{year}, {m}, {day}",  # inside PostgreSQL's make_date(...)
            "lua": f"year={year}, month={m}, day={day}",  # inside Lua's os.time{...}
            "clj": dt.isoformat(),  # a Clojure #inst
            "php": f"{m}, {day}, {year}",  # the month, day and year of PHP's mktime(0, 0, 0, ...)
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["kk", "ilo", "cjk", "ko"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the rodeo entry form wants my date of birth, I put {}", any_shape),
            ("caving club insurance needs my birthday, it's {}", any_shape),
            ("the balloon flight ticket asks for date of birth, mine is {}", any_shape),
            ("ngo hai {} ceot sai ge", s["yue"]),
            ("tuğan künım {}", s["kk"]),
            ("bi {} törsön", s["mn"]),
            ("naiyanak ak idi {}", s["ilo"]),
            ("生日：{}", s["cjk"]),
            ("생년월일: {}", s["ko"]),
            ("出生日期：{}", s["minguo"]),
            ("dob = fromGregorian {}", s["hs"]),
            ("SELECT make_date({}) AS dob;", s["pg"]),
            ("local born = os.time{{}}", s["lua"]),
            (":dob #inst \"{}\"", s["clj"]),
            ("$dob = mktime(0, 0, 0, {});", s["php"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT27_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} rigged the pitch at the cave entrance and we all went down",
        "{} led the canyon descent, five abseils before lunch",
        "{} hit an ace on hole 7 at the disc golf course!!",
        "{} steered the canoe in the va'a regatta this morning",
        "{} crewed for the balloon and drove the retrieve truck",
        "{} stayed on the bronc for the full eight seconds",
        "{} ran the evaporator all night at the sugar shack",
        "{} found a geode the size of a fist at the creek",
        "{} forged me a bottle opener at the open day",
        "{} stitched the saddle bag by hand, took a month",
        "{} rebound my grandma's bible in goatskin",
        "{} wove the pandanus basket for the market stall",
        "{} dyed the sashiko jackets in the indigo vat",
        "{} rebuilt ten metres of dry stone wall on saturday",
        "tell {} the cave gate key is back on the hook",
        "can you remind me to pay {} back for the rope",
        "I owe {} twenty bucks for the syrup",
        "has anyone heard from {} since the canyon trip",
        "{} and I are driving to the rodeo on friday",
        "ask {} if the forge is free on sunday",
        "my aunt {} taught me to weave",
        "Trip leader: {}",
        "Callout contact: {}",
        "Pilot in command: {}",
        "Sugarmaker: {}",
        "Steerer (seat 6): {}",
        "Smoky quartz on matrix, Herkimer County, ex coll. {}",
        "Bound by {}, 2024",
        "Waller: {}",
        "Dyer: {}, batch 12",
        '"leader_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the sugar shack is at {}",
        "send the leather order to {}",
        "the forge course is at {}",
        "our cave club hut is {}",
        "deliver the baskets to {}",
        "the indigo workshop moved to {}",
        "Ship to: {}",
        "Meeting point: {}",
        '"collector_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send your flight photos to {}",
        "the rodeo secretary is {}",
        "email the bindery at {}",
        "my cave club email is {}",
        "the walling course bookings go to {}",
        "Crew contact: {}",
        '"organiser_email": "{}",',
        "ZITADEL_FIRSTINSTANCE_ORG_HUMAN_EMAIL_ADDRESS={}",
    ],
    "PHONE_NUMBER": [
        "the balloon retrieve driver's number is {}",
        "call the cave rescue warden on {}",
        "text the rodeo office on {}",
        "the smith's mobile is {}",
        "ring the sugar shack on {}",
        "Callout phone: {}",
        "Tel./WhatsApp: {}",
        '"pilot_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the balloon flight went on {}",
        "I paid the forge course with {}",
        "charge the caving permit to {}",
        "the indigo kit came off {}",
        "Card on file: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the va'a regatta fee to {}",
        "pay the rodeo entry into {}",
        "the basket co-op's account is {}",
        "transfer for the maple syrup order goes to {}",
        "Beneficiary IBAN: {}",
        "IBAN (beneficiario): {}",
    ],
    "USERNAME": [
        "my UDisc is {} if you want to see my rounds",
        "add me on Mindat, I'm {}",
        "my Wikiloc is {}, the canyon tracks are there",
        "I post my builds on Instructables as {}",
        "find me on the cave survey forum as {}",
        "my MapleTrader name is {}",
        'PHOTOPRISM_ADMIN_USER: "{}"',
        "--server-username={}",
        "Logged in as: {}",
    ],
}
HELDOUT27_MIXED = [
    ("Pilot in command: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("callout contact {} ({}), back by 6pm", ["PERSON", "PHONE_NUMBER"]),
    ("{} paid the sugar shack deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("CONCOURSE_ADD_LOCAL_USER={}:{}", ["USERNAME", "SECRET"]),
    ("$ fly -t club login -u {} -p '{}' -c http://{}:8080", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("ask {} for the bindery wifi, it's {}", ["PERSON", "SECRET"]),
    ("I'm {} on UDisc, send the club fee to {}", ["USERNAME", "IBAN_CODE"]),
    ("the smith {} lives at {}, email {}", ["PERSON", "STREET_ADDRESS", "EMAIL_ADDRESS"]),
    ("{} <{}> joined the canyon trip", ["PERSON", "EMAIL_ADDRESS"]),
    ("kopia server start --address={}:51515 --server-username={} --server-password={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} ({}), basket order ready", ["PERSON", "PHONE_NUMBER"]),
]  # fmt: skip
HELDOUT27_NEGATIVES = [
    "Cuauhtémoc has the biggest Mennonite colonies in Mexico",
    "Loma Plata is the centre of the Menno colony in the Chaco",
    "Filadelfia has a museum of the Fernheim colony",
    "Neah Bay is at the northwestern tip of Washington",
    "the Yakama Nation's cultural center is in Toppenish",
    "San Basilio de Palenque was the first free town in the Americas",
    "Getsemaní is full of murals now",
    "Junkanoo is on Boxing Day and New Year's Day in Nassau",
    "Eleuthera has pink sand beaches",
    "Raukkan is on the shore of Lake Alexandrina",
    "Groote Eylandt is in the Gulf of Carpentaria",
    "Buka is across a narrow passage from Bougainville island",
    "Hanuabada is a village on stilts near Port Moresby",
    "Mong Kok has the goldfish market",
    "Senado Square is the heart of old Macau",
    "Ang Mo Kio is a town in the north-east of Singapore",
    "Chorsu bazaar in Tashkent sells the best non bread",
    "the Kalyan minaret in Bukhara is 46 metres tall",
    "Naadam is held in Ulaanbaatar in July",
    "Wat Phnom gave Phnom Penh its name",
    "That Luang is the national symbol of Laos",
    "Ah in front of a name is just a friendly diminutive in Cantonese and Hokkien",
    "in Hong Kong the family name comes first, the English name is often added in front",
    "Mennonite colonies tell same-named people apart by the father's name",
    "the river was too high to cross so we turned back",
    "follow the ridge until the second cairn",
    "the canyon gets two hours of sun a day",
    "flint knaps into a sharp edge",
    "we camped in the cove below the cliffs",
    "onyx is a banded chalcedony",
    "the cave stays at 11 degrees all year",
    "a v4a3 canyon has serious vertical and aquatic sections",
    "an ace in disc golf is a hole in one",
    "an OC6 outrigger canoe seats six paddlers",
    "balloons fly at dawn when the air is calm",
    "a bronc ride lasts eight seconds",
    "it takes about 40 litres of sap to make one litre of syrup",
    "geodes often form in volcanic rock",
    "quench the blade in warm oil, not water",
    "saddle stitch uses two needles on one thread",
    "a folio is a sheet folded once",
    "soak the willow for a day before weaving",
    "the indigo vat needs a ph of about 11",
    "a dry stone wall has no mortar at all",
    "the sugaring season ran from 4 March to 11 April 2024",
    "the balloon fiesta starts on 5 October",
    "order #A-20417, 12 kg of indigo powder",
    "tracking number 7719 0042 3380 for the anvil",
    "fixed in commit 3f9a2c1, see the changelog",
    "upgraded code-server to 4.93.1",
    "wg-easy v14 replaced PASSWORD with PASSWORD_HASH",
    "PhotoPrism build 240915 fixed the face clustering",
    "PHOTOPRISM_SITE_URL: \"http://localhost:2342/\"",
    "bind-addr: 127.0.0.1:8080",
    "\"bridge\": {\n  \"name\": \"Homebridge\",\n  \"port\": 51826",
    "WG_PORT=51820",
    "KOPIA_PASSWORD=${KOPIA_PASSWORD}",
    "TTRSS_SELF_URL_PATH=http://localhost:8280/tt-rss",
    "define('YOURLS_PRIVATE', true);",
    "DEFAULT_DOMAIN=s.example.com",
    "CONCOURSE_EXTERNAL_URL=http://localhost:8080",
    "PASSBOLT_SSL_FORCE=true",
    "PENPOT_FLAGS=enable-registration enable-login-with-password",
    "ZITADEL_MASTERKEY=<32 characters>",
    "WEBUI_SECRET_KEY=your-secret-key-here",
    "CMD_ALLOW_ANONYMOUS=false",
    "\"requireAuthentication\": true,",
    "MAILCOW_HOSTNAME=mail.example.org",
    "password: ••••••••",
    "card 5555 5555 5555 4444 is a test card",
    "IBAN KZ86 125K ZT50 0410 0100 is the registry example",
    "write to user@example.net on the form",
    "203.0.113.45 is a documentation address",
    "2001:db8:cafe::1 is a documentation address",
    "call 999 in Hong Kong, 995 in Singapore, 000 in Australia",
    "bring a headtorch and a spare",
    "the syrup is grade A amber this year",
    "who has the spare carabiners",
    "the burner sounded louder than usual",
    "can you remind me to oil the anvil",
    "see you at the trailhead at seven",
    "my basket is lopsided again",
]  # fmt: skip


def _typo27(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a greengrocer's apostrophe before a word's final s
    ('cave's', 'want's') or an East Asian input method's full-width comma, question or exclamation mark ('，', '？', '！')."""
    marks = [i for i, c in enumerate(template) if c in FULL_WIDTH_HELDOUT27]
    if marks and _chat_like(template) and rng.random() < 0.5:
        i = rng.choice(marks)
        return template[:i] + FULL_WIDTH_HELDOUT27[template[i]] + template[i + 1 :]
    plurals = [m for m in PLURAL_HELDOUT27.finditer(template) if m.group(0) not in NOT_PLURAL_HELDOUT27]
    if plurals and _chat_like(template):
        m = rng.choice(plurals)
        return template[: m.end() - 1] + "'s" + template[m.end() :]
    return template


def build_heldout27(seed: int = HELDOUT27_SEED) -> list[Example]:
    """Held-out set 27: `Gen27` values in `HELDOUT27_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen27(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 60, "USERNAME": 24, "IP_ADDRESS": 20}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.78  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
                template, value = sample[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT27_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT27_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT27_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo27(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples
