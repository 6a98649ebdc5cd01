"""Held-out PII set 84 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout84": written before round 52 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT84 is empty, as for
held-out 16 to 82; written at the same time as held-out 83, the two authors split the world between them: 84
takes libraries, archives and museums (readers' tickets, archive search rooms, museum volunteers and guides,
local-history societies, donations of family papers, interlibrary loans, reading groups, digitisation
projects), 83 takes travelling shows); hand-written lists of the Tabarchini of Carloforte on San Pietro and of
Calasetta on Sant'Antioco, the Ligurian-speaking islanders whose forebears came from Tabarka (the civic
museum's volunteers, the parish archive's registers, the library's reading room and the emigrants' letters
given to the local-history society; Ligurian and Sardinian given names ('Agostino', 'Nicolò', 'Efisio', 'Gio
Batta', 'Benedetta', 'Luigina', 'Maria Rosa'), Tabarchino family names ('Rivano', 'Borghero', 'Biggio',
'Luxoro', 'Vallebona', 'Granara', 'Pomata'), a parish register's 'FAMILY Given fu Father' with the late
father's name inside the span ('RIVANO Agostino fu Nicolò'), a widow's 'ved.' inside the span ('Caterina
Borghero ved. Biggio'), and 'messiavo' before a man's and 'madonnava' before a woman's given name, the old
Genoese 'grandfather' and 'grandmother', outside the span), the Vilamovians of Wilamowice in Silesia (the
local-history society, the revival of Wymysiöeryś, the parish archive, the digitised letters and the
dictionary's volunteers; Polish given names as the town gives them ('Józef', 'Florian', 'Franciszek',
'Rozalia', 'Bronisława', 'Justyna'), Wilamowice family names ('Biba', 'Danek', 'Foks', 'Formas', 'Hanusz',
'Hejda', 'Kacorzyk', 'Zejma') and a woman's in '-ska' ('Mynarska'), a Polish list's 'Family Given'
('Hanusz Józef'), a married woman's birth name after 'z d.' inside the span ('Rozalia Zejma z d. Biba'),
and 'ks.' before a priest's and 'mgr' before a graduate's full name, as a catalogue writes them, outside the
span), the Naxi of Lijiang's old town, Baisha and Shuhe in Yunnan (the Dongba manuscripts' archive and its
digitisation, the museum's guides, the reading room of the county library; Naxi family names ('He', 'Mu',
'Niu' and the common 'Yang', 'Li', 'Zhao'), given names in pinyin ('Jixiang', 'Wenguang', 'Shaoxian',
'Xiuying', 'Yulan', 'Yanmei'), the family name first ('He Jixiang'), in capitals ('HE Jixiang'), with the
tone marks ('Hé Jíxiáng'), the given name first in an English catalogue's credits ('Wenguang Mu'), and
'dongba' before a ritual scholar's full name, outside the span) and the Black Seminoles, the Mascogos, of
Brackettville in Texas and El Nacimiento de los Negros in Coahuila (the Seminole scouts' cemetery
association, the family papers given to the county's historical society and the oral-history recordings;
English and Spanish given names ('Isaac', 'Clarence', 'Curtis', 'Ezequiel', 'Ethel', 'Gracie', 'Gertrudis',
'Willie Mae'), the scouts' family names ('Warrior', 'July', 'Payne', 'Factor', 'Bowlegs', 'Kibbetts',
'Perryman', 'Bruner'), some of them English words, a cemetery list's 'FAMILY, Given' ('PAYNE, Isaac'),
Mexico's two family names ('Gertrudis Warrior Vázquez'), and 'Deacon' before a man's and 'Sister' before a
woman's name, as the church writes them, outside the span); names on a reader's ticket, an archive request
slip, a donation register, a deed of gift, a volunteer rota, a provenance note in a catalogue, an
interlibrary loan form, a reading group's list, a digitisation project's credits, an oral-history consent
form and an invoice; a museum, an archive, a society or a foundation that carries a family name ('Fondo
Rivano', 'Archiwum Rodziny Hanuszów', 'He Family Dongba Collection', 'Kibbetts Papers') no person either,
a ticket's, a slip's, a box's, a folder's, a shelfmark's, an accession's or an ISBN's number no secret; a
reader's ticket's ('Reader:', 'Lettore:', 'Czytelnik:', '读者:'), a request slip's ('Requested by:',
'Richiedente:', 'Zamawiający:'), a donation register's ('Donor:', 'Donatore:', 'Darczyńca:', 'Donante:'), a
deed of gift's ('Deed of gift signed by:'), a rota's ('Front desk:', 'Gallery steward:', 'Turno:'), a
catalogue's ('Provenance:', 'Scribe:', 'Transcribed by:', 'Collector:'), an interlibrary loan's
('ILL requester:', 'Wypożyczający:'), a reading group's ('Group lead:'), a digitisation project's
('Scanned by:', 'Metadata:'), an oral history's ('Interviewee:', 'Narrator:', 'Entrevistada:') and an
invoice's ('Fattura intestata a:', 'Faktura dla:', 'Bill to:') fields; over three quarters of the sentences
typed to the bot or a friend: the reader's ticket that ran out, the request slips and the boxes that came
up late, the microfilm reader that jams, the pencil-only rule, the museum's volunteer rota and the school
visit, the local-history society's talk, the grandmother's letters given to the archive, the deed of gift
to sign, the interlibrary loan from Kraków, the reading group's book, the Dongba manuscripts on the scanner,
the oral-history recording at the cemetery and the donation receipt; self-hosted apps' config no earlier set
pasted: Evergreen ILS's opensrf.xml and opensrf_core.xml for the county library, Archivematica's .env for
the archive's digital preservation, Islandora's isle-dc .env for the museum's digital collection and
Greenstone3's build.properties for the manuscripts' digital library; those regions' addresses (Carloforte's
'Via XX Settembre 12, 09014 Carloforte (SU)', Calasetta's '09011', a hamlet's 'Località La Caletta, 09014
Carloforte (SU)' and Cagliari's 'Via Sonnino 45, 09127 Cagliari CA', Wilamowice's 'ul. Rynek 5, 43-330
Wilamowice', a flat's 'ul. Hałcnowska 12 m. 4', a village's house number alone ('Dankowice 214, 43-331
Dankowice') and Bielsko-Biała's '43-300', Lijiang's 'No. 45 Xinyi Street, Gucheng District, Lijiang, Yunnan
674100', the pinyin of a Chinese address in its own order ('Yunnan Sheng Lijiang Shi Gucheng Qu Xinyi Jie 45
Hao') and Baisha's village, Brackettville's '402 W Spring St, Brackettville, TX 78832' and its post office
box, Del Rio's '78840' and El Nacimiento's 'Calle Hidalgo s/n, El Nacimiento de los Negros, Melchor Múzquiz,
Coah., C.P. 26340') and phones (Carloforte's '0781 85', Italian mobiles '3xx' and '+39 3', Wilamowice's
'33 845', Polish mobiles '5xx', '6xx' and '+48', Lijiang's '0888-5', Chinese mobiles '13x', '15x', '18x' and
'+86', Brackettville's '(830) 563-', Múzquiz's '864 616' and '+52 864'); Visa, Mastercard 51 and 53, China
UnionPay 62 and Amex 37 as a reader's fee, a scan order, a membership or a donation take them; IBANs of
Italy, Poland, France (a Carloforte emigrant's) and Switzerland; IPs of the reading room's microfilm scanner,
the museum's climate loggers, the book scanner, the loan kiosk, the RFID gate, the NAS with the master
files, the audio-guide server, the society's projector and the pastes above, v6 in 240e:, 2408:, 2806:,
2a02:a31: and 2600:387: ranges; passwords handed over in ways no earlier set used (on the back of the
reader's ticket, pencilled on an archive request slip, inside the lid of an acid-free box, on the volunteer
rota in the cloakroom, on the locker key's tag, taped to the microfilm reader, in the accession register's
margin, on the donation receipt's carbon, in the reading group's notebook, on the scanner room's
whiteboard), Carloforte ('Carloforte09014!', 'Tabarka#1738'), Wilamowice ('Wilamowice43330',
'Wymysoy#33'), Lijiang ('Lijiang674100', 'Dongba#0888'), Brackettville ('Brackettville78832',
'FortClark#830'), archive words in leetspeak ('4rch1v3', 'mus3um'), a box and a folder ('Box12-Folder3')
and a shelfmark and a year ('MS214-2025'), and cues in Tabarchino ('a parolla segretta a l'è ..., no dîlo
a nisciûn'), Polish ('hasło to ..., nikomu nie mów'), Mandarin in pinyin ('mima shi ..., bie gaosu bieren')
and Spanish as El Nacimiento says it ('la contraseña es ..., no se la digas a nadie'); usernames on
Europeana, the Internet Archive, Wikimedia Commons, Wikisource, Douban, Polona, Geneteka, Antenati,
HathiTrust, WorldCat, Historypin and FromThePage, shapes like 'x.archiwum', 'x_dongba', 'tabarkin.x',
'x-wymysoy', 'x.readingroom', 'xx_scout', 'lib.x12' and 'x.carloforte'; dates of birth for a reader's
ticket, an archive's registration, a volunteer's form, an oral history's consent form, a library card and a
donation register, in Italian ('nata il 14 marzo 1958') and an Italian form's '14/03/1958', Polish ('urodziłam
się 14 marca 1958') and a Polish form's '14.03.1958', Chinese ('1958年3月14日') and a Chinese ID's eight digits
('19580314'), an American form's '03/14/1958', Spanish ('nací el 14 de marzo de 1958') and an export's ISO
date, a child's library card now and then; typos as a reader types in the search room: a library word's
well-known misspelling ('genealogy' -> 'geneology', 'cemetery' -> 'cemetary', 'library' -> 'libary',
'museum' -> 'musuem', 'manuscript' -> 'manuscipt'), or a reader's shorthand creeping into chat
('manuscript' -> 'ms', 'reference' -> 'ref', 'photographs' -> 'photos', 'information' -> 'info', 'about' ->
'abt'); negatives with the same regions' places, the titles and the name forms explained, tickets, slips,
boxes, folders, shelfmarks, accession numbers, call numbers and ISBNs alone, opening hours, fees, dates
that are no birthdays, postcodes alone, collections named after families, versions, a commit, placeholder
secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6),
emergency numbers every user shares, and short everyday chat; no public figure is named).

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

HELDOUT84_SEED = 5293817
# no faker name locale, as in held-out 16 to 82: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT84: list[str] = []
# libraries, archives and museums (held-out 83, written at the same time, takes travelling shows); each
# origin: (men's given names, women's given names, family names); ';' separates names, as some hold a space
NAMES_HELDOUT84: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Tabarchini of Carloforte and Calasetta: the civic museum's volunteers, the parish archive, the library
    "tabarchino": ("Agostino;Nicolò;Efisio;Stefano;Giacomo;Pasquale;Gio Batta;Sebastiano;Emanuele;Salvatore".split(";"),
                   "Caterina;Rosa;Teresa;Maria Rosa;Benedetta;Luigina;Agnese;Giuseppina;Anna Maria;Rita".split(";"),
                   "Rivano;Borghero;Biggio;Luxoro;Vallebona;Granara;Repetto;Parodi;Ferraro;Pomata;Rombi;Cipollina".split(";")),
    # Vilamovians of Wilamowice: the local-history society, the language revival, the parish archive
    "vilamovian": ("Józef;Jan;Franciszek;Florian;Stanisław;Andrzej;Jakub;Tadeusz;Ryszard;Wojciech".split(";"),
                   "Zofia;Elżbieta;Rozalia;Katarzyna;Helena;Emilia;Anna;Bronisława;Justyna;Ewa".split(";"),
                   "Biba;Danek;Foks;Formas;Hanusz;Hejda;Kacorzyk;Mynarski;Sznajder;Zejma;Pyka;Mosler;Kasperczyk".split(";")),
    # Naxi of Lijiang, Baisha and Shuhe: the Dongba manuscripts' archive, the museum's guides, the library
    "naxi": ("Jixiang;Wenguang;Zhengwu;Kaixiang;Shaoxian;Guowei;Lixin;Jiahua".split(";"),
             "Lihua;Xiuying;Meizhen;Yuzhen;Guifang;Yulan;Xiuzhen;Yanmei".split(";"),
             "He;He;He;Mu;Niu;Yang;Li;Zhao".split(";")),
    # Black Seminoles (Mascogos) of Brackettville and El Nacimiento: the scouts' cemetery, the family papers
    "mascogo": ("Isaac;Clarence;Curtis;Ben;William;Alfredo;Ezequiel;Manuel;Lorenzo;Rudolph".split(";"),
                "Ethel;Gracie;Alice;Willie Mae;Gertrudis;Lupe;Rosalinda;Petra;Dolores;Miriam".split(";"),
                "Warrior;July;Payne;Factor;Bowlegs;Kibbetts;Perryman;Daniels;Fay;Bruner;Wilson;Vázquez".split(";")),
}  # fmt: skip
# the pinyin with its tone marks, as a Chinese catalogue's romanisation writes it
TONES_HELDOUT84 = {
    "He": "Hé", "Mu": "Mù", "Niu": "Niú", "Yang": "Yáng", "Li": "Lǐ", "Zhao": "Zhào",
    "Jixiang": "Jíxiáng", "Wenguang": "Wénguāng", "Zhengwu": "Zhèngwǔ", "Kaixiang": "Kāixiáng",
    "Shaoxian": "Shàoxiān", "Guowei": "Guówěi", "Lixin": "Lìxīn", "Jiahua": "Jiāhuá", "Lihua": "Lìhuá",
    "Xiuying": "Xiùyīng", "Meizhen": "Měizhēn", "Yuzhen": "Yùzhēn", "Guifang": "Guìfāng", "Yulan": "Yùlán",
    "Xiuzhen": "Xiùzhēn", "Yanmei": "Yànméi",
}  # fmt: skip
# a title next to the name (outside the span): the origin, whether a woman (None: either) and whether the
# title stands before the full name rather than the given name alone
TITLED_HELDOUT84: dict[str, tuple[str, bool | None, bool]] = {
    "messiavo": ("tabarchino", False, False),  # the old Genoese 'grandfather'
    "madonnava": ("tabarchino", True, False),  # and 'grandmother'
    "ks.": ("vilamovian", False, True),  # 'ksiądz', a priest in a catalogue
    "mgr": ("vilamovian", None, True),  # 'magister', a graduate's title in Polish
    "dongba": ("naxi", False, True),  # a ritual scholar who reads the manuscripts
    "deacon": ("mascogo", False, False),  # as the church writes them
    "sister": ("mascogo", True, False),
}
TITLE_SLOT_HELDOUT84 = re.compile(
    r"(?<![\w'.-])(Messiavo|Madonnava|Ks\.|Mgr|Dongba|Deacon|Sister) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Carloforte donor's, a Wilamowice member's, an emigrant's in France, a Swiss
# reader's
IBAN_SHAPES_HELDOUT84 = {"IT": "1a10n12c", "PL": "24n", "FR": "10n11c2n", "CH": "5n12c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT84 = ["archivio", "museo", "biblioteca", "tabarka", "archiwum", "muzeum", "wymysoy", "kronika",
                      "dongba", "lijiang", "tushuguan", "bowuguan", "scouts", "cemetery", "history", "papers",
                      "readingroom", "library", "volunteer", "digitise", "oralhistory", "ill", "donations",
                      "genealogy"]  # fmt: skip
# a library word and its well-known misspelling
MISSPELT_HELDOUT84 = {
    "genealogy": "geneology", "cemetery": "cemetary", "library": "libary", "museum": "musuem",
    "manuscript": "manuscipt", "separate": "seperate", "definitely": "definately", "necessary": "neccessary",
    "February": "Febuary", "catalogue": "catalouge", "acquisition": "aquisition", "archive": "archieve",
    "volunteer": "volunter", "photograph": "photgraph", "received": "recieved",
}  # fmt: skip
MISSPELT_WORD_HELDOUT84 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT84, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a reader's shorthand creeping into chat
SHORTHAND_HELDOUT84 = {
    "manuscripts": "mss", "manuscript": "ms", "reference": "ref", "photographs": "photos",
    "information": "info", "about": "abt", "tomorrow": "tmrw", "because": "bc", "volunteers": "vols",
    "collection": "coll", "thanks": "thx",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT84 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT84, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Nicolò' -> 'Nicolo', 'Vázquez' -> 'Vazquez', 'Hé' ->
    'He')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Gio Batta' -> 'giobatta',
    'Elżbieta' -> 'elzbieta', 'Stanisław' -> 'stanislaw')."""
    name = name.replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _polish_feminine(last: str) -> str:
    """A Polish family name as a woman carries it: '-ski' takes '-ska' ('Mynarski' -> 'Mynarska'); the others
    stay ('Biba', 'Hanusz')."""
    return last[:-1] + "a" if last.endswith(("ski", "cki")) else last


class Gen84(Gen3):
    """Generators for held-out set 84: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT84."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT84))
        men, women, lasts = NAMES_HELDOUT84[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        if origin == "vilamovian" and woman:
            last = _polish_feminine(last)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "tabarchino":
            if r < 0.25:  # a parish register: 'RIVANO Agostino fu Nicolò'
                father = rng.choice([x for x in NAMES_HELDOUT84["tabarchino"][0] if x != first])
                return f"{last.upper()} {first} fu {father}"
            if r < 0.4 and woman:  # a widow: 'Caterina Borghero ved. Biggio'
                husband = rng.choice([x for x in NAMES_HELDOUT84["tabarchino"][2] if x != last])
                return f"{first} {last} ved. {husband}"
        if origin == "vilamovian":
            if r < 0.25:  # a Polish list: 'Hanusz Józef'
                return f"{last} {first}"
            if r < 0.45 and woman:  # her birth name: 'Rozalia Zejma z d. Biba'
                born = _polish_feminine(
                    rng.choice([x for x in NAMES_HELDOUT84["vilamovian"][2] if x != last])
                )
                return f"{first} {last} z d. {born}"
        if origin == "naxi":
            if r < 0.2:  # in capitals: 'HE Jixiang'
                return f"{last.upper()} {first}"
            if r < 0.35:  # with the tone marks: 'Hé Jíxiáng'
                return f"{TONES_HELDOUT84[last]} {TONES_HELDOUT84[first]}"
            if r < 0.5:  # an English catalogue's credits: 'Wenguang Mu'
                return f"{first} {last}"
            return f"{last} {first}"  # the family name first: 'He Jixiang'
        if origin == "mascogo":
            if r < 0.25:  # a cemetery list: 'PAYNE, Isaac'
                return f"{last.upper()}, {first}"
            if r < 0.4:  # Mexico's two family names: 'Gertrudis Warrior Vázquez'
                second = rng.choice([x for x in NAMES_HELDOUT84["mascogo"][2] if x != last])
                return f"{first} {last} {second}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.7:
            name = self._full(origin, first, last, woman)
        elif r < 0.9:
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
        """A name for a title written next to it ('messiavo Efisio', 'madonnava Benedetta', 'ks. Józef Hanusz',
        'mgr Zofia Mynarska', 'dongba He Jixiang', 'Deacon Isaac', 'Sister Ethel Payne'), from the origin that
        uses it."""
        origin, woman, full = TITLED_HELDOUT84[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if origin == "naxi":
            return f"{last} {first}"
        if full or self.rng.random() < 0.4:
            return f"{first} {last}"
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT84.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 160)
        village = pick(["Dankowice", "Hecznarowice", "Pisarzowice", "Stara Wieś"])
        shapes = [
            f"Via {pick(['XX Settembre', 'Danero', 'Solferino', 'Gramsci'])} {rng.randint(1, 60)}, 09014 Carloforte (SU)",
            f"Corso {pick(['Cavour', 'Battellieri', 'Tagliafico'])} {rng.randint(1, 40)}, 09014 Carloforte (SU)",
            f"Località {pick(['La Caletta', 'Spalmatore', 'Tacche Bianche'])}, 09014 Carloforte (SU)",
            f"Via {pick(['Roma', 'Regina Margherita', 'Savoia'])} {rng.randint(1, 90)}, 09011 Calasetta (SU)",
            f"Via {pick(['Sonnino', 'Dante', 'Garibaldi'])} {rng.randint(1, 120)}, 0912{rng.randint(1, 9)} Cagliari CA",
            f"ul. {pick(['Rynek', 'Hałcnowska', 'Żeromskiego', 'Kasztanowa'])} {rng.randint(1, 40)}, 43-330 Wilamowice",
            f"ul. {pick(['Hałcnowska', 'Krakowska', 'Paderewskiego'])} {rng.randint(1, 60)} m. {rng.randint(1, 30)}, 43-330 Wilamowice",
            f"{village} {n}, 43-33{pick('0123')} {village}",
            f"ul. {pick(['Cieszyńska', 'Piastowska', 'Wyzwolenia'])} {rng.randint(1, 200)}/{rng.randint(1, 40)}, 43-300 Bielsko-Biała",
            f"No. {rng.randint(1, 99)} {pick(['Xinyi Street', 'Wuyi Street', 'Qiyi Street'])}, Gucheng District, Lijiang, Yunnan 674100",
            f"Yunnan Sheng Lijiang Shi Gucheng Qu {pick(['Xinyi Jie', 'Wuyi Jie', 'Guangyi Jie'])} {rng.randint(1, 99)} Hao",
            f"{pick(['Baisha', 'Yuhu', 'Shuhe'])} Village, {pick(['Baisha Town', 'Shuhe Subdistrict'])}, Yulong County, Lijiang, Yunnan 674107",
            f"{rng.randint(100, 899)} {pick(['W Spring St', 'N Ann St', 'S Fort Clark Blvd', 'James St'])}, Brackettville, TX 78832",
            f"PO Box {rng.randint(10, 999)}, Brackettville, TX 78832",
            f"{rng.randint(100, 3999)} {pick(['Veterans Blvd', 'E Gibbs St', 'Bedell Ave'])}, Del Rio, TX 78840",
            f"Calle {pick(['Hidalgo', 'Juárez', 'Morelos'])} s/n, El Nacimiento de los Negros, Melchor Múzquiz, Coah., C.P. 26340",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT84)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 2008)}",
                           f"{subject}_{first}", f"{last}-{first[:3]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "libero.it", "tiscali.it", "alice.it", "wp.pl", "onet.pl", "interia.pl",
                             "o2.pl", "163.com", "qq.com", "126.com", "yahoo.com", "outlook.com", "hotmail.com",
                             "icloud.com", "prodigy.net.mx"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0781 85{d(4)}",  # Carloforte
            f"3{rng.choice('2479')}{d(1)} {d(3)} {d(4)}",  # Italian mobiles
            f"+39 3{rng.choice('2479')}{d(1)} {d(3)} {d(4)}",
            f"33 845 {d(2)} {d(2)}",  # Wilamowice
            f"{rng.choice('5678')}{d(2)} {d(3)} {d(3)}",  # Polish mobiles
            f"+48 {rng.choice('56')}{d(2)} {d(3)} {d(3)}",
            f"0888-5{d(6)}",  # Lijiang
            f"1{rng.choice('358')}{d(1)} {d(4)} {d(4)}",  # Chinese mobiles
            f"+86 1{rng.choice('358')}{d(1)} {d(4)} {d(4)}",
            f"(830) 563-{d(4)}",  # Brackettville
            f"864 616 {d(4)}",  # Múzquiz
            f"+52 864 {d(3)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "51", "53", "62", "37"])
        if prefix == "37":  # Amex: 15 digits in 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.7:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT84))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT84[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the reading room's microfilm scanner, the museum's climate loggers,
        the book scanner, the loan kiosk, the RFID gate, the NAS with the master files, the audio-guide
        server, the society's projector and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"240e:{h()}:{h()}:{h()}::{h()}", f"2408:{h()}:{h()}:{h()}::{h()}", f"2806:{h()}:{h()}::{h()}",
                         f"2a02:a31:{h()}:{h()}::{h()}", f"2600:387:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the microfilm scanner in the reading room is on {}, it jams every third reel", v4),
            ("the climate logger in the museum store reports from {}, humidity was 71 last night", rng.choice([v4, v6])),
            ("the book scanner for the dongba manuscripts came back as {} after the power cut", v4),
            ("the self-service loan kiosk got {} and now it won't print receipts", v4),
            ("the rfid gate at the library door answers on {}", v4),
            ("the nas with the tiff master files is {}, don't let the volunteers delete anything", rng.choice([v4, v6])),
            ("the audio guide server in the museum is on {}, the chinese track keeps stopping", v4),
            ("the projector for the local history society talk is {}", v4),
            ("the evergreen box for the county library runs on {}", rng.choice([v4, v6])),
            ("the archivematica dashboard is at {}, the transfer failed again", v4),
            ("  <host>{}</host>", v4),
            ("ARCHIVEMATICA_DASHBOARD_CLIENT_HOST={}", v4),
            ("DRUPAL_DEFAULT_DB_HOST={}", v4),
            ("tomcat.server={}", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-03-11 09:14:22 WARN opensrf: auth failed for 'circdesk' from {}", v4),
            ("[archivematica] 2025-03-12T16:02:41Z ERROR storage service unreachable at {}", v4),
            ("$ psql -h {} -U evergreen evergreen", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Carloforte', 'Tabarka', 'Calasetta'])}{rng.choice(['09014!', '#1738', '_0781'])}",
                f"{rng.choice(['Wilamowice', 'Wymysoy', 'Halcnow'])}{rng.choice(['43330', '#33', '!845'])}",
                f"{rng.choice(['Lijiang', 'Dongba', 'Baisha'])}{rng.choice(['674100', '#0888', '!86'])}",
                f"{rng.choice(['Brackettville', 'FortClark', 'Nacimiento'])}{rng.choice(['78832', '#830', '_26340'])}",
                rng.choice(["archive", "museum", "library", "scanner", "readers"]).translate(leet) + rng.choice(["", "!", "_84"]),
                f"Box{rng.randint(1, 60)}-Folder{rng.randint(1, 30)}",
                f"MS{rng.randint(100, 999)}-{rng.randint(2019, 2026)}",
                f"{rng.choice(['reels', 'vellum', 'folio', 'ledger'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        xml_safe = re.sub(r"[<>&]", "", pw)
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the catalogue login is on the back of my reader's ticket, {}", pw),
            ("someone pencilled the scanner password on a request slip, {}", pw),
            ("the dongba archive wifi is written inside the lid of box 12, {}", pw),
            ("the volunteer portal password is on the rota in the cloakroom, {}", pw),
            ("the locker pc login is on the key tag, {}", pw),
            ("the microfilm reader has its admin password taped to the side, {}", pw),
            ("the collections database password is in the margin of the accession register, {}", pw),
            ("the donations site login is on the carbon of the donation receipt, {}", pw),
            ("the reading group's shared drive password is in the back of the notebook, {}", pw),
            ("the digitisation nas password is on the scanner room whiteboard, {}", pw),
            ("the strongroom door code is {}, don't give it to the readers", d(4)),
            ("the museum store alarm code is {}, set it when you leave", d(4)),
            ("ok the evergreen admin password is {}, do the overdue notices tonight", pw),
            ("my europeana api key is {}, use it for the upload", tok(20, alnum)),
            ("the oral history recorder app password is {}, the interview is at 3", pw),
            # cues in ways no earlier set used
            ("a parolla segretta a l'è {}, no dîlo a nisciûn", pw),
            ("hasło to {}, nikomu nie mów", pw),
            ("mima shi {}, bie gaosu bieren", pw),
            ("la contraseña es {}, no se la digas a nadie", pw),
            # commands
            ("$ mysql -u archivematica -p{} MCP", colonless),
            ("$ psql postgresql://evergreen:{}@localhost:5432/evergreen", colonless),
            ("$ drush user:password admin '{}'", colonless),
            # pastes
            ("  <pw>{}</pw>", xml_safe),
            ("    <passwd>{}</passwd>", xml_safe),
            ("ARCHIVEMATICA_DASHBOARD_CLIENT_PASSWORD={}", pw),
            ("ARCHIVEMATICA_MCPCLIENT_CLIENT_PASSWORD={}", pw),
            ("SS_DB_PASSWORD={}", pw),
            ("ARCHIVEMATICA_DASHBOARD_DASHBOARD_SECRET_KEY={}", tok(50, alnum)),
            ("DRUPAL_DEFAULT_ACCOUNT_PASSWORD={}", pw),
            ("DRUPAL_DEFAULT_DB_PASSWORD={}", pw),
            ("FEDORA_ADMIN_PASSWORD={}", pw),
            ("DRUPAL_DEFAULT_SALT={}", tok(64, hexl)),
            ("mysql.admin.password={}", pw),
            ("admin.password={}", pw),
            ("AWS_SECRET_ACCESS_KEY={}", tok(40, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.archiwum', 'x_dongba', 'tabarkin.x', 'lib.x12')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.archiwum",
                f"{last}_dongba",
                f"tabarkin.{first}",
                f"{first}-wymysoy",
                f"{last}.readingroom",
                f"{first[:1]}{last[:1]}_scout",
                f"lib.{first}{rng.randint(1, 80)}",
                f"{last}.carloforte",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format; a child's library card
        now and then."""
        if self.rng.random() < 0.2:
            dt = self.f().date_of_birth(minimum_age=1, maximum_age=17)
        else:
            dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "it": f"{day} {IT_MONTHS_HELDOUT84[m - 1]} {year}",
            "itf": f"{day:02d}/{m:02d}/{year}",
            "pl": f"{day} {PL_MONTHS_HELDOUT84[m - 1]} {year}",
            "plf": f"{day:02d}.{m:02d}.{year}",
            "zh": f"{year}年{m}月{day}日",
            "id": f"{year}{m:02d}{day:02d}",
            "us": f"{m:02d}/{day:02d}/{year}",
            "es": f"{day} de {ES_MONTHS_HELDOUT84[m - 1]} de {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["it", "itf", "pl", "plf", "zh", "us", "es", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("sono nata il {}, lo chiedono per la tessera della biblioteca", s["it"]),
            ("my nonna was born in carloforte on {}, the archive wants it for the deed of gift", s["it"]),
            ("urodziłam się {}, potrzebne do karty czytelnika", s["pl"]),
            ("the society needs my son's date of birth for the junior membership, {}", s["pl"]),
            ("wo de shengri shi {}, the library card form wants it", s["zh"]),
            ("the reading room registration asks for the number on my id, born {}", s["id"]),
            ("nací el {}, lo piden para la entrevista de historia oral", s["es"]),
            ("the oral history consent form wants the narrator's birthday, {}", s["us"]),
            ("the museum volunteer form asks for my dob, it's {}", any_shape),
            ("my daughter's library card needs her date of birth, {}", any_shape),
            ("the archive wants the donor's date of birth for the register, {}", any_shape),
            ("Data di nascita: {}", s["itf"]),
            ("Data urodzenia: {}", s["plf"]),
            ("出生日期: {}", s["zh"]),
            ("DOB (MM/DD/YYYY): {}", s["us"]),
            ("Fecha de nacimiento: {}", s["es"]),
            ('  "reader_birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in Italian, Polish (genitive) and Spanish
IT_MONTHS_HELDOUT84 = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
)
PL_MONTHS_HELDOUT84 = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
ES_MONTHS_HELDOUT84 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)


HELDOUT84_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on the front desk of the museum on saturday mornings",
        "can you ask {} if the boxes from the parish archive came up yet",
        "{} gave the archive the family's letters from tunisia",
        "{} runs the local history society talk on thursday",
        "{} is scanning the dongba manuscripts this week",
        "{} signed the deed of gift for the family papers",
        "{} guides the school visit through the tuna fishing room",
        "{} ordered the book on interlibrary loan from krakow",
        "{} forgot to renew the reader's ticket again",
        "{} picks the book for the reading group next month",
        "{} does the metadata for the digitised letters",
        "{} recorded the oral history at the cemetery",
        "{} has the key to the strongroom this week, i'm away",
        "{} found a great grandfather in the 1881 register lol",
        "{} wants to give the museum his father's fishing nets",
        "{} transcribes the old wymysorys songs for the dictionary",
        "{} lost the request slip for box 14, we ordered it again",
        "{} is the new volunteer in the store, show them the gloves",
        "{} owes the library for the lost book",
        "i'm meeting {} at the archive search room at 10",
        "{} said the microfilm reader is fixed",
        "ok so {} does the photos and {} writes the captions",
        "{} will wait at the museum gate with the visitors",
        "{} reads the manuscripts aloud for the recording",
        "tell {} the reading room closes early on friday",
        "{} knows every grave in the scouts' cemetery",
        "yes {} is bringing the acid free boxes tomorrow",
        "{} fell asleep in the reading room haha",
        "{} catalogued the whole photo collection alone, how",
        "messiavo {} still tells the tabarka stories to the school kids",
        "madonnava {} gave the museum her wedding dress",
        "the letters were donated by ks. {} in 1998",
        "the dictionary was checked by mgr {} last year",
        "dongba {} reads the old manuscripts for the museum",
        "Deacon {} keeps the cemetery records",
        "Sister {} sang on the oral history tape",
        "Reader: {}",
        "Lettore: {}",
        "Czytelnik: {}",
        "读者: {}",
        "Requested by: {}",
        "Richiedente: {}",
        "Zamawiający: {}",
        "Donor: {}",
        "Donatore: {}",
        "Darczyńca: {}",
        "Donante: {}",
        "Deed of gift signed by: {}",
        "Front desk: {}",
        "Gallery steward: {}",
        "Turno: {}",
        "Provenance: given to the society by {}",
        "Scribe: {}",
        "Transcribed by: {}",
        "Collector: {}",
        "ILL requester: {}",
        "Wypożyczający: {}",
        "Group lead: {}",
        "Scanned by: {}",
        "Metadata: {}",
        "Interviewee: {}",
        "Narrator: {}",
        "Entrevistada: {}",
        "Fattura intestata a: {}",
        "Faktura dla: {}",
        "Bill to: {}",
        "| Sat 10:00 | Gallery 2 | {} | confirmed |",
        '"donor_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the museum is at {}, the door is round the side",
        "my new address is {}, update my reader's ticket",
        "send the scans to {} on a usb stick",
        "the society meets at {}",
        "the family papers are still at {}, in the attic",
        "drop the returned books at {}",
        "the donor lives at {}",
        "Address: {}",
        "Indirizzo: {}",
        "Adres: {}",
        "Dirección: {}",
        "Collection point: {}",
        '"donor_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the deed of gift to {}",
        "the reading room reminders come from {}",
        "email the society at {} about the talk",
        "the volunteer rota comes from {}",
        "E-mail del lettore: {}",
        '"email": "{}",',
        "ADMIN_EMAIL={}",
        "DRUPAL_DEFAULT_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the museum number is {}, they pick up after 10",
        "call the archivist on {} if the boxes aren't there",
        "the society secretary's mobile is {}",
        "ring the library on {} to renew",
        "the donor's number is {}, let it ring a long time",
        "Tel.: {}",
        "Telefon: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the scan order with {}",
        "the membership went on {}",
        "the reader's fee went on {}",
        "put the donation on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the membership into {}",
        "the society wants the donation to {}",
        "send the scan fee to {}",
        "the refund for the lost book goes to {}",
        "IBAN: {}",
        "Numer rachunku (IBAN): {}",
    ],
    "USERNAME": [
        "my europeana login is {}",
        "on the internet archive the uploads are under {}",
        "the wikimedia commons account is {}",
        "on wikisource the transcriptions are by {}",
        "my douban name is {}",
        "on polona the saved list belongs to {}",
        "the geneteka indexer is {}",
        "on antenati the notes are by {}",
        "my hathitrust user is {}",
        "the worldcat list is by {}",
        "on historypin the photos are pinned by {}",
        "the fromthepage transcriber is {}",
        "find the letters on historypin, {}",
        "on wikisource my pages are under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT84_MIXED = [
    ("Reader: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Donor: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("  <host>{}</host>\n  <pw>{}</pw>", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8000/api/transfer/", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the collections database, it's {}", ["PERSON", "SECRET"]),
    ("Czytelnik: {}, ur. {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my polona login is {}, pay the membership to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the family papers came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the scan order with {}", ["PERSON", "CREDIT_CARD"]),
    ("dongba {} takes the museum bookings on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Donante: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Fattura intestata a: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT84_NEGATIVES = [
    "Carloforte is the only town on the island of San Pietro",
    "the Tabarchini came from Tabarka in 1738",
    "the ferry from Calasetta to Carloforte takes half an hour",
    "messiavo and madonnava mean grandfather and grandmother in Tabarchino",
    "Fondo Rivano is a collection in the archive, not a person",
    "fu before a name means the father had died",
    "09014 is the Carloforte postcode",
    "the civic museum is open from 10 to 13",
    "Wilamowice is a small town near Bielsko-Biała",
    "Wymysiöeryś has only a few dozen speakers",
    "43-330 is the Wilamowice postcode",
    "ks. means a priest and mgr a master's degree",
    "Archiwum Rodziny Hanuszów is a family archive, not a person",
    "z d. means the family a woman was born into",
    "the Śmiergust procession is on Easter Monday",
    "Lijiang's old town is a UNESCO site",
    "the Dongba script is a pictographic script",
    "674100 is the Lijiang postcode",
    "a dongba is a ritual scholar of the Naxi",
    "He Family Dongba Collection is a collection, not a person",
    "Baisha has murals from the Ming dynasty",
    "Brackettville is near the old Fort Clark",
    "78832 is the Brackettville postcode",
    "El Nacimiento is a village in Coahuila",
    "Kibbetts Papers is a collection, not a person",
    "the scouts' cemetery is west of town",
    "reader's ticket 20417 expires in March",
    "request slip 88 is for box 12, folder 3",
    "the letters are in box 14",
    "shelfmark MS 214 is the parish register",
    "accession number 2024.17.3 is the fishing net",
    "the call number is DS 793 .L5 H4 2003",
    "ISBN 978-83-01-00000-1 is the dictionary",
    "ISBN 978-7-222-00000-2 is the Dongba catalogue",
    "the reading room opens at 9:30 and closes at 16:00",
    "orders for boxes stop at 15:30",
    "a reader's ticket costs 5 euros a year",
    "a scan is 50 cents a page",
    "membership is 20 złoty a year",
    "the museum is 40 yuan for adults",
    "the talk is on 2025-03-14 at 18:00",
    "the exhibition runs from 12/04/2025 to 30/09/2025",
    "the letters date from 1911 to 1936",
    "the museum was founded in 1987",
    "the library was rebuilt after the 1996 earthquake",
    "Evergreen 3.13 changed the holds screen",
    "Archivematica 1.16 added a new transfer type",
    "Islandora 2.0 moved to Drupal",
    "Greenstone3 3.11 fixed the search",
    "fixed in commit 4c1e9a7, see the changelog",
    "  <pw></pw>",
    "DRUPAL_DEFAULT_ACCOUNT_PASSWORD=",
    "SS_DB_PASSWORD=changeme",
    "mysql.admin.password=your-password-here",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN in the docs",
    "PL61 1090 1014 0000 0712 1981 2874 is the example IBAN in the docs",
    "write to reader@example.org on the form",
    "192.0.2.84 is a documentation address",
    "198.51.100.84 is a documentation address",
    "2001:db8:84::1 is a documentation address",
    "call 112 for emergencies in Italy and Poland",
    "in China the ambulance number is 120",
    "in Texas and Mexico you call 911",
    "did the boxes come up yet",
    "the pencils are in the tray by the door",
    "ok the microfilm reader works again",
    "yes the reading room is still open",
    "NO PENS IN THE READING ROOM",
    "hey, see you at the museum",
    "bongiorno, the museum is open",
    "dzień dobry, the boxes are ready",
    "ni hao, the scanner is free now",
    "buenos días, the recording starts at 10",
    "so tired after the inventory",
    "who left the strongroom door open",
    "the gloves need washing before the next session",
    "five stars, the visitors loved the old photos",
]  # fmt: skip


def _typo84(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as a reader types in the search room, a library
    word's well-known misspelling ('genealogy' -> 'geneology', 'cemetery' -> 'cemetary', 'library' ->
    'libary', 'museum' -> 'musuem', 'manuscript' -> 'manuscipt'), or a reader's shorthand creeping into chat
    ('manuscript' -> 'ms', 'reference' -> 'ref', 'photographs' -> 'photos', 'information' -> 'info', 'about'
    -> 'abt'). Only in sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT84.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT84[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT84.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT84[m.group(1)] + template[m.end() :]


def build_heldout84(seed: int = HELDOUT84_SEED) -> list[Example]:
    """Held-out set 84: `Gen84` values in `HELDOUT84_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen84(seed)
    return assemble_module_set(
        gen, HELDOUT84_TEMPLATES, HELDOUT84_MIXED, HELDOUT84_NEGATIVES, _typo84, person=gen.person_for
    )
