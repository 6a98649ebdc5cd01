"""Held-out PII set 72 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout72": written before round 46 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT72 is empty, as for
held-out 16 to 70; written at the same time as held-out 71, the two authors split the world between them: 72
takes money and paperwork at home (credit unions and savings clubs, rent and council-tax arrears,
bookkeepers for sole traders, crowdfunding pages, tax-return helpers, pension letters, lottery syndicates,
insurance claims after a burst pipe, pawnbroker receipts), 71 takes health and bodies outside hospitals);
hand-written lists of the Šokci of Slavonia, the savings-cooperative members and lottery syndicates of
Đakovo, Vinkovci, Županja and Bošnjaci (the Šokac given names and the short forms the villages say them in
('Stipo', 'Đuka', 'Tuna', 'Kata', 'Reza'), Slavonian family names in -ović and -ić, a cooperative's list's
'Family Given', and 'teta' before a woman's short given name and 'gđa' before a family name, outside the
span: 'Stjepan Tadijanović', 'Jakobović Janja', 'Đuka Šarčević', 'teta Reza', 'gđa Mijatović'), the Kurpie
of the Green Forest, the savings-club and rent-arrears people of Myszyniec, Kadzidło, Łyse, Czarnia and
Ostrołęka (Kurpie family names ('Olbryś', 'Deptuła', 'Parzych', 'Bakuła'), a woman's -ska and -cka, a
married woman's two names with a hyphen, a Polish list's 'Family Given', the Polish diminutives
('Staszek', 'Jadzia', 'Zośka') and 'pan' and 'pani' before the diminutive, outside the span, as a Polish
village says it: 'Stanisław Olbryś', 'Jadwiga Kaczyńska-Parzych', 'Deptuła Czesław', 'pani Jadzia'), the
Venetian-Brazilian (Talian-speaking) families of the Serra Gaúcha, credit-union members and
bookkeepers' clients of Bento Gonçalves, Caxias do Sul, Garibaldi and Flores da Cunha (Brazilian given
names of the colonies ('Ivanir', 'Neuza', 'Nelsi'), Venetian family names, some of two words ('Dal
Pizzol', 'Dalla Costa', 'Da Ros', 'De Carli'), the mother's family name before the father's as Brazil
writes it, a Brazilian form's capitals, and 'seu', 'dona', 'nono' and 'nona' before a given name, outside
the span: 'Ivete Bortolini Zanella', 'IVANIR DAL PIZZOL', 'dona Neuza', 'nono Claudino') and the Gozitans
of Xagħra, Nadur, Victoria and Għajnsielem, lottery-syndicate members and burst-pipe claimants (Maltese
given names with their ċ, ġ, ħ and ż ('Ġużeppi', 'Ċensu', 'Karmnu', 'Rożi'), Gozitan family names
('Refalo', 'Bajada', 'Xuereb', 'Debrincat'), an ID card's 'FAMILY Given', the same names with the Maltese
letters dropped as an English form writes them ('Guzeppi Refalo'), and 'is-Sur' and 'is-Sinjura' before a
family name, outside the span: 'Ġużeppi Refalo', 'XUEREB Rożi', 'is-Sinjura Bajada'); a reference number,
a member number, a pawn ticket's number, a claim number, a syndicate's line or an invoice number beside
the name and outside it, the title always outside the span; a winery, a pawnshop, a bakery or a loss
adjuster's firm that carries a family name ('Vinícola Zanella', 'Lombard Olbryś', 'Refalo Bros
Plumbing') no person either; a savings cooperative's ('Član:', 'Member no. 214:', 'Štediša:'), a
savings club's ('Kasa:', 'Skarbnik:', 'Treasurer:'), an arrears letter's ('Tenant:', 'Najemca:', 'Re:
arrears of'), a bookkeeper's invoice ('Bill to:', 'Contabilista:', 'Cliente:'), a crowdfunding page's
('Organiser:', 'Beneficiary:', 'Top donor:', 'Doador:'), a tax helper's ('Taxpayer:', 'Prepared by:',
'Podatnik:'), a pension letter's ('Pensioner:', 'Penzioner:', 'Beneficjent:'), a syndicate list's
('Syndicate line 3:', 'Collector:'), an insurance claim's ('Policyholder:', 'Loss adjuster:',
'Plumber:') and a pawnbroker's receipt ('Pledger:', 'Zastavni list izdan:') fields; over three quarters of
the sentences typed to the bot or a friend: the credit union's passbook and loan, the savings club's tin
and the Christmas payout, rent books and arrears letters, council-tax reminders and payment plans,
invoices and receipts in a shoebox for the bookkeeper, a crowdfunding page for a neighbour's roof, the
tax return and the helper who fills it in, pension letters and the annual statement, the lottery
syndicate's numbers and who owes for this week, the burst pipe, the dehumidifiers and the loss adjuster,
and a ring pawned and redeemed; self-hosted apps' config no earlier set pasted: Maybe Finance's .env for a
family's budget, InvoiceShelf's .env for a sole trader's invoices, Teedy's environment for the scanned
paperwork and Stirling-PDF's settings.yml for signing and merging claim forms; those regions' addresses
(Slavonia's 'Ulica kralja Tomislava 12, 31400 Đakovo' and a village's 'Kralja Zvonimira 112, 32275
Bošnjaci', Kurpie's Polish 'ul. Kościuszki 14 m. 3, 07-430 Myszyniec' with its flat after 'm.' and a
village's 'Łyse 112, 07-437 Łyse', the Serra Gaúcha's 'Rua Marechal Deodoro, 1234, apto 302, Centro, Bento
Gonçalves - RS, 95700-000' and a colony's 'Linha Leopoldina, s/n, Vale dos Vinhedos, Bento Gonçalves -
RS' and Gozo's 'Dar Sliem, Triq il-Għajn, Xagħra XRA 2210' with a house's name and the Maltese
postcode) and phones (Vinkovci's 032 and Đakovo's 031, Croatian mobiles 09x and '+385', Ostrołęka's 29,
Polish mobiles in threes and '+48', the Serra's '(54) 3452-1234' and mobiles '(54) 99123-4567' and '+55
54', and Gozo's 2155 and 2156, Maltese mobiles 79 and 99 and '+356'); Visa, Mastercard 51-55 and 2221,
Amex 37 and Brazil's Hipercard 606282 as a rent payment, a pawn redemption, a crowdfunding donation or
a plumber's bill take them; IBANs of Croatia, Poland, Brazil and Malta; IPs of the credit union's
passbook printer, the savings club's NAS with the spreadsheet, the bookkeeper's PC, the pawnshop's till,
the lottery kiosk's terminal, a dehumidifier's smart plug, a moisture logger, the landlord's router, the
tax helper's laptop, the scanner for the paperwork and the pastes above, v6 in 2a02:2a38:, 2a01:110f:,
2804:14c: and 2a00:1840: ranges; passwords handed over in ways no earlier set used (on the back of the
credit union's passbook, inside the savings club's tin lid, on the inside cover of the rent book, in the
margin of the pension letter, on the tab of the insurance claim folder, on a sticky note on the shoebox of
receipts, on the syndicate's ticket envelope, in the crowdfunding page's draft, on the tax helper's
folder, on the back of the loss adjuster's card), Slavonia ('Bosnjaci32275'), Kurpie ('Myszyniec07430'),
the Serra ('Vindima95700!'), Gozo ('Xaghra#2210'), money words in leetspeak ('4rr34r5', 'p3n510n'), a
syndicate's lottery numbers ('07-14-22-31-38-45') and a claim reference ('CLM-2024-0871x'), and cues in
Šokac ikavian ('lozinka je ..., nikom ni riči'), Kurpie Polish ('hasło je ..., nikomu nie gadej'), Talian
('la password la ze ..., no sta dirghelo a nissun') and Gozitan Maltese ('il-password hi ..., la tgħidha
lil ħadd'); usernames on JustGiving, Vakinha, Catarse, Zrzutka.pl, Allegro, Njuškalo, Mercado Livre,
Indiegogo, Kiva, Wise (a Wisetag), Monzo, Leetchi and Lottoland, shapes like 'x.kasa', 'x-syndicate7',
'kurp_x', 'x.x.rs', 'x42_gozo', 'x-sokac', 'x_x_58' and 'xx.invoices'; dates of birth for a credit union's
membership, a pension letter, a tax return, a syndicate's age check, an insurance claim and a
crowdfunding page's payout check, in Croatian with the month's genitive ('rođen sam 14. ožujka 1958.'), a
Croatian form's '14. 3. 1958.', Polish ('urodziłem się 14 marca 1958'), a Polish form's '14.03.1958 r.'
with the 'r.' outside the span, Brazilian Portuguese ('nasci em 14 de março de 1958'), a Brazilian form's
'14/03/1958', Maltese ('twelidt fl-14 ta' Marzu 1958') and an export's ISO date; typos as someone types
with a pile of letters on their knee: a money word's well-known misspelling ('receipt' -> 'reciept',
'arrears' -> 'arears', 'pension' -> 'pention', 'insurance' -> 'insurence') or a bookkeeper's shorthand
creeping into chat ('account' -> 'a/c', 'payment' -> 'pmt', 'reference' -> 'ref', 'balance' -> 'bal');
negatives with the same regions' places, the titles and the name forms explained, reference, member,
claim and ticket numbers alone, lottery numbers and draws, amounts, rates and dates that are no birthdays,
postcodes alone, businesses named after families, versions, a commit, placeholder secrets, a masked PIN,
test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), helpline numbers every
user shares, and short everyday chat; no public figure is named).

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

HELDOUT72_SEED = 5390261
# no faker name locale, as in held-out 16 to 70: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT72: list[str] = []
# money and paperwork at home (held-out 71, written at the same time, takes health and bodies outside
# hospitals); each origin: (men's given names, women's given names, family names); ';' separates names
# throughout, as some hold a space
NAMES_HELDOUT72: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Šokci of Slavonia: savings-cooperative members and lottery syndicates of Đakovo, Vinkovci and Županja
    "sokci": ("Stjepan;Đuro;Matija;Antun;Josip;Ivan;Pavao;Marko;Luka;Petar".split(";"),
              "Katarina;Terezija;Magdalena;Janja;Ruža;Marica;Lucija;Eva;Đurđa;Anka".split(";"),
              "Tadijanović;Jakobović;Lukačević;Mijatović;Ivanković;Šarčević;Jozić;Topalović;Mikić;Pavić;Grgić;Zorić".split(";")),
    # Kurpie of the Green Forest: savings clubs and rent arrears (the masculine form; see _pl_feminine)
    "kurpie": ("Stanisław;Józef;Jan;Antoni;Franciszek;Kazimierz;Tadeusz;Henryk;Wacław;Czesław".split(";"),
               "Jadwiga;Zofia;Stanisława;Marianna;Genowefa;Czesława;Janina;Halina;Teresa;Krystyna".split(";"),
               "Olbryś;Deptuła;Parzych;Bakuła;Pabich;Chrostek;Wilga;Łaszczych;Kaczyński;Dąbkowski;Gołębiewski;Brzozowski".split(";")),
    # Venetian-Brazilian families of the Serra Gaúcha: credit-union members and bookkeepers' clients
    "serra": ("Ivanir;Valdir;Claudino;Gelson;Ademir;Darci;Olívio;Ernani;Genuíno;Irineu".split(";"),
              "Neuza;Ivete;Lurdes;Nelsi;Dirce;Elisete;Genir;Marlene;Rosane;Iolanda".split(";"),
              "Zanella;Dal Pizzol;Tonietto;Valduga;Pizzato;Boscato;Bortolini;Dalla Costa;Da Ros;De Carli;Perini;Pasqualotto".split(";")),
    # Gozitans of Xagħra, Nadur, Victoria and Għajnsielem: lottery syndicates and burst-pipe claims
    "gozo": ("Ġużeppi;Ċensu;Karmnu;Pawlu;Ġorġ;Manwel;Salvu;Anġlu;Mikiel;Frans".split(";"),
             "Rożi;Marija;Karmela;Ġużeppina;Tereża;Pawla;Vitorja;Lela;Doris;Ċettina".split(";"),
             "Refalo;Bajada;Xuereb;Portelli;Debrincat;Mizzi;Cauchi;Saliba;Tabone;Formosa;Sultana;Buttigieg".split(";")),
}  # fmt: skip
# the Šokac short forms of given names, as the villages say them
SOKAC_SHORT_HELDOUT72 = {
    "Stjepan": "Stipo", "Đuro": "Đuka", "Matija": "Mato", "Antun": "Tuna", "Josip": "Jozo", "Ivan": "Ivo",
    "Pavao": "Pavo", "Petar": "Pero", "Katarina": "Kata", "Terezija": "Reza", "Magdalena": "Manda",
    "Lucija": "Luca",
}  # fmt: skip
# the Polish diminutives, as a Kurpie village says them (and after 'pan' and 'pani')
POLISH_SHORT_HELDOUT72 = {
    "Stanisław": "Staszek", "Józef": "Józek", "Jan": "Janek", "Antoni": "Antek", "Franciszek": "Franek",
    "Kazimierz": "Kazik", "Tadeusz": "Tadek", "Henryk": "Heniek", "Czesław": "Czesiek", "Jadwiga": "Jadzia",
    "Zofia": "Zośka", "Stanisława": "Stasia", "Marianna": "Maryśka", "Genowefa": "Gienia", "Czesława": "Czesia",
    "Janina": "Janka", "Krystyna": "Krysia", "Halina": "Halinka",
}  # fmt: skip
# a title next to the name (outside the span), with the origin, whether a woman and what it goes with
# ("family", "given", or "short": the given name as the village says it)
TITLED_HELDOUT72: dict[str, tuple[str, bool, str]] = {
    "teta": ("sokci", True, "short"),  # auntie, to an older woman
    "gđa": ("sokci", True, "family"),  # Croatian Mrs
    "pan": ("kurpie", False, "short"),  # Polish Mr, before the diminutive in a village
    "pani": ("kurpie", True, "short"),  # and Mrs
    "seu": ("serra", False, "given"),  # Brazilian Mr, before the given name
    "dona": ("serra", True, "given"),  # and Mrs
    "nono": ("serra", False, "given"),  # Talian grandad
    "nona": ("serra", True, "given"),  # and grandma
    "is-sur": ("gozo", False, "family"),  # Maltese Mr
    "is-sinjura": ("gozo", True, "family"),  # and Mrs
}
TITLE_SLOT_HELDOUT72 = re.compile(
    r"(?<![\w'-])(teta|gđa|pan|pani|seu|dona|nono|nona|is-Sur|is-Sinjura) \{\}", re.IGNORECASE
)
# IBANs of this set's people: a Slavonian saver's, a Kurpie club's, a Serra credit-union member's and a
# Gozitan syndicate's
IBAN_SHAPES_HELDOUT72 = {"HR": "17n", "PL": "24n", "BR": "23n1a1c", "MT": "4a5n18c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT72 = ["zadruga", "stednja", "lutrija", "kasa", "czynsz", "podatki", "emerytura", "cooperativa",
                      "vindima", "contabil", "poupanca", "lotto", "syndicate", "claims", "invoices", "pension",
                      "rent", "kurpie"]  # fmt: skip
# a money word and its well-known misspelling
MISSPELT_HELDOUT72 = {
    "receipt": "reciept", "arrears": "arears", "pension": "pention", "insurance": "insurence",
    "mortgage": "morgage", "separate": "seperate", "guarantee": "guarentee", "definitely": "definately",
    "lottery": "lotery", "council": "counsil", "necessary": "neccessary", "accommodation": "accomodation",
}  # fmt: skip
MISSPELT_WORD_HELDOUT72 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT72, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# a bookkeeper's shorthand creeping into chat
LEDGER_HELDOUT72 = {
    "account": "a/c", "payment": "pmt", "reference": "ref", "balance": "bal", "received": "rcvd",
    "amount": "amt", "outstanding": "o/s", "statement": "stmt", "invoice": "inv",
}  # fmt: skip
LEDGER_WORD_HELDOUT72 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(LEDGER_HELDOUT72, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Šarčević' -> 'sarcevic',
    'Dal Pizzol' -> 'dalpizzol', 'Ġużeppi' -> 'guzeppi')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept, as an English form writes a Maltese or Polish name
    ('Ġużeppi' -> 'Guzeppi', 'Ħ' -> 'H', 'Łaszczych' -> 'Laszczych', 'Đuka' -> 'Duka')."""
    name = name.translate(str.maketrans({"ħ": "h", "Ħ": "H", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}))
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _pl_feminine(family: str) -> str:
    """A Polish family name in a woman's form ('Kaczyński' -> 'Kaczyńska', 'Dąbkowski' -> 'Dąbkowska'); the
    others stay as they are ('Olbryś', 'Deptuła')."""
    if family.endswith(("ski", "cki")):
        return family[:-1] + "a"
    return family


class Gen72(Gen3):
    """Generators for held-out set 72: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT72; a Polish woman's family name in
        its feminine form."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT72))
        men, women, lasts = NAMES_HELDOUT72[origin]
        if woman is None:
            woman = rng.random() < 0.5
        last = rng.choice(lasts)
        if origin == "kurpie" and woman:
            last = _pl_feminine(last)
        return origin, rng.choice(women if woman else men), last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "sokci":
            if r < 0.25:  # a cooperative's list: 'Jakobović Janja'
                return f"{last} {first}"
            if r < 0.45 and first in SOKAC_SHORT_HELDOUT72:  # 'Đuka Šarčević'
                return f"{SOKAC_SHORT_HELDOUT72[first]} {last}"
        if origin == "kurpie":
            if r < 0.22:  # a Polish list: 'Deptuła Czesław'
                return f"{last} {first}"
            if r < 0.4 and woman:  # a married woman's two names: 'Jadwiga Kaczyńska-Parzych'
                own = _pl_feminine(rng.choice([x for x in NAMES_HELDOUT72["kurpie"][2] if x != last]))
                return f"{first} {last}-{own}"
            if r < 0.52 and first in POLISH_SHORT_HELDOUT72:  # 'Staszek Olbryś'
                return f"{POLISH_SHORT_HELDOUT72[first]} {last}"
        if origin == "serra":
            mother = rng.choice([x for x in NAMES_HELDOUT72["serra"][2] if x != last])
            if r < 0.2:  # a Brazilian form in capitals: 'IVANIR DAL PIZZOL'
                return f"{first} {last}".upper()
            if r < 0.5:  # the mother's family name before the father's: 'Ivete Bortolini Zanella'
                return f"{first} {mother} {last}"
        if origin == "gozo":
            if r < 0.22:  # an ID card: 'XUEREB Rożi'
                return f"{last.upper()} {first}"
            if r < 0.42:  # an English form without the Maltese letters: 'Guzeppi Refalo'
                return f"{_fold(first)} {last}"
        return f"{first} {last}"

    def _short(self, origin: str, first: str) -> str:
        """The given name as the village says it, where the origin has a short form."""
        if origin == "sokci":
            return SOKAC_SHORT_HELDOUT72.get(first, first)
        if origin == "kurpie":
            return POLISH_SHORT_HELDOUT72.get(first, first)
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
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('teta Reza', 'pani Jadzia', 'dona Neuza', 'is-Sinjura
        Bajada'), from the origin that uses it."""
        origin, woman, goes_with = TITLED_HELDOUT72[title.lower()]
        _, first, last, _ = self._origin_name(origin, woman)
        if goes_with == "short":
            return self._short(origin, first)
        return last if goes_with == "family" else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it."""
        m = TITLE_SLOT_HELDOUT72.search(template)
        if m:
            return self.titled_person(m.group(1))
        return self.person()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        # a Kurpie village, its postcode and the post office it belongs to
        village, vcode, vpost = pick([("Łyse", "437", "Łyse"), ("Czarnia", "431", "Czarnia"),
                                      ("Dylewo", "420", "Kadzidło"), ("Zalas", "420", "Kadzidło")])  # fmt: skip
        shapes = [
            f"Ulica {pick(['kralja Tomislava', 'Matije Gupca', 'Vladimira Nazora', 'bana Jelačića'])} {n}, 31400 Đakovo",
            f"{pick(['Ulica Ivana Gundulića', 'Trg bana Josipa Šokčevića', 'Ulica Hrvatskih žrtava', 'Duga ulica'])} {n}, 32100 Vinkovci",
            f"{pick(['Ulica Matije Gupca', 'Veliki kraj', 'Ulica dr. Franje Račkoga'])} {n}, 32270 Županja",
            f"{pick(['Kralja Zvonimira', 'Trg Nikole Šubića Zrinskog', 'Ulica sv. Martina'])} {rng.randint(1, 300)}, 32275 Bošnjaci",
            f"ul. {pick(['Kościuszki', 'Dudka', 'Ostrołęcka', 'Plac Wolności'])} {n} m. {rng.randint(1, 40)}, 07-430 Myszyniec",
            f"ul. {pick(['Targowa', 'Kościelna', 'Ostrołęcka'])} {n}, 07-420 Kadzidło",
            f"{village} {rng.randint(1, 260)}, 07-{vcode} {vpost}",
            f"ul. {pick(['Gomulickiego', 'Głowackiego', 'Kopernika'])} {n}/{rng.randint(1, 60)}, 07-410 Ostrołęka",
            f"Rua {pick(['Marechal Deodoro', 'Saldanha Marinho', 'Xingu', 'Treze de Maio'])}, {rng.randint(10, 2400)}, apto {rng.randint(1, 12)}0{rng.randint(1, 4)}, Centro, Bento Gonçalves - RS, 95700-0{rng.randint(0, 99):02d}",
            f"Rua {pick(['Os Dezoito do Forte', 'Sinimbu', 'Pinheiro Machado', 'Ernesto Alves'])}, {rng.randint(10, 3200)}, {pick(['São Pelegrino', 'Centro', 'Lourdes', 'Panazzolo'])}, Caxias do Sul - RS, 950{rng.randint(10, 99)}-{rng.randint(0, 999):03d}",
            f"Linha {pick(['Leopoldina', 'Palmeiro', 'Jansen', 'Eulália'])}, s/n, {pick(['Vale dos Vinhedos', 'Faria Lemos', 'Tuiuty'])}, Bento Gonçalves - RS",
            f"Rua {pick(['Borges de Medeiros', 'Dr. Montaury', 'Júlio de Castilhos'])}, {rng.randint(10, 900)}, {pick(['Flores da Cunha - RS, 95270-000', 'Garibaldi - RS, 95720-000'])}",
            f"{rng.randint(1, 80)}, Triq {pick(['il-Knisja', 'il-Għajn', 'Santa Marija', 'l-Imġarr'])}, {pick(['Xagħra XRA', 'Nadur NDR', 'Għajnsielem GSM'])} {rng.randint(1000, 2999)}",
            f"{pick(['Dar Sliem', 'Ave Maria', 'Il-Bejta', 'Santa Rita'])}, Triq {pick(['il-Għajn', 'Marsalforn', 'it-Tiġrija'])}, {pick(['Xagħra XRA', 'Żebbuġ ZBB', 'Xewkija XWK'])} {rng.randint(1000, 2999)}",
            f"Flat {rng.randint(1, 12)}, {pick(['Ta’ Ġenna Court', 'Ċitadella View', 'Il-Kappillan Flats'])}, Triq {pick(['ir-Repubblika', 'Putirjal', 'Fortunato Mizzi'])}, Victoria VCT {rng.randint(1000, 2999)}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT72)
        user = rng.choice([f"{first}.{last}", f"{subject}.{first}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}{rng.randint(1950, 2007)}",
                           f"{subject}_{last}", f"{first}-{subject}"])  # fmt: skip
        domain = rng.choice(["net.hr", "t-com.hr", "gmail.com", "wp.pl", "o2.pl", "interia.pl", "onet.pl",
                             "terra.com.br", "uol.com.br", "bol.com.br", "yahoo.com.br", "maltanet.net",
                             "go.net.mt", "melita.com", "outlook.com", "proton.me"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"032 {d(3)} {d(3)}",  # Vinkovci
            f"031 8{d(2)} {d(3)}",  # Đakovo
            f"09{rng.choice('12589')} {d(3)} {d(4)}",  # Croatian mobile
            f"+385 9{rng.choice('1258')} {d(3)} {d(4)}",
            f"+385 32 {d(3)} {d(3)}",
            f"29 7{d(2)} {d(2)} {d(2)}",  # Ostrołęka
            f"+48 29 7{d(2)} {d(2)} {d(2)}",
            f"{rng.choice(['501', '602', '665', '724', '788', '533'])} {d(3)} {d(3)}",  # Polish mobile
            f"+48 {rng.choice(['505', '603', '692', '798'])} {d(3)} {d(3)}",
            f"(54) 34{rng.choice(['52', '53', '54'])}-{d(4)}",  # Bento Gonçalves
            f"(54) 32{d(2)}-{d(4)}",  # Caxias do Sul
            f"(54) 99{d(3)}-{d(4)}",  # mobile of the Serra
            f"+55 54 99{d(3)}-{d(4)}",
            f"215{rng.choice('56')} {d(4)}",  # Gozo
            f"{rng.choice(['79', '99'])}{d(2)} {d(4)}",  # Maltese mobile
            f"+356 {rng.choice(['2155', '2156'])} {d(4)}",
            f"+356 {rng.choice(['79', '99'])}{d(2)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16),
                                     ("37", 15), ("606282", 16)])  # fmt: skip
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT72))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT72[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the credit union's passbook printer, the savings club's NAS, the
        bookkeeper's PC, the pawnshop's till, the lottery kiosk's terminal, a dehumidifier's smart plug, a
        moisture logger, the landlord's router, the tax helper's laptop, the scanner and this set's pastes;
        v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:2a38:{h()}:{h()}::{h()}", f"2a01:110f:{h()}:{h()}::{h()}", f"2804:14c:{h()}:{h()}::{h()}",
                         f"2a00:1840:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the passbook printer at the credit union is on {}, it jammed on my book again", v4),
            ("the savings club's nas with the spreadsheet is {}, can you get to it from home", rng.choice([v4, v6])),
            ("my bookkeeper's pc is {}, she wants me to drop the receipts folder on it", v4),
            ("the till at the pawnshop is {}, the receipt printer is offline", v4),
            ("the lottery kiosk's terminal is on {}, the syndicate ticket didn't print", v4),
            ("the smart plug on the dehumidifier is {}, it keeps switching off at night", v4),
            ("the moisture logger the insurers left is on {}, they read it remotely", rng.choice([v4, v6])),
            ("the landlord's router is {}, he says the rent portal runs off it", v4),
            ("the tax helper's laptop is {}, i'm sharing the pension letters to it", v4),
            ("the scanner for all the paperwork is on {}, it scans to the nas", v4),
            ("the maybe finance box at home is {} port 3000", rng.choice([v4, v6])),
            ("the invoiceshelf server for my invoices is on {}", rng.choice([v4, v6])),
            ("DB_HOST={}", v4),
            ("POSTGRES_HOST={}", v4),
            ("    host: {}", v4),
            ("  - ipv6_address: {}", v6),
            ("2024-12-02 09:14:07 WARN teedy: failed login for admin from {}", v4),
            ("[stirling-pdf] 2024-12-02T10:30:12Z 401 on /api/v1/security/add-password from {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Bosnjaci', 'Zupanja', 'Vinkovci', 'Djakovo'])}{rng.choice(['32275', '32270', '32100', '31400'])}",
                f"{rng.choice(['Myszyniec', 'Kadzidlo', 'Kurpie'])}{rng.choice(['07430', '07420', '!07'])}",
                f"{rng.choice(['Vindima', 'Polenta', 'Filo'])}{rng.choice(['95700', '95270', '54'])}{rng.choice(['!', '#', ''])}",
                f"{rng.choice(['Xaghra', 'Nadur', 'Ggantija'])}{rng.choice(['#2210', '_356', '3600'])}",
                rng.choice(["arrears", "pension", "receipts", "syndicate", "savings"]).translate(leet) + rng.choice(["", "!", "_72"]),
                "-".join(f"{x:02d}" for x in sorted(rng.sample(range(1, 50), 6))),
                f"CLM-{rng.randint(2019, 2025)}-{rng.randint(100, 9999):04d}{rng.choice('xkqz')}",
                f"{rng.choice(['kasa', 'zadruga', 'lotto', 'claim'])}-{w()}-{rng.randint(1, 999)}",
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
            ("the credit union app password is on the back of my passbook, {}", pw),
            ("the savings club's online banking is written inside the tin lid, {}", pw),
            ("the rent portal login is on the inside cover of the rent book, {}", pw),
            ("i wrote the pension portal password in the margin of the letter, {}", pw),
            ("the claim portal password is on the tab of the insurance folder, {}", pw),
            ("the bookkeeper's upload password is on a sticky note on the receipts shoebox, {}", pw),
            ("the lotto account password is on the syndicate's ticket envelope, {}", pw),
            ("the crowdfunding page login was in the draft of the appeal, {}", pw),
            ("the tax helper wrote the e-filing password on my folder, {}", pw),
            ("the loss adjuster wrote the portal password on the back of his card, {}", pw),
            ("the pin for the savings club's card is {}, don't lose the tin", d(4)),
            ("the key safe for the flat with the burst pipe is {}, the plumber needs it", d(4)),
            ("my council tax account password is {}, set up the payment plan for me", pw),
            ("ok the invoiceshelf admin password is {}, send the march invoices", pw),
            ("the syndicate's lottoland password is {}, check if line 3 won", pw),
            # cues in ways no earlier set used
            ("lozinka je {}, nikom ni riči", pw),
            ("hasło je {}, nikomu nie gadej", pw),
            ("la password la ze {}, no sta dirghelo a nissun", pw),
            ("il-password hi {}, la tgħidha lil ħadd", pw),
            # commands
            ("$ curl -u admin:{} http://invoices.local/api/v1/invoices", colonless),
            ("$ psql postgresql://maybe_user:{}@db:5432/maybe_production", colonless),
            ("$ docker exec teedy java -jar docs.jar --reset-admin {}", colonless),
            # pastes
            ("SECRET_KEY_BASE={}", tok(64, hexl)),
            ("POSTGRES_PASSWORD={}", pw),
            ("SYNTH_API_KEY={}", tok(32, hexl)),
            ("APP_KEY=base64:{}", tok(43, alnum) + "="),
            ("DB_PASSWORD={}", pw),
            ("MAIL_PASSWORD={}", pw),
            ("DATABASE_PASSWORD={}", pw),
            ("DOCS_SMTP_PASSWORD={}", pw),
            ("DOCS_ADMIN_PASSWORD_INIT={}", "$2a$10$" + tok(53, alnum + "./")),
            ("security:\n  initialLogin:\n    username: admin\n    password: {}", colonless),
            ('DATABASE_URL="postgresql://invoiceshelf:{}@db:5432/invoiceshelf"', colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.kasa', 'x-syndicate7', 'kurp_x', 'x42_gozo')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.kasa",
                f"{last}-syndicate{rng.randint(1, 9)}",
                f"kurp_{first}",
                f"{first}.{last}.rs",
                f"{last}{rng.randint(10, 99)}_gozo",
                f"{first}-sokac",
                f"{last}_{first[:1]}_{rng.randint(40, 99)}",
                f"{first[:1]}{last}.invoices",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=90)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "hr": f"{day}. {HR_MONTHS_HELDOUT72[m - 1]} {year}.",
            "hrd": f"{day}. {m}. {year}.",
            "pl": f"{day} {PL_MONTHS_HELDOUT72[m - 1]} {year}",
            "pld": f"{day:02d}.{m:02d}.{year}",
            "pt": f"{day} de {PT_MONTHS_HELDOUT72[m - 1]} de {year}",
            "ptd": f"{day:02d}/{m:02d}/{year}",
            "mt": f"{day} ta' {MT_MONTHS_HELDOUT72[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["hr", "hrd", "pl", "pld", "pt", "ptd", "mt", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("rođen sam {} the zadruga wants it for the membership", s["hr"]),
            ("the savings form wants the date as on the id card, mine is {}", s["hrd"]),
            ("urodziłem się {}, the pension office asked again", s["pl"]),
            ("the club's form says data urodzenia and i put {} r. like the id card", s["pld"]),
            ("nasci em {}, a cooperativa pediu pra atualizar o cadastro", s["pt"]),
            ("the credit union's form wants my date of birth, {}", s["ptd"]),
            ("twelidt fl-{}, the syndicate needs it for the over 18 check", s["mt"]),
            ("the insurance claim form asks for the policyholder's birthday, it's {}", any_shape),
            ("the tax helper needs my date of birth for the return, {}", any_shape),
            ("the crowdfunding payout check wanted a date of birth, i gave {}", any_shape),
            ("Datum rođenja: {}", s["hrd"]),
            ("Data urodzenia: {} r.", s["pld"]),
            ("Data de nascimento: {}", s["ptd"]),
            ("Data tat-twelid: {}", s["mt"]),
            ('  "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


# the months in the genitive, as a Croatian and a Polish date write them
HR_MONTHS_HELDOUT72 = "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split()
PL_MONTHS_HELDOUT72 = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
PT_MONTHS_HELDOUT72 = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
)
MT_MONTHS_HELDOUT72 = (
    "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru".split()
)


HELDOUT72_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} collects the savings club money every friday after mass",
        "can you ask {} if the syndicate money for this week is in",
        "{} is the treasurer of the zadruga now, the book is kept in a drawer",
        "{} owes three months of rent, the letter came today",
        "{} does my books and wants the receipts by the 10th",
        "{} set up the crowdfunding page for the roof after the storm",
        "{} helps the old people in the village with their tax returns",
        "{} got the pension letter saying the rate goes up in january",
        "{} checks the lotto numbers every saturday night for the whole street",
        "{} came round about the burst pipe, the loss adjuster",
        "{} pawned the gold chain again to pay the council tax",
        "{} redeemed the ring before the ticket ran out",
        "teta {} keeps the kasa tin under the bed",
        "gđa {} signs for the cooperative's loans",
        "pan {} still pays the rent in cash at the office",
        "pani {} runs the christmas savings club at the school",
        "seu {} is on the board of the credit union in bento",
        "dona {} does the books for half the wineries on the linha",
        "nono {} still keeps every receipt since 1970 in a biscuit tin",
        "nona {} gave fifty reais to the vakinha for the hospital bus",
        "is-Sur {} runs the syndicate from the band club",
        "is-Sinjura {} had the kitchen ceiling come down after the pipe burst",
        "{} is doing my tax return again this year for fifty",
        "i owe {} twenty euro for the syndicate, remind me",
        "{} says the council tax payment plan is accepted",
        "{} paid the plumber and wants half back from the landlord",
        "{} lent me the money for the deposit, pay it back by june",
        "{} was the top donor on the crowdfunding page",
        "{} brought the pension statement round, the numbers look wrong",
        "ok so {} is the one who signs the claim form, not me",
        "yes {} has the passbook, she went to the branch",
        "{} did the invoices for the van hire, check them",
        "{} from the credit union called about the loan",
        "{} forgot to pay the syndicate and our numbers came up lol",
        "{} is sorting the arrears with the housing office",
        "{} keeps the minutes of the savings club meetings",
        "{} is the collector for line 3 of the syndicate",
        "i'm meeting {} at the cooperative at 9 about the loan",
        "{} wrote the appeal text for the crowdfunding page",
        "{} explained the pension letter better than the office did",
        "{} took the dehumidifiers back to the hire shop",
        "{} sent the bookkeeper the bank statements by mistake twice",
        "Član: {}",
        "Member no. 214: {}",
        "Štediša: {}",
        "Kasa: {}",
        "Skarbnik: {}",
        "Treasurer: {}",
        "Tenant: {}",
        "Najemca: {}",
        "Re: arrears of {}",
        "Bill to: {}",
        "Contabilista: {}",
        "Cliente: {}",
        "Organiser: {}",
        "Beneficiary: {}",
        "Top donor: {}",
        "Doador: {}",
        "Taxpayer: {}",
        "Prepared by: {}",
        "Podatnik: {}",
        "Pensioner: {}",
        "Penzioner: {}",
        "Beneficjent: {}",
        "Syndicate line 3: {}; {}",
        "Collector: {}",
        "Policyholder: {}",
        "Loss adjuster: {}",
        "Plumber: {}",
        "Pledger: {}",
        "Zastavni list izdan: {}",
        "| 0871 | kitchen ceiling | {} |",
        '"account_holder": "{}",',
    ],
    "STREET_ADDRESS": [
        "the arrears letter went to {}",
        "send the claim forms to {}",
        "the savings club meets at {} now",
        "the bookkeeper's office moved to {}",
        "the burst pipe was at {}, the flat below got it too",
        "the pension letters still go to {}",
        "the crowdfunding page is for the family at {}",
        "Adresa: {}",
        "Adres: {}",
        "Endereço: {}",
        "Indirizz: {}",
        "Risk address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the receipts to {}",
        "the syndicate results come from {}",
        "email the tax helper at {} for the forms",
        "the claim updates come from {}",
        "E-mail (član): {}",
        '"email": "{}",',
        "MAIL_FROM_ADDRESS={}",
        "DOCS_SMTP_USERNAME={}",
    ],
    "PHONE_NUMBER": [
        "the credit union's number is {}",
        "call the plumber on {} if it leaks again",
        "my bookkeeper's mobile is {}",
        "the landlord is on {}, ring him about the arrears",
        "ring the syndicate collector on {} before the draw",
        "Tel.: {}",
        "Telefone: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the rent arrears with {}",
        "the donation went on {}",
        "the ring redemption went on {}",
        "put the plumber's bill on {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the savings club into {}",
        "the bookkeeper wants her fee to {}",
        "the insurers pay the claim out to {}",
        "the syndicate's account is {}",
        "IBAN: {}",
        "IBAN (uplata štednje): {}",
    ],
    "USERNAME": [
        "my JustGiving page is under {}",
        "on Vakinha the campaign is by {}",
        "the Catarse project is from {}",
        "on Zrzutka.pl I'm {}",
        "my Allegro login is {}",
        "on Njuškalo the seller is {}",
        "on Mercado Livre I'm {}",
        "the Indiegogo campaign is run by {}",
        "my Kiva lender name is {}",
        "my Wisetag is {}",
        "on Monzo I'm {}",
        "the Leetchi pot is by {}",
        "my Lottoland login is {}",
        "pay the syndicate on Monzo, {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT72_MIXED = [
    ("Član: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Prepared by: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("POSTGRES_HOST={}\nPOSTGRES_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:3000/api/v1/invoices", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} has the savings club's online banking, it's {}", ["PERSON", "SECRET"]),
    ("Policyholder: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Wisetag is {}, the refund goes to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the arrears came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the plumber with {}", ["PERSON", "CREDIT_CARD"]),
    ("dona {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Tenant: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Beneficiary: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT72_NEGATIVES = [
    "the Šokci are Croatian Catholics of Slavonia and Bačka",
    "Đakovo, Vinkovci and Županja are in Slavonia",
    "31400 is Đakovo and 32100 is Vinkovci",
    "teta means auntie and people use it for any older woman",
    "gđa is short for gospođa, Mrs in Croatian",
    "Stipo is what the villages call a Stjepan",
    "a štedno-kreditna zadruga is a savings and credit cooperative",
    "the Kurpie live around the Green Forest north of Ostrołęka",
    "07-430 is Myszyniec and 07-420 is Kadzidło",
    "a Polish woman's surname ending in -ski becomes -ska",
    "in a Polish village pan and pani go before the given name",
    "m. 3 in a Polish address is the flat number",
    "Lombard Olbryś is a pawnshop, not a person",
    "the Serra Gaúcha is the wine country of Rio Grande do Sul",
    "Talian is the Venetian dialect the colonies still speak",
    "Brazilians write the mother's surname before the father's",
    "seu and dona go before a given name in Brazil",
    "nono and nona are grandad and grandma in Talian",
    "Vinícola Zanella is a winery, not a person",
    "a linha is one of the old colonial roads in the Serra",
    "95700-000 is the postcode of Bento Gonçalves",
    "the first credit cooperative in Brazil opened in 1902",
    "Gozo is the second island of Malta",
    "Xagħra, Nadur and Għajnsielem are villages in Gozo",
    "XRA is the Xagħra postcode and VCT is Victoria",
    "is-Sur and is-Sinjura are Mr and Mrs in Maltese",
    "Refalo Bros Plumbing fixed the pipe, they're a firm",
    "the Ġgantija temples are older than the pyramids",
    "member no. 214 has paid up to March",
    "claim CLM-2024-0871 is still with the adjuster",
    "pawn ticket 5521 runs out on the 30th",
    "invoice 2024-031 is for 450 euros",
    "reference 77/2024 is on the arrears letter",
    "the syndicate plays lines 1 to 6 every Saturday",
    "the numbers were 7, 14, 22, 31, 38 and 45",
    "the Eurojackpot draw is on Tuesday and Friday",
    "we matched three numbers and won 12 euros",
    "the savings club pays out on the 15th of December",
    "the club has 38 members who put in 20 zloty a week",
    "the arrears are 1,240 euros over four months",
    "council tax goes up by 4.99% from April",
    "the payment plan is 60 a month for ten months",
    "the loan is 5,000 reais over 24 months at 1.2% a month",
    "the pension goes up by 2.6% next year",
    "the tax return is due on the 30th of April",
    "the bookkeeper charges 80 reais a month for an MEI",
    "the crowdfunding page raised 3,400 of 5,000",
    "the platform takes 2.9% and 30 cents a donation",
    "the ring was pawned for 300 and redeemed for 342",
    "gold was 58 euros a gram at the pawnshop",
    "the dehumidifiers ran for 21 days",
    "the excess on the policy is 250 euros",
    "the ceiling dried out after three weeks",
    "the loss adjuster comes between 9 and 1",
    "the branch opens at 8:30 and closes at 14:00",
    "order 66120 is two box files and a shredder",
    "Maybe Finance 0.4 added the new budgets",
    "InvoiceShelf 2.0 moved to Laravel 11",
    "Teedy 1.11 added the new OCR languages",
    "Stirling-PDF 0.36 changed the login page",
    "fixed in commit 4e81b0c, see the changelog",
    "SECRET_KEY_BASE=",
    "POSTGRES_PASSWORD=<your db password>",
    "DB_PASSWORD=secret",
    "APP_KEY=base64:your-app-key",
    "card PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "PL61 1090 1014 0000 0712 1981 2874 is the example IBAN in the docs",
    "HR12 1001 0051 8630 0016 0 is the example IBAN in the docs",
    "write to member@example.org on the form",
    "192.0.2.72 is a documentation address",
    "198.51.100.72 is a documentation address",
    "2001:db8:72::1 is a documentation address",
    "call 112 for emergencies anywhere in the EU",
    "did the pension letter come yet",
    "the receipts are in the shoebox on the fridge",
    "ok the claim went through, finally",
    "yes the rent is paid, thanks",
    "WE WON THE SYNDICATE",
    "bok, vidimo se u zadruzi",
    "dzień dobry, czy kasa jest otwarta",
    "bom dia, tudo certo com o boleto?",
    "saħħa, narak il-Ħadd",
]  # fmt: skip


def _typo72(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': as someone types with a pile of letters on their
    knee, a money word's well-known misspelling ('receipt' -> 'reciept', 'arrears' -> 'arears', 'pension'
    -> 'pention'), or a bookkeeper's shorthand creeping into chat ('account' -> 'a/c', 'payment' -> 'pmt',
    'reference' -> 'ref'). Only in sentences typed to the bot or a friend; a title next to a name stays as
    written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT72.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT72[m.group(1)] + template[m.end() :]
    shorts = list(LEDGER_WORD_HELDOUT72.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + LEDGER_HELDOUT72[m.group(1)] + template[m.end() :]


def build_heldout72(seed: int = HELDOUT72_SEED) -> list[Example]:
    """Held-out set 72: `Gen72` values in `HELDOUT72_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen72(seed)
    return assemble_module_set(
        gen, HELDOUT72_TEMPLATES, HELDOUT72_MIXED, HELDOUT72_NEGATIVES, _typo72, person=gen.person_for
    )
