"""Held-out PII set 82 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout82": written before round 51 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT82 is empty, as for
held-out 16 to 80; written at the same time as held-out 81, the two authors split the world between them: 82
takes hosting guests for money (guesthouses and B&Bs, campsites and caravan parks, hostels, holiday-let
cleaners and key holders, tour and walking guides, hotel night desks, booking-platform hosts, homestays and
farm stays), 81 takes second-hand things and waste); hand-written lists of the Tush guesthouse keepers and
horse guides of Omalo, Dartlo and Shenako in Tusheti and of their winter village Kvemo Alvani (Georgian
given names ('Zviad', 'Levan', 'Shota', 'Eteri', 'Manana', 'Tsira'), Tush family names in '-uri', '-uli' and
'-idze' ('Bukurauli', 'Ichirauli', 'Arindauli', 'Khutsurauli', 'Idoidze', 'Gigauri'), a Georgian guest
register's 'Family Given' with the given name in the nominative ('Bukurauli Zviadi', 'Idoidze Tamari'), an
initial ('L. Ichirauli'), and 'babua' before a man's and 'bebia' before a woman's given name, as the guests'
children call the old hosts, outside the span: 'Levan Arindauli', 'babua Shota', 'bebia Eteri'), the
islanders of Stari Grad, Jelsa and Vrboska on Hvar who let rooms and apartments ('sobe', 'apartmani'),
hold the keys and clean between guests (Dalmatian given names ('Ante', 'Frane', 'Tonči', 'Dinko', 'Tonka',
'Nevenka', 'Mare'), Hvar family names ('Dulčić', 'Bibić', 'Tomičić', 'Machiedo', 'Zaninović', 'Plančić'),
the tourist register's 'FAMILY Given' ('DULČIĆ Ante'), a rota's 'Family, Given' ('Carić, Tonka'), and
'šjor' before a man's and 'šjora' before a woman's given name, the island's old 'sir' and 'madam', outside
the span), the Caiçaras of Paraty, Trindade and Ilha Grande on the Rio de Janeiro coast (the pousadas, the
campsites on the beach, the boat skippers and the trail guides; Brazilian given names as the coast chooses
them ('Benedito', 'Sebastião', 'Dirceu', 'Zé Carlos', 'Benedita', 'Rosângela', 'Maria José'), Caiçara
family names ('dos Remédios', 'Conceição', 'Pádua', 'Corrêa', 'Albino', 'Quintino'), two family names
('Luzia Mendes Corrêa'), and 'mestre' before a skipper's and 'vó' before a grandmother's given name,
outside the span) and the Kinnauris of Sangla, Chitkul and Kalpa in Himachal Pradesh (the apple-orchard
homestays, the trekking guides and the night desk of a Reckong Peo hotel; Kinnauri given names, some of two
words ('Surat Singh', 'Jagat Ram', 'Tek Chand', 'Tashi', 'Kamla', 'Tashi Dolma', 'Bimla'), Kinnauri family
names ('Negi', 'Thakur', 'Bodh', 'Kanwar'), the initials of both given names ('S.S. Negi'), a hotel
register's 'FAMILY GIVEN' in capitals ('NEGI SURAT SINGH'), and 'tau' before a man's and 'tai' before a
woman's given name, the father's elder brother and his wife, outside the span); names on a guest register,
an arrival card, a booking confirmation, a key-handover note, a cleaning rota, a host's reply to a review,
a tour's credits, a night desk's handover log and an invoice; a guesthouse, a pousada, an apartment house,
a campsite or a homestay that carries a family name ('Guesthouse Bukurauli', 'Apartmani Dulčić', 'Pousada
Corrêa', 'Negi Orchard Homestay') no person either, a room's, a pitch's, a bed's, a key's, a booking's or a
boat's number no secret; a guest register's ('Guest:', 'Stumari:', 'Gost:', 'Hóspede:'), a booking
confirmation's ('Booked by:', 'Lead guest:', 'Reserva em nome de:'), a key-handover note's ('Keys handed to:',
'Ključeve preuzeo:', 'Key holder:'), a cleaning rota's ('Cleaner:', 'Čišćenje:', 'Linen:'), a review
reply's ('Response from the host:', 'Resposta do anfitrião:'), a tour's ('Guide:', 'Horse handler:',
'Barqueiro:', 'Porter:'), a night desk's ('Night auditor:', 'Handed over to:', 'Duty manager:'), a
homestay's ('Host family:', 'Grihasthi:'), an arrival card's ('Surname, given names:') and an invoice's
('Invoice to:', 'Račun za:', 'Nota fiscal em nome de:', 'Bill to:') fields; over three quarters of the
sentences typed to the bot or a friend: the guests who arrived at 2 a.m., the key safe that would not open,
the cleaning rota between two bookings, the linen that did not come back, the jeep up the Abano pass, the
horse trek to Dartlo, the boat to Ilha Grande that left without the guests, the campsite's pitch by the
beach, the night desk's handover, a review to reply to, the tourist tax and the register, the apple
harvest at the homestay and the guide who fell ill; self-hosted apps' config no earlier set pasted:
HotelDruid's connection file for the guesthouse's rooms and bills, Booked Scheduler's config.php for the
campsite's pitches and the boat's seats, Papercups' .env for the pousada's guest chat and SOGo's sogo.conf
for the homestays' shared calendars and mail; those regions' addresses (Tusheti's 'Omalo, Akhmeta
Municipality, Kakheti' and 'Dartlo village, Tusheti', the winter village's 'Kvemo Alvani, Akhmeta 2300',
Telavi's 'Erekle II St. 15, Telavi 2200' and Tbilisi's 'Ilia Chavchavadze Ave. 12, apt. 5, Tbilisi 0179',
Hvar's 'Put Križa 8, 21465 Jelsa', 'Ulica Dinka Kovačevića 12, 21460 Stari Grad' and a hamlet's house number
alone ('Vrbanj 114, 21462 Vrbanj'), Split's 'Poljička cesta 32, 21000 Split', Paraty's 'Rua do Comércio,
44, Centro Histórico, Paraty - RJ, 23970-000', a road's kilometre ('Estrada Paraty-Cunha, km 7, Ponte
Branca, Paraty - RJ'), Trindade's and Vila do Abraão's, Kinnaur's 'Village & P.O. Sangla, Tehsil Sangla,
Distt. Kinnaur, H.P. 172106', Reckong Peo's ward and Shimla's 'Set No. 4, Lower Kaithu, Shimla 171003')
and phones (Georgian mobiles '5xx' and '+995 5', Telavi's '0350', Croatian mobiles '09x' and '+385 9',
Hvar's '021 76', Paraty's '(24) 3371-', Brazilian mobiles '(24) 9' and '+55 24 9', Kinnaur's '01786',
Indian mobiles '9x' and '+91'); Visa, Mastercard 51 and 55, Brazil's Elo ('6362', '5067') and India's
RuPay ('6521', '6081') as a room, a pitch, a boat trip or a trek's deposit take them; IBANs of Georgia,
Croatia, Brazil and Austria (a guest's); IPs of the guesthouse's satellite link in Omalo, the key safe's
bridge, the campsite's barrier and shower-token machine, the hostel's door lock server, the night desk's
booking box, the pousada's wifi, the homestay's solar inverter, a boat's tracker and the pastes above, v6
in 2a00:ee0:, 2804:14d:, 2401:4900: and 2a0a:2780: ranges; passwords handed over in ways no earlier set
used (on the last page of the welcome book, on the back of the laminated house rules, taped inside the
electricity meter box, under the welcome basket, inside the guest register's cover, on the back of the
campsite's barrier ticket, in the night desk's handover log, on the linen cupboard door, on the horse's
saddle bag tag, on the boat's life-jacket box), Tusheti ('Omalo2200!', 'Dartlo#995'), Hvar ('Jelsa21465',
'Vrboska#021'), the Caiçara coast ('Trindade#24', 'Abraao2025'), Kinnaur ('Sangla172106', 'Kalpa#01786'),
hosting words in leetspeak ('h0st3l', 'p0us4d4'), a room and a key ('Room7-Key12') and a pitch and a season
('Pitch24-2025'), and cues in Georgian in Latin letters ('paroli aris ..., aravis utkhra'), Hvar's
Chakavian ('šifra je ..., nikomu ne govori'), Brazilian Portuguese ('a senha é ..., não passa pra ninguém')
and Hindi in Latin letters ('password hai ..., kisi ko mat batana'); usernames on the Booking.com extranet,
Vrbo, TrustedHousesitters, Pitchup, Campspace, GetYourGuide, Viator, Holidu, Lodgify, Guesty, Beds24 and
Mapy.cz, shapes like 'x.omalo', 'x_sobe21', 'pousada.x', 'x-stari', 'x.guide.kn', 'xx_hostel', 'campx24' and
'x.nightdesk'; dates of birth for a guest register, an arrival card, a tourist-tax form, a trek permit,
a homestay's police form and a boat trip's passenger list, in Georgian in Latin letters ('davibade 14
marts 1958'), a Georgian form's 'dabadebis tarighi: 14.03.1958', Croatian ('rođena 14. ožujka 1958'),
Brazilian Portuguese ('nasci em 14 de março de 1958') and a ficha's '14/03/1958', an Indian form's
'14-Mar-1958', an arrival card's '14 MAR 1958' and an export's ISO date, a child's as often as a grown-up's
now and then; typos as a host types between two check-ins: a hosting word's well-known misspelling
('accommodation' -> 'accomodation', 'reservation' -> 'reservaton', 'cancellation' -> 'cancelation',
'receipt' -> 'reciept', 'guarantee' -> 'guarentee'), or a host's shorthand creeping into chat ('apartment'
-> 'apt', 'booking' -> 'bkg', 'please' -> 'pls', 'people' -> 'ppl', 'tonight' -> '2nite'); negatives with
the same regions' places, the titles and the name forms explained, room, pitch, bed, key, booking and boat
numbers alone, check-in times, prices and the tourist tax, dates that are no birthdays, postcodes alone,
businesses named after families, versions, a commit, placeholder secrets, a masked PIN, test cards, example
IBANs, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers every user shares, and short
everyday chat; no public figure is named).

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

HELDOUT82_SEED = 8160427
# no faker name locale, as in held-out 16 to 80: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT82: list[str] = []
# hosting guests for money (held-out 81, written at the same time, takes second-hand things and waste); each
# origin: (men's given names, women's given names, family names); ';' separates names, as some hold a space
NAMES_HELDOUT82: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Tush of Omalo, Dartlo and Shenako (and Kvemo Alvani in winter): guesthouses, horse guides, jeep drivers
    "tush": ("Zviad;Levan;Gela;Shota;Tamaz;Vakhtang;Dato;Nodar;Merab;Ilia".split(";"),
             "Nino;Tamar;Eteri;Manana;Lela;Nana;Dali;Ketevan;Maia;Tsira".split(";"),
             "Bukurauli;Ichirauli;Arindauli;Khutsurauli;Idoidze;Gigauri;Kochlamazashvili;Bagakashvili;Tsiklauri;Shaverdashvili;Sakandelidze;Babalauri".split(";")),
    # islanders of Stari Grad, Jelsa and Vrboska on Hvar: rooms and apartments, key holders, cleaners
    "hvar": ("Ante;Ivo;Jakov;Frane;Nikola;Tonči;Vinko;Dinko;Jure;Pero".split(";"),
             "Marija;Ivanka;Nevenka;Tonka;Zdenka;Katica;Vesna;Mare;Anka;Ljubica".split(";"),
             "Dulčić;Bibić;Tomičić;Carić;Machiedo;Zaninović;Plančić;Jerčić;Visković;Barbarić;Gamulin;Tudor".split(";")),
    # Caiçaras of Paraty, Trindade and Ilha Grande: pousadas, beach campsites, boat skippers, trail guides
    "caicara": ("Benedito;Sebastião;Valdir;Dirceu;Orlando;Zé Carlos;Ailton;Adilson;Nelson;Jorge".split(";"),
                "Benedita;Marlene;Rosângela;Cida;Luzia;Neide;Sandra;Maria José;Dalva;Eunice".split(";"),
                "dos Remédios;Conceição;Pádua;Corrêa;Mendes;Barros;Vieira;Tavares;Albino;Quintino;Ramiro;Ferreira".split(";")),
    # Kinnauris of Sangla, Chitkul and Kalpa: apple-orchard homestays, trekking guides, a hotel's night desk
    "kinnaur": ("Surat Singh;Jagat Ram;Tek Chand;Hira Lal;Tashi;Dorje;Gyan Chand;Sher Singh;Bhagat Ram;Ravinder".split(";"),
                "Kamla;Tashi Dolma;Sunita;Bimla;Lalita;Santosh;Rajni;Chhering Dolma;Indu;Kalpana".split(";"),
                "Negi;Thakur;Bodh;Kanwar;Rana;Verma".split(";")),
}  # fmt: skip
# a title next to the name (outside the span), with the origin and whether a woman
TITLED_HELDOUT82: dict[str, tuple[str, bool]] = {
    "babua": ("tush", False),  # Georgian 'grandpa', as the guests' children call the old host
    "bebia": ("tush", True),  # and 'grandma'
    "šjor": ("hvar", False),  # Hvar's old 'sir', from the Venetian
    "šjora": ("hvar", True),  # and 'madam'
    "mestre": ("caicara", False),  # a boat's skipper
    "vó": ("caicara", True),  # 'granny', the pousada's old lady
    "tau": ("kinnaur", False),  # the father's elder brother
    "tai": ("kinnaur", True),  # and his wife
}
TITLE_SLOT_HELDOUT82 = re.compile(
    r"(?<![\w'.-])(Babua|Bebia|Šjora|Šjor|Mestre|Vó|Tau|Tai) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Tush host's, a Hvar landlord's, a pousada's and an Austrian guest's
IBAN_SHAPES_HELDOUT82 = {"GE": "2a16n", "HR": "17n", "BR": "23n1a1c", "AT": "16n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT82 = ["guesthouse", "omalo", "tusheti", "stumari", "sobe", "apartmani", "kljucevi", "ciscenje",
                      "pousada", "camping", "trilha", "barqueiro", "homestay", "orchard", "trek", "nightdesk",
                      "hostel", "bnb", "checkin", "reservas", "hospedes", "campsite", "keyholder", "rota"]  # fmt: skip
# a hosting word and its well-known misspelling
MISSPELT_HELDOUT82 = {
    "accommodation": "accomodation", "reservation": "reservaton", "cancellation": "cancelation",
    "receipt": "reciept", "guarantee": "guarentee", "arrival": "arival", "restaurant": "restaraunt",
    "breakfast": "breakfest", "recommend": "reccomend", "occurred": "occured", "beautiful": "beatiful",
    "towels": "towles", "separate": "seperate", "guest": "gest", "luggage": "lugage",
}  # fmt: skip
MISSPELT_WORD_HELDOUT82 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT82, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a host's shorthand creeping into chat
SHORTHAND_HELDOUT82 = {
    "apartment": "apt", "booking": "bkg", "please": "pls", "people": "ppl", "tonight": "2nite",
    "tomorrow": "tmrw", "because": "bc", "thanks": "thx", "check in": "c/in", "before": "b4",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT82 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT82, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Dulčić' -> 'Dulcic', 'Sebastião' -> 'Sebastiao')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('dos Remédios' ->
    'dosremedios', 'Tashi Dolma' -> 'tashidolma')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _georgian_nominative(given: str) -> str:
    """A Georgian given name as a Georgian form writes it, in the nominative: a consonant takes '-i'
    ('Zviad' -> 'Zviadi', 'Tamar' -> 'Tamari'), a vowel stays ('Nino', 'Ilia', 'Dato')."""
    return given if given[-1] in "aeiou" else given + "i"


class Gen82(Gen3):
    """Generators for held-out set 82: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT82."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT82))
        men, women, lasts = NAMES_HELDOUT82[origin]
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
        if origin == "tush":
            if r < 0.3:  # a Georgian guest register: 'Bukurauli Zviadi'
                return f"{last} {_georgian_nominative(first)}"
            if r < 0.45:  # 'L. Ichirauli'
                return f"{first[0]}. {last}"
        if origin == "hvar":
            if r < 0.25:  # the tourist register: 'DULČIĆ Ante'
                return f"{last.upper()} {first}"
            if r < 0.4:  # a cleaning rota: 'Carić, Tonka'
                return f"{last}, {first}"
        if origin == "caicara":
            second = rng.choice([x for x in NAMES_HELDOUT82["caicara"][2] if x != last])
            if r < 0.4:  # two family names: 'Luzia Mendes Corrêa'
                return f"{first} {second} {last}"
        if origin == "kinnaur":
            if r < 0.25 and " " in first:  # both given names' initials: 'S.S. Negi'
                a, b = first.split(" ", 1)
                return f"{a[0]}.{b[0]}. {last}"
            if r < 0.45:  # a hotel register in capitals: 'NEGI SURAT SINGH'
                return f"{last.upper()} {first.upper()}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.7:
            name = self._full(origin, first, last, woman)
        elif r < 0.9:
            name = first
        else:
            name = last if last[0].isupper() else first
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A given name for a title written next to it ('babua Shota', 'bebia Eteri', 'šjor Frane', 'šjora
        Tonka', 'mestre Dirceu', 'vó Benedita', 'tau Jagat Ram', 'tai Kamla'), from the origin that uses it."""
        origin, woman = TITLED_HELDOUT82[title.lower()]
        _, first, _, _ = self._origin_name(origin, woman)
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT82.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 160)
        shapes = [
            f"{pick(['Omalo', 'Dartlo', 'Shenako', 'Diklo', 'Parsma'])}, Akhmeta Municipality, Kakheti",
            f"{pick(['Dartlo', 'Omalo', 'Girevi'])} village, Tusheti",
            f"Kvemo Alvani, {pick(['Tusheti St.', 'Tbilisi St.', 'Alazani St.'])} {rng.randint(1, 90)}, Akhmeta 2300",
            f"{pick(['Erekle II St.', 'Chavchavadze St.', 'Rustaveli Ave.'])} {rng.randint(1, 60)}, Telavi 2200",
            f"Ilia Chavchavadze Ave. {rng.randint(1, 80)}, apt. {rng.randint(1, 60)}, Tbilisi 01{rng.randint(60, 99)}",
            f"Put {pick(['Križa', 'Pokrivenika', 'Humca'])} {rng.randint(1, 40)}, 21465 Jelsa",
            f"Ulica {pick(['Dinka Kovačevića', 'Petra Hektorovića', 'Ivana Gundulića'])} {rng.randint(1, 40)}, 21460 Stari Grad",
            f"{pick(['Vrbanj', 'Svirče', 'Dol', 'Pitve'])} {n}, 2146{pick('24')} {pick(['Vrbanj', 'Svirče', 'Dol', 'Pitve'])}",
            f"Vrboska {n}, 21463 Vrboska",
            f"{pick(['Poljička cesta', 'Ulica Domovinskog rata', 'Put Brodarice'])} {rng.randint(1, 90)}, 21000 Split",
            f"Rua {pick(['do Comércio', 'da Lapa', 'Dona Geralda', 'do Fogo'])}, {n}, Centro Histórico, Paraty - RJ, 23970-000",
            f"Estrada Paraty-Cunha, km {rng.randint(2, 20)}, {pick(['Ponte Branca', 'Penha', 'Pedra Branca'])}, Paraty - RJ",
            f"Rua {pick(['Principal', 'da Praia do Meio', 'do Cepilho'])}, {n}, Trindade, Paraty - RJ, 23970-000",
            f"Rua {pick(['da Praia', 'Getúlio Vargas', 'Santana'])}, {n}, Vila do Abraão, Ilha Grande, Angra dos Reis - RJ, 23968-000",
            f"Village & P.O. {pick(['Sangla', 'Chitkul', 'Batseri', 'Rakchham'])}, Tehsil Sangla, Distt. Kinnaur, H.P. 172106",
            f"{pick(['Kalpa', 'Roghi', 'Pangi'])}, Distt. Kinnaur, Himachal Pradesh 172108",
            f"House No. {n}, Ward {rng.randint(1, 7)}, Reckong Peo, Kinnaur 172107",
            f"Set No. {rng.randint(1, 20)}, {pick(['Lower Kaithu', 'Chotta Shimla', 'Sanjauli'])}, Shimla 1710{pick(['01', '02', '03', '06'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT82)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 2008)}",
                           f"{subject}_{first}", f"{first}-{last[:5]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "mail.ru", "posta.ge", "net.hr", "t-com.hr", "hotmail.com",
                             "uol.com.br", "bol.com.br", "terra.com.br", "rediffmail.com", "yahoo.co.in",
                             "outlook.com", "gmx.at", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"5{rng.choice('5789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Georgian mobiles
            f"+995 5{rng.choice('5789')}{d(1)} {d(3)} {d(3)}",
            f"0350 27 {d(2)} {d(2)}",  # Telavi
            f"09{rng.choice('1258')} {d(3)} {d(4)}",  # Croatian mobiles
            f"+385 9{rng.choice('1258')} {d(3)} {d(4)}",
            f"021 76{d(1)} {d(3)}",  # Hvar
            f"(24) 3371-{d(4)}",  # Paraty
            f"(24) 9{d(4)}-{d(4)}",  # Brazilian mobiles
            f"+55 24 9{d(4)}-{d(4)}",
            f"01786-2{d(5)}",  # Kinnaur
            f"9{rng.choice('4689')}{d(3)} {d(5)}",  # Indian mobiles
            f"+91 9{rng.choice('4689')}{d(3)} {d(5)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "51", "55", "636368", "506722", "6521", "6081"])
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.7:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT82))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT82[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the guesthouse's satellite link in Omalo, the key safe's bridge, the
        campsite's barrier and shower-token machine, the hostel's door lock server, the night desk's booking
        box, the pousada's wifi, the homestay's solar inverter, a boat's tracker and this set's pastes; v4 and
        v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a00:ee0:{h()}:{h()}::{h()}", f"2804:14d:{h()}:{h()}::{h()}", f"2401:4900:{h()}:{h()}::{h()}",
                         f"2a0a:2780:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the satellite link at the omalo guesthouse is on {}, it drops every time it snows", v4),
            ("the key safe bridge came back as {} after the power cut, guests couldn't get in", rng.choice([v4, v6])),
            ("the campsite barrier controller is {}, it stayed up all night", v4),
            ("the shower token machine at the camping answers on {}", v4),
            ("the door lock server at the hostel got {} and half the cards stopped working", v4),
            ("the night desk's booking box is on {}, reboot it if the channel manager hangs", rng.choice([v4, v6])),
            ("the pousada wifi router is {}, guests in room 4 say it's slow", v4),
            ("the solar inverter at the homestay in sangla shows up as {}", rng.choice([v4, v6])),
            ("the tracker on the ilha grande boat pings from {}", v4),
            ("the hoteldruid box for the guesthouse runs on {}", rng.choice([v4, v6])),
            ("the sogo server for the homestay calendars is {}", v4),
            ('$PHPR_DB_HOST = "{}";', v4),
            ("$conf['settings']['database']['hostspec'] = '{}';", v4),
            ("DATABASE_URL=ecto://papercups:papercups@{}/papercups_prod", v4),
            ('  SOGoMailingMechanism = smtp; SOGoSMTPServer = "{}";', v4),
            ("  - ipv6_address: {}", v6),
            ("2025-07-14 02:11:09 WARN booked: failed login for 'recepcao' from {}", v4),
            ("[papercups] 2025-07-15T23:41:02Z ERROR too many login attempts from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Omalo', 'Dartlo', 'Tusheti'])}{rng.choice(['2200!', '#995', '_0350'])}",
                f"{rng.choice(['Jelsa', 'Vrboska', 'StariGrad'])}{rng.choice(['21465', '#021', '!385'])}",
                f"{rng.choice(['Trindade', 'Abraao', 'Paraty'])}{rng.choice(['#24', '2025', '_3371'])}",
                f"{rng.choice(['Sangla', 'Kalpa', 'Chitkul'])}{rng.choice(['172106', '#01786', '!91'])}",
                rng.choice(["hostel", "pousada", "camping", "homestay", "sobe"]).translate(leet) + rng.choice(["", "!", "_82"]),
                f"Room{rng.randint(1, 30)}-Key{rng.randint(1, 40)}",
                f"Pitch{rng.randint(1, 80)}-{rng.randint(2019, 2026)}",
                f"{rng.choice(['linen', 'keys', 'trek', 'barco'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the wifi password is on the last page of the welcome book, {}", pw),
            ("the booking site login is on the back of the laminated house rules, {}", pw),
            ("the smart plug app password is taped inside the electricity meter box, {}", pw),
            ("the tv login is under the welcome basket, {}", pw),
            ("the tourist register password is inside the cover of the guest book, {}", pw),
            ("the camping wifi is printed on the back of the barrier ticket, {}", pw),
            ("the channel manager login is in the night desk handover log, {}", pw),
            ("the laundry portal password is on the linen cupboard door, {}", pw),
            ("the trek booking login is on the tag of the saddle bag, {}", pw),
            ("the boat app password is on the life jacket box, {}", pw),
            ("the key safe at the apartment is {}, change it after the guests leave", d(4)),
            ("the gate code at the pousada is {}, give it only to confirmed guests", d(4)),
            ("ok the hoteldruid admin password is {}, enter the new bookings before tonight", pw),
            ("my booking.com extranet password is {}, check if the deposit came in", pw),
            ("the night desk pc login is {}, log out at 7 when the day shift comes", pw),
            # cues in ways no earlier set used
            ("paroli aris {}, aravis utkhra", pw),
            ("šifra je {}, nikomu ne govori", pw),
            ("a senha é {}, não passa pra ninguém", pw),
            ("password hai {}, kisi ko mat batana", pw),
            # commands
            ("$ mysql -u hoteldruid -p{} hoteldruid", colonless),
            ("$ psql postgresql://papercups:{}@localhost:5432/papercups_prod", colonless),
            ("$ sogo-tool backup /var/backups/sogo ALL -p {}", colonless),
            # pastes
            ('$PHPR_DB_PASS = "{}";', pw),
            ("$conf['settings']['database']['password'] = '{}';", pw),
            ("$conf['settings']['install.password'] = '{}';", pw),
            ("SECRET_KEY_BASE={}", tok(64, hexl)),
            ('DATABASE_URL="ecto://papercups:{}@db/papercups_prod"', colonless),
            ("SMTP_PASSWORD={}", pw),
            ("AWS_SECRET_ACCESS_KEY={}", tok(40, alnum)),
            ('  SOGoProfileURL = "postgresql://sogo:{}@localhost:5432/sogo/sogo_user_profile";', colonless),
            ('  SOGoSieveServer = "sieve://127.0.0.1:4190"; SOGoSMTPAuthPassword = "{}";', pw),
            ("  OCSFolderInfoURL = 'mysql://sogo:{}@127.0.0.1:3306/sogo/sogo_folder_info';", colonless),
            ("BOOKED_RECAPTCHA_PRIVATE_KEY={}", tok(40, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.omalo', 'x_sobe21', 'pousada.x', 'x.nightdesk')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.omalo",
                f"{last}_sobe{rng.randint(1, 40)}",
                f"pousada.{first}",
                f"{first}-stari",
                f"{first}.guide.kn",
                f"{first[:1]}{last[:1]}_hostel",
                f"camp{first}{rng.randint(1, 80)}",
                f"{last}.nightdesk",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format; a child's on the
        family's booking now and then."""
        if self.rng.random() < 0.2:
            dt = self.f().date_of_birth(minimum_age=1, maximum_age=17)
        else:
            dt = self.f().date_of_birth(minimum_age=18, maximum_age=88)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "ka": f"{day} {KA_MONTHS_HELDOUT82[m - 1]}s {year}",
            "kaf": f"{day:02d}.{m:02d}.{year}",
            "hr": f"{day}. {HR_MONTHS_HELDOUT82[m - 1]} {year}",
            "pt": f"{day} de {PT_MONTHS_HELDOUT82[m - 1]} de {year}",
            "br": f"{day:02d}/{m:02d}/{year}",
            "in": f"{day:02d}-{EN_MONTHS_HELDOUT82[m - 1]}-{year}",
            "card": f"{day:02d} {EN_MONTHS_HELDOUT82[m - 1].upper()} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["ka", "kaf", "hr", "pt", "br", "in", "card", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("davibade {}, the guesthouse register in omalo wants it", s["ka"]),
            ("chemi shvili daibada {}, write it on the trek permit", s["ka"]),
            ("rođena sam {}, treba za prijavu gostiju", s["hr"]),
            ("the apartment owner needs my son's date of birth for the tourist tax, {}", s["hr"]),
            ("nasci em {}, a pousada pediu pra ficha", s["pt"]),
            ("minha filha nasceu em {}, põe na lista do barco", s["pt"]),
            ("the homestay's police form asks for my dob, {}", s["in"]),
            ("janm tithi {} hai, homestay wale maang rahe hain", s["in"]),
            ("the boat trip's passenger list wants a date of birth, mine is {}", any_shape),
            ("the campsite asked for the lead guest's birthday, it's {}", any_shape),
            ("the hostel needs the new night porter's date of birth, {}", any_shape),
            ("Dabadebis tarighi: {}", s["kaf"]),
            ("Datum rođenja: {}", s["hr"]),
            ("Data de nascimento: {}", s["br"]),
            ("Date of birth (DD MMM YYYY): {}", s["card"]),
            ('  "guest_birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in Georgian (Latin letters, the stem the dative '-s' goes on), Croatian (genitive), Portuguese
# and English short
KA_MONTHS_HELDOUT82 = (
    "ianvar teberval mart april mais ivnis ivlis agvisto seqtember oqtomber noember dekember".split()
)
HR_MONTHS_HELDOUT82 = "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split()
PT_MONTHS_HELDOUT82 = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
)
EN_MONTHS_HELDOUT82 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


HELDOUT82_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is cleaning the apartment between the two bookings on saturday",
        "can you ask {} if she still has the spare key to room 3",
        "{} picked up the guests from the ferry in jelsa",
        "{} drives the jeep over the abano pass, leave at 7",
        "{} leads the horse trek to dartlo tomorrow",
        "{} is on the night desk till 7, then the day shift comes",
        "{} forgot to bring the linen back from the laundry again",
        "{} answered the bad review, read it before it goes up",
        "{} runs the campsite by the beach in trindade",
        "{} takes the boat to ilha grande at 10",
        "{} guides the trek up to the kinner kailash viewpoint",
        "{} cooks the breakfast for the homestay guests",
        "{} has the keys this week, i'm away",
        "{} checked in the german couple at 2 am lol",
        "{} wants to rent out the top floor next summer",
        "{} lost the booking for the french family, they turned up anyway",
        "{} did the apple picking with the guests, they loved it",
        "{} charges 40 lari a night with dinner",
        "{} owes me for the cleaning last week",
        "{} is the new key holder for the three flats",
        "i'm meeting {} at the pousada at 4",
        "{} said the pitch by the river is free",
        "{} sorted the tourist tax for august",
        "ok so {} cleans the upstairs and {} the studio",
        "{} will wait at the bus stop in sangla with a sign",
        "{} runs the hostel reception on weekends",
        "tell {} the guests in room 5 want a late checkout",
        "{} knows the trail to the waterfall better than anyone",
        "yes {} is bringing fresh towels for the new guests",
        "{} fell asleep at the night desk haha",
        "{} has five stars on every review, how",
        "babua {} still shoes the horses for the trek",
        "bebia {} makes the khinkali for the guesthouse",
        "šjor {} rents the rooms above the konoba",
        "šjora {} keeps the keys for the whole street",
        "mestre {} takes the boat round to the lagoon",
        "vó {} runs the pousada kitchen",
        "tau {} owns the orchard homestay above the river",
        "tai {} serves the guests butter tea at 6",
        "Guest: {}",
        "Stumari: {}",
        "Gost: {}",
        "Hóspede: {}",
        "Booked by: {}",
        "Lead guest: {}",
        "Reserva em nome de: {}",
        "Keys handed to: {}",
        "Ključeve preuzeo: {}",
        "Key holder: {}",
        "Cleaner: {}",
        "Čišćenje: {}",
        "Linen: {}",
        "Response from the host: thank you for staying with us! {}",
        "Resposta do anfitrião: {}",
        "Guide: {}",
        "Horse handler: {}",
        "Barqueiro: {}",
        "Porter: {}",
        "Night auditor: {}",
        "Handed over to: {}",
        "Duty manager: {}",
        "Host family: {}",
        "Grihasthi: {}",
        "Surname, given names: {}",
        "Invoice to: {}",
        "Račun za: {}",
        "Nota fiscal em nome de: {}",
        "Bill to: {}",
        "| Apt 2 | Sat 09:00 | {} | done |",
        '"host_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the guesthouse is at {}, the jeep stops right outside",
        "my new address is {}, update the booking profile",
        "send the spare keys to {}",
        "the campsite is just behind {}",
        "the homestay is at {}, ask for the orchard",
        "drop the guests' luggage at {}",
        "the apartment for the family is {}",
        "Address: {}",
        "Adresa: {}",
        "Endereço: {}",
        "Misamarti: {}",
        "Pickup point: {}",
        '"property_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the booking confirmation to {}",
        "the guest register reminders come from {}",
        "email the host at {} about the late arrival",
        "the cleaning rota comes from {}",
        "E-mail gosta: {}",
        '"email": "{}",',
        "ADMIN_EMAIL={}",
        "FROM_ADDRESS={}",
    ],
    "PHONE_NUMBER": [
        "the guesthouse number is {}, the signal is bad up there",
        "call the key holder on {} if the safe won't open",
        "the boat skipper's mobile is {}",
        "ring the night desk on {} after 11",
        "the homestay's number is {}, they pick up after the harvest",
        "Tel.: {}",
        "Telefone: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the deposit for the room with {}",
        "the horse trek went on {}",
        "the boat trip went on {}",
        "put the pitch for two weeks on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the deposit into {}",
        "the host wants the balance to {}",
        "send the cleaning money to {}",
        "the tourist tax refund goes to {}",
        "IBAN: {}",
        "Broj računa (IBAN): {}",
    ],
    "USERNAME": [
        "my booking.com extranet login is {}",
        "on Vrbo the listing is under {}",
        "the TrustedHousesitters profile is {}",
        "on Pitchup the campsite account is {}",
        "my Campspace name is {}",
        "on GetYourGuide the trek is run by {}",
        "the Viator supplier login is {}",
        "on Holidu the apartment belongs to {}",
        "my Lodgify user is {}",
        "the Guesty account is {}",
        "on Beds24 the sub account is {}",
        "the trail on Mapy.cz was posted by {}",
        "find the pousada on Vrbo, {}",
        "on Pitchup my pitches are under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT82_MIXED = [
    ("Guest: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Lead guest: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ('$PHPR_DB_HOST = "{}";\n$PHPR_DB_PASS = "{}";', ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8080/Web/Services/index.php", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the channel manager, it's {}", ["PERSON", "SECRET"]),
    ("Hóspede: {}, nascimento {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Lodgify login is {}, pay the deposit to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the late arrival came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the room with {}", ["PERSON", "CREDIT_CARD"]),
    ("mestre {} takes the boat bookings on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Keys handed to: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Račun za: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT82_NEGATIVES = [
    "Omalo is the main village of Tusheti",
    "the road over the Abano pass is open from June to October",
    "Dartlo has stone towers and a few guesthouses",
    "babua and bebia mean grandpa and grandma in Georgian",
    "Guesthouse Bukurauli is a business, not a person",
    "a Georgian form writes Zviadi for Zviad, the nominative",
    "the jeep to Omalo costs 400 lari",
    "dinner at the guesthouse is at 8",
    "Stari Grad is the oldest town on Hvar",
    "the ferry from Split to Stari Grad takes two hours",
    "21460 is the Stari Grad postcode",
    "šjor and šjora are the old island words for sir and madam",
    "Apartmani Dulčić is a business, not a person",
    "the tourist tax on Hvar is 2 euros a night",
    "check-in is from 15:00, check-out by 10:00",
    "the lavender fields are above Velo Grablje",
    "Paraty is between Rio and São Paulo",
    "Trindade has three beaches and a natural pool",
    "23970-000 is the Paraty postcode",
    "mestre is what the coast calls a boat's skipper and vó means granny",
    "Pousada Corrêa is a business, not a person",
    "in Brazil everyone carries two family names",
    "the boat to Ilha Grande leaves at 10:30 from the pier",
    "Sangla is in the Baspa valley in Kinnaur",
    "Chitkul is the last village before the Tibet border",
    "172106 is the Sangla postcode",
    "tau and tai mean the father's elder brother and his wife",
    "Negi Orchard Homestay is a business, not a person",
    "the apple harvest is in September",
    "the bus from Shimla to Reckong Peo takes ten hours",
    "room 7 has a sea view",
    "pitch 24 is next to the showers",
    "bed 3 in the dorm is the top bunk",
    "key 12 is for the garden gate",
    "booking 4471023 was cancelled",
    "boat 2 takes twelve people",
    "the deposit is 30 percent of the stay",
    "the double room is 65 euros a night",
    "a pitch is 90 reais with electricity",
    "the homestay is 1800 rupees with meals",
    "the season runs from 1 June to 30 September",
    "the guests arrive on 2025-08-14",
    "the booking is for 12/07/2025 to 19/07/2025",
    "the guesthouse was built in 1987",
    "HotelDruid 3.0 changed the rooms view",
    "Booked Scheduler 2.8 added a new calendar",
    "Papercups 1.1 added chat widgets",
    "SOGo 5.11 changed the mail settings",
    "fixed in commit 9e2b7c4, see the changelog",
    "$PHPR_DB_PASS = \"\";",
    "SECRET_KEY_BASE=",
    "SMTP_PASSWORD=changeme",
    "$conf['settings']['database']['password'] = 'your-password-here';",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "HR12 1001 0051 8630 0016 0 is the example IBAN in the docs",
    "GE29 NB00 0000 0101 9049 17 is the example IBAN in the docs",
    "BR15 0000 0000 0000 1093 2840 814P2 is the example IBAN in the docs",
    "write to reservations@example.com on the form",
    "192.0.2.82 is a documentation address",
    "203.0.113.82 is a documentation address",
    "2001:db8:82::1 is a documentation address",
    "call 112 for emergencies in Georgia and Croatia",
    "in Brazil the ambulance number is 192",
    "in India the police number is 112",
    "did the guests arrive yet",
    "the keys are in the box by the door",
    "ok the ferry is running again",
    "yes the taxi is still waiting",
    "FULLY BOOKED FOR AUGUST",
    "hey, see you at the pier",
    "gamarjoba, dinner is ready",
    "dobro jutro, the room is ready",
    "bom dia, o café já está na mesa",
    "namaste, the bus is late again",
    "so tired after the check-ins",
    "who left the gate open at the campsite",
    "the towels need washing before the next guests",
    "four stars, the guests said the shower was cold",
]  # fmt: skip


def _typo82(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as a host types between two check-ins, a
    hosting word's well-known misspelling ('accommodation' -> 'accomodation', 'reservation' -> 'reservaton',
    'cancellation' -> 'cancelation', 'receipt' -> 'reciept', 'guarantee' -> 'guarentee'), or a host's
    shorthand creeping into chat ('apartment' -> 'apt', 'booking' -> 'bkg', 'please' -> 'pls', 'people' ->
    'ppl', 'tonight' -> '2nite'). Only in sentences typed to the bot or a friend; a title next to a name
    stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT82.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT82[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT82.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT82[m.group(1)] + template[m.end() :]


def build_heldout82(seed: int = HELDOUT82_SEED) -> list[Example]:
    """Held-out set 82: `Gen82` values in `HELDOUT82_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen82(seed)
    return assemble_module_set(
        gen, HELDOUT82_TEMPLATES, HELDOUT82_MIXED, HELDOUT82_NEGATIVES, _typo82, person=gen.person_for
    )
