"""Held-out PII set 52 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout52": written before round 36 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT52 is empty, as for
held-out 16 to 50; written at the same time as held-out 51, the two authors split the world between them: 52
takes beauty and the body (hair salons and braiding shops, barbers, nail bars, spas, saunas and bathhouses,
cosmetic and laser clinics, bridal make-up artists, massage-free wellness studios, tattoo removal, beauty
schools and their exams, salon booking and loyalty apps), 51 takes pets and animals); hand-written lists of
African American braiders, loctitians and barbers of Southwest Atlanta (West End, Cascade Road, Campbellton
Road and College Park: the shop's nickname alone, in a booth's name or beside the legal name: 'Latrice
Tolbert', 'Keke', 'Braids by Tay', 'Dontavious Lumpkin'), Eritrean hair and henna salons of Oakland's
Telegraph Avenue and Washington's Shaw (no family name: the given name, then the father's and sometimes the
grandfather's: 'Semhar Tesfamariam', 'Luwam Tekle Berhane', with 'Adey' before an older woman's given name),
Brazilian Mineiros of Framingham and Marlborough, Massachusetts, from Governador Valadares (waxing studios,
nail bars, brow design and the escova progressiva: the registry's inventive spellings, a woman's double given
name, 'de' before both family names and the salon's short name: 'Uélinton Rezende', 'Kelly Cristina de Souza
Lacerda', 'Gleice'), Latvian pirtnieki, the sauna masters of Riga, Sigulda and Cēsis (pirts rituals, birch
and oak whisks: a woman's family name in its feminine form, and 'kungs' or 'kundze' after the family name
in the genitive: 'Ilze Bērziņa', 'Kalniņa kungs', 'Vītolas kundze'), and Antillean hairdressers,
aestheticians and bridal make-up artists of Martinique, Guadeloupe and Paris's Château-d'Eau (hyphenated and
saints' family names that read like given names, the French client card's 'SURNAME Given', and 'Man' or
'Tatie' before a woman's given name: 'Murielle Sainte-Rose', 'ZÉBINA Ludovic', 'Man Josiane'); a client
card's 'Surname, Given' for every origin ('Tolbert, Latrice'), the title always outside the span; salon
('Stylist:', 'Braider:', 'Loctician:', 'Barber (chair 3):', 'Booked with'), nail bar ('Nail tech:'), lash and
brow ('Lash artist:', 'Brow designer:'), clinic ('Aesthetician:', 'Laser operator:', 'Consent witnessed
by:'), sauna ('Pirts master:'), bridal ('MUA (bridal):', 'Bride:'), school ('Candidate:', 'Examiner
(practical):') and booking ('Client:', 'Therapist:') fields; over three quarters of the sentences typed to
the bot or a friend: box braids and locs retwists, fades and line-ups, gel sets and acrylic fills, brow
lamination, lash lifts, waxing, the escova progressiva, pirts evenings and whisks, bathhouse slots, laser
sessions and patch tests, tattoo removal rounds, bridal trials, cosmetology exams and booth rent, loyalty
stamps and no-show fees; self-hosted apps' config no earlier set pasted: Open Source Point of Sale's .env
for a salon's retail counter, Saleor's .env for a cosmetics shop, Open Loyalty's .env for the stamp card,
FOSSBilling's config.php for a beauty school's fees and UVdesk's .env for a laser clinic's help desk, with
Zenoti, Phorest and Vagaro keys; those regions' addresses (Ralph David Abernathy Blvd SW, Cascade Rd SW and
Campbellton Rd SW with 303xx ZIPs and a suite, College Park's Main St, Oakland's Telegraph Ave with a unit
and Shaw's 9th St NW, Framingham's Concord St and Waverly St and Marlborough's Main St with 017xx ZIPs,
Governador Valadares' 'Rua ..., 1234, bairro, Governador Valadares - MG, 35010-130', Riga's 'Brīvības iela
123-45, Rīga, LV-1010' with the flat after a dash, a farmstead's name with its 'pag.' and 'nov.' before
the LV- postcode, Fort-de-France's, Le Lamentin's and Les Abymes' 'Résidence ..., bât. C' and 'Quartier ...'
with 972xx and 971xx postcodes, and Paris's 'rue du Château-d'Eau, 75010') and phones (Atlanta's (404) and
678, Oakland's (510) and DC's 202, Asmara's +291 1, Framingham's (508) and 774, Valadares' '(33) 9 9xxx-xxxx'
and +55 33, Latvian mobiles +371 2x and Riga's 67, Martinique's 0596 and 0696, Guadeloupe's 0590 and 0690 and
Paris 01 in pairs); Visa, Mastercard 51-55 and 2221, Amex 37, Discover 6011 and Brazil's Hipercard 606282
as a salon's card reader, a clinic's deposit or a school's fees take them, with spaces, hyphens or none;
IBANs of Latvia, France and Brazil (every IBAN country was used by an earlier set; the United States and
Eritrea have none: these are the pirts's, the Antillean salon's and the Valadares family's); IPs in a
salon's booking kiosk, a nail bar's UV lamp controller, a sauna heater's Wi-Fi controller, a laser clinic's
machine, a barbershop's TV, a tattoo removal laser's service port, a steam room's controller, a beauty
school's exam tablets, a receipt printer, a lash studio's camera and a bathhouse's turnstile, and in the
pastes above, an Open Loyalty log line and a UVdesk log line, v6 in 2601:, 2804:, 2a01:e0a, 2a03:ec0 and
2600:387 ranges; passwords handed over in ways no earlier set used (on the back of the loyalty card, on the
appointment card, under the shampoo bowl, on the tip jar, taped to the UV lamp, on the sauna's hourglass
board, inside the wax pot cabinet, written on the mirror in eyeliner, on a booth rent receipt, on the bridal
trial sheet, in the clipper drawer, on the towel warmer), Cascade ('Cascade#Braids30'), Asmara
('Asmara_1993'), Valadares ('Valadares!MG'), a pirts whisk ('Pirts*Slota7'), Martinique ('Matinik@972'),
leetspeak of salon words ('b0xbr41d5', 'l4$h3s!'), a station and a chair ('station4-chair12'), and cues in
Atlanta talk ('the wifi is ..., don't say i never gave you nothing'), Tigrinya ('ናይ ዋይፋይ ፓስዎርድ ... እዩ'),
Brazilian Portuguese ('a senha do wifi é ..., amiga'), Latvian ('pirts wifi parole — ...') and Martinican
Creole ('modpas wifi-a sé ..., ché'); usernames on StyleSeat, Booksy, Fresha, Vagaro, Treatwell, Planity,
Salonized, GlossGenius, Setmore, Acuity, Beautylish, MakeupAlley, Sephora's community and the Ulta app,
shapes like 'x.does.lashes', 'fadesby_x', 'y_pirts', 'glam.x22', 'xy.nails' and 'x_brows_87'; dates of birth
for a client intake form, a laser clinic's consent, a cosmetology licence, a bathhouse membership, a bridal
booking, a tattoo removal record and a loyalty app, in Latvian ('dzimusi 1987. gada 14. martā'), Tigrinya
('ዕለት ልደት: 14/03/1987'), Brazilian Portuguese ('nasci dia 14 de março de 1987'), Antillean French ('née le
14 mars 1987'), Atlanta's '3-14-87', a Fresha export's 'date_of_birth' and a US form's '03/14/1987'; typos as
fresh acrylics slip on a phone: the long nail misses the space bar and two words run together ('the salon'
-> 'thesalon') or catches the key above ('nails' -> 'n8ils'); negatives with the same regions' places, the
titles and the name forms explained, station and chair numbers, prices, tips, booth rent, booking times,
loyalty stamps, sauna temperatures, laser sessions, exam scores, brands named after their founders' family
names, versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail,
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

HELDOUT52_SEED = 5730918
# no faker name locale, as in held-out 16 to 50: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT52: list[str] = []
# beauty and the body (held-out 51, written at the same time, takes pets and animals); each origin:
# (men's given names, women's given names, family names)
NAMES_HELDOUT52: dict[str, tuple[list[str], list[str], list[str]]] = {
    # African American braiders, loctitians and barbers of Southwest Atlanta (West End, Cascade, College Park)
    "atlanta": ("DeAndre Tavarius Dontavious Kendarius Marquavious Deonte Jaquez Rodarius Cedric".split(),
                "Latrice LaKeisha Shaniqua Tameka Kenyatta Nakia Shaquita Quanisha".split(),
                "Tolbert Boykins Mobley Peoples Hollins Favors Lumpkin Scruggs Gaines Swain Dukes".split()),
    # Eritrean hair and henna salons of Oakland's Telegraph Avenue and Washington's Shaw: the "family name" is
    # the father's given name
    "eritrean": ("Yonas Filmon Mehari Tesfay Semere Biniam Efrem Awet Dawit".split(),
                 "Semhar Luwam Feven Senait Saba Yordanos Selam Rahel".split(),
                 "Tesfamariam Ghebremeskel Habtemariam Woldeab Kidane Berhane Tekle Gebrehiwet Asmerom Zerai".split()),
    # Brazilian Mineiros of Framingham and Marlborough, Massachusetts (from Governador Valadares)
    "valadares": ("Uélinton;Maicon;Deivid;Jeferson;Wanderson;Cleiton;Valdeci;Wellington;Ueslei".split(";"),
                  "Rosimeire;Gleiciane;Valdirene;Kelly Cristina;Sirlene;Jucélia;Edilene;Dayane;Lucimar".split(";"),
                  "Souza Lacerda Rezende Guimarães Coelho Assis Gonçalves Batista Quintão Ferraz".split()),
    # Latvian pirtnieki, the sauna masters of Riga, Sigulda and Cēsis: family names in the masculine form here
    "pirts": ("Jānis Māris Edgars Raimonds Guntis Aigars Uldis Valdis Ojārs".split(),
              "Ilze Inese Dace Zane Baiba Līga Gunta Ieva".split(),
              "Bērziņš Kalniņš Ozoliņš Liepiņš Krūmiņš Zariņš Vītols Strautiņš Kārkliņš Ozols".split()),
    # Antillean hairdressers, aestheticians and bridal make-up artists of Martinique, Guadeloupe, Château-d'Eau
    "antillean": ("Ludovic Thierry Teddy Willy Gilles Harry Fred Dominique Jean-Marc".split(),
                  "Murielle Josiane Nadège Sandrine Marie-Line Gisèle Lydia Cindy".split(),
                  "Sainte-Rose Zébina Bellance Larcher Nubul Jean-Louis Désiré Labeau Marie-Sainte Lordinot Pancrate".split()),
}  # fmt: skip
# the shop's nickname an Atlanta braider or barber goes by, and a Valadares salon's short name: (men's, women's)
NICKS_HELDOUT52 = {
    "atlanta": ("Dre Tay Meechie Quez Pooh".split(), "Keke Trice Niecy Quita".split()),
    "valadares": ("Mai Dedé Tom".split(), "Rose Gleice Val Kel Dai".split()),
}
# a title next to the name (outside the span): before it ('Adey Semhar', 'Man Josiane', 'Tatie Lydia') or
# after it ('Kalniņa kungs', 'Vītolas kundze'), with the origin that uses it and whether it is said of a woman
TITLED_HELDOUT52: dict[str, tuple[str, bool]] = {
    "adey": ("eritrean", True),  # 'mother', before an older woman's given name
    "man": ("antillean", True),  # Creole 'madame', before a woman's given name
    "tatie": ("antillean", True),
    "kungs": ("pirts", False),  # after the family name in the genitive
    "kundze": ("pirts", True),
}
TITLE_SLOT_HELDOUT52 = re.compile(
    r"(?<![\w'])(adey|man|tatie) \{\}|\{\} (kungs|kundze)(?![\w'])", re.IGNORECASE
)
# a booth's or a chair's name: the braider's or barber's nickname after 'by' ('Braids by Keke', 'Fades by Dre')
BOOTH_SLOT_HELDOUT52 = re.compile(r"\b(braids|fades) by \{\}", re.IGNORECASE)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT52 = {"LV": "4a13c", "FR": "10n11c2n", "BR": "23n1a1c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT52 = ["braids", "locs", "fades", "nails", "lashes", "brows", "wax", "glam", "pirts", "sauna",
                      "laser", "skin", "bridal", "mua", "salon", "beauty"]  # fmt: skip
# slips outside the slots: fresh acrylics miss the space bar (two words run together) or catch the key above
KEY_ABOVE_HELDOUT52 = {
    "a": "q",
    "e": "3",
    "i": "8",
    "o": "9",
    "u": "7",
    "r": "4",
    "t": "5",
    "y": "6",
    "s": "w",
}
TWO_WORDS_HELDOUT52 = re.compile(r"(?<![\w{}'@.#-])([a-z]{2,}) ([a-z]{2,})(?![\w{}'@-])")
LONG_WORD_HELDOUT52 = re.compile(r"(?<![\w{}'@.#-])([a-z]{4,})(?![\w{}'@-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Bērziņš' -> 'berzins',
    'Kelly Cristina' -> 'kellycristina', 'Sainte-Rose' -> 'sainterose')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _lv_feminine(last: str) -> str:
    """A Latvian family name's feminine form ('Bērziņš' -> 'Bērziņa', 'Vītols' -> 'Vītola')."""
    return last[:-1] + "a"


def _lv_genitive(last: str, woman: bool) -> str:
    """The family name in the genitive, as 'kungs' and 'kundze' take it ('Kalniņš' -> 'Kalniņa', a woman's
    'Vītola' -> 'Vītolas')."""
    return last[:-1] + ("as" if woman else "a")


class Gen52(Gen3):
    """Generators for held-out set 52: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT52 with each origin's own rules
        (a Latvian woman's family name in its feminine form)."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT52))
        men, women, lasts = NAMES_HELDOUT52[origin]
        if woman is None:  # stylists, techs and clients: mostly women
            woman = rng.random() < 0.65
        given, last = rng.choice(women if woman else men), rng.choice(lasts)
        if origin == "pirts" and woman:
            last = _lv_feminine(last)
        return origin, given, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT52[origin][2]
        other = rng.choice([x for x in lasts if x not in (last, last[:-1] + "š", last[:-1] + "s")])
        if origin == "atlanta" and r < 0.3:  # the shop's nickname with the family name
            return f"{rng.choice(NICKS_HELDOUT52['atlanta'][woman])} {last}"
        if origin == "eritrean" and r < 0.4:  # the father's and the grandfather's given names
            return f"{first} {last} {other}"
        if origin == "valadares":
            if r < 0.35:  # 'de' before both family names
                return f"{first} de {last} {other}"
            if r < 0.5:
                return f"{rng.choice(NICKS_HELDOUT52['valadares'][woman])} {last}"
        if origin == "antillean" and r < 0.35:  # the French client card: SURNAME Given
            return f"{last.upper()} {first}"
        if r > 0.88:  # a client card's 'Surname, Given'
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
            if origin in NICKS_HELDOUT52 and rng.random() < 0.45:  # the shop's nickname alone
                name = rng.choice(NICKS_HELDOUT52[origin][woman])
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Adey Semhar', 'Man Josiane', 'Tatie Lydia', 'Kalniņa
        kungs', 'Vītolas kundze'), from the origin that uses it."""
        key = title.lower()
        origin, woman = TITLED_HELDOUT52[key]
        men, women, lasts = NAMES_HELDOUT52[origin]
        if key in ("kungs", "kundze"):
            return _lv_genitive(self.rng.choice(lasts), woman)
        return self.rng.choice(women if woman else men)

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a booth's nickname after 'Braids by' or 'Fades by', a titled
        one's where a title stands next to it."""
        if BOOTH_SLOT_HELDOUT52.search(template):
            return self.booth_name()
        m = TITLE_SLOT_HELDOUT52.search(template)
        return self.titled_person(m.group(1) or m.group(2)) if m else self.person()

    def booth_name(self) -> str:
        """The nickname a braider or barber puts on the booth ('Keke' in 'Braids by Keke')."""
        return self.rng.choice(NICKS_HELDOUT52["atlanta"][self.rng.random() < 0.7])

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        shapes = [
            f"{rng.randint(600, 1400)} Ralph David Abernathy Blvd SW, Atlanta, GA 30310",
            f"{rng.randint(2000, 3999)} Cascade Rd SW, Atlanta, GA 30311",
            f"Suite {rng.randint(100, 140)}, {rng.randint(2800, 3600)} Campbellton Rd SW, Atlanta, GA 30331",
            f"{rng.randint(3300, 3800)} Main St, College Park, GA 30337",
            f"{rng.randint(4000, 5999)} Telegraph Ave, Unit {rng.choice('ABCD')}, Oakland, CA 9460{rng.choice('89')}",
            f"{rng.randint(1800, 1999)} 9th St NW, Washington, DC 20001",
            f"{rng.randint(100, 899)} {pick(['Concord St', 'Waverly St', 'Union Ave', 'Hollis St'])}, Framingham, MA 0170{pick('12')}",
            f"{rng.randint(20, 399)} Main St, Apt {rng.randint(1, 12)}, Marlborough, MA 01752",
            f"Rua {pick(['Israel Pinheiro', 'Marechal Floriano', 'Sete de Setembro', 'Barão do Rio Branco'])}, {rng.randint(100, 3999)}, {pick(['Centro', 'Santa Rita', 'Vila Bretas', 'São Pedro'])}, Governador Valadares - MG, 350{rng.randint(10, 99)}-{rng.randint(0, 999):03d}",
            f"{pick(['Brīvības iela', 'Tērbatas iela', 'Čaka iela', 'Ģertrūdes iela'])} {n}-{rng.randint(1, 60)}, Rīga, LV-10{rng.randint(10, 13)}",
            f"{pick(['Kalnaini', 'Lejasstrautiņi', 'Priedītes', 'Ozolkalni'])}, {pick(['Mores pag., Siguldas nov., LV-2160', 'Drabešu pag., Cēsu nov., LV-4139', 'Allažu pag., Siguldas nov., LV-2154'])}",
            f"Pils iela {rng.randint(1, 40)}, Sigulda, LV-2150",
            f"Résidence {pick(['Les Hibiscus', 'Les Flamboyants', 'Bois Ballon'])}, bât. {pick('ABCDE')}, apt {rng.randint(1, 40)}, 97139 Les Abymes",
            f"Quartier {pick(['Bellevue', 'Long Pré', 'Roches Carrées'])}, 97232 Le Lamentin",
            f"{rng.randint(1, 90)} rue {pick(['Victor Hugo', 'François Arago', 'Lamartine'])}, 97200 Fort-de-France",
            f"{rng.randint(1, 60)} rue du Château-d'Eau, 75010 Paris",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT52)
        user = rng.choice([f"{first}.{last}", f"{subject}by{first}", f"{first}.{subject}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}_{subject}", f"{first}{rng.randint(1962, 2004)}",
                           f"{subject}.{last}", f"{first}{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "outlook.com", "bellsouth.net",
                             "att.net", "comcast.net", "uol.com.br", "bol.com.br", "inbox.lv", "apollo.lv",
                             "orange.fr", "wanadoo.fr", "laposte.net", "yahoo.fr"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(404) 75{rng.choice('2358')}-{d(4)}",  # Southwest Atlanta
            f"678-{d(3)}-{d(4)}",
            f"(510) 6{d(2)}-{d(4)}",  # Oakland
            f"202-{rng.choice(['232', '265', '518'])}-{d(4)}",  # Shaw, DC
            f"+291 1 {d(2)} {d(2)} {d(2)}",  # Asmara landline
            f"(508) 87{d(1)}-{d(4)}",  # Framingham
            f"774.{d(3)}.{d(4)}",
            f"(33) 9 9{d(3)}-{d(4)}",  # Governador Valadares mobile
            f"+55 33 9{d(4)}-{d(4)}",
            f"+371 2{d(1)} {d(3)} {d(3)}",  # Latvian mobile
            f"67{d(2)} {d(4)}",  # Riga landline
            f"0596 {d(2)} {d(2)} {d(2)}",  # Martinique
            f"0696 {d(2)} {d(2)} {d(2)}",
            f"0590 {d(2)} {d(2)} {d(2)}",  # Guadeloupe
            f"06 90 {d(2)} {d(2)} {d(2)}",
            f"01 42 {d(2)} {d(2)} {d(2)}",  # Paris
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2221", 16), ("37", 15),
                                     ("6011", 16), ("606282", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.7:  # a salon card reader's receipt's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT52))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT52[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): salons, nail bars, saunas, clinics, schools and bathhouses, this set's
        pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2601:{h()}:{h()}:{h()}::{h()}", f"2804:{h()}:{h()}::{h()}", f"2a01:e0a:{h()}:{h()}::{h()}",
                         f"2a03:ec0:{h()}::{h()}", f"2600:387:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the booking kiosk at the front desk is on {}, it froze again at 10", v4),
            ("the uv lamp controller in the nail bar grabbed {} after the power cut", v4),
            ("the sauna heater's wifi box is {}, set it to 80 before the evening ritual", v4),
            ("the laser machine in room 2 reports to {}, the tech wants remote access", rng.choice([v4, v6])),
            ("the tv in the barbershop is {}, somebody keep changing the channel", v4),
            ("tattoo removal laser's service port is {}, the engineer comes thursday", v4),
            ("the steam room controller answers on {}", v4),
            ("exam tablets at the beauty school are on {} and the next few", v4),
            ("receipt printer at the salon is {}, the loyalty stamps won't print", v4),
            ("the lash studio camera is {}, the client wants the before and after clips", rng.choice([v4, v6])),
            ("bathhouse turnstile stopped reading cards, it's on {}", v4),
            ("the salon's pos box is {}, restart it before we open", rng.choice([v4, v6])),
            ("gave the nail bar's music speaker {} so it stops dropping", v4),
            ("database.default.hostname = {}", v4),
            ("DATABASE_URL=postgres://saleor@{}:5432/saleor", v4),
            ("APP_DB_HOST={}", v4),
            ("'host' => '{}',", v4),
            ("  host: {}", v6),
            ("[2025-03-08 11:42:07] request.CRITICAL: SQLSTATE[HY000] [2002] Connection refused ({})", v4),
            ("2025-03-08T11:42:07Z openloyalty.ERROR could not reach elasticsearch at {}:9200", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Cascade#{rng.choice(['Braids30', 'Locs', 'Fades311'])}",
                f"Asmara_{rng.choice(['1993', 'Salon', 'Henna'])}",
                f"Valadares!{rng.choice(['MG', '35', 'Framingham'])}",
                f"Pirts*Slota{rng.randint(1, 99)}",
                f"Matinik@{rng.choice(['972', '971', 'Fdf'])}",
                rng.choice(["boxbraids", "lashes", "acrylic", "retwist", "sauna"]).translate(leet) + rng.choice(["", "!", "_52"]),
                f"station{rng.randint(1, 12)}-chair{rng.randint(1, 20)}",
                f"{rng.choice(['WestEnd', 'Telegraph', 'Marlboro', 'Sigulda', 'Lamentin'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Glam', 'Wax', 'Nails', 'Pirts', 'Fade'])}{rng.randint(1, 99)}",
                f"{rng.choice(['booth', 'suite', 'room'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the salon wifi is on the back of the loyalty card, {}", pw),
            ("she wrote the booking app login on my appointment card, {}", pw),
            ("wifi password is taped under the shampoo bowl, {}", pw),
            ("the tip jar has the wifi on a sticker, {}", pw),
            ("the nail bar tablet password is taped to the uv lamp, {}", pw),
            ("the pirts wifi is chalked on the hourglass board, {}", pw),
            ("the wax pot cabinet has the tablet password inside the door, {}", pw),
            ("somebody wrote the wifi on the mirror in eyeliner, {}", pw),
            ("the booth rent receipt has the pos login at the bottom, {}", pw),
            ("the bridal trial sheet has the gallery password, {}", pw),
            ("the clipper drawer code is {}", d(4)),
            ("the towel warmer has the staff wifi written on it, {}", pw),
            ("the locker at the bathhouse opens with {}", d(4)),
            ("my fresha password is {}, check my bookings if my phone dies", pw),
            ("i changed the salon's open loyalty admin password to {}", pw),
            ("the card reader pin for the deposits is {}, don't tell the new girl", d(6)),
            # cues in ways no earlier set used
            ("the wifi is {}, don't say i never gave you nothing", pw),
            ("ናይ ዋይፋይ ፓስዎርድ {} እዩ", pw),
            ("a senha do wifi é {}, amiga", pw),
            ("pirts wifi parole — {}", pw),
            ("modpas wifi-a sé {}, ché", pw),
            # commands
            ("$ docker run -e UVDESK_DB_PASSWORD={} uvdesk/community-skeleton", pw),
            ("$ mysql -u ospos -p{} ospos", pw),
            ("$ curl -H 'Authorization: apikey {}' https://api.zenoti.com/v1/centers", tok(40, hexl)),
            ("$ curl -u global/apiuser:{} https://api-gateway-eu.phorest.com/third-party-api-server/api/business", pw),
            # pastes
            ("database.default.password = {}", pw),
            ("encryption.key = hex2bin:{}", tok(64, hexl)),
            ("SECRET_KEY={}", tok(50, alnum)),
            ("DATABASE_URL=postgres://saleor:{}@db:5432/saleor", pw),
            ("APP_SECRET={}", tok(32, hexl)),
            ("JWT_PASSPHRASE={}", pw),
            ("    'password' => '{}',", pw),
            ("DATABASE_URL=mysql://uvdesk:{}@127.0.0.1:3306/uvdesk", pw),
            ("MAILER_DSN=smtp://salon:{}@smtp.gmail.com:587", pw),
            ("VAGARO_API_KEY={}", tok(32, alnum)),
            ("ZENOTI_API_KEY: {}", tok(40, hexl)),
            ("  saleor_app_token: {}", tok(30, alnum)),
            ("MAILER_PASSWORD={}", tok(24, b64)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.does.lashes', 'fadesby_x', 'y_pirts')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.does.lashes",
                f"fadesby_{first}",
                f"{last}_pirts",
                f"glam.{first}{rng.randint(1, 40)}",
                f"{first}{last[:1]}.nails",
                f"{first}_brows_{rng.randint(70, 99)}",
                f"braidsby{first}{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=80)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "lv": f"{year}. gada {day}. {LV_MONTHS_LOC_HELDOUT52[m - 1]}",  # Latvian, the month in the locative
            "ti": f"{day:02d}/{m:02d}/{year}",  # Tigrinya label, European order
            "br_long": f"{day} de {PT_MONTHS_HELDOUT52[m - 1]} de {year}",
            "fr_long": f"{day} {FR_MONTHS_HELDOUT52[m - 1]} {year}",
            "atl": f"{m}-{day}-{year % 100:02d}",  # Atlanta, unpadded, two-digit year
            "us": f"{m:02d}/{day:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["us", "atl", "ti", "br_long", "fr_long", "lv", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the salon intake form wants my date of birth, {}", any_shape),
            ("the laser clinic consent has my birthday wrong, it should be {}", any_shape),
            ("for the cosmetology licence my dob is {}", s["us"]),
            ("the bathhouse membership card says i was born {}", any_shape),
            ("bridal booking needs the bride's date of birth, it's {}", s["atl"]),
            ("the tattoo removal record has my dob as {}", any_shape),
            ("my bday for the loyalty app is {}, they give you a free wax", s["atl"]),
            ("dzimusi {}", s["lv"]),
            ("ዕለት ልደት: {}", s["ti"]),
            ("nasci dia {}", s["br_long"]),
            ("née le {}", s["fr_long"]),
            ("Date of birth (MM/DD/YYYY): {}", s["us"]),
            ("DOB: {}", s["atl"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


LV_MONTHS_LOC_HELDOUT52 = ("janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī "
                           "novembrī decembrī").split()  # fmt: skip
PT_MONTHS_HELDOUT52 = ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
                       "dezembro").split()  # fmt: skip
FR_MONTHS_HELDOUT52 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)

HELDOUT52_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is doing my knotless braids saturday, 6 hours",
        "remind me to book {} for a retwist before the wedding",
        "{} gave me the cleanest line-up in the west end",
        "can you find the text from {} about my lash fill",
        "{} does the escova progressiva, ask for her at the front",
        "{} is running the pirts ritual on friday, bring a hat",
        "tell {} the patch test was fine, no reaction",
        "{} did my bridal trial and the lashes were too heavy",
        "I owe {} for the gel set, she doesn't take cards",
        "{} moved to the suite by the window",
        "{} is sitting the practical exam next week",
        "my laser session got moved, {} is off sick",
        "{} did the brow lamination, they look amazing",
        "ask {} if she has a slot for a fill on thursday",
        "{} charged me the no-show fee but I did show",
        "{} is doing the henna for the wedding on sunday",
        "{} cut my son's hair and he cried the whole time",
        "the tattoo removal session is with {} this time",
        "{} whisked me so hard with the oak slota lol",
        "Braids by {} is booked till next month",
        "book me with Fades by {} again",
        "Adey {} is doing the henna for the bride",
        "Man {} does the best brushing in Fort-de-France",
        "tatie {} will do the makeup for the baptism",
        "{} kungs is heating the pirts tonight",
        "{} kundze teaches the whisking course",
        "Stylist: {}",
        "Braider: {}",
        "Loctician: {}",
        "Barber (chair 3): {}",
        "Booked with {}",
        "Nail tech: {}",
        "Lash artist: {}",
        "Brow designer: {}",
        "Aesthetician: {}",
        "Laser operator: {}",
        "Consent witnessed by: {}",
        "Pirts master: {}",
        "MUA (bridal): {}",
        "Bride: {}",
        "Candidate: {}",
        "Examiner (practical): {}",
        "Client: {}",
        "Therapist: {}",
        '"stylist_name": "{}",',
        "| 10:30 | {} | knotless, mid-back |",
    ],
    "STREET_ADDRESS": [
        "the salon moved to {}",
        "the braiding shop is at {}, upstairs",
        "send the bridal kit to {}",
        "the pirts is at {}, park by the barn",
        "the beauty school exam is at {}",
        "my new place is {}, the mobile mua can come there",
        "the laser clinic is at {}",
        "Address: {}",
        "Endereço: {}",
        "Adrese: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the bridal quote to {}",
        "the salon's booking mails come from {}",
        "email the exam results to {}",
        "the clinic's after-care sheet went to {}",
        "Email (client): {}",
        '"email": "{}",',
        "MAILER_FROM={}",
        "admin_email: {}",
    ],
    "PHONE_NUMBER": [
        "the braider's number is {}",
        "text the nail bar on {} if you're running late",
        "the pirts master's phone is {}",
        "call the clinic on {} to move the laser session",
        "the mua's whatsapp is {}",
        "Cell: {}",
        "Tél. (salon): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the bridal deposit with {}",
        "the laser package went on {}",
        "booth rent comes off {} every monday",
        "paid the beauty school fees with {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the pirts deposit to {}",
        "the salon's rent goes to {}",
        "pay the bridal mua into {}",
        "refund my cancelled laser course to {}",
        "IBAN (salon): {}",
        "IBAN for the deposit: {}",
    ],
    "USERNAME": [
        "on StyleSeat I'm {}",
        "my Booksy name is {}",
        "Fresha has me as {}",
        "on Vagaro I'm {}",
        "my Treatwell login is {}",
        "Planity knows me as {}",
        "on Salonized I'm {}",
        "my GlossGenius handle is {}",
        "Setmore has me as {}",
        "my Acuity login is {}",
        "on Beautylish I'm {}",
        "MakeupAlley knows me as {}",
        "I post in the Sephora community as {}",
        "the Ulta app has me as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT52_MIXED = [
    ("Stylist: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Client: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("database.default.hostname = {}\ndatabase.default.password = {}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/v1/bookings", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the clipper drawer open, the code is {}", ["PERSON", "SECRET"]),
    ("Client: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Booksy name is {}, the deposit goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the bridal trial came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the laser package with {}", ["PERSON", "CREDIT_CARD"]),
    ("tatie {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Therapist: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT52_NEGATIVES = [
    "the West End is the neighbourhood around Ralph David Abernathy",
    "Cascade Road has a braiding shop every few blocks",
    "knotless braids take about six hours for mid-back",
    "a retwist every six weeks keeps the locs neat",
    "Keke and Trice are shop names, nobody uses their full name at the booth",
    "Braids by is how half the booths in the mall are named",
    "Adey means mother in Tigrinya, you say it to older women",
    "in Eritrea you take your father's first name, not a family name",
    "Telegraph Avenue has a lot of Eritrean cafes and salons",
    "9th Street NW used to be called Little Ethiopia",
    "Asmara is the capital of Eritrea",
    "Governador Valadares is in Minas Gerais",
    "half of Framingham's nail bars are run by people from Valadares",
    "escova progressiva is the Brazilian blowout",
    "in Brazil a lot of women have two given names like Kelly Cristina",
    "de before the family names is just a particle",
    "pirts is the Latvian sauna, a pirtnieks runs it",
    "kungs means mister and kundze means missus in Latvian, after the family name",
    "Latvian women's family names end in -a or -e",
    "a slota is a bundle of birch or oak twigs",
    "the pirts is heated to about 60 degrees, not more",
    "Sigulda and Cēsis are an hour from Riga",
    "Man in front of a name means madame in Martinique",
    "tatie is auntie in the Antilles",
    "Sainte-Rose is a town in Guadeloupe",
    "on French client cards the family name is written in capitals first",
    "Château-d'Eau is the metro stop with all the Afro hair salons",
    "Fort-de-France is the capital of Martinique",
    "station 4 is by the window, chair 12 is the barber's",
    "booth rent is 250 a week at the west end shop",
    "a gel set is 45, acrylic fill is 35",
    "tip 20 percent, cash if you can",
    "the no-show fee is 25 dollars",
    "10 stamps on the loyalty card gets you a free brow wax",
    "the bridal trial is 2 hours, the wedding day is 4",
    "the laser package is 6 sessions, 6 weeks apart",
    "tattoo removal takes 8 to 12 rounds for black ink",
    "patch test 48 hours before the lash lift",
    "the practical exam is 3 hours, you need 75 to pass",
    "written exam was 100 questions, I got 88",
    "the bathhouse is open 6am to 11pm, women's day is tuesday",
    "the steam room runs at 45 degrees",
    "the sauna is 90 degrees, 15 minutes then the cold plunge",
    "appointment at 10:30, be there at 10:15",
    "the salon opens at 9 on saturdays",
    "order #52341 from the beauty supply shipped",
    "booking ref SB-20931 is for the lash fill",
    "the braiding hair is 3 packs of 30 inch",
    "Wahl clippers are the ones every barber uses",
    "Andis trimmers for the line-up",
    "Harvia makes the heater in the pirts",
    "Schwarzkopf and Wella for the colour",
    "the Dyson dryer in the salon cost a fortune",
    "Olaplex number 3 once a week",
    "updated Open Source Point of Sale to 3.4 on the front desk pc",
    "Saleor 3.20 fixed the discount codes",
    "Open Loyalty release 4.1 is out",
    "UVdesk community skeleton 1.1.7",
    "fixed in commit 9c2e41a, see the changelog",
    "database.default.password =",
    "DB_PASSWORD=${DB_PASSWORD}",
    "ZENOTI_API_KEY: <your api key>",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "4242 4242 4242 4242 is the test card for deposits",
    "FR76 3000 6000 0112 3456 7890 189 is the example IBAN in the docs",
    "write to salon@example.com on the form",
    "192.0.2.52 is a documentation address",
    "198.51.100.7 is a documentation address",
    "2001:db8:52::1 is a documentation address",
    "911 in Atlanta, 112 in Riga",
    "in Martinique 15 is the ambulance",
    "30310 is the ZIP code of the West End",
    "01702 is the ZIP code of Framingham",
    "LV-2150 is the postal code of Sigulda",
    "97200 is the postal code of Fort-de-France",
    "my edges are finally growing back",
    "no more box dye, I promise",
    "remind me to buy more edge control",
    "did the lash glue come yet",
    "see you at the salon at ten",
    "bring a towel and slippers to the pirts",
    "my nails look so good today",
]  # fmt: skip


def _typo52(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': fresh acrylics slipping on a phone, the long nail
    missing the space bar so two words run together ('the salon' -> 'thesalon') or catching the key above the
    one meant ('nails' -> 'n8ils', 'book' -> 'bo9k'), typed in the chair under the dryer or at the nail bar.
    Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    order = [0, 1] if rng.random() < 0.5 else [1, 0]
    for kind in order:
        if kind == 0:
            pairs = [  # a title stays a word of its own
                m
                for m in TWO_WORDS_HELDOUT52.finditer(template)
                if not {m.group(1), m.group(2)} & set(TITLED_HELDOUT52)
            ]
            if pairs:
                m = rng.choice(pairs)
                return template[: m.start()] + m.group(1) + m.group(2) + template[m.end() :]
        else:
            words = [
                m
                for m in LONG_WORD_HELDOUT52.finditer(template)
                if m.group(1).lower() not in TITLED_HELDOUT52
            ]
            if words:
                m = rng.choice(words)
                word = m.group(1)
                spots = [i for i in range(1, len(word)) if word[i] in KEY_ABOVE_HELDOUT52]
                if spots:
                    i = rng.choice(spots)
                    word = word[:i] + KEY_ABOVE_HELDOUT52[word[i]] + word[i + 1 :]
                    return template[: m.start()] + word + template[m.end() :]
    return template


def build_heldout52(seed: int = HELDOUT52_SEED) -> list[Example]:
    """Held-out set 52: `Gen52` values in `HELDOUT52_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen52(seed)
    return assemble_module_set(
        gen, HELDOUT52_TEMPLATES, HELDOUT52_MIXED, HELDOUT52_NEGATIVES, _typo52, person=gen.person_for
    )
