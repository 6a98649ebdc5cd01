"""Held-out PII set 54 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout54": written before round 37 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT54 is empty, as for
held-out 16 to 52; written at the same time as held-out 53, the two authors split the world between them: 54
takes money between people (savings circles: the Guyanese box hand, the Saint Lucian sou-sou, the Fuzhounese
hui, the Korean kye and the Mexican tanda; remittances between relatives, splitting bills and rent among
flatmates, lending to friends and family, crowdfunding for a neighbour, church collections and harvest
festivals, wedding gift money and red envelopes, a club treasurer's ledger), 53 takes collectors and
tinkerers); hand-written lists of Indo-Guyanese of South Richmond Hill and Ozone Park, Queens, and of Berbice
(box hands, barrels and money sent home: Guyanese spellings of Hindu given names, family names made from a
forefather's given name and the nickname in quotes or alone: 'Deonarine Persaud', 'Parbattie Seepersaud',
'Sasenarine "Boyo" Doobay', 'Dolly'), Saint Lucians of Castries, Vieux Fort and Gros Islet (sou-sou hands,
the church's harvest and the remittances from London: the abbreviated 'Jn' and 'St.' of the family names,
and the Kwéyòl 'Nennenn' (godmother) or 'Parenn' (godfather) before a given name: 'Kervin Jn Baptiste',
'Petrona St. Rose', 'Nennenn Euphemia'), Fuzhounese of Manhattan's East Broadway and Brooklyn's Eighth Avenue
from Changle and Lianjiang (the bidding hui and its head, the debts to the snakehead paid off by the family,
red envelopes at the banquet: the family name first, an English given name before the family name, the
French-card style 'ZHENG Meiling', and the name in Chinese characters in a hui's book: 'Dong Mingfa', 'Amy
Zheng', '郑美玲'), Korean-Brazilians of São Paulo's Bom Retiro (the kye among the garment wholesalers of
Rua José Paulino: a Portuguese given name before a Korean one, the Korean given name with its hyphen and
'sajangnim' or 'samonim' after the family name: 'Priscila Soo-jin Park', 'Kim Jae-won', 'Lee samonim') and
Poblanos of Brooklyn's Sunset Park from the Mixteca Poblana (Tulcingo, Piaxtla, Chinantla: tandas and money
for the patron saint's fiesta: old saints' given names, Nahuatl family names of Puebla, both family names, the
nickname and 'comadre' before a woman's given name: 'Eleuterio Toxqui Solano', 'Chencho', 'comadre
Hermelinda'); a ledger's 'Surname, Given' for every origin, the title always outside the span; a savings
circle's ('Treasurer:', 'Member 7:', 'Hand 4 →', 'Payout (week 3):', 'Hui head:', 'Box hand owner:'), a
ledger's 'paid by' column and a pay-out rota, a remittance's ('Sender:', 'Beneficiary:'), a loan's
('Borrower:', 'Lender:', 'Guarantor:'), a church's ('Counted by (usher):', 'Envelope no. 112 —'), a
flat's ('Tenant 2:', 'Flatmate:') and a wedding's ('Gift from:') fields; over three quarters of the
sentences typed to the bot or a friend: who has the hand this month, who paid late, bidding for the pot,
barrels and remittance fees, rent and utilities split four ways, the neighbour's fundraiser, the harvest
festival and the second collection, red envelopes and the gift book, IOUs and paying back; self-hosted apps'
config no earlier set pasted: I Hate Money's ihatemoney.cfg for a flat's shared bills, Kresus's config.ini for
a family's remittance budget, Spliit's .env for a savings circle, SolidInvoice's .env for a club treasurer's
dues and a Beancount ledger's fava launch line, with Splitwise, Wise and Planning Center keys; those regions'
addresses (Queens's hyphenated house numbers on Liberty Ave and Lefferts Blvd with 114xx ZIPs, Guyana's
'Lot 24 Section B, Cumberland Village, East Canje, Berbice' and Georgetown's 'Lot 7 Lamaha Street, North
Cummingsburg', Castries' streets and Saint Lucia's quarters without a postcode, East Broadway's 'Apt 3F' and
Eighth Avenue's '2nd Fl' with 10002 and 11220, Changle in Chinese characters and romanised with its 350200,
Bom Retiro's 'Rua José Paulino, 523, loja 12 - Bom Retiro, São Paulo/SP, CEP 01120-001', Sunset Park's 5th
Ave and the Mixteca's 'Calle ..., Barrio ..., Tulcingo de Valle, Pue., C.P. 74720') and phones (Queens (718)
and 347, Guyana's +592 6 mobiles and Berbice's 333, Saint Lucia's +1 758 45 and 758-28, Chinatown (212) 925,
Chinese mobiles +86 13 and Fuzhou's 0591, São Paulo's (11) 3 landlines and +55 11 9 mobiles, Sunset Park's
(929), the Mixteca's +52 1 275); Visa, Mastercard 51-55 and 2221, Amex 34 and 37, Discover 6011, UnionPay 62 with
19 digits and Brazil's Elo 636368 as a remittance app, a fundraiser or the rent takes them; IBANs of Saint
Lucia, Brazil and the United Kingdom (every IBAN country was used by an earlier set; Guyana, the United States,
China and Mexico have none: these are the sou-sou's, the kye's and the London cousins'); IPs of the flat's
router, a remittance shop's counter terminal, the church's livestream encoder and counting-room camera, a
treasurer's NAS, a banquet hall's DJ booth, a wholesale shop's card machine and in the pastes above, v6 in
2603:7000:, 2607:fb90:, 240e:, 2804:14c: and 2806:2f0: ranges; passwords handed over in ways no earlier set
used (inside the tanda notebook's cover, on the back of a collection envelope, in the margin of the church
bulletin, on a remittance receipt, taped inside the cash box lid, in a red envelope, on a barrel's packing
list, on the rent spreadsheet's hidden tab, on the fridge whiteboard under the bills, in a wedding card),
Berbice ('BoxHand#Berbice'), Castries ('Castries_758'), Changle ('Changle@Hui88'), Bom Retiro
('BomRetiro!Kye'), Tulcingo ('Tanda$Tulcingo'), leetspeak of money words ('t4nd4!', '$0u$0u'), a hand and a
week ('hand3-week12'), and cues in Kwéyòl ('kòd wifi-a sé ..., pa di pèsonn'), Chinese ('wifi密码 ...
别告诉会头'), Korean ('와이파이 비번 ...'), Mexican Spanish ('la contra del wifi es ..., compa') and
Guyanese talk ('wifi pass is ..., nah give it to nobody from de box'); usernames on Splitwise, Tricount,
Settle Up, KakaoTalk, WeChat, PicPay, Givebutter, Tithe.ly, Church Center, Chipper Cash, Sendwave and
WorldRemit, shapes like 'x.pays.y', 'hui_x88', 'x_sousou', 'x.tanda.y', 'kye.x' and 'x-owes-nothing';
dates of birth for a remittance form, a kye's sign-up sheet, a church register, a loan guarantor's form, a
wedding licence, a money transfer app's KYC and a savings club's membership, in Chinese numerals
('一九八七年三月十四日'), Kwéyòl ('14 mas 1987'), Brazilian forms ('14/03/1987'), Mexican Spanish ('14 de marzo
de 1987'), Guyanese talk ('March 14th 1987'), a KYC export's 'dob' and a US form's '03/14/1987'; typos as a
thumb slips while the other hand counts notes: two neighbouring letters swap ('rent' -> 'rnet') or the key
to the right is hit ('hand' -> 'hanf'); negatives with the same regions' places, the titles, the name forms
and the savings circles explained, hand numbers, amounts, fees, pay-out weeks, envelope numbers, due dates,
banquet tables, brands and banks named after founders, versions, a commit, placeholder secrets, a masked PIN,
test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), and short everyday chat; no
public figure is named).

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

HELDOUT54_SEED = 8140627
# no faker name locale, as in held-out 16 to 52: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT54: list[str] = []
# money between people (held-out 53, written at the same time, takes collectors and tinkerers); each origin:
# (men's given names, women's given names, family names); ';' separates names that hold a space
NAMES_HELDOUT54: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Indo-Guyanese of South Richmond Hill and Ozone Park, Queens, and of Berbice (box hands, barrels)
    "guyanese": ("Deonarine Sasenarine Bhagwandin Khemraj Rajkumar Heeralall Latchman Sewnauth Chunilall".split(),
                 "Parbattie Rookmin Kowsilla Dhanwattie Bibi Savitri Leelawattie Sumintra Chandradai".split(),
                 "Persaud Ramdass Seepersaud Doobay Bacchus Budhram Jagnarine Sukhai Mangru Gopaul Boodhoo Ramsaroop".split()),
    # Saint Lucians of Castries, Vieux Fort and Gros Islet (sou-sou hands, the harvest, money from London)
    "lucian": ("Kervin Marcellus Kendall Urban Peterson Vernon Ignatius Cuthbert Lyndon".split(),
               "Petrona Anthea Leandra Merlin Tessa Euphemia Josiana Shermaine".split(),
               "Jn Baptiste;Jn Pierre;St. Rose;Mathurin;Alcindor;Lafeuille;Polius;Fontenelle;Charlemagne;Auguste;Faucher".split(";")),
    # Fuzhounese of East Broadway and Eighth Avenue, from Changle and Lianjiang (the hui, red envelopes)
    "fuzhou": ("Mingfa Jianhua Yongqiang Ruiming Xiaodong Qinghui Weiguo Jinbao".split(),
               "Meiling Xiuying Qinglian Xiaoyan Yuzhen Lihua Caifeng Meizhu".split(),
               "Zheng Lin Chen Dong Weng Xue Jiang Ke Gao Huang".split()),
    # Korean-Brazilians of São Paulo's Bom Retiro (the kye of the garment wholesalers)
    "bomretiro": ("Daniel Rafael Leonardo Felipe Gustavo Samuel Vinícius Min-jun Sung-ho Jae-won Dong-hyun".split(),
                  "Priscila Débora Raquel Tatiane Aline Bianca Letícia Soo-jin Ji-yeon Hye-won Eun-ji".split(),
                  "Kim Lee Park Choi Jung Kang Cho Yoon Jang Shin Hwang".split()),
    # Poblanos of Sunset Park from the Mixteca Poblana (Tulcingo, Piaxtla, Chinantla: tandas, the fiesta)
    "poblano": ("Eleuterio Crispín Rufino Anastasio Bonifacio Eusebio Melquiades Tiburcio".split(),
                "Eufemia Hermelinda Rufina Maricruz Evarista Felícitas Crescencia Guadalupe".split(),
                "Toxqui Cuautle Xochipa Tlapale Tapia Solano Barragán Medel Galicia Zamora".split()),
}  # fmt: skip
# Korean given names (hyphenated) of the Bom Retiro lists, which go after a Portuguese one
KOREAN_GIVEN_HELDOUT54 = {
    "Min-jun",
    "Sung-ho",
    "Jae-won",
    "Dong-hyun",
    "Soo-jin",
    "Ji-yeon",
    "Hye-won",
    "Eun-ji",
}
# Fuzhounese English given names: (men's, women's)
ENGLISH_HELDOUT54 = ("Jimmy Kevin Tony Eric Johnny".split(), "Amy Cindy Winnie Helen Judy".split())
# a hui's book in Chinese characters
HANZI_HELDOUT54 = "郑美玲 林秀英 陈建华 董明发 翁玉珍 薛丽华 江永强 柯彩凤 高瑞明 黄清辉".split()
# nicknames: (men's, women's)
NICKS_HELDOUT54 = {
    "guyanese": ("Boyo Sonny Tiger Bai".split(), "Dolly Baby Pinky Sweetie".split()),
    "poblano": ("Chencho Toño Chucho Beto".split(), "Lupe Chela Chabela Mari".split()),
}
# a title next to the name (outside the span): before it ('Nennenn Euphemia', 'Parenn Ignatius', 'comadre
# Hermelinda') or after the family name ('Lee samonim', 'Kim sajangnim'), with the origin and whether a woman
TITLED_HELDOUT54: dict[str, tuple[str, bool]] = {
    "nennenn": ("lucian", True),  # Kwéyòl 'godmother'
    "parenn": ("lucian", False),  # Kwéyòl 'godfather'
    "comadre": ("poblano", True),
    "sajangnim": ("bomretiro", False),  # 'boss', after the family name
    "samonim": ("bomretiro", True),  # the boss's wife
}
TITLE_SLOT_HELDOUT54 = re.compile(
    r"(?<![\w'])(nennenn|parenn|comadre) \{\}|\{\} (sajangnim|samonim)(?![\w'])", re.IGNORECASE
)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT54 = {"LC": "4a24c", "BR": "23n1a1c", "GB": "4a14n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT54 = ["boxhand", "sousou", "hui", "kye", "tanda", "rent", "bills", "harvest", "tithe",
                      "remit", "barrel", "fiesta", "treasurer", "dues", "loan", "gift"]  # fmt: skip
# slips outside the slots: a thumb typing while the other hand counts notes swaps two letters or hits the key
# to the right of the one meant
KEY_RIGHT_HELDOUT54 = {
    "a": "s",
    "d": "f",
    "e": "r",
    "i": "o",
    "n": "m",
    "o": "p",
    "r": "t",
    "s": "d",
    "t": "y",
    "u": "i",
}
WORD_HELDOUT54 = re.compile(r"(?<![\w{}'@.#$-])([a-z]{4,})(?![\w{}'@-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Jn Baptiste' -> 'jnbaptiste',
    'Soo-jin' -> 'soojin', 'Vinícius' -> 'vinicius')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen54(Gen3):
    """Generators for held-out set 54: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT54."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT54))
        men, women, lasts = NAMES_HELDOUT54[origin]
        if woman is None:  # treasurers, hands and senders: a little more often women
            woman = rng.random() < 0.6
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT54[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "guyanese" and r < 0.25:  # the nickname in quotes between the names
            return f'{first} "{rng.choice(NICKS_HELDOUT54["guyanese"][woman])}" {last}'
        if origin == "fuzhou":
            if r < 0.35:  # the family name first
                return f"{last} {first}"
            if r < 0.6:  # an English given name
                return f"{rng.choice(ENGLISH_HELDOUT54[woman])} {last}"
            if r < 0.72:
                return rng.choice(HANZI_HELDOUT54)
            if r < 0.82:
                return f"{last.upper()} {first}"
        if origin == "bomretiro":
            korean = [x for x in NAMES_HELDOUT54[origin][woman] if x in KOREAN_GIVEN_HELDOUT54]
            if first in KOREAN_GIVEN_HELDOUT54 and r < 0.5:  # Korean order
                return f"{last} {first}"
            if first not in KOREAN_GIVEN_HELDOUT54 and r < 0.45:  # Portuguese given, then Korean given
                return f"{first} {rng.choice(korean)} {last}"
        if origin == "poblano" and r < 0.45:  # both family names
            return f"{first} {last} {other}"
        if r > 0.88:  # a ledger's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.84:
            name = first
            if origin in NICKS_HELDOUT54 and rng.random() < 0.45:  # the nickname alone
                name = rng.choice(NICKS_HELDOUT54[origin][woman])
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Nennenn Euphemia', 'comadre Hermelinda', 'Lee samonim'),
        from the origin that uses it: the family name after the Korean titles, the given name otherwise."""
        key = title.lower()
        origin, woman = TITLED_HELDOUT54[key]
        men, women, lasts = NAMES_HELDOUT54[origin]
        if key in ("sajangnim", "samonim"):
            return self.rng.choice(lasts)
        return self.rng.choice([x for x in (women if woman else men) if x not in KOREAN_GIVEN_HELDOUT54])

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT54.search(template)
        return self.titled_person(m.group(1) or m.group(2)) if m else self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        shapes = [
            f"{rng.randint(101, 133)}-{rng.randint(10, 60)} Liberty Ave, South Richmond Hill, NY 11419",
            f"{rng.randint(101, 117)}-{rng.randint(10, 40)} Lefferts Blvd, Apt {rng.randint(1, 6)}{pick('ABCD')}, South Richmond Hill, NY 11419",
            f"{rng.randint(92, 99)}-{rng.randint(10, 50)} Rockaway Blvd, Ozone Park, NY 11416",
            f"Lot {rng.randint(1, 90)} Section {pick('ABCD')}, {pick(['Cumberland Village, East Canje', 'Albion Front, Corentyne', 'Rose Hall Town, Corentyne'])}, Berbice",
            f"Lot {rng.randint(1, 120)} {pick(['Lamaha Street', 'Camp Street', 'Robb Street'])}, {pick(['North Cummingsburg', 'Bourda', 'Lacytown'])}, Georgetown",
            f"{rng.randint(1, 80)} {pick(['Jeremie Street', 'Chaussee Road', 'Micoud Street'])}, Castries, Saint Lucia",
            f"{pick(['Bois Patat', 'La Clery', 'Morne Du Don', 'Entrepot'])}, Castries, Saint Lucia",
            f"{pick(['Beanfield', 'La Tourney', 'Pointe Sable'])}, Vieux Fort, Saint Lucia",
            f"{pick(['Monchy', 'Bonne Terre', 'Massade'])}, Gros Islet, Saint Lucia",
            f"{rng.randint(2, 99)} East Broadway, Apt {rng.randint(2, 6)}{pick('ABCF')}, New York, NY 10002",
            f"{rng.randint(5000, 6999)} 8th Ave, 2nd Fl, Brooklyn, NY 11220",
            f"福建省福州市长乐区{pick(['航城街道洋屿村', '营前街道', '金峰镇'])}{rng.randint(1, 99)}号",
            f"No. {rng.randint(1, 99)}, {pick(['Yangyu Village, Hangcheng Subdistrict', 'Yingqian Subdistrict', 'Jinfeng Town'])}, Changle District, Fuzhou, Fujian 350200",
            f"Rua José Paulino, {rng.randint(100, 900)}, loja {rng.randint(1, 40)} - Bom Retiro, São Paulo/SP, CEP 01120-00{rng.randint(1, 9)}",
            f"R. {pick(['Prates', 'Três Rios', 'Aimorés', 'Ribeiro de Lima'])}, {rng.randint(20, 999)} - apto {rng.randint(11, 94)} - Bom Retiro, São Paulo - SP, 0112{rng.randint(0, 9)}-000",
            f"{rng.randint(4100, 5999)} 5th Ave, Apt {rng.randint(1, 4)}R, Brooklyn, NY 11220",
            f"Calle {pick(['Reforma', 'Hidalgo', '5 de Mayo'])} No. {rng.randint(1, 80)}, Barrio {pick(['de San Miguel', 'de Guadalupe', 'del Calvario'])}, {pick(['Tulcingo de Valle', 'Piaxtla', 'Chinantla'])}, Pue., C.P. 74{rng.randint(600, 799)}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT54)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1958, 2004)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "verizon.net",
                             "optonline.net", "guyana.net.gy", "candw.lc", "163.com", "qq.com", "naver.com",
                             "terra.com.br", "uol.com.br", "hotmail.com.mx", "prodigy.net.mx"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(718) 8{rng.choice('0458')}{d(1)}-{d(4)}",  # Richmond Hill and Ozone Park
            f"347-{d(3)}-{d(4)}",
            f"+592 6{d(2)} {d(4)}",  # Guyanese mobile
            f"333-{d(4)}",  # Berbice landline, dialled inside Guyana
            f"+1 758 45{d(1)} {d(4)}",  # Saint Lucia landline
            f"758-28{d(1)}-{d(4)}",  # Saint Lucian mobile
            f"(212) 925-{d(4)}",  # Chinatown
            f"+86 13{d(1)} {d(4)} {d(4)}",  # Chinese mobile
            f"0591-8{d(3)} {d(4)}",  # Fuzhou landline
            f"(11) 3{d(3)}-{d(4)}",  # São Paulo landline
            f"+55 11 9{d(4)}-{d(4)}",
            f"(929) {d(3)}-{d(4)}",  # Sunset Park
            f"+52 1 275 {d(3)} {d(4)}",  # the Mixteca Poblana
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15),
                                     ("37", 15), ("6011", 16), ("62", 19), ("636368", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 19:  # UnionPay's 19 digits: four fours and a three
            groups = [num[i : i + 4] for i in range(0, 16, 4)] + [num[16:]]
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT54))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT54[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the flat, the remittance shop, the church, the treasurer, the banquet
        hall, the wholesale shop, and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2603:7000:{h()}:{h()}::{h()}", f"2607:fb90:{h()}:{h()}::{h()}", f"240e:{h()}:{h()}::{h()}",
                         f"2804:14c:{h()}:{h()}::{h()}", f"2806:2f0:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the flat's router is {}, whoever pays the internet this month can log in", v4),
            ("the remittance counter terminal at the shop on liberty ave is {}", v4),
            ("the church livestream encoder sits on {}, the harvest mass froze again", rng.choice([v4, v6])),
            ("the counting room camera is {}, the council wants the footage from sunday", v4),
            ("i put the treasurer's nas on {} so the ledger backs up every night", v4),
            ("the banquet hall's dj booth is {}, the red envelope slideshow plays from it", v4),
            ("the card machine at the shop on josé paulino is {}, it keeps dropping", v4),
            ("my cousin's laptop in castries is {}, i'm helping him set up the sou-sou sheet", rng.choice([v4, v6])),
            ("the fiesta committee's printer is {}, the raffle tickets are stuck", v4),
            ("the hui book is on the pi at {} now, don't unplug it", v4),
            ("the mandir's donation kiosk is {}, it stopped taking cards", v4),
            ("set the flat's smart meter to {} so we can split the electric properly", v4),
            ("SQLALCHEMY_DATABASE_URI = 'postgresql://ihatemoney@{}/ihatemoney'", v4),
            ("host={}", v4),
            ("POSTGRES_URL_NON_POOLING=postgresql://spliit@{}:5432/spliit", v4),
            ("SOLIDINVOICE_DATABASE_HOST={}", v4),
            ("  bind: {}", v6),
            ("$ fava --host {} club-ledger.beancount", v4),
            ("2025-04-06T09:12:44.311Z kresus:db error connect ECONNREFUSED {}:5432", v4),
            ("[2025-04-06 09:12:44,311] ERROR in app: could not reach the smtp relay at {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"BoxHand#{rng.choice(['Berbice', 'Canje', 'Albion'])}",
                f"Castries_{rng.choice(['758', 'Sousou', 'Harvest'])}",
                f"Changle@{rng.choice(['Hui88', '350200', 'Lianjiang'])}",
                f"BomRetiro!{rng.choice(['Kye', 'Paulino', '2024'])}",
                f"Tanda${rng.choice(['Tulcingo', 'Piaxtla', 'SunsetPk'])}",
                rng.choice(["tanda", "sousou", "barrel", "harvest", "tithe"]).translate(leet) + rng.choice(["", "!", "_54"]),
                f"hand{rng.randint(1, 12)}-week{rng.randint(1, 52)}",
                f"{rng.choice(['Liberty', 'Lamaha', 'Vieuxfort', 'Broadway', 'Prates'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Rent', 'Pot', 'Dues', 'Hui', 'Kye'])}{rng.randint(1, 99)}",
                f"{rng.choice(['envelope', 'pot', 'ledger'])}-{w()}-{rng.randint(1, 999)}",
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
        options = [
            # passwords handed over in ways no earlier set used
            ("the sheet password is inside the tanda notebook's cover, {}", pw),
            ("wrote the wifi on the back of a collection envelope for you, {}", pw),
            ("the parish office login is in the margin of the bulletin, {}", pw),
            ("the remittance receipt has my app password scribbled on it, {}", pw),
            ("the cash box lid has the code taped inside, {}", d(4)),
            ("grandma put the wifi in the red envelope with the money lol, {}", pw),
            ("the barrel packing list has the tablet password at the bottom, {}", pw),
            ("the rent spreadsheet has a hidden tab, the password is {}", pw),
            ("the fridge whiteboard under the bills says the wifi is {}", pw),
            ("she wrote the gift registry login in the wedding card, {}", pw),
            ("the safe in the church office opens with {}", d(6)),
            ("my sendwave pin is {}, send the money to mum if i'm stuck at work", d(4)),
            ("i changed the flat's ihatemoney password to {}", pw),
            ("the club's bank card pin is {}, only the treasurer uses it", d(4)),
            ("my splitwise password is {}, settle up with the lads for me", pw),
            ("the kakao group for the kye has the sheet password pinned, {}", pw),
            # cues in ways no earlier set used
            ("kòd wifi-a sé {}, pa di pèsonn", pw),
            ("wifi密码 {} 别告诉会头", pw),
            ("와이파이 비번 {} 이에요", pw),
            ("la contra del wifi es {}, compa", pw),
            ("wifi pass is {}, nah give it to nobody from de box", pw),
            # commands
            ("$ docker run -e SECRET_KEY={} ihatemoney/ihatemoney", tok(40, alnum)),
            ("$ mysql -u solidinvoice -p{} solidinvoice", pw),
            ("$ curl -H 'Authorization: Bearer {}' https://secure.splitwise.com/api/v3.0/get_groups", tok(40, alnum)),
            ("$ curl -u {}:x https://api.planningcenteronline.com/giving/v2/donations", tok(64, hexl)),
            # pastes
            ("SECRET_KEY = '{}'", tok(48, alnum)),
            ("ADMIN_PASSWORD = '{}'", pw),
            ("MAIL_PASSWORD = '{}'", pw),
            ("SQLALCHEMY_DATABASE_URI = 'postgresql://ihatemoney:{}@localhost/ihatemoney'", url_pw),
            ("password={}", pw),
            ("salt={}", tok(32, alnum)),
            ("POSTGRES_PASSWORD={}", pw),
            ("POSTGRES_PRISMA_URL=postgresql://spliit:{}@db:5432/spliit", url_pw),
            ("S3_UPLOAD_SECRET={}", tok(40, b64)),
            ("SOLIDINVOICE_DATABASE_PASSWORD={}", pw),
            ("SOLIDINVOICE_APP_SECRET={}", tok(32, hexl)),
            ("SPLITWISE_API_KEY={}", tok(40, alnum)),
            ("WISE_API_TOKEN={}", f"{tok(8, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"),
            ("  planning_center_secret: {}", tok(64, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.pays.y', 'hui_x88', 'x_sousou')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.pays.{last}",
                f"hui_{first}{rng.randint(10, 99)}",
                f"{first}_sousou",
                f"{first}.tanda.{last[:3]}",
                f"kye.{first}{last[:1]}",
                f"{first}-owes-nothing",
                f"{last}{first[:1]}_box{rng.randint(1, 12)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "zh": f"{_zh_digits(str(year))}年{_zh_number(m)}月{_zh_number(day)}日",  # Chinese numerals
            "kw": f"{day} {KW_MONTHS_HELDOUT54[m - 1]} {year}",  # Kwéyòl
            "br": f"{day:02d}/{m:02d}/{year}",
            "mx": f"{day} de {ES_MONTHS_HELDOUT54[m - 1]} de {year}",
            "gy": f"{EN_MONTHS_HELDOUT54[m - 1]} {day}{_ordinal(day)} {year}",  # Guyanese talk
            "us": f"{m:02d}/{day:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["us", "br", "gy", "mx", "kw", "zh", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the remittance form wants mum's date of birth, it's {}", any_shape),
            ("for the kye sign-up sheet they asked my birthday, {}", s["br"]),
            ("the church register has my birth date as {}, it's wrong", any_shape),
            ("the guarantor form needs your dob, i put {}", any_shape),
            ("for the wedding licence his date of birth is {}", s["us"]),
            ("the transfer app's id check says i was born {}, that's right", any_shape),
            ("the savings club membership card has my birthday as {}", s["gy"]),
            ("出生日期：{}", s["zh"]),
            ("mwen fèt {}", s["kw"]),
            ("nací el {}", s["mx"]),
            ("data de nascimento {}", s["br"]),
            ("Date of Birth (MM/DD/YYYY): {}", s["us"]),
            ("Beneficiary DOB: {}", s["gy"]),
            ('  "dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


ZH_DIGITS_HELDOUT54 = "〇一二三四五六七八九"
KW_MONTHS_HELDOUT54 = "janvyé févwiyé mas avwi mé jen jiyè out sèptanm oktòb novanm désanm".split()
ES_MONTHS_HELDOUT54 = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                       "diciembre").split()  # fmt: skip
EN_MONTHS_HELDOUT54 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip


def _zh_digits(digits: str) -> str:
    """A year digit by digit in Chinese numerals ('1987' -> '一九八七')."""
    return "".join(ZH_DIGITS_HELDOUT54[int(c)] for c in digits)


def _zh_number(n: int) -> str:
    """A month or a day in Chinese numerals (3 -> '三', 14 -> '十四', 20 -> '二十', 31 -> '三十一')."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else ZH_DIGITS_HELDOUT54[tens] + "十")
    return head + (ZH_DIGITS_HELDOUT54[ones] if ones else "")


def _ordinal(day: int) -> str:
    """The English ordinal suffix of a day (1 -> 'st', 12 -> 'th', 22 -> 'nd')."""
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


HELDOUT54_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} has the box hand this month, gets the full 2000",
        "remind me {} still owes me 150 from the barrel",
        "{} paid the sou-sou late again, third time",
        "can you find the text from {} about the rent split",
        "{} won the bid for the hui pot, paid 80 in interest",
        "{} is collecting the tanda money on friday after work",
        "tell {} i sent the money through sendwave, fees were 4",
        "{} lent me 300 for the deposit, pay it back by june",
        "{} set up the gofund thing for the neighbour's fire",
        "{} is counting the harvest collection with the usher",
        "{} gave 200 in the red envelope, write it in the book",
        "i owe {} for the electric, they covered it last month",
        "{} moved out so we split the rent three ways now",
        "{} is the new treasurer of the cricket club",
        "ask {} if the kye meets at the shop or the restaurant",
        "{} never paid back the money for the car, i'm done",
        "{} is organising the fiesta collection for the saint",
        "{} sent 500 home to berbice for the family",
        "{} guaranteed the loan, so call them if i can't pay",
        "{} put the wifi bill on a card, we pay it back friday",
        "Nennenn {} is sending money for my confirmation",
        "parenn {} gave me 100 for my birthday",
        "comadre {} takes the first number of the tanda",
        "{} sajangnim runs the kye at the shop on josé paulino",
        "{} samonim keeps the kye book",
        "Treasurer: {}",
        "Member 7: {}",
        "Hand 4 → {}",
        "Payout (week 3): {}",
        "Hui head: {}",
        "Box hand owner: {}",
        "Sender: {}",
        "Beneficiary: {}",
        "Borrower: {}",
        "Lender: {}",
        "Guarantor: {}",
        "Counted by (usher): {}",
        "Envelope no. 112 — {}",
        "Tenant 2: {}",
        "Flatmate: {}",
        "Gift from: {}",
        "| 2025-03-02 | 200.00 | paid by {} |",
        '"paid_by": "{}",',
        "wk 6 | $500 | {}",
    ],
    "STREET_ADDRESS": [
        "send the barrel to {}",
        "the box hand meets at {} on the first sunday",
        "ship the wedding gifts to {}",
        "my cousin's place is {}, the money goes there",
        "the kye dinner is at {}",
        "the tanda lady lives at {}, drop the cash there",
        "our new flat is {}, update the bills",
        "Address: {}",
        "Endereço: {}",
        "Dirección: {}",
        '"beneficiary_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the ledger to {}",
        "the splitwise invites come from {}",
        "email the rent breakdown to {}",
        "the fundraiser receipts went to {}",
        "Email (treasurer): {}",
        '"email": "{}",',
        "MAIL_DEFAULT_SENDER = '{}'",
        "admin_email: {}",
    ],
    "PHONE_NUMBER": [
        "the box hand lady's number is {}",
        "text my cousin in castries on {} when the money lands",
        "the hui head's phone is {}",
        "call the remittance shop on {} about the hold",
        "the treasurer's whatsapp is {}",
        "Cell: {}",
        "Tel. (beneficiary): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the fundraiser with {}",
        "the rent deposit went on {}",
        "sendwave takes the money from {}",
        "put the banquet deposit on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the sou-sou hand to {}",
        "my cousin in london's account is {}",
        "pay the kye into {}",
        "refund the wedding hall deposit to {}",
        "IBAN (beneficiary): {}",
        "IBAN for the dues: {}",
    ],
    "USERNAME": [
        "on Splitwise I'm {}",
        "my Tricount name is {}",
        "Settle Up has me as {}",
        "my KakaoTalk ID is {}",
        "add me on WeChat, {}",
        "on PicPay I'm {}",
        "my Givebutter page is under {}",
        "Tithe.ly has me as {}",
        "on Church Center I'm {}",
        "my Chipper Cash tag is {}",
        "Sendwave knows me as {}",
        "my WorldRemit login is {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT54_MIXED = [
    ("Treasurer: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Member 3: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[db]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/projects", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} keeps the cash box, the code is {}", ["PERSON", "SECRET"]),
    ("Sender: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Splitwise name is {}, the deposit goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the hui came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the fundraiser with {}", ["PERSON", "CREDIT_CARD"]),
    ("nennenn {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Beneficiary: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT54_NEGATIVES = [
    "a box hand is a savings circle, everybody throws in and one person takes the hand each month",
    "Liberty Avenue is the main street of Little Guyana",
    "Richmond Hill has more roti shops than anywhere outside Guyana",
    "barrels to Guyana take about six weeks by sea",
    "Berbice is the county east of the Berbice River",
    "Boyo and Dolly are just nicknames, half the family has one",
    "Guyanese names like Persaud come from a forefather's first name",
    "sou-sou is what Saint Lucians call the savings hand",
    "Jn is short for Jean in Saint Lucian family names",
    "nennenn means godmother and parenn means godfather in Kwéyòl",
    "Castries is the capital of Saint Lucia",
    "the harvest festival is when the church does its big collection",
    "a hui is a Chinese savings club, people bid for the pot",
    "the hui head collects the money and keeps the book",
    "East Broadway is the Fuzhounese part of Chinatown",
    "Changle and Lianjiang are districts of Fuzhou",
    "Fuzhounese say the family name first",
    "red envelopes at the banquet are written in a gift book",
    "a kye is the Korean savings club, the same idea as a tanda",
    "sajangnim means boss and samonim is the boss's wife",
    "Bom Retiro is the garment district of São Paulo",
    "José Paulino street is full of wholesale clothes shops",
    "a tanda has numbers, number one gets paid first",
    "comadre is what you call your child's godmother",
    "Tulcingo and Piaxtla are in the Mixteca of Puebla",
    "Sunset Park has the biggest Poblano community in Brooklyn",
    "the fiesta for the patron saint is paid by the people in New York",
    "number 4 of the tanda gets paid on the 15th",
    "hand 3 of 12, 200 a month",
    "the pot this month is 2400",
    "sendwave fee was 3.99",
    "rent is 2800 split four ways, 700 each",
    "electric was 143.20, internet 60",
    "the fundraiser reached 4,350 of 5,000",
    "the second collection is for the roof",
    "envelope 112 had 50 in it",
    "table 9 at the banquet is the bride's family",
    "the loan is 1,500 over 10 months, no interest",
    "payout week 3 falls on March 14",
    "dues are 25 a month, due on the 1st",
    "the club's year closes on 31 March",
    "the ledger has 14 members and 3 late payments",
    "IOU 40 for the pizza",
    "Western Union closes at 7 on sundays",
    "Barclays and Lloyds are named after their founders' families",
    "Wells Fargo is named after its two founders",
    "I Hate Money 6.1 added the currency conversion",
    "Kresus 0.21 is out",
    "Spliit added recurring expenses in the last release",
    "SolidInvoice 2.3 fixed the tax rounding",
    "fixed in commit 4be91d7, see the changelog",
    "SECRET_KEY = 'change-me'",
    "POSTGRES_PASSWORD=${POSTGRES_PASSWORD}",
    "SPLITWISE_API_KEY=<your api key>",
    "ADMIN_PASSWORD = ''",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the mastercard test number",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "write to treasurer@example.com on the form",
    "192.0.2.54 is a documentation address",
    "203.0.113.9 is a documentation address",
    "2001:db8:54::1 is a documentation address",
    "911 in New York, 999 in Saint Lucia",
    "in Guyana the police is 911 too",
    "11419 is the ZIP code of South Richmond Hill",
    "11220 is the ZIP code of Sunset Park",
    "350200 is the postcode of Changle",
    "01120 is where Bom Retiro's CEPs start",
    "my turn for the hand is in august",
    "we still haven't paid the gas bill",
    "remind me to buy envelopes for the collection",
    "did the money land yet",
    "see you at the kye dinner",
    "bring cash, the tanda lady doesn't do transfers",
    "never lending money to family again lol",
]  # fmt: skip


def _typo54(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a thumb typing while the other hand counts notes,
    swapping two neighbouring letters ('rent' -> 'rnet') or hitting the key to the right of the one meant
    ('hand' -> 'hanf', 'money' -> 'monry'). Only in sentences typed to the bot or a friend; a title stays as
    written."""
    if not _chat_like(template):
        return template
    words = [m for m in WORD_HELDOUT54.finditer(template) if m.group(1).lower() not in TITLED_HELDOUT54]
    if not words:
        return template
    m = rng.choice(words)
    word = m.group(1)
    if rng.random() < 0.5:
        i = rng.randrange(1, len(word) - 1)
        if word[i] != word[i + 1]:
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        spots = [i for i in range(1, len(word)) if word[i] in KEY_RIGHT_HELDOUT54]
        if spots:
            i = rng.choice(spots)
            word = word[:i] + KEY_RIGHT_HELDOUT54[word[i]] + word[i + 1 :]
    return template[: m.start()] + word + template[m.end() :]


def build_heldout54(seed: int = HELDOUT54_SEED) -> list[Example]:
    """Held-out set 54: `Gen54` values in `HELDOUT54_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen54(seed)
    return assemble_module_set(
        gen, HELDOUT54_TEMPLATES, HELDOUT54_MIXED, HELDOUT54_NEGATIVES, _typo54, person=gen.person_for
    )
