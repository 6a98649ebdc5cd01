"""Held-out PII set 68 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout68": written before round 44 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT68 is empty, as for
held-out 16 to 66; written at the same time as held-out 67, the two authors split the world between them: 68
takes language learning and exchange (language schools and evening classes, tandem and conversation
partners, exam centres for IELTS, TOEFL, DELE, DELF, Goethe, JLPT and HSK and their registrations, Esperanto
and conversation clubs, heritage-language weekend schools, sworn translations of certificates for visas and
online tutoring platforms), 67 takes bicycles and small wheels); hand-written lists of the Slovenes of
Trieste and the Karst villages (Opčine/Opicina, Prosek/Prosecco, Boljunec/Bagnoli, Dolina: Slovene given
names beside the Italian ones a Trieste family also gives, Karst family names with their háčeks, the Italian
register's spelling without them in capitals before the given name and the surname the Italian state gave
the family in the 1920s and 30s: 'Marko Žerjal', 'ZERJAL Marko', 'Jasna Coceancig', 'gospa Sosič'), the
Esperanto club of Herzberg am Harz, the 'Esperanto-Stadt' (Lower Saxon and Harz family names, a club list's
'Surname, Given', the Esperanto form of a German given name a member goes by at the club and the
Esperanto titles 's-ro' (sinjoro) and 's-ino' (sinjorino) before a family name, outside the span: 'Heike
Oppermann', 'Bode, Jürgen', 'Johano Hillebrecht', 's-ino Wedekind'), the JLPT and technical-intern
candidates of Yangon's and Mandalay's Japanese-language schools (Burmese names without a family name, a
candidate list's capitals, a passport's machine line with '<' for the spaces, and 'U' before a man's name
and 'Daw' before a woman's, outside the span: 'Khin Myat Noe', 'ZAW MIN HTET', 'KHIN<MYAT<NOE', 'Daw Su
Myat Mon', 'U Aung Ko Ko') and the francoprovençal patois evening classes (École populaire de patois) of
Aosta, Quart, Saint-Pierre and Cogne (not held-out 36's Walser of Gressoney: Valdostan family names in -oz
and -az, Italian given names with the French form a bilingual certificate gives them, and the Italian
register's 'FAMILY Given': 'Ezio Vuillermoz', 'Joseph Chatrian', 'BIONAZ Ornella'); a candidate number, a
seat, a level (N3, B2, HSK 4) or a tandem's languages beside the name and outside it, the title always
outside the span, a school or a translation agency that carries a family name ('Scuola Sancin', 'Traduzioni
Vuillermoz') no person either; an exam centre's ('Candidate:', 'Candidate no. 0417:', 'Invigilator:'), a
tandem board's ('Tandem partner:', 'Offers / seeks:'), a sworn translator's stamp ('Sworn translator:',
'Traduttore giurato:', 'Beeidigter Übersetzer:', 'Certified by:'), a heritage school's ('Parent:', 'Pupil:',
'Teacher, Saturday class:'), an evening class's ('Enrolled:', 'Course leader:'), an Esperanto club's
('Membro:', 'Prezidanto:', 'Gastiganto:') and a tutoring platform's ('Tutor:', 'Student:', 'Booked by:')
fields; over three quarters of the sentences typed to the bot or a friend: kanji and kana, the N3 and the N2,
the listening part of the IELTS, the DELE oral, the Goethe B1 at the centre, the HSK 4 in the Confucius
classroom, tandem evenings at the bar, Esperanto congress bookings, the Slovene Saturday school, the patois
class's songs and proverbs, sworn translations of diplomas and birth certificates for a visa, apostilles,
and tutors and lesson credits on the platforms; self-hosted apps' config no earlier set pasted:
anki-sync-server's docker environment for a class's flashcard decks, LibreTranslate's API keys for a
school's translation box and Cal.com's .env for a tutor's booking page; those regions' addresses (Trieste's
'Via dei Salici 12, 34151 Opicina (TS)' and the Karst villages by their Slovene and Italian names with 34151
and 34018, Herzberg's 37412 and its quarters Scharzfeld and Pöhlde, Yangon's 'No. 45, Pyay Road, Kamayut
Township, Yangon' with a room or a floor, Mandalay's grid of numbered streets ('No. 15, 78th Street, between
33rd and 34th Street, Chanayethazan Township, Mandalay') and Aosta valley's 'Hameau'/'Frazione' with 11100,
11020 and 11012) and phones (Trieste's 040, Italian mobiles 3xx and +39, Aosta's 0165, Herzberg's 05521 and
German mobiles 015x and +49, Yangon's 01, Mandalay's 02 and Myanmar's 09 mobiles and +95 9); Visa,
Mastercard 51-55 and 2221, Amex 34 and 37, JCB 35 and Diners Club 36 as an exam fee, a course, a tutoring
bundle, a sworn translation or a congress booking take them; IBANs of Italy and Germany (Myanmar has none:
the candidates pay by card or cash); IPs of a school's language lab, the exam centre's test PCs, a
classroom's projector, the club's Raspberry Pi, a translation server, a kiosk at reception and the pastes
above, v6 in 2a01:598:, 2001:4c50:, 2400:4800: and 2a02:8108: ranges; passwords handed over in ways no earlier
set used (on the back of a flashcard, in the margin of a kanji workbook, inside a dictionary's cover, on the
exam admission ticket, on classroom 3's whiteboard, in an Anki deck's description, on the language lab's
headsets, on the sworn translator's stamp pad box, on the tandem bar's chalkboard, on the certificate
envelope), Trieste ('Opcine34151!'), Herzberg ('Zamenhof1887'), Yangon ('Kamayut#11041'), Aosta
('Vuillermoz_11100'), learners' words in leetspeak ('k4nj1', 'v0c4bul4ry') and an exam and its level
('jlpt-n3-2024'), and cues in Triestine Italian ('la password xe ..., no sta dirghe a nissun'), Esperanto
with its accusative ('la pasvorton vi trovas ĉi tie: ...'), learner's Japanese in rōmaji ('wifi no
pasuwādo wa ... desu, himitsu ne') and a tandem's two languages at once ('il codice is ..., non dirlo
a nobody'); usernames on LingQ, Lernu!, Amikumu, Pasporta Servo, WaniKani, Bunpro, Clozemaster, AnkiWeb,
Speaky, ConversationExchange, Tandem, Lang-8, Tatoeba and the Goethe-Institut's portal, shapes like
'x.n3', 'x_tandem', 'x-esp1887', 'kanji.x', 'x_dele_b2', 'x.patois', 'hsk4_x' and 'x-sl-it'; dates of birth for
an exam registration, a visa's sworn translation, a school's enrolment, a congress booking and a tutoring
account, in an exam booking's digits ('19580314'), an HSK form's dots ('1958.03.14'), Esperanto with its
'-an' ('la 14-an de marto 1958'), Slovene with spaces ('14. 3. 1958'), a Myanmar passport's ('14 MAR
1958'), a German club list's ('14.03.1958') and an export's ISO date; typos as a learner types: a
language-learning word's well-known misspelling ('grammar' -> 'grammer', 'pronunciation' ->
'pronounciation', 'vocabulary' -> 'vocabluary', 'language' -> 'langauge') or a German keyboard's y and z
swapped in one word ('yesterday' -> 'zesterday', 'lazy' -> 'layy'); negatives with the same regions'
places, the titles and the name forms explained, exam levels and scores, kanji counts, test dates and
fees, candidate and seat numbers without a name, class times, course codes, postcodes alone, schools and
agencies named after families, Zamenhof and the Esperanto congresses (a public figure, dead long ago, as
earlier sets name them), versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a
placeholder e-mail, documentation IPs (v4 and v6), helpline numbers every user shares, and short everyday
chat).

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

HELDOUT68_SEED = 5283917
# no faker name locale, as in held-out 16 to 66: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT68: list[str] = []
# language learning and exchange (held-out 67, written at the same time, takes bicycles and small wheels);
# each origin: (men's given names, women's given names, family names); ';' separates names throughout, as
# some hold a space; Burmese names have no family name, so that origin's lists hold whole names
NAMES_HELDOUT68: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Slovenes of Trieste and the Karst villages
    "trst": ("Marko;Igor;Boris;Mitja;Damijan;Aleš;Dušan;Peter;Jernej;Walter".split(";"),
             "Jasna;Vesna;Nataša;Breda;Martina;Tanja;Ksenija;Mojca;Barbara;Erika".split(";"),
             "Žerjal;Sosič;Kocjančič;Pahor;Škabar;Štoka;Legiša;Kralj;Vodopivec;Gruden;Sancin;Ferluga".split(";")),
    # the Esperanto club of Herzberg am Harz
    "herzberg": ("Jürgen;Wolfgang;Dieter;Hartmut;Reinhard;Uwe;Lothar;Bernd;Johannes;Peter".split(";"),
                 "Heike;Gudrun;Ingrid;Sabine;Renate;Ilse;Elke;Christa;Margarete;Ursula".split(";"),
                 "Bode;Ahrens;Oppermann;Hillebrecht;Heinemann;Wedekind;Bartels;Bosse;Dörge;Gerlach;Kellner;Meyerhof".split(";")),
    # JLPT and technical-intern candidates of Yangon's and Mandalay's Japanese-language schools
    "yangon": ("Aung Ko Ko;Zaw Min Htet;Kyaw Zin Oo;Min Khant;Htet Aung Lin;Thura Naing;Ye Yint Aung;Nay Lin Tun;Pyae Phyo Maung;Wai Yan Phyo".split(";"),
               "Khin Myat Noe;Thiri Aung;Su Myat Mon;Hnin Ei Phyu;May Thu Zar;Ei Mon Kyaw;Nandar Hlaing;Yamin Thant;Shwe Sin Win;Phyu Phyu Thin".split(";"),
               []),
    # the patois evening classes of Aosta, Quart, Saint-Pierre and Cogne
    "aosta": ("Ezio;Renzo;Corrado;Ivo;Aldo;Giuseppe;Giovanni;Pietro;Giulio;Luigi".split(";"),
              "Ornella;Luciana;Marisa;Elda;Lidia;Maria;Anna;Caterina;Graziella;Nella".split(";"),
              "Vuillermoz;Bich;Chatrian;Pession;Gerbore;Jacquemod;Bionaz;Diémoz;Marcoz;Barmaz;Rollandoz;Quendoz".split(";")),
}  # fmt: skip
# the surname the Italian state gave a Karst family in the 1920s and 30s
TRST_ITALIAN_HELDOUT68 = {
    "Sosič": "Sossi", "Kocjančič": "Coceancig", "Pahor": "Pacor", "Škabar": "Scabar", "Štoka": "Stocca",
    "Legiša": "Legisa", "Žerjal": "Zerial", "Vodopivec": "Vodopivez",
}  # fmt: skip
# the Esperanto form of a German given name a member goes by at the club
ESPERANTO_HELDOUT68 = {
    "Johannes": "Johano", "Peter": "Petro", "Wolfgang": "Volfgango", "Bernd": "Bernardo", "Dieter": "Ditero",
    "Reinhard": "Rejnhardo", "Christa": "Krista", "Ingrid": "Ingrida", "Renate": "Renata", "Sabine": "Sabina",
    "Margarete": "Margareta",
}  # fmt: skip
# the French form a bilingual Aosta certificate gives an Italian given name
VALDO_FRENCH_HELDOUT68 = {
    "Giuseppe": "Joseph", "Giovanni": "Jean", "Pietro": "Pierre", "Giulio": "Jules", "Luigi": "Louis",
    "Maria": "Marie", "Anna": "Anne", "Caterina": "Catherine",
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman, and what it goes with: the
# family name ("family") or the whole name ("whole")
TITLED_HELDOUT68: dict[str, tuple[str, bool, str]] = {
    "s-ro": ("herzberg", False, "family"),  # Esperanto's sinjoro
    "s-ino": ("herzberg", True, "family"),  # and sinjorino
    "gospod": ("trst", False, "family"),  # Slovene's Mr
    "gospa": ("trst", True, "family"),  # and Mrs
    "u": ("yangon", False, "whole"),  # Burmese, before a grown man's name
    "daw": ("yangon", True, "whole"),  # and before a grown woman's
}
TITLE_SLOT_HELDOUT68 = re.compile(r"(?<![\w'-])(s-ro|s-ino|gospod|gospa|U|Daw) \{\}", re.IGNORECASE)
# a template that wants the name as a passport's machine line writes it
MRZ_SLOT_HELDOUT68 = re.compile(r"machine line|MRZ")
# IBANs of this set's people: a Trieste course fee's refund, a Herzberg club member's, an Aosta translator's
IBAN_SHAPES_HELDOUT68 = {"IT": "1a10n12c", "DE": "18n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT68 = ["tandem", "esperanto", "jlpt", "nihongo", "dele", "delf", "goethe", "ielts", "toefl",
                      "hsk", "patois", "slovenscina", "kanji", "traduzioni", "sworn", "tutor", "kurso",
                      "sobotna"]  # fmt: skip
# a language-learning word and its well-known misspelling
MISSPELT_HELDOUT68 = {
    "grammar": "grammer", "pronunciation": "pronounciation", "vocabulary": "vocabluary",
    "language": "langauge", "certificate": "certficate", "definitely": "definately",
    "conversation": "conversaton", "dictionary": "dictionnary", "listening": "listenning",
    "translation": "tranlation",
}  # fmt: skip
MISSPELT_WORD_HELDOUT68 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT68, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a word with a y or a z in it, outside the slots and the titles, for the German keyboard's swap
YZ_WORD_HELDOUT68 = re.compile(r"(?<![\w{}'@.#$/<-])([a-z]*[yz][a-z]*)(?![\w{}'@./<-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Žerjal' -> 'zerjal',
    'Khin Myat Noe' -> 'khinmyatnoe')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _fold(name: str) -> str:
    """A name without its accents, the case kept, as an Italian register or a machine line writes it
    ('Žerjal' -> 'Zerjal', 'Diémoz' -> 'Diemoz', 'Dörge' -> 'Dorge')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _mrz(family: str, given: str) -> str:
    """A name as a passport's machine line holds it: 'ZERJAL<<MARKO', or 'KHIN<MYAT<NOE' for a Burmese name
    without a family name."""
    given = re.sub(r"[ -]", "<", _fold(given).upper())
    return f"{_fold(family).upper()}<<{given}" if family else given


def _yz(word: str) -> str:
    """A word with its first y or z swapped for the other, as on a German keyboard ('yesterday' ->
    'zesterday', 'lazy' -> 'layy')."""
    i = min(i for i in (word.find("y"), word.find("z")) if i >= 0)
    return word[:i] + {"y": "z", "z": "y"}[word[i]] + word[i + 1 :]


class Gen68(Gen3):
    """Generators for held-out set 68: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT68; a Burmese name is all given
        name and its family name is empty."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT68))
        men, women, lasts = NAMES_HELDOUT68[origin]
        if woman is None:
            woman = rng.random() < 0.5
        return origin, rng.choice(women if woman else men), (rng.choice(lasts) if lasts else ""), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        if not last:  # a Burmese name: its first word, then the rest
            first, _, last = first.partition(" ")
        return first, last

    def _full(self, origin: str, first: str, last: str) -> str:
        """A full name in one of the origin's own forms."""
        r = self.rng.random()
        if origin == "yangon":
            return first.upper() if r < 0.25 else first  # a candidate list's capitals: 'ZAW MIN HTET'
        if origin == "trst":
            if r < 0.2:  # the Italian register: 'ZERJAL Marko'
                return f"{_fold(last).upper()} {first}"
            if r < 0.35 and last in TRST_ITALIAN_HELDOUT68:  # the Italianised surname: 'Jasna Coceancig'
                return f"{first} {TRST_ITALIAN_HELDOUT68[last]}"
        if origin == "herzberg":
            if r < 0.25:  # a club list: 'Bode, Jürgen'
                return f"{last}, {first}"
            if r < 0.4 and first in ESPERANTO_HELDOUT68:  # the club's Esperanto form: 'Johano Hillebrecht'
                return f"{ESPERANTO_HELDOUT68[first]} {last}"
        if origin == "aosta":
            if r < 0.25:  # the Italian register: 'BIONAZ Ornella'
                return f"{last.upper()} {first}"
            if r < 0.45 and first in VALDO_FRENCH_HELDOUT68:  # a bilingual certificate: 'Joseph Chatrian'
                return f"{VALDO_FRENCH_HELDOUT68[first]} {last}"
        return f"{first} {last}"

    def _short(self, origin: str, first: str) -> str:
        """The given name as the club or the class says it, where the origin has another form."""
        if origin == "herzberg":
            return ESPERANTO_HELDOUT68.get(first, first)
        if origin == "aosta":
            return VALDO_FRENCH_HELDOUT68.get(first, first)
        return first

    def person(self) -> str:
        rng = self.rng
        origin, first, last, _woman = self._origin_name()
        r = rng.random()
        if r < 0.64 or origin == "yangon":
            name = self._full(origin, first, last)
        elif r < 0.86:
            name = self._short(origin, first) if rng.random() < 0.6 else first
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def mrz_person(self) -> str:
        """A name as a passport's machine line holds it ('ZERJAL<<MARKO', 'KHIN<MYAT<NOE')."""
        _, first, last, _ = self._origin_name()
        return _mrz(last, first)

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('s-ino Wedekind', 'gospa Sosič', 'Daw Su Myat Mon'), from
        the origin that uses it."""
        origin, woman, goes_with = TITLED_HELDOUT68[title.lower()]
        _, first, last, _ = self._origin_name(origin, woman)
        return last if goes_with == "family" else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, a machine
        line's where the template asks for one."""
        m = TITLE_SLOT_HELDOUT68.search(template)
        if m:
            return self.titled_person(m.group(1))
        if MRZ_SLOT_HELDOUT68.search(template):
            return self.mrz_person()
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        shapes = [
            f"Via {pick(['dei Salici', 'di Prosecco', 'Nazionale', 'degli Alpini'])} {n}, 34151 Opicina (TS)",
            f"{pick(['Prosek', 'Kontovel', 'Sveti Križ'])} {rng.randint(1, 240)}, 34151 Trst",
            f"{pick(['Boljunec', 'Dolina', 'Ricmanje'])} {rng.randint(1, 400)}, 34018 Dolina (TS)",
            f"Via {pick(['Carducci', 'Giulia', 'San Francesco', 'Ginnastica'])} {n}, 34{pick(['122', '133', '125'])} Trieste",
            f"{pick(['Sieberstraße', 'Hauptstraße', 'Esperantostraße', 'Lonauer Weg'])} {n}{pick(['', 'a'])}, 37412 Herzberg am Harz",
            f"{pick(['Schulstraße', 'Am Steinberg', 'Pöhlder Straße'])} {n}, 37412 Herzberg-{pick(['Scharzfeld', 'Pöhlde', 'Sieber'])}",
            f"No. {n}, {pick(['Pyay Road', 'Hledan Road', 'Insein Road'])}, {pick(['Kamayut', 'Hlaing', 'Sanchaung'])} Township, Yangon",
            f"Room {rng.randint(1, 12)}{pick('ABCD')}, No. {n}, {rng.randint(19, 52)}th Street, {pick(['Kyauktada', 'Pabedan', 'Botahtaung'])} Township, Yangon",
            f"No. {n}, {rng.randint(62, 90)}th Street, between {rng.randint(21, 29)}th and {rng.randint(30, 40)}th Street, {pick(['Chanayethazan', 'Mahaaungmye', 'Chanmyathazi'])} Township, Mandalay",
            f"Via {pick(['Croix de Ville', 'Sant’Anselmo', 'Xavier de Maistre', 'Festaz'])} {n}, 11100 Aosta",
            f"{pick(['Hameau', 'Frazione'])} {pick(['Vollein', 'Villair', 'Chétoz', 'Olleyes'])} {rng.randint(1, 40)}, 11020 Quart (AO)",
            f"{pick(['Hameau', 'Frazione'])} {pick(['Vétan', 'Rumiod', 'Champrotard'])} {rng.randint(1, 40)}, 11010 Saint-Pierre (AO)",
            f"Rue {pick(['Dr. Grappein', 'Bourgeois', 'Gran Paradiso'])} {n}, 11012 Cogne (AO)",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT68)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 2007)}",
                           f"{subject}_{last}", f"{first}-{subject}"])  # fmt: skip
        domain = rng.choice(["libero.it", "alice.it", "tin.it", "virgilio.it", "t-online.de", "gmx.net",
                             "posteo.de", "mailbox.org", "gmail.com", "yahoo.com", "mptmail.net.mm",
                             "outlook.com", "icloud.com", "proton.me"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"040 {d(6)}",  # Trieste
            f"+39 040 {d(3)} {d(3)}",
            f"3{rng.choice('234')}{d(1)} {d(7)}",  # Italian mobile
            f"+39 3{rng.choice('234')}{d(1)} {d(3)} {d(4)}",
            f"0165 {d(6)}",  # Aosta
            f"05521 {d(4)}",  # Herzberg am Harz
            f"+49 5521 {d(4)}",
            f"015{rng.choice('12579')} {d(8)}",  # German mobile
            f"+49 15{rng.choice('12579')} {d(4)} {d(4)}",
            f"01 {d(3)} {d(3)}",  # Yangon
            f"02 {d(2)} {d(3)}",  # Mandalay
            f"09 {rng.choice(['25', '42', '79', '97'])}{d(1)} {d(3)} {d(3)}",  # Myanmar mobile
            f"+95 9 {rng.choice(['25', '42', '79', '97'])}{d(1)} {d(3)} {d(3)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("55", 16), ("2221", 16), ("34", 15),
                                     ("37", 15), ("3566", 16), ("36", 14)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length in (14, 15):
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT68))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT68[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the language lab, the exam centre's test PCs, a classroom projector,
        the club's Raspberry Pi, the translation server, the reception kiosk and this set's pastes; v4 and
        v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a01:598:{h()}:{h()}::{h()}", f"2001:4c50:{h()}:{h()}::{h()}", f"2400:4800:{h()}:{h()}::{h()}",
                         f"2a02:8108:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the language lab's teacher console is on {}, the headsets lost the audio again", v4),
            ("test pc 14 at the exam centre is {}, it froze in the middle of the listening", v4),
            ("the projector in classroom 3 is {}, the kanji slides won't come up", v4),
            ("the club's raspberry pi with the esperanto library is on {}", rng.choice([v4, v6])),
            ("our libretranslate box is {}, it's slow with slovene", rng.choice([v4, v6])),
            ("the kiosk at reception for the exam check-in is {}, the photo step hangs", v4),
            ("the anki sync server for the class is on {}, my deck won't sync", rng.choice([v4, v6])),
            ("the printer for the admission tickets is {}, it jams every time", v4),
            ("the tutoring laptop in the back room is on {}, it keeps dropping the call", v4),
            ("the patois class's recording pc is {}, the songs are on it", v4),
            ("the saturday school's nas is {}, the reading books are scanned on it", rng.choice([v4, v6])),
            ("the booking page's server for my lessons is {}, it went down at 9", v4),
            ("      - SYNC_HOST={}", v4),
            ("LT_HOST={}", v4),
            ("DATABASE_HOST={}", v4),
            ("  - ipv6_address: {}", v6),
            ("2024-03-02 08:14:07 WARN exam-kiosk: photo upload from {} timed out, candidate 0417", v4),
            ("[libretranslate] 2024-03-02T09:30:12Z 429 too many requests from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Opcine', 'Prosek', 'Boljunec'])}{rng.choice(['34151', '34018', 'TS'])}{rng.choice(['!', '#', ''])}",
                f"{rng.choice(['Zamenhof', 'Esperanto', 'Harz'])}{rng.choice(['1887', '37412', '1905'])}",
                f"{rng.choice(['Kamayut', 'Sanchaung', 'Mandalay'])}#{rng.choice(['11041', '09', 'N3'])}",
                f"{rng.choice(['Vuillermoz', 'Cogne', 'Patois'])}_{rng.choice(['11100', '11012', 'AO'])}",
                rng.choice(["kanji", "vocabulary", "tandem", "hiragana", "dizionario"]).translate(leet) + rng.choice(["", "!", "_68"]),
                f"{rng.choice(['jlpt', 'dele', 'goethe', 'hsk'])}-{rng.choice(['n3', 'b2', 'b1', '4'])}-{rng.randint(2019, 2025)}",
                f"{rng.choice(['Kontovel', 'Scharzfeld', 'Hledan', 'Vetan'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Kana', 'Verb', 'Tandem', 'Stamp'])}{rng.randint(1, 99)}",
                f"{rng.choice(['tandem', 'kurso', 'lesson'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        uuid = f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{rng.choice('89ab')}{tok(3, hexl)}-{tok(12, hexl)}"
        options = [
            # passwords handed over in ways no earlier set used
            ("i wrote the school wifi on the back of a flashcard, {}", pw),
            ("the margin of my kanji workbook has the bunpro password, {}", pw),
            ("the library login is inside the cover of the big dictionary, {}", pw),
            ("the exam admission ticket has the portal password printed on it, {}", pw),
            ("someone wrote the lab password on the whiteboard in classroom 3, {}", pw),
            ("the shared deck's description has the sync password in it, {}", pw),
            ("the language lab headsets have a sticker with the console pin, {}", d(4)),
            ("the translator keeps the office code on the stamp pad box, {}", d(4)),
            ("the tandem bar's chalkboard has the wifi on it tonight, {}", pw),
            ("the certificate envelope had the download password on it, {}", pw),
            ("the locker code for the exam bags is {}", d(4)),
            ("my tutor site password is {}, book me thursday please", pw),
            ("the saturday school's parent portal password is {}, sign up the little one", pw),
            ("ok the lernu account password is {}, thanks for fixing it", pw),
            ("the congress booking login is {}, put me in a double room", pw),
            # cues in ways no earlier set used
            ("la password xe {}, no sta dirghe a nissun", pw),
            ("la pasvorton vi trovas ĉi tie: {}", pw),
            ("wifi no pasuwādo wa {} desu, himitsu ne", pw),
            ("il codice is {}, non dirlo a nobody", pw),
            # commands
            ("$ curl -u tutor:{} http://books.local/api/bookings", colonless),
            ("$ psql postgresql://calcom:{}@db:5432/calendso", colonless),
            ("$ curl -X POST http://translate.local:5000/translate -d api_key={} -d q=dober+dan", colonless),
            # pastes
            ("      - SYNC_USER1=klaso:{}", colonless),
            ("      - SYNC_USER2=instruisto:{}", colonless),
            ("# the school box's key\nLT_API_KEY={}", uuid),
            ("      - LT_API_KEY={}", tok(24, hexl)),
            ("CALENDSO_ENCRYPTION_KEY={}", tok(32, alnum)),
            ("NEXTAUTH_SECRET={}", tok(44, alnum)),
            ("DATABASE_URL=postgresql://calcom:{}@database:5432/calendso", colonless),
            ("      - POSTGRES_PASSWORD={}", pw),
            ("EMAIL_SERVER_PASSWORD={}", pw),
            ("CALCOM_LICENSE_KEY={}", tok(32, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.n3', 'x_tandem', 'kanji.x', 'x-sl-it')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.n3",
                f"{last}_tandem",
                f"{first}-esp{rng.choice(['1887', '1905', '37'])}",
                f"kanji.{first}",
                f"{first}_dele_b2",
                f"{last}.patois",
                f"hsk4_{first}",
                f"{first}-sl-it",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "digits": f"{year}{m:02d}{day:02d}",
            "dots": f"{year}.{m:02d}.{day:02d}",
            "eo": f"la {day}-an de {EO_MONTHS_HELDOUT68[m - 1]} {year}",
            "sl": f"{day}. {m}. {year}",
            "mm": f"{day:02d} {MRZ_MONTHS_HELDOUT68[m - 1]} {year}",
            "de": f"{day:02d}.{m:02d}.{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["digits", "dots", "eo", "sl", "mm", "de", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the jlpt application wants my birthday as digits, {}", s["digits"]),
            ("for the hsk registration i put my date of birth as {}", s["dots"]),
            ("mi naskiĝis {}, the congress form asks for it", s["eo"]),
            ("rojena sem {}, the saturday school needs it for the enrolment", s["sl"]),
            ("my passport says born {}, the translator copied it exactly", s["mm"]),
            ("the sworn translation of my birth certificate has {} as my birthday", any_shape),
            ("the tutoring site wants a date of birth for the account, mine is {}", any_shape),
            ("the goethe centre asked for my date of birth again, it's {}", any_shape),
            ("Date of birth (YYYYMMDD): {}", s["digits"]),
            ("Date of birth: {}", s["mm"]),
            ("Naskiĝdato: {}", s["eo"]),
            ("Datum rojstva: {}", s["sl"]),
            ("Geburtsdatum: {}", s["de"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


MRZ_MONTHS_HELDOUT68 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
EO_MONTHS_HELDOUT68 = (
    "januaro februaro marto aprilo majo junio julio aŭgusto septembro oktobro novembro decembro".split()
)


HELDOUT68_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is my tandem partner, italian for her and slovene for me",
        "can you ask {} if the saturday class is on this week",
        "{} passed the N3 in december, first try",
        "{} invigilates the ielts listening at the centre on saturdays",
        "{} does sworn translations of diplomas, stamped mine in a day",
        "{} runs the esperanto club's tuesday evenings",
        "s-ro {} brought the old congress photos to the club",
        "s-ino {} teaches the beginners' course at the library",
        "gospa {} takes the little ones at the slovene school",
        "gospod {} still corrects everyone's dual forms",
        "i asked Daw {} about the n3 class, she runs the school on pyay road",
        "our old teacher U {} signs the intern certificates at the agency",
        "{} teaches the patois class on thursday nights in quart",
        "{} sat next to me at the dele oral, we were both shaking",
        "{} booked the goethe b1 for march, same day as me",
        "{} is my tutor on the platform, 45 minutes every monday",
        "{} lent me the kanji cards for the whole summer",
        "{} says the hsk 4 listening is faster than the mock",
        "{} hosted me through pasporta servo in herzberg",
        "{} got the visa once the apostille came back",
        "i'm meeting {} at the tandem bar on friday at 7",
        "we're sharing the exam taxi with {} on sunday",
        "{} is translating my birth certificate for the japanese visa",
        "{} sings the old patois songs at the end of class",
        "{} forgot the admission ticket and they still got in",
        "{} started the evening class in slovene last autumn",
        "{} is doing the delf b2 so he can study in grenoble",
        "ok so {} is the one who wrote the esperanto crossword, say thanks",
        "yes {} is the sworn translator with the office near the station",
        "{} got 7.5 in the ielts, the visa needed 7",
        "{} is the new head of the saturday school",
        "{} still answers in italian when i talk slovene",
        "{} explains the grammar better than the textbook",
        "{} does the conversation hour at the library every wednesday",
        "Candidate: {}",
        "Candidate no. 0417: {}",
        "Invigilator: {}",
        "Tandem partner: {}",
        "Offers / seeks: IT / SL, {}",
        "Sworn translator: {}",
        "Traduttore giurato: {}",
        "Beeidigter Übersetzer: {}",
        "Certified by: {}",
        "Parent: {}",
        "Pupil: {}; {}",
        "Teacher, Saturday class: {}",
        "Enrolled: {}",
        "Course leader: {}",
        "Membro: {}",
        "Prezidanto: {}",
        "Gastiganto: {}",
        "Tutor: {}",
        "Student: {}",
        "Booked by: {}",
        "Name (as in the MRZ): {}",
        "the machine line on my passport scan reads {}, is that right for the form",
        "| N3 | seat 41 | {} |",
        '"candidate": "{}",',
    ],
    "STREET_ADDRESS": [
        "the admission ticket went to {}",
        "send the sworn translation to {}",
        "the tandem evening is at {} this month",
        "the club meets at {} now",
        "the saturday school moved to {}",
        "my tutor lives at {}, the lessons are in the kitchen",
        "the patois class is at {} after the holidays",
        "Address: {}",
        "Indirizzo: {}",
        "Naslov: {}",
        "Adreso: {}",
        "Anschrift: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the scanned certificates to {}",
        "the tandem sign-up goes to {}",
        "email the translator at {} for a quote",
        "the exam results came from {}",
        "Email (candidate): {}",
        '"email": "{}",',
        "EMAIL_FROM={}",
        "SYNC_ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the translator's number is {}",
        "call the exam centre on {} if you're late",
        "my tandem partner's mobile is {}",
        "the school office is {}, they open at 10",
        "ring the club secretary on {} for the congress rooms",
        "Tel.: {}",
        "Telefono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the exam fee with {}",
        "the evening course went on {}",
        "the tutoring bundle went on {}",
        "put the sworn translation on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the school refunds the course fee to {}",
        "pay the translator into {}",
        "send the congress money to {}",
        "the club's account is {}",
        "IBAN: {}",
        "IBAN (quota associativa): {}",
    ],
    "USERNAME": [
        "on LingQ I'm {}",
        "my Lernu name is {}",
        "Amikumu has me as {}",
        "on Pasporta Servo I'm {}",
        "my WaniKani login is {}",
        "on Bunpro I'm {}",
        "my Clozemaster name is {}",
        "the shared deck on AnkiWeb is by {}",
        "on Speaky I'm {}",
        "my ConversationExchange name is {}",
        "on Tandem I'm {}",
        "my old Lang-8 user was {}",
        "on Tatoeba I'm {}",
        "my Goethe portal login is {}",
        "find me on Amikumu, {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT68_MIXED = [
    ("Candidate: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Sworn translator: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("      - SYNC_HOST={}\n      - SYNC_USER1=klaso:{}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:5000/frontend/settings", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the code for the lab, it's {}", ["PERSON", "SECRET"]),
    ("Candidate: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Bunpro name is {}, the course refund goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the tandem came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the exam fee with {}", ["PERSON", "CREDIT_CARD"]),
    ("s-ino {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Pupil: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT68_NEGATIVES = [
    "Opčine is Opicina in Italian and Prosek is Prosecco",
    "the Karst villages above Trieste speak Slovene",
    "many Karst surnames were changed to Italian ones in the 1920s",
    "so Coceancig is how the Italian register spelt Kocjančič",
    "gospa and gospod are Mrs and Mr in Slovene",
    "the dual form in Slovene is for exactly two of something",
    "34151 is Opicina and 34018 is Dolina",
    "the Slovene school in Trieste has Saturday classes for the little ones",
    "Herzberg am Harz calls itself the Esperanto town",
    "Zamenhof published the first Esperanto book in 1887",
    "s-ro and s-ino are short for sinjoro and sinjorino",
    "in Esperanto the accusative ends in -n",
    "Johano is the Esperanto form of Johannes",
    "the Universala Kongreso is held in a different city every summer",
    "37412 is Herzberg am Harz",
    "Burmese names have no family name",
    "U and Daw go before the names of grown men and women in Myanmar",
    "the JLPT is held in July and December",
    "N5 is the easiest level of the JLPT and N1 the hardest",
    "the N3 needs about 650 kanji",
    "a passport's machine line writes the spaces as <",
    "a candidate list in capitals is normal for the exam",
    "Kamayut and Sanchaung are townships of Yangon",
    "Mandalay's streets are numbered on a grid",
    "francoprovençal is the patois of the Aosta valley",
    "the École populaire de patois runs evening classes every winter",
    "Valdostan surnames in -oz and -az don't say the z",
    "a bilingual certificate gives Giuseppe as Joseph",
    "11100 is Aosta and 11012 is Cogne",
    "Scuola Sancin is the name of a school, not a person",
    "Traduzioni Vuillermoz is a translation agency",
    "IELTS scores go from 0 to 9 in half bands",
    "the TOEFL iBT is scored out of 120",
    "DELE B2 has four parts and you need 60 points",
    "the DELF B2 is what French universities ask for",
    "the Goethe B1 exam costs 230 euros at the centre",
    "HSK 4 needs 1,200 words",
    "candidate 0417 sits in room 3, seat 41",
    "the oral exam slots start at 09:30",
    "results come out eight weeks after the exam",
    "course SLO-102 meets on Tuesdays from 18:00 to 19:30",
    "the evening class is 12 weeks and costs 180 euros",
    "an apostille goes on the original before the sworn translation",
    "a sworn translation needs the translator's stamp and signature",
    "the visa office wants translations no older than six months",
    "order 40311 is three certified copies",
    "the tandem evening is every first Friday of the month",
    "half the time in English, half in Italian, that's the tandem rule",
    "lesson credits expire after 90 days on the platform",
    "a trial lesson is 25 minutes",
    "anki-sync-server 24.11 moved to the new sync protocol",
    "LibreTranslate 1.6 added new language models",
    "Cal.com 4 changed the booking page",
    "fixed in commit 4e7b0c2, see the changelog",
    "SYNC_USER1=",
    "LT_API_KEYS=true",
    "CALENDSO_ENCRYPTION_KEY=<generate with openssl rand -base64 24>",
    "DB_PASSWORD=changeme",
    "exam locker code: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN in the docs",
    "write to candidate@example.org on the form",
    "192.0.2.68 is a documentation address",
    "198.51.100.68 is a documentation address",
    "2001:db8:68::1 is a documentation address",
    "call 112 for emergencies anywhere in the EU",
    "the test starts at 8:45 sharp, no entry after",
    "did the certificates come yet",
    "bring a pencil and your passport",
    "ok the kanji test went fine, finally",
    "yes the translation is stamped, thanks",
    "I PASSED THE N3",
    "dober dan means good day in Slovene",
    "saluton, kiel vi fartas",
]  # fmt: skip


def _typo68(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as a learner types, a language-learning word's
    well-known misspelling ('grammar' -> 'grammer', 'pronunciation' -> 'pronounciation', 'vocabulary' ->
    'vocabluary'), or a German keyboard's y and z swapped in one word ('yesterday' -> 'zesterday'). Only in
    sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT68.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT68[m.group(1)] + template[m.end() :]
    yz = list(YZ_WORD_HELDOUT68.finditer(template))
    if not yz:
        return template
    m = rng.choice(yz)
    return template[: m.start()] + _yz(m.group(1)) + template[m.end() :]


def build_heldout68(seed: int = HELDOUT68_SEED) -> list[Example]:
    """Held-out set 68: `Gen68` values in `HELDOUT68_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen68(seed)
    return assemble_module_set(
        gen, HELDOUT68_TEMPLATES, HELDOUT68_MIXED, HELDOUT68_NEGATIVES, _typo68, person=gen.person_for
    )
