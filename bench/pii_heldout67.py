"""Held-out PII set 67 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout67": written before round 44 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT67 is empty, as for
held-out 16 to 66; written at the same time as held-out 68, the two authors split the world between them: 67
takes bicycles and small wheels (bike shops and repair stands, cycle couriers and cargo-bike deliveries,
community bike kitchens, cycling clubs, audax and sportive entries, velodromes and track leagues, bike-share
and e-scooter accounts, stolen-bike registers and frame numbers), 68 takes language learning and exchange);
hand-written lists of the amateur racers, gran fondo riders and frame builders of the Marca Trevigiana in
the Veneto (Castelfranco Veneto, Montebelluna, Vedelago, Asolo and Bassano del Grappa: Venetian family names
on -on, -in, -etto and -atto and the two-word 'Dal Bello' and 'De Zotti', the given names of the sixties'
and seventies' Veneto, a race result's 'FAMILY Given', the Venetian short forms of given names and the
dialect's article before them, 'el' for a man and 'la' for a woman: 'Mirco Pozzobon', 'ZANIN Ivano',
'Bepi', 'Gegia', 'el Toni', 'la Bepa'), the club riders, time triallists, bike kitchen volunteers and cycle
couriers of the Calder Valley in West Yorkshire (Hebden Bridge, Mytholmroyd, Todmorden, Heptonstall and
Sowerby Bridge: old Pennine family names, the given names of the sixties and seventies, the northern short
forms ending in -z ('Gaz', 'Daz', 'Shaz', 'Caz') and 'our' before a given name, outside the span: 'Darren
Gaukroger', 'Gaz Uttley', 'our Tracey', 'our Daz'), the Fietsvierdaagse riders, bike shop people and
village cyclists of Drenthe (Assen, Borger, Emmen, Hoogeveen, Westerbork: Drents family names on -ing and
-ers and 'van der Veen', Protestant farm given names, an initial with a full stop, a Dutch register's
'Family, I.' and 'Veen, H. van der', and the village's way of naming a man by his father, 'Harm van Geert':
'Roelof Lanting', 'G. Hadders', 'Oosting, A.', 'Harm van Geert') and the onthel (old Dutch-built bicycle)
clubs and becak (cycle rickshaw) drivers of Yogyakarta (Malioboro, Prawirotaman, Kotagede and Bantul:
Javanese men's and women's given names, one name alone as many older Javanese carry, the birth-order
'Eko', 'Dwi' and 'Tri' and the women's 'Sri' before a second name, and 'Mbah', 'Mas' and 'Mbak' before a
given name, outside the span: 'Ngadiman', 'Budi Santoso', 'Dwi Prasetyo', 'Sri Lestari', 'Mbah Tukiyem',
'Mas Agus', 'Mbak Endang'); a race number, a courier's call sign ('Dynamo', 'Sprocket'), a brevet card, a
frame number, a becak's number or a bike kitchen stand beside the name and outside it (a call sign is no
person and no username, as in held-out 53, 56 and 66), the title or article always outside the span, a shop
that carries a family name ('Cicli Zanatta', 'Crabtree Cycles', 'Tweewielers Lanting') no person either; a
bike shop's ('Job card, customer:', 'Mechanic:'), a bike kitchen's ('Bike kitchen, Tue 6-9pm:', 'Stand 2
volunteer:', 'Key holder:'), a courier firm's ('Courier (call sign Dynamo):', 'Dispatcher:'), a cargo-bike
library's ('Cargo bike booked by:'), a club run's ('Ride leader:', 'Back marker:'), an audax's ('Rider
(brevet card 214):', 'Control signed by:', 'Organiser:'), a sportive's ('Entrant:', 'Emergency contact:'), a
track league's ('Track league, B group:', 'Commissaire:'), a bike-share scheme's ('Member (bike-share):'), a
stolen-bike register's ('Registered keeper:', 'Reported stolen by:') and an Italian, Dutch and Indonesian
form's ('Tesserato:', 'Direttore sportivo:', 'Deelnemer:', 'Eigenaar fiets:', 'Anggota:', 'Penarik
becak:') fields; over three quarters of the sentences typed to the bot or a friend: punctures, brake pads,
chains and cassettes, job cards at the bike shop, the repair stands and the tool wall at the bike kitchen,
courier drops and cargo-bike loads, the club run and the café stop, brevet cards and controls, sportive
start times, the velodrome's track league and its lap board, docked bikes and e-scooters, stolen bikes,
frame numbers and the police form, the onthel club's Sunday ride and the becak stand at Malioboro;
self-hosted apps' config no earlier set pasted: CoopCycle's .env for a cargo-bike delivery co-op, Open
Source Bike Share's config.php for a village bike-share, Statistics for Strava's .env for a club's ride
statistics, a GoatCounter server's command line for an audax club's site, and the OpenBikeSensor portal's
config.py and the sensor's own JSON for a club measuring overtaking distances; those regions' addresses
(the Veneto's 'Via Postumia, 45 - 31050 Vedelago (TV)' and 'Borgo Treviso 12/A, 31033 Castelfranco Veneto
TV', the Calder Valley's '12 Birchcliffe Road, Hebden Bridge HX7 8JA' and a flat over a shop, Drenthe's
'Brink 12, 9531 JR Borger' and 'Torenlaan 23a, 9401 HN Assen', and Yogyakarta's kampung numbers 'Sosrowijayan
GT I/104, Gedongtengen, Yogyakarta 55271', 'Jl. Parangtritis No. 78, Prawirotaman' and Bantul's 'RT 03 RW
02') and phones (Castelfranco's and Montebelluna's 0423, Treviso's 0422 and Bassano's 0424 in pairs,
Italian mobiles '347 123 4567' and '+39 333 1234567', Hebden Bridge's 01422 and Todmorden's 01706, UK
mobiles '07xxx xxx xxx' and '+44 (0)7', Assen's 0592 and Emmen's 0591 in pairs, Dutch mobiles '06 12 34 56
78' and '+31 6', Yogyakarta's '(0274) 512345' and Indonesian mobiles '0812 2716 4455' and '+62 813');
Visa, Mastercard 51-55 and 2221, Amex 34 and 37, Discover 6011 and JCB 3589 as a frame, a wheelset, a
sportive entry, a track league season or a cargo bike take them; IBANs of Italy, the United Kingdom and the
Netherlands (Indonesia has none); IPs of a towpath bike counter, a velodrome's timing decoder, a bike-share
dock, an e-scooter fleet gateway, a cargo bike's GPS tracker, a bike kitchen's till, a smart trainer's
bridge, a station's bike lockers, a sportive's timing mat reader, a courier dispatch server, an electric
becak's charger, an onthel club's website and a bike shop's label printer, and in the pastes above, v6 in
2001:b07:, 2a02:c7c:, 2001:1c00: and 2001:448a: ranges; passwords handed over in ways no earlier set used
(under the saddle of the shop hack, on a spoke card by the repair stand, on the back of a brevet card,
inside a courier bag's flap, inside a bike-share dock's panel, on the velodrome's lap board, on a cargo
bike box's padlock, in a puncture kit's lid, in a frame number notebook, on an onthel club's membership
card, on the café stop's chalkboard and on a D-lock's key tag), the Veneto ('Castelfranco31033!'), the
Calder Valley ('Mytholmroyd_HX7'), Drenthe ('Borger9531#'), Yogyakarta ('Prawirotaman55143'), leetspeak of
cycling words ('d3r41ll3ur', 'v3l0dr0m3'), a gear ('53x11!') and a place glued to a bike word
('Asolo*Bici12'), and cues in Venetian ('ea password del wifi xe ..., no sta dirghea a nissun'), Yorkshire
English ("t'wifi password is ..., keep it to thissen"), Drents ("'t wachtwoord van de wifi is ..., zeg 't
tegen gien mins") and Javanese ('password wifi-ne ..., ojo dikandhakke sopo-sopo yo'); usernames on Ride
with GPS, Garmin Connect, Bike Index, Pinkbike, TrainerRoad, Wahoo, VeloViewer, Relive, Bikemap, RouteYou,
Kaskus, Donkey Republic, Swapfiets, nextbike, LFGSS and Tokopedia, shapes like 'x.rides', 'x_onthel',
'x-fixie7', 'audax_x', 'calder.x', 'x.gravel', 'x_cadence90' and 'x.brevet'; dates of birth for a racing
licence, an audax membership, a sportive entry, a bike-share sign-up, a stolen-bike report and an onthel
club's card, in Yorkshire's short '14/3/58', Venetian ('el xe nato el 14 de zugno del 1958'), an Italian
licence's '14/03/1958', Dutch ('geboren op 14 maart 1958'), a Dutch form's '14-03-1958', Indonesian with
the Javanese weton (the weekday and the five-day market day) before it and outside the span ('lahir Senin
Legi, 14 Maret 1958') and an export's ISO date; typos as someone types with cycling gloves on: a cycling
word's well-known misspelling ('derailleur' -> 'derailer', 'brakes' -> 'breaks', 'bicycle' -> 'bycicle',
'velodrome' -> 'velodrone') or a gloved thumb hitting a key twice in a short word ('the' -> 'thhe', 'bike'
-> 'bikke'); negatives with the same regions' places, the titles and the name forms explained, gear ratios,
tyre sizes, lap and split times, distances and climbs, race numbers, call signs, frame numbers, brevet card
and becak numbers without a name, postcodes alone, shops named after families, versions, a commit,
placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4
and v6), helpline numbers every user shares, and short everyday chat; no public figure is named).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import datetime
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
    _pick_chat_or_not,
    assemble_module_set,
)

HELDOUT67_SEED = 5903178
# no faker name locale, as in held-out 16 to 66: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT67: list[str] = []
# bicycles and small wheels (held-out 68, written at the same time, takes language learning and exchange);
# each origin: (men's given names, women's given names, family names); ';' separates names throughout, as
# some hold a space
NAMES_HELDOUT67: dict[str, tuple[list[str], list[str], list[str]]] = {
    # amateur racers, gran fondo riders and frame builders of the Marca Trevigiana
    "treviso": ("Giuseppe;Antonio;Giovanni;Luigi;Francesco;Bortolo;Mirco;Ivano;Moreno;Denis".split(";"),
                "Giuseppina;Teresa;Maria;Elisabetta;Caterina;Ornella;Loredana;Mirella;Graziella;Nadia".split(";"),
                "Zanin;Pozzobon;Bortolon;Favaretto;Zanatta;Tonon;Gasparotto;Furlanetto;Bresolin;Dal Bello;De Zotti;Marcon;Zago;Pellizzari".split(";")),
    # club riders, time triallists, bike kitchen volunteers and cycle couriers of the Calder Valley
    "calder": ("Barry;Trevor;Graham;Stuart;Darren;Gary;Clive;Geoff;Craig;Neil".split(";"),
               "Sharon;Tracey;Caroline;Beverley;Deborah;Gillian;Lynne;Joanne;Karen;Denise".split(";"),
               "Sutcliffe;Greenwood;Crabtree;Ackroyd;Horsfall;Uttley;Midgley;Crossley;Holdsworth;Barraclough;Helliwell;Gaukroger;Lumb;Ingham".split(";")),
    # Fietsvierdaagse riders, bike shop people and village cyclists of Drenthe
    "drenthe": ("Roelof;Harm;Geert;Jannes;Albert;Lammert;Hendrik;Egbert;Berend;Jan".split(";"),
                "Geesje;Aaltje;Hennie;Janna;Roelie;Jantina;Grietje;Hillie;Trijntje;Gerda".split(";"),
                "Lanting;Hadders;Oosting;Hilbrands;Kamping;Tiesing;Wubs;Drenth;Nijboer;Bolhuis;Schuiling;van der Veen;Brink;Kuik".split(";")),
    # onthel club members and becak drivers of Yogyakarta (the 'family' list holds second names)
    "jogja": ("Ngadiman;Sutrisno;Suparno;Wagiman;Paiman;Tukijo;Sarijo;Mulyono;Agus;Budi".split(";"),
              "Tukiyem;Ngatini;Sumiyati;Suwarni;Parmi;Wagiyem;Sulastri;Endang;Lestari;Rahayu".split(";"),
              "Santoso;Prasetyo;Susanto;Wibowo;Nugroho;Setiawan;Handoko;Purnomo;Raharjo;Hartono;Wahyudi;Kurniawan".split(";")),
}  # fmt: skip
# the Venetian short forms of given names
VENETO_SHORT_HELDOUT67 = {
    "Giuseppe": "Bepi", "Antonio": "Toni", "Giovanni": "Nane", "Luigi": "Gigi", "Francesco": "Checo",
    "Giuseppina": "Bepa", "Teresa": "Gegia", "Maria": "Marieta", "Elisabetta": "Betina", "Caterina": "Catina",
}  # fmt: skip
# the northern short forms a Calder Valley club or courier firm makes of a given name
CALDER_SHORT_HELDOUT67 = {
    "Gary": "Gaz", "Darren": "Daz", "Barry": "Baz", "Trevor": "Trev", "Geoff": "Geoff", "Sharon": "Shaz",
    "Caroline": "Caz", "Beverley": "Bev", "Deborah": "Deb", "Gillian": "Gill", "Joanne": "Jo",
}  # fmt: skip
# the Javanese birth-order names (first, second, third child) and the women's 'Sri', before a second name
JOGJA_PREFIXES_HELDOUT67 = ["Eko", "Dwi", "Tri"]
# a title next to the name (outside the span), with the origin, whether a woman (None: either), and what it
# goes with: the given name in its short form where it has one ("given")
TITLED_HELDOUT67: dict[str, tuple[str, bool | None, str]] = {
    "our": ("calder", None, "given"),  # a Yorkshire family's 'our' before one of its own
    "el": ("treviso", False, "given"),  # the Venetian article before a man's name
    "la": ("treviso", True, "given"),  # and before a woman's
    "mbah": ("jogja", None, "given"),  # a Javanese grandparent or an old person
    "mas": ("jogja", False, "given"),  # a Javanese older brother or young man
    "mbak": ("jogja", True, "given"),  # a Javanese older sister or young woman
}
TITLE_SLOT_HELDOUT67 = re.compile(r"(?<![\w'-])(our|el|la|mbah|mas|mbak) \{\}", re.IGNORECASE)
# IBANs of this set's people: a Veneto rider's, a Calder Valley club's, a Drenthe bike shop's
IBAN_SHAPES_HELDOUT67 = {"IT": "1a10n12c", "GB": "4a14n", "NL": "4a10n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT67 = ["bikekitchen", "velodrome", "audax", "sportive", "cargobike", "courier", "onthel",
                      "becak", "brevet", "trackleague", "fixie", "gravel", "clarion", "cicli", "fietsen",
                      "gruppetto", "bikeshare", "framebuilder"]  # fmt: skip
# a cycling word and its well-known misspelling
MISSPELT_HELDOUT67 = {
    "derailleur": "derailer", "velodrome": "velodrone", "saddle": "sadle", "brakes": "breaks",
    "bicycle": "bycicle", "puncture": "puncher", "handlebars": "handle bars", "cassette": "casette",
    "courier": "currier", "sportive": "sportif", "tyre": "tire", "spokes": "spockes",
}  # fmt: skip
MISSPELT_WORD_HELDOUT67 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT67, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a short word a gloved thumb can hit a key twice in; never a title right before a name's slot
SHORT_WORD_HELDOUT67 = re.compile(r"(?<![\w{}'@.#$/-])([a-z]{3,5})(?![\w{}'@./-])(?! \{\})")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Dal Bello' -> 'dalbello',
    'van der Veen' -> 'vanderveen')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


# the Javanese five-day market week; 17 August 1945 was a Friday Legi
PASARAN_HELDOUT67 = ["Legi", "Pahing", "Pon", "Wage", "Kliwon"]
ID_WEEKDAYS_HELDOUT67 = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _weton(day: datetime.date) -> str:
    """A date's Javanese weton, the weekday and the market day ('Senin Legi')."""
    pasaran = PASARAN_HELDOUT67[(day - datetime.date(1945, 8, 17)).days % 5]
    return f"{ID_WEEKDAYS_HELDOUT67[day.weekday()]} {pasaran}"


class Gen67(Gen3):
    """Generators for held-out set 67: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT67."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT67))
        men, women, lasts = NAMES_HELDOUT67[origin]
        if woman is None:
            woman = rng.random() < 0.5
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "treviso" and r < 0.3:  # a race result: 'ZANIN Ivano'
            return f"{last.upper()} {first}"
        if origin == "calder" and r < 0.3:  # a courier firm's or a club's short form: 'Gaz Uttley'
            return f"{CALDER_SHORT_HELDOUT67.get(first, first)} {last}"
        if origin == "drenthe":
            if r < 0.2 and not woman:  # a village names a man by his father: 'Harm van Geert'
                father = rng.choice([x for x in NAMES_HELDOUT67["drenthe"][0] if x != first])
                return f"{first} van {father}"
            if r < 0.35:  # 'G. Hadders'
                return f"{first[0]}. {last}"
            if r < 0.5:  # a Dutch register: 'Oosting, A.' and 'Veen, H. van der'
                if last.startswith("van der "):
                    return f"{last[8:]}, {first[0]}. van der"
                return f"{last}, {first[0]}."
        if origin == "jogja":
            if r < 0.3:  # one name alone
                return first
            if r < 0.45:  # the birth order before a second name: 'Dwi Prasetyo'
                return f"{rng.choice(JOGJA_PREFIXES_HELDOUT67)} {last}"
            if r < 0.55 and woman:  # 'Sri Lestari'
                return f"Sri {first}"
        if r > 0.93:  # a register's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def _short(self, origin: str, first: str) -> str:
        """The given name as a village, a club or a courier firm says it, where the origin has a short form."""
        table = {"treviso": VENETO_SHORT_HELDOUT67, "calder": CALDER_SHORT_HELDOUT67}
        return table.get(origin, {}).get(first, first)

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.64:
            name = self._full(origin, first, last, woman)
        elif r < 0.86:
            name = self._short(origin, first) if rng.random() < 0.6 else first
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('our Tracey', 'el Toni', 'la Bepa', 'Mbah Tukiyem', 'Mas
        Agus'), from the origin that uses it."""
        rng = self.rng
        origin, woman, _ = TITLED_HELDOUT67[title.lower()]
        _, first, _, _ = self._origin_name(origin, woman)
        return self._short(origin, first) if rng.random() < 0.6 else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT67.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 140)
        shapes = [
            f"Via {pick(['Postumia', 'Castellana', 'Feltrina Sud', 'Montegrappa'])}, {n} - {pick(['31050 Vedelago (TV)', '31044 Montebelluna (TV)', '31011 Asolo (TV)'])}",
            f"Borgo {pick(['Treviso', 'Padova', 'Vicenza'])} {n}/{pick('ABC')}, 31033 Castelfranco Veneto TV",
            f"Via {pick(['Roma', 'San Pio X', 'dei Ciclisti'])} {n}, int. {rng.randint(1, 12)}, 36061 Bassano del Grappa VI",
            f"{n} {pick(['Birchcliffe Road', 'Unity Street', 'Hangingroyd Lane', 'Commercial Street'])}, Hebden Bridge HX7 {rng.randint(6, 8)}{pick(['JA', 'DP', 'DD', 'AA'])}",
            f"Flat {rng.randint(1, 6)}, {n} {pick(['Market Street', 'Burnley Road', 'Wharf Street'])}, {pick(['Mytholmroyd HX7 5', 'Sowerby Bridge HX6 2'])}{pick(['LH', 'AF', 'QB'])}",
            f"{n} {pick(['Lumbutts Road', 'Rochdale Road', 'Halifax Road'])}, Todmorden OL14 {rng.randint(5, 7)}{pick(['JJ', 'DN', 'HA'])}",
            f"{pick(['Brink', 'Hoofdstraat', 'Dorpsstraat'])} {n}, 9531 {pick(['JR', 'HL', 'AB'])} Borger",
            f"{pick(['Torenlaan', 'Kloosterstraat', 'Vaart ZZ'])} {n}{pick(['', 'a', '-2'])}, 9401 {pick(['HN', 'GB', 'KP'])} Assen",
            f"{pick(['Hoofdstraat', 'Grote Kerkstraat'])} {n}, 7902 {pick(['EG', 'AK'])} Hoogeveen",
            f"Sosrowijayan GT I/{rng.randint(100, 320)}, Gedongtengen, Yogyakarta 55271",
            f"Jl. {pick(['Parangtritis', 'Prawirotaman', 'Tirtodipuran'])} No. {n}, Prawirotaman, Mergangsan, Yogyakarta 55143",
            f"Kotagede KG III/{rng.randint(100, 800)}, Purbayan, Yogyakarta 55173",
            f"Dusun {pick(['Kasongan', 'Gabusan', 'Manding'])} RT 0{rng.randint(1, 9)} RW 0{rng.randint(1, 9)}, {pick(['Bangunjiwo, Kasihan', 'Sabdodadi, Bantul'])}, Bantul 55184",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT67)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1940, 2006)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["libero.it", "alice.it", "tiscali.it", "virgilio.it", "btinternet.com", "sky.com",
                             "ziggo.nl", "kpnmail.nl", "hetnet.nl", "yahoo.co.id", "gmail.com", "outlook.com",
                             "hotmail.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0423 {d(2)} {d(2)} {d(2)}",  # Castelfranco Veneto, Montebelluna
            f"0422 {d(2)} {d(2)} {d(2)}",  # Treviso
            f"0424 {d(6)}",  # Bassano del Grappa
            f"3{rng.choice(['47', '33', '40', '48'])} {d(3)} {d(4)}",  # Italian mobile
            f"+39 3{rng.choice(['33', '20', '47'])} {d(7)}",
            f"01422 8{d(2)} {d(3)}",  # Hebden Bridge
            f"01706 81{d(4)}",  # Todmorden
            f"07{d(3)} {d(3)} {d(3)}",  # UK mobile
            f"+44 (0)7{d(3)} {d(6)}",
            f"0592 {d(2)} {d(2)} {d(2)}",  # Assen
            f"0591 {d(2)} {d(2)} {d(2)}",  # Emmen
            f"06 {d(2)} {d(2)} {d(2)} {d(2)}",  # Dutch mobile
            f"+31 6 {d(4)} {d(4)}",
            f"(0274) {rng.choice('345')}{d(5)}",  # Yogyakarta
            f"08{rng.choice(['12', '13', '57', '78'])} {d(4)} {d(4)}",  # Indonesian mobile
            f"+62 8{rng.choice(['12', '13', '78'])} {d(4)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("55", 16), ("2221", 16), ("34", 15),
                                     ("37", 15), ("6011", 16), ("3589", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.7:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT67))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT67[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the towpath counter, the velodrome's decoder, the bike-share dock, the
        e-scooter gateway, the cargo bike's tracker, the bike kitchen's till, the trainer bridge, the bike
        lockers, the timing mats, the courier dispatch, the becak charger, the onthel club's site, the label
        printer and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:b07:{h()}:{h()}::{h()}", f"2a02:c7c:{h()}:{h()}::{h()}", f"2001:1c00:{h()}:{h()}::{h()}",
                         f"2001:448a:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the bike counter on the towpath is {}, it stopped counting on tuesday", v4),
            ("the timing decoder at the velodrome is {}, the lap times froze in the b race", rng.choice([v4, v6])),
            ("the bike-share dock by the station is {}, it won't release any bikes", v4),
            ("the e-scooter fleet gateway is {}, half the scooters show offline", rng.choice([v4, v6])),
            ("the gps tracker on the cargo bike is {}, it says the bike is in the canal", v4),
            ("the till in the bike kitchen is on {}, it keeps losing the card reader", v4),
            ("the smart trainer bridge in the garage is {}, the trainer won't pair again", v4),
            ("the bike lockers at the station run off {}, locker 14 won't open", v4),
            ("the timing mat reader at the sportive start is {}, the chips aren't registering", v4),
            ("the courier dispatch server is {}, no jobs coming through since 8", v4),
            ("the charger for the electric becak is on {}, it's stuck at 40 percent", v4),
            ("the onthel club website runs on {}, it's down again", rng.choice([v4, v6])),
            ("the workshop label printer is {}, it prints the job cards blank", v4),
            ('$dbserver = "{}";', v4),
            ('KEYCLOAK_URL = "http://{}:8080/realms/obs/"', v4),
            ("COOPCYCLE_OSRM_HOST={}:5000", v4),
            ("DATABASE_HOST={}", v4),
            ("      - TRUSTED_PROXIES={}", rng.choice([v4, v6])),
            ("2024-05-12 19:58:02 WARN decoder: loop 2 at {} lost, lap times held", v4),
            ("[goatcounter] 2024-05-12T07:30:02Z 404 /brevet-results from {}", rng.choice([v4, v6])),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Castelfranco', 'Montebelluna', 'Vedelago'])}{rng.choice(['31033', '31044', '31050'])}{rng.choice(['!', '#', ''])}",
                f"{rng.choice(['Mytholmroyd', 'Heptonstall', 'Todmorden'])}_{rng.choice(['HX7', 'OL14', 'Calder'])}",
                f"{rng.choice(['Borger', 'Assen', 'Westerbork'])}{rng.choice(['9531', '9401', '9431'])}{rng.choice(['#', '!', ''])}",
                f"{rng.choice(['Malioboro', 'Prawirotaman', 'Kotagede'])}{rng.choice(['55271', '55143', '55173'])}{rng.choice(['!', ''])}",
                rng.choice(["derailleur", "velodrome", "cadence", "freewheel", "onthel"]).translate(leet) + rng.choice(["", "!", "_67"]),
                f"{rng.choice([50, 52, 53])}x{rng.choice([11, 12, 13])}{rng.choice(['!', '#', '-climb'])}",
                f"{rng.choice(['Asolo', 'Lumbutts', 'Drouwen', 'Kasongan'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Bici', 'Spoke', 'Fiets', 'Becak'])}{rng.randint(1, 99)}",
                f"{rng.choice(['brevet', 'sportive', 'gravel'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the workshop wifi is written under the saddle of the shop hack, {}", pw),
            ("the code for the tool cupboard is on the spoke card by stand 2, {}", d(4)),
            ("i wrote the club laptop password on the back of my brevet card, {}", pw),
            ("the dispatch app login is written inside my courier bag flap, {}", pw),
            ("the maintenance code is on a sticker inside the dock panel, {}", d(6)),
            ("the timing laptop password is chalked on the lap board at the velodrome, {}", pw),
            ("the padlock on the cargo bike box is {}", d(4)),
            ("the club's website password is in the lid of the puncture kit, {}", pw),
            ("the stolen bike register login is in the front of my frame number notebook, {}", pw),
            ("the onthel club's instagram password is on the back of the membership card, {}", pw),
            ("the cafe stop chalkboard has the wifi on it, {}", pw),
            ("the key tag on the d-lock has the locker pin on it, {}", d(4)),
            ("the combination for the bike shed is {}", d(4)),
            ("the track league entry portal password is {}, put me in the b group", pw),
            ("ok the e-scooter fleet admin password is {}, thanks for resetting it", pw),
            ("the sportive entry account password is {}, can you move my start time", pw),
            ("the bike shop till password is {}, the new frames need pricing", pw),
            # cues in ways no earlier set used
            ("t'wifi password is {}, keep it to thissen", pw),
            ("ea password del wifi xe {}, no sta dirghea a nissun", pw),
            ("'t wachtwoord van de wifi is {}, zeg 't tegen gien mins", pw),
            ("password wifi-ne {}, ojo dikandhakke sopo-sopo yo", pw),
            # commands
            ("$ mysql -u bikeshare -p{} bikeshare", colonless),
            ("$ curl -H 'Authorization: Bearer {}' https://obs.example.org/api/tracks", tok(40, alnum)),
            ("$ goatcounter serve -db 'postgresql+host=db user=goatcounter password={} dbname=goatcounter'", colonless),
            # pastes
            ("APP_SECRET={}", tok(32, hexl)),
            ("DATABASE_URL=postgresql://coopcycle:{}@postgres:5432/coopcycle", colonless),
            ("JWT_PASSPHRASE={}", pw),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ('$dbpassword = "{}";', pw),
            ("STRAVA_CLIENT_SECRET={}", tok(40, hexl)),
            ("STRAVA_REFRESH_TOKEN={}", tok(40, hexl)),
            ('SECRET = "{}"', tok(48, alnum)),
            ('KEYCLOAK_CLIENT_SECRET = "{}"', tok(32, alnum)),
            ("      - POSTGRES_PASSWORD={}", pw),
            ('  "wifiPassword": "{}",', pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.rides', 'x_onthel', 'x-fixie7', 'x.brevet')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.rides",
                f"{last}_onthel",
                f"{first}-fixie{rng.randint(1, 99)}",
                f"audax_{last}",
                f"calder.{first}",
                f"{first}.gravel",
                f"{last}_cadence{rng.choice([80, 85, 90, 95])}",
                f"{first}.brevet",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> tuple[dict[str, str], str]:
        """One date of birth in every shape this set uses, keyed by language or format, and its weton."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        shapes = {
            "uk": f"{day}/{m}/{year % 100:02d}",
            "vec": f"{day} de {VEC_MONTHS_HELDOUT67[m - 1]} del {year}",
            "it": f"{day:02d}/{m:02d}/{year}",
            "nl": f"{day} {NL_MONTHS_HELDOUT67[m - 1]} {year}",
            "nl_form": f"{day:02d}-{m:02d}-{year}",
            "id": f"{day} {ID_MONTHS_HELDOUT67[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }
        return shapes, _weton(dt)

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes, _ = self._dob_shapes()
        return shapes[self.rng.choice(["uk", "vec", "it", "nl", "nl_form", "id", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        (s, weton), any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the racing licence form wants my date of birth, it's {}", any_shape),
            ("for the audax membership i had to give my birthday, {}", any_shape),
            ("me pare el xe nato el {}, the club wants it for the tessera", s["vec"]),
            ("our dad were born {}, the sportive entry wants it for his age group", s["uk"]),
            ("opa is geboren op {}, the fietsvierdaagse wants it for the medal", s["nl"]),
            (f"mbah lahir {weton}, {{}}, the onthel club card needs it", s["id"]),
            ("the bike-share sign-up asks for a date of birth, mine is {}", any_shape),
            ("the police stolen bike form asks for my birthday, {}", any_shape),
            ("Data di nascita: {}", s["it"]),
            ("DOB (d/m/yy): {}", s["uk"]),
            ("Geboortedatum: {}", s["nl_form"]),
            (f"Tempat/Tgl Lahir: Yogyakarta ({weton}), {{}}", s["id"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


VEC_MONTHS_HELDOUT67 = (
    "zenaro febraro marzo april majo zugno lujo agosto setembre otobre novembre dicembre".split()
)
NL_MONTHS_HELDOUT67 = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)
ID_MONTHS_HELDOUT67 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)


HELDOUT67_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is doing the repair stand at the bike kitchen on tuesday",
        "can you ask {} if the derailleur hanger came in",
        "{} trued my back wheel for a fiver and a cup of tea",
        "{} says the new brakes need bedding in before sunday",
        "the mechanic is {}, he wants the bike in by nine",
        "{} is leading the club run to heptonstall, meet at the bridge",
        "{} was back marker again and fixed three punctures",
        "{} rode the 300 audax in the rain and still made the last control",
        "{} signed my brevet card at the cafe in todmorden",
        "{} got a silver at the track league last night",
        "{} built my frame, lugged steel, took eight months",
        "{} won the gran fondo in his age group",
        "{} does the cargo bike deliveries for the veg box",
        "{} carried a fridge on the cargo bike, honestly",
        "tell {} the bike-share dock by the station is broken again",
        "{} had her bike nicked from outside the library",
        "{} found his stolen bike on marketplace and the police got it back",
        "{} is the commissaire at the velodrome on fridays",
        "{} rides a 1950s gazelle with the onthel club every sunday",
        "{} pulls a becak on malioboro, number 112",
        "{} is fixing the chain on my cargo bike this afternoon",
        "i'm meeting {} at the bike shop to pick up the wheels",
        "we're splitting the van to the sportive with {}",
        "{} from the courier firm is dropping the parcel at 4",
        "ok so {} is lending me her turbo trainer, thanks",
        "yes {} is the one with the orange fixie, say hi",
        "{} rang the shop, the new cassette is in",
        "{} lost her wheel in the tram tracks and broke her wrist",
        "{} does the fietsvierdaagse every year on the same old bike",
        "{} keeps the spare tubes and the track pump in his shed",
        "our {} has been on the bike since six this morning",
        "our {} wants a gravel bike for her birthday",
        "el {} rode from Castelfranco to Asolo and back before breakfast",
        "la {} runs the bike shop since her dad retired",
        "mbah {} still rides to the market on his onthel",
        "mas {} can fix the becak's brakes for us",
        "mbak {} runs the onthel club's instagram",
        "{} (radio: Sprocket) has the Todmorden drop today",
        "Job card, customer: {}",
        "Mechanic: {}",
        "Bike kitchen, Tue 6-9pm: {}",
        "Stand 2 volunteer: {}",
        "Key holder: {}",
        "Courier (call sign Dynamo): {}",
        "Dispatcher: {}",
        "Cargo bike booked by: {}",
        "Ride leader: {}",
        "Back marker: {}",
        "Rider (brevet card 214): {}",
        "Control signed by: {}",
        "Organiser: {}",
        "Entrant: {}",
        "Emergency contact: {}",
        "Track league, B group: {}; {}",
        "Commissaire: {}",
        "Member (bike-share): {}",
        "Registered keeper: {}",
        "Reported stolen by: {}",
        "Tesserato: {}",
        "Direttore sportivo: {}",
        "Deelnemer: {}",
        "Eigenaar fiets: {}",
        "Anggota: {}",
        "Penarik becak: {}",
        "No. 41 - {}",
        "| Sun 12 May | club run | {} |",
        '"rider": "{}",',
    ],
    "STREET_ADDRESS": [
        "the wheels need to go back to {}",
        "send the frame to {}",
        "the cargo bike drop is at {}, round the back",
        "the bike kitchen moved to {}",
        "the stolen bike was taken from outside {}",
        "the club run starts from {} at nine",
        "the onthel club meets at {} on sunday morning",
        "Address: {}",
        "Indirizzo: {}",
        "Adres: {}",
        "Alamat: {}",
        "Collection address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the audax results to {}",
        "the track league entries go to {}",
        "email the frame quote to {}",
        "the stolen bike report reply came from {}",
        "Email (entrant): {}",
        '"email": "{}",',
        "MAIL_FROM={}",
        "COOPCYCLE_CONTACT_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the bike shop's number is {}",
        "call the courier on {}, he's outside",
        "the bike kitchen's phone is {}",
        "ring the ride leader on {} if you get dropped",
        "the becak driver's number is {}",
        "Tel.: {}",
        "Telefono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the new frame with {}",
        "the wheelset went on {}",
        "the sportive entry went on {}",
        "put the track league season on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the shop refunded the wheels into {}",
        "pay the club subs into {}",
        "send my share of the van to {}",
        "the bike kitchen's account is {}",
        "IBAN: {}",
        "IBAN (quota sociale): {}",
    ],
    "USERNAME": [
        "on Ride with GPS I'm {}",
        "my Garmin Connect name is {}",
        "the bike is on Bike Index under {}",
        "on Pinkbike I'm {}",
        "my TrainerRoad login is {}",
        "the Wahoo account is {}",
        "VeloViewer has me as {}",
        "my Relive name is {}",
        "on Bikemap I'm {}",
        "on RouteYou I'm {}",
        "my Kaskus id is {}",
        "the Donkey Republic account is {}",
        "my Swapfiets login is {}",
        "on nextbike I'm {}",
        "on LFGSS I post as {}",
        "my Tokopedia shop for onthel parts is {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT67_MIXED = [
    ("Ride leader: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Entrant: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ('$dbserver = "{}";\n$dbpassword = "{}";', ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/v1/stands", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the code for the bike shed, it's {}", ["PERSON", "SECRET"]),
    ("Rider: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Garmin Connect name is {}, the club subs go to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the brevet came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the wheelset with {}", ["PERSON", "CREDIT_CARD"]),
    ("la {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Registered keeper: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT67_NEGATIVES = [
    "Castelfranco Veneto has a walled town in the middle",
    "the Monte Grappa climb is 18 km at 8 percent",
    "the Veneto says el and la before a name, like the article",
    "in Venetian Giuseppe becomes Bepi and Teresa becomes Gegia",
    "an Italian result sheet writes the family name first in capitals",
    "31033 is Castelfranco Veneto and 31044 is Montebelluna",
    "Cicli Zanatta has built steel frames since 1962",
    "a gran fondo is a long mass ride with a timed section",
    "the Calder Valley runs from Todmorden to Sowerby Bridge",
    "Heptonstall is up the hill from Hebden Bridge, 25 percent at the steepest",
    "in Yorkshire our before a name just means one of the family",
    "Gaz is short for Gary and Shaz for Sharon",
    "HX7 is Hebden Bridge and OL14 is Todmorden",
    "Crabtree Cycles has been on that corner for forty years",
    "a ten mile time trial under 20 minutes is good going",
    "a courier's call sign goes over the radio instead of a name",
    "call sign Dynamo has the hospital run today",
    "Drenthe has more cycle paths than roads",
    "the Fietsvierdaagse in Drenthe is four days of 50 to 100 km",
    "in a Drenthe village a man can go by his father's given name, with van before it",
    "a Dutch register writes the van der after the initials",
    "9531 is Borger and 9401 is Assen",
    "Tweewielers Lanting fixed the gears for 35 euros",
    "the hunebedden are the stone tombs by the cycle path at Borger",
    "an onthel is an old Dutch-built bicycle, Java kept thousands of them",
    "a becak is a cycle rickshaw with the seat in front",
    "Mbah, Mas and Mbak are what Java calls a grandparent, a brother and a sister",
    "Eko, Dwi and Tri mean first, second and third child",
    "the weton is the weekday and the market day you were born on",
    "55271 is Sosrowijayan in Yogyakarta",
    "GT on a Yogyakarta kampung address stands for Gedongtengen",
    "becak number 112 waits outside the market",
    "the Sunday onthel ride goes from the Tugu to Kotagede",
    "53x11 is a big gear for a flat road",
    "I run 28 mm tyres at 70 psi",
    "700x35c tubes are on the top shelf",
    "the cassette is 11-34, the chain needs replacing at 0.75",
    "a 160 mm rotor on the front, 140 at the back",
    "lap record at the velodrome is 17.2 seconds for the flying 200",
    "the B group races at 19:30 after the sprints",
    "the track is 250 metres with 42 degree bankings",
    "the audax is 200 km with 2,400 m of climbing",
    "control 3 closes at 15:40",
    "brevet card 214 is missing a stamp at the second control",
    "the sportive has 1,800 riders and three distances",
    "start times go out in waves every five minutes from 7:00",
    "race number 41 is the one in the yellow jersey",
    "frame number WTU2230C4417 is stamped under the bottom bracket",
    "the frame number is on the police form, crime ref 13/55812/24",
    "the bike-share costs 1 pound to unlock and 15p a minute",
    "dock 7 at the station has 12 bikes and 3 free spaces",
    "the e-scooters are limited to 15.5 mph",
    "order 51207 is two inner tubes and a chain",
    "job card 3381 is ready for collection",
    "the bike kitchen is open tuesday 6 to 9 and saturday 10 to 4",
    "the cargo bike carries 100 kg in the box",
    "a new chain is 35 euros and a cassette 60",
    "the service costs 45 pounds without parts",
    "the club run averages 25 km/h on the flat",
    "my FTP went up to 240 watts this winter",
    "the towpath counter logged 1,204 bikes on sunday",
    "CoopCycle 1.20 added a new dispatch view",
    "Open Source Bike Share runs on PHP and MySQL",
    "Statistics for Strava needs a client id and a refresh token",
    "GoatCounter 2.5 is out",
    "the OpenBikeSensor measures how close cars pass",
    "fixed in commit 4e8b21d, see the changelog",
    "APP_SECRET=<generate one>",
    "JWT_PASSPHRASE=",
    "STRAVA_CLIENT_SECRET=your-client-secret",
    '$dbpassword = "";',
    "door code: ****",
    "card 4111 1111 1111 1111 is the test card",
    "6011 1111 1111 1117 is the Discover test number",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN in the docs",
    "NL91 ABNA 0417 1643 00 is the example IBAN in the docs",
    "write to rider@example.org on the form",
    "192.0.2.67 is a documentation address",
    "198.51.100.67 is a documentation address",
    "2001:db8:67::1 is a documentation address",
    "call 101 to report a stolen bike in the UK",
    "call 112 for an ambulance anywhere in Europe",
    "the shop is 10 minutes from the station",
    "did the new tubes come yet",
    "bring lights, it's dark by five",
    "ok the bike's fixed, finally",
    "yes the wheels are true now, thanks",
    "I GOT A PUNCTURE ON THE TOP OF THE CLIMB",
]  # fmt: skip


def _typo67(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types with cycling gloves on, a cycling
    word's well-known misspelling ('derailleur' -> 'derailer', 'brakes' -> 'breaks', 'bicycle' -> 'bycicle',
    'velodrome' -> 'velodrone'), or a gloved thumb hitting a key twice in a short word ('the' -> 'thhe',
    'bike' -> 'bikke'). Only in sentences typed to the bot or a friend; a title or an article next to a
    name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT67.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT67[m.group(1)] + template[m.end() :]
    shorts = list(SHORT_WORD_HELDOUT67.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    i = m.start() + rng.randrange(len(m.group(1)))
    return template[: i + 1] + template[i] + template[i + 1 :]


def build_heldout67(seed: int = HELDOUT67_SEED) -> list[Example]:
    """Held-out set 67: `Gen67` values in `HELDOUT67_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen67(seed)
    return assemble_module_set(
        gen, HELDOUT67_TEMPLATES, HELDOUT67_MIXED, HELDOUT67_NEGATIVES, _typo67, person=gen.person_for
    )
