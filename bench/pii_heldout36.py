"""Held-out PII set 36 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout36": written before round 28 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT36 is empty, as for
held-out 16 to 34; written at the same time as held-out 35, the two authors split the world between them: 36
takes sport (club teams, leagues, referees, marathons, climbing, sailing and rowing clubs, esports), outdoor
clubs, the armed forces, veterans and reservists, aviation (pilots, cabin crew, air traffic, flying clubs),
merchant shipping crews, science labs, observatories and universities (grant offices, lab rotas, thesis
committees), 35 faith communities, rites of passage, healthcare, care homes and family paperwork);
hand-written lists of Icelanders (a given name and the father's, now and then the mother's, name in the
genitive with -son or -dóttir, sometimes a second given name: 'Sóley Einarsdóttir', 'Þórir Helgason', 'Anna
Katrín Guðrúnardóttir'), Canarians (given names taken from the Guanche past with two Canarian family names:
'Ayoze Perdomo Betancor', 'Idaira Umpiérrez'), Balti of Skardu and Hushe (high-altitude porters and the
Northern Light Infantry: the home village as the family name, 'Muhammad Ali Sadpara', 'Hassan Shigri'), Goan
Catholic seafarers (Portuguese family names, some with an apostrophe: 'Agnelo D'Souza', 'Milagres Colaço';
two given names: 'Socorro Menino Fernandes'), Croatian Chileans of Magallanes (Croatian family names in
Chilean spelling, without diacritics, then the mother's Spanish one: 'Branko Marinovic Soto'), Walser of the
Monte Rosa valleys (mountain guides of Gressoney and Alagna: Italian given names, Walser family names, written
family name first in capitals as an Italian register does: 'SQUINOBAL Oreste', 'Beck-Peccoz'), Rung and
Johari Shauka of the Kumaon border (Dharchula and Munsiyari: 'Singh' after a man's given name, two-word given
names for women: 'Kishan Singh Garbyal', 'Chandra Prabha Aitwal'), Kuki of Manipur (boxers, footballers and
Assam Rifles men: clan names as family names, 'Thangboi Haokip', 'Nemneilhing Kipgen') and Lickanantay
(Atacameño) of San Pedro de Atacama (observatory staff: a Kunza family name and a Spanish second one,
'Ximena Liquitay Cruz', 'Ulises Sipitur'); 'Havildar X', 'Subedar X' and the Goan 'Bab X' with the title
outside the span, and refereeing ('Referee:'), rowing ('Cox:'), flight-deck ('First officer:'), ship's crew
list ('Master:'), climbing ('Belayer:'), grant ('Principal investigator:'), thesis ('External examiner:') and
observatory ('Observer on duty:') fields; over three quarters of the sentences typed to the bot or a friend:
football, rugby and handball clubs, refereeing, marathons and parkruns, climbing and belaying, sailing and
rowing clubs, regattas, esports scrims and LAN finals, hiking and alpine clubs, reservists' weekends, regimental
reunions, veterans' associations, flying clubs, cabin crew rosters, air traffic shifts, crew changes, sign-on
and sign-off, lab rotas, telescope nights, grant deadlines, vivas and thesis committees; Indico indico.conf,
Slurm slurmdbd.conf, DSpace local.cfg, LabKey application.properties, InvenioRDM invenio.cfg, Galette
config.inc.php, Endurain .env, OwnTracks Recorder, LinuxGSM common.cfg, a CS2 server.cfg, PiAware
piaware-config, AIS-catcher, Signal K's ADMINUSER, CubeCoders AMP, Runalyze config.yml, Joomla
configuration.php, MyBB config.php and Prosody prosody.cfg.lua; those regions' addresses (Akureyri,
Vestmannaeyjar, Ísafjörður, Reykjanesbær and Egilsstaðir with the three-digit postcode before the town, La
Palma, Tenerife and Gran Canaria 'C/ ..., nº, piso, CP town' with 38xxx and 35xxx postcodes, Skardu mohallas
and Hushe and Sadpara villages, Goan 'H. No. .../B, ward, village, taluka, Goa 403...' with house names,
Punta Arenas and Porvenir with the leading zero of Magallanes street numbers ('Croacia 0456'), Gressoney and
Alagna frazioni and località with CAP and province, Kumaon 'Vill. ..., P.O. ..., Distt. Pithoragarh', Kuki
vengs of Churachandpur and Kangpokpi, San Pedro de Atacama ayllus, BFPO and FPO AP forces addresses) and
phones (Iceland mobiles and landlines, Tenerife and La Palma 922 and Gran Canaria 928, Spanish mobiles,
Skardu 05815, Pakistani mobiles domestic, Goa 0832 and Indian mobiles, Punta Arenas 61, Chilean mobiles, Aosta
0125 and Italian mobiles, Munsiyari 05961 and Dharchula 05967, Imphal 0385 and Churachandpur 03874, Calama
55); UATP 1 airline cards (15 digits), Visa 16, Mastercard 2720 and 51-55, Amex 34 and 37 (4-6-5), Diners 36
(4-6-4), Discover 6011, JCB 3530 and UnionPay 62, some with en dashes (U+2013) or two spaces between groups;
IBANs of Iceland, Spain, Italy, Switzerland, Croatia, Pakistan, Portugal, the United Kingdom, Norway, Denmark
and Cyprus (every IBAN country was used by an earlier set; these fit the sailors, guides, soldiers and labs);
IPs in scoreboard, photo-finish, climbing-wall auto-belay, regatta-start, rowing-erg, LAN-server,
ADS-B feeder, METAR-display, flying-club hangar, bridge ECDIS, ship VSAT, lab freezer alarm, sequencer,
telescope mount, all-sky camera and dome-controller chat and in the pastes above, v6 in 2a0d, 2800, 2406,
2c0f and 2620 ranges; passwords handed over in ways no earlier set used (on the boathouse whiteboard, read out
at the team talk, taped inside the observatory control room, pinned in the crew mess, in the pilot's
briefing pack, under the belay desk, on the lab rota sheet, said over the radio, the barracks and mess wifi,
the referee's tablet, the grant portal), aircraft registrations ('TF-FIA#2019'), flight levels
('FL350-Kilo'), runways ('RWY27L!'), ships' IMO numbers ('IMO9321483#'), summit heights ('K2-8611m'),
climbing grades ('Crux7c+Send'), Guanche words ('Mencey#1496'), Konkani words ('Sussegad!77'), Walser words
('Titsch_Gressoney'), NATO spelling ('Bravo-Zulu-77'), star names ('Betelgeuse42'), leetspeak of sport words
('r3f3r33!', 'h3lm5m4n'), words joined by full stops ('row.row.row.2024'), Alibaba LTAI key pairs,
DigitalOcean dor_v1_ refresh tokens, AWS Bedrock ABSK keys, Azure SharedAccessKey, a Mistral key, a Steam Web
API key, Zenodo, figshare, OSF, ClearML, start.gg, Challonge, FlightAware AeroAPI, CheckWX, openAIP and
MarineTraffic keys, and cues in Urdu ('پاس ورڈ'), Italian ('la password è'), Croatian ('zaporka'), European
Portuguese ('palavra-passe'), Canarian Spanish ('..., mi niño') and Chilean Spanish ('..., po'); usernames on
theCrag, 8a.nu, UKClimbing, Sailing Anarchy, YBW, Cruisers Forum, PPRuNe, airliners.net, IVAO, Liquipedia,
HLTV, Battlefy, ResearchGate, Cloudy Nights, Stargazers Lounge, ARRSE, Navy Net, RallyPoint, Findacrew,
ShipSpotting and TrainingPeaks, shapes like 'x_on_belay', 'cox.y', 'y.sends.7b', 'fl350_x', 'x.atc', 'y_rows_88',
'seeing.y', 'y.phd.24', 'x_2ndmate', 'ret.y' and 'gg.x'; dates of birth in Canarian and Chilean Spanish
('nacido el', 'F. nac.: 12-08-1974'), Italian ('nato il'), European Portuguese ('nascido a'), Urdu with
Eastern Arabic-Indic digits, the forces' DDMMMYY ('12AUG74'), a SAS date literal, Stata's mdy(), an Elixir ~D
sigil, a LaTeX CV's \\dateofbirth{} and an IMO FAL crew-list row, on pilot-medical, crew-list, service-record,
race-entry and university papers; typos as a thumb hitting the space bar for a bottom-row letter ('number' ->
'num er') or the space typed one letter early ('the boat' -> 'th eboat'); negatives with the same regions'
places, the patronymic, Guanche, village-name, Walser register, 'Singh' and Kuki clan conventions explained,
sport, club, climbing, sailing, rowing, esports, forces, veterans, aviation, shipping, lab and observatory
talk, a race day, a passing-out parade, a flight date, a sign-on date and a viva date that are not birthdays,
bib, squad, flight, IMO, call-sign, grant and sample numbers, a version, a commit, Indico, Slurm, DSpace,
LinuxGSM and PiAware boilerplate, placeholder secrets, a masked PIN, a test card, an example IBAN, a
placeholder e-mail, documentation IPs (v4 and v6), emergency numbers, and short everyday chat).

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

HELDOUT36_SEED = 739451
# no faker name locale, as in held-out 16 to 34: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT36: list[str] = []
# Icelanders: a given name, then the father's (now and then the mother's) name in the genitive with -son or
# -dóttir; the genitives are written out here
ICELANDIC_MEN_HELDOUT36 = "Jón Sigurður Einar Gunnar Ólafur Magnús Kristján Helgi Stefán Ragnar Björn Halldór Hafþór Þórir Gylfi".split()
ICELANDIC_WOMEN_HELDOUT36 = "Guðrún Sigríður Kristín Helga Katrín Hildur Sóley Þórdís Ásdís Ragnheiður Brynja Dagný".split()  # fmt: skip
ICELANDIC_FATHER_GEN_HELDOUT36 = {
    "Jón": "Jóns", "Sigurður": "Sigurðar", "Einar": "Einars", "Gunnar": "Gunnars", "Ólafur": "Ólafs",
    "Magnús": "Magnús", "Kristján": "Kristjáns", "Helgi": "Helga", "Stefán": "Stefáns", "Ragnar": "Ragnars",
    "Björn": "Björns", "Halldór": "Halldórs", "Hafþór": "Hafþórs", "Þórir": "Þóris", "Gylfi": "Gylfa",
}  # fmt: skip
ICELANDIC_MOTHER_GEN_HELDOUT36 = {"Guðrún": "Guðrúnar", "Sigríður": "Sigríðar", "Kristín": "Kristínar",
                                  "Helga": "Helgu", "Katrín": "Katrínar", "Hildur": "Hildar", "Ásdís": "Ásdísar"}  # fmt: skip
ICELANDIC_PATRONYMICS_HELDOUT36 = [
    g + end
    for g in list(ICELANDIC_FATHER_GEN_HELDOUT36.values()) + list(ICELANDIC_MOTHER_GEN_HELDOUT36.values())
    for end in ("son", "dóttir")
]
# sport, outdoor clubs, the forces and veterans, aviation, merchant shipping, labs and observatories
# (held-out 35, written at the same time, takes faith, rites of passage, healthcare and family paperwork)
NAMES_HELDOUT36: dict[str, tuple[list[str], list[str]]] = {
    # Icelanders (handball, football, sailing, the coast guard, Icelandair): see the lists above
    "icelandic": (ICELANDIC_MEN_HELDOUT36 + ICELANDIC_WOMEN_HELDOUT36, ICELANDIC_PATRONYMICS_HELDOUT36),
    # Canarians (the observatories of La Palma and Tenerife, lucha canaria, vela latina): Guanche given names
    "canarian": ("Ayoze Yeray Tanausú Echedey Airam Nauzet Jonay Beneharo Acerina Idaira Dácil Chaxiraxi Guacimara Yaiza Iballa Cathaysa".split(),
                 "Perdomo Betancor Umpiérrez Déniz Curbelo Tabares Cabrera Falcón Alemán Quintana Trujillo Armas Brito".split()),
    # Balti of Skardu, Shigar and Hushe (K2 porters, the Northern Light Infantry): the village as family name
    "balti": (["Muhammad Ali", "Hassan", "Nisar Hussain", "Sajid Ali", "Fazil", "Ghulam Mehdi", "Ali Musa", "Akbar",
               "Taqi", "Kazim", "Amina", "Zainab", "Rubina", "Batool"],
              "Sadpara Shigri Askoli Hushe Kharmangi Rondu Braldu Machulu".split()),
    # Goan Catholic seafarers (cruise ships, tankers): Portuguese family names, some with an apostrophe
    "goan": ("Agnelo Menino Socorro Conceição Rosario Santan Piedade Caitan Joaquim Felicia Lourdes Milagres Savio Cajetan".split(),
             "Fernandes D'Souza Rodrigues Colaço Mascarenhas Gracias Quadros Vaz Pinto Cardozo Menezes D'Costa Barreto Lobo".split()),
    # Croatian Chileans of Magallanes (Antarctic science, the navy, Patagonian sailing): Chilean spelling,
    # then the mother's Spanish family name (MAGALLANES_MATERNAL_HELDOUT36)
    "magallanes": (["Ivo", "Branko", "Mateo", "Nevenka", "Milka", "Zdenka", "Pedro", "Juan Carlos", "Andrea",
                    "Francisca", "Tomás", "Javiera"],
                   "Marinovic Kusanovic Ivelic Vukasovic Mimica Yutronic Karelovic Goic Matetic Covacevich Yaksic Buvinic Sapunar".split()),
    # Walser of Gressoney, Alagna and Macugnaga (Monte Rosa guides, the CAI): Italian given names
    "walser": ("Oreste Arturo Erminio Ottavio Ilario Delfina Marisa Elda Sandro Renzo Lidia Albino Giacomo Ezio".split(),
               "Squinobal Beck-Peccoz Zumstein Thedy Linty Curta Monterin Welf Lateltin Favre".split()),
    # Rung and Johari Shauka of Dharchula and Munsiyari (the Kumaon Scouts, mountaineers, ITBP): 'Singh' after a
    # man's given name (SHAUKA_MEN_HELDOUT36)
    "shauka": (["Kishan", "Nain", "Kalyan", "Dhan", "Harish", "Mohan", "Gopal", "Bhupal", "Pushkar",
                "Chandra Prabha", "Bhagwati", "Parvati", "Kamla", "Basanti", "Jeevanti"],
               "Garbyal Napalchyal Budhiyal Aitwal Gunjyal Nabiyal Kutiyal Dhaktwal Pangtey Martolia Jangpangi Tolia Burfal".split()),
    # Kuki of Manipur (boxing and football clubs, the Assam Rifles): clan names as family names
    "kuki": ("Thangboi Lalboi Seikhohao Paominlen Jamkhomang Thangkhosei Nehkholun Nemneilhing Hoineilhing Lhingneivah Chinneilhing Kimneilhing".split(),
             "Haokip Kipgen Touthang Lhungdim Guite Singson Baite Hangshing Doungel Vaiphei Kilong".split()),
    # Lickanantay (Atacameño) of San Pedro de Atacama and Toconao (ALMA and the other observatories): a Kunza
    # family name, then a Spanish second one (ATACAMENO_SECOND_HELDOUT36)
    "atacameno": ("Ximena Rosa Sandra Liliana Eliana Nancy Marcelino Sergio Hernán Ulises Patricio Wilson".split(),
                  "Liquitay Sipitur Ckaur Ayavire Anza Colamar Panire Tito".split()),
}  # fmt: skip
MAGALLANES_MATERNAL_HELDOUT36 = "Soto Vera Gallardo Andrade Ruiz Muñoz Alvarado Navarro".split()
ATACAMENO_SECOND_HELDOUT36 = ["Cruz", "Ramos", "Soza", "Reyes", "Terán"]
SHAUKA_MEN_HELDOUT36 = {"Kishan", "Nain", "Kalyan", "Dhan", "Harish", "Mohan", "Gopal", "Bhupal", "Pushkar"}
# a title before the name (outside the span) goes with the men of the origins that use it: the Goan 'Bab' for
# an older man, the Havildar and Subedar ranks of the Indian and Pakistani armies
TITLED_MEN_HELDOUT36 = {
    "bab": {"goan": ["Agnelo", "Menino", "Santan", "Caitan", "Joaquim", "Savio", "Cajetan", "Rosario"]},
    "army": {
        "shauka": sorted(SHAUKA_MEN_HELDOUT36),
        "kuki": ["Thangboi", "Lalboi", "Seikhohao", "Paominlen", "Jamkhomang", "Thangkhosei", "Nehkholun"],
        "balti": ["Muhammad Ali", "Hassan", "Nisar Hussain", "Sajid Ali", "Fazil", "Ghulam Mehdi", "Akbar"],
    },
}
TITLE_SLOT_HELDOUT36 = re.compile(r"\b(bab|havildar|subedar) \{\}", re.IGNORECASE)
# every IBAN country was used by an earlier set: these fit the sailors, guides, soldiers and labs
IBAN_SHAPES_HELDOUT36 = {
    "IS": "22n", "ES": "20n", "IT": "1a10n12c", "CH": "5n12c", "HR": "17n", "PK": "4a16c", "PT": "21n",
    "GB": "4a14n", "NO": "11n", "DK": "14n", "CY": "8n16c",
}  # fmt: skip
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT36 = ["rowing", "belay", "regatta", "referee", "marathon", "squad", "crew", "bridge", "atc",
                      "hangar", "lab", "telescope", "viva", "reserves", "veterans", "scrims"]  # fmt: skip
# slips outside the slots: a thumb hitting the space bar for a bottom-row letter ('number' -> 'num er'), or the
# space typed one letter early ('the boat' -> 'th eboat')
BOTTOM_ROW_HELDOUT36 = set("zxcvbnm")
TYPO_WORD_HELDOUT36 = re.compile(r"(?<![{\w'])[a-z]{4,}(?![\w}'])")
TYPO_PAIR_HELDOUT36 = re.compile(r"(?<![{\w'])([a-z]{3,}) ([a-z]{2,})(?![\w}'])")
ES_MONTHS_HELDOUT36 = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()  # fmt: skip
PT_MONTHS_HELDOUT36 = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()  # fmt: skip
MIL_MONTHS_HELDOUT36 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
EN_MONTHS_HELDOUT36 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip
URDU_DIGITS_HELDOUT36 = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Þórir' -> 'thorir',
    'D'Souza' -> 'dsouza')."""
    name = name.replace("Þ", "Th").replace("þ", "th").replace("ð", "d").replace("Ð", "D")
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen36(Gen3):
    """Generators for held-out set 36: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self) -> tuple[str, str, str]:
        """(origin, given name, family name) from NAMES_HELDOUT36 with each origin's own rules."""
        rng = self.rng
        origin = rng.choice(sorted(NAMES_HELDOUT36))
        if origin == "icelandic":  # the father's (or, now and then, the mother's) name with -son or -dóttir
            woman = rng.random() < 0.5
            given = rng.choice(ICELANDIC_WOMEN_HELDOUT36 if woman else ICELANDIC_MEN_HELDOUT36)
            if rng.random() < 0.15:
                parent = ICELANDIC_MOTHER_GEN_HELDOUT36[rng.choice(sorted(ICELANDIC_MOTHER_GEN_HELDOUT36))]
            else:
                parent = ICELANDIC_FATHER_GEN_HELDOUT36[rng.choice(sorted(ICELANDIC_FATHER_GEN_HELDOUT36))]
            return origin, given, parent + ("dóttir" if woman else "son")
        firsts, lasts = NAMES_HELDOUT36[origin]
        given = rng.choice(firsts)
        return origin, given, rng.choice([x for x in lasts if x != given])

    def first_last(self) -> tuple[str, str]:
        _, first, last = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last = self._origin_name()
        r = rng.random()
        if r < 0.6:
            name = f"{first} {last}"
            if origin == "icelandic" and rng.random() < 0.25:  # a second given name
                pool = ICELANDIC_WOMEN_HELDOUT36 if last.endswith("dóttir") else ICELANDIC_MEN_HELDOUT36
                name = f"{first} {rng.choice([x for x in pool if x != first])} {last}"
            elif origin == "canarian" and rng.random() < 0.6:  # two family names
                second = rng.choice([x for x in NAMES_HELDOUT36["canarian"][1] if x != last])
                name = f"{first} {last} {second}"
            elif origin == "magallanes" and rng.random() < 0.7:  # the mother's Spanish family name after
                name = f"{first} {last} {rng.choice(MAGALLANES_MATERNAL_HELDOUT36)}"
            elif origin == "atacameno" and rng.random() < 0.6:
                name = f"{first} {last} {rng.choice(ATACAMENO_SECOND_HELDOUT36)}"
            elif origin == "walser" and rng.random() < 0.5:
                # an Italian register: the FAMILY NAME first, in capitals
                name = f"{last.upper()} {first}"
            elif origin == "shauka" and first in SHAUKA_MEN_HELDOUT36:  # 'Singh' after a man's given name
                name = f"{first} Singh {last}"
            elif origin == "goan" and rng.random() < 0.35:  # two given names
                name = f"{first} {rng.choice([x for x in NAMES_HELDOUT36['goan'][0] if x != first])} {last}"
        elif r < 0.75:  # the given name alone, as Icelanders and teammates call each other
            name = first
        elif r < 0.85:
            name = last
        else:  # the given name's initial and the family name, as a crew list or a team sheet gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A man's name for a title written before it ('Bab X', 'Havildar X'), from the origins that use it."""
        rng = self.rng
        origins = TITLED_MEN_HELDOUT36["bab" if title.lower() == "bab" else "army"]
        origin = rng.choice(sorted(origins))
        given = rng.choice(origins[origin])
        last = rng.choice(NAMES_HELDOUT36[origin][1])
        r = rng.random()
        if r < 0.6:
            return f"{given} Singh {last}" if origin == "shauka" else f"{given} {last}"
        if r < 0.8:
            return given
        return last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled man's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT36.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"{pick(['Hafnarstræti', 'Brekkugata', 'Þingvallastræti'])} {rng.randint(1, 90)}, 600 Akureyri",
            f"{pick(['Heiðarvegur', 'Vestmannabraut', 'Strandvegur'])} {rng.randint(1, 60)}, 900 Vestmannaeyjar",
            f"{pick(['Aðalstræti', 'Hafnarstræti', 'Fjarðarstræti'])} {rng.randint(1, 40)}, 400 Ísafjörður",
            f"{pick(['Hafnargata', 'Hringbraut', 'Vatnsnesvegur'])} {rng.randint(1, 99)}, 230 Reykjanesbær",
            f"{pick(['Tjarnarbraut', 'Lagarás', 'Fagradalsbraut'])} {rng.randint(1, 30)}, 700 Egilsstaðir",
            f"C/ {pick(['Real', 'Pérez de Brito', 'O’Daly'])}, {n}, 2º izq., 38700 Santa Cruz de La Palma",
            f"Camino {pick(['El Pino', 'La Cruz Chica', 'Los Barros'])}, {n}, 38760 Los Llanos de Aridane",
            f"C/ {pick(['San Agustín', 'La Marina', 'Obispo Rey Redondo'])}, {n}, 38201 San Cristóbal de La Laguna",
            f"C/ {pick(['León y Castillo', 'Tomás Morales', 'Secretario Artiles'])}, {n}, 3º B, 35004 Las Palmas de Gran Canaria",
            f"House No. {n}, Mohalla {pick(['Hussainabad', 'Naqeebabad', 'Kushmara'])}, Skardu, Baltistan",
            f"Village {pick(['Sadpara', 'Hushe', 'Machulu'])}, Tehsil {pick(['Skardu', 'Khaplu'])}, District {pick(['Skardu', 'Ghanche'])}",
            f"H. No. {n}/B, {pick(['Vaddem', 'Fondvem', 'Chorvaddo'])}, {pick(['Siolim', 'Aldona', 'Moira'])}, Bardez, Goa 4035{rng.randint(10, 19)}",
            f"Casa {pick(['Mascarenhas', 'Colaço', 'Menezes'])}, H. No. {rng.randint(1, 9)}/{n}, {pick(['Chinchinim', 'Benaulim', 'Curtorim'])}, Salcete, Goa 4037{rng.randint(10, 20)}",
            f"{pick(['Croacia', 'Avenida España', 'Pasaje Lautaro Navarro'])} 0{rng.randint(100, 2999)}, Punta Arenas",
            f"{pick(['Avenida Bulnes', 'Ignacio Carrera Pinto'])} 0{rng.randint(100, 2999)}, depto. {rng.randint(11, 44)}, Punta Arenas, Región de Magallanes",
            f"Calle {pick(['Manuel Señoret', 'Santos Mardones'])} {n}, Porvenir, Tierra del Fuego",
            f"Località {pick(['Staffal', 'Tschaval', 'Orsia'])} {rng.randint(1, 60)}, 11020 Gressoney-La-Trinité (AO)",
            f"Frazione {pick(['Pedemonte', 'Riale', 'Centro'])} {rng.randint(1, 40)}, 13021 Alagna Valsesia (VC)",
            f"Frazione Staffa, Piazza {pick(['Municipio', 'della Chiesa'])} {rng.randint(1, 20)}, 28876 Macugnaga (VB)",
            f"Vill. {pick(['Darkot', 'Sarmoli', 'Jalath'])}, P.O. Munsiyari, Distt. Pithoragarh 262554",
            f"Vill. {pick(['Gunji', 'Garbyang', 'Sirdang'])}, Tehsil Dharchula, Distt. Pithoragarh 262545",
            f"{pick(['Haokip', 'Hiangtam', 'Tuibong'])} Veng, Ward No. {rng.randint(1, 24)}, Churachandpur, Manipur 795128",
            f"Kangpokpi Bazar, Ward No. {rng.randint(1, 12)}, Kangpokpi, Manipur 795129",
            f"Ayllu de {pick(['Solor', 'Séquitor', 'Coyo', 'Quitor'])}, parcela {n}, San Pedro de Atacama",
            f"Calle {pick(['Caracoles', 'Tocopilla', 'Gustavo Le Paige'])} {n}, San Pedro de Atacama, Región de Antofagasta",
            f"Block {rng.randint(1, 12)}, {pick(['Alexander', 'Salamanca'])} Barracks, BFPO {pick(['53', '57', '58'])}",
            f"USS {pick(['Carl Vinson', 'Chancellorsville', 'Dewey'])}, FPO AP 966{rng.randint(10, 99)}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT36)
        user = rng.choice([f"{first}.{subject}", f"{subject}.{last}", f"{last}{first[:1]}.{subject}",
                           f"{first}_{last}{rng.randint(1, 99)}", f"{subject}{rng.randint(10, 99)}.{last}",
                           f"{first}.{last}", f"{last}-{subject}", f"{first}{rng.randint(1955, 2006)}"])  # fmt: skip
        domain = rng.choice(["simnet.is", "hi.is", "internet.is", "iac.es", "ull.edu.es", "yahoo.es", "umag.cl",
                             "inach.cl", "alma.cl", "unigoa.ac.in", "rediffmail.com", "libero.it", "cai.it",
                             "manipuruniv.ac.in", "gmail.com", "outlook.com", "hotmail.com", "protonmail.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+354 {rng.choice('678')}{d(2)} {d(4)}",  # Iceland mobile
            f"46{d(1)} {d(4)}",  # Akureyri landline, domestic
            f"+34 922 {d(2)} {d(2)} {d(2)}",  # Tenerife and La Palma
            f"928 {d(3)} {d(3)}",  # Gran Canaria, domestic
            f"6{d(2)} {d(2)} {d(2)} {d(2)}",  # Spanish mobile, domestic
            f"05815-{d(6)}",  # Skardu
            f"034{d(1)}-{d(7)}",  # Pakistani mobile, domestic
            f"0832-22{d(5)}",  # Goa
            f"+91 98{d(3)} {d(5)}",  # Indian mobile
            f"+56 61 22{d(1)} {d(4)}",  # Punta Arenas
            f"+56 9 {d(4)} {d(4)}",  # Chilean mobile
            f"0125 35{d(4)}",  # Aosta valley (Gressoney)
            f"+39 34{d(1)} {d(3)} {d(4)}",  # Italian mobile
            f"05961-22{d(4)}",  # Munsiyari
            f"05967-22{d(4)}",  # Dharchula
            f"0385-24{d(5)}",  # Imphal
            f"03874-23{d(4)}",  # Churachandpur
            f"+56 55 285 {d(4)}",  # Calama and San Pedro de Atacama
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("1", 15), ("4", 16), ("2720", 16), ("53", 16), ("34", 15), ("37", 15),
                                     ("36", 14), ("6011", 16), ("3530", 16), ("62", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15 and prefix != "1":
            groups = [num[:4], num[4:10], num[10:]]  # Amex 4-6-5
        elif length == 15:
            groups = [num[:4], num[4:9], num[9:]]  # UATP 4-5-6
        elif length == 14:
            groups = [num[:4], num[4:10], num[10:]]  # Diners 4-6-4
        else:
            groups = [num[i : i + 4] for i in range(0, length, 4)]
        r = rng.random()
        if r < 0.45:
            return " ".join(groups)
        if r < 0.6:  # en dashes between groups, as a word processor turns typed hyphens into
            return "\u2013".join(groups)
        if r < 0.72:  # two spaces between groups
            return "  ".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT36))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT36[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): sport, club, forces, aviation, shipping and lab chat, this set's pastes;
        v4 and v6."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a0d:{h()}:{h()}::{h()}", f"2800:{h()}:{h()}:{h()}::{h()}", f"2406:{h()}::{h()}:{h()}",
                         f"2c0f:{h()}:{h()}::{h()}", f"2620:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the scoreboard at the handball hall is on {}, it froze at half time", v4),
            ("photo finish camera at the track got {} from the dhcp", v4),
            ("auto belay on the climbing wall reports to {}, it keeps saying fault", v4),
            ("the regatta start horn box answers on {}", v4),
            ("rowing erg monitor in the boathouse is {}, logbook won't sync", v4),
            ("our LAN final server is {}, everyone connect before 7", rng.choice([v4, v6])),
            ("the adsb feeder on the clubhouse roof is {}", v4),
            ("metar display in the flying club briefing room pulls from {}", v4),
            ("hangar door controller at the airfield is {}, don't touch it", v4),
            ("ECDIS on the bridge got {} after the refit", v4),
            ("the ship's vsat modem is {}, crew wifi is down again", rng.choice([v4, v6])),
            ("the -80 freezer alarm in the lab came from {} at 3am", v4),
            ("sequencer in room 2.14 is {} if the run hangs", v4),
            ("the telescope mount listens on {}, park it before the rain", v4),
            ("all-sky camera at the observatory uploads from {}", rng.choice([v4, v6])),
            ("dome controller is {}, the shutter stuck half open", v4),
            ("$ piaware-config receiver-host {}", v4),
            ("AIS-catcher -d:0 -u {} 10110", v4),
            ("db.url = jdbc:postgresql://{}:5432/dspace", v4),
            ("SQLALCHEMY_DATABASE_URI = 'postgresql://indico@{}/indico'", v4),
            ("StorageHost={}", v4),
            ("context.jdbcUrl=jdbc:postgresql://{}/labkey", v4),
            ("define('HOST_DB', '{}');", v4),
            ("DB_HOST={}", rng.choice([v4, v6])),
            ("OTR_HOST={}", v4),
            ("public $host = '{}';", v4),
            ("  server: {}", v4),
            ("rcon_address {}:27015", v4),
            ("ip=[{}]", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"TF-{rng.choice(['FIA', 'ISB', 'KAY', 'JMB'])}{rng.choice('#!')}{rng.randint(2005, 2024)}",
                f"FL{rng.choice(['350', '390', '120', '080'])}-{rng.choice(['Kilo', 'Tango', 'Echo', 'Papa'])}",
                f"RWY{rng.choice(['27L', '09R', '01', '19'])}{rng.choice(['!', '#', '_ils'])}",
                f"IMO{rng.randint(9100000, 9899999)}{rng.choice('#!')}",
                f"{rng.choice(['K2', 'Broad', 'Nanda', 'Teide'])}-{rng.randint(3700, 8611)}m",
                f"Crux{rng.choice(['7c+', '6b', '8a', '7a'])}{rng.choice(['Send', 'Flash', 'Redpoint'])}",
                f"{rng.choice(['Mencey', 'Tagoror', 'Guanche', 'Achinech'])}#{rng.randint(1400, 1999)}",
                f"{rng.choice(['Sussegad', 'Feni', 'Xacuti', 'Bebinca'])}!{rng.randint(10, 99)}",
                f"Titsch_{rng.choice(['Gressoney', 'Alagna', 'Lyskamm'])}",
                f"{rng.choice(['Bravo', 'Zulu', 'Whiskey', 'Foxtrot'])}-{rng.choice(['Zulu', 'Charlie', 'Delta'])}-{rng.randint(10, 99)}",
                f"{rng.choice(['Betelgeuse', 'Canopus', 'Achernar', 'Fomalhaut'])}{rng.randint(10, 99)}",
                f"{rng.choice(['referee', 'helmsman', 'regatta', 'offside', 'portside'])}".translate(leet) + rng.choice(["!", "", "_36"]),
                f"{w()}.{w()}.{rng.choice(['row', 'climb', 'sail', 'fly'])}.{rng.randint(2019, 2025)}",
                f"{rng.choice(['Skardu', 'Akureyri', 'Imphal', 'Gressoney', 'Magallanes'])}@{rng.choice(['Rope', 'Tide', 'Glove', 'Wing'])}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        b64u = alnum + "-_"
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the boathouse wifi is on the whiteboard, it's {}", pw),
            ("coach read the new team app password out at the team talk, {}", pw),
            ("someone taped {} inside the observatory control room, should we change it", pw),
            ("crew mess noticeboard says the crew wifi is {}", pw),
            ("the club laptop login is in the pilot's briefing pack, {}", pw),
            ("there's a sticky note under the belay desk with {} on it", pw),
            ("lab rota sheet has the freezer log login as {}", pw),
            ("he said the password over the radio, {}, not great", pw),
            ("barracks wifi this week is {}", pw),
            ("the mess wifi password is {}, ask the bar steward if it changes", pw),
            ("referee tablet pin is {}", d(4)),
            ("the grant portal password is {} until I reset it", pw),
            ("gate code for the sailing club pontoon is {}", d(4)),
            ("locker code in the hangar is {}", d(4)),
            ("the climbing wall till pin is {} hash", d(5)),
            # cues in languages no earlier set used
            ("ٹیم کے وائی فائی کا پاس ورڈ {} ہے", pw),
            ("la password è {}, non dirla a nessuno", pw),
            ("zaporka za wifi u klubu je {}", pw),
            ("a palavra-passe do navio é {}", pw),
            ("la clave del wifi del club es {}, mi niño", pw),
            ("la clave del refugio es {}, po", pw),
            # commands
            ("$ piaware-config flightaware-password {}", pw),
            ("$ ampinstmgr quickstart admin {}", pw),
            ("$ curl -u ops:{} http://dome.local/api/shutter", pw),
            ("ADMINUSER=admin:{}", pw),
            # pastes
            ("[database]\nSQLALCHEMY_DATABASE_URI = 'postgresql://indico:{}@db/indico'", pw),
            ("SECRET_KEY = '{}'", tok(64, b64u)),
            ("StorageUser=slurm\nStoragePass={}", pw),
            ("db.password = {}", pw),
            ("context.password={}", pw),
            ("INVENIO_SECRET_KEY={}", tok(48, alnum)),
            ("define('PASSWORD_DB', '{}');", pw),
            ("FERNET_KEY={}", tok(43, b64u) + "="),
            ("OTR_PASS={}", pw),
            ("steampass='{}'", pw),
            ('rcon_password "{}"', pw),
            ('sv_password "{}"', pw),
            ("  database_password: {}", pw),
            ("  secret: {}", tok(40, hexl)),
            ("public $password = '{}';", pw),
            ("public $secret = '{}';", tok(16, alnum)),
            ("$config['database']['password'] = '{}';", pw),
            ('component_secret = "{}"', pw),
            ('  "sharing_key": "{}",', f"{tok(8, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"),
            # tokens and keys with shapes no earlier set used
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET={}", tok(30, alnum)),
            ("DIGITALOCEAN_REFRESH_TOKEN={}", "dor_v1_" + tok(64, hexl)),
            ("AWS_BEARER_TOKEN_BEDROCK={}", "ABSKQmVkcm9ja0FQSUtleS" + tok(60, alnum + "+/")),
            ("Endpoint=sb://crewapp.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={}", tok(43, alnum + "+/") + "="),
            ("MISTRAL_API_KEY={}", tok(32, alnum)),
            ("STEAM_API_KEY={}", tok(32, "0123456789ABCDEF")),
            ("ZENODO_ACCESS_TOKEN={}", tok(60, alnum)),
            ("FIGSHARE_TOKEN={}", tok(128, hexl)),
            ("OSF_TOKEN={}", tok(70, alnum)),
            ("CLEARML_API_SECRET_KEY={}", tok(50, alnum)),
            ("STARTGG_TOKEN={}", tok(32, hexl)),
            ("CHALLONGE_API_KEY={}", tok(40, alnum)),
            ("x-apikey: {}", tok(32, alnum)),
            ("CHECKWX_API_KEY={}", tok(30, alnum)),
            ("OPENAIP_API_KEY={}", tok(32, hexl)),
            ("MARINETRAFFIC_API_KEY={}", tok(40, hexl)),
            ("CLEARML_API_ACCESS_KEY={}", tok(30, upper)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_on_belay', 'cox.y', 'y.sends.7b')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}_on_belay",
                f"cox.{last}",
                f"{last}.sends.{rng.choice(['6c', '7a', '7b', '8a'])}",
                f"fl350_{first}",
                f"{first}.atc",
                f"{last}_rows_{rng.randint(60, 99)}",
                f"seeing.{last}",
                f"{last}.phd.{rng.randint(18, 26)}",
                f"{first}_2ndmate",
                f"ret.{last}",
                f"gg.{first}{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=17, maximum_age=88)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "es": f"{day} de {ES_MONTHS_HELDOUT36[m - 1]} de {year}",  # Canarian and Chilean Spanish
            "cl": f"{day:02d}-{m:02d}-{year}",  # a Chilean form, dashes
            "it": f"{day:02d}/{m:02d}/{year}",  # Italian
            "pt": f"{day} de {PT_MONTHS_HELDOUT36[m - 1]} de {year}",  # European Portuguese
            # Urdu, Eastern Arabic-Indic digits
            "ur": f"{day:02d}-{m:02d}-{year}".translate(URDU_DIGITS_HELDOUT36),
            "mil": f"{day:02d}{MIL_MONTHS_HELDOUT36[m - 1]}{year % 100:02d}",  # the forces' DDMMMYY
            "sas": f"{day:02d}{MIL_MONTHS_HELDOUT36[m - 1]}{year}",  # inside a SAS date literal '...'d
            "stata": f"{m}, {day}, {year}",  # inside Stata's mdy(...)
            "iso": f"{year}-{m:02d}-{day:02d}",  # inside an Elixir ~D[...] sigil
            "en": f"{day} {EN_MONTHS_HELDOUT36[m - 1]} {year}",  # inside a LaTeX CV's \\dateofbirth{...}
            "fal": f"{day:02d}.{m:02d}.{year}",  # an IMO FAL crew-list row
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["es", "cl", "it", "pt", "mil", "en"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the pilot medical form wants my date of birth, {}", any_shape),
            ("for the marathon entry they need dob, mine is {}", any_shape),
            ("the crew agency has his birthday as {}, is that right", any_shape),
            ("university needs the date of birth of the external examiner, it's {}", any_shape),
            ("nacido el {} en Santa Cruz de La Palma", s["es"]),
            ("F. nac.: {}", s["cl"]),
            ("nato il {} ad Aosta", s["it"]),
            ("nata il {} a Varallo", s["it"]),
            ("nascido a {} em Margão", s["pt"]),
            ("تاریخ پیدائش: {}", s["ur"]),
            ("DOB {} SVC NO 24871163", s["mil"]),
            ("dob = '{}'d;", s["sas"]),
            ("gen dob = mdy({})", s["stata"]),
            ("dob: ~D[{}],", s["iso"]),
            ("\\dateofbirth{{}}", s["en"]),
            ("3 | AB | Indian | {} | Margão | CDC 4471", s["fal"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT36_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} scored twice in the second half, what a game",
        "{} refereed the cup final and got booed the whole time",
        "{} ran the marathon in 2:58, first time under three",
        "{} led the crux pitch and lowered off clean",
        "{} coxed the eight at the head race",
        "{} skippered the boat round the island in record time",
        "{} is top fragger on our cs team this split",
        "{} signed up for the reservists' weekend exercise",
        "{} did 22 years in the navy before retiring",
        "{} went solo at the flying club on sunday",
        "{} is cabin crew on the long haul to Tokyo this month",
        "{} was on the approach frequency when the tower lost power",
        "{} joined the tanker as second mate in Rotterdam",
        "{} signs off the ship in Singapore next week",
        "{} is on the lab rota for the cryostat this weekend",
        "{} has the telescope booked from midnight",
        "{} passed the viva with minor corrections",
        "{} sent the grant to the research office an hour before the deadline",
        "{} carried 25 kilos up to base camp without a break",
        "remind me to congratulate {} on the summit",
        "can you draft a thank you note to {} for coaching the juniors",
        "I still owe {} for the ferry tickets to the regatta",
        "ask {} if the rowing machine is free",
        "havildar {} is organising the regimental reunion",
        "Havildar {} took the salute at the passing out parade",
        "subedar {} says the veterans' lunch is on the 12th",
        "bab {} brought feni for the whole crew",
        "Bab {} is sailing as chief cook on the bulk carrier",
        "Referee: {}",
        "Cox: {}",
        "First officer: {}",
        "Master: {}",
        "Belayer: {}",
        "Principal investigator: {}",
        "External examiner: {}",
        "Observer on duty: {}",
        '"athlete": "{}",',
    ],
    "STREET_ADDRESS": [
        "send the club kit to {}, I'll hand it out",
        "the team bus picks us up at {}",
        "my medal went to {} by mistake",
        "post the crew contract to {}",
        "the reunion dinner invite should go to {}",
        "ship the telescope parts to {}",
        "Home address (crew list): {}",
        "Address on service record: {}",
        "Correspondence address: {}",
        '"postal_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the race photos to {}",
        "the club secretary's email is {}",
        "crew change docs come from {}",
        "the grant office contact is {}, ask about the budget",
        "my university email is {} now",
        "Team manager: {}",
        '"contact_email": "{}",',
        "SMTP_LOGIN = '{}'",
        "define('ADMIN_MAIL', '{}');",
    ],
    "PHONE_NUMBER": [
        "the coach's mobile is {}",
        "ring the harbour master on {}",
        "text the duty officer on {}",
        "the lab manager's number is {}",
        "call the skipper on {} if we're late to the start",
        "Emergency contact (expedition): {}",
        "Mobile (crew): {}",
        '"mobile": "{}",',
    ],
    "CREDIT_CARD": [
        "the race entry went on {}",
        "I paid the club membership with {}",
        "put the new sails on {}",
        "the flight hours came off {}",
        "Card charged: {}",
        '"pan": "{}",',
    ],
    "IBAN_CODE": [
        "pay the regatta entry into {}",
        "the veterans' association account is {}",
        "send the deposit for the climbing trip to {}",
        "my crew wages go to {}",
        "Pay to IBAN: {}",
        "IBAN (member): {}",
    ],
    "USERNAME": [
        "I log my climbs on theCrag as {}",
        "my 8a.nu profile is {}",
        "on UKClimbing I'm {}",
        "look me up on Sailing Anarchy, {}",
        "the YBW forum has me as {}",
        "on Cruisers Forum we post as {}",
        "my PPRuNe handle is {}",
        "I upload to airliners.net as {}",
        "IVAO callsign profile is {}",
        "our player page on Liquipedia says {}",
        "on HLTV he's {}",
        "sign up on Battlefy as {}, I'll add you to the team",
        "my ResearchGate username is {}",
        "Cloudy Nights knows me as {}",
        "on Stargazers Lounge I'm {}",
        "I post on ARRSE as {}",
        "my Navy Net name is {}",
        "find me on RallyPoint, {}",
        "the Findacrew listing is under {}",
        "my ShipSpotting uploads are by {}",
        "coach added me on TrainingPeaks as {}",
        '"ivao_user": "{}",',
    ],
}
HELDOUT36_MIXED = [
    ("Master: {}, mobile {}", ["PERSON", "PHONE_NUMBER"]),
    ("Principal investigator: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("SMTP_LOGIN = '{}'\nSMTP_PASSWORD = '{}'", ["EMAIL_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/v1/results", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the boathouse key in the usual place, code {}", ["PERSON", "SECRET"]),
    ("Crew list, AB: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Findacrew profile is {}, pay the boat share to {}", ["USERNAME", "IBAN_CODE"]),
    ("the quote from {} ({}) for the new oars was fair", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the hangar fees with {}", ["PERSON", "CREDIT_CARD"]),
    ("Havildar {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{} -p 2222", ["USERNAME", "IP_ADDRESS"]),
    ("Observer on duty: {}, lodging at {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT36_NEGATIVES = [
    "Akureyri has the northernmost golf course in the world, or so they say",
    "the ferry to Vestmannaeyjar leaves from Landeyjahöfn",
    "Ísafjörður sits at the end of a long fjord in the Westfjords",
    "the Roque de los Muchachos observatory is on the rim of the Caldera de Taburiente",
    "the Teide observatory looks at the sun",
    "lucha canaria is wrestling in a sand ring",
    "the vela latina boats race in the bay of Las Palmas on saturdays",
    "Skardu is the starting point for the Baltoro glacier trek",
    "Concordia is where the Baltoro and Godwin-Austen glaciers meet",
    "the Goa Shipyard builds patrol vessels",
    "Siolim is a village in Bardez on the Chapora river",
    "Punta Arenas looks across the Strait of Magellan to Tierra del Fuego",
    "many street numbers in Punta Arenas start with a zero",
    "the Capanna Margherita is the highest hut in Europe",
    "Gressoney and Alagna are Walser villages under Monte Rosa",
    "Milam glacier is above Munsiyari",
    "the Kumaon Scouts train in the high valleys",
    "Churachandpur is a district south of Imphal",
    "ALMA's operations support facility is near San Pedro de Atacama",
    "the Valle de la Luna is a short bike ride from town",
    "Icelandic phone books list people by their first name",
    "an Icelander's last name is usually the father's name with son or dóttir",
    "many Canarian given names come from the Guanche past",
    "Balti porters often take their home village as a surname",
    "in Goa bab is said to an older man out of respect",
    "Chileans carry the father's and the mother's family names",
    "Italian registers put the family name first",
    "among the Rung, men usually carry Singh as a middle name",
    "Kuki family names come from the clans",
    "the Lickanantay call their language Kunza",
    "we lost 2-1 in the last minute again",
    "the referee gave a penalty for handball",
    "the league table is up on the club website",
    "marathon starts at 9, bag drop closes at 8:30",
    "parkrun is 5k every saturday at 9",
    "the route is graded 7a but it feels harder",
    "always check your partner's knot before you climb",
    "the regatta got cancelled because of the wind",
    "our eight finished fourth in the head race",
    "the scrim against the Danish team is at 8pm",
    "the LAN final is best of three",
    "the alpine club hut opens on 1 June",
    "the reservists' weekend is the last weekend of the month",
    "the passing out parade is on 14 March",
    "Remembrance Sunday parade forms up at 10:30",
    "our flight leaves on 3 July at 06:40",
    "I sign on the ship on 22 September in Houston",
    "my viva is on 9 May at two",
    "bib number 4471, wave C",
    "squad number 23 is free this season",
    "flight FI 204 to Copenhagen is delayed",
    "the ship's IMO number is 9321483",
    "call sign TF-FIA on the tower frequency",
    "grant reference EP/X012345/1 was funded",
    "sample S-2291 goes in the minus 80",
    "the telescope booking is for run 2024B",
    "upgraded Indico to 3.3 last week",
    "fixed in commit 9b3e1fa, see the changelog",
    "LinuxGSM update runs every night at 5",
    "[general]\nBASE_URL = 'https://events.example.org'",
    "ClusterName=labcluster\nSlurmctldHost=head01",
    "dspace.dir = /srv/dspace",
    "piaware-config allow-auto-updates yes",
    "maxplayers=\"12\"",
    "DB_PASSWORD=<set me>",
    "OTR_PASS=changeme",
    "STEAM_API_KEY=${STEAM_API_KEY}",
    "PIN: ****",
    "card 5555 5555 5555 4444 is a test card",
    "IBAN GB82 WEST 1234 5698 7654 32 is the textbook example",
    "write to someone@example.com in the form",
    "192.0.2.44 is a documentation address",
    "2001:db8:36::1 is a documentation address",
    "in Iceland and Spain dial 112, in Chile 131 for an ambulance",
    "the mountain rescue number in Italy is 118",
    "training's at 7 tonight",
    "boat's back on the trailer",
    "can you remind me to book the minibus",
    "see you at the boathouse at six",
    "the wind dropped just before the start",
    "my legs are dead after the long run",
    "the lab's too cold again today",
    "clear skies tonight, finally",
    "rain again, no flying today",
]  # fmt: skip


def _typo36(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a thumb hitting the space bar for a bottom-row
    letter ('number' -> 'num er'), or the space typed one letter early ('the boat' -> 'th eboat'). Only in
    sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    if rng.random() < 0.5:
        words = list(TYPO_WORD_HELDOUT36.finditer(template))
        inner = [i for m in words for i in range(m.start() + 1, m.end() - 1)]
        spots = [i for i in inner if template[i] in BOTTOM_ROW_HELDOUT36]
        if spots:
            i = rng.choice(spots)
            return template[:i] + " " + template[i + 1 :]
    pairs = list(TYPO_PAIR_HELDOUT36.finditer(template))
    if not pairs:
        return template
    m = rng.choice(pairs)
    first, second = m.group(1), m.group(2)
    return template[: m.start()] + f"{first[:-1]} {first[-1]}{second}" + template[m.end() :]


def build_heldout36(seed: int = HELDOUT36_SEED) -> list[Example]:
    """Held-out set 36: `Gen36` values in `HELDOUT36_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen36(seed)
    return assemble_module_set(
        gen, HELDOUT36_TEMPLATES, HELDOUT36_MIXED, HELDOUT36_NEGATIVES, _typo36, person=gen.person_for
    )
