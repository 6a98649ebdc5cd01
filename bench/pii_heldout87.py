"""Held-out PII set 87 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout87": written before round 54 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT87 is empty, as for
held-out 16 to 86; written at the same time as held-out 88, the two authors split the world between them: 87
takes weather and natural hazards watched by volunteers (storm spotters, home weather stations, flood wardens,
snow-clearing rotas, avalanche and wildfire lookouts, insurance claims after a storm) in Europe, Africa and
the Middle East, 88 takes funerals, cemeteries and remembrance in Asia east of Iran, the Americas and
Oceania); hand-written lists of the folk of the Muotathal in the canton of Schwyz (the valley's amateur
weather prophets, who read the ants, the fir cones and the föhn and meet twice a year to give their forecasts,
the snow-clearing rota of the Bisisthal road, the avalanche watch on the Pragel road, the Hölloch cave's flood
alarm and the hail claims; Central Swiss Catholic given names ('Meinrad', 'Alois', 'Kaspar', 'Balz', 'Agatha',
'Priska'), the valley's family names ('Betschart', 'Gwerder', 'Schelbert', 'Heinzer', 'Bürgler', 'Laimbacher')
and some that are also a word or a given name ('Föhn', 'Ulrich', 'Kündig'), a byname in Swiss guillemets
between the given and the family name, as the valley tells apart the many of one family ('Meinrad «Laubfrosch»
Betschart'), the valley's order with its short form ('Betschart Meiri', 'Imhof Moni'), a Swiss register's
'Family, Given' ('Kündig, Agatha'), and 'Götti' before a man's and 'Gotte' before a woman's given name,
godfather and godmother, outside the span), the Waldensians (Valdesi) of the Val Pellice, the Val Germanasca
and the Val Chisone in Piedmont (the volunteer wildfire squads (AIB) and their lookout tower, the falò lit on
the hills on the evening of 16 February and the fire risk, the Pellice's floods, the avalanches above Prali
and the snow in Angrogna's hamlets; Waldensian given names ('Giosuè', 'Ettore', 'Gustavo', 'Noemi',
'Giuditta', 'Ester'), the valleys' family names ('Jalla', 'Peyronel', 'Bounous', 'Coïsson', 'Geymonat',
'Armand-Hugon', 'Bertalot', 'Rivoira') and some that are also a word ('Long', 'Genre', 'Tron'), a married
woman's husband's family after 'in' inside the span ('Ines Rivoira in Rostan'), the given name in its Occitan
patouà form ('Jan Bertalot', 'Estève Long'), an Italian register's 'FAMILY Given' ('BOUNOUS Emilio'), and
'pastore' and 'pastora' before a pastor's full name and 'magna', aunt, before a woman's given name, outside
the span), the Bakweri, the Mokpwe speakers of Fako on Mount Cameroon's slopes (the lava watch above
Bakingili, the tremors reported to the seismic station, the landslides in Buea and Limbe after the rains and
the Red Cross volunteers; church given names ('Ebenezer', 'Walters', 'Fritz', 'Divine', 'Comfort', 'Glory',
'Magdalene'), Bakweri family names ('Efange', 'Lyonga', 'Mokake', 'Motanga', 'Likambi', 'Nganje', 'Enongene',
'Liombe') and some that are also Bakweri given names ('Ekema', 'Ndive', 'Molua', 'Ikome'), the Bakweri name
between the church name and the family's ('Magdalene Namondo Liombe'), the Bakweri name after 'alias' as a
Cameroonian record gives it ('Victor Lyonga alias Mbua'), and 'Sango' before a man's full name and 'Nyango'
before a woman's given name, outside the span) and the Jibbali (Shehri) speakers of Dhofar, in Salalah, Taqah,
Mirbat and the Qara mountains (the cyclone watch and the shelters in the schools, the khareef fog on the
mountain roads, the wadis' flash floods and the cyclone claims; held-out 28's Omani drew from the north's
tribes, none of these; Dhofari given names ('Musallam', 'Bakhit', 'Suhail', 'Shaikha', 'Moza', 'Sharifa'),
Dhofari family names ('Al Mashani', 'Al Shahri', 'Al Kathiri', 'Qatan', 'Jaboob', 'Al Marhoon', 'Al Shanfari')
and some that are also a place or a given name ('Tabook', 'Bait Said'), a clan's 'Bait' inside the span after
the father's given name ('Musallam Salim Bait Fadhil'), the father's given name in the middle ('Salim Bakhit
Al Shahri'), the name in Arabic script ('رحمة الشحري'), and 'Sheikh' before an elder's full name and 'Ustadha'
before a woman teacher's given name, outside the span); names on a weather prophet's observation sheet
('Beobachter:'), a hazard report ('Meldende Person:', 'Segnalato da:', 'Reported by:', 'Déclarant :', 'اسم
المبلغ:'), a snow-clearing rota ('Schneeräumung, Mo:', '| Mon 05:00 | Bisisthal road |'), an avalanche
service's list ('Lawinendienst:'), a wildfire squad's roll ('Volontario AIB:', 'Caposquadra:', 'Vedetta di
turno:'), an insurance claim ('Versicherungsnehmer:', 'Assicurato:', 'Claimant:', 'المؤمن له:'), a lava
watch's log ('Observer on duty:'), an evacuation list ('Next of kin:') and a volunteer list ('المتطوع:'); a
firm or a prize that carries a family name ('Betschart Holzbau', 'Gwerder Transporte', 'the Gwerder prize',
'Segheria Jalla', 'Lyonga Hardware', 'Al Shanfari Trading') no person either, a claim's, an AIB call's, an
avalanche danger level's or a gauge's number no secret; over three quarters of the sentences typed to the bot
or a friend: the ants building high and the fir cones, the föhn forecast, the plough at 5 and the snow depth
at the church, the avalanche over the road, the rain gauge, the anemometer and the barometer, the lookout
tower and the smoke that was only a falò, the river rising and the church bell, the lava glow above Bakingili,
the tremor at 2 am, the landslide and the Red Cross, the cyclone shelter and the khareef fog, the hailstones
photographed for the claim, the roof that blew off, sandbags, chainsaws and the generator; self-hosted apps'
config no earlier set pasted: pywws's weather.ini for a home weather station's uploads, rtl_433's rtl_433.conf
for the rain and snow sensors' MQTT, motionEye's camera config for the wildfire lookout's cameras, the Tasking
Manager's .env for mapping the landslides and MeteoTemplate's config.php for a Salalah weather site; those
regions' addresses (Muotathal's 'Kirchweg 69, 6436 Muotathal', Ried's 'Riedstrasse 72, 6436 Ried (Muotathal)',
a Bisisthal house by its number alone ('Bisisthal 57, 6436 Bisisthal'), a Swiss label in capitals and Schwyz's
6430, Torre Pellice's 'Via della Repubblica 63, 10066 Torre Pellice (TO)', Angrogna's hamlets ('Borgata Serre
7, 10060 Angrogna (TO)') and an Italian label in capitals ('BORGATA SERRE 7 - 10060 ANGROGNA TO'), Prali's
'Frazione Ghigo' and Luserna San Giovanni's 10062, Buea's quarters ('House 14, Bokwango, Buea, South West
Region'), a Cameroonian P.O. Box and Limbe's 'Church Street, Down Beach', Salalah's 'Way No. 3101, House No.
75, Al Saada, Salalah 211', an Omani P.O. Box with its 'PC 211' and the same in Arabic script ('صلالة،
السعادة، سكة رقم ٣١٠١، منزل رقم ٧٥')) and phones (Muotathal's '041 830' and '+41 41 830', Swiss mobiles '07x'
and '+41 7x', Torre Pellice's and Luserna's '0121 9' with a space or a slash, Italian mobiles '3xx' and '+39
3', Buea's and Limbe's '+237 233 32' and '33', Cameroonian mobiles as '677 12 34 56' and '(+237) 6xx xxx xxx',
Salalah's '+968 23' and '23 2xx xxxx', Omani mobiles '9xxx xxxx' and '+968 7'); Visa, Mastercard 52 to 55 and
2-series and Amex 34 and 37 in 4-6-5 groups as a weather station, a hail net, a generator rental or a chainsaw
repair takes them; IBANs of Switzerland, Italy, Cameroon and Oman; IPs of a home weather station's console, a
rain and snow sensors' receiver, a lightning detector, a cave's water-level logger, a lookout tower's camera,
a flood siren's controller, a seismometer's digitiser, a landslide sensors' gateway, a cyclone shelter's
router, a fog camera on a mountain road and the pastes above, v6 in 2a04:ee41:, 2a0d:5600:, 2c0f:f2e8: and
2a02:6c20: ranges; passwords handed over in ways no earlier set used (inside a weather station's radiation
shield, scratched on a rain gauge funnel's rim, in a lookout tower's fire log, on the back of an avalanche
transceiver, in marker on a snowplough's sun visor, read out over the radio at the shift change, on a cyclone
shelter's key tag, on the back of hail damage photos, chalked on a seismograph hut's blackboard, in a voice
note during the storm), the Muotathal ('Muotathal6436!', 'Pragel#1550'), the valleys ('TorrePellice10066!',
'Vandalino#2000'), Fako ('Fako4040!', 'Bakingili#1999'), Dhofar ('Salalah211!', 'Khareef#2018'), hazard words
in leetspeak ('h41l$70rm', 'cycl0n3'), a rain or hail total ('Hagel84mm') and an avalanche danger level
('Stufe3-Pragel'), and cues in Swiss German ('ds Passwort isch ..., säg's niemerem'), Occitan ('lo mot de
passa es ..., lo dises pas a degun'), Cameroon Pidgin ('di passwod for di wifi na ..., no tok am for anybody
dem') and Arabic script ('كلمة السر ... ولا تقولها لأحد'); usernames on Weathercloud, Ecowitt, WeatherLink,
Meteoblue, Windy, Skywarn, the ESWD, White Risk, LAWIS, the Wetterzentrale forum, MeteoNetwork, the Nimbus
forum, OpenStreetMap and ArabiaWeather and in pywws's and motionEye's config, shapes like 'foehn.x',
'x_muota', 'x.vedetta', 'aib_x7', 'x-fako', 'lava.x', 'khareef_x', 'x.isobar' and 'hagelx71'; dates of birth
for a hail claim, an avalanche course, a wildfire squad's sign-up, a Red Cross volunteer form, a civil defence
list, a cyclone claim and a weather society's roll, in Swiss German ('i bi am 14. März 1958 gebore') and a
Swiss form's '14.3.1958' without leading zeros, Italian ('nata il 14 marzo 1958') and an Italian form's
'14/03/1958', Occitan ('naissut lo 14 de març de 1958', 'lo 14 d’abril'), Cameroon Pidgin ('a bi born for 14
March 1958') and a Cameroonian birth certificate's '14th day of March, 1958', Arabic with the Gregorian
month's name ('١٤ مارس ١٩٥٨') and a form's Arabic-Indic digits ('١٤/٠٣/١٩٥٨'), the Hijri calendar in Arabic
('٢٢ شعبان ١٣٧٧ هـ') and a paste's ISO date, a junior fire squad's member now and then; typos as someone types
in the storm: a weather or hazard word's well-known misspelling ('lightning' -> 'lightening', 'anemometer' ->
'anenometer', 'precipitation' -> 'percipitation', 'volcano' -> 'volcanoe', 'temperature' -> 'temprature'), or
storm spotters' and mountain people's shorthand creeping into chat ('thunderstorm' -> 'tstorm', 'lightning' ->
'ltg', 'forecast' -> 'fcst', 'avalanche' -> 'avy', 'evacuation' -> 'evac'); negatives with the same regions'
places, the titles and the name forms explained, danger levels, rain totals, gusts, pressures, hail sizes,
gauge readings, fire risk indices, claim and AIB call numbers alone, a tremor's magnitude, opening hours,
fees, dates that are no birthdays (a storm's, a cyclone's landfall, an eruption's year), postcodes alone,
firms and prizes named after families, versions, a commit, placeholder secrets, a masked PIN, test cards,
example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers every user shares, and
short everyday chat; no public figure is named).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

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

HELDOUT87_SEED = 8716203
# no faker name locale, as in held-out 16 to 86: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT87: list[str] = []
# weather and natural hazards watched by volunteers (held-out 88, written at the same time, takes funerals,
# cemeteries and remembrance); each origin: (men's given names, women's given names, family names); ';'
# separates names, as some hold a hyphen or a space
NAMES_HELDOUT87: dict[str, tuple[list[str], list[str], list[str]]] = {
    # the Muotathal in Schwyz: the valley's amateur weather prophets, the snow-clearing rota of the Bisisthal
    # road, the avalanche watch on the Pragel and the Hölloch cave's flood alarm
    "muotathal": ("Meinrad;Alois;Josef;Kaspar;Balz;Martin;Franz;Karl;Thomas;Anton".split(";"),
                  "Verena;Rosa;Theres;Margrit;Agatha;Bernadette;Rita;Heidi;Monika;Priska".split(";"),
                  "Betschart;Gwerder;Schelbert;Imhof;Heinzer;Föhn;Bürgler;Schmidig;Gisler;Ulrich;Laimbacher;Kündig;Annen".split(";")),
    # the Waldensians (Valdesi) of the Val Pellice, the Val Germanasca and the Val Chisone: the volunteer
    # wildfire (AIB) squads and their lookout, the Pellice's floods, the avalanches above Prali
    "waldensian": ("Giosuè;Enrico;Emilio;Ettore;Arturo;Aldo;Gustavo;Daniele;Giovanni;Stefano".split(";"),
                   "Emma;Ada;Elda;Ines;Lidia;Noemi;Ester;Giuditta;Margherita;Caterina".split(";"),
                   "Jalla;Peyronel;Bounous;Coïsson;Geymonat;Rostan;Malan;Tron;Armand-Hugon;Bertalot;Rivoira;Long;Genre".split(";")),
    # the Bakweri (Mokpwe speakers) of Fako, on Mount Cameroon's slopes: the lava watch above Bakingili, the
    # landslides in Buea and Limbe, the Red Cross volunteers and the tremor reports
    "bakweri": ("Ebenezer;Ernest;Walters;Fritz;Samuel;Divine;Nestor;Victor;Johannes".split(";"),
                "Comfort;Glory;Emilia;Vivian;Precious;Magdalene;Ruth;Hilda;Edith".split(";"),
                "Efange;Ekema;Lyonga;Ikome;Mokake;Motanga;Likambi;Nganje;Enongene;Molua;Ndive;Monono;Liombe".split(";")),
    # the Jibbali (Shehri) speakers of Dhofar, Salalah and the Qara mountains: the cyclone watch, the khareef
    # fog on the mountain roads, the wadis' flash floods and the cyclone claims
    "dhofari": ("Musallam;Bakhit;Salim;Said;Ahmed;Masoud;Mubarak;Hamad;Amer;Suhail".split(";"),
                "Salma;Aisha;Shaikha;Moza;Rahma;Fatma;Noor;Maryam;Sharifa".split(";"),
                "Al Mashani;Al Shahri;Al Kathiri;Qatan;Tabook;Jaboob;Al Hadhri;Al Amri;Al Marhoon;Al Shanfari;Al Rawas;Al Ghassani;Bait Said;Bait Fadhil".split(";")),
}  # fmt: skip
# the Bakweri names a child is given beside the church one, which go in the middle or after 'alias'
BAKWERI_NAMES_HELDOUT87 = {
    False: ["Ndive", "Efesoa", "Ekema", "Molua", "Mbua", "Ikome"],
    True: ["Namondo", "Mojoko", "Liengu", "Enanga", "Nalova", "Nakeli"],
}
# the Muotathal's bynames ('Übernamen'), which tell apart the many of one family, between the given and the
# family name in Swiss guillemets
BYNAMES_HELDOUT87 = ["Laubfrosch", "Schnägg", "Ameisi", "Wätterfrosch", "Gwitter", "Schneehas", "Murmeli",
                     "Chrüter", "Barometer", "Biswind"]  # fmt: skip
# the valley's short forms, with the family name first as the Muotathal says them ('Betschart Meiri')
SHORT_HELDOUT87 = {
    "Meinrad": "Meiri", "Alois": "Wisi", "Josef": "Sepp", "Kaspar": "Chäpp", "Franz": "Fränz", "Karl": "Kari",
    "Thomas": "Thomi", "Anton": "Toni", "Verena": "Vreni", "Rosa": "Rösli", "Theres": "Resi",
    "Margrit": "Grittli", "Agatha": "Agi", "Monika": "Moni",
}  # fmt: skip
# the Occitan (patouà) forms of some Waldensian given names, as the valleys call people
PATOUA_HELDOUT87 = {
    "Giovanni": "Jan", "Stefano": "Estève", "Daniele": "Danièl", "Enrico": "Enric", "Margherita": "Margarida",
    "Caterina": "Catarina",
}  # fmt: skip
# the names in Arabic script, as a Salalah list writes them
ARABIC_HELDOUT87 = {
    "Musallam": "مسلم", "Bakhit": "بخيت", "Salim": "سالم", "Said": "سعيد", "Ahmed": "أحمد", "Masoud": "مسعود",
    "Mubarak": "مبارك", "Hamad": "حمد", "Amer": "عامر", "Suhail": "سهيل", "Salma": "سلمى", "Aisha": "عائشة",
    "Shaikha": "شيخة", "Moza": "موزة", "Rahma": "رحمة", "Fatma": "فاطمة", "Noor": "نور", "Maryam": "مريم",
    "Sharifa": "شريفة", "Al Mashani": "المعشني", "Al Shahri": "الشحري", "Al Kathiri": "الكثيري", "Qatan": "قطن",
    "Tabook": "تبوك", "Jaboob": "جعبوب", "Al Hadhri": "الحضري", "Al Amri": "العامري", "Al Marhoon": "المرهون",
    "Al Shanfari": "الشنفري", "Al Rawas": "الرواس", "Al Ghassani": "الغساني", "Bait Said": "بيت سعيد",
    "Bait Fadhil": "بيت فاضل",
}  # fmt: skip
# a title next to the name (outside the span): the origin, whether a woman, the part of the name it goes with
# ('full' or 'given')
TITLED_HELDOUT87: dict[str, tuple[str, bool, str]] = {
    "götti": ("muotathal", False, "given"),  # Swiss German 'godfather', to an older man of the family
    "gotte": ("muotathal", True, "given"),  # and 'godmother'
    "pastore": ("waldensian", False, "full"),  # a Waldensian pastor
    "pastora": ("waldensian", True, "full"),  # the Waldensian church ordains women too
    "magna": ("waldensian", True, "given"),  # Piedmontese 'aunt', to any older woman
    "sango": ("bakweri", False, "full"),  # 'Mister', to a respected man
    "nyango": ("bakweri", True, "given"),  # 'mother', to a respected woman
    "sheikh": ("dhofari", False, "full"),  # a tribal elder
    "ustadha": ("dhofari", True, "given"),  # a woman teacher
}
TITLE_SLOT_HELDOUT87 = re.compile(
    r"(?<![\w'.-])(Götti|Gotte|Pastore|Pastora|Magna|Sango|Nyango|Sheikh|Ustadha) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Muotathal household's, a Waldensian squad's, a Buea volunteer's, a Salalah
# claimant's
IBAN_SHAPES_HELDOUT87 = {"CH": "5n12c", "IT": "1a10n12c", "CM": "23n", "OM": "3n16c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT87 = ["wetter", "foehn", "muota", "lawine", "hagel", "schnee", "aib", "pellice", "meteo",
                      "vedetta", "valdese", "fako", "lava", "buea", "limbe", "tremor", "khareef", "salalah",
                      "cyclone", "wadi", "storm", "rain", "flood", "sirens"]  # fmt: skip
# a weather or hazard word and its well-known misspelling
MISSPELT_HELDOUT87 = {
    "lightning": "lightening", "anemometer": "anenometer", "precipitation": "percipitation",
    "volcano": "volcanoe", "temperature": "temprature", "avalanche": "avalance", "cyclone": "cylcone",
    "insurance": "insurence", "barometer": "barometor", "evacuation": "evacuaton", "visibility": "visability",
    "thermometer": "thermometor", "hailstones": "hailstons", "definitely": "definately",
}  # fmt: skip
MISSPELT_WORD_HELDOUT87 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT87, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# storm spotters' and mountain people's shorthand creeping into chat
SHORTHAND_HELDOUT87 = {
    "thunderstorm": "tstorm", "precipitation": "precip", "temperature": "temp", "forecast": "fcst",
    "tomorrow": "tmrw", "lightning": "ltg", "visibility": "vis", "avalanche": "avy", "please": "plz",
    "because": "bc", "evacuation": "evac", "tonight": "2nite",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT87 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT87, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# the months in German, Italian, Occitan, English and Arabic (as the Gulf names the Gregorian ones), the
# months of the Hijri calendar in Arabic, and the Arabic-Indic digits
DE_MONTHS_HELDOUT87 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
IT_MONTHS_HELDOUT87 = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
)
OC_MONTHS_HELDOUT87 = (
    "genièr febrièr març abril mai junh julhet agost setembre octobre novembre decembre".split()
)
EN_MONTHS_HELDOUT87 = (
    "January February March April May June July August September October November December".split()
)
AR_MONTHS_HELDOUT87 = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
HIJRI_MONTHS_HELDOUT87 = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
    "ذو القعدة", "ذو الحجة",
]  # fmt: skip
ARABIC_DIGITS_HELDOUT87 = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Coïsson' -> 'Coisson', 'Föhn' -> 'Fohn')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Armand-Hugon' ->
    'armandhugon', 'Al Mashani' -> 'almashani', 'Giosuè' -> 'giosue')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _hijri(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """A Gregorian date in the tabular Hijri calendar (year, month, day): 1958-03-14 -> 1377-08-22."""
    a = (14 - gm) // 12
    y, m = gy + 4800 - a, gm + 12 * a - 3
    jdn = gd + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045
    ll = jdn - 1948440 + 10632
    n = (ll - 1) // 10631
    ll = ll - 10631 * n + 354
    j = ((10985 - ll) // 5316) * ((50 * ll) // 17719) + (ll // 5670) * ((43 * ll) // 15238)
    ll = ll - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    hm = (24 * ll) // 709
    return 30 * n + j - 30, hm, ll - (709 * hm) // 24


def _ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 13 -> '13th', 22 -> '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Gen87(Gen3):
    """Generators for held-out set 87: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT87."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT87))
        men, women, lasts = NAMES_HELDOUT87[origin]
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
        if origin == "muotathal":
            if r < 0.25:  # a byname in Swiss guillemets: 'Meinrad «Laubfrosch» Betschart'
                return f"{first} «{rng.choice(BYNAMES_HELDOUT87)}» {last}"
            if r < 0.45 and first in SHORT_HELDOUT87:  # the valley's order and short form: 'Betschart Meiri'
                return f"{last} {SHORT_HELDOUT87[first]}"
            if r < 0.6:  # a Swiss register: 'Betschart, Meinrad'
                return f"{last}, {first}"
        if origin == "waldensian":
            if r < 0.3 and first in PATOUA_HELDOUT87:  # the given name in patouà: 'Jan Jalla'
                return f"{PATOUA_HELDOUT87[first]} {last}"
            if r < 0.45:  # an Italian register: 'JALLA Giovanni'
                return f"{last.upper()} {first}"
            if r >= 0.6 and woman:  # a married woman's husband's family after 'in': 'Emma Peyronel in Rostan'
                husband = rng.choice([x for x in NAMES_HELDOUT87["waldensian"][2] if x != last])
                return f"{first} {last} in {husband}"
        if origin == "bakweri":
            native = rng.choice(BAKWERI_NAMES_HELDOUT87[woman])
            if native == last:
                native = rng.choice([x for x in BAKWERI_NAMES_HELDOUT87[woman] if x != last])
            if r < 0.3:  # the Bakweri name between the church name and the family's: 'Ebenezer Ndive Lyonga'
                return f"{first} {native} {last}"
            if r < 0.5:  # the Bakweri name after 'alias', as a Cameroonian record gives it
                return f"{first} {last} alias {native}"
        if origin == "dhofari":
            if r < 0.2:  # the father's given name before a clan with 'Bait': 'Musallam Salim Bait Said'
                father = rng.choice([x for x in NAMES_HELDOUT87["dhofari"][0] if x != first])
                return f"{first} {father} {rng.choice(['Bait Said', 'Bait Fadhil'])}"
            if r < 0.45:  # in Arabic script: 'مسلم المعشني'
                return f"{ARABIC_HELDOUT87[first]} {ARABIC_HELDOUT87[last]}"
            if r < 0.6:  # the father's given name in the middle: 'Musallam Salim Al Mashani'
                father = rng.choice([x for x in NAMES_HELDOUT87["dhofari"][0] if x != first])
                return f"{first} {father} {last}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
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
        """A name for a title written next to it ('Götti Meinrad', 'Gotte Vreni', 'pastore Enrico Jalla',
        'pastora Lidia Bounous', 'magna Ines', 'Sango Ebenezer Lyonga', 'Nyango Comfort', 'Sheikh Musallam Al
        Mashani', 'Ustadha Salma'), from the origin that uses it."""
        origin, woman, part = TITLED_HELDOUT87[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            if origin == "muotathal" and first in SHORT_HELDOUT87 and self.rng.random() < 0.5:
                return SHORT_HELDOUT87[first]
            return first
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT87.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 90)
        ar_n = str(n).translate(ARABIC_DIGITS_HELDOUT87)
        ar_way = str(rng.randint(2001, 5999)).translate(ARABIC_DIGITS_HELDOUT87)
        shapes = [
            f"{pick(['Hauptstrasse', 'Kirchweg', 'Schachenstrasse', 'Gassenweg'])} {n}, 6436 Muotathal",
            f"Riedstrasse {n}, 6436 Ried (Muotathal)",
            f"Bisisthal {rng.randint(2, 60)}, 6436 Bisisthal",
            f"{pick(['HAUPTSTRASSE', 'KIRCHWEG', 'RIEDSTRASSE'])} {n}, 6436 {pick(['MUOTATHAL', 'RIED (MUOTATHAL)'])}",
            f"{pick(['Herrengasse', 'Schmiedgasse', 'Bahnhofstrasse'])} {n}, 6430 Schwyz",
            f"Via {pick(['Roma', 'della Repubblica', 'Angrogna', 'dei Mulini'])} {n}, 10066 Torre Pellice (TO)",
            f"Borgata {pick(['Serre', 'Pradeltorno', 'Odin', 'Buonanotte'])} {rng.randint(1, 30)}, 10060 Angrogna (TO)",
            f"Frazione Ghigo {rng.randint(1, 40)}, 10060 Prali (TO)",
            f"Via {pick(['I Maggio', 'Tegas', 'Airali'])} {n}, 10062 Luserna San Giovanni (TO)",
            f"BORGATA {pick(['SERRE', 'PRADELTORNO'])} {rng.randint(1, 30)} - 10060 ANGROGNA TO",
            f"House {n}, {pick(['Bokwango', 'Great Soppo', 'Molyko', 'Bonduma'])}, Buea, South West Region",
            f"P.O. Box {rng.randint(10, 900)}, {pick(['Buea', 'Limbe', 'Tiko'])}, South West Region, Cameroon",
            f"{n} {pick(['Church Street', 'Bota Road', 'Half Mile Road'])}, {pick(['Down Beach', 'New Town', 'Bota'])}, Limbe",
            f"Way No. {rng.randint(2001, 5999)}, House No. {n}, {pick(['Al Saada', 'Al Dahariz', 'Awqad', 'Al Haffa'])}, Salalah 211",
            f"P.O. Box {rng.randint(100, 3999)}, PC 211, Salalah, Sultanate of Oman",
            f"صلالة، {pick(['السعادة', 'الدهاريز', 'عوقد', 'الحافة'])}، سكة رقم {ar_way}، منزل رقم {ar_n}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT87)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{last}{first[:1]}{rng.randint(50, 99)}",
                           f"{first}_{subject}", f"{last}.{first}", f"{subject}-{first}{rng.randint(1, 9)}",
                           f"{first[:1]}{last}", f"{last}-{subject}"])  # fmt: skip
        domain = rng.choice(["bluewin.ch", "gmx.ch", "sunrise.ch", "protonmail.ch", "libero.it", "alice.it",
                             "virgilio.it", "tiscali.it", "yahoo.fr", "yahoo.com", "gmail.com", "outlook.com",
                             "omantel.net.om", "hotmail.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"041 830 {d(2)} {d(2)}",  # Muotathal
            f"+41 41 830 {d(2)} {d(2)}",
            f"07{rng.choice('6789')} {d(3)} {d(2)} {d(2)}",  # Swiss mobiles
            f"+41 7{rng.choice('6789')} {d(3)} {d(2)} {d(2)}",
            f"0121 9{rng.choice('1235')}{d(4)}",  # Torre Pellice, Luserna
            f"0121/9{rng.choice('1235')}{d(4)}",
            f"3{rng.choice('2349')}{d(1)} {d(3)} {d(4)}",  # Italian mobiles
            f"+39 3{rng.choice('2349')}{d(1)} {d(7)}",
            f"+237 233 3{rng.choice('23')} {d(2)} {d(2)}",  # Buea, Limbe
            f"6{rng.choice('5789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Cameroonian mobiles
            f"(+237) 6{rng.choice('5789')}{d(1)} {d(3)} {d(3)}",
            f"+968 232{d(5)}",  # Salalah
            f"23 2{d(2)} {d(4)}",
            f"9{d(3)} {d(4)}",  # Omani mobiles
            f"+968 7{d(3)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
        if kind == "amex":
            num = _luhn_number(rng, rng.choice(["34", "37"]), 15)
            if rng.random() < 0.7:
                return f"{num[:4]} {num[4:10]} {num[10:]}"
            return num
        prefix = {"visa": "4", "mc": f"5{rng.randint(2, 5)}", "mc2": f"2{rng.randint(221, 720)}"}[kind]
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT87))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT87[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a home weather station's console, a rain and snow sensor receiver, a
        lightning detector, the cave's water-level logger, a wildfire lookout's camera, a flood siren's
        controller, a seismometer's digitiser, a landslide sensor's gateway, a cyclone shelter's router, a fog
        camera on a mountain road and the pastes below; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a04:ee41:{h()}:{h()}::{h()}", f"2a0d:5600:{h()}:{h()}::{h()}", f"2c0f:f2e8:{h()}:{h()}::{h()}",
                         f"2a02:6c20:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the weather station console in the attic is on {}, the barometer reads 20 hPa too low", v4),
            ("the raspberry with the rain and snow sensors got {} after the power cut", v4),
            ("the lightning detector on the barn roof answers on {}", v4),
            ("the water level logger in the cave entrance is {}, it stopped sending at 3 am", v4),
            ("the lookout tower camera above the valley is on {}, zoom works again", rng.choice([v4, v6])),
            ("the flood siren controller at the bridge has {} now", v4),
            ("the seismometer digitiser at the station is on {}, it logged three tremors last night", v4),
            ("the landslide sensors' gateway above the road is {}", rng.choice([v4, v6])),
            ("the cyclone shelter router at the school is on {}, give the volunteers the wifi", v4),
            ("the fog camera on the mountain road is at {}, visibility was 20 m this morning", v4),
            ("my home weather page runs on {} if you want the rain totals", rng.choice([v4, v6])),
            ("pywws uploads from {} every 5 minutes", v4),
            ("# camera-1.conf\nnetcam_url rtsp://{}:554/stream1", v4),
            ("TM_DB_HOST={}", v4),
            ('$dbHost = "{}";', v4),
            ("output mqtt://{}:1883,retain=1", v4),
            ("  listen_address: {}", v6),
            ("2025-02-03 05:12:40 pywws.toservice: upload to {} failed, will retry", v4),
            ("[motioneye] 2025-08-14 13:40:02 WARNING: camera 2: connection to {} lost", v4),
            ("$ ssh pi@{} 'sudo systemctl restart rtl_433'", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Muotathal', 'Pragel', 'Hoelloch'])}{rng.choice(['6436!', '#1550', '_Foehn'])}",
                f"{rng.choice(['TorrePellice', 'Vandalino', 'Angrogna'])}{rng.choice(['10066!', '#2000', '_Falo'])}",
                f"{rng.choice(['Fako', 'Bakingili', 'Buea'])}{rng.choice(['4040!', '#1999', '_Mokpwe'])}",
                f"{rng.choice(['Salalah', 'Khareef', 'Darbat'])}{rng.choice(['211!', '#2018', '_Mekunu'])}",
                rng.choice(["avalanche", "lightning", "cyclone", "hailstorm", "landslide", "sandbags"]).translate(leet) + rng.choice(["", "!", "_87"]),
                f"{rng.choice(['Hagel', 'Graupel', 'Regen', 'Neuschnee'])}{rng.randint(5, 95)}mm",
                f"Stufe{rng.randint(1, 5)}-{rng.choice(['Lawine', 'Pragel', 'Bisisthal'])}",
                f"{rng.choice(['vedetta', 'tremor', 'wadi', 'isobar'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        quote_safe = re.sub(r"['\"\\]", "", pw)
        comma_safe = re.sub(r"[,\s]", "", colonless)
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the weather station login is written inside the radiation shield's door, {}", pw),
            ("i scratched the rain gauge portal password on the funnel's rim, {}", pw),
            ("the lookout tower laptop password is in the fire log, last page, {}", pw),
            ("the avalanche beacon tester login is on the back of the transceiver, {}", pw),
            ("the snowplough's tablet password is on the sun visor in marker, {}", pw),
            ("he read the siren panel password out over the radio at the shift change, {}", pw),
            ("the cyclone shelter wifi is on the key tag in the headmaster's drawer, {}", pw),
            ("the claims portal password is on the back of the hail damage photos, {}", pw),
            ("the seismograph pc password is chalked on the hut's blackboard, {}", pw),
            ("she sent the red cross tablet password as a voice note during the storm, {}", pw),
            ("the hut door code is {}, the key is in the box by the snow poles", d(4)),
            ("the siren cabinet code is {}, only open it for the test on wednesday", d(4)),
            ("ok the pywws ftp password is {}, the rain totals page is stuck on yesterday", pw),
            ("the tasking manager admin password is {}, we map the landslide tonight", pw),
            ("the meteotemplate admin password is {}, change the khareef banner", pw),
            # cues in ways no earlier set used
            ("ds Passwort isch {}, säg's niemerem", pw),
            ("lo mot de passa es {}, lo dises pas a degun", pw),
            ("di passwod for di wifi na {}, no tok am for anybody dem", pw),
            ("كلمة السر {} ولا تقولها لأحد", pw),
            # commands
            ("$ mysql -u meteotemplate -p{} meteotemplate", colonless),
            ("$ psql postgresql://tm:{}@localhost/tasking-manager", colonless),
            ("$ mosquitto_pub -u wx -P {} -t rtl_433/rain -m 0.4", colonless),
            # pastes
            ("[ftp]\npassword = {}", pw),
            ("[underground]\npassword = {}", pw),
            ("output mqtt://localhost:1883,user=wx,pass={},retain=1", comma_safe),
            ("# camera-2.conf\nnetcam_userpass admin:{}", colonless),
            ("# @admin_password {}", tok(40, hexl)),
            ("TM_DB_PASSWORD={}", pw),
            ("TM_SECRET={}", tok(48, alnum)),
            ("TM_SMTP_PASSWORD={}", pw),
            ("TM_CONSUMER_SECRET={}", tok(40, alnum)),
            ('$dbPassword = "{}";', quote_safe),
            ('$adminPassword = "{}";', quote_safe),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('foehn.x', 'x_muota', 'x.vedetta', 'lava.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"foehn.{first}",
                f"{last}_muota",
                f"{first}.vedetta",
                f"aib_{last}{rng.randint(1, 99)}",
                f"{first}-fako",
                f"lava.{last}",
                f"khareef_{first}",
                f"{last}.isobar",
                f"hagel{first}{rng.randint(60, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format; a youth volunteer now
        and then."""
        if self.rng.random() < 0.15:
            dt = self.f().date_of_birth(minimum_age=14, maximum_age=17)
        else:
            dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        hy, hm, hd = _hijri(year, m, day)
        oc = OC_MONTHS_HELDOUT87[m - 1]
        return {
            "de": f"{day}. {DE_MONTHS_HELDOUT87[m - 1]} {year}",
            "ch": f"{day}.{m}.{year}",
            "it": f"{day} {IT_MONTHS_HELDOUT87[m - 1]} {year}",
            "itd": f"{day:02d}/{m:02d}/{year}",
            "oc": f"{day} {'d’' if oc[0] in 'aeiou' else 'de '}{oc} de {year}",
            "cm": f"{_ordinal(day)} day of {EN_MONTHS_HELDOUT87[m - 1]}, {year}",
            "en": f"{day} {EN_MONTHS_HELDOUT87[m - 1]} {year}",
            "ar": f"{day:02d}/{m:02d}/{year}".translate(ARABIC_DIGITS_HELDOUT87),
            "arm": f"{day} {AR_MONTHS_HELDOUT87[m - 1]} {year}".translate(ARABIC_DIGITS_HELDOUT87),
            "hijri": f"{hd} {HIJRI_MONTHS_HELDOUT87[hm - 1]} {hy} هـ".translate(ARABIC_DIGITS_HELDOUT87),
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("i bi am {} gebore, das wott d'Versicherig für dä Hagelschade wüsse", s["de"]),
            ("the avalanche course sign-up wants my date of birth, {}", s["ch"]),
            ("sono nata il {}, serve per l'iscrizione alla squadra AIB", s["it"]),
            ("soi naissut lo {}, es per lo registre de la vedetta", s["oc"]),
            ("my son's card for the junior fire squad needs his birthday, {}", s["itd"]),
            ("a bi born for {} for Bokwango, na so e dey for my paper", s["en"]),
            ("the red cross volunteer form wants my date of birth, {}", any_shape),
            ("ولدت في {}، يطلبونه لاستمارة التطوع", s["arm"]),
            ("my dad's birthday on the civil defence list is {} in the hijri calendar", s["hijri"]),
            ("the cyclone claim asks for the policyholder's birthday, {}", any_shape),
            ("the weather society wants members' dates of birth now lol, {}", any_shape),
            ("Geburtsdatum: {}", s["ch"]),
            ("Data di nascita: {}", s["itd"]),
            ("Born on the {} at Buea", s["cm"]),
            ("تاريخ الميلاد: {}", s["ar"]),
            ("تاريخ الميلاد (هجري): {}", s["hijri"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT87_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} says the ants are building high, so a long winter",
        "can you ask {} if the pass road is open yet",
        "{} is on the snow-clearing rota for the upper road this week",
        "{} read the fir cones and called a wet summer again",
        "{} phoned in the avalanche that came down over the road at 6",
        "{} checked the rain gauge, 48 mm since yesterday",
        "{} wants the station's barometer moved out of the sun",
        "{} sat in the lookout tower all afternoon, two smokes reported",
        "{} runs the fire squad's radio on sundays",
        "{} is clearing the gutters before the next thunderstorm",
        "{} saw lava glowing above Bakingili from the road",
        "{} felt the tremor at 2 am and sent it to the group",
        "{} went round with the red cross after the landslide",
        "{} put the sandbags along the stream behind the church",
        "{} stayed at the cyclone shelter with the kids overnight",
        "{} drove the mountain road in the khareef fog, visibility 20 metres",
        "{} filed the insurance claim for the roof after the storm",
        "{} took photos of the hailstones for the claim",
        "{} reads the anemometer every evening at 7",
        "i'm meeting {} at the fire station to fill the tanks",
        "{} has the keys to the siren cabinet",
        "{} measures the snow depth at the church every morning",
        "{} knows every wadi that floods on the way to Taqah",
        "{} won the prize for the best spring forecast lol",
        "{} checks the river gauge on the bridge at noon and at midnight",
        "{} and {} take the night watch at the tower",
        "{} lent us the generator after the power cut",
        "tell {} the forecast says föhn tomorrow",
        "{} reported the smoke from the bonfire, it was only the falò",
        "{} wants the evacuation list updated before the weekend",
        "{} says the volcano is quiet this week, no smoke at the top",
        "{} wrote down the temperature by hand because the logger was dead",
        "{} definitely saw lightning over the ridge before the rain",
        "{} logs the precipitation for the weather society twice a day",
        "{} is bringing the chainsaw for the fallen trees",
        "{} drives the plough for Gwerder Transporte in winter",
        "{} got the sandbags from Lyonga Hardware on credit",
        "ask Götti {} if the snow will stay till Easter, he's never wrong",
        "the soup for the snow-clearing crew came from Gotte {} again",
        "pastore {} rang the bell when the river rose",
        "pastora {} opened the church hall for the evacuated families",
        "magna {} still keeps a thermometer on every window",
        "our lava lookout is Sango {}, call him if you see a glow",
        "the food for the volunteers after the landslide came from Nyango {}",
        "during the cyclone Sheikh {} opened his majlis as a shelter",
        "the kids are with Ustadha {} in the shelter till the wind drops",
        "Beobachter: {}",
        "Meldende Person: {}",
        "Schneeräumung, Mo: {}",
        "Versicherungsnehmer: {}",
        "Lawinendienst: {}",
        "Volontario AIB: {}",
        "Caposquadra: {}",
        "Vedetta di turno: {}",
        "Segnalato da: {}",
        "Assicurato: {}",
        "Observer on duty: {}",
        "Reported by: {}",
        "Claimant: {}",
        "Next of kin: {}",
        "Déclarant : {}",
        "المتطوع: {}",
        "اسم المبلغ: {}",
        "المؤمن له: {}",
        "| Mon 05:00 | Bisisthal road | {} | plough 2 |",
        '"observer": "{}",',
    ],
    "STREET_ADDRESS": [
        "the weather station is at {}, on the garage roof",
        "my new address is {}, send the claim forms there",
        "the sandbags are stacked at {}",
        "the fire squad meets at {}",
        "the shelter for our street is at {}",
        "post the rain log back to {} please",
        "the roof that blew off is at {}",
        "Adresse: {}",
        "Indirizzo: {}",
        "Address of the damaged property: {}",
        "العنوان: {}",
        "Schadenort: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the rain totals to {}",
        "the avalanche bulletin for the valley goes out from {}",
        "mail the squad's rota to {}",
        "the loss adjuster writes from {}",
        "E-Mail: {}",
        '"email": "{}",',
        "TM_EMAIL_FROM_ADDRESS={}",
        "TM_EMAIL_CONTACT_ADDRESS={}",
    ],
    "PHONE_NUMBER": [
        "the snow-clearing boss is on {}, call before 5",
        "ring the lookout tower on {} if you see smoke",
        "the red cross coordinator's number is {}",
        "call {} for the shelter, they pick up day and night",
        "the loss adjuster's mobile is {}",
        "Tel.: {}",
        "هاتف: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the new weather station with {}",
        "the hail net went on {}",
        "the generator rental is on {}",
        "put the chainsaw repair on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the weather society's fee into {}",
        "the insurer pays the roof claim to {}",
        "send the money for the sandbags to {}",
        "the squad's donations go to {}",
        "IBAN: {}",
        "Bankverbindung (IBAN): {}",
    ],
    "USERNAME": [
        "my weathercloud login is {}",
        "on ecowitt the station is under {}",
        "the weatherlink account is {}",
        "my meteoblue user is {}",
        "on windy the webcam is shared by {}",
        "the skywarn report was filed by {}",
        "on the eswd the hail report is by {}",
        "my white risk profile is {}",
        "on lawis the avalanche report is by {}",
        "my wetterzentrale forum name is {}",
        "on meteonetwork the station belongs to {}",
        "the nimbus forum user is {}",
        "on openstreetmap the landslide was mapped by {}",
        "my arabiaweather account is {}",
        '"username": "{}",',
        "Benutzername: {}",
        "[ftp]\nuser = {}",
        "# @normal_username {}",
    ],
}
HELDOUT87_MIXED = [
    ("Beobachter: {}, Tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Claimant: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("TM_DB_PASSWORD={}\nTM_DB_HOST={}", ["SECRET", "IP_ADDRESS"]),
    ("$ curl -u {}:{} http://{}:8765/config/list", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the password for the station page, it's {}", ["PERSON", "SECRET"]),
    ("Volontario AIB: {}, data di nascita {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my weathercloud login is {}, pay the society fee to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the avalanche course came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the new anemometer with {}", ["PERSON", "CREDIT_CARD"]),
    ("Sango {} takes the lava watch calls on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Versicherungsnehmer: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Claimant: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT87_NEGATIVES = [
    "the Muotathal is a valley in the canton of Schwyz",
    "the Pragel pass road is closed in winter",
    "the Hölloch is one of the longest caves in the world",
    "föhn is the warm dry wind that comes down the valley",
    "Föhn is also a family name in the valley",
    "6436 is the Muotathal postcode",
    "Götti and Gotte mean godfather and godmother in Swiss German",
    "a byname in guillemets tells apart people who share a family name",
    "Betschart Holzbau is the sawmill, not a person",
    "the Gwerder prize goes to the best spring forecast, not to a person",
    "the valley's weather prophets meet twice a year",
    "the Val Pellice runs from Pinerolo up to Bobbio Pellice",
    "Torre Pellice is the centre of the Waldensian valleys",
    "the falò are lit on the hills on the evening of 16 February",
    "pastore and pastora mean pastor, magna means aunt",
    "in before a second family name means the woman's husband's family",
    "Jan is Giovanni in the valley's patouà",
    "10066 is the Torre Pellice postcode",
    "the Pellice flooded in October 2000",
    "Segheria Jalla is a sawmill, not a person",
    "the hut above Bobbio Pellice is open from June to September",
    "Mount Cameroon rises above Buea and Limbe",
    "the mountain erupted in 1999 and again in 2000",
    "Bakingili is where the lava reached the road",
    "Sango and Nyango are titles for an older man and woman",
    "alias before a name on a Cameroonian paper means the other name the person goes by",
    "Lyonga Hardware is a shop in Buea, not a person",
    "Limbe was called Victoria until 1982",
    "Salalah is the capital of Dhofar",
    "the khareef is the monsoon season from June to September",
    "cyclone Mekunu made landfall near Salalah on 26 May 2018",
    "Wadi Darbat has waterfalls only in the khareef",
    "Bait before a family name means the clan's house",
    "Sheikh and Ustadha are titles, not names",
    "Al Shanfari Trading is a company in Salalah, not a person",
    "PC 211 is the Salalah postal code",
    "avalanche danger level 3 of 5 today",
    "48 mm of rain since midnight",
    "gusts of 110 km/h on the ridge",
    "the barometer fell to 985 hPa",
    "hailstones the size of walnuts, about 3 cm",
    "the river gauge reads 2.40 m, warning level is 2.80 m",
    "claim number SH-2025-04471 is still open",
    "fire risk index 4, bonfires forbidden",
    "AIB call 2025/118 closed at 19:40",
    "the lookout tower is staffed from 10:00 to 18:00",
    "the shelter opens at 16:00 when the warning goes red",
    "the avalanche course costs 180 francs",
    "the weather society fee is 30 francs a year",
    "a new rain gauge is 45 euros",
    "the tremor on 3 March was magnitude 3.1",
    "the storm of 26 December 1999 took down half the forest",
    "the course runs from 14 to 16 November",
    "pywws 24.10 fixed the upload bug",
    "motionEye 0.43 needs Python 3",
    "Tasking Manager 4.8 is the current release",
    "MeteoTemplate 19.0 changed the config file",
    "fixed in commit 3e9b1c4, see the changelog",
    "password = ",
    "TM_DB_PASSWORD=change_me",
    '$dbPassword = "";',
    "netcam_userpass admin:",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "CH93 0076 2011 6238 5295 7 is the example IBAN in the docs",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN in the docs",
    "write to volunteer@example.org to sign up",
    "192.0.2.87 is a documentation address",
    "198.51.100.87 is a documentation address",
    "2001:db8:87::1 is a documentation address",
    "call 112 for emergencies anywhere in Europe",
    "in Switzerland 1414 calls the air rescue",
    "in Oman the emergency number is 9999",
    "is the pass open yet",
    "the siren test is at 13:30 on wednesday",
    "ok the station is sending again",
    "yes the shelter is still open",
    "STAY OFF THE BRIDGE",
    "grüessech, the plough comes at 5",
    "ciao, the squad meets at 8",
    "hello o, the rain don start again",
    "salam, the road to the mountain is closed",
    "so tired after that night at the tower",
    "who left the gauge lid open",
]  # fmt: skip


def _typo87(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a weather or hazard word's well-known
    misspelling ('lightning' -> 'lightening', 'anemometer' -> 'anenometer', 'precipitation' ->
    'percipitation', 'volcano' -> 'volcanoe', 'temperature' -> 'temprature'), or storm spotters' and mountain
    people's shorthand creeping into chat ('thunderstorm' -> 'tstorm', 'lightning' -> 'ltg', 'forecast' ->
    'fcst', 'avalanche' -> 'avy', 'evacuation' -> 'evac'). Only in sentences typed to the bot or a friend; a
    title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT87.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT87[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT87.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT87[m.group(1)] + template[m.end() :]


def build_heldout87(seed: int = HELDOUT87_SEED) -> list[Example]:
    """Held-out set 87: `Gen87` values in `HELDOUT87_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen87(seed)
    return assemble_module_set(
        gen, HELDOUT87_TEMPLATES, HELDOUT87_MIXED, HELDOUT87_NEGATIVES, _typo87, person=gen.person_for
    )
