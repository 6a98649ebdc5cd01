"""Held-out set 29 for bench/pii.py: labelled chat sentences, written blind.

"heldout29": written before round 26 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT29 is empty, as for
held-out 16 to 28; hand-written lists of Alabama-Coushatta (Livingston, Texas: 'Sylestine', 'Battise'),
Anguillan ('Gumbs', 'Mussington', 'Palmavon'), Azorean ('Bettencourt', 'Toste', 'Furtado'), Bruneian Malay
('Awang' or 'Dayang', the given name, 'bin' or 'binti' and the father, who may be a Haji: 'Dayang Nurul binti
Haji Tengah'), Sri Lankan Burgher (Dutch patronymics in the old '-sz' spelling: 'Jansz', 'Anthonisz',
'Bartholomeusz'; 'Ondaatje', 'de Kretser'), Cape Malay (Bo-Kaap: 'Mogamat' or 'Gadija' before the name a
person goes by: 'Mogamat Igsaan Salie'), Coptic Egyptian ('Bishoy', 'Kirollos', 'Abdelmessih'), Druze
('Tarif', 'Halabi', 'Abu Saleh'), Flemish (West Flemish family names with the particle joined:
'Vandenbroucke', 'Demeulemeester'; the '-ke' diminutive: 'Jefke', 'Fienke'), Hakka (Sabah, West Kalimantan and
Kolkata romanisations, the family name first: 'Liew Vui Keong', 'Jong Nyuk Lan'; an alias after '@' as
Malaysian identity cards join it: 'Thien Kah Kiat @ Peter'), Irish Traveller ('McDonagh', 'Maughan', 'Mongan')
and Lummi ('Cagey', 'Hillaire', 'Finkbonner') names, food and kitchen-garden words as given names (Clementine,
Saffron, Basil, Ginger, Barley, Fennel), invented ones of a made-up root and ending and a surname of a made-up
root and an Estonian-looking ending ('Ketrina Sulemägi': -mägi/-mets/-saar/-oja/-järv); Portuguese devotional
compound given names ('Maria de Fátima Medeiros'), a cake inscription ('Happy 7th birthday X!'), a recipe card
('From the kitchen of X'), a lunchbox label, a chore chart, a memorial tree, pitmaster ('Pitmaster:'), hen
('Hen keeper:'), keyholder, community-fridge ('Fridge champion:'), charity-shop ('Shift lead (till):') and
hospice ('Next of kin:') fields; over half of the sentences typed to the bot or a friend: jam and preserving,
fermenting, dumplings, barbecue and smoking, cake decorating, backyard hens, rabbits, geckos and tortoises,
budgies, houseplants, composting and wormeries, greenhouse chillies, upholstery, litter picks, community
fridges, tool libraries, charity shops, hospice volunteering, tree planting, twins and school lunchboxes,
pocket money and chores, kids' parties and the family recipe book; Grocy, KitchenOwl, HortusFox, Baby Buddy,
Monica, Mobilizon, CiviCRM civicrm.settings.php, Foodsoft, OpenSprinkler, Bar Assistant's Meilisearch, The
Things Stack, a LoRaWAN device file and a Philips Hue bridge; those regions' addresses (Ghent, Bruges and
Leuven with the Belgian 'bus' box number, Kortrijk, Antwerp, Angra do Heroísmo and Horta with Portuguese
9xxx-xxx postcodes, Lagoa's Azorean 'Canada' lanes, Bandar Seri Begawan 'Simpang' lanes with BE/BA/BC
postcodes and the Kampong Ayer water village, Kuala Belait KA postcodes, Kudat 'Taman' estates, Bengkayang,
Tangra in Kolkata, Galle Fort, Kandy, Dehiwala, Shubra in Cairo with floor and flat, Asyut, Alexandria's Camp
Caesar, Daliyat al-Karmel and Isfiya house numbers, Aley buildings, Dublin and Galway halting-site bays with
Eircodes, Bellingham, Livingston, Bo-Kaap and Athlone in Cape Town, Anguilla's AI-2640, Alderney's GY9) and
phones (Ghent, Kortrijk, Antwerp and Belgian mobiles in the Belgian 'zone/xx.xx.xx' form, Bruges, Leuven,
Belgian mobiles international, Angra, Horta, Lagoa, Portuguese mobiles domestic, Bandar Seri Begawan, Kuala
Belait, Bruneian mobiles domestic, Kudat, Bengkayang, Tangra, Galle, Kandy, Cairo, Asyut, Alexandria, Egyptian
mobiles domestic, Daliyat al-Karmel, Aley, Dublin, Galway, Irish mobiles international and dashed, Bellingham,
Livingston, Bo-Kaap, Cape Town, South African mobiles, Anguilla with '1-264-', Alderney); Visa 16 and 19,
Mastercard 2368 and 5217, Amex 3728, Diners 3041, JCB 3543, Discover 6538 and Maestro 5020 cards, some with
three-per-em spaces (U+2004) or en quads (U+2000) between groups; IBANs of Belgium (with a valid national
check), Angola, Benin, the Central African Republic, Congo, Côte d'Ivoire, Cape Verde, Equatorial Guinea,
Comoros, Burundi, Djibouti, Algeria, Egypt and Israel (every IBAN country from A to L was used by an earlier
set; these were used least or fit the origins), some with medium mathematical spaces (U+205F), one in a
semicolon CSV row; IPs in hen-house, incubator, smoker, kombucha, vivarium, budgie-cam, greenhouse,
robot-mower, community-fridge, tool-library, charity-shop, kids' tablet, cat-flap and photo-frame chat and in
the pastes above and x11vnc's log, v6 in 2001:818, 2001:2d8, 2001:1af8, 2a15, 2001:5c0 and 2a01:7c8 ranges;
passwords handed over in ways no earlier set used (half of one, 'I'll text you the rest'; one a site rejected
as too short; asking how to type one or whether it is safe to text it; a look-alike character explained,
'that's a zero not an O'; a reminder for Monday; a wifi card to translate for the in-laws; one the twins
chose; one from grandma's recipe book or the fridge list; a spelling check before printing; dictated while
stirring jam; one typed with caps lock on; two to choose between), recipe-measure passwords
('3tbspGochujang!', with vulgar fractions: '1½CupsDamson'), a dish and an oven temperature with a degree sign
('Bobotie@180°C'), botanical binomials ('Monstera.deliciosa.7'), slash- and underscore-joined passphrases, two
children's names and a year ('Fien&Warre2016'), leetspeak herbs, Hakka dishes with lucky numbers
('AbacusSeeds888'), pet-house words with a place ('HenRun-42-Kudat'), caret-joined words, unrar -p, sqlcmd -P,
x11vnc -passwd, veracrypt --password, pdftk user_pw, duplicity's PASSPHRASE, ssh-keygen -N, GROCY-API-KEY,
KitchenOwl JWT_SECRET_KEY, HortusFox APP_ADMIN_PASSWORD, Baby Buddy SECRET_KEY and API tokens, Monica
HASH_SALT, MOBILIZON_INSTANCE_SECRET_KEY_BASE and MOBILIZON_DATABASE_PASSWORD, CIVICRM_SITE_KEY and
CIVICRM_DSN, Foodsoft SECRET_KEY_BASE, OpenSprinkler's md5 'pw=' hash, MEILI_MASTER_KEY, The Things Stack
NNSXS. keys, a LoRaWAN app_key, Hue application keys, DuckDNS tokens, Porkbun sk1_, Pushbullet o., MailerSend
mlsn. and Anthropic sk-ant-admin01- keys, hen-run padlock, community-fridge storeroom, tool-library key box,
charity-shop back door and wardrobe safe codes and a kids' tablet screen-time PIN, and cues in Flemish ("'t
paswoord"), Gujarati ('password ... chhe'), Kannada ('yaarigu helbedi'), Dhivehi ('ge password'), Belarusian
('parol'), Konkani ('-cho password ... asa'), Hiligaynon ('amo ang'), Ewe ('ƒe password enye'), Bhojpuri ('ke
password ... ba'), Kabyle ('awal uffir') and Bavarian ('gell'); usernames in Cookpad, Olio, Freegle, GrowVeg,
Houzz, HappyCow, OurHome, Tinybeans, a reptile forum, Django's createsuperuser and YAML login fields, shapes
like 'x~pickles', 'y__hens', 'XYKitchen', 'x_mum_of_3', 'dad_of_2_y', 'compost4x', 'kitchenof.y', 'y-fam-23',
two given names joined by an x ('fienxwarre'), 'tuin.y' and 'lilxbakes'; dates of birth in Gujarati, Kannada,
Dhivehi, Belarusian (Łacinka, genitive months), Hiligaynon, Ewe (Ewe month names), Bhojpuri, Konkani and
Bavarian ('Jänner', 'Feber') with birth cues in those languages ('maro janm ... na roj thayo hato', 'naanu ...
ralli huttide', 'aharen ufan vee ... gai', 'ja naradziŭsia', 'natawo ako sang', 'wodzim le ... dzi', 'hamar
janam ... ke bhail rahe', 'mhoji janm tarik', "i bin am ... auf d'Welt kemma"), the Amazigh calendar with
Kabyle month names ('luleɣ deg 1 Meɣres 2937'), the Chinese lunar calendar ('2nd month, 15th day, 1987'), the
Belgian '°' for born, Dutch month abbreviations in capitals ('14 MRT 1987'), C#'s new DateTime(), JavaScript's
new Date() with months counted from 0, a protobuf google.type.Date, MATLAB's datetime(), Julia's Date() and
Excel's DATEVALUE(); typos as a Belgian AZERTY keyboard's letter where a QWERTY hand expects another ('qnd',
'zhen') or an accented letter from a phone's long press ('thé'); negatives with the same regions' places,
preserving, fermenting, dumpling, barbecue, cake, hen, rabbit, gecko, tortoise, budgie, houseplant, compost,
chilli, upholstery, litter-pick, community-fridge, tool-library, charity-shop, hospice, planting and family
talk, food-word given names as food (clementine, saffron, basil, ginger, barley, fennel), a pet's name, the
'-ke', '-sz', Awang and Dayang, '@' alias, Hakka order and '°' conventions explained, a pet microchip number,
an EAN barcode, a Belgian structured payment communication, sowing, best-before and worming dates, an order
number, a version, a commit, Grocy, KitchenOwl, Monica, Meilisearch, Mobilizon and CiviCRM boilerplate,
placeholder secrets, a test card, the Belgian example IBAN, a placeholder e-mail, documentation IPs (v4 and
v6), emergency numbers, a hidden password, password advice, and short everyday chat).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import random
import re
import string
import uuid

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

HELDOUT29_SEED = 295813
# no faker name locale, as in held-out 16 to 28: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT29: list[str] = []
NAMES_HELDOUT29: dict[str, tuple[list[str], list[str]]] = {
    # Alabama-Coushatta (the reservation near Livingston, Texas)
    "coushatta": (["Oscola", "Bronson", "Roland", "Carlene", "Yolanda", "Millie", "Ronnie", "Kyla", "Herbert", "Jo Ann"],
                  "Sylestine Battise Celestine Poncho Abbey Bullock Thompson Scott Sickey".split()),
    # Anguillan (The Valley, Island Harbour, Blowing Point)
    "anguillan": ("Eustace Hubert Palmavon Evalie Jerome Cardigan Delsie Lolita Haydn Wycliffe Albena Kennedy".split(),
                  "Gumbs Hodge Richardson Harrigan Connor Fleming Carty Mussington Lake Rey Brooks".split()),
    # Azorean (Terceira, Faial, São Miguel and the diaspora of New Bedford and Fall River)
    "azorean": ("João Duarte Tiago Rui Gilberto Natália Lurdes Conceição Fernanda Manuel Teresa Dinis".split(),
                ["Bettencourt", "Medeiros", "Furtado", "Toste", "Ávila", "Silveira", "Goulart", "Arruda",
                 "Simas", "Botelho", "Pacheco", "Cabral", "Melo", "Câmara"]),
    # Bruneian Malay (Brunei-Muara and Belait): the second list holds fathers' names, which follow bin/binti
    "bruneian": ("Hazwan Faizal Khairul Amirul Azlan Rosli Nurul Hafizah Norhayati Siti Aidah Suhaini Syazwani".split(),
                 "Metussin Tengah Jaafar Yussof Matussin Besar Tuah Bakar Othman Jumat Sabtu Damit".split()),
    # Sri Lankan Burgher (Galle Fort, Kandy, Dehiwala): Dutch and Portuguese family names, Dutch patronymics
    # in their old '-sz' spelling
    "burgher": ("Rodney Mervyn Dulcie Cyril Noeline Beverley Erwin Lorna Trevor Maureen Clifford Hyacinth Desmond".split(),
                ["Jansz", "Anthonisz", "Bartholomeusz", "Ondaatje", "Toussaint", "Ludekens", "Kelaart", "Loos",
                 "Ebell", "Leembruggen", "Drieberg", "Ferdinands", "Foenander", "Gratiaen", "de Kretser",
                 "VanderPoorten"]),
    # Cape Malay (Bo-Kaap and Athlone, Cape Town)
    "capemalay": ("Igsaan Toufiek Ridwaan Achmat Rashaad Faldela Galiema Zainunisa Shamiela Mymoena Naeemah Yusuf".split(),
                  "Isaacs Abrahams Salie Davids Samsodien Essop Allie Dollie Kamalie Gamieldien Fakier Solomons Ebrahim".split()),
    # Coptic Egyptian (Shubra in Cairo, Asyut, Alexandria)
    "coptic": ("Bishoy Kirollos Mina Abanoub Girgis Shenouda Boutros Marina Demiana Youstina Irini Nermine Hanaa".split(),
               "Tadros Wassef Guirguis Mikhail Iskandar Ghali Naguib Bishay Rizk Abdelmalek Abdelmessih Habib".split()),
    # Druze (Daliyat al-Karmel and Isfiya on Mount Carmel, Aley and the Chouf in Lebanon)
    "druze": ("Salah Akram Majalli Ayoob Hamad Kamal Wajdi Rabih Shakib Nawal Amal Rima Wafaa Suad Hiba".split(),
              ["Tarif", "Hasson", "Nakad", "Wahabi", "Halabi", "Jumblatt", "Arslan", "Nasreldeen", "Zahreddine",
               "Kheir", "Abu Saleh", "Abu Rish"]),
    # Flemish (Ghent, Bruges, Kortrijk, Leuven, Antwerp): West Flemish family names with the particle joined
    "flemish": ("Jef Lieven Griet Veerle Wannes Hilde Koen Katrien Stijn Sien Lowie Fien Warre Nele Bavo".split(),
                ["Vandenbroucke", "Verhaeghe", "Vanhoutte", "Demeulemeester", "Debruyne", "Vermeersch", "Declercq",
                 "Vanneste", "Ghekiere", "Depoorter", "Vanlerberghe", "Deconinck", "Lowagie", "Cattoor",
                 "Van de Velde", "Vanden Bossche"]),
    # Hakka (Kudat in Sabah, Bengkayang in West Kalimantan, Tangra in Kolkata): Hakka romanisations, the family
    # name first and two given syllables
    "hakka": (["Vui Keong", "Kah Kiat", "Fah Kui", "Nyuk Lan", "Fui Lin", "Siew Fah", "Vun Kiong", "Kon Fatt",
               "Yun Fatt", "Moi Lan", "Kiun Sen", "Nyuk Min"],
              "Liew Voon Phang Thien Chong Hiew Siaw Jong Kiew Yong Chin Voo Lai".split()),
    # Irish Travellers (halting sites of Dublin and Galway)
    "traveller": ("Paddy Bridget Winnie Mikey Martin Nan Chrissie Johnny Kathleen Biddy Francie Ellen".split(),
                  "Ward McDonagh Joyce Maughan Cash McGinley Stokes Sherlock Cawley Mongan Nevin Delaney".split()),
    # Lummi (Lhaq'temish, near Bellingham, Washington)
    "lummi": ("Darrell Henry Jeremiah Cheryl Lora Elden Vivian Reuben Clarissa Jewell Merle".split(),
              "Cagey Hillaire Kinley Ballew Solomon Finkbonner Cultee Revey Jefferson Toby".split()),
}  # fmt: skip
FEMALE_GIVEN_HELDOUT29 = set(
    """Carlene Yolanda Millie Kyla Evalie Delsie Lolita Albena Natália Lurdes Conceição Fernanda Teresa Nurul
    Hafizah Norhayati Siti Aidah Suhaini Syazwani Dulcie Noeline Beverley Lorna Maureen Hyacinth Faldela Galiema
    Zainunisa Shamiela Mymoena Naeemah Marina Demiana Youstina Irini Nermine Hanaa Nawal Amal Rima Wafaa Suad
    Hiba Griet Veerle Hilde Katrien Sien Fien Nele Bridget Winnie Nan Chrissie Kathleen Biddy Ellen Cheryl Lora
    Vivian Clarissa Jewell Clementine Saffron Ginger Honey Cherry""".split()
) | {"Jo Ann", "Nyuk Lan", "Fui Lin", "Siew Fah", "Moi Lan", "Nyuk Min"}
# Flemish diminutives on -ke, as family and friends use them ('Jefke Vanneste')
FLEMISH_DIMINUTIVE_HELDOUT29 = {"Jef": "Jefke", "Fien": "Fienke", "Sien": "Sienke", "Nele": "Nelleke",
                                "Koen": "Koenke", "Bavo": "Bavoke", "Warre": "Warreke"}  # fmt: skip
# Portuguese devotional compound given names, as Azorean registers write them ('Maria de Fátima Medeiros')
AZOREAN_COMPOUND_HELDOUT29 = ["Maria de Fátima", "Maria da Conceição", "Maria do Rosário", "Maria de Lurdes",
                              "Maria da Graça", "João de Deus", "José do Carmo"]  # fmt: skip
# invented given names of a made-up root and ending, and surnames of a made-up root and an Estonian-looking
# ending (-mägi/-mets/-saar/-oja/-järv): ways no earlier set used ('Ketrina Sulemägi')
INVENTED_GIVEN_ROOTS_HELDOUT29 = ["Ketr", "Lusm", "Irav", "Sopr", "Dalm", "Nuv", "Tevr", "Gwal"]
INVENTED_GIVEN_ENDS_HELDOUT29 = ["ina", "ane", "ulo", "ette", "ari", "iko"]
INVENTED_SURNAME_ROOTS_HELDOUT29 = ["Sule", "Kaar", "Villi", "Rand", "Tooma", "Pihl", "Kure", "Haav"]
INVENTED_SURNAME_ENDS_HELDOUT29 = ["mägi", "mets", "saar", "oja", "järv"]
# food and kitchen-garden words used as given names, which read like the recipe ('Saffron', 'Basil')
FOOD_GIVEN_HELDOUT29 = ["Clementine", "Saffron", "Basil", "Ginger", "Honey", "Cherry", "Barley", "Fennel"]
FOOD_ORIGINS_HELDOUT29 = ["anguillan", "traveller", "lummi", "coushatta", "burgher"]
# every IBAN country from A to L has been used by an earlier set: these are the ones used least (the partner
# formats of Angola, Benin, the Central African Republic, Congo, Côte d'Ivoire, Cape Verde, Equatorial
# Guinea, Comoros, Burundi, Djibouti and Algeria) and those of this set's origins (Belgium, Egypt, Israel)
IBAN_SHAPES_HELDOUT29 = {
    "AO": "21n", "BJ": "2a22n", "CF": "23n", "CG": "23n", "CI": "2a22n", "CV": "21n", "GQ": "23n", "KM": "23n",
    "BI": "23n", "DJ": "23n", "DZ": "22n", "EG": "25n", "IL": "19n",
}  # fmt: skip
# everyday subjects of this set: preserving and jam, fermenting, dumplings, barbecue and smoking, cake
# decorating, backyard hens, rabbits, geckos and tortoises, budgies, houseplants, composting and wormeries,
# greenhouse chillies, upholstery, litter picks, community fridges, tool libraries, charity shops, hospice
# volunteering, tree planting, twins and lunchboxes, chore charts and pocket money, kids' parties and the
# family recipe book
HOBBIES_HELDOUT29 = ["jam", "kimchi", "dumplings", "smoker", "piping", "hens", "bunnies", "gecko", "budgie",
                     "monstera", "compost", "chillies", "velvet", "litterpick", "fridge", "tools", "twins"]  # fmt: skip
DUTCH_MONTHS_CAPS = "JAN FEB MRT APR MEI JUN JUL AUG SEP OKT NOV DEC".split()
GUJARATI_MONTHS = (
    "Janyuari Phebruari March Epril Me Jun Julai Ogast Septembar Oktobar Navembar Disembar".split()
)
KANNADA_MONTHS = (
    "Janavari Phebravari March Epril Me Jun Julai Agast Septembar Aktobar Navembar Disembar".split()
)
DHIVEHI_MONTHS = "Janavari Feburavari Maarchu Epril Mei Joon Julai Ogasthu Sebtembaru Okthobaru Novembaru Disembaru".split()
BELARUSIAN_MONTHS = ["studzienia", "lutaha", "sakavika", "krasavika", "traŭnia", "červienia", "lipienia",
                     "žniŭnia", "vieraśnia", "kastryčnika", "listapada", "śniežnia"]  # fmt: skip
HILIGAYNON_MONTHS = (
    "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Septiyembre Oktubre Nobyembre Disyembre".split()
)
EWE_MONTHS = "Dzove Dzodze Tedoxe Afɔfĩe Dama Masa Siamlɔm Deasiamime Anyɔnyɔ Kele Adeɛmekpɔxe Ŋɔdzi".split()
KONKANI_MONTHS = "Janer Febrer Mars Abril Mai Jun Julai Agost Setembr Otubr Novembr Dezembr".split()
BAVARIAN_MONTHS = "Jänner Feber März April Mai Juni Juli August September Oktober November Dezember".split()
KABYLE_MONTHS = "Yennayer Fuṛar Meɣres Yebrir Mayyu Yunyu Yulyu Ɣuct Ctembeṛ Tubeṛ Nunembeṛ Duǧembeṛ".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
# slips outside the slots: a Belgian AZERTY keyboard's letters where a QWERTY hand expects them ('qnd' for
# 'and', 'zhen' for 'when'), or an accented letter from a phone's long press ('thé', 'wàs')
AZERTY_HELDOUT29 = {"a": "q", "q": "a", "w": "z", "z": "w"}
LONG_PRESS_HELDOUT29 = {"e": "éèë", "a": "àâ", "o": "ô", "u": "ù", "i": "î"}
SLOT_FREE_WORD_HELDOUT29 = re.compile(r"\b[a-z]{3,}\b")
HALTING_SITES_HELDOUT29 = ["St. Margaret's Park", "Avila Park", "Cara Park"]


def _ascii29(name: str) -> str:
    """A name as it appears in an e-mail or a handle: `_ascii_name`, with nothing else non-ASCII."""
    return "".join(c for c in _ascii_name(name) if c.isascii() and c.isalnum())


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _amazigh(day: _dt.date) -> str:
    """A Gregorian date in the Amazigh (Berber) agrarian calendar, as Kabyle almanacs print it: the Julian
    calendar's day and month with the year counted from 950 BC ('1 Meɣres 2937')."""
    julian = day - _dt.timedelta(days=13)  # the Julian calendar runs 13 days behind from 1900 to 2099
    return f"{julian.day} {KABYLE_MONTHS[julian.month - 1]} {julian.year + 950}"


def _iban_from_bban(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def _belgian_iban(rng: random.Random) -> str:
    """A Belgian IBAN whose BBAN carries its own check (the first ten digits mod 97, 97 for 0)."""
    head = f"{rng.randint(0, 999):03d}{rng.randint(0, 9999999):07d}"
    check = int(head) % 97 or 97
    return _iban_from_bban("BE", f"{head}{check:02d}")


def _leet(word: str) -> str:
    return word.translate(str.maketrans({"o": "0", "e": "3", "a": "@", "i": "1", "s": "$"}))


class Gen29(Gen3):
    """Generators for held-out set 29: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str, str]:
        """A given name, a family name and the origin: NAMES_HELDOUT29, invented ('Ketrina Sulemägi') or a food
        word as the given name ('Saffron')."""
        rng = self.rng
        origin = rng.choice(sorted(NAMES_HELDOUT29))
        firsts, lasts = NAMES_HELDOUT29[origin]
        r = rng.random()
        if r < 0.08:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT29) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT29)
            family = rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT29) + rng.choice(
                INVENTED_SURNAME_ENDS_HELDOUT29
            )
            return given, family, "invented"
        if r < 0.16:  # a food-word given name, with a family name of an English-speaking origin
            origin = rng.choice(FOOD_ORIGINS_HELDOUT29)
            return rng.choice(FOOD_GIVEN_HELDOUT29), rng.choice(NAMES_HELDOUT29[origin][1]), origin
        return rng.choice(firsts), rng.choice(lasts), origin

    def person(self) -> str:
        rng = self.rng
        first, last, origin = self.first_last()
        r = rng.random()
        if r < 0.46:  # Hakka names are written family name first
            name = f"{last} {first}" if origin == "hakka" else f"{first} {last}"
        elif r < 0.58:
            name = first
        elif r < 0.65:
            name = last
        else:
            name = self._origin_form(first, last, origin)
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def _origin_form(self, first: str, last: str, origin: str) -> str:
        """A name in a form its origin writes and no earlier set used."""
        rng = self.rng
        female = first in FEMALE_GIVEN_HELDOUT29
        if (
            origin == "flemish" and first in FLEMISH_DIMINUTIVE_HELDOUT29
        ):  # the -ke diminutive: 'Jefke Vanneste'
            return f"{FLEMISH_DIMINUTIVE_HELDOUT29[first]} {last}"
        if (
            origin == "bruneian"
        ):  # Awang or Dayang, the given name, bin or binti and the father (maybe a Haji)
            haji = "Haji " if rng.random() < 0.4 else ""
            return f"{'Dayang' if female else 'Awang'} {first} {'binti' if female else 'bin'} {haji}{last}"
        if origin == "azorean":  # a devotional compound given name and the family name
            return f"{rng.choice(AZOREAN_COMPOUND_HELDOUT29)} {last}"
        if origin == "hakka":  # an alias after '@', as Malaysian identity cards join a second name
            alias = rng.choice(["Peter", "Ah Kow", "Jimmy", "Mary", "Ah Moi", "Francis"])
            return f"{last} {first} @ {alias} {last}" if rng.random() < 0.5 else f"{last} {first} @ {alias}"
        if origin == "capemalay":  # Mogamat or Gadija first, the name the person goes by second
            return f"{'Gadija' if female else 'Mogamat'} {first} {last}"
        return f"{first} {last}"

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick, d = rng.choice, self.d
        eircode_letters = "ACDEFHKNPRTVWXY"
        code = pick(eircode_letters) + d(1) + pick(eircode_letters) + d(1)
        shapes = [
            f"{pick(['Veldstraat', 'Sint-Pietersnieuwstraat', 'Brabantdam', 'Coupure Links'])} {n}, 9000 Gent",
            f"{pick(['Langestraat', 'Ezelstraat', 'Hoogstraat'])} {n} bus {rng.randint(1, 12)}, 8000 Brugge",
            f"{pick(['Doorniksewijk', 'Overleiestraat', 'Sint-Janslaan'])} {n}, 8500 Kortrijk",
            f"{pick(['Naamsestraat', 'Tiensestraat', 'Brusselsestraat'])} {n} bus {rng.randint(101, 304)}, 3000 Leuven",
            f"{pick(['Lange Kievitstraat', 'Belgiëlei', 'Mechelsesteenweg'])} {n}, 2018 Antwerpen",
            f"Rua {pick(['da Sé', 'Direita', 'do Galo'])}, n.º {n}, 9700-{d(3)} Angra do Heroísmo",
            f"Canada {pick(['do Pilar', 'das Almas', 'da Cruz'])}, n.º {n}, {pick(['Água de Pau', 'Cabouco', 'Santa Cruz'])}, 9560-{d(3)} Lagoa",
            f"Rua {pick(['Walter Bensaúde', 'Serpa Pinto', 'de São João'])} {n}, 9900-{d(3)} Horta, Faial",
            f"No. {n}, Simpang {rng.randint(10, 480)}, Jalan {pick(['Gadong', 'Muara', 'Tutong', 'Kebangsaan'])}, Bandar Seri Begawan {pick(['BE', 'BA', 'BC'])}{rng.randint(1110, 3920)}",
            f"No. {n}, Kampong {pick(['Pandan', 'Mumong', 'Sungai Duhon'])}, Kuala Belait KA{rng.randint(1131, 2931)}",
            f"Unit {n}, Kampong Ayer {pick(['Tamoi Tengah', 'Sungai Kedayan', 'Lurong Sikuna'])}, Bandar Seri Begawan",
            f"Lot {n}, Jalan {pick(['Sidek', 'Marudu', 'Pantai'])}, Taman {pick(['Sri Kudat', 'Sinar', 'Mutiara'])}, 89050 Kudat, Sabah",
            f"Jl. {pick(['Sanggau Ledo', 'Basuki Rahmat', 'Pasar Baru'])} No. {n}, Bengkayang, Kalimantan Barat",
            f"{n}/{rng.randint(1, 9)}, Matheswartala Road, Tangra, Kolkata 700046",
            f"No. {n}, {pick(['Leyn Baan Street', 'Church Street', 'Pedlar Street', 'Lighthouse Street'])}, Galle Fort, Galle",
            f"No. {n}/{rng.randint(1, 12)}, {pick(['Peradeniya Road', 'Rajapihilla Mawatha', 'Hantana Road'])}, Kandy",
            f"{n} {pick(['Hill Street', 'Station Road', 'Galle Road'])}, Dehiwala",
            f"{n} {pick(['Khulusi St.', 'Rod El Farag St.', 'Shubra St.'])}, Shubra, Cairo, floor {rng.randint(1, 12)}, apt {rng.randint(1, 40)}",
            f"{n} {pick(['El Gomhoria St.', 'Yousry Ragheb St.', 'Port Said St.'])}, Asyut",
            f"{n} {pick(['Abukir St.', 'Port Said St.'])}, Camp Caesar, Alexandria",
            f"house {n}, Daliyat al-Karmel 30056",
            f"house {n}, Isfiya 30090",
            f"{pick(['Bechara', 'Chouf View', 'Cedars'])} building, {rng.randint(1, 6)}th floor, main road, Aley",
            f"Bay {rng.randint(1, 30)}, {pick(HALTING_SITES_HELDOUT29)} halting site, Dublin 11, D11 {code}",
            f"Bay {rng.randint(1, 24)}, Carrowbrowne halting site, Headford Road, Galway H91 {code}",
            f"{n} {pick(['Lummi Shore Rd', 'Haxton Way', 'Kwina Rd', 'Marine Dr'])}, Bellingham, WA 98226",
            f"{rng.randint(100, 999)} {pick(['State Park Rd 56', 'FM 3186', 'Big Sandy Creek Rd'])}, Livingston, TX 77351",
            f"{n} {pick(['Wale Street', 'Chiappini Street', 'Rose Street', 'Dorp Street'])}, Bo-Kaap, Cape Town 8001",
            f"{n} {pick(['Kromboom Road', 'Klipfontein Road', 'Thornton Road'])}, Athlone, Cape Town 7764",
            f"{pick(['Blowing Point', 'Island Harbour', 'George Hill', 'North Hill'])} Road, house {n}, Anguilla AI-2640",
            f"{n} {pick(['Le Huret', 'Victoria Street', 'Les Rocquettes'])}, St Anne, Alderney GY9 3{d(1)}{pick('ABDEFGHJ')}{pick('LNPQRSTU')}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last, _ = self.first_last()
        other, _, _ = self.first_last()
        first, last, other = _ascii29(first), _ascii29(last), _ascii29(other)
        user = rng.choice([f"{first}.{last}", f"{last}{first[:1]}{rng.randint(60, 99)}", f"{first}_{rng.choice(HOBBIES_HELDOUT29)}",
                           f"{rng.choice(HOBBIES_HELDOUT29)}.{last}", f"{first}{last[:3]}", f"{last}.family",
                           f"{first}.en.{other}", f"{first}and{other}", f"fam.{last}"])  # fmt: skip
        domain = rng.choice(["telenet.be", "skynet.be", "proximus.be", "brunet.bn", "simpur.net.bn", "link.net",
                             "eircom.net", "walla.co.il", "telkomsa.net", "anguillanet.ai", "tm.net.my",
                             "gmail.com", "hotmail.be", "outlook.ie", "icloud.com"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"09/{d(3)}.{d(2)}.{d(2)}",  # Ghent, zone and slash, dots between groups
            f"+32 50 {d(2)} {d(2)} {d(2)}",  # Bruges
            f"056/{d(2)}.{d(2)}.{d(2)}",  # Kortrijk
            f"016 {d(2)} {d(2)} {d(2)}",  # Leuven, domestic
            f"03/{d(3)}.{d(2)}.{d(2)}",  # Antwerp
            f"04{rng.choice('789')}{d(1)}/{d(2)}.{d(2)}.{d(2)}",  # Belgian mobile, domestic
            f"+32 4{rng.choice('789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Belgian mobile
            f"+351 295 {d(3)} {d(3)}",  # Angra do Heroísmo
            f"292 {d(3)} {d(3)}",  # Horta, domestic
            f"+351 296 {d(3)} {d(3)}",  # Lagoa, São Miguel
            f"9{rng.choice('1236')}{d(1)} {d(3)} {d(3)}",  # Portuguese mobile, domestic
            f"+673 2{d(2)} {d(4)}",  # Bandar Seri Begawan
            f"+673 3{d(2)} {d(4)}",  # Kuala Belait
            f"{rng.choice('78')}{d(2)} {d(4)}",  # Bruneian mobile, domestic
            f"088-61{d(1)} {d(3)}",  # Kudat
            f"(0562) 44{d(1)}{d(3)}",  # Bengkayang
            f"033-2329-{d(4)}",  # Tangra, Kolkata
            f"+94 91 22{d(1)} {d(4)}",  # Galle
            f"081 22{d(1)} {d(4)}",  # Kandy, domestic
            f"+20 2 2{d(3)} {d(4)}",  # Cairo
            f"088 2{d(2)} {d(4)}",  # Asyut, domestic
            f"+20 3 4{d(2)} {d(4)}",  # Alexandria
            f"01{rng.choice('0125')} {d(4)} {d(4)}",  # Egyptian mobile, domestic
            f"04-839-{d(4)}",  # Daliyat al-Karmel
            f"+961 5 55{d(1)} {d(3)}",  # Aley
            f"(01) 8{d(2)} {d(4)}",  # Dublin, domestic
            f"091 5{d(2)} {d(3)}",  # Galway, domestic
            f"+353 8{rng.choice('3567')} {d(3)} {d(4)}",  # Irish mobile
            f"08{rng.choice('3567')}-{d(3)}-{d(4)}",  # Irish mobile, domestic with dashes
            f"+1 360 758 {d(4)}",  # Lummi / Bellingham
            f"(936) 327-{d(4)}",  # Livingston, Texas
            f"021 424 {d(4)}",  # Bo-Kaap, domestic
            f"+27 21 {d(3)} {d(4)}",  # Cape Town
            f"08{rng.choice('234')} {d(3)} {d(4)}",  # South African mobile, domestic
            f"+1 264 497 {d(4)}",  # The Valley, Anguilla
            f"1-264-235-{d(4)}",  # Anguillan mobile with the leading 1-
            f"+44 1481 82{d(4)}",  # Alderney
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 19), ("2368", 16), ("5217", 16), ("3728", 15), ("3041", 14),
                                     ("3543", 16), ("6538", 16), ("5020", 16), ("4", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            if r < 0.4:
                return f"{num[:4]} {num[4:10]} {num[10:]}"
            return f"{num[:4]}\u2004{num[4:10]}\u2004{num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.35:
            return " ".join(groups)
        if r < 0.52:  # three-per-em spaces (U+2004), as some statement PDFs lay groups out
            return "\u2004".join(groups)
        if r < 0.68:  # en quads (U+2000), as some receipt apps' share button gives them
            return "\u2000".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            iban = _belgian_iban(rng)
        else:
            country = rng.choice(sorted(IBAN_SHAPES_HELDOUT29))
            iban = _iban(rng, country, IBAN_SHAPES_HELDOUT29[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.65:  # medium mathematical spaces (U+205F), as some PDF invoices' copy gives them
            return "\u205f".join(groups)
        return iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): hen-house, incubator, smoker, kombucha, vivarium, budgie, greenhouse,
        mower, community-fridge, tool-library, charity-shop, kids' tablet, cat-flap and photo-frame chat;
        Grocy, KitchenOwl, HortusFox, Monica, Mobilizon, CiviCRM, Foodsoft, OpenSprinkler, Meilisearch, a
        LoRaWAN packet forwarder, a Hue bridge, Baby Buddy and x11vnc pastes, v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                         f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:818:{h()}:{h()}::{h()}", f"2001:2d8:{h()}:{h()}::{h()}", f"2001:1af8:{h()}::{h()}",
                         f"2a15:{h()}:{h()}::{h()}", f"2001:5c0:{h()}:{h()}::{h()}:{h()}", f"2a01:7c8:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the hen house camera is on {}, check the fox isn't back", v4),
            ("the incubator's humidity sensor reports to {}", v4),
            ("my smoker thermometer shows up as {} on the wifi", v4),
            ("kombucha heat mat plug dropped off, it was {}", v4),
            ("the gecko vivarium thermostat answers on {}", rng.choice([v4, v6])),
            ("budgie cam stream is at {} port 8554", rng.choice([v4, v6])),
            ("the greenhouse vent controller is on {}, it opens at 24 degrees", v4),
            ("the robot mower's dock got {} from the router", v4),
            ("the community fridge temperature logger uploads from {}", v4),
            ("tool library kiosk keeps dropping, it's on {}", v4),
            ("the charity shop till got hammered from {} overnight", rng.choice([v4, v6])),
            ("the kids' tablet keeps calling {} at 3am, what is that", rng.choice([v4, v6])),
            ("the cat flap hub is {} if you want to set the curfew", v4),
            ("grandma's photo frame pulls pictures from {}", rng.choice([v4, v6])),
            ("curl -H \"GROCY-API-KEY: $GROCY_KEY\" http://{}/api/system/info", v4),
            ("# kitchenowl\nFRONT_URL=http://{}:8080", v4),
            ("DB_HOST={}\nDB_DATABASE=hortusfox", v4),
            ("DB_HOST={}\nDB_DATABASE=monica", rng.choice([v4, v6])),
            ("MOBILIZON_DATABASE_HOST={}", v4),
            ("$databases['default']['default']['host'] = '{}';", v4),
            ("DATABASE_URL=mysql2://foodsoft@{}/foodsoft", v4),
            ("$ curl -s http://{}/jc | jq .sbits", v4),
            ("MEILI_URL=http://{}:7700", v4),
            ("gateway_conf:\n  server_address: \"{}\"", v4),
            ("\"bridgeip\": \"{}\",", v4),
            ("[babybuddy] GET /api/feedings/ from [{}]", v6),
            ("x11vnc: Got connection from client {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        pick = rng.choice
        kids = NAMES_HELDOUT29["flemish"][0]
        return pick(
            [
                f"{rng.randint(1, 4)}{pick(['tbsp', 'tsp', 'cups', 'kg'])}{pick(['Gochujang', 'Flour', 'Quince', 'Sugar', 'Brisket'])}{pick('!?#')}",
                f"{pick(['1½', '2½', '¾', '1¼'])}{pick(['Cups', 'Spoons', 'Jars'])}{pick(['Damson', 'Rhubarb', 'Kimchi', 'Koeksister'])}",
                f"{pick(['Bobotie', 'Brisket', 'Sponge', 'Pavlova', 'Stoofvlees'])}@{pick(['160', '180', '200', '220'])}°C",
                f"{pick(['Monstera', 'Ficus', 'Capsicum', 'Hoya', 'Pilea'])}.{pick(['deliciosa', 'lyrata', 'chinense', 'carnosa', 'peperomioides'])}.{rng.randint(1, 99)}",
                "/".join(rng.sample(["hen", "ladle", "porch", "fig", "trowel", "apron", "hutch", "kettle"], rng.randint(3, 4))),
                "_".join(rng.sample(["compost", "teapot", "ivy", "wellies", "budgie", "quince", "pantry"], 3)) + f"_{rng.randint(1, 9)}",
                f"{(a := pick(kids))}&{pick([k for k in kids if k != a])}{rng.randint(2008, 2022)}",
                _leet(pick(["rosemary", "basilico", "cardamom", "paprika", "saffron"])).capitalize() + pick(["!", "?", "#"]),
                f"{pick(['YongTauFoo', 'AbacusSeeds', 'SaltBakedChicken', 'LeiCha'])}{pick(['88', '888', '168'])}",
                f"{pick(['Hen', 'Bunny', 'Gecko', 'Budgie', 'Tortoise'])}{pick(['House', 'Run', 'Loft', 'Tank'])}-{rng.randint(10, 99)}-{pick(['Kudat', 'Galle', 'Horta', 'Aley', 'Leuven'])}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "+=;"),
                f"{w().capitalize()}^{w()}^{rng.randint(10, 99)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        upper = string.ascii_uppercase + string.digits
        md5 = hashlib.md5(self.password().encode()).hexdigest()
        zero_pw = (
            f"{rng.choice(['R0sehip', 'Ch0rizo', 'T0mato', 'Sc0ne', 'P0rridge'])}-{d(3)}{rng.choice('!#*')}"
        )
        options = [
            # passwords handed over in ways no earlier set used: half of one, one the site rejected, asking how
            # to type it or whether it is safe to send, a clarification of look-alike characters, a reminder, a
            # wifi card to translate, one the kids chose, one from a recipe book or the fridge list, a spelling
            # check before printing, dictated while cooking, typed with caps lock on
            ("first half of the hen cam password is {}, I'll text you the rest", pw),
            ("it keeps saying {} is too short for the tool library site, needs twelve characters", pw),
            ("how do I even type {} on the kids' tablet", pw),
            ("{} — that's a zero not an O, for the charity shop laptop", zero_pw),
            ("remind me on monday the new router wifi is {}", pw),
            ("can you translate the wifi card for my in-laws: network HomeNet, password {}", pw),
            ("the twins chose {} for the family streaming account, sigh", pw),
            ("grandma wrote the tablet password in her recipe book, {}", pw),
            ("put {} on the fridge list so the sitter can get online", pw),
            ("check my spelling before I print it for the volunteers: wifi {}", pw),
            ("dictating while I stir the jam, the hospice rota password is {}", pw),
            ("is it safe to text {} to my brother for the family drive?", pw),
            ("nana keeps typing {} with caps lock on and getting locked out", pw),
            # codes
            ("the hen run padlock is {}", d(4)),
            ("community fridge storeroom keypad {}", d(4)),
            ("tool library key box is {} then pull down", d(4)),
            ("charity shop back door {} then #", d(5)),
            ("screen time pin on the kids' tablet is {}", d(4)),
            ("the family safe in the wardrobe opens with {}", d(6)),
            # cues in languages no earlier set used for a password
            ("'t paswoord van de wifi is {}, zeg het aan niemand", pw),
            ("wifi no password {} chhe", pw),
            ("nanna wifi password {}, yaarigu helbedi", pw),
            ("wifi ge password {}", pw),
            ("parol ad wifi {}", pw),
            ("wifi-cho password {} asa", pw),
            ("ang password sang wifi amo ang {}", pw),
            ("wifi ƒe password enye {}", pw),
            ("wifi ke password {} ba", pw),
            ("awal uffir n wifi d {}", pw),
            ("'s wlan-passwort is {}, gell", pw),
            # shell commands
            ("unrar x -p{} family_photos.rar", pw),
            ("sqlcmd -S pantry-db -U sa -P '{}' -Q \"SELECT 1\"", pw),
            ("x11vnc -passwd '{}' -forever -display :0", pw),
            ("veracrypt --text --password='{}' --mount kids.hc /mnt/kids", pw),
            ("pdftk tax_2023.pdf output tax_locked.pdf user_pw '{}'", pw),
            ("PASSPHRASE='{}' duplicity /home/family file:///mnt/backup", pw),
            ("ssh-keygen -t ed25519 -N '{}' -f ~/.ssh/grandma_pi", pw),
            # pastes
            ("GROCY-API-KEY: {}", tok(50, alnum)),
            ("# kitchenowl\nJWT_SECRET_KEY={}", tok(64, hexl)),
            ("# hortusfox .env\nAPP_ADMIN_PASSWORD={}", pw),
            ("# babybuddy .env\nSECRET_KEY={}", tok(50, alnum + "!@#%^*(-_=+)")),
            ("Authorization: Token {}", tok(40, hexl)),
            ("HASH_SALT={}", tok(24, alnum)),
            ("MOBILIZON_INSTANCE_SECRET_KEY_BASE={}", tok(64, alnum + "+/")),
            ("MOBILIZON_DATABASE_PASSWORD={}", pw),
            ("define('CIVICRM_SITE_KEY', '{}');", tok(32, alnum)),
            ("define('CIVICRM_DSN', 'mysql://civicrm:{}@localhost/civicrm?new_link=true');", pw),
            ("# foodsoft\nSECRET_KEY_BASE={}", tok(128, hexl)),
            ("$ curl 'http://sprinkler.local/jc?pw={}'", md5),
            ("MEILI_MASTER_KEY={}", tok(32, alnum)),
            ("TTS_API_KEY={}", "NNSXS." + tok(39, upper) + "." + tok(64, upper)),
            ("device:\n  app_key: \"{}\"", tok(32, "0123456789ABCDEF")),
            ("hue-application-key: {}", tok(40, alnum + "-")),
            ("DUCKDNS_TOKEN={}", str(uuid.UUID(int=rng.getrandbits(128), version=4))),
            ("PORKBUN_SECRET_API_KEY={}", "sk1_" + tok(64, hexl)),
            ("PUSHBULLET_TOKEN={}", "o." + tok(32, alnum)),
            ("MAILERSEND_API_KEY={}", "mlsn." + tok(64, hexl)),
            ("ANTHROPIC_ADMIN_KEY={}", "sk-ant-admin01-" + tok(86, alnum + "-_") + "AA"),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x~pickles', 'y__hens', 'dad_of_3_y')."""
        rng = self.rng
        first, last, _ = self.first_last()
        other, _, _ = self.first_last()
        first, last, other = _ascii29(first), _ascii29(last), _ascii29(other)
        return rng.choice(
            [
                f"{first}~{rng.choice(['pickles', 'jam', 'kimchi', 'brisket'])}",
                f"{last}__hens",
                f"{first.capitalize()}{last.capitalize()}Kitchen",
                f"{first}_mum_of_{rng.randint(2, 5)}",
                f"dad_of_{rng.randint(2, 5)}_{last}",
                f"{rng.choice(['compost', 'chilli', 'gecko', 'budgie'])}4{first}",
                f"kitchenof.{last}",
                f"{last}-fam-{rng.randint(10, 24)}",
                f"{first}x{other}",
                f"tuin.{last}",
                f"lil{first}bakes",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month - 1, dt.day, dt.year
        lunar_month, lunar_day = self.rng.randint(1, 12), self.rng.randint(1, 29)
        return {
            "gu": f"{day} {GUJARATI_MONTHS[m]} {year}",  # Gujarati
            "kn": f"{year} {KANNADA_MONTHS[m]} {day}",  # Kannada
            "dv": f"{day} {DHIVEHI_MONTHS[m]} {year}",  # Dhivehi
            "be": f"{day} {BELARUSIAN_MONTHS[m]} {year} h.",  # Belarusian (Łacinka), genitive months
            "hil": f"{HILIGAYNON_MONTHS[m]} {day}, {year}",  # Hiligaynon
            "ee": f"{EWE_MONTHS[m]} {day}, {year}",  # Ewe month names
            "bho": f"{day} {EN_MONTHS[m]} {year}",  # Bhojpuri
            "gom": f"{day} {KONKANI_MONTHS[m]} {year}",  # Konkani (Romi script)
            "bar": f"{day}. {BAVARIAN_MONTHS[m]} {year}",  # Bavarian ('Jänner', 'Feber')
            "kab": _amazigh(dt),  # the Amazigh calendar, Kabyle month names
            "lunar": f"{_ordinal(lunar_month)} month, {_ordinal(lunar_day)} day, {year}",  # the Chinese lunar calendar
            "be_slash": f"{day:02d}/{m + 1:02d}/{year}",  # after a Belgian '°' (born)
            "nl_caps": f"{day:02d} {DUTCH_MONTHS_CAPS[m]} {year}",  # Dutch abbreviated months in capitals
            "cs": f"{year}, {m + 1}, {day}",  # inside C#'s new DateTime(...)
            "js": f"{year}, {m}, {day}",  # inside JavaScript's new Date(...), months counted from 0
            "proto": f"year: {year} month: {m + 1} day: {day}",  # a protobuf google.type.Date in text format
            "matlab": f"{year},{m + 1},{day}",  # inside MATLAB's datetime(...)
            "julia": f"{year}, {m + 1}, {day}",  # inside Julia's Date(...)
            "datevalue": f"{day:02d}/{m + 1:02d}/{year}",  # inside Excel's DATEVALUE("...")
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["gu", "be", "hil", "ee", "gom", "bar", "kab", "nl_caps"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the hen club membership form wants my date of birth, I put {}", any_shape),
            ("the hospice volunteer form needed my birthday so I wrote {}", any_shape),
            ("the tool library card asks for date of birth, mine is {}", any_shape),
            ("maro janm {} na roj thayo hato", s["gu"]),
            ("naanu {} ralli huttide", s["kn"]),
            ("aharen ufan vee {} gai", s["dv"]),
            ("ja naradziŭsia {}", s["be"]),
            ("natawo ako sang {}", s["hil"]),
            ("wodzim le {} dzi", s["ee"]),
            ("hamar janam {} ke bhail rahe", s["bho"]),
            ("mhoji janm tarik {}", s["gom"]),
            ("i bin am {} auf d'Welt kemma", s["bar"]),
            ("luleɣ deg {}", s["kab"]),
            ("grandpa goes by the lunar calendar, he was born {}", s["lunar"]),
            ("° Gent {}", s["be_slash"]),
            ("Geboortedatum: {}", s["nl_caps"]),
            ("var dob = new DateTime({});", s["cs"]),
            ("const dob = new Date({}); // months count from 0", s["js"]),
            ("birth_date { {} }", s["proto"]),
            ("dob = datetime({});", s["matlab"]),
            ("dob = Date({})", s["julia"]),
            ("=DATEVALUE(\"{}\")", s["datevalue"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT29_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} brought six jars of damson jam to the swap",
        "{} showed me how to pleat the dumplings so they don't burst",
        "{} kept the brisket on the smoker for fourteen hours",
        "{} piped sugar roses on the twins' cake last night",
        "{} has a crock of sauerkraut bubbling on the windowsill",
        "{}'s hens laid eleven eggs today, we're drowning in omelettes",
        "{} is taking the two lop rabbits until the rescue finds them a home",
        "{} got the leopard gecko to eat from the tweezers at last",
        "{} taught our budgie to whistle the doorbell tune",
        "{} split the monstera into four pots on sunday",
        "{} turned the compost and the worms are thriving",
        "{} picked the first scotch bonnets from the greenhouse",
        "{} reupholstered grandma's armchair in green velvet",
        "{} led the litter pick along the canal this morning",
        "{} restocked the community fridge before the market opened",
        "{} runs the tool library on tuesday evenings",
        "{} priced all the donated books at the charity shop",
        "{} reads to the patients at the hospice on fridays",
        "{} planted forty saplings with the scouts behind the school",
        "{} is doing the school lunchboxes this week, not me",
        "{} earned this week's pocket money sorting the recycling",
        "{} organised the whole birthday party, piñata and all",
        "{} added the family bobotie to the recipe book",
        "remind me to pay {} back for the jam jars",
        "our neighbours' kid {} wants to come on the litter pick",
        "{} and I are splitting half a pig from the farm",
        "can you ask {} if the spare hutch is still free",
        "Pitmaster: {}",
        "Hen keeper: {}",
        "Keyholder: {}",
        "Fridge champion: {}",
        "Shift lead (till): {}",
        "Baked with love by {}",
        "From the kitchen of {}",
        "Happy 7th birthday {}!",
        "This lunchbox belongs to: {}",
        "Next of kin: {}",
        "Chore of the week — {}: bins and recycling",
        "Tree planted in memory of {}",
        '"volunteer_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the jam swap is at {} this year",
        "drop the spare rabbit hutch at {}",
        "the community fridge is outside {}",
        "the tool library moved to {}",
        "the twins' party is at {} on saturday",
        "the hens are going to a new home at {}",
        "Collection point: {}",
        "If found, return to: {}",
        "Deliver to: {}",
        '"pickup_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send your recipes for the family book to {}",
        "the hen rescue's email is {}",
        "email the tool library at {}",
        "the hospice volunteer coordinator is {}",
        "Parent contact e-mail: {}",
        '"owner_email": "{}",',
        "APP_ADMIN_EMAIL={}",
        "MOBILIZON_INSTANCE_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the smokehouse guy's number is {}",
        "call the reptile rescue on {}",
        "text the community fridge group on {}",
        "the charity shop manager is on {}",
        "grandad's new mobile is {}",
        "If found please call {}",
        "Emergency contact (parent): {}",
        '"keeper_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the hen house kit went on {}",
        "I paid for the smoker with {}",
        "the cake topper order came off {}",
        "put the tool library deposit on {}",
        "Card on file (party venue): {}",
        "payment_card={}",
    ],
    "IBAN_CODE": [
        "the jam stall money goes to {}",
        "pay your share of the half pig into {}",
        "the tool library's account is {}",
        "pocket money goes straight to {}",
        "Rekeningnummer (IBAN): {}",
        "kids savings;{};EUR;monthly",
    ],
    "USERNAME": [
        "I post my jam recipes on Cookpad as {}",
        "I'm giving the hutch away on Olio, I'm {} there",
        "look for {} on Freegle, that's me",
        "my garden plan is on GrowVeg under {}",
        "the upholstery photos are on Houzz, user {}",
        "my vegan food reviews are on HappyCow as {}",
        "on OurHome, the chore app, I'm {}",
        "grandma follows the kids on Tinybeans as {}",
        "the reptile forum knows me as {}",
        "python manage.py createsuperuser --username {}",
        'login_user: "{}"',
        "Signed in as {}",
    ],
}
HELDOUT29_MIXED = [
    ("Keyholder: {}, mobile {}", ["PERSON", "PHONE_NUMBER"]),
    ("{} paid for the half pig with {}", ["PERSON", "CREDIT_CARD"]),
    ("which is better for the family account, {} or {}?", ["SECRET", "SECRET"]),
    ("Next of kin: {}, date of birth {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("the hen cam at {} still takes the old password, {}", ["IP_ADDRESS", "SECRET"]),
    ("I'm {} on Olio, send the hutch money to {}", ["USERNAME", "IBAN_CODE"]),
    ("the hen rescue lady {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} <{}> signed up for the litter pick", ["PERSON", "EMAIL_ADDRESS"]),
    ("DB_HOST={}\nDB_USERNAME={}\nDB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} ({}), hens ready to collect", ["PERSON", "PHONE_NUMBER"]),
    ("ask {} for the tool library laptop, it's {}", ["PERSON", "SECRET"]),
    ("{} on Cookpad, birthday {}", ["USERNAME", "DATE_OF_BIRTH"]),
]  # fmt: skip
HELDOUT29_NEGATIVES = [
    "Ghent's Gravensteen castle sits right in the old town",
    "Bruges is full of lace shops and chocolate",
    "Kortrijk has the Broel towers on the Leie",
    "Leuven's town hall has over two hundred statues",
    "Angra do Heroísmo is a world heritage town on Terceira",
    "in Furnas they cook the cozido in the hot ground",
    "Horta marina is covered in sailors' paintings",
    "Kampong Ayer is the water village of Bandar Seri Begawan",
    "Kuala Belait is where the oil fields are",
    "Kudat is at the northern tip of Borneo",
    "Bengkayang is a regency in West Kalimantan",
    "Tangra in Kolkata is known for Hakka Chinese food",
    "Galle Fort was built by the Portuguese and rebuilt by the Dutch",
    "the Temple of the Tooth is in Kandy",
    "the Hanging Church in Cairo is one of the oldest churches in Egypt",
    "Asyut sits on the Nile in Upper Egypt",
    "Daliyat al-Karmel has a busy market on Saturdays",
    "Aley was a summer resort for Beirut families",
    "the Bo-Kaap houses are painted bright colours",
    "Island Harbour is a fishing village in Anguilla",
    "Alderney has more bunkers than shops",
    "Lummi Island is a short ferry ride from Gooseberry Point",
    "-ke on a Flemish name just makes it little, like Jefke",
    "the -sz at the end of a Burgher surname is an old Dutch way of writing son of",
    "Awang and Dayang are polite titles in Brunei, like mister and miss",
    "Malaysian identity cards join an alias to a name with an @",
    "Hakka families often write the family name first",
    "in Belgian death notices ° means born and † means died",
    "clementine marmalade needs the pith left in",
    "a pinch of saffron goes a long way",
    "pinch the basil tops so it doesn't flower",
    "grate the ginger straight into the pan",
    "barley water was my grandma's answer to everything",
    "fennel seeds go in the sausage mix",
    "boil the jars for ten minutes to sterilise them",
    "jam sets at 105 degrees",
    "kimchi is ready after about five days at room temperature",
    "pleat the dumpling from one side only",
    "low and slow, 110 degrees for the brisket",
    "let the buttercream crust before you pipe the roses",
    "hens stop laying when the days get short",
    "rabbits need hay more than anything else",
    "a leopard gecko needs a warm side and a cool side",
    "tortoises hibernate in the fridge at about 5 degrees",
    "budgies chatter more when they have a mirror",
    "repot the monstera in spring",
    "compost wants browns and greens in equal parts",
    "worms hate citrus and onion",
    "scotch bonnets need a long hot summer to ripen",
    "staple the velvet from the middle out",
    "litter pick starts at the church gate at ten",
    "the community fridge only takes sealed food",
    "the tool library lends drills for a week at a time",
    "the charity shop needs volunteers for saturday mornings",
    "the hospice garden is open to visitors on sundays",
    "plant the saplings with the graft above the soil",
    "the twins' parents evening is on thursday",
    "pocket money goes up by a euro on each birthday",
    "our rescue greyhound is called Biscuit",
    "microchip 985 112 004 567 890 is on the rabbit's vet card",
    "sow the chillies between 1 February and 15 March",
    "best before 14/03/2026, says the jar",
    "the hens' worming is due on 2025-06-01",
    "EAN 5 410041 001204 on the speculaas pack",
    "pay with structured communication +++090/9337/55493+++",
    "order #KO-58217, two bags of chick crumb",
    "Grocy v4.2.0 added the chores calendar",
    "fixed in commit 9c1e4ab, see the KitchenOwl changelog",
    "HASH_SALT=ChangeMeBy20+KeyLength",
    "JWT_SECRET_KEY=PLEASE_CHANGE_ME",
    "MEILI_MASTER_KEY=masterKey",
    "MOBILIZON_INSTANCE_HOST=mobilizon.lan",
    "define('CIVICRM_UF', 'Drupal');",
    "GROCY_CURRENCY=EUR",
    "password: (hidden)",
    "don't use 123456 or qwerty for anything, pick a passphrase",
    "card 6011 1111 1111 1117 is a test card",
    "IBAN BE68 5390 0754 7034 is the example in the bank's help page",
    "write to info@example.com for the form",
    "192.0.2.77 is a documentation address",
    "2001:db8:29::7 is from the documentation range",
    "call 112 in Belgium, 991 for an ambulance in Brunei, 123 in Egypt",
    "who's bringing the cake to the party",
    "the hens got out again lol",
    "can you remind me to buy more jam jars",
    "see you at the litter pick",
]  # fmt: skip


def _typo29(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a letter from a Belgian AZERTY keyboard where a
    QWERTY hand expects it ('qnd' for 'and', 'zhen' for 'when') or an accented letter from a phone's long press
    ('thé', 'wàs'). Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    words = list(SLOT_FREE_WORD_HELDOUT29.finditer(template))
    if rng.random() < 0.5:
        targets = [
            (m.start() + i, c) for m in words for i, c in enumerate(m.group(0)) if c in AZERTY_HELDOUT29
        ]
        swap = AZERTY_HELDOUT29
    else:
        targets = [
            (m.start() + i, c) for m in words for i, c in enumerate(m.group(0)) if c in LONG_PRESS_HELDOUT29
        ]
        swap = {c: rng.choice(v) for c, v in LONG_PRESS_HELDOUT29.items()}
    if not targets:
        return template
    at, c = rng.choice(targets)
    return template[:at] + swap[c] + template[at + 1 :]


def build_heldout29(seed: int = HELDOUT29_SEED) -> list[Example]:
    """Held-out set 29: `Gen29` values in `HELDOUT29_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen29(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 60, "USERNAME": 24, "IP_ADDRESS": 20}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    samplers = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.78  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in samplers:  # the template depends on the value's shape
                template, value = samplers[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT29_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT29_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT29_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo29(rng, template), "typo"
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
