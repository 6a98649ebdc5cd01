"""Held-out PII set 46 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout46": written before round 33 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT46 is empty, as for
held-out 16 to 44; written at the same time as held-out 45, the two authors split the world between them: 46
takes conservation, fieldwork, NGOs and volunteering (national parks and rangers, marine and polar research
stations, weather and seismic stations, zoos, botanic gardens and seed banks, bird ringing and wildlife
surveys, humanitarian NGOs and field offices, volunteering abroad, citizen science), 45 takes work and care
inside homes); hand-written lists of Mentawai of Siberut (the national park's forest guides and the uma's
clans: a baptismal given name and the clan, or the teknonym a parent takes from the first child, 'Aman' for
a father and 'Bai' for a mother: 'Yohanes Sakerebau', 'Aman Laulau', 'Bai Boroi'), Kawésqar of Puerto Edén
and Puerto Natales (the Kawésqar national park's boatmen and guides: a Chilean given name with the father's
and the mother's family names: 'Gabriela Tonko Paterito', 'Raúl Renchi'), Moriori and the families of the
Chatham Islands (Rēkohu: taiko and black robin recovery, the Department of Conservation's rangers: 'Maui
Solomon', 'Robyn Lanauze', 'Tame Gregory-Hunt'), Siberian Yupik of St Lawrence Island (Gambell and
Savoonga: walrus and seabird monitoring: an English given name and the island's family names, sometimes the
Yupik name between them: 'Vernon Slwooko', 'Merle Uqeghlleq Apangalook') and Sahtú Dene of Délı̨nę and
Tulita (the Great Bear Lake guardians and the caribou monitoring: 'Walter Tutcho', 'Irene Kodakin'); a field
sheet's 'Surname, Given' for every origin ('Koonooka, Delbert'); 'sikerei X' (a Mentawai healer), 'tía X' and
'tío X' (a Kawésqar elder, as Puerto Edén calls them) and 'aunty X' (Chatham Islands) with the title outside
the span, and survey-sheet ('Observer:', 'Recorder:'), ringing licence ('Ringer:', 'Trainer:'), NGO ('Field
officer:', 'Country director:'), volunteer ('Emergency contact:'), station ('Radio op (VSB-2):', with the
call sign outside the span) and ranger ('Ranger on duty:', 'Patrol leader:') fields; over three quarters of
the sentences typed to the bot or a friend: ranger patrols, camera traps, ringing sessions, seabird colonies,
walrus haul-outs, caribou counts, weather and seismic stations, seed banks and herbaria, zoo keepers, NGO
field offices and volunteers abroad; self-hosted apps' config no earlier set pasted: EarthRanger's env file,
TrapTagger's .env, Wildbook's jdoconfig.properties, Symbiota's dbconnection.php, SeisComP's global.cfg,
Specify 7's docker env and BirdNET-Go's config.yaml, with Xeno-canto, Wildlife Insights, BirdWeather and
Movebank keys; those regions' addresses (Siberut's dusun, desa and kecamatan with the Mentawai regency,
Tuapejat's 'Jl.', Puerto Edén's 'sin número' and Puerto Natales' 'Población', Chatham Islands roads with the
8942 postcode and a RAPID number, Gambell and Savoonga house numbers with their ZIP codes, Délı̨nę, Tulita and
Norman Wells with their X0E postcodes) and phones (Indonesian mobiles and Tuapejat's (0759), Chilean mobiles
and Puerto Natales' 61 2, Chatham Islands 03 305, New Zealand mobiles, Gambell 985 and Savoonga 984 in
(907), Délı̨nę 589 and Norman Wells 587 in (867), and Iridium satellite phones +8816 and +8817); Visa,
Mastercard 51-55 and 2221, Amex 34 and 37, Discover 65 and a 14-digit Diners 36 as a park's entry desk or an
NGO's expense sheet takes them, with spaces, hyphens or none; IBANs of Norway, Switzerland, Costa Rica,
Seychelles, Greenland and the Faroe Islands (every IBAN country was used by an earlier set; these are where
polar, conservation and humanitarian money goes); IPs in camera-trap base station, LoRaWAN gateway on a
ridge, weather station logger, seismometer digitiser, satellite terminal at a field station, seed bank cold
room, zoo enclosure camera, ringing station laptop, acoustic recorder, tide gauge and NGO field office VSAT
chat and in the pastes above, a datalogger's log line and a SeisComP syslog line, v6 in 2404:8000,
2407:7000, 2803:a200, 2605:6400 and 2602:fd40 ranges; passwords handed over in ways no earlier set used
(taped inside the bird hide's door, the field station's logbook, the seed bank vault's keypad, the ringing
box, the Pelican case lid, the ranger post's radio log, the NGO guesthouse, the satellite phone's PIN, the
weather station logger's screen, the zoo's night house), Siberut's uma ('Siberut#Uma'), Puerto Edén
('PuertoEden_22'), Rēkohu ('Rekohu!Taiko'), Gambell's Yupik name ('Sivuqaq2019'), Great Bear Lake
('TsaTue-7'), leetspeak of field words ('r1ng1ng', 'tr4ns3ct'), species joined by hyphens with a count
('petrel-robin-14'), and cues in Indonesian ('kata sandinya'), Chilean Spanish ('la clave del wifi es') and
Russian for a polar station ('пароль от станции'); usernames on Xeno-canto, BirdForum, observation.org,
Trektellen, MammalWeb, Cloudbirders, NatureMapr, Worldpackers, Idealist, Mushroom Observer and the Zooniverse
talk boards, shapes like 'x.ringer', 'y_transect4', 'x-in-the-hide', 'nestbox_y', 'x.on.ice' and
'y.fieldkit'; dates of birth given for a ringing permit, a volunteer abroad form, an NGO's insurance, a
station medical, a park's guide licence and a research visa, in Indonesian ('Tempat/Tgl. Lahir: Muara
Siberut, 14-03-1987' and '14 Maret 1987'), Chilean Spanish ('F. nac.: 14-03-1987'), a passport's '14 MAR
1987', Alaska's month first, Canada's year first, New Zealand's day first and an EarthRanger JSON
'date_of_birth'; typos as a satellite messenger's scrolling letter wheel stops one letter early or late
('the' -> 'thf', 'ring' -> 'rinh') or a gloved, cold thumb misses a word's first tap ('check' -> 'heck',
'the' -> 'he'); negatives with the same regions' places, the teknonyms, the clans and the two family names
explained, GPS coordinates of sites, ring numbers, species' Latin names, station, transect, quadrat and camera
ids, WMO and seismic station codes, grid references, sensor serials, expedition and season dates, counts,
weights and wing lengths, permit and licence numbers alone, the regions' emergency numbers, versions, a
commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs
(v4 and v6), and short everyday chat).

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

HELDOUT46_SEED = 8270419
# no faker name locale, as in held-out 16 to 44: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT46: list[str] = []
# conservation, fieldwork, NGOs and volunteering (held-out 45, written at the same time, takes work and care
# inside homes); each origin: (men's given names, women's given names, family names)
NAMES_HELDOUT46: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Mentawai of Siberut (the national park's forest guides, Muara Siberut and the Rereiket valley's uma):
    # a baptismal given name and the clan (the uma's name)
    "mentawai": ("Yohanes Martinus Aurelius Bernadus Stefanus Agustinus Kristianus Teofilus Frans".split(),
                 "Magdalena Kristina Yosefina Rosalina Veronika Anjelina Yuliana".split(),
                 "Sakerebau Sakaliou Samongilailai Salakkopak Sabulukkungan Satoutou Siritoitet Saleleubaja Sababalat Sagari Sabaggalet Samaloisa".split()),
    # Kawésqar of Puerto Edén and Puerto Natales (the Kawésqar national park's boatmen and guides)
    "kawesqar": ("José Francisco Gabriel Raúl Alberto Hernán Lautaro Juan Carlos".split(),
                 "Gabriela Celina Lucrecia Margarita Norma Leticia Ester".split(),
                 "Tonko Paterito Renchi Wellington Messier Caro Alvarado Edén Aros Canales Vidal".split()),
    # Moriori and the Chatham Islands' families (Rēkohu: taiko and black robin recovery, DOC's rangers)
    "chatham": ("Maui Tame Hirawanu Rangitapua Minarapa Shane Grant Wayne Bryce".split(),
                "Miriama Aroha Tui Robyn Kirsty Mahina Jodi".split(),
                "Solomon Preece Lanauze Dix Croon Tuanui Page Hough Prendeville Gregory-Hunt Thomas".split()),
    # Siberian Yupik of St Lawrence Island (Gambell and Savoonga: walrus and seabird monitoring)
    "sl_yupik": ("Vernon Conrad Chester Delbert Merle Lloyd Morris Gerald Darren".split(),
                 "Ora Jennifer Beda Elaine Clarice Jolene Marjorie".split(),
                 "Apangalook Slwooko Koonooka Toolie Noongwook Kingeekuk Pungowiyi Waghiyi Aningayou Akeya Gologergen Seppilu Uglowook Ungott Iyakitan Silook".split()),
    # Sahtú Dene of Délı̨nę and Tulita (the Great Bear Lake guardians, caribou and fish monitoring)
    "sahtu": ("Walter Leroy Alfred Jonas Gordon Raymond Archie Dolphus".split(),
              "Irene Jane Bernice Georgina Camilla Doris Leona".split(),
              "Kenny Tutcho Kodakin Modeste Takazo Baton Neyelle Betsidea Menacho Etchinelle Kochon Taneton Yukon Ayah".split()),
}  # fmt: skip
# a Mentawai parent's teknonym takes the first child's name ('Aman' father of, 'Bai' mother of)
MENTAWAI_CHILDREN_HELDOUT46 = "Laulau Boroi Kaliou Mengga Sitaki Lepon Gotdai Rimanjat".split()
# a St Lawrence Island Yupik name between the English given name and the family name
YUPIK_NAMES_HELDOUT46 = "Aghnaqa Uqeghlleq Kaaghaq Pingayaq Nanghila Aataghaq".split()
# a title before the name (outside the span) goes with the origins that use it
TITLED_HELDOUT46: dict[str, list[str]] = {
    "sikerei": ["mentawai"],  # a Mentawai healer, before his name or teknonym
    "tía": ["kawesqar"],  # 'aunt', a Kawésqar elder as Puerto Edén calls her, before her given name
    "tío": ["kawesqar"],  # and 'uncle', before his
    "aunty": ["chatham"],  # the Chatham Islands' aunty, before her given name
}
TITLE_SLOT_HELDOUT46 = re.compile(r"\b(sikerei|tía|tío|aunty) \{\}", re.IGNORECASE)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT46 = {"NO": "11n", "CH": "5n12c", "CR": "18n", "SC": "4a20n3a", "GL": "14n", "FO": "14n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT46 = ["ranger", "ringing", "transect", "seabird", "walrus", "caribou", "station", "camtrap",
                      "seedbank", "herbarium", "fieldkit", "patrol", "survey", "keeper", "taiko", "robin"]  # fmt: skip
# slips outside the slots: a satellite messenger's letter wheel stopping one letter early or late, or a cold
# gloved thumb missing a word's first tap
WHEEL_WORD_HELDOUT46 = re.compile(r"(?<![\w{}'])[a-z]{3,}(?![\w{}'])")
FIRST_TAP_WORD_HELDOUT46 = re.compile(r"(?<![\w{}'])[a-z]{3,}(?![\w{}'])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Raúl' -> 'raul',
    'Gregory-Hunt' -> 'gregoryhunt')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen46(Gen3):
    """Generators for held-out set 46: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT46 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT46))
        men, women, lasts = NAMES_HELDOUT46[origin]
        woman = rng.random() < 0.45
        given = rng.choice(women if woman else men)
        return origin, given, rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if r < 0.12:  # a field sheet's 'Surname, Given'
            return f"{last}, {first}"
        if origin == "mentawai" and r < 0.45:  # the teknonym from the first child's name
            return f"{'Bai' if woman else 'Aman'} {rng.choice(MENTAWAI_CHILDREN_HELDOUT46)}"
        if origin == "kawesqar" and r < 0.5:  # the father's and the mother's family names
            return f"{first} {last} {rng.choice(NAMES_HELDOUT46['kawesqar'][2])}"
        if origin == "sl_yupik" and r < 0.35:  # the Yupik name between
            return f"{first} {rng.choice(YUPIK_NAMES_HELDOUT46)} {last}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.78:
            name = first
        elif r < 0.87:
            name = last
        else:  # the given name's initial and the family name, as a ringing sheet gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('sikerei Aman Laulau', 'tía Gabriela', 'tío Raúl Tonko',
        'aunty Miriama'), from the origins that use it."""
        rng = self.rng
        title = title.lower()
        origin = rng.choice(TITLED_HELDOUT46[title])
        men, women, lasts = NAMES_HELDOUT46[origin]
        if title == "sikerei" and rng.random() < 0.5:
            return f"Aman {rng.choice(MENTAWAI_CHILDREN_HELDOUT46)}"
        given = rng.choice(women if title in ("tía", "aunty") else men)
        return given if rng.random() < 0.75 else f"{given} {rng.choice(lasts)}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT46.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        shapes = [
            f"Dusun {pick(['Puro', 'Salappa', 'Madobag', 'Ugai', 'Matotonan'])}, Desa {pick(['Muntei', 'Madobag', 'Maileppet'])}, Kec. Siberut Selatan, Kab. Kepulauan Mentawai 25393",
            f"Jl. Raya Muara Siberut No. {rng.randint(1, 90)}, Muara Siberut, Kepulauan Mentawai",
            f"Jl. {pick(['Mapaddegat', 'Raya Tuapejat', 'Trans Mentawai'])} No. {rng.randint(1, 60)}, Tuapejat, Sipora Utara 25392",
            f"Pasaje {pick(['Jetarkte', 'Kawésqar', 'Los Canales'])} sin número, Puerto Edén, Región de Magallanes",
            f"Población {pick(['Costanera', 'Pedro Montt', 'Libertad'])}, pasaje {rng.randint(1, 20)} casa {rng.randint(1, 80)}, Puerto Natales",
            f"{pick(['Bulnes', 'Eberhard', 'Baquedano', 'Blanco Encalada'])} {rng.randint(100, 1400)}, depto. {rng.randint(1, 30)}, Puerto Natales",
            f"{rng.randint(1, 300)} {pick(['Tuku Road', 'Owenga Road', 'Waitangi Wharf Road', 'Kaingaroa Road'])}, Chatham Islands 8942",
            f"RAPID {rng.randint(100, 3999)} {pick(['Port Hutt Road', 'Te One Road', 'Pitt Island Road'])}, Chatham Islands 8942",
            f"House {n}, Gambell, AK 99742",
            f"House {n}, Savoonga, AK 99769",
            f"PO Box {rng.randint(1, 199)}, {pick(['Gambell, AK 99742', 'Savoonga, AK 99769'])}",
            f"House {n}, Délı̨nę, NT X0E 0G0",
            f"{rng.randint(1, 40)} {pick(['Mackenzie Drive', 'Forestry Road', 'Raven Road'])}, Norman Wells, NT X0E 0V0",
            f"Box {rng.randint(1, 199)}, Tulita, NT X0E 0K0",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT46)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{first}_{subject}", f"{last}.{first[:1]}", f"{first}{rng.randint(1960, 2004)}",
                           f"{subject}-{last}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.co.id", "gmail.co.id", "outlook.com", "hotmail.cl", "vtr.net",
                             "xtra.co.nz", "doc.govt.nz", "gci.net", "alaska.net", "northwestel.net", "yahoo.ca",
                             "protonmail.com", "icloud.com", "hotmail.com", "yahoo.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"08{rng.choice(['12', '13', '21', '52'])}-{d(4)}-{d(4)}",  # Indonesian mobile
            f"+62 8{rng.choice(['12', '13', '52'])} {d(4)} {d(4)}",  # Indonesian mobile, international
            f"(0759) 3{d(5)}",  # Tuapejat
            f"+56 9 {d(4)} {d(4)}",  # Chilean mobile
            f"+56 61 241 {d(4)}",  # Puerto Natales
            f"03 305 {d(4)}",  # Chatham Islands
            f"+64 3 305 {d(4)}",  # Chatham Islands, international
            f"02{rng.choice('127')} {d(3)} {d(4)}",  # New Zealand mobile
            f"(907) 985-{d(4)}",  # Gambell
            f"907-984-{d(4)}",  # Savoonga
            f"(867) 589-{d(4)}",  # Délı̨nę
            f"867 587 {d(4)}",  # Norman Wells
            f"+8816 {d(4)} {d(4)}",  # Iridium
            f"+8817 {d(4)} {d(4)}",  # Iridium
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("55", 16), ("2221", 16), ("34", 15),
                                     ("37", 15), ("65", 16), ("36", 14)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 14:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.68:  # an expense sheet's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT46))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT46[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): camera traps, gateways, stations, seed banks, zoos, ringing and NGO
        field office chat, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2404:8000:{h()}:{h()}::{h()}", f"2407:7000:{h()}:{h()}::{h()}", f"2803:a200:{h()}::{h()}",
                         f"2605:6400:{h()}:{h()}::{h()}", f"2602:fd40:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the camera trap base station at the salt lick is on {}, it stopped sending photos", v4),
            ("lorawan gateway on the ridge got {} after the reboot", rng.choice([v4, v6])),
            ("the weather station logger answers on {}, the wind sensor reads zero again", v4),
            ("seismometer digitiser in the vault is {}, don't unplug it", v4),
            ("the satellite terminal at the field station handed out {}", rng.choice([v4, v6])),
            ("cold room controller in the seed bank is {}, alarm went off at 4am", v4),
            ("the otter enclosure camera at the zoo is {}", v4),
            ("ringing station laptop is {} if you need to pull the sheets off it", v4),
            ("the acoustic recorder by the colony syncs to {}", v4),
            ("tide gauge at the wharf is on {}", rng.choice([v4, v6])),
            ("our field office vsat modem is {}, the country office can't reach us", v4),
            ("the trail camera hub at the ranger post has {} on its screen", v4),
            ("i set the ringing database box to {} so the volunteers can log in", v4),
            ("EARTHRANGER_DB_HOST={}", v4),
            ("TRAPTAGGER_DB_HOST={}", v4),
            ("datanucleus.ConnectionURL=jdbc:postgresql://{}:5432/wildbook", v4),
            ("$SERVER = '{}';", v4),
            ('database = postgresql://sysop@{}/seiscomp', v4),
            ("  host: {}", v6),
            ("2024-07-19 02:10:44 CR1000X station 3: upload to {} failed, retry in 600 s", v4),
            ("Jul 19 02:10:44 scmaster[2211]: connection from {} accepted", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Siberut#{rng.choice(['Uma', 'Kerei', '2016'])}",
                f"PuertoEden_{rng.randint(1, 60)}",
                f"Rekohu!{rng.choice(['Taiko', 'Robin', '1791'])}",
                f"Sivuqaq{rng.randint(2001, 2024)}",
                f"TsaTue-{rng.randint(1, 99)}",
                rng.choice(["ringing", "transect", "seabird", "quadrat", "caribou"]).translate(leet) + rng.choice(["", "!", "_46"]),
                f"{rng.choice(['petrel', 'robin', 'walrus', 'auklet', 'huemul'])}-{w()}-{rng.randint(1, 99)}",
                f"{rng.choice(['Delline', 'Gambell', 'Natales', 'Waitangi', 'Muntei'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Hide', 'Ring', 'Trap', 'Patrol', 'Nest'])}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        uuid = lambda: f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"  # noqa: E731
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        jwt = lambda: head + tok(80, alnum + "-_") + "." + tok(43, alnum + "-_")  # noqa: E731
        options = [
            # passwords handed over in ways no earlier set used
            ("the wifi is taped inside the door of the bird hide, {}", pw),
            ("field station wifi is in the back of the logbook, {}", pw),
            ("the seed bank vault keypad is {} this season", d(6)),
            ("the padlock on the ringing box is {}", d(4)),
            ("the laptop password is on the lid of the pelican case, {}", pw),
            ("the ranger post's radio log has the tablet login, {}", pw),
            ("wifi at the ngo guesthouse is {}", pw),
            ("the sat phone pin is {}, don't lock it out again", d(4)),
            ("the weather station logger screen wants {} to change the interval", d(4)),
            ("the night house at the zoo opens with {}", d(5)),
            ("i changed the earthranger admin password to {}", pw),
            ("the camera trap sd cards are locked with {}", pw),
            ("my volunteer portal password is {}, log in and print my certificate", pw),
            # cues in languages no earlier set used for this
            ("kata sandinya wifi pos jaga {}", pw),
            ("la clave del wifi de la estación es {}", pw),
            ("пароль от станции {}", pw),
            # commands
            ("$ docker run -e SPECIFY_MASTER_PASSWORD={} specifyconsortium/specify7-service", pw),
            ("$ psql 'postgresql://earthranger:{}@localhost/das'", pw),
            ("$ curl -H 'Authorization: Bearer {}' https://sandbox.pamdas.org/api/v1.0/activity/events", jwt()),
            # pastes
            ("EARTHRANGER_DB_PASSWORD={}", pw),
            ("TRAPTAGGER_SECRET_KEY={}", tok(48, alnum)),
            ("datanucleus.ConnectionPassword={}", pw),
            ("$PASSWORD = '{}';", pw),
            ("database = postgresql://sysop:{}@localhost/seiscomp", pw),
            ("SPECIFY_DATABASE_PASSWORD={}", pw),
            ("  xeno_canto_key: {}", tok(40, hexl)),
            ("  birdweather_id: {}", tok(24, alnum)),
            ("WILDLIFE_INSIGHTS_TOKEN={}", tok(64, alnum + "-_")),
            ("MOVEBANK_PASSWORD={}", pw),
            ('      "api_key": "{}",', uuid()),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.ringer', 'y_transect4', 'x-in-the-hide')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.ringer",
                f"{last}_transect{rng.randint(1, 12)}",
                f"{first}-in-the-hide",
                f"nestbox_{last}",
                f"{first}.on.ice",
                f"{last}.fieldkit",
                f"{first}_{rng.choice(['petrel', 'robin', 'auklet'])}{rng.randint(1, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=84)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "id": f"{day:02d}-{m:02d}-{year}",  # Indonesian KTP
            "id_long": f"{day} {ID_MONTHS_HELDOUT46[m - 1]} {year}",
            "cl": f"{day:02d}-{m:02d}-{year}",  # Chilean
            "passport": f"{day:02d} {EN_MONTHS_HELDOUT46[m - 1]} {year}",
            "us": f"{m}/{day}/{year}",  # Alaska, unpadded
            "ca": f"{year}-{m:02d}-{day:02d}",
            "nz": f"{day:02d}/{m:02d}/{year}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["nz", "us", "ca", "passport", "id_long", "cl"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("for the ringing permit they need my date of birth, it's {}", any_shape),
            ("the volunteer abroad form wants my dob, {}", any_shape),
            ("ngo insurance asked for my birthday again, {}", any_shape),
            ("station medical says date of birth {} on the top", s["ca"]),
            ("the park's guide licence renewal has my dob as {}", s["id_long"]),
            ("for the research visa i put born {}", s["passport"]),
            ("my walrus monitoring contract has my birth date wrong, it should be {}", s["us"]),
            ("Tempat/Tgl. Lahir: Muara Siberut, {}", s["id"]),
            ("tanggal lahir saya {}", s["id_long"]),
            ("F. nac.: {}", s["cl"]),
            ("Date of birth (as in passport): {}", s["passport"]),
            ("DOB: {}", s["us"]),
            ("Date of birth: {}", s["nz"]),
            ('  "date_of_birth": "{}",', s["ca"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


ID_MONTHS_HELDOUT46 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
EN_MONTHS_HELDOUT46 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()

HELDOUT46_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} walked the transect with me this morning, saw two gibbons",
        "the guide who took us into the Rereiket valley was {}",
        "{} is running the ringing session at the lake on saturday",
        "remind me to send {} the camera trap photos",
        "{} counted 412 walrus on the haul-out yesterday",
        "can you find the message from {} about the caribou count",
        "{} took the boat out to the taiko burrows",
        "{} is the new ranger at the Kawésqar park office",
        "ask {} if the seismic vault needs a new battery",
        "{} signed me off for my c permit",
        "{} is my volunteer coordinator in Puerto Natales",
        "I owe {} for the fuel on the skiff",
        "{} checks the black robin nest boxes on Rangatira",
        "tell {} the weather station lost its anemometer",
        "{} is our field officer in the north, ring her tomorrow",
        "{} cleans the seed bank's drying room on fridays",
        "{} keeps the red pandas at the zoo",
        "{} from the guardians program saw the fish kill first",
        "the boatman who got us through the channel was {}",
        "{} did the seabird census on the cliffs with me",
        "{} is the country director now, the old one left in june",
        "{} fed the orphaned seal pup every three hours",
        "ask {} for the herbarium key",
        "{} lost a glove at the colony, tell him I have it",
        "{} drives the supply truck to the field station",
        "sikerei {} blessed the trail before we went in",
        "tía {} told us the names of all the channels",
        "tío {} fixed the outboard again",
        "aunty {} has the key to the DOC hut",
        "Sikerei {} knows every tree on that ridge",
        "Observer: {}",
        "Recorder: {}",
        "Ringer: {}",
        "Trainer: {}",
        "Field officer: {}",
        "Country director: {}",
        "Emergency contact: {}",
        "Radio op (VSB-2): {}",
        "Ranger on duty: {}",
        "Patrol leader: {}",
        "Volunteer: {} (week 3)",
        '"observer_name": "{}",',
        "| Transect T4 | {} |",
    ],
    "STREET_ADDRESS": [
        "send the ringing rings to {}, not to the station",
        "the volunteer house is at {}",
        "my guide lives at {}, we start from there",
        "post the sd cards to {}",
        "I moved, the permit letters should go to {} now",
        "the taxi can drop the seed samples at {}",
        "Home address: {}",
        "Postal address: {}",
        "Volunteer lodging: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the survey sheets to {}",
        "the ringing coordinator's email is {}",
        "email the camera trap csv to {} not to me",
        "the volunteer placement went through {}",
        "Email (observer): {}",
        '"email": "{}",',
        "ADMIN_EMAIL={}",
        "contact_email: {}",
    ],
    "PHONE_NUMBER": [
        "the guide's number is {}",
        "ring the field station on {} if the boat doesn't come",
        "the ranger's sat phone is {}",
        "call the walrus monitor on {} before you fly to Savoonga",
        "my host family's number is {}",
        "Emergency phone: {}",
        "Tel. (field office): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the park entry with {}",
        "the volunteer placement fee went on {}",
        "the boat charter is on {}",
        "paid the bird rings order with {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay my stipend into {}",
        "the ngo wants the field advance back to {}",
        "send the donation to {}",
        "send my share of the boat fuel to {}",
        "IBAN (stipend): {}",
        "IBAN for reimbursements: {}",
    ],
    "USERNAME": [
        "on Xeno-canto I'm {}",
        "my BirdForum name is {}",
        "I post on observation.org as {}",
        "Trektellen has me as {}",
        "my MammalWeb login is {}",
        "on Cloudbirders I'm {}",
        "NatureMapr knows me as {}",
        "my Worldpackers profile is {}",
        "on Idealist I'm {}",
        "Mushroom Observer has me as {}",
        "on the Zooniverse talk boards I'm {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT46_MIXED = [
    ("Observer: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Field officer: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("EARTHRANGER_DB_HOST={}\nEARTHRANGER_DB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8000/api/v1/observations", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the hide keys in the box, code {}", ["PERSON", "SECRET"]),
    ("Volunteer: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Xeno-canto name is {}, send the money to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the ringing course came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the boat charter with {}", ["PERSON", "CREDIT_CARD"]),
    ("tía {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Emergency contact: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT46_NEGATIVES = [
    "the Mentawai live on Siberut, Sipora and the Pagai islands",
    "an uma is a Mentawai clan's longhouse and the clan itself",
    "Aman means father of, a Mentawai man takes his first child's name",
    "a sikerei is a Mentawai healer, they wear flowers in their hair",
    "Siberut National Park covers about 190,000 hectares",
    "the Kawésqar are canoe people of the channels of western Patagonia",
    "Puerto Edén is only reached by the ferry from Puerto Natales",
    "in Chile you carry your father's family name and then your mother's",
    "Rēkohu is the Moriori name of Chatham Island",
    "the Chathams are 45 minutes ahead of mainland New Zealand",
    "Gambell and Savoonga are the two villages on St Lawrence Island",
    "Sivuqaq is the Yupik name of Gambell",
    "Délı̨nę is the only community on Great Bear Lake",
    "Tsá Tué is a biosphere reserve around Great Bear Lake",
    "Macaca siberu is the Siberut macaque",
    "Hylobates klossii, the Kloss's gibbon, only lives in the Mentawai islands",
    "Pterodroma magentae is the Chatham Island taiko",
    "Petroica traversi is the black robin, once down to five birds",
    "Odobenus rosmarus divergens is the Pacific walrus",
    "Hippocamelus bisulcus is the huemul on Chile's coat of arms",
    "Rangifer tarandus groenlandicus is the barren-ground caribou",
    "Somateria fischeri is the spectacled eider",
    "Uria lomvia nests on the cliffs at Gambell",
    "the colony is at 63.78 N, 171.74 W",
    "camera 12 sits at -1.4391, 98.9062 by the salt lick",
    "the burrow site is at 44.3621 S, 176.6302 W",
    "the hut is at grid reference NZTM 2020 E 1894520 N 5003210",
    "ring number EA 82041 was retrapped after six years",
    "ring DR 51873 came back from the Philippines",
    "darvic ring A3K, yellow on the left leg",
    "transect T4 is 2 km, we walk it at 6:30",
    "quadrat Q17 had no seedlings this year",
    "station code SLI-03 is the one on the north beach",
    "camera trap CT-27 filled its card in four days",
    "WMO station 93986 is the Chatham Islands weather station",
    "seismic station AK.GAMB is on the hill above the village",
    "logger serial 29471 needs a new desiccant pack",
    "sensor SN 1044-2281 reads 2 degrees too warm",
    "the expedition runs from 12 January to 3 March",
    "walrus season starts in late April when the ice breaks",
    "the ringing season closes on 31 October",
    "we counted 1,284 auklets in the plot",
    "the pup weighed 14.2 kg at release",
    "wing length 112 mm, weight 31 g, adult male",
    "permit 2024-ANI-0193 covers the whole season",
    "the collection holds 3,200 seed accessions",
    "the herbarium sheet number is CHR 612044",
    "the research permit number is 17/2024, nothing else on it",
    "the boat is 7.2 m with a 90 hp outboard",
    "the flight to Savoonga is 55 minutes from Nome",
    "the ferry to Puerto Edén takes about 24 hours",
    "the Chathams' emergency number is 111 like the rest of New Zealand",
    "Indonesia uses 112, Chile 131 for an ambulance",
    "in the Northwest Territories it's 911 now",
    "Sahtú means Great Bear Lake in North Slavey",
    "North Slavey has a nasal hook under some vowels",
    "DOC means the Department of Conservation",
    "Tuapejat is the capital of the Mentawai regency",
    "8942 is the Chatham Islands postcode",
    "X0E is the start of the postcodes in the Sahtú",
    "99742 is the ZIP code of Gambell",
    "the satellite messenger sends 160 characters at a time",
    "updated SeisComP to 6.5 on the field laptop",
    "EarthRanger 2.x changed the events api",
    "fixed in commit 3f9a0c7, see the release notes",
    "BirdNET-Go 0.6 finds more thrushes at night",
    '"api_key": "<your key here>",',
    "EARTHRANGER_DB_PASSWORD=",
    "WILDLIFE_INSIGHTS_TOKEN=${WILDLIFE_INSIGHTS_TOKEN}",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "and 3782 822463 10005 is the test Amex",
    "NO93 8601 1117 947 is the example Norwegian IBAN in the docs",
    "CH93 0076 2011 6238 5295 7 is the sample Swiss IBAN",
    "write to volunteers@example.org on the form",
    "192.0.2.46 is a documentation address",
    "203.0.113.9 is a documentation address",
    "2001:db8:46::7 is a documentation address",
    "the gibbons were calling at dawn",
    "the boat is late again, wind from the north",
    "remind me to buy more silica gel",
    "did the new rings arrive yet",
    "quiet night, only one owl in the nets",
    "see you at the hide at five",
    "bring your headlamp and spare batteries",
    "the generator at the station is out again",
    "pack the drone, the weather looks good tomorrow",
]  # fmt: skip


def _typo46(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a satellite messenger's scrolling letter wheel
    stopping one letter early or late in one word ('the' -> 'thf', 'ring' -> 'rinh', 'boat' -> 'bpat'), or a
    cold, gloved thumb missing a word's first tap ('check' -> 'heck', 'the' -> 'he'), as typed from a hide, a
    skiff or a ridge with no signal but the satellite. Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    if rng.random() < 0.55:
        words = list(WHEEL_WORD_HELDOUT46.finditer(template))
        if not words:
            return template
        m = rng.choice(words)
        i = m.start() + rng.randrange(len(m.group(0)))
        c = template[i]
        step = rng.choice([-1, 1]) if c not in "az" else (1 if c == "a" else -1)
        return template[:i] + chr(ord(c) + step) + template[i + 1 :]
    words = list(FIRST_TAP_WORD_HELDOUT46.finditer(template))
    if not words:
        return template
    m = rng.choice(words)
    return template[: m.start()] + template[m.start() + 1 :]


def build_heldout46(seed: int = HELDOUT46_SEED) -> list[Example]:
    """Held-out set 46: `Gen46` values in `HELDOUT46_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen46(seed)
    return assemble_module_set(
        gen, HELDOUT46_TEMPLATES, HELDOUT46_MIXED, HELDOUT46_NEGATIVES, _typo46, person=gen.person_for
    )
