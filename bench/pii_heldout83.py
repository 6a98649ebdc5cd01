"""Held-out PII set 83 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout83": written before round 52 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT83 is empty, as for
held-out 16 to 82; written at the same time as held-out 84, the two authors split the world between them: 83
takes travelling shows (funfairs and showmen's families, circuses, puppet theatres, street performers'
pitches, touring caravans' winter quarters, rodeo and stunt shows, ride inspections, pitch rents), 84 takes
libraries, archives and museums); hand-written lists of the Schausteller families of the Wiener Prater and of
the Lower Austrian Kirtag circuit, many of Bohemian and Moravian descent (the dodgems, the ghost train, the
swing boats and the Luftburg, the winter yards in the Marchfeld and at Wiener Neustadt; old Viennese given
names ('Engelbert', 'Gottfried', 'Wenzel', 'Ferdinand', 'Leopoldine', 'Hermine', 'Aloisia'), Viennese family
names in their German spelling ('Pospischil', 'Kratochwil', 'Wondraschek', 'Nowotny', 'Dworschak',
'Schimanek', 'Matejka'), a dynasty's 'jun.' and 'sen.' after the name inside the span ('Wenzel Kratochwil
jun.'), a married woman's double family name with a hyphen ('Hermine Pospischil-Nowotny'), and 'KommR', the
Kommerzialrat an old showman is given, before a full name outside the span: 'KommR Engelbert Matejka'), the
Kathputli puppeteers of Delhi's Shadipur Depot (the Bhat families from Nagaur and Sikar who carry the string
puppets, the Nat acrobats and the Jogi snake charmers of the same colony, now the Anand Parbat transit camp;
Rajasthani given names, some of two words ('Mool Chand', 'Sohan Lal', 'Kalu Ram', 'Dhapu', 'Sugni',
'Parmeshwari'), the colony's family names ('Bhat', 'Bhatt', 'Nat', 'Jogi', 'Kalandar'), an artisan card's
given names in capitals with the community in brackets ('MOOL CHAND (BHAT)'), and 'bhaisa' after a man's and
'baisa' after a woman's given name, Marwari respect, outside the span: 'Kalu Ram bhaisa', 'Dhapu baisa'), the
huasos of the medialunas of Colchagua and Cachapoal in Chile's O'Higgins region (the rodeo's colleras, the
stock horses, the fundos and the Rancagua championship; Chilean given names ('José Tomás', 'Luis Eduardo',
'Cristián', 'Ramón', 'María Ignacia', 'Javiera', 'Trinidad'), family names of the central valley ('Urrutia',
'Cornejo', 'Tamayo', 'Allendes', 'Aravena', 'Pavez', 'Órdenes'), the mother's family name as an initial
('Cristián Cornejo M.') or in full, and 'ño' before a man's and 'misiá' before a woman's given name, as the
campo says, outside the span) and the Tashelhit acrobats of Sidi Ahmed ou Moussa in the Souss (the troupes of
the Tazeroualt who tumble in European circuses and on the squares of Morocco; Souss given names ('Lahcen',
'Lhoussaine', 'Mbarek', 'Hmad', 'Aomar', 'Fadma', 'Tuda', 'Itto'), Souss family names ('Amzil', 'Oubella',
'Ait Ouakrim', 'Id Brahim', 'Oumoussa', 'Ouhammou'), the Tashelhit 'ou' between a given name and the father's
('Lahcen ou Hmad'), a French form's family name in capitals after the given name ('Mbarek OUBELLA'), and 'dda'
before a man's and 'henna' before a woman's given name, the elder and the grandmother, outside the span);
names on a ride operators' rota, a Schausteller association's member card, a circus programme, a pitch permit,
a winter-quarters tenancy list, a ride inspection certificate, a puppet show's credits, a rodeo's entry sheet,
an acrobatic troupe's contract and an invoice; a ride, a circus, a puppet troupe or a show that carries a
family name ('Pospischil Autodrom', 'Circo Hermanos Tamayo', 'Troupe Amzil', 'Bhat Kathputli Kala Mandal') no
person either, a pitch's, a ride's, a caravan's, a certificate's, a programme's or a permit's number no
secret; a rota's ('Fahrgeschäft / Bediener:', 'Ride op:', 'Kassa:'), a member card's ('Mitglied:',
'Karteninhaber Schaustellerverband:'), a programme's ('Am Trapez:', 'Clown:', 'Sprechstallmeister:'), a pitch
permit's ('Pitch allotted to:', 'Platzinhaber:', 'Permit holder (busking):'), a tenancy list's ('Mieter
Winterquartier:', 'Tenant, winter yard:'), an inspection certificate's ('Betreiber:', 'Prüfer:', 'Ride
inspected in presence of:'), a puppet show's ('Sutradhar:', 'Dholak:', 'Puppets made by:'), a rodeo's
('Jinete:', 'Capataz:', 'Delegado del rodeo:'), a troupe's ('Chef de troupe:', 'Porteur:', 'Voltigeur:') and
an invoice's ('Rechnung an:', 'Factura a nombre de:', 'Facture au nom de:', 'Bill to:') fields; over three
quarters of the sentences typed to the bot or a friend: the build-up on the Kirtag square, the generator that
would not start, the ride inspection before opening, the pitch rent and who paid it, the winter yard's
electricity, the caravans on the road at night, the puppet show at a wedding, the busking pitch by the metro,
the acrobats' visas for the French circus, the human pyramid's rehearsal, the rodeo's collera and the horse
box, the programme that went to print with a wrong name; self-hosted apps' config no earlier set pasted:
XWiki's xwiki.cfg and hibernate.cfg.xml for the association's wiki, Mailu's mailu.env for the circus's mail,
Galène's group file for the puppet theatre's online shows and Reitti's .env for the touring convoy's location
history; those regions' addresses (the Prater's own numbers 'Prater 84, 1020 Wien', Leopoldstadt's
'Ausstellungsstraße 44/2/7, 1020 Wien', a Lower Austrian winter yard with the postcode first as old
letterheads print it ('A-2440 Moosbrunn, Feldgasse 9'), Wiener Neustadt's and Tulln's, the colony's 'Jhuggi
No. 114, Block C, Kathputli Colony, Shadipur Depot, New Delhi 110008', the transit camp's tower and flat,
Baljeet Nagar's gali, a Nagaur village's 'Village & Post', Rancagua's 'Av. Miguel Ramírez 1340, depto. 52,
2820000 Rancagua', a fundo on a rural road's kilometre ('Fundo El Peumo, km 12 Ruta I-50, Santa Cruz'), a
parcela's 'Parcela 14, Lote B, Camino a Pichidegua, San Vicente de Tagua Tagua', a Souss douar's 'Douar Ida
Ougnidif, Commune Sidi Ahmed Ou Moussa, Province de Tiznit', Tiznit's 'Lot Al Massira, N° 112, 85000 Tiznit'
and a French circus's winter quarters' 'chemin des Forains') and phones (Austrian mobiles '0660' and '+43
660', Wiener Neustadt's '02622' and Tulln's '02272', Delhi's '011-2587', Indian mobiles '+91 7x' and '8x',
Rancagua's '+56 72 22', Santa Cruz's '(72) 282', Chilean mobiles '+56 9', Tiznit's '0528 86', Moroccan mobiles
'06' and '07' in pairs and '+212 6'); Visa, Mastercard 53 and 2720, RuPay '6080' and '6522' as a pitch rent, a
generator's hire, a ride inspection or a rodeo's entry fee take them; IBANs of Austria, Czechia (a Bohemian
cousin's), France and Spain (the circuses the acrobats work for); IPs of the ride's control box, the
Luftburg's blower timer, the ghost train's sound box, the winter yard's gate, the circus's ticket booth, the
puppet theatre's streaming box, the medialuna's scoreboard, the horse box's camera, the caravans' 4G router
and the pastes above, v6 in 2a02:8388:, 2409:4050:, 2800:150: and 2c0f:fa18: ranges; passwords handed over in
ways no earlier set used (chalked inside the ticket booth's door, on the ride's inspection logbook's last
page, under the generator's fuel cap tag, on the back of the pitch permit, on the puppet box's lid, inside the
clown's make-up case, on the horse box's tack-room door, on the caravan's gas bottle, on the trapeze rigging
plan), the Prater ('Prater1020!', 'Autodrom#43'), Shadipur ('Shadipur110008', 'Kathputli#011'), Colchagua
('Medialuna#72', 'Rancagua2820'), the Souss ('Tiznit85000', 'Tazeroualt#212'), show words in leetspeak
('c1rcu5', 'k4th9utl1'), a ride and its inspection year ('Ride7-Insp2025') and a pitch and a fair
('Pitch12-Kirtag'), and cues in Viennese ('as Passwort is ..., sog's kan'), Rajasthani ('password ... hai,
kinne mat bataiyo'), Chilean Spanish ('la clave es ..., no se la digai a nadie') and Tashelhit in Latin
letters ('awal n uzri ..., ad ur t tinit i yan'); usernames on CircusTalk, StageJobs Pro, Spotlight, ehorses,
Chingari, Likee, Passline, Dailymotion, Odysee, StarMaker, Cameo and Badoo, shapes like 'x.prater',
'x_kathputli7', 'huaso.x', 'x-acro', 'x.ringmaster', 'xx_medialuna', 'waltzerx24' and 'x.winterq'; dates of
birth for a ride operator's licence, a member card, a pitch permit, an acrobat's visa form, a rodeo's entry
sheet and a puppeteer's artisan card, in Austrian German with 'Jänner' ('geboren am 14. März 1958'), an
Austrian form's two-digit year ('geb. 14.03.58'), Hindi in Latin letters ('mera janam 14 march 1958 ko hua'),
a Delhi form's 'D.O.B.: 14/03/1958', Chilean Spanish ('nací el 14 de marzo del 1958'), Tashelhit ('lulegh g 14
mars 1958'), a French form's 'né le 14/03/1958' and an export's ISO date, a child's now and then (the circus
children are on the forms too); typos as someone types with cold fingers at the build-up: a show word's
well-known misspelling ('carousel' -> 'carousal', 'rehearsal' -> 'rehersal', 'performance' -> 'preformance',
'schedule' -> 'schedual', 'generator' -> 'generater'), or two words run together where a thumb missed the
space bar ('the ride' -> 'theride'); negatives with the same regions' places, the titles and the name forms
explained, ride, pitch, caravan, programme, certificate and permit numbers alone, show times, prices and pitch
rents, dates that are no birthdays, postcodes alone, shows named after families, ride standards, versions, a
commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs
(v4 and v6), emergency numbers every user shares, and short everyday chat; no public figure is named).

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

HELDOUT83_SEED = 6620917
# no faker name locale, as in held-out 16 to 82: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT83: list[str] = []
# travelling shows (held-out 84, written at the same time, takes libraries, archives and museums); each
# origin: (men's given names, women's given names, family names); ';' separates names, as some hold a space
NAMES_HELDOUT83: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Schausteller of the Wiener Prater and the Lower Austrian Kirtag circuit: dodgems, ghost train, Luftburg
    "prater": ("Engelbert;Gottfried;Wenzel;Ferdinand;Rudolf;Alfred;Herbert;Ottokar;Reinhold;Ernst".split(";"),
               "Leopoldine;Hermine;Aloisia;Friederike;Gisela;Rosalia;Editha;Waltraud;Brunhilde;Adelheid".split(";"),
               "Pospischil;Kratochwil;Wondraschek;Nowotny;Dworschak;Schimanek;Matejka;Wessely;Blaha;Hrubesch;Zwettler;Ondraschek".split(";")),
    # Kathputli puppeteers, Nat acrobats and Jogi snake charmers of Shadipur Depot (Anand Parbat camp), Delhi
    "kathputli": ("Mool Chand;Sohan Lal;Kalu Ram;Madan Lal;Chhotu;Bhagirath;Ramkishan;Jagdish;Dilip;Banwari".split(";"),
                  "Dhapu;Kamli;Santra;Sugni;Parmeshwari;Lali;Kesar;Mohini;Tulsi;Girja".split(";"),
                  "Bhat;Bhatt;Nat;Jogi;Kalandar".split(";")),
    # huasos of the medialunas of Colchagua and Cachapoal (O'Higgins): colleras, stock horses, fundos
    "huaso": ("José Tomás;Luis Eduardo;Cristián;Ramón;Pedro Pablo;Alfonso;Gonzalo;Juan Ignacio;Rodrigo;Segundo".split(";"),
              "María Ignacia;Javiera;Trinidad;Macarena;Antonia;Fernanda;Josefa;María Jesús;Florencia;Rosa Ester".split(";"),
              "Urrutia;Cornejo;Tamayo;Allendes;Aravena;Pavez;Órdenes;Baeza;Zúñiga;Cerda;Bustamante;Lizana".split(";")),
    # Tashelhit acrobats of Sidi Ahmed ou Moussa (Tazeroualt, Souss): circus troupes and the squares
    "souss": ("Lahcen;Lhoussaine;Mbarek;Hmad;Aomar;Brahim;Abdellah;Said;Lahoucine;Moulay".split(";"),
              "Fadma;Tuda;Itto;Zahra;Aicha;Mina;Hadda;Rkia;Yamna;Touda".split(";"),
              "Amzil;Oubella;Ait Ouakrim;Id Brahim;Oumoussa;Ouhammou;Akhiat;Ait Taleb;Boutbaout;Ousaid".split(";")),
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman (None: either) and whether
# the title takes the full name ('KommR Engelbert Matejka') rather than a given name ('ño Ramón')
TITLED_HELDOUT83: dict[str, tuple[str, bool | None, bool]] = {
    "kommr": ("prater", None, True),  # Kommerzialrat, the title an old showman is given
    "bhaisa": ("kathputli", False, False),  # Marwari respect after a man's given name
    "baisa": ("kathputli", True, False),  # and after a woman's
    "ño": ("huaso", False, False),  # the campo's 'don'
    "misiá": ("huaso", True, False),  # and 'doña'
    "dda": ("souss", False, False),  # Tashelhit for an elder
    "henna": ("souss", True, False),  # and a grandmother
}
TITLE_SLOT_HELDOUT83 = re.compile(r"(?<![\w'.-])(KommR|Ño|Misiá|Dda|Henna) \{\}", re.IGNORECASE)
TITLE_AFTER_HELDOUT83 = re.compile(r"\{\} (bhaisa|baisa)(?![\w'-])", re.IGNORECASE)
# IBANs of this set's people: a Prater showman's, a Bohemian cousin's, and the French and Spanish circuses'
IBAN_SHAPES_HELDOUT83 = {"AT": "16n", "CZ": "20n", "FR": "10n11c2n", "ES": "20n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT83 = ["prater", "autodrom", "geisterbahn", "kirtag", "schausteller", "kathputli", "puppets",
                     "shadipur", "medialuna", "rodeo", "collera", "huaso", "acrobates", "troupe", "cirque",
                     "circus", "busking", "winterquartier", "fairground", "rides", "pitch", "tazeroualt",
                     "ringmaster", "showbiz"]  # fmt: skip
# a show word and its well-known misspelling
MISSPELT_HELDOUT83 = {
    "carousel": "carousal", "rehearsal": "rehersal", "performance": "preformance", "schedule": "schedual",
    "generator": "generater", "definitely": "definately", "audience": "audiance", "calendar": "calender",
    "necessary": "neccessary", "tomorrow": "tommorow", "certificate": "certficate", "license": "lisence",
    "equipment": "equiptment", "weird": "wierd", "believe": "beleive",
}  # fmt: skip
MISSPELT_WORD_HELDOUT83 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT83, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a space between two plain words that a cold thumb can miss (neither word touches a slot)
RUN_TOGETHER_HELDOUT83 = re.compile(r"(?<![\w{}'@.#$/-])([a-z]{2,}) ([a-z]{2,})(?![\w{}'@./-])")


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Zúñiga' -> 'Zuniga', 'Órdenes' -> 'Ordenes')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Ait Ouakrim' ->
    'aitouakrim', 'José Tomás' -> 'josetomas')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


class Gen83(Gen3):
    """Generators for held-out set 83: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT83."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT83))
        men, women, lasts = NAMES_HELDOUT83[origin]
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
        lasts = NAMES_HELDOUT83[origin][2]
        if origin == "prater":
            if not woman and r < 0.3:  # a dynasty: 'Wenzel Kratochwil jun.'
                return f"{first} {last} {rng.choice(['jun.', 'sen.'])}"
            if woman and r < 0.35:  # a married woman's double name: 'Hermine Pospischil-Nowotny'
                return f"{first} {last}-{rng.choice([x for x in lasts if x != last])}"
        if origin == "kathputli" and r < 0.25:  # an artisan card: 'MOOL CHAND (BHAT)'
            return f"{first.upper()} ({last.upper()})"
        if origin == "huaso":
            second = rng.choice([x for x in lasts if x != last])
            if r < 0.3:  # the mother's family name as an initial: 'Cristián Cornejo M.'
                return f"{first} {last} {_fold(second)[0]}."
            if r < 0.6:  # both family names: 'Javiera Urrutia Aravena'
                return f"{first} {last} {second}"
        if origin == "souss":
            if r < 0.3:  # the Tashelhit 'ou' and the father's given name: 'Lahcen ou Hmad'
                father = rng.choice([x for x in NAMES_HELDOUT83["souss"][0] if x != first])
                return f"{first} ou {father}"
            if r < 0.55:  # a French form: 'Mbarek OUBELLA'
                return f"{first} {last.upper()}"
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
        """A name for a title written next to it ('KommR Engelbert Matejka', 'Kalu Ram bhaisa', 'Dhapu
        baisa', 'ño Ramón', 'misiá Javiera', 'dda Hmad', 'henna Fadma'), from the origin that uses it."""
        origin, woman, full = TITLED_HELDOUT83[title.lower()]
        origin, first, last, woman = self._origin_name(origin, woman)
        return f"{first} {last}" if full else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT83.search(template) or TITLE_AFTER_HELDOUT83.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 160)
        shapes = [
            f"Prater {rng.randint(1, 140)}, 1020 Wien",
            f"{pick(['Ausstellungsstraße', 'Perspektivstraße', 'Vorgartenstraße'])} {rng.randint(1, 90)}/{rng.randint(1, 6)}/{rng.randint(1, 30)}, 1020 Wien",
            f"A-{pick(['2440 Moosbrunn', '2282 Markgrafneusiedl', '2301 Groß-Enzersdorf', '2231 Strasshof'])}, {pick(['Feldgasse', 'Bahnstraße', 'Lagerhausweg'])} {rng.randint(1, 40)}",
            f"{pick(['Neunkirchner Straße', 'Pottendorfer Straße', 'Zehnergürtel'])} {rng.randint(1, 120)}, 2700 Wiener Neustadt",
            f"{pick(['Königstetter Straße', 'Langenlebarner Straße'])} {rng.randint(1, 160)}, 3430 Tulln an der Donau",
            f"Jhuggi No. {n}, Block {pick('ABCDE')}, Kathputli Colony, Shadipur Depot, New Delhi 110008",
            f"Flat {rng.randint(1, 40)}, Tower {rng.randint(1, 9)}, Anand Parbat Transit Camp, New Delhi 110005",
            f"H. No. {n}, Gali No. {rng.randint(1, 12)}, Baljeet Nagar, New Delhi 110008",
            f"Village & Post {pick(['Kuchaman', 'Ladnun', 'Didwana', 'Jayal'])}, Distt. Nagaur, Rajasthan 3415{rng.randint(10, 99)}",
            f"Av. {pick(['Miguel Ramírez', 'Libertador Bernardo O Higgins', 'Cachapoal'])} {rng.randint(100, 2400)}, depto. {rng.randint(11, 88)}, 2820000 Rancagua",
            f"Pasaje {pick(['Los Aromos', 'Las Diucas', 'El Quillay'])} {rng.randint(100, 900)}, Villa {pick(['Los Héroes', 'Santa Julia', 'El Cobre'])}, Rancagua",
            f"Fundo {pick(['El Peumo', 'La Esperanza', 'Santa Amalia'])}, km {rng.randint(3, 30)} Ruta I-{pick(['50', '72', '90'])}, Santa Cruz",
            f"Parcela {rng.randint(1, 60)}, Lote {pick('ABC')}, Camino a {pick(['Pichidegua', 'Zúñiga', 'Rastrojos'])}, San Vicente de Tagua Tagua",
            f"Douar {pick(['Ida Ougnidif', 'Tazeroualt', 'Ifrane Atlas Saghir', 'Ida Oubaqil'])}, Commune Sidi Ahmed Ou Moussa, Province de Tiznit",
            f"Lot {pick(['Al Massira', 'Assaka', 'Idou Tiznit'])}, N° {n}, 85000 Tiznit",
            f"{rng.randint(1, 40)} chemin des Forains, {pick(['69720 Saint-Bonnet-de-Mure', '31150 Fenouillet', '44470 Carquefou'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT83)
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}-{subject}", f"{first}{rng.randint(1950, 2008)}",
                           f"{subject}{first}", f"{last}_{first[:3]}"])  # fmt: skip
        domain = rng.choice(["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "rediffmail.com",
                             "yahoo.co.in", "vtr.net", "gmail.com", "yahoo.es", "menara.ma", "hotmail.fr",
                             "outlook.com", "laposte.net", "protonmail.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0660 {d(3)} {d(4)}",  # Austrian mobiles
            f"+43 660 {d(3)} {d(4)}",
            f"02622 2{d(1)} {d(3)}",  # Wiener Neustadt
            f"02272 6{d(1)} {d(3)}",  # Tulln
            f"011-2587 {d(4)}",  # Delhi, Patel Nagar
            f"+91 7{rng.choice('0389')}{d(3)} {d(5)}",  # Indian mobiles
            f"8{rng.choice('0579')}{d(3)}-{d(5)}",
            f"+56 72 22{d(1)} {d(4)}",  # Rancagua
            f"(72) 282 {d(4)}",  # Santa Cruz
            f"+56 9 {d(4)} {d(4)}",  # Chilean mobiles
            f"0528 86 {d(2)} {d(2)}",  # Tiznit
            f"0{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",  # Moroccan mobiles
            f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "53", "2720", "6080", "6522"])
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT83))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT83[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the ride's control box, the Luftburg's blower timer, the ghost
        train's sound box, the winter yard's gate, the circus's ticket booth, the puppet theatre's streaming
        box, the medialuna's scoreboard, the horse box's camera, the caravans' 4G router and this set's
        pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:8388:{h()}:{h()}::{h()}", f"2409:4050:{h()}:{h()}::{h()}", f"2800:150:{h()}:{h()}::{h()}",
                         f"2c0f:fa18:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the autodrom control box is on {}, if the cars stop dead reboot it", v4),
            ("the blower timer for the luftburg came back as {} after the storm", rng.choice([v4, v6])),
            ("the ghost train sound box answers on {}, the screams are out of sync again", v4),
            ("the winter yard gate in moosbrunn is {}, it wont open from the app", v4),
            ("the ticket booth at the big top got {} and the card reader stopped", v4),
            ("the streaming box for the puppet show is on {}, test it before the wedding", rng.choice([v4, v6])),
            ("the scoreboard at the medialuna shows up as {}", v4),
            ("the camera in the horse box pings from {}", rng.choice([v4, v6])),
            ("the 4g router in the lead caravan is {}, the convoy map runs through it", v4),
            ("the xwiki for the verband runs on {}", rng.choice([v4, v6])),
            ("the galene box for the online kathputli shows is {}", v4),
            ("BIND_ADDRESS4={}", v4),
            ("BIND_ADDRESS6={}", v6),
            ("POSTGIS_HOST={}", v4),
            ("RABBITMQ_HOST={}", v4),
            ("xwiki.store.migration.databases.host={}", v4),
            ("2025-04-19 21:14:07 WARN galene: failed login to group kathputli from {}", v4),
            ("[mailu-admin] 2025-05-02T06:41:55Z ERROR too many failed logins from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiostp", "4310579")
        return rng.choice(
            [
                f"{rng.choice(['Prater', 'Autodrom', 'Luftburg'])}{rng.choice(['1020!', '#43', '_0660'])}",
                f"{rng.choice(['Shadipur', 'Kathputli', 'Nagaur'])}{rng.choice(['110008', '#011', '!91'])}",
                f"{rng.choice(['Medialuna', 'Rancagua', 'Colchagua'])}{rng.choice(['#72', '2820', '_56'])}",
                f"{rng.choice(['Tiznit', 'Tazeroualt', 'Souss'])}{rng.choice(['85000', '#212', '!0528'])}",
                rng.choice(["circus", "kathputli", "kirtag", "rodeo", "waltzer"]).translate(leet) + rng.choice(["", "!", "_83"]),
                f"Ride{rng.randint(1, 30)}-Insp{rng.randint(2019, 2026)}",
                f"Pitch{rng.randint(1, 80)}-{rng.choice(['Kirtag', 'Prater', 'Fiesta', 'Moussem'])}",
                f"{rng.choice(['trapez', 'collera', 'jhuggi', 'voltige'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the card reader login is chalked inside the ticket booth door, {}", pw),
            ("the ride app password is on the last page of the inspection logbook, {}", pw),
            ("the generator's remote login is on the tag under the fuel cap, {}", pw),
            ("the council portal password is on the back of the pitch permit, {}", pw),
            ("the streaming password is written on the lid of the puppet box, {}", pw),
            ("the ticket site login is inside the clown's make-up case, {}", pw),
            ("the horse box camera password is on the tack room door, {}", pw),
            ("the caravan wifi is on a sticker on the gas bottle, {}", pw),
            ("the booking login is pencilled on the trapeze rigging plan, {}", pw),
            ("the padlock on the winter yard gate is {}, dont give it to the scrap man", d(4)),
            ("the code for the ride's control panel is {}, only for the operators", d(4)),
            ("ok the xwiki admin password is {}, put the new pitch list up tonight", pw),
            ("my passline organiser password is {}, check the rodeo ticket sales", pw),
            ("the mailu admin login is {}, make the new address for the acrobats", pw),
            ("the galene op password is {}, start the show at 8", pw),
            # cues in ways no earlier set used
            ("as Passwort is {}, sog's kan", pw),
            ("password {} hai, kinne mat bataiyo", pw),
            ("la clave es {}, no se la digai a nadie", pw),
            ("awal n uzri {}, ad ur t tinit i yan", pw),
            # commands
            ("$ mysql -u xwiki -p{} xwiki", colonless),
            ("$ psql postgresql://reitti:{}@localhost:5432/reittidb", colonless),
            ("$ docker compose exec admin flask mailu admin circus cirque-amzil.fr {}", colonless),
            # pastes
            ("xwiki.superadminpassword={}", pw),
            ('<property name="hibernate.connection.password">{}</property>', pw),
            ("SECRET_KEY={}", tok(16, alnum)),
            ("INITIAL_ADMIN_PW={}", pw),
            ("DB_PW={}", pw),
            ('  "op": [{"username": "puppets", "password": "{}"}],', pw),
            ('{"admin": [{"username": "admin", "password": "{}"}]}', pw),
            ("POSTGIS_PASSWORD={}", pw),
            ("RABBITMQ_PASSWORD={}", pw),
            ("REITTI_SECRET={}", tok(64, hexl)),
            ("RELAYPASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.prater', 'x_kathputli7', 'huaso.x', 'x-acro')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.prater",
                f"{last}_kathputli{rng.randint(1, 40)}",
                f"huaso.{first}",
                f"{first}-acro",
                f"{last}.ringmaster",
                f"{first[:1]}{last[:1]}_medialuna",
                f"waltzer{first}{rng.randint(1, 80)}",
                f"{last}.winterq",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format; a child's of the
        circus families now and then."""
        if self.rng.random() < 0.2:
            dt = self.f().date_of_birth(minimum_age=1, maximum_age=17)
        else:
            dt = self.f().date_of_birth(minimum_age=18, maximum_age=88)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "at": f"{day}. {AT_MONTHS_HELDOUT83[m - 1]} {year}",
            "atf": f"{day:02d}.{m:02d}.{year % 100:02d}",
            "hi": f"{day} {EN_MONTHS_HELDOUT83[m - 1].lower()} {year}",
            "dl": f"{day:02d}/{m:02d}/{year}",
            "cl": f"{day} de {ES_MONTHS_HELDOUT83[m - 1]} del {year}",
            "shi": f"{day} {FR_MONTHS_HELDOUT83[m - 1]} {year}",
            "fr": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["at", "atf", "hi", "dl", "cl", "shi", "fr", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("i bin geboren am {}, des brauchen's für den Schaustellerausweis", s["at"]),
            ("der Bua is am {} geboren, schreib's auf die Anmeldung für den Kirtag", s["at"]),
            ("mera janam {} ko hua, artisan card ke form mein likhna hai", s["hi"]),
            ("the puppeteer card needs my daughter's date of birth, {}", s["dl"]),
            ("nací el {}, el delegado lo pide para la inscripción", s["cl"]),
            ("mi hijo nació el {}, ponlo en la planilla del rodeo", s["cl"]),
            ("lulegh g {}, the visa form for the french circus asks for it", s["shi"]),
            ("the acrobat's visa form wants his birthday, {}", s["fr"]),
            ("the ride operator licence asks for a date of birth, mine is {}", any_shape),
            ("the pitch permit wants the holder's birthday, it's {}", any_shape),
            ("the new clown's date of birth is {}, for the contract", any_shape),
            ("Schaustellerausweis, geb. {}", s["atf"]),
            ("D.O.B.: {}", s["dl"]),
            ("Fecha de nacimiento: {}", s["cl"]),
            ("Né le {} à Tiznit", s["fr"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in Austrian German (with 'Jänner'), Spanish, French and English
AT_MONTHS_HELDOUT83 = (
    "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
ES_MONTHS_HELDOUT83 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
FR_MONTHS_HELDOUT83 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
EN_MONTHS_HELDOUT83 = (
    "January February March April May June July August September October November December".split()
)


HELDOUT83_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is building up the autodrom on the kirtag square tomorrow",
        "can you ask {} if the generator is back from the repair",
        "{} drives the ride lorry through the night to tulln",
        "{} runs the ghost train at the prater since the 80s",
        "{} forgot to pay the pitch rent again",
        "{} did the ride inspection this morning, all passed",
        "{} is on the kassa for the swing boats tonight",
        "{} carries the puppets to the wedding in gurgaon",
        "{} plays the dholak for the kathputli show",
        "{} made the new puppets for the maharaja story",
        "{} has the busking pitch by the metro on saturday",
        "{} walks the rope at the show tonight",
        "{} rides in the collera with me on sunday",
        "{} brought the horses from the fundo for the rodeo",
        "{} trains the young acrobats for the pyramid",
        "{} is the porteur at the bottom of the pyramid lol",
        "{} sent the contract for the french circus",
        "{} still owes me for the winter yard electricity",
        "{} checked the trapeze rigging before the show",
        "i'm meeting {} at the winter quarters at 4",
        "{} said pitch 12 is free for the fair next week",
        "ok so {} takes the ticket booth and {} the candy floss",
        "{} lost the keys to the living wagon again",
        "{} will wait at the medialuna gate with the horse box",
        "tell {} the caravans leave at 5 am sharp",
        "{} wrote the programme and spelt everyone wrong haha",
        "yes {} is doing the clown act on saturday",
        "{} fell asleep in the ticket booth",
        "{} sorted the visas for the whole troupe, legend",
        "{} argued with the council about the pitch fee",
        "{} paints the signs for the waltzer every spring",
        "{} runs the snake charmer pitch at the dilli haat",
        "our KommR {} still opens the prater season every march",
        "the old KommR {} got the gold medal from the verband",
        "{} bhaisa still ties the strings on every puppet himself",
        "{} baisa sings the old songs during the show",
        "ño {} has been riding at the medialuna for fifty years",
        "misiá {} cooks the empanadas for the whole rodeo",
        "dda {} taught the whole village to tumble",
        "henna {} sews the costumes for the troupe",
        "Fahrgeschäft Autodrom / Bediener: {}",
        "Ride op: {}",
        "Kassa: {}",
        "Mitglied: {}",
        "Karteninhaber Schaustellerverband: {}",
        "Am Trapez: {}",
        "Clown: {}",
        "Sprechstallmeister: {}",
        "Pitch allotted to: {}",
        "Platzinhaber: {}",
        "Permit holder (busking): {}",
        "Mieter Winterquartier: {}",
        "Tenant, winter yard: {}",
        "Betreiber: {}",
        "Prüfer: {}",
        "Ride inspected in presence of: {}",
        "Sutradhar: {}",
        "Dholak: {}",
        "Puppets made by: {}",
        "Jinete: {}",
        "Capataz: {}",
        "Delegado del rodeo: {}",
        "Chef de troupe: {}",
        "Porteur: {}",
        "Voltigeur: {}",
        "Rechnung an: {}",
        "Factura a nombre de: {}",
        "Facture au nom de: {}",
        "Bill to: {}",
        "| Sa 14:00 | Kettenflieger | {} | Kassa 2 |",
        '"operator_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the winter yard is at {}, the gate is round the back",
        "my new address is {}, change it on the member card",
        "send the inspection papers to {}",
        "the puppeteers live at {} now",
        "the horse box is parked at {}",
        "the troupe stays at {} until the visas come",
        "bring the spare generator to {}",
        "Anschrift: {}",
        "Address: {}",
        "Dirección: {}",
        "Adresse: {}",
        "Winterquartier: {}",
        '"yard_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the pitch permit to {}",
        "the inspection reminders come from {}",
        "email the troupe at {} about the contract",
        "the rodeo entry list comes from {}",
        "E-Mail (Verband): {}",
        '"email": "{}",',
        "POSTMASTER={}",
        "xwiki.admin_email={}",
    ],
    "PHONE_NUMBER": [
        "the winter yard number is {}, nobody picks up before 10",
        "call the ride inspector on {} if he's late",
        "the puppeteer's mobile is {}",
        "ring the rodeo delegate on {} about the entries",
        "the troupe leader's number is {}, he speaks french",
        "Tel.: {}",
        "Teléfono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the pitch rent with {}",
        "the generator hire went on {}",
        "the ride inspection went on {}",
        "put the rodeo entry fee on {}",
        "Karte: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the pitch rent into {}",
        "the circus wants the deposit to {}",
        "send the puppeteers' fee to {}",
        "the winter yard rent goes to {}",
        "IBAN: {}",
        "Bankverbindung (IBAN): {}",
    ],
    "USERNAME": [
        "my CircusTalk profile is {}",
        "on StageJobs Pro the crew list is under {}",
        "the Spotlight account is {}",
        "the horse is listed on ehorses by {}",
        "my Chingari handle is {}",
        "on Likee the puppet videos are posted by {}",
        "the Passline organiser login is {}",
        "on Dailymotion the rodeo clips belong to {}",
        "the Odysee channel is {}",
        "my StarMaker name is {}",
        "on Cameo the clown is {}",
        "the Badoo profile is {}",
        "find the troupe on CircusTalk, {}",
        "on Likee the acrobats post as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT83_MIXED = [
    ("Platzinhaber: {}, Tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Chef de troupe: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("POSTGIS_HOST={}\nPOSTGIS_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8080/xwiki/rest/wikis", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the login for the ticket site, it's {}", ["PERSON", "SECRET"]),
    ("Jinete: {}, fecha de nacimiento {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my CircusTalk login is {}, pay the fee to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the pitch came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the pitch with {}", ["PERSON", "CREDIT_CARD"]),
    ("ño {} takes the rodeo entries on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Mieter Winterquartier: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Rechnung an: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT83_NEGATIVES = [
    "the Prater opens its season on 15 March",
    "the Riesenrad was built in 1897",
    "the Kirtag in Moosbrunn is in August",
    "KommR is short for Kommerzialrat, a title in Austria",
    "Pospischil Autodrom is a ride, not a person",
    "jun. and sen. tell the son from the father in a showman family",
    "1020 is the postcode of the Leopoldstadt",
    "a Kettenflieger is a chain swing ride",
    "the Geisterbahn ride takes four minutes",
    "the dodgems cost 4 euros a ride",
    "Shadipur Depot is in West Delhi",
    "the Kathputli colony moved to the transit camp in Anand Parbat",
    "bhaisa and baisa are Marwari words of respect",
    "Bhat Kathputli Kala Mandal is a troupe, not a person",
    "kathputli means a puppet made of wood",
    "110008 is a Delhi postcode",
    "the puppet show takes 45 minutes",
    "a show at a wedding costs 8000 rupees",
    "the medialuna in Rancagua holds the national championship",
    "a collera is two riders working together",
    "ño and misiá are the campo's don and doña",
    "Circo Hermanos Tamayo is a circus, not a person",
    "Chileans write the mother's family name as an initial sometimes",
    "the rodeo season runs from September to April",
    "2820000 is the Rancagua postcode",
    "Sidi Ahmed ou Moussa is a village in the Tazeroualt near Tiznit",
    "the acrobats of the Souss tumble in circuses all over Europe",
    "dda and henna mean an elder and a grandmother in Tashelhit",
    "ou in a Tashelhit name means son of",
    "Troupe Amzil is a troupe, not a person",
    "85000 is the Tiznit postcode",
    "the moussem of Sidi Ahmed ou Moussa is in August",
    "pitch 12 is next to the candy floss stall",
    "ride 7 is the waltzer",
    "caravan 14 has the gas leak",
    "programme number 2025-03 is sold out",
    "certificate 7781 is for the big wheel",
    "busking permit 4412 runs until june",
    "the show starts at 19:30, doors at 19:00",
    "the pitch rent is 350 euros a week",
    "a ride inspection costs 180 euros",
    "the rodeo entry is 25000 pesos a collera",
    "tickets are 60 dirhams for children",
    "the fair runs from 1 May to 30 September",
    "the circus arrives on 2025-08-14",
    "the winter yard lease ends on 31/03/2026",
    "the big top was bought in 1994",
    "EN 13814 is the standard for fairground rides",
    "the Luftburg needs 1.5 kW for the blower",
    "XWiki 16.10 changed the admin screens",
    "Mailu 2024.06 added new settings",
    "Galène 0.9 added a new group format",
    "Reitti 1.4 changed the import page",
    "fixed in commit 3f8a1c2, see the changelog",
    "xwiki.superadminpassword=",
    "INITIAL_ADMIN_PW=changeme",
    "POSTGIS_PASSWORD=your-password-here",
    'SECRET_KEY=""',
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "AT61 1904 3002 3457 3201 is the example IBAN in the docs",
    "FR14 2004 1010 0505 0001 3M02 606 is the example IBAN in the docs",
    "write to tickets@example.com on the form",
    "192.0.2.83 is a documentation address",
    "198.51.100.83 is a documentation address",
    "2001:db8:83::1 is a documentation address",
    "call 112 for emergencies in Austria",
    "in India the ambulance number is 108",
    "in Chile the ambulance number is 131",
    "in Morocco the police number is 19",
    "did the lorries leave yet",
    "the generator is in the back of the truck",
    "ok the rain stopped, we open at 6",
    "yes the horses are loaded",
    "BUILD UP STARTS AT 7",
    "servus, the ride passed",
    "namaste, the puppets are packed",
    "hola, the medialuna is muddy again",
    "azul, the troupe is here",
    "so tired after the build-up",
    "who left the lights on in the ghost train",
    "the big top needs new pegs before the next town",
]  # fmt: skip


def _typo83(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types with cold fingers at the
    build-up, a show word's well-known misspelling ('carousel' -> 'carousal', 'rehearsal' -> 'rehersal',
    'performance' -> 'preformance', 'schedule' -> 'schedual', 'generator' -> 'generater'), or two plain
    words run together where a thumb missed the space bar ('the ride' -> 'theride'). Only in sentences
    typed to the bot or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT83.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT83[m.group(1)] + template[m.end() :]
    titles = {t.lower() for t in TITLED_HELDOUT83}
    pairs = [
        m
        for m in RUN_TOGETHER_HELDOUT83.finditer(template)
        if m.group(1).lower() not in titles and m.group(2).lower() not in titles
    ]
    if not pairs:
        return template
    m = rng.choice(pairs)
    return template[: m.start()] + m.group(1) + m.group(2) + template[m.end() :]


def build_heldout83(seed: int = HELDOUT83_SEED) -> list[Example]:
    """Held-out set 83: `Gen83` values in `HELDOUT83_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen83(seed)
    return assemble_module_set(
        gen, HELDOUT83_TEMPLATES, HELDOUT83_MIXED, HELDOUT83_NEGATIVES, _typo83, person=gen.person_for
    )
