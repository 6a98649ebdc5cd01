"""Held-out PII set 61 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout61": written before round 41 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT61 is empty, as for
held-out 16 to 60; written at the same time as held-out 62, the two authors split the world between them: 61
takes shops, markets and making things by hand (tailors and dressmakers, cobblers and key cutters, watch,
clock and jewellery repair, florists, picture framers and print shops, second-hand, vintage and charity
resellers, online marketplaces and their seller accounts, repair cafés, craft fairs and market stalls, pawn
and cash-for-gold counters), 62 takes moving home and unusual homes); hand-written lists of Nubian traders of
Aswan's souq, Kom Ombo and the Nubian villages of Gharb Soheil (baskets, beads, henna, spices and the
camel market: the given name, the father's and the grandfather's in a chain as an Egyptian card writes it,
a family known by a forebear's name, 'amm' (uncle) before an elder trader's given name and 'hagga' before an
old woman's who made the pilgrimage: 'Fikry Hassan Idris', 'Nagat Kashef', 'amm Sayed', 'hagga Dahab'),
the Vishwakarma goldsmiths of Thrissur's Round and of Dubai's gold shops who came from there (Malayali Hindu
names: the house name's and the father's initials before the given name, the craft's caste name after it,
a woman's given name with her husband's or father's after it, the house name first, the pet name alone and
'chettan' or 'edathi' after a given or pet name: 'K. R. Unnikrishnan', 'Sasidharan Achari', 'Sreelatha
Rajeevan', 'Puthenveettil Haridasan', 'Unni chettan', 'Ambika edathi'), the watch and clock repairers of the
Vallée de Joux (Le Sentier, Le Brassus, L'Abbaye) and of La Chaux-de-Fonds and Le Locle (the old Vaudois and
Neuchâtel families, a compound given name's hyphenated initials on a workshop ticket and the article 'le' or
'la' before a given name as the Vallée says it: 'Jean-Daniel Golay', 'J.-D. Golay', 'le Pierre-André', 'la
Ginette'), the tailors and dressmakers of Naples' Chiaia and the Rione Sanità (Neapolitan given names, the
short forms a bottega calls people by, 'mast'' (the masto, the master craftsman) before a tailor's given name
and 'donna' before a dressmaker's: 'Gennaro Scognamiglio', 'Totore', 'mast' Ciro', 'donna Assunta') and the
Shanghainese tailors of Hong Kong's Tsim Sha Tsui and Central whose fathers came from Ningbo (an English
given name before the family name in the Shanghainese romanisation, the Chinese given name hyphenated after
it, and 'sifu' after a master tailor's family name: 'Stanley Zee', 'Vivien Koo Mei-zung', 'Dzung sifu');
a register's 'Surname, Given' for every origin, the title and the article always outside the span, an order
or repair ticket number beside the name and outside it; a repair ticket's ('Repair ticket no. 4471 -',
'Ticket 0312, customer:'), an alterations slip's ('Alterations for:', 'Fitting 2 with:'), a pawn counter's
('Pledgor:', 'Pawn ticket 88213, pledged by:'), a cash-for-gold receipt's ('Seller (gold):'), a key
cutter's ('Keys cut for:'), a florist's order ('Deliver to:', 'Card message from:'), a picture framer's
('Frame order for:'), a print shop's ('Proof approved by:'), a market stall's ('Pitch 14 holder:'), a craft
fair's ('Stallholder:'), a repair café's ('Fixer:', 'Visitor:'), a charity shop's ('Volunteer on till:'), a
marketplace seller page's ('Legal name of seller:') and an Egyptian, Swiss, Italian and Indian form's ('اسم
البائع:', 'Nom du client :', 'Cliente:', 'Karigar:') fields; over three quarters of the sentences typed to the
bot or a friend: alterations and fittings, hems and zips, shoes resoled and heels fixed, keys cut and locks
changed, watches serviced and clocks wound, rings resized and chains soldered, bouquets and wreaths, frames
and mounts, print proofs, the vintage rail and the charity shop's till, selling on the marketplaces, repair
cafés and their fixers, craft fairs and market pitches, the pawn ticket and the gold price; self-hosted apps'
config no earlier set pasted: Medusa's .env for a vintage reseller's shop, Vendure's vendure-config.ts for a
florist's orders, OpenCart's config.php for a key cutter's web shop, Invoice Ninja's .env for a tailor's
invoices, Shopware's .env for a picture framer's shop and the Restart Project's Fixometer .env for a repair
café, with Poshmark and Wallapop keys; those regions' addresses (Aswan's 'Sharia al-Souq' with a
building and floor and the 81xxx postcodes, Kom Ombo's and a Nubian village's house by the mosque, Thrissur's
'Door No. 28/1452, Round North, Thrissur 680 001' and a Dubai flat in Al Ras or Karama, the Vallée's
'Grand-Rue 12, 1347 Le Sentier' and La Chaux-de-Fonds' 'Rue Numa-Droz 143, 2300 La Chaux-de-Fonds', Naples'
'Via Chiaia 204, scala B, interno 7, 80132 Napoli' and the Sanità's 'vico', Hong Kong's 'Shop 23, G/F, ...
Mansion, 58 Nathan Road, Tsim Sha Tsui' and a '12/F' flat) and phones (Aswan's 097, Egyptian 010, 011, 012
and 015 mobiles with and without +20, Thrissur's 0487, Indian mobiles in two fives and with +91, Dubai's 04
and UAE 05x mobiles with +971, the Vallée's 021 845 and La Chaux-de-Fonds' 032 9, Swiss 076 and 078 mobiles
with +41, Naples' 081, Italian 3xx mobiles with +39, and Hong Kong's eight digits with +852); Visa,
Mastercard 51-55 and 2720, Amex 37, RuPay 6521, Egypt's Meeza 507803, JCB 3528 and UnionPay 62 as a
tailor's deposit, a watch service, a ring's resizing, a pawn redemption or a market stall's reader take
them; IBANs of Egypt, the United Arab Emirates, Switzerland and Italy (India and Hong Kong have none: the
UAE ones are a Thrissur goldsmith's wages in Dubai); IPs of a tailor's pattern plotter, a cobbler's card
reader, a key cutting machine, a watchmaker's timegrapher PC, a jeweller's laser welder, a florist's order
tablet, a framer's mount cutter, a print shop's RIP server, a charity shop's till, a market's card
terminal, a pawn counter's CCTV recorder, a repair café's label printer and in the pastes above, v6 in
2c0f:fc88:, 2405:201:, 2001:1700:, 2a01:e11: and 2404:c800: ranges; passwords handed over in ways no earlier
set used (on the back of a price tag, written in tailor's chalk on the pattern paper, pinned inside a hem,
scratched inside a watch case back, on the lid of the market stall's cash tin, on a florist's delivery
card, in a frame's dust cover, on the key cutter's blank tag, on a pawn ticket's stub, on the charity shop's
donation bag, in the ring box lid, on a print proof's margin and on the repair café's fixer badge), Aswan's
souq ('Aswan_Souq97'), Thrissur's Round ('Vadakkunnathan#1'), the Vallée's lake ('LacDeJoux!1347'), the
Sanità ('Sanita&Ago'), Nathan Road ('NathanRd#58'), leetspeak of craft words ('t41l0r', 'r3p41r') and a
pitch and a stall ('pitch14-stall3'), and cues in Egyptian Arabic in Arabic script ('الباسورد ...
متقولهوش لحد'), Manglish ('password ... aanu, aarodum parayanda'), Vaudois French ('le mot de passe c'est
..., tu le dis à personne, adieu'), Neapolitan (''a password è ..., nun 'o dicere a nisciuno') and
Shanghainese ('密码是 ...，侬勿要讲拨人家听'); usernames on Poshmark, Wallapop, Vestiaire Collective, Grailed,
Catawiki, Folksy, Jumia, OpenSooq, Quikr, Tutti.ch, Trade Me and Tindie, shapes like 'x.sews', 'x_resoles',
'vintage.x.61', 'x.tickstock', 'gold.x.thrissur' and 'x_stall14'; dates of birth for a pawn licence, a
gold buyer's ID check, a market trader's licence, an apprenticeship's papers, a marketplace seller's
verification and a tailor's guild card, in Arabic-Indic digits ('١٤/٣/١٩٦٢'), Malayalam ('14 മാർച്ച്
1972'), Vaudois French ('né le 14 mars 1958'), an Italian form's '14/03/1951', a Hong Kong ID card's
'14-03-1955', an Indian form's '14-Mar-1972' and an export's 'date_of_birth'; typos as a seller types
between customers: a marketplace listing's shorthand creeping into chat ('with' -> 'w/', 'without' ->
'w/o', 'condition' -> 'cond', 'excellent' -> 'exc', 'including' -> 'incl'), or a shop sign's ''n'' for
'and' ('cash and carry' -> 'cash 'n' carry'); negatives with the same regions' places, the titles, the
articles and the name forms explained, repair and order ticket numbers without a name, prices and gold
rates, carats and hallmarks, watch calibres and movements, shoe and ring sizes, frame sizes, print runs,
pitch numbers, opening hours, brands and shops named after their founders that are no person here,
versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail,
documentation IPs (v4 and v6), and short everyday chat; no public figure is named).

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

HELDOUT61_SEED = 5190847
# no faker name locale, as in held-out 16 to 60: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT61: list[str] = []
# shops, markets and making things by hand (held-out 62, written at the same time, takes moving home and
# unusual homes); each origin: (men's given names, women's given names, family names); ';' separates names
# throughout, as some hold a space
NAMES_HELDOUT61: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Nubian traders of Aswan's souq, Kom Ombo and Gharb Soheil
    "nubian": ("Fikry;Haggag;Sayed;Osman;Gaafar;Mekki;Shazly;Abdelrahim;Sirag;Hamdi;Idris".split(";"),
               "Nagat;Dahab;Amna;Hosna;Khadra;Nefissa;Zakia;Fathia;Saadia;Hamida".split(";"),
               "Kashef;Dongolawi;Oddoul;Sirageldin;Marzouk;Gharib;Fadl;Abu Bakr;Shalabi;Ballana;Mahgoub".split(";")),
    # Vishwakarma goldsmiths of Thrissur's Round and Dubai's gold shops; the 'family' names are house names
    "thrissur": ("Unnikrishnan;Sasidharan;Rajeevan;Sudheesh;Prakashan;Gopalakrishnan;Vinod;Ramachandran;Haridasan;Balakrishnan".split(";"),
                 "Sreelatha;Ambika;Sindhu;Bindu;Lathika;Remani;Saritha;Shobhana;Prasanna;Geetha".split(";"),
                 "Puthenveettil;Kizhakkedath;Thekkumpuram;Chirakkal;Kottapurath;Valiyaparambil;Manakkal;Edakkalathur".split(";")),
    # watch and clock repairers of the Vallée de Joux, La Chaux-de-Fonds and Le Locle
    "joux": ("Jean-Daniel;Pierre-André;Jean-Claude;Philippe;Raymond;Marcel;Gérald;Claude-Alain;Olivier;Jean-Pierre".split(";"),
             "Marie-Claude;Ginette;Françoise;Josette;Monique;Yvette;Mireille;Anne-Lise;Danielle".split(";"),
             "Golay;Piguet;Rochat;Meylan;Reymond;Berney;Guignard;Aubert;Vallotton;Jeanneret;Perrenoud;Humbert-Droz".split(";")),
    # tailors and dressmakers of Naples' Chiaia and the Rione Sanità
    "napoli": ("Gennaro;Ciro;Salvatore;Pasquale;Vincenzo;Raffaele;Aniello;Gaetano;Carmine;Ferdinando".split(";"),
               "Carmela;Assunta;Immacolata;Nunzia;Concetta;Filomena;Rosaria;Annunziata;Lucia".split(";"),
               "Esposito;Panico;Cuomo;Iovine;Capuozzo;Sannino;De Rosa;Scognamiglio;Abbate;Formisano;Caiazzo".split(";")),
    # Shanghainese (Ningbo) tailors of Hong Kong's Tsim Sha Tsui and Central
    "ningbo": ("Stanley;Vincent;Kenneth;Alfred;Francis;Patrick;Stephen;Lawrence;Clement".split(";"),
               "Vivien;Doris;Grace;Rosalind;Shirley;Mabel;Pauline;Irene".split(";"),
               "Zee;Koo;Woo;Loh;Zau;Yih;Dzung;Tsu;Kiang;Sung;Tsiang;Ding".split(";")),
}  # fmt: skip
# a Hong Kong Shanghainese's Chinese given name, after the family name: (men's, women's)
NINGBO_GIVEN_HELDOUT61 = ("Kwei-sung;Zung-foh;Sing-kee;Yue-ming;Ah-ding;Dah-zung".split(";"),
                          "Mei-zung;Yoh-ling;Sieu-tsing;Wei-ing;Ah-mei".split(";"))  # fmt: skip
# the pet names of Thrissur and the short forms of a Neapolitan bottega: (men's, women's)
NICKS_HELDOUT61 = {
    "thrissur": ("Unni Kuttan Babu Sasi Rajan Mani".split(), "Ammini Kunji Latha Minikutty".split()),
    "napoli": (
        "Totore Ninuccio Peppe Enzuccio Gennarino Lello".split(),
        "Titina Nunziatina Melina Cettina".split(),
    ),
}
# the caste name of the goldsmiths, after the given name ('Sasidharan Achari')
CRAFT_NAMES_HELDOUT61 = ["Achari", "Asari"]
# a title or an article next to the name (outside the span): before it or after it ('Unni chettan'), with
# the origin, whether a woman, and which name it takes: 'family', 'given' or 'nick' (a pet name or a given)
TITLED_HELDOUT61: dict[str, tuple[str, bool, str]] = {
    "amm": ("nubian", False, "given"),  # uncle, before an elder trader's given name
    "hagga": ("nubian", True, "given"),  # an old woman who made the pilgrimage
    "chettan": ("thrissur", False, "nick"),  # elder brother, after a man's given or pet name
    "edathi": ("thrissur", True, "nick"),  # elder sister, as Thrissur says it
    "le": ("joux", False, "given"),  # the article before a man's given name, as the Vallée says it
    "la": ("joux", True, "given"),
    "mast'": ("napoli", False, "given"),  # the masto, the master craftsman of a bottega
    "donna": ("napoli", True, "given"),
    "sifu": ("ningbo", False, "family"),  # master, after a master tailor's family name
}
TITLE_SLOT_HELDOUT61 = re.compile(
    r"(?<![\w'-])(amm|hagga|le|la|mast'|donna) \{\}|\{\} (chettan|edathi|sifu)(?![\w'])",
    re.IGNORECASE,
)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT61 = {"EG": "25n", "AE": "19n", "CH": "5n12c", "IT": "1a10n12c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT61 = ["tailor", "sartoria", "cobbler", "keys", "watches", "horloger", "gold", "florist",
                      "frames", "print", "vintage", "thrift", "stall", "souq", "repaircafe", "pawn"]  # fmt: skip
# a marketplace listing's shorthand creeping into chat
SHORTHAND_HELDOUT61 = {"with": "w/", "without": "w/o", "condition": "cond", "excellent": "exc",
                       "including": "incl", "collection": "coll", "approximately": "approx"}  # fmt: skip
SHORTHAND_WORD_HELDOUT61 = re.compile(
    r"(?<![\w{}'@.#$-])(" + "|".join(sorted(SHORTHAND_HELDOUT61)) + r")(?![\w{}'@.-])"
)
AND_WORD_HELDOUT61 = re.compile(r"(?<![\w{}'@.#$-])and(?![\w{}'@.-])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Abu Bakr' -> 'abubakr',
    'Pierre-André' -> 'pierreandre', 'De Rosa' -> 'derosa')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _hyphen_initials(given: str) -> str:
    """A given name's initials as a Swiss workshop ticket writes them ('Jean-Daniel' -> 'J.-D.', 'Marcel' ->
    'M.')."""
    return "-".join(f"{w[0]}." for w in given.split("-"))


class Gen61(Gen3):
    """Generators for held-out set 61: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT61."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT61))
        men, women, lasts = NAMES_HELDOUT61[origin]
        if woman is None:  # shops, stalls and workshops: about as many women as men
            woman = rng.random() < 0.5
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        men, _, lasts = NAMES_HELDOUT61[origin]
        if origin == "nubian" and r < 0.45:  # the given name, the father's and the grandfather's
            father = rng.choice([x for x in men if x != first])
            grandfather = rng.choice([x for x in men if x not in (first, father)])
            return f"{first} {father} {grandfather}"
        if origin == "thrissur":
            if r < 0.3:  # the house name's and the father's initials first
                return f"{last[0]}. {rng.choice(men)[0]}. {first}"
            if not woman and r < 0.5:  # the craft's caste name after the given name
                return f"{first} {rng.choice(CRAFT_NAMES_HELDOUT61)}"
            if woman and r < 0.6:  # a woman with her husband's or father's given name after hers
                return f"{first} {rng.choice(men)}"
            if r < 0.75:  # the house name first
                return f"{last} {first}"
        if origin == "joux" and r < 0.3:  # a workshop ticket's initials
            return f"{_hyphen_initials(first)} {last}"
        if origin == "ningbo":
            given = rng.choice(NINGBO_GIVEN_HELDOUT61[woman])
            if r < 0.35:  # English name, family name, Chinese given name
                return f"{first} {last} {given}"
            if r < 0.5:  # the family name and the Chinese given name
                return f"{last} {given}"
        if r > 0.88:  # a register's 'Surname, Given'
            return f"{last}, {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.65:
            name = self._full(origin, first, last, woman)
        elif r < 0.85:
            name = first
            if origin in NICKS_HELDOUT61 and rng.random() < 0.45:  # the pet name or short form alone
                name = rng.choice(NICKS_HELDOUT61[origin][woman])
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('amm Sayed', 'Unni chettan', 'la Ginette', 'Dzung sifu'),
        from the origin that uses it: the family name, the given name or a pet name, as the title takes."""
        rng = self.rng
        origin, woman, which = TITLED_HELDOUT61[title.lower()]
        men, women, lasts = NAMES_HELDOUT61[origin]
        if which == "family":
            return rng.choice(lasts)
        pool = women if woman else men
        if which == "nick" and origin in NICKS_HELDOUT61 and rng.random() < 0.6:
            pool = NICKS_HELDOUT61[origin][woman]
        return rng.choice(pool)

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title or an article stands next to
        it."""
        m = TITLE_SLOT_HELDOUT61.search(template)
        if m:
            return self.titled_person(m.group(1) or m.group(2))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        shapes = [
            f"{rng.randint(2, 90)} Sharia al-Souq, {pick(['1st', '2nd', '3rd'])} floor, Aswan 815{rng.randint(10, 30)}",
            f"Building {rng.randint(3, 60)}, Kornish al-Nil, flat {rng.randint(1, 20)}, Aswan 815{rng.randint(10, 30)}",
            f"house {rng.randint(1, 90)} by the {pick(['old', 'white', 'new'])} mosque, {pick(['Gharb Soheil', 'Kom Ombo', 'Daraw', 'Ballana'])}, Aswan",
            f"{rng.randint(2, 40)} Sharia Saad Zaghloul, Kom Ombo 816{rng.randint(10, 50)}, Aswan",
            f"Door No. {rng.randint(10, 40)}/{rng.randint(100, 2999)}, {pick(['Round North', 'Round South', 'Round East', 'Shornur Road', 'Patturaikkal'])}, Thrissur 680 0{rng.randint(1, 22):02d}",
            f"{pick(NAMES_HELDOUT61['thrissur'][2])} House, {pick(['Ollur', 'Kuttanellur', 'Poonkunnam', 'Ayyanthole'])}, Thrissur 680 0{rng.randint(1, 22):02d}, Kerala",
            f"Flat {rng.randint(101, 909)}, {pick(['Al Ras Building 7', 'Karama Centre Block B', 'Al Attar Tower'])}, {pick(['Al Ras', 'Al Karama', 'Al Souq Al Kabeer'])}, Dubai",
            f"Grand-Rue {rng.randint(1, 80)}, 1347 Le Sentier",
            f"Route de {pick(['France', 'Bois-Amont', 'la Vallée'])} {rng.randint(1, 60)}, 1348 Le Brassus",
            f"Rue {pick(['Numa-Droz', 'du Parc', 'Jaquet-Droz', 'Léopold-Robert'])} {rng.randint(1, 180)}, 2300 La Chaux-de-Fonds",
            f"Rue {pick(['Daniel-JeanRichard', 'de la Côte', 'du Temple'])} {rng.randint(1, 60)}, 2400 Le Locle",
            f"Via {pick(['Chiaia', 'dei Mille', 'Filangieri', 'Cavallerizza a Chiaia'])} {rng.randint(1, 280)}, scala {pick('ABC')}, interno {rng.randint(1, 20)}, 801{pick(['21', '32'])} Napoli",
            f"{pick(['Vico Lammatari', 'Vico Santa Maria Antesaecula', 'Via Vergini', 'Via Fontanelle'])} {rng.randint(1, 90)}, 80136 Napoli",
            f"Shop {rng.randint(1, 60)}, G/F, {pick(['Mirador Mansion', 'Chungking Arcade', 'Hanoi Mansion', 'Lock Building'])}, {rng.randint(2, 120)} {pick(['Nathan Road', 'Hankow Road', 'Carnarvon Road'])}, Tsim Sha Tsui",
            f"Flat {pick('ABCDEF')}, {rng.randint(2, 30)}/F, {pick(['Wing On House', 'Tak Shing House', 'Yip Fung Building'])}, {rng.randint(2, 80)} {pick(HK_CENTRAL_ROADS_HELDOUT61)}, Central",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT61)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 1999)}",
                           f"{subject}_{last}", f"{first}_{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "te.eg", "link.net", "rediffmail.com",
                             "asianetindia.com", "emirates.net.ae", "bluewin.ch", "gmx.ch", "net2000.ch",
                             "libero.it", "virgilio.it", "tin.it", "netvigator.com", "yahoo.com.hk"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"097 {d(3)} {d(4)}",  # Aswan
            f"(097) {d(7)}",
            f"01{rng.choice('0125')} {d(4)} {d(4)}",  # Egyptian mobile
            f"+20 1{rng.choice('0125')} {d(4)} {d(4)}",
            f"0487 {d(3)} {d(4)}",  # Thrissur
            f"0487-2{d(6)}",
            f"9{d(4)} {d(5)}",  # Indian mobile in two fives
            f"+91 9{d(4)} {d(5)}",
            f"04 {d(3)} {d(4)}",  # Dubai
            f"05{rng.choice('0256')} {d(3)} {d(4)}",  # UAE mobile
            f"+971 5{rng.choice('0256')} {d(3)} {d(4)}",
            f"021 845 {d(2)} {d(2)}",  # Vallée de Joux
            f"032 9{d(2)} {d(2)} {d(2)}",  # La Chaux-de-Fonds
            f"07{rng.choice('68')} {d(3)} {d(2)} {d(2)}",  # Swiss mobile
            f"+41 7{rng.choice('68')} {d(3)} {d(2)} {d(2)}",
            f"081 {d(3)} {d(4)}",  # Naples
            f"+39 3{d(2)} {d(3)} {d(4)}",  # Italian mobile
            f"{rng.choice('23')}{d(3)} {d(4)}",  # Hong Kong
            f"+852 {rng.choice('569')}{d(3)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("53", 16), ("51", 16), ("2720", 16), ("37", 15),
                                     ("6521", 16), ("507803", 16), ("3528", 16), ("62", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT61))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT61[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the pattern plotter, the cobbler's reader, the key machine, the
        timegrapher, the laser welder, the florist's tablet, the mount cutter, the print RIP, the charity
        till, the market terminal, the pawn CCTV, the repair café's label printer, and this set's pastes; v4
        and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2c0f:fc88:{h()}:{h()}::{h()}", f"2405:201:{h()}:{h()}::{h()}", f"2001:1700:{h()}:{h()}::{h()}",
                         f"2a01:e11:{h()}:{h()}::{h()}", f"2404:c800:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the pattern plotter in the back of the sartoria is {}, it stopped cutting halfway through a jacket", v4),
            ("the cobbler's card reader sits on {}, it declines everything since the storm", v4),
            ("the key cutting machine has its own address now, {}, the codes won't load", v4),
            ("my timegrapher pc is on {}, can you make it reachable from the workshop laptop", v4),
            ("the laser welder at the gold shop is {}, the jeweller says the firmware update failed", rng.choice([v4, v6])),
            ("the florist's order tablet is {}, the wedding orders vanished overnight", v4),
            ("the mount cutter in the frame shop is {}, it cuts every mount 2mm too small", v4),
            ("the print shop's rip server is {}, the proofs are stuck in the queue", rng.choice([v4, v6])),
            ("the charity shop till is on {}, the gift aid screen won't come up", v4),
            ("the market's card terminal at pitch 14 is {}, it keeps losing the signal", v4),
            ("the pawn counter's cctv recorder is {}, they need last tuesday's footage", v4),
            ("the repair cafe's label printer is {}, none of the fixer tickets print", rng.choice([v4, v6])),
            ("DATABASE_URL=postgres://medusa@{}:5432/vintage", v4),
            ("define('DB_HOSTNAME', '{}');", v4),
            ("DB_HOST={}", v4),
            ("    host: '{}',", v4),
            ("  - allow: {}", v6),
            ("[2025-03-02 07:41:12] production.ERROR: login failed for admin from {}", v4),
            ("2025-03-02 07:41:12 WARN vendure: failed login attempt from {}", v4),
            ("medusa:  info  Request from {} to /admin/auth denied", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Aswan_{rng.choice(['Souq97', 'Nubia', 'Soheil'])}",
                f"Vadakkunnathan{rng.choice(['#1', '!680', '_Pooram'])}",
                f"LacDeJoux{rng.choice(['!1347', '#Sentier', '_Brassus'])}",
                f"Sanita&{rng.choice(['Ago', 'Filo', 'Forbici'])}",
                f"NathanRd{rng.choice(['#58', '!Tailor', '_TST'])}",
                rng.choice(["tailor", "repair", "cobbler", "resole", "vintage", "florist"]).translate(leet) + rng.choice(["", "!", "_61"]),
                f"pitch{rng.randint(1, 60)}-stall{rng.randint(1, 9)}",
                f"{rng.choice(['Kornish', 'Ollur', 'Chiaia', 'Brassus', 'Kowloon'])}{rng.choice(['*', '&', '+'])}{rng.choice(['Gold', 'Hem', 'Key', 'Frame'])}{rng.randint(1, 99)}",
                f"{rng.choice(['stall', 'ticket', 'hem'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        quoteless = re.sub(r"['\"\\$]", "", pw)  # a password inside a quoted PHP or TS string
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        options = [
            # passwords handed over in ways no earlier set used
            ("the wifi is on the back of the price tag on the till, {}", pw),
            ("the tailor wrote the laptop password in chalk on the pattern paper, {}", pw),
            ("she pinned the shop wifi inside the hem of the sample skirt, {}", pw),
            ("the watchmaker scratched the safe code inside the case back, {}", d(6)),
            ("the code for the stall's card reader is on the lid of the cash tin, {}", d(4)),
            ("the florist's account password is on a delivery card in the drawer, {}", pw),
            ("the frame shop wifi is written in the dust cover of the sample frame, {}", pw),
            ("the key cutter wrote the app password on a blank key tag, {}", pw),
            ("the pin for the pawn counter's safe is on the stub of ticket 88213, {}", d(4)),
            ("the charity shop laptop password is on the donation bag by the door, {}", pw),
            ("the gold shop's wifi is written inside the ring box lid, {}", pw),
            ("the print shop scribbled the portal password in the margin of the proof, {}", pw),
            ("the repair cafe wifi is on the back of every fixer badge, {}", pw),
            ("my poshmark password is {}, list the coats if i'm not back by six", pw),
            ("the marketplace seller login is {}, can you answer the messages about the lamp", pw),
            ("ok the stall's tablet password is {}, thanks for minding the pitch", pw),
            ("the shop's alarm code is {}, set it when you lock up", d(4)),
            # cues in ways no earlier set used
            ("الباسورد {} متقولهوش لحد", pw),
            ("password {} aanu, aarodum parayanda", pw),
            ("le mot de passe c'est {}, tu le dis à personne, adieu", pw),
            ("'a password è {}, nun 'o dicere a nisciuno", pw),
            ("密码是 {}，侬勿要讲拨人家听", pw),
            # commands
            ("$ npx medusa user -e admin@vintage.local -p {}", pw),
            ("$ php artisan ninja:create-account --email=admin@sartoria.local --password={}", quoteless),
            ("$ curl -H 'Authorization: Bearer {}' http://shop.local/api/v1/orders", tok(40, alnum)),
            ("$ mysql -u opencart -p{} keys_shop", quoteless),
            # pastes
            ("JWT_SECRET={}", tok(48, alnum)),
            ("COOKIE_SECRET={}", tok(48, alnum)),
            ("DATABASE_URL=postgres://medusa:{}@db:5432/vintage", re.sub(r"[:@/#%+$&?*!]", "", pw)),
            ("    superadminCredentials: { identifier: 'superadmin', password: '{}' },", quoteless),
            ("        cookieOptions: { secret: '{}' },", tok(32, alnum)),
            ("define('DB_PASSWORD', '{}');", quoteless),
            ("APP_KEY=base64:{}", tok(43, b64) + "="),
            ("DB_PASSWORD={}", pw),
            ("MAIL_PASSWORD={}", pw),
            ("APP_SECRET={}", tok(32, hexl)),
            ("SHOPWARE_ES_PASSWORD={}", pw),
            ("POSHMARK_API_KEY={}", f"pm_live_{tok(32, alnum)}"),
            ("WALLAPOP_TOKEN={}", tok(40, hexl)),
            ("FIXOMETER_ADMIN_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.sews', 'x_resoles', 'x.tickstock')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.sews",
                f"{last}_resoles",
                f"vintage.{first}.{rng.randint(1, 99)}",
                f"{first}.tickstock",
                f"gold.{first}.{rng.choice(['thrissur', 'aswan', 'napoli', 'tst'])}",
                f"{first}_stall{rng.randint(1, 60)}",
                f"{first}{last[:1]}.frames",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=85)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "ar": f"{day}/{m}/{year}".translate(ARABIC_DIGITS_HELDOUT61),
            "ml": f"{day} {ML_MONTHS_HELDOUT61[m - 1]} {year}",
            "fr": f"{day} {FR_MONTHS_HELDOUT61[m - 1]} {year}",
            "it": f"{day:02d}/{m:02d}/{year}",
            "hk": f"{day:02d}-{m:02d}-{year}",
            "in": f"{day:02d}-{EN_MONTHS_HELDOUT61[m - 1][:3]}-{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["ar", "ml", "fr", "it", "hk", "in", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the pawn counter wants my date of birth for the licence check, it's {}", any_shape),
            ("the gold buyer asked for dad's birthday off his card, {}", s["ar"]),
            ("for the market trader's licence i need uncle's dob, {} i think", any_shape),
            ("the apprenticeship papers have my birthday wrong, i was born {}", any_shape),
            ("the marketplace seller check wants my date of birth, put {}", any_shape),
            ("amma's date of birth for the gold loan is {}", s["ml"]),
            ("the watchmaking school form says he was né le {}", s["fr"]),
            ("the tailors' guild card has nonno born {}", s["it"]),
            ("تاريخ الميلاد: {}", s["ar"]),
            ("ജനനത്തീയതി: {}", s["ml"]),
            ("Date de naissance : {}", s["fr"]),
            ("Data di nascita: {}", s["it"]),
            ("Date of Birth (HKID): {}", s["hk"]),
            ("D.O.B.: {}", s["in"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HK_CENTRAL_ROADS_HELDOUT61 = ["Des Voeux Road Central", "Queen's Road Central", "D'Aguilar Street"]
ARABIC_DIGITS_HELDOUT61 = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ML_MONTHS_HELDOUT61 = ("ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ "
                       "ഡിസംബർ").split()  # fmt: skip
FR_MONTHS_HELDOUT61 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
EN_MONTHS_HELDOUT61 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip


HELDOUT61_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is taking in the waist on my suit trousers, ready friday",
        "can you ask {} if they can shorten the bridesmaid dresses by saturday",
        "{} resoled my boots and they look new",
        "the key cutter {} says the old lock needs a new barrel",
        "remind me to pick up the watch from {} after work",
        "{} serviced grandad's mantel clock, it ticks again",
        "{} resized my ring, it fits now",
        "{} soldered the chain back together while i waited",
        "{} made the wreath for the funeral, it was beautiful",
        "{} framed the wedding photo with a double mount",
        "{} at the print shop sent the proofs for the flyers",
        "{} runs the vintage rail at the sunday market",
        "{} is on the till at the charity shop on thursdays",
        "{} sells old cameras on the marketplace, ask about the lenses",
        "{} fixed the toaster at the repair cafe in ten minutes",
        "{} has the pitch next to ours at the craft fair",
        "{} sells baskets and beads at the souq by the river",
        "we bought the henna from {} at the market",
        "{} weighed the gold and gave me the price on the spot",
        "{} redeemed the gold bangles from the pawn counter yesterday",
        "{} is cutting the pattern for my sister's wedding blouse",
        "{} made my shirts for twenty years, the best tailor in the street",
        "amm {} still opens the spice stall at six every morning",
        "hagga {} sold me the red basket, she wouldn't take less",
        "{} chettan is melting the old chain for the new earrings",
        "{} edathi does the polishing at the gold shop",
        "le {} has the watch, he says it needs a new mainspring",
        "la {} does the straps and the bracelets in the workshop",
        "mast' {} is cutting the jacket himself",
        "donna {} does the hems and the buttonholes",
        "{} sifu made my first suit in three days",
        "ok so {} is doing the alterations, thanks for the tip",
        "yes {} is the one with the flower stall by the station, say hi",
        "Repair ticket no. 4471 - {}",
        "Ticket 0312, customer: {}",
        "Alterations for: {}",
        "Fitting 2 with: {}",
        "Pledgor: {}",
        "Pawn ticket 88213, pledged by: {}",
        "Seller (gold): {}",
        "Keys cut for: {}",
        "Deliver to: {}",
        "Card message from: {}",
        "Frame order for: {}",
        "Proof approved by: {}",
        "Pitch 14 holder: {}",
        "Stallholder: {}",
        "Fixer: {}",
        "Visitor: {}",
        "Volunteer on till: {}",
        "Legal name of seller: {}",
        "اسم البائع: {}",
        "Nom du client : {}",
        "Cliente: {}",
        "Karigar: {}",
        "| 10:00 | fitting | {} |",
        '"customer_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "send the altered suit to {}",
        "the florist should deliver the bouquet to {}",
        "the watch can be posted back to {}",
        "the vintage coat buyer lives at {}",
        "pick up the frames from {}, ring the bell twice",
        "my aunt's gold shop is at {}",
        "the repair cafe this month is at {}",
        "Delivery address: {}",
        "Adresse : {}",
        "Indirizzo: {}",
        "العنوان: {}",
        '"shipping_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the alteration quote to {}",
        "the proofs came from {}",
        "email the watch service estimate to {}",
        "the craft fair confirmation went to {}",
        "Email (customer): {}",
        '"email": "{}",',
        "ADMIN_EMAIL={}",
        "MAIL_FROM_ADDRESS={}",
    ],
    "PHONE_NUMBER": [
        "the tailor's mobile is {}",
        "call the key cutter on {}, he comes out for lockouts",
        "the gold shop in thrissur is {}",
        "the watchmaker's workshop number is {}",
        "ring the florist on {} and ask about the wreath",
        "Tél. : {}",
        "Customer phone: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the tailor's deposit with {}",
        "the watch service went on {}",
        "the ring resizing was paid with {}",
        "put the pawn redemption on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "the wages from the gold shop go into {}",
        "pay the dressmaker into {}",
        "send the stall fee to {}",
        "refund the deposit for the cancelled suit to {}",
        "IBAN: {}",
        "IBAN du bénéficiaire : {}",
    ],
    "USERNAME": [
        "on Poshmark I'm {}",
        "my Wallapop name is {}",
        "Vestiaire Collective has me as {}",
        "on Grailed I sell as {}",
        "my Catawiki account is {}",
        "my Folksy shop is {}",
        "on Jumia the seller was {}",
        "on OpenSooq I'm {}",
        "my Quikr login is {}",
        "on tutti.ch the watch seller was {}",
        "my Trade Me name is {}",
        "find the kit on Tindie, the seller is {}",
        '"seller_handle": "{}",',
        "Login: {}",
    ],
}
HELDOUT61_MIXED = [
    ("Alterations for: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Seller (gold): {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("[shop]\nhost={}\npassword={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/admin/api/orders", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the code for the shop alarm, it's {}", ["PERSON", "SECRET"]),
    ("Pledgor: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Poshmark name is {}, the refund goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the frames came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the watchmaker with {}", ["PERSON", "CREDIT_CARD"]),
    ("amm {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Deliver to: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Legal name of seller: {} (shop: {})", ["PERSON", "USERNAME"]),
]  # fmt: skip
HELDOUT61_NEGATIVES = [
    "Aswan is on the Nile, south of Luxor",
    "Kom Ombo has a camel market on Thursdays",
    "Gharb Soheil is a Nubian village across the river",
    "amm means uncle, and traders call the older men that",
    "hagga is what you call a woman who made the pilgrimage",
    "Egyptian names go given name, father's name, grandfather's name",
    "Nubian baskets are woven from palm leaves",
    "Thrissur's Round goes all the way around the temple",
    "Thrissur is called the gold capital of Kerala",
    "the initials before a Kerala name are the house name and the father's name",
    "chettan means elder brother and edathi elder sister in Malayalam",
    "Achari and Asari are the goldsmiths' caste names",
    "22 carat gold is 916, 18 carat is 750",
    "gold was 6,850 a gram this morning",
    "the BIS hallmark has the purity and the jeweller's code",
    "Kalyan and Alukkas started in Thrissur",
    "the Vallée de Joux is where most of the complicated watches come from",
    "Le Sentier and Le Brassus are villages on the lake",
    "in the Vallée they put le or la before a first name",
    "La Chaux-de-Fonds and Le Locle were rebuilt around watchmaking",
    "Audemars Piguet is named after its two founders",
    "Jaeger-LeCoultre is in Le Sentier",
    "the calibre 2824 is in half the watches I repair",
    "a full service is 450 francs, a new crystal 80",
    "the timegrapher says +4 seconds a day, amplitude 285",
    "the Rione Sanità is next to the Capodimonte hill",
    "Chiaia is where the tailoring shops are",
    "a masto is a master craftsman in Neapolitan",
    "donna is what you call an older woman in Naples",
    "a Neapolitan jacket has a shirt sleeve and no padding",
    "Rubinacci and Kiton are tailoring houses, not people we know",
    "the suit needs three fittings",
    "the Red Gang tailors came from Ningbo",
    "sifu means master, you say it after the family name",
    "Shanghainese names are written differently from Cantonese ones",
    "Tsim Sha Tsui has tailors on every floor of the old mansions",
    "Nathan Road is the main road of Kowloon",
    "the hem needs taking up 3 cm",
    "shoe size 42, half a size bigger for boots",
    "ring size N, or 54 in Europe",
    "the frame is 40 x 50 with a 5 cm mount",
    "the print run is 500 flyers, A5, double sided",
    "repair ticket 4471 is ready for collection",
    "order 20931 is out for delivery",
    "pawn ticket 88213 expires in 6 months",
    "pitch 14 is by the fountain",
    "the craft fair is on the first Saturday of the month",
    "the repair cafe is 10 till 1 at the church hall",
    "the charity shop takes donations Monday to Friday",
    "stall fee is 35 a day, 20 for a half",
    "keys are 4.50 each, security keys 12",
    "the florist closes at 5:30 on Saturdays",
    "a dozen roses is 45 this week",
    "Medusa 2.0 changed the admin routes",
    "Vendure 3.1 is out",
    "OpenCart 4.0.2.3 fixed the checkout bug",
    "Invoice Ninja 5.10 added the new PDF designs",
    "Shopware 6.6 needs PHP 8.2",
    "fixed in commit 7e1c94b, see the changelog",
    "JWT_SECRET=supersecret",
    "COOKIE_SECRET=${COOKIE_SECRET}",
    "define('DB_PASSWORD', '');",
    "password: changeme",
    "PIN: ****",
    "alarm code: ####",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the mastercard test number",
    "CH93 0076 2011 6238 5295 7 is the example IBAN in the docs",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN in the docs",
    "write to customer@example.com on the form",
    "192.0.2.61 is a documentation address",
    "198.51.100.61 is a documentation address",
    "2001:db8:61::1 is a documentation address",
    "680 001 is the Thrissur postcode",
    "1347 is Le Sentier's postcode",
    "80136 is the Sanità",
    "see you at the stall",
    "did the parcel come yet",
    "bring the receipt, they won't do it without",
    "the zip on my coat broke again",
    "ok wait by the door, the shop opens in 10 minutes",
    "yes the watch is ready, thanks",
    "the market is cancelled if it rains",
    "THE SUIT IS READY",
]  # fmt: skip


def _typo61(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a seller typing between customers lets a
    marketplace listing's shorthand creep into chat ('with' -> 'w/', 'without' -> 'w/o', 'condition' ->
    'cond', 'excellent' -> 'exc', 'including' -> 'incl'), or writes 'and' as a shop sign's "'n'" ('cash and
    carry' -> "cash 'n' carry"). Only in sentences typed to the bot or a friend; a title stays as written."""
    if not _chat_like(template):
        return template
    words = list(SHORTHAND_WORD_HELDOUT61.finditer(template))
    ands = list(AND_WORD_HELDOUT61.finditer(template))
    if words and (rng.random() < 0.6 or not ands):
        m = rng.choice(words)
        return template[: m.start()] + SHORTHAND_HELDOUT61[m.group(1)] + template[m.end() :]
    if not ands:
        return template
    m = rng.choice(ands)
    return template[: m.start()] + "'n'" + template[m.end() :]


def build_heldout61(seed: int = HELDOUT61_SEED) -> list[Example]:
    """Held-out set 61: `Gen61` values in `HELDOUT61_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen61(seed)
    return assemble_module_set(
        gen, HELDOUT61_TEMPLATES, HELDOUT61_MIXED, HELDOUT61_NEGATIVES, _typo61, person=gen.person_for
    )
