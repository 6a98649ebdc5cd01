"""Held-out PII set 53 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout53": written before round 37 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT53 is empty, as for
held-out 16 to 52; written at the same time as held-out 54, the two authors split the world between them: 53
takes collectors and tinkerers (amateur radio, model railways, stamp and coin collectors, vintage computing
and retro gaming, repair cafés, genealogy societies, astronomy clubs, board-game cafés, 3D printing and
home-lab forums), 54 takes money between people); hand-written lists of Hebridean Gaelic speakers of Lewis
and Harris who keep the village historical societies' (comainn eachdraidh) genealogies and the island's
amateur radio club (English register names, Gaelic given names, and the island's patronymic: the given name,
then the father's and the grandfather's given names in the genitive: 'Murdo Macleod', 'Peigi Maciver',
'Murchadh Dhòmhnaill Iain'), Rehoboth Basters of Namibia who run the dark-sky guest farms and the astronomy
club of the Khomas Highland and the Gamsberg (Afrikaans given names, the Baster families' names, a register's
initials, 'Oom' before a man's given name and 'Tannie' before a woman's: 'Hendrik Diergaardt', 'J.H. Beukes',
'Oom Gert', 'Tannie Magrieta'), Zeelanders of Walcheren, Zuid-Beveland and Tholen who run the repair cafés
and the model railway clubs (Zeeland's family names, a particle in lower case, the register's initials with
the name one is called by in brackets, and the village way of naming a man by his father: 'Neeltje
Minderhoud', 'Leen de Koeijer', 'J.C. (Kees) Dieleman', 'Kees van Janus'), Mangalorean Catholics of
Mangaluru, Udupi and the Gulf who collect stamps and coins and restore vintage computers (the father's given
name as a middle name: 'Royston Wilfred Crasta', 'Flavia Saldanha') and Icelandic Canadians of Gimli,
Riverton and Winnipeg's old Sargent Avenue who run retro gaming nights, a board-game café, 3D printers and
home labs (anglicized patronymics become family names, Icelandic pet forms alone, and 'Amma' or 'Afi' before
a grandparent's given name: 'Gunnar Thorsteinson', 'Siggi', 'Amma Thora'); a society's list's 'Surname,
Given' for every origin ('Macleod, Murdo'), the title always outside the span; a long-dead ancestor found in
the census or the parish register is a person as held-out 29's memorial tree and held-out 35's
'deceased_name' decided (the name is labelled PERSON wherever it is written), while an amateur radio call
sign is no person and no username (held-out 44's units' call signs and held-out 46's operator field: the call
sign stays outside the span, and alone it is a negative); club ('Secretary:', 'Treasurer:', 'QSL manager:',
'Net control:'), railway ('Layout owner:', 'Operator (fiddle yard):'), repair café ('Fixer:', 'Repaired
by:', 'Visitor:'), philatelic ('Consignor:', 'Lot vendor:'), genealogy ('Ancestor:', 'Researcher:',
'Informant (1911 census):'), observatory ('Observer:', 'Host:'), board-game café ('Games guru:', 'Table
booked by:') and home-lab ('Maintainer:') fields; over three quarters of the sentences typed to the bot or a
friend: nets and contests, the club's shack and antennas, layouts, locos and fiddle yards, stamp albums,
covers and auctions, coin grades and slabs, C64s, Amigas and recapping, retro gaming nights, repair café
Saturdays, census and parish registers, croft histories, dark-sky nights, mounts and eyepieces, star
parties, board-game nights, filament and print farms, Proxmox nodes and racks; self-hosted apps' config no
earlier set pasted: Moonraker's moonraker.conf for a Klipper printer, Spoolman's .env for the filament
shelf, Manyfold's .env for a model library, Wavelog's database.php for a radio club's logbook, PartKeepr's
parameters.php for a repair café's parts drawers and TNG's config.php for a genealogy society's site, with
Astrometry.net, Wavelog and Bambu keys; those regions' addresses (Ness's and Uig's crofting townships with
HS2 postcodes, Stornoway's streets and Harris's Leverburgh, Rehoboth's plots and blocks and the guest farms
by their name and number in the Khomas and Hardap regions, Middelburg's, Vlissingen's, Goes's and
Sint-Annaland's 'street number, 4331 CE town', Mangaluru's flats by their building and locality, Udupi's
'near the church' addresses, Gimli's and Riverton's R0C postcodes, Winnipeg's Sargent Ave and Manitoba's
numbered roads) and phones (Lewis's 01851 and Harris's 01859, UK mobiles, Rehoboth's 062 and Namibian
mobiles +264 85, Middelburg's 0118, Goes's 0113, Tholen's 0166 and Dutch 06-, Indian mobiles +91 and in
two groups of five, Kuwait's +965, Gimli's (204) 642, Riverton's 378 and Winnipeg's 431); Visa, Mastercard
51-55 and 2720, Amex 34 and RuPay 6521 as a stamp auction, a swap meet's terminal, a café or a print shop
takes them, with spaces, hyphens or none; IBANs of the United Kingdom, the Netherlands, Germany, Kuwait and
Iceland (every IBAN country was used by an earlier set; Namibia, India and Canada have none: these are a
German account of a guest farm, a Gulf account and a relative's account in Iceland); IPs in a radio club's
SDR receiver, a layout's turntable controller, an observatory's roll-off roof, an all-sky camera, a mount's
INDI server, a Klipper host, a Proxmox node, a repair café's bench oscilloscope, a retro BBS's telnet port,
a C64's Wi-Fi modem, a board-game café's booking tablet, a stamp scanner, a coin camera and a society's
microfilm reader, and in the pastes above, a Moonraker log line and a Wavelog log line, v6 in 2001:1c00,
2604:3d08, 2405:201, 2a02:8010 and 2c0f:f720 ranges; passwords handed over in ways no earlier set used (in
the logbook's margin, inside the stamp album's cover, under the coin tray, on the underside of the baseboard,
taped inside the C64's case, on the repair café's sign-in sheet, on the eyepiece case, on the dew shield, in
the board game box's lid, on a filament spool's label, on the patch panel's label, on the flyleaf of the
family bible), Ness ('Nis#Butt1900'), the Gamsberg ('Gamsberg*Skies'), Walcheren ('Walcheren!0118'),
Mangaluru ('Kudla@575'), Gimli ('Gimli_1875'), leetspeak of hobby words ('s0ld3r1ng', 'ph1l4t3ly!'), a loco
and its number ('loco-4472-dcc') and cues in Lewis English ('the wifi is ..., a ghràidh'), Scottish Gaelic
('am facal-faire: ...'), Rehoboth Afrikaans ('die wagwoord is ..., neef'), Zeeuws ('t wachtwoord is ..., 'k
zeg 't mar') and Mangalorean English ('the password is ..., men'); usernames on VOGONS, Lemon64, the EEVblog
forum, Level1Techs, MakerWorld, Printables, Thingiverse, Cults3D, iFixit, RMweb, ServeTheHome, Delcampe,
Stampboards, CoinTalk, AtariAge and Hackaday.io, shapes like 'x_restores_c64', 'y.spools', 'x-on-the-layout',
'stargazer.x12', 'xy.philatelic', 'homelab_x7' and 'amiga500.y'; dates of birth for a radio licence, a
society membership, a café's loyalty card, a repair café's waiver, a star party's booking, an auction house's
registration and a maker space's induction, in Scottish Gaelic with the month's Gaelic name ('latha breith:
14 Am Màrt 1987'), in a Namibian ID's first six digits ('870314'), in Dutch with the abbreviated month
('geb. 14 mrt. 1987'), in Icelandic ('fæðingardagur: 14.03.1987'), a Canadian form's '1987/03/14', a
Mangalorean '14th March 1987', a British form's '14/03/1987' and a TNG export's 'birthdate'; an ancestor's
birth year in the census is a negative only where no one is named; typos as cold fingers at the telescope or
the soldering iron slip: the space one letter late ('the scope' -> 'th escope') or a key held so long its
letter doubles ('solder' -> 'soldder'); negatives with the same regions' places, the titles and the name
forms explained, call signs, Q-codes and signal reports, locos and gauges, stamp catalogue numbers, coin
grades, chip and machine numbers, apertures and magnitudes, game scores, filament weights, rack units,
census years, prices, versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a
placeholder e-mail, documentation IPs (v4 and v6), and short everyday chat; no public figure is named).

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

HELDOUT53_SEED = 8360271
# no faker name locale, as in held-out 16 to 52: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT53: list[str] = []
# collectors and tinkerers (held-out 54, written at the same time, takes money between people); each origin:
# (men's given names, women's given names, family names)
NAMES_HELDOUT53: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Hebridean Gaelic speakers of Lewis and Harris (historical societies, the island's radio club)
    "hebrides": ("Murdo Norman Donald Kenneth Angus Roddy Calum Alasdair Tormod Murchadh Dòmhnall Aonghas".split(),
                 "Dolina Murdina Williamina Chrissie Peigi Catrìona Seonag Mòrag Ciorstaidh Annag".split(),
                 "Macleod Morrison Macdonald Mackenzie Maciver Macaulay Nicolson Montgomery Macritchie Macinnes".split()),
    # Rehoboth Basters of Namibia (dark-sky guest farms, the astronomy club of the Khomas Highland)
    "rehoboth": ("Hendrik Jacobus Petrus Gert Dirk Willem Andries Johannes Izak".split(),
                 "Magrieta Sofia Hester Elsabé Katrina Johanna Martha Susanna Anna-Marie".split(),
                 "Beukes;Diergaardt;van Wyk;Cloete;Mouton;Izaaks;Koopman;Maasdorp;Dentlinger;McNab;Olivier".split(";")),
    # Zeelanders of Walcheren, Zuid-Beveland and Tholen (repair cafés, model railway clubs)
    "zeeland": ("Kees Janus Adriaan Koos Rinus Leen Pieter Izaak Jaap Bram".split(),
                "Neeltje Nella Maatje Krina Leuntje Mina Jaantje Tannetje Pietje".split(),
                "Dieleman;Minderhoud;Kodde;de Koeijer;Verhage;Sinke;Joosse;Wisse;Louwerse;Meulmeester;Westdorp".split(";")),
    # Mangalorean Catholics of Mangaluru, Udupi and the Gulf (stamps, coins, vintage computers)
    "mangalorean": ("Royston Melwyn Wilfred Lancy Clifford Rohan Valerian Ivan Gilbert Walter".split(),
                    "Flavia Lavina Jacintha Vinola Prima Sharal Rosy Irene Winifred Reema".split(),
                    "Crasta Castelino Rasquinha Tauro Saldanha Noronha Pais Menezes Sequeira Lasrado Aranha".split()),
    # Icelandic Canadians of Gimli, Riverton and Winnipeg (retro gaming, board games, 3D printing, home labs)
    "gimli": ("Bjorn Gunnar Magnus Thorvaldur Einar Sigurdur Kristjan Olafur Haraldur".split(),
              "Gudrun Thora Sigrid Helga Ingibjorg Kristin Solveig Vigdis Runa".split(),
              "Thorsteinson Sigurdson Eyolfson Kristjanson Einarsson Johannson Arnason Stefanson Bjarnason Olafson".split()),
}  # fmt: skip
# Lewis's patronymic: the father's and the grandfather's given names in the genitive
GAELIC_GENITIVES_HELDOUT53 = (
    "Dhòmhnaill Iain Thormoid Mhurchaidh Chaluim Aonghais Choinnich Ruairidh Sheumais".split()
)
# the Gaelic given names the patronymic goes with: (men's, women's)
GAELIC_GIVEN_HELDOUT53 = ("Tormod Murchadh Dòmhnall Aonghas Calum Alasdair".split(),
                          "Peigi Catrìona Seonag Mòrag Ciorstaidh Annag".split())  # fmt: skip
# Icelandic pet forms a Gimli player goes by alone: (men's, women's)
NICKS_HELDOUT53 = {"gimli": ("Siggi Gunni Bjössi Maggi Einsi".split(), "Dísa Stína Gunna Sigga Inga".split())}
# a title before the name (outside the span), with the origin that uses it and whether it is said of a woman
TITLED_HELDOUT53: dict[str, tuple[str, bool]] = {
    "oom": ("rehoboth", False),  # 'uncle', before an older man's given name
    "tannie": ("rehoboth", True),  # 'auntie'
    "amma": ("gimli", True),  # Icelandic 'grandmother'
    "afi": ("gimli", False),  # Icelandic 'grandfather'
}
TITLE_SLOT_HELDOUT53 = re.compile(r"(?<![\w'])(oom|tannie|amma|afi) \{\}", re.IGNORECASE)
# the village way of naming a Zeeland man by his father ('Kees van Janus'), where a template says so
FATHER_SLOT_HELDOUT53 = re.compile(r"\{\} \(as the village", re.IGNORECASE)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT53 = {"GB": "4a14n", "NL": "4a10n", "DE": "18n", "KW": "4a22c", "IS": "22n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT53 = ["radio", "layout", "stamps", "coins", "retro", "c64", "amiga", "fixit", "census",
                      "croft", "stars", "scope", "meeples", "prints", "homelab", "loco"]  # fmt: skip
# slips outside the slots: cold fingers put the space one letter late, or hold a key so long it doubles
SPACE_LATE_HELDOUT53 = re.compile(r"(?<![\w{}'@.#-])([a-z]{2,}) ([a-z])([a-z]{2,})(?![\w{}'@-])")
LONG_WORD_HELDOUT53 = re.compile(r"(?<![\w{}'@.#-])([a-z]{4,})(?![\w{}'@-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Dòmhnall' -> 'domhnall',
    'de Koeijer' -> 'dekoeijer', 'Anna-Marie' -> 'annamarie')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _ordinal(day: int) -> str:
    """'1st', '2nd', '14th', '23rd' as a Mangalorean form writes the day."""
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


class Gen53(Gen3):
    """Generators for held-out set 53: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT53."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT53))
        men, women, lasts = NAMES_HELDOUT53[origin]
        if woman is None:  # collectors and tinkerers: a few more men than women
            woman = rng.random() < 0.4
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        men = NAMES_HELDOUT53[origin][0]
        if origin == "hebrides" and r < 0.3:  # the patronymic: father's and grandfather's given names
            father, grandfather = rng.sample(GAELIC_GENITIVES_HELDOUT53, 2)
            return f"{rng.choice(GAELIC_GIVEN_HELDOUT53[woman])} {father} {grandfather}"
        if origin == "rehoboth" and r < 0.3:  # a register's initials
            return f"{rng.choice('JHPGDWA')}.{rng.choice('JHPCM')}. {last}"
        if origin == "zeeland" and r < 0.3:  # the initials with the name one is called by
            return f"{rng.choice('ACJLMP')}.{rng.choice('CJMW')}. ({first}) {last}"
        if origin == "mangalorean" and r < 0.45:  # the father's given name as a middle name
            return f"{first} {rng.choice([m for m in men if m != first])} {last}"
        if r > 0.88:  # a society's list: 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.84:
            name = first
            if origin in NICKS_HELDOUT53 and rng.random() < 0.5:  # the pet form alone
                name = rng.choice(NICKS_HELDOUT53[origin][woman])
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A given name for a title written before it ('Oom Gert', 'Tannie Magrieta', 'Amma Thora', 'Afi
        Bjorn'), from the origin that uses it."""
        origin, woman = TITLED_HELDOUT53[title.lower()]
        men, women, _ = NAMES_HELDOUT53[origin]
        return self.rng.choice(women if woman else men)

    def village_name(self) -> str:
        """A Zeeland man named by his father, as the village says it ('Kees van Janus')."""
        men = NAMES_HELDOUT53["zeeland"][0]
        son, father = self.rng.sample(men, 2)
        return f"{son} van {father}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a village name where the template explains it, a titled
        one's where a title stands before it."""
        if FATHER_SLOT_HELDOUT53.search(template):
            return self.village_name()
        m = TITLE_SLOT_HELDOUT53.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 60)
        pick = rng.choice
        unit = lambda: f"{pick('ABDEFGHJLNPQRSTUWXY')}{pick('ABDEFGHJLNPQRSTUWXY')}"  # noqa: E731
        nl = lambda: f"{pick('BCEGHJKLMNPRTVWXZ')}{pick('ABCEGHJKLMNPRTVWXZ')}"  # noqa: E731
        ca = lambda: f"{rng.randint(0, 9)}{pick('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"  # noqa: E731
        shapes = [
            f"{n} {pick(['South Dell', 'North Dell', 'Habost', 'Lionel', 'Swainbost', 'Cross'])}, Ness, Isle of Lewis HS2 0{unit()}",
            f"{n} {pick(['Timsgarry', 'Crowlista', 'Valtos', 'Kneep'])}, Uig, Isle of Lewis HS2 9{unit()}",
            f"{rng.randint(1, 90)} {pick(['Francis Street', 'Kenneth Street', 'Matheson Road', 'Bayhead'])}, Stornoway, Isle of Lewis HS1 2{unit()}",
            f"{n} Leverburgh, Isle of Harris HS5 3{unit()}",
            f"Plot {rng.randint(10, 999)}, Block {pick('ABCDEF')}, Rehoboth, Namibia",
            f"Farm {pick(['Hakosberg', 'Tsauchab-Oos', 'Kobos', 'Nauchas-Wes'])} No. {rng.randint(100, 450)}, {pick(['Khomas Region', 'Hardap Region'])}, Namibia",
            f"{pick(['Lange Noordstraat', 'Lange Delft', 'Koudekerkseweg', 'Seisweg'])} {rng.randint(1, 140)}, 43{rng.randint(31, 38)} {nl()} Middelburg",
            f"Nieuwendijk {rng.randint(1, 80)}{pick(['', 'a', 'b'])}, 4381 {nl()} Vlissingen",
            f"Turfkaai {rng.randint(1, 60)}, 4461 {nl()} Goes",
            f"Ring {rng.randint(1, 90)}, 4697 {nl()} Sint-Annaland",
            f"Flat {rng.randint(1, 8)}0{rng.randint(1, 4)}, {pick(['Lotus Residency', 'Morning Glory Apartments', 'Sea Breeze Enclave'])}, {pick(['Falnir', 'Bendur', 'Kankanady', 'Valencia'])}, Mangaluru 57500{rng.randint(1, 9)}",
            f"Near {pick(['Milagres Church', 'Mount Rosary Church', 'the Holy Cross chapel'])}, {pick(['Kallianpur', 'Shirva', 'Moodubelle'])}, Udupi 5761{rng.randint(10, 20)}",
            f"{rng.randint(1, 200)} {pick(['Centre St', 'Fifth Ave', 'Lakeshore Dr'])}, Gimli, MB R0C 1B0",
            f"{rng.randint(1, 90)} Main St, Riverton, MB R0C 2R0",
            f"{rng.randint(600, 799)} Sargent Ave, Winnipeg, MB R3E {ca()}",
            f"{rng.randint(1000, 79999)} Road {rng.randint(100, 130)}N, Arborg, MB R0C 0A0",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT53)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}.{subject}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}_{subject}", f"{first}{rng.randint(1950, 2004)}",
                           f"{subject}{last}", f"{first}{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "btinternet.com", "hebrides.net", "iway.na", "mweb.com.na",
                             "zeelandnet.nl", "kpnmail.nl", "ziggo.nl", "rediffmail.com", "yahoo.co.in",
                             "mts.net", "shaw.ca", "outlook.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"01851 {rng.choice('678')}{d(5)}",  # Lewis
            f"01859 5{d(5)}",  # Harris
            f"07{rng.choice('789')}{d(2)} {d(6)}",  # UK mobile
            f"062 52{d(4)}",  # Rehoboth
            f"+264 85 {d(3)} {d(4)}",  # Namibian mobile
            f"0118-{d(6)}",  # Middelburg
            f"0113 {d(2)} {d(2)} {d(2)}",  # Goes
            f"0166-{d(6)}",  # Tholen
            f"06-{d(8)}",  # Dutch mobile
            f"+91 9{d(4)} {d(5)}",  # Indian mobile
            f"98450 {d(5)}",
            f"+965 {rng.choice('569')}{d(3)} {d(4)}",  # Kuwait
            f"(204) 642-{d(4)}",  # Gimli
            f"204-378-{d(4)}",  # Riverton
            f"431.{d(3)}.{d(4)}",  # Winnipeg
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2720", 16), ("34", 15),
                                     ("6521", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.7:  # a swap meet terminal's slip's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT53))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT53[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): shacks, layouts, observatories, print farms, home labs and repair
        cafés, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:1c00:{h()}:{h()}::{h()}", f"2604:3d08:{h()}:{h()}::{h()}", f"2405:201:{h()}::{h()}",
                         f"2a02:8010:{h()}:{h()}::{h()}", f"2c0f:f720:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the club's sdr receiver is on {}, tune it to 80m for the net", v4),
            ("the turntable controller on the layout grabbed {} after the club night", v4),
            ("roll-off roof controller at the observatory is {}, it won't close", rng.choice([v4, v6])),
            ("the all-sky camera on the farm uploads from {}", v4),
            ("indi server for the mount runs on {}, point kstars at it", v4),
            ("my klipper host is {}, the bed mesh page won't load", v4),
            ("the proxmox node in the rack got {} from the new router", rng.choice([v4, v6])),
            ("the bench scope at the repair café answers on {}", v4),
            ("our little retro bbs is back up, telnet to {} port 6400", rng.choice([v4, v6])),
            ("the c64's wifi modem connected as {}", v4),
            ("the booking tablet at the board-game café is {}, it keeps logging out", v4),
            ("the stamp scanner in the society room is on {}", v4),
            ("the coin camera for the auction photos is {}", v4),
            ("the microfilm reader pc in the historical society is {}", v4),
            ("[mqtt]\naddress: {}", v4),
            ("SPOOLMAN_DB_HOST={}", v4),
            ("DATABASE_HOST={}", v4),
            ("$db['default']['hostname'] = '{}';", v4),
            ("  host: {}", v6),
            ("2025-04-12 21:14:03,552 [application.py:log_request()] - 200 POST /printer/gcode/script ({}) 12.41ms", v4),
            ("ERROR - 2025-04-12 21:14:03 --> Unable to connect to the database at {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Nis#{rng.choice(['Butt1900', 'Habost', 'Dell77'])}",
                f"Gamsberg*{rng.choice(['Skies', '2347', 'Nebula'])}",
                f"Walcheren!{rng.choice(['0118', 'Spoor', 'H0'])}",
                f"Kudla@{rng.choice(['575', 'Falnir', '1986'])}",
                f"Gimli_{rng.choice(['1875', 'Islendingadagurinn', 'Lake'])}",
                rng.choice(["soldering", "philately", "recapping", "meeples", "eyepiece"]).translate(leet) + rng.choice(["", "!", "_53"]),
                f"loco-{rng.randint(1000, 9999)}-dcc",
                f"{rng.choice(['Stornoway', 'Rehoboth', 'Vlissingen', 'Udupi', 'Riverton'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Qsl', 'Amiga', 'Spool', 'Scope', 'Stamp'])}{rng.randint(1, 99)}",
                f"{rng.choice(['rack', 'shack', 'bench'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        lower = string.ascii_lowercase
        options = [
            # passwords handed over in ways no earlier set used
            ("the shack wifi is written in the logbook's margin, {}", pw),
            ("the auction site login is inside the stamp album's cover, {}", pw),
            ("wifi for the coin fair is on a card under the coin tray, {}", pw),
            ("the layout's wifi is on the underside of the baseboard, {}", pw),
            ("somebody taped the bbs sysop password inside the c64's case, {}", pw),
            ("the repair café sign-in sheet has the wifi at the bottom, {}", pw),
            ("the observatory pc password is on the eyepiece case, {}", pw),
            ("the wifi on the farm is written on the dew shield, {}", pw),
            ("the café wifi is in the lid of the catan box, {}", pw),
            ("the printer's web login is on the filament spool's label, {}", pw),
            ("the proxmox root password is on the patch panel label, {}", pw),
            ("the genealogy site login is on the flyleaf of the family bible, {}", pw),
            ("the club safe for the radios opens with {}", d(4)),
            ("the bambu access code is {}, it's on the printer screen too", d(8)),
            ("my wavelog password is {}, log the contacts if i'm late", pw),
            ("i changed the partkeepr admin password to {}", pw),
            # cues in ways no earlier set used
            ("the wifi is {}, a ghràidh", pw),
            ("am facal-faire: {}", pw),
            ("die wagwoord is {}, neef", pw),
            ("'t wachtwoord is {}, 'k zeg 't mar", pw),
            ("the password is {}, men", pw),
            # commands
            ("$ docker run -e SPOOLMAN_DB_PASSWORD={} ghcr.io/donkie/spoolman", pw),
            ("$ mysql -u wavelog -p{} wavelog", pw),
            ("$ curl -H 'X-Api-Key: {}' http://octopi.local/api/job", tok(32, hexl.upper())),
            ("$ curl -d 'request-json={\"apikey\": \"{}\"}' http://nova.astrometry.net/api/login", tok(16, lower)),
            # pastes
            ("[mqtt]\nusername: klipper\npassword: {}", pw),
            ("SPOOLMAN_DB_PASSWORD={}", pw),
            ("SECRET_KEY_BASE={}", tok(128, hexl)),
            ("DATABASE_PASSWORD={}", pw),
            ("$db['default']['password'] = '{}';", pw),
            ("$container->setParameter('database_password', '{}');", pw),
            ("$container->setParameter('secret', '{}');", tok(40, hexl)),
            ('$database_password = "{}";', pw),
            ("ASTROMETRY_API_KEY={}", tok(16, lower)),
            ("WAVELOG_API_KEY={}", "wl" + tok(13, hexl)),
            ("  access_code: {}", d(8)),
            ("REDIS_PASSWORD={}", tok(24, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_restores_c64', 'y.spools', 'x-on-the-layout')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}_restores_c64",
                f"{last}.spools",
                f"{first}-on-the-layout",
                f"stargazer.{first}{rng.randint(1, 40)}",
                f"{first}{last[:1]}.philatelic",
                f"homelab_{first}{rng.randint(1, 9)}",
                f"amiga500.{last}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "gd": f"{day} {GD_MONTHS_HELDOUT53[m - 1]} {year}",  # Scottish Gaelic month names
            "na": f"{year % 100:02d}{m:02d}{day:02d}",  # a Namibian ID number's first six digits
            "nl": f"{day} {NL_MONTHS_HELDOUT53[m - 1]} {year}",
            "is": f"{day:02d}.{m:02d}.{year}",
            "ca": f"{year}/{m:02d}/{day:02d}",
            "mlr": f"{_ordinal(day)} {EN_MONTHS_HELDOUT53[m - 1]} {year}",
            "uk": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["uk", "ca", "mlr", "nl", "is", "gd", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the radio licence renewal wants my date of birth, {}", s["uk"]),
            ("the historical society membership has my birthday as {}", any_shape),
            ("for the café loyalty card my dob is {}", s["ca"]),
            ("the repair café waiver asks for date of birth, mine is {}", any_shape),
            ("star party booking needs everyone's dob, mine is {}", any_shape),
            ("the auction house registration has my dob as {}", s["mlr"]),
            ("my birthday for the maker space induction is {}", any_shape),
            ("latha breith: {}", s["gd"]),
            ("my ID number starts with my birthday, {}", s["na"]),
            ("geb. {}", s["nl"]),
            ("fæðingardagur: {}", s["is"]),
            ("Date of birth (YYYY/MM/DD): {}", s["ca"]),
            ("DOB: {}", s["mlr"]),
            ('  "birthdate": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


GD_MONTHS_HELDOUT53 = ("Am Faoilleach;An Gearran;Am Màrt;An Giblean;An Cèitean;An t-Ògmhios;An t-Iuchar;"
                       "An Lùnastal;An t-Sultain;An Dàmhair;An t-Samhain;An Dùbhlachd").split(";")  # fmt: skip
NL_MONTHS_HELDOUT53 = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
EN_MONTHS_HELDOUT53 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip

HELDOUT53_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is running the 80m net tonight, check in after nine",
        "remind me to post the QSL cards to {}",
        "{} brought his class 37 to the club layout and it derailed on the points",
        "can you find the mail from {} about the penny black on cover",
        "{} graded the florin as very fine, I thought better",
        "{} recapped my amiga 500 and it boots again",
        "tell {} the kettle from the repair café works now",
        "{} fixed the toaster but the lamp is beyond saving",
        "my great-great-grandfather {} was cleared from Uig in 1838",
        "found {} on the 1911 census, a fisherman in Ness",
        "{} is hosting the star party on the farm this weekend",
        "{} saw the comet first through the 10 inch dobsonian",
        "{} taught us a new game at the café, took two hours to learn",
        "I owe {} for the filament, two spools of petg",
        "{} printed the missing part for the loco",
        "{} set up the proxmox cluster in his garage",
        "ask {} if the stamp auction still takes bids by post",
        "{} brought the c64 and the 1541 to the retro night",
        "{} is the one with the complete set of Zeeland tram tickets",
        "{} won the contest with 1400 contacts",
        "{} (as the village calls him) ran the repair café for years",
        "everyone knew {} (as the village calls him), he fixed every radio in Westkapelle",
        "Oom {} has the best telescope on the Gamsberg",
        "Tannie {} makes the coffee for the star party",
        "Amma {} kept every letter from Iceland in a box",
        "afi {} built the first computer in Gimli, he says",
        "Secretary: {}",
        "Treasurer: {}",
        "QSL manager: {}",
        "Net control: {}",
        "Layout owner: {}",
        "Operator (fiddle yard): {}",
        "Fixer: {}",
        "Repaired by: {}",
        "Visitor: {}",
        "Consignor: {}",
        "Lot vendor: {}",
        "Ancestor: {}",
        "Researcher: {}",
        "Informant (1911 census): {}",
        "Observer: {}",
        "Host: {}",
        "Games guru: {}",
        "Table booked by: {}",
        "Maintainer: {}",
        '"owner_name": "{}",',
        "| 14 | {} | Bluebird, 00 gauge | needs new motor |",
    ],
    "STREET_ADDRESS": [
        "the club shack moved to {}",
        "the repair café is at {}, in the church hall",
        "send the stamp lot to {}",
        "the star party is at {}, the gate code is on the post",
        "the model railway exhibition is at {}",
        "my new place is {}, bring the c64 there",
        "the board-game café is at {}",
        "Address: {}",
        "Adres: {}",
        "Seòladh: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the auction catalogue to {}",
        "the club's net reports come from {}",
        "email the census transcription to {}",
        "the star party booking went to {}",
        "Email (member): {}",
        '"email": "{}",',
        "MAIL_FROM={}",
        "admin_email: {}",
    ],
    "PHONE_NUMBER": [
        "the club secretary's number is {}",
        "text the repair café on {} if you're bringing a big item",
        "the guest farm's phone is {}",
        "call the stamp dealer on {} about the lot",
        "the café's whatsapp is {}",
        "Mobile: {}",
        "Tel. (club): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the stamp auction with {}",
        "the new telescope mount went on {}",
        "the filament order comes off {} every month",
        "paid the swap meet table with {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the guest farm deposit to {}",
        "the club's dues go to {}",
        "pay the coin dealer into {}",
        "refund the cancelled star party booking to {}",
        "IBAN (society): {}",
        "IBAN for the lot: {}",
    ],
    "USERNAME": [
        "on VOGONS I'm {}",
        "my Lemon64 name is {}",
        "the EEVblog forum has me as {}",
        "on Level1Techs I'm {}",
        "my MakerWorld handle is {}",
        "Printables knows me as {}",
        "on Thingiverse I'm {}",
        "my Cults3D login is {}",
        "on iFixit I'm {}",
        "RMweb has me as {}",
        "on ServeTheHome I'm {}",
        "my Delcampe seller name is {}",
        "I post on Stampboards as {}",
        "CoinTalk knows me as {}",
        "on AtariAge I'm {}",
        "my Hackaday.io profile is {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT53_MIXED = [
    ("Secretary: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Member: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("$db['default']['hostname'] = '{}';\n$db['default']['password'] = '{}';", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/v1/spool", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the club safe open, the code is {}", ["PERSON", "SECRET"]),
    ("Researcher: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Delcampe name is {}, the payment goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the swap meet came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the coin lot with {}", ["PERSON", "CREDIT_CARD"]),
    ("tannie {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Host: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT53_NEGATIVES = [
    "Ness is the far north end of Lewis, past Cross",
    "Uig has the best beaches on the island",
    "the historical society in Ness has every croft's story on file",
    "in Lewis half the village has the same surname, so people go by their father's name",
    "Dhòmhnaill is just the genitive of Dòmhnall, it means of Donald",
    "Macleod and Morrison are the commonest names in Ness",
    "the 1841 census is the first one with names in Scotland",
    "the Leverburgh ferry goes to Berneray",
    "GM is the prefix for Scotland, MM for the newer licences",
    "worked V5 Namibia on 20m for the first time",
    "73 means best regards, 88 is love and kisses",
    "QRZ? is what you say when you didn't catch the call",
    "59 both ways, a good signal",
    "the net is on 3.718 MHz every sunday at 8",
    "Rehoboth is an hour south of Windhoek",
    "the Basters came up from the Cape in the 1870s",
    "Oom and Tannie are what you call older people in Rehoboth, uncle and auntie",
    "the Gamsberg is flat on top, that's why the telescopes were planned there",
    "Hakos and Kobos are farms in the Khomas Highland",
    "the Milky Way is so bright on the farm it casts shadows",
    "the 10 inch dobsonian has 254 mm aperture",
    "limiting magnitude was 6.8 last night",
    "Orion is upside down from Namibia",
    "Walcheren used to be an island",
    "Sint-Annaland is on Tholen",
    "in Zeeland villages a man is called after his father, like Kees van Janus",
    "the name in brackets is what you're called, the initials are the register's",
    "de in a Dutch surname stays lower case after the first name",
    "the repair café is the first saturday of the month, 10 to 1",
    "we fixed 31 of 40 items last time",
    "bring the broken kettle, not just the plug",
    "H0 is 1:87, 00 is 1:76",
    "the fiddle yard holds 12 trains",
    "loco 4472 is the number, not a phone",
    "DCC address 3 is the default for every new loco",
    "Mangaluru is called Kudla in Tulu",
    "Mangalorean Catholics use the father's first name as a middle name",
    "SG 1 is the penny black in the Stanley Gibbons catalogue",
    "the florin is graded VF 30, the half crown EF 40",
    "the slab says MS 63",
    "Kuwait's old currency board notes are hard to find",
    "the stamp show is 3 to 5 May at the town hall",
    "Gimli has the Icelandic festival every August long weekend",
    "Amma is grandma and Afi is grandpa in Icelandic",
    "Siggi and Gunni are just short for Sigurdur and Gunnar",
    "Sargent Avenue was the Icelandic street in Winnipeg",
    "the C64 has 64 KB of ram and a 6510",
    "the 1541 drive is louder than the computer",
    "the amiga 500 needs new caps on the audio board",
    "my high score on galaga is 84,210",
    "the board-game café has 600 games and 14 tables",
    "catan takes about 90 minutes with four",
    "a kilo spool of petg is about 330 metres",
    "the print took 7 hours 12 minutes at 0.2 mm layers",
    "the rack is 42U, the switch takes 1U",
    "the proxmox cluster has 3 nodes with 64 GB each",
    "updated Moonraker to 0.9 and the webcam works again",
    "Spoolman 0.21 added the QR labels",
    "Manyfold 0.100 is out",
    "Wavelog 2.0 imports the old Cloudlog database",
    "PartKeepr 1.4 is the last release",
    "TNG 15 has the new census template",
    "fixed in commit 5b7d02e, see the changelog",
    "SPOOLMAN_DB_PASSWORD=",
    "DATABASE_PASSWORD=${DATABASE_PASSWORD}",
    "ASTROMETRY_API_KEY: <your api key>",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the test card in the shop's docs",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "write to club@example.org on the form",
    "192.0.2.53 is a documentation address",
    "203.0.113.9 is a documentation address",
    "2001:db8:53::1 is a documentation address",
    "999 on Lewis, 112 in Zeeland, 10111 in Namibia",
    "HS2 is the postcode for Ness and Uig",
    "4331 is the postcode of Middelburg",
    "R0C 1B0 is the postal code of Gimli",
    "575001 is the pin code of Mangaluru",
    "bring a red torch, no white lights on the field",
    "remind me to buy more flux",
    "did the new eyepiece come yet",
    "see you at the club on thursday",
    "the solder fumes give me a headache",
]  # fmt: skip


def _typo53(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': cold fingers at the telescope or a hand busy with
    the soldering iron, the space one letter late so a word's first letter joins the one before ('the scope'
    -> 'th escope'), or a key held so long its letter doubles ('solder' -> 'soldder'). Only in sentences typed
    to the bot or a friend."""
    if not _chat_like(template):
        return template
    order = [0, 1] if rng.random() < 0.5 else [1, 0]
    for kind in order:
        if kind == 0:
            pairs = [  # a title stays a word of its own
                m
                for m in SPACE_LATE_HELDOUT53.finditer(template)
                if not {m.group(1).lower(), (m.group(2) + m.group(3)).lower()} & set(TITLED_HELDOUT53)
            ]
            if pairs:
                m = rng.choice(pairs)
                slipped = f"{m.group(1)}{m.group(2)} {m.group(3)}"
                return template[: m.start()] + slipped + template[m.end() :]
        else:
            words = [
                m
                for m in LONG_WORD_HELDOUT53.finditer(template)
                if m.group(1).lower() not in TITLED_HELDOUT53
            ]
            if words:
                m = rng.choice(words)
                word = m.group(1)
                i = rng.randrange(1, len(word))
                word = word[:i] + word[i] + word[i:]
                return template[: m.start()] + word + template[m.end() :]
    return template


def build_heldout53(seed: int = HELDOUT53_SEED) -> list[Example]:
    """Held-out set 53: `Gen53` values in `HELDOUT53_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen53(seed)
    return assemble_module_set(
        gen, HELDOUT53_TEMPLATES, HELDOUT53_MIXED, HELDOUT53_NEGATIVES, _typo53, person=gen.person_for
    )
