"""Held-out PII set 59 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout59": written before round 40 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT59 is empty, as for
held-out 16 to 58; written at the same time as held-out 60, the two authors split the world between them: 59
takes nightlife, games of chance and play (bars and pubs, nightclubs and DJs, karaoke rooms, casinos and
croupiers, bookmakers and betting shops, lottery kiosks, bingo halls, slot-machine halls and arcades, darts
and pool leagues, escape rooms, tabletop and card clubs), 60 takes old age, disability and access);
hand-written lists of Ligurian croupiers, dealers and cashiers of the Casinò di Sanremo and the lottery
counters (ricevitorie) of Ventimiglia and Bordighera (old Ligurian family names of the Riviera di Ponente,
'Gio Batta' and its initials 'G.B.', the nickname 'Baciccia' for a Giovanni Battista, an Italian register's
'COGNOME Nome' in capitals first and 'sciô' (the Genoese 'signor') before a family name: 'Ivano Biancheri',
'G.B. Lanteri', 'PALLANCA Loredana', 'Baciccia', 'sciô Orengo'), Korean Chinese (Joseonjok) from Yanbian's
Yanji and Longjing who run and staff the karaoke rooms (noraebang), hwatu tables and PC rooms of Seoul's
Daerim-dong and Garibong-dong (the name in pinyin, family first, as a Chinese passport and a Yanji phone
book write it, the same name in the Korean reading with Yanbian's initial R ('Ri', 'Ryu', 'Ryeon-hwa'), in
hangul, and 'imo' (auntie) after a woman's given name in the Korean reading: 'Piao Chunhua', 'CUI ZHEHAO',
'Bak Chun-hwa', '박춘화', 'Ryeon-hwa imo'), Ruhr Kneipe regulars of Gelsenkirchen, Bochum-Wattenscheid,
Dortmund-Hörde and Herten (darts leagues, Skat clubs, the Büdchen that takes the Lotto, the Spielhalle: the
German given names of the miners' grandsons with the Polish family names their great-grandfathers brought to
the pits, the short forms a Kneipe calls people by, alone or before the family name, and a darts team
sheet's initial: 'Jürgen Schimanski', 'Kalle Przybilla', 'Moni', 'D. Kaczmarek'), costeños of Barranquilla's
Barrio Abajo, Rebolo and Soledad (the picó sound systems and their picoteros, champeta nights, the carnival,
the kiosks that sell the 'chance' lottery and the billiard halls: the coast's coined given names, both family
names, the nickname before the family name, 'seño' before a woman's given name and 'DJ' before a nickname:
'Yeison Charris Fontalvo', 'Yurleidis De la Hoz', 'Mono Pertuz', 'seño Mileidys', 'DJ Cacha') and Ibizans
(Eivissencs) of Vila, Sant Antoni and Sant Josep who work the island's clubs, bars and bingo hall or rent to
the DJs of the summer (the island's family names, both of them, the short forms of the island, the house a
family is known by after 'de can', and the Catalan article 'en' or 'na' before a given name: 'Vicent Marí
Tur', 'Xicu', 'Toni de can Planells', 'na Catalina'); a register's 'Surname, Given' for every origin, the
title and the article always outside the span; a croupier's roster ('Tavolo 7 (roulette francese):', 'Chef
de partie:'), a cage's ('Cassiere:'), a karaoke room's booking ('Room 4 (6 pax) booked by:'), a darts team
sheet's ('Board 2:', 'Captain:'), a Skat list's ('Tisch 3, Geber:'), a picó's ('Picotero:'), a chance
kiosk's ('Vendedor autorizado:'), a guest list's ('+1 of', 'Guest list:'), a bingo hall's ('Caller:'), an
escape room's ('Game master:'), a pool league's ('Player 3:') and a tournament draw's ('Round 1: ... vs
...') fields; over three quarters of the sentences typed to the bot or a friend: shifts at the tables, tips
and the cage, a night at the karaoke room, hwatu at the back table, the darts league and the Skat evening,
the Büdchen's Lotto and the betting shop's coupon, the Spielhalle, champeta nights and the picó's sound
clash, carnival, the club's guest list, the bingo hall, escape rooms and the pool league; self-hosted apps'
config no earlier set pasted: PiKaraoke's command line for a karaoke room, Lyrion Music Server's
server.prefs for a Kneipe's speakers, OpenTTD's secrets.cfg for a game club's server, the Eventyay (Open
Event) server's .env for a club's tickets and darts-caller's command line for an Autodarts board, with
Betfair, Skiddle and Autodarts keys; those regions' addresses (Sanremo's 'Via ... 12/4, 18038 Sanremo (IM)'
with the Ligurian internal number, Ventimiglia's 18039 and Bordighera's 18012, Seoul's road-name address
with the dong in brackets in hangul and in romanisation, Yanji's 'Room ..., Unit ..., Bldg ...' and its
Chinese form, the Ruhr's 'Straße 14, 2. OG links, 45886 Gelsenkirchen' with the floor and side, Barranquilla's
'Cra. 43 # 72-35, Barrio Abajo' and Soledad, Ibiza's 'C/ ... 12, 2º 1ª, 07800 Eivissa' and a country house
'Can ...' on a 'Ctra.' with its km) and phones (Sanremo's 0184, Italian mobiles with and without +39, Seoul's
02, Korean 010 mobiles and +82, Yanji's 0433, Chinese 13x mobiles with +86, Gelsenkirchen's 0209, Bochum's
0234, Dortmund's 0231, German 015x and 017x mobiles and +49, Atlántico's 605, Colombian 30x mobiles, Ibiza's
971 and Spanish 6xx mobiles in pairs); Visa, Mastercard 51-55 and 2221, Amex 37, China UnionPay 62 and
Diners 36 as a casino's cage, a karaoke room's bill, a darts league's fee or a club's table take them;
IBANs of Italy, Monaco, Germany and Spain (every IBAN country was used by an earlier set; Korea, China and
Colombia have none: these are a croupier's, a Monaco casino's, a Kneipe's and an Ibizan's); IPs of a karaoke
room's song server, a slot machine's SAS interface, a lottery terminal, an Autodarts board's camera PC, a
jukebox, the DJ booth's players, an escape room's puzzle controller, a pool table's timer, a bingo hall's
number board, a betting shop's odds screen, a picó's amplifier and in the pastes above, v6 in 2001:b07,
2001:2d8, 2a02:8108, 2800:484 and 2a0c:5a80 ranges; passwords handed over in ways no earlier set used (on a
beer mat, on the karaoke room's remote, chalked on the darts scoreboard, on the back of a betting slip or a
Lotto ticket, on the DJ booth's gaffer tape, on the bingo book's cover, under the pool table's rail, in the
guest list's footer, on the picó's speaker box, on a cloakroom ticket, on a setlist, an escape room's master
code, a casino cage's PIN and a jukebox's service code), Sanremo's casino ('Sanremo#Roulette'), Daerim-dong
('Daerim@Norae'), the miners' greeting ('Glueckauf!04'), Barranquilla's nickname ('Curramba_605'), Ibiza's
sunset ('Eivissa#Posta'), leetspeak of game words ('j4ckp0t!', 'b1ng0'), a table and a dealer ('t7-dealer3'),
and cues in Genoese ('a password a l'é ..., no dîlo a nisciün'), the Yanbian Korean of Seoul's Joseonjok
('비번은 ...이오, 누구한테도 말하지 마오'), Ruhrdeutsch ('dat Passwort is ..., sach dat keinem'), costeño
Spanish ('eche, la clave del wifi es ..., no se la digas a nadie, ajá') and Ibizan Catalan ('sa contrasenya
des wifi és ..., no ho diguis a ningú'); usernames on Autodarts, DartConnect, CueScore, Kicktipp, Tipico,
Beatport, Serato, Dice, Skiddle, Daangn, Jodel, Wplay, PokerStars and Tabletopia, shapes like 'x180',
'dj.x.bq', 'tavolo7.x', 'x.norae', 'skat_x_herten' and 'chance.x'; dates of birth for a casino's staff card,
a croupier school's form, a karaoke room's alien registration, a darts federation's licence, a Skat club's
membership, a chance seller's licence, a club's door and an Ibizan's residency paper, in Italian ('nato il 14
marzo 1987'), Korean's 'YY.MM.DD' ('87.03.14'), the German genealogical star ('* 14.3.1987'), a Colombian
cédula's '14-MAR-1987', Ibizan Catalan ('nat el 14 de març de 1987'), the Chinese '1987年3月14日' and an
export's 'dob'; typos as a night out takes the thumbs: two neighbouring words' first letters swapped, a
spoonerism after a few drinks ('pool table' -> 'tool pable'), or a word's first vowel stretched as one
shouts over the music ('come' -> 'coooome', 'now' -> 'nooow'); negatives with the same regions' places, the
titles, the articles and the name forms explained, table numbers, roulette numbers, darts scores and
checkouts, Skat's game values, bingo calls, odds, lottery draws and the chance's numbers, jackpots, opening
hours, room numbers, picó and club names that are no person, companies named after their founders, versions,
a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation
IPs (v4 and v6), and short everyday chat; no public figure is named).

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

HELDOUT59_SEED = 6973790
# no faker name locale, as in held-out 16 to 58: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT59: list[str] = []
# nightlife, games of chance and play (held-out 60, written at the same time, takes old age, disability and
# access); each origin: (men's given names, women's given names, family names); ';' separates names
# throughout, as some hold a space
NAMES_HELDOUT59: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Ligurian croupiers, dealers and cashiers of the Casinò di Sanremo and the ricevitorie of the Ponente
    "ligurian": ("Gio Batta;Ivano;Fulvio;Ezio;Renzo;Mauro;Emanuele;Davide;Stefano;Sergio;Giacomo".split(";"),
                 "Loredana;Ornella;Maria Grazia;Rossella;Manuela;Donatella;Simona;Nadia;Luisella".split(";"),
                 "Biancheri;Lanteri;Rebaudo;Balestra;Ghiglione;Pastorelli;Revelli;Orengo;Pallanca;Verrando;Ramella;Gazzano".split(";")),
    # Korean Chinese (Joseonjok) from Yanji and Longjing in Seoul's Daerim-dong and Garibong-dong: each name
    # 'pinyin/Korean reading/hangul'
    "joseonjok": ("Zhehao/Cheol-ho/철호;Chengzhe/Seong-cheol/성철;Guangzhe/Gwang-cheol/광철;Yongnan/Yeong-nam/영남;"
                  "Dongchun/Dong-chun/동춘;Xuezhe/Hak-cheol/학철;Mingzhu/Myeong-su/명수".split(";"),
                  "Chunhua/Chun-hwa/춘화;Yingji/Yeong-hui/영희;Meilan/Mi-ran/미란;Shunyu/Sun-ok/순옥;"
                  "Xianglan/Hyang-ran/향란;Yushun/Ok-sun/옥순;Lianhua/Ryeon-hwa/련화".split(";"),
                  "Piao/Bak/박;Jin/Kim/김;Li/Ri/리;Cui/Choe/최;Zheng/Jeong/정;Quan/Gwon/권;Han/Han/한;"
                  "Yin/Yun/윤;Xu/Heo/허;Nan/Nam/남;Liu/Ryu/류".split(";")),
    # Ruhr Kneipe regulars of Gelsenkirchen, Bochum-Wattenscheid, Dortmund-Hörde and Herten
    "ruhr": ("Jürgen;Horst;Dieter;Manfred;Karl-Heinz;Uwe;Detlef;Dennis;Klaus-Dieter;Norbert".split(";"),
             "Monika;Ursula;Gabriele;Birgit;Elke;Petra;Jacqueline;Sabine;Mandy".split(";"),
             "Schimanski;Kowalczyk;Szepanski;Tibulski;Burdenski;Przybilla;Sobottka;Wischnewski;Czerwinski;Kaczmarek;Jankowiak;Matuschek".split(";")),
    # costeños of Barranquilla's Barrio Abajo, Rebolo and Soledad: picoteros, chance sellers, billiard halls
    "costeno": ("Yeison;Dairo;Éder;Ober;Yesid;Jhon Jairo;Álvaro José;Carlos Mario;Luis Alfredo;Wilmer".split(";"),
                "Yurleidis;Luz Marina;Yajaira;Mileidys;Deisy;Ana Milena;Rosalba;Katerine;Yolima".split(";"),
                "Charris;Fontalvo;De la Hoz;Escorcia;Pertuz;Orozco;Ahumada;Cantillo;Oñate;Bolaño;Polo;Barrios".split(";")),
    # Ibizans of Vila, Sant Antoni and Sant Josep: club and bar staff, the bingo hall, landlords of the DJs
    "ibicenco": ("Vicent;Toni;Pep;Joan;Bartomeu;Jaume;Francesc;Josep Antoni;Rafel".split(";"),
                 "Catalina;Margalida;Antònia;Neus;Francesca;Eulària;Maria Josep;Pepa".split(";"),
                 "Marí;Tur;Planells;Ribas;Prats;Ferrer;Serra;Riera;Torres;Guasch;Colomar;Escandell;Noguera;Boned".split(";")),
}  # fmt: skip
# short forms and nicknames: (men's, women's)
NICKS_HELDOUT59 = {
    "ligurian": ("Baciccia Gigin Renzino".split(), "Lori Ornellina".split()),
    "ruhr": ("Kalle Manni Hotte Didi Atze Uwi".split(), "Moni Uschi Gabi Biggi Jacky".split()),
    "costeno": ("Mono Cacha Pibe Chiqui Negro Flaco".split(), "Yuri Mile Nena Mona".split()),
    "ibicenco": ("Xicu Xumeu Toniet Pepet Jaumet".split(), "Cati Xesca Neuseta Maria".split()),
}
# the Ibizan houses a family is known by ('Toni de can Planells')
HOUSES_HELDOUT59 = "Planells;Xumeu;Ribes;Pep Ferrer;Toniet;Marí Costa;Bonet".split(";")
# a title or an article next to the name (outside the span): before it or after it ('Ryeon-hwa imo'), with
# the origin, whether a woman, and which name it takes: 'family', 'given' (for the Joseonjok the given name
# in the Korean reading) or 'nick'
TITLED_HELDOUT59: dict[str, tuple[str, bool, str]] = {
    "sciô": ("ligurian", False, "family"),  # Genoese 'signor'
    "imo": ("joseonjok", True, "given"),  # auntie, after a woman's given name
    "seño": ("costeno", True, "given"),
    "dj": ("costeno", False, "nick"),
    "en": ("ibicenco", False, "given"),  # the Catalan article before a man's given name
    "na": ("ibicenco", True, "given"),  # and before a woman's
}
TITLE_SLOT_HELDOUT59 = re.compile(r"(?<![\w'-])(sciô|seño|dj|en|na) \{\}|\{\} (imo)(?![\w'])", re.IGNORECASE)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT59 = {"IT": "1a10n12c", "MC": "10n11c2n", "DE": "18n", "ES": "20n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT59 = ["darts", "skat", "kneipe", "karaoke", "norae", "casino", "croupier", "pico", "champeta",
                      "bingo", "lotto", "pool", "escape", "club", "promo", "tombola"]  # fmt: skip
WORD_HELDOUT59 = re.compile(r"(?<![\w{}'@.#$-])([a-z]{3,})(?![\w{}'@.-])")
PAIR_HELDOUT59 = re.compile(
    r"(?<![\w{}'@.#$-])([b-df-hj-np-tv-z]+)([aeiou][a-z]+) ([b-df-hj-np-tv-z]+)([aeiou][a-z]+)(?![\w{}'@.-])"
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Gio Batta' -> 'giobatta',
    'Przybilla' -> 'przybilla', 'De la Hoz' -> 'delahoz', 'Eulària' -> 'eularia')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _initials(given: str) -> str:
    """A given name as initials ('Gio Batta' -> 'G.B.', 'Karl-Heinz' -> 'K.H.', 'Jürgen' -> 'J.')."""
    return "".join(f"{w[0]}." for w in given.replace("-", " ").split())


def _reading(entry: str, part: int) -> str:
    """A Joseonjok name's pinyin (0), Korean reading (1) or hangul (2) from 'Chunhua/Chun-hwa/춘화'."""
    return entry.split("/")[part]


class Gen59(Gen3):
    """Generators for held-out set 59: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT59 (the Joseonjok's whole
        'pinyin/reading/hangul' entries)."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT59))
        men, women, lasts = NAMES_HELDOUT59[origin]
        if woman is None:  # tables, bars and clubs: a few more men than women
            woman = rng.random() < 0.45
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        origin, first, last, _ = self._origin_name()
        if origin == "joseonjok":
            return _reading(first, 0), _reading(last, 0)
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "joseonjok":
            if r < 0.3:  # pinyin, the family name first
                return f"{_reading(last, 0)} {_reading(first, 0)}"
            if r < 0.42:  # a Chinese passport's capitals
                return f"{_reading(last, 0).upper()} {_reading(first, 0).upper()}"
            if r < 0.62:  # the Korean reading, Yanbian's way
                return f"{_reading(last, 1)} {_reading(first, 1)}"
            if r < 0.88:  # hangul
                return _reading(last, 2) + _reading(first, 2)
            return f"{_reading(first, 0)} {_reading(last, 0)}"
        lasts = NAMES_HELDOUT59[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "ligurian":
            if first == "Gio Batta" and r < 0.4:
                return f"G.B. {last}"
            if r < 0.35:  # an Italian register: COGNOME Nome
                return f"{last.upper()} {first}"
        if origin == "ruhr":
            if r < 0.25:  # a darts team sheet's initial
                return f"{_initials(first)} {last}"
            if r < 0.45:  # the short form before the family name
                return f"{rng.choice(NICKS_HELDOUT59['ruhr'][woman])} {last}"
        if origin == "costeno":
            if r < 0.45:  # both family names
                return f"{first} {last} {other}"
            if r < 0.6:  # the nickname before the family name
                return f"{rng.choice(NICKS_HELDOUT59['costeno'][woman])} {last}"
        if origin == "ibicenco":
            if r < 0.3:  # the house the family is known by
                return f"{first} de can {rng.choice(HOUSES_HELDOUT59)}"
            if r < 0.55:  # both family names
                return f"{first} {last} {other}"
        if r > 0.86:  # a register's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.84:
            name = _reading(first, rng.choice([0, 1])) if origin == "joseonjok" else first
            if origin in NICKS_HELDOUT59 and rng.random() < 0.45:  # the short form alone
                name = rng.choice(NICKS_HELDOUT59[origin][woman])
        else:
            name = _reading(last, 0) if origin == "joseonjok" else last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title or an article written next to it ('sciô Orengo', 'Ryeon-hwa imo', 'seño
        Mileidys', 'DJ Cacha', 'en Xicu', 'na Catalina'), from the origin that uses it."""
        rng = self.rng
        origin, woman, which = TITLED_HELDOUT59[title.lower()]
        men, women, lasts = NAMES_HELDOUT59[origin]
        if which == "family":
            return rng.choice(lasts)
        if which == "nick":
            return rng.choice(NICKS_HELDOUT59[origin][woman])
        given = rng.choice(women if woman else men)
        if origin == "joseonjok":
            return _reading(given, 1)
        if origin in NICKS_HELDOUT59 and rng.random() < 0.35:
            return rng.choice(NICKS_HELDOUT59[origin][woman])
        return given

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT59.search(template)
        return self.titled_person(m.group(1) or m.group(2)) if m else self.person()

    def address(self) -> str:
        rng, pick, d = self.rng, self.rng.choice, self.d
        shapes = [
            f"Via {pick(['Matteotti', 'Nino Bixio', 'Roma', 'Gioberti', 'Feraldi'])} {rng.randint(1, 180)}/{rng.randint(1, 12)}, 18038 Sanremo (IM)",
            f"Corso {pick(['degli Inglesi', 'Garibaldi', 'Cavallotti'])} {rng.randint(1, 300)}, scala {pick('ABC')}, int. {rng.randint(1, 20)}, 18038 Sanremo IM",
            f"Via {pick(['Aprosio', 'Cavour', 'Tenda'])} {rng.randint(1, 90)}, 18039 Ventimiglia (IM)",
            f"Via {pick(['Vittorio Emanuele', 'Libertà', 'dei Colli'])} {rng.randint(1, 120)}, 18012 Bordighera (IM)",
            f"서울특별시 영등포구 {pick(['도림로', '대림로', '디지털로'])} {rng.randint(10, 400)}, {rng.randint(2, 5)}층 (대림동)",
            f"{rng.randint(2, 5)}F, {rng.randint(10, 400)} {pick(['Dorim-ro', 'Daerim-ro', 'Siheung-daero'])}, Yeongdeungpo-gu, Seoul 07{rng.randint(300, 450)} (Daerim-dong)",
            f"B1, {rng.randint(10, 200)} {pick(['Garibong-ro', 'Urimal-ro'])}, Guro-gu, Seoul 08{rng.randint(300, 399)}",
            f"Room {rng.randint(1, 12)}0{rng.randint(1, 4)}, Unit {rng.randint(1, 4)}, Bldg {rng.randint(1, 30)}, {pick(['Henan Street', 'Jiefang Road', 'Gongyuan Street'])}, Yanji, Jilin 133000",
            f"吉林省延吉市{pick(['河南街', '解放路', '公园路'])}{rng.randint(1, 300)}号{rng.randint(1, 20)}栋{rng.randint(1, 4)}单元{rng.randint(1, 12)}0{rng.randint(1, 4)}室",
            f"{pick(['Bergmannstraße', 'Bochumer Straße', 'Hohenzollernstraße', 'Schüngelbergstraße'])} {rng.randint(1, 140)}, {rng.randint(1, 4)}. OG {pick(['links', 'rechts', 'Mitte'])}, 45{pick(['886', '881', '889'])} Gelsenkirchen",
            f"{pick(['Westenfelder Str.', 'Hochstr.', 'Voedestr.'])} {rng.randint(1, 120)}, 4486{rng.randint(5, 9)} Bochum-Wattenscheid",
            f"{pick(['Hörder Bahnhofstr.', 'Faßstr.', 'Wellinghofer Str.'])} {rng.randint(1, 200)}, 4426{rng.randint(3, 9)} Dortmund",
            f"{pick(['Ewaldstraße', 'Hochstraße', 'Feldstraße'])} {rng.randint(1, 90)}a, 4569{rng.randint(7, 9)} Herten",
            f"Cra. {rng.randint(20, 60)} # {rng.randint(40, 90)}-{rng.randint(10, 99)}, {pick(['Barrio Abajo', 'El Prado', 'Boston'])}, Barranquilla, Atlántico",
            f"Calle {rng.randint(10, 30)} # {rng.randint(5, 20)}{pick(['', 'B', 'C'])}-{rng.randint(10, 99)}, Rebolo, Barranquilla",
            f"Cl. {rng.randint(20, 70)} # {rng.randint(10, 40)}-{rng.randint(10, 99)} apto {rng.randint(1, 5)}0{rng.randint(1, 4)}, Soledad, Atlántico",
            f"C/ {pick(['de Vara de Rey', 'Aragó', 'Bartomeu Rosselló', 'Pere Francès'])} {rng.randint(1, 60)}, {rng.randint(1, 5)}º {rng.randint(1, 4)}ª, 07800 Eivissa",
            f"Carrer de {pick(['Sant Antoni', 'Santa Agnès', 'Ramón y Cajal'])} {rng.randint(1, 80)}, 07820 Sant Antoni de Portmany",
            f"Can {pick(['Xumeu', 'Toniet', 'Pep Ferrer'])}, Ctra. {pick(['Sant Josep', 'Santa Gertrudis', 'Sant Joan'])}, km {rng.randint(1, 12)},{d(1)}, 078{pick(['30', '17', '10'])} Eivissa",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT59)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1955, 2005)}",
                           f"{subject}_{last}", f"{first}.{last[:1]}.{subject}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "libero.it", "alice.it", "virgilio.it", "naver.com", "daum.net",
                             "qq.com", "163.com", "web.de", "gmx.de", "t-online.de", "hotmail.com",
                             "yahoo.es", "telefonica.net", "outlook.es", "hotmail.es"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0184 {d(6)}",  # Sanremo
            f"0184 {d(2)} {d(2)} {d(2)}",
            f"3{rng.choice(['27', '38', '47', '49'])} {d(3)} {d(4)}",  # Italian mobile
            f"+39 3{rng.choice(['28', '39', '48'])} {d(7)}",
            f"02-{d(3)}-{d(4)}",  # Seoul
            f"010-{d(4)}-{d(4)}",  # Korean mobile
            f"+82 10 {d(4)} {d(4)}",
            f"0433-{d(3)}-{d(4)}",  # Yanji
            f"+86 13{d(1)} {d(4)} {d(4)}",  # Chinese mobile
            f"0209 {d(6)}",  # Gelsenkirchen
            f"0234 {d(7)}",  # Bochum
            f"0231 {d(2)} {d(2)} {d(2)}",  # Dortmund
            f"01{rng.choice(['51', '57', '76', '72'])} {d(8)}",  # German mobile
            f"+49 1{rng.choice(['51', '60', '76'])} {d(4)} {d(4)}",
            f"605 {d(3)} {d(4)}",  # Atlántico
            f"30{rng.choice('0124')} {d(3)} {d(4)}",  # Colombian mobile
            f"971 {d(2)} {d(2)} {d(2)}",  # Ibiza
            f"6{d(2)} {d(2)} {d(2)} {d(2)}",  # Spanish mobile in pairs
            f"+34 6{d(2)} {d(3)} {d(3)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15),
                                     ("62", 16), ("36", 14)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT59))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT59[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a karaoke room, a casino floor, a Büdchen, a darts board, a Kneipe,
        a club, an escape room, a pool hall, a bingo hall, a betting shop, a picó and this set's pastes; v4
        and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:b07:{h()}:{h()}::{h()}", f"2001:2d8:{h()}:{h()}::{h()}", f"2a02:8108:{h()}:{h()}::{h()}",
                         f"2800:484:{h()}:{h()}::{h()}", f"2a0c:5a80:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the song server for the karaoke rooms is {}, room 4 can't find the new songs", v4),
            ("slot 112's sas interface is on {}, the meters stopped reporting at midnight", v4),
            ("the lotto terminal at the büdchen is {}, it won't print the receipts", v4),
            ("the autodarts camera pc on board 2 is {}, the third camera keeps losing the dart", v4),
            ("the jukebox in the kneipe sits on {}, it skips every second song", rng.choice([v4, v6])),
            ("the players in the dj booth are on {}, the link drops when the bass kicks in", v4),
            ("the puzzle controller in the escape room is {}, the bookcase door won't open", v4),
            ("the timer on pool table 3 is {}, it charges people double", v4),
            ("the number board in the bingo hall is on {}, it froze on 88 lol", v4),
            ("the odds screen in the betting shop is {}, it still shows yesterday's games", v4),
            ("our router at home is {}, can you see why the stream keeps buffering", rng.choice([v4, v6])),
            ("the picó's amplifier has wifi now, it's on {}", v4),
            ("$ pikaraoke --url http://{}:5555 --hide-splash-screen", v4),
            ("httpport: 9000\nremoteaddress: {}", v4),
            ("server_bind_addresses = {}", v4),
            ("DATABASE_URL=postgresql://open_event_user@{}:5432/open_event", v4),
            ("POSTGRES_HOST={}", v6),
            ("$ python3 darts-caller.py -WEBDATA {} -WEBHOST 8079", v4),
            ("2025-08-02T03:14:09Z WARN [cage] login refused for terminal at {}", v4),
            ("[2025-08-02 03:14:09] openttd: [net] kicked client from {} (wrong password)", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Sanremo#{rng.choice(['Roulette', 'Chemin', 'Tavolo7'])}",
                f"Daerim@{rng.choice(['Norae', 'Room4', 'Hwatu'])}",
                f"Glueckauf!{rng.choice(['04', '09', 'Zeche'])}",
                f"Curramba_{rng.choice(['605', 'Pico', 'Carnaval'])}",
                f"Eivissa#{rng.choice(['Posta', 'SantAntoni', '2025'])}",
                rng.choice(["jackpot", "bingo", "roulette", "checkout", "lastorders"]).translate(leet) + rng.choice(["", "!", "_59"]),
                f"t{rng.randint(1, 12)}-dealer{rng.randint(1, 9)}",
                f"{rng.choice(['Yanji', 'Herten', 'Soledad', 'Bordighera', 'Portmany'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Bar', 'Club', 'Table', 'Board'])}{rng.randint(1, 99)}",
                f"{rng.choice(['skat', 'darts', 'bingo'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        url_pw = re.sub(r"[@:/#%+$&?]", "", pw)  # a password as it goes into a URL unescaped
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        uuid = f"{tok(8, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"
        options = [
            # passwords handed over in ways no earlier set used
            ("the kneipe wifi is written on the back of a beer mat behind the bar, {}", pw),
            ("someone wrote the song server password on the karaoke remote in room 4, {}", pw),
            ("the darts pc login is chalked on the scoreboard, {}", pw),
            ("i wrote my tipico password on the back of the betting slip, {}", pw),
            ("the lotto account password is on the back of the ticket, {}", pw),
            ("the booth laptop password is on the gaffer tape by the mixer, {}", pw),
            ("the bingo hall's tablet password is on the cover of the book, {}", pw),
            ("the pool league login is taped under the rail of table 2, {}", pw),
            ("the promoter put the club's wifi in the footer of the guest list lol, {}", pw),
            ("the picó's bluetooth pin is painted on the speaker box, {}", d(4)),
            ("the cloakroom girl wrote the staff wifi on my ticket, {}", pw),
            ("the setlist has the stream key scribbled at the bottom, {}", tok(20, alnum)),
            ("the escape room's master code for every lock is {}, don't tell the players obviously", d(4)),
            ("the cage pin for the night shift is {}", d(6)),
            ("the jukebox's service code is {}, it resets the credits", d(5)),
            ("ok the karaoke room wifi is {}, thanks for booking", pw),
            ("my autodarts password is {}, start the board for me if i'm late", pw),
            ("the skat club's website login is {}, post the results for me", pw),
            # cues in ways no earlier set used
            ("a password do wifi a l'é {}, no dîlo a nisciün", pw),
            ("노래방 와이파이 비번은 {}이오, 누구한테도 말하지 마오", pw),
            ("dat Passwort vom WLAN is {}, sach dat keinem", pw),
            ("eche, la clave del wifi es {}, no se la digas a nadie, ajá", pw),
            ("sa contrasenya des wifi és {}, no ho diguis a ningú", pw),
            # commands
            ("$ pikaraoke --admin-password {} --port 5555", pw),
            ("$ python3 darts-caller.py -U board2@kneipe.example -P {} -B " + uuid, pw),
            ("$ curl -H 'X-Application: {}' https://api.betfair.com/exchange/betting/rest/v1.0/listEventTypes/", tok(16, alnum)),
            ("$ curl 'https://www.skiddle.com/api/v1/events/search/?api_key={}'", tok(32, hexl)),
            # pastes
            ("server_password = {}", pw),
            ("rcon_password = {}", pw),
            ("admin_password = {}", pw),
            ("password: {}", tok(27, b64)),
            ("SECRET_KEY={}", tok(50, alnum)),
            ("DATABASE_URL=postgresql://open_event_user:{}@127.0.0.1:5432/open_event", url_pw),
            ("APP_SECRET_KEY={}", tok(64, hexl)),
            ("MAIL_PASSWORD={}", pw),
            ("SENTRY_DSN=https://{}@o4507.ingest.sentry.io/4507", tok(32, hexl)),
            ("AUTODARTS_PASSWORD={}", pw),
            ("BETFAIR_APP_KEY={}", tok(16, alnum)),
            ("SKIDDLE_API_KEY={}", tok(32, hexl)),
            ("      password: '{}'", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x180', 'dj.x.bq', 'tavolo7.x', 'x.norae')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}180",
                f"dj.{first}.bq",
                f"tavolo{rng.randint(1, 12)}.{last}",
                f"{first}.norae",
                f"skat_{first[:1]}{last}_{rng.choice(['herten', 'hoerde', 'gelsen'])}",
                f"chance.{last}",
                f"{last}_{first}_{rng.randint(70, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=80)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "it": f"{day} {IT_MONTHS_HELDOUT59[m - 1]} {year}",
            "ko": f"{year % 100:02d}.{m:02d}.{day:02d}",  # Korean YY.MM.DD
            "star": f"{day}.{m}.{year}",  # after the German genealogical star ('* 14.3.1987')
            "cedula": f"{day:02d}-{ES_MONTHS_HELDOUT59[m - 1]}-{year}",  # a Colombian cédula
            "ca": f"{day} {CA_MONTHS_HELDOUT59[m - 1]} {year}",  # Ibizan Catalan, with 'de'/'d''
            "zh": f"{year}年{m}月{day}日",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["it", "ko", "star", "cedula", "ca", "zh", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the casino's staff card has my birthday as {}, wrong year lol", any_shape),
            ("for the croupier school form they want my date of birth, i'm {}", any_shape),
            ("my alien registration card for the noraebang job says born {}", s["ko"]),
            ("the darts federation licence needs your date of birth, mine is {}", any_shape),
            ("the skat club wants everyone's birthday for the list, mine is {}", s["star"]),
            ("the chance seller licence asks fecha de nacimiento, i put {}", s["cedula"]),
            ("the bouncer didn't believe my birthday was {}", any_shape),
            ("nato il {} a Sanremo", s["it"]),
            ("생년월일: {}", s["ko"]),
            ("Mitglied 112 (seit 1998), * {}", s["star"]),
            ("FECHA DE NACIMIENTO {}", s["cedula"]),
            ("nat el {} a Eivissa", s["ca"]),
            ("出生日期：{}", s["zh"]),
            ('  "dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


IT_MONTHS_HELDOUT59 = ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
                       "dicembre").split()  # fmt: skip
ES_MONTHS_HELDOUT59 = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()
CA_MONTHS_HELDOUT59 = ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol",
                       "d'agost", "de setembre", "d'octubre", "de novembre", "de desembre"]  # fmt: skip


HELDOUT59_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is dealing on the french roulette tonight, i'm on blackjack",
        "can you swap my saturday night at the bar with {}",
        "{} booked the big karaoke room for friday again",
        "remind me to ring {} about the darts league fixtures",
        "{} won the skat evening, third time this month",
        "{} runs the büdchen on the corner and takes the lotto till 7",
        "{} owes me 20 from the hwatu game lol",
        "{} is doing the door at the club this weekend",
        "{} lost a whole week's wages at the spielhalle again",
        "{} hit a 170 checkout in the league match last night",
        "tell {} the pool table in the back is broken",
        "{} sells chance at the kiosk by the market",
        "{} plays the picó at the carnival party on saturday",
        "i'm meeting {} at the escape room at 8",
        "{} calls the numbers at the bingo hall on thursdays",
        "{} has the keys to the casino cage tonight",
        "{} is the new game master at the escape room",
        "{} rents the flat in sant antoni to the djs every summer",
        "{} is captain of our darts team now",
        "did {} put the coupon on at the betting shop",
        "{} never tips the dealers, everyone knows",
        "{} sang the whole night at the noraebang",
        "sciô {} is the chef de partie on the french tables",
        "{} imo runs the karaoke place on the corner",
        "seño {} sells the chance tickets near the school",
        "DJ {} is playing the champeta night at the caseta",
        "en {} has the bar by the port now",
        "na {} does the bingo calls in spanish and catalan",
        "ok so {} is bringing the cards for skat, thanks for the beer",
        "yes {} is on the guest list, tell the door",
        "Tavolo 7 (roulette francese): {}",
        "Chef de partie: {}",
        "Cassiere: {}",
        "Room 4 (6 pax) booked by: {}",
        "Board 2: {}",
        "Captain: {}",
        "Tisch 3, Geber: {}",
        "Picotero: {}",
        "Vendedor autorizado: {}",
        "Guest list: {} +1",
        "Caller: {}",
        "Game master: {}",
        "Player 3: {}",
        "Round 1: {} vs {}",
        "| 23:00 | main room | {} |",
        '"dealer": "{}",',
    ],
    "STREET_ADDRESS": [
        "the darts league meets at {}",
        "send the casino letter to {}",
        "the karaoke place is at {}, second floor",
        "the after party is at {}, bring drinks",
        "the skat club moved to {}",
        "my mum still lives at {}",
        "the picó is set up outside {} for the carnival",
        "Address: {}",
        "Indirizzo: {}",
        "주소: {}",
        "Anschrift: {}",
        "Dirección: {}",
        '"home_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the league fixtures to {}",
        "the guest list comes from {}",
        "email the booking for room 4 to {}",
        "the croupier course forms went to {}",
        "E-mail (capitano): {}",
        '"email": "{}",',
        "MAIL_DEFAULT_SENDER={}",
        "admin_email = {}",
    ],
    "PHONE_NUMBER": [
        "the darts captain's number is {}",
        "call the karaoke place on {} and book room 4",
        "my cousin in yanji is on {}",
        "ring the bar on {}, they keep the table",
        "text the promoter on {} for the guest list",
        "Tel.: {}",
        "Handy: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I changed chips at the cage with {}",
        "the karaoke bill went on {}",
        "the league fee was paid with {}",
        "put the table at the club on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the casino pays my wages into {}",
        "send my share of the lotto win to {}",
        "the darts league money goes to {}",
        "refund the escape room deposit to {}",
        "IBAN: {}",
        "IBAN (stipendio): {}",
    ],
    "USERNAME": [
        "on Autodarts I'm {}",
        "my DartConnect name is {}",
        "CueScore has me as {}",
        "our Kicktipp group knows me as {}",
        "my Tipico login is {}",
        "on Beatport I'm {}",
        "my Serato account is {}",
        "on Dice I'm {}",
        "my Skiddle username is {}",
        "on Daangn I'm {}",
        "my Jodel name was {} lol",
        "on Wplay I'm {}",
        "my PokerStars screen name is {}",
        "on Tabletopia I'm {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT59_MIXED = [
    ("Captain: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Guest list: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[network]\nserver_bind_addresses = {}\nserver_password = {}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:5555/admin", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the cage code, it's {}", ["PERSON", "SECRET"]),
    ("Player: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Autodarts name is {}, the prize money goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the league came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the karaoke room with {}", ["PERSON", "CREDIT_CARD"]),
    ("seño {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Member: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT59_NEGATIVES = [
    "the Casinò di Sanremo opened in 1905",
    "chef de partie is the croupier who runs a roulette table",
    "sciô just means mister in Genoese",
    "Baciccia is what Liguria calls a Giovanni Battista",
    "Bordighera and Ventimiglia are next to the French border",
    "a ricevitoria is where you play the lotto in Italy",
    "Daerim-dong is the Chinatown of Seoul",
    "Joseonjok are Korean Chinese, many come from Yanbian",
    "imo means auntie, you call any older woman that in a restaurant",
    "a noraebang is a karaoke room you rent by the hour",
    "hwatu cards are the little flower cards, go-stop is the game",
    "Yanji is the capital of the Yanbian prefecture",
    "Glück auf is the miners' greeting in the Ruhr",
    "a Büdchen is a corner kiosk, they sell beer, papers and lotto",
    "a Spielhalle is a slot machine arcade",
    "Skat is played with 32 cards and three players",
    "grand hand is worth 48 in Skat, 72 with two jacks",
    "Gelsenkirchen, Bochum and Dortmund are all in the Ruhr",
    "the Polish names in the Ruhr came with the miners around 1900",
    "Kalle is short for Karl-Heinz, Manni for Manfred",
    "Barranquilla's carnival is four days before Ash Wednesday",
    "a picó is a huge painted sound system, the picotero plays it",
    "champeta started in Cartagena and Barranquilla",
    "el chance is a daily lottery, you pick four digits",
    "seño is what kids on the coast call a teacher",
    "Curramba is a nickname for Barranquilla",
    "in Ibiza people are known by their house, can means house",
    "en and na are just the Catalan articles before a name",
    "Sant Antoni is where the sunset bars are",
    "Vila is what Ibizans call the town of Eivissa",
    "the bingo hall opens at 17:00",
    "table 7 is the french roulette, table 9 is blackjack",
    "17 black came up three times tonight",
    "the minimum bet at table 4 is 10 euros",
    "a 180 is the maximum with three darts",
    "170 is the biggest checkout",
    "two fat ladies, 88",
    "legs eleven is number 11",
    "the odds were 5/2 on the home team",
    "the jackpot is 4.2 million this week",
    "the lotto draw was 3, 14, 22, 31, 40, 45",
    "the chance number yesterday was 4817",
    "room 4 takes six people, room 7 takes twelve",
    "the escape room takes 60 minutes, we did it in 52",
    "the league night is every Tuesday at 19:30",
    "last orders at 1, doors close at 2",
    "the pool table is 2 euros a game",
    "the guest list closes at midnight",
    "the karaoke room costs 25,000 won an hour",
    "El Rey del Barrio is the name of the picó, not a person",
    "Casino Royale night is the theme on friday",
    "Merkur and Löwen Play are arcade chains",
    "Sisal and Snai run most of the betting shops in Italy",
    "Tipico and Betfair are betting apps",
    "PiKaraoke 1.8 added the queue editing",
    "Lyrion Music Server 9.0 is out",
    "OpenTTD 14 changed the server list",
    "darts-caller v2.14 added new voices",
    "fixed in commit 4d81ce0, see the changelog",
    "SECRET_KEY=changeme",
    "server_password = ",
    "AUTODARTS_PASSWORD=${AUTODARTS_PASSWORD}",
    "BETFAIR_APP_KEY=<your app key>",
    "PIN: ****",
    "cage code: ######",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the amex test number",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN in the docs",
    "ES91 2100 0418 4502 0005 1332 is the Spanish example IBAN",
    "write to booking@example.com on the form",
    "192.0.2.59 is a documentation address",
    "203.0.113.17 is a documentation address",
    "2001:db8:59::1 is a documentation address",
    "112 in Italy, Germany and Spain, 119 in Korea, 123 in Colombia",
    "18038 is the postcode of Sanremo",
    "07800 is Eivissa's postcode",
    "45886 is Gelsenkirchen",
    "my shift finishes at 4",
    "is the bar still open",
    "bring cash, the kiosk doesn't take cards",
    "see you at the darts",
    "never doing karaoke sober again lol",
    "ok meet at the door, the queue is long",
    "yes the table is booked, thanks",
    "WHO ORDERED THE LAST ROUND",
]  # fmt: skip


def _typo59(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': after a few drinks, two neighbouring words'
    first consonants swapped, a spoonerism ('pool table' -> 'tool pable', 'last round' -> 'rast lound'), or a word's first vowel stretched as one shouts over the music
    ('come' -> 'coooome', 'now' -> 'nooow'). Only in sentences typed to the bot or a friend; a title or an
    article next to a name stays as written."""
    if not _chat_like(template):
        return template
    if rng.random() < 0.5:
        pairs = [
            m
            for m in PAIR_HELDOUT59.finditer(template)
            if m.group(1) != m.group(3) and (m.group(1) + m.group(2)).lower() not in TITLED_HELDOUT59
        ]
        if pairs:
            m = rng.choice(pairs)
            swapped = f"{m.group(3)}{m.group(2)} {m.group(1)}{m.group(4)}"
            return template[: m.start()] + swapped + template[m.end() :]
    words = [
        m
        for m in WORD_HELDOUT59.finditer(template)
        if m.group(1).lower() not in TITLED_HELDOUT59 and re.search(r"[aeiou]", m.group(1))
    ]
    if not words:
        return template
    m = rng.choice(words)
    word = m.group(1)
    i = re.search(r"[aeiou]", word).start()
    word = word[:i] + word[i] * rng.randint(3, 4) + word[i + 1 :]
    return template[: m.start()] + word + template[m.end() :]


def build_heldout59(seed: int = HELDOUT59_SEED) -> list[Example]:
    """Held-out set 59: `Gen59` values in `HELDOUT59_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen59(seed)
    return assemble_module_set(
        gen, HELDOUT59_TEMPLATES, HELDOUT59_MIXED, HELDOUT59_NEGATIVES, _typo59, person=gen.person_for
    )
