"""Held-out PII set 38 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout38": written before round 29 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT38 is empty, as for
held-out 16 to 36; written at the same time as held-out 37, the two authors split the world between them: 38
takes the state and the law (courts and tribunals, police stations and incident reports, immigration, asylum
and visas, tax offices, notaries and land registries, elections and polling stations, prisons and visiting,
social services, benefits and council housing), 37 takes online life); hand-written lists of Meskhetian
(Ahiska) Turks of Krasnodar, Kentucky and Ohio (Soviet-passport family names in -ov and -ova, and the Turkish
form some families took back after leaving: 'Fazil Aslanov', 'Zarifa Osmanova', 'Sabir Aslan'), Rohingya of
Kutupalong, Kuala Lumpur and Bradford (no family name: two personal names, a woman's often ending in Begum,
Khatun or Bibi: 'Nur Kamal', 'Setara Begum'), Tornedalians of Pajala, Övertorneå and Haparanda (Swedish and
Finnish given names, hyphenated doubles, Finnish-looking farm and village family names: 'Lars-Olof Kuoksu',
'Hilja Ylinenpää'), Molise Croats of Acquaviva Collecroce, Montemitro and San Felice (Italian given names and
the Croatian-rooted family names of the three villages, sometimes in a register's family-name-first order
without capitals: 'Concetta Staniscia', 'Radatta Nicola'), Ålanders of Mariehamn, Föglö and Kökar (Swedish
given names and island family names: 'Britt-Marie Sundblom', 'Runar Fellman'), Basotho of Maseru, Mafeteng
and Thaba Nchu (Sesotho given names in Lesotho's spelling with š, a married woman's name as 'Ma- and her
first child's name, written with the apostrophe first: 'Tšepo Letsie', "'Mathabo Lerotholi"), Mahorais of
Mamoudzou, Sada and Petite-Terre (Shimaore and Arabic given names and the family names the état civil
commission gave, some with "M'": 'Zaïnaba Attoumani', "Anli M'Changama"), Malbars of Réunion (French
given names and Tamil-rooted family names, an administrative letter's family name in capitals after the given
name: 'Marie-Josée RAMASSAMY', 'Jocelyn Virapoullé') and Yenish of Graubünden and Zürich (Swiss given names
and Yenish family names, a married woman's Swiss alliance name with a hyphen: 'Lisbeth Huber-Moser', 'Venanz
Gerzner'); 'Ntate X' and 'Mme X' (Sesotho), 'Cadi X' (Mayotte's old Islamic judges), 'Maître X' (French
notaries and lawyers) and 'Sergeant X' (the Lesotho Mounted Police) with the title outside the span, and
election ('Returning officer:', 'Teller:'), land-register ('Registered proprietor:'), police ('Arresting
officer:'), tribunal ('Appellant:', 'Interpreter:'), prison ('Named visitor:'), social-services
('Caseworker:') and affidavit ('Deponent:') fields; over three quarters of the sentences typed to the bot or
a friend: hearings, appeals, tribunals, bail and parole, statements at the police station, asylum interviews,
visa and citizenship applications, leave to remain, tax returns and refunds, notaries' deeds and successions,
the land register, polling stations, counts and candidates, prison visits, social workers, benefit claims and
council flats; self-hosted apps' config no earlier set pasted: the Helios voting server, OpenSlides,
Alaveteli general.yml, SecureDrop config.py, Primero .env, Znuny Kernel/Config.pm, Request Tracker RT_SiteConfig.pm, SeedDMS settings.xml, ArchivesSpace config.rb, SuiteCRM
config_override.php, Easy!Appointments config.php and Documenso .env; those regions' addresses (Krymsk and
Abinsk in Krasnodar krai in Russian order, Bowling Green KY and Dayton OH, Bursa's 'Mah. ... Sok. No: ...
D: ...', Kutupalong camp blocks and shelters, Kuala Lumpur and Selayang, Bradford with its BD postcode,
Swedish five-digit postcodes in Pajala, Övertorneå and Haparanda, Tornio across the river, Molise's 'Via ...,
86030 Acquaviva Collecroce (CB)' and contrade, Mariehamn and the archipelago with the 'AX-' postcode, Lesotho's
'Ha ...' villages, P.O. boxes and Private Bags, Thaba Nchu and Botshabelo units and sections, Mayotte 976xx
villages and quartiers, Réunion chemins, impasses and résidences with their 974xx postcodes, Swiss halting
sites and Graubünden and Zürich streets) and phones (Lesotho mobiles and Maseru landlines, Thaba Nchu 051,
Mayotte 0269 and 0639, Réunion 0262 and 0692, Pajala 0978, Haparanda 0922 and Swedish mobiles, Mariehamn 018
and Åland mobiles, Termoli 0875 and Italian mobiles, Chur 081 and Swiss mobiles, Krasnodar mobiles and Krymsk
86131, Bowling Green (270), Bangladesh and Malaysia mobiles, Bradford 01274); Mir 2200 to 2204, Troy 9792,
Visa, Mastercard 51-55 and 2221, Amex 37 and UnionPay 62 cards, some with the narrow no-break space (U+202F) a
French phone puts between groups or the no-break space (U+00A0) a bank's web page copies; IBANs of France
(Réunion and Mayotte), Switzerland, Finland (Åland), Sweden, Italy, Turkey, the United Kingdom, Saudi Arabia
and Georgia (every IBAN country was used by an earlier set; these fit this set's people); IPs in body-worn
camera dock, custody-suite CCTV, ANPR, border e-gate, ballot-scanner, electronic poll-book, prison visit
kiosk, prison phone, court video-link, courtroom-recorder, fingerprint-scanner, visa-centre biometrics,
door-entry, queue-ticket and notary signing-box chat and in the pastes above, an nginx access log and a
fail2ban line, v6 in 2a01:cb00, 2a02:a03f, 2c0f:f5c0, 2405:7600 and 2001:1711 ranges; passwords handed over in
ways no earlier set used (on the back of a visiting order, read out by a caseworker on the phone, in the
council's tenancy pack, stuck to the polling-station laptop, texted by an interpreter, in the tax office's
brown envelope, on the notary's deed folder, on the custody-suite whiteboard, the Government Gateway, the
Universal Credit journal and the legal aid portal), the tribunal's video-hearing PIN, a block's door entry
code, a visitors' locker code, the Lagting's year ('Lagting#1922'), Lesotho's history ('Thaba-Bosiu!1824'),
the year of the Meskhetian deportation ('Ahiska_1944'), camp blocks ('Kutupalong#C12'), the Tornedal valley
('Tornedalen-Pajala7'), Réunion's volcano ('PitonFournaise_2007'), Mayotte's department number
('Mamoudzou976!'), legal Latin ('HabeasCorpus1679!', 'Mens-Rea-42'), form numbers ('FormI-589#2019',
'SA100-24'), leetspeak of law words ('tr1bun4l', 'b4ll0t'), words joined by slashes ('visa/stamp/exit/2024'),
OVH application secrets and consumer keys, IONOS tokens, UpCloud and OpenStack (Open Telekom Cloud)
passwords, Exoscale EXO keys with their secrets, Koyeb and Clever Cloud tokens, New Relic NRII- insert keys,
Zuplo zpka_ keys, Companies House and HMRC keys, a FranceConnect client secret, a GOV.UK Notify key, an API
Entreprise token and SecureDrop's scrypt peppers, and cues in Russian ('пароль'), Réunion Creole ('lo mot
d'pas lé') and Italian ("la parola d'ordine è"); usernames on VisaJourney, Trackitt, LegalBeagles, Consumer
Action Group, MoneySavingExpert, Rightsnet, Free Movement, Justia Answers, Avvo, WriteAPrisoner, JPay, Email
a Prisoner, Ballotpedia, Democracy Club, WhatDoTheyKnow, TheyWorkForYou, TaxationWeb, AccountingWEB,
Suomi24, Flashback, VK and Ekşi Sözlük, shapes like 'x.visa.24', 'appeal_y', 'y_vs_council', 'ballot.x',
'x_ilr_2023', 'taxpayer.y', 'x.notary', 'pr.y.19', 'y_tenant7', 'x.polls' and 'y-caseworker'; dates of
birth on paper forms with boxes ('12 08 1974'), a refugee registration's estimated first of January
('01/01/1987'), Russian ('дата рождения', 'родился'), Turkish ('doğum tarihi'), Swedish ('född den 12/8
1974'), Finnish ('syntynyt 12.8.1974'), French of Réunion and Mayotte ('née le'), Italian ('nata ad
Acquaviva Collecroce il'), Sesotho ('o hlahile ka'), PHP's strtotime() and DateTime::createFromFormat(),
Qt's QDate, Luxon's DateTime.fromISO(), JavaScript's Temporal.PlainDate.from() and an RDF schema:birthDate
typed xsd:date, on visa, council, benefits, custody, refugee-registration and electoral papers; typos as a
Swedish or Finnish keyboard's ä typed for the apostrophe beside it ("don't" -> 'donät') or Return hit for
the space bar, sending the line in two ('remind me\\nto call'); negatives with the same regions' places,
the -ov, personal-name, farm-name, register-order, 'Ma-, état civil, Tamil-rooted and alliance-name
conventions explained, court, tribunal, police, immigration, tax, notary, land-register, election, prison,
social-services, benefits and housing talk, a hearing, an election day, a release date, a tax deadline and a
visa expiry that are not birthdays, appeal, docket, claim, crime-reference, ballot-paper, title, parcel and
tax-year numbers, section and article numbers, a version, a commit, Znuny, RT, Helios and Alaveteli
boilerplate, placeholder secrets, a masked PIN, a test card, example IBANs, a placeholder e-mail,
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

HELDOUT38_SEED = 4172093
# no faker name locale, as in held-out 16 to 36: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT38: list[str] = []
# the state and the law: courts, police, immigration and asylum, tax, notaries and land registers, elections,
# prisons, social services, benefits and housing (held-out 37, written at the same time, takes online life);
# each origin: (men's given names, women's given names, family names)
NAMES_HELDOUT38: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Meskhetian (Ahiska) Turks of Krymsk and Abinsk, Bowling Green and Dayton (refugee resettlement, asylum):
    # Soviet-passport family names in -ov, -ova for a woman (MESKHETIAN_TURKISH_HELDOUT38 for the Turkish form)
    "meskhetian": ("Ismail Fazil Sabir Yusuf Nazim Ziyadin Rustam Ilyas Selim Temur".split(),
                   "Gulnara Nazife Sevda Zarifa Hatije Melek Dilara Gulsum".split(),
                   "Aslanov Osmanov Bayramov Kurbanov Gasanov Usupov Sultanov Dursunov Kasumov Iskenderov".split()),
    # Rohingya of Kutupalong, Selayang and Bradford (UNHCR registration, asylum, resettlement): no family name,
    # two personal names; the second list is the second name (a woman's is in ROHINGYA_WOMEN_SECOND_HELDOUT38)
    "rohingya": (["Mohammed", "Nur", "Abdul", "Syed", "Dil", "Hafez", "Jamal", "Anwar"],
                 ["Rashida", "Hamida", "Rahima", "Jannat", "Minara", "Sanjida", "Setara", "Asma", "Noor"],
                 "Ayub Hossain Kamal Alam Salam Rafique Zubair Yunus Hashim Amin Shafi".split()),
    # Tornedalians of Pajala, Övertorneå and Haparanda (Skatteverket, Lantmäteriet, the valnämnd)
    "tornedalian": (["Erkki", "Bengt", "Lars-Olof", "Nils-Erik", "Eino", "Sulo", "Helmer", "Tore"],
                    ["Anna-Lisa", "Aina", "Gunnel", "Märta", "Saima", "Elvi", "Hilja"],
                    "Pekkari Alajärvi Kuoksu Keinänen Mäkitalo Kieri Lantto Vanhainen Parkajoki Junkka Ylinenpää Kaaro Rantatalo".split()),
    # Molise Croats of Acquaviva Collecroce, Montemitro and San Felice del Molise (notaries, the catasto, the
    # anagrafe, the Carabinieri)
    "molise_croat": ("Nicola Antonio Domenico Pasquale Rocco Vincenzo Donato".split(),
                     "Michelina Concetta Filomena Giuseppina Carmela Angiolina".split(),
                     "Berchicci Radatta Staniscia Giorgetta Blascetta Jacusso Gliosca Tanasso Vetta Zara".split()),
    # Ålanders of Mariehamn, Jomala, Föglö and Kökar (the right of domicile, land acquisition, the Lagting)
    "alander": ("Runar Roger Mats Kenneth Jörgen Sune".split(),
                ["Camilla", "Veronica", "Annika", "Harriet", "Barbro", "Britt-Marie", "Ulla-Maj"],
                "Sundblom Mattsson Nordlund Söderlund Fellman Sjöblom Dahlman Ekblom Mörn Husell Nylund Karlström".split()),
    # Basotho of Maseru, Mafeteng, Leribe and Thaba Nchu (Home Affairs, the IEC, the Lesotho Mounted Police
    # Service, chiefs' courts): a married woman's 'Ma- name in BASOTHO_MA_NAMES_HELDOUT38
    "basotho": ("Thabo Tšepo Teboho Khotso Mosa Tumelo Letlotlo Sello".split(),
                "Lerato Palesa Lineo Mamello Rethabile Nthabiseng Limpho Puleng".split(),
                "Mokhothu Letsie Majoro Mosisili Lerotholi Seeiso Makhetha Sekhamane Ramakoae Mofokeng Ntšekhe Molapo".split()),
    # Mahorais of Mamoudzou, Sada and Petite-Terre (the préfecture, the état civil commission, the cadis)
    "mahorais": ("Ahamada Soilihi Anli Abdou Nassur Mansour Chamssidine".split(),
                 "Zaïnaba Mariama Roukia Nafissa Anziza Echati Faïza Hadidja".split(),
                 ["Attoumani", "Madi", "Ousseni", "Boinali", "Chanfi", "Houmadi", "Bacar", "Combo", "Abdallah",
                  "M'Changama", "Mdahoma"]),
    # Malbars of Saint-André, Saint-Paul and Le Port (the tribunal judiciaire, the CAF, the bailleurs sociaux)
    "malbar": (["Jean-Claude", "Jocelyn", "Eddy", "Dany", "Fabrice", "Sully", "Jean-Max"],
               ["Marie-Josée", "Ginette", "Gilberte", "Rose-May", "Lucette", "Mimose", "Marie-Lise"],
               "Ramassamy Virapoullé Sinimalé Minienpoullé Moutoussamy Govindin Velleyen Narayanin Pounoussamy Valliamé Caroupaye Mardaye".split()),
    # Yenish of Graubünden and Zürich (halting sites, the Gemeinde, guardianship and redress files)
    "yenish": ("Venanz Urs Jakob Fredi Ruedi Sepp Daniel".split(),
               "Mariella Uschi Theres Lisbeth Jeannette Fabienne".split(),
               "Moser Huber Kappeler Waser Gerzner Birchler Minder Mehr Graff Feusi Nobel Kollegger".split()),
}  # fmt: skip
ROHINGYA_WOMEN_SECOND_HELDOUT38 = ["Begum", "Khatun", "Bibi", "Ara"]
MESKHETIAN_TURKISH_HELDOUT38 = {"Aslanov": "Aslan", "Bayramov": "Bayram", "Kurbanov": "Kurban",
                                "Dursunov": "Dursun", "Sultanov": "Sultan", "Osmanov": "Osmanoğlu"}  # fmt: skip
# 'Ma- and the first child's name: a married Mosotho woman's name
BASOTHO_MA_NAMES_HELDOUT38 = "'Mathabo 'Malerato 'Mapalesa 'Mamosa 'Matšepo 'Malineo 'Mateboho".split()
# a title before the name (outside the span) goes with the origins that use it
TITLED_HELDOUT38: dict[str, list[str]] = {
    "ntate": ["basotho"],  # a man, in Sesotho
    "mme": ["basotho"],  # a woman, in Sesotho
    "sergeant": ["basotho"],  # the Lesotho Mounted Police Service keeps British ranks
    "cadi": ["mahorais"],  # Mayotte's Islamic judges, men
    "maître": ["malbar", "mahorais"],  # a French notary or lawyer
}
TITLE_SLOT_HELDOUT38 = re.compile(r"\b(ntate|mme|sergeant|cadi|maître) \{\}", re.IGNORECASE)
# every IBAN country was used by an earlier set: these fit this set's people
IBAN_SHAPES_HELDOUT38 = {
    "FR": "10n11c2n", "CH": "5n12c", "FI": "14n", "SE": "20n", "IT": "1a10n12c", "TR": "6n16c",
    "GB": "4a14n", "SA": "2n18c", "GE": "2a16n",
}  # fmt: skip
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT38 = ["court", "tribunal", "visa", "asylum", "tax", "notary", "cadastre", "polls", "ballot",
                      "visits", "benefits", "housing", "council", "appeal", "bail", "probate"]  # fmt: skip
# slips outside the slots: a Swedish or Finnish keyboard's ä, where an English one has the apostrophe
# ("don't" -> 'donät'), or Return hit for the space bar, sending the line in two
NORDIC_APOSTROPHE_HELDOUT38 = re.compile(r"(?<=[A-Za-z])'(?=[a-z])")
SPLIT_SPACE_HELDOUT38 = re.compile(r"(?<=[a-z]) (?=[a-z])")
RU_MONTHS_HELDOUT38 = ("января февраля марта апреля мая июня июля августа сентября октября ноября "
                       "декабря").split()  # fmt: skip
EN_MONTHS_HELDOUT38 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Tšepo' -> 'tsepo',
    "M'Changama" -> 'mchangama', 'Osmanoğlu' -> 'osmanoglu')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen38(Gen3):
    """Generators for held-out set 38: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT38 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT38))
        men, women, lasts = NAMES_HELDOUT38[origin]
        woman = rng.random() < 0.5
        given = rng.choice(women if woman else men)
        if origin == "rohingya":  # a second personal name, not a family name
            last = rng.choice(ROHINGYA_WOMEN_SECOND_HELDOUT38 if woman else lasts)
        else:
            last = rng.choice(lasts)
        if origin == "meskhetian":
            if rng.random() < 0.3 and last in MESKHETIAN_TURKISH_HELDOUT38:  # the Turkish form taken back
                last = MESKHETIAN_TURKISH_HELDOUT38[last]
            elif woman:
                last += "a"
        return origin, given, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.6:
            name = f"{first} {last}"
            if origin == "basotho" and woman and rng.random() < 0.45:  # a married woman's 'Ma- name
                name = f"{rng.choice(BASOTHO_MA_NAMES_HELDOUT38)} {last}"
            elif origin == "molise_croat" and rng.random() < 0.4:  # a register's order, family name first
                name = f"{last} {first}"
            elif origin == "malbar" and rng.random() < 0.45:  # an administrative letter's capitals
                name = f"{first} {last.upper()}"
            elif origin == "yenish" and woman and rng.random() < 0.5:  # a Swiss alliance name
                other = rng.choice([x for x in NAMES_HELDOUT38["yenish"][2] if x != last])
                name = f"{first} {last}-{other}"
        elif r < 0.75:
            name = first
        elif r < 0.85:
            name = last if origin != "rohingya" else f"{first} {last}"
        else:  # the given name's initial and the family name, as a charge sheet or a ballot paper gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.06 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.09 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Ntate X', 'Cadi X', 'Maître X'), from the origins that use it."""
        rng = self.rng
        title = title.lower()
        origin = rng.choice(TITLED_HELDOUT38[title])
        men, women, lasts = NAMES_HELDOUT38[origin]
        pool = {"ntate": men, "cadi": men, "mme": women}.get(title, men + women)
        given = rng.choice(pool)
        last = rng.choice(lasts)
        if title == "mme" and rng.random() < 0.4:
            given = rng.choice(BASOTHO_MA_NAMES_HELDOUT38)
        r = rng.random()
        if title == "maître":  # a notary or a lawyer goes by the family name
            return last if r < 0.7 else f"{given} {last}"
        if r < 0.55:
            return f"{given} {last}"
        if r < 0.8:
            return given
        return last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT38.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 180)
        pick = rng.choice
        shapes = [
            f"Krasnodarskiy kray, g. Krymsk, ul. {pick(['Lenina', 'Sovetskaya', 'Kommunisticheskaya'])}, d. {n}, kv. {rng.randint(1, 60)}",
            f"Krasnodarskiy kray, Abinskiy r-n, st. {pick(['Kholmskaya', 'Fedorovskaya'])}, ul. {pick(['Mira', 'Shkolnaya'])}, d. {n}",
            f"{rng.randint(100, 2999)} {pick(['Fairview Ave', 'Old Morgantown Rd', 'Nashville Rd'])}, Bowling Green, KY 421{rng.randint(1, 4):02d}",
            f"{rng.randint(100, 2999)} {pick(['Xenia Ave', 'Smithville Rd', 'Wayne Ave'])}, Dayton, OH 454{rng.randint(3, 20):02d}",
            f"{pick(['Ahiska', 'Gazi Osman Paşa', 'Yıldırım'])} Mah. {rng.randint(1, 90)}. Sok. No: {rng.randint(1, 40)} D: {rng.randint(1, 12)}, Yıldırım/Bursa",
            f"Camp {rng.randint(1, 20)}{pick(['', 'W', 'E'])}, Block {pick('ABCDEFG')}, Shelter {n}, Kutupalong, Ukhiya, Cox's Bazar",
            f"No. {rng.randint(1, 80)}, Jalan {pick(['Ampang Hilir', 'Selayang Baru 2', 'Batu Caves 4'])}, {pick(['55000 Kuala Lumpur', '68100 Batu Caves', '68100 Selayang'])}",
            f"{rng.randint(1, 120)} {pick(['Legrams Lane', 'Manningham Lane', 'Lumb Lane'])}, Bradford BD{pick(['7 1', '8 7', '1 4'])}{pick('ABDEHN')}{pick('HJLNPQ')}",
            f"{pick(['Tornedalsvägen', 'Laestadiusvägen', 'Sjukstugevägen'])} {rng.randint(1, 60)}, 984 3{rng.randint(1, 2)} Pajala",
            f"{pick(['Matarengivägen', 'Hedenäsetvägen'])} {rng.randint(1, 40)}, 957 3{rng.randint(1, 2)} Övertorneå",
            f"{pick(['Storgatan', 'Torget', 'Västra Esplanaden'])} {rng.randint(1, 70)}, 953 3{rng.randint(1, 3)} Haparanda",
            f"{pick(['Hallituskatu', 'Länsipuistokatu', 'Kauppakatu'])} {rng.randint(1, 40)} {pick('ABC')} {rng.randint(1, 20)}, 95400 Tornio",
            f"Via {pick(['Roma', 'Santa Maria Ester', 'Tito', 'Croazia'])} {rng.randint(1, 60)}, 86030 Acquaviva Collecroce (CB)",
            f"Contrada {pick(['Ripa', 'Piano della Croce', 'Gaudiani'])} {rng.randint(1, 30)}, 86030 Montemitro (CB)",
            f"Via {pick(['Marconi', 'Umberto I', 'Municipio'])} {rng.randint(1, 40)}, 86030 San Felice del Molise (CB)",
            f"{pick(['Torggatan', 'Norra Esplanadgatan', 'Strandgatan', 'Ålandsvägen'])} {rng.randint(1, 60)} {pick(['A', 'B', 'C'])} {rng.randint(1, 24)}, AX-22100 Mariehamn",
            f"{pick(['Degerby', 'Överö', 'Sonboda'])} {rng.randint(1, 30)}, AX-22710 Föglö",
            f"{pick(['Karlby', 'Hellsö', 'Finnö'])} {rng.randint(1, 20)}, AX-22730 Kökar",
            f"{pick(['Ha Thetsane', 'Ha Abia', 'Ha Hoohlo', 'Ha Matala'])}, Maseru 100",
            f"P.O. Box {rng.randint(100, 9999)}, {pick(['Mafeteng 900', 'Leribe 300', 'Maseru 100'])}, Lesotho",
            f"Private Bag A{rng.randint(10, 199)}, Maseru 100",
            f"{rng.randint(1, 900)} Selosesha Unit {rng.randint(1, 3)}, Thaba Nchu, 9780",
            f"{rng.randint(1, 900)} Section {pick('CDFHJK')}, Botshabelo, 9781",
            f"{rng.randint(1, 60)} rue {pick(['du Commerce', 'Mariazé', 'de la Pompe'])}, {pick(['Kawéni', 'Cavani', 'Passamaïnty'])}, 97600 Mamoudzou",
            f"Quartier {pick(['Mandzarsoa', 'Sada Bolé', 'Ngnambo Titi'])}, 97640 Sada",
            f"{rng.randint(1, 40)} rue {pick(['du Stade', 'des Écoles', 'du Boulevard des Crabes'])}, Labattoir, 97615 Dzaoudzi",
            f"{rng.randint(1, 300)} chemin {pick(['Lebon', 'Morin', 'Quatre Cents'])}, 97440 Saint-André",
            f"{rng.randint(1, 30)} impasse {pick(['des Tamarins', 'Ti Bazar', 'des Goyaviers'])}, Bras-Fusil, 97470 Saint-Benoît",
            f"Résidence {pick(['Les Flamboyants', 'Les Lataniers', 'Ravine à Marquet'])}, appt {rng.randint(1, 90)}, 97420 Le Port",
            f"{rng.randint(1, 200)} rue {pick(['Saint-Louis', 'du Général de Gaulle'])}, 97460 Saint-Paul",
            f"Standplatz {pick(['Rania', 'Eichrüti', 'Bergli'])}, Platz {rng.randint(1, 14)}, {pick(['7430 Thusis', '8048 Zürich', '7000 Chur'])}",
            f"{pick(['Masanserstrasse', 'Kasernenstrasse', 'Loestrasse'])} {rng.randint(1, 140)}, 7000 Chur",
            f"{pick(['Badenerstrasse', 'Hohlstrasse', 'Bernerstrasse Nord'])} {rng.randint(1, 400)}, 80{pick(['04', '48', '64'])} Zürich",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT38)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}_{first}", f"{first}-{subject}", f"{last}{rng.randint(1956, 2005)}",
                           f"{first}{last[:1]}.{subject}"])  # fmt: skip
        domain = rng.choice(["mail.ru", "yandex.ru", "gmail.com", "outlook.com", "hotmail.com", "yahoo.fr",
                             "orange.fr", "wanadoo.fr", "telia.com", "aland.net", "bluewin.ch", "gmx.ch",
                             "libero.it", "tin.it", "yahoo.co.uk", "protonmail.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+266 {rng.choice('56')}{d(3)} {d(4)}",  # Lesotho mobile
            f"2231 {d(4)}",  # Maseru landline, domestic
            f"051 873 {d(4)}",  # Thaba Nchu
            f"0269 {d(2)} {d(2)} {d(2)}",  # Mayotte landline
            f"+262 639 {d(2)} {d(2)} {d(2)}",  # Mayotte mobile
            f"0262 {d(2)} {d(2)} {d(2)}",  # Réunion landline
            f"06 9{rng.choice('23')} {d(2)} {d(2)} {d(2)}",  # Réunion mobile
            f"0978-{d(5)}",  # Pajala
            f"0922-{d(5)}",  # Haparanda
            f"07{rng.choice('036')}-{d(3)} {d(2)} {d(2)}",  # Swedish mobile
            f"018 {d(5)}",  # Mariehamn, domestic
            f"+358 457 {d(3)} {d(4)}",  # Åland mobile
            f"0875 {d(6)}",  # Termoli and the Croat villages
            f"+39 33{d(1)} {d(3)} {d(4)}",  # Italian mobile
            f"081 {d(3)} {d(2)} {d(2)}",  # Chur
            f"+41 79 {d(3)} {d(2)} {d(2)}",  # Swiss mobile
            f"8 (918) {d(3)}-{d(2)}-{d(2)}",  # Krasnodar mobile, domestic
            f"+7 86131 {d(5)}",  # Krymsk
            f"(270) {d(3)}-{d(4)}",  # Bowling Green
            f"+880 18{d(2)}-{d(6)}",  # Bangladesh mobile
            f"+60 1{rng.choice('2369')}-{d(3)} {d(4)}",  # Malaysian mobile
            f"01274 {d(6)}",  # Bradford
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("2200", 16), ("2202", 16), ("2204", 16), ("9792", 16), ("4", 16),
                                     ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("62", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.45:
            return " ".join(groups)
        if r < 0.6:  # a French phone's narrow no-break space between groups
            return "\u202f".join(groups)
        if r < 0.72:  # a bank web page's no-break space, copied
            return "\u00a0".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT38))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT38[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): police, border, election, prison, court, visa-centre, housing and notary
        chat, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a01:cb00:{h()}:{h()}::{h()}", f"2a02:a03f:{h()}::{h()}", f"2c0f:f5c0:{h()}::{h()}",
                         f"2405:7600:{h()}:{h()}::{h()}", f"2001:1711:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the body cam dock at the station is on {}, footage won't upload", v4),
            ("custody suite cctv recorder is {}, the clock is an hour out again", v4),
            ("anpr camera on the bypass reports to {}", v4),
            ("the e-gate at arrivals that keeps rejecting passports is {}", v4),
            ("ballot scanner in the count hall got {} from the dhcp", v4),
            ("the electronic poll book laptop at station 14 is {}, it lost sync", rng.choice([v4, v6])),
            ("prison visit booking kiosk in the visitors centre is {}", v4),
            ("the prison phone system's pin server is {}", v4),
            ("court video link box in room 3 is {}, the judge couldn't hear us", v4),
            ("courtroom recorder is {}, it stopped mid hearing", v4),
            ("fingerprint scanner at the custody desk is {}", v4),
            ("biometrics station at the visa centre answers on {}", rng.choice([v4, v6])),
            ("the door entry panel for our block is {}, council says they'll fix it", v4),
            ("queue ticket machine at the benefits office is {}, it printed 999 all morning", v4),
            ("the notary's signing box is {}, ask before you reboot it", rng.choice([v4, v6])),
            ("DATABASE_URL=postgres://helios@{}/helios", v4),
            ("POSTGRES_HOSTNAME={}", v4),
            ("  host: {}", v4),
            ("$Self->{'DatabaseHost'} = '{}';", v4),
            ("Set($DatabaseHost, '{}');", v4),
            ('<database dbDriver="mysql" dbHostname="{}" dbDatabase="seeddms"/>', v4),
            ('AppConfig[:db_url] = "jdbc:mysql://{}:3306/archivesspace"', v4),
            ("    'db_host_name' => '{}',", v4),
            ("const DB_HOST = '{}';", v4),
            ("NEXT_PRIVATE_DATABASE_URL=postgres://documenso@{}:5432/documenso", v4),
            ("DATABASE_URL=postgres://openslides@[{}]:5432/openslides", v6),
            ("REDIS_HOST={}", v4),
            ('{} - - [14/Mar/2024:09:14:02 +0000] "POST /helios/elections/cast HTTP/1.1" 200 512', v4),
            ("2024-03-14 02:11:57,406 fail2ban.actions [812]: NOTICE [securedrop] Ban {}", rng.choice([v4, v6])),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Lagting#{rng.randint(1922, 2023)}",
                f"Thaba-Bosiu!{rng.choice(['1824', '1868', '1966'])}",
                f"Ahiska_{rng.choice(['1944', '1989', '2004'])}",
                f"Kutupalong#{rng.choice('ABCDEF')}{rng.randint(1, 40)}",
                f"Tornedalen-{rng.choice(['Pajala', 'Kengis', 'Vitsaniemi'])}{rng.randint(1, 99)}",
                f"PitonFournaise_{rng.choice(['1998', '2007', '2015'])}",
                f"Mamoudzou976{rng.choice('!#')}",
                f"{rng.choice(['HabeasCorpus', 'ProBono', 'NemoJudex', 'AmicusCuriae'])}{rng.randint(1200, 1999)}!",
                f"Mens-Rea-{rng.randint(10, 99)}",
                f"Form{rng.choice(['I-589', 'I-130', 'N-400'])}#{rng.randint(2015, 2025)}",
                f"{rng.choice(['SA100', 'P60', 'P45'])}-{rng.randint(19, 25)}",
                f"{rng.choice(['tribunal', 'ballot', 'notary', 'visas', 'appeals'])}".translate(leet) + rng.choice(["", "!", "_38"]),
                f"{w()}/{w()}/{rng.choice(['visa', 'stamp', 'ballot', 'deed'])}/{rng.randint(2019, 2025)}",
                f"{rng.choice(['Maseru', 'Pajala', 'Krymsk', 'Mariehamn', 'Chur'])}{rng.choice(['&', '+', '%'])}{rng.choice(['Gavel', 'Seal', 'Docket', 'Quill'])}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        b64u = alnum + "-_"
        hexl = "0123456789abcdef"
        uuid = lambda: f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"  # noqa: E731
        jwt = lambda: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + tok(80, b64u) + "." + tok(43, b64u)  # noqa: E731
        options = [
            # passwords handed over in ways no earlier set used
            ("he wrote the wifi password on the back of the visiting order, {}", pw),
            ("the caseworker read my new portal password out on the phone, {}", pw),
            ("the tenancy pack from the council has the wifi as {}", pw),
            ("someone stuck {} on the polling station laptop lol", pw),
            ("the interpreter texted me the login, it's {}", pw),
            ("the brown envelope from the tax office had the temporary password {} in it", pw),
            ("notary's assistant wrote {} on the deed folder, is that the portal login?", pw),
            ("custody suite whiteboard still says the terminal login is {}", pw),
            ("my government gateway password is {}, can you remember it for me", pw),
            ("universal credit journal password is {} now", pw),
            ("the legal aid portal password is {} until I change it", pw),
            ("pin for the video hearing is {}", d(6)),
            ("door entry code for the block is {}", d(4)),
            ("visitors locker code was {}", d(3)),
            # cues in languages no earlier set used
            ("пароль от вайфая {}", pw),
            ("lo mot d'pas lé {}, pa di personne", pw),
            ("la parola d'ordine è {}, non dirla al notaio", pw),
            # commands
            ("$ bin/otrs.Console.pl Admin::User::SetPassword root@localhost {}", pw),
            ("$ mysql -u rt_user -p'{}' rt5", pw),
            ("$ echo '{}' > secrets/superadmin", pw),
            # pastes
            ("$Self->{'DatabasePw'} = '{}';", pw),
            ("Set($DatabasePassword, '{}');", pw),
            ('<database dbUser="seeddms" dbPass="{}"/>', pw),
            ('AppConfig[:db_url] = "jdbc:mysql://localhost:3306/archivesspace?user=as&password={}"', pw),
            ("    'db_password' => '{}',", pw),
            ("const DB_PASSWORD = '{}';", pw),
            ("ADMIN_PASSWORD: '{}'", pw),
            ("INCOMING_EMAIL_SECRET: '{}'", tok(32, alnum)),
            ("COOKIE_STORE_SESSION_SECRET: '{}'", tok(64, hexl)),
            ("SCRYPT_ID_PEPPER = '{}'", tok(64, hexl)),
            ("SCRYPT_GPG_PEPPER = '{}'", tok(64, hexl)),
            ("HELIOS_SECRET_KEY={}", tok(50, alnum + "!@#%^&*(-_=+)")),
            ("PRIMERO_SECRET_KEY_BASE={}", tok(128, hexl)),
            ("DEVISE_SECRET_KEY={}", tok(128, hexl)),
            ('NEXTAUTH_SECRET="{}"', tok(44, alnum + "+/")),
            ("NEXT_PRIVATE_ENCRYPTION_KEY={}", tok(32, alnum)),
            ("DB_PASSWORD={}", pw),
            ("MYSQL_PASSWORD={}", pw),
            ("  password: {}", pw),
            # tokens and keys with shapes no earlier set used
            ("OVH_APPLICATION_SECRET={}", tok(32, alnum)),
            ("OVH_CONSUMER_KEY={}", tok(32, alnum)),
            ("IONOS_TOKEN={}", jwt()),
            ("UPCLOUD_PASSWORD={}", pw),
            ("OS_PASSWORD={}", pw),
            ("EXOSCALE_API_KEY={}", "EXO" + tok(24, hexl)),
            ("EXOSCALE_API_SECRET={}", tok(43, b64u)),
            ("KOYEB_TOKEN={}", tok(64, alnum)),
            ("CLEVER_SECRET={}", tok(32, hexl)),
            ("NEW_RELIC_INSERT_KEY={}", "NRII-" + tok(32, b64u)),
            ("Authorization: Bearer {}", "zpka_" + tok(32, hexl) + "_" + tok(8, hexl)),
            ("COMPANIES_HOUSE_API_KEY={}", uuid()),
            ("HMRC_CLIENT_SECRET={}", uuid()),
            ("FRANCECONNECT_CLIENT_SECRET={}", tok(64, hexl)),
            ("NOTIFY_API_KEY={}", f"visits_booking-{uuid()}-{uuid()}"),
            ("API_ENTREPRISE_TOKEN={}", jwt()),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.visa.24', 'appeal_y', 'y_vs_council')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.visa.{rng.randint(19, 25)}",
                f"appeal_{last}",
                f"{last}_vs_council",
                f"ballot.{first}",
                f"{first}_ilr_{rng.randint(2016, 2025)}",
                f"taxpayer.{last}",
                f"{first}.notary",
                f"pr.{last}.{rng.randint(15, 25)}",
                f"{last}_tenant{rng.randint(1, 9)}",
                f"{first}.polls",
                f"{last}-caseworker",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=92)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "boxes": f"{day:02d} {m:02d} {year}",  # a paper form's boxes, typed out
            "est": f"01/01/{year}",  # a refugee registration's estimated first of January
            "ru": f"{day:02d}.{m:02d}.{year}",  # Russian
            "ru_long": f"{day} {RU_MONTHS_HELDOUT38[m - 1]} {year}",  # Russian, the month written out
            "tr": f"{day:02d}.{m:02d}.{year}",  # Turkish
            "sv": f"{day}/{m} {year}",  # Swedish, informally
            "fi": f"{day}.{m}.{year}",  # Finnish, unpadded
            "fr": f"{day:02d}/{m:02d}/{year}",  # French of Réunion and Mayotte
            "it": f"{day:02d}/{m:02d}/{year}",  # Italian
            "st": f"{day:02d}/{m:02d}/{year}",  # Sesotho papers
            "iso": f"{year}-{m:02d}-{day:02d}",
            "qdate": f"{year}, {m}, {day}",  # inside Qt's QDate(...)
            "en": f"{day} {EN_MONTHS_HELDOUT38[m - 1]} {year}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["boxes", "ru", "fr", "it", "fi", "en", "sv"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the visa form wants my date of birth, {}", any_shape),
            ("the council asked for his dob again, it's {}", any_shape),
            ("for the postal vote they need my date of birth, {}", any_shape),
            ("gran's birthday for the pension credit claim is {}", any_shape),
            ("the prison wants the visitor's date of birth, mine is {}", any_shape),
            ("Date of birth (DD MM YYYY): {}", s["boxes"]),
            ("DOB (estimated): {}", s["est"]),
            ("дата рождения: {}", s["ru"]),
            ("родился {} в Крымске", s["ru_long"]),
            ("doğum tarihi: {}", s["tr"]),
            ("född den {} i Pajala", s["sv"]),
            ("syntynyt {} Torniossa", s["fi"]),
            ("née le {} à Saint-André", s["fr"]),
            ("Né(e) le : {}", s["fr"]),
            ("nata ad Acquaviva Collecroce il {}", s["it"]),
            ("o hlahile ka {} Mafeteng", s["st"]),
            ("$dob = strtotime('{}');", s["iso"]),
            ("$dob = DateTime::createFromFormat('d/m/Y', '{}');", s["fr"]),
            ("QDate dob({});", s["qdate"]),
            ("const dob = DateTime.fromISO('{}');", s["iso"]),
            ("const dob = Temporal.PlainDate.from('{}');", s["iso"]),
            ('  schema:birthDate "{}"^^xsd:date ;', s["iso"]),
            ("D.O.B. (detained person): {}", s["en"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT38_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} finally got leave to remain today",
        "{} has a tribunal hearing on tuesday, remind me to go along",
        "the interpreter for {} never showed up at the asylum interview",
        "{} is the duty solicitor at the station tonight",
        "I'm visiting {} on saturday, what am I allowed to bring in",
        "{} got a caution for putting leaflets up outside the polling station",
        "{} is standing for the council in our ward",
        "{} counted ballots till 4am and still came to work",
        "{} signed the deed at the notary yesterday",
        "land registry still lists {} as the owner of the field",
        "{} got a letter from the tax office about last year's return",
        "help me write an appeal against the benefits decision for {}",
        "{} is our new housing officer, seems nice",
        "{} saw the break in and gave a statement",
        "the social worker {} is coming round on thursday at 10",
        "{} got the citizenship certificate in the post",
        "{} is sponsoring a brother's visa",
        "can you draft a character reference for {} for the court",
        "{} is out on licence since last week",
        "I still owe {} for the court fee",
        "remind me to ring {} about the council flat",
        "{} was presiding officer at the school all day",
        "{} won the seat by eleven votes after the recount",
        "my neighbour {} reported the car to the police",
        "{} needs a witness for a statutory declaration",
        "ntate {} is speaking for the family at the land hearing",
        "Ntate {} was sworn in as a magistrate in Mafeteng",
        "mme {} runs the polling station in the village",
        "Mme {} wants the birth certificate sorted before the passport office closes",
        "cadi {} married my parents back in 1988",
        "Cadi {} still keeps the old registers for the village",
        "maître {} is handling the succession",
        "Maître {} sent over the draft of the deed",
        "sergeant {} took my statement",
        "Sergeant {} says the case number is on the receipt",
        "Returning officer: {}",
        "Teller: {}",
        "Registered proprietor: {}",
        "Arresting officer: {}",
        "Appellant: {}",
        "Interpreter: {}",
        "Named visitor: {}",
        "Caseworker: {}",
        "Deponent: {}",
        '"applicant_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the council offered us a flat at {}, is that a good area",
        "my address for the visa application is {}",
        "send the court papers to {}",
        "the polling card went to {} but we moved in may",
        "the tax office still has me at {}",
        "bring proof of address for the visit, mine is {}",
        "Property address (land register): {}",
        "Address for service: {}",
        "Last known address: {}",
        '"residence": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "the caseworker's email is {}",
        "send the signed deed to {}",
        "the electoral office replied from {}",
        "my lawyer wants everything sent to {}",
        "Email for correspondence: {}",
        '"notify_email": "{}",',
        "Set($OwnerEmail, '{}');",
        "CONTACT_EMAIL: '{}'",
        "    'admin_email' => '{}',",
    ],
    "PHONE_NUMBER": [
        "the tribunal clerk's number is {}",
        "call the prison visits line on {}",
        "the housing officer said to ring {}",
        "my lawyer's mobile is {}",
        "text the election agent on {} if the count starts early",
        "Contact telephone (appellant): {}",
        "Tél. (étude du notaire) : {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the visa fee with {}",
        "the court fine went on {}",
        "paid the passport renewal on {}",
        "the notary's fees came off {}",
        "Card used for application fee: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the benefit is paid into {}",
        "the tax refund should go to {}",
        "pay the rent arrears to {}, says the housing office",
        "the deposit for the notary goes to {}",
        "Bank account (IBAN) for refunds: {}",
        "IBAN du notaire : {}",
    ],
    "USERNAME": [
        "on VisaJourney I post as {}",
        "my Trackitt timeline is under {}",
        "I asked on LegalBeagles, I'm {} there",
        "the Consumer Action Group thread is by {}",
        "on MoneySavingExpert I'm {}",
        "Rightsnet has me as {}",
        "I comment on Free Movement as {}",
        "I asked on Justia Answers as {}",
        "my Avvo username is {}",
        "his WriteAPrisoner profile is {}",
        "the JPay account is {}",
        "my Email a Prisoner login is {}",
        "I edit Ballotpedia as {}",
        "Democracy Club has me down as {}",
        "my WhatDoTheyKnow requests are under {}",
        "TheyWorkForYou alerts go to my account {}",
        "on TaxationWeb I'm {}",
        "I post on AccountingWEB Any Answers as {}",
        "on Suomi24 he writes as {}",
        "Flashback has him as {}",
        "my VK is {}",
        "ekşi sözlük nick is {}",
        '"login": "{}",',
    ],
}
HELDOUT38_MIXED = [
    ("Appellant: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Caseworker: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("CONTACT_EMAIL: '{}'\nADMIN_PASSWORD: '{}'", ["EMAIL_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} https://{}/helios/elections", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the key to the community hall with the caretaker, alarm code {}", ["PERSON", "SECRET"]),
    ("Detained person: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Trackitt name is {}, send the fee back to {}", ["USERNAME", "IBAN_CODE"]),
    ("the letter from {} ({}) about the succession came today", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the bail fee with {}", ["PERSON", "CREDIT_CARD"]),
    ("ntate {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Registered proprietor: {}, of {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT38_NEGATIVES = [
    "my cousin says Krymsk is a small town in Krasnodar krai",
    "many Meskhetian Turks were resettled in the US between 2004 and 2007",
    "a Soviet passport added -ov to a man's family name and -ova to a woman's",
    "apparently Kutupalong is one of the largest refugee camps in the world",
    "most Rohingya names have no family name",
    "so Pajala is the biggest place in the Swedish Torne valley",
    "Meänkieli is an official minority language in Sweden",
    "in Haparanda and Tornio the border runs through a shopping centre",
    "in Acquaviva Collecroce, Montemitro and San Felice del Molise they still speak na-našu",
    "in Italian land registers the family name often comes first",
    "did you know Åland has its own parliament, the Lagting, and its own stamps",
    "you need the right of domicile to buy land in Åland",
    "the Maseru Bridge border post is the busiest into Lesotho",
    "a married Mosotho woman is often called by 'Ma and her first child's name",
    "ntate and mme are how you address an older man or woman in Sesotho",
    "so Mayotte only became a French department in 2011",
    "the cadis in Mayotte used to settle family cases",
    "the état civil commission in Mayotte gave many families their surnames",
    "in Réunion many Tamil family names end in -samy or -poullé",
    "the Pandialé fire walk in Saint-André is in January",
    "in Switzerland a married name can join both family names with a hyphen",
    "the canton of Graubünden has halting sites for travelling families",
    "the hearing is at 10:30 in court 4",
    "tribunal reference PA/01234/2023 was adjourned",
    "docket 23-cv-04417 is listed for next week",
    "crime reference number 41/88213/24, keep it for the insurance",
    "the claim number is on the top right of the letter",
    "ballot paper 0417 was spoilt",
    "title number CB219456 at the land registry",
    "parcel 1123/4 in the catasto is the olive grove",
    "tax year 2023/24 ends on 5 April",
    "the self assessment deadline is 31 January",
    "election day is 4 July, polls open 7am to 10pm",
    "the count starts at 10:15 in the leisure centre",
    "his release date is 3 June",
    "my visa expires on 30/09/2025",
    "the tenancy started on 1 March",
    "a section 21 notice gives two months",
    "apparently Article 8 covers the right to family life",
    "paragraph 276ADE is about private life",
    "rule 35 reports are about torture in detention",
    "the citizenship fee went up again in April",
    "the fine is £250 if you pay within 28 days",
    "notary fees are about 2 percent of the price",
    "council tax band C is £1,734 this year",
    "visits are 2pm to 4pm on saturdays and sundays",
    "you can bring £20 in coins for the vending machines",
    "the visitors centre opens half an hour before",
    "legal aid covers asylum appeals but not most visa ones",
    "benefits are paid every four weeks",
    "the housing waiting list is about six years here",
    "universal credit has a five week wait",
    "upgraded Znuny to 7.0.16 on the weekend",
    "fixed in commit 4e1b0c9, see the changelog",
    "Helios 3.1 runs on python 3",
    "ALLOWED_HOSTS = ['vote.example.org']",
    "Set($WebDomain, 'rt.example.org');",
    "SITE_NAME: 'Ask the council'",
    "$Self->{'DatabaseUser'} = 'otrs';",
    "DB_PASSWORD=<set me>",
    "ADMIN_PASSWORD: 'changeme'",
    "SECRET_KEY=${HELIOS_SECRET_KEY}",
    "PIN: ******",
    "card 4111 1111 1111 1111 is a test card",
    "IBAN CH93 0076 2011 6238 5295 7 is the example in the docs",
    "FI21 1234 5600 0007 85 is the sample Finnish IBAN",
    "write to name@example.org on the form",
    "198.51.100.23 is a documentation address",
    "2001:db8:38::7 is a documentation address",
    "the police non emergency number in the UK is 101",
    "in Réunion and Mayotte dial 17 for the police",
    "Lesotho police emergency is 123",
    "court's closed tomorrow",
    "the queue at the visa centre was awful",
    "can you remind me to post the form",
    "bring two passport photos and the old passport",
    "did the letter come yet",
    "rain all day, the count will be slow",
    "see you outside the courthouse at nine",
    "I voted by post this time",
]  # fmt: skip


def _typo38(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a Swedish or Finnish keyboard's ä typed for the
    apostrophe that sits on that key in an English layout ("don't" -> 'donät'), or Return hit for the space
    bar, sending the line in two ('remind me\\nto ring'). Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    marks = list(NORDIC_APOSTROPHE_HELDOUT38.finditer(template))
    if marks and rng.random() < 0.5:
        m = rng.choice(marks)
        return template[: m.start()] + "ä" + template[m.end() :]
    spaces = [m.start() for m in SPLIT_SPACE_HELDOUT38.finditer(template)]
    if not spaces:
        return template
    i = rng.choice(spaces)
    return template[:i] + "\n" + template[i + 1 :]


def build_heldout38(seed: int = HELDOUT38_SEED) -> list[Example]:
    """Held-out set 38: `Gen38` values in `HELDOUT38_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen38(seed)
    return assemble_module_set(
        gen, HELDOUT38_TEMPLATES, HELDOUT38_MIXED, HELDOUT38_NEGATIVES, _typo38, person=gen.person_for
    )
