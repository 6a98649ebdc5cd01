"""Held-out PII set 74 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout74": written before round 47 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT74 is empty, as for
held-out 16 to 72; written at the same time as held-out 73, the two authors split the world between them: 74
takes food made and sold by small hands (home bakers and cottage-food licences, food trucks and street
stalls, community fridges and food banks, farm-gate and egg-box sales, cheese and charcuterie makers, supper
clubs, meal-kit and tiffin delivery, brewing and fermenting clubs), 73 takes schools and childhood outside
the classroom); hand-written lists of the Bregenzerwälder of Vorarlberg, the Alpine dairy cheese makers of
the Käsestraße in Egg, Andelsbuch, Schwarzenberg, Bezau and Hittisau (Alemannic given names and the short
forms the villages say them in ('Sepp', 'Toni', 'Lois', 'Resi', 'Vroni'), Wälder family names ('Feurstein',
'Moosbrugger', 'Meusburger', 'Bereuter', 'Hagspiel'), the village's 'Family Given' as the Wald says a
person ('Moosbrugger Sepp'), a register's 'FAMILY Given', and 'Senn' and 'Sennerin' before the short given
name, outside the span: 'Kaspar Feurstein', 'Bereuter Resi', 'Senn Toni'), the Calabrians of Spilinga,
Zungri and the Poro, 'nduja and soppressata makers and street-stall sellers (Calabrian given names
('Rocco', 'Saverio', 'Concetta', 'Fortunata') and the dialect's short forms ('Micu', 'Ciccio', 'Cuncetta',
'Sarina'), Poro family names ('Pititto', 'Barbalace', 'Mazzitelli', 'Rombolà', 'Furchì'), an Italian
licence register's 'FAMILY Given', and 'zu', 'za' and 'cumpari' before a short given name, outside the span:
'Saverio Mazzitelli', 'PITITTO Concetta', 'za Cuncetta', 'cumpari Micu'), the Aukštaitians of Biržai,
Pasvalys and Pakruojis, farmhouse brewers and brewing-club members (Lithuanian given names ('Algirdas',
'Kęstutis', 'Birutė', 'Genovaitė'), family names in the man's form ('Bagdonas', 'Kairys', 'Grigonis',
'Laurinavičius') and a woman's own: the married '-ienė' ('Bagdonienė', 'Kairienė') and the unmarried
'-aitė', '-ytė', '-utė' and '-iūtė' ('Bagdonaitė', 'Kairytė', 'Butkutė', 'Laurinavičiūtė'), a Lithuanian
form's 'FAMILY Given', and 'ponas' and 'ponia' before a family name and 'dėdė' before a given name, outside
the span: 'Birutė Grigonienė', 'DAGYTĖ Vida', 'ponia Pakalnienė', 'dėdė Stasys') and the Afro-Peruvians of
El Carmen, Chincha Alta and Lima's La Victoria, anticucho and picarón sellers, food-bank cooks and tiffin
('fiambrera') delivery (Peruvian given names ('Teófilo', 'Porfirio', 'Filomena', 'Natividad') and the
nicknames a barrio calls them ('Pancho', 'Lucho', 'Charo', 'Chabuca'), Afro-Peruvian and Chincha family
names ('Carabalí', 'Ayarza', 'Tasayco', 'Yataco'), the father's family name before the mother's as Peru
writes them, and 'tío', 'tía' and 'mamá' before a given name, outside the span: 'Filomena Carabalí
Tasayco', 'Lucho Ayarza', 'tía Charo', 'mamá Delfina'); a stall number, a licence number, a batch, a
guest's seat or an order number beside the name and outside it, the title always outside the span; a
dairy, a salumificio, a brewery or a picantería that carries a family name ('Sennerei Moosbrugger',
'Salumificio Pititto', 'Bagdono alus', 'Picantería Ayarza') no person either; a stall list's ('Stand 14:',
'Puesto 23:', 'Bancarella 7:'), a licence register's ('Titolare:', 'Licence holder:', 'Titular de la
licencia:'), a label's ('Käser:', 'Prodotto da:', 'Gamintojas:', 'Aludaris:'), a delivery slip's ('Tiffin
for:', 'Entregar a:', 'Pirkėjas:'), a supper club's guest list ('Guest 4:', 'Host:', 'Anfitriona:'), a
community fridge's rota ('Fridge volunteer:', 'Restocked by:'), a food bank's ('Referred by:', 'Parcel
for:'), an invoice's ('Rechnung an:', 'Fattura a:') and a brewing club's ('Brew day lead:', 'Bottled by:')
fields; over three quarters of the sentences typed to the bot or a friend: the cheese cellar and the alp in
summer, 'nduja hung to cure and a stall at the sagra, the farmhouse brew and the brewing club's tasting,
anticuchos on the corner and picarones on Sundays, the egg box and its honesty tin at the farm gate, the
community fridge's rota and the food bank's parcels, a supper club's guests and dietary notes, tiffins and
meal kits to deliver, home bakers' cottage-food licences and market pitches; self-hosted apps' config no
earlier set pasted: Open Source Point of Sale's .env (CodeIgniter's 'database.default.*') for a food truck's
till, Fermentrack's .envs/.django for the brewing club's fermenters, CraftBeerPi's config.yaml for a
brew kettle and Norish's .env for the supper club's recipes; those regions' addresses (the Wald's house
numbers without a street, 'Hof 456, 6866 Andelsbuch', and 'Gerbe 1135, 6863 Egg', Calabria's 'Via Roma, 14
- 89864 Spilinga (VV)' and a contrada's 'Contrada Carciadi snc, 89864 Spilinga VV', Biržai's 'Vytauto g.
27-4, LT-41143 Biržai' with the flat after the hyphen and a village's 'Parovėjos k. 12, LT-41390 Biržų r.',
and Peru's 'Jr. Gamarra 1045, La Victoria, Lima 15018' and a settlement's block and lot, 'Mz. B Lt. 12,
AA.HH. Santa Rosa, Chincha Alta 11701') and phones (Egg's 05512, Bezau's 05514 and Hittisau's 05513,
Austrian mobiles 0650, 0680 and 0699 and '+43', Vibo Valentia's 0963, Italian mobiles 3xx and '+39',
Biržai's '(8 450)' and Pasvalys' '(8 451)', Lithuanian mobiles '8 6xx' and '+370 6', Chincha's '(056)' and
Peruvian mobiles '9xx xxx xxx' and '+51'); Visa, Mastercard 52, 54 and 2720, Diners 36 and Amex 37 as a
stall's pitch fee, a cheese order, a supper club's seat or a brewing kit take them; IBANs of Austria, Italy
and Lithuania; IPs of a food truck's till and card reader, a community fridge's thermometer, the cheese
cellar's humidity controller, a fermenter's controller, the egg stall's honesty-box camera, a proofing
cabinet's smart plug, the tiffin round's tablet, the supper club's ticket printer, the food bank's label
printer and the pastes above, v6 in 2a02:8388:, 2001:b07:, 2a02:2e0: and 2800:4b0: ranges; passwords
handed over in ways no earlier set used (chalked on the back of the food truck's menu board, inside the
honesty tin's lid, on the masking tape on a fermenting crock, on the cheese cellar's batch book, on the
stall licence's envelope, inside a tiffin tin's lid, at the bottom of the supper club's guest list, on the
brew day sheet, on the community fridge's logbook cover, on the back of a delivery slip), the Wald
('Andelsbuch6866'), the Poro ('Spilinga89864'), Aukštaitija ('Birzai41143!'), Chincha ('Chincha#11701'),
food words in leetspeak ('nduj4', 'k4imi5k4s'), a brew's gravities ('OG1052-FG1010') and a licence number
('CFL-2024-0458q'), and cues in the Wälder dialect ('s Passwort isch ..., säg's niemertem'), Calabrian ('a
password è ..., nun u diciri a nuddu'), Lithuanian ('slaptažodis yra ..., niekam nesakyk') and Peruvian
Spanish ('la clave es ..., no se la pases a nadie, causa'); usernames on Eatwith, Skelbiu.lt, HomeBrewTalk,
Buy Me a Coffee, Linktree, Tastemade, Shpock, PedidosYa, Cookidoo and Google Maps (a Local Guide's name),
shapes like 'x.nduja', 'x-brews3', 'senn_x', 'x.x.lt', 'x_anticucho', 'x-fridge', 'xx.kraut' and
'x42_supper'; dates of birth for an alp's staff list, a licence, a brewing club's age check, a food bank's
registration and a supper club's membership, in the Wälder dialect with Austria's 'Jänner' ('i bi am 14.
März 1958 gebora'), an Austrian form's '14.3.1958', Calabrian ('sugnu natu u 14 marzu 1958'), an Italian
form's '14/03/1958', Lithuanian with the year first ('gimiau 1958 m. kovo 14 d.'), a Lithuanian form's
'1958.03.14', Peruvian Spanish ('nací el 14 de marzo de 1958'), a Peruvian ID's '14 MAR 1958' and an
export's ISO date; typos as someone types with floury hands: a food word's well-known misspelling
('recipe' -> 'recipie', 'sausage' -> 'sausege', 'licence' -> 'lisence', 'fridge' -> 'frige') or a
recipe's shorthand creeping into chat ('with' -> 'w/', 'dozen' -> 'doz', 'minutes' -> 'mins',
'approximately' -> 'approx'); negatives with the same regions' places, the titles and the name forms
explained, stall, licence, batch and order numbers alone, gravities, temperatures, weights and prices,
opening times and market days, dates that are no birthdays, postcodes alone, businesses named after
families, versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder
e-mail, documentation IPs (v4 and v6), helpline numbers every user shares, and short everyday chat; no
public figure is named).

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

HELDOUT74_SEED = 6183042
# no faker name locale, as in held-out 16 to 72: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT74: list[str] = []
# food made and sold by small hands (held-out 73, written at the same time, takes schools and childhood
# outside the classroom); each origin: (men's given names, women's given names, family names); ';' separates
# names throughout, as some hold a space
NAMES_HELDOUT74: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Bregenzerwälder of Vorarlberg: Alpine dairy cheese makers of the Käsestraße
    "wald": ("Kaspar;Josef;Anton;Alois;Johann;Konrad;Jakob;Lukas;Martin;Engelbert".split(";"),
             "Theresia;Veronika;Walburga;Katharina;Agatha;Magdalena;Rosa;Brigitte;Anna;Elisabeth".split(";"),
             "Feurstein;Moosbrugger;Meusburger;Bereuter;Metzler;Greber;Fink;Schwärzler;Hagspiel;Natter;Berchtold;Bechter".split(";")),
    # Calabrians of Spilinga, Zungri and the Poro: 'nduja and soppressata makers and stall sellers
    "poro": ("Rocco;Domenico;Francesco;Saverio;Pasquale;Vincenzo;Giuseppe;Bruno;Nicola;Antonio".split(";"),
             "Concetta;Carmela;Rosaria;Assunta;Fortunata;Immacolata;Domenica;Caterina;Annunziata;Teresa".split(";"),
             "Pititto;Barbalace;Mazzitelli;Scordo;Rombolà;Comerci;Furchì;Mesiano;Fiumara;Artusa;Carè;Lo Bianco".split(";")),
    # Aukštaitians of Biržai, Pasvalys and Pakruojis: farmhouse brewers (the man's form; see _lt_feminine)
    "birzai": ("Algirdas;Vytautas;Rimantas;Kęstutis;Povilas;Juozas;Antanas;Stasys;Jonas;Gediminas".split(";"),
               "Aldona;Birutė;Danutė;Ona;Genovaitė;Regina;Vida;Dalia;Laima;Janina".split(";"),
               "Bagdonas;Kairys;Dagys;Grigonis;Pakalnis;Jasiūnas;Balčiūnas;Vilimas;Masiulis;Laurinavičius;Vaitkevičius;Butkus".split(";")),
    # Afro-Peruvians of El Carmen, Chincha Alta and La Victoria: anticucho stalls, food banks and fiambreras
    "chincha": ("Teófilo;Porfirio;Eusebio;Juvenal;José;Luis;Francisco;Amadeo;Hilario;Cirilo".split(";"),
                "Filomena;Natividad;Lucila;Delfina;Rosario;Isabel;Victoria;Eulogia;Marcelina;Susana".split(";"),
                "Carabalí;Ayarza;Tasayco;Yataco;Guadalupe;Cartagena;Sotomayor;Corrales;Angulo;Palacios;Napa;Pachas".split(";")),
}  # fmt: skip
# the Wälder short forms of given names, as the villages say them
WALD_SHORT_HELDOUT74 = {
    "Josef": "Sepp", "Anton": "Toni", "Alois": "Lois", "Johann": "Hannes", "Konrad": "Kuno", "Jakob": "Jakl",
    "Engelbert": "Bertl", "Theresia": "Resi", "Veronika": "Vroni", "Walburga": "Burgi", "Katharina": "Kathi",
    "Magdalena": "Leni", "Agatha": "Agi",
}  # fmt: skip
# the Calabrian short forms, as the Poro says them (and after 'zu', 'za' and 'cumpari')
CALABRIAN_SHORT_HELDOUT74 = {
    "Domenico": "Micu", "Francesco": "Ciccio", "Giuseppe": "Peppe", "Vincenzo": "Vicenzu", "Saverio": "Saveriu",
    "Pasquale": "Pascali", "Antonio": "Totò", "Nicola": "Cola", "Concetta": "Cuncetta", "Carmela": "Melina",
    "Rosaria": "Sarina", "Assunta": "Sunta", "Domenica": "Mimma", "Immacolata": "Titina", "Annunziata": "Nunziata",
}  # fmt: skip
# the nicknames a Peruvian barrio calls people by
PERU_SHORT_HELDOUT74 = {
    "José": "Pepe", "Luis": "Lucho", "Francisco": "Pancho", "Eusebio": "Chebo", "Rosario": "Charo",
    "Isabel": "Chabuca", "Natividad": "Nati", "Victoria": "Vicky", "Eulogia": "Yoya", "Marcelina": "Chela",
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman and what it goes with
# ("family", "given", or "short": the given name as the village or the barrio says it)
TITLED_HELDOUT74: dict[str, tuple[str, bool, str]] = {
    "senn": ("wald", False, "short"),  # the cheese maker on the alp, before his short name
    "sennerin": ("wald", True, "short"),  # and a woman who makes the cheese
    "zu": ("poro", False, "short"),  # Calabrian uncle, to any older man
    "za": ("poro", True, "short"),  # and auntie
    "cumpari": ("poro", False, "short"),  # godfather, to a friend of the family
    "ponas": ("birzai", False, "family"),  # Lithuanian Mr
    "ponia": ("birzai", True, "family"),  # and Mrs (the married -ienė)
    "dėdė": ("birzai", False, "given"),  # uncle, to an older man in a village
    "tío": ("chincha", False, "short"),  # Peruvian uncle, to an older man of the barrio
    "tía": ("chincha", True, "short"),  # and auntie
    "mamá": ("chincha", True, "given"),  # to an old woman everyone's mother
}
TITLE_SLOT_HELDOUT74 = re.compile(
    r"(?<![\w'-])(Senn|Sennerin|zu|za|cumpari|ponas|ponia|dėdė|tío|tía|mamá) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Wälder dairy's, a Calabrian salumificio's and a Biržai brewer's
IBAN_SHAPES_HELDOUT74 = {"AT": "16n", "IT": "1a10n12c", "LT": "16n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT74 = ["sennerei", "alpkaese", "bergkaese", "nduja", "salumi", "sagra", "alus", "aludaris",
                      "anticuchos", "picarones", "fiambreras", "eggs", "fridge", "foodbank", "supperclub",
                      "tiffin", "brewclub", "bakes", "kraut", "market"]  # fmt: skip
# a food word and its well-known misspelling
MISSPELT_HELDOUT74 = {
    "recipe": "recipie", "sausage": "sausege", "licence": "lisence", "fridge": "frige", "delicious": "delicous",
    "sandwich": "sandwhich", "tomorrow": "tommorow", "restaurant": "restuarant", "cinnamon": "cinammon",
    "vegetarian": "vegeterian", "mozzarella": "mozarella", "fermented": "fermentated",
    "sauerkraut": "saurkraut", "guest": "gest", "receive": "recieve",
}  # fmt: skip
MISSPELT_WORD_HELDOUT74 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT74, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a recipe's shorthand creeping into chat
RECIPE_HELDOUT74 = {
    "with": "w/", "without": "w/o", "dozen": "doz", "minutes": "mins", "hours": "hrs", "approximately": "approx",
    "kilos": "kg", "pieces": "pcs", "temperature": "temp", "tablespoon": "tbsp",
}  # fmt: skip
RECIPE_WORD_HELDOUT74 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(RECIPE_HELDOUT74, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Schwärzler' ->
    'schwarzler', 'Lo Bianco' -> 'lobianco', 'Laurinavičius' -> 'laurinavicius')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Kęstutis' -> 'Kestutis', 'Rombolà' -> 'Rombola')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


LT_ENDINGS_HELDOUT74 = ("ius", "as", "ys", "is", "us")
# the unmarried woman's ending for each of a man's family-name endings
LT_MAIDEN_HELDOUT74 = {"ius": "iūtė", "as": "aitė", "ys": "ytė", "is": "ytė", "us": "utė"}


def _lt_feminine(family: str, married: bool) -> str:
    """A Lithuanian family name in a woman's form: the married '-ienė' ('Bagdonas' -> 'Bagdonienė', 'Kairys'
    -> 'Kairienė', 'Laurinavičius' -> 'Laurinavičienė') or the unmarried ending ('Bagdonaitė', 'Kairytė',
    'Grigonytė', 'Butkutė', 'Laurinavičiūtė')."""
    for ending in LT_ENDINGS_HELDOUT74:
        if family.endswith(ending):
            stem = family[: -len(ending)]
            return stem + ("ienė" if married else LT_MAIDEN_HELDOUT74[ending])
    return family


class Gen74(Gen3):
    """Generators for held-out set 74: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None, married: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT74; a Lithuanian woman's family
        name in her own form, married ('-ienė') or not."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT74))
        men, women, lasts = NAMES_HELDOUT74[origin]
        if woman is None:
            woman = rng.random() < 0.5
        last = rng.choice(lasts)
        if origin == "birzai" and woman:
            last = _lt_feminine(last, rng.random() < 0.65 if married is None else married)
        return origin, rng.choice(women if woman else men), last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "wald":
            if r < 0.25:  # as the Wald says a person: 'Moosbrugger Sepp'
                return f"{last} {WALD_SHORT_HELDOUT74.get(first, first)}"
            if r < 0.4:  # a register: 'FEURSTEIN Kaspar'
                return f"{last.upper()} {first}"
        if origin == "poro":
            if r < 0.25:  # an Italian licence register: 'PITITTO Concetta'
                return f"{last.upper()} {first}"
            if r < 0.42 and first in CALABRIAN_SHORT_HELDOUT74:  # 'Ciccio Barbalace'
                return f"{CALABRIAN_SHORT_HELDOUT74[first]} {last}"
        if origin == "birzai":
            if r < 0.22:  # a Lithuanian form: 'DAGYTĖ Vida'
                return f"{last.upper()} {first}"
        if origin == "chincha":
            mother = rng.choice([x for x in NAMES_HELDOUT74["chincha"][2] if x != last])
            if r < 0.4:  # the father's family name, then the mother's: 'Filomena Carabalí Tasayco'
                return f"{first} {last} {mother}"
            if r < 0.58 and first in PERU_SHORT_HELDOUT74:  # 'Lucho Ayarza'
                return f"{PERU_SHORT_HELDOUT74[first]} {last}"
        return f"{first} {last}"

    def _short(self, origin: str, first: str) -> str:
        """The given name as the village or the barrio says it, where the origin has a short form."""
        shorts = {
            "wald": WALD_SHORT_HELDOUT74,
            "poro": CALABRIAN_SHORT_HELDOUT74,
            "chincha": PERU_SHORT_HELDOUT74,
        }
        return shorts.get(origin, {}).get(first, first)

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
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Senn Toni', 'za Cuncetta', 'ponia Pakalnienė', 'tía
        Charo'), from the origin that uses it."""
        origin, woman, goes_with = TITLED_HELDOUT74[title.lower()]
        _, first, last, _ = self._origin_name(origin, woman, married=True)
        if goes_with == "short":
            return self._short(origin, first)
        return last if goes_with == "family" else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT74.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        # a Wälder village's parcel names and house numbers, without a street
        part, code, village = pick([("Hof", "6866", "Andelsbuch"), ("Bersbuch", "6866", "Andelsbuch"),
                                    ("Gerbe", "6863", "Egg"), ("Großdorf", "6863", "Egg"),
                                    ("Platz", "6870", "Bezau"), ("Dorf", "6867", "Schwarzenberg"),
                                    ("Heideggen", "6952", "Hittisau"), ("Platz", "6952", "Hittisau")])  # fmt: skip
        shapes = [
            f"{part} {rng.randint(1, 1400)}, {code} {village}",
            f"{part} {rng.randint(1, 1400)}, A-{code} {village}",
            f"Alpe {pick(['Oberhalden', 'Hinterhäleisen', 'Sattelegg', 'Kanis'])}, Schönenbach, 6874 Bizau",
            f"Via {pick(['Roma', 'Garibaldi', 'Umberto I', 'Nazionale'])}, {n} - 89864 Spilinga (VV)",
            f"Contrada {pick(['Carciadi', 'Panaia', 'Mortaro', 'Silica'])} snc, 89864 Spilinga VV",
            f"Via {pick(['Vittorio Emanuele III', 'San Leo', 'Indipendenza'])} {n}, 89867 Zungri VV",
            f"Corso {pick(['Vittorio Emanuele III', 'Umberto I'])}, {rng.randint(1, 240)}, 89900 Vibo Valentia (VV)",
            f"{pick(['Vytauto', 'Rotušės', 'Kęstučio', 'J. Basanavičiaus'])} g. {n}-{rng.randint(1, 40)}, LT-411{rng.randint(10, 99)} Biržai",
            f"{pick(['Parovėjos', 'Kirdonių', 'Medeikių', 'Nemunėlio Radviliškio'])} k. {rng.randint(1, 60)}, LT-413{rng.randint(10, 99)} Biržų r.",
            f"{pick(['Kalno', 'Sodų'])} g. {rng.randint(1, 40)}, Papilio mstl., LT-41373 Biržų r.",
            f"{pick(['Vilniaus', 'Biržų', 'Taikos'])} g. {n}, LT-391{rng.randint(10, 99)} Pasvalys",
            f"Vytauto Didžiojo g. {n}, LT-831{rng.randint(10, 99)} Pakruojis",
            f"Jr. {pick(['Gamarra', 'Huánuco', 'Antonio Bazo', 'Abtao'])} {rng.randint(100, 1800)}, La Victoria, Lima 15018",
            f"Mz. {pick('ABCDEFGH')} Lt. {rng.randint(1, 30)}, AA.HH. {pick(['Santa Rosa', 'Virgen del Carmen', 'San Martín'])}, Chincha Alta 11701",
            f"Calle {pick(['Lima', 'Grau', 'San José', 'Bolognesi'])} {rng.randint(100, 900)}, El Carmen, Chincha, Ica",
            f"Av. {pick(['Benavides', 'Oscar R. Benavides', 'Luis Massaro'])} {rng.randint(100, 1500)}, Chincha Alta, Ica 11701",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT74)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}-{subject}", f"{first}{rng.randint(1950, 2006)}",
                           f"{subject}{first}", f"{first}_{subject}"])  # fmt: skip
        domain = rng.choice(["vol.at", "aon.at", "gmx.at", "a1.net", "libero.it", "tiscali.it", "alice.it",
                             "virgilio.it", "takas.lt", "one.lt", "inbox.lt", "hotmail.com", "yahoo.es",
                             "gmail.com", "outlook.es", "posteo.net"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"05512 {d(4)}",  # Egg
            f"05514 {d(4)}",  # Bezau
            f"05513 {d(4)}",  # Hittisau
            f"+43 5512 {d(4)}",
            f"{rng.choice(['0650', '0680', '0699'])} {d(3)} {d(4)}",  # Austrian mobile
            f"+43 {rng.choice(['650', '680', '699'])} {d(3)} {d(4)}",
            f"0963 {d(6)}",  # Vibo Valentia
            f"+39 0963 {d(3)} {d(3)}",
            f"{rng.choice(['347', '328', '333', '389', '320'])} {d(3)} {d(4)}",  # Italian mobile
            f"+39 {rng.choice(['347', '338', '393'])} {d(7)}",
            f"(8 450) {d(2)} {d(3)}",  # Biržai
            f"(8 451) {d(2)} {d(3)}",  # Pasvalys
            f"8 6{d(2)} {d(5)}",  # Lithuanian mobile
            f"+370 6{d(2)} {d(5)}",
            f"(056) 26{d(1)}-{d(3)}",  # Chincha
            f"9{d(2)} {d(3)} {d(3)}",  # Peruvian mobile
            f"+51 9{d(2)} {d(3)} {d(3)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("54", 16), ("2720", 16), ("36", 14),
                                     ("37", 15)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 14:
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT74))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT74[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a food truck's till and card reader, a community fridge's
        thermometer, the cheese cellar's humidity controller, a fermenter's controller, the egg stall's
        camera, a proofing cabinet's smart plug, the tiffin round's tablet, the supper club's ticket printer,
        the food bank's label printer and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:8388:{h()}:{h()}::{h()}", f"2001:b07:{h()}:{h()}::{h()}", f"2a02:2e0:{h()}:{h()}::{h()}",
                         f"2800:4b0:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the till in the food truck is on {}, it lost the menu again after the update", v4),
            ("the card reader at the anticucho stall gets {} from the hotspot, payments keep failing", v4),
            ("the thermometer in the community fridge reports from {}, it says 9 degrees again", rng.choice([v4, v6])),
            ("the humidity controller in the cheese cellar is {}, can you check it from the alp", v4),
            ("the fermenter controller for the club's brew is at {}, the airlock's bubbling like mad", v4),
            ("the camera on the egg stall's honesty box is {}, someone took two boxes and paid for one", rng.choice([v4, v6])),
            ("the smart plug on the proofing cabinet is {}, the dough didn't rise overnight", v4),
            ("the tablet for the tiffin round is on {}, the route didn't sync", v4),
            ("the supper club's ticket printer is at {}, print the guest list before 7", v4),
            ("the label printer at the food bank is {}, the parcel stickers come out blank", v4),
            ("the ospos box in the truck is {} port 8080", rng.choice([v4, v6])),
            ("the fermentrack pi is on {}, the graphs stopped at midnight", rng.choice([v4, v6])),
            ("database.default.hostname = {}", v4),
            ("POSTGRES_HOST={}", v4),
            ("mqtt_host: {}", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-03-08 06:12:44 WARN fermentrack: login failed for brewclub from {}", v4),
            ("[ospos] 2025-03-08T11:47:02Z ERROR login attempt for 'truck' from {} rejected", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Andelsbuch', 'Bezau', 'Hittisau', 'Bergkaese'])}{rng.choice(['6866', '6870', '6952', '!05512'])}",
                f"{rng.choice(['Spilinga', 'Zungri', 'Poro'])}{rng.choice(['89864', '89867', '_VV', '0963'])}",
                f"{rng.choice(['Birzai', 'Pasvalys', 'Kaimiskas'])}{rng.choice(['41143', '39143', '450'])}{rng.choice(['!', '#', ''])}",
                f"{rng.choice(['Chincha', 'ElCarmen', 'Picarones'])}{rng.choice(['#11701', '_056', '2025'])}",
                rng.choice(["nduja", "kaimiskas", "anticucho", "sauerkraut", "sourdough"]).translate(leet) + rng.choice(["", "!", "_74"]),
                f"OG10{rng.randint(35, 95)}-FG10{rng.randint(5, 20):02d}",
                f"CFL-{rng.randint(2019, 2025)}-{rng.randint(100, 9999):04d}{rng.choice('qxvz')}",
                f"{rng.choice(['stall', 'fridge', 'brew', 'tiffin'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the till password is chalked on the back of the food truck's menu board, {}", pw),
            ("the farm shop's wifi password is inside the lid of the honesty tin, {}", pw),
            ("i wrote the brew club's login on the masking tape on the kraut crock, {}", pw),
            ("the dairy portal password is in the back of the cheese cellar's batch book, {}", pw),
            ("the council's market login is on the envelope the stall licence came in, {}", pw),
            ("the delivery app password is taped inside the lid of the tiffin tin, {}", pw),
            ("the supper club's booking password is at the bottom of the guest list, {}", pw),
            ("the fermentrack password is on the brew day sheet, {}", pw),
            ("the food bank's rota login is on the cover of the community fridge logbook, {}", pw),
            ("the wholesaler's order password is on the back of the delivery slip, {}", pw),
            ("the padlock on the fridge's dry store is {}, don't give it out", d(4)),
            ("the pin for the card reader on the stall is {}, it asks after every restart", d(4)),
            ("my cottage food licence portal password is {}, renew it for me", pw),
            ("ok the norish admin password is {}, put the tasting menu in", pw),
            ("the club's eatwith account password is {}, check who booked saturday", pw),
            # cues in ways no earlier set used
            ("s Passwort isch {}, säg's niemertem", pw),
            ("a password è {}, nun u diciri a nuddu", pw),
            ("slaptažodis yra {}, niekam nesakyk", pw),
            ("la clave es {}, no se la pases a nadie, causa", pw),
            # commands
            ("$ mysql -u ospos -p{} ospos", colonless),
            ("$ psql postgresql://fermentrack:{}@db:5432/fermentrack", colonless),
            ("$ curl -u admin:{} http://norish.local:3000/api/recipes", colonless),
            # pastes
            ("database.default.password = {}", pw),
            ("encryption.key = hex2bin:{}", tok(64, hexl)),
            ("DJANGO_SECRET_KEY={}", tok(50, alnum)),
            ("POSTGRES_PASSWORD={}", pw),
            ("mqtt_password: {}", colonless),
            ("NORISH_MASTER_KEY={}", tok(44, alnum)),
            ("AUTH_OIDC_CLIENT_SECRET={}", tok(40, alnum)),
            ("REDIS_PASSWORD={}", pw),
            ("SMTP_PASSWORD={}", pw),
            ('DATABASE_URL="postgres://norish:{}@db:5432/norish"', colonless),
            ("brewfather_api_key: {}", tok(48, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.nduja', 'x-brews3', 'senn_x', 'x42_supper')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.nduja",
                f"{last}-brews{rng.randint(1, 9)}",
                f"senn_{first}",
                f"{first}.{last}.lt",
                f"{last}_anticucho",
                f"{first}-fridge",
                f"{first[:1]}{last}.kraut",
                f"{last}{rng.randint(10, 99)}_supper",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "de": f"{day}. {AT_MONTHS_HELDOUT74[m - 1]} {year}",
            "ded": f"{day}.{m}.{year}",
            "cal": f"{day} {CAL_MONTHS_HELDOUT74[m - 1]} {year}",
            "itd": f"{day:02d}/{m:02d}/{year}",
            "lt": f"{year} m. {LT_MONTHS_HELDOUT74[m - 1]} {day} d.",
            "ltd": f"{year}.{m:02d}.{day:02d}",
            "es": f"{day} de {ES_MONTHS_HELDOUT74[m - 1]} de {year}",
            "esd": f"{day:02d} {ES_MONTHS_HELDOUT74[m - 1][:3].upper()} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["de", "ded", "cal", "itd", "lt", "ltd", "es", "esd", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("i bi am {} gebora, the alp wants it for the summer staff list", s["de"]),
            ("the sennerei's form wants the date like on the id, mine is {}", s["ded"]),
            ("sugnu natu u {}, the comune asked for it for the stall licence", s["cal"]),
            ("the sagra's form wants the date of birth of the licence holder, {}", s["itd"]),
            ("gimiau {}, the brewing club needs it for the age check", s["lt"]),
            ("the club's form wants gimimo data and i put {} like the passport", s["ltd"]),
            ("nací el {}, the food bank asked for it for the registration", s["es"]),
            ("the municipalidad wants the vendor's date of birth as on the dni, {}", s["esd"]),
            ("the supper club's membership form asks for a birthday, mine's {}", any_shape),
            ("the cottage food licence wanted my date of birth, i put {}", any_shape),
            ("the tiffin app asked the driver's date of birth, {}", any_shape),
            ("Geburtsdatum: {}", s["ded"]),
            ("Data di nascita: {}", s["itd"]),
            ("Gimimo data: {}", s["ltd"]),
            ("Fecha de nacimiento: {}", s["esd"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months as the Wald writes them (Austria's 'Jänner'), Calabrian's, Lithuanian's in the genitive and
# Spanish's
AT_MONTHS_HELDOUT74 = (
    "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
CAL_MONTHS_HELDOUT74 = (
    "jennaru frebbaru marzu aprili maju giugnu lugliu agustu settembri ottobri novembri dicembri".split()
)
LT_MONTHS_HELDOUT74 = "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split()
ES_MONTHS_HELDOUT74 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)


HELDOUT74_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} makes the bergkäse on the alp all summer, we buy a wheel in september",
        "can you ask {} if there's still 'nduja left from the winter batch",
        "{} brews the farmhouse beer for the whole village's weddings",
        "{} runs the anticucho stall on the corner every friday night",
        "{} restocked the community fridge this morning, it's full of bread",
        "{} sells eggs at the farm gate, you leave the money in the tin",
        "{} is hosting the supper club this month, twelve seats",
        "{} does the tiffin round on tuesdays and thursdays",
        "{} got her cottage food licence so she can sell the cakes at the market",
        "{} brought sourdough starter to the fermenting club",
        "{} packs the food bank parcels on wednesday evenings",
        "{} makes the picarones, the queue goes round the block",
        "{} has the soppressata hanging in the cellar since november",
        "{} wants the meal kit boxes back, they're reusable",
        "{} bottled the club's stout last night, forty bottles",
        "{} said the cheese needs another three months on the board",
        "i owe {} twelve euro for the cheese, remind me",
        "{} is the one with the food truck by the station",
        "{} made the wedding cake and wouldn't take any money",
        "{} drives the van to the wholesaler on mondays",
        "{} is the new volunteer on the fridge rota",
        "{} dropped off a crate of courgettes for the fridge",
        "{} is doing the tasting menu, no pork for table 2",
        "yes {} has the key to the food bank's store room",
        "ok so {} is the brew day lead, not me",
        "{} from the market office called about the pitch",
        "{} taught us to make kraut in a crock",
        "{} forgot the chili for the 'nduja and it's mild lol",
        "i'm meeting {} at the sagra at 6 to set up the stall",
        "{} is on the licence as the food business operator",
        "{} sent the invoice for the cheese to the wrong address",
        "{} keeps the honesty box money in a jam jar",
        "Senn {} says the milk was better this year up on the alp",
        "Sennerin {} makes the sura käs in the little hut",
        "zu {} still hangs the capocollo in the attic",
        "za {} makes the 'nduja by hand, no machine",
        "cumpari {} is bringing the wine for the supper club",
        "ponas {} brews kaimiškas in the old barn",
        "ponia {} brings the cepelinai for the club's tasting",
        "dėdė {} has the best malt house in the district",
        "tío {} grills the anticuchos, nobody else touches the fire",
        "tía {} sells the picarones with chancaca syrup",
        "mamá {} cooks for the food bank every saturday",
        "Stand 14: {}",
        "Puesto 23: {}",
        "Bancarella 7: {}",
        "Titolare: {}",
        "Licence holder: {}",
        "Titular de la licencia: {}",
        "Käser: {}",
        "Prodotto da: {}",
        "Gamintojas: {}",
        "Aludaris: {}",
        "Tiffin for: {}",
        "Entregar a: {}",
        "Pirkėjas: {}",
        "Guest 4: {} (+1, no pork)",
        "Host: {}",
        "Anfitriona: {}",
        "Fridge volunteer: {}",
        "Restocked by: {}",
        "Referred by: {}",
        "Parcel for: {}",
        "Rechnung an: {}",
        "Fattura a: {}",
        "Brew day lead: {}",
        "Bottled by: {}; {}",
        "| 12 | eggs x 6 | {} |",
        '"maker": "{}",',
    ],
    "STREET_ADDRESS": [
        "pick up the cheese at {}",
        "the supper club is at {} this time",
        "send the 'nduja order to {}",
        "the food bank moved to {}",
        "the brewing club meets at {} now",
        "the tiffins go to {} first",
        "the community fridge stands outside {}",
        "Adresse: {}",
        "Indirizzo: {}",
        "Adresas: {}",
        "Dirección: {}",
        "Deliver to: {}",
        '"pickup_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the cheese order to {}",
        "the supper club bookings come from {}",
        "email the market office at {} about the pitch",
        "the food bank's referrals go to {}",
        "E-Mail (Sennerei): {}",
        '"email": "{}",',
        "SMTP_FROM={}",
        "NORISH_ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the dairy's number is {}",
        "call the food truck on {} to order ahead",
        "the egg lady's mobile is {}",
        "ring the food bank on {} before you come",
        "the brewer's number is {}, ask about the kegs",
        "Tel.: {}",
        "Teléfono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the pitch fee with {}",
        "the cheese order went on {}",
        "the supper club seats went on {}",
        "put the brewing kit on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the cheese into {}",
        "the salumificio wants the money to {}",
        "the brewing club's dues go to {}",
        "the supper club refund goes to {}",
        "IBAN: {}",
        "IBAN (Alpkäse Anteil): {}",
    ],
    "USERNAME": [
        "my Eatwith host name is {}",
        "on Skelbiu.lt the seller is {}",
        "on HomeBrewTalk I'm {}",
        "the Buy Me a Coffee page for the fridge is {}",
        "my Linktree is {}",
        "on Tastemade she posts as {}",
        "the Shpock seller of the crocks is {}",
        "on PedidosYa the stall is listed as {}",
        "my Cookidoo login is {}",
        "my Google Maps Local Guide name is {}",
        "on Eatwith the supper club is run by {}",
        "the HomeBrewTalk thread is from {}",
        "find the picarones on PedidosYa, {}",
        "on Skelbiu.lt the kegs are from {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT74_MIXED = [
    ("Stand 14: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Host: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("POSTGRES_HOST={}\nPOSTGRES_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8000/api/fermentation", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the brewing club's account, it's {}", ["PERSON", "SECRET"]),
    ("Licence holder: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Eatwith name is {}, the refund goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the cheese order came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the supper club with {}", ["PERSON", "CREDIT_CARD"]),
    ("tía {} takes orders on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Parcel for: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Fattura a: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT74_NEGATIVES = [
    "the Bregenzerwald is the forest valley of Vorarlberg",
    "Egg, Andelsbuch and Bezau are on the cheese road",
    "6863 is Egg and 6870 is Bezau",
    "a Senn makes the cheese on the alp in summer",
    "Sepp is what the Wald calls a Josef",
    "in the Wald they say the family name first, then the given name",
    "Sennerei Moosbrugger is a dairy, not a person",
    "Alpkäse is made only from summer milk on the alp",
    "the cows come down from the alp in late September",
    "Spilinga is a village on the Poro plateau in Calabria",
    "VV is the province of Vibo Valentia",
    "89864 is the postcode of Spilinga",
    "zu and za are uncle and auntie in Calabrian",
    "Micu is what the Poro calls a Domenico",
    "Salumificio Pititto is a company, not a person",
    "'nduja is a soft spreadable pork sausage with chili",
    "the 'nduja festival is in August",
    "Biržai is the beer capital of Lithuania",
    "kaimiškas is Lithuanian farmhouse beer",
    "a Lithuanian married woman's surname ends in -ienė",
    "an unmarried woman's surname ends in -aitė or -ytė",
    "ponas and ponia are Mr and Mrs in Lithuanian",
    "Bagdono alus is a brewery, not a person",
    "LT-41143 is a Biržai postcode",
    "El Carmen is the Afro-Peruvian heart of Chincha",
    "anticuchos are skewers of grilled beef heart",
    "picarones are sweet potato and squash doughnuts",
    "in Peru you write the father's surname and then the mother's",
    "tío and tía are what the barrio calls the older sellers",
    "Picantería Ayarza is a restaurant, not a person",
    "Mz. and Lt. in a Peruvian address are the block and the lot",
    "stall 14 is next to the fountain",
    "pitch 23 costs 15 euros a day",
    "licence CFL-2024-0458 runs out in March",
    "batch 31 of the bergkäse goes on sale in October",
    "order 70412 is two dozen eggs and a kilo of butter",
    "guest 4 has a nut allergy",
    "the OG was 1.052 and the FG 1.010",
    "that's about 5.5% ABV",
    "ferment at 18 degrees for two weeks",
    "the cellar stays at 12 degrees and 90% humidity",
    "the wheel weighs 28 kilos",
    "a dozen eggs is 4.50 at the gate",
    "anticuchos are 10 soles a plate",
    "the 'nduja is 24 euros a kilo",
    "the supper club is 45 a head, BYOB",
    "tiffins are 8 pounds each or 35 for five",
    "the food bank opens Tuesday and Thursday from 10 to 2",
    "the fridge is checked at 9 and at 5",
    "the market is every Saturday from 7 until 1",
    "the sagra is on the 15th of August",
    "the brew day is on the 3rd, starting at 8",
    "the cheese was made on 12 June 2024",
    "best before 14.03.2026",
    "the licence was issued on 02/05/2024",
    "Open Source Point of Sale 3.4 moved to CodeIgniter 4",
    "Fermentrack 2024.1 fixed the gravity sensor bug",
    "CraftBeerPi 4.4 added the new plugins",
    "Norish 0.9 added shopping lists",
    "fixed in commit 7b2e91d, see the changelog",
    "DJANGO_SECRET_KEY=",
    "database.default.password = <your db password>",
    "POSTGRES_PASSWORD=changeme",
    "encryption.key = hex2bin:your-key-here",
    "card PIN: ****",
    "card 4242 4242 4242 4242 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "AT61 1904 3002 3457 3201 is the example IBAN in the docs",
    "LT12 1000 0111 0100 1000 is the example IBAN in the docs",
    "write to host@example.org on the form",
    "192.0.2.74 is a documentation address",
    "203.0.113.74 is a documentation address",
    "2001:db8:74::1 is a documentation address",
    "call 112 for emergencies anywhere in the EU",
    "in Peru the fire brigade is 116",
    "did the cheese order come yet",
    "the eggs are in the box by the gate",
    "ok the kraut is ready, finally",
    "yes the fridge is full again, thanks",
    "THE PICARONES ARE SOLD OUT",
    "griaß di, bis am Samstag auf da Alp",
    "ciao, ci vediamo alla sagra",
    "labas, iki šeštadienio",
    "hola causa, nos vemos en el puesto",
]  # fmt: skip


def _typo74(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types with floury hands, a food
    word's well-known misspelling ('recipe' -> 'recipie', 'sausage' -> 'sausege', 'licence' -> 'lisence',
    'fridge' -> 'frige'), or a recipe's shorthand creeping into chat ('with' -> 'w/', 'dozen' -> 'doz',
    'minutes' -> 'mins'). Only in sentences typed to the bot or a friend; a title next to a name stays as
    written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT74.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT74[m.group(1)] + template[m.end() :]
    shorts = list(RECIPE_WORD_HELDOUT74.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + RECIPE_HELDOUT74[m.group(1)] + template[m.end() :]


def build_heldout74(seed: int = HELDOUT74_SEED) -> list[Example]:
    """Held-out set 74: `Gen74` values in `HELDOUT74_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen74(seed)
    return assemble_module_set(
        gen, HELDOUT74_TEMPLATES, HELDOUT74_MIXED, HELDOUT74_NEGATIVES, _typo74, person=gen.person_for
    )
