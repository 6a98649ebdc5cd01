"""Held-out PII set 60 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout60": written before round 40 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT60 is empty, as for
held-out 16 to 59; written at the same time as held-out 59, the two authors split the world between them: 60
takes old age, disability and access (retirement villages and sheltered housing, pensions and benefits
offices, day centres, hearing-aid and optician appointments, mobility scooters and wheelchair repair,
sign-language interpreters and relay services, guide and assistance dogs, accessible transport bookings,
disability sport, adaptive tech and screen readers), 59 takes nightlife, games of chance and play);
hand-written lists of Hungarian pensioners of Debrecen, Hajdúszoboszló's spa town and Nyíregyháza (the family
name first as Hungarian writes it, a married woman's '-né' names, the husband's given name or both family
names, and 'néni' or 'bácsi' after the pet form of an elder's given name: 'Nagy Lajos', 'Kovács Jánosné',
'Szabóné Tóth Ilona', 'Erzsi néni', 'Laci bácsi'), Deaf signers of Melbourne and Brisbane (Auslan users of
the Deaf club and the relay service: the legal name, the sign name a Deaf person is given written as an
Auslan gloss in capitals, and a name fingerspelt letter by letter: 'Narelle Kinsella', 'DIMPLE',
'N-A-R-E-L-L-E'), Anglo-Argentine families of Hurlingham, Temperley and Quilmes (Spanish given names with
British and Irish family names, 'Mac Kinnon' written apart, a married woman's 'de' and her husband's Spanish
family name, and 'míster' before an elder's family name as the staff of the British homes say it: 'Guillermo
Mac Kinnon', 'Margarita Reid de Castells', 'míster Bridger'), the centenarians of the Nicoya peninsula in
Guanacaste, Costa Rica (compound given names, both family names, the rural nickname alone and 'ñor' and 'ña'
before the given name or the nickname: 'José Ángel Matarrita Viales', 'Lencho', 'ñor Cipriano', 'ña Chepa')
and the Gaels of Cape Breton's Inverness County, Mabou, Judique and Port Hood (Scottish family names and the
chain of the father's and the grandfather's given names a Cape Breton village tells its people apart by:
'Angus MacIsaac', 'Angus Dan Willie', 'Mary Dan Angus'); a register's 'Surname, Given' for every origin,
the title always outside the span, a case or claim number beside the name and outside it; an appointment
list's ('10:30 hearing aid review:'), a carer rota's ('Carer (am call):'), a benefits letter's ('Claimant:',
'Appointee:'), an interpreter booking's ('Interpreter booked:', 'Deaf client:'), a relay call's ('Relay
officer:'), a guide dog school's ('Guide dog owner:', 'Puppy raiser:'), an accessible transport booking's
('Passenger:', 'Driver:'), a sheltered housing scheme's ('Warden:', 'Resident:'), a disability sport
classification's ('Classifier:', 'Athlete:') and a Hungarian, Argentine and Costa Rican form's ('Igénylő
neve:', 'Beneficiario:', 'Adulto mayor:') fields and next of kin fields; over three quarters of the sentences
typed to the bot or a friend: the pension and its letters, benefit appeals, the day centre's bus and lunch
club, hearing aid batteries and reviews, new glasses and eye tests, the mobility scooter's battery and the
wheelchair's puncture, interpreters booked and cancelled, video relay calls, guide dogs in training and at
work, dial-a-ride and accessible taxi bookings, boccia, goalball and wheelchair rugby, the screen reader, the
braille display and talking books, the warden call and the fall alarm, the spa's thermal baths, the
centenarians' birthdays and the ceilidh at the parish hall; self-hosted apps' config no earlier set pasted:
Flexisip's users file and flexisip.conf for a video relay service's SIP, coturn's turnserver.conf for the
relay's video, MiroTalk P2P's .env for an interpreter's video calls, LiveKit's livekit.yaml for a remote
captioning room, Rhasspy's profile.json for a wheelchair user's voice control, Kamailio's kamctlrc for a
warden call system and Audiobookshelf's API for a blind club's talking books; those regions' addresses
(Debrecen's '4025 Debrecen, Piac utca 45. 2. em. 7.' with the postcode first and the floor and door after
the number, Hajdúszoboszló's 4200 and Nyíregyháza's 4400 with a building letter after a slash, Melbourne's
'12/45 Sydney Road, Brunswick VIC 3056' with the unit before a slash and 'Unit 4, ...', Brisbane's QLD 40xx,
Hurlingham's Argentine CPA 'B1686' alone and in full ('B1686ABC'), Temperley and Quilmes, Costa Rica's
directions from a landmark, '200 metros al sur de la iglesia colonial, Nicoya, Guanacaste', and Inverness
County's 'Route 19, Mabou NS B0E 1X0') and phones (Debrecen's 52 written '06 52' and '(52)', Hungarian
mobiles '06 30', '06-70/' and '+36 20', Melbourne's (03) 9, Australian 04 mobiles and +61 4, Hurlingham's
(011) 4665, Argentine mobiles with the 15 and with +54 9 11, Nicoya's 2685, Costa Rican 8 mobiles and +506,
Mabou's (902) 945 and Judique's 902-787); Visa, Mastercard 51-55 and 2221-2720, Amex 37, Diners 36 and
Argentina's Cabal 604201 and Naranja 589562 as a scooter's battery, a hearing aid's repair, a ceilidh's
tickets or a taxi's fare takes them; IBANs of Hungary, Costa Rica and the United Kingdom (Australia,
Argentina and Canada have none: the UK ones are an Anglo-Argentine's British pension and a Cape Bretoner's
child's account in Glasgow); IPs of a day centre's tablet, a retirement village's router, a warden call base
unit, a fall alarm's hub, a scooter shop's diagnostic laptop, a wheelchair workshop's printer, a video relay
box, a guide dog school's kennel camera, an accessible transport depot's booking server, a boccia club's
scoreboard, a braille embosser, a talking book server and in the pastes above, v6 in 2001:4c48:, 2001:8003:,
2800:810:, 2803:5700: and 2607:f2c0: ranges; passwords handed over in ways no earlier set used (on the
braille label of the router, in large print on the fridge door, on the pill organiser's lid, in the pension
book's back cover, in the guide dog harness pouch, on the scooter's key fob tag, inside the hearing aid case,
in the day centre's sign-in book, signed over the video relay and fingerspelt, and read out by the screen
reader), Debrecen's Nagyerdő ('Nagyerdo#1937'), Hajdúszoboszló's baths ('Szoboszlo_Furdo'), Hurlingham's
club ('Hurlingham1888!'), Nicoya ('Nicoya_100anos'), Mabou's ceilidh ('Mabou&Ceilidh'), leetspeak of access
words ('b0cc14', 'sc00t3r'), a flat and a floor ('flat12-floor3') and cues in Hungarian ('a wifi jelszó ...,
ne mondd el senkinek'), an Auslan gloss ('WIFI PASSWORD WHAT? ...'), Anglo-Argentine Spanglish ('el password
del wifi es ..., don't tell anyone che'), Costa Rican Spanish ('la contraseña del wifi es ..., mae no se la
diga a nadie') and Scottish Gaelic ('am facal-faire airson an wifi ...'); usernames on AppleVis, the
audiogames.net forum, Be My Eyes, Wheelmap, the HearingTracker forum, Convo, the Rhasspy forum and
Audiobookshelf, shapes like 'x.auslan', 'x_rolls7', 'nvda-x', 'x.and.tilly' (a guide dog's name after the
owner's), 'x_hears', 'boccia_x4' and 'xy.scoots'; dates of birth for a pension claim, a benefits letter, a
hearing aid clinic, a blue badge and a concession card, a guide dog application and a centenarian's
birthday, in Hungarian with the year first ('1937. március 14.', 'szül. 1937.03.14.'), a Costa Rican form's
'14/3/1922', an Argentine one's '14-03-1938', an old Cape Bretoner's 'the 14th of March, 1931', an
Australian form's 'DDMMYYYY' box ('14031952') and an export's 'birth_date'; typos as a braille keyboard's
back-translation leaves a whole-word contraction in ASCII braille ('the' -> '!', 'and' -> '&', 'for' -> '=')
or an older texter joins two clauses with an ellipsis (', ' -> '...'); negatives with the same regions'
places, the titles and the name forms explained, sign languages and sign names explained, pension and
benefit amounts, claim and case numbers without a name, hearing aid and scooter models, screen reader
versions, appointment times, bus and booking numbers, a guide dog's name, classification codes, centenarians
counted, companies named after their founders, versions, a commit, placeholder secrets, a masked PIN, test
cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), relay and helpline numbers every
user shares, and short everyday chat; no public figure is named).

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

HELDOUT60_SEED = 8274619
# no faker name locale, as in held-out 16 to 59: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT60: list[str] = []
# old age, disability and access (held-out 59, written at the same time, takes nightlife, games of chance and
# play); each origin: (men's given names, women's given names, family names); ';' separates names throughout,
# as some hold a space
NAMES_HELDOUT60: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Hungarian pensioners of Debrecen, Hajdúszoboszló and Nyíregyháza
    "debrecen": ("János;László;Lajos;István;Sándor;Ferenc;Imre;Gyula;Béla;Zoltán;Tibor".split(";"),
                 "Erzsébet;Ilona;Katalin;Margit;Irén;Jolán;Mária;Piroska;Etelka;Gizella".split(";"),
                 "Nagy;Kovács;Tóth;Szabó;Balogh;Papp;Lakatos;Oláh;Fekete;Vámosi;Hajdu;Bodnár;Debreczeni".split(";")),
    # Deaf signers of Melbourne and Brisbane (Auslan)
    "auslan": ("Darren;Wayne;Craig;Glenn;Shane;Brett;Trevor;Graeme;Neville;Barry".split(";"),
               "Narelle;Bronwyn;Kylie;Leanne;Tracey;Raelene;Dianne;Cheryl;Noeleen".split(";"),
               "Mulcahy;Drummond;Kinsella;Hocking;Lovett;McInerney;Battersby;Gleeson;Prendergast;Hoare;Doolan;Sheahan".split(";")),
    # Anglo-Argentine (and Irish-Argentine) families of Hurlingham, Temperley and Quilmes
    "hurlingham": ("Guillermo;Enrique;Ricardo;Eduardo;Jorge;Alberto;Carlos;Roberto;Arturo;Federico".split(";"),
                   "Margarita;Dorotea;Elena;Inés;Beatriz;Mabel;Gladys;Norma;Susana".split(";"),
                   "Mac Kinnon;Bridger;Hope;Reid;Gibbs;Runciman;Leach;Duggan;Mulhall;Fleetwood;Kenny;Boyd".split(";")),
    # the centenarians of the Nicoya peninsula, Guanacaste, and their families
    "nicoya": ("Francisco;José Ángel;Rafael;Juan Rafael;Ramón;Lorenzo;Nicolás;Hipólito;Anselmo;Cipriano".split(";"),
               "Josefa;Isolina;Consuelo;Clementina;Amalia;Teodora;Emérita;Paulina;Rosaura".split(";"),
               "Villegas;Espinoza;Gutiérrez;Matarrita;Rosales;Obando;Chaves;Barrantes;Briceño;Carrillo;Viales;Álvarez".split(";")),
    # the Gaels of Cape Breton's Inverness County: Mabou, Judique, Port Hood
    "capebreton": ("Angus;Dan;Alexander;Hughie;Archie;Ronald;Allan;Duncan;Malcolm;Rory".split(";"),
                   "Mary;Catherine;Margaret;Flora;Annie;Christina;Sadie;Effie".split(";"),
                   "MacIsaac;Beaton;Rankin;MacInnis;Gillis;MacLellan;Chisholm;MacMaster;MacFarlane;MacEachern".split(";")),
}  # fmt: skip
# a Hungarian elder's given name in the pet form 'néni' and 'bácsi' go with: (men's, women's)
HU_PET_HELDOUT60 = ("Laci;Lajcsi;Pista;Sanyi;Feri;Imi;Gyuszi;Béci;Jani;Tibi".split(";"),
                    "Erzsi;Ica;Kati;Manci;Irénke;Joli;Marika;Piri;Etus;Gizi".split(";"))  # fmt: skip
# the rural nicknames of Guanacaste: (men's, women's)
NICKS_HELDOUT60 = {
    "nicoya": ("Chico Lencho Chepe Cipri Moncho Polo".split(), "Chepa Isola Tina Mila Tella".split()),
}
# the Spanish family names of an Anglo-Argentine woman's husband, after her 'de'
AR_HUSBANDS_HELDOUT60 = ["Castells", "Ferreyra", "Irigoyen", "Basualdo", "Pereyra", "Sosa"]
# the given names in a Cape Breton chain (the father's, the grandfather's): the men's list and a few more
CB_CHAIN_HELDOUT60 = NAMES_HELDOUT60["capebreton"][0] + ["Willie", "Johnny", "Jim", "Joe", "Sandy"]
# a Deaf person's sign name, written as an Auslan gloss in capitals
SIGN_NAMES_HELDOUT60 = ["DIMPLE", "CURLY", "FRECKLES", "SPECS", "BEARD", "TALL-B", "SMILE-D", "EARRING",
                        "RED-HAIR", "FRINGE", "MOLE-CHEEK"]  # fmt: skip
# a title next to the name (outside the span): before it or after it ('Erzsi néni'), with the origin,
# whether a woman, and whether the title goes with the family name (True) or the given name (False)
TITLED_HELDOUT60: dict[str, tuple[str, bool, bool]] = {
    "néni": ("debrecen", True, False),  # after an older woman's pet name
    "bácsi": ("debrecen", False, False),  # after an older man's pet name
    "míster": ("hurlingham", False, True),  # before an Anglo-Argentine elder's family name
    "ñor": ("nicoya", False, False),  # señor, in the countryside of Guanacaste
    "ña": ("nicoya", True, False),  # señora
}
TITLE_SLOT_HELDOUT60 = re.compile(
    r"(?<![\w'-])(míster|ñor|ña) \{\}|\{\} (néni|bácsi)(?![\w'])",
    re.IGNORECASE,
)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT60 = {"HU": "24n", "CR": "18n", "GB": "4a14n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT60 = ["daycentre", "hearing", "optician", "scooter", "wheelchair", "interpreter", "relay",
                      "guidedog", "dialaride", "boccia", "goalball", "pension", "sheltered", "village",
                      "braille", "ceilidh"]  # fmt: skip
# a braille keyboard's back-translation slip: a whole-word contraction left in ASCII braille
BRAILLE_HELDOUT60 = {"the": "!", "and": "&", "for": "=", "of": "(", "with": ")"}
BRAILLE_WORD_HELDOUT60 = re.compile(r"(?<![\w{}'@.#$-])(the|and|for|of|with)(?![\w{}'@.-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Mac Kinnon' -> 'mackinnon',
    'Vámosi' -> 'vamosi', 'José Ángel' -> 'joseangel')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _ne(name: str) -> str:
    """A Hungarian name with the married '-né' ('Lajos' -> 'Lajosné', 'Gyula' -> 'Gyuláné', 'Imre' ->
    'Imréné', 'Szabó' -> 'Szabóné')."""
    if name.endswith("a"):
        return name[:-1] + "áné"
    if name.endswith("e"):
        return name[:-1] + "éné"
    return name + "né"


def _fingerspelt(name: str) -> str:
    """A given name fingerspelt letter by letter, as a Deaf person's name is written in a chat ('Narelle' ->
    'N-A-R-E-L-L-E')."""
    return "-".join(name.upper())


class Gen60(Gen3):
    """Generators for held-out set 60: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT60."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT60))
        men, women, lasts = NAMES_HELDOUT60[origin]
        if woman is None:  # pensioners and day centres: as many women as men, a few more
            woman = rng.random() < 0.55
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        men, _, lasts = NAMES_HELDOUT60[origin]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "debrecen":
            if woman and r < 0.25:  # a married woman by her husband's names: 'Kovács Jánosné'
                return f"{last} {_ne(rng.choice(men))}"
            if woman and r < 0.45:  # both family names: 'Szabóné Tóth Ilona'
                return f"{_ne(other)} {last} {first}"
            if r < 0.85:  # the family name first
                return f"{last} {first}"
        if origin == "auslan" and r < 0.15:  # fingerspelt in a chat
            return _fingerspelt(first)
        if origin == "hurlingham" and woman and r < 0.35:  # a married woman's 'de'
            return f"{first} {last} de {rng.choice(AR_HUSBANDS_HELDOUT60)}"
        if origin == "nicoya":
            if r < 0.45:  # both family names
                return f"{first} {last} {other}"
        if origin == "capebreton" and r < 0.4:  # the father's and the grandfather's given names
            father = rng.choice([x for x in CB_CHAIN_HELDOUT60 if x != first])
            grandfather = rng.choice([x for x in CB_CHAIN_HELDOUT60 if x not in (first, father)])
            return f"{first} {father} {grandfather}"
        if r > 0.87:  # a register's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.64:
            name = self._full(origin, first, last, woman)
        elif r < 0.84:
            name = first
            if origin in NICKS_HELDOUT60 and rng.random() < 0.45:  # the nickname alone
                name = rng.choice(NICKS_HELDOUT60[origin][woman])
            elif origin == "auslan" and rng.random() < 0.35:  # the sign name alone
                name = rng.choice(SIGN_NAMES_HELDOUT60)
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Erzsi néni', 'míster Bridger', 'ña Chepa'), from the origin
        that uses it: the family name, the given name, a pet name or a nickname, as the title takes."""
        rng = self.rng
        origin, woman, family = TITLED_HELDOUT60[title.lower()]
        men, women, lasts = NAMES_HELDOUT60[origin]
        if family:
            return rng.choice(lasts)
        if origin == "debrecen":  # néni and bácsi go with the pet form
            return rng.choice(HU_PET_HELDOUT60[woman])
        pool = women if woman else men
        if origin in NICKS_HELDOUT60 and rng.random() < 0.5:
            pool = NICKS_HELDOUT60[origin][woman]
        return rng.choice(pool)

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, a sign name
        or a fingerspelt one where the template says so."""
        m = TITLE_SLOT_HELDOUT60.search(template)
        if m:
            return self.titled_person(m.group(1) or m.group(2))
        if "sign name" in template.lower():
            return self.rng.choice(SIGN_NAMES_HELDOUT60)
        if "fingerspel" in template.lower():
            men, women, _ = NAMES_HELDOUT60["auslan"]
            return _fingerspelt(self.rng.choice(men + women))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        up = string.ascii_uppercase
        shapes = [
            f"40{rng.randint(24, 32)} Debrecen, {pick(['Piac utca', 'Böszörményi út', 'Füredi út', 'Nagyerdei körút', 'Csapó utca'])} {rng.randint(1, 120)}. {rng.randint(1, 10)}. em. {rng.randint(1, 30)}.",
            f"40{rng.randint(24, 32)} Debrecen, {pick(['Kassai út', 'Vincellér utca', 'Hatvan utca'])} {rng.randint(1, 90)}.",
            f"4200 Hajdúszoboszló, {pick(['Szilfákalja út', 'Mátyás király sétány', 'Damjanich utca'])} {rng.randint(1, 80)}.",
            f"4400 Nyíregyháza, {pick(['Sóstói út', 'Korányi Frigyes utca', 'Család utca'])} {rng.randint(1, 60)}/{pick('ABC')}",
            f"{rng.randint(1, 30)}/{rng.randint(2, 400)} {pick(['Sydney Road', 'Lygon Street', 'Nicholson Street'])}, {pick(['Brunswick VIC 3056', 'Coburg VIC 3058', 'Carlton North VIC 3054'])}",
            f"Unit {rng.randint(1, 20)}, {rng.randint(2, 200)} {pick(['Barkly Street', 'Whitehorse Road', 'Station Street'])}, {pick(['Footscray VIC 3011', 'Blackburn VIC 3130', 'Box Hill VIC 3128'])}",
            f"{rng.randint(2, 900)} {pick(['Gympie Road', 'Lutwyche Road', 'Stafford Road'])}, {pick(['Kedron QLD 4031', 'Windsor QLD 4030', 'Stafford QLD 4053'])}",
            f"{pick(['Av. Vergara', 'Pedro Díaz', 'Tte. Gral. Pablo Riccheri', 'Jauretche'])} {rng.randint(100, 4000)}, B1686{rng.choice(['', ''.join(pick(up) for _ in range(3))])} Hurlingham, Provincia de Buenos Aires",
            f"{pick(['Av. Almirante Brown', 'Meeks', 'Garibaldi'])} {rng.randint(100, 2000)}, B1834 Temperley, Buenos Aires",
            f"{pick(['Rivadavia', 'Humberto Primo', 'Alsina'])} {rng.randint(100, 1500)}, {pick(['3° B', 'PB 2', '1° A'])}, B1878 Quilmes",
            f"{pick(['100', '200', '300', '50', '400'])} metros al {pick(['norte', 'sur', 'este', 'oeste'])} de {pick(['la iglesia colonial', 'la escuela de Barrio San Martín', 'la plaza de deportes', 'el hospital La Anexión'])}, {pick(['Nicoya', 'Hojancha', 'Nosara', 'Santa Cruz'])}, Guanacaste",
            f"Barrio {pick(['La Virginia', 'Los Ángeles', 'San Martín'])}, casa {rng.randint(1, 80)}, {pick(['Nicoya', 'Hojancha'])}, Guanacaste",
            f"{rng.randint(1000, 12000)} Route 19, {pick(['Mabou NS B0E 1X0', 'Port Hood NS B0E 2W0', 'Judique NS B0E 1P0'])}",
            f"{rng.randint(10, 900)} {pick(['Mabou Harbour Road', 'Shore Road', 'Main Street'])}, {pick(['Mabou NS B0E 1X0', 'Inverness NS B0E 1N0'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT60)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1925, 1965)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "freemail.hu", "citromail.hu", "t-online.hu", "bigpond.com",
                             "optusnet.com.au", "iinet.net.au", "fibertel.com.ar", "speedy.com.ar",
                             "yahoo.com.ar", "racsa.co.cr", "ice.co.cr", "eastlink.ca", "ns.sympatico.ca"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"06 52 {d(3)} {d(3)}",  # Debrecen
            f"(52) {d(3)}-{d(3)}",
            f"06 30 {d(3)} {d(4)}",  # Hungarian mobile
            f"06-70/{d(3)}-{d(4)}",
            f"+36 20 {d(3)} {d(4)}",
            f"(03) 9{d(3)} {d(4)}",  # Melbourne
            f"04{d(2)} {d(3)} {d(3)}",  # Australian mobile
            f"+61 4{d(2)} {d(3)} {d(3)}",
            f"(011) 4665-{d(4)}",  # Hurlingham
            f"15-{d(4)}-{d(4)}",  # Argentine mobile, domestic
            f"+54 9 11 {d(4)}-{d(4)}",
            f"2685-{d(4)}",  # Nicoya
            f"8{d(3)}-{d(4)}",  # Costa Rican mobile
            f"+506 8{d(3)} {d(4)}",
            f"(902) 945-{d(4)}",  # Mabou
            f"902-787-{d(4)}",  # Judique
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("52", 16), ("55", 16), ("2420", 16), ("37", 15),
                                     ("36", 14), ("604201", 16), ("589562", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT60))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT60[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the day centre, the retirement village, the warden call, the fall
        alarm, the scooter shop, the wheelchair workshop, the relay box, the guide dog school, the transport
        depot, the boccia club, the braille embosser, the talking books, and this set's pastes; v4 and v6;
        `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:4c48:{h()}:{h()}::{h()}", f"2001:8003:{h()}:{h()}::{h()}", f"2800:810:{h()}:{h()}::{h()}",
                         f"2803:5700:{h()}:{h()}::{h()}", f"2607:f2c0:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the day centre tablet is {}, the bingo caller app won't open on it", v4),
            ("the retirement village router is {}, nobody in block c has wifi since tuesday", rng.choice([v4, v6])),
            ("the warden call base unit sits on {}, mum pressed her pendant and nothing rang", v4),
            ("dad's fall alarm hub is {}, it keeps saying offline", v4),
            ("the scooter shop's diagnostic laptop is on {}, they need it for the controller codes", v4),
            ("the printer at the wheelchair workshop is {}, the repair tickets won't print", v4),
            ("the video relay box in the lounge is {}, the picture freezes when the interpreter signs", rng.choice([v4, v6])),
            ("the kennel camera at the guide dog school is {}, the puppy raisers want to watch", v4),
            ("the dial-a-ride booking server at the depot is {}, my booking vanished", v4),
            ("the boccia club scoreboard is on {}, it resets every end", v4),
            ("the braille embosser in the library is {}, can you add it to my laptop", v4),
            ("our talking book server is {}, grandad can't find the new chapters", rng.choice([v4, v6])),
            ("listening-ip={}", v4),
            ("external-ip={}", v4),
            ("  - address: {}", v6),
            ('  "mqtt": {"host": "{}", "port": 1883},', v4),
            ("SIP_DOMAIN={}", v4),
            ("transports=sip:{};transport=tcp", v4),
            ("2025-03-02 07:41:12 ERROR relay: ICE failed for peer {}", v4),
            ("[abs] 2025-03-02T07:41:12Z WARN login failed from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Nagyerdo{rng.choice(['#1937', '!Debrecen', '_52'])}",
                f"Szoboszlo_{rng.choice(['Furdo', 'Termal', '4200'])}",
                f"Hurlingham{rng.choice(['1888!', '#Club', '_Polo'])}",
                f"Nicoya_{rng.choice(['100anos', 'Guanacaste', 'Chorotega'])}",
                f"Mabou&{rng.choice(['Ceilidh', 'Fiddle', 'Route19'])}",
                rng.choice(["boccia", "scooter", "goalball", "hearing", "braille"]).translate(leet) + rng.choice(["", "!", "_60"]),
                f"flat{rng.randint(1, 40)}-floor{rng.randint(1, 6)}",
                f"{rng.choice(['Brunswick', 'Temperley', 'Hojancha', 'Judique', 'Nyiregyhaza'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Dog', 'Wheel', 'Sign', 'Bus'])}{rng.randint(1, 99)}",
                f"{rng.choice(['pension', 'scooter', 'relay'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64url = alnum + "-_"
        options = [
            # passwords handed over in ways no earlier set used
            ("the braille label on the router says {}", pw),
            ("mum wrote the wifi in large print on the fridge door, {}", pw),
            ("the tablet password is on the lid of dad's pill organiser, {}", pw),
            ("the pension portal password is in the back cover of the old pension book, {}", pw),
            ("there's a card in the guide dog harness pouch with the phone pin, {}", d(6)),
            ("the tag on the scooter key fob has the app password, {}", pw),
            ("the hearing aid app password is inside the case, {}", pw),
            ("the day centre sign-in book has the laptop password on the first page, {}", pw),
            ("the interpreter signed me the wifi password over the relay, {}", pw),
            ("he fingerspelt the password twice, it's {}", pw),
            ("my screen reader read the password out loud in the waiting room, everyone heard {}", pw),
            ("the key safe by the warden's office is {}, the carers know it", d(4)),
            ("the pin for mum's concession card is {}", d(4)),
            ("my dial-a-ride account password is {}, book me for thursday if i forget", pw),
            ("the login for the benefits journal is {}, can you check if they replied", pw),
            ("the ceilidh hall wifi is {}, it's on the board by the tea urn", pw),
            ("ok the talking book login is {}, thanks for setting it up", pw),
            # cues in ways no earlier set used
            ("a wifi jelszó {}, ne mondd el senkinek", pw),
            ("WIFI PASSWORD WHAT? {} FINISH", pw),
            ("el password del wifi es {}, don't tell anyone che", pw),
            ("la contraseña del wifi es {}, mae no se la diga a nadie", pw),
            ("am facal-faire airson an wifi {}", pw),
            # commands
            ("$ turnadmin -a -u interp -r relay.local -p {}", pw),
            ("$ curl -H 'Authorization: Bearer {}' http://abs.local:13378/api/libraries", f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{tok(60, b64url)}.{tok(43, b64url)}"),
            ("$ livekit-cli create-token --api-key APIk3Qm8TzR --api-secret {} --join --room captions", tok(43, alnum)),
            ("$ kamctl add warden01@care.local {}", pw),
            # pastes
            ("relay-desk@sip.relay.local clrtxt:{} ;", colonless),
            ("static-auth-secret={}", tok(64, hexl)),
            ("user=interp:{}", colonless),
            ("cli-password={}", pw),
            ("API_KEY_SECRET={}", tok(40, alnum)),
            ("TURN_SERVER_CREDENTIAL={}", pw),
            ("HOST_USERS='[{\"username\": \"interp\", \"password\": \"{}\"}]'", pw),
            ("  APIk3Qm8TzR: {}", tok(43, alnum)),
            ("  password: {}", pw),
            ('  "mqtt": {"username": "rhasspy", "password": "{}"},', pw),
            ('DBRWPW="{}"', pw),
            ('DBROPW="{}"', pw),
            ("ABS_TOKEN={}", f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{tok(60, b64url)}.{tok(43, b64url)}"),
            ("VOICEBANK_API_KEY={}", f"vb_{tok(40, hexl)}"),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.auslan', 'x_rolls7', 'x.and.tilly')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.auslan",
                f"{first}_rolls{rng.randint(1, 99)}",
                f"nvda-{last}",
                f"{first}.and.{rng.choice(['tilly', 'bodza', 'quincy', 'maple', 'nube'])}",
                f"{last}_hears",
                f"boccia_{first}{rng.randint(1, 9)}",
                f"{first}{last[:1]}.scoots",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=60, maximum_age=104)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "hu": f"{year}. {HU_MONTHS_HELDOUT60[m - 1]} {day}.",
            "hu_num": f"{year}.{m:02d}.{day:02d}.",
            "cr": f"{day}/{m}/{year}",
            "ar": f"{day:02d}-{m:02d}-{year}",
            "cb": f"the {_ordinal(day)} of {EN_MONTHS_HELDOUT60[m - 1]}, {year}",
            "au": f"{day:02d}{m:02d}{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["hu", "hu_num", "cr", "ar", "cb", "au", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the pension office wants anya's date of birth again, it's {}", s["hu"]),
            ("the benefits letter has dad's birthday wrong, he was born {}", any_shape),
            ("for the hearing aid clinic i need gran's dob, {} i think", any_shape),
            ("the blue badge form asks my date of birth, put {}", any_shape),
            ("ña's cédula says she was born {}, she turns 101 this year", s["cr"]),
            ("the guide dog application wants my birthday, {}", any_shape),
            ("grandpa always says he was born on {}, the day of the big storm", s["cb"]),
            ("abuela's date of birth for the PAMI form is {}", s["ar"]),
            ("szül. {}", s["hu_num"]),
            ("született: {}, Debrecen", s["hu"]),
            ("Fecha de nacimiento: {}", s["cr"]),
            ("DOB (DDMMYYYY): {}", s["au"]),
            ("Fecha de nac.: {}", s["ar"]),
            ('  "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HU_MONTHS_HELDOUT60 = ("január február március április május június július augusztus szeptember október "
                       "november december").split()  # fmt: skip
EN_MONTHS_HELDOUT60 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip


def _ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


HELDOUT60_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is picking mum up for the day centre on tuesdays",
        "can you ask {} if she'll swap my saturday carer call",
        "{} fixed the puncture on my wheelchair in ten minutes",
        "the scooter man {} says the battery is finished",
        "remind me to ring {} about the hearing aid review",
        "{} is our interpreter for the hospital appointment on friday",
        "{} cancelled the interpreter booking again",
        "{} is the new warden at the sheltered housing",
        "{} trains the guide dog puppies at the school",
        "{} has been matched with a new guide dog, a black lab",
        "{} drives the dial-a-ride bus on the wednesday run",
        "{} won the boccia final at the state games",
        "{} plays goalball with the club on thursday nights",
        "{} set up the screen reader on dad's new laptop",
        "{} turned 102 on sunday, the whole village came",
        "we're having tea with {} at the retirement village",
        "{} is helping gran fill in the pension form",
        "{} got her new glasses from the optician, she can read again",
        "{} still goes to the thermal baths every morning",
        "{} played the fiddle at the ceilidh in the parish hall",
        "tell {} the relay call dropped, i'll try again later",
        "{} is the appointee for dad's benefits now",
        "i'm meeting {} at the deaf club on friday",
        "her sign name is {}, because of the dimples",
        "he fingerspelt his name for me, {}",
        "{} néni sent the poppy seed roll for the whole day centre",
        "{} bácsi is back from the spa, his knee is better",
        "míster {} still walks to the club for tea every afternoon",
        "ñor {} is 103 and still rides his horse to the plaza",
        "ña {} makes the rosquillas for the whole barrio",
        "ok so {} is doing the raffle at the lunch club, thanks for sorting the prizes",
        "yes {} is the one with the red scooter, wave at him",
        "10:30 hearing aid review: {}",
        "Carer (am call): {}",
        "Claimant: {}",
        "Appointee: {}",
        "Interpreter booked: {}",
        "Deaf client: {}",
        "Relay officer: {}",
        "Guide dog owner: {}",
        "Puppy raiser: {}",
        "Passenger: {}",
        "Driver: {}",
        "Warden: {}",
        "Resident: {}",
        "Classifier: {}",
        "Athlete: {}",
        "Igénylő neve: {}",
        "Beneficiario: {}",
        "Adulto mayor: {}",
        "Next of kin: {}",
        "Claim ref. 4481207 - {}",
        "| 09:00 | wheelchair service | {} |",
        '"resident": "{}",',
    ],
    "STREET_ADDRESS": [
        "the dial-a-ride picks me up at {}",
        "send the pension letter to {}",
        "the scooter needs collecting from {}",
        "mum's new flat is at {}",
        "the interpreter should come to {}, ring the bell twice",
        "gran still lives at {}",
        "the guide dog school's visit is at {}",
        "Address: {}",
        "Lakcím: {}",
        "Domicilio: {}",
        "Dirección: {}",
        '"pickup_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the carer rota to {}",
        "the interpreter confirmations come from {}",
        "email the scooter repair quote to {}",
        "the ceilidh tickets went to {}",
        "Email (next of kin): {}",
        '"email": "{}",',
        "admin_email={}",
        "ABS_ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the warden's mobile is {}",
        "call the wheelchair repair man on {}, he comes out on saturdays",
        "gran's number in debrecen is {}",
        "the interpreter's text-only number is {}",
        "ring the taxi on {} and ask for the one with the ramp",
        "Tel.: {}",
        "Next of kin phone: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the scooter battery with {}",
        "the hearing aid repair went on {}",
        "the ceilidh tickets were booked on {}",
        "put the accessible taxi on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the pension goes into {}",
        "pay the carer's wages into {}",
        "send the lunch club money to {}",
        "refund the respite week deposit to {}",
        "IBAN: {}",
        "Számlaszám (IBAN): {}",
    ],
    "USERNAME": [
        "on AppleVis I'm {}",
        "my audiogames.net forum name is {}",
        "Be My Eyes has me as {}",
        "on Wheelmap I'm {}",
        "my HearingTracker forum name is {}",
        "my Convo login is {}",
        "on the Rhasspy forum I'm {}",
        "my Audiobookshelf user is {}",
        "dad's AppleVis account is {}",
        "on Wheelmap my mum is {}",
        "the Be My Eyes volunteer was {}",
        "find me on the audiogames.net forum as {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT60_MIXED = [
    ("Carer (pm call): {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Interpreter booked: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[relay]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/api/me", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the key safe code, it's {}", ["PERSON", "SECRET"]),
    ("Resident: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Wheelmap name is {}, the refund goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the hearing aids came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the scooter man with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} néni can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Passenger: {}, pick-up {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT60_NEGATIVES = [
    "Debrecen is the second city of Hungary",
    "Hajdúszoboszló is the spa town with the thermal baths",
    "the Nagyerdő is the big park in the north of Debrecen",
    "néni and bácsi are what you call older women and men in Hungarian",
    "a married woman in Hungary can take her husband's name with -né",
    "in Hungarian the family name comes first",
    "the pension rose by 4.1 percent in January",
    "the 13th month pension is paid in February",
    "Auslan is the sign language of Deaf Australians",
    "a sign name is given to you by the Deaf community",
    "Deaf with a capital D means the community and its language",
    "Auslan, BSL and NZSL come from the same family",
    "fingerspelling in Auslan uses two hands",
    "the relay service number is the same for everyone in the country",
    "call 133 677 for the relay service, then give the number you want",
    "the interpreter booking is for 2 hours with a 15 minute break",
    "Hurlingham was built around the British club",
    "Anglo-Argentines often have Spanish given names and English family names",
    "a married woman in Argentina may add 'de' and her husband's family name",
    "míster is how the staff spoke to the old English gentlemen",
    "PAMI is the health insurance for retired people in Argentina",
    "Temperley and Quilmes are in the south of Greater Buenos Aires",
    "the Nicoya peninsula is one of the blue zones",
    "Guanacaste has more people over 100 than most places",
    "ñor and ña are short for señor and señora in the countryside",
    "a Costa Rican address is given from a landmark, so many metres to the north",
    "the Chorotega pottery comes from Guaitil near Santa Cruz",
    "the pension for the elderly in Costa Rica is paid every month",
    "in Mabou people are told apart by their father's and grandfather's names",
    "Inverness County is on the west coast of Cape Breton",
    "the ceilidh is every Wednesday at the parish hall in summer",
    "Route 19 is the Ceilidh Trail",
    "Gaelic is still taught in Mabou",
    "the hearing aid review is at 10:30 in room 4",
    "size 312 batteries last about a week",
    "the Phonak Audéo P90 has a rechargeable battery",
    "Oticon Intent came out this year",
    "the new glasses are +2.25 in both eyes",
    "the eye test costs 25 and the frames 89",
    "the scooter does 8 mph on the road and 4 on the pavement",
    "the Pride Colt Executive has a 20 mile range",
    "a wheelchair inner tube is 24 x 1 3/8",
    "the guide dog's name is Quincy, he's a black lab",
    "guide dogs train for about two years",
    "the dial-a-ride booking number is DR-20931",
    "bus 246 has the ramp at the middle door",
    "the accessible taxi needs 24 hours' notice",
    "boccia classes are BC1 to BC4",
    "goalball is played with a ball that has bells inside",
    "wheelchair rugby is 4 a side",
    "NVDA 2024.4 fixed the braille display bug",
    "JAWS 2025 is out",
    "Audiobookshelf 2.17 added chapter editing",
    "Flexisip 2.4 changed the auth module",
    "coturn 4.6 is in the repository",
    "LiveKit 1.8 fixed the captions drop",
    "Rhasspy 2.5 still runs on the old pi",
    "fixed in commit 4b7e2d9, see the changelog",
    "static-auth-secret=<your secret here>",
    "API_KEY_SECRET=mirotalkp2p_default_secret",
    "TURN_SERVER_CREDENTIAL=${TURN_PASSWORD}",
    'DBRWPW="kamailiorw"',
    "password: changeme",
    "PIN: ****",
    "key safe: ####",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the mastercard test number",
    "HU42 1177 3016 1111 1018 0000 0000 is the example IBAN in the docs",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "write to resident@example.com on the form",
    "192.0.2.60 is a documentation address",
    "198.51.100.27 is a documentation address",
    "2001:db8:60::1 is a documentation address",
    "4025 is a Debrecen postcode",
    "VIC 3056 is Brunswick",
    "B0E 1X0 is Mabou's postcode",
    "claim ref. 4481207 is still waiting for a decision",
    "case 2025/118 goes to the tribunal in May",
    "Ottobock and Invacare make most of the chairs here",
    "Specsavers is the optician on the high street",
    "the lunch club is 4.50 a head",
    "see you at the day centre",
    "did the bus come yet",
    "bring a cushion, the hall chairs are hard",
    "the lift is out of order again",
    "ok wait at the door, the taxi is 10 minutes away",
    "yes the interpreter is here, thanks",
    "the hearing loop in the church is broken again",
    "THE PENSION CAME IN TODAY",
]  # fmt: skip


def _typo60(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a braille keyboard's back-translation leaves a
    whole-word contraction in ASCII braille ('the' -> '!', 'and' -> '&', 'for' -> '=', 'of' -> '(', 'with' ->
    ')'), or an older texter joins two clauses with an ellipsis (', ' -> '...'). Only in sentences typed to
    the bot or a friend; a title stays as written."""
    if not _chat_like(template):
        return template
    words = list(BRAILLE_WORD_HELDOUT60.finditer(template))
    if words and (rng.random() < 0.6 or ", " not in template):
        m = rng.choice(words)
        return template[: m.start()] + BRAILLE_HELDOUT60[m.group(1)] + template[m.end() :]
    commas = [m.start() for m in re.finditer(", ", template)]
    if not commas:
        return template
    i = rng.choice(commas)
    return template[:i] + "..." + template[i + 2 :]


def build_heldout60(seed: int = HELDOUT60_SEED) -> list[Example]:
    """Held-out set 60: `Gen60` values in `HELDOUT60_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen60(seed)
    return assemble_module_set(
        gen, HELDOUT60_TEMPLATES, HELDOUT60_MIXED, HELDOUT60_NEGATIVES, _typo60, person=gen.person_for
    )
