"""Held-out PII set 42 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout42": written before round 31 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT42 is empty, as for
held-out 16 to 40; written at the same time as held-out 41, the two authors split the world between them: 42
takes building, energy, utilities and the trades (construction sites and site inductions, plumbers,
electricians, roofers, scaffolders, solar and heat-pump installers, wind farms, mines and quarries, oil and gas
platforms, factories and shift handovers, garages and MOTs, shipyards, meter readers, broadband and fibre
installers, skip hire and builders' merchants), 41 takes learning and childhood (schools, nurseries, exams,
tutoring, student halls, youth clubs)); hand-written lists of Ramgarhia Sikhs of Southall, Coventry's
Foleshill, Nairobi and Kampala (the carpenters' and builders' community: joiners, builders, electricians and
builders' merchants; Singh and Kaur between the given name and the family name, or a CSCS card's initials:
'Gurmit Singh Panesar', 'Harjinder Kaur Sagoo', 'G S Matharu'), Russian Old Believers of Lake Peipus'
shore (Kallaste, Varnja, Kolkja, Mustvee) and Russians of Narva and Kohtla-Järve (oil-shale mines and power
stations: church names in the Estonian transliteration of a Russian name, the feminine -a, a patronymic in
-ovitš and -ovna, and a site register's SURNAME Given: 'Kapiton Žuravljov', 'Fekla Sinitsõna', 'Avdei
Ivanovitš Rastorgujev', 'ŠAVRIN Zinovi'), Cebuano welders and fitters of Balamban, Mandaue and Lapu-Lapu
(shipyards at home, in Ulsan and Geoje and on Ras Laffan: the gang's nickname in place of the given name:
'Junrey Ypil', 'Dodong Cabahug', 'Inday Sumalinog'), Mappila Muslims of Malappuram, Tirur and Kozhikode on the
Gulf's platforms and refineries (Das Island, Ras Tanura, Ruwais: a house name after the given name or its
initials before it: 'Shafeeq Valiyakath', 'V.K. Shamsudheen', 'Abdul Nasar Thottathil'), Donegal
Gaeltacht tunnellers and groundworkers of Gweedore, the Rosses and Glenties (the Tunnel Tigers of London's
and Scotland's tunnels and dams: a father's given name in the Irish genitive between the given name and
the family name, and the family name in Irish: 'Johnny Mhicí Bonner', 'Bridie Phadaí', 'Mánus Ó
Gallchóir'), Sylhetis of Sunamganj and Moulvibazar on Singapore's and Qatar's sites (dormitories at Tuas and
Kranji: a work permit's MD before the name in capitals, or 'Md.' as a pay slip writes it: 'MD SHAHIDUL
ISLAM', 'Md. Rafiqul Miah', 'Jubayer Talukder') and Maramureș builders of Săpânța, Breb and Baia Mare working
in Paris, Madrid and Munich (Romanian given names and Maramureș family names, a village's 'Ion a lui
Toader' with the father's given name, and a Romanian form's NUME Prenume: 'Vasile Hotea', 'Ion a lui
Toader', 'BÂRLEA Ileana'); 'Sardar X' and 'Sardarni X' (Ramgarhia), 'nea X' and 'tanti X' (Maramureș),
'härra X' and 'proua X' (Estonia's Russians) with the title outside the span, and site-induction
('Inducted by:', 'Induction given to:'), permit-to-work ('Authorised person:', 'Competent person:', 'Permit
holder:', 'Fire watch:'), lifting ('Appointed person:', 'Slinger signaller:', 'Banksman:'), shift-handover
('Handed over by:', 'Received by:'), MOT ('Tester:'), meter-reading ('Read by:'), installer ('Commissioned
by:'), gang ('Ganger:', 'Chargehand:') and rig ('OIM:', 'Toolpusher:') fields; over three quarters of the
sentences typed to the bot or a friend: site inductions and CSCS cards, gangs and day rates, permits and
hot works, plumbing and electrics jobs, roofs and scaffolds, solar panels, batteries and heat pumps, wind
turbines, quarries and mines, platforms and rotations, shift handovers, garages and MOTs, shipyards and
welding tickets, meter readings, fibre installs, skips and builders' merchants; self-hosted apps' config no
earlier set pasted: emoncms settings.ini, emonhub.conf, FUXA settings.js, OpenREMOTE's .env, Fleetbase .env,
LubeLogger's connection string, openMAINT's database.conf, evcc.yaml, Grott's grott.ini, TeslaMate env
files and Rapid SCADA's XML; those regions' addresses (Southall UB1 and UB2, Foleshill CV6, Nairobi's Ngara
and Kampala's Nakasero with P.O. Box, Narva and Kohtla-Järve flats 'Kreenholmi 24-15, 20104 Narva' with
house and flat joined by a hyphen, Peipus villages 'Kolkja küla, Peipsiääre vald', Cebu's 'Sitio ..., Brgy.
..., Balamban, Cebu 6041', Geoje's dong, Qatar's 'Building 12, Street 940, Zone 57', Kerala's '(H)' house
names with P.O. and PIN, Gulf housing villas, Donegal townlands with an Eircode F92 or F94, Cricklewood NW2,
Sylheti villages 'Vill: ..., P.O.: ..., P.S.: ..., Dist: Sunamganj', Singapore dormitories with the six-digit
postcode, Maramureș 'Sat Breb nr. 112, com. Ocna Șugatag, jud. Maramureș', Baia Mare blocks with 'ap.')
and phones (Southall 020 8574, Coventry 024 76, UK mobiles, Kenyan and Ugandan mobiles, Estonian mobiles
and Narva's 35, Philippine mobiles and Cebu's (032), Korean 010, Qatar mobiles, Indian mobiles and
Malappuram's 0483, UAE 050, Irish 087 and Gweedore's 074 95, Bangladeshi 017, Sylhet 0821, Singapore 8 and
9, Romanian 07 and Baia Mare 0262); Visa, Mastercard 51-55 and 2221-2720, Amex 34 and 37, Diners 36 (14
digits), Discover 6011 and a 19-digit UnionPay 62 as a merchant's trade counter, a skip-hire booking or a
garage's card terminal takes them, with spaces, dots or none; IBANs of the United Kingdom, Ireland,
Estonia, Romania, the United Arab Emirates and Qatar (every IBAN country was used by an earlier set; these fit
this set's people); IPs in PLC, HMI, SCADA gateway, Modbus TCP, solar inverter, battery, heat-pump
controller, BMS, EV charger, smart-meter gateway, fibre ONT and OLT, site CCTV recorder, tower-crane
anti-collision, crusher, gas-detector, dewatering-pump, wind-turbine controller, substation RTU, MOT
emissions analyser and skip-lorry tracker chat and in the pastes above, a Modbus gateway log and a
PLC's syslog line, v6 in 2a01:4b00, 2001:7d0, 2a02:8084, 2a02:2f0e and 2407:5000 ranges; passwords handed
over in ways no earlier set used (on the site cabin's whiteboard, the permit board, inside the meter cupboard
door, the inverter's laminated card, the sticker under the heat pump's panel, the shift handover log, the
tool van's alarm, the compound gate, the skip yard's key safe and the garage's diagnostic tablet), the
Kreenholm mill ('Kreenholm!1857'), Tuas ('Tuas#Dorm7'), Balamban's yard ('Balamban_6G'), the tunnel
('Gweedore#Tunnel3'), the Merry Cemetery ('Sapanta-1935'), Das Island ('DasIsland@28'), leetspeak of trade words
('sc4ff0ld', 'h34tpump'), words joined by hyphens with a cable size ('spark-ring-2.5'), SolarEdge, Solcast,
Victron VRM, Enphase, Samsara, ServiceM8, simPRO and Geotab secrets, an OCPP authorisation key, emoncms API
keys, FUXA's secret code and TeslaMate's encryption key, and cues in Estonian ('parool'), Romanian
('parola e'), Punjabi ('ਪਾਸਵਰਡ') and Bengali ('পাসওয়ার্ড'); usernames on Screwfix's community, DIYnot,
ElectriciansForums, PlumbersForums, WeldingWeb, Contractor Talk, Heat Geek, Navitron, Solar Panel Talk,
PVOutput, the Open Energy Monitor forum, MyBuilder, Rated People, Rigzone, PistonHeads, ISPreview,
thinkbroadband, Eng-Tips, Practical Machinist, Terry Love's plumbing forum, Build Hub, HomeBuilding,
CNCzone and the Garage Journal, shapes like 'x_on_the_tools', 'y.sparks', 'scaff_x', 'x.welds.6g',
'y_rigger7', 'x-on-nights' and 'y_hv'; dates of birth on a site pass, a CSCS application, an OPITO
certificate, a seaman's book, a Singapore work permit and a Qatar ID, in Estonian ('sünniaeg'), Romanian
('data nașterii'), Irish ('dáta breithe'), Punjabi ('ਜਨਮ ਮਿਤੀ'), Bengali ('জন্ম তারিখ'), a work permit's
'05-MAR-1988', Oracle's TO_DATE(), SQL's CAST(... AS DATE) and Ruby's Time.new(); typos as a cracked phone
screen's dead key, one letter missing from every word typed outside the slots ('remind me' -> 'rmind m'), or
the crack's ghost touch, that key's letter typed before a word unasked ('call the' -> 'call kthe'); negatives
with the same regions' places, the Singh and Kaur, the patronymic, the Irish genitive, the nickname and the
'a lui' explained, site, trade, energy, mine, rig, garage, shipyard, meter and fibre talk, shift times, a
start date, a pour and an MOT's date that are not birthdays, job, permit, part, serial, batch and MOT test
station numbers, torque values, cable sizes, breaker ratings, IP ratings ('IP65'), kW and kWh, prices, day
rates, a version, a commit, emoncms and evcc boilerplate, placeholder secrets, a masked PIN, test cards,
example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers, and short everyday
chat).

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

HELDOUT42_SEED = 5192047
# no faker name locale, as in held-out 16 to 40: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT42: list[str] = []
# building, energy, utilities and the trades (held-out 41, written at the same time, takes learning and
# childhood); each origin: (men's given names, women's given names, family names)
NAMES_HELDOUT42: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Ramgarhia Sikhs of Southall, Coventry's Foleshill, Nairobi and Kampala (joiners, builders, electricians,
    # builders' merchants); Singh or Kaur goes between the given and the family name
    "ramgarhia": ("Gurmit Kulwant Tarlochan Sukhdev Balbir Avtar Mohinder Jaswant Harbhajan Ranjit".split(),
                  "Harjinder Surjit Amarjit Manjit Jasbir Balwinder Rajinder Paramjit".split(),
                  "Panesar Matharu Sehmi Bhamra Sagoo Kalsi Hunjan Virdee Dhanjal Bharj Sohal Rayat Birdi Chaggar Ubhi Hanspal Jandu".split()),
    # Old Believers of Lake Peipus' shore and Russians of Narva and Kohtla-Järve (oil-shale mines, power
    # stations), in the Estonian transliteration; a woman's family name takes -a
    "peipus_russian": ("Avdei Kapiton Feofan Zinovi Ilarion Spiridon Jevgeni Vjatšeslav Fjodor".split(),
                       "Fekla Minodora Anisja Jevdokija Marfa Ksenija Ljudmila Tatjana".split(),
                       "Rastorgujev Kalatšov Molodtsov Šavrin Sinitsõn Žuravljov Bulin Tšistjakov Kuzmin Jermakov Gorjunov".split()),
    # Cebuano welders, fitters and riggers of Balamban, Mandaue and Lapu-Lapu (and Ulsan, Geoje, Ras Laffan)
    "cebuano": ("Junrey Jerwin Joemar Reymark Arnel Jhunnel Kennard Ritchie Dondie".split(),
                "Jessa Rhealyn Ritchel Jonalyn Lovely Kristine Mariel".split(),
                "Cabahug Ypil Sumalinog Cañete Ouano Alcoseba Tumulak Abellana Gultiano Baclayon Inoc Dinoy Ybañez Lumapas Amodia".split()),
    # Mappila Muslims of Malappuram, Tirur and Kozhikode on the Gulf's platforms and refineries; the family's
    # house name after the given name, or its initials before it
    "mappila": ("Shafeeq Moideen Kunhalavi Shamsudheen Faisal Jabir Muneer Haris Sidheeq".split() + ["Abdul Nasar"],
                "Nafeesa Sainaba Ramlath Haseena Jameela Suhra Shabna".split(),
                "Valiyakath Thottathil Puthanpurayil Pallikkal Chalil Kunnath Parambil Kizhakkayil Koyappathodi Madathil Mannarakkal".split()),
    # Donegal Gaeltacht tunnellers and groundworkers of Gweedore, the Rosses and Glenties (the Tunnel Tigers)
    # (the family name in Irish too)
    "donegal": ("Johnny Paddy Mánus Packie Hughie Connie Francie Donal Neilly".split(),
                "Bridie Gráinne Nora Máire Sinéad Caitlín Annie".split(),
                ["Bonner", "Boyle", "Breslin", "Gallagher", "Sweeney", "Doherty", "McFadden", "Coyle", "McBride",
                 "Ó Gallchóir", "Mac Suibhne", "Ó Baoill"]),
    # Sylhetis of Sunamganj and Moulvibazar on Singapore's and Qatar's sites
    "sylheti": ("Shahidul Rafiqul Mizanur Jubayer Foysal Rubel Sumon Jakir Alamgir".split() + ["Abdul Muhit"],
                "Shilpi Rokeya Sufia Nazma Rehana Monowara".split(),
                "Miah Uddin Talukder Islam Laskar Mazumder Bhuiyan Sarker Choudhury".split()),
    # Maramureș builders of Săpânța, Breb and Baia Mare (working in Paris, Madrid and Munich)
    "maramures": ("Vasile Ion Gheorghe Toader Grigore Mihai Ilie Petru Dumitru".split(),
                  "Ileana Anuța Floarea Maricica Rodica Victoria Ioana".split(),
                  "Hotea Bârlea Dunca Iuga Ilieș Mihali Berci Tivadar Hotca Borlean Petreuș".split()),
}  # fmt: skip
# a Donegal father's given name in the Irish genitive, between the given and the family name
DONEGAL_FATHERS_HELDOUT42 = "Mhicí Phadaí Sheáin Mhánuis Dhónaill Néillí Chonaill Hiúdaí".split()
# a patronymic of the Peipus and Narva Russians: father's name -> (a son's, a daughter's)
PATRONYMICS_HELDOUT42 = {
    "Ivan": ("Ivanovitš", "Ivanovna"), "Fjodor": ("Fjodorovitš", "Fjodorovna"),
    "Avdei": ("Avdejevitš", "Avdejevna"), "Kapiton": ("Kapitonovitš", "Kapitonovna"),
    "Sergei": ("Sergejevitš", "Sergejevna"), "Nikolai": ("Nikolajevitš", "Nikolajevna"),
}  # fmt: skip
# the gang's nickname a Cebuano goes by in place of the given name
CEBUANO_NICKNAMES_HELDOUT42 = {
    "men": "Dodong Toto Nonoy Dondon Bebot".split(),
    "women": "Inday Neneng Day".split(),
}
# a title before the name (outside the span) goes with the origins that use it
TITLED_HELDOUT42: dict[str, list[str]] = {
    "sardar": ["ramgarhia"],
    "sardarni": ["ramgarhia"],
    "nea": ["maramures"],  # a Romanian village's 'uncle' before an older man's given name
    "tanti": ["maramures"],
    "härra": ["peipus_russian"],  # Estonian 'Mr' and 'Mrs' before a family name
    "proua": ["peipus_russian"],
}
TITLE_SLOT_HELDOUT42 = re.compile(r"\b(sardarni|sardar|nea|tanti|härra|proua) \{\}", re.IGNORECASE)
# every IBAN country was used by an earlier set: these fit this set's people
IBAN_SHAPES_HELDOUT42 = {"GB": "4a14n", "IE": "4a14n", "EE": "16n", "RO": "4a16c", "AE": "19n", "QA": "4a21c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT42 = ["site", "build", "plant", "rig", "weld", "sparks", "plumbing", "roofing", "scaffold",
                      "solar", "heatpump", "quarry", "shifts", "garage", "fibre", "skips"]  # fmt: skip
# slips outside the slots: a cracked screen's dead key or its ghost touch
DEAD_KEYS_HELDOUT42 = "eaonrtl"


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Žuravljov' -> 'zuravljov',
    'Sinitsõn' -> 'sinitson', 'Ó Gallchóir' -> 'ogallchoir')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen42(Gen3):
    """Generators for held-out set 42: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT42 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT42))
        men, women, lasts = NAMES_HELDOUT42[origin]
        woman = rng.random() < (0.25 if origin in ("sylheti", "mappila") else 0.45)
        given = rng.choice(women if woman else men)
        last = rng.choice(lasts)
        if origin == "peipus_russian" and woman:
            last += "a"
        return origin, given, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "ramgarhia":
            middle = "Kaur" if woman else "Singh"
            if r < 0.6:
                return f"{first} {middle} {last}"
            if r < 0.8:  # a CSCS card's initials
                return f"{first[0]} {middle[0]} {last}"
            return f"{first} {middle}"
        if origin == "peipus_russian":
            if r < 0.3:
                father = rng.choice(sorted(PATRONYMICS_HELDOUT42))
                return f"{first} {PATRONYMICS_HELDOUT42[father][int(woman)]} {last}"
            if r < 0.5:  # a site register's SURNAME Given
                return f"{last.upper()} {first}"
        if origin == "cebuano" and r < 0.45:
            return f"{rng.choice(CEBUANO_NICKNAMES_HELDOUT42['women' if woman else 'men'])} {last}"
        if origin == "mappila" and r < 0.35:  # the house name's initials before the given name
            return f"{last[0]}.{rng.choice('KPTMC')}. {first}"
        if origin == "donegal" and r < 0.45:
            father = rng.choice(DONEGAL_FATHERS_HELDOUT42)
            return f"{first} {father}" if rng.random() < 0.4 else f"{first} {father} {last}"
        if origin == "sylheti":
            if r < 0.3:  # a work permit's capitals
                return (
                    f"MD {first.upper()} {last.upper()}" if not woman else f"{first.upper()} {last.upper()}"
                )
            if r < 0.5 and not woman:
                return f"Md. {first} {last}"
        if origin == "maramures":
            if r < 0.3 and not woman:
                return f"{first} a lui {rng.choice(NAMES_HELDOUT42['maramures'][0])}"
            if r < 0.5:  # a Romanian form's NUME Prenume
                return f"{last.upper()} {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.77:
            name = first
        elif r < 0.87:
            name = last
        else:  # the given name's initial and the family name, as a permit or a timesheet gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Sardar Gurmit Singh', 'nea Vasile', 'proua Šavrina'), from
        the origins that use it."""
        rng = self.rng
        title = title.lower()
        origin = rng.choice(TITLED_HELDOUT42[title])
        men, women, lasts = NAMES_HELDOUT42[origin]
        woman = title in ("sardarni", "tanti", "proua")
        given, last = rng.choice(women if woman else men), rng.choice(lasts)
        r = rng.random()
        if origin == "ramgarhia":
            middle = "Kaur" if woman else "Singh"
            return f"{given} {middle}" if r < 0.5 else f"{given} {middle} {last}"
        if origin == "maramures":  # 'nea' and 'tanti' go before the given name
            return given if r < 0.8 else f"{given} {last}"
        last = last + "a" if woman else last  # 'härra' and 'proua' before the family name
        return last if r < 0.75 else f"{given} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT42.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        letters = "ABDEFHJLNPRTWXY"
        eir = lambda: f"{pick(letters)}{rng.randint(1, 9)}{pick(letters)}{rng.randint(1, 9)}"  # noqa: E731
        shapes = [
            f"{n} {pick(['Dormers Wells Lane', 'Havelock Road', 'Featherstone Road', 'Norwood Road'])}, Southall {pick(['UB1', 'UB2'])} {rng.randint(1, 9)}{pick(letters)}{pick(letters)}",
            f"{n} {pick(['Foleshill Road', 'Cross Road', 'Lythalls Lane', 'Station Street East'])}, Coventry CV6 {rng.randint(1, 7)}{pick(letters)}{pick(letters)}",
            f"{pick(['Ngara Road', 'Park Road', 'Murang’a Road'])}, Ngara, P.O. Box {rng.randint(10000, 79999)}-00600, Nairobi",
            f"Plot {n}, {pick(['Nakasero Road', 'Kyaggwe Road', 'Nkrumah Road'])}, P.O. Box {rng.randint(1000, 9999)}, Kampala",
            f"{pick(['Kreenholmi', 'Tallinna mnt', 'Puškini', 'Kangelaste prospekt'])} {rng.randint(1, 60)}-{rng.randint(1, 90)}, 20{rng.randint(101, 309)} Narva",
            f"{pick(['Järveküla tee', 'Ahtme mnt', 'Outokumpu'])} {rng.randint(1, 60)}-{rng.randint(1, 90)}, 30{rng.randint(101, 399)} Kohtla-Järve",
            f"{pick(['Kolkja', 'Varnja', 'Kasepää'])} küla, {pick(['Peipsi', 'Kalda', 'Kesk'])} tn {rng.randint(1, 80)}, Peipsiääre vald, 604{rng.randint(10, 99)} Tartumaa",
            f"{pick(['Oja', 'Kalda', 'Tartu'])} {rng.randint(1, 90)}, Kallaste, 60104 Tartumaa",
            f"{pick(['Narva', 'Tartu', 'Kalda'])} {rng.randint(1, 60)}, Mustvee, 49604 Jõgevamaa",
            f"Sitio {pick(['Lagtang', 'Kalubihan', 'Tubod'])}, Brgy. {pick(['Arpili', 'Buanoy', 'Cantuod'])}, Balamban, Cebu 6041",
            f"Purok {rng.randint(1, 9)}, Brgy. {pick(['Looc', 'Tipolo', 'Subangdaku'])}, Mandaue City 6014",
            f"{n} {pick(['M.L. Quezon Highway', 'Basak-Marigondon Road'])}, Brgy. {pick(['Pusok', 'Basak', 'Agus'])}, Lapu-Lapu City 6015",
            f"{pick(['Okpo 1-dong', 'Okpo 2-dong', 'Aju-dong'])} {rng.randint(100, 999)}-{rng.randint(1, 40)}, Geoje-si, Gyeongsangnam-do",
            f"Building {rng.randint(1, 90)}, Street {rng.randint(800, 990)}, Zone {rng.randint(50, 92)}, {pick(['Mesaieed', 'Al Khor', 'Doha'])}",
            f"{pick(['Valiyakath', 'Thottathil', 'Puthanpurayil', 'Kizhakkayil'])} (H), P.O. {pick(['Tirur', 'Kondotty', 'Vengara'])}, Malappuram {rng.randint(676101, 676553)}",
            f"{pick(['Koyappathodi', 'Madathil', 'Chalil'])} House, {pick(['Feroke', 'Ramanattukara'])}, Kozhikode {rng.randint(673631, 673655)}",
            f"Villa {n}, Ruwais Housing Complex, Ruwais, Abu Dhabi",
            f"{pick(['Meenaleck', 'Derrybeg', 'Bunbeg', 'Gortahork'])}, Gweedore, Co. Donegal F92 {eir()}",
            f"{pick(['Dungloe', 'Burtonport', 'Annagry'])}, the Rosses, Co. Donegal F94 {eir()}",
            f"{pick(['Mill Road', 'Main Street'])}, Glenties, Co. Donegal F94 {eir()}",
            f"Flat {rng.randint(1, 30)}, {n} {pick(['Cricklewood Broadway', 'Kilburn High Road', 'Chichele Road'])}, London NW2 {rng.randint(1, 7)}{pick(letters)}{pick(letters)}",
            f"Vill: {pick(['Noagaon', 'Dighirpar', 'Kalaruka'])}, P.O.: {pick(['Syedpur', 'Pailgaon'])}, P.S.: {pick(['Jagannathpur', 'Chhatak'])}, Dist: Sunamganj",
            f"Vill: {pick(['Ujandhar', 'Baramchal'])}, P.S.: {pick(['Kulaura', 'Rajnagar'])}, Dist: Moulvibazar 3230",
            f"House {n}, {pick(['Shahjalal Upashahar', 'Zindabazar', 'Amberkhana'])}, Sylhet 3100",
            f"{pick(['Tuas South Dormitory, 10 Tuas South Street 13', 'Kranji Lodge, 12 Kranji Way', 'Sungei Tengah Lodge, 500 Old Choa Chu Kang Road'])}, Singapore {pick(['637111', '739055', '698928'])}",
            f"Str. Principală nr. {rng.randint(1, 900)}, Săpânța {rng.randint(437300, 437399)}, jud. Maramureș",
            f"Sat Breb nr. {rng.randint(1, 300)}, com. Ocna Șugatag, jud. Maramureș",
            f"Bd. {pick(['Independenței', 'Unirii', 'Republicii'])} nr. {rng.randint(1, 80)}, bl. {rng.randint(1, 30)}, ap. {rng.randint(1, 60)}, Baia Mare",
            f"{n} rue {pick(['de la Chapelle', 'Gabriel Péri', 'du Landy'])}, 93200 Saint-Denis",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT42)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{first}-{subject}", f"{last}_{first}", f"{first}{rng.randint(1960, 2003)}",
                           f"{last}{subject}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com", "outlook.com",
                             "mail.ee", "hot.ee", "neti.ee", "yahoo.com.ph", "naver.com", "qatar.net.qa",
                             "eircom.net", "yahoo.ie", "yahoo.com", "rediffmail.com", "yahoo.ro", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"020 8574 {d(4)}",  # Southall
            f"024 76{d(2)} {d(4)}",  # Coventry
            f"07{d(3)} {d(6)}",  # UK mobile
            f"+254 7{d(2)} {d(3)} {d(3)}",  # Kenya mobile
            f"+256 77{d(1)} {d(6)}",  # Uganda mobile
            f"5{d(3)} {d(4)}",  # Estonian mobile, domestic
            f"+372 35{d(1)} {d(4)}",  # Narva landline
            f"0917 {d(3)} {d(4)}",  # Philippine mobile
            f"(032) {rng.choice('234')}{d(2)} {d(4)}",  # Cebu landline
            f"010-{d(4)}-{d(4)}",  # Korean mobile
            f"+974 {rng.choice('3567')}{d(3)} {d(4)}",  # Qatar mobile
            f"+91 9{d(4)} {d(5)}",  # Indian mobile
            f"0483 2{d(6)}",  # Malappuram landline
            f"050 {d(3)} {d(4)}",  # UAE mobile
            f"087 {d(3)} {d(4)}",  # Irish mobile
            f"074 95 {d(5)}",  # Gweedore landline
            f"+880 17{d(2)}-{d(6)}",  # Bangladeshi mobile
            f"0821 {d(6)}",  # Sylhet landline
            f"+65 {rng.choice('89')}{d(3)} {d(4)}",  # Singapore mobile
            f"07{rng.choice('2345')}{d(1)} {d(3)} {d(3)}",  # Romanian mobile
            f"0262 {d(3)} {d(3)}",  # Baia Mare landline
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("55", 16), ("2221", 16), ("34", 15),
                                     ("37", 15), ("36", 14), ("6011", 16), ("62", 19)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length in (15, 14):
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 19:
            groups = [num[:6], num[6:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.7 and length == 16:  # a trade counter's receipt with dots
            return ".".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT42))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT42[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): plant, site, energy, mine, rig, garage and fibre chat, this set's
        pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a01:4b00:{h()}:{h()}::{h()}", f"2001:7d0:{h()}:{h()}::{h()}", f"2a02:8084:{h()}::{h()}",
                         f"2a02:2f0e:{h()}:{h()}::{h()}", f"2407:5000:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the packing line plc is on {}, night shift couldn't get it back up", v4),
            ("hmi on line 3 says it lost the plc at {}", v4),
            ("scada gateway at the pumping station is {}, alarms stopped coming through", v4),
            ("modbus tcp to the chiller answers on {} port 502", v4),
            ("the solar inverter on the barn roof got {} from the router", v4),
            ("battery on the wall is at {}, the app can't find it", rng.choice([v4, v6])),
            ("heat pump controller is {}, the installer set it up that way", v4),
            ("the bms controller in the plant room is {}, don't change it", v4),
            ("ev charger in the drive is on {} and keeps dropping off the wifi", v4),
            ("smart meter gateway says {} on the little screen", v4),
            ("the fibre ont in the hall got {}, the engineer said leave it", rng.choice([v4, v6])),
            ("olt in the cabinet on the estate is {}", v4),
            ("site cctv recorder in the cabin is {}, the camera on the gate is down", v4),
            ("tower crane anti collision box is on {}", v4),
            ("the crusher plc at the quarry went off at {} again", v4),
            ("gas detector base station on the platform is {}", v4),
            ("dewatering pump at the bottom of the pit reports to {}", v4),
            ("turbine 14's controller is {}, it's been stuck on standby", rng.choice([v4, v6])),
            ("the substation rtu is {}, ask the control room before you ping it", v4),
            ("mot bay emissions analyser is on {}, it won't upload the tests", v4),
            ("skip lorry tracker last checked in from {}", v4),
            ('[sql]\nserver = "{}"\ndatabase = "emoncms"', v4),
            ("OR_HOSTNAME={}", v4),
            ("POSTGRES_CONNECTION=Host={};Port=5432;Username=lubelogger;Database=lubelogger", v4),
            ("db.url=jdbc:postgresql://{}:5432/openmaint", v4),
            ("  - type: template\n    template: fronius-gen24\n    host: {}", v4),
            ("[Growatt]\nip = {}", v4),
            ("DATABASE_HOST={}", v4),
            ("      <Host>{}</Host>", v4),
            ("DB_HOST={}", v6),
            ("Mar  3 05:41:07 hmi-02 plc[887]: S7 connection to {} lost (timeout)", v4),
            ("2024-03-03 05:41:07 WARN modbus-gw: no response from slave 12 at {}:502", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Kreenholm!{rng.choice(['1857', '1872', '2010'])}",
                f"Tuas#Dorm{rng.randint(1, 30)}",
                f"Balamban_{rng.choice(['6G', '3G', '2008'])}",
                f"Gweedore#Tunnel{rng.randint(1, 9)}",
                f"Sapanta-{rng.choice(['1935', '1977', 'Stan'])}",
                f"DasIsland@{rng.randint(10, 99)}",
                rng.choice(["scaffold", "heatpump", "quarry", "welder", "inverter"]).translate(leet) + rng.choice(["", "!", "_42"]),
                f"{rng.choice(['spark', 'pipe', 'roof', 'weld'])}-{w()}-{rng.choice(['2.5', '1.5', '6', '10'])}",
                f"{rng.choice(['Narva', 'Cebu', 'Tirur', 'Breb', 'Sylhet'])}{rng.choice(['&', '+', '%'])}{rng.choice(['Shale', 'Rig', 'Crane', 'Pour', 'Hod'])}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        hexl = "0123456789abcdef"
        uuid = lambda: f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"  # noqa: E731
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        jwt = lambda: head + tok(80, alnum + "-_") + "." + tok(43, alnum + "-_")  # noqa: E731
        options = [
            # passwords handed over in ways no earlier set used
            ("the site wifi is on the cabin whiteboard, {}", pw),
            ("the permit board has the tablet login pinned to it, {}", pw),
            ("whoever fitted the meter wrote the wifi inside the cupboard door, {}", pw),
            ("the inverter came with a laminated card, the password on it is {}", pw),
            ("there's a sticker under the heat pump panel with the app password {}", pw),
            ("night shift wrote the hmi login in the handover log, {}", pw),
            ("tool van alarm code is {}", d(4)),
            ("the compound gate code is {} until friday", d(4)),
            ("the key safe at the skip yard is {}", d(4)),
            ("garage diagnostic tablet password is {}, don't let the apprentice change it", pw),
            ("my screwfix account password is {} if you want to order the fittings", pw),
            ("I set the solar monitoring login to {}", pw),
            ("the fibre router admin password the installer left is {}", pw),
            # cues in languages no earlier set used
            ("kontori wifi parool on {}", pw),
            ("parola e {}, nu o da la nimeni de pe șantier", pw),
            ("ਸਾਈਟ ਦਾ ਪਾਸਵਰਡ {} ਹੈ", pw),
            ("ডরমের ওয়াইফাই পাসওয়ার্ড {}", pw),
            # commands
            ("$ mysql -u emoncms -p'{}' emoncms", pw),
            ("$ docker run -e OR_ADMIN_PASSWORD={} openremote/manager", pw),
            ("$ psql 'postgresql://teslamate:{}@localhost/teslamate'", pw),
            # pastes
            ('[sql]\nusername = "emoncms"\npassword = "{}"', pw),
            ("    apikey = {}", tok(32, hexl)),
            ("    secretCode: '{}',", pw),
            ("OR_ADMIN_PASSWORD={}", pw),
            ("DATABASE_URL=mysql://fleetbase:{}@db/fleetbase", pw),
            ("POSTGRES_CONNECTION=Host=db;Username=lubelogger;Password={};Database=lubelogger", pw),
            ("db.password={}", pw),
            ("sponsortoken: {}", jwt()),
            ("[PVOutput]\napikey = {}", tok(40, hexl)),
            ("ENCRYPTION_KEY={}", tok(48, alnum)),
            ("DATABASE_PASS={}", pw),
            ("      <Password>{}</Password>", pw),
            # tokens and keys with shapes no earlier set used
            ("SOLAREDGE_API_KEY={}", tok(32, upper)),
            ("SOLCAST_API_KEY={}", tok(32, alnum + "-_")),
            ("VRM_ACCESS_TOKEN={}", tok(64, hexl)),
            ("ENPHASE_API_KEY={}", tok(32, hexl)),
            ("SAMSARA_API_TOKEN={}", "samsara_api_" + tok(30, alnum)),
            ("SERVICEM8_API_KEY={}", "smk-" + tok(6, hexl) + "-" + tok(16, hexl)),
            ("SIMPRO_CLIENT_SECRET={}", tok(40, hexl)),
            ("GEOTAB_PASSWORD={}", pw),
            ("ChangeConfiguration AuthorizationKey {}", tok(40, hexl)),
            ("x-api-key: {}", uuid()),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_on_the_tools', 'y.sparks', 'scaff_x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}_on_the_tools",
                f"{last}.sparks",
                f"scaff_{first}",
                f"{first}.welds.6g",
                f"{last}_rigger{rng.randint(1, 99)}",
                f"{first}-on-nights",
                f"{last}_hv",
                f"{first}.{last}.{rng.randint(60, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=68)
        m, day, year = dt.month, dt.day, dt.year
        mon = EN_MONTHS_HELDOUT42[m - 1][:3].upper()
        return {
            "et": f"{day:02d}.{m:02d}.{year}",  # Estonian
            "ro": f"{day:02d}.{m:02d}.{year}",  # Romanian
            "ie": f"{day}/{m}/{year}",  # Irish, unpadded
            "pa": f"{day:02d}-{m:02d}-{year}",  # Punjabi form
            "bn": f"{day:02d}/{m:02d}/{year}",  # Bangladeshi form
            "permit": f"{day:02d}-{mon}-{year}",  # a work permit's 05-MAR-1988
            "passport": f"{day:02d} {mon} {year}",  # a seaman's book or passport
            "ph": f"{EN_MONTHS_HELDOUT42[m - 1]} {day}, {year}",  # Philippine forms
            "uk": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
            "ymd_args": f"{year}, {m}, {day}",  # inside Time.new(...)
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["uk", "et", "ie", "permit", "ph", "iso", "passport"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the site induction form wants my date of birth, it's {}", any_shape),
            ("for the cscs card application I put dob {}", s["uk"]),
            ("the agency needs my dob for the site pass, {}", any_shape),
            ("my opito certificate has my birthday wrong, it should be {}", any_shape),
            ("the seaman's book says born {}", s["passport"]),
            ("work permit card says dob {}, can you check it matches", s["permit"]),
            ("the qatar id renewal asks my date of birth, {}", any_shape),
            ("for the welding ticket they need my date of birth, {}", s["ph"]),
            ("sünniaeg {}", s["et"]),
            ("data nașterii: {}", s["ro"]),
            ("dáta breithe: {}", s["ie"]),
            ("ਜਨਮ ਮਿਤੀ: {}", s["pa"]),
            ("জন্ম তারিখ: {}", s["bn"]),
            ("Date of Birth: {}", s["ph"]),
            ("DOB: {}", s["permit"]),
            ("INSERT INTO operatives (dob) VALUES (TO_DATE('{}', 'DD-MON-YYYY'));", s["permit"]),
            ("SELECT CAST('{}' AS DATE) AS dob;", s["iso"]),
            ("dob = Time.new({})", s["ymd_args"]),
            ("Date of birth (site pass): {}", s["uk"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


EN_MONTHS_HELDOUT42 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip

HELDOUT42_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is doing the induction for the new lads on monday",
        "{} welded the whole manifold on his own",
        "the plumber coming tomorrow is {}",
        "{} is our sparky on the loft conversion",
        "can you find the message from {} about the scaffold strike",
        "{} fitted the heat pump, ring him if it makes that noise again",
        "{} is on the rig till the 20th, back on the next chopper",
        "the solar guy was {}, he said the inverter is fine",
        "{} runs the gang on the tunnel, ask him for a start",
        "I owe {} for the day rate from last week",
        "{} did the mot on the van and it passed",
        "remind me to pay {} for the skip",
        "{} handed over to me at 6 and said nothing about the pump",
        "{} is the roofer who did next door",
        "the meter reader today was {}",
        "{} from the builders merchant says the blocks come thursday",
        "{} is the fibre engineer, he's stuck at the pole",
        "tell {} the crane is booked for the pour",
        "{} is the new shift supervisor on line 2",
        "{} got his 6g ticket at the yard in balamban",
        "{} was on the same rotation at das island",
        "ask {} if the quarry needs drivers",
        "{} drives the dumper, he'll move the spoil",
        "the boss on the dorm job is {}",
        "{} did the tiling in the bathroom",
        "sardar {} built the extension on our road",
        "ask sardarni {} for the invoice, she does the books",
        "Sardar {} has the timber yard in southall",
        "nea {} is the best mason in breb",
        "tanti {} cooks for the whole crew in munich",
        "härra {} is the shift boss at the mine",
        "proua {} signs the permits at the power station",
        "Inducted by: {}",
        "Induction given to: {}",
        "Authorised person: {}",
        "Competent person: {}",
        "Permit holder: {}",
        "Fire watch: {}",
        "Appointed person: {}",
        "Slinger signaller: {}",
        "Banksman: {}",
        "Handed over by: {}",
        "Received by: {}",
        "Tester: {}",
        "Read by: {}",
        "Commissioned by: {}",
        "Ganger: {}",
        "Chargehand: {}",
        "OIM: {}",
        "Toolpusher: {}",
        '"installer_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the job tomorrow is at {}, park on the road",
        "drop the skip at {}, on the drive not the pavement",
        "the heat pump survey is at {}",
        "send the tools to {}",
        "the fibre install is booked for {}",
        "my lodgings are {} if the van can pick me up",
        "Site address: {}",
        "Delivery address: {}",
        "Installation address: {}",
        '"site_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the rams to {}",
        "the electrician's email is {}",
        "the gas safe cert went to {}",
        "email the quote to {} not to me",
        "Email for timesheets: {}",
        '"email": "{}",',
        "MAIL_FROM_ADDRESS={}",
        "    admin_email: '{}',",
        "from_email = {}",
    ],
    "PHONE_NUMBER": [
        "the plumber's number is {}",
        "call the skip hire on {}",
        "the gaffer's mobile is {}",
        "ring the scaffolder on {} to get it struck",
        "the installer said text {} when the panels arrive",
        "Emergency contact (next of kin): {}",
        "Tel. (site office): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the merchants with {}",
        "the skip went on {}",
        "the garage took the mot fee on {}",
        "paid the solar deposit on {}",
        "Card used: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay my day rate into {}",
        "the roofer wants the deposit by transfer to {}",
        "the refund for the cancelled skip should go to {}",
        "send my share of the job to {}",
        "IBAN for wages: {}",
        "IBAN (subcontractor): {}",
    ],
    "USERNAME": [
        "on the Screwfix community I'm {}",
        "my DIYnot name is {}",
        "ElectriciansForums has me as {}",
        "I ask on PlumbersForums as {}",
        "on WeldingWeb I'm {}",
        "my Contractor Talk username is {}",
        "I did the Heat Geek course as {}",
        "on Navitron I post as {}",
        "Solar Panel Talk has me as {}",
        "my PVOutput system is under {}",
        "on the Open Energy Monitor forum I'm {}",
        "my MyBuilder profile is {}",
        "Rated People has me as {}",
        "my Rigzone login is {}",
        "on PistonHeads I'm {}",
        "I complained on ISPreview as {}",
        "thinkbroadband forum has me as {}",
        "on Eng-Tips I'm {}",
        "Practical Machinist knows me as {}",
        "I asked on Terry Love's forum as {}",
        "my Build Hub name is {}",
        "on HomeBuilding I'm {}",
        "my CNCzone account is {}",
        "the Garage Journal has me as {}",
        '"username": "{}",',
    ],
}
HELDOUT42_MIXED = [
    ("Authorised person: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Inducted by: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ('[sql]\nserver = "{}"\npassword = "{}"', ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8080/api/v1/feeds", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the van keys in the key safe, code {}", ["PERSON", "SECRET"]),
    ("Operative: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Screwfix community name is {}, pay the refund to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the snagging list came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the whole order at the merchants with {}", ["PERSON", "CREDIT_CARD"]),
    ("sardar {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Permit holder: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT42_NEGATIVES = [
    "so Singh and Kaur are the Sikh middle names, not family names",
    "the Ramgarhia gurdwara in Southall is on the corner of Havelock Road",
    "in Estonia Russian names get spelled with š and ž, like in the passport",
    "the Old Believers along Lake Peipus grow onions in every village",
    "Narva is right on the border, you can see Ivangorod castle across the river",
    "the oil shale mine at Estonia mine is the biggest underground one in the country",
    "a Russian patronymic ends in -ovitš or -ovna in Estonian spelling",
    "in Cebu everyone at the yard has a nickname like Dodong or Inday",
    "Balamban has the big shipyard where they build bulk carriers",
    "Ulsan and Geoje are where the Korean shipyards are",
    "in Kerala the house name goes before your name as an initial",
    "Das Island is an hour's flight from Abu Dhabi and it's all oil and gas",
    "in Donegal they put your father's name in Irish between your names",
    "the Tunnel Tigers from Donegal dug half the Victoria line",
    "Gweedore is in the Gaeltacht, the signs are in Irish",
    "on a Bangladeshi passport MD just stands for Mohammad",
    "the dorms at Tuas hold thousands of workers",
    "in Maramureș they say Ion a lui Toader, Ion the son of Toader",
    "the Merry Cemetery in Săpânța has painted wooden crosses",
    "the wooden churches of Maramureș are on the UNESCO list",
    "site opens 7:30, no music, hard hats and boots past the gate",
    "toolbox talk at 7:15 in the canteen",
    "day shift is 06:00 to 18:00, nights 18:00 to 06:00",
    "we're on a two weeks on, two weeks off rotation",
    "the pour is booked for 14 March, 40 cubes of C32/40",
    "start date on the new job is 3 June",
    "the van's MOT is due on 28/02/2025",
    "the scaffold inspection is every 7 days",
    "job number J-24-0817 is the loft conversion",
    "permit to work PTW-0413 covers the hot works on level 2",
    "part number 7736502345 is the filter for the boiler",
    "order the 22mm copper, 15 lengths, and 40 elbows",
    "torque the wheel nuts to 120 Nm",
    "the flange bolts go to 450 Nm in a star pattern",
    "use 2.5mm twin and earth for the ring, 6mm for the cooker",
    "the cooker circuit wants a 32A breaker",
    "the outdoor isolator is IP65",
    "the pump is rated IP67 so it can go in the sump",
    "the panels are 430 W each, 12 of them",
    "the heat pump is 8.5 kW and the cylinder 250 litres",
    "we used 14.2 kWh yesterday, the battery covered most of it",
    "meter serial 21E5012345 on the training board is a dummy",
    "batch 24-118 of the cement was the bad one",
    "the turbine is a 3.6 MW unit, hub height 90 m",
    "the quarry blasts at 12:30 on weekdays",
    "the crusher does about 250 tonnes an hour",
    "the platform is 190 km offshore",
    "the bulk carrier is 82,000 dwt",
    "BS 7671 is the wiring regs book",
    "the G98 form goes to the DNO within 28 days",
    "a blue CSCS card is for skilled workers",
    "the MOT test station number is on the certificate, not the tester's",
    "a skip is £260 for an 8 yard, permit extra",
    "day rate for a bricklayer round here is £220",
    "the heat pump grant is £7,500",
    "a pallet of blocks is about £350 now",
    "diesel is 1.52 a litre at the yard",
    "upgraded emoncms to 11.5.2 last night",
    "fixed in commit 4e1a9c0, see the changelog",
    "evcc 0.131 needs the new template for the charger",
    "sponsortoken: <your token>",
    "password = \"\"",
    "OR_ADMIN_PASSWORD=secret",
    "SOLAREDGE_API_KEY=${SOLAREDGE_API_KEY}",
    "PIN: ****",
    "card 4242 4242 4242 4242 is the test card",
    "and 5555 5555 5555 4444 is a test Mastercard",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "IE29 AIBK 9311 5212 3456 78 is the sample Irish IBAN",
    "write to operative@example.com on the form",
    "192.0.2.44 is a documentation address",
    "198.51.100.23 is a documentation address",
    "2001:db8:42::7 is a documentation address",
    "in the UK it's 999, in Estonia and Romania it's 112",
    "the gas emergency line is on the sticker by the meter",
    "the van got a puncture on the M6",
    "can you remind me to buy more silicone",
    "did the blocks come yet",
    "rained off again, nothing poured",
    "the crane was late again",
    "see you at the cabin at seven",
    "bring your hi vis",
    "we missed the last boat to the platform",
    "the skip is full already",
]  # fmt: skip


def _typo42(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a cracked phone screen's dead key, one letter
    (e, a, o, n, r, t or l) missing from every word typed in the sentence ('remind me' -> 'rmind m'), or the
    crack's ghost touch, that key's letter typed unasked before one word ('call the' -> 'call kthe'). Only in
    sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    parts = template.split("{}")
    if rng.random() < 0.6:
        present = [c for c in DEAD_KEYS_HELDOUT42 if any(c in p for p in parts)]
        if present:
            dead = rng.choice(present)
            dropped = [p.replace(dead, "") for p in parts]
            if all(dropped[i] or not parts[i] for i in range(len(parts))) and "".join(dropped).strip():
                return "{}".join(dropped)
    starts = [m.start() for m in re.finditer(r"(?<= )[a-z]", template)]
    if not starts:
        return template
    i = rng.choice(starts)
    return template[:i] + rng.choice("kjlhgm") + template[i:]


def build_heldout42(seed: int = HELDOUT42_SEED) -> list[Example]:
    """Held-out set 42: `Gen42` values in `HELDOUT42_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen42(seed)
    return assemble_module_set(
        gen, HELDOUT42_TEMPLATES, HELDOUT42_MIXED, HELDOUT42_NEGATIVES, _typo42, person=gen.person_for
    )
