"""Held-out PII set 122 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout122": written by a separate author who did not change recognizers, never ran the scrubber on it, never
saw Kaizen's misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT122 is
empty, as for the sets before it; written at the same time as held-out 123 by another author, neither seeing
the other's set, and with none of the peoples that set takes). The theme: public libraries, bookshops and
reading clubs as readers, parents, librarians and booksellers talk about them: the library card and its PIN,
the reservation and the overdue notice, the e-book app and its login (Libby, ЛитРес), the reading club's group
chat (WhatsApp, Telegram), the bookshop's order and its delivery (Читай-город, a bookshop in Tamale, a parcel
by ship to Ebeye), the children's reading hour, the library's Wi-Fi, self-checkout kiosk and catalogue server,
the membership form with a date of birth, a fee or a fine paid by card, by mobile money or to an account. The
docstrings of held-out 27 to 121 were grepped first: held-out 84 took libraries, archives and museums
(readers' tickets in research reading rooms, archive search rooms, donations of family papers, digitisation,
with reading groups among them), 63 took words, print and sound (independent bookshops among translators,
papers and radio), 40 named public libraries among a dozen leisure places and 102 the library fine among
student life; none took the lending library, the bookshop's orders and the reading club as its whole theme, so
this set keeps the theme it was given (a judgement call: 84 is the nearest). Library card, reservation, order,
ISBN, call, invoice and kiosk numbers, fines and fees are no PII of TYPES: they come only in negatives.

The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 121.py) and bench/pii.py.
The brief named the Kabardians of Nalchik and Baksan, but the Kabardians are the eastern Circassians (they
call themselves Adyghe too), and held-out 99 took the Circassians (Adyghe) of Kfar Kama as a main people, so
this set takes their neighbours in Kabardino-Balkaria instead: the Balkars of Nalchik and the upper Baksan
valley (Tyrnyauz, Elbrus), a Turkic people no module set has had (bench/pii.py holds a short Karachay-Balkar
list among dozens of peoples). The other three (the Dagbamba or Dagomba of Tamale and Yendi, the Erzya of
Saransk, the Marshallese of Majuro and Ebeye) are no main people of a module set either; bench/pii.py's
held-out 9 and 12 hold short Dagbani, Erzya and Marshallese lists among dozens of peoples, and other sets hold
names these peoples carry too, so this set leaves out every such name: Balkar 'Ismail', 'Tahir', 'Bella',
'Otarov'; Erzya 'Yermolai', 'Akulina', 'Pelageya', 'Agafya', 'Yevdokiya', 'Praskovya', 'Matryona', 'Fedot',
'Anisya', 'Kirdyashkin', 'Feodosiya' and the Erzya names bench/pii.py lists ('Ineshke', 'Tyushtya', 'Litova');
Dagbamba 'Iddrisu', 'Abukari', 'Sulemana', 'Mumuni', 'Tahiru', 'Zakaria', 'Wahab', 'Yakubu', 'Asana',
'Mahama', 'Dawuni', 'Sadia' and those bench/pii.py lists ('Fuseini', 'Alhassan', 'Abiba', 'Mahamudu',
'Wumbei'); Marshallese 'Anjain', 'Langidrik', 'Zackhras', 'Jibas', 'Ione', 'Darlene', 'Kabua', 'Loeak',
'Zedkaia', 'Tomeing', 'Alvin', 'Kalani' and the Japanese given names 'Hiroshi', 'Kenji', 'Yoshio', 'Emiko',
'Sachiko', 'Mitsuko', 'Fumiko'. The places were grepped the same way: bench/pii.py has Nalchik's Kulieva,
Lenina and Kabardinskaya streets and '8 (8662)', Saransk's Bolshevistskaya, Kommunisticheskaya and Sovetskaya
streets and '+7 (8342)', Tamale's Gumani, Kalpohin and Lamashegu Estates and '037 202', and Majuro's 'Lot ..,
Delap Village', so none of those shapes is taken here (Tamale's landline comes only in its international form,
'+233 37 202'); the streets and areas taken here are in no earlier set, save words earlier sets hold in other
shapes: Majuro's Uliga and Rita (bench/pii.py's 'Lot' shape), the town Bolgatanga (here in Tamale's 'off
Bolgatanga Road') and the word Thompson (here Springdale's 'N Thompson St'). Held-out 123's file, written
beside this one, was not read: its word runs were only intersected once with this set's names, and two Russian
given names first listed here for the Erzya that it holds too gave way to 'Antip' and 'Domna'.

Hand-written lists of four peoples: the Balkars (Balkar given names and Russian-style family names, in
Cyrillic and in Latin letters: 'Хызыр Улбашев', 'Khyzyr Ulbashev', the Russian form's family name, given name
and patronymic ('Улбашев Хызыр Тауланович'), the given name and patronymic in polite address, a woman's family
name in '-a' ('Zhaukhar Ulbasheva'), initials after the family name ('Улбашев Х. Т.'), the Balkar clan form
with '-ланы' ('of the ...s') before the given name ('Улбашланы Хызыр'), 'тётя' and 'дядя' before a given name
and the Balkar 'ынна' (grandmother) and 'аппа' (grandfather) after one, outside the span); the Erzya of
Saransk (the Russian given names the villages give, some old ones ('Antip', 'Stepanida', 'Domna'), a few old
Erzya names taken up again as given names ('Пургаз', 'Кудаш'), family names made from old Erzya given names
with '-кин', '-ин' or '-ев' ('Нуянзин', 'Кудашкин', 'Пиняев'), the same Russian forms as the Balkars', the
Russian 'баба' and 'дед' (grandmother, grandfather) and 'тётя' and 'дядя' before a given name and the Erzya
'патя' (elder sister) and 'леля' (elder brother) after one, outside the span); the Dagbamba of Tamale and
Yendi (Dagbani forms of Muslim given names ('Issahaku', 'Osumanu', 'Ayishetu', 'Memunatu') and Dagomba family
names ('Yidana', 'Ziblim', 'Dokurugu', 'Nantogmah'), the Dagbamba custom of a child taking the father's given
name as a surname ('Ayishetu Issahaku'), a Ghanaian form's 'Surname, other names' ('Yidana, Ayishetu'),
initials ('A. Yidana'), and 'Alhaji', 'Hajia', 'Mallam', 'Madam' and 'Auntie' before a given name, outside the
span); and the Marshallese of Majuro and Ebeye (Marshallese given names and family names ('Lijon Riklon'),
given names from the Japanese years ('Kunio', 'Kiyoko') and family names of Japanese origin ('Kaminaga',
'Ishoda'), an American-style form's 'Last name, first name' ('Riklon, Lijon') and middle initial ('Lijon K.
Riklon'), a family name in the Marshallese orthography with its marks ('Jetn̄il', n with a combining macron),
and 'Bubu' (grandparent), 'Iroij' (chief), 'Leroij' (woman chief) before a given name and 'Mr.' and 'Mrs.'
before a family name, outside the span). No public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT122,
checked without marks and case: a Balkar writer whose full name the lists could make, 'Makhti Dzhurtubaev', is
why 'Dzhurtubaev' is not listed, and others the lists cannot make). Every one of those name forms, and names
with a typo ('Bichekeuv', 'Kildushkin', 'Zibilim', 'Riklom'), is forced into the build at least once whatever
the seed (a form the draws have not reached comes in a sentence of its own), and each people also gets a
titled name, a name in capitals on a form and one in lower case in chat; the address, the phone, the e-mail,
the IBAN or the date of birth after a name mostly comes from that name's region.

Names on papers in Russian ('ФИО:', 'Читатель:', 'Заказчик:', 'Получатель заказа:'), Ghanaian English
('Surname, other names:', 'Name of member:'), American English ('Last name, first name:', 'Borrower:'), a
librarian's '| ... |' loan row, JSON and YAML; those regions' addresses ('г. Нальчик, ул. Тарчокова, д. 12,
кв. 45, 360004', 'г. Тырныауз, пр. Эльбрусский, д. 12, 361624', 'г. Саранск, ул. Васенко, д. 12, кв. 45,
430005', 'House No. C12, Choggu, Tamale', 'P. O. Box TL 1234, Tamale', a GhanaPost digital address
'NT-1234-5678, Tamale', 'House No. 12, near the Gbewaa Palace, Yendi', 'P.O. Box 1234, Majuro, MH 96960',
'Ebeye Island, Kwajalein Atoll, MH 96970', a relative's '12 N Thompson St, Springdale, AR 72764'); phones
(Russian mobiles '+7 9..' and '8 9..', Nalchik's '(8662)', Tyrnyauz's '(86638)', Saransk's '(8342)';
Ghanaian mobiles '024', '054', '055', '059', '020', '050' and '+233', Tamale's '+233 37 202'; the Marshall
Islands' '+692' with Majuro's '625', Ebeye's '329' and a mobile '455', and a relative's Arkansas '+1 479');
Visa, Mastercard, Mir ('2200'-'2204'), Amex and Discover ('6011') cards; IBANs: Turkey, Kazakhstan and Germany
for a Balkar's relative, Finland, Estonia and Kazakhstan for an Erzya's (a student in Helsinki or Tartu, a
relative in Kazakhstan), the United Kingdom, the Netherlands, Germany and Saudi Arabia for a Dagbamba's
relative, the United Kingdom and Ireland for the bookshop or the book fund a Marshallese reader pays (Russia,
Ghana, the Marshall Islands and the United States have none); IPs of the library's router, the
self-checkout kiosk, the catalogue's (Koha's) server, the bookshop's till, the e-book app's login alert, sshd
and nginx lines, v4 and v6; logins and secrets as readers and librarians hand them over (the library's
Wi-Fi, the library card's PIN, the e-book app's password, the book drop's code, a mobile money PIN, a
bank's one-time code, a Mir PIN), with cues in Russian ('никому не говори'), Balkar ('бир кишиге да айтма'),
Erzya ('иля ёвта киненьгак'), Ghanaian English ('don't tell anybody oo') and Marshallese ('kwon jab ba nan
jabdewot'), a Wi-Fi QR string and .env lines (an OverDrive secret, a Shopify token, a Paystack key, a
ЮKassa key, a Telegram bot token, a Google Books key, Koha's database password); dates of birth in each
people's shapes (Russian '14.03.2015' and '14 марта 2015 г.', Ghanaian '14/03/2015' and '14th March, 2015',
the Marshall Islands' American '03/14/2015' and 'March 14, 2015', and an export's ISO date), a child's for a
first library card or an adult's for the membership, drawn between fixed years from the set's own rng so the
set builds the same on any day; typos as chat types them (a library word's misspelling: 'library' ->
'libary', 'receipt' -> 'reciept', 'Wednesday' -> 'Wensday'; chat shorthand: Russian 'пожалуйста' -> 'пж',
'спасибо' -> 'спс', English 'please' -> 'pls', 'because' -> 'bc'); negatives with the same places, the titles
and kin words explained, the naming customs, fees and fines in roubles, cedis and dollars, library card,
reservation, order, ISBN and call numbers, placeholder secrets, a test card, the example IBAN, a placeholder
e-mail, documentation IPs, dates that are no one's birthday and short everyday chat in the four peoples'
languages.

Forms this author is unsure of, written as best known and not checked against a speaker: the Balkar clan forms
in '-ланы' are derived here from the Russian family names (stem + '-ланы', written with 'къ' where the Balkar
spelling has it: 'Мокъаланы', 'Токъумаланы'); whether each family writes its clan so, and whether some take
'-лени' by vowel harmony, is not checked; 'ынна' and 'аппа' after a given name (as Turkic kin words go) rather
than before it; the Balkar cue 'бир кишиге да айтма' and the Balkar chat 'Сау бол'; the Erzya kin words 'патя'
and 'леля' after a given name, the Erzya cue 'иля ёвта киненьгак' and 'ялгат' (friends); how common 'Пургаз'
and 'Кудаш' are as given names today; the Dagbani greeting 'Dasiba' (good morning); Tamale's GhanaPost prefix
'NT-', Tyrnyauz's dialling code '86638' and the postcodes (of the right series for Nalchik, Tyrnyauz and
Saransk, not checked street by street); the Marshallese cue 'kwon jab ba nan jabdewot' (written without the
orthography's marks, as chat mostly is), the Marshallese mobile prefix '455', and 'Jeadrik' as a Marshallese
family name. The Marshallese orthography's marked spelling is used for one family name only ('Jetn̄il'), the
one this author has seen written so; the others keep the plain spelling papers use. Dagbani personal names
come in the English spelling Ghanaian papers use, not in Dagbani orthography (ɛ, ɔ, ŋ, ɣ, ʒ), which this
author could not write for them with confidence; Erzya month names are left out for the same reason (the forms
use Russian dates).

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

HELDOUT122_SEED = 1225384
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT122: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT122 = ["balkar", "erzya", "dagbamba", "marshallese"]
# the two peoples whose names are written in Cyrillic as well as in Latin letters
CYRILLIC_ORIGINS_HELDOUT122 = ("balkar", "erzya")

# the Balkars: given names (Latin: Cyrillic) and Russian-style family names (a woman's takes '-a')
BALKAR_MEN_HELDOUT122 = {
    "Khyzyr": "Хызыр",
    "Taulan": "Таулан",
    "Bilyal": "Билял",
    "Muradin": "Мурадин",
    "Khusey": "Хусей",
    "Makhti": "Махти",
}
BALKAR_WOMEN_HELDOUT122 = {
    "Zhaukhar": "Жаухар",
    "Syuydyum": "Сюйдюм",
    "Khalimat": "Халимат",
    "Lyaziyat": "Лязият",
    "Nazifat": "Назифат",
}
BALKAR_FAMILY_HELDOUT122 = {
    "Ulbashev": "Улбашев",
    "Gemuev": "Гемуев",
    "Etezov": "Этезов",
    "Mokaev": "Мокаев",
    "Tetuev": "Тетуев",
    "Zhappuev": "Жаппуев",
    "Sottaev": "Соттаев",
    "Bichekuev": "Бичекуев",
    "Tokumaev": "Токумаев",
    "Kholaev": "Холаев",
}
# the Balkar clan form: the family's name with '-ланы' ('of the ...s'), written before the given name, the
# same for a man and a woman (derived here from the Russian form: see the docstring)
BALKAR_CLAN_HELDOUT122 = {
    "Ulbashev": "Улбашланы",
    "Gemuev": "Гемуланы",
    "Etezov": "Этезланы",
    "Mokaev": "Мокъаланы",
    "Tetuev": "Тетуланы",
    "Zhappuev": "Жаппуланы",
    "Sottaev": "Сотталаны",
    "Bichekuev": "Бичекуланы",
    "Tokumaev": "Токъумаланы",
    "Kholaev": "Холаланы",
}
# the Erzya: the Russian given names the villages give (Latin: Cyrillic), a few old Erzya names taken up again
# as men's given names, and family names made from old Erzya given names
ERZYA_MEN_HELDOUT122 = {
    "Antip": "Антип",
    "Prokhor": "Прохор",
    "Savely": "Савелий",
    "Averyan": "Аверьян",
    "Terenty": "Терентий",
}
ERZYA_WOMEN_HELDOUT122 = {
    "Stepanida": "Степанида",
    "Ulita": "Улита",
    "Domna": "Домна",
    "Kapitolina": "Капитолина",
    "Efrosinya": "Ефросинья",
}
ERZYA_OWN_HELDOUT122 = {"Purgaz": "Пургаз", "Kudash": "Кудаш"}
ERZYA_FAMILY_HELDOUT122 = {
    "Nuyanzin": "Нуянзин",
    "Kechkin": "Кечкин",
    "Pinyaev": "Пиняев",
    "Kudashkin": "Кудашкин",
    "Kildyushkin": "Кильдюшкин",
    "Uchaykin": "Учайкин",
    "Kemaykin": "Кемайкин",
    "Vedyashkin": "Ведяшкин",
    "Cheynzin": "Чейнзин",
    "Mastyaev": "Мастяев",
}
# the Dagbamba: Dagbani forms of Muslim given names and Dagomba family names (a child often takes the father's
# given name as a surname, so a man's given name can stand where a family name does)
DAGBAMBA_MEN_HELDOUT122 = ["Issahaku", "Seidu", "Alidu", "Salifu", "Imoro", "Sayibu", "Osumanu", "Haruna"]
DAGBAMBA_WOMEN_HELDOUT122 = ["Ayishetu", "Memunatu", "Azara", "Fuseina", "Salamatu", "Barikisu", "Hawabu"]
DAGBAMBA_FAMILY_HELDOUT122 = "Yidana Ziblim Dokurugu Nantogmah Abdulai Sumani Bawa Yahaya Amadu".split()
# the Marshallese: given names, given names from the Japanese years (name: a woman's), family names
MARSHALLESE_MEN_HELDOUT122 = ["Tomaki", "Biram", "Ladie", "Jolden", "Wisley", "Rubon"]
MARSHALLESE_WOMEN_HELDOUT122 = ["Lijon", "Abacca", "Hemina", "Neta", "Hertina", "Lemyo"]
JAPANESE_GIVEN_HELDOUT122 = {"Kunio": False, "Takeo": False, "Tadashi": False, "Kiyoko": True, "Kimiko": True}
MARSHALLESE_FAMILY_HELDOUT122 = "Riklon Kaminaga Ishoda Jetnil Capelle Lanki Tibon Jeadrik".split()
# the family name in the Marshallese orthography, with its marks (n with a combining macron)
MARSHALLESE_MARKED_HELDOUT122 = {"Jetnil": "Jetn\u0304il"}
# each origin: (men's given names, women's given names, family names), in Latin letters
NAMES_HELDOUT122: dict[str, tuple[list[str], list[str], list[str]]] = {
    "balkar": (
        list(BALKAR_MEN_HELDOUT122),
        list(BALKAR_WOMEN_HELDOUT122),
        list(BALKAR_FAMILY_HELDOUT122),
    ),
    "erzya": (list(ERZYA_MEN_HELDOUT122), list(ERZYA_WOMEN_HELDOUT122), list(ERZYA_FAMILY_HELDOUT122)),
    "dagbamba": (DAGBAMBA_MEN_HELDOUT122, DAGBAMBA_WOMEN_HELDOUT122, DAGBAMBA_FAMILY_HELDOUT122),
    "marshallese": (MARSHALLESE_MEN_HELDOUT122, MARSHALLESE_WOMEN_HELDOUT122, MARSHALLESE_FAMILY_HELDOUT122),
}
CYRILLIC_HELDOUT122 = {
    **BALKAR_MEN_HELDOUT122,
    **BALKAR_WOMEN_HELDOUT122,
    **BALKAR_FAMILY_HELDOUT122,
    **ERZYA_MEN_HELDOUT122,
    **ERZYA_WOMEN_HELDOUT122,
    **ERZYA_OWN_HELDOUT122,
    **ERZYA_FAMILY_HELDOUT122,
}
# full names a draw must never give (checked without marks and case); the lists cannot make most of them, the
# guard keeps it so should a list grow: Balkar writers and a poet, an Erzya writer and the sculptor who took
# the people's name, Ghana's presidents and a Dagbon king, Marshallese public figures
PUBLIC_FIGURES_HELDOUT122 = {
    "Makhti Dzhurtubaev",
    "Kaisyn Kuliev",
    "Kyazim Mechiev",
    "Kerim Otarov",
    "Artyom Vesyoly",
    "Stepan Erzia",
    "John Mahama",
    "Mahamudu Bawumia",
    "Yakubu Andani",
    "Kathy Jetnil-Kijiner",
    "Alfred Capelle",
    "Kunio Lemari",
    "Tomaki Juda",
}
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT122 = {
    "balkar": {"Bichekuev": "Bichekeuv", "Tokumaev": "Tokumev", "Zhappuev": "Zhapuev"},
    "erzya": {"Kildyushkin": "Kildushkin", "Vedyashkin": "Vedyashkn", "Nuyanzin": "Nuyanzn"},
    "dagbamba": {"Dokurugu": "Dokrugu", "Ziblim": "Zibilim", "Nantogmah": "Nantomah"},
    "marshallese": {"Riklon": "Riklom", "Kaminaga": "Kaminag", "Ishoda": "Ishodda"},
}
# a title or a kin word before the name (outside the span): the origins, whether a woman (None: either) and
# the part of the name it goes with
TITLED_HELDOUT122: dict[str, tuple[tuple[str, ...], bool | None, str]] = {
    "тётя": (("balkar", "erzya"), True, "given"),  # aunt, said to an older woman
    "дядя": (("balkar", "erzya"), False, "given"),  # uncle, said to an older man
    "баба": (("erzya",), True, "given"),  # grandmother, as a village says it
    "дед": (("erzya",), False, "given"),  # grandfather
    "hajia": (("dagbamba",), True, "given"),  # a woman who made the pilgrimage (and any respected one)
    "alhaji": (("dagbamba",), False, "given"),  # a man who made the pilgrimage
    "mallam": (("dagbamba",), False, "given"),  # a Koranic teacher
    "madam": (("dagbamba",), True, "given"),  # a woman teacher or librarian in Ghana
    "auntie": (("dagbamba",), True, "given"),
    "bubu": (("marshallese",), None, "given"),  # a grandparent in Marshallese
    "iroij": (("marshallese",), False, "given"),  # a chief
    "leroij": (("marshallese",), True, "given"),  # a woman chief
    "mr.": (("marshallese",), False, "family"),
    "mrs.": (("marshallese",), True, "family"),
}
TITLE_SLOT_HELDOUT122 = re.compile(
    r"(?<![\w'’])(тётя|дядя|баба|дед|hajia|alhaji|mallam|madam|auntie|bubu|iroij|leroij|mrs\.|mr\.) \{\}",
    re.IGNORECASE,
)
# the kin words after a given name (outside the span): the origin and whether a woman
SUFFIXES_HELDOUT122 = {
    "ынна": ("balkar", True),  # grandmother in Balkar
    "аппа": ("balkar", False),  # grandfather in Balkar
    "патя": ("erzya", True),  # elder sister in Erzya
    "леля": ("erzya", False),  # elder brother in Erzya
}
SUFFIX_SLOT_HELDOUT122 = re.compile(r"\{\} (ынна|аппа|патя|леля)(?!\w)")
# the name forms the build holds at least once each, whatever the seed
FORCED_FORMS_HELDOUT122 = [
    ("balkar", "latin"),
    ("erzya", "latin"),
    ("dagbamba", "full"),
    ("marshallese", "full"),
    ("balkar", "cyrillic"),
    ("erzya", "cyrillic"),
    ("dagbamba", "surname_first"),
    ("marshallese", "surname_first"),
    ("balkar", "russian_form"),
    ("erzya", "russian_form"),
    ("dagbamba", "father_name"),
    ("marshallese", "japanese_given"),
    ("balkar", "clan_form"),
    ("erzya", "erzya_given"),
    ("dagbamba", "initials"),
    ("marshallese", "middle_initial"),
    ("balkar", "name_patronymic"),
    ("erzya", "female_cyrillic"),
    ("marshallese", "marked"),
    ("balkar", "female_latin"),
    ("erzya", "initials_cyr"),
    ("balkar", "typo"),
    ("erzya", "typo"),
    ("dagbamba", "typo"),
    ("marshallese", "typo"),
]
# forms written in Cyrillic (they want a Cyrillic template; every other form wants a Latin one)
CYRILLIC_FORMS_HELDOUT122 = {
    "cyrillic",
    "russian_form",
    "name_patronymic",
    "female_cyrillic",
    "initials_cyr",
    "clan_form",
    "erzya_given",
}
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT122 = {"typo"}
FORM_ONLY_FORMS_HELDOUT122 = {
    "russian_form",
    "surname_first",
    "initials",
    "initials_cyr",
    "clan_form",
    "middle_initial",
}
# forms that want a woman's name, and forms that want a man's
WOMEN_FORMS_HELDOUT122 = {"female_latin", "female_cyrillic"}
MEN_FORMS_HELDOUT122 = {"erzya_given"}
# the leads of forms that write the family name first: the origins and the form
SURNAME_FIRST_LEADS_HELDOUT122: dict[str, tuple[tuple[str, ...], str]] = {
    "ФИО": (("balkar", "erzya"), "russian_form"),
    "Фамилия Имя Отчество": (("balkar", "erzya"), "russian_form"),
    "Surname, other names": (("dagbamba",), "surname_first"),
    "Last name, first name": (("marshallese",), "surname_first"),
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT122: dict[str, list[str]] = {
    "balkar": [
        "тётя {} из Нальчика записала внука в детскую библиотеку",
        "дядя {} привёз в библиотеку Тырныауза коробку книг",
        "{} ынна читает детям сказки на балкарском по субботам",
        "{} аппа принёс в библиотеку старые номера журнала «Минги Тау»",
    ],
    "erzya": [
        "баба {} из Саранска каждую неделю берёт по три книги",
        "дед {} отдал библиотеке подшивку журнала «Сятко»",
        "{} патя ведёт эрзянский кружок чтения в Саранске",
        "{} леля отвезёт книги в сельскую библиотеку",
    ],
    "dagbamba": [
        "Hajia {} pays the children's library fees by MoMo",
        "Alhaji {} donated two cartons of books to the library in Tamale",
        "Mallam {} reads the Dagbani stories at the children's hour in Yendi",
        "Madam {} is the librarian at the regional library in Tamale",
    ],
    "marshallese": [
        "Bubu {} tells the old stories at the library on Fridays",
        "Iroij {} opened the new reading room on Ebeye",
        "Leroij {} reads to the children in Marshallese at the Alele library",
        "Mrs. {} runs the school library in Majuro",
    ],
    "upper_balkar": ["ФИО: {}", "Читатель: {}"],
    "upper_erzya": ["ФИО: {}", "Фамилия Имя Отчество: {}"],
    "upper_dagbamba": ["Surname, other names: {}", "NAME OF MEMBER: {}"],
    "upper_marshallese": ["Last name, first name: {}", "BORROWER: {}"],
    "lower_cyrillic": ["кстати {} уже вернул(а) книги, спс", "записала на читательский клуб: {}, четверг"],
    "lower_latin": ["fyi {} paid the overdue fine", "the book order for {} is moved to friday pls"],
    "form_cyrillic": ["Читатель: {}", "Заказчик: {}", "Получатель заказа: {}"],
    "chat_cyrillic": ["кстати, {} звонил(а) насчёт брони", "{} записал(а) сына на час чтения"],
    "form_latin": ["Borrower: {}", "Member: {}", "Name of member: {}"],
    "chat_latin": ["{} says the reading club is moved to Thursday", "did {} return the library books yet?"],
}

# IBAN countries: (real bank codes, the rest of the BBAN: count and kind)
IBAN_BANKS_HELDOUT122: dict[str, tuple[list[str], str]] = {
    "TR": (["000100", "000620", "000640"], "16n"),  # Ziraat, Garanti, İş Bankası (with the reserve digit)
    "KZ": (["601", "722", "856"], "13n"),  # Halyk, Kaspi, Bank CenterCredit
    "DE": (["10010010", "50010517", "70150000"], "10n"),
    "FI": (["1", "5", "8", "39"], "0n"),  # Nordea, OP, Danske, S-Bank (the rest makes 14 digits)
    "EE": (["22", "10", "77", "17"], "14n"),  # Swedbank, SEB, LHV, Luminor
    "GB": (["BARC", "NWBK", "LOYD", "HBUK", "MIDL"], "14n"),
    "NL": (["INGB", "RABO", "ABNA", "SNSB"], "10n"),
    "SA": (["80", "10", "20", "05"], "18n"),  # Al Rajhi, Saudi National Bank, Riyad Bank, Alinma
    "IE": (["AIBK", "BOFI", "IPBS"], "14n"),  # AIB, Bank of Ireland, PTSB
}
IBAN_LENGTHS_HELDOUT122 = {
    "TR": 26,
    "KZ": 20,
    "DE": 22,
    "FI": 18,
    "EE": 20,
    "GB": 22,
    "NL": 18,
    "SA": 24,
    "IE": 22,
}
IBAN_BY_ORIGIN_HELDOUT122 = {
    "balkar": ["TR", "KZ", "DE"],
    "erzya": ["FI", "EE", "KZ"],
    "dagbamba": ["GB", "NL", "DE", "SA"],
    "marshallese": ["GB", "IE"],
}
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT122 = {
    "balkar": ["elbrus", "tyrnyauz", "malkar", "chegem", "mingitau"],
    "erzya": ["saransk", "erzyan", "sura", "mastor", "syatko"],
    "dagbamba": ["tamale", "yendi", "dagbon", "damba", "bugum"],
    "marshallese": ["majuro", "ebeye", "kwaj", "iakwe", "jaluit"],
}
EMAIL_DOMAINS_HELDOUT122 = {
    "balkar": ["mail.ru", "yandex.ru", "bk.ru"],
    "erzya": ["mail.ru", "yandex.ru", "list.ru"],
    "dagbamba": ["yahoo.com", "uds.edu.gh", "outlook.com"],
    "marshallese": ["ntamar.net", "yahoo.com", "hotmail.com"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT122: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)нальчик|nalchik|тырныауз|tyrnyauz|эльбрус|elbrus|балкар|balkar|чегем|chegem|минги тау|"
            r"ынна|аппа"
        ),
        "balkar",
    ),
    (
        re.compile(r"(?i)саранск|saransk|мордов|mordov|эрзя|erzya|сятко|патя|леля|\bбаба\b|\bдед\b"),
        "erzya",
    ),
    (
        re.compile(
            r"(?i)tamale|yendi|dagb|dagomba|ghana|cedi|momo|hajia|alhaji|mallam|\bmadam\b|auntie|"
            r"surname, other names|name of member"
        ),
        "dagbamba",
    ),
    (
        re.compile(
            r"(?i)majuro|ebeye|kwajalein|marshall|alele|\bbubu\b|iroij|leroij|iakwe|\bmrs?\.|"
            r"last name, first name|springdale"
        ),
        "marshallese",
    ),
]
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT122: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"(?i)\bshe\b|\bher\b|herself|тётя|\bбаба\b|ынна|патя|hajia|\bmadam\b|auntie|leroij|\bmrs\.|"
            r"\bона\b|\bеё\b|записала|продлила|заказала|оплатила|родилась|(?:вернула|сказала)\b"
        ),
        True,
    ),
    (
        re.compile(
            r"(?i)\bhe\b|\bhis\b|\bhim\b|himself|дядя|\bдед\b|аппа|леля|alhaji|mallam|iroij|\bmr\.|"
            r"\bон\b|\bего\b|(?:вернул|записал|забронировал|сдал|принёс|привёз|звонил|заказал)\b(?!\()"
        ),
        False,
    ),
]
# a library word and its well-known misspelling
MISSPELT_HELDOUT122 = {
    "library": "libary",
    "receipt": "reciept",
    "calendar": "calender",
    "definitely": "definately",
    "Wednesday": "Wensday",
    "February": "Febuary",
    "tomorrow": "tommorow",
    "borrowed": "borowed",
    "reservation": "reservaton",
    "necessary": "neccessary",
    "separate": "seperate",
}
MISSPELT_WORD_HELDOUT122 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT122, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: Russian and English
SHORTHAND_HELDOUT122 = {
    "пожалуйста": "пж",
    "спасибо": "спс",
    "сейчас": "щас",
    "нормально": "норм",
    "please": "pls",
    "thanks": "thx",
    "because": "bc",
    "tomorrow": "tmrw",
}
SHORTHAND_WORD_HELDOUT122 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT122, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT122 = (
    "January February March April May June July August September October November December".split()
)
RUSSIAN_MONTHS_HELDOUT122 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
# the years a date of birth is drawn between: a child's first library card, an adult's membership
CHILD_YEARS_HELDOUT122 = (2010, 2020)
ADULT_YEARS_HELDOUT122 = (1948, 2000)


def _fold(text: str) -> str:
    """A Latin-letter name without its marks ('Jetn̄il' -> 'Jetnil', 'Fryslân' -> 'Fryslan'); Cyrillic
    stays as written ('й' and 'ё' keep theirs)."""
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
    """A name as it goes into an e-mail address or a login: ASCII letters only."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a text holds a public figure's full name, marks and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT122)


def _cyr(name: str) -> str:
    """The Cyrillic of a Balkar or Erzya given or family name ('Ulbashev' -> 'Улбашев')."""
    return CYRILLIC_HELDOUT122[name]


def _feminine(family: str) -> str:
    """A Russian-style family name as a woman carries it ('Ulbashev' -> 'Ulbasheva', 'Нуянзин' ->
    'Нуянзина')."""
    return family + ("а" if re.search(r"[а-яё]$", family) else "a")


def _patronymic(father: str, woman: bool) -> str:
    """A Russian-style patronymic in Cyrillic from a father's given name in Latin letters ('Taulan' ->
    'Тауланович', 'Savely' -> 'Савельевич', 'Khusey' -> 'Хусеевна', 'Makhti' -> 'Махтиевич')."""
    base = _cyr(father)
    end = "евна" if woman else "евич"
    if base.endswith("ий"):
        return base[:-2] + "ь" + end
    if base.endswith("й"):
        return base[:-1] + end
    if base[-1] in "иджшчщц":
        return base + end
    return base + ("овна" if woman else "ович")


class Gen122(Gen3):
    """Generators for held-out set 122: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT122)  # the forms not given yet
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
        origin = origin or rng.choice(ORIGINS_HELDOUT122)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT122[origin]
        for _ in range(50):
            first, last = rng.choice(women if woman else men), rng.choice(lasts)
            if not _reads_public(f"{first} {last}"):
                break
        return origin, first, last, woman

    def _father(self, origin: str, first: str) -> str:
        return self.rng.choice([g for g in NAMES_HELDOUT122[origin][0] if g != first])

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT122's)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT122:
            woman = True
        if form in MEN_FORMS_HELDOUT122:
            woman = False
        if form == "typo":
            typos = NAME_TYPOS_HELDOUT122[origin]
            _, first, _, woman = self._origin_name(origin, woman)
            last = typos[rng.choice(sorted(typos))]
            if origin in CYRILLIC_ORIGINS_HELDOUT122 and woman:
                last = _feminine(last)
            return f"{first} {last}"
        _, first, last, woman = self._origin_name(origin, woman)
        father = self._father(origin, first)
        if origin in CYRILLIC_ORIGINS_HELDOUT122:
            fam_lat = _feminine(last) if woman else last
            fam_cyr = _feminine(_cyr(last)) if woman else _cyr(last)
            if form in ("latin", "female_latin"):
                return f"{first} {fam_lat}"
            if form in ("cyrillic", "female_cyrillic"):
                return f"{_cyr(first)} {fam_cyr}"
            if form == "russian_form":
                return f"{fam_cyr} {_cyr(first)} {_patronymic(father, woman)}"
            if form == "name_patronymic":
                return f"{_cyr(first)} {_patronymic(father, woman)}"
            if form == "initials_cyr":
                return f"{fam_cyr} {_cyr(first)[0]}. {_cyr(father)[0]}."
            if form == "clan_form":  # 'Улбашланы Хызыр', 'Мокъаланы Жаухар'
                return f"{BALKAR_CLAN_HELDOUT122[last]} {_cyr(first)}"
            if form == "erzya_given":  # 'Пургаз Нуянзин'
                return f"{_cyr(rng.choice(sorted(ERZYA_OWN_HELDOUT122)))} {_cyr(last)}"
            raise KeyError(form)
        if origin == "dagbamba":
            if form == "full":
                return f"{first} {last}"
            if form == "surname_first":  # 'Yidana, Ayishetu'
                return f"{last}, {first}"
            if form == "father_name":  # 'Ayishetu Issahaku': the father's given name as a surname
                return f"{first} {father}"
            if form == "initials":  # 'A. Yidana'
                return f"{first[0]}. {last}"
            raise KeyError(form)
        if form == "full":
            return f"{first} {last}"
        if form == "surname_first":  # 'Riklon, Lijon'
            return f"{last}, {first}"
        if form == "japanese_given":  # 'Kunio Riklon', 'Kiyoko Ishoda'
            pool = sorted(g for g, w in JAPANESE_GIVEN_HELDOUT122.items() if w == woman)
            return f"{rng.choice(pool)} {last}"
        if form == "middle_initial":  # 'Lijon K. Riklon'
            return f"{first} {rng.choice('ABDEHJKLMNRT')}. {last}"
        if form == "marked":  # 'Lijon Jetn̄il'
            return f"{first} {MARSHALLESE_MARKED_HELDOUT122['Jetnil']}"
        raise KeyError(form)

    def _owed_for(self, origins: tuple[str, ...] | None, cyrillic: bool, chat: bool, lead_form: str | None):
        """The first owed (origin, form) a template can take: its origin, its script, chat or form."""
        for origin, form in self.owed:
            if origins and origin not in origins:
                continue
            if lead_form and form != lead_form:
                continue
            if not lead_form and form in ("surname_first", "russian_form"):
                continue
            if (form in CYRILLIC_FORMS_HELDOUT122) != cyrillic:
                continue
            if chat and form in FORM_ONLY_FORMS_HELDOUT122 or not chat and form in CHAT_ONLY_FORMS_HELDOUT122:
                continue
            return origin, form
        return None

    def _plain_person(self, origin: str, woman: bool | None, cyrillic: bool) -> str:
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if origin in CYRILLIC_ORIGINS_HELDOUT122:
            if cyrillic:
                fam = _feminine(_cyr(last)) if woman else _cyr(last)
                if r < 0.55:
                    return f"{_cyr(first)} {fam}"
                if r < 0.75:
                    return _cyr(first)
                return f"{_cyr(first)} {_patronymic(self._father(origin, first), woman)}"
            fam = _feminine(last) if woman else last
            return f"{first} {fam}" if r < 0.7 else first if r < 0.9 else fam
        if origin == "dagbamba":
            if r < 0.55:
                return f"{first} {last}"
            if r < 0.7:
                return f"{first} {self._father(origin, first)}"
            return first if r < 0.88 else last
        if r < 0.6:
            return f"{first} {last}"
        if r < 0.7:
            pool = sorted(g for g, w in JAPANESE_GIVEN_HELDOUT122.items() if w == woman)
            return f"{rng.choice(pool)} {last}"
        return first if r < 0.9 else last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a kin word
        after it, one of the origin whose places, papers or speech the template names, in its script."""
        rng = self.rng
        cyrillic = bool(re.search(r"[\u0400-\u04ff]", template))
        m = TITLE_SLOT_HELDOUT122.search(template)
        if m:
            origins, woman, part = TITLED_HELDOUT122[m.group(1).lower()]
            origin = rng.choice(origins)
            if len(origins) > 1:
                origin = next((o for cue, o in ORIGIN_CUES_HELDOUT122 if cue.search(template)), origin)
            self._set_origin(origin)
            _, first, last, _ = self._origin_name(origin, woman)
            if part == "family":
                return last
            if origin in CYRILLIC_ORIGINS_HELDOUT122 and cyrillic:
                return _cyr(first)
            return first
        s = SUFFIX_SLOT_HELDOUT122.search(template)
        if s:
            origin, woman = SUFFIXES_HELDOUT122[s.group(1)]
            self._set_origin(origin)
            _, first, _, _ = self._origin_name(origin, woman)
            return _cyr(first) if cyrillic else first
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT122 if cue.search(template)), None)
        lead = next((k for k in SURNAME_FIRST_LEADS_HELDOUT122 if template.startswith(k)), None)
        origins: tuple[str, ...] | None = None
        lead_form = None
        if lead:
            origins, lead_form = SURNAME_FIRST_LEADS_HELDOUT122[lead]
        cued = next((o for cue, o in ORIGIN_CUES_HELDOUT122 if cue.search(template)), None)
        if cyrillic:
            origins = (cued,) if cued in CYRILLIC_ORIGINS_HELDOUT122 else CYRILLIC_ORIGINS_HELDOUT122
        elif cued and not lead:
            origins = (cued,)
        owed = self._owed_for(origins, cyrillic, chat, lead_form)
        if (
            owed
            and not (woman is False and owed[1] in WOMEN_FORMS_HELDOUT122)
            and not (woman is True and owed[1] in MEN_FORMS_HELDOUT122)
        ):
            self.owed.remove(owed)
            self._set_origin(owed[0])
            return self._form(owed[0], owed[1], woman)
        origin = rng.choice(origins) if origins else rng.choice(ORIGINS_HELDOUT122)
        self._set_origin(origin)
        if lead_form:
            return self._form(origin, lead_form, woman)
        name = self._plain_person(origin, woman, cyrillic)
        if chat and rng.random() < 0.05:
            return name.lower()
        return name

    def _caps(self, origin: str) -> str:
        """A name in capitals as a form or a passport writes it."""
        if origin in CYRILLIC_ORIGINS_HELDOUT122:
            return self._form(origin, "russian_form").upper()
        return self._form(origin, "surname_first").upper()

    def _lower(self, origin: str) -> str:
        """A full name in lower case as chat types it."""
        if origin in CYRILLIC_ORIGINS_HELDOUT122:
            return self._form(origin, "cyrillic").lower()
        return self._form(origin, "full").lower()

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT122 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT122:
            template = rng.choice(FORCED_SENTENCES_HELDOUT122[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT122:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT122[f"upper_{origin}"]), self._caps(origin)))
            key = "lower_cyrillic" if origin in CYRILLIC_ORIGINS_HELDOUT122 else "lower_latin"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT122[key]), self._lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            script = "cyrillic" if form in CYRILLIC_FORMS_HELDOUT122 else "latin"
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT122 else "form"
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT122[f"{kind}_{script}"]), self._form(origin, form))
            )
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
        shapes = {
            "balkar": [
                f"г. Нальчик, ул. Тарчокова, д. {n}, кв. {k}, 3600{rng.randint(0, 51):02d}",
                f"г. Нальчик, ул. Головко, д. {n}, кв. {k}, 3600{rng.randint(0, 51):02d}",
                f"КБР, г. Тырныауз, пр. Эльбрусский, д. {n}, кв. {k}, 361624",
                f"г. Тырныауз, пр. Эльбрусский, д. {n}, 361624",
                f"ul. Tarchokova {n}, kv. {k}, Nalchik, Kabardino-Balkaria 3600{rng.randint(0, 51):02d}",
            ],
            "erzya": [
                f"г. Саранск, ул. Васенко, д. {n}, кв. {k}, 430005",
                f"г. Саранск, ул. Полежаева, д. {n}, кв. {k}, 4300{rng.randint(0, 34):02d}",
                f"Республика Мордовия, г. Саранск, ул. Ботевградская, д. {n}, кв. {k}, 430034",
                f"ul. Botevgradskaya {n}, kv. {k}, Saransk, Mordovia 430034",
            ],
            "dagbamba": [
                f"House No. {pick('ABCDEFGH')}{n}, Choggu, Tamale",
                f"Plot {n}, Sakasaka, Tamale",
                f"House No. {n}, Nyohini, off Bolgatanga Road, Tamale",
                f"P. O. Box TL {rng.randint(100, 2999)}, Tamale",
                f"NT-{self.d(4)}-{self.d(4)}, Vittin, Tamale",
                f"House No. {n}, near the Gbewaa Palace, Yendi",
                f"P. O. Box {rng.randint(1, 400)}, Yendi, Northern Region",
            ],
            "marshallese": [
                f"P.O. Box {rng.randint(100, 3999)}, Majuro, MH 96960",
                f"House {n}, Rita, Majuro Atoll, Marshall Islands 96960",
                "Uliga, Majuro Atoll, Marshall Islands 96960",
                "Ebeye Island, Kwajalein Atoll, MH 96970",
                f"P.O. Box {rng.randint(100, 999)}, Ebeye, Kwajalein, MH 96970",
                f"{rng.randint(100, 2999)} N Thompson St, Springdale, AR 72764",
            ],
        }
        return pick(self._regional(shapes))

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        fam = _feminine(last) if origin in CYRILLIC_ORIGINS_HELDOUT122 and woman else last
        first, fam = _plain(first), _plain(fam)
        subject = rng.choice(SUBJECTS_HELDOUT122[origin])
        user = rng.choice(
            [
                f"{first}.{fam}",
                f"{first[:1]}.{fam}{rng.randint(1, 99):02d}",
                f"{first}{fam}{rng.randint(1, 99)}",
                f"{fam}.{first[:1]}",
                f"{first}_{subject}",
                f"{subject}.{first}",
                f"{first}{rng.randint(1950, 2010)}",
            ]
        )
        return f"{user}@{rng.choice(['gmail.com', *EMAIL_DOMAINS_HELDOUT122[origin]])}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        kbr, rm = ["28", "38", "03", "67"], ["27", "37", "87", "02"]
        gh = ["24", "54", "55", "59", "20", "50"]
        shapes = {
            "balkar": [
                f"+7 9{pick(kbr)} {d(3)}-{d(2)}-{d(2)}",
                f"8 9{pick(kbr)} {d(3)} {d(2)} {d(2)}",
                f"(8662) {d(2)}-{d(2)}-{d(2)}",
                f"+7 8662 {d(2)}-{d(2)}-{d(2)}",
                f"8 (86638) {d(1)}-{d(2)}-{d(2)}",
            ],
            "erzya": [
                f"+7 9{pick(rm)} {d(3)}-{d(2)}-{d(2)}",
                f"8-9{pick(rm)}-{d(3)}-{d(2)}-{d(2)}",
                f"8 (8342) {d(2)}-{d(2)}-{d(2)}",
                f"+7 8342 {d(2)}-{d(2)}-{d(2)}",
            ],
            "dagbamba": [
                f"0{pick(gh)} {d(3)} {d(4)}",
                f"+233 {pick(gh)} {d(3)} {d(4)}",
                f"0{pick(gh)}{d(7)}",
                f"+233{pick(gh)}{d(7)}",
                f"+233 37 202 {d(4)}",
            ],
            "marshallese": [
                f"+692 625 {d(4)}",
                f"(692) 625-{d(4)}",
                f"625-{d(4)}",
                f"+692 329 {d(4)}",
                f"+692 455 {d(4)}",
                f"+1 479 {d(3)} {d(4)}",
            ],
        }
        return pick(self._regional(shapes))

    def card(self) -> str:
        rng = self.rng
        mir = f"220{rng.randint(0, 4)}"
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", mir, mir])
        prefix = rng.choice([prefix, prefix, prefix, "34", "37", "6011"])
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
        code = rng.choice(IBAN_BY_ORIGIN_HELDOUT122[origin] if origin else sorted(IBAN_BANKS_HELDOUT122))
        iban = _iban_of(rng, code)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice(
            [
                f.ipv4_public(),
                f.ipv4_public(),
                f"192.168.{rng.choice([0, 1, 8, 88])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 40)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            ]
        )

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice(
            [
                f"2a02:2698:{h()}:{h()}::{h()}",
                f"2a00:1370:{h()}:{h()}::{h()}",
                f"2c0f:f8f0:{h()}:{h()}::{h()}",
                f"2404:b300:{h()}:{h()}::{h()}",
            ]
        )

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the library's router, the self-checkout kiosk, the catalogue
        server, the bookshop's till, the e-book app's alerts, sshd and nginx lines; v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the library's router is on {}, restart it before the reading hour", v4),
            ("Libby says my card signed in from {}, was that you?", rng.choice([v4, v6])),
            ("the self-checkout kiosk is on {}, it froze again", v4),
            ("the bookshop's till answers on {}", v4),
            ("the e-book app blocked a login from {}, not from our house in Tamale", v4),
            ("роутер в читальном зале на {}, перезагрузи пж", v4),
            ("принтер на абонементе на {}, распечатай список брони", v4),
            ("the printer at the Alele library is on {}", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ssh librarian@{}", v4),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Nov 14 19:02:11 koha-srv sshd[2211]: Failed password for root from {} port 50122 ssh2", v4),
            ('{} - - [14/Nov/2026:19:15:40 +0300] "POST /cgi-bin/koha/opac-user.pl HTTP/1.1" 200 512', v4),
            ("koha_db_host: {}", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, pick = self.rng, self.rng.choice
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1950, 2012)
        places = {
            "balkar": (["Elbrus", "MingiTau", "Chegem", "Tyrnyauz"], ["@07", "#kbr", "_2025", "!!"]),
            "erzya": (["Syatko", "Saransk", "Sura", "Mastor"], ["@13", "#rm", "_2024", "!!"]),
            "dagbamba": (["Damba", "Bugum", "Dagbon", "Tamale"], ["@233", "#nr", "2025", "!!"]),
            "marshallese": (["Iakwe", "Majuro", "Ebeye", "Jaluit"], ["@692", "#rmi", "2025", "!!"]),
        }
        words, tails = places[pick(ORIGINS_HELDOUT122)]
        nick = pick(["khyzyr", "zhaukhar", "antip", "stepanida", "seidu", "ayishetu", "tomaki", "lijon"])
        return pick(
            [
                f"{pick(words)}{pick(tails)}",
                f"{pick(words)}{pick(tails)}",
                pick(["library", "bookclub", "reading", "kniga", "chitatel"]).translate(leet)
                + pick(["", "!", "_122"]),
                f"{nick}{pick([str(year), str(year)[2:], '123'])}",
                f"{pick(['Library', 'Books', 'Reader', 'Kniga'])}{rng.randint(2019, 2026)}-"
                f"{pick(['Wifi', 'Net', 'Club'])}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Library2024Wifi"
        alnum = string.ascii_letters + string.digits
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            ("the library wifi is {}, it's on the sign by the desk", pw),
            ("my library card PIN is {}, renew the books for me", d(4)),
            ("the Libby PIN for my card is {}", d(4)),
            ("the code for the book drop is {}, the kids return books after six", d(4)),
            ("the bookshop's Shopify password is {}, check the orders while I'm away", pw),
            ("my MoMo PIN is {}, pay the club's dues for me", d(4)),
            ("my bank sent the code {}, read it to me quick", d(6)),
            ("the Goodreads password is {}, post the club's review", pw),
            ("пароль от вайфая в библиотеке {}, никому не говори", pw),
            ("ПИН читательского билета {}, продли мне книги", d(4)),
            ("пароль от ЛитРес {}, скачай аудиокнигу пж", pw),
            ("код из СМС {}, никому не сообщайте", d(6)),
            ("ПИН от карты Мир {}, оплати заказ в Читай-городе", d(4)),
            ("пароль {}, бир кишиге да айтма", pw),
            ("пароль от чата клуба {}, иля ёвта киненьгак", pw),
            ("the reading club's Zoom passcode is {}, don't tell anybody oo", tok(6, alnum)),
            ("the password for the Alele wifi is {}, kwon jab ba nan jabdewot", pw),
            ("WIFI:T:WPA;S:Library_Free;P:{};;", colonless),
            ("KOHA_DB_PASSWORD={}", colonless),
            ("OVERDRIVE_CLIENT_SECRET={}", tok(32, alnum)),
            ("SHOPIFY_ADMIN_TOKEN={}", "shpat_" + tok(32, "0123456789abcdef")),
            ("PAYSTACK_SECRET_KEY={}", "sk_live_" + tok(40, "0123456789abcdef")),
            ("YOOKASSA_SECRET_KEY={}", "live_" + tok(43, b64)),
            ("TELEGRAM_BOT_TOKEN={}", f"{rng.randint(1000000000, 7999999999)}:AA{tok(33, b64)}"),
            ("GOOGLE_BOOKS_API_KEY={}", "AIza" + tok(35, b64)),
            ("Password: {}", pw),
            ("Пароль: {}", pw),
            ("PIN: {}", d(4)),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: ЛитРес, Libby, Goodreads, Telegram, Instagram ('khyzyr.ulbashev', 'tamale_seidu')."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        if origin in CYRILLIC_ORIGINS_HELDOUT122 and woman:
            last = _feminine(last)
        first, last = _plain(first), _plain(last)
        yy = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(0, 15)
        subject = rng.choice(SUBJECTS_HELDOUT122[origin])
        return rng.choice(
            [
                f"{subject}_{first}",
                f"{first}.{last}",
                f"{first}{last}{yy:02d}",
                f"{last}_{first[:3]}",
                f"{first}_{subject}{yy:02d}",
                f"{first}-{last}",
                f"{first}.reads",
            ]
        )

    def _birth(self, years: tuple[int, int] = (1948, 2020)) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(*years), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, years: tuple[int, int] = (1948, 2020)) -> dict[str, str]:
        """One date of birth in every shape this set uses."""
        y, m, day = self._birth(years)
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        month = EN_MONTHS_HELDOUT122[m - 1]
        return {
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RUSSIAN_MONTHS_HELDOUT122[m - 1]} {y} г.",
            "gh": f"{day:02d}/{m:02d}/{y}",
            "gh_words": f"{day}{th} {month}, {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "us_words": f"{month} {day}, {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        shapes = self._dob_shapes()
        own = {
            "balkar": ["ru", "ru_words"],
            "erzya": ["ru", "ru_words"],
            "dagbamba": ["gh", "gh_words"],
            "marshallese": ["us", "us_words"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ru", "gh", "us", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, the membership form, a
        child's first library card, a paste."""
        child, adult = self._dob_shapes(CHILD_YEARS_HELDOUT122), self._dob_shapes(ADULT_YEARS_HELDOUT122)
        options = [
            ("Дата рождения читателя: {}", child["ru"]),
            ("дочка родилась {}, впишите в читательский билет", child["ru_words"]),
            ("я родилась {}, это для абонемента в библиотеку", adult["ru_words"]),
            ("для записи в библиотеку нужна дата рождения: {}", adult["ru"]),
            ("Date of birth: {}", child["gh"]),
            ("my son was born on the {}, put it on his library card", child["gh_words"]),
            ("I was born on {}, for the reading club's membership form", adult["gh_words"]),
            ("DOB (MM/DD/YYYY): {}", adult["us"]),
            ("my daughter was born {}, she needs a kids' card at the Alele library", child["us_words"]),
            ("the bookshop's loyalty form wants my date of birth: {}", adult["gh"]),
            ('    "date_of_birth": "{}",', child["iso"]),
            ("birth_date: {}", adult["iso"]),
            ("Дата рождения: {}", adult["ru"]),
            ("Birth date: {}", adult["us_words"]),
        ]
        return _pick_chat_or_not(rng=self.rng, options=options, chat=chat, key=lambda o: o[0])


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its real bank codes (IBAN_BANKS_HELDOUT122); mod-97 check."""
    banks, _ = IBAN_BANKS_HELDOUT122[country]
    bank = rng.choice(banks)
    count = IBAN_LENGTHS_HELDOUT122[country] - 4 - len(bank)
    bban = bank + "".join(rng.choice(string.digits) for _ in range(count))
    return _iban_from_bban(country, bban)


HELDOUT122_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "ФИО: {}",
        "Фамилия Имя Отчество: {}",
        "Читатель: {}",
        "Заказчик: {}",
        "Получатель заказа: {}",
        "{} из Нальчика продлила книги ещё на две недели",
        "{} в Тырныаузе ведёт детский час чтения по субботам",
        "{} из Саранска записалась в читательский клуб",
        "{} не вернул книги, библиотека прислала напоминание",
        "{} заказала книги на балкарском с доставкой в Нальчик",
        "читательский клуб ведёт {}, встречаемся по четвергам",
        "тётя {} из Нальчика записала внука в библиотеку",
        "дядя {} привёз коробку книг для сельской библиотеки",
        "баба {} из Саранска берёт по три книги в неделю",
        "дед {} сдал в библиотеку старые журналы",
        "{} ынна читает детям сказки на балкарском",
        "{} аппа принёс в библиотеку книги на балкарском",
        "{} патя ведёт эрзянский кружок чтения",
        "{} леля отвезёт книги в Саранск",
        "{} from Nalchik reviews the new Balkar poetry for the club",
        "{} in Saransk runs the Erzya reading circle online",
        "Surname, other names: {}",
        "Name of member: {}",
        "{} from Tamale runs the reading club on Saturdays",
        "{} in Yendi has three books overdue at the community library",
        "Hajia {} pays the children's library fees by MoMo",
        "Alhaji {} donated two cartons of books to the Tamale library",
        "Mallam {} reads the Dagbani stories at the children's hour",
        "Madam {} is the librarian at the regional library in Tamale",
        "Auntie {} wants the reading club to meet after Friday prayers",
        "Last name, first name: {}",
        "{} from Majuro picked up the books at the Alele library",
        "{} on Ebeye runs the kids' reading hour at the school",
        "Bubu {} tells the old stories at the library on Fridays",
        "Iroij {} opened the new reading room on Ebeye",
        "Leroij {} reads to the children in Marshallese",
        "iakwe {}, the books you reserved are in",
        "Mrs. {} runs the school library in Majuro",
        "{} is the new librarian, she starts on Monday",
        "{} is the bookseller, he orders anything in three days",
        "{} and {} share the reading club's snack rota",
        "ask {} if the reserved book came in",
        "{} left her library card at the front desk",
        "{} booked the children's reading hour for his class",
        "{} paid the overdue fine yesterday",
        "{} wrote the review for the club's newsletter",
        "can you please call {} about the book order?",
        "thanks to {} the book sale paid for new shelves",
        "{} borrowed the last copy, the reservation list is long",
        '"member": "{}",',
        "- reader: {}",
        "| {} | 3 books | due 14.12 |",
        "Borrower: {}",
        "Member: {}",
        "Bookseller: {}",
    ],
    "STREET_ADDRESS": [
        "deliver the books to {}, ring twice",
        "the reading club meets at {} this month",
        "доставка книг по адресу {}",
        "адрес для доставки: {}",
        "привезите заказ на {}, домофон не работает",
        "Address: {}",
        "Адрес: {}",
        "Postal address: {}",
        "send the overdue notice to {}",
        "my new address is {}, change it on my library card",
        '"address": "{}",',
        "the book parcel goes to {}",
        "the library van stops at {} on Wednesday",
    ],
    "EMAIL_ADDRESS": [
        "send the overdue notice to {}",
        "моя почта {}, пришлите уведомление о брони",
        "E-mail: {}",
        "Эл. почта: {}",
        "the bookshop's order confirmation went to {}",
        "the reading club's list is run from {}",
        "add {} to the club's mailing list",
        "write to {} about the book donation",
        "mail the receipt to {} please",
        '"email": "{}",',
        "Reply-To: {}",
        "the Libby account is tied to {}",
    ],
    "PHONE_NUMBER": [
        "call me on {} when the book comes in",
        "the library's number is {}",
        "мой номер {}, позвоните, когда придёт книга",
        "позвоните, пожалуйста, на {}, если заказ задержится",
        "Тел.: {}",
        "Phone: {}",
        "Tel: {}",
        "send the MoMo to {}, it's the club's number",
        "text {} about the reading hour",
        "the bookseller's mobile is {}",
        "напиши в ватсап на {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "pay the book order with my card {}",
        "the card for the membership is {}",
        "оплати заказ картой {}",
        "Card number: {}",
        "Номер карты: {}",
        "charge the overdue fine to {}",
        "the e-book subscription is on {}",
        '"card_number": "{}",',
        "the bookshop took {} for the deposit",
        "Карта для оплаты подписки: {}",
    ],
    "IBAN_CODE": [
        "send the club's dues to {}",
        "IBAN: {}",
        "the bookshop's account is {}",
        "переведи за книги на {}",
        "счёт сестры для перевода: {}",
        "Account: {}",
        "refund the deposit to {}",
        "the book fund's account is {}",
        "pay the publisher's invoice to {}",
        "Получатель, IBAN: {}",
    ],
    "USERNAME": [
        "my LitRes login is {}",
        "on Instagram the bookshop is @{}",
        "ник в телеграме @{}",
        "логин на ЛитРес {}",
        "my Goodreads is {}",
        "Login: {}",
        "Username: {}",
        "Логин: {}",
        "the Libby account is {}",
        "add me on Facebook, I'm {}",
        '"username": "{}",',
        "the club's Telegram admin is @{}",
    ],
}
HELDOUT122_MIXED = [
    ("ФИО: {}\nДата рождения: {}\nТелефон: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Borrower: {}\nPhone: {}\nE-mail: {}", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("Name of member: {}\nDate of birth: {}\nAddress: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Surname, other names: {}\nAddress: {}", ["PERSON", "STREET_ADDRESS"]),
    ("Читатель: {}\nАдрес: {}\nТел.: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("{} paid for the book order with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the deposit back in {}", ["PERSON", "IBAN_CODE"]),
    ("the bookseller is {}, {}, and wants the money in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("LitRes login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("{} ({}) sent the club's reading list", ["PERSON", "EMAIL_ADDRESS"]),
    ("the bookshop charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the overdue list to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change it on the library card", ["PERSON", "STREET_ADDRESS"]),
    ("Account holder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the library's router is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("KOHA_DB_HOST={}\nKOHA_DB_USER={}\nKOHA_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} reads the picture books and {} does the songs", ["PERSON", "PERSON"]),
    ("{} wants the receipt sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Плательщик: {}\nКарта: {}", ["PERSON", "CREDIT_CARD"]),
    ("{} from Yendi, phone {}", ["PERSON", "PHONE_NUMBER"]),
    ("Last name, first name: {}\nPhone: {}", ["PERSON", "PHONE_NUMBER"]),
]
HELDOUT122_NEGATIVES = [
    "Nalchik is the capital of Kabardino-Balkaria, Tyrnyauz is up the Baksan valley",
    "the Balkars call Elbrus Mingi Tau, the magazine took its name",
    "«Минги Тау» is the Balkar literary magazine, the library keeps every issue",
    "a Balkar clan name with -ланы comes before the given name, like a family name",
    "Russian forms ask for the family name, the given name and the patronymic",
    "ынна is a grandmother and аппа a grandfather in Balkar",
    "Салам алейкум! Сау бол, книгу получила",
    "the national library in Nalchik has a reading room for books in Kabardian and Balkar",
    "Saransk is the capital of Mordovia, the Erzya and the Moksha both live there",
    "Erzya and Moksha are two languages, not dialects of one",
    "Шумбрат, ялгат! Сюкпря",
    "«Сятко» is the Erzya literary magazine, the reading circle reads it aloud",
    "Erzya is written in Cyrillic, with the same letters as Russian",
    "many Erzya family names are old Erzya given names with -кин or -ин on the end",
    "патя is an elder sister and леля an elder brother in Erzya",
    "Tamale is the capital of the Northern Region, Yendi is the seat of the Ya-Na",
    "Dagbani is written in Latin letters with ɛ, ɔ, ŋ, ɣ and ʒ",
    "in Dagbon a child's surname is often the father's given name",
    "Alhaji and Hajia go before the name of a man or a woman who made the pilgrimage",
    "Mallam is a Koranic teacher, Madam any woman teacher or librarian in Ghana",
    "Dasiba! The library opens at nine today",
    "the Damba festival closes the library early in Tamale",
    "the Ghana Library Authority runs the regional library in Tamale",
    "a child's library card is free, an adult's is 10 cedis a year",
    "Majuro is the capital of the Marshall Islands, Ebeye is on Kwajalein Atoll",
    "the Alele Museum and Library keeps the old stick charts",
    "Iakwe! Kommol tata for the books",
    "Bubu is a grandparent in Marshallese, Iroij a chief and Leroij a woman chief",
    "some Marshallese given and family names come from the Japanese years before the war",
    "the library card on Ebeye is five dollars, the islands use the US dollar",
    "the overdue fine is 10 roubles a day per book, 50 at most",
    "штраф за просрочку 5 рублей в день за книгу",
    "the bookshop order RB-122-5527 ships on Monday",
    "заказ № 4417-2210 будет в пункте выдачи в пятницу",
    "ISBN 978-5-389-07435-4 is the edition the club reads",
    "the call number on the spine is 891.73",
    "the reading hour is for kids from 4 to 8, no sign-up needed",
    "reservation 3 of 5: you're third in the queue",
    "читательский билет № 014523, на обороте штрихкод",
    "the club meets the first Thursday of the month at 6",
    "book 7 of 12 this year, the club is behind",
    "the e-book loan lasts 21 days, then it returns itself",
    "Libby asks for the library card number and the PIN once",
    "the bookshop's delivery to Ebeye takes three weeks by ship",
    "the GH₵ 30 family membership covers four cards",
    "the book sale made 4,500 roubles for the children's corner",
    "ЛитРес даёт 14 дней бесплатно, потом 399 рублей в месяц",
    "the test card 4242 4242 4242 4242 only works in the bookshop's demo",
    "the example IBAN in the bank's leaflet is GB82 WEST 1234 5698 7654 32",
    "use reader@example.com in the demo account",
    "the docs use 192.0.2.10 and 2001:db8::1 for the library router",
    "the default password on the router is admin, change it",
    "the book drop code in the manual is 0000, the library changed it",
    "PIN: ****, the app never shows it",
    "the library opened on 14 October 1968",
    "the reading club turns ten on 3 March, bring cake",
    "the book was printed in 1987, the library has only this copy",
    "библиотека работает с 10 до 19, понедельник выходной",
    "скидка 10% для членов читательского клуба",
    "детский час чтения по субботам в 11:00",
    "the children's hour reads two picture books and sings one song",
    "bring your own cup to the reading club, the library has tea",
    "the bookshop in Tamale sells school books in August",
    "the mobile library van comes to the village on Wednesdays",
    "the shelf at the ferry terminal is a free book swap",
    "the Wi-Fi is free in the reading room, the password is on the desk",
    "the club voted for a novel about the sea this month",
    "the audiobook is 11 hours, the e-book 320 pages",
    "the Marshallese dictionary is on the reference shelf",
    "the Dagbani readers for primary schools came from the Bureau of Ghana Languages",
    "the Balkar-Russian dictionary is out, reserve it",
    "the reading club's WhatsApp group has 48 members",
    "the Telegram channel posts new arrivals every Friday",
    "the fines were waived for the flood week",
    "the bookshop closes for stocktaking on 31 December",
    "the library never asks for the code the bank sends",
    "library card numbers here are LIB- and six digits",
    "the cedi fell again, imported books cost more this term",
]


def _typo122(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a library word's well-known misspelling ('library' -> 'libary',
    'receipt' -> 'reciept', 'Wednesday' -> 'Wensday'), or chat shorthand in the set's languages (Russian
    'пожалуйста' -> 'пж', 'спасибо' -> 'спс', 'please' -> 'pls', 'because' -> 'bc'). Only in sentences typed
    to the bot or a friend; titles and kin words by a name stay as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT122.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT122[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT122.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT122[m.group(1)] + template[m.end() :]


def build_heldout122(seed: int = HELDOUT122_SEED) -> list[Example]:
    """Held-out set 122: `Gen122` values in `HELDOUT122_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen122.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen122(seed)
    examples = assemble_module_set(
        gen, HELDOUT122_TEMPLATES, HELDOUT122_MIXED, HELDOUT122_NEGATIVES, _typo122, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
