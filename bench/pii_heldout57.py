"""Held-out PII set 57 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout57": written before round 39 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT57 is empty, as for
held-out 16 to 56; written at the same time as held-out 58, the two authors split the world between them: 57
takes life at sea and in the air (the merchant navy and container ships, cruise-ship crews, ferries and yacht
crews, ports, dockers and customs brokers, manning agencies, airlines and cabin crews, airports and ground
handling, air-traffic control, flying schools and gliding clubs), 58 takes family history, inheritance and the
dead); hand-written lists of Butonese seafarers of Baubau and the Wakatobi islands (container ships and
tankers crewed through Jakarta's manning agencies: the 'La' before a man's and the 'Wa' before a woman's given
name and the nobles' 'La Ode' and 'Wa Ode', all part of the registered name as a seaman's book writes it, so
inside the span; one name alone, or a father's name after it: 'La Rusdin', 'Wa Ode Nurhayati', 'La Ode Takdir
Saleh', 'Sarlin'), Batangueño seafarers of Batangas City, Lipa and Bauan (deck and engine ratings and cruise
crews hired along Kalaw Avenue by the Luneta: the middle name's initial, 'Jr.', the seaman's book's 'SURNAME,
GIVEN MIDDLE' in capitals, the 'Dima-' family names of Batangas and the nicknames 'Boyet', 'Totoy', 'Neneng';
'Kuya' and 'Ate' before a given name: 'Rolando M. Dimaano', 'Froilan Macalalad Jr.', 'DIMAYUGA, JOCELYN
MARASIGAN', 'Kuya Ramil'), Bokelji of the Bay of Kotor (captains and officers from Dobrota, Prčanj, Perast
and Tivat, and the yacht crews of Porto Montenegro: 'Tripo' after the bay's saint, the crew list's 'SURNAME
Given', names in Serbian Cyrillic, 'kapetan' before a man's and 'teta' before a woman's name: 'Tripo
Kamenarović', 'DABINOVIĆ Vlado', 'Јелена Луковић', 'kapetan Srđan'), Hainanese cabin crews and ground staff of
Haikou Meilan and Sanya Phoenix (the island's own family names Fu, Yun, Xing and Ji, the family name first,
a roster's 'FU Xiaoling', an English given name before the family name, the name in Chinese characters, and
'lao' before an older colleague's family name: 'Xing Huifang', 'Coco Fu', '符晓玲', 'lao Yun') and Tobagonians
of Scarborough, Plymouth and Roxborough (Caribbean Airlines cabin crew, ANR Robinson airport's ramp and the
inter-island ferry's crew: Tobago family names, Caribbean given names, nicknames alone and 'Tanty' before an
older woman's given name: 'Kerwin Cruickshank', 'Shanice Nedd', 'Kay-Kay', 'Tanty Lystra'); a crew list's
'Surname, Given' for every origin, the title always outside the span; a ship's ('Bosun:', 'Chief cook:', 'AB
(watch 2):', 'Oiler:', 'Relieved by:', a log's signature '— 2/O'), a manifest's and a customs entry's
('Consignee:', 'Notify party:', 'Customs broker:'), a dock's ('Lashing gang foreman:', 'Crane driver:'), a
cabin's ('Purser:', 'Cabin crew 3L:'), a ramp's ('Ramp agent:', 'Loadsheet by:'), a tower's ('Tower
controller:') and a gliding club's ('Tug pilot:', 'P2 (trainee):', 'Instructor:') fields; over three quarters
of the sentences typed to the bot or a friend: crew changes and sign-off dates, the manning agency's fees,
the seaman's book and visa, allotments home, the cruise contract, ferry rotas, the marina's yacht jobs, a
broker clearing a container, a docker's shift, cabin crew rosters and layovers, the ramp and the loadsheet,
tower shifts, the flying school and winch launches at the gliding club; self-hosted apps' config no earlier set
pasted: Stalwart mail's config.toml for a manning agency, Docmost's .env for a ship's safety manuals, Gatus's
config.yaml for a gliding club's status page, Invoice Ninja's .env for a customs broker, LibreNMS's .env for a
fleet's VSAT links and a readsb line for an airfield's ADS-B, with AviationStack, AirLabs, Datalastic,
VesselFinder and Windy keys; those regions' addresses (Baubau's 'Jl. ..., Kel. ..., Kec. ..., Kota Baubau,
Sulawesi Tenggara 937..' and Wakatobi's 'Desa ..., Kec. Wangi-Wangi Selatan, Kab. Wakatobi', Batangas's 'Blk 4
Lot 12, Brgy. ..., Batangas City 4200' and Lipa's 'Purok 3, Brgy. ...', Kotor's 'Dobrota 45, 85330 Kotor,
Crna Gora' and 'Prčanj bb' (no number), Tivat's and Herceg Novi's, Haikou's and Sanya's in Chinese characters
and romanised, Tobago's 'LP 45 Milford Road, Bon Accord' with the light pole's number) and phones (Baubau's
0402, Indonesian mobiles dashed 0852-, Batangas's (043), Philippine mobiles 0917 and +63 9, Kotor's 032 and
Montenegrin mobiles +382 67 and 069, Haikou's 0898 and Chinese mobiles +86 189, Tobago's (868) 639 and 1-868-7);
Visa, Mastercard 51-55 and 2221, Amex 37, JCB 35 and UnionPay 62 as a crew agency, an airline, a marina or a
broker takes them; IBANs of Montenegro, Cyprus and Malta (every IBAN country was used by an earlier set;
Indonesia, the Philippines, China and Trinidad and Tobago have none: these are the ship managers' wage
accounts in Limassol and Valletta and the Bokelji's own); IPs of a bridge's ECDIS backup, a crew-mess wifi,
the cruise ship's crew bar kiosk, a port gate's OCR camera, a broker's scanner, the ferry's ticket printer,
a ramp tablet, a tower's ATIS recorder, a gliding club's winch logger and in the pastes above, v6 in
2400:9800:, 2001:4450:, 2a02:2788:, 240e:: and 2803:9800: ranges; passwords handed over in ways no earlier set
used (inside the seaman's book cover, in the night order book, on the crew-change letter, on the galley
whiteboard, in the bosun's store, on the layover hotel's key card sleeve, in the briefing room, on the crew
bus, taped inside the glider trailer, on the tower's handover sheet), Buton ('Wolio#Baubau'), Batangas
('AlaEh!Batangas'), Boka ('Bokelj_Perast'), Haikou ('Meilan@HAK'), Tobago ('Crusoe&Scarboro'), MMSI numbers
('MMSI538006712!'), container numbers ('MSCU4471203#'), seat rows ('Row12L-3'), winch cable ('Winch*Cable9'),
and cues in Batangueño Tagalog ('..., ala eh'), Indonesian chat ('pw wifi nya ...'), Montenegrin ('šifra za
wifi je ..., brate'), Chinese ('机组wifi密码是 ...') and Tobago talk ('..., doh tell nobody eh'); usernames on
WeGlide, VATSIM, Planespotters.net, Flightradar24, Martide, CrewLounge, Crewtoo, JetPhotos and a crew portal,
shapes like 'x.on.watch', 'ab_x_2o', 'x.ramp.y', 'glide_x_xc', 'x-atco', 'cadet.x', 'cc_x_3l'; dates of birth
for a seaman's book, a crew list, a cruise contract, a visa form, a pilot medical, a gliding club's membership,
an airline ID, in Indonesian's 'TTL: Baubau, 14 Maret 1987' (only the date in the span), Tagalog ('ika-14 ng
Marso 1987'), Montenegrin ('14. mart 1987') and Serbian Cyrillic ('14. март 1987'), Chinese with Arabic digits
('1987年3月14日'), Tobago talk ('14th of March, 1987'), a crew list's '14-MAR-1987' and an export's 'dob'; typos
as a thumb slips on a rolling deck or in a bumpy crew bus: the key to the left of the one meant ('ship' ->
'shio') or a letter dropped as the satellite chat lags ('watch' -> 'wtch'); negatives with the same regions'
places, the titles, the name forms explained, ships named after saints and ladies, flight numbers, IMO and
MMSI numbers, container and B/L numbers, berths, gates, runways, call signs, squawks, ETAs, wages, fees,
versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail,
documentation IPs (v4 and v6), and short everyday chat; no public figure is named).

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

HELDOUT57_SEED = 5730418
# no faker name locale, as in held-out 16 to 56: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT57: list[str] = []
# life at sea and in the air (held-out 58, written at the same time, takes family history and the dead); each
# origin: (men's given names, women's given names, family or second names)
NAMES_HELDOUT57: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Butonese seafarers of Baubau and Wakatobi (container ships and tankers via Jakarta's manning agencies)
    "buton": ("Rusdin Hasrun Sahidin Jufri Amiruddin Takdir Sarlin Basri Alimin Irwansyah".split(),
              "Nurhayati Hasna Rosmini Hamsiah Sumarni Nirwana Hasmiati Salmia".split(),
              "Saleh Baharudin Hamzah Rahim Tamrin Halim Umar Karim Djafar Lasaleh".split()),
    # Batangueño seafarers of Batangas City, Lipa and Bauan (ratings and cruise crews hired by the Luneta)
    "batangas": ("Rolando Reynaldo Ariel Marlon Edgardo Ramil Jayson Raymart Froilan Dionisio".split(),
                 "Jocelyn Marivic Gemma Rhodora Mylene Evangeline Leonora Arlene Herminia".split(),
                 "Dimaano Dimayuga Dimasacat Marasigan Katigbak Macalalad Malabanan Landicho Maranan Comia Magsino".split()),
    # Bokelji of the Bay of Kotor (captains and officers, Porto Montenegro's yacht crews)
    "bokelj": ("Tripo Vlado Nikola Anton Milorad Srđan Ivo Branko Luka Đuro".split(),
               "Jelena Ljiljana Milena Tijana Vesna Marija Ivana Dragana".split(),
               "Kamenarović Dabinović Lučić Radimir Verona Đurović Vujović Brajković Luković Sbutega Florio Kordić".split()),
    # Hainanese cabin crews and ground staff of Haikou Meilan and Sanya Phoenix
    "hainan": ("Jianguo Haitao Wenbin Zhiqiang Guoliang Yunfei Junjie Hongwei".split(),
               "Xiaoling Yanping Meiyu Huifang Jingjing Ruoxi Shanshan Qiuyue".split(),
               "Fu Yun Xing Ji Wang Lin Chen Wu Feng Zhou".split()),
    # Tobagonians of Scarborough, Plymouth and Roxborough (cabin crew, the airport's ramp, the ferry)
    "tobago": ("Kerwin Shervon Keron Akeem Ancil Dexter Kendell Rawle Selwyn Jameel".split(),
               "Shanice Kaydian Marisha Kerisha Lystra Avion Giselle Charmaine Yolande".split(),
               "Cruickshank McKnight Job Nedd Dumas Trim Yorke Skeete Toppin Alleyne Hackett Quashie".split()),
}  # fmt: skip
# Hainanese English given names: (men's, women's)
ENGLISH_HELDOUT57 = ("Leo Jason Frank Ryan Simon".split(), "Coco Vivian Elaine Joyce Stella".split())
# a cabin crew roster in Chinese characters
HANZI_HELDOUT57 = "符晓玲 云海涛 邢慧芳 吉文斌 王美玉 林燕萍 陈国良 吴俊杰 冯秋月 周红伟".split()
# Bokelji names in Serbian Cyrillic
CYRILLIC_HELDOUT57 = "Трипо Каменаровић;Јелена Луковић;Владо Дабиновић;Милена Вујовић;Никола Ђуровић;Весна Брајковић".split(";")  # fmt: skip
# nicknames: (men's, women's)
NICKS_HELDOUT57 = {
    "batangas": ("Boyet Totoy Nonoy Jun".split(), "Neneng Bebeng Ining Weng".split()),
    "tobago": ("Bigga Kerry Ronnie Pappy".split(), "Shani Kay-Kay Mimi Lysie".split()),
}
# a title next to the name (outside the span), with the origin, whether a woman and whether the family name
TITLED_HELDOUT57: dict[str, tuple[str, bool, bool]] = {
    "kuya": ("batangas", False, False),  # Tagalog 'elder brother'
    "ate": ("batangas", True, False),  # Tagalog 'elder sister'
    "kapetan": ("bokelj", False, False),
    "teta": ("bokelj", True, False),  # 'auntie'
    "lao": ("hainan", False, True),  # 'old', before an older colleague's family name
    "tanty": ("tobago", True, False),
}
TITLE_SLOT_HELDOUT57 = re.compile(r"(?<![\w'])(kuya|ate|kapetan|teta|lao|tanty) \{\}", re.IGNORECASE)
# IBANs of the ship managers' wage accounts and the Bokelji's own (every IBAN country was used before)
IBAN_SHAPES_HELDOUT57 = {"ME": "18n", "CY": "8n16c", "MT": "4a5n18c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT57 = ["crewing", "manning", "signon", "bosun", "purser", "ramp", "tower", "glider", "ferry",
                      "yacht", "portagent", "customs", "cadet", "lashing", "galley", "atc"]  # fmt: skip
# slips outside the slots: a thumb on a rolling deck or in a bumpy crew bus hits the key to the left of the
# one meant, or a letter drops out as the satellite chat lags
KEY_LEFT_HELDOUT57 = {
    "d": "s",
    "e": "w",
    "h": "g",
    "i": "u",
    "l": "k",
    "n": "b",
    "o": "i",
    "p": "o",
    "r": "e",
    "s": "a",
    "t": "r",
    "u": "y",
}
WORD_HELDOUT57 = re.compile(r"(?<![\w{}'@.#$-])([a-z]{4,})(?![\w{}'@-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Kamenarović' ->
    'kamenarovic', 'Đuro' -> 'duro')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name.replace("Đ", "D").replace("đ", "d")).lower())


class Gen57(Gen3):
    """Generators for held-out set 57: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT57."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT57))
        men, women, lasts = NAMES_HELDOUT57[origin]
        if woman is None:  # crews and deck ratings: more often men
            woman = rng.random() < 0.4
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT57[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "buton":
            prefix = ("Wa" if woman else "La") + (" Ode" if rng.random() < 0.4 else "")
            if r < 0.45:
                return f"{prefix} {first}"
            if r < 0.75:
                return f"{prefix} {first} {last}"
            if r < 0.85:
                return first.upper()  # a seaman's book with one name
            return f"{first} {last}"
        if origin == "batangas":
            if r < 0.3:  # the middle name's initial
                return f"{first} {other[0]}. {last}"
            if r < 0.45 and not woman:
                return f"{first} {last} Jr."
            if r < 0.6:  # the seaman's book
                return f"{last.upper()}, {first.upper()} {other.upper()}"
            if r < 0.75:
                return f"{first} {other} {last}"
        if origin == "bokelj":
            if r < 0.25:  # a crew list
                return f"{last.upper()} {first}"
            if r < 0.4:
                return rng.choice(CYRILLIC_HELDOUT57)
        if origin == "hainan":
            if r < 0.35:  # the family name first
                return f"{last} {first}"
            if r < 0.55:
                return f"{rng.choice(ENGLISH_HELDOUT57[woman])} {last}"
            if r < 0.7:
                return rng.choice(HANZI_HELDOUT57)
            if r < 0.82:  # a roster
                return f"{last.upper()} {first}"
        if r > 0.88:  # a crew list's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.66:
            name = self._full(origin, first, last, woman)
        elif r < 0.86:
            name = first
            if origin == "buton":
                name = f"{'Wa' if woman else 'La'} {first}"
            elif origin in NICKS_HELDOUT57 and rng.random() < 0.45:  # the nickname alone
                name = rng.choice(NICKS_HELDOUT57[origin][woman])
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Kuya Ramil', 'kapetan Srđan', 'lao Yun', 'Tanty Lystra'),
        from the origin that uses it: the family name after 'lao', the given name otherwise."""
        origin, woman, family = TITLED_HELDOUT57[title.lower()]
        men, women, lasts = NAMES_HELDOUT57[origin]
        return self.rng.choice(lasts if family else (women if woman else men))

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT57.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        shapes = [
            f"Jl. {pick(['Betoambari', 'Sultan Hasanuddin', 'Erlangga', 'Yos Sudarso'])} No. {rng.randint(1, 120)}, Kel. {pick(['Lanto', 'Wale', 'Tomba', 'Bone-Bone'])}, Kec. {pick(['Batupoaro', 'Wolio', 'Murhum'])}, Kota Baubau, Sulawesi Tenggara 937{rng.randint(11, 29)}",
            f"Desa {pick(['Mola Selatan', 'Mandati I', 'Waha', 'Liya Togo'])}, Kec. Wangi-Wangi Selatan, Kab. Wakatobi, Sulawesi Tenggara 93795",
            f"Blk {rng.randint(1, 12)} Lot {rng.randint(1, 40)}, Brgy. {pick(['Pallocan West', 'Kumintang Ibaba', 'Alangilan', 'Gulod Labac'])}, Batangas City 4200",
            f"Purok {rng.randint(1, 7)}, Brgy. {pick(['Sabang', 'Marawoy', 'Tambo', 'Banaybanay'])}, Lipa City, Batangas 4217",
            f"{rng.randint(1, 300)} {pick(['P. Burgos St.', 'Rizal Ave.', 'Mabini St.'])}, Brgy. {pick(['San Roque', 'Manghinao Proper', 'Aplaya'])}, Bauan, Batangas 4201",
            f"Dobrota {rng.randint(1, 180)}, 85330 Kotor, Crna Gora",
            "Prčanj bb, 85330 Kotor, Crna Gora",
            f"Obala Marka Martinovića {rng.randint(1, 40)}, 85335 Perast",
            f"{pick(['Palih boraca', 'Obala Pal', 'Njegoševa'])} {rng.randint(1, 60)}, 85320 Tivat",
            f"Ulica {pick(['Njegoševa', 'Save Kovačevića', 'Braće Grakalić'])} {rng.randint(1, 90)}, 85340 Herceg Novi",
            f"海南省海口市美兰区{pick(['海甸岛人民大道', '灵山镇', '白龙南路'])}{rng.randint(1, 200)}号",
            f"三亚市天涯区{pick(['凤凰路', '迎宾路', '解放路'])}{rng.randint(1, 300)}号{rng.randint(1, 20)}栋{rng.randint(101, 1802)}室",
            f"Room {rng.randint(101, 1802)}, No. {rng.randint(1, 200)} Haidian Island Renmin Avenue, Meilan District, Haikou, Hainan 570208",
            f"LP {rng.randint(1, 99)} {pick(['Milford Road', 'Shirvan Road', 'Mt. Pleasant Main Road'])}, {pick(['Bon Accord', 'Canaan', 'Mt. Pleasant'])}, Tobago",
            f"#{rng.randint(1, 60)} {pick(['Windward Road', 'Bacolet Street', 'Wilson Road'])}, {pick(['Scarborough', 'Roxborough', 'Glamorgan'])}, Tobago",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT57)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1960, 2004)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com", "hotmail.com",
                             "yahoo.com.ph", "t-com.me", "gmail.me", "126.com", "sina.com", "139.com",
                             "tstt.net.tt", "live.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(0402) 2{d(5)}",  # Baubau landline
            f"0852-4{d(3)}-{d(4)}",  # Indonesian mobile, dashed
            f"+62 813 4{d(3)} {d(4)}",
            f"(043) 7{d(2)} {d(4)}",  # Batangas landline
            f"0917 {d(3)} {d(4)}",  # Philippine mobile
            f"+63 9{d(2)} {d(3)} {d(4)}",
            f"032 3{d(2)} {d(3)}",  # Kotor landline
            f"+382 67 {d(3)} {d(3)}",  # Montenegrin mobile
            f"069/{d(3)}-{d(3)}",
            f"0898-6{d(3)} {d(4)}",  # Haikou landline
            f"+86 189 {d(4)} {d(4)}",  # Chinese mobile
            f"(868) 639-{d(4)}",  # Scarborough, Tobago
            f"1-868-7{d(2)}-{d(4)}",  # Trinidad and Tobago mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2221", 16), ("37", 15),
                                     ("3528", 16), ("62", 16), ("62", 19)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT57))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT57[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the bridge, the crew mess, the cruise ship's crew bar, the port gate,
        the broker, the ferry, the ramp, the tower, the gliding club, and this set's pastes; v4 and v6; `chat`
        as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2400:9800:{h()}:{h()}::{h()}", f"2001:4450:{h()}:{h()}::{h()}", f"2a02:2788:{h()}::{h()}",
                         f"240e:{h()}:{h()}::{h()}", f"2803:9800:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the ecdis backup pc on the bridge is {}, 2nd mate wants the charts updated before kotor", v4),
            ("crew mess wifi box is {}, restart it if the video calls home drop again", v4),
            ("the crew bar kiosk on deck 2 is {}, it won't take our cards since the update", v4),
            ("port gate ocr camera at the container yard is {}, it misread our truck's plate", rng.choice([v4, v6])),
            ("the broker's scanner for the customs docs sits on {}", v4),
            ("ferry ticket printer in the purser's office is {}, jammed again at scarborough", v4),
            ("my ramp tablet got {} from the airport wifi, the loadsheet app won't sync", v4),
            ("the tower's atis recorder is {}, ask the tech before you touch it", rng.choice([v4, v6])),
            ("the winch logger at the gliding club is {}, it records every launch", v4),
            ("cadet laptop in the engine control room is {}, he's streaming again", v4),
            ("the marina's gate keypad controller is {}, the yacht crews can't get in", v4),
            ("layover hotel gave me {} as my ip, the crew portal blocked it lol", v4),
            ("[server]\nhostname = \"{}\"", v4),
            ("DATABASE_URL=postgresql://docmost@{}:5432/docmost", v4),
            ("DB_HOST={}", v4),
            ("  - name: club-weather\n    url: \"http://{}/metar\"", v4),
            ("$ readsb --net --net-connector {},30005,beast_out", v4),
            ("2025-05-11T03:14:09Z gatus: endpoint winch-logger failed: dial tcp {}:80: i/o timeout", v4),
            ("Listen [{}]:8080", v6),
            ("[2025-05-11 03:14:09] production.ERROR: Connection refused (SQL: {}:3306)", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Wolio#{rng.choice(['Baubau', 'Wakatobi', 'Buton'])}",
                f"AlaEh!{rng.choice(['Batangas', 'Lipa', 'Bauan'])}",
                f"Bokelj_{rng.choice(['Perast', 'Prcanj', '1859'])}",
                f"Meilan@{rng.choice(['HAK', 'Sanya', '570208'])}",
                f"Crusoe&{rng.choice(['Scarboro', 'Crownpt', 'Tobago'])}",
                f"MMSI{rng.choice(['538', '525', '262', '548'])}{self.d(6)}!",
                f"{rng.choice(['MSCU', 'MAEU', 'CMAU', 'TGHU'])}{self.d(7)}#",
                f"Row{rng.randint(1, 40)}{rng.choice('ACDFKL')}-{rng.randint(1, 9)}",
                f"Winch*{rng.choice(['Cable', 'Launch', 'Tug'])}{rng.randint(1, 99)}",
                rng.choice(["bosun", "ferry", "glider", "purser", "anchor"]).translate(leet) + rng.choice(["", "!", "_57"]),
                f"{rng.choice(['signoff', 'crewchange', 'layover'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        url_pw = re.sub(r"[@:/#%+$&?*!]", "", pw)  # a password as it goes into a URL unescaped
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        options = [
            # passwords handed over in ways no earlier set used
            ("wrote the crew portal password inside your seaman's book cover, {}", pw),
            ("the chief mate put the ecdis login in the night order book, {}", pw),
            ("the agency printed my wifi voucher on the crew change letter, {}", pw),
            ("galley whiteboard says the crew wifi is {} this trip", pw),
            ("the bosun's store laptop password is on the shelf label, {}", pw),
            ("layover hotel wifi is on the key card sleeve, {}", pw),
            ("briefing room tablet is {}, purser said don't change it", pw),
            ("crew bus driver has the wifi taped on the dash, {}", pw),
            ("the glider trailer padlock is {}", d(4)),
            ("tower handover sheet has the new console login, {}", pw),
            ("the safe in the purser's office opens with {}", d(6)),
            ("my allotment app pin is {}, send mum the money if i'm at sea", d(4)),
            ("changed the yacht's wifi to {}, the owner's guests kept asking", pw),
            ("the customs portal login for the broker is {}", pw),
            ("the gliding club's booking system password is {}", pw),
            ("ramp tablet unlock code is {}", d(6)),
            # cues in ways no earlier set used
            ("ang pass ng wifi sa barko ay {}, ala eh", pw),
            ("pw wifi nya {}, jangan kasih tau orang ya", pw),
            ("šifra za wifi je {}, brate", pw),
            ("机组wifi密码是 {}", pw),
            ("de wifi pass is {}, doh tell nobody eh", pw),
            # commands
            ("$ docker run -e APP_SECRET={} docmost/docmost", tok(64, hexl)),
            ("$ mysql -u ninja -p{} ninja", pw),
            ("$ curl 'https://api.aviationstack.com/v1/flights?access_key={}&flight_iata=BW527'", tok(32, hexl)),
            ("$ curl -H 'x-api-key: {}' https://api.vesselfinder.com/vessels", tok(40, alnum)),
            # pastes
            ("secret = \"{}\"", pw),
            ("  telegram:\n    token: \"{}\"", f"{d(10)}:{tok(35, alnum + '_-')}"),
            ("APP_SECRET={}", tok(64, hexl)),
            ("DATABASE_URL=postgresql://docmost:{}@db:5432/docmost", url_pw),
            ("APP_KEY=base64:{}", tok(43, b64) + "="),
            ("DB_PASSWORD={}", pw),
            ("MAIL_PASSWORD={}", pw),
            ("NINJA_ENVIRONMENT_TOKEN={}", tok(32, alnum)),
            ("REDIS_PASSWORD={}", pw),
            ("AIRLABS_API_KEY={}", f"{tok(8, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"),
            ("DATALASTIC_API_KEY={}", f"{tok(8, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"),
            ("WINDY_API_KEY={}", tok(32, alnum)),
            ("  password: {}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.on.watch', 'ab_x_2o', 'glide_x_xc')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.on.watch",
                f"ab_{first}_{rng.randint(2, 3)}o",
                f"{first}.ramp.{last[:3]}",
                f"glide_{first}_xc",
                f"{first}-atco{rng.randint(1, 99)}",
                f"cadet.{first}{last[:1]}",
                f"cc_{first}_{rng.randint(1, 4)}{rng.choice('lr')}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=75)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "id": f"{day} {ID_MONTHS_HELDOUT57[m - 1]} {year}",  # Indonesian
            "tl": f"ika-{day} ng {TL_MONTHS_HELDOUT57[m - 1]} {year}",  # Tagalog
            "me": f"{day}. {ME_MONTHS_HELDOUT57[m - 1]} {year}",  # Montenegrin
            "cy": f"{day}. {CY_MONTHS_HELDOUT57[m - 1]} {year}",  # Serbian Cyrillic
            "zh": f"{year}年{m}月{day}日",
            "tt": f"{day}{_ordinal(day)} of {EN_MONTHS_HELDOUT57[m - 1]}, {year}",  # Tobago talk
            "crew": f"{day:02d}-{EN_MONTHS_HELDOUT57[m - 1][:3].upper()}-{year}",  # a crew list
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["id", "tl", "me", "cy", "zh", "tt", "crew", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the seaman's book renewal wants my birthday again, {}", any_shape),
            ("the crew list has my date of birth wrong, it's {} not what they typed", any_shape),
            ("for the cruise contract they need your dob, i put {}", any_shape),
            ("the c1/d visa form has his date of birth as {}", s["crew"]),
            ("pilot medical form, date of birth {}, is that the right format", any_shape),
            ("gliding club membership asks my birthday, {}", s["tt"]),
            ("the airline id card says born {}, that's right", s["zh"]),
            ("ipinanganak ako noong {}", s["tl"]),
            ("TTL: Baubau, {}", s["id"]),
            ("rođen {}", s["me"]),
            ("датум рођења: {}", s["cy"]),
            ("出生日期：{}", s["zh"]),
            ("| 07 | AB | Date of birth: {} |", s["crew"]),
            ('  "dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


ID_MONTHS_HELDOUT57 = ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
                       "Desember").split()  # fmt: skip
TL_MONTHS_HELDOUT57 = ("Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre "
                       "Disyembre").split()  # fmt: skip
ME_MONTHS_HELDOUT57 = (
    "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar".split()
)
CY_MONTHS_HELDOUT57 = (
    "јануар фебруар март април мај јун јул август септембар октобар новембар децембар".split()
)
EN_MONTHS_HELDOUT57 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip


def _ordinal(day: int) -> str:
    """The English ordinal suffix of a day (1 -> 'st', 12 -> 'th', 22 -> 'nd')."""
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


HELDOUT57_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} signs off in rotterdam next week, finally going home",
        "remind me {} owes me for the phone card from the last port",
        "{} is our new bosun, from the same town as my uncle",
        "can you find the message from {} about the crew change in singapore",
        "{} got the cruise contract, 8 months on the ship",
        "{} paid the agency fee twice, ask them for the refund",
        "tell {} the allotment went through, mum got it",
        "{} is on the ferry rota this weekend",
        "{} found a deckhand job on a yacht in tivat",
        "{} cleared our container at the port, the broker fee was 120",
        "{} is on night shift at the container yard",
        "{} is purser on the haikou flight tomorrow",
        "{} swapped her layover with me, i owe her one",
        "{} did the loadsheet wrong and we left 20 minutes late",
        "{} is in the tower tonight, say hi on frequency lol",
        "{} soloed at the flying school today!!",
        "{} flew the glider for 4 hours on saturday",
        "i'm sharing the cabin with {} this contract",
        "{} lost his seaman's book at the airport, what does he do",
        "{} passed the deck officer exam",
        "Kuya {} said the manning agency is hiring oilers",
        "ate {} is a cabin stewardess on the big ship now",
        "kapetan {} takes the tanker to the gulf next month",
        "teta {} runs the crew house in dobrota",
        "lao {} has been ground staff at meilan for 20 years",
        "Tanty {} sells food to the ferry crew every morning",
        "Bosun: {}",
        "Chief cook: {}",
        "AB (watch 2): {}",
        "Oiler: {}",
        "Relieved by: {}",
        "Noon position confirmed — 2/O {}",
        "Consignee: {}",
        "Notify party: {}",
        "Customs broker: {}",
        "Lashing gang foreman: {}",
        "Crane driver: {}",
        "Purser: {}",
        "Cabin crew 3L: {}",
        "Ramp agent: {}",
        "Loadsheet by: {}",
        "Tower controller: {}",
        "Tug pilot: {}",
        "P2 (trainee): {}",
        "Instructor: {}",
        "| 07 | AB | {} | PH |",
        '"crew_member": "{}",',
    ],
    "STREET_ADDRESS": [
        "send the seaman's book to {}",
        "the crew house is {}, you can stay there before joining",
        "my family's place is {}, the allotment letters go there",
        "the agency's courier should deliver the contract to {}",
        "ship my sea bag to {}",
        "i moved, new address is {}, tell the airline hr",
        "the gliding club sends the membership card to {}",
        "Address: {}",
        "Alamat: {}",
        "Adresa: {}",
        '"home_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the crew list to {}",
        "the manning agency emails come from {}",
        "email the scanned seaman's book to {}",
        "the broker sent the invoice from {}",
        "E-mail (next of kin): {}",
        '"email": "{}",',
        'postmaster = "{}"',
        "ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "my wife's number at home is {}, call her if anything happens",
        "text the crewing officer on {} about the flight",
        "the broker's mobile is {}",
        "call the crew house on {}",
        "the gliding club duty phone is {}",
        "Tel.: {}",
        "Next of kin phone: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the medical exam with {}",
        "the agency charged the visa fee to {}",
        "booked the crew hotel on {}",
        "the marina took the berth deposit from {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send my wages to {}",
        "the ship manager pays the allotment into {}",
        "pay the yacht deposit back to {}",
        "the owner's account for the charter is {}",
        "IBAN (wages): {}",
        "IBAN for the club fees: {}",
    ],
    "USERNAME": [
        "on WeGlide I'm {}",
        "my VATSIM handle is {}",
        "Planespotters.net has me as {}",
        "my Flightradar24 account is {}",
        "on Martide I'm {}",
        "CrewLounge knows me as {}",
        "add me on Crewtoo, {}",
        "my JetPhotos name is {}",
        "the crew portal login is {}",
        '"username": "{}",',
        "Login: {}",
        'user = "{}"',
    ],
}
HELDOUT57_MIXED = [
    ("Bosun: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Crew member 3: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[store]\nhost = \"{}\"\npassword = \"{}\"", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/v1/devices", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} keeps the key for the bonded store, the code is {}", ["PERSON", "SECRET"]),
    ("Seafarer: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my WeGlide name is {}, the club fees go to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the crew change came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the agency with {}", ["PERSON", "CREDIT_CARD"]),
    ("kuya {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Next of kin: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT57_NEGATIVES = [
    "La starts a Butonese man's name and Wa a woman's, La Ode and Wa Ode mark the noble families",
    "Baubau is the main town of Buton island",
    "Wakatobi is named after its four islands, Wangi-Wangi, Kaledupa, Tomia and Binongko",
    "a lot of Indonesian seafarers only have one name on their passport",
    "Kalaw Avenue by the Luneta is where the manning agencies are",
    "kuya means big brother and ate means big sister in Tagalog",
    "ala eh is how you know someone is from Batangas",
    "Batangas port is the second busiest in Luzon",
    "Filipinos put the mother's maiden name as the middle name",
    "Tripo is a Boka name, after Saint Tryphon of Kotor",
    "Prčanj and Dobrota had more captains than anywhere on the Adriatic",
    "bb in a Montenegrin address means it has no house number",
    "Porto Montenegro is the superyacht marina in Tivat",
    "the Bokeška mornarica is the old sailors' guild of Kotor",
    "Hainanese say lao before an older colleague's surname",
    "Fu and Yun are common Hainanese surnames",
    "Meilan is Haikou's airport, Phoenix is Sanya's",
    "tanty is what Tobagonians call an auntie",
    "LP means light pole in a Tobago address",
    "the ferry from Port of Spain to Scarborough takes about three hours",
    "Crown Point is where the Tobago airport is",
    "the ferry is called Stella Maris, after Our Lady",
    "the tug Sveti Tripun is older than me",
    "MSC Bellissima is the cruise ship my cousin worked on",
    "IMO 9321483 is the ship's number, it never changes",
    "MMSI 538006712 is a Marshall Islands ship",
    "container MSCU 447120 3 is still at the port",
    "the B/L number is MEDUKB123456",
    "we're at berth 14, gate C",
    "flight BW527 to Tobago leaves at 07:40",
    "HU7082 from Haikou lands at 23:15",
    "runway 09 is in use today",
    "squawk 7000 is for VFR in Europe",
    "the call sign is 9HA5721",
    "tower frequency is 118.3",
    "ETA Kotor 06:00, pilot on board at 05:30",
    "the crew change is on the 14th in Singapore",
    "sign off date is 14 March, not my birthday lol",
    "basic wage is 750 a month plus overtime",
    "the agency fee is 3,000 pesos",
    "the yacht season runs from May to October",
    "cruise contracts are usually 6 to 9 months",
    "the winch launch costs 12 euros",
    "a glider's first solo is a big day",
    "the flying school has 4 Cessnas and a simulator",
    "rest hours are 10 in any 24",
    "STCW basic safety training is 5 days",
    "the seaman's book is valid for 5 years",
    "the pilot medical is class 1 or class 2",
    "the C1/D visa is for crew in transit to the ship",
    "Stalwart 0.11 changed the config format",
    "Docmost 0.8 added comments",
    "Gatus 5.12 fixed the telegram alerts",
    "Invoice Ninja 5.10 is out",
    "LibreNMS 24.10 release notes",
    "fixed in commit 5c0a2e9, see the changelog",
    "APP_SECRET=REPLACE_WITH_LONG_SECRET",
    "DB_PASSWORD=${DB_PASSWORD}",
    "WINDY_API_KEY=<your key here>",
    'secret = ""',
    "PIN: ****",
    "4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the mastercard test number",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "write to crewing@example.com on the form",
    "192.0.2.57 is a documentation address",
    "198.51.100.23 is a documentation address",
    "2001:db8:57::1 is a documentation address",
    "112 in Montenegro, 911 in the Philippines",
    "999 is the police in Trinidad and Tobago",
    "85330 is the postcode of Kotor",
    "570208 is the postcode of Haidian island",
    "4200 is the zip code of Batangas City",
    "my contract ends in june",
    "we're anchored outside the port waiting for a berth",
    "no signal until we reach the canal",
    "remind me to buy a sim card in the next port",
    "the food on this ship is terrible lol",
    "see you at the crew bar after the drill",
    "delayed again, the crew bus never came",
    "first solo tomorrow if the wind behaves",
]  # fmt: skip


def _typo57(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a thumb on a rolling deck or in a bumpy crew bus
    hits the key to the left of the one meant ('ship' -> 'shio', 'port' -> 'poet') or a letter drops out as the
    satellite chat lags ('watch' -> 'wtch'). Only in sentences typed to the bot or a friend; a title stays as
    written."""
    if not _chat_like(template):
        return template
    words = [m for m in WORD_HELDOUT57.finditer(template) if m.group(1).lower() not in TITLED_HELDOUT57]
    if not words:
        return template
    m = rng.choice(words)
    word = m.group(1)
    if rng.random() < 0.5:
        i = rng.randrange(1, len(word) - 1)
        word = word[:i] + word[i + 1 :]
    else:
        spots = [i for i in range(1, len(word)) if word[i] in KEY_LEFT_HELDOUT57]
        if spots:
            i = rng.choice(spots)
            word = word[:i] + KEY_LEFT_HELDOUT57[word[i]] + word[i + 1 :]
    return template[: m.start()] + word + template[m.end() :]


def build_heldout57(seed: int = HELDOUT57_SEED) -> list[Example]:
    """Held-out set 57: `Gen57` values in `HELDOUT57_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen57(seed)
    return assemble_module_set(
        gen, HELDOUT57_TEMPLATES, HELDOUT57_MIXED, HELDOUT57_NEGATIVES, _typo57, person=gen.person_for
    )
