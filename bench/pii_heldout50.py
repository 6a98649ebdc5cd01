"""Held-out PII set 50 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout50": written before round 35 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT50 is empty, as for
held-out 16 to 48; written at the same time as held-out 49, the two authors split the world between them: 50
takes civic life and activism (trade unions and shop stewards, tenants' unions and rent strikes, election
campaigns, canvassing and phone banks, petitions, protests and legal observers, mutual aid networks, food
banks, community gardens and allotments, neighbourhood watch, local newsletters and community radio's notice
board), 49 takes motoring and the road); hand-written lists of Chicano organisers of East Los Angeles (City
Terrace, Boyle Heights, El Sereno and Lincoln Heights: tenants' unions, canvassing and phone banks: a
Chicana's hyphenated family names and the barrio's nickname beside or instead of the legal name: 'Yolanda
Carrasco-Ybarra', 'Chuy Arellano', 'Licha', with 'tía' before a woman's given name), Ambedkarite activists of
Nagpur's Indora and Mumbai's Ramabai Nagar (Buddhist given names, Mahar and Matang family names and the
Maharashtrian initials: 'Siddharth Meshram', 'S. R. Khobragade', with 'Ayu.' (Ayushman, Ayushmati) before a
name and 'Adv.' before a legal observer's), Afro-Colombians of Buenaventura's paro cívico and its barrios de
bajamar (community radio, comedores and mutual aid: double given names and both family names: 'Jhon Jairo
Riascos Angulo', 'Luz Dary Caicedo'), Puerto Ricans of Loisaida on the Lower East Side (the casitas and
community gardens, tenants' associations of the projects: 'Migdalia Cintrón', 'Papo Figueroa', with 'doña'
before a woman's given name) and Coloured and Cape Malay families of Mitchells Plain and Manenberg on the Cape
Flats (civic associations, neighbourhood watch and soup kitchens: 'Faldiela Februarie', 'Riedewaan Isaacs',
with 'Boeta' before a man's given name and 'Aunty' before a woman's); a union's 'Brother X', 'Sister X' and
'Comrade X' for every origin, the title always outside the span; a petition's 'Name, ward' signature line; a
mutual-aid volunteer's first name with a street; union ('Steward:', 'Convenor:', 'Branch secretary:'),
tenants' ('Building captain (5th fl):'), campaign ('Canvasser:', 'Precinct captain:'), protest ('Legal
observer:', 'Marshal:'), food bank ('Driver (Tue):'), garden ('Plot 23:'), watch ('Block coordinator:') and
radio ('Presenter (notice board):') fields; over three quarters of the sentences typed to the bot or a
friend: picket lines and strike ballots, rent strikes and landlord meetings, canvassing turf and phone bank
shifts, petitions and councillors' surgeries, marches, bust cards and legal observers, mutual aid deliveries,
food bank pallets, allotment plots and the garden shed, neighbourhood watch patrols, the newsletter's print
run and the community radio's notices; self-hosted apps' config no earlier set pasted: Mautic's .env for a
campaign's mailings, Ushahidi platform's .env for a legal observers' incident map, Rivendell's rd.conf for a
community radio, Wekan's .env for a tenants' union board and phpList's config.php for a newsletter, with
Action Network (OSDI-API-Token), NationBuilder and CallHub keys; those regions' addresses (City Terrace Dr and
Whittier Blvd with 9002x and 9003x ZIPs, Indora's and Panchsheel Nagar's 'Plot No.' with Nagpur's 4400xx
PINs and Ramabai Nagar's 'Room 12, Building 5, Ghatkopar (E), Mumbai 400075', Buenaventura's 'Calle 5 #
12-34, barrio La Playita' and 'Comuna 12, manzana 4 casa 17', Loisaida's 'E 3rd St, Apt 5C' and the projects'
'Apt 14F', Mitchells Plain's and Manenberg's 'Spine Road, Westridge, 7785' and 'Court' flats) and phones (East
LA's (323) and 213, Nagpur 0712 and Mumbai 022, Indian mobiles as '98xxx xxxxx' and +91, Buenaventura's
(602) 24x and Colombian mobiles in pairs '318 742 19 05', Loisaida's (212) with dots and 646, Mitchells Plain
021 37x and South African mobiles 08x and +27); Visa, Mastercard 51-55 and 2720, Amex 34, Discover 6011 and a
RuPay 6521 as a union shop, a campaign's fundraiser or a garden's seed order takes them, with spaces, hyphens
or none; IBANs of Great Britain, Spain, the Netherlands and Germany (every IBAN country was used by an earlier
set; the United States, India, Colombia and South Africa have none: these are the solidarity funds that pay
the strike money, the radio and the soup kitchen); IPs in a phone bank's dialler, a community radio's studio
link, a food bank's label printer, a union hall's router, a tenants' intercom, an allotment weather station,
a campaign office's NAS, a neighbourhood watch's CCTV recorder, a petition kiosk, a community fridge's
sensor, a garden's irrigation controller and a newsletter's network Risograph, and in the pastes above, a
Rivendell log line and an Ushahidi log line, v6 in 2600:1700, 2401:4900, 2800:e2, 2c0f:f4c0 and 2a02:c7f
ranges; passwords handed over in ways no earlier set used (on the back of a picket sign, in the strike fund
tin, taped inside the radio studio door, on the petition clipboard, on the food bank's pallet wrap, the
garden shed's combination lock, the allotment tap's key box, the corner of the union noticeboard, the phone
bank script's footer, the tenants' lockbox, the community fridge's door), the strike ('RentStrike#2024'),
Deekshabhoomi ('JaiBhim_1956'), the paro cívico ('ParoCivico!2017'), Loisaida's casitas ('Loisaida*Casita7'),
Manenberg ('Manenberg@Watch12'), leetspeak of campaign words ('s0l1d4r1ty', 'p1ck3t!'), a ward with a plot
('ward7-plot-23'), and cues in Chicano Spanglish ('órale, the code pa'l gate is'), Colombian Pacific Spanish
('la clave de la emisora es ..., mija'), Nuyorican Spanglish ('el password de la casita es ..., mano') and Kaaps
('die wifi password is ..., my bru'); usernames on Action Network, Mobilize, MiniVAN, ThruText, CallHub,
Indymedia, libcom.org, Raddle, Avaaz, Freecycle, Trash Nothing, ioby, Open Collective and the Buy Nothing app,
shapes like 'x.on.the.picket', 'y_rentstrike', 'ward7_x', 'x-canvasses', 'solidarity.y' and 'x4tenants'; dates
of birth for a union card, a voter registration, a food bank's intake form, a tenants' union membership, an
allotment tenancy, a legal observer's training and a community radio's presenter form, in Marathi with
Devanagari digits ('जन्म तारीख: १४/०३/१९८७'), Indian '14-03-1987', Colombian Spanish ('nací el 14 de marzo de
1987'), Puerto Rican Spanish ('fecha de nacimiento: 14/mar/1987'), Afrikaans ('gebore 14 Maart 1987'), a South
African form's '1987/03/14', East LA's '3/14/87' and an Action Network export's 'birthdate'; typos as a
campaigner's habit turning a word into a hashtag mid-sentence ('strike' -> '#strike', 'rent' -> '#rent') or
stretching a word for urgency ('please' -> 'pleeease', 'now' -> 'nowww'), typed from a picket line, a phone
bank or a march; negatives with the same regions' places, the titles and the name forms explained, union
locals and unit numbers, ballot results, ward and precinct numbers, turf packets, signature counts, rent
rises, families served and pallets, plot numbers and harvests, patrol rotas, print runs, FM frequencies, the
regions' emergency numbers, versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs,
a placeholder e-mail, documentation IPs (v4 and v6), and short everyday chat; no public figure is named).

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

HELDOUT50_SEED = 8316407
# no faker name locale, as in held-out 16 to 48: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT50: list[str] = []
# civic life and activism (held-out 49, written at the same time, takes motoring and the road); each origin:
# (men's given names, women's given names, family names)
NAMES_HELDOUT50: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Chicano organisers of East Los Angeles (City Terrace, Boyle Heights, El Sereno, Lincoln Heights)
    "chicano": ("Jesús Ignacio Guillermo Gregorio Eliseo Rigoberto Arnulfo Efraín Anselmo".split(),
                "Yolanda Alicia Rosalinda Xóchitl Graciela Esperanza Marisela Belén".split(),
                "Carrasco Ybarra Arellano Zamudio Olivas Quintero Villaseñor Montañez Solís Escobedo".split()),
    # Ambedkarite activists of Nagpur's Indora and Mumbai's Ramabai Nagar
    "ambedkarite": ("Siddharth Sumedh Milind Rajratna Prabuddha Bhimrao Sugat Ratnadeep Amrapal".split(),
                    "Sanghamitra Yashodhara Pradnya Sujata Kshama Vaishali Pranjali Bhagyashree".split(),
                    "Meshram Khobragade Ramteke Wankhede Sontakke Bansode Dongre Ingle Bhalerao Gajbhiye".split()),
    # Afro-Colombians of Buenaventura (the paro cívico, the community radio, comedores and mutual aid)
    "buenaventura": ("Jhon Jairo;Leyner;Wilmer;Yeison;Harold;Jhon Freddy;Nilson;Temístocles;Adalberto".split(";"),
                     "Luz Dary;Nini Johana;Yurani;Leidy;Ana Tulia;Maryuri;Olga Lucía;Yency".split(";"),
                     "Riascos Angulo Caicedo Mosquera Sinisterra Cuero Valencia Obregón Rentería Hinestroza Ocoró".split()),
    # Puerto Ricans of Loisaida, the Lower East Side (casitas, community gardens, the projects' tenants)
    "loisaida": ("Wilfredo Edwin Héctor Ángel Orlando Gilberto Reinaldo Luis Rafael".split(),
                 "Migdalia Nilda Maritza Carmen Awilda Zoraida Wanda Lourdes".split(),
                 "Cintrón Figueroa Colón Vélez Maldonado Rosado Acevedo Quiñones Santiago Negrón Irizarry".split()),
    # Coloured and Cape Malay families of Mitchells Plain and Manenberg on the Cape Flats
    "capeflats": ("Riedewaan Moegamat Achmat Ebrahim Jerome Clive Desmond Ashley Shaheed".split(),
                  "Faldiela Shamiela Gadija Nazeema Charmaine Chantal Ursula Rochelle".split(),
                  "Februarie September Isaacs Hendricks Abrahams Fortuin Julies Arendse Booysen Solomons Adonis".split()),
}  # fmt: skip
# the barrio's nickname an East LA organiser goes by and a Loisaida neighbour's: (men's, women's)
NICKS_HELDOUT50 = {
    "chicano": ("Chuy Nacho Memo Goyo Chencho".split(), "Licha Chayo Chela".split()),
    "loisaida": ("Papo Chino Millo Felo".split(), "Cuca Tata Nilsa".split()),
}
# a title before the name (outside the span): a union's for any origin, the others with the origin that uses it
TITLED_HELDOUT50: dict[str, tuple[str | None, bool | None]] = {
    "brother": (None, False),  # a union's 'Brother Hendricks'
    "sister": (None, True),
    "comrade": (None, None),
    "ayu.": ("ambedkarite", None),  # Ayushman / Ayushmati, before a full name
    "adv.": ("ambedkarite", None),  # an advocate, the legal observer
    "tía": ("chicano", True),  # before a woman's given name
    "doña": ("loisaida", True),
    "boeta": ("capeflats", False),  # Cape Malay 'brother', before a man's given name
    "aunty": ("capeflats", True),
}
TITLE_SLOT_HELDOUT50 = re.compile(
    r"(?<![\w'])(brother|sister|comrade|ayu\.|adv\.|tía|doña|boeta|aunty) \{\}", re.IGNORECASE
)
# IBANs of the solidarity funds (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT50 = {"GB": "4a14n", "ES": "20n", "NL": "4a10n", "DE": "18n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT50 = ["picket", "steward", "tenants", "rentstrike", "canvass", "phonebank", "petition", "mutualaid",
                      "foodbank", "allotment", "garden", "watch", "newsletter", "radio", "union", "ward"]  # fmt: skip
# slips outside the slots: a campaign word turned into a hashtag, or a word stretched for urgency
HASHTAG_HELDOUT50 = {
    "strike": "#strike", "rent": "#rent", "union": "#union", "picket": "#picket", "vote": "#vote",
    "petition": "#petition", "march": "#march", "garden": "#garden", "radio": "#radio", "tenants": "#tenants",
    "food": "#food", "eviction": "#eviction", "solidarity": "#solidarity", "ballot": "#ballot",
}  # fmt: skip
STRETCHED_HELDOUT50 = {
    "please": "pleeease", "now": "nowww", "so": "sooo", "need": "neeed", "today": "todayyy", "all": "alll",
    "tonight": "tonighttt", "urgent": "urgenttt", "help": "helppp", "come": "comeee", "no": "nooo",
    "asap": "asapppp", "tell": "telll", "call": "callll",
}  # fmt: skip
HASHTAG_WORD_HELDOUT50 = re.compile(r"(?<![\w{}'@.#])(" + "|".join(HASHTAG_HELDOUT50) + r")(?![\w{}'@])")
STRETCHED_WORD_HELDOUT50 = re.compile(r"(?<![\w{}'@.#])(" + "|".join(STRETCHED_HELDOUT50) + r")(?![\w{}'@])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Cintrón' -> 'cintron',
    'Jhon Jairo' -> 'jhonjairo')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen50(Gen3):
    """Generators for held-out set 50: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT50 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT50))
        men, women, lasts = NAMES_HELDOUT50[origin]
        if woman is None:  # organisers, stewards and volunteers: about half women
            woman = rng.random() < 0.5
        given = rng.choice(women if woman else men)
        return origin, given, rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT50[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "chicano":
            if woman and r < 0.4:  # a Chicana's hyphenated family names
                return f"{first} {last}-{other}"
            if r < 0.6:  # the barrio's nickname with the family name
                return f"{rng.choice(NICKS_HELDOUT50['chicano'][woman])} {last}"
        if origin == "ambedkarite" and r < 0.35:  # the given name's and the father's initials
            return f"{first[0]}. {rng.choice('SRBMAPGD')}. {last}"
        if origin == "buenaventura" and r < 0.5:  # both family names
            return f"{first} {last} {other}"
        if origin == "loisaida" and not woman and r < 0.35:
            return f"{rng.choice(NICKS_HELDOUT50['loisaida'][False])} {last}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.82:
            name = first
            if origin in NICKS_HELDOUT50 and rng.random() < 0.4:  # the nickname alone
                name = rng.choice(NICKS_HELDOUT50[origin][woman])
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Brother Hendricks', 'Sister Luz Dary', 'Ayu. Siddharth
        Meshram', 'Adv. Pradnya Ramteke', 'tía Licha', 'doña Migdalia', 'Boeta Riedewaan', 'Aunty Faldiela'),
        from the origin that uses it."""
        rng = self.rng
        key = title.lower()
        origin, woman = TITLED_HELDOUT50[key]
        origin, given, last, _ = self._origin_name(origin, woman)
        if key in ("brother", "sister", "comrade"):  # a union's: the family name or the full name
            return rng.choice([last, last, f"{given} {last}", given])
        if key in ("ayu.", "adv."):
            return f"{given} {last}"
        if key == "tía" and rng.random() < 0.3:
            return rng.choice(NICKS_HELDOUT50["chicano"][True])
        return given

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT50.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        shapes = [
            f"{rng.randint(3300, 4999)} City Terrace Dr, Los Angeles, CA 90063",
            f"{rng.randint(4000, 6999)} Whittier Blvd, East Los Angeles, CA 90022",
            f"{rng.randint(100, 999)} N {pick(['Soto St', 'Evergreen Ave', 'Mott St'])}, Los Angeles, CA 90033",
            f"Unit {rng.randint(1, 40)}, {rng.randint(2000, 3999)} {pick(['Lincoln Park Ave', 'Huntington Dr', 'Eastern Ave'])}, Los Angeles, CA 90032",
            f"Plot No. {n}, {pick(['Indora', 'Panchsheel Nagar', 'Bhim Chowk', 'Jaripatka'])}, {pick(['Kamptee Road', 'Ring Road'])}, Nagpur 4400{rng.choice(['14', '17', '26'])}",
            f"Room {rng.randint(1, 40)}, Building {rng.randint(1, 12)}, Ramabai Nagar, Ghatkopar (E), Mumbai 400075",
            f"Calle {rng.randint(1, 9)} # {rng.randint(2, 40)}-{rng.randint(10, 80)}, barrio {pick(['La Playita', 'Lleras', 'Pueblo Nuevo', 'San José'])}, Buenaventura",
            f"Comuna {rng.randint(1, 12)}, barrio {pick(['Independencia', 'Juan XXIII', 'Bellavista'])}, manzana {rng.randint(1, 20)} casa {rng.randint(1, 40)}, Buenaventura, Valle del Cauca",
            f"Carrera {rng.randint(3, 60)} # {rng.randint(2, 90)}-{rng.randint(10, 80)}, Buenaventura",
            f"{rng.randint(200, 399)} E {pick(['3rd', '4th', '7th'])} St, Apt {rng.randint(1, 6)}{pick('ABCDE')}, New York, NY 10009",
            f"{rng.randint(2, 199)} Avenue {pick('BCD')}, Apt {rng.randint(1, 6)}{pick('ABCDEF')}, New York, NY 10009",
            f"{rng.randint(70, 99)} Columbia St, Apt {rng.randint(2, 16)}{pick('ABCDEFG')}, New York, NY 10002",
            f"{rng.randint(1, 120)} {pick(['Spine Road', 'Kiewiet Street', 'Tafelberg Street', 'Merrydale Avenue'])}, {pick(['Westridge', 'Tafelsig', 'Lentegeur', 'Beacon Valley'])}, Mitchells Plain, 7785",
            f"{rng.randint(1, 60)} {pick(['Kiewiet Court', 'Scheldt Court', 'Thames Court'])}, Manenberg, 7764",
            f"Flat {rng.randint(1, 24)}, Block {rng.randint(1, 30)}, {pick(['Heideveld', 'Manenberg', 'Hanover Park'])}, 77{pick(['64', '80'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT50)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{first}_{subject}", f"{last}{rng.randint(1958, 2004)}",
                           f"{subject}{last}", f"{first}.{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "riseup.net", "protonmail.com",
                             "sbcglobal.net", "rediffmail.com", "yahoo.co.in", "hotmail.es", "une.net.co",
                             "verizon.net", "aol.com", "telkomsa.net", "webmail.co.za", "mweb.co.za"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(323) 26{rng.choice('1348')}-{d(4)}",  # East LA
            f"213-{rng.choice(['221', '268', '880'])}-{d(4)}",
            f"0712-2{d(2)} {d(4)}",  # Nagpur
            f"022-25{d(2)} {d(4)}",  # Ghatkopar, Mumbai
            f"98{d(3)} {d(5)}",  # Indian mobile
            f"+91 9{d(4)} {d(5)}",
            f"(602) 24{d(1)} {d(4)}",  # Buenaventura
            f"31{rng.choice('5678')} {d(3)} {d(2)} {d(2)}",  # Colombian mobile in pairs
            f"+57 32{d(1)} {d(3)} {d(4)}",
            f"212.{rng.choice(['475', '533', '674', '982'])}.{d(4)}",  # Loisaida
            f"(646) {d(3)}-{d(4)}",
            f"021 37{d(1)} {d(4)}",  # Mitchells Plain
            f"08{rng.choice('2346')} {d(3)} {d(4)}",  # South African mobile
            f"+27 7{rng.choice('1234')} {d(3)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("55", 16), ("2720", 16), ("34", 15),
                                     ("6011", 16), ("6521", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.7:  # a union shop's receipt's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT50))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT50[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): phone banks, radio studios, food banks, union halls, gardens and watch
        patrols, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2600:1700:{h()}:{h()}::{h()}", f"2401:4900:{h()}:{h()}::{h()}", f"2800:e2:{h()}:{h()}::{h()}",
                         f"2c0f:f4c0:{h()}::{h()}", f"2a02:c7f:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the phone bank dialler box is on {}, restart it before the 6pm shift", v4),
            ("studio link to the transmitter at the community radio is {}", v4),
            ("the food bank label printer got {} after the router swap", v4),
            ("the union hall router is {}, the stewards can't get on", rng.choice([v4, v6])),
            ("tenants' intercom panel in the lobby answers on {}", v4),
            ("the allotment weather station reports from {}", v4),
            ("campaign office NAS is {}, the walk lists are on it", rng.choice([v4, v6])),
            ("the neighbourhood watch cctv recorder is {}, footage from saturday is on it", v4),
            ("petition kiosk tablet at the library is {}", v4),
            ("the community fridge temperature sensor is on {}", v4),
            ("garden irrigation controller is {}, it watered at 3am again", v4),
            ("the newsletter's risograph is on the network as {}", v4),
            ("i gave the radio's playout pc {} so the schedule stops breaking", v4),
            ("the ushahidi map for the legal observers is on {} for now", rng.choice([v4, v6])),
            ("MAUTIC_DB_HOST={}", v4),
            ("DB_HOST={}", v4),
            ("Hostname={}", v4),
            ("MONGO_URL=mongodb://{}:27017/wekan", v4),
            ("$database_host = '{}';", v4),
            ("  host: {}", v6),
            ("2024-11-02 18:04:51 rdairplay: connection to rdcatchd at {} lost", v4),
            ("[2024-11-02 18:04:51] production.ERROR: SQLSTATE[HY000] [2002] Connection refused to {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"RentStrike#{rng.choice(['2024', '2023', 'Now'])}",
                f"JaiBhim_{rng.choice(['1956', '1891', 'Nagpur'])}",
                f"ParoCivico!{rng.choice(['2017', 'Bahia', 'Pacifico'])}",
                f"Loisaida*Casita{rng.randint(1, 99)}",
                f"Manenberg@Watch{rng.randint(1, 99)}",
                rng.choice(["solidarity", "picket", "canvass", "tenants", "compost"]).translate(leet) + rng.choice(["", "!", "_50"]),
                f"ward{rng.randint(1, 40)}-plot-{rng.randint(1, 90)}",
                f"{rng.choice(['Indora', 'Westridge', 'Lleras', 'Terrace', 'AvenueC'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Union', 'Rent', 'Watch', 'Plot', 'Radio'])}{rng.randint(1, 99)}",
                f"{rng.choice(['local', 'unit', 'branch'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        options = [
            # passwords handed over in ways no earlier set used
            ("the union hall wifi is on the back of the picket sign, {}", pw),
            ("the strike fund tin has the app login inside the lid, {}", pw),
            ("radio studio wifi is taped inside the studio door, {}", pw),
            ("the petition clipboard has the tablet password on the back, {}", pw),
            ("someone wrote the food bank laptop password on the pallet wrap, {}", pw),
            ("the garden shed combination is {}", d(4)),
            ("the key box by the allotment tap opens with {}", d(4)),
            ("the union noticeboard has the wifi in the corner, {}", pw),
            ("the phone bank login is at the bottom of the call script, {}", pw),
            ("the tenants' lockbox code is {}, the spare keys for the meeting room are in it", d(5)),
            ("the community fridge door has the wifi on a sticker, {}", pw),
            ("i changed the mautic admin password to {}", pw),
            ("my minivan password is {}, log in for me if i'm late", pw),
            ("the credit union pin for the strike account is {}, don't share it", d(6)),
            # cues in ways no earlier set used
            ("órale, the code pa'l gate is {}", d(4)),
            ("la clave de la emisora es {}, mija", pw),
            ("el password de la casita es {}, mano", pw),
            ("die wifi password is {}, my bru", pw),
            # commands
            ("$ docker run -e MAUTIC_DB_PASSWORD={} mautic/mautic:v4", pw),
            ("$ mysql -u rduser -p{} Rivendell", pw),
            ("$ curl -H 'OSDI-API-Token: {}' https://actionnetwork.org/api/v2/people", tok(32, hexl)),
            # pastes
            ("MAUTIC_DB_PASSWORD={}", pw),
            ("MAUTIC_SECRET_KEY={}", tok(64, hexl)),
            ("DB_PASSWORD={}", pw),
            ("APP_KEY=base64:{}", tok(43, b64) + "="),
            ("Password={}", pw),
            ("MONGO_URL=mongodb://wekan:{}@mongo:27017/wekan", pw),
            ("$database_password = '{}';", pw),
            ("NATIONBUILDER_API_TOKEN={}", tok(64, hexl)),
            ("  callhub_api_key: {}", tok(40, hexl)),
            ("OSDI-API-Token: {}", tok(32, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.on.the.picket', 'y_rentstrike', 'ward7_x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.on.the.picket",
                f"{last}_rentstrike",
                f"ward{rng.randint(1, 40)}_{first}",
                f"{first}-canvasses",
                f"solidarity.{last}",
                f"{first}4tenants",
                f"{last}_mutualaid{rng.randint(1, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=86)
        m, day, year = dt.month, dt.day, dt.year
        deva = str.maketrans("0123456789", "०१२३४५६७८९")
        return {
            "mr": f"{day:02d}/{m:02d}/{year}".translate(deva),  # Marathi, Devanagari digits
            "in": f"{day:02d}-{m:02d}-{year}",
            "co_long": f"{day} de {ES_MONTHS_HELDOUT50[m - 1]} de {year}",
            "pr": f"{day:02d}/{ES_MONTHS_HELDOUT50[m - 1][:3]}/{year}",
            "af_long": f"{day} {AF_MONTHS_HELDOUT50[m - 1]} {year}",
            "za": f"{year}/{m:02d}/{day:02d}",
            "us": f"{m}/{day}/{year % 100:02d}",  # East LA, unpadded, two-digit year
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["in", "us", "za", "co_long", "af_long", "pr", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the union card form wants my date of birth, {}", any_shape),
            ("voter registration has my birthday wrong, it should be {}", any_shape),
            ("the food bank intake form asked my dob, i put {}", s["us"]),
            ("for the tenants' union membership my date of birth is {}", any_shape),
            ("the allotment tenancy needs my date of birth, {}", s["za"]),
            ("for the legal observer training they want my dob, {}", any_shape),
            ("the radio's presenter form has me born {}", s["in"]),
            ("nací el {}", s["co_long"]),
            ("जन्म तारीख: {}", s["mr"]),
            ("fecha de nacimiento: {}", s["pr"]),
            ("gebore {}", s["af_long"]),
            ("Date of birth (dd-mm-yyyy): {}", s["in"]),
            ("DOB: {}", s["us"]),
            ('  "birthdate": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


ES_MONTHS_HELDOUT50 = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                       "diciembre").split()  # fmt: skip
AF_MONTHS_HELDOUT50 = ("Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November "
                       "Desember").split()  # fmt: skip

HELDOUT50_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is running the picket at gate 2 tomorrow",
        "remind me to call {} about the strike ballot",
        "{} knocked on 60 doors in our turf yesterday",
        "the building captain on the 5th floor is {}",
        "{} signed the petition but used the wrong ward",
        "can you find the message from {} about the rent strike",
        "{} is doing the food bank run on tuesday",
        "{} has the keys to the garden shed",
        "ask {} if the phone bank needs more callers",
        "{} was the legal observer at the march",
        "{} reads the notices on the community radio on fridays",
        "I owe {} for the leaflets",
        "{} is on neighbourhood watch patrol tonight",
        "tell {} the landlord's lawyer wrote back",
        "{} brought soup for the whole picket line",
        "{} took over plot 23 at the allotment",
        "{} is our new shop steward",
        "{} prints the newsletter on the risograph",
        "the mutual aid delivery to Soto st is {}'s",
        "{} chaired the tenants' meeting, it went long",
        "{} got arrested at the sit-in, bail is sorted",
        "{} is counting the ballots with the convenor",
        "the canvasser who found the new voters was {}",
        "Brother {} moved the motion at the branch meeting",
        "sister {} seconded it",
        "Comrade {} will speak at the rally",
        "Ayu. {} is chairing the study circle on sunday",
        "Adv. {} will be the legal observer on the march",
        "tía {} is cooking for the rent strike meeting",
        "doña {} has the key to the casita",
        "Boeta {} is doing the watch patrol with us",
        "Aunty {} runs the soup kitchen on wednesdays",
        "Steward: {}",
        "Convenor: {}",
        "Branch secretary: {}",
        "Building captain (5th fl): {}",
        "Canvasser: {}",
        "Precinct captain: {}",
        "Legal observer: {}",
        "Marshal: {}",
        "Driver (Tue): {}",
        "Plot 23: {}",
        "Block coordinator: {}",
        "Presenter (notice board): {}",
        "{}, ward 7",
        '"volunteer_name": "{}",',
        "| Turf 14 | {} |",
    ],
    "STREET_ADDRESS": [
        "the next tenants' meeting is at {}",
        "drop the food parcels at {}",
        "the mutual aid driver should go to {}",
        "the canvass starts from {}",
        "I moved, the union letters go to {} now",
        "the watch patrol meets outside {}",
        "the seed swap is at {} this year",
        "Address: {}",
        "Dirección: {}",
        "Residential address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the sign-up sheet to {}",
        "the union branch mail comes from {}",
        "email the newsletter copy to {}",
        "the food bank coordinator is {}",
        "Email (member): {}",
        '"email": "{}",',
        "MAUTIC_ADMIN_EMAIL={}",
        "from_email: {}",
    ],
    "PHONE_NUMBER": [
        "the steward's number is {}",
        "ring the food bank on {} if the van doesn't show",
        "the legal observer's phone is {}",
        "call the tenants' union on {} before the court date",
        "the radio's request line is {}",
        "Cell: {}",
        "Tel. (branch office): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the banners with {}",
        "the seed order went on {}",
        "the march's sound system is on {}",
        "paid the print shop with {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the strike pay into {}",
        "the solidarity fund pays the radio into {}",
        "the soup kitchen grant goes to {}",
        "refund my deposit for the hall to {}",
        "IBAN (strike fund): {}",
        "IBAN for the donation: {}",
    ],
    "USERNAME": [
        "on Action Network I'm {}",
        "my Mobilize name is {}",
        "my MiniVAN login is {}",
        "ThruText has me as {}",
        "on CallHub I'm {}",
        "I post on Indymedia as {}",
        "libcom.org knows me as {}",
        "on Raddle I'm {}",
        "my Avaaz name is {}",
        "on Freecycle I'm {}",
        "Trash Nothing has me as {}",
        "my ioby name is {}",
        "on Open Collective I'm {}",
        "the Buy Nothing app has me as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT50_MIXED = [
    ("Steward: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Legal observer: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("MAUTIC_DB_HOST={}\nMAUTIC_DB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/v5/posts", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the shed key in the box, code {}", ["PERSON", "SECRET"]),
    ("Member: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Mobilize name is {}, the strike pay goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the rent strike came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the banner printing with {}", ["PERSON", "CREDIT_CARD"]),
    ("aunty {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Volunteer: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT50_NEGATIVES = [
    "City Terrace sits on the hill above East LA",
    "the tenants' union meets in the church hall on sundays",
    "Boyle Heights has had rent strikes since the 1930s",
    "tía is just what everyone calls the older women in the union",
    "Chuy is short for Jesús, Licha for Alicia",
    "in East LA a lot of women keep both family names with a hyphen",
    "Ayu. is short for Ayushman or Ayushmati, like Mr or Ms",
    "Adv. in front of a name means advocate",
    "Jai Bhim is how people greet each other at the meeting",
    "Deekshabhoomi in Nagpur is where the great conversion took place in 1956",
    "Ramabai Nagar is in Ghatkopar East",
    "Buenaventura is the biggest port on Colombia's Pacific coast",
    "the paro cívico shut down Buenaventura for 22 days in 2017",
    "barrios de bajamar are the neighbourhoods built on stilts over the tide",
    "in Colombia the father's family name comes first, then the mother's",
    "Loisaida is how the Lower East Side says itself in Spanglish",
    "a casita is a little wooden house in the community garden",
    "doña is like missus, for the older ladies",
    "Mitchells Plain was built in the seventies",
    "Boeta means brother in the Cape Malay families",
    "on the Cape Flats everyone older is aunty or uncle",
    "Februarie and September are family names on the Cape, from the slave registers",
    "brother and sister is how the union addresses members at the meeting",
    "comrade is how the old members sign their letters",
    "Local 11 meets on the second tuesday of the month",
    "unit 4 voted 212 to 9 to go on strike",
    "the strike ballot closes at noon on friday",
    "turnout was 71 percent, the threshold is 50",
    "strike pay is 50 pounds a day from the fund",
    "the picket starts at 6am at gate 2",
    "ward 7 and ward 9 are the swing wards this time",
    "precinct 9001-A votes at the library",
    "turf packet 14 has 180 doors",
    "the phone bank made 3,412 calls last night",
    "the petition has 1,842 signatures so far",
    "we need 2,000 signatures to force a council debate",
    "rent went up 14 percent this year",
    "the building has 96 units, 61 are on strike",
    "the housing court date is the 12th at 9:30",
    "the food bank served 312 families this week",
    "we got 14 pallets from the supermarket",
    "a food parcel is about 12 kilos",
    "plot 23 has the tomatoes, plot 24 the beans",
    "the allotment rent is 38 pounds a year",
    "the waiting list for a plot is 4 years",
    "we harvested 40 kilos of squash from the garden",
    "the watch patrol is 8pm to midnight, two by two",
    "block 12 reported three break-ins in october",
    "the newsletter goes out to 2,600 doors",
    "print run was 3,000 copies on the risograph",
    "the community radio is on 89.3 FM",
    "the notice board slot is at 7:15 every morning",
    "the march starts at 11 from the park",
    "the route is 2.4 km, ends at city hall",
    "write the lawyer's number on your arm before the march",
    "the kettle lasted four hours",
    "the mutual aid group has 430 members on the chat",
    "grocery runs are mondays and thursdays",
    "the fridge needs cleaning every sunday",
    "911 in LA, 112 in Nagpur",
    "in Colombia 123 is the emergency line",
    "in South Africa 10111 is the police",
    "90063 is the ZIP code of City Terrace",
    "440017 is the PIN code around Indora",
    "7785 is the postal code for Mitchells Plain",
    "updated Mautic to 5.1 on the campaign server",
    "Rivendell 4.2 fixed the log editor",
    "Ushahidi platform release v6.3 is out",
    "fixed in commit 4be71c9, see the changelog",
    "MAUTIC_DB_PASSWORD=",
    "DB_PASSWORD=${DB_PASSWORD}",
    "OSDI-API-Token: <your api key>",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "4242 4242 4242 4242 is the test card for donations",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "write to steward@example.org on the form",
    "192.0.2.50 is a documentation address",
    "203.0.113.14 is a documentation address",
    "2001:db8:50::1 is a documentation address",
    "the picket was freezing today",
    "no rain, good turnout",
    "remind me to buy more clipboards",
    "did the leaflets come yet",
    "see you at the hall at seven",
    "bring a flask, it's a long shift",
]  # fmt: skip


def _typo50(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a campaigner's habit turning a word into a
    hashtag mid-sentence ('strike' -> '#strike', 'rent' -> '#rent', 'union' -> '#union'), or a word stretched
    for urgency ('please' -> 'pleeease', 'now' -> 'nowww', 'tonight' -> 'tonighttt'), as typed from a picket
    line, a phone bank or a march. Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    first, second = (
        (HASHTAG_WORD_HELDOUT50, HASHTAG_HELDOUT50),
        (STRETCHED_WORD_HELDOUT50, STRETCHED_HELDOUT50),
    )
    if rng.random() >= 0.5:
        first, second = second, first
    for pattern, table in (first, second):
        words = list(pattern.finditer(template))
        if words:
            m = rng.choice(words)
            return template[: m.start()] + table[m.group(1)] + template[m.end() :]
    return template


def build_heldout50(seed: int = HELDOUT50_SEED) -> list[Example]:
    """Held-out set 50: `Gen50` values in `HELDOUT50_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen50(seed)
    return assemble_module_set(
        gen, HELDOUT50_TEMPLATES, HELDOUT50_MIXED, HELDOUT50_NEGATIVES, _typo50, person=gen.person_for
    )
