"""Held-out PII set 81 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout81": written before round 51 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT81 is empty, as for
held-out 16 to 80; written at the same time as held-out 82, the two authors split the world between them: 81
takes second-hand things and waste (charity shops and consignment, flea and car-boot markets, scrap-metal
and clearance dealers, skip hire, recycling-centre permits, clothing swaps, online resale listings,
pawnbrokers, deposit-return and bottle schemes), 82 takes hosting guests for money); hand-written lists of
the Kalderash Roma of Sliven's Nadezhda quarter (the scrap-metal buyers' yards, the copper and the cauldron
trade, the Sunday flea market on the river and the cousins gone to Ghent; Bulgarian given names as the
quarter gives them ('Zlatko', 'Asen', 'Yanko', 'Stefcho', 'Zlatka', 'Kera', 'Dzhena', 'Sevdalina'),
family names from the old crafts ('Kalaydzhiev', 'Kazandzhiev', 'Bakardzhiev', 'Tenekedzhiev', 'Chaushev')
and a woman's in '-a' ('Kalaydzhieva'), a Bulgarian ID's three names with the father's name in the middle
('Zlatko Asenov Kalaydzhiev', 'Kera Yankova Chausheva'), a scrap buyer's seller log's 'FAMILY, Given
Father's' ('KAZANDZHIEV, Asen Kirilov'), and 'chicho' before a man's and 'lelya' before a woman's given
name, outside the span: 'chicho Yanko', 'lelya Kera'), the Zaramo mitumba traders of Dar es Salaam (the
bales of second-hand clothes opened at dawn in Manzese, Tandale and Buguruni, the shoe pickers, the
Instagram resellers and the pawned phones; Zaramo and coastal given names ('Shabani', 'Mwinyimkuu',
'Athumani', 'Mwanahawa', 'Mwajuma', 'Mwanjaa', 'Sikudhani'), Zaramo family names ('Kondo', 'Pazi',
'Kibwana', 'Mbonde', 'Kisoma', 'Mnyamani', 'Mwinyimvua'), the three names of a Tanzanian form, the
father's given name in the middle ('Shabani Hamisi Kondo'), a market levy register's 'FAMILY Given I.'
('PAZI Mwajuma R.'), and 'mjomba' before a man's and 'shangazi' before a woman's given name, outside the
span), the Saterland Frisians of Ramsloh, Strücklingen and Scharrel (the bottle-deposit machines, the
Wertstoffhof's permits, the skip hired for a clear-out, the church's Sozialkaufhaus and the village
Flohmarkt; Catholic Oldenburger Münsterland given names ('Hinnerk', 'Tönjes', 'Clemens', 'Hermann-Josef',
'Gesina', 'Mechthild', 'Walburga', 'Tini'), Saterland family names ('Tapken', 'Bohlken', 'Deeken',
'Wreesmann', 'Thoben', 'Olberding', 'Wienken'), a German list's 'Family, Given' ('Tapken, Hinnerk'), a farm
name after 'gen.' ('Tönjes Thoben gen. Olberding') and a married woman's birth name after 'geb.' inside the
span ('Gesina Bohlken geb. Tapken')) and the Ozark hill people of Stone County, Arkansas and Howell County,
Missouri (the pawn shops, the swap meets and the flea markets on the highway, the scrap yard, the church
consignment sale and the online listings; Ozark given names ('Dewey', 'Virgil', 'Arvel', 'Coy', 'Billy
Ray', 'Opal', 'Oleta', 'Imogene', 'Ozella', 'Norma Jean'), Ozark family names ('Plumlee', 'Blevins',
'Sutterfield', 'Chitwood', 'Rorie', 'Stockstill', 'Coger'), a pawn ticket's 'FAMILY, GIVEN I.' in capitals
('PLUMLEE, DEWEY L.'), a 'Jr.' after the name ('Virgil Chitwood Jr.'), and 'Pawpaw' before a man's and
'Mamaw' before a woman's given name, as grandchildren say, outside the span); names on a consignment slip
and a pawn ticket, a scrap-metal seller log, a resale seller profile, a swap-event sign-up sheet, a
skip-permit application, a recycling-centre permit, a flea-market pitch list, a bale delivery note, a
charity shop's volunteer rota and gift-aid form, a clearance job sheet, a listing's credits and an
invoice; a scrap yard, a wholesaler, a skip firm or a pawn shop that carries a family name ('Kalaydzhiev
Skrap EOOD', 'Kondo Mitumba Wholesale', 'Tapken Containerdienst', 'Plumlee Pawn & Gun') no person either,
a ticket's, a slip's, a pitch's, a bale's, a skip's, a permit's or a lot's number no secret; a consignment
slip's ('Consignor:', 'Kommissionär:'), a pawn ticket's ('Pledgor:', 'Redeemed by:'), a scrap log's
('Prodavach:', 'Seller (ID checked):', 'Weighed by:'), a resale profile's ('Seller:', 'Listed by:'), a swap
sign-up's ('Swapper:', 'Rail helper:'), a skip permit's ('Antragsteller:', 'Permit applicant:'), a
Wertstoffhof card's ('Karteninhaber:'), a pitch list's ('Pitch 12:', 'Stand 7:'), a bale note's ('Mpokeaji:',
'Dalali:'), a charity rota's ('Till:', 'Sorting room:', 'Gift Aid declared by:'), a clearance sheet's
('Clearance for:', 'Key holder:'), a listing's ('Photos by:', 'Shipped by:') and an invoice's ('Rechnung an:',
'Faktura na:', 'Ankara kwa:', 'Bill to:') fields; over three quarters of the sentences typed to the bot or a
friend: the copper wire weighed at the yard and the ID the buyer wants, the bale that came full of winter
coats, the shoe picker's good pairs, the phone in pawn and the ticket that runs out on friday, the deposit
machine that won't take the crate, the Wertstoffhof card, the skip on the road and its permit, the church
jumble sale, the clothing swap's sign-up, the car-boot pitch at 6 a.m., the flea market's stall, the
consignment slip's split and the listing that sold; self-hosted apps' config no earlier set pasted: Open
Source Point of Sale's .env for the charity shop's till, Spree Commerce's .env for the resale shop, EverShop's
.env for the consignment store and Shuup's settings for the flea market's online stall; those regions'
addresses (Sliven's 'ul. Tsar Simeon 14, 8800 Sliven', the Nadezhda quarter's block, entrance, floor and flat
'kv. Nadezhda, bl. 12, vh. B, et. 3, ap. 41, 8800 Sliven', Ghent's 'Dampoortstraat 112, 9000 Gent', Dar es
Salaam's plot and block ('Plot 45, Block C, Mtaa wa Mvuleni, Manzese, Ubungo, Dar es Salaam') and a house
by a landmark ('Nyumba Na. 17, Tandale kwa Mtogole, karibu na msikiti, Kinondoni, Dar es Salaam'), Saterland's
'Hauptstraße 512, 26683 Saterland' with the village after a dash ('Am Bahnhof 3, 26683 Saterland-Ramsloh'),
Cloppenburg's '49661', an Ozark highway contract route's box ('HC 72 Box 114, Mountain View, AR 72560'), a
rural route's 'RR 3 Box 22B, Alton, MO 65606' and a county road's '1204 County Road 340, West Plains, MO 65775')
and phones (Sliven's '044', Bulgarian mobiles '087', '089' and '+359 87', Ghent's '09', Tanzanian mobiles
'07xx' and '06xx' and '+255', Dar's '022', Saterland's '04498' and '04492', Cloppenburg's '04471', German mobiles
'015x', '016x', '017x' and '+49', Mountain View's '(870) 269', West Plains' '417-256' and '+1'); Visa, Mastercard
51 and 2221, Amex 37, JCB 3528 and Discover 65 as a pawn loan's interest, a skip, a consignment fee, a pitch or
a bale take them; IBANs of Bulgaria, Belgium, Germany and Poland; IPs of the scrap yard's weighbridge, the
deposit machine, the charity shop's till, the pawn shop's camera, the skip firm's truck tracker, the
Wertstoffhof's barrier, the swap event's wifi, a bale warehouse's label printer, the flea market's card
reader and the pastes above, v6 in 2a01:5a8:, 2c0f:fe38:, 2003:e1: and 2600:1700: ranges; passwords handed
over in ways no earlier set used (on the back of the pawn ticket, on the weighbridge's printout, under the
deposit machine's service flap, on the bale's tag, on the skip permit's copy, on the consignment slip's
carbon, on the jumble sale's float tin, on the swap rail's hanger tag, in the clearance van's glovebox),
Sliven ('Sliven8800', 'Nadezhda#044'), Dar ('Manzese255!', 'Mitumba_07'), Saterland ('Ramsloh26683',
'Seelter#04498'), the Ozarks ('Ozark72560', 'WestPlains#417'), trade words in leetspeak ('p4wnsh0p',
'r3cycl3'), a pawn ticket and its year ('Ticket4417-2025') and a bale's weight and grade ('Bale45kg-A'), and
cues in Romani ('o shifro si ..., na phen khanikaske'), Swahili ('neno la siri ni ..., usimwambie mtu
yeyote'), Saterland Frisian ('dät Paaswoud is ..., fertääl dät naan') and Ozark English ('the password is
..., don't go tellin nobody'); usernames on bazar.bg, Kupatana, Sellpy, momox fashion, ShopGoodwill,
OfferUp, PawnGuru, ThredUp, Spree and a Freecycle group, shapes like 'x.skrap', 'x_bale45', 'x-pawn7',
'xx.flohmarkt', 'manzese.x', 'x44sliven', 'xx.swap' and 'x.jr'; dates of birth for a scrap seller's log, a pawn
ticket, a skip permit, a market trader's licence, a swap sign-up and a Wertstoffhof card, in Bulgarian
transliterated ('Data na razhdane: 14.03.1958'), Swahili ('nilizaliwa tarehe 14 Machi 1958'), a Tanzanian
form's 'Tarehe ya kuzaliwa: 14/03/1958', German ('Geburtsdatum: 14.03.1958', 'geboren am 14. März 1958'), an
American pawn ticket's month first without zeros ('DOB 3/14/1958'), Ozark English ('born March 14, 1958') and
an export's ISO date; typos as someone types at a stall: a trade word's well-known misspelling ('receipt' ->
'reciept', 'bargain' -> 'bargin', 'jewellery' -> 'jewelery', 'furniture' -> 'furnature', 'guarantee' ->
'guarentee'), or a stall-holder's shorthand creeping into chat ('pieces' -> 'pcs', 'please' -> 'pls', 'because'
-> 'cos', 'message' -> 'msg', 'about' -> 'abt'); negatives with the same regions' places, the titles and the
name forms explained, ticket, slip, pitch, bale, skip, permit and lot numbers alone, weights and prices, the
deposit per bottle, opening times, dates that are no birthdays, postcodes alone, businesses named after
families, versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder
e-mail, documentation IPs (v4 and v6), emergency numbers every user shares, and short everyday chat; no
public figure is named).

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

HELDOUT81_SEED = 8361507
# no faker name locale, as in held-out 16 to 80: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT81: list[str] = []
# second-hand things and waste (held-out 82, written at the same time, takes hosting guests for money); each
# origin: (men's given names, women's given names, family names); ';' separates names, as some hold a space
NAMES_HELDOUT81: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Kalderash Roma of Sliven's Nadezhda quarter: scrap-metal buyers, copper and cauldrons, the river flea
    # market (a woman's family name takes '-a', see _bulgarian_feminine)
    "kalderash": ("Zlatko;Asen;Sasho;Kiril;Yanko;Mitko;Angel;Kolyo;Stefcho;Trayan".split(";"),
                  "Zlatka;Mariyka;Radka;Velichka;Kera;Dzhena;Stanka;Zhivka;Tsvetelina;Sevdalina".split(";"),
                  "Kalaydzhiev;Kazandzhiev;Bakardzhiev;Tenekedzhiev;Demirov;Chaushev;Mustakov;Ruskov;Cherkezov;Kurtev;Zlatarov;Kovachev".split(";")),
    # Zaramo mitumba traders of Dar es Salaam: second-hand clothes bales in Manzese, Tandale and Buguruni
    "zaramo": ("Shabani;Ramadhani;Hamisi;Selemani;Mwinyimkuu;Athumani;Omari;Rashidi;Mussa;Kassimu".split(";"),
               "Mwanahawa;Mwajuma;Zuhura;Rehema;Mwanamisi;Tatu;Mwanaidi;Halima;Mwanjaa;Sikudhani".split(";"),
               "Kondo;Pazi;Kibwana;Mbonde;Kisoma;Kilamba;Mkumba;Mnyamani;Kihiyo;Mgeni;Mwinyimvua;Kitwana".split(";")),
    # Saterland Frisians of Ramsloh, Strücklingen and Scharrel: bottle deposits, the Wertstoffhof, skips, the
    # Sozialkaufhaus and the village Flohmarkt
    "saterland": ("Hinnerk;Tönjes;Gerd;Clemens;Alfons;Ewald;Heiner;Wilm;Hermann-Josef;Bernd".split(";"),
                  "Gesina;Hedwig;Mechthild;Tini;Walburga;Agnes;Anneliese;Gertrud;Helene;Brigitte".split(";"),
                  "Tapken;Bohlken;Deeken;Wreesmann;Thoben;Olberding;Rüsing;Lübbers;Schnieders;Wienken;Hilbers;Kösters".split(";")),
    # Ozark hill people of Stone County, Arkansas and Howell County, Missouri: pawn shops, swap meets, flea
    # markets, the scrap yard and the church consignment sale
    "ozark": ("Dewey;Orville;Virgil;Loyd;Billy Ray;Carl Dean;Delmer;Arvel;Coy;Elzie".split(";"),
              "Opal;Oleta;Wanda;Imogene;Verna;Loretta;Bonnie Sue;Reba;Ozella;Norma Jean".split(";"),
              "Plumlee;Blevins;Sutterfield;Hensley;Chitwood;Rorie;Tabor;Stockstill;Treat;Coger;Sizemore;Wiseman".split(";")),
}  # fmt: skip
# a Bulgarian father's name as the middle name ('Asen' -> 'Asenov', a daughter's 'Asenova')
PATRONYMIC_HELDOUT81 = {
    "Zlatko": "Zlatkov", "Asen": "Asenov", "Sasho": "Sashov", "Kiril": "Kirilov", "Yanko": "Yankov",
    "Mitko": "Mitkov", "Angel": "Angelov", "Kolyo": "Kolev", "Stefcho": "Stefchov", "Trayan": "Trayanov",
}  # fmt: skip
# a title next to the name (outside the span), with the origin and whether a woman
TITLED_HELDOUT81: dict[str, tuple[str, bool]] = {
    "chicho": ("kalderash", False),  # Bulgarian 'uncle', to an older man of the quarter
    "lelya": ("kalderash", True),  # and 'aunt'
    "mjomba": ("zaramo", False),  # Swahili 'uncle' (mother's brother), to an older trader
    "shangazi": ("zaramo", True),  # and 'aunt' (father's sister)
    "pawpaw": ("ozark", False),  # Ozark 'grandpa'
    "mamaw": ("ozark", True),  # and 'grandma'
}
TITLE_SLOT_HELDOUT81 = re.compile(
    r"(?<![\w'.-])(Chicho|Lelya|Mjomba|Shangazi|Pawpaw|Mamaw) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Sliven scrap dealer's and his cousin's in Ghent, a Saterlander's and a bale
# exporter's in Poland
IBAN_SHAPES_HELDOUT81 = {"BG": "4a6n8c", "BE": "12n", "DE": "18n", "PL": "24n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT81 = ["skrap", "metal", "med", "mitumba", "marobota", "viatu", "pfand", "flohmarkt",
                      "wertstoffhof", "container", "sozialkaufhaus", "kleiderboerse", "pawn", "swapmeet",
                      "fleamarket", "consign", "jumble", "carboot", "resale", "clearance", "swap", "bottles"]  # fmt: skip
# a trade word and its well-known misspelling
MISSPELT_HELDOUT81 = {
    "receipt": "reciept", "bargain": "bargin", "jewellery": "jewelery", "furniture": "furnature",
    "guarantee": "guarentee", "business": "buisness", "vacuum": "vaccum", "weird": "wierd",
    "until": "untill", "tomorrow": "tommorow", "occasionally": "occasionaly", "embarrassing": "embarassing",
    "antique": "antiqe", "aluminium": "aluminum", "collectible": "collectable",
}  # fmt: skip
MISSPELT_WORD_HELDOUT81 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT81, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a stall-holder's shorthand creeping into chat
STALL_HELDOUT81 = {
    "pieces": "pcs", "please": "pls", "because": "cos", "message": "msg", "about": "abt",
    "tonight": "2nite", "going to": "gonna", "want to": "wanna", "kilos": "kg", "thanks": "ta",
}  # fmt: skip
STALL_WORD_HELDOUT81 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(STALL_HELDOUT81, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Tönjes' -> 'Tonjes', 'Rüsing' -> 'Rusing')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Billy Ray' -> 'billyray',
    'Hermann-Josef' -> 'hermannjosef')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _bulgarian_feminine(name: str) -> str:
    """A Bulgarian family name or father's name as a woman carries it ('Kalaydzhiev' -> 'Kalaydzhieva',
    'Asenov' -> 'Asenova')."""
    return name + "a" if name.endswith(("ov", "ev")) else name


class Gen81(Gen3):
    """Generators for held-out set 81: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT81; a Kalderash woman's family name
        in '-a'."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT81))
        men, women, lasts = NAMES_HELDOUT81[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        if origin == "kalderash" and woman:
            last = _bulgarian_feminine(last)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "kalderash":
            father = rng.choice(sorted(PATRONYMIC_HELDOUT81))
            middle = PATRONYMIC_HELDOUT81[father]
            middle = _bulgarian_feminine(middle) if woman else middle
            if r < 0.3:  # a Bulgarian ID: 'Zlatko Asenov Kalaydzhiev'
                return f"{first} {middle} {last}"
            if r < 0.5:  # a scrap buyer's seller log: 'KAZANDZHIEV, Asen Kirilov'
                return f"{last.upper()}, {first} {middle}"
        if origin == "zaramo":
            father = rng.choice(NAMES_HELDOUT81["zaramo"][0])
            if r < 0.3:  # a Tanzanian form: 'Shabani Hamisi Kondo'
                return f"{first} {father} {last}"
            if r < 0.5:  # a market levy register: 'PAZI Mwajuma R.'
                return f"{last.upper()} {first} {father[0]}."
        if origin == "saterland":
            other = rng.choice([x for x in NAMES_HELDOUT81["saterland"][2] if x != last])
            if r < 0.25:  # a German list: 'Tapken, Hinnerk'
                return f"{last}, {first}"
            if r < 0.4:  # a farm name: 'Tönjes Thoben gen. Olberding'
                return f"{first} {last} gen. {other}"
            if r < 0.55 and woman:  # her birth name: 'Gesina Bohlken geb. Tapken'
                return f"{first} {last} geb. {other}"
        if origin == "ozark":
            if r < 0.25:  # a pawn ticket: 'PLUMLEE, DEWEY L.'
                return f"{last.upper()}, {first.split()[0].upper()} {rng.choice('ACEJLMRW')}."
            if r < 0.4 and not woman:  # 'Virgil Chitwood Jr.'
                return f"{first} {last} Jr."
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.68:
            name = self._full(origin, first, last, woman)
        elif r < 0.88:
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
        """A given name for a title written next to it ('chicho Yanko', 'lelya Kera', 'mjomba Shabani',
        'shangazi Zuhura', 'Pawpaw Dewey', 'Mamaw Opal'), from the origin that uses it."""
        origin, woman = TITLED_HELDOUT81[title.lower()]
        _, first, _, _ = self._origin_name(origin, woman)
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT81.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 160)
        shapes = [
            f"ul. {pick(['Tsar Simeon', 'Hadzhi Dimitar', 'Rakovska', 'Mesta', 'Stara planina'])} {rng.randint(1, 90)}, 8800 Sliven",
            f"kv. Nadezhda, bl. {rng.randint(1, 40)}, vh. {pick('ABVG')}, et. {rng.randint(1, 8)}, ap. {rng.randint(1, 90)}, 8800 Sliven",
            f"kv. Nadezhda, ul. {pick(['Vasil Levski', 'Georgi Rakovski', 'Nikola Karev'])} {rng.randint(1, 120)}, 8800 Sliven",
            f"{pick(['Dampoortstraat', 'Sleepstraat', 'Wondelgemstraat', 'Brugse Steenweg'])} {n}, 9000 Gent",
            f"Plot {rng.randint(1, 300)}, Block {pick('ABCDE')}, Mtaa wa {pick(['Mvuleni', 'Kilimahewa', 'Mianzini', 'Mnazi Mmoja'])}, Manzese, Ubungo, Dar es Salaam",
            f"Nyumba Na. {rng.randint(1, 90)}, Tandale kwa Mtogole, karibu na {pick(['msikiti', 'soko', 'kituo cha daladala'])}, Kinondoni, Dar es Salaam",
            f"Mtaa wa {pick(['Malapa', 'Majumba Sita', 'Madenge'])}, Buguruni, Ilala, Dar es Salaam",
            f"{pick(['Hauptstraße', 'Ramsloher Straße', 'Scharreler Damm', 'Kirchstraße', 'Hollener Straße'])} {rng.randint(1, 600)}, 26683 Saterland",
            f"{pick(['Am Bahnhof', 'Friesoyther Straße', 'Utender Weg', 'Marienweg'])} {rng.randint(1, 90)}, 26683 Saterland-{pick(['Ramsloh', 'Strücklingen', 'Scharrel', 'Sedelsberg'])}",
            f"{pick(['Lange Straße', 'Mühlenstraße', 'Osterstraße', 'Emsteker Straße'])} {rng.randint(1, 120)}, 49661 Cloppenburg",
            f"HC {rng.randint(60, 79)} Box {rng.randint(10, 400)}, {pick(['Mountain View, AR 72560', 'Fifty-Six, AR 72533', 'Timbo, AR 72680'])}",
            f"RR {rng.randint(1, 6)} Box {rng.randint(1, 99)}{pick(['', 'A', 'B'])}, {pick(['Alton, MO 65606', 'Willow Springs, MO 65793', 'Pomona, MO 65789'])}",
            f"{rng.randint(100, 9999)} County Road {rng.randint(100, 999)}, West Plains, MO 65775",
            f"{rng.randint(100, 999)} {pick(['W Main St', 'Sylamore Ave', 'Washington St', 'E Court St'])}, {pick(['Mountain View, AR 72560', 'West Plains, MO 65775'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT81)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}_{subject}", f"{first}{rng.randint(1950, 2008)}",
                           f"{subject}{first}", f"{last}.{first[:3]}"])  # fmt: skip
        domain = rng.choice(["abv.bg", "mail.bg", "dir.bg", "gmail.com", "telenet.be", "yahoo.com",
                             "hotmail.com", "ewetel.net", "t-online.de", "web.de", "gmx.de", "windstream.net",
                             "centurytel.net", "att.net", "outlook.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"044 {d(2)} {d(2)} {d(2)}",  # Sliven
            f"+359 44 {d(3)} {d(3)}",
            f"08{rng.choice('79')} {d(3)} {d(4)}",  # Bulgarian mobiles
            f"+359 8{rng.choice('79')} {d(3)} {d(4)}",
            f"09 {d(3)} {d(2)} {d(2)}",  # Ghent
            f"07{rng.choice('1567')}{d(1)} {d(3)} {d(3)}",  # Tanzanian mobiles
            f"06{rng.choice('58')}{d(1)} {d(3)} {d(3)}",
            f"+255 7{rng.choice('1567')}{d(1)} {d(3)} {d(3)}",
            f"022 2{d(2)} {d(4)}",  # Dar es Salaam
            f"04498 {d(4)}",  # Ramsloh
            f"04492 {d(4)}",  # Strücklingen
            f"04471 {d(5)}",  # Cloppenburg
            f"01{rng.choice(['51', '60', '72', '76'])} {d(8)}",  # German mobiles
            f"+49 1{rng.choice(['51', '60', '72'])} {d(8)}",
            f"(870) 269-{d(4)}",  # Mountain View
            f"417-256-{d(4)}",  # West Plains
            f"+1 870 {d(3)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("2221", 16), ("37", 15),
                                     ("3528", 16), ("65", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT81))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT81[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the scrap yard's weighbridge, the deposit machine, the charity shop's
        till, the pawn shop's camera, the skip firm's truck tracker, the Wertstoffhof's barrier, the swap
        event's wifi, a bale warehouse's label printer, the flea market's card reader and this set's pastes;
        v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a01:5a8:{h()}:{h()}::{h()}", f"2c0f:fe38:{h()}:{h()}::{h()}", f"2003:e1:{h()}:{h()}::{h()}",
                         f"2600:1700:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the weighbridge at the scrap yard is on {}, it printed zero kilos for the copper again", v4),
            ("the deposit machine at the supermarket got {} and now it won't take crates", v4),
            ("the charity shop till is {}, it stopped printing the gift aid slips", rng.choice([v4, v6])),
            ("the camera in the pawn shop answers on {}, it missed the whole afternoon", v4),
            ("the tracker on the skip lorry pings from {}, the skip is still on the wrong road", v4),
            ("the barrier at the wertstoffhof is {}, nobody with a card could get in", rng.choice([v4, v6])),
            ("the wifi at the clothing swap gave me {} and the sign-up form won't load", v4),
            ("the label printer in the bale warehouse is {}, the grades came out blank", v4),
            ("the card reader at the flea market stall is on {} port 8443", rng.choice([v4, v6])),
            ("the ospos box for the charity shop runs on {}", rng.choice([v4, v6])),
            ("the spree shop for the resale listings is on {}", v4),
            ("DATABASE_URL=postgres://spree@{}:5432/spree_production", v4),
            ("MYSQL_HOST_NAME={}", v4),
            ("DB_HOST={}", v4),
            ("SHUUP_DB_HOST = '{}'", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-06-07 06:12:44 WARN ospos: login failed for 'till2' from {}", v4),
            ("[evershop] 2025-06-08T05:58:10Z ERROR too many admin login attempts from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Sliven', 'Nadezhda', 'Kalaydzhi'])}{rng.choice(['8800', '#044', '!2025'])}",
                f"{rng.choice(['Manzese', 'Mitumba', 'Tandale'])}{rng.choice(['255!', '_07', '#022'])}",
                f"{rng.choice(['Ramsloh', 'Seelter', 'Strucklingen'])}{rng.choice(['26683', '#04498', '_pfand'])}",
                f"{rng.choice(['Ozark', 'WestPlains', 'Sylamore'])}{rng.choice(['72560', '#417', '!870'])}",
                rng.choice(["pawnshop", "recycle", "mitumba", "flohmarkt", "scrapyard"]).translate(leet) + rng.choice(["", "!", "_81"]),
                f"Ticket{rng.randint(1000, 9999)}-{rng.randint(2019, 2026)}",
                f"Bale{rng.randint(20, 90)}kg-{rng.choice('ABC')}",
                f"{rng.choice(['skip', 'swap', 'pawn', 'jumble'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the pawn shop's online account password is on the back of the pawn ticket, {}", pw),
            ("the yard's portal login is on the weighbridge printout, {}", pw),
            ("the service password for the deposit machine is under the flap, {}", pw),
            ("the bale supplier's portal login is on the bale tag, {}", pw),
            ("the skip firm's app password is on my copy of the skip permit, {}", pw),
            ("the consignment store login is on the carbon of the consignment slip, {}", pw),
            ("the till password for the jumble sale is taped inside the float tin, {}", pw),
            ("the swap sign-up admin password is on the hanger tag on rail 2, {}", pw),
            ("the clearance van's tracker login is in the glovebox, {}", pw),
            ("the padlock on the scrap cage is {}, lock it when you leave", d(4)),
            ("the charity shop back door code is {}, the manager changes it every month", d(4)),
            ("ok the ospos admin password is {}, put the new donations in before saturday", pw),
            ("my sellpy password is {}, check if the coats sold", pw),
            # cues in ways no earlier set used
            ("o shifro si {}, na phen khanikaske", pw),
            ("neno la siri ni {}, usimwambie mtu yeyote", pw),
            ("dät Paaswoud is {}, fertääl dät naan", pw),
            ("the password is {}, don't go tellin nobody", pw),
            # commands
            ("$ psql postgres://spree:{}@localhost:5432/spree_production", colonless),
            ("$ mysql -u ospos -p{} -h ospos-db ospos", colonless),
            ("$ PGPASSWORD={} psql -h db -U evershop evershop", colonless),
            # pastes
            ("SECRET_KEY_BASE={}", tok(64, hexl)),
            ("MYSQL_PASSWORD={}", pw),
            ('DATABASE_URL="postgres://spree:{}@db:5432/spree_production"', colonless),
            ("ENCRYPTION_KEY={}", tok(32, hexl)),
            ("DB_PASSWORD={}", pw),
            ("SHUUP_SECRET_KEY = '{}'", tok(50, alnum)),
            ("SHUUP_DB_PASSWORD = '{}'", pw),
            ("SMTP_PASSWORD={}", pw),
            ("MYSQL_ROOT_PASSWORD={}", pw),
            ("COOKIE_SECRET={}", tok(40, alnum)),
            ("REDIS_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.skrap', 'x_bale45', 'x-pawn7', 'manzese.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.skrap",
                f"{first}_bale{rng.randint(20, 90)}",
                f"{last}-pawn{rng.randint(1, 9)}",
                f"{first[:1]}{last}.flohmarkt",
                f"manzese.{first}",
                f"{first}{rng.choice(['44', '88'])}sliven",
                f"{first[:1]}{last[:4]}.swap",
                f"{last}.jr",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format; a child's (for a
        swap or a school jumble sale) about a fifth of the time."""
        if self.rng.random() < 0.2:
            dt = self.f().date_of_birth(minimum_age=5, maximum_age=17)
        else:
            dt = self.f().date_of_birth(minimum_age=18, maximum_age=88)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "bg": f"{day:02d}.{m:02d}.{year}",
            "sw": f"{day} {SW_MONTHS_HELDOUT81[m - 1]} {year}",
            "tz": f"{day:02d}/{m:02d}/{year}",
            "de": f"{day}. {DE_MONTHS_HELDOUT81[m - 1]} {year}",
            "us": f"{m}/{day}/{year}",
            "oz": f"{EN_MONTHS_HELDOUT81[m - 1]} {day}, {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["bg", "sw", "tz", "de", "us", "oz", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the scrap yard wants my date of birth for the seller log, it's {}", s["bg"]),
            ("roden sam na {}, pishi go v dnevnika na izkupuvaneto", s["bg"]),
            ("nilizaliwa tarehe {}, wanataka kwa leseni ya soko", s["sw"]),
            ("mwanangu alizaliwa {}, the swap sign-up asks for it", s["sw"]),
            ("ich bin geboren am {}, das steht auf der Wertstoffhof-Karte", s["de"]),
            ("meine Mutter ist am {} geboren, für den Antrag auf den Container", s["de"]),
            ("born {}, the pawn shop needs it on the ticket", s["oz"]),
            ("pawpaw was born {} if the consignment form asks", s["oz"]),
            ("the market trader's licence wants a date of birth, mine is {}", any_shape),
            ("the skip permit form asked for my birthday, {}", any_shape),
            ("the charity shop needs the new volunteer's date of birth, {}", any_shape),
            ("Data na razhdane: {}", s["bg"]),
            ("Tarehe ya kuzaliwa: {}", s["tz"]),
            ("Geburtsdatum: {}", s["bg"]),
            ("DOB {}", s["us"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in Swahili, German and English
SW_MONTHS_HELDOUT81 = (
    "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split()
)
DE_MONTHS_HELDOUT81 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
EN_MONTHS_HELDOUT81 = (
    "January February March April May June July August September October November December".split()
)


HELDOUT81_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} took the copper wire to the yard, they paid by the kilo",
        "can you ask {} if the scrap buyer still wants the old radiators",
        "{} weighed in two cauldrons and a boiler this morning",
        "{} has a stall at the sunday flea market by the river",
        "{} went to ghent again, the cousins sell at the market there",
        "{} opened the new bale at 6 and it was all winter coats",
        "{} picks the good shoes before the market opens",
        "{} sells the mitumba jeans on instagram now",
        "{} put her phone in pawn until the end of the month",
        "{} is doing the till at the sozialkaufhaus on thursday",
        "{} hired the skip for the barn clear-out",
        "{} needs the permit for the skip on the road, ring the council",
        "{} has the wertstoffhof card, ask him to take the fridge",
        "{} brought three crates of bottles for the deposit",
        "{} runs the flohmarkt at the school every spring",
        "{} bought the whole table of antique tools lol",
        "{} pawned his rifle again, same as every winter",
        "{} got the ring back out of pawn just in time",
        "{} has the booth by the door at the swap meet",
        "{} sorts the donations in the back room, ask her about the furniture",
        "{} signed up for the clothing swap, she's bringing two bags",
        "{} listed the quilt online and it sold in an hour",
        "{} cleared out his mother's house, the van is full",
        "i owe {} for half the pitch fee, remind me",
        "{} has the key to the scrap cage",
        "{} is the consignor on the oak dresser",
        "{} is the new manager at the charity shop, send the rota to her",
        "{} does the pricing on saturday mornings",
        "{} is treasurer for the jumble sale, ask her about the float",
        "ok so {} does the till and {} the sorting room",
        "{} got a bargain on the brass bed",
        "{} runs the car boot on the church field",
        "{} found a gold watch in a bag of donations",
        "{} delivers the bales from the port on tuesdays",
        "yes {} is bringing the hangers for the swap",
        "i'm meeting {} at the yard at 9",
        "{} still hasn't picked up the dresser, it's been three weeks",
        "chicho {} buys the aluminium cans at the back of the quarter",
        "lelya {} sells the old pans at the flea market",
        "mjomba {} opens the bales in manzese",
        "shangazi {} has the kanga stall next to the shoe pickers",
        "Pawpaw {} took the old truck to the scrap yard",
        "Mamaw {} prices everything at the church consignment sale",
        "Consignor: {}",
        "Kommissionär: {}",
        "Pledgor: {}",
        "Redeemed by: {}",
        "Prodavach: {}",
        "Seller (ID checked): {}",
        "Weighed by: {}",
        "Seller: {}",
        "Listed by: {}",
        "Swapper: {}",
        "Rail helper: {}",
        "Antragsteller: {}",
        "Permit applicant: {}",
        "Karteninhaber: {}",
        "Pitch 12: {}",
        "Stand 7: {}",
        "Mpokeaji: {}",
        "Dalali: {}",
        "Till: {}",
        "Sorting room: {}",
        "Gift Aid declared by: {}",
        "Clearance for: {}",
        "Key holder: {}",
        "Photos by: {}",
        "Shipped by: {}",
        "Rechnung an: {}",
        "Faktura na: {}",
        "Ankara kwa: {}",
        "Bill to: {}",
        "| 2025-06-07 | copper, 42 kg | {} | paid |",
        '"consignor_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the clearance is at {}, bring the big van",
        "my new address is {}, change it on the pawn ticket",
        "send the bale invoice to {}",
        "the skip goes in front of {}",
        "the scrap buyer collects from {} on mondays",
        "drop the donations at {} before 4",
        "the swap is at the hall near {}",
        "Adres: {}",
        "Anschrift: {}",
        "Anwani: {}",
        "Collection address: {}",
        "Stellplatz für Container: {}",
        '"pickup_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the consignment slip to {}",
        "the skip confirmations come from {}",
        "email the flea market at {} about the pitch",
        "the swap reminders come from {}",
        "E-Mail des Antragstellers: {}",
        '"email": "{}",',
        "ADMIN_EMAIL={}",
        "MAIL_FROM={}",
    ],
    "PHONE_NUMBER": [
        "the scrap buyer's number is {}",
        "call the skip firm on {} if it's not there by 8",
        "the pawn shop's number is {}",
        "ring the bale man on {} before you go",
        "the charity shop's number is {}, they answer after 10",
        "Tel.: {}",
        "Simu: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the pawn interest with {}",
        "the skip went on {}",
        "the consignment fee went on {}",
        "put the pitch fee on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay for the copper into {}",
        "the skip firm wants the deposit to {}",
        "send my share of the bale to {}",
        "the consignment payout goes to {}",
        "IBAN: {}",
        "Bankverbindung (IBAN): {}",
    ],
    "USERNAME": [
        "my bazar.bg name is {}",
        "on Kupatana the shoe seller is {}",
        "the Sellpy account for the shop is {}",
        "on momox fashion i'm {}",
        "my ShopGoodwill login is {}",
        "on OfferUp the truck is listed by {}",
        "the PawnGuru profile is {}",
        "on ThredUp the coats were bought by {}",
        "my Freecycle group name is {}",
        "the spree admin is {}",
        "on bazar.bg the cauldron seller is {}",
        "the OfferUp account is {}",
        "find the bales on Kupatana, {}",
        "on Sellpy my bag is under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT81_MIXED = [
    ("Prodavach: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Consignor: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("DATABASE_URL=postgres://spree@{}:5432/spree_production\nSECRET_KEY_BASE={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:3000/api/v2/platform/products", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the till, it's {}", ["PERSON", "SECRET"]),
    ("Pledgor: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Sellpy name is {}, pay my share to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the skip came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the bale with {}", ["PERSON", "CREDIT_CARD"]),
    ("mjomba {} takes the bale orders on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Clearance for: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Rechnung an: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT81_NEGATIVES = [
    "Sliven is a town in the south-east of Bulgaria under the Blue Rocks",
    "Nadezhda is a quarter of Sliven",
    "8800 is the Sliven postcode",
    "chicho and lelya mean uncle and aunt in Bulgarian",
    "Kalaydzhiev Skrap EOOD is a scrap yard, not a person",
    "a Bulgarian woman's family name ends in -a",
    "copper is 14 leva a kilo at the yard this week",
    "aluminium cans go for 1.20 a kilo",
    "the yard is open from 8 to 17, closed on sunday",
    "Manzese and Tandale are in Dar es Salaam",
    "a bale of mitumba weighs about 45 kilos",
    "grade A bales cost more than grade B",
    "mjomba and shangazi mean uncle and aunt in Swahili",
    "Kondo Mitumba Wholesale is a shop, not a person",
    "the daladala to Kariakoo takes an hour in the morning",
    "the market opens at 6 when the bales are cut",
    "a pair of shoes goes for 15000 shillings",
    "Ramsloh, Strücklingen and Scharrel are villages in Saterland",
    "26683 is the Saterland postcode",
    "Saterland Frisian is spoken in four villages",
    "Tapken Containerdienst is a skip firm, not a person",
    "gen. before a farm name means called, geb. means born",
    "the deposit is 25 cents a can and 8 cents a glass bottle",
    "a crate of beer has 15 cents deposit on the crate",
    "the Wertstoffhof opens at 9 on saturdays",
    "a 7 cubic metre skip costs 290 euros for a week",
    "the Flohmarkt is on the first Sunday in May",
    "the Sozialkaufhaus is open Tuesday to Saturday",
    "Mountain View is the county seat of Stone County",
    "West Plains is in Howell County, Missouri",
    "72560 is the Mountain View zip code",
    "Pawpaw and Mamaw are what the grandkids call them",
    "Plumlee Pawn & Gun is a shop, not a person",
    "Jr. after a name means the son of a man with the same name",
    "pawn loans in Arkansas run 30 days",
    "the swap meet starts at 7 on the highway",
    "the church consignment sale is 60/40 for the consignor",
    "pawn ticket 4417 runs out on friday",
    "consignment slip 2208 is the oak dresser",
    "pitch 12 is by the gate",
    "bale 31 was all jeans",
    "skip 7 is the yellow one",
    "permit 2025/118 is for the road outside the shop",
    "lot 56 went for 40 dollars",
    "the car boot costs 10 pounds a pitch",
    "the jumble sale starts at 2, doors at 1.30",
    "the clothing swap is on 2025-09-13",
    "the dresser sold on 14/06/2025",
    "the charity shop was founded in 1987",
    "the scrap price fell 3% this month",
    "Open Source Point of Sale 3.4 changed the receipt layout",
    "Spree 5.0 moved the admin to a new gem",
    "EverShop 2.0 changed the extension folder",
    "Shuup 3.1 dropped Python 3.8",
    "fixed in commit 9e2d71b, see the changelog",
    "MYSQL_PASSWORD=",
    "SHUUP_SECRET_KEY = ''",
    "SECRET_KEY_BASE=changeme",
    "DB_PASSWORD=your-password-here",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "BG80 BNBG 9661 1020 3456 78 is the example IBAN in the docs",
    "BE68 5390 0754 7034 is the example IBAN in the docs",
    "write to shop@example.com on the form",
    "192.0.2.81 is a documentation address",
    "203.0.113.81 is a documentation address",
    "2001:db8:81::1 is a documentation address",
    "call 112 for emergencies in Bulgaria, Belgium and Germany",
    "in Tanzania the police number is 112 too",
    "in the US the emergency number is 911",
    "did the skip come yet",
    "the keys are in the till drawer",
    "ok the rain stopped, the flea market is on",
    "yes the van is still outside",
    "SOLD THE DRESSER",
    "hey, see you at the yard",
    "dobro utro, who is taking the copper",
    "habari za asubuhi, the bales are here",
    "moin, de Container is vull",
    "howdy, swap meet's on",
    "so tired after the clear-out",
    "who left the donation bin open",
]  # fmt: skip


def _typo81(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types at a stall, a trade word's
    well-known misspelling ('receipt' -> 'reciept', 'bargain' -> 'bargin', 'jewellery' -> 'jewelery',
    'furniture' -> 'furnature', 'guarantee' -> 'guarentee'), or a stall-holder's shorthand creeping into chat
    ('pieces' -> 'pcs', 'please' -> 'pls', 'because' -> 'cos', 'message' -> 'msg', 'about' -> 'abt'). Only in
    sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT81.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT81[m.group(1)] + template[m.end() :]
    shorts = list(STALL_WORD_HELDOUT81.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + STALL_HELDOUT81[m.group(1)] + template[m.end() :]


def build_heldout81(seed: int = HELDOUT81_SEED) -> list[Example]:
    """Held-out set 81: `Gen81` values in `HELDOUT81_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen81(seed)
    return assemble_module_set(
        gen, HELDOUT81_TEMPLATES, HELDOUT81_MIXED, HELDOUT81_NEGATIVES, _typo81, person=gen.person_for
    )
