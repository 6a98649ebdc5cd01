"""Held-out PII set 34 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout34": written before round 27 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT34 is empty, as for
held-out 16 to 32; written at the same time as held-out 33, the two authors split the world between them: 34
takes rural and nomadic life, villages, herders and fishing communities, and subjects from farming, fishing,
herding, seasonal work and village life, 33 cities, diasporas, nightlife, gig work, housing and transport);
hand-written lists of Borana and Gabbra herders (Marsabit and Moyale: the father's and the grandfather's
names after one's own, 'Boru Guyo Jarso'), Rabari of Kutch (the community's name as the family name, 'Vala
Rabari'), Bakarwal and Van Gujjar buffalo and goat herders (clan names as family names, 'Khatana', 'Poswal',
'Chechi'), Lambadi (Banjara) of the Telangana thandas (the family name first as Telugu writes it, with 'Naik'
after the given name: 'Banoth Sevya Naik'), Dhangar shepherds of Satara (the father's given name in the
middle as Marathi writes it: 'Dattu Bira Waghmode'), Old Believer fishermen of Nikolaevsk, Alaska (an
American nickname with the church name in brackets: 'Nick (Nikifor) Basargin'), Lipovan fishermen of the
Danube Delta (Russian names in Romanian spelling: 'Fiodor Ciolacov'), Moken sea nomads of the Surin islands
(one name only, or a Thai family name given by officials: 'Salama Klathalay'), English Romany travellers
(given names that are also words: 'Cinderella Boswell', 'Britannia Loveridge'), Scottish Travellers of the
berry fields ('Belle Townsley', 'Duncan MacPhee'), Csángó of Moldavia (Hungarian names in Romanian spelling,
the family name first as a Romanian register writes it: 'Iștoc Anton') and Llaneros of Apure and Casanare (a
nickname for the given name and two family names: 'Cheo Colmenares Pirela'); 'Mzee X', 'Sarpanch X' and
'Skipper X' with the title outside the span, and census ('Head of household:'), picking-card ('Picker no.
14:'), herd-register ('Herder:'), vet ('Vet attended:') and fish-auction ('Landed by:') fields; over three
quarters of the sentences typed to the bot or a friend: lambing, calving, milking, hay, silage, potato and
berry picking, hop and grape harvests, salmon and crab fishing, net mending, fish auctions, ice plants,
camel milk, transhumance, goat markets, dairy co-ops, horse fairs, village wells, panchayats, seasonal work
visas, tractors and irrigation; farmOS settings.php, ChirpStack chirpstack.toml, ThingsBoard, Kolibri
options.ini, Koha koha-conf.xml, DHIS2 dhis.conf, ODK Central, KoboToolbox, Apache Fineract, RapidPro,
Kannel kannel.conf, Gammu smsdrc, Tasmota Backlog, WeeWX weewx.conf, LibreTime, AzuraCast and Tryton
trytond.conf; those regions' addresses (Marsabit manyattas and Moyale P.O. boxes with the Kenyan postcode
after a dash, 'At & Post ..., Ta. ..., Dist. Kutch' villages, Bakarwal deras and Van Gujjar khattas, Telangana
'H.No. ..., ... Thanda, Mandal ..., Dist. ...', Marathi 'Mu. Po. ..., Ta. ..., Ji. Satara', Nikolaevsk mile
posts and Anchor Point boxes, Jurilovca and Periprava 'Sat ... nr., com., jud. Tulcea', Thai 'Moo ..., T. ...,
A. ...' of Phang Nga, Romany pitches at Appleby and in Kent, Blairgowrie berry-farm caravans, Csángó 'Sat
Pustiana nr. ..., jud. Bacău', Colombian 'Vereda ..., Finca ...' and Venezuelan hatos) and phones (Marsabit,
Safaricom 011x mobiles domestic, Bhuj STD, Kutch and J&K mobiles, Ganderbal, Mahabubabad, Satara, Homer and
Nikolaevsk, Tulcea, Phang Nga, Thai mobiles domestic, Appleby, Blairgowrie, Bacău, Yopal with Colombia's 608
code, San Fernando de Apure, Colombian mobiles domestic); RuPay 6521, 508 and 81, Mir 2202, Elo 6363 and
13-digit Visa cards, some with full stops between groups; IBANs of Senegal, Côte d'Ivoire, Benin, Cameroon,
Morocco, Angola, Togo, Gabon, Congo, Guinea-Bissau, Mongolia, Romania and Greece (every IBAN country was used
by an earlier set; these were used least or fit the herders and fishers); IPs in LoRaWAN-gateway,
milking-robot, irrigation-controller, weather-station, fish-farm oxygen, ice-plant, cold-store, collar
base-station, solar-pump, village-mesh, silo-cable, hive-scale, greenhouse and RTK-base chat and in the pastes
above, an NTRIP caster URL and mosquitto_sub, v6 in 240c, 2c08, 2a16, 2001:fb0 and 2001:4490
ranges; passwords handed over in ways no earlier set used (left with the relief milker on the parlour
whiteboard, shouted over the engine, written on the back of a picking card, tied to the boat's name, the
gram panchayat's office pc, the dairy co-op's milk-testing machine, a tractor's telematics, the herder's
phone for the LoRa app, in a voice note from the boat), ear-tag passwords ('UK702341!Ewe'), vessel port
numbers ('PZ1163#Ocean'), potato varieties ('MarisPiper-2019'), tide times ('HighTide06:42'), Romany words
('Kushti-Grai!', 'Vardo1974'), Scots ('Tattie-Howkin86'), Lipovan boat words ('Lotca!Dunare22'), Moken boat
words ('Kabang_2004'), llanero words ('Mastranto77#'), leetspeak of farm words ('h4rv3st_m00n', 'Tr4ct0r!'),
words joined by plus signs ('hay+barley+ewes+2024'), SonarQube sqp_ and sqa_, Ubidots BBUS-, Planet PLAK,
Dropbox sl.B, Yandex Cloud AQVN and t1.9euelZ, Grafana's legacy eyJrIjoi and GitLab glsoat-, glffct- and
glcbt- tokens, and cues in Thai ('รหัสผ่าน'), Marathi ('पासवर्ड'), Gujarati ('પાસવર્ડ'), Telugu ('పాస్‌వర్డ్'),
Oromo ('jecha darbii'), llanero Spanish ('..., compadre') and Scots ('the passwurd's'); usernames on
TractorByNet, The Farming Forum, BackYardChickens, Permies, Homesteading Today, WWOOF, HelpX, Workaway,
Agriaffaires, Jiji, Avito, Zello and Meshtastic, shapes like 'x_the_shepherd', 'ewe.y', 'y.fishing.co',
'tractor_x77', 'x.pickers', 'herd.y', 'y_dairy', 'x.boat.y', 'y-of-the-hill', 'camel.x' and 'x.lambing.24';
dates of birth in Thai with the Buddhist Era year, Romanian ('născut la'), Marathi with Devanagari digits,
llanero Spanish with a two-digit year ('del 87'), an X12 DMG*D8 segment, R's lubridate ymd(), Ruby's
Date.new, C#'s new DateOnly() and MongoDB's $dateFromParts, on seasonal-visa, vet-course, fishing-licence and
co-op papers; typos as a phone's long press on the top row giving its digit ('the' -> 'th3') or a gloved
thumb hitting the key below ('the' -> 'thd'); negatives with the same regions' places, the father's-name,
'Naik', church-name, Moken, Romany and Csángó conventions explained, everyday words that are also names
(cinderella, britannia, dusty, sandy), farming, fishing, herding, picking, harvest and village talk, a
lambing date, a show day, a licence expiry and a sowing date that are not birthdays, lot, tag, vessel,
docket and order numbers, a version, a commit, farmOS, ChirpStack, Kolibri, DHIS2, Kannel and WeeWX
boilerplate, placeholder secrets, a masked PIN, a test card, an example IBAN, a placeholder e-mail,
documentation IPs (v4 and v6), emergency numbers, and short everyday chat).

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

HELDOUT34_SEED = 586213
# no faker name locale, as in held-out 16 to 32: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT34: list[str] = []
# rural and nomadic life: herders, fishing communities, villages (held-out 33, written at the same time, takes
# cities and diasporas)
NAMES_HELDOUT34: dict[str, tuple[list[str], list[str]]] = {
    # Borana and Gabbra (camel and cattle herders of Marsabit and Moyale): one's own name, then the father's
    # (and sometimes the grandfather's) given name as the family name
    "borana": ("Boru Guyo Jarso Huka Galgalo Dida Wario Halake Godana Dabasso Golicha Adano Sora Tadicha".split(),
               "Guyo Jarso Boru Huka Galgalo Dida Wario Halake Godana Dabasso Roba Molu Kuno Diqa".split()),
    # Rabari (camel and sheep herders of Kutch and Saurashtra): the community's name as the family name
    "rabari": ("Vala Bhikha Ramba Jiva Kana Sajan Rana Hira Rupa Nathi Dhanbai Jamku Meghi Vejiben".split(),
               "Rabari Desai Humbal Bhopa Kodiyatar Sambad Ala".split()),
    # Bakarwal and Van Gujjar (goat, sheep and buffalo herders of Kashmir and the Shivaliks): clan names
    "bakarwal": (["Lal Hussain", "Mohammad Yousuf", "Noor Mohammad", "Meer Alam", "Mustafa", "Fazal",
                  "Shamim", "Zaitoon", "Noor Jahan", "Rashida", "Sakina", "Mehraj"],
                 "Khatana Chechi Poswal Kasana Bajran Lodha Kalas Badana Gorsi Bajad Dedar".split()),
    # Lambadi (Banjara) of the Telangana thandas: family name first, 'Naik' after a man's given name
    "lambadi": ("Sevya Bhimla Sakru Hemla Deepla Keshya Manthru Lalitha Saroja Tulsi Jamli Bujji".split(),
                "Banoth Bhukya Dharavath Guguloth Lavudya Ajmeera Malothu Vadithya Jatoth Ramavath".split()),
    # Dhangar shepherds (Satara and the Deccan): the father's given name in the middle
    "dhangar": ("Dattu Bira Khandu Sakharam Tukaram Mhaskya Savitri Bayabai Rakhma Sonabai Yashoda".split(),
                "Waghmode Kolekar Shendge Hake Dhebe Bhise Gavade Karande Khandekar".split()),
    # Old Believer fishermen of Nikolaevsk and the Kenai (Alaska): church names, American nicknames
    "oldbeliever": ("Nikifor Ulyan Kipriyan Afanasy Feodosy Iosif Zinovy Marfa Agafya Efimia Stefanida Anisya".split(),
                    "Basargin Reutov Yakunin Martushev Kalugin Fefelov Zhigalin Kuzmin".split()),
    # Lipovans (Old Believer fishermen of the Danube Delta): Russian names in Romanian spelling
    "lipovan": ("Fiodor Afanasie Fedot Ilarion Sofron Chiril Iacov Evdochia Agafia Ustinia Pelaghia".split(),
                "Ciolacov Tarasov Fedotov Afteni Ivanov Gavrilov Simionov Ignatov Alexeev Varvarov".split()),
    # Moken (sea nomads of the Surin islands and the Mergui archipelago): one name, or a Thai family name
    # officials gave them (see MOKEN_THAI_HELDOUT34)
    "moken": ("Salama Hook Ngoey Dunung Gatchang Tat Ebay Sabai Jaow Oot Nila Maiyan Kadae Buey".split(), []),
    # English Romany travellers (Appleby, the Kent hop gardens): given names that are also words
    "romanichal": ("Cinderella Britannia Vashti Gentilla Lementina Sinfai Reuben Wisdom Liberty Goliath Belcher Kizzy".split(),
                   "Boswell Loveridge Lovell Buckland Penfold Herne Gaskin Scamp Ayres Chilcott".split()),
    # Scottish Travellers (the berry fields of Blairgowrie, the pearl rivers)
    "scottraveller": ("Belle Duncan Sheila Betsy Jeannie Sandy Willie Essie Davie Sadie Ailidh".split(),
                      "Stewart Townsley MacPhee Williamson Reid Higgins Whyte Drummond".split()),
    # Csángó (the Hungarian-speaking Catholic villages of Moldavia): Romanian spelling, family name first
    "csango": ("Anton Petru Gheorghe Iosif Mihai Ilona Margareta Rozalia Ana Veronica".split(),
               "Iștoc Benchea Tamaș Bulai Duma Gherghel Perca Laslău Pogár Jitaru".split()),
    # Llaneros (cattle plains of Apure and Casanare): nicknames for the given name, two family names
    "llanero": ("Cheo Chucho Goyo Pancho Tulio Chepa Lencha Nena Florentino Reinaldo Eulogia Bernabé".split(),
                "Colmenares Pirela Arvelo Camejo Sarmiento Galeano Rondón Mujica Orozco Carrizales".split()),
}  # fmt: skip
MOKEN_THAI_HELDOUT34 = ["Klathalay", "Hantalay", "Chuaythalay", "Prathalay", "Sinsamut", "Kongsamut"]
LAMBADI_WOMEN_HELDOUT34 = {"Lalitha", "Saroja", "Tulsi", "Jamli", "Bujji"}
DHANGAR_MEN_HELDOUT34 = ["Dattu", "Bira", "Khandu", "Sakharam", "Tukaram", "Mhaskya"]
# American nicknames of Old Believer church names ('Nick (Nikifor) Basargin')
OLD_BELIEVER_NICKS_HELDOUT34 = {"Nikifor": "Nick", "Ulyan": "Julian", "Kipriyan": "Kip", "Afanasy": "Frank",
                                "Feodosy": "Fred", "Iosif": "Joe", "Zinovy": "Zeke", "Marfa": "Martha",
                                "Agafya": "Agnes", "Efimia": "Effie", "Stefanida": "Stephanie"}  # fmt: skip
# every IBAN country was used by an earlier set: these were used least or fit herders and fishers
IBAN_SHAPES_HELDOUT34 = {
    "SN": "2a22n", "CI": "2a22n", "BJ": "2a22n", "CM": "23n", "MA": "24n", "AO": "21n", "TG": "2a22n",
    "GA": "23n", "CG": "23n", "GW": "2c19n", "MN": "16n", "RO": "4a16c", "GR": "7n16c",
}  # fmt: skip
# everyday subjects of this set, used in e-mail addresses and logins
FARMWORK_HELDOUT34 = ["lambing", "calving", "dairy", "hay", "pickers", "berries", "hops", "crabs", "nets",
                      "herd", "camels", "goats", "boat", "silage", "tractor", "village"]  # fmt: skip
# slips outside the slots: a phone keyboard's long press on the top row giving its digit ('the' -> 'th3'), or a
# gloved thumb hitting the key below ('the' -> 'thd')
LONG_PRESS_HELDOUT34 = dict(zip("qwertyuiop", "1234567890", strict=True))
KEY_BELOW_HELDOUT34 = dict(zip("qwertyuioasdfghj", "asdfghjklzxcvbnm", strict=True))
TYPO_WORD_HELDOUT34 = re.compile(r"(?<![{\w])[a-z]{3,}(?![\w}])")
THAI_MONTHS_HELDOUT34 = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
                         "พฤศจิกายน ธันวาคม").split()  # fmt: skip
RO_MONTHS_HELDOUT34 = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
ES_MONTHS_HELDOUT34 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
DEVANAGARI_DIGITS_HELDOUT34 = str.maketrans("0123456789", "०१२३४५६७८९")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Iștoc' -> 'istoc')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen34(Gen3):
    """Generators for held-out set 34: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self) -> tuple[str, str, str]:
        """(origin, given name, family name) from NAMES_HELDOUT34 with each origin's own rules."""
        rng = self.rng
        origin = rng.choice(sorted(NAMES_HELDOUT34))
        firsts, lasts = NAMES_HELDOUT34[origin]
        given = rng.choice(firsts)
        if origin == "moken":
            return origin, given, rng.choice(MOKEN_THAI_HELDOUT34)
        return origin, given, rng.choice([x for x in lasts if x != given])

    def first_last(self) -> tuple[str, str]:
        _, first, last = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last = self._origin_name()
        r = rng.random()
        if r < 0.55:
            name = f"{first} {last}"
            if origin == "borana" and rng.random() < 0.5:  # own, father's and grandfather's names
                name = f"{first} {last} {rng.choice([x for x in NAMES_HELDOUT34['borana'][1] if x != last])}"
            elif origin == "lambadi":  # family name first; 'Naik' after a man's given name
                name = f"{last} {first}" if first in LAMBADI_WOMEN_HELDOUT34 else f"{last} {first} Naik"
            elif origin == "dhangar" and rng.random() < 0.7:  # the father's given name in the middle
                name = f"{first} {rng.choice(DHANGAR_MEN_HELDOUT34)} {last}"
            elif origin == "oldbeliever" and first in OLD_BELIEVER_NICKS_HELDOUT34 and rng.random() < 0.6:
                name = f"{OLD_BELIEVER_NICKS_HELDOUT34[first]} ({first}) {last}"
            elif origin == "csango":  # a Romanian register: the family name first
                name = f"{last} {first}"
            elif origin == "llanero" and rng.random() < 0.6:  # two family names
                name = f"{first} {last} {rng.choice([x for x in NAMES_HELDOUT34['llanero'][1] if x != last])}"
            elif origin == "moken" and rng.random() < 0.5:  # one name only
                name = first
        elif r < 0.7:
            name = first
        elif r < 0.8:
            name = last
        elif r < 0.9:  # the given name's initial and the family name, as a herd register or a picking card
            name = f"{first[0]}. {last}"
        else:  # a Rabari or Bakarwal given name with the community's or the clan's name
            origin = rng.choice(["rabari", "bakarwal"])
            given, fam = NAMES_HELDOUT34[origin]
            name = f"{rng.choice(given)} {rng.choice(fam)}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"Manyatta {pick(['Jillo', 'Dakabaricha', 'Shauri'])}, Marsabit, P.O. Box {n}-60500",
            f"Butiye location, Moyale, P.O. Box {n}-60700",
            f"At & Post {pick(['Bhujodi', 'Dhaneti', 'Ludiya', 'Hodka'])}, Ta. Bhuj, Dist. Kutch 3700{rng.randint(10, 99)}",
            f"At {pick(['Bhirandiyara', 'Dumaro'])}, Banni, Ta. Bhuj, Dist. Kutch, Gujarat",
            f"Dera {n}, {pick(['Khatana', 'Poswal'])} Basti, Tehsil Kangan, Ganderbal 191202",
            f"Khatta {n}, Gujjar Basti, {pick(['Chillawali', 'Asharodi'])} range, Dehradun 248001",
            f"H.No. 2-{n}, {pick(['Banoth', 'Bhukya', 'Jatoth'])} Thanda, Mandal {pick(['Gudur', 'Kesamudram'])}, Dist. Mahabubabad 5061{rng.randint(10, 99)}",
            f"Mu. Po. {pick(['Dhebewadi', 'Mhaswad', 'Palashi'])}, Ta. {pick(['Patan', 'Maan', 'Khatav'])}, Ji. Satara 4151{rng.randint(10, 99)}",
            f"Mile {rng.randint(2, 19)} North Fork Rd, Nikolaevsk, AK 99556",
            f"PO Box {n}, Anchor Point, AK 99556",
            f"Str. {pick(['Pescarilor', 'Portului', 'Lipovenilor'])} nr. {n}, com. Jurilovca, jud. Tulcea 827130",
            f"Sat Periprava nr. {n}, com. C.A. Rosetti, jud. Tulcea",
            f"{n}/{rng.randint(1, 9)} Moo {rng.randint(1, 9)}, T. {pick(['Bang Muang', 'Ko Phra Thong'])}, A. {pick(['Takua Pa', 'Khura Buri'])}, Phang Nga 82{pick(['150', '190'])}",
            "Moken village, Ao Bon Yai, Mu Ko Surin, Khura Buri, Phang Nga 82150",
            f"Pitch {rng.randint(1, 40)}, Fair Hill Traveller Site, Appleby-in-Westmorland CA16 6{pick(['HJ', 'QR', 'RH'])}",
            f"Plot {rng.randint(1, 30)}, {pick(['Hop Garden Lane', 'Oasthouse Lane'])} Caravan Site, Paddock Wood TN12 6{pick(['DL', 'AS'])}",
            f"Caravan {rng.randint(1, 60)}, {pick(['Essendy', 'Bramblebank'])} Berry Farm, Blairgowrie PH10 6{pick(['SX', 'JU', 'QY'])}",
            f"Sat Pustiana nr. {n}, com. Pîrjol, jud. Bacău 607430",
            f"Sat Cleja nr. {n}, com. Faraoani, jud. Bacău",
            f"Vereda {pick(['La Upamena', 'El Charte', 'Guafilla'])}, Finca {pick(['La Esperanza', 'El Paraíso', 'Los Araguatos'])}, km {rng.randint(2, 40)} vía Yopal–Aguazul, Casanare",
            f"Hato {pick(['La Guanota', 'El Frío', 'Mata de Palma'])}, carretera Mantecal km {rng.randint(5, 90)}, Apure",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        work = rng.choice(FARMWORK_HELDOUT34)
        user = rng.choice([f"{first}.{work}", f"{work}.{last}", f"{last}{first[:1]}.{work}",
                           f"{first}_{last}{rng.randint(1, 99)}", f"{work}{rng.randint(10, 99)}.{last}",
                           f"{first}.{last}.farm", f"{last}-{work}", f"{first}{rng.randint(1950, 2006)}"])  # fmt: skip
        domain = rng.choice(["yahoo.co.in", "gmail.com", "gci.net", "acsalaska.net", "yahoo.ro", "btinternet.com",
                             "live.co.uk", "truemail.co.th", "cantv.net", "une.net.co", "hotmail.com",
                             "outlook.com", "yahoo.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+254 69 210{d(3)}",  # Marsabit
            f"0110 {d(3)} {d(3)}",  # Safaricom 011x mobile, domestic
            f"02832 2{d(5)}",  # Bhuj STD
            f"+91 94{d(3)} {d(5)}",  # Kutch mobile
            f"+91 7006 {d(6)}",  # J&K mobile
            f"01942-2{d(5)}",  # Ganderbal
            f"08719-2{d(5)}",  # Mahabubabad
            f"02162-2{d(5)}",  # Satara
            f"(907) 235-{d(4)}",  # Homer and Nikolaevsk
            f"0240 5{d(2)} {d(3)}",  # Tulcea
            f"+66 76 4{d(2)} {d(3)}",  # Phang Nga
            f"08{d(1)}-{d(3)}-{d(4)}",  # Thai mobile, domestic
            f"017683 {d(5)}",  # Appleby
            f"+44 1250 {d(6)}",  # Blairgowrie
            f"0234 {d(3)} {d(3)}",  # Bacău
            f"+57 608 63{d(1)} {d(4)}",  # Yopal, Casanare
            f"0247-341{d(4)}",  # San Fernando de Apure
            f"31{d(1)} {d(3)} {d(4)}",  # Colombian mobile, domestic
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("6521", 16), ("508227", 16), ("817290", 16), ("2202", 16), ("636368", 16),
                                     ("4", 13), ("4", 16), ("5", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length == 13:
            return f"{num[:4]} {num[4:7]} {num[7:10]} {num[10:]}" if r < 0.5 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.45:
            return " ".join(groups)
        if r < 0.7:  # full stops between groups, as some handwritten and receipt-printed cards give them
            return ".".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT34))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT34[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): farm, fishing and village chat, this set's pastes; v4 and v6."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"240c:{h()}:{h()}::{h()}", f"2c08:{h()}:{h()}:{h()}::{h()}", f"2a16:{h()}::{h()}:{h()}",
                         f"2001:fb0:{h()}:{h()}::{h()}", f"2001:4490:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the lorawan gateway on the grain shed is {}, it went quiet overnight", v4),
            ("milking robot in the new parlour got {} from the router", v4),
            ("irrigation controller for the top field answers on {}", v4),
            ("our weather station uploads from {}, rain gauge reads zero again", v4),
            ("the oxygen sensor in the fish pond cage is {}", v4),
            ("ice plant compressor alarm came from {} at 2am", v4),
            ("the cold store for the catch is on {}, check the temp log", v4),
            ("base station for the cattle collars is {}", rng.choice([v4, v6])),
            ("solar water pump at the borehole pings back from {}", v4),
            ("village mesh node by the well is {}, people can't get online", rng.choice([v4, v6])),
            ("the silo temperature cables report to {}", v4),
            ("hive scale in the orchard sends weights from {}", v4),
            ("greenhouse vent controller is {} if the fans stick", v4),
            ("the rtk base on the barn roof broadcasts from {}", rng.choice([v4, v6])),
            ("the co-op milk tester posts results from {}", v4),
            ("ntrip://{}:2101/RTCM3", v4),
            ("$ mosquitto_sub -h {} -t 'farm/+/soil' -v", v4),
            ("[postgresql]\ndsn=\"postgres://chirpstack@{}/chirpstack?sslmode=disable\"", v4),
            ("export DATABASE_HOST={}", v4),
            ("connection.url = jdbc:postgresql://{}/dhis2", v4),
            ("'host' => '{}',", v4),
            ("DATABASE_HOST = {}", v4),
            ("<hostname>{}</hostname>", v4),
            ("host = {}", v4),
            ("Backlog MqttHost {}; MqttPort 1883", v4),
            ("    server_url = http://{}/weewx", v4),
            ("uri = postgresql://tryton@{}:5432/", v4),
            ("MYSQL_HOST={}", rng.choice([v4, v6])),
            ("gateway_id 0016c001ff10a2b3 last seen from [{}]:1700", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['UK', 'IE', 'FR'])}{rng.randint(100000, 999999)}{rng.choice('!#')}{rng.choice(['Ewe', 'Tup', 'Heifer', 'Calf'])}",
                f"{rng.choice(['PZ', 'FR', 'BF', 'LK', 'SY'])}{rng.randint(10, 999)}#{rng.choice(['Ocean', 'Harvest', 'Tern', 'Skerry'])}",
                f"{rng.choice(['MarisPiper', 'KingEdward', 'Desiree', 'Rooster', 'Charlotte'])}-{rng.randint(2010, 2024)}",
                f"HighTide{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                f"{rng.choice(['Kushti-Grai', 'Vardo', 'Chavvie-Jal', 'Gry-Dealer'])}{rng.choice(['!', str(rng.randint(1960, 1999))])}",
                f"Tattie-Howkin{rng.randint(70, 99)}",
                f"Lotca!{rng.choice(['Dunare', 'Sulina', 'Razim'])}{rng.randint(10, 99)}",
                f"Kabang_{rng.randint(1990, 2015)}",
                f"{rng.choice(['Mastranto', 'Joropo', 'Coleo', 'Morichal'])}{rng.randint(10, 99)}#",
                f"{rng.choice(['harvest_moon', 'tractor', 'combine', 'silage', 'lambing'])}".translate(leet) + rng.choice(["!", "", "_24"]),
                f"{w()}+{w()}+{rng.choice(['ewes', 'barley', 'hay', 'crabs', 'goats'])}+{rng.randint(2019, 2025)}",
                f"{rng.choice(['Bhujodi', 'Banni', 'Marsabit', 'Nikolaevsk', 'Jurilovca'])}@{rng.choice(['Camel', 'Halibut', 'Sheep', 'Sturgeon'])}{rng.randint(1, 99)}",
                f"{rng.choice(['Loon', 'Gaala', 'Hoolaa'])}{rng.randint(100, 999)}{rng.choice('!$')}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        b64u = alnum + "-_"
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("I left {} on the parlour whiteboard for the relief milker", pw),
            ("he shouted {} over the engine, I think that's the wifi on the boat", pw),
            ("wrote {} on the back of my picking card so I don't forget", pw),
            ("the boat's laptop is the boat's name and the year, so {}", pw),
            ("gram panchayat office pc password is {}, don't change it", pw),
            ("the dairy co-op's milk testing machine logs in with {}", pw),
            ("tractor telematics app wants {} every time, so annoying", pw),
            ("for the LoRa app on the herder's phone use {}", pw),
            ("voice note from the boat said the password is {}", pw),
            ("the hop farm caravan wifi is {}, the farmer put it on the door", pw),
            ("camel milk co-op's tablet unlocks with {}", pw),
            ("the ice plant's panel pin is {}, tell no one", d(4)),
            ("gate code for the lambing shed is {}", d(4)),
            ("the fuel tank padlock on the jetty is {}", d(3)),
            ("the berry farm office door code is {} hash", d(5)),
            # cues in languages no earlier set used
            ("wifi ของเรือ รหัสผ่าน {}", pw),
            ("डेअरीच्या संगणकाचा पासवर्ड {} आहे", pw),
            ("મંડળીના કમ્પ્યુટરનો પાસવર્ડ {} છે", pw),
            ("తండా wifi పాస్‌వర్డ్ {}", pw),
            ("jecha darbii wifi keenyaa {}", pw),
            ("la contraseña del hato es {}, compadre", pw),
            ("the passwurd's {} for the bothy wifi", pw),
            # commands
            ("$ mosquitto_pub -h broker.farm -u herd -P {} -t collars/cmd -m ping", pw),
            ("$ curl -u admin:{} http://weather.local/api/v1/obs", pw),
            ("Backlog WebPassword {}", pw),
            # pastes
            ("$databases['default']['default']['password'] = '{}';", pw),
            ("[api]\nsecret=\"{}\"", tok(44, alnum + "+/")),
            ("export SPRING_DATASOURCE_PASSWORD={}", pw),
            ("[Database]\nDATABASE_PASSWORD = {}", pw),
            ("<pass>{}</pass>", pw),
            ("connection.password = {}", pw),
            ("DB_PASSWORD={}", pw),
            ("KOBO_SUPERUSER_PASSWORD={}", pw),
            ("FINERACT_HIKARI_PASSWORD={}", pw),
            ("SECRET_KEY={}", tok(50, alnum + "!@#%^*(-_=+)")),
            ("group = sendsms-user\nusername = tester\npassword = {}", pw),
            ("[sql]\nPassword = {}", pw),
            ("    [[Wunderground]]\n        station = IYOPAL12\n        password = {}", pw),
            ("  api_key: {}", tok(32, alnum)),
            ("MYSQL_PASSWORD={}", pw),
            ("[database]\nuri = postgresql://tryton:{}@db:5432/", pw),
            # tokens with vendor prefixes no earlier set used
            ("SONAR_TOKEN={}", "sqp_" + tok(40, hexl)),
            ("sonar.token={}", "sqa_" + tok(40, hexl)),
            ("UBIDOTS_TOKEN={}", "BBUS-" + tok(30, alnum)),
            ("PL_API_KEY={}", "PLAK" + tok(32, hexl)),
            ("DROPBOX_ACCESS_TOKEN={}", "sl.B" + tok(130, b64u)),
            ("YC_API_KEY={}", "AQVN" + tok(36, b64u)),
            ("Authorization: Bearer {}", "t1.9euelZ" + tok(80, b64u)),
            ("GRAFANA_API_KEY={}", "eyJrIjoi" + tok(64, alnum)),
            ("GITLAB_SCIM_TOKEN={}", "glsoat-" + tok(20, b64u)),
            ("feed_token: {}", "glffct-" + tok(20, b64u)),
            ("CI_JOB_TOKEN={}", "glcbt-" + tok(2, hexl) + "_" + tok(20, b64u)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_the_shepherd', 'ewe.y', 'camel.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}_the_shepherd",
                f"ewe.{last}",
                f"{last}.fishing.co",
                f"tractor_{first}{rng.randint(10, 99)}",
                f"{first}.pickers",
                f"herd.{last}",
                f"{last}_dairy",
                f"{first}.boat.{last}",
                f"{last}-of-the-hill",
                f"camel.{first}",
                f"{first}.lambing.{rng.randint(18, 25)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "th": f"{day} {THAI_MONTHS_HELDOUT34[m - 1]} {year + 543}",  # Thai, Buddhist Era year
            "ro": f"{day} {RO_MONTHS_HELDOUT34[m - 1]} {year}",  # Romanian
            "mr": f"{day:02d}/{m:02d}/{year}".translate(
                DEVANAGARI_DIGITS_HELDOUT34
            ),  # Marathi, Devanagari digits
            "es": f"{day} de {ES_MONTHS_HELDOUT34[m - 1]} del {year % 100:02d}",  # llanero, two-digit year
            "x12": f"{year}{m:02d}{day:02d}",  # inside an X12 DMG*D8 segment
            "r": f"{year}-{m:02d}-{day:02d}",  # inside lubridate's ymd("...")
            "ruby": f"{year}, {m}, {day}",  # inside Ruby's Date.new(...) or C#'s new DateOnly(...)
            "mongo": f"year: {year}, month: {m}, day: {day}",  # inside MongoDB's $dateFromParts
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["th", "ro", "mr", "es"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the seasonal visa form wants my date of birth, it's {}", any_shape),
            ("for the vet course they need dob {} on the form", any_shape),
            ("fishing licence renewal asks for his birthday, {}", any_shape),
            ("the co-op membership card has her date of birth as {}, is that right", any_shape),
            ("เกิดวันที่ {}", s["th"]),
            ("născut la {} în Jurilovca", s["ro"]),
            ("născută la {}, în Pustiana", s["ro"]),
            ("जन्म तारीख: {}", s["mr"]),
            ("yo nací el {} en el hato, compadre", s["es"]),
            ("DMG*D8*{}*F~", s["x12"]),
            ('born <- ymd("{}")', s["r"]),
            ("born = Date.new({})", s["ruby"]),
            ("var dob = new DateOnly({});", s["ruby"]),
            ("{ $dateFromParts: { {} } }", s["mongo"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT34_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} pulled a breech lamb out at 3am, both fine",
        "{} is calving the heifers this week, don't ring after ten",
        "{} covers the morning milking when I'm away",
        "{} baled the whole bottom field before the rain",
        "{} wrapped 400 bales of silage yesterday",
        "{} runs the potato pickers on the Essendy road",
        "{} picked 90 punnets of raspberries before lunch",
        "{} is crewing the hop picking machine this season",
        "{} landed a 30 pound salmon off the rocks",
        "{} set 120 crab pots and half came up empty",
        "{} mends the nets on the quay every saturday",
        "{} sold the whole catch at the fish auction for a good price",
        "{} takes the camels to the wells at Maikona tomorrow",
        "{} moved the goats up to the summer pasture",
        "{} bought six nannies at the goat market",
        "{} is secretary of the dairy co-op now",
        "{} sold two cobs at Appleby fair",
        "{} dug out the village well with the youth group",
        "{} got the seasonal visa for the apple harvest",
        "{} fixed the tractor's hydraulics with a zip tie",
        "remind me to pay {} for the hay",
        "can you write a thank you note for {}, she lent us the ram",
        "I still owe {} for the diesel",
        "ask {} if the irrigation pump is back",
        "mzee {} says the rains will be late this year",
        "sarpanch {} wants everyone at the gram sabha on sunday",
        "skipper {} says the weather's too rough to go out",
        "Mzee {} blessed the new borehole",
        "Sarpanch {} signed the water scheme papers",
        "Skipper: {}",
        "Head of household: {}",
        "Picker no. 14: {}",
        "Herder: {}",
        "Vet attended: {}",
        "Landed by: {}",
        "Owner of the herd: {}",
        '"grower": "{}",',
    ],
    "STREET_ADDRESS": [
        "the vet needs to come out to {}, the cow's down",
        "send the wool cheque to {}",
        "bring the crab pots round to {}",
        "the hay is stacked at {}, come get it",
        "the new milk collection point is {}",
        "the pickers' bus stops at {}",
        "Farm address: {}",
        "Holding address: {}",
        "Place of residence: {}",
        '"delivery_point": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the lambing photos to {}",
        "the co-op secretary's email is {}",
        "picking rota goes out from {}",
        "the vet's email is {}, ask for the results",
        "my farm email is {} now",
        "Herd records: {}",
        '"grower_email": "{}",',
        "KOBO_SUPERUSER_EMAIL={}",
        "$settings['site_mail'] = '{}';",
    ],
    "PHONE_NUMBER": [
        "the vet's mobile is {}",
        "ring the fish auction on {}",
        "text the picking supervisor on {}",
        "the co-op office number is {}",
        "call the skipper on {} if the boat's late",
        "Emergency contact (farm): {}",
        "Mobile (herder): {}",
        '"grower_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the sheep dip went on {}",
        "I paid the tractor repair with {}",
        "put the feed order on {}",
        "the fishing licence came off {}",
        "Card charged: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the pickers' wages into {}",
        "the co-op's account for the milk cheque is {}",
        "send the deposit for the ram to {}",
        "the wool money goes to {}",
        "Pay to IBAN: {}",
        "IBAN (grower): {}",
    ],
    "USERNAME": [
        "I post on TractorByNet as {}",
        "my name on The Farming Forum is {}",
        "on BackYardChickens I'm {}",
        "look me up on Permies, {}",
        "Homesteading Today has me as {}",
        "my WWOOF host profile is {}",
        "on HelpX we're listed as {}",
        "find us on Workaway under {}",
        "the baler is listed on Agriaffaires by {}",
        "my Jiji seller name is {}",
        "the boat engine's on Avito, seller {}",
        "add me on Zello, {}",
        "Meshtastic long name: {}",
        '"workaway_user": "{}",',
    ],
}
HELDOUT34_MIXED = [
    ("Herder: {}, mobile {}", ["PERSON", "PHONE_NUMBER"]),
    ("Head of household: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("KOBO_SUPERUSER_EMAIL={}\nKOBO_SUPERUSER_PASSWORD={}", ["EMAIL_ADDRESS", "SECRET"]),
    ("$ mosquitto_pub -h {} -u {} -P {} -t herd/cmd -m ping", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} left the shed key under the trough, code {}", ["PERSON", "SECRET"]),
    ("Picker no. 14: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Workaway profile is {}, pay the deposit to {}", ["USERNAME", "IBAN_CODE"]),
    ("the quote from {} ({}) for the hay was fair", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the feed with {}", ["PERSON", "CREDIT_CARD"]),
    ("Skipper {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("$ curl -u {}:{} http://{}/api/v1/obs", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("Vet attended: {}, farm at {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT34_NEGATIVES = [
    "Marsabit mountain is a green island in the Chalbi desert",
    "Moyale sits right on the Kenya-Ethiopia border",
    "the Banni grasslands flood in the monsoon and the Rabari move their herds",
    "Bhujodi is a weaving village near Bhuj",
    "the Bakarwal take their flocks up to the meadows of Pahalgam every summer",
    "Van Gujjar families winter their buffaloes in the Shivalik forests",
    "Teej is the big festival in the thandas in August",
    "the wari to Pandharpur passes through Satara district",
    "Nikolaevsk is a small village off the Sterling Highway",
    "Jurilovca looks out over Lake Razim",
    "the Moken spend the monsoon on land and the dry season on their boats",
    "Appleby horse fair is held every June",
    "Blairgowrie is the heart of Scotland's soft fruit country",
    "Pustiana is a Csángó village in Bacău county",
    "the llanos of Apure flood half the year",
    "Borana children carry their father's name as their second name",
    "the Naik is the headman of a Lambadi thanda",
    "Old Believers baptise children with the name of the saint of the day",
    "many Moken have only one name",
    "in a Romanian register the family name comes first",
    "cinderella is a fairy tale and britannia rules the waves",
    "it's too dusty to drive the sheep today and the beach is sandy",
    "a ewe usually has twins in her second year",
    "heifers calve for the first time at about two years",
    "the milking takes two hours morning and evening",
    "we made 600 small bales and 40 round ones",
    "silage needs to be wrapped within a day of baling",
    "tattie howkin was a school holiday in Scotland",
    "raspberries are picked every second day in July",
    "hop picking in Kent used to bring whole families from London",
    "the salmon season on the river opens in February",
    "crab pots are hauled every two or three days",
    "the nets need mending after every storm",
    "the fish auction starts at six sharp",
    "a camel can drink 100 litres in ten minutes",
    "goats were 40 a head at the market this week",
    "the co-op pays for milk by fat and protein",
    "the village well went dry in March",
    "the gram sabha meets twice a year",
    "the seasonal visa lets you stay six months",
    "lambing starts on 1 March this year",
    "the county show is on 16 August",
    "my sheep dip licence expires 30/09/2026",
    "we sowed the barley on 12 April",
    "lot 214 was the best heifer at the sale",
    "ear tag UK 702341 00042 is on the ram",
    "the boat's registration is PZ 1163",
    "docket 55312 for the diesel delivery",
    "order #FD-2291 for 30 bags of ewe nuts",
    "upgraded farmOS to 3.2.1 last week",
    "fixed in commit 4e7a91c, see the notes",
    "ChirpStack v4 changed the gateway bridge config",
    "[general]\nlog_level=4",
    "KOLIBRI_HOME=/srv/kolibri",
    "connection.dialect = org.hibernate.dialect.PostgreSQLDialect",
    "group = core\nadmin-port = 13000",
    "[Station]\n    location = Hato La Guanota",
    "$settings['trusted_host_patterns'] = ['^farm\\.example\\.org$'];",
    "DB_PASSWORD=<your password here>",
    "KOBO_SUPERUSER_PASSWORD=changeme",
    "SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}",
    "PIN: ****",
    "card 4111 1111 1111 1111 is a test card",
    "IBAN GB82 WEST 1234 5698 7654 32 is the textbook example",
    "write to user@example.org on the form",
    "198.51.100.23 is a documentation address",
    "2001:db8:7::1 is a documentation address",
    "in Kenya dial 999 or 112, in Thailand 1669 for an ambulance",
    "Colombia's emergency number is 123",
    "the ewes are in the top field",
    "tractor's making that noise again",
    "can you remind me to order more feed",
    "see you at the quay at five",
    "the hay price is up again this year",
    "rain tomorrow, so no picking",
    "the dog brought the sheep down on his own",
    "boat's back, good catch today",
    "the calf is drinking fine now",
]  # fmt: skip


def _typo34(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a long press on a phone keyboard's top row giving
    its digit ('the' -> 'th3', 'you' -> 'y9u'), or a gloved thumb hitting the key below ('the' -> 'thd').
    Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    words = list(TYPO_WORD_HELDOUT34.finditer(template))
    if not words:
        return template
    m = rng.choice(words)
    table = LONG_PRESS_HELDOUT34 if rng.random() < 0.5 else KEY_BELOW_HELDOUT34
    spots = [i for i in range(m.start(), m.end()) if template[i] in table and i > m.start()]
    if not spots:
        return template
    i = rng.choice(spots)
    return template[:i] + table[template[i]] + template[i + 1 :]


def build_heldout34(seed: int = HELDOUT34_SEED) -> list[Example]:
    """Held-out set 34: `Gen34` values in `HELDOUT34_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen34(seed)
    return assemble_module_set(
        gen, HELDOUT34_TEMPLATES, HELDOUT34_MIXED, HELDOUT34_NEGATIVES, _typo34, person=None
    )
