"""Held-out PII set 62 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout62": written before round 41 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT62 is empty, as for
held-out 16 to 61; written at the same time as held-out 61, the two authors split the world between them: 62
takes moving home and unusual homes (house moves and removal vans, storage units, houseboats and canal
moorings, caravan and mobile-home parks, tiny houses and van life, house-sitting and home swaps, co-living
and boarding houses, student lets and deposit disputes with landlords, postal redirection and
change-of-address forms), 61 takes shops, markets and making things by hand); hand-written lists of
Lhotshampa (Nepali-speaking Bhutanese) families from the Beldangi and Sanischare camps resettled in Akron's
North Hill, Pittsburgh's Carrick and Harrisburg (two-part given names, a US lease's 'Family, Given M.' that
makes the second part of the given name a middle initial, and 'daju' (elder brother) or 'bahini' (younger
sister) after the first part of the given name: 'Tika Ram Dhakal', 'Dhakal, Tika R.', 'Khem daju', 'Januka
bahini'), the woonboot (houseboat) dwellers of Amsterdam's Prinsengracht, Amstel, Houthavens and IJburg's
floating homes (Dutch family names with their 'tussenvoegsel', a register's 'Veen, M. van der' that sorts by
the core of the name, initials before it, and 'meneer' or 'mevrouw' before the family name with the
tussenvoegsel capitalised as Dutch writes it there: 'Maarten van der Veen', 'J.P. de Wit', 'Veen, M. van
der', 'mevrouw Van Dam'), Québécois snowbirds wintering in the mobile-home parks of Dania Beach, Lake Worth
and Hollywood, Florida (compound given names, a child's double family name, and 'matante' or 'mononc' before
a given name, as Quebec says aunt and uncle: 'Jean-Guy Tremblay', 'Sylvie Gagnon-Pelletier', 'matante
Huguette', 'mononc Réjean'), the Hanji houseboat families of Srinagar's Dal and Nigeen lakes (two-part given
names and the initials a houseboat's board or a ledger makes of them: 'Ghulam Nabi Wangnoo', 'G.N.
Wangnoo', 'Haleema Dangroo') and Griqua families of Kimberley's Galeshewe and of Griquatown moving into new
houses (Afrikaans given names with Griqua family names, the diminutives a family calls people by, the
initials of an Afrikaans form and a municipal housing list's 'FAMILY, Given': 'Andries Waterboer', 'A.J.
Barends', 'Gertjie', 'Saartjie', 'Klaase, Magdalena'); a register's 'Surname, Given' for every origin, the
title always outside the span, a lot, a mooring, a storage unit or a case number beside the name and outside
it; a removal company's job sheet ('Crew lead:', 'Customer:'), a storage facility's ('Unit 214 renter:',
'Authorised access:'), a mooring register's ('Ligplaatshouder:', 'Boat owner:'), a mobile-home park's ('Lot
47 resident:', 'Park manager:'), a house-sit's ('Sitter:', 'Homeowner:'), a home swap's ('Swap partner:'), a
tenancy's ('Tenant:', 'Landlord:', 'Guarantor:'), a deposit dispute's ('Claimant (tenant):'), a co-living
house's ('Room 3:', 'House lead:'), a postal redirection form's ('Redirect mail for:', 'Previous
occupant:'), a resettlement agency's ('Case head:') and a Dutch, Quebec and Afrikaans form's ('Naam
bewoner:', 'Locataire :', 'Huurder:') fields; over three quarters of the sentences typed to the bot or a
friend: the removal van and the crew, boxes and the storage unit, the houseboat's mooring fee and the
shikara to the shore, the mobile-home park's lot rent and the drive down from Quebec, the tiny house's
trailer and the van's solar, house-sits and home swaps, the co-living house's rota, the student let's
deposit and the landlord, redirected mail and change-of-address forms, the resettlement agency's new flat
and the RDP house's keys; self-hosted apps' config no earlier set pasted: addy.io's (AnonAddy's) .env and
SimpleLogin's .env for the e-mail aliases a change of address needs, Zipline's .env for the inventory
photos sent to a landlord, Koillection's .env for a catalogue of packed boxes and gethomepage's
services.yaml for a van's dashboard; those regions' addresses (Akron's '1140 Cuyahoga Falls Ave, Apt 3B,
Akron, OH 44310', Pittsburgh's Brownsville Road in 15210 and Harrisburg's Derry Street in 17104, an
Amsterdam houseboat's 'Prinsengracht t/o 263, 1016 GV Amsterdam' that stands opposite (tegenover) a house
number, IJburg's floating homes, a Florida park's 'Lot 47, 2700 Griffin Rd, Dania Beach, FL 33312', a
Quebec address's '1234, rue Principale, app. 3, Saint-Jérôme (Québec) J7Z 1X4', a Srinagar houseboat's
'HB New Golden Flower, Ghat No. 9, Boulevard Road, Dal Lake, Srinagar 190001', Galeshewe's and Kimberley's
four-digit codes and Griquatown's 'Griekwastad, 8365' with an 'Erf' number) and phones (Akron's (330),
Pittsburgh's 412, Harrisburg's +1 717, Amsterdam's 020, Dutch mobiles '06-' and +31 6, Dania's (954), Lake
Worth's 561 with dots, Quebec's 819 and 450, Srinagar's 0194, Indian mobiles with +91 and without, Kimberley's
053 and South African 07x and 08x mobiles with +27); Visa, Mastercard 51-55 and 2221-2720, Amex 34 and 37,
Discover 6011 and India's RuPay 6521 as a removal deposit, a storage unit's first month, a lot's rent or a
house-sit's fee takes them; IBANs of the Netherlands and the United Arab Emirates (the United States,
Canada, India and South Africa have none: the Emirati ones are a Hanji son's wages from Dubai sent home for
the houseboat's new roof); IPs of a storage facility's gate keypad, a houseboat's 4G router, a caravan
park's wifi, a van's solar controller, a co-living house's printer, a student let's smart meter hub, a
removal company's van tracker, a mobile-home park office's NAS, a home swap's smart lock bridge, a shikara
booking tablet, a mail forwarding service's scanner and a tiny house's battery monitor and in the pastes
above, v6 in 2001:1c00:, 2601:547:, 2607:fea8:, 2401:4900: and 2c0f:ef18: ranges; passwords handed over in
ways no earlier set used (written on a packed box's label, taped inside the storage unit's door, in the
houseboat's logbook, on the caravan's gas bottle tag, on the last page of the check-in inventory, in the
redirection confirmation letter, on the estate agent's key tag, in the home swap's welcome binder, on the
note under the house-sitter's doormat and in the van's glovebox), Amsterdam's canals ('Prinsengracht263!'),
Galeshewe ('Galeshewe#8345'), Dal Lake ('DalLake_Shikara'), Dania Beach's lot ('DaniaLot47!'), Akron
('NorthHill330'), leetspeak of moving words ('m0v1ng', 'b0x3s'), a lot and a row ('lot47-row3') and cues in
Dutch ('het wifi wachtwoord is ..., niet doorvertellen'), Quebec French ('le mot de passe du wifi c'est ...,
dis-le pas à personne'), romanised Nepali ('wifi ko password ... ho, kasailai nabhannu'), Afrikaans ('die
wifi wagwoord is ..., moenie vir enigiemand sê nie') and Kashmiri ('wifi hund password chu ..., kanh ti ma
wanun'); usernames on iOverlander, Campendium, Kamernet, Marktplaats, Roomster, MindMyHouse, HouseSitMatch,
Love Home Swap, Airbnb and the CanalWorld forum, shapes like 'x.onthemove', 'vanlife_x7', 'x.woonboot',
'x-lot47', 'x_boxes', 'xy.housesits' and 'dal.x'; dates of birth for a tenancy, a guarantor form, a storage
contract, a mooring licence, a park's resident card, a redirection form and a resettlement case, in a Dutch
register's 'geboortedatum: 14-03-1987', a US lease's '03/14/1987', Quebec French with '1er' for the first
day ('1er mars 1952'), Afrikaans ('14 Maart 1961'), an Indian form's '14.03.1987', a travel document's '14
MAR 1987' and an export's ISO date; typos as a Dutch phone's autocorrect turns an English word into a Dutch
one ('the' -> 'thee', 'and' -> 'aan', 'to' -> 'tot', 'of' -> 'op', 'box' -> 'bos') or a Quebec French
keyboard puts an accent on a word's first 'e' ('need' -> 'néed'); negatives with the same regions' places,
the titles and the name forms explained, houseboat and mooring rules, lot rents and deposits, van sizes,
storage unit sizes and numbers, removal dates and times, job and case numbers without a name, postcodes
alone, boat names, companies named after their founders, versions, a commit, placeholder secrets, a masked
PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), helpline numbers every
user shares, and short everyday chat; no public figure is named).

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

HELDOUT62_SEED = 5148306
# no faker name locale, as in held-out 16 to 61: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT62: list[str] = []
# moving home and unusual homes (held-out 61, written at the same time, takes shops, markets and making
# things by hand); each origin: (men's given names, women's given names, family names); ';' separates names
# throughout, as some hold a space
NAMES_HELDOUT62: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Lhotshampa families resettled in Akron, Pittsburgh and Harrisburg
    "lhotshampa": ("Tika Ram;Khem Raj;Bhim Lal;Om Nath;Chabi Lal;Purna Bahadur;Dhan Kumar;Jas Bahadur;Ganga Ram;Nar Bahadur".split(";"),
                   "Bhakti Maya;Ganga Maya;Tulasa;Devi Maya;Til Kumari;Januka;Indra Maya;Pabitra;Chandrakala;Radhika".split(";"),
                   "Dhakal;Timsina;Ghimirey;Khatiwada;Nirola;Dulal;Siwakoti;Kafley;Chuwan;Monger;Luitel;Phuyel".split(";")),
    # woonboot dwellers of Amsterdam
    "woonboot": ("Joost;Maarten;Sjoerd;Gijs;Wouter;Thijs;Joris;Ruud;Kees;Bram".split(";"),
                 "Marieke;Femke;Lotte;Anneke;Ineke;Saskia;Mirjam;Joke;Wendela;Fleur".split(";"),
                 "van der Veen;de Wit;Brouwer;van Leeuwen;Schipper;Kuijpers;Verhoeven;van Dam;Oosterhuis;Zwart;ter Horst;van 't Hof".split(";")),
    # Québécois snowbirds of Florida's mobile-home parks
    "snowbird": ("Gaétan;Réjean;Ghislain;Normand;Jean-Guy;Rosaire;Gilles;Clément;Fernand;Raynald".split(";"),
                 "Huguette;Micheline;Francine;Lise;Jocelyne;Thérèse;Gisèle;Réjeanne;Pierrette;Colette".split(";"),
                 "Tremblay;Gagnon;Bouchard;Pelletier;Lévesque;Ouellet;Bélanger;Lapointe;Fortin;Nadeau;Cloutier;Thibodeau".split(";")),
    # Hanji houseboat families of Srinagar's Dal and Nigeen lakes
    "hanji": ("Ghulam Nabi;Abdul Rashid;Bashir Ahmad;Mohammad Yousuf;Showkat Ahmad;Farooq Ahmad;Manzoor Ahmad;Ghulam Rasool;Nazir Ahmad;Mushtaq Ahmad".split(";"),
              "Haleema;Mehmooda;Sakina;Taja;Rafiqa;Shameema;Dilshada;Naseema;Shahzada;Fatima".split(";"),
              "Wangnoo;Dar;Mir;Lone;Sofi;Rather;Kuchay;Shalla;Dangroo;Gilkar;Tramboo;Chapri".split(";")),
    # Griqua families of Kimberley's Galeshewe and of Griquatown
    "griqua": ("Andries;Gert;Klaas;Jacobus;Dawid;Cornelius;Barend;Lukas;Willem;Piet".split(";"),
               "Saartjie;Magdalena;Katrina;Aletta;Rachel;Susanna;Lenie;Martha;Sofia;Mietjie".split(";"),
               "Waterboer;Barends;Klaase;Gertse;Draghoender;Links;Snyders;Visagie;Jaars;Kok;Hendricks;Pienaar".split(";")),
}  # fmt: skip
# the diminutives a Griqua family calls people by: (men's, women's)
NICKS_HELDOUT62 = {
    "griqua": ("Gertjie Klasie Dawie Kosie Neels Willie Piettie".split(), "Saar Lena Kaatjie Lettie Sannie Mietjie".split()),
}  # fmt: skip
# a title next to the name (outside the span): before it or after it ('Khem daju'), with the origin, whether
# a woman, and whether the title goes with the family name (True) or the given name (False)
TITLED_HELDOUT62: dict[str, tuple[str, bool, bool]] = {
    "daju": ("lhotshampa", False, False),  # elder brother, after the first part of a man's given name
    "bahini": ("lhotshampa", True, False),  # younger sister, after the first part of a woman's given name
    "meneer": ("woonboot", False, True),  # before a Dutch family name, its tussenvoegsel capitalised
    "mevrouw": ("woonboot", True, True),
    "matante": ("snowbird", True, False),  # Quebec's 'ma tante', before a given name
    "mononc": ("snowbird", False, False),  # Quebec's 'mon oncle'
}
TITLE_SLOT_HELDOUT62 = re.compile(
    r"(?<![\w'-])(meneer|mevrouw|matante|mononc) \{\}|\{\} (daju|bahini)(?![\w'])",
    re.IGNORECASE,
)
# IBANs of this set's people: a woonboot's mooring fee and a Hanji son's wages from Dubai
IBAN_SHAPES_HELDOUT62 = {"NL": "4a10n", "AE": "19n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT62 = ["moving", "boxes", "removals", "storage", "woonboot", "mooring", "lotrent", "tinyhouse",
                      "vanlife", "housesit", "homeswap", "coliving", "studentlet", "deposit", "redirect",
                      "shikara"]  # fmt: skip
# a Dutch phone's autocorrect turns an English word into a Dutch one
DUTCH_AUTOCORRECT_HELDOUT62 = {
    "the": "thee",
    "and": "aan",
    "to": "tot",
    "of": "op",
    "box": "bos",
    "boxes": "bossen",
}
DUTCH_WORD_HELDOUT62 = re.compile(r"(?<![\w{}'@.#$-])(the|and|to|of|box|boxes)(?![\w{}'@.-])")
# a word with an 'e' a Quebec French keyboard may accent
E_WORD_HELDOUT62 = re.compile(r"(?<![\w{}'@.#$-])([a-df-z]*e[a-z]*)(?![\w{}'@.-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ("van 't Hof" -> 'vanthof',
    'Réjean' -> 'rejean', 'Ghulam Nabi' -> 'ghulamnabi')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _split_dutch(last: str) -> tuple[str, str]:
    """(tussenvoegsel, core) of a Dutch family name ('van der Veen' -> ('van der', 'Veen'), 'Brouwer' ->
    ('', 'Brouwer'))."""
    words = last.split(" ")
    i = 0
    while i < len(words) - 1 and (words[i][:1].islower() or words[i] == "'t"):
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


def _capital_prefix(last: str) -> str:
    """A Dutch family name with no given name or initial before it: the tussenvoegsel capitalised ('van der
    Veen' -> 'Van der Veen', "van 't Hof" -> "Van 't Hof")."""
    return last[:1].upper() + last[1:]


def _initials(given: str, rng: random.Random) -> str:
    """Initials of a given name, one per part ('Ghulam Nabi' -> 'G.N.'), and for a one-part name sometimes a
    second from a middle name ('Joost' -> 'J.' or 'J.P.')."""
    parts = re.split(r"[ -]", given)
    if len(parts) == 1 and rng.random() < 0.5:
        return f"{parts[0][0]}.{rng.choice('ABCHJMPW')}."
    return "".join(f"{p[0]}." for p in parts)


class Gen62(Gen3):
    """Generators for held-out set 62: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT62."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT62))
        men, women, lasts = NAMES_HELDOUT62[origin]
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
        lasts = NAMES_HELDOUT62[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "lhotshampa" and " " in first and r < 0.3:  # a US lease: 'Dhakal, Tika R.'
            a, b = first.split(" ", 1)
            return f"{last}, {a} {b[0]}."
        if origin == "woonboot":
            if r < 0.25:  # a register sorts by the core: 'Veen, M. van der'
                prefix, core = _split_dutch(last)
                return f"{core}, {_initials(first, rng)} {prefix}".strip()
            if r < 0.45:  # initials: 'J.P. de Wit'
                return f"{_initials(first, rng)} {last}"
        if origin == "snowbird" and r < 0.25:  # a child's double family name
            return f"{first} {last}-{other}"
        if origin == "hanji" and r < 0.35:  # a houseboat's board: 'G.N. Wangnoo'
            return f"{_initials(first, rng)} {last}"
        if origin == "griqua":
            if r < 0.25:  # an Afrikaans form's initials: 'A.J. Barends'
                return f"{_initials(first, rng)} {last}"
            if r < 0.4:  # a municipal housing list: 'KLAASE, Magdalena'
                return f"{last.upper()}, {first}"
        if r > 0.88:  # a register's 'Surname, Given' ('Veen, Maarten van der' for a Dutch name)
            prefix, core = _split_dutch(last) if origin == "woonboot" else ("", last)
            return f"{core}, {first} {prefix}".strip()
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.66:
            name = self._full(origin, first, last, woman)
        elif r < 0.86:
            name = first
            if origin in NICKS_HELDOUT62 and rng.random() < 0.5:  # the diminutive alone
                name = rng.choice(NICKS_HELDOUT62[origin][woman])
        else:
            name = _capital_prefix(last) if origin == "woonboot" else last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Khem daju', 'mevrouw Van Dam', 'matante Huguette'), from
        the origin that uses it."""
        rng = self.rng
        origin, woman, family = TITLED_HELDOUT62[title.lower()]
        men, women, lasts = NAMES_HELDOUT62[origin]
        if family:
            return _capital_prefix(rng.choice(lasts))
        given = rng.choice(women if woman else men)
        return given.split(" ")[0] if origin == "lhotshampa" else given

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT62.search(template)
        if m:
            return self.titled_person(m.group(1) or m.group(2))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        up = "ABCDEGHJKLMNPRTVWXZ"  # Dutch postcode letters (no S, so no SA, SD or SS)
        ca = "ABCEGHJKLMNPRSTVWXYZ"  # Canadian postcode letters (no D, F, I, O, Q or U)
        shapes = [
            f"{rng.randint(100, 1999)} {pick(['Cuyahoga Falls Ave', 'E Tallmadge Ave', 'N Main St', 'Chalker St'])}, Apt {rng.randint(1, 6)}{pick('ABCD')}, Akron, OH {pick(['44310', '44305', '44306'])}",
            f"{rng.randint(1, 3000)} {pick(['Brownsville Rd', 'Churchview Ave', 'Nobles Ln'])}, Pittsburgh, PA {pick(['15210', '15227', '15236'])}",
            f"{rng.randint(100, 2999)} {pick(['Derry St', 'Market St', 'S 13th St'])}, Harrisburg, PA {pick(['17104', '17111', '17103'])}",
            f"{pick(['Prinsengracht', 'Herengracht', 'Amstel', 'Lijnbaansgracht', 'Singel'])} t/o {rng.randint(2, 900)}, 10{rng.randint(11, 19)} {pick(up)}{pick(up)} Amsterdam",
            f"{pick(['Westerdok', 'Houtmankade', 'Realengracht'])} {rng.randint(1, 40)}-{pick(['A', 'B', 'W'])}, 1013 {pick(up)}{pick(up)} Amsterdam",
            f"{pick(['Haringbuisdijk', 'Steigereiland', 'Pampuslaan'])} {rng.randint(1, 120)}, 1087 {pick(up)}{pick(up)} Amsterdam",
            f"Lot {rng.randint(1, 300)}, {rng.randint(100, 4000)} {pick(['Griffin Rd', 'Stirling Rd', 'Sheridan St'])}, {pick(['Dania Beach, FL 33312', 'Hollywood, FL 33024', 'Hollywood, FL 33021'])}",
            f"{rng.randint(100, 4000)} S Dixie Hwy, Lot {rng.randint(1, 300)}, Lake Worth, FL 33460",
            f"{rng.randint(10, 4000)}, rue {pick(['Principale', 'Saint-Georges', 'des Érables', 'Labelle'])}, app. {rng.randint(1, 12)}, {pick(['Saint-Jérôme (Québec) J7Z', 'Sherbrooke (Québec) J1H', 'Trois-Rivières (Québec) G9A'])} {rng.randint(1, 9)}{pick(ca)}{rng.randint(1, 9)}",
            f"HB {pick(['New Golden Flower', 'Young Beauty Star', 'Shahenshah', 'Green Palace'])}, Ghat No. {rng.randint(1, 30)}, Boulevard Road, Dal Lake, Srinagar 190001",
            f"HB {pick(['Kashmir Lily', 'Nigeen Queen', 'Jewel of Nigeen'])}, Nigeen Lake, {pick(['Nallah Amir Khan', 'Hazratbal Road'])}, Srinagar 190006",
            f"{rng.randint(1, 9999)} {pick(['Tyala Street', 'Montshiwa Street', 'Ngxumza Street'])}, Galeshewe, Kimberley, 8345",
            f"{rng.randint(1, 200)} {pick(['Du Toitspan Road', 'Long Street', 'Schmidtsdrift Road'])}, {pick(['Kimberley, 8301', 'Belgravia, Kimberley, 8301', 'Hadison Park, Kimberley, 8306'])}",
            f"Erf {rng.randint(100, 2999)}, {rng.randint(1, 90)} {pick(['Hoofstraat', 'Kerkstraat', 'Waterboerstraat'])}, Griekwastad, 8365",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT62)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1940, 2006)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "zoominternet.net", "neo.rr.com", "xs4all.nl", "kpnmail.nl",
                             "ziggo.nl", "videotron.ca", "globetrotter.net", "outlook.com", "rediffmail.com",
                             "webmail.co.za", "telkomsa.net", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(330) {d(3)}-{d(4)}",  # Akron
            f"412-{d(3)}-{d(4)}",  # Pittsburgh
            f"+1 717 {d(3)} {d(4)}",  # Harrisburg
            f"020 {d(3)} {d(4)}",  # Amsterdam
            f"06-{d(8)}",  # Dutch mobile
            f"+31 6 {d(4)} {d(4)}",
            f"(954) {d(3)}-{d(4)}",  # Dania Beach, Hollywood
            f"561.{d(3)}.{d(4)}",  # Lake Worth
            f"819 {d(3)}-{d(4)}",  # Sherbrooke, Trois-Rivières
            f"450-{d(3)}-{d(4)}",  # Saint-Jérôme
            f"0194-24{d(5)}",  # Srinagar
            f"+91 94190 {d(5)}",  # Indian mobile
            f"9906{d(6)}",
            f"053 8{d(2)} {d(4)}",  # Kimberley
            f"0{rng.choice(['72', '73', '82', '83'])} {d(3)} {d(4)}",  # South African mobile
            f"+27 {rng.choice(['71', '76', '84'])} {d(3)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2221", 16), ("34", 15),
                                     ("37", 15), ("6011", 16), ("6521", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT62))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT62[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the storage gate, the houseboat, the caravan park, the van's solar, the
        co-living printer, the smart meter, the van tracker, the park office, the smart lock, the shikara
        tablet, the mail scanner, the tiny house, and this set's pastes; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:1c00:{h()}:{h()}::{h()}", f"2601:547:{h()}:{h()}::{h()}", f"2607:fea8:{h()}:{h()}::{h()}",
                         f"2401:4900:{h()}:{h()}::{h()}", f"2c0f:ef18:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the gate keypad at the storage place is on {}, my code stopped working after the move", v4),
            ("the houseboat's 4g router is {}, the signal drops when the tour boats go past", rng.choice([v4, v6])),
            ("the caravan park wifi gateway is {}, nobody on row c can connect", v4),
            ("the van's solar controller shows up as {}, can you see the battery from there", v4),
            ("the printer in the co-living house is {}, i need to print the tenancy", v4),
            ("the smart meter hub in our student let is {}, the landlord says we used 900 units", rng.choice([v4, v6])),
            ("the removal company's van tracker is {}, they said the lorry is stuck on the a1", v4),
            ("the park office nas is {}, the lot rent receipts are on it", v4),
            ("the smart lock bridge at the swap house is {}, the owners said to add it if the code fails", v4),
            ("the shikara booking tablet at the ghat is on {}", v4),
            ("the mail forwarding place scans our letters on {}, the scanner went offline", v4),
            ("the battery monitor in the tiny house is {}, it says 40 percent", rng.choice([v4, v6])),
            ("DB_HOST={}", v4),
            ("REDIS_HOST={}", v4),
            ("POSTFIX_RELAY_HOST={}", v4),
            ("      url: http://{}:1880", v4),
            ("CORE_HOSTNAME={}", v4),
            ("  - address: {}", v6),
            ("2025-04-01 06:12:44 WARN storage-gate: code rejected at keypad {}", v4),
            ("[zipline] 2025-04-01T06:12:44Z upload refused from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Prinsengracht', 'Herengracht', 'Amstel'])}{rng.randint(2, 900)}{rng.choice(['!', '#', ''])}",
                f"Galeshewe{rng.choice(['#8345', '!Kimberley', '_053'])}",
                f"DalLake_{rng.choice(['Shikara', 'Ghat9', 'Nigeen'])}",
                f"DaniaLot{rng.randint(1, 300)}{rng.choice(['!', '?', '*'])}",
                f"NorthHill{rng.choice(['330', '44310', '_Akron'])}",
                rng.choice(["moving", "boxes", "storage", "mooring", "vanlife"]).translate(leet) + rng.choice(["", "!", "_62"]),
                f"lot{rng.randint(1, 300)}-row{rng.randint(1, 9)}",
                f"{rng.choice(['Carrick', 'Griekwastad', 'IJburg', 'Nigeen', 'Sherbrooke'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Van', 'Box', 'Keys', 'Boat'])}{rng.randint(1, 99)}",
                f"{rng.choice(['redirect', 'deposit', 'housesit'])}-{w()}-{rng.randint(1, 999)}",
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
            ("i wrote the new wifi on the label of the kitchen box, {}", pw),
            ("the padlock code for the storage unit is taped inside the door, {}", d(4)),
            ("the houseboat wifi is in the logbook on the chart table, {}", pw),
            ("the caravan's router password is on the tag on the gas bottle, {}", pw),
            ("the last page of the check-in inventory has the alarm code, {}", d(6)),
            ("the redirection confirmation letter has the online password, {}", pw),
            ("the estate agent's key tag says {}, no idea if that's the alarm or the wifi", pw),
            ("the home swap welcome binder says the wifi is {}", pw),
            ("i left the wifi for the house-sitter under the doormat, {}", pw),
            ("the van's wifi password is on a card in the glovebox, {}", pw),
            ("the key box by the co-living front door is {}", d(4)),
            ("the landlord's deposit scheme login is {}, can you see if they replied", pw),
            ("the lot rent portal password is {}, pay march for us if i forget", pw),
            ("the mooring app login is {}, renew the licence before friday", pw),
            ("ok the removal company portal password is {}, thanks for booking the van", pw),
            ("the storage unit app password is {}, the gate wants it on the phone", pw),
            ("the resettlement office laptop password is {}, it's for the english class", pw),
            # cues in ways no earlier set used
            ("het wifi wachtwoord is {}, niet doorvertellen", pw),
            ("le mot de passe du wifi c'est {}, dis-le pas à personne", pw),
            ("wifi ko password {} ho, kasailai nabhannu", pw),
            ("die wifi wagwoord is {}, moenie vir enigiemand sê nie", pw),
            ("wifi hund password chu {}, kanh ti ma wanun", pw),
            # commands
            ("$ docker exec addy php artisan anonaddy:create-user moving {}", pw),
            ("$ curl -H 'authorization: {}' http://zipline.local:3000/api/upload -F file=@inventory.pdf", tok(64, b64)),
            ("$ psql postgresql://simplelogin:{}@sl-db:5432/simplelogin", colonless),
            # pastes
            ("ANONADDY_SECRET={}", tok(40, alnum)),
            ("APP_KEY=base64:{}", tok(43, b64) + "="),
            ("DB_PASSWORD={}", pw),
            ("FLASK_SECRET={}", tok(48, alnum)),
            ("DB_URI=postgresql://myuser:{}@sl-db:5432/simplelogin", colonless),
            ("CORE_SECRET={}", tok(32, alnum)),
            ("CORE_DATABASE_URL=postgres://zipline:{}@postgresql:5432/zipline", colonless),
            ("APP_SECRET={}", tok(32, hexl)),
            ("      password: {}", pw),
            ("      key: {}", tok(32, hexl)),
            ("HOMEPAGE_VAR_VRM_TOKEN={}", tok(64, hexl)),
            ('  "smtp_password": "{}",', pw),
            ("MAIL_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.onthemove', 'vanlife_x7', 'x-lot47')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.onthemove",
                f"vanlife_{first}{rng.randint(1, 99)}",
                f"{last}.woonboot",
                f"{first}-lot{rng.randint(1, 300)}",
                f"{last}_boxes",
                f"{first}{last[:1]}.housesits",
                f"dal.{first}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "nl": f"{day:02d}-{m:02d}-{year}",
            "us": f"{m:02d}/{day:02d}/{year}",
            "qc": f"{'1er' if day == 1 else day} {FR_MONTHS_HELDOUT62[m - 1]} {year}",
            "af": f"{day} {AF_MONTHS_HELDOUT62[m - 1]} {year}",
            "in": f"{day:02d}.{m:02d}.{year}",
            "doc": f"{day:02d} {EN3_MONTHS_HELDOUT62[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["nl", "us", "qc", "af", "in", "doc", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the letting agent wants my date of birth for the tenancy, it's {}", any_shape),
            ("the guarantor form asks for dad's dob, he was born {}", any_shape),
            ("for the storage contract i put my birthday as {}", any_shape),
            ("the mooring licence renewal needs mijn geboortedatum, {}", s["nl"]),
            ("matante est née le {}, the park wants it for her resident card", s["qc"]),
            ("ouma was gebore op {}, the housing office asked again", s["af"]),
            ("the redirection form wants the date of birth of everyone moving, mine is {}", any_shape),
            ("the resettlement caseworker needs aama's birthday, {} on her card", s["us"]),
            ("geboortedatum: {}", s["nl"]),
            ("Date of Birth (MM/DD/YYYY): {}", s["us"]),
            ("Date de naissance : {}", s["qc"]),
            ("Geboortedatum / Date of birth: {}", s["af"]),
            ("D.O.B.: {}", s["in"]),
            ("DOB: {}", s["doc"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


FR_MONTHS_HELDOUT62 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
AF_MONTHS_HELDOUT62 = (
    "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split()
)
EN3_MONTHS_HELDOUT62 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


HELDOUT62_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is driving the removal van on saturday",
        "can you ask {} if we can leave the boxes in her garage for a week",
        "{} carried the sofa down four flights on his own",
        "the crew lead {} says the wardrobe won't fit in the luton",
        "remind me to ring {} about the storage unit key",
        "{} is looking after the house while we're on the swap",
        "{} is the new house-sitter, she comes with two cats of her own",
        "{} still owes us his share of the deposit",
        "{} says the landlord kept 300 for the carpet",
        "{} runs the caravan park office, ask him about the lot",
        "{} has the mooring next to ours on the prinsengracht",
        "{} brought the shikara round to take the boxes to the houseboat",
        "{} drove down from sherbrooke with the trailer in two days",
        "{} built the tiny house on a trailer in his parents' yard",
        "{} is living in her van in the harbour car park till march",
        "we're swapping houses with {} in august",
        "{} filled in the change of address form for all of us",
        "{} signed for our post at the old flat",
        "{} got the keys to the new house in galeshewe",
        "{} from the resettlement agency found us the flat in north hill",
        "{} is moving out of the co-living house next month",
        "{} is the house lead this term, ask her about the rota",
        "tell {} the van is booked from 8 till 2",
        "i'm meeting {} at the storage place to split the unit",
        "{} daju is bringing the pickup for the beds",
        "{} bahini packed all the kitchen things",
        "meneer {} wants his half of the mooring fee by friday",
        "mevrouw {} next door complained about our boat's generator again",
        "matante {} is back at the park in dania for the winter",
        "mononc {} is driving the motorhome down again this year",
        "ok so {} is taking the fridge, thanks for sorting the van",
        "yes {} is the one in the green narrowboat, say hi",
        "Crew lead: {}",
        "Customer: {}",
        "Unit 214 renter: {}",
        "Authorised access: {}",
        "Ligplaatshouder: {}",
        "Boat owner: {}",
        "Lot 47 resident: {}",
        "Park manager: {}",
        "Sitter: {}",
        "Homeowner: {}",
        "Swap partner: {}",
        "Tenant: {}",
        "Landlord: {}",
        "Guarantor: {}",
        "Claimant (tenant): {}",
        "Room 3: {}",
        "Redirect mail for: {}",
        "Previous occupant: {}",
        "Case head: {}",
        "Naam bewoner: {}",
        "Locataire : {}",
        "Huurder: {}",
        "Job no. 88213 - {}",
        "| 08:00 | 2 men + luton | {} |",
        '"tenant_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the van is picking up from {}",
        "send the deposit letter to {}",
        "the boxes go to {}, second floor",
        "our new place is {}",
        "the house-sitter should go to {}, the key is in the box",
        "redirect everything to {} from monday",
        "mum's winter address is {}",
        "Address: {}",
        "Adres: {}",
        "Adresse : {}",
        "New address: {}",
        '"forwarding_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the inventory photos to {}",
        "the deposit scheme writes to {}",
        "email the removal quote to {}",
        "the home swap confirmations went to {}",
        "Email (tenant): {}",
        '"email": "{}",',
        "MAIL_FROM_ADDRESS={}",
        "ANONADDY_ADMIN_USERNAME={}",
    ],
    "PHONE_NUMBER": [
        "the removal crew's mobile is {}",
        "call the storage place on {}, they open at 7",
        "the park manager's number is {}",
        "the harbour master for the moorings is on {}",
        "ring the landlord on {} about the boiler",
        "Tel.: {}",
        "Telefoon: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the removal deposit with {}",
        "the first month of the storage unit went on {}",
        "the lot rent is on {}",
        "put the house-sit fee on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the mooring fee goes to {}",
        "pay the deposit back into {}",
        "send my share of the van to {}",
        "the landlord wants the rent in {}",
        "IBAN: {}",
        "Rekeningnummer (IBAN): {}",
    ],
    "USERNAME": [
        "on iOverlander I'm {}",
        "my Campendium name is {}",
        "Kamernet has me as {}",
        "on Marktplaats I'm {}",
        "my Roomster profile is {}",
        "my MindMyHouse login is {}",
        "on HouseSitMatch I'm {}",
        "my Love Home Swap user is {}",
        "our Airbnb host account is {}",
        "on the CanalWorld forum I'm {}",
        "the Marktplaats seller for the bed was {}",
        "find us on iOverlander as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT62_MIXED = [
    ("Tenant: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Sitter: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[storage]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/v1/boxes", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the storage padlock code, it's {}", ["PERSON", "SECRET"]),
    ("Guarantor: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Kamernet name is {}, the deposit goes back to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the home swap came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the removal men with {}", ["PERSON", "CREDIT_CARD"]),
    ("matante {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Redirect mail for: {}, new address {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT62_NEGATIVES = [
    "the Lhotshampa are the Nepali-speaking people of southern Bhutan",
    "Beldangi and Sanischare were camps in eastern Nepal",
    "Akron's North Hill has a lot of Bhutanese Nepali shops now",
    "daju means elder brother and bahini younger sister in Nepali",
    "Carrick is in the south of Pittsburgh",
    "there are about 2500 houseboats in Amsterdam",
    "a woonboot address says t/o, opposite the house number on the quay",
    "in Dutch van der and de are called the tussenvoegsel",
    "mevrouw and meneer are how you write Mrs and Mr in Dutch",
    "a Dutch register sorts van der Veen under V for Veen",
    "the mooring permit for a houseboat is called a ligplaatsvergunning",
    "IJburg has floating homes on Steigereiland",
    "the houseboat museum is on the Prinsengracht",
    "snowbirds from Quebec spend the winter in Florida",
    "matante and mononc are how Quebec says aunt and uncle",
    "a Quebec address puts a comma after the house number",
    "the drive from Montreal to Dania Beach is about 24 hours",
    "the lot rent at the park went up to 780 a month",
    "the park closes the pool from May to October",
    "Dal Lake has more than 900 houseboats",
    "a shikara takes you from the ghat to the houseboat",
    "Nigeen Lake is quieter than Dal Lake",
    "the houseboats are built of cedar wood",
    "the Hanji are the boat people of Srinagar",
    "Griquatown is Griekwastad in Afrikaans",
    "Galeshewe is the township next to Kimberley",
    "the Big Hole is in Kimberley",
    "an RDP house is a government house with two rooms",
    "an erf is a plot of land in South African Afrikaans",
    "the Luton van takes a two-bed flat",
    "a 3.5 tonne van can be driven on a normal licence",
    "the 7.5 tonne lorry needs a C1 licence",
    "the storage unit is 50 square feet, unit 214",
    "a 10 x 10 unit holds about a one-bed flat",
    "the removal is booked for 08:00 on 14 March",
    "job no. 88213 is the move on saturday",
    "case 2024-0117 is still with the deposit scheme",
    "the deposit scheme decides within 28 days",
    "the deposit was 1,200 and they kept 300",
    "mail redirection costs 43.20 for three months",
    "the change of address form takes ten working days",
    "the tiny house is 7.2 metres long on a triple axle trailer",
    "the van has 400 watts of solar and a 200Ah battery",
    "our boat is called De Zwaluw",
    "the narrowboat is 57 feet long",
    "the continuous cruiser licence means moving every 14 days",
    "the co-living house has 9 rooms and one kitchen",
    "the rota says bins on tuesday",
    "the student let runs from september to june",
    "the home swap is for three weeks in August",
    "Pickfords and Bishop's Move are old removal firms",
    "Big Yellow and Shurgard are storage companies",
    "addy.io 1.2 changed the alias format",
    "SimpleLogin 4.6 is on docker hub",
    "Zipline v4 moved the config to the database",
    "Koillection 1.6 added a dark theme",
    "gethomepage 0.10 added the Victron widget",
    "fixed in commit 9f3a1c7, see the changelog",
    "ANONADDY_SECRET=<long random string>",
    "FLASK_SECRET=changeme",
    "CORE_SECRET=${ZIPLINE_SECRET}",
    "DB_PASSWORD=",
    "password: changeme",
    "PIN: ****",
    "padlock: ####",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the amex test number",
    "NL91 ABNA 0417 1643 00 is the example IBAN in the docs",
    "AE07 0331 2345 6789 0123 456 is the example IBAN in the docs",
    "write to tenant@example.com on the form",
    "192.0.2.62 is a documentation address",
    "203.0.113.40 is a documentation address",
    "2001:db8:62::1 is a documentation address",
    "1016 GV is a postcode on the Prinsengracht",
    "OH 44310 is North Hill",
    "FL 33312 is Dania Beach",
    "8365 is Griquatown's postcode",
    "190001 is the Srinagar postcode for the Boulevard",
    "call 211 for housing help in Ohio",
    "the van is 10 minutes away",
    "did the keys come yet",
    "bring tape, we ran out",
    "the lift at the new flat is tiny",
    "ok the sofa fits, barely",
    "yes the boxes are all labelled, thanks",
    "the boiler at the new place is making that noise again",
    "WE GOT THE DEPOSIT BACK",
]  # fmt: skip


def _typo62(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a Dutch phone's autocorrect turns an English word
    into a Dutch one ('the' -> 'thee', 'and' -> 'aan', 'to' -> 'tot', 'of' -> 'op', 'box' -> 'bos', 'boxes'
    -> 'bossen'), or a Quebec French keyboard puts an acute accent on a word's first 'e' ('need' -> 'néed').
    Only in sentences typed to the bot or a friend; a title stays as written."""
    if not _chat_like(template):
        return template
    words = list(DUTCH_WORD_HELDOUT62.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + DUTCH_AUTOCORRECT_HELDOUT62[m.group(1)] + template[m.end() :]
    e_words = [m for m in E_WORD_HELDOUT62.finditer(template) if m.group(1).lower() not in TITLED_HELDOUT62]
    if not e_words:
        return template
    m = rng.choice(e_words)
    word = m.group(1)
    i = word.index("e")
    return template[: m.start()] + word[:i] + "é" + word[i + 1 :] + template[m.end() :]


def build_heldout62(seed: int = HELDOUT62_SEED) -> list[Example]:
    """Held-out set 62: `Gen62` values in `HELDOUT62_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen62(seed)
    return assemble_module_set(
        gen, HELDOUT62_TEMPLATES, HELDOUT62_MIXED, HELDOUT62_NEGATIVES, _typo62, person=gen.person_for
    )
