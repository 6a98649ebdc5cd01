"""Held-out PII set 77 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout77": written before round 49 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT77 is empty, as for
held-out 16 to 76; written at the same time as held-out 78, the two authors split the world between them: 77
takes work on the land (forestry crews and tree surgeons, hedge-layers and dry-stone wallers, shepherds and
their huts, vineyard and orchard harvest crews, mushroom foragers' groups, deer stalkers' bookings, sawmills,
firewood sellers, land-based college placements), 78 takes night work); hand-written lists of the
woodcutters, sawyers and firewood sellers of the Hautes-Vosges (La Bresse, Cornimont, Ventron and
Gérardmer: the small family sawmills, the chainsaw-ticket register and the firewood round; old Vosges given
names ('Firmin', 'Lucien', 'Jean-Marie', 'Germaine', 'Huguette'), Vosges family names ('Didierjean',
'Vaxelaire', 'Valdenaire', 'Grosdemange', 'Lambolez', 'Gegout'), a French register's 'FAMILY Given', a
hyphenated given name's initials ('J.-M. Thiriet') and, as Lorraine speaks of people, 'le' and 'la' before a
given name, outside the span: 'Firmin Vaxelaire', 'VALDENAIRE Odile', 'le Marcel', 'la Germaine'), the
grape pickers and vineyard crews of the Middle Mosel (Zeltingen, Traben-Trarbach, Bernkastel-Kues and
Winningen: the Lesehelfer list, the steep-slope Wingert and the monorail; Catholic Mosel given names
('Matthias', 'Alois', 'Nikolaus', 'Hildegard', 'Resi', 'Walburga'), Mosel family names ('Clüsserath',
'Ehses', 'Hoffranzen', 'Junglen', 'Schmitges', 'Dostert'), a harvest list's 'Family, Given', the village's
family name before the given name without a comma ('Mertes Alois'), and the Moselfränkisch article 'et'
before a woman's and 'de' before a man's given name, outside the span: 'Ehses, Matthias', 'et Resi', 'de
Hubert'), the Orthodox Podlachians of Hajnówka and Białowieża at the edge of the Białowieża Forest
(forestry crews, the forest district's timber sales, mushroom foragers and the village buying points;
Polish spellings of Orthodox given names ('Mikołaj', 'Bazyli', 'Jauhen', 'Zinaida', 'Walentyna', 'Wiera'),
the '-uk' family names of Podlachia ('Kiryluk', 'Sacharczuk', 'Ostapczuk', 'Łukaszuk', 'Korniluk'), a
Polish list's 'Family Given', a name written without Polish letters on a foreign crew's timesheet
('Mikolaj Lukaszuk'), and 'wujek' and 'ciocia' before a given name, outside the span: 'Bazyli Nazaruk',
'Waszczuk Halina', 'wujek Jauhen', 'ciocia Zinaida') and the Barbudans of Codrington (charcoal burners and
firewood sellers, the island's fallow-deer hunters and their guided bookings, and the Antiguan college's
placements; Caribbean given names ('Hilbourne', 'Calsey', 'Fitzroy', 'Ivorine', 'Icilma', 'Lornette'),
Barbudan family names ('Beazer', 'Nedd', 'Desouza', 'Punter', 'Askie', 'Deazle', 'Mussington'), an
invoice's initial before the family name ('H. Beazer'), and 'Ma' before a woman's and 'Cuz' before a man's
given name, outside the span: 'Calsey Nedd', 'Ma Ivorine', 'Cuz Fitzroy'); names on a chainsaw-ticket
register, a crew timesheet, a shepherd's flock book, a harvest crew list, a stalking permit, a timber-sale
protocol, a firewood delivery docket, a hedge-laying match's entry sheet and a college placement's form;
a sawmill, a wine estate, a firewood yard or a charcoal business that carries a family name ('Scierie
Vaxelaire', 'Weingut Clüsserath-Ehses', 'Drewno Kiryluk', 'Beazer Charcoal') no person either, a
compartment's, a row's, a lot's, a permit's or a ticket's number no secret; a chainsaw-ticket register's
('Chainsaw ticket holder:', 'CS30 assessed:', 'Assessor:'), a timesheet's ('Feller:', 'Crew leader:',
'Brigadzista:'), a flock book's ('Flock book keeper:', 'Shepherd (hut 2):'), a harvest list's
('Lesehelfer:', 'Vorleser:', 'Picker no. 17:'), a stalking permit's ('Permit issued to:', 'Guide:', 'Hunting
guest:'), a timber sale's ('Nabywca drewna:', 'Leśniczy:'), a sawmill's ('Sciage pour :', 'Bûcheron :'), a
firewood docket's ('Firewood delivered to:', 'Stère livré à :'), a hedge-laying match's ('Hedger (class
2):', 'Judge:'), a dry-stone walling job's ('Waller:'), a placement's ('Placement student:', 'Workplace
mentor:'), a mushroom buying point's ('Skup grzybów, dostawca:') and an invoice's ('Facture à :', 'Rechnung
an:', 'Faktura dla:') fields; over three quarters of the sentences typed to the bot or a friend: the
felling crew's start on monday and the stuck tree, the chainsaw ticket and its refresher, the hedge laid
in the pleacher style and the gap in the dry-stone wall, the shepherd's hut booked for two nights and the
ewes counted, the grape harvest's crew and the steep slope, the apple picking and the frost, the mushroom
group's sunday walk and the buying point's price for boletes, the stalking booking and the rifle check,
the sawmill's planks and the firewood's cubic metres, and the college placement's logbook; self-hosted
apps' config no earlier set pasted: Ever Gauzy's .env for the crews' timesheets, Shelf.nu's .env for the
chainsaw and equipment register, Traggo's environment for a hedge-layer's hours and Focalboard's
config.json for the harvest crew's board; those regions' addresses (the Vosges' '12 chemin des Feignes,
88250 La Bresse' and a lieu-dit's 'lieu-dit Le Brabant, 88250 La Bresse', the Mosel's 'Moselweinstraße 41,
54492 Zeltingen-Rachtig' and 'Im Wingert 7, 56333 Winningen', Podlachia's 'ul. Białowieska 14, 17-200
Hajnówka', a block's 'ul. Waszkiewicza 3/12, 17-200 Hajnówka' and a village's 'Teremiski 21, 17-230
Białowieża', and Barbuda's 'Lot 57, Madison, Codrington, Barbuda' without a postcode and St. John's 'Nevis
Street 14, St. John's, Antigua') and phones (La Bresse's '03 29 25', Gérardmer's '03 29 63', French mobiles
'06' and '07' and '+33 3 29', Traben-Trarbach's '06541', Bernkastel's '06531', German mobiles '0151', '0160'
and '0171' and '+49 6532', Hajnówka's '85 682', Białowieża's '85 681', Polish mobiles and '+48', Barbuda's
'+1 268 460' and Antiguan mobiles '268-72x' and '268-77x'); Visa, Mastercard 52, 54 and 2720 and Amex 37 as
a stalking booking, a shepherd's hut, a chainsaw course or a load of firewood take them; IBANs of France,
Germany and Poland; IPs of the sawmill's log scanner, the vineyard's weather station, the shepherd's hut's
solar controller, a trail camera on the deer fence, the firewood kiln's thermostat, the forestry crew's GPS
base, the buying point's scale, the orchard's frost alarm and the pastes above, v6 in 2a01:cb19:,
2003:c2:, 2a02:a311: and 2803:9810: ranges; passwords handed over in ways no earlier set used (written on
a chainsaw's chain guard, in the shepherd's hut logbook, chalked on the log pile's end, on the back of a
stalking permit, inside the flock book's back cover, on the tape round a pair of secateurs, on a firewood
delivery docket, taped inside the tractor cab, on the sawmill's tally board, on a mushroom basket's tag),
the Vosges ('LaBresse88250', 'Hohneck#1363'), the Mosel ('Zeltingen54492', 'Wingert!06532'), Podlachia
('Hajnowka17-200', 'Puszcza_85'), Barbuda ('Codrington268', 'Frigate#Bay'), land words in leetspeak
('ch41n54w', 'v3nd4ng3'), a compartment and a lot ('Oddz412b-Lot7') and a ticket's number
('CS31-4471-HV'), and cues in Vosges French ('le mot de passe c'est ..., tu le gardes pour toi'), Mosel
German ('et Passwort es ..., net weidersahn'), Polish ('hasło to ..., tylko dla ciebie') and Barbudan
English ('de password is ..., doh tell nobody'); usernames on ArbTalk, the Forestry Forum, the Stalking
Directory, Lantra's learner portal, Pilzforum, e-drewno, Preloved and Landwirt.com, shapes like
'x.chainsaw', 'x_stalker7', 'xx-vendange', 'x.wingert', 'pilz.x', 'x.drewno', 'x268' and 'x-hedger'; dates of
birth for the chainsaw course, a stalking permit's rifle check, the harvest crew's insurance, a forestry
contract, a placement's form and a hut booking's ID, in French ('né le 3 février 1961'), a French form's
'03/02/1961', German ('geboren am 3. Februar 1961'), a German list's '03.02.1961', Polish months in the
genitive ('ur. 3 lutego 1961'), a Polish form's Roman-numeral month ('3 II 1961'), an Antiguan passport's
'03 FEB 1961' and an export's ISO date; typos as someone types with gloves on: a land word's well-known
misspelling ('vineyard' -> 'vinyard', 'shepherd' -> 'shepard', 'forestry' -> 'forrestry', 'chanterelle' ->
'chantrelle') or a field crew's shorthand creeping into chat ('cubic metres' -> 'm3', 'hectares' -> 'ha',
'tomorrow' -> 'tmrw', 'morning' -> 'mrng'); negatives with the same regions' places, the titles and the
name forms explained, compartment, row, lot, permit and ticket numbers alone, steres and cubic metres,
prices per kilo and per stere, hours and start times, dates that are no birthdays, postcodes alone,
businesses named after families, versions, a commit, placeholder secrets, a masked PIN, test cards,
example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), helpline numbers every user shares,
and short everyday chat; no public figure is named).

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

HELDOUT77_SEED = 8163429
# no faker name locale, as in held-out 16 to 76: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT77: list[str] = []
# work on the land (held-out 78, written at the same time, takes night work); each origin: (men's given
# names, women's given names, family names); ';' separates names throughout, as some hold a space
NAMES_HELDOUT77: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Hautes-Vosges: woodcutters, sawyers of the small family sawmills and firewood sellers
    "vosges": ("Marcel;Gérard;Lucien;Firmin;Joël;Raymond;Fernand;Jean-Marie;Gaston;Jean-Paul".split(";"),
               "Germaine;Odile;Paulette;Marie-Thérèse;Ginette;Solange;Huguette;Colette;Renée;Marie-Odile".split(";"),
               "Didierjean;Vaxelaire;Valdenaire;Thiriet;Mougel;Géhin;Pierrat;Jeandel;Cuny;Tisserant;Lambolez;Gegout;Houot;Grosdemange".split(";")),
    # Middle Mosel: grape pickers and steep-slope vineyard crews
    "mosel": ("Matthias;Alois;Hubert;Nikolaus;Berthold;Reinhold;Edmund;Clemens;Lothar;Aloys".split(";"),
              "Hildegard;Gertrud;Agnes;Resi;Mechthild;Irmgard;Marlies;Hedwig;Walburga;Rosel".split(";"),
              "Clüsserath;Ehses;Hoffranzen;Thul;Junglen;Mertes;Schmitges;Berweiler;Bollig;Scholtes;Kochan;Dostert;Hermes;Licht".split(";")),
    # Orthodox Podlachians of Hajnówka and Białowieża: forestry crews and mushroom foragers
    "podlachia": ("Mikołaj;Aleksy;Eugeniusz;Włodzimierz;Grzegorz;Jauhen;Bazyli;Sławomir;Szymon;Jarosław".split(";"),
                  "Nina;Halina;Walentyna;Zinaida;Tamara;Olga;Lidia;Wiera;Jadwiga;Eugenia".split(";"),
                  "Kiryluk;Jaroszuk;Sacharczuk;Waszczuk;Kondratiuk;Ostapczuk;Pietruczuk;Mironiuk;Nazaruk;Korniluk;Łukaszuk;Gryc;Wasiluk;Trochimczuk".split(";")),
    # Barbudans of Codrington: charcoal burners, firewood sellers and fallow-deer hunters
    "barbuda": ("Hilbourne;Calsey;Fitzroy;Wendell;Mackenzie;Kelvin;Hilroy;Eustace;Clement;Lennox".split(";"),
                "Claudette;Ivorine;Hyacinth;Jacintha;Lornette;Marcella;Eulalie;Veronica;Icilma;Sharlene".split(";"),
                "Beazer;Nedd;Frank;Webber;Desouza;Burton;Punter;Askie;Griffith;Deazle;Gore;Mussington;Harris;Nibbs".split(";")),
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman (None: either) and what it
# goes with ("given" or "family")
TITLED_HELDOUT77: dict[str, tuple[str, bool | None, str]] = {
    "le": ("vosges", False, "given"),  # Lorraine speaks of people with the article: 'le Marcel'
    "la": ("vosges", True, "given"),  # 'la Germaine'
    "et": ("mosel", True, "given"),  # Moselfränkisch neuter article before a woman's name: 'et Resi'
    "de": ("mosel", False, "given"),  # and 'de' before a man's: 'de Hubert'
    "wujek": ("podlachia", False, "given"),  # uncle
    "ciocia": ("podlachia", True, "given"),  # aunt
    "ma": ("barbuda", True, "given"),  # to an older woman
    "cuz": ("barbuda", False, "given"),  # cousin, to a man of one's age
}
TITLE_SLOT_HELDOUT77 = re.compile(r"(?<![\w'.-])(le|la|et|de|wujek|ciocia|Ma|Cuz) \{\}", re.IGNORECASE)
# IBANs of this set's people: a Vosges sawmill's, a Mosel estate's and a Podlachian forester's accounts
IBAN_SHAPES_HELDOUT77 = {"FR": "10n11c2n", "DE": "18n", "PL": "24n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT77 = ["chainsaw", "felling", "scierie", "bois", "firewood", "hedge", "drystone", "shepherd",
                      "flock", "hut", "wingert", "weinlese", "orchard", "grzyby", "puszcza", "drewno",
                      "stalking", "charcoal", "deer", "placement"]  # fmt: skip
# a land word and its well-known misspelling
MISSPELT_HELDOUT77 = {
    "vineyard": "vinyard", "shepherd": "shepard", "forestry": "forrestry", "chanterelle": "chantrelle",
    "mushrooms": "mushroms", "firewood": "firewod", "permit": "permitt", "chainsaw": "chainsow",
    "harvest": "harvset", "orchard": "orchid", "definitely": "definately", "tomorrow": "tommorow",
    "weather": "whether", "separate": "seperate", "licence": "lisence",
}  # fmt: skip
MISSPELT_WORD_HELDOUT77 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT77, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a field crew's shorthand creeping into chat
SHORTHAND_HELDOUT77 = {
    "cubic metres": "m3", "hectares": "ha", "tomorrow": "tmrw", "morning": "mrng", "kilos": "kg",
    "tonnes": "t", "please": "pls", "because": "bc", "about": "abt", "tonight": "2nite",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT77 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT77, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Łukaszuk' -> 'Lukaszuk', 'Géhin' -> 'Gehin')."""
    name = name.translate(str.maketrans("Łł", "Ll"))
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Jean-Marie' -> 'jeanmarie',
    'Clüsserath' -> 'clusserath')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _initials(given: str) -> str:
    """A given name's initials as a French register writes them ('Jean-Marie' -> 'J.-M.', 'Firmin' -> 'F.')."""
    return "-".join(f"{part[0]}." for part in given.split("-"))


def _ordinal(day: int) -> str:
    """'1st', '2nd', '3rd', '14th', '22nd'."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


ROMAN_MONTHS_HELDOUT77 = "I II III IV V VI VII VIII IX X XI XII".split()


class Gen77(Gen3):
    """Generators for held-out set 77: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT77."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT77))
        men, women, lasts = NAMES_HELDOUT77[origin]
        if woman is None:
            woman = rng.random() < 0.5
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        r = self.rng.random()
        if origin == "vosges":
            if r < 0.25:  # a French register: 'VALDENAIRE Odile'
                return f"{last.upper()} {first}"
            if r < 0.4:  # initials of a (hyphenated) given name: 'J.-M. Thiriet'
                return f"{_initials(first)} {last}"
        if origin == "mosel":
            if r < 0.25:  # a harvest list: 'Ehses, Matthias'
                return f"{last}, {first}"
            if r < 0.4:  # the village's family name first: 'Mertes Alois'
                return f"{last} {first}"
        if origin == "podlachia":
            if r < 0.25:  # a Polish list: 'Waszczuk Halina'
                return f"{last} {first}"
            if r < 0.4:  # a foreign crew's timesheet without Polish letters: 'Mikolaj Lukaszuk'
                return f"{_fold(first)} {_fold(last)}"
        if origin == "barbuda" and r < 0.3:  # an invoice: 'H. Beazer'
            return f"{first[0]}. {last}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.66:
            name = self._full(origin, first, last, woman)
        elif r < 0.87:
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
        """A name for a title written next to it ('le Marcel', 'et Resi', 'wujek Jauhen', 'Ma Ivorine'),
        from the origin that uses it."""
        origin, woman, goes_with = TITLED_HELDOUT77[title.lower()]
        _, first, last, _ = self._origin_name(origin, woman)
        return last if goes_with == "family" else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT77.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 140)
        shapes = [
            f"{n} chemin des {pick(['Feignes', 'Champs-Navés', 'Grandes Basses', 'Hautes Navières'])}, 88250 La Bresse",
            f"lieu-dit {pick(['Le Brabant', 'Les Écorces', 'Le Rain Brice', 'Pont du Metty'])}, 88250 La Bresse",
            f"{n} route de {pick(['Travexin', 'Ventron', 'la Hutte'])}, 88310 Cornimont",
            f"{n} rue du {pick(['Haut-Rupt', 'Costet-Beillard', 'Phény'])}, 88400 Gérardmer",
            f"{n} Grande Rue, 88310 Ventron",
            f"Moselweinstraße {n}, 54492 Zeltingen-Rachtig",
            f"Brückenstraße {n}, 56841 Traben-Trarbach",
            f"{pick(['Gestade', 'Römerstraße', 'Burgstraße'])} {n}, 54470 Bernkastel-Kues",
            f"Im Wingert {rng.randint(1, 40)}, 56333 Winningen",
            f"ul. {pick(['Białowieska', '3 Maja', 'Lipowa', 'Piłsudskiego'])} {n}, 17-200 Hajnówka",
            f"ul. Waszkiewicza {rng.randint(1, 40)}/{rng.randint(1, 60)}, 17-200 Hajnówka",
            f"{pick(['Teremiski', 'Pogorzelce', 'Budy', 'Grudki'])} {rng.randint(1, 60)}, 17-230 Białowieża",
            f"ul. Olgi Gabiec {rng.randint(1, 40)}, 17-230 Białowieża",
            f"Lot {n}, {pick(['Madison', 'Hilltop', 'Castle Hill', 'Ravine'])}, Codrington, Barbuda",
            f"{pick(['Nevis Street', 'Fort Road', 'Newgate Street'])} {rng.randint(1, 60)}, St. John's, Antigua",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT77)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}-{subject}", f"{first}{rng.randint(1950, 2006)}",
                           f"{subject}{first}", f"{last}{first[:1]}"])  # fmt: skip
        domain = rng.choice(["orange.fr", "wanadoo.fr", "laposte.net", "free.fr", "t-online.de", "web.de",
                             "gmx.de", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "candw.ag", "gmail.com",
                             "outlook.com", "yahoo.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"03 29 25 {d(2)} {d(2)}",  # La Bresse
            f"03 29 63 {d(2)} {d(2)}",  # Gérardmer
            f"0{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",  # French mobile
            f"+33 3 29 24 {d(2)} {d(2)}",  # Cornimont
            f"06541 {d(4)}",  # Traben-Trarbach
            f"06531/{d(4)}",  # Bernkastel-Kues
            f"{rng.choice(['0151', '0160', '0171'])} {d(8)}",  # German mobile
            f"+49 6532 {d(4)}",  # Zeltingen
            f"85 682 {d(2)} {d(2)}",  # Hajnówka
            f"(85) 681 {d(2)} {d(2)}",  # Białowieża
            f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}",  # Polish mobile
            f"{rng.choice('5678')}{d(2)}-{d(3)}-{d(3)}",
            f"+1 268 460 {d(4)}",  # Barbuda
            f"(268) 460-{d(4)}",
            f"268-7{rng.choice('27')}{d(1)}-{d(4)}",  # Antiguan mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("54", 16), ("2720", 16), ("37", 15)])
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT77))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT77[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the sawmill's log scanner, the vineyard's weather station, the
        shepherd's hut's solar controller, a trail camera on the deer fence, the firewood kiln's thermostat,
        the forestry crew's GPS base, the buying point's scale, the orchard's frost alarm and this set's
        pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a01:cb19:{h()}:{h()}::{h()}", f"2003:c2:{h()}:{h()}::{h()}", f"2a02:a311:{h()}:{h()}::{h()}",
                         f"2803:9810:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the log scanner at the sawmill is on {}, it measures every trunk wrong since monday", v4),
            ("the weather station in the vineyard reports from {}, frost warning for tonight", rng.choice([v4, v6])),
            ("the solar controller in the shepherd's hut got {}, battery's at 20 percent", v4),
            ("the trail camera on the deer fence is {}, it caught two stags last night", rng.choice([v4, v6])),
            ("the kiln thermostat for the firewood is on {}, can you check it's still at 90", v4),
            ("the gps base station for the felling crew sits on {}", v4),
            ("the scale at the mushroom buying point is on {}, the prices didn't update", v4),
            ("the frost alarm in the orchard pings from {}, it woke me at 4", rng.choice([v4, v6])),
            ("the gauzy box with the crew timesheets is {} port 4200", v4),
            ("focalboard for the harvest crew runs on {}", rng.choice([v4, v6])),
            ("DB_HOST={}", v4),
            ('DATABASE_URL="postgres://shelf:shelf@{}:5432/shelf"', v4),
            ('  "serverRoot": "http://{}:8000",', v4),
            ("API_BASE_URL=http://{}:3000", v4),
            ("  - ipv6_address: {}", v6),
            ("2025-09-22 06:14:02 WARN traggo: failed login for 'hedger' from {}", v4),
            ("[gauzy] 2025-09-22T18:40:51Z ERROR too many login attempts from {} blocked", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['LaBresse', 'Cornimont', 'Hohneck'])}{rng.choice(['88250', '#1363', '88310'])}",
                f"{rng.choice(['Zeltingen', 'Wingert', 'Trarbach'])}{rng.choice(['54492', '!06532', '56841'])}",
                f"{rng.choice(['Hajnowka', 'Puszcza', 'Teremiski'])}{rng.choice(['17-200', '_85', '17230'])}",
                f"{rng.choice(['Codrington', 'Frigate', 'Palmetto'])}{rng.choice(['268', '#Bay', '_460'])}",
                rng.choice(["chainsaw", "vendange", "firewood", "shepherd", "stalker"]).translate(leet) + rng.choice(["", "!", "_77"]),
                f"Oddz{rng.randint(100, 499)}{rng.choice('abcd')}-Lot{rng.randint(1, 30)}",
                f"CS{rng.choice(['30', '31', '32'])}-{rng.randint(1000, 9999)}-{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}",
                f"{rng.choice(['stere', 'ewe', 'boletus', 'riesling'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the crew's timesheet login is written on the chain guard of the big saw, {}", pw),
            ("the wifi in the shepherd's hut is in the logbook on the shelf, {}", pw),
            ("he chalked the sawmill's office password on the end of the log pile, {}", pw),
            ("the booking site password is on the back of my stalking permit, {}", pw),
            ("the flock register login is inside the back cover of the flock book, {}", pw),
            ("the vineyard app password is on the tape round my secateurs, {}", pw),
            ("the firewood round's till password is on the delivery docket, {}", pw),
            ("the tractor's gps account is taped inside the cab, {}", pw),
            ("the sawmill's email password is on the tally board by the saw, {}", pw),
            ("the buying point's login is on the tag of my mushroom basket, {}", pw),
            ("the padlock on the deer larder is {}, don't lose it", d(4)),
            ("the gate code for the forest road barrier is {} this season", d(4)),
            ("the lantra learner portal password is {}, the refresher is due", pw),
            ("ok the shelf admin password is {}, add the new chainsaws", pw),
            ("my e-drewno password is {}, check if the lot went through", pw),
            # cues in ways no earlier set used
            ("le mot de passe c'est {}, tu le gardes pour toi", pw),
            ("et Passwort es {}, net weidersahn", pw),
            ("hasło to {}, tylko dla ciebie", pw),
            ("de password is {}, doh tell nobody", pw),
            # commands
            ("$ psql postgresql://gauzy:{}@db:5432/gauzy", colonless),
            ("$ mysql -u focalboard -p{} boards", colonless),
            ("$ curl -u hedger:{} http://traggo.local:3030/graphql", colonless),
            # pastes
            ("DB_PASS={}", pw),
            ("EXPRESS_SESSION_SECRET={}", tok(48, alnum)),
            ("JWT_SECRET={}", tok(64, alnum)),
            ("JWT_REFRESH_TOKEN_SECRET={}", tok(64, alnum)),
            ("SESSION_SECRET={}", tok(32, alnum)),
            ("INVITE_TOKEN_SECRET={}", tok(40, alnum)),
            ("SUPABASE_SERVICE_ROLE={}", tok(40, alnum)),
            ("SMTP_PWD={}", pw),
            ("TRAGGO_DEFAULT_USER_PASS={}", pw),
            ('DATABASE_URL="postgres://shelf:{}@db:5432/shelf"', colonless),
            ('  "dbconfig": "postgres://focalboard:{}@localhost/boards?sslmode=disable",', colonless),
            ("JWT_VERIFICATION_TOKEN_SECRET={}", tok(64, alnum)),
            ("REDIS_PASSWORD={}", tok(24, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.chainsaw', 'x_stalker7', 'pilz.x', 'x268')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.chainsaw",
                f"{last}_stalker{rng.randint(1, 9)}",
                f"{first[:1]}{last}-vendange",
                f"{first}.wingert",
                f"pilz.{first}",
                f"{last}.drewno",
                f"{first}268",
                f"{last}-hedger",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "fr": f"{'1er' if day == 1 else day} {FR_MONTHS_HELDOUT77[m - 1]} {year}",
            "frd": f"{day:02d}/{m:02d}/{year}",
            "de": f"{day}. {DE_MONTHS_HELDOUT77[m - 1]} {year}",
            "ded": f"{day:02d}.{m:02d}.{year}",
            "pl": f"{day} {PL_MONTHS_GEN_HELDOUT77[m - 1]} {year}",
            "plr": f"{day} {ROMAN_MONTHS_HELDOUT77[m - 1]} {year}",
            "ag": f"{day:02d} {EN_MONTHS_HELDOUT77[m - 1][:3].upper()} {year}",
            "en": f"{_ordinal(day)} of {EN_MONTHS_HELDOUT77[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["fr", "frd", "de", "ded", "pl", "plr", "ag", "en", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("je suis né le {}, the chainsaw course wants it on the form", s["fr"]),
            ("the scierie's insurance form asks for my date of birth, {}", s["frd"]),
            ("ich bin geboren am {}, for the harvest crew's insurance", s["de"]),
            ("the weingut's list wants everyone's birthday, mine is {}", s["ded"]),
            ("urodziłem się {}, the forest district needs it for the contract", s["pl"]),
            ("on the timber buyer's form i wrote ur. {}", s["plr"]),
            ("my passport says {}, the stalking permit needs it for the rifle check", s["ag"]),
            ("i was born on the {}, the college placement form asks for it", s["en"]),
            ("the hut booking wants a date of birth for the id check, {}", any_shape),
            ("the mushroom group's insurance wants my birthday, i put {}", any_shape),
            ("the hedge-laying match entry form asks for a date of birth, mine's {}", any_shape),
            ("Date de naissance : {}", s["frd"]),
            ("Geburtsdatum: {}", s["ded"]),
            ("Data urodzenia: {}", s["plr"]),
            ("DATE OF BIRTH: {}", s["ag"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in English, French, German and Polish (genitive, as a date says them)
EN_MONTHS_HELDOUT77 = (
    "January February March April May June July August September October November December".split()
)
FR_MONTHS_HELDOUT77 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
DE_MONTHS_HELDOUT77 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
PL_MONTHS_GEN_HELDOUT77 = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()


HELDOUT77_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is felling in compartment 412 on monday, bring the wedges",
        "can you ask {} if the tree's still hung up on the oak",
        "{} passed the chainsaw ticket, finally",
        "{} is laying the hedge along the lane, midland style",
        "{} rebuilt the gap in the dry-stone wall by the gate",
        "{} has the key to the shepherd's hut up on the col",
        "{} counted the ewes last night, two missing",
        "{} is picking with us at the steep slope on saturday",
        "{} leads the grape harvest crew this year",
        "{} brought the apple crates for the orchard",
        "{} found ceps by the old forest road, don't tell anyone",
        "{} runs the mushroom walk on sundays",
        "{} booked a stalk for the second week of november",
        "{} is the guide for the fallow deer, call him early",
        "{} bought the planks from the sawmill for the barn",
        "{} sells firewood by the stere, dry beech",
        "{} burns charcoal out past the lagoon",
        "i owe {} for two cords of firewood, remind me",
        "{} is doing her placement with the forestry crew",
        "{} signed my placement logbook yesterday",
        "{} got stung by hornets clearing the brash lol",
        "{} drives the forwarder, ask him about the ruts",
        "{} sharpened all the chains for tomorrow",
        "{} is judging the hedge-laying match in october",
        "{} took the flock up to the summer pasture",
        "{} knows where the chanterelles are but won't say",
        "yes {} has the gate code for the forest road",
        "ok so {} fells and {} does the snedding",
        "{} bottled the must from row 17 before the rain",
        "{} fixed the monorail on the steep vineyard",
        "i'm meeting {} at the buying point at 6",
        "{} lost a glove in the brambles again",
        "{} hasn't paid for the load of logs yet",
        "{} wants the oak slab for a table",
        "le {} a fini la coupe, the trailer's full",
        "la {} sells the firewood from the yard behind the sawmill",
        "et {} is picking the riesling with us again",
        "de {} drives the tractor up the wingert",
        "wujek {} knows every path in the puszcza",
        "ciocia {} dries the mushrooms on the stove",
        "ma {} is selling charcoal by the bag at the jetty",
        "cuz {} is taking the hunters out for deer on friday",
        "Chainsaw ticket holder: {}",
        "CS30 assessed: {}",
        "Assessor: {}",
        "Feller: {}",
        "Crew leader: {}",
        "Brigadzista: {}",
        "Flock book keeper: {}",
        "Shepherd (hut 2): {}",
        "Lesehelfer: {}",
        "Vorleser: {}",
        "Picker no. 17: {}",
        "Permit issued to: {}",
        "Guide: {}",
        "Hunting guest: {}",
        "Nabywca drewna: {}",
        "Leśniczy: {}",
        "Sciage pour : {}",
        "Bûcheron : {}",
        "Firewood delivered to: {}",
        "Stère livré à : {}",
        "Hedger (class 2): {}, judge: {}",
        "Waller: {}",
        "Placement student: {}",
        "Workplace mentor: {}",
        "Skup grzybów, dostawca: {}",
        "Facture à : {}",
        "Rechnung an: {}",
        "Faktura dla: {}",
        "| 412b | 38 m3 | {} | felled |",
        '"crew_member": "{}",',
    ],
    "STREET_ADDRESS": [
        "the firewood goes to {}, leave it by the shed",
        "the sawmill is at {}, the planks are ready",
        "my new address is {}, for the placement form",
        "the hunters meet at {} at 5",
        "the grape pickers sleep at {} during the harvest",
        "drop the crates at {}",
        "send the stalking invoice to {}",
        "Adresse : {}",
        "Anschrift: {}",
        "Adres: {}",
        "Delivery: {}",
        "Lieferadresse: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the timesheets to {}",
        "the firewood orders come from {}",
        "email the forester at {} about the lot",
        "the stalking guide wrote from {}",
        "Courriel : {}",
        '"email": "{}",',
        "SMTP_USER={}",
        "ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the firewood man's number is {}",
        "call the sawmill on {} before you come",
        "the shepherd's mobile is {}, no signal up there though",
        "ring the stalking guide on {}",
        "the buying point's number is {}, ask about the price",
        "Tél. : {}",
        "Tel.: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the stalking deposit with {}",
        "the shepherd's hut went on {}",
        "the chainsaw course went on {}",
        "put the load of firewood on {}",
        "Carte : {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the pickers' wages into {}",
        "the sawmill wants the money to {}",
        "my share of the firewood goes to {}",
        "the forest district's refund goes to {}",
        "IBAN: {}",
        "IBAN (Lesegeld): {}",
    ],
    "USERNAME": [
        "my ArbTalk name is {}",
        "on the Forestry Forum i'm {}",
        "the guide on the Stalking Directory is {}",
        "my Lantra learner login is {}",
        "on Pilzforum the chanterelle photos are from {}",
        "the e-drewno account is {}",
        "on Preloved the firewood is listed by {}",
        "the Landwirt.com seller of the winch is {}",
        "on ArbTalk the climber is {}",
        "the Pilzforum user who knows the ceps is {}",
        "my Preloved name is {}",
        "find the log splitter on Landwirt.com, {}",
        "on e-drewno the lot was bought by {}",
        "on the Stalking Directory my booking is under {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT77_MIXED = [
    ("Feller: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Permit issued to: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("DB_HOST={}\nDB_PASS={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:3030/graphql", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the sawmill's login, it's {}", ["PERSON", "SECRET"]),
    ("Lesehelfer: {}, geb. {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Preloved name is {}, the firewood money goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the stalk came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the hut with {}", ["PERSON", "CREDIT_CARD"]),
    ("ciocia {} takes mushroom orders on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Firewood delivered to: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Rechnung an: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT77_NEGATIVES = [
    "La Bresse and Cornimont are in the Hautes-Vosges",
    "88250 is the La Bresse postcode",
    "the Hohneck is 1363 metres high",
    "a stère is one cubic metre of stacked logs",
    "in Lorraine people say le and la before a first name",
    "in a French register the family name comes first, in capitals",
    "Scierie Vaxelaire is a sawmill, not a person",
    "the schlitteurs brought the wood down on sledges",
    "beech firewood is 75 euros the stere",
    "the sawmill runs from 7 to 4 with a break at noon",
    "Zeltingen and Traben-Trarbach are on the Mosel",
    "54492 is the Zeltingen postcode",
    "a Wingert is a vineyard in the Mosel dialect",
    "et and de are just the articles in Moselfränkisch",
    "Weingut Clüsserath-Ehses is an estate, not a person",
    "the steep slopes are 60 percent in places",
    "the pickers get 14 euros an hour this year",
    "the harvest starts on 22 September if the weather holds",
    "row 17 is the old riesling on its own roots",
    "Hajnówka is the town at the edge of the Białowieża Forest",
    "17-200 is the Hajnówka postcode",
    "the puszcza is what they call the forest",
    "wujek means uncle and ciocia means aunt in Polish",
    "Drewno Kiryluk is a firewood yard, not a person",
    "the buying point pays 30 złoty a kilo for ceps",
    "compartment 412b is closed for felling till march",
    "lot 7 is 38 cubic metres of spruce",
    "Codrington is the only village on Barbuda",
    "Barbuda has no postcodes",
    "Ma and Cuz are what people call each other there",
    "Beazer Charcoal is a business, not a person",
    "the fallow deer season is on the calendar at the council office",
    "the ferry to Antigua takes 90 minutes",
    "a bag of charcoal is 40 dollars EC",
    "permit 118 is for the northern block",
    "ticket CS30 covers maintenance and cross-cutting",
    "CS31 is the felling ticket for small trees",
    "the ewes go up on the 1st of June and come down in October",
    "the shepherd's hut sleeps two, 85 a night",
    "the hedge was laid in the midland style",
    "a chain of 3/8 pitch and 1.5 mm gauge",
    "the saw is a 60 cc with a 45 cm bar",
    "the orchard has 240 trees on 3 hectares",
    "the frost came at 4:20 this morning",
    "we picked 1.8 tonnes of apples today",
    "the stalk starts at 5:30 and ends by 9",
    "the college placement is 150 hours over the summer",
    "the wall is 40 metres long and 1.2 high",
    "the course is on 14 and 15 March",
    "the lease on the forest plot ends 31.12.2027",
    "the lot was sold on 03.10.2025",
    "Ever Gauzy 90 added the new timesheet view",
    "Shelf.nu added QR tags for assets",
    "Traggo 0.7 fixed the dashboard",
    "Focalboard 8.0 is the last standalone release",
    "fixed in commit 9c2e7b1, see the changelog",
    "JWT_SECRET=",
    "DB_PASS=<your db password>",
    "SESSION_SECRET=changeme",
    "TRAGGO_DEFAULT_USER_PASS=admin",
    "card PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3782 822463 10005 is the Amex test number",
    "FR76 3000 6000 0112 3456 7890 189 is the example IBAN in the docs",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "write to picker@example.com on the form",
    "192.0.2.77 is a documentation address",
    "203.0.113.77 is a documentation address",
    "2001:db8:77::1 is a documentation address",
    "call 112 for emergencies in France, Germany and Poland",
    "in Antigua and Barbuda the emergency number is 911",
    "the mountain rescue number is 112 as well",
    "did the tree come down ok",
    "the crates are stacked by the press",
    "ok the ewes are all in, finally",
    "yes the hut is still free that weekend, thanks",
    "THE LOGS ARE HERE",
    "hey, see you in the vineyard",
    "salut, on se voit à la scierie lundi",
    "dzień dobry, idziemy na grzyby jutro",
    "which row are we on",
    "the rain stopped so we carry on picking",
    "the splitter jammed again",
    "we're stacking the firewood last",
]  # fmt: skip


def _typo77(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types with gloves on, a land word's
    well-known misspelling ('vineyard' -> 'vinyard', 'shepherd' -> 'shepard', 'forestry' -> 'forrestry',
    'chanterelle' -> 'chantrelle'), or a field crew's shorthand creeping into chat ('cubic metres' -> 'm3',
    'hectares' -> 'ha', 'tomorrow' -> 'tmrw', 'morning' -> 'mrng'). Only in sentences typed to the bot or a
    friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT77.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT77[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT77.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT77[m.group(1)] + template[m.end() :]


def build_heldout77(seed: int = HELDOUT77_SEED) -> list[Example]:
    """Held-out set 77: `Gen77` values in `HELDOUT77_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen77(seed)
    return assemble_module_set(
        gen, HELDOUT77_TEMPLATES, HELDOUT77_MIXED, HELDOUT77_NEGATIVES, _typo77, person=gen.person_for
    )
