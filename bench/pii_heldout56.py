"""Held-out PII set 56 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout56": written before round 38 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT56 is empty, as for
held-out 16 to 54; written at the same time as held-out 55, the two authors split the world between them: 56
takes the military, veterans and security (barracks, reservists and conscripts, veterans' associations and
regimental reunions, private security guards and door staff, CCTV control rooms, locksmiths and safe
engineers, alarm and key-holding companies, cadet forces, bomb disposal, peacekeeping missions, military
families and base housing), 55 takes factories, laboratories and engineering); hand-written lists of Gurkha
veterans and their families of Aldershot, Farnborough and Folkestone's Shorncliffe and of British Gurkhas
Brunei at Seria (the welfare trust, the regimental reunion, pensions, door and security work: two-word given
names with 'Bahadur', 'Prasad', 'Kumari' or 'Maya', the initials an army list makes of them, 'saheb' after
an officer's family name and 'bhauju' before a senior soldier's wife's given name: 'Dil Bahadur Pun', 'D.B.
Ghale', 'Chhantyal saheb', 'bhauju Chandra Maya'), legionnaires of the French Foreign Legion under their
declared identities, the noms de guerre the Legion gives them, at Aubagne, Castelnaudary, Calvi and Nîmes,
with the veterans' home at Puyloubier and the wives in the garrison towns (a French military list's 'NOM
Prénom' in capitals first, and a rank before the family name: 'VAUCLAIR Yann', 'Jean-Marc Lestrade',
'caporal-chef Sorel', 'adjudant Delorme'), Harki families of the Rivesaltes and Bias camps and of Provence's
forest hamlets (hameaux de forestage) at Jouques (the elders' Algerian given names in a colonial register's
'NOM Given ben Father' order, the children's French given names with the family name, and 'Hadj' or 'Hadja'
before an elder's given name: 'BENAÏSSA Lakhdar ben Amar', 'Sylvie Mekhloufi', 'Hadja Ourdia'), Nordestino
vigilantes (security guards) and porteiros (doormen) of São Paulo's condominiums and banks, from Paraíba,
Pernambuco and Ceará (the registry's coined given names, compound given names, both family names, the
nickname alone or before the family name and 'cabo' (corporal, for an army veteran) before a family name:
'Josenildo Bezerra Feitosa', 'Maria do Socorro Nóbrega', 'Ciço', 'Zé Bezerra', 'cabo Medeiros') and
Finland-Swedes of Ostrobothnia (Närpes, Vörå, Jakobstad, Pedersöre) and Raseborg, conscripts and reservists
of the Swedish-speaking Nyland Brigade at Dragsvik (Ostrobothnian family names, a register's initial, and a
rank in Swedish before the family name: 'Kristoffer Björkqvist', 'U. Lillhannus', 'fänrik Storbacka',
'korpral Smeds'); a roll's 'Surname, Given' for every origin, the title always outside the span, an army
number or a matricule beside the name and outside it; a guard rota's ('Post 3 (main gate) 22:00-06:00:'),
a key-holding list's ('Key-holder 1:'), an alarm company's ('Alarm response:'), a door team's ('Door
supervisor (SIA):'), a CCTV room's ('Operator on shift:'), a locksmith's ('Locksmith attending:', 'Safe
engineer:'), a cadet unit's ('Cadet:', 'Instructor:'), a bomb disposal team's ('No. 2 (EOD):'), a
peacekeeping contingent's ('Contingent commander:'), a reunion's ('Reunion secretary:'), a base housing
office's ('Sponsor:', 'Occupant:') and next of kin fields; over three quarters of the sentences typed to the
bot or a friend: guard shifts and rotas, the occurrence book, door work and the SIA badge, CCTV control
rooms, key-holding call-outs and alarm activations, locksmiths and safe openings, cadet camps, reservists'
weekends, refresher exercises and call-up papers, the Legion's Camerone day and the regimental reunion, the
welfare trust, pensions and base housing, bomb disposal call-outs, peacekeeping rotations and the families at
home; self-hosted apps' config no earlier set pasted: privacyIDEA's pi.cfg for a guard company's two-factor
logins, Teleport's teleport.yaml for a CCTV contractor's remote access, MeshCentral's config.json for a
control room's desktops, Kerberos.io's agent .env for a gate camera, Psono's settings.yaml for a key-holding
company's passwords and Apprise's apprise.yml for alarm notifications, with Hik-Connect, Verisure and
TrackTik keys; those regions' addresses (Aldershot's GU11 and GU12, Farnborough's GU14 and Folkestone's
CT19 and CT20, Seria's 'Simpang' lanes with Brunei's KB postcodes, Aubagne's 13400, Castelnaudary's 11400 and
Calvi's 20260 with 'Résidence ..., Bât. B', Rivesaltes' 66600, Bias's 47300 and Jouques' 13490 with the
'Cité' or 'Hameau de forestage' before the street, São Paulo's periphery 'Rua ..., 123 - Capão Redondo, São
Paulo - SP, 05860-000' and the Paraíba sertão's 'Sítio ..., zona rural, Cajazeiras - PB, 58900-000', and
Finland's 'Street 5 B 12, 68600 Jakobstad' with the staircase and the flat after the number) and phones
(Aldershot's 01252, Folkestone's 01303, UK mobiles, Brunei's +673 and Seria's 3, Aubagne's 04 42,
Castelnaudary's 04 68, Calvi's 04 95, Bias's 05 53, French mobiles in pairs and with +33, São Paulo's 11 9
mobiles, Paraíba's (83) and Recife's (81), Finnish mobiles 040 and 050 and +358, Vaasa's 06 and Ekenäs's
019); Visa, Mastercard 51-55 and 2221, Amex 34 and 37, Brazil's Hipercard 606282 and Elo 5067 as a
locksmith's call-out, a door team's licence fee or a reunion dinner takes them; IBANs of the United
Kingdom, France, Finland and Brazil (every IBAN country was used by an earlier set; Nepal, Brunei and
Algeria have none: these are a veteran's British account, a legionnaire's and a Harki family's French one,
a reservist's Finnish one and a vigilante's Brazilian one); IPs of a CCTV room's NVR, a gate barrier, a
guard tour reader's dock, an alarm receiving centre's receiver, a key cabinet, a veterans' club's router, a
cadet hut's laptop, base housing's router, a locksmith's key-cutting machine, a safe's audit lock, a bomb
disposal robot's base station, a peacekeeping camp's satellite terminal and in the pastes above, v6 in
2a00:23c, 2a01:cb, 2804:7f0, 2001:14ba and 2a02:c7c ranges; passwords handed over in ways no earlier set used
(in the occurrence book, on the back of the guard rota, inside the key safe's lid, in a sealed envelope in
the duty room, on the CCTV monitor's bezel, in the reunion programme, in the cadet hut's logbook, on the
call-out sheet, the sentries' password of the night, a safe's combination and an alarm's disarm code),
the Gurkhas' battle cry ('AyoGorkhali#7'), the Legion's white kepi and Camerone ('KepiBlanc_13',
'Camerone1863!'), the porter's lodge ('Portaria@Bloco3'), Dragsvik ('Dragsvik_Brigad'), Rivesaltes
('Rivesaltes_62'), leetspeak of guard words ('p4tr0l!', 'g4t3h0us3'), a post and a shift ('post4-night12')
and cues in romanised and Devanagari Nepali ('wifi ko password ... ho, kasailai nabhannu hai'), legionnaires'
French ('le code du wifi c'est ..., le dis pas au chef'), Algerian arabizi ('le code ta3 el wifi howa ...'),
Brazilian Portuguese ('a senha do wifi da portaria é ..., não passa pra ninguém') and Ostrobothnian Swedish
('lösenordet åt wifi e ..., säj int åt nån'); usernames on Hik-Connect, Verisure, TrackTik, Connecteam,
Genetec, Milestone XProtect, Reolink, Threema, Forces Reunited, Together We Served, Wyze and the DCS World
forum, shapes like 'rfn.x', 'x_on_stag', 'x.gate3', 'keyholder-x', 'vig.x.sp' and 'x.res.nb'; dates of birth
for a welfare trust's form, an SIA licence, a Legion veterans' card, a Harki family's file, a CNV (the
Brazilian guard's licence), a reservist's call-up and a base housing application, in the Bikram Sambat date a
Nepali citizenship certificate gives in Devanagari digits ('२०४३/१२/०१', roughly converted), French ('14 mars
1987'), a Harki elder's presumed date ('01/01/1937', 'date présumée'), Brazilian Portuguese ('14 de março de
1987'), Finland-Swedish ('född 14.3.1987'), a British army form's '14 Mar 87' and an export's 'dob'; typos as
a guard types in gloves on a night patrol or a soldier's radio habit takes over: a word's vowels dropped
('patrol' -> 'ptrl', 'tonight' -> 'tnght') or a plain word swapped for voice procedure ('yes' -> 'affirm',
'okay' -> 'roger', 'repeat' -> 'say again'); negatives with the same regions' places, the titles, ranks and
name forms explained, units and regiments, call signs (no person and no username, as in held-out 53), army
numbers and matricules without a name, guard posts and shift times, alarm zones, key numbers, safe ratings,
EOD task numbers, mission names, pension amounts, security firms named after their founders, versions, a
commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs
(v4 and v6), and short everyday chat; no public figure is named).

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

HELDOUT56_SEED = 5917403
# no faker name locale, as in held-out 16 to 54: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT56: list[str] = []
# the military, veterans and security (held-out 55, written at the same time, takes factories, laboratories
# and engineering); each origin: (men's given names, women's given names, family names); ';' separates names
# throughout, as some hold a space
NAMES_HELDOUT56: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Gurkha veterans and families of Aldershot, Farnborough, Folkestone's Shorncliffe and Seria, Brunei
    "gurkha": ("Dil Bahadur;Tek Bahadur;Yam Bahadur;Lal Bahadur;Hari Prasad;Kul Prasad;Bhim Bahadur;Om Prasad;Dhanbir;Tulbir;Manbir".split(";"),
               "Dhan Kumari;Man Kumari;Tila Kumari;Chandra Maya;Bishnu Maya;Dil Maya;Pabitra;Hima;Yamuna".split(";"),
               "Pun;Ghale;Ale;Roka;Budha;Chhantyal;Sunuwar;Sherchan;Gurung;Rai;Limbu".split(";")),
    # legionnaires' declared identities (noms de guerre) at Aubagne, Castelnaudary, Calvi and Nîmes, and the
    # wives in the garrison towns
    "legion": ("Yann;Serge;Gilles;Hervé;Lionel;Thierry;Pascal;Didier;Cédric;Jean-Marc;Jean-Luc".split(";"),
               "Sandrine;Nadège;Karine;Sabine;Aurélie;Virginie;Magali".split(";"),
               "Vauclair;Lestrade;Marchal;Delorme;Sorel;Tessier;Rouvier;Ballard;Favier;Lemaire;Perrin;Vidal".split(";")),
    # Harki families of Rivesaltes, Bias and the forest hamlet of Jouques: the elders' names, then the
    # children's French given names
    "harki": ("Lakhdar;Amar;Slimane;Messaoud;Boualem;Rabah;Belkacem;Nordine;Karim;Farid;Sylvain;Mourad".split(";"),
              "Fatma;Zohra;Khedidja;Yamina;Ourdia;Rachida;Nadia;Sylvie;Malika;Samia".split(";"),
              "Benaïssa;Mekhloufi;Ouadah;Tighilt;Hamoudi;Bouzidi;Lakhdari;Zitouni;Boukhalfa;Kaci;Amrani".split(";")),
    # Nordestino vigilantes and porteiros of São Paulo, from Paraíba, Pernambuco and Ceará
    "nordestino": ("Josenildo;Erivaldo;Edivaldo;Gilvan;Cícero;Damião;Severino;Genival;José Cícero;João Batista;Francisco de Assis".split(";"),
                   "Maria do Socorro;Francisca das Chagas;Rosineide;Lucineide;Josilene;Edjane;Marinalva;Luzinete".split(";"),
                   "Bezerra;Feitosa;Cavalcanti;Nóbrega;Dantas;Medeiros;Alencar;Sampaio;Araújo;Leite;Brito".split(";")),
    # Finland-Swedes of Ostrobothnia and Raseborg, conscripts and reservists of the Nyland Brigade
    "ostrobothnian": ("Mikael;Kristoffer;Joakim;Mats;Ralf;Kenneth;Bengt;Stig;Jan-Erik".split(";"),
                      "Annika;Camilla;Johanna;Linnea;Gunilla;Marianne;Ulrika;Siv".split(";"),
                      "Sundqvist;Björkqvist;Granholm;Ahlskog;Storbacka;Sjöholm;Kronqvist;Nyby;Lillhannus;Byggmästar;Smeds;Sandvik".split(";")),
}  # fmt: skip
# the Harki elders' given names (the first seven of the men's and the first five of the women's lists), who
# go into a colonial register's 'NOM Given ben Father' line
HARKI_ELDERS_HELDOUT56 = {"Lakhdar", "Amar", "Slimane", "Messaoud", "Boualem", "Rabah", "Belkacem",
                          "Fatma", "Zohra", "Khedidja", "Yamina", "Ourdia"}  # fmt: skip
# nicknames: (men's, women's)
NICKS_HELDOUT56 = {
    "nordestino": ("Ciço Tião Dedé Zé Biu".split(), "Socorro Nena Neide Lu".split()),
}
# a title next to the name (outside the span): before it or after it ('Chhantyal saheb'), with the origin,
# whether a woman, and whether the title goes with the family name (True) or the given name (False)
TITLED_HELDOUT56: dict[str, tuple[str, bool, bool]] = {
    "saheb": ("gurkha", False, True),  # after an officer's family name
    "bhauju": ("gurkha", True, False),  # a senior soldier's wife
    "caporal-chef": ("legion", False, True),
    "adjudant": ("legion", False, True),
    "hadj": ("harki", False, False),
    "hadja": ("harki", True, False),
    "cabo": ("nordestino", False, True),  # corporal: a guard who served in the army
    "fänrik": ("ostrobothnian", False, True),  # second lieutenant (reserve)
    "korpral": ("ostrobothnian", False, True),
}
TITLE_SLOT_HELDOUT56 = re.compile(
    r"(?<![\w'-])(bhauju|caporal-chef|adjudant|hadja|hadj|cabo|fänrik|korpral) \{\}|\{\} (saheb)(?![\w'])",
    re.IGNORECASE,
)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT56 = {"GB": "4a14n", "FR": "10n11c2n", "FI": "14n", "BR": "23n1a1c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT56 = ["gate", "patrol", "rota", "cctv", "keyholder", "alarm", "locksmith", "safe", "cadets",
                      "eod", "reunion", "regiment", "veterans", "portaria", "reserve", "barracks"]  # fmt: skip
# a soldier's radio habit: a plain word swapped for voice procedure
VOICE_PROCEDURE_HELDOUT56 = {
    "yes": "affirm",
    "no": "negative",
    "okay": "roger",
    "ok": "roger",
    "repeat": "say again",
    "understood": "wilco",
    "thanks": "copy that",
    "wait": "wait out",
}
WORD_HELDOUT56 = re.compile(r"(?<![\w{}'@.#$-])([a-z]{2,})(?![\w{}'@.-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Dil Bahadur' -> 'dilbahadur',
    'Benaïssa' -> 'benaissa', 'Björkqvist' -> 'bjorkqvist')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _initials(given: str) -> str:
    """A two-word given name as an army list's initials ('Dil Bahadur' -> 'D.B.'), a one-word one as 'D.'."""
    return "".join(f"{w[0]}." for w in given.replace("-", " ").split())


class Gen56(Gen3):
    """Generators for held-out set 56: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT56."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT56))
        men, women, lasts = NAMES_HELDOUT56[origin]
        if woman is None:  # guards, soldiers and veterans: more often men
            woman = rng.random() < 0.3
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT56[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        if origin == "gurkha" and r < 0.3:  # an army list's initials
            return f"{_initials(first)} {last}"
        if origin == "legion" and r < 0.45:  # a French military list: NOM Prénom
            return f"{last.upper()} {first}"
        if origin == "harki":
            if first in HARKI_ELDERS_HELDOUT56 and r < 0.4:  # a colonial register: NOM Given ben Father
                father = rng.choice([x for x in NAMES_HELDOUT56["harki"][0] if x in HARKI_ELDERS_HELDOUT56])
                return f"{last.upper()} {first} {'bent' if woman else 'ben'} {father}"
        if origin == "nordestino":
            if r < 0.4:  # both family names
                return f"{first} {last} {other}"
            if r < 0.55:  # the nickname before the family name
                return f"{rng.choice(NICKS_HELDOUT56['nordestino'][woman])} {last}"
        if origin == "ostrobothnian" and r < 0.25:  # a register's initial
            return f"{first[0]}. {last}"
        if r > 0.86:  # a roll's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.84:
            name = first
            if origin in NICKS_HELDOUT56 and rng.random() < 0.45:  # the nickname alone
                name = rng.choice(NICKS_HELDOUT56[origin][woman])
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Chhantyal saheb', 'bhauju Chandra Maya', 'cabo Medeiros'),
        from the origin that uses it: the family name or the given name, as the title takes."""
        origin, woman, family = TITLED_HELDOUT56[title.lower()]
        men, women, lasts = NAMES_HELDOUT56[origin]
        if family:
            return self.rng.choice(lasts)
        pool = women if woman else men
        if origin == "harki":  # Hadj and Hadja go with the elders
            pool = [x for x in pool if x in HARKI_ELDERS_HELDOUT56]
        return self.rng.choice(pool)

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT56.search(template)
        return self.titled_person(m.group(1) or m.group(2)) if m else self.person()

    def address(self) -> str:
        rng, pick, d = self.rng, self.rng.choice, self.d
        up = string.ascii_uppercase.replace("C", "").replace("I", "").replace("K", "").replace("M", "")
        up = up.replace("O", "").replace("V", "")  # the letters a UK postcode's last part leaves out
        shapes = [
            f"{rng.randint(1, 120)} {pick(['Lower Farnham Road', 'Ash Road', 'Ordnance Road', 'Church Lane East', 'Alison Way'])}, Aldershot GU1{pick('12')} {d(1)}{pick(up)}{pick(up)}",
            f"{rng.randint(1, 60)} {pick(['Fernhill Road', 'Cove Road', 'Prospect Avenue'])}, Farnborough GU14 {d(1)}{pick(up)}{pick(up)}",
            f"{rng.randint(1, 90)} {pick(['Cheriton Road', 'Shorncliffe Road', 'Somerset Road'])}, Folkestone CT{pick(['19', '20'])} {d(1)}{pick(up)}{pick(up)}",
            f"No. {rng.randint(1, 40)}, Simpang {rng.randint(10, 99)}, {pick(['Jalan Sungai Bera', 'Jalan Maulana', 'Jalan Lorong Tiga'])}, Seria KB{rng.randint(1131, 3533)}, Brunei",
            f"{rng.randint(1, 60)} {pick(['rue de la République', 'avenue des Goums', 'chemin de Saint-Michel'])}, 13400 Aubagne",
            f"Résidence {pick(['Les Oliviers', 'Le Lauragais', 'Les Cyprès'])}, Bât. {pick('ABC')}, apt {rng.randint(1, 40)}, {rng.randint(2, 40)} {pick(['rue Pierre Sémard', 'avenue Frédéric Mistral'])}, 11400 Castelnaudary",
            f"{rng.randint(1, 30)} {pick(['chemin de la Pinède', 'route de Pietramaggiore', 'rue Clemenceau'])}, 20260 Calvi",
            f"Cité {pick(['du Moulin', 'des Pins', 'Astor'])}, {rng.randint(1, 40)} {pick(['rue des Acacias', 'allée des Lilas'])}, 47300 Bias",
            f"{rng.randint(1, 60)} {pick(['avenue de Perpignan', 'rue Joseph Joffre'])}, 66600 Rivesaltes",
            f"Hameau de forestage, {rng.randint(1, 30)} {pick(['chemin des Harkis', 'allée des Chênes'])}, 13490 Jouques",
            f"Rua {pick(['Nossa Senhora do Bom Conselho', 'Cachoeira Poraquê', 'Manuel Bezerra da Silva'])}, {rng.randint(10, 999)} - Capão Redondo, São Paulo - SP, 0586{rng.randint(0, 9)}-0{d(2)}",
            f"Av. {pick(['Elísio Teixeira Leite', 'Inajar de Souza'])}, {rng.randint(100, 6000)}, casa {rng.randint(1, 4)} - Brasilândia, São Paulo - SP, 0284{rng.randint(0, 9)}-000",
            f"Sítio {pick(['Riacho Fundo', 'Olho d’Água', 'Várzea Alegre'])}, zona rural, {pick(['Cajazeiras', 'Sousa', 'Patos'])} - PB, 58{rng.randint(700, 900)}-000",
            f"{pick(['Skolgatan', 'Storgatan', 'Kanalesplanaden'])} {rng.randint(1, 40)} {pick('ABC')} {rng.randint(1, 30)}, 68600 Jakobstad",
            f"{pick(['Storvägen', 'Kyrkvägen', 'Norrnäsvägen'])} {rng.randint(1, 300)}, 64200 Närpes",
            f"{pick(['Vöråvägen', 'Rejpeltvägen'])} {rng.randint(1, 400)}, 66600 Vörå",
            f"{pick(['Raseborgsvägen', 'Gustav Wasas gata'])} {rng.randint(1, 30)} {pick('AB')} {rng.randint(1, 20)}, 10600 Ekenäs",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT56)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 2005)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "simpur.net.bn",
                             "orange.fr", "laposte.net", "free.fr", "sfr.fr", "uol.com.br", "bol.com.br",
                             "ig.com.br", "anvianet.fi", "luukku.com", "yahoo.fr"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pairs = lambda n: " ".join(d(2) for _ in range(n))  # noqa: E731
        shapes = [
            f"01252 {d(6)}",  # Aldershot
            f"01303 {d(6)}",  # Folkestone
            f"07{d(3)} {d(6)}",  # UK mobile
            f"+673 8{d(2)} {d(4)}",  # Brunei mobile
            f"+673 3 {d(6)}",  # Seria landline
            f"04 42 {pairs(3)}",  # Aubagne
            f"04 68 {pairs(3)}",  # Castelnaudary and Rivesaltes
            f"04 95 {pairs(3)}",  # Calvi
            f"05 53 {pairs(3)}",  # Bias
            f"0{rng.choice('67')} {pairs(4)}",  # French mobile
            f"+33 {rng.choice('67')} {pairs(4)}",
            f"(11) 9{d(4)}-{d(4)}",  # São Paulo mobile
            f"(83) 9{d(4)}-{d(4)}",  # Paraíba mobile
            f"(81) 3{d(3)}-{d(4)}",  # Recife landline
            f"040 {d(3)} {d(4)}",  # Finnish mobile
            f"050 {d(3)} {d(4)}",
            f"+358 40 {d(3)} {d(4)}",
            f"06 {d(3)} {d(4)}",  # Vaasa area
            f"019 {d(3)} {d(3)}",  # Ekenäs
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2221", 16), ("34", 15),
                                     ("37", 15), ("606282", 16), ("5067", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT56))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT56[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the control room, the gate, the alarm company, the key cabinet, the
        veterans' club, the cadet hut, base housing, the locksmith, bomb disposal, the peacekeeping camp, and
        this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a00:23c{rng.randint(0, 9)}:{h()}:{h()}::{h()}", f"2a01:cb{rng.randint(10, 19)}:{h()}:{h()}::{h()}",
                         f"2804:7f0:{h()}:{h()}::{h()}", f"2001:14ba:{h()}:{h()}::{h()}", f"2a02:c7c:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the nvr in the control room is {}, camera 14 keeps dropping out on the night shift", v4),
            ("the gate barrier controller at the depot is on {}, it won't lift for the morning relief", v4),
            ("the guard tour reader dock is {}, the patrol scans from last night never uploaded", v4),
            ("the alarm receiving centre's receiver sits on {}, the panel keeps failing to report", rng.choice([v4, v6])),
            ("the key cabinet in the duty room is {}, it logs who takes the armoury keys", v4),
            ("the veterans' club router is {}, the reunion slideshow needs the wifi", v4),
            ("the cadet hut laptop is {}, i'm putting the camp kit list on it", v4),
            ("our router in the married quarters is {}, can you check why it keeps dropping", rng.choice([v4, v6])),
            ("the key-cutting machine at the shop is on {}, it needs the new blank codes", v4),
            ("the safe's audit lock reports to {}, the bank wants the opening log", v4),
            ("the eod robot's base station is {}, the range day needs the video feed", v4),
            ("the camp's satellite terminal is {}, the lads can't call home since the rotation", v4),
            ("SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://pi@{}/pi'", v4),
            ("  listen_addr: {}:3025", v4),
            ("  public_addr: [{}]:3080", v6),
            ('  "mongoDb": "mongodb://{}:27017/meshcentral",', v4),
            ("AGENT_MQTT_URI=tcp://{}:1883", v4),
            ("  HOST: {}", v4),
            ("2025-05-11T02:14:09Z WARN [AUTH] failed login attempt from {}", v4),
            ("[2025-05-11 02:14:09] apprise: failed to notify, host {} unreachable", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"AyoGorkhali{rng.choice(['#7', '!1815', '_Shorncliffe'])}",
                f"KepiBlanc_{rng.choice(['13', '2REP', 'Calvi'])}",
                f"Camerone{rng.choice(['1863!', '#30avril', '_4RE'])}",
                f"Portaria@{rng.choice(['Bloco3', 'Capao', 'Torre2'])}",
                f"Dragsvik_{rng.choice(['Brigad', 'Ekenas', '2024'])}",
                f"Rivesaltes_{rng.choice(['62', 'Bias', 'Jouques'])}",
                rng.choice(["patrol", "gatehouse", "sentry", "keyholder", "barracks"]).translate(leet) + rng.choice(["", "!", "_56"]),
                f"post{rng.randint(1, 9)}-night{rng.randint(1, 31)}",
                f"{rng.choice(['Seria', 'Aubagne', 'Narpes', 'Cajazeiras', 'Folkestone'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Gate', 'Stag', 'Watch', 'Alarm'])}{rng.randint(1, 99)}",
                f"{rng.choice(['rota', 'keys', 'guard'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        url_pw = re.sub(r"[@:/#%+$&?]", "", pw)  # a password as it goes into a URL unescaped
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        options = [
            # passwords handed over in ways no earlier set used
            ("the control room pc login is written in the occurrence book, {}", pw),
            ("the wifi for the gatehouse is on the back of the guard rota, {}", pw),
            ("the key safe by the fire exit opens with {}, leave the keys in it after", d(4)),
            ("the alarm disarm code for the warehouse is {}, you have 30 seconds", d(4)),
            ("the duty room envelope says the armoury pc password is {}", pw),
            ("someone stuck the nvr password on the monitor bezel again, {}", pw),
            ("the reunion programme had the club's wifi printed in it lol, {}", pw),
            ("the cadet hut logbook says the laptop password is {}", pw),
            ("the call-out sheet has the verisure app password, {}", pw),
            ("ok the gatehouse tablet password is {}, thanks for covering", pw),
            ("tonight's password for the sentries is {}, the challenge is the usual", pw),
            ("the combination for the old safe in the office is {}", f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"),
            ("my sia portal password is {}, renew the badge for me if i'm on nights", pw),
            ("the pin for the door team's card reader is {}", d(4)),
            ("the gurkha welfare login for dad is {}, his pension letter is in there", pw),
            ("the married quarters wifi is {}, the box is under the stairs", pw),
            ("my reserve forces portal password is {}, book me on the weekend exercise", pw),
            # cues in ways no earlier set used
            ("wifi ko password {} ho, kasailai nabhannu hai", pw),
            ("वाइफाइ पासवर्ड {} हो", pw),
            ("le code du wifi c'est {}, le dis pas au chef", pw),
            ("le code ta3 el wifi howa {}, ma t9oulhach l'hadd", pw),
            ("a senha do wifi da portaria é {}, não passa pra ninguém", pw),
            ("lösenordet åt wifi e {}, säj int åt nån", pw),
            # commands
            ("$ teleport start --roles=node --token={} --auth-server=cctv-proxy:3025", tok(32, hexl)),
            ("$ pi-manage admin add admin -p {}", pw),
            ("$ curl -H 'X-Api-Key: {}' https://api.tracktik.example/rest/v1/employees", tok(40, alnum)),
            ("$ docker run -e AGENT_KERBEROSVAULT_SECRET_ACCESS_KEY={} kerberos/agent", tok(40, b64)),
            # pastes
            ("SECRET_KEY = '{}'", tok(48, alnum)),
            ("PI_PEPPER = '{}'", tok(32, alnum)),
            ("SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://pi:{}@localhost/pi'", url_pw),
            ("  auth_token: {}", tok(32, hexl)),
            ('  "sessionKey": "{}",', tok(40, alnum)),
            ('  "dbEncryptKey": "{}",', tok(32, alnum)),
            ('  "mongoDb": "mongodb://mesh:{}@mongo:27017/meshcentral",', url_pw),
            ("AGENT_MQTT_PASSWORD={}", pw),
            ("AGENT_CAPTURE_IPCAMERA_RTSP=rtsp://admin:{}@gatecam:554/Streaming/Channels/101", url_pw),
            ("SECRET_KEY: '{}'", tok(64, hexl)),
            ("DB_SECRET: '{}'", tok(64, hexl)),
            ("EMAIL_SECRET_SALT: '{}'", f"$2b$12${tok(22, alnum)}"),
            ("      PASSWORD: '{}'", pw),
            ("  - tgram://{}/-100123456", f"{rng.randint(10**9, 10**10 - 1)}:{tok(35, alnum + '_-')}"),
            ("HIKCONNECT_PASSWORD={}", pw),
            ("VERISURE_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('rfn.x', 'x_on_stag', 'x.gate3')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"rfn.{first}{last[:1]}",
                f"{first}_on_stag",
                f"{first}.gate{rng.randint(1, 9)}",
                f"keyholder-{last}",
                f"vig.{first}.sp",
                f"{first}.res.nb",
                f"{last}{first[:1]}_nights{rng.randint(1, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        rng = self.rng
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        # the Bikram Sambat date, roughly: its new year falls in mid-April, its months begin mid-month
        after = day >= 14
        bs_year = year + (57 if (m, day) >= (4, 14) else 56)
        bs_month = (m - 4 if after else m - 5) % 12 + 1
        bs_day = (day - 14) % 30 + 1
        return {
            "ne": _devanagari(f"{bs_year}/{bs_month:02d}/{bs_day:02d}"),
            "fr": f"{day} {FR_MONTHS_HELDOUT56[m - 1]} {year}",
            "presumed": f"01/01/{rng.randint(1924, 1944)}",  # a Harki elder's presumed date
            "pt": f"{day} de {PT_MONTHS_HELDOUT56[m - 1]} de {year}",
            "sv": f"{day}.{m}.{year}",  # Finland-Swedish
            "army": f"{day:02d} {EN_MONTHS_HELDOUT56[m - 1][:3]} {year % 100:02d}",  # a British army form
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["fr", "pt", "sv", "army", "iso", "ne"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the welfare trust form wants dad's date of birth, his citizenship paper says {}", s["ne"]),
            ("for the sia licence renewal they want my dob again, {}", any_shape),
            ("the legion veterans card has my birthday as {}, it's right", s["fr"]),
            ("grandad's file at the harki office says born {}, date présumée like all the old ones", s["presumed"]),
            ("the cnv course asked my birthday, put {}", s["pt"]),
            ("the call-up letter has my date of birth as {}, check it", any_shape),
            ("base housing wants the kids' dates of birth, the eldest is {}", any_shape),
            ("जन्म मिति: {}", s["ne"]),
            ("né le {} à Oran", s["fr"]),
            ("nasci em {}, em Cajazeiras", s["pt"]),
            ("född {} i Närpes", s["sv"]),
            ("DOB: {}", s["army"]),
            ("Date de naissance (présumée) : {}", s["presumed"]),
            ('  "dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


DEVANAGARI_DIGITS_HELDOUT56 = "०१२३४५६७८९"
FR_MONTHS_HELDOUT56 = ("janvier février mars avril mai juin juillet août septembre octobre novembre "
                       "décembre").split()  # fmt: skip
PT_MONTHS_HELDOUT56 = ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
                       "dezembro").split()  # fmt: skip
EN_MONTHS_HELDOUT56 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip


def _devanagari(text: str) -> str:
    """Western digits as Devanagari ones ('2043/12/01' -> '२०४३/१२/०१')."""
    return "".join(DEVANAGARI_DIGITS_HELDOUT56[int(c)] if c.isdigit() else c for c in text)


HELDOUT56_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on the main gate tonight, i'm on the car park",
        "can you swap my saturday night with {}",
        "{} wrote up the alarm activation in the occurrence book",
        "remind me to ring {} about the reunion dinner tickets",
        "{} is the keyholder for the warehouse this week",
        "{} fitted the new locks at the depot, send him the invoice",
        "{} opened the old safe in the solicitor's office, took him three hours",
        "{} passed the door supervisor course, badge comes next month",
        "{} is the new instructor at the cadet hut",
        "{} got called up for the refresher exercise in june",
        "the welfare trust sent someone to see {} about the pension",
        "{} did two tours with the peacekeepers, ask him about the camp",
        "{} is the no. 2 on the eod team this rotation",
        "tell {} the cctv in the car park is down again",
        "{} never signs the patrol sheet, the supervisor is fuming",
        "{} moved into the married quarters next to us",
        "{} is organising the regimental reunion in aldershot",
        "{} still has the spare keys to the bank branch",
        "{} was on the camerone parade at aubagne",
        "{} covers the portaria on weekends",
        "{} did his conscription at dragsvik the same year as me",
        "i'm meeting {} at the veterans' club on friday",
        "{} saheb is coming to the reunion after all",
        "bhauju {} made the food for the whole dashain party",
        "caporal-chef {} is back from calvi next week",
        "adjudant {} signed my leave",
        "hadj {} told the story of the camp again at the eid lunch",
        "hadja {} still lives in the hamlet at jouques",
        "cabo {} runs the night shift at the bank",
        "fänrik {} leads our platoon at the exercise",
        "korpral {} lost the radio again lol",
        "ok so {} is doing the reunion raffle, thanks for sorting the prizes",
        "yes {} is covering my night, no need to call the agency",
        "Post 3 (main gate) 22:00-06:00: {}",
        "Key-holder 1: {}",
        "Alarm response: {}",
        "Door supervisor (SIA): {}",
        "Operator on shift: {}",
        "Locksmith attending: {}",
        "Safe engineer: {}",
        "Cadet: {}",
        "Instructor: {}",
        "No. 2 (EOD): {}",
        "Contingent commander: {}",
        "Reunion secretary: {}",
        "Sponsor: {}",
        "Next of kin: {}",
        "Army No 21170392 Rfn {}",
        "Légionnaire {} (matricule 172 544)",
        "| 02:00 | perimeter patrol | {} |",
        '"guard": "{}",',
    ],
    "STREET_ADDRESS": [
        "the reunion committee meets at {}",
        "send the welfare letter to {}",
        "the alarm went off at {}, can you attend",
        "we got the married quarter at {}",
        "the locksmith job is at {}, the tenant's locked out",
        "my mum still lives at {}",
        "the keyholder list has the shop as {}",
        "Address: {}",
        "Adresse : {}",
        "Endereço: {}",
        "Adress: {}",
        '"site_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the rota to {}",
        "the reunion tickets come from {}",
        "email the alarm report to {}",
        "the cadet camp forms went to {}",
        "Email (keyholder): {}",
        '"email": "{}",',
        "PI_NOTIFICATION_EMAIL = '{}'",
        "admin_email: {}",
    ],
    "PHONE_NUMBER": [
        "the keyholder's mobile is {}",
        "call the locksmith on {}, he does nights",
        "my dad's number in seria is {}",
        "the control room's direct line is {}",
        "ring the alarm company on {} and cancel the call-out",
        "Tel.: {}",
        "Next of kin phone: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the locksmith with {}",
        "the sia licence fee went on {}",
        "the reunion dinner was booked on {}",
        "put the new alarm panel on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the pension goes into {}",
        "pay my shifts into {}",
        "send the reunion money to {}",
        "refund the cadet camp deposit to {}",
        "IBAN : {}",
        "IBAN (salary): {}",
    ],
    "USERNAME": [
        "on Hik-Connect I'm {}",
        "my Verisure login is {}",
        "TrackTik has me as {}",
        "my Connecteam name is {}",
        "on Genetec I'm {}",
        "the Milestone XProtect user is {}",
        "my Reolink account is {}",
        "my Threema nickname is {}",
        "on Forces Reunited I'm {}",
        "Together We Served has me as {}",
        "my Wyze login is {}",
        "on the DCS World forum I'm {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT56_MIXED = [
    ("Key-holder 2: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Reunion secretary: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[database]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/ISAPI/System/deviceInfo", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the key safe code, it's {}", ["PERSON", "SECRET"]),
    ("Occupant: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my TrackTik name is {}, the wages go to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the reunion came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the locksmith with {}", ["PERSON", "CREDIT_CARD"]),
    ("bhauju {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Next of kin: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT56_NEGATIVES = [
    "the Brigade of Gurkhas has been based at Shorncliffe and Aldershot",
    "Ayo Gorkhali is the Gurkhas' battle cry",
    "saheb is how a Gurkha soldier speaks of an officer",
    "bhauju means elder brother's wife in Nepali",
    "Bahadur and Kumari are part of the given name, not family names",
    "Dashain is the big festival of the autumn",
    "Seria is the oil town in Brunei where the Gurkha battalion sits",
    "the Legion's headquarters is at Aubagne",
    "the 2e REP is the Legion's parachute regiment at Calvi",
    "Castelnaudary is where legionnaires do their basic training",
    "a legionnaire can serve under a declared identity",
    "Camerone day is on 30 April every year",
    "the képi blanc is handed over at the end of basic training",
    "caporal-chef and adjudant are ranks, not names",
    "Puyloubier is the Legion's home for old legionnaires",
    "the Harki families were housed in camps at Rivesaltes and Bias",
    "the hameaux de forestage were villages in the forests of Provence",
    "Hadj is what you call an old man who has done the pilgrimage",
    "25 September is the national day of homage to the Harkis",
    "a vigilante in Brazil is a licensed security guard",
    "the porteiro runs the portaria of the building",
    "cabo means corporal",
    "Capão Redondo and Brasilândia are on the edge of São Paulo",
    "Cajazeiras is in the sertão of Paraíba",
    "the CNV is the national card every vigilante carries",
    "the Nyland Brigade at Dragsvik trains in Swedish",
    "fänrik is the lowest officer rank in the Finnish reserve",
    "Närpes and Vörå are in Ostrobothnia",
    "conscription in Finland lasts 165, 255 or 347 days",
    "call sign Hotel Two Zero is the response car",
    "Alpha One and Bravo Two are the patrol call signs tonight",
    "army number 21170392 is on the old discharge papers",
    "matricule 172 544 was on the kit list",
    "post 3 is the main gate, post 4 is the car park",
    "nights are 22:00 to 06:00, days 06:00 to 14:00",
    "the patrol takes 40 minutes with 12 checkpoints",
    "zone 7 is the loading bay PIR",
    "key 14 is the plant room",
    "the safe is rated grade 3, cash up to 35,000",
    "EOD task 2291 was a false alarm",
    "the rotation to UNIFIL is six months",
    "the cadet camp costs 85 pounds for the week",
    "the pension went up 3.1 percent this year",
    "the SIA licence costs 184 pounds for three years",
    "door staff need the licence renewed every three years",
    "the alarm company charges 45 for a call-out after midnight",
    "the reunion dinner is 32 a head",
    "the legion veterans meet on the first Saturday",
    "Chubb and Yale are both named after their founders",
    "Brinks is named after the man who started it",
    "Securitas and Verisure are Swedish companies",
    "Frigate 0.14 added face recognition",
    "privacyIDEA 3.10 is out",
    "MeshCentral 1.1.22 fixed the relay bug",
    "Teleport 16 changed the join tokens",
    "fixed in commit 9c3e41a, see the changelog",
    "SECRET_KEY = 'change-me'",
    "PI_PEPPER = '<generate a random string>'",
    "AGENT_MQTT_PASSWORD=${MQTT_PASSWORD}",
    "auth_token: <your token here>",
    "PIN: ****",
    "alarm code: ####",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the mastercard test number",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "FR14 2004 1010 0505 0001 3M02 606 is the French example IBAN",
    "write to keyholder@example.com on the form",
    "192.0.2.56 is a documentation address",
    "198.51.100.14 is a documentation address",
    "2001:db8:56::1 is a documentation address",
    "999 in the UK, 17 in France, 190 in Brazil, 112 in Finland",
    "GU11 is the postcode area of Aldershot",
    "13400 is the postcode of Aubagne",
    "68600 is Jakobstad's postcode",
    "my shift finishes at 6",
    "did the relief turn up yet",
    "bring a flask, the gatehouse heater is broken",
    "the cctv room is freezing at night",
    "see you at the reunion",
    "never doing a 12 hour night again lol",
    "ok wait at the gate, the van is 10 minutes out",
    "yes the relief is here, thanks",
    "can you repeat the alarm zone, no signal in the basement",
    "THE ALARM WENT OFF AGAIN AT 3AM",
]  # fmt: skip


def _typo56(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a guard typing in gloves on a night patrol drops a
    word's vowels after its first letter ('patrol' -> 'ptrl', 'tonight' -> 'tnght'), or a soldier's radio
    habit swaps a plain word for voice procedure ('yes' -> 'affirm', 'okay' -> 'roger', 'repeat' -> 'say
    again'). Only in sentences typed to the bot or a friend; a title stays as written."""
    if not _chat_like(template):
        return template
    words = [m for m in WORD_HELDOUT56.finditer(template) if m.group(1).lower() not in TITLED_HELDOUT56]
    radio = [m for m in words if m.group(1) in VOICE_PROCEDURE_HELDOUT56]
    if radio and rng.random() < 0.6:
        m = rng.choice(radio)
        return template[: m.start()] + VOICE_PROCEDURE_HELDOUT56[m.group(1)] + template[m.end() :]
    long = [m for m in words if len(m.group(1)) >= 5 and re.search(r"[aeiou]", m.group(1)[1:])]
    if not long:
        return template
    m = rng.choice(long)
    word = m.group(1)
    word = word[0] + re.sub(r"[aeiou]", "", word[1:])
    return template[: m.start()] + word + template[m.end() :]


def build_heldout56(seed: int = HELDOUT56_SEED) -> list[Example]:
    """Held-out set 56: `Gen56` values in `HELDOUT56_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen56(seed)
    return assemble_module_set(
        gen, HELDOUT56_TEMPLATES, HELDOUT56_MIXED, HELDOUT56_NEGATIVES, _typo56, person=gen.person_for
    )
