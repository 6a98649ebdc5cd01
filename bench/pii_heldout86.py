"""Held-out PII set 86 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout86": written before round 53 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT86 is empty, as for
held-out 16 to 84; written at the same time as held-out 85, the two authors split the world between them: 86
takes photography and film made by amateurs (camera clubs, wedding and portrait photographers' client lists,
drone permits, film labs and darkrooms, photo competitions, model releases, stock-photo accounts), 85 takes
inland waterways); hand-written lists of the Halunder of Heligoland, the islanders of the North Sea rock and
its Düne (the bird photographers at the Lummenfelsen, the seal shoots on the Düne's beach where drones are
banned, the island's photo competition and the darkroom in the old Nordseehalle; North Frisian and German
given names ('Hark', 'Jasper', 'Frerk', 'Hinrich', 'Gesche', 'Frauke', 'Wiebke'), Heligoland family names
('Botter', 'Denker', 'Payens', 'Rickmers', 'Lührs', 'Kuchlenz', 'Nickels') and some that are also a company,
a given name or a word ('Siemens', 'Franz', 'Bock'), a German register's 'Family, Given' ('Botter, Hark'), a
married woman's birth name after 'geb.' inside the span ('Gesche Denker geb. Payens'), and 'Kapt.' before a
skipper's full name, outside the span), the Brayons of the Madawaska, the French-speaking valley split by
the Saint John River between Edmundston in New Brunswick and Madawaska, Fort Kent and Frenchville in Maine
(the camera club of Edmundston, the one-hour film lab that became a darkroom co-op, the Foire brayonne's photo
contest and the wedding photographers of Saint-Jacques; French-Canadian given names ('Réjean', 'Gaétan',
'Valmond', 'Donat', 'Guylaine', 'Réjeanne', 'Marie-Reine'), the valley's family names ('Cyr', 'Daigle',
'Violette', 'Ouellette', 'Sirois', 'Soucy', 'Bossé') and some that are also a given name or a word
('Albert', 'Martin', 'Violette'), the valley's chain of given names with 'à' inside the span ('Réjean à
Valmond'), a 'Ti-' nickname with the family name ('Ti-Guy Daigle'), a Maine record's name without its
accents ('Rejeanne Sirois'), and 'pépère' before a man's and 'mémère' before a woman's given name, the
grandparents, outside the span), the Zoroastrians of Yazd and Kerman and their kin in Tehran (the wedding
photographers at the fire temple, the photo walks at the towers of silence and the Chak Chak pilgrimage, a
studio's client list; Zoroastrian given names ('Bahram', 'Rostam', 'Mehraban', 'Goshtasb', 'Kaikhosrow',
'Katayoun', 'Farangis', 'Mehrangiz', 'Golbanoo'), Zoroastrian family names ('Jamshidi', 'Mehrabani',
'Kianian', 'Sorooshian', 'Khosravani', 'Zartoshti', 'Namiranian', 'Mazdapour'), the father's given name
between a person's own and the family's ('Rostam Bahram Jamshidi'), a name in Persian script ('رستم جمشیدی'),
an Iranian form's 'Family, Given' ('Kianian, Homa'), 'Mobed' before a priest's full name and 'khanom' after a
woman's given name, outside the span) and the Bai of Dali, Xizhou and Shaxi on Erhai lake in Yunnan (the
wedding-photo studios on the lake shore, the drone permits over the lake, the old town's film lab and the
prints for the village's tie-dye cooperative; Bai family names ('Duan', 'Yang', 'Zhao', 'Dong', 'Yin', 'Shi'),
given names in pinyin ('Shaoyun', 'Wenhai', 'Yongfu', 'Jinhua', 'Cuiping', 'Fengxian'), the family name first
('Duan Jinhua'), in Chinese characters ('段金花'), the given name first on an English model release
('Jinhua Duan'), 'shifu' after a craftsman's family name and 'laoshi' after a teacher's full name, outside the
span); names on a model release, a photo credit, a competition entry form, a client gallery, a wedding
photographer's client list, a drone-permit application, a darkroom booking sheet, a film lab's order
envelope, a stock agency's contributor record and an invoice; a studio, a lab or a prize that carries a
family name ('Studio Payens', 'Photo Cyr', 'Duan Wedding Photo', 'Jamshidi Atelier', 'Rickmers Prize') no
person either, a roll's, a frame's, an order's, an entry's, a permit's, a release's or a lens's number no
secret; a model release's ('Model:', 'Modell:', 'Mannequin :', 'Model (name in full):'), a credit's ('Photo:',
'Foto:', 'Crédit photo :', '摄影:'), an entry form's ('Entrant:', 'Teilnehmer:', 'Participant·e :'), a
client list's ('Bride:', 'Groom:', 'عروس:', 'داماد:', '新娘:', '新郎:'), a drone permit's ('Remote pilot:',
'Fernpilot:', 'Télépilote :'), a darkroom sheet's ('Booked by:', 'Enlarger 2:'), a lab envelope's
('Customer:', 'Kunde:'), a stock record's ('Contributor:', 'Releasor:') and an invoice's ('Rechnungsempfänger:',
'Facturer à :', 'صورتحساب به نام:', 'Invoice to:') fields; over three quarters of the sentences typed to the bot
or a friend: the rolls still at the lab, the fixer that ran out, the enlarger booked all weekend, the
wedding gallery the couple haven't picked from, the model release nobody signed, the drone permit that came
late and the gannets on the cliff, the contest's entry fee, the stock photos that sold for 38 cents, the
contact sheets and the client's deposit; self-hosted apps' config no earlier set pasted: LibrePhotos's .env
for the camera club's archive, Photoview's .env for the wedding studio's galleries, PiGallery2's config.json
for the contest's public gallery and Zenphoto's zp-config.php for the darkroom co-op's site; those regions'
addresses (Heligoland's 'Lung Wai 23, 27498 Helgoland', the Oberland's house with its part of the island in
brackets ('Am Falm 304 (Oberland), 27498 Helgoland') and Cuxhaven's '27472', Edmundston's '145 rue de
l'Église, Edmundston (N.-B.) E3V 1J8', a Canada Post label in capitals ('1234 CHEMIN CANADA, SAINT-JACQUES NB
E7B 1X8'), Madawaska's '212 Main St, Madawaska, ME 04756' and Fort Kent's, Yazd's 'Yazd, Khiaban-e Imam,
Kucheh-ye Mehr, Pelak 12, Code Posti 89158-13461', Kerman's and a Persian-script address
('یزد، خیابان امام، کوچه مهر، پلاک ۱۲'), a Chinese-character address ('大理市喜洲镇城北村12号') and the old
town's 'No. 12 Renmin Road, Dali Old Town, Yunnan 671003') and phones (Heligoland's '04725 8', German
mobiles '015x', '017x' and '+49', Edmundston's '(506) 735-', Madawaska's '(207) 728-', Yazd's '035 3',
Kerman's '034 3', Iranian mobiles '091x' and '+98 91x', Dali's '0872-' and Chinese mobiles '17x', '19x'
and '+86 19'); Visa, Mastercard 2-series and 51, Discover 6011 and JCB 35 as a lab order, a contest entry,
a client's deposit or a stock subscription takes them; IBANs of Germany, Austria, Luxembourg and Iran; IPs
of the lab's film scanner, the minilab's printer, the drone's ground station, the wedding studio's NAS,
the contest's judging server, the darkroom's timer controller, the club's print server and the pastes
above, v6 in 2a02:8109:, 2607:fea8:, 2409:8a55: and 2a01:5ec0: ranges; passwords handed over in ways no
earlier set used (on the back of a model release, on a film canister's label, in the darkroom's chemical
log, on the drone battery's sticker, on an SD card's sleeve, under the enlarger's baseboard, in a contact
sheet's margin, on the contest entry's envelope, on the client gallery's invitation card, on the lens cap's
tape), Heligoland ('Helgoland27498!', 'Lummenfelsen#4725'), Madawaska ('Edmundston_E3V', 'Brayon#1949'),
Yazd ('Yazd89158', 'Atashkadeh#035'), Dali ('Erhai671000', 'Xizhou#0872'), photo words in leetspeak
('d4rkr00m', 'f1lml4b'), a roll and a frame ('Roll12-Frame36') and a film stock and a year
('Portra400-2025'), and cues in German ('das Passwort ist ..., sag es keinem'), Brayon French ('le mot de
passe c'est ..., le dis à personne'), Persian in Latin letters ('ramzesh ine ..., be kasi nagoo') and
Chinese characters ('密码是 ...，别告诉别人'); usernames on Pixieset, ShootProof, SmugMug, Zenfolio, Shutterstock,
Adobe Stock, Alamy, iStock, Dreamstime, Pond5, Pexels, Tuchong, Xiaohongshu and Lofter, shapes like
'x.darkroom', 'x_35mm', 'f8.x', 'x-erhai', 'shotby.x', 'x.filmlab', 'halunder_x' and 'brayon.x'; dates of
birth for a model release, a drone pilot's registration, a contest's youth category, a client's form and
a stock contributor's record, in German ('14. März 1958') and a German form's '14.03.1958', French
('né le 14 mars 1958') and a Canadian form's ISO date, a Maine form's two-digit year ('3/14/58'), the
Iranian solar calendar ('1336/12/23') and the same in Persian digits ('۱۳۳۶/۱۲/۲۳'), Chinese numerals
('一九五八年三月十四日') and a Chinese form's dots ('1958.3.14'), a youth category's entrant now and then;
typos as a photographer types between shoots: a photography word's well-known misspelling ('lens' ->
'lense', 'aperture' -> 'apperture', 'portrait' -> 'portait', 'camera' -> 'camra', 'negatives' ->
'negitives'), or photographers' slang creeping into chat ('photographer' -> 'tog', 'negatives' -> 'negs',
'pictures' -> 'pics', 'exposure' -> 'exp', 'please' -> 'pls'); negatives with the same regions' places, the
titles and the name forms explained, rolls, frames, orders, entries, permits, releases and lens numbers
alone, shutter speeds, apertures, ISO values and film stocks, opening hours, fees, dates that are no
birthdays, a Persian-calendar year, postcodes alone, studios and prizes named after families, versions, a
commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation
IPs (v4 and v6), emergency numbers every user shares, and short everyday chat; no public figure is named).

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

HELDOUT86_SEED = 7461953
# no faker name locale, as in held-out 16 to 84: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT86: list[str] = []
# photography and film made by amateurs (held-out 85, written at the same time, takes inland waterways);
# each origin: (men's given names, women's given names, family names); ';' separates names, as some hold a
# hyphen or a space
NAMES_HELDOUT86: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Halunder of Heligoland: the bird photographers at the Lummenfelsen, the seal shoots on the Düne
    "halunder": ("Hark;Jasper;Frerk;Hinrich;Karsten;Erich;Jens;Peter;Ocke;Broder".split(";"),
                 "Gesche;Frauke;Wiebke;Inge;Hedwig;Anke;Meike;Christel;Tomke;Elke".split(";"),
                 "Botter;Denker;Payens;Rickmers;Friedrichs;Lührs;Siemens;Franz;Kuchlenz;Nickels;Bock;Krüss".split(";")),
    # Brayons of the Madawaska: the Edmundston camera club, the darkroom co-op, the Foire brayonne's contest
    "brayon": ("Réjean;Gaétan;Valmond;Donat;Ghislain;Bertin;Clovis;Jean-Guy;Léopold;Marcel".split(";"),
               "Guylaine;Réjeanne;Ginette;Jacinthe;Rachelle;Marie-Reine;Solange;Lucille;Doris;Nicole".split(";"),
               "Cyr;Daigle;Violette;Ouellette;Sirois;Soucy;Bossé;Albert;Martin;Michaud;Nadeau;Levesque;Thériault".split(";")),
    # Zoroastrians of Yazd and Kerman: the wedding photographers at the fire temple, the studio's client list
    "zoroastrian": ("Bahram;Rostam;Mehraban;Khodabakhsh;Esfandiar;Ardeshir;Jamshid;Goshtasb;Kaikhosrow;Fereydoun".split(";"),
                    "Mahin;Parichehr;Homa;Katayoun;Farangis;Mehrangiz;Golbanoo;Sarvar;Anahita;Shirin".split(";"),
                    "Jamshidi;Mehrabani;Kianian;Rostami;Sorooshian;Khosravani;Zartoshti;Namiranian;Goshtasbi;Bastani;Firouzgar;Mazdapour;Ardeshiri".split(";")),
    # Bai of Dali, Xizhou and Shaxi: the wedding-photo studios on Erhai, the drone permits, the film lab
    "bai": ("Shaoyun;Zhiming;Jianguo;Wenhai;Yongfu;Hongbin;Deming;Chaoyang".split(";"),
            "Jinhua;Yuhua;Cuiping;Lanying;Fengxian;Haiyan;Xiaoli;Meilin".split(";"),
            "Duan;Duan;Yang;Yang;Zhao;Dong;Yin;Zhang;Su;Shi".split(";")),
}  # fmt: skip
# the names in Persian script, as a Yazd studio's client list writes them
PERSIAN_HELDOUT86 = {
    "Bahram": "بهرام", "Rostam": "رستم", "Mehraban": "مهربان", "Khodabakhsh": "خدابخش", "Esfandiar": "اسفندیار",
    "Ardeshir": "اردشیر", "Jamshid": "جمشید", "Goshtasb": "گشتاسب", "Kaikhosrow": "کیخسرو", "Fereydoun": "فریدون",
    "Mahin": "مهین", "Parichehr": "پریچهر", "Homa": "هما", "Katayoun": "کتایون", "Farangis": "فرنگیس",
    "Mehrangiz": "مهرانگیز", "Golbanoo": "گلبانو", "Sarvar": "سرور", "Anahita": "آناهیتا", "Shirin": "شیرین",
    "Jamshidi": "جمشیدی", "Mehrabani": "مهربانی", "Kianian": "کیانیان", "Rostami": "رستمی",
    "Sorooshian": "سروشیان", "Khosravani": "خسروانی", "Zartoshti": "زرتشتی", "Namiranian": "نمیرانیان",
    "Goshtasbi": "گشتاسبی", "Bastani": "باستانی", "Firouzgar": "فیروزگر", "Mazdapour": "مزداپور",
    "Ardeshiri": "اردشیری",
}  # fmt: skip
# the names in Chinese characters, as a Dali studio's order book writes them
HANZI_HELDOUT86 = {
    "Duan": "段", "Yang": "杨", "Zhao": "赵", "Dong": "董", "Yin": "尹", "Zhang": "张", "Su": "苏", "Shi": "施",
    "Shaoyun": "绍云", "Zhiming": "志明", "Jianguo": "建国", "Wenhai": "文海", "Yongfu": "永福", "Hongbin": "洪斌",
    "Deming": "德明", "Chaoyang": "朝阳", "Jinhua": "金花", "Yuhua": "玉华", "Cuiping": "翠萍", "Lanying": "兰英",
    "Fengxian": "凤仙", "Haiyan": "海燕", "Xiaoli": "晓丽", "Meilin": "美琳",
}  # fmt: skip
# the valley's 'Ti-' nicknames for men
TI_NICKS_HELDOUT86 = ["Ti-Guy", "Ti-Jean", "Ti-Paul", "Ti-Loup", "Ti-Gus", "Ti-Mé"]
# a title next to the name (outside the span): the origin, whether a woman (None: either), the part of the
# name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT86: dict[str, tuple[str, bool | None, str, bool]] = {
    "kapt.": ("halunder", False, "full", False),  # a skipper of the island's boats
    "pépère": ("brayon", False, "given", False),  # the valley's 'grandpa'
    "mémère": ("brayon", True, "given", False),  # and 'grandma'
    "mobed": ("zoroastrian", False, "full", False),  # a Zoroastrian priest
    "khanom": ("zoroastrian", True, "given", True),  # 'madam' after a woman's given name
    "shifu": ("bai", False, "family", True),  # 'master' after a craftsman's family name
    "laoshi": ("bai", None, "full", True),  # 'teacher' after a full name
}
TITLE_SLOT_HELDOUT86 = re.compile(
    r"(?<![\w'.-])(Kapt\.|Pépère|Mémère|Mobed) \{\}|\{\} (khanom|shifu|laoshi)(?![\w'])", re.IGNORECASE
)
# IBANs of this set's people: a Heligoland member's, an Austrian lab's, a Luxembourg stock agency's, a Yazd
# client's
IBAN_SHAPES_HELDOUT86 = {"DE": "18n", "AT": "16n", "LU": "3n13c", "IR": "22n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT86 = ["fotoklub", "lummen", "duene", "halunder", "darkroom", "filmlab", "brayon", "madawaska",
                      "photoclub", "mariage", "akasi", "aroosi", "yazd", "studio", "erhai", "sheying", "hunsha",
                      "xizhou", "drone", "portrait", "wedding", "stock", "contest", "negatives"]  # fmt: skip
# a photography word and its well-known misspelling
MISSPELT_HELDOUT86 = {
    "lens": "lense", "aperture": "apperture", "portrait": "portait", "camera": "camra", "negatives": "negitives",
    "photographer": "photographar", "wedding": "weding", "gallery": "gallary", "competition": "competiton",
    "license": "lisence", "developer": "developper", "enlarger": "enlargor",
    "exposure": "exposer", "receipt": "reciept",
}  # fmt: skip
MISSPELT_WORD_HELDOUT86 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT86, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# photographers' slang creeping into chat
SHORTHAND_HELDOUT86 = {
    "photographer": "tog", "photographers": "togs", "negatives": "negs", "pictures": "pics", "photos": "pics",
    "exposure": "exp", "please": "pls", "tonight": "tonite", "wedding": "wedd", "because": "cuz",
    "contact sheet": "contact", "thanks": "ty",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT86 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT86, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# the months in German and French; the digits in Persian; the numerals in Chinese
DE_MONTHS_HELDOUT86 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
FR_MONTHS_HELDOUT86 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
PERSIAN_DIGITS_HELDOUT86 = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ZH_DIGITS_HELDOUT86 = "〇一二三四五六七八九"


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Réjeanne' -> 'Rejeanne', 'Lührs' -> 'Luhrs')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Jean-Guy' -> 'jeanguy',
    'Marie-Reine' -> 'mariereine', 'Krüss' -> 'kruss')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _jalali(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """A Gregorian date in the Iranian solar calendar (year, month, day): 1958-03-14 -> 1336-12-23."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def _zh_number(n: int) -> str:
    """A month or a day in Chinese numerals (3 -> '三', 14 -> '十四', 20 -> '二十', 31 -> '三十一')."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else ZH_DIGITS_HELDOUT86[tens] + "十")
    return head + (ZH_DIGITS_HELDOUT86[ones] if ones else "")


class Gen86(Gen3):
    """Generators for held-out set 86: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT86."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT86))
        men, women, lasts = NAMES_HELDOUT86[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "halunder":
            if r < 0.25:  # a German register: 'Botter, Hark'
                return f"{last}, {first}"
            if r < 0.45 and woman:  # her birth name: 'Gesche Denker geb. Payens'
                born = rng.choice([x for x in NAMES_HELDOUT86["halunder"][2] if x != last])
                return f"{first} {last} geb. {born}"
        if origin == "brayon":
            if r < 0.2:  # the valley's chain of given names: 'Réjean à Valmond'
                father = rng.choice([x for x in NAMES_HELDOUT86["brayon"][0] if x != first])
                return f"{first} à {father}"
            if r < 0.35 and not woman:  # a nickname: 'Ti-Guy Daigle'
                return f"{rng.choice(TI_NICKS_HELDOUT86)} {last}"
            if r < 0.55:  # a Maine record without the accents: 'Rejeanne Sirois'
                return _fold(f"{first} {last}")
        if origin == "zoroastrian":
            if r < 0.25:  # the father's given name in the middle: 'Rostam Bahram Jamshidi'
                father = rng.choice([x for x in NAMES_HELDOUT86["zoroastrian"][0] if x != first])
                return f"{first} {father} {last}"
            if r < 0.45:  # in Persian script: 'رستم جمشیدی'
                return f"{PERSIAN_HELDOUT86[first]} {PERSIAN_HELDOUT86[last]}"
            if r < 0.6:  # an Iranian form: 'Kianian, Homa'
                return f"{last}, {first}"
        if origin == "bai":
            if r < 0.3:  # in Chinese characters: '段金花'
                return HANZI_HELDOUT86[last] + HANZI_HELDOUT86[first]
            if r < 0.45:  # an English model release: 'Jinhua Duan'
                return f"{first} {last}"
            return f"{last} {first}"  # the family name first: 'Duan Jinhua'
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
        """A name for a title written next to it ('Kapt. Hark Botter', 'pépère Valmond', 'mémère Guylaine',
        'Mobed Rostam Jamshidi', 'Homa khanom', 'Duan shifu', 'Yang Cuiping laoshi'), from the origin that uses
        it."""
        origin, woman, part, _ = TITLED_HELDOUT86[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            return first
        if part == "family":
            return last
        if origin == "bai":
            return f"{last} {first}"
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT86.search(template)
        if m:
            return self.titled_person(m.group(1) or m.group(2))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        persian_n = str(rng.randint(1, 90)).translate(PERSIAN_DIGITS_HELDOUT86)
        shapes = [
            f"{pick(['Lung Wai', 'Kurpromenade', 'Von-Aschen-Straße', 'Am Südstrand'])} {rng.randint(1, 60)}, 27498 Helgoland",
            f"Am Falm {rng.randint(200, 420)} (Oberland), 27498 Helgoland",
            f"{pick(['Deichstraße', 'Nordersteinstraße', 'Südersteinstraße'])} {rng.randint(1, 90)}, 2747{pick('2468')} Cuxhaven",
            f"{rng.randint(10, 900)} rue {pick(['de l’Église', 'Victoria', 'Canada', 'Queen'])}, Edmundston (N.-B.) E3V {rng.randint(1, 9)}{pick('ABCEHJK')}{rng.randint(1, 9)}",
            f"{rng.randint(100, 2900)} CHEMIN {pick(['CANADA', 'PRINCIPAL', 'DU LAC BAKER'])}, {pick(['SAINT-JACQUES NB  E7B', 'SAINT-BASILE NB  E7C', 'LAC-BAKER NB  E7A'])} {rng.randint(1, 9)}{pick('ABCEHJK')}{rng.randint(1, 9)}",
            f"{rng.randint(10, 700)} {pick(['Main St', 'St. Thomas St', 'Bellevue Ave'])}, Madawaska, ME 04756",
            f"{rng.randint(10, 400)} {pick(['W Main St', 'Market St', 'Pleasant St'])}, Fort Kent, ME 04743",
            f"Yazd, Khiaban-e {pick(['Imam', 'Kashani', 'Qiam'])}, Kucheh-ye {pick(['Mehr', 'Atashkadeh', 'Sorush'])}, Pelak {rng.randint(1, 90)}, Code Posti 8915{rng.randint(1, 9)}-{rng.randint(10000, 99999)}",
            f"Kerman, Bolvar-e {pick(['Jomhouri', 'Azadi', 'Hamzeh'])}, Kucheh-ye {rng.randint(2, 40)}, Pelak {rng.randint(1, 60)}, Code Posti 7616{rng.randint(1, 9)}-{rng.randint(10000, 99999)}",
            f"یزد، خیابان {pick(['امام', 'کاشانی', 'قیام'])}، کوچه {pick(['مهر', 'آتشکده', 'سروش'])}، پلاک {persian_n}",
            f"大理市{pick(['喜洲镇城北村', '喜洲镇周城村', '大理镇人民路', '下关镇洱河南路'])}{rng.randint(1, 99)}号",
            f"云南省大理州剑川县沙溪镇{pick(['寺登街', '四方街'])}{rng.randint(1, 60)}号",
            f"No. {rng.randint(1, 199)} {pick(['Renmin Road', 'Boai Road', 'Yeyu Road'])}, Dali Old Town, Yunnan 671003",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT86)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}_{subject}", f"{first}.{rng.randint(1950, 2010)}",
                           f"{subject}{first}", f"{last}{first[:2]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "web.de", "gmx.de", "t-online.de", "nb.sympatico.ca", "rogers.com",
                             "bellaliant.net", "yahoo.ca", "yahoo.com", "chmail.ir", "outlook.com", "qq.com",
                             "163.com", "sina.com", "icloud.com", "hotmail.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"04725 8{d(4)}",  # Heligoland
            f"+49 4725 8{d(3)}",
            f"01{rng.choice('57')}{rng.choice('1256')} {d(7)}",  # German mobiles
            f"+49 1{rng.choice('57')}{rng.choice('1256')} {d(7)}",
            f"(506) 735-{d(4)}",  # Edmundston
            f"506-739-{d(4)}",
            f"(207) 728-{d(4)}",  # Madawaska
            f"035 3{d(3)} {d(4)}",  # Yazd
            f"034 3{d(3)} {d(4)}",  # Kerman
            f"091{rng.choice('1239')} {d(3)} {d(4)}",  # Iranian mobiles
            f"+98 91{rng.choice('1239')} {d(3)} {d(4)}",
            f"0872-{rng.choice('2678')}{d(6)}",  # Dali
            f"1{rng.choice('79')}{d(1)} {d(4)} {d(4)}",  # Chinese mobiles
            f"+86 19{d(1)} {d(4)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", f"2{rng.randint(221, 720)}", "51", "6011", "35"])
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT86))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT86[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the lab's film scanner, the minilab's printer, the drone's ground
        station, the wedding studio's NAS, the contest's judging server, the darkroom's timer controller, the
        club's print server and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:8109:{h()}:{h()}::{h()}", f"2607:fea8:{h()}:{h()}::{h()}", f"2409:8a55:{h()}:{h()}::{h()}",
                         f"2a01:5ec0:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the film scanner at the lab is on {}, it keeps dropping frame 36", v4),
            ("the minilab printer got {} after the router swap and now nothing prints", v4),
            ("the drone ground station talks to the laptop on {}", v4),
            ("the wedding studio nas is {}, all the raw files from saturday are there", rng.choice([v4, v6])),
            ("the judging server for the photo contest is on {}, the jury logs in at 8", v4),
            ("the darkroom timer controller answers on {}, someone set it to 90 seconds", v4),
            ("the camera club print server is {}, send the a3 prints there", v4),
            ("librephotos runs on {} in the club's cupboard", rng.choice([v4, v6])),
            ("the photoview box for the client galleries is on {}", v4),
            ("my home nas with the scans has {} now", rng.choice([v4, v6])),
            ("BACKEND_HOST={}", v4),
            ("PHOTOVIEW_LISTEN_IP={}", v4),
            ('      "host": "{}",', v4),
            ("$conf['mysql_host'] = '{}';", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-06-02 21:14:09 WARN pigallery2: failed login for 'jury' from {}", v4),
            ("[photoview] 2025-06-03T08:12:44Z ERROR scanner: could not reach database at {}", v4),
            ("$ rsync -av raw/ wedding@{}:/volume1/clients/", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Helgoland', 'Lummenfelsen', 'Duene'])}{rng.choice(['27498!', '#4725', '_Basstoelpel'])}",
                f"{rng.choice(['Edmundston', 'Brayon', 'Madawaska'])}{rng.choice(['_E3V', '#1949', '!04756'])}",
                f"{rng.choice(['Yazd', 'Atashkadeh', 'ChakChak'])}{rng.choice(['89158', '#035', '!1404'])}",
                f"{rng.choice(['Erhai', 'Xizhou', 'Shaxi'])}{rng.choice(['671000', '#0872', '!86'])}",
                rng.choice(["darkroom", "filmlab", "negatives", "shutter", "portrait"]).translate(leet) + rng.choice(["", "!", "_86"]),
                f"Roll{rng.randint(1, 60)}-Frame{rng.randint(1, 36)}",
                f"{rng.choice(['Portra400', 'HP5plus', 'Tri-X', 'Ektar100'])}-{rng.randint(2019, 2026)}",
                f"{rng.choice(['fixer', 'stopbath', 'enlarger', 'loupe'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        quote_safe = re.sub(r"['\"\\]", "", pw)
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the client gallery password is on the back of the model release, {}", pw),
            ("i wrote the lab portal login on the film canister label, {}", pw),
            ("the darkroom pc password is in the chemical log under the fixer dates, {}", pw),
            ("the drone app login is on a sticker on battery 3, {}", pw),
            ("the card reader laptop password is on the sd card sleeve, {}", pw),
            ("somebody taped the club wifi under the enlarger baseboard, {}", pw),
            ("the stock account password is in the margin of the contact sheet, {}", pw),
            ("the contest upload password was on the entry envelope, {}", pw),
            ("the couple's gallery code is on the invitation card, {}", pw),
            ("the scanner software login is on the tape on the lens cap, {}", pw),
            ("the darkroom door code is {}, lock it after you", d(4)),
            ("the studio alarm code is {}, the bride's mum has it too", d(4)),
            ("ok the librephotos admin password is {}, upload the club night tonight", pw),
            ("my shutterstock api secret is {}, use it for the batch upload", tok(32, alnum)),
            ("the drone registration portal password is {}, renew before june", pw),
            # cues in ways no earlier set used
            ("das Passwort ist {}, sag es keinem", pw),
            ("le mot de passe c'est {}, le dis à personne", pw),
            ("ramzesh ine {}, be kasi nagoo", pw),
            ("密码是 {}，别告诉别人", pw),
            # commands
            ("$ mysql -u zenphoto -p{} zenphoto", colonless),
            ("$ docker exec photoview-db mariadb -u photoview -p{} photoview", colonless),
            ("$ curl -u jury:{} http://localhost:80/pgapi/gallery/", colonless),
            # pastes
            ("userPass={}", pw),
            ("dbPass={}", pw),
            ("shhhhKey={}", tok(50, alnum)),
            ("MARIADB_PASSWORD={}", pw),
            ("MARIADB_ROOT_PASSWORD={}", pw),
            ("PHOTOVIEW_DATABASE_URL=photoview:{}@tcp(photoview-db)/photoview", colonless),
            ('      "password": "{}",', quote_safe),
            ("$conf['mysql_pass'] = '{}';", quote_safe),
            ('  "sessionSecret": ["{}"],', tok(40, hexl)),
            ("mapApiKey={}", "pk." + tok(60, alnum)),
            ("AWS_SECRET_ACCESS_KEY={}", tok(40, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.darkroom', 'x_35mm', 'f8.x', 'shotby.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.darkroom",
                f"{last}_35mm",
                f"f8.{first}",
                f"{first}-erhai",
                f"shotby.{last}",
                f"{last}.filmlab",
                f"halunder_{first}{rng.randint(1, 99)}",
                f"brayon.{first}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format; a youth category's
        entrant now and then."""
        if self.rng.random() < 0.2:
            dt = self.f().date_of_birth(minimum_age=8, maximum_age=17)
        else:
            dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        jy, jm, jd = _jalali(year, m, day)
        fa = f"{jy}/{jm:02d}/{jd:02d}"
        return {
            "de": f"{day}. {DE_MONTHS_HELDOUT86[m - 1]} {year}",
            "def": f"{day:02d}.{m:02d}.{year}",
            "fr": f"{day} {FR_MONTHS_HELDOUT86[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
            "us2": f"{m}/{day}/{year % 100:02d}",
            "fa": fa,
            "fad": fa.translate(PERSIAN_DIGITS_HELDOUT86),
            "zh": "".join(ZH_DIGITS_HELDOUT86[int(c)] for c in str(year))
            + f"年{_zh_number(m)}月{_zh_number(day)}日",
            "zhd": f"{year}.{m}.{day}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["de", "def", "fr", "iso", "us2", "fa", "fad", "zh", "zhd"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("ich bin am {} geboren, das will die Drohnenregistrierung wissen", s["de"]),
            ("the lummenfelsen permit wants my date of birth, {}", s["de"]),
            ("je suis né le {}, c'est pour le formulaire du concours photo", s["fr"]),
            ("my kid's entry for the youth category needs her birthday, {}", s["fr"]),
            ("the maine drone form wants it like this, born {}", s["us2"]),
            ("tarikh-e tavallodam {} hast, baraye gharardad-e akasi mikhan", s["fa"]),
            ("the bride's birth date on the yazd contract is {}", s["fad"]),
            ("我出生于{}，婚纱照合同要填", s["zh"]),
            ("the model release asks for the model's dob, {}", any_shape),
            ("the stock agency wants my date of birth for the contributor account, {}", any_shape),
            ("the club membership form asks for my birthday lol, {}", any_shape),
            ("Geburtsdatum: {}", s["def"]),
            ("Date de naissance (AAAA-MM-JJ) : {}", s["iso"]),
            ("DOB: {}", s["us2"]),
            ("تاریخ تولد: {}", s["fad"]),
            ("出生日期: {}", s["zhd"]),
            ('  "model_birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT86_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} has the darkroom booked all weekend again",
        "can you ask {} if our rolls are back from the lab",
        "{} signed the model release for the harbour shoot",
        "{} won the club's monthly contest with the gannet picture",
        "{} is flying the drone over the dune on tuesday, permit permitting",
        "{} still hasn't picked the photos from their wedding gallery",
        "{} mixed the fixer too strong, everything's yellow",
        "{} runs the camera club's night on thursday",
        "{} shot the wedding at the fire temple last spring",
        "{} sold forty stock photos this month haha",
        "{} borrowed the 85mm and never brought it back",
        "i'm meeting {} at the lab at 10 to pick up the negatives",
        "{} is the model for the portrait session on sunday",
        "{} judged the photo competition this year",
        "{} scanned all of grandpa's slides for the family",
        "{} forgot to put the lens cap back on the enlarger",
        "{} does the retouching and {} does the album",
        "{} paid the deposit for the wedding, the rest is due in may",
        "{} lost the permit for the lake flight, we applied again",
        "{} teaches the beginners' film course in the back room",
        "tell {} the lab closes early on saturday",
        "{} is bringing the backdrop and the lights tomorrow",
        "{} fell asleep in the darkroom under the safelight lol",
        "{} knows every seal on the beach by name",
        "yes {} is the bride, the groom is from kerman",
        "{} asked if the contact sheets are ready",
        "Kapt. {} takes the club over to the dune at 9",
        "pépère {} still shoots on his old rangefinder",
        "mémère {} gave the club her box of glass plates",
        "Mobed {} agreed to be photographed at the ceremony",
        "{} khanom wants the album in a leather cover",
        "ask {} shifu if the prints are dry",
        "the film course is taught by {} laoshi",
        "Model: {}",
        "Modell: {}",
        "Mannequin : {}",
        "Model (name in full): {}",
        "Photo: {}",
        "Foto: {}",
        "Crédit photo : {}",
        "摄影: {}",
        "Entrant: {}",
        "Teilnehmer: {}",
        "Participant·e : {}",
        "Bride: {}",
        "Groom: {}",
        "عروس: {}",
        "داماد: {}",
        "新娘: {}",
        "新郎: {}",
        "Remote pilot: {}",
        "Fernpilot: {}",
        "Télépilote : {}",
        "Booked by: {}",
        "Enlarger 2: {}",
        "Customer: {}",
        "Kunde: {}",
        "Contributor: {}",
        "Releasor: {}",
        "Rechnungsempfänger: {}",
        "Facturer à : {}",
        "صورتحساب به نام: {}",
        "Invoice to: {}",
        "| Sat 14:00 | Darkroom B | {} | paid |",
        '"model_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the lab is at {}, ring the bell twice",
        "my new address is {}, send the prints there",
        "the wedding is at {}, the reception too",
        "the camera club meets at {}",
        "mail the negatives back to {} please",
        "the portrait session is at her place, {}",
        "the contest prizes go out from {}",
        "Adresse: {}",
        "Anschrift: {}",
        "آدرس: {}",
        "地址: {}",
        "Ship prints to: {}",
        '"client_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the gallery link to {}",
        "the lab's scan notices come from {}",
        "email the club at {} about the exhibition",
        "the contest results came from {}",
        "E-Mail des Teilnehmers: {}",
        '"email": "{}",',
        "adminEmail={}",
        "PHOTOVIEW_ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the lab's number is {}, they pick up after 9",
        "call the photographer on {} if the bus is late",
        "the club secretary's mobile is {}",
        "ring the studio on {} to move the shoot",
        "the bride's number is {}, she prefers texts",
        "Tel.: {}",
        "تلفن: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the lab order with {}",
        "the contest entry fee went on {}",
        "the wedding deposit went on {}",
        "put the stock subscription on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the club fee into {}",
        "the studio wants the rest of the wedding fee to {}",
        "send the print money to {}",
        "the refund for the lost roll goes to {}",
        "IBAN: {}",
        "Kontoverbindung (IBAN): {}",
    ],
    "USERNAME": [
        "my pixieset login is {}",
        "on shootproof the galleries are under {}",
        "the smugmug account is {}",
        "my zenfolio user is {}",
        "on shutterstock i upload as {}",
        "the adobe stock contributor is {}",
        "my alamy name is {}",
        "on istock the portfolio is by {}",
        "the dreamstime account is {}",
        "on pond5 the drone clips are under {}",
        "my pexels profile is {}",
        "on tuchong the erhai photos are by {}",
        "my xiaohongshu is {}",
        "on lofter the film scans are under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT86_MIXED = [
    ("Model: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Entrant: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("dbPass={}\nBACKEND_HOST={}", ["SECRET", "IP_ADDRESS"]),
    ("$ curl -u {}:{} http://{}:2342/api/v1/albums", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the client galleries, it's {}", ["PERSON", "SECRET"]),
    ("Remote pilot: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my shutterstock login is {}, pay the print money to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the wedding album came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the lab order with {}", ["PERSON", "CREDIT_CARD"]),
    ("Kapt. {} takes the drone bookings on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Bride: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Invoice to: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT86_NEGATIVES = [
    "Heligoland is Germany's only island out in the open sea",
    "the Lummenfelsen is where the guillemots and gannets nest",
    "the ferry from Cuxhaven to Heligoland takes about two hours",
    "drones are not allowed over the Düne's seal beach",
    "27498 is the Heligoland postcode",
    "geb. before a name means the family a woman was born into",
    "Kapt. is short for Kapitän",
    "Studio Payens is a photo studio, not a person",
    "Rickmers Prize is the island contest's prize, not a person",
    "Edmundston is across the river from Madawaska, Maine",
    "the Foire brayonne is held every summer in Edmundston",
    "pépère and mémère mean grandpa and grandma in the valley",
    "Photo Cyr is the name of the old lab on the main street",
    "E3V is the start of an Edmundston postcode",
    "04756 is the Madawaska, Maine ZIP code",
    "Yazd has one of the oldest fire temples in Iran",
    "Chak Chak is a pilgrimage site in the desert near Ardakan",
    "a mobed is a Zoroastrian priest and khanom means madam",
    "Jamshidi Atelier is a studio, not a person",
    "the year 1404 in the Iranian calendar began in March 2025",
    "Nowruz falls on the spring equinox",
    "Erhai is a lake next to Dali's old town",
    "Xizhou is a Bai village north of Dali",
    "shifu means master and laoshi means teacher",
    "Duan Wedding Photo is a studio on the lake shore, not a person",
    "671000 is a Dali postcode",
    "roll 12, frame 36 is the best one",
    "lab order 58213 is ready for pick up",
    "entry number 2025-0417 is in the landscape category",
    "drone permit DP-2025-114 is valid until September",
    "model release MR-0093 covers the harbour shoot",
    "the lens is an 85mm f/1.8, serial on the box",
    "shoot at 1/250 at f/8 and ISO 400",
    "expose for the shadows, develop for the highlights",
    "HP5 Plus pushed to 1600 looks great",
    "Portra 400 costs 18 euros a roll now",
    "develop in D-76 for 9 minutes at 20 degrees",
    "the stop bath is one minute, the fixer five",
    "the enlarger timer is set to 12 seconds",
    "the darkroom is open from 18:00 to 22:00",
    "the lab closes at 17:30 on Fridays",
    "a 36 exposure roll is 12 dollars to develop",
    "prints are 40 cents each, 30 by 40 is 9 euros",
    "the contest entry fee is 10 euros per image",
    "the wedding package is 1800 dollars",
    "the exhibition opens on 2025-06-14 at 19:00",
    "the club was founded in 1962",
    "the photos date from 1958 to 1971",
    "the contest closes on 31/08/2025",
    "LibrePhotos 2024w50 fixed the face clustering",
    "Photoview 2.4 added video thumbnails",
    "PiGallery2 2.0 changed the config file",
    "Zenphoto 1.6 needs PHP 8",
    "fixed in commit 8d3f2a1, see the changelog",
    "userPass=",
    "dbPass=changeme",
    "MARIADB_PASSWORD=your-password-here",
    "$conf['mysql_pass'] = '';",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "6011 1111 1111 1117 is the Discover test number",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "AT61 1904 3002 3457 3201 is the example IBAN in the docs",
    "write to client@example.com on the release",
    "192.0.2.86 is a documentation address",
    "203.0.113.86 is a documentation address",
    "2001:db8:86::1 is a documentation address",
    "call 112 for emergencies in Germany",
    "in Canada and the US you call 911",
    "in Iran the ambulance number is 115",
    "are the negatives dry yet",
    "the safelight is on, don't open the door",
    "ok the scanner works again",
    "yes the lab is still open",
    "NO FLASH DURING THE CEREMONY",
    "moin, the boat to the dune leaves at 10",
    "bonjour, les photos sont prêtes",
    "salam, the album is ready",
    "ni hao, the studio is free now",
    "so tired after that 12 hour wedding",
    "who left the fixer bottle open",
    "five stars, the couple loved the black and white ones",
]  # fmt: skip


def _typo86(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as a photographer types between shoots, a
    photography word's well-known misspelling ('lens' -> 'lense', 'aperture' -> 'apperture', 'portrait' ->
    'portait', 'camera' -> 'camra', 'negatives' -> 'negitives'), or photographers' slang creeping into chat
    ('photographer' -> 'tog', 'negatives' -> 'negs', 'pictures' -> 'pics', 'exposure' -> 'exp', 'please' ->
    'pls'). Only in sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT86.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT86[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT86.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT86[m.group(1)] + template[m.end() :]


def build_heldout86(seed: int = HELDOUT86_SEED) -> list[Example]:
    """Held-out set 86: `Gen86` values in `HELDOUT86_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen86(seed)
    return assemble_module_set(
        gen, HELDOUT86_TEMPLATES, HELDOUT86_MIXED, HELDOUT86_NEGATIVES, _typo86, person=gen.person_for
    )
