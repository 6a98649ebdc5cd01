"""Held-out PII set 44 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout44": written before round 32 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT44 is empty, as for
held-out 16 to 42; written at the same time as held-out 43, the two authors split the world between them: 44
takes emergency services, public transport and the post (fire and rescue, ambulances and paramedics, the
coastguard, lifeboats and mountain rescue, dispatch and 112/999 call centres, bus, tram, metro and rail crews
and depots, taxis and ride-hailing, post offices, rounds, parcel lockers and sorting offices), 43 takes
kitchens, food and drink trades); hand-written lists of Suryoye (Syriac Orthodox) of Midyat, Tur Abdin's
villages and Södertälje (SL's bus drivers, taxis and PostNord's sorting: Turkish surname-law family names as
the Swedish register has them, or the Tur Abdin house after the given name: 'Malke Aydin', 'Afrem Beth
Lahdo', 'Shmuni Önder'), Melkite Greek Catholics of Haifa's Wadi Nisnas and Montreal's Saint-Laurent and
Laval (Magen David Adom paramedics, Egged and STM drivers, Canada Post carriers: an Israeli ID's father's
given name in the middle, or Montreal's French spelling: 'Elias Nakhle Bathish', 'Georges Tannous', 'Rula
Ghantous'), Adjarians of Batumi, Kobuleti and Khulo (the port, the Emergency Management Service's rescuers,
marshrutka drivers and lifeguards: the short given name the crew uses: 'Zura Beridze', 'Temo Bolkvadze',
'Nazi Diasamidze'), Zipser Germans of Spiš (Kežmarok, Hopgarten, Medzev: the Tatra mountain rescue, ZSSK's
and the Tatra electric railway's crews, Slovenská pošta: the German name or the Slovak register's, with -ová
for a woman: 'Johann Greschner', 'Ľudovít Glatz', 'Margita Langová') and Shabak of Bartella, Ali Rash and
Bazwaya on the Nineveh plains (Civil Defence, ambulances, the Mosul-Erbil taxis: an Iraqi ID's given,
father's and grandfather's names, or a tribe's or village's name: 'Qusay Abbas Kadhim', 'Haidar Bajalan',
'Zahraa al-Bazwayi'); a duty sheet's SURNAME and initial for every origin ('BERIDZE T.', 'AL-SHABAKI Q.');
'batono X' and 'kalbatono X' (Adjarian), 'abuna X' (a married Melkite priest) and 'malfono X' (the Syriac
Sunday school's teacher) with the title outside the span, and crew-roster ('Driver (duty 412):', 'Conductor:',
'Guard:', 'Crew manager:', 'Watch manager:', 'Station officer:'), ambulance ('Attending paramedic:',
'Casualty:', 'NOK:'), control-room ('Call taker:', 'Dispatcher:', 'Controller:'), lifeboat ('Coxswain:',
'Helmsman:'), post ('Postman:', 'Postwoman:') and duty-sheet ('Duty sheet: X (svc no. ...)') fields; over
three quarters of the sentences typed to the bot or a friend: shouts and watches, paramedics and call takers,
lifeboat pagers, mountain rescue, bus routes and depots, trams, trains and guards, marshrutkas, taxis and Uber,
post rounds, parcels, lockers and sorting offices; self-hosted apps' config no earlier set pasted:
trunk-recorder's and rdio-scanner's settings, TransitClock's transitclock.properties, OpenTripPlanner's
router-config.json updaters, OneBusAway's data-sources.xml, GraphHopper's config.yml and Resgrid's env file,
with DIVERA 24/7, Broadcastify, Packeta, PostNord, InPost ShipX, what3words and OneBusAway keys; those regions'
addresses (Södertälje with a Swedish flat number 'lgh 1102', Midyat's 'Mah. ... Sk. No:' and its villages'
'Köyü', Wadi Nisnas with a seven-digit Israeli postcode, Saint-Laurent and Laval with 'app.' and '(Québec)',
Batumi and Kobuleti streets and Adjara's villages by municipality, Kežmarok, Medzev, Vysoké Tatry and Spišská
Nová Ves with a Slovak five-digit postcode and 'number/number', Bartella's 'Hay', Ankawa's street and house
numbers and a Mosul quarter by its landmark) and phones (Swedish mobiles and Södertälje 08-550, Turkish
mobiles and Midyat 0482 462, Israeli mobiles and Haifa 04-8, Montreal (514) and Laval 450, Georgian mobiles
and Batumi (0422), Slovak mobiles and Kežmarok 052/452, Iraqi 075 and 077 mobiles and Erbil +964 66);
Visa, Mastercard 51-55 and 2720, Amex 34 and 37, Discover 6011, a 19-digit Maestro 5018 and a 16-digit
UnionPay 62 as a taxi app, a ticket machine or a post office counter takes them, with spaces, hyphens or
none; IBANs of Sweden, Israel, Georgia, Slovakia, Iraq and Turkey (every IBAN country was used by an earlier
set; these fit this set's people); IPs in station alerter, ambulance MDT, CAD terminal, AVL gateway, ticket
machine, real-time stop display, tram router, depot fuel pump, parcel locker, sorting machine, franking
machine, TETRA gateway, lifeboat AIS receiver, mountain rescue repeater, taximeter tablet, cab DVR, station
door and platform PA chat and in the pastes above, an AVL log and an MDT's syslog line, v6 in 2001:2060,
2a02:ed0, 2a06:c701, 2001:56a and 2a02:ff0 ranges; passwords handed over in ways no earlier set used (inside
the appliance bay door, the ambulance's drugs safe, the tram cab's fault log, the parcel locker's service
panel, the sorting office's locker room, the lifeboat boathouse keypad, the mountain rescue base's key safe,
the bus depot's noticeboard, the radio programming password, the MDT's dash sticker, the postbox key
cabinet), Mor Gabriel ('MorGabriel!397'), Syrianska ('Syrianska#12'), Wadi Nisnas ('WadiNisnas_12'), the
Gerlach peak ('Gerlach2655'), Batumi's boulevard ('Batumi-Boulevard4'), Bartella ('Bartella@Nineveh'),
leetspeak of service words ('d1$p47ch', 'l1f3b047'), words joined by hyphens with a route number
('tram-word-9'), and cues in Hebrew ('הסיסמה ... היא'), Georgian script ('პაროლი არის'), Sorani Kurdish
('وشەی نهێنی') and Södertälje Swedish ('koden e'); usernames on RadioReference, Broadcastify, CPTDB,
UberPeople, SkyscraperCity, Trainorders, vlaky.net, Modrý koník, forum.ge, Tapuz, Taxi Leaks, PostalReporter,
railforums, Drehscheibe Online and the Trafikforum, shapes like 'x.bluelight', 'y_999', 'route42_x',
'x.posty', 'cabbie_y', 'x-on-the-night-bus', 'y.cox3' and 'medic_x7'; dates of birth given to a paramedic, a
call taker, a taxi licence, a post office ID check, a bus pass, a lifeboat crew form and a rescue service
medical, in Swedish ('födelsedatum', year first), Hebrew ('תאריך לידה', unpadded), Georgian script
('დაბადების თარიღი'), Slovak ('dátum narodenia: 14. 3. 1987', a space after each dot), Iraqi Arabic ('مواليد
1987/3/14', year first), Quebec French ('14 mars 1987'), a PCR's 'Patient DOB:', NEMSIS's <ePatient.17> and a
CAD's JSON 'caller_dob' (month first); typos as a swipe keyboard reading the thumb's path as another word
('in' -> 'on', 'shift' -> 'shirt', 'the' -> 'tue') or the swipe run on past the word into a longer form of it
('need' -> 'needs', 'call' -> 'called', 'check' -> 'checking'), typed on a moving bus or in an ambulance;
negatives with the same regions' places, the house name, the father's name, the -ová and the titles
explained, incident, CAD and job numbers, appliance, ambulance, lifeboat and helicopter call signs of units,
watches and shift patterns, response targets, route, line, fleet, train and night-bus numbers, timetable
times, depot postcodes alone, tracking and locker numbers, collection times, stamp and fare prices, emergency
numbers of the regions, pump, ladder, tram and bus sizes, a GTFS feed version, OpenTripPlanner and
trunk-recorder versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder
e-mail, documentation IPs (v4 and v6), and short everyday chat).

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

HELDOUT44_SEED = 6048351
# no faker name locale, as in held-out 16 to 42: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT44: list[str] = []
# emergency services, public transport and the post (held-out 43, written at the same time, takes kitchens,
# food and drink trades); each origin: (men's given names, women's given names, family names)
NAMES_HELDOUT44: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Suryoye (Syriac Orthodox) of Midyat and Tur Abdin's villages and of Södertälje (SL's bus drivers, taxis,
    # PostNord's sorting at Rosersberg); family names from Turkey's surname law, as the Swedish register has them
    "suryoye": ("Malke Afrem Barsom Shabo Gabro Yuhanon Ishok Danho Lahdo Aziz Gallo".split(),
                "Shmuni Nisane Hatune Saide Marta Mirjam Sabiha".split(),
                "Aydin Kaplan Yalcin Tuncel Akyol Bilgic Önder Isik Dogan Ishak Bahdi Demir Ayhan".split()),
    # Melkite Greek Catholics of Haifa's Wadi Nisnas and of Montreal's Saint-Laurent and Laval (Magen David
    # Adom paramedics, Egged and STM drivers, Canada Post carriers)
    "melkite": ("Elias Nakhle Jiries Boulos Wadie Antoun Nicola Salim Fuad Majdi".split(),
                "Rula Hanan Nawal Ghada Widad Suha Raghda Nadine".split(),
                "Bathish Tannous Ghantous Nakhleh Shehadeh Mukarker Jubran Zarzour Sayegh Bahouth Ayoub Abboud".split()),
    # Adjarians of Batumi, Kobuleti and Khulo (the port, the Emergency Management Service's rescuers,
    # marshrutka drivers and Kobuleti's lifeguards)
    "adjarian": ("Tamaz Jemal Murman Nodar Revaz Temur Zurab Merab Malkhaz Ruslan".split(),
                 "Nazi Leila Manana Nana Tsiuri Eter Nargiz Madona".split(),
                 "Beridze Tsintsadze Bolkvadze Khimshiashvili Makharadze Diasamidze Shavadze Surmanidze Putkaradze Tavdgiridze Katamadze Nagervadze Kakhidze Gorgiladze".split()),
    # Zipser Germans of Spiš (Kežmarok, Hopgarten/Chmeľnica, Medzev, Spišská Nová Ves: the Tatra mountain
    # rescue, ZSSK's and the Tatra electric railway's crews, Slovenská pošta)
    "zipser": ("Johann Andreas Samuel Gustav Ludwig Franz Michael Josef".split(),
               "Helene Mathilde Margarethe Anna Theresia Rosa".split(),
               "Genersich Greschner Glatz Kuhn Roth Pfeiffer Sontag Frühauf Lang Schmögner Weisz Mauks".split()),
    # Shabak of Bartella, Ali Rash and Bazwaya on the Nineveh plains and of Mosul's left bank (Civil Defence,
    # ambulances, the taxis between Mosul and Erbil); a tribe's or a village's name as the family name
    "shabak": ("Qusay Ghazi Jalal Kadhim Haidar Mohsen Falah Hunain Sattar".split(),
               "Zahraa Batool Sukaina Nidaa Khawla Rusul".split(),
               "al-Shabaki Qaddo Bajalan al-Bartellawi al-Bazwayi".split()),
}  # fmt: skip
# a Tur Abdin family's house ('Beth X', the house of X) after the given name, as the village knows them
SURYOYE_HOUSES_HELDOUT44 = "Lahdo Danho Gallo Shabo Isho Barsawmo Hanno Qasho".split()
# an Adjarian given name's short form, as the crew and the station use it
ADJARIAN_SHORT_HELDOUT44 = {
    "Zurab": "Zura", "Temur": "Temo", "Revaz": "Rezo", "Malkhaz": "Malkho", "Nodar": "Noshre",
    "Merab": "Meko", "Manana": "Mana", "Tsiuri": "Tsiko", "Eter": "Eka",
}  # fmt: skip
# a Zipser's given name in the Slovak register (a woman's family name then takes -ová)
ZIPSER_SLOVAK_HELDOUT44 = {
    "Johann": "Ján", "Andreas": "Ondrej", "Samuel": "Samuel", "Gustav": "Gustáv", "Ludwig": "Ľudovít",
    "Franz": "František", "Michael": "Michal", "Josef": "Jozef", "Helene": "Helena", "Mathilde": "Matilda",
    "Margarethe": "Margita", "Anna": "Anna", "Theresia": "Terézia", "Rosa": "Ružena",
}  # fmt: skip
# Montreal's French spellings of a Melkite given name
MELKITE_FRENCH_HELDOUT44 = {
    "Elias": "Élias", "Jiries": "Georges", "Boulos": "Paul", "Antoun": "Antoine", "Nicola": "Nicolas",
    "Nakhle": "Nakhlé", "Wadie": "Wadih", "Hanan": "Hanane", "Nawal": "Naouel", "Suha": "Souha",
}  # fmt: skip
# a title before the name (outside the span) goes with the origins that use it
TITLED_HELDOUT44: dict[str, list[str]] = {
    "batono": ["adjarian"],  # Georgian 'sir' before a man's given name
    "kalbatono": ["adjarian"],  # and 'madam' before a woman's
    "abuna": ["melkite"],  # 'our father', a married Melkite priest, before his given name
    "malfono": ["suryoye"],  # 'teacher', the Syriac Sunday school's, before a man's given name
}
TITLE_SLOT_HELDOUT44 = re.compile(r"\b(kalbatono|batono|abuna|malfono) \{\}", re.IGNORECASE)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT44 = {"SE": "20n", "IL": "19n", "GE": "2a16n", "SK": "20n", "IQ": "4a15n", "TR": "22n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT44 = ["ambulance", "rescue", "station", "watch", "lifeboat", "dispatch", "depot", "tram",
                      "bus", "route", "taxi", "cab", "post", "parcels", "rail", "signal"]  # fmt: skip
# slips outside the slots: a swipe keyboard's path read as another word, or the swipe run on too far
SWIPE_HELDOUT44 = {
    "in": "on", "on": "in", "is": "us", "if": "of", "the": "tue", "for": "fit", "shift": "shirt",
    "ring": "rung", "bus": "bud", "back": "bank", "late": "lane", "left": "lest", "said": "sad",
    "got": "hot", "park": "oark",
}  # fmt: skip
SWIPE_WORD_HELDOUT44 = re.compile(r"(?<![\w{}'])(" + "|".join(SWIPE_HELDOUT44) + r")(?![\w{}'])")
OVERSHOOT_HELDOUT44 = {
    "need": "needs", "call": "called", "send": "sends", "ask": "asked", "drop": "dropped",
    "book": "booked", "pay": "pays", "tell": "tells", "check": "checking", "ring": "ringing",
    "pick": "picked", "leave": "leaves", "wait": "waiting",
}  # fmt: skip
OVERSHOOT_WORD_HELDOUT44 = re.compile(r"(?<![\w{}'])(" + "|".join(OVERSHOOT_HELDOUT44) + r")(?![\w{}'])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Önder' -> 'onder', 'Ľudovít'
    -> 'ludovit', 'al-Shabaki' -> 'alshabaki')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen44(Gen3):
    """Generators for held-out set 44: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT44 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT44))
        men, women, lasts = NAMES_HELDOUT44[origin]
        woman = rng.random() < (0.3 if origin in ("shabak", "suryoye") else 0.45)
        given = rng.choice(women if woman else men)
        return origin, given, rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if r < 0.12:  # a duty sheet's SURNAME and initial, before the service number
            return f"{last.upper()} {first[0]}."
        if origin == "suryoye" and r < 0.4:  # the Tur Abdin house after the given name
            return f"{first} Beth {rng.choice(SURYOYE_HOUSES_HELDOUT44)}"
        if origin == "melkite":
            if r < 0.4:  # an Israeli ID's father's given name between the given and the family name
                return f"{first} {rng.choice(NAMES_HELDOUT44['melkite'][0])} {last}"
            if r < 0.6:  # Montreal's French spelling
                return f"{MELKITE_FRENCH_HELDOUT44.get(first, first)} {last}"
        if origin == "adjarian" and r < 0.45 and first in ADJARIAN_SHORT_HELDOUT44:
            return f"{ADJARIAN_SHORT_HELDOUT44[first]} {last}"
        if origin == "zipser" and r < 0.55:  # the Slovak register
            given = ZIPSER_SLOVAK_HELDOUT44.get(first, first)
            return f"{given} {last}ová" if woman else f"{given} {last}"
        if origin == "shabak" and r < 0.5:  # an Iraqi ID's given, father's and grandfather's names
            men = NAMES_HELDOUT44["shabak"][0]
            return f"{first} {rng.choice(men)} {rng.choice(men)}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.78:
            name = first
        elif r < 0.87:
            name = f"{last}ová" if origin == "zipser" and woman else last
        else:  # the given name's initial and the family name, as a roster gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('batono Zurab', 'kalbatono Manana Beridze', 'abuna Elias',
        'malfono Afrem'), from the origins that use it."""
        rng = self.rng
        title = title.lower()
        origin = rng.choice(TITLED_HELDOUT44[title])
        men, women, lasts = NAMES_HELDOUT44[origin]
        given = rng.choice(women if title == "kalbatono" else men)
        return given if rng.random() < 0.75 else f"{given} {rng.choice(lasts)}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT44.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        letters = "ABCEGHJKLMNPRSTVXY"
        shapes = [
            f"{pick(['Ronnavägen', 'Hovsjövägen', 'Genetaleden', 'Bergsgatan', 'Fornhöjdsvägen'])} {rng.randint(1, 60)}, lgh {rng.randint(1001, 1204)}, 15{rng.randint(130, 175)} Södertälje",
            f"{pick(['Fredsgatan', 'Storgatan', 'Ekdalsvägen'])} {rng.randint(1, 60)}, 152 {rng.randint(30, 60)} Södertälje",
            f"{pick(['Estel', 'Yenimahalle', 'Cumhuriyet'])} Mah. {rng.randint(100, 300)}. Sk. No: {rng.randint(1, 40)}, 47500 Midyat/Mardin",
            f"{pick(['Anıtlı', 'Gülgöze', 'Kayacık', 'Altıntaş'])} Köyü No: {rng.randint(1, 90)}, Midyat/Mardin",
            f"{pick(['Khouri', 'HaWadi', 'Hatzionut', 'Allenby'])} St {rng.randint(1, 90)}, Wadi Nisnas, Haifa 33{rng.randint(10000, 99999)}",
            f"{rng.randint(1000, 9999)} {pick(['rue Décarie', 'boulevard Marcel-Laurin', 'rue Grenet', 'boulevard de la Côte-Vertu'])}, app. {rng.randint(1, 30)}, Saint-Laurent (Québec) H4{pick('LMNR')} {rng.randint(1, 9)}{pick(letters)}{rng.randint(1, 9)}",
            f"{rng.randint(100, 4999)} {pick(['boulevard Saint-Martin Ouest', 'rue Notre-Dame', 'avenue des Bois'])}, Laval (Québec) H7{pick('NSTVW')} {rng.randint(1, 9)}{pick(letters)}{rng.randint(1, 9)}",
            f"{pick(['Gorgiladze', 'Chavchavadze', 'Parnavaz Mepe', 'Baratashvili', 'Tbel Abuseridze'])} St. {rng.randint(1, 120)}, apt. {rng.randint(1, 80)}, Batumi 60{rng.randint(0, 1)}{rng.randint(0, 9)}",
            f"{pick(['Aghmashenebeli', 'Rustaveli', 'Tavisupleba'])} St. {rng.randint(1, 400)}, Kobuleti 6200",
            f"village {pick(['Chakvi', 'Makhinjauri', 'Khelvachauri', 'Dandalo'])}, {pick(['Kobuleti', 'Khelvachauri', 'Keda'])} Municipality, Adjara",
            f"Hlavné námestie {rng.randint(1, 90)}, 060 01 Kežmarok",
            f"Chmeľnica {rng.randint(1, 240)}, 065 01 Stará Ľubovňa",
            f"{pick(['Štóska', 'Hlavná', 'Kováčska'])} {rng.randint(1, 90)}, 044 25 Medzev",
            f"Starý Smokovec {rng.randint(1, 120)}, 062 01 Vysoké Tatry",
            f"{pick(['Letná', 'Zimná', 'Radničné námestie'])} {rng.randint(1, 90)}/{rng.randint(1, 20)}, 052 01 Spišská Nová Ves",
            f"Hay {pick(['al-Shuhada', 'al-Askari', 'al-Nasr'])}, house {n}, Bartella, Al-Hamdaniya District, Nineveh",
            f"Ankawa, Street {rng.randint(20, 120)}, House {rng.randint(1, 600)}, Erbil 44001",
            f"{pick(['al-Zuhur', 'al-Muthanna', 'al-Sukkar'])} quarter near the {pick(['Civil Defence centre', 'fire station', 'bus garage'])}, Mosul",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT44)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{first}_{subject}", f"{last}{first[:1]}", f"{first}{rng.randint(1960, 2004)}",
                           f"{subject}{rng.randint(1, 999)}.{last}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "hotmail.se", "telia.com", "outlook.com", "bredband.net", "walla.co.il",
                             "bezeqint.net", "videotron.ca", "hotmail.ca", "mail.ru", "posta.ge", "azet.sk",
                             "centrum.sk", "zoznam.sk", "yahoo.com", "icloud.com", "hotmail.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"07{rng.choice('0236')}-{d(3)} {d(2)} {d(2)}",  # Swedish mobile
            f"08-550 {d(2)} {d(2)}",  # Södertälje
            f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",  # Turkish mobile
            f"0482 462 {d(2)} {d(2)}",  # Midyat
            f"05{rng.choice('02348')}-{d(3)}-{d(4)}",  # Israeli mobile
            f"04-8{d(2)}-{d(4)}",  # Haifa
            f"(514) {d(3)}-{d(4)}",  # Montreal
            f"450-{d(3)}-{d(4)}",  # Laval
            f"+995 5{d(2)} {d(2)} {d(2)} {d(2)}",  # Georgian mobile
            f"(0422) 2{d(1)} {d(2)} {d(2)}",  # Batumi
            f"09{rng.choice('01')}{d(1)} {d(3)} {d(3)}",  # Slovak mobile
            f"052/452 {d(4)}",  # Kežmarok
            f"07{rng.choice('57')}{d(1)} {d(3)} {d(4)}",  # Iraqi mobile
            f"+964 66 22{d(1)} {d(4)}",  # Erbil
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2720", 16), ("34", 15),
                                     ("37", 15), ("6011", 16), ("5018", 19), ("62", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 19:
            groups = [num[i : i + 4] for i in range(0, 16, 4)] + [num[16:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.68:  # a ticket machine's or a taxi app's receipt with hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT44))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT44[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): station, ambulance, control room, depot, tram, bus stop, lifeboat,
        taxi and post chat, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:2060:{h()}:{h()}::{h()}", f"2a02:ed0:{h()}:{h()}::{h()}", f"2a06:c701:{h()}::{h()}",
                         f"2001:56a:{h()}:{h()}::{h()}", f"2a02:ff0:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the station alerter in the appliance bay is on {}, it didn't go off for the last shout", v4),
            ("the mdt in the ambulance got {} and won't sync the jobs", rng.choice([v4, v6])),
            ("cad terminal 3 in the control room is {}, ring it if it freezes again", v4),
            ("the avl gateway at the depot is {}, half the buses vanished off the map", v4),
            ("ticket machine on the 42 bus keeps asking for {} and can't find it", v4),
            ("the real time display at the stop by the hospital pings from {}", v4),
            ("tram 14's onboard router is {}, the cctv upload fails every night", rng.choice([v4, v6])),
            ("the fuel pump controller in the depot yard is {}", v4),
            ("parcel locker at the station has {} on its service screen", v4),
            ("the sorting machine's controller at the delivery office is {}", v4),
            ("franking machine in the post office back room is on {}", v4),
            ("the tetra gateway on the radio console is {}, don't touch it", v4),
            ("lifeboat station ais receiver reports to {}", rng.choice([v4, v6])),
            ("the mountain rescue repeater on the ridge is {}", v4),
            ("my taximeter's tablet got {} from the car's hotspot", v4),
            ("the dvr in the cab is on {}, the footage from friday is on it", v4),
            ("station door controller is {}, the crew got locked out at 3am", v4),
            ("the pa system on platform 2 is {}", v4),
            ('  "uploadServer": "https://{}/api/call-upload",', v4),
            ("transitclock.db.dbHost={}", v4),
            ('    "url": "http://{}:8080/gtfs-rt/trip-updates",', v4),
            ("RESGRID_DB_HOST={}", v4),
            ("    <property name=\"url\" value=\"jdbc:postgresql://{}:5432/onebusaway\" />", v4),
            ("  host: {}", v6),
            ("2024-11-08 03:14:22 WARN avl: modem 4417 at {} missed 5 position reports", v4),
            ("Nov  8 03:14:22 mdt-07 syncd[412]: cannot reach cad gateway {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"MorGabriel!{rng.choice(['397', '1600', 'Midyat'])}",
                f"Syrianska#{rng.randint(1, 99)}",
                f"WadiNisnas_{rng.randint(1, 60)}",
                f"Gerlach{rng.choice(['2655', '!2655', '_HZS'])}",
                f"Batumi-Boulevard{rng.randint(1, 9)}",
                f"Bartella@{rng.choice(['Mar', 'Nineveh', '2017'])}",
                rng.choice(["dispatch", "lifeboat", "ambulance", "postbag", "terminus"]).translate(leet) + rng.choice(["", "!", "_999"]),
                f"{rng.choice(['tram', 'bus', 'night', 'route'])}-{w()}-{rng.randint(1, 99)}",
                f"{rng.choice(['Ronna', 'Haifa', 'Kobuleti', 'Kezmarok', 'Ankawa'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Siren', 'Depot', 'Cox', 'Parcel', 'Blue'])}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        hexl = "0123456789abcdef"
        uuid = lambda: f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"  # noqa: E731
        head = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
        jwt = lambda: head + tok(90, alnum + "-_") + "." + tok(43, alnum + "-_")  # noqa: E731
        options = [
            # passwords handed over in ways no earlier set used
            ("the station wifi is written inside the appliance bay door, {}", pw),
            ("the drugs safe in the ambulance opens with {}", d(5)),
            ("the tram cab tablet login is in the fault log, {}", pw),
            ("the service panel on the parcel locker takes {}", d(6)),
            ("sorting office locker room code is {}", d(4)),
            ("the boathouse keypad at the lifeboat station is {}", d(4)),
            ("the key safe at the mountain rescue base is {} since the new year", d(4)),
            ("the canteen wifi at the bus depot is on the noticeboard, {}", pw),
            ("the radio programming password the tech left is {}", pw),
            ("there's a sticker on the dash with the mdt login, {}", pw),
            ("my uber driver account password is {}, log in if I'm stuck on the motorway", pw),
            ("the postbox key cabinet at the delivery office is {}", d(4)),
            ("I changed the cad login to {}", pw),
            # cues in languages no earlier set used
            ("הסיסמה של הוויפי בתחנה היא {}", pw),
            ("სადგურის wifi პაროლი არის {}", pw),
            ("وشەی نهێنی وایفای ئۆتۆمبێلەکە {}", pw),
            ("koden e {} till depån, säg inte till nån", pw),
            # commands
            ("$ docker run -e RESGRID_ADMIN_PASSWORD={} resgrid/web", pw),
            ("$ psql 'postgresql://transitclock:{}@localhost/transitclock'", pw),
            ("$ curl -H 'Authorization: Bearer {}' https://api-shipx-pl.easypack24.net/v1/organizations", jwt()),
            # pastes
            ('      "apiKey": "{}",', uuid()),
            ("transitclock.db.dbPassword={}", pw),
            ("RESGRID_DB_PASSWORD={}", pw),
            ("    <property name=\"password\" value=\"{}\" />", pw),
            ('  "updaters": [{ "type": "stop-time-updater", "headers": { "x-api-key": "{}" } }]', tok(32, hexl)),
            ("graphhopper.api_key: {}", uuid()),
            ("DIVERA_ACCESSKEY={}", tok(64, alnum + "-_")),
            ("rdio-scanner -admin_password {}", pw),
            ("PACKETA_API_PASSWORD={}", tok(32, hexl)),
            ("POSTNORD_APIKEY={}", tok(32, hexl)),
            ("W3W_API_KEY={}", tok(8, upper)),
            ("Onebusaway key={}", uuid()),
            ("BROADCASTIFY_API_KEY={}", tok(40, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.bluelight', 'y_999', 'route42_x', 'x.posty')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.bluelight",
                f"{last}_999",
                f"route{rng.randint(1, 199)}_{first}",
                f"{first}.posty",
                f"cabbie_{last}",
                f"{first}-on-the-night-bus",
                f"{last}.cox{rng.randint(1, 9)}",
                f"medic_{first}{rng.randint(1, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=88)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "sv": f"{year}-{m:02d}-{day:02d}",  # Swedish
            "he": f"{day}.{m}.{year}",  # Israeli, unpadded
            "ka": f"{day:02d}.{m:02d}.{year}",  # Georgian
            "sk": f"{day}. {m}. {year}",  # Slovak, a space after each dot
            "iq": f"{year}/{m}/{day}",  # an Iraqi form, year first
            "fr": f"{day} {FR_MONTHS_HELDOUT44[m - 1]} {year}",  # Quebec
            "uk": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
            "us": f"{m:02d}/{day:02d}/{year}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["uk", "sv", "he", "sk", "fr", "iso", "ka"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the paramedic asked mum's date of birth and I said {}", any_shape),
            ("the call taker wanted the patient's dob, it's {}", any_shape),
            ("for my taxi licence renewal they need my date of birth, {}", any_shape),
            ("the post office id check wants my birthday, {}", any_shape),
            ("on the bus pass form I put born {}", s["uk"]),
            ("the lifeboat crew form asks for my dob, {}", any_shape),
            ("for the rescue service medical I wrote my date of birth as {}", s["ka"]),
            ("födelsedatum {}", s["sv"]),
            ("תאריך לידה {}", s["he"]),
            ("დაბადების თარიღი: {}", s["ka"]),
            ("dátum narodenia: {}", s["sk"]),
            ("مواليد {}", s["iq"]),
            ("Date de naissance : {}", s["fr"]),
            ("Patient DOB: {}", s["uk"]),
            ("      <ePatient.17>{}</ePatient.17>", s["iso"]),
            ('  "caller_dob": "{}",', s["us"]),
            ("Date of birth (PCR): {}", s["uk"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


FR_MONTHS_HELDOUT44 = ("janvier février mars avril mai juin juillet août septembre octobre novembre "
                       "décembre").split()  # fmt: skip

HELDOUT44_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} was on the pump with me when the call came in",
        "the paramedic who came for grandad was {}, brilliant",
        "{} drives the 755 out of Södertälje in the mornings",
        "remind me to thank {} for covering my shift",
        "{} is crew manager on red watch now",
        "can you find the message from {} about the rota swap",
        "{} was the call taker, kept me calm the whole time",
        "{} does our post round, ask about the missing parcel",
        "the taxi driver was {}, found my wallet on the back seat",
        "{} is on the lifeboat crew, got paged at 2am",
        "{} took the coxswain's seat for the first time",
        "I owe {} for the cab from the airport",
        "{} is the new station manager at the depot",
        "tell {} the tram is stuck at the bridge again",
        "{} from mountain rescue carried the woman down from the ridge",
        "{} drives a marshrutka between batumi and kobuleti",
        "{} works nights at the sorting office",
        "the driver who let me off between stops was {}",
        "{} is the guard on the 7:12, knows everyone",
        "{} did the first aid course with me at the ambulance station",
        "ask {} if the depot needs spare drivers",
        "{} got the cpc card renewed last week",
        "{} does the dispatch desk on weekends",
        "{} is doing the post round on our street this month",
        "{} was on the civil defence crew at the fire",
        "the signaller at the box today is {}",
        "batono {} runs the rescue boat at the port",
        "ask kalbatono {} at the post office, she knows",
        "abuna {} blessed the new ambulance",
        "malfono {} drives the night bus to Hovsjö",
        "Batono {} was the watch officer when it happened",
        "Driver (duty 412): {}",
        "Conductor: {}",
        "Guard: {}",
        "Crew manager: {}",
        "Watch manager: {}",
        "Attending paramedic: {}",
        "Call taker: {}",
        "Postman: {}",
        "Postwoman: {}",
        "Casualty: {}",
        "NOK: {}",
        "Coxswain: {}",
        "Helmsman: {}",
        "Dispatcher: {}",
        "Station officer: {}",
        "Controller: {}",
        "Duty sheet: {} (svc no. 40417)",
        '"driver_name": "{}",',
        "| Crew | {} |",
    ],
    "STREET_ADDRESS": [
        "the ambulance went to {} instead of our house",
        "send the parcel to {}, not to the locker",
        "the taxi is picking me up at {}",
        "my new post round starts at {}",
        "the fire was at {}, the whole block got out",
        "I moved, the post should go to {} now",
        "Incident address: {}",
        "Delivery address: {}",
        "Pickup: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the rota to {}",
        "the station manager's email is {}",
        "the lost property form went to {}",
        "email the crew photos to {} not to me",
        "Email for rota swaps: {}",
        '"email": "{}",',
        "NOTIFY_FROM={}",
        "    <contactEmail>{}</contactEmail>",
        "admin_email: {}",
    ],
    "PHONE_NUMBER": [
        "the taxi driver's number is {}",
        "ring the depot on {} if the bus doesn't come",
        "the lifeboat coxswain's mobile is {}",
        "call the sorting office on {} about the parcel",
        "the paramedic said ring {} if grandad gets worse",
        "Callback number: {}",
        "Tel. (station): {}",
        '"caller_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the taxi with {}",
        "the parcel postage went on {}",
        "the season ticket is on {}",
        "paid the uber from the hospital with {}",
        "Card used: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay my overtime into {}",
        "the taxi firm wants the account money sent to {}",
        "the refund for the lost parcel should go to {}",
        "send my share of the crew dinner to {}",
        "IBAN (wages): {}",
        "IBAN for refunds: {}",
    ],
    "USERNAME": [
        "on RadioReference I'm {}",
        "my Broadcastify name is {}",
        "I post on cptdb as {}",
        "UberPeople has me as {}",
        "on SkyscraperCity's transport threads I'm {}",
        "my Trainorders login is {}",
        "on vlaky.net I'm {}",
        "Modrý koník knows me as {}",
        "on forum.ge I post as {}",
        "my Tapuz name is {}",
        "Taxi Leaks comments have me as {}",
        "PostalReporter's forum has me as {}",
        "on railforums I'm {}",
        "my Drehscheibe Online name is {}",
        "I asked on the Trafikforum as {}",
        '"username": "{}",',
    ],
}
HELDOUT44_MIXED = [
    ("Attending paramedic: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Call taker: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("transitclock.db.dbHost={}\ntransitclock.db.dbPassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:3000/api/calls", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the station keys in the key safe, code {}", ["PERSON", "SECRET"]),
    ("Patient: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my RadioReference name is {}, send the money to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the rota came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the taxi from the station with {}", ["PERSON", "CREDIT_CARD"]),
    ("batono {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Casualty: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT44_NEGATIVES = [
    "the Suryoye in Södertälje came from the villages of Tur Abdin",
    "Mor Gabriel monastery near Midyat is one of the oldest still running",
    "Syrianska and Assyriska are the two football clubs in Södertälje",
    "Beth in a Tur Abdin name means the house of, it's the family's house",
    "Wadi Nisnas is the old Arab quarter of Haifa, lots of churches there",
    "Melkites are Greek Catholics, their priests can be married",
    "on an Israeli ID the father's name sits in the middle",
    "Batumi port is at the end of the railway from Tbilisi",
    "in Georgia batono and kalbatono are just polite sir and madam",
    "the Adjarian boat goes out from Batumi's marina in summer",
    "the Zipsers were Germans who settled Spiš in the Middle Ages",
    "in a Slovak register a woman's surname gets -ová on the end",
    "the Tatra electric railway goes from Poprad up to Štrbské Pleso",
    "Gerlachovský štít is 2655 m, the highest peak in the Tatras",
    "the Shabak live on the Nineveh plains east of Mosul",
    "an Iraqi ID gives your name, your father's and your grandfather's",
    "Bartella and Bazwaya are villages on the road to Erbil",
    "incident 24-118734 was the flat fire on the ninth floor",
    "call ref CAD 2024-0918-0112 is closed now",
    "job number 7731 was a fall, the crew was clear in 40 minutes",
    "appliance E21P1 went to the car fire",
    "Alpha 2-1 and Bravo 4 are the ambulance call signs on that shift",
    "Lifeboat 16-24 launched at 04:10",
    "Rescue 117 is the coastguard helicopter",
    "Red Watch starts at 08:00, Blue Watch takes over at 18:00",
    "the shift pattern is two days, two nights, four off",
    "a category 1 call should get an ambulance in 7 minutes",
    "route 755 to Hovsjö leaves every 10 minutes from the centre",
    "the 42 and the 43 both stop at the hospital",
    "tram line 9 runs to the terminus at 23:47",
    "bus 7102 from the fleet is off the road with a cracked screen",
    "fleet number 3414 is the new electric bus",
    "the train 18:05 to Poprad-Tatry leaves from platform 3",
    "the marshrutka to Kobuleti is 3 lari",
    "the night bus N94 comes every 30 minutes",
    "the depot postcode is 152 42, that's all they gave",
    "H4L is the start of the postcodes in Saint-Laurent",
    "060 01 is Kežmarok's postcode",
    "tracking number 00340434161094042557 says it's at the depot",
    "RR123456785SE is the tracking number on the slip",
    "parcel locker 1447 is the one by the station",
    "the sorting office closes at 14:00 on Saturdays",
    "last collection from the postbox is 17:30",
    "second class stamps are 85p now",
    "a locker parcel is held 7 days and then returned",
    "in Sweden it's 112 for everything",
    "Israel has 101 for Magen David Adom and 102 for the fire service",
    "Georgia uses 112, Iraq uses 122 for police",
    "in Canada it's 911",
    "the ambulance service's non emergency line is 111",
    "Magen David Adom's red star is on every ambulance",
    "Horská záchranná služba is the Slovak mountain rescue",
    "the coastguard station at Batumi watches channel 16",
    "the defibrillator outside the station is in a green box",
    "the pump carries 1800 litres of water",
    "the ladder reaches 32 m",
    "the ambulance was a Mercedes Sprinter, about 3.5 tonnes",
    "the tram is 32 metres long and takes 200 passengers",
    "the bus holds 90 with standing",
    "the season ticket is 970 kronor a month",
    "a taxi from the station is about 250 kronor",
    "the fare from Haifa to Tel Aviv is 25 shekels",
    "GTFS feed version 2024-11-01 has the new timetable",
    "upgraded OpenTripPlanner to 2.6 last night",
    "fixed in commit 8c2e51a, see the changelog",
    "trunk-recorder 5.0 needs the new config layout",
    '"apiKey": "<your api key>",',
    "transitclock.db.dbPassword=",
    "DIVERA_ACCESSKEY=${DIVERA_ACCESSKEY}",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "and 5105 1051 0510 5100 is the test Mastercard",
    "SE45 5000 0000 0583 9825 7466 is the example IBAN in the docs",
    "SK31 1200 0000 1987 4263 7541 is the sample Slovak IBAN",
    "write to crew@example.com on the form",
    "192.0.2.17 is a documentation address",
    "198.51.100.88 is a documentation address",
    "2001:db8:44::9 is a documentation address",
    "Mor Gabriel was founded in 397, the bells still ring every morning",
    "the bus was late again",
    "the train is cancelled, replacement bus from the front",
    "remind me to buy a new torch for nights",
    "did my parcel come yet",
    "quiet night, only two shouts",
    "see you at the station at seven",
    "bring your radio and a spare battery",
    "the lifts are out at the depot again",
]  # fmt: skip


def _typo44(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a swipe keyboard reading the finger's path as
    another word ('in' -> 'on', 'shift' -> 'shirt', 'the' -> 'tue'), or the swipe run on past the word's last
    letter into a longer form of it ('need' -> 'needs', 'call' -> 'called', 'check' -> 'checking'), as one thumb
    types on a moving bus, a tram cab or the back of an ambulance. Only in sentences typed to the bot or a
    friend."""
    if not _chat_like(template):
        return template
    words = list(SWIPE_WORD_HELDOUT44.finditer(template))
    if words and rng.random() < 0.55:
        m = rng.choice(words)
        return template[: m.start()] + SWIPE_HELDOUT44[m.group(1)] + template[m.end() :]
    runs = list(OVERSHOOT_WORD_HELDOUT44.finditer(template))
    if not runs:
        return template
    m = rng.choice(runs)
    return template[: m.start()] + OVERSHOOT_HELDOUT44[m.group(1)] + template[m.end() :]


def build_heldout44(seed: int = HELDOUT44_SEED) -> list[Example]:
    """Held-out set 44: `Gen44` values in `HELDOUT44_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen44(seed)
    return assemble_module_set(
        gen, HELDOUT44_TEMPLATES, HELDOUT44_MIXED, HELDOUT44_NEGATIVES, _typo44, person=gen.person_for
    )
