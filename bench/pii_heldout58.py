"""Held-out PII set 58 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout58": written before round 39 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT58 is empty, as for
held-out 16 to 57; written at the same time as held-out 57, the two authors split the world between them: 58
takes family history, inheritance and the dead (genealogy and DNA-match sites, family trees and GEDCOM files,
parish and civil registers, archives and record offices, wills and probate, executors and heirs, estate
clearances, cemeteries and grave care, family reunions, adoption and birth-parent searches), 57 takes life at
sea and in the air); hand-written lists of Armenian-Americans of Fresno, Fowler and Reedley (raisin growers'
families, the church's register and the family plots at the Ararat cemetery: Western Armenian given names,
family names in -ian and the two-word 'Der' names of a priest's descendants, the family name in capitals as a
stone carries it: 'Haroutiun Der Bedrosian', 'Araxie Kalajian', 'Setrak PELOIAN'), Jewish landsmanshaft
families of the Lower East Side, Borough Park and Florida's retirement towns whose burial societies from
Podolia and Bessarabia hold the society plots (Yiddish given names, the Americanised given name alone or with
the Yiddish one in brackets, and the Hebrew patronymic of a stone: 'Sheindel Teitelbaum', 'Harry (Hersh)
Kessler', 'Zalman ben Leib'), Muscogee (Creek) and Cherokee Freedmen descendants of Muskogee, Boley and
Tahlequah (the Dawes Rolls' enrollment cards: nineteenth-century given names, a middle initial, the card's
'Surname, Given': 'Ransom W. Rentie', 'Dicey Sango', 'Grayson, Primus'), Swiss-Italians of California's
Central Coast and Marin from the Valle Maggia and the Verzasca (dairy ranchers and the parish books of Cevio
and Sonogno: the double given name, the American given name with an initial: 'Giovanni Battista Respini',
'John B. Tognazzini', 'Erminia Dolcini') and Toisanese Chinese-Americans of San Francisco and Sacramento
(paper sons, the Angel Island case files at the archives: the family name first and a two-syllable given name,
an American given name before the family name, the name in traditional characters: 'Jue Gim Fong', 'Henry
Lowe', '余永康'); a register's and a card's 'Surname, Given' for every origin, the title always outside the
span ('Digin Kalajian', 'Medzmama Zabel', 'Reb Mendel', 'Big Mama Lucinda', 'barba Serafino'); a woman's
maiden name after 'née' is a person of its own, and a GEDCOM file's 'NAME Given /Surname/' keeps its slashes
inside the span; the dead are people as in held-out 29, 35 and 53: an ancestor in a register, a testator, a
name on a stone; family-tree ('Paternal grandfather:', 'Great-grandmother (maternal):'), register ('Father of
the child:', 'Head of household (1910):'), Dawes card ('Enrollee (card 1187):'), will and probate
('Testator:', 'Heir (1/3 share):', 'Residuary beneficiary:', 'Witness to the will:'), cemetery ('Plot
purchased by:', 'Grave tended by:', 'Interred (row C, plot 14):'), estate clearance ('Clearance contact:'),
reunion ('Reunion host:'), adoption ('Birth mother (agency file):', 'Adoptee:'), DNA ('DNA match (1,740
cM):') and immigration ('Paper name:', 'Case file subject:') fields; over three quarters of the sentences
typed to the bot or a friend: DNA matches and shared centimorgans, trees and GEDCOM exports, parish books
and civil registers, microfilm and reading rooms, wills read and probate granted, executors and heirs
quarrelling, clearing a parent's house, grave care and headstones, reunions and their t-shirts, birth-parent
searches and agency files; self-hosted apps' config no earlier set pasted: GeneWeb's base .gwf for a family
tree, AtoM's config.php for a society's archive catalogue, Docmost's .env for a family-history wiki,
Memos's launch line for a reunion's notes and Karakeep's .env for an estate clearance's saved links, with
FamilySearch, BillionGraves and 23andMe-style keys; those regions' addresses (Fresno's Van Ness and Blackstone
Avenues with 937xx ZIPs, Reedley's and Fowler's rural avenues, Yerevan's 'street, building, apt., 0010
Yerevan', the Lower East Side's Orchard and Grand Streets, Borough Park's 13th Avenue, Century Village's
'Building, Apt, West Palm Beach', Kamianets-Podilskyi with its 32300, Muskogee's and Tulsa's streets with
744xx and 741xx, Boley's 'Route 2, Box ...', Cambria's and Petaluma's ranch roads, the Valle Maggia's 'Via
..., 6675 Cevio TI', San Francisco's Chinatown alleys with 94108 and 94133, Sacramento's I Street and
Taishan in traditional characters and romanised with its 529200) and phones (Fresno and Reedley's (559),
Yerevan's +374 10 and Armenian mobiles +374 9x, Manhattan's (212) 47x and Borough Park's (718) 43x, West Palm
Beach's (561), Kamianets-Podilskyi's +380 3849, Muskogee's and Boley's (918), Cambria's (805) 927,
Petaluma's (707) 76x, the Valle Maggia's +41 91 75x and Swiss mobiles +41 79, San Francisco's (415) 98x and
Taishan's +86 750); Visa, Mastercard 51-55 and 2-series, Amex 37, Discover 6011, JCB 35 and Diners 36 in 4-6-4
as a record office, a DNA kit, a stonemason, a probate search or a reunion's t-shirts take them; IBANs of
Switzerland, Ukraine and Israel (every IBAN country was used by an earlier set; the United States, Armenia
and China have none: these are a Valle Maggia cousin's account, a Podolian archive's fees and a relative's
account in Israel); IPs of the record office's microfilm scanner, a cemetery office's plot-map kiosk, an
archive's reading-room camera, a reunion's photo frame, a family NAS holding the scans, an estate
clearance's label printer and in the pastes above, v6 in 2600:1700:, 2a02:1210:, 2a01:6c60:, 2602:fe90: and
2408:8256: ranges; passwords handed over in ways no earlier set used (pencilled on the back of the plot deed,
inside the lid of grandma's button tin, in the sealed envelope with the will, on the DNA kit's box under
the barcode, on the reunion sign-up sheet, on the back of a funeral card in the register, inside the
executor's ring binder, on a luggage tag in the attic, under the clock on the mantelpiece, on the
estate-sale price list), Fresno ('Ararat#Fresno58'), Podolia ('Kamenetz@1903'), the Dawes Rolls
('Dawes!Card1187'), the Valle Maggia ('Cevio_Ranch1875'), Taishan ('PaperSon$1922'), leetspeak of record words
('c3m373ry!', 'pr0b473'), a generation and a line ('gen4-paternal'), and cues in Western Armenian
('wifi-ին գաղտնաբառը ... է'), Yiddish in Hebrew letters ('דער פּאַראָל איז ...'), Ticinese ('la password
dal wifi l'è ..., disal a nissün'), Taishanese Cantonese ('wifi密碼係 ..., 唔好話俾人知') and Oklahoma talk
('wifi password's ..., don't y'all go sharin it'); usernames on 23andMe, AncestryDNA, FamilyTreeDNA,
GEDmatch, WikiTree (the 'Surname-123' ID), BillionGraves, RootsChat, JewishGen, Fold3, Newspapers.com,
DNA Painter and the Armenian genealogy forum, shapes like 'x-roots-y', 'digging.x', 'x_of_cevio',
'grave.hunter.x', 'x.paper.son' and 'tree_x_1890'; dates of birth for a records request, a DNA kit's
registration, an adoption registry, a probate form, a cemetery deed, a reunion's name badge sheet and a
passport for a heritage trip, in Western Armenian with the month in Armenian letters ('ծնած՝ 14 մարտի
1987'), Ticinese Italian with dots ('nato il 14.3.1987'), Chinese with Arabic digits ('1987年3月14日'),
Ukrainian ('14.03.1987 р.н.'), GEDCOM's 'DATE 14 MAR 1987', an Oklahoma form's '3-14-1987' and a registry's
'1987-03-14'; an ancestor's dates are a person's only where someone is named: a bare year or a register's
volume number is a negative; typos as one hand holds a magnifier over a faded register and the other types: a
finger lands one key to the left ('will' -> 'wikl', 'tree' -> 'trwe') or the word's first two letters
swap ('deed' -> 'eded'); negatives with the same regions' places, the titles and
the name forms explained, centimorgans and haplogroups, register volumes, folios and entry numbers, plot and
row numbers, roll and card numbers, census years, probate fees and estate values, reunion dates, prices,
versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail,
documentation IPs (v4 and v6), and short everyday chat; no public figure is named).

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

HELDOUT58_SEED = 6094517
# no faker name locale, as in held-out 16 to 57: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT58: list[str] = []
# family history, inheritance and the dead (held-out 57, written at the same time, takes life at sea and in
# the air); each origin: (men's given names, women's given names, family names); ';' separates names that hold
# a space
NAMES_HELDOUT58: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Armenian-Americans of Fresno, Fowler and Reedley (raisin growers, the Ararat cemetery's family plots)
    "fresno": ("Hagop Kevork Haroutiun Garabed Mihran Setrak Vahan Krikor Avedis Nishan Souren".split(),
               "Araxie Zabel Siranoush Takouhie Nevart Azniv Hripsime Yeghsa Mannig Arshalouys".split(),
               "Kalajian;Der Bedrosian;Boghosian;Kazanjian;Arakelian;Peloian;Kezerian;Melikian;Der Manuelian;Tashjian;Pilibosian;Mouradian".split(";")),
    # landsmanshaft families from Podolia and Bessarabia (the society plots, the burial society's book)
    "landsman": ("Hersh Feivel Zalman Yankel Shmuel Mendel Itzik Leib Nachman Berel".split(),
                 "Sheindel Gitel Feige Chaya Rivke Perl Dvoire Frume Bashe Tzirel".split(),
                 "Teitelbaum Kessler Rosenzweig Lipsky Gurfinkel Nudelman Fuchsman Kanarek Shpilman Vaisman Zeltzer Brodetsky".split()),
    # Muscogee (Creek) and Cherokee Freedmen descendants of Muskogee, Boley and Tahlequah (the Dawes Rolls)
    "freedmen": ("Ransom Primus Cicero Isom Anderson Scipio Thaddeus Lafayette Dandridge Sandy".split(),
                 "Lucinda Malinda Dicey Amanda Patsy Viney Rhoda Sukey Mahala Tennie".split(),
                 "Vann Rentie Grayson Sango Cudjo Barnett Bruner Thornton Drew Colbert Lasley Sells".split()),
    # Swiss-Italians of the Central Coast and Marin from the Valle Maggia and the Verzasca (dairy ranchers)
    "ticino": ("Plinio Serafino Eliseo Costante Battista Giacomo Abbondio Fedele Agostino Celestino".split(),
               "Erminia Albina Cesarina Giuseppina Adelina Ermelinda Teresina Clementina Palmira Virginia".split(),
               "Tognazzini Respini Dolcini Righetti Filippini Martinoni Pedrazzini Codoni Zanolini Gianella Sciaroni Scolari".split()),
    # Toisanese Chinese-Americans of San Francisco and Sacramento (paper sons, the Angel Island case files)
    "toisan": ("Gim Fong;Wing Hong;Quong Sing;Yuen Tai;Bing Kee;Sun Lock;Kwock Jan;Hing Chew".split(";"),
               "Mui Ying;Sau Lin;Yuk Kum;Gum Hor;Lai Wah;Sing Heung;Bo Chun".split(";"),
               "Jue Yee Lowe Dea Gin Fong Louie Quan Hom Woo Lum Tom".split()),
}  # fmt: skip
# American given names in the landsmanshaft's and Chinatown's records: (men's, women's)
AMERICAN_HELDOUT58 = {
    "landsman": ("Harry Morris Max Louis Sam Abe".split(), "Sadie Fannie Bessie Ida Minnie Rose".split()),
    "toisan": ("Henry Albert Frank Eddie George".split(), "Dorothy Mabel Lily Florence Helen".split()),
    "ticino": ("John Joe Charles Louis Peter".split(), "Mary Katie Louise Annie Rose".split()),
}
# a case file's or a stone's name in traditional characters (Taishan)
HANZI_HELDOUT58 = "余永康 雷觀勝 謝玉琴 甄秀蓮 黃瑞泰 李秉基 伍新樂 梅麗華 關金芳 鄺玉蘭".split()
# a title next to the name (outside the span), with the origin, whether a woman, and whether the family name
# follows it ('Digin Kalajian') rather than the given name ('Medzmama Zabel', 'Reb Mendel', 'barba Serafino')
TITLED_HELDOUT58: dict[str, tuple[str, bool, bool]] = {
    "digin": ("fresno", True, True),  # Western Armenian 'Mrs'
    "medzmama": ("fresno", True, False),  # grandmother
    "reb": ("landsman", False, False),
    "big mama": ("freedmen", True, False),
    "barba": ("ticino", False, False),  # Ticinese 'uncle'
}
TITLE_SLOT_HELDOUT58 = re.compile(r"(?<![\w'])(digin|medzmama|reb|big mama|barba) \{\}", re.IGNORECASE)
# a married woman's name, then her maiden name after 'née' (two people's names in the eyes of the set: the
# maiden family name is a span of its own)
MAIDEN_SLOT_HELDOUT58 = re.compile(r"\{\},? née \{\}", re.IGNORECASE)
# a GEDCOM line's name: 'Given /Surname/'
# a template's hints at the person it names: a woman or a man, and the origin whose records it quotes
WOMAN_CUE_HELDOUT58 = re.compile(r"\b(she|her|mother|grandmother|godmother|widow)\b", re.IGNORECASE)
MAN_CUE_HELDOUT58 = re.compile(r"\b(he|his|father|grandfather|grandpa's)\b", re.IGNORECASE)
ORIGIN_CUE_HELDOUT58 = [
    (re.compile(r"angel island|paper name|case file", re.IGNORECASE), "toisan"),
    (re.compile(r"dawes|enrollee", re.IGNORECASE), "freedmen"),
    (re.compile(r"society plot|burial society", re.IGNORECASE), "landsman"),
    (re.compile(r"cevio|cambria|ranch", re.IGNORECASE), "ticino"),
    (re.compile(r"fresno", re.IGNORECASE), "fresno"),
]
GEDCOM_SLOT_HELDOUT58 = re.compile(r"1 NAME \{\}")
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT58 = {"CH": "5n12c", "UA": "6n19c", "IL": "19n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT58 = ["roots", "tree", "dna", "archive", "probate", "estate", "grave", "reunion", "parish",
                      "register", "heirs", "census", "cemetery", "kin", "lineage", "gedcom"]  # fmt: skip
# slips outside the slots: one hand holds a magnifier over a faded register, the other types, and a finger lands
# one key to the left of the one meant
KEY_LEFT_HELDOUT58 = {
    "e": "w",
    "r": "e",
    "t": "r",
    "y": "t",
    "u": "y",
    "i": "u",
    "o": "i",
    "d": "s",
    "l": "k",
    "n": "b",
    "m": "n",
    "h": "g",
}
WORD_HELDOUT58 = re.compile(r"(?<![\w{}'@.#$/-])([a-z]{4,})(?![\w{}'@/-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Der Bedrosian' ->
    'derbedrosian', 'Gim Fong' -> 'gimfong')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen58(Gen3):
    """Generators for held-out set 58: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self._maiden_origin: str | None = None  # set between a 'née' slot's married name and its maiden name

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT58."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT58))
        men, women, lasts = NAMES_HELDOUT58[origin]
        if woman is None:  # family historians and the ancestors they find: about half women
            woman = rng.random() < 0.52
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        men = NAMES_HELDOUT58[origin][0]
        if origin == "fresno" and r < 0.2:  # the family name in capitals, as the stone has it
            return f"{first} {last.upper()}"
        if origin == "landsman":
            if r < 0.25:  # the Americanised given name
                return f"{rng.choice(AMERICAN_HELDOUT58['landsman'][woman])} {last}"
            if r < 0.37:  # the Americanised given name with the Yiddish one in brackets
                return f"{rng.choice(AMERICAN_HELDOUT58['landsman'][woman])} ({first}) {last}"
            if r < 0.52:  # the Hebrew patronymic of a stone
                return f"{first} {'bas' if woman else 'ben'} {rng.choice(men)}"
        if origin == "freedmen" and r < 0.3:  # a middle initial
            return f"{first} {rng.choice('ABCDGHJLMRSTW')}. {last}"
        if origin == "ticino":
            if r < 0.2 and not woman:
                return f"Giovanni Battista {last}"
            if r < 0.4:  # the American given name with an initial
                return f"{rng.choice(AMERICAN_HELDOUT58['ticino'][woman])} {rng.choice('ABCDGLMPS')}. {last}"
        if origin == "toisan":
            if r < 0.4:  # the family name first
                return f"{last} {first}"
            if r < 0.62:
                return f"{rng.choice(AMERICAN_HELDOUT58['toisan'][woman])} {last}"
            if r < 0.74:
                return rng.choice(HANZI_HELDOUT58)
        if r > 0.88:  # a register's or a card's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self, origin: str | None = None, woman: bool | None = None) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if r < 0.64:
            name = self._full(origin, first, last, woman)
        elif r < 0.84:
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
        """A name for a title written before it ('Digin Kalajian', 'Medzmama Zabel', 'big mama Lucinda'),
        from the origin that uses it."""
        origin, woman, family = TITLED_HELDOUT58[title.lower()]
        men, women, lasts = NAMES_HELDOUT58[origin]
        return self.rng.choice(lasts if family else (women if woman else men))

    def maiden_person(self) -> str:
        """For a 'née' slot, in turn: a married woman's name, then a maiden family name of the same origin."""
        rng = self.rng
        if self._maiden_origin is None:
            origin, first, last, _ = self._origin_name(woman=True)
            self._maiden_origin = origin
            if origin == "toisan" and rng.random() < 0.5:
                return f"{rng.choice(AMERICAN_HELDOUT58['toisan'][True])} {last}"
            return f"{first} {last}"
        origin, self._maiden_origin = self._maiden_origin, None
        return rng.choice(NAMES_HELDOUT58[origin][2])

    def gedcom_person(self) -> str:
        """A GEDCOM NAME line's value: 'Given /Surname/'."""
        _, first, last, _ = self._origin_name()
        return f"{first} /{last}/"

    def person_for(self, template: str) -> str:
        """A name for a PERSON slot of the template: a titled one's, a 'née' pair's or a GEDCOM line's where
        the template has one."""
        m = TITLE_SLOT_HELDOUT58.search(template)
        if m:
            return self.titled_person(m.group(1))
        if MAIDEN_SLOT_HELDOUT58.search(template):
            return self.maiden_person()
        if GEDCOM_SLOT_HELDOUT58.search(template):
            return self.gedcom_person()
        woman = (
            True
            if WOMAN_CUE_HELDOUT58.search(template)
            else False
            if MAN_CUE_HELDOUT58.search(template)
            else None
        )
        origin = next((o for cue, o in ORIGIN_CUE_HELDOUT58 if cue.search(template)), None)
        return self.person(origin, woman)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        shapes = [
            f"{rng.randint(1100, 4999)} N Van Ness Ave, Fresno, CA 9372{rng.choice('2458')}",
            f"{rng.randint(2000, 6999)} N Blackstone Ave, Apt {rng.randint(101, 340)}, Fresno, CA 93726",
            f"{rng.randint(10000, 24999)} E {pick(['Manning', 'Adams', 'South'])} Ave, {pick(['Reedley, CA 93654', 'Fowler, CA 93625'])}",
            f"{pick(['Tumanyan', 'Pushkin', 'Nalbandyan', 'Koghbatsi'])} St., bldg. {rng.randint(1, 60)}, apt. {rng.randint(1, 48)}, 00{rng.randint(10, 25)} Yerevan, Armenia",
            f"{rng.randint(80, 190)} Orchard St, Apt {rng.randint(2, 6)}{pick('ABCDR')}, New York, NY 10002",
            f"{rng.randint(4000, 5999)} 13th Ave, Brooklyn, NY 11219",
            f"{pick(['Andover', 'Sheffield', 'Kingswood', 'Dorchester'])} {pick('ABCDEFGH')}, Apt {rng.randint(101, 260)}, Century Village, West Palm Beach, FL 33417",
            f"vul. {pick(['Zarvanska', 'Troitska', 'Starobulvarna'])}, {rng.randint(1, 80)}, Kamianets-Podilskyi, Khmelnytska obl., 32300, Ukraine",
            f"{rng.randint(200, 2999)} N {pick(['11th', 'Cherokee', 'Main'])} St, Muskogee, OK 7440{rng.choice('13')}",
            f"Route 2, Box {rng.randint(10, 499)}, Boley, OK 74829",
            f"{rng.randint(100, 2599)} N Greenwood Ave, Tulsa, OK 74106",
            f"{rng.randint(100, 999)} {pick(['Muskogee Ave', 'Water Ave', 'Downing St'])}, Tahlequah, OK 74464",
            f"{rng.randint(1000, 6999)} {pick(['Santa Rosa Creek Rd', 'Main St', 'Burton Dr'])}, Cambria, CA 93428",
            f"{rng.randint(2000, 7999)} {pick(['Bodega Ave', 'Chileno Valley Rd', 'Red Hill Rd'])}, Petaluma, CA 9495{rng.choice('24')}",
            f"Via {pick(['Cantonale', 'alla Chiesa', 'Bavona', 'della Posta'])} {rng.randint(1, 40)}, 6675 Cevio TI, Switzerland",
            f"{pick(['Ross Alley', 'Waverly Pl', 'Spofford St'])} {rng.randint(20, 60)}, Apt {rng.randint(1, 9)}, San Francisco, CA 94108",
            f"{rng.randint(700, 1099)} {pick(['Stockton St', 'Clay St', 'Jackson St'])}, San Francisco, CA 9413{rng.choice('38')}",
            f"{rng.randint(300, 999)} I St, Sacramento, CA 95814",
            f"廣東省台山市{pick(['斗山鎮', '端芬鎮', '台城街道'])}{pick(['浮石村', '翁家樓村', '西廓路'])}{rng.randint(1, 88)}號",
            f"No. {rng.randint(1, 88)}, {pick(['Fushi Village, Doushan Town', 'Duanfen Town', 'Taicheng Subdistrict'])}, Taishan, Guangdong 529200",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT58)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{subject}.{last}{rng.randint(1, 9)}",
                           f"{first}{rng.randint(1941, 2003)}", f"{last}_{subject}", f"{first}.{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "comcast.net", "sbcglobal.net", "att.net", "icloud.com",
                             "cox.net", "bluewin.ch", "ticino.com", "ukr.net", "netvision.net.il", "mail.am",
                             "hotmail.com", "aol.com", "126.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(559) 4{rng.choice('3459')}{d(1)}-{d(4)}",  # Fresno
            f"559-638-{d(4)}",  # Reedley
            f"+374 10 {d(2)} {d(2)} {d(2)}",  # Yerevan
            f"+374 9{rng.choice('1349')} {d(3)} {d(3)}",  # Armenian mobile
            f"(212) 47{d(1)}-{d(4)}",  # Manhattan
            f"718.43{d(1)}.{d(4)}",  # Borough Park
            f"(561) 6{d(2)}-{d(4)}",  # West Palm Beach
            f"+380 3849 {d(2)} {d(3)}",  # Kamianets-Podilskyi
            f"(918) 68{rng.choice('237')}-{d(4)}",  # Muskogee
            f"918-667-{d(4)}",  # Boley
            f"805-927-{d(4)}",  # Cambria
            f"(707) 76{rng.choice('2369')}-{d(4)}",  # Petaluma
            f"+41 91 75{rng.choice('34')} {d(2)} {d(2)}",  # the Valle Maggia
            f"+41 79 {d(3)} {d(2)} {d(2)}",  # Swiss mobile
            f"(415) 98{rng.choice('1269')}-{d(4)}",  # Chinatown
            f"+86 750 5{d(3)} {d(3)}",  # Taishan
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2720", 16), ("37", 15),
                                     ("6011", 16), ("35", 16), ("36", 14)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 14:  # Diners in 4-6-4
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.72:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT58))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT58[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the record office, the cemetery office, the archive, the reunion, the
        family NAS, the estate clearance, and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2600:1700:{h()}:{h()}::{h()}", f"2a02:1210:{h()}:{h()}::{h()}", f"2a01:6c60:{h()}::{h()}",
                         f"2602:fe90:{h()}:{h()}::{h()}", f"2408:8256:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the microfilm scanner at the record office is {}, it saves straight to the share", v4),
            ("the cemetery office's plot map kiosk is on {}, it froze on row c again", v4),
            ("the reading room camera at the archive is {}, they want it off while we photograph", rng.choice([v4, v6])),
            ("the reunion photo frame is {}, uncle keeps sending pictures to it", v4),
            ("i put the family nas on {}, all the parish book scans are on it", v4),
            ("the label printer for the estate clearance is {}, we're pricing the attic stuff", v4),
            ("my cousin in cevio has the tree on his laptop at {}, help me connect", rng.choice([v4, v6])),
            ("the society's gedcom server is {}, the upload keeps failing", v4),
            ("the church office pc with the old registers is {}", v4),
            ("grandpa's old pc we're clearing out was {} on the home network", v4),
            ("the headstone engraver's proof viewer is {}, check the spelling on it", v4),
            ("set the dna match spreadsheet box to {} so everyone in the family can see it", v4),
            ("atom_db_host = {}", v4),
            ("host={}", v4),
            ("DATABASE_URL=postgresql://docmost@{}:5432/docmost", v4),
            ("$ memos --mode prod --addr {} --port 5230", v4),
            ("  listen: [{}]:2317", v6),
            ("$ gwd -hd /usr/share/geneweb -bd /var/lib/geneweb -a {}", v4),
            ("2025-06-11T14:03:52.118Z karakeep:worker crawl failed ECONNREFUSED {}:7700", v4),
            ("[11/Jun/2025:14:03:52 +0000] {} \"GET /index.php/search?q=kalajian HTTP/1.1\" 200 5120", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Ararat#{rng.choice(['Fresno', 'Reedley', 'Fowler'])}{rng.randint(1, 99)}",
                f"Kamenetz@{rng.choice(['', 'Podolia', 'Society'])}{rng.randint(1890, 1925)}",
                f"Dawes!{rng.choice(['Card', 'Roll', 'Boley'])}{rng.randint(100, 9999)}",
                f"Cevio_{rng.choice(['Ranch', 'Maggia', 'Bavona'])}{rng.randint(1850, 1920)}",
                f"PaperSon${rng.choice(['', 'Taishan', 'Clay'])}{rng.randint(1906, 1940)}",
                rng.choice(["cemetery", "probate", "ancestor", "heirloom", "register"]).translate(leet) + rng.choice(["", "!", "_58"]),
                f"gen{rng.randint(2, 9)}-{rng.choice(['paternal', 'maternal'])}",
                f"{rng.choice(['VanNess', 'Orchard', 'Greenwood', 'Bavona', 'Waverly'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Tree', 'Plot', 'Heirs', 'Roots'])}{rng.randint(1, 99)}",
                f"{rng.choice(['headstone', 'probate', 'gedcom'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        url_pw = re.sub(r"[@:/#%+$&?*]", "", pw)  # a password as it goes into a URL unescaped
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        options = [
            # passwords handed over in ways no earlier set used
            ("the ancestry login is pencilled on the back of the plot deed, {}", pw),
            ("grandma kept the ipad password inside the lid of her button tin, {}", pw),
            ("the sealed envelope with the will had her email password in it too, {}", pw),
            ("the dna kit box has the account password written under the barcode, {}", pw),
            ("i put the wifi for the reunion on the sign-up sheet, {}", pw),
            ("someone wrote the parish laptop password on the back of a funeral card, {}", pw),
            ("the executor's ring binder has dad's bank login at the back, {}", pw),
            ("found his laptop password on a luggage tag in the attic, {}", pw),
            ("the code for the key safe is under the clock on the mantelpiece, {}", d(4)),
            ("the estate sale price list has the tablet password on the last page, {}", pw),
            ("the gedcom zip is locked, the password is {}", pw),
            ("my 23andme password is {}, download the raw data for me", pw),
            ("the cemetery office gate code is {}", d(5)),
            ("mum's phone pin was {}, we need the photos off it", d(6)),
            ("i changed the family tree site's admin password to {}", pw),
            ("the probate portal password is {}, don't lose it this time", pw),
            # cues in ways no earlier set used
            ("wifi-ին գաղտնաբառը {} է", pw),
            ("דער פּאַראָל איז {}", pw),
            ("la password dal wifi l'è {}, disal a nissün", pw),
            ("wifi密碼係 {}，唔好話俾人知", pw),
            ("wifi password's {}, don't y'all go sharin it", pw),
            # commands
            ("$ docker run -e APP_SECRET={} docmost/docmost", tok(64, hexl)),
            ("$ mysql -u atom -p{} atom", pw),
            ("$ curl -H 'Authorization: Bearer {}' https://api.familysearch.org/platform/tree/persons/KWCB-QZ7", tok(48, alnum)),
            ("$ curl -H 'X-Api-Key: {}' https://api.billiongraves.com/v1/records", tok(32, hexl)),
            # pastes
            ("wizard_passwd={}", pw),
            ("friend_passwd={}", pw),
            ("    'password' => '{}',", pw),
            ("APP_SECRET={}", tok(64, hexl)),
            ("DATABASE_URL=postgresql://docmost:{}@db:5432/docmost", url_pw),
            ("$ memos --mode prod --driver postgres --dsn 'postgresql://memos:{}@localhost:5432/memos'", url_pw),
            ("NEXTAUTH_SECRET={}", tok(44, b64)),
            ("MEILI_MASTER_KEY={}", tok(32, alnum)),
            ("OPENAI_API_KEY={}", "sk-" + tok(48, alnum)),
            ("FAMILYSEARCH_ACCESS_TOKEN={}", tok(48, alnum)),
            ("  dna_api_token: {}", tok(40, hexl)),
            ("password={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x-roots-y', 'digging.x', 'Surname-123')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}-roots-{last[:4]}",
                f"digging.{first}{rng.randint(1, 99)}",
                f"{first}_of_{rng.choice(['cevio', 'fresno', 'boley', 'taishan', 'kamenetz'])}",
                f"grave.hunter.{first}",
                f"{last}.paper.son",
                f"tree_{last}_{rng.randint(1850, 1930)}",
                f"{last.capitalize()}-{rng.randint(1, 2400)}",  # a WikiTree ID
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "hy": f"{day} {HY_MONTHS_HELDOUT58[m - 1]} {year}",  # Western Armenian, the month in the genitive
            "ti": f"{day}.{m}.{year}",  # Ticinese Italian
            "zh": f"{year}年{m}月{day}日",
            "uk": f"{day:02d}.{m:02d}.{year}",
            "ged": f"{day} {GED_MONTHS_HELDOUT58[m - 1]} {year}",
            "ok": f"{m}-{day}-{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["ok", "ti", "zh", "uk", "ged", "hy", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the records request wants my date of birth, it's {}", any_shape),
            ("for the dna kit registration i put my birthday as {}", s["ok"]),
            ("the adoption registry form says i was born {}, that's what the agency told me", any_shape),
            ("the probate form needs the executor's dob, mine is {}", any_shape),
            ("the cemetery deed has my birth date as {}, it's wrong", any_shape),
            ("for the reunion badge sheet put my birthday as {}", s["ok"]),
            ("the passport for the heritage trip says {}", any_shape),
            ("ծնած՝ {}", s["hy"]),
            ("nato il {} a Cevio", s["ti"]),
            ("出生日期：{}", s["zh"]),
            ("{} р.н.", s["uk"]),
            ("2 DATE {}", s["ged"]),
            ("Date of birth (M-D-YYYY): {}", s["ok"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HY_MONTHS_HELDOUT58 = "յունուարի փետրուարի մարտի ապրիլի մայիսի յունիսի յուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի".split()
GED_MONTHS_HELDOUT58 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


HELDOUT58_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} came up as a second cousin on my dna matches",
        "found {} in the 1910 census living with the whole family",
        "{} is the executor so everything goes through them",
        "the will leaves the ranch to {} and nothing to the rest",
        "can you find the obit for {}, she died in the 70s i think",
        "{} is buried in the society plot next to her husband",
        "{} is organising the reunion this year, t-shirts are 15",
        "{} found her birth mother through the agency file",
        "remind me to call {} about clearing out the house",
        "{} has the family bible and won't let anyone copy it",
        "we cleaned the headstone of {} on sunday",
        "{} was the paper name on grandpa's angel island file",
        "{} shares 1,740 cm with me, that's a half sibling",
        "{} signed as witness on the will in 1958",
        "i think {} is the one who changed the spelling of our name",
        "{} took all the photos from the house before we got there",
        "the parish book has {} as godmother",
        "{} is on the dawes card with her three kids",
        "ask {} if she still has the letters from the old country",
        "{} built the tree on the site back to 1790",
        "{} got the biggest share, everyone is furious",
        "{} wants the grave moved to the family plot in fresno",
        "Digin {} kept every receipt from the church",
        "medzmama {} came over in 1921",
        "reb {} started the burial society",
        "big mama {} raised all eleven of them on that allotment",
        "barba {} had the dairy in cambria",
        "{} née {} is my great-grandmother",
        "the stone says {}, née {}",
        "Testator: {}",
        "Heir (1/3 share): {}",
        "Residuary beneficiary: {}",
        "Witness to the will: {}",
        "Plot purchased by: {}",
        "Grave tended by: {}",
        "Interred (row C, plot 14): {}",
        "Paternal grandfather: {}",
        "Great-grandmother (maternal): {}",
        "Father of the child: {}",
        "Head of household (1910): {}",
        "Enrollee (card 1187): {}",
        "Clearance contact: {}",
        "Reunion host: {}",
        "Birth mother (agency file): {}",
        "Adoptee: {}",
        "DNA match (1,740 cM): {}",
        "Paper name: {}",
        "Case file subject: {}",
        "0 @I14@ INDI\n1 NAME {}",
        '"deceased": "{}",',
        "| 1923 | Cevio | bapt. | {} |",
    ],
    "STREET_ADDRESS": [
        "send the death certificate copy to {}",
        "grandma's house we're clearing is {}",
        "the reunion is at my aunt's, {}",
        "the old family home was {}, it's a parking lot now",
        "mail the dna kit to {}",
        "the estate sale is at {} on saturday from 8",
        "the lawyer wants the heirs' addresses, mine is {}",
        "Last known address: {}",
        "Indirizzo: {}",
        "Residence of the deceased: {}",
        '"heir_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the gedcom to {}",
        "the dna match emailed me from {}",
        "the probate lawyer's assistant is {}",
        "email the reunion photos to {}",
        "Contact (researcher): {}",
        '"email": "{}",',
        "MAIL_FROM_ADDRESS={}",
        "admin_email: {}",
    ],
    "PHONE_NUMBER": [
        "the cemetery office number is {}",
        "call my cousin in cevio on {} about the parish books",
        "the executor's phone is {}",
        "the birth mother's sister gave me her number, {}",
        "the estate clearance guy is on {}",
        "Tel.: {}",
        "Phone (next of kin): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the records search with {}",
        "the headstone deposit went on {}",
        "order the dna kits on {}",
        "put the reunion t-shirts on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send my share of the estate to {}",
        "the archive in kamianets wants the fee paid to {}",
        "my cousin's account in cevio is {}",
        "pay the grave care for the year into {}",
        "IBAN (heir): {}",
        "IBAN for the record fees: {}",
    ],
    "USERNAME": [
        "on 23andMe I'm {}",
        "my AncestryDNA name is {}",
        "FamilyTreeDNA has me as {}",
        "my GEDmatch alias is {}",
        "my WikiTree ID is {}",
        "on BillionGraves I'm {}",
        "RootsChat knows me as {}",
        "my JewishGen login is {}",
        "on Fold3 I'm {}",
        "my Newspapers.com account is {}",
        "share the DNA Painter map with {}",
        "on the Armenian genealogy forum I post as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT58_MIXED = [
    ("Testator: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Heir 2: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[database]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/trees", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the key to the house, the alarm code is {}", ["PERSON", "SECRET"]),
    ("Adoptee: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my WikiTree ID is {}, send the record fee to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the dna match came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the headstone with {}", ["PERSON", "CREDIT_CARD"]),
    ("barba {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Residuary beneficiary: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT58_NEGATIVES = [
    "a second cousin usually shares somewhere around 200 cM",
    "1,740 cM is in the half sibling range",
    "my haplogroup came back as J-M172",
    "the match list has 4,812 fourth cousins or closer",
    "GEDCOM 7.0 finally has a proper zip format",
    "the 1910 census was taken on April 15",
    "the 1890 census mostly burned in 1921",
    "register vol. 14, folio 212, entry 37",
    "row C, plot 14, section 9 of the old cemetery",
    "roll number 4410 is on card 1187",
    "the Dawes Rolls closed in 1907",
    "Freedmen were listed on separate cards from citizens by blood",
    "Boley is one of the all-Black towns of Oklahoma",
    "Muskogee was where the Dawes Commission had its office",
    "Der in an Armenian family name means a priest was in the line",
    "digin is just Mrs in Western Armenian",
    "medzmama means grandmother",
    "Fresno has one of the oldest Armenian communities in America",
    "the Ararat cemetery in Fresno has sections for each church",
    "Reedley and Fowler are raisin towns south of Fresno",
    "a landsmanshaft is a society of people from the same town in the old country",
    "the societies bought whole sections of cemeteries in Queens",
    "ben means son of and bas means daughter of on the stones",
    "reb is a respectful way to address a man in Yiddish",
    "Kamianets-Podilskyi was Kamenetz-Podolsk in the old records",
    "Century Village is a retirement town in West Palm Beach",
    "barba means uncle in the Ticinese dialect",
    "the Valle Maggia lost half its people to California",
    "Cevio keeps the parish books for the upper valley",
    "the Swiss-Italian dairies ran from Cambria to Marin",
    "a paper son bought the identity of a man already in America",
    "Angel Island processed immigrants from 1910 to 1940",
    "the case files are at the National Archives in San Bruno",
    "Taishan is where most of the early Chinese in California came from",
    "Ross Alley is the narrowest street in Chinatown",
    "née just means born as, it's the maiden name",
    "a GEDCOM name line puts the surname between slashes",
    "WikiTree IDs are the surname and a number",
    "the probate fee was 273 pounds",
    "the estate was valued at 412,000 after debts",
    "the house clearance quote came in at 1,850",
    "the headstone is 3,200 with the lettering",
    "grave care is 90 a year per plot",
    "reunion is the 3rd saturday of july, 2pm",
    "t-shirts are 15 each, 20 for XL",
    "the dna kits are on sale for 59 until sunday",
    "the archive reading room opens at 9:30",
    "order no. 58-20931 for the death certificate",
    "case 1922/4417 in the immigration files",
    "the will was read on the 14th at the solicitor's",
    "probate was granted after 11 months",
    "the agency file is 46 pages",
    "born about 1862, died 1931, nobody knows the names",
    "the family came over on three different ships between 1903 and 1921",
    "the ranch was sold in 1968",
    "the census says 9 children, only 6 lived",
    "GeneWeb 7.0 has a new template",
    "AtoM 2.8 fixed the finding aid export",
    "Docmost added page history in the last release",
    "Memos 0.22 is out",
    "fixed in commit 7c2e9a1, see the changelog",
    "wizard_passwd=",
    "APP_SECRET=REPLACE_WITH_LONG_SECRET",
    "DATABASE_URL=postgresql://docmost:${DB_PASSWORD}@db:5432/docmost",
    "FAMILYSEARCH_ACCESS_TOKEN=<your token>",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3530 1113 3330 0000 is the JCB test number",
    "CH93 0076 2011 6238 5295 7 is the example IBAN in the docs",
    "write to researcher@example.org on the form",
    "192.0.2.58 is a documentation address",
    "198.51.100.14 is a documentation address",
    "2001:db8:58::1 is a documentation address",
    "93721 is the ZIP code of downtown Fresno",
    "6675 is the postcode of Cevio",
    "529200 is the postcode of Taishan",
    "74829 is the ZIP code of Boley",
    "dial 911 in Oklahoma and 112 in Switzerland",
    "did the dna results come back yet",
    "we still haven't decided what to do with the piano",
    "remind me to bring flowers to the cemetery on sunday",
    "nobody wants the china cabinet lol",
    "see you at the reunion",
    "the parish books only go back to 1640",
]  # fmt: skip


def _typo58(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': one hand holds a magnifier over a faded register
    and the other types, so a finger lands one key to the left of the one meant ('will' -> 'wikl', 'tree' ->
    'trwe') or the word's first two letters swap ('deed' -> 'eded'). Only in sentences typed to the bot or a
    friend; a title stays as written."""
    if not _chat_like(template):
        return template
    titles = {w for t in TITLED_HELDOUT58 for w in t.split()}
    words = [m for m in WORD_HELDOUT58.finditer(template) if m.group(1).lower() not in titles | {"née"}]
    if not words:
        return template
    m = rng.choice(words)
    word = m.group(1)
    if rng.random() < 0.6:
        spots = [i for i in range(1, len(word)) if word[i] in KEY_LEFT_HELDOUT58]
        if spots:
            i = rng.choice(spots)
            word = word[:i] + KEY_LEFT_HELDOUT58[word[i]] + word[i + 1 :]
    elif word[0] != word[1]:
        word = word[1] + word[0] + word[2:]
    return template[: m.start()] + word + template[m.end() :]


def build_heldout58(seed: int = HELDOUT58_SEED) -> list[Example]:
    """Held-out set 58: `Gen58` values in `HELDOUT58_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen58(seed)
    return assemble_module_set(
        gen, HELDOUT58_TEMPLATES, HELDOUT58_MIXED, HELDOUT58_NEGATIVES, _typo58, person=gen.person_for
    )
