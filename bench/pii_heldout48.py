"""Held-out PII set 48 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout48": written before round 34 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT48 is empty, as for
held-out 16 to 46; written at the same time as held-out 47, the two authors split the world between them: 48
takes land and sea work (farms and ranches, vineyards and wineries, fishing fleets and fish auctions, forestry
and sawmills, mines and quarries, livestock markets and shearing gangs, agricultural shows, rural co-ops and
credit unions, farm machinery dealers, beekeeping, greenhouses), 47 takes the arts, music and media);
hand-written lists of Isleños of St. Bernard Parish, Louisiana (the Canary Islanders' descendants: shrimpers,
oyster luggers and trappers of Delacroix, Yscloskey and Shell Beach: 'Irvan Serigne', 'Celeste Molero', with
'Cap'n' before a boat captain's name), Pomeranians of Espírito Santo (Santa Maria de Jetibá's and Domingos
Martins' coffee, vegetable and greenhouse growers, their co-op and credit union: a Brazilian given name with
Pomeranian family names, the mother's before the father's: 'Ervino Ramlow', 'Lurdes Klitzke Ponath', with
'seu' and 'dona' before the given name), gauchos of Tacuarembó and Rivera, Uruguay (estancia peons, shearing
gangs and livestock auction men: 'Heber Techera', 'Zully Larrosa', and the stockman's nickname beside or
instead of the legal name: 'Pocho', 'Cacho Píriz'), cooperative miners and palliris of Potosí's Cerro Rico
(Quechua family names, the father's and the mother's, and a co-op roster's surnames-first order: 'Eulogio Colque
Ayaviri', 'Canaviri Yucra Basilia') and Tunisian fishers of Mazara del Vallo's trawlers from Mahdia, Chebba and
Kerkennah (a given name with a family name or 'Ben' and the father's name, and an Italian crew list's
'SURNAME Given': 'Fethi Jlassi', 'Moncef Ben Amor', 'TRABELSI Chokri', with 'Si' before a man's given name);
a stock or weighbridge sheet's 'Surname, Given' for every origin ('Estopinal, Lloyd'); co-op ('Member no. 214:',
'Cooperado:'), shearing ('Shearer (stand 3):', 'Presser:'), auction ('Vendor:', 'Buyer:'), crew list ('Skipper:',
'Deckhand:'), mine ('Socio:', 'Shift boss:'), winery ('Cellar hand:'), sawmill ('Sawyer:') and show ('Exhibitor:',
'Judge (fleece):') fields; over three quarters of the sentences typed to the bot or a friend: shrimp and oyster
seasons, the fish auction, trawler crews, coffee harvests and greenhouses, co-op and credit union business,
shearing sheds, livestock auctions, cattle and sheep work, the mine's shifts and the ore buyers, the vintage and
the cellar, forestry crews and sawmills, quarries, beekeeping, farm machinery dealers and the agricultural
show; self-hosted apps' config no earlier set pasted: LiteFarm's api .env, the FarmBot web app's .env,
Mycodo's greenhouse InfluxDB settings, openHAB's influxdb.cfg for a milking shed, an iSpindel's JSON config in
the winery and Mifos X for a rural credit union, with Plaza Rural, Navionics and Agrolink keys; those regions'
addresses (St. Bernard Parish's Delacroix Highway, Yscloskey and Chalmette with their 700xx ZIP codes, Santa
Maria de Jetibá's 'Sítio X, Córrego Y, zona rural' with the 29645-000 CEP and Domingos Martins' 29260-000,
Tacuarembó's and Rivera's 'Ruta 5 km 389, paraje X' and 'Establecimiento X' with town streets and CPs, Potosí's
'zona' and the Cerro Rico's mine camps, Mazara del Vallo's 'Via X n, 91026 Mazara del Vallo (TP)', Mahdia's
'Rue X, 5100 Mahdia' and Kerkennah's villages) and phones (St. Bernard's 504 numbers, Espírito Santo's (27) 3263
landlines and (27) 9 mobiles, Uruguayan 09x mobiles and Tacuarembó 4632 and Rivera 4622 landlines, Bolivian 7
mobiles and Potosí's (2) 62, Mazara's 0923 and Italian mobiles, Tunisian +216 mobiles and Mahdia's 73 and
Sfax's 74); Visa, Mastercard 51-55 and 2221, Amex 37, a Brazilian Elo 5067 and a 14-digit Diners 36 as a
machinery dealer, a co-op shop or a show's entry desk takes them, with spaces, hyphens or none; IBANs of
Brazil, Tunisia, Italy and Malta (every IBAN country was used by an earlier set; Uruguay, Bolivia and the United
States have none; these are where the co-op, the crews and the catch are paid); IPs in milking robot, grain
dryer, greenhouse climate computer, centre pivot, hive scale gateway, wheelhouse router, fish auction clock,
kiln controller, weighbridge, mine fan PLC, winery tank controller, sale yard EID reader and co-op branch chat
and in the pastes above, a weighbridge log line and a Mycodo daemon log, v6 in 2804:7f0, 2800:a4, 2600:387,
2a02:47a0 and 2c0f:fa88 ranges; passwords handed over in ways no earlier set used (chalked on the shearing
shed's tally board, in the bee suit's pocket, on the fish auction scale's sticker, in the wheelhouse above
the radio, on the cellar door's chalkboard, on the milking parlour's wall, behind the sawmill's time clock, in
the mine's lamp room, under the glass on the co-op counter, the grain silo's keypad, the dealer's workshop),
Jetibá ('Jetiba#Pomer'), the Cerro Rico ('CerroRico_1545'), Tacuarembó's criollos ('Tacuarembo!Criolla'),
Yscloskey ('Yscloskey84'), Mazara's red prawn ('Gambero-Rosso7'), leetspeak of field words ('sh34r1ng',
'v1nt4g3'), breeds and crops joined with a count ('merino-arabica-12'), and cues in Brazilian Portuguese ('a
senha do wifi da estufa é'), Tunisian Arabic in Latin letters ('el code mta3 el wifi') and Rioplatense Spanish
('fijate que la clave es'); usernames on Plaza Rural, Mascus, TractorHouse, Beesource, Agrolink, The Hull
Truth, the Arborist Site, the Farmers Weekly forum, Navionics, Ranchers.net and the Louisiana Sportsman forum,
shapes like 'x.shears', 'y_bayou4', 'x-on-the-trawl', 'colmena_y', 'x.cerro' and 'y.estancia'; dates of birth
given for a co-op membership, a crew list, a shearing contractor's insurance, a mine's social security, a
credit union loan, an exhibitor's form and a fishing licence, in Brazilian Portuguese ('Data de nascimento:
14/03/1987', 'nascido em 14 de março de 1987'), Uruguayan Spanish ('Fecha de nac.: 14/3/1987'), Bolivian
Spanish ('nacido el 14 de marzo de 1987'), Italian ('data di nascita 14.03.1987'), Tunisian Arabic
('تاريخ الولادة') and Louisiana's '03-14-1987', and a LiteFarm JSON 'birth_date'; typos as a phone whose
autocorrect is set to Portuguese, Spanish or Italian swaps an English word for its look-alike there ('boat' ->
'bota', 'pay' -> 'pai', 'more' -> 'mora') or the prediction bar's first word is taken, a word grown into a longer
one that begins the same ('the' -> 'then', 'send' -> 'sending'), typed with a wet or muddy thumb; negatives
with the same regions' places, the titles, the two family names and the nicknames explained, boat names, brand
and lot numbers, ear tags and brands, auction lot and catalogue numbers, fleece weights and micron counts,
tonnages and ore grades, vintages, yields and Brix, hive counts, board feet, tractor models and hours,
coordinates of fishing grounds, licence numbers alone, the regions' emergency numbers, versions, a commit,
placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and
v6), and short everyday chat).

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

HELDOUT48_SEED = 5719283
# no faker name locale, as in held-out 16 to 46: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT48: list[str] = []
# land and sea work (held-out 47, written at the same time, takes the arts, music and media); each origin:
# (men's given names, women's given names, family names)
NAMES_HELDOUT48: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Isleños of St. Bernard Parish, Louisiana (shrimpers, oyster luggers and trappers of Delacroix and
    # Yscloskey, the Canary Islanders' descendants)
    "isleno": ("Irvan Lloyd Ervin Marcel Hilton Nolan Melvin Wendell Dudley".split(),
               "Celeste Irma Lena Evelyn Doris Gloria Bernadine".split(),
               "Serigne Molero Estopinal Melerine Nunez Esteves Acosta Robin Alonzo Gonzales Ruiz Campo".split()),
    # Pomeranians of Espírito Santo (Santa Maria de Jetibá's coffee, vegetable and greenhouse growers, the
    # co-op and the credit union): Brazilian given names, Pomeranian family names
    "pomerano": ("Ervino Arildo Adelino Valdemar Gerson Nilton Erivelto Lauri Osmar".split(),
                 "Lurdes Olinda Ilda Neusa Erica Elzira Marli Iraci".split(),
                 "Ramlow Klitzke Ponath Laabs Pagung Siewert Tesch Krüger Boldt Plaster Foerste Tonn Berger".split()),
    # gauchos of Tacuarembó and Rivera, Uruguay (estancia peons, shearing gangs, the livestock auctions)
    "gaucho": ("Heber Wáshington Nelson Ademar Darwin Milton Yony Ruben Walter".split(),
               "Zully Mirta Gladys Shirley Nelly Lourdes Iris".split(),
               "Techera Larrosa Píriz Olivera Sosa Da Rosa Cardozo Machado Pereyra De los Santos".split()),
    # cooperative miners and palliris (women ore sorters) of Potosí's Cerro Rico
    "potosi": ("Eulogio Faustino Severo Grover Abdón Teófilo Marcelino Celestino Florencio".split(),
               "Basilia Justina Sabina Felipa Eusebia Dominga Martina".split(),
               "Colque Ayaviri Canaviri Yucra Huarachi Villca Copa Cayo Quisbert Choquevillca Llanos".split()),
    # Tunisian fishers of Mazara del Vallo's trawlers, from Mahdia, Chebba and Kerkennah
    "mazara": ("Fethi Moncef Chokri Habib Lotfi Hédi Slim Mourad Kais".split(),
               "Naziha Monia Saïda Olfa Hajer Latifa Samia".split(),
               "Trabelsi Jlassi Mejri Jebali Gharbi Hammami Khemiri Chaabane Dridi Bouzid".split()),
}  # fmt: skip
# a Tunisian man's 'Ben' and his father's given name
MAZARA_FATHERS_HELDOUT48 = "Amor Salah Youssef Ali Hmida Brahim Mabrouk".split()
# the stockman's nickname a Tacuarembó estancia knows a peon by
GAUCHO_NICKS_HELDOUT48 = "Pocho Cacho Tito Chiche Lalo Beto Toto Chango".split()
# a title before the name (outside the span) goes with the origins that use it
TITLED_HELDOUT48: dict[str, tuple[str, bool | None]] = {
    "cap'n": ("isleno", False),  # a boat captain, before his given name or his full name
    "seu": ("pomerano", False),  # Brazilian 'senhor', before a man's given name
    "dona": ("pomerano", True),  # and before a woman's
    "si": ("mazara", False),  # Tunisian 'sidi', before a man's given name
}
TITLE_SLOT_HELDOUT48 = re.compile(r"(?<![\w'])(cap'n|seu|dona|si) \{\}", re.IGNORECASE)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT48 = {"BR": "23n1a1c", "TN": "20n", "IT": "1a10n12c", "MT": "4a5n18c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT48 = ["shrimp", "oyster", "trawl", "cafe", "estufa", "colmena", "shears", "estancia", "remate",
                      "cerro", "mina", "vindima", "cellar", "sawmill", "quarry", "coop"]  # fmt: skip
# slips outside the slots: autocorrect set to another language swapping an English word for its look-alike
# there, or the prediction bar's first word taken in place of the word typed
AUTOCORRECT_HELDOUT48 = {
    "boat": "bota", "pay": "pai", "more": "mora", "sale": "sal", "can": "cana", "come": "comer", "for": "por",
    "mine": "mina", "sea": "sei", "ring": "rinha", "post": "posto", "late": "lata", "tell": "tela",
    "lot": "lote", "field": "fiel", "send": "senda", "cost": "costa", "bill": "bile", "fish": "fisco",
}  # fmt: skip
PREDICTED_HELDOUT48 = {
    "the": "then", "send": "sending", "new": "news", "ask": "asked", "call": "called", "boat": "boats",
    "check": "checked", "sheep": "sheepdog", "bee": "been", "ring": "ringing", "her": "here", "his": "history",
    "show": "showing", "wine": "wines", "shed": "sheds", "truck": "trucks", "mine": "mines",
}  # fmt: skip
AUTOCORRECT_WORD_HELDOUT48 = re.compile(
    r"(?<![\w{}'@.])(" + "|".join(AUTOCORRECT_HELDOUT48) + r")(?![\w{}'@])"
)
PREDICTED_WORD_HELDOUT48 = re.compile(r"(?<![\w{}'@.])(" + "|".join(PREDICTED_HELDOUT48) + r")(?![\w{}'@])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Píriz' -> 'piriz',
    'Da Rosa' -> 'darosa')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen48(Gen3):
    """Generators for held-out set 48: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT48 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT48))
        men, women, lasts = NAMES_HELDOUT48[origin]
        if woman is None:  # crews, shearing gangs and mine shifts are mostly men
            woman = rng.random() < (0.2 if origin in ("mazara", "isleno") else 0.4)
        given = rng.choice(women if woman else men)
        return origin, given, rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT48[origin][2]
        if r < 0.12:  # a stock or weighbridge sheet's 'Surname, Given'
            return f"{last}, {first}"
        if origin == "pomerano" and r < 0.45:  # the mother's family name, then the father's
            return f"{first} {rng.choice([x for x in lasts if x != last])} {last}"
        if origin == "potosi":
            other = rng.choice([x for x in lasts if x != last])
            if r < 0.45:  # the father's and the mother's family names
                return f"{first} {last} {other}"
            if r < 0.65:  # a co-op roster's surnames first
                return f"{last} {other} {first}"
        if origin == "gaucho" and not woman and r < 0.4:  # the nickname with the family name
            return f"{rng.choice(GAUCHO_NICKS_HELDOUT48)} {last}"
        if origin == "mazara":
            if not woman and r < 0.4:  # 'Ben' and the father's given name
                return f"{first} Ben {rng.choice(MAZARA_FATHERS_HELDOUT48)}"
            if r < 0.6:  # an Italian crew list's SURNAME Given
                return f"{last.upper()} {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.8:
            name = first
            if origin == "gaucho" and not woman and rng.random() < 0.5:  # the nickname alone
                name = rng.choice(GAUCHO_NICKS_HELDOUT48)
        elif r < 0.9:
            name = last
        else:  # the given name's initial and the family name, as a tally sheet gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ("Cap'n Irvan", 'seu Ervino', 'dona Lurdes', 'Si Moncef'),
        from the origin that uses it."""
        rng = self.rng
        origin, woman = TITLED_HELDOUT48[title.lower()]
        _, given, last, _ = self._origin_name(origin, woman)
        if title.lower() == "cap'n" and rng.random() < 0.4:
            return f"{given} {last}"
        return given

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT48.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        shapes = [
            f"{rng.randint(1000, 9800)} Delacroix Hwy, St. Bernard, LA 70085",
            f"{rng.randint(100, 6000)} Yscloskey Hwy, Yscloskey, LA 70085",
            f"{rng.randint(100, 3999)} {pick(['E. Judge Perez Dr', 'Paris Rd', 'Bayou Rd'])}, Chalmette, LA 70043",
            f"{rng.randint(100, 999)} {pick(['Colonial Blvd', 'Jacob Dr', 'Main St'])}, Violet, LA 70092",
            f"Sítio {pick(['Boa Esperança', 'Santa Luzia', 'dos Ramlow', 'Bela Vista'])}, Córrego {pick(['São Luís', 'Rio Lamego', 'Alto Jetibá', 'Caramuru'])}, zona rural, Santa Maria de Jetibá - ES, 29645-000",
            f"Rua {pick(['Dalmácio Espíndula', 'Hermann Berger', 'Frederico Grulke'])}, {n}, Centro, Santa Maria de Jetibá - ES, 29645-000",
            f"Estrada {pick(['Pedra Azul', 'Melgaço', 'Tijuco Preto'])}, km {rng.randint(2, 30)}, zona rural, Domingos Martins - ES, 29260-000",
            f"Ruta {pick(['5', '26', '31', '43'])} km {rng.randint(150, 480)}, paraje {pick(['Cuchilla de Peralta', 'Clara', 'Laureles', 'Caraguatá'])}, Tacuarembó",
            f"Establecimiento {pick(['La Querencia', 'El Ombú', 'Santa Clara', 'Los Tres Árboles'])}, Ruta 5 km {rng.randint(300, 420)}, Tacuarembó",
            f"{pick(['18 de Julio', 'Sarandí', 'Ituzaingó', 'Joaquín Suárez'])} {rng.randint(100, 1800)}, CP 45000, Tacuarembó",
            f"{pick(['Sarandí', 'Agraciada', 'Uruguay'])} {rng.randint(100, 1200)}, CP 40000, Rivera",
            f"Calle {pick(['Linares', 'Bustillos', 'Chuquisaca', 'Cobija'])} No. {n}, zona {pick(['Central', 'San Roque', 'Villa Copacabana', 'San Cristóbal'])}, Potosí",
            f"Campamento {pick(['Pailaviri', 'Candelaria', 'Santa Rita'])}, casa {rng.randint(1, 60)}, Cerro Rico, Potosí",
            f"Via {pick(['Castelvetrano', 'Santa Maria di Gesù', 'Giotto', 'Bagno'])} {n}, 91026 Mazara del Vallo (TP)",
            f"Rue {pick(['Ibn Khaldoun', 'Farhat Hached', 'du Port', 'Ali Belhouane'])} n° {rng.randint(1, 90)}, 5100 Mahdia",
            f"Cité {pick(['El Bahri', 'Ennour', 'Essalem'])}, {pick(['Remla', 'Ouled Kacem', 'El Attaya'])}, 3070 Kerkennah",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT48)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{first}_{subject}", f"{last}{rng.randint(1958, 2004)}",
                           f"{subject}{last}", f"{first}.{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "bellsouth.net", "cox.net",
                             "att.net", "yahoo.com.br", "uol.com.br", "terra.com.br", "adinet.com.uy",
                             "vera.com.uy", "entelnet.bo", "libero.it", "tin.it", "topnet.tn", "gnet.tn"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(504) 2{rng.choice(['71', '77', '79', '81'])}-{d(4)}",  # St. Bernard Parish
            f"504-{rng.choice(['682', '676'])}-{d(4)}",
            f"(27) 3263-{d(4)}",  # Santa Maria de Jetibá
            f"(27) 9 9{d(3)}-{d(4)}",  # Espírito Santo mobile
            f"+55 27 99{d(3)}-{d(4)}",
            f"09{rng.choice('1345789')} {d(3)} {d(3)}",  # Uruguayan mobile
            f"4632 {d(4)}",  # Tacuarembó
            f"4622 {d(4)}",  # Rivera
            f"+598 9{rng.choice('1345789')} {d(3)} {d(3)}",
            f"7{d(7)}",  # Bolivian mobile
            f"(2) 62{d(5)}",  # Potosí
            f"+591 2 62{d(1)} {d(4)}",
            f"0923 9{d(5)}",  # Mazara del Vallo
            f"+39 3{rng.choice('2345')}{d(1)} {d(3)} {d(4)}",  # Italian mobile
            f"+216 {rng.choice('2459')}{d(1)} {d(3)} {d(3)}",  # Tunisian mobile
            f"73 {d(3)} {d(3)}",  # Mahdia
            f"74 {d(3)} {d(3)}",  # Sfax and Kerkennah
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("53", 16), ("51", 16), ("2221", 16), ("37", 15),
                                     ("5067", 16), ("36", 14)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length in (14, 15):
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.7:  # a dealer's invoice's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT48))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT48[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): milking sheds, greenhouses, boats, auctions, sawmills, mines, wineries
        and co-op chat, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2804:7f0:{h()}:{h()}::{h()}", f"2800:a4:{h()}:{h()}::{h()}", f"2600:387:{h()}:{h()}::{h()}",
                         f"2a02:47a0:{h()}::{h()}", f"2c0f:fa88:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the milking robot dropped off the network, it was on {}", v4),
            ("grain dryer controller is {}, it keeps tripping at night", v4),
            ("greenhouse climate computer got {} after the power cut", rng.choice([v4, v6])),
            ("the centre pivot on the north paddock answers on {}", v4),
            ("the hive scale gateway at the orange grove apiary is {}", v4),
            ("wheelhouse router on the trawler is {}, the camera on deck is behind it", v4),
            ("the auction clock at the fish market is on {}, bidding froze twice", v4),
            ("kiln controller at the sawmill is {}, don't touch the schedule", v4),
            ("weighbridge pc at the quarry is {}", v4),
            ("the mine fan plc on level 3 is {}, ask before you reboot it", v4),
            ("tank temperature controller in the cellar is {}", rng.choice([v4, v6])),
            ("the EID reader at the sale yard got {} from the dhcp", v4),
            ("co-op branch router in Jetibá is {}, the credit union can't reach it", rng.choice([v4, v6])),
            ("i gave the farmbot {} so it stops moving around", v4),
            ("DEV_DATABASE_HOST={}", v4),
            ("MQTT_HOST={}", v4),
            ("influxdb:url=http://{}:8086", v4),
            ("  influxdb_host: {}", v4),
            ("  host: {}", v6),
            ("2024-10-03 05:41:17 WB-2 ticket 88213 gross 41.2 t, upload to {} failed", v4),
            ("Oct 03 05:41:17 mycodo-daemon[812]: Could not connect to InfluxDB at {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Jetiba#{rng.choice(['Pomer', 'Cafe', '1859'])}",
                f"CerroRico_{rng.randint(1, 1600)}",
                f"Tacuarembo!{rng.choice(['Criolla', 'Gaucho', 'Tropa'])}",
                f"Yscloskey{rng.randint(60, 99)}",
                f"Gambero-Rosso{rng.randint(1, 99)}",
                rng.choice(["shearing", "vintage", "oyster", "harvest", "sawmill"]).translate(leet) + rng.choice(["", "!", "_48"]),
                f"{rng.choice(['merino', 'hereford', 'arabica', 'tannat', 'jersey'])}-{w()}-{rng.randint(1, 99)}",
                f"{rng.choice(['Delacroix', 'Rivera', 'Mahdia', 'Pailaviri', 'Melgaco'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Trawl', 'Shed', 'Hive', 'Vat', 'Lote'])}{rng.randint(1, 99)}",
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
            ("the wifi is chalked on the tally board in the shearing shed, {}", pw),
            ("left the tablet password in the pocket of my bee suit, it's {}", pw),
            ("the sticker on the fish auction scale says {}, that's the login", pw),
            ("wheelhouse wifi is written above the vhf radio, {}", pw),
            ("the cellar door chalkboard has the wifi, {}", pw),
            ("the milking parlour wifi is on the wall by the vat, {}", pw),
            ("the sawmill payroll login is behind the time clock, {}", pw),
            ("the lamp room pc at the mine uses {}", pw),
            ("the code for the grain silo keypad is {}", d(4)),
            ("the co-op counter wifi is under the glass, {}", pw),
            ("the dealer's workshop laptop is {}, the one with the tractor diagnostics", pw),
            ("the gate on the bottom paddock opens with {}", d(5)),
            ("i changed the farmbot admin password to {}", pw),
            ("my credit union app pin is {}, don't tell anyone", d(6)),
            # cues in languages no earlier set used for this
            ("a senha do wifi da estufa é {}", pw),
            ("el code mta3 el wifi fil flouka {}", pw),
            ("fijate que la clave del galpón es {}", pw),
            # commands
            ("$ docker run -e ADMIN_PASSWORD={} farmbot/farmbot-web-app", pw),
            ("$ psql 'postgresql://litefarm:{}@localhost/farmdata'", pw),
            ("$ curl -H 'Authorization: Bearer {}' https://api.litefarm.org/farm", jwt()),
            # pastes
            ("DEV_DATABASE_PASSWORD={}", pw),
            ("JWT_SECRET={}", tok(48, alnum)),
            ("SECRET_TOKEN_BASE={}", tok(64, hexl)),
            ("ADMIN_PASSWORD={}", pw),
            ("influxdb:password={}", pw),
            ("  influxdb_password: {}", pw),
            ('  "Token": "{}",', tok(32, alnum)),
            ("FINERACT_DEFAULT_TENANTDB_PWD={}", pw),
            ("PLAZA_RURAL_API_KEY={}", tok(40, hexl)),
            ("  navionics_key: {}", uuid()),
            ("AGROLINK_TOKEN={}", tok(48, alnum + "-_")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.shears', 'y_bayou4', 'x-on-the-trawl')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.shears",
                f"{last}_bayou{rng.randint(1, 12)}",
                f"{first}-on-the-trawl",
                f"colmena_{last}",
                f"{first}.cerro",
                f"{last}.estancia",
                f"{first}_{rng.choice(['jd', 'massey', 'valtra'])}{rng.randint(1, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=86)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "br": f"{day:02d}/{m:02d}/{year}",
            "br_long": f"{day} de {PT_MONTHS_HELDOUT48[m - 1]} de {year}",
            "uy": f"{day}/{m}/{year}",  # unpadded
            "bo_long": f"{day} de {ES_MONTHS_HELDOUT48[m - 1]} de {year}",
            "it": f"{day:02d}.{m:02d}.{year}",
            "tn": f"{day:02d}/{m:02d}/{year}",
            "us": f"{m:02d}-{day:02d}-{year}",  # Louisiana, hyphens
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["br", "us", "uy", "br_long", "bo_long", "it", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the co-op membership form wants my date of birth, {}", any_shape),
            ("for the crew list the skipper needs my dob, it's {}", any_shape),
            ("the shearing contractor's insurance has my birthday wrong, should be {}", any_shape),
            ("the credit union loan asked my date of birth, i put {}", s["br"]),
            ("my fishing licence renewal says born {}", s["us"]),
            ("for the exhibitor's form at the show my dob is {}", any_shape),
            ("the mine's social security card has me born {}", s["bo_long"]),
            ("eu nasci em {}", s["br_long"]),
            ("Data de nascimento: {}", s["br"]),
            ("Fecha de nac.: {}", s["uy"]),
            ("nacido el {}", s["bo_long"]),
            ("data di nascita {}", s["it"]),
            ("تاريخ الولادة: {}", s["tn"]),
            ("DOB: {}", s["us"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


PT_MONTHS_HELDOUT48 = ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
                       "dezembro").split()  # fmt: skip
ES_MONTHS_HELDOUT48 = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                       "diciembre").split()  # fmt: skip

HELDOUT48_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} took the boat out at 4, the shrimp are running",
        "the buyer at the fish auction this morning was {}",
        "{} is picking coffee with us till the end of june",
        "remind me to pay {} for the shearing",
        "{} sold 40 steers at the remate yesterday",
        "can you find the message from {} about the ore price",
        "{} drives the forwarder for the logging crew",
        "{} is the new cellar hand, starts at vintage",
        "ask {} if the kiln at the sawmill is free on monday",
        "{} judged the fleeces at the show",
        "{} runs the greenhouse tomatoes for the co-op",
        "I owe {} for the diesel on the trawler",
        "{} moved the hives to the eucalyptus on sunday",
        "tell {} the weighbridge is down again",
        "{} sorts ore at the mine mouth, ask her about the tailings",
        "the mechanic from the tractor dealer was {}",
        "{} is our loan officer at the credit union",
        "{} pressed 300 bales in the shed today",
        "{} skippered the oyster lugger for thirty years",
        "{} got stung eleven times checking the supers",
        "{} is bringing the heifers down from the hill",
        "{} did the blasting on the quarry face yesterday",
        "the guy who bought our whole lot of lambs was {}",
        "{} topped the merino ewe class at the show",
        "the crew boss on the pruning gang is {}",
        "cap'n {} said the nets need mending before friday",
        "Cap'n {} is taking the boat to Shell Beach",
        "seu {} brought the coffee to the co-op dryer",
        "dona {} sells the honey at the Jetibá market",
        "si {} is on the night trawl this week",
        "Member no. 214: {}",
        "Cooperado: {}",
        "Shearer (stand 3): {}",
        "Presser: {}",
        "Vendor: {}",
        "Buyer: {}",
        "Skipper: {}",
        "Deckhand: {}",
        "Socio: {}",
        "Shift boss: {}",
        "Cellar hand: {}",
        "Sawyer: {}",
        "Exhibitor: {}",
        "Judge (fleece): {}",
        '"grower_name": "{}",',
        "| Lot 17 | {} |",
    ],
    "STREET_ADDRESS": [
        "send the new shears to {}",
        "the co-op truck picks up the coffee at {}",
        "my uncle's place is {}, the boat's behind the house",
        "the vet should come to {}",
        "I moved, the credit union letters go to {} now",
        "deliver the bee boxes to {}",
        "the auction lot goes to {} after the sale",
        "Property address: {}",
        "Endereço: {}",
        "Domicilio: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the tally sheets to {}",
        "the fish auction invoices come from {}",
        "email the lab results for the must to {}",
        "the machinery dealer's salesman is {}",
        "Email (cooperado): {}",
        '"email": "{}",',
        "ADMIN_EMAIL={}",
        "contact_email: {}",
    ],
    "PHONE_NUMBER": [
        "the shearing contractor's number is {}",
        "ring the co-op on {} if the truck doesn't show",
        "the skipper's phone is {}",
        "call the vet on {} before you load the cattle",
        "the ore buyer's number is {}",
        "Celular: {}",
        "Tel. (cooperativa): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the tractor parts with {}",
        "the show entry fees went on {}",
        "the new outboard is on {}",
        "paid the queen bees with {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay my share of the catch into {}",
        "the co-op pays the coffee into {}",
        "send the shearing money to {}",
        "the winery wants the deposit back to {}",
        "IBAN (crew): {}",
        "IBAN for the harvest payment: {}",
    ],
    "USERNAME": [
        "on Plaza Rural I'm {}",
        "my Mascus name is {}",
        "I sell on TractorHouse as {}",
        "Beesource has me as {}",
        "my Agrolink login is {}",
        "on The Hull Truth I'm {}",
        "the Arborist Site knows me as {}",
        "on the Farmers Weekly forum I'm {}",
        "my Navionics community name is {}",
        "on Ranchers.net I'm {}",
        "the Louisiana Sportsman forum has me as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT48_MIXED = [
    ("Skipper: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Cooperado: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("DEV_DATABASE_HOST={}\nDEV_DATABASE_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8080/fineract-provider/api/v1/clients", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the shed keys in the ute, padlock code {}", ["PERSON", "SECRET"]),
    ("Exhibitor: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Plaza Rural name is {}, pay me at {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the wool clip came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the tractor service with {}", ["PERSON", "CREDIT_CARD"]),
    ("dona {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Vendor: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT48_NEGATIVES = [
    "the Isleños came to Louisiana from the Canary Islands in the 1770s",
    "Yscloskey and Delacroix are at the end of the road in St. Bernard Parish",
    "brown shrimp season opens in May, white shrimp in August",
    "cap'n is just how everyone down the bayou says captain",
    "the Pomeranians came to Espírito Santo in 1859",
    "Santa Maria de Jetibá is the most Pomeranian town in Brazil",
    "seu and dona are like mister and missus in Brazil",
    "in Brazil the mother's family name comes before the father's",
    "Tacuarembó calls itself the capital of the gaucho",
    "the Patria Gaucha festival is every March in Tacuarembó",
    "almost every peon on an estancia has a nickname",
    "a comparsa is a travelling shearing gang in Uruguay",
    "the Cerro Rico has been mined since 1545",
    "a palliri is a woman who sorts ore at the mine mouth",
    "El Tío is the god of the underworld the Potosí miners leave coca for",
    "in Bolivia the father's family name comes first, then the mother's",
    "Mazara del Vallo has the biggest trawler fleet in Italy",
    "Si is how a Tunisian says mister before a man's name",
    "Ben in a Tunisian name means son of",
    "the boat is called Bayou Belle, out of Shell Beach",
    "the trawler Nuovo Aliseo is back from the Strait of Sicily",
    "we fish around 37.2 N, 12.1 E in winter",
    "ear tag 858 000 123 456 789 is the heifer with the white face",
    "the brand is a T with a bar under it",
    "lot 17 is 40 Hereford steers, about 380 kg each",
    "catalogue number 214 in the ram sale",
    "the fleece weighed 4.8 kg at 19.5 micron",
    "we sheared 2,140 head in six days",
    "the remate is on the 14th at the Tacuarembó sale yard",
    "the mine sent 12 tonnes at 3.4 percent tin",
    "the zinc price dropped 6 percent this week",
    "level 3 of the Pailaviri mine is closed for ventilation",
    "the 2019 tannat is still the best we made",
    "we picked at 24.5 Brix on the north block",
    "yield was 6.2 tonnes a hectare",
    "tank 7 is the sauvignon, tank 9 the merlot",
    "we run 140 hives on the orange groves",
    "the honey came in at 17.8 percent moisture",
    "the mill cut 18,000 board feet today",
    "the new forwarder is a John Deere 1210G",
    "the tractor has 4,312 hours on it",
    "a Massey Ferguson 4707 is on special at the dealer",
    "the coffee came in at 23 sacas per hectare",
    "the greenhouse is 60 by 12 metres, two tunnels",
    "the quarry blast is at 2pm, sirens at 1:55",
    "the weighbridge ticket says 41.2 tonnes gross",
    "the wool clip went to the broker in Montevideo",
    "the fish auction starts at 5 sharp",
    "red prawn went for 38 euros a kilo yesterday",
    "oysters are 52 dollars a sack this week",
    "commercial licence number 24-0917 is on the wheelhouse",
    "the co-op has 7,000 members in the mountains",
    "the credit union gives 1.2 percent on savings",
    "the agricultural show is the first weekend of October",
    "the ute needs new tyres before the show",
    "911 in Louisiana, 190 for the police in Brazil",
    "Uruguay uses 911 for everything now",
    "in Bolivia it's 110 for the police",
    "Italy's sea rescue number is 1530",
    "Tunisia's ambulance is 190",
    "70085 is the ZIP code for the lower parish",
    "29645-000 is the CEP of Santa Maria de Jetibá",
    "Ruta 5 runs from Montevideo to Rivera",
    "Potosí sits at about 4,090 metres",
    "Kerkennah is flat, the highest point is 13 metres",
    "updated LiteFarm to 3.6 on the office pc",
    "FarmBot OS 15 fixed the tool mount",
    "Mycodo 8.15 added the new humidity input",
    "fixed in commit 9c41e2a, see the release notes",
    "JWT_SECRET=",
    "ADMIN_PASSWORD=${ADMIN_PASSWORD}",
    '"Token": "<your ubidots token>",',
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the test Mastercard",
    "BR15 0000 0000 0000 1093 2840 814 P2 is the example IBAN in the docs",
    "write to cooperado@example.com on the form",
    "192.0.2.48 is a documentation address",
    "198.51.100.7 is a documentation address",
    "2001:db8:48::7 is a documentation address",
    "the shrimp were small today",
    "rain all week, no picking",
    "remind me to order more smoker fuel",
    "did the new blades come yet",
    "the ewes are lambing early this year",
    "see you at the dock at five",
    "bring your boots, the corral is all mud",
]  # fmt: skip


def _typo48(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a phone whose autocorrect is set to Portuguese,
    Spanish or Italian swapping an English word for its look-alike there ('boat' -> 'bota', 'pay' -> 'pai',
    'more' -> 'mora'), or the prediction bar's first word taken in place of the word typed, a word grown into a
    longer one that begins the same ('the' -> 'then', 'send' -> 'sending', 'new' -> 'news'), as typed with a
    wet or muddy thumb on a deck, in a shed or down a mine. Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    first, second = (
        (AUTOCORRECT_WORD_HELDOUT48, AUTOCORRECT_HELDOUT48),
        (PREDICTED_WORD_HELDOUT48, PREDICTED_HELDOUT48),
    )
    if rng.random() >= 0.5:
        first, second = second, first
    for pattern, table in (first, second):
        words = list(pattern.finditer(template))
        if words:
            m = rng.choice(words)
            return template[: m.start()] + table[m.group(1)] + template[m.end() :]
    return template


def build_heldout48(seed: int = HELDOUT48_SEED) -> list[Example]:
    """Held-out set 48: `Gen48` values in `HELDOUT48_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen48(seed)
    return assemble_module_set(
        gen, HELDOUT48_TEMPLATES, HELDOUT48_MIXED, HELDOUT48_NEGATIVES, _typo48, person=gen.person_for
    )
