"""Held-out PII set 78 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout78": written before round 49 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT78 is empty, as for
held-out 16 to 76; written at the same time as held-out 77, the two authors split the world between them: 78
takes night work (night-shift factory and abattoir crews, early-shift bakers, security guards and night
porters, night taxi dispatch, 24-hour laundrettes and petrol stations, night buses, office and hospital
night cleaners, late-night radio call-ins, dawn market traders), 77 takes work on the land); hand-written
lists of the Kittitians of Basseterre, Sandy Point and Cayon on St. Kitts, night porters of the Frigate Bay
hotels, the port's night watch and security guards on the late patrol (Kittitian given names ('Glenroy',
'Linford', 'Calvert', 'Icilma', 'Maudlyn', 'Lornette'), St. Kitts family names ('Liburd', 'Skerritt',
'Amory', 'Mussenden', 'Condor', 'Manners'), a guard roster's 'FAMILY I.' ('LIBURD G.'), a middle initial
('Linford A. Skerritt'), a night audit's 'Family, Given', and 'Miss' before a woman's and 'Bredda' before a
man's given name, outside the span: 'Icilma Amory', 'SKERRITT L.', 'Miss Maudlyn', 'Bredda Calvert'), the
people of Isan (Khon Kaen, Roi Et, Surin and Buriram) driving Bangkok's night taxis, on its taxi radio's
dispatch desk, calling the late-night traffic radio, guarding condos and cleaning its offices at night
(Thai given names as Isan families choose them ('Somsak', 'Thongchai', 'Boonsong', 'Kannika', 'Wanpen',
'Sommai'), Isan family names ('Phonsawat', 'Saenmuang', 'Sriwichai', 'Khamphiban', 'Chanthabut'), the
everyday nickname alone ('Lek', 'Daeng', 'Nok', 'Tum'), a dispatch screen's given name and family initial
('Somsak P.'), and 'Khun' before a given name, 'Lung' (uncle) and 'Pa' (aunt) before a nickname or a given
name, outside the span: 'Wanpen Saenmuang', 'Thongchai K.', 'Lung Daeng', 'Pa Nok'), the Cocos Malays of
Katanning in Western Australia and of Home Island, the abattoir's night-shift boning-room crews and a
roadhouse's night staff (Cocos Malay given names ('Anuar', 'Johari', 'Sebli', 'Nursia', 'Hapsah',
'Kamsia'), the father's name as a family name as Australian papers write it ('Minkom', 'Pirus', 'Yapat',
'Chongkin'), 'bin' and 'binti' with the father's name ('Anuar bin Sapri', 'Nursia binti Hamid'), and 'Pak'
and 'Mak' before a given name, outside the span) and the Djerbans of Houmt Souk, Midoun and Erriadh,
early-shift bakers in Tunis and Paris, night grocers and the dawn fish auction's traders (Tunisian-French
given names ('Hédi', 'Moncef', 'Béchir', 'Mongia', 'Naziha', 'Saïda'), Djerban family names ('Ben Yedder',
'Jerbi', 'Bouhlel', 'Guellali', 'Bezzine', 'Ben Hamida'), a French register's 'FAMILY Given' ('BEN YEDDER
Hédi'), a Tunisian ID's given name, 'ben' and the father's and the family's ('Hédi ben Moncef Jerbi'), and
'Hajj' and 'Hajja' before a given name, outside the span); names on a shift handover log, a key-holder list,
a rota swap, a guard's occurrence book, a radio dedication and a call-in screen, a programme's credits, a
laundrette's service-wash ticket, a bakery's invoice and a fish auction's tally; a security firm, a taxi
cooperative, a bakery or a roadhouse that carries a family name ('Liburd Security Services', 'Boulangerie
Ben Yedder', 'Minkom Roadhouse', 'Saenmuang Taxi Co-op') no person either, a shift, a gate, a locker, a bus
route, a pump or a taxi's number no secret; a handover log's ('Handed over by:', 'Taken over by:'), a
key-holder list's ('Key holder 2:', 'Alarm contact:'), a rota's ('Swap with:', 'Night lead:'), an occurrence
book's ('Officer on duty:', 'Patrol 02:00 by:'), a night porter's ('Night porter:', 'Night audit:'), a taxi
dispatch screen's ('Driver:', 'Caller:'), a radio call-in screen's ('Line 2:', 'Dedication from:',
'Dedication to:'), credits' ('Presented by:', 'Producer:'), a laundrette's ('Service wash for:'), a
bakery's ('Fournée de 4h:', 'Facture au nom de:'), a fish auction's ('Acheteur:', 'Crieur:'), an abattoir's
('Boning room B shift:', 'Leading hand:'), a petrol station's ('Night cashier:') and a hospital cleaning
log's ('Ward cleaned by:') fields; over three quarters of the sentences typed to the bot or a friend: the
shift swap for friday night, who has the keys at 3 am, the alarm going off at the warehouse, the taxi that
never turned up and the dispatcher on the radio, the night bus that skipped the stop, the laundrette's
machine that ate the coins, the pump that jammed at the petrol station, the bakery's first batch at 4, the
fish auction at dawn, the ward cleaned before the day shift and a song dedicated on the late show;
self-hosted apps' config no earlier set pasted: Open Source Point of Sale's .env for a petrol station's
till, Moonfire NVR's camera setup for the guards' cameras, Peppermint's .env for the night cleaners'
helpdesk and Floreant POS's floreantpos.properties for the bakery's till; those regions' addresses (St.
Kitts' '#14 Cayon Street, Basseterre, St. Kitts' and a village's 'Tabernacle Village, Christ Church Nichola
Town, St. Kitts' without a postcode, Bangkok's condo room and soi, 'Room 1208, 88 Soi Sukhumvit 77, Suan
Luang, Bangkok 10250', and Khon Kaen's '123/45 Mittraphap Rd, Nai Mueang, Mueang Khon Kaen, Khon Kaen
40000', Katanning's '14 Austral Tce, Katanning WA 6317' and Home Island's 'Lot 212, Jalan Bunga Kangkong,
Home Island, Cocos (Keeling) Islands WA 6799', Djerba's 'Rue Habib Bourguiba, 4180 Houmt Souk, Djerba',
Midoun's road kilometre and a Paris night grocer's '23 rue de la Roquette, 75011 Paris') and phones (St.
Kitts' '+1 869 465' and '869-466' and mobiles '869-66x' and '869-76x', Bangkok's '02' and Thai mobiles
'08x', '09x' and '06x' and '+66', Khon Kaen's '043' and Surin's '044', Katanning's '(08) 9821', Australian
mobiles '04xx' and '+61 4', Home Island's '+61 8 9162', Djerba's '+216 75 6' and Tunisian mobiles 2x, 5x
and 9x, Paris '01' and French mobiles '06' and '07'); Visa, Mastercard 51 and 2221, Amex 37, JCB 35 and
Discover 6011 as a laundrette's top-up, a taxi fare, a bakery's flour order or a petrol station's fuel
take them; IBANs of Tunisia, France, the United Kingdom and Israel (a Djerban's Tunisian and Paris
accounts, a Kittitian porter's in Leicester and an Isan worker's from the farms in Israel); IPs of a
guard's camera, a laundrette's payment kiosk, a petrol pump's controller, a taxi meter's tracker, a bakery
oven's controller, a radio studio's phone hybrid, the abattoir's chiller sensor, a night bus's wifi, a
hospital's cleaning-log tablet and the pastes above, v6 in 2001:8003:, 2405:9800:, 2c0f:f698: and 2605:a000:
ranges; passwords handed over in ways no earlier set used (in the guard's occurrence book, on the back of
the key-holder list, on the dispatch desk's whiteboard, inside the night bus cab door, on a service-wash
ticket, under the petrol station's till drawer, on the proving-room door, on the abattoir's locker tag, on
the cleaning trolley's log sheet, on the fish auction's tally pad), St. Kitts ('Basseterre869!',
'FrigateBay#465'), Isan ('KhonKaen40000', 'Surin@044'), the Cocos ('Katanning6317', 'HomeIsland_6799'),
Djerba ('HoumtSouk4180', 'Midoun#75'), night words in leetspeak ('n1ght5h1ft', 'gr4veyard'), a shift and a
gate ('Shift3-Gate7714') and a pump and a till ('Pump04-Till2'), and cues in Kittitian English ('the code is
..., keep it quiet'), Isan-laced English ('password ..., bo bok phai na'), Malay ('kata laluan ..., jangan
bagi tau sesiapa') and Tunisian derja in Latin letters ('el code howa ..., ma t9oulou l7atta 7ad');
usernames on When I Work, Homebase, 7shifts, Rotaready, Planday, Quinyx, WorkJam, Tayara, Kaidee, LINE MAN
and JobsDB, shapes like 'x.nights', 'x-gy4', 'x_3am', 'xx.patrol', 'x.x.kn', 'djerba.x' and 'x2shift'; dates
of birth for a guard's licence, a taxi driver's permit, the abattoir's induction, a night porter's hotel
file, a bakery's contract and a radio contest's entry, in Kittitian English with 'the ... of' ('born the
14th of March 1958'), a St. Kitts passport's '14 MAR 1958', a Thai ID card's English line ('14 Mar.
1958'), an Australian form's '14/03/1958', Malay ('lahir 14 Mac 1958'), French ('né le 14 mars 1958'),
Tunisian derja in Latin letters ('tzedt nhar 14 mars 1958') and an export's ISO date; typos as someone types
at the end of a night shift: a night word's well-known misspelling ('security' -> 'securty', 'guard' ->
'gaurd', 'dispatch' -> 'dispach', 'occurrence' -> 'occurence', 'abattoir' -> 'abbatoir'), or a tired
shorthand creeping into chat ('tonight' -> 'tonite', 'night' -> 'nite', 'because' -> 'coz', 'morning' ->
'mornin'); negatives with the same regions' places, the titles and the name forms explained, shift, gate,
locker, pump, route and taxi numbers alone, times, fares, wages and prices, opening hours, dates that are no
birthdays, postcodes alone, businesses named after families, versions, a commit, placeholder secrets, a
masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), helpline numbers
every user shares, radio frequencies, and short everyday chat; no public figure is named).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata

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

HELDOUT78_SEED = 8163094
# no faker name locale, as in held-out 16 to 76: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT78: list[str] = []
# night work (held-out 77, written at the same time, takes work on the land); each origin: (men's given
# names, women's given names, family names); ';' separates names throughout, as some hold a space
NAMES_HELDOUT78: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Kittitians of Basseterre, Sandy Point and Cayon: night porters, the port's night watch, security guards
    "kittitian": ("Glenroy;Linford;Calvert;Alistair;Denzil;Shelton;Lennox;Elroy;Vaughn;Clement".split(";"),
                  "Icilma;Maudlyn;Lornette;Verna;Eudora;Joycelyn;Sharmaine;Hyacinth;Euphemia;Claudette".split(";"),
                  "Liburd;Skerritt;Amory;Mussenden;Condor;Manners;Pemberton;Hanley;Phipps;Wilkin;Isaac;Bradshaw".split(";")),
    # Isan people in Bangkok: night taxis, the taxi radio's dispatch, condo guards and office night cleaners
    "isan": ("Somsak;Thongchai;Boonsong;Prasit;Sombat;Chaiwat;Kittisak;Wichai;Anan;Surasak".split(";"),
             "Kannika;Wanpen;Sommai;Buaphan;Ratchanee;Pranee;Sunisa;Chanpen;Kanya;Duangjai".split(";"),
             "Phonsawat;Saenmuang;Sriwichai;Khamphiban;Chanthabut;Phimphakan;Bunsiri;Kaewprasoet;Sisawat;Inthasan;Phromma;Wongkhamsao".split(";")),
    # Cocos Malays of Katanning and Home Island: the abattoir's night shift and a roadhouse's night staff
    # (the family list is the father's name, written as a family name or after 'bin' and 'binti')
    "cocos": ("Anuar;Johari;Sebli;Mokta;Sapri;Aindil;Kadir;Rahim;Yapat;Bynie".split(";"),
              "Nursia;Hapsah;Kamsia;Aminah;Rohana;Sitti;Zubaidah;Rosnah;Jasmah;Halimah".split(";"),
              "Minkom;Pirus;Yapat;Chongkin;Sapri;Mokta;Bynie;Hamid;Kassim;Dolmat;Iku;Lampoh".split(";")),
    # Djerbans of Houmt Souk, Midoun and Erriadh: early-shift bakers in Tunis and Paris, the dawn fish auction
    "djerba": ("Hédi;Moncef;Béchir;Taoufik;Slaheddine;Habib;Noureddine;Lotfi;Fethi;Chedly".split(";"),
               "Mongia;Naziha;Saïda;Latifa;Jamila;Zakia;Néjia;Samira;Fadhila;Radhia".split(";"),
               "Ben Yedder;Jerbi;Bouhlel;Guellali;Bezzine;Ben Hamida;Mhirsi;Jallouli;Baccouche;Ghandri;Mabrouk;Ben Ayed".split(";")),
}  # fmt: skip
# the everyday nicknames Isan families give, said alone far more than the given name
ISAN_NICKNAMES_HELDOUT78 = {
    False: "Lek;Daeng;Tum;Ek;Bank;Noom;Toon;Bird".split(";"),
    True: "Nok;Noi;Pla;Aom;Joy;Nong;Kung;Fon".split(";"),
}
# a title next to the name (outside the span), with the origin, whether a woman (None: either) and what it
# goes with ("given" or "nick")
TITLED_HELDOUT78: dict[str, tuple[str, bool | None, str]] = {
    "miss": ("kittitian", True, "given"),  # the Caribbean's 'Miss' before an older woman's given name
    "bredda": ("kittitian", False, "given"),  # 'brother', to a man one works beside
    "khun": ("isan", None, "given"),  # the polite Thai 'Khun' before a given name
    "lung": ("isan", False, "nick"),  # uncle, to an older man
    "pa": ("isan", True, "nick"),  # aunt, to an older woman
    "pak": ("cocos", False, "given"),  # Malay 'Pak', to an older man
    "mak": ("cocos", True, "given"),  # and 'Mak', to an older woman
    "hajj": ("djerba", False, "given"),  # to a man back from the pilgrimage, or just an older one
    "hajja": ("djerba", True, "given"),
}
TITLE_SLOT_HELDOUT78 = re.compile(
    r"(?<![\w'.-])(Miss|Bredda|Khun|Lung|Pa|Pak|Mak|Hajja|Hajj) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Djerban's Tunisian and Paris accounts, a Kittitian porter's in Leicester and
# an Isan worker's from the farms in Israel
IBAN_SHAPES_HELDOUT78 = {"TN": "20n", "FR": "10n11c2n", "GB": "4a14n", "IL": "19n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT78 = ["nightshift", "graveyard", "nightporter", "patrol", "dispatch", "taxiradio", "laundrette",
                      "servicewash", "roadhouse", "pump4", "nightbus", "boulangerie", "fournee", "criee",
                      "boningroom", "lateshow", "callin", "wardclean", "keyholder", "handover"]  # fmt: skip
# a night word and its well-known misspelling
MISSPELT_HELDOUT78 = {
    "security": "securty", "guard": "gaurd", "dispatch": "dispach", "occurrence": "occurence",
    "abattoir": "abbatoir", "colleague": "collegue", "business": "buisness", "believe": "beleive",
    "until": "untill", "tired": "tierd", "weird": "wierd", "early": "erly", "bakery": "bakary",
    "supervisor": "supervisior", "overtime": "overtyme",
}  # fmt: skip
MISSPELT_WORD_HELDOUT78 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT78, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a tired shorthand creeping into chat
TIRED_HELDOUT78 = {
    "tonight": "tonite", "night": "nite", "because": "coz", "morning": "mornin", "tomorrow": "tmr",
    "please": "plz", "going to": "gonna", "want to": "wanna", "thanks": "ty", "about": "abt",
}  # fmt: skip
TIRED_WORD_HELDOUT78 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(TIRED_HELDOUT78, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Hédi' -> 'Hedi', 'Saïda' -> 'Saida')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Ben Yedder' -> 'benyedder',
    'Néjia' -> 'nejia')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _ordinal(day: int) -> str:
    """'1st', '2nd', '3rd', '14th', '22nd'."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


class Gen78(Gen3):
    """Generators for held-out set 78: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT78; a Cocos Malay's 'family
        name' is the father's name, never the person's own."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT78))
        men, women, lasts = NAMES_HELDOUT78[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "kittitian":
            if r < 0.2:  # a guard roster: 'LIBURD G.'
                return f"{last.upper()} {first[0]}."
            if r < 0.35:  # a middle initial: 'Linford A. Skerritt'
                return f"{first} {rng.choice('ABCDEGJLMRSTW')}. {last}"
            if r < 0.5:  # a night audit: 'Skerritt, Linford'
                return f"{last}, {first}"
        if origin == "isan" and r < 0.3:  # a dispatch screen: 'Somsak P.'
            return f"{first} {last[0]}."
        if origin == "cocos" and r < 0.4:  # 'Anuar bin Sapri', 'Nursia binti Hamid'
            return f"{first} {'binti' if woman else 'bin'} {last}"
        if origin == "djerba":
            if r < 0.25:  # a French register: 'BEN YEDDER Hédi'
                return f"{last.upper()} {first}"
            if r < 0.4:  # a Tunisian ID: 'Hédi ben Moncef Jerbi'
                father = rng.choice([x for x in NAMES_HELDOUT78["djerba"][0] if x != first])
                return f"{first} ben {father} {last}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.66:
            name = self._full(origin, first, last, woman)
        elif r < 0.87:
            name = rng.choice(ISAN_NICKNAMES_HELDOUT78[woman]) if origin == "isan" and r < 0.8 else first
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Miss Maudlyn', 'Bredda Calvert', 'Khun Wanpen', 'Lung
        Daeng', 'Pa Nok', 'Pak Sebli', 'Mak Kamsia', 'Hajj Béchir', 'Hajja Mongia'), from the origin that
        uses it."""
        origin, woman, goes_with = TITLED_HELDOUT78[title.lower()]
        _, first, _, is_woman = self._origin_name(origin, woman)
        if goes_with == "nick" and self.rng.random() < 0.7:
            return self.rng.choice(ISAN_NICKNAMES_HELDOUT78[is_woman])
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT78.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 240)
        shapes = [
            f"#{n} {pick(['Cayon Street', 'Central Street', 'Fort Street', 'Victoria Road', 'Cayon Road'])}, Basseterre, St. Kitts",
            f"{pick(['Upper Bird Rock', 'Fortlands', 'Lodge Project', 'Newtown', 'McKnight'])}, Basseterre, St. Kitts",
            f"{pick(['Tabernacle Village, Christ Church Nichola Town', 'Cayon Village, St. Mary Cayon', 'Sandy Point Town, St. Anne Sandy Point', 'Old Road, St. Thomas Middle Island'])}, St. Kitts",
            f"Room {rng.randint(2, 30)}{rng.randint(1, 30):02d}, {rng.randint(1, 299)} Soi Sukhumvit {rng.randint(2, 101)}, {pick(['Suan Luang', 'Phra Khanong', 'Bang Chak'])}, Bangkok 10250",
            f"{rng.randint(1, 199)}/{rng.randint(1, 300)} Soi Ramkhamhaeng {rng.randint(2, 190)}, Hua Mak, Bang Kapi, Bangkok 10240",
            f"{rng.randint(1, 399)}/{rng.randint(1, 99)} Mittraphap Rd, Nai Mueang, Mueang Khon Kaen, Khon Kaen 40000",
            f"{rng.randint(1, 399)} Thanon Thetsaban {rng.randint(1, 9)}, Nai Mueang, Mueang Surin, Surin 32000",
            f"{rng.randint(1, 80)} {pick(['Austral Tce', 'Clive St', 'Carew St', 'Amherst St', 'Richardson St'])}, Katanning WA 6317",
            f"Unit {rng.randint(1, 9)}/{rng.randint(1, 60)} {pick(['Clive St', 'Dore St', 'Taylor St'])}, Katanning WA 6317",
            f"Lot {rng.randint(1, 300)}, Jalan {pick(['Bunga Kangkong', 'Bunga Melor', 'Kipas', 'Panas'])}, Home Island, Cocos (Keeling) Islands WA 6799",
            f"{n} Rue {pick(['Habib Bourguiba', 'Mongi Slim', 'de Bizerte', 'Taieb Mhiri'])}, 4180 Houmt Souk, Djerba",
            f"Route de {pick(['Midoun', 'Aghir', 'Guellala'])} km {rng.randint(2, 18)}, {pick(['4116 Midoun', '4180 Houmt Souk', '4135 Ajim'])}, Djerba",
            f"Cité {pick(['Erriadh', 'Essouani', 'Hara Kebira'])}, maison {n}, 4180 Djerba",
            f"{rng.randint(1, 180)} rue de {pick(['la Roquette', 'Charonne', 'Belleville', 'Ménilmontant'])}, 750{pick(['11', '20', '19'])} Paris",
            f"{rng.randint(1, 90)} rue {pick(['d’Angleterre', 'de Marseille', 'Ibn Khaldoun'])}, 1000 Tunis",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT78)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1955, 2006)}",
                           f"{subject}_{first}", f"{first}-{last[:4]}"])  # fmt: skip
        domain = rng.choice(["sisterisles.kn", "cable.kn", "gmail.com", "yahoo.com", "hotmail.co.th",
                             "outlook.co.th", "bigpond.com", "iinet.net.au", "westnet.com.au", "topnet.tn",
                             "planet.tn", "orange.fr", "free.fr", "laposte.net", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+1 869 465 {d(4)}",  # Basseterre
            f"869-466-{d(4)}",
            f"(869) 66{rng.choice('2345')}-{d(4)}",  # St. Kitts mobiles
            f"869 76{rng.choice('2345')} {d(4)}",
            f"02-{d(3)}-{d(4)}",  # Bangkok
            f"08{rng.choice('1256789')}-{d(3)}-{d(4)}",  # Thai mobiles
            f"09{rng.choice('1245')} {d(3)} {d(4)}",
            f"+66 6{rng.choice('1245')} {d(3)} {d(4)}",
            f"043-{d(3)}-{d(3)}",  # Khon Kaen, Roi Et
            f"044 {d(3)} {d(3)}",  # Surin, Buriram
            f"(08) 9821 {d(4)}",  # Katanning
            f"04{d(2)} {d(3)} {d(3)}",  # Australian mobiles
            f"+61 4{d(2)} {d(3)} {d(3)}",
            f"+61 8 9162 {d(4)}",  # Home Island
            f"+216 75 6{d(2)} {d(3)}",  # Djerba
            f"+216 {rng.choice('259')}{d(1)} {d(3)} {d(3)}",  # Tunisian mobiles
            f"01 4{d(1)} {d(2)} {d(2)} {d(2)}",  # Paris
            f"0{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",  # French mobiles
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("2221", 16), ("37", 15), ("35", 16),
                                     ("6011", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT78))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT78[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a guard's camera, a laundrette's payment kiosk, a petrol pump's
        controller, a taxi meter's tracker, a bakery oven's controller, a radio studio's phone hybrid, the
        abattoir's chiller sensor, a night bus's wifi, a hospital's cleaning-log tablet and this set's
        pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:8003:{h()}:{h()}::{h()}", f"2405:9800:{h()}:{h()}::{h()}", f"2c0f:f698:{h()}:{h()}::{h()}",
                         f"2605:a000:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the camera on the loading bay gate is {}, it went dark at 2 again", v4),
            ("the card kiosk at the laundrette is on {}, it keeps eating the top-ups", v4),
            ("pump 4's controller is {}, it jammed at half three", rng.choice([v4, v6])),
            ("the meter tracker in car 217 pings from {}, dispatch can't see him", v4),
            ("the oven controller at the bakery got {} after the power cut", v4),
            ("the phone hybrid in the studio is on {}, callers drop after a minute", rng.choice([v4, v6])),
            ("the chiller sensor in the boning room reports from {}", v4),
            ("the night bus wifi gave me {} and then nothing", v4),
            ("the cleaning log tablet on ward 6 is {}, it won't sync", v4),
            ("the moonfire box with the guard cameras is {} port 8080", rng.choice([v4, v6])),
            ("the peppermint helpdesk for the cleaners runs on {}", rng.choice([v4, v6])),
            ("DB_HOST={}", v4),
            ("MYSQL_HOST={}", v4),
            ("db.url=jdbc:mysql://{}:3306/floreantpos", v4),
            ('url = "rtsp://{}:554/Streaming/Channels/101"', v4),
            ("  - ipv6_address: {}", v6),
            ("2025-06-14 03:12:44 WARN ospos: failed login for 'nightcashier' from {}", v4),
            ("[peppermint] 2025-06-14T04:51:09Z ERROR too many password resets from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Basseterre', 'FrigateBay', 'SandyPoint'])}{rng.choice(['869!', '#465', '2025'])}",
                f"{rng.choice(['KhonKaen', 'Surin', 'RoiEt'])}{rng.choice(['40000', '@044', '_043'])}",
                f"{rng.choice(['Katanning', 'HomeIsland', 'Cocos'])}{rng.choice(['6317', '_6799', '!9821'])}",
                f"{rng.choice(['HoumtSouk', 'Midoun', 'Erriadh'])}{rng.choice(['4180', '#75', '_216'])}",
                rng.choice(["nightshift", "graveyard", "patrol", "dispatch", "fournee"]).translate(leet) + rng.choice(["", "!", "_78"]),
                f"Shift{rng.randint(1, 4)}-Gate{rng.randint(1000, 9999)}",
                f"Pump{rng.randint(1, 12):02d}-Till{rng.randint(1, 4)}",
                f"{rng.choice(['night', 'porter', 'taxi', 'wash'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the alarm panel login is in the occurrence book, last page, {}", pw),
            ("the cctv password is on the back of the key holder list, {}", pw),
            ("the dispatch system login is on the whiteboard by the radio, {}", pw),
            ("the ticket machine password is written inside the cab door of the night bus, {}", pw),
            ("the laundrette wifi is on the service wash ticket, {}", pw),
            ("the till manager password is under the drawer at the petrol station, {}", pw),
            ("the oven app login is stuck on the proving room door, {}", pw),
            ("my locker tag at the abattoir has the payroll password on it, {}", pw),
            ("the cleaning log login is on the trolley's sheet, {}", pw),
            ("the auction app password is on the tally pad, {}", pw),
            ("the keypad on the staff door is {}, don't let the day shift change it", d(4)),
            ("the key safe at reception is {}, the night porter knows", d(4)),
            ("the radio station's call-in system password is {}, the late show needs it", pw),
            ("ok the ospos admin password is {}, add the new pump prices", pw),
            ("my rotaready password is {}, check if the swap went through", pw),
            # cues in ways no earlier set used
            ("the code is {}, keep it quiet", pw),
            ("password {}, bo bok phai na", pw),
            ("kata laluan {}, jangan bagi tau sesiapa", pw),
            ("el code howa {}, ma t9oulou l7atta 7ad", pw),
            # commands
            ("$ mysql -u ospos -p{} ospos", colonless),
            ("$ psql postgresql://peppermint:{}@db:5432/peppermint", colonless),
            ("$ moonfire-nvr config --db-dir=/var/lib/moonfire-nvr --password {}", colonless),
            # pastes
            ("MYSQL_PASSWORD={}", pw),
            ("MYSQL_ROOT_PASSWORD={}", pw),
            ("ENCRYPTION_KEY={}", tok(32, alnum)),
            ("SECRET={}", tok(48, alnum)),
            ("JWT_SECRET={}", tok(64, hexl)),
            ("POSTGRES_PASSWORD={}", pw),
            ("db.password={}", pw),
            ('password = "{}"', pw),
            ('rtsp_url = "rtsp://admin:{}@camera-gate:554/"', colonless),
            ('DB_URL="postgresql://peppermint:{}@db:5432/peppermint"', colonless),
            ("SMTP_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.nights', 'x-gy4', 'x_3am', 'x2shift')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.nights",
                f"{last}-gy{rng.randint(1, 9)}",
                f"{first}_3am",
                f"{first[:1]}{last}.patrol",
                f"{first}.{last}.kn",
                f"djerba.{first}",
                f"{last}{rng.randint(2, 9)}shift",
                f"{first}-graveyard{rng.randint(10, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        en = EN_MONTHS_HELDOUT78[m - 1]
        return {
            "kn": f"{_ordinal(day)} of {en} {year}",
            "pp": f"{day:02d} {en[:3].upper()} {year}",
            "th": f"{day} {en[:3]}{'' if m == 5 else '.'} {year}",
            "au": f"{day:02d}/{m:02d}/{year}",
            "ms": f"{day} {MS_MONTHS_HELDOUT78[m - 1]} {year}",
            "fr": f"{'1er' if day == 1 else day} {FR_MONTHS_HELDOUT78[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["kn", "pp", "th", "au", "ms", "fr", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("i was born the {}, the guard licence renewal wants it", s["kn"]),
            ("my passport says {}, the hotel file for night porters needs it", s["pp"]),
            ("the taxi permit office took my id card, {} it says in english", s["th"]),
            ("the abattoir induction form wants my dob, {}", s["au"]),
            ("saya lahir {}, the roadhouse contract asks for it", s["ms"]),
            ("je suis né le {}, la boulangerie needs it for the contrat", s["fr"]),
            ("tzedt nhar {}, put that on the papers for the auction card", s["fr"]),
            ("the late show's contest wants a date of birth, mine is {}", any_shape),
            ("the night bus pass renewal asked for my birthday, i put {}", any_shape),
            ("the security company needs the new guard's date of birth, {}", any_shape),
            ("Date of Birth {}", s["th"]),
            ("DOB: {}", s["au"]),
            ("Tarikh lahir: {}", s["ms"]),
            ("Date de naissance : {}", s["fr"]),
            ("Date of birth / Date de naissance: {}", s["pp"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in English, Malay and French
EN_MONTHS_HELDOUT78 = (
    "January February March April May June July August September October November December".split()
)
MS_MONTHS_HELDOUT78 = (
    "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()
)
FR_MONTHS_HELDOUT78 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


HELDOUT78_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is swapping her friday night with me, i'll take her sunday",
        "can you ask {} if he still has the warehouse keys",
        "{} is on the gate tonight, bring a coffee over",
        "{} found the side door open at 3 and wrote it in the book",
        "{} covers reception on the night desk till 7",
        "{} drives car 217 on nights, ask dispatch where he is",
        "{} called in to the late show again lol",
        "{} is the one who does the service washes at the laundrette",
        "{} works the night till at the roadhouse on the highway",
        "{} starts at the bakery at 3, the first batch is hers",
        "{} buys the whole catch at the auction before 6",
        "{} cleans the offices on the 12th floor after midnight",
        "{} does ward 6 and ward 7 before the day shift comes",
        "{} is leading hand in the boning room this week",
        "i owe {} for the taxi home, remind me",
        "{} drives the night bus on the 24 route",
        "{} is my relief at 6, she's always late",
        "{} has the alarm code for the shop, call her not me",
        "{} asked the radio to play a song for the night shift",
        "{} locked up the bakery and forgot the oven lol",
        "{} is the supervisor on the graveyard shift now",
        "{} got the overtime for christmas night, lucky",
        "{} is moving to days next month, we'll miss him",
        "ok so {} does the first half and {} takes the second",
        "{} knows the petrol pump that always jams",
        "{} is the dispatcher on the radio after 10",
        "yes {} is covering the hotel's night audit",
        "i'm meeting {} at the fish market at 5",
        "{} fell asleep in the security hut again haha",
        "{} brought the croissants from the early batch",
        "Miss {} runs the night desk at the hotel",
        "Bredda {} is doing the 2am patrol with me",
        "Khun {} booked the taxi through the dispatch line",
        "Lung {} drives the night taxi from the airport",
        "Pa {} cleans our floor after midnight",
        "Pak {} is on the boning line with me tonight",
        "Mak {} sells kuih at the roadhouse in the morning",
        "Hajj {} opens the bakery at 4 every day",
        "Hajja {} buys the fish for the whole street",
        "Handed over by: {}",
        "Taken over by: {}",
        "Key holder 2: {}",
        "Alarm contact: {}",
        "Swap with: {}",
        "Night lead: {}",
        "Officer on duty: {}",
        "Patrol 02:00 by: {}",
        "Night porter: {}",
        "Night audit: {}",
        "Driver: {}",
        "Caller: {}",
        "Line 2: {}",
        "Dedication from: {} to {}",
        "Presented by: {}",
        "Producer: {}",
        "Service wash for: {}",
        "Fournée de 4h : {}",
        "Facture au nom de : {}",
        "Acheteur : {}",
        "Crieur : {}",
        "Boning room B shift: {}",
        "Leading hand: {}",
        "Night cashier: {}",
        "Ward cleaned by: {}",
        "| 22:00-06:00 | Gate 3 | {} | signed |",
        '"driver_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the taxi picks me up from {} at 11",
        "my new address is {}, update the payroll",
        "send the guard licence to {}",
        "the laundrette is just behind {}",
        "the bakery is at {}, knock at the back before 5",
        "drop me at {} after the shift",
        "the night bus stops right outside {}",
        "Address: {}",
        "Adresse : {}",
        "Pickup: {}",
        "Site address: {}",
        "Alamat: {}",
        '"pickup_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the rota to {}",
        "the payslips come from {}",
        "email the security company at {} about the gate",
        "the radio show's producer wrote from {}",
        "E-mail (gardien): {}",
        '"email": "{}",',
        "MAIL_FROM_ADDRESS={}",
        "ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the night dispatcher's number is {}",
        "call the hotel night desk on {} if i'm late",
        "the laundrette owner's mobile is {}",
        "ring the roadhouse on {} for the night shift",
        "the bakery's number is {}, they answer from 3",
        "Tel.: {}",
        "Tél. : {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the taxi with {}",
        "the laundrette top-up goes on {}",
        "the flour order went on {}",
        "put the fuel for the van on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay my night shifts into {}",
        "the bakery wants the deposit to {}",
        "send my share of the taxi to {}",
        "the overtime from the hotel goes to {}",
        "IBAN: {}",
        "RIB / IBAN : {}",
    ],
    "USERNAME": [
        "my When I Work name is {}",
        "on Homebase the night swap is posted by {}",
        "the 7shifts account for the bakery is {}",
        "on Rotaready i'm {}",
        "my Planday login is {}",
        "on Quinyx the night lead is {}",
        "the WorkJam profile is {}",
        "on Tayara the oven is sold by {}",
        "my Kaidee name is {}",
        "the LINE MAN rider is {}",
        "on JobsDB the guard job is from {}",
        "the Rotaready account is {}",
        "find the swap on Homebase, {}",
        "on WorkJam my shift is under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT78_MIXED = [
    ("Night porter: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Alarm contact: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("MYSQL_HOST={}\nMYSQL_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8080/api/tickets", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the cameras, it's {}", ["PERSON", "SECRET"]),
    ("Officer on duty: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Planday name is {}, pay the shifts to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the rota came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the taxi with {}", ["PERSON", "CREDIT_CARD"]),
    ("Hajj {} takes bread orders on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Pickup for: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Facture au nom de : {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT78_NEGATIVES = [
    "Basseterre is the capital of St. Kitts",
    "Frigate Bay is where the big hotels are",
    "St. Kitts has no postcodes",
    "Miss before a first name is how you greet an older lady there",
    "Liburd Security Services is a company, not a person",
    "the ferry to Nevis stops at night",
    "the night porter starts at 11 pm",
    "gate 3 is the one by the loading bay",
    "Khon Kaen and Roi Et are in Isan",
    "40000 is the Khon Kaen postcode",
    "Lung means uncle and Pa means aunt in Thai",
    "most Thai people go by a nickname at work",
    "Saenmuang Taxi Co-op is a cooperative, not a person",
    "the taxi radio is on 100 FM at night",
    "car 217 is a green and yellow one",
    "the night bus 24 runs every 30 minutes",
    "the fare from the airport is about 400 baht",
    "Katanning is in the Great Southern of Western Australia",
    "6317 is the Katanning postcode",
    "Home Island is where the Cocos Malays live",
    "bin and binti mean son of and daughter of",
    "Minkom Roadhouse is a business, not a person",
    "the boning room starts at 10 pm",
    "pump 4 takes cards only after midnight",
    "diesel is 1.89 a litre tonight",
    "Houmt Souk is the main town of Djerba",
    "4180 is the Houmt Souk postcode",
    "Midoun has the big market on Friday",
    "Boulangerie Ben Yedder is a bakery, not a person",
    "Hajj and Hajja are said to older people there",
    "the fish auction starts at 5 am",
    "the first batch comes out of the oven at 4:30",
    "a baguette is 1.20 at that bakery",
    "the laundrette is open 24 hours",
    "a service wash is 12 dollars",
    "the dryers take 20 minutes for 2 dollars",
    "locker 118 is the one by the showers",
    "ward 6 is cleaned before 6 am",
    "the night shift pays 25 percent extra",
    "the rota for june goes up on the 25th",
    "the shift is 22:00 to 06:00",
    "the handover is at 06:45",
    "the contract starts on 1 July 2025",
    "the guard licence expires on 31/08/2026",
    "the night rate changed on 2025-03-01",
    "the late show runs from midnight to 4",
    "the studio is on 95.7 FM",
    "OSPOS 3.4 added a new receipt layout",
    "Moonfire NVR 0.7 changed the config format",
    "Peppermint 0.5 has a new ticket view",
    "Floreant POS 1.4 runs on Java",
    "fixed in commit 9b3e7d2, see the changelog",
    "MYSQL_PASSWORD=",
    "db.password=<your password>",
    "JWT_SECRET=changeme",
    "ENCRYPTION_KEY=your-key-here",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "FR76 3000 6000 0112 3456 7890 189 is the example IBAN in the docs",
    "GB29 NWBK 6016 1331 9268 19 is the example IBAN in the docs",
    "write to porter@example.com on the form",
    "192.0.2.78 is a documentation address",
    "198.51.100.78 is a documentation address",
    "2001:db8:78::1 is a documentation address",
    "call 911 for emergencies in St. Kitts",
    "in Thailand the police number is 191",
    "in Australia call 000",
    "in Tunisia the ambulance is 190",
    "did the taxi come yet",
    "the keys are in the drawer at reception",
    "ok the alarm stopped, finally",
    "yes the night bus is still running",
    "THE TAXI IS HERE",
    "hey, see you after the shift",
    "sawasdee, i'm on my way to work",
    "selamat pagi, the shift is over",
    "sbeh el khir, the bread is ready",
    "so tired after four nights in a row",
    "coffee number three and it's only 2 am",
    "the sun's coming up, home to sleep",
    "who turned the heating off in the hut",
]  # fmt: skip


def _typo78(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types at the end of a night shift, a
    night word's well-known misspelling ('security' -> 'securty', 'guard' -> 'gaurd', 'dispatch' ->
    'dispach', 'occurrence' -> 'occurence', 'abattoir' -> 'abbatoir'), or a tired shorthand creeping into
    chat ('tonight' -> 'tonite', 'night' -> 'nite', 'because' -> 'coz', 'morning' -> 'mornin'). Only in
    sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT78.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT78[m.group(1)] + template[m.end() :]
    shorts = list(TIRED_WORD_HELDOUT78.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + TIRED_HELDOUT78[m.group(1)] + template[m.end() :]


def build_heldout78(seed: int = HELDOUT78_SEED) -> list[Example]:
    """Held-out set 78: `Gen78` values in `HELDOUT78_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen78(seed)
    return assemble_module_set(
        gen, HELDOUT78_TEMPLATES, HELDOUT78_MIXED, HELDOUT78_NEGATIVES, _typo78, person=gen.person_for
    )
