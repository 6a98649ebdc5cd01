"""Held-out PII set 66 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout66": written before round 43 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT66 is empty, as for
held-out 16 to 64; written at the same time as held-out 65, the two authors split the world between them: 66
takes water, weather and hazards (flood wardens and flood insurance claims, storm spotters and home weather
stations, snow clearing and gritting rotas, wells, boreholes and water utilities' customer lines, river and
canal trusts, drought and hosepipe rules, wildfire and bushfire volunteers, emergency alert sign-ups and
evacuation lists), 65 takes dance, martial arts and movement); hand-written lists of the flood wardens,
pumping-station volunteers and moor farmers of the Somerset Levels (Muchelney, Burrowbridge, Moorland,
Thorney and Langport: old Somerset family names, an insurance claim's initials without full stops, a
warden rota's 'HEMBROW R J' and 'old' or 'young' before a family name as a moor village tells a father from
his son: 'Roger Hembrow', 'R J Hembrow', 'HEMBROW R J', 'old Pople', 'young Bisgrove'), the winegrowers and
flood helpers of the Ahr valley (Dernau, Mayschoß, Rech, Altenahr and Bad Neuenahr-Ahrweiler: Catholic
Rhineland given names with their double forms, the Rhineland short forms a village calls people by, a
register's 'Surname, Given' and the dialect's article before a given name, 'et' for a woman and 'dä' for a
man: 'Heinz-Josef Kreuzberg', 'Jupp', 'Tünn', 'Kreuzberg, Marlies', 'et Billa', 'dä Mattes'), the volunteer
firefighters (bomberos voluntarios, every one of them unpaid) of Valparaíso's hills and Viña del Mar (Chilean
given names, the father's and the mother's family names, the Ligurian family names of the port's old
companies, a roll's 'FAMILY FAMILY, Given' and the Chilean short forms: 'Constanza Araya Vergara', 'Matías
Schiappacasse', 'ARAYA VERGARA, Constanza', 'Cote', 'Feña', 'Pancho') and the forest-fire (DFCI) volunteers
and pompiers volontaires of the Landes de Gascogne (Mimizan, Sabres, Labouheyre, Morcenx: Gascon family
names, hyphenated French given names, a French roll's 'LALANNE Jean-Pierre', hyphenated initials and the
clipped forms a fire station makes of a double given name: 'Jean-Pierre Lalanne', 'LALANNE Jean-Pierre',
'J.-P. Lalanne', 'Jean-Pi', 'Marie-Jo'); a storm spotter's or an APRS gateway's call sign, a warden's flood
zone, a fire company's number, a claim number, a bore number or a shelter bed beside the name and outside it
(a call sign is no person and no username, as in held-out 53 and 56), the title or article always outside the
span, a company that carries a family name ('Pople Drainage Ltd', 'Bomba Schiappacasse') no person either; a
flood warden rota's ('Warden, zone 3:', 'Deputy warden:'), a flood claim's ('Policyholder:', 'Loss adjuster:'),
a storm spotter network's ('Spotter (2E0 call sign):', 'Report filed by:'), a gritting rota's ('Gritting
round 2:', 'Snow clearing, Mon:'), a borehole driller's ('Bore sunk by:', 'Well owner:'), a water utility
customer line's ('Account holder:', 'Leak reported by:'), a canal trust's ('Lock keeper (volunteer):',
'Towpath ranger:'), a hosepipe exemption's ('Exemption granted to:'), a fire brigade's ('Jefe de guardia:',
'Chef d'agrès:'), an evacuation list's ('Evacuated:', 'Needs transport:', 'Welfare check by:') and a German,
Spanish and French form's ('Hochwasserhelfer:', 'Voluntario:', 'Bénévole DFCI:') fields; over three quarters of
the sentences typed to the bot or a friend: sandbags and flood boards, the pumps at Burrowbridge and the
rhynes, the insurer's loss adjuster and the dehumidifiers, the mud in the Ahr valley's cellars and the wine
saved from it, rain gauges and anemometers, storm reports and hail sizes, gritting rounds and snow ploughs,
wells, boreholes and water meters, the utility's leak line and the hosepipe ban, the canal's locks and
towpath, fire breaks and lookout towers in the pines, the hills above Valparaíso burning, evacuation lists
and welfare checks, and the alert sign-up for the village; self-hosted apps' config no earlier set pasted:
CumulusMX's Cumulus.ini for a home weather station, Dire Wolf's direwolf.conf for a spotter network's APRS
gateway, FROST-Server's docker-compose environment for a river's level sensors, Cachet's .env for a water
utility's status page and Formbricks' .env for an evacuation sign-up form; those regions' addresses (a moor
farm's 'Westover Farm, Muchelney, Langport TA10 0DL' and Burrowbridge's 'Stanmoor Road', the Ahr's
'Hauptstraße 12a, 53508 Mayschoß' and Bad Neuenahr-Ahrweiler's 53474, Valparaíso's 'Pasaje Gálvez 45, Cerro
Concepción, Valparaíso' and Viña's '5 Norte 1234, depto. 52, Viña del Mar', and the Landes' 'lieu-dit' and
'bis' house numbers with their 40xxx postcodes) and phones (Langport's 01458 and Bridgwater's 01278, UK
mobiles 07 and +44 7, Ahrweiler's 02641 and Altenahr's 02643, German mobiles written '0160 / 1234567' and
'+49 (0)160', Valparaíso's (32) 2, Chilean mobiles +56 9 and '9 xxxx xxxx', the Landes' 05 58 with spaces or
dots and French mobiles with +33); Visa, Mastercard 51-55 and 2720, Amex 34 and 37, JCB 35 and Diners Club 36
as a pump hire, a dehumidifier, a weather station, a new borehole pump or a fire brigade's raffle take them;
IBANs of the United Kingdom, Germany and France (Chile has none: the Chileans' money goes by card); IPs of a
home weather station, a river level sensor, a flood siren controller, a pumping station's PLC, a borehole
pump's controller, a gritter's GPS tracker, a snow plough's salt spreader, a canal lock's camera, a water
meter gateway, a fire lookout's camera, an alert server and an APRS gateway, and in the pastes above, v6 in
2a00:23c4:, 2003:c2:, 2800:150: and 2a01:cb00: ranges; passwords handed over in ways no earlier set used (on
the flood gauge board, on the sandbag store's door, on the back of the household flood plan, inside a grit
bin's lid, on the pump house whiteboard, on the well cap, on the weather station's solar panel, in the fire
lookout's logbook, on the evacuation clipboard, under the water meter's cover, in the lock keeper's log and
on the hose reel), the Levels ('Burrowbridge_TA7'), the Ahr ('Mayschoss53508!'), Valparaíso
('CerroAlegre#2340'), the Landes ('Mimizan40200!'), leetspeak of water words ('s4ndb4g', 'fl00dw4rd3n') and a
lock and a pump ('lock12-pump3'), and cues in Somerset English ('wifi password be ..., don't 'ee tell
nobody'), Rhineland German ('et WLAN-Passwort es ..., sach et keinem'), Chilean Spanish ('la clave del wifi es
..., no se la pasís a nadie, po') and Landes French ('le code du wifi c'est ..., tu le dis à personne,
hein'); usernames on Watch Duty, PWSweather, Meteoclimatic, Blitzortung, CoCoRaHS, the Met Office's WOW,
Netatmo's weathermap, Ambient Weather, Infoclimat, Kachelmannwetter, nebenan.de, Yapo, Meteored, Windguru
and Mapillary, shapes like 'x.floodwarden', 'levels_x', 'x-wx42', 'x.gritter', 'spotter_x7', 'x_bombero',
'ahr.x' and 'x.pluvio'; dates of birth for a flood claim, a warden's registration, an alert sign-up, a fire
brigade's roll, a borehole licence and an evacuation list, in a British paper form's boxes ('14 03 1958'),
British words with an ordinal ('14th of March 1958'), a German form's two-digit year ('geb. 14.03.58'),
French with its '1er' ('née le 1er mars 1958'), Chilean Spanish with 'del' before the year ('14 de marzo
del 1958'), a Chilean form's dashes ('14-03-1958') and an export's ISO date; typos as someone types in the
wind and rain: a weather or water word's well-known misspelling ('gauge' -> 'guage', 'weather' ->
'whether', 'reservoir' -> 'resevoir', 'forecast' -> 'forcast') or voice-to-text shouted into the wind
losing one short word ('the', 'a', 'to', 'is', 'at', 'on'); negatives with the same regions' places, the
titles and the name forms explained, river levels, rainfall and wind speeds, flood warning codes, hosepipe
ban dates, reservoir levels, hail sizes, fire danger ratings and hectares burnt, call signs, claim, bore and
gritting route numbers without a name, postcodes alone, companies and fire companies named after families,
versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail,
documentation IPs (v4 and v6), helpline numbers every user shares, and short everyday chat; no public figure
is named).

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

HELDOUT66_SEED = 8140627
# no faker name locale, as in held-out 16 to 64: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT66: list[str] = []
# water, weather and hazards (held-out 65, written at the same time, takes dance, martial arts and
# movement); each origin: (men's given names, women's given names, family names); ';' separates names
# throughout, as some hold a space
NAMES_HELDOUT66: dict[str, tuple[list[str], list[str], list[str]]] = {
    # flood wardens, pumping-station volunteers and moor farmers of the Somerset Levels
    "levels": ("Roger;Malcolm;Colin;Derek;Keith;Nigel;Clifford;Royston;Gordon;Dennis".split(";"),
               "Brenda;Pauline;Janice;Sheila;Maureen;Valerie;Wendy;Hazel;Yvonne;Marion".split(";"),
               "Hembrow;Bisgrove;Pople;Coombes;Hucker;Sweet;Durston;Musgrove;Gillard;Vowles;Puddy;Dyer".split(";")),
    # winegrowers and flood helpers of the Ahr valley
    "ahr": ("Hubert;Willi;Theo;Matthias;Heinz-Josef;Peter-Josef;Josef;Anton;Arnold;Hans-Werner".split(";"),
            "Agnes;Änne;Gertrud;Marlies;Mechthild;Sibylla;Elisabeth;Katharina;Anneliese;Christel".split(";"),
            "Kreuzberg;Nelles;Lingen;Schäfer;Rieck;Porzelt;Gies;Esser;Surges;Wershofen;Knieps;Hostert;Kriechel".split(";")),
    # volunteer firefighters of Valparaíso's hills and Viña del Mar
    "valpo": ("Cristián;Rodrigo;Patricio;Gonzalo;Francisco;Ignacio;Sebastián;Matías;Claudio;Felipe".split(";"),
              "Constanza;Catalina;Fernanda;María José;Javiera;Francisca;Macarena;Paulina;Valentina;Carolina".split(";"),
              "Araya;Vergara;Olivares;Fuenzalida;Saavedra;Gutiérrez;Schiappacasse;Cichero;Pescetto;Bozzo;Lobos;Quiroz".split(";")),
    # forest-fire (DFCI) volunteers and pompiers volontaires of the Landes de Gascogne
    "landes": ("Jean-Pierre;Jean-Michel;Jean-Claude;Jean-Christophe;Bernard;Didier;Thierry;Francis;Serge;Pascal".split(";"),
               "Marie-Josée;Marie-Claude;Marie-Hélène;Monique;Josiane;Maïté;Nadine;Ginette;Christiane;Sylvie".split(";"),
               "Lalanne;Lafargue;Dupouy;Labat;Lartigue;Castaing;Laborde;Dubos;Ducamp;Lesbats;Darmaillacq;Labarthe".split(";")),
}  # fmt: skip
# the Rhineland short forms an Ahr village calls people by
AHR_SHORT_HELDOUT66 = {
    "Josef": "Jupp", "Anton": "Tünn", "Matthias": "Mattes", "Arnold": "Nöll", "Hubert": "Hub",
    "Heinz-Josef": "Heinz-Jupp", "Peter-Josef": "Pitter", "Sibylla": "Billa", "Elisabeth": "Liss",
    "Katharina": "Kättchen", "Gertrud": "Traudchen", "Agnes": "Nies",
}  # fmt: skip
# the Chilean short forms of given names
VALPO_SHORT_HELDOUT66 = {
    "Francisco": "Pancho", "Ignacio": "Nacho", "Patricio": "Pato", "Sebastián": "Seba", "Cristián": "Cris",
    "María José": "Cote", "Fernanda": "Feña", "Constanza": "Coni", "Catalina": "Cata", "Javiera": "Javi",
    "Francisca": "Fran", "Macarena": "Maca",
}  # fmt: skip
# the clipped forms a Landes fire station makes of a double given name
LANDES_SHORT_HELDOUT66 = {
    "Jean-Pierre": "Jean-Pi", "Jean-Michel": "Jean-Mi", "Jean-Christophe": "Jean-Cri",
    "Marie-Josée": "Marie-Jo", "Marie-Claude": "Marie-Clo", "Marie-Hélène": "Marie-Hé",
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman (None: either), and what it
# goes with: the family name ("family") or the given name in its short form where it has one ("given")
TITLED_HELDOUT66: dict[str, tuple[str, bool | None, str]] = {
    "old": ("levels", False, "family"),  # a moor village's father, before the family name
    "young": ("levels", False, "family"),  # and his son
    "et": ("ahr", True, "given"),  # the Rhineland dialect's article before a woman's name
    "dä": ("ahr", False, "given"),  # and before a man's
}
TITLE_SLOT_HELDOUT66 = re.compile(r"(?<![\w'-])(old|young|et|dä) \{\}", re.IGNORECASE)
# IBANs of this set's people: a Levels claim's payout, an Ahr helper's donation account, a Landes volunteer's
IBAN_SHAPES_HELDOUT66 = {"GB": "4a14n", "DE": "18n", "FR": "10n11c2n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT66 = ["floodwarden", "sandbags", "levels", "pumps", "wxstation", "spotter", "gritting",
                      "snowclear", "borehole", "wells", "canal", "lockkeeper", "hosepipe", "dfci", "bomberos",
                      "evac", "ahrhilfe", "pluvio"]  # fmt: skip
# a weather or water word and its well-known misspelling
MISSPELT_HELDOUT66 = {
    "gauge": "guage", "weather": "whether", "reservoir": "resevoir", "forecast": "forcast",
    "hosepipe": "hose pipe", "sandbags": "sand bags", "hydrant": "hydrent", "borehole": "bore hole",
    "evacuation": "evacuaton", "siren": "sirene",
}  # fmt: skip
MISSPELT_WORD_HELDOUT66 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT66, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a short word voice-to-text loses in the wind, with the space before it
SHORT_WORD_HELDOUT66 = re.compile(r"(?<=[a-z]) (the|a|to|is|at|on)(?= [a-z])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Schäfer' -> 'schafer',
    'María José' -> 'mariajose', 'Jean-Pierre' -> 'jeanpierre')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _ordinal(day: int) -> str:
    """A British form's day with its ordinal ('1st', '2nd', '13th', '22nd')."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _french_initials(given: str) -> str:
    """A French given name's initials, the hyphen kept ('Jean-Pierre' -> 'J.-P.', 'Monique' -> 'M.')."""
    return "-".join(f"{p[0]}." for p in given.split("-"))


class Gen66(Gen3):
    """Generators for held-out set 66: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT66."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT66))
        men, women, lasts = NAMES_HELDOUT66[origin]
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
        lasts = NAMES_HELDOUT66[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "levels":
            middle = rng.choice("ACDEGJMPTW")
            if r < 0.2:  # an insurance claim's initials without full stops: 'R J Hembrow'
                return f"{first[0]} {middle} {last}"
            if r < 0.35:  # a warden rota: 'HEMBROW R J'
                return f"{last.upper()} {first[0]} {middle}"
        if origin == "ahr" and r < 0.3:  # a register: 'Kreuzberg, Marlies'
            return f"{last}, {first}"
        if origin == "valpo":
            if r < 0.45:  # the father's and the mother's family names: 'Constanza Araya Vergara'
                return f"{first} {last} {other}"
            if r < 0.6:  # a roll: 'ARAYA VERGARA, Constanza'
                return f"{last.upper()} {other.upper()}, {first}"
        if origin == "landes":
            if r < 0.25:  # a French roll: 'LALANNE Jean-Pierre'
                return f"{last.upper()} {first}"
            if r < 0.4:  # 'J.-P. Lalanne'
                return f"{_french_initials(first)} {last}"
        if r > 0.92:  # a register's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def _short(self, origin: str, first: str) -> str:
        """The given name as a village or a fire station says it, where the origin has a short form."""
        table = {"ahr": AHR_SHORT_HELDOUT66, "valpo": VALPO_SHORT_HELDOUT66, "landes": LANDES_SHORT_HELDOUT66}
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
        """A name for a title written next to it ('old Pople', 'young Bisgrove', 'et Billa', 'dä Mattes'),
        from the origin that uses it."""
        rng = self.rng
        origin, woman, goes_with = TITLED_HELDOUT66[title.lower()]
        _, first, last, _ = self._origin_name(origin, woman)
        if goes_with == "family":
            return last
        return self._short(origin, first) if rng.random() < 0.6 else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT66.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        shapes = [
            f"{pick(['Westover Farm', 'Thorney Moor Cottage', 'Drove End Farm', 'Pound Cottage'])}, {pick(['Muchelney', 'Thorney', 'Kelways'])}, Langport TA10 0{pick(['DL', 'DW', 'DQ', 'EA'])}",
            f"{n} {pick(['Stanmoor Road', 'Burrow Drove', 'Main Road'])}, Burrowbridge, Bridgwater TA7 0{pick(['RX', 'RB', 'RL'])}",
            f"{n} {pick(['Moorland Road', 'Northmoor Green Road'])}, Moorland, Bridgwater TA7 0{pick(['AX', 'AY', 'BA'])}",
            f"{n} {pick(['Bow Street', 'Cheapside', 'North Street'])}, Langport TA10 9{pick(['PR', 'PQ', 'NR'])}",
            f"{pick(['Hauptstraße', 'Ahrrotweinstraße', 'Im Weinberg'])} {n}{pick(['', 'a', 'b'])}, 53508 Mayschoß",
            f"{pick(['Bonner Straße', 'Teichstraße', 'Ahrweg'])} {n}, 53507 Dernau",
            f"{pick(['Walporzheimer Straße', 'Niederhutstraße', 'Oberhutstraße'])} {n}, 53474 Bad Neuenahr-Ahrweiler",
            f"{pick(['Roßberg', 'Brückenstraße', 'Tunnelstraße'])} {n}, 53505 Altenahr",
            f"Pasaje {pick(['Gálvez', 'Bavestrello', 'Templeman', 'Pierre Loti'])} {rng.randint(1, 400)}, Cerro {pick(['Concepción', 'Alegre', 'Florida', 'Bellavista', 'Los Placeres'])}, Valparaíso",
            f"Calle {pick(['Almirante Montt', 'Cumming', 'Elías'])} {rng.randint(1, 600)}, depto. {rng.randint(11, 84)}, Valparaíso",
            f"{rng.randint(1, 15)} Norte {rng.randint(100, 1999)}, depto. {rng.randint(11, 120)}, Viña del Mar",
            f"{n}{pick(['', ' bis', ' ter'])} {pick(['route de Mimizan', 'avenue de la Gare', 'rue des Pins'])}, {pick(['40200 Aureilhan', '40110 Morcenx-la-Nouvelle', '40200 Mimizan'])}",
            f"lieu-dit {pick(['Lesperon', 'Marquèze', 'Le Bourg', 'Pouy'])}, {pick(['40630 Sabres', '40210 Labouheyre', '40410 Pissos'])}",
            f"{n} chemin de {pick(['Lartigue', 'la Lagune', 'Pichelèbe'])}, {pick(['40630 Sabres', '40210 Labouheyre'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT66)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1940, 2006)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["btinternet.com", "talktalk.net", "gmail.com", "t-online.de", "web.de", "gmx.de",
                             "orange.fr", "free.fr", "laposte.net", "vtr.net", "hotmail.com", "outlook.com",
                             "yahoo.co.uk", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"01458 25{d(4)}",  # Langport
            f"01278 69{d(4)}",  # Bridgwater
            f"07{d(3)} {d(6)}",  # UK mobile
            f"+44 7{d(3)} {d(6)}",
            f"02641 {d(5)}",  # Bad Neuenahr-Ahrweiler
            f"02643 {d(4)}",  # Altenahr
            f"0160 / {d(7)}",  # German mobile as a form writes it
            f"+49 (0)160 {d(7)}",
            f"(32) 2{d(2)} {d(4)}",  # Valparaíso
            f"+56 9 {d(4)} {d(4)}",  # Chilean mobile
            f"9 {d(4)} {d(4)}",
            f"05 58 {d(2)} {d(2)} {d(2)}",  # the Landes
            f"05.58.{d(2)}.{d(2)}.{d(2)}",
            f"0{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",  # French mobile
            f"+33 {rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2720", 16), ("34", 15),
                                     ("37", 15), ("3528", 16), ("36", 14)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length in (14, 15):
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT66))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT66[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the weather station, the river sensor, the flood siren, the pumping
        station, the borehole pump, the gritter and the plough, the lock camera, the water meter gateway, the
        fire lookout, the alert server, the APRS gateway and this set's pastes; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a00:23c4:{h()}:{h()}::{h()}", f"2003:c2:{h()}:{h()}::{h()}", f"2800:150:{h()}:{h()}::{h()}",
                         f"2a01:cb00:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the weather station in the back garden is on {}, the rain gauge stopped at 3mm", v4),
            ("the river level sensor by the bridge is {}, it hasn't reported since the storm", rng.choice([v4, v6])),
            ("the flood siren controller is {}, can you check it sounds on the test", v4),
            ("the pumping station's plc is {}, pump 2 tripped again last night", v4),
            ("our borehole pump controller is on {}, the pressure keeps dropping", v4),
            ("the gps tracker in gritter 4 is {}, it says it's still in the depot", v4),
            ("the salt spreader on the plough is {}, it's dumping far too much", v4),
            ("the camera on lock 12 is {}, someone left the paddles up", rng.choice([v4, v6])),
            ("the water meter gateway for the street is {}, half the meters show zero", v4),
            ("the camera on the fire lookout tower is {}, it points at the wrong ridge", v4),
            ("the alert server for the village sign-up is {}, the texts didn't go out", rng.choice([v4, v6])),
            ("the aprs gateway in the church tower is {}, the spotter reports stopped at 9", v4),
            ("the anemometer logger on the barn roof is {}, the gusts graph is flat", v4),
            ("[FTP site]\nHost={}", v4),
            ("IGSERVER {}", v4),
            ("      - serviceRootUrl=http://{}:8080/FROST-Server", v4),
            ("DB_HOST={}", v4),
            ("SMTP_HOST={}", v4),
            ("  - ipv6_address: {}", v6),
            ("2024-01-07 04:12:51 WARN river-level: station 3 at {} above 7.10m, siren armed", v4),
            ("[cachet] 2024-01-07T06:30:02Z login failed for admin from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Burrowbridge', 'Muchelney', 'Langport'])}_{rng.choice(['TA7', 'TA10', 'Levels'])}",
                f"{rng.choice(['Mayschoss', 'Dernau', 'Altenahr'])}{rng.choice(['53508', '53507', '53505'])}{rng.choice(['!', '#', ''])}",
                f"{rng.choice(['CerroAlegre', 'Valpo', 'Bomba'])}#{rng.choice(['2340', '32', 'Sexta'])}",
                f"{rng.choice(['Mimizan', 'Sabres', 'Labouheyre'])}{rng.choice(['40200', '40630', '40210'])}{rng.choice(['!', '?', ''])}",
                rng.choice(["sandbag", "floodwarden", "gritter", "borehole", "rainfall"]).translate(leet) + rng.choice(["", "!", "_66"]),
                f"lock{rng.randint(1, 40)}-pump{rng.randint(1, 9)}",
                f"{rng.choice(['Thorney', 'Rech', 'Placeres', 'Pissos'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Flood', 'Storm', 'Pines', 'Rain'])}{rng.randint(1, 99)}",
                f"{rng.choice(['sandbags', 'hosepipe', 'gritting'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        options = [
            # passwords handed over in ways no earlier set used
            ("the pump house wifi is written on the flood gauge board, {}", pw),
            ("the code for the sandbag store is on the inside of its door, {}", d(4)),
            ("i put the alert app password on the back of our flood plan, {}", pw),
            ("the gritting depot login is written inside the grit bin lid, {}", pw),
            ("somebody wrote the scada password on the pump house whiteboard, {}", pw),
            ("the padlock on the well cap is {}", d(4)),
            ("the weather station's admin password is on a sticker on the solar panel, {}", pw),
            ("the lookout tower logbook has the radio laptop password, {}", pw),
            ("the evacuation clipboard has the shelter wifi on it, {}", pw),
            ("the water company login is under the meter cover on a bit of tape, {}", pw),
            ("the lock keeper's log says the trust's volunteer portal password is {}", pw),
            ("the hose reel has a tag with the allotment tap code, {}", d(4)),
            ("the key safe at the flood store is {}", d(4)),
            ("the flood warden portal password is {}, update the zone 3 list", pw),
            ("the claim portal for the insurer is {}, upload the dehumidifier photos", pw),
            ("ok the weather underground station key is {}, thanks for setting it up", tok(8, alnum)),
            ("the brigade's roster app password is {}, put me down for saturday night", pw),
            # cues in ways no earlier set used
            ("wifi password be {}, don't 'ee tell nobody", pw),
            ("et wlan-passwort es {}, sach et keinem", pw),
            ("la clave del wifi es {}, no se la pasís a nadie, po", pw),
            ("le code du wifi c'est {}, tu le dis à personne, hein", pw),
            # commands
            ("$ mosquitto_pub -h sensors -u riverlevel -P {} -t levels/parrett/3 -m 7.12", colonless),
            ("$ curl -u admin:{} http://frost.local:8080/FROST-Server/v1.1/Things", colonless),
            ("$ psql postgresql://cachet:{}@db:5432/cachet", colonless),
            # pastes
            ("[Wunderground]\nID=ILANGP7\nPassword={}", pw),
            ("[PWSweather]\nID=MUCHELNEYWX\nPassword={}", pw),
            ("[FTP site]\nUsername=wx\nPassword={}", pw),
            ("IGLOGIN 2E0XQB-10 {}", d(5)),
            ("      - persistence_db_password={}", pw),
            ("      - POSTGRES_PASSWORD={}", pw),
            ("APP_KEY=base64:{}", tok(43, b64) + "="),
            ("DB_PASSWORD={}", pw),
            ("MAIL_PASSWORD={}", pw),
            ("NEXTAUTH_SECRET={}", tok(44, alnum)),
            ("ENCRYPTION_KEY={}", tok(64, hexl)),
            ("CRON_SECRET={}", tok(32, alnum)),
            ("DATABASE_URL=postgresql://formbricks:{}@postgres:5432/formbricks", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.floodwarden', 'x-wx42', 'spotter_x7')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.floodwarden",
                f"levels_{last}",
                f"{last}-wx{rng.randint(1, 99)}",
                f"{first}.gritter",
                f"spotter_{first}{rng.randint(1, 9)}",
                f"{last}_bombero",
                f"ahr.{first}",
                f"{first}.pluvio",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "boxes": f"{day:02d} {m:02d} {year}",
            "uk": f"{_ordinal(day)} of {EN_MONTHS_HELDOUT66[m - 1]} {year}",
            "de": f"{day:02d}.{m:02d}.{year % 100:02d}",
            "fr": f"{'1er' if day == 1 else day} {FR_MONTHS_HELDOUT66[m - 1]} {year}",
            "cl": f"{day} de {ES_MONTHS_HELDOUT66[m - 1]} del {year}",
            "cl_form": f"{day:02d}-{m:02d}-{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["boxes", "uk", "de", "fr", "cl", "cl_form", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the flood claim form wants my date of birth, it's {}", any_shape),
            ("for the warden registration i had to give my birthday, {}", any_shape),
            ("the alert sign-up asks for mum's date of birth, she was born the {}", s["uk"]),
            ("opa is geb. {}, the Ahr helpers' fund wants it", s["de"]),
            ("ma mère est née le {}, the DFCI roll needs it", s["fr"]),
            ("mi papá nació el {}, the bomberos asked for it for the roll", s["cl"]),
            ("the borehole licence wants a date of birth, mine is {}", any_shape),
            ("the evacuation list asks for everyone's birthday, mine's {}", any_shape),
            ("Date of birth (DD MM YYYY): {}", s["boxes"]),
            ("Date of birth: {}", s["uk"]),
            ("Geburtsdatum: {}", s["de"]),
            ("Date de naissance : {}", s["fr"]),
            ("Fecha de nacimiento: {}", s["cl_form"]),
            ('  "dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


EN_MONTHS_HELDOUT66 = (
    "January February March April May June July August September October November December".split()
)
FR_MONTHS_HELDOUT66 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
ES_MONTHS_HELDOUT66 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)


HELDOUT66_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is warden for zone 3 this winter, ring her if the rhyne comes over",
        "can you ask {} if the flood boards fit the back door",
        "{} filled two hundred sandbags at the village hall on sunday",
        "{} says the pumps at the station have been running since thursday",
        "the loss adjuster is {}, he wants photos of every room",
        "{} is sorting the dehumidifiers for the whole street",
        "old {} remembers the water coming over the road in the sixties",
        "young {} took the tractor down the drove to check the sluice",
        "{} reads the rain gauge every morning at nine and posts it",
        "{} is on the spotter net tonight, he'll call in the hail",
        "{} drives gritting round 2 from four in the morning",
        "{} does the snow clearing on our lane with his quad",
        "{} had the borehole drilled last summer, sixty metres down",
        "tell {} the water company is coming about the leak on friday",
        "{} is the volunteer lock keeper at the top lock on weekends",
        "{} reported the towpath breach to the canal trust",
        "{} got an exemption from the hosepipe ban for her dialysis",
        "{} was on the fire engine all night above the cerro",
        "{} cleared the fire break behind the pines with the brush cutter",
        "{} sits in the lookout tower from noon till six",
        "{} does the welfare checks on the evacuation list",
        "{} signed the whole street up for the flood alerts",
        "{} shovelled mud out of our cellar for three days",
        "{} saved forty cases of the 2019 from the flood",
        "et {} brings coffee and cake to the helpers every morning",
        "dä {} still has the photos of the water in the church",
        "{} set up the weather station on the barn roof",
        "i'm meeting {} at the village hall to sort the sandbag rota",
        "we're sharing the generator with {} until the power's back",
        "{} from the river trust is coming to look at the bank",
        "{} is the new jefe de guardia at the company",
        "{} drives the water bowser when the mains go",
        "ok so {} is picking up the pump, thanks for sorting the hire",
        "yes {} is the one with the well in the garden, say hi",
        "{} rang the insurer for us, they're sending a surveyor",
        "{} lost the whole ground floor in the flood and is in a caravan now",
        "Warden, zone 3: {}",
        "Deputy warden: {}",
        "Policyholder: {}",
        "Loss adjuster: {}",
        "Spotter (2E0 call sign): {}",
        "Report filed by: {}",
        "Gritting round 2: {}",
        "Snow clearing, Mon: {}",
        "Bore sunk by: {}",
        "Well owner: {}",
        "Account holder: {}",
        "Leak reported by: {}",
        "Lock keeper (volunteer): {}",
        "Towpath ranger: {}",
        "Exemption granted to: {}",
        "Jefe de guardia: {}",
        "Chef d'agrès : {}",
        "Evacuated: {}; {}",
        "Needs transport: {}",
        "Welfare check by: {}",
        "Hochwasserhelfer: {}",
        "Voluntario: {}",
        "Bénévole DFCI : {}",
        "Claim no. 88231 - {}",
        "| Sat 18 Jan | sandbags | {} |",
        '"warden": "{}",',
    ],
    "STREET_ADDRESS": [
        "the sandbags need to go to {}",
        "send the flood claim letter to {}",
        "the pump is going to {}, round the back by the rhyne",
        "the evacuation centre is at {} this year",
        "our borehole is at {}",
        "the gritter can't get up to {}",
        "the fire crew meets at {} at six",
        "Address: {}",
        "Anschrift: {}",
        "Dirección: {}",
        "Adresse : {}",
        "Property address (claim): {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the flood photos to {}",
        "the warden rota is run from {}",
        "email the borehole quote to {}",
        "the hosepipe exemption reply came from {}",
        "Email (policyholder): {}",
        '"email": "{}",',
        "MAIL_FROM_ADDRESS={}",
        "MAIL_FROM={}",
    ],
    "PHONE_NUMBER": [
        "the flood warden's mobile is {}",
        "call the driller on {}, they start at 7",
        "the gritting depot's number is {}",
        "the fire station's phone is {}",
        "ring the water company's leak man on {} if it floods again",
        "Tel.: {}",
        "Teléfono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the pump hire with {}",
        "the dehumidifiers went on {}",
        "the weather station went on {}",
        "put the new borehole pump on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the insurer paid the claim into {}",
        "pay the sandbag money back into {}",
        "send my share of the pump hire to {}",
        "the helpers' fund is {}",
        "IBAN: {}",
        "IBAN (Spendenkonto): {}",
    ],
    "USERNAME": [
        "on Watch Duty I'm {}",
        "my PWSweather name is {}",
        "Meteoclimatic has me as {}",
        "on Blitzortung I'm {}",
        "my CoCoRaHS login is {}",
        "on WOW I'm {}",
        "my Netatmo weathermap name is {}",
        "the Ambient Weather account is {}",
        "on Infoclimat I'm {}",
        "my Kachelmannwetter name is {}",
        "on nebenan.de I'm {}",
        "my Yapo user is {}",
        "on Meteored I'm {}",
        "my Windguru name is {}",
        "the Mapillary photos of the flood are by {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT66_MIXED = [
    ("Warden: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Policyholder: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[FTP site]\nHost={}\nPassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/FROST-Server/v1.1/Datastreams", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the code for the flood store, it's {}", ["PERSON", "SECRET"]),
    ("Volunteer: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Meteoclimatic name is {}, the pump money goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the sandbags came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the dehumidifiers with {}", ["PERSON", "CREDIT_CARD"]),
    ("et {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Evacuated: {}, from {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT66_NEGATIVES = [
    "the Somerset Levels sit barely above sea level",
    "so Muchelney was cut off for weeks in the 2014 floods",
    "the Parrett and the Tone meet at Burrowbridge",
    "a rhyne is a drainage ditch on the Levels",
    "a drove is a track across the moor",
    "on the moor they say old and young to tell a father from his son",
    "an insurance form writes the initials without full stops",
    "TA10 is Langport and TA7 is Bridgwater's villages",
    "the pumps at the station move 12 tonnes of water a second",
    "the Parrett at Langport is at 7.2 m and still rising",
    "flood warning 112WAFTUBA is for the Tone at Currymoor",
    "Pople Drainage Ltd dug the new rhyne last autumn",
    "the Ahr flooded in July 2021",
    "so et and dä are how the Rhineland says the and the before a name",
    "in the Rhineland Josef becomes Jupp and Anton becomes Tünn",
    "a register writes the family name first and then a comma",
    "53508 is Mayschoß and 53474 is Bad Neuenahr-Ahrweiler",
    "the Ahr valley grows mostly Spätburgunder",
    "the flood wine from 2021 was sold with the mud still on the bottles",
    "the Rotweinwanderweg runs 35 km along the valley",
    "Valparaíso has 42 hills, the cerros",
    "in Chile every firefighter is a volunteer",
    "the fire companies of Valparaíso were founded by the port's immigrant communities",
    "Bomba Schiappacasse is the name of a fire company, not a person",
    "a Chilean roll writes both family names in capitals",
    "Pancho is short for Francisco and Cote for María José",
    "the fire on the hills burnt 9,000 hectares in two days",
    "dial 132 for the bomberos in Chile",
    "the Landes forest is the biggest planted forest in western Europe",
    "DFCI stands for défense des forêts contre l'incendie",
    "a lieu-dit is a named place in the countryside",
    "bis and ter after a French house number mean a second and third house",
    "Jean-Pi is what a fire station makes of Jean-Pierre",
    "40200 is Mimizan",
    "fire danger is very high today, level 4 of 5",
    "the lookout towers are manned from July to September",
    "the hosepipe ban starts on 5 August",
    "the reservoir is at 41 percent",
    "the drought order covers gardens but not farms",
    "we had 48 mm of rain overnight",
    "gusts reached 112 km/h at the coast",
    "hail the size of golf balls, about 4 cm",
    "the storm spotter net meets on 145.500 at 8pm",
    "call sign 2E0XQB is the church tower gateway",
    "the APRS passcode is worked out from the call sign",
    "gritting route 7 covers the hill roads first",
    "the gritters spread 10 grams of salt per square metre",
    "salt bin 14 is empty again",
    "the snow plough does the bus route first, then the lanes",
    "bore number 3 is 60 metres deep",
    "the well water tested fine for nitrates",
    "the water meter reads 1,204 cubic metres",
    "claim 88231 is closed",
    "lock 12 has a rise of 2.4 metres",
    "the towpath is closed between bridge 41 and bridge 44",
    "order 51207 is 200 empty sandbags",
    "the flood boards cost 340 pounds a door",
    "the dehumidifiers run at 500 watts each",
    "the evacuation centre opens at 18:00",
    "the alert test is every first wednesday at noon",
    "CumulusMX 4 added a new dashboard",
    "Dire Wolf 1.7 added better FX.25 support",
    "FROST-Server 2.3 moved to Java 17",
    "Cachet 3 is still in development",
    "the Formbricks update added hidden fields",
    "fixed in commit 9c3a71e, see the changelog",
    "APP_KEY=<run php artisan key:generate>",
    "NEXTAUTH_SECRET=",
    "DB_PASSWORD=changeme",
    "Password=",
    "store code: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3530 1113 3330 0000 is the JCB test number",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "FR76 3000 6000 0112 3456 7890 189 is the example IBAN in the docs",
    "write to warden@example.org on the form",
    "192.0.2.66 is a documentation address",
    "198.51.100.66 is a documentation address",
    "2001:db8:66::1 is a documentation address",
    "call Floodline on 0345 988 1188 for warnings",
    "call 18 or 112 for the pompiers in France",
    "the water is 10 minutes from the road",
    "did the sandbags come yet",
    "bring wellies, the lane is under water",
    "ok the pump is running, finally",
    "yes the flood boards are up, thanks",
    "THE RIVER IS OVER THE ROAD AGAIN",
]  # fmt: skip


def _typo66(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types in the wind and rain, a weather
    or water word's well-known misspelling ('gauge' -> 'guage', 'weather' -> 'whether', 'reservoir' ->
    'resevoir', 'sandbags' -> 'sand bags'), or voice-to-text shouted into the wind losing one short word
    ('the', 'a', 'to', 'is', 'at', 'on'). Only in sentences typed to the bot or a friend; a title or an
    article next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT66.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT66[m.group(1)] + template[m.end() :]
    shorts = list(SHORT_WORD_HELDOUT66.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + template[m.end() :]


def build_heldout66(seed: int = HELDOUT66_SEED) -> list[Example]:
    """Held-out set 66: `Gen66` values in `HELDOUT66_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen66(seed)
    return assemble_module_set(
        gen, HELDOUT66_TEMPLATES, HELDOUT66_MIXED, HELDOUT66_NEGATIVES, _typo66, person=gen.person_for
    )
