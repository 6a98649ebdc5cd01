"""Held-out PII set 73 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout73": written before round 47 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT73 is empty, as for
held-out 16 to 72; written at the same time as held-out 74, the two authors split the world between them: 73
takes schools and childhood outside the classroom (school runs and car-share rotas, parent-teacher
associations, nurseries and childminders, scout and guide troops, children's birthday-party venues, school
uniform swaps, after-school clubs and tutors, lost-property and packed-lunch notes, summer camps), 74 takes
food made and sold by small hands); hand-written lists of the nursery staff, childminders and school-run
parents of the Amami Islands (Naze on Amami Ōshima, Koniya in Setouchi and Kametsu on Tokunoshima: the
islands' one-character family names 栄 'Sakae', 元 'Hajime', 碇 'Ikari', 叶 'Kano', 祷 'Inori', written in
kanji with or without a space, romanised family name first or given name first, and in hiragana on a
child's name label sewn into a uniform or stuck on a lunch box ('さかえ ゆい'), '先生' after a nursery
teacher's given name, 'ちゃん' and 'くん' after a child's and '-sensei' after a romanised family name, always
outside the span: '栄 由美', '碇健太', 'さかえ ゆい', 'Hajime Kazuya', 'ゆみ先生', 'Ikari-sensei'), the
parents' association, scout troop and after-school tutors of Tsakonia (Leonidio, Tyros and Melana in
Arcadia: the Kynouria family names 'Κωστάκης', 'Κρεμμύδας', 'Μπουζιάνης', 'Τζαβάρας', a woman's in its
genitive form ('Κωστάκη', 'Λιαροπούλου'), Greek script and Greek forms romanised, a school list's capitals
without accents, family name first ('ΚΡΕΜΜΥΔΑ ΕΛΕΝΗ'), the Greek short forms ('Γιώτα', 'Βούλα', 'Μπάμπης',
'Λενιώ'), and 'κυρία' (a teacher, as the children call her) and 'θεία' before a given name and 'κ.' before a
family name, outside the span: 'Παναγιώτα Κρεμμύδα', 'Giorgos Tzavaras', 'κυρία Ελένη', 'κ. Μπουζιάνη'),
the Sangirese of Tahuna on the Sangihe Islands (Pramuka scout troops, PAUD playgroups and Sunday-school
birthday parties: Sangirese family names ('Makaminan', 'Takasihaeng', 'Tatangindatu', 'Lahamendu'), the
Dutch-flavoured given names of North Sulawesi ('Deetje', 'Neltje', 'Yopie', 'Frangky'), a child's two given
names before the family name, an Indonesian form's capitals, an initial before the family name, and 'Bunda'
(a playgroup teacher), 'Tante', 'Om' and 'Opa' before a given name, outside the span: 'Kezia Meiske
Takasihaeng', 'Y. Makaminan', 'Bunda Olvie', 'Om Yopie') and the Statians of Sint Eustatius (Oranjestad,
Golden Rock and Concordia: uniform swaps, after-school clubs and the summer camp; Statian family names
('Merkman', 'Courtar', 'Spanner', 'van Putten'), Caribbean given names, a Dutch register's initials with
dots ('R.A. Merkman'), two given names on a camp form, and 'Miss', 'Teacher' and 'Mister' before a given
name, outside the span: 'Rosaria Courtar', 'Clyde van Putten', 'Miss Charmaine', 'Teacher Vernon');
children's names beside a parent's on consent forms, pick-up lists, car-share rotas and party invitations;
a bus service, a tutoring school, a nursery or a shop that carries a family name ("Berkel's Bus Service",
'Φροντιστήριο Κωστάκη', 'Toko Makaminan') no person, a class, a peg or a locker number, a scout
troop's number, a badge, a shoe size or a party's start time no secret; a pick-up list's ('Collected by:',
'Authorised to collect:', 'お迎え:'), a consent form's ('Child:', 'Parent/guardian:', 'Κηδεμόνας:', 'Nama
Orang Tua/Wali:'), a car-share rota's ('Mon run:', 'Driver (Thu):'), a parents' association's ('Πρόεδρος
Συλλόγου Γονέων:', 'PTA treasurer:'), a nursery's ('担任:', 'Keyworker:', 'Childminder:'), a scout troop's
('Pembina Pramuka:', 'Αρχηγός Ομάδας:', 'Troop leader:'), a party invitation's ('RSVP to:', 'Birthday
child:'), a uniform swap's ('Donated by:'), an after-school club's and a tutor's ('Tutor:', 'Καθηγήτρια:',
'Club lead:'), a lost-property note's ('Name label:', 'Found by:') and a summer camp's ('Camper:',
'Counsellor:', 'Emergency contact:') fields; over three quarters of the sentences typed to the bot or a
friend: who drives the school run this week, the car-share rota and car seats, the parents' association's
bake sale and its minutes, nursery drop-off and pick-up, childminders and their invoices, the scout troop's
camp and the badges, the birthday party at the soft-play and the trampoline park, the cake and the
party bags, the uniform swap rail, after-school clubs, tutors and the φροντιστήριο, lost jumpers and name
labels, packed lunches and what the child will not eat, and the summer camp's packing list; self-hosted
apps' config no earlier set pasted: Greenlight's .env (BigBlueButton's front end) for a tutor's online
lessons, OpenSign's .env for a summer camp's consent forms, Technitium DNS Server's docker environment for
the filter on the children's wifi, Joplin Server's .env for a childminder's daily diary and Habitica's
config.json for an after-school club's chores and rewards; those regions' addresses (Amami in kanji with
'〒', the prefecture and the district, '〒894-0027 鹿児島県奄美市名瀬末広町12-3', and romanised 'Suehiro-cho
12-3, Naze, Amami-shi, Kagoshima 894-0027', Tsakonia's Greek 'Οδός Ηρώων 14, 223 00 Λεωνίδιο' and
romanised 'Plateia Leonidiou 5, Leonidio 223 00, Arkadia', Sangihe's 'Jl. Makaampo No. 12, Kel. Santiago,
Kec. Tahuna, Kab. Kepulauan Sangihe, Sulawesi Utara 95812' with its kelurahan and kecamatan and Statia's
'Fort Oranjestraat 14, Oranjestad, Sint Eustatius' and 'Rosemary Laan 5, Golden Rock, St. Eustatius,
Caribbean Netherlands') and phones (Naze's 0997-52 and Tokunoshima's 0997-82, Japanese mobiles 090 and 080
and '+81 997', Leonidio's 27570, Greek mobiles 69x and '+30', Tahuna's '(0432)', Indonesian mobiles
0812 and 0853 with hyphens and '+62', and Statia's 318 and '+599 318' and '+599 319'); Visa, Mastercard
51-55 and 2221, Amex 37, JCB 3528 and Discover 6011 as a party venue's deposit, a summer camp's fee, a
uniform order or a tutor's term take them; IBANs of Greece, Cyprus and the Netherlands (Japan, Indonesia
and the Caribbean Netherlands have none); IPs of the nursery's sign-in tablet, the school-run rota's
server, the scout hut's router, the parents' association's NAS, the childminder's baby camera, the
tutor's laptop, the after-school club's game server, the lost-property label printer, the party venue's
wifi, the summer camp's office PC and the pastes above, v6 in 240d:1a:, 2a02:587:, 2001:448a: and
2803:9810: ranges; passwords handed over in ways no earlier set used (on the back of the school-run rota,
inside a lunch box lid, on the name label in a PE bag, on a scout woggle's tag, on a party invitation's
RSVP slip, on the nursery's sign-in clipboard, on the lost-property box lid, on a uniform swap's price tag,
in the tutor's homework diary, at the bottom of the summer camp's packing list), Amami ('Naze894'),
Tsakonia ('Leonidio22300'), Sangihe ('Tahuna95812'), Statia ('Quill1776!'), childhood words in leetspeak
('p4ck3dlunch', '$c0u7$'), a class and a pick-up word ('Class3B-pickup') and the Pramuka's law ('Dasadarma10'),
and cues in Japanese ('パスワードは...だよ、内緒ね'), Greek ('ο κωδικός είναι ..., μην τον πεις
πουθενά'), Manado Malay ('kata sandinya ..., jang kase tau sapa-sapa') and Statian English ('the password
is ..., don't tell nobody eh'); usernames on Brightwheel, Famly, Tadpoles, ParentSquare, Scoutbook,
Storypark, Kinderpedia, Klassly, Tynker, Sumdog, Mathletics, Prodigy, SignUpGenius, Evite, Skroutz,
Jimoty and Bukalapak, shapes like 'x.peg14', 'x-scouts3', 'mama_x', 'x.x.naze', 'x_tahuna95', 'statia-x',
'x_pta77' and 'xx.lunchbox'; dates of birth of children and parents for a nursery's registration, a
camp's medical form, a scout's membership, a party venue's age check, a tutor's sign-up and a uniform
grant, in Greek with the month's genitive ('γεννήθηκε στις 14 Μαρτίου 2016'), a Greek form's '14/3/2016',
Indonesian ('lahir 14 Maret 2016') and an Indonesian form's place and date ('Tahuna, 14-03-2016' with the
place outside the span), the Japanese eras of the children and their parents ('平成28年3月14日',
'令和2年5月3日'), English with an ordinal ('the 14th of March 2016'), Dutch ('14 maart 2016') and an
export's ISO date; typos as a parent types one-handed with a toddler on the hip: a school word's
well-known misspelling ('guardian' -> 'gaurdian', 'tomorrow' -> 'tommorow', 'library' -> 'libary',
'calendar' -> 'calender') or a busy parent's shorthand ('thanks' -> 'thx', 'about' -> 'abt', 'because' ->
'bc', 'before' -> 'b4', 'people' -> 'ppl'); negatives with the same regions' places, the titles and the
name forms explained, class, peg, locker, troop, badge and order numbers alone, shoe and uniform sizes,
times, prices and fees, dates that are no birthdays, postcodes alone, businesses named after families,
versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail,
documentation IPs (v4 and v6), helpline and emergency numbers every user shares, and short everyday chat;
no public figure is named).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from typing import NamedTuple

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

HELDOUT73_SEED = 8164729
# no faker name locale, as in held-out 16 to 72: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT73: list[str] = []
# schools and childhood outside the classroom (held-out 74, written at the same time, takes food made and
# sold by small hands)

# Amami Islands (Naze, Koniya, Kametsu): nursery staff, childminders and school-run parents; each name as
# (kanji, romanised, hiragana); the family names are the islands' one-character ones
AMAMI_FAMILY_HELDOUT73 = [
    ("栄", "Sakae", "さかえ"), ("元", "Hajime", "はじめ"), ("泉", "Izumi", "いずみ"), ("重", "Shige", "しげ"),
    ("碇", "Ikari", "いかり"), ("叶", "Kano", "かのう"), ("盛", "Mori", "もり"), ("福", "Fuku", "ふく"),
    ("平", "Taira", "たいら"), ("昇", "Nobori", "のぼり"), ("向", "Mukai", "むかい"), ("祷", "Inori", "いのり"),
    ("基", "Motoi", "もとい"), ("勇", "Isami", "いさみ"),
]  # fmt: skip
AMAMI_MEN_HELDOUT73 = [
    ("健太", "Kenta", "けんた"), ("勝男", "Katsuo", "かつお"), ("秀樹", "Hideki", "ひでき"), ("悠斗", "Yuto", "ゆうと"),
    ("蒼太", "Sota", "そうた"), ("大翔", "Hiroto", "ひろと"), ("正和", "Masakazu", "まさかず"),
    ("和也", "Kazuya", "かずや"), ("陸", "Riku", "りく"), ("湊", "Minato", "みなと"),
]  # fmt: skip
AMAMI_WOMEN_HELDOUT73 = [
    ("恵美", "Emi", "えみ"), ("由美", "Yumi", "ゆみ"), ("陽菜", "Hina", "ひな"), ("結衣", "Yui", "ゆい"),
    ("美咲", "Misaki", "みさき"), ("千尋", "Chihiro", "ちひろ"), ("和子", "Kazuko", "かずこ"), ("芽依", "Mei", "めい"),
    ("さくら", "Sakura", "さくら"), ("凛", "Rin", "りん"),
]  # fmt: skip
# Tsakonia (Leonidio, Tyros, Melana): parents' association, scout troop and tutors; family names as (a man's,
# a woman's in the genitive, both romanised); given names as (Greek, romanised, the Greek short form)
TSAKONIA_FAMILY_HELDOUT73 = [
    ("Κωστάκης", "Κωστάκη", "Kostakis", "Kostaki"), ("Κρεμμύδας", "Κρεμμύδα", "Kremmydas", "Kremmyda"),
    ("Μπουζιάνης", "Μπουζιάνη", "Bouzianis", "Bouziani"), ("Τζαβάρας", "Τζαβάρα", "Tzavaras", "Tzavara"),
    ("Τσιριγώτης", "Τσιριγώτη", "Tsirigotis", "Tsirigoti"),
    ("Λιαρόπουλος", "Λιαροπούλου", "Liaropoulos", "Liaropoulou"), ("Δημάκος", "Δημάκου", "Dimakos", "Dimakou"),
    ("Σταθάκης", "Σταθάκη", "Stathakis", "Stathaki"), ("Μαυρομμάτης", "Μαυρομμάτη", "Mavrommatis", "Mavrommati"),
    ("Καραμπέτσος", "Καραμπέτσου", "Karampetsos", "Karampetsou"), ("Χαντζής", "Χαντζή", "Chantzis", "Chantzi"),
    ("Πετρόγιαννης", "Πετρογιάννη", "Petrogiannis", "Petrogianni"),
]  # fmt: skip
TSAKONIA_MEN_HELDOUT73 = [
    ("Παναγιώτης", "Panagiotis", "Τάκης"), ("Θανάσης", "Thanasis", "Θανασάκης"), ("Γιώργος", "Giorgos", "Γιωργάκης"),
    ("Λεωνίδας", "Leonidas", "Λεωνίδας"), ("Ηλίας", "Ilias", "Λιάκος"), ("Σταύρος", "Stavros", "Σταυράκης"),
    ("Χαράλαμπος", "Charalampos", "Μπάμπης"), ("Νίκος", "Nikos", "Νικολάκης"),
    ("Κωνσταντίνος", "Konstantinos", "Κώστας"), ("Δημήτρης", "Dimitris", "Μήτσος"),
]  # fmt: skip
TSAKONIA_WOMEN_HELDOUT73 = [
    ("Παναγιώτα", "Panagiota", "Γιώτα"), ("Βασιλική", "Vasiliki", "Βάσω"), ("Ελένη", "Eleni", "Λενιώ"),
    ("Σταυρούλα", "Stavroula", "Βούλα"), ("Αγγελική", "Angeliki", "Κική"), ("Μαρίνα", "Marina", "Μαρίνα"),
    ("Κωνσταντίνα", "Konstantina", "Ντίνα"), ("Φωτεινή", "Foteini", "Φωφώ"),
    ("Αικατερίνη", "Aikaterini", "Κατερίνα"), ("Γεωργία", "Georgia", "Γωγώ"),
]  # fmt: skip
# Sangirese of Tahuna and Statians of Sint Eustatius: (men's given names, women's given names, family names);
# ';' separates names throughout, as some hold a space
NAMES_HELDOUT73: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Pramuka troops, PAUD playgroups and Sunday-school parties of Tahuna
    "sangihe": ("Yohanis;Marthen;Hengky;Jefry;Stevi;Ferdy;Nolly;Yopie;Frangky;Deky;Nathan;Kevin".split(";"),
                "Deetje;Neltje;Meiske;Olvie;Sintje;Jeane;Femmy;Marlin;Grace;Vivi;Kezia;Gracia".split(";"),
                "Makaminan;Takasihaeng;Tamaroba;Sasuwuk;Manumpil;Bawotong;Lahamendu;Salindeho;Tatangindatu;Tamuntuan;Sahempa;Makahanap;Pandialang;Medellu".split(";")),
    # uniform swaps, after-school clubs and the summer camp of Sint Eustatius
    "statia": ("Clyde;Reuben;Earl;Rolando;Koert;Franklin;Vernon;Gerald;Jairo;Kenneth;Jaden;Tyrese".split(";"),
               "Rosaria;Charmaine;Alida;Carlene;Myrna;Sherwina;Glenda;Ingrid;Anastasia;Shermina;Kaylee;Zuleika".split(";"),
               "Merkman;Berkel;Spanner;Woodley;Courtar;Redan;Lopes;Gibbs;Schmidt;Pompier;Gittens;Marsdin;van Putten;Mussenden".split(";")),
}  # fmt: skip
ORIGINS_HELDOUT73 = ["amami", "sangihe", "statia", "tsakonia"]
# a title or an honorific next to the name (outside the span): the origin, whether a woman (None: either) and
# what it goes with ('given', 'short' for a Greek short form or 'family')
TITLED_HELDOUT73: dict[str, tuple[str, bool | None, str]] = {
    "先生": ("amami", None, "given"),  # a nursery teacher, after her given name
    "ちゃん": ("amami", True, "given"),  # after a girl's given name
    "くん": ("amami", False, "given"),  # after a boy's
    "-sensei": ("amami", None, "family"),  # after a romanised family name
    "κυρία": ("tsakonia", True, "given"),  # a teacher, as the children call her
    "θεία": ("tsakonia", True, "short"),  # auntie
    "κ.": ("tsakonia", None, "family"),  # Greek Mr or Mrs
    "bunda": ("sangihe", True, "given"),  # a PAUD playgroup teacher
    "tante": ("sangihe", True, "given"),
    "om": ("sangihe", False, "given"),
    "opa": ("sangihe", False, "given"),
    "miss": ("statia", True, "given"),  # a Caribbean teacher
    "teacher": ("statia", None, "given"),
    "mister": ("statia", False, "given"),
}
TITLE_SLOT_HELDOUT73 = re.compile(
    r"(?<![\w'.-])(κυρία|θεία|κ\.|Bunda|Tante|Om|Opa|Miss|Teacher|Mister) \{\}", re.IGNORECASE
)
TITLE_AFTER_SLOT_HELDOUT73 = re.compile(r"\{\}(先生|ちゃん|くん|-sensei(?![\w'-]))")
# IBANs of this set's people: Greece's and Cyprus's for Tsakonia and its relatives, the Netherlands' for
# Statia's families (their own islands have none); a Dutch one with a Dutch bank's code
IBAN_SHAPES_HELDOUT73 = {"GR": "7n16c", "CY": "8n16c", "NL": "4a10n"}
NL_BANKS_HELDOUT73 = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "BUNQ", "KNAB"]
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT73 = ["hoikuen", "gakudo", "schoolrun", "carpool", "pta", "syllogos", "proskopoi", "frontistirio",
                      "pramuka", "paud", "sekolahminggu", "camp", "uniforms", "lunchbox", "scouts", "party",
                      "tutor", "naze", "tahuna", "statia"]  # fmt: skip
# a school word and its well-known misspelling
MISSPELT_HELDOUT73 = {
    "guardian": "gaurdian", "tomorrow": "tommorow", "library": "libary", "calendar": "calender",
    "february": "febuary", "wednesday": "wensday", "received": "recieved", "friend": "freind",
    "permission": "permision", "nursery": "nursary", "until": "untill", "uniform": "uniforn",
}  # fmt: skip
MISSPELT_WORD_HELDOUT73 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT73, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a busy parent's shorthand
SHORTHAND_HELDOUT73 = {
    "thanks": "thx", "about": "abt", "because": "bc", "before": "b4", "people": "ppl", "please": "plz",
    "tonight": "2nite", "with": "w", "your": "ur", "someone": "sum1",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT73 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT73, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)


class Name73(NamedTuple):
    """One person of this set in every script the set writes them in."""

    origin: str
    woman: bool
    given: str  # in the origin's own script
    family: str
    given_lat: str  # romanised
    family_lat: str
    given_kana: str  # Amami: hiragana; others: the romanised name again
    family_kana: str
    short: str  # Tsakonia: the Greek short form; others: the given name


def _plain(name: str) -> str:
    """A romanised name as it goes into an e-mail address or a login: ASCII letters only ('van Putten' ->
    'vanputten')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _unaccented(name: str) -> str:
    """A Greek name as Greek capitals write it, without its accents ('Κρεμμύδα' -> 'ΚΡΕΜΜΥΔΑ')."""
    return "".join(c for c in unicodedata.normalize("NFD", name.upper()) if not unicodedata.combining(c))


def _with_check(country: str, bban: str) -> str:
    """An IBAN of `country` around a BBAN already written, with its mod-97 check digits."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def _japanese_era(year: int, month: int, day: int) -> tuple[str, int]:
    """(era, year of the era) for a date: Shōwa, Heisei from 8 January 1989, Reiwa from 1 May 2019."""
    if (year, month, day) >= (2019, 5, 1):
        return "令和", year - 2018
    if (year, month, day) >= (1989, 1, 8):
        return "平成", year - 1988
    return "昭和", year - 1925


def _ordinal(day: int) -> str:
    """'1st', '2nd', '3rd', '14th', '22nd'."""
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


class Gen73(Gen3):
    """Generators for held-out set 73: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None, woman: bool | None = None) -> Name73:
        """A person of one origin; a Greek woman's family name in its genitive form."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT73)
        if woman is None:
            woman = rng.random() < 0.5
        if origin == "amami":
            g = rng.choice(AMAMI_WOMEN_HELDOUT73 if woman else AMAMI_MEN_HELDOUT73)
            f = rng.choice(AMAMI_FAMILY_HELDOUT73)
            return Name73(origin, woman, g[0], f[0], g[1], f[1], g[2], f[2], g[0])
        if origin == "tsakonia":
            g = rng.choice(TSAKONIA_WOMEN_HELDOUT73 if woman else TSAKONIA_MEN_HELDOUT73)
            f = rng.choice(TSAKONIA_FAMILY_HELDOUT73)
            family, family_lat = (f[1], f[3]) if woman else (f[0], f[2])
            return Name73(origin, woman, g[0], family, g[1], family_lat, g[1], family_lat, g[2])
        men, women, lasts = NAMES_HELDOUT73[origin]
        given, family = rng.choice(women if woman else men), rng.choice(lasts)
        return Name73(origin, woman, given, family, given, family, given, family, given)

    def first_last(self) -> tuple[str, str]:
        n = self._origin_name()
        return n.given_lat, n.family_lat

    def _full(self, n: Name73) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if n.origin == "amami":
            if r < 0.25:  # kanji with a space: '栄 由美'
                return f"{n.family} {n.given}"
            if r < 0.35:  # and without: '碇健太'
                return f"{n.family}{n.given}"
            if r < 0.5:  # a name label in hiragana: 'さかえ ゆい'
                return f"{n.family_kana} {n.given_kana}"
            if r < 0.72:  # romanised, family name first: 'Hajime Kazuya'
                return f"{n.family_lat} {n.given_lat}"
            return f"{n.given_lat} {n.family_lat}"
        if n.origin == "tsakonia":
            if r < 0.35:  # 'Παναγιώτα Κρεμμύδα'
                return f"{n.given} {n.family}"
            if r < 0.5:  # a school list: 'ΚΡΕΜΜΥΔΑ ΠΑΝΑΓΙΩΤΑ'
                return f"{_unaccented(n.family)} {_unaccented(n.given)}"
            if r < 0.62:  # the short form: 'Βούλα Δημάκου'
                return f"{n.short} {n.family}"
            return f"{n.given_lat} {n.family_lat}"
        men, women, _ = NAMES_HELDOUT73[n.origin]
        other = rng.choice([x for x in (women if n.woman else men) if x != n.given])
        if n.origin == "sangihe":
            if r < 0.2:  # an Indonesian form's capitals: 'YOHANIS MAKAMINAN'
                return f"{n.given} {n.family}".upper()
            if r < 0.35:  # an initial: 'Y. Makaminan'
                return f"{n.given[0]}. {n.family}"
            if r < 0.55:  # a child's two given names: 'Kezia Meiske Takasihaeng'
                return f"{n.given} {other} {n.family}"
            return f"{n.given} {n.family}"
        if r < 0.18:  # a Dutch register's initials: 'R.A. Merkman'
            return f"{n.given[0]}.{other[0]}. {n.family}"
        if r < 0.33:  # two given names on a camp form: 'Kaylee Myrna Gittens'
            return f"{n.given} {other} {n.family}"
        return f"{n.given} {n.family}"

    def _given(self, n: Name73) -> str:
        """The given name alone, in one of the origin's scripts or forms."""
        r = self.rng.random()
        if n.origin == "amami":
            return n.given if r < 0.4 else n.given_kana if r < 0.7 else n.given_lat
        if n.origin == "tsakonia":
            return n.given if r < 0.4 else n.short if r < 0.7 else n.given_lat
        return n.given

    def person(self) -> str:
        rng = self.rng
        n = self._origin_name()
        r = rng.random()
        if r < 0.64:
            name = self._full(n)
        elif r < 0.86:
            name = self._given(n)
        else:
            name = n.family if rng.random() < 0.6 else n.family_lat
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title or an honorific written next to it ('ゆみ先生', 'κυρία Ελένη', 'Bunda Olvie',
        'Miss Charmaine'), from the origin that uses it."""
        origin, woman, goes_with = TITLED_HELDOUT73[title.lower()]
        n = self._origin_name(origin, woman)
        if origin == "amami":
            if goes_with == "family":
                return n.family_lat
            return n.given_kana if self.rng.random() < 0.55 else n.given
        if goes_with == "short":
            return n.short
        return n.family if goes_with == "family" else n.given

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT73.search(template) or TITLE_AFTER_SLOT_HELDOUT73.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, b = rng.randint(1, 40), rng.randint(1, 20)
        naze = pick([("末広町", "Suehiro-cho", "0027"), ("伊津部町", "Itsubu-cho", "0036"),
                     ("港町", "Minato-machi", "0026"), ("朝日町", "Asahi-cho", "0022")])  # fmt: skip
        shapes = [
            f"〒894-{naze[2]} 鹿児島県奄美市名瀬{naze[0]}{n}-{b}",
            f"{naze[1]} {n}-{b}, Naze, Amami-shi, Kagoshima 894-{naze[2]}",
            f"〒891-7101 鹿児島県大島郡徳之島町亀津{rng.randint(100, 7999)}",
            f"〒894-15{rng.randint(0, 9)}{rng.randint(0, 9)} 鹿児島県大島郡瀬戸内町古仁屋{rng.randint(1, 1500)}",
            f"Οδός {pick(['Ηρώων', 'Κωνσταντίνου Κόντου', '25ης Μαρτίου', 'Παραλίας'])} {rng.randint(1, 80)}, 223 00 Λεωνίδιο",
            f"{pick(['Plateia Leonidiou', 'Odos Iroon', 'Odos Kontou'])} {rng.randint(1, 80)}, Leonidio 223 00, Arkadia",
            f"Παραλία Τυρού {rng.randint(1, 120)}, 220 29 Τυρός Αρκαδίας",
            f"Jl. {pick(['Makaampo', 'Malahasa', 'Raramenusa', 'Sisingamangaraja'])} No. {rng.randint(1, 150)}, Kel. {pick(['Santiago', 'Soataloara I', 'Sawang Bendar', 'Apeng Sembeka'])}, Kec. Tahuna, Kab. Kepulauan Sangihe, Sulawesi Utara 95812",
            f"Lingkungan {pick(['I', 'II', 'III', 'IV'])}, Kel. {pick(['Manente', 'Dumuhung', 'Tidore'])}, Kec. Tahuna Timur, Sangihe 9581{rng.randint(3, 4)}",
            f"Kampung {pick(['Lenganeng', 'Naha', 'Kalekube'])}, Kec. Tabukan Utara, Kab. Kepulauan Sangihe 958{rng.randint(51, 57)}",
            f"{pick(['Fort Oranjestraat', 'Van Tonningenweg', 'Korthalsweg', 'Prinsesweg'])} {rng.randint(1, 60)}, Oranjestad, Sint Eustatius",
            f"{pick(['Rosemary Laan', 'Cottage Road', 'Golden Rock Road'])} {rng.randint(1, 40)}, {pick(['Golden Rock', 'Concordia', 'Cottage'])}, St. Eustatius, Caribbean Netherlands",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT73)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"mama.{first}", f"{subject}_{last}",
                           f"{first}-{subject}{rng.randint(1, 9)}"])  # fmt: skip
        domain = rng.choice(["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "yahoo.co.jp", "otenet.gr", "hol.gr",
                             "yahoo.gr", "windowslive.gr", "yahoo.co.id", "telkom.net", "gmail.com", "hotmail.com",
                             "outlook.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0997-52-{d(4)}",  # Naze
            f"0997-82-{d(4)}",  # Tokunoshima
            f"0997-72-{d(4)}",  # Koniya
            f"0{rng.choice('89')}0-{d(4)}-{d(4)}",  # Japanese mobile
            f"+81 997 52 {d(4)}",
            f"+81 {rng.choice('89')}0 {d(4)} {d(4)}",
            f"27570 2{d(4)}",  # Leonidio
            f"69{rng.choice('3479')} {d(3)} {d(4)}",  # Greek mobile
            f"+30 27570 2{d(4)}",
            f"+30 69{rng.choice('3479')}{d(7)}",
            f"(0432) 2{d(4)}",  # Tahuna
            f"08{rng.choice(['12', '13', '53', '52'])}-{d(4)}-{d(4)}",  # Indonesian mobile
            f"+62 8{rng.choice(['12', '53'])} {d(4)} {d(4)}",
            f"318-{d(4)}",  # Statia
            f"+599 318 {d(4)}",
            f"+599 319 {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2221", 16), ("37", 15),
                                     ("3528", 16), ("6011", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT73))
        if country == "NL":
            iban = _with_check("NL", rng.choice(NL_BANKS_HELDOUT73) + self.d(10))
        else:
            iban = _iban(rng, country, IBAN_SHAPES_HELDOUT73[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the nursery's sign-in tablet, the school-run rota's server, the scout
        hut's router, the parents' association's NAS, the childminder's baby camera, the tutor's laptop, the
        after-school club's game server, the lost-property label printer, the party venue's wifi, the summer
        camp's office PC and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"240d:1a:{h()}:{h()}::{h()}", f"2a02:587:{h()}:{h()}::{h()}", f"2001:448a:{h()}:{h()}::{h()}",
                         f"2803:9810:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the sign-in tablet at the nursery door is {}, it froze again at drop-off", v4),
            ("the school run rota server is on {}, can you check it still works from outside", rng.choice([v4, v6])),
            ("the router in the scout hut is {}, the troop laptop won't get online", v4),
            ("the pta's nas with the bake sale photos is {}", rng.choice([v4, v6])),
            ("the childminder's baby camera is on {}, the app keeps saying offline", v4),
            ("my son's tutor's laptop is {}, she shares the worksheets from it", v4),
            ("the after-school club's minecraft server is {} port 25565", rng.choice([v4, v6])),
            ("the label printer for the lost property box is on {}", v4),
            ("the party venue's wifi gave my phone {}, the photos won't upload", v4),
            ("the camp office pc is {}, the consent forms are on it", v4),
            ("the kids' dns filter box is {} now, point the tablets at it", rng.choice([v4, v6])),
            ("DNS_SERVER_FORWARDERS={}", v4),
            ("APP_BASE_URL=http://{}:22300", v4),
            ("BIGBLUEBUTTON_ENDPOINT=https://{}/bigbluebutton/", v4),
            ('  "NODE_DB_URI": "mongodb://{}:27017/habitica",', v4),
            ("  - ipv6_address: {}", v6),
            ("2025-09-02 07:48:31 joplin: POST /api/sessions 403 from {}", v4),
            ("[Technitium] [2025-09-02 19:02:11 Local] blocked query from {} for a game site", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Naze', 'Koniya', 'Kametsu', 'Amami'])}{rng.choice(['894', '8940027', '891', '_0997'])}",
                f"{rng.choice(['Leonidio', 'Tyros', 'Tsakonia', 'Melana'])}{rng.choice(['22300', '22029', '!223', '27570'])}",
                f"{rng.choice(['Tahuna', 'Sangihe', 'Pramuka'])}{rng.choice(['95812', '0432', '#958'])}",
                f"{rng.choice(['Quill', 'Statia', 'Oranjestad'])}{rng.choice(['1776!', '318', '#599'])}",
                rng.choice(["packedlunch", "scouts", "nursery", "schoolrun", "sleepover"]).translate(leet) + rng.choice(["", "!", "_73"]),
                f"Class{rng.randint(1, 6)}{rng.choice('ABC')}-{rng.choice(['pickup', 'lunch', 'trip'])}",
                f"Dasadarma{rng.choice(['10', '_10', '10!'])}",
                f"{rng.choice(['peg', 'camp', 'troop', 'party'])}-{w()}-{rng.randint(1, 99)}",
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
            ("the car-share app password is on the back of the school run rota, {}", pw),
            ("i wrote the nursery app password inside the lunch box lid, {}", pw),
            ("the pe kit order login is on the name label in his pe bag, {}", pw),
            ("the troop's scoutbook password is on the tag of my woggle, {}", pw),
            ("the party venue's booking password is on the rsvp slip of the invitation, {}", pw),
            ("the sign-in app password is taped to the nursery clipboard, {}", pw),
            ("the lost property spreadsheet password is on the lid of the box, {}", pw),
            ("the uniform swap's shop login is on the back of a price tag, {}", pw),
            ("the tutor wrote the maths site password in the homework diary, {}", pw),
            ("the camp portal password is at the bottom of the packing list, {}", pw),
            ("the key safe at the scout hut is {}, leave the key in it after", d(4)),
            ("the code for the nursery door is {}, only for the morning", d(4)),
            ("my parentsquare password is {}, can you sign the trip form for me", pw),
            ("ok the pta email password is {}, send the bake sale reminder", pw),
            ("the after-school club's minecraft admin password is {}", pw),
            # cues in ways no earlier set used
            ("パスワードは{}だよ、内緒ね", pw),
            ("ο κωδικός είναι {}, μην τον πεις πουθενά", pw),
            ("kata sandinya {}, jang kase tau sapa-sapa", pw),
            ("the password is {}, don't tell nobody eh", pw),
            # commands
            ('$ curl "http://dns.home:5380/api/user/login?user=admin&pass={}"', colonless),
            ("$ psql postgresql://joplin:{}@db:5432/joplin", colonless),
            ("$ docker exec greenlight bundle exec rake admin:create['Admin','admin@camp.local','{}']", colonless),
            # pastes
            ("SECRET_KEY_BASE={}", tok(128, hexl)),
            ("BIGBLUEBUTTON_SECRET={}", tok(40, alnum)),
            ("SMTP_PASSWORD={}", pw),
            ("MASTER_KEY={}", tok(24, alnum)),
            ("PASS_PHRASE={}", pw),
            ("SMTP_PASS={}", pw),
            ("DNS_SERVER_ADMIN_PASSWORD={}", pw),
            ("POSTGRES_PASSWORD={}", pw),
            ("MAILER_AUTH_PASSWORD={}", pw),
            ('  "SESSION_SECRET": "{}",', tok(32, alnum)),
            ('  "SESSION_SECRET_KEY": "{}",', tok(64, hexl)),
            ('DATABASE_URL="postgres://greenlight:{}@postgres:5432/greenlight-v3-production"', colonless),
            ("MONGODB_URI=mongodb://opensign:{}@mongo:27017/OpenSignDB", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.peg14', 'x-scouts3', 'mama_x', 'x.x.naze')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.peg{rng.randint(1, 30)}",
                f"{last}-scouts{rng.randint(1, 9)}",
                f"mama_{first}",
                f"{first}.{last}.naze",
                f"{last}_tahuna{rng.randint(10, 99)}",
                f"statia-{first}",
                f"{first}_pta{rng.randint(10, 99)}",
                f"{first[:1]}{last}.lunchbox",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth (a child's or a parent's) in every shape this set uses, keyed by language or
        format."""
        if self.rng.random() < 0.55:
            dt = self.f().date_of_birth(minimum_age=1, maximum_age=16)
        else:
            dt = self.f().date_of_birth(minimum_age=22, maximum_age=60)
        m, day, year = dt.month, dt.day, dt.year
        era, n = _japanese_era(year, m, day)
        return {
            "el": f"{day} {EL_MONTHS_HELDOUT73[m - 1]} {year}",
            "eld": f"{day}/{m}/{year}",
            "id": f"{day} {ID_MONTHS_HELDOUT73[m - 1]} {year}",
            "idd": f"{day:02d}-{m:02d}-{year}",
            "ja": f"{era}{'元' if n == 1 else n}年{m}月{day}日",
            "en": f"{_ordinal(day)} of {EN_MONTHS_HELDOUT73[m - 1]} {year}",
            "nl": f"{day} {NL_MONTHS_HELDOUT73[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["el", "eld", "id", "idd", "ja", "en", "nl", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("η μικρή γεννήθηκε στις {}, το γράφω για την εγγραφή στον παιδικό σταθμό", s["el"]),
            ("the scouts' form wants his date of birth as on the ταυτότητα, {}", s["eld"]),
            ("anak saya lahir {}, buat pendaftaran PAUD", s["id"]),
            ("娘は{}生まれです、保育園の書類に書いてね", s["ja"]),
            ("she was born on the {}, the camp needs it for the medical form", s["en"]),
            ("hij is geboren op {}, voor het inschrijfformulier van de naschoolse opvang", s["nl"]),
            ("the trampoline park wants the birthday child's date of birth, {}", any_shape),
            ("the tutor's sign-up asks for my daughter's birthday, {}", any_shape),
            ("for the uniform grant they need my date of birth too, {}", any_shape),
            ("Ημερομηνία γέννησης: {}", s["eld"]),
            ("Tempat/Tgl. Lahir: Tahuna, {}", s["idd"]),
            ("生年月日: {}", s["ja"]),
            ("Date of birth (camper): {}", s["en"]),
            ("Geboortedatum: {}", s["nl"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(rng=self.rng, options=options, chat=chat, key=lambda o: o[0])


# the months in the genitive, as a Greek date writes them, and in Indonesian, English and Dutch
EL_MONTHS_HELDOUT73 = "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split()
ID_MONTHS_HELDOUT73 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
EN_MONTHS_HELDOUT73 = (
    "January February March April May June July August September October November December".split()
)
NL_MONTHS_HELDOUT73 = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)


HELDOUT73_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is doing the school run on monday and wednesday",
        "can you ask {} if there's a spare car seat for thursday",
        "{} drives the car-share this week, pick up at 8:10",
        "{} is picking the kids up from nursery today, not me",
        "{} runs the bake sale for the parents' association",
        "{} wrote the minutes of the pta meeting, they're in the group",
        "{} is the childminder, she has him until 5:30",
        "{} sent the childminder invoice for september",
        "{} is the new troop leader, the camp is in october",
        "{} got her first aid badge at scouts yesterday",
        "{} is having the party at the soft play on saturday",
        "{} booked the trampoline park for the birthday, 12 kids",
        "{} brought a bag of uniforms for the swap rail",
        "{} takes the chess club on tuesdays after school",
        "{} is his maths tutor, same time next week",
        "{} lost his blue jumper again, check lost property",
        "{} won't eat anything in the lunch box except the crackers",
        "{} is going to summer camp for two weeks in july",
        "{} is one of the counsellors at the summer camp",
        "{} said she can swap the wednesday run with me",
        "remind me to text {} about the carpool tomorrow",
        "{} and {} are both on the pick-up list now",
        "{} is coming to the party with her dad {}",
        "tell {} the packed lunch is in the fridge",
        "{} made the cake for the nursery's summer fair",
        "{} is collecting the scout subs this term",
        "{} found the lunch box in the car, it's not ours",
        "ok so {} has the keys to the scout hut",
        "{} is running the uniform swap at the gate on friday",
        "{} teaches the after-school drama club",
        "{} picked the wrong kid's coat at pick-up lol",
        "{}先生 says the nursery is closed on monday",
        "{}ちゃん's mum is doing the school run tomorrow",
        "{}くん left his water bottle in our car",
        "{}-sensei wants the forms back by friday",
        "κυρία {} gave them homework for the holidays",
        "θεία {} will take the kids to the scouts",
        "κ. {} is the president of the parents' association",
        "Bunda {} runs the PAUD playgroup in the mornings",
        "Tante {} is making the cake for the birthday",
        "Om {} drives the kids to Pramuka on saturday",
        "Opa {} picks the little one up from Sunday school",
        "Miss {} has the after-school club on thursdays",
        "Teacher {} is taking the kids to camp",
        "Mister {} coaches the football after school",
        "Collected by: {}",
        "Authorised to collect: {}",
        "お迎え: {}",
        "担任: {}",
        "Child: {}  Parent/guardian: {}",
        "Κηδεμόνας: {}",
        "Nama Orang Tua/Wali: {}",
        "Mon run: {}",
        "Driver (Thu): {}",
        "Πρόεδρος Συλλόγου Γονέων: {}",
        "PTA treasurer: {}",
        "Keyworker: {}",
        "Childminder: {}",
        "Pembina Pramuka: {}",
        "Αρχηγός Ομάδας: {}",
        "Troop leader: {}",
        "RSVP to: {}",
        "Birthday child: {}",
        "Donated by: {}",
        "Tutor: {}",
        "Καθηγήτρια: {}",
        "Club lead: {}",
        "Name label: {}",
        "Found by: {}",
        "Camper: {}",
        "Counsellor: {}",
        "Emergency contact: {}",
        "| Wed | 8:05 | {} | 3 seats |",
        '"guardian_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the car-share starts from {} at 8",
        "the party is at {}, bring a swimsuit",
        "drop the uniforms off at {}",
        "the childminder lives at {}",
        "the scouts meet at {} now",
        "the tutor moved to {}",
        "send the camp kit list to {}",
        "住所: {}",
        "Διεύθυνση: {}",
        "Alamat: {}",
        "Home address: {}",
        "Adres: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the rota to {}",
        "the pta newsletter comes from {}",
        "email the tutor at {} about the times",
        "the camp confirmation came from {}",
        "Parent e-mail: {}",
        '"email": "{}",',
        "SMTP_USERNAME={}",
        "MAILER_AUTH_USER={}",
    ],
    "PHONE_NUMBER": [
        "the childminder's number is {}",
        "call the nursery on {} if we're late",
        "the troop leader is on {}",
        "the party venue's number is {}, ring them about the cake",
        "ring the camp office on {} if he's homesick",
        "連絡先: {}",
        "Τηλ.: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the party deposit with {}",
        "the summer camp fee went on {}",
        "put the uniform order on {}",
        "the tutor's term went on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the pta into {}",
        "the childminder wants her fee to {}",
        "the camp refund goes to {}",
        "the scouts' account is {}",
        "IBAN: {}",
        "IBAN (συνδρομή συλλόγου): {}",
    ],
    "USERNAME": [
        "my Brightwheel login is {}",
        "on Famly I'm {}",
        "the nursery added me on Tadpoles as {}",
        "on ParentSquare I'm {}",
        "my Scoutbook username is {}",
        "on Storypark she's {}",
        "the Kinderpedia account is {}",
        "my Klassly login is {}",
        "his Tynker username is {}",
        "on Sumdog he's {}",
        "her Mathletics login is {}",
        "on Prodigy he plays as {}",
        "the SignUpGenius for the bake sale is by {}",
        "the Evite came from {}",
        "on Skroutz the seller of the uniform is {}",
        "on Jimoty the uniform is listed by {}",
        "on Bukalapak the Pramuka uniform seller is {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT73_MIXED = [
    ("Collected by: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Tutor: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("POSTGRES_HOST={}\nPOSTGRES_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:22300/api/items", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the pta's bank login, it's {}", ["PERSON", "SECRET"]),
    ("Camper: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Famly login is {}, the refund goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the carpool came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the party deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("Tante {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Childminder: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("PTA treasurer: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT73_NEGATIVES = [
    "the Amami Islands are between Kyushu and Okinawa",
    "Naze is the main town of Amami Ōshima",
    "894-0027 is a Naze postcode and 0997 is the islands' area code",
    "many Amami families have one-character surnames",
    "先生 means teacher and goes after the name",
    "ちゃん is for girls and くん is for boys, mostly",
    "the name labels are written in hiragana so the kids can read them",
    "保育園 is a day nursery and 学童 is the after-school club",
    "Tsakonia is the corner of Arcadia around Leonidio",
    "Tsakonian is the oldest Greek dialect still spoken",
    "Leonidio, Tyros and Melana are on the Arcadian coast",
    "223 00 is the postcode of Leonidio",
    "a Greek woman's surname is in the genitive, Κωστάκη not Κωστάκης",
    "κυρία is what Greek children call their teacher",
    "a φροντιστήριο is an after-school tutoring school",
    "Φροντιστήριο Κωστάκη is the tutoring school on the square, not a person",
    "Sangihe is a group of islands north of Manado",
    "Tahuna is the main town of the Sangihe Islands",
    "95812 is the Tahuna postcode",
    "Pramuka is the Indonesian scout movement",
    "PAUD is early childhood education in Indonesia",
    "Bunda is what the playgroup children call their teacher",
    "Om and Tante are uncle and auntie in Manado Malay",
    "Toko Makaminan sells the Pramuka uniforms, it's a shop",
    "Sint Eustatius is called Statia by everyone",
    "Oranjestad is the only town on Statia",
    "the Quill is the old volcano on Statia",
    "Statia is a special municipality of the Netherlands",
    "Berkel's Bus Service runs the school bus, it's a firm",
    "the children call the teacher Miss and her first name",
    "the school run starts at 8:05 from the corner",
    "pick-up is at 3:15, or 5:30 for the after-school club",
    "the car-share has four families and three cars",
    "class 3B is going on the trip on the 14th",
    "his peg is number 14, the one with the blue frog",
    "locker 27 is broken again",
    "the 3rd Leonidio troop meets on Fridays",
    "troop 12 got the camping badge",
    "the uniform swap is 2 euros a piece",
    "school shoes size 13 and a jumper age 7-8",
    "the summer camp is 450 dollars for two weeks",
    "the party bags were 3.50 each",
    "the soft play costs 12 a child and 2 for adults",
    "the bake sale made 317 euros",
    "the tutor charges 25 an hour",
    "the nursery fee goes up 4% in September",
    "the trip is on 14 March, bring a packed lunch",
    "camp starts on the 7th of July and ends on the 19th",
    "the party starts at 2 and ends at 4",
    "order 77214 is the name labels, 100 of them",
    "lost property gets cleared out on the last Friday",
    "no nuts in packed lunches, the school is nut-free",
    "the scout subs are 30 a term",
    "the bouncy castle is booked from 11 to 3",
    "she's 6 and he's turning 9 in May",
    "the PTA meets on the first Tuesday of the month",
    "Greenlight 3.4 added the new room settings",
    "OpenSign 2.2 added bulk send for the consent forms",
    "Technitium DNS 13.0 changed the block lists page",
    "Joplin Server 3.0 needs Postgres 16",
    "Habitica's config.json is copied from config.json.example",
    "fixed in commit 9a4c2e7, see the changelog",
    "SECRET_KEY_BASE=",
    "POSTGRES_PASSWORD=<your db password>",
    "DNS_SERVER_ADMIN_PASSWORD=admin",
    "SMTP_PASSWORD=changeme",
    "card PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3530 1113 3330 0000 is the JCB test number",
    "GR16 0110 1250 0000 0001 2300 695 is the example IBAN in the docs",
    "NL91 ABNA 0417 1643 00 is the example IBAN in the docs",
    "write to parent@example.org on the form",
    "192.0.2.73 is a documentation address",
    "203.0.113.73 is a documentation address",
    "2001:db8:73::1 is a documentation address",
    "call 112 for emergencies in Greece and Indonesia",
    "call 119 for an ambulance in Japan",
    "did the nursery send the photos yet",
    "the lunch box is in the car",
    "ok the rota is done, finally",
    "yes i've got the kids, thanks",
    "WHO HAS THE SPARE CAR SEAT",
    "おはよう、今日のお迎えよろしくね",
    "καλημέρα, τα παιδιά είναι έτοιμα",
    "selamat pagi, anak-anak so siap",
    "morning, the bus is late again",
]  # fmt: skip


def _typo73(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as a parent types one-handed with a toddler on the
    hip, a school word's well-known misspelling ('guardian' -> 'gaurdian', 'tomorrow' -> 'tommorow',
    'library' -> 'libary'), or a busy parent's shorthand ('thanks' -> 'thx', 'about' -> 'abt', 'because' ->
    'bc'). Only in sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT73.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT73[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT73.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT73[m.group(1)] + template[m.end() :]


def build_heldout73(seed: int = HELDOUT73_SEED) -> list[Example]:
    """Held-out set 73: `Gen73` values in `HELDOUT73_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen73(seed)
    return assemble_module_set(
        gen, HELDOUT73_TEMPLATES, HELDOUT73_MIXED, HELDOUT73_NEGATIVES, _typo73, person=gen.person_for
    )
