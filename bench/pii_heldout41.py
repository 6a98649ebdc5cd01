"""Held-out PII set 41 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout41": written before round 31 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT41 is empty, as for
held-out 16 to 40; written at the same time as held-out 42, the two authors split the world between them: 41
takes learning and childhood (nurseries and childminders, primary and secondary schools, parents' WhatsApp
groups, school trips and permission slips, exam boards and results, tutoring, music and swimming lessons for
kids, language schools, driving schools, student halls and unions, school buses, scouts, guides and youth
clubs, school admin systems), 42 takes building, energy, utilities and the trades); hand-written lists of
Sylheti Bangladeshis of Tower Hamlets and Oldham (Saturday Bangla classes, primary schools and the parents'
groups: a formal name with 'Md' for Mohammed, and the 'daak naam' the family calls a child by, used alone:
'Md Shuhel Miah', 'Shopna Talukdar', 'Bappy'), Ulster families of Belfast, Ballymena and the Glens of Antrim
(the transfer test, P7 and grammar schools, the Boys' Brigade: 'Gareth McIlroy', 'Róisín Hamill'), Mappila
families of Malabar (Tirur, Kondotty and Kozhikode, with fathers in the Gulf: the house name as the family
name or its initial before or after the given name, as a Kerala school register writes it: 'Shihab
Kallingal', 'K. Shihab', 'Shabna P.', and the Malabar 'Kunhi-' for a small one: 'Kunhimoosa', 'Kunhipathumma'),
Kutchi and Kathiawari Memons of Karachi's Kharadar and Durban's Overport (madressas and Muslim schools: the
father's given name between the child's and the family name, as a Durban birth register gives it: 'Zubair
Hanif Bawany', 'Hajra Jhavary'), Fante of Cape Coast and Elmina (the old boarding schools, Mfantsipim, Wesley
Girls', Adisadel and St Augustine's: an English Christian name, the Fante day name and the family name, or the
day name alone: 'Joseph Ekow Quansah', 'Araba Essuman', 'Fiifi'), Doric-speaking families of Peterhead,
Fraserburgh and Buchan (the academies, the Broch's youth clubs: 'Dod Duthie', 'Kirsty Cardno') and Haredi
families of Stamford Hill and Gateshead (cheder, girls' schools and the Gateshead seminaries: Yiddish
diminutives as the given name: 'Yoely Grunfeld', 'Blimy Pinter'); a school register's 'SURNAME, Given' order
('MIAH, Shuhel', 'QUANSAH, Joseph Ekow') for every origin; 'wee X' and 'our X' (Ulster and Buchan), 'Auntie X'
(Fante), 'Apa X' (a Memon madressa's woman teacher) and 'Morah X' (a Haredi girls' school's teacher) with the
title outside the span, and school ('Pupil:', 'Parent/guardian:', 'Class teacher:', 'Form tutor:', 'Head of
year:', 'SENCo:', 'Collected by:'), nursery ('Key person:', 'Childminder:'), exam ('Candidate name:'), lesson
('Tutor:', 'Swim teacher:', 'Music teacher:', 'Instructor (ADI):'), youth ('Akela:', 'Guider:', 'Youth
worker:', 'Brigade captain:'), halls ('Hall warden:', 'Resident:') and bus ('Bus escort:') fields; over three
quarters of the sentences typed to the bot or a friend: nursery pick-ups and key persons, childminders, the
class WhatsApp group, reading records and book bags, school trips, permission slips and residentials, the
transfer test, mocks, GCSE, Highers, WASSCE and SSLC results, tutors and Saturday classes, madressa and
cheder, swimming and music lessons, language schools, driving lessons and tests, freshers' week, halls and
the students' union, school buses and the lollipop lady, Beavers, Cubs, Scouts, Rainbows, Brownies, Guides,
the Boys' Brigade and youth clubs, ParentPay and the school's admin systems; self-hosted apps' config no
earlier set pasted: ILIAS client.ini.php, Chamilo configuration.php, RosarioSIS config.inc.php, Fedena
database.yml, Open edX lms.yml, Sakai sakai.properties and OpenOLAT olat.local.properties; those regions'
addresses (Tower Hamlets flats with E1 postcodes, Oldham's OL4 and OL9, Belfast BT5 to BT9, Ballymena BT42 and
BT43 and Glens townland roads with BT44, Kerala's house name, post office, district and six-digit PIN,
Karachi's Kharadar and Gulshan-e-Iqbal blocks, Durban's Overport with 4091, Cape Coast houses, Elmina P.O.
boxes and GhanaPostGPS digital addresses ('CC-059-1234'), Peterhead AB42 and Fraserburgh AB43, Stamford Hill
N16 and Gateshead NE8) and phones (Tower Hamlets 020 7, Oldham 0161 6, Belfast 028 90, Ballymena 028 25,
Cushendall 028 21, UK mobiles, Kerala mobiles and Kozhikode 0495, UAE mobiles of the Gulf fathers, Karachi
021-3, Pakistani mobiles, Durban 031, South African mobiles, Cape Coast 03321, Ghana mobiles, Peterhead
01779, Fraserburgh 01346, Stamford Hill 020 8800 and Gateshead 0191 477); Visa 16 and 13 digits, Mastercard
53 and 2221, Amex 37 and RuPay 6521 cards as ParentPay, a trip's deposit or a tutor's invoice takes them,
with spaces or none; IBANs of the United Kingdom, Ireland, Pakistan, the UAE, Saudi Arabia, Qatar and Kuwait
(every IBAN country was used by an earlier set; these fit this set's people and the Gulf fathers); IPs in
interactive-whiteboard, classroom projector, nursery door-entry, visitor sign-in kiosk, cashless canteen
till, exam-hall clock, halls router, language-lab, school-bus tracker, scout-hut, music-practice-room,
reprographics, Chromebook-cart and driving-simulator chat and in the pastes above, a Kea DHCP lease line and
an Open edX nginx line, v6 in 2001:630, 2a0a:ef40, 2401:4900, 2400:adc0 and 2c0f:fb50 ranges; passwords handed
over in ways no earlier set used (inside the reading record's cover, in the book bag letter, on the
permission slip's tear-off, on the school photo order form, in the homework diary, on the nursery's fridge
magnet, read out by the school office, on the swimming lesson card, in the scouts' kit list, in the halls'
welcome pack, on the driving instructor's lesson card), the transfer test ('Transfer#P7'), Mfantsipim's year
('Mfantsipim1876!'), Wesley Girls' cheer ('WeyGeyHey#1836'), Peterhead and Fraserburgh's by-names
('BlueToon!47', 'Broch_2024'), Brick Lane ('BrickLane#E16'), Overport ('Overport_4091'), Tirur ('Tirur@2019'),
Stamford Hill ('Lordship_N16'), leetspeak of school words ('h0m3w0rk', 'p3rm1ss10n'), a class name and year
joined by hyphens ('owl-class-3'), Wonde, Turnitin, Blackbaud, PowerSchool, Schoology, UCAS, Online Scout
Manager and LTI secrets, and cues in Doric ('fit's the wifi? it's ...'), Fante ('password no ye ...') and
Ulster Scots ('the passwurd's ...'); usernames on ClassDojo, Seesaw, Tapestry, ParentPay, Edmodo, Kahoot,
Memrise, Khan Academy, Brainly, Sparx, MyMaths, Hegarty Maths, Chegg, Studocu, The Student Room, Times Tables
Rock Stars, Reading Eggs, Busuu, italki, Preply, Superprof, Tutorful and GCSEPod, shapes like 'x.ttrs',
'y_p7', 'x-homework', 'y.reads12', 'x_cubs', 'y.halls', 'x.tutor7', 'gold_star_y' and 'x.y.2012'; dates of
birth on a UK admission form ('DD/MM/YYYY'), a candidate form's boxes ('14 03 2008'), a Ghanaian school form
('14th March, 2012'), a Kerala school certificate in figures and in words ('Fourteenth March Two Thousand and
Eleven'), a Pakistani B-form ('14-Mar-2012'), a Red Book ('14.3.2019'), Python's date.fromisoformat() and a
YAML fixture, on admission, enrolment, trip, exam, swimming and scout forms; typos as a child's phonics
spelling when the phone is handed over ('because' -> 'becos', 'school' -> 'skool', 'said' -> 'sed') or a
tap on the phone's prediction bar turning a short word into a longer one ('to' -> 'today', 'in' -> 'into');
negatives with the same regions' places, the name orders and titles explained, school, nursery, exam, trip,
lesson, halls and youth-club talk, term dates, exam dates and paper codes, centre numbers, class, room, bus
route and locker numbers, prices, a version, a commit, ILIAS and RosarioSIS boilerplate, placeholder
secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6),
emergency numbers, a child's birthday party and a school's founding year that are not birthdays, and short
everyday chat).

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

HELDOUT41_SEED = 5183907
# no faker name locale, as in held-out 16 to 40: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT41: list[str] = []
# learning and childhood: nurseries, schools, trips, exams, tutors, lessons, driving schools, halls, youth
# groups (held-out 42, written at the same time, takes building, energy and the trades); each origin: (boys'
# and men's given names, girls' and women's given names, family names)
NAMES_HELDOUT41: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Sylheti Bangladeshis of Tower Hamlets and Oldham (Saturday Bangla classes, primary schools, parents'
    # groups); a family's 'daak naam' for a child in SYLHETI_DAAK_NAAM_HELDOUT41
    "sylheti": ("Shuhel Rubel Jubel Mamun Shahed Foysal Rajon Sabbir Nazmul Mukit".split(),
                "Shopna Rumana Shilpi Rehana Lipi Jesmin Shirin Sumaya Tahira".split(),
                "Miah Ullah Hoque Talukdar Bhuiyan Laskar Mannan Sikder Kabir".split()),
    # Ulster families of Belfast, Ballymena and the Glens of Antrim (transfer test, grammar schools, the BB)
    "ulster": ("Gareth Stuart Trevor Jonny Davy Cormac Rory Niall Ruairí Glenn".split(),
               ["Gemma", "Lyndsey", "Ciara", "Róisín", "Aoife", "Shannon", "Orla", "Nuala"],
               "McKeown McIlroy Hamill Gilmore McCrea Getty McQuillan Agnew Gault McCullough McIlwaine Magee".split()),
    # Mappila families of Malabar (Tirur, Kondotty, Kozhikode; madrasas, schools, fathers in the Gulf): the
    # house name as the family name
    "mappila": ("Moideen Kunhimoosa Beeran Kunhammed Aboobacker Shihab Jabir Nihal Afsal Rashid".split(),
                "Pathumma Kunhipathumma Sainaba Khadeeja Haseena Shabna Safna Jasna Rinsha".split(),
                "Kallingal Pookkottil Kizhakkethil Valiyakath Thottathil Parappurath Pulikkal Ottayil Kunnath Cheriyakath".split()),
    # Kutchi and Kathiawari Memons of Karachi's Kharadar and Durban's Overport (madressas, Muslim schools)
    "memon": ("Yusuf Hanif Ebrahim Zubair Haroon Anwar Siddique Razak Ilyas Abubakar".split(),
              "Hajra Rukhsana Sumaiya Khatija Zulekha Fehmida Ruqayya Amina".split(),
              "Bawany Tabani Adamjee Jhavary Docrat Randeree Paruk Motiwala Dadabhoy Bilwani Kasbati".split()),
    # Fante of Cape Coast and Elmina (Mfantsipim, Wesley Girls', Adisadel, St Augustine's): the Fante day
    # names below, and an English Christian name before one in FANTE_CHRISTIAN_HELDOUT41
    "fante": ("Kwesi Ekow Kobina Kojo Fiifi Ebo Kwamena Kweku".split(),
              "Esi Ekua Araba Efua Aba Adjoa Ama Abena".split(),
              "Quansah Essuman Amissah Essilfie Aggrey Ghartey Sekyi Brew Quainoo Acquah Baidoo Ackon Nunoo Yankah".split()),
    # Doric-speaking families of Peterhead, Fraserburgh and Buchan (the academies, youth clubs, the Broch)
    "buchan": ("Dod Sandy Ally Gordon Innes Callum Kyle Doddie".split(),
               "Kirsty Shona Elspeth Isla Kayleigh Morven Leanne".split(),
               "Duthie Cowie Buchan Noble Summers Milne Masson Gatt Mair Cardno West".split()),
    # Haredi families of Stamford Hill and Gateshead (cheder, girls' schools, seminaries): Yiddish diminutives
    "haredi": ("Yoely Shloime Chaim Yanky Moishe Berel Duvid Mendy Hershy".split(),
               "Chaya Rivky Frumet Perel Blimy Gitty Faigy Chany Sury".split(),
               "Grunfeld Gluck Halpern Pinter Landau Schlesinger Rosenfeld Kahan Steinberg".split()),
}  # fmt: skip
# the name a Sylheti family calls a child by at home, used alone by the other parents
SYLHETI_DAAK_NAAM_HELDOUT41 = "Bappy Mitu Rana Tuni Moni Shanto Liton Tumpa Pinky Rocky".split()
# an English Christian name a Fante child is baptised with, before the day name
FANTE_CHRISTIAN_HELDOUT41 = {
    "men": "Joseph Emmanuel Francis Samuel Isaac Nathaniel".split(),
    "women": "Grace Comfort Mercy Patience Elizabeth Victoria".split(),
}  # fmt: skip
# a title before the name (outside the span) goes with the origins that use it
TITLED_HELDOUT41: dict[str, list[str]] = {
    "wee": ["ulster", "buchan"],  # a small child
    "our": ["ulster", "buchan"],  # a brother or a sister
    "auntie": ["fante"],  # any woman of the parents' age, a teacher at a Cape Coast nursery
    "apa": ["memon"],  # a madressa's woman teacher
    "morah": ["haredi"],  # a girls' school's teacher
}
TITLE_SLOT_HELDOUT41 = re.compile(r"\b(wee|our|auntie|apa|morah) \{\}", re.IGNORECASE)
# every IBAN country was used by an earlier set: these fit this set's people and the fathers in the Gulf
IBAN_SHAPES_HELDOUT41 = {
    "GB": "4a14n", "IE": "4a14n", "PK": "4a16n", "AE": "19n", "SA": "2n18c", "QA": "4a21c", "KW": "4a22c",
}  # fmt: skip
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT41 = ["nursery", "school", "pta", "tutor", "swim", "music", "scouts", "guides", "halls",
                      "driving", "madressa", "brigade", "exams", "uniform", "trips", "p7"]  # fmt: skip
# slips outside the slots: a child's phonics spelling when the phone is handed over, or a tap on the
# prediction bar turning a short word into a longer one
PHONICS_HELDOUT41 = {
    "because": "becos", "school": "skool", "said": "sed", "friend": "frend", "they": "thay", "what": "wot",
    "was": "woz", "have": "hav", "give": "giv", "could": "cud", "some": "sum", "one": "wun", "night": "nite",
    "teacher": "teecher", "there": "thair", "were": "wer", "again": "agen", "people": "peepul",
}  # fmt: skip
PHONICS_WORD_HELDOUT41 = re.compile(r"\b(" + "|".join(PHONICS_HELDOUT41) + r")\b")
PREDICTION_HELDOUT41 = {"to": "today", "in": "into", "for": "forget", "at": "after", "on": "once", "we": "were",
                        "my": "myself", "of": "off"}  # fmt: skip
PREDICTION_WORD_HELDOUT41 = re.compile(r"(?<![{\w])(" + "|".join(PREDICTION_HELDOUT41) + r")(?![\w}])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Róisín' -> 'roisin',
    'Ruairí' -> 'ruairi')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


EN_MONTHS_HELDOUT41 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip
ORDINALS_HELDOUT41 = (
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth "
    "Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth Twenty-first Twenty-second Twenty-third "
    "Twenty-fourth Twenty-fifth Twenty-sixth Twenty-seventh Twenty-eighth Twenty-ninth Thirtieth Thirty-first"
).split()  # fmt: skip
_ONES_HELDOUT41 = ("Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen "
                   "Sixteen Seventeen Eighteen Nineteen").split()  # fmt: skip
_TENS_HELDOUT41 = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()


def _under_100(n: int) -> str:
    if n < 20:
        return _ONES_HELDOUT41[n]
    tens, ones = divmod(n, 10)
    return _TENS_HELDOUT41[tens] + (f"-{_ONES_HELDOUT41[ones]}" if ones else "")


def _year_in_words(year: int) -> str:
    """A year as a Kerala school certificate writes it: 'Nineteen Ninety-eight', 'Two Thousand and Eleven'."""
    if year >= 2000:
        rest = year - 2000
        return "Two Thousand" + (f" and {_under_100(rest)}" if rest else "")
    return f"{_under_100(year // 100)} {_under_100(year % 100)}"


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


class Gen41(Gen3):
    """Generators for held-out set 41: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman or girl) from NAMES_HELDOUT41."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT41))
        men, women, lasts = NAMES_HELDOUT41[origin]
        woman = rng.random() < 0.5
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def person(self, register: bool = True) -> str:
        """A name in one of this set's forms; the school register's 'SURNAME, Given' only where `register`
        (a form, a list or a paste, not a line typed to a friend)."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if register and rng.random() < 0.3:  # a form or a list is more often in the register's order
            r = 0.6
        if r < 0.55 or (0.55 <= r < 0.68 and not register):
            name = f"{first} {last}"
            o = rng.random()
            if origin == "sylheti" and not woman and o < 0.35:  # the formal name with Mohammed shortened
                name = f"{rng.choice(['Md', 'Md.', 'Mohammed'])} {first} {last}"
            elif origin == "mappila" and o < 0.5:  # the house name's initial before or after the given name
                initials = rng.choice([f"{last[0]}.", f"{last[0]}. {rng.choice('AKMPTV')}."])
                name = f"{initials} {first}" if o < 0.25 else f"{first} {last[0]}."
            elif origin == "memon" and o < 0.45:  # the father's given name between
                name = f"{first} {rng.choice(NAMES_HELDOUT41['memon'][0])} {last}"
            elif origin == "fante" and o < 0.5:  # Christian name, day name, family name
                name = f"{rng.choice(FANTE_CHRISTIAN_HELDOUT41['women' if woman else 'men'])} {first} {last}"
        elif r < 0.68:  # a school register's order
            given = first
            if origin == "fante" and rng.random() < 0.5:
                given = f"{rng.choice(FANTE_CHRISTIAN_HELDOUT41['women' if woman else 'men'])} {first}"
            name = f"{last.upper()}, {given}"
        elif r < 0.84:
            name = first
            if origin == "sylheti" and rng.random() < 0.5:  # the daak naam the family uses
                name = rng.choice(SYLHETI_DAAK_NAAM_HELDOUT41)
        elif r < 0.92:
            name = last
        else:  # the given name's initial and the family name, as a class list or a results slip gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.06 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('wee Davy', 'Auntie Esi', 'Apa Hajra', 'Morah Rivky'), from the
        origins that use it."""
        rng = self.rng
        title = title.lower()
        origin = rng.choice(TITLED_HELDOUT41[title])
        men, women, lasts = NAMES_HELDOUT41[origin]
        woman = title in ("auntie", "apa", "morah") or rng.random() < 0.5
        given = rng.choice(women if woman else men)
        if title in ("wee", "our"):  # a child or a sibling goes by the given name
            return given
        return given if rng.random() < 0.7 else f"{given} {rng.choice(lasts)}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT41.search(template)
        return self.titled_person(m.group(1)) if m else self.person(register=not _chat_like(template))

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        inward = lambda: f"{rng.randint(0, 9)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}"  # noqa: E731
        shapes = [
            f"Flat {rng.randint(1, 60)}, {pick(['Shahjalal House', 'Kobi Nazrul House', 'Stepney Green Court'])}, {pick(['Ben Jonson Road', 'Stepney Way', 'Hanbury Street'])}, London E1 {inward()}",
            f"{n} {pick(['Chicksand Street', 'Varden Street', 'Deal Street'])}, London E1 {inward()}",
            f"{n} {pick(['Glodwick Road', 'Waterloo Street', 'Roundthorn Road'])}, Oldham OL4 {inward()}",
            f"{n} {pick(['Featherstall Road North', 'Westwood Way'])}, Oldham OL9 {inward()}",
            f"{n} {pick(['Ravenhill Avenue', 'Cregagh Road', 'Woodstock Road'])}, Belfast BT{pick(['5', '6'])} {inward()}",
            f"{n} {pick(['Malone Avenue', 'Lisburn Road', 'Ormeau Road'])}, Belfast BT{pick(['7', '9'])} {inward()}",
            f"{n} {pick(['Galgorm Road', 'Larne Road', 'Cushendall Road'])}, Ballymena BT{pick(['42', '43'])} {inward()}",
            f"{n} {pick(['Tullykittagh Road', 'Glenaan Road', 'Layde Road'])}, Cushendall, Ballymena BT44 {inward()}",
            f"{pick(NAMES_HELDOUT41['mappila'][2])} House, {pick(['Ezhur', 'Thazhepalam', 'B.P. Angadi'])} P.O., Tirur, Malappuram Dist., Kerala 676 10{rng.randint(1, 9)}",
            f"Door No. {rng.randint(1, 30)}/{rng.randint(100, 999)}, {pick(NAMES_HELDOUT41['mappila'][2])} House, Kondotty P.O., Malappuram - 673638",
            f"{pick(NAMES_HELDOUT41['mappila'][2])} (H), {pick(['Mavoor Road', 'Kallai Road'])}, Kozhikode, Kerala 67300{rng.randint(1, 9)}",
            f"Flat {rng.randint(1, 20)}, {pick(['Haji Building', 'Memon Mansion', 'Noor Manzil'])}, {pick(['Jodia Bazar', 'Kharadar Main Road'])}, Kharadar, Karachi 74000",
            f"House {n}, Block {rng.randint(1, 19)}, Gulshan-e-Iqbal, Karachi 75300",
            f"{n} {pick(['Brickfield Road', 'Sparks Road', 'Ridge Road'])}, Overport, Durban 4091",
            f"{n} {pick(['Randles Road', 'Stella Road'])}, Sydenham, Durban 4091",
            f"Hse No. {pick('ABCDE')}{rng.randint(1, 400)}, {pick(['Kotokuraba', 'Abura', 'Pedu', 'Amamoma'])}, Cape Coast",
            f"GhanaPostGPS CC-{rng.randint(1, 999):03d}-{rng.randint(1000, 9999)}, Cape Coast",
            f"P.O. Box {rng.randint(10, 400)}, Elmina, Central Region",
            f"{n} {pick(['Queen Street', 'Marischal Street', 'Windmill Street'])}, Peterhead AB42 {inward()}",
            f"{n} {pick(['Broad Street', 'Commerce Street', 'Strichen Road'])}, Fraserburgh AB43 {inward()}",
            f"{n} {pick(['Main Street', 'Nether Street'])}, {pick(['Mintlaw', 'New Pitsligo', 'Strichen'])}, Peterhead AB42 {inward()}",
            f"{n} {pick(['Darenth Road', 'Bethune Road', 'Lordship Park'])}, London N16 {inward()}",
            f"Flat {rng.randint(1, 12)}, {n} {pick(['Cranwich Road', 'Castlewood Road'])}, London N16 {inward()}",
            f"{n} {pick(['Bewick Road', 'Coatsworth Road', 'Whitehall Road'])}, Gateshead NE8 {inward()}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT41)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}{rng.randint(1, 999)}", f"{last}-{first}", f"{first}_{subject}",
                           f"{last}{rng.randint(1970, 2012)}", f"mum.of.{first}", f"{first}{last[:1]}.{subject}"])  # fmt: skip
        domain = rng.choice(["btinternet.com", "hotmail.co.uk", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com",
                             "talktalk.net", "icloud.com", "live.co.uk", "c2kni.net", "qub.ac.uk", "stu.ucc.edu.gh",
                             "stu.ukzn.ac.za", "mweb.co.za", "yahoo.com", "gmail.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"020 7{d(3)} {d(4)}",  # Tower Hamlets
            f"0161 6{d(2)} {d(4)}",  # Oldham
            f"028 90{d(2)} {d(4)}",  # Belfast
            f"028 25{d(2)} {d(4)}",  # Ballymena
            f"028 21{d(2)} {d(4)}",  # Cushendall
            f"07{d(3)} {d(3)} {d(3)}",  # UK mobile, as a parent writes it
            f"+44 7{d(3)} {d(6)}",  # UK mobile, international
            f"+91 9{d(4)} {d(5)}",  # Kerala mobile
            f"0495 2{d(6)}",  # Kozhikode
            f"+971 5{rng.choice('0256')} {d(3)} {d(4)}",  # a father in the Gulf, UAE mobile
            f"021-3{d(7)}",  # Karachi
            f"03{rng.choice(['00', '21', '33', '45'])}-{d(7)}",  # Pakistani mobile
            f"031 {d(3)} {d(4)}",  # Durban
            f"08{rng.choice('234')} {d(3)} {d(4)}",  # South African mobile
            f"+27 72 {d(3)} {d(4)}",  # South African mobile, international
            f"03321 {d(5)}",  # Cape Coast
            f"0{rng.choice(['24', '54', '55', '20'])} {d(3)} {d(4)}",  # Ghana mobile, domestic
            f"01779 {d(6)}",  # Peterhead
            f"01346 {d(6)}",  # Fraserburgh
            f"020 880{rng.choice('0269')} {d(4)}",  # Stamford Hill
            f"0191 47{rng.choice('78')} {d(4)}",  # Gateshead
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("4", 13), ("53", 16), ("2221", 16), ("37", 15),
                                     ("6521", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 13:
            return num
        groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        return " ".join(groups) if rng.random() < 0.65 else num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT41))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT41[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): whiteboard, projector, nursery door, sign-in kiosk, canteen till, exam
        clock, halls, language lab, bus tracker, scout hut, practice room, reprographics, Chromebook cart and
        driving simulator chat, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:630:{h()}:{h()}::{h()}", f"2a0a:ef40:{h()}:{h()}::{h()}", f"2401:4900:{h()}::{h()}",
                         f"2400:adc0:{h()}:{h()}::{h()}", f"2c0f:fb50:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the interactive whiteboard in class 4 is on {}, it lost the network again", v4),
            ("projector in the year 9 room gets {} and the laptops can't find it", v4),
            ("nursery door entry panel is {}, parents are buzzing and nothing happens", v4),
            ("the visitor sign in kiosk at reception is {}", rng.choice([v4, v6])),
            ("cashless canteen till with the fingerprint reader is {}, dinner queue is out the door", v4),
            ("the exam hall clock display is {}, it's showing the wrong time for the mock", v4),
            ("halls router on my floor gave me {}, the wifi in block C is dead", rng.choice([v4, v6])),
            ("language lab server is {}, the headsets won't log in", v4),
            ("the school bus tracker on the 217 reports from {}", v4),
            ("scout hut router is {}, can you port forward it for the jota weekend", v4),
            ("music practice room booking tablet is {}", v4),
            ("reprographics printer is {}, the worksheets are stuck in the queue", v4),
            ("the chromebook cart charging station shows {} on its screen", v4),
            ("driving school simulator pc is {}, it keeps freezing on the hazard clips", rng.choice([v4, v6])),
            ("the madressa's cctv box is {}, apa wants to see the gate", v4),
            ("host = {}", v4),
            ("$_configuration['db_host'] = '{}';", v4),
            ("$DatabaseServer = '{}';", v4),
            ("  host: {}", v4),
            ("url@javax.sql.BaseDataSource=jdbc:mysql://{}:3306/sakai?useUnicode=true", v4),
            ("db.host={}", v4),
            ("    HOST: {}", v4),
            ("db.host=[{}]", v6),
            ("2024-09-04 08:41:17.203 INFO  [kea-dhcp4.leases/812] DHCP4_LEASE_ALLOC [hwtype=1 3c:22:fb:41:0a:7e], cid=[no info], tid=0x5e2a11: lease {} has been allocated for 4000 seconds", v4),
            ('{} - - [04/Sep/2024:08:41:17 +0100] "POST /login_ajax HTTP/1.1" 200 412 "https://lms.example/login" "Mozilla/5.0 (X11; CrOS x86_64 15917.71.0)"', v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Transfer#{rng.choice(['P7', 'AQE', '2025', 'GL24'])}",
                f"Mfantsipim{rng.choice(['1876', '76'])}{rng.choice(['!', '#', ''])}",
                f"WeyGeyHey#{rng.choice(['1836', '36'])}",
                f"BlueToon!{rng.randint(10, 99)}",
                f"Broch_{rng.randint(2015, 2025)}",
                f"BrickLane#E1{rng.randint(1, 9)}",
                f"Overport_{rng.choice(['4091', '4001'])}",
                f"Tirur@{rng.randint(2010, 2025)}",
                f"Lordship_N16{rng.choice(['', '!', '6'])}",
                f"{rng.choice(['homework', 'permission', 'school', 'nursery', 'results'])}".translate(leet) + rng.choice(["", "!", "_41"]),
                f"{rng.choice(['owl', 'maple', 'robin', 'hedgehog', 'oak'])}-class-{rng.randint(1, 7)}",
                f"{rng.choice(['Cubs', 'Brownies', 'Beavers', 'Rainbows'])}{rng.choice(['&', '+', '%'])}{w().capitalize()}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%+"),
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
            ("the reading record has the login written inside the cover, {}", pw),
            ("the book bag letter says the phonics app password is {}", pw),
            ("it was on the tear off bit of the permission slip, {}", pw),
            ("the school photo order form has the online code {}", pw),
            ("his homework diary has the sparx password on the back page, {}", pw),
            ("the nursery fridge magnet says the tapestry password is {}", pw),
            ("school office read out the parentpay password over the phone, {}", pw),
            ("the swimming lesson card has the parent portal password on it, {}", pw),
            ("scouts kit list email had the osm login at the bottom, {}", pw),
            ("the halls welcome pack says the wifi is {}", pw),
            ("my instructor wrote the theory app login on my lesson card, {}", pw),
            ("the code for the nursery door is {}", d(4)),
            ("locker padlock at school is {}", d(4)),
            ("I changed the classdojo password to {}", pw),
            # cues in languages no earlier set used
            ("fit's the wifi at the academy? it's {}", pw),
            ("the school wifi password no ye {}", pw),
            ("the passwurd's {} for the youth club laptop", pw),
            # commands
            ("$ mysql -u rosario -p'{}' rosariosis", pw),
            ("$ sudo -u postgres psql -c \"ALTER USER fedena WITH PASSWORD '{}'\"", pw),
            ("$ php bin/console chamilo:user:change-password admin {}", pw),
            # pastes
            ("pass = \"{}\"", pw),
            ("$_configuration['db_password'] = '{}';", pw),
            ("$_configuration['security_key'] = '{}';", tok(32, hexl)),
            ("$DatabasePassword = '{}';", pw),
            ("  password: {}", pw),
            ("SECRET_KEY: {}", tok(50, alnum)),
            ("    PASSWORD: {}", pw),
            ("password@javax.sql.BaseDataSource={}", pw),
            ("db.pass={}", pw),
            ("smtp.pwd={}", pw),
            ("JWT_SECRET_KEY: {}", tok(64, alnum)),
            # tokens and keys with shapes no earlier set used
            ("WONDE_API_TOKEN={}", tok(40, hexl)),
            ("TURNITIN_API_KEY={}", uuid()),
            ("BB_SUBSCRIPTION_KEY={}", tok(32, hexl)),
            ("POWERSCHOOL_CLIENT_SECRET={}", uuid()),
            ("SCHOOLOGY_CONSUMER_SECRET={}", tok(32, hexl)),
            ("UCAS_API_KEY={}", tok(36, alnum)),
            ("OSM_API_SECRET={}", tok(64, hexl)),
            ("LTI_CLIENT_SECRET={}", tok(48, alnum)),
            ("Authorization: Bearer {}", tok(40, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.ttrs', 'y_p7', 'gold_star_y')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.ttrs",
                f"{last}_p7",
                f"{first}-homework",
                f"{last}.reads{rng.randint(2, 60)}",
                f"{first}_cubs",
                f"{last}.halls",
                f"{first}.tutor{rng.randint(1, 9)}",
                f"gold_star_{first}",
                f"{first}.{last}.{rng.randint(2005, 2019)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by form or format; mostly a child's."""
        if self.rng.random() < 0.75:
            dt = self.f().date_of_birth(minimum_age=1, maximum_age=19)
        else:
            dt = self.f().date_of_birth(minimum_age=18, maximum_age=60)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "uk": f"{day:02d}/{m:02d}/{year}",  # a UK admission form
            "boxes": f"{day:02d} {m:02d} {year}",  # a candidate form's boxes
            "gh": f"{_ordinal(day)} {EN_MONTHS_HELDOUT41[m - 1]}, {year}",  # a Ghanaian school form
            "kerala": f"{day:02d}-{m:02d}-{year}",  # a Kerala school certificate, in figures
            "words": f"{ORDINALS_HELDOUT41[day - 1]} {EN_MONTHS_HELDOUT41[m - 1]} {_year_in_words(year)}",
            "bform": f"{day:02d}-{EN_MONTHS_HELDOUT41[m - 1][:3]}-{year}",  # a Pakistani B-form
            "redbook": f"{day}.{m}.{year}",  # a Red Book, handwritten
            "iso": f"{year}-{m:02d}-{day:02d}",
            "en": f"{day} {EN_MONTHS_HELDOUT41[m - 1]} {year}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["uk", "gh", "en", "iso", "bform", "redbook", "kerala"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a school, nursery, exam, trip or scout form, a certificate, a
        paste; `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the nursery form wants her date of birth, it's {}", s["uk"]),
            ("the school admission form asks the child's dob, {}", any_shape),
            ("for the swimming lessons they need his birthday, {}", any_shape),
            ("the trip form wants a dob for the insurance, put {}", any_shape),
            ("cubs need his date of birth for the census, {}", any_shape),
            ("the exam board has my date of birth wrong, it should be {}", any_shape),
            ("the red book says she was born on {}", s["redbook"]),
            ("for the driving test booking my dob is {}", any_shape),
            ("his sslc book has the date of birth as {}", s["kerala"]),
            ("Date of birth (DD/MM/YYYY): {}", s["uk"]),
            ("Date of birth (DD MM YYYY): {}", s["boxes"]),
            ("Date of Birth: {}", s["gh"]),
            ("Date of Birth (in words): {}", s["words"]),
            ("Date of Birth (in figures): {}", s["kerala"]),
            ("Child's Date of Birth: {}", s["bform"]),
            ("dob = date.fromisoformat('{}')", s["iso"]),
            ("  date_of_birth: {}", s["iso"]),
            ("Pupil DOB: {}", s["en"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT41_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is picking the kids up from nursery today",
        "{} is her key person at the nursery",
        "can you remind me to pay {} for the childminding",
        "{} posted in the class whatsapp about the trip money",
        "{} got into the grammar school, the mum is over the moon",
        "{} is doing the maths tutoring on thursdays",
        "the swimming teacher for the beginners is {}",
        "{} teaches violin at the music centre",
        "{} is the driving instructor my cousin used",
        "{} got straight As in the mocks",
        "find the message from {} about the permission slip",
        "{} runs the saturday bangla class",
        "{} is the new warden in our halls",
        "{} is the lollipop lady outside the school",
        "{} is head girl this year",
        "{} forgot his pe kit again",
        "{} is coming to the sleepover friday",
        "{} was the akela at the cubs when I was small",
        "the bus escort on the school run is {}",
        "{} is doing her dofe expedition this weekend",
        "{} passed her driving test first time",
        "ask {} if the reading books came back",
        "{} is standing for students union president",
        "{}'s mum is doing the cake sale",
        "tell {} the madressa is closed on friday",
        "{} passed the wassce with flying colours",
        "wee {} was in the nativity",
        "wee {} lost a tooth at school",
        "our {} got the results this morning",
        "our {} is starting p1 in september",
        "auntie {} runs the nursery in kotokuraba",
        "Auntie {} said the uniforms are ready",
        "apa {} teaches the girls on saturdays",
        "Apa {} wants the quran class fees by monday",
        "morah {} sent the siddur home",
        "Morah {} is taking the girls on the outing",
        "Pupil: {}",
        "Parent/guardian: {}",
        "Class teacher: {}",
        "Form tutor: {}",
        "Head of year: {}",
        "SENCo: {}",
        "Collected by: {}",
        "Key person: {}",
        "Childminder: {}",
        "Candidate name: {}",
        "Tutor: {}",
        "Swim teacher: {}",
        "Music teacher: {}",
        "Instructor (ADI): {}",
        "Akela: {}",
        "Guider: {}",
        "Youth worker: {}",
        "Brigade captain: {}",
        "Hall warden: {}",
        "Resident: {}",
        "Bus escort: {}",
        '"pupil_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the school bus stops outside {}",
        "the childminder is at {}",
        "send the results letter to {}",
        "her halls address for the parcel is {}",
        "the tutor comes to the house, {}",
        "the party is at ours, {}",
        "Home address: {}",
        "Address of parent/guardian: {}",
        "Term-time address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "the class rep's email is {}",
        "send the permission slip to {}",
        "the tutor invoices from {}",
        "the swim club emails come from {}",
        "my uni email is {}",
        "Parent email: {}",
        '"email": "{}",',
        "smtp.user={}",
        "$_configuration['mail_from'] = '{}';",
    ],
    "PHONE_NUMBER": [
        "the childminder's number is {}",
        "text the tutor on {}",
        "the driving instructor's mobile is {}",
        "call the school office on {} if he's off sick",
        "the scout leader said ring {} if we're late",
        "Emergency contact number: {}",
        "Tel (home): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the trip deposit with {}",
        "parentpay has my old card on it, {}",
        "the tutor takes card, I used {}",
        "paid the driving lessons on {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the nursery fees go to {}",
        "pay the tutor by transfer to {}",
        "my husband sends the school fees from {}",
        "the swim club account is {}",
        "IBAN (school fees): {}",
        "Account for refunds (IBAN): {}",
    ],
    "USERNAME": [
        "on ClassDojo I'm {}",
        "her Seesaw login is {}",
        "the Tapestry account is under {}",
        "my ParentPay username is {}",
        "his Edmodo name was {}",
        "I host the Kahoot as {}",
        "my Memrise is {}",
        "he's {} on Khan Academy",
        "I answer on Brainly as {}",
        "her Sparx login is {}",
        "his MyMaths username is {}",
        "on Hegarty Maths she's {}",
        "my Chegg account is {}",
        "I upload notes on Studocu as {}",
        "I post on The Student Room as {}",
        "his Times Tables Rock Stars name is {}",
        "Reading Eggs has her as {}",
        "on Busuu I'm {}",
        "my italki name is {}",
        "the tutor on Preply is {}",
        "on Superprof I'm listed as {}",
        "my Tutorful profile is {}",
        "her GCSEPod login is {}",
        '"username": "{}",',
    ],
}
HELDOUT41_MIXED = [
    ("Pupil: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Parent/guardian: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Parent/guardian: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("smtp.user={}\nsmtp.pwd={}", ["EMAIL_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/webservice/rest/server.php", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the nursery door code with me, {}", ["PERSON", "SECRET"]),
    ("my ParentPay login is {}, refund the trip to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the residential came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the whole class's trip with {}", ["PERSON", "CREDIT_CARD"]),
    ("wee {} can be picked up from {}", ["PERSON", "STREET_ADDRESS"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Candidate name: {}, date of birth {}", ["PERSON", "DATE_OF_BIRTH"]),
]  # fmt: skip
HELDOUT41_NEGATIVES = [
    "so Sylheti is what most Bangladeshi families in Tower Hamlets speak at home",
    "a daak naam is the pet name a Bengali family calls a child by",
    "the Saturday Bangla class meets in the primary school hall",
    "Brick Lane is about ten minutes from the school",
    "in Northern Ireland the transfer test is taken in P7",
    "primary one in Northern Ireland is the same as reception in England",
    "the Boys' Brigade started in Glasgow in 1883",
    "the Glens of Antrim are nine valleys, Glenariff is the best known",
    "Malabar families often write the house name before the given name",
    "in Kerala the SSLC is the exam at the end of class 10",
    "lots of dads from Malappuram work in the Gulf",
    "Kunhi in a Malabar name means small",
    "Memon families came to Durban from Kutch and Kathiawar",
    "Overport has three madressas within walking distance",
    "Kharadar is one of the oldest parts of Karachi",
    "Mfantsipim was founded in Cape Coast in 1876",
    "Wesley Girls' is the oldest girls' school in Ghana",
    "Fante children get a day name for the day of the week they were born",
    "Elmina castle is on the school trip list every year",
    "the WASSCE results come out in November",
    "in Doric fit means what and loon means boy",
    "Peterhead is called the Blue Toon and Fraserburgh the Broch",
    "Higher exams in Scotland are in fifth year",
    "Stamford Hill has its own girls' schools and cheders",
    "Gateshead is famous for its yeshiva and seminaries",
    "morah is what the girls call their teacher",
    "in a school register the surname comes first in capitals",
    "wee just means small, it isn't part of the name",
    "term starts on 3 September and ends on 19 December",
    "half term is the week of 27 October",
    "the maths paper is 8300/1H, calculator not allowed",
    "English language paper 2 is 8700/2 on the 6th of June",
    "our centre number is 71234, put it on every script",
    "the mocks run from 13 to 24 January",
    "results day is Thursday 21 August at 8am",
    "the transfer test is on a Saturday in November",
    "she's in P5 this year and Year 4 in England terms",
    "the residential is three nights at the outdoor centre",
    "the trip to the science museum is £18 including the coach",
    "swimming lessons are £6.50 a week, stage 3 on tuesdays",
    "the school uniform jumper is £12.99 with the logo",
    "driving lessons are £38 an hour, the test fee is £62",
    "the theory test pass mark is 43 out of 50",
    "halls rent is £142 a week, room 4.17 in block C",
    "the school bus is the 217, it leaves at 3:25",
    "locker 118 is by the science labs",
    "the cubs meet at the scout hut at 6:30 on wednesdays",
    "brownies is 5:45 to 7, bring 2 pounds subs",
    "his birthday party is on saturday at the soft play",
    "she turns 7 next week, the party is on the 14th",
    "the school was founded in 1898 and has a sundial in the yard",
    "order ref PP-4417-2093 is the trip payment",
    "invoice TUT-0092 is for the October tutoring",
    "upgraded RosarioSIS to 11.8 over the summer",
    "ILIAS 9.4 is out, the upgrade needs php 8.2",
    "fixed in commit 7be41c9, the gradebook export works again",
    "$DatabaseUsername = 'rosario';",
    "[db]\ntype = \"innodb\"",
    "$_configuration['db_password'] = '';",
    "password: <%= ENV['FEDENA_DB_PASSWORD'] %>",
    "db.pass=changeme",
    "SECRET_KEY: REPLACE_ME",
    "PIN: ****",
    "card 4242 4242 4242 4242 is the test card",
    "and 5555 5555 5555 4444 is a test Mastercard",
    "IBAN GB82 WEST 1234 5698 7654 32 is the example in the docs",
    "IE29 AIBK 9311 5212 3456 78 is the sample Irish IBAN",
    "write to parent@example.com on the form",
    "192.0.2.41 is a documentation address",
    "198.51.100.12 is a documentation address",
    "2001:db8:41::7 is a documentation address",
    "in the UK the emergency number is 999",
    "in Ghana the ambulance is 193",
    "in Pakistan it's 1122 for rescue",
    "did the reading books come home",
    "can you remind me to sign the planner",
    "non uniform day on friday, bring a pound",
    "the kids loved the swimming",
    "parents evening is at 4:50",
    "she got a gold star for spelling",
    "no school tomorrow, the heating's broken",
    "don't forget the packed lunch for the trip",
    "he's got a spelling test on monday",
]  # fmt: skip


def _typo41(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a child's phonics spelling when the phone is handed
    over ('because' -> 'becos', 'school' -> 'skool', 'said' -> 'sed'), or a tap on the phone's prediction bar
    turning a short word into the longer one it offered ('to' -> 'today', 'in' -> 'into', 'for' -> 'forget').
    Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    words = list(PHONICS_WORD_HELDOUT41.finditer(template))
    if words and rng.random() < 0.5:
        m = rng.choice(words)
        return template[: m.start()] + PHONICS_HELDOUT41[m.group(1)] + template[m.end() :]
    short = list(PREDICTION_WORD_HELDOUT41.finditer(template))
    if not short:
        return template
    m = rng.choice(short)
    return template[: m.start()] + PREDICTION_HELDOUT41[m.group(1)] + template[m.end() :]


def build_heldout41(seed: int = HELDOUT41_SEED) -> list[Example]:
    """Held-out set 41: `Gen41` values in `HELDOUT41_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen41(seed)
    return assemble_module_set(
        gen, HELDOUT41_TEMPLATES, HELDOUT41_MIXED, HELDOUT41_NEGATIVES, _typo41, person=gen.person_for
    )
