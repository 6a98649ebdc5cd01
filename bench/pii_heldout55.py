"""Held-out PII set 55 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout55": written before round 38 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT55 is empty, as for
held-out 16 to 54; written at the same time as held-out 56, the two authors split the world between them: 55
takes factories, laboratories and engineering (car and electronics plants, chip fabs, shipyards, textile and
garment mills, steel works, pharma plants and QA labs, university research labs and core facilities,
aerospace and rail workshops, shift rotas, quality audits, patents and standards bodies), 56 takes the
military, veterans and security); hand-written lists of Taiwanese fab engineers of the Hsinchu Science Park,
Zhubei and Tainan's Southern Science Park (the Wade-Giles given name with its hyphen, the family name first
as a Taiwanese says it, the English name a fab goes by, a passport's capitals and the name in traditional
characters: 'Lin Chih-wei', 'Yu-Ting Tseng', 'Vincent Hsieh', 'KUO PO-HAN', '曾志偉'), Slovak car-plant
workers of Trnava, Žilina's Teplička nad Váhom and Nitra (the feminine -ová and -ská, a shift roster's
family name in capitals first, the diminutive a line calls a man or a woman by and 'Ing.' or 'pani' before
the name: 'Marek Kováčik', 'Zuzana Hudecová', 'BEDNÁRIK Juraj', 'Maťo', 'Ing. Lucia Závodská', 'pani
Holubová'), maquiladora workers of Ciudad Juárez's industrial parks (wire harnesses, televisions, medical
devices: both family names of Chihuahua, compound given names, María written 'Ma.', the nickname and 'inge'
before an engineer's family name: 'Jesús Manuel Chavira Loya', 'Ma. Guadalupe Terrazas', 'Chayo', 'inge
Rascón'), Telugu chemists and QA analysts of Hyderabad's Jeedimetla, Bollaram and Genome Valley and
Visakhapatnam's Parawada pharma city (the house name first or as an initial before a given name of two
words, and 'garu' after the given name: 'Kotagiri Srinivasa Rao', 'K. Lakshmi Prasanna', 'Sai Kiran
Bandaru', 'Madhavi Latha garu') and Khmer garment workers of Phnom Penh's Veng Sreng Boulevard and Kandal's
factories (the family name first, the given name alone and 'bong' before it: 'Chhun Sreyleak', 'Meas
Vuthy', 'bong Channary'); a register's 'Surname, Given' for every origin, the title always outside the
span; a badge's and a shift roster's lines ('Badge 40417 | ... | Shift C', 'Shift B lead:', 'Vedúci zmeny:'),
a lab notebook's ('Witnessed by:', 'Analyst:', 'QA release:'), a patent's ('Inventors:'), an audit's
('Lead auditor:', 'Auditee:'), a quality report's ('8D team lead:', 'NCR raised by:'), a maquila's
('Supervisora de línea:') and a core facility's ('PI:', 'Booked by:') fields and a sign-off ('Regards, ...');
over three quarters of the sentences typed to the bot or a friend: who is on nights this week, swapping
shifts, the cleanroom gowning, a tool down on the line, yields and scrap, an out-of-spec batch, the audit
next week, the patent filing, the instrument booking at the core, the launch of a new model, overtime and the
bus to the plant; self-hosted apps' config no earlier set pasted: Part-DB's .env for an electronics plant's
parts, Chemotion ELN's .env for a pharma QA lab, SENAITE LIMS's buildout.cfg for a steel works' lab, openBIS's
service.properties for a university core facility and Atlas CMMS's .env for a car plant's maintenance, with
Benchling, Quartzy and Onshape keys; those regions' addresses (Hsinchu's 'No. 8, Lane 25, Sec. 2, Guangfu
Rd., East Dist., Hsinchu City 300' and the same in traditional characters with the floor, Zhubei and
Tainan's Shanhua, Slovak 'Hospodárska 48, 917 01 Trnava' and a village's house number alone, Juárez's
'Calle ... 1234, Col. ..., 32130 Cd. Juárez, Chih.' and a fraccionamiento, El Paso across the bridge,
Hyderabad's 'H.No. 8-3-228/A' and a flat in a named residency with its PIN, Parawada's 'D.No.', Phnom Penh's
'#45, St. 2004, Sangkat ..., Khan Por Sen Chey' and Kandal's 'Phum ..., Khum ..., Srok ...') and phones
(Hsinchu's 03-57, Tainan's 06-5, Taiwanese 09 mobiles with and without +886, Trnava 033 and Žilina 041 with
the slash, Slovak 09 mobiles with +421, Juárez 656 and El Paso (915), Indian mobiles and Hyderabad's 040,
Cambodian 010, 096 and 097 mobiles); Visa, Mastercard 51-55 and 2720, Amex 37, JCB 3528 from Taiwan and
RuPay 6522 as a canteen top-up, a travel claim or a bus pass takes them; IBANs of Slovakia, Germany and
France (every IBAN country was used by an earlier set; Taiwan, Mexico, India and Cambodia have none: these
are the Trnava workers', a parent company's and a lab's partner's); IPs of a fab's tool port and its MES, a
line's PLC and weld robot, a CMM's controller, an HPLC's PC, a shipyard's crane, a loom's controller, a
furnace's data logger, a core facility's microscope and in the pastes above, v6 in 2001:b011:, 2a02:ab88:,
2806:10a6:, 2409:40f0: and 2400:5800: ranges; passwords handed over in ways no earlier set used (on the back
of a cleanroom badge, on the MSDS binder's spine, on the shift handover whiteboard, taped inside a CMM's
controller, on a lab notebook's last page, on a kanban card, in the glovebox log, on a lockout tag, in an 8D
report's draft, under a calibration sticker), Hsinchu ('Fab12@Hsinchu'), Trnava ('Trnava#Linka3'),
Juárez ('Maquila$Juarez'), Parawada ('Parawada_QA'), Veng Sreng ('VengSreng!Line'), leetspeak of plant
words ('w4f3r!', 'y13ld'), a line and a shift ('L3-shiftC'), and cues in traditional Chinese ('密碼是 ...
不要貼在機台上'), Slovak ('heslo je ..., nikomu to nehovor'), norteño Spanish ('la contraseña es ..., no le
digas al supervisor'), Telugu typed in Latin letters ('password ..., evvariki cheppaku') and Khmer
('ពាក្យសម្ងាត់ wifi ...'); usernames on Benchling, Quartzy, protocols.io, GrabCAD, Onshape, Pokec,
Profesia.sk, Computrabajo, Naukri, ShareChat and LINE, shapes like 'x.fab12', 'x_line3', 'shiftb.x',
'x.qa.y', 'x-cnc' and 'lot_x77'; dates of birth for a gowning badge, a plant's induction, a maquila's hiring
form, a pharma plant's medical, a shipyard's safety passport and a lab's access card, in the Republic of
China's numeric years ('076/03/14'), Slovak ('14. marca 1987'), a Mexican form's month in capitals
('14/MAR/1987'), an Indian form's '14-Mar-1987', Khmer digits ('១៤/០៣/១៩៨៧'), an HR export's 'birth_date'
and a plain '14.03.1987'; typos as a nitrile glove in the cleanroom hits the key to the left of the one meant
('line' -> 'lins') or a tap on the phone's suggestion bar doubles a word ('the line' -> 'the the line');
negatives with the same regions' places, the titles, the name forms and the plants explained, lot, wafer,
batch and part numbers, shift times, yields, tolerances, standards' numbers, patent numbers, model names,
companies named after founders, versions, a commit, placeholder secrets, a masked PIN, test cards, example
IBANs, a placeholder e-mail, documentation IPs (v4 and v6), and short everyday chat; no public figure is
named).

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

HELDOUT55_SEED = 5518203
# no faker name locale, as in held-out 16 to 54: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT55: list[str] = []
# factories, laboratories and engineering (held-out 56, written at the same time, takes the military,
# veterans and security); each origin: (men's given names, women's given names, family names); ';' separates
# names that hold a space
NAMES_HELDOUT55: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Taiwanese fab engineers of the Hsinchu Science Park, Zhubei and Tainan's Southern Science Park
    "hsinchu": ("Chih-Wei Tsung-Han Yu-Hsiang Po-Han Kuan-Ting Wei-Lun Chia-Hao Cheng-Yu Ming-Hsun".split(),
                "Yu-Ting Hsin-Yi Shu-Fen Ya-Wen Pei-Chen I-Ling Chia-Hui Hui-Chun Wan-Ju".split(),
                "Tseng Hsu Tsai Liao Hsieh Kuo Yeh Chiang Chien Hung Chuang Lu".split()),
    # Slovak car-plant workers of Trnava, Žilina (Teplička nad Váhom) and Nitra
    "trnava": ("Marek Juraj Miroslav Dušan Ľuboš Radoslav Branislav Stanislav Matúš Rastislav".split(),
               "Zuzana Katarína Lucia Ivana Monika Veronika Silvia Miroslava Lenka Dominika".split(),
               "Kováčik Hudec Baláž Šimko Mikuš Krajčovič Bednárik Holub Ondrejka Gašpar Blaho Jurčo Závodský Polák".split()),
    # maquiladora workers of Ciudad Juárez (wire harnesses, televisions, medical devices)
    "juarez": ("Jesús Manuel;José Luis;Juan Carlos;Luis Fernando;Héctor;Ramón;Gerardo;Arturo;Everardo".split(";"),
               "Ma. Guadalupe;Yesenia;Araceli;Ma. del Rosario;Brenda Judith;Norma;Karla Ivette;Elvia".split(";"),
               "Chavira Terrazas Holguín Loya Baeza Ochoa Carrasco Olivas Rascón Armendáriz Portillo Anchondo".split()),
    # Telugu chemists and QA analysts of Hyderabad (Jeedimetla, Bollaram, Genome Valley) and Vizag's Parawada
    "telugu": ("Srinivasa Rao;Venkata Ramana;Naga Raju;Sai Kiran;Ravi Teja;Pavan Kumar;Suresh Babu;Anil Kumar".split(";"),
               "Lakshmi Prasanna;Naga Lakshmi;Swathi;Madhavi Latha;Sowjanya;Divya Bharathi;Sailaja;Hima Bindu".split(";"),
               "Kotagiri Gangireddy Peddireddi Mulpuri Kancharla Chilukuri Bandaru Dasari Jonnalagadda Uppalapati Gadde".split()),
    # Khmer garment workers of Phnom Penh's Veng Sreng Boulevard and Kandal's factories
    "khmer": ("Vuthy Sokhom Rotha Samnang Visal Sovann Makara Pheakdey Ratanak".split(),
              "Sreyleak Sokunthea Channary Sophorn Leakena Chanra Sreypov Raksmey".split(),
              "Chhun Keo Heng Mao Prak Yim Meas Nhem Touch Ouk Sim Long".split()),
}  # fmt: skip
# English names a Hsinchu fab goes by: (men's, women's)
ENGLISH_HELDOUT55 = (
    "Vincent Kevin Jason Eric Allen Steven".split(),
    "Vivian Irene Joanne Sandy Winnie".split(),
)
# a Taiwanese name in traditional characters, as a badge or an org chart prints it
HANZI_HELDOUT55 = "林志偉 曾宇婷 許宗翰 蔡佩珍 廖冠廷 謝欣怡 郭柏翰 葉淑芬 江家豪 簡雅雯".split()
# nicknames and diminutives a line calls people by: (men's, women's)
NICKS_HELDOUT55 = {
    "trnava": ("Maťo Ďuro Miro Ľubo Rasťo".split(), "Zuzka Katka Ivka Monča Lenka".split()),
    "juarez": ("Neto Lalo Güero Chuy Beto".split(), "Chayo Lupita Yese Cheli Naty".split()),
}
# a title next to the name (outside the span): 'Ing.' before a Slovak engineer's full name, 'pani' before a
# Slovak woman's family name, 'inge' before a Juárez engineer's family name, 'bong' before a Khmer given name
# and 'garu' after a Telugu given name
TITLE_SLOT_HELDOUT55 = re.compile(
    r"(?<![\w'])(ing\.|pani|inge|bong) \{\}|\{\} (garu)(?![\w'])", re.IGNORECASE
)
TITLES_HELDOUT55 = {"ing.", "pani", "inge", "bong", "garu"}
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT55 = {"SK": "20n", "DE": "18n", "FR": "10n11c2n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT55 = ["fab", "wafer", "litho", "etch", "line", "shift", "weld", "paint", "qa", "qc", "hplc",
                      "batch", "loom", "harness", "cnc", "audit"]  # fmt: skip
# slips outside the slots: a nitrile glove in the cleanroom hits the key to the left of the one meant, or a
# tap on the phone's suggestion bar puts a word in twice
KEY_LEFT_HELDOUT55 = {
    "e": "w",
    "r": "e",
    "t": "r",
    "i": "u",
    "o": "i",
    "s": "a",
    "d": "s",
    "n": "b",
    "l": "k",
    "h": "g",
}
WORD_HELDOUT55 = re.compile(r"(?<![\w{}'@.#$-])([a-z]{4,})(?![\w{}'@.-])")
SHORT_WORD_HELDOUT55 = re.compile(r"(?<![\w{}'@.#$-])(the|a|on|in|at|to|is|my)( )(?=[a-z])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Chih-Wei' -> 'chihwei',
    'Kováčik' -> 'kovacik', 'Ma. Guadalupe' -> 'maguadalupe', 'Srinivasa Rao' -> 'srinivasarao')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _feminine(last: str) -> str:
    """A Slovak family name as a woman bears it ('Kováčik' -> 'Kováčiková', 'Šimko' -> 'Šimková',
    'Závodský' -> 'Závodská', 'Ondrejka' -> 'Ondrejková')."""
    if last.endswith("ský"):
        return last[:-1] + "á"
    if last.endswith(("o", "a")):
        return last[:-1] + "ová"
    return last + "ová"


class Gen55(Gen3):
    """Generators for held-out set 55: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name as the person bears it, is a woman) from NAMES_HELDOUT55."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT55))
        men, women, lasts = NAMES_HELDOUT55[origin]
        if woman is None:  # lines, labs and rosters: about as many women as men
            woman = rng.random() < 0.5
        last = rng.choice(lasts)
        if origin == "trnava" and woman:
            last = _feminine(last)
        return origin, rng.choice(women if woman else men), last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "hsinchu":
            given = first[0] + first[1:].lower() if rng.random() < 0.5 else first  # 'Chih-wei' or 'Chih-Wei'
            if r < 0.3:  # the family name first
                return f"{last} {given}"
            if r < 0.5:  # the English name a fab goes by
                return f"{rng.choice(ENGLISH_HELDOUT55[woman])} {last}"
            if r < 0.62:
                return rng.choice(HANZI_HELDOUT55)
            if r < 0.72:  # a passport's capitals, family name first
                return f"{last.upper()} {first.upper()}"
        if origin == "trnava" and r < 0.3:  # a shift roster: the family name in capitals first
            return f"{last.upper()} {first}"
        if origin == "juarez" and r < 0.5:  # both family names
            other = rng.choice([x for x in NAMES_HELDOUT55[origin][2] if x != last])
            return f"{first} {last} {other}"
        if origin == "telugu":
            if r < 0.35:  # the house name first
                return f"{last} {first}"
            if r < 0.6:  # the house name as an initial
                return f"{last[0]}. {first}"
        if origin == "khmer" and r < 0.75:  # the family name first
            return f"{last} {first}"
        if r > 0.88:  # a register's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.64:
            name = self._full(origin, first, last, woman)
        elif r < 0.86:
            name = first
            if origin in NICKS_HELDOUT55 and rng.random() < 0.45:  # the nickname alone
                name = rng.choice(NICKS_HELDOUT55[origin][woman])
            elif origin == "hsinchu" and rng.random() < 0.5:  # the English name alone
                name = rng.choice(ENGLISH_HELDOUT55[woman])
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it: 'Ing. Lucia Závodská' (the full name), 'pani Holubová' (a
        woman's family name), 'inge Rascón' (the family name), 'bong Channary' and 'Madhavi Latha garu' (the
        given name)."""
        rng = self.rng
        key = title.lower()
        if key == "ing.":
            origin, first, last, _ = self._origin_name("trnava")
            return f"{first} {last}"
        if key == "pani":
            return self._origin_name("trnava", woman=True)[2]
        if key == "inge":
            return rng.choice(NAMES_HELDOUT55["juarez"][2])
        origin = "khmer" if key == "bong" else "telugu"
        return self._origin_name(origin)[1]

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT55.search(template)
        return self.titled_person(m.group(1) or m.group(2)) if m else self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        shapes = [
            f"No. {rng.randint(1, 99)}, Lane {rng.randint(10, 300)}, Sec. {rng.randint(1, 2)}, Guangfu Rd., East Dist., Hsinchu City 300",
            f"新竹市東區{pick(['光復路二段', '關新路', '金山街'])}{rng.randint(1, 120)}巷{rng.randint(1, 40)}號{rng.randint(2, 15)}樓",
            f"{rng.randint(2, 12)}F., No. {rng.randint(1, 300)}, {pick(['Zhuangjing 1st Rd.', 'Guangming 6th Rd.', 'Xianzheng 9th Rd.'])}, Zhubei City, Hsinchu County 302",
            f"No. {rng.randint(1, 80)}, {pick(['Nanke 3rd Rd.', 'Huandong Rd.', 'Beiyuan 2nd Rd.'])}, Shanhua Dist., Tainan City 741",
            f"{pick(['Hospodárska', 'Hlavná', 'Študentská', 'Clementisova'])} {rng.randint(1, 90)}, 917 0{rng.randint(1, 8)} Trnava",
            f"{pick(['Vysokoškolákov', 'Hlinská', 'Bajzova'])} {rng.randint(1, 60)}, 010 0{rng.randint(1, 8)} Žilina",
            f"Teplička nad Váhom {rng.randint(100, 700)}, 013 01",
            f"{pick(['Štefánikova', 'Fraňa Mojtu', 'Dlhá'])} {rng.randint(1, 120)}/{rng.randint(1, 40)}, 949 01 Nitra",
            f"Calle {pick(['Ignacio Mejía', 'Vicente Guerrero', 'Costa Rica', 'Tlaxcala'])} {rng.randint(100, 4999)}, Col. {pick(['Bellavista', 'Chaveña', 'Altavista', 'Mexicana'])}, 32{rng.randint(0, 6)}{rng.randint(10, 90)} Cd. Juárez, Chih.",
            f"Av. {pick(['de las Torres', 'Tecnológico', 'Waterfill'])} {rng.randint(1000, 9999)}, Fracc. {pick(['Parajes del Sur', 'Riberas del Bravo', 'Praderas del Sur'])}, C.P. 325{rng.randint(10, 99)}, Juárez, Chih.",
            f"{rng.randint(1000, 9999)} {pick(['Montana Ave', 'Alameda Ave', 'Dyer St'])}, El Paso, TX 799{rng.randint(0, 3)}{rng.randint(0, 9)}",
            f"H.No. {rng.randint(1, 12)}-{rng.randint(1, 9)}-{rng.randint(10, 400)}/{pick('ABC')}, {pick(['Yousufguda', 'Kukatpally', 'Miyapur', 'Suraram'])}, Hyderabad 5000{rng.randint(10, 90)}",
            f"Flat {rng.randint(1, 5)}0{rng.randint(1, 8)}, {pick(['Sai Residency', 'Sri Venkateswara Towers', 'Lakshmi Enclave'])}, Plot {rng.randint(1, 120)}, {pick(['Jeedimetla', 'Bollaram', 'Bachupally'])}, Hyderabad, Telangana 5000{rng.randint(40, 90)}",
            f"D.No. {rng.randint(1, 30)}-{rng.randint(1, 12)}-{rng.randint(1, 90)}, {pick(['Parawada', 'Gajuwaka', 'Pedagantyada'])}, {pick(['Anakapalli Dist.', 'Visakhapatnam'])}, AP 53{rng.randint(1000, 1099)}",
            f"#{rng.randint(1, 300)}, St. {pick(['2004', '271', '598', '1019'])}, Sangkat {pick(['Kakab', 'Chaom Chau', 'Trapeang Krasang'])}, Khan Por Sen Chey, Phnom Penh",
            f"Phum {pick(['Prek Tasek', 'Koh Krobei', 'Samraong'])}, Khum {pick(['Prek Anhchanh', 'Kampong Kong', 'Vihear Suork'])}, Srok {pick(['Kandal Stueng', 'Ang Snuol', 'Khsach Kandal'])}, Kandal",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT55)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1960, 2004)}",
                           f"{subject}_{last}", f"{last}_{first[:2]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "ms1.hinet.net",
                             "azet.sk", "centrum.sk", "zoznam.sk", "hotmail.com.mx", "prodigy.net.mx",
                             "rediffmail.com", "yahoo.co.in", "protonmail.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"03-57{d(1)}-{d(4)}",  # Hsinchu Science Park
            f"06-5{d(2)}-{d(4)}",  # Tainan's Shanhua and Xinshi
            f"09{d(2)}-{d(3)}-{d(3)}",  # Taiwanese mobile
            f"+886 9{d(2)} {d(3)} {d(3)}",
            f"033/55{d(1)} {d(2)} {d(2)}",  # Trnava, with the slash
            f"041/{d(3)} {d(2)} {d(2)}",  # Žilina
            f"+421 9{d(2)} {d(3)} {d(3)}",  # Slovak mobile
            f"09{d(2)} {d(3)} {d(3)}",
            f"656 {d(3)} {d(4)}",  # Ciudad Juárez
            f"+52 656 {d(3)} {d(4)}",
            f"(915) {d(3)}-{d(4)}",  # El Paso
            f"+91 9{d(4)} {d(5)}",  # Indian mobile
            f"040-23{d(2)} {d(4)}",  # Hyderabad landline
            f"0{rng.choice(['10', '96', '97'])} {d(3)} {d(3)}",  # Cambodian mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2720", 16), ("37", 15),
                                     ("3528", 16), ("6522", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT55))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT55[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a fab, a car plant, a pharma lab, a shipyard, a mill, a steel works, a
        core facility and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:b011:{h()}:{h()}::{h()}", f"2a02:ab88:{h()}:{h()}::{h()}", f"2806:10a6:{h()}::{h()}",
                         f"2409:40f0:{h()}:{h()}::{h()}", f"2400:5800:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the etcher's tool port is {}, the mes lost it again at 3am", v4),
            ("weld robot 14 on line 3 is {}, it faults every shift change", v4),
            ("the plc for the paint shop conveyor sits on {}", v4),
            ("the cmm controller in the measuring room is {}, can you ping it", v4),
            ("the hplc pc in the qc lab is {}, the audit trail export fails", rng.choice([v4, v6])),
            ("goliath crane 2 at the yard reports to {}", v4),
            ("the loom controller on the weaving floor is {}", v4),
            ("furnace 2's data logger is {}, the temps stopped coming through", v4),
            ("the confocal in the core facility is {}, book before you remote in", rng.choice([v4, v6])),
            ("the label printer at the harness line is {}, it prints blanks", v4),
            ("the bogie test rig at the rail workshop is on {}", v4),
            ("the sewing line's output screen is {}, the counts are off", v4),
            ("DATABASE_URL=mysql://partdb@{}:3306/partdb", v4),
            ("DB_HOST={}", v4),
            ("zeo-address = {}:8100", v4),
            ("database.url-host-part = {}", v4),
            ("  host: {}", v6),
            ("POSTGRES_HOST={}", v4),
            ("2025-05-12 02:14:09.733 ERROR [mes-bridge] SECS/GEM connect timeout to {}:5000", v4),
            ("[2025-05-12 02:14:09] WARN atlas-cmms: smtp relay {} refused the connection", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiolt", "4310!7")
        return rng.choice(
            [
                f"Fab{rng.choice(['12', '14', '18'])}@{rng.choice(['Hsinchu', 'Zhubei', 'Tainan'])}",
                f"Trnava#{rng.choice(['Linka3', 'Zmena', 'Lakovna'])}",
                f"Maquila${rng.choice(['Juarez', 'Chihuahua', '656'])}",
                f"Parawada_{rng.choice(['QA', 'Batch', '531'])}",
                f"VengSreng!{rng.choice(['Line', 'Sew', '2004'])}",
                rng.choice(["wafer", "yield", "batch", "weld", "loom"]).translate(leet) + rng.choice(["", "!", "_55"]),
                f"L{rng.randint(1, 9)}-shift{rng.choice('ABCD')}",
                f"{rng.choice(['Guangfu', 'Hospodarska', 'Tecnologico', 'Jeedimetla', 'Kakab'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Fab', 'Line', 'Lab', 'Yard', 'Mill'])}{rng.randint(1, 99)}",
                f"{rng.choice(['lot', 'wafer', 'batch'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the tool login is on the back of my cleanroom badge, {}", pw),
            ("someone wrote the lims password on the msds binder's spine, {}", pw),
            ("the shift handover whiteboard says the hmi password is {}", pw),
            ("the cmm controller has the admin password taped inside, {}", pw),
            ("the last page of my lab notebook has the eln login, {}", pw),
            ("the kanban card for line 3 has the tablet code on it lol, {}", pw),
            ("the glovebox log has the balance password at the top, {}", pw),
            ("the lockout tag on press 7 has the panel code written on it, {}", d(4)),
            ("i left the supplier portal password in the 8d report draft, {}", pw),
            ("the calibration sticker hides the oven's service code, {}", d(6)),
            ("the gowning room door code is {}, changes monday", d(5)),
            ("my canteen card pin is {}, top it up for me if you pass", d(4)),
            ("i changed the part-db admin password to {}", pw),
            ("the core facility booking password is {}, don't give it to the other lab", pw),
            ("my benchling password is {}, export the plate layouts for me", pw),
            ("the line wifi password is {}, the supervisors changed it again", pw),
            # cues in ways no earlier set used
            ("密碼是 {} 不要貼在機台上", pw),
            ("heslo je {}, nikomu to nehovor", pw),
            ("la contraseña es {}, no le digas al supervisor", pw),
            ("eln password {}, evvariki cheppaku", pw),
            ("ពាក្យសម្ងាត់ wifi {}", pw),
            # commands
            ("$ docker run -e APP_SECRET={} jbtronics/part-db1", tok(32, hexl)),
            ("$ psql postgresql://chemotion:{}@db:5432/chemotion_production", url_pw),
            ("$ curl -u {}: https://yourlab.benchling.com/api/v2/dna-sequences", f"sk_{tok(27, alnum)}"),
            ("$ curl -H 'Authorization: Bearer {}' https://io.quartzy.com/users/me", tok(40, alnum)),
            # pastes
            ("APP_SECRET={}", tok(32, hexl)),
            ("DATABASE_URL=mysql://partdb:{}@127.0.0.1:3306/partdb", url_pw),
            ("DB_PASSWORD={}", pw),
            ("SECRET_KEY_BASE={}", tok(128, hexl)),
            ("DEVISE_SECRET_KEY={}", tok(64, hexl)),
            ("admin-password = {}", pw),
            ("database.password = {}", pw),
            ("keystore.password = {}", pw),
            ("POSTGRES_PWD={}", pw),
            ("JWT_SECRET_KEY={}", tok(48, b64)),
            ("MAIL_PWD={}", pw),
            ("ONSHAPE_SECRET_KEY={}", tok(48, alnum)),
            ("QUARTZY_ACCESS_TOKEN={}", tok(40, alnum)),
            ("  benchling_api_key: {}", f"sk_{tok(27, alnum)}"),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.fab12', 'x_line3', 'shiftb.x', 'x.qa.y')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.fab{rng.choice(['12', '14', '18'])}",
                f"{first}_line{rng.randint(1, 9)}",
                f"shift{rng.choice('abcd')}.{first}",
                f"{first}.qa.{last[:3]}",
                f"{last}-cnc",
                f"lot_{first}{rng.randint(10, 99)}",
                f"{first[:1]}{last}_lab{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=70)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "roc": f"{year - 1911:03d}/{m:02d}/{day:02d}",  # the Republic of China's years, numeric
            "sk": f"{day}. {SK_MONTHS_HELDOUT55[m - 1]} {year}",  # Slovak, the month in the genitive
            "mx": f"{day:02d}/{ES_MONTHS_HELDOUT55[m - 1]}/{year}",  # a Mexican form's month in capitals
            "in": f"{day:02d}-{EN_MONTHS_HELDOUT55[m - 1]}-{year}",  # an Indian form
            "km": f"{_km_digits(f'{day:02d}')}/{_km_digits(f'{m:02d}')}/{_km_digits(str(year))}",  # Khmer digits
            "iso": f"{year}-{m:02d}-{day:02d}",
            "dot": f"{day:02d}.{m:02d}.{year}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["dot", "sk", "mx", "in", "roc", "km", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the gowning badge form wants my birthday, i put {}", any_shape),
            ("for the plant induction they need your date of birth, it's {} right", any_shape),
            ("the maquila hiring form has my birth date wrong, it's {}", s["mx"]),
            ("the medical at the pharma plant asked my dob, {}", s["in"]),
            ("the shipyard safety passport says i was born {}", any_shape),
            ("the lab access card has my birthday as {}, typo or what", s["dot"]),
            ("出生日期：{}", s["roc"]),
            ("narodil som sa {}", s["sk"]),
            ("dátum narodenia: {}", s["sk"]),
            ("FECHA DE NACIMIENTO: {}", s["mx"]),
            ("Date of Birth: {}", s["in"]),
            ("ថ្ងៃខែឆ្នាំកំណើត {}", s["km"]),
            ('  "birth_date": "{}",', s["iso"]),
            ("Dat. nar.: {}", s["dot"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


KM_DIGITS_HELDOUT55 = "០១២៣៤៥៦៧៨៩"
SK_MONTHS_HELDOUT55 = ("januára februára marca apríla mája júna júla augusta septembra októbra novembra "
                       "decembra").split()  # fmt: skip
ES_MONTHS_HELDOUT55 = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()
EN_MONTHS_HELDOUT55 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _km_digits(digits: str) -> str:
    """Digits in Khmer numerals ('1987' -> '១៩៨៧')."""
    return "".join(KM_DIGITS_HELDOUT55[int(c)] for c in digits)


HELDOUT55_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on nights this week so do the tool handover with them",
        "can you swap my saturday shift with {}",
        "{} found the particle issue on the litho track",
        "remind me to ask {} about the scrap numbers on line 2",
        "{} signed off the out of spec batch, qa isn't happy",
        "{} is leading the audit prep for next week",
        "{} filed the patent draft with the attorney yesterday",
        "{} booked the confocal for the whole of friday again",
        "tell {} the weld robot faulted twice on c shift",
        "{} trained me on the gowning, took forever",
        "i'm riding the plant bus with {} tomorrow",
        "{} got moved to the new model launch team",
        "{} does the hplc runs for the stability samples",
        "{} is the new shift lead on the sewing floor",
        "{} measured the bracket on the cmm, 0.04 over",
        "ask {} whether the steel samples went to the lab",
        "{} covered my overtime, owe them a coffee",
        "{} is off sick, someone take over the wafers",
        "{} wrote the 8d for the harness complaint",
        "{} is the pi on the grant, ask her first",
        "Ing. {} schvaľuje zmenu na linke",
        "pani {} má dnes nočnú",
        "el inge {} dice que la línea 4 para a las 3",
        "bong {} finished the hems for the order",
        "{} garu approved the cleaning validation",
        "Badge 40417 | {} | Shift C",
        "Shift B lead: {}",
        "Vedúci zmeny: {}",
        "Witnessed by: {}",
        "Analyst: {}",
        "QA release: {}",
        "Inventors: {}; {}",
        "Lead auditor: {}",
        "Auditee: {}",
        "8D team lead: {}",
        "NCR raised by: {}",
        "Supervisora de línea: {}",
        "PI: {}",
        "Booked by: {}",
        "Regards,\n{}\nProcess Engineering",
        "| 2025-05-12 | C | {} | line 3 |",
        '"operator": "{}",',
    ],
    "STREET_ADDRESS": [
        "the plant bus picks me up at {}",
        "send the badge to my new place, {}",
        "my room in the dorm is at {}, bring the charger",
        "the lab moved to {}",
        "the supplier's workshop is {}, the samples go there",
        "i'm renting at {} near the plant",
        "the union office is {}",
        "Address: {}",
        "Adresa: {}",
        "Domicilio: {}",
        '"home_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the yield report to {}",
        "the audit findings came from {}",
        "cc {} on the 8d",
        "the patent attorney wants drafts at {}",
        "E-mail (shift lead): {}",
        '"email": "{}",',
        "MAILER_FROM={}",
        "admin_email = {}",
    ],
    "PHONE_NUMBER": [
        "the shift lead's number is {}",
        "call maintenance on {} if the press stops again",
        "the core facility manager's phone is {}",
        "my sister at the plant is on {}",
        "text me on {} when the batch is released",
        "Tel.: {}",
        "Celular: {}",
        '"mobile": "{}",',
    ],
    "CREDIT_CARD": [
        "I topped up the canteen with {}",
        "the conference fee went on {}",
        "book the hotel for the audit on {}",
        "the travel claim says i paid with {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the plant pays my wages into {}",
        "refund the training deposit to {}",
        "my overtime goes to {}",
        "the lab partner's account is {}",
        "IBAN: {}",
        "IBAN (mzda): {}",
    ],
    "USERNAME": [
        "on Benchling I'm {}",
        "my Quartzy user is {}",
        "protocols.io has me as {}",
        "my GrabCAD name is {}",
        "on Onshape I'm {}",
        "add me on Pokec, {}",
        "my Profesia.sk login is {}",
        "on Computrabajo I'm {}",
        "my Naukri id is {}",
        "my ShareChat handle is {}",
        "add my LINE ID, {}",
        "the MES knows me as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT55_MIXED = [
    ("Shift lead: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Analyst: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[database]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/parts", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} keeps the glovebox log, the code is {}", ["PERSON", "SECRET"]),
    ("Operator: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Onshape name is {}, the wages go to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the audit came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the conference with {}", ["PERSON", "CREDIT_CARD"]),
    ("bong {} is on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Employee: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT55_NEGATIVES = [
    "the Hsinchu Science Park is where most of Taiwan's fabs are",
    "Zhubei grew up around the fab engineers",
    "Tainan has the Southern Science Park",
    "Taiwanese names are written with the family name first",
    "most engineers in a fab go by an English name",
    "Trnava has the car plant and Žilina has the other one",
    "Teplička nad Váhom is the village next to the plant",
    "in Slovak a woman's family name ends in -ová",
    "Ing. is the engineer's degree in Slovakia, you see it on every door",
    "pani just means Mrs in Slovak",
    "Maťo and Zuzka are just short forms of Martin and Zuzana",
    "Ciudad Juárez is across the river from El Paso",
    "a maquiladora assembles parts that come in duty free",
    "Ma. is how forms shorten María",
    "inge is what the line calls any engineer",
    "Chihuahua is the biggest state in Mexico",
    "Genome Valley is north of Hyderabad",
    "Parawada has a pharma city near Visakhapatnam",
    "Telugu names put the house name first, often just an initial",
    "garu is a respectful word after a name in Telugu",
    "Veng Sreng Boulevard is lined with garment factories",
    "Khmer names put the family name first",
    "bong means older brother or sister in Khmer",
    "Kandal province surrounds Phnom Penh",
    "lot 4417-B failed final test",
    "wafer 23 of lot N7Q112 had a scratch",
    "batch 2405-114 is on hold for the assay",
    "part number 90210-A3 is the left bracket",
    "c shift runs from 22:00 to 06:00",
    "yield on line 3 was 97.4% this week",
    "the tolerance is plus minus 0.05 mm",
    "ISO 9001 and IATF 16949 are the audit standards",
    "21 CFR Part 11 covers electronic records",
    "ISO 14644-1 class 5 for the cleanroom",
    "EN 15085 is the rail welding standard",
    "US 11,234,567 B2 is the granted patent",
    "the priority date is 12 March 2024",
    "the line stops for 45 minutes at 2am",
    "takt time is 58 seconds",
    "we scrapped 312 parts last month",
    "the steel grade is S355J2",
    "the hull block 114 goes to the dock next week",
    "the loom runs at 650 picks per minute",
    "the shirt order is 24,000 pieces",
    "overtime pays 1.5x after 8 hours",
    "the bus leaves the gate at 06:10",
    "HPLC column C18, 250 x 4.6 mm",
    "the confocal is booked 9 to 12",
    "room B204 is the core facility",
    "Toyota, Honda and Ford are named after their founders' families",
    "Bosch and Siemens are named after their founders",
    "Dr. Reddy's is a pharma company in Hyderabad",
    "Part-DB 1.14 added KiCad integration",
    "SENAITE 2.6 is out",
    "Chemotion ELN 1.10 fixed the sample import",
    "openBIS 20.10 is the LTS",
    "Atlas CMMS added work order templates",
    "fixed in commit 7c2e9a1, see the changelog",
    "APP_SECRET=change_me",
    "DB_PASSWORD=${DB_PASSWORD}",
    "BENCHLING_API_KEY=<your key here>",
    "admin-password = ",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "4000 0566 5566 5556 is the debit test number",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "write to qa@example.com on the form",
    "192.0.2.55 is a documentation address",
    "198.51.100.23 is a documentation address",
    "2001:db8:55::1 is a documentation address",
    "112 in Slovakia, 911 in Mexico",
    "917 01 is the postcode of Trnava",
    "32000 is where Juárez postcodes start",
    "300 is the postcode of Hsinchu City",
    "am i on nights next week",
    "the coffee machine in the cleanroom corridor is broken again",
    "remind me to renew my forklift licence",
    "did the samples come back yet",
    "see you at the gate",
    "bring your safety shoes, they check at the door",
    "never volunteering for the audit again lol",
]  # fmt: skip


def _typo55(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a nitrile glove in the cleanroom hitting the key
    to the left of the one meant, never on a word's first letter ('line' -> 'lins', 'shift' -> 'shigt'), or
    a tap on the phone's suggestion bar putting a short word in twice ('the line' -> 'the the line').
    Only in sentences typed to the bot or a friend; a title stays as written."""
    if not _chat_like(template):
        return template
    if rng.random() < 0.7:
        words = [m for m in WORD_HELDOUT55.finditer(template) if m.group(1).lower() not in TITLES_HELDOUT55]
        spots = [
            (m, i) for m in words for i in range(1, len(m.group(1))) if m.group(1)[i] in KEY_LEFT_HELDOUT55
        ]
        if spots:
            m, i = rng.choice(spots)
            word = m.group(1)
            word = word[:i] + KEY_LEFT_HELDOUT55[word[i]] + word[i + 1 :]
            return template[: m.start()] + word + template[m.end() :]
    shorts = list(SHORT_WORD_HELDOUT55.finditer(template))
    if shorts:
        m = rng.choice(shorts)
        return template[: m.end()] + m.group(1) + " " + template[m.end() :]
    return template


def build_heldout55(seed: int = HELDOUT55_SEED) -> list[Example]:
    """Held-out set 55: `Gen55` values in `HELDOUT55_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen55(seed)
    return assemble_module_set(
        gen, HELDOUT55_TEMPLATES, HELDOUT55_MIXED, HELDOUT55_NEGATIVES, _typo55, person=gen.person_for
    )
