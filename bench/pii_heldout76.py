"""Held-out PII set 76 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout76": written before round 48 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT76 is empty, as for
held-out 16 to 74; written at the same time as held-out 75, the two authors split the world between them: 76
takes moving house and lodging (removal vans and man-with-a-van, lodgers and room shares, student halls and
paying-guest rooms, house-sitting, self-storage units, caravan and houseboat moorings, key handovers and
meter readings, landlords' deposit schemes, change-of-address notices), 75 takes repairing and making things
at home); hand-written lists of the Tangkhul Naga of Ukhrul in Manipur, students in Delhi's hostels and
paying-guest rooms in Humayunpur and Munirka and in Imphal's Tangkhul Avenue (Tangkhul given names
('Ramthing', 'Yaruingam', 'Ngamreiphy', 'Shangreila'), Tangkhul family names ('Shimray', 'Zimik', 'Vashum',
'Keishing', 'Hungyo'), a church name before the Tangkhul given name ('Solomon Ramthing Shimray'), a hostel
register's 'FAMILY Given', and Indian English 'ma'am' after a warden's given name and 'sir' after a family
name, outside the span: 'Worshang Luithui', 'ZIMIK Chonreila', 'Ngamreiphy ma'am', 'Shimray sir'), the
Yurok of Klamath, Requa and Weitchpec on the lower Klamath River, house-sitters, key holders and river-house
lodgers (the grandparents' generation's given names ('Geneva', 'Lavina', 'Dewey', 'Orville'), Yurok family
names ('McCovey', 'Mattz', 'Gensaw', 'Natt', 'Markussen', "O'Rourke"), a US form's 'Family, Given', a
'Jr.' after the name, and 'Auntie' and 'Uncle' before a given name, outside the span: 'Velma Gensaw',
'Mattz, Lyle', 'Raymond Natt Jr.', 'Auntie Geneva'), the Papiamentu speakers of Aruba and Bonaire
(Oranjestad, Santa Cruz, Noord and San Nicolas; Kralendijk and Rincon): movers with a pickup and a trailer,
room shares, container removals to the Netherlands and the Censo's change of address (Antillean given names
('Rignald', 'Shurandy', 'Shurmaine', 'Sixta'), Aruban and Bonairean family names ('Croes', 'Werleman',
'Geerman', 'Laclé', 'Rasmijn', 'Emerenciana', 'Cicilia'), a Dutch register's initials with dots and no space
('E.R. Croes'), two given names on a tenancy form, and 'shon', 'tanta' and 'tio' before a given name and
'mener' before a family name, outside the span: 'Ingrid Werleman', 'G.A. Rasmijn', 'shon Sixta', 'tanta
Yudith', 'mener Boekhoudt') and the Inuit of Nunavik (Kuujjuaq, Inukjuak, Puvirnituq and Salluit: the
housing bureau's key handovers and meter readings, students lodging in Montréal and boarding homes;
Inuktitut given names ('Jaaji', 'Tamusi', 'Elisapi', 'Maata'), Nunavik family names ('Koneak', 'Annanack',
'Kasudluak', 'Nappaaluk', 'Iyaituk'), a Québec register's 'FAMILY Given', and 'anaanatsiaq' and
'ataatatsiaq' (grandmother and grandfather) before a given name, outside the span: 'Elisapi Annanack',
'KONEAK Jaaji', 'anaanatsiaq Maata'); names on a tenancy agreement beside a guarantor's, a forwarding-address
form's, an inventory's sign-off, a door buzzer's and a mailbox's labels, a removal invoice's, a storage unit's
renter and a mooring's holder; a removal firm, a storage business or a guest house that carries a family
name ('Croes Mudansa', 'Gensaw Storage', 'Shimray PG for Boys') no person either, a room, a unit, a
mooring, a bay or a meter's number no secret; a tenancy agreement's ('Tenant:', 'Guarantor:', 'Landlord:',
'Inkilino:', 'Doño di cas:'), a paying-guest register's ('PG resident:', 'Local guardian:'), a hostel's
('Warden:', 'Room 214:'), a house-sit's ('Sitter:', 'Homeowner:'), a storage unit's ('Unit renter:',
'Authorised access:'), a mooring's ('Mooring holder:', 'Berth 7:'), a key handover's ('Keys received by:',
'Keys handed over by:'), a meter reading's ('Meter read by:'), an inventory's ('Inventory signed:'), a
change-of-address form's ('Forwarding address for:', 'Adres nobo pa:'), a removal invoice's ('Removal for:',
'Driver:'), a door buzzer's ('Buzzer 3B:') and a mailbox's ('Mailbox:') fields; over three quarters of the
sentences typed to the bot or a friend: the van booked for saturday and who carries the sofa, boxes and
tape, the lodger's rent and the room share's bills, the hostel room and the mess food, the house-sit and
the dog, the storage unit's padlock and the gate code, the houseboat's mooring fee and the caravan's pitch,
the keys handed over and the meter photos, the deposit and its protection scheme, the change of address at
the bank, the Censo and the post; self-hosted apps' config no earlier set pasted: OpnForm's api/.env for a
forwarding-address form, Papra's .env for the scanned tenancy agreements, HeyForm's .env for a room-share
application and Homarr's docker environment for the dashboard of a moving house's services; those regions'
addresses (Delhi's 'H.No. 45, Humayunpur, Safdarjung Enclave, New Delhi 110029' and a village's '62/3,
Munirka Village, New Delhi 110067', Ukhrul's 'Hungpung, Ukhrul, Manipur 795142', Klamath's '190 Requa Rd,
Klamath, CA 95548' and Weitchpec's highway mile, Aruba's 'Sabana Basora 12, Santa Cruz, Aruba' without a
postcode, Bonaire's 'Kaya Nikiboko Zuid 14, Kralendijk, Bonaire' and Nunavik's 'House 543, Kuujjuaq QC J0M
1C0') and phones (Delhi mobiles '98' and '99' and '+91', Imphal's '0385', Klamath's '(707) 482' and
Weitchpec's '(530) 625', Aruba's '+297 58x' and mobiles '+297 56x' and '59x', Bonaire's '+599 717' and
Nunavik's '819-964' (Kuujjuaq), '819-254' (Inukjuak) and '819-988' (Puvirnituq)); Visa, Mastercard 51 and
55, Amex 34, Discover 6011 and RuPay 6521 as a van's deposit, a storage unit's rent, a mooring fee or a
hostel's mess bill take them; IBANs of the Netherlands, the United Kingdom and Ireland (an Aruban student's
Dutch account, a UK deposit and an Irish landlord's); IPs of a storage unit's gate keypad, a houseboat's
shore-power meter, a caravan's 4G router, a PG's wifi, a smart lock on the lodger's door, a house-sit's
camera, a removal van's tracker, a hostel's printer and the pastes above, v6 in 2401:4900:, 2600:387:,
2803:1500: and 2607:f2c0: ranges; passwords handed over in ways no earlier set used (on the back of the
inventory's last page, scratched on the storage unit's padlock key fob, inside the electricity meter's
door, on the mooring's shore-power card, in the van's sun visor, in the house-sit's dog-walking notes, on
the hostel's mess menu, on the deposit certificate's envelope, on the back of the change-of-address card,
on a box marked 'KITCHEN'), Ukhrul ('Ukhrul795142'), Klamath ('Klamath95548!'), Aruba ('Noord#297'),
Kuujjuaq ('Kuujjuaq_J0M1C0'), moving words in leetspeak ('m0v1ngd4y', 'h0u53b0at'), a unit and a gate
code ('Unit214-Gate4471') and a deposit's reference ('DPS-1147-XQ'), and cues in Tangkhul English ('the
password is ..., don't tell the PG uncle'), rural California ('here's the code, ..., just between us'),
Papiamentu ('e password ta ..., no bisa ningun hende') and Inuktitut-laced English ('the password is ...,
ajurnarmat, tell nobody'); usernames on Stashbee, Neighbor.com, AnyVan, Shiply, NoBroker, NestAway, Stasher,
Kamernet, Zumper and Magicbricks, shapes like 'x.movesout', 'x-pg7', 'xx.storage', 'x_houseboat',
'x.x.aw', 'kuujjuaq.x' and 'x2boxes'; dates of birth for a tenancy agreement, a hostel's admission, a
storage unit's ID check, a mooring licence, the housing bureau's file and a removal's customs form, in
Indian English with an ordinal ('born on 14th March 1998'), an Indian form's '14-03-1998', American English
('March 14, 1958'), a US form's '03/14/1958', Papiamentu ('mi a nase 14 di mart 1958'), an Aruban cédula's
Dutch '14 maart 1958', Québec French ('née le 14 mars 1958'), Inuktitut months in Roman letters ('14
Maatsi 1958') and an export's ISO date; typos as someone types with a box in the other hand: a moving word's
well-known misspelling ('separate' -> 'seperate', 'guarantee' -> 'guarentee', 'accommodation' ->
'accomodation', 'address' -> 'adress'), or a landlord's listing shorthand creeping into chat ('bedroom' ->
'bdrm', 'furnished' -> 'furn', 'including' -> 'incl', 'month' -> 'mo'); negatives with the same regions'
places, the titles and the name forms explained, room, unit, mooring, bay and meter numbers alone, meter
readings, rents and deposits, van sizes, moving days and times, dates that are no birthdays, postcodes
alone, businesses named after families, versions, a commit, placeholder secrets, a masked PIN, test cards,
example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), helpline numbers every user shares,
and short everyday chat; no public figure is named).

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

HELDOUT76_SEED = 5390817
# no faker name locale, as in held-out 16 to 74: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT76: list[str] = []
# moving house and lodging (held-out 75, written at the same time, takes repairing and making things at
# home); each origin: (men's given names, women's given names, family names); ';' separates names throughout,
# as some hold a space
NAMES_HELDOUT76: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Tangkhul Naga of Ukhrul: students in Delhi's hostels and paying-guest rooms and in Imphal
    "tangkhul": ("Ramthing;Worshang;Yaruingam;Somingam;Ngalangzar;Thotso;Mayarlung;Khayaphung;Wungreiyang;Chonthing".split(";"),
                 "Ngamreiphy;Shangreila;Ningshimla;Yurreipam;Chonreila;Ngalaphy;Pamreihor;Worngamla;Mathotphy;Sochanphy".split(";"),
                 "Shimray;Zimik;Vashum;Keishing;Ningshen;Raleng;Hungyo;Shaiza;Luithui;Kashung;Horam;Rungsung".split(";")),
    # Yurok of Klamath, Requa and Weitchpec: house-sitters, key holders and river-house lodgers
    "yurok": ("Walt;Raymond;Dewey;Calvin;Merlin;Lyle;Everett;Orville;Archie;Vernon".split(";"),
              "Geneva;Lavina;Velma;Ethel;Georgiana;Lucille;Marlene;Wilma;Jessie;Loretta".split(";"),
              "McCovey;Mattz;Gensaw;Natt;Sanderson;Ammon;Obie;Markussen;O'Rourke;Nixon;Carlson;Lara".split(";")),
    # Papiamentu speakers of Aruba and Bonaire: movers, room shares and container removals
    "aruba": ("Eduardo;Hubert;Rignald;Edsel;Glenbert;Juancho;Ruben;Alberto;Shurandy;Gregorio".split(";"),
              "Ingrid;Marisela;Shurmaine;Jeanette;Yudith;Sixta;Ethelind;Milagros;Gisela;Rosalinda".split(";"),
              "Croes;Kock;Werleman;Geerman;Tromp;Arends;Laclé;Wever;Figaroa;Oduber;Rasmijn;Boekhoudt;Emerenciana;Cicilia;Thode;Soliano".split(";")),
    # Inuit of Nunavik: the housing bureau's key handovers and students lodging in Montréal
    "nunavik": ("Jaaji;Tamusi;Putulik;Lukasi;Adamie;Jusipi;Aatami;Charlie;Paulusi;Eliyassie".split(";"),
                "Elisapi;Maata;Lizzie;Siasi;Annie;Akinisie;Minnie;Alasi;Saali;Lucy".split(";"),
                "Koneak;Annanack;Kasudluak;Qumaluk;Tukalak;Nappaaluk;Kauki;Tulugak;Alaku;Iyaituk;Novalinga;Angutinguak".split(";")),
}  # fmt: skip
# the church names Tangkhul families give before the Tangkhul given name
TANGKHUL_CHURCH_HELDOUT76 = {
    False: "Solomon;Ezekiel;Reuben;Moses;Daniel;Joseph".split(";"),
    True: "Esther;Ruth;Lydia;Grace;Hannah;Rebecca".split(";"),
}
# a title next to the name (outside the span), with the origin, whether a woman (None: either) and what it
# goes with ("given" or "family")
TITLED_HELDOUT76: dict[str, tuple[str, bool | None, str]] = {
    "ma'am": ("tangkhul", True, "given"),  # after a hostel warden's given name, in Indian English
    "sir": ("tangkhul", False, "family"),  # after a man's family name
    "auntie": ("yurok", True, "given"),
    "uncle": ("yurok", False, "given"),
    "shon": ("aruba", None, "given"),  # Papiamentu, to an older person one respects
    "tanta": ("aruba", True, "given"),  # aunt
    "tio": ("aruba", False, "given"),  # uncle
    "mener": ("aruba", False, "family"),  # Mr, from the Dutch
    "anaanatsiaq": ("nunavik", True, "given"),  # grandmother
    "ataatatsiaq": ("nunavik", False, "given"),  # grandfather
}
TITLE_SLOT_HELDOUT76 = re.compile(
    r"(?<![\w'.-])(Auntie|Uncle|shon|tanta|tio|mener|anaanatsiaq|ataatatsiaq) \{\}", re.IGNORECASE
)
TITLE_AFTER_SLOT_HELDOUT76 = re.compile(r"\{\} (ma'am|sir)(?![\w'-])")
# IBANs of this set's people: an Aruban student's Dutch account, a UK deposit's and an Irish landlord's
IBAN_SHAPES_HELDOUT76 = {"NL": "4a10n", "GB": "4a14n", "IE": "4a14n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT76 = ["movingday", "boxes", "vanhire", "lodger", "roomshare", "pgroom", "hostel", "housesit",
                      "storage", "mooring", "houseboat", "caravan", "keys", "meter", "deposit", "newaddress",
                      "mudansa", "kas", "rivershouse", "tenancy"]  # fmt: skip
# a moving word and its well-known misspelling
MISSPELT_HELDOUT76 = {
    "separate": "seperate", "guarantee": "guarentee", "accommodation": "accomodation", "address": "adress",
    "receipt": "reciept", "furniture": "furnature", "definitely": "definately", "necessary": "neccessary",
    "tomorrow": "tommorow", "received": "recieved", "wardrobe": "wardrope", "electricity": "electricty",
    "neighbour": "neighbor", "schedule": "schedual", "mattress": "matress",
}  # fmt: skip
MISSPELT_WORD_HELDOUT76 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT76, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a landlord's listing shorthand creeping into chat
LISTING_HELDOUT76 = {
    "bedroom": "bdrm", "furnished": "furn", "including": "incl", "month": "mo", "available": "avail",
    "bathroom": "bthrm", "kitchen": "kit", "deposit": "dep", "per week": "pw", "per month": "pcm",
}  # fmt: skip
LISTING_WORD_HELDOUT76 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(LISTING_HELDOUT76, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Laclé' -> 'Lacle')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ("O'Rourke" -> 'orourke',
    'Laclé' -> 'lacle')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _ordinal(day: int) -> str:
    """'1st', '2nd', '3rd', '14th', '22nd'."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


class Gen76(Gen3):
    """Generators for held-out set 76: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT76."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT76))
        men, women, lasts = NAMES_HELDOUT76[origin]
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
        if origin == "tangkhul":
            if r < 0.25:  # a church name before the Tangkhul one: 'Solomon Ramthing Shimray'
                return f"{rng.choice(TANGKHUL_CHURCH_HELDOUT76[woman])} {first} {last}"
            if r < 0.45:  # a hostel register: 'ZIMIK Chonreila'
                return f"{last.upper()} {first}"
        if origin == "yurok":
            if r < 0.25:  # a US form: 'Mattz, Lyle'
                return f"{last}, {first}"
            if r < 0.38 and not woman:  # 'Raymond Natt Jr.'
                return f"{first} {last} Jr."
        if origin == "aruba":
            if r < 0.25:  # a Dutch register's initials: 'E.R. Croes'
                second = rng.choice(string.ascii_uppercase.replace(first[0], ""))
                return f"{first[0]}.{second}. {last}"
            if r < 0.45:  # two given names on a tenancy form: 'Shurmaine Gisela Werleman'
                men, women, _ = NAMES_HELDOUT76["aruba"]
                other = rng.choice([x for x in (women if woman else men) if x != first])
                return f"{first} {other} {last}"
        if origin == "nunavik" and r < 0.3:  # a Québec register: 'KONEAK Jaaji'
            return f"{last.upper()} {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.66:
            name = self._full(origin, first, last, woman)
        elif r < 0.87:
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
        """A name for a title written next to it ('Ngamreiphy ma'am', 'Shimray sir', 'Auntie Geneva', 'shon
        Sixta', 'mener Boekhoudt', 'anaanatsiaq Maata'), from the origin that uses it."""
        origin, woman, goes_with = TITLED_HELDOUT76[title.lower()]
        _, first, last, _ = self._origin_name(origin, woman)
        return last if goes_with == "family" else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT76.search(template) or TITLE_AFTER_SLOT_HELDOUT76.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 240)
        shapes = [
            f"H.No. {n}, Humayunpur, Safdarjung Enclave, New Delhi 110029",
            f"{rng.randint(1, 90)}/{rng.randint(1, 9)}, Munirka Village, New Delhi 110067",
            f"{pick(['A', 'B', 'C'])}-{rng.randint(1, 60)}, Second Floor, Shahpur Jat, New Delhi 110049",
            f"{pick(['Hungpung', 'Viewland', 'Wino Bazar', 'Dungrei', 'Phungreitang'])}, Ukhrul, Manipur 795142",
            f"House {n}, Tangkhul Avenue, Imphal East, Manipur 795001",
            f"{rng.randint(100, 2200)} Requa Rd, Klamath, CA 95548",
            f"{rng.randint(100, 900)} Klamath Blvd, Klamath, CA 95548",
            f"{rng.randint(100, 4000)} Terwer Valley Rd, Klamath, CA 95548",
            f"{rng.randint(1000, 9999)} State Hwy 169, Weitchpec, CA 95546",
            f"Sabana Basora {n}, Santa Cruz, Aruba",
            f"{pick(['Caya Punta Brabo', 'Caya Boroncana', 'Seroe Preto', 'Caya Alto Vista'])} {n}, {pick(['Noord', 'San Nicolas', 'Paradera', 'Oranjestad'])}, Aruba",
            f"Kaya {pick(['Nikiboko Zuid', 'Amsterdam', 'Korona', 'Grandi', 'Hulanda'])} {n}, Kralendijk, Bonaire",
            f"Kaminda {pick(['Lagun', 'Goto', 'Brasil'])} {n}, Rincon, Bonaire",
            f"House {rng.randint(100, 999)}, Kuujjuaq QC J0M 1C0",
            f"House {rng.randint(10, 400)}, Inukjuak (Québec) J0M 1M0",
            f"Box {rng.randint(1, 300)}, Puvirnituq QC J0M 1P0",
            f"{rng.randint(1000, 6999)} rue {pick(['Saint-Urbain', 'Clark', 'de Bullion'])}, app. {rng.randint(1, 12)}, Montréal (Québec) H2{pick('TWX')} {rng.randint(1, 9)}{pick('ABCEGHJKL')}{rng.randint(1, 9)}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT76)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1955, 2006)}",
                           f"{subject}_{first}", f"{first}-{last[:3]}"])  # fmt: skip
        domain = rng.choice(["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.com", "frontiernet.net",
                             "sbcglobal.net", "setarnet.aw", "arubanetworks.aw", "flamingotv.aw", "hotmail.nl",
                             "kativik.net", "tamaani.ca", "videotron.ca", "icloud.com", "proton.me"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+91 9{rng.choice('89')}{d(3)} {d(5)}",  # Delhi mobile
            f"9{rng.choice('89')}{d(8)}",
            f"9{rng.choice('789')}{d(3)}-{d(5)}",
            f"0385-24{d(5)}",  # Imphal
            f"(707) 482-{d(4)}",  # Klamath
            f"707-482-{d(4)}",
            f"(530) 625-{d(4)}",  # Weitchpec
            f"+1 707 482 {d(4)}",
            f"+297 58{d(1)} {d(4)}",  # Aruba
            f"+297 56{d(1)} {d(4)}",  # Aruban mobile
            f"59{d(1)} {d(4)}",
            f"+599 717 {d(4)}",  # Bonaire
            f"+599 78{d(1)} {d(4)}",
            f"819-964-{d(4)}",  # Kuujjuaq
            f"(819) 254-{d(4)}",  # Inukjuak
            f"819 988 {d(4)}",  # Puvirnituq
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("34", 15), ("6011", 16),
                                     ("6521", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT76))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT76[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a storage unit's gate keypad, a houseboat's shore-power meter, a
        caravan's 4G router, a PG's wifi, a smart lock on the lodger's door, a house-sit's camera, a removal
        van's tracker, a hostel's printer and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2401:4900:{h()}:{h()}::{h()}", f"2600:387:{h()}:{h()}::{h()}", f"2803:1500:{h()}:{h()}::{h()}",
                         f"2607:f2c0:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the keypad on the storage unit's gate is on {}, it stopped taking my code", v4),
            ("the shore power meter at the mooring reports from {}, it says i owe 40 quid", rng.choice([v4, v6])),
            ("the 4g router in the caravan got {} today, the camera's offline again", v4),
            ("the pg wifi gives me {} and nothing loads after 11", v4),
            ("the smart lock on the lodger's door is {}, can you reset it before she moves in", v4),
            ("the camera at the house-sit is on {}, the dog knocked it over", rng.choice([v4, v6])),
            ("the tracker in the removal van pings from {}, where is it now", v4),
            ("the hostel printer is at {}, i need to print the rent receipt", v4),
            ("the meter's wifi bridge in the river house is {}", v4),
            ("the opnform box for the change of address form is {} port 3000", rng.choice([v4, v6])),
            ("the papra server with the tenancy scans is on {}", rng.choice([v4, v6])),
            ("DB_HOST={}", v4),
            ("MONGO_URI=mongodb://{}:27017/heyform", v4),
            ("      - BASE_URL=http://{}:7575", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-05-31 08:02:17 WARN papra: failed login for 'tenancy' from {}", v4),
            ("[opnform] 2025-05-31T19:44:09Z ERROR too many submissions from {} blocked", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Ukhrul', 'Hungpung', 'Humayunpur'])}{rng.choice(['795142', '110029', '@0385'])}",
                f"{rng.choice(['Klamath', 'Requa', 'Weitchpec'])}{rng.choice(['95548', '95546', '707'])}{rng.choice(['!', '', '#'])}",
                f"{rng.choice(['Noord', 'SantaCruz', 'Kralendijk'])}{rng.choice(['#297', '_599', '2025'])}",
                f"{rng.choice(['Kuujjuaq', 'Inukjuak', 'Salluit'])}_{rng.choice(['J0M1C0', 'J0M1M0', '819'])}",
                rng.choice(["movingday", "houseboat", "lodger", "storage", "boxes"]).translate(leet) + rng.choice(["", "!", "_76"]),
                f"Unit{rng.randint(100, 499)}-Gate{rng.randint(1000, 9999)}",
                f"DPS-{rng.randint(1000, 9999)}-{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}",
                f"{rng.choice(['van', 'keys', 'pg', 'berth'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the landlord's portal password is on the back of the inventory's last page, {}", pw),
            ("the storage company login is scratched on the padlock key fob, {}", pw),
            ("the energy account password is written inside the electricity meter door, {}", pw),
            ("the marina app password is on the shore power card for the mooring, {}", pw),
            ("the van hire login is on a note in the sun visor, {}", pw),
            ("the wifi at the house-sit is in the dog walking notes, {}", pw),
            ("the hostel wifi password is on the back of the mess menu, {}", pw),
            ("the deposit scheme login is on the envelope with the certificate, {}", pw),
            ("i put the bank login on the back of the change of address card by mistake, {}", pw),
            ("the old router password is on the box marked KITCHEN, {}", pw),
            ("the gate code for the storage place is {}, it changes in june", d(4)),
            ("the key safe by the river house door is {}, leave the keys in it", d(4)),
            ("the caravan park's wifi password is {}, pitch 12 gets the best signal", pw),
            ("ok the homarr admin password is {}, add the meter readings widget", pw),
            ("my nestaway account password is {}, check if the rent went through", pw),
            # cues in ways no earlier set used
            ("the password is {}, don't tell the pg uncle", pw),
            ("here's the code, {}, just between us", pw),
            ("e password ta {}, no bisa ningun hende", pw),
            ("the password is {}, ajurnarmat, tell nobody", pw),
            # commands
            ("$ mysql -u opnform -p{} opnform", colonless),
            ("$ psql postgresql://papra:{}@db:5432/papra", colonless),
            ("$ curl -u mover:{} http://homarr.local:7575/api/boards", colonless),
            # pastes
            ("DB_PASSWORD={}", pw),
            ("APP_KEY=base64:{}=", tok(43, alnum)),
            ("JWT_SECRET={}", tok(64, alnum)),
            ("AUTH_SECRET={}", tok(48, alnum)),
            ("SESSION_KEY={}", tok(32, alnum)),
            ("FORM_ENCRYPTION_KEY={}", tok(32, alnum)),
            ("SECRET_ENCRYPTION_KEY={}", tok(64, hexl)),
            ("FRONT_API_SECRET={}", tok(40, alnum)),
            ("MAIL_PASSWORD={}", pw),
            ("REDIS_PASSWORD={}", pw),
            ('DATABASE_URL="postgresql://papra:{}@db:5432/papra"', colonless),
            ("MONGO_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.movesout', 'x-pg7', 'x_houseboat', 'x2boxes')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.movesout",
                f"{last}-pg{rng.randint(1, 9)}",
                f"{first[:1]}{last}.storage",
                f"{first}_houseboat",
                f"{first}.{last}.aw",
                f"kuujjuaq.{first}",
                f"{last}{rng.randint(2, 9)}boxes",
                f"{first}-roomshare{rng.randint(10, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "in": f"{_ordinal(day)} {EN_MONTHS_HELDOUT76[m - 1]} {year}",
            "ind": f"{day:02d}-{m:02d}-{year}",
            "us": f"{EN_MONTHS_HELDOUT76[m - 1]} {day}, {year}",
            "usd": f"{m:02d}/{day:02d}/{year}",
            "pap": f"{day} di {PAP_MONTHS_HELDOUT76[m - 1]} {year}",
            "nl": f"{day} {NL_MONTHS_HELDOUT76[m - 1]} {year}",
            "fr": f"{'1er' if day == 1 else day} {FR_MONTHS_HELDOUT76[m - 1]} {year}",
            "iu": f"{day} {IU_MONTHS_HELDOUT76[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["in", "ind", "us", "usd", "pap", "nl", "fr", "iu", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("i was born on {}, the hostel admission form wants it twice", s["in"]),
            ("the pg owner needs my dob for the police verification, {}", s["ind"]),
            ("the storage place checked my id, born {} it says", s["us"]),
            ("the house-sit agency wants the sitter's date of birth, {}", s["usd"]),
            ("mi a nase {}, the censo asked for it for the new address", s["pap"]),
            ("the cédula says geboren {}, put that on the tenancy form", s["nl"]),
            ("je suis née le {}, the housing bureau file needs it", s["fr"]),
            ("my anaanatsiaq was born {}, the housing office wants it for the lease", s["iu"]),
            ("the mooring licence asks for a date of birth, mine's {}", any_shape),
            ("the removal company's customs form wanted my birthday, i put {}", any_shape),
            ("the letting agent asked for the guarantor's date of birth, {}", any_shape),
            ("Date of Birth (as per Aadhaar): {}", s["ind"]),
            ("DOB: {}", s["usd"]),
            ("Fecha di nacemento: {}", s["pap"]),
            ("Date de naissance : {}", s["fr"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in English, Papiamentu (Aruba's spelling), Dutch, Québec French and Inuktitut in Roman letters
EN_MONTHS_HELDOUT76 = (
    "January February March April May June July August September October November December".split()
)
PAP_MONTHS_HELDOUT76 = (
    "januari februari mart april mei juni juli augustus september october november december".split()
)
NL_MONTHS_HELDOUT76 = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)
FR_MONTHS_HELDOUT76 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
IU_MONTHS_HELDOUT76 = (
    "Jaannuari Viivvuari Maatsi Aipuril Mai Juuni Julai Aaggiisi Sitipiri Utupiri Nuvipiri Tisipiri".split()
)


HELDOUT76_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is helping me carry the sofa down on saturday",
        "can you ask {} if the van is still free for the 14th",
        "{} is moving into the room upstairs next month",
        "{} found me a pg room near the metro, 8k with food",
        "{} is house-sitting for us while we're in eureka, the dog loves her",
        "{} has the spare key to the river house",
        "{} took the meter photos when we handed the keys back",
        "{} rents the storage unit next to mine, full of tools",
        "{} lives on the houseboat at the end of the pontoon",
        "{} is the guarantor on my tenancy, he had to sign too",
        "{} never got the deposit back from that landlord",
        "{} brought the packing boxes from the supermarket",
        "{} shares the flat with me, we split the bills",
        "i owe {} for half the van, remind me",
        "{} drives the pickup with the trailer, call him for the move",
        "{} is my new lodger, she pays on the first",
        "{} got a room in the hostel for girls, finally",
        "{} is shipping the container to rotterdam next week",
        "{} did the inventory and missed the stain on the carpet",
        "{} from the housing office came to read the meters",
        "{} is the one who lives in the caravan by the river",
        "{} changed her address at the bank but not at the post",
        "yes {} has the code for the storage gate",
        "ok so {} is moving out and {} moves in",
        "{} is minding the cat and the plants till august",
        "{} wants the mattress, the rest goes to the tip",
        "{} signed for the keys at the housing bureau",
        "i'm meeting {} at the storage place at 6",
        "{} put her name on the mailbox already lol",
        "{} is the warden on our floor, strict about 10pm",
        "Auntie {} let me stay in the back room all winter",
        "Uncle {} is watching the house and feeding the dogs",
        "shon {} rents out the room behind the house",
        "tanta {} is keeping my boxes till the container comes",
        "tio {} is bringing the pickup at 7",
        "mener {} wants the deposit in cash",
        "anaanatsiaq {} is moving to the new house by the bay",
        "ataatatsiaq {} got the keys for the new unit",
        "{} ma'am said no guests after 9 in the hostel",
        "{} sir is the pg owner, he lives downstairs",
        "Tenant: {}",
        "Guarantor: {}",
        "Landlord: {}",
        "Inkilino: {}",
        "Doño di cas: {}",
        "PG resident: {}",
        "Local guardian: {}",
        "Warden: {}",
        "Room 214: {}",
        "Sitter: {}",
        "Homeowner: {}",
        "Unit renter: {}",
        "Authorised access: {}",
        "Mooring holder: {}",
        "Berth 7: {}",
        "Keys received by: {}",
        "Keys handed over by: {}",
        "Meter read by: {}",
        "Inventory signed: {} (tenant), {} (agent)",
        "Forwarding address for: {}",
        "Adres nobo pa: {}",
        "Removal for: {}",
        "Driver: {}",
        "Buzzer 3B: {}",
        "Mailbox: {}",
        "| 214 | 10x10 | {} | paid |",
        '"tenant_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the van picks up from {} at 8",
        "my new address is {}, update it please",
        "send the deposit letter to {}",
        "the storage unit is behind {}",
        "the room is at {}, ask for the pg uncle",
        "the house-sit is at {}, dog food's in the shed",
        "forward my post to {}",
        "Address: {}",
        "Adres: {}",
        "Adresse : {}",
        "Forwarding address: {}",
        "Deliver to: {}",
        '"new_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the tenancy agreement to {}",
        "the storage invoices come from {}",
        "email the landlord at {} about the boiler",
        "the house-sit host wrote from {}",
        "E-mail (inkilino): {}",
        '"email": "{}",',
        "MAIL_FROM_ADDRESS={}",
        "ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the man with the van's number is {}",
        "call the pg owner on {} when you reach",
        "the landlady's mobile is {}",
        "ring the housing office on {} for the keys",
        "the marina's number is {}, ask about the mooring",
        "Tel.: {}",
        "Telefon: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the van deposit with {}",
        "the storage unit rent goes on {}",
        "the mooring fee went on {}",
        "put the hostel mess bill on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the rent into {}",
        "the landlord wants the deposit to {}",
        "my share of the bills goes to {}",
        "the refund from the storage place goes to {}",
        "IBAN: {}",
        "IBAN (huur): {}",
    ],
    "USERNAME": [
        "my Stashbee host name is {}",
        "on Neighbor.com the garage is listed by {}",
        "the AnyVan driver's profile is {}",
        "on Shiply the mover is {}",
        "my NoBroker login is {}",
        "on NestAway I'm {}",
        "the Stasher host for the bags is {}",
        "on Kamernet the room is posted by {}",
        "my Zumper name is {}",
        "the Magicbricks owner account is {}",
        "on Stashbee the loft space is from {}",
        "the Kamernet account is {}",
        "find the room on NoBroker, {}",
        "on AnyVan my move is under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT76_MIXED = [
    ("Tenant: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Guarantor: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("DB_HOST={}\nDB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:3000/api/forms", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the storage unit's login, it's {}", ["PERSON", "SECRET"]),
    ("PG resident: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Kamernet name is {}, the deposit goes back to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the keys came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the van deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("tanta {} takes bookings for the room on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Forwarding address for: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Landlord: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT76_NEGATIVES = [
    "Ukhrul is the Tangkhul hill town in Manipur",
    "795142 is the Ukhrul postcode",
    "Humayunpur and Munirka are full of students from the northeast",
    "a PG is a paying-guest room, usually with meals",
    "in Indian English you say ma'am after a teacher's first name",
    "Shimray PG for Boys is a guest house, not a person",
    "the hostel gates close at 10 pm",
    "the mess charges are 3500 a month",
    "Klamath is at the mouth of the Klamath River",
    "Weitchpec is where the Trinity meets the Klamath",
    "95548 is the Klamath zip code",
    "Auntie and Uncle are what everyone calls the elders there",
    "Gensaw Storage is a business, not a person",
    "the salmon run is in the fall",
    "Santa Cruz and Noord are districts of Aruba",
    "Aruba has no postcodes",
    "Kralendijk is the capital of Bonaire",
    "shon is a polite word for an older person in Papiamentu",
    "mudansa means moving house in Papiamentu",
    "Croes Mudansa is a removal company, not a person",
    "the Censo is where you register a change of address in Aruba",
    "Kuujjuaq is the biggest village in Nunavik",
    "J0M 1C0 is the Kuujjuaq postal code",
    "anaanatsiaq means grandmother in Inuktitut",
    "the sealift brings the furniture once a summer",
    "room 214 is on the second floor",
    "unit 214 is the 10 by 10 one at the back",
    "berth 7 is on the outside of the pontoon",
    "bay 12 is reserved for the van",
    "meter 04 is the one for the basement flat",
    "the meter read 48213 on the day we moved in",
    "the gas meter was at 1022.4 when we left",
    "rent is 650 a month plus bills",
    "the deposit is five weeks' rent",
    "the pg is 8000 rupees with food",
    "the storage unit is 89 dollars a month",
    "the mooring fee is 1200 florin a year",
    "a 3.5 tonne van fits a two-bedroom flat",
    "the Luton van has a tail lift",
    "we need about 40 boxes and 3 rolls of tape",
    "moving day is Saturday the 14th from 8 am",
    "the keys are handed back at noon on the 31st",
    "the lease starts on 1 June 2025",
    "the tenancy ends on 31-05-2026",
    "the deposit was protected on 02/06/2025",
    "the container ships on the 20th and takes three weeks",
    "check-in at the hostel is from 2 pm",
    "OpnForm 1.5 added file uploads",
    "Papra 0.6 fixed the search",
    "HeyForm 2.0 moved to a new editor",
    "Homarr 1.0 is a full rewrite",
    "fixed in commit 4e8a1c0, see the changelog",
    "APP_KEY=",
    "DB_PASSWORD=<your db password>",
    "JWT_SECRET=changeme",
    "AUTH_SECRET=your-secret-here",
    "card PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "NL91 ABNA 0417 1643 00 is the example IBAN in the docs",
    "GB29 NWBK 6016 1331 9268 19 is the example IBAN in the docs",
    "write to tenant@example.com on the form",
    "192.0.2.76 is a documentation address",
    "198.51.100.76 is a documentation address",
    "2001:db8:76::1 is a documentation address",
    "call 911 for emergencies in the US and Canada",
    "in India the police number is 112",
    "in Aruba the emergency number is 911 too",
    "did the van come yet",
    "the boxes are in the hall by the door",
    "ok the keys are back, finally",
    "yes the room is still free, thanks",
    "THE VAN IS HERE",
    "hey, see you at the new place",
    "bon dia, nos ta mira otro diasabra",
    "ullaakkut, the plane with the boxes is late",
    "which floor is the laundry on",
    "the lift is out so we carry everything up",
    "ikea flatpack takes forever to build",
    "we're moving the fridge last",
]  # fmt: skip


def _typo76(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types with a box in the other hand, a
    moving word's well-known misspelling ('separate' -> 'seperate', 'guarantee' -> 'guarentee',
    'accommodation' -> 'accomodation', 'address' -> 'adress'), or a landlord's listing shorthand creeping
    into chat ('bedroom' -> 'bdrm', 'furnished' -> 'furn', 'including' -> 'incl', 'month' -> 'mo'). Only in
    sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT76.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT76[m.group(1)] + template[m.end() :]
    shorts = list(LISTING_WORD_HELDOUT76.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + LISTING_HELDOUT76[m.group(1)] + template[m.end() :]


def build_heldout76(seed: int = HELDOUT76_SEED) -> list[Example]:
    """Held-out set 76: `Gen76` values in `HELDOUT76_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen76(seed)
    return assemble_module_set(
        gen, HELDOUT76_TEMPLATES, HELDOUT76_MIXED, HELDOUT76_NEGATIVES, _typo76, person=gen.person_for
    )
