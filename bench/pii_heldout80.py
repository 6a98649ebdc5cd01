"""Held-out PII set 80 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout80": written before round 50 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT80 is empty, as for
held-out 16 to 78; written at the same time as held-out 79, the two authors split the world between them: 80
takes sport run by volunteers (grassroots football and korfball clubs' registrations, referees'
appointments, parkrun and fun-run volunteers, bowls and pétanque clubs, rowing and canoe clubs,
martial-arts gradings, angling matches, supporters' clubs and away-day coaches, youth leagues' transfer
forms), 79 takes music made by amateurs); hand-written lists of the Groningers of Winsum, Baflo, Ezinge and
Warffum in Het Hogeland (the korfball club's volunteers and its canteen rota, the rowing club on the
Reitdiep, the bowls green and the angling club's matches on the Winsumerdiep; Groningen given names
('Harm', 'Roelf', 'Freerk', 'Ubbo', 'Geesje', 'Wubbien', 'Hilje'), Groningen family names in '-a' and
'-huis' ('Wierenga', 'Bronsema', 'Jagersma', 'Oosterhuis', 'Nienhuis', 'Tiddens'), a Dutch team sheet's
initials without spaces ('H.J. Wierenga'), a club register's 'Family, I.' ('Bronsema, G.'), a married
woman's own family name after her husband's ('Geesje Nienhuis-Wierenga'), and 'ome' before a man's and
'oma' before a woman's given name, as the club's children call the older volunteers, outside the span:
'Roelf Jagersma', 'ome Harm', 'oma Geesje'), the Sarakatsani of Epirus (Ioannina, Konitsa and the Zagori
villages: amateur football's referees and their appointment lists, the mountain fun-run's marshals and a
karate dojo's gradings in Ioannina; Greek given names in Latin letters ('Thanasis', 'Zisis', 'Lambros',
'Ourania', 'Triantafyllia', 'Sotiria'), Sarakatsan family names ('Tsoumanis', 'Zarkadas', 'Gatsos',
'Tzimas', 'Bakolas', 'Ntalas') and a woman's in the genitive ('Tsoumani', 'Gatsou', 'Zarkada'), an
appointment list's 'FAMILY Given' ('ZARKADAS Lambros'), a 'Family I.' ('Tzimas Z.'), and 'thio' before a
man's and 'thia' before a woman's given name, outside the span: 'Zisis Gatsos', 'Ourania Tsoumani', 'thio
Lambros', 'thia Sotiria'), the Afro-Ecuadorians of the Chota valley (Carpuela, El Juncal, Chota and Ambuquí
in Imbabura: the village football clubs, the youth league's transfer forms with a parent's consent, the
supporters' buses to Quito and the players gone to Spain; given names as the valley chooses them ('Segundo',
'Ulises', 'Neicer', 'Bairon', 'Barbarita', 'Zoila', 'Yadira'), the valley's family names ('Chalá',
'Carabalí', 'Anangonó', 'Minda', 'Folleco', 'Carcelén', 'Congo'), both family names ('Ulises Chalá
Minda'), a ficha's 'FAMILY FAMILY Given' ('CARABALÍ ANANGONÓ Neicer'), and 'ñaño' before a man's and 'ñaña'
before a woman's given name, outside the span) and the Lebou of Yoff, Ngor and Ouakam in Dakar (the
navétanes neighbourhood football clubs (ASC), the pirogue regattas, the pétanque club on the corniche and
the beach's fun-run; Lebou and Wolof given names ('Libasse', 'Seydina', 'Ndiaga', 'Khady', 'Ndèye',
'Mame Diarra'), Lebou family names ('Mbengue', 'Ndoye', 'Diagne', 'Paye', 'Thiaw', 'Ndir', 'Yade'), a
French register's 'FAMILY Given' ('MBENGUE Libasse'), a licence's initial ('S. Ndoye'), and 'Tonton'
before a man's and 'Yaay' before a woman's given name, outside the span); names on a team sheet and a
match card, a referee appointment list, a parkrun volunteer roster, a rink card, a pétanque draw, a crew
list, a grading certificate, an angling match's peg draw and weigh-in sheet, a coach seating plan, a
registration form with a parent's consent, a transfer form, a match report's credits and a club's
invoice; a coach company, a taverna, a bar or a sports shop that carries a family name ('Bronsema
Touringcars', 'Taverna Tsoumanis', 'Transports Mbengue et Fils', 'Deportes Chalá') no person either, a
shirt's, a bib's, a peg's, a rink's, a seat's or a licence's number no secret; a team sheet's
('Aanvoerder:', 'Coach:', 'Teamleider:'), a korfball club's ('Kantinedienst:', 'Scheidsrechter:',
'Zaalwacht:'), a referee appointment list's ('Referee:', 'AR1:', 'AR2:', 'Observer:', 'Diaititis:'), a
parkrun roster's ('Run director:', 'Tail walker:', 'Barcode scanning:', 'Funnel manager:'), a bowls rink
card's ('Skip:', 'Lead:'), a pétanque draw's ('Tireur :', 'Pointeur :'), a crew list's ('Cox:', 'Stroke:',
'Stuurman:'), a regatta's ('Capitaine de pirogue :', 'Pagayeur n° 7 :'), a grading's ('Candidate:',
'Graded by:', 'Kyu awarded to:'), an angling match's ('Peg 14:', 'Weighed in by:'), a coach seating plan's
('Seat 23:', 'Coach steward:'), a registration's ('Parent/guardian consent:', 'Ouder/verzorger:'), a
transfer form's ('Jugador:', 'Representante legal:'), credits' ('Match report by:', 'Photos:') and an
invoice's ('Factuur aan:', 'Facture à :', 'Factura a nombre de:') fields; over three quarters of the
sentences typed to the bot or a friend: the korfball match moved to the sports hall, the canteen rota, the
referee who never turned up and the appointment changed at the last minute, the parkrun roster short of a
tail walker, the fun-run's marshal points, the bowls rink booked for the pairs, the pétanque draw on the
corniche, the rowing crew's early outing and the boat with the broken rigger, the pirogue regatta, the
karate grading and the belt, the angling match's peg draw and the weigh-in, the supporters' coach leaving
at 6 and the seat plan, and the youth league's transfer form that needs a parent's signature; self-hosted
apps' config no earlier set pasted: Bracket's .env for the korfball tournament, Paheko's
config.local.php for the pétanque club's members and dues, OhMyForm's .env for the youth league's
registration forms and SeaTable's .env for the rowing club's boat bookings and the coach seat plans; those
regions' addresses (Winsum's 'Hoofdstraat 41, 9951 AA Winsum', a house number's letter ('Stationsweg 12a,
9951 AM Winsum') and the villages' 'Warffum' and 'Ezinge' with their postcodes, Groningen's 'Oosterstraat
7-II, 9711 NN Groningen', Ioannina's 'Dodonis 45, 454 44 Ioannina' and a Zagori village's 'Monodendri,
440 07 Zagori, Ioannina', Konitsa's '441 00', the Chota valley's barrio and its corner ('Barrio San
Vicente, calle Principal y pasaje 2, Carpuela, Ambuquí, Imbabura'), Ibarra's 'Av. Mariano Acosta 12-45 y
Rafael Sánchez, Ibarra' and Quito's new numbering 'Av. 10 de Agosto N24-115 y Colón, Quito', a Madrid flat
('C/ de la Oca 58, 3º B, 28025 Madrid'), and Dakar's 'Cité Djily Mbaye, villa n° 45, Yoff, Dakar', 'Ngor
Village, près de la grande mosquée, Dakar' and 'Ouakam, rue OKM-112, Dakar') and phones (Winsum's '0595',
Groningen's '050', Dutch mobiles '06-' and '+31 6', Ioannina's '26510', Konitsa's '26550', Greek mobiles
'69x' and '+30 69', Ibarra's '06 29', Ecuadorian mobiles '09x' and '+593 9', Spanish mobiles '6xx', Dakar's
'33 8' and Senegalese mobiles '77', '78', '76' and '70' and '+221'); Visa, Mastercard 53 and 2230, Amex 34
and Discover 6011 as a club's dues, a referee's course, a coach seat or a regatta's entry fee take them;
IBANs of the Netherlands, Greece, Spain and Senegal; IPs of the sports hall's scoreboard, the clubhouse
till, the boathouse's door camera, the bowls green's sprinkler controller, a fun-run's timing mat reader,
the dojo's door keypad, the fishing lake's barrier, a supporters' coach's tracker, a ground's livestream
camera and the pastes above, v6 in 2a02:a440:, 2a02:587:, 2800:bf0: and 2c0f:fb50: ranges; passwords handed
over in ways no earlier set used (on the back of the match card, in the referee's notebook, on the whistle
lanyard's tag, on the boathouse key-safe's label, on the parkrun finish-token box's lid, on the kit bag's
luggage tag, under the rink booking sheet, inside a grading certificate's envelope, on the peg draw bag,
at the bottom of the coach seat plan, on the back of the raffle book), Winsum ('Winsum9951',
'Reitdiep#0595'), Epirus ('Ioannina454', 'Zagori_26510'), the Chota valley ('Carpuela#06',
'Ambuqui2025'), Dakar ('Yoff221!', 'Ngor#33'), sport words in leetspeak ('k0rfb4l', 'p3t4nqu3'), a peg and a
rink ('Peg14-Rink3') and a shirt's number and a season ('Shirt10-2025'), and cues in Gronings (''t
wachtwoord is ..., nait wiedervertellen'), Greek in Latin letters ('o kodikos einai ..., min ton peis se
kanenan'), Ecuadorian Spanish ('la clave es ..., no le pases a nadie ñaño') and Wolof ('mot de passe bi
mooy ..., bul ko wax kenn'); usernames on TeamSnap, Pitchero, Sportlink, SportEasy, Transfermarkt,
Kooora, Wiwsport, Sofascore, OneFootball, PlayHQ and Sportlomo, shapes like 'x.korfbal', 'x-ref7', 'x_peg14',
'xx.cox', 'x.x.gr', 'yoff.x', 'x9navet' and 'x-dan2'; dates of birth for a youth player's registration, a
referee's licence, a parkrun volunteer's form, a grading certificate, a transfer form and a coach trip's
passenger list, in Dutch ('geboren op 14-03-1958'), Greek in Latin letters ('gennithika 14 Martiou 1958'),
a Greek form's 'Imerominia gennisis: 14/03/1958', Spanish ('nací el 14 de marzo de 1958'), an Ecuadorian
ficha's '1958/03/14', French ('né le 14/03/1958 à Yoff'), Wolof ('juddu naa ci 14 mars 1958') and an
export's ISO date, a youth player's as often as a grown-up's; typos as someone types on the touchline: a
sport word's well-known misspelling ('referee' -> 'referree', 'volunteer' -> 'volunter', 'tournament' ->
'tournement', 'league' -> 'leauge', 'committee' -> 'commitee'), or a touchline shorthand creeping into chat
('training' -> 'trainin', 'saturday' -> 'sat', 'minutes' -> 'mins', 'see you' -> 'cya', 'before' -> 'b4');
negatives with the same regions' places, the titles and the name forms explained, shirt, bib, peg, rink,
seat, coach and licence numbers alone, scores, kick-off times, fees and prices, dates that are no
birthdays, postcodes alone, businesses named after families, belts and grades, versions, a commit,
placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4
and v6), emergency numbers every user shares, and short everyday chat; no public figure is named).

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

HELDOUT80_SEED = 5274913
# no faker name locale, as in held-out 16 to 78: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT80: list[str] = []
# sport run by volunteers (held-out 79, written at the same time, takes music made by amateurs); each origin:
# (men's given names, women's given names, family names); ';' separates names throughout, as some hold a space
NAMES_HELDOUT80: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Groningers of Winsum, Baflo, Ezinge and Warffum: the korfball club, the rowing club on the Reitdiep,
    # the bowls green and the angling club
    "hogeland": ("Harm;Roelf;Freerk;Ubbo;Eppo;Hindrik;Berend;Derk;Menno;Geert".split(";"),
                 "Geesje;Wubbien;Hilje;Aaltje;Grietje;Trijntje;Fenna;Jantje;Annegien;Froukje".split(";"),
                 "Wierenga;Bronsema;Jagersma;Oosterhuis;Nienhuis;Tiddens;Huizinga;Venema;Dijkhuis;Buurma;Ritsema;Tammeling".split(";")),
    # Sarakatsani of Epirus: amateur football's referees, the Zagori fun-run's marshals, a dojo in Ioannina
    # (the family names in the men's form; a woman's is the genitive, see _greek_feminine)
    "sarakatsani": ("Thanasis;Zisis;Lambros;Kostas;Vangelis;Christos;Fotis;Tasos;Spyros;Giorgos".split(";"),
                    "Ourania;Triantafyllia;Sotiria;Vasiliki;Paraskevi;Chrysoula;Fotini;Zoi;Eleni;Ioanna".split(";"),
                    "Tsoumanis;Zarkadas;Gatsos;Tzimas;Bakolas;Ntalas;Goulas;Kitsos;Tsiakos;Katsaros;Karagiannis;Zisopoulos".split(";")),
    # Afro-Ecuadorians of the Chota valley: village football clubs, the youth league and its fichas
    "chota": ("Segundo;Ulises;Neicer;Bairon;Agustín;Edison;Wilmer;Eulogio;Geovanny;Jhon".split(";"),
              "Barbarita;Zoila;Yadira;Maritza;Shirley;Olga;Rosa Elvira;Nancy;Lidia;Marcia".split(";"),
              "Chalá;Carabalí;Anangonó;Minda;Folleco;Carcelén;Congo;Delgado;Lara;Borja;Tadeo;Padilla".split(";")),
    # Lebou of Yoff, Ngor and Ouakam: navétanes football, pirogue regattas, pétanque on the corniche
    "lebou": ("Libasse;Seydina;Ndiaga;Alioune;Assane;Modou;Laye;Issa;Baye;Ousmane".split(";"),
              "Khady;Ndèye;Mame Diarra;Coumba;Adji;Yacine;Rokhaya;Sokhna;Seynabou;Aïssatou".split(";"),
              "Mbengue;Ndoye;Diagne;Paye;Thiaw;Ndir;Yade;Samb;Seck;Dione;Guèye;Mbaye".split(";")),
}  # fmt: skip
# a title next to the name (outside the span), with the origin and whether a woman
TITLED_HELDOUT80: dict[str, tuple[str, bool]] = {
    "ome": ("hogeland", False),  # the club's children's 'uncle' for an older volunteer
    "oma": ("hogeland", True),  # and 'grandma' for the canteen's older lady
    "thio": ("sarakatsani", False),  # Greek 'uncle', to an older man
    "thia": ("sarakatsani", True),  # and 'aunt'
    "ñaño": ("chota", False),  # Ecuadorian 'brother', to a teammate
    "ñaña": ("chota", True),  # and 'sister'
    "tonton": ("lebou", False),  # Dakar's French 'uncle', to an older man
    "yaay": ("lebou", True),  # Wolof 'mother', to an older woman
}
TITLE_SLOT_HELDOUT80 = re.compile(
    r"(?<![\w'.-])(Ome|Oma|Thio|Thia|Ñaño|Ñaña|Tonton|Yaay) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Groninger's, an Epirote's, a Chota player's in Spain and a Lebou's in Dakar
IBAN_SHAPES_HELDOUT80 = {"NL": "4a10n", "GR": "7n16c", "ES": "20n", "SN": "1a23n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT80 = ["korfbal", "kantine", "scheidsrechter", "referee", "parkrun", "tailwalker", "marshal",
                      "bowls", "rink", "petanque", "boulodrome", "roeien", "cox", "pirogue", "regate", "dojo",
                      "kyu", "peg", "visclub", "navetane", "supporters", "awayday", "fichaje", "juveniles"]  # fmt: skip
# a sport word and its well-known misspelling
MISSPELT_HELDOUT80 = {
    "referee": "referree", "volunteer": "volunter", "tournament": "tournement", "league": "leauge",
    "committee": "commitee", "registration": "registation", "separate": "seperate", "definitely": "definately",
    "receive": "recieve", "schedule": "schedual", "necessary": "neccessary", "assistant": "assistent",
    "captain": "captian", "equipment": "equiptment", "certificate": "certificat",
}  # fmt: skip
MISSPELT_WORD_HELDOUT80 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT80, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a touchline shorthand creeping into chat
TOUCHLINE_HELDOUT80 = {
    "training": "trainin", "saturday": "sat", "sunday": "sun", "minutes": "mins", "see you": "cya",
    "before": "b4", "tomorrow": "tmrw", "everyone": "every1", "great": "gr8", "thanks": "thx",
}  # fmt: skip
TOUCHLINE_WORD_HELDOUT80 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(TOUCHLINE_HELDOUT80, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Chalá' -> 'Chala', 'Ndèye' -> 'Ndeye')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Mame Diarra' ->
    'mamediarra', 'Aïssatou' -> 'aissatou')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _greek_feminine(family: str) -> str:
    """A Greek family name as a woman carries it, the genitive of the men's form ('Tsoumanis' ->
    'Tsoumani', 'Gatsos' -> 'Gatsou', 'Zarkadas' -> 'Zarkada', 'Zisopoulos' -> 'Zisopoulou')."""
    if family.endswith("is"):
        return family[:-1]
    if family.endswith("os"):
        return family[:-2] + "ou"
    if family.endswith("as"):
        return family[:-1]
    return family


class Gen80(Gen3):
    """Generators for held-out set 80: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT80; a Sarakatsan woman's family
        name in the genitive."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT80))
        men, women, lasts = NAMES_HELDOUT80[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        if origin == "sarakatsani" and woman:
            last = _greek_feminine(last)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "hogeland":
            if r < 0.2:  # a Dutch team sheet: 'H.J. Wierenga'
                return f"{first[0]}.{rng.choice('AEGHJKRTW')}. {last}"
            if r < 0.35:  # a club register: 'Bronsema, G.'
                return f"{last}, {first[0]}."
            if r < 0.5 and woman:  # her husband's family name, then her own: 'Geesje Nienhuis-Wierenga'
                husband = rng.choice([x for x in NAMES_HELDOUT80["hogeland"][2] if x != last])
                return f"{first} {husband}-{last}"
        if origin == "sarakatsani":
            if r < 0.25:  # an appointment list: 'ZARKADAS Lambros'
                return f"{last.upper()} {first}"
            if r < 0.4:  # 'Tzimas Z.'
                return f"{last} {first[0]}."
        if origin == "chota":
            second = rng.choice([x for x in NAMES_HELDOUT80["chota"][2] if x != last])
            if r < 0.25:  # a ficha: 'CARABALÍ ANANGONÓ Neicer'
                return f"{last.upper()} {second.upper()} {first}"
            if r < 0.55:  # both family names: 'Ulises Chalá Minda'
                return f"{first} {last} {second}"
        if origin == "lebou":
            if r < 0.25:  # a French register: 'MBENGUE Libasse'
                return f"{last.upper()} {first}"
            if r < 0.4:  # a licence: 'S. Ndoye'
                return f"{first[0]}. {last}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.68:
            name = self._full(origin, first, last, woman)
        elif r < 0.88:
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
        """A given name for a title written next to it ('ome Harm', 'oma Geesje', 'thio Lambros', 'thia
        Sotiria', 'ñaño Ulises', 'ñaña Zoila', 'Tonton Libasse', 'Yaay Khady'), from the origin that uses it."""
        origin, woman = TITLED_HELDOUT80[title.lower()]
        _, first, _, _ = self._origin_name(origin, woman)
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT80.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 160)
        letters = lambda: "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))  # noqa: E731
        shapes = [
            f"{pick(['Hoofdstraat', 'Stationsweg', 'Onderdendamsterweg', 'Schouwerzijlsterweg', 'Lauwerstraat'])} {n}, 9951 {letters()} Winsum",
            f"{pick(['Stationsweg', 'Hoofdstraat', 'Molenweg'])} {n}{pick('abc')}, 9951 {letters()} Winsum",
            f"{pick(['Hoofdstraat', 'Oosterweg', 'Kerkstraat'])} {rng.randint(1, 90)}, {pick(['9989 AB Warffum', '9891 AS Ezinge', '9953 PE Baflo', '9771 AB Sauwerd'])}",
            f"{pick(['Oosterstraat', 'Nieuwe Ebbingestraat', 'Folkingestraat', 'Korreweg'])} {rng.randint(1, 140)}-{pick(['I', 'II', 'III', 'a'])}, 97{rng.randint(11, 47)} {letters()} Groningen",
            f"{pick(['Dodonis', 'Napoleontos Zerva', 'Averof', 'Ethnikis Antistaseos', 'Pyrsinella'])} {rng.randint(1, 120)}, 45{rng.randint(2, 4)} {rng.randint(10, 45)} Ioannina",
            f"{pick(['Monodendri', 'Tsepelovo', 'Skamneli', 'Papingo', 'Kipoi'])}, 440 07 Zagori, Ioannina",
            f"{pick(['Kapetan Zikou', 'Eleftheriou Venizelou', 'Averof'])} {rng.randint(1, 60)}, 441 00 Konitsa",
            f"Barrio {pick(['San Vicente', 'El Cruce', 'La Playa', 'Santa Lucía'])}, calle Principal y pasaje {rng.randint(1, 9)}, {pick(['Carpuela', 'El Juncal', 'Chota', 'Pusir'])}, Ambuquí, Imbabura",
            f"Av. {pick(['Mariano Acosta', 'Teodoro Gómez de la Torre', 'Jaime Rivadeneira'])} {rng.randint(1, 25)}-{rng.randint(10, 99)} y {pick(['Rafael Sánchez', 'Juan Montalvo', 'Pedro Moncayo'])}, Ibarra",
            f"Av. 10 de Agosto N{rng.randint(10, 40)}-{rng.randint(10, 199)} y {pick(['Colón', 'Orellana', 'Mariana de Jesús'])}, Quito",
            f"C/ de {pick(['la Oca', 'Antonio López', 'Marcelo Usera', 'la Laguna'])} {rng.randint(1, 200)}, {rng.randint(1, 9)}º {pick('ABCD')}, 280{pick(['25', '26', '19'])} Madrid",
            f"Cité {pick(['Djily Mbaye', 'Avion', 'Biagui', 'Millionnaire'])}, villa n° {rng.randint(1, 400)}, Yoff, Dakar",
            f"Ngor Village, {pick(['près de la grande mosquée', 'derrière le terrain de foot', 'face à la plage'])}, Dakar",
            f"Ouakam, rue OKM-{rng.randint(1, 300)}, Dakar",
            f"Yoff {pick(['Tonghor', 'Layène', 'Ndenatt', 'Dagoudane'])}, maison {n}, Dakar",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT80)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1960, 2012)}",
                           f"{subject}_{first}", f"{first}-{last[:5]}"])  # fmt: skip
        domain = rng.choice(["ziggo.nl", "kpnmail.nl", "home.nl", "hetnet.nl", "gmail.com", "otenet.gr",
                             "yahoo.gr", "hotmail.com", "outlook.es", "cnt.net.ec", "hotmail.es", "orange.sn",
                             "yahoo.fr", "live.fr", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0595-{d(6)}",  # Winsum
            f"0595 {d(2)} {d(2)} {d(2)}",
            f"050-{d(3)} {d(4)}",  # Groningen
            f"06-{d(8)}",  # Dutch mobiles
            f"+31 6 {d(4)} {d(4)}",
            f"26510 {d(5)}",  # Ioannina
            f"26550 {d(5)}",  # Konitsa
            f"69{rng.choice('4579')} {d(3)} {d(4)}",  # Greek mobiles
            f"+30 69{rng.choice('4579')} {d(3)} {d(4)}",
            f"(06) 29{d(2)}-{d(3)}",  # Ibarra
            f"09{rng.choice('6789')} {d(3)} {d(4)}",  # Ecuadorian mobiles
            f"+593 9{rng.choice('6789')} {d(3)} {d(4)}",
            f"6{d(2)} {d(3)} {d(3)}",  # Spanish mobiles
            f"33 8{d(2)} {d(2)} {d(2)}",  # Dakar
            f"7{rng.choice('0678')} {d(3)} {d(2)} {d(2)}",  # Senegalese mobiles
            f"+221 7{rng.choice('0678')} {d(3)} {d(2)} {d(2)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("53", 16), ("2230", 16), ("34", 15),
                                     ("6011", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT80))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT80[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the sports hall's scoreboard, the clubhouse till, the boathouse's door
        camera, the bowls green's sprinkler controller, a fun-run's timing mat reader, the dojo's door keypad,
        the fishing lake's barrier, a supporters' coach's tracker, a ground's livestream camera and this set's
        pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:a440:{h()}:{h()}::{h()}", f"2a02:587:{h()}:{h()}::{h()}", f"2800:bf0:{h()}:{h()}::{h()}",
                         f"2c0f:fb50:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the scoreboard in the sports hall is on {}, it froze at 12-11 again", v4),
            ("the clubhouse till got {} after the router swap, the canteen can't take cards", v4),
            ("the boathouse door camera is {}, it went offline before the early outing", rng.choice([v4, v6])),
            ("the sprinkler controller on the bowls green answers on {}", v4),
            ("the timing mat reader at the finish gave itself {} and lost the first 40 runners", v4),
            ("the dojo's door keypad is on {}, nobody could get in for the grading", v4),
            ("the barrier at the fishing lake is {}, it stayed shut for the match", rng.choice([v4, v6])),
            ("the tracker on the supporters' coach pings from {}, we can see it's stuck near Otavalo", v4),
            ("the livestream camera at the ground is {} port 554", rng.choice([v4, v6])),
            ("the bracket box for the korfball tournament runs on {}", rng.choice([v4, v6])),
            ("the paheko server for the pétanque club is {}", v4),
            ("PG_DSN=postgresql://bracket@{}:5432/bracket", v4),
            ("MONGODB_URI=mongodb://{}:27017/ohmyform", v4),
            ("SEATABLE_SERVER_HOSTNAME={}", v4),
            ("const SMTP_HOST = '{}';", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-05-17 09:02:11 WARNING bracket: failed login for 'toernooi' from {}", v4),
            ("[seatable] 2025-05-18T06:41:09Z ERROR too many login attempts from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Winsum', 'Reitdiep', 'Baflo'])}{rng.choice(['9951', '#0595', '!2025'])}",
                f"{rng.choice(['Ioannina', 'Zagori', 'Konitsa'])}{rng.choice(['454', '_26510', '#441'])}",
                f"{rng.choice(['Carpuela', 'Ambuqui', 'ElJuncal'])}{rng.choice(['#06', '2025', '_593'])}",
                f"{rng.choice(['Yoff', 'Ngor', 'Ouakam'])}{rng.choice(['221!', '#33', '_77'])}",
                rng.choice(["korfbal", "petanque", "referee", "parkrun", "navetane"]).translate(leet) + rng.choice(["", "!", "_80"]),
                f"Peg{rng.randint(1, 40)}-Rink{rng.randint(1, 6)}",
                f"Shirt{rng.randint(1, 23)}-{rng.randint(2019, 2026)}",
                f"{rng.choice(['rink', 'cox', 'dojo', 'marshal'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the league portal login is on the back of the match card, {}", pw),
            ("the appointments site password is in my referee notebook, {}", pw),
            ("the scoreboard app password is on the tag of the whistle lanyard, {}", pw),
            ("the boathouse booking login is on the key safe's label, {}", pw),
            ("the parkrun laptop password is on the lid of the finish token box, {}", pw),
            ("the club wifi is on the luggage tag of the kit bag, {}", pw),
            ("the bowls club's booking login is under the rink sheet, {}", pw),
            ("the grading system password is inside the certificate envelope, {}", pw),
            ("the match app login is written on the peg draw bag, {}", pw),
            ("the coach company's portal password is at the bottom of the seat plan, {}", pw),
            ("the supporters club email password is on the back of the raffle book, {}", pw),
            ("the key safe at the boathouse is {}, lock it after the outing", d(4)),
            ("the dojo door code is {}, the sensei changes it after every grading", d(4)),
            ("ok the paheko admin password is {}, add the new members before saturday", pw),
            ("my teamsnap password is {}, check if the kit money came in", pw),
            # cues in ways no earlier set used
            ("'t wachtwoord is {}, nait wiedervertellen", pw),
            ("o kodikos einai {}, min ton peis se kanenan", pw),
            ("la clave es {}, no le pases a nadie ñaño", pw),
            ("mot de passe bi mooy {}, bul ko wax kenn", pw),
            # commands
            ("$ psql postgresql://bracket:{}@localhost:5432/bracket", colonless),
            ("$ mongosh mongodb://ohmyform:{}@127.0.0.1:27017/ohmyform", colonless),
            ("$ mysql -u root -p{} -h seatable-db", colonless),
            # pastes
            ("JWT_SECRET={}", tok(64, hexl)),
            ("ADMIN_PASSWORD={}", pw),
            ('PG_DSN="postgresql://bracket:{}@db:5432/bracket"', colonless),
            ("const SECRET_KEY = '{}';", tok(40, alnum)),
            ("const SMTP_PASSWORD = '{}';", pw),
            ("SECRET_KEY={}", tok(48, alnum)),
            ("MAILER_URI=smtp://ohmyform:{}@mail.clubhuis.nl:587", colonless),
            ("SEATABLE_MYSQL_ROOT_PASSWORD={}", pw),
            ("SEATABLE_ADMIN_PASSWORD={}", pw),
            ("JWT_PRIVATE_KEY={}", tok(40, alnum)),
            ("REDIS_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.korfbal', 'x-ref7', 'x_peg14', 'yoff.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.korfbal",
                f"{last}-ref{rng.randint(1, 9)}",
                f"{first}_peg{rng.randint(1, 40)}",
                f"{first[:1]}{last}.cox",
                f"{first}.{last}.gr",
                f"yoff.{first}",
                f"{last}{rng.randint(1, 9)}navet",
                f"{first}-dan{rng.randint(1, 5)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format; a youth player's
        about a third of the time."""
        if self.rng.random() < 0.35:
            dt = self.f().date_of_birth(minimum_age=6, maximum_age=17)
        else:
            dt = self.f().date_of_birth(minimum_age=18, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "nl": f"{day:02d}-{m:02d}-{year}",
            "gr": f"{day} {GR_MONTHS_HELDOUT80[m - 1]} {year}",
            "num": f"{day:02d}/{m:02d}/{year}",
            "es": f"{day} de {ES_MONTHS_HELDOUT80[m - 1]} de {year}",
            "ec": f"{year}/{m:02d}/{day:02d}",
            "wo": f"{day} {FR_MONTHS_HELDOUT80[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["nl", "gr", "num", "es", "ec", "wo", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("mijn dochter is geboren op {}, the korfball club needs it for the registration", s["nl"]),
            ("ik ben geboren op {}, zet het maar op het parkrun formulier", s["nl"]),
            ("gennithika {}, the referee licence renewal wants it", s["gr"]),
            ("o mikros gennithike {}, put it on the dojo's grading form", s["gr"]),
            ("nací el {}, lo piden para la ficha del club", s["es"]),
            ("mi hijo nació el {}, the youth league's transfer form asks for it", s["es"]),
            ("je suis né le {} à Yoff, la licence navétane le demande", s["num"]),
            ("juddu naa ci {}, bind ko ci fiche bi", s["wo"]),
            ("the coach trip's passenger list wants a date of birth, mine is {}", any_shape),
            ("the rowing club asked for my son's birthday for the junior crew, it's {}", any_shape),
            ("the bowls club needs the new member's date of birth, {}", any_shape),
            ("Geboortedatum: {}", s["nl"]),
            ("Imerominia gennisis: {}", s["num"]),
            ("Fecha de nacimiento: {}", s["ec"]),
            ("Date de naissance : {}", s["num"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in Greek (genitive, Latin letters), Spanish and French
GR_MONTHS_HELDOUT80 = (
    "Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou Noemvriou "
    "Dekemvriou".split()
)
ES_MONTHS_HELDOUT80 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
FR_MONTHS_HELDOUT80 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


HELDOUT80_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is doing the canteen on saturday, i swapped with her",
        "can you ask {} if he still has the key to the sports hall",
        "{} refs the under 13s at 10, the appointment came late",
        "{} never turned up so the home coach had to referee",
        "{} is tail walker at parkrun this week",
        "{} marshals the water station at the fun run",
        "{} skips rink 3 in the pairs on wednesday",
        "{} won the pétanque draw again lol",
        "{} coxes the early crew, be at the boathouse by 6",
        "{} broke the rigger on the double, tell the committee",
        "{} paddles in the yoff pirogue at the regatta",
        "{} passed the green belt at the grading",
        "{} drew peg 14 and caught nothing all match",
        "{} weighed in 6 kilos of bream, new club record",
        "{} runs the supporters' coach to the away game",
        "{} is collecting the money for the away day",
        "{} signed the consent form for her son",
        "{} needs the transfer form signed by the old club",
        "{} washes the kit every week, bless her",
        "{} is our new korfball coach for the juniors",
        "i owe {} for the coach seat, remind me",
        "{} lines the pitch on friday evenings",
        "{} is the club secretary now, send the forms to him",
        "{} does the scoreboard at home games",
        "{} is treasurer, ask her about the dues",
        "ok so {} referees the first half and {} the second",
        "{} got appointed as AR2 for the derby",
        "{} is the observer on sunday, be on time",
        "{} organised the whole navétanes tournament",
        "{} is the sensei who signs the grading certificates",
        "{} put the nets up at the lake",
        "{} drives the minibus to the youth league games",
        "yes {} is bringing the oranges for half time",
        "i'm meeting {} at the ground at 9",
        "{} fell in the river getting the boat out haha",
        "ome {} opens the sports hall on saturday mornings",
        "oma {} runs the canteen at the korfball club",
        "thio {} referees in the village league every sunday",
        "thia {} hands out the water at the fun run",
        "ñaño {} scored twice on sunday",
        "ñaña {} collects the fees for the youth team",
        "Tonton {} steers the pirogue at the regatta",
        "Yaay {} cooks for the whole team after the match",
        "Aanvoerder: {}",
        "Teamleider: {}",
        "Kantinedienst: {}",
        "Scheidsrechter: {}",
        "Zaalwacht: {}",
        "Referee: {}",
        "AR1: {}",
        "AR2: {}",
        "Observer: {}",
        "Diaititis: {}",
        "Run director: {}",
        "Tail walker: {}",
        "Barcode scanning: {}",
        "Funnel manager: {}",
        "Skip: {}",
        "Lead: {}",
        "Tireur : {}",
        "Pointeur : {}",
        "Cox: {}",
        "Stroke: {}",
        "Stuurman: {}",
        "Capitaine de pirogue : {}",
        "Pagayeur n° 7 : {}",
        "Candidate: {}",
        "Graded by: {}",
        "Kyu awarded to: {}",
        "Peg 14: {}",
        "Weighed in by: {}",
        "Seat 23: {}",
        "Coach steward: {}",
        "Parent/guardian consent: {}",
        "Ouder/verzorger: {}",
        "Jugador: {}",
        "Representante legal: {}",
        "Match report by: {}",
        "Photos: {}",
        "Factuur aan: {}",
        "Facture à : {}",
        "Factura a nombre de: {}",
        "| U13 | 10:00 | Veld 2 | {} | bevestigd |",
        '"player_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the coach picks us up from {} at 6",
        "my new address is {}, update the club register",
        "send the referee kit to {}",
        "the boathouse is just behind {}",
        "the pétanque club meets at {}",
        "drop the kids at {} after training",
        "the tournament is at the hall near {}",
        "Adres: {}",
        "Dirección: {}",
        "Adresse : {}",
        "Pickup point: {}",
        "Diefthynsi: {}",
        '"home_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the team sheet to {}",
        "the appointments come from {}",
        "email the league at {} about the transfer",
        "the parkrun roster reminders come from {}",
        "E-mail ouder/verzorger: {}",
        '"email": "{}",',
        "ADMIN_EMAIL={}",
        "MAILER_FROM={}",
    ],
    "PHONE_NUMBER": [
        "the club secretary's number is {}",
        "call the coach driver on {} if we're late",
        "the referee's mobile is {}",
        "ring the boathouse on {} before the outing",
        "the pétanque club's number is {}, they answer after 5",
        "Tel.: {}",
        "Tél. : {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the club dues with {}",
        "the referee course went on {}",
        "the coach seats went on {}",
        "put the regatta entry fee on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the match fee into {}",
        "the club wants the season fee to {}",
        "send my share of the coach to {}",
        "the referee expenses go to {}",
        "IBAN: {}",
        "Rekeningnummer (IBAN): {}",
    ],
    "USERNAME": [
        "my TeamSnap name is {}",
        "on Pitchero the match report is posted by {}",
        "the Sportlink account for the club is {}",
        "on SportEasy i'm {}",
        "my Transfermarkt login is {}",
        "on Kooora the thread is from {}",
        "the Wiwsport profile is {}",
        "on Sofascore the amateur league is run by {}",
        "my OneFootball name is {}",
        "the PlayHQ admin is {}",
        "on Sportlomo the referee is {}",
        "the Pitchero account is {}",
        "find the fixtures on TeamSnap, {}",
        "on SportEasy my team is under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT80_MIXED = [
    ("Referee: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Teamleider: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("PG_DSN=postgresql://bracket@{}:5432/bracket\nADMIN_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8400/api/tournaments", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the scoreboard, it's {}", ["PERSON", "SECRET"]),
    ("Candidate: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my TeamSnap name is {}, pay the fees to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the appointments came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the coach seats with {}", ["PERSON", "CREDIT_CARD"]),
    ("Tonton {} takes the regatta entries on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Pickup for: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Factura a nombre de: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT80_NEGATIVES = [
    "Winsum is a village in Het Hogeland, north of Groningen",
    "the Reitdiep runs from Groningen to the Lauwersmeer",
    "9951 is the Winsum postcode",
    "ome and oma are what the club kids call the older volunteers",
    "Bronsema Touringcars is a coach company, not a person",
    "korfball is played with eight players, four men and four women",
    "the korfball match is at 14:30 in the sports hall",
    "the canteen sells coffee for 1.50",
    "Ioannina is the capital of Epirus",
    "the Zagori villages are north of Ioannina",
    "454 44 is an Ioannina postcode",
    "thio and thia mean uncle and aunt in Greek",
    "Taverna Tsoumanis is a restaurant, not a person",
    "a Greek woman's family name is the genitive of her father's",
    "the village league kicks off at 11",
    "the referee's fee is 40 euros a match",
    "the Chota valley is in Imbabura, north of Quito",
    "Carpuela and El Juncal are villages in the valley",
    "ñaño and ñaña mean brother and sister in Ecuador",
    "Deportes Chalá is a sports shop, not a person",
    "in Ecuador everyone carries two family names",
    "the bus to Quito takes about three hours",
    "Yoff, Ngor and Ouakam are Lebou villages inside Dakar",
    "the navétanes are played in the rainy season holidays",
    "Tonton means uncle and Yaay means mother",
    "Transports Mbengue et Fils is a coach company, not a person",
    "the pirogue regatta starts at 16h",
    "the pétanque draw is at 15h on the corniche",
    "shirt 10 is the captain's",
    "bib 214 finished in 24:51",
    "peg 14 is the one under the willow",
    "rink 3 is booked for the pairs",
    "seat 23 is at the back of the coach",
    "coach 2 leaves at 06:00 from the clubhouse",
    "we won 12-11 in the last minute",
    "it finished 2-2 after extra time",
    "the under 13s play at 10:00 on pitch 2",
    "the parkrun starts at 9 every saturday",
    "the fun run is 5 km or 10 km",
    "the green belt comes after the orange belt",
    "the grading is for 6th kyu to 3rd kyu",
    "the season fee is 120 euros for juniors",
    "the entry fee for the regatta is 5000 francs CFA",
    "the coach seat is 35 euros return",
    "the transfer window closes on 31 August",
    "the season starts on 2025-09-06",
    "the grading is on 14/06/2025",
    "the club was founded in 1953",
    "Bracket 2.0 changed the tournament view",
    "Paheko 1.3 has a new member list",
    "OhMyForm 1.0 added conditional fields",
    "SeaTable 5.1 changed the docker compose file",
    "fixed in commit 4c1e8a9, see the changelog",
    "ADMIN_PASSWORD=",
    "const SECRET_KEY = '';",
    "JWT_SECRET=changeme",
    "SEATABLE_ADMIN_PASSWORD=your-password-here",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "NL91 ABNA 0417 1643 00 is the example IBAN in the docs",
    "GR16 0110 1250 0000 0001 2300 695 is the example IBAN in the docs",
    "ES91 2100 0418 4502 0005 1332 is the example IBAN in the docs",
    "write to secretaris@example.com on the form",
    "192.0.2.80 is a documentation address",
    "198.51.100.80 is a documentation address",
    "2001:db8:80::1 is a documentation address",
    "call 112 for emergencies in the Netherlands and Greece",
    "in Ecuador the emergency number is 911",
    "in Senegal the police number is 17",
    "did the referee turn up yet",
    "the keys are in the canteen drawer",
    "ok the rain stopped, the match is on",
    "yes the coach is still waiting",
    "WE WON THE CUP",
    "hey, see you at the ground",
    "goeiemorn, wie haalt de ballen op",
    "kalimera, the match is at 11",
    "buenas, ya salimos para el partido",
    "nanga def, the regatta is today",
    "so tired after the tournament",
    "who left the boathouse door open",
]  # fmt: skip


def _typo80(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types on the touchline, a sport
    word's well-known misspelling ('referee' -> 'referree', 'volunteer' -> 'volunter', 'tournament' ->
    'tournement', 'league' -> 'leauge', 'committee' -> 'commitee'), or a touchline shorthand creeping into
    chat ('training' -> 'trainin', 'saturday' -> 'sat', 'minutes' -> 'mins', 'see you' -> 'cya', 'before'
    -> 'b4'). Only in sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT80.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT80[m.group(1)] + template[m.end() :]
    shorts = list(TOUCHLINE_WORD_HELDOUT80.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + TOUCHLINE_HELDOUT80[m.group(1)] + template[m.end() :]


def build_heldout80(seed: int = HELDOUT80_SEED) -> list[Example]:
    """Held-out set 80: `Gen80` values in `HELDOUT80_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen80(seed)
    return assemble_module_set(
        gen, HELDOUT80_TEMPLATES, HELDOUT80_MIXED, HELDOUT80_NEGATIVES, _typo80, person=gen.person_for
    )
