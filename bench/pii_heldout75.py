"""Held-out PII set 75 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout75": written before round 48 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT75 is empty, as for
held-out 16 to 74; written at the same time as held-out 76, the two authors split the world between them: 75
takes repairing and making things at home (repair cafés, bicycle co-ops, sewing alterations and tailors,
watch and clock menders, upholsterers and furniture restorers, hackerspaces and electronics hobbyists,
3D-printing services, knife sharpeners, tool libraries), 76 takes moving house and lodging); hand-written
lists of the Chaouia of the Aurès, upholsterers, furniture restorers and alteration tailors of Batna, Arris
and Khenchela (Chaouia given names ('Messaoud', 'Lakhdar', 'Belkacem', 'Dhahbia', 'Tounes', 'Messaouda'),
Aurès family names ('Hachani', 'Guerfi', 'Belaggoune', 'Zerdoumi', 'Aggoun'), an Algerian register's
'FAMILY Given' and the administration's 'Family Given', and 'Si' before a man's and 'khalti' before a
woman's given name, outside the span: 'Lakhdar Guerfi', 'HACHANI Messaoud', 'Si Belkacem', 'khalti
Dhahbia'), the islanders of Kihnu and Manija and the town of Pärnu, clock and watch menders, knife
sharpeners and the tool library (Estonian given names ('Priidu', 'Kustas', 'Aadu', 'Virve', 'Leida',
'Elviine'), island family names ('Vesik', 'Leas', 'Sutt', 'Laos', 'Mätas', 'Karjam'), the island's farm
name in the genitive before the given name as Kihnu says a person ('Tõnise Jaan', 'Rootsi Virve'), a list's
'Family, Given' and 'onu' and 'tädi' before a given name, outside the span: 'Priidu Vesik', 'Sepa Kärt',
'Laos, Leida', 'onu Kustas', 'tädi Rutt'), the Badagas of the Nilgiris, Kotagiri, Coonoor and Ooty, and the
Coimbatore hackerspace, electronics hobbyists and 3D-printing services they run (Badaga given names
('Mathan', 'Bellie', 'Jogi', 'Haldan', 'Nanjammal', 'Jogamma'), the father's given name as an initial before
the name or written after it as a second name ('B. Mathan', 'Mathan Bellie'), a headman family's 'Gowder'
after it ('K. Nanjan Gowder') and 'maava' and 'atthe' before a given name, outside the span) and the Siwans
of Siwa Oasis, bicycle mechanics, the bike co-op that rents and mends the oasis's bicycles and the tailors of
the Shali market (Egyptian-spelt given names ('Abdallah', 'Mahdi', 'Mabrouka', 'Aziza'), Siwan family names
('Baghi', 'Hweiti', 'Dinari', 'Zanati'), the given name, the father's and the family's as an Egyptian ID
writes them ('Omar Mahdi Baghi') and 'amm' and 'sitt' before a given name, outside the span: 'amm Mansour',
'sitt Zeinab'); a repair ticket's, a claim stub's, a loan card's or a print job's number beside the name and
outside it, the title always outside the span; a workshop, an atelier or a bike shop that carries a family
name ('Tapisserie Hachani', 'Vesiku Kellatöökoda', 'Gowder Prints', 'Baghi Bikes') no person either; a
repair café's ('Fixer:', 'Ticket 212 owner:', 'Host fixer:'), a claim stub's ('Claim stub for:',
'Collected by:'), a tool library's ('Borrower:', 'Laenutaja:', 'Returned by:'), a volunteers' rota
('Front desk (Sat am):', 'Bike stand 2:'), a tailor's book ('Retouches pour:', 'Fitting:'), an
upholsterer's ('Tapissier:', 'Client:'), a clock mender's ('Kellassepp:', 'Serviced for:'), a maker's mark
and a signature ('Maker's mark:', 'Signed:'), a hackerspace's ('Inducted on the laser cutter:', 'Key
holder:'), a 3D-printing service's ('Print job owner:', 'Slicer profile by:') and an invoice's ('Facture
à:', 'Arve saaja:', 'Bill to:') fields; over three quarters of the sentences typed to the bot or a friend:
the sofa being re-webbed and the chair re-caned, a hem and a zip to be done by Friday, a wall clock that
stops at ten past four, a knife roll for sharpening, the tool library's drill and its loan card, a bike's
buckled wheel and the co-op's stand, the hackerspace's laser cutter induction and its soldering evening,
a print job that spaghettied overnight; self-hosted apps' config no earlier set pasted: Lend Engine's .env
for the tool library, MemberMatters' .env for the hackerspace's members and door, Obico's .env for the
print farm's failure detection and FrontAccounting's config_db.php for the upholsterer's books; those
regions' addresses (Batna's 'Cité 1000 Logements, Bt 14 N° 3, Batna 05000' and a lot's 'Cité Kéchida, lot
N° 27, 05000 Batna', Arris and Khenchela, Kihnu's farm, village and parish, 'Tõnise talu, Lemsi küla, Kihnu
vald, 88002 Pärnu maakond', Pärnu's 'Rüütli tn 23-4, 80010 Pärnu', the Nilgiris' door number and post
office, 'Door No. 4/112, Hubbathalai Post, Coonoor Taluk, The Nilgiris - 643 233', Coimbatore's SIDCO
estate, and Siwa's market and villages, 'Aghurmi village, house 17, Siwa Oasis, Matrouh') and phones
(Batna's 033 and Khenchela's 032, Algerian mobiles 05, 06 and 07 and '+213', Pärnu's and Kihnu's 44x,
Estonian mobiles '5xx xxxx' and '+372', Ooty's 0423, Kotagiri's 04266 and Coimbatore's 0422, Indian mobiles
and '+91', Siwa's '046 460' and Egyptian mobiles 010, 011, 012 and 015 and '+20'); Visa, Mastercard 51, 53
and 2221, Amex 34 and RuPay 6521 as a re-covered sofa, a watch service, a print job's deposit or a bike's
new wheel take them; IBANs of Estonia and Egypt; IPs of the repair café's label printer, the bike co-op's
till tablet, the hackerspace's door controller, a print farm's printer and its camera, the soldering
bench's fume extractor plug, the tool library's barcode scanner, the tailor's networked embroidery machine,
the upholstery workshop's camera and the pastes above, v6 in 2001:7d0:, 2401:4900:, 2c0f:fc88: and
2c0f:f8f0: ranges; passwords handed over in ways no earlier set used (on the stub of a repair ticket,
scratched inside a watch's case back, on the tag of a knife roll, on the back of a tool-loan card, pinned
to the dress form, inside the lid of the upholstery tack tin, under the bike stand's tray, on the sticker
on a printer's bed, on the soldering station's base, behind a wall clock's pendulum door), the Aurès
('Batna05000', 'Arris#05'), Kihnu ('Kihnu88002', 'Manija!44'), the Nilgiris ('Kotagiri643217', 'Ooty@0423'),
Siwa ('Siwa51741', 'Shali_046'), workshop words in leetspeak ('5p0k3s', 'wh3t5t0n3'), a thread's weight and
colour ('Tex40-col712') and a watch calibre ('Cal2824-28800'), and cues in Estonian ('salasõna on ..., ära
kellelegi ütle'), Algerian French ('le code de l'atelier c'est ..., ne le donne à personne'), Tamil in Latin
letters ('password ... dhaan, yaarukkum sollaadhe') and Egyptian arabizi ('el password howa ..., matollosh
l 7ad'); usernames on WatchUseek, BladeForums, Ouedkniss, MyMiniFactory, Spoonflower, PatternReview,
Hackster, the element14 Community and Quora, shapes like 'x.fixes', 'x_stitch', 'tick-x', 'x.solder7',
'x-spokes', 'x3d_x', 'xx.whet' and 'upholst_x'; dates of birth for the tool library's membership, the
hackerspace's induction, the bike co-op's volunteer form, a tailor's apprenticeship and a repair café's
insurance list, in French ('né le 14 mars 1958 à Arris'), an Algerian form's '14/03/1958', Estonian in
the adessive ('sündisin 14. märtsil 1958'), an Estonian list's '14.03.1958', an Indian form's '14-03-1958'
and '14-Mar-1958', Egyptian arabizi ('ana mawlood fe 14/3/1958'), an Egyptian ID's year first in
Arabic-Indic digits ('١٩٥٨/٠٣/١٤') and an export's ISO date; typos as someone types with oily fingers: a
workshop word's well-known misspelling ('bicycle' -> 'bicylce', 'scissors' -> 'sissors', 'solder' ->
'sodder', 'upholstery' -> 'upholstry') or a workshop's shorthand creeping into chat ('millimetres' ->
'mm', 'screwdriver' -> 'screwdr', 'replacement' -> 'repl'); negatives with the same regions' places, the
titles and the name forms explained, ticket, stub, loan-card and job numbers alone, calibres, beat rates,
thread sizes, tyre sizes, torque values and prices, opening times and café days, dates that are no
birthdays, postcodes alone, workshops named after families, versions, a commit, placeholder secrets, a
masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), helpline
numbers every user shares, and short everyday chat; no public figure is named).

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

HELDOUT75_SEED = 4720581
# no faker name locale, as in held-out 16 to 74: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT75: list[str] = []
# repairing and making things at home (held-out 76, written at the same time, takes moving house and
# lodging); each origin: (men's given names, women's given names, family names); ';' separates names
NAMES_HELDOUT75: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Chaouia of the Aurès: upholsterers, furniture restorers and alteration tailors of Batna, Arris, Khenchela
    "aures": ("Messaoud;Lakhdar;Belkacem;Amar;Salah;Tahar;Aïssa;Larbi;Mostefa;Abdelmadjid".split(";"),
              "Messaouda;Yamina;Zohra;Fatma;Dhahbia;Tounes;Houria;Ouarda;Khadra;Zineb".split(";"),
              "Hachani;Guerfi;Belaggoune;Zerdoumi;Aggoun;Bouzid;Hamla;Laïb;Merabet;Touati;Chenafa;Bouhidel".split(";")),
    # islanders of Kihnu and Manija and Pärnu: clock and watch menders, knife sharpeners, the tool library
    "kihnu": ("Jaan;Tõnu;Priidu;Mihkel;Jüri;Kustas;Aadu;Madis;Rein;Enn".split(";"),
              "Virve;Leida;Rutt;Maie;Liidia;Kärt;Reet;Anu;Elviine;Aino".split(";"),
              "Vesik;Leas;Sutt;Laos;Oad;Teras;Kolk;Mätas;Aav;Karjam;Alas;Tõnts".split(";")),
    # Badagas of the Nilgiris: the Coimbatore hackerspace, electronics hobbyists and 3D-printing services
    # (the family list is the fathers' given names, written as an initial or a second name)
    "badaga": ("Mathan;Bellie;Jogi;Haldan;Kariyan;Nanjan;Lingan;Bhojan;Ari;Raman".split(";"),
               "Nanjammal;Jogamma;Mathi;Rangamma;Belli;Sarasa;Kavitha;Hemalatha;Deepika;Lakshmi".split(";"),
               "Mathan;Bellie;Jogi;Haldan;Kariyan;Nanjan;Lingan;Bhojan;Ari;Raman;Kunden;Madhan".split(";")),
    # Siwans of Siwa Oasis: bicycle mechanics, the bike co-op and the tailors of the Shali market
    "siwa": ("Abdallah;Omar;Mahdi;Yehia;Youssef;Mansour;Saleh;Hamed;Ibrahim;Sayed".split(";"),
             "Fatma;Zeinab;Mabrouka;Khadija;Aziza;Halima;Salma;Nagwa;Hanan;Sabah".split(";"),
             "Baghi;Hweiti;Dinari;Zanati;Gaafar;Senussi;Shahin;Bahi;Awad;Hamouda;Gari;Mousa".split(";")),
}  # fmt: skip
# Kihnu's farm names, in the genitive before a given name as the island says a person ('Tõnise Jaan')
KIHNU_FARMS_HELDOUT75 = ["Tõnise", "Rootsi", "Sepa", "Kõrsi", "Uuetoa", "Kuraga", "Pärtli", "Jõe", "Metsa",
                         "Ranna", "Aadu", "Mihkli"]  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman and what it goes with
TITLED_HELDOUT75: dict[str, tuple[str, bool, str]] = {
    "si": ("aures", False, "given"),  # the Maghreb's respectful 'Si' before a man's given name
    "khalti": ("aures", True, "given"),  # 'my aunt', to an older woman of the quarter
    "onu": ("kihnu", False, "given"),  # Estonian uncle, to an older man
    "tädi": ("kihnu", True, "given"),  # and auntie
    "maava": ("badaga", False, "given"),  # uncle, the mother's brother and any older man of the village
    "atthe": ("badaga", True, "given"),  # aunt, the father's sister
    "amm": ("siwa", False, "given"),  # Egyptian uncle, to an older craftsman
    "sitt": ("siwa", True, "given"),  # 'Mrs', before a woman's given name
}
TITLE_SLOT_HELDOUT75 = re.compile(r"(?<![\w'-])(Si|khalti|onu|tädi|maava|atthe|amm|sitt) \{\}", re.IGNORECASE)
# IBANs of this set's people: a Pärnu clock mender's and a Siwa bike co-op's
IBAN_SHAPES_HELDOUT75 = {"EE": "16n", "EG": "25n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT75 = ["tapisserie", "retouches", "kellad", "teritus", "hackerspace", "printfarm", "solder",
                      "bikecoop", "spokes", "repaircafe", "toollib", "sharpening", "upholstery", "clocks",
                      "alterations", "makers", "fixit", "stitches"]  # fmt: skip
# a workshop word and its well-known misspelling
MISSPELT_HELDOUT75 = {
    "bicycle": "bicylce", "scissors": "sissors", "solder": "sodder", "upholstery": "upholstry",
    "separate": "seperate", "measure": "mesure", "necessary": "neccessary", "definitely": "definately",
    "needle": "neddle", "library": "libary", "warranty": "warrenty", "jewellery": "jewelery",
    "buckled": "buckeled", "sharpen": "sharpan", "mechanism": "mechanisim",
}  # fmt: skip
MISSPELT_WORD_HELDOUT75 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT75, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a workshop's shorthand creeping into chat
WORKSHOP_HELDOUT75 = {
    "millimetres": "mm", "screwdriver": "screwdr", "replacement": "repl", "number": "no.", "please": "pls",
    "because": "bc", "thanks": "thx", "about": "abt", "tomorrow": "tmrw", "something": "smth",
}  # fmt: skip
WORKSHOP_WORD_HELDOUT75 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(WORKSHOP_HELDOUT75, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Laïb' -> 'laib', 'Mätas'
    -> 'matas', 'Tõnu' -> 'tonu')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Aïssa' -> 'Aissa', 'Kärt' -> 'Kart')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


ARABIC_INDIC_HELDOUT75 = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


class Gen75(Gen3):
    """Generators for held-out set 75: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT75; a Badaga's 'family name' is
        the father's given name, never the person's own."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT75))
        men, women, lasts = NAMES_HELDOUT75[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "aures":
            if r < 0.25:  # an Algerian register: 'HACHANI Messaoud'
                return f"{last.upper()} {first}"
            if r < 0.4:  # the administration's family name first: 'Guerfi Lakhdar'
                return f"{last} {first}"
        if origin == "kihnu":
            if r < 0.3:  # as Kihnu says a person, the farm first: 'Tõnise Jaan'
                return f"{rng.choice(KIHNU_FARMS_HELDOUT75)} {first}"
            if r < 0.42:  # a list's 'Laos, Leida'
                return f"{last}, {first}"
        if origin == "badaga":
            if r < 0.35:  # the father's initial first: 'B. Mathan'
                return f"{last[0]}. {first}"
            if r < 0.5 and not woman:  # a headman family's: 'K. Nanjan Gowder'
                return f"{last[0]}. {first} Gowder"
            if r < 0.6:  # the initial after, as a Coimbatore list writes it: 'Mathan B'
                return f"{first} {last[0]}"
        if origin == "siwa":
            father = rng.choice([x for x in NAMES_HELDOUT75["siwa"][0] if x != first])
            if r < 0.4:  # given, father's, family, as an Egyptian ID writes them: 'Omar Mahdi Baghi'
                return f"{first} {father} {last}"
            if r < 0.5:  # with the article, the Egyptian way: 'Aziza el-Dinari'
                return f"{first} el-{last}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.68:
            name = self._full(origin, first, last, woman)
        elif r < 0.9 or origin == "badaga":  # a Badaga's father's name alone is nobody's family name
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
        """A name for a title written next to it ('Si Belkacem', 'tädi Rutt', 'maava Jogi', 'sitt Zeinab'),
        from the origin that uses it."""
        origin, woman, _ = TITLED_HELDOUT75[title.lower()]
        _, first, _, _ = self._origin_name(origin, woman)
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT75.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        shapes = [
            f"Cité {pick(['1000', '500', '800', '1200'])} Logements, Bt {rng.randint(1, 40)} N° {rng.randint(1, 24)}, Batna 05000",
            f"Cité {pick(['Kéchida', 'El Boustane', 'Bouakal', 'Parc à Fourrage'])}, lot N° {rng.randint(1, 300)}, 05000 Batna",
            f"Rue {pick(['des Frères Guellil', 'de la République', 'Mohamed Boudiaf', 'du 1er Novembre'])} N° {n}, Arris 05100",
            f"Cité {pick(['20 Août', 'El Nasr', 'Ennour'])}, N° {n}, Khenchela 40000",
            f"{pick(KIHNU_FARMS_HELDOUT75)} talu, {pick(['Lemsi', 'Linaküla', 'Sääre', 'Rootsiküla'])} küla, Kihnu vald, 8800{rng.randint(1, 4)} Pärnu maakond",
            f"{pick(KIHNU_FARMS_HELDOUT75)}, Manija küla, Pärnu linn, 86{rng.randint(100, 199)} Pärnu maakond",
            f"{pick(['Rüütli', 'Kuninga', 'Pikk', 'Aisa'])} tn {n}-{rng.randint(1, 30)}, 80{rng.randint(10, 99)}0 Pärnu",
            f"{pick(['Papiniidu', 'Riia mnt', 'Lai'])} {n}, 80{rng.randint(10, 99)}2 Pärnu",
            f"Door No. {rng.randint(1, 9)}/{rng.randint(10, 250)}, {pick(['Hubbathalai', 'Kengarai', 'Thummanatty', 'Kadanad'])} Post, Coonoor Taluk, The Nilgiris - 643 2{rng.randint(10, 99)}",
            f"{rng.randint(1, 40)}/{rng.randint(1, 300)}, {pick(['Kil Kotagiri Road', 'Johnstone Square', 'Aravenu'])}, Kotagiri, The Nilgiris 643217",
            f"{n}, {pick(['Race Course Road', 'Avinashi Road', 'Trichy Road'])}, Coimbatore - 6410{rng.randint(10, 45)}",
            f"Plot {rng.randint(1, 90)}, SIDCO Industrial Estate, Kurichi, Coimbatore 641021",
            f"Aghurmi village, house {n}, Siwa Oasis, Matrouh",
            f"Sharia {pick(['el-Souk', 'Sidi Suleiman', 'el-Maraqi', 'el-Gaysha'])} {n}, Siwa, Matrouh 51741",
            f"{pick(['Shali', 'Aghurmi', 'Maraqi', 'Abu Shuruf'])} road, km {rng.randint(1, 30)}, Siwa Oasis, Matrouh Governorate",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT75)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 2006)}",
                           f"{subject}-{first}", f"{first}_{last}_{subject}"])  # fmt: skip
        domain = rng.choice(["yahoo.fr", "gmail.com", "hotmail.fr", "djaweb.dz", "hot.ee", "mail.ee", "neti.ee",
                             "rediffmail.com", "yahoo.co.in", "outlook.com", "tedata.net.eg", "yahoo.com",
                             "posteo.de", "proton.me"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"033 8{d(1)} {d(2)} {d(2)}",  # Batna
            f"032 7{d(1)} {d(2)} {d(2)}",  # Khenchela
            f"0{rng.choice('567')}{d(2)} {d(2)} {d(2)} {d(2)}",  # Algerian mobile
            f"+213 {rng.choice('567')}{d(2)} {d(2)} {d(2)} {d(2)}",
            f"44{d(1)} {d(4)}",  # Pärnu and Kihnu
            f"+372 44{d(1)} {d(4)}",
            f"5{d(2)} {d(4)}",  # Estonian mobile
            f"+372 5{d(3)} {d(4)}",
            f"0423 2{d(2)} {d(4)}",  # Ooty
            f"04266 2{d(5)}",  # Kotagiri
            f"0422 {d(3)} {d(4)}",  # Coimbatore
            f"9{d(4)} {d(5)}",  # Indian mobile
            f"+91 {rng.choice(['94', '98', '63', '70'])}{d(3)} {d(5)}",
            f"046 460 {d(4)}",  # Siwa
            f"+20 46 460 {d(4)}",
            f"01{rng.choice('0125')} {d(4)} {d(4)}",  # Egyptian mobile
            f"+20 1{rng.choice('0125')} {d(4)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("34", 15),
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT75))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT75[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the repair café's label printer, the bike co-op's till tablet, the
        hackerspace's door controller, a print farm's printer and camera, the soldering bench's fume
        extractor plug, the tool library's scanner, the tailor's embroidery machine, the upholstery
        workshop's camera and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:7d0:{h()}:{h()}::{h()}", f"2401:4900:{h()}:{h()}::{h()}", f"2c0f:fc88:{h()}:{h()}::{h()}",
                         f"2c0f:f8f0:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the label printer at the repair café is on {}, the ticket stubs come out blank", v4),
            ("the bike co-op's till tablet gets {} from the router, it lost the parts list again", v4),
            ("the door controller at the hackerspace is {}, my fob stopped working after the update", rng.choice([v4, v6])),
            ("the big printer in the print farm is on {}, the job spaghettied at 3am", v4),
            ("the camera over the printers is {}, can you see if layer 40 went ok", rng.choice([v4, v6])),
            ("the smart plug on the fume extractor at the soldering bench is {}, it won't switch off", v4),
            ("the barcode scanner at the tool library is {}, the drill shows as still out", v4),
            ("the embroidery machine in the tailor's back room is on {}, the pattern won't upload", v4),
            ("the camera in the upholstery workshop is {}, someone moved the chesterfield", rng.choice([v4, v6])),
            ("the obico box for the printers is on {} port 3334", rng.choice([v4, v6])),
            ("the lend engine server for the tool library is {}, the loan cards won't print", v4),
            ("DATABASE_URL=mysql://lendengine:***@{}:3306/lendengine", v4),
            ("MM_DB_HOST={}", v4),
            ("$db_connections[0]['host'] = '{}';", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-04-12 09:31:07 WARN membermatters: door access denied for fob 4471 from {}", v4),
            ("[obico] 2025-04-12T02:58:40Z ERROR printer 'prusa-2' lost connection from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Batna', 'Arris', 'Khenchela', 'Aures'])}{rng.choice(['05000', '#05', '40000', '!033'])}",
                f"{rng.choice(['Kihnu', 'Manija', 'Parnu', 'Lemsi'])}{rng.choice(['88002', '!44', '80010', '_kell'])}",
                f"{rng.choice(['Kotagiri', 'Coonoor', 'Ooty', 'Nilgiri'])}{rng.choice(['643217', '@0423', '641021', '#04266'])}",
                f"{rng.choice(['Siwa', 'Shali', 'Aghurmi'])}{rng.choice(['51741', '_046', '2025!'])}",
                rng.choice(["spokes", "whetstone", "upholstery", "solder", "bobbin"]).translate(leet) + rng.choice(["", "!", "_75"]),
                f"Tex{rng.choice([25, 30, 40, 60, 80])}-col{rng.randint(100, 999)}",
                f"Cal{rng.choice(['2824', '7750', '6497', '2671'])}-{rng.choice(['21600', '28800', '18000'])}",
                f"{rng.choice(['fixer', 'stub', 'loan', 'spool'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?']", "", pw)  # a password where a ':', a quote or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the repair café laptop password is on the stub of ticket 212, {}", pw),
            ("i scratched the shop's wifi password inside the case back of the old seiko, {}", pw),
            ("the sharpening service login is on the tag of the knife roll, {}", pw),
            ("the tool library's admin password is on the back of my loan card, {}", pw),
            ("the alterations booking password is pinned to the dress form, {}", pw),
            ("the supplier's login is inside the lid of the upholstery tack tin, {}", pw),
            ("the co-op's till password is on the tape under the bike stand's tray, {}", pw),
            ("the printer's web password is on the sticker on the bed, {}", pw),
            ("the hackerspace wiki login is written on the base of the soldering station, {}", pw),
            ("the clock shop's email password is behind the pendulum door of the wall clock, {}", pw),
            ("the padlock on the tool library's cage is {}, don't give it out", d(4)),
            ("the door pin at the hackerspace is {}, it changes on the 1st", d(6)),
            ("my lend engine login is {}, renew the drill for me", pw),
            ("ok the obico admin password is {}, check the spaghetti alerts", pw),
            ("the frontaccounting login for the workshop's books is {}, enter the sofa invoice", pw),
            # cues in ways no earlier set used
            ("salasõna on {}, ära kellelegi ütle", pw),
            ("le code de l'atelier c'est {}, ne le donne à personne", pw),
            ("password {} dhaan, yaarukkum sollaadhe", pw),
            ("el password howa {}, matollosh l 7ad", pw),
            # commands
            ("$ mysql -u lendengine -p{} lendengine", colonless),
            ("$ psql postgresql://membermatters:{}@db:5432/membermatters", colonless),
            ("$ curl -u admin:{} http://obico.local:3334/api/v1/printers/", colonless),
            # pastes
            ("APP_SECRET={}", tok(32, hexl)),
            ('DATABASE_URL="mysql://lendengine:{}@127.0.0.1:3306/lendengine"', colonless),
            ("MAILER_PASSWORD={}", pw),
            ("MM_SECRET_KEY={}", tok(50, alnum)),
            ("MM_DB_PASSWORD={}", pw),
            ("MM_STRIPE_SECRET_KEY=sk_live_{}", tok(40, alnum)),
            ("EMAIL_HOST_PASSWORD={}", pw),
            ("TELEGRAM_BOT_TOKEN={}", f"{d(10)}:AA{tok(33, alnum)}"),
            ("$db_connections[0]['dbpassword'] = '{}';", colonless),
            ("REDIS_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.fixes', 'x_stitch', 'tick-x', 'x-spokes')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.fixes",
                f"{last}_stitch",
                f"tick-{first}",
                f"{first}.solder{rng.randint(1, 9)}",
                f"{last}-spokes",
                f"{first}3d_{last}",
                f"{first[:1]}{last}.whet",
                f"upholst_{first}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "fr": f"{day} {FR_MONTHS_HELDOUT75[m - 1]} {year}",
            "frd": f"{day:02d}/{m:02d}/{year}",
            "et": f"{day}. {ET_MONTHS_HELDOUT75[m - 1]} {year}",
            "etd": f"{day:02d}.{m:02d}.{year}",
            "in": f"{day:02d}-{m:02d}-{year}",
            "ind": f"{day:02d}-{EN_MONTHS_HELDOUT75[m - 1]}-{year}",
            "eg": f"{day}/{m}/{year}",
            "egar": f"{year}/{m:02d}/{day:02d}".translate(ARABIC_INDIC_HELDOUT75),
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["fr", "frd", "et", "etd", "in", "ind", "eg", "egar", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("je suis né le {} à Arris, the tailor's apprenticeship form wants it", s["fr"]),
            ("the upholstery course form wants the date like on the id card, mine is {}", s["frd"]),
            ("sündisin {}, the tool library needs it for the membership", s["et"]),
            ("the clock club's list wants sünniaeg and i put {}", s["etd"]),
            ("the hackerspace induction form asked my date of birth, {}", s["in"]),
            ("the print service's kyc wants DOB as on the aadhaar, {}", s["ind"]),
            ("ana mawlood fe {}, the bike co-op asked for the volunteer form", s["eg"]),
            ("the co-op copied my date of birth off the id card, {}", s["egar"]),
            ("the repair café's insurance list wants every fixer's birthday, mine's {}", any_shape),
            ("the laser cutter induction needs a date of birth, i put {}", any_shape),
            ("Date de naissance : {}", s["frd"]),
            ("Sünniaeg: {}", s["etd"]),
            ("Date of Birth: {}", s["ind"]),
            ("تاريخ الميلاد: {}", s["egar"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in French, in Estonian's adessive ('märtsil', as 'sündisin 14. märtsil') and in English short
FR_MONTHS_HELDOUT75 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
ET_MONTHS_HELDOUT75 = "jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil septembril oktoobril novembril detsembril".split()
EN_MONTHS_HELDOUT75 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


HELDOUT75_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is re-covering the armchair in green velvet, ready next month",
        "can you ask {} if the wall clock is fixed, it still stops at ten past four",
        "{} sharpened all my kitchen knives for ten euro",
        "{} runs the bike stand at the co-op on saturday mornings",
        "{} took up the hem on my trousers while i waited",
        "{} is the one who knows the laser cutter, ask for an induction",
        "{} printed the replacement knob for the washing machine",
        "{} borrowed the tile cutter from the tool library and hasn't brought it back",
        "{} restored grandma's chest of drawers, you can't see the burn mark anymore",
        "{} fixed the toaster at the repair café, it was just a loose wire",
        "{} trued my buckled wheel in ten minutes",
        "{} put a new zip in the leather jacket",
        "{} re-caned the seat of the rocking chair",
        "{} is hosting the soldering evening on thursday",
        "{} serviced the pocket watch, it gains a minute a week now",
        "{} said the sofa needs new webbing and springs",
        "i owe {} for the new brake pads, remind me",
        "{} is the new volunteer on the front desk",
        "{} brought a box of spare inner tubes for the co-op",
        "{} designed the bracket and printed it in petg",
        "{} does alterations from home, she's cheaper than the shop",
        "yes {} has the key to the tool shed",
        "ok so {} is the host fixer this month, not me",
        "{} from the hackerspace called about the broken 3d printer",
        "{} taught us how to replace a bike chain",
        "{} forgot to set the beat on the clock and it's ticking unevenly lol",
        "i'm meeting {} at the repair café at 2 to bring the lamp",
        "{} signs every chair he restores under the seat",
        "{} sent the invoice for the reupholstering to the wrong address",
        "{} keeps the loan cards in a shoebox",
        "{} can sew on buttons faster than anyone i know",
        "{} wants the drill back by friday, someone reserved it",
        "{} made the new leg for the table out of oak",
        "{} is sharpening scissors at the market on sunday",
        "Si {} says the foam in the sofa is from the seventies",
        "khalti {} does the hems and the curtains, ask her",
        "onu {} mends every clock on the island",
        "tädi {} has the key to the tool library",
        "maava {} brought his old oscilloscope to the hackerspace",
        "atthe {} sewed the covers for the printer enclosure",
        "amm {} fixes every bicycle in the oasis",
        "sitt {} takes in the dresses at the shop in the market",
        "Fixer: {}",
        "Ticket 212 owner: {}",
        "Host fixer: {}",
        "Claim stub for: {}",
        "Collected by: {}",
        "Borrower: {}",
        "Laenutaja: {}",
        "Returned by: {}",
        "Front desk (Sat am): {}",
        "Bike stand 2: {}",
        "Retouches pour: {}",
        "Fitting: {} (hem 3 cm, waist in)",
        "Tapissier: {}",
        "Client: {}",
        "Kellassepp: {}",
        "Serviced for: {}",
        "Maker's mark: {}",
        "Signed: {}",
        "Inducted on the laser cutter: {}",
        "Key holder: {}",
        "Print job owner: {}",
        "Slicer profile by: {}",
        "Facture à: {}",
        "Arve saaja: {}",
        "Bill to: {}",
        "Sharpened for: {}; {}",
        "| 0457 | drill 18V | {} |",
        '"fixer": "{}",',
    ],
    "STREET_ADDRESS": [
        "pick up the armchair at {}",
        "the repair café is at {} this month",
        "send the watch back to {}",
        "the tool library moved to {}",
        "the hackerspace is at {} now",
        "the bike co-op's container is behind {}",
        "drop the curtains off at {}",
        "Adresse : {}",
        "Aadress: {}",
        "Address: {}",
        "Deliver to: {}",
        '"return_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the repair quote to {}",
        "the tool library's reminders come from {}",
        "email the hackerspace at {} about the induction",
        "the print service's orders go to {}",
        "E-mail (atelier): {}",
        '"email": "{}",',
        "MAILER_FROM={}",
        "MM_ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the upholsterer's number is {}",
        "call the clock mender on {} before you bring it",
        "the tailor's mobile is {}",
        "ring the bike co-op on {}, they might have the part",
        "the knife sharpener's number is {}, he comes to the house",
        "Tél. : {}",
        "Tel: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the sofa with {}",
        "the watch service went on {}",
        "the print job's deposit went on {}",
        "put the new wheel on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the clock repair into {}",
        "the co-op wants the bike money to {}",
        "the tool library's membership goes to {}",
        "the refund for the print goes to {}",
        "IBAN: {}",
        "IBAN (kellaparandus): {}",
    ],
    "USERNAME": [
        "my WatchUseek name is {}",
        "on BladeForums the sharpener is {}",
        "on Ouedkniss the upholsterer sells as {}",
        "the MyMiniFactory page for the brackets is {}",
        "my Spoonflower shop is {}",
        "on PatternReview she posts as {}",
        "my Hackster profile is {}",
        "on the element14 Community I'm {}",
        "the Quora answer about clock escapements is from {}",
        "on WatchUseek the seller of the movement is {}",
        "find the sofa on Ouedkniss, {}",
        "the MyMiniFactory designer is {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT75_MIXED = [
    ("Fixer: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Borrower: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("MM_DB_HOST={}\nMM_DB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:3334/api/v1/printers/", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the tool library's account, it's {}", ["PERSON", "SECRET"]),
    ("Key holder: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my WatchUseek name is {}, pay me to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the sofa came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the watch service with {}", ["PERSON", "CREDIT_CARD"]),
    ("tädi {} takes the bookings on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Client: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Arve saaja: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT75_NEGATIVES = [
    "the Aurès are the mountains south of Batna",
    "Arris is a town in the Aurès, Khenchela is further east",
    "05000 is Batna and 40000 is Khenchela",
    "Si is a polite word before a man's name in Algeria",
    "khalti means my aunt, people say it to any older woman",
    "in an Algerian register the family name comes first, in capitals",
    "Tapisserie Hachani is a workshop, not a person",
    "a tapissier re-covers chairs and sofas",
    "horsehair stuffing is what the old chairs have",
    "Kihnu is an island in the Gulf of Riga",
    "Manija is a small island next to Kihnu",
    "on Kihnu people are called by their farm's name and their given name",
    "onu and tädi are uncle and auntie in Estonian",
    "Vesiku Kellatöökoda is a clock shop, not a person",
    "88002 is a Kihnu postcode",
    "the ferry to Kihnu leaves from Munalaid",
    "the Nilgiris are the blue mountains of Tamil Nadu",
    "Kotagiri, Coonoor and Ooty are the Nilgiri towns",
    "643217 is the Kotagiri PIN code",
    "a Badaga writes the father's name as an initial before his own",
    "maava is uncle and atthe is aunt",
    "Gowder Prints is a print shop, not a person",
    "Siwa is an oasis in the Western Desert near Libya",
    "the Shali is the old mud-brick fortress of Siwa",
    "Aghurmi is the village with the oracle temple",
    "amm and sitt are uncle and madam in Egyptian Arabic",
    "Baghi Bikes is a rental shop, not a person",
    "an Egyptian ID writes the given name, the father's and the family's",
    "ticket 212 is the lamp with the broken switch",
    "claim stub 0457 is the blue dress",
    "loan card 88 has the hedge trimmer",
    "print job 3391 failed at layer 40",
    "the drill is item T-0457 in the tool library",
    "bike stand 2 has the wobbly clamp",
    "the ETA 2824 beats at 28800 an hour",
    "a 7750 chronograph movement needs a full service every five years",
    "the clock runs 30 seconds fast a day",
    "use Tex 40 thread for the hems",
    "the tyre is 700x28c, the tube is presta",
    "tighten the stem bolts to 5 Nm",
    "the nozzle is 0.4 mm and the layer height 0.2",
    "print at 215 degrees with the bed at 60",
    "the sofa needs 9 metres of fabric",
    "a hem is 8 euros, a zip is 15",
    "sharpening is 4 euros a knife, scissors 5",
    "the watch service is 120 euros",
    "the bike co-op charges 5 for an hour on the stand",
    "the repair café is every first Saturday from 10 to 1",
    "the tool library opens Tuesday and Thursday 5 to 7",
    "the hackerspace's open night is Wednesday from 7",
    "the clock was made in 1892 in the Black Forest",
    "the chair came back on 12 March 2024",
    "the warranty runs out on 30.06.2026",
    "the repair was logged on 02/05/2024",
    "Lend Engine 2.7 added reservations for tools",
    "MemberMatters 3.1 fixed the door access log",
    "Obico 1.8 improved the failure detection",
    "FrontAccounting 2.4.17 is the current release",
    "fixed in commit 4c8a1e2, see the changelog",
    "APP_SECRET=",
    "MM_SECRET_KEY=<generate one>",
    "EMAIL_HOST_PASSWORD=changeme",
    "$db_connections[0]['dbpassword'] = 'your password here';",
    "door PIN: ******",
    "card 4242 4242 4242 4242 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "EE38 2200 2210 2014 5685 is the example IBAN in the docs",
    "EG38 0019 0005 0000 0000 2631 8000 2 is the example IBAN in the docs",
    "write to fixer@example.org on the form",
    "192.0.2.75 is a documentation address",
    "198.51.100.75 is a documentation address",
    "2001:db8:75::1 is a documentation address",
    "call 112 for emergencies in Estonia and India",
    "in Egypt the ambulance is 123",
    "in Algeria the civil protection is 14",
    "did the lamp get fixed yet",
    "the chair is in the van",
    "ok the wheel is true, finally",
    "yes the drill is back on the shelf, thanks",
    "THE PRINTER IS JAMMED AGAIN",
    "saha, à samedi à l'atelier",
    "tere, näeme laupäeval",
    "vanakkam, see you at the hackerspace",
    "ahlan, the bikes are ready",
]  # fmt: skip


def _typo75(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types with oily fingers, a workshop
    word's well-known misspelling ('bicycle' -> 'bicylce', 'scissors' -> 'sissors', 'solder' -> 'sodder',
    'upholstery' -> 'upholstry'), or a workshop's shorthand creeping into chat ('millimetres' -> 'mm',
    'screwdriver' -> 'screwdr', 'replacement' -> 'repl'). Only in sentences typed to the bot or a friend; a
    title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT75.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT75[m.group(1)] + template[m.end() :]
    shorts = list(WORKSHOP_WORD_HELDOUT75.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + WORKSHOP_HELDOUT75[m.group(1)] + template[m.end() :]


def build_heldout75(seed: int = HELDOUT75_SEED) -> list[Example]:
    """Held-out set 75: `Gen75` values in `HELDOUT75_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen75(seed)
    return assemble_module_set(
        gen, HELDOUT75_TEMPLATES, HELDOUT75_MIXED, HELDOUT75_NEGATIVES, _typo75, person=gen.person_for
    )
