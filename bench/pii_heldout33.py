"""Held-out PII set 33 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout33": written before round 27 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT33 is empty, as for
held-out 16 to 32; written at the same time as held-out 34, the two authors split the world between them: 33
takes cities and their diasporas, urban communities, migrant neighbourhoods and mixed-heritage names, and
subjects from nightlife, food delivery, gig work, housing and transport in town; 34 takes rural and nomadic
life, farming, fishing, herding and seasonal work); hand-written lists of Chinese-Filipino of Binondo (Hokkien
family names ending in -co: 'Tantoco', 'Lichauco', 'Tiangco'; Filipino doubled nicknames as the given name:
'Jun-Jun', 'Bongbong', 'Lenlen'), Tusán of Lima's Barrio Chino (a Spanish given name and two family names,
the Chinese father's then the Andean or Spanish mother's: 'Rosa Siu Huamán'), Baghdadi Jews of Kolkata and
Mumbai (flower and virtue given names: 'Flower Musleah', 'Mozelle Nahoum'), Sino-Jamaicans of Kingston and
Toronto (Hakka family names of two words, apart or hyphenated: 'Ho Sang', 'Lee Quee', 'Chen-See'), Nikkei of
São Paulo's Liberdade (a Brazilian given name with a Japanese one spelt the Portuguese way: 'Juliana Tiemi
Yamashita', 'Rodrigo Massayoshi Ueda'), Chaldeans of Detroit's suburbs ('Kallabat', 'Jarbo', 'Yaldo'),
Surinamese Hindustani of Amsterdam Zuidoost and The Hague (Dutch spellings: 'oe' for u, 'dj' for j:
'Radjesh Soekhoe', 'Soenita Jagessar'), Anglo-Indians of Kolkata's Bow Barracks (pet names as the given name:
'Bunty Gasper', 'Dolly Rozario') and Chinese-Indonesians of Jakarta's Glodok (Indonesian-adopted family
names: 'Hartono', 'Gunawan', 'Tanoto'), invented given names of a made-up root and an urban American ending
(-rell/-quan/-ondra/-ique) with surnames of a made-up root and a Dutch-Surinamese ending (-oe/-dien/-sing);
'DJ', 'MC', 'Chef' and 'Landlord:' before a name outside the span, a rider's name with the rider number in
brackets ('Bunty Gasper (rider #4471)'), flat-share ('Flatmate:'), tenancy ('Tenant:', 'Guarantor:'), guest
list ('+1 for'), rota ('Closing shift:') and co-op ('Member:') fields; about 78 % of the sentences typed to
the bot or a friend: nightlife and club doors, DJ sets and guest lists, karaoke, food delivery and dark
kitchens, ride-hailing and couriers, gig apps and cash-in-hand shifts, flat shares, tenancies and
landlords, rent strikes and tenants' unions, laundromats, night buses, trams, metro cards and e-scooters;
self-hosted apps' config for pasted secrets: AzuraCast, Solidtime, Ghostfolio, Actual Budget, Linkding,
HedgeDoc, Bagisto, pretalx, Hi.Events and HomeBox; those cities' addresses (Ongpin and Binondo streets with
the Manila ZIP, Jr. Ucayali and Capón in Lima's Cercado, Bow Barracks and Park Street in Kolkata, Byculla in
Mumbai, Barry Street and Half Way Tree in Kingston, Markham and Scarborough in Toronto, Rua Galvão Bueno with
the CEP in Liberdade, Southfield and Sterling Heights in Michigan, Bijlmer and Transvaal Dutch postcodes,
Glodok's Jalan with RT/RW, Kelurahan and Kecamatan) and phones (Manila landlines, Philippine mobiles 0927 and
0998 domestic, Lima, Peruvian mobiles, Kolkata, Mumbai, Jamaica (876), Toronto 647, São Paulo mobiles, Detroit
suburbs 248 and 586, Amsterdam 020, Dutch mobiles 06, Jakarta (021), Indonesian mobiles 0812 with dashes);
Visa 16, Mastercard 2221, Amex 37, JCB 3528, Brazil's Elo 636368, India's RuPay 652150 and UnionPay 62 19-digit
cards, some with middle dots (U+00B7) or one-dot leaders (U+2024) between groups; IBANs of the United Arab
Emirates, Israel, Iraq, Brazil, the Netherlands, Lebanon, Qatar, Jordan, Kuwait, Bahrain and Egypt (every
IBAN country was used by an earlier set; these are countries of big cities and their diasporas); IPs in a club
lighting console, a door scanner, a karaoke box, a dark kitchen's order tablet, a courier's bike tracker, an
e-scooter dock, a laundromat card reader, a flat-share router, a building intercom, a car park barrier, a
night-bus display and a parcel-locker chat and in the pastes above, an Art-Net node, sACN and an RTSP camera,
v6 in 2001:4450, 2800:200, 2001:1388, 2804, 2403, 2a02:a40 and 2001:448a ranges; passwords handed over in ways
no earlier set used (written on the back of a club wristband, the guest-list password at the door, on a
sticky under the delivery tablet, the flat's shared streaming login in the house group chat, the landlord's
lockbox for the keys, the laundromat's card top-up, the shared rider-app login for cash-in-hand shifts, the
tenants' union's meeting room, one the night manager set at closing, one a karaoke box wants), night-bus
routes ('N29-Nightbus!'), BPM and genres ('128bpm-Techno!'), cocktail ratios ('Negroni1:1:1'), flat and
floor ('Flat12B/Floor3'), rider numbers with zones ('Rider4471$Zone2'), leetspeak of city dishes ('P4nc1t-
C4nt0n', 'Ch1f4Lim4'), capitalised dot passphrases ('Tram.Rain.Kebab.42'), a metro stop and a dish
('Liberdade-Yakisoba88'), 'Bijlmer@Roti7', tokens with vendor prefixes: SumUp sup_sk_, Deno Deploy ddp_, Fly.io
fo1_, Together AI tgp_v1_, E2B e2b_ and Volcengine AKLT, AzuraCast, Solidtime, Ghostfolio, Actual Budget,
Linkding, HedgeDoc, Bagisto, pretalx, Hi.Events and HomeBox secrets, and cues in Tagalog ('ang password ay'),
Taglish ('yung pass ng wifi'), Jamaican Patois ('di passwud a'), Chaldean Neo-Aramaic ('u password'),
Sranan Tongo ('a paswort na') and Kolkata Anglo-Indian English ('the password, men, is'); usernames in
SpareRoom, Gumtree, OLX, Carousell, Resident Advisor, Deliveroo, Glovo, iFood, Gojek, Foodpanda, Lalamove
and Citymapper, shapes like 'x_after_dark', 'rider.x.42', 'x.in.binondo', 'flat4b_x', 'x_on_the_n29',
'dj.x.b2b', 'x.room.wanted', 'nightshift_x', 'x.kitchen.ph' and 'x_the_courier'; dates of birth in Tagalog
('ika-14 ng Marso 1990', 'ipinanganak ako noong'), with a Roman-numeral month ('14.III.1990'), in Japanese
era years ('Heisei 2-nen 3-gatsu 14-nichi'), in Ruby's Date.new, C#'s new DateOnly and Excel's DATEVALUE, on
tenancy, rider-onboarding, guest-list and SpareRoom forms; typos as Caps Lock left on with the first letter
shifted back down ('cAN you') or an iPhone's double space turned into a full stop mid-sentence ('remind me.
to'); negatives with the same cities' places and the -co, two-family-name, Hakka two-word, Portuguese-spelt
Japanese and Dutch-spelling conventions explained, club, DJ, delivery, ride, rent, laundromat and transport
talk, a gig date, a lease start and a club's opening night that are not birthdays, order, booking, route,
flat and rider numbers, a version, a commit, the apps' boilerplate, placeholder secrets, a masked PIN, a
test card, the Dutch example IBAN, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers,
and short everyday chat).

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

HELDOUT33_SEED = 338152
# no faker name locale, as in held-out 16 to 32: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT33: list[str] = []
# cities and their diasporas (held-out 34, written at the same time, takes rural and nomadic life)
NAMES_HELDOUT33: dict[str, tuple[list[str], list[str]]] = {
    # Chinese-Filipino of Binondo (Manila): Hokkien family names ending in -co
    "chinoy": ("Teresita Alfonso Jaime Lucio Mikee Rowena Kenneth Wilson Bernadette Cristina Stanley Joanna".split(),
               "Tantoco Cojuangco Yuchengco Tiangco Lichauco Tanchanco Coyiuto Uytengsu Sycip Dytioco".split()),
    # Tusán (Chinese-Peruvians of Lima's Barrio Chino): the Chinese father's family name first
    "tusan": ("Erasmo Rosa Julia Víctor Carmen Augusto Milagros Fernando Lucía Humberto Zoila Eduardo".split(),
              "Siu Chiang Chau Fung Kuong Yong Achong Ahón Tay Chion Apaza".split()),
    # Baghdadi Jews of Kolkata and Mumbai (and their London and Sydney diaspora): flower and virtue names
    "baghdadi": ("Flower Mozelle Seemah Rahma Jael Nissim Ezekiel Shalome Saul Aaron Mathilda Rachel".split(),
                 "Sassoon Musleah Gubbay Nahoum Dangoor Ezra Judah Twena Sopher Abraham Elias Moses".split()),
    # Sino-Jamaicans (Hakka) of Kingston and Toronto: some family names of two words
    "sinojam": (["Delroy", "Winston", "Marcia", "Patsy", "Errol", "Easton", "Sonia", "Maxine", "Glenroy",
                 "Audrey", "Lloyd", "Sharon"],
                ["Chin", "Lyn", "Hew", "Lowe", "Chen-See", "Ho-Lung", "Lee-Chin", "Chin-See", "Ho Sang",
                 "Lee Quee", "Williams-Chin", "Yap"]),
    # Nikkei of São Paulo's Liberdade: a Brazilian given name, then a Japanese one spelt the Portuguese way
    "nikkei": ("Juliana Rodrigo Fernanda Thiago Camila Márcio Patrícia Luciana Eduardo Renata".split(),
               "Yamashita Nakagawa Ueda Okuhara Tanigawa Hashimoto Shimizu Miyazaki Ishikawa Kobayashi".split()),
    # Chaldeans of Detroit's suburbs (Southfield, Sterling Heights, West Bloomfield)
    "chaldean": ("Basim Wisam Fadi Rony Ghassan Sahar Nadia Rita Lina Martin Nahrain Suhail".split(),
                 "Kassab Yono Kallabat Jarbo Sesi Shamoun Najor Denha Yaldo Atisha Konja Arabo".split()),
    # Surinamese Hindustani of Amsterdam Zuidoost and The Hague: Dutch spellings ('oe' for u, 'dj' for j)
    "sarnami": ("Radjesh Soenita Roeshni Ashwin Sharmila Djaienti Ravindre Anoeschka Kiran Shantie Prakash Dewika".split(),
                "Soekhoe Jagessar Ramdin Mangroelal Bissumbhar Ramlal Sewnarain Ramsaroep Baldewsingh Koendjbiharie Ramautar".split()),
    # Anglo-Indians of Kolkata (Bow Barracks, Ripon Street) and their Perth diaspora
    "angloindian": ("Errol Noreen Lionel Glynis Desmond Blossom Cheryl Trevor Marlene Merle Clive Yvonne".split(),
                    "Rozario Gasper Skinner Wallace Lobo Mendes D'Cruz Carapiet Gidney Pinto Brazier Luke".split()),
    # Chinese-Indonesians of Jakarta's Glodok: Indonesian-adopted family names
    "glodok": ("Budi Hendra Lanny Susanti Yohanes Irawati Wenny Rudy Felicia Suryadi Meiliana Kristian".split(),
               "Hartono Gunawan Tanoto Halim Sutanto Kurniawan Santoso Widjaja Tjandra Setiawan Lukito".split()),
}  # fmt: skip
# Filipino doubled nicknames, used as the given name with a Binondo family name ('Jun-Jun Tiangco')
CHINOY_NICKNAMES_HELDOUT33 = [
    "Jun-Jun",
    "Bongbong",
    "Lenlen",
    "Tintin",
    "Dingdong",
    "Bebeng",
    "Chinchin",
    "Popoy",
]
# Japanese given names in the Portuguese spelling Brazilian registries gave them ('Tiemi' for Chiemi)
NIKKEI_MIDDLE_HELDOUT33 = ["Tiemi", "Massayoshi", "Hatiro", "Mitie", "Tiyoko", "Massao", "Sumie", "Hissae",
                           "Tiaki", "Kazuo"]  # fmt: skip
# the Andean or Spanish mother's family name after a Tusán father's
TUSAN_MATERNAL_HELDOUT33 = ["Huamán", "Quispe", "Salazar", "Mendoza", "Rojas", "Paredes", "Lu", "Ccori"]
# Anglo-Indian pet names used as the given name ('Bunty Gasper')
ANGLO_PET_HELDOUT33 = ["Bunty", "Dolly", "Sonny", "Pinky", "Tiny", "Baby", "Buster", "Lulu"]
# invented given names of a made-up root and an urban American ending, and surnames of a made-up root and a
# Dutch-Surinamese ending: ways no earlier set used ('Davonrell Kaloesing')
INVENTED_GIVEN_ROOTS_HELDOUT33 = ["Dav", "Tay", "Jor", "Kes", "Mar", "Shan", "Tre", "Ky"]
INVENTED_GIVEN_ENDS_HELDOUT33 = ["onrell", "quan", "ondra", "ique", "eesha", "rion"]
INVENTED_SURNAME_ROOTS_HELDOUT33 = ["Kalo", "Bhar", "Ramp", "Dew", "Sam", "Toel", "Mang", "Bisn"]
INVENTED_SURNAME_ENDS_HELDOUT33 = ["oe", "dien", "sing", "roep", "oelal"]
# every IBAN country was used by an earlier set: these are countries of big cities and their diasporas
IBAN_SHAPES_HELDOUT33 = {
    "AE": "3n16n", "IL": "19n", "IQ": "4a15n", "BR": "23n1a1c", "NL": "4a10n", "LB": "4n20c", "QA": "4a21c",
    "JO": "4a4n18c", "KW": "4a22c", "BH": "4a14c", "EG": "25n",
}  # fmt: skip
# everyday subjects of this set: nightlife, DJ sets, karaoke, food delivery, ride-hailing, gig apps, flat
# shares, tenancies, laundromats, night buses, trams, metro and e-scooters
CITY_WORDS_HELDOUT33 = ["afterdark", "nightbus", "rider", "courier", "flatshare", "karaoke", "laundromat",
                        "tenants", "guestlist", "darkkitchen", "tram", "scooter", "metro", "decks"]  # fmt: skip
TAGALOG_MONTHS_HELDOUT33 = (
    "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split()
)
ROMAN_MONTHS_HELDOUT33 = "I II III IV V VI VII VIII IX X XI XII".split()
# slips outside the slots: Caps Lock left on with the first letter shifted back down ('cAN'), or an iPhone's
# double space turned into a full stop in mid-sentence ('remind me. to')
CAPS_WORD_HELDOUT33 = re.compile(r"(?<![{\w])[a-z]{3,}(?![}\w])")
DOUBLE_SPACE_HELDOUT33 = re.compile(r"(?<=[a-z]) (?=[a-z])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Chen-See' -> 'chensee',
    'D'Cruz' -> 'dcruz', 'Huamán' -> 'huaman')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name))


def _era(year: int) -> tuple[str, int]:
    """The Japanese era and its year for a Gregorian year (the era's first year counted as 1)."""
    if year >= 2019:
        return "Reiwa", year - 2018
    if year >= 1989:
        return "Heisei", year - 1988
    return "Showa", year - 1925


class Gen33(Gen3):
    """Generators for held-out set 33: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self) -> tuple[str, str, str]:
        """(origin, given name, family name): NAMES_HELDOUT33 with each origin's own rules, or invented
        ('Davonrell Kaloesing')."""
        rng = self.rng
        if rng.random() < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT33) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT33)
            last = rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT33) + rng.choice(INVENTED_SURNAME_ENDS_HELDOUT33)
            return "invented", given, last
        origin = rng.choice(sorted(NAMES_HELDOUT33))
        firsts, lasts = NAMES_HELDOUT33[origin]
        return origin, rng.choice(firsts), rng.choice(lasts)

    def first_last(self) -> tuple[str, str]:
        _, first, last = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last = self._origin_name()
        r = rng.random()
        if r < 0.5:
            name = f"{first} {last}"
            if origin == "tusan" and rng.random() < 0.7:  # two family names, the Chinese father's first
                name = f"{first} {last} {rng.choice(TUSAN_MATERNAL_HELDOUT33)}"
            elif origin == "nikkei" and rng.random() < 0.7:  # a Japanese given name spelt the Portuguese way
                name = f"{first} {rng.choice(NIKKEI_MIDDLE_HELDOUT33)} {last}"
        elif r < 0.62:
            name = first
        elif r < 0.7:
            name = last
        elif r < 0.8:  # a Filipino doubled nickname with a Binondo family name
            name = f"{rng.choice(CHINOY_NICKNAMES_HELDOUT33)} {rng.choice(NAMES_HELDOUT33['chinoy'][1])}"
        elif r < 0.88:  # an Anglo-Indian pet name with the family name
            name = f"{rng.choice(ANGLO_PET_HELDOUT33)} {rng.choice(NAMES_HELDOUT33['angloindian'][1])}"
        else:  # a Sino-Jamaican given name with a two-word Hakka family name
            given, _ = NAMES_HELDOUT33["sinojam"]
            two = rng.choice(["Ho Sang", "Lee Quee", "Chen-See", "Ho-Lung", "Lee-Chin", "Chin-See"])
            name = f"{rng.choice(given)} {two}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 480)
        pick = rng.choice
        shapes = [
            f"{n} Ongpin St, Binondo, Manila 1006",
            f"Unit {rng.randint(2, 30)}{pick('ABCD')}, {n} {pick(['Nueva St', 'Salazar St', 'Benavidez St'])}, Binondo, Manila",
            f"Jr. Ucayali {n}, Cercado de Lima 15001",
            f"Jr. Andahuaylas {n}, int. {rng.randint(1, 40)}, Barrio Chino, Lima",
            f"{n}/{rng.randint(1, 9)} Bow Barracks, Bowbazar, Kolkata 700012",
            f"Flat {rng.randint(1, 12)}{pick('ABC')}, {n} Park Street, Kolkata 700016",
            f"{n} Ripon Street, Kolkata 700016",
            f"Room {rng.randint(1, 40)}, {pick(['Sassoon Building', 'Ezra Mansion', 'Jacob Circle Chawl'])}, Byculla, Mumbai 400027",
            f"{n} Barry Street, Kingston, Jamaica",
            f"Shop {rng.randint(1, 40)}, Half Way Tree Road, Kingston 10",
            f"{n} Pacific Mall Way, Markham, ON L3R 0C4",
            f"Unit {rng.randint(100, 2400)}, {n} Midland Ave, Scarborough, ON M1V 4S7",
            f"Rua Galvão Bueno, {n}, apto {rng.randint(11, 184)}, Liberdade, São Paulo - SP, 01506-000",
            f"{n} W 12 Mile Rd, Southfield, MI 48076",
            f"{n} {pick(['Utica Rd', 'Van Dyke Ave', 'Hall Rd'])}, Sterling Heights, MI 48310",
            f"{pick(['Kraaiennest', 'Ganzenhoef', 'Gravenstein'])} {n}, 1104 {pick(['AB', 'CK', 'TG'])} Amsterdam",
            f"{pick(['Paul Krugerlaan', 'Hoefkade', 'Wolmaransstraat'])} {n}, 2571 {pick(['EV', 'GK', 'JB'])} Den Haag",
            f"Jl. Pancoran No. {n}, RT {rng.randint(1, 12):03d}/RW {rng.randint(1, 9):03d}, Kel. Glodok, Kec. Taman Sari, Jakarta Barat 11120",
            f"Gg. {pick(['Gloria', 'Kali Mati', 'Mangga'])} No. {n}, Glodok, Jakarta 11120",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        word = rng.choice(CITY_WORDS_HELDOUT33)
        user = rng.choice([f"{first}.{word}", f"{word}.{last}", f"{last}.{first[:1]}{rng.randint(1, 99)}",
                           f"{first}{last[:3]}.{word}", f"{first}+{word}", f"{last}_{first}_{rng.randint(1, 99)}",
                           f"{first}{rng.randint(1988, 2006)}", f"{word}-{first}"])  # fmt: skip
        domain = rng.choice(["yahoo.com.ph", "pldtdsl.net", "terra.com.pe", "speedy.com.pe", "rediffmail.com",
                             "vsnl.net", "cwjamaica.com", "rogers.com", "uol.com.br", "bol.com.br", "comcast.net",
                             "ziggo.nl", "kpnmail.nl", "yahoo.co.id", "gmail.com", "outlook.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+63 2 8{d(3)} {d(4)}",  # Manila landline
            f"0927 {d(3)} {d(4)}",  # Philippine mobile, domestic
            f"0998-{d(3)}-{d(4)}",  # Philippine mobile, domestic
            f"+51 1 4{d(2)} {d(4)}",  # Lima
            f"9{d(2)} {d(3)} {d(3)}",  # Peruvian mobile, domestic
            f"+91 33 22{d(2)} {d(4)}",  # Kolkata
            f"022-23{d(2)} {d(4)}",  # Mumbai (Byculla), domestic
            f"(876) 9{d(2)}-{d(4)}",  # Jamaica
            f"647-{d(3)}-{d(4)}",  # Toronto
            f"(11) 9{d(4)}-{d(4)}",  # São Paulo mobile
            f"(248) {d(3)}-{d(4)}",  # Southfield, Michigan
            f"586.{d(3)}.{d(4)}",  # Sterling Heights, dotted
            f"020-{d(3)} {d(4)}",  # Amsterdam
            f"06-{d(8)}",  # Dutch mobile, domestic
            f"(021) 6{d(3)} {d(3)}",  # Jakarta (Glodok)
            f"0812-{d(4)}-{d(4)}",  # Indonesian mobile, domestic with dashes
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("2221", 16), ("37", 15), ("3528", 16), ("636368", 16),
                                     ("652150", 16), ("62", 19), ("4", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length == 15:
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # middle dots (U+00B7), as some receipt printers and bank apps draw the gaps
            return "\u00b7".join(groups)
        if r < 0.7:  # one-dot leaders (U+2024), as a ride app's receipt e-mail gives them
            return "\u2024".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT33))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT33[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        """A public or private IPv4 address (the mixed sentences put it in commands that take v4 only)."""
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): club, door, karaoke, dark-kitchen, courier, scooter, laundromat,
        flat-share, intercom, car-park, night-bus and parcel-locker chat; AzuraCast, Solidtime, Ghostfolio,
        Linkding, HedgeDoc, Bagisto, pretalx, Hi.Events and HomeBox pastes, Art-Net, sACN and RTSP, v4 and v6;
        `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:4450:{h()}::{h()}", f"2800:200:{h()}:{h()}::{h()}", f"2001:1388:{h()}::{h()}",
                         f"2804:{h()}:{h()}:{h()}::{h()}", f"2403:{h()}:{h()}::{h()}", f"2a02:a40:{h()}::{h()}",
                         f"2001:448a:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the club's lighting desk is on {}, don't unplug it before the headliner", v4),
            ("door scanner at the club keeps losing the guest list, it's {}", v4),
            ("karaoke box in room 7 is {}, the song list won't load", v4),
            ("the dark kitchen's order tablet dropped off, it was {}", v4),
            ("my bike tracker last reported from {} before the battery died", rng.choice([v4, v6])),
            ("the scooter dock outside the station shows {} on its screen", v4),
            ("laundromat card reader is on {}, it ate my top-up", v4),
            ("our flat-share router is {}, who changed the wifi name", v4),
            ("the building intercom answers on {}, landlord won't fix it", v4),
            ("car park barrier controller is {}, it's stuck open again", v4),
            ("night bus display at the stop is pinging {}", rng.choice([v4, v6])),
            ("parcel locker in the lobby keeps calling home to {}", rng.choice([v4, v6])),
            ("the rent strike site got hammered from {} last night", rng.choice([v4, v6])),
            ("AZURACAST_HTTP_HOST={}", v4),
            ("DB_HOST={}", rng.choice([v4, v6])),
            ("DATABASE_HOST={}", v4),
            ("LD_DB_HOST={}", v4),
            ("CMD_DB_HOST={}", v4),
            ("pretalx.cfg:\n[database]\nhost={}", v4),
            ("HOMEBOX_WEB_HOST={}", v4),
            ("REDIS_HOST={}", v4),
            ("Art-Net node {} universe 2 not responding", v4),
            ("sACN source {} priority 100", v4),
            ("rtsp://{}:554/Streaming/Channels/101", v4),
            ("Hi.Events: trusted proxy [{}]", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"N{rng.randint(1, 99)}-Nightbus{rng.choice('!#*')}",
                f"{rng.choice([120, 124, 128, 132, 140, 174])}bpm-{rng.choice(['Techno', 'House', 'Jungle', 'Amapiano', 'Dembow'])}{rng.choice('!?')}",
                f"{rng.choice(['Negroni1:1:1', 'Daiquiri2:1:0.75', 'Paloma2:4:0.5', 'Sidecar2:1:1'])}",
                f"Flat{rng.randint(1, 40)}{rng.choice('ABCD')}/Floor{rng.randint(1, 12)}",
                f"Rider{rng.randint(1000, 9999)}${rng.choice(['Zone', 'Hub', 'Shift'])}{rng.randint(1, 9)}",
                f"{rng.choice(['P4nc1t-C4nt0n', 'Ch1f4Lim4', 'J3rkCh1ck3n', 'S1ops4o', 'R0t1B1jl', 'L0m4S4lt4d0'])}{rng.randint(1, 99)}",
                f"{w().capitalize()}.{w().capitalize()}.{w().capitalize()}.{rng.randint(10, 99)}",
                f"{rng.choice(['Liberdade', 'Binondo', 'Glodok', 'Bijlmer', 'Byculla'])}{rng.choice('-@')}{rng.choice(['Yakisoba', 'Siopao', 'Roti', 'Bakmi', 'Pastel'])}{rng.randint(1, 99)}",
                f"{rng.choice(['LineB', 'Linha1', 'L2', 'TransJakarta', 'MRT3'])}#{rng.choice(['Sé', 'Cubao', 'Kota', 'Holendrecht'])}{rng.randint(1, 9)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("wrote {} on the back of my club wristband so I don't forget it", pw),
            ("the guest list password at the door tonight is {}", pw),
            ("there's a sticky under the delivery tablet, it says {}", pw),
            ("house group chat: the shared streaming login is {}, don't change it", pw),
            ("landlord says the key lockbox is {}", d(4)),
            ("the laundromat top-up card pin is {}", d(4)),
            ("we all use the same rider app login for the cash shifts, it's {}", pw),
            ("tenants' union meeting room door code is {}", d(5)),
            ("night manager set the till to {} at closing", pw),
            ("karaoke box wants {} before it plays anything", d(4)),
            ("bike lock on the delivery ebike is {}", d(4)),
            ("the flat's new wifi is {} btw", pw),
            # cues in languages and dialects no earlier set used
            ("ang password ng wifi ay {}", pw),
            ("yung pass ng wifi sa condo, {} daw", pw),
            ("di passwud a {}, nuh tell nobody", pw),
            ("u password d'wifi {} ile", pw),
            ("a paswort na {}", pw),
            ("the password, men, is {}", pw),
            # pastes
            ("AZURACAST_DB_PASSWORD={}", pw),
            ("MYSQL_ROOT_PASSWORD={}", pw),
            ("APP_KEY=base64:{}", tok(43, alnum + "+/") + "="),
            ("ACCESS_TOKEN_SALT={}", tok(64, hexl)),
            ("ACTUAL_PASSWORD={}", pw),
            ("LD_SUPERUSER_PASSWORD={}", pw),
            ("CMD_SESSION_SECRET={}", tok(32, alnum)),
            ("CMD_DB_URL=postgres://hedgedoc:{}@db:5432/hedgedoc", tok(20, alnum)),
            ("pretalx.cfg:\n[database]\npassword={}", pw),
            ("JWT_SECRET={}", tok(48, alnum)),
            ("HBOX_OPTIONS_ADMIN_PASSWORD={}", pw),
            ("SUMUP_API_KEY={}", "sup_sk_" + tok(32, alnum)),
            ("DENO_DEPLOY_TOKEN={}", "ddp_" + tok(36, alnum)),
            ("FLY_API_TOKEN={}", "fo1_" + tok(43, alnum + "_-")),
            ("TOGETHER_API_KEY={}", "tgp_v1_" + tok(43, alnum + "_-")),
            ("E2B_API_KEY={}", "e2b_" + tok(40, hexl)),
            ("VOLC_ACCESSKEY={}", "AKLT" + tok(40, alnum)),
            ("$ mysql -h db -u azuracast -p{} azuracast", pw),
            ("$ curl -u rider:{} https://orders.local/api", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_after_dark', 'rider.x.42', 'x.in.binondo')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}_after_dark",
                f"rider.{first}.{rng.randint(10, 99)}",
                f"{first}.in.{rng.choice(['binondo', 'liberdade', 'glodok', 'bijlmer', 'byculla'])}",
                f"flat{rng.randint(1, 20)}{rng.choice('abc')}_{first}",
                f"{first}_on_the_n{rng.randint(1, 99)}",
                f"dj.{last}.b2b",
                f"{first}.room.wanted",
                f"nightshift_{last}",
                f"{last}.kitchen.{rng.choice(['ph', 'pe', 'br', 'nl', 'id'])}",
                f"{first}_the_courier",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        era, ey = _era(year)
        return {
            "tl": f"ika-{day} ng {TAGALOG_MONTHS_HELDOUT33[m - 1]} {year}",  # Tagalog
            "roman": f"{day}.{ROMAN_MONTHS_HELDOUT33[m - 1]}.{year}",  # the month in Roman numerals
            "era": f"{era} {ey}-nen {m}-gatsu {day}-nichi",  # Japanese era year, romanised
            "ruby": f"{year}, {m}, {day}",  # inside Ruby's Date.new(...)
            "cs": f"{year}, {m}, {day}",  # inside C#'s new DateOnly(...)
            "xl": f"{year}-{m:02d}-{day:02d}",  # inside Excel's DATEVALUE("...")
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["tl", "roman", "era"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the tenancy application wants my date of birth, it's {}", any_shape),
            ("rider onboarding asked for my birthday, I put {}", any_shape),
            ("the guest list needs dob for the id check, mine's {}", any_shape),
            ("my SpareRoom profile says born {}, is that too much info", any_shape),
            ("ipinanganak ako noong {}", s["tl"]),
            ("birthday ko ay {}, sa Binondo", s["tl"]),
            ("baptism register, Kolkata: b. {}", s["roman"]),
            ("zairyū card copy says born {}", s["era"]),
            ("Date of birth (as on passport): {}", any_shape),
            ("born = Date.new({})", s["ruby"]),
            ("var dob = new DateOnly({});", s["cs"]),
            ('=DATEVALUE("{}")', s["xl"]),
        ]  # fmt: skip
        return _pick_chat_or_not(rng=self.rng, options=options, chat=chat, key=lambda o: o[0])


HELDOUT33_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on the decks from 2 till close",
        "{} got us on the guest list, say thanks",
        "{} sang the whole of My Way at karaoke again",
        "{} runs the dark kitchen behind the car wash",
        "{} did forty deliveries in the rain last night",
        "{} is picking us up, look for a grey Vios",
        "{} covered my shift at the bar, I owe her",
        "{} is moving into the box room next month",
        "{} is the new landlord, wants the deposit by friday",
        "{} organised the rent strike on our block",
        "{} left her washing in machine 4 again",
        "{} missed the last tram and walked home",
        "{} found the scooter in the canal lol",
        "{} runs the siopao stall on Ongpin",
        "{} has the chifa on Capón now, best wantán in Lima",
        "remind me to pay {} back for the taxi",
        "can you write a flat-share ad, me and {} need a third",
        "tell {} the bouncer said no trainers",
        "I still owe {} for the pizza",
        "send {} the rota for next week",
        "DJ {} b2b with the resident till 6",
        "MC {} is hosting the open mic",
        "Chef {} wants the fryer fixed before service",
        "{} (rider #4471) marked the order delivered but it never came",
        "+1 for {}",
        "Landlord: {}",
        "Tenant: {}",
        "Guarantor: {}",
        "Flatmate: {}",
        "Closing shift: {}",
        "Member: {}",
        '"driver_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the afterparty is at {}, ring twice",
        "my delivery keeps going to {} instead of mine",
        "the viewing is at {}, 6pm",
        "drop the keys at {}",
        "the new flat is {}, come over saturday",
        "Pickup: {}",
        "Property address: {}",
        "Deliver to: {}",
        '"dropoff_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the tenancy papers to {}",
        "the promoter's email is {}",
        "the landlord only answers {}",
        "my rider account is under {}",
        "put {} on the guest list mailer",
        "Booking contact: {}",
        '"courier_email": "{}",',
        "AZURACAST_ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the bouncer's number is {}",
        "call the dark kitchen on {}",
        "text the landlord on {}, he never picks up",
        "my driver's number is {}",
        "ring the laundromat on {} about the broken dryer",
        "Rider phone: {}",
        "Emergency contact (tenant): {}",
        '"customer_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the bar tab went on {}",
        "I paid the deposit with {}",
        "put the uber on {}",
        "the club tickets came off {}",
        "Card on file: {}",
        '"payment_card": "{}",',
    ],
    "IBAN_CODE": [
        "pay my share of the rent into {}",
        "the DJ wants the fee sent to {}",
        "send the deposit back to {}",
        "the tenants' union strike fund is {}",
        "Rent account (IBAN): {}",
        "IBAN for payouts: {}",
    ],
    "USERNAME": [
        "I'm {} on SpareRoom, message me about the room",
        "my Gumtree name is {}",
        "selling the sofa on OLX as {}",
        "find me on Carousell, {}",
        "my Resident Advisor profile is {}",
        "Deliveroo has me as {}",
        "my Glovo rider account is {}",
        "on iFood I'm {}",
        "my Gojek driver ID name is {}",
        "Foodpanda login {}",
        "Lalamove username: {}",
        '"citymapper_user": "{}",',
    ],
}
HELDOUT33_MIXED = [
    ("Landlord: {}, phone {}", ["PERSON", "PHONE_NUMBER"]),
    ("Tenant: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("{} is dropping off at {}", ["PERSON", "STREET_ADDRESS"]),
    ("AZURACAST_ADMIN_EMAIL={}\nAZURACAST_DB_PASSWORD={}", ["EMAIL_ADDRESS", "SECRET"]),
    ("$ mysql -h {} -u {} -p{}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} said the flat wifi is {}", ["PERSON", "SECRET"]),
    ("my SpareRoom name is {}, rent goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the promoter {} ({}) still hasn't paid", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the bar tab with {}", ["PERSON", "CREDIT_CARD"]),
    ("DJ {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("$ curl -u {}:{} http://{}/api/orders", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("Rider: {}\nPhone: {}", ["PERSON", "PHONE_NUMBER"]),
]  # fmt: skip
HELDOUT33_NEGATIVES = [
    "Ongpin Street is the heart of Binondo",
    "Binondo is said to be the oldest Chinatown in the world",
    "the Barrio Chino in Lima starts at Jirón Ucayali",
    "a chifa is a Chinese-Peruvian restaurant",
    "Bow Barracks in Kolkata gets decorated every Christmas",
    "Nahoum's bakery is in New Market",
    "Byculla has the Magen David synagogue",
    "Half Way Tree is the busiest crossroads in Kingston",
    "Liberdade station is on line 1 of the São Paulo metro",
    "Rua Galvão Bueno has the red lanterns",
    "Sterling Heights has a big Chaldean community",
    "the Bijlmer was built as a city of the future in the sixties",
    "Glodok is Jakarta's old Chinese quarter",
    "in Binondo many family names end in -co, like a grandfather's title",
    "in Peru you carry your father's family name and then your mother's",
    "Ho Sang is one family name in Jamaica, not a given name and a family name",
    "Brazilian registries spelt Chiemi as Tiemi",
    "Dutch spelling writes the u sound as oe, so Sukhu became Soekhoe",
    "Jun-Jun is what Filipinos call a junior",
    "Bunty is a pet name, nobody is christened that",
    "Flower was a common girl's name among Baghdadi Jews in Calcutta",
    "the club opens at 11 and the queue starts at 10",
    "the headliner goes on at 3",
    "two-for-one cocktails before 9",
    "the karaoke box is 20 an hour",
    "delivery fee is waived over 15",
    "the dark kitchen does four brands out of one fryer",
    "surge pricing was 2.4x after the concert",
    "riders get paid per drop, not per hour",
    "the box room is 650 a month bills included",
    "deposit is five weeks' rent",
    "the tenants' union meets every second Thursday",
    "the dryer takes 1 coins only",
    "the N29 runs every 12 minutes after midnight",
    "last tram is at 00:40",
    "scooters are banned on the pavement from June",
    "a monthly metro card is 89",
    "the gig is on 14 March 2026",
    "the lease starts 1/09/2026",
    "the club's opening night was 3 November 2018",
    "order #DLV-88213 is running late",
    "booking ref 7XK42P for the karaoke room",
    "route 38 is diverted this weekend",
    "flat 12B is the one with the balcony",
    "rider #4471 is two minutes away",
    "upgraded AzuraCast to 0.20.2 last night",
    "fixed in commit 3e9b1c0, see the release notes",
    "Ghostfolio v2 moved the benchmarks page",
    "AZURACAST_HTTP_PORT=80",
    "CMD_DOMAIN=pad.example.org",
    "LD_DISABLE_BACKGROUND_TASKS=True",
    "APP_ENV=production",
    "HBOX_MODE=production",
    "ACTUAL_PASSWORD=changeme",
    "JWT_SECRET=<generate a long random string>",
    "PIN: ****",
    "card 4242 4242 4242 4242 is the test card",
    "IBAN NL91 ABNA 0417 1643 00 is the example in the docs",
    "write to tenant@example.com on the form",
    "198.51.100.23 is a documentation address",
    "2001:db8:33::7 is a documentation address",
    "in the Philippines dial 911, in Peru 105 for the police",
    "Jamaica's police number is 119",
    "see you at the door at midnight",
    "who ate my leftovers",
    "the washing machine is flooding again",
    "can you remind me to top up my metro card",
    "we're out of milk and bin bags",
    "the neighbours' party is still going",
    "my rider app crashed mid-order",
    "the landlord finally fixed the boiler",
    "a sober taxi home beats the night bus",
    "the lift is out again, six floors with the shopping",
    "remind me the bins go out on Tuesday",
    "rent is due on the first",
    "cancel the order, it's been an hour",
    "the DJ played too long, nobody minded",
    "bring cash, the bar's card machine is down",
    "the intercom buzzes but the door won't open",
    "anyone seen my keys",
    "great night, same again next week",
]  # fmt: skip


def _typo33(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': Caps Lock left on with the first letter shifted
    back down in one word ('can' -> 'cAN'), or an iPhone's double space turned into a full stop in
    mid-sentence ('remind me to' -> 'remind me. to'). Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    words = list(CAPS_WORD_HELDOUT33.finditer(template))
    if words and rng.random() < 0.5:
        m = rng.choice(words)
        word = m.group(0)
        return template[: m.start()] + word[0] + word[1:].upper() + template[m.end() :]
    gaps = list(DOUBLE_SPACE_HELDOUT33.finditer(template))
    if gaps:
        m = rng.choice(gaps)
        return template[: m.start()] + ". " + template[m.end() :]
    return template


def build_heldout33(seed: int = HELDOUT33_SEED) -> list[Example]:
    """Held-out set 33: `Gen33` values in `HELDOUT33_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen33(seed)
    return assemble_module_set(
        gen, HELDOUT33_TEMPLATES, HELDOUT33_MIXED, HELDOUT33_NEGATIVES, _typo33, person=None
    )
