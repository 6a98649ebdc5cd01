"""Held-out PII set 71 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout71": written before round 46 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT71 is empty, as for
held-out 16 to 70; written at the same time as held-out 72, the two authors split the world between them: 71
takes health and bodies outside hospitals (opticians and hearing-aid shops, dental practices' front desks,
physiotherapists and chiropractors, pharmacies and prescription collection, blood-donation sessions, gyms'
personal trainers, care-home visiting rotas, home-care agencies, mobility-scooter and wheelchair repairers),
72 takes money and paperwork at home); hand-written lists of the pharmacy staff, home-care workers and
care-home families of the Miyako Islands (Hirara, Irabu, Ikema and Gusukube on Miyakojima: the islands' own
family names, 'Shimoji', 'Sunagawa', 'Karimata', 'Kakinohana', written family name first as a Japanese rota
sheet does or given name first as a chat does, in kanji on a prescription bag with '様' after the name and
'さん' after the family name, and '-san' after a romanised family name, the suffix always outside the span:
'Shimoji Keiko', 'Keiko Shimoji', '下地 恵子', '砂川さん', 'Sunagawa-san'), the physiotherapists, dental
receptionists and gym trainers of Urk (the old fishing island in the IJsselmeer: Urk's family names
'Koffeman', 'Pasterkamp', 'Romkes', 'Hakvoort', 'Baarssen', old Dutch given names 'Geesje', 'Aaltje',
'Lubbert', 'Tonnis', the father's name abbreviated after the family name as the island tells its many
namesakes apart ('Jzn.', 'Kzn.', 'Az.', part of the name), a married woman's husband's and her own family
name joined by a hyphen, and 'zuster' (a home-care nurse) before a family name, outside the span: 'Albert
Koffeman Jzn.', 'Geesje Pasterkamp-Romkes', 'zuster Hakvoort'), the opticians, hearing-aid audiologists,
blood-donation teams and scooter repairers of East Belgium (Eupen, St. Vith, Kelmis and Bütgenbach: the
German-speaking community's family names 'Mießen', 'Keutgen', 'Pankert', 'Jousten', 'Xhonneux', German and
French given names side by side, a donor register's 'Family, I.' and 'Frau' and 'Herr' before a family
name, outside the span: 'Marcel Keutgen', 'Jousten, M.', 'Frau Mießen') and the Carinthian Slovenes of the
Jauntal and Rosental (Bleiburg/Pliberk, Bad Eisenkappel/Železna Kapla, Feistritz im Rosental: Germanised
spellings of Slovene family names 'Wakounig', 'Wutti', 'Olip', 'Haderlap', Slovene given names beside their
German official forms ('Janko' and 'Johann', 'Nežka' and 'Agnes'), the farm's house name after 'vlg.'
(vulgo) that belongs to the name, and 'Schwester' (a nurse) before a given name, outside the span: 'Janko
Ogris', 'Johann Ogris vlg. Mlinar', 'Schwester Mojca'); a shop, a pharmacy or a practice that carries a
family name ('Optik Keutgen', 'Fysiotherapie Pasterkamp', 'Sunagawa Pharmacy') is no person, a blood group,
a lens prescription, a tooth number or a hearing-aid battery size no secret, the title and the honorific
always outside the span; a rota's ('Rota (Sat 14:00-16:00):', 'Visitor:', 'Carer:'), a pharmacy's
('Collected by:', 'Patient:', '患者名:', 'Dispensed by:'), a dental desk's ('Patiënt:', 'Behandelaar:',
'Recall:'), a physio's or chiropractor's ('Therapeut:', 'Referred by:'), an optician's ('Kunde:',
'Refraction by:'), a hearing-aid fitting's ('Audioprothésiste:', 'Hörakustiker:'), a blood-donation
session's ('Spender:', 'Donneur:'), a gym's ('Trainer:', 'PT session:'), a home-care agency's ('Cliënt:',
'Zorgverlener:', '担当:', 'Pflegekraft:') and a scooter repairer's ('Job card, owner:', 'Repaired by:')
fields; over three quarters of the sentences typed to the bot or a friend: glasses and contact lenses,
eye tests, hearing aids and their batteries and fittings, dental check-ups, recalls and crowns, physio
exercises, backs and knees, chiropractors, prescriptions and collecting them, pill organisers, blood
donation sessions and donor cards, gyms and personal trainers, care-home visits and their rotas, home-care
visits and folders, mobility scooters and wheelchairs being repaired; self-hosted apps' config no earlier
set pasted: dcm4chee-arc's docker environment for a dental practice's X-ray archive, Open Dental's
FreeDentalConfig.xml at a front desk, FreeIPA for a home-care agency's staff logins and maddy's mail
credentials for a hearing-aid shop; those regions' addresses (Miyakojima in kanji with '〒' and '字' and
romanised 'Nishizato, Hirara, Miyakojima-shi', Urk's old-village 'Wijk 2 47' and a new street with a Dutch
postcode, East Belgium's 'Klötzerbahn 12, 4700 Eupen' and a village's 'Weywertz 14, 4750 Bütgenbach', and
Carinthia's bilingual town names with a slash, 'Hauptplatz 5, 9150 Bleiburg/Pliberk') and phones
(Miyakojima's 0980-72 and Irabu's 0980-78, Japanese mobiles 090 and 080 and '+81 980', Urk's 0527, Dutch
mobiles '06-' and '+31 6', Eupen's 087 and St. Vith's 080 in Belgian pairs, Belgian mobiles 04xx and
'+32', Bleiburg's 04235, Eisenkappel's 04238, Klagenfurt's 0463, Austrian mobiles 0664, 0676 and 0650 and
'+43'); Visa, Mastercard 51-55 and 2221, JCB 35 and Amex 37 as a pair of glasses, a hearing aid, a crown,
a gym membership or a scooter's new battery takes them; IBANs of the Netherlands, Belgium and Austria
(Japan has none); IPs of an optician's refraction PC, a hearing-aid fitting PC, a dental X-ray archive, a
pharmacy's dispensing robot, a donation session's registration laptop, a gym's door controller, a care
home's nurse-call server, a home-care agency's rota server, a scooter repairer's diagnostic laptop and the
pastes above, v6 in 240b:10:, 2a02:1810:, 2001:871: and 2a02:a45a: ranges; passwords handed over in ways
no earlier set used (on the back of a dental appointment card, inside a spectacle case, on a hearing-aid
battery packet, in a blood donor card's sleeve, under a mobility scooter's seat, on the last page of a
care home's visitors' book, on a pill organiser's lid, on a gym locker's key tag, in the home-care folder
by the front door and on a prescription bag's staple), Miyako ('Irabu906'), Urk ('Vuurtoren1845'), East
Belgium ('Hertogenwald4700'), Carinthia ('Pliberk9150'), health words in leetspeak ('ph4rm4cy'), a lens
prescription ('OD-2.25x180'), a blood group ('0neg_donor') and a lift ('bench100x5'), and cues in
Japanese ('パスワードは...です、誰にも言わないでね'), Dutch ('het wachtwoord is ..., niet
doorvertellen'), East Belgian German ('das Passwort ist ..., sag's keinem') and Slovene ('geslo je ...,
nikomur ne povej'); usernames on JEFIT, Cronometer, Liftosaur, Boostcamp, the Whoop community, Hatena,
Ameba, Tweakers, Inspire, Caliber and the Hearing Tracker forum, shapes like 'x_0980', 'x.urk',
'x-physio', 'xmiyako72', 'x.eupen4700' and 'x_pliberk'; dates of birth for a pharmacy's patient record, a
donor card, a gym's sign-up, a care home's admission, a dental registration and a hearing-aid
reimbursement, in Japanese with '年月日' ('1958年3月14日'), the Japanese era ('昭和33年3月14日') and a
medical card's short era ('S33.3.14'), Dutch ('geboren op 14 maart 1958') and a Dutch form's '14-03-1958',
East Belgian German ('geboren am 14. März 1958') and a Belgian form's '14.03.1958', Slovene with the month's
genitive ('rojena 14. marca 1958'), Austrian German with 'Jänner' and an export's ISO date; typos as
someone types on a phone in a waiting room: a health word's common misspelling ('prescription' ->
'perscription', 'appointment' -> 'appointmnet', 'chiropractor' -> 'chiropracter', 'wheelchair' ->
'wheelchiar') or an apostrophe left out ("i'm" -> 'im', "don't" -> 'dont', "can't" -> 'cant'); negatives
with the same regions' places, the titles and the name forms explained, lens prescriptions, blood groups,
tooth numbers, doses, battery sizes, weights and reps, donation intervals, visiting hours, order and job
numbers, shops and practices named after families, versions, a commit, placeholder secrets, a masked PIN,
test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers and
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

HELDOUT71_SEED = 5290817
# no faker name locale, as in held-out 16 to 70: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT71: list[str] = []
# health and bodies outside hospitals (held-out 72, written at the same time, takes money and paperwork at
# home); each origin: (men's given names, women's given names, family names); ';' separates names throughout
NAMES_HELDOUT71: dict[str, tuple[list[str], list[str], list[str]]] = {
    # pharmacy staff, home-care workers and care-home families of the Miyako Islands
    "miyako": ("Kenji;Masaru;Tsuyoshi;Koichi;Seiichi;Yasuo;Tomohiro;Hiroshi;Takeshi;Shinji".split(";"),
               "Keiko;Setsuko;Yoshiko;Mitsuko;Haruko;Kazue;Misaki;Yumi;Chiyo;Ayano".split(";"),
               "Shimoji;Sunagawa;Kuninaka;Karimata;Ikema;Tomori;Yonaha;Sugama;Uechi;Miyaguni;Kakinohana;Kawamitsu;Nema;Kugai;Shimozato".split(";")),
    # physiotherapists, dental receptionists and gym trainers of Urk
    "urk": ("Albert;Klaas;Jan;Hendrik;Willem;Pieter;Jacob;Gerrit;Lubbert;Tonnis".split(";"),
            "Geesje;Aaltje;Jannetje;Grietje;Trijntje;Neeltje;Hilje;Marretje;Jaantje;Lammigje".split(";"),
            "Koffeman;Pasterkamp;Romkes;Hakvoort;Schraal;Kapitein;Baarssen;Woord;Snoek;Loosman;Korf;Brouwer;Hoekman;de Boer;van Urk".split(";")),
    # opticians, audiologists, blood-donation teams and scooter repairers of East Belgium
    "ostbelgien": ("Marcel;Günter;Werner;Herbert;Joseph;Guido;Erwin;Freddy;Raymond;Alfred".split(";"),
                   "Gaby;Marianne;Resi;Christine;Irmgard;Liliane;Monique;Josiane;Brigitte;Mathilde".split(";"),
                   "Mießen;Kever;Keutgen;Pankert;Jousten;Margraff;Kohnen;Veithen;Gentges;Heinen;Arimont;Servaty;Fickers;Xhonneux;Hagelstein".split(";")),
    # Carinthian Slovenes of the Jauntal and Rosental
    "koroska": ("Janko;Franc;Valentin;Miha;Tomaž;Marko;Andrej;Jože;Hanzi;Zdravko".split(";"),
                "Marica;Mojca;Nežka;Angelca;Katarina;Milka;Zalka;Andreja;Micka;Lojzka".split(";"),
                "Ogris;Wutti;Olip;Wakounig;Sadovnik;Haderlap;Einspieler;Kumer;Kuchling;Kattnig;Picej;Krušic;Lipusch;Sturm".split(";")),
}  # fmt: skip
# the Miyako names in kanji, as a prescription bag or a rota sheet prints them
MIYAKO_KANJI_HELDOUT71 = {
    "Shimoji": "下地", "Sunagawa": "砂川", "Kuninaka": "国仲", "Karimata": "狩俣", "Ikema": "池間",
    "Tomori": "友利", "Yonaha": "与那覇", "Sugama": "洲鎌", "Uechi": "上地", "Miyaguni": "宮国",
    "Kakinohana": "垣花", "Kawamitsu": "川満", "Nema": "根間", "Kugai": "久貝", "Shimozato": "下里",
    "Kenji": "健二", "Masaru": "勝", "Tsuyoshi": "剛", "Koichi": "浩一", "Seiichi": "清一", "Yasuo": "康夫",
    "Tomohiro": "智宏", "Hiroshi": "博", "Takeshi": "武", "Shinji": "真司", "Keiko": "恵子", "Setsuko": "節子",
    "Yoshiko": "良子", "Mitsuko": "光子", "Haruko": "春子", "Kazue": "和江", "Misaki": "美咲", "Yumi": "由美",
    "Chiyo": "千代", "Ayano": "彩乃",
}  # fmt: skip
# Urk's abbreviated father's names after the family name ('Jzn.': son of Jan)
URK_PATRONYMS_HELDOUT71 = ["Jzn.", "Kzn.", "Az.", "Hzn.", "Pzn.", "Wzn.", "Gzn."]
# the German official forms of the Carinthian Slovene given names
KOROSKA_GERMAN_HELDOUT71 = {
    "Janko": "Johann", "Franc": "Franz", "Miha": "Michael", "Tomaž": "Thomas", "Jože": "Josef",
    "Hanzi": "Johann", "Marica": "Maria", "Nežka": "Agnes", "Katarina": "Katharina", "Micka": "Maria",
    "Angelca": "Angela", "Lojzka": "Aloisia",
}  # fmt: skip
# the Carinthian farms' house names that go after 'vlg.' and belong to the name
KOROSKA_VULGO_HELDOUT71 = "Mlinar;Kovač;Tišler;Žagar;Bajtar;Kajžar;Cerkovnik;Podgornik;Šuštar;Pek".split(";")
# a title or an honorific next to the name (outside the span): the origin, whether a woman (None: either)
# and what it goes with ('family' or 'given')
TITLED_HELDOUT71: dict[str, tuple[str, bool | None, str]] = {
    "zuster": ("urk", True, "family"),  # a Dutch home-care nurse
    "frau": ("ostbelgien", True, "family"),
    "herr": ("ostbelgien", False, "family"),
    "schwester": ("koroska", True, "given"),  # an Austrian nurse, before her given name
    "-san": ("miyako", None, "family"),  # after a romanised family name
    "さん": ("miyako", None, "kanji family"),  # after a family name in kanji
    "様": ("miyako", None, "kanji full"),  # after a full name in kanji on a prescription bag
}
TITLE_SLOT_HELDOUT71 = re.compile(r"(?<![\w'-])(zuster|Frau|Herr|Schwester) \{\}", re.IGNORECASE)
TITLE_AFTER_SLOT_HELDOUT71 = re.compile(r"\{\}(-san(?![\w'-])|さん|様)")
# IBANs of this set's people: Urk's, East Belgium's and Carinthia's (Japan has no IBAN); a Dutch one with a
# Dutch bank's code, a Belgian one with its national check digits
IBAN_SHAPES_HELDOUT71 = {"NL": "4a10n", "BE": "12n", "AT": "16n"}
NL_BANKS_HELDOUT71 = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT71 = ["optiek", "optik", "hoortoestel", "hörgerät", "tandarts", "zahn", "fysio", "physio",
                      "chiro", "apotheke", "yakkyoku", "kaigo", "blutspende", "donor", "gym", "zorg", "pflege",
                      "scooter", "rolstoel", "oskrba"]  # fmt: skip
# a health word and its common misspelling
MISSPELT_HELDOUT71 = {
    "prescription": "perscription", "appointment": "appointmnet", "chiropractor": "chiropracter",
    "wheelchair": "wheelchiar", "pharmacy": "pharmacey", "physio": "phsyio", "glasses": "glases",
    "receptionist": "receptionst", "ibuprofen": "ibuprofin", "dentist": "dentsit", "visiting": "vistiing",
    "hearing": "hearring",
}  # fmt: skip
MISSPELT_WORD_HELDOUT71 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT71, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# an apostrophe left out, as a phone without autocorrect writes it
APOSTROPHE_HELDOUT71 = {
    "i'm": "im", "don't": "dont", "can't": "cant", "it's": "its", "she's": "shes", "won't": "wont",
    "didn't": "didnt", "he's": "hes", "isn't": "isnt", "that's": "thats",
}  # fmt: skip
APOSTROPHE_WORD_HELDOUT71 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(APOSTROPHE_HELDOUT71, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Mießen' -> 'miessen',
    'de Boer' -> 'deboer', 'Krušic' -> 'krusic')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name.replace("ß", "ss")).lower())


def _with_check(country: str, bban: str) -> str:
    """An IBAN of `country` around a BBAN already written, with its mod-97 check digits."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def _japanese_era(year: int, month: int, day: int) -> tuple[str, str, int]:
    """(era in kanji, era's letter, year of the era) of a date after 1926: Shōwa until 7 January 1989, Heisei
    after, Reiwa from May 2019."""
    if (year, month, day) <= (1989, 1, 7):
        return "昭和", "S", year - 1925
    if (year, month) < (2019, 5):
        return "平成", "H", year - 1988
    return "令和", "R", year - 2018


class Gen71(Gen3):
    """Generators for held-out set 71: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT71."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT71))
        men, women, lasts = NAMES_HELDOUT71[origin]
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
        if origin == "miyako":
            if r < 0.4:  # a Japanese rota sheet: 'Shimoji Keiko'
                return f"{last} {first}"
            if r < 0.55:  # in kanji: '下地 恵子'
                return f"{MIYAKO_KANJI_HELDOUT71[last]} {MIYAKO_KANJI_HELDOUT71[first]}"
        if origin == "urk":
            if r < 0.25 and not woman:  # the father's name after the family name: 'Albert Koffeman Jzn.'
                return f"{first} {last} {rng.choice(URK_PATRONYMS_HELDOUT71)}"
            if r < 0.45 and woman:  # a married woman's: 'Geesje Pasterkamp-Romkes'
                own = rng.choice([x for x in NAMES_HELDOUT71[origin][2] if x != last and " " not in x])
                return f"{first} {last}-{own}"
        if origin == "ostbelgien":
            if r < 0.22:  # a donor register: 'Jousten, M.'
                return f"{last}, {first[0]}."
            if r < 0.35:  # a register without the comma: 'KEUTGEN Marcel'
                upper = last.upper()
                if len(upper) == len(last):
                    return f"{upper} {first}"
        if origin == "koroska":
            if r < 0.25:  # the German official form: 'Johann Ogris'
                return f"{KOROSKA_GERMAN_HELDOUT71.get(first, first)} {last}"
            if r < 0.42:  # with the farm's house name: 'Johann Ogris vlg. Mlinar'
                given = KOROSKA_GERMAN_HELDOUT71.get(first, first) if rng.random() < 0.5 else first
                return f"{given} {last} vlg. {rng.choice(KOROSKA_VULGO_HELDOUT71)}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.66:
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
        """The name a title or an honorific goes with ('zuster Hakvoort', 'Schwester Mojca', 'Sunagawa-san',
        '砂川さん', '下地 恵子様'), from the origin that uses it."""
        origin, woman, part = TITLED_HELDOUT71[title.lower()]
        _, first, last, _ = self._origin_name(origin, woman)
        if part == "given":
            return first
        if part == "kanji family":
            return MIYAKO_KANJI_HELDOUT71[last]
        if part == "kanji full":
            return f"{MIYAKO_KANJI_HELDOUT71[last]} {MIYAKO_KANJI_HELDOUT71[first]}"
        return last

    def person_for(self, template: str) -> str:
        """A name for the template's slots: a titled one's where a title or an honorific stands next to it."""
        m = TITLE_SLOT_HELDOUT71.search(template) or TITLE_AFTER_SLOT_HELDOUT71.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 180)
        shapes = [
            f"〒906-00{pick(['12', '13', '07', '06'])} 沖縄県宮古島市平良字{pick(['西里', '下里', '西仲宗根', '東仲宗根'])}{rng.randint(1, 1500)}番地",
            f"〒906-0{pick(['501', '504', '505'])} 沖縄県宮古島市伊良部字{pick(['伊良部', '佐和田', '仲地'])}{rng.randint(1, 900)}",
            f"沖縄県宮古島市城辺字{pick(['福里', '砂川', '保良'])}{rng.randint(1, 900)}-{rng.randint(1, 9)}",
            f"{rng.randint(1, 1500)} {pick(['Nishizato', 'Shimozato', 'Higashinakasonezoe'])}, Hirara, Miyakojima-shi, Okinawa 906-00{pick(['12', '13', '07'])}",
            f"Wijk {rng.randint(1, 8)} {rng.randint(1, 120)}, 8321 {pick(['EA', 'EG', 'EN', 'ET', 'RB'])} Urk",
            f"{pick(['Staatsweg', 'Zuiderzeeweg', 'Schelpenbank', 'Lemsterhoek', 'Vormt'])} {n}{pick(['', 'a', 'b'])}, 832{rng.randint(1, 5)} {pick(['AB', 'GK', 'LD', 'PW', 'XR'])} Urk",
            f"{pick(['Klötzerbahn', 'Aachener Straße', 'Rathausplatz', 'Hisselsgasse', 'Bergstraße'])} {n}, 4700 Eupen",
            f"{pick(['Hauptstraße', 'Malmedyer Straße', 'Rodter Straße', 'Klosterstraße'])} {n}, 4780 St. Vith",
            f"{pick(['Kirchstraße', 'Lütticher Straße', 'Parkstraße'])} {n}, 4720 Kelmis",
            f"{pick(['Weywertz', 'Elsenborn', 'Nidrum', 'Berg'])} {rng.randint(1, 90)}, 4750 Bütgenbach",
            f"{pick(['Hauptplatz', '10.-Oktober-Straße', 'Klagenfurter Straße'])} {rng.randint(1, 60)}, 9150 Bleiburg/Pliberk",
            f"{pick(['Rechberg', 'Remschenig', 'Vellach'])} {rng.randint(1, 90)}, 9135 Bad Eisenkappel/Železna Kapla",
            f"{pick(['Rosentaler Straße', 'Hauptstraße', 'Bahnhofstraße'])} {rng.randint(1, 120)}, 9181 Feistritz im Rosental/Bistrica v Rožu",
            f"Globasnitz {rng.randint(1, 140)}, 9142 Globasnitz/Globasnica",
            f"{pick(['Viktringer Ring', 'Paulitschgasse', 'Pischeldorfer Straße'])} {rng.randint(1, 60)}/{rng.randint(1, 4)}/{rng.randint(1, 20)}, 9020 Klagenfurt am Wörthersee",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = _plain(rng.choice(SUBJECTS_HELDOUT71))
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 2007)}",
                           f"{subject}_{last}", f"{first}-{subject}"])  # fmt: skip
        domain = rng.choice(["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "miyako-ma.jp", "ziggo.nl",
                             "kpnmail.nl", "hetnet.nl", "skynet.be", "proximus.be", "telenet.be",
                             "aon.at", "gmx.at", "a1.net", "gmail.com", "outlook.com", "proton.me"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0980-72-{d(4)}",  # Miyakojima (Hirara)
            f"0980-78-{d(4)}",  # Irabu
            f"0{rng.choice('98')}0-{d(4)}-{d(4)}",  # Japanese mobile
            f"+81 980 7{rng.choice('238')} {d(4)}",
            f"+81 {rng.choice(['90', '80'])} {d(4)} {d(4)}",
            f"0527-{rng.choice('6')}{d(5)}",  # Urk
            f"0527 {rng.choice('6')}{d(2)} {d(3)}",
            f"06-{d(8)}",  # Dutch mobile
            f"+31 6 {d(4)} {d(4)}",
            f"087 {rng.choice(['55', '56', '59', '74'])} {d(2)} {d(2)}",  # Eupen
            f"080 {rng.choice(['22', '28', '44'])} {d(2)} {d(2)}",  # St. Vith, Bütgenbach
            f"04{rng.choice(['75', '76', '86', '95', '97'])} {d(2)} {d(2)} {d(2)}",  # Belgian mobile
            f"+32 4{rng.choice(['75', '86', '97'])} {d(2)} {d(2)} {d(2)}",
            f"04235 {d(4)}",  # Bleiburg
            f"04238 {d(3)}",  # Bad Eisenkappel
            f"0463 {d(6)}",  # Klagenfurt
            f"06{rng.choice(['64', '76', '50'])} {d(3)} {d(2)} {d(2)}",  # Austrian mobile
            f"+43 6{rng.choice(['64', '76', '50'])} {d(7)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("53", 16), ("2221", 16),
                                     ("3528", 16), ("3589", 16), ("37", 15)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT71))
        if country == "NL":
            iban = _with_check("NL", rng.choice(NL_BANKS_HELDOUT71) + self.d(10))
        elif country == "BE":
            account = self.d(10)
            national = int(account) % 97 or 97
            iban = _with_check("BE", f"{account}{national:02d}")
        else:
            iban = _iban(rng, country, IBAN_SHAPES_HELDOUT71[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): an optician's refraction PC, a hearing-aid fitting PC, a dental X-ray
        archive, a pharmacy's dispensing robot, a donation session's laptop, a gym's door controller, a care
        home's nurse-call server, a home-care rota server, a scooter repairer's diagnostic laptop and this
        set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"240b:10:{h()}:{h()}::{h()}", f"2a02:1810:{h()}:{h()}::{h()}", f"2001:871:{h()}:{h()}::{h()}",
                         f"2a02:a45a:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the refraction pc at the optician is on {}, the phoropter won't sync", v4),
            ("the hearing aid fitting pc is {}, the programmer box keeps dropping", v4),
            ("the x-ray archive at the dental practice is {}, the bitewings won't load", rng.choice([v4, v6])),
            ("the dispensing robot in the pharmacy answers on {}, it jammed again", v4),
            ("the donor registration laptop at the blood session is {}, the printer is stuck", v4),
            ("the gym's door controller is {}, my fob stopped working", v4),
            ("the nurse call server at the care home is on {}, room 12 rings all night", rng.choice([v4, v6])),
            ("the rota server for the home care agency is {}, nobody sees sunday's shifts", v4),
            ("my scooter guy's diagnostic laptop is {}, he reads the controller with it", v4),
            ("the physio's booking kiosk in the hall is {}, it shows yesterday", v4),
            ("the chiropractor's wifi printer is {}, the invoices come out blank", v4),
            ("the pharmacy's label printer is on {}, the kanji come out as boxes", rng.choice([v4, v6])),
            ("LDAP_HOST={}", v4),
            ("POSTGRES_HOST={}", v4),
            ("<ComputerName>{}</ComputerName>", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-02-14 08:02:11 WARN nurse-call: bed 12 heartbeat lost from {}", v4),
            ("[dcm4chee] 2025-02-14T10:41:07Z C-STORE from {} rejected: unknown AE title", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Irabu', 'Ikema', 'Hirara', 'Sunayama'])}{rng.choice(['906', '0980', '72'])}{rng.choice(['!', '', '#'])}",
                f"{rng.choice(['Vuurtoren', 'Urk', 'Klif', 'Botter'])}{rng.choice(['1845', '8321', '0527'])}",
                f"{rng.choice(['Hertogenwald', 'Vennbahn', 'Eupen', 'Weser'])}{rng.choice(['4700', '4780', '087'])}",
                f"{rng.choice(['Pliberk', 'Peca', 'Obir', 'Jauntal'])}{rng.choice(['9150', '2139', '9135'])}",
                rng.choice(["pharmacy", "dentist", "physio", "hearing", "optician"]).translate(leet) + rng.choice(["", "!", "_71"]),
                f"O{rng.choice('DS')}{rng.choice(['-', '+'])}{rng.randint(0, 6)}.{rng.choice(['00', '25', '50', '75'])}x{rng.choice([10, 90, 180, 175])}",
                f"{rng.choice(['0', 'A', 'B', 'AB'])}{rng.choice(['neg', 'pos'])}_{rng.choice(['donor', 'blut', str(rng.randint(10, 99))])}",
                f"{rng.choice(['bench', 'squat', 'deadlift'])}{rng.randint(6, 22) * 5}x{rng.randint(3, 8)}",
                f"{rng.choice(['zorg', 'pflege', 'kaigo', 'scooter'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        options = [
            # passwords handed over in ways no earlier set used
            ("the front desk login is on the back of my dental appointment card, {}", pw),
            ("i keep the patient portal password inside my glasses case, {}", pw),
            ("mum wrote the hearing aid app password on the battery packet, {}", pw),
            ("the donor app password is in the sleeve with my donor card, {}", pw),
            ("the scooter's app login is taped under the seat, {}", pw),
            ("the care home wifi is on the last page of the visitors book, {}", pw),
            ("dad's pharmacy app password is on the lid of his pill organiser, {}", pw),
            ("the gym app password is on my locker key tag, {}", pw),
            ("the code for the key safe is in the home care folder by the door, {}", d(4)),
            ("the pharmacy stapled a note with the portal password to the bag, {}", pw),
            ("the keypad at the physio's back door is {}, they said to let myself in", d(4)),
            ("my trainer's app password is {}, log my sets for me", pw),
            ("the agency rota login is {}, swap my sunday visit please", pw),
            ("ok the optician's booking admin is {}, move mum to thursday", pw),
            ("the blood donation booking password is {}, book me for the march session", pw),
            # cues in ways no earlier set used
            ("パスワードは{}です、誰にも言わないでね", pw),
            ("het wachtwoord is {}, niet doorvertellen", pw),
            ("das Passwort ist {}, sag's keinem", pw),
            ("geslo je {}, nikomur ne povej", pw),
            # commands
            ("$ echo '{}' | kinit admin@ZORG.URK.LAN", colonless),
            ("$ ipa-server-install --realm ZORG.URK.LAN --ds-password {} --unattended", colonless),
            ("$ maddy creds create --password {} balie@optik-keutgen.be", colonless),
            ("$ psql postgresql://pacs:{}@db:5432/pacsdb", colonless),
            # pastes
            ("LDAP_ROOTPASS={}", colonless),
            ("LDAP_CONFIGPASS={}", colonless),
            ("POSTGRES_PASSWORD={}", colonless),
            ("KEYCLOAK_ADMIN_PASSWORD={}", pw),
            ("<Password>{}</Password>", colonless),
            ("    <Password>{}</Password>\n    <NoShowOnStartup>False</NoShowOnStartup>", colonless),
            ("ipa_admin_password: {}", pw),
            ("smtp_pass = {}", tok(24, alnum)),
            ("WILDFLY_ADMIN_PASSWORD={}", tok(20, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_0980', 'x.urk', 'x-physio', 'x_pliberk')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}_0980",
                f"{first}.urk",
                f"{last}-physio",
                f"{first}miyako{rng.choice(['72', '78', '73'])}",
                f"{first}.eupen4700",
                f"{last}_pliberk",
                f"{first}{last[:3]}_lifts",
                f"{last}.{rng.randint(1950, 2006)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=12, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        era, letter, era_year = _japanese_era(year, m, day)
        return {
            "ja": f"{year}年{m}月{day}日",
            "era": f"{era}{era_year}年{m}月{day}日",
            "era_short": f"{letter}{era_year}.{m}.{day}",
            "nl": f"{day} {NL_MONTHS_HELDOUT71[m - 1]} {year}",
            "nld": f"{day:02d}-{m:02d}-{year}",
            "de": f"{day}. {DE_MONTHS_HELDOUT71[m - 1]} {year}",
            "ded": f"{day:02d}.{m:02d}.{year}",
            "sl": f"{day}. {SL_MONTHS_HELDOUT71[m - 1]} {year}",
            "at": f"{day}. {AT_MONTHS_HELDOUT71[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the pharmacy wants grandma's birthday for the record, {}", s["ja"]),
            ("her medical card says {} for the date of birth, the new staff can't read the era", s["era_short"]),
            ("ik ben geboren op {}, dat moest op het formulier van de fysio", s["nl"]),
            ("the dental registration wants my date of birth, {}", s["nld"]),
            ("ich bin geboren am {}, das braucht der Blutspendedienst", s["de"]),
            ("the hearing aid reimbursement form has my birthday as {}", s["ded"]),
            ("rojena sem {}, to rabijo v domu za starejše", s["sl"]),
            ("mama ist am {} geboren, das Pflegeheim fragt danach", s["at"]),
            ("the gym's sign-up form wants a date of birth, mine is {}", any_shape),
            ("the care home asked for dad's date of birth for the admission, {}", any_shape),
            ("生年月日: {}", s["era"]),
            ("生年月日：{}", s["ja"]),
            ("Geboortedatum: {}", s["nld"]),
            ("Geburtsdatum: {}", s["ded"]),
            ("Datum rojstva: {}", s["sl"]),
            ('  "birthDate": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


NL_MONTHS_HELDOUT71 = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)
DE_MONTHS_HELDOUT71 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
AT_MONTHS_HELDOUT71 = (
    "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
SL_MONTHS_HELDOUT71 = (
    "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra".split()
)


HELDOUT71_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} did my eye test and found the astigmatism nobody else did",
        "can you remind me that {} is collecting dad's prescription on friday",
        "{} fitted mum's new hearing aids, she can hear the clock again",
        "{} at the dental front desk moved my check-up to the 14th",
        "{} does my physio on tuesdays, my knee is much better",
        "the chiropractor is {}, cracked my neck in one go",
        "{} runs the blood donation session in the parish hall",
        "my personal trainer is {}, lunges till i cry every time",
        "{} is on the visiting rota for saturday afternoon",
        "{} from the home care agency comes at 8 and at 6",
        "{} fixed the scooter's brakes, it stops properly now",
        "{} is the one who repairs wheelchairs behind the station",
        "zuster {} comes to do dad's stockings in the morning",
        "Frau {} at the optician's adjusted the nose pads",
        "Herr {} brought the new scooter battery round himself",
        "Schwester {} visits grandma three times a week",
        "{}-san at the pharmacy explained the new pills to grandma",
        "{}さんが薬を届けてくれた",
        "患者名: {}様",
        "{}様 お薬ができました",
        "ask {} if the glasses are ready, they said tuesday",
        "i'm visiting grandma with {} on sunday, the home is on the hill",
        "{} gave me the exercises for my shoulder, i never do them",
        "{} was my donor nurse, i didn't even feel the needle",
        "{} took the impressions for the crown",
        "{} cleaned my teeth, my gums are fine apparently",
        "{} is covering the morning visits while the usual carer is off",
        "{} spotted me on the bench, new record",
        "{} set up the pill organiser for the whole month",
        "{} brought the wheelchair back with new tyres",
        "ok so {} is the new carer, be nice dad",
        "yes {} is the hearing aid person in the shopping street",
        "{} said my blood pressure is fine for donating",
        "{} from the care home called about the visiting times",
        "{} wrote the referral to the physio",
        "we're driving grandpa to the optician with {} tomorrow",
        "{} is the receptionist who always knows a free slot",
        "{} made me a training plan for the marathon",
        "Rota (Sat 14:00-16:00): {}",
        "Visitor: {}",
        "Carer: {}",
        "Collected by: {}",
        "Patient: {}",
        "Dispensed by: {}",
        "Patiënt: {}",
        "Behandelaar: {}",
        "Recall: {}",
        "Therapeut: {}",
        "Referred by: {}",
        "Kunde: {}",
        "Refraction by: {}",
        "Audioprothésiste : {}",
        "Hörakustiker: {}",
        "Spender: {}",
        "Donneur : {}",
        "Trainer: {}",
        "PT session: {} / {}",
        "Cliënt: {}",
        "Zorgverlener: {}",
        "担当: {}",
        "Pflegekraft: {}",
        "Job card, owner: {}",
        "Repaired by: {}",
        "| Sat 15:00 | room 4 | visitor: {} |",
        '"patient": "{}",',
    ],
    "STREET_ADDRESS": [
        "the new glasses go to {}",
        "the pharmacy delivers grandma's pills to {}",
        "send the repaired scooter back to {}",
        "the blood donation session is at {} this month",
        "the physio moved to {}",
        "the carer's first visit is at {}, the key is in the safe",
        "the hearing aid shop is at {} now",
        "Address: {}",
        "住所: {}",
        "Adres: {}",
        "Anschrift: {}",
        "Naslov: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the referral to {}",
        "the optician emails the prescription from {}",
        "mail the care home's visiting rota to {}",
        "the scooter guy is {}, ask about the controller",
        "E-mail (balie): {}",
        '"email": "{}",',
        "MAIL_FROM={}",
        "ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the pharmacy's number is {}",
        "call the home care agency on {} if the carer doesn't come",
        "my physio's mobile is {}",
        "the hearing aid shop is {}, ring before 5",
        "the scooter repairer is {}, he comes to the house",
        "Tel.: {}",
        "電話: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the glasses with {}",
        "the crown went on {}",
        "the gym membership comes off {}",
        "put the scooter's new battery on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the health insurer refunds the physio to {}",
        "pay the scooter repairer into {}",
        "the home care bill goes out of {}",
        "the optician's account is {}",
        "IBAN: {}",
        "IBAN (eigen bijdrage): {}",
    ],
    "USERNAME": [
        "my JEFIT name is {}",
        "on Cronometer I'm {}",
        "my Liftosaur login is {}",
        "on Boostcamp I'm {}",
        "in the Whoop community I'm {}",
        "my Hatena ID is {}",
        "my Ameba blog is under {}",
        "on Tweakers I post as {}",
        "on Inspire I'm {}, the hearing loss group",
        "my Caliber coach added me as {}",
        "on the Hearing Tracker forum I'm {}",
        "add me on jefit, {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT71_MIXED = [
    ("Patient: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Referred by: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("LDAP_HOST={}\nLDAP_ROOTPASS={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8080/dcm4chee-arc/ui2/", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the key safe code for grandma's, it's {}", ["PERSON", "SECRET"]),
    ("Spender: {}, geb. {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my JEFIT name is {}, the trainer gets paid into {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the hearing test came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the crown with {}", ["PERSON", "CREDIT_CARD"]),
    ("zuster {} is reachable on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Job card, owner: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Trainer: {} (app: {})", ["PERSON", "USERNAME"]),
]  # fmt: skip
HELDOUT71_NEGATIVES = [
    "Miyakojima, Irabu and Ikema are joined by bridges",
    "Hirara is the town on Miyakojima",
    "906 is the start of Miyakojima's postcodes",
    "0980 is the area code of Miyako and Yaeyama",
    "様 is the polite suffix a pharmacy prints after a name",
    "さん after a name is like Mr or Ms",
    "a Japanese rota sheet writes the family name first",
    "昭和 ended in 1989 and 平成 began",
    "S33 on a medical card means Showa 33",
    "Sunagawa Pharmacy is by the harbour, it's a shop",
    "Urk was an island until the Noordoostpolder was drained",
    "Jzn. after a name means son of Jan",
    "Wijk 2 is the old village around the church",
    "zuster is what Dutch people call a nurse",
    "8321 is the postcode of Urk's old village",
    "Fysiotherapie Pasterkamp is the practice near the harbour",
    "Eupen and St. Vith are in the German-speaking part of Belgium",
    "4700 is Eupen and 4780 is St. Vith",
    "Optik Keutgen is the optician in the Klötzerbahn",
    "the Vennbahn is a cycle path on an old railway",
    "Bleiburg is Pliberk in Slovene",
    "vlg. is short for vulgo, the farm's house name",
    "9150 is Bleiburg and 9135 is Bad Eisenkappel",
    "Jänner is how Austria says January",
    "Schwester is what patients call a nurse in Austria",
    "Janko is the Slovene form of Johann",
    "my prescription is sph -2.25 cyl -0.75 axis 180",
    "reading glasses at +1.50 from the chemist are fine",
    "size 312 hearing aid batteries last about a week",
    "size 13 is the orange tab, size 312 the brown one",
    "tooth 36 needs a crown, that's lower left",
    "the check-up is every six months, the hygienist every three",
    "ibuprofen 400 mg three times a day after food",
    "take one tablet in the morning with water",
    "the pill organiser has 28 compartments",
    "men can give blood every 12 weeks, women every 16",
    "a donation is about 470 ml",
    "O negative is the universal donor group",
    "my haemoglobin was 13.8, enough to donate",
    "the blood session runs from 15:00 to 19:30",
    "visiting hours are 14:00 to 17:00 and 18:30 to 20:00",
    "room 12 is on the first floor next to the lift",
    "the carer comes at 08:00 and 18:00",
    "three sets of ten squats with 60 kilos",
    "the gym is open 6 till 23 on weekdays",
    "a month's membership is 29.95 euros",
    "the physio gave me 8 sessions on the referral",
    "20 minutes of ice after the exercises",
    "the chiropractor charges 55 euros a session",
    "the scooter does 15 km/h and 40 km on a charge",
    "job 4471 is the wheelchair with the flat tyre",
    "order 70315 is two boxes of contact lenses",
    "the new battery is 12 volts, 50 amp hours",
    "the hearing aid costs 1,850 euros before the refund",
    "dcm4chee-arc 5.33 changed the UI",
    "Open Dental 24.1 is the version at the desk",
    "FreeIPA 4.12 is in the repository now",
    "maddy 0.8 fixed the imap bug",
    "fixed in commit 4e81c0d, see the changelog",
    "LDAP_ROOTPASS=",
    "<Password></Password>",
    "POSTGRES_PASSWORD=<your db password>",
    "default password: changeme",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3530 1113 3330 0000 is the JCB test number",
    "NL91 ABNA 0417 1643 00 is the example IBAN in the docs",
    "BE68 5390 0754 7034 is the example IBAN in the docs",
    "write to patient@example.org on the form",
    "192.0.2.71 is a documentation address",
    "198.51.100.71 is a documentation address",
    "2001:db8:71::1 is a documentation address",
    "call 112 for emergencies in Belgium, the Netherlands and Austria",
    "in Japan the ambulance is 119",
    "did the glasses come in yet",
    "bring your insurance card and the referral",
    "ok the check-up went fine, no holes",
    "yes the scooter works again, thanks",
    "THE BLOOD SESSION IS FULL",
    "knee feels better today",
    "dank je, tot dinsdag bij de fysio",
    "danke, bis Donnerstag beim Optiker",
    "ありがとう、また来週",
]  # fmt: skip


def _typo71(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types on a phone in a waiting room,
    a health word's common misspelling ('prescription' -> 'perscription', 'appointment' -> 'appointmnet',
    'chiropractor' -> 'chiropracter', 'wheelchair' -> 'wheelchiar'), or an apostrophe left out ("i'm" ->
    'im', "don't" -> 'dont', "can't" -> 'cant'). Only in sentences typed to the bot or a friend; a title or
    an honorific next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT71.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT71[m.group(1)] + template[m.end() :]
    marks = list(APOSTROPHE_WORD_HELDOUT71.finditer(template))
    if not marks:
        return template
    m = rng.choice(marks)
    return template[: m.start()] + APOSTROPHE_HELDOUT71[m.group(1)] + template[m.end() :]


def build_heldout71(seed: int = HELDOUT71_SEED) -> list[Example]:
    """Held-out set 71: `Gen71` values in `HELDOUT71_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen71(seed)
    return assemble_module_set(
        gen, HELDOUT71_TEMPLATES, HELDOUT71_MIXED, HELDOUT71_NEGATIVES, _typo71, person=gen.person_for
    )
