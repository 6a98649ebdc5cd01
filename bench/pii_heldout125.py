"""Held-out PII set 125 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout125": written during round 70 by a separate author who did not open privacy/, never ran the scrubber
on it, never saw Kaizen's misses on it and kept it out of any training (no faker name locale:
NAME_LOCALES_HELDOUT125 is empty, as for the sets before it; written at the same time as held-out 124 by
another author, neither seeing the other's set, and none of the peoples that author was given (the Tetum of
Timor-Leste, the Lezgins, the Ibibio and the Pohnpeians) is drawn here). The theme: parking, as drivers,
residents, car-park attendants, wardens and towing firms talk about it: the residents' parking permit
(Quelimane's 'dístico de residente', a permit form in Darbhanga, Limón's 'permiso de residente') applied for
with an address and a date of birth, the car park's app and its login, the season ticket and the monthly pass,
the parking fine and its appeal by e-mail, paying the fine (by card, by a transfer to an IBAN where the
country has one, by M-Pesa and e-Mola, UPI or SINPE Móvil), the towed car and the pound's or the towing firm's
phone number, the barrier's access code and the gate PIN, the attendant's shift, the ANPR camera's and the
barrier controller's addresses, the neighbour who blocks the driveway. The first 30 lines of
bench/pii_heldout27.py to 123.py were grepped for 'parking' and 'car park' first: held-out 49 (motoring and
the road) had parking permits and traffic fines among a dozen things, 94 (hospital stays) the parking permit,
97 (cars and driving) the parking fine and a scrape in a car park, 98 (volunteers at places of worship) the
parking marshals; none took parking as its whole theme, so this set keeps the theme it was given. Bays,
levels, tariff codes, ticket, season ticket and notice numbers, fees and fines, opening hours and number
plates are no PII of TYPES: they come only in negatives.

The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 123.py) and bench/pii.py
for each people the brief named and for their towns. All four had been drawn before, so all four were swapped
for a neighbour no set has had (none of them one of held-out 124's): the Makhuwa (bench/pii.py's held-out 16
has a Makua and Makonde list, Nampula's bairros and Nampula's phones) gave way to the Chuwabo of Quelimane and
Mocuba in Zambezia, in the same country with the same Portuguese, the same '+258' and the same M-Pesa and
e-Mola; the Santali (held-out 13's list, Dumka's addresses; Jharkhand's Ho came in held-out 28) gave way to
the Maithils of Darbhanga and Madhubani in Bihar's Mithila, with the same Hindi and English mixing, '+91' and
UPI; the Mingrelians (held-out 15's list, Zugdidi's streets and phones) gave way to the Imeretians of Kutaisi,
Zestaponi and Samtredia, with Georgian script and Latin transliteration, '+995' and Georgian IBANs (the
Adjarians of held-out 44 and the Tushetians of 82 are other Georgian peoples, bench/pii.py has Svaneti's
Mestia; no set had Imereti); and the Mauritians (held-out 15's list, Curepipe and Port Louis, Mauritian IBANs
and Kreol month names in bench/pii.py) gave way to the Afro-Costa Ricans of Limón and Cahuita, a creole people
with English, Limonese Creole (Mekatelyu) and Spanish and an IBAN country ('+506', Costa Rican IBANs, SINPE
Móvil); held-out 60 took Guanacaste's Spanish-speaking Costa Ricans, so the country's formats came before, the
people not. No set holds Chuwabo, Quelimane, Mocuba, Zambézia, Maithili, Mithila, Darbhanga, Madhubani,
Imereti, Kutaisi, Zestaponi, Samtredia, Mekatelyu or Cahuita. This set leaves out every name an earlier set
holds that these peoples carry too: Mozambican Portuguese 'Zeferino', 'Felisberto', 'Anselmo', 'Custódio',
'Evaristo', 'Ambrósio', 'Ermelinda', 'Felismina', 'Albertina', 'Rosalina', 'Palmira', 'Laurinda', 'Clotilde',
'Joaquina', 'Cipriano', 'Raimundo', 'Feliciano', 'Crisóstomo', 'Anacleto', 'Marcelino', 'Damião' and those
whose spelling without marks is taken ('Eusébio', 'Florêncio', 'Hermínia', 'Bonifácio', 'Hilário'); Maithil
'Thakur', 'Choudhary', 'Labh', 'Mandal', 'Kamat', 'Karna', 'Hemlata', 'Sumitra', 'Bhagwati', 'Chandrakala' and
'Mahto', which an earlier set holds in Devanagari ('महतो'); Georgian 'Revaz', 'Vakhtang', 'Jemal', 'Merab',
'Besarion', 'Nodar', 'Kakha', 'Badri', 'Gela', 'Ketevan', 'Eteri', 'Mzia', 'Tsintsadze', 'Kapanadze',
'Makharadze', 'Bolkvadze', 'Beridze'; Jamaican and Limonese 'Hyacinth', 'Errol', 'Delroy', 'Leroy', 'Myrtle',
'Inez', 'Lurline', 'Fitzroy', 'Neville', 'Desmond', 'Carlton', 'Eulalie', 'Velma', 'Yvette', 'Claudette',
'Ebanks', 'Whyte', 'Blackwood', 'Spence', 'Levy', 'Curling', 'Mullins'. The middle names of north Indian
papers ('Nath', 'Kumar', 'Prasad', 'Chandra', 'Kumari') and 'Devi' are words of countless names, not names of
these lists, and earlier sets hold them too. The places were grepped the same way: the streets, bairros,
mohallas, barrios and villages taken here are in no earlier set, save the avenues named after Julius Nyerere
and Eduardo Mondlane that every Mozambican town has (held-out 30 and 119 have them in other towns); the e-mail
domain racsa.co.cr came in held-out 60.

Hand-written lists of four peoples: the Chuwabo of Quelimane and Mocuba (the old Portuguese given names the
Catholic missions gave, which an older generation carries ('Hermenegildo', 'Olegário', 'Quitéria',
'Efigénia'), and family names, some a forebear's Portuguese given name ('Inácio', 'Belchior', 'Policarpo') and
some Bantu names of Zambezia ('Magareta', 'Gruveta', 'Muária'): 'Olegário Magareta'; a second given name
before the family's ('Olegário Teodósio Magareta'), a Mozambican form's 'Apelido, nome' ('Magareta,
Olegário'), initials ('O. Magareta'), the name typed without its marks ('Olegario Muaria'), and Mozambican
Portuguese 'mano', 'mana', 'tio', 'tia', 'mamã' and 'dona' before a given name and 'senhor' before a family
name, outside the span); the Maithils of Darbhanga and Madhubani (Maithil given names, many of them a god's
name with '-kant', '-nand', '-nath' or '-eshwar' ('Kameshwar', 'Lakshmikant', 'Shashinath') and Mithila's
'Vaidehi', and family names of Mithila's castes ('Jha', 'Mishra', 'Karn', 'Sahani', 'Paswan'), in Latin
letters and in Devanagari ('कामेश्वर कर्ण'), with a middle name ('Kameshwar Nath Karn', 'Vaidehi Kumari Jha'),
Indian initials ('K. N. Karn'), a woman's 'Devi' where her papers carry no family name ('Vaidehi Devi'), a
form's name in capitals ('KAMESHWAR NATH KARN'), and 'ji', 'bhaiya', 'didi', 'kaka' and 'kaki' ('जी', 'भैया',
'दीदी', 'काका', 'काकी') after a given name and 'Dr.' before a family name, outside the span); the Imeretians
of Kutaisi, Zestaponi and Samtredia (Georgian given names and family names in '-dze', in Latin letters and in
Georgian script ('Shalva Kiknadze', 'შალვა კიკნაძე'), a given name standing alone in a Georgian sentence in
the nominative ('გურამი'), a Georgian list's family name first ('კიკნაძე შალვა'), the patronymic with the
father's name in the genitive and 'ძე' (son of) or 'ასული' (daughter of) ('შალვა გურამის ძე კიკნაძე'), a
passport's 'KIKNADZE SHALVA', and 'batono' (sir), 'kalbatono' (madam), 'bebo' (grandmother) and 'babua'
(grandfather) before a given name, in Latin letters as chat types them and in Georgian ('ბატონი', 'ქალბატონი',
'ბებო', 'ბაბუა'), outside the span); and the Afro-Costa Ricans of Limón and Cahuita (the English given names
of the Jamaican families who came to build the railway ('Lascelles', 'Icilda', 'Icylyn') and their Jamaican
family names, two of them as a Costa Rican carries them, the father's and then the mother's ('Icilda Parchment
Stennett'), one alone ('Icilda Parchment'), a Costa Rican form's 'Apellidos, nombre' ('Parchment Stennett,
Icilda'), and 'Miss' and 'granny' before an older woman's given name, 'Mr.' and 'Mrs.' before a family name,
Spanish 'don' and 'doña' before a given name and 'Dr.' before a family name, outside the span). No public
figure's full name is drawn (PUBLIC_FIGURES_HELDOUT125, checked without marks and case: the lists could make a
Bihar MP's 'Kameshwar Paswan', an Uttar Pradesh politician's 'Umakant Yadav', 'Vidyanath Mishra', one letter
from the Maithili poet Nagarjun's own name 'Vaidyanath Mishra', and 'Shashinath Jha', a name the author half
remembers from Darbhanga's Sanskrit university, so the draws step round them; the others, a Quelimane
councillor, Zambezia's politicians, a Darbhanga maharaja, a Georgian archaeologist, politician and publicist,
a Jamaican sprinter and Limón's politician and writer, the lists cannot make). Every one of those name forms,
and names with a typo ('Magaretta', 'Mallcik', 'Lortkipandze', 'Parchmnet'), is forced into the build at least
once whatever the seed (a form the draws have not reached comes in a sentence of its own), and each people
also gets a titled name (a Maithil one with the kin word after it), a name in capitals on a form and one in
lower case in chat (an Imeretian one in Latin letters, as chat types it); the address, the phone, the e-mail,
the IBAN or the date of birth after a name mostly comes from that name's region.

Names on papers in Portuguese ('Apelido, nome:', 'Requerente:', 'Titular do dístico de residente:'), Hindi
('आवेदक का नाम:', 'वाहन स्वामी:'), Indian English ('Name (in CAPITAL letters):'), Georgian ('გვარი/სახელი:',
'მძღოლი:', 'მფლობელი:'), a passport's capitals ('Name as in passport:'), Costa Rican Spanish ('Apellidos,
nombre:', 'Solicitante:'), English ('Permit holder:', 'Vehicle owner:', 'Attendant on duty:'), an attendant's
'| ... |' shift row, JSON and YAML; those regions' addresses ('Bairro Coalane, quarteirão 12, casa n.º 34,
Quelimane', 'Av. Eduardo Mondlane, n.º 12, Mocuba, Zambézia', 'H. No. 12, Mohalla Lalbagh, Darbhanga, Bihar
846004', 'Station Road, near Shankar Chowk, H. No. 12, Madhubani, Bihar 847211', 'मकान नं. 12, मोहल्ला लालबाग,
दरभंगा, बिहार 846004', 'ქ. ქუთაისი, ჯავახიშვილის ქ. 12, ბ. 45', 'Kutaisi, Paliashvili St. 12, apt. 45, 4600',
'Limón centro, del Parque Vargas 200 metros al norte, casa 12', 'Cahuita, Playa Negra, 300 m sur del cruce,
casa 12'); phones (Mozambican mobiles '82' to '87' with and without '+258' and Quelimane's '24 21'; Indian
mobiles with '+91' and without, Darbhanga's '06272' and Madhubani's '06276'; Georgian mobiles '5..' with and
without '+995' and Kutaisi's '431'; Costa Rican mobiles '8', '7' and '6' with and without '+506', and Limón's
'2758' and '2798' and Cahuita's '2755'); Visa, Mastercard (with the 2-series), RuPay ('6522', '6070', '5085')
and Amex cards; IBANs: Portugal for a Chuwabo's brother in Lisbon (Mozambique has none), the Emirates and the
United Kingdom for a Maithil's son in Dubai or London (India has none), Georgia, and Greece and Italy for an
Imeretian mother working in Athens or in Italy (the Italian with its CIN letter), and Costa Rica; IPs of the
ANPR camera, the barrier controller, the pay station, the camera server, the car park app's login alerts, sshd
and nginx lines, v4 and v6; logins and secrets as drivers and attendants hand them over (the barrier code, the
gate PIN, the car park app's password, the pay station's admin password, an M-Pesa or e-Mola PIN, a UPI PIN, a
bank's SMS code), with cues in English ('don't tell anyone'), Portuguese ('não digas a ninguém'), Hindi ('किसी
को मत बताना', 'kisi ko mat batana'), Maithili ('ककरो नै कहब'), Georgian ('არავის უთხრა', 'aravis utxra',
'არავის გაუზიაროთ'), Limonese Creole ('no tell nobody') and Costa Rican Spanish ('no le digás a nadie'), a
Wi-Fi QR string and .env lines (an ANPR API key, the parking database's password, a Stripe key, an M-Pesa API
key, a Razorpay secret, a Google Maps key, a Twilio token); dates of birth in each people's shapes (Mozambican
'14/03/1987' and '14 de Março de 1987' with the month's capital, Indian '14/03/1987', '14-03-1987' and '14th
March 1987' and Hindi '14 मार्च 1987', Georgian '14.03.1987' and '1987 წლის 14 მარტი', Costa Rican
'14/03/1987' and '14 de marzo de 1987', an export's ISO date), drawn between fixed years (1944 to 2006) from
the set's own rng so the set builds the same on any day; typos as chat types them (a parking word's common
misspelling: 'vehicle' -> 'vehical', 'attendant' -> 'attendent', 'barrier' -> 'barier', Portuguese 'amanhã' ->
'amanha', Spanish 'grúa' -> 'grua', Hindi 'पार्किंग' -> 'पार्कींग'; chat shorthand: 'please' -> 'pls',
Portuguese 'porque' -> 'pk', 'estou' -> 'tou', 'obrigado' -> 'obg', Hindi in Latin letters 'nahi' -> 'nhi',
'hai' -> 'h', Spanish 'por favor' -> 'porfa', Georgian in Latin letters 'madloba' -> 'mdl'); negatives with
the same places, the titles and kin words explained, the naming customs, fees and fines in meticais, rupees,
lari and colones, bays, levels, tariff codes, season ticket and penalty notice numbers, Bihar's and Georgia's
plate shapes, public figures' names in streets and history (Samora Machel, Vidyapati, Marcus Garvey),
placeholder secrets, a test card, the example IBAN, a placeholder e-mail, documentation IPs, dates that are no
one's birthday and short everyday chat in Portuguese, Maithili, Hindi, Georgian, Limonese Creole, Spanish and
English.

Forms this author is unsure of, said here rather than guessed silently: the Chuwabo, like their neighbours,
mostly carry Portuguese given names, so the given names are old Portuguese ones; of the family names, the
Portuguese-given-name ones are common in Mozambique, but the Bantu ones are from memory of Zambezia's news
('Magareta' from a Quelimane councillor's name, 'Gruveta' and 'Muária' from Zambezian politicians' names) and
are not checked to be Chuwabo rather than Lomwe or Sena; Echuwabo itself is hardly used here, for want of a
source: only 'Mudhilevelele' ('I'm sorry', as a language learner's blog gives it) in a negative; Quelimane's
bairros (Coalane, Torrone Velho, Chuabo Dembe, Icídua) and its '24 21' landlines are from memory and a
municipal paper, Mocuba's Avenida Eduardo Mondlane is a guess that every Mozambican town has one. The Maithil
given names are sure as names, less as how common each is; 'Sahani' and 'Paswan' are castes of Mithila but not
only of Maithili speakers; Darbhanga's Lalbagh, Donar Chowk, Laheriasarai and Shubhankarpur, Madhubani's
Shankar Chowk and Jitwarpur, the PIN codes, the STD codes ('06272', '06276') and Darbhanga's 'BR 07' plates
are from memory; the Maithili sentences ('पार्किंग ऐपक पासवर्ड ... अछि, ककरो नै कहब', 'की हाल? ... जगह नहि
अछि') are the author's composition and not checked with a speaker, and the Hindi sentences carry Bihar's
honorific plural ('दे दिए'). The Georgian names and their script are as the author knows them; Kutaisi's
streets (Javakhishvili, Paliashvili, Chavchavadze, Nikea), Zestaponi's Aghmashenebeli street, Samtredia's
Chanchibadze street, the postcode '4600', Kutaisi's '431 2.' numbers, the parking price of 1 lari an hour and
the ₾50 fine are from memory or guesses; the transliterated Georgian chat ('aris parkingis daraji', 'jarimas
ixdis', 'chishkartan dgas', 'manqana ukve gadavayene') is written the way Georgians type it as the author
recalls, with 'x' for 'ხ'. The Limonese given names are the older generation's, from memory of Jamaican naming
rather than of Limón's registers; the family names are Jamaican ones, most of them common in Limón as far as
the author knows ('Parchment', 'Stennett', 'Grizzle', 'Nembhard'), not checked one by one; Limón's barrios
(Roosevelt, Cieneguita, Limoncito), the Baptist church's place, Limón's '2758' and '2798' and Cahuita's
'2755', the price of ₡700 an hour and the Costa Rican bank codes of the IBANs ('0151' BN, '0152' BCR, '0102'
BAC, '0161' Banco Popular, with the reserve '0') are as recalled; the Limonese Creole lines ('Wha' happen? Mi
deh yah', 'di gate code a ...', 'mi barn ...') are the author's composition. The Emirates' bank codes ('026',
'033', '035', '030') and Greece's and Italy's are as recalled; 'unilicungo.ac.mz' and 'atsu.edu.ge' are the
author's memory of the universities' domains in Quelimane and Kutaisi.

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import calendar
import random
import re
import string
import unicodedata

from bench.pii import (
    Example,
    Gen3,
    _chat_like,
    _iban_from_bban,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)

HELDOUT125_SEED = 1257349
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT125: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT125 = ["chuwabo", "maithil", "imeretian", "limonese"]
# the scripts other than Latin letters a people's names are written in
SCRIPT_ORIGINS_HELDOUT125 = {"devanagari": "maithil", "georgian": "imeretian"}
DEVANAGARI_RE = re.compile(r"[\u0900-\u097f]")
GEORGIAN_RE = re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf]")  # Mkhedruli and Mtavruli (what .upper() makes)

# the Chuwabo of Quelimane and Mocuba: the Portuguese given names the Catholic missions gave (old ones, as
# an older generation carries them), and family names, some of them a forebear's Portuguese given name and
# some Bantu names of Zambezia (see the docstring for how sure each is)
CHUWABO_MEN_HELDOUT125 = [
    "Hermenegildo",
    "Laurindo",
    "Gervásio",
    "Olegário",
    "Teodósio",
    "Saturnino",
    "Idalécio",
    "Crispim",
]
CHUWABO_WOMEN_HELDOUT125 = [
    "Graciete",
    "Deolinda",
    "Benvinda",
    "Leontina",
    "Arminda",
    "Balbina",
    "Amância",
    "Quitéria",
    "Efigénia",
    "Etelvina",
]
CHUWABO_FAMILY_HELDOUT125 = (
    "Magareta Gruveta Muária Inácio Jeremias Florindo Bartolomeu Belchior Amândio Nazário Lucrécio "
    "Policarpo".split()
)
# the Maithils of Darbhanga and Madhubani: given names (Latin: Devanagari) and family names
MAITHIL_MEN_HELDOUT125 = {
    "Kameshwar": "कामेश्वर",
    "Shyamanand": "श्यामानंद",
    "Gunanand": "गुणानंद",
    "Sudhakant": "सुधाकांत",
    "Vidyanath": "विद्यानाथ",
    "Lakshmikant": "लक्ष्मीकांत",
    "Harinandan": "हरिनंदन",
    "Umakant": "उमाकांत",
    "Ratneshwar": "रत्नेश्वर",
    "Shashinath": "शशिनाथ",
}
MAITHIL_WOMEN_HELDOUT125 = {
    "Vaidehi": "वैदेही",
    "Sunaina": "सुनैना",
    "Kumudini": "कुमुदिनी",
    "Vibha": "विभा",
    "Abhilasha": "अभिलाषा",
    "Anupriya": "अनुप्रिया",
    "Jyotsna": "ज्योत्स्ना",
    "Kalyani": "कल्याणी",
}
MAITHIL_FAMILY_HELDOUT125 = {
    "Jha": "झा",
    "Mishra": "मिश्र",
    "Pathak": "पाठक",
    "Karn": "कर्ण",
    "Mallick": "मल्लिक",
    "Yadav": "यादव",
    "Sahani": "सहनी",
    "Paswan": "पासवान",
}
# the middle names of north Indian papers (a man's, a woman's), and 'Devi' where a woman's papers carry no
# family name: they are words of many names, not names of this set's lists
MAITHIL_MIDDLE_MEN_HELDOUT125 = {"Nath": "नाथ", "Kumar": "कुमार", "Prasad": "प्रसाद", "Chandra": "चंद्र"}
MAITHIL_MIDDLE_WOMEN_HELDOUT125 = {"Kumari": "कुमारी"}
DEVI_HELDOUT125 = ("Devi", "देवी")
# the Imeretians of Kutaisi, Zestaponi and Samtredia: given names (Latin: Georgian) and family names in '-dze'
IMERETIAN_MEN_HELDOUT125 = {
    "Shalva": "შალვა",
    "Teimuraz": "თეიმურაზ",
    "Guram": "გურამ",
    "Avtandil": "ავთანდილ",
    "Amiran": "ამირან",
    "Paata": "პაატა",
    "Tengiz": "თენგიზ",
    "Elguja": "ელგუჯა",
    "Archil": "არჩილ",
    "Tornike": "თორნიკე",
}
IMERETIAN_WOMEN_HELDOUT125 = {
    "Natela": "ნათელა",
    "Nanuli": "ნანული",
    "Tsitsino": "ციცინო",
    "Lamara": "ლამარა",
    "Khatuna": "ხათუნა",
    "Tinatin": "თინათინ",
    "Rusudan": "რუსუდან",
    "Makvala": "მაყვალა",
    "Natia": "ნათია",
    "Nutsa": "ნუცა",
}
IMERETIAN_FAMILY_HELDOUT125 = {
    "Kiknadze": "კიკნაძე",
    "Lortkipanidze": "ლორთქიფანიძე",
    "Japaridze": "ჯაფარიძე",
    "Mikeladze": "მიქელაძე",
    "Nikoladze": "ნიკოლაძე",
    "Kutateladze": "კუტატელაძე",
    "Gogiberidze": "გოგიბერიძე",
    "Sulaberidze": "სულაბერიძე",
    "Gvaramadze": "გვარამაძე",
    "Shubladze": "შუბლაძე",
    "Kvachadze": "კვაჭაძე",
    "Khurtsidze": "ხურციძე",
    "Dolidze": "დოლიძე",
    "Kiladze": "კილაძე",
    "Tkemaladze": "ტყემალაძე",
}
# the Georgian patronymic's 'son of' and 'daughter of' after the father's name in the genitive (Georgian,
# Latin)
SON_OF_HELDOUT125 = ("ძე", "dze")
DAUGHTER_OF_HELDOUT125 = ("ასული", "asuli")
# the Afro-Costa Ricans of Limón and Cahuita: the English given names of the Jamaican families who came to
# build the railway, and their Jamaican family names; a Costa Rican carries two, the father's and the mother's
LIMONESE_MEN_HELDOUT125 = [
    "Lascelles",
    "Cleveland",
    "Ulric",
    "Cleon",
    "Everton",
    "Ainsley",
    "Garfield",
    "Wilbert",
]
LIMONESE_WOMEN_HELDOUT125 = [
    "Icilda",
    "Merlene",
    "Winsome",
    "Hortense",
    "Icylyn",
    "Cislyn",
    "Marva",
    "Enid",
    "Sybil",
]
LIMONESE_FAMILY_HELDOUT125 = (
    "Parchment Stennett Greenidge Beckford Hylton Wint Dacres Goulbourne Gentles Facey Grizzle Fearon Binns "
    "Lindo Brissett Nembhard".split()
)
# each origin: (men's given names, women's given names, family names), in Latin letters
NAMES_HELDOUT125: dict[str, tuple[list[str], list[str], list[str]]] = {
    "chuwabo": (CHUWABO_MEN_HELDOUT125, CHUWABO_WOMEN_HELDOUT125, CHUWABO_FAMILY_HELDOUT125),
    "maithil": (
        list(MAITHIL_MEN_HELDOUT125),
        list(MAITHIL_WOMEN_HELDOUT125),
        list(MAITHIL_FAMILY_HELDOUT125),
    ),
    "imeretian": (
        list(IMERETIAN_MEN_HELDOUT125),
        list(IMERETIAN_WOMEN_HELDOUT125),
        list(IMERETIAN_FAMILY_HELDOUT125),
    ),
    "limonese": (LIMONESE_MEN_HELDOUT125, LIMONESE_WOMEN_HELDOUT125, LIMONESE_FAMILY_HELDOUT125),
}
DEVANAGARI_HELDOUT125 = {
    **MAITHIL_MEN_HELDOUT125,
    **MAITHIL_WOMEN_HELDOUT125,
    **MAITHIL_FAMILY_HELDOUT125,
    **MAITHIL_MIDDLE_MEN_HELDOUT125,
    **MAITHIL_MIDDLE_WOMEN_HELDOUT125,
    DEVI_HELDOUT125[0]: DEVI_HELDOUT125[1],
}
GEORGIAN_HELDOUT125 = {
    **IMERETIAN_MEN_HELDOUT125,
    **IMERETIAN_WOMEN_HELDOUT125,
    **IMERETIAN_FAMILY_HELDOUT125,
}
# full names a draw must never give (checked without marks and case); the lists cannot make most of them, the
# guard keeps it so should a list grow: a Quelimane councillor and Zambezia's politicians, a Darbhanga
# maharaja and Bihar's and Uttar Pradesh's politicians and a poet's own name, a Georgian archaeologist, a
# politician and a nineteenth-century publicist, a Jamaican sprinter and Limón's politicians and writer
PUBLIC_FIGURES_HELDOUT125 = {
    "Ernesto Magareta",
    "Bonifácio Gruveta",
    "Carvalho Muária",
    "Kameshwar Singh",
    "Kameshwar Paswan",
    "Umakant Yadav",
    "Vaidyanath Mishra",
    "Vidyanath Mishra",
    "Shashinath Jha",
    "Otar Lortkipanidze",
    "Zurab Japaridze",
    "Niko Nikoladze",
    "Merlene Ottey",
    "Epsy Campbell",
    "Quince Duncan",
}
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT125 = {
    "chuwabo": {"Magareta": "Magaretta", "Gruveta": "Gruvetta", "Policarpo": "Policapro"},
    "maithil": {"Mallick": "Mallcik", "Pathak": "Pathk", "Mishra": "Mishar"},
    "imeretian": {"Lortkipanidze": "Lortkipandze", "Sulaberidze": "Sulaberdize", "Kutateladze": "Kutateldze"},
    "limonese": {"Parchment": "Parchmnet", "Goulbourne": "Goulborne", "Greenidge": "Greenige"},
}
# a title or a kin word before the name (outside the span): the origins, whether a woman (None: either) and
# the part of the name it goes with
TITLED_HELDOUT125: dict[str, tuple[tuple[str, ...], bool | None, str]] = {
    "mano": (("chuwabo",), False, "given"),  # Mozambican Portuguese: brother, any young man
    "mana": (("chuwabo",), True, "given"),  # sister, any young woman
    "tio": (("chuwabo",), False, "given"),  # uncle, any older man
    "tia": (("chuwabo",), True, "given"),  # aunt, any older woman
    "mamã": (("chuwabo",), True, "given"),  # mother, said to an older woman
    "dona": (("chuwabo",), True, "given"),
    "senhor": (("chuwabo",), False, "family"),
    "dr.": (("maithil", "limonese"), None, "family"),
    "batono": (("imeretian",), False, "given"),  # Georgian in Latin letters: sir
    "kalbatono": (("imeretian",), True, "given"),  # madam
    "bebo": (("imeretian",), True, "given"),  # grandmother
    "babua": (("imeretian",), False, "given"),  # grandfather
    "ბატონი": (("imeretian",), False, "given"),
    "ქალბატონი": (("imeretian",), True, "given"),
    "ბებო": (("imeretian",), True, "given"),
    "ბაბუა": (("imeretian",), False, "given"),
    "miss": (("limonese",), True, "given"),  # Limón: said before an older woman's given name
    "mr.": (("limonese",), False, "family"),
    "mrs.": (("limonese",), True, "family"),
    "granny": (("limonese",), True, "given"),
    "don": (("limonese",), False, "given"),
    "doña": (("limonese",), True, "given"),
}
TITLE_SLOT_HELDOUT125 = re.compile(
    r"(?<![\w'’])(mano|mana|tio|tia|mamã|dona|senhor|dr\.|batono|kalbatono|bebo|babua|ბატონი|ქალბატონი|ბებო|"
    r"ბაბუა|miss|mrs\.|mr\.|granny|doña|don) \{\}",
    re.IGNORECASE,
)
# the kin words and the respect after a Maithil given name (outside the span): whether a woman (None: either)
SUFFIXES_HELDOUT125: dict[str, bool | None] = {
    "ji": None,  # respect
    "bhaiya": False,  # elder brother
    "didi": True,  # elder sister
    "kaka": False,  # a father's younger brother
    "kaki": True,  # his wife
    "जी": None,
    "भैया": False,
    "दीदी": True,
    "काका": False,
    "काकी": True,
}
SUFFIX_SLOT_HELDOUT125 = re.compile(
    r"\{\} (ji|bhaiya|didi|kaka|kaki|जी|भैया|दीदी|काका|काकी)(?![\w\u0900-\u097f])"
)
# the name forms the build holds at least once each, whatever the seed
FORCED_FORMS_HELDOUT125 = [
    ("chuwabo", "full"),
    ("maithil", "full"),
    ("imeretian", "latin"),
    ("limonese", "full"),
    ("maithil", "devanagari"),
    ("imeretian", "georgian"),
    ("chuwabo", "surname_first"),
    ("limonese", "surname_first"),
    ("imeretian", "georgian_surname_first"),
    ("maithil", "caps"),
    ("chuwabo", "middle"),
    ("maithil", "middle"),
    ("limonese", "one_surname"),
    ("imeretian", "patronymic"),
    ("chuwabo", "no_accents"),
    ("maithil", "initials"),
    ("chuwabo", "initials"),
    ("maithil", "devi"),
    ("imeretian", "passport"),
    ("chuwabo", "typo"),
    ("maithil", "typo"),
    ("imeretian", "typo"),
    ("limonese", "typo"),
]
# forms written in a script of their own (they want a template in that script; every other form wants a
# Latin one)
DEVANAGARI_FORMS_HELDOUT125 = {"devanagari"}
GEORGIAN_FORMS_HELDOUT125 = {"georgian", "georgian_surname_first", "patronymic"}
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT125 = {"typo"}
FORM_ONLY_FORMS_HELDOUT125 = {
    "surname_first",
    "georgian_surname_first",
    "caps",
    "initials",
    "patronymic",
    "passport",
}
# forms that only come where a form's lead asks for them
LEAD_ONLY_FORMS_HELDOUT125 = {"surname_first", "georgian_surname_first", "caps", "passport"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT125 = {"devi"}
# the leads of forms that ask for a name in one shape: the origins and the form
SURNAME_FIRST_LEADS_HELDOUT125: dict[str, tuple[tuple[str, ...], str]] = {
    "Apelido, nome": (("chuwabo",), "surname_first"),
    "Apellidos, nombre": (("limonese",), "surname_first"),
    "გვარი/სახელი": (("imeretian",), "georgian_surname_first"),
    "Name (in CAPITAL letters)": (("maithil",), "caps"),
    "Name as in passport": (("imeretian",), "passport"),
}
# sentences the build adds whatever the seed: a titled name of each people (a Maithil one with the kin word
# after it), a name in capitals on a form and one in lower case in chat for each people, and a sentence for
# any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT125: dict[str, list[str]] = {
    "chuwabo": [
        "mano {} é o guarda dos carros no mercado central de Quelimane",
        "mamã {} paga o parqueamento por e-Mola todos os meses",
        "tio {} bloqueou outra vez a saída da garagem",
        "dona {} é a fiscal do parqueamento na baixa de Quelimane",
    ],
    "maithil": [
        "{} ji ne Darbhanga station ki parking ka theka le liya",
        "{} bhaiya ka scooter towing wale utha le gaye",
        "{} didi ka monthly pass Madhubani ki parking me khatam ho gaya",
        "{} काका फिर से गेट के सामने गाड़ी लगा दिए",
    ],
    "imeretian": [
        "ბატონი {} ავტოსადგომის დარაჯია",
        "ქალბატონი {} ჯარიმას გაასაჩივრებს",
        "batono {} aris parkingis daraji Kutaisshi",
        "bebo {} chishkartan dgas da manqanas ar ushvebs",
    ],
    "limonese": [
        "Miss {} from Cahuita pays the parqueo by SINPE",
        "Mr. {} got a boleta for parking on the yellow line in Limón",
        "doña {} me deja parquear en su garaje en Limón",
        "granny {} say di grúa tek di car from Barrio Roosevelt",
    ],
    "upper_chuwabo": ["Apelido, nome: {}", "NOME DO REQUERENTE (APELIDO PRIMEIRO): {}"],
    "upper_maithil": ["Name (in CAPITAL letters): {}", "NAME OF APPLICANT: {}"],
    "upper_imeretian": ["Name as in passport: {}", "DRIVER (AS IN PASSPORT): {}"],
    "upper_limonese": ["Apellidos, nombre: {}", "NOMBRE DEL SOLICITANTE (APELLIDOS PRIMERO): {}"],
    "lower_latin": [
        "fyi {} paid the parking fine already",
        "the season ticket for {} ends friday pls renew it",
        "ok {} moved the car, the driveway is free",
    ],
    "form_latin": ["Permit holder: {}", "Vehicle owner: {}", "Requerente: {}", "Solicitante: {}"],
    "form_devanagari": ["आवेदक का नाम: {}", "वाहन स्वामी: {}"],
    "form_georgian": ["მძღოლი: {}", "მფლობელი: {}"],
    "chat_latin": ["{} says the barrier is stuck again", "did {} pay the tow yard yet?"],
    "chat_devanagari": ["{} स्टेशन पर पार्किंग अटेंडेंट है"],
    "chat_georgian": ["ქუთაისში {} პარკირების ჯარიმას იხდის"],
}

# IBAN countries: (bank codes, the IBAN's length)
IBAN_BANKS_HELDOUT125: dict[str, tuple[list[str], int]] = {
    "PT": (["0035", "0033", "0007", "0010"], 25),  # CGD, Millennium BCP, Novo Banco, BPI
    "AE": (["026", "033", "035", "030"], 23),  # Emirates NBD, Mashreq, First Abu Dhabi, ADCB (as recalled)
    "GB": (["BARC", "NWBK", "LOYD", "HBUK"], 22),
    "GE": (["TB", "BG", "LB"], 22),  # TBC Bank, Bank of Georgia, Liberty Bank
    "GR": (["011", "014", "017", "026"], 27),  # National Bank of Greece, Alpha, Piraeus, Eurobank
    "IT": (["03069", "02008", "05034"], 27),  # Intesa Sanpaolo, UniCredit, Banco BPM (after the CIN letter)
    "CR": (["0151", "0152", "0102", "0161"], 22),  # BN, BCR, BAC, Banco Popular (with the reserve '0')
}
IBAN_BY_ORIGIN_HELDOUT125: dict[str, list[str]] = {
    "chuwabo": ["PT"],  # Mozambique has none: a relative's account in Portugal
    "maithil": ["AE", "GB"],  # India has none: a son's in Dubai or London
    "imeretian": ["GE", "GR", "IT"],  # at home, or a mother's in Athens or in Italy
    "limonese": ["CR"],
}
# everyday words of this set by origin, used in e-mail addresses, logins and passwords
SUBJECTS_HELDOUT125 = {
    "chuwabo": ["quelimane", "mocuba", "zambezia", "bonssinais", "licungo"],
    "maithil": ["darbhanga", "madhubani", "mithila", "makhana", "maithil"],
    "imeretian": ["kutaisi", "imereti", "bagrati", "zestaponi", "rioni"],
    "limonese": ["limon", "cahuita", "caribe", "puertoviejo", "rondon"],
}
EMAIL_DOMAINS_HELDOUT125 = {
    "chuwabo": ["hotmail.com", "yahoo.com", "unilicungo.ac.mz"],
    "maithil": ["rediffmail.com", "yahoo.co.in", "outlook.com"],
    "imeretian": ["mail.ru", "yahoo.com", "atsu.edu.ge"],
    "limonese": ["hotmail.com", "yahoo.com", "racsa.co.cr"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT125: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)quelimane|mocuba|zamb[eé]zia|moçambique|mozambi|\bmano\b|\bmana\b|\btio\b|\btia\b|mamã|"
            r"\bdona\b|\bsenhor\b|parqueamento|m-pesa|e-mola|mkesh|\bmt\b|apelido|dístico|requerente|"
            r"reboque|\bnão\b"
        ),
        "chuwabo",
    ),
    (
        re.compile(
            r"(?i)darbhanga|madhubani|mithila|bihar|laheriasarai|\bupi\b|\bji\b|bhaiya|didi|\bkaka\b|\bkaki\b|"
            r"\bhai\b|capital letters|gaadi|parchi|\bne\b|\bka\b|[\u0900-\u097f]"
        ),
        "maithil",
    ),
    (
        re.compile(
            r"(?i)kutais|zestaponi|samtredia|imereti|georgia|\bbatono|kalbatono|\bbebo\b|babua|\blari\b|"
            r"passport|[\u10a0-\u10ff]"
        ),
        "imeretian",
    ),
    (
        re.compile(
            r"(?i)lim[oó]n|cahuita|puerto viejo|costa ric|sinpe|colones|₡|\bmiss\b|\bmrs?\.|granny|\bdon\b|"
            r"doña|parqueo|parquear|apellidos|solicitante|wappin|\bdi\b|boleta|grúa"
        ),
        "limonese",
    ),
]
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT125: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"(?i)\bshe\b|\bher\b|herself|\bmana\b|\btia\b|mamã|\bdona\b|\bela\b|\bdidi\b|\bkaki\b|\brahi\b|"
            r"\bgayi\b|kalbatono|\bbebo\b|ქალბატონ|ბებო|\bmiss\b|\bmrs\.|granny|doña|\bella\b|दीदी|काकी"
        ),
        True,
    ),
    (
        re.compile(
            r"(?i)\bhe\b|\bhis\b|\bhim\b|himself|\bmano\b|\btio\b|\bsenhor\b|\bele\b|bhaiya|\bkaka\b|"
            r"\bbatono\b|babua|ბატონი|ბაბუა|\bmr\.|\bdon\b|\bél\b|भैया|काका"
        ),
        False,
    ),
]
# a parking word and its common misspelling
MISSPELT_HELDOUT125 = {
    "vehicle": "vehical",
    "attendant": "attendent",
    "receipt": "reciept",
    "tomorrow": "tommorow",
    "neighbour": "nieghbour",
    "appeal": "apeal",
    "barrier": "barier",
    "amanhã": "amanha",
    "grúa": "grua",
    "पार्किंग": "पार्कींग",
}
MISSPELT_WORD_HELDOUT125 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT125, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Mozambican Portuguese, Hindi in Latin letters, Costa Rican
# Spanish and Georgian in Latin letters
SHORTHAND_HELDOUT125 = {
    "please": "pls",
    "because": "cuz",
    "thanks": "thx",
    "tomorrow": "tmrw",
    "porque": "pk",
    "estou": "tou",
    "mesmo": "msm",
    "obrigado": "obg",
    "nahi": "nhi",
    "hai": "h",
    "por favor": "porfa",
    "madloba": "mdl",
}
SHORTHAND_WORD_HELDOUT125 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT125, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT125 = (
    "January February March April May June July August September October November December".split()
)
# Mozambique writes the months with a capital, as Portugal did before the 1990 spelling agreement
PORTUGUESE_MONTHS_HELDOUT125 = (
    "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro".split()
)
HINDI_MONTHS_HELDOUT125 = "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split()
GEORGIAN_MONTHS_HELDOUT125 = (
    "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი"
).split()
SPANISH_MONTHS_HELDOUT125 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
# the years a date of birth is drawn between: a driver, a permit holder, a resident
BIRTH_YEARS_HELDOUT125 = (1944, 2006)


def _fold(text: str) -> str:
    """A Latin-letter name without its marks ('Olegário' -> 'Olegario', 'Efigénia' -> 'Efigenia'); Devanagari
    and Georgian stay as written."""
    out: list[str] = []
    for c in text:
        if unicodedata.combining(c) and out and out[-1].isascii():
            continue  # a combining mark on a Latin letter
        if c.isascii() or not ("\u00c0" <= c <= "\u024f"):
            out.append(c)
            continue
        out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
    return "".join(out)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Muária' -> 'muaria')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a text holds a public figure's full name, marks and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT125)


def _script(template: str) -> str:
    """The script a template is written in: 'devanagari', 'georgian' or 'latin'."""
    if DEVANAGARI_RE.search(template):
        return "devanagari"
    if GEORGIAN_RE.search(template):
        return "georgian"
    return "latin"


def _form_script(form: str) -> str:
    if form in DEVANAGARI_FORMS_HELDOUT125:
        return "devanagari"
    if form in GEORGIAN_FORMS_HELDOUT125:
        return "georgian"
    return "latin"


def _deva(name: str) -> str:
    """The Devanagari of a Maithil name ('Karn' -> 'कर्ण')."""
    return DEVANAGARI_HELDOUT125[name]


def _geo(name: str) -> str:
    """The Georgian of an Imeretian name ('Kiknadze' -> 'კიკნაძე')."""
    return GEORGIAN_HELDOUT125[name]


def _nominative(georgian: str) -> str:
    """A Georgian given name standing alone in a sentence: a name that ends in a consonant takes the
    nominative '-ი' ('გურამ' -> 'გურამი'), one that ends in a vowel stays ('შალვა')."""
    return georgian if georgian[-1] in "აეიოუ" else georgian + "ი"


def _genitive(name: str, georgian: bool) -> str:
    """A father's given name in the genitive, as the patronymic wants it ('გურამ' -> 'გურამის', 'შალვა' ->
    'შალვას'; in Latin letters 'Guramis', 'Shalvas')."""
    if georgian:
        return name + ("ს" if name[-1] in "აეიოუ" else "ის")
    return name + ("s" if name[-1] in "aeiou" else "is")


def _ascii(name: str) -> str:
    """A name typed where only ASCII goes in ('Olegário Muária' -> 'Olegario Muaria')."""
    return _fold(name)


class Gen125(Gen3):
    """Generators for held-out set 125: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT125)  # the forms not given yet
        self._last_origin: str | None = None  # the origin of the name given last, for the values after it
        self._reads_left = 0

    def _set_origin(self, origin: str) -> None:
        self._last_origin, self._reads_left = origin, 2  # a sentence holds at most two values after a name

    def _origin_after_name(self) -> str | None:
        """The origin of the name just given (most of the time), so that the address, the phone, the e-mail,
        the IBAN or the date of birth after it belongs to the same place; None to draw from any."""
        origin = self._last_origin
        self._reads_left -= 1
        if self._reads_left <= 0:
            self._last_origin = None
        return origin if origin and self.rng.random() < 0.8 else None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) in Latin letters."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT125)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT125[origin]
        for _ in range(50):
            first, last = rng.choice(women if woman else men), rng.choice(lasts)
            if not _reads_public(f"{first} {last}"):
                break
        return origin, first, last, woman

    def _father(self, origin: str, first: str) -> str:
        return self.rng.choice([g for g in NAMES_HELDOUT125[origin][0] if g != first])

    def _middle(self, first: str, woman: bool) -> str:
        """A Maithil middle name: 'Kumari' for a woman, 'Nath', 'Kumar', 'Prasad' or 'Chandra' for a man
        ('Nath' not after a given name in '-nath')."""
        if woman:
            return "Kumari"
        pool = [m for m in MAITHIL_MIDDLE_MEN_HELDOUT125 if not (m == "Nath" and first.endswith("nath"))]
        return self.rng.choice(pool)

    def _second_family(self, origin: str, last: str) -> str:
        return self.rng.choice([f for f in NAMES_HELDOUT125[origin][2] if f != last])

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT125's)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT125:
            woman = True
        if form == "typo":
            typos = NAME_TYPOS_HELDOUT125[origin]
            _, first, _, woman = self._origin_name(origin, woman)
            return f"{first} {typos[rng.choice(sorted(typos))]}"
        _, first, last, woman = self._origin_name(origin, woman)
        if origin == "chuwabo":
            if form == "full":
                return f"{first} {last}"
            if form == "middle":  # 'Olegário Teodósio Magareta': a second given name before the family's
                return f"{first} {self._father(origin, first)} {last}"
            if form == "surname_first":  # a Mozambican form's 'Apelido, nome': 'Magareta, Olegário'
                return f"{last}, {first}"
            if form == "no_accents":  # 'Olegario Muaria', typed where only ASCII goes in
                for _ in range(50):
                    if not (first + last).isascii():
                        break
                    _, first, last, woman = self._origin_name(origin, woman)
                return _ascii(f"{first} {last}")
            if form == "initials":  # 'O. Magareta'
                return f"{first[0]}. {last}"
            raise KeyError(form)
        if origin == "maithil":
            middle = self._middle(first, woman)
            if form == "full":
                return f"{first} {last}"
            if form == "devanagari":  # 'कामेश्वर कर्ण'
                return f"{_deva(first)} {_deva(last)}"
            if form == "middle":  # 'Kameshwar Nath Karn', 'Vaidehi Kumari Jha'
                return f"{first} {middle} {last}"
            if form == "initials":  # 'K. N. Karn'
                return f"{first[0]}. {middle[0]}. {last}"
            if form == "devi":  # 'Vaidehi Devi'
                return f"{first} {DEVI_HELDOUT125[0]}"
            if form == "caps":  # 'KAMESHWAR NATH KARN'
                return f"{first} {middle} {last}".upper()
            raise KeyError(form)
        if origin == "imeretian":
            if form == "latin":
                return f"{first} {last}"
            if form == "georgian":  # 'შალვა კიკნაძე'
                return f"{_geo(first)} {_geo(last)}"
            if form == "georgian_surname_first":  # a Georgian list's 'კიკნაძე შალვა'
                return f"{_geo(last)} {_geo(first)}"
            if form == "patronymic":  # 'შალვა გურამის ძე კიკნაძე', 'ნათელა შალვას ასული კიკნაძე'
                of = (DAUGHTER_OF_HELDOUT125 if woman else SON_OF_HELDOUT125)[0]
                return f"{_geo(first)} {_genitive(_geo(self._father(origin, first)), True)} {of} {_geo(last)}"
            if form == "passport":  # 'KIKNADZE SHALVA'
                return f"{last.upper()} {first.upper()}"
            raise KeyError(form)
        if form == "full":  # 'Icilda Parchment Stennett': the father's and the mother's family names
            return f"{first} {last} {self._second_family(origin, last)}"
        if form == "one_surname":  # 'Icilda Parchment'
            return f"{first} {last}"
        if form == "surname_first":  # a Costa Rican form's 'Apellidos, nombre': 'Parchment Stennett, Icilda'
            return f"{last} {self._second_family(origin, last)}, {first}"
        raise KeyError(form)

    def _owed_for(self, origins: tuple[str, ...] | None, script: str, chat: bool, lead_form: str | None):
        """The first owed (origin, form) a template can take: its origin, its script, chat or form."""
        for origin, form in self.owed:
            if origins and origin not in origins:
                continue
            if lead_form and form != lead_form:
                continue
            if not lead_form and form in LEAD_ONLY_FORMS_HELDOUT125:
                continue
            if _form_script(form) != script:
                continue
            if chat and form in FORM_ONLY_FORMS_HELDOUT125 or not chat and form in CHAT_ONLY_FORMS_HELDOUT125:
                continue
            return origin, form
        return None

    def _plain_person(self, origin: str, woman: bool | None, script: str) -> str:
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if origin == "chuwabo":
            if r < 0.55:
                return f"{first} {last}"
            if r < 0.65:
                return f"{first} {self._father(origin, first)} {last}"
            return first if r < 0.88 else last
        if origin == "maithil":
            if script == "devanagari":
                if r < 0.6:
                    return f"{_deva(first)} {_deva(last)}"
                if r < 0.75:
                    return f"{_deva(first)} {_deva(self._middle(first, woman))} {_deva(last)}"
                if woman and r < 0.82:
                    return f"{_deva(first)} {DEVI_HELDOUT125[1]}"
                return _deva(first)
            if r < 0.5:
                return f"{first} {last}"
            if r < 0.65:
                return f"{first} {self._middle(first, woman)} {last}"
            if woman and r < 0.72:
                return f"{first} {DEVI_HELDOUT125[0]}"
            return first if r < 0.9 else last
        if origin == "imeretian":
            if script == "georgian":
                return f"{_geo(first)} {_geo(last)}" if r < 0.65 else _nominative(_geo(first))
            return f"{first} {last}" if r < 0.65 else first if r < 0.9 else last
        if r < 0.35:
            return f"{first} {last} {self._second_family(origin, last)}"
        if r < 0.7:
            return f"{first} {last}"
        return first if r < 0.9 else last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a kin word
        after it, one of the origin whose places, papers or speech the template names, in its script."""
        rng = self.rng
        script = _script(template)
        m = TITLE_SLOT_HELDOUT125.search(template)
        if m:
            origins, woman, part = TITLED_HELDOUT125[m.group(1).lower()]
            origin = rng.choice(origins)
            if len(origins) > 1:
                cued = next((o for cue, o in ORIGIN_CUES_HELDOUT125 if cue.search(template)), None)
                origin = cued if cued in origins else origin
            self._set_origin(origin)
            _, first, last, _ = self._origin_name(origin, woman)
            if origin == "imeretian" and script == "georgian":
                return _nominative(_geo(first))
            if origin == "maithil" and script == "devanagari":
                return _deva(last if part == "family" else first)
            return last if part == "family" else first
        s = SUFFIX_SLOT_HELDOUT125.search(template)
        if s:
            self._set_origin("maithil")
            _, first, _, _ = self._origin_name("maithil", SUFFIXES_HELDOUT125[s.group(1).lower()])
            return _deva(first) if script == "devanagari" else first
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT125 if cue.search(template)), None)
        lead = next((k for k in SURNAME_FIRST_LEADS_HELDOUT125 if template.startswith(k)), None)
        origins: tuple[str, ...] | None = None
        lead_form = None
        if lead:
            origins, lead_form = SURNAME_FIRST_LEADS_HELDOUT125[lead]
        cued = next((o for cue, o in ORIGIN_CUES_HELDOUT125 if cue.search(template)), None)
        if script in SCRIPT_ORIGINS_HELDOUT125:
            origins = (SCRIPT_ORIGINS_HELDOUT125[script],)
        elif cued and not lead:
            origins = (cued,)
        owed = self._owed_for(origins, script, chat, lead_form)
        if owed and not (woman is False and owed[1] in WOMEN_FORMS_HELDOUT125):
            self.owed.remove(owed)
            self._set_origin(owed[0])
            return self._form(owed[0], owed[1], woman)
        origin = rng.choice(origins) if origins else rng.choice(ORIGINS_HELDOUT125)
        self._set_origin(origin)
        if lead_form:
            return self._form(origin, lead_form, woman)
        name = self._plain_person(origin, woman, script)
        if chat and script == "latin" and rng.random() < 0.05:
            return name.lower()
        return name

    def _caps(self, origin: str) -> tuple[str, str]:
        """(lead, name) in capitals as a form or a passport writes it."""
        lead = self.rng.choice(FORCED_SENTENCES_HELDOUT125[f"upper_{origin}"])
        form = {"chuwabo": "surname_first", "maithil": "caps", "imeretian": "passport"}.get(
            origin, "surname_first"
        )
        return lead, self._form(origin, form).upper()

    def _lower(self, origin: str) -> str:
        """A full name in lower case as chat types it (a Georgian one in Latin letters, as most chat is)."""
        form = {"imeretian": "latin", "limonese": "one_surname"}.get(origin, "full")
        return self._form(origin, form).lower()

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT125 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT125:
            template = rng.choice(FORCED_SENTENCES_HELDOUT125[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT125:
            filled.append(self._caps(origin))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT125["lower_latin"]), self._lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT125 else "form"
            key = f"{kind}_{_form_script(form)}"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT125[key]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _regional(self, shapes: dict[str, list]) -> list:
        origin = self._origin_after_name()
        return shapes[origin] if origin else [s for k in shapes for s in shapes[k]]

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, k, q = rng.randint(1, 80), rng.randint(1, 140), rng.randint(1, 40)
        shapes = {
            "chuwabo": [
                f"Av. Julius Nyerere, n.º {rng.randint(100, 2999)}, Quelimane",
                f"Bairro Coalane, quarteirão {q}, casa n.º {n}, Quelimane",
                f"Bairro Torrone Velho, Q. {q}, casa {n}, Quelimane",
                f"Bairro Chuabo Dembe, quarteirão {q}, casa n.º {n}, Quelimane",
                f"Bairro Icídua, casa n.º {n}, Quelimane",
                f"Av. Eduardo Mondlane, n.º {n}, Mocuba, Zambézia",
            ],
            "maithil": [
                f"H. No. {n}, Mohalla Lalbagh, Darbhanga, Bihar 846004",
                f"Near Donar Chowk, H. No. {n}, Laheriasarai, Darbhanga 846001",
                f"Ward No. {rng.randint(1, 48)}, Shubhankarpur, Darbhanga, Bihar 846006",
                f"Station Road, near Shankar Chowk, H. No. {n}, Madhubani, Bihar 847211",
                f"Vill. Jitwarpur, Ward {rng.randint(1, 14)}, Madhubani, Bihar",
                f"मकान नं. {n}, मोहल्ला लालबाग, दरभंगा, बिहार 846004",
            ],
            "imeretian": [
                f"ქ. ქუთაისი, ჯავახიშვილის ქ. {n}, ბ. {k}",
                f"Kutaisi, Paliashvili St. {n}, apt. {k}, 4600",
                f"ქ. ქუთაისი, ჭავჭავაძის გამზ. {n}",
                f"Kutaisi, Nikea St. {n}, 4600, Georgia",
                f"ქ. ზესტაფონი, აღმაშენებლის ქ. {n}",
                f"Samtredia, Chanchibadze St. {n}, Georgia",
            ],
            "limonese": [
                f"Limón centro, del Parque Vargas {pick([100, 200, 300])} metros al norte, casa {n}",
                f"Barrio Roosevelt, de la iglesia {pick([50, 75, 100])} m oeste, casa {n}, Limón",
                f"Barrio Cieneguita, casa {n}, frente a la pulpería, Limón",
                f"Cahuita, Playa Negra, {pick([200, 300, 400])} m sur del cruce, casa {n}",
                f"Puerto Viejo de Talamanca, {pick([100, 150, 200])} m este de la plaza, casa {n}",
                f"Barrio Limoncito, casa {n}, Limón, Costa Rica",
            ],
        }
        return pick(self._regional(shapes))

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, _ = self._origin_name(origin)
        first, fam = _plain(first), _plain(last)
        subject = rng.choice(SUBJECTS_HELDOUT125[origin])
        user = rng.choice(
            [
                f"{first}.{fam}",
                f"{first[:1]}.{fam}{rng.randint(1, 99):02d}",
                f"{first}{fam}{rng.randint(1, 99)}",
                f"{fam}.{first[:1]}",
                f"{first}_{subject}",
                f"{subject}.{first}",
                f"{first}{rng.randint(1950, 2006)}",
            ]
        )
        return f"{user}@{rng.choice(['gmail.com', *EMAIL_DOMAINS_HELDOUT125[origin]])}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        mz = ["82", "83", "84", "85", "86", "87"]
        geo = ["555", "557", "568", "577", "591", "593", "595", "598", "599"]
        shapes = {
            "chuwabo": [
                f"+258 {pick(mz)} {d(3)} {d(4)}",
                f"{pick(mz)} {d(3)} {d(4)}",
                f"{pick(mz)}{d(7)}",
                f"+258 24 21 {d(2)} {d(2)}",
                f"2421{d(4)}",
            ],
            "maithil": [
                f"+91 {pick('6789')}{d(4)} {d(5)}",
                f"{pick('6789')}{d(9)}",
                f"+91-{pick('6789')}{d(9)}",
                f"06272-2{d(5)}",
                f"06276-2{d(5)}",
            ],
            "imeretian": [
                f"+995 {pick(geo)} {d(2)} {d(2)} {d(2)}",
                f"{pick(geo)} {d(2)} {d(2)} {d(2)}",
                f"{pick(geo)}-{d(2)}-{d(2)}-{d(2)}",
                f"+995 431 2{d(1)} {d(2)} {d(2)}",
            ],
            "limonese": [
                f"+506 {pick('876')}{d(3)}-{d(4)}",
                f"{pick('876')}{d(3)}-{d(4)}",
                f"{pick('876')}{d(3)} {d(4)}",
                f"{pick(['2758', '2798'])}-{d(4)}",
                f"2755-{d(4)}",
                f"+506 2758 {d(4)}",
            ],
        }
        return pick(self._regional(shapes))

    def card(self) -> str:
        rng = self.rng
        rupay = rng.choice(["6522", "6070", "5085"])
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", "2223", rupay])
        prefix = rng.choice([prefix, prefix, prefix, prefix, "34", "37"])
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        return " ".join(groups) if r < 0.6 else "-".join(groups) if r < 0.7 else num

    def iban(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        code = rng.choice(IBAN_BY_ORIGIN_HELDOUT125[origin] if origin else sorted(IBAN_BANKS_HELDOUT125))
        iban = _iban_of(rng, code)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice(
            [
                f.ipv4_public(),
                f.ipv4_public(),
                f"192.168.{rng.choice([0, 1, 20, 100])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            ]
        )

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice(
            [
                f"2c0f:fc89:{h()}:{h()}::{h()}",
                f"2401:4900:{h()}:{h()}::{h()}",
                f"2a0b:6b80:{h()}:{h()}::{h()}",
                f"2803:9800:{h()}:{h()}::{h()}",
            ]
        )

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the ANPR camera, the barrier controller, the pay station, the car
        park app's login alerts, the camera server, sshd and nginx lines; v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the ANPR camera at the gate is on {}, it stopped reading plates", v4),
            ("the barrier controller answers on {}, the arm won't go up", v4),
            ("the parking app says my account logged in from {}, that wasn't me", rng.choice([v4, v6])),
            ("the pay station on level 1 is on {}, reboot it before the morning rush", v4),
            ("o servidor das câmaras do parque está em {}, reinicia pk não grava", v4),
            ("el servidor de las cámaras del parqueo está en {}", v4),
            ("ANPR सर्वर का पता {} है, रीस्टार्ट कर दीजिए", v4),
            ("კამერების სერვერის მისამართი: {}", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ssh anpr@{}", v4),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Mar 14 06:02:11 anpr-srv sshd[2211]: Failed password for root from {} port 50122 ssh2", v4),
            ('{} - - [14/Mar/2026:07:15:40 +0400] "POST /api/permits HTTP/1.1" 201 512', v4),
            ("anpr_host: {}", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, pick = self.rng, self.rng.choice
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1950, 2010)
        places = {
            "chuwabo": (["Quelimane", "Licungo", "Zambezia", "Mocuba"], ["@258", "#mz", "_2025", "!!"]),
            "maithil": (["Mithila", "Darbhanga", "Makhana", "Madhubani"], ["@846", "#br07", "2025", "!!"]),
            "imeretian": (["Bagrati", "Rioni", "Kutaisi", "Gelati"], ["@431", "#ge", "_2024", "!!"]),
            "limonese": (["Cahuita", "Caribe", "Limon", "Rondon"], ["@506", "#cr", "2025", "!!"]),
        }
        words, tails = places[pick(ORIGINS_HELDOUT125)]
        nick = pick(
            ["olegario", "graciete", "kameshwar", "vaidehi", "shalva", "natela", "lascelles", "icilda"]
        )
        return pick(
            [
                f"{pick(words)}{pick(tails)}",
                f"{pick(words)}{pick(tails)}",
                pick(["parking", "barrier", "garage", "permit", "towtruck"]).translate(leet)
                + pick(["", "!", "_125"]),
                f"{nick}{pick([str(year), str(year)[2:], '123'])}",
                f"{pick(['Parque', 'Parking', 'Garage', 'Parqueo'])}{rng.randint(2019, 2026)}-"
                f"{pick(['Wifi', 'Net', 'Gate'])}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Parking2024Gate"
        alnum = string.ascii_letters + string.digits
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            ("the barrier code is {}, don't tell anyone", d(4)),
            ("the gate PIN for the residents' car park is {}", d(rng.choice([4, 6]))),
            ("the parking app password is {}, renew my season ticket", pw),
            ("the attendant's login for the pay station is admin and the password is {}", pw),
            ("o código do portão é {}, não digas a ninguém", d(4)),
            ("o meu PIN do M-Pesa é {}, paga a multa por mim", d(4)),
            ("o PIN do e-Mola é {}, paga o reboque", d(4)),
            ("a senha da app do parqueamento é {}", pw),
            ("gate ka code {} hai, kisi ko mat batana", d(4)),
            ("mera UPI PIN {} hai, parking ka fine bhar do", d(rng.choice([4, 6]))),
            ("पार्किंग ऐपक पासवर्ड {} अछि, ककरो नै कहब", pw),
            ("पासवर्ड {} है, किसी को मत बताना", pw),
            ("ჭიშკრის კოდი {}, არავის უთხრა", d(4)),
            ("parkingis aplikaciis paroli {}, aravis utxra", pw),
            ("SMS კოდი {}, არავის გაუზიაროთ", d(6)),
            ("di gate code a {}, no tell nobody", d(4)),
            ("el PIN del portón es {}, no le digás a nadie", d(4)),
            ("la clave de la app del parqueo es {}", pw),
            ("WIFI:T:WPA;S:Parque_Quelimane;P:{};;", colonless),
            ("ANPR_API_KEY={}", tok(32, "0123456789abcdef")),
            ("PARKING_DB_PASSWORD={}", colonless),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("MPESA_API_KEY={}", tok(32, alnum)),
            ("RAZORPAY_KEY_SECRET={}", tok(24, alnum)),
            ("GOOGLE_MAPS_API_KEY={}", "AIza" + tok(35, b64)),
            ("TWILIO_AUTH_TOKEN={}", tok(32, "0123456789abcdef")),
            ("Password: {}", pw),
            ("Senha: {}", pw),
            ("Contraseña: {}", pw),
            ("პაროლი: {}", pw),
            ("PIN: {}", d(4)),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the car park's app, Instagram, TikTok, WhatsApp's group admin ('olegario.magareta',
        'kutaisi_shalva')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first), _plain(last)
        yy = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(0, 12)
        subject = rng.choice(SUBJECTS_HELDOUT125[origin])
        return rng.choice(
            [
                f"{subject}_{first}",
                f"{first}.{last}",
                f"{first}{last}{yy:02d}",
                f"{last}_{first[:3]}",
                f"{first}_{subject}{yy:02d}",
                f"{first}-{last}",
                f"{first}.drives",
            ]
        )

    def _birth(self) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(*BIRTH_YEARS_HELDOUT125), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses."""
        y, m, day = self._birth()
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return {
            "mz": f"{day:02d}/{m:02d}/{y}",
            "mz_words": f"{day} de {PORTUGUESE_MONTHS_HELDOUT125[m - 1]} de {y}",
            "in": f"{day:02d}/{m:02d}/{y}",
            "in_dash": f"{day:02d}-{m:02d}-{y}",
            "in_words": f"{day}{th} {EN_MONTHS_HELDOUT125[m - 1]} {y}",
            "hi_words": f"{day} {HINDI_MONTHS_HELDOUT125[m - 1]} {y}",
            "ge": f"{day:02d}.{m:02d}.{y}",
            "ge_words": f"{y} წლის {day} {GEORGIAN_MONTHS_HELDOUT125[m - 1]}",
            "cr": f"{day:02d}/{m:02d}/{y}",
            "cr_words": f"{day} de {SPANISH_MONTHS_HELDOUT125[m - 1]} de {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        shapes = self._dob_shapes()
        own = {
            "chuwabo": ["mz", "mz_words"],
            "maithil": ["in", "in_dash", "in_words"],
            "imeretian": ["ge"],
            "limonese": ["cr", "cr_words"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["mz", "in_dash", "ge", "cr", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, the residents' permit
        application, a paste."""
        s = self._dob_shapes()
        options = [
            ("Data de nascimento: {}", s["mz"]),
            ("nasci a {}, o pedido do dístico de residente pede a data", s["mz_words"]),
            ("Date of birth: {}", s["in"]),
            ("जन्म तिथि: {}", s["in"]),
            ("जन्म तारीख: {}", s["hi_words"]),
            ("mera janm {} ko hua tha, permit form me likhna hai", s["in_words"]),
            ("DOB (DD-MM-YYYY): {}", s["in_dash"]),
            ("დაბადების თარიღი: {}", s["ge"]),
            ("დაიბადა: {}", s["ge_words"]),
            ("Fecha de nacimiento: {}", s["cr"]),
            ("nací el {}, es para el permiso de residente del barrio", s["cr_words"]),
            ("mi barn {}, put it pon di permit form", s["cr"]),
            ("the residents' permit form wants my date of birth: {}", s["in_words"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("birth_date: {}", s["iso"]),
        ]
        return _pick_chat_or_not(rng=self.rng, options=options, chat=chat, key=lambda o: o[0])


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its bank codes (IBAN_BANKS_HELDOUT125); mod-97 check. An
    Italian BBAN begins with its CIN check letter, drawn here."""
    banks, length = IBAN_BANKS_HELDOUT125[country]
    bank = rng.choice(banks)
    if country == "IT":
        bank = rng.choice(string.ascii_uppercase) + bank
    bban = bank + "".join(rng.choice(string.digits) for _ in range(length - 4 - len(bank)))
    return _iban_from_bban(country, bban)


HELDOUT125_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "Apelido, nome: {}",
        "Apellidos, nombre: {}",
        "გვარი/სახელი: {}",
        "Name (in CAPITAL letters): {}",
        "Name as in passport: {}",
        "Requerente: {}",
        "Titular do dístico de residente: {}",
        "Solicitante: {}",
        "Permit holder: {}",
        "Vehicle owner: {}",
        "Attendant on duty: {}",
        "आवेदक का नाम: {}",
        "वाहन स्वामी: {}",
        "მძღოლი: {}",
        "მფლობელი: {}",
        '"permit_holder": "{}",',
        "- attendant: {}",
        "| {} | bay 14 | 07:00-15:00 |",
        "{} de Quelimane pagou a multa do parqueamento por M-Pesa",
        "o carro de {} foi rebocado em Mocuba mesmo à porta de casa",
        "estou à espera de {} no parque da baixa, o guarda não me deixa sair",
        "mano {} é o guarda dos carros no mercado central de Quelimane",
        "mana {} pediu o dístico de residente no conselho municipal",
        "tio {} bloqueou outra vez a saída da garagem",
        "tia {} vende os cartões de estacionamento à entrada do parque",
        "mamã {} paga o parqueamento por e-Mola todos os meses",
        "dona {} é a fiscal do parqueamento na baixa de Quelimane",
        "senhor {} diz que aquele lugar é dele desde 1998",
        "{} from Darbhanga got the parking slip at the station",
        "{} ji ne Darbhanga station ki parking ka theka le liya",
        "{} bhaiya ka scooter towing wale utha le gaye, abhi tak wapas nahi mila",
        "{} didi ka monthly pass Madhubani ki parking me khatam ho gaya",
        "{} kaka ne gate ke saamne gaadi laga di phir se",
        "{} kaki pooch rahi thi parking permit ka form kahan milega",
        "{} जी पार्किंग का पैसा दे दिए",
        "{} दरभंगा स्टेशन पर पार्किंग अटेंडेंट है",
        "Dr. {} parks across our gate every morning in Laheriasarai",
        "ბატონი {} ავტოსადგომის დარაჯია",
        "ქალბატონი {} ჯარიმას გაასაჩივრებს",
        "ბაბუა {} მანქანას ჭიშკართან აყენებს",
        "ქუთაისში {} პარკირების ჯარიმას იხდის",
        "batono {} aris parkingis daraji Kutaisshi",
        "kalbatono {} jarimas ixdis Kutaisshi",
        "madloba, batono {}, manqana ukve gadavayene",
        "{} from Kutaisi parks on the pavement by the Bagrati road",
        "Miss {} from Cahuita pays the parqueo by SINPE",
        "Mr. {} got a boleta for parking on the yellow line in Limón",
        "Mrs. {} wants the residents' permit for Barrio Roosevelt",
        "granny {} say di grúa tek di car from Barrio Roosevelt",
        "don {} cuida los carros frente al mercado de Limón",
        "doña {} me deja parquear en su garaje en Limón",
        "{} works the night shift at the parqueo in Limón",
        "{} is the new warden, she gives tickets for fun",
        "{} is the attendant on the barrier, he knows the code",
        "{} and {} share the driveway and argue every week",
        "ask {} if the pound is open on Sunday",
        "{} left her car on the double yellow again",
        "{} appealed the parking fine and won",
        "please tell {} the season ticket is ready because the office closes at 5",
        "thanks to {} the barrier works again",
        "{} paid the tow yard yesterday, the vehicle is back",
        "{} blocked my neighbour's driveway, call him tomorrow",
    ],
    "STREET_ADDRESS": [
        "the residents' permit is for {}, the bay outside the house",
        "send the parking fine to {}",
        "Morada: {}",
        "Dirección: {}",
        "पता: {}",
        "მისამართი: {}",
        "o dístico é para a morada {}",
        "the tow truck took my car from outside {}",
        "my neighbour at {} keeps blocking the driveway",
        "Address: {}",
        '"address": "{}",',
        "the permit zone starts at {}",
        "la grúa se llevó el carro de enfrente de {}",
        "पार्किंग परमिट इस पते का है: {}",
        "ჩემი მისამართია {}, ჭიშკართან ნუ გააჩერებთ",
    ],
    "EMAIL_ADDRESS": [
        "send the appeal to {}",
        "the parking app's receipts go to {}",
        "E-mail: {}",
        "Correo: {}",
        "ईमेल: {}",
        "ელ-ფოსტა: {}",
        "manda o recurso da multa para {}, obrigado",
        "mi correo es {}, mándeme la boleta por favor",
        "the season ticket invoice went to {}",
        "write to {} about the towed car",
        '"email": "{}",',
        "Reply-To: {}",
        "appeal ka email {} pe bhej do",
    ],
    "PHONE_NUMBER": [
        "call me on {} when the barrier is stuck",
        "the pound's number is {}",
        "Telefone: {}",
        "Teléfono: {}",
        "मोबाइल: {}",
        "ტელ.: {}",
        "liga para {} se o guarda não abrir o portão",
        "manda o M-Pesa para {}",
        "hágame el SINPE al {}",
        "the towing firm picks up on {}",
        "parking wale ka number {} hai",
        '"phone": "{}",',
        "ჩემი ნომერია {}, დამირეკე როცა ევაკუატორი მოვა",
    ],
    "CREDIT_CARD": [
        "pay the season ticket with my card {}",
        "the parking app has my card {}",
        "Cartão: {}",
        "Tarjeta: {}",
        "कार्ड नंबर: {}",
        "ბარათის ნომერი: {}",
        "charge the fine to {}",
        "paga a multa com o cartão {}",
        "the tow fee went on {}",
        '"card_number": "{}",',
        "Card number: {}",
    ],
    "IBAN_CODE": [
        "send the season ticket money to {}",
        "IBAN: {}",
        "pay the fine into {}",
        "transfere para {}, é a conta do meu irmão em Lisboa",
        "ანგარიში: {}",
        "ფული ამ ანგარიშზე გადმორიცხე: {}",
        "la cuenta de la asociación de vecinos es {}",
        "Cuenta IBAN: {}",
        "refund the permit deposit to {}",
        "the towing firm's account is {}",
        "bhaiya ka Dubai wala account {} hai",
        "खाता (IBAN): {}",
    ],
    "USERNAME": [
        "my login on the parking app is {}",
        "on Instagram the car park is @{}",
        "Utilizador: {}",
        "Usuario: {}",
        "यूज़रनेम: {}",
        "მომხმარებელი: {}",
        "Login: {}",
        "Username: {}",
        "o meu login da app do parqueamento é {}",
        "the warden's TikTok is @{}",
        "the residents' WhatsApp group admin is {}",
        '"username": "{}",',
    ],
}
HELDOUT125_MIXED = [
    ("Apelido, nome: {}\nData de nascimento: {}\nMorada: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Requerente: {}\nTelefone: {}", ["PERSON", "PHONE_NUMBER"]),
    ("आवेदक का नाम: {}\nजन्म तिथि: {}\nमोबाइल: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    (
        "Name (in CAPITAL letters): {}\nDate of birth: {}\nAddress: {}",
        ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"],
    ),
    ("გვარი/სახელი: {}\nდაბადების თარიღი: {}\nტელ.: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Apellidos, nombre: {}\nDirección: {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} paid the parking fine with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the permit deposit back in {}", ["PERSON", "IBAN_CODE"]),
    ("the towing guy is {}, {}, and wants the money in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("parking app login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("{} ({}) sent the appeal", ["PERSON", "EMAIL_ADDRESS"]),
    ("the pound charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the permit to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change the residents' permit", ["PERSON", "STREET_ADDRESS"]),
    ("Titular da conta: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the barrier controller is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("ANPR_DB_HOST={}\nANPR_DB_USER={}\nANPR_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} works the morning shift and {} the night shift", ["PERSON", "PERSON"]),
    ("{} wants the receipt sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Titular do cartão: {}\nCartão: {}", ["PERSON", "CREDIT_CARD"]),
    ("{} from Limón, phone {}", ["PERSON", "PHONE_NUMBER"]),
    ("Name as in passport: {}\nDate of birth: {}", ["PERSON", "DATE_OF_BIRTH"]),
]
HELDOUT125_NEGATIVES = [
    "Quelimane is the capital of Zambézia, on the Rio dos Bons Sinais",
    "the chapa from Quelimane to Mocuba takes about two hours",
    "half of Quelimane goes by bicycle taxi, the bicycles park anywhere",
    "o parqueamento na baixa custa 20 MT por hora",
    "mano and mana are brother and sister, tio and tia uncle and aunt, and mamã goes before an older woman's name",
    "Echuwabo is spoken around Quelimane, Portuguese in the offices",
    "Mudhilevelele! o parque já estava fechado",
    "a Avenida Samora Machel tem lugares pagos dos dois lados",
    "a multa por estacionar em cima do passeio é de 1.000 MT",
    "M-Pesa, e-Mola and mKesh all take the parking fee",
    "o reboque municipal leva o carro para o parque do conselho municipal",
    "o dístico de residente custa 2.000 MT por ano",
    "Darbhanga and Madhubani are the heart of Mithila, where Maithili is spoken",
    "ji goes after a name for respect, bhaiya and didi after an elder brother's and sister's, kaka and kaki after an uncle's and aunt's",
    "Vidyapati's songs are sung at every wedding in Mithila",
    "Darbhanga station parking: ₹20 for two hours, ₹100 for the day",
    "the two-wheeler stand at Madhubani station gives a paper slip, keep it",
    "प्रणाम, की हाल? पार्किंग मे जगह नहि अछि",
    "पार्किंग शुल्क ₹30 प्रति घंटा, मासिक पास ₹600",
    "UPI is taken at the gate, cash after 10 pm",
    "the Mithila paintings on Madhubani station's walls are famous",
    "Bihar's number plates start with BR, Darbhanga's with BR 07",
    "the ground by the Darbhanga Raj palace is no parking on festival days",
    "Kutaisi is the capital of Imereti, the Bagrati Cathedral looks down on the town",
    "batono and kalbatono go before a man's and a woman's given name in Georgian, bebo and babua mean grandma and grandpa",
    "გამარჯობა! მადლობა, მანქანა უკვე გადავაყენე",
    "ქუთაისში პარკირება საათში 1 ლარი ღირს",
    "the fine for parking on the pavement in Kutaisi is ₾50",
    "Georgian family names in -dze mean son of, the ones in -shvili child of",
    "a Georgian patronymic puts the father's name in the genitive before ძე or ასული",
    "Georgian plates read like AB-123-CD",
    "mdl, manqana ukve gadavayene",
    "the White Bridge in Kutaisi is for walkers, park on the embankment",
    "Puerto Limón is on the Caribbean, Cahuita and Puerto Viejo are to the south",
    "Marcus Garvey spoke at Liberty Hall in Limón in 1921",
    "Wha' happen? Mi deh yah, di car park full",
    "un parqueo en Limón centro cobra ₡700 la hora",
    "Miss goes before an older woman's given name in Limón, don and doña in Spanish",
    "Costa Rican taxis are red with a yellow triangle on the door",
    "SINPE Móvil pays the parqueo from the phone in seconds",
    "el 31 de agosto es el Día de la Persona Negra, el desfile cierra el centro de Limón",
    "the carnival in October closes the seafront to cars",
    "Costa Ricans carry two family names, the father's and then the mother's",
    "Level 2, bay 47 is reserved for the doctor on call",
    "bays 1 to 12 are for residents with a permit, the rest are pay and display",
    "tariff T3: first 30 minutes free, then 1.50 an hour",
    "the car park opens at 06:00 and the barrier locks at 23:30",
    "season ticket ST-2026-0418 is valid until 31 March",
    "penalty charge notice PCN-125-7730: appeal within 28 days",
    "the pound releases cars from 8 to 4, bring the registration papers",
    "the ANPR camera reads the plate when you drive in, no ticket needed",
    "the disabled bays by the lift are for badge holders only",
    "motorcycles park free on level -1",
    "the height barrier is 2.1 m, vans use the surface car park",
    "the airport shuttle bus has its own bay by the exit",
    "the test card 4111 1111 1111 1111 only works in the parking app's sandbox",
    "the example IBAN in the bank's leaflet is GE29 NB00 0000 0101 9049 17",
    "use driver@example.com in the demo app",
    "the docs use 192.0.2.15 and 2001:db8::25 for the barrier controller",
    "the default barrier code in the manual is 1234, change it on install",
    "PARKING_DB_PASSWORD=changeme is only in the sample .env",
    "the parking app's login is your phone number and a code by SMS",
    "the car park opened on 1 June 2019",
    "the residents' permit is renewed every year by 14 March",
    "the fine was issued on 03.02.2026 at 14:12",
    "ok parked on level 3 near the lift",
    "estou no parque, já paguei",
    "गाड़ी गेट के बाहर लगा दी है",
    "მანქანა ჭიშკართან დგას",
    "di car deh pon di corner",
    "ya parqueé, voy subiendo",
    "the warden comes round at ten and at three",
    "the attendant's shift changes at 2 pm",
    "don't leave the ticket in the car, the machine wants it at the exit",
    "the neighbours agreed: no parking across the driveway on weekdays",
    "the towing fee is ₹500 plus ₹100 a day at the yard",
    "the pay station takes coins and cards, not notes",
    "the barrier stays up during the power cut, the attendant writes the plates down",
]


def _typo125(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a parking word's common misspelling ('vehicle' -> 'vehical', 'attendant'
    -> 'attendent', 'barrier' -> 'barier', Portuguese 'amanhã' -> 'amanha', Spanish 'grúa' -> 'grua', Hindi
    'पार्किंग' -> 'पार्कींग'), or chat shorthand in the set's languages ('please' -> 'pls', Portuguese 'porque'
    -> 'pk', 'estou' -> 'tou', Hindi 'nahi' -> 'nhi', 'hai' -> 'h', Spanish 'por favor' -> 'porfa', Georgian
    'madloba' -> 'mdl'). Only in sentences typed to the bot or a friend; titles and kin words by a name stay
    as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT125.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT125[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT125.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT125[m.group(1)] + template[m.end() :]


def build_heldout125(seed: int = HELDOUT125_SEED) -> list[Example]:
    """Held-out set 125: `Gen125` values in `HELDOUT125_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen125.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen125(seed)
    examples = assemble_module_set(
        gen, HELDOUT125_TEMPLATES, HELDOUT125_MIXED, HELDOUT125_NEGATIVES, _typo125, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
