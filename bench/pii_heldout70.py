"""Held-out PII set 70 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout70": written before round 45 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT70 is empty, as for
held-out 16 to 68; written at the same time as held-out 69, the two authors split the world between them: 70
takes games and puzzles (tabletop role-playing groups, board-game cafés' events, esports teams and LAN
parties, crossword and puzzle setters, escape rooms, bridge and card clubs, pub quiz leagues, pinball and
arcade restorers, speedrunners and game modders, Go and shogi clubs), 69 takes animals in people's care);
hand-written lists of the LAN-party crews and esports players of Dalarna (Malung, Mora, Rättvik and
Älvdalen: the Swedish given names of the valley, the contracted '-sson' family names the valley writes
('Ersson', 'Mattsson') and the farm name that goes before the given name and belongs to the name, as the
valley has named people for centuries, with or without the family name after it, and a bracket sheet's
'Family, Given': 'Anders Ersson', 'Kers Anna', 'Hjort Anders Olsson', 'Ersson, Anders'), the mariáš card
players of Moravian Wallachia (Vsetín, Rožnov pod Radhoštěm, Valašské Meziříčí, Zubří and the Bečva
villages: Valach family names, a woman's family name in its feminine form, the Czech short forms of given
names ('Jarda', 'Pepa', 'Honza', 'Jarka'), a tournament table's 'FAMILY Given' and 'pan' and 'paní' before a
family name, outside the span: 'Jaroslav Kopecký', 'Jarka Fojtíková', 'ZETOCHA Josef', 'paní Orságová'),
the bridge club and pub quiz teams of Bornholm (Rønne, Nexø, Svaneke, Gudhjem and Allinge: the island's old
family names 'Kofoed', 'Ipsen', 'Funch', 'Westh', Danish double given names and a club list's 'Family,
Given', and 'fru' and 'hr.' before a family name, outside the span: 'Poul Kofoed', 'Poul Erik Ipsen',
'Westh, Bodil', 'fru Kjøller') and the belote and coinche card players and escape-room crews of
Saint-Pierre et Miquelon (Basque, Breton and Norman family names of the islands, hyphenated French given
names and a French list's 'FAMILY Given' and 'Family Given': 'Jean-Claude Detcheverry', 'CLAIREAUX
Karine', 'Quédinet Annick'); a seed, a table, a board number, a gamer tag, a setter's pseudonym or a team's
name beside the name and outside it (a crossword setter's pseudonym ('Loki', 'Tiburon') and a pub quiz
team's name are no person and no username, as a call sign in held-out 53, 56 and 66; a gamer tag on a
platform is a username), the title always outside the span, a games shop, an arcade or a café that
carries a family name ('Kofoed Spil', 'Fojtík Automaty', 'Café Detcheverry') no person either; a
tournament's ('Player:', 'Bracket A, seed 3:', 'Tournament director:', 'Scorer:'), a bridge club's
('Makker:', 'N/S:', 'Board 14 declarer:'), a quiz league's ('Quizmaster:', 'Captain:'), an escape room's
('Booked (The Vault, 19:30):', 'Game host:'), a tabletop group's ('Game master:', 'Players:'), a crossword's
('Setter:', 'Test solver:'), a mod's or a game's credits ('Level design:', 'Mod author:'), a restorer's
invoice ('Invoice to:', 'Restored by:'), a Go record's ('PW[...]', 'PB[...]'), a shogi score sheet's
('先手:', '後手:'), and Swedish, Czech, Danish and French forms' ('Spelare:', 'Hráč:', 'Spiller:', 'Joueur
:') fields; over three quarters of the sentences typed to the bot or a friend: LAN parties and their
seats, switches and cables, esports brackets and scrims, the mariáš evening at the pub, bridge boards,
bidding boxes and scores, the pub quiz league's table, escape-room bookings and hints, crossword setters'
grids and test solvers, pinball machines and arcade cabinets being restored, speedruns and splits, mods
and their credits, the Go club's handicap games and the shogi club's tsume problems; self-hosted apps'
config no earlier set pasted: ClassQuiz's .env for a pub quiz league's quiz server, RetroArch's
retroarch.cfg with its netplay and RetroAchievements passwords for an arcade restorer, Luanti's
(Minetest's) minetest.conf for a LAN party's server and CTFd's config for a puzzle hunt; those regions'
addresses (Dalarna's 'Vasagatan 12, 792 30 Mora' and a village's 'Åsen 112, 796 90 Älvdalen',
Wallachia's Czech 'Smetanova 1489/12, 755 01 Vsetín' with its two house numbers and a village's 'Horní
Bečva 512, 756 57 Horní Bečva', Bornholm's 'Snellemark 12, 1. th., 3700 Rønne' with its floor and side and
'Brøddegade 8, 3760 Gudhjem', and Saint-Pierre et Miquelon's '12, rue Albert Briand, 97500 Saint-Pierre'
and Miquelon-Langlade) and phones (Mora's 0250, Malung's 0280 and Rättvik's 0248 with a dash, Swedish
mobiles '070-123 45 67' and '+46 70', Czech nine digits in threes, Vsetín's 571 and mobiles 6xx and 7xx
with and without '+420', Bornholm's eight digits in pairs from 56, Danish mobiles and '+45', and the
islands' six digits in pairs, '41' and '55', with '+508'); Visa, Visa/Dankort 4571, Mastercard 51-55 and
2221 and Amex 34 and 37 as a LAN ticket, an escape room, a pinball part, a bridge congress or a quiz
league's season take them; IBANs of Sweden, the Czech Republic, Denmark and France (the islands bank with
France's); IPs of a LAN party's DHCP server and game cache, an esports arena's match servers, an arcade
cabinet's Raspberry Pi, an escape room's puzzle controller, a quiz league's buzzer box, the bridge club's
scoring server, a board-game café's till, a speedrunner's stream PC, a Go club's kiosk and the pastes
above, v6 in 2001:2002:, 2a00:1028:, 2a02:aa7: and 2a0e:97c0: ranges; passwords handed over in ways no
earlier set used (inside the lid of the mariáš deck's box, on the back of a bridge scoresheet, on a LAN
party wristband, under a pinball machine's lockdown bar, taped inside an arcade cabinet's coin door, on
the game master's screen, under the Go bowl's lid, on the quiz answer sheet, on an escape room's last
padlock box, in a crossword's hidden word and in a speedrun's splits file), Dalarna ('Rattvik795#'),
Wallachia ('Radhost1129'), Bornholm ('Hammershus3770'), the islands ('Miquelon97500'), game words in
leetspeak ('m4r14s', 'cr0ssw0rd'), a dice roll ('2d20+5'), a Go point ('hane_D4') and a bridge contract
('3NTx-13'), and cues in Swedish ('lösenordet är ..., säg inget till nån'), Czech ('heslo je ...,
nikomu to neříkej'), Danish ('kodeordet er ..., sig det ikke til nogen') and the islands' French ('le mot
de passe c'est ..., le dis à personne'); usernames on Battle.net (a BattleTag with its '#' and digits),
start.gg, Challonge, Lishogi, 81Dojo, online-go.com, Funbridge, RealBridge, Fifteensquared, ModDB, Board
Game Arena, Tabletopia and the RetroAchievements site, shapes like 'x#2187', 'x_marias', 'kers.x',
'x-lan93', 'x_3k', 'bridge.x', 'x.pb' and 'x-spm975'; dates of birth for a LAN ticket's age check, an
esports licence, a bridge federation's membership, a mariáš tournament's entry, an escape room's
under-16 waiver and a quiz league's form, in Swedish ('född den 14 mars 1958'), a Swedish form's six
digits ('580314'), Czech with the month's genitive ('narodil jsem se 14. března 1958'), a Czech form's '14.3.1958',
Danish ('født 14. marts 1958'), the islands' French ('né le 14/03/1958') and an export's ISO date; typos
as a player types in a lobby chat: a gaming word's well-known misspelling ('rogue' -> 'rouge', 'lose' ->
'loose', 'strategy' -> 'stratergy', 'league' -> 'leauge') or a lobby chat's short forms ('you' -> 'u',
'please' -> 'pls', 'tonight' -> '2nite'); negatives with the same regions' places, the titles and the
name forms explained, scores, seeds, table and board numbers, bridge contracts, Go ranks and handicaps,
speedrun times, pinball high scores, crossword clues, escape-room times, quiz rounds, pseudonyms and team
names alone, shops and cafés named after families, versions, a commit, placeholder secrets, a masked PIN,
test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), helpline numbers every
user shares, and short everyday chat; no public figure is named).

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

HELDOUT70_SEED = 7416093
# no faker name locale, as in held-out 16 to 68: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT70: list[str] = []
# games and puzzles (held-out 69, written at the same time, takes animals in people's care); each origin:
# (men's given names, women's given names, family names); ';' separates names throughout, as some hold a
# space or a hyphen
NAMES_HELDOUT70: dict[str, tuple[list[str], list[str], list[str]]] = {
    # LAN-party crews and esports players of Dalarna
    "dalarna": ("Anders;Erik;Per;Olof;Lars;Nils;Mats;Jonas;Gustav;Johan".split(";"),
                "Anna;Kerstin;Margit;Karin;Brita;Kristina;Lena;Ingrid;Sara;Elin".split(";"),
                "Ersson;Mattsson;Hansson;Jonsson;Olsson;Persson;Nilsson;Halvarsson;Danielsson;Larsson;Morén;Gudmundsson".split(";")),
    # mariáš card players of Moravian Wallachia (the masculine form; see _cz_feminine)
    "valassko": ("Jaroslav;Josef;Jan;František;Miroslav;Zdeněk;Vojtěch;Ladislav;Antonín;Vlastimil".split(";"),
                 "Jarmila;Marie;Ludmila;Věra;Zdenka;Božena;Anna;Jana;Libuše;Drahomíra".split(";"),
                 "Kopecký;Macháč;Fojtík;Orság;Pavlica;Mikulenka;Vašut;Zetocha;Petružela;Juřica;Bařinka;Hrabina;Pavelka".split(";")),
    # the bridge club and pub quiz teams of Bornholm
    "bornholm": ("Poul;Jens;Niels;Hans;Ole;Bent;Kjeld;Knud;Svend;Erik".split(";"),
                 "Else;Inger;Karen;Kirsten;Grethe;Birthe;Bodil;Hanne;Jytte;Lis".split(";"),
                 "Kofoed;Koefoed;Ipsen;Funch;Westh;Bohn;Kjøller;Sonne;Hjorth;Riis;Grønbech;Lyster;Munch".split(";")),
    # belote and coinche players and escape-room crews of Saint-Pierre et Miquelon
    "spm": ("Jean-Claude;Yannick;Patrice;Didier;Gérard;Bruno;Xavier;Jean-Pierre;Marc;Thierry".split(";"),
            "Annick;Karine;Sylvie;Nadine;Maryse;Josiane;Brigitte;Marie-Laure;Véronique;Christiane".split(";"),
            "Detcheverry;Girardin;Claireaux;Lenormand;Poirier;Cormier;Quédinet;Siosse;Lebailly;Vigneau;Arrossamena;Disnard".split(";")),
}  # fmt: skip
# the Dalarna farm names that go before a given name and belong to the name
DALARNA_FARMS_HELDOUT70 = "Kers;Hjort;Päkkos;Skäggs;Jöns;Ols;Bäck;Lass;Pers;Gössa".split(";")
# the Czech short forms of given names
CZECH_SHORT_HELDOUT70 = {
    "Jaroslav": "Jarda", "Josef": "Pepa", "Jan": "Honza", "František": "Franta", "Miroslav": "Mirek",
    "Vojtěch": "Vojta", "Ladislav": "Láďa", "Antonín": "Tonda", "Jarmila": "Jarka", "Ludmila": "Lída",
    "Anna": "Anička", "Jana": "Janička", "Božena": "Boža",
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman, and what it goes with (all
# four: the family name, in the woman's form where she has one)
TITLED_HELDOUT70: dict[str, tuple[str, bool]] = {
    "pan": ("valassko", False),  # Czech Mr
    "paní": ("valassko", True),  # and Mrs
    "hr.": ("bornholm", False),  # Danish herr
    "fru": ("bornholm", True),  # and fru
}
TITLE_SLOT_HELDOUT70 = re.compile(r"(?<![\w'-])(pan|paní|hr\.|fru) \{\}", re.IGNORECASE)
# IBANs of this set's people: a Dalarna LAN crew's, a Wallachian card club's, a Bornholm bridge club's and an
# islander's (Saint-Pierre et Miquelon banks with France's)
IBAN_SHAPES_HELDOUT70 = {"SE": "20n", "CZ": "20n", "DK": "14n", "FR": "10n11c2n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT70 = ["lan", "esport", "marias", "bridge", "quiz", "escape", "kryss", "pinball", "arcade",
                      "speedrun", "mods", "baduk", "shogi", "rollspel", "brætspil", "belote", "coinche",
                      "puzzle"]  # fmt: skip
# a gaming word and its well-known misspelling
MISSPELT_HELDOUT70 = {
    "rogue": "rouge", "lose": "loose", "strategy": "stratergy", "league": "leauge",
    "achievement": "acheivement", "tournament": "tournement", "dungeon": "dungeoun", "weird": "wierd",
    "controller": "controler", "cipher": "cypher", "quiz": "quizz",
}  # fmt: skip
MISSPELT_WORD_HELDOUT70 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT70, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a lobby chat's short forms
LOBBY_HELDOUT70 = {
    "you": "u", "your": "ur", "are": "r", "please": "pls", "thanks": "thx", "tonight": "2nite",
    "because": "bc", "before": "b4", "people": "ppl", "tomorrow": "tmrw",
}  # fmt: skip
LOBBY_WORD_HELDOUT70 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(LOBBY_HELDOUT70, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Kjøller' -> 'kjoller',
    'Jean-Claude' -> 'jeanclaude')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _cz_feminine(family: str) -> str:
    """A Czech family name in a woman's form ('Kopecký' -> 'Kopecká', 'Fojtík' -> 'Fojtíková', 'Zetocha' ->
    'Zetochová'); the list holds none that drops a vowel."""
    if family.endswith("ý"):
        return family[:-1] + "á"
    if family.endswith("a"):
        return family[:-1] + "ová"
    return family + "ová"


class Gen70(Gen3):
    """Generators for held-out set 70: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT70; a Wallachian woman's family
        name in its feminine form."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT70))
        men, women, lasts = NAMES_HELDOUT70[origin]
        if woman is None:
            woman = rng.random() < 0.5
        last = rng.choice(lasts)
        if origin == "valassko" and woman:
            last = _cz_feminine(last)
        return origin, rng.choice(women if woman else men), last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "dalarna":
            farm = rng.choice(DALARNA_FARMS_HELDOUT70)
            if r < 0.3:  # the farm name before the given name: 'Kers Anna'
                return f"{farm} {first}"
            if r < 0.42:  # and the family name after: 'Hjort Anders Olsson'
                return f"{farm} {first} {last}"
            if r < 0.55:  # a bracket sheet: 'Ersson, Anders'
                return f"{last}, {first}"
        if origin == "valassko":
            if r < 0.22:  # a tournament table: 'ZETOCHA Josef'
                return f"{last.upper()} {first}"
            if r < 0.4 and first in CZECH_SHORT_HELDOUT70:  # 'Jarda Kopecký'
                return f"{CZECH_SHORT_HELDOUT70[first]} {last}"
        if origin == "bornholm":
            if r < 0.25:  # a club list: 'Westh, Bodil'
                return f"{last}, {first}"
            if r < 0.42:  # a Danish double given name: 'Poul Erik Ipsen'
                other = rng.choice([x for x in NAMES_HELDOUT70[origin][woman] if x != first])
                return f"{first} {other} {last}"
        if origin == "spm":
            if r < 0.25:  # a French list: 'CLAIREAUX Karine'
                return f"{last.upper()} {first}"
            if r < 0.37:  # a school or club list without capitals: 'Quédinet Annick'
                return f"{last} {first}"
        return f"{first} {last}"

    def _short(self, origin: str, first: str) -> str:
        """The given name as friends say it, where the origin has another form."""
        if origin == "valassko":
            return CZECH_SHORT_HELDOUT70.get(first, first)
        return first

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.64:
            name = self._full(origin, first, last, woman)
        elif r < 0.86:
            name = self._short(origin, first) if rng.random() < 0.6 else first
        elif origin == "dalarna" and r < 0.93:  # the farm name and the given name, as the valley says it
            name = f"{rng.choice(DALARNA_FARMS_HELDOUT70)} {first}"
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A family name for a title written next to it ('paní Orságová', 'fru Kjøller'), from the origin
        that uses it."""
        origin, woman = TITLED_HELDOUT70[title.lower()]
        _, _, last, _ = self._origin_name(origin, woman)
        return last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT70.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        shapes = [
            f"{pick(['Vasagatan', 'Kyrkogatan', 'Strandgatan', 'Fridhemsgatan'])} {n}, 792 3{rng.randint(0, 2)} Mora",
            f"{pick(['Storgatan', 'Lisagatan', 'Jägarvägen'])} {n}{pick(['', 'A', 'B'])}, 782 3{rng.randint(0, 5)} Malung",
            f"{pick(['Storgatan', 'Vasagatan', 'Ovanmyravägen'])} {n}, 795 3{rng.randint(0, 3)} Rättvik",
            f"{pick(['Åsen', 'Brunnsberg', 'Västermyckeläng', 'Blyberg'])} {rng.randint(1, 240)}, 796 90 Älvdalen",
            f"{pick(['Smetanova', 'Palackého', 'Hlásenka', 'Jasenická'])} {rng.randint(100, 2400)}/{rng.randint(1, 60)}, 755 01 Vsetín",
            f"{pick(['Meziříčská', 'Radhošťská', '1. máje', 'Nerudova'])} {rng.randint(100, 2900)}, 756 61 Rožnov pod Radhoštěm",
            f"{pick(['Komenského', 'Zašovská', 'Náměstí'])} {rng.randint(10, 900)}/{rng.randint(1, 40)}, 757 01 Valašské Meziříčí",
            f"{pick(['Horní Bečva', 'Prostřední Bečva', 'Zubří', 'Velké Karlovice'])} {rng.randint(1, 900)}, 756 {pick(['57', '56', '54', '06'])} {pick(['Horní Bečva', 'Prostřední Bečva', 'Zubří', 'Velké Karlovice'])}",
            f"{pick(['Snellemark', 'Store Torv', 'Storegade', 'Søndergade'])} {n}, {rng.randint(1, 3)}. {pick(['th.', 'tv.', 'mf.'])}, 3700 Rønne",
            f"{pick(['Snellemark', 'Østergade', 'Storegade', 'Lille Torv'])} {n}, 3700 Rønne",
            f"{pick(['Købmagergade', 'Aasen', 'Bryggerivej'])} {n}, 3730 Nexø",
            f"{pick(['Storegade', 'Brænderigænget'])} {rng.randint(1, 40)}, 3740 Svaneke",
            f"{pick(['Brøddegade', 'Ejnar Mikkelsensvej'])} {rng.randint(1, 40)}, 3760 Gudhjem",
            f"{pick(['Havnegade', 'Kirkegade', 'Storegade'])} {rng.randint(1, 40)}, 3770 Allinge",
            f"{n}, rue {pick(['Albert Briand', 'du 11 Novembre', 'Jacques Cartier', 'Boursaint', 'du Maréchal Foch'])}, 97500 Saint-Pierre",
            f"{rng.randint(1, 60)}, rue {pick(['Joseph Lehuenen', 'du Général de Gaulle', 'des Ecoles'])}, 97500 Miquelon-Langlade",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = _plain(rng.choice(SUBJECTS_HELDOUT70))
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 2007)}",
                           f"{subject}_{last}", f"{first}-{subject}"])  # fmt: skip
        domain = rng.choice(["telia.com", "bredband.net", "seznam.cz", "email.cz", "centrum.cz", "post.cz",
                             "mail.dk", "jubii.dk", "stofanet.dk", "cheznoo.net", "orange.fr", "gmail.com",
                             "outlook.com", "proton.me", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0250-{d(3)} {d(2)}",  # Mora
            f"0280-{d(3)} {d(2)}",  # Malung
            f"0248-{d(3)} {d(2)}",  # Rättvik
            f"07{rng.choice('0236')}-{d(3)} {d(2)} {d(2)}",  # Swedish mobile
            f"+46 7{rng.choice('0236')} {d(3)} {d(2)} {d(2)}",
            f"571 {d(3)} {d(3)}",  # Vsetín
            f"+420 571 {d(3)} {d(3)}",
            f"{rng.choice(['603', '604', '731', '737', '775', '608'])} {d(3)} {d(3)}",  # Czech mobile
            f"+420 {rng.choice(['603', '731', '777'])} {d(3)} {d(3)}",
            f"56 {rng.choice(['95', '48', '49', '97'])} {d(2)} {d(2)}",  # Bornholm
            f"+45 56 {rng.choice(['95', '48', '49'])} {d(2)} {d(2)}",
            f"{rng.choice(['20', '22', '40', '51', '61'])} {d(2)} {d(2)} {d(2)}",  # Danish mobile
            f"+45 {rng.choice(['20', '22', '40', '51'])} {d(2)} {d(2)} {d(2)}",
            f"41 {d(2)} {d(2)}",  # Saint-Pierre et Miquelon
            f"55 {d(2)} {d(2)}",
            f"+508 {rng.choice(['41', '55'])} {d(2)} {d(2)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("4571", 16), ("51", 16), ("54", 16), ("2221", 16),
                                     ("34", 15), ("37", 15)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT70))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT70[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a LAN party's DHCP server and game cache, an esports arena's match
        servers, an arcade cabinet's Pi, an escape room's puzzle controller, a quiz buzzer box, the bridge
        club's scoring server, a café's till, a stream PC, a Go club's kiosk and this set's pastes; v4 and
        v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:2002:{h()}:{h()}::{h()}", f"2a00:1028:{h()}:{h()}::{h()}", f"2a02:aa7:{h()}:{h()}::{h()}",
                         f"2a0e:97c0:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the dhcp server at the lan is {}, half the hall has no address", v4),
            ("the game cache box at the lan is on {}, steam downloads crawl without it", rng.choice([v4, v6])),
            ("match server 3 at the arena is {}, the scrim starts at 8", v4),
            ("the mame cabinet's raspberry pi is on {}, the coin input died", v4),
            ("the escape room's puzzle controller is {}, the last lock won't open", v4),
            ("the quiz buzzer box is on {}, round 4 buzzers lag", v4),
            ("the bridge club's scoring server is {}, the boards won't upload", rng.choice([v4, v6])),
            ("the till at the board game cafe is {}, the card reader drops", v4),
            ("my stream pc for the speedrun is {}, obs keeps losing the capture", v4),
            ("the go club's kiosk with the tsumego is on {}", rng.choice([v4, v6])),
            ("the luanti server for the lan is {} port 30000", rng.choice([v4, v6])),
            ("the pinball score board on the wall is {}, it shows zeros again", v4),
            ("bind_address = {}", v4),
            ("DB_HOST={}", v4),
            ("netplay_ip_address = \"{}\"", v4),
            ("  - ipv6_address: {}", v6),
            ("2024-11-09 21:14:07 WARN lan-dhcp: pool exhausted, last lease to {} seat 114", v4),
            ("[ctfd] 2024-11-09T22:30:12Z 429 too many flag submissions from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Rattvik', 'Malung', 'Alvdalen'])}{rng.choice(['795', '782', '796'])}{rng.choice(['#', '!', ''])}",
                f"{rng.choice(['Radhost', 'Vsetin', 'Becva'])}{rng.choice(['1129', '755', '756'])}",
                f"{rng.choice(['Hammershus', 'Svaneke', 'Gudhjem'])}{rng.choice(['3770', '3740', '3760'])}",
                f"{rng.choice(['Miquelon', 'Langlade', 'StPierre'])}{rng.choice(['97500', '975', '508'])}",
                rng.choice(["marias", "crossword", "pinball", "speedrun", "dungeon"]).translate(leet) + rng.choice(["", "!", "_70"]),
                f"{rng.randint(1, 4)}d{rng.choice(['20', '12', '6'])}+{rng.randint(1, 9)}",
                f"hane_{rng.choice('CDEFQR')}{rng.randint(3, 17)}",
                f"{rng.randint(1, 7)}NT{rng.choice(['x', 'xx', ''])}-{rng.randint(7, 13)}",
                f"{rng.choice(['belote', 'quiz', 'lan', 'tilt'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the pub wifi is written inside the lid of the mariáš deck box, {}", pw),
            ("i put the club login on the back of the bridge scoresheet, {}", pw),
            ("the lan wifi is printed on the wristbands this year, {}", pw),
            ("the service menu code is under the lockdown bar of the addams family, {}", d(4)),
            ("someone taped the cabinet's admin password inside the coin door, {}", pw),
            ("the vtt password is on my gm screen, {}", pw),
            ("the go club laptop password is under the lid of the white stones bowl, {}", pw),
            ("the quiz server password was on the answer sheet by mistake, {}", pw),
            ("the last padlock in the vault room is {}, reset it after each group", d(4)),
            ("the hidden word in saturday's grid is the wifi password, {}", pw),
            ("i left my racetime login in the splits file notes, {}", pw),
            ("my battle.net password is {}, log in and finish the placements for me", pw),
            ("the league's quiz admin password is {}, add round 5 please", pw),
            ("ok the funbridge account password is {}, play my tournament boards", pw),
            ("the escape room's booking admin is {}, move us to 19:30", pw),
            # cues in ways no earlier set used
            ("lösenordet är {}, säg inget till nån", pw),
            ("heslo je {}, nikomu to neříkej", pw),
            ("kodeordet er {}, sig det ikke til nogen", pw),
            ("le mot de passe c'est {}, le dis à personne", pw),
            # commands
            ("$ curl -u quizmaster:{} http://quiz.local/api/v1/quiz/list", colonless),
            ("$ psql postgresql://classquiz:{}@db:5432/classquiz", colonless),
            ("$ minetestserver --world lan --terminal --admin-pass {}", colonless),
            # pastes
            ("SECRET_KEY={}", tok(48, alnum)),
            ('DB_URL="postgresql://classquiz:{}@db:5432/classquiz"', colonless),
            ("MAIL_PASSWORD={}", pw),
            ("HCAPTCHA_KEY={}", tok(40, hexl)),
            ('netplay_password = "{}"', colonless),
            ('netplay_spectate_password = "{}"', colonless),
            ('cheevos_password = "{}"', colonless),
            ("default_password = {}", pw),
            ("# CTFd\nSECRET_KEY = {}", tok(64, hexl)),
            ("DATABASE_URL = mysql+pymysql://ctfd:{}@db/ctfd", colonless),
            ("MAIL_PASSWORD = {}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x#2187', 'x_marias', 'kers.x', 'x-spm975')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first.capitalize()}#{rng.randint(1000, 29999)}",
                f"{first}_marias",
                f"{_plain(rng.choice(DALARNA_FARMS_HELDOUT70))}.{first}",
                f"{first}-lan{rng.choice(['93', '97', '02'])}",
                f"{last}_{rng.randint(1, 9)}k",
                f"bridge.{last}",
                f"{first}.pb",
                f"{first}-spm975",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=12, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "sv": f"{day} {SV_MONTHS_HELDOUT70[m - 1]} {year}",
            "sv6": f"{year % 100:02d}{m:02d}{day:02d}",
            "cs": f"{day}. {CS_MONTHS_HELDOUT70[m - 1]} {year}",
            "csd": f"{day}.{m}.{year}",
            "da": f"{day}. {DA_MONTHS_HELDOUT70[m - 1]} {year}",
            "fr": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["sv", "sv6", "cs", "csd", "da", "fr", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("jag är född den {}, the lan wants it for the age check", s["sv"]),
            ("the esports licence form wants the six digits, mine are {}", s["sv6"]),
            ("narodil jsem se {}, napiš to do přihlášky na mariáš", s["cs"]),
            ("the card tournament entry has my birthday as {}", s["csd"]),
            ("jeg er født den {}, bridgeforbundet needs it for the membership", s["da"]),
            ("je suis né le {}, c'est pour l'inscription au tournoi de belote", s["fr"]),
            ("the escape room's waiver wants my son's date of birth, {}", any_shape),
            ("the quiz league asked for a date of birth on the form, mine is {}", any_shape),
            ("Födelsedatum (ÅÅMMDD): {}", s["sv6"]),
            ("Datum narození: {}", s["csd"]),
            ("Fødselsdato: {}", s["da"]),
            ("Date de naissance : {}", s["fr"]),
            ("Född: {}", s["sv"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


SV_MONTHS_HELDOUT70 = (
    "januari februari mars april maj juni juli augusti september oktober november december".split()
)
CS_MONTHS_HELDOUT70 = (
    "ledna února března dubna května června července srpna září října listopadu prosince".split()
)
DA_MONTHS_HELDOUT70 = (
    "januar februar marts april maj juni juli august september oktober november december".split()
)


HELDOUT70_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} runs the lan in the school gym in malung every autumn",
        "can you ask {} if the mariáš evening at the pub is still on friday",
        "{} won the coinche tournament again, third year running",
        "{} is our game master, the campaign is on its second year",
        "{} sets the saturday cryptic, she does it on the ferry",
        "{} fixed the flippers on the old bally machine",
        "{} holds the any% record for the game on his own mod",
        "{} plays black in the handicap game, four stones",
        "pan {} deals the mariáš cards like a machine",
        "paní {} keeps the score book at the card club",
        "fru {} is the best declarer at the bridge club",
        "hr. {} asks the music round at the pub quiz",
        "i'm partnering {} at the bridge club on tuesday",
        "{} built the escape room's last puzzle, nobody gets it",
        "{} restored the arcade cabinets for the café",
        "{} brings the shogi boards to the club on thursdays",
        "{} is the captain of our quiz team this season",
        "{} modded the whole map pack, credits are in the readme",
        "{} tests the crosswords before they go to print",
        "{} booked the escape room for the 12 of us",
        "{} is doing the commentary at the lan final",
        "i'm meeting {} at the board game café at 7",
        "{} lent me the tsume problem books over the summer",
        "we're driving to the tournament with {} on saturday",
        "{} taught me the bidding system in one evening",
        "{} got the lan crew the switches from the school",
        "{} forgot the bidding boxes so we wrote the bids",
        "ok so {} is the one who rewired the pinball, say thanks",
        "yes {} is the host who gives the hints in the vault room",
        "{} scored 38 out of 40 on the picture round",
        "{} is the new chair of the go club",
        "{} still counts the points wrong in mariáš",
        "{} explains the rules better than the rulebook",
        "{} ran the speedrun marathon stream all night",
        "{} carried the team in the final map",
        "Player: {}",
        "Bracket A, seed 3: {}",
        "Tournament director: {}",
        "Scorer: {}",
        "Makker: {}",
        "N/S: {} – {}",
        "Board 14 declarer: {}",
        "Quizmaster: {}",
        "Captain: {}",
        "Booked (The Vault, 19:30): {}",
        "Game host: {}",
        "Game master: {}",
        "Players: {}; {}",
        "Setter: {}",
        "Test solver: {}",
        "Level design: {}",
        "Mod author: {}",
        "Invoice to: {}",
        "Restored by: {}",
        "PW[{}]",
        "PB[{}]",
        "先手：{}",
        "後手：{}",
        "Spelare: {}",
        "Hráč: {}",
        "Spiller: {}",
        "Joueur : {}",
        "| 4 | Svaneke Sild | captain: {} |",
        '"player": "{}",',
    ],
    "STREET_ADDRESS": [
        "the lan tickets went to {}",
        "send the restored flipper board to {}",
        "the mariáš tournament is at {} this year",
        "the bridge club meets at {} now",
        "the quiz league final is at {}",
        "our dnd group plays at {}, bring snacks",
        "the escape room moved to {}",
        "Address: {}",
        "Adress: {}",
        "Adresa: {}",
        "Adresse : {}",
        "Leveringsadresse: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the quiz answers to {}",
        "the lan sign-up goes to {}",
        "email the pinball guy at {} about the rubbers",
        "the crossword solutions go to {}",
        "Email (captain): {}",
        '"email": "{}",',
        "MAIL_SENDER={}",
        "MAIL_USERNAME={}",
    ],
    "PHONE_NUMBER": [
        "the escape room's number is {}",
        "call the lan crew on {} if the power goes",
        "my bridge partner's mobile is {}",
        "the card club's landlord is {}, ring before 6",
        "ring the quizmaster on {} for the venue",
        "Tel.: {}",
        "Telefon: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the lan ticket with {}",
        "the escape room booking went on {}",
        "the new flipper coils went on {}",
        "put the bridge congress on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the quiz league refunds the entry to {}",
        "pay the arcade restorer into {}",
        "send the tournament fee to {}",
        "the card club's account is {}",
        "IBAN: {}",
        "IBAN (kontingent): {}",
    ],
    "USERNAME": [
        "my BattleTag is {}",
        "on start.gg I'm {}",
        "the Challonge bracket has me as {}",
        "on Lishogi I'm {}",
        "my 81Dojo name is {}",
        "on online-go.com I'm {}",
        "my Funbridge name is {}",
        "on RealBridge I played as {}",
        "I comment on Fifteensquared as {}",
        "the mod on ModDB is by {}",
        "on Board Game Arena I'm {}",
        "my Tabletopia name is {}",
        "on RetroAchievements I'm {}",
        "add me on battle.net, {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT70_MIXED = [
    ("Player: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Setter: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("netplay_ip_address = \"{}\"\nnetplay_password = \"{}\"", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8000/api/v1/users/me", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the code for the vault room, it's {}", ["PERSON", "SECRET"]),
    ("Player: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my BattleTag is {}, the prize money goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the quiz came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the lan tickets with {}", ["PERSON", "CREDIT_CARD"]),
    ("paní {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Invoice to: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Spelare: {} (tag: {})", ["PERSON", "USERNAME"]),
]  # fmt: skip
HELDOUT70_NEGATIVES = [
    "Malung, Mora and Rättvik are all in Dalarna",
    "in Dalarna the farm name goes before the given name",
    "Ersson is how the valley writes Eriksson",
    "the Vasaloppet ends in Mora",
    "796 90 is Älvdalen and 792 30 is Mora",
    "the LAN ran for 72 hours with 900 seats",
    "seat 114 is in row K next to the switch",
    "mariáš is played with 32 German-suited cards",
    "Valašsko is Moravian Wallachia, the hills around Vsetín",
    "pan and paní are Mr and Mrs in Czech",
    "a Czech woman's family name usually ends in -ová or -á",
    "Jarda is short for Jaroslav and Honza for Jan",
    "Radhošť is 1129 metres high",
    "755 01 is Vsetín and 756 61 is Rožnov pod Radhoštěm",
    "Czech addresses often carry two house numbers with a slash",
    "Fojtík Automaty is the arcade in Vsetín, not a person",
    "Bornholm is a Danish island in the Baltic",
    "fru and hr. are Mrs and Mr in Danish",
    "3700 is Rønne and 3760 is Gudhjem",
    "1. th. means first floor, door on the right",
    "Kofoed Spil is the games shop by the harbour",
    "Hammershus is the castle ruin on the north of the island",
    "Saint-Pierre et Miquelon is French, off Newfoundland",
    "97500 is the postcode of both islands",
    "Café Detcheverry does the belote night on Wednesdays",
    "belote is played with 32 cards and coinche is its bidding cousin",
    "in coinche a contract of 80 is the lowest bid",
    "3NT doubled made with an overtrick on board 14",
    "North-South scored 62.4% on the evening",
    "board 14, dealer East, both vulnerable",
    "the bridge club plays 24 boards on Tuesdays",
    "the go club meets at 18:00, games are 40 minutes each",
    "a 3 kyu gives a 10 kyu seven stones",
    "komi is 6.5 points in Japanese rules",
    "tsume problem 47 is mate in 7",
    "a shogi board has 81 squares",
    "Loki sets the Saturday cryptic",
    "Tiburon is a setter's pseudonym, nobody knows who",
    "14 across is 'anagram of listen', six letters",
    "the answer to 9 down is SILENT",
    "our quiz team is called Svaneke Sild",
    "round 4 is the picture round, 10 points",
    "we came second in the league, 3 points behind",
    "The Vault escape room record is 38 minutes 12 seconds",
    "escape rooms allow 60 minutes and three hints",
    "the high score on the Addams Family is 4.2 billion",
    "a new set of flipper rubbers costs 35 euros",
    "the any% world record is 17:43.2",
    "split 3 was 40 seconds behind my personal best",
    "the speedrun marathon raised 12,000 kronor",
    "seed 3 plays seed 6 in the quarter final",
    "best of three, map veto first",
    "match 7 starts at 20:30",
    "the mod has 24 new levels and a new boss",
    "order 58204 is two bidding boxes and a scorer",
    "the LAN ticket is 450 kronor for the weekend",
    "a mariáš evening costs 50 korun for the table",
    "ClassQuiz 1.3 added image questions",
    "RetroArch 1.19 changed the netplay lobby",
    "Luanti is the new name of Minetest",
    "CTFd 3.7 added new scoreboard brackets",
    "fixed in commit 7c2a9e1, see the changelog",
    "SECRET_KEY=",
    "netplay_password = \"\"",
    "MAIL_PASSWORD=<your smtp password>",
    "default_password = changeme",
    "admin PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "DK50 0040 0440 1162 43 is the example IBAN in the docs",
    "SE45 5000 0000 0583 9825 7466 is the example IBAN in the docs",
    "write to player@example.org on the form",
    "192.0.2.70 is a documentation address",
    "198.51.100.70 is a documentation address",
    "2001:db8:70::1 is a documentation address",
    "call 112 for emergencies anywhere in the EU",
    "doors open at 17:00, first game at 18:00",
    "did the scores come through yet",
    "bring your own headset and a network cable",
    "ok the quiz went fine, finally",
    "yes the flippers work again, thanks",
    "WE WON THE LAN",
    "gg wp everyone",
    "hej hej, ses på lanet",
]  # fmt: skip


def _typo70(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as a player types in a lobby chat, a gaming
    word's well-known misspelling ('rogue' -> 'rouge', 'lose' -> 'loose', 'strategy' -> 'stratergy',
    'league' -> 'leauge'), or a lobby chat's short form ('you' -> 'u', 'please' -> 'pls', 'tonight' ->
    '2nite'). Only in sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT70.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT70[m.group(1)] + template[m.end() :]
    shorts = list(LOBBY_WORD_HELDOUT70.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + LOBBY_HELDOUT70[m.group(1)] + template[m.end() :]


def build_heldout70(seed: int = HELDOUT70_SEED) -> list[Example]:
    """Held-out set 70: `Gen70` values in `HELDOUT70_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen70(seed)
    return assemble_module_set(
        gen, HELDOUT70_TEMPLATES, HELDOUT70_MIXED, HELDOUT70_NEGATIVES, _typo70, person=gen.person_for
    )
