"""Held-out PII set 65 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout65": written before round 43 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT65 is empty, as for
held-out 16 to 64; written at the same time as held-out 66, the two authors split the world between them: 65
takes dance, martial arts and movement (dance schools and ballroom competitions, capoeira rodas, judo, karate
and wrestling clubs, yoga and pilates studios, circus and aerial schools, roller derby leagues, parkour
groups, their class timetables, gradings, belts and competition entries), 66 takes water, weather and
hazards); hand-written lists of the Schwinger (Swiss wrestlers in the sawdust ring) of the Entlebuch in the
canton of Lucerne (Schüpfheim, Escholzmatt, Marbach, Flühli: the old valley family names, a Rangliste's
family name before the given name and the Lucerne dialect's short forms: 'Pirmin Emmenegger', 'Wicki
Joel', 'Köbi', 'Sämi Portmann'), the Gitano flamenco families of Jerez de la Frontera's barrios of Santiago
and San Miguel who teach at the baile academies and sing at the peñas (two family names, the apodo a barrio
gives written after the given name and the Andalusian diminutive: 'Remedios Moneo Carpio', 'Diego el
Zurdo', 'Manolito'), the capoeira groups of Belém do Pará (compound northern given names with 'do', 'da'
and 'das', two family names, and the apelido a capoeirista is baptised with in the roda, alone or after a
grade written before it and outside the span: 'Raimundo Nonato Pantoja', 'Maria do Socorro Quaresma',
'Curió', 'Contramestre Tucano', 'Professora Sabiá'), the silat gayong and Mak Yong people of Kota Bharu
in Kelantan (the hereditary 'Nik', 'Wan' and 'Che' before a given name, 'bin' and 'binti' before a
father's name, and 'Cikgu' (teacher) or 'Tok Guru' (a silat master) before a given name, outside the
span: 'Nik Faridah binti Nik Hassan', 'Wan Azman', 'Cikgu Rosli', 'Tok Guru Wan Ismail') and the
Cumberland and Westmorland wrestlers of the Lakeland sports (Grasmere, Ambleside, Bampton: old dale family
names, a results sheet's initial with the village after it in brackets and outside the span and a weigh-in
sheet's 'FAMILY, Given': 'J. Routledge', 'BROCKBANK, Ellie'); beside them the derby names a roller derby
league's skaters go by ('Anna Mosity', 'Tess Tosterone'), a jersey number outside the span; a register's
'Surname, Given' for most origins, a couple number, a belt, a weight or a bib beside a name and outside
it; a dance school's ('Teacher:', 'Leader:', 'Follower:'), a ballroom competition's ('Couple no. 112:',
'Adjudicator:', 'Scrutineer:'), a capoeira batizado's ('Batizado de:', 'Corda (cord) from:'), a judo or
karate grading's ('Candidate:', 'Graded by:', 'Uke:'), a wrestling bout sheet's ('Red corner:', 'Blue
corner:', 'Referee:'), a Schwingfest's ('Schwinger:', 'Kampfrichter:'), a flamenco programme's
('Al baile:', 'Al cante:', 'A la guitarra:'), a silat club's ('Pesilat:', 'Jurulatih:'), a yoga or pilates
studio's ('Class led by:', 'Cover teacher:', 'Reformer 3:'), a circus or aerial school's ('Aerial coach:',
'Spotter:', 'Rigger on duty:'), a roller derby line-up's ('Jammer:', 'Pivot:', 'Bench coach:') and a parkour
jam's ('Jam host:') fields; over three quarters of the sentences typed to the bot or a friend: class
timetables and cover teachers, gradings and belts, the roda and the batizado, the sawdust ring and the
Schwingfest, flamenco shoes and the peña's Thursday night, reformers and hot rooms, silks, hoops and
trapezes, jams and vaults, bouts and scrimmages, dance cards, couple numbers and competition entries;
self-hosted apps' config no earlier set pasted: Seatsurfing's env for a pilates studio's reformer booking,
Formbricks' .env for a ballroom competition's entry forms, Budibase's .env for a judo club's grading
records, TimeTagger's env for a circus school's coaching hours and Pocket ID's .env for a roller derby
league's sign-on; those regions' addresses (the Entlebuch's 'Hauptstrasse 41, 6170 Schüpfheim' and a
farm's name before the village, 'Hof Unterbühl, 6196 Marbach LU'; Jerez's 'C/ Nueva, 14, 2º B, 11403 Jerez
de la Frontera' and a barrio's 'Plaza de Santiago, 3'; Belém's 'Travessa Padre Eutíquio, 1234, Batista
Campos, Belém - PA, 66025-010' and the alleys of the Guamá written 'Passagem Santa Rita, 45'; Kota Bharu's
'Lot 1234, Jalan Hospital, 15200 Kota Bharu, Kelantan' and a village's 'PT 567, Kampung Kubang Kerian';
Lakeland's 'Fell View, Bampton, Penrith CA10 2RQ' and '12 Lake Road, Ambleside LA22 0AD') and phones
(Lucerne's 041, Swiss 079 mobiles with and without +41, Jerez's 956, Spanish 6xx mobiles and +34, Belém's
(91) landlines and (91) 9xxxx mobiles and +55 91, Kelantan's 09 and Malaysian 01x mobiles with +60,
Ambleside's 015394, Penrith's 01768 and UK 07 mobiles); Visa, Mastercard 51-55 and 2720, Amex 34 and 37,
Discover 6011, Diners Club 36 and Brazil's Elo (636368) as a grading fee, a competition entry, flamenco
shoes, a reformer pack or a derby league's dues take them; IBANs of Switzerland, Spain, Brazil and the
United Kingdom (Malaysia has none); IPs of a ballroom competition's scrutineering laptop, a judo club's
scoreboard, a karate dojo's door reader, a hot yoga room's heater controller, a pilates studio's booking
kiosk, an aerial rig's load cell, a circus school's winch controller, a parkour gym's camera, a Schwingfest's
results screen, a peña's sound desk, a silat club's CCTV and a wrestling mat's bout timer, and in the pastes
above, v6 in 2a02:1210:, 2a0c:5a80:, 2804:14d:, 2001:e68: and 2a00:23c7: ranges; passwords handed over in ways
no earlier set used (on the back of a grading certificate, inside a belt's label, on a ballroom dance
card, on the aerial rig's whiteboard, taped to a berimbau's gourd, on the Schwingfest's sawdust ring
chalkboard, inside a flamenco shoe box's lid, on a yoga mat's strap, on a pilates reformer's sticker, on
the trapeze bar's tape, on the heel of a derby skate and on the back of a competition bib), the Entlebuch
('Schuepfheim6170!'), Jerez ('Jerez11403!'), Belém ('Belem_ginga91'), Kota Bharu ('KotaBharu15200#'),
Lakeland ('Grasmere_hipe'), leetspeak of movement words ('p1r0u3tt3', 'g1ng4') and a belt and a grade
('brownbelt-2kyu'), and cues in Lucerne Swiss German ('ds wlan-passwort isch ..., säg's niemerem'),
Andalusian Spanish ('la contraseña del wifi e' ..., no se la diga' a nadie, quillo'), Paraense Portuguese
('a senha do wifi é ..., não passa pra ninguém, égua'), Kelantanese Malay ('password wifi dio ..., jange
bagi ore lain') and Cumbrian English ('wifi's ..., divn't give it oot, marra'); usernames on Smoothcomp,
O2CM, Mindbody, Momence, ClassPass, Zen Planner, Sportdata, JudoInside, Instagram's capoeira pages and a
derby league's roster site, shapes like 'x.ginga', 'roda_x', 'x.spins', 'x-2dan', 'pirouette_x',
'x.aerial' and 'jammer.x17'; dates of birth for a grading licence, a competition entry, a club's
insurance, a Schwingfest's licence, a batizado's certificate, a silat tournament's form and a circus
school's waiver, in Swiss German with the month's name ('geboren am 14. März 1988'), Andalusian Spanish
with a two-digit year ('el 14 de marzo del 88'), Brazilian ('14/03/1988'), Malay ('14 Mac 1988'), a
British club's two-digit year ('14/03/88'), a Swiss form's '14.03.1988' and an export's ISO date; typos as
movement people type between classes: a Swiss QWERTZ keyboard swapping 'y' and 'z' in a word ('yoga' ->
'zoga', 'lazy' -> 'layz'), or a phone swallowing the space after a short word ('at the' -> 'atthe', 'to
the' -> 'tothe'); negatives with the same regions' places, the titles, grades and name forms explained,
belts and dans, couple numbers and bibs without a name, class times, prices and weights, dance figures and
holds, flamenco palos, silat and capoeira words, job and order numbers without a name, postcodes alone,
studios named after their founders, versions, a commit, placeholder secrets, a masked PIN, test cards,
example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), helpline numbers every user shares, and
short everyday chat; no public figure is named).

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

HELDOUT65_SEED = 8460713
# no faker name locale, as in held-out 16 to 64: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT65: list[str] = []
# dance, martial arts and movement (held-out 66, written at the same time, takes water, weather and
# hazards); each origin: (men's given names, women's given names, family names); ';' separates names
# throughout, as some hold a space
NAMES_HELDOUT65: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Schwinger of the Entlebuch, canton of Lucerne
    "entlebuch": ("Pirmin;Joel;Sven;Remo;Beat;Jakob;Samuel;Hansruedi;Alois;Urs".split(";"),
                  "Vreni;Rosmarie;Elisabeth;Marlis;Priska;Theres;Margrit;Silvia;Annemarie;Bernadette".split(";"),
                  "Emmenegger;Wicki;Portmann;Schnider;Zihlmann;Lötscher;Unternährer;Stadelmann;Renggli;Duss;Thalmann;Bieri".split(";")),
    # Gitano flamenco families of Jerez's barrios of Santiago and San Miguel
    "jerez": ("Manuel;Diego;Antonio;Juan;Moisés;Israel;Tomás;Rafael;Fernando;José".split(";"),
              "Remedios;Angustias;Dolores;Manuela;Mercedes;Estrella;Macarena;Rocío;Soledad;Encarnación".split(";"),
              "Moneo;Carpio;Zarzana;Monje;Parrilla;Valencia;Soto;Peña;Fernández;Jiménez;Carrasco;Vargas".split(";")),
    # capoeira groups of Belém do Pará
    "belem": ("Raimundo Nonato;Francisco das Chagas;José Maria;Edilson;Josiel;Elielson;Rosinaldo;Jailson;Manoel;Benedito".split(";"),
              "Maria do Socorro;Francisca das Chagas;Rosilene;Valdirene;Maria de Nazaré;Rosângela;Edileuza;Joelma;Raimunda;Elizete".split(";"),
              "Pantoja;Quaresma;Maués;Brabo;Baía;Trindade;Cardoso;Corrêa;Pinheiro;Tavares;Barbosa;Nascimento".split(";")),
    # silat gayong and Mak Yong people of Kota Bharu, Kelantan (the last list: fathers' names)
    "kelantan": ("Azman;Faizal;Rosli;Zulkifli;Hafiz;Shukri;Mazlan;Zaki;Amran;Ridzuan".split(";"),
                 "Faridah;Rohana;Norhayati;Zaiton;Suhaila;Aminah;Nurul Ain;Salmiah;Hasnah;Rozita".split(";"),
                 "Hassan;Ismail;Yusoff;Mamat;Daud;Omar;Abdullah;Mohamad;Ibrahim;Sulaiman;Ahmad;Awang".split(";")),
    # Cumberland and Westmorland wrestlers of the Lakeland sports
    "cumbria": ("Jack;Tom;Graham;Alan;Ted;Billy;Wilf;Danny;Callum;Ernie".split(";"),
                "Ellie;Kirsty;Sophie;Jodie;Hannah;Megan;Beth;Lucy;Chloe;Amy".split(";"),
                "Routledge;Brockbank;Harrington;Tyson;Hodgson;Birkett;Armstrong;Nixon;Irving;Atkinson;Dixon;Bowness".split(";")),
}  # fmt: skip
# the Lucerne dialect's short forms of Entlebuch given names
ENTLEBUCH_SHORT_HELDOUT65 = {
    "Pirmin": "Pirmi", "Joel": "Joe", "Sven": "Svenu", "Remo": "Remi", "Beat": "Beätu", "Jakob": "Köbi",
    "Samuel": "Sämi", "Hansruedi": "Ruedi", "Alois": "Wisel", "Urs": "Ursli", "Vreni": "Vreneli",
    "Rosmarie": "Rösli", "Elisabeth": "Bethli", "Marlis": "Marli", "Priska": "Prisi", "Theres": "Thery",
    "Margrit": "Gritli", "Silvia": "Silvi", "Annemarie": "Anni", "Bernadette": "Berni",
}  # fmt: skip
# the Andalusian diminutive of a Jerez given name
JEREZ_DIMINUTIVE_HELDOUT65 = {
    "Manuel": "Manolito", "Diego": "Dieguito", "Antonio": "Antoñito", "Juan": "Juanillo", "Moisés": "Moisesito",
    "Israel": "Isra", "Tomás": "Tomasito", "Rafael": "Rafaelillo", "Fernando": "Nandito", "José": "Pepillo",
    "Remedios": "Remeditos", "Angustias": "Angustillas", "Dolores": "Lolita", "Manuela": "Manolita",
    "Mercedes": "Merceditas", "Estrella": "Estrellita", "Macarena": "Maca", "Rocío": "Rocito",
    "Soledad": "Sole", "Encarnación": "Encarnita",
}  # fmt: skip
# the apodo a barrio gives, written after the given name ('Diego el Zurdo'), men's and women's
JEREZ_APODOS_HELDOUT65 = (
    ["el Zurdo", "el Chato", "el Rubio", "el Flaco", "el Peque", "el Güito"],
    ["la Chispa", "la Rubia", "la Negra", "la Chica", "la Nena", "la Perla"],
)
# the apelidos of Belém's capoeira rodas: birds, fish, fruit and animals of the Amazon
CAPOEIRA_APELIDOS_HELDOUT65 = ["Curió", "Tucano", "Sabiá", "Jabuti", "Boto", "Piranha", "Açaí", "Tucumã", "Gavião",
                               "Jacaré", "Bem-te-vi", "Tracajá", "Cupuaçu", "Arara", "Tamuatá", "Pirarucu"]  # fmt: skip
# the derby names of a roller derby league's skaters
DERBY_NAMES_HELDOUT65 = ["Anna Mosity", "Tess Tosterone", "Polly Ester Burns", "Sue Ridge", "Ivana Hurtchu",
                         "Rhoda Kill", "Ella Mental", "Viv Isection", "Lucy Screws", "Brie Kneecaps"]  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman (None: either), and what goes
# with it: 'apelido' (a capoeira grade before an apelido) or 'given' (a Kelantan given name, with its prefix)
TITLED_HELDOUT65: dict[str, tuple[str, bool | None, str]] = {
    "mestre": ("belem", False, "apelido"),
    "contramestre": ("belem", False, "apelido"),
    "professor": ("belem", False, "apelido"),
    "professora": ("belem", True, "apelido"),
    "instrutor": ("belem", False, "apelido"),
    "cikgu": ("kelantan", None, "given"),
    "tok guru": ("kelantan", False, "given"),
}
TITLE_SLOT_HELDOUT65 = re.compile(
    r"(?<![\w'-])(Mestre|Contramestre|Professora|Professor|Instrutor|Cikgu|Tok Guru) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Schwinger's, a Jerez academy's, a Belém group's and a Lakeland club's
IBAN_SHAPES_HELDOUT65 = {"CH": "5n12c", "ES": "20n", "BR": "23n1a1c", "GB": "4a14n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT65 = ["schwingen", "flamenco", "baile", "capoeira", "ginga", "silat", "wrestling", "judo",
                      "karate", "ballroom", "pilates", "yoga", "aerial", "circus", "derby", "parkour"]  # fmt: skip
# a word with a 'y' or a 'z' a Swiss QWERTZ keyboard swaps
YZ_WORD_HELDOUT65 = re.compile(r"(?<![\w{}'@.#$-])([a-z]*[yz][a-z]*)(?![\w{}'@.-])")
# a short word whose following space a phone swallows
SHORT_WORD_HELDOUT65 = re.compile(r"(?<![\w{}'@.#$-])(at|to|the|in|on|of|my|is) (?=[a-z])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Lötscher' -> 'lotscher',
    'Maria do Socorro' -> 'mariadosocorro')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen65(Gen3):
    """Generators for held-out set 65: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT65."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT65))
        men, women, lasts = NAMES_HELDOUT65[origin]
        if woman is None:
            woman = rng.random() < 0.5
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _kelantan_given(self, first: str) -> str:
        """A Kelantan given name with the hereditary prefix many families carry ('Nik Faridah', 'Wan Azman')."""
        r = self.rng.random()
        prefix = "Nik " if r < 0.35 else "Wan " if r < 0.6 else "Che " if r < 0.72 else ""
        return prefix + first

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT65[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "entlebuch":
            if r < 0.35:  # a Rangliste: 'Wicki Joel'
                return f"{last} {first}"
            if r < 0.5:  # the short form with the family name: 'Sämi Portmann'
                return f"{ENTLEBUCH_SHORT_HELDOUT65[first]} {last}"
        if origin == "jerez":
            if r < 0.4:  # two family names: 'Remedios Moneo Carpio'
                return f"{first} {last} {other}"
            if r < 0.6:  # the barrio's apodo after the given name: 'Diego el Zurdo'
                return f"{first} {rng.choice(JEREZ_APODOS_HELDOUT65[woman])}"
        if origin == "belem":
            if r < 0.4:  # two family names: 'Raimundo Nonato Pantoja Cardoso'
                return f"{first} {last} {other}"
        if origin == "kelantan":
            given = self._kelantan_given(first)
            father = given.split(" ")[0] + " " + last if given.startswith(("Nik ", "Wan ")) else last
            if r < 0.5:  # 'Nik Faridah binti Nik Hassan'
                return f"{given} {'binti' if woman else 'bin'} {father}"
            if r < 0.65:  # the patronymic shortened: 'Azman b. Daud'
                return f"{given} {'bt.' if woman else 'b.'} {last}"
            return given
        if origin == "cumbria":
            if r < 0.3:  # a results sheet: 'J. Routledge'
                return f"{first[0]}. {last}"
            if r < 0.5:  # a weigh-in sheet: 'BROCKBANK, Ellie'
                return f"{last.upper()}, {first}"
        if r > 0.9:  # a register's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        if rng.random() < 0.06:  # a roller derby skater's derby name
            return rng.choice(DERBY_NAMES_HELDOUT65)
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.86:
            name = first
            if origin == "entlebuch" and rng.random() < 0.5:  # the short form alone: 'Köbi', 'Rösli'
                name = ENTLEBUCH_SHORT_HELDOUT65[first]
            elif origin == "jerez" and rng.random() < 0.5:  # the diminutive: 'Manolito', 'Lolita'
                name = JEREZ_DIMINUTIVE_HELDOUT65[first]
            elif origin == "belem" and rng.random() < 0.6:  # the apelido alone: 'Curió'
                name = rng.choice(CAPOEIRA_APELIDOS_HELDOUT65)
            elif origin == "kelantan":
                name = self._kelantan_given(first)
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Contramestre Tucano', 'Cikgu Rosli', 'Tok Guru Wan
        Ismail'), from the origin that uses it."""
        rng = self.rng
        origin, woman, kind = TITLED_HELDOUT65[title.lower()]
        if kind == "apelido":
            return rng.choice(CAPOEIRA_APELIDOS_HELDOUT65)
        men, women, _ = NAMES_HELDOUT65[origin]
        if woman is None:
            woman = rng.random() < 0.5
        return self._kelantan_given(rng.choice(women if woman else men))

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT65.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        shapes = [
            f"{pick(['Hauptstrasse', 'Dorfstrasse', 'Bahnhofstrasse', 'Chlosterbüel'])} {n}, 6170 Schüpfheim",
            f"{pick(['Hauptstrasse', 'Wiggenstrasse', 'Dorfplatz'])} {n}, 6182 Escholzmatt",
            f"Hof {pick(['Unterbühl', 'Oberlehn', 'Schwarzenegg', 'Hinterstalden'])}, {pick(['6196 Marbach LU', '6173 Flühli', '6162 Entlebuch'])}",
            f"C/ {pick(['Nueva', 'Cantarería', 'Taxdirt', 'Merced', 'Ancha'])}, {n}, {rng.randint(1, 4)}º {pick('ABCD')}, 11403 Jerez de la Frontera",
            f"Plaza de {pick(['Santiago', 'San Miguel', 'la Merced'])}, {rng.randint(1, 30)}, 1140{pick('2368')} Jerez de la Frontera",
            f"Travessa {pick(['Padre Eutíquio', 'Quintino Bocaiúva', 'Apinagés', 'Mauriti'])}, {rng.randint(100, 3999)}, {pick(['Batista Campos', 'Jurunas', 'Cremação', 'Pedreira'])}, Belém - PA, 660{rng.randint(10, 99)}-{rng.randint(0, 999):03d}",
            f"Passagem {pick(['Santa Rita', 'São Pedro', 'Mirandinha', 'Bom Jesus'])}, {n}, Guamá, Belém - PA",
            f"Lot {rng.randint(100, 4999)}, Jalan {pick(['Hospital', 'Sultan Yahya Petra', 'Kuala Krai', 'Pengkalan Chepa'])}, 15{rng.randint(0, 3)}00 Kota Bharu, Kelantan",
            f"PT {rng.randint(100, 999)}, Kampung {pick(['Kubang Kerian', 'Pulau Melaka', 'Kota Jembal', 'Panji'])}, 16150 Kota Bharu, Kelantan",
            f"{pick(['Fell View', 'Beck House', 'Low Garth', 'Howe Cottage'])}, Bampton, Penrith CA10 {rng.randint(1, 9)}{pick(letters)}{pick(letters)}",
            f"{n} {pick(['Lake Road', 'Compston Road', 'Rydal Road', 'Church Street'])}, Ambleside LA22 {rng.randint(0, 9)}{pick(letters)}{pick(letters)}",
            f"{rng.randint(1, 40)} {pick(['Broadgate', 'Easedale Road', 'Red Bank Road'])}, Grasmere LA22 9{pick(letters)}{pick(letters)}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT65)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1940, 2008)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["bluewin.ch", "gmx.ch", "sunrise.ch", "telefonica.net", "hotmail.es", "uol.com.br",
                             "bol.com.br", "yahoo.com.br", "gmail.com", "yahoo.com.my", "tm.net.my",
                             "btinternet.com", "outlook.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"041 480 {d(2)} {d(2)}",  # Schüpfheim, Lucerne
            f"041 486 {d(2)} {d(2)}",  # Escholzmatt
            f"07{rng.choice('6789')} {d(3)} {d(2)} {d(2)}",  # Swiss mobile
            f"+41 79 {d(3)} {d(2)} {d(2)}",
            f"956 {d(2)} {d(2)} {d(2)}",  # Jerez
            f"6{d(2)} {d(2)} {d(2)} {d(2)}",  # Spanish mobile
            f"+34 6{d(2)} {d(3)} {d(3)}",
            f"(91) 32{d(2)}-{d(4)}",  # Belém
            f"(91) 9{d(4)}-{d(4)}",  # Pará mobile
            f"+55 91 9{d(4)}-{d(4)}",
            f"09-74{d(1)} {d(4)}",  # Kota Bharu
            f"01{rng.choice('3679')}-{d(3)} {d(4)}",  # Malaysian mobile
            f"+60 1{rng.choice('3679')}-{d(3)} {d(4)}",
            f"015394 {d(5)}",  # Ambleside and Grasmere
            f"01768 {d(6)}",  # Penrith
            f"07{d(3)} {d(6)}",  # UK mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2720", 16), ("34", 15),
                                     ("37", 15), ("6011", 16), ("36", 14), ("636368", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT65))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT65[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the scrutineering laptop, the judo scoreboard, the dojo's door
        reader, the hot room's heater, the pilates kiosk, the aerial rig's load cell, the circus winch, the
        parkour gym's camera, the Schwingfest's results screen, the peña's sound desk, the silat club's CCTV
        and the wrestling mat's bout timer, and this set's pastes; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:1210:{h()}:{h()}::{h()}", f"2a0c:5a80:{h()}:{h()}::{h()}", f"2804:14d:{h()}:{h()}::{h()}",
                         f"2001:e68:{h()}:{h()}::{h()}", f"2a00:23c7:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the scrutineering laptop at the ballroom comp is {}, the marks from round 2 didn't sync", v4),
            ("the judo scoreboard is on {}, it keeps showing the old osaekomi time", v4),
            ("the door reader at the karate dojo is {}, my fob stopped working", rng.choice([v4, v6])),
            ("the heater controller in the hot yoga room is {}, it's stuck at 41 degrees", v4),
            ("the booking kiosk at the pilates studio is {}, it won't print the reformer slots", v4),
            ("the load cell on the aerial rig reports to {}, can you check last night's peak", rng.choice([v4, v6])),
            ("the winch controller for the trapeze is on {}, don't touch it during class", v4),
            ("the camera at the parkour gym is {}, someone left the vault boxes out", v4),
            ("the results screen at the schwingfest is {}, the third round is missing", v4),
            ("the sound desk at the peña is {}, the guitar mic is dead again", v4),
            ("the cctv at the silat club is {}, check who left the gate open", rng.choice([v4, v6])),
            ("the bout timer on mat 2 is {}, it resets every time the ref blows", v4),
            ("POSTGRES_HOST={}", v4),
            ("SMTP_HOST={}", v4),
            ("      - PUBLIC_URL=http://{}:8080", v4),
            ("REDIS_HOSTNAME={}", v4),
            ("TIMETAGGER_BIND={}:8080", v4),
            ("  - address: {}", v6),
            ("2025-05-17 19:02:11 WARN rig-loadcell: point 3 at {} peaked 4.1 kN, class paused", v4),
            ("[seatsurfing] 2025-05-17T07:58:03Z login failed for frontdesk from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Schuepfheim', 'Escholzmatt', 'Fluehli'])}{rng.choice(['6170', '6182', '6173'])}{rng.choice(['!', '#', ''])}",
                f"Jerez{rng.choice(['11403', '_Santiago', '_bulerias'])}{rng.choice(['!', '?', ''])}",
                f"Belem_{rng.choice(['ginga', 'roda', 'berimbau'])}{rng.choice(['91', '66', ''])}",
                f"KotaBharu{rng.choice(['15200', '_gayong', '_makyong'])}{rng.choice(['#', '!', ''])}",
                f"Grasmere_{rng.choice(['hipe', 'buttock', 'cross-buttock', 'backheel'])}",
                rng.choice(["pirouette", "ginga", "kata", "vinyasa", "trapeze", "rumba"]).translate(leet) + rng.choice(["", "!", "_65"]),
                f"{rng.choice(['brownbelt', 'bluebelt', 'greenbelt', 'blackbelt'])}-{rng.randint(1, 5)}{rng.choice(['kyu', 'dan'])}",
                f"{rng.choice(['Schupfheim', 'Triana', 'Guama', 'Kubang', 'Bampton'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Salto', 'Tango', 'Kata', 'Silks'])}{rng.randint(1, 99)}",
                f"{rng.choice(['batizado', 'schwingfest', 'scrimmage'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        bcrypt = alnum + "./"
        options = [
            # passwords handed over in ways no earlier set used
            ("the dojo wifi is written on the back of my grading certificate, {}", pw),
            ("sensei wrote the club login inside the label of my belt, {}", pw),
            ("the hall wifi was printed on the back of the dance card, {}", pw),
            ("the rig app password is on the whiteboard by the aerial rig, {}", pw),
            ("someone taped the roda's stream password to the berimbau gourd, {}", pw),
            ("the schwingfest wifi is chalked on the board by the sawdust ring, {}", pw),
            ("the academy wifi is written inside the lid of my flamenco shoe box, {}", pw),
            ("i wrote the studio wifi on my yoga mat strap, {}", pw),
            ("the sticker on reformer 3 has the booking login, {}", pw),
            ("the code for the trapeze cupboard is on the bar tape, {}", d(4)),
            ("i wrote the league portal password on the heel of my skate, {}", pw),
            ("the comp wifi is on the back of everyone's bib, {}", pw),
            ("the key safe at the wrestling hall is {}", d(4)),
            ("the formbricks admin password for the comp entries is {}, close the entries on friday", pw),
            ("the budibase login for the grading records is {}, add saturday's results", pw),
            ("ok the seatsurfing password for the reformer bookings is {}, thanks for fixing the slots", pw),
            ("the timetagger login for the coaching hours is {}, log my aerial classes", pw),
            # cues in ways no earlier set used
            ("ds wlan-passwort isch {}, säg's niemerem", pw),
            ("la contraseña del wifi e' {}, no se la diga' a nadie, quillo", pw),
            ("a senha do wifi é {}, não passa pra ninguém, égua", pw),
            ("password wifi dio {}, jange bagi ore lain", pw),
            ("wifi's {}, divn't give it oot, marra", pw),
            # commands
            ("$ psql postgresql://seatsurfing:{}@db:5432/seatsurfing", colonless),
            ("$ curl -H 'x-budibase-api-key: {}' http://budibase.local:10000/api/public/v1/tables", tok(40, alnum)),
            ("$ redis-cli -h redis -a {} ping", colonless),
            # pastes
            ("POSTGRES_URL=postgres://seatsurfing:{}@db/seatsurfing?sslmode=disable", colonless),
            ("JWT_SIGNING_KEY={}", tok(64, alnum)),
            ("      - INIT_ORG_PASS={}", pw),
            ("MAIL_SMTP_PASS={}", pw),
            ("NEXTAUTH_SECRET={}", tok(64, hexl)),
            ("ENCRYPTION_KEY={}", tok(64, hexl)),
            ("CRON_SECRET={}", tok(32, hexl)),
            ("DATABASE_URL=postgresql://postgres:{}@postgres:5432/formbricks?schema=public", colonless),
            ("COUCH_DB_PASSWORD={}", pw),
            ("MINIO_SECRET_KEY={}", tok(40, alnum)),
            ("INTERNAL_API_KEY={}", tok(32, alnum)),
            ("BB_ADMIN_USER_PASSWORD={}", pw),
            ("TIMETAGGER_CREDENTIALS=coach:{}", "$2a$08$" + tok(53, bcrypt)),
            ("MAXMIND_LICENSE_KEY={}", tok(16, alnum) + "_mmk"),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.ginga', 'roda_x', 'jammer.x17')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.ginga",
                f"roda_{last}",
                f"{first}.spins",
                f"{last}-{rng.randint(1, 5)}dan",
                f"pirouette_{first}",
                f"{first}.aerial",
                f"jammer.{first}{rng.randint(1, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=80)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "ch": f"{day}. {DE_MONTHS_HELDOUT65[m - 1]} {year}",
            "es": f"{day} de {ES_MONTHS_HELDOUT65[m - 1]} del {year % 100:02d}",
            "br": f"{day:02d}/{m:02d}/{year}",
            "my": f"{day} {MY_MONTHS_HELDOUT65[m - 1]} {year}",
            "uk": f"{day:02d}/{m:02d}/{year % 100:02d}",
            "chform": f"{day:02d}.{m:02d}.{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["ch", "es", "br", "my", "uk", "chform", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the judo licence renewal wants my date of birth, it's {}", any_shape),
            ("for the competition entry i had to put my birthday, {}", any_shape),
            ("the club insurance asks for everyone's birth date, mine is {}", any_shape),
            ("min brüeder isch geboren am {}, for the schwingfest licence", s["ch"]),
            ("mi hija nació el {}, the academy needs it for the exam", s["es"]),
            ("meu filho nasceu em {}, the batizado certificate asks for it", s["br"]),
            ("adik saya lahir {}, the silat tournament form wants it", s["my"]),
            ("the circus school waiver wants my DOB, it's {}", s["uk"]),
            ("Geburtsdatum: {}", s["chform"]),
            ("geboren am {}", s["ch"]),
            ("Fecha de nacimiento: {}", s["es"]),
            ("Data de nascimento: {}", s["br"]),
            ("Tarikh lahir: {}", s["my"]),
            ("DOB: {}", s["uk"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


DE_MONTHS_HELDOUT65 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
ES_MONTHS_HELDOUT65 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
MY_MONTHS_HELDOUT65 = (
    "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()
)


HELDOUT65_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is covering the thursday salsa class, the usual teacher is off",
        "can you ask {} if the waltz lesson moved to seven",
        "{} and i are couple 112 at the comp on saturday",
        "{} got her green belt at the grading last night",
        "{} threw me with a hip throw three times in randori",
        "{} is taking the kata class while sensei is away",
        "{} won the 74 kilo final at the wrestling open",
        "{} led the roda on sunday and the bateria was amazing",
        "{} is getting his new cord at the batizado in june",
        "{} won the sawdust ring three rounds in a row at the schwingfest",
        "{} danced a soleá at the peña and the whole room went quiet",
        "{} teaches the bulerías class for beginners on mondays",
        "{} took the silat class through the new buah pukul",
        "{} is doing the mak yong rehearsal at the cultural centre",
        "{} won the 11 stone at the lakeland sports",
        "{} is the cover teacher for hot yoga tomorrow at 6",
        "{} runs the reformer class at lunchtime, it's always full",
        "{} is my aerial coach, she made me do the silks drop twice",
        "{} spotted me on the trapeze and caught me by the belt",
        "{} is jamming for us in the first half, tell the bench",
        "{} hosts the parkour jam by the river every sunday",
        "{} fell off the vault box and is out for a month",
        "{} is the new scrutineer at the ballroom comp",
        "{} judged the latin final and gave us a 3",
        "tell {} the grading fee is due on friday",
        "i'm meeting {} at the studio to practise the quickstep",
        "we're sharing the lift to the comp with {}",
        "{} says the wrestling club needs two more for the team",
        "{} set up the circus tent with the riggers all morning",
        "remind me to text {} about the derby scrimmage",
        "Mestre {} closed the roda with a samba de roda",
        "Contramestre {} teaches the kids on wednesdays",
        "Professora {} is running the maculelê workshop",
        "Instrutor {} is bringing the berimbaus",
        "Cikgu {} wants us at the gelanggang by eight",
        "Tok Guru {} watched the whole grading without a word",
        "ok so {} is bringing the mats, thanks for sorting the seminar",
        "yes {} is the one with the red shoes in the flamenco class, say hi",
        "Teacher: {}",
        "Leader: {}",
        "Follower: {}",
        "Couple no. 112: {} & {}",
        "Adjudicator: {}",
        "Scrutineer: {}",
        "Batizado de: {}",
        "Corda (cord) from: {}",
        "Candidate: {}",
        "Graded by: {}",
        "Uke: {}",
        "Red corner: {}",
        "Blue corner: {}",
        "Referee: {}",
        "Schwinger: {}",
        "Kampfrichter: {}",
        "Al baile: {}",
        "Al cante: {}",
        "A la guitarra: {}",
        "Pesilat: {}",
        "Jurulatih: {}",
        "Class led by: {}",
        "Cover teacher: {}",
        "Reformer 3: {}",
        "Aerial coach: {}",
        "Spotter: {}",
        "Rigger on duty: {}",
        "Jammer: #17 {}",
        "Pivot: {}",
        "Bench coach: {}",
        "Jam host: {}",
        "Bib 204 - {}",
        "| Sat 17 May | 1st kyu grading | {} |",
        '"competitor": "{}",',
    ],
    "STREET_ADDRESS": [
        "the mats need to go to {}",
        "send the grading certificate to {}",
        "the new studio is at {}, upstairs",
        "the peña moved to {}",
        "the batizado is at {} this year",
        "the silat club trains at {}",
        "the wrestlers meet at {} before the sports",
        "Address: {}",
        "Adresse: {}",
        "Dirección: {}",
        "Endereço: {}",
        "Alamat: {}",
        '"venue_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the competition entry to {}",
        "the class timetable comes from {}",
        "email the grading results to {}",
        "the batizado photos go to {}",
        "Email (competitor): {}",
        '"email": "{}",',
        "BB_ADMIN_USER_EMAIL={}",
        "MAIL_FROM={}",
    ],
    "PHONE_NUMBER": [
        "the dance teacher's mobile is {}",
        "call the dojo on {}, they open at 5",
        "the academy's number is {}",
        "the wrestling secretary is on {}",
        "ring the circus school on {} if the rig is down",
        "Tel.: {}",
        "Teléfono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the grading fee with {}",
        "the comp entry went on {}",
        "the flamenco shoes were charged to {}",
        "put the reformer pack on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the league dues go to {}",
        "pay the seminar back into {}",
        "send my share of the coach hire to {}",
        "the academy wants the term paid to {}",
        "IBAN: {}",
        "IBAN (Mitgliederbeitrag): {}",
    ],
    "USERNAME": [
        "on Smoothcomp I'm {}",
        "my O2CM name is {}",
        "the Mindbody app has me as {}",
        "on Momence I'm {}",
        "my ClassPass login is {}",
        "on Zen Planner I'm {}",
        "my Sportdata user is {}",
        "the club's JudoInside profile is {}",
        "on Instagram the capoeira group posts as {}",
        "my derby roster login is {}",
        "the Smoothcomp account for the club is {}",
        "on O2CM our couple is under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT65_MIXED = [
    ("Competitor: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Teacher: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[seatsurfing]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/v1/bookings", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the code for the mat store, it's {}", ["PERSON", "SECRET"]),
    ("Candidate: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Smoothcomp name is {}, the entry refund goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the batizado came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the reformer pack with {}", ["PERSON", "CREDIT_CARD"]),
    ("Professora {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Schwinger: {}, address {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT65_NEGATIVES = [
    "the Entlebuch is a valley in the canton of Lucerne",
    "so a Schwingfest is wrestling in a ring of sawdust",
    "a Rangliste puts the family name before the given name",
    "in the Entlebuch they shorten Jakob to Köbi",
    "6170 is the postcode of Schüpfheim",
    "the Kranz is the oak wreath the best Schwinger win",
    "the Schwinger wear canvas shorts over their trousers to grip",
    "the Schwingfest starts at 08:00 and the final is at 16:30",
    "Jerez has the barrios of Santiago and San Miguel",
    "so bulerías are the fast palo everyone in Jerez dances",
    "an apodo is the nickname a barrio gives you",
    "a peña is a flamenco club with a bar and a little stage",
    "the compás of bulerías is twelve beats",
    "flamenco shoes with nails cost about 140 euros",
    "11403 is a postcode in Jerez de la Frontera",
    "Belém is at the mouth of the Amazon",
    "a batizado is where a capoeirista gets their first cord and their apelido",
    "so in capoeira Mestre and Contramestre are grades",
    "the berimbau has a gourd and a single wire",
    "the roda starts with a ladainha",
    "in Belém a passagem is a narrow alley",
    "PA 66025 is a postcode in Belém",
    "açaí in Belém is eaten with fish, not with granola",
    "Kota Bharu is the capital of Kelantan",
    "silat gayong is a Malay martial art",
    "Mak Yong is a dance drama from Kelantan",
    "so Nik and Wan are inherited prefixes in Kelantan",
    "Cikgu means teacher in Malay",
    "a gelanggang is the training ground of a silat school",
    "bin means son of and binti daughter of",
    "PT on a Kelantan address is a plot number",
    "Cumberland and Westmorland wrestling starts with the back hold",
    "the Grasmere sports are in August",
    "the hipe and the cross buttock are throws",
    "the wrestlers wear white vests and embroidered trunks",
    "LA22 covers Ambleside and Grasmere",
    "a derby bout is two halves of 30 minutes",
    "the jammer wears the star on her helmet cover",
    "derby names are registered so no two skaters share one",
    "a brown belt is 1st kyu in our club",
    "the grading is on 17 May at 10:00",
    "2nd dan needs four years after 1st dan",
    "ippon seoi nage is a shoulder throw",
    "the under 74 kilo category has 16 entries",
    "mat 2 runs the women's categories",
    "couple 112 is in heat 3 of the quickstep",
    "the waltz is danced at 28 to 30 bars a minute",
    "the latin final is cha cha, samba, rumba, paso doble and jive",
    "the comp entry is 25 pounds per couple per event",
    "a closed hold is the standard ballroom frame",
    "bib 204 is in the second wave",
    "the hot yoga room is kept at 40 degrees",
    "the 6am vinyasa is 75 minutes",
    "a 10-class pilates pack is 180 francs",
    "reformer 3 has a loose spring",
    "the silks are rated to 1,000 kg",
    "the trapeze is rigged at 7 metres",
    "the circus school's kids' class is 14 to 17",
    "the parkour jam is on sunday at 2pm by the river",
    "a kong vault is a dive over the box",
    "order 66412 is 20 new mats",
    "job 1187 is the ceiling rig inspection",
    "the Studio Ramírez on the corner is named after its founder",
    "the new Seatsurfing 1.27 added recurring bookings",
    "looks like Formbricks 3.0 changed the env file",
    "Budibase 3 moved the builder to a new port",
    "i think TimeTagger 24.07 added tags",
    "Pocket ID 1.0 needs an ENCRYPTION_KEY now",
    "fixed in commit 9c3e1af, see the changelog",
    "JWT_SIGNING_KEY=<generate a long random string>",
    "INIT_ORG_PASS=changeme",
    "NEXTAUTH_SECRET=",
    "password: changeme",
    "mat store code: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the mastercard test number",
    "CH93 0076 2011 6238 5295 7 is the example IBAN in the docs",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "write to competitor@example.org on the form",
    "192.0.2.65 is a documentation address",
    "203.0.113.40 is a documentation address",
    "2001:db8:65::1 is a documentation address",
    "call 144 in Switzerland if someone is hurt",
    "call 112 in Spain for an ambulance",
    "call 999 in Malaysia or in the UK",
    "the warm up is 10 minutes",
    "did the new gis come yet",
    "bring knee pads, the floor is hard",
    "ok the routine is done, finally",
    "yes the mats are all out, thanks",
    "I NAILED THE SALTO AT LAST",
]  # fmt: skip


def _typo65(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a Swiss QWERTZ keyboard swaps 'y' and 'z' in a
    word ('yoga' -> 'zoga', 'lazy' -> 'layz'), or a phone swallows the space after a short word ('at the'
    -> 'atthe'). Only in sentences typed to the bot or a friend; a title stays as written."""
    if not _chat_like(template):
        return template
    words = list(YZ_WORD_HELDOUT65.finditer(template))
    if words and rng.random() < 0.55:
        m = rng.choice(words)
        swapped = m.group(1).translate(str.maketrans("yz", "zy"))
        return template[: m.start()] + swapped + template[m.end() :]
    shorts = list(SHORT_WORD_HELDOUT65.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + m.group(1) + template[m.end() :]


def build_heldout65(seed: int = HELDOUT65_SEED) -> list[Example]:
    """Held-out set 65: `Gen65` values in `HELDOUT65_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen65(seed)
    return assemble_module_set(
        gen, HELDOUT65_TEMPLATES, HELDOUT65_MIXED, HELDOUT65_NEGATIVES, _typo65, person=gen.person_for
    )
