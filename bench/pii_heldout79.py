"""Held-out PII set 79 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout79": written before round 50 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT79 is empty, as for
held-out 16 to 78; written at the same time as held-out 80, the two authors split the world between them: 79
takes music made by amateurs (brass and wind bands, folk sessions in pubs, wedding and function bands, DJ
collectives and sound systems, piano tuners and instrument repairers, rehearsal studios and instrument
hire, busking permits, community radio playlists, music teachers' pupils lists), 80 takes sport run by
volunteers); hand-written lists of the Twente brass-band, fanfare and harmonie players of Enschede,
Haaksbergen and Oldenzaal, with the piano tuner's appointment book and the band's instrument store (Catholic
Twente given names as baptism registers write them ('Gerhardus', 'Hendrik', 'Theodorus', 'Hendrika',
'Geertruida', 'Johanna'), the call name used every day ('Gait', 'Bennie', 'Hennie', 'Riek', 'Truus',
'Janna'), Twente family names ('Hesselink', 'Oude Luttikhuis', 'ter Horst', 'Lammerink', 'Wilmink',
'Brinkhuis'), a Dutch register's initials ('G.J.M. Hesselink'), a roster's 'Family, initials' with the
particle put back at the end ('Horst, G.J. ter', 'Oude Luttikhuis, H.'), and 'ome' before a man's and
'tante' before a woman's call name, outside the span: 'Bennie Wilmink', 'ome Gait', 'tante Riek'), the
Valencian wind-band musicians of the societats musicals of Llíria, Buñol and Cullera (Valencian given names
('Vicent', 'Batiste', 'Amadeu', 'Empar', 'Remei', 'Desamparats'), the everyday short forms ('Pep', 'Ximo',
'Tonet', 'Xelo', 'Fina', 'Amparín'), Valencian family names ('Ferrandis', 'Llopis', 'Mompó', 'Alapont',
'Sanchis', 'Peris'), both family names, joined by 'i' as Valencian writes them ('Vicent Ferrandis i
Llopis'), a Spanish list's 'FAMILY FAMILY, Given' ('MOMPÓ ALAPONT, Empar'), and 'tio' and 'tia' before a
short form, outside the span: 'tio Pep', 'tia Xelo'), the Gorani wedding musicians of Dragash in Kosovo,
their zurla and tapan (drum) players at the summer weddings and their cousins' bands in Belgrade and
Vienna (Gorani given names ('Ramiz', 'Ćazim', 'Šefket', 'Redžep', 'Hajrija', 'Ševkija', 'Zumreta'), Gorani
family names as Kosovo registers them ('Ramadani', 'Sadiku', 'Hodža', 'Kurteši') and as Serbia does
('Šerifović', 'Jakupović', 'Hadžibulić'), a Serbian list's 'Family Given' ('Jakupović Redžep'), a Kosovo
ID's father's name in the middle ('Sadik Ćazim Ramadani'), and 'daja' (uncle) before a man's and 'tetka'
before a woman's given name, outside the span) and the Carriacouans of Windward, Hillsborough and L'Esterre,
their parang string bands at Christmas, the big drum nights, the regatta's sound systems and the Brooklyn
cousins' DJ crew (Carriacou given names ('Canute', 'Dunstan', 'Ruthven', 'Dulcie', 'Verlyn', 'Eslyn'),
Carriacou family names, the Scots ones written with a space ('Mc Lawrence', 'Compton', 'Cudjoe', 'Fleary',
'Enoe', 'Cuffie'), the band name alone ('Boysie', 'Tallboy', 'Scratch', 'Dolly'), a credit's band name in
quotes between given and family name ('Canute "Scratch" Compton'), and 'Nennen' (godmother) before a
woman's and 'Parrain' (godfather) before a man's given name, outside the span); names on a band roster, a
uniform and instrument issue list, a gig sheet and a function band's booking form, a setlist's credits, a
session's tune-starter list, a piano tuner's appointment book and a repairer's job ticket, a rehearsal
studio's booking calendar, an instrument hire agreement, a busking permit, a community radio playlist's
dedication, a music teacher's pupils list and an exam entry, and an invoice; a band, a music shop, a
repair workshop or a sound system that carries a family name ('Fanfare Hesselink', 'Pianostemmerij
Lammerink', 'Orquestra Ferrandis', 'Orkestar Šerifović', 'Cudjoe Sound'), no person either, a stand's, a
locker's, a room's, a permit's, a pitch's, a job ticket's or an exam's number no secret; a roster's
('Bezetting 2e bugel:', 'Solo cornet:', 'Dirigent:'), a uniform store's ('Uniform uitgegeven aan:'), an
instrument hire's ('Hired to:', 'Instrument returned by:'), a piano tuner's ('Stemafspraak bij:', 'Tuned
for:'), a repair ticket's ('Repair for:', 'Collected by:'), a rehearsal studio's ('Room 3 booked by:'), a
busking permit's ('Permit holder:', 'Pitch 4:'), a gig sheet's ('Band leader:', 'Dep on sax:'), a function
band's ('Booking contact:', 'First dance requested by:'), a session's ('Session host:', 'Tune started
by:'), a setlist's ('Arr.:', 'Vocals:'), a radio playlist's ('Requested by:', 'Presenter:'), a teacher's
('Pupil:', 'Exam candidate:', 'Parent/carer:'), a Valencian band's ('Músic:', 'Educand:', 'Director:'), a
Serbian booking's ('Svadba kod:', 'Zurla:', 'Tapan:') and a Carriacou parang's ('Parang band leader:',
'Big drum (cutter):') fields; over three quarters of the sentences typed to the bot or a friend: the
contest on saturday and the missing second bugle, the uniform that doesn't fit, the tuning appointment and
the sticky key, the trumpet at the repairer's, the rehearsal room double-booked, the hired cello, the
busking pitch and its permit, the pub session on thursday and who starts the tunes, the wedding gig and
the first dance, the zurla players for august, the parang at Christmas and the big drum night, the sound
system's speakers at the regatta, the radio show's requests and the pupils' exam day; self-hosted apps'
config no earlier set pasted: gonic's environment for a band's recordings, multi-scrobbler's config.json
for the community radio's playlists, mStream's config JSON for the rehearsal recordings and Polaris's
config.toml for a DJ crew's music; those regions' addresses (Twente's 'Haaksbergerstraat 214, 7513 EL
Enschede' and a farm number's letter 'Buurserstraat 112a, 7481 HD Haaksbergen', Llíria's floor and door
in Valencian ordinals 'C/ Major, 23, 2n 4a, 46160 Llíria' and a field's 'Partida de Carrasses, polígon 7,
parcel·la 112, 46160 Llíria', Dragash's villages without a street ('Restelicë, Dragash, Kosovë'),
Prizren's 'Rr. Adem Jashari 14, 20000 Prizren', Belgrade's 'Ustanička 41, 11000 Beograd', Vienna's
stair and door 'Thaliastraße 112/3/14, 1160 Wien', Carriacou's villages without a postcode ('Windward,
Carriacou'), 'Main Street, Hillsborough, Carriacou' and a Brooklyn apartment) and phones (Enschede's
'053', Oldenzaal's '0541', Dutch mobiles '06' and '+31 6', Llíria's '96 278' and Buñol's '96 250',
Spanish mobiles '6xx' and '+34', Dragash's '029' and '+383 29', Kosovo mobiles '044', '045' and '049',
Vienna's '+43 1' and Austrian mobiles '0664', Carriacou's '+1 473 443' and Grenadian mobiles '473-40x',
'473-41x'); Visa, Mastercard 55 and 2300, Amex 34 and Diners 36 as a repair, an instrument hire, a
rehearsal room, a tuning or a sound system's speakers take them; IBANs of the Netherlands, Spain, Kosovo,
Serbia and Austria; IPs of the rehearsal studio's door lock, the band room's mixer, a digital piano's MIDI
bridge, the radio's playout PC, the sound system's amp controller, the repair shop's ultrasonic cleaner,
the hall's wifi, the tuner's tablet and the pastes above, v6 in 2001:1c00:, 2a0c:5a80:, 2a02:8388: and
2803:2d60: ranges; passwords handed over in ways no earlier set used (inside the tuba case lid, on the back
of the setlist taped to the monitor, in the piano tuner's appointment book, on the rehearsal room's key
card, on the instrument hire agreement, on the back of the busking permit, on the band room's music
cupboard, under the zurla's reed box, on the parang band's cuatro, on the sound system's amp rack), Twente
('Enschede053', 'Tukker#1896'), Valencia ('Lliria46160', 'Banda_1903'), Gorani ('Dragash029',
'Restelica#22'), Carriacou ('Hillsborough473', 'Parang!2025'), music words in leetspeak ('f4nf4r3',
'tr0mb0n3'), a stand and a part ('Stand4-Bb2') and a room and its door ('Room3-Door8841'), and cues in
Twents (''t wachtwoord is ..., neet wieter vertelln'), Valencian ('la contrasenya és ..., no la digues a
ningú'), Serbian as the Gorani in Belgrade write it ('šifra je ..., nemoj nikom da kažeš') and Carriacou
English ('passwo'd is ..., keep it between we'); usernames on Soundslice, Noteflight, Flat.io, hearthis.at,
Tomplay, Jamulus, JamKazam, Soundtrap, BandLab, Tonestro and thesession.org, shapes like 'x.tuba',
'x_cornet7', 'xx.fanfare', 'x.zurla', 'banda.x', 'x-tapan3', 'x128bpm' and 'x.in.bflat'; dates of birth
for a band's insurance, a youth band's registration, an exam entry, a busking permit, a hire agreement's
ID and a radio contest's entry, in Dutch ('geboren 14 maart 1958'), a Dutch form's '14-03-1958', Valencian
with 'de' and 'd'' ('nascut el 14 de març de 1958', 'el 3 d'abril de 1961'), Serbian with the month in the
genitive ('rođen 14. marta 1958. godine'), a Kosovo ID's '14.03.1958', Carriacou English ('born 14th March
1958') and an export's ISO date; typos as someone types with a trumpet under one arm: a music word's
well-known misspelling ('rehearsal' -> 'rehersal', 'euphonium' -> 'euphonim', 'rhythm' -> 'rythm',
'accordion' -> 'accordian', 'saxophone' -> 'saxaphone') or a phone's homophone swap ('bass' -> 'base',
'chord' -> 'cord', 'cymbals' -> 'symbols', 'reeds' -> 'reads', 'their' -> 'there'); negatives with the
same regions' places, the titles and the name forms explained, stand, room, locker, pitch, permit, job
ticket and exam numbers alone, keys, tempos, bar numbers and opus numbers, times, fees and prices, dates
that are no birthdays, postcodes alone, bands, shops and sound systems named after families, versions, a
commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation
IPs (v4 and v6), helpline numbers every user shares, radio frequencies, and short everyday chat; no public
figure is named).

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

HELDOUT79_SEED = 5720983
# no faker name locale, as in held-out 16 to 78: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT79: list[str] = []
# music made by amateurs (held-out 80, written at the same time, takes sport run by volunteers); each origin:
# (men's given names, women's given names, family names); ';' separates names throughout, as some hold a space
NAMES_HELDOUT79: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Twente: brass-band, fanfare and harmonie players of Enschede, Haaksbergen and Oldenzaal
    "twente": ("Gerhardus;Hendrik;Bernardus;Theodorus;Johannes;Antonius;Herman;Gradus;Wilhelmus;Everhardus".split(";"),
               "Hendrika;Geertruida;Johanna;Gerarda;Bernardina;Hermina;Aleida;Wilhelmina;Dina;Theresia".split(";"),
               "Hesselink;Oude Luttikhuis;ter Horst;Lammerink;Wilmink;Brinkhuis;Nijhuis;Kamphuis;Oude Wesselink;Haverkate;Pierik;Scholte Lubberink".split(";")),
    # Valencian wind-band musicians of the societats musicals of Llíria, Buñol and Cullera
    "valencia": ("Vicent;Josep;Salvador;Batiste;Joaquim;Amadeu;Enric;Ferran;Rafel;Bernat".split(";"),
                 "Amparo;Desamparats;Consol;Empar;Remei;Vicenta;Roser;Neus;Carmeta;Encarna".split(";"),
                 "Ferrandis;Llopis;Peris;Mompó;Sanchis;Boix;Climent;Alapont;Tarazona;Ribes;Cervera;Bellver".split(";")),
    # Gorani of Dragash (Gora): zurla and tapan players at the weddings, and their cousins in Belgrade and Vienna
    "gorani": ("Ramiz;Sadik;Fadil;Iljaz;Redžep;Ćazim;Šefket;Bajram;Hajrulah;Muharem".split(";"),
               "Sadija;Hajrija;Fatima;Ćamilja;Emine;Zumreta;Nafija;Ševkija;Adžija;Remzija".split(";"),
               "Ramadani;Sadiku;Hodža;Jakupi;Murati;Bećiri;Kurteši;Šerifović;Jakupović;Hadžibulić;Ramadanović;Adžović".split(";")),
    # Carriacouans of Windward, Hillsborough and L'Esterre: parang string bands, big drum nights, sound systems
    "carriacou": ("Canute;Dunstan;Kelvin;Ruthven;Winston;Elvis;Dexter;Cosmos;Lyndon;Augustine".split(";"),
                  "Winifred;Dulcie;Merle;Verlyn;Eslyn;Angelina;Lucianna;Cynthia;Ivy;Marcella".split(";"),
                  "Mc Lawrence;Compton;Cudjoe;Bristol;Fleary;Enoe;Patrice;Mills;Bethel;Alexis;Cuffie;Mc Intosh".split(";")),
}  # fmt: skip
# the name said every day: Twente call names, Valencian short forms and Carriacou band names
SHORT_HELDOUT79: dict[str, dict[bool, list[str]]] = {
    "twente": {False: "Gait;Bennie;Hennie;Theo;Jan;Toon;Herm;Wim".split(";"),
               True: "Riek;Truus;Janna;Dien;Mien;Gerda;Hermien;Alie".split(";")},
    "valencia": {False: "Pep;Ximo;Tonet;Quique;Visantet;Rafelet;Quimet;Batistet".split(";"),
                 True: "Xelo;Fina;Amparín;Pepa;Maruja;Reme;Nieves;Tere".split(";")},
    "carriacou": {False: "Boysie;Tallboy;Scratch;Pappy;Shortman;Blackie;Sonny;Bigga".split(";"),
                  True: "Dolly;Cookie;Tiny;Sis;Girlie;Petal;Queenie;Dimps".split(";")},
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman (None: either) and what it
# goes with ("given" or "short")
TITLED_HELDOUT79: dict[str, tuple[str, bool | None, str]] = {
    "ome": ("twente", False, "short"),  # uncle, to an older man in the band
    "tante": ("twente", True, "short"),  # aunt, to an older woman
    "tio": ("valencia", False, "short"),  # the Valencian village's 'tio' before an older man's short name
    "tia": ("valencia", True, "short"),
    "daja": ("gorani", False, "given"),  # uncle (the mother's brother), to an older man
    "tetka": ("gorani", True, "given"),  # aunt
    "nennen": ("carriacou", True, "given"),  # godmother, to an older woman
    "parrain": ("carriacou", False, "given"),  # godfather, to an older man
}
TITLE_SLOT_HELDOUT79 = re.compile(
    r"(?<![\w'.-])(Ome|Tante|Tio|Tia|Daja|Tetka|Nennen|Parrain) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Twente player's, a Valencian musician's, a Gorani musician's in Kosovo, in
# Belgrade and in Vienna
IBAN_SHAPES_HELDOUT79 = {"NL": "4a10n", "ES": "20n", "XK": "16n", "RS": "18n", "AT": "16n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT79 = ["fanfare", "harmonie", "bugel", "euphonium", "tuba", "banda", "dolcaina", "zurla",
                      "tapan", "svadba", "parang", "bigdrum", "soundsystem", "pianostemmer", "repairs",
                      "rehearsal", "busking", "playlist", "pupils", "weddingband"]  # fmt: skip
# a music word and its well-known misspelling
MISSPELT_HELDOUT79 = {
    "rehearsal": "rehersal", "euphonium": "euphonim", "rhythm": "rythm", "accordion": "accordian",
    "saxophone": "saxaphone", "tambourine": "tamborine", "conductor": "conducter", "clarinet": "clarinett",
    "trombone": "trombon", "definitely": "definately", "separate": "seperate", "lesson": "lessen",
    "occasion": "occassion", "receipt": "reciept", "cancelled": "canceled",
}  # fmt: skip
MISSPELT_WORD_HELDOUT79 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT79, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a phone's homophone swap
HOMOPHONE_HELDOUT79 = {
    "bass": "base", "chord": "cord", "cymbals": "symbols", "reeds": "reads", "their": "there",
    "your": "you're", "piece": "peace", "scales": "scails", "keys": "keyes", "bow": "bough",
}  # fmt: skip
HOMOPHONE_WORD_HELDOUT79 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(HOMOPHONE_HELDOUT79, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)

# Carriacou's villages, written without a street or a postcode
CARRIACOU_VILLAGES_HELDOUT79 = [
    "Windward",
    "Harvey Vale",
    "Bogles",
    "Mount Pleasant",
    "L'Esterre",
    "Belair",
    "Six Roads",
]


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Mompó' -> 'Mompo', 'Šefket' -> 'Sefket')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Oude Luttikhuis' ->
    'oudeluttikhuis', 'Ćazim' -> 'cazim', 'Mc Lawrence' -> 'mclawrence')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _ordinal(day: int) -> str:
    """'1st', '2nd', '3rd', '14th', '22nd'."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


class Gen79(Gen3):
    """Generators for held-out set 79: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT79."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT79))
        men, women, lasts = NAMES_HELDOUT79[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _initials(self, first: str) -> str:
        """A Dutch register's initials: the given name's and one or two baptism names' ('G.J.M.')."""
        rng = self.rng
        return first[0] + "." + "".join(f"{c}." for c in rng.sample("AJMHWBT", rng.randint(0, 2)))

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "twente":
            if r < 0.2:  # a Dutch register's initials: 'G.J.M. Hesselink'
                return f"{self._initials(first)} {last}"
            if r < 0.4:  # a roster's 'Family, initials', the particle put back at the end
                if last.startswith("ter "):
                    return f"{last[4:]}, {self._initials(first)} ter"
                return f"{last}, {self._initials(first)}"
            if r < 0.6:  # the call name with the family name: 'Bennie Wilmink'
                return f"{rng.choice(SHORT_HELDOUT79['twente'][woman])} {last}"
        if origin == "valencia":
            second = rng.choice([x for x in NAMES_HELDOUT79["valencia"][2] if x != last])
            if r < 0.25:  # both family names joined by 'i': 'Vicent Ferrandis i Llopis'
                return f"{first} {last} i {second}"
            if r < 0.45:  # a Spanish list: 'MOMPÓ ALAPONT, Empar'
                return f"{last.upper()} {second.upper()}, {first}"
            if r < 0.6:
                return f"{first} {last} {second}"
        if origin == "gorani":
            if r < 0.25:  # a Serbian list: 'Jakupović Redžep'
                return f"{last} {first}"
            if r < 0.45:  # a Kosovo ID's father's name in the middle: 'Sadik Ćazim Ramadani'
                father = rng.choice([x for x in NAMES_HELDOUT79["gorani"][0] if x != first])
                return f"{first} {father} {last}"
        if origin == "carriacou" and r < 0.3:  # a credit's band name: 'Canute "Scratch" Compton'
            return f'{first} "{rng.choice(SHORT_HELDOUT79["carriacou"][woman])}" {last}'
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.64:
            name = self._full(origin, first, last, woman)
        elif r < 0.87:
            shorts = SHORT_HELDOUT79.get(origin)
            name = rng.choice(shorts[woman]) if shorts and r < 0.8 else first
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('ome Gait', 'tante Riek', 'tio Pep', 'tia Xelo', 'daja
        Ćazim', 'tetka Hajrija', 'Nennen Dulcie', 'Parrain Ruthven'), from the origin that uses it."""
        origin, woman, goes_with = TITLED_HELDOUT79[title.lower()]
        _, first, _, is_woman = self._origin_name(origin, woman)
        if goes_with == "short" and self.rng.random() < 0.75:
            return self.rng.choice(SHORT_HELDOUT79[origin][is_woman])
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT79.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 240)
        letters = lambda: "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))  # noqa: E731
        shapes = [
            f"{pick(['Haaksbergerstraat', 'Oldenzaalsestraat', 'Hengelosestraat', 'Lasondersingel', 'Pathmossingel'])} {n}, 75{rng.randint(11, 48)} {letters()} Enschede",
            f"{pick(['Buurserstraat', 'Stationsstraat', 'Eibergsestraat', 'Goorsestraat'])} {n}{pick(['', 'a', 'b'])}, 748{rng.randint(1, 9)} {letters()} Haaksbergen",
            f"{pick(['Steenstraat', 'Ganzenmarkt', 'Bisschopstraat', 'Vos de Waelstraat'])} {n}, 757{rng.randint(1, 7)} {letters()} Oldenzaal",
            f"C/ {pick(['Major', 'Sant Vicent', 'de la Puríssima', 'Llarg', 'del Pla'])}, {rng.randint(1, 90)}, {pick(['1r', '2n', '3r', '4t'])} {rng.randint(1, 8)}a, 46160 Llíria",
            f"Partida de {pick(['Carrasses', 'la Concòrdia', 'Tarraguet', 'Pla de Sant Bernat'])}, polígon {rng.randint(1, 30)}, parcel·la {rng.randint(1, 400)}, 46160 Llíria",
            f"Av. de la Constitució, {rng.randint(1, 120)}, 46360 Buñol",
            f"C/ {pick(['del Riu', 'Sant Antoni', 'de la Marina'])}, {rng.randint(1, 90)}, pta. {rng.randint(1, 24)}, 46400 Cullera",
            f"{pick(['Restelicë', 'Brod', 'Kukaljan', 'Zli Potok', 'Mlikë', 'Krushevë', 'Globočica'])}, Dragash, Kosovë",
            f"Rr. {pick(['Adem Jashari', 'Remzi Ademaj', 'Shën Flori', 'Vatrat Shqiptare'])} {rng.randint(1, 90)}, 20000 Prizren",
            f"{pick(['Ustanička', 'Cara Dušana', 'Bulevar kralja Aleksandra', 'Zemunska'])} {rng.randint(1, 300)}, 11000 Beograd",
            f"{pick(['Thaliastraße', 'Ottakringer Straße', 'Koppstraße'])} {rng.randint(1, 180)}/{rng.randint(1, 6)}/{rng.randint(1, 30)}, 1160 Wien",
            f"Favoritenstraße {rng.randint(1, 240)}/{rng.randint(1, 6)}/{rng.randint(1, 30)}, 1100 Wien",
            f"{pick(CARRIACOU_VILLAGES_HELDOUT79)}, Carriacou",
            "Main Street, Hillsborough, Carriacou",
            f"{rng.randint(100, 2999)} {pick(['Nostrand Ave', 'Flatbush Ave', 'Church Ave', 'Utica Ave'])}, Apt {rng.randint(1, 6)}{pick('ABCDF')}, Brooklyn, NY 112{rng.choice(['03', '10', '25', '26'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT79)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}-{subject}", f"{first}{rng.randint(1950, 2008)}",
                           f"{subject}.{first}", f"{first}_{last[:5]}"])  # fmt: skip
        domain = rng.choice(["ziggo.nl", "kpnmail.nl", "home.nl", "hetnet.nl", "gmail.com", "telefonica.net",
                             "hotmail.es", "ipko.net", "gmx.at", "chello.at", "spiceisle.com", "yahoo.com",
                             "outlook.com", "icloud.com", "eunet.rs"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"053-{d(7)}",  # Enschede, Haaksbergen
            f"(053) {d(3)} {d(2)} {d(2)}",
            f"0541-{d(6)}",  # Oldenzaal
            f"06-{d(8)}",  # Dutch mobiles
            f"+31 6 {d(4)} {d(4)}",
            f"96 {rng.choice(['278', '279', '250'])} {d(2)} {d(2)}",  # Llíria, Buñol
            f"+34 96{rng.choice('0123')} {d(3)} {d(3)}",
            f"6{d(2)} {d(2)} {d(2)} {d(2)}",  # Spanish mobiles
            f"+34 6{d(2)} {d(3)} {d(3)}",
            f"029 {d(3)} {d(3)}",  # Dragash, Prizren
            f"+383 29 {d(3)} {d(3)}",
            f"04{rng.choice('459')} {d(3)} {d(3)}",  # Kosovo mobiles
            f"+383 4{rng.choice('459')} {d(3)} {d(3)}",
            f"+43 1 {d(3)} {d(2)} {d(2)}",  # Vienna
            f"0664 {d(3)} {d(4)}",  # Austrian mobiles
            f"+1 473 443 {d(4)}",  # Carriacou
            f"(473) 443-{d(4)}",
            f"473-4{rng.choice('0145')}{d(1)}-{d(4)}",  # Grenadian mobiles
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("55", 16), ("2300", 16), ("34", 15), ("36", 14)])
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 14:
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT79))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT79[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the rehearsal studio's door lock, the band room's mixer, a digital
        piano's MIDI bridge, the radio's playout PC, the sound system's amp controller, the repair shop's
        ultrasonic cleaner, the hall's wifi, the tuner's tablet and this set's pastes; v4 and v6; `chat` as
        in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:1c00:{h()}:{h()}::{h()}", f"2a0c:5a80:{h()}:{h()}::{h()}", f"2a02:8388:{h()}:{h()}::{h()}",
                         f"2803:2d60:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the door lock on rehearsal room 3 is {}, it won't take my card again", v4),
            ("the digital mixer in the band room is on {}, the ipad can't find it", v4),
            ("the midi bridge on the clavinova got {} from the router", v4),
            ("the playout pc at the radio is {}, the playlist stopped at 9", rng.choice([v4, v6])),
            ("the amp controller on the sound system rack is {}, set it before the regatta", v4),
            ("the ultrasonic cleaner at the repair shop shows {} on its screen", v4),
            ("the hall wifi gave my phone {} and then nothing during the contest", v4),
            ("the tuner's tablet is on {}, the appointment app won't sync", v4),
            ("the gonic box with the band's recordings is {} port 4747", rng.choice([v4, v6])),
            ("the polaris server for the crew's tunes runs on {}", rng.choice([v4, v6])),
            ("GONIC_LISTEN_ADDR={}:4747", v4),
            ('  "address": "{}",', v4),
            ("address = \"{}:5050\"", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-05-10 19:42:03 gonic: subsonic login failed for 'fanfare' from {}", v4),
            ("[multi-scrobbler] 2025-05-10T21:14:55Z WARN listenbrainz client refused from {}", v4),
            ("polaris[812]: auth failure for user 'djcrew' from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Enschede', 'Tukker', 'Haaksbergen'])}{rng.choice(['053', '#1896', '!7513'])}",
                f"{rng.choice(['Lliria', 'Banda', 'Bunyol'])}{rng.choice(['46160', '_1903', '#96'])}",
                f"{rng.choice(['Dragash', 'Restelica', 'Gora'])}{rng.choice(['029', '#22', '_383'])}",
                f"{rng.choice(['Hillsborough', 'Parang', 'Windward'])}{rng.choice(['473', '!2025', '#443'])}",
                rng.choice(["fanfare", "trombone", "euphonium", "bigdrum", "zurla"]).translate(leet) + rng.choice(["", "!", "_79"]),
                f"Stand{rng.randint(1, 12)}-{rng.choice(['Bb', 'Eb', 'F'])}{rng.randint(1, 3)}",
                f"Room{rng.randint(1, 6)}-Door{rng.randint(1000, 9999)}",
                f"{rng.choice(['tuba', 'bugle', 'reed', 'drum'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the band's email password is written inside the tuba case lid, {}", pw),
            ("the wifi at the pub is on the back of the setlist taped to the monitor, {}", pw),
            ("the booking app login is in the tuner's appointment book, front page, {}", pw),
            ("the studio's booking password is on the back of the room key card, {}", pw),
            ("the hire shop wrote the portal password on my hire agreement, {}", pw),
            ("the council portal login is on the back of the busking permit, {}", pw),
            ("the library login is stuck on the music cupboard in the band room, {}", pw),
            ("the password for the videos is under the zurla reed box, {}", pw),
            ("the parang band's facebook login is written on the cuatro, {}", pw),
            ("the amp app password is on the sound system's rack, {}", pw),
            ("the key safe at the rehearsal studio is {}, put the key back after", d(4)),
            ("the band room door code is {}, don't give it to the youth band", d(4)),
            ("the playout system password is {}, the saturday show needs it", pw),
            ("ok the gonic admin password is {}, add the contest recordings", pw),
            ("my soundslice password is {}, check if the new arrangement is there", pw),
            # cues in ways no earlier set used
            ("'t wachtwoord is {}, neet wieter vertelln", pw),
            ("la contrasenya és {}, no la digues a ningú", pw),
            ("šifra je {}, nemoj nikom da kažeš", pw),
            ("passwo'd is {}, keep it between we", pw),
            # commands
            ("$ psql postgresql://gonic:{}@db:5432/gonic", colonless),
            ("$ curl -u admin:{} http://localhost:5050/api/auth", colonless),
            ("$ docker run -e GONIC_DB=postgres://gonic:{}@db/gonic sentriz/gonic", colonless),
            # pastes
            ("GONIC_DB=postgres://gonic:{}@db:5432/gonic?sslmode=disable", colonless),
            ('  "apiKey": "{}",', tok(32, hexl)),
            ('  "secret": "{}",', tok(32, hexl)),
            ('  "clientSecret": "{}",', tok(32, hexl)),
            ('  "token": "{}",', tok(36, hexl)),
            ('  "password": "{}",', pw),
            ('initial_password = "{}"', pw),
            ("POSTGRES_PASSWORD={}", pw),
            ("SMTP_PASSWORD={}", pw),
            ("SECRET_KEY={}", tok(48, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.tuba', 'x_cornet7', 'x.zurla', 'x128bpm')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.tuba",
                f"{last}_cornet{rng.randint(1, 9)}",
                f"{first[:1]}{last}.fanfare",
                f"{first}.zurla",
                f"banda.{first}",
                f"{last}-tapan{rng.randint(1, 9)}",
                f"{first}{rng.choice([96, 120, 128, 140])}bpm",
                f"{first}.in.bflat",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=10, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        va = VA_MONTHS_HELDOUT79[m - 1]
        va_de = "d'" if va[0] in "aeiou" else "de "  # 'de març', 'd'abril'
        return {
            "nl": f"{day} {NL_MONTHS_HELDOUT79[m - 1]} {year}",
            "nlf": f"{day:02d}-{m:02d}-{year}",
            "va": f"{day} {va_de}{va} de {year}",
            "sr": f"{day}. {SR_MONTHS_HELDOUT79[m - 1]} {year}",
            "ks": f"{day:02d}.{m:02d}.{year}",
            "cq": f"{_ordinal(day)} {EN_MONTHS_HELDOUT79[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["nl", "nlf", "va", "sr", "ks", "cq", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("ik ben geboren {}, de bond wants it for the insurance", s["nl"]),
            ("the youth band form wants her date of birth, {}", s["nlf"]),
            ("vaig nàixer el {}, the societat needs it for the educands list", s["va"]),
            ("rođen sam {}. godine, they need it for the wedding contract", s["sr"]),
            ("my kosovo id says {}, the hire shop copied it", s["ks"]),
            ("me born {}, the parang committee wants it for the form", s["cq"]),
            ("the exam entry wants the pupil's dob, {}", s["nlf"]),
            ("the radio contest wants a date of birth, mine is {}", any_shape),
            ("the busking permit renewal asked for my birthday, i put {}", any_shape),
            ("the music school needs the new pupil's date of birth, {}", any_shape),
            ("Geboortedatum: {}", s["nlf"]),
            ("Data de naixement: {}", s["va"]),
            ("Datum rođenja: {}", s["ks"]),
            ("Date of birth: {}", s["cq"]),
            ("DOB (candidate): {}", s["nlf"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in English, Dutch, Valencian and Serbian (genitive, as a date writes them)
EN_MONTHS_HELDOUT79 = (
    "January February March April May June July August September October November December".split()
)
NL_MONTHS_HELDOUT79 = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)
VA_MONTHS_HELDOUT79 = (
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split()
)
SR_MONTHS_HELDOUT79 = (
    "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra".split()
)


HELDOUT79_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} can't make the contest on saturday, who plays second bugle",
        "can you ask {} if she still has the spare euphonium",
        "{} took the uniform jacket home to get it taken in",
        "{} is tuning the piano in the hall on tuesday at 10",
        "{} has my trumpet at the repair shop, the valve was stuck",
        "{} booked room 3 for the same evening as us again",
        "{} is hiring the cello for another term",
        "{} got the busking permit for the square on saturdays",
        "{} starts the tunes at the thursday session in the pub",
        "{} sings the first dance at the wedding on the 14th",
        "{} plays the zurla at the wedding in august",
        "{} is on the tapan with his cousin",
        "{} leads the parang band this christmas",
        "{} plays the cutter drum at the big drum night",
        "{} brings the speakers for the sound system at the regatta",
        "{} requested the song on the saturday show lol",
        "{} is doing grade 5 piano next month",
        "i owe {} for the reeds, remind me",
        "{} is the conductor of the youth band now",
        "{} is depping on saxophone at the function on friday",
        "{} forgot the cymbals again haha",
        "{} has a trumpet lesson with me on wednesday",
        "{} plays accordion at the session on thursdays",
        "{} lost the marching lyre at the parade",
        "{} plays bass in the wedding band, their drummer too",
        "ok so {} plays the first half and {} does the second",
        "{} knows the piano with the sticky key at the school",
        "{} is the one who fixes the drum skins",
        "yes {} is doing the playlist for the community radio",
        "i'm meeting {} at the rehearsal studio at 7",
        "{} fell asleep in the bus after the concert haha",
        "{} brought the cake for the band's anniversary",
        "{} is the DJ at the wedding, he has the lights too",
        "{} wants lessons for her son, trumpet",
        "{} passed the exam with merit!!",
        "{} is selling his old flugelhorn",
        "ome {} still plays tuba at 81",
        "tante {} washes the uniforms after the parade",
        "tio {} plays the bombardí in the banda",
        "tia {} sings in the cor on sundays",
        "daja {} plays zurla at every wedding in the village",
        "tetka {} cooks for the musicians at the svadba",
        "Nennen {} makes the sorrel for the parang",
        "Parrain {} still beats the big drum",
        "Bezetting 2e bugel: {}",
        "Solo cornet: {}",
        "Dirigent: {}",
        "Uniform uitgegeven aan: {}",
        "Hired to: {}",
        "Instrument returned by: {}",
        "Stemafspraak bij: {}",
        "Tuned for: {}",
        "Repair for: {}",
        "Collected by: {}",
        "Room 3 booked by: {}",
        "Permit holder: {}",
        "Pitch 4: {}",
        "Band leader: {}",
        "Dep on sax: {}",
        "Booking contact: {}",
        "First dance requested by: {}",
        "Session host: {}",
        "Tune started by: {}",
        "Arr.: {}",
        "Vocals: {}",
        "Requested by: {}",
        "Presenter: {}",
        "Pupil: {}",
        "Exam candidate: {}",
        "Parent/carer: {}",
        "Músic: {}",
        "Educand: {}",
        "Svadba kod: {}",
        "Zurla: {} / Tapan: {}",
        "Parang band leader: {}",
        "Big drum (cutter): {}",
        "| 19:30-21:30 | Room 2 | {} | paid |",
        '"pupil_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the piano to tune is at {}, ring twice",
        "my new address is {}, update the band list",
        "send the hired cello back to {}",
        "the rehearsal studio is just behind {}",
        "the wedding is at {}, we set up at 4",
        "drop the speakers at {} after the regatta",
        "the repair shop moved to {}",
        "Address: {}",
        "Adres: {}",
        "Adreça: {}",
        "Adresa: {}",
        "Venue: {}",
        '"venue_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the setlist to {}",
        "the exam results come from {}",
        "email the tuner at {} about the hall piano",
        "the radio's playlist person wrote from {}",
        "E-mail (secretaris): {}",
        '"email": "{}",',
        "GONIC_ADMIN_EMAIL={}",
        "MAIL_FROM={}",
    ],
    "PHONE_NUMBER": [
        "the piano tuner's number is {}",
        "call the studio on {} if we're late",
        "the repair man's mobile is {}",
        "ring the bride's father on {} about the set times",
        "the band secretary's number is {}, she answers after 6",
        "Tel.: {}",
        "Tel: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the valve repair with {}",
        "the cello hire goes on {}",
        "the rehearsal room went on {}",
        "put the new speakers on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay my share of the wedding gig into {}",
        "the band wants the subs to {}",
        "send the tuning fee to {}",
        "the hire deposit goes back to {}",
        "IBAN: {}",
        "Rekeningnummer (IBAN): {}",
    ],
    "USERNAME": [
        "my Soundslice name is {}",
        "on Noteflight the arrangement is posted by {}",
        "the Flat.io account for the band is {}",
        "on hearthis.at the mix is by {}",
        "my Tomplay login is {}",
        "on Jamulus i'm {}",
        "the JamKazam profile is {}",
        "on Soundtrap the beat is from {}",
        "my BandLab name is {}",
        "the Tonestro pupil account is {}",
        "on thesession.org the tune was added by {}",
        "find the mix on hearthis.at, {}",
        "on BandLab the project is under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT79_MIXED = [
    ("Band leader: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Booking contact: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("GONIC_LISTEN_ADDR={}:4747\nPOSTGRES_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:5050/api/browse", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the playout pc, it's {}", ["PERSON", "SECRET"]),
    ("Exam candidate: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my BandLab name is {}, pay my share to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the gig came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the studio with {}", ["PERSON", "CREDIT_CARD"]),
    ("ome {} takes the tuning bookings on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Hired to: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Svadba kod: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT79_NEGATIVES = [
    "Enschede is the biggest town in Twente",
    "Haaksbergen has the steam train museum",
    "7511 is an Enschede postcode",
    "ome and tante are what the band calls the older members",
    "Fanfare Hesselink is a band, not a person",
    "Pianostemmerij Lammerink is a tuning business, not a person",
    "the contest is in the concert hall at 14:30",
    "the second bugle part is on stand 4",
    "Llíria is called the city of music",
    "46160 is the Llíria postcode",
    "tio and tia are how the village talks about older people",
    "Orquestra Ferrandis is a band, not a person",
    "the societat musical was founded in 1819",
    "the band plays the pasodoble in bar 48",
    "the march is in E flat, then B flat at the trio",
    "Dragash is in the south of Kosovo",
    "the Gorani speak their own Slavic language",
    "daja means uncle and tetka means aunt",
    "Orkestar Šerifović is a band, not a person",
    "the weddings there are in July and August",
    "a zurla is a kind of shawm",
    "the tapan is the big two-sided drum",
    "Carriacou is the biggest island of the Grenadines of Grenada",
    "Hillsborough is the main town of Carriacou",
    "Carriacou has no postcodes",
    "Nennen is godmother and Parrain is godfather there",
    "Cudjoe Sound is a sound system, not a person",
    "parang season runs up to Christmas",
    "the regatta is on the first weekend of August",
    "the big drum nights start after 9",
    "room 3 is the one with the drum kit",
    "locker 12 is where the spare reeds are",
    "pitch 4 is outside the bakery on the square",
    "the busking permit costs 25 euros a year",
    "permit number 1187 is for the market square",
    "job ticket 4471 is the trumpet with the stuck valve",
    "the tuning is 95 euros, 120 with repairs",
    "the cello hire is 30 a month",
    "the wedding gig pays 600 for the band",
    "a new set of reeds is 28 euros",
    "the session starts at 9 in the back room",
    "the piano is tuned to A 440",
    "the tempo is 120 beats per minute",
    "grade 5 is the one with the aural test",
    "the exam is on 14 June at 10:20",
    "the concert is on 21/12/2025 at 20:00",
    "the new uniforms arrived on 2025-03-01",
    "the band was founded on 3 April 1896",
    "the radio show runs from 7 to 9 on saturdays",
    "the community station is on 106.1 FM",
    "the sonata op. 27 no. 2 is the one the pupils want",
    "gonic 0.16 changed the env var names",
    "multi-scrobbler 0.9 added a new source",
    "mStream 5.11 has a new player",
    "Polaris 0.14 moved the config to toml",
    "fixed in commit 4e1a9c7, see the changelog",
    "GONIC_DB=",
    '"password": "<your password>",',
    "SECRET_KEY=changeme",
    "initial_password = \"CHANGE_ME\"",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "NL91 ABNA 0417 1643 00 is the example IBAN in the docs",
    "ES91 2100 0418 4502 0005 1332 is the example IBAN in the docs",
    "write to secretaris@example.com on the form",
    "192.0.2.79 is a documentation address",
    "198.51.100.79 is a documentation address",
    "2001:db8:79::1 is a documentation address",
    "call 112 for emergencies in the Netherlands and Spain",
    "in Kosovo the ambulance is 194",
    "in Grenada call 911",
    "did the tuner come yet",
    "the music is in the blue folder",
    "ok the sound check is done, finally",
    "yes the session is still on tonight",
    "THE BUS IS HERE",
    "hey, see you after the concert",
    "goeiendag, i'm on my way to the band room",
    "bon dia, the banda plays at 12",
    "dobar dan, the wedding starts at 5",
    "wha happenin, parang tonight",
    "so tired after three gigs in a row",
    "my lips are gone after that march",
    "who took the mute for the second cornet",
]  # fmt: skip


def _typo79(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types with a trumpet under one arm,
    a music word's well-known misspelling ('rehearsal' -> 'rehersal', 'euphonium' -> 'euphonim', 'rhythm'
    -> 'rythm', 'accordion' -> 'accordian', 'saxophone' -> 'saxaphone'), or a phone's homophone swap
    ('bass' -> 'base', 'chord' -> 'cord', 'cymbals' -> 'symbols', 'reeds' -> 'reads', 'their' -> 'there').
    Only in sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT79.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT79[m.group(1)] + template[m.end() :]
    swaps = list(HOMOPHONE_WORD_HELDOUT79.finditer(template))
    if not swaps:
        return template
    m = rng.choice(swaps)
    return template[: m.start()] + HOMOPHONE_HELDOUT79[m.group(1)] + template[m.end() :]


def build_heldout79(seed: int = HELDOUT79_SEED) -> list[Example]:
    """Held-out set 79: `Gen79` values in `HELDOUT79_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen79(seed)
    return assemble_module_set(
        gen, HELDOUT79_TEMPLATES, HELDOUT79_MIXED, HELDOUT79_NEGATIVES, _typo79, person=gen.person_for
    )
