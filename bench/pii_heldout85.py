"""Held-out PII set 85 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout85": written before round 53 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT85 is empty, as for
held-out 16 to 84; written at the same time as held-out 86, the two authors split the world between them: 85
takes inland waterways (narrowboat and houseboat dwellers, marina berths, lock keepers, river ferries, punts
and canoe hire, canal restoration volunteers, boat licences and moorings), 86 takes photography and film made
by amateurs); hand-written lists of the mariniers, the bargee families of the Canal du Nivernais and of
Saint-Jean-de-Losne on the Saône (the old péniches turned into homes, the seasonal éclusiers of the
Nivernais' locks, the hire bases and the halte nautique; old French given names ('Lazare', 'Fernand',
'Gaston', 'Léontine', 'Honorine', 'Germaine', 'Marie-Thérèse'), family names of the Nièvre and the Yonne
('Guillemot', 'Chapuis', 'Ravier', 'Bourgeon', 'Jolivet', 'Guyard', 'Lhoste'), a French register's 'FAMILY
Given' ('GUILLEMOT Lazare'), a widow's 'veuve' inside the span ('Honorine Chapuis veuve Guyard'), and 'le
père' before a man's and 'la mère' before a woman's family name, as the canal calls its elders, outside the
span: 'le père Guillemot', 'la mère Chapuis'), the Kahnfährleute, the punt ferrymen of Lehde, Lübbenau and
Burg in the Spreewald (the punt harbours, the ferrymen's co-operative, the canoe hire and the Kahn licences;
German given names of the GDR years ('Uwe', 'Detlef', 'Heiko', 'Ramona', 'Doreen', 'Hannelore'), Wendish
family names in their German spelling ('Konzack', 'Kaupisch', 'Kschischang', 'Kito', 'Starick', 'Mattick',
'Lehnigk'), a crew list's 'Family, Given' ('Konzack, Uwe'), the Lower Sorbian given name in brackets inside
the span ('Fritz (Fryco) Konzack'), and 'Fährmann' before a man's and 'Fährfrau' before a woman's full name
outside the span), the trajineros, remeros and chinamperos of Xochimilco's canals in Mexico City (the
embarcaderos of Cuemanco, Nativitas and Caltongo, the trajinera licences, the canoe races and the chinampas;
old saints' given names ('Crescencio', 'Odilón', 'Margarito', 'Eleuterio', 'Eustolia', 'Macrina', 'Leocadia'),
the pueblos' family names of Nahuatl origin ('Xolalpa', 'Tepale', 'Chilpa', 'Acatitla', 'Tlatelpa', 'Cuautle')
and others ('Nápoles', 'Mendieta'), both family names ('Crescencio Xolalpa Tepale'), a Mexican permit's
'FAMILY FAMILY GIVEN' in capitals ('XOLALPA TEPALE CRESCENCIO'), and 'mayordomo' before a man's and
'mayordoma' before a woman's full name, the fiesta's stewards, outside the span) and the Kukama-Kukamiria
families of Belén's floating houses in Iquitos on the Itaya (the peque-peque taxis, the balsas, the river
ferries to Santa Rosa and the lanchas to Yurimaguas; Loreto's given names ('Wilder', 'Rusbel', 'Nilton',
'Jhonny', 'Leydi', 'Rosaura', 'Delicia', 'Zoila'), Kukama family names ('Tapullima', 'Manihuari',
'Curitima', 'Yuyarima', 'Arimuya', 'Canayo', 'Murayari', 'Huaymacari'), a Peruvian DNI's 'FAMILY FAMILY,
Given' ('TAPULLIMA CANAYO, Wilder'), both family names, and 'patrón' before a man's and 'patrona' before a
woman's given name, the boat's owner, outside the span); names on a mooring permit, a boat licence, a lock
keeper's logbook, a ferry crew list, a punt or canoe hire agreement, a restoration work party's sign-up sheet,
a trajinera's licence, a passenger list and an invoice; a boatyard, a hire base, a punt harbour or a boat
that carries a family name ('Chantier Guillemot et Fils', 'Kahnfährhafen Kaupisch', 'Embarcadero Xolalpa',
'Lancha Tapullima III') no person either, a berth's, a pontoon's, a lock's, a licence's, a hull's, a
trajinera's or a PK's number no secret; a permit's ('Titulaire de l'autorisation de stationnement :',
'Liegeplatzinhaber:', 'Berth holder:', 'Permisionario:'), a licence's ('Licensee:', 'Propriétaire du bateau
:', 'Bootseigner:', 'Titular de la matrícula:'), a logbook's ('Éclusier de service :', 'Schleusenwärter:',
'Lock keeper on duty:'), a crew list's ('Fährmann:', 'Ferry crew:', 'Motorista:', 'Patrón de la
embarcación:'), a hire agreement's ('Hirer:', 'Locataire :', 'Mieter (Kahn):', 'Arrendatario:'), a work
party's ('Work party lead:', 'Bénévole :', 'Volunteer:'), a trajinera's ('Remero:', 'Trajinera registrada a
nombre de:'), a floating house's ('Propietario de la casa flotante:') and an invoice's ('Facturé à :',
'Rechnungsempfänger:', 'Facturar a:', 'Invoice to:') fields; over three quarters of the sentences typed to
the bot or a friend: the mooring fee and the winter berth, the lock that would not fill, the windlass left
on the beam, the weed hatch and the prop, the pump-out and the water point, the boat licence to renew, the
punt trip through Lehde with the pickle barrels, the canoe that came back late, the work party clearing a
lock chamber, the trajinera on a Sunday and the mariachi boat, the floating house rising with the river and
the peque-peque to the market; self-hosted apps' config no earlier set pasted: openNDS's /etc/config/opennds
for the marina's wifi, ioBroker's iobroker.json for the shore-power pedestals, FusionPBX's config.conf for
the hire base's phones and Conduit's conduit.toml for the restoration society's Matrix chat; those regions'
addresses (Saint-Jean-de-Losne's '12 quai National, 21170 Saint-Jean-de-Losne', a lock house's 'Maison
éclusière, Écluse de Sardy, 58800 Sardy-lès-Épiry', a boat's own 'Bateau Espérance, halte nautique, 58110
Châtillon-en-Bazois', Clamecy's and Auxerre's, Lehde's 'Dorfstraße 9, 03222 Lübbenau/Spreewald OT Lehde',
Burg's 'Byhleguhrer Straße 12, 03096 Burg (Spreewald)' and Lübben's '15907', Xochimilco's 'Calle Violeta 23,
Barrio Xaltocan, Xochimilco, 16090 Ciudad de México, CDMX', a lot in a block ('Mz. 4 Lt. 12') in San
Gregorio Atlapulco and an embarcadero's 'Local 14', Belén's 'Pasaje Venecia Mz. B Lt. 7, Belén, Iquitos,
Loreto', a floating house's 'Casa flotante 18, Belén Bajo, Iquitos' and Iquitos' and Punchana's '16001' and
'16002') and phones (Saint-Jean-de-Losne's '03 80 29', Clamecy's '03 86 27', French mobiles '06' and '07' in
pairs and '+33 6', Lübbenau's '03542', Burg's '035603', German mobiles '015x', '017x' and '+49 1', Xochimilco's
'(55) 5676-', Mexico City mobiles '55' and '+52 55', Iquitos' '(065) 23', Peruvian mobiles '9xx' and '+51
9'); Visa, Mastercard 55 and 2221, Diners 36 and Carnet 5062 as a mooring fee, a punt trip, a trajinera hire
or a ferry ticket take them; IBANs of France, Germany, the Netherlands (a Dutch hotel barge's owner) and
Belgium (a Flemish bargee's); IPs of the marina's shore-power pedestals, the lock's level sensor, the boat's
Raspberry Pi chart plotter, the ferry's ticket machine, the canoe hire's booking tablet, the embarcadero's
camera, the floating house's 4G router, the lock keeper's cabin webcam, the bilge alarm and the pastes above,
v6 in 2a01:e0a:, 2003:, 2806:2f0: and 2800:200: ranges; passwords handed over in ways no earlier set used
(chalked on the lock beam, on the windlass's tag, inside the weed hatch lid, on the back of the mooring
permit, in the licence disc holder, in the lock keeper's logbook, on the punt pole's tag, on the trajinera's
painted name board, on the back of the canoe hire agreement, on the work party's sign-up sheet, on the
shower block's key fob), the Nivernais ('Nivernais58!', 'Ecluse#31'), Lehde ('Lehde03222', 'Kahn#1911'),
Xochimilco ('Xochimilco16090', 'Trajinera#55'), Belén ('Belen16001', 'PequePeque#065'), canal words in
leetspeak ('n4rr0wb04t', 'w1ndl4ss'), a pontoon and a berth ('Pontoon3-Berth17') and a lock and a year
('Lock31-2025'), and cues in a bargee's French ('le mot de passe c'est ..., tu le dis à personne'), the
Spreewald's Brandenburg German ('det Passwort is ..., sach's keenem'), Mexico City's Spanish ('la contra es
..., no se la pases a nadie, güey') and Loreto's ('la clave es ..., no le digas a nadies pues'); usernames on
Navily, noforeignland, Fluviacarte, the Canal World forum, Paddle Logger, Samboat, Locaboat, Savvy Navvy,
Jappy, Taringa, MercadoLibre and Waze, shapes like 'x.peniche', 'x_kahn', 'nb.x', 'x-trajinera',
'x.lockkeeper', 'xx_itaya', 'x.berth12' and 'x.nivernais'; dates of birth for a boat licence, a mooring
permit, a hire agreement, a volunteer's form, a ferry's passenger list and a trajinera licence, in French
('né le 14 mars 1958') and a French form's '14/03/1958', German ('geboren am 14. März 1958') and a German
form's '14.03.1958', a Mexican form's '14/MAR/1958', Spanish ('nací el 14 de marzo de 1958'), a Peruvian DNI's
'14 03 1958', an English hire agreement's '14th March 1958' and an export's ISO date, a child's life-jacket
form now and then; typos as a boater types on the towpath: a waterway word's well-known misspelling ('weir' ->
'wier', 'berth' -> 'birth', 'propeller' -> 'propellor', 'licence' -> 'lisence', 'restoration' ->
'restauration'), or a boater's shorthand creeping into chat ('narrowboat' -> 'nb', 'continuous cruiser' ->
'cc', 'please' -> 'pls', 'people' -> 'ppl', 'weekend' -> 'wknd'); negatives with the same regions' places,
the titles and the name forms explained, berths, pontoons, locks, licence numbers, hull numbers, trajinera
numbers and PKs alone, opening hours of the locks, fees, dates that are no birthdays, postcodes alone,
boatyards and boats named after families, versions, a commit, placeholder secrets, a masked PIN, test cards,
example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers every user shares, and
short everyday chat; no public figure is named).

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

HELDOUT85_SEED = 7408163
# no faker name locale, as in held-out 16 to 84: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT85: list[str] = []
# inland waterways (held-out 86, written at the same time, takes amateur photography and film); each origin:
# (men's given names, women's given names, family names); ';' separates names, as some hold a space
NAMES_HELDOUT85: dict[str, tuple[list[str], list[str], list[str]]] = {
    # mariniers of the Canal du Nivernais and Saint-Jean-de-Losne: péniches, éclusiers, the halte nautique
    "marinier": ("Lazare;Fernand;Gaston;Marcel;Armand;Émile;Raymond;Léon;Roger;Jean-Claude".split(";"),
                 "Léontine;Honorine;Germaine;Ginette;Paulette;Odette;Simone;Marie-Thérèse;Yvette;Raymonde".split(";"),
                 "Guillemot;Chapuis;Ravier;Bourgeon;Jolivet;Guyard;Perreau;Boudard;Tissier;Ragon;Dumez;Lhoste".split(";")),
    # Kahnfährleute of Lehde, Lübbenau and Burg in the Spreewald: the punt harbours, the canoe hire
    "spreewald": ("Uwe;Detlef;Heiko;Reinhard;Manfred;Fritz;Hans;Peter;Martin;Georg".split(";"),
                  "Ramona;Doreen;Hannelore;Ilona;Gerda;Anke;Peggy;Anna;Marie;Martina".split(";"),
                  "Konzack;Kaupisch;Kschischang;Kito;Starick;Kossack;Buder;Mattick;Lehnigk;Hantschick;Schwella;Noack".split(";")),
    # trajineros, remeros and chinamperos of Xochimilco: the embarcaderos, the trajinera licences
    "xochimilca": ("Crescencio;Odilón;Margarito;Eleuterio;Fidencio;Anastasio;Rogelio;Isidro;Juan Carlos;Baldomero".split(";"),
                   "Eustolia;Macrina;Leocadia;Hermelinda;Rufina;Cirila;Socorro;María de la Luz;Yesenia;Felícitas".split(";"),
                   "Xolalpa;Tepale;Chilpa;Acatitla;Tlatelpa;Cuautle;Nápoles;Mendieta;Tecalco;Galindo".split(";")),
    # Kukama-Kukamiria of Belén's floating houses in Iquitos: peque-peques, balsas, river ferries
    "kukama": ("Wilder;Rusbel;Nilton;Jhonny;Teodoro;Elmer;Gerson;Lizardo;Clever;Orlando".split(";"),
               "Leydi;Rosaura;Delicia;Zoila;Nilda;Maritza;Gladys;Kelly;Sarita;Elita".split(";"),
               "Tapullima;Manihuari;Curitima;Yuyarima;Arimuya;Canayo;Murayari;Huaymacari;Tamani;Panduro".split(";")),
}  # fmt: skip
# the Lower Sorbian given name a Spreewald crew list puts in brackets after the German one
SORBIAN_HELDOUT85 = {
    "Fritz": "Fryco", "Hans": "Hanzo", "Peter": "Pětš", "Martin": "Mjertyn", "Georg": "Juro", "Anna": "Hanka",
    "Marie": "Marja",
}  # fmt: skip
# a title next to the name (outside the span): the origin, whether a woman and which part of the name follows
TITLED_HELDOUT85: dict[str, tuple[str, bool, str]] = {
    "le père": ("marinier", False, "last"),  # the canal's elders, by family name
    "la mère": ("marinier", True, "last"),
    "fährmann": ("spreewald", False, "full"),  # a punt ferryman
    "fährfrau": ("spreewald", True, "full"),
    "mayordomo": ("xochimilca", False, "full"),  # the fiesta's stewards
    "mayordoma": ("xochimilca", True, "full"),
    "patrón": ("kukama", False, "first"),  # the boat's owner
    "patrona": ("kukama", True, "first"),
}
TITLE_SLOT_HELDOUT85 = re.compile(
    r"(?<![\w'.-])(le père|la mère|Fährmann|Fährfrau|mayordomo|mayordoma|patrón|patrona) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a bargee's in France, a ferryman's in Germany, a Dutch hotel barge's owner, a
# Flemish bargee's
IBAN_SHAPES_HELDOUT85 = {"FR": "10n11c2n", "DE": "18n", "NL": "4a10n", "BE": "12n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT85 = ["peniche", "ecluse", "nivernais", "batellerie", "halage", "kahn", "spreewald", "lehde",
                      "faehrmann", "trajinera", "xochimilco", "chinampa", "embarcadero", "belen", "iquitos",
                      "itaya", "mooring", "narrowboat", "canoehire", "lockkeeper", "workparty", "marina",
                      "towpath", "berth"]  # fmt: skip
# a waterway word and its well-known misspelling
MISSPELT_HELDOUT85 = {
    "weir": "wier", "berth": "birth", "propeller": "propellor", "licence": "lisence", "restoration":
    "restauration", "canoe": "canoo", "ferry": "fery", "marina": "marnia", "tomorrow": "tommorow",
    "paddle": "padle", "reservation": "resevation", "definitely": "definately", "rudder": "ruder",
    "anchor": "ancor", "guarantee": "garantee",
}  # fmt: skip
MISSPELT_WORD_HELDOUT85 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT85, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a boater's shorthand creeping into chat
SHORTHAND_HELDOUT85 = {
    "narrowboat": "nb", "continuous cruiser": "cc", "please": "pls", "people": "ppl", "weekend": "wknd",
    "with": "w/", "you": "u", "kilometres": "km", "because": "cos", "something": "smth", "tonight": "2nite",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT85 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT85, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Léontine' -> 'Leontine', 'Nápoles' -> 'Napoles',
    'Pětš' -> 'Pets')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Jean-Claude' ->
    'jeanclaude', 'María de la Luz' -> 'mariadelaluz', 'Émile' -> 'emile')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


class Gen85(Gen3):
    """Generators for held-out set 85: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT85."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT85))
        men, women, lasts = NAMES_HELDOUT85[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice(lasts)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _second(self, origin: str, last: str) -> str:
        """Another family name of the origin: the mother's, a late husband's."""
        return self.rng.choice([x for x in NAMES_HELDOUT85[origin][2] if x != last])

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "marinier":
            if r < 0.3:  # a French register: 'GUILLEMOT Lazare'
                return f"{last.upper()} {first}"
            if r < 0.45 and woman:  # a widow: 'Honorine Chapuis veuve Guyard'
                return f"{first} {last} veuve {self._second(origin, last)}"
        if origin == "spreewald":
            if r < 0.25:  # a crew list: 'Konzack, Uwe'
                return f"{last}, {first}"
            if r < 0.55 and first in SORBIAN_HELDOUT85:  # 'Fritz (Fryco) Konzack'
                return f"{first} ({SORBIAN_HELDOUT85[first]}) {last}"
        if origin == "xochimilca":
            second = self._second(origin, last)
            if r < 0.25:  # a Mexican permit: 'XOLALPA TEPALE CRESCENCIO'
                return f"{last} {second} {first}".upper()
            if r < 0.55:  # both family names: 'Crescencio Xolalpa Tepale'
                return f"{first} {last} {second}"
        if origin == "kukama":
            second = self._second(origin, last)
            if r < 0.25:  # a Peruvian DNI: 'TAPULLIMA CANAYO, Wilder'
                return f"{last.upper()} {second.upper()}, {first}"
            if r < 0.5:
                return f"{first} {last} {second}"
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
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('le père Guillemot', 'la mère Chapuis', 'Fährmann Uwe
        Konzack', 'mayordoma Eustolia Xolalpa Tepale', 'patrón Wilder'), from the origin that uses it."""
        origin, woman, part = TITLED_HELDOUT85[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "last":
            return last
        if part == "first":
            return first
        if origin == "xochimilca" and self.rng.random() < 0.5:
            return f"{first} {last} {self._second(origin, last)}"
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT85.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        shapes = [
            f"{rng.randint(1, 60)} quai {pick(['National', 'de la Saône', 'du Canal'])}, 21170 Saint-Jean-de-Losne",
            f"Maison éclusière, Écluse de {pick(['Sardy', 'Chaumot', 'Mont-et-Marré'])}, 58800 {pick(['Sardy-lès-Épiry', 'Corbigny'])}",
            f"Bateau {pick(['Espérance', 'Saint-Nicolas', 'Ma Normandie', 'Freycinet'])}, halte nautique, 58110 Châtillon-en-Bazois",
            f"{rng.randint(1, 80)} rue {pick(['du Port', 'de Bethléem', 'des Flotteurs'])}, 58500 Clamecy",
            f"{rng.randint(1, 120)} quai de la {pick(['Marine', 'République'])}, 89000 Auxerre",
            f"Dorfstraße {rng.randint(1, 40)}, 03222 Lübbenau/Spreewald OT Lehde",
            f"{pick(['Ehm-Welk-Straße', 'Dammstraße', 'Poststraße'])} {rng.randint(1, 60)}, 03222 Lübbenau/Spreewald",
            f"Byhleguhrer Straße {rng.randint(1, 80)}, 03096 Burg (Spreewald)",
            f"{pick(['Hauptstraße', 'Spreestraße', 'Lindenstraße'])} {rng.randint(1, 90)}, 15907 Lübben (Spreewald)",
            f"Calle {pick(['Violeta', 'Nezahualcóyotl', 'Pino'])} {rng.randint(1, 120)}, Barrio {pick(['Xaltocan', 'Caltongo', 'San Marcos'])}, Xochimilco, 160{pick(['90', '80', '70'])} Ciudad de México, CDMX",
            f"Cerrada {pick(['Ahuehuete', 'del Canal', 'Tulipán'])} Mz. {rng.randint(1, 20)} Lt. {rng.randint(1, 40)}, San Gregorio Atlapulco, 16600 Xochimilco, CDMX",
            f"Embarcadero {pick(['Nativitas', 'Cuemanco', 'Caltongo'])}, Local {rng.randint(1, 40)}, Xochimilco, 16000 CDMX",
            f"Pasaje {pick(['Venecia', 'Florida', '9 de Octubre'])} Mz. {pick('ABCDE')} Lt. {rng.randint(1, 30)}, Belén, Iquitos, Loreto",
            f"Casa flotante {rng.randint(1, 60)}, Belén Bajo, Iquitos, Loreto",
            f"Jr. {pick(['Próspero', 'Huallaga', 'Ucayali'])} {rng.randint(100, 1400)}, Iquitos 16001, Loreto",
            f"Jr. {pick(['Marañón', 'Tacna', 'Ramírez Hurtado'])} {rng.randint(100, 900)}, Punchana 16002, Loreto",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT85)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}_{subject}", f"{first}{rng.randint(1950, 2008)}",
                           f"{subject}.{first}", f"{last}{first[:2]}"])  # fmt: skip
        domain = rng.choice(["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "web.de", "gmx.de",
                             "t-online.de", "freenet.de", "hotmail.com", "outlook.es", "gmail.com",
                             "yahoo.com.mx", "hotmail.es", "yahoo.es", "outlook.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"03 80 29 {d(2)} {d(2)}",  # Saint-Jean-de-Losne
            f"03 86 27 {d(2)} {d(2)}",  # Clamecy
            f"0{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",  # French mobiles
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"03542 {d(5)}",  # Lübbenau
            f"035603 {d(4)}",  # Burg (Spreewald)
            f"01{rng.choice('57')}{rng.choice('12679')} {d(7)}",  # German mobiles
            f"+49 1{rng.choice('57')}{rng.choice('12679')} {d(7)}",
            f"(55) 5676-{d(4)}",  # Xochimilco
            f"55 {d(4)} {d(4)}",  # Mexico City mobiles
            f"+52 55 {d(4)} {d(4)}",
            f"(065) 23-{d(4)}",  # Iquitos
            f"9{d(2)} {d(3)} {d(3)}",  # Peruvian mobiles
            f"+51 9{d(2)} {d(3)} {d(3)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "55", "2221", "36", "5062"])
        if prefix == "36":  # Diners: 14 digits in 4-6-4
            num = _luhn_number(rng, prefix, 14)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT85))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT85[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the marina's shore-power pedestals, the lock's level sensor, the boat's
        chart plotter, the ferry's ticket machine, the canoe hire's tablet, the embarcadero's camera, the
        floating house's router, the lock cabin's webcam, the bilge alarm and this set's pastes; v4 and v6;
        `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a01:e0a:{h()}:{h()}::{h()}", f"2003:{h()}:{h()}:{h()}::{h()}", f"2806:2f0:{h()}:{h()}::{h()}",
                         f"2800:200:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the shore power pedestal on pontoon c is on {}, it cut out at 2am again", v4),
            ("the level sensor at lock 31 reports from {}, the pound was low all morning", rng.choice([v4, v6])),
            ("the raspberry pi chart plotter on the boat came back as {} after i swapped the batteries", v4),
            ("the ferry ticket machine at the landing got {} and now it won't take cards", v4),
            ("the canoe hire booking tablet is on {}, nobody can log in", v4),
            ("the camera at the embarcadero streams from {}, the trajineros want to see the queue", rng.choice([v4, v6])),
            ("the 4g router on our floating house in belen is {}, it drops every time the river rises", v4),
            ("the webcam in the lock keeper's cabin answers on {}", v4),
            ("the bilge alarm texts from {}, check it if it goes off", v4),
            ("the marina wifi portal runs on {}, half the berths can't get on", rng.choice([v4, v6])),
            ("\toption fasremoteip '{}'", v4),
            ('    "host": "{}",', v4),
            ("database.0.host = {}", v4),
            ('address = "{}"', v4),
            ("  - ipv6: {}", v6),
            ("2025-06-14 07:42:10 WARN opennds: client {} refused, faskey mismatch", v4),
            ("[fusionpbx] 2025-06-15T18:03:22Z NOTICE failed login for 'hirebase' from {}", v4),
            ("$ ssh pi@{} 'sudo systemctl restart iobroker'", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Nivernais', 'Ecluse', 'Peniche'])}{rng.choice(['58!', '#31', '_21170'])}",
                f"{rng.choice(['Lehde', 'Kahn', 'Spreewald'])}{rng.choice(['03222', '#1911', '!035603'])}",
                f"{rng.choice(['Xochimilco', 'Trajinera', 'Cuemanco'])}{rng.choice(['16090', '#55', '_5676'])}",
                f"{rng.choice(['Belen', 'PequePeque', 'Itaya'])}{rng.choice(['16001', '#065', '!51'])}",
                rng.choice(["narrowboat", "windlass", "mooring", "lockgate", "towpath"]).translate(leet) + rng.choice(["", "!", "_85"]),
                f"Pontoon{rng.randint(1, 9)}-Berth{rng.randint(1, 60)}",
                f"Lock{rng.randint(1, 120)}-{rng.randint(2019, 2026)}",
                f"{rng.choice(['tiller', 'bollard', 'fender', 'paddle'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        quoteless = re.sub(r"['\"\\]", "", pw)
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the marina wifi password is chalked on the lock beam, {}", pw),
            ("the pump out card pin is on the windlass tag, {}", d(4)),
            ("i wrote the boat's router password inside the weed hatch lid, {}", pw),
            ("the crt login is on the back of the mooring permit, {}", pw),
            ("the licence renewal password is folded in the licence disc holder, {}", pw),
            ("the lock keepers' tablet password is in the logbook, last page, {}", pw),
            ("the punt harbour's booking login is on the tag on the punt pole, {}", pw),
            ("the embarcadero's wifi is painted on the back of the trajinera's name board, {}", pw),
            ("the canoe hire's till password is on the back of the hire agreement, {}", pw),
            ("the work party's shared drive password is on the sign-up sheet, {}", pw),
            ("the shower block code is on the key fob, {}", d(4)),
            ("the sanitary station door code is {}, don't give it to the hire boats", d(4)),
            ("ok the fusionpbx admin password is {}, sort the hire base's voicemail tonight", pw),
            ("my navily api key is {}, use it for the berth bookings", tok(24, alnum)),
            ("the ferry's ticket app password is {}, the first crossing is at 7", pw),
            # cues in ways no earlier set used
            ("le mot de passe c'est {}, tu le dis à personne", pw),
            ("det passwort is {}, sach's keenem", pw),
            ("la contra es {}, no se la pases a nadie, güey", pw),
            ("la clave es {}, no le digas a nadies pues", pw),
            # commands
            ("$ psql postgresql://fusionpbx:{}@localhost:5432/fusionpbx", colonless),
            ("$ redis-cli -h localhost -a {} ping", colonless),
            ("$ curl -u admin:{} http://localhost:8081/api/v1/state", colonless),
            # pastes
            ("\toption faskey '{}'", quoteless),
            ('    "auth_pass": "{}",', quoteless),
            ("database.0.password = {}", pw),
            ("switch.event_socket.password = {}", pw),
            ('registration_token = "{}"', quoteless),
            ('turn_secret = "{}"', tok(40, alnum)),
            ("IOBROKER_ADMIN_PASSWORD={}", pw),
            ("OPENNDS_FASKEY={}", tok(32, hexl)),
            ("CONDUIT_REGISTRATION_TOKEN={}", tok(32, alnum)),
            ("FUSIONPBX_DB_PASSWORD={}", pw),
            ("MARINA_PORTAL_SECRET={}", tok(64, hexl)),
            ("AWS_SECRET_ACCESS_KEY={}", tok(40, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.peniche', 'x_kahn', 'nb.x', 'x.berth12')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.peniche",
                f"{last}_kahn",
                f"nb.{first}",
                f"{first}-trajinera",
                f"{last}.lockkeeper",
                f"{first[:1]}{last[:1]}_itaya",
                f"{first}.berth{rng.randint(1, 80)}",
                f"{last}.nivernais",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format; a child's life-jacket
        form now and then."""
        if self.rng.random() < 0.2:
            dt = self.f().date_of_birth(minimum_age=1, maximum_age=17)
        else:
            dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return {
            "fr": f"{'1er' if day == 1 else day} {FR_MONTHS_HELDOUT85[m - 1]} {year}",
            "frf": f"{day:02d}/{m:02d}/{year}",
            "de": f"{day}. {DE_MONTHS_HELDOUT85[m - 1]} {year}",
            "def": f"{day:02d}.{m:02d}.{year}",
            "mx": f"{day:02d}/{MX_MONTHS_HELDOUT85[m - 1]}/{year}",
            "es": f"{day} de {ES_MONTHS_HELDOUT85[m - 1]} de {year}",
            "pe": f"{day:02d} {m:02d} {year}",
            "en": f"{day}{suffix} {EN_MONTHS_HELDOUT85[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["fr", "frf", "de", "def", "mx", "es", "pe", "en", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("je suis né le {}, ils le demandent pour le permis bateau", s["fr"]),
            ("mon grand-père est né sur la péniche le {}, à l'écluse de sardy", s["fr"]),
            ("ich bin am {} geboren, das braucht die kahnfährgenossenschaft", s["de"]),
            ("the ferrymen's co-op needs my son's date of birth for the life jacket list, {}", s["def"]),
            ("nací el {}, lo piden para la licencia de la trajinera", s["es"]),
            ("the passenger list for the lancha to yurimaguas wants my dni's birth date, {}", s["pe"]),
            ("the hire agreement wants my date of birth, {}", s["en"]),
            ("the mooring permit form asks for my dob, it's {}", any_shape),
            ("my daughter's canoe hire form needs her date of birth, {}", any_shape),
            ("the restoration society wants the volunteer's birthday for the insurance, {}", any_shape),
            ("the boat licence renewal asks for the owner's date of birth, {}", any_shape),
            ("Date de naissance : {}", s["frf"]),
            ("Geburtsdatum: {}", s["def"]),
            ("Fecha de nacimiento: {}", s["mx"]),
            ("Fecha de Nacimiento {}", s["pe"]),
            ("Date of birth: {}", s["en"]),
            ('  "licensee_dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in French, German, a Mexican form's abbreviations, Spanish and English
FR_MONTHS_HELDOUT85 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
DE_MONTHS_HELDOUT85 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
MX_MONTHS_HELDOUT85 = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()
ES_MONTHS_HELDOUT85 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
EN_MONTHS_HELDOUT85 = (
    "January February March April May June July August September October November December".split()
)


HELDOUT85_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on lock duty at sardy this weekend",
        "can you ask {} if the winter berth is still free",
        "{} left the windlass on the lock beam again",
        "{} runs the work party clearing the lock chamber on saturday",
        "{} is taking the punt through lehde with the tourists",
        "{} signed the mooring permit for the old péniche",
        "{} rows the trajinera from cuemanco on sundays",
        "{} took the peque-peque to the market in belen",
        "{} forgot to renew the boat licence again",
        "{} fixed the propeller after we hit the shopping trolley",
        "{} does the pump out on thursdays, ask them",
        "{} brought the canoe back two hours late",
        "{} has the key to the sanitary station this week, i'm away",
        "{} fell in at the weir haha, he's fine",
        "{} wants to sell the narrowboat before winter",
        "{} is the new volunteer on the restoration, show them the waders",
        "{} owes the marina for the electricity",
        "i'm meeting {} at the halte nautique at 10",
        "{} said the lock is fixed and filling again",
        "ok so {} steers and {} works the locks",
        "{} will wait at the landing with the passengers",
        "{} sings on the mariachi boat on saturdays",
        "tell {} the ferry stops at 6 tonight",
        "{} knows every pound between auxerre and clamecy",
        "yes {} is bringing the spare tiller pin tomorrow",
        "{} fell asleep on the roof of the boat lol",
        "{} painted the whole hull alone, how",
        "{} grew up on a péniche on the saône",
        "{} is a continuous cruiser, no home mooring, moves every two weeks",
        "please tell {} the people from the hire base are coming with the new anchor",
        "you can moor next to {} below the weir, the boat with the red cratch",
        "{} built the floating house with his brothers",
        "le père {} still works the lock at chaumot",
        "la mère {} sold bread to the boats for forty years",
        "Fährmann {} tells the pickle story every trip",
        "Fährfrau {} takes the early punt from lübbenau",
        "the canoe race prizes were given by mayordomo {}",
        "mayordoma {} pays for the flowers on the trajineras",
        "patrón {} wants the fare before we leave",
        "patrona {} keeps the balsa tidy",
        "Titulaire de l'autorisation de stationnement : {}",
        "Liegeplatzinhaber: {}",
        "Berth holder: {}",
        "Permisionario: {}",
        "Licensee: {}",
        "Propriétaire du bateau : {}",
        "Bootseigner: {}",
        "Titular de la matrícula: {}",
        "Éclusier de service : {}",
        "Schleusenwärter: {}",
        "Lock keeper on duty: {}",
        "Fährmann: {}",
        "Ferry crew: {}",
        "Motorista: {}",
        "Patrón de la embarcación: {}",
        "Hirer: {}",
        "Locataire : {}",
        "Mieter (Kahn): {}",
        "Arrendatario: {}",
        "Work party lead: {}",
        "Bénévole : {}",
        "Volunteer: {}",
        "Remero: {}",
        "Trajinera registrada a nombre de: {}",
        "Propietario de la casa flotante: {}",
        "Facturé à : {}",
        "Rechnungsempfänger: {}",
        "Facturar a: {}",
        "Invoice to: {}",
        "| Sat 09:00 | Lock 31 | {} | confirmed |",
        '"licensee_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the boat is moored at {}, the gangplank is at the back",
        "my new address is {}, update my boat licence",
        "send the spare parts to {}",
        "the restoration society meets at {}",
        "the canoe hire office is at {}",
        "drop the life jackets at {}",
        "the lock keeper lives at {}",
        "Adresse : {}",
        "Anschrift: {}",
        "Domicilio: {}",
        "Dirección: {}",
        "Correspondence address: {}",
        '"berth_holder_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the mooring permit to {}",
        "the lock closure notices come from {}",
        "email the work party lead at {} about saturday",
        "the canoe hire confirmations come from {}",
        "Courriel du titulaire : {}",
        '"email": "{}",',
        "ADMIN_EMAIL={}",
        "NOTIFY_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the marina office number is {}, they pick up after 9",
        "call the lock keeper on {} if the lock won't fill",
        "the punt harbour's mobile is {}",
        "ring the canoe hire on {} to book",
        "the trajinero's number is {}, let it ring a long time",
        "Tél. : {}",
        "Telefon: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the mooring fee with {}",
        "the punt trip went on {}",
        "the trajinera hire went on {}",
        "put the boat licence on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the winter berth into {}",
        "the restoration society wants the donation to {}",
        "send the deposit for the boat to {}",
        "the refund for the cancelled hire goes to {}",
        "IBAN: {}",
        "IBAN (Kontoinhaber Fährgenossenschaft): {}",
    ],
    "USERNAME": [
        "my navily login is {}",
        "on noforeignland the boat's page is under {}",
        "the fluviacarte account is {}",
        "on the canal world forum i post as {}",
        "my paddle logger name is {}",
        "on samboat the listing belongs to {}",
        "the locaboat customer login is {}",
        "on savvy navvy the routes are saved by {}",
        "my jappy name is {}",
        "on taringa the trajinera photos are by {}",
        "the mercadolibre seller of the outboard is {}",
        "on waze the ferry landing was added by {}",
        "find the boat on noforeignland, {}",
        "on the canal world forum my threads are under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT85_MIXED = [
    ("Berth holder: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Licensee: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("\toption fasremoteip '{}'\n\toption faskey '{}'", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8081/api/v1/state", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the marina booking system, it's {}", ["PERSON", "SECRET"]),
    ("Bootseigner: {}, geb. {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my navily login is {}, pay the berth to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the mooring came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the canoe hire with {}", ["PERSON", "CREDIT_CARD"]),
    ("Fährmann {} takes the punt bookings on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Arrendatario: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Facturé à : {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT85_NEGATIVES = [
    "the Canal du Nivernais runs from Auxerre to Decize",
    "Saint-Jean-de-Losne is the biggest inland port of France for pleasure boats",
    "the Collancelle tunnels are just past the summit pound",
    "le père and la mère are what the canal calls its old bargees",
    "veuve before a name means the husband has died",
    "Chantier Guillemot et Fils is a boatyard, not a person",
    "a Freycinet péniche is 38.5 metres long",
    "21170 is the Saint-Jean-de-Losne postcode",
    "the locks of the Nivernais open from 9 to 19 with a lunch break",
    "Lehde can only be reached by water or on foot",
    "the punts in the Spreewald are poled, not rowed",
    "03222 is the Lübbenau postcode",
    "Fährmann means ferryman and Fährfrau ferrywoman",
    "Kahnfährhafen Kaupisch is a punt harbour, not a person",
    "Spreewald gherkins are sold from the punts",
    "Xochimilco has about 170 kilometres of canals",
    "trajineras are the painted flat boats of Xochimilco",
    "Embarcadero Xolalpa is a landing, not a person",
    "a chinampa is a floating garden",
    "mayordomo is the steward of a fiesta",
    "16090 is a Xochimilco postcode",
    "Belén is the floating district of Iquitos",
    "a peque-peque is a small boat with a long-tail motor",
    "Lancha Tapullima III is a boat, not a person",
    "the Itaya rises by several metres in the wet season",
    "16001 is the Iquitos postcode",
    "patrón means the owner of the boat",
    "berth 14 on pontoon C is free from November",
    "the boat is on pontoon 3, berth 17",
    "lock 31 is closed for repairs until Friday",
    "licence number 52817 is on the side of the boat",
    "hull number FR-NIV-0412 is painted on the bow",
    "trajinera number 118 is the blue one",
    "PK 112 is where the weir is",
    "the ferry leaves every 20 minutes from 7:00",
    "the last lock passage is at 18:30",
    "a winter berth costs 1,200 euros",
    "a punt trip is 15 euros for two hours",
    "a trajinera is 600 pesos an hour",
    "the peque-peque to the market is 2 soles",
    "the work party is on 2025-05-17 at 9:00",
    "the canal is closed from 01/11/2025 to 15/03/2026",
    "the lock was built in 1834",
    "the restoration started in 1971",
    "the boat was launched in 1953",
    "openNDS 10.3 changed the FAS settings",
    "ioBroker js-controller 6 moved the config",
    "FusionPBX 5.3 fixed the voicemail screen",
    "Conduit 0.9 added a new database backend",
    "fixed in commit 9e2b7c1, see the changelog",
    "\toption faskey ''",
    'registration_token = ""',
    "database.0.password = changeme",
    "IOBROKER_ADMIN_PASSWORD=your-password-here",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "FR76 3000 6000 0112 3456 7890 189 is the example IBAN in the docs",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "write to licensee@example.org on the form",
    "192.0.2.85 is a documentation address",
    "203.0.113.85 is a documentation address",
    "2001:db8:85::1 is a documentation address",
    "call 112 for emergencies in France and Germany",
    "in Mexico you call 911",
    "in Peru the fire brigade is 116",
    "did the lock fill yet",
    "the windlass is in the cratch",
    "ok the water point works again",
    "yes the pump out is open today",
    "NO MOORING ON THE LOCK LANDING",
    "hey, see you at the marina",
    "bonjour, the lock is ready",
    "guten Tag, the punt is waiting",
    "buenos días, the trajinera leaves at 10",
    "so tired after the work party",
    "who left the paddle up at the top gate",
    "the ropes need drying before the next trip",
    "five stars, the kids loved the punt trip",
]  # fmt: skip


def _typo85(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as a boater types on the towpath, a waterway
    word's well-known misspelling ('weir' -> 'wier', 'berth' -> 'birth', 'propeller' -> 'propellor', 'licence'
    -> 'lisence', 'restoration' -> 'restauration'), or a boater's shorthand creeping into chat ('narrowboat' ->
    'nb', 'continuous cruiser' -> 'cc', 'please' -> 'pls', 'people' -> 'ppl', 'weekend' -> 'wknd'). Only in
    sentences typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT85.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT85[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT85.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT85[m.group(1)] + template[m.end() :]


def build_heldout85(seed: int = HELDOUT85_SEED) -> list[Example]:
    """Held-out set 85: `Gen85` values in `HELDOUT85_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen85(seed)
    return assemble_module_set(
        gen, HELDOUT85_TEMPLATES, HELDOUT85_MIXED, HELDOUT85_NEGATIVES, _typo85, person=gen.person_for
    )
