"""Held-out PII set 63 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout63": written before round 42 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT63 is empty, as for
held-out 16 to 62; written at the same time as held-out 64, the two authors split the world between them: 63
takes words, print and sound (translators and subtitlers, literary agents and self-publishing authors,
independent bookshops, local newspapers and community radio, zine and comic fairs, print and copy shops,
podcast hosts, audiobook narrators and writing groups), 64 takes gardens and green spaces); hand-written
lists of the Hunsrik-speaking German-Brazilians of Rio Grande do Sul's Vale do Rio Pardo (Santa Cruz do
Sul, Venâncio Aires) and of Nova Petrópolis, who present the Hunsrik hours on the community radios and
translate for the Hunsrik writing project (Portuguese and German given names with German family names, a
Brazilian's mother's family name before the father's, the pet names a family calls people by and a
radio's credit line: 'Lauro Heck Spohr', 'Nelci Wendt', 'Lauri', 'Nena'), the Welsh of Chubut's Gaiman,
Trelew and Trevelin, who write for the bilingual papers, translate for the Eisteddfod del Chubut and keep
the tea-house bookshops (Spanish and Welsh given names with Welsh family names, an Argentine married
woman's 'de' before her husband's name, and 'Nain' (grandmother) or 'Taid' (grandfather) before a given
name: 'Luned Roberts de González', 'Fernando Hughes', 'Nain Gwenllian', 'Taid Dewi'), the North Frisians
of Föhr and Amrum who translate into Fering and Öömrang, narrate audiobooks in them and work for the
island paper (Frisian given names, the patronymic family names the islands took, an island register's
'Surname, Given', initials and the American middle initial of the families who went to New York and came
back: 'Brar Arfsten', 'Ketels, Göntje', 'Ocke J. Rörden', 'B. Olufs') and the Aranese of the Val d'Aran
(Vielha, Salardú, Bossòst, Les) who subtitle and translate into Aranese Occitan and present on the valley's
radio (Aranese given names, the two family names of a Spanish register, the register's 'FAMILY FAMILY,
Given', and 'sénher' or 'dauna' before a family name as Aranese writes Mr and Mrs: 'Pèir Moga Barrau',
'MEDAN CAUBET, Neus', 'sénher Sapena', 'dauna Castet'); the title always outside the span, an episode, a
chapter, an ISBN, an invoice or an order number beside the name and outside it; a newspaper's ('Byline:',
'Photos:'), a book's ('Translated by', 'Cover art:', 'Pen name of:'), a subtitle file's ('Subtitles:',
'QC:'), an audiobook's ('Narrated by:'), a literary agency's ('Agent:', 'Client:'), a podcast's ('Host:',
'Guest:'), a community radio's rota ('Presenter, 07:00-09:00:'), a zine fair's ('Table 12:'), a copy shop's
('Print job for:'), a writing group's minutes ('Apologies:', 'Minutes taken by:') and a Brazilian,
Argentine, Welsh, German and Aranese credit's ('Apresentação:', 'Traducción:', 'Cyfieithydd:',
'Übersetzung:', 'Traduccion ar aranés:') fields; over three quarters of the sentences typed to the bot or a
friend: the subtitle deadline and the timing, the translation sample and the agent's notes, query letters
and rejections, the self-published proof copy and its cover, the bookshop's launch night and its stock, the
paper's deadline and the column, the radio show's rota and the transmitter, zines stapled at the copy shop
and the comic fair's table, the risograph's drum and the bulk print run, the podcast's guest and the edit,
the audiobook's retakes and the booth, the writing group's prompt and its minutes; self-hosted apps' config
no earlier set pasted: Keila's .env for a zine's newsletter, InvoicePlane's ipconfig.php for a copy shop's
invoices, Readeck's config.toml for a writing group's saved articles and Readarr's config.xml for an
audiobook library, with Reedsy and Draft2Digital keys; those regions' addresses (Santa Cruz do Sul's 'Rua
Marechal Floriano, 1234, Centro, Santa Cruz do Sul - RS, 96810-000', a rural 'Linha Andréas, Km 7,
interior', Nova Petrópolis' 95150-000, Gaiman's and Trevelin's streets with the U9105 and U9203 postcodes,
Trelew's floor and flat ('2° B') and a valley farm's 'Chacra 112, Bryn Gwyn, Gaiman, Chubut', Wyk auf
Föhr's 25938, the Föhr villages' Frisian street names, Amrum's 25946 and Bredstedt's 25821, and Vielha's
'Carrèr Major, 12, 2n 1a, 25530 Vielha' with the other Aran villages' 255xx) and phones (Santa Cruz do
Sul's (51) 3711, Brazilian mobiles '(51) 9xxxx-xxxx' and +55 51 9, Nova Petrópolis' (54) 3281, Trelew's
(0280) 442 and Gaiman's 449, Trevelin's (02945), Argentine mobiles with +54 9 280 and the local '15-',
Wyk's 04681, Amrum's 04682, Bredstedt's 04671, German mobiles with 015x and +49 17x, Vielha's 973 64 and
Spanish mobiles with and without +34); Visa, Mastercard 51-55 and 2720, Amex 37, Brazil's Elo 636368 and
Hipercard 606282 and Argentina's Naranja 589562 as a print run's deposit, a proof copy, a fair table, an
agent's reading fee or a booth's hire take them; IBANs of Brazil, Germany and Spain (Argentina has none);
IPs of a risograph's network card, a community radio's studio encoder and transmitter remote, a bookshop's
stock tablet, a paper's CMS server, a podcast's recording NAS, an audiobook booth's recorder, a subtitle
render box, a zine fair's card reader, a literary agency's file server, a copy shop's self-service scanner
and a writing group's Raspberry Pi, and in the pastes above, v6 in 2804:14c:, 2803:9800:, 2003:e5: and
2a02:9130: ranges; passwords handed over in ways no earlier set used (pencilled on a book's flyleaf, in a
zine's colophon, on the back of a cover proof, on a bookmark, in a manuscript's margin, on a press pass,
taped to the microphone boom, in the podcast's show notes draft, on the toner box, on the copy shop's
receipt, on a raffle ticket at the fair and in the acknowledgements draft), Gaiman's landing
('Gaiman1865!'), the Drafod ('Trelew_Drafod'), Vielha's postcode ('Vielha#25530'), Wyk ('Wyk_Foehr25938'),
Santa Cruz ('SantaCruz!Hunsrik'), leetspeak of print words ('z1n3', 'pr1nt', 'p0dc4$t') and a chapter and
a draft ('chapter7-draft3'), and cues in Hunsrik ('tes passwort is ..., saa's neemand'), gaúcho Portuguese
('a senha do wifi é ..., não passa pra ninguém, bah'), Rioplatense Spanish ('la contraseña del wifi es
..., no se la pases a nadie, che'), Welsh ('cyfrinair y wifi ydy ..., paid â deud wrth neb') and Aranese
('eth mot de passa deth wifi ei ..., non ac digues a digun'); usernames on Inkitt, Scribophile, Reedsy,
ACX, Smashwords, Draft2Digital, TranslatorsCafe, OpenSubtitles, Addic7ed, Tapas, Podbean, Buzzsprout,
Crowdin, Weblate and ComicFury, shapes like 'x.translates', 'x_subs7', 'reads.by.x', 'x-zines', 'x.onair',
'xy.narrates' and 'chapter7.x'; dates of birth for a press card, a narrator's contract, a translators'
association, an agency's client form, a radio licence's volunteer list and a fair's trader form, in a
Brazilian form's '14/03/1958', Rioplatense Spanish ('14 de marzo de 1958'), Welsh ('14 Mawrth 1958'),
Aranese with its own months ('14 de junhsèga de 1958', 'heruèr' for February), a German form's '14.03.1958'
and '14. März 1958', and an export's ISO date; typos as a proofreader would mark them: a word typed twice
('the the', 'to to'), or a phone's text recognition reading 'm' as 'rn' ('time' -> 'tirne'); negatives with
the same regions' places, the titles and the name forms explained, print runs and paper weights, subtitle
timecodes, ISBNs, radio frequencies, episode and chapter numbers, word counts, order and invoice numbers
without a name, postcodes alone, print shops and publishers named after their founders, versions, a
commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation
IPs (v4 and v6), helpline numbers every user shares, and short everyday chat; no public figure is named).

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

HELDOUT63_SEED = 7291846
# no faker name locale, as in held-out 16 to 62: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT63: list[str] = []
# words, print and sound (held-out 64, written at the same time, takes gardens and green spaces); each
# origin: (men's given names, women's given names, family names); ';' separates names throughout, as some
# hold a space
NAMES_HELDOUT63: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Hunsrik-speaking German-Brazilians of Santa Cruz do Sul, Venâncio Aires and Nova Petrópolis
    "hunsrik": ("Arlindo;Lauro;Egon;Elmo;Nelson;Ireno;Valdir;Darci;Lírio;Erni;Ildo;Romeu".split(";"),
                "Ilse;Nelci;Loni;Iracema;Edite;Ivone;Lori;Irma;Selma;Lurdi;Marlise;Gládis".split(";"),
                "Kunz;Schmitt;Wendt;Dahmer;Heck;Spohr;Rech;Hoff;Scherer;Wollmann;Mallmann;Bersch;Kist;Dresch".split(";")),
    # the Welsh of Chubut (Gaiman, Trelew, Trevelin)
    "wladfa": ("Arturo;Fernando;Elvey;Tegid;Osian;Héctor;Dewi;Aled;Gustavo;Iwan".split(";"),
               "Luned;Gwenllian;Mirna;Tegai;Elvira;Ana Ester;Eluned;Marcela;Gladys;Nerys".split(";"),
               "Jones;Roberts;Williams;Davies;Evans;Hughes;Rees;Owen;Lloyd;Jenkins;Freeman;Berwyn".split(";")),
    # North Frisians of Föhr and Amrum
    "fering": ("Brar;Ocke;Nahmen;Boy;Knudt;Rörd;Arfst;Hark;Volkert;Nickels".split(";"),
               "Ose;Göntje;Ingke;Kerrin;Marret;Antje;Gondel;Keike;Frauke;Thea".split(";"),
               "Arfsten;Ketels;Rörden;Knudten;Olufs;Brodersen;Nickelsen;Jannen;Martinen;Hassold;Quedens;Christiansen".split(";")),
    # the Aranese of the Val d'Aran
    "aran": ("Pèir;Jusèp;Andrèu;Miquèu;Bertran;Ramon;Xavièr;Pau;Joan;Frederic".split(";"),
             "Mariana;Montse;Neus;Marta;Elena;Glòria;Teresa;Maria Pilar;Àngela;Núria".split(";"),
             "Moga;Sapena;Barrau;Boya;Caubet;Castet;Medan;Riu;Sió;Aunòs;Bordes;Arjó".split(";")),
}  # fmt: skip
# the husbands' family names of Chubut's married women ('Luned Roberts de González')
WLADFA_HUSBANDS_HELDOUT63 = "González;Pérez;Sepúlveda;Ferrari;Díaz;Muñoz;Gómez;Álvarez".split(";")
# the pet names a Hunsrik family calls people by: (men's, women's)
NICKS_HELDOUT63 = {
    "hunsrik": ("Lauri Egi Nelsinho Valdi Dáci Romi".split(), "Nena Loni Ivi Lurdinha Marli Irminha".split()),
}  # fmt: skip
# a title next to the name (outside the span), always before it: with the origin, whether a woman, and
# whether the title goes with the family name (True) or the given name (False)
TITLED_HELDOUT63: dict[str, tuple[str, bool, bool]] = {
    "nain": ("wladfa", True, False),  # Welsh grandmother, before a given name
    "taid": ("wladfa", False, False),  # Welsh grandfather
    "sénher": ("aran", False, True),  # Aranese Mr, before a family name
    "dauna": ("aran", True, True),  # Aranese Mrs
}
TITLE_SLOT_HELDOUT63 = re.compile(r"(?<![\w'-])(Nain|Taid|sénher|dauna) \{\}", re.IGNORECASE)
# IBANs of this set's people: a Hunsrik radio's donations, a Föhr translator's fees, a Vielha subtitler's
IBAN_SHAPES_HELDOUT63 = {"BR": "23n1a1c", "DE": "18n", "ES": "20n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT63 = ["zine", "press", "radio", "podcast", "subtitles", "translate", "audiobook", "narrator",
                      "bookshop", "agent", "selfpub", "copyshop", "writers", "drafod", "eisteddfod",
                      "comics"]  # fmt: skip
# a word a proofreader often finds typed twice
DOUBLED_WORD_HELDOUT63 = re.compile(r"(?<![\w{}'@.#$/-])(the|to|a|and|of|in|is|it|on|for)(?![\w{}'@./-])")
# a word with an 'm' a phone's text recognition may read as 'rn'
M_WORD_HELDOUT63 = re.compile(r"(?<![\w{}'@.#$/-])([a-z]*m[a-z]*)(?![\w{}'@./-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Pèir' -> 'peir', 'Ana
    Ester' -> 'anaester', 'Göntje' -> 'gontje')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _initials(given: str, rng: random.Random) -> str:
    """Initials of a given name, one per part ('Maria Pilar' -> 'M.P.'), and for a one-part name sometimes
    a second from a middle name ('Brar' -> 'B.' or 'B.J.')."""
    parts = re.split(r"[ -]", given)
    if len(parts) == 1 and rng.random() < 0.4:
        return f"{parts[0][0]}.{rng.choice('ACHJKLNP')}."
    return "".join(f"{p[0]}." for p in parts)


class Gen63(Gen3):
    """Generators for held-out set 63: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT63."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT63))
        men, women, lasts = NAMES_HELDOUT63[origin]
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
        lasts = NAMES_HELDOUT63[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "hunsrik" and r < 0.35:  # a Brazilian's mother's family name before the father's
            return f"{first} {other} {last}"
        if origin == "wladfa" and woman and r < 0.35:  # an Argentine married woman's 'de'
            return f"{first} {last} de {rng.choice(WLADFA_HUSBANDS_HELDOUT63)}"
        if origin == "fering":
            if r < 0.2:  # an island register: 'Ketels, Göntje'
                return f"{last}, {first}"
            if r < 0.35:  # a New York family's middle initial: 'Ocke J. Rörden'
                return f"{first} {rng.choice('ACHJKLNP')}. {last}"
            if r < 0.5:  # initials: 'B. Olufs'
                return f"{_initials(first, rng)} {last}"
        if origin == "aran":
            if r < 0.4:  # a Spanish register's two family names: 'Pèir Moga Barrau'
                return f"{first} {last} {other}"
            if r < 0.55:  # the register's 'MEDAN CAUBET, Neus'
                return f"{last.upper()} {other.upper()}, {first}"
        if r > 0.9:  # a register's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.66:
            name = self._full(origin, first, last, woman)
        elif r < 0.86:
            name = first
            if origin in NICKS_HELDOUT63 and rng.random() < 0.5:  # the pet name alone
                name = rng.choice(NICKS_HELDOUT63[origin][woman])
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Nain Gwenllian', 'sénher Sapena'), from the origin that
        uses it."""
        rng = self.rng
        origin, woman, family = TITLED_HELDOUT63[title.lower()]
        men, women, lasts = NAMES_HELDOUT63[origin]
        return rng.choice(lasts) if family else rng.choice(women if woman else men)

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT63.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 2400)
        shapes = [
            f"Rua {pick(['Marechal Floriano', 'Tenente Coronel Brito', 'Ramiro Barcelos', 'Thomaz Flores'])}, {n}, {pick(['Centro', 'Goiás', 'Arroio Grande', 'Universitário'])}, Santa Cruz do Sul - RS, 968{rng.randint(10, 35)}-{rng.randint(0, 999):03d}",
            f"Linha {pick(['Andréas', 'Santa Cruz', 'Sete de Setembro', 'Formosa', 'Brasil'])}, Km {rng.randint(1, 20)}, interior, {pick(['Santa Cruz do Sul - RS, 96800-000', 'Venâncio Aires - RS, 95800-000'])}",
            f"Rua {pick(['Osvaldo Aranha', 'Jacob Becker', 'Júlio de Castilhos'])}, {n}, Venâncio Aires - RS, 95800-000",
            f"Av. {pick(['XV de Novembro', 'Bento Gonçalves'])}, {n}, {pick(['Centro', 'Vila Olinda'])}, Nova Petrópolis - RS, 95150-000",
            f"{pick(['Av. Eugenio Tello', 'Michael D. Jones', 'Juan C. Evans', 'Abraham Matthews'])} {rng.randint(10, 900)}, U9105 Gaiman, Chubut",
            f"{pick(['25 de Mayo', 'Belgrano', 'Rivadavia', 'Moreno'])} {rng.randint(10, 1800)}, {pick(['1° A', '2° B', '3° C', 'PB'])}, U9100 Trelew, Chubut",
            f"Av. {pick(['San Martín', 'Fontana', 'Los Galeses'])} {rng.randint(10, 900)}, U9203 Trevelin, Chubut",
            f"Chacra {rng.randint(1, 300)}, {pick(['Bryn Gwyn', 'Treorky', 'Drofa Dulog', 'Bethesda'])}, Gaiman, Chubut",
            f"{pick(['Große Straße', 'Sandwall', 'Mittelstraße', 'Königstraße'])} {rng.randint(1, 60)}, 25938 Wyk auf Föhr",
            f"{pick(['Bi de Kark', 'Taarepswai', 'Hualewai', 'Dörpstrat'])} {rng.randint(1, 40)}, 25938 {pick(['Nieblum', 'Oevenum', 'Süderende', 'Oldsum'])}",
            f"{pick(['Uasterstigh', 'Waasterstigh', 'Strunwai', 'Bräätlerstigh'])} {rng.randint(1, 40)}, 25946 {pick(['Nebel', 'Norddorf', 'Wittdün'])}",
            f"{pick(['Süderstraße', 'Osterstraße', 'Markt'])} {rng.randint(1, 60)}, 25821 Bredstedt",
            f"{pick(['Carrèr Major', 'Passeg dera Libertat', 'Avenguda de Castièro', 'Carrèr deth Solan'])}, {rng.randint(1, 60)}, {rng.randint(1, 4)}{pick(['r', 'n'])} {rng.randint(1, 4)}a, 25530 Vielha",
            f"{pick(['Plaça dera Glèisa', 'Carrèr Major', 'Camin Reiau'])}, {rng.randint(1, 40)}, {pick(['25598 Salardú', '25550 Bossòst', '25540 Les', '25599 Arties'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT63)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1940, 2006)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "terra.com.br", "bol.com.br", "uol.com.br", "speedy.com.ar",
                             "fibertel.com.ar", "yahoo.com.ar", "t-online.de", "gmx.de", "web.de",
                             "telefonica.net", "outlook.com", "proton.me"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(51) 3711-{d(4)}",  # Santa Cruz do Sul
            f"(51) 9{d(4)}-{d(4)}",  # Brazilian mobile
            f"+55 51 9{d(4)} {d(4)}",
            f"(54) 3281-{d(4)}",  # Nova Petrópolis
            f"(0280) 442-{d(4)}",  # Trelew
            f"(0280) 449-{d(4)}",  # Gaiman
            f"(02945) 48-{d(4)}",  # Trevelin
            f"+54 9 280 4{d(2)}-{d(4)}",  # Argentine mobile
            f"15-4{d(2)}-{d(4)}",  # local mobile
            f"04681 {d(4)}",  # Wyk auf Föhr
            f"04682 {d(3)}",  # Amrum
            f"04671 {d(4)}",  # Bredstedt
            f"015{rng.choice('127')} {d(8)}",  # German mobile
            f"+49 17{rng.choice('0156')} {d(7)}",
            f"973 64 {d(2)} {d(2)}",  # Vielha
            f"6{d(2)} {d(2)} {d(2)} {d(2)}",  # Spanish mobile
            f"+34 6{d(2)} {d(3)} {d(3)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2720", 16), ("37", 15),
                                     ("636368", 16), ("606282", 16), ("589562", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT63))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT63[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the risograph, the radio's encoder and transmitter, the bookshop's
        tablet, the paper's CMS, the podcast NAS, the audiobook booth, the subtitle render box, the fair's
        card reader, the agency's file server, the copy shop's scanner, the writing group's Pi, and this
        set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2804:14c:{h()}:{h()}::{h()}", f"2803:9800:{h()}:{h()}::{h()}", f"2003:e5:{h()}:{h()}::{h()}",
                         f"2a02:9130:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the risograph's network card is on {}, it keeps dropping the zine job halfway", v4),
            ("the studio encoder for the hunsrik hour is {}, we went silent at 7 again", v4),
            ("the transmitter remote up the hill answers on {}, can you check the power reading", rng.choice([v4, v6])),
            ("the stock tablet in the bookshop is {}, the launch night preorders are on it", v4),
            ("the paper's cms runs on {}, the column won't publish", v4),
            ("our podcast nas is {}, episode 41 raw files are in the edit folder", rng.choice([v4, v6])),
            ("the recorder in the audiobook booth is {}, chapter 12 retakes are on it", v4),
            ("the subtitle render box is {}, the burn-in failed at 01:12:40", v4),
            ("the card reader at our zine fair table is on {}, it won't connect to the hall wifi", v4),
            ("the agency's file server is {}, the translation sample is in the client folder", rng.choice([v4, v6])),
            ("the self-service scanner at the copy shop shows {}, send the proofs there", v4),
            ("the writing group's raspberry pi is on {}, the shared drafts live there", v4),
            ("DB_HOSTNAME={}", v4),
            ("MAILER_SMTP_HOST={}", v4),
            ("IP_URL=http://{}/invoiceplane", v4),
            ('  host = "{}"', v4),
            ("  <BindAddress>{}</BindAddress>", v4),
            ("  - {}/64", v6),
            ("2025-05-02 21:14:07 WARN liquidsoap: lost connection to encoder {}", v4),
            ("[readarr] 2025-05-02T21:14:07Z Auth failed from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Gaiman{rng.choice(['1865', '1865!', '_Te', '#Chubut'])}",
                f"Trelew_{rng.choice(['Drafod', 'Mimosa', 'Eisteddfod'])}",
                f"Vielha{rng.choice(['#25530', '!Aran', '_Garona'])}",
                f"Wyk_Foehr{rng.choice(['25938', '!', '_Amrum'])}",
                f"SantaCruz{rng.choice(['!Hunsrik', '_51', '#RS'])}",
                rng.choice(["zine", "print", "podcast", "subtitle", "narrator"]).translate(leet) + rng.choice(["", "!", "_63"]),
                f"chapter{rng.randint(1, 40)}-draft{rng.randint(1, 9)}",
                f"{rng.choice(['Bossost', 'Nebel', 'Trevelin', 'Venancio', 'Bredstedt'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Ink', 'Mic', 'Proof', 'Riso'])}{rng.randint(1, 99)}",
                f"{rng.choice(['proof', 'byline', 'colophon'])}-{w()}-{rng.randint(1, 999)}",
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
            ("i pencilled the bookshop wifi on the flyleaf of the signed copy, {}", pw),
            ("the login for the print shop upload is in the zine's colophon, {}", pw),
            ("the cover designer wrote the portal password on the back of the proof, {}", pw),
            ("the radio studio door code is on the bookmark in the rota folder, {}", d(4)),
            ("my agent scribbled the shared folder password in the manuscript margin, {}", pw),
            ("the paper's cms password is on the back of my press pass, {}", pw),
            ("the studio wifi is taped to the microphone boom, {}", pw),
            ("i put the guest login in the show notes draft by mistake, {}", pw),
            ("the copier admin pin is written on the toner box, {}", d(6)),
            ("the copy shop receipt has the upload password printed on it, {}", pw),
            ("the fair organisers put the table wifi on the back of the raffle ticket, {}", pw),
            ("i left the audiobook portal password in the acknowledgements draft, {}", pw),
            ("the subtitle platform login is {}, fix the timing on episode 3 if you get a chance", pw),
            ("the writing group's shared drive password is {}, the prompt for friday is up", pw),
            ("ok the bookshop till password is {}, thanks for covering saturday", pw),
            ("the podcast host account password is {}, can you upload the edit tonight", pw),
            ("the transmitter shed padlock is {}", d(4)),
            # cues in ways no earlier set used
            ("tes passwort is {}, saa's neemand", pw),
            ("a senha do wifi é {}, não passa pra ninguém, bah", pw),
            ("la contraseña del wifi es {}, no se la pases a nadie, che", pw),
            ("cyfrinair y wifi ydy {}, paid â deud wrth neb", pw),
            ("eth mot de passa deth wifi ei {}, non ac digues a digun", pw),
            # commands
            ("$ mysql -u invoiceplane -p{} invoiceplane", colonless),
            ("$ curl -H 'Authorization: Bearer {}' https://keila.zine.local/api/v1/contacts", tok(40, alnum)),
            ("$ curl 'http://readarr.local:8787/api/v1/book?apikey={}'", tok(32, hexl)),
            # pastes
            ("SECRET_KEY_BASE={}", tok(64, alnum)),
            ("DB_URL=postgres://keila:{}@db:5432/keila", colonless),
            ("MAILER_SMTP_PASSWORD={}", pw),
            ("KEILA_PASSWORD={}", pw),
            ("ENCRYPTION_KEY=base64:{}", tok(43, b64) + "="),
            ("DB_PASSWORD={}", pw),
            ('secret_key = "{}"', tok(48, alnum)),
            ('source = "postgres://readeck:{}@db:5432/readeck"', colonless),
            ("  <ApiKey>{}</ApiKey>", tok(32, hexl)),
            ("  <PostgresPassword>{}</PostgresPassword>", pw),
            ("REEDSY_API_KEY={}", tok(40, alnum)),
            ("D2D_API_TOKEN={}", tok(48, hexl)),
            ('  "smtp_password": "{}",', pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.translates', 'x_subs7', 'reads.by.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.translates",
                f"{last}_subs{rng.randint(1, 99)}",
                f"reads.by.{first}",
                f"{first}-zines",
                f"{last}.onair",
                f"{first}{last[:1]}.narrates",
                f"chapter{rng.randint(1, 40)}.{first}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "br": f"{day:02d}/{m:02d}/{year}",
            "ar": f"{day} de {ES_MONTHS_HELDOUT63[m - 1]} de {year}",
            "cy": f"{day} {CY_MONTHS_HELDOUT63[m - 1]} {year}",
            "oc": f"{day} de {ARAN_MONTHS_HELDOUT63[m - 1]} de {year}",
            "de": f"{day:02d}.{m:02d}.{year}",
            "de_long": f"{day}. {DE_MONTHS_HELDOUT63[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["br", "ar", "cy", "oc", "de", "de_long", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the press card renewal wants my date of birth, it's {}", any_shape),
            ("the narrator contract asks for my dob, i put {}", any_shape),
            ("for the translators' association i gave my birthday as {}", any_shape),
            ("the agency's client form wants the author's date of birth, she was born {}", any_shape),
            ("the radio's volunteer list needs my birthday for the licence, {}", any_shape),
            ("a vó nasceu em {}, the radio wants it for the hunsrik hour's guest list", s["br"]),
            ("nací el {}, the fair's trader form asked", s["ar"]),
            ("cefais fy ngeni ar {}, the eisteddfod form wants it", s["cy"]),
            ("que vaguí eth {}, the subtitling contract wants it", s["oc"]),
            ("Data de nascimento: {}", s["br"]),
            ("Fecha de nacimiento: {}", s["ar"]),
            ("Dyddiad geni: {}", s["cy"]),
            ("Data de naishença: {}", s["oc"]),
            ("Geb.-Datum: {}", s["de"]),
            ("Geburtsdatum: {}", s["de_long"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


ES_MONTHS_HELDOUT63 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
CY_MONTHS_HELDOUT63 = (
    "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split()
)
ARAN_MONTHS_HELDOUT63 = "gèr heruèr març abriu mai junh junhsèga agost seteme octobre noveme deseme".split()
DE_MONTHS_HELDOUT63 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)


HELDOUT63_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is translating the first three chapters for the sample",
        "can you ask {} if she can time the subtitles by friday",
        "{} did the subtitles for the documentary in two nights",
        "my agent {} says the query letter is too long",
        "{} turned down the manuscript but wrote a really kind note",
        "{} self-published the poetry book and sold out the first run",
        "{} runs the bookshop on the corner, ask him about the launch",
        "{} writes the weekly column for the paper",
        "{} presents the hunsrik hour on sunday mornings",
        "{} is on the breakfast show rota this week",
        "{} has the table next to ours at the zine fair",
        "{} drew the cover for the comic and wants credit on the back",
        "{} at the copy shop stapled all 200 zines for us",
        "{} is the guest on episode 42 of the podcast",
        "{} narrated the audiobook and the retakes are done",
        "{} chairs the writing group this term",
        "{} took the minutes at the last writing group",
        "tell {} the proofs are back from the printer",
        "i'm meeting {} at the bookshop to sign the stock",
        "{} is translating the novel into fering",
        "{} is doing the aranese subtitles for the festival",
        "{} reads the news in welsh on the radio in gaiman",
        "{} wrote the review in the paper, it was lovely",
        "{} edits the zine and never replies to email",
        "{} still owes us for the table at the comic fair",
        "{} recorded the intro for the podcast in her car",
        "Nain {} still writes a poem for every eisteddfod",
        "Taid {} kept every copy of the drafod since the sixties",
        "sénher {} from the valley radio wants the subtitles in aranese",
        "dauna {} brought the raffle prizes for the book launch",
        "ok so {} is narrating chapters 1 to 10, thanks for sorting the booth",
        "yes {} is the one who does the risograph covers, say hi",
        "Byline: {}",
        "Photos: {}",
        "Translated by {}",
        "Cover art: {}",
        "Pen name of: {}",
        "Subtitles: {}",
        "QC: {}",
        "Narrated by: {}",
        "Agent: {}",
        "Client: {}",
        "Host: {}",
        "Guest: {}",
        "Presenter, 07:00-09:00: {}",
        "Table 12: {}",
        "Print job for: {}",
        "Apologies: {}",
        "Minutes taken by: {}",
        "Apresentação: {}",
        "Traducción: {}",
        "Cyfieithydd: {}",
        "Übersetzung: {}",
        "Traduccion ar aranés: {}",
        "Invoice 2025-118 - {}",
        "| ep. 42 | 58 min | {} |",
        '"author_legal_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "send the author copies to {}",
        "the proofs go to {}, ring twice",
        "the launch is at the bookshop at {}",
        "post the zines to {}",
        "the radio studio moved to {}",
        "the translator's contract goes to {}",
        "my address for the royalty statements is {}",
        "Address: {}",
        "Endereço: {}",
        "Dirección: {}",
        "Anschrift: {}",
        '"mailing_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the translation sample to {}",
        "the agent wants the full manuscript at {}",
        "email the subtitle files to {}",
        "the bookshop orders come from {}",
        "Email (author): {}",
        '"email": "{}",',
        "MAILER_SMTP_FROM_EMAIL={}",
        "KEILA_USER={}",
    ],
    "PHONE_NUMBER": [
        "the print shop's number is {}",
        "call the radio studio on {} during the show",
        "the bookshop's phone is {}, they open at 10",
        "my agent's mobile is {}",
        "ring the narrator on {} about the retakes",
        "Tel.: {}",
        "Telefone: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the print run deposit with {}",
        "the proof copy went on {}",
        "the fair table is on {}",
        "put the booth hire on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the translation fee goes to {}",
        "pay the narrator into {}",
        "send the zine money to {}",
        "the radio's donations go to {}",
        "IBAN: {}",
        "Bankverbindung (IBAN): {}",
    ],
    "USERNAME": [
        "on Inkitt I'm {}",
        "my Scribophile name is {}",
        "Reedsy has me as {}",
        "my ACX login is {}",
        "on Smashwords I'm {}",
        "my Draft2Digital user is {}",
        "on TranslatorsCafe I'm {}",
        "my OpenSubtitles uploader name is {}",
        "on Addic7ed I'm {}",
        "my Tapas comic account is {}",
        "the podcast's Podbean login is {}",
        "on Buzzsprout we're {}",
        "on Crowdin I translate as {}",
        "my Weblate account is {}",
        "find my comic on ComicFury as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT63_MIXED = [
    ("Narrated by: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Agent: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[invoiceplane]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/v1/episodes", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the studio door code, it's {}", ["PERSON", "SECRET"]),
    ("Translator: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Weblate name is {}, the fee goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the subtitles came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the print shop with {}", ["PERSON", "CREDIT_CARD"]),
    ("Nain {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Print job for: {}, deliver to {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT63_NEGATIVES = [
    "Hunsrik is the German dialect spoken in the south of Brazil",
    "Santa Cruz do Sul holds the Oktoberfest every October",
    "a Brazilian name puts the mother's family name before the father's",
    "Nova Petrópolis is on the road up to the Serra Gaúcha",
    "the Hunsrik hour goes out on sunday at 7",
    "the Welsh landed at Puerto Madryn in 1865 on the Mimosa",
    "Gaiman has the tea houses with the black cake",
    "Y Drafod has been printed in Chubut since 1891",
    "Nain and Taid are Welsh for grandmother and grandfather",
    "an Argentine married woman may add de and her husband's name",
    "the Eisteddfod del Chubut is in Trelew every October",
    "a chacra is a numbered farm in the lower Chubut valley",
    "Trevelin means mill town in Welsh",
    "Fering is the Frisian of Föhr and Öömrang the Frisian of Amrum",
    "the ferry from Dagebüll to Wyk takes 45 minutes",
    "many families on Föhr have relatives in New York",
    "the island paper comes out on tuesdays and fridays",
    "the Nordfriisk Instituut is in Bredstedt",
    "Aranese is the Occitan of the Val d'Aran",
    "sénher and dauna are how Aranese writes Mr and Mrs",
    "a Spanish register writes both family names in capitals",
    "the Vielha tunnel is 5.2 km long",
    "junhsèga is July in Aranese and heruèr is February",
    "the zine fair is on 14 June from 11:00 to 17:00",
    "tables at the comic fair cost 35 for the day",
    "the print run is 500 copies on 100 gsm paper",
    "the cover is 300 gsm with a matt laminate",
    "the riso prints two colours, teal and fluorescent pink",
    "the novel is 87,000 words and the sample is 5,000",
    "chapter 12 needs three retakes",
    "the audiobook runs 9 hours 41 minutes",
    "episode 42 is out on thursday",
    "00:01:23,456 --> 00:01:25,000 is one subtitle line",
    "subtitles should stay under 42 characters a line",
    "the station is on 104.9 FM and streams at 128 kbps",
    "section 2.3.1.4 of the style guide covers dialogue",
    "ISBN 978-3-16-148410-0 is the example ISBN",
    "ISBN 978-85-359-0277-5 is the Brazilian example",
    "order 88213 shipped on monday",
    "invoice 2025-118 is paid",
    "the proof copy costs 4.85 plus postage",
    "the agent takes 15 percent on home sales",
    "the query letter should be under 400 words",
    "the writing group meets on the first wednesday at 19:30",
    "Gráfica Mallmann and Editora Kunz are old print shops in Santa Cruz",
    "Hughes & Hijos is a printer in Trelew named after its founder",
    "the bookshop opens 10 to 6, closed on sundays",
    "Keila 0.15 added double opt-in",
    "InvoicePlane 1.6 needs PHP 8",
    "Readeck 0.17 changed the config file",
    "Readarr has been retired upstream",
    "fixed in commit 4e7b2d9, see the changelog",
    "SECRET_KEY_BASE=<run mix phx.gen.secret>",
    "ENCRYPTION_KEY=",
    "DB_PASSWORD=changeme",
    "password: ********",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the mastercard test number",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "ES91 2100 0418 4502 0005 1332 is the example IBAN in the docs",
    "write to author@example.com on the form",
    "192.0.2.63 is a documentation address",
    "198.51.100.7 is a documentation address",
    "2001:db8:63::1 is a documentation address",
    "96810-000 is the postcode for the centre of Santa Cruz do Sul",
    "U9105 is Gaiman's postcode",
    "25938 is Wyk auf Föhr",
    "25530 is Vielha",
    "call 112 for an emergency in Spain or Germany",
    "the proofs are 10 minutes away",
    "did the printer email back yet",
    "bring the long-arm stapler, ours broke",
    "the mic is clipping again",
    "ok the cover works, barely",
    "yes the zines are all folded, thanks",
    "the booth smells of old carpet",
    "WE SOLD OUT OF THE ZINE",
]  # fmt: skip


def _typo63(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as a proofreader would mark them, a short word
    typed twice ('the the', 'to to'), or a phone's text recognition reading an 'm' as 'rn' ('time' ->
    'tirne'). Only in sentences typed to the bot or a friend; a title stays as written."""
    if not _chat_like(template):
        return template
    words = list(DOUBLED_WORD_HELDOUT63.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.end()] + " " + m.group(1) + template[m.end() :]
    m_words = [m for m in M_WORD_HELDOUT63.finditer(template) if m.group(1).lower() not in TITLED_HELDOUT63]
    if not m_words:
        return template
    m = rng.choice(m_words)
    word = m.group(1)
    i = word.index("m")
    return template[: m.start()] + word[:i] + "rn" + word[i + 1 :] + template[m.end() :]


def build_heldout63(seed: int = HELDOUT63_SEED) -> list[Example]:
    """Held-out set 63: `Gen63` values in `HELDOUT63_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen63(seed)
    return assemble_module_set(
        gen, HELDOUT63_TEMPLATES, HELDOUT63_MIXED, HELDOUT63_NEGATIVES, _typo63, person=gen.person_for
    )
