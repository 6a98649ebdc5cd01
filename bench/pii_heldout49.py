"""Held-out PII set 49 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout49": written before round 35 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT49 is empty, as for
held-out 16 to 48; written at the same time as held-out 50, the two authors split the world between them: 49
takes motoring and the road (car dealers and used-car lots, garages, roadworthiness inspections (MOT, TÜV,
ITV), breakdown recovery, car clubs and classic-car rallies, motorbike clubs, car-share and car rental,
parking permits and traffic fines, home EV chargers, tyre shops, car washes, truck stops and long-haul lorry
drivers; not taxis, buses or driving schools, which earlier sets had), 50 takes civic life and activism);
hand-written lists of Kongu Vellalar (Gounder) lorry owners, drivers and rig-body builders of Namakkal,
Tiruchengode and Sankagiri, Tamil Nadu's lorry towns (no family name: the father's initial before the given
name, the community's 'Gounder' after it, or the father's given name after it as a passport prints it, and
'anna' or 'akka' after the name: 'K. Palanisamy', 'Velusamy Gounder', 'Senthilkumar Ramasamy', 'Muthusamy
anna'), paisa moteros, motorbike mechanics and used-bike dealers of Medellín's Barrio Triste, Itagüí and
Envigado (compound given names with both family names, a hypocoristic alone or with a family name, 'don' and
'doña' before the given name: 'Jhon Fredy Restrepo Zapata', 'Pacho Arango', 'don Albeiro'), Hispano lowrider
families of Española, Chimayó and Santa Cruz, New Mexico (car clubs, body, paint and upholstery shops, the
cruise on Riverside Drive: old New Mexican given names, a middle initial and 'Jr.' or 'Sr.' in the name:
'Tranquilino Archuleta', 'Eloy R. Maestas Jr.'), Hindko-speaking lorry drivers and truck-art painters of
Abbottabad, Mansehra and Haripur (the Hazara division's Tanoli, Jadoon, Swati, Dhund and Karlal names, on the
GT Road, the Karakoram Highway and the Karachi port runs, and Rawalpindi's Pir Wadhai workshops: compound
given names with the tribe's name, and a licence's or CNIC's 's/o' with the father's name: 'Sher Zaman Tanoli',
'Gul Nawaz s/o Fazal Dad') and British travelling showmen's families (the Showmen's Guild, fairground ride
lorries, living-wagons and winter yards, Scammells and Fodens at the vintage commercial rallies: old given
names and fairground family names, 'Jnr' and 'Snr': 'Albert Thurston Jnr', 'Queenie Danter'); a register's
'SURNAME, Given' for every origin with a family name ('ARCHULETA, Tranquilino'); a logbook's ('Registered
keeper:'), a lorry's ('Driver:', 'Cleaner:' for the helper), a rally's ('Driver / Co-driver:', 'Entrant:',
'Navigator:'), an MOT's ('Tester:', 'Presented by:'), a recovery job's ('Recovery driver:'), a hire's
('Hirer:'), a permit's ('Permit holder:'), a dealer's ('Salesperson:'), a tyre shop's ('Fitter:'), a car
wash's ('Valeter:') and a ride's rounding boards' ('Prop.') fields; over three quarters of the sentences
typed to the bot or a friend: lorry loads, truck stops and tachographs, used-car lots and dealers, MOTs and
ITVs, garage jobs and tyre fitting, breakdown recovery, car clubs and the lowrider cruise, motorbike runs,
rallies and their roadbooks, car shares and hire cars, parking permits and fines, home chargers, car washes,
fairground haulage; self-hosted apps' config no earlier set pasted: Hammond's docker env, OpenEVSE's wifi
config JSON, SteVe's main.properties (an OCPP back end for the chargers), the OVMS server's
ovms_server.conf, Shinobi's conf.json for the car lot's cameras and Krayin's .env for the dealer's CRM, with
DVLA, Smartcar and Tibber keys; those regions' addresses (Namakkal's 'No. 14, Salem Road, Namakkal - 637001'
and 'Door No. 3/112' with Tiruchengode's and Sankagiri's PINs, Medellín's 'Calle 44 # 52-30' with 'Sur' and
'apto', Itagüí and Envigado, Española's and Chimayó's 875xx ZIPs and County Roads, Abbottabad's 'House No.,
Street, Mohalla' and Mansehra's and Haripur's villages with 'Tehsil & District', and a showmen's yard's 'Plot
7, Showmen's Yard' with UK postcodes) and phones (Namakkal's 04286 and Tiruchengode's 04288, Indian mobiles
in fives, Medellín's (604) and Colombian mobiles, Española's (505) 753 and 747, Abbottabad's 0992 and
Mansehra's 0997, Pakistani mobiles 03xx-, UK mobiles and Nottingham's 0115 and Wakefield's 01924); Visa,
Mastercard 52 and 2720, Amex 37, RuPay 6521 and Discover 6011 as a tyre shop, a hire desk or a parts counter
takes them, with spaces, hyphens or none; IBANs of the United Kingdom, Pakistan, the United Arab Emirates
and Spain (every IBAN country was used by an earlier set; India, Colombia and the United States have none:
these are where a showman's, a Gulf driver's and an imported car's money goes); IPs in a car wash's pay
kiosk, a tyre shop's wheel aligner, an MOT bay's brake roller tester, a used-car lot's NVR, a wallbox, a
truck stop's pump controller, a parking barrier's camera, rally timing, a garage's diagnostic laptop, a
lorry's telematics box, a car share's key box, a recovery truck's tablet and a ride lorry's generator, and
in the pastes above and a SteVe log line, v6 in 2405:201, 2800:484, 2600:1700, 2a00:23c7 and 2400:adc0
ranges; passwords handed over in ways no earlier set used (on a truck stop's shower door, in a used-car
lot's key safe, chalked on a tyre rack, taped inside the sun visor, on the car wash's coin box, on the MOT
bay's whiteboard, on the back of a parking permit, on a tachograph printout, in a rally roadbook, on a
dealer's key tag, inside a lowrider's switch box, on a living-wagon's gas locker), Namakkal
('Namakkal#Lorry'), Envigado ('Envigado_1975'), Española ('Lowrider!87532'), the GT Road ('GTRoad-1947'),
a Waltzer and a Scammell ('Waltzer57!'), leetspeak of garage words ('g4r4g3', 'h1dr4ul1c$'), a tyre size
('315/80R22.5'), and cues in Tanglish ('anna wifi password ... dhaan'), paisa Spanish ('parce, la clave del
taller es ..., pues'), New Mexican Spanglish ('órale, the clave is'), Hindko in Latin letters ('adde da wifi
password ... ae') and showmen's talk ('don't tell the flatties'); usernames on Team-BHP, xBhp, PakWheels,
TuCarro, layitlow, TruckersMP, Bring a Trailer, Car Throttle, Speak EV, Rennlist, Trucking Truth, Fuelly and
Spritmonitor, shapes like 'x.namakkal', 'y_hydros4', 'x-on-the-kkh', 'y.lowlow', 'moto_x7', 'x_18wheels' and
'y.waltzer'; dates of birth for a lorry's insurance, a car club, a hire desk, a parking permit, a tacho card,
a warranty, a rally entry and a bike club, in Tamil ('பிறந்த தேதி: 14-03-1987'), a Colombian cédula's
'FECHA DE NACIMIENTO 14-MAR-1987', paisa Spanish's 'nací el 14 de marzo del 87', New Mexico's '03/14/1987'
and 'March 14th, 1987', a CNIC's '14.03.1987', British '14 March 1987' and '14th Mar 87', and an OVMS JSON
'driver_dob'; typos as a car's hands-free dictation mishears a word for its homophone ('brake' -> 'break',
'road' -> 'rode', 'wait' -> 'weight') or writes a spoken number word as digits ('two' -> '2'), dictated at the
wheel; negatives with the same regions' places, the titles, the name forms and the showmen's words
explained, number plates and VINs (not PII in these sets), MOT test numbers, tyre sizes and pressures,
mileage, engine codes and lorry makes ('Ashok Leyland', 'the Mercedes Actros'), axle weights, tachograph
hours, parking bays, fine amounts and PCN numbers alone, charger kilowatts, fuel prices, the regions'
emergency numbers, versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a
placeholder e-mail, documentation IPs (v4 and v6), and short everyday chat).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

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

HELDOUT49_SEED = 8306157
# no faker name locale, as in held-out 16 to 48: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT49: list[str] = []
# motoring and the road (held-out 50, written at the same time, takes civic life and activism); each origin:
# (men's given names, women's given names, family names); the Kongu Vellalar have no family name: theirs
# are fathers' given names, used as an initial or after the name
NAMES_HELDOUT49: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Kongu Vellalar (Gounder) lorry owners, drivers and rig-body builders of Namakkal, Tiruchengode, Sankagiri
    "kongu": ("Palanisamy Velusamy Senthilkumar Periyasamy Chinnasamy Muthusamy Karuppusamy Nallasamy Ponnusamy Sengottaiyan Kandasamy".split(),
              "Pongodi Sellammal Kaliammal Valarmathi Amudha Jothimani Sasikala Pappathi".split(),
              "Ramasamy Kaliappan Marappan Subbaiyan Arumugam Chennimalai Mylsamy Nachimuthu Rangasamy".split()),
    # paisa moteros, motorbike mechanics and used-bike dealers of Medellín's Barrio Triste, Itagüí, Envigado
    "paisa": (["Jhon Fredy", "Yeison", "Wilmar", "Arley", "Duván", "Albeiro", "Hernán Darío", "Jhonatan",
               "Luis Fernando", "Edwin"],
              ["Yuliana", "Leidy Johana", "Marleny", "Deisy", "Luz Dary", "Yésica", "Gloria Inés", "Paola Andrea"],
              "Restrepo Zapata Arango Giraldo Ospina Cardona Agudelo Henao Echeverri Múnera Betancur Quintero".split()),
    # Hispano lowrider families of Española, Chimayó and Santa Cruz, New Mexico
    "hispano": ("Tranquilino Arsenio Eloy Onésimo Fidel Benito Leroy Orlando Amarante Gilbert".split(),
                "Ermelinda Lorraine Priscilla Corina Bernadette Cordelia Dolores Feliz".split(),
                "Archuleta Trujillo Maestas Vigil Lucero Quintana Naranjo Jaramillo Martínez Córdova Salazar Valdez".split()),
    # Hindko-speaking lorry drivers and truck-art painters of Abbottabad, Mansehra and Haripur
    "hindko": (["Sher Zaman", "Gul Nawaz", "Fazal Dad", "Niaz Muhammad", "Muhammad Riaz", "Zarin Khan",
                "Taj Wali", "Shahid Mehmood", "Lal Badshah", "Mir Afzal"],
               "Kalsoom Zubaida Shamim Rafia Nasreen Gul Bano".split(),
               "Tanoli Jadoon Swati Dhund Karlal Tareen Abbasi Awan".split()),
    # British travelling showmen's families: fairground ride lorries, living-wagons, winter yards
    "showmen": ("Albert Levi Nelson Walter Henry Jimmy Ernie Frankie Silas Tommy".split(),
                "Queenie Rosina Lavinia Nellie Violet Britannia Cissie Minnie".split(),
                "Thurston Danter Botton Codona Silcock Mellors Harniess Noyce Wadbrook Pettigrove Farrar Deakin".split()),
}  # fmt: skip
# a title written next to the name (outside the span) goes with the origin that uses it: (origin, woman)
TITLED_HELDOUT49: dict[str, tuple[str, bool]] = {
    "don": ("paisa", False),  # before a man's given name
    "doña": ("paisa", True),  # and a woman's
    "anna": ("kongu", False),  # 'elder brother', after a man's name
    "akka": ("kongu", True),  # 'elder sister', after a woman's
}
TITLE_SLOT_HELDOUT49 = re.compile(r"(?<![\w'])(don|doña) \{\}|\{\} (anna|akka)(?![\w'])", re.IGNORECASE)
# the hypocoristic a Medellín workshop calls a man by
PAISA_SHORT_HELDOUT49 = "Pacho Chucho Memo Toño Kike Nacho".split()
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT49 = {"GB": "4a14n", "PK": "4a16c", "AE": "19n", "ES": "20n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT49 = ["lorry", "rig", "moto", "taller", "lowrider", "hydros", "gtroad", "waltzer", "tyres",
                      "mot", "rally", "carwash", "recovery", "wallbox", "dealer", "garage"]  # fmt: skip
# slips outside the slots: a car's hands-free dictation mishearing a word for its homophone, or writing a
# spoken number word as digits
HOMOPHONES_HELDOUT49 = {
    "brake": "break", "brakes": "breaks", "road": "rode", "wait": "weight", "right": "write", "new": "knew",
    "hour": "our", "hours": "ours", "buy": "by", "sale": "sail", "tow": "toe", "fair": "fare", "whole": "hole",
    "week": "weak", "made": "maid", "plain": "plane", "through": "threw", "steel": "steal",
}  # fmt: skip
DIGITS_HELDOUT49 = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "ten": "10", "twenty": "20",
    "first": "1st", "second": "2nd", "half": "1/2",
}  # fmt: skip
HOMOPHONE_WORD_HELDOUT49 = re.compile(r"(?<![\w{}'@.])(" + "|".join(HOMOPHONES_HELDOUT49) + r")(?![\w{}'@])")
DIGIT_WORD_HELDOUT49 = re.compile(r"(?<![\w{}'@.])(" + "|".join(DIGITS_HELDOUT49) + r")(?![\w{}'@])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Múnera' -> 'munera',
    'Jhon Fredy' -> 'jhonfredy')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _ordinal(n: int) -> str:
    """'1st', '2nd', '14th', '23rd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Gen49(Gen3):
    """Generators for held-out set 49: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT49 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT49))
        men, women, lasts = NAMES_HELDOUT49[origin]
        if woman is None:  # lorry drivers and truck-art painters are mostly men
            woman = rng.random() < (0.15 if origin in ("hindko", "kongu") else 0.4)
        given = rng.choice(women if woman else men)
        return origin, given, rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT49[origin][2]
        if origin == "kongu":  # no family name: the father's initial, 'Gounder' or the father's given name
            if r < 0.45:
                return f"{last[0]}. {first}" if rng.random() < 0.7 else f"{last[0]}.{first}"
            if r < 0.7 and not woman:
                return f"{first} Gounder"
            return f"{first} {last}"
        if r < 0.12:  # a register's SURNAME, Given
            return f"{last.upper()}, {first}"
        if origin == "paisa":
            if r < 0.55:  # both family names, the father's then the mother's
                return f"{first} {last} {rng.choice([x for x in lasts if x != last])}"
            if not woman and r < 0.7:  # the hypocoristic with a family name
                return f"{rng.choice(PAISA_SHORT_HELDOUT49)} {last}"
        if origin == "hispano" and not woman:
            if r < 0.35:
                return f"{first} {last} {rng.choice(['Jr.', 'Sr.'])}"
            if r < 0.55:  # a middle initial
                return f"{first} {rng.choice('ABDEJMRT')}. {last}"
        if origin == "hindko" and not woman and r < 0.4:  # a licence's 'son of' and the father's name
            father = rng.choice([x for x in NAMES_HELDOUT49["hindko"][0] if x != first])
            return f"{first} s/o {father}"
        if origin == "showmen" and not woman and r < 0.35:
            return f"{first} {last} {rng.choice(['Jnr', 'Snr'])}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.8:
            name = first
            if origin == "paisa" and not woman and rng.random() < 0.5:  # the hypocoristic alone
                name = rng.choice(PAISA_SHORT_HELDOUT49)
        elif r < 0.9 and origin != "kongu":
            name = last
        else:  # the given name's initial and the family name, as a job card gives it
            name = f"{first[0]}. {last}" if origin != "kongu" else f"{last[0]}. {first}"
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('don Albeiro', 'doña Marleny', 'Muthusamy anna',
        'Pongodi akka'), from the origin that uses it."""
        rng = self.rng
        origin, woman = TITLED_HELDOUT49[title.lower()]
        _, given, last, _ = self._origin_name(origin, woman)
        if origin == "kongu" and rng.random() < 0.3:
            return f"{last[0]}. {given}"
        return given

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT49.search(template)
        return self.titled_person(m.group(1) or m.group(2)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        shapes = [
            f"No. {n}, {pick(['Salem Road', 'Paramathi Road', 'Mohanur Road', 'Trichy Road'])}, Namakkal - 637001",
            f"Door No. {rng.randint(1, 9)}/{rng.randint(10, 240)}, {pick(['Sankari Road', 'Erode Road', 'Velur Road'])}, Tiruchengode - 637211",
            f"Plot {rng.randint(1, 80)}, Lorry Body Building Street, {pick(['Pallipalayam', 'Kumarapalayam', 'Sankagiri'])}, Namakkal Dt. 637303",
            f"{pick(['Calle', 'Carrera'])} {rng.randint(30, 80)}{pick(['', 'A', 'B'])} # {rng.randint(10, 99)}-{rng.randint(10, 99)}, Barrio Triste, Medellín",
            f"Carrera {rng.randint(42, 58)} # {rng.randint(30, 80)}-{rng.randint(10, 99)}, apto {rng.randint(2, 12)}0{rng.randint(1, 4)}, Itagüí",
            f"Calle {rng.randint(30, 49)}{pick(['', 'B', 'D'])} Sur # {rng.randint(20, 45)}-{rng.randint(10, 99)}, Envigado, Antioquia",
            f"{rng.randint(100, 1999)} {pick(['N Riverside Dr', 'S Riverside Dr', 'Paseo de Oñate', 'Fairview Ln'])}, Española, NM 87532",
            f"{rng.randint(2, 99)} County Rd {pick(['87', '88', '94', '98'])}, Chimayó, NM 87522",
            f"{rng.randint(10, 300)} {pick(['Calle Chula', 'Camino de la Cruz', 'Santa Cruz Rd'])}, Santa Cruz, NM 87567",
            f"House No. {n}, Street {rng.randint(1, 12)}, Mohalla {pick(['Jinnahabad', 'Kehal', 'Nawanshehr', 'Malikpura'])}, Abbottabad",
            f"Mohalla {pick(['Tanolian', 'Jadoonabad', 'Khaki'])}, {pick(['Shinkiari Road', 'Karakoram Highway', 'Abbottabad Road'])}, Mansehra",
            f"Village {pick(['Sarai Saleh', 'Kot Najibullah', 'Khalabat'])}, Tehsil & District Haripur",
            f"Plot {rng.randint(1, 30)}, Showmen's Yard, {pick(['Sandy Lane', 'Marsh Lane', 'Station Road'])}, {pick(['Nottingham NG6 8AS', 'Hull HU2 0RN', 'Batley WF17 5LA', 'Glasgow G40 2QH'])}",
            f"The Winter Yard, {rng.randint(1, 120)} {pick(['Bradford Road', 'Leeds Road', 'Mill Lane'])}, {pick(['Wakefield WF2 9LP', 'Dewsbury WF12 8JZ', 'Mansfield NG18 2RT'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT49)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{first}_{subject}", f"{last}{rng.randint(1958, 2004)}",
                           f"{subject}{last}", f"{first}.{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.co.in", "rediffmail.com", "hotmail.com", "outlook.com",
                             "une.net.co", "yahoo.es", "cybermesa.com", "windstream.net", "cyber.net.pk",
                             "yahoo.com", "btinternet.com", "sky.com", "talktalk.net"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"04286 2{d(5)}",  # Namakkal
            f"04288 2{d(5)}",  # Tiruchengode
            f"{rng.choice('6789')}{d(4)} {d(5)}",  # Indian mobile, in fives
            f"+91 9{d(4)} {d(5)}",
            f"(604) {rng.choice('2345')}{d(2)} {d(4)}",  # Medellín
            f"3{rng.choice(['00', '01', '04', '11', '14', '17', '20', '23'])} {d(3)} {d(4)}",  # Colombian mobile
            f"+57 3{d(2)} {d(3)} {d(4)}",
            f"(505) 753-{d(4)}",  # Española
            f"505-747-{d(4)}",
            f"0992-{rng.choice('3456')}{d(5)}",  # Abbottabad
            f"0997-{rng.choice('3456')}{d(5)}",  # Mansehra
            f"03{rng.choice(['00', '01', '33', '45', '46', '15'])}-{d(7)}",  # Pakistani mobile
            f"+92 3{d(2)} {d(7)}",
            f"07{rng.choice('3456789')}{d(2)} {d(6)}",  # UK mobile
            f"0115 9{d(2)} {d(4)}",  # Nottingham
            f"01924 {d(6)}",  # Wakefield
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("2720", 16), ("37", 15), ("6521", 16),
                                     ("6011", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.7:  # a parts counter's receipt's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT49))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT49[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): car washes, tyre shops, MOT bays, car lots, chargers, truck stops,
        rallies and lorries, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2405:201:{h()}:{h()}::{h()}", f"2800:484:{h()}:{h()}::{h()}", f"2600:1700:{h()}:{h()}::{h()}",
                         f"2a00:23c7:{h()}::{h()}", f"2400:adc0:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the pay kiosk at the car wash dropped off, it was on {}", v4),
            ("wheel aligner at the tyre shop got {} after the power cut", v4),
            ("the brake roller tester in the MOT bay answers on {}", v4),
            ("the nvr for the cameras on the car lot is {}, the salesman can't see the front row", v4),
            ("the wallbox in the garage is on {}, the app keeps saying offline", rng.choice([v4, v6])),
            ("diesel pump controller at the truck stop is {}, pump 4 froze again", v4),
            ("the barrier camera at the permit car park is {}", v4),
            ("rally timing box at the stage finish is {}, start line can't see it", v4),
            ("the diagnostic laptop in the workshop took {} from the router", v4),
            ("telematics unit on the lorry reports from {}", rng.choice([v4, v6])),
            ("the car share key box on our street is {}", v4),
            ("the tablet in the recovery truck is {}, the jobs aren't coming through", v4),
            ("the generator controller on the waltzer lorry is {}", v4),
            ("i gave the openevse {} so home assistant finds it", v4),
            ("db.ip = {}", v4),
            ('  "mqtt_server": "{}",', v4),
            ('  "host": "{}",', v4),
            ("path=DBI:mysql:database=openvehicles;host={}", v4),
            ("  host: {}", v6),
            ("2024-11-08 06:12:44 INFO  [steve] ChargeBoxId 'WB-EV-02' connected from {}", v4),
            ("Nov 08 06:12:44 shinobi[611]: camera front-row on {} timed out", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Namakkal#{rng.choice(['Lorry', 'Rig', '4018'])}",
                f"Envigado_{rng.randint(1950, 2020)}",
                f"Lowrider!{rng.choice(['87532', '64', 'Impala'])}",
                f"GTRoad-{rng.randint(1, 2000)}",
                f"{rng.choice(['Waltzer', 'Scammell', 'Foden', 'Dodgems'])}{rng.randint(10, 99)}!",
                rng.choice(["garage", "hydraulics", "tachograph", "recovery", "forecourt"]).translate(leet) + rng.choice(["", "!", "_49"]),
                f"{rng.choice(['315/80', '205/55', '185/65'])}R{rng.choice(['22.5', '16', '15'])}",
                f"{rng.choice(['Chimayo', 'Sankagiri', 'Itagui', 'Mansehra', 'Batley'])}{rng.choice(['*', '&', '+'])}{w().capitalize()}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        uuid = lambda: f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"  # noqa: E731
        options = [
            # passwords handed over in ways no earlier set used
            ("the truck stop wifi is written on the shower door, {}", pw),
            ("the key safe on the used car lot opens with {}", d(4)),
            ("the tyre shop pc password is chalked on the tyre rack, {}", pw),
            ("i taped the wallbox app password inside the sun visor, it's {}", pw),
            ("the coin box at the car wash has code {} on the inside of the lid", d(4)),
            ("the MOT testing login is on the whiteboard in the bay, {}", pw),
            ("the car share account password is on the back of the parking permit, {}", pw),
            ("the lorry's telematics login is scribbled on the tacho printout, {}", pw),
            ("the rally timing laptop uses {}, it's written in the roadbook", pw),
            ("the alarm code is on the dealer's key tag, {}", d(4)),
            ("the impala's alarm code is scratched inside the switch box, {}", d(4)),
            ("the wifi on the living-wagon is on the gas locker door, {}", pw),
            ("i changed the openevse admin password to {}", pw),
            ("the recovery truck tablet pin is {}", d(6)),
            # cues in languages and talk no earlier set used for this
            ("anna wifi password {} dhaan, lorry office la", pw),
            ("parce, la clave del taller es {}, pues", pw),
            ("órale, the clave for the garage wifi is {}", pw),
            ("ustad ji adde da wifi password {} ae", pw),
            ("the yard gate code is {}, don't tell the flatties", d(4)),
            # commands
            ("$ docker run -e JWT_SECRET={} akhilrex/hammond", tok(40, alnum)),
            ("$ curl -H 'x-api-key: {}' https://driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1/vehicles", tok(40, alnum)),
            ("$ mysql -u steve -p'{}' stevedb", pw),
            # pastes
            ("db.password = {}", pw),
            ("auth.password = {}", pw),
            ("webapi.value = {}", tok(32, alnum)),
            ("[db]\nuser=ovms\npass={}", pw),
            ('  "www_password": "{}",', pw),
            ('  "mqtt_pass": "{}",', pw),
            ('  "emoncms_apikey": "{}",', tok(32, hexl)),
            ('  "db": {"host": "127.0.0.1", "user": "majesticflame", "password": "{}"},', pw),
            ("APP_KEY=base64:{}", tok(43, alnum + "+/") + "="),
            ("DVLA_VES_API_KEY={}", tok(40, alnum)),
            ("SMARTCAR_CLIENT_SECRET={}", uuid()),
            ("TIBBER_TOKEN={}", tok(43, alnum + "-_")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.namakkal', 'y_hydros4', 'x-on-the-kkh')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.namakkal",
                f"{last}_hydros{rng.randint(1, 12)}",
                f"{first}-on-the-kkh",
                f"{last}.lowlow",
                f"moto_{first}{rng.randint(1, 99)}",
                f"{first}_18wheels",
                f"{last}.waltzer",
                f"{first}_{rng.choice(['pulsar', 'impala', 'actros', 'scammell'])}{rng.randint(1, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=84)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "in": f"{day:02d}-{m:02d}-{year}",  # an Indian licence, and the Tamil cue
            "co": f"{day:02d}-{ES_ABBR_HELDOUT49[m - 1]}-{year}",  # a Colombian cédula
            "co_long": f"{day} de {ES_MONTHS_HELDOUT49[m - 1]} del {year % 100:02d}",  # paisa Spanish
            "nm": f"{m:02d}/{day:02d}/{year}",  # a New Mexico licence
            "nm_ord": f"{EN_MONTHS_HELDOUT49[m - 1]} {_ordinal(day)}, {year}",
            "pk": f"{day:02d}.{m:02d}.{year}",  # a CNIC
            "uk": f"{day} {EN_MONTHS_HELDOUT49[m - 1]} {year}",
            "uk_short": f"{_ordinal(day)} {EN_MONTHS_HELDOUT49[m - 1][:3]} {year % 100:02d}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["in", "nm", "nm_ord", "pk", "uk", "uk_short", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the insurance quote for the new lorry wants my date of birth, {}", any_shape),
            ("for the car club membership they need my dob, it's {}", any_shape),
            ("the hire desk asked my birthday, i said {}", any_shape),
            ("the parking permit form wants the holder's date of birth, {}", s["uk"]),
            ("my tacho card renewal says born {}", s["uk"]),
            ("the extended warranty form has my dob wrong, it should be {}", any_shape),
            ("the rally entry has my co-driver born {}", s["nm_ord"]),
            ("the bike club wants everyone's birthday for the run, mine is {}", any_shape),
            ("yo nací el {}, parce", s["co_long"]),
            ("FECHA DE NACIMIENTO {}", s["co"]),
            ("பிறந்த தேதி: {}", s["in"]),
            ("D.O.B. {}", s["nm"]),
            ("Date of Birth: {}", s["pk"]),
            ("Date of birth: {}", s["uk"]),
            ("DOB {} | Licence cat. C+E", s["uk_short"]),
            ('  "driver_dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


EN_MONTHS_HELDOUT49 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip
ES_MONTHS_HELDOUT49 = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                       "diciembre").split()  # fmt: skip
ES_ABBR_HELDOUT49 = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()

HELDOUT49_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is taking the lorry to Kolkata tonight with a load of eggs",
        "the guy who bought the white hilux off the lot was {}",
        "{} failed the MOT on a brake imbalance, lol",
        "remind me to pay {} for the tow from the motorway",
        "{} is fitting the new tyres on the artic tomorrow",
        "can you find the message from {} about the rally roadbook",
        "{} painted the whole back of the truck, peacocks and all",
        "{} rebuilt the carb on my pulsar for 80 thousand pesos",
        "ask {} if the lowrider can go on the trailer for the show",
        "{} runs the car wash by the ring road",
        "I owe {} for the diesel at the truck stop",
        "{} did the upholstery on the impala, crushed velvet",
        "tell {} the car share is booked for saturday",
        "{} got a parking fine outside the yard again",
        "{} is the new salesman at the used car place",
        "{} has the keys to the clubhouse for the bike run",
        "the recovery driver who came out at 2am was {}",
        "{} navigated for me on the classic rally, we came fourth",
        "{} wired up the wallbox in the garage",
        "{} drives the big wheel lorry between fairs",
        "the ITV inspector who passed the van was {}",
        "{} sold me the chargers for the depot",
        "{} is bringing the hydraulics kit from Albuquerque",
        "the truck-art painter in Pir Wadhai is {}",
        "{} has been on the KKH run for twenty years",
        "{} won the best paint trophy at the cruise",
        "don {} has the best parts shop in Barrio Triste",
        "doña {} does the paperwork for the moto sales",
        "ask {} anna if the rig body is ready",
        "{} akka keeps the lorry office accounts",
        "Registered keeper: {}",
        "Driver: {}",
        "Cleaner: {}",
        "Driver / Co-driver: {} / {}",
        "Entrant: {}",
        "Navigator: {}",
        "Tester: {}",
        "Presented by: {}",
        "Recovery driver: {}",
        "Hirer: {}",
        "Permit holder: {}",
        "Salesperson: {}",
        "Fitter: {}",
        "Valeter: {}",
        "Prop. {}",
        '"owner_name": "{}",',
        "| Bay 3 | {} |",
    ],
    "STREET_ADDRESS": [
        "the recovery truck should drop the car at {}",
        "send the new parts to {}",
        "the lorry's registered to {}, the old office",
        "the hire car gets collected from {}",
        "I moved, the parking permit goes to {} now",
        "deliver the tyres to {}",
        "the car club meets at {} on the first sunday",
        "Keeper's address: {}",
        "Dirección: {}",
        "Collection address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the MOT certificate to {}",
        "the dealer's invoices come from {}",
        "email the rally entry to {}",
        "the fleet manager at the haulage firm is {}",
        "Keeper email: {}",
        '"email": "{}",',
        "MAIL_FROM_ADDRESS={}",
        "notify_email: {}",
    ],
    "PHONE_NUMBER": [
        "the recovery guy's number is {}",
        "ring the tyre shop on {} if the van isn't ready",
        "the lorry owner's phone is {}",
        "call the garage on {} before you bring it in",
        "the seller of the impala is on {}",
        "Tel. (keeper): {}",
        "Móvil: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the tyres with {}",
        "the hire car deposit went on {}",
        "the parking fine is on {}",
        "paid the recovery with {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the deposit for the car into {}",
        "the haulage firm pays my wages into {}",
        "send the money for the trailer to {}",
        "the seller in Spain wants it paid to {}",
        "IBAN (keeper): {}",
        "IBAN for the deposit: {}",
    ],
    "USERNAME": [
        "on Team-BHP I'm {}",
        "my xBhp name is {}",
        "I sell on PakWheels as {}",
        "TuCarro has me as {}",
        "on layitlow I'm {}",
        "my TruckersMP name is {}",
        "on Bring a Trailer I bid as {}",
        "Car Throttle knows me as {}",
        "on Speak EV I'm {}",
        "my Rennlist handle is {}",
        "on the Trucking Truth forum I'm {}",
        "my Fuelly is {}",
        "Spritmonitor has me as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT49_MIXED = [
    ("Driver: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Registered keeper: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("db.ip = {}\ndb.password = {}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8180/steve/manager/home", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the van keys in the key safe, code {}", ["PERSON", "SECRET"]),
    ("Entrant: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my PakWheels name is {}, pay me at {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the MOT came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the tyres with {}", ["PERSON", "CREDIT_CARD"]),
    ("don {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Hirer: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
]  # fmt: skip
HELDOUT49_NEGATIVES = [
    "Namakkal and Tiruchengode build most of the lorry bodies in south India",
    "Sankagiri is full of lorry workshops along the highway",
    "anna means elder brother in Tamil, akka is elder sister",
    "Tamil names often have the father's initial in front instead of a surname",
    "Gounder is a community name in the Kongu region",
    "Barrio Triste is the old mechanics' quarter of Medellín",
    "parce is just how paisas say mate",
    "in the Medellín workshops nearly everyone goes by a nickname",
    "in Colombia you carry your father's surname then your mother's",
    "Española calls itself the lowrider capital of the world",
    "the cruise goes up and down Riverside Drive on sunday evenings",
    "Chimayó is famous for the santuario and the weaving",
    "Jr. and Sr. tell a father and a son with the same name apart",
    "the GT Road runs from Peshawar all the way to Kolkata",
    "the Karakoram Highway tops out at the Khunjerab Pass, 4,693 metres",
    "Pir Wadhai in Rawalpindi is where the trucks get their paintwork",
    "s/o on a Pakistani licence means son of",
    "the cleaner is the lorry driver's helper, not someone who cleans",
    "Tanoli and Jadoon are tribes of the Hazara division",
    "showmen call people outside the fair flatties",
    "the Showmen's Guild was founded in 1889",
    "a living-wagon is what showmen call their caravan",
    "the Waltzer takes two lorries and a generator truck",
    "Prop. on the rounding boards just means proprietor",
    "reg plate KY19 XWT is the silver Astra at the back of the lot",
    "the VIN is WDB9634031L738214, it's stamped on the chassis",
    "TN 28 AB 4018 is the lorry's number, it's on the tailgate",
    "the MOT test number is 4921 7730 1856",
    "PCN number MX40917263 is the one from the retail park",
    "the fine is 70 pounds, 35 if paid in 14 days",
    "comparendo number 05001000000038471922 is from the fotomulta",
    "the tyres are 205/55 R16 91V, pressures 2.3 bar front",
    "the lorry tyres are 295/80 R22.5 at 8.5 bar",
    "the car has 148,302 miles on it, full service history",
    "the engine code is 1KD-FTV, it's the 3.0 diesel",
    "the Ashok Leyland 4018 is the workhorse of Namakkal",
    "the Mercedes Actros does about 8 miles to the gallon loaded",
    "the Tata Signa has a 10 speed box",
    "the impala is a 1964 with a 327",
    "the Pulsar 180 is the bike everyone in Medellín learned on",
    "the Scammell Highwayman is from 1957",
    "the Foden is booked for the vintage commercial rally in June",
    "gross weight is 44 tonnes on six axles",
    "drive time is 9 hours a day, 10 twice a week",
    "take a 45 minute break after 4 and a half hours",
    "bay 14 is the disabled space by the door",
    "residents' permit zone K runs 8am to 6.30pm",
    "the charger does 7.4 kW on a single phase",
    "the car took 38 kWh overnight on the cheap rate",
    "diesel is 1.52 a litre at the truck stop",
    "the MOT costs 54.85 at most",
    "the ITV appointment is at 10:40 at the station in Alcalá",
    "the TÜV sticker is good till 03/26",
    "the car wash is 12 for the full valet",
    "stage 3 of the rally is 14.2 km of gravel",
    "we finished 4th overall and 1st in class",
    "the lowrider hops about 60 inches on a good day",
    "the recovery was 95 miles, flat rate 180",
    "the hire is 42 a day with unlimited miles",
    "the car share costs 6.50 an hour",
    "the lot has 64 cars, 12 of them vans",
    "Medellín's pico y placa is by the last digit of the plate",
    "India's emergency number is 112, the highway helpline 1033",
    "in Colombia it's 123 for emergencies",
    "Pakistan's motorway police are on 130",
    "in the UK it's 999 or 112",
    "in New Mexico it's 911, like everywhere in the States",
    "637001 is the PIN code of Namakkal",
    "87532 is the ZIP code of Española",
    "updated Hammond to 0.0.20, the fuel graphs work now",
    "OpenEVSE firmware 5.1 added the solar divert",
    "SteVe 3.7 supports OCPP 1.6 over websockets",
    "fixed in commit 4b92e1d, see the changelog",
    "db.password =",
    "DVLA_VES_API_KEY=${DVLA_VES_API_KEY}",
    '"www_password": "<set me>",',
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the test Mastercard",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN on every form",
    "write to keeper@example.com on the form",
    "192.0.2.49 is a documentation address",
    "198.51.100.61 is a documentation address",
    "2001:db8:49::3 is a documentation address",
    "the van passed its MOT, no advisories",
    "stuck on the M62 again",
    "remind me to check the tyre pressures",
    "did the new wiper blades come yet",
    "see you at the truck stop at six",
]  # fmt: skip


def _typo49(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a car's hands-free dictation mishearing a word
    for its homophone ('brake' -> 'break', 'road' -> 'rode', 'wait' -> 'weight', 'new' -> 'knew') or writing
    a spoken number word as digits ('two' -> '2', 'first' -> '1st', 'half' -> '1/2'), as dictated at the
    wheel of a lorry, a car or a recovery truck. Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    first, second = (
        (HOMOPHONE_WORD_HELDOUT49, HOMOPHONES_HELDOUT49),
        (DIGIT_WORD_HELDOUT49, DIGITS_HELDOUT49),
    )
    if rng.random() >= 0.5:
        first, second = second, first
    for pattern, table in (first, second):
        words = list(pattern.finditer(template))
        if words:
            m = rng.choice(words)
            return template[: m.start()] + table[m.group(1)] + template[m.end() :]
    return template


def build_heldout49(seed: int = HELDOUT49_SEED) -> list[Example]:
    """Held-out set 49: `Gen49` values in `HELDOUT49_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen49(seed)
    return assemble_module_set(
        gen, HELDOUT49_TEMPLATES, HELDOUT49_MIXED, HELDOUT49_NEGATIVES, _typo49, person=gen.person_for
    )
