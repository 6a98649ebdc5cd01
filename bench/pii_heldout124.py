"""Held-out PII set 124 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout124": written during round 70 by a separate author who did not open privacy/, never ran the scrubber
on it, never saw Kaizen's misses on it and kept it out of any training (no faker name locale:
NAME_LOCALES_HELDOUT124 is empty, as for the sets before it; written at the same time as held-out 125 by
another author, neither seeing the other's set, and none of the peoples that set takes (the Makhuwa, the
Santali, the Mingrelians and the Mauritians) is drawn here). The theme: driving schools, driving lessons and
the driving test as learners, parents, instructors and driving-school staff talk about them: booking a lesson
and the instructor's phone, the pick-up address for a lesson, the theory test and the login of its online
practice app, the learner's permit or provisional licence with a date of birth, the medical certificate
(Russia's 003-В/у, Timor-Leste's atestadu médiku), a package of lessons paid by card, by bank transfer (with
an IBAN where the country has one) or by mobile money, the test centre and the traffic police (the
Госавтоинспекция, Azerbaijan's Yol Polisi, Timor-Leste's PNTL, Nigeria's FRSC and the VIO), the school's Wi-Fi
and its door and key-box codes, the e-mail with the test result and the instructor's car. The first 30 lines
of held-out 27 to 123 were grepped for 'driving' and 'driving school': held-out 41 had driving schools among a
dozen places of learning and childhood, and held-out 97 took cars and driving seen by ordinary people with the
driving school and the driving test among the second-hand car, the garage, insurance, parking fines and
car-sharing (held-out 119 says so and kept off the theme); no set has taken the driving school, its lessons
and its test as its whole theme, so this set keeps the theme it was given (a judgement call: 97 is the
nearest). Lesson, booking, receipt and candidate numbers, licence classes, lesson counts, test scores, road
numbers, fees and times are no PII of TYPES: they come only in negatives.

The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 123.py) and bench/pii.py
for each of them, their towns and their languages. None of the four is a main people of any module set:
Timor-Leste comes up in held-out 27 in a list of countries and in held-out 93 and 107 only as the country of
an IBAN sent to other peoples' relatives in Dili; bench/pii.py holds short Tetum, Lezgin, Efik/Ibibio and
Pohnpeian lists among dozens of peoples (held-out 9's to 12's), with Dili's Balide, Comoro, Lecidere,
Manleuana, Fatuhada, Bairo Pite and Becora, Uyo's Oron, Aka and Ikot Ekpene roads, Pohnpei's Nett, Sokehs and
'Kolonia Town' lots and Derbent's Lenina, Gasanova and Tagi-Zade streets, which this set does not take. So no
people was swapped, and this set leaves out every name those lists hold and every name earlier sets hold that
these peoples carry too: Tetum 'Ermelinda', 'Aniceto', 'Jacinta', 'Domingas', 'Agio', 'Bendito', 'Olinda',
'Felisberto', 'Zeferina', 'Mau-Kiak', 'Ximenes', 'Belo', 'da Costa', 'Amaral', 'Soares', 'Lobato', 'Guterres',
'Sarmento', 'do Rego', 'Pires', 'Fernandes', and the Portuguese names Timorese carry that other sets hold
('Aurélio', 'Adelino', 'Rogério', 'Lucinda', 'Palmira', 'Freitas', 'Araújo', 'Martins', 'Barreto', 'Cabral');
Lezgin 'Gasret', 'Fejzudin', 'Selime', 'Kerim', 'Zagir', 'Sijar', 'Arben', 'Zemfira', 'Nurudin', 'Alpan',
'Stalsky', 'Gadzhibekov', 'Efendiev', 'Akimov', 'Kaziev', 'Mirzabekov', 'Alkadarsky', 'Ragimov', 'Zeynalov'
(and 'Gadzhimuradov', 'Kurbanaliev', 'Zeynab', 'Melek'); Ibibio 'Ekaette', 'Nsikak', 'Idongesit', 'Ime',
'Aniekan', 'Uduak', 'Mfon', 'Ekemini', 'Eno', 'Ubong', 'Etim', 'Okon', 'Udoh', 'Akpan', 'Inyang', 'Ekpenyong',
'Essien', 'Udofia', 'Umoh', 'Ekanem' (and 'Edem'); Pohnpeian 'Lihpai', 'Serehna', 'Kerpet', 'Linter', 'Ihrin',
'Sohpia', 'Marcelo', 'Nahner', 'Ehsa', 'Hadley', 'Ioanis', 'Santos', 'Etscheit', 'Nanpei', 'Weilbacher',
'Moses' (and 'Saimon', 'Elias', 'Albert', 'Joseph'). The places were grepped the same way: Caicoli, Audian,
Bidau Santana, Colmera, Motael, Bebonuk, Culuhun, Tirilolo and Buruma, Derbent's prospekt Agasieva, Akhty's
ulitsa Sharvili, Kasumkent, Qusar's Həzrə and Laza, Uyo's Abak, Nwaniba and Itu roads, Ewet and Osongama
estates, and Pohnpei's Kitti, Madolenihmw and Palikir come up in no earlier set; Akhty itself comes up in
bench/pii.py in Latin letters with its Gadzhieva, Shkolnaya and Samurskaya streets and its '(87263)' lines,
which this set does not take (its Akhty addresses are in Cyrillic, with a street of its own), and Buynaksk in
held-out 121 as a town (here only Derbent's ulitsa Buynakskogo); Guam's Tamuning and Marine Corps Drive
(held-out 103 and 112) are left out, so a Pohnpeian's address is on Pohnpei.

Hand-written lists of four peoples: the Tetum-speaking Timorese of Dili and Baucau (Portuguese given names of
the kind Timorese families give ('Filomeno', 'Gaudêncio', 'Olandina', 'Cesaltina') and the family names of
Timorese papers ('Tilman', 'Boavida', 'Hornay', 'Magno', 'Exposto'), a Tetum name between the given and the
family name, on papers and in the family's mouth ('Olandina Buimali Tilman'), a name in capitals on the
electoral card, initials ('F. Tilman'), and 'Sr.' and 'Sra.' before a family name and the Tetum 'mana' (elder
sister), 'maun' (elder brother) and 'avó' (grandparent) before a given name, outside the span); the Lezgins of
Derbent and southern Dagestan (Akhty, Kasumkent) and of Qusar in Azerbaijan (Lezgin given names and family
names in '-ов' in Cyrillic and in Russian-style Latin letters: 'Серкер Шихбабаев', 'Serker Shikhbabaev', the
Russian form's family name, given name and patronymic ('Шихбабаев Серкер Мусаибович'), the given name and
patronymic of polite address, a woman's family name in '-a', initials after the family name ('Шихбабаев С.
М.'), a foreign passport's ICAO spelling in capitals ('SHIKHBABAEV SERKER'), the Azerbaijani spelling Qusar's
papers give ('Sərkər Şıxbabayev') and the Azerbaijani form's family name, given name and father's name with
'oğlu' (son of) or 'qızı' (daughter of) ('Şıxbabayev Sərkər Müsahib oğlu'), 'тётя' and 'дядя' before a given
name and the Azerbaijani 'xala' (aunt), 'dayı' (uncle), 'müəllim' (teacher, said to any respected man, a
driving instructor too) and 'xanım' (madam) after one, outside the span); the Ibibio of Uyo and Akwa Ibom
(Ibibio given names ('Kufre', 'Ndifreke', 'Imaobong', 'Mfoniso') and family names ('Udosen', 'Etukudo',
'Akpanudo'), a middle name ('Imaobong Iniobong Udosen'), a Nigerian form's 'Surname, first name' ('Udosen,
Imaobong'), two initials before the family name ('I. I. Udosen'), and 'Ete' (father), 'Eka' (mother), 'Oga'
(boss, as a learner calls the instructor), 'Aunty' and 'Engr.' before a name, outside the span); and the
Pohnpeians of Kolonia, Kitti, Madolenihmw and Palikir (given names as Pohnpei writes them ('Iohanes',
'Kasiano', 'Pernis', 'Sernida') and Pohnpeian family names, some German or Japanese in origin ('Lebehn',
'Ligohr', 'Eperiam', 'Kohler', 'Yamada'), an American-style form's 'Last name, first name' ('Lebehn, Pernis')
and middle initial ('Pernis K. Lebehn'), and 'Mr.', 'Mrs.', 'Uncle' and 'Aunty' before a name, outside the
span). No public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT124, checked without marks and case:
Timorese, Lezgin, Akwa Ibom and Pohnpeian politicians and writers; the lists cannot make any of them), and
public figures come only inside the names of places and institutions in negatives (the Presidente Nicolau
Lobato airport in Dili, the Suleyman-Stalsky district, the Godswill Akpabio stadium in Uyo, the Bailey Olter
high school on Pohnpei). Every one of those name forms, and names with a typo ('Boavidda', 'Shikhbabev',
'Akpaudo', 'Eperaim'), is forced into the build at least once whatever the seed (a form the draws have not
reached comes in a sentence of its own), and each people also gets a titled name, a name in capitals on a form
and one in lower case in chat; the address, the phone, the e-mail, the IBAN or the date of birth after a name
mostly comes from that name's region.

Names on papers in Portuguese and Tetum ('Nome completo:', 'Naran kompletu:', 'Instrutór:'), Russian ('ФИО:',
'Курсант:', 'Инструктор:'), Azerbaijani ('Soyadı, adı, atasının adı:', 'Təlimçi:'), Nigerian English
('Surname, first name:', 'Name of applicant:'), American English ('Last name, first name:', 'Student
driver:'), an instructor's day sheet '| ... |' row, JSON and YAML; those regions' addresses ('Rua de Caicoli,
n.º 12, Vera Cruz, Dili', 'Suco Bebonuk, Posto Administrativo Dom Aleixo, Município de Dili', 'Bairro
Tirilolo, n.º 12, Vila Baucau, Município de Baucau', 'г. Дербент, пр. Агасиева, д. 12, кв. 45, 368600', 'с.
Ахты, ул. Шарвили, д. 12, 368730', 'Qusar ş., Nizami küç., ev 12, mənzil 5, AZ3800', 'Qusar rayonu, Həzrə
kəndi, ev 12', 'No. 12 Abak Road, Uyo, Akwa Ibom State', 'Plot 12, Ewet Housing Estate, Uyo', 'P.O. Box 1234,
Kolonia, Pohnpei FM 96941'); phones (Timor-Leste's '+670' mobiles in '73', '76', '77' and '78' and Dili's
'331' lines; Dagestan's mobiles '+7 928', '988', '903', '964' and '8 9..', Derbent's '(87240)'; Azerbaijan's
'+994 50', '51', '55', '70', '77', '99', '10' and '050 ...'; Nigeria's '+234 803', '806', '813', '703', '810',
'905', '0803...' and the like; the FSM's '+691' with Pohnpei's '320' lines and mobiles in '92.'); Visa,
Mastercard, Mir ('2200'-'2204'), Verve ('5061', 19 digits) and Amex cards; IBANs: Timor-Leste, Portugal and
the United Kingdom for the Timorese (many work in Portugal and in Britain on Portuguese passports), Azerbaijan
for the Lezgins, the United Kingdom and Ireland for an Ibibio relative (Russia, Nigeria and the FSM have none,
so a Pohnpeian's transfer goes to any of these); IPs of the school's router, the theory-test kiosk, the Wi-Fi
dashcam in the instructor's car, the yard's camera, the practice app's login alerts, sshd and nginx lines, v4
and v6; logins and secrets as learners and staff hand them over (the practice app's password, the school's
Wi-Fi, the door and key-box codes, a bank's SMS code, an OPay or m10 PIN, a Mir PIN), with cues in English,
Nigerian Pidgin ('abeg no tell anybody'), Tetum ('keta fó-hatene ba ema ida'), Portuguese ('não digas a
ninguém'), Russian ('никому не говори'), Lezgin ('садазни лугьумир'), Azerbaijani ('heç kimə demə') and
Pohnpeian ('dehr ndaiong emen'), a Wi-Fi QR string and .env lines (a Paystack key, a Twilio token, a Telegram
bot token, a Stripe key, a Google Maps key, the booking database's password); dates of birth in each people's
shapes (Timor-Leste's '14/03/2005', '14 de março de 2005' and Tetum '14 Marsu 2005', Russian '14.03.2005' and
'14 марта 2005 г.', Azerbaijani '14 mart 2005', Nigerian '14/03/2005', '14-03-2005' and '14th March, 2005',
the FSM's American '03/14/2005' and 'March 14, 2005', an export's ISO date), a learner's or a parent's, drawn
between fixed years from the set's own rng so the set builds the same on any day; typos as chat types them (a
driving word's misspelling: 'instructor' -> 'instuctor', 'lesson' -> 'lession', 'theory' -> 'theroy',
Portuguese 'condução' -> 'conducao', Russian 'экзамен' -> 'экзамин'; chat shorthand: 'please' -> 'pls',
'tomorrow' -> '2moro', 'because' -> 'bcos', 'you' -> 'u', Russian 'пожалуйста' -> 'пж', Portuguese 'obrigado'
-> 'obg' and 'por favor' -> 'pfv', Azerbaijani 'salam' -> 'slm'); negatives with the same places, the titles
and kin words explained, the naming customs, fees in US dollars, roubles, manats and naira, licence classes,
lesson counts, test scores, road numbers, lesson and candidate numbers, placeholder secrets, a test card, the
example IBAN, a placeholder e-mail, documentation IPs, dates that are no one's birthday and short everyday
chat in Tetum, Portuguese, Russian, Azerbaijani, Nigerian Pidgin, Pohnpeian and English.

Forms this author is unsure of, said here rather than guessed silently: the Tetum names between the given and
the family name are composed by this author on the 'Mau-' (men) and 'Bui-' (women) that begin many Tetum
names, written as one word ('Maubuti', 'Buimali'), not taken from a register; which Portuguese given names are
most common in Timor-Leste and whether 'Verdial', 'Quintas' and 'Exposto' are Timorese family names is from
memory; the Tetum 'karta kondusaun', 'eskola kondusaun', 'atestadu médiku', 'Naran kompletu', 'Data moris' and
the cue 'keta fó-hatene ba ema ida' ('don't tell anyone') are the author's best Tetum, and the Tetum month
names are written as the author recalls the standard spelling; Timor-Leste's mobile prefixes ('73' to '78')
and Dili's '331' lines, and the bank code '008' in the TL IBANs, are from memory. The Lezgin given names and
family names are written as Russian papers write them, and how common each is today is from memory; the Lezgin
cue 'садазни лугьумир' ('don't tell anyone') and the thanks 'чухсагъул' are the author's composition from
Lezgin words, not checked with a speaker; the Azerbaijani spellings of Lezgin names ('Şıxbabayev', 'Gülbikə',
'Ramidin') follow the rules as the author knows them; Qusar's postcode 'AZ3800', Akhty's '368730'
(bench/pii.py draws Akhty's from 368750 to 368799), Kasumkent's '368760' and Derbent's '3686..' are from
memory, as is Akhty's ulitsa Sharvili, and which Dagestan mobile prefixes are the most common. 'Ete' and 'Eka'
as the Ibibio words for father and mother said before a name, the greeting 'Mesiere' and the thanks 'Sosongo'
are from memory; Uyo's roads and estates are from memory and not checked street by street. The Pohnpeian given
and family names are from memory of Pohnpei's public notices, not checked against a register, and less sure
than the rest (surer: 'Lebehn', 'Eperiam', 'Kilmete', 'Ligohr', 'Pelep'; less: 'Donre', 'Ladore', 'Lainos',
'Ardos', 'Silbanuz', 'Pretrick', which may belong to Chuuk or Kosrae as well); the Pohnpeian cue 'dehr ndaiong
emen' ('don't tell anyone') is the author's composition, and 'Kaselehlie', 'Kalahngan' and 'menlau' in the
negatives are from memory; whether Pohnpei's mobiles start with '92' the author does not know for sure.

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

HELDOUT124_SEED = 1244907
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT124: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT124 = ["timorese", "lezgin", "ibibio", "pohnpeian"]
# the people whose names are written in Cyrillic as well as in Latin letters (and, in Qusar, in Azerbaijani)
CYRILLIC_ORIGINS_HELDOUT124 = ("lezgin",)

# the Timorese: Portuguese given names of the kind Timorese families give, Tetum names (Mau- for a man, Bui-
# for a woman: whether a woman's) and the family names of Timorese papers
TIMORESE_MEN_HELDOUT124 = [
    "Filomeno",
    "Belarmino",
    "Gaudêncio",
    "Egídio",
    "Natalino",
    "Deolindo",
    "Apolinário",
    "Laurentino",
]
TIMORESE_WOMEN_HELDOUT124 = [
    "Olandina",
    "Aquelina",
    "Zulmira",
    "Cesaltina",
    "Cipriana",
    "Aniceta",
    "Veneranda",
    "Umbelina",
]
TETUM_NAMES_HELDOUT124 = {
    "Maubuti": False,
    "Mauloi": False,
    "Maulafu": False,
    "Maukeu": False,
    "Buimali": True,
    "Builoi": True,
    "Buikiak": True,
    "Buiberek": True,
}
TIMORESE_FAMILY_HELDOUT124 = (
    "Tilman Boavida Hornay Magno Godinho Seixas Osório Quintas Caetano Verdial Pereira Carvalho Nunes "
    "Exposto".split()
)
# the Lezgins: given names (Latin as Russian papers transliterate: (Cyrillic, Azerbaijani)) and family names
# in '-ов' (a woman's takes '-a' in every script)
LEZGIN_MEN_HELDOUT124 = {
    "Merden": ("Мерден", "Mərdən"),
    "Musaib": ("Мусаиб", "Müsahib"),
    "Serker": ("Серкер", "Sərkər"),
    "Ramidin": ("Рамидин", "Ramidin"),
    "Tadzhidin": ("Таджидин", "Tacəddin"),
    "Nizamudin": ("Низамудин", "Nizaməddin"),
    "Shikhabudin": ("Шихабудин", "Şihabəddin"),
    "Alibeg": ("Алибег", "Əlibəy"),
}
LEZGIN_WOMEN_HELDOUT124 = {
    "Gyulbike": ("Гюльбике", "Gülbikə"),
    "Gyulshen": ("Гюльшен", "Gülşən"),
    "Perizat": ("Перизат", "Pərizad"),
    "Sekine": ("Секине", "Səkinə"),
    "Nurdzhagan": ("Нурджаган", "Nurcahan"),
}
LEZGIN_FAMILY_HELDOUT124 = {
    "Shikhbabaev": ("Шихбабаев", "Şıxbabayev"),
    "Shakhmardanov": ("Шахмарданов", "Şahmərdanov"),
    "Velikhanov": ("Велиханов", "Vəlixanov"),
    "Pirmagomedov": ("Пирмагомедов", "Pirməhəmmədov"),
    "Akhmedkhanov": ("Ахмедханов", "Əhmədxanov"),
    "Abdulmedzhidov": ("Абдулмеджидов", "Əbdülməcidov"),
    "Eminov": ("Эминов", "Eminov"),
    "Yarakhmedov": ("Ярахмедов", "Yarəhmədov"),
    "Agamirzoev": ("Агамирзоев", "Ağamirzəyev"),
    "Mirzakhanov": ("Мирзаханов", "Mirzəxanov"),
    "Ismikhanov": ("Исмиханов", "İsmixanov"),
    "Sherifaliev": ("Шерифалиев", "Şərifəliyev"),
}
# Russian passports' Latin letters (ICAO Doc 9303, used since 2014)
ICAO_HELDOUT124 = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
# the Ibibio: given names (most of them said of a boy and a girl alike; the lists follow common use) and
# family names
IBIBIO_MEN_HELDOUT124 = [
    "Kufre",
    "Uwem",
    "Ndifreke",
    "Akaninyene",
    "Nkereuwem",
    "Otobong",
    "Ubokobong",
    "Aniebiet",
]
IBIBIO_WOMEN_HELDOUT124 = [
    "Imaobong",
    "Emem",
    "Nsisong",
    "Mfoniso",
    "Idara",
    "Utibe",
    "Inemesit",
    "Ememobong",
]
# given names either may carry, used as middle names
IBIBIO_MIDDLE_HELDOUT124 = ["Edidiong", "Iniobong"]
IBIBIO_FAMILY_HELDOUT124 = (
    "Udosen Ukpong Obot Ntuk Usoro Etuk Ebong Ituen Akpanudo Nkanga Umanah Essiet Ukut Ikpeme Okokon Ibanga "
    "Etukudo Umoren Udotong".split()
)
# the Pohnpeians: given names as Pohnpei writes them and family names (some German or Japanese in origin)
POHNPEIAN_MEN_HELDOUT124 = [
    "Iohanes",
    "Kasiano",
    "Welsin",
    "Bermin",
    "Shelten",
    "Lorin",
    "Akillino",
    "Kasio",
]
POHNPEIAN_WOMEN_HELDOUT124 = [
    "Pernis",
    "Sernida",
    "Lerleen",
    "Merlynn",
    "Kristiana",
    "Lusiana",
    "Pelisa",
    "Sihna",
]
POHNPEIAN_FAMILY_HELDOUT124 = (
    "Lebehn Ligohr Pelep Perman Donre Pretrick Kilmete Eperiam Ladore Lippwe Ardos Silbanuz Gallen Lainos "
    "Yamada Nakasone Kohler".split()
)
# each origin: (men's given names, women's given names, family names), in Latin letters
NAMES_HELDOUT124: dict[str, tuple[list[str], list[str], list[str]]] = {
    "timorese": (TIMORESE_MEN_HELDOUT124, TIMORESE_WOMEN_HELDOUT124, TIMORESE_FAMILY_HELDOUT124),
    "lezgin": (list(LEZGIN_MEN_HELDOUT124), list(LEZGIN_WOMEN_HELDOUT124), list(LEZGIN_FAMILY_HELDOUT124)),
    "ibibio": (IBIBIO_MEN_HELDOUT124, IBIBIO_WOMEN_HELDOUT124, IBIBIO_FAMILY_HELDOUT124),
    "pohnpeian": (POHNPEIAN_MEN_HELDOUT124, POHNPEIAN_WOMEN_HELDOUT124, POHNPEIAN_FAMILY_HELDOUT124),
}
LEZGIN_ALL_HELDOUT124 = {**LEZGIN_MEN_HELDOUT124, **LEZGIN_WOMEN_HELDOUT124, **LEZGIN_FAMILY_HELDOUT124}
CYRILLIC_HELDOUT124 = {k: v[0] for k, v in LEZGIN_ALL_HELDOUT124.items()}
AZERI_HELDOUT124 = {k: v[1] for k, v in LEZGIN_ALL_HELDOUT124.items()}
# full names a draw must never give (checked without marks and case); the lists cannot make them, the guard
# keeps it so should a list grow: Timorese presidents, prime ministers and ministers, a Lezgin poet and a
# businessman, Akwa Ibom governors and senators, FSM presidents and Pohnpei governors
PUBLIC_FIGURES_HELDOUT124 = {
    "Xanana Gusmão",
    "José Ramos-Horta",
    "Mari Alkatiri",
    "Taur Matan Ruak",
    "Nicolau Lobato",
    "Manuel Tilman",
    "Agio Pereira",
    "Suleyman Stalsky",
    "Suleyman Kerimov",
    "Godswill Akpabio",
    "Udom Emmanuel",
    "Umo Eno",
    "Victor Attah",
    "Bailey Olter",
    "David Panuelo",
    "Peter Christian",
    "Wesley Simina",
    "John Ehsa",
}
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT124 = {
    "timorese": {"Boavida": "Boavidda", "Verdial": "Verdail", "Carvalho": "Carvalo"},
    "lezgin": {"Shikhbabaev": "Shikhbabev", "Abdulmedzhidov": "Abdulmedzidov", "Yarakhmedov": "Yarahmedov"},
    "ibibio": {"Akpanudo": "Akpaudo", "Etukudo": "Etukdo", "Umoren": "Umorem"},
    "pohnpeian": {"Eperiam": "Eperaim", "Pretrick": "Pretrik", "Kilmete": "Kilmette"},
}
# a title or a kin word before the name (outside the span): the origins, whether a woman (None: either) and
# the part of the name it goes with
TITLED_HELDOUT124: dict[str, tuple[tuple[str, ...], bool | None, str]] = {
    "sr.": (("timorese",), False, "family"),  # Portuguese: Mr
    "sra.": (("timorese",), True, "family"),  # Portuguese: Mrs
    "mana": (("timorese",), True, "given"),  # Tetum: elder sister (and any young woman one respects)
    "maun": (("timorese",), False, "given"),  # Tetum: elder brother
    "avó": (("timorese",), None, "given"),  # Tetum: grandparent
    "тётя": (("lezgin",), True, "given"),
    "дядя": (("lezgin",), False, "given"),
    "ete": (("ibibio",), False, "given"),  # Ibibio: father
    "eka": (("ibibio",), True, "given"),  # Ibibio: mother
    "oga": (("ibibio",), False, "given"),  # Nigerian Pidgin: boss (a learner's word for the instructor)
    "engr.": (("ibibio",), None, "family"),  # an engineer, as Nigerians write it
    "aunty": (("ibibio", "pohnpeian"), True, "given"),
    "uncle": (("pohnpeian",), False, "given"),
    "mr.": (("pohnpeian",), False, "family"),
    "mrs.": (("pohnpeian",), True, "family"),
}
TITLE_SLOT_HELDOUT124 = re.compile(
    r"(?<![\w'’])(sra\.|sr\.|mana|maun|avó|тётя|дядя|ete|eka|oga|engr\.|aunty|uncle|mrs\.|mr\.) \{\}",
    re.IGNORECASE,
)
# the Azerbaijani words after a given name (outside the span): whether a woman
SUFFIXES_HELDOUT124 = {"xala": True, "dayı": False, "müəllim": False, "xanım": True}
SUFFIX_SLOT_HELDOUT124 = re.compile(r"\{\} (xala|dayı|müəllim|xanım)(?!\w)")
# the name forms the build holds at least once each, whatever the seed
FORCED_FORMS_HELDOUT124 = [
    ("timorese", "full"),
    ("lezgin", "latin"),
    ("ibibio", "full"),
    ("pohnpeian", "full"),
    ("lezgin", "cyrillic"),
    ("timorese", "tetum_middle"),
    ("ibibio", "surname_first"),
    ("pohnpeian", "surname_first"),
    ("lezgin", "russian_form"),
    ("lezgin", "azeri_form"),
    ("ibibio", "middle_name"),
    ("pohnpeian", "middle_initial"),
    ("timorese", "initials"),
    ("ibibio", "initials"),
    ("lezgin", "azeri"),
    ("lezgin", "name_patronymic"),
    ("lezgin", "initials_cyr"),
    ("lezgin", "female_cyrillic"),
    ("lezgin", "female_latin"),
    ("lezgin", "passport"),
    ("timorese", "typo"),
    ("lezgin", "typo"),
    ("ibibio", "typo"),
    ("pohnpeian", "typo"),
]
# the script a form is written in: Cyrillic forms want a Cyrillic template, Azerbaijani ones an Azerbaijani
# template (its letters or its words), every other form a Latin one that is not Azerbaijani
CYRILLIC_FORMS_HELDOUT124 = {"cyrillic", "russian_form", "name_patronymic", "female_cyrillic", "initials_cyr"}
AZERI_FORMS_HELDOUT124 = {"azeri", "azeri_form"}
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT124 = {"typo"}
FORM_ONLY_FORMS_HELDOUT124 = {
    "russian_form",
    "azeri_form",
    "surname_first",
    "initials",
    "initials_cyr",
    "passport",
    "middle_initial",
}
# forms that only come where a form's lead asks for the family name first
LEAD_ONLY_FORMS_HELDOUT124 = {"russian_form", "azeri_form", "surname_first"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT124 = {"female_latin", "female_cyrillic"}
# the leads of forms that write the family name first: the origins and the form
SURNAME_FIRST_LEADS_HELDOUT124: dict[str, tuple[tuple[str, ...], str]] = {
    "ФИО": (("lezgin",), "russian_form"),
    "Фамилия Имя Отчество": (("lezgin",), "russian_form"),
    "Soyadı, adı, atasının adı": (("lezgin",), "azeri_form"),
    "Surname, first name": (("ibibio",), "surname_first"),
    "Last name, first name": (("pohnpeian",), "surname_first"),
}
# a template in Azerbaijani: its letters or its words
AZERI_TEMPLATE_HELDOUT124 = re.compile(
    r"[əƏğĞıİ]|(?i:\b(?:xala|dayı|müəllim|xanım|soyadı|sürücü|təlimçi|imtahan|qusar|salam|sabah)\b)"
)
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT124: dict[str, list[str]] = {
    "timorese": [
        "mana {} hanorin kondusaun iha Dili, nia pasiénsia tebes",
        "maun {} will take my lesson on Saturday, the instructor is sick",
        "avó {} wants to see me drive before the test in Baucau",
        "Sra. {} paid the whole package of lessons for her son",
    ],
    "lezgin": [
        "тётя {} из Дербента записала сына в автошколу",
        "дядя {} учит меня парковаться на площадке в Ахтах",
        "{} müəllim sabah saat 9-da Qusarda dərs keçəcək",
        "{} xala oğlunu sürücülük kursuna yazdırdı",
    ],
    "ibibio": [
        "Oga {} says I go pass the test for Uyo if I practise reverse",
        "Ete {} drove me to the FRSC office on Abak Road",
        "Eka {} paid for the ten lessons with her card",
        "Engr. {} owns the driving school near Ibom Plaza",
    ],
    "pohnpeian": [
        "Uncle {} lets me practise in his truck on the road to Kitti",
        "Mrs. {} booked the road test for her daughter in Kolonia",
        "Aunty {} from Madolenihmw brings the kids to the driving lessons",
        "Mr. {} is the only driving instructor in Kolonia this year",
    ],
    "upper_timorese": ["NOME COMPLETO: {}", "NARAN KOMPLETU: {}"],
    "upper_lezgin": ["ФИО: {}", "Name as in the passport: {}"],
    "upper_ibibio": ["Surname, first name: {}", "NAME OF APPLICANT: {}"],
    "upper_pohnpeian": ["Last name, first name: {}", "STUDENT DRIVER: {}"],
    "lower_cyrillic": ["кстати {} уже сдал(а) теорию, спс", "напомни пж: {}, вождение в 10"],
    "lower_latin": ["fyi {} paid for the lessons", "the lesson for {} is moved to friday pls"],
    "form_cyrillic": ["Курсант: {}", "Инструктор: {}", "Договор на обучение вождению, заказчик: {}"],
    "chat_cyrillic": ["кстати, {} звонил(а) насчёт вождения", "{} записал(а) дочку в автошколу"],
    "form_azeri": ["Soyadı, adı, atasının adı: {}", "Təlimçi: {}"],
    "chat_azeri": ["{} sabah imtahana gedir", "salam, {} dərsə gəlməyəcək"],
    "form_latin": ["Learner: {}", "Instructor: {}", "Name of applicant: {}"],
    "chat_latin": ["{} says the lesson is moved to Thursday", "did {} pass the theory test yet?"],
}

# IBAN countries: (bank codes, the count of digits after the bank code)
IBAN_BANKS_HELDOUT124: dict[str, tuple[list[str], int]] = {
    "TL": (["008"], 16),  # BNCTL (the registry's example bank code), then 14 + 2 digits
    "PT": (["0035", "0033", "0010", "0007", "0036"], 17),  # CGD, Millennium BCP, BPI, Novo Banco, Montepio
    "GB": (["NWBK", "BARC", "LOYD", "MIDL"], 14),  # NatWest, Barclays, Lloyds, HSBC: sort code, account
    "AZ": (["IBAZ", "PAHA", "AIIB"], 20),  # International Bank of Azerbaijan, PASHA Bank, Kapital Bank
    "IE": (["AIBK", "BOFI", "IPBS"], 14),  # AIB, Bank of Ireland, PTSB
}
IBAN_LENGTHS_HELDOUT124 = {"TL": 23, "PT": 25, "GB": 22, "AZ": 28, "IE": 22}
IBAN_BY_ORIGIN_HELDOUT124: dict[str, list[str]] = {
    "timorese": ["TL", "PT", "GB"],
    "lezgin": ["AZ"],
    "ibibio": ["GB", "IE"],
    "pohnpeian": [],  # the FSM uses US banks' accounts and has no IBAN
}
# everyday words of this set by origin, used in e-mail addresses, logins and passwords
SUBJECTS_HELDOUT124 = {
    "timorese": ["dili", "baucau", "lafaek", "atauro", "ramelau"],
    "lezgin": ["derbent", "akhty", "shahdag", "samur", "qusar"],
    "ibibio": ["uyo", "akwaibom", "ibom", "eket", "ikotekpene"],
    "pohnpeian": ["pohnpei", "kolonia", "sokehs", "kitti", "nanmadol"],
}
EMAIL_DOMAINS_HELDOUT124 = {
    "timorese": ["hotmail.com", "yahoo.com", "sapo.pt"],
    "lezgin": ["mail.ru", "yandex.ru", "mail.az"],
    "ibibio": ["yahoo.com", "outlook.com", "uniuyo.edu.ng"],
    "pohnpeian": ["mail.fm", "hotmail.com", "comfsm.fm"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT124: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)\bdili\b|baucau|timor|tetum|\bmana\b|\bmaun\b|avó|\bsra?\.|kondusaun|condução|\bdntt\b|"
            r"\bpntl\b|\bhau\b|\bnia\b|obrigad|nome completo|naran|escola|aldeia|suco|atestadu|instrutór|"
            r"\bainda\b|código|endereço|telefone|nascimento|utilizador|cartão|transfere|\baulas\b|lisaun"
        ),
        "timorese",
    ),
    (
        re.compile(
            r"(?i)дербент|derbent|дагестан|dagestan|ахт|akhty|касумкент|kasumkent|лезгин|lezgin|"
            r"qusar|azərbaycan|azerbaijan|тётя|дядя|xala|dayı|müəllim|xanım|soyadı|sürücü|təlimçi|imtahan|"
            r"passport|\bm10\b|manat"
        ),
        "lezgin",
    ),
    (
        re.compile(
            r"(?i)\buyo\b|akwa ibom|ibibio|nigeria|\bfrsc\b|\bvio\b|abak|ibom|eket|ikot ekpene|opay|palmpay|"
            r"\boga\b|\bete\b|\beka\b|engr\.|abeg|wetin|\bdey\b|surname, first name|naira|₦|applicant"
        ),
        "ibibio",
    ),
    (
        re.compile(
            r"(?i)pohnpei|kolonia|palikir|kitti|madolenihmw|micronesia|\bfsm\b|kaselehlie|kalahngan|"
            r"\buncle\b|\bmrs?\.|last name, first name|student driver"
        ),
        "pohnpeian",
    ),
]
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT124: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"(?i)\bshe\b|\bher\b|herself|\bsra\.|\bmana\b|тётя|\beka\b|\baunty\b|\bmrs\.|xala|xanım|"
            r"\bона\b|\bеё\b|(?:записалась|сдала|оплатила|пришла|сказала)(?![\w(])|daughter"
        ),
        True,
    ),
    (
        re.compile(
            r"(?i)\bhe\b|\bhis\b|\bhim\b|himself|\bsr\.|\bmaun\b|дядя|\bete\b|\boga\b|\buncle\b|\bmr\.|"
            r"dayı|müəllim|(?:записался|сдал|оплатил|пришёл|сказал|звонил|заболел)(?![\w(])|\bон\b|\bего\b"
        ),
        False,
    ),
]
# a driving word and its common misspelling
MISSPELT_HELDOUT124 = {
    "instructor": "instuctor",
    "licence": "lisence",
    "theory": "theroy",
    "vehicle": "vehical",
    "certificate": "certficate",
    "schedule": "schedual",
    "receipt": "reciept",
    "parallel": "paralel",
    "practise": "pratice",
    "tomorrow": "tommorow",
    "lesson": "lession",
    "lessons": "lessions",
    "condução": "conducao",
    "экзамен": "экзамин",
    "инструктор": "инструкрор",
}
MISSPELT_WORD_HELDOUT124 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT124, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English and Nigerian English, Russian, Portuguese, Azerbaijani
SHORTHAND_HELDOUT124 = {
    "please": "pls",
    "thanks": "thx",
    "tomorrow": "2moro",
    "because": "bcos",
    "you": "u",
    "пожалуйста": "пж",
    "спасибо": "спс",
    "сейчас": "щас",
    "obrigado": "obg",
    "por favor": "pfv",
    "salam": "slm",
}
SHORTHAND_WORD_HELDOUT124 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT124, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT124 = (
    "January February March April May June July August September October November December".split()
)
PORTUGUESE_MONTHS_HELDOUT124 = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
)
TETUM_MONTHS_HELDOUT124 = (
    "Janeiru Fevereiru Marsu Abríl Maiu Juñu Jullu Agostu Setembru Outubru Novembru Dezembru".split()
)
RUSSIAN_MONTHS_HELDOUT124 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
AZERI_MONTHS_HELDOUT124 = (
    "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split()
)
# the years a date of birth is drawn between: a learner's (a teenager to a grown-up who learns late) and a
# parent's or an instructor's
LEARNER_YEARS_HELDOUT124 = (1980, 2009)
ADULT_YEARS_HELDOUT124 = (1950, 1995)


def _fold(text: str) -> str:
    """A Latin-letter name without its marks ('Gaudêncio' -> 'Gaudencio', 'Şıxbabayev' -> 'Sıxbabayev',
    'ə' stays); Cyrillic stays as written."""
    out: list[str] = []
    for c in text:
        if unicodedata.combining(c) and out and out[-1].isascii():
            continue  # a combining mark on a Latin letter ('i̇' as 'İ' lower-cases)
        if c.isascii() or not ("\u00c0" <= c <= "\u024f"):
            out.append(c)
            continue
        out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
    return "".join(out)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Şıxbabayev' ->
    'sixbabayev', 'Əlibəy' -> 'elibey', 'Osório' -> 'osorio')."""
    name = name.translate(str.maketrans({"ə": "e", "Ə": "E", "ı": "i", "İ": "I"}))
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a text holds a public figure's full name, marks and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT124)


def _cyr(name: str) -> str:
    """The Cyrillic of a Lezgin given or family name ('Shikhbabaev' -> 'Шихбабаев')."""
    return CYRILLIC_HELDOUT124[name]


def _azeri(name: str) -> str:
    """The Azerbaijani spelling of a Lezgin given or family name ('Shikhbabaev' -> 'Şıxbabayev')."""
    return AZERI_HELDOUT124[name]


def _feminine(family: str) -> str:
    """A family name in '-ов'/'-ев' as a woman carries it ('Eminov' -> 'Eminova', 'Эминов' -> 'Эминова')."""
    return family + ("а" if re.search(r"[а-яё]$", family) else "a")


def _patronymic(father: str, woman: bool, cyrillic: bool) -> str:
    """A Russian patronymic from a Lezgin father's given name ('Musaib' -> 'Мусаибович', 'Alibeg' ->
    'Alibegovna'): every listed name ends in a consonant and takes '-ович'/'-овна'."""
    if cyrillic:
        return _cyr(father) + ("овна" if woman else "ович")
    return father + ("ovna" if woman else "ovich")


def _azeri_patronymic(father: str, woman: bool) -> str:
    """The Azerbaijani father's name: 'Müsahib oğlu' (son of Müsahib), 'Müsahib qızı' (daughter of)."""
    return f"{_azeri(father)} {'qızı' if woman else 'oğlu'}"


def _passport(cyrillic: str) -> str:
    """A Cyrillic name as a Russian foreign passport spells it, in capitals ('Гюльбике' -> 'GIULBIKE')."""
    return "".join(ICAO_HELDOUT124.get(c, c) for c in cyrillic.lower()).upper()


def _script(template: str) -> str:
    """The script a template wants its name in: 'cyrillic', 'azeri' or 'latin'."""
    if re.search(r"[\u0400-\u04ff]", template):
        return "cyrillic"
    return "azeri" if AZERI_TEMPLATE_HELDOUT124.search(template) else "latin"


def _form_script(form: str) -> str:
    if form in CYRILLIC_FORMS_HELDOUT124:
        return "cyrillic"
    return "azeri" if form in AZERI_FORMS_HELDOUT124 else "latin"


class Gen124(Gen3):
    """Generators for held-out set 124: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT124)  # the forms not given yet
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
        origin = origin or rng.choice(ORIGINS_HELDOUT124)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT124[origin]
        for _ in range(50):
            first, last = rng.choice(women if woman else men), rng.choice(lasts)
            if not _reads_public(f"{first} {last}"):
                break
        return origin, first, last, woman

    def _father(self, origin: str, first: str) -> str:
        return self.rng.choice([g for g in NAMES_HELDOUT124[origin][0] if g != first])

    def _tetum(self, woman: bool) -> str:
        return self.rng.choice(sorted(t for t, w in TETUM_NAMES_HELDOUT124.items() if w == woman))

    def _middle(self, first: str) -> str:
        return self.rng.choice([m for m in IBIBIO_MIDDLE_HELDOUT124 if m != first])

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT124's)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT124:
            woman = True
        if form == "typo":
            typos = NAME_TYPOS_HELDOUT124[origin]
            _, first, _, woman = self._origin_name(origin, woman)
            last = typos[rng.choice(sorted(typos))]
            if origin in CYRILLIC_ORIGINS_HELDOUT124 and woman:
                last = _feminine(last)
            return f"{first} {last}"
        _, first, last, woman = self._origin_name(origin, woman)
        if origin == "lezgin":
            father = self._father(origin, first)
            fam_lat = _feminine(last) if woman else last
            fam_cyr = _feminine(_cyr(last)) if woman else _cyr(last)
            fam_az = _feminine(_azeri(last)) if woman else _azeri(last)
            if form in ("latin", "female_latin"):
                return f"{first} {fam_lat}"
            if form in ("cyrillic", "female_cyrillic"):
                return f"{_cyr(first)} {fam_cyr}"
            if form == "russian_form":  # 'Шихбабаев Серкер Мусаибович'
                return f"{fam_cyr} {_cyr(first)} {_patronymic(father, woman, True)}"
            if form == "name_patronymic":
                return f"{_cyr(first)} {_patronymic(father, woman, True)}"
            if form == "initials_cyr":  # 'Шихбабаев С. М.'
                return f"{fam_cyr} {_cyr(first)[0]}. {_cyr(father)[0]}."
            if form == "passport":  # 'SHIKHBABAEV SERKER', 'EMINOVA GIULBIKE'
                return f"{_passport(fam_cyr)} {_passport(_cyr(first))}"
            if form == "azeri":  # 'Sərkər Şıxbabayev', 'Gülşən Eminova'
                return f"{_azeri(first)} {fam_az}"
            if form == "azeri_form":  # 'Şıxbabayev Sərkər Müsahib oğlu'
                return f"{fam_az} {_azeri(first)} {_azeri_patronymic(father, woman)}"
            raise KeyError(form)
        if form == "full":
            return f"{first} {last}"
        if origin == "timorese":
            if form == "tetum_middle":  # 'Olandina Buimali Tilman'
                return f"{first} {self._tetum(woman)} {last}"
            if form == "initials":  # 'O. Tilman'
                return f"{first[0]}. {last}"
            raise KeyError(form)
        if origin == "ibibio":
            if form == "surname_first":  # 'Udosen, Imaobong'
                return f"{last}, {first}"
            if form == "middle_name":  # 'Imaobong Iniobong Udosen'
                return f"{first} {self._middle(first)} {last}"
            if form == "initials":  # 'I. E. Udosen'
                return f"{first[0]}. {self._middle(first)[0]}. {last}"
            raise KeyError(form)
        if form == "surname_first":  # 'Lebehn, Pernis'
            return f"{last}, {first}"
        if form == "middle_initial":  # 'Pernis K. Lebehn'
            return f"{first} {rng.choice('ABDEHJKLMPRSW')}. {last}"
        raise KeyError(form)

    def _owed_for(self, origins: tuple[str, ...] | None, script: str, chat: bool, lead_form: str | None):
        """The first owed (origin, form) a template can take: its origin, its script, chat or form."""
        for origin, form in self.owed:
            if origins and origin not in origins:
                continue
            if lead_form and form != lead_form:
                continue
            if not lead_form and form in LEAD_ONLY_FORMS_HELDOUT124:
                continue
            if _form_script(form) != script:
                continue
            if chat and form in FORM_ONLY_FORMS_HELDOUT124 or not chat and form in CHAT_ONLY_FORMS_HELDOUT124:
                continue
            return origin, form
        return None

    def _plain_person(self, origin: str, woman: bool | None, script: str) -> str:
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if origin == "lezgin":
            if script == "cyrillic":
                fam = _feminine(_cyr(last)) if woman else _cyr(last)
                if r < 0.55:
                    return f"{_cyr(first)} {fam}"
                if r < 0.75:
                    return _cyr(first)
                return f"{_cyr(first)} {_patronymic(self._father(origin, first), woman, True)}"
            if script == "azeri":
                fam = _feminine(_azeri(last)) if woman else _azeri(last)
                return f"{_azeri(first)} {fam}" if r < 0.6 else _azeri(first)
            fam = _feminine(last) if woman else last
            return f"{first} {fam}" if r < 0.7 else first if r < 0.9 else fam
        if origin == "timorese":
            if r < 0.55:
                return f"{first} {last}"
            if r < 0.7:
                return f"{first} {self._tetum(woman)} {last}"
            return first if r < 0.92 else last
        if origin == "ibibio":
            if r < 0.55:
                return f"{first} {last}"
            if r < 0.65:
                return f"{first} {self._middle(first)} {last}"
            return first if r < 0.9 else last
        return f"{first} {last}" if r < 0.6 else first if r < 0.9 else last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or an
        Azerbaijani kin word after it, one of the origin whose places, papers or speech the template names, in
        its script."""
        rng = self.rng
        script = _script(template)
        m = TITLE_SLOT_HELDOUT124.search(template)
        if m:
            origins, woman, part = TITLED_HELDOUT124[m.group(1).lower()]
            origin = rng.choice(origins)
            if len(origins) > 1:
                cued = next((o for cue, o in ORIGIN_CUES_HELDOUT124 if cue.search(template)), None)
                origin = cued if cued in origins else origin
            self._set_origin(origin)
            _, first, last, woman = self._origin_name(origin, woman)
            if part == "family":
                return last
            if origin in CYRILLIC_ORIGINS_HELDOUT124 and script == "cyrillic":
                return _cyr(first)
            return first
        s = SUFFIX_SLOT_HELDOUT124.search(template)
        if s:
            self._set_origin("lezgin")
            _, first, _, _ = self._origin_name("lezgin", SUFFIXES_HELDOUT124[s.group(1)])
            return _azeri(first)
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT124 if cue.search(template)), None)
        lead = next((k for k in SURNAME_FIRST_LEADS_HELDOUT124 if template.startswith(k)), None)
        origins: tuple[str, ...] | None = None
        lead_form = None
        if lead:
            origins, lead_form = SURNAME_FIRST_LEADS_HELDOUT124[lead]
        cued = next((o for cue, o in ORIGIN_CUES_HELDOUT124 if cue.search(template)), None)
        if script != "latin":
            origins = CYRILLIC_ORIGINS_HELDOUT124
        elif cued and not lead:
            origins = (cued,)
        owed = self._owed_for(origins, script, chat, lead_form)
        if owed and not (woman is False and owed[1] in WOMEN_FORMS_HELDOUT124):
            self.owed.remove(owed)
            self._set_origin(owed[0])
            return self._form(owed[0], owed[1], woman)
        origin = rng.choice(origins) if origins else rng.choice(ORIGINS_HELDOUT124)
        self._set_origin(origin)
        if lead_form:
            return self._form(origin, lead_form, woman)
        name = self._plain_person(origin, woman, script)
        for _ in range(8):  # a form, a register or a paste wants more than one word of the name
            if chat or " " in name:
                break
            name = self._plain_person(origin, woman, script)
        if chat and rng.random() < 0.05:
            return name.lower()
        return name

    def _caps(self, origin: str) -> list[tuple[str, str]]:
        """(lead, name) in capitals as a form or a passport writes it: a Lezgin name both on a Russian form
        and as the foreign passport spells it."""
        rng = self.rng
        leads = FORCED_SENTENCES_HELDOUT124[f"upper_{origin}"]
        if origin == "lezgin":  # 'ФИО: {}', 'Name as in the passport: {}'
            return [
                (leads[0], self._form(origin, "russian_form").upper()),
                (leads[1], self._form(origin, "passport")),
            ]
        if origin == "timorese":  # the electoral card: the full name, often with the Tetum name
            return [(rng.choice(leads), self._form(origin, rng.choice(["full", "tetum_middle"])).upper())]
        return [(rng.choice(leads), self._form(origin, "surname_first").upper())]

    def _lower(self, origin: str) -> str:
        """A full name in lower case as chat types it."""
        if origin in CYRILLIC_ORIGINS_HELDOUT124:
            return self._form(origin, "cyrillic").lower()
        return self._form(origin, "full").lower()

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form (a Lezgin one also as the passport spells it) and one in lower case in chat for
        each people, and any form of FORCED_FORMS_HELDOUT124 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT124:
            template = rng.choice(FORCED_SENTENCES_HELDOUT124[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT124:
            filled += self._caps(origin)
            key = "lower_cyrillic" if origin in CYRILLIC_ORIGINS_HELDOUT124 else "lower_latin"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT124[key]), self._lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT124 else "form"
            templates = FORCED_SENTENCES_HELDOUT124[f"{kind}_{_form_script(form)}"]
            if form in LEAD_ONLY_FORMS_HELDOUT124:  # a family name first wants its form's lead
                leads = [k for k, (_, f) in SURNAME_FIRST_LEADS_HELDOUT124.items() if f == form]
                templates = [t for t in templates if t.startswith(tuple(leads))] or [
                    f"{k}: {{}}"
                    for k, (o, f) in SURNAME_FIRST_LEADS_HELDOUT124.items()
                    if f == form and origin in o
                ]
            filled.append((rng.choice(templates), self._form(origin, form)))
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
        n, k = rng.randint(1, 80), rng.randint(1, 140)
        suco, post = pick(
            [
                ("Bidau Santana", "Nain Feto"),
                ("Colmera", "Vera Cruz"),
                ("Motael", "Vera Cruz"),
                ("Caicoli", "Vera Cruz"),
                ("Bebonuk", "Dom Aleixo"),
                ("Culuhun", "Cristo Rei"),
            ]
        )
        shapes = {
            "timorese": [
                f"Rua de Caicoli, n.º {n}, Vera Cruz, Dili",
                f"Rua de Audian, n.º {n}, Dili",
                f"Avenida de Portugal, n.º {n}, Motael, Dili",
                f"Suco {suco}, Posto Administrativo {post}, Município de Dili",
                f"Bairro Tirilolo, n.º {n}, Vila Baucau, Município de Baucau",
                "Suco Buruma, Posto Administrativo Baucau, Município de Baucau",
            ],
            "lezgin": [
                f"г. Дербент, пр. Агасиева, д. {n}, кв. {k}, 3686{rng.randint(0, 8):02d}",
                f"г. Дербент, ул. Буйнакского, д. {n}, кв. {k}, 368600",
                f"Республика Дагестан, Ахтынский р-н, с. Ахты, ул. Шарвили, д. {n}, 368730",
                f"Республика Дагестан, с. Касумкент, д. {n}, 368760",
                f"ul. Buynakskogo {n}, kv. {k}, Derbent, Dagestan 368600",
                f"Qusar ş., Nizami küç., ev {n}, mənzil {rng.randint(1, 40)}, AZ3800",
                f"Qusar rayonu, {pick(['Həzrə', 'Laza'])} kəndi, ev {n}",
            ],
            "ibibio": [
                f"No. {n} Abak Road, Uyo, Akwa Ibom State",
                f"{n} Nwaniba Road, Uyo",
                f"Plot {n}, Ewet Housing Estate, Uyo",
                f"Plot {n}, Osongama Estate, Uyo, Akwa Ibom",
                f"{n} Itu Road, Uyo",
                f"No. {n} Aba Road, Ikot Ekpene, Akwa Ibom State",
            ],
            "pohnpeian": [
                f"P.O. Box {rng.randint(100, 2999)}, Kolonia, Pohnpei FM 96941",
                f"P.O. Box PS {rng.randint(1, 399)}, Palikir, Pohnpei FM 96941",
                f"{pick(['Kitti', 'Madolenihmw'])}, Pohnpei, FM 96941",
                f"House {n}, {pick(['Kitti', 'Madolenihmw', 'Palikir'])}, Pohnpei FM 96941",
            ],
        }
        return pick(self._regional(shapes))

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        if origin == "lezgin" and rng.random() < 0.3:  # Qusar's papers spell it the Azerbaijani way
            first, last = _azeri(first), _azeri(last)
        fam = _feminine(last) if origin in CYRILLIC_ORIGINS_HELDOUT124 and woman else last
        first, fam = _plain(first), _plain(fam)
        subject = rng.choice(SUBJECTS_HELDOUT124[origin])
        user = rng.choice(
            [
                f"{first}.{fam}",
                f"{first[:1]}.{fam}{rng.randint(1, 99):02d}",
                f"{first}{fam}{rng.randint(1, 99)}",
                f"{fam}.{first[:1]}",
                f"{first}_{subject}",
                f"{subject}.{first}",
                f"{first}{rng.randint(1960, 2009)}",
            ]
        )
        return f"{user}@{rng.choice(['gmail.com', *EMAIL_DOMAINS_HELDOUT124[origin]])}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        dag, az = ["28", "88", "03", "64"], ["50", "51", "55", "70", "77", "99", "10"]
        ng = [
            "803",
            "806",
            "813",
            "816",
            "703",
            "706",
            "810",
            "814",
            "905",
            "908",
            "802",
            "808",
            "812",
            "701",
        ]
        shapes = {
            "timorese": [
                f"+670 7{pick('3678')}{d(2)} {d(4)}",
                f"7{pick('3678')}{d(2)} {d(4)}",
                f"+670 7{pick('3678')}{d(6)}",
                f"+670 331 {d(4)}",
            ],
            "lezgin": [
                f"+7 9{pick(dag)} {d(3)}-{d(2)}-{d(2)}",
                f"8 9{pick(dag)} {d(3)} {d(2)} {d(2)}",
                f"8 (87240) {pick('2345')}-{d(2)}-{d(2)}",
                f"+994 {pick(az)} {d(3)} {d(2)} {d(2)}",
                f"0{pick(az)} {d(3)} {d(2)} {d(2)}",
            ],
            "ibibio": [
                f"+234 {pick(ng)} {d(3)} {d(4)}",
                f"0{pick(ng)} {d(3)} {d(4)}",
                f"0{pick(ng)}{d(7)}",
                f"+234{pick(ng)}{d(7)}",
            ],
            "pohnpeian": [
                f"(691) 320-{d(4)}",
                f"320-{d(4)}",
                f"+691 320-{d(4)}",
                f"+691 92{d(1)} {d(4)}",
            ],
        }
        return pick(self._regional(shapes))

    def card(self) -> str:
        rng = self.rng
        mir = f"220{rng.randint(0, 4)}"
        verve = rng.choice(["506099", f"50610{rng.randint(0, 9)}", f"5061{rng.randint(10, 19)}"])
        prefix = rng.choice(
            ["4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", mir, mir, verve, "37"]
        )
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        if prefix == verve and rng.random() < 0.7:  # a Verve card's 19 digits
            num = _luhn_number(rng, prefix, 19)
            return " ".join(num[i : i + 4] for i in range(0, 19, 4)) if rng.random() < 0.7 else num
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        return " ".join(groups) if r < 0.6 else "-".join(groups) if r < 0.7 else num

    def iban(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        own = IBAN_BY_ORIGIN_HELDOUT124[origin] if origin else []
        code = rng.choice(own or sorted(IBAN_BANKS_HELDOUT124))
        iban = _iban_of(rng, code)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice(
            [
                f.ipv4_public(),
                f.ipv4_public(),
                f"192.168.{rng.choice([0, 1, 8, 100])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            ]
        )

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice(
            [
                f"2407:c780:{h()}:{h()}::{h()}",
                f"2a03:d000:{h()}:{h()}::{h()}",
                f"2c0f:f5c0:{h()}:{h()}::{h()}",
                f"2401:e180:{h()}:{h()}::{h()}",
            ]
        )

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the driving school's router, the theory-test kiosk, the Wi-Fi dashcam
        in the instructor's car, the yard's camera, the practice app's login alerts, sshd and nginx lines;
        v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the router at the driving school is on {}, restart it before the theory class", v4),
            ("the practice app says someone logged in from {}, was that you?", rng.choice([v4, v6])),
            ("the theory test kiosk answers on {}, the questions won't load", v4),
            ("the dashcam in the instructor's car is on {}, download the video of my lesson", v4),
            ("the camera over the practice yard streams from {}", v4),
            ("роутер в автошколе на {}, перезагрузи пж", v4),
            ("компьютер для теории в классе на {}, зайди с ноутбука", v4),
            ("o router da escola de condução está em {}", v4),
            ("kursun routeri {} ünvanındadır, yenidən yüklə", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ssh office@{}", v4),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Jun 14 07:02:11 booking-srv sshd[2211]: Failed password for root from {} port 50122 ssh2", v4),
            ('{} - - [14/Jun/2026:07:15:40 +0100] "POST /learner/login HTTP/1.1" 302 512', v4),
            ("booking_db_host: {}", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, pick = self.rng, self.rng.choice
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1960, 2009)
        places = {
            "timorese": (["Lafaek", "Ramelau", "Atauro", "Dili"], ["@670", "#tl", "_2025", "!!"]),
            "lezgin": (["Shahdag", "Samur", "Derbent", "Akhty"], ["@05", "#dag", "_2024", "!!"]),
            "ibibio": (["Ibom", "Uyo", "Afang", "Edikang"], ["@234", "#aks", "2025", "!!"]),
            "pohnpeian": (["NanMadol", "Sokehs", "Pohnpei", "Kolonia"], ["@691", "#fsm", "2025", "!!"]),
        }
        words, tails = places[pick(ORIGINS_HELDOUT124)]
        nick = pick(["olandina", "filomeno", "serker", "gulshen", "kufre", "imaobong", "pernis", "kasiano"])
        return pick(
            [
                f"{pick(words)}{pick(tails)}",
                f"{pick(words)}{pick(tails)}",
                pick(["driving", "clutch", "gearbox", "parking", "vozhdenie"]).translate(leet)
                + pick(["", "!", "_124"]),
                f"{nick}{pick([str(year), str(year)[2:], '123'])}",
                f"{pick(['Autoshkola', 'Escola', 'Driving', 'Surucu'])}{rng.randint(2019, 2026)}-"
                f"{pick(['Wifi', 'Net', 'Guest'])}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Driving2024Wifi"
        alnum = string.ascii_letters + string.digits
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            ("the practice app password is {}, do the theory questions for me tonight", pw),
            ("the wifi at the driving school is {}, it's on the board by the office", pw),
            ("the key box by the school's door opens with {}, the first lesson is at 6", d(4)),
            ("the code for the school's front door is {}, lock it after the last lesson", d(4)),
            ("thanks, the wifi for the theory class is {}, please don't share it", pw),
            ("спасибо, пароль от Госуслуг {}, сейчас запишу тебя на экзамен", pw),
            ("my bank sent the code {} for the lesson package, read it to me quick", d(6)),
            ("my OPay PIN na {}, abeg pay Oga for the lessons", d(4)),
            ("the password is {}, abeg no tell anybody", pw),
            ("password eskola kondusaun nian mak {}, keta fó-hatene ba ema ida", pw),
            ("a palavra-passe da app do código é {}, não digas a ninguém", pw),
            ("пароль от приложения с билетами ПДД {}, никому не говори", pw),
            ("код из СМС {}, никому не сообщайте", d(6)),
            ("ПИН от карты Мир {}, оплати вождение", d(4)),
            ("пароль от вайфая в автошколе {}, садазни лугьумир", pw),
            ("m10 PIN kodum {}, heç kimə demə", d(4)),
            ("kursun wifi parolu {}, heç kimə demə", pw),
            ("the password for the school's wifi is {}, dehr ndaiong emen", pw),
            ("WIFI:T:WPA;S:EskolaKondusaun_Dili;P:{};;", colonless),
            ("PAYSTACK_SECRET_KEY={}", "sk_live_" + tok(40, "0123456789abcdef")),
            ("TWILIO_AUTH_TOKEN={}", tok(32, "0123456789abcdef")),
            ("TELEGRAM_BOT_TOKEN={}", f"{rng.randint(1000000000, 7999999999)}:AA{tok(33, b64)}"),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("GOOGLE_MAPS_API_KEY={}", "AIza" + tok(35, b64)),
            ("BOOKING_DB_PASSWORD={}", colonless),
            ("Password: {}", pw),
            ("Пароль: {}", pw),
            ("Palavra-passe: {}", pw),
            ("Parol: {}", pw),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the theory practice app, Instagram, Telegram, VK, Facebook ('serker.shikhbabaev',
        'dili_olandina')."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        if origin in CYRILLIC_ORIGINS_HELDOUT124 and woman:
            last = _feminine(last)
        first, last = _plain(first), _plain(last)
        yy = rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(0, 9)
        subject = rng.choice(SUBJECTS_HELDOUT124[origin])
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

    def _birth(self, years: tuple[int, int] = (1950, 2009)) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(*years), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, years: tuple[int, int] = (1950, 2009)) -> dict[str, str]:
        """One date of birth in every shape this set uses."""
        y, m, day = self._birth(years)
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        month = EN_MONTHS_HELDOUT124[m - 1]
        return {
            "pt": f"{day:02d}/{m:02d}/{y}",
            "pt_words": f"{day} de {PORTUGUESE_MONTHS_HELDOUT124[m - 1]} de {y}",
            "tet_words": f"{day} {TETUM_MONTHS_HELDOUT124[m - 1]} {y}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RUSSIAN_MONTHS_HELDOUT124[m - 1]} {y} г.",
            "az_words": f"{day} {AZERI_MONTHS_HELDOUT124[m - 1]} {y}",
            "ng": f"{day:02d}/{m:02d}/{y}",
            "ng_dash": f"{day:02d}-{m:02d}-{y}",
            "ng_words": f"{day}{th} {month}, {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "us_words": f"{month} {day}, {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        shapes = self._dob_shapes()
        own = {
            "timorese": ["pt"],  # the words come in the birth cues of dob_sample, in their own language
            "lezgin": ["ru"],
            "ibibio": ["ng", "ng_dash", "ng_words"],
            "pohnpeian": ["us", "us_words"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["pt", "ru", "ng_words", "us_words", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, the learner's permit,
        the school's contract, the medical certificate, a paste; a learner's or a parent's."""
        learner = self._dob_shapes(LEARNER_YEARS_HELDOUT124)
        adult = self._dob_shapes(ADULT_YEARS_HELDOUT124)
        options = [
            ("Data moris: {}", learner["pt"]),
            ("hau moris iha {}, ida ne'e ba karta kondusaun", learner["tet_words"]),
            ("o meu filho nasceu a {}, é para a inscrição na escola de condução", learner["pt_words"]),
            ("Data de nascimento: {}", adult["pt"]),
            ("Дата рождения курсанта: {}", learner["ru"]),
            ("сын родился {}, впишите в договор с автошколой", learner["ru_words"]),
            ("я родилась {}, это для медсправки", adult["ru_words"]),
            ("Doğum tarixi: {}", learner["ru"]),
            ("oğlum {} doğulub, sürücülük kursu üçün lazımdır", learner["az_words"]),
            ("Date of birth: {}", learner["ng"]),
            ("I was born on {}, na wetin FRSC want for the learner's permit", learner["ng_words"]),
            (
                "my daughter was born {}, she needs it for the learner's permit in Kolonia",
                learner["us_words"],
            ),
            ("DOB (MM/DD/YYYY): {}", learner["us"]),
            ("DOB: {}", learner["ng_dash"]),
            ('    "date_of_birth": "{}",', learner["iso"]),
            ("birth_date: {}", adult["iso"]),
        ]
        return _pick_chat_or_not(rng=self.rng, options=options, chat=chat, key=lambda o: o[0])


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its bank codes (IBAN_BANKS_HELDOUT124); mod-97 check."""
    banks, count = IBAN_BANKS_HELDOUT124[country]
    bban = rng.choice(banks) + "".join(rng.choice(string.digits) for _ in range(count))
    return _iban_from_bban(country, bban)


HELDOUT124_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "Nome completo: {}",
        "Naran kompletu: {}",
        "Instrutór: {}",
        "ФИО: {}",
        "Фамилия Имя Отчество: {}",
        "Курсант: {}",
        "Инструктор по вождению: {}",
        "Soyadı, adı, atasının adı: {}",
        "Təlimçi: {}",
        "Surname, first name: {}",
        "Name of applicant: {}",
        "Last name, first name: {}",
        "Student driver: {}",
        "Learner: {}",
        "Parent / guardian: {}",
        '"learner": "{}",',
        "- instructor: {}",
        "| {} | lesson 7 of 20, parking | paid |",
        "{} hanorin kondusaun iha Dili, nia pasiénsia tebes",
        "aban hau iha lisaun kondusaun ho {} tuku 7",
        "{} from Baucau failed the theory test by two points",
        "mana {} will pick me up for the lesson at the Caicoli market",
        "maun {} lent me his car for the practice in Dili",
        "Sra. {} paid the whole package of lessons for her son",
        "{} ainda não marcou o exame de código",
        "{} из Дербента сдала теорию с первого раза",
        "{} записался в автошколу в Дербенте на категорию B",
        "тётя {} из Дербента записала сына в автошколу",
        "дядя {} учит меня парковаться на площадке в Ахтах",
        "наш инструктор {} заболел, пожалуйста, перенесите вождение",
        "{} müəllim sabah saat 9-da Qusarda dərs keçəcək",
        "{} xala oğlunu sürücülük kursuna yazdırdı",
        "{} sabah imtahana gedir, salam de",
        "{} from Derbent passed the driving test on the third try",
        "{} for Uyo don pass im driving test, abeg congratulate am",
        "Oga {} says I go pass the test if I practise reverse",
        "Ete {} drove me to the FRSC office on Abak Road",
        "Eka {} paid for the ten lessons with her card",
        "Engr. {} owns the driving school near Ibom Plaza",
        "Aunty {} sells the theory books at the school in Uyo",
        "{} in Kolonia is the only instructor with a manual car",
        "Uncle {} lets me practise in his truck on the road to Kitti",
        "Mrs. {} booked the road test for her daughter in Kolonia",
        "Mr. {} checks the learner's permits at Public Safety in Kolonia",
        "{} is the new instructor, he starts on Monday",
        "{} is the school's receptionist, she books all the lessons",
        "{} and {} share the Saturday morning lesson",
        "ask {} if the test result came by e-mail",
        "{} left her learner's permit in the instructor's car again",
        "{} booked the lesson package yesterday",
        "please tell {} the lesson is moved to tomorrow",
        "thanks to {} I passed the parallel parking",
        "{} needs the medical certificate before the test because the school asks",
        "{} stalled the car three times at the roundabout today",
        "obrigado {} pela aula de hoje, já consigo estacionar",
        "спасибо {}, сдал вождение с первого раза",
        "salam, {} bu gün dərsə gəlməyəcək",
    ],
    "STREET_ADDRESS": [
        "pick me up at {} for the lesson",
        "the lesson starts at {}, wait by the gate",
        "заберите меня на вождение по адресу {}",
        "адрес для договора: {}",
        "buka hau iha {} tuku 7 ba lisaun",
        "dərsə məni {} ünvanından götürün",
        "Address: {}",
        "Адрес: {}",
        "Endereço: {}",
        "Ünvan: {}",
        "my new address is {}, change it on the learner's file",
        "post the learner's permit to {} please",
        '"pickup_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the test result to {}",
        "the lesson reminders go to {}",
        "моя почта {}, пришлите результат экзамена",
        "E-mail: {}",
        "Эл. почта: {}",
        "E-poçt: {}",
        "o resultado do exame vai para {}",
        "the instructor's email is {}",
        "write to {} about the lesson package",
        "send the receipt for the lessons to {} please",
        "the school sent the theory test booking to {}",
        '"email": "{}",',
        "Reply-To: {}",
    ],
    "PHONE_NUMBER": [
        "call the instructor on {} if you're late",
        "the driving school's number is {}",
        "мой номер {}, позвоните, если вождение отменят",
        "позвоните инструктору, пожалуйста, на {}",
        "Тел.: {}",
        "Telefone: {}",
        "Telefon: {}",
        "Phone: {}",
        "text {} to book a lesson",
        "por favor liga para {} para marcar a aula",
        "позвони инструктору сейчас на {}, он ждёт у ворот",
        "send the OPay for the lessons to {}",
        "manda mensajen ba {} atu marka lisaun",
        "instruktorun nömrəsi {}, zəng et",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "pay the lesson package with my card {}",
        "the card for the theory app is {}",
        "оплати вождение картой {}",
        "Card number: {}",
        "Номер карты: {}",
        "Número do cartão: {}",
        "Kart nömrəsi: {}",
        "charge the test booking to {}",
        "the ten lessons were paid with {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the money for the lessons to {}",
        "thanks, I sent the lesson money to {}",
        "IBAN: {}",
        "the driving school's account is {}",
        "переведи за автошколу на {}",
        "счёт дяди для перевода: {}",
        "transfere o dinheiro das aulas para {}",
        "IBAN hesabı: {}",
        "refund the deposit to {}",
        "Account: {}",
        "the school refunds the cancelled lessons into {}",
    ],
    "USERNAME": [
        "my login on the theory practice app is {}",
        "on Instagram the driving school is @{}",
        "ник в телеграме @{}",
        "логин в приложении с билетами ПДД {}",
        "o meu utilizador na app do código é {}",
        "Login: {}",
        "Username: {}",
        "Логин: {}",
        "İstifadəçi adı: {}",
        "the school's Facebook page is {}",
        "the instructor's TikTok is @{}",
        '"username": "{}",',
    ],
}
HELDOUT124_MIXED = [
    ("ФИО: {}\nДата рождения: {}\nТелефон: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Learner: {}\nPhone: {}\nE-mail: {}", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    (
        "Nome completo: {}\nData de nascimento: {}\nEndereço: {}",
        ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"],
    ),
    ("Naran kompletu: {}\nTelefone: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Курсант: {}\nАдрес: {}\nТел.: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("Soyadı, adı, atasının adı: {}\nDoğum tarixi: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("{} paid for the lessons with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the deposit back in {}", ["PERSON", "IBAN_CODE"]),
    ("the instructor is {}, {}, and wants the fee in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("practice app login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("{} ({}) sent the test result", ["PERSON", "EMAIL_ADDRESS"]),
    ("the school charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the lesson times to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, pick her up there for the lesson", ["PERSON", "STREET_ADDRESS"]),
    ("Account holder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the school's router is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("BOOKING_DB_HOST={}\nBOOKING_DB_USER={}\nBOOKING_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} teaches the theory and {} takes the lessons on the road", ["PERSON", "PERSON"]),
    ("Плательщик: {}\nКарта: {}", ["PERSON", "CREDIT_CARD"]),
    ("Surname, first name: {}\nDate of birth: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Last name, first name: {}\nPhone: {}", ["PERSON", "PHONE_NUMBER"]),
    ("{} from Uyo, phone {}", ["PERSON", "PHONE_NUMBER"]),
]
HELDOUT124_NEGATIVES = [
    "Dili is on the north coast, Baucau is three hours east by car",
    "the Presidente Nicolau Lobato airport is where the test route in Dili ends",
    "Sr. and Sra. go before a family name on Portuguese letters",
    "mana is an elder sister, maun an elder brother and avó a grandparent in Tetum",
    "many Tetum names begin with Mau for a man and Bui for a woman",
    "Bondia! Obrigadu barak, the lesson went well",
    "Tetum and Portuguese are both official languages of Timor-Leste",
    "the US dollar is the money of Timor-Leste, a lesson is about 15 dollars",
    "the road from Dili to Baucau runs along the coast past Manatuto",
    "escola de condução: 20 aulas de prática e 10 de código",
    "the PNTL traffic unit runs the practical test on Tuesdays",
    "Derbent is in the south of Dagestan, by the Caspian Sea",
    "the Suleyman-Stalsky district has its centre in Kasumkent",
    "Qusar is across the Samur river, in Azerbaijan, under Shahdag",
    "Лезгины живут по обе стороны Самура, в Дагестане и в Азербайджане",
    "Салам алейкум! Чухсагъул, экзамен сдал",
    "Russian forms want the family name, the given name and the patronymic, in that order",
    "oğlu is son of and qızı daughter of after the father's name on Azerbaijani papers",
    "xala is an aunt, dayı an uncle, müəllim a teacher and xanım a lady, said after the given name",
    "Salam! Sağ ol, sabah görüşərik",
    "обучение на категорию B стоит 45 000 ₽, вождение 56 часов",
    "медсправка 003-В/у действует год",
    "теория: 20 вопросов, можно ошибиться два раза",
    "экзамен в Госавтоинспекции в четверг в 9:00, площадка и город",
    "sürücülük vəsiqəsi B kateqoriyası üçün 18 yaş lazımdır",
    "nəzəri imtahan 10 sualdan ibarətdir",
    "the course in Qusar costs 350 manat for 30 lessons",
    "Uyo is the capital of Akwa Ibom, Ikot Ekpene is famous for raffia",
    "the Godswill Akpabio stadium in Uyo hosts the big matches",
    "Ete is father and Eka is mother in Ibibio, said before a name",
    "Oga is what a learner calls the instructor, boss in Pidgin",
    "Mesiere! Sosongo for the lesson",
    "abeg make we start the lesson early, sun dey hot",
    "the FRSC issues the learner's permit and the driver's licence",
    "the driving school charges ₦85,000 for the full course",
    "the VIO test in Uyo is on the field behind the office",
    "Engr. and Barr. go before a name in Nigeria, like Dr",
    "the Ibom Plaza roundabout is where every learner stalls once",
    "Kolonia is the main town of Pohnpei, Palikir is the capital of the FSM",
    "the Bailey Olter high school is on the way to the airport",
    "Kaselehlie! Kalahngan for the ride, menlau",
    "the speed limit in Kolonia is 25 miles an hour",
    "the road around Pohnpei is about 54 miles",
    "the FSM uses the US dollar, the road test costs 10 dollars",
    "Mr. and Mrs. go before a family name, Uncle and Aunty before a given name",
    "lesson 12 of 20: hill start and emergency stop",
    "the test score was 44 out of 50, 43 to pass",
    "licence class B is for cars, class A for motorbikes",
    "the course is 28 hours of theory and 56 of driving",
    "booking ref DRV-124-0457 is confirmed for 10:30",
    "candidate number 2481 sits the theory test at 9",
    "receipt RC-2026-0318: five lessons, paid in cash",
    "the instructor's car is a white Toyota Corolla with dual pedals",
    "the school's Lada Granta has an L plate on the roof",
    "take the A1 out of Dili for the highway lesson",
    "the R-217 highway passes Derbent on the way to Azerbaijan",
    "the test route goes round the roundabout twice",
    "mirror, signal, manoeuvre, then check the blind spot",
    "the theory book has 800 questions, the test picks 40",
    "a package of 10 lessons is cheaper than 10 single lessons",
    "the lesson is 90 minutes, the first 10 in the yard",
    "the test card 4242 4242 4242 4242 only works in the booking demo",
    "the example IBAN in the bank's leaflet is TL38 0080 0123 4567 8910 157",
    "use learner@example.com in the demo app",
    "the docs use 192.0.2.55 and 2001:db8::24 for the school's router",
    "the default password on the dashcam is 12345678, change it",
    "the key box code in the manual is 0000, the school changed it",
    "PASSWORD=changeme is only in the sample .env",
    "the app's login is your e-mail and a password you choose",
    "the school opened on 3 March 2011",
    "the next test date is 14 June, the reminder comes two days before",
    "the permit issued on 12.03.2024 is valid for a year",
    "ok see you at the lesson at 3",
    "до встречи на площадке в 8",
    "ahh I stalled again at the lights",
    "nia seidauk hatene kondús, maibé aban nia aprende",
    "the L plate goes on the back and the front of the car",
    "in Nigeria the learner's permit lasts three months",
]


def _typo124(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a driving word's common misspelling ('instructor' -> 'instuctor', 'lesson'
    -> 'lession', 'theory' -> 'theroy', Russian 'экзамен' -> 'экзамин'), or chat shorthand in the set's
    languages ('please' -> 'pls', 'tomorrow' -> '2moro', 'you' -> 'u', Russian 'пожалуйста' -> 'пж',
    Portuguese 'obrigado' -> 'obg', Azerbaijani 'salam' -> 'slm'). Only in sentences typed to the bot or a
    friend; titles and kin words by a name stay as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT124.finditer(template))
    if words and rng.random() < 0.5:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT124[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT124.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT124[m.group(1)] + template[m.end() :]


def build_heldout124(seed: int = HELDOUT124_SEED) -> list[Example]:
    """Held-out set 124: `Gen124` values in `HELDOUT124_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen124.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen124(seed)
    examples = assemble_module_set(
        gen, HELDOUT124_TEMPLATES, HELDOUT124_MIXED, HELDOUT124_NEGATIVES, _typo124, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
