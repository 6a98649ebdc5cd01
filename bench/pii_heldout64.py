"""Held-out PII set 64 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout64": written before round 42 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT64 is empty, as for
held-out 16 to 62; written at the same time as held-out 63, the two authors split the world between them: 64
takes gardens and green spaces (tree surgeons and landscapers, garden centres and plant nurseries, allotment
and community-garden committees, seed libraries and seed swaps, park friends' groups, lawn, hedge and
irrigation services, flower growers, garden-share schemes, orchard and cider-apple groups), 63 takes words,
print and sound); hand-written lists of the apple and cider growers of Tasmania's Huon Valley (Franklin,
Cygnet, Geeveston, Grove and Ranelagh: the old orchard families, the '-o' and '-y' nicknames a picking shed
makes of a family name, a picking roster's 'GEEVES T.' and a cider club's initial before the family name:
'Trevor Geeves', 'Robbo', 'Thommo', 'Fletch', 'GEEVES T.', 'R. Pearsall'), the apple and elderflower growers of
East Styria's Apfelstraße (Puch bei Weiz, Stubenberg am See) and the Schrebergarten allotments of Gleisdorf
(the family name before the short given name as a Styrian village says it, the short forms alone, a
married woman's double name and 'ÖkR' (Ökonomierat, the honorary title of a deserving farmer) before a full
name: 'Pichler Hans', 'Strohmaier Resi', 'Maria Gsellmann-Kogler', 'ÖkR Johann Pöllabauer'), the Q'anjob'al
Maya lawn, hedge and landscaping crews of Jupiter and Indiantown, Florida, from Santa Eulalia and San Miguel
Acatán (family names that are also given names, the father's and the mother's both, a US payroll that
hyphenates the two and a register that puts them before a comma: 'Mateo Pascual Francisco', 'Juana Diego
Andrés', 'Gaspar Tomás-Silvestre', 'Pascual Domingo, Lucas'), the plant nursery (vivaio) families of Pistoia's
plain (Chiazzano, Bottegone, Masiano: Tuscan given names, an Italian invoice's family name before the given
name, the initial after a family name and 'sor' or 'sora' (Tuscan for signor and signora) before a given
name: 'Sauro Capecchi', 'Capecchi Sauro', 'Vannucci L.', 'sor Loriano', 'sora Marisa') and the flower-farm
workers and community gardeners of the Sabana de Bogotá (Madrid, Facatativá, Funza: two given names and two
family names of Muisca origin, and a cédula's family names in capitals before the given names: 'Luz Marina
Gacha Neuta', 'José Orlando Fiquitiva', 'CHIGUASUQUE SUESCA BLANCA CECILIA'); a register's 'Surname, Given'
for most origins, the title always outside the span, a plot, a row, a block or a job number beside the name
and outside it; a tree surgeon's job sheet ('Climber:', 'Groundie:'), a landscaper's quote ('Site
contact:'), a garden centre's ('Loyalty card holder:', 'Click & collect for:'), an allotment committee's
minutes ('Plot 14B tenant:', 'Present:', 'Apologies:', 'Minutes taken by:', 'Proposed: ...; seconded: ...'),
a seed library's ('Seed donor:', 'Borrowed by:'), a seed catalogue's byline ('Seed notes by'), a park
friends' group's ('Litter pick lead:', 'Photos:'), a lawn crew's ('Crew foreman:', 'Route 3:'), a hedge
layer's ('Hedge laid by:'), an irrigation installer's ('Installer (irrigation):'), a flower farm's ('Cut
by:'), a garden-share scheme's ('Garden owner:', 'Grower:'), an orchard group's ('Wassail organiser:',
'Orchard warden:', 'Pickers on block 3:'), a cider pressing rota's table and an Austrian, Italian and
Colombian form's ('Obstbauer:', 'Titolare vivaio:', 'Nombre del trabajador:') fields; over three quarters of
the sentences typed to the bot or a friend: pruning and picking, the cider press and the wassail, hedges
laid and lawns mown, sprinklers and drip lines, the allotment's plot rents, sheds and waiting list, seed
packets borrowed and returned, the park's litter picks and tree surveys, the garden centre's loyalty card,
the nursery's lorry of potted trees, rose beds and cold rooms, the garden-share's veg boxes; self-hosted
apps' config no earlier set pasted: Plant-it's server.env for a garden centre's plant collection, Planka's
docker-compose environment for an allotment committee's board, Fider's env for a park friends' group's
suggestions, DocuSeal's env for garden-share agreements and OpenTreeMap's Django local_settings.py for a
park's tree survey; those regions' addresses (the Huon's '3120 Huon Hwy, Franklin TAS 7113', a roadside mail
box's 'RMB 450 Wilmot Rd, Huonville TAS 7109', Puch bei Weiz's village house numbers 'Obergreith 41, 8182
Puch bei Weiz', Gleisdorf's 'Ludwig-Binder-Straße 14/Top 5, 8200 Gleisdorf', Jupiter's and Indiantown's
'15890 SW Warfield Blvd, Indiantown, FL 34956', Pistoia's 'Via Bonellina 123, loc. Chiazzano, 51100
Pistoia' and a Colombian 'Calle 7 # 4-23, Madrid, Cundinamarca' or a farm in a 'vereda') and phones (the
Huon's (03) 6266, Australian 04 mobiles with and without +61, Weiz's 03172 and Gleisdorf's 03112, Austrian
0664 and +43 676 mobiles, Jupiter's (561) and Indiantown's 772, Guatemala's +502 for the families at home,
Pistoia's 0573, Italian 3xx mobiles, Colombia's 601 landlines and 3xx mobiles with +57); Visa, Mastercard
51-55 and 2720, Amex 34 and 37, Discover 6011 and Diners Club 36 (Colombia's) as a tree felling's deposit,
a garden centre's till, a seed order, an irrigation install or a plot's rent take them; IBANs of Austria,
Italy and Guatemala (Australia, the United States and Colombia have none: the Guatemalan ones are a lawn
crew's wages sent home to Huehuetenango); IPs of an orchard's frost alarm, an irrigation controller, an
allotment shed's camera, a garden centre's till, a nursery's greenhouse climate computer, a cider press's
temperature logger, a lawn crew's truck tracker, a flower farm's cold room sensor, a seed library's label
printer, a robot mower's base station, a park's weather station and a bat detector, and in the pastes
above, v6 in 2001:8003:, 2a02:8388:, 2601:58a:, 2a01:827: and 2800:e2: ranges; passwords handed over in ways
no earlier set used (on a plant label pushed into a pot, on the back of a seed packet, chalked on the
allotment shed door, on the irrigation timer's tag, in the cider press logbook, inside the lid of the
chainsaw case, on the back of the garden centre's loyalty card, on the seed library's index card, on the
hedge trimmer's battery, on the wassail programme and on the frost alarm's sticker), the Huon
('Geeveston7116!'), the Apfelstraße ('Apfelstrasse8182'), Jupiter ('Jupiter33458#'), Pistoia
('Pistoia51100!'), the Sabana ('Facatativa_rosas'), leetspeak of garden words ('c0mp0st', 'pr4n1ng') and a
plot and a shed ('plot14b-shed2'), and cues in Styrian German ('des WLAN-Passwort is ..., sog's neamd'),
Tuscan Italian ('la password dell'uaifai l'è ..., 'un lo dire a nessuno'), Guatemalan Spanish ('la clave del
wifi es ..., no se la des a nadie, vos'), Colombian Spanish ('la clave del wifi es ..., no se la vaya a dar a
nadie, sumercé') and Tasmanian English ('wifi's ..., don't give it to the backpackers'); usernames on Dave's
Garden, GardenWeb, the Seed Savers Exchange, Growstuff, Pl@ntNet, willhaben, Mercado Libre, Thumbtack,
Airtasker, LawnStarter and Falling Fruit, shapes like 'x.prunes', 'hedges_by_x', 'x.seedsaver', 'huon.x',
'x-plot14b', 'x_vivaio' and 'apfel.x7'; dates of birth for a plot tenancy, a chainsaw ticket, a work permit,
a nursery's payroll, a seed library card, a flower farm's contract and a garden-share's insurance, in
Austrian German without leading zeros ('geb. 14.3.1961'), Italian ('nata il 14 marzo 1958'), Colombian
Spanish ('14 de marzo de 1979'), a US form without leading zeros ('3/14/1986'), Australian with an ordinal
('14th March 1961'), a cédula's '14-MAR-1979' and an export's ISO date; typos as a grower types with muddy
thumbs: an '-ing' word with its 'g' dropped ('pruning' -> 'prunin'', 'picking' -> 'pickin''), or an
Austrian phone's German autocorrect capitalising a garden noun as German capitalises nouns ('the hedge' ->
'the Hedge', 'apples' -> 'Apples'); negatives with the same regions' places, the titles and the name forms
explained, plot and row numbers, apple and rose varieties named after people long ago ('Cox's Orange
Pippin', 'Sturmer Pippin'), cider and pruning dates and times, prices and plot rents, pot sizes and tree
heights, job and order numbers without a name, postcodes alone, nurseries and supermarkets named after
their founders, versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a
placeholder e-mail, documentation IPs (v4 and v6), helpline numbers every user shares, and short everyday
chat; no public figure is named).

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

HELDOUT64_SEED = 7302519
# no faker name locale, as in held-out 16 to 63: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT64: list[str] = []
# gardens and green spaces (held-out 63, written at the same time, takes words, print and sound); each
# origin: (men's given names, women's given names, family names); ';' separates names throughout, as some
# hold a space
NAMES_HELDOUT64: dict[str, tuple[list[str], list[str], list[str]]] = {
    # apple and cider growers of Tasmania's Huon Valley
    "huon": ("Trevor;Darryl;Graeme;Kerry;Lindsay;Noel;Clive;Barry;Rodney;Merv".split(";"),
             "Noeleen;Raelene;Glenys;Bronwyn;Kaylene;Marlene;Rhonda;Lorraine;Dianne;Heather".split(";"),
             "Geeves;Calvert;Woolley;Doran;Heyward;Chesterman;Pearsall;Hanslow;Cannell;Robertson;Thompson;Fletcher;Burgess;Walton".split(";")),
    # apple and elderflower growers of East Styria's Apfelstraße and Gleisdorf's allotments
    "styria": ("Johann;Franz;Alois;Josef;Leopold;Anton;Karl;Engelbert;Ignaz;Rupert".split(";"),
               "Theresia;Aloisia;Hermine;Rosa;Johanna;Notburga;Maria;Stefanie;Hildegard;Gertraud".split(";"),
               "Pichler;Gsellmann;Strohmaier;Pöllabauer;Kogler;Schwarzl;Hiebler;Prassl;Wilfinger;Schantl;Ulz;Reisinger".split(";")),
    # Q'anjob'al Maya lawn, hedge and landscaping crews of Jupiter and Indiantown, Florida
    "qanjobal": ("Mateo;Pascual;Gaspar;Diego;Baltazar;Lucas;Marcos;Sebastián;Domingo;Andrés".split(";"),
                 "Juana;Magdalena;Catarina;Micaela;Petrona;Eulalia;Candelaria;Rosa;Andrea;Isabel".split(";"),
                 "Pascual;Francisco;Mateo;Diego;Andrés;Domingo;Tomás;Gaspar;Silvestre;Esteban;Simón;Lorenzo".split(";")),
    # plant nursery (vivaio) families of Pistoia's plain
    "pistoia": ("Sauro;Moreno;Loriano;Vasco;Giuliano;Piero;Fabrizio;Marcello;Ivano;Alvaro".split(";"),
                "Marisa;Graziella;Loretta;Fiorella;Vanna;Lorella;Mirella;Morena;Ilva;Brunella".split(";"),
                "Vannucci;Bartolini;Capecchi;Gori;Fedi;Niccolai;Tesi;Michelucci;Bardelli;Innocenti;Gelli;Chiti".split(";")),
    # flower-farm workers and community gardeners of the Sabana de Bogotá (Muisca family names)
    "sabana": ("José Orlando;Luis Alirio;Jairo;Ovidio;Fredy;Yesid;Edilberto;Héctor Julio;Nelson;Wilson".split(";"),
               "Luz Marina;Blanca Cecilia;Gloria Inés;Ana Beatriz;Martha Lucía;Yolanda;Flor Alba;Rosa Elvira;Nidia;Sandra Milena".split(";"),
               "Gacha;Neuta;Fiquitiva;Chiguasuque;Suesca;Tibaquirá;Cusba;Chipatecua;Niviayo;Chisaba;Tunjano;Cagua".split(";")),
}  # fmt: skip
# the nicknames a Huon picking shed makes of a family name ('Robertson' -> 'Robbo')
HUON_NICKS_HELDOUT64 = {
    "Robertson": "Robbo", "Thompson": "Thommo", "Fletcher": "Fletch", "Burgess": "Burgo", "Walton": "Walto",
    "Woolley": "Wools", "Calvert": "Calvo", "Doran": "Dorry",
}  # fmt: skip
# the short forms of Styrian given names
STYRIA_SHORT_HELDOUT64 = {
    "Johann": "Hans", "Franz": "Franzl", "Alois": "Loisl", "Josef": "Sepp", "Leopold": "Poldi", "Anton": "Toni",
    "Karl": "Karli", "Engelbert": "Bertl", "Ignaz": "Naz", "Rupert": "Rupp", "Theresia": "Resi",
    "Aloisia": "Luise", "Hermine": "Minni", "Rosa": "Rosl", "Johanna": "Hanni", "Notburga": "Burgi",
    "Maria": "Mitzi", "Stefanie": "Steffi", "Hildegard": "Hilde", "Gertraud": "Traudl",
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman (None: either), and whether
# the title goes with a full name (True) or the given name alone (False)
TITLED_HELDOUT64: dict[str, tuple[str, bool | None, bool]] = {
    "ökr": ("styria", None, True),  # Ökonomierat, before a full name
    "sor": ("pistoia", False, False),  # Tuscan 'signor', before a man's given name
    "sora": ("pistoia", True, False),  # Tuscan 'signora', before a woman's given name
}
TITLE_SLOT_HELDOUT64 = re.compile(r"(?<![\w'-])(ÖkR|sor|sora) \{\}", re.IGNORECASE)
# IBANs of this set's people: a Styrian grower's, a Pistoia nursery's and a lawn crew's wages sent home
IBAN_SHAPES_HELDOUT64 = {"AT": "16n", "IT": "1a10n12n", "GT": "4a20n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT64 = ["orchard", "cider", "pruning", "hedges", "lawncare", "seedswap", "seedlibrary",
                      "allotment", "nursery", "vivaio", "flores", "rosas", "parkfriends", "gardenshare",
                      "irrigation", "treework", "apfel"]  # fmt: skip
# an '-ing' word whose 'g' a grower drops; words where that would not be a dropped 'g'
ING_WORD_HELDOUT64 = re.compile(r"(?<![\w{}'@.#$-])([a-z]{2,}in)g(?![\w{}'@.-])")
ING_KEEP_HELDOUT64 = {"spring", "string", "thing", "nothing", "something", "anything", "everything", "bring",
                      "during", "ceiling", "king", "swing", "sling", "sting", "wring", "cling"}  # fmt: skip
# garden nouns an Austrian phone's German autocorrect capitalises
GARDEN_NOUN_HELDOUT64 = re.compile(
    r"(?<![\w{}'@.#$-])(hedge|hedges|apple|apples|tree|trees|garden|plot|seeds|lawn|pears|roses|orchard|shed)"
    r"(?![\w{}'@.-])"
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Pöllabauer' ->
    'pollabauer', 'Luz Marina' -> 'luzmarina')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _ordinal(day: int) -> str:
    """An Australian form's day with its ordinal ('1st', '2nd', '13th', '22nd')."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


class Gen64(Gen3):
    """Generators for held-out set 64: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT64."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT64))
        men, women, lasts = NAMES_HELDOUT64[origin]
        if woman is None:
            woman = rng.random() < 0.5
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT64[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "huon":
            if r < 0.2:  # a picking roster: 'GEEVES T.'
                return f"{last.upper()} {first[0]}."
            if r < 0.35:  # a cider club's list: 'R. Pearsall'
                return f"{first[0]}. {last}"
        if origin == "styria":
            if r < 0.3:  # as the village says it: 'Pichler Hans'
                return f"{last} {STYRIA_SHORT_HELDOUT64.get(first, first)}"
            if woman and r < 0.5:  # a married woman's double name: 'Maria Gsellmann-Kogler'
                return f"{first} {last}-{other}"
        if origin == "qanjobal":
            if r < 0.45:  # the father's and the mother's family names: 'Mateo Pascual Francisco'
                return f"{first} {last} {other}"
            if r < 0.6:  # a US payroll hyphenates them
                return f"{first} {last}-{other}"
            if r < 0.75:  # a register: 'Pascual Domingo, Lucas'
                return f"{last} {other}, {first}"
        if origin == "pistoia":
            if r < 0.3:  # an Italian invoice: 'Capecchi Sauro'
                return f"{last} {first}"
            if r < 0.45:  # 'Vannucci L.'
                return f"{last} {first[0]}."
        if origin == "sabana":
            if r < 0.45:  # two family names: 'Luz Marina Gacha Neuta'
                return f"{first} {last} {other}"
            if r < 0.6:  # a cédula: 'CHIGUASUQUE SUESCA BLANCA CECILIA'
                return f"{last} {other} {first}".upper()
        if r > 0.9:  # a register's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.66:
            name = self._full(origin, first, last, woman)
        elif r < 0.86:
            name = first
            if origin == "styria" and rng.random() < 0.5:  # the short form alone: 'Resi', 'Sepp'
                name = STYRIA_SHORT_HELDOUT64[first]
            elif origin == "huon" and not woman and rng.random() < 0.6:  # the shed's nickname: 'Robbo'
                name = rng.choice(sorted(HUON_NICKS_HELDOUT64.values()))
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('ÖkR Johann Pöllabauer', 'sor Loriano', 'sora Marisa'),
        from the origin that uses it."""
        rng = self.rng
        origin, woman, full = TITLED_HELDOUT64[title.lower()]
        men, women, lasts = NAMES_HELDOUT64[origin]
        if woman is None:
            woman = rng.random() < 0.3
        given = rng.choice(women if woman else men)
        return f"{given} {rng.choice(lasts)}" if full else given

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT64.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        shapes = [
            f"{rng.randint(100, 4999)} Huon Hwy, {pick(['Franklin TAS 7113', 'Huonville TAS 7109', 'Castle Forbes Bay TAS 7116'])}",
            f"{rng.randint(1, 3999)} Channel Hwy, Cygnet TAS 7112",
            f"{rng.randint(1, 90)} {pick(['Church St', 'School Rd', 'Kermandie River Rd'])}, Geeveston TAS 7116",
            f"RMB {rng.randint(100, 999)} {pick(['Wilmot Rd', 'Glen Huon Rd', 'Crabtree Rd'])}, {pick(['Huonville TAS 7109', 'Grove TAS 7109', 'Ranelagh TAS 7109'])}",
            f"{pick(['Obergreith', 'Elmberg', 'Klettendorf', 'Perndorf'])} {n}, 8182 Puch bei Weiz",
            f"{pick(['Ludwig-Binder-Straße', 'Grazer Straße', 'Rathausplatz', 'Florianigasse'])} {n}/Top {rng.randint(1, 14)}, 8200 Gleisdorf",
            f"Stubenberg am See {rng.randint(1, 250)}, 8223 Stubenberg",
            f"{rng.randint(100, 1999)} {pick(['W Indiantown Rd', 'Center St', 'Jupiter Gardens Blvd'])}, {pick(['Apt ', 'Unit '])}{rng.randint(1, 40)}, Jupiter, FL 33458",
            f"{rng.randint(13000, 16999)} SW {pick(['Warfield Blvd', 'Famel Ave', 'Adams Ave'])}, Indiantown, FL 34956",
            f"Via {pick(['Bonellina', 'di Badia', 'Fiorentina', 'Provinciale Lucchese', 'Pratese'])} {rng.randint(1, 400)}, {pick(['loc. Chiazzano, ', 'loc. Bottegone, ', 'loc. Masiano, ', ''])}51100 Pistoia",
            f"Via {pick(['Vecchia Pratese', 'del Casello', 'Ponte Stella'])} {rng.randint(1, 200)}/{pick('ABC')}, 51100 Pistoia",
            f"{pick(['Calle', 'Carrera'])} {rng.randint(1, 30)} # {rng.randint(1, 30)}-{rng.randint(2, 99)}, {pick(['Madrid, Cundinamarca', 'Facatativá', 'Funza, Cundinamarca'])}",
            f"Vereda {pick(['La Punta', 'Moyano', 'Cartagenita', 'El Corzo'])}, Finca {pick(['El Rosal', 'La Esperanza', 'Los Alisos'])}, {pick(['Facatativá', 'Madrid, Cundinamarca'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT64)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1940, 2006)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "bigpond.com", "iinet.net.au", "aon.at", "gmx.at", "libero.it",
                             "alice.it", "tiscali.it", "comcast.net", "hotmail.com", "yahoo.es", "une.net.co",
                             "outlook.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(03) 6266 {d(4)}",  # Franklin, the Huon
            f"(03) 6295 {d(4)}",  # Cygnet
            f"04{d(2)} {d(3)} {d(3)}",  # Australian mobile
            f"+61 4{d(2)} {d(3)} {d(3)}",
            f"03172 {d(4)}",  # Weiz
            f"03112/{d(5)}",  # Gleisdorf
            f"0664 {d(3)} {d(2)} {d(2)}",  # Austrian mobile
            f"+43 676 {d(7)}",
            f"(561) 7{d(2)}-{d(4)}",  # Jupiter
            f"772-597-{d(4)}",  # Indiantown
            f"+502 {d(4)} {d(4)}",  # Guatemala, the families at home
            f"0573 {d(6)}",  # Pistoia
            f"+39 0573 {d(2)} {d(2)} {d(2)}",
            f"3{rng.choice(['47', '35', '28', '39'])} {d(3)} {d(4)}",  # Italian mobile
            f"(601) {d(3)} {d(4)}",  # Bogotá and the Sabana
            f"+57 3{rng.choice(['10', '12', '14', '20'])} {d(3)} {d(4)}",  # Colombian mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("55", 16), ("2720", 16), ("34", 15),
                                     ("37", 15), ("6011", 16), ("36", 14)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT64))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT64[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the frost alarm, the irrigation controller, the shed camera, the
        garden centre till, the greenhouse computer, the cider press logger, the crew's truck tracker, the
        cold room, the seed library printer, the robot mower, the park's weather station and bat detector,
        and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:8003:{h()}:{h()}::{h()}", f"2a02:8388:{h()}:{h()}::{h()}", f"2601:58a:{h()}:{h()}::{h()}",
                         f"2a01:827:{h()}:{h()}::{h()}", f"2800:e2:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the frost alarm in the top block is on {}, it went off at 3am and nobody heard it", v4),
            ("the irrigation controller for the drip lines is {}, zone 4 won't start", rng.choice([v4, v6])),
            ("the camera on the allotment shed is {}, someone took the strimmer again", v4),
            ("the till at the garden centre is {}, the card reader keeps dropping", v4),
            ("the climate computer in greenhouse 2 is {}, the vents are stuck open", v4),
            ("the temperature logger on the cider press is {}, can you pull last night's readings", rng.choice([v4, v6])),
            ("the tracker in the lawn crew's truck is {}, it says they're still in tequesta", v4),
            ("the cold room sensor at the flower farm is {}, the roses must stay at 2 degrees", v4),
            ("the label printer at the seed library is {}, it prints the packets blank", v4),
            ("the robot mower's base station is {}, it's been parked in the hedge since monday", v4),
            ("the park friends' weather station is {}, the rain gauge reads zero again", rng.choice([v4, v6])),
            ("the bat detector by the pond is on {}, the recordings stopped on friday", v4),
            ("MYSQL_HOST={}", v4),
            ("CACHE_HOST={}", v4),
            ("      - BASE_URL=http://{}:1337", v4),
            ("EMAIL_SMTP_HOST={}", v4),
            ("        'HOST': '{}',", v4),
            ("  - address: {}", v6),
            ("2025-03-02 03:41:09 WARN frost-alarm: sensor 3 at {} below 1.5C, sirens on", v4),
            ("[planka] 2025-03-02T06:12:44Z login failed for allotments from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Geeveston', 'Cygnet', 'Franklin'])}{rng.choice(['7116', '7112', '7113'])}{rng.choice(['!', '#', ''])}",
                f"Apfelstrasse{rng.choice(['8182', '_Puch', '!Weiz'])}",
                f"Jupiter{rng.choice(['33458', '561', '_Crew'])}{rng.choice(['#', '!', ''])}",
                f"Pistoia{rng.choice(['51100', '_Vivai', '0573'])}{rng.choice(['!', '?', ''])}",
                f"Facatativa_{rng.choice(['rosas', 'claveles', 'finca3'])}",
                rng.choice(["compost", "pruning", "orchard", "hedges", "seedling"]).translate(leet) + rng.choice(["", "!", "_64"]),
                f"plot{rng.randint(1, 60)}{rng.choice('abc')}-shed{rng.randint(1, 9)}",
                f"{rng.choice(['Huonville', 'Stubenberg', 'Chiazzano', 'Indiantown', 'Funza'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Apple', 'Hedge', 'Rose', 'Seed'])}{rng.randint(1, 99)}",
                f"{rng.choice(['wassail', 'seedswap', 'pressing'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        django = alnum + "!@#%^&*(-_=+)"
        options = [
            # passwords handed over in ways no earlier set used
            ("i wrote the wifi on a plant label and stuck it in the fern pot, {}", pw),
            ("the greenhouse wifi is on the back of the tomato seed packet, {}", pw),
            ("the combination for the allotment shed is chalked on the door, {}", d(4)),
            ("the irrigation app password is on the tag of the timer, {}", pw),
            ("the cider press logbook says the shed wifi is {}", pw),
            ("the code for the chainsaw case is written inside the lid, {}", d(4)),
            ("the garden centre login is on the back of my loyalty card, {}", pw),
            ("the seed library index card has the catalogue password, {}", pw),
            ("somebody wrote the orchard wifi on the hedge trimmer battery, {}", pw),
            ("the wassail programme has the hall's wifi printed on the back, {}", pw),
            ("the frost alarm has a sticker with its admin password, {}", pw),
            ("the key safe by the park friends' container is {}", d(4)),
            ("the planka board for the allotment committee is {}, add the plot inspections", pw),
            ("the nursery's ordering portal password is {}, order the 18 litre pots", pw),
            ("ok the robot mower app password is {}, thanks for fixing the boundary wire", pw),
            ("the tree survey site password is {}, the park friends can log the oaks", pw),
            ("the flower farm's payroll login is {}, check my hours for march", pw),
            # cues in ways no earlier set used
            ("des wlan-passwort is {}, sog's neamd", pw),
            ("la password dell'uaifai l'è {}, 'un lo dire a nessuno", pw),
            ("la clave del wifi es {}, no se la des a nadie, vos", pw),
            ("la clave del wifi es {}, no se la vaya a dar a nadie, sumercé", pw),
            ("wifi's {}, don't give it to the backpackers", pw),
            # commands
            ("$ mysql -h db -u plantit -p{} bootdb", colonless),
            ("$ curl -H 'X-Auth-Token: {}' http://docuseal.local:3000/api/submissions", tok(44, alnum)),
            ("$ psql postgresql://planka:{}@postgres:5432/planka", colonless),
            # pastes
            ("MYSQL_PSW={}", pw),
            ("JWT_SECRET={}", tok(64, alnum)),
            ("FLORACODEX_KEY={}", tok(32, alnum)),
            ("      - SECRET_KEY={}", tok(64, hexl)),
            ("      - DEFAULT_ADMIN_PASSWORD={}", pw),
            ("      - DATABASE_URL=postgresql://planka:{}@postgres/planka", colonless),
            ("EMAIL_SMTP_PASSWORD={}", pw),
            ("DATABASE_URL=postgres://fider:{}@db:5432/fider?sslmode=disable", colonless),
            ("SECRET_KEY_BASE={}", tok(128, hexl)),
            ("SECRET_KEY = '{}'", tok(50, django)),
            ("        'PASSWORD': '{}',", pw),
            ('  "smtp_password": "{}",', pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.prunes', 'hedges_by_x', 'x-plot14b')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.prunes",
                f"hedges_by_{first}",
                f"{last}.seedsaver",
                f"huon.{first}",
                f"{first}-plot{rng.randint(1, 60)}{rng.choice('abc')}",
                f"{last}_vivaio",
                f"apfel.{first}{rng.randint(1, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "at": f"{day}.{m}.{year}",
            "it": f"{day} {IT_MONTHS_HELDOUT64[m - 1]} {year}",
            "co": f"{day} de {ES_MONTHS_HELDOUT64[m - 1]} de {year}",
            "us": f"{m}/{day}/{year}",
            "au": f"{_ordinal(day)} {EN_MONTHS_HELDOUT64[m - 1]} {year}",
            "ced": f"{day:02d}-{EN_MONTHS_HELDOUT64[m - 1][:3].upper()}-{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["at", "it", "co", "us", "au", "ced", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the allotment society wants my date of birth for the plot tenancy, it's {}", any_shape),
            ("for the chainsaw ticket i had to put my birthday, {}", any_shape),
            ("the work permit renewal asks for dad's birth date, he was born {}", s["us"]),
            ("mei oma is geb. {}, the orchard insurance wants it", s["at"]),
            ("la nonna è nata il {}, il vivaio needs it for the payroll", s["it"]),
            ("mi mamá nació el {}, the flower farm asked for it on the contract", s["co"]),
            ("the seed library card wants a date of birth, mine is {}", any_shape),
            ("the garden-share insurance asks for everyone's birthday, mine's the {}", s["au"]),
            ("Geburtsdatum: {}", s["at"]),
            ("Data di nascita: {}", s["it"]),
            ("Fecha de nacimiento: {}", s["co"]),
            ("DOB (M/D/YYYY): {}", s["us"]),
            ("Date of birth: {}", s["au"]),
            ("FECHA DE NACIMIENTO {}", s["ced"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


IT_MONTHS_HELDOUT64 = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
)
ES_MONTHS_HELDOUT64 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
EN_MONTHS_HELDOUT64 = (
    "January February March April May June July August September October November December".split()
)


HELDOUT64_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is climbing the big gum on saturday, we're the groundies",
        "can you ask {} if the chipper fits through the side gate",
        "{} took the dead limb off the oak without even a rope",
        "{} is quoting for the new patio and the raised beds",
        "remind me to ring {} about the loyalty points at the garden centre",
        "{} at the nursery says the olive trees come on the thursday lorry",
        "{} has had plot 14b since the eighties and won't give up the shed",
        "{} is the new allotment secretary, she does the waiting list",
        "{} brought forty packets to the seed swap, all beans",
        "{} still hasn't returned the runner bean seeds to the library",
        "{} runs the litter pick on the first sunday of the month",
        "{} is doing the tree survey of the park with the clipboard",
        "{} mows the whole street's lawns on tuesdays",
        "{} laid the hawthorn hedge along the lane last winter",
        "{} put the drip lines in for the veg beds",
        "{} cuts the roses at the farm from five in the morning",
        "{} is sharing her garden with us, we grow and she gets a veg box",
        "{} organises the wassail every january",
        "{} has the cider press this weekend, bring the bins",
        "{} was pickin' apples in the top block all week",
        "{} sold us the elderflower syrup at the farm gate",
        "{} grafts the old apple varieties for the heritage orchard",
        "{} found the seed potatoes cheaper at the co-op",
        "{} brought the hedge trimmer back with a flat battery",
        "{} is the crew foreman this season, ask him about the routes",
        "tell {} the irrigation install is moved to friday",
        "i'm meeting {} at the nursery to pick the hedging plants",
        "we're splitting the plot with {} this year",
        "{} says the park friends need two more for the bulb planting",
        "{} pressed 300 litres last year on that old rack press",
        "{} from the council parks team is coming about the fallen willow",
        "ÖkR {} opened the apple festival again this year",
        "sor {} has the best lemon trees in the whole nursery",
        "sora {} does the invoices for the vivaio",
        "ok so {} is bringing the ladders, thanks for sorting the pruning day",
        "yes {} is the one with the bees on plot 9, say hi",
        "Climber: {}",
        "Groundie: {}",
        "Site contact: {}",
        "Loyalty card holder: {}",
        "Click & collect for: {}",
        "Plot 14B tenant: {}",
        "Present: {}",
        "Apologies: {}",
        "Minutes taken by: {}",
        "Proposed: {}; seconded: {}",
        "Seed donor: {}",
        "Borrowed by: {}",
        "Seed notes by {}",
        "Litter pick lead: {}",
        "Photos: {}",
        "Crew foreman: {}",
        "Route 3: {}",
        "Hedge laid by: {}",
        "Installer (irrigation): {}",
        "Cut by: {}",
        "Garden owner: {}",
        "Grower: {}",
        "Wassail organiser: {}",
        "Orchard warden: {}",
        "Pickers on block 3: {}",
        "Obstbauer: {}",
        "Titolare vivaio: {}",
        "Nombre del trabajador: {}",
        "Job no. 4471 - {}",
        "| Sat 12 Apr | pressing | {} |",
        '"grower": "{}",',
    ],
    "STREET_ADDRESS": [
        "the chipper truck needs to get to {}",
        "send the plot renewal letter to {}",
        "the hedging plants go to {}, round the back",
        "the wassail is at {} this year",
        "our garden-share plot is at {}",
        "the seed swap moved to {}",
        "the crew starts at {} at seven",
        "Address: {}",
        "Adresse: {}",
        "Indirizzo: {}",
        "Dirección: {}",
        "Delivery address: {}",
        '"site_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the tree survey photos to {}",
        "the allotment waiting list is run from {}",
        "email the hedge quote to {}",
        "the seed library reminders go to {}",
        "Email (plot holder): {}",
        '"email": "{}",',
        "DEFAULT_ADMIN_EMAIL={}",
        "EMAIL_NOREPLY={}",
    ],
    "PHONE_NUMBER": [
        "the tree surgeon's mobile is {}",
        "call the nursery on {}, they open at 7",
        "the allotment secretary's number is {}",
        "the cider shed's phone is {}",
        "ring the lawn crew on {} if they don't show",
        "Tel.: {}",
        "Telefono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the deposit for the felling with {}",
        "the garden centre put the olive tree on {}",
        "the seed order went on {}",
        "put the irrigation install on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the plot rent goes to {}",
        "pay the pruning day back into {}",
        "send my share of the press hire to {}",
        "the nursery wants the invoice paid to {}",
        "IBAN: {}",
        "IBAN (Überweisung): {}",
    ],
    "USERNAME": [
        "on Dave's Garden I'm {}",
        "my GardenWeb name is {}",
        "the Seed Savers Exchange has me as {}",
        "on Growstuff I'm {}",
        "my Pl@ntNet login is {}",
        "on willhaben I'm {}",
        "my Mercado Libre user is {}",
        "the lawn crew's Thumbtack account is {}",
        "on Airtasker I'm {}",
        "my LawnStarter profile is {}",
        "on Falling Fruit I'm {}",
        "the willhaben seller for the cider press was {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT64_MIXED = [
    ("Plot holder: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Grower: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[plantit]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/plants", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the code for the tool shed, it's {}", ["PERSON", "SECRET"]),
    ("Worker: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my willhaben name is {}, the press money goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the seed swap came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the hedging plants with {}", ["PERSON", "CREDIT_CARD"]),
    ("sora {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Orchard warden: {}, address {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT64_NEGATIVES = [
    "the Huon Valley used to send apples to London by the shipload",
    "so Franklin, Cygnet and Geeveston are the old orchard towns on the Huon",
    "the Sturmer Pippin and the Cox's Orange Pippin still grow in the heritage orchard",
    "a picking shed calls everyone by a nickname, it's just how it is",
    "the Huon pine grows only in Tasmania",
    "a roster prints the family name in capitals and the first initial",
    "what does RMB mean on the address, roadside mail box?",
    "apparently TAS 7109 covers Huonville and Ranelagh",
    "the Apfelstraße runs through Puch bei Weiz and Stubenberg",
    "so ÖkR stands for Ökonomierat, an honorary title for farmers in Austria",
    "in a Styrian village they say the family name first",
    "top 5 on an Austrian address is the flat number",
    "8182 is the postcode of Puch bei Weiz",
    "apparently Hofer has Styrian apples at 1.99 a kilo this week",
    "the Schrebergarten in Gleisdorf costs 180 euros a year",
    "the crew speaks Q'anjob'al, a Mayan language of Huehuetenango",
    "the crew are from Santa Eulalia and San Miguel Acatán, up in the Cuchumatanes",
    "many Q'anjob'al family names are also given names",
    "jupiter and indiantown are in Palm Beach and Martin counties",
    "FL 33458 is Jupiter",
    "the lawn route takes about six hours with two mowers",
    "did you know Pistoia has the biggest plant nurseries in Italy",
    "sor and sora are how Pistoia says signor and signora",
    "an Italian invoice puts the family name before the given name",
    "the lorry from Vivai Bartolini S.r.l. ships potted trees to Germany every week",
    "51100 is the postcode of Pistoia",
    "the nursery lorries leave Chiazzano at 5 in the morning",
    "the Sabana de Bogotá grows most of Colombia's cut roses",
    "so Gacha, Neuta and Fiquitiva are Muisca family names",
    "a cédula prints the family names before the given names",
    "a vereda is a rural district in Colombia",
    "in Colombia calle 7 # 4-23 means the house is on calle 7, 23 metres from carrera 4",
    "the roses go to the cold room at 2 degrees within an hour of cutting",
    "the week before Valentine's is the busiest at the flower farms",
    "plot 14b is the one with the blue shed",
    "row C has the waiting list plots",
    "the plot rent went up to 42 pounds a year",
    "the allotment AGM is on 14 March at 7pm in the pavilion",
    "half plots are 125 square metres",
    "the seed library has 312 varieties and lends them free",
    "return two packets for every one you borrow",
    "the seed swap is on the first saturday of February",
    "the park friends meet at 10:00 by the bandstand",
    "the litter pick filled 23 bags last month",
    "the big oak by the pond is about 250 years old",
    "the tree survey counted 1,486 trees in the park",
    "a TPO means the tree is protected",
    "the felling licence is for 12 trees in block 4",
    "job no. 4471 is the crown reduction on monday",
    "order 88130 is 40 hornbeam whips and 10 rose bushes",
    "the 18 litre pots are 9.50 each",
    "the olive trees are 2.5 metres tall in 90 litre pots",
    "a hedge laid in the Midland style leans to one side",
    "hedge cutting stops from March to August for the nesting birds",
    "the drip line uses 2 litres an hour per emitter",
    "zone 4 waters from 05:30 to 06:00",
    "the wassail starts at 6pm on 17 January, the old Twelfth Night",
    "we pressed 640 litres on saturday",
    "the cider is 6.5 percent",
    "the Bramley apple came from a seed planted in a garden in Southwell",
    "i think Plant-it 0.9 added a plant gallery",
    "the new Planka 1.24 added card covers",
    "looks like Fider 0.24 moved to a new email template",
    "the DocuSeal 1.8 update added bulk send",
    "sadly OpenTreeMap has not had a release in years",
    "fixed in commit 4b7e0d2, see the changelog",
    "JWT_SECRET=<generate a long random string>",
    "DEFAULT_ADMIN_PASSWORD=changeme",
    "SECRET_KEY = 'django-insecure-...'",
    "MYSQL_PSW=",
    "password: changeme",
    "shed code: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3056 930902 5904 is the diners test number",
    "AT61 1904 3002 3457 3201 is the example IBAN in the docs",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN in the docs",
    "write to plotholder@example.org on the form",
    "192.0.2.64 is a documentation address",
    "198.51.100.17 is a documentation address",
    "2001:db8:64::1 is a documentation address",
    "call 000 in Australia if the chainsaw slips",
    "call 811 before you dig in Florida",
    "the chipper is 10 minutes away",
    "did the seed potatoes come yet",
    "bring gloves, the brambles are bad",
    "ok the hedge is done, finally",
    "yes the bulbs are all in, thanks",
    "THE FROST GOT THE BLOSSOM AGAIN",
]  # fmt: skip


def _typo64(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a grower typing with muddy thumbs drops the 'g'
    of an '-ing' word ('pruning' -> 'prunin'', 'picking' -> 'pickin''), or an Austrian phone's German
    autocorrect capitalises a garden noun as German capitalises nouns ('hedge' -> 'Hedge', 'apples' ->
    'Apples'). Only in sentences typed to the bot or a friend; a title stays as written."""
    if not _chat_like(template):
        return template
    words = [m for m in ING_WORD_HELDOUT64.finditer(template) if m.group(0) not in ING_KEEP_HELDOUT64]
    if words and rng.random() < 0.55:
        m = rng.choice(words)
        return template[: m.start()] + m.group(1) + "'" + template[m.end() :]
    nouns = list(GARDEN_NOUN_HELDOUT64.finditer(template))
    if not nouns:
        return template
    m = rng.choice(nouns)
    word = m.group(1)
    return template[: m.start()] + word[:1].upper() + word[1:] + template[m.end() :]


def build_heldout64(seed: int = HELDOUT64_SEED) -> list[Example]:
    """Held-out set 64: `Gen64` values in `HELDOUT64_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen64(seed)
    return assemble_module_set(
        gen, HELDOUT64_TEMPLATES, HELDOUT64_MIXED, HELDOUT64_NEGATIVES, _typo64, person=gen.person_for
    )
