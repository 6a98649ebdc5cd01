"""Held-out PII set 30 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout30": written before round 25 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT30 is empty, as for
held-out 16 to 28; hand-written lists of Wik (Aurukun, Cape York: 'Koomeeta', 'Pootchemunka', 'Yunkaporta'),
Yawuru and the old pearling families of Broome ('Djiagween', 'Puertollano', 'Sibosado', 'Bin Sali'), Tłı̨chǫ
(Behchokǫ̀, Whatì, Gamètì: family names that are everyday words, 'Football', 'Chocolate', 'Arrowmaker', and
'Zoe', 'Rabesca', 'Mantla'), Huron-Wendat (Wendake: 'Sioui', 'Gros-Louis', 'Bastien'), Mescalero Apache
('Kaydahzinne', 'Enjady', 'Magoosh', 'Klinekole'), Newfoundland outport ('Noseworthy', 'Snook', 'Fudge',
'Tibbo', 'Hiscock'), Saban ('Hassell', 'Zagers', 'Heyliger', 'Every'), Turks and Caicos Belonger ('Misick',
'Astwood', 'Lightbourne', 'Been'), Vincentian and Bequian ('Ollivierre', 'Gonsalves', 'Quashie'), Zanzibari
('Karume', 'Jussa', 'Barwani', 'Mazrui'), Namwanga and Mambwe (northern Zambia: family names on the Si- prefix,
'Sikazwe', 'Simwinga', 'Sichinga'), Ronga (Maputo: 'Matsinhe', 'Nhantumbo', 'Cossa', 'Zandamela'), Upper
Valais German ('Zurbriggen', 'Andenmatten', 'Kalbermatten', 'Supersaxo', 'Taugwalder'), Madeiran ('Gouveia',
'Nóbrega', 'Drumond', 'Ornelas', 'Sardinha') and Tày (Cao Bằng and Lạng Sơn: 'Nông', 'Bế', 'Lục', 'Ma', the
family name first and 'Văn'/'Thị' before the given name) names, the English phrase names of Zambia and
Zimbabwe used as given names (Lovemore, Trymore, Learnmore, Loveness, Memory, Blessings, Knowledge, Talent),
invented ones of a made-up root and ending and a surname of a made-up root and a Portuguese-looking ending
('Quelvina Torsinho': -eira/-inho/-elho/-ães/-ança); the IOC code after a name as results print it ('X
(SUI)'), a Swiss civil-register line with the place of origin after the name ('Zurbriggen Pirmin, von
Saas-Almagell'), a Vietnamese kinship pronoun before a Tày name ('chị Xuân', 'anh Nông Quốc Tuấn'), the
Zanzibari 'Bi', 'Mzee' and 'Maalim' before a name, the school year or class after a pupil's name in each
origin's own system ('(Year 9)', '(Grade 11)', '(Form 4)', '(11.º ano)', '(10.ª classe)', '(OS 2)', '(lớp
11A)', '(secondaire 4)'), a lab role after a name ('(PI)', '(postdoc)'), invigilation ('Invigilator:'),
supervision ('Supervisor:'), rally ('Co-driver:'), lifting ('Lifter:'), flying ('Flight instructor:'),
mountain ('Guide:'), ward ('Bed 12:'), spotting ('Spotter on the fence:') and paper ('Corresponding author:')
fields; over half of the sentences typed to the bot or a friend: badminton, table tennis, lacrosse, Aussie
rules and Formula 1 fandom, powerlifting, biathlon, ultramarathons, Muay Thai and mountaineering; night trains,
plane spotting, motorbike touring, vanlife, hostels, HGV licences and flying lessons; fossil hunting, moth
trapping, amateur rocketry, microscopy, home seismometers and PhD lab work; debate clubs, spelling bees, Model
UN, robotics teams and theses; diabetes sensors, CPAP, hearing aids, travel clinics, orthodontists and
dialysis; fr24feed.ini, Nightscout, OpenEMR sqlconf.php, OpenMRS runtime properties, Galaxy galaxy.yml, OMERO,
CKAN ckan.ini, eLabFTW .env, BigBlueButton bbb-conf, Canvas LMS, Gibbon config.php, FitTrackee, wger,
AdventureLog and Dawarich, Slurm squeue, kinit and .cdsapirc; those regions' addresses (Aurukun lots, Broome
and Cable Beach, Behchokǫ̀ and Whatì boxes and Gamètì general delivery with their NT postcodes, Wendake, Mescalero, St. John's,
Ferryland and Twillingate, Saba's villages, Providenciales and Grand Turk with the territory's single TKCA 1ZZ
postcode, Kingstown and Bequia with VC postcodes, Zanzibar's shehia, Stone Town and Chake Chake, Mbala and
Nakonde, Maputo bairros, Zermatt, Saas-Almagell and Brig, Funchal and Madeira's 'Sítio' localities, Cao Bằng
phường and Lạng Sơn thôn/xã/huyện) and phones (Aurukun, Broome domestic and international, Behchokǫ̀, Whatì,
Wendake, Mescalero, St. John's, Twillingate, Ferryland, Saba international and as dialled on the island,
Providenciales, Turks and Caicos mobiles, Bequia, Kingstown, Vincentian mobiles, Zanzibar Town, Zanzibari
mobiles domestic, Chake Chake, Mbala domestic, Nakonde, Maputo, Mozambican mobiles domestic, Zermatt, Saas-Fee
and Brig domestic, Swiss mobiles domestic, Funchal, Portuguese mobiles, Cao Bằng, Lạng Sơn domestic); Visa 16
and 19, Mastercard 2591 and 5237, Amex 3468, Diners 3068, JCB 3552 and Discover 6538 cards, some with
three-per-em spaces (U+2004) or medium mathematical spaces (U+205F) between groups; IBANs of Switzerland (one
in a Swiss QR-bill payload), Portugal, Mozambique, São Tomé, the Vatican, Somalia, Sudan, Russia, the
Netherlands, Norway and Slovakia (every IBAN country from M to Z was used by an earlier set); IPs in ADS-B
receiver, seismometer, moth-trap camera, rocket telemetry, microscope, FRC robot radio (10.TE.AM.2), debate
tab, Nightscout uploader, CPAP modem, F1 game telemetry, campervan router, hostel gateway, sleeper-train wifi,
badminton kiosk, biathlon range, ultra tracking and motorbike tracker chat and in the pastes above, v6 in
2001:620, 2001:690, 2001:388, 2001:8003, 2001:ee0, 2001:56a, 2c09, 2c0b, 2805 and 2001:43f8 ranges; passwords
handed over in ways no earlier set used (asking the bot to count its characters, to make up a story to
remember it, whether it was in a breach, to spell it in the phonetic alphabet for a motorbike intercom, or
what it becomes on a UK keyboard after typing it on a Swiss one; sent as a disappearing message, with '(zeros,
not the letter O)' or '— all one word' after it, on a flashcard's back, as the last item of a ticked
checklist, in a code comment's TODO and in an image description), chemical formulas ('C8H10N4O2-42'), Latin
binomials with a year ('Biston.betularia.1848'), physical constants in scientific notation ('6.626e-34Planck'),
a word typed backwards ('nrohrettaM4478'), a year in Roman numerals ('Lacrosse-MCMXCIX'), a peak with its
height ('Weisshorn4506m'), a night train and its destination ('NJ466>Zürich'), an aircraft registration and
type ('HB-JCA_A220!'), spelling-bee winning words with a year, lifting, F1 radio and table-tennis words, words
in Tibetan script, words joined by en dashes, fr24key, Nightscout API_SECRET, OpenEMR $pass, OpenMRS
connection.password, Galaxy id_secret, OMERO omero.db.pass, CKAN beaker.session.secret and sqlalchemy.url,
eLabFTW's Defuse 'def00000' SECRET_KEY, the BigBlueButton shared secret, Canvas LMS 'N~' access tokens, Gibbon
$databasePassword, FitTrackee APP_SECRET_KEY, wger DJANGO_DB_PASSWORD, AdventureLog DJANGO_ADMIN_PASSWORD,
Dawarich DATABASE_PASSWORD, Overleaf olp_ git tokens, NCBI and Materials Project API keys, Copernicus .cdsapirc
'uid:uuid' keys, The Things Network NNSXS. keys, Adafruit IO aio_ keys, ThingSpeak write keys, Weather
Underground station PASSWORD= in an upload URL, RapidAPI 'msh…jsn' keys, football-data.org X-Auth-Token,
Strava client secrets, Duffel duffel_live_, TfL app_key, Akamai .edgerc akab- tokens, CLOJARS_ deploy tokens,
Stytch secret-live-, Flagsmith ser., Unleash '*:production.', Statsig secret-, Brave Search BSA, ImageKit
private_, NASA and Zotero keys, left-luggage locker, sleeper cabin, campervan key safe, badminton hall key
safe, -80 freezer, robotics cupboard, prescription locker, mountain-hut winter room, bike disc lock and
dialysis unit codes, and cues in Tibetan ('sangtsik'), Zanzibari Swahili ('nywila'), Toki Pona ('nimi len')
and Newfoundland English ("b'y"); usernames in Peakbagger, Hikr, JetPhotos, Polarsteps, park4night, ADVrider,
TheFossilForum, iRecord, the Rocketry Forum, AoPS, Codeforces, Tabroom, Hevy, mySugr, BigFooty,
OpenPowerlifting and RailUK, university and HPC logins ('kz4821', 's2034817', 'koomev07'), squeue -u, kinit,
OpenMRS and JSON login fields, shapes like 'x.4000er', 'y_on_the_hornli', 'x.spots.heavies', 'y_at_the_fence',
'sleeper.x', 'x.in.the.van', 'y_twisties', 'ammonite_y', 'mvlamp.x', 'y_l2cert', 'poi_y', 'x.spells.it',
't1d.x', 'x_pulls_250', 'y.smashes', 'x_topspin', 'y.cradles', 'boxbox.x', 'x_100mi' and 'y.teeps'; dates of
birth in transliterated Ukrainian (genitive months, 'ya narodyvsia ... roku') and Macedonian ('roden sum
na'), as a Julian Day and a Modified Julian Date, a DICOM PatientBirthDate (DA) element, an X12 DMG*D8
segment, SAS and Stata date literals ('14MAR1987'd, td(14mar1987)), SPSS DATE.DMY, MATLAB datetime, Julia
Date, NumPy datetime64 and Dart DateTime; typos as two neighbouring words swapped ('at the' -> 'the at') or
dictated punctuation written out as a word (' comma ', ' question mark'); negatives with the same regions'
places, badminton, table-tennis, lacrosse, footy, F1, lifting, biathlon, ultra, Muay Thai, climbing,
night-train, spotting, motorbike, van, hostel, HGV, flying, fossil, moth, rocketry, microscopy, seismology,
lab, debate, spelling, Model UN, robotics, thesis, diabetes, CPAP, hearing, vaccine, orthodontic and dialysis
talk, the family names that are words as words (football, chocolate, every, been, sardinha), the phrase names
as words (memory, blessings, knowledge, talent), the Si- prefix, Bi and Mzee, Văn and Thị and the Swiss place
of origin explained, fr24feed, Nightscout, OpenEMR, OpenMRS, Galaxy, OMERO, CKAN, eLabFTW, BigBlueButton,
Canvas and FitTrackee boilerplate, versions, order numbers, commit hashes, aircraft registrations, train and
flight numbers, DOIs, dates that are not birthdays, placeholder secrets, NASA's DEMO_KEY, a test card, the
Swiss example IBAN, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers, a masked password,
and short everyday chat).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

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

HELDOUT30_SEED = 307241
# no faker name locale, as in held-out 16 to 28: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT30: list[str] = []
NAMES_HELDOUT30: dict[str, tuple[list[str], list[str]]] = {
    # Wik (Aurukun, western Cape York, Queensland)
    "wik": ("Dereck Gladys Keri Vera Jacob Dorothy Reginald Phyllis Isaac Edna Clive Lorna".split(),
            "Koomeeta Pootchemunka Yunkaporta Woolla Kalkeeyorta Wolmby Ngakyunkwokka Peinkinna Marpoondin Korkatain Kerindun Bowenda Chevathun Toikalkin".split()),
    # Yawuru and the old pearling families of Broome (Aboriginal, Filipino, Malay and Japanese descent)
    "yawuru": ("Mick Patrick Neil Cissy Bernadette Teresa Francis Dianne Darcy Josephine".split(),
               ["Dodson", "Roe", "Djiagween", "Puertollano", "Sibosado", "Hunter", "Edgar", "Bin Sali", "Matsumoto",
                "Cox", "Gregory"]),
    # Tłı̨chǫ (Behchokǫ̀, Whatì, Gamètì and Wekweètì, Northwest Territories): some family names are everyday words
    "tlicho": ("Alphonse Georgina Jimmy Therese Archie Rosa Johnny Madeline Phillip Elizabeth Violet Eddie".split(),
               "Zoe Football Rabesca Mantla Wetrade Beaverho Lafferty Nitsiza Chocolate Quitte Eronchi Arrowmaker Moosenose Washie Blackduck Wedawin Tlokka".split()),
    # Huron-Wendat (Wendake, Quebec City)
    "wendat": ("Konrad Max Georges Jocelyne Line Mario Régent Ghislain Louis-Philippe Manon Sylvie Rémi".split(),
               "Sioui Gros-Louis Picard Bastien Vincent Savard Lainé Romain Duchesneau".split()),
    # Mescalero Apache (Mescalero, New Mexico)
    "mescalero": ("Virgil Berle Eleanor Duane Gabriel Rowena Mark Thora Lorene Arlen".split(),
                  "Kaydahzinne Enjady Magoosh Chino Kazhe Shanta Geronimo Klinekole Peso Botella".split()),
    # Newfoundland outports and St. John's
    "newfoundland": ("Lloyd Gerald Darlene Bride Kevin Gordon Maxine Ches Cyril Loretta Ambrose Glenys".split(),
                     "Noseworthy Snook Fudge Hiscock Pardy Tibbo Crummey Mouland Drover Spurrell Vokey Gosse Budden Osmond Furey Dunphy".split()),
    # Saba (Caribbean Netherlands)
    "saban": ("Bruce Hyacinth Wilfred Rolando Glenda Vernon Maureen Carl Elmer Ursula".split(),
              "Hassell Zagers Johnson Heyliger Every Simmons Levenstone Peterson Woods Granger Linzey".split()),
    # Turks and Caicos Belongers (Grand Turk, the Caicos islands)
    "tci": ("Washington Norman Clayton Hilly Derek Sharlene Delton Lillian Oswald Rufus".split(),
            "Misick Ewing Astwood Lightbourne Handfield Basden Been Gardiner Forbes Musgrove Talbot Swann Clare Higgs".split()),
    # Vincentian and Bequian (St Vincent and the Grenadines)
    "vincentian": ("Ralph Camillo Arnhim Saboto Kezron Luzette Athneil Orande Montgomery Nioka".split(),
                   "Gonsalves Ollivierre Eustace Caesar Cato Joachim DaSilva Quashie Browne Cyrus Hazell".split()),
    # Zanzibari (Unguja and Pemba)
    "zanzibari": ("Othman Mwanaisha Rukia Zuhura Salim Ismail Fatma Abeid Machano Amani Samia Hussein Khadija".split(),
                  "Karume Jussa Shamte Muhsin Barwani Mazrui Lamki Riyami Shein Seif Hamad".split()),
    # Namwanga and Mambwe (Nakonde, Isoka and Mbala, northern Zambia): family names on the Si- prefix
    "namwanga": ("Mwiche Nakamba Chisha Mwansa Mulenga Bupe Chileshe Mwila Emmanuel Natasha".split(),
                 "Sikazwe Simwinga Sichinga Silungwe Simukonda Sinyangwe Simbeye Sikaonga Sinkala Sichilongo Sichone".split()),
    # Ronga (Maputo and the south of Mozambique): Portuguese given names
    "ronga": ("Graça Armando Filipe Ermelinda Celso Alcinda Benedito Luísa Albino Esperança Hélder".split(),
              "Matsinhe Nhantumbo Cossa Mabunda Tembe Massingue Macuácua Mahumane Chambal Zandamela Manhiça Langa".split()),
    # Upper Valais German (Oberwallis: Zermatt, the Saas valley, Brig and Visp)
    "valais": ("Pirmin Ambros Beat Ruedi Urs Elmar Marlies Theres Reinhard Klaus Fabienne Silvan Corinne".split(),
               "Zurbriggen Andenmatten Anthamatten Kalbermatten Imboden Imseng Supersaxo Zumtaugwald Zenhäusern Zenklusen Burgener Biner Perren Julen Taugwalder Amherd".split()),
    # Madeiran (Funchal and the island's parishes)
    "madeiran": ("Duarte Gonçalo Filipa Tiago Marta Dionísio Conceição Rúben Fátima Élvio".split(),
                 "Gouveia Nóbrega Jardim Câmara Ornelas Drumond Spínola Freitas Abreu Aguiar Vasconcelos Caires Sardinha".split()),
    # Tày (Cao Bằng and Lạng Sơn, northern Vietnam): the family name comes first; 'Văn' or another middle name for
    # men, 'Thị' for women, then the given name
    "tay": (["Văn Dền", "Quốc Tuấn", "Đức Mạnh", "Văn Pao", "Văn Thụ", "Thị Xuân", "Thị Hoa", "Thị Lụa", "Thị Mai",
             "Thị Thơm", "Văn Slao"],
            "Nông Bế Hoàng Lục Ma Lương Đàm Triệu Lâm Hà".split()),
}  # fmt: skip
FEMALE_GIVEN_HELDOUT30 = set(
    """Gladys Keri Vera Dorothy Phyllis Edna Lorna Cissy Bernadette Teresa Dianne Josephine Georgina Therese Rosa
    Madeline Elizabeth Violet Jocelyne Line Manon Sylvie Eleanor Rowena Thora Lorene Darlene Bride Maxine Loretta
    Glenys Hyacinth Glenda Maureen Ursula Sharlene Lillian Luzette Nioka Mwanaisha Rukia Zuhura Fatma Amani Samia
    Khadija Mwiche Nakamba Bupe Chileshe Natasha Graça Ermelinda Alcinda Luísa Esperança Marlies Theres Fabienne
    Corinne Filipa Marta Conceição Fátima Loveness Memory Blessings""".split()
)
# the English phrase names of Zambia and Zimbabwe, which read like words ('Memory', 'Knowledge', 'Lovemore')
PHRASE_GIVEN_HELDOUT30 = ["Lovemore", "Trymore", "Learnmore", "Givemore", "Loveness", "Memory", "Blessings",
                          "Knowledge", "Talent", "Clever", "Innocent", "Given"]  # fmt: skip
# invented given names of a made-up root and ending, and surnames of a made-up root and a Portuguese-looking
# ending (-eira/-inho/-elho/-ães/-ança): ways no earlier set used ('Quelvina Torsinho')
INVENTED_GIVEN_ROOTS_HELDOUT30 = ["Quel", "Dorv", "Aml", "Tess", "Ruv", "Osk", "Faln", "Wim"]
INVENTED_GIVEN_ENDS_HELDOUT30 = ["vina", "ando", "elis", "oric", "ayla", "ut"]
INVENTED_SURNAME_ROOTS_HELDOUT30 = ["Tors", "Valm", "Quar", "Belv", "Murz", "Carv", "Sest", "Lob"]
INVENTED_SURNAME_ENDS_HELDOUT30 = ["eira", "inho", "elho", "ães", "ança"]
# the code results lists print after an athlete's name, by origin
IOC_HELDOUT30 = {
    "wik": "AUS", "yawuru": "AUS", "tlicho": "CAN", "wendat": "CAN", "newfoundland": "CAN", "mescalero": "USA",
    "saban": "NED", "tci": "TKS", "vincentian": "VIN", "zanzibari": "TAN", "namwanga": "ZAM", "ronga": "MOZ",
    "valais": "SUI", "madeiran": "POR", "tay": "VIE",
}  # fmt: skip
# places of origin (Heimatorte) a Swiss civil register gives after the name
HEIMATORT_HELDOUT30 = ["Saas-Almagell", "Saas-Grund", "Zermatt", "Visp", "Naters", "Täsch", "Randa", "Glis",
                       "Saas-Balen", "Ried-Brig"]  # fmt: skip
SABA_VILLAGES_HELDOUT30 = ["The Bottom", "St. Johns", "Hell's Gate", "Zion's Hill"]
LAB_ROLES_HELDOUT30 = ["PI", "postdoc", "PhD student", "lab manager", "co-I", "technician"]
IBAN_SHAPES_HELDOUT30 = {
    "CH": "5n12c", "PT": "21n", "MZ": "21n", "ST": "21n", "VA": "18n", "SO": "19n", "SD": "14n", "RU": "14n15c",
    "NL": "4a10n", "NO": "11n", "SK": "20n",
}  # fmt: skip
# everyday subjects of this set: sport (badminton, table tennis, lacrosse, footy and F1 fandom, powerlifting,
# biathlon, ultras, Muay Thai, mountaineering), travel and transport (night trains, plane spotting, motorbikes,
# vans, hostels, HGV licences, flying lessons), science (fossils, moths, rocketry, microscopy, seismometers, lab
# work), education (debate, spelling bees, Model UN, robotics, theses) and health (diabetes, CPAP, hearing aids,
# travel clinics, orthodontists, dialysis)
HOBBIES_HELDOUT30 = ["smash", "topspin", "lax", "footy", "boxbox", "lifts", "biathlon", "ultra", "teep", "4000er",
                     "sleeper", "spotter", "twisties", "vanlife", "fossils", "moths", "apogee", "t1d"]  # fmt: skip
FORMULAS_HELDOUT30 = ["C8H10N4O2", "NaHCO3", "C6H12O6", "H2SO4", "CaCO3", "KMnO4", "C2H5OH", "Fe2O3"]
BINOMIALS_HELDOUT30 = ["Biston.betularia", "Dactylioceras.commune", "Hildoceras.bifrons", "Noctua.pronuba",
                       "Autographa.gamma", "Laothoe.populi", "Arctia.caja"]  # fmt: skip
CONSTANTS_HELDOUT30 = [("6.022e23", "Avogadro"), ("6.626e-34", "Planck"), ("1.602e-19", "Coulomb"),
                       ("2.998e8", "Lightspeed"), ("9.109e-31", "Electron")]  # fmt: skip
PEAKS_HELDOUT30 = [("Matterhorn", 4478), ("Dom", 4545), ("Weisshorn", 4506), ("Allalinhorn", 4027),
                   ("Weissmies", 4017), ("Lagginhorn", 4010), ("Strahlhorn", 4190)]  # fmt: skip
SPELLING_WORDS_HELDOUT30 = [("Cymotrichous", 2014), ("Knaidel", 2013), ("Guetapens", 2012), ("Stromuhr", 2014),
                            ("Feuilleton", 2014), ("Scherenschnitte", 2015)]  # fmt: skip
TIBETAN_WORDS_HELDOUT30 = ["བཀྲ་ཤིས", "བདེ་ལེགས", "ལྷ་ས", "རི་བོ"]
UK_MONTHS_HELDOUT30 = ("sichnia liutoho bereznia kvitnia travnia chervnia lypnia serpnia veresnia zhovtnia "
                       "lystopada hrudnia").split()  # fmt: skip
MK_MONTHS_HELDOUT30 = (
    "januari fevruari mart april maj juni juli avgust septemvri oktomvri noemvri dekemvri".split()
)
MON_HELDOUT30 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
# slips outside the slots: two neighbouring words swapped ('at the' -> 'the at') or dictated punctuation
# written out as a word (', ' -> ' comma ', '?' -> ' question mark')
WORD_PAIR_HELDOUT30 = re.compile(r"(?<![\w{}'’`])([a-z]{2,}) ([a-z]{2,})(?![\w{}'’`])")
DICTATED_HELDOUT30 = [(", ", " comma "), ("?", " question mark"), ("!", " exclamation mark")]


def _ascii30(name: str) -> str:
    """A name as it appears in an e-mail or a handle: `_ascii_name`, with 'đ' as 'd' and nothing else
    non-ASCII."""
    return "".join(c for c in _ascii_name(name).replace("đ", "d") if c.isascii() and c.isalnum())


def _roman30(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


class Gen30(Gen3):
    """Generators for held-out set 30: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None) -> tuple[str, str, str]:
        """(origin, given name, family name): NAMES_HELDOUT30, invented ('Quelvina Torsinho') or a phrase name
        as the given name ('Lovemore'); `origin` forces one of NAMES_HELDOUT30."""
        rng = self.rng
        if origin is None:
            r = rng.random()
            if r < 0.09:
                given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT30) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT30)
                family = rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT30) + rng.choice(
                    INVENTED_SURNAME_ENDS_HELDOUT30
                )
                return "invented", given, family
            if r < 0.17:  # a Zambian or Zimbabwean phrase name, with a northern Zambian family name
                return (
                    "namwanga",
                    rng.choice(PHRASE_GIVEN_HELDOUT30),
                    rng.choice(NAMES_HELDOUT30["namwanga"][1]),
                )
            origin = rng.choice(sorted(NAMES_HELDOUT30))
        firsts, lasts = NAMES_HELDOUT30[origin]
        return origin, rng.choice(firsts), rng.choice(lasts)

    def first_last(self) -> tuple[str, str]:
        _, first, last = self._origin_name()
        if " " in first:  # a Tày middle and given name: the given name is the last word
            first = first.split()[-1]
        return first, last

    @staticmethod
    def _full(origin: str, given: str, family: str) -> str:
        return f"{family} {given}" if origin == "tay" else f"{given} {family}"

    def _school_year(self, origin: str) -> str:
        rng = self.rng
        return {
            "wik": f"Year {rng.randint(7, 12)}", "yawuru": f"Year {rng.randint(7, 12)}",
            "tlicho": f"Grade {rng.randint(7, 12)}", "newfoundland": f"Grade {rng.randint(7, 12)}",
            "mescalero": f"Grade {rng.randint(7, 12)}", "wendat": f"secondaire {rng.randint(1, 5)}",
            "saban": f"Form {rng.randint(1, 5)}", "tci": f"Form {rng.randint(1, 5)}",
            "vincentian": f"Form {rng.randint(1, 5)}", "zanzibari": f"Form {rng.randint(1, 6)}",
            "namwanga": f"Grade {rng.randint(8, 12)}", "ronga": f"{rng.randint(8, 12)}.ª classe",
            "madeiran": f"{rng.randint(7, 12)}.º ano", "valais": f"OS {rng.randint(1, 3)}",
            "tay": f"lớp {rng.randint(6, 12)}{rng.choice('ABC')}",
        }.get(origin, f"Year {rng.randint(7, 12)}")  # fmt: skip

    def person(self, form: str | None = None) -> str | tuple[str, str, str]:
        """A name; with a `form`, (text before, name, text after) where only the name is the gold span:
        'ioc' ('X (SUI)'), 'official' ('Zurbriggen Pirmin, von Saas-Almagell'), 'kin' ('chị Xuân'),
        'honorific' ('Bi Mwanaisha'), 'school' ('X (Year 9)') or 'role' ('X (PI)')."""
        rng = self.rng
        forced = {"official": "valais", "kin": "tay", "honorific": "zanzibari"}.get(form or "")
        origin, given, family = self._origin_name(forced)
        before, after = "", ""
        if form == "official":  # Swiss civil register: family name, given name, then the place of origin
            name = f"{family} {given}"
            after = f", von {rng.choice(HEIMATORT_HELDOUT30)}"
        elif form == "kin":  # a Vietnamese kinship pronoun before the given name or the whole name
            female = given.startswith("Thị")
            before = rng.choice(["chị ", "cô "] if female else ["anh ", "chú ", "bác "])
            name = given.split()[-1] if rng.random() < 0.6 else f"{family} {given}"
        elif form == "honorific":  # Zanzibari 'Bi' for a woman, 'Mzee' or 'Maalim' for a man
            before = "Bi " if given in FEMALE_GIVEN_HELDOUT30 else rng.choice(["Mzee ", "Maalim "])
            name = given if rng.random() < 0.5 else f"{given} {family}"
        else:
            r = rng.random()
            if r < 0.58 or form is not None:
                name = self._full(origin, given, family)
            elif r < 0.76:
                name = given.split()[-1] if origin == "tay" else given
            elif r < 0.88:
                name = family
            elif origin in (
                "ronga",
                "madeiran",
            ):  # two family names, as Portuguese-speaking records keep them
                others = [x for x in NAMES_HELDOUT30[origin][1] if x != family]
                name = f"{given} {rng.choice(others)} {family}"
            else:
                name = self._full(origin, given, family)
            if form == "ioc":
                after = f" ({IOC_HELDOUT30.get(origin, rng.choice(sorted(set(IOC_HELDOUT30.values()))))})"
            elif form == "school":
                after = f" ({self._school_year(origin)})"
            elif form == "role":
                after = f" ({rng.choice(LAB_ROLES_HELDOUT30)})"
        c = rng.random()
        if c < 0.06:
            name = name.lower()
        elif c < 0.08:
            name = name.upper()
        return (before, name, after) if form else name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"Lot {n}, {pick(['Kang Kang Road', 'Kaa-Kaa Road', 'Peret Road'])}, Aurukun QLD 4892",
            f"{n} {pick(['Dampier Terrace', 'Guy Street', 'Herbert Street', 'Frederick Street'])}, Broome WA 6725",
            f"{n} Cable Beach Road East, Cable Beach WA 6726",
            f"Box {n}, Behchokǫ̀ NT X0E 0Y0",
            f"Box {n}, Whatì NT X0E 1P0",
            f"General Delivery, house {n}, Gamètì NT X0E 1R0",
            f"{n} boulevard Bastien, Wendake QC G0A 4V0",
            f"{n} rue Chef-Ovide-Sioui, Wendake, Québec G0A 4V0",
            f"{n} Carrizo Canyon Rd, Mescalero, NM 88340",
            f"P.O. Box {n}, Mescalero NM 88340",
            f"{n} {pick(['Water Street', 'Duckworth Street', 'Gower Street', 'Military Road'])}, St. John's, NL A1C {rng.randint(1, 6)}{pick('ABGHJ')}{rng.randint(1, 9)}",
            f"{n} Main Road, Ferryland NL A0A 2H0",
            f"Box {n}, {pick(['Durrell', 'Back Harbour', 'Crow Head'])}, Twillingate, NL A0G 4M0",
            f"{pick(['Booby Hill', 'Troy', 'Rendezvous Road'])} {n}, Windwardside, Saba",
            f"{pick(SABA_VILLAGES_HELDOUT30)}, Saba, Caribbean Netherlands",
            f"{n} Leeward Highway, {pick(['Grace Bay', 'Long Bay', 'The Bight'])}, Providenciales TKCA 1ZZ",
            f"{n} Front Street, Cockburn Town, Grand Turk TKCA 1ZZ, Turks and Caicos Islands",
            f"{pick(['Back Street', 'Bay Street', 'Middle Street'])}, Kingstown VC0100, St Vincent",
            f"{pick(['Belmont', 'Lower Bay', 'Friendship', 'Paget Farm'])}, Bequia VC0400",
            f"Shehia ya {pick(['Mlandege', 'Kikwajuni', 'Malindi', 'Shangani'])}, nyumba Na. {n}, Wilaya ya Mjini, Unguja",
            f"House {n}, {pick(['Kiponda', 'Hurumzi', 'Baghani'])}, Stone Town, Zanzibar",
            f"{pick(['Madungu', 'Wawi', 'Machomane'])}, Chake Chake, Pemba",
            f"House {n}, {pick(['Mpulungu Road', 'Tanganyika Road', 'Kawimbe Road'])}, Mbala, Northern Province, Zambia",
            f"Plot {n}, Great North Road, Nakonde, Muchinga Province",
            f"Av. {pick(['Julius Nyerere', '24 de Julho', 'Eduardo Mondlane', 'Vladimir Lenine'])} n.º {n}, {rng.randint(1, 12)}.º andar, Maputo",
            f"Rua da {pick(['Resistência', 'Argélia', 'Mesquita'])} {n}, Bairro {pick(['da Malhangalene', 'do Alto Maé', 'da Polana Caniço'])}, Maputo",
            f"{pick(['Bahnhofstrasse', 'Hofmattstrasse', 'Schluhmattstrasse', 'Getwingstrasse'])} {n}, 3920 Zermatt",
            f"Haus {pick(['Alpenrose', 'Bergkristall', 'Allalin'])}, Dorfstrasse {n}, 3905 Saas-Almagell",
            f"{pick(['Furkastrasse', 'Sebastiansplatz', 'Alte Simplonstrasse'])} {n}, 3900 Brig",
            f"Rua da {pick(['Carreira', 'Alfândega', 'Mouraria'])} {n}, 9000-0{rng.randint(10, 99)} Funchal",
            f"Caminho do {pick(['Monte', 'Palheiro', 'Pilar'])} {n}, 9050-{rng.randint(100, 499)} Funchal",
            f"Sítio {pick(['do Lombo', 'da Igreja', 'das Queimadas', 'do Pico'])}, {pick(['9230-116 Santana', '9270-095 Porto Moniz', '9240-220 São Vicente'])}, Madeira",
            f"Số {n}, phố {pick(['Vườn Cam', 'Kim Đồng', 'Hoàng Như'])}, phường {pick(['Hợp Giang', 'Sông Bằng', 'Tân Giang'])}, TP. Cao Bằng",
            f"thôn {pick(['Nà Giàng', 'Bản Khuông', 'Nà Mò'])}, xã {pick(['Phù Ngọc', 'Hoàng Văn Thụ', 'Tân Đoàn'])}, huyện {pick(['Hà Quảng', 'Văn Lãng', 'Tràng Định'])}, {pick(['Cao Bằng', 'Lạng Sơn'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii30(x) for x in self.first_last())
        hobby = rng.choice(HOBBIES_HELDOUT30)
        user = rng.choice([f"{first}.{hobby}", f"{last}{first[:1]}", f"{first}_{last[:4]}{rng.randint(1, 99)}",
                           f"{first}.{last}+{hobby}", f"{hobby}.{last}", f"{last}.{first}{rng.randint(60, 99)}",
                           f"{first[:1]}{last}", f"{first}{rng.randint(1950, 2010)}"])  # fmt: skip
        domain = rng.choice(["westnet.com.au", "jcu.edu.au", "northwestel.net", "videotron.ca", "mun.ca",
                             "nl.rogers.com", "tciway.tc", "vincysurf.com", "zanlink.com", "suza.ac.tz", "unza.zm",
                             "tvcabo.co.mz", "uem.mz", "bluewin.ch", "gmx.ch", "sapo.pt", "uma.pt", "vnn.vn",
                             "gmail.com", "outlook.com", "proton.me"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(07) 4060 6{d(3)}",  # Aurukun
            f"+61 8 9192 {d(4)}",  # Broome
            f"(08) 9193 {d(4)}",  # Broome, domestic
            f"(867) 392-{d(4)}",  # Behchokǫ̀
            f"+1 867 573 {d(4)}",  # Whatì
            f"418-843-{d(4)}",  # Wendake
            f"(418) 847-{d(4)}",  # Wendake
            f"(575) 464-{d(4)}",  # Mescalero
            f"(709) 722-{d(4)}",  # St. John's
            f"709-884-{d(4)}",  # Twillingate
            f"+1 709 432 {d(4)}",  # Ferryland
            f"+599 416 {d(4)}",  # Saba
            f"416-{d(4)}",  # Saba, as dialled on the island
            f"+1 649 946 {d(4)}",  # Providenciales
            f"+1 649 231 {d(4)}",  # Turks and Caicos mobile
            f"(784) 458-{d(4)}",  # Bequia
            f"+1 784 45{rng.choice('67')} {d(4)}",  # Kingstown
            f"+1 784 493 {d(4)}",  # Vincentian mobile
            f"+255 24 223 {d(4)}",  # Zanzibar Town
            f"0777 {d(3)} {d(3)}",  # Zanzibari mobile, domestic
            f"+255 24 245 {d(4)}",  # Chake Chake, Pemba
            f"0214 45{d(1)} {d(3)}",  # Mbala, domestic
            f"+260 214 47{d(1)} {d(3)}",  # Nakonde
            f"+258 21 {d(2)} {d(2)} {d(2)}",  # Maputo
            f"84 {d(3)} {d(4)}",  # Mozambican mobile, domestic
            f"+41 27 967 {d(2)} {d(2)}",  # Zermatt
            f"027 957 {d(2)} {d(2)}",  # Saas-Fee, domestic
            f"027 923 {d(2)} {d(2)}",  # Brig, domestic
            f"079 {d(3)} {d(2)} {d(2)}",  # Swiss mobile, domestic
            f"+351 291 {d(3)} {d(3)}",  # Funchal
            f"+351 96{d(1)} {d(3)} {d(3)}",  # Portuguese mobile
            f"+84 206 3{d(2)} {d(4)}",  # Cao Bằng
            f"0205 3{d(2)} {d(4)}",  # Lạng Sơn, domestic
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 19), ("2591", 16), ("5237", 16), ("3468", 15), ("3068", 14),
                                     ("3552", 16), ("6538", 16), ("4", 16), ("5237", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # three-per-em spaces (U+2004), as some typeset statements lay groups out
            return "\u2004".join(groups)
        if r < 0.7:  # medium mathematical spaces (U+205F), as some PDF exports give them
            return "\u205f".join(groups)
        return num

    def iban(self, form: str | None = None) -> str:
        """An IBAN in fours or run together; `form` 'qr': a Swiss one run together, as a QR-bill carries it."""
        rng = self.rng
        country = "CH" if form == "qr" else rng.choice(sorted(IBAN_SHAPES_HELDOUT30))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT30[country])
        if form == "qr":
            return iban
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): ADS-B, seismometer, moth-trap, rocket, microscope, FRC robot, debate-tab,
        Nightscout, CPAP, F1-telemetry, van, hostel, sleeper-train, badminton, biathlon, ultra and motorbike
        chat; fr24feed, OpenEMR, OpenMRS, Galaxy, OMERO, CKAN, eLabFTW, BigBlueButton, Gibbon, FitTrackee, wger,
        AdventureLog, Dawarich, Nightscout, Canvas and Slurm pastes, v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                         f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:620:{h()}:{h()}::{h()}", f"2001:690:{h()}::{h()}", f"2001:388:{h()}:{h()}::{h()}",
                         f"2001:8003:{h()}:{h()}::{h()}", f"2001:ee0:{h()}:{h()}::{h()}", f"2001:56a:{h()}::{h()}",
                         f"2c09:{h()}:{h()}::{h()}", f"2c0b:{h()}:{h()}::{h()}:{h()}", f"2805:{h()}:{h()}::{h()}",
                         f"2001:43f8:{h()}::{h()}"])  # fmt: skip
        team = rng.randint(1, 9999)
        frc = f"10.{team // 100}.{team % 100}.2"  # an FRC robot radio: 10.TE.AM.2 from the team number
        options = [
            ("the ads-b receiver on the roof feeds from {}, point dump1090 at it", v4),
            ("my raspberry shake seismometer is on {} if you want the live trace", rng.choice([v4, v6])),
            ("the moth trap camera uploads from {} every ten minutes", v4),
            ("rocket telemetry ground station was {} on the field wifi", v4),
            ("the confocal microscope pc is {}, book a slot before you log in", v4),
            ("our robot's radio is {} this season, don't change it", frc),
            ("the debate tab server is on {}, judges submit ballots there", v4),
            ("my nightscout uploader phones home from {}", rng.choice([v4, v6])),
            ("the cpap modem keeps sending data to {}, is that normal?", v4),
            ("f1 game telemetry goes to {} on port 20777 for the sim rig", v4),
            ("the van's 4g router is {}, log in and restart it pls", v4),
            ("hostel wifi gateway is {} and the login page never loads", v4),
            ("the sleeper train wifi gave me {} and then died at the border", v4),
            ("the badminton hall's court booking kiosk is on {}", v4),
            ("biathlon range target system sits on {}", v4),
            ("the ultra's live tracking server got hammered from {} lol", rng.choice([v4, v6])),
            ("my motorbike tracker last reported from {}", rng.choice([v4, v6])),
            ("receiver=\"beast-tcp\"\nhost=\"{}:30005\"", v4),
            ("$host\t= '{}';", v4),
            ("connection.url=jdbc:mysql://{}:3306/openmrs?autoReconnect=true", v4),
            ("galaxy:\n  database_connection: postgresql://galaxy@{}/galaxy", v4),
            ("$ omero config set omero.db.host {}", v4),
            ("sqlalchemy.url = postgresql://ckan_default@{}/ckan_default", v4),
            ("# elabftw .env\nDB_HOST={}", v4),
            ("$ sudo bbb-conf --setip {}", v4),
            ("$databaseServer = '{}';", v4),
            ("DATABASE_URL=postgresql://fittrackee@{}:5432/fittrackee", v4),
            ("DJANGO_DB_HOST={}", rng.choice([v4, v6])),
            ("PUBLIC_SERVER_URL=http://{}:8000", v4),
            ("REDIS_URL=redis://{}:6379/0", v4),
            ("MONGODB_URI=mongodb://{}:27017/nightscout", v4),
            ("[canvas] login from {} (user agent: CanvasStudent/7.9)", v6),
            ("$ ssh -J gateway {} squeue --me", rng.choice([v4, v6])),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        pick = rng.choice
        peak, height = pick(PEAKS_HELDOUT30)
        constant, name = pick(CONSTANTS_HELDOUT30)
        spelled, won = pick(SPELLING_WORDS_HELDOUT30)
        return pick(
            [
                f"{pick(FORMULAS_HELDOUT30)}{pick('-+#')}{rng.randint(10, 99)}",
                f"{pick(BINOMIALS_HELDOUT30)}.{rng.randint(1840, 2024)}",
                f"{constant}{name}{pick(['!', '', '#'])}",
                f"{pick(['Matterhorn', 'Nightjet', 'lacrosse', 'couchette', 'ammonite', 'apogee', 'biathlon'])[::-1]}{rng.randint(10, 9999)}",
                f"{pick(['Lacrosse', 'Topspin', 'Apogee', 'Ammonite', 'Couchette'])}-{_roman30(rng.randint(1960, 2024))}",
                f"{peak}{height}m{pick(['!', '', '#'])}",
                f"{pick(['NJ466', 'EN40471', 'NJ40421', 'ICN1519', 'EC34'])}>{pick(['Zürich', 'Wien', 'Brig', 'Milano', 'Hamburg'])}",
                f"{pick(['HB-JCA', 'VH-OQA', 'C-FTJP', 'CS-TUB', 'HB-IJF'])}_{pick(['A220', 'A380', 'B787', 'A321'])}{pick('!#')}",
                f"{spelled}{won}",
                f"{pick(['Deadlift', 'Squat', 'Bench'])}{rng.randint(120, 320)}kg{pick(['!', '', '*'])}",
                f"BoxBox{pick(['44', '16', '1', '81', '4', '14'])}{pick('!?#')}",
                f"Topspin-Chop-{rng.randint(11, 21)}",
                f"{pick(TIBETAN_WORDS_HELDOUT30)}{rng.randint(10, 99)}{pick('!#*')}",
                f"{w().capitalize()}–{w().capitalize()}–{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "()[]"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        upper = string.ascii_uppercase + string.digits
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        options = [
            # passwords handed over in ways no earlier set used: asking the bot to count, remember, check, spell
            # or convert one; a disappearing message; a note on the characters after it; a flashcard; a ticked
            # checklist; a TODO in code; an image description
            ("can you count the characters in {}? the thesis portal wants at least 12", pw),
            ("make up a silly story so I remember {} for the lab vpn", pw),
            ("has {} been in any data breach? it's my F1 TV login", pw),
            ("spell {} in the phonetic alphabet for me, I have to read it to my mate over the bike intercom", pw),
            ("I typed {} on the swiss keyboard in the mountain hut, what would it be on a UK one", pw),
            ("sending it as a disappearing message: van wifi {}", pw),
            ("the sleeper cabin wifi is {} (zeros, not the letter O)", pw),
            ("{} — all one word, that's the hostel wifi", pw),
            ("trip checklist ✅ passports ✅ rail passes ✅ sleeper wifi {}", pw),
            ("the debate tab laptop is {}, only the tab team gets it", pw),
            ("the ortho's patient portal made me pick {} and now I can't remember why", pw),
            ("my glucose app login is {} in case I'm ever out of it", pw),
            ("the lacrosse team's shared drive is {}", pw),
            ("use {} for the spotters' forum until they fix the reset", pw),
            ("flashcard front: robotics lab wifi / back: {}", pw),
            ("# TODO remove before pushing: lab vpn password {}", pw),
            ("[image: a post-it on the microscope monitor that says {}]", pw),
            # codes
            ("left luggage locker 118 at Brig station, code {}", d(4)),
            ("the sleeper cabin door code is {} if you get back before me", d(4)),
            ("campervan key safe {} then pull down", d(4)),
            ("badminton hall key safe is {}", d(4)),
            ("the -80 freezer padlock is {}, don't tell the other lab", d(3)),
            ("robotics cupboard {} then the hash key", d(4)),
            ("my prescription collection locker pin is {}", d(6)),
            ("the winter room at the hut opens with {}", d(4)),
            ("bike disc lock is {}, it's on the back wheel", d(3)),
            ("dialysis unit door code {} after 8pm", d(5)),
            # cues in languages and dialects no earlier set used
            ("wifi-gi sangtsik {} re", pw),
            ("nywila ya wifi ni {}, usimwambie mtu", pw),
            ("nimi len pi ilo linluwi li {}", pw),
            ("the cabin wifi is {}, b'y, don't go tellin' everyone", pw),
            # pastes
            ("fr24key=\"{}\"", tok(16, hexl)),
            ("# nightscout\nAPI_SECRET={}", pw),
            ("$pass\t= '{}';", pw),
            ("connection.password={}", pw),
            ("galaxy:\n  id_secret: {}", tok(32, hexl)),
            ("$ omero config set omero.db.pass '{}'", pw),
            ("beaker.session.secret = {}", tok(25, alnum)),
            ("sqlalchemy.url = postgresql://ckan_default:{}@localhost/ckan_default", pw),
            ("# elabftw .env\nSECRET_KEY={}", "def00000" + tok(128, hexl)),
            ("$ sudo bbb-conf --secret\n    URL: https://bbb.example.edu/bigbluebutton/\n    Secret: {}", tok(40, alnum)),
            ("CANVAS_API_TOKEN={}", f"{rng.randint(1, 29999)}~{tok(64, alnum)}"),
            ("$databasePassword = '{}';", pw),
            ("APP_SECRET_KEY='{}'", tok(64, hexl)),
            ("DJANGO_DB_PASSWORD={}", pw),
            ("DJANGO_ADMIN_PASSWORD={}", pw),
            ("# dawarich\nDATABASE_PASSWORD={}", pw),
            ("OVERLEAF_GIT_TOKEN={}", "olp_" + tok(36, alnum)),
            ("NCBI_API_KEY={}", tok(36, hexl)),
            ("MP_API_KEY={}", tok(32, alnum)),
            ("url: https://cds.climate.copernicus.eu/api/v2\nkey: {}", f"{rng.randint(10000, 999999)}:{uid}"),
            ("TTN_API_KEY={}", "NNSXS." + tok(39, upper) + "." + tok(52, upper)),
            ("ADAFRUIT_IO_KEY={}", "aio_" + tok(28, alnum)),
            ("GET https://api.thingspeak.com/update?api_key={}&field1=21.4", tok(16, upper)),
            ("https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=IZERMATT7&PASSWORD={}&action=updateraw", tok(8, alnum)),
            ("X-RapidAPI-Key: {}", f"{tok(10, hexl)}msh{tok(15, hexl)}p1{tok(6, hexl)}jsn{tok(12, hexl)}"),
            ("X-Auth-Token: {}", tok(32, hexl)),
            ("STRAVA_CLIENT_SECRET={}", tok(40, hexl)),
            ("DUFFEL_ACCESS_TOKEN={}", "duffel_live_" + tok(43, alnum + "-_")),
            ("https://api.tfl.gov.uk/Line/victoria/Arrivals?app_key={}", tok(32, hexl)),
            ("[default]\nhost = akab-lmw2k3xq7r5vyzte-a7oybfzuqcs3j2mq.luna.akamaiapis.net\naccess_token = {}",
             "akab-" + tok(16, string.ascii_lowercase + string.digits) + "-" + tok(16, string.ascii_lowercase + string.digits)),
            ("CLOJARS_DEPLOY_TOKEN={}", "CLOJARS_" + tok(60, hexl)),
            ("STYTCH_SECRET={}", "secret-live-" + tok(36, alnum + "-_")),
            ("FLAGSMITH_SERVER_KEY={}", "ser." + tok(22, alnum)),
            ("UNLEASH_API_TOKEN={}", "*:production." + tok(64, hexl)),
            ("STATSIG_SERVER_SECRET={}", "secret-" + tok(43, alnum)),
            ("BRAVE_SEARCH_API_KEY={}", "BSA" + tok(28, alnum + "-_")),
            ("IMAGEKIT_PRIVATE_KEY={}", "private_" + tok(28, alnum + "+/") + "="),
            ("NASA_API_KEY={}", tok(40, alnum)),
            ("ZOTERO_API_KEY={}", tok(24, alnum)),
        ]  # fmt: skip
        template, value = _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])
        if "zeros" in template and "0" not in value:  # the note after it speaks of zeros: give it some
            value = next((p for p in (self.password() for _ in range(40)) if "0" in p), value + "0")
        return template, value

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.4000er', 'y_on_the_hornli', 'x.spots.heavies'), or a
        university or HPC login ('kz4821', 's2034817', 'koomev07')."""
        rng = self.rng
        first, last = (_ascii30(x) for x in self.first_last())
        return rng.choice(
            [
                f"{first}.4000er",
                f"{last}_on_the_hornli",
                f"{first}.spots.heavies",
                f"{last}_at_the_fence",
                f"sleeper.{first}",
                f"{first}.in.the.van",
                f"{last}_twisties",
                f"ammonite_{last}",
                f"mvlamp.{first}",
                f"{last}_l2cert",
                f"poi_{last}",
                f"{first}.spells.it",
                f"t1d.{first}",
                f"{first}_pulls_{rng.randint(180, 300)}",
                f"{last}.smashes",
                f"{first}_topspin",
                f"{last}.cradles",
                f"boxbox.{first}",
                f"{first}_{rng.choice([50, 100, 160])}{rng.choice(['mi', 'k'])}",
                f"{last}.teeps",
                f"{first[:1]}{last[:1]}{rng.randint(1000, 9999)}",
                f"s{rng.randint(1000000, 2999999)}",
                f"{last[:5]}{first[:1]}{rng.randint(1, 99):02d}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month, dt.day, dt.year
        compact = f"{year}{m:02d}{day:02d}"
        return {
            "uk": f"{day} {UK_MONTHS_HELDOUT30[m - 1]} {year}",  # Ukrainian, transliterated, genitive month
            "mk": f"{day} {MK_MONTHS_HELDOUT30[m - 1]} {year}",  # Macedonian, transliterated
            "jd": f"{dt.toordinal() + 1721424}.5",  # the Julian Day at 0h UT
            "mjd": str(dt.toordinal() - 678576),  # the Modified Julian Date
            "dicom": compact,  # a DICOM DA value
            "x12": compact,  # an X12 DMG*D8 date
            "sas": f"{day:02d}{MON_HELDOUT30[m - 1]}{year}",  # a SAS date literal
            "stata": f"{day:02d}{MON_HELDOUT30[m - 1].lower()}{year}",  # inside Stata's td()
            "spss": f"{day},{m},{year}",  # inside SPSS's DATE.DMY()
            "matlab": f"{year},{m},{day}",  # inside MATLAB's datetime()
            "julia": f"{year}, {m}, {day}",  # inside Julia's Date()
            "numpy": dt.isoformat(),  # inside NumPy's datetime64()
            "dart": f"{year}, {m}, {day}",  # inside Dart's DateTime()
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["uk", "mk", "sas"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the biathlon licence form wants my birthday, I put {}", any_shape),
            ("travel clinic needs my date of birth for the yellow fever card, it's {}", any_shape),
            ("the orthodontist's form asks for my dob, mine is {}", any_shape),
            ("the thesis office wants my birth date on the cover sheet?? {}", any_shape),
            ("ya narodyvsia {} roku", s["uk"]),
            ("roden sum na {} godina", s["mk"]),
            ("my astro friend says I was born on JD {}, whatever that means", s["jd"]),
            ("in MJD I was born on {}, told you I'm a nerd", s["mjd"]),
            ("(0010,0030) PatientBirthDate DA [{}]", s["dicom"]),
            ("DMG*D8*{}*F~", s["x12"]),
            ("dob = '{}'d;", s["sas"]),
            ("gen dob = td({})", s["stata"]),
            ("COMPUTE dob = DATE.DMY({}).", s["spss"]),
            ("dob = datetime({});", s["matlab"]),
            ("dob = Date({})", s["julia"]),
            ("dob = np.datetime64('{}')", s["numpy"]),
            ("final dob = DateTime({});", s["dart"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# a template is a string or (string, form) with a form of `Gen30.person` or `Gen30.iban`
HELDOUT30_TEMPLATES: dict[str, list] = {
    "PERSON": [
        "{} won the club badminton final in three games",
        "{} beat me 11-9 in the fifth at table tennis, I'm still annoyed",
        "{} scored four goals in the lacrosse game on sunday",
        "{} is hosting the grand final barbecue, bring a plate",
        "{} stayed up for the whole race from Suzuka, mad",
        "{} pulled 230 kilos at the powerlifting meet!!",
        "{} cleaned all ten targets in the biathlon relay",
        "{} finished the 100 mile ultra in 26 hours",
        "{} taught the muay thai class tonight and my shins hurt",
        "{} guided us up the Hörnli ridge, summit at 7am",
        "{} booked us the couchette on the night train",
        "{} got a photo of the A380 landing on runway 28",
        "{} is riding the whole west coast on the bike this summer",
        "{} parked the van next to ours at the campsite",
        "{} passed the HGV test first time",
        "{} flew solo for the first time today",
        "{} found an ammonite the size of a plate on the beach",
        "{} counted 212 moths in the trap this morning",
        "{} launched the rocket to 1,200 metres and it came back in one piece",
        "{} set up a seismometer in the garage lol",
        "{} won the debate final arguing the opposition",
        "{} submitted the thesis an hour before the deadline",
        "{} drives me to dialysis on tuesdays",
        "{} fitted my hearing aids today, everything is so loud",
        "tell {} the robotics team meets at 4 now",
        "can you remind me to ask {} about the travel vaccines",
        "I owe {} for the train tickets",
        "has anyone seen {} since the away game",
        ("{} won the sprint with no penalties", "ioc"),
        ("{} finished fourth in the pursuit, so close", "ioc"),
        ("did you see {} in the table tennis final??", "ioc"),
        ("Results:\n1. {}\n2. {}\n3. {}", "ioc"),
        ("{} made it to the regional spelling bee!", "school"),
        ("Speakers: {} and {}", "school"),
        ("Lab members: {}, {}, {}", "role"),
        ("the grant lists {} as the lead", "role"),
        ("can you tell {} the physio slot moved to 3", "honorific"),
        ("{} runs the dala-dala to the airport", "honorific"),
        ("{} drove us to the ferry for the Pemba trip", "honorific"),
        ("nhắn {} là mai tập cầu lông nhé", "kin"),
        ("I'm riding with {} to Cao Bằng on the bike", "kin"),
        ("{} dạy mình đánh bóng bàn mỗi tối thứ năm", "kin"),
        ("the badminton doubles this week are me and {}", "kin"),
        ("Bergführer: {}", "official"),
        ("Patient: {}", "official"),
        "Invigilator: {}",
        "Supervisor: {}",
        "Co-driver: {}",
        "Lifter: {}, 83 kg class",
        "Flight instructor: {}",
        "Guide: {}",
        "Bed 12: {}",
        "Spotter on the fence: {}",
        "Corresponding author: {}",
        '"pi_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the lacrosse club's clubhouse is at {}",
        "send the fossil to {} and I'll clean it",
        "the van is parked outside {}",
        "the hostel is {}, second door on the left",
        "my physio moved to {}",
        "the robotics regional is at {} this year",
        "the moth group meets at {}",
        "I'm staying at {} for the race",
        "Pickup point: {}",
        "Clinic address: {}",
        "Exam centre: {}",
        '"venue": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the race photos to {}",
        "the debate club's email is {}",
        "my supervisor is {}",
        "email the moth records to {}",
        "the travel clinic said to write to {}",
        "the spotters' group mails from {}",
        "Corresponding author: {}",
        "ADMIN_EMAIL={}",
        '"coach_email": "{}",',
    ],
    "PHONE_NUMBER": [
        "the mountain guide's number is {}",
        "call the van rental on {}",
        "text the badminton captain on {}",
        "the dialysis unit is {}",
        "ring the hostel on {}",
        "the HGV instructor's mobile is {}",
        "Tel. Bergführerbüro: {}",
        "Ward phone: {}",
        '"guardian_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the sleeper tickets went on {}",
        "I paid the lacrosse tour with {}",
        "the F1 grandstand seats came off {}",
        "I booked the hostel with {}",
        "charge the rocket motors to {}",
        "Card (for the deposit): {}",
        '"pan": "{}",',
    ],
    "IBAN_CODE": [
        "pay the mountain guide into {}",
        "the badminton club's account is {}",
        "send your share of the van to {}",
        "the robotics team fundraiser IBAN is {}",
        ("SPC\n0200\n1\n{}\nS\nBergführerverein Zermatt", "qr"),
        "IBAN do beneficiário: {}",
        '"iban": "{}",',
    ],
    "USERNAME": [
        "my Peakbagger is {}, I've logged 31 four-thousanders",
        "I'm {} on Hikr if you want the route photos",
        "my JetPhotos uploads are under {}",
        "follow the trip on Polarsteps, I'm {}",
        "I left a review of the spot on park4night as {}",
        "ask on ADVrider, I'm {} there",
        "I post my ammonites on TheFossilForum as {}",
        "my iRecord login is {}, the moth records are there",
        "I'm {} on the Rocketry Forum",
        "my AoPS handle is {}, add me for the olympiad",
        "I'm {} on Codeforces, rated 1700 now",
        "Tabroom lists me as {}",
        "my Hevy is {}, follow my lifts",
        "add me on mySugr, I'm {}",
        "I'm {} on BigFooty, don't judge my posts",
        "my OpenPowerlifting page is under {}",
        "I'm {} on the RailUK forums",
        "my uni login is {} if you need to add me to the group",
        "the HPC account is {}, ssh in and check the job",
        "$ squeue -u {}",
        "$ kinit {}@PHYS.EXAMPLE.EDU",
        "connection.username={}",
        '"strava_username": "{}",',
    ],
}
HELDOUT30_MIXED = [
    ("Lifter: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("{} and {} have the couchettes, tickets went to {}", ["PERSON", "PERSON", "EMAIL_ADDRESS"]),
    ("$ ssh {}@{}\npassword: {}", ["USERNAME", "IP_ADDRESS", "SECRET"]),
    ("{} ({}) will pick us up at the station in the van", ["PERSON", "PHONE_NUMBER"]),
    ("{} paid the hostel with {} and I owe half", ["PERSON", "CREDIT_CARD"]),
    ("API_SECRET={}\nMONGODB_URI=mongodb://{}:27017/nightscout", ["SECRET", "IP_ADDRESS"]),
    ("I'm {} on Hevy, send the club fee to {}", ["USERNAME", "IBAN_CODE"]),
    ("our PI {} lives at {}, email {}", ["PERSON", "STREET_ADDRESS", "EMAIL_ADDRESS"]),
    ("{} <{}> joined the debate club list", ["PERSON", "EMAIL_ADDRESS"]),
    ("connection.username={}\nconnection.password={}", ["USERNAME", "SECRET"]),
    ("text {} on {} when the train leaves Brig", ["PERSON", "PHONE_NUMBER"]),
    ("{} on BigFooty, birthday {}", ["USERNAME", "DATE_OF_BIRTH"]),
]  # fmt: skip
HELDOUT30_NEGATIVES = [
    "Aurukun is on the west coast of Cape York",
    "the Staircase to the Moon shows at low tide in Broome",
    "Behchokǫ̀ is the biggest Tłı̨chǫ community",
    "Wendake is a Huron-Wendat community inside Quebec City",
    "Mescalero sits in the Sacramento Mountains",
    "Jellybean Row in St. John's is very photogenic",
    "the road on Saba is simply called The Road",
    "Grace Bay on Providenciales has the clear water",
    "Bequia still has a small whaling quota",
    "Forodhani gardens have the night food market in Stone Town",
    "Nakonde is right on the border with Tunduma",
    "Maputo's railway station has a green dome",
    "Zermatt is car-free, you take the train up from Täsch",
    "Ban Gioc waterfall is in Cao Bằng",
    "Si- in a Namwanga family name means father of",
    "Bi is for women and Mzee for elders in Zanzibar",
    "Văn and Thị are middle names in Vietnamese, Thị for women",
    "the von on a Swiss ID is the place of origin, not nobility",
    "we played football and then had hot chocolate",
    "every seat on the sleeper was taken",
    "have you been to the fossil beach yet",
    "sardinha grelhada is what you eat in Funchal",
    "my phone's memory is full of spotting photos",
    "knowledge is power, revise the krebs cycle",
    "the school talent show is on friday",
    "count your blessings, the ultra is done",
    "badminton: 21-19, 18-21, 21-17",
    "a let is replayed in table tennis",
    "lacrosse sticks have a pocket in the head",
    "final score 12.8 (80) to 9.11 (65)",
    "his fastest lap was 1:31.447 on the hards",
    "total 612.5 kg at 83 kg bodyweight",
    "shooting 0+1+0+2 cost her the podium",
    "the 100 miler has 6,000 m of climbing",
    "a teep is a push kick in muay thai",
    "the Matterhorn is 4,478 m high",
    "Nightjet NJ 466 leaves Zürich HB at 21:40",
    "HB-JCA was the first A220 for Swiss",
    "flight TP 1689 from Lisbon lands in Funchal at 10:05",
    "the Ténéré 700 has a 16 litre tank",
    "our van's grey water tank is 20 litres",
    "dorm bed 8, top bunk, lockers need your own padlock",
    "category C licence covers rigid lorries over 3.5 t",
    "the PPL needs at least 45 hours of flying",
    "Dactylioceras is a common ammonite at Whitby",
    "Biston betularia is the peppered moth",
    "an H128W motor is a high power rocket motor",
    "use the 100x oil objective for bacteria",
    "the seismometer picked up the M4.2 quake",
    "35 cycles at 58 °C for the annealing step",
    "This House would ban homework",
    "stromuhr won the bee in 2014",
    "Resolution 242 was adopted in 1967",
    "FRC kickoff is on 4 January",
    "the thesis deadline is 30 April, no extensions",
    "HbA1c 48 mmol/mol, much better than last time",
    "AHI 3.2 on the cpap last night",
    "hearing aid batteries are size 312",
    "the yellow fever certificate is valid for life now",
    "dialysis takes four hours three times a week",
    "the brace comes off in March, then it's a retainer at night",
    "API_SECRET=<at least 12 characters>",
    "fr24key=\"\"",
    "connection.password=${DB_PASSWORD}",
    "$ omero config set omero.web.public.enabled True",
    "ckan.site_url = http://localhost:5000",
    "# elabftw .env\nSITE_URL=https://elab.example.org",
    "$ sudo bbb-conf --check",
    "CANVAS_API_URL=https://canvas.example.edu/api/v1",
    "$dbase\t= 'openemr';",
    "api_key=DEMO_KEY",
    "password: ●●●●●●●●",
    "card 4242 4242 4242 4242 is a test card",
    "IBAN CH93 0076 2011 6238 5295 7 is the textbook Swiss example",
    "write to student@example.edu for the form",
    "192.0.2.44 is a documentation address",
    "2001:db8:30::1 is a documentation address",
    "call 144 for an ambulance in Switzerland or 1414 for Rega",
    "fixed in commit 9c41e2a, see the changelog",
    "order #ZM-30418, two lacrosse heads",
    "FitTrackee 0.8.4 added the new sport types",
    "doi:10.1038/s41586-020-2649-2",
    "the grand final is on 27 September",
    "who has the shuttlecocks",
    "see you at the crag at eight",
]  # fmt: skip


def _typo30(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': dictated punctuation written out as a word (', ' ->
    ' comma ', '?' -> ' question mark') or two neighbouring words swapped ('at the' -> 'the at'). Only in
    sentences typed to the bot or a friend."""
    if not _chat_like(template) or re.search(r"\w\.\w", template):  # leave commands and dotted names alone
        return template
    marks = [(mark, word) for mark, word in DICTATED_HELDOUT30 if mark in template]
    if marks and rng.random() < 0.5:
        mark, word = rng.choice(marks)
        return template.replace(mark, word, 1)
    pairs = [m for m in WORD_PAIR_HELDOUT30.finditer(template) if m.group(1) != m.group(2)]
    if pairs:
        m = rng.choice(pairs)
        return template[: m.start()] + f"{m.group(2)} {m.group(1)}" + template[m.end() :]
    return template


def build_heldout30(seed: int = HELDOUT30_SEED) -> list[Example]:
    """Held-out set 30: `Gen30` values in `HELDOUT30_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen30(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 60, "USERNAME": 24, "IP_ADDRESS": 20}
    samplers = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
    styles: list[tuple[str, list[tuple[str, str | tuple[str, str, str]]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.78  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in samplers:  # the template depends on the value's shape
                template, value = samplers[etype](chat)
                styles.append((template, [(etype, value)]))
                continue
            entry = _pick_chat_or_not(
                rng, HELDOUT30_TEMPLATES[etype], chat, key=lambda o: o if isinstance(o, str) else o[0]
            )
            template, form = (entry, None) if isinstance(entry, str) else entry
            if form is not None:  # a name with text around it outside the span, or a QR-bill's IBAN
                make = {"PERSON": gen.person, "IBAN_CODE": gen.iban}[etype]
                styles.append((template, [(etype, make(form)) for _ in range(template.count("{}"))]))
            else:
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT30_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT30_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo30(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            before, core, after = value if isinstance(value, tuple) else ("", value, "")
            text += before
            spans.append((len(text), len(text) + len(core), etype))
            text += core + after + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples
