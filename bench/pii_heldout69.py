"""Held-out PII set 69 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout69": written before round 45 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT69 is empty, as for
held-out 16 to 68; written at the same time as held-out 70, the two authors split the world between them: 69
takes animals in people's care (dog groomers and dog walkers, pet sitters, kennels and catteries, animal
shelters and rescues, farriers and stables' yard managers, aquarium and reptile shops, pet microchip and
registration databases, dog and cat shows and livestock auctions), 70 takes games and puzzles);
hand-written lists of the Appenzeller Sennenhund breeders and the cattle-show (Viehschau) and Alpfahrt
farmers of Appenzell Innerrhoden and Ausserrhoden (Appenzell, Gonten, Urnäsch, Herisau: the cantons' own
family names, the Swiss dialect's short given names, a show catalogue's 'Family Given' as the valley says
it and a married woman's Swiss alliance name with her own family name after a hyphen: 'Sepp Fässler',
'Inauen Köbi', 'Vreni Manser-Koller', 'Hansueli'), the Pasiego cattle dealers and the farmers of the
Torrelavega livestock market in Cantabria (Vega de Pas, Selaya, San Roque de Riomiera: Cantabrian family
names, both surnames as Spain writes them, a register's 'FAMILY FAMILY, Given', the Spanish short forms of
the old given names, and 'el tío' and 'la tía' before an old villager's given name, outside the span:
'Celestino Cobo Revuelta', 'ABASCAL LAVÍN, Sagrario', 'Visi', 'el tío Venancio'), the Kangal dog breeders of
Sivas and its villages (Kangal, Divriği, Zara: Turkish given and family names with their dotted and dotless
i, a register's family name in Turkish capitals before the given name, and 'Bey', 'Hanım', 'amca', 'teyze'
and 'Usta' after a given name, outside the span: 'Hüseyin Koçyiğit', 'SARITAŞ Fatma', 'Osman amca') and the
grooms of the Kladruby nad Labem national stud and the dog-show people of the Pardubice region (Přelouč,
Pardubice: Czech given names, a woman's family name in -ová or -á, Czech short given names and the
vocative Czech addresses people in, after 'ahoj' or 'díky', and after 'pane', outside the span: 'Jaroslav
Dvořák', 'Jitka Dvořáková', 'Jarda', 'ahoj Jardo', 'pane Dvořáku'); a kennel or call name ('Bäri vom
Kronberg', 'Karabaş'), a lot number, a ring number, a microchip number or a stable box beside the name and
outside it (an animal's name is no person), the title always outside the span, a kennel, a cattery, a
smithy or a feed shop that carries a family name ('Zucht Fässler', 'Piensos Abascal', 'Koçyiğit
Kangal Çiftliği') no person either; a show catalogue's ('Züchter:', 'Besitzer:', 'Richter:', 'Exhibitor:'),
an auction's ('Lot 214, consigned by:', 'Vendedor:', 'Comprador:', 'Buyer:'), an adoption form's
('Adopter:', 'Foster carer:'), a boarding rota's ('Rota, Sat am:', 'Walker:', 'Sitter:'), a farrier's
invoice ('Farrier:', 'Kovář:'), a microchip register's ('Registered keeper:', 'Keeper:', 'Sahibi:',
'Chovatel:') and a stable's ('Yard manager:', 'Groom, box 12:') fields; over three quarters of the
sentences typed to the bot or a friend: grooming tables and clipper blades, dog-walking rounds, pet-sitting
keys and feeding notes, kennel runs and cattery pens, shelter intake and adoption visits, farrier
appointments, shoeing and trimming, the yard's turnout rota, aquarium filters and reptile vivariums with
their heat mats, microchip transfers, show entries and rings, and lots and bids at the cattle market;
self-hosted apps' config no earlier set pasted: Sylius's .env for an aquarium and reptile shop's web shop,
Huginn's .env for a rescue's lost-pet alert agents, Typebot's .env for a kennel's booking chat bot and
NocoBase's .env for a shelter's adoption database; those regions' addresses (Appenzell's 'Hauptgasse 12,
9050 Appenzell' and a farm's 'Sonnhalde 4, 9108 Gonten', Cantabria's 'C/ Julián Ceballos, 14, 2º izda.,
39300 Torrelavega (Cantabria)' and a village's 'Barrio Yera s/n, 39685 Vega de Pas', Sivas's 'Kılavuz Mah.
Atatürk Cad. No: 45 D: 3, 58060 Merkez/Sivas' and a village's 'Deliktaş Köyü No: 7, 58900 Kangal/Sivas' and
the Czech 'Sladkovského 112/6, 530 02 Pardubice' with both house numbers and 'Kladruby nad Labem 67, 533 14'
with the conscription number alone) and phones (eastern Switzerland's 071 and Swiss mobiles 076 and 078
and +41, Cantabria's 942 and Spanish mobiles 6xx and +34, Sivas's 0346 and Turkish mobiles 05xx and +90,
Pardubice's 466 and Czech mobiles and +420); Visa, Mastercard 51-55 and 2221, Amex 34 and 37, Discover 6011
and Diners Club 36 as a grooming package, a boarding stay, a show entry, a vivarium or a lot take them;
IBANs of Switzerland, Spain, Turkey and Czechia; IPs of a grooming salon's booking tablet, a kennel's run
cameras, a cattery's thermostat, a shelter's intake PC, a microchip scanner's dock, an aquarium's
controller, a reptile room's thermostat, a stable's gate, a cattle market's auction screen and scale and
the pastes above, v6 in 2a02:1210:, 2a0c:5a80:, 2a02:ff0: and 2a00:1028: ranges; passwords handed over in
ways no earlier set used (under the grooming table, on a kennel run's clipboard, on the microchip
scanner's battery cover, inside a vaccination booklet, on the feed room's whiteboard, in the farrier's
shoeing diary, on the aquarium's filter lid, on a cattery pen's card, on the auction's lot board, on a dog
walker's key ring tag), Appenzell ('Gonten9108!'), Cantabria ('Torrelavega#39300'), Sivas ('Kangal_58900'),
Kladruby ('Kladruby*533'), animal-care words in leetspeak ('gr00m3r', 'k3nn3l') and a call name with a
ring or a lot ('Bari-ring4-2024'), and cues in Appenzell dialect ('s passwort isch ..., seg's niemerem'),
Cantabrian Spanish ('la contraseña es ..., no se lo digas a naide'), Turkish ('şifre ..., kimseye söyleme')
and Czech ('heslo je ..., nikomu to neříkej'); usernames on Wag!, Petcube, Furbo, Dogorama, Catster,
Fressnapf, Zooplus, PetRescue, Sahibinden, Milanuncios, Letgo and the cat club's and the Kangal
forum's logins, shapes like 'x.grooms', 'x_kennel', 'x-walks3', 'cattery.x', 'x_lot214', 'x.farrier',
'vivarium_x' and 'x-kangal58'; dates of birth for a microchip register's keeper, a breeder's club, an
adoption form, a farrier's customer account and a market dealer's card, in a Spanish DNI's spaced
'14 03 1958', Spanish words ('nací el 14 de marzo de 1958'), Turkish ('14 Mart 1958'), Czech with the
month's genitive ('narozen 14. března 1958'), Swiss short ('14.3.58') and an export's ISO date; typos as
someone types with a leash in the other hand: an animal-care word's well-known misspelling ('kennel' ->
'kennal', 'vaccination' -> 'vacination', 'veterinary' -> 'vetinary', 'farrier' -> 'ferrier') or a Turkish
keyboard's dotless 'ı' for an 'i' in one word ('this' -> 'thıs'); negatives with the same regions'
places, the titles and the name forms explained, dogs' and cats' names, kennel and call names, breeds,
lot and ring numbers, microchip numbers without a keeper, weights and prices, shoe sizes, tank sizes and
temperatures, show times, postcodes alone, businesses named after families, versions, a commit,
placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4
and v6), helpline numbers every user shares, and short everyday chat; no public figure is named).

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

HELDOUT69_SEED = 8046713
# no faker name locale, as in held-out 16 to 68: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT69: list[str] = []
# animals in people's care (held-out 70, written at the same time, takes games and puzzles); each origin:
# (men's given names, women's given names, family names); ';' separates names throughout
NAMES_HELDOUT69: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Appenzeller Sennenhund breeders and the Viehschau and Alpfahrt farmers of Appenzell
    "appenzell": ("Sepp;Köbi;Hansueli;Ruedi;Emil;Albert;Franz;Bruno;Walter;Toni".split(";"),
                  "Vreni;Margrit;Rosmarie;Käthi;Heidi;Bernadette;Agatha;Ruth;Anita;Monika".split(";"),
                  "Fässler;Inauen;Manser;Koller;Dörig;Broger;Neff;Rusch;Signer;Streule;Sutter;Ulmann".split(";")),
    # Pasiego cattle dealers and the farmers of the Torrelavega livestock market
    "pasiego": ("Celestino;Venancio;Eutiquio;Severino;Maximino;Sotero;Aurelio;Julián;Lino;Ángel".split(";"),
                "Sagrario;Visitación;Concepción;Encarnación;Antonia;Piedad;Remedios;Milagros;Consuelo;Angelines".split(";"),
                "Cobo;Revuelta;Abascal;Lavín;Sañudo;Ceballos;Mantecón;Oria;Arce;Sainz;Pelayo;Diego".split(";")),
    # Kangal dog breeders of Sivas and its villages
    "sivas": ("Hüseyin;Osman;Ramazan;Halil;İsmail;Bayram;Nurettin;Yusuf;Mustafa;Kadir".split(";"),
              "Fatma;Hatice;Emine;Gülizar;Saniye;Hacer;Nazlı;Sultan;Zeynep;Döndü".split(";"),
              "Koçyiğit;Sarıtaş;Ekinci;Kılıç;Bozkurt;Yalçın;Ateş;Kocabaş;Uçar;Yıldırım;Aksoy;Durmuş".split(";")),
    # grooms of the Kladruby nad Labem stud and dog-show people of the Pardubice region (masculine forms)
    "kladruby": ("Jaroslav;Miroslav;Zdeněk;Josef;Jiří;Karel;Luboš;Radek;Vlastimil;Vladimír".split(";"),
                 "Jitka;Hana;Zdenka;Jarmila;Věra;Ludmila;Blanka;Dagmar;Alena;Libuše".split(";"),
                 "Dvořák;Kučera;Procházka;Veselý;Šťastný;Kopecký;Vondráček;Zeman;Holub;Janda;Sedláček;Beneš".split(";")),
}  # fmt: skip
# a Czech woman's family name, from the masculine one
CZECH_FEMININE_HELDOUT69 = {
    "Dvořák": "Dvořáková", "Kučera": "Kučerová", "Procházka": "Procházková", "Veselý": "Veselá",
    "Šťastný": "Šťastná", "Kopecký": "Kopecká", "Vondráček": "Vondráčková", "Zeman": "Zemanová",
    "Holub": "Holubová", "Janda": "Jandová", "Sedláček": "Sedláčková", "Beneš": "Benešová",
}  # fmt: skip
# a man's family name in the vocative, as 'pane ...' takes it (a woman's stays as it is)
CZECH_VOCATIVE_FAMILY_HELDOUT69 = {
    "Dvořák": "Dvořáku", "Kučera": "Kučero", "Procházka": "Procházko", "Veselý": "Veselý",
    "Šťastný": "Šťastný", "Kopecký": "Kopecký", "Vondráček": "Vondráčku", "Zeman": "Zemane",
    "Holub": "Holube", "Janda": "Jando", "Sedláček": "Sedláčku", "Beneš": "Beneši",
}  # fmt: skip
# Czech short given names, and their vocative after 'ahoj' or 'díky'
CZECH_SHORT_HELDOUT69 = {
    "Jaroslav": ("Jarda", "Jardo"), "Miroslav": ("Mirek", "Mirku"), "Zdeněk": ("Zdenda", "Zdendo"),
    "Josef": ("Pepa", "Pepo"), "Jiří": ("Jirka", "Jirko"), "Radek": ("Radek", "Radku"),
    "Jitka": ("Jitka", "Jitko"), "Hana": ("Hanka", "Hanko"), "Věra": ("Věrka", "Věrko"),
    "Alena": ("Alenka", "Alenko"), "Zdenka": ("Zdenička", "Zdeničko"), "Ludmila": ("Lída", "Lído"),
}  # fmt: skip
# the Spanish short form of an old given name
SPANISH_SHORT_HELDOUT69 = {
    "Visitación": "Visi", "Concepción": "Conchi", "Encarnación": "Encarna", "Antonia": "Toñi",
    "Milagros": "Mila", "Consuelo": "Chelo", "Remedios": "Reme", "Maximino": "Maxi", "Aurelio": "Yeyo",
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman, what it goes with ("family",
# "given", or "vocative": the family name in the vocative) and whether it stands after the name
TITLED_HELDOUT69: dict[str, tuple[str, bool, str, bool]] = {
    "el tío": ("pasiego", False, "given", False),
    "la tía": ("pasiego", True, "given", False),
    "bey": ("sivas", False, "given", True),
    "hanım": ("sivas", True, "given", True),
    "amca": ("sivas", False, "given", True),  # uncle, to an older man
    "teyze": ("sivas", True, "given", True),  # auntie, to an older woman
    "usta": ("sivas", False, "given", True),  # master, to a craftsman (the smith, the shearer)
    "pane": ("kladruby", False, "vocative", False),
    "paní": ("kladruby", True, "family", False),
}
TITLE_SLOT_HELDOUT69 = re.compile(r"(?<![\w'-])(el tío|la tía|pane|paní) \{\}", re.IGNORECASE)
TITLE_AFTER_SLOT_HELDOUT69 = re.compile(r"\{\} (Bey|Hanım|amca|teyze|Usta)(?![\w'-])", re.IGNORECASE)
# a slot after a Czech greeting wants a short given name in the vocative
VOCATIVE_SLOT_HELDOUT69 = re.compile(r"(?<![\w'-])(ahoj|díky|čau) \{\}", re.IGNORECASE)
# IBANs of this set's people: an Appenzell breeder's, a Torrelavega dealer's, a Sivas kennel's, a Czech groom's
IBAN_SHAPES_HELDOUT69 = {"CH": "5n12c", "ES": "20n", "TR": "5n1n16c", "CZ": "20n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT69 = ["sennenhund", "viehschau", "alpfahrt", "ganado", "pasiego", "tudanca", "kangal", "kopek",
                      "kladruby", "starokladrubak", "grooming", "kennel", "cattery", "rescue", "farrier",
                      "vivarium", "aquaristik", "chovatel"]  # fmt: skip
# an animal-care word and its well-known misspelling
MISSPELT_HELDOUT69 = {
    "kennel": "kennal", "vaccination": "vacination", "veterinary": "vetinary", "farrier": "ferrier",
    "microchip": "microship", "neutered": "nuetered", "aquarium": "aquariam", "cattery": "catery",
    "grooming": "groomming", "leash": "leesh", "breeder": "breader", "auction": "auktion",
}  # fmt: skip
MISSPELT_WORD_HELDOUT69 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT69, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# an English word with an 'i' in it, outside the slots and the titles, for the Turkish keyboard's dotless 'ı'
I_WORD_HELDOUT69 = re.compile(r"(?<![\w{}'@.#$/<-])([a-hj-z]*i[a-z]*)(?![\w{}'@./<-])")
TURKISH_FOLD_HELDOUT69 = str.maketrans({"ı": "i", "İ": "I"})


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Koçyiğit' -> 'kocyigit',
    'Manser-Koller' -> 'manserkoller')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name.translate(TURKISH_FOLD_HELDOUT69)).lower())


def _fold(name: str) -> str:
    """A name without its accents, the case kept ('Lavín' -> 'Lavin', 'Dörig' -> 'Dorig')."""
    name = name.translate(TURKISH_FOLD_HELDOUT69)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _tr_upper(name: str) -> str:
    """A Turkish name in Turkish capitals, the dotted i as 'İ' and the dotless as 'I' ('Koçyiğit' ->
    'KOÇYİĞİT', 'Sarıtaş' -> 'SARITAŞ')."""
    return name.replace("i", "İ").replace("ı", "I").upper()


def _dotless(word: str) -> str:
    """A word with its first 'i' typed as a Turkish keyboard's dotless 'ı' ('this' -> 'thıs')."""
    i = word.index("i")
    return word[:i] + "ı" + word[i + 1 :]


class Gen69(Gen3):
    """Generators for held-out set 69: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT69; a Czech woman's family name in
        its feminine form."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT69))
        men, women, lasts = NAMES_HELDOUT69[origin]
        if woman is None:
            woman = rng.random() < 0.5
        last = rng.choice(lasts)
        if origin == "kladruby" and woman:
            last = CZECH_FEMININE_HELDOUT69[last]
        return origin, rng.choice(women if woman else men), last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "appenzell":
            if r < 0.25:  # a show catalogue, as the valley says it: 'Inauen Köbi'
                return f"{last} {first}"
            if r < 0.5 and woman:  # the Swiss alliance name: 'Vreni Manser-Koller'
                own = rng.choice([x for x in NAMES_HELDOUT69["appenzell"][2] if x != last])
                return f"{first} {last}-{own}"
        if origin == "pasiego":
            second = rng.choice([x for x in NAMES_HELDOUT69["pasiego"][2] if x != last])
            if r < 0.25:  # a register: 'ABASCAL LAVÍN, Sagrario'
                return f"{last.upper()} {second.upper()}, {first}"
            if r < 0.7:  # both surnames: 'Celestino Cobo Revuelta'
                return f"{first} {last} {second}"
        if origin == "sivas" and r < 0.25:  # a register: 'SARITAŞ Fatma'
            return f"{_tr_upper(last)} {first}"
        if origin == "kladruby" and r < 0.2:  # a show catalogue: 'DVOŘÁKOVÁ Jitka'
            return f"{last.upper()} {first}"
        return f"{first} {last}"

    def _short(self, origin: str, first: str) -> str:
        """The given name as the yard or the village says it, where the origin has a short form."""
        if origin == "pasiego":
            return SPANISH_SHORT_HELDOUT69.get(first, first)
        if origin == "kladruby":
            return CZECH_SHORT_HELDOUT69.get(first, (first, first))[0]
        return first

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.64:
            name = self._full(origin, first, last, woman)
        elif r < 0.86:
            name = self._short(origin, first) if rng.random() < 0.6 else first
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name) and origin != "sivas":
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('el tío Venancio', 'Osman amca', 'pane Dvořáku', 'paní
        Kučerová'), from the origin that uses it."""
        origin, woman, goes_with, _after = TITLED_HELDOUT69[title.lower()]
        _, first, last, _ = self._origin_name(origin, woman)
        if goes_with == "vocative":
            masculine = {v: k for k, v in CZECH_FEMININE_HELDOUT69.items()}.get(last, last)
            return CZECH_VOCATIVE_FAMILY_HELDOUT69[masculine]
        return last if goes_with == "family" else first

    def vocative_person(self) -> str:
        """A Czech short given name in the vocative, as after 'ahoj' or 'díky' ('Jardo', 'Hanko')."""
        return self.rng.choice([v for _, v in CZECH_SHORT_HELDOUT69.values()])

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, a vocative
        where a Czech greeting comes before it."""
        m = TITLE_SLOT_HELDOUT69.search(template) or TITLE_AFTER_SLOT_HELDOUT69.search(template)
        if m:
            return self.titled_person(m.group(1))
        if VOCATIVE_SLOT_HELDOUT69.search(template):
            return self.vocative_person()
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        shapes = [
            f"{pick(['Hauptgasse', 'Engelgasse', 'Weissbadstrasse', 'Gaiserstrasse'])} {n}, 9050 Appenzell",
            f"{pick(['Sonnhalde', 'Kaubad', 'Jakobsbad', 'Dorfstrasse'])} {rng.randint(1, 30)}, 9108 Gonten",
            f"{pick(['Tal', 'Zürchersmühle', 'Osterbühl'])} {rng.randint(1, 60)}, 9107 Urnäsch",
            f"{pick(['Poststrasse', 'Oberdorfstrasse', 'Kasernenstrasse'])} {n}{pick(['', 'a'])}, 9100 Herisau",
            f"C/ {pick(['Julián Ceballos', 'José María Pereda', 'Ruiz Tagle', 'Consolación'])}, {n}, {rng.randint(1, 6)}º {pick(['izda.', 'dcha.', 'A', 'B'])}, 3930{rng.randint(0, 9)} Torrelavega (Cantabria)",
            f"Barrio {pick(['Yera', 'Guzparras', 'La Gurueba', 'Candolías'])} s/n, 39685 Vega de Pas (Cantabria)",
            f"Barrio {pick(['El Bardal', 'Campo', 'La Iglesia'])} {rng.randint(1, 40)}, 39696 Selaya (Cantabria)",
            f"{pick(['Kılavuz', 'Yenişehir', 'Mehmet Akif Ersoy'])} Mah. {pick(['Atatürk Cad.', 'İstasyon Cad.', 'Gökçe Sok.'])} No: {n} D: {rng.randint(1, 12)}, 580{pick(['60', '40', '70'])} Merkez/Sivas",
            f"{pick(['Deliktaş', 'Çetinkaya', 'Mamaş', 'Yellice'])} Köyü No: {rng.randint(1, 90)}, 58900 Kangal/Sivas",
            f"{pick(['Cumhuriyet', 'Yeni', 'Camii Kebir'])} Mah. {pick(['Kale Sok.', 'Çarşı Cad.'])} No: {n}, 58300 Divriği/Sivas",
            f"{pick(['Sladkovského', 'Palackého', 'Jindřišská', 'Sakařova'])} {rng.randint(100, 2999)}/{rng.randint(1, 40)}, 530 02 Pardubice",
            f"Kladruby nad Labem {rng.randint(1, 180)}, 533 14 Kladruby nad Labem",
            f"{pick(['Masarykovo nám.', 'Pardubická', 'Hradecká'])} {rng.randint(1, 1500)}, 535 01 Přelouč",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT69)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 2007)}",
                           f"{subject}_{last}", f"{first}-{subject}"])  # fmt: skip
        domain = rng.choice(["bluewin.ch", "gmx.ch", "sunrise.ch", "hotmail.es", "telefonica.net", "yahoo.es",
                             "hotmail.com.tr", "mynet.com", "ttmail.com", "seznam.cz", "email.cz", "centrum.cz",
                             "gmail.com", "outlook.com", "proton.me"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"071 {rng.choice(['787', '794', '364', '351'])} {d(2)} {d(2)}",  # Appenzell, Gonten, Urnäsch, Herisau
            f"+41 71 {rng.choice(['787', '794', '364'])} {d(2)} {d(2)}",
            f"07{rng.choice('68')} {d(3)} {d(2)} {d(2)}",  # Swiss mobile
            f"+41 7{rng.choice('68')} {d(3)} {d(2)} {d(2)}",
            f"942 {rng.choice(['88', '89', '59', '80'])} {d(2)} {d(2)}",  # Cantabria
            f"6{rng.choice('0123456789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Spanish mobile
            f"+34 6{d(2)} {d(3)} {d(3)}",
            f"0346 {d(3)} {d(2)} {d(2)}",  # Sivas
            f"05{rng.choice(['32', '33', '42', '05', '55'])} {d(3)} {d(2)} {d(2)}",  # Turkish mobile
            f"+90 5{rng.choice(['32', '42', '05'])} {d(3)} {d(4)}",
            f"+420 466 {d(3)} {d(3)}",  # Pardubice
            f"{rng.choice(['602', '603', '604', '721', '777'])} {d(3)} {d(3)}",  # Czech mobile
            f"+420 {rng.choice(['602', '721', '777'])} {d(3)} {d(3)}",
        ]  # fmt: skip
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2221", 16), ("34", 15),
                                     ("37", 15), ("6011", 16), ("36", 14)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length in (14, 15):
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT69))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT69[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the grooming salon's tablet, the kennel's run cameras, a cattery's
        thermostat, the shelter's intake PC, the chip scanner's dock, an aquarium's controller, a reptile
        room, a stable's gate, the cattle market's screen and scale and this set's pastes; v4 and v6;
        `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:1210:{h()}:{h()}::{h()}", f"2a0c:5a80:{h()}:{h()}::{h()}", f"2a02:ff0:{h()}:{h()}::{h()}",
                         f"2a00:1028:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the grooming salon's booking tablet is on {}, it lost the saturday appointments", v4),
            ("the camera over kennel run 4 is {}, the picture freezes at night", rng.choice([v4, v6])),
            ("the cattery's thermostat is on {}, pen 3 got cold again", v4),
            ("the shelter's intake pc is {}, the chip numbers won't save", v4),
            ("the microchip scanner's dock is on {}, it stopped syncing the readings", v4),
            ("my aquarium controller is {}, the dosing pump went off at 3am", rng.choice([v4, v6])),
            ("the reptile room's thermostat is on {}, the heat mats are on full", v4),
            ("the yard gate's keypad is on {}, the farrier couldn't get in this morning", v4),
            ("the auction screen in the ring is {}, the bids lag behind", v4),
            ("the cattle scale at the market is on {}, the weights come through twice", v4),
            ("the dog walker's gps tracker hub is {}, the routes are missing", rng.choice([v4, v6])),
            ("the rescue's lost-pet alerts run on {}", rng.choice([v4, v6])),
            ("DATABASE_HOST={}", v4),
            ("  - ipv6_address: {}", v6),
            ("SMTP_SERVER={}", v4),
            ("DB_HOST={}", v4),
            ("2024-05-11 07:52:19 WARN chip-dock: upload from {} failed, 3 readings queued", v4),
            ("[huginn] 2024-05-11T08:01:44Z agent 12 'lost pets' fetch from {} timed out", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Gonten', 'Urnaesch', 'Appenzell'])}{rng.choice(['9108', '9107', '9050'])}{rng.choice(['!', '#', ''])}",
                f"{rng.choice(['Torrelavega', 'VegadePas', 'Tudanca'])}#{rng.choice(['39300', '39685', '1972'])}",
                f"{rng.choice(['Kangal', 'Karabas', 'Sivas'])}_{rng.choice(['58900', '58', 'kopek'])}",
                f"{rng.choice(['Kladruby', 'Pardubice', 'Prelouc'])}*{rng.choice(['533', '1579', '530'])}",
                rng.choice(["groomer", "kennel", "vivarium", "cattery", "farrier"]).translate(leet) + rng.choice(["", "!", "_69"]),
                f"{rng.choice(['Bari', 'Luna', 'Karabas', 'Generale'])}-ring{rng.randint(1, 9)}-{rng.randint(2019, 2025)}",
                f"{rng.choice(['Sennenhund', 'Pasiega', 'Starokladrubak'])}{rng.choice(['&', '+', '*'])}{rng.randint(10, 999)}",
                f"{rng.choice(['walkies', 'hoof', 'pen'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the salon wifi is taped under the grooming table, {}", pw),
            ("the clipboard on kennel run 2 has the booking login on it, {}", pw),
            ("someone wrote the database password on the chip scanner's battery cover, {}", pw),
            ("the rescue portal password is inside the vaccination booklet, {}", pw),
            ("the feed room whiteboard has the yard wifi on it, {}", pw),
            ("the farrier keeps his app password in the back of the shoeing diary, {}", pw),
            ("the controller password is on a sticker on the aquarium's filter lid, {}", pw),
            ("pen 5's card at the cattery has the camera login on it, {}", pw),
            ("the lot board at the auction had the wifi written in the corner, {}", pw),
            ("the tag on the dog walker's key ring has the alarm code, {}", d(4)),
            ("the key safe at the kennels is {}", d(4)),
            ("the gate code for the yard is {}, shut it behind you", d(4)),
            ("my pet sitter account password is {}, can you book the cat for august", pw),
            ("the shelter's adoption login is {}, the foster forms are in there", pw),
            ("ok the breed club password is {}, the show entries close friday", pw),
            # cues in ways no earlier set used
            ("s passwort isch {}, seg's niemerem", pw),
            ("la contraseña es {}, no se lo digas a naide", pw),
            ("şifre {}, kimseye söyleme", pw),
            ("heslo je {}, nikomu to neříkej", pw),
            # commands
            ("$ curl -u walker:{} http://rota.local/api/walks", colonless),
            ("$ psql postgresql://sylius:{}@db:5432/sylius_prod", colonless),
            ("$ mysql -u nocobase -p{} adoptions", colonless),
            # pastes
            ("APP_SECRET={}", tok(32, hexl)),
            ("DATABASE_URL=mysql://sylius:{}@127.0.0.1:3306/sylius_prod", colonless),
            ("MAILER_DSN=smtp://shop%40vivarium.local:{}@mail.local:587", colonless),
            ("APP_SECRET_TOKEN={}", tok(64, hexl)),
            ("DATABASE_PASSWORD={}", pw),
            ("INVITATION_CODE={}", colonless),
            ("SMTP_PASSWORD={}", pw),
            ("ENCRYPTION_SECRET={}", tok(32, alnum)),
            ("DATABASE_URL=postgresql://postgres:{}@typebot-db:5432/typebot", colonless),
            ("NEXTAUTH_SECRET={}", tok(44, alnum)),
            ("APP_KEY={}", tok(40, alnum)),
            ("DB_PASSWORD={}", pw),
            ("INIT_ROOT_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.grooms', 'x_kennel', 'cattery.x', 'x-kangal58')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.grooms",
                f"{last}_kennel",
                f"{first}-walks{rng.randint(1, 9)}",
                f"cattery.{first}",
                f"{first}_lot{rng.randint(100, 399)}",
                f"{last}.farrier",
                f"vivarium_{first}",
                f"{first}-kangal58",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "dni": f"{day:02d} {m:02d} {year}",
            "es": f"{day} de {ES_MONTHS_HELDOUT69[m - 1]} de {year}",
            "tr": f"{day} {TR_MONTHS_HELDOUT69[m - 1]} {year}",
            "cz": f"{day}. {CZ_MONTHS_HELDOUT69[m - 1]} {year}",
            "ch": f"{day}.{m}.{year % 100:02d}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["dni", "es", "tr", "cz", "ch", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the market dealer card wants the date off my dni, {}", s["dni"]),
            ("nací el {}, the chip register wants it for the keeper", s["es"]),
            ("doğum tarihim {}, the kennel club form asks for it", s["tr"]),
            ("narozen {}, the stud's form for the grooms needs it", s["cz"]),
            ("i put {} as my birthday on the breed club form, swiss style", s["ch"]),
            ("the adoption form wants my date of birth, it's {}", any_shape),
            ("the farrier's booking account asked for my birthday, {}", any_shape),
            ("for the microchip transfer i had to give my date of birth, {}", any_shape),
            ("Fecha de nacimiento: {}", s["dni"]),
            ("Doğum tarihi: {}", s["tr"]),
            ("Datum narození: {}", s["cz"]),
            ("Geburtsdatum: {}", s["ch"]),
            ("Keeper date of birth: {}", any_shape),
            ('  "keeper_dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


ES_MONTHS_HELDOUT69 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
TR_MONTHS_HELDOUT69 = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
# the months in the genitive, as a Czech date writes them
CZ_MONTHS_HELDOUT69 = (
    "ledna února března dubna května června července srpna září října listopadu prosince".split()
)


HELDOUT69_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} grooms our sennenhund every six weeks, she's booked till june",
        "can you ask {} if he can walk the dog on tuesday and thursday",
        "{} is looking after the cats while we're in mallorca",
        "{} runs the kennels out past the station, the runs are spotless",
        "{} does the cattery on the hill, pen 3 is ours in august",
        "{} fostered the three kittens from the shelter",
        "{} is coming to shoe the mare on friday at 8",
        "{} is the yard manager, ask her about the turnout rota",
        "{} sold me the bearded dragon and the vivarium",
        "{} at the aquarium shop says the tank needs another week to cycle",
        "{} still has the keeper's name on the microchip, we need the transfer",
        "{} judged the sennenhund ring at the show on sunday",
        "{} won best in show with the old tom cat",
        "{} bought lot 214 at the market, the tudanca heifer",
        "{} consigned six pasiega cows to the torrelavega auction",
        "el tío {} still walks his cows up to the cabaña every may",
        "la tía {} makes the sobaos and minds the calves",
        "{} Bey has the best kangal pups in the village",
        "{} Hanım brought the pup in for the rabies shot",
        "{} amca feeds the shelter dogs every morning before the mosque",
        "{} teyze keeps the strays fed behind the bakery",
        "{} Usta shod the horses for the whole valley",
        "pane {}, the mare in box 12 is lame again",
        "paní {} has the grey foals this year",
        "ahoj {}, can you turn out the stallions at 7",
        "díky {}, the dog show photos are great",
        "{} drove the greys at the stud's open day",
        "{} walks the dogs along the river every afternoon",
        "{} breeds the czech spotted pointers near přelouč",
        "{} picked up the rescue dog from the shelter yesterday",
        "{} says the gecko needs a warmer hide",
        "i left the spare key with {} for the feeding",
        "ok so {} is doing the pet sitting next week, not me",
        "{} clipped the poodle way too short lol",
        "{} wrote the adoption report, we passed the home check",
        "{} is the new vet nurse at the rescue",
        "{} takes the cows up the alp with the whole family in the costumes",
        "{} trims the goats' hooves before the show",
        "yes {} has the cat's vaccination booklet",
        "{} bid against me for the heifer and won",
        "Züchter: {}",
        "Besitzer: {}",
        "Richter: {}",
        "Exhibitor: {}",
        "Lot 214, consigned by: {}",
        "Vendedor: {}",
        "Comprador: {}",
        "Buyer: {}",
        "Adopter: {}",
        "Foster carer: {}",
        "Rota, Sat am: {}; {}",
        "Walker: {}",
        "Sitter: {}",
        "Farrier: {}",
        "Kovář: {}",
        "Registered keeper: {}",
        "Sahibi: {}",
        "Chovatel: {}",
        "Yard manager: {}",
        "Groom, box 12: {}",
        "| ring 3 | Bäri vom Kronberg | {} |",
        '"keeper": "{}",',
    ],
    "STREET_ADDRESS": [
        "the puppy goes home to {} on saturday",
        "send the chip transfer papers to {}",
        "the cat's staying at {} while we're away",
        "the farrier invoice went to {}",
        "the rescue's foster house is at {}",
        "pick up the vivarium from {}",
        "the breeder lives at {}, the pups are in the barn",
        "Adresse: {}",
        "Dirección: {}",
        "Adres: {}",
        "Adresa: {}",
        "Keeper's address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the show entry to {}",
        "the walking rota comes from {}",
        "email the groomer at {} to book",
        "the adoption papers came from {}",
        "Email (keeper): {}",
        '"email": "{}",',
        "MAILER_FROM={}",
        "INIT_ROOT_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the groomer's number is {}",
        "call the kennels on {} before you come",
        "my dog walker's mobile is {}",
        "the farrier's on {}, he only answers after 6",
        "ring the shelter on {} about the foster",
        "Tel.: {}",
        "Teléfono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the grooming package with {}",
        "the boarding stay went on {}",
        "the show entry fee went on {}",
        "put the vivarium on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the pup's deposit into {}",
        "the farrier wants the money to {}",
        "the auction pays the lot out to {}",
        "the rescue's account is {}",
        "IBAN: {}",
        "IBAN (Zuchtbeitrag): {}",
    ],
    "USERNAME": [
        "on Wag! I'm {}",
        "my Petcube login is {}",
        "the Furbo app has me as {}",
        "on Dogorama I'm {}",
        "my Catster name was {}",
        "my Fressnapf login is {}",
        "on Zooplus I'm {}",
        "the PetRescue listing is under {}",
        "on Sahibinden I'm {}",
        "my Milanuncios user is {}",
        "on Letgo the seller was {}",
        "the kangal forum knows me as {}",
        "my cat club login is {}",
        "find me on Dogorama, {}",
        "the breed club's forum login is {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT69_MIXED = [
    ("Züchter: {}, Tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Foster carer: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("DB_HOST={}\nDB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:3000/api/v1/bookings", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the gate code for the yard, it's {}", ["PERSON", "SECRET"]),
    ("Registered keeper: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Petcube login is {}, the deposit goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the puppy came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the boarding with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} Bey can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Adopter: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT69_NEGATIVES = [
    "the Viehschau in Appenzell is every autumn",
    "Gonten and Urnäsch are villages in Appenzell",
    "the Alpfahrt is when the cows go up to the alp in costume",
    "the Appenzeller Sennenhund is one of four Swiss mountain dogs",
    "a Swiss alliance name puts the maiden name after a hyphen",
    "Bäri vom Kronberg is a dog's kennel name, not a person",
    "Zucht Fässler is the name of a kennel",
    "9050 is Appenzell and 9108 is Gonten",
    "the Torrelavega market sells cattle every Wednesday",
    "Pasiegos move their cows between cabañas through the year",
    "the Tudanca is a Cantabrian breed of cattle",
    "Spanish names carry the father's surname and then the mother's",
    "el tío and la tía are how a village calls its older people",
    "Piensos Abascal is a feed shop",
    "39300 is Torrelavega and 39685 is Vega de Pas",
    "s/n means the house has no number",
    "the Kangal is a Turkish shepherd dog from Sivas",
    "Karabaş is a common name for a Kangal dog",
    "Bey and Hanım go after a given name in Turkish",
    "amca means uncle and teyze auntie, and people use them for any older neighbour",
    "Koçyiğit Kangal Çiftliği is a kennel",
    "58900 is Kangal",
    "the Kangal dog festival is in the summer",
    "Kladruby nad Labem is the oldest horse stud in Czechia",
    "the Kladruber horses are greys and blacks",
    "a Czech woman's surname usually ends in -ová",
    "Czech uses the vocative when you talk to someone",
    "pane and paní are Mr and Mrs in Czech",
    "530 02 is Pardubice and 535 01 is Přelouč",
    "Czech addresses can have two numbers, like 112/6",
    "the Czech spotted pointer is called the Český fousek",
    "lot 214 is a tudanca heifer, 480 kilos",
    "the heifer went for 1,450 euros",
    "ring 3 starts at 10:15 with the puppies",
    "the show entry closes on the 12th",
    "microchip 756098100123456 is on the pup's pet passport",
    "chips are 15 digits and the first three are the country",
    "the rabies shot has to be 21 days before travel",
    "the grooming takes about two and a half hours",
    "a full groom is 95 francs, a bath and tidy 60",
    "the dog walks are 45 minutes, max five dogs",
    "boarding is 38 euros a night, 30 for a second cat",
    "pen 3 at the cattery is heated",
    "the kennel runs are hosed out at 7 and 4",
    "the mare takes a size 2 shoe in front",
    "the farrier comes every six to eight weeks",
    "box 12 is the grey mare, box 13 the colt",
    "turnout is 8 till 4 in the winter",
    "the tank is 240 litres and runs at 25 degrees",
    "the basking spot should be around 40 degrees",
    "the UVB tube needs changing every 12 months",
    "order 55821 is two heat mats and a thermostat",
    "the adoption fee is 250 euros and includes the chip",
    "the home check is done before every adoption",
    "the shelter has 42 dogs and 17 cats right now",
    "Sylius 1.13 changed the checkout",
    "Huginn moved to Ruby 3 in the last release",
    "Typebot 2.27 added the new blocks",
    "NocoBase 1.4 has a new plugin manager",
    "fixed in commit 9c31e7a, see the changelog",
    "APP_SECRET=",
    "INVITATION_CODE=try-huginn",
    "APP_KEY=your-secret-key",
    "DB_PASSWORD=changeme",
    "gate code: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "CH93 0076 2011 6238 5295 7 is the example IBAN in the docs",
    "ES91 2100 0418 4502 0005 1332 is the example IBAN in the docs",
    "write to keeper@example.org on the form",
    "192.0.2.69 is a documentation address",
    "198.51.100.69 is a documentation address",
    "2001:db8:69::1 is a documentation address",
    "call 112 for emergencies anywhere in the EU",
    "did the puppy eat this morning",
    "the cat's fine, just sulking",
    "ok the walk went fine, he pulled the whole way",
    "yes the horse is shod, thanks",
    "WE GOT THE PUPPY",
    "grüezi mitenand",
    "buenos días, ¿qué tal el ganado?",
    "dobrý den, jak se máte",
]  # fmt: skip


def _typo69(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types with a leash in the other hand,
    an animal-care word's well-known misspelling ('kennel' -> 'kennal', 'vaccination' -> 'vacination'), or a
    Turkish keyboard's dotless 'ı' for an 'i' in one word ('this' -> 'thıs'). Only in sentences typed to the
    bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT69.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT69[m.group(1)] + template[m.end() :]
    dotted = list(I_WORD_HELDOUT69.finditer(template))
    if not dotted:
        return template
    m = rng.choice(dotted)
    return template[: m.start()] + _dotless(m.group(1)) + template[m.end() :]


def build_heldout69(seed: int = HELDOUT69_SEED) -> list[Example]:
    """Held-out set 69: `Gen69` values in `HELDOUT69_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen69(seed)
    return assemble_module_set(
        gen, HELDOUT69_TEMPLATES, HELDOUT69_MIXED, HELDOUT69_NEGATIVES, _typo69, person=gen.person_for
    )
