"""Held-out PII set 45 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout45": written before round 33 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT45 is empty, as for
held-out 16 to 44; written at the same time as held-out 46, the two authors split the world between them: 45
takes work and care inside homes (nannies, au pairs and childminders at home, cleaners and housekeepers, home
carers and care visits, domestic workers abroad and their agencies and embassies, house-sitters, dog walkers and
pet-sitters, removals and house moves, landlords' and letting agents' visits, residents' associations and
neighbours' groups, smart-home and intercom set-ups), 46 takes conservation, fieldwork, NGOs and volunteering);
hand-written lists of Kalasha of Chitral's Bumburet, Rumbur and Birir valleys (cooks, chowkidars and nannies in
Islamabad's and Peshawar's houses: a given name with 'Kalash' as the family name, as a Pakistani CNIC gives it,
or a father's or clan name: 'Lakshan Kalash', 'Wazir Zada', 'Saifullah Jan'), Karnali families of Jumla, Humla
and Dolpo in Kathmandu's and Lalitpur's homes (house help, cooks and house-sitters: Khas family names of the
Karnali, 'Bahadur' after a man's given name, Dolpo's Tibetan given names with 'Lama', and the birth-order
nickname a household gives its help: 'Dhan Bahadur Rokaya', 'Pema Lama', 'Kanchhi'), Aklanon household workers
from Kalibo, Ibajay and Numancia in Hong Kong's Taikoo Shing and Pok Fu Lam and in Milan (helpers and colf: the
mother's surname as a middle initial, a Philippine passport's 'SURNAME, Given', and the nickname the family uses:
'Marites S. Tumbokon', 'SUCGANG, Jonalyn', 'Lenlen'), Nso (Banso) of Kumbo in Cameroon's North West, domestic
workers in Beirut and Kuwait and home carers in Britain (Lamnso family names, often written first as a
Cameroonian register does: 'Relindis Kongnyuy', 'BERINYUY Vera', 'Fonyuy Bridget Sevidzem') and Chapacos of
Tarija, Bolivia, carers, cleaners and nannies in Madrid's Vallecas and in Bergamo (both surnames, a Spanish NIE's
'SURNAMES, Given' and the family's short form: 'Rosmery Mealla Baldiviezo', 'ECHAZÚ ARCE, Zulema', 'Rosi'); a
visit log's given name and initial ('Marites T.'); 'Nang X' and 'Nong X' (Aklanon, before the given name) and 'X
didi' and 'X dai' (Nepali, after it) with the title outside the span; an employment contract's ('Employer:',
'Domestic worker:'), an agency's ('Helper:', 'Placement officer:'), a care plan's ('Service user:', 'Care worker
(AM call):', 'Next of kin:'), a pet-sitter's ('Dog walker:', 'Owner:'), a house-sitting ('House-sitter:'), a
removal's ('Crew lead:'), a letting ('Tenant (lead):', 'Letting agent:') and a residents' association's ('Block
rep:') fields; over three quarters of the sentences typed to the bot or a friend: nannies and school runs, au
pairs, the cleaner's days, housekeeping, care visits and medication, helpers' days off and contracts, agencies
and embassies, house-sitting, dog walks and pet-sitting, removals, landlords' inspections, residents' groups, key
safes, intercoms and smart locks; self-hosted apps' config no earlier set pasted: go2rtc's go2rtc.yaml for a baby
monitor and a door intercom, Z-Wave JS UI's settings.json S2 keys, a Nuki bridge's HTTP API token, tinytuya's
devices.json local keys for a robot vacuum, Donetick's selfhosted.yaml chores app and ezbookkeeping's household
budget env file, with DoorBird, Akuvox, Helpling and HelperChoice keys; those regions' addresses (Islamabad's
'House 14, Street 22, G-9/4', Peshawar's Hayatabad phases and sectors, Bumburet's villages by valley and Lower
Chitral, Kathmandu's and Lalitpur's wards, Jumla's Chandannath and Humla's Simkot by ward, Hong Kong's 'Flat 12B,
23/F, Tower 2', Milan's 'scala B, int. 7', Kalibo's 'Purok 3, Brgy. Andagao', Beirut's Achrafieh by building and
floor, Kuwait's 'Block 5, Street 12, House 34', Kumbo's quarters, Tarija's 'Barrio El Molino', Vallecas with '4.º
izq.' and Bergamo's Borgo Palazzo) and phones (Pakistani mobiles 03xx-xxxxxxx, Islamabad 051, Chitral (0943),
Nepali mobiles, Kathmandu 01-5, Jumla 087, Hong Kong 5/6/9 eight digits and +852, Milan 02 and Italian mobiles,
Philippine 09xx and Kalibo (036), Lebanese 03 and +961 70/71/76, Kuwaiti +965, Cameroonian +237 6, Bolivian +591
7 and Tarija (4) 66, Spanish 6xx and Bergamo 035); Visa, Mastercard 51-55 and 2221-2720, Amex 34 and 37, JCB 35
as Hong Kong takes it, Diners 36 (14 digits) and Discover 65 as an agency fee, a removal deposit or a dog
walker's app takes them, with spaces, hyphens or none; IBANs of Pakistan, Italy, Lebanon, Kuwait and Spain (every
IBAN country was used by an earlier set; these fit this set's people); IPs in baby monitor, door intercom, smart
lock bridge, robot vacuum, key safe hub, care-visit tablet, fall-detector base, medication dispenser, nanny cam,
garage door, pet camera, treat dispenser, landlord's smart meter, block entry panel, lift controller, removal van
tracker and house-sit wifi chat and in the pastes above, a go2rtc log line and a Z-Wave JS UI log, v6 in
2400:8800, 2407:5400, 2001:b011, 2a02:2788 and 2a00:6d40 ranges; passwords handed over in ways no earlier set
used (inside the nappy changing drawer, on the back of the care folder, behind the fridge magnet calendar, in the
dog's lead bag, the helper's day-off card, the contract's last page, the removal van's glovebox, the key safe at
the care client's door, the landlord's meter cupboard, the block's bin store, the au pair's welcome sheet),
Bumburet ('Bumburet!Chilam'), Rara lake ('Rara_Daha29'), the Ati-Atihan ('AtiAtihan#2019'), Kumbo
('Kumbo@Banso'), Tarija's Chapaco wine ('Singani-Tarija7'), leetspeak of household words ('n4nny', 'w4lk13$'), a
chore and a room with a number ('mop-hall-3'), and cues in Urdu ('پاس ورڈ ... ہے'), Nepali ('पासवर्ड ... हो'),
Aklanon ('ang password ... ay'), Italian ('la password è') and Bolivian Spanish ('la clave es'); usernames on
Helpling, Sitly, Yoopies, Childcare.co.uk, HelperChoice, HelperPlace, Pawshake, Borrow My Doggy, Nomador,
OpenRent, Idealista, Hamrobazar, LIHKG, Discuss.com.hk and Bark, shapes like 'x.helper3', 'nanny_y', 'x_walkies',
'housesit.y', 'aupair_x91', 'y.keys', 'x4care' and 'x-mops-2'; dates of birth on a helper's contract, an au pair
visa, a care plan, a DBS check, an embassy's attestation, an agency's bio-data, a tenancy reference, a Pakistani
domestic worker's registration and a dog-walking insurance form, in Urdu ('تاریخ پیدائش'), a Nepali passport's
'DOB (AD):' (the AD date beside the Bikram Sambat one), Philippine ('March 14, 1987'), Italian ('nata il
14/03/1987'), Spanish ('F. nac.: 14-03-1987'), Lebanese French ('née le 14 mars 1987'), a Hong Kong contract's
'14-Mar-1987', a care plan's YAML 'dob:' and a bio-data's 'Date of Birth :' with the space before the colon;
typos as a phone keyboard's emoji prediction taking the place of a household word ('dog' -> '🐶', 'keys' -> '🔑',
'baby' -> '👶') or a long press on a middle or bottom row letter giving the symbol printed on it ('say' -> 's@y',
'need' -> 'nee$', 'when' -> 'w-en'), typed one-handed with a baby on the hip or a lead in the other hand;
negatives with the same regions' places, the titles, 'Bahadur', 'Kanchhi' as a word, the middle initial and the
two surnames explained, shift and visit times, hourly rates, days off, notice periods and minimum wages, door and
key-safe instructions without a code, room names, appliance and lock model numbers, parcel and removal job
numbers, a contract's clause numbers, lot sizes, versions, placeholder secrets, a masked PIN, test cards, example
IBANs, a placeholder e-mail, documentation IPs (v4 and v6), and short everyday chat).

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

HELDOUT45_SEED = 6344367
# no faker name locale, as in held-out 16 to 44: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT45: list[str] = []
# work and care inside homes (held-out 46, written at the same time, takes conservation, fieldwork, NGOs and
# volunteering); each origin: (men's given names, women's given names, family names)
NAMES_HELDOUT45: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Kalasha of Bumburet, Rumbur and Birir in Chitral (cooks, chowkidars and nannies in Islamabad's and
    # Peshawar's houses); 'Kalash' as the family name, as a CNIC gives it, or a father's or clan name
    "kalasha": ("Saifullah Wazir Bahram Khushnawaz Mutimir Dilawar Sherzada Yasir Azam Imran".split(),
                "Lakshan Shaira Gulnaz Zarina Washlim Sayedgul Nazia Bibigul".split(),
                "Kalash Kalash Kalash Jan Gul Zada Nawaz Baig".split()),
    # Karnali families of Jumla, Humla and Dolpo in Kathmandu's and Lalitpur's homes (house help, cooks,
    # house-sitters); Khas family names of the Karnali, Dolpo's Tibetan given names
    "karnali": ("Dhan Jaya Karna Padam Nar Dambar Tek Ratna Tenzin Karma Nyima".split(),
                "Kalpana Parbati Dhana Sunkali Bishna Dolma Pema Lhamo Tsering".split(),
                "Rokaya Kathayat Mahat Bohara Rawal Bam Dhami Malla Bista Jaisi Lama".split()),
    # Aklanon household workers from Kalibo, Ibajay and Numancia in Hong Kong and Milan (helpers and colf)
    "aklanon": ("Rodel Jomar Ramil Arnel Elmer Nonoy Dindo Reynante".split(),
                "Marites Jocelyn Lorna Rowena Gemma Analyn Jonalyn Rhea Lilibeth Merlyn Charity".split(),
                "Tumbokon Sucgang Rembulat Iturralde Laserna Maming Quimpo Sualog Regalado Venturillo".split()),
    # Nso (Banso) of Kumbo, Cameroon's North West: domestic workers in Beirut and Kuwait, home carers in Britain
    "nso": ("Emmanuel Bernard Valentine Clovis Derick Godlove Fidelis Kiven".split(),
            "Vera Bridget Prisca Quinta Relindis Eveline Comfort Delphine".split(),
            "Fonyuy Berinyuy Kongnyuy Wiysahnyuy Tatah Wirba Ngalim Dzekem Sevidzem Banadzem Lukong".split()),
    # Chapacos of Tarija, Bolivia: carers, cleaners and nannies in Madrid's Vallecas and in Bergamo
    "chapaco": ("Jhonny Wilson Edwin Freddy Wilfredo Gualberto Remberto".split(),
                "Rosmery Wilma Nelly Zulema Delia Ninoska Jhenny Maribel Lidia".split(),
                "Mealla Baldiviezo Echazú Arce Vaca Lazcano Ichazo Tejerina Aparicio Zenteno Castellanos".split()),
}  # fmt: skip
# Lamnso names a second given name is drawn from ('Bridget Sevidzem', 'Vera Nsah')
NSO_SECOND_HELDOUT45 = "Sevidzem Nsah Shey Dzekem Berinyuy Wirnkar Nyuydzewira".split()
# the birth-order nickname a Kathmandu household gives its help, and the Aklanon and Chapaco short forms
KARNALI_NICKS_HELDOUT45 = ["Kanchhi", "Kanchha", "Maili", "Saili", "Maila"]
AKLANON_NICKS_HELDOUT45 = {
    "Marites": "Tess", "Jocelyn": "Joy", "Lorna": "Lenlen", "Rowena": "Weng", "Analyn": "Ana", "Jonalyn": "Jona",
    "Lilibeth": "Beth", "Merlyn": "Bing", "Rodel": "Dodong", "Ramil": "Jun", "Reynante": "Nante",
}  # fmt: skip
CHAPACO_SHORT_HELDOUT45 = {
    "Rosmery": "Rosi", "Zulema": "Zule", "Ninoska": "Nino", "Maribel": "Mari", "Wilfredo": "Wilo",
    "Gualberto": "Gual", "Jhenny": "Jhen",
}  # fmt: skip
# a title before the name or after it (outside the span) goes with the origins that use it
TITLED_HELDOUT45: dict[str, tuple[str, bool]] = {
    "nang": ("aklanon", True),  # Aklanon 'older sister', before a woman's given name
    "nong": ("aklanon", False),  # and 'older brother', before a man's
    "didi": ("karnali", True),  # Nepali 'older sister', after a woman's given name
    "dai": ("karnali", False),  # and 'older brother', after a man's
}
TITLE_BEFORE_HELDOUT45 = re.compile(r"\b(nang|nong) \{\}", re.IGNORECASE)
TITLE_AFTER_HELDOUT45 = re.compile(r"\{\} (didi|dai)\b", re.IGNORECASE)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT45 = {"PK": "4a16n", "IT": "1a10n12c", "LB": "4n20c", "KW": "4a22c", "ES": "20n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT45 = ["nanny", "helper", "cleaner", "care", "carer", "house", "keys", "walkies", "petsit",
                      "removals", "tenant", "residents", "intercom", "aupair", "housesit", "rota"]  # fmt: skip
# slips outside the slots: a phone keyboard's emoji prediction taking a household word's place, or a long
# press on a middle or bottom row letter giving the symbol printed on that key
EMOJI_FOR_HELDOUT45 = {
    "dog": "🐶", "dogs": "🐶", "cat": "🐱", "keys": "🔑", "key": "🔑", "baby": "👶", "house": "🏠",
    "home": "🏠", "door": "🚪", "money": "💰", "car": "🚗", "phone": "📱", "van": "🚚", "bed": "🛏",
    "coffee": "☕", "kids": "👧", "sleep": "😴", "school": "🏫",
}  # fmt: skip
EMOJI_WORD_HELDOUT45 = re.compile(r"(?<![\w{}'])(" + "|".join(EMOJI_FOR_HELDOUT45) + r")(?![\w{}'])")
LONG_PRESS_HELDOUT45 = {"a": "@", "s": "#", "d": "$", "f": "_", "g": "&", "h": "-", "j": "+", "z": "*",
                        "v": ":", "b": ";", "n": "!", "m": "?"}  # fmt: skip
PLAIN_WORD_HELDOUT45 = re.compile(r"(?<![\w{}'@.])[a-z]{3,}(?![\w{}'@])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Echazú' -> 'echazu')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen45(Gen3):
    """Generators for held-out set 45: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT45 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT45))
        men, women, lasts = NAMES_HELDOUT45[origin]
        if woman is None:  # most of the helpers, nannies and carers are women
            woman = rng.random() < (0.45 if origin in ("kalasha", "karnali") else 0.7)
        given = rng.choice(women if woman else men)
        return origin, given, rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT45[origin][2]
        if r < 0.1:  # a visit log's given name and the family name's initial
            return f"{first} {last[0]}."
        if origin == "karnali" and not woman and first not in ("Tenzin", "Karma", "Nyima") and r < 0.75:
            return f"{first} Bahadur {last}"
        if origin == "aklanon":
            middle = rng.choice([x for x in lasts if x != last])
            if r < 0.4:  # the mother's surname as a middle initial
                return f"{first} {middle[0]}. {last}"
            if r < 0.6:  # a Philippine passport's SURNAME, Given
                return f"{last.upper()}, {first}"
        if origin == "nso":
            if r < 0.35:  # the family name first, as a Cameroonian register writes it
                return f"{last} {first}"
            if r < 0.5:
                return f"{last.upper()} {first}"
            if r < 0.65:
                return f"{last} {first} {rng.choice(NSO_SECOND_HELDOUT45)}"
        if origin == "chapaco":
            other = rng.choice([x for x in lasts if x != last])
            if r < 0.5:  # both surnames
                return f"{first} {last} {other}"
            if r < 0.65:  # a Spanish NIE's SURNAMES, Given
                return f"{last.upper()} {other.upper()}, {first}"
        if origin == "kalasha" and r < 0.3:
            return f"{first} Kalash"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.6:
            name = self._full(origin, first, last, woman)
        elif r < 0.8:
            name = first
            if origin == "karnali" and rng.random() < 0.5:  # the household's birth-order nickname
                name = rng.choice(KARNALI_NICKS_HELDOUT45[:2] if not woman else ["Kanchhi", "Maili", "Saili"])
            elif origin == "aklanon" and first in AKLANON_NICKS_HELDOUT45 and rng.random() < 0.5:
                name = AKLANON_NICKS_HELDOUT45[first]
            elif origin == "chapaco" and first in CHAPACO_SHORT_HELDOUT45 and rng.random() < 0.5:
                name = CHAPACO_SHORT_HELDOUT45[first]
        elif r < 0.9:
            name = last
        else:
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Nang Marites', 'Nong Rodel') or after it ('Kalpana didi',
        'Dhan Bahadur dai'), from the origin that uses it."""
        rng = self.rng
        origin, woman = TITLED_HELDOUT45[title.lower()]
        _, given, last, _ = self._origin_name(origin, woman)
        if (
            origin == "karnali"
            and not woman
            and given not in ("Tenzin", "Karma", "Nyima")
            and rng.random() < 0.5
        ):
            return f"{given} Bahadur"
        return given if rng.random() < 0.8 else f"{given} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before or after it."""
        m = TITLE_BEFORE_HELDOUT45.search(template) or TITLE_AFTER_HELDOUT45.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        shapes = [
            f"House {n}, Street {rng.randint(1, 60)}, {pick(['G-9/4', 'G-10/2', 'E-11/3', 'I-8/2', 'F-10/1'])}, Islamabad",
            f"House {rng.randint(1, 400)}, Street {rng.randint(1, 15)}, Sector {pick(['K-4', 'E-5', 'F-7', 'N-3'])}, Phase {rng.randint(1, 7)}, Hayatabad, Peshawar",
            f"village {pick(['Krakal', 'Batrik', 'Anish', 'Brun'])}, Bumburet Valley, Lower Chitral",
            f"village {pick(['Balanguru', 'Grom', 'Kalashagram'])}, Rumbur Valley, Lower Chitral",
            f"House {n}, {pick(['Bhatbhateni', 'Maharajgunj', 'Budhanilkantha', 'Baluwatar'])}, Kathmandu-{rng.randint(1, 32)}",
            f"{pick(['Jawalakhel', 'Sanepa', 'Jhamsikhel', 'Kupondole'])}, Lalitpur-{rng.randint(1, 29)}, house no. {n}",
            f"Chandannath-{rng.randint(1, 10)}, Jumla, Karnali",
            f"Simkot-{rng.randint(1, 8)}, Humla, Karnali",
            f"Flat {rng.randint(1, 28)}{pick('ABCDEFGH')}, {rng.randint(2, 40)}/F, Tower {rng.randint(1, 6)}, Taikoo Shing, 18 Tai Koo Shing Road, Quarry Bay",
            f"Flat {pick('ABCD')}, {rng.randint(2, 30)}/F, Block {rng.randint(1, 9)}, Baguio Villa, 555 Victoria Road, Pok Fu Lam",
            f"Via Padova {rng.randint(1, 300)}, scala {pick('ABCD')}, int. {rng.randint(1, 30)}, 20132 Milano",
            f"Viale Monza {rng.randint(1, 300)}, 20127 Milano",
            f"Purok {rng.randint(1, 7)}, Brgy. {pick(['Andagao', 'Estancia', 'Tigayon', 'Bakhaw Norte'])}, Kalibo, Aklan 5600",
            f"Achrafieh, Sassine, Rue {pick(['Elias Sarkis', 'Abdel Wahab El Inglizi', 'Monot'])}, Bldg {pick(['Khoury', 'Saade', 'Haddad'])}, {rng.randint(1, 9)}th floor, Beirut",
            f"Block {rng.randint(1, 12)}, Street {rng.randint(1, 40)}, House {rng.randint(1, 90)}, {pick(['Salmiya', 'Salwa', 'Mishref', 'Jabriya'])}, Kuwait",
            f"{pick(['Tobin', 'Mbve', 'Squares', 'Kikaikelaki'])} quarter, Kumbo, Bui, North West Region",
            f"Calle {pick(['Ingavi', 'Sucre', 'La Madrid', 'Campero'])} {n}, Barrio El Molino, Tarija",
            f"Avenida de la Albufera {rng.randint(1, 400)}, {rng.randint(1, 9)}.º {pick(['izq.', 'dcha.', 'B', 'C'])}, 28038 Madrid",
            f"Via Borgo Palazzo {rng.randint(1, 200)}, 24125 Bergamo",
            f"{rng.randint(1, 140)} {pick(['Stanley Road', 'Cavendish Avenue', 'Larch Close'])}, Luton LU{rng.randint(1, 4)} {rng.randint(1, 9)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT45)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{first}_{subject}", f"{last}{first[:1]}{rng.randint(1, 9)}",
                           f"{first}{rng.randint(1965, 2004)}", f"{subject}4{first}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "yahoo.com.ph", "yahoo.com.hk",
                             "netvigator.com", "ntc.net.np", "wlink.com.np", "ptcl.net.pk", "libero.it", "virgilio.it",
                             "hotmail.es", "entel.bo", "icloud.com", "live.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"03{rng.choice('0123')}{d(1)}-{d(7)}",  # Pakistani mobile
            f"051-{d(7)}",  # Islamabad
            f"(0943) 41{d(4)}",  # Chitral
            f"98{rng.choice('0145')}-{d(7)}",  # Nepali mobile
            f"01-5{d(6)}",  # Kathmandu
            f"087-52{d(4)}",  # Jumla
            f"{rng.choice('569')}{d(3)} {d(4)}",  # Hong Kong
            f"+852 {rng.choice('569')}{d(3)} {d(4)}",
            f"02 {d(4)} {d(4)}",  # Milan
            f"3{rng.choice('234')}{d(1)} {d(3)} {d(4)}",  # Italian mobile
            f"09{d(2)} {d(3)} {d(4)}",  # Philippine mobile
            f"(036) 268 {d(4)}",  # Kalibo
            f"03 {d(3)} {d(3)}",  # Lebanese mobile
            f"+961 7{rng.choice('016')} {d(3)} {d(3)}",
            f"+965 {rng.choice('569')}{d(3)} {d(4)}",  # Kuwait
            f"+237 6{rng.choice('5789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Cameroon
            f"+591 7{d(7)}",  # Bolivian mobile
            f"(4) 66{d(5)}",  # Tarija
            f"6{d(2)} {d(2)} {d(2)} {d(2)}",  # Spanish mobile
            f"035 {d(2)} {d(2)} {d(2)}",  # Bergamo
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15),
                                     ("37", 15), ("3528", 16), ("3566", 16), ("36", 14), ("65", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 14:  # Diners 4-6-4
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.65:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT45))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT45[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.1.{rng.randint(2, 254)}", f"10.0.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): baby monitor, intercom, smart lock, robot vacuum, care visit, pet and
        landlord chat, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2400:8800:{h()}:{h()}::{h()}", f"2407:5400:{h()}::{h()}", f"2001:b011:{h()}:{h()}::{h()}",
                         f"2a02:2788:{h()}:{h()}::{h()}", f"2a00:6d40:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the baby monitor in the nursery is on {}, the nanny can't see it on her phone", v4),
            ("door intercom got {} after the router reset, nobody can buzz the cleaner in", rng.choice([v4, v6])),
            ("the smart lock bridge is {}, the dog walker's code stopped working", v4),
            ("robot vacuum shows up as {} in the app", v4),
            ("the key safe hub by the front door is on {}", v4),
            ("the care visit tablet at mum's flat got {}", v4),
            ("grandad's fall detector base station is {}, the agency asked", rng.choice([v4, v6])),
            ("the pill dispenser for dad's morning meds is on {}", v4),
            ("nanny cam in the living room pings from {}, is that ours", v4),
            ("garage door opener is {} now, the removal guys need it tomorrow", v4),
            ("the pet camera with the treat thing is {}", v4),
            ("the landlord's smart meter shows {} on its screen", v4),
            ("the entry panel for our block is {}, the residents' group wants it fixed", v4),
            ("lift controller in the building is on {} according to the caretaker", v4),
            ("the removal van tracker last reported from {}", v4),
            ("house sitting at my sister's, her wifi gives me {}", rng.choice([v4, v6])),
            ("the au pair's laptop has {} and can't print", v4),
            ("  - rtsp://{}:554/live/ch0", v4),
            ('  "host": "{}",', v4),
            ("DOORBIRD_HOST={}", v4),
            ("EBK_DATABASE_HOST={}:5432", v4),
            ("Nuki bridge: http://{}:8080/list", v4),
            ("  server: {}", v6),
            ("2024-10-03 07:41:09 WRN [rtsp] url=rtsp://{}:554 error=i/o timeout", v4),
            ("2024-10-03 07:41:12.331 INFO Z-WAVE: Controller reachable again from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Bumburet!{rng.choice(['Chilam', 'Joshi', '2023'])}",
                f"Rara_Daha{rng.randint(1, 99)}",
                f"AtiAtihan#{rng.choice(['2019', '2024', 'Kalibo'])}",
                f"Kumbo@{rng.choice(['Banso', 'Tobin', '1986'])}",
                f"Singani-Tarija{rng.randint(1, 9)}",
                rng.choice(["nanny", "walkies", "laundry", "hoover", "keysafe"]).translate(leet) + rng.choice(["", "!", "_45"]),
                f"{rng.choice(['mop', 'dust', 'iron', 'walk'])}-{rng.choice(['hall', 'loft', 'nursery', 'porch'])}-{rng.randint(1, 9)}",
                f"{rng.choice(['Jumla', 'Kalibo', 'Tarija', 'Chitral', 'Vallecas'])}{rng.choice(['*', '&', '+'])}{w().capitalize()}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        hexu = "0123456789ABCDEF"
        options = [
            # passwords handed over in ways no earlier set used
            ("the wifi is written inside the nappy changing drawer, {}", pw),
            ("the care folder has the key safe code on the back, {}", d(4)),
            ("behind the fridge magnet calendar there's the alarm code {}", d(4)),
            ("the dog's lead bag has a card with the gate code, {}", d(4)),
            ("I wrote the wifi on your day-off card, it's {}", pw),
            ("the contract's last page has the helper app login, {}", pw),
            ("the removal van's glovebox has the garage code, {}", d(6)),
            ("key safe at mrs k's door is {} for the morning call", d(4)),
            ("the meter cupboard is locked, landlord says the combination is {}", d(3)),
            ("the bin store code for our block is {}", d(4)),
            ("welcome sheet for the new au pair says the wifi is {}", pw),
            ("the nanny cam app password is {}, change it after she leaves", pw),
            ("for the house sit the alarm unsets with {}", d(4)),
            ("the smart lock guest pin for the cleaner is {}", d(6)),
            ("I changed the intercom admin password to {}", pw),
            # cues in languages no earlier set used
            ("وائی فائی کا پاس ورڈ {} ہے", pw),
            ("घरको वाइफाइ पासवर्ड {} हो", pw),
            ("ang password sang wifi sa balay ay {}", pw),
            ("la password del wifi della signora è {}", pw),
            ("la clave del portero es {}, no se la des a nadie", pw),
            # commands
            ("$ docker run -e EBK_SECURITY_SECRET_KEY={} mayswind/ezbookkeeping", tok(32, alnum)),
            ("$ curl 'http://192.168.1.40:8080/list?token={}'", tok(6, alnum.lower())),
            ("$ python -m tinytuya scan --key {}", tok(16, alnum)),
            # pastes
            ("    - rtsp://admin:{}@192.168.1.64:554/Streaming/Channels/101", pw),
            ('      "S2_Unauthenticated": "{}",', tok(32, hexu)),
            ('      "S0_Legacy": "{}",', tok(32, hexu)),
            ('    "key": "{}",', tok(16, alnum)),
            ("jwt:\n  secret: {}", tok(40, alnum)),
            ("EBK_SECURITY_SECRET_KEY={}", tok(32, alnum)),
            ("DOORBIRD_PASSWORD={}", pw),
            ("AKUVOX_API_TOKEN={}", tok(32, hexl)),
            ("HELPLING_API_KEY={}", tok(40, hexl)),
            ("HELPERCHOICE_TOKEN={}", tok(48, alnum)),
            ("NUKI_TOKEN={}", tok(6, alnum.lower())),
            ("  password: {}  # go2rtc api", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.helper3', 'nanny_y', 'x_walkies', 'housesit.y')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.helper{rng.randint(1, 9)}",
                f"nanny_{last}",
                f"{first}_walkies",
                f"housesit.{last}",
                f"aupair_{first}{rng.randint(85, 99)}",
                f"{last}.keys",
                f"{first}4care",
                f"{first}-mops-{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=92)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "ph": f"{EN_MONTHS_HELDOUT45[m - 1]} {day}, {year}",  # Philippine
            "it": f"{day:02d}/{m:02d}/{year}",  # Italian
            "es": f"{day:02d}-{m:02d}-{year}",  # Spanish, hyphens
            "fr": f"{day} {FR_MONTHS_HELDOUT45[m - 1]} {year}",  # Lebanese French
            "hk": f"{day:02d}-{EN_MONTHS_HELDOUT45[m - 1][:3]}-{year}",  # a Hong Kong contract's
            "pk": f"{day:02d}-{m:02d}-{year}",
            "uk": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["uk", "ph", "it", "es", "hk", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the helper's contract needs her date of birth, it's {}", any_shape),
            ("for the au pair visa they want my dob, {}", any_shape),
            ("mum's care plan has her birthday as {}, is that right", any_shape),
            ("the dbs check asked my date of birth, I put {}", s["uk"]),
            ("the embassy attestation has my birthday {}", s["ph"]),
            ("the agency wrote my date of birth {} on the bio-data", any_shape),
            ("tenancy reference form wants dob, mine is {}", any_shape),
            ("for the dog walking insurance my date of birth is {}", any_shape),
            ("تاریخ پیدائش: {}", s["pk"]),
            ("DOB (AD): {}", s["iso"]),
            ("Date of Birth : {}", s["ph"]),
            ("nata il {}", s["it"]),
            ("F. nac.: {}", s["es"]),
            ("née le {}", s["fr"]),
            ("Helper's date of birth: {}", s["hk"]),
            ("  dob: {}", s["iso"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


EN_MONTHS_HELDOUT45 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip
FR_MONTHS_HELDOUT45 = ("janvier février mars avril mai juin juillet août septembre octobre novembre "
                       "décembre").split()  # fmt: skip

HELDOUT45_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} picks the kids up from school on tuesdays",
        "our new nanny is {}, she starts monday",
        "{} cleans for us every thursday morning",
        "remind me to pay {} for the extra hours",
        "the carer this morning was {}, mum liked her",
        "{} is the au pair at my sister's",
        "can you find the message from {} about her day off",
        "{} walks the dogs at noon",
        "the helper next door is {}, she'll take the parcel",
        "{} from the agency rang about the contract",
        "{} house-sat for us over christmas",
        "I owe {} for the ironing",
        "{} is on the evening care call for grandad",
        "tell {} the key safe is fixed",
        "{} does the big clean before we move out",
        "the removal guy who carried the piano was {}",
        "{} is our block rep in the residents' association",
        "ask {} if she can stay late friday",
        "{} feeds the cats when we're away",
        "the letting agent coming for the inspection is {}",
        "{} looked after dad for six years",
        "{} sent the photo of the baby at the park",
        "{} asked for sunday off to see her cousins",
        "the agency sent {} instead of the usual carer",
        "{} cooks for the family in Islamabad",
        "thank {} for the lovely note",
        "nang {} said the madam is back next week",
        "Nang {} will bring the kids to the playground",
        "nong {} drives for the family now",
        "ask {} didi where the spare keys are",
        "{} dai is watching the house while we're in Jumla",
        "{} didi made dal bhat for the kids",
        "Employer: {}",
        "Domestic worker: {}",
        "Helper: {}",
        "Placement officer: {}",
        "Service user: {}",
        "Care worker (AM call): {}",
        "Next of kin: {}",
        "Dog walker: {}",
        "Owner: {}",
        "House-sitter: {}",
        "Crew lead: {}",
        "Tenant (lead): {}",
        "Letting agent: {}",
        "Block rep: {}",
        "Visit 3 carer: {}",
        '"helper_name": "{}",',
        "| Carer | {} |",
        "  assignee: {}",
    ],
    "STREET_ADDRESS": [
        "the nanny's new address is {}",
        "send the contract to {}",
        "the care visits are at {} now",
        "the removal van goes to {}",
        "I'm house sitting at {} this week",
        "the helper's home address is {}",
        "Service address: {}",
        "Employer's address: {}",
        "Collection: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the rota to {}",
        "the agency's placement officer is {}",
        "our nanny's email is {}",
        "email the care notes to {} not to me",
        "Contact email: {}",
        '"email": "{}",',
        "EBK_ADMIN_EMAIL={}",
        "  notify: {}",
        "owner_email: {}",
    ],
    "PHONE_NUMBER": [
        "the dog walker's number is {}",
        "ring the agency on {} about the visa",
        "the helper's mobile is {}",
        "call the removal firm on {}",
        "the carer said ring {} if mum falls again",
        "Emergency contact: {}",
        "Tel. (employer): {}",
        '"mobile": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the agency fee with {}",
        "the removal deposit went on {}",
        "the dog walker's app charges {}",
        "paid the cleaner's booking with {}",
        "Card on file: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the nanny's wages into {}",
        "the helper wants her salary sent to {}",
        "the deposit refund should go to {}",
        "send my share of the carer's bonus to {}",
        "IBAN (salary): {}",
        "IBAN for the deposit: {}",
    ],
    "USERNAME": [
        "on Helpling I'm {}",
        "my Sitly name is {}",
        "Yoopies has me as {}",
        "on Childcare.co.uk I'm {}",
        "my HelperChoice profile is {}",
        "HelperPlace knows me as {}",
        "on Pawshake I'm {}",
        "my Borrow My Doggy name is {}",
        "on Nomador I'm {}",
        "OpenRent has me as {}",
        "my Idealista login is {}",
        "I sell on Hamrobazar as {}",
        "on LIHKG I post as {}",
        "Discuss.com.hk has me as {}",
        "my Bark profile is {}",
        '"username": "{}",',
    ],
}
HELDOUT45_MIXED = [
    ("Domestic worker: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Helper: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("DOORBIRD_HOST={}\nDOORBIRD_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:1984/api/streams", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the keys in the key safe, code {}", ["PERSON", "SECRET"]),
    ("Service user: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Sitly name is {}, pay me at {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the visit came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the removal deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("nang {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Tenant (lead): {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT45_NEGATIVES = [
    "the Kalasha live in three valleys of Chitral, Bumburet is the biggest",
    "Chilam Joshi is the Kalasha spring festival in May",
    "Kalash on a Pakistani ID is used like a family name",
    "Jumla is famous for its red rice and apples",
    "Rara lake is in Mugu, the biggest lake in Nepal",
    "Bahadur is part of many Nepali men's names, it means brave",
    "Kanchhi just means the youngest daughter in Nepali",
    "didi is big sister and dai is big brother in Nepali",
    "the Ati-Atihan festival in Kalibo is every January",
    "nang and nong are how Aklanon say older sister and brother",
    "in the Philippines the middle initial is the mother's maiden name",
    "Kumbo is the main town of Nso, up in the Bamenda grassfields",
    "the Fon of Nso lives in the palace at Kumbo",
    "Tarija is the wine and singani region of Bolivia",
    "in Spain and Bolivia you carry both surnames, father's first",
    "Sunday is the day off for most helpers in Hong Kong",
    "on Sundays the helpers meet in Central and Victoria Park",
    "the minimum allowable wage for helpers went up last year",
    "the standard contract gives one rest day every 7 days",
    "notice is one month on either side",
    "the carer comes at 7:30 and again at 18:00",
    "morning call is 45 minutes, lunch call 30",
    "the nanny works 8 to 6, Monday to Friday",
    "cleaner is 15 pounds an hour, 4 hours a week",
    "the dog walker charges 12 for a group walk",
    "house sitting is 30 a night plus the cat",
    "the removal is booked for Saturday at 8",
    "the van is 7.5 tonnes, they said 3 men",
    "job number 44817 on the removal quote",
    "the inventory check is on the 14th at 10",
    "the landlord needs 24 hours' notice for a visit",
    "the deposit is five weeks' rent",
    "clause 12 of the contract covers medical care",
    "section 21 notices changed again",
    "the residents' meeting is Thursday 7pm in the community room",
    "the bins go out Tuesday night",
    "the key safe is on the left of the door, behind the drainpipe",
    "press the buzzer for flat 4 and wait, the door clicks",
    "the spare key is with the neighbour at number 12",
    "use the side gate, the front door sticks",
    "the nursery is the room at the top of the stairs",
    "the boot room and the utility are through the kitchen",
    "the helper's room is next to the laundry",
    "the washing machine is a Bosch WAN28281GB",
    "the robot vacuum is a Roborock S7",
    "the lock is a Nuki Smart Lock 4.0",
    "the intercom is a DoorBird D2101V",
    "parcel 6Q12 3456 7890 is for the au pair",
    "Royal Mail tracking number is in the email",
    "the baby monitor is a VTech BM3500",
    "nappies are size 4 now",
    "the baby naps 1 to 3",
    "bath at 6:30, bed at 7",
    "mum's tablets are at 8, 1 and 6",
    "the stair lift was serviced in March",
    "the agency fee is 5000 HKD",
    "the flight to Kathmandu is on the 3rd",
    "PIA flies Islamabad to Chitral when the weather is good",
    "Cebu Pacific has a direct flight Kalibo to Hong Kong",
    "the Lebanese embassy is closed on Friday",
    "the consulate opens at 9",
    "the madam means the lady of the house, not a name",
    "Boracay is in Aklan too, an hour from Kalibo",
    "Cameroon's national day is the 20th of May",
    "the Kuwait towers are on the corniche",
    "Borgo Palazzo is the long street into Bergamo from the east",
    "Vallecas has its own football club, Rayo",
    "Taikoo Shing has 61 towers",
    "the G-9 sector in Islamabad has its own market",
    "ezbookkeeping 0.7 added the household budget view",
    "Z-Wave JS UI 9.9 has the new inclusion wizard",
    "go2rtc 1.9 fixed the intercom audio",
    "fixed in commit 4be17c0, see the changelog",
    "EBK_SECURITY_SECRET_KEY=",
    "DOORBIRD_PASSWORD=${DOORBIRD_PASSWORD}",
    '"S2_Unauthenticated": "<generate>",',
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3530 1113 3330 0000 is the JCB test card",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN",
    "write to helper@example.com on the form",
    "192.0.2.45 is a documentation address",
    "203.0.113.9 is a documentation address",
    "2001:db8:45::7 is a documentation address",
    "did the cleaner come today",
    "the kids are asleep finally",
    "remind me to buy dog food",
    "the boxes are all packed",
    "see you at the new house at ten",
    "the heating is on a timer",
]  # fmt: skip


def _typo45(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a phone keyboard's emoji prediction taken in
    place of a household word ('dog' -> '🐶', 'keys' -> '🔑', 'baby' -> '👶'), or a long press on a middle or
    bottom row letter giving the symbol printed on that key ('say' -> 's@y', 'need' -> 'nee$', 'when' ->
    'w-en'), as someone types one-handed with a baby on the hip or a dog's lead in the other hand. Only in
    sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    words = list(EMOJI_WORD_HELDOUT45.finditer(template))
    if words and rng.random() < 0.5:
        m = rng.choice(words)
        return template[: m.start()] + EMOJI_FOR_HELDOUT45[m.group(1)] + template[m.end() :]
    spots = [
        (m.start() + i, c)
        for m in PLAIN_WORD_HELDOUT45.finditer(template)
        for i, c in enumerate(m.group(0))
        if c in LONG_PRESS_HELDOUT45
    ]
    if not spots:
        return template
    i, c = rng.choice(spots)
    return template[:i] + LONG_PRESS_HELDOUT45[c] + template[i + 1 :]


def build_heldout45(seed: int = HELDOUT45_SEED) -> list[Example]:
    """Held-out set 45: `Gen45` values in `HELDOUT45_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen45(seed)
    return assemble_module_set(
        gen, HELDOUT45_TEMPLATES, HELDOUT45_MIXED, HELDOUT45_NEGATIVES, _typo45, person=gen.person_for
    )
