"""Held-out PII set 32 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout32": written before round 26 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT32 is empty, as for
held-out 16 to 30; written at the same time as held-out 31, the two authors split the world between them: 32
takes mountains, deserts and inland regions and subjects from work, trades, small business and civic life, 31
islands and coasts, arts, crafts, collecting, media and fandom; hand-written lists of Burusho and Wakhi of
Hunza and Gojal (a valley's nisba as the family name: 'Hunzai', 'Gojali', 'Nagri', 'Ishkomani', 'Yasini';
two-word given names: 'Ali Madad', 'Sher Baz'), Qashqai (Zagros nomads: tribe and clan names as family names,
'Darrehshuri', 'Kashkuli', 'Bahmanbeglu'), Mozabite (the M'zab valley: 'Fekhar', 'Bayoud', family names of two
words: 'Daddi Addoun', 'Hadj Said'), Northern and Southern Ute ('Cesspooch', 'Chapoose', 'Wopsock', 'Box'),
Hualapai ('Havatone', 'Querta', 'Wescogame'), Acoma, Taos and Jemez Pueblo ('Vallo', 'Concho', 'Suazo',
'Fragua', 'Gachupin'), Pintupi (Kintore and Kiwirrkurra: the skin name as the family name, in its men's Tj-
or women's N- form by the given name: 'Bobby Tjungurrayi', 'Yukultji Napangati'), Podhale Goral (dialect
diminutives as given names: 'Józek', 'Jędrek', 'Kaśka'; a clan name with its branch's nickname after a
hyphen: 'Gąsienica-Daniel', 'Bachleda-Curuś', 'Karpiel-Bułecka'), Székely (family names that are also given names,
written first as Hungarian does: 'Ferencz Csaba', 'Sándor Zsolt'), Mòcheno ('Moltrer', 'Oberosler',
'Iobstraibizer'), Hutterite ('Hofer', 'Waldner', 'Wipf', 'Kleinsasser', 'Tschetter'), Melungeon (Newman's
Ridge: 'Vardy', 'Mahala', 'Goins', 'Mullins'), Diaguita-Calchaquí and Kolla ('Chocobar', 'Quipildor',
'Yapura', 'Tolaba', 'Liquín'), Pokot ('Lonyangapuo', 'Pkosing', 'Poghisio'), Monpa (Tawang: two Buddhist names,
'Pema Khandu', 'Jambey Wangdi') and Ju/'hoan (Nyae Nyae: click letters kept, '/Kunta', 'N!ai', 'Tsamkxao
≠Oma') names, trade words used as given names (Mason, Sawyer, Tanner, Cooper, Porter, Chandler, Carter,
Thatcher), invented ones of a made-up root and ending and a surname of a made-up root and a Slovene
Alpine-looking ending ('Talvira Korenšek': -nik/-šek/-ovec/-čar/-ovnik); 'Khan' after a Qashqai man's given
name ('Ayaz Khan Qashqai'), the devotional 'del Valle' of north-west Argentina ('Eusebia del Valle Llampa'), a
Pokot name between a Christian name and the family name ('John Krop Lonyangapuo', 'Esther Cheptoo Kamket'),
the Hutterite colony in brackets after the name as colony directories list people ('Judith Wipf (Spring Creek
Colony)'), a sole trader's trading name after 't/a' ('X t/a Valley Plumbing & Heating'), a letter signed 'pp
X' for the clerk, 'Councillor X' with the title outside the span, planning ('Applicant:'), election ('Presiding
officer:'), site ('Foreman:'), shearing-shed ('Shearer (stand 3):') and minutes ('Seconded:') fields; over
half of the sentences typed to the bot or a friend: plumbing, electrical work, welding, roofing, well
drilling, solar installs, sheep shearing, sale barns and livestock auctions, grain elevators and co-ops,
mining and mine rescue, trucking, snowploughs, food trucks, corner shops, locksmiths, chimney sweeps, town
councils, polling stations, planning objections, shop stewards and rotas, apprenticeships and references;
Invoice Ninja (IN_USER_EMAIL, IN_PASSWORD), Akaunting run.env, InvenTree, OpenProject, Chatwoot, FreeScout,
osTicket ost-config.php, GLPI config_db.php, Kanboard config.php, pretix pretix.cfg, LimeSurvey config.php,
FixMyStreet general.yml, Grist, ToolJet, EspoCRM config-internal.php, Leantime, Rallly and Loomio;
those regions' addresses (Karimabad mohallas, Aliabad Bazar shops, Gulmit in Gojal, Shiraz khiyaban/kuche/
pelak with the ten-digit kod-e posti, Firuzabad, Beni Isguen and the Ksar of Melika in Ghardaïa, Peach
Springs on Diamond Creek Road and PO boxes, Ignacio county roads, the Fort Duchesne grid, Acoma Pueblo PO
boxes, Taos, Jemez Pueblo on Hwy 4, Walungurru (Kintore) and Kiwirrkurra lots with the NT 0872 postcode,
Zakopane 'ul.' and Bukowina Tatrzańska house numbers, Miercurea Ciuc 'Str. ... nr., bl., sc., ap.' blocks,
Palù del Fersina 'Località', Hutterite colony rural routes in Alberta and South Dakota, Sneedville, Cachi with
the Argentine CPA postcode, Humahuaca 'Mza. ... Lote', Kapenguria plots, Tawang and Tsumkwe erven) and phones
(Gilgit, Aliabad domestic, SCOM mobiles 0355, Shiraz, Fars mobiles 0917 domestic, Ghardaïa, Algerian mobiles
domestic, Peach Springs, Fort Duchesne, Ignacio dotted, Acoma, Taos, Kintore, Zakopane, Polish mobiles
domestic, Harghita, Romanian mobiles domestic, the Fersina valley domestic, Forestburg, Sneedville, Salta,
Jujuy mobiles domestic with the '15' mobile prefix and international with the 9, Kapenguria, Tawang with its
STD code, Tsumkwe, Namibian mobiles domestic); Visa 16 and 19, Mastercard 2612 and 5348, Amex 3433, Diners
3008, JCB 3562, Discover 6547 and Iranian Shetab (Mellat 6104 33) cards, some with minus signs (U+2212) or
figure dashes (U+2012) between groups; IBANs of Iran, Saudi Arabia, Mali, Niger, Chad, the Central African
Republic, Burkina Faso, Algeria, Pakistan, Azerbaijan, Liechtenstein, Andorra, Kosovo and North Macedonia
(every IBAN country was used by an earlier set; these were used least or fit the origins, none lies on an
island); IPs in well-pump, shearing-shed scale, sale-barn board, grain-dryer, mine vent-fan PLC, truck
telematics, snowplough GPS, food-truck card reader, corner-shop CCTV, chimney-camera, council-stream,
ballot-scanner, planning-portal, union mailing-list and solar-inverter chat and in the pastes above, a Modbus
TCP read, ipmitool and snmpwalk, v6 in 240a, 240d, 2609, 2807, 2c0c, 2001:5b0 and 2001:b08 ranges;
passwords handed over in ways no earlier set used (asking the bot to hash one with sha256 for the staff
sheet; a shift handover; a reminder to give one to the plumber; the previous owner's, written in the till
manual; a safe the locksmith set; one the apprentice set without telling anyone; scribbled inside a fuse box
door for the next electrician; the council chamber's wifi; a polling station laptop; the union office
printer's; 'don't laugh but ... is still X'; the old boss's one for everything; one a quote portal forced a
symbol into), trade-measure passwords ('22mm-Elbow!', '2.5mm²Twin&Earth7'), refrigerant pressures
('R410A@300psi'), torque settings ('52Nm-Headbolt'), livestock lots ('MerinoLot84#'), a family name with a
trade and a founding year ('ChowaniecRoofing#2009'), Goral words with a year ('bacówka.1975'), Qashqai
migration words with a Solar Hijri year ('Yeylaq1353!'), ISO standards ('ISO9001:2015-Audit'), bylaw
sections ('Bylaw482/Sec12'), ward-and-election words ('Ward6Vote2022!'), shift patterns ('Nights4on4off'),
tilde-joined passphrases, machine models ('D6T-Digger12'), xfreerdp /p:, mount -t cifs password=, ipmitool -P,
an SNMP community string, keytool -storepass, openssl pkcs12 -passout, IN_PASSWORD, Akaunting
ADMIN_PASSWORD, INVENTREE_ADMIN_PASSWORD and INVENTREE_DB_PASSWORD, OPENPROJECT_SECRET_KEY_BASE, Chatwoot
REDIS_PASSWORD, FreeScout ADMIN_PASS, osTicket SECRET_SALT and DBPASS, GLPI $dbpassword, Kanboard
DB_PASSWORD, pretix [database] password, LimeSurvey encryptionkey, FMS_DB_PASS, GRIST_SESSION_SECRET,
ToolJet LOCKBOX_MASTER_KEY, EspoCRM cryptKey, LEAN_SESSION_PASSWORD, Rallly SECRET_PASSWORD, Loomio
DEVISE_SECRET, Xendit xnd_production_, Midtrans Mid-server-, Mercado Pago APP_USR-, Wompi prv_prod_, Chapa
CHASECK-, Cashfree cfsk_ma_prod_, Omise skey_, Africa's Talking atsk_, Honeybadger hbp_, dbt Cloud dbtc_ and
GitLab glimt- and glagent- tokens, shearing-shed padlock, explosives-magazine, food-truck cash-box,
substation key-safe and depot fuel-pump codes, and cues in Uyghur ('mexpiy nomur'), Podhale Goral ('hasło
... je'), north-west Argentine Spanish ('..., chango'), Appalachian English ('I reckon the password's') and
Australian Kriol ('det pasword blanga wifi im'); usernames in Checkatrade, TaskRabbit, Upwork, Mike Holt's
forum, AgTalk, TruckersReport, FixMyStreet, Decidim, Loomio, InvenTree and a job tracker's 'Assigned to:',
shapes like 'sparky_x', 'x.the.plumber', 'y4council', 'cllr.y', 'roadtrain.x', 'y_haulage', 'tradie.x7',
'xy_apprentice', 'ward4.y', 'the_y_truck', 'x-y-ltd' and 'gazda.x'; dates of birth in Uyghur ('1987-yili
3-ayning 14-küni', 'men ... tughulghan'), Dari with the Afghan names of the Solar Hijri months ('23 Hut 1365',
'tarikh-e tawallud-am ... ast') and Polish after a Goral birth cue ('urodziłek sie', 'urodziłak sie'), in an
EDIFACT DTM+329 segment, T-SQL's DATEFROMPARTS(), Go's time.Date() with the month as time.March and Elm's
Date.fromCalendarDate, on electoral-roll, mine-induction, apprenticeship and gas-licence papers; typos as a
feature phone's T9 picking the other word of the same keys ('home' -> 'good', 'of' -> 'me', 'in' -> 'go') or
a QWERTZ keyboard swapping y and z in one word ('yesterday' -> 'zesterdaz'); negatives with the same
regions' places, the nisba, skin-name, 'Khan', 'del Valle', clan-branch, colony and Hungarian-order
conventions explained, trade words as trades (mason, sawyer, cooper, porter, thatcher), plumbing,
electrical, drilling, solar, shearing, auction, grain, mining, trucking, ploughing, permit, shop, locksmith,
chimney, election, planning, union and apprenticeship talk, an election day, a licence expiry and a
founding date that are not birthdays, invoice, job, planning-reference and order numbers, a version, a
commit, Invoice Ninja, InvenTree, osTicket, GLPI, Kanboard, pretix, FixMyStreet and ToolJet boilerplate,
placeholder secrets, a masked PIN, a test card, the Pakistani example IBAN, a placeholder e-mail,
documentation IPs (v4 and v6), emergency numbers, and short everyday chat).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
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
    _jalali,
    _luhn_number,
    _pick_chat_or_not,
)

HELDOUT32_SEED = 327461
# no faker name locale, as in held-out 16 to 30: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT32: list[str] = []
# mountains, deserts and inland regions (held-out 31, written at the same time, takes islands and coasts)
NAMES_HELDOUT32: dict[str, tuple[list[str], list[str]]] = {
    # Burusho and Wakhi of Hunza and Gojal (Gilgit-Baltistan): a valley's nisba as the family name ('Hunzai')
    "hunza": (["Ali Madad", "Sher Baz", "Karim", "Daulat", "Ghazanfar", "Shireen", "Gul Bano", "Zarina",
               "Nasreen", "Rehmat", "Ibadat", "Bulbul"],
              "Baig Beg Hunzai Gojali Nagri Ishkomani Yasini".split()),
    # Qashqai (Turkic nomads of the Zagros, Fars): tribe and clan names as family names
    "qashqai": ("Bahman Khosrow Nasser Farrokh Sohrab Bijan Ayaz Golnar Nazgol Parichehr Mahin Soltan".split(),
                "Qashqai Darrehshuri Kashkuli Farsimadan Amaleh Bahmanbeglu Shahilu Kuruni".split()),
    # Mozabite (Ibadi Berbers of the M'zab valley, Ghardaïa): some family names of two words
    "mozabite": (["Brahim", "Slimane", "Kamel Eddine", "Bakir", "Daoud", "Nouh", "Youcef", "Aïssa", "Aïcha",
                  "Massaouda", "Hadjira", "Zineb"],
                 ["Fekhar", "Bayoud", "Atfayech", "Bahaz", "Babahamou", "Bekkar", "Daddi Addoun", "Oulhadj",
                  "Hadj Said", "Bouameur"]),
    # Northern and Southern Ute (Uintah and Ouray, Ignacio)
    "ute": ("Forrest Luke Shaun Roxanne Venita Clifford Loretta Arlen Clarice Manuel".split(),
            "Cesspooch Chapoose Wopsock Cuch Pinnecoose Tapoof Arrum Box".split()),
    # Hualapai (Peach Springs, the Grand Canyon's south rim)
    "hualapai": ("Damon Sherry Carrie Philbert Rosalie Wilfred Lucinda Delbert Monza Candida".split(),
                 "Havatone Querta Tapija Wescogame Walema Imus Mahone Majenty".split()),
    # Acoma, Taos and Jemez Pueblos (New Mexico)
    "pueblo": ("Marcellus Delfino Jolene Reycita Lorencita Juanico Leander Bernadine Aloysius Cipriano".split(),
               "Vallo Chino Concho Lujan Mirabal Suazo Fragua Yepa Toya Chinana Waquie Gachupin Shendo".split()),
    # Pintupi (Kintore and Kiwirrkurra, the Western Desert): the skin name as the family name, Tj- for men and
    # N- for women (see PINTUPI_SKIN_HELDOUT32)
    "pintupi": ("Warlimpirrnga Walala Bobby Ronnie George Kanya Yukultji Takariya Ningura Yuyuya Makinti Kawayi".split(),
                []),
    # Podhale Gorals (Zakopane and the Tatra villages): dialect diminutives as given names, clan names with
    # the branch's nickname after a hyphen ('Gąsienica-Daniel')
    "goral": ("Józek Jasiek Wojtek Franek Jędrek Staszek Kaśka Hanka Maryna Zośka Bronka".split(),
              "Gąsienica-Daniel Gąsienica-Sieczka Gąsienica-Makowski Bachleda-Curuś Karpiel-Bułecka Krzeptowski Chowaniec Zwijacz Pitoń Ustupski".split()),
    # Székely (Szeklerland, the Eastern Carpathians of Romania): family names that are also given names, the
    # family name first as Hungarian writes it
    "szekely": ("Csaba Levente Hunor Botond Zsolt Szabolcs Enikő Réka Emese Ildikó Tünde Gyöngyi".split(),
                "Ferencz Máthé Bálint Demeter Kelemen Sándor Orbán Incze Fülöp Lázár Gáspár".split()),
    # Mòcheno (Bersntol, the Fersina valley of Trentino)
    "mocheno": ("Leo Lorenzo Franca Rosanna Ivano Renata Giuseppe Silvana Mauro Claudia".split(),
                "Moltrer Oberosler Toller Iobstraibizer Pompermaier Puecher Eccher Laner Marchel".split()),
    # Hutterite (colonies of the Canadian prairies and the Dakotas): a handful of family names everywhere
    "hutterite": ("Darius Elias Zacharias Jakob Samuel Joshua Susanna Rebecca Judith Lisbeth Rachel Anna".split(),
                  "Hofer Waldner Wipf Kleinsasser Wurz Tschetter Entz Gross Decker Maendel Glanzer Stahl".split()),
    # Melungeon (Newman's Ridge, the Appalachians of east Tennessee)
    "melungeon": ("Vardy Mahala Elzie Ova Creed Dotson Arizona Callie Lafayette Ulyss".split(),
                  "Collins Goins Mullins Gibson Bolin Minor Sexton Gowen Denham Mallett".split()),
    # Diaguita-Calchaquí and Kolla (the valleys and the Puna of Salta, Jujuy and Catamarca)
    "calchaqui": ("Eusebia Hermógenes Felipa Anacleto Cirila Teodora Rosendo Florentina Nicasio Benita Ramona".split(),
                  "Chocobar Quipildor Yapura Chaile Tolaba Liquín Vilte Guanuco Sajama Humacata Llampa Sulca".split()),
    # Pokot (West Pokot, Kenya's dry north-west): a Christian name, then sometimes a Pokot one
    "pokot": ("John Samuel David Peter Titus Mark Esther Mercy Grace Lilian Joyce Rael".split(),
              "Lonyangapuo Pkosing Lomunokol Lochakapong Poghisio Kamket Losiakou Lotee".split()),
    # Monpa (Tawang, the eastern Himalaya of Arunachal Pradesh): two Buddhist names, no family name
    "monpa": ("Pema Tsering Jambey Karma Nawang Phurpa Thupten Lobsang Tashi Dorjee Yeshi Drema".split(),
              "Khandu Wangdi Tashi Leki Wangchu Tsering Norbu Dondup Gombu Lhamo Tsomu".split()),
    # Ju/'hoan (Nyae Nyae, Tsumkwe, the Kalahari): click letters kept, the father's name as the family name
    "juhoan": ("Tsamkxao /Kunta N!ai Kxao ≠Oma /Ui N!ani Tsemkgao Xoan Di//xao".split(),
               "≠Oma Boo /Ui Tsamkxao N!ani Kxao".split()),
}  # fmt: skip
# Pintupi skin names, men's and women's forms of each section (Tjapaltjarri / Napaltjarri...)
PINTUPI_SKIN_HELDOUT32 = [
    ("Tjapaltjarri", "Napaltjarri"), ("Tjungurrayi", "Nungurrayi"), ("Tjakamarra", "Nakamarra"),
    ("Tjupurrula", "Napurrula"), ("Tjapanangka", "Napanangka"), ("Tjampitjinpa", "Nampitjinpa"),
    ("Tjangala", "Nangala"), ("Tjapangati", "Napangati"),
]  # fmt: skip
PINTUPI_WOMEN_HELDOUT32 = {"Yukultji", "Takariya", "Ningura", "Yuyuya", "Makinti", "Kawayi"}
QASHQAI_MEN_HELDOUT32 = {"Bahman", "Khosrow", "Nasser", "Farrokh", "Sohrab", "Bijan", "Ayaz"}
# Pokot names that follow a Christian name ('John Krop Lonyangapuo'), men's and women's
POKOT_MEN_HELDOUT32 = ["Krop", "Pkemoi", "Ptoo", "Lomuk"]
POKOT_WOMEN_HELDOUT32 = ["Cheptoo", "Chepkemoi", "Chemutai"]
POKOT_CHRISTIAN_WOMEN_HELDOUT32 = {"Esther", "Mercy", "Grace", "Lilian", "Joyce", "Rael"}
# Hutterite colonies, told after the name as colony directories list people ('Darius Waldner (Elm Spring
# Colony)')
HUTTERITE_COLONIES_HELDOUT32 = ["Elm Spring", "Spring Creek", "Rockport", "Fairholme", "Pincher Creek",
                                "Baildon", "Starland", "Sunnyside"]  # fmt: skip
# invented given names of a made-up root and ending, and surnames of a made-up root and a Slovene
# Alpine-looking ending (-nik/-šek/-ovec/-čar/-ovnik): ways no earlier set used ('Talvira Korenšek')
INVENTED_GIVEN_ROOTS_HELDOUT32 = ["Talv", "Brez", "Orm", "Kest", "Vald", "Sern", "Jov", "Drav"]
INVENTED_GIVEN_ENDS_HELDOUT32 = ["ira", "ovan", "elio", "una", "emir", "anka"]
INVENTED_SURNAME_ROOTS_HELDOUT32 = ["Koren", "Plaz", "Vrh", "Gozd", "Strm", "Jelov", "Skal", "Zaril"]
INVENTED_SURNAME_ENDS_HELDOUT32 = ["nik", "šek", "ovec", "čar", "ovnik"]
# trade words used as given names, which read like a job ('Mason', 'Sawyer', 'Thatcher')
RARE_GIVEN_HELDOUT32 = ["Mason", "Sawyer", "Tanner", "Cooper", "Porter", "Chandler", "Carter", "Thatcher"]
# every IBAN country was used by an earlier set: these were used least (once or twice) or fit the origins,
# and none lies on an island
IBAN_SHAPES_HELDOUT32 = {
    "IR": "22n", "SA": "2n18c", "ML": "1a23n", "NE": "2a22n", "TD": "23n", "CF": "23n", "BF": "2a22n",
    "DZ": "22n", "PK": "4a16c", "AZ": "4a20c", "LI": "5n12c", "AD": "8n12c", "XK": "16n", "MK": "3n10c2n",
}  # fmt: skip
# everyday subjects of this set: plumbing, electrical work, welding, roofing, well drilling, solar installs,
# sheep shearing, sale barns, grain elevators, mining and mine rescue, trucking, snowploughs, food trucks,
# corner shops, locksmiths, chimney sweeps, councils, polling stations, planning, unions and apprenticeships
TRADES_HELDOUT32 = ["plumbing", "sparky", "welds", "roofs", "drilling", "solar", "shears", "salebarn",
                    "elevator", "haulage", "plough", "tacos", "locks", "sweep", "ward4", "steward"]  # fmt: skip
AFGHAN_MONTHS_HELDOUT32 = {  # the Dari names of the Solar Hijri months, as Afghan documents write them
    "Farvardin": "Hamal", "Ordibehesht": "Sawr", "Khordad": "Jawza", "Tir": "Saratan", "Mordad": "Asad",
    "Shahrivar": "Sunbula", "Mehr": "Mizan", "Aban": "Aqrab", "Azar": "Qaws", "Dey": "Jadi", "Bahman": "Dalw",
    "Esfand": "Hut",
}  # fmt: skip
# slips outside the slots: a feature phone's T9 picking the other word of the same keys ('home' -> 'good'), or
# a QWERTZ keyboard (Polish, Hungarian, German layouts) swapping y and z in one word ('yesterday' -> 'zesterdaz')
T9_TEXTONYMS_HELDOUT32 = {"home": "good", "good": "home", "gone": "hood", "cool": "book", "book": "cool",
                          "he": "if", "if": "he", "in": "go", "go": "in", "of": "me", "me": "of", "act": "cat",
                          "kiss": "lips", "new": "mew", "pay": "say", "say": "pay"}  # fmt: skip
T9_WORD_HELDOUT32 = re.compile(r"\b(" + "|".join(sorted(T9_TEXTONYMS_HELDOUT32)) + r")\b")
YZ_WORD_HELDOUT32 = re.compile(r"\b[a-z]*[yz][a-z]*\b")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Gąsienica-Daniel' ->
    'gasienicadaniel', '≠Oma' -> 'oma', 'Bałdyga' -> 'baldyga')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name.replace("ł", "l").replace("Ł", "L")))


class Gen32(Gen3):
    """Generators for held-out set 32: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self) -> tuple[str, str, str]:
        """(origin, given name, family name): NAMES_HELDOUT32 with each origin's own rules, invented
        ('Talvira Korenšek') or a trade word as the given name ('Sawyer')."""
        rng = self.rng
        r = rng.random()
        origin = rng.choice(sorted(NAMES_HELDOUT32))
        firsts, lasts = NAMES_HELDOUT32[origin]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT32) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT32)
            last = rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT32) + rng.choice(INVENTED_SURNAME_ENDS_HELDOUT32)
            return "invented", given, last
        if r < 0.18:
            origin = rng.choice(["ute", "hualapai", "melungeon", "hutterite"])
            return "rare", rng.choice(RARE_GIVEN_HELDOUT32), rng.choice(NAMES_HELDOUT32[origin][1])
        given = rng.choice(firsts)
        if origin == "pintupi":
            men, women = rng.choice(PINTUPI_SKIN_HELDOUT32)
            return origin, given, women if given in PINTUPI_WOMEN_HELDOUT32 else men
        return origin, given, rng.choice([x for x in lasts if x != given])  # no Ju/'hoan '≠Oma ≠Oma'

    def first_last(self) -> tuple[str, str]:
        _, first, last = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last = self._origin_name()
        r = rng.random()
        if r < 0.5:
            name = f"{first} {last}"
            if origin == "szekely":  # Hungarian order: the family name first
                name = f"{last} {first}"
            elif origin == "qashqai" and first in QASHQAI_MEN_HELDOUT32 and rng.random() < 0.5:
                name = f"{first} Khan {last}"  # 'Khan' after a Qashqai man's given name
            elif origin == "calchaqui" and rng.random() < 0.5:
                name = f"{first} del Valle {last}"  # the devotional 'del Valle' of north-west Argentina
            elif origin == "pokot" and rng.random() < 0.6:
                pokot = (
                    POKOT_WOMEN_HELDOUT32 if first in POKOT_CHRISTIAN_WOMEN_HELDOUT32 else POKOT_MEN_HELDOUT32
                )
                name = f"{first} {rng.choice(pokot)} {last}"  # a Pokot name in the middle
        elif r < 0.63:
            name = first
        elif r < 0.72:
            name = last
        elif r < 0.82:  # the given name's initial and the family name, as a job sheet or a ballot paper
            name = f"{first} {last}" if origin == "juhoan" else f"{first[0]}. {last}"
        elif r < 0.91:  # a Goral diminutive with a clan-and-branch name
            given, fam = NAMES_HELDOUT32["goral"]
            name = f"{rng.choice(given)} {rng.choice(fam[:5])}"
        else:  # a Hunza or Gojal given name with a valley's nisba
            given, _ = NAMES_HELDOUT32["hunza"]
            name = f"{rng.choice(given)} {rng.choice(['Hunzai', 'Gojali', 'Nagri', 'Ishkomani', 'Yasini'])}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def hutterite_person(self) -> str:
        """A Hutterite given and family name, for the templates that put the colony after it."""
        firsts, lasts = NAMES_HELDOUT32["hutterite"]
        return f"{self.rng.choice(firsts)} {self.rng.choice(lasts)}"

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"House {n}, Mohalla {pick(['Diramiting', 'Barushal', 'Dumanshal'])}, Karimabad, Hunza",
            f"Shop #{rng.randint(1, 60)}, Aliabad Bazar, Hunza, Gilgit-Baltistan",
            f"Gulmit, Gojal, Upper Hunza, house {n}",
            f"Shiraz, Khiyaban-e {pick(['Zand', 'Qasrodasht', 'Eram'])}, Kuche-ye {rng.randint(1, 60)}, Pelak {n}, kod-e posti 71{rng.randint(10000000, 99999999)}",
            f"Firuzabad, Bolvar-e {pick(['Enqelab', 'Basij'])}, Pelak {n}, Fars",
            f"{n} rue {pick(['Ibn Rostom', 'Cheikh Bayoud', 'des Oasis'])}, Beni Isguen, 47000 Ghardaïa",
            f"Ksar de Melika, maison {n}, Ghardaïa",
            f"{n} Diamond Creek Rd, Peach Springs, AZ 86434",
            f"PO Box {n}, Peach Springs AZ 86434",
            f"{n} County Road {pick(['517', '318', '521'])}, Ignacio, CO 81137",
            f"{n} E {pick(['6000', '7500'])} S, Fort Duchesne, UT 84026",
            f"PO Box {n}, Acoma Pueblo, NM 87034",
            f"{n} Veterans Hwy, Taos, NM 87571",
            f"{n} Hwy 4, Jemez Pueblo, NM 87024",
            f"Lot {n}, Walungurru (Kintore) NT 0872",
            f"Lot {n}, Kiwirrkurra, via Alice Springs NT 0872",
            f"ul. {pick(['Kościeliska', 'Chramcówki', 'Krupówki'])} {n}, 34-500 Zakopane",
            f"Bukowina Tatrzańska {n}, 34-530",
            f"Str. {pick(['Kossuth Lajos', 'Petőfi Sándor', 'Nicolae Bălcescu'])} nr. {n}, bl. {pick('ABCD')}{rng.randint(1, 9)}, sc. {rng.randint(1, 4)}, ap. {rng.randint(1, 40)}, Miercurea Ciuc 530{rng.randint(100, 399)}",
            f"Località {pick(['Tasaineri', 'Simonegger', 'Auserpòch'])} {n}, 38050 Palù del Fersina (TN)",
            f"RR 1, {pick(HUTTERITE_COLONIES_HELDOUT32)} Colony, Forestburg AB T0B 1N0",
            f"{n} 395th Ave, Rockport Colony, Alexandria SD 57311",
            f"{n} Vardy Rd, Sneedville, TN 37869",
            f"Calle {pick(['Ruiz de los Llanos', 'Güemes', 'Benjamín Zorrilla'])} {n}, A4417 Cachi, Salta",
            f"Barrio {pick(['Malvinas', 'Santa Bárbara', 'Lujan'])}, Mza. {rng.randint(1, 40)} Lote {rng.randint(1, 30)}, Y4630 Humahuaca, Jujuy",
            f"Plot {n}, Makutano, Kapenguria, West Pokot",
            f"Near {pick(['Old Market', 'Nehru Market', 'the Circuit House'])}, Tawang, Arunachal Pradesh 790104",
            f"Erf {n}, Tsumkwe, Otjozondjupa, Namibia",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        trade = rng.choice(TRADES_HELDOUT32)
        user = rng.choice([f"{first}.{trade}", f"{trade}.{last}", f"{last}.{first[:1]}{rng.randint(1, 99)}",
                           f"{first}{last[:4]}", f"accounts.{last}", f"{first}_{last}_{rng.randint(60, 99)}",
                           f"{last}{rng.randint(1950, 2008)}", f"{first}-{trade}"])  # fmt: skip
        domain = rng.choice(["ptcl.net.pk", "chmail.ir", "djaweb.dz", "frontiernet.net", "xplornet.com",
                             "sasktel.net", "wp.pl", "interia.pl", "freemail.hu", "libero.it", "arnet.com.ar",
                             "fibertel.com.ar", "rediffmail.com", "iway.na", "gmail.com", "outlook.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+92 5811 45{d(4)}",  # Gilgit
            f"05813-4{d(5)}",  # Aliabad, Hunza, domestic
            f"0355-{d(7)}",  # SCOM mobile (Gilgit-Baltistan), domestic
            f"+98 71 3{d(3)} {d(4)}",  # Shiraz
            f"0917 {d(3)} {d(4)}",  # Fars mobile, domestic
            f"+213 29 {d(2)} {d(2)} {d(2)}",  # Ghardaïa
            f"0661 {d(2)} {d(2)} {d(2)}",  # Algerian mobile, domestic
            f"(928) 769-{d(4)}",  # Peach Springs
            f"435-722-{d(4)}",  # Fort Duchesne
            f"970.563.{d(4)}",  # Ignacio
            f"(505) 552-{d(4)}",  # Acoma
            f"+1 575 758 {d(4)}",  # Taos
            f"(08) 8956 {d(4)}",  # Kintore
            f"+48 18 20{d(1)} {d(2)} {d(2)}",  # Zakopane
            f"601 {d(3)} {d(3)}",  # Polish mobile, domestic
            f"+40 266 {d(3)} {d(3)}",  # Harghita (Csíkszereda)
            f"07{d(2)} {d(3)} {d(3)}",  # Romanian mobile, domestic
            f"0461 55{d(1)} {d(3)}",  # Fersina valley, domestic
            f"(403) 582-{d(4)}",  # Forestburg, Alberta
            f"(423) 733-{d(4)}",  # Sneedville
            f"+54 387 42{d(1)}-{d(4)}",  # Salta
            f"0388 15-{d(3)}-{d(4)}",  # Jujuy mobile, domestic with the '15' mobile prefix
            f"+54 9 388 {d(3)}-{d(4)}",  # Jujuy mobile, international
            f"+254 54 31{d(3)}",  # Kapenguria
            f"03794-22{d(4)}",  # Tawang, domestic with the STD code
            f"+264 67 244 {d(3)}",  # Tsumkwe
            f"081 {d(3)} {d(4)}",  # Namibian mobile, domestic
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 19), ("2612", 16), ("5348", 16), ("3433", 15), ("3008", 14),
                                     ("3562", 16), ("6547", 16), ("610433", 16), ("4", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # minus signs (U+2212), as a spreadsheet's formula bar or a maths font gives the dashes
            return "\u2212".join(groups)
        if r < 0.7:  # figure dashes (U+2012), as some invoicing apps' PDF export draws them
            return "\u2012".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT32))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT32[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        """A public or private IPv4 address (the mixed sentences put it in commands that take v4 only)."""
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): well-pump, shearing-shed, sale-barn, grain-dryer, mine, telematics,
        snowplough, food-truck, corner-shop, chimney-camera, council-stream, polling-station, planning-portal,
        union and solar chat; InvenTree, FixMyStreet, osTicket, GLPI, Kanboard, pretix, Leantime, Chatwoot,
        ToolJet, EspoCRM and LimeSurvey pastes, Modbus, IPMI and SNMP commands, v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"240a:{h()}:{h()}::{h()}", f"240d:{h()}:{h()}:{h()}::{h()}", f"2609:{h()}:{h()}::{h()}",
                         f"2807:{h()}:{h()}:{h()}::{h()}", f"2c0c:{h()}::{h()}:{h()}", f"2001:5b0:{h()}::{h()}",
                         f"2001:b08:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the well pump controller reports from {}, pressure's fine", v4),
            ("shearing shed scales upload the tallies to {}", v4),
            ("the sale barn's auction board runs off {}", v4),
            ("grain dryer moisture sensor dropped off the network, it was {}", v4),
            ("the vent fan plc on level 3 is {}, don't touch it on shift", v4),
            ("truck telematics box pinged in from {} at 3am", rng.choice([v4, v6])),
            ("the snowplough's gps unit is {}", v4),
            ("food truck card reader keeps dropping, it's on {}", v4),
            ("the corner shop's cctv recorder is {}", v4),
            ("my sweep camera's wifi hotspot hands out {}", v4),
            ("council meeting stream comes from {}, it's lagging", rng.choice([v4, v6])),
            ("the ballot scanner at the polling station got {} from dhcp", v4),
            ("planning portal blocked {} for too many requests", rng.choice([v4, v6])),
            ("the union's mailing list got spammed from {} overnight", rng.choice([v4, v6])),
            ("solar inverter on the barn roof is {}", v4),
            ("INVENTREE_DB_HOST={}", v4),
            ("FMS_DB_HOST: '{}'", v4),
            ("define('DBHOST','{}');", v4),
            ("public $dbhost = '{}';", v4),
            ("define('DB_HOSTNAME', '{}');", v4),
            ("[database]\nbackend=postgresql\nhost={}", v4),
            ("LEAN_DB_HOST='{}'", v4),
            ("REDIS_URL=redis://{}:6379", v4),
            ("PG_HOST={}", rng.choice([v4, v6])),
            ("'host' => '{}',", v4),
            ("'connectionString' => 'mysql:host={};port=3306;dbname=limesurvey;',", v4),
            ("Modbus TCP: read holding registers 40001-40010 from {}:502, unit 3", v4),
            ("$ ipmitool -I lanplus -H {} -U ADMIN sensor list", v4),
            ("$ snmpwalk -v2c -c public {} ifDescr", rng.choice([v4, v6])),
            ("Chatwoot: webhook delivered to [{}]:443", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        _, _, last = self._origin_name()
        return rng.choice(
            [
                f"{rng.choice(['15mm', '22mm', '28mm', 'DN50', 'M12'])}-{rng.choice(['Compression', 'Elbow', 'Flange', 'Tee', 'Coupler'])}{rng.choice('!#%')}",
                f"{rng.choice(['2.5mm²', '6mm²', '10mm²', '12AWG', '10AWG'])}{rng.choice(['Twin&Earth', 'SWA', 'THHN', 'Romex'])}{rng.randint(1, 99)}",
                f"{rng.choice(['R410A', 'R32', 'R290', 'R134a'])}@{rng.randint(100, 450)}psi",
                f"{rng.randint(20, 120)}Nm-{rng.choice(['Wheelnut', 'Headbolt', 'Flange', 'Anchor'])}",
                f"{rng.choice(['Merino', 'Dorper', 'Angus', 'Hereford', 'Corriedale'])}Lot{rng.randint(1, 99)}{rng.choice('!?#')}",
                f"{(_plain(last) or 'shop').capitalize()}{rng.choice(['Plumbing', 'Electric', 'Welding', 'Roofing', 'Drilling', 'Haulage'])}#{rng.randint(1975, 2022)}",
                f"{rng.choice(['bacówka', 'juhas', 'ciupaga', 'gazda', 'hala'])}{rng.choice(['_', '.', ''])}{rng.randint(1970, 2015)}",
                f"{rng.choice(['Yeylaq', 'Qeshlaq', 'Kuch', 'Ilrah'])}{rng.randint(1340, 1402)}{rng.choice('!*')}",
                f"ISO{rng.choice(['9001', '45001', '14001'])}:{rng.choice(['2015', '2018'])}-{w().capitalize()}",
                f"Bylaw{rng.randint(100, 999)}/Sec{rng.randint(1, 40)}",
                f"Ward{rng.randint(1, 12)}Vote{rng.randint(2019, 2026)}!",
                f"{rng.choice(['Nights', 'Earlies', 'Lates', 'Days'])}{rng.choice(['4on4off', '12hr', '2-2-3', '7on7off'])}",
                f"{w()}~{w()}~{w()}",
                f"{rng.choice(['CAT320', 'JD8R', 'D6T', 'KX040', 'PC210'])}-{rng.choice(['Digger', 'Dozer', 'Tractor', 'Loader'])}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!$~"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used: asking the bot to hash one, shift handovers, a
            # previous owner's or an apprentice's, written inside a fuse box door, a council chamber's and a
            # polling station's, a sub-contractor told at the gate, a reminder to pass it on
            ("can you hash {} with sha256 so I can put it on the staff sheet", pw),
            ("handover for nights, the till login is {}", pw),
            ("remind me at 9 to give the plumber {} for the side gate", d(4)),
            ("the previous owner left {} written in the till manual", pw),
            ("the locksmith set the safe to {}, write it somewhere safe", d(6)),
            ("the apprentice changed the shop laptop to {} without telling anyone", pw),
            ("scribbled {} inside the fuse box door for the next sparky", pw),
            ("council chamber wifi tonight is {}", pw),
            ("the polling station laptop unlocks with {}", pw),
            ("the union office printer wants {} before it prints anything", d(5)),
            ("don't laugh but the sale barn login is still {}", pw),
            ("{} is what the old boss used for everything, try it on the elevator pc", pw),
            ("if the ute's tablet asks, it's {}", pw),
            ("tell the sweep the yard gate is {} then hash", d(4)),
            ("the mine rescue station's radio pc uses {}, keep it off the whiteboard", pw),
            ("give the relief milker {} for the parlour tablet", pw),
            ("the quote portal made me add a symbol so I went with {}", pw),
            # codes
            ("shearing shed padlock {}", d(4)),
            ("the explosives magazine combo is {}, don't put it in the group", d(6)),
            ("food truck cash box is {}", d(3)),
            ("key safe at the substation is {}", d(4)),
            ("the depot's fuel pump pin is {}", d(4)),
            # cues in languages and dialects no earlier set used
            ("wifining mexpiy nomuri {}", pw),
            ("hasło do wifi w bacówce je {}", pw),
            ("la clave del wifi del galpón es {}, chango", pw),
            ("I reckon the password's {}, try it", pw),
            ("det pasword blanga wifi im {}", pw),
            # commands
            ("xfreerdp /u:office /p:{} /v:till-pc", pw),
            ("sudo mount -t cifs //nas/invoices /mnt/inv -o username=shop,password={}", pw),
            ("$ ipmitool -I lanplus -H bmc.yard -U ADMIN -P {} chassis status", pw),
            ("$ snmpwalk -v2c -c {} switch.depot system", tok(12, alnum)),
            ("$ keytool -list -keystore till.jks -storepass {}", pw),
            ("$ openssl pkcs12 -export -in shop.crt -inkey shop.key -out shop.p12 -passout pass:{}", pw),
            # pastes
            ("IN_PASSWORD={}", pw),
            ("# akaunting run.env\nADMIN_PASSWORD={}", pw),
            ("INVENTREE_ADMIN_PASSWORD={}", pw),
            ("INVENTREE_DB_PASSWORD={}", pw),
            ("OPENPROJECT_SECRET_KEY_BASE={}", tok(128, hexl)),
            ("# chatwoot .env\nREDIS_PASSWORD={}", pw),
            ("ADMIN_PASS={}", pw),
            ("define('SECRET_SALT','{}');", tok(32, alnum)),
            ("define('DBPASS','{}');", pw),
            ("public $dbpassword = '{}';", pw),
            ("define('DB_PASSWORD', '{}');", pw),
            ("[database]\nuser=pretix\npassword={}", pw),
            ("'encryptionkey' => '{}',", tok(64, hexl)),
            ("FMS_DB_PASS: '{}'", pw),
            ("GRIST_SESSION_SECRET={}", tok(32, alnum)),
            ("LOCKBOX_MASTER_KEY={}", tok(64, hexl)),
            ("'cryptKey' => '{}',", tok(32, hexl)),
            ("LEAN_SESSION_PASSWORD='{}'", tok(32, alnum)),
            ("SECRET_PASSWORD={}", tok(40, alnum)),
            ("DEVISE_SECRET={}", tok(64, hexl)),
            ("XENDIT_SECRET_KEY={}", "xnd_production_" + tok(64, alnum)),
            ("MIDTRANS_SERVER_KEY={}", "Mid-server-" + tok(24, alnum + "-_")),
            ("MP_ACCESS_TOKEN={}", f"APP_USR-{d(16)}-{d(6)}-{tok(32, hexl)}-{d(9)}"),
            ("WOMPI_PRIVATE_KEY={}", "prv_prod_" + tok(32, alnum)),
            ("CHAPA_SECRET_KEY={}", "CHASECK-" + tok(32, alnum)),
            ("CASHFREE_SECRET_KEY={}", "cfsk_ma_prod_" + tok(32, hexl) + "_" + tok(8, hexl)),
            ("OMISE_SECRET_KEY={}", "skey_" + tok(19, string.ascii_lowercase + string.digits)),
            ("AT_API_KEY={}", "atsk_" + tok(64, hexl)),
            ("HONEYBADGER_PERSONAL_AUTH_TOKEN={}", "hbp_" + tok(36, alnum)),
            ("DBT_CLOUD_SERVICE_TOKEN={}", "dbtc_" + tok(40, alnum + "-_")),
            ("incoming_email_token: {}", "glimt-" + tok(25, alnum)),
            ("GITLAB_AGENT_TOKEN={}", "glagent-" + tok(50, alnum + "-_")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('sparky_x', 'x.the.plumber', 'cllr.y')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"sparky_{first}",
                f"{first}.the.plumber",
                f"{last}4council",
                f"cllr.{last}",
                f"roadtrain.{first}",
                f"{last}_haulage",
                f"tradie.{first}{rng.randint(1, 99)}",
                f"{first}{last[:1]}_apprentice",
                f"ward{rng.randint(1, 12)}.{last}",
                f"the_{last}_truck",
                f"{first}-{last}-ltd",
                f"gazda.{first}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        pl = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
        go = "January February March April May June July August September October November December".split()
        jd, jm, jy = _jalali(dt).split()
        return {
            "ug": f"{year}-yili {m}-ayning {day}-küni",  # Uyghur, Latin script
            "prs": f"{jd} {AFGHAN_MONTHS_HELDOUT32[jm]} {jy}",  # Dari: the Solar Hijri year with Afghan month names
            "pl": f"{day} {pl[m - 1]} {year}",  # Polish months after a Goral birth cue
            "edi": f"{year}{m:02d}{day:02d}",  # inside an EDIFACT DTM+329 (date of birth) segment
            "tsql": f"{year}, {m}, {day}",  # inside T-SQL's DATEFROMPARTS(...)
            "go": f"{year}, time.{go[m - 1]}, {day}",  # inside Go's time.Date(...)
            "elm": f"{year} {go[m - 1][:3]} {day}",  # after Elm's Date.fromCalendarDate
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["ug", "prs", "pl"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the electoral roll letter has my date of birth as {}, should I correct it", any_shape),
            ("the mine induction card has my birthday as {}, is that right", any_shape),
            ("apprenticeship paperwork needs her date of birth, {}", any_shape),
            ("renewing my gas ticket, they need dob {} and a photo", any_shape),
            ("men {} tughulghan", s["ug"]),
            ("tarikh-e tawallud-am {} ast", s["prs"]),
            ("urodziłek sie {} w Zakopanem", s["pl"]),
            ("urodziłak sie {}, pod Giewontem", s["pl"]),
            ("DTM+329:{}:102'", s["edi"]),
            ("SELECT DATEFROMPARTS({}) AS BirthDate;", s["tsql"]),
            ("dob := time.Date({}, 0, 0, 0, 0, time.UTC)", s["go"]),
            ("born = Date.fromCalendarDate {}", s["elm"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT32_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} fixed the leak under the sink in twenty minutes flat",
        "{} rewired the whole barn and it passed inspection first time",
        "{} welded the trailer hitch back on for fifty bucks",
        "{} is quoting for the new roof, should hear by friday",
        "{} drilled the well down to 80 metres before hitting water",
        "{} put twelve panels on the shop roof last week",
        "{} sheared 240 ewes yesterday, a new shed record",
        "{} bought the whole pen of heifers at the sale barn",
        "{} runs the grain elevator at the co-op now",
        "{} is on mine rescue this rotation",
        "{} ploughed our street at 4am, absolute legend",
        "{} opened a taco truck by the courthouse",
        "{} took over the corner shop from her dad",
        "{} rekeyed every lock at the bakery after the break-in",
        "{} swept the chimney and found a jackdaw nest",
        "{} is standing for the town council in May",
        "{} was the presiding officer at our polling station",
        "{} objected to the planning application for the quarry",
        "{} is shop steward now, talk to them about the rota",
        "{} signed off my apprenticeship hours today",
        "remind me to send {} the invoice for the boiler service",
        "can you draft a reference for {}, best apprentice we ever had",
        "I still owe {} for the fence posts",
        "pay {} cash for the weekend shift",
        "councillor {} never answers her emails",
        "invoice came from {} t/a Ridge Roofing, is that the same firm",
        "{} (Spring Creek Colony) wants a quote on two grain bins",
        "{} (Elm Spring Colony) booked the shearing team for June",
        "Councillor {} moved the motion on the quarry",
        "Yours faithfully,\npp {}\nClerk to the Council",
        "Applicant: {}",
        "Presiding officer: {}",
        "Foreman: {}",
        "Shearer (stand 3): {}",
        "Seconded: {}",
        "Sole trader: {} t/a Valley Plumbing & Heating",
        '"technician": "{}",',
    ],
    "STREET_ADDRESS": [
        "the job tomorrow is at {}, bring the long ladder",
        "send the welding invoice to {}",
        "the sale barn moved to {}",
        "polling station this year is at {}",
        "the new shop is at {}, opening monday",
        "the roof quote is for {}",
        "Site address: {}",
        "Registered office: {}",
        "Premises licence address: {}",
        '"service_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the timesheets to {}",
        "the council clerk is {}",
        "quotes go to {}, not my personal one",
        "the union rep's email is {}",
        "my shop email is {} now",
        "Accounts payable: {}",
        '"billing_email": "{}",',
        "IN_USER_EMAIL={}",
        "INVENTREE_ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the plumber's mobile is {}",
        "call the sale barn on {}",
        "text the site foreman on {}",
        "the elevator office number is {}",
        "ring the council offices on {}, ask for planning",
        "After hours (emergencies only): {}",
        "Work mobile: {}",
        '"dispatch_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the welding rods went on {}",
        "I paid the trade licence renewal with {}",
        "charge the call-out fee to {}",
        "the food truck permit came off {}",
        "Card used: {}",
        '"pan": "{}",',
    ],
    "IBAN_CODE": [
        "pay the shearing team into {}",
        "the co-op's account for the grain cheque is {}",
        "send the deposit for the roof to {}",
        "donations for the council campaign go to {}",
        "Remit to IBAN: {}",
        "IBAN (payee): {}",
    ],
    "USERNAME": [
        "my Checkatrade listing is under {}, leave a review if you liked the job",
        "TaskRabbit has me listed as {}",
        "my Upwork profile is {}",
        "I post on Mike Holt's forum as {}",
        "my AgTalk handle is {}",
        "look me up on TruckersReport, {}",
        "report the pothole on FixMyStreet, I'm {} there",
        "my Decidim nickname is {}",
        "INVENTREE_ADMIN_USER={}",
        "Assigned to: {}",
        '"loomio_username": "{}",',
    ],
}
HELDOUT32_MIXED = [
    ("Foreman: {}, mobile {}", ["PERSON", "PHONE_NUMBER"]),
    ("invoice from {} t/a Ridge Roofing, {}", ["PERSON", "STREET_ADDRESS"]),
    ("IN_USER_EMAIL={}\nIN_PASSWORD={}", ["EMAIL_ADDRESS", "SECRET"]),
    ("xfreerdp /u:{} /p:{} /v:{}", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the van keys in the key safe, {}", ["PERSON", "SECRET"]),
    ("Applicant: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Checkatrade listing is {}, pay the deposit to {}", ["USERNAME", "IBAN_CODE"]),
    ("quote from {} ({}) came in lower", ["PERSON", "EMAIL_ADDRESS"]),
    ("the welder {} paid with {}", ["PERSON", "CREDIT_CARD"]),
    ("Councillor {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("sudo mount -t cifs //{}/invoices /mnt/inv -o username={},password={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("$ snmpwalk -v2c -c {} {} sysName", ["SECRET", "IP_ADDRESS"]),
]  # fmt: skip
HELDOUT32_NEGATIVES = [
    "Karimabad looks down on the Hunza valley from under Baltit Fort",
    "Attabad lake formed after the 2010 landslide",
    "the Qashqai move between summer and winter pastures in Fars",
    "Beni Isguen is one of the five ksour of the M'zab valley",
    "Ghardaïa's market square is ringed by arcades",
    "Peach Springs is on old Route 66",
    "Acoma Sky City sits on a mesa 367 feet high",
    "Taos Pueblo has been lived in for about a thousand years",
    "Kintore is about 530 km west of Alice Springs",
    "Kiwirrkurra is one of the most remote communities in Australia",
    "Zakopane sits under Giewont",
    "Csíkszereda is called Miercurea Ciuc in Romanian",
    "Palù del Fersina is the highest village of the Bersntol valley",
    "Newman's Ridge runs through Hancock County, Tennessee",
    "the Quebrada de Humahuaca is a UNESCO site",
    "Kapenguria is the main town of West Pokot",
    "Tawang monastery is the largest in India",
    "Tsumkwe is the only town in the Nyae Nyae conservancy",
    "Hunzai or Gojali as a surname just means from Hunza or from Gojal",
    "in the Western Desert a skin name tells you the section, not the family",
    "Khan after a Qashqai given name is a title of respect",
    "del Valle in a name in Catamarca comes from the Virgin of the Valley",
    "in Zakopane one clan name has many branches, told apart by a nickname after a hyphen",
    "Hutterite colonies farm together and eat in one kitchen",
    "in Hungarian the family name comes first",
    "the mason is coming to repoint the chimney",
    "we need a sawyer for the big oak",
    "a cooper makes barrels, there are only a few left",
    "ask the porter at the front desk",
    "the thatcher says the ridge needs redoing",
    "15mm copper takes a 15mm compression fitting, not a half inch one",
    "a ring final uses 2.5mm² twin and earth on a 32A breaker",
    "the well came in at 80 metres, 2 litres a second",
    "twelve 400W panels is about 4.8 kW peak",
    "a good shearer does 200 sheep a day",
    "the heifers averaged 1,840 a head at the sale",
    "wheat is 265 a tonne at the elevator today",
    "self-rescuer on your belt underground at all times",
    "a B-double can be 26 metres long",
    "the plough goes out when there's 5 cm on the road",
    "food truck permit renewals are due in March",
    "the corner shop opens 7 till 10 every day",
    "a locksmith can rekey a euro cylinder in ten minutes",
    "get the chimney swept once a year if you burn wood",
    "polls open at 7am and close at 10pm",
    "the planning committee meets on the first Tuesday of the month",
    "ward 4 had a turnout of 38 percent",
    "the shop steward sits in on disciplinary meetings",
    "an apprenticeship here takes four years and 8,000 hours",
    "the election is on 7 May 2026",
    "my gas licence expires 31/08/2027",
    "the co-op was founded on 14 March 1921",
    "invoice INV-2024-0193 is overdue",
    "job number 48213 is the boiler swap at the school",
    "planning reference 24/01873/FUL",
    "order #PO-7731 for 40 fence posts",
    "upgraded InvenTree to 0.16.4 last night",
    "fixed in commit 9c41e7b, see the changelog",
    "Invoice Ninja v5 moved the tax settings",
    "APP_URL=http://in.localhost:8003",
    "INVENTREE_DEBUG=False",
    "define('OSTINSTALLED',TRUE);",
    "public $dbdefault = 'glpi';",
    "define('DB_DRIVER', 'postgres');",
    "[pretix]\ninstance_name=tickets.example.org",
    "FMS_DB_NAME: 'fms'",
    "TOOLJET_HOST=http://localhost:80",
    "SECRET_PASSWORD=<at least 32 random characters>",
    "IN_PASSWORD=changeme",
    "PIN: ****",
    "card 6011 0009 9013 9424 is a test card",
    "IBAN PK36 SCBL 0000 0011 2345 6702 is the registry example",
    "write to someone@example.com on the form",
    "192.0.2.77 is a documentation address",
    "2001:db8:4f::10 is a documentation address",
    "in Pakistan dial 1122 for Rescue, in Iran 115 for an ambulance",
    "Argentina's emergency numbers are 107, 100 and 911",
    "bring the long ladder and the good drill",
    "the van's making that noise again",
    "can you remind me to renew the van insurance",
    "see you at the yard at six",
    "the quote's too low, we'd lose money",
]  # fmt: skip


def _typo32(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a feature phone's T9 picking the other word of the
    same keys ('home' -> 'good', 'if' -> 'he'), or a QWERTZ keyboard swapping y and z in one word ('yesterday' ->
    'zesterdaz')."""
    if not _chat_like(template):
        return template
    t9 = list(T9_WORD_HELDOUT32.finditer(template))
    if t9 and rng.random() < 0.5:
        m = rng.choice(t9)
        return template[: m.start()] + T9_TEXTONYMS_HELDOUT32[m.group(1)] + template[m.end() :]
    yz = list(YZ_WORD_HELDOUT32.finditer(template))
    if yz:
        m = rng.choice(yz)
        swapped = m.group(0).translate(str.maketrans("yz", "zy"))
        return template[: m.start()] + swapped + template[m.end() :]
    return template


def build_heldout32(seed: int = HELDOUT32_SEED) -> list[Example]:
    """Held-out set 32: `Gen32` values in `HELDOUT32_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen32(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": gen.ipv4,
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
                template = _pick_chat_or_not(rng, HELDOUT32_TEMPLATES[etype], chat)
                # a Hutterite colony after the name goes with a Hutterite name
                maker = gen.hutterite_person if "Colony)" in template else makers[etype]
                styles.append((template, [(etype, maker()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT32_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT32_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo32(rng, template), "typo"
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
