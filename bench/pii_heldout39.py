"""Held-out PII set 39 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout39": written before round 30 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT39 is empty, as for
held-out 16 to 38; written at the same time as held-out 40, the two authors split the world between them: 39
takes money and work in offices and warehouses (banking and branch counters, insurance claims, accounting and
payroll, HR and recruitment, call centres, logistics, warehouses and couriers' depots, retail chains and shop
floors, estate agents), 40 takes leisure and travel (hotels and hostels, tourism, festivals, museums, cinemas
and theatres, restaurant bookings, gyms and pools, libraries, cruises)); hand-written lists of Nattukottai
Chettiars of Karaikudi, Kanadukathan and Singapore (the bankers' and pawnbrokers' community: a given name after
the initials of the father's and the family's names, or with the community's name after it: 'SP. Muthiah',
'Annamalai Chettiar', 'Umayal Karuppan'), Ismaili Khojas of Dar es Salaam, Kampala and Burnaby (compound given
names in -ali and -din, family names from a forebear's given name in -ji, and a woman's husband's or father's
given name between hers and the family name: 'Amirali Somji', 'Gulshan Nizar Lakhani'), Shia Lebanese of
Abidjan, Freetown and Dakar (import-export houses and warehouses; South Lebanon family names in their French
spelling, sometimes the father's given name between as Lebanese papers give it: 'Hussein Fakih', 'Zeinab
Tajideen', 'Mohamad Kassem Bazzi'), Moldovans of Padua, Parma and Bologna's Interporto (logistics and care
agencies; Moldovan given names in their Romanian spelling or the Russian-passport one: 'Veaceslav Rotari',
'Viaceslav Rotari', 'Nadejda Cebotari'), Vietnamese of Prague's Sapa market, Cheb and Warsaw's Wólka Kosowska
(wholesale halls and corner shops; names without diacritics in Vietnamese order, given names first as a
residence card gives them, or a Czech register's feminine -ová: 'Nguyen Van Hung', 'Thi Lan Pham', 'Huong
Nguyenová'), Sri Lankan Tamils of Scarborough and Markham (call centres, warehouses of the 401 corridor and
accounting firms; the father's given name as the family name, or its initial before the given name:
'Tharshan Sivakumar', 'S. Tharshan', 'Mathuja Thevarajah'), Dominicans of Washington Heights, the Bronx and
Santo Domingo's call centres (bodegas and bilingual call centres; Dominican given names and two family names,
the father's and the mother's: 'Yokasta Almonte Peña', 'Anyelo De los Santos') and Lohana Gujaratis of
Leicester's Belgrave Road, Wembley and Nairobi (corner shops, cash-and-carries, pharmacies and accountants;
'-bhai' and '-ben' joined to the given name: 'Hasmukhbhai Thakrar', 'Hansaben Kotecha', 'Dilip Ruparelia');
'Hajj X' (Lebanese), 'Mukhi X' (an Ismaili jamatkhana's officer), 'Don X' and 'Doña X' (Dominican), 'Thiru X'
(Tamil), 'anh X' and 'chị X' (Vietnamese) and 'doamna X' (Moldovan) with the title outside the span, and
insurance ('Loss adjuster:'), warehouse ('Picker:', 'Packed by:'), courier ('Consignee:', 'Signed for by:'),
shop ('Cashier:', 'Store manager:'), bank ('Branch manager:', 'Authorised signatory:', 'Remitter:'), pawn
('Pawnor:'), HR ('Hiring manager:'), accounts ('Approved by:'), estate-agent ('Negotiator:', 'Key holder:')
fields; over three quarters of the sentences typed to the bot or a friend: branch counters, loans, pawn
tickets and remittances, insurance claims and loss adjusters, payslips, payroll runs, P60s and tax codes,
invoices and month-end, interviews, offers, onboarding and rotas, call-centre shifts, queues and wallboards,
depots, pallets, pick rates and forklifts, courier rounds and missed deliveries, tills, cash-ups and
stocktakes, lettings, viewings, deposits and completions; self-hosted apps' config no earlier set pasted:
OrangeHRM Conf.php, OpenCATS config.php, TimeTrex timetrex.ini.php, Jorani database.php, Bigcapital .env,
iDempiere idempiereEnv.properties, OpenBoxes openboxes.yml and openboxes-config.properties, FreePBX
freepbx.conf, Asterisk manager.conf, VICIdial astguiclient.conf, uniCenta oPOS unicentaopos.properties,
PrestaShop parameters.php, Kill Bill killbill.properties and Cyclos cyclos.properties; those regions'
addresses (Karaikudi and Kanadukathan with the 630xxx PIN, Singapore HDB blocks with '#05-67', Kariakoo plots
and P.O. boxes in Dar es Salaam, Kampala plots, Burnaby and Vancouver with the Canadian postcode, Treichville's
'Avenue 16, Rue 12', Abidjan's '01 BP', Freetown's Kissy Road, Dakar's Rue Wagane Diouf, Padova, Parma and
Bologna with the province in brackets, the Interporto's blocks, Chișinău with 'MD-2001', Prague's
'Libušská 319/126, 142 00 Praha 4' with the two house numbers, Cheb, Warsaw's 'ul. Marywilska 44 m. 5',
Wólka Kosowska, Scarborough and Markham units, Jaffna, Washington Heights and the Bronx apartments, Santo
Domingo's 'C/ ... No. ..., Ensanche ...', Santiago de los Caballeros, Leicester's LE4, Wembley's HA0, Nairobi's
'P.O. Box 12345-00100') and phones (Karaikudi 04565, Singapore mobiles, Tanzanian and Ugandan mobiles, Dar es
Salaam 022, Vancouver (604) and (778), Ivorian ten-digit numbers, Sierra Leone and Senegal mobiles, Padova
049, Parma 0521, Bologna 051, Moldovan mobiles and Chișinău 022, Czech and Polish mobiles, Prague 2 and Warsaw
22, Toronto (416) and (647), Markham (905), Sri Lankan mobiles, the Dominican (809), (829) and (849), New
York (646) and (718), Leicester 0116, Wembley 020 8, Kenyan mobiles); Visa, Mastercard 51-55 and 2221-2720,
Amex 34 and 37, Diners Club 36 (14 digits, 4-6-4), Discover 6011 and 65, Maestro 6759 and a 19-digit
UnionPay 62, some with hyphens between groups as a receipt or a claim form prints them; IBANs of the Czech
Republic, Poland, Italy, Moldova, the United Kingdom, the Dominican Republic, Lebanon, France and the
United Arab Emirates (every IBAN country was used by an earlier set; these fit this set's people); IPs in
card-terminal, till, self-checkout, handheld-scanner, label-printer, pick-to-light, conveyor PLC, weighbridge,
dock-door, forklift telematics, clocking-in terminal, cash-recycler, cheque-scanner, key-cabinet,
call-centre dialer and wallboard, softphone, shelf-label base station and estate-agent window-screen chat and
in the pastes above, an Asterisk security log and a HAProxy line, v6 in 2a00:1028, 2a01:110f, 2001:b07,
2607:fea8, 2c0f:f8f0 and 2803:1500 ranges; passwords handed over in ways no earlier set used (on the back of
a payslip, on a till receipt, on the sticker of a handheld scanner, read out by a call-centre team leader,
in HR's onboarding pack, on a pawn ticket, in an estate agent's key-safe note, on the forklift's dashboard,
under the cash drawer, on a branch whiteboard, on the courier's manifest, texted by the recruiter), the
cash-office safe code, the till supervisor's PIN, the key-safe code, Chettinad's year ('Chettinad#1926'),
the Ugandan Asians' year ('Kampala1972!'), Sapa's address ('Sapa#Libus319'), Moldova's independence
('Chisinau_1991'), the 401 ('Hwy401-Scarborough'), the Dominican independence day ('27deFebrero1844'),
Treichville ('Treichville!225'), Belgrave Road ('BelgraveRd#LE4'), accounting words ('Ledger#Q3-24',
'MonthEnd_0331'), leetspeak of warehouse and payroll words ('p4yr0ll', 'w4r3h0us3'), words joined by plus
signs ('pallet+mango+till+24'), Xero, QuickBooks and FreeAgent client secrets, BambooHR and Checkr API
keys, Personio credentials, Deel and Rippling tokens, TrueLayer and Codat secrets, ShipStation, DHL and
Sendcloud keys, Genesys Cloud and Aircall tokens, Recurly keys, Klarna, Przelewy24, Comgate and Wave
credentials, and cues in Tamil ('கடவுச்சொல்'), Vietnamese typed without its accents ('mat khau la'), Gujlish
('password ... che'), Ivorian French ('le code c'est ..., on dit quoi') and Lebanese Arabizi ('l password
taba3 ...'); usernames on Glassdoor, Indeed, Totaljobs, Trustpilot, Fishbowl, Spiceworks, r/AmazonFC,
Kijiji, RedFlagDeals, Wykop, Pracuj.pl, Jobs.cz, Bazoš, Sreality, Otodom, Subito, Immobiliare.it, 999.md,
Odnoklassniki, Zalo, Seznam, Rightmove and Zoopla, shapes like 'x.payroll', 'y_picker7', 'till.x',
'y-ledger-24', 'bay12.x', 'y.cashup', 'x_audit', 'depot.y', 'x.lettings', 'y_payslip' and 'x-forklift';
dates of birth in Tamil ('பிறந்த தேதி'), Czech with its spaced dots ('narozena 12. 8. 1974'), Polish ('ur.
12.08.1974', 'data urodzenia'), Vietnamese ('sinh ngày'), Romanian ('data nașterii'), Dominican Spanish
('nacida el 12 de agosto de 1974'), Ivorian French ('né le ... à Treichville'), Indian hyphens
('12-08-1974'), American ('08/12/1974') and Ontario ('1974/08/12') forms, a COBOL payroll record's PIC 9(8),
SQL Server's CONVERT(date, ..., 112), pandas' pd.Timestamp(), java.sql.Date.valueOf() and GNU date -d, on
payroll, HR, onboarding, insurance, bank and tenancy papers; typos as a Vietnamese Telex input method left on
('need' -> 'nêd', 'now' -> 'nơ', 'address' -> 'ađress', 'is' -> 'í') or a Czech keyboard's number row typing its
accented letters for digits ('at 9' -> 'at í'); negatives with the same regions' places, the initials,
-ji, father's-name, Russian-passport, -ová, patronymic, two-surname and -bhai and -ben conventions explained,
bank, insurance, payroll, HR, call-centre, warehouse, courier, shop and estate-agent talk, a payday, a
completion date, a start date and a contract end that are not birthdays, invoice, purchase-order, policy,
claim, employee, payroll, pallet, SKU, tracking, container and ticket numbers, a tax code, EAN barcodes, a
masked card, a version, OrangeHRM, FreePBX and VICIdial boilerplate, placeholder secrets, a test card,
example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers, and short everyday
chat).

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

HELDOUT39_SEED = 7316458
# no faker name locale, as in held-out 16 to 38: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT39: list[str] = []
# money and work in offices and warehouses: banks, insurance, payroll and accounts, HR and recruitment, call
# centres, logistics, depots, shops and estate agents (held-out 40, written at the same time, takes leisure
# and travel); each origin: (men's given names, women's given names, family names)
NAMES_HELDOUT39: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Nattukottai Chettiars of Karaikudi, Kanadukathan and Singapore (banks, pawnbroking, moneylending): the
    # family names are fathers' given names; the initials are in CHETTIAR_INITIALS_HELDOUT39
    "chettiar": ("Muthiah Annamalai Lakshmanan Arunachalam Palaniappan Chidambaram Meyyappan Alagappan Valliappan".split(),
                 "Visalakshi Umayal Valliammai Sigappi Alamelu Nachiammai Seethalakshmi Meenal".split(),
                 "Karuppan Somasundaram Sockalingam Nagappan Veerappan Periannan Solaiyappan Ramaswamy".split()),
    # Ismaili Khojas of Dar es Salaam, Kampala and Burnaby (shops, accountants, remittances)
    "khoja": ("Amirali Nizar Shamshudin Karim Zulfikar Nurdin Sadrudin Mansoor Badrudin".split(),
              "Nurjehan Rozmin Shirin Gulshan Almas Zarina Khatija Shamim Yasmin".split(),
              "Hirji Merali Dhanani Virani Somji Karmali Jiwani Lakhani Walji Premji Damji Jivraj".split()),
    # Shia Lebanese of Abidjan, Freetown and Dakar (import-export houses, warehouses, wholesale)
    "lebanese_wa": ("Hussein Abbas Kassem Hassan Ali Mohamad Fouad Khalil Wissam Jihad".split(),
                    "Zeinab Fatima Hiba Rola Nisrine Rana Mariam Ghada Batoul".split(),
                    "Bazzi Fakih Tajideen Mroueh Ezzeddine Hijazi Fawaz Beydoun Cherri Khalifeh Sabeh".split()),
    # Moldovans of Padua, Parma and Bologna's Interporto (logistics, warehouses, care agencies): the
    # Russian-passport spelling of a given name is in MOLDOVAN_RUSSIAN_HELDOUT39
    "moldovan": ("Ion Vasile Veaceslav Sergiu Igor Vitalie Dumitru Serghei Iurie".split(),
                 "Nadejda Olesea Natalia Svetlana Tatiana Ludmila Cristina Liliana Angela".split(),
                 "Rusu Ceban Cojocaru Ciobanu Munteanu Botnari Cebotari Rotari Bivol Gutu Turcanu Postolachi".split()),
    # Vietnamese of Prague's Sapa, Cheb and Warsaw's Wólka Kosowska (wholesale halls, corner shops): the given
    # names are one or two syllables; the middle names are in VIETNAMESE_MIDDLE_HELDOUT39
    "vietnamese_cz": ("Hung Tuan Dung Thanh Long Quang Cuong Hieu Duc".split(),
                      ["Lan", "Huong", "Mai", "Hoa", "Thu", "Ngoc Anh", "Trang", "Thuy", "Thu Trang"],
                      "Nguyen Tran Pham Le Hoang Vu Dang Bui Do Ngo".split()),
    # Sri Lankan Tamils of Scarborough and Markham (call centres, warehouses, accounting): the family name is
    # the father's given name
    "lankan_tamil": ("Tharshan Nirojan Kajanan Thuvarakan Sujeevan Pirashanth Mayooran Kirushanth".split(),
                     "Thushyanthi Mathuja Sinthuja Luxmi Kirthiga Abinaya Keerthana Tharani".split(),
                     "Sivakumar Thevarajah Ratnasingam Kanagalingam Balasingam Yogarajah Jeyakumar Sivapalan Nadarajah Selvarajah Mahalingam".split()),
    # Dominicans of Washington Heights, the Bronx and Santo Domingo (bodegas, bilingual call centres)
    "dominican": ("Yunior Anyelo Wander Starlin Yoel Franklyn Elvin Radhames Wascar Yeuri".split(),
                  "Yokasta Franchesca Yohanny Yaneisy Dilcia Yessenia Mileidy Yudelka".split(),
                  ["Almonte", "Peña", "Rosario", "Tavárez", "Reynoso", "Then", "De los Santos", "Polanco",
                   "Ventura", "Mejía", "Núñez", "Batista"]),
    # Lohana Gujaratis of Leicester's Belgrave Road, Wembley and Nairobi (corner shops, cash-and-carries,
    # pharmacies, accountants)
    "lohana": ("Dilip Jayesh Hasmukh Rasik Nilesh Pravin Kishor Mukesh Bharat".split(),
               "Hansa Jayshree Kokila Bhavna Rekha Nisha Pushpa Manjula".split(),
               "Thakrar Kotecha Ruparelia Majithia Chandarana Raichura Popat Pabari Sodha Karia Tanna Ganatra".split()),
}  # fmt: skip
# the initials of the father's and the family's names a Chettiar writes before the given name
CHETTIAR_INITIALS_HELDOUT39 = ["SP.", "AL.", "RM.", "PL.", "AR.", "KR.", "VR.", "SV.", "AN.", "M."]
MOLDOVAN_RUSSIAN_HELDOUT39 = {"Veaceslav": "Viaceslav", "Nadejda": "Nadezhda", "Olesea": "Olesya",
                              "Vitalie": "Vitaliy", "Serghei": "Sergey", "Ludmila": "Lyudmila", "Iurie": "Yuriy"}  # fmt: skip
VIETNAMESE_MIDDLE_HELDOUT39 = {"man": ["Van", "Duc", "Minh", "Quoc"], "woman": ["Thi", "Ngoc", "Thanh"]}
# a title before the name (outside the span) goes with the origins that use it
TITLED_HELDOUT39: dict[str, list[str]] = {
    "hajj": ["lebanese_wa"],  # a man who has made the pilgrimage; older Lebanese traders go by it
    "mukhi": ["khoja"],  # a jamatkhana's officer, a man
    "don": ["dominican"],  # a bodega's owner, a man
    "doña": ["dominican"],  # a woman
    "thiru": ["lankan_tamil"],  # Mr, in Tamil
    "anh": ["vietnamese_cz"],  # an older brother, said of a man
    "chị": ["vietnamese_cz"],  # an older sister, said of a woman
    "doamna": ["moldovan"],  # Mrs, in Romanian
}
TITLE_SLOT_HELDOUT39 = re.compile(r"\b(hajj|mukhi|doña|don|thiru|anh|chị|doamna) \{\}", re.IGNORECASE)
# every IBAN country was used by an earlier set: these fit this set's people
IBAN_SHAPES_HELDOUT39 = {
    "CZ": "20n", "PL": "24n", "IT": "1a10n12c", "MD": "2c18c", "GB": "4a14n", "DO": "4c20n", "LB": "4n20c",
    "FR": "10n11c2n", "AE": "3n16n",
}  # fmt: skip
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT39 = ["payroll", "invoices", "claims", "hr", "recruit", "depot", "stock", "till", "branch",
                      "lettings", "accounts", "loans", "pawn", "dispatch", "rota", "cashup"]  # fmt: skip
# slips outside the slots: a Vietnamese Telex input method left on ('ee' -> 'ê', 'oo' -> 'ô', 'dd' -> 'đ',
# 'aa' -> 'â', 'ow' -> 'ơ', 'aw' -> 'ă'), or a Czech keyboard's number row typing its letters for digits
TELEX_HELDOUT39 = {"ee": "ê", "oo": "ô", "dd": "đ", "aa": "â", "ow": "ơ", "aw": "ă"}
TELEX_PAIR_HELDOUT39 = re.compile(r"(?<=[a-z])(ee|oo|dd|aa)|(?<=[a-z])(ow|aw)\b")
# Telex's tone keys after a short word's last vowel: s acute, f grave, r hook, x tilde, j dot below ('is' -> 'í',
# 'of' -> 'ò', 'for' -> 'fỏ')
TELEX_TONES_HELDOUT39 = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
TELEX_TONE_HELDOUT39 = re.compile(r"(?<![\w{}])[a-z]{0,2}([aeiou])([sfrxj])\b")
CZECH_DIGITS_HELDOUT39 = str.maketrans("1234567890", "+ěščřžýáíé")
CZECH_DIGIT_HELDOUT39 = re.compile(r"\d")
ES_MONTHS_HELDOUT39 = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                       "diciembre").split()  # fmt: skip
EN_MONTHS_HELDOUT39 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Tavárez' -> 'tavarez',
    'De los Santos' -> 'delossantos', 'Nguyenová' -> 'nguyenova')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen39(Gen3):
    """Generators for held-out set 39: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT39 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT39))
        men, women, lasts = NAMES_HELDOUT39[origin]
        woman = rng.random() < 0.5
        given = rng.choice(women if woman else men)
        last = rng.choice(lasts)
        if origin == "moldovan" and given in MOLDOVAN_RUSSIAN_HELDOUT39 and rng.random() < 0.35:
            given = MOLDOVAN_RUSSIAN_HELDOUT39[given]  # the Russian-passport spelling
        if origin == "dominican" and rng.random() < 0.45:  # the mother's family name after the father's
            last = f"{last} {rng.choice([x for x in lasts if x != last])}"
        return origin, given, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.6:
            name = f"{first} {last}"
            if origin == "chettiar" and rng.random() < 0.5:
                if not woman and rng.random() < 0.4:  # the community's name after the given name
                    name = f"{first} Chettiar"
                else:  # the father's and the family's initials before it
                    name = f"{rng.choice(CHETTIAR_INITIALS_HELDOUT39)} {first}"
            elif origin == "khoja" and woman and rng.random() < 0.5:  # a husband's or father's given name
                name = f"{first} {rng.choice(NAMES_HELDOUT39['khoja'][0])} {last}"
            elif origin == "lebanese_wa" and rng.random() < 0.3:  # the father's given name between
                name = f"{first} {rng.choice(NAMES_HELDOUT39['lebanese_wa'][0])} {last}"
            elif origin == "vietnamese_cz":
                middle = rng.choice(VIETNAMESE_MIDDLE_HELDOUT39["woman" if woman else "man"])
                v = rng.random()
                if v < 0.35:  # Vietnamese order
                    name = f"{last} {middle} {first}"
                elif v < 0.6:  # given names first, as a residence card gives them
                    name = f"{middle} {first} {last}"
                elif woman and v < 0.8:  # a Czech register's feminine family name
                    name = f"{first} {last}ová"
            elif origin == "lankan_tamil" and rng.random() < 0.35:  # the father's initial before the name
                name = f"{last[0]}. {first}"
            elif origin == "lohana" and rng.random() < 0.45:  # -bhai and -ben joined to the given name
                name = f"{first}{'ben' if woman else 'bhai'} {last}"
        elif r < 0.75:
            name = first
        elif r < 0.85:
            name = last
        else:  # the given name's initial and the family name, as a payslip or a badge gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.06 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.09 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Hajj X', 'Doña X', 'anh X'), from the origins that use it."""
        rng = self.rng
        title = title.lower()
        origin = rng.choice(TITLED_HELDOUT39[title])
        men, women, lasts = NAMES_HELDOUT39[origin]
        woman = title in ("doña", "chị", "doamna")
        given = rng.choice(women if woman else men)
        last = rng.choice(lasts)
        r = rng.random()
        if title in ("anh", "chị"):  # a Vietnamese goes by the last given syllable
            return given.split()[-1]
        if title == "doamna":  # the family name, or the given name among colleagues
            return last if r < 0.6 else given
        if title == "thiru":
            return f"{given} {last}" if r < 0.5 else (f"{last[0]}. {given}" if r < 0.75 else given)
        # Hajj, Mukhi, Don and Doña go with the given name, the family name after it or not
        return f"{given} {last}" if r < 0.4 else given

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT39.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng = self.rng
        pick = rng.choice
        shapes = [
            f"No. {rng.randint(1, 90)}, {pick(['Sekkalai Road', 'Muthupattinam 2nd Street', 'Kallukatti North'])}, Karaikudi 630 00{rng.randint(1, 3)}",
            f"{rng.randint(1, 60)}, {pick(['Chettiar Street', 'AR. Street', 'Periya Veedhi'])}, Kanadukathan 630103, Sivaganga Dt.",
            f"Blk {rng.randint(100, 699)} {pick(['Serangoon Ave 2', 'Jurong West St 41', 'Tampines St 21'])} #{rng.randint(2, 15):02d}-{rng.randint(10, 450)}, Singapore {pick(['55', '64', '52'])}{rng.randint(1000, 9999)}",
            f"Plot {rng.randint(1, 120)}, {pick(['Uhuru Street', 'Msimbazi Street', 'Agrey Street'])}, Kariakoo, P.O. Box {rng.randint(100, 9999)}, Dar es Salaam",
            f"Plot {rng.randint(1, 90)}, {pick(['Kampala Road', 'Nkrumah Road', 'Namirembe Road'])}, P.O. Box {rng.randint(100, 9999)}, Kampala",
            f"{rng.randint(3000, 7999)} {pick(['Kingsway', 'Imperial St', 'Royal Oak Ave'])}, Burnaby, BC V5{pick('EHJ')} {rng.randint(1, 9)}{pick('ABCKMR')}{rng.randint(1, 9)}",
            f"{rng.randint(100, 4999)} {pick(['Fraser St', 'Victoria Dr', 'Main St'])}, Vancouver, BC V5{pick('NPVW')} {rng.randint(1, 9)}{pick('EJLT')}{rng.randint(1, 9)}",
            f"Treichville, Avenue {rng.randint(1, 24)}, Rue {rng.randint(1, 40)}, Abidjan",
            f"{pick(['Zone 4', 'Marcory', 'Cocody Riviera 3'])}, Rue {pick(['Paul Langevin', 'du Canal', 'des Jardins'])}, 01 BP {rng.randint(100, 9999)} Abidjan 01",
            f"{rng.randint(1, 90)} {pick(['Kissy Road', 'Sani Abacha Street', 'Wilkinson Road'])}, Freetown",
            f"{rng.randint(1, 120)} {pick(['Rue Wagane Diouf', 'Avenue Lamine Guèye', 'Rue Raffenel'])}, Dakar",
            f"Via {pick(['Venezia', 'Tommaseo', 'Uruguay', 'Savelli'])} {rng.randint(1, 90)}, 351{pick(['27', '29', '31', '42'])} Padova (PD)",
            f"Via {pick(['Emilia Est', 'Trento', 'Paradigna'])} {rng.randint(1, 160)}, 431{pick(['22', '23', '26'])} Parma (PR)",
            f"Interporto di Bologna, Blocco {rng.randint(1, 9)}.{rng.randint(1, 4)}, 40010 Bentivoglio (BO)",
            f"Via {pick(['Stalingrado', 'Ferrarese', 'del Lavoro'])} {rng.randint(1, 120)}, 401{pick(['28', '27', '38'])} Bologna (BO)",
            f"str. {pick(['Ismail', 'Alba Iulia', 'Calea Ieșilor', 'Mihai Viteazul'])} {rng.randint(1, 120)}, ap. {rng.randint(1, 90)}, MD-20{pick(['01', '12', '68', '75'])} Chișinău",
            f"Libušská {rng.randint(300, 330)}/{rng.randint(100, 140)}, 142 00 Praha 4",
            f"{pick(['Vinohradská', 'Kunratická spojka', 'Na Pankráci'])} {rng.randint(100, 2999)}/{rng.randint(1, 99)}, 1{pick(['30', '40', '48'])} 00 Praha {pick('3456')}",
            f"{pick(['Svobody', 'Evropská', 'Dragounská'])} {rng.randint(1, 80)}, 350 02 Cheb",
            f"ul. {pick(['Marywilska', 'Białołęcka', 'Modlińska'])} {rng.randint(1, 200)} m. {rng.randint(1, 90)}, 03-{rng.randint(100, 299)} Warszawa",
            f"ul. {pick(['Nadrzeczna', 'Sezamkowa', 'Przemysłowa'])} {rng.randint(1, 60)}, 05-552 Wólka Kosowska",
            f"{rng.randint(1000, 6999)} {pick(['Markham Rd', 'Sheppard Ave E', 'Lawrence Ave E'])}, Unit {rng.randint(1, 40)}, Scarborough, ON M1{pick('BCEGHJ')} {rng.randint(1, 9)}{pick('AKLNTV')}{rng.randint(1, 9)}",
            f"{rng.randint(1, 99)} {pick(['Denison St', 'Steeles Ave E', 'Middlefield Rd'])}, Unit {rng.randint(1, 30)}, Markham, ON L3{pick('RS')} {rng.randint(1, 9)}{pick('ACGP')}{rng.randint(1, 9)}",
            f"No. {rng.randint(1, 240)}, {pick(['KKS Road', 'Point Pedro Road', 'Stanley Road'])}, Jaffna",
            f"{rng.randint(500, 699)} W {rng.randint(175, 192)}th St, Apt {rng.randint(1, 6)}{pick('ABCDE')}, New York, NY 100{pick(['33', '40', '32'])}",
            f"{rng.randint(1500, 2999)} {pick(['Grand Concourse', 'Walton Ave', 'Jerome Ave'])}, Apt {rng.randint(1, 7)}{pick('ABCDF')}, Bronx, NY 104{pick(['53', '57', '68'])}",
            f"C/ {pick(['Duarte', 'Mella', 'José Contreras'])} No. {rng.randint(1, 300)}, {pick(['Ensanche Piantini', 'Ensanche Naco', 'Villa Consuelo'])}, Santo Domingo",
            f"C/ {pick(['del Sol', '30 de Marzo', 'Restauración'])} No. {rng.randint(1, 120)}, {pick(['Los Jardines', 'Bella Vista'])}, Santiago de los Caballeros",
            f"{rng.randint(1, 300)} {pick(['Belgrave Road', 'Melton Road', 'Loughborough Road'])}, Leicester LE4 {rng.randint(5, 7)}{pick('ABDHP')}{pick('QRSTU')}",
            f"{rng.randint(1, 400)} {pick(['Ealing Road', 'Wembley Hill Road', 'Harrow Road'])}, Wembley HA{pick(['0 4', '9 6', '0 2'])}{pick('ALRY')}{pick('ABPX')}",
            f"{pick(['Parklands 3rd Avenue', 'Limuru Road', 'Biashara Street'])}, P.O. Box {rng.randint(1000, 99999)}-00{pick(['100', '200', '600'])}, Nairobi",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT39)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}_{first}", f"{first}-{subject}", f"{last}{rng.randint(1956, 2005)}",
                           f"{first}{last[:1]}.{subject}"])  # fmt: skip
        domain = rng.choice(["seznam.cz", "centrum.cz", "wp.pl", "onet.pl", "o2.pl", "libero.it", "virgilio.it",
                             "mail.md", "rambler.ru", "rogers.com", "sympatico.ca", "yahoo.ca", "btinternet.com",
                             "hotmail.co.uk", "orange.ci", "yahoo.fr", "gmail.com", "outlook.com", "claro.net.do",
                             "icloud.com", "yahoo.co.in"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"04565 {d(6)}",  # Karaikudi
            f"+65 {rng.choice('89')}{d(3)} {d(4)}",  # Singapore mobile
            f"+255 7{rng.choice('1345')}{d(1)} {d(3)} {d(3)}",  # Tanzanian mobile
            f"022 2{d(3)} {d(3)}",  # Dar es Salaam
            f"+256 7{rng.choice('0578')}{d(1)} {d(6)}",  # Ugandan mobile
            f"({rng.choice(['604', '778'])}) {d(3)}-{d(4)}",  # Vancouver and Burnaby
            f"+225 07 {d(2)} {d(2)} {d(2)} {d(2)}",  # Ivorian mobile, ten digits
            f"27 2{d(1)} {d(2)} {d(2)} {d(2)}",  # Abidjan landline, domestic
            f"+232 76 {d(3)} {d(3)}",  # Sierra Leone mobile
            f"+221 77 {d(3)} {d(2)} {d(2)}",  # Senegalese mobile
            f"049 {d(3)} {d(4)}",  # Padova
            f"0521 {d(6)}",  # Parma
            f"051 {d(3)} {d(4)}",  # Bologna
            f"+373 6{d(2)} {d(2)} {d(3)}",  # Moldovan mobile
            f"022 {d(2)} {d(2)} {d(2)}",  # Chișinău
            f"+420 {rng.choice('67')}{d(2)} {d(3)} {d(3)}",  # Czech mobile
            f"+420 2{d(2)} {d(3)} {d(3)}",  # Prague
            f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}",  # Polish mobile
            f"22 {d(3)} {d(2)} {d(2)}",  # Warsaw, domestic
            f"({rng.choice(['416', '647'])}) {d(3)}-{d(4)}",  # Toronto
            f"905-{d(3)}-{d(4)}",  # Markham
            f"+94 77 {d(3)} {d(4)}",  # Sri Lankan mobile
            f"({rng.choice(['809', '829', '849'])}) {d(3)}-{d(4)}",  # the Dominican Republic
            f"({rng.choice(['646', '718'])}) {d(3)}-{d(4)}",  # New York
            f"0116 {d(3)} {d(4)}",  # Leicester
            f"020 8{d(3)} {d(4)}",  # Wembley
            f"+254 7{d(2)} {d(6)}",  # Kenyan mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16),
                                     ("34", 15), ("37", 15), ("36", 14), ("6011", 16), ("65", 16), ("6759", 16),
                                     ("62", 19)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif length == 14:  # Diners Club, 4-6-4
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, length, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.7:  # a receipt's or a claim form's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT39))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT39[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): bank, shop, warehouse, depot, call-centre and estate-agent chat, this
        set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a00:1028:{h()}:{h()}::{h()}", f"2a01:110f:{h()}::{h()}", f"2001:b07:{h()}:{h()}::{h()}",
                         f"2607:fea8:{h()}:{h()}::{h()}", f"2c0f:f8f0:{h()}::{h()}", f"2803:1500:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the card terminal on till 3 is {}, it keeps dropping the connection", v4),
            ("till 5 got {} from the dhcp and now it won't print receipts", v4),
            ("self checkout 2 is on {}, it froze mid transaction again", v4),
            ("the handheld scanner that won't sync is {}", v4),
            ("zebra label printer in goods in is {}, labels come out blank", v4),
            ("pick to light controller for aisle 14 is {}", v4),
            ("conveyor plc at the depot answers on {}, ask before you touch it", v4),
            ("weighbridge pc at the gate is {}, the tickets show yesterday's date", v4),
            ("dock door 7 controller is {}, it opens halfway", v4),
            ("the forklift telematics box reports to {}", rng.choice([v4, v6])),
            ("clocking in terminal by the canteen is {}, half the shift didn't register", v4),
            ("cash recycler at the branch is {}, it jammed on fifties", v4),
            ("cheque scanner at the counter is on {}", v4),
            ("the key cabinet in the lettings office is {}, it locked everyone out", v4),
            ("our dialer is on {}, agents keep getting dead air", rng.choice([v4, v6])),
            ("the wallboard in the call centre shows {} and no stats", v4),
            ("my softphone registers to {}, calls drop after 30 seconds", rng.choice([v4, v6])),
            ("shelf label base station in the chilled aisle is {}", v4),
            ("the window screen at the estate agent's is {}, the listings are stuck", v4),
            ("$this->dbhost = '{}';", v4),
            ("define('DATABASE_HOST', '{}');", v4),
            ("host = {}", v4),
            ("        'hostname' => '{}',", v4),
            ("DB_HOST={}", v4),
            ("ADEMPIERE_DB_SERVER={}", v4),
            ("  url: jdbc:mysql://{}:3306/openboxes", v4),
            ("$amp_conf['AMPDBHOST'] = '{}';", v4),
            ("permit={}/255.255.255.255", v4),
            ("VARserver_ip => {}", v4),
            ("db.URL=jdbc:mysql://{}:3306/unicentaopos", v4),
            ("        'database_host' => '{}',", v4),
            ("org.killbill.dao.url=jdbc:mysql://{}:3306/killbill", v4),
            ("cyclos.datasource.jdbcUrl = jdbc:postgresql://[{}]/cyclos4", v6),
            ('[2024-11-05 03:12:44] NOTICE[2211] chan_sip.c: Registration from \'"1001" <sip:1001@pbx>\' failed for \'{}:5060\' - Wrong password', v4),
            ("Nov  5 08:41:17 lb1 haproxy[911]: {}:51544 [05/Nov/2024:08:41:17.203] https~ odoo/web1 0/0/1/12/13 200 842", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Chettinad#{rng.choice(['1926', '1937', '1958'])}",
                f"Kampala{rng.choice(['1972', '1969'])}{rng.choice('!#')}",
                f"Sapa#Libus{rng.randint(300, 330)}",
                f"Chisinau_{rng.choice(['1991', '2001', '2014'])}",
                f"Hwy401-{rng.choice(['Scarborough', 'Markham', 'Mississauga'])}",
                f"27deFebrero{rng.choice(['1844', '1863'])}",
                f"Treichville!{rng.choice(['225', '01', '07'])}",
                f"BelgraveRd#{rng.choice(['LE4', 'LE5', 'Diwali'])}",
                f"Ledger#Q{rng.randint(1, 4)}-{rng.randint(19, 25)}",
                f"MonthEnd_{rng.choice(['0131', '0331', '0630', '0930', '1231'])}",
                f"{rng.choice(['payroll', 'warehouse', 'invoices', 'cashup', 'pallets'])}".translate(leet) + rng.choice(["", "!", "_39"]),
                f"{w()}+{w()}+{rng.choice(['till', 'pallet', 'ledger', 'bay'])}+{rng.randint(10, 99)}",
                f"{rng.choice(['Karaikudi', 'Kariakoo', 'Parma', 'Cheb', 'Jaffna', 'Wembley'])}{rng.choice(['&', '%', '*'])}{rng.choice(['Forklift', 'Payslip', 'Pallet', 'Abacus'])}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%+*"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        b64u = alnum + "-_"
        hexl = "0123456789abcdef"
        uuid = lambda: f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"  # noqa: E731
        jwt = lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + tok(72, b64u) + "." + tok(43, b64u)  # noqa: E731
        options = [
            # passwords handed over in ways no earlier set used
            ("they printed the portal password on the back of my payslip, {}", pw),
            ("the till receipt had the staff wifi at the bottom, {}", pw),
            ("sticker on the back of the handheld scanner says {}", pw),
            ("team leader read out the new dialer login on the floor, {}", pw),
            ("hr's onboarding pack has my first password as {}", pw),
            ("the pawn ticket has the online account password scribbled on it, {}", pw),
            ("the note in the key safe for the flat says the alarm panel login is {}", pw),
            ("someone wrote {} on the forklift dashboard lol", pw),
            ("found {} taped under the cash drawer, is that the back office login?", pw),
            ("branch whiteboard still says the teller system password is {}", pw),
            ("the courier's manifest had the depot login {} printed on top", pw),
            ("the recruiter texted me the assessment login, it's {}", pw),
            ("cash office safe code is {}, don't tell the new starters", d(6)),
            ("till supervisor pin is {}", d(4)),
            ("key safe code for the viewing is {}", d(4)),
            # cues in languages no earlier set used
            ("கடவுச்சொல் {}", pw),
            ("mat khau la {}, dung cho ai biet", pw),
            ("wifi no password {} che, koi ne aapta nahi", pw),
            ("le code c'est {}, on dit quoi", pw),
            ("l password taba3 el portal {}", pw),
            # commands
            ("$ mysql -u orangehrm -p'{}' orangehrm_mysql", pw),
            ("$ mysql -u cron -p'{}' asterisk", pw),
            ("$ export ADEMPIERE_DB_PASSWORD='{}'", pw),
            # pastes
            ("$this->dbpass = '{}';", pw),
            ("define('DATABASE_PASS', '{}');", pw),
            ('password = "{}"', pw),
            ("salt = {}", tok(32, hexl)),
            ("        'password' => '{}',", pw),
            ("DB_PASSWORD={}", pw),
            ("JWT_SECRET={}", tok(64, alnum)),
            ("ADEMPIERE_DB_PASSWORD={}", pw),
            ("ADEMPIERE_KEYSTOREPASS={}", pw),
            ("  password: {}", pw),
            ("dataSource.password={}", pw),
            ("$amp_conf['AMPDBPASS'] = '{}';", pw),
            ("secret = {}", pw),
            ("VARDB_pass => {}", pw),
            ("db.password={}", pw),
            ("        'database_password' => '{}',", pw),
            ("        'cookie_key' => '{}',", tok(56, alnum)),
            ("        'secret' => '{}',", tok(56, alnum)),
            ("org.killbill.dao.password={}", pw),
            ("cyclos.datasource.password = {}", pw),
            # tokens and keys with shapes no earlier set used
            ("XERO_CLIENT_SECRET={}", tok(48, b64u)),
            ("QUICKBOOKS_CLIENT_SECRET={}", tok(40, alnum)),
            ("FREEAGENT_CLIENT_SECRET={}", tok(22, b64u)),
            ("BAMBOOHR_API_KEY={}", tok(40, hexl)),
            ("CHECKR_API_KEY={}", tok(40, hexl)),
            ("PERSONIO_CLIENT_SECRET={}", "papi-" + uuid()),
            ("DEEL_API_TOKEN={}", tok(64, alnum)),
            ("RIPPLING_API_TOKEN={}", tok(64, alnum)),
            ("TRUELAYER_CLIENT_SECRET={}", uuid()),
            ("CODAT_API_KEY={}", tok(40, alnum)),
            ("SHIPSTATION_API_SECRET={}", tok(32, hexl)),
            ("DHL_API_SECRET={}", tok(16, alnum)),
            ("SENDCLOUD_SECRET_KEY={}", tok(32, hexl)),
            ("GENESYS_CLIENT_SECRET={}", tok(43, b64u)),
            ("AIRCALL_API_TOKEN={}", tok(32, hexl)),
            ("RECURLY_PRIVATE_KEY={}", tok(32, hexl)),
            ("KLARNA_API_PASSWORD={}", "klarna_live_api_" + tok(40, b64u)),
            ("P24_CRC_KEY={}", tok(16, hexl)),
            ("COMGATE_SECRET={}", tok(32, alnum)),
            ("Authorization: Bearer {}", "wave_sn_prod_" + tok(56, b64u)),
            ("DEEL_WEBHOOK_TOKEN={}", jwt()),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.payroll', 'y_picker7', 'till.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.payroll",
                f"{last}_picker{rng.randint(1, 9)}",
                f"till.{first}",
                f"{last}-ledger-{rng.randint(19, 25)}",
                f"bay{rng.randint(1, 40)}.{first}",
                f"{last}.cashup",
                f"{first}_audit",
                f"depot.{last}",
                f"{first}.lettings",
                f"{last}_payslip",
                f"{first}-forklift",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=70)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "ta": f"{day:02d}/{m:02d}/{year}",  # Tamil forms
            "cs": f"{day}. {m}. {year}",  # Czech, spaced dots
            "pl": f"{day:02d}.{m:02d}.{year}",  # Polish
            "vi": f"{day:02d}/{m:02d}/{year}",  # Vietnamese
            "ro": f"{day:02d}.{m:02d}.{year}",  # Romanian of Moldova
            "es_long": f"{day} de {ES_MONTHS_HELDOUT39[m - 1]} de {year}",  # Dominican Spanish
            "fr": f"{day:02d}/{m:02d}/{year}",  # Ivorian French
            "in": f"{day:02d}-{m:02d}-{year}",  # Indian forms, hyphens
            "us": f"{m:02d}/{day:02d}/{year}",  # American forms
            "on": f"{year}/{m:02d}/{day:02d}",  # Ontario forms
            "en": f"{day} {EN_MONTHS_HELDOUT39[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
            "compact": f"{year}{m:02d}{day:02d}",  # a COBOL record or SQL Server style 112
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["cs", "pl", "in", "us", "on", "en", "fr", "es_long"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("payroll needs my date of birth for the pension, it's {}", any_shape),
            ("the insurance claim form wants his dob, {}", any_shape),
            ("hr asked for the new starter's date of birth, {}", any_shape),
            ("the bank wants mum's birthday to open the joint account, {}", any_shape),
            ("the letting agent needs my dob for the referencing, {}", any_shape),
            ("பிறந்த தேதி: {}", s["ta"]),
            ("narozena {} v Chebu", s["cs"]),
            ("ur. {} w Warszawie", s["pl"]),
            ("data urodzenia: {}", s["pl"]),
            ("sinh ngày {} tại Hà Nội", s["vi"]),
            ("data nașterii: {}", s["ro"]),
            ("nacida el {} en Santiago", s["es_long"]),
            ("né le {} à Treichville", s["fr"]),
            ("Date of Birth (DD-MM-YYYY): {}", s["in"]),
            ("DOB (MM/DD/YYYY): {}", s["us"]),
            ("Date of birth (YYYY/MM/DD): {}", s["on"]),
            ("       05 EMP-DOB         PIC 9(8) VALUE {}.", s["compact"]),
            ("SELECT CONVERT(date, '{}', 112) AS dob;", s["compact"]),
            ("dob = pd.Timestamp('{}')", s["iso"]),
            ('Date dob = java.sql.Date.valueOf("{}");', s["iso"]),
            ("$ date -d '{}' +%A", s["iso"]),
            ("Employee date of birth: {}", s["en"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT39_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} finally got the loan approved at the branch",
        "{} is the loss adjuster coming round about the flood",
        "the payroll run is late because {} is off sick",
        "{} picked 240 lines an hour last week, new record",
        "{} covers the till on sunday mornings",
        "can you draft an offer letter for {}",
        "{} from the call centre kept me on hold for forty minutes",
        "{} drives the van on the tuesday round",
        "remind me to ring {} about the stocktake",
        "{} is the negotiator showing the flat on saturday",
        "I owe {} for the pallet of rice",
        "{} signed for the parcel but says it never came",
        "{} runs the cash and carry on the corner",
        "{} got promoted to team leader on the inbound shift",
        "the interview with {} is at 2",
        "{} did the month end alone this time",
        "{} is the new branch manager, seems strict",
        "{} handles the remittances to Freetown",
        "tell {} the invoice is overdue",
        "{} audited the petty cash and found £40 missing",
        "hajj {} wants the container cleared before friday",
        "Hajj {} owns the warehouse in Treichville",
        "mukhi {} is helping with the shop's accounts",
        "Mukhi {} signed the reference letter",
        "don {} gives credit at the bodega till friday",
        "Doña {} runs the call centre's night shift",
        "doña {} wants her deposit back from the agency",
        "thiru {} is the accountant for the whole plaza",
        "anh {} at the Sapa warehouse has the invoices",
        "chị {} at the shop needs the stock list",
        "doamna {} from the care agency called about the contract",
        "Loss adjuster: {}",
        "Picker: {}",
        "Packed by: {}",
        "Consignee: {}",
        "Signed for by: {}",
        "Cashier: {}",
        "Store manager: {}",
        "Branch manager: {}",
        "Authorised signatory: {}",
        "Pawnor: {}",
        "Hiring manager: {}",
        "Approved by: {}",
        "Negotiator: {}",
        '"employee_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the estate agent is showing us {} on saturday, is it a good area",
        "deliver the pallet to {}",
        "my address on the payslip is still {}",
        "the courier left it at the depot instead of {}",
        "the insurance claim is for the break in at {}",
        "send the contract to {}",
        "Delivery address: {}",
        "Property address: {}",
        "Registered office: {}",
        '"ship_to": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "the recruiter's email is {}",
        "send the invoice to {}",
        "the claims handler replied from {}",
        "payroll wants the p45 sent to {}",
        "Remittance advice to: {}",
        '"billing_email": "{}",',
        "  mail_from: {}",
        "MAIL_FROM_ADDRESS={}",
        "        'admin_email' => '{}',",
    ],
    "PHONE_NUMBER": [
        "the depot's number is {}",
        "call the claims line on {}",
        "the letting agent said to ring {}",
        "my manager's mobile is {}",
        "text the driver on {} if the bay is free",
        "Contact number (consignee): {}",
        "Tél. (magasin) : {}",
        '"mobile": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the holding deposit with {}",
        "the excess went on {}",
        "paid the stock order on {}",
        "the agency took the fee from {}",
        "Card charged: {}",
        '"pan": "{}",',
    ],
    "IBAN_CODE": [
        "my salary goes into {}",
        "send the refund for the claim to {}",
        "pay the supplier at {}, says accounts",
        "the deposit for the flat goes to {}",
        "Beneficiary IBAN: {}",
        "IBAN pro výplatu mzdy: {}",
    ],
    "USERNAME": [
        "I review companies on Glassdoor as {}",
        "my Indeed profile is {}",
        "on Totaljobs I'm {}",
        "the Trustpilot review was written by {}",
        "on Fishbowl I post as {}",
        "Spiceworks has me as {}",
        "on r/AmazonFC he's {}",
        "my Kijiji account is {}",
        "on RedFlagDeals I'm {}",
        "Wykop has him as {}",
        "my Pracuj.pl login is {}",
        "my Jobs.cz account is {}",
        "on Bazoš she sells as {}",
        "the Sreality listing is under {}",
        "the Otodom agent's account is {}",
        "on Subito I'm {}",
        "on Immobiliare.it the ad is by {}",
        "my 999.md account is {}",
        "Odnoklassniki has her as {}",
        "my Zalo name is {}",
        "my Seznam login is {}",
        "the Rightmove account is {}",
        "on Zoopla the agent logs in as {}",
        '"login": "{}",',
    ],
}
HELDOUT39_MIXED = [
    ("Remitter: {}, IBAN {}", ["PERSON", "IBAN_CODE"]),
    ("Hiring manager: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("$amp_conf['AMPDBHOST'] = '{}';\n$amp_conf['AMPDBPASS'] = '{}';", ["IP_ADDRESS", "SECRET"]),
    ("define('DATABASE_USER', '{}');\ndefine('DATABASE_PASS', '{}');", ["USERNAME", "SECRET"]),
    ("{} left the cash office safe code on a post it, {}", ["PERSON", "SECRET"]),
    ("New starter: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Indeed profile is {}, pay me at {}", ["USERNAME", "IBAN_CODE"]),
    ("{} paid the holding deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("hajj {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("$ mysql -h {} -u {} -p", ["IP_ADDRESS", "USERNAME"]),
    ("Key holder: {}, of {}", ["PERSON", "STREET_ADDRESS"]),
    ("the quote from {} ({}) for the claim came today", ["PERSON", "EMAIL_ADDRESS"]),
]  # fmt: skip
HELDOUT39_NEGATIVES = [
    "Karaikudi is the biggest town in Chettinad",
    "the Chettiar mansions in Kanadukathan have Burmese teak pillars",
    "Chettiars write their father's initials before their own name",
    "apparently Chettiar banks lent across Burma and Malaya in the 1920s",
    "Kariakoo market in Dar es Salaam is busiest before Eid",
    "many Khoja family names come from a great grandfather's given name",
    "the Ugandan Asians were expelled in 1972 and many came to Leicester",
    "there are a lot of Lebanese wholesalers in Treichville",
    "Freetown's Kissy Road used to be all Lebanese shops",
    "Lebanese papers give the father's name between yours and the family name",
    "Bologna's Interporto is one of the biggest freight villages in Italy",
    "a lot of Moldovans in Italy work in care and logistics",
    "in Moldova a passport could spell the same name the Romanian or the Russian way",
    "Sapa in Prague is called little Hanoi",
    "Wólka Kosowska has hundreds of wholesale halls south of Warsaw",
    "in Czech a woman's family name usually ends in -ová, even a foreign one sometimes",
    "in Vietnamese the family name comes first",
    "Scarborough has one of the biggest Tamil communities outside Sri Lanka",
    "Sri Lankan Tamils often take the father's given name as a surname",
    "the 401 through Scarborough is the busiest highway in North America",
    "Dominicans carry the father's and the mother's family names",
    "Santo Domingo has loads of English speaking call centres",
    "Belgrave Road is called the golden mile because of the jewellers",
    "in Gujarati -bhai and -ben are added to a name to be polite",
    "the invoice number is INV-2024-0413",
    "PO 4500178823 still hasn't been receipted",
    "policy number POL-77120394 is on the schedule",
    "claim ref CLM/24/009812, keep it for the adjuster",
    "my employee number is 40217",
    "payroll run 11 goes out on the 28th",
    "my tax code is 1257L",
    "pallet 00354123450000012345 is short two cases",
    "SKU 774-210-BLK is out of stock",
    "the tracking number is 1Z999AA10123456784",
    "container MSKU7310452 is stuck at Abidjan port",
    "ticket #58213 is with second line support",
    "the EAN on the box is 5012345678900",
    "barcode 8594001234562 is a Czech product",
    "the card ending **** **** **** 4821 was declined",
    "payday is the last friday of the month",
    "completion is on 14 March",
    "I start on 2 September",
    "my contract ends on 31/12/2025",
    "the lease starts 01/09/2024",
    "month end close is on the third working day",
    "the shift is 06:00 to 14:00",
    "the depot closes at 22:30",
    "the pick rate target is 120 units an hour",
    "overtime is time and a half after 40 hours",
    "the holding deposit is one week's rent",
    "excess is £250 on the contents policy",
    "the stocktake found 3% shrinkage",
    "a pallet of rice is about 40 bags",
    "stamp duty starts at £125,000 for a first home",
    "the rent is €650 a month plus bills",
    "the pawn loan is 6 months at 3 percent",
    "AHT target is under 6 minutes",
    "bay 12 is for returns only",
    "the van holds 140 parcels",
    "upgraded OrangeHRM to 5.6 on the weekend",
    "fixed in commit 9c3e71a, see the release notes",
    "FreePBX 17 runs on Debian 12",
    "$amp_conf['AMPDBUSER'] = 'freepbxuser';",
    "VARDB_database => asterisk",
    "define('DATABASE_NAME', 'cats_dev');",
    "DB_PASSWORD=<change me>",
    "secret = changeme",
    "JWT_SECRET=${JWT_SECRET}",
    "PIN: ****",
    "card 4242 4242 4242 4242 is the test card",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "CZ65 0800 0000 1920 0014 5399 is the sample Czech IBAN",
    "put name@example.com on the form",
    "203.0.113.45 is a documentation address",
    "2001:db8:39::12 is a documentation address",
    "in Canada and the US dial 911",
    "in Côte d'Ivoire the police is 110 or 111",
    "112 works across Europe",
    "the branch is closed on bank holidays",
    "queue at the depot was awful",
    "can you remind me to do the cash up",
    "bring your passport and a utility bill for the interview",
    "did the payslip come yet",
    "forklift's charging, back in ten",
]  # fmt: skip


def _typo39(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a Vietnamese Telex input method left on for one
    word, turning a doubled letter or a final w into the letter it stands for ('need' -> 'nêd', 'now' -> 'nơ',
    'address' -> 'ađress') or a short word's last s, f, r, x or j into a tone on the vowel before it ('is' ->
    'í', 'of' -> 'ò'), or a Czech keyboard's number row typing its accented letters for one digit ('at 9'
    -> 'at í'). Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    pairs = list(TELEX_PAIR_HELDOUT39.finditer(template))
    tones = list(TELEX_TONE_HELDOUT39.finditer(template))
    digits = list(CZECH_DIGIT_HELDOUT39.finditer(template))
    if digits and (not (pairs or tones) or rng.random() < 0.4):
        m = rng.choice(digits)
        return template[: m.start()] + m.group().translate(CZECH_DIGITS_HELDOUT39) + template[m.end() :]
    if pairs and (not tones or rng.random() < 0.5):
        m = rng.choice(pairs)
        return template[: m.start()] + TELEX_HELDOUT39[m.group()] + template[m.end() :]
    if not tones:
        return template
    m = rng.choice(tones)  # the tone key folds into the vowel before it
    vowel = unicodedata.normalize("NFC", m.group(1) + TELEX_TONES_HELDOUT39[m.group(2)])
    return template[: m.start(1)] + vowel + template[m.end(2) :]


def build_heldout39(seed: int = HELDOUT39_SEED) -> list[Example]:
    """Held-out set 39: `Gen39` values in `HELDOUT39_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen39(seed)
    return assemble_module_set(
        gen,
        HELDOUT39_TEMPLATES,
        HELDOUT39_MIXED,
        HELDOUT39_NEGATIVES,
        _typo39,
        person=gen.person_for,
        typo_only_when_changed=True,
    )
