"""Held-out PII set 40 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout40": written before round 30 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT40 is empty, as for
held-out 16 to 38; written at the same time as held-out 39, the two authors split the world between them: 40
takes leisure and travel (hotels, hostels and holiday lets, tourism and tour guides, festivals and concerts,
museums, cinemas and theatres, restaurant bookings, gyms, pools and spas, public libraries, cruises and coach
trips), 39 takes money and work in offices and warehouses (banking, insurance, payroll, HR, call centres,
logistics, retail, estate agents)); hand-written lists of South Tyroleans of Meran, the Pustertal and the
Vinschgau (hoteliers, ski instructors and hut wardens: German given names and Tyrolean family names, sometimes
in the dialect's order with the family name first: 'Verena Oberhollenzer', 'Pircher Hannes'), Burgenland
Croats of Siegendorf, Trausdorf and the Neusiedler See (wine taverns, the lake stage at Mörbisch, thermal spas:
Croatian family names in the Hungarian and German spelling of the Austrian register, or in the Croatian
spelling some write them in again: 'Matthias Resetarits', 'Marica Živković'), Manouche of Samois, Strasbourg
and the Camargue and Sinti of the Netherlands and Germany (jazz festivals and the Saintes-Maries pilgrimage:
the name a musician goes by as the given name, the family names of the travelling families: 'Tchavolo
Winterstein', 'Zaïna Lagrène'), Bedouin of Wadi Rum and Petra (the Zalabieh, Zawaideh and Bdoul: desert camps,
jeep tours and guides; a man often called by his first son, 'Abu Eid', a woman by hers, 'Umm Salem', the
family name with or without the article: 'Attayak al-Zalabieh', 'Salma Zawaideh'), Mandinka of Bakau, Kololi
and Brufut (hotel staff, bird-watching guides and the griot families who play the kora at hotel nights:
'Lamin Jobarteh', 'Isatou Sanneh'), Scillonians of St Mary's, Tresco and Bryher (holiday lets, tripper boats
and gig racing: English given names, some Cornish, and the islands' old family names: 'Morwenna Tregarthen',
'Fraser Hicks') and Menorcans of Ciutadella, Maó and Fornells (holiday lets, the Sant Joan festes and boat
trips: Catalan given names and Menorca's own family names, sometimes both family names, the father's and the
mother's: 'Biel Sintes', 'Margalida Pons Orfila'); the Balearic personal article 'en X' and 'na X' before a
Menorcan name and 'Herr X' and 'Frau X' before a Tyrolean or Burgenland one with the title outside the span,
and booking ('Lead passenger:', 'Booking name:', 'Reservation for:', 'Name on ticket:'), tour ('Tour leader:',
'Coach driver:', 'Excursion leader:', 'Mountain guide:', 'Hut warden:', 'Ski instructor:'), spa ('Treatment
by:'), festival ('Headliner:'), museum ('Docent:'), library ('Borrower:') and cruise ('Cabin steward:') fields;
over three quarters of the sentences typed to the bot or a friend: hotel and hostel stays, holiday lets and
their keys, tours and guides, festivals, gigs and their wristbands, museums, cinemas and theatres, restaurant
tables, gyms, pools and spas, library cards and loans, cruises and coach trips; self-hosted apps' config no
earlier set pasted: alf.io application.properties, QloApps parameters.php, Attendize .env, TastyIgniter .env,
Gancio config.json, LibreBooking config.php, BookWyrm .env, Lychee .env, Framadate config.php, Ryot and
Chevereto env files and frab's .env; those regions' addresses (South Tyrol's bilingual streets and farm
'Fraktion' addresses with their 390xx postcodes, Burgenland's Hauptstraße and Kellergasse with the Croatian
village name beside the German, Samois and Strasbourg streets, family pitches at Saintes-Maries, Dutch
woonwagen sites with the 1234 AB postcode, Umm Sayhoun and Wadi Musa with their postcode, Rum village and
Diseh, Bakau, Kololi, Brufut and Tanji compounds, Hugh Town and the off-islands with their TR21 to TR25
postcodes, Menorca's 'Carrer ..., 23, 2n 1a, 07701 Maó' with floor and door, urbanitzacions and s/n) and phones
(Meran 0473, Bruneck 0474, Bolzano 0471, Austrian mobiles 0664 and 0676 and Rust 02685, Eisenstadt 02682,
Samois 01 64, Strasbourg 03 88, Dutch 06 mobiles, German 0171, Jordan mobiles and Aqaba's 03, Gambia 3 and 9
mobiles and Bakau landlines, St Mary's 01720, UK mobiles, Menorca 971 and Spanish mobiles); Visa, Mastercard,
Amex 34 and 37, Diners 36 (14 digits), JCB 35 and UnionPay 62 cards as a hotel's card-on-file form, a ticket
shop or a restaurant deposit takes them, with spaces, hyphens or none; IBANs of Austria, Italy, Spain, France,
the Netherlands, Germany, Jordan and the United Kingdom (every IBAN country was used by an earlier set; these
fit this set's people); IPs in hotel key-card encoder, PMS, hostel captive-portal, festival cashless top-up and
gate-scanner, cinema projection-server, theatre lighting-desk, museum audio-guide, library self-checkout, gym
turnstile, pool timing, spa booking-kiosk, cruise cabin-TV, coach router, restaurant kitchen-display and ski
lift gate chat and in the pastes above, a dnsmasq DHCP line and an HAProxy log, v6 in 2a02:8388, 2001:b07,
2a0c:5a80, 2a00:23c7 and 2a01:c50f ranges; passwords handed over in ways no earlier set used (on the key-card
sleeve, chalked on the hostel blackboard, printed on the restaurant receipt, in the cruise cabin's welcome
letter, read out by the tour guide over the coach microphone, on the museum café's table tent, in the holiday
let's key safe, on the hut's guest book, the gym locker and the library card PIN), the Sella Ronda
('Sellaronda#2024'), the lake stage ('Mörbisch_1957'), Samois ('Samois-Django53'), Wadi Rum ('WadiRum!1917'),
Kololi beach ('Kololi#Beach7'), the gig race ('TR21-Gig!'), the Sant Joan horses ('SantJoan_caragol1'),
leetspeak of leisure words ('h0st3l', 'f3st1v4l'), words joined by dots with a room number ('spa.sauna.214'),
Amadeus, Ticketmaster and Eventbrite secrets, Cloudbeds 'cbat_' keys, Foursquare 'fsq3' keys, seats.io secret
keys, Hostaway tokens, Smoobu and Bokun keys, Hotelbeds secrets, setlist.fm and OMDb keys, alf.io and Attendize
keys and BookWyrm's secret key, and cues in German ('Kennwort'), Jordanian Arabic ('كلمة السر') and Menorquí
('sa clau des wifi és'); usernames on Hostelworld, setlist.fm, LibraryThing, FlyerTalk, Cruise Critic, the
Rick Steves forum, Lonely Planet's Thorn Tree, TheFork, Trustpilot, IMDb, RateYourMusic, SeatPlan,
TrustedHousesitters, Warmshowers, Hipcamp, TripIt, Wanderlog, SummitPost, Bergfex, Outdooractive, BookCrossing,
500px, ClassPass, Swimcloud, Fitbod, Foursquare and Zomato, shapes like 'x_at_sea7', 'y.roams', 'hostel_x',
'front_row_x', 'y.reads', 'x.laps12', 'y_summit', 'x-on-tour' and 'x.y.88'; dates of birth on an Italian
hotel's guest register for the police ('data di nascita'), a Spanish 'parte de viajeros' ('fecha de
nacimiento'), German ('geboren am', 'geb. am'), Burgenland Croatian ('rodjena'), Arabic ('تاريخ الميلاد'), Catalan of Menorca ('nascuda a Ciutadella el'), Dutch ('geboren op'),
pandas' pd.Timestamp(), arrow.get() and pendulum.date(), on booking, membership, library and passenger
forms; typos as a German keyboard's # or a Spanish keyboard's ´ typed where an English hand expects the
apostrophe ("don't" -> 'don#t', 'don´t'), or a phone set to German autocorrecting a short English word into a
German one ('and' -> 'und', 'the' -> 'die'); negatives with the same regions' places, the dialect order,
the Croatian spelling, the musicians' names, the kunya, the double family name and the personal article
explained, hotel, hostel, tour, festival, museum, cinema, theatre, restaurant, gym, pool, spa, library, cruise
and coach talk, check-in and check-out times, a show, a sailing, a festival and a birthday party's date that
are not birthdays, booking references, room, seat, row, cabin, table, locker, bus bay and pitch numbers,
prices, opening hours, a version, a commit, alf.io and QloApps boilerplate, placeholder secrets,
a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), emergency
numbers, and short everyday chat).

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

HELDOUT40_SEED = 7360219
# no faker name locale, as in held-out 16 to 38: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT40: list[str] = []
# leisure and travel: hotels, hostels and holiday lets, tours, festivals, museums, cinemas and theatres,
# restaurants, gyms, pools and spas, libraries, cruises and coach trips (held-out 39, written at the same time,
# takes money and work); each origin: (men's given names, women's given names, family names)
NAMES_HELDOUT40: dict[str, tuple[list[str], list[str], list[str]]] = {
    # South Tyroleans of Meran, the Pustertal and the Vinschgau (hotels, ski schools, mountain huts, spas)
    "south_tyrolean": ("Florian Hannes Manfred Luis Lukas Toni Hubert Reinhold Meinrad".split(),
                       "Verena Evi Notburga Burgi Waltraud Rosmarie Kathrin Annelies".split(),
                       "Pichler Gasser Kofler Obexer Oberhollenzer Plankensteiner Pircher Unterhofer Niederkofler Mairhofer Kerschbaumer Innerhofer Tappeiner".split()),
    # Burgenland Croats of Siegendorf, Trausdorf, Klingenbach and the Neusiedler See (wine taverns, the lake
    # stage, thermal spas, cycling holidays); the Croatian spelling in BURGENLAND_CROATIAN_SPELLING_HELDOUT40
    "burgenland_croat": ("Matthias Stefan Ivan Josef Martin Jakob Mate Franz".split(),
                         "Marica Kata Agnes Ljubica Terezija Barbara Ana".split(),
                         "Resetarits Berlakovich Zsivkovits Wukovits Grandits Jandrisevits Stefanits Palkovits Sinkovits Karall Prikoszovits".split()),
    # Manouche of Samois, Strasbourg and the Camargue, Sinti of the Netherlands and Germany (jazz festivals,
    # the Saintes-Maries pilgrimage, fairgrounds): the name a musician goes by as the given name
    "manouche": ("Tchavolo Dorado Mondine Moreno Boulou Fapy Ninine Tchocolo Rocky Gitan".split(),
                 ["Sara", "Zaïna", "Maïté", "Mirella", "Sonia", "Natacha", "Rosita"],
                 "Reinhardt Weiss Rosenberg Winterstein Lagrène Limberger Loeffler Schmitt Lafertin Ferret Helmstetter".split()),
    # Bedouin of Wadi Rum and Petra (desert camps, jeep tours, camel treks, guides); a kunya in the men's list
    # of sons' names below
    "bedouin": ("Attayak Salem Suleiman Eid Awad Zedane Obeid Atallah Mutlaq Sabbah".split(),
                "Mariam Salma Hamda Nawal Aida Sabha Hessa".split(),
                "Zalabieh Zawaideh Bdoul Ammarin Hasanat Manajah Sweilhin Mazanah".split()),
    # Mandinka of Bakau, Kololi, Brufut and Tanji (hotels, bird-watching guides, beach bars, griots' kora nights)
    "mandinka": ("Lamin Ebrima Bakary Sainey Kebba Alieu Dawda Yankuba Landing".split(),
                 "Isatou Haddy Binta Kaddy Jainaba Fatoumatta Nyima Kumba".split(),
                 "Jammeh Sanneh Touray Darboe Jatta Ceesay Bojang Manneh Jobarteh Kuyateh Sonko Drammeh Kinteh".split()),
    # Scillonians of St Mary's, Tresco, Bryher, St Agnes and St Martin's (holiday lets, tripper boats, gigs)
    "scillonian": ("Fraser Keith Marcus Denzil Lyle Jory Mike Ben".split(),
                   "Tamsin Morwenna Loveday Wendy Jenna Demelza Linda".split(),
                   "Hicks Jenkins Pender Ellis Mumford Woodcock Tregarthen Nance Hosken Banfield Lethbridge".split()),
    # Menorcans of Ciutadella, Maó and Fornells (holiday lets, the Sant Joan festes, boat trips, restaurants)
    "menorcan": ("Biel Tòfol Xisco Pere Llorenç Bep Damià Joan".split(),
                 "Margalida Francina Aina Catalina Antònia Magdalena Caterina".split(),
                 "Sintes Pons Allès Orfila Seguí Mercadal Florit Olives Febrer Triay Goñalons Taltavull Carreras".split()),
}  # fmt: skip
# the Croatian spelling some Burgenland Croats write their family name in again
BURGENLAND_CROATIAN_SPELLING_HELDOUT40 = {
    "Resetarits": "Rešetarić", "Berlakovich": "Berlaković", "Zsivkovits": "Živković", "Wukovits": "Vuković",
    "Grandits": "Grandić", "Stefanits": "Štefanić", "Palkovits": "Palković", "Sinkovits": "Sinković",
}  # fmt: skip
# a Bedouin man called by his first son's name ('Abu Eid'), a woman by hers ('Umm Salem')
BEDOUIN_SONS_HELDOUT40 = "Eid Salem Mohammed Awad Suleiman Hamad Ali".split()
# a title before the name (outside the span) goes with the origins that use it
TITLED_HELDOUT40: dict[str, list[str]] = {
    "en": ["menorcan"],  # the Balearic personal article before a man's name
    "na": ["menorcan"],  # and before a woman's
    "herr": ["south_tyrolean", "burgenland_croat"],
    "frau": ["south_tyrolean", "burgenland_croat"],
}
TITLE_SLOT_HELDOUT40 = re.compile(r"\b(en|na|herr|frau) \{\}", re.IGNORECASE)
# every IBAN country was used by an earlier set: these fit this set's people
IBAN_SHAPES_HELDOUT40 = {
    "AT": "16n", "IT": "1a10n12c", "ES": "20n", "FR": "10n11c2n", "NL": "4a10n", "DE": "18n", "JO": "4a4n18c",
    "GB": "4a14n",
}  # fmt: skip
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT40 = ["hotel", "hostel", "spa", "gym", "pool", "festival", "museum", "cinema", "theatre",
                      "library", "cruise", "coach", "tours", "camp", "bookings", "lets"]  # fmt: skip
# slips outside the slots: the apostrophe from a German keyboard (# without Shift) or a Spanish one (the dead
# acute on that key), or a phone set to German autocorrecting a short English word into a German one
APOSTROPHE_HELDOUT40 = re.compile(r"(?<=[A-Za-z])'(?=[a-z])")
GERMAN_AUTOCORRECT_HELDOUT40 = {"and": "und", "the": "die", "is": "ist", "in": "im", "at": "am", "was": "war"}
GERMAN_WORD_HELDOUT40 = re.compile(r"\b(" + "|".join(GERMAN_AUTOCORRECT_HELDOUT40) + r")\b")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Tòfol' -> 'tofol',
    'Živković' -> 'zivkovic', 'Zaïna' -> 'zaina')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen40(Gen3):
    """Generators for held-out set 40: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT40 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT40))
        men, women, lasts = NAMES_HELDOUT40[origin]
        woman = rng.random() < 0.5
        given = rng.choice(women if woman else men)
        last = rng.choice(lasts)
        if (
            origin == "burgenland_croat"
            and last in BURGENLAND_CROATIAN_SPELLING_HELDOUT40
            and rng.random() < 0.3
        ):
            last = BURGENLAND_CROATIAN_SPELLING_HELDOUT40[last]
        if origin == "bedouin" and rng.random() < 0.4:  # with the article
            last = rng.choice(["al-", "Al ", "Al-"]) + last
        return origin, given, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.6:
            name = f"{first} {last}"
            if origin == "south_tyrolean" and rng.random() < 0.35:  # the dialect's order, family name first
                name = f"{last} {first}"
            elif origin == "bedouin" and rng.random() < 0.55:  # called by the first son
                name = f"{'Umm' if woman else 'Abu'} {rng.choice(BEDOUIN_SONS_HELDOUT40)}"
            elif origin == "menorcan" and rng.random() < 0.45:  # the father's and the mother's family names
                other = rng.choice([x for x in NAMES_HELDOUT40["menorcan"][2] if x != last])
                name = f"{first} {last} {other}"
        elif r < 0.75:
            name = first
        elif r < 0.85:
            name = last
        else:  # the given name's initial and the family name, as a booking or a programme gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.06 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.09 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('en Biel', 'na Aina Pons', 'Frau Gasser'), from the origins
        that use it."""
        rng = self.rng
        title = title.lower()
        origin = rng.choice(TITLED_HELDOUT40[title])
        men, women, lasts = NAMES_HELDOUT40[origin]
        given = rng.choice(women if title in ("na", "frau") else men)
        last = rng.choice(lasts)
        r = rng.random()
        if title in ("herr", "frau"):  # a guest or a host goes by the family name
            return last if r < 0.75 else f"{given} {last}"
        if r < 0.55:
            return given
        if r < 0.85:
            return f"{given} {last}"
        other = rng.choice([x for x in lasts if x != last])
        return f"{given} {last} {other}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT40.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        shapes = [
            f"Laubengasse {rng.randint(1, 300)} / Via Portici {rng.randint(1, 300)}, 39012 Meran/Merano",
            f"{pick(['Pustertaler Straße', 'Dolomitenstraße', 'Graf-Künigl-Straße'])} {rng.randint(1, 60)}, {pick(['39034 Toblach', '39031 Bruneck', '39038 Innichen'])}",
            f"Hauptstraße {rng.randint(1, 80)}, {pick(['39024 Mals', '39020 Schluderns', '39028 Schlanders'])}",
            f"Fraktion {pick(['Gasteig', 'Mareit', 'Stange'])} {rng.randint(1, 40)}, 39040 Ratschings",
            f"{pick(['Unterwirthof', 'Moarhof', 'Pfitscherhof'])}, {pick(['Ulten', 'St. Pankraz'])} {rng.randint(1, 90)}, 39016 St. Walburg",
            f"Hauptstraße / Glavna ulica {rng.randint(1, 90)}, {pick(['7011 Siegendorf/Cindrof', '7061 Trausdorf/Trajštof', '7013 Klingenbach/Klimpuh'])}",
            f"{pick(['Seezeile', 'Hauptstraße', 'Kinogasse'])} {rng.randint(1, 60)}, 7072 Mörbisch am See",
            f"Kellergasse {rng.randint(1, 40)}, {pick(['7162 Tadten', '7071 Rust', '7141 Podersdorf am See'])}",
            f"{rng.randint(1, 40)} rue {pick(['Grande', 'du Bas-Samois', 'de la Vignotte'])}, 77920 Samois-sur-Seine",
            f"{rng.randint(1, 120)} rue {pick(['du Lazaret', 'de Soleure', 'du Neufeld'])}, 67100 Strasbourg",
            f"Terrain familial, {rng.randint(1, 20)} chemin {pick(['des Saules', 'de Launes', 'du Mas'])}, 13460 Saintes-Maries-de-la-Mer",
            f"Woonwagencentrum {pick(['De Kampen', 'Het Zand', 'De Horst'])} {rng.randint(1, 40)}, {rng.randint(1000, 9999)} {pick(letters)}{pick(letters)} {pick(['Zaltbommel', 'Nijmegen', 'Tilburg'])}",
            f"{pick(['Umm Sayhoun', 'Taybeh'])}, house {n}, Wadi Musa 71810, Jordan",
            f"P.O. Box {rng.randint(10, 400)}, Wadi Musa 71810",
            f"Rum Village, house {n}, Al Quwayrah, Aqaba 77110",
            f"Diseh, Al Quwayrah district, Aqaba {rng.randint(77110, 77115)}",
            f"Compound {n}, {pick(['Old Cape Road', 'Atlantic Road', 'Cape Point Road'])}, Bakau",
            f"{pick(['Senegambia Highway', 'Bertil Harding Highway', 'Palma Rima Road'])}, Kololi, KSMD",
            f"Compound {n}, Sanyang Road, Brufut, West Coast Region",
            f"Tanji village, compound {n}, Kombo South",
            f"{rng.randint(1, 60)} {pick(['Hugh Street', 'Garrison Lane', 'Church Road'])}, Hugh Town, St Mary's, Isles of Scilly TR21 0{pick('HJLNPQ')}{pick('DEFGHJ')}",
            f"{pick(['Higher Town', 'Lower Town', 'Middle Town'])}, St Martin's, Isles of Scilly TR25 0{pick('QRS')}{pick('LNPW')}",
            f"{pick(['Old Grimsby', 'New Grimsby'])}, Tresco, Isles of Scilly TR24 0{pick('PQ')}{pick('ABDE')}",
            f"{pick(['Great Popplestones', 'The Town', 'Northward'])}, Bryher, Isles of Scilly TR23 0P{pick('RSTU')}",
            f"Carrer de {pick(['Maó', 'Santa Clara', 'Sant Sebastià'])}, {rng.randint(1, 90)}, 07760 Ciutadella de Menorca",
            f"Carrer {pick(['Nou', 'de ses Moreres', 'd’Isabel II'])}, {rng.randint(1, 60)}, {pick(['1r', '2n', '3r', '4t'])} {pick(['1a', '2a', '3a'])}, 07701 Maó",
            f"Urbanització Cala en Blanes, carrer {pick(['Cala Morell', 'de ses Savines'])}, {rng.randint(1, 40)}, 07769 Ciutadella de Menorca",
            f"Camí de {pick(['Cavalls', 'Sant Joan de Missa', 'Baix'])} s/n, {pick(['07760 Ciutadella de Menorca', '07748 Fornells', '07740 Es Mercadal'])}",
            f"Plaça de s'Esplanada, {rng.randint(1, 60)}, 07703 Maó",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT40)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}-{first}", f"{first}_{subject}", f"{last}{rng.randint(1950, 2005)}",
                           f"{subject}{rng.choice(['', '.'])}{last}"])  # fmt: skip
        domain = rng.choice(["gmx.at", "aon.at", "a1.net", "rolmail.net", "hotmail.it", "telefonica.net",
                             "free.fr", "orange.fr", "ziggo.nl", "web.de", "gmail.com", "yahoo.com",
                             "btinternet.com", "outlook.com", "icloud.com", "gamtel.gm", "orange.jo"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0473 {d(6)}",  # Meran
            f"0474 {d(6)}",  # Bruneck
            f"+39 0471 {d(6)}",  # Bolzano, from abroad
            f"0664 {d(7)}",  # Austrian mobile
            f"+43 676 {d(3)} {d(4)}",  # Austrian mobile, international
            f"02685 {d(4)}",  # Rust
            f"02682 {d(5)}",  # Eisenstadt
            f"01 64 {d(2)} {d(2)} {d(2)}",  # Samois
            f"03 88 {d(2)} {d(2)} {d(2)}",  # Strasbourg
            f"06-{d(8)}",  # Dutch mobile
            f"0171 {d(7)}",  # German mobile
            f"+962 7{rng.choice('789')} {d(3)} {d(4)}",  # Jordan mobile
            f"03 201 {d(4)}",  # Aqaba landline, domestic
            f"+220 {rng.choice('39')}{d(2)} {d(4)}",  # Gambia mobile
            f"449 {d(4)}",  # Bakau landline, domestic
            f"01720 {d(6)}",  # St Mary's
            f"07{d(3)} {d(6)}",  # UK mobile
            f"971 {d(2)} {d(2)} {d(2)}",  # Menorca landline
            f"+34 6{d(2)} {d(3)} {d(3)}",  # Spanish mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("51", 16), ("54", 16), ("2720", 16), ("34", 15), ("37", 15),
                                     ("36", 14), ("3528", 16), ("3589", 16), ("62", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 14:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.72:  # a booking form's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT40))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT40[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): hotel, hostel, festival, cinema, theatre, museum, library, gym, pool,
        spa, cruise, coach, restaurant and ski-lift chat, this set's pastes; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:8388:{h()}:{h()}::{h()}", f"2001:b07:{h()}:{h()}::{h()}", f"2a0c:5a80:{h()}::{h()}",
                         f"2a00:23c7:{h()}:{h()}::{h()}", f"2a01:c50f:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the key card encoder at reception is on {}, no cards came out all night", v4),
            ("our hotel pms server is {}, the channel manager lost it again", v4),
            ("hostel wifi captive portal lives on {}, guests can't get the login page", v4),
            ("the cashless top up terminal by the main stage is {}", v4),
            ("gate scanner 3 at the festival got {} and won't read the wristbands", v4),
            ("the projection server in screen 2 is {}, the kdm didn't load", rng.choice([v4, v6])),
            ("lighting desk for the theatre is on {}, don't touch it before the matinee", v4),
            ("the museum audio guide base station is {}", v4),
            ("library self checkout kiosk by the door is {}, it keeps freezing", v4),
            ("gym turnstile controller is {}, members are stuck outside", v4),
            ("the pool timing system at the gala answers on {}", v4),
            ("spa booking kiosk in the lobby is {}", rng.choice([v4, v6])),
            ("cabin tv on deck 7 says it's at {}", v4),
            ("the coach router gave my laptop {}, the wifi on the bus is awful", v4),
            ("kitchen display in the restaurant is {}, orders aren't showing", v4),
            ("the ski lift gate reader at the valley station is {}", rng.choice([v4, v6])),
            ("spring.datasource.url=jdbc:postgresql://{}:5432/alfio", v4),
            ("            'database_host' => '{}',", v4),
            ("DB_HOST={}", v4),
            ('    "host": "{}",', v4),
            ("$conf['settings']['database']['hostspec'] = '{}';", v4),
            ("POSTGRES_HOST={}", v4),
            ("DATABASE_URL=postgres://ryot@[{}]:5432/ryot", v6),
            ("CHEVERETO_DB_HOST={}", v4),
            ("Jul 14 21:03:11 gw dnsmasq-dhcp[412]: DHCPACK(br-guest) {} lobby-tablet", v4),
            ('Jul 14 21:03:11 lb haproxy[2211]: {}:51822 [14/Jul/2024:21:03:11.402] tickets~ web/alfio1 0/0/1/38/39 200 1841 - - ---- 12/12/0/0/0 0/0 "GET /event/summer-jam HTTP/1.1"', v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Sellaronda#{rng.randint(2015, 2025)}",
                f"Mörbisch_{rng.choice(['1957', '1963', '2024'])}",
                f"Samois-Django{rng.choice(['53', '1910', '2009'])}",
                f"WadiRum!{rng.choice(['1917', '1962', '2011'])}",
                f"Kololi#Beach{rng.randint(1, 99)}",
                f"TR2{rng.randint(1, 5)}-Gig!",
                f"SantJoan_{rng.choice(['caragol', 'jaleo', 'fabioler'])}{rng.randint(1, 9)}",
                f"{rng.choice(['hostel', 'festival', 'theatre', 'museum', 'cruises'])}".translate(leet) + rng.choice(["", "!", "_40"]),
                f"{rng.choice(['spa', 'gym', 'pool', 'lido'])}.{w()}.{rng.randint(100, 499)}",
                f"{rng.choice(['Meran', 'Bryher', 'Petra', 'Bakau', 'Fornells'])}{rng.choice(['&', '+', '%'])}{rng.choice(['Kora', 'Gig', 'Camel', 'Sauna', 'Encore'])}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        b64u = alnum + "-_"
        hexl = "0123456789abcdef"
        uuid = lambda: f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"  # noqa: E731
        jwt = lambda: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + tok(90, b64u) + "." + tok(43, b64u)  # noqa: E731
        options = [
            # passwords handed over in ways no earlier set used
            ("the wifi password is written on the key card sleeve, {}", pw),
            ("hostel wifi is chalked on the blackboard by the bar, {}", pw),
            ("the restaurant receipt has the guest wifi on it, {}", pw),
            ("cabin welcome letter says the wifi password is {}", pw),
            ("the tour guide read the coach wifi out over the mic, {}", pw),
            ("museum cafe table tent says wifi {}", pw),
            ("the key safe at the holiday let opens with {}", d(4)),
            ("hut guest book has the wifi on the first page, {}", pw),
            ("my gym locker code is {}", d(4)),
            ("library card pin is {}", d(4)),
            ("my hostelworld password is {} if you need to change the booking", pw),
            ("the spa booking portal login they gave me is {}", pw),
            ("I set the theatre box office account to {}", pw),
            # cues in languages no earlier set used
            ("das WLAN Kennwort im Zimmer ist {}", pw),
            ("كلمة السر للواي فاي في المخيم {}", pw),
            ("sa clau des wifi és {}, no la donis a ningú", pw),
            # commands
            ("$ docker exec -it alfio-db psql -U alfio -c \"ALTER USER alfio PASSWORD '{}'\"", pw),
            ("$ mysql -u qloapps -p'{}' qloapps", pw),
            ("$ php artisan attendize:install --admin-password={}", pw),
            # pastes
            ("spring.datasource.password={}", pw),
            ("            'database_password' => '{}',", pw),
            ("            'secret' => '{}',", tok(56, alnum)),
            ("            'cookie_key' => '{}',", tok(56, alnum)),
            ("APP_KEY=base64:{}", tok(43, alnum + "+/") + "="),
            ("DB_PASSWORD={}", pw),
            ('    "password": "{}",', pw),
            ("$conf['settings']['database']['password'] = '{}';", pw),
            ("SECRET_KEY={}", tok(50, alnum)),
            ("POSTGRES_PASSWORD={}", pw),
            ("REDIS_ACTIVITY_PASSWORD={}", tok(32, alnum)),
            ("const DB_PASSWORD = '{}';", pw),
            ("SERVER_ADMIN_ACCESS_TOKEN={}", tok(40, alnum)),
            ("CHEVERETO_DB_PASS={}", pw),
            ("SECRET_KEY_BASE={}", tok(128, hexl)),
            ("ALFIO_ADMIN_PASSWORD={}", pw),
            # tokens and keys with shapes no earlier set used
            ("AMADEUS_CLIENT_SECRET={}", tok(16, alnum)),
            ("TICKETMASTER_CONSUMER_SECRET={}", tok(16, alnum)),
            ("EVENTBRITE_PRIVATE_TOKEN={}", tok(20, upper)),
            ("CLOUDBEDS_API_KEY={}", "cbat_" + tok(32, alnum)),
            ("Authorization: {}", "fsq3" + tok(44, alnum + "+/")),
            ("SEATSIO_SECRET_KEY={}", uuid()),
            ("HOSTAWAY_ACCESS_TOKEN={}", jwt()),
            ("SMOOBU_API_KEY={}", tok(40, alnum)),
            ("BOKUN_SECRET_KEY={}", tok(32, hexl)),
            ("HOTELBEDS_SECRET={}", tok(10, alnum)),
            ("x-api-key: {}", uuid()),
            ("OMDB_API_KEY={}", tok(8, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_at_sea7', 'y.roams', 'hostel_x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}_at_sea{rng.randint(1, 99)}",
                f"{last}.roams",
                f"hostel_{first}",
                f"front_row_{first}",
                f"{last}.reads",
                f"{first}.laps{rng.randint(2, 60)}",
                f"{last}_summit",
                f"{first}-on-tour",
                f"{first}.{last}.{rng.randint(60, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "it": f"{day:02d}/{m:02d}/{year}",  # Italian guest register
            "es": f"{day:02d}/{m:02d}/{year}",  # Spanish parte de viajeros
            "de": f"{day:02d}.{m:02d}.{year}",  # German
            "de_short": f"{day}.{m}.{year}",  # German, unpadded
            "hr": f"{day}. {m}. {year}",  # Burgenland Croatian, with a space after each dot
            "ar": f"{day:02d}/{m:02d}/{year}",  # Jordanian papers
            "ca": f"{day} de {CA_MONTHS_HELDOUT40[m - 1]} de {year}",  # Catalan, the month written out
            "nl": f"{day}-{m}-{year}",  # Dutch
            "iso": f"{year}-{m:02d}-{day:02d}",
            "ymd_args": f"{year}, {m}, {day}",  # inside pendulum.date(...)
            "en": f"{day} {EN_MONTHS_HELDOUT40[m - 1]} {year}",
            "us": f"{m:02d}/{day:02d}/{year}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["it", "de", "en", "iso", "nl", "hr", "us"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the hotel in bolzano wants everyone's date of birth for the police register, mine is {}", s["it"]),
            ("the cruise line needs my dob for the manifest, {}", any_shape),
            ("for the library card they asked my date of birth, {}", any_shape),
            ("the gym app wants a birthday for the membership, I put {}", any_shape),
            ("for the under 26 festival ticket I need to show I was born on {}", any_shape),
            ("the coach company wants the lead passenger's dob, it's {}", any_shape),
            ("Data di nascita: {}", s["it"]),
            ("Fecha de nacimiento: {}", s["es"]),
            ("geboren am {} in Bruneck", s["de"]),
            ("Gast, geb. am {}", s["de_short"]),
            ("rodjena {} u Cindrofu", s["hr"]),
            ("تاريخ الميلاد: {}", s["ar"]),
            ("nascuda a Ciutadella el {}", s["ca"]),
            ("geboren op {} in Tilburg", s["nl"]),
            ("dob = pd.Timestamp('{}')", s["iso"]),
            ("dob = arrow.get('{}')", s["iso"]),
            ("dob = pendulum.date({})", s["ymd_args"]),
            ("Lead passenger date of birth: {}", s["en"]),
            ("Member DOB (MM/DD/YYYY): {}", s["us"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


CA_MONTHS_HELDOUT40 = ("gener febrer març abril maig juny juliol agost setembre octubre novembre "
                       "desembre").split()  # fmt: skip
EN_MONTHS_HELDOUT40 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip

HELDOUT40_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is our guide for the jeep tour tomorrow",
        "{} runs the hut above the lake, book early",
        "the room is booked under {}",
        "{} got us front row tickets for the jazz night",
        "{} is the ski instructor the kids liked",
        "can you find the message from {} about the holiday let keys",
        "{} played kora at the hotel last night, so good",
        "the tripper boat skipper today was {}",
        "{} is the lifeguard on the early shift at the pool",
        "{} gave the museum tour in english",
        "I owe {} for the cinema tickets",
        "remind me to review {}'s guesthouse",
        "{} is meeting us at the coach station at 7",
        "{} reserved a table for eight at the fish place",
        "{} does the massages at the spa, ask at the desk",
        "{} still has my library book",
        "the cabin steward {} brought extra towels",
        "{} is headlining the sunday at the festival",
        "{} from the tourist office sent the map",
        "tell {} the airbnb check in is after 3",
        "{} sings in the operetta on the lake stage this summer",
        "our bird watching guide was {}",
        "{} won the gig race again",
        "{} is doing the walking tour of the old town",
        "{} left the camp keys at reception",
        "en {} rents out the flat in ciutadella",
        "ask en {} about the boat trip",
        "na {} has the keys to the holiday let",
        "the cake for na {} is ready at the bakery",
        "herr {} at reception said breakfast is till 10",
        "Herr {} owns the hotel by the lifts",
        "frau {} runs the wine tavern in rust",
        "Frau {} booked the sauna for us",
        "Lead passenger: {}",
        "Booking name: {}",
        "Reservation for: {}",
        "Name on ticket: {}",
        "Tour leader: {}",
        "Coach driver: {}",
        "Excursion leader: {}",
        "Mountain guide: {}",
        "Hut warden: {}",
        "Ski instructor: {}",
        "Treatment by: {}",
        "Headliner: {}",
        "Docent: {}",
        "Borrower: {}",
        "Cabin steward: {}",
        '"guest_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the holiday let is at {}, keys in the safe",
        "our hotel is {}, meet us there",
        "send the festival tickets to {}",
        "the guesthouse address is {}",
        "the coach picks us up at {}",
        "the library card was sent to {}",
        "Property address: {}",
        "Billing address: {}",
        "Home address (guest register): {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "the hotel's booking email is {}",
        "send the tickets to {}",
        "the holiday let owner writes from {}",
        "my spa voucher went to {}",
        "Email for e-tickets: {}",
        '"email": "{}",',
        "spring.mail.username={}",
        "MAIL_FROM_ADDRESS={}",
        "    'admin_email' => '{}',",
    ],
    "PHONE_NUMBER": [
        "the guesthouse number is {}",
        "call the boat office on {}",
        "the guide's mobile is {}",
        "ring the restaurant on {} to move the table",
        "the hut warden said text {} before you set off",
        "Contact phone (lead passenger): {}",
        "Tel. (Rezeption): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the hotel deposit with {}",
        "the festival tickets went on {}",
        "the restaurant wants a card to hold the table, use {}",
        "paid the cruise excursions on {}",
        "Card on file: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the holiday let deposit to {}",
        "the guide wants the tip by transfer to {}",
        "the refund for the cancelled gig should go to {}",
        "the spa said to send the voucher money to {}",
        "IBAN for refunds: {}",
        "Bankverbindung (IBAN): {}",
    ],
    "USERNAME": [
        "on Hostelworld I'm {}",
        "my setlist.fm account is {}",
        "LibraryThing has me as {}",
        "I post on FlyerTalk as {}",
        "on Cruise Critic I'm {}",
        "I asked on the Rick Steves forum as {}",
        "my old Thorn Tree name was {}",
        "my TheFork account is {}",
        "I left the hotel review on Trustpilot as {}",
        "my IMDb username is {}",
        "I rate albums on RateYourMusic as {}",
        "on SeatPlan my reviews are under {}",
        "TrustedHousesitters has me as {}",
        "my Warmshowers host name is {}",
        "the Hipcamp booking is under {}",
        "my TripIt login is {}",
        "I shared the Wanderlog trip from {}",
        "I log climbs on SummitPost as {}",
        "on Bergfex I'm {}",
        "my Outdooractive tours are under {}",
        "I release books on BookCrossing as {}",
        "my 500px is {}",
        "ClassPass has me as {}",
        "on Swimcloud I'm {}",
        "my Fitbod username is {}",
        "my Foursquare is {}",
        "on Zomato I review as {}",
        '"username": "{}",',
    ],
}
HELDOUT40_MIXED = [
    ("Lead passenger: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Booking name: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("spring.mail.username={}\nspring.mail.password={}", ["EMAIL_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8080/admin/api/events", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the keys to the flat in the key safe, code {}", ["PERSON", "SECRET"]),
    ("Guest: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Hostelworld name is {}, refund the deposit to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the room upgrade came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the whole table with {}", ["PERSON", "CREDIT_CARD"]),
    ("herr {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Reservation for: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT40_NEGATIVES = [
    "so Meran has the thermal baths and the horse races in autumn",
    "the Sella Ronda is about 40 km of slopes around one massif",
    "in South Tyrol people often say the family name first, like the farm",
    "most signs in South Tyrol are in German and Italian",
    "the lake stage at Mörbisch does one operetta every summer",
    "apparently Burgenland Croatian villages have a German and a Croatian name",
    "the Neusiedler See is so shallow you can almost walk across",
    "my guide said Burgenland Croat family names ending in -its are the Croatian -ić in Hungarian spelling",
    "the Django festival in Samois is at the end of June",
    "the pilgrimage at Saintes-Maries-de-la-Mer is on 24 and 25 May",
    "manouche guitarists often go by a nickname rather than the name on the passport",
    "apparently Wadi Rum is where they filmed half of the space movies",
    "in Jordan a man is often called Abu and his eldest son's name",
    "the Petra by night walk is monday, wednesday and thursday",
    "the Jordan Pass includes the visa and the Petra ticket",
    "so Kololi is the hotel strip south of Banjul",
    "did you know Abuko has the monkeys and the bird hides",
    "kora players in the Gambia come from griot families",
    "the Scillonian sails from Penzance at 9:15",
    "gig racing season on Scilly starts in April",
    "the Tresco Abbey Garden opens at 10",
    "the Sant Joan festes in Ciutadella are on 23 and 24 June",
    "in Menorca people use en and na before a name",
    "in Spain you have two family names, the father's and the mother's",
    "the Camí de Cavalls goes all the way around Menorca",
    "check in from 3pm, check out by 11",
    "breakfast is 7:00 to 10:30 in the winter garden",
    "room 214 is on the second floor by the lift",
    "we're in cabin 7142 on deck 7",
    "our seats are row F, 12 and 13",
    "table 9 by the window at 20:30",
    "locker 118 at the pool",
    "the coach leaves from bay 14 at 06:45",
    "pitch 42 at the campsite, next to the showers",
    "booking reference K7QX2M, keep it for check in",
    "confirmation number 4417 2093 is for the ferry",
    "the ticket says gate B, block 112",
    "the gig is on 14 July, doors 7pm",
    "the boat sails on 3 August from Palma",
    "the festival runs 26 to 29 June",
    "it's his 40th birthday party on saturday at the hotel",
    "the show is on 12/09/2025 at 19:30",
    "the museum is free on the first sunday of the month",
    "the cinema is closed on mondays",
    "the library is open 9 to 5, late on thursdays",
    "the gym is open 24/7 with the app",
    "adult swim is 6am to 8am",
    "a day pass for the spa is 49 euros",
    "the hostel is 28 euros a night in a 6 bed dorm",
    "the jeep tour was 45 dinars for two",
    "the tasting menu is 95 euros without wine",
    "the tourist tax is 2.50 a night",
    "the festival wristband costs £189 for the weekend",
    "upgraded alf.io to 2.0-M5 last week",
    "fixed in commit 9c4e2a1, see the changelog",
    "QloApps 1.6.1 needs php 7.4",
    "spring.datasource.username=alfio",
    "ALFIO_ADMIN_PASSWORD=<change me>",
    "DB_PASSWORD=${DB_PASSWORD}",
    "            'database_password' => '',",
    "SECRET_KEY=changeme",
    "PIN: ****",
    "card 4242 4242 4242 4242 is the test card",
    "and 5555 5555 5555 4444 is a test Mastercard",
    "IBAN AT61 1904 3002 3457 3201 is the example in the docs",
    "ES91 2100 0418 4502 0005 1332 is the sample Spanish IBAN",
    "write to guest@example.com on the form",
    "192.0.2.15 is a documentation address",
    "203.0.113.7 is a documentation address",
    "2001:db8:40::1 is a documentation address",
    "in Spain and Austria the emergency number is 112",
    "mountain rescue in Austria is 140",
    "the police in Jordan is 911",
    "the kids loved the pool",
    "can you remind me to pack the swimming stuff",
    "did the tickets come yet",
    "rain all day, we stayed in the museum",
    "the coach was late again",
    "see you at the hotel bar at nine",
    "the film was too long",
    "bring your library card",
    "we missed the last boat back",
    "the hut was full so we slept in the bivouac",
]  # fmt: skip


def _typo40(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': the apostrophe typed on a German keyboard, where
    it is Shift and # ("don't" -> 'don#t'), or on a Spanish one, where the dead acute sits on the English
    apostrophe's key ('don´t'); or a phone set to German autocorrecting a short English word into a German one
    ('and' -> 'und', 'the' -> 'die', 'is' -> 'ist'). Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    marks = list(APOSTROPHE_HELDOUT40.finditer(template))
    if marks and rng.random() < 0.5:
        m = rng.choice(marks)
        return template[: m.start()] + rng.choice("#´") + template[m.end() :]
    words = list(GERMAN_WORD_HELDOUT40.finditer(template))
    if not words:
        return template
    m = rng.choice(words)
    return template[: m.start()] + GERMAN_AUTOCORRECT_HELDOUT40[m.group(1)] + template[m.end() :]


def build_heldout40(seed: int = HELDOUT40_SEED) -> list[Example]:
    """Held-out set 40: `Gen40` values in `HELDOUT40_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen40(seed)
    return assemble_module_set(
        gen, HELDOUT40_TEMPLATES, HELDOUT40_MIXED, HELDOUT40_NEGATIVES, _typo40, person=gen.person_for
    )
