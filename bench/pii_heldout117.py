"""Held-out PII set 117 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout117": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT117 is empty, as for the sets before
it; written at the same time as held-out 118 by another author, neither seeing the other's set). The theme is
beekeepers, honey cooperatives and farmers' market stalls as beekeepers, co-op secretaries, stall holders,
buyers and inspectors talk about them: the co-op's member list with birthdays, the hive registration with the
agriculture office, the honey buyer's order and the payment to the co-op's account, the market stall booking
app and its login, the lab test report for a honey batch (moisture, HMF, diastase), the card reader at the
stall and its PIN (a PAX, an Evotor, a Pine Labs terminal), the swarm call to a beekeeper's phone, the
delivery address for jars and frames, the co-op's shared spreadsheet (a Google Sheet, an Airtable base) and
its password, the payment apps (IME Pay in Nepal, the SBP transfer in Russia, Bank Aceh Syariah and BSI in
Aceh, where the qanun allows only Islamic banks, Tigo Money, Banpro, LAFISE and BAC Credomatic on the
Mosquito Coast). Lab report, batch, order, stall and hive registration numbers, a Nicaraguan cédula and an
Indonesian NIK are no PII of TYPES: they come only in negatives. The peoples were chosen after grepping the
earlier sets (bench/pii_heldout27.py to 116.py) and bench/pii.py's lists: none of the four is a main people
of any module set, but bench/pii.py's first sets held short Sherpa, Tuvan, Acehnese and Miskito lists among
dozens of peoples, and held-out 105 a Lepcha-Limbu list, so this set leaves out every name they hold but the
seven day names ('Nima', 'Dawa', 'Mingma', 'Lhakpa', 'Phurba', 'Pasang', 'Pemba': bench/pii.py's Sherpa
list, 105's 'Dawa', 'Pemba', 'Nima'), which are kept because the Sherpa custom of naming a child after the
weekday of its birth is the point of the list; it leaves out bench/pii.py's 'Ngima', 'Dorje', 'Lhamu',
'Tenzing', 'Norgay', 'Lama', 'Gyalzen' and 'Temba', 105's 'Doma', 'Diki' and 'Tshering' (the Sherpa
spelling 'Chhiring' of the same name comes up in no set and is taken instead) and 'Passang' (here only as
Pasang's other spelling), held-out 110's and 65's 'Nuru' and the 'Kami' and 'Rita' of several sets; the Tuvan 'Sholban',
'Aldynay', 'Choduraa', 'Ayas', 'Saylyk', 'Ochur', 'Chechek', 'Buyan', 'Orlan', 'Shenne', 'Kara-ool',
'Ondar', 'Mongush', 'Oorzhak', 'Kuular', 'Dongak', 'Saryglar', 'Kuzhuget', 'Salchak' and 'Khovalyg' of
bench/pii.py, 101's and 104's 'Temir', 108's and 111's 'Opan' and 111's Buryat names; the Acehnese 'Teuku' and
'Cut' as names (they are titles here, outside the span), 'Nyak', 'Muzakir', 'Zakiah', 'Irwandi',
'Fakhrurrazi', 'Meutia', 'Umar', 'Dien', 'Hasan', 'Yusuf', 'Manaf', 'Daud', 'Abdullah' and 'Syah' of
bench/pii.py, 65's 'Zulkifli' and 'Salmiah', 107's 'Nurjannah', 108's 'Fitriani' and 'Darwis', 104's
'Raihan' and the 'Ismail', 'Idris' and 'Sulaiman' of several sets; the Miskito 'Fagoth', 'Hodgson',
'Lackwood' and 'Kingsman' of bench/pii.py and the given names other sets use ('Elvin' 39 and 105, 'Kenny' 46
and 60, 'Chepe' and 'Chayo', 'Ramón', 'Reynaldo', 'Eulogio', 'Glenda', 'Kendrick'). Four names of the
lists are in an earlier set or two and are kept because a public figure's full name is made of them (the
guard below needs them): 'Radik' (97), 'Usman' (100), 'Rivera' (48 and bench/pii.py) and 'Brooklyn' (54, 58,
79 and bench/pii.py); 'Cárcamo' (31) is kept as the Honduran family name with an accent. The places were grepped the same way: Solukhumbu, Khumbu, Namche, Khumjung, Salleri, Phaplu, Boudha,
Phulbari, Jorpati, Toong Soong and Ghoom, Kyzyl's Moskovskaya, Krasnoarmeyskaya and Kalinina streets, Turan,
Chadan, Shagonar and Bay-Khaak, Lhokseumawe, Pidie and Sigli, Banda Aceh's Lamgugob, Peunayong and
Lampineung, Bilwi's Loma Fresca, Revolución and San Jerónimo, Waspam, Puerto Lempira and Kaukira come up in no
earlier set; Darjeeling only as 105's Gandhi, Hill Cart, Lebong Cart and Zakir Hussain Roads (left out here),
Kyzyl only as bench/pii.py's Kochetova, Lenina, Tuvinskikh Dobrovoltsev and Shchetinkina streets and its
'(39422)' numbers (left out here), Banda Aceh only as bench/pii.py's Teuku Umar, Cut Nyak Dhien and Sultan
Iskandar Muda streets and its '+62 651' numbers (this set writes no Banda Aceh number, only Sigli's '(0653)'
and Lhokseumawe's '(0645)' and mobiles), Bilwi only as bench/pii.py's Pancasán, Moravo and La Libertad barrios
and its '+505 2792' numbers (left out). The services were grepped too: IME Pay, Tigo Money, Banpro, LAFISE,
BAC Credomatic, Bank Aceh Syariah, BSI, Evotor, Pine Labs, Google Sheets, Intertek, Dadant, Lyson, ATAGO and
Mailchimp come up in no earlier set (Tigo only as a phone company in 103); Telegram, Airtable, GitHub, PayPal
and Khalti (96, 115) are in earlier sets and come here only in this set's own sentences. Hand-written lists of four peoples:
the Sherpas of Solukhumbu (Namche Bazaar, Khumjung and Thame in Khumbu Pasanglhamu, Salleri and Phaplu in
Solududhkunda), of Kathmandu's Boudha (Phulbari, Tusal, Jorpati) and of Darjeeling (Toong Soong, Ghoom) (a
day-of-week given name, alone or with a second given name ('Pemba Chhiring', 'Lhakpa Yangji'), 'Ang' (young)
before a given name inside the span ('Ang Chhiring Sherpa', 'Ang Futi Sherpa'), 'Sherpa' as the family name
most papers write and a clan name some write instead ('Salaka', 'Chiawa', 'Paldorje'), the names in Tibetan
script ('ཉི་མ ཚེ་རིང ཤར་པ', the parts apart as people type them) and in Devanagari as Nepali papers and
chats write them ('पेम्बा छिरिङ शेर्पा'), the Latin spellings that vary ('Lakpa', 'Furba', 'Passang',
'Chiring', 'Phuti'), a Nepali or Indian form's family name first ('SHERPA Pemba Chhiring', 'Sherpa, Lhakpa
Yangji'), initials ('P. C. Sherpa'), short forms ('Pasu', 'Lhaku', 'Pembu', 'Chhiru') and 'Ama' (mother) and
'Aku' (uncle) before a name and the Nepali 'dai' (elder brother) and 'didi' (elder sister), 'दाइ' and
'दिदी', after it, all outside the span, with the
Nepali case ending a kin word takes ('दाइले'); the Tuvans of Kyzyl and of Tuva's districts (Turan in Piy-Khem,
Chadan in Dzun-Khemchik, Shagonar in Ulug-Khem, Bay-Khaak in Tandy; the kozhuun is the district) (Tuvan given
names, the boys' names in '-ool' ('Möngün-ool', 'Chürgüy-ool'), the Russian given names many Tuvans carry
('Radik', 'Snezhana', 'Anzhelika'), the clan names that are Tuvan family names, the same for a man and a
woman ('Sat', 'Kyrgys', 'Khertek', 'Tyulyush'), the Russian patronymic made of the father's Tuvan name
('Aidys Mergenovich Sat', 'Aylana Mergenovna'), Cyrillic with the Tuvan letters ң, ө and ү ('Мөңгүн-оол
Түлүш') and the same with them dropped as Russian papers and keyboards write them ('Монгун-оол Тюлюш',
'Mongun-ool'), the Latin transliteration ('Chürgüy-ool Kyrgys'), a Russian form's family name first ('САТ
Айдыс Мергенович', 'Сат Айдыс Мергенович'), initials ('А. М. Сат', 'Sat A. M.'), the short forms that drop
'-ool' ('Möngün', 'Чүргүй') and Russian ones ('Снежа', 'Лика'), and 'акый' (elder brother), 'угбай' (elder
sister) and 'кадай' (an old woman, grandmother) after a name, outside the span); the Acehnese of Banda Aceh,
Lhokseumawe and Pidie (Sigli, Garot) (Arabic-origin given names and no family name: one name ('Mawardi'), two
names where the second is often the father's ('Safrizal Hasballah'), 'bin' or 'binti' and the father's name
inside the span ('Mawardi bin Hasballah', 'Hafsah binti Yahya'), 'Muhammad' before a man's name in full or as
'M.' or 'Muhd.' ('Muhammad Fadli', 'M. Fadli'), 'Siti' before a woman's name ('Siti Raudhah'), the spellings
that vary ('Husaeni', 'Muchlis', 'Nasrudin', 'Raudah', 'Ja'far'), short forms ('Wardi', 'Rizal', 'Udin',
'Idah') and the titles 'Teungku' (or 'Tgk.', a religious teacher or an elder), 'Teuku' and 'Cut' (the
nobility's, a man's and a woman's) and 'Pocut' before a name, outside the span; Jawi is for signs and
religious books, so every name is in Latin letters); and the Miskito of Bilwi (Puerto Cabezas) and Waspam in
Nicaragua and of Puerto Lempira and Kaukira in Honduras's La Mosquitia (Spanish given names ('Salomón',
'Cristóbal', 'Inés', 'Yamileth'), English ones ('Wiston', 'Rodney', 'Sharon') and a Miskito one ('Tininiska'),
two family names, the father's and the mother's ('Wiston Bendles Haylock'), a married woman's 'de' and her
husband's name inside the span ('Mayra Haylock de Rivera'), a double given name ('Deysi Inés Pravia'), the
accents dropped ('Salomon', 'Carcamo'), a cédula's family names first ('BENDLES HAYLOCK WISTON', 'Bendles
Haylock, Wiston'), short forms ('Chalo', 'Tobal', 'Yami', 'Mayrita') and 'Tio', 'Tia' and 'Misis' (Mrs, in
the coast's English and Miskito) before a name, outside the span). No public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT117: a Sherpa mountaineer, a Tuvan throat singer, a mayor of Banda Aceh and a Miskito
politician whose names the lists' words could make; checked without marks and case and in every script the
set writes), and public figures come only inside the names of places and institutions in negatives (the
Tenzing-Hillary Airport in Lukla, Khumbu Pasanglhamu Rural Municipality, the Aldan-Maadyr National Museum in
Kyzyl, the Sultan Iskandar Muda airport, Teuku Umar's and Cut Nyak Dhien's houses, the Tgk. Chik di Tiro
street and the Cut Meutia hospital in Lhokseumawe, the Augusto C. Sandino airport in Managua). Every one of
those name forms, and names with a typo ('Chhring', 'Kyrgis', 'Кыргис', 'Safrijal', 'Prabia'), is forced
into the build at least once so it does not hang on the seed (any form the draws have not reached by the end
comes in a sentence of its own), and each people also gets a titled name, a name in capitals on a form and
one in lower case in chat, whatever the seed; the address, the phone, the e-mail, the IBAN or the date of
birth after a name mostly comes from that name's region, a template in Tibetan script or in Devanagari gets a
Sherpa name in that script and one in Cyrillic a Tuvan name in Cyrillic. Names on papers in English ('Member
name:', 'Beekeeper:', 'Stall holder:', 'Consignee:'), Nepali ('नाम:', 'Family name, given names:'), Russian
('ФИО:', 'Пчеловод:'), Indonesian ('Nama lengkap:', 'Nama sesuai KTP:'), Nicaraguan ('Apellidos y nombres:',
'Nombre del apicultor:'), a member list's row '| 12 hives | ... | paid |', JSON and YAML; those regions'
addresses ('Namche Bazaar, Khumbu Pasanglhamu-5, Solukhumbu', 'House No. 12, Phulbari, Boudha, Kathmandu-6',
'12 Toong Soong Busty, Darjeeling 734101', 'г. Кызыл, ул. Московская, д. 12, кв. 4', '668510, Республика
Тыва, Пий-Хемский кожуун, г. Туран, ул. Советская, д. 12', 'Jl. Panglima Polem No. 12, Gampong Peunayong,
Kec. Kuta Alam, Banda Aceh 23122', 'Jl. Merdeka No. 12, Banda Sakti, Lhokseumawe 24351', 'Barrio Loma
Fresca, de la Iglesia Morava 2 cuadras al sur, Bilwi', 'Barrio El Centro, contiguo al muelle, Puerto
Lempira, Gracias a Dios') and phones (Nepali mobiles '98..' and '+977 98', Solukhumbu's '038-', Kathmandu's
'01-44', Indian mobiles '+91' and Darjeeling's '0354', Russian mobiles '+7 9..' and '8 (9..)', Turan's
'(39435)' and Chadan's '(39434)', Indonesian mobiles '08..' and '+62 8..', Lhokseumawe's '(0645)' and Sigli's
'(0653)', Nicaraguan mobiles '+505 8' and '5', Honduran ones '+504 9' and '3' and Puerto Lempira's '2433');
Visa, Mastercard 51-55 and 2-series, Amex 4-6-5, Mir (2200-2204, the Russian card) and RuPay (60, 65 and 508,
the Indian one) as a stall's terminal takes them; IBANs of the countries that have them (Nepal, India, Russia,
Indonesia, Nicaragua and Honduras have none): Switzerland and the United Kingdom for a trekking agency or a
Sherpa's relative abroad paying for honey, Kazakhstan and Belarus for a Tuvan co-op's buyers, Saudi Arabia,
the United Arab Emirates and Turkey for the Acehnese honey going to the Gulf and to Turkish buyers, Costa
Rica, Guatemala and El Salvador for the Miskito co-ops' Central American buyers; IPs of the hive scale's
gateway, the stall's card reader, the co-op's NAS with the spreadsheet, the market Wi-Fi, the booking app's
login alerts and the co-op website's sshd and nginx log lines, v4 and v6; logins and secrets as co-ops hand
them over (the card reader's PIN, the shared spreadsheet's password, the stall booking app's login, the lab
portal, the padlock of the extraction room), with cues in Nepali ('kasailai pani nadekhaunu', 'कसैलाई
नदेखाउनु'), Russian ('никому не говори'), Tuvan ('кижиге чугаалава'), Indonesian ('jangan bilang siapa
pun'), Acehnese ('bek neupeugah bak soe') and Nicaraguan Spanish ('no se la digás a nadie'), a Wi-Fi QR
string, an sshpass and a curl command and .env lines (a Telegram bot token, an Airtable token, a GitHub token,
a Mailchimp key, a PayPal client secret, Khalti's live secret key, an Evotor token); dates of birth in each
people's shapes (Nepal's Bikram Sambat '2044-11-30' beside the AD date, India's '14/03/1988', English '14th
March 1988' and 'March 14, 1988', Russian '14.03.1988' and '14 марта 1988', Indonesian '14-03-1988' and '14
Maret 1988', Spanish '14/03/1988' and '14 de marzo de 1988', a paste's ISO date), a young helper's, an adult's
and an old beekeeper's, all drawn between fixed years from the set's own rng so the set builds the same on
any day; typos as beekeepers type: a theme word's well-known misspelling ('beekeeper' -> 'beekeper',
'receipt' -> 'reciept', 'apiary' -> 'apiery', Spanish 'abejas' -> 'avejas', Russian 'пасека' -> 'посека') or
chat shorthand in the set's languages ('please' -> 'pls', Russian 'спасибо' -> 'спс' and 'пожалуйста' ->
'пжлст', Indonesian 'tolong' -> 'tlg' and 'sudah' -> 'udh', Spanish 'por favor' -> 'xfa' and 'también' ->
'tmb'); negatives with the same places, the titles and kin words explained, the naming customs, prices in
rupees, roubles, rupiah, córdobas and lempiras, the services, hive types and product models (extractors,
refractometers, card readers), lab report, batch, order, stall and registration numbers, a cédula's and a
NIK's example, error codes, default credentials of a card reader and a router, placeholder secrets, a test
card, the example IBAN, a placeholder e-mail, documentation IPs (v4 and v6), dates that are no one's birthday
and short everyday chat in the four peoples' languages.

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import calendar
import random
import re
import string

from bench.pii import (
    Example,
    Gen3,
    _chat_like,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _fold_accents as _fold_marks,
)

HELDOUT117_SEED = 1175923
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT117: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT117 = ["sherpa", "tuvan", "acehnese", "miskito"]

# the Sherpas: the seven day names (Sunday to Saturday), for a boy or a girl; a second given name, a boy's or a
# girl's; 'Ang' (young) before a given name; the family name papers write and the clans some write instead
SHERPA_DAYS_HELDOUT117 = ["Nima", "Dawa", "Mingma", "Lhakpa", "Phurba", "Pasang", "Pemba"]
SHERPA_MEN_SECOND_HELDOUT117 = ["Chhiring", "Phinjo", "Karsang", "Jangbu", "Gyalbu"]
SHERPA_WOMEN_SECOND_HELDOUT117 = ["Yangji", "Futi", "Chhoki", "Kanchi"]
SHERPA_ANG_HELDOUT117 = "Ang"
SHERPA_CLANS_HELDOUT117 = ["Salaka", "Chiawa", "Paldorje", "Gardza", "Pinasa", "Thaktu", "Lakshindu"]
SHERPA_FAMILY_HELDOUT117 = ["Sherpa", *SHERPA_CLANS_HELDOUT117]
# the Latin spellings that vary between papers, signs and chats
SHERPA_VARIANTS_HELDOUT117 = {
    "Lhakpa": "Lakpa", "Phurba": "Furba", "Pasang": "Passang", "Chhiring": "Chiring", "Futi": "Phuti",
    "Mingma": "Mingmar",
}  # fmt: skip
# the names in Tibetan script (the words the table has; the others are written in Latin or Devanagari only)
SHERPA_TIBETAN_HELDOUT117 = {
    "Nima": "ཉི་མ", "Dawa": "ཟླ་བ", "Mingma": "མིག་དམར", "Lhakpa": "ལྷག་པ", "Phurba": "ཕུར་བུ",
    "Pasang": "པ་སངས", "Pemba": "སྤེན་པ", "Chhiring": "ཚེ་རིང", "Karsang": "སྐལ་བཟང", "Gyalbu": "རྒྱལ་བུ",
    "Yangji": "དབྱངས་སྐྱིད", "Chhoki": "ཆོས་སྐྱིད", "Sherpa": "ཤར་པ",
}  # fmt: skip
TIBETAN_HELDOUT117 = re.compile("[\u0f00-\u0fff]")
# every Sherpa name word in Devanagari, as Nepali papers and chats write it
SHERPA_DEVANAGARI_HELDOUT117 = {
    "Nima": "निमा", "Dawa": "दावा", "Mingma": "मिङ्मा", "Lhakpa": "ल्हाक्पा", "Phurba": "फुर्बा",
    "Pasang": "पासाङ", "Pemba": "पेम्बा", "Ang": "आङ", "Chhiring": "छिरिङ", "Phinjo": "फिन्जो",
    "Karsang": "कर्साङ", "Jangbu": "जाङ्बु", "Gyalbu": "ग्याल्बु", "Yangji": "याङ्जी", "Futi": "फुटी",
    "Chhoki": "छोकी", "Kanchi": "कान्छी", "Sherpa": "शेर्पा", "Salaka": "सालाका", "Chiawa": "चियावा",
    "Paldorje": "पाल्दोर्जे", "Gardza": "गार्जा", "Pinasa": "पिनासा", "Thaktu": "थाक्तु",
    "Lakshindu": "लक्सिन्दु",
}  # fmt: skip
DEVANAGARI_HELDOUT117 = re.compile("[\u0900-\u097f]")

# the Tuvans: given names (Latin, with ö and ü for the Tuvan letters), the Russian ones many carry, the clan
# names that are family names (the same for a man and a woman), the fathers whose names make patronymics
TUVAN_MEN_HELDOUT117 = ["Aidys", "Mergen", "Sayan", "Kezhik", "Ölchey", "Möngün-ool", "Chürgüy-ool", "Ertine", "Radik"]  # fmt: skip
TUVAN_WOMEN_HELDOUT117 = ["Aylana", "Belekmaa", "Dolaana", "Urana", "Sayzana", "Ay-Kys", "Snezhana", "Anzhelika"]  # fmt: skip
TUVAN_RUSSIAN_GIVEN_HELDOUT117 = ["Radik", "Snezhana", "Anzhelika"]
TUVAN_FAMILY_HELDOUT117 = ["Sat", "Kyrgys", "Oyun", "Khertek", "Irgit", "Tyulyush", "Choodu", "Soyan", "Khomushku", "Tumat", "Sambuu"]  # fmt: skip
TUVAN_FATHERS_HELDOUT117 = ["Aidys", "Mergen", "Sayan", "Kezhik", "Radik"]
# the given names in '-ool' (boy) and those written with the Tuvan letters
TUVAN_OOL_HELDOUT117 = ["Möngün-ool", "Chürgüy-ool"]
TUVAN_LETTER_NAMES_HELDOUT117 = ["Ölchey", "Möngün-ool", "Chürgüy-ool", "Tyulyush"]
# every Tuvan name word in Cyrillic (the Tuvan letters ң, ө, ү where Tuvan writes them)
TUVAN_CYRILLIC_HELDOUT117 = {
    "Aidys": "Айдыс", "Mergen": "Мерген", "Sayan": "Саян", "Kezhik": "Кежик", "Ölchey": "Өлчей",
    "Möngün-ool": "Мөңгүн-оол", "Chürgüy-ool": "Чүргүй-оол", "Ertine": "Эртине", "Radik": "Радик",
    "Aylana": "Айлана", "Belekmaa": "Белекмаа", "Dolaana": "Долаана", "Urana": "Урана", "Sayzana": "Сайзана",
    "Ay-Kys": "Ай-Кыс", "Snezhana": "Снежана", "Anzhelika": "Анжелика",
    "Sat": "Сат", "Kyrgys": "Кыргыс", "Oyun": "Оюн", "Khertek": "Хертек", "Irgit": "Иргит",
    "Tyulyush": "Түлүш", "Choodu": "Чооду", "Soyan": "Соян", "Khomushku": "Хомушку", "Tumat": "Тумат",
    "Sambuu": "Самбуу",
    # the short forms and the typos
    "Möngün": "Мөңгүн", "Chürgüy": "Чүргүй", "Snezha": "Снежа", "Lika": "Лика", "Dolaa": "Долаа",
    "Kyrgis": "Кыргис", "Irgyt": "Иргыт", "Belekma": "Белекма", "Sambu": "Самбу",
}  # fmt: skip
# Russian papers and keyboards drop the Tuvan letters (and write 'Тюлюш' for 'Түлүш')
TUVAN_DROPPED_WORDS_HELDOUT117 = {"Түлүш": "Тюлюш", "ТҮЛҮШ": "ТЮЛЮШ"}
TUVAN_DROPPED_LETTERS_HELDOUT117 = str.maketrans("ңөүҢӨҮ", "ноуНОУ")
CYRILLIC_HELDOUT117 = re.compile("[\u0400-\u04ff]")

# the Acehnese: given names (Arabic-origin), 'Muhammad' and 'Siti' that go before one, the names that come
# second (most often the father's); no family names
ACEH_MEN_HELDOUT117 = ["Mawardi", "Safrizal", "Husaini", "Mukhlis", "Nasruddin", "Fadli", "Aiyub", "Aminullah"]  # fmt: skip
ACEH_WOMEN_HELDOUT117 = ["Mursyidah", "Hafsah", "Maulida", "Safiatun", "Raudhah"]
ACEH_MUHAMMAD_HELDOUT117 = ["Muhammad", "M.", "Muhd."]
ACEH_SITI_HELDOUT117 = "Siti"
ACEH_FATHERS_HELDOUT117 = ["Hasballah", "Usman", "Yahya", "Jakfar", "Rasyid", "Harun", "Hanafiah", "Zakaria"]  # fmt: skip
ACEH_BIN_HELDOUT117 = {False: "bin", True: "binti"}
ACEH_VARIANTS_HELDOUT117 = {
    "Husaini": "Husaeni", "Mukhlis": "Muchlis", "Nasruddin": "Nasrudin", "Raudhah": "Raudah", "Jakfar": "Ja'far",
    "Hafsah": "Hafsa",
}  # fmt: skip

# the Miskito: Spanish, English and Miskito given names, family names (two on papers: the father's, the
# mother's), a married woman's 'de'
MISKITO_SPANISH_MEN_HELDOUT117 = ["Salomón", "Cristóbal", "Anselmo", "Abelino"]
MISKITO_ENGLISH_MEN_HELDOUT117 = ["Wiston", "Brooklyn", "Rodney"]
MISKITO_SPANISH_WOMEN_HELDOUT117 = ["Mayra", "Deysi", "Yamileth", "Dalila", "Inés"]
MISKITO_ENGLISH_WOMEN_HELDOUT117 = ["Sharon", "Velma"]
MISKITO_NAMES_HELDOUT117 = ["Tininiska"]  # a heroine of the coast's stories, a girl's name
MISKITO_FAMILY_HELDOUT117 = ["Rivera", "Bendles", "Tathum", "Haylock", "Pravia", "Hendy", "Waldan", "Bushey", "Tinkam", "Zelaya", "Cárcamo"]  # fmt: skip
MISKITO_MARRIED_HELDOUT117 = "de"

# each origin: (men's given names, women's given names, family names or second names), every word a name of
# it is built from
NAMES_HELDOUT117: dict[str, tuple[list[str], list[str], list[str]]] = {
    "sherpa": (SHERPA_DAYS_HELDOUT117 + SHERPA_MEN_SECOND_HELDOUT117 + [SHERPA_ANG_HELDOUT117],
               SHERPA_DAYS_HELDOUT117 + SHERPA_WOMEN_SECOND_HELDOUT117 + [SHERPA_ANG_HELDOUT117],
               SHERPA_FAMILY_HELDOUT117),
    "tuvan": (TUVAN_MEN_HELDOUT117, TUVAN_WOMEN_HELDOUT117, TUVAN_FAMILY_HELDOUT117),
    "acehnese": (ACEH_MEN_HELDOUT117 + ["Muhammad"], ACEH_WOMEN_HELDOUT117 + [ACEH_SITI_HELDOUT117],
                 ACEH_FATHERS_HELDOUT117),
    "miskito": (MISKITO_SPANISH_MEN_HELDOUT117 + MISKITO_ENGLISH_MEN_HELDOUT117,
                MISKITO_SPANISH_WOMEN_HELDOUT117 + MISKITO_ENGLISH_WOMEN_HELDOUT117 + MISKITO_NAMES_HELDOUT117,
                MISKITO_FAMILY_HELDOUT117),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs), in any of the forms
# and scripts (checked without marks and case): a Sherpa mountaineer, a Tuvan throat singer, a mayor of Banda
# Aceh, a Miskito politician
PUBLIC_FIGURES_HELDOUT117 = {"Lhakpa Sherpa", "Radik Tyulyush", "Aminullah Usman", "Brooklyn Rivera"}
# the short forms of given names among beekeepers and stall holders
SHERPA_NICK_HELDOUT117 = {
    "Pasang": "Pasu", "Lhakpa": "Lhaku", "Pemba": "Pembu", "Chhiring": "Chhiru", "Dawa": "Dawey", "Yangji": "Yangu",
}  # fmt: skip
TUVAN_NICK_HELDOUT117 = {
    "Möngün-ool": "Möngün", "Chürgüy-ool": "Chürgüy", "Snezhana": "Snezha", "Anzhelika": "Lika",
    "Dolaana": "Dolaa",
}  # fmt: skip
ACEH_NICK_HELDOUT117 = {
    "Mawardi": "Wardi", "Safrizal": "Rizal", "Nasruddin": "Udin", "Mursyidah": "Idah", "Maulida": "Lida",
    "Aiyub": "Yub",
}  # fmt: skip
MISKITO_NICK_HELDOUT117 = {
    "Salomón": "Chalo", "Cristóbal": "Tobal", "Yamileth": "Yami", "Dalila": "Lila", "Mayra": "Mayrita",
    "Rodney": "Rod",
}  # fmt: skip
NICKS_HELDOUT117 = {
    "sherpa": SHERPA_NICK_HELDOUT117, "tuvan": TUVAN_NICK_HELDOUT117, "acehnese": ACEH_NICK_HELDOUT117,
    "miskito": MISKITO_NICK_HELDOUT117,
}  # fmt: skip
# a name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT117 = {
    "Chhiring": "Chhring", "Sherpa": "Sherpha", "Paldorje": "Paldorji", "Karsang": "Karsng",
    "Kyrgys": "Kyrgis", "Irgit": "Irgyt", "Belekmaa": "Belekma", "Sambuu": "Sambu",
    "Safrizal": "Safrijal", "Hasballah": "Hasbalah", "Mursyidah": "Mursydah", "Hanafiah": "Hanafiyah",
    "Bendles": "Bendless", "Haylock": "Haylok", "Pravia": "Prabia", "Yamileth": "Yamilet",
}  # fmt: skip
# a title or a kin word by the name (outside the span): the origin, whether a woman (None: either), the part
# of the name it goes with ('full', 'given', 'family') and whether it comes after the name
TITLED_HELDOUT117: dict[str, tuple[str, bool | None, str, bool]] = {
    "ama": ("sherpa", True, "given", False),  # mother
    "aku": ("sherpa", False, "given", False),  # uncle, a father's brother
    "dai": ("sherpa", False, "given", True),  # elder brother, in Nepali, after the name
    "didi": ("sherpa", True, "given", True),  # elder sister
    "दाइ": ("sherpa", False, "given", True),
    "दिदी": ("sherpa", True, "given", True),
    "акый": ("tuvan", False, "given", True),  # elder brother, in Tuvan, after the name
    "угбай": ("tuvan", True, "given", True),  # elder sister
    "кадай": ("tuvan", True, "given", True),  # an old woman, a grandmother
    "teungku": ("acehnese", False, "full", False),  # a religious teacher, an elder
    "tgk.": ("acehnese", False, "full", False),
    "teuku": ("acehnese", False, "full", False),  # the nobility's title for a man
    "cut": ("acehnese", True, "full", False),  # and for a woman
    "pocut": ("acehnese", True, "given", False),
    "tio": ("miskito", False, "given", False),
    "tia": ("miskito", True, "given", False),
    "misis": ("miskito", True, "family", False),  # Mrs, in the coast's English and Miskito
}
TITLE_SLOT_HELDOUT117 = re.compile(
    r"(?<![\w'.-])(ama|aku|teungku|tgk\.|teuku|cut|pocut|tio|tia|misis) \{\}", re.IGNORECASE
)
TITLE_AFTER_SLOT_HELDOUT117 = re.compile(r"\{\} (dai|didi|दाइ|दिदी|акый|угбай|кадай)(?:ले|लाई|को)?(?![\w\u0900-\u097f])", re.IGNORECASE)  # fmt: skip
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT117
FORCED_FORMS_HELDOUT117 = [
    ("sherpa", "day_name"), ("tuvan", "latin"), ("acehnese", "one_name"), ("miskito", "two_surnames"),
    ("sherpa", "two_given"), ("tuvan", "cyrillic"), ("acehnese", "two_names"), ("miskito", "english_given"),
    ("sherpa", "ang"), ("tuvan", "patronymic"), ("acehnese", "bin"), ("miskito", "miskito_given"),
    ("sherpa", "clan"), ("tuvan", "tuvan_letters"), ("acehnese", "muhammad"), ("miskito", "married"),
    ("sherpa", "tibetan"), ("tuvan", "letters_dropped"), ("acehnese", "siti"), ("miskito", "double_given"),
    ("sherpa", "devanagari"), ("tuvan", "ool"), ("acehnese", "variant"), ("miskito", "surname_first"),
    ("sherpa", "variant"), ("tuvan", "russian_given"), ("acehnese", "nickname"), ("miskito", "ascii"),
    ("sherpa", "surname_first"), ("tuvan", "surname_first"), ("acehnese", "typo"), ("miskito", "nickname"),
    ("sherpa", "initials"), ("tuvan", "initials"), ("miskito", "typo"),
    ("sherpa", "nickname"), ("tuvan", "nickname"),
    ("sherpa", "typo"), ("tuvan", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT117 = {"nickname", "typo"}
FORM_ONLY_FORMS_HELDOUT117 = {"surname_first", "initials", "married", "bin"}
# forms that want a woman's name, and forms that want a man's
WOMEN_FORMS_HELDOUT117 = {"married", "siti"}
MEN_FORMS_HELDOUT117 = {"muhammad"}
# the scripts and layouts a form may come in ('' is the template's plain one, 'ascii' a paste's); any other
# form: '' and 'ascii'
FORM_SCRIPTS_HELDOUT117: dict[tuple[str, str], set[str]] = {
    ("sherpa", "surname_first"): {"surname_first"}, ("tuvan", "surname_first"): {"surname_first"},
    ("miskito", "surname_first"): {"surname_first"},
    ("sherpa", "tibetan"): {"tibetan"}, ("sherpa", "devanagari"): {"devanagari"},
    ("sherpa", "day_name"): {"", "ascii", "devanagari"}, ("sherpa", "two_given"): {"", "ascii", "devanagari"},
    ("sherpa", "ang"): {"", "ascii", "devanagari"}, ("sherpa", "clan"): {"", "ascii", "devanagari"},
    ("tuvan", "cyrillic"): {"cyrillic"}, ("tuvan", "latin"): {"", "ascii"},
    ("tuvan", "patronymic"): {"", "ascii", "cyrillic"}, ("tuvan", "tuvan_letters"): {"", "cyrillic"},
    ("tuvan", "letters_dropped"): {"ascii", "cyrillic"}, ("tuvan", "ool"): {"", "ascii", "cyrillic"},
    ("tuvan", "russian_given"): {"", "ascii", "cyrillic"}, ("tuvan", "initials"): {"", "ascii", "cyrillic"},
    ("tuvan", "nickname"): {"", "ascii", "cyrillic"}, ("tuvan", "typo"): {"", "ascii", "cyrillic"},
    ("miskito", "ascii"): {"ascii", ""}, ("miskito", "married"): {""},
}  # fmt: skip
DEFAULT_SCRIPTS_HELDOUT117 = {"", "ascii"}
# the forms that write the family name first, and the people whose papers they are: a Nepali or Indian
# form, a Russian one, a Nicaraguan cédula's
SURNAME_FIRST_LEADS_HELDOUT117 = {
    "Family name, given names": "sherpa",
    "ФИО": "tuvan",
    "Apellidos y nombres": "miskito",
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT117: dict[str, list[str]] = {
    "sherpa": [
        "Ama {} still keeps the hives above Khumjung",
        "Aku {} brought the cliff honey down from Thame",
        "{} dai will bring the frames to Namche on Saturday",
        "{} didi sells our honey at the Boudha stall",
        "{} दाइले सल्लेरीबाट मह पठाउनुभयो",
    ],
    "tuvan": [
        "{} акый привёз рамки на пасеку в Туране",
        "{} угбай торгует нашим мёдом на рынке в Кызыле",
        "{} кадай держит ульи в Бай-Хааке уже сорок лет",
        "{} акый, экии! рой сел на тополь у вас во дворе",
    ],
    "acehnese": [
        "Teungku {} yang menguji madu koperasi di Pidie",
        "Tgk. {} geuba ie unoe u Banda Aceh beungoh nyoe",
        "Teuku {} sudah bayar pesanan madu untuk Lhokseumawe",
        "Cut {} pegang buku anggota koperasi madu di Sigli",
        "Pocut {} mau beli dua lusin botol madu",
    ],
    "miskito": [
        "Tio {} trajo las colmenas de Waspam en la panga",
        "Tia {} vende la miel en el mercado de Bilwi",
        "Misis {} is the one who keeps the co-op's books in Puerto Lempira",
        "naksa Tio {}, tingki pali for the frames",
    ],
    "upper": [
        "Name in block capitals: {}",
        "Beekeeper's full name (capital letters): {}",
        "Consignee (in capitals): {}",
    ],
    "lower": [
        "lol {} left the smoker at the stall again",
        "{} still hasn't paid for the jars",
        "has anyone heard from {} since the market on saturday",
    ],
    "form": [
        "Member name: {}",
        "Name on the hive registration: {}",
    ],
    "chat": [
        "{} says the extraction is moved to 8 tomorrow",
        "did {} bring the new frames in the end?",
    ],
}
# IBANs where a co-op or a beekeeper is paid (Nepal, India, Russia, Indonesia, Nicaragua and Honduras have
# none): Switzerland and the United Kingdom for a Sherpa, Kazakhstan and Belarus for a Tuvan co-op, Saudi
# Arabia, the Emirates and Turkey for the Acehnese, Costa Rica, Guatemala and El Salvador for the Miskito
IBAN_SHAPES_HELDOUT117 = {
    "CH": "5n12n",
    "GB": "4a14n",
    "KZ": "3n13n",
    "BY": "4a4n16n",
    "SA": "2n18n",
    "AE": "3n16n",
    "TR": "5n1n16n",
    "CR": "1z17n",  # a zero, then the bank and the account
    "GT": "4a20n",
    "SV": "4a20n",
}
IBAN_BY_ORIGIN_HELDOUT117 = {
    "sherpa": ["CH", "GB"], "tuvan": ["KZ", "BY"], "acehnese": ["SA", "AE", "TR"], "miskito": ["CR", "GT", "SV"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT117 = {
    "sherpa": ["maha", "mauri", "khumbu", "solu", "boudha", "himalhoney"],
    "tuvan": ["paseka", "tyva", "kyzyl", "aryg", "turan", "medok"],
    "acehnese": ["madu", "aceh", "unoe", "pidie", "lhok", "gampong"],
    "miskito": ["miel", "bilwi", "moskitia", "waspam", "colmena", "abejas"],
}
EMAIL_DOMAINS_HELDOUT117 = {
    "sherpa": ["wlink.com.np", "ntc.net.np", "yahoo.com", "rediffmail.com"],
    "tuvan": ["mail.ru", "yandex.ru", "bk.ru", "list.ru"],
    "acehnese": ["yahoo.co.id", "usk.ac.id", "unimal.ac.id"],
    "miskito": ["yahoo.es", "hotmail.com", "uraccan.edu.ni", "yahoo.com"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT117: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)solukhumbu|khumbu|namche|khumjung|thame|salleri|phaplu|lukla|boudha|jorpati|phulbari|"
                r"darjeeling|ghoom|toong soong|nepal|sherpa|\bama\b|\baku\b|\bdai\b|\bdidi\b|\bmaha\b|mauri|"
                r"\bho\b|\bko\b|\ble\b|\blai\b|pathaunu|tashi delek|thuche|ime pay|rupees|\bnpr\b|"
                r"family name, given|[\u0900-\u097f\u0f00-\u0fff]"), "sherpa"),
    (re.compile(r"(?i)kyzyl|tuva|tyva|turan|chadan|shagonar|bay-khaak|kozhuun|[\u0400-\u04ff]|rouble|\bsbp\b|"
                r"evotor|экии|четтирдим"), "tuvan"),
    (re.compile(r"(?i)aceh|lhokseumawe|pidie|sigli|garot|gampong|teungku|\btgk\.|teuku|\bcut\b|pocut|"
                r"\bunoe\b|\bmadu\b|koperasi|\byang\b|\bsudah\b|\budah\b|\bbang\b|\bkak\b|\bnggak\b|"
                r"tolong|\bsaya\b|\baku\b|\bnama\b|\bktp\b|\bjangan\b|\bbek\b|\blôn\b|droeneuh|geu\w+|"
                r"rekening|rupiah|\bbsi\b|syariah|\bjl\.|\bdi\b|\bke\b|\bini\b|\bitu\b|\bmau\b"), "acehnese"),
    (re.compile(r"(?i)bilwi|puerto cabezas|waspam|puerto lempira|kaukira|mosquitia|moskitia|gracias a dios|"
                r"miskito|naksa|tingki|\btio\b|\btia\b|misis|tigo|banpro|lafise|credomatic|córdoba|lempira|"
                r"\bmiel\b|colmena|abejas|apicultor|\bel\b|\bla\b|\blos\b|\blas\b|\bdel\b|\bque\b|\bpor\b|"
                r"\bpara\b|\bes\b|\bme\b|apellidos|nombre|\bvos\b|\bpues\b"), "miskito"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT117: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bwife\b|\bama\b|\bdidi\b|दिदी|угбай|кадай|\bона\b|\bеё\b|\bcut\b|"
                r"pocut|\bella\b|\btia\b|misis|\bseñora\b|\bbinti\b|\bsiti\b|\bibu\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bhusband\b|\baku\b|\bdai\b|दाइ|акый|\bон\b|\bего\b|teungku|"
                r"\btgk\.|teuku|\bél\b|\btio\b|\bbin\b|\bpak\b"), False),
]  # fmt: skip
# a theme word and its well-known misspelling
MISSPELT_HELDOUT117 = {
    "beekeeper": "beekeper", "receipt": "reciept", "apiary": "apiery", "delivery": "delivary",
    "extractor": "extracter", "tomorrow": "tommorow", "honey": "honney", "queen": "qeen", "frames": "frams",
    "abejas": "avejas", "colmenas": "colmennas", "пасека": "посека", "пасеку": "посеку", "улей": "улий",
}  # fmt: skip
MISSPELT_WORD_HELDOUT117 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT117, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Russian, Indonesian, Spanish
SHORTHAND_HELDOUT117 = {
    "please": "pls", "because": "coz", "thanks": "thx", "message": "msg", "people": "ppl",
    "спасибо": "спс", "пожалуйста": "пжлст", "сейчас": "щас", "tolong": "tlg", "sudah": "udh",
    "terima kasih": "makasih", "bagaimana": "gmn", "por favor": "xfa", "también": "tmb", "que": "q",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT117 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT117, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT117 = "January February March April May June July August September October November December".split()  # fmt: skip
RUSSIAN_MONTHS_HELDOUT117 = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()  # fmt: skip
INDONESIAN_MONTHS_HELDOUT117 = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()  # fmt: skip
SPANISH_MONTHS_HELDOUT117 = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()  # fmt: skip
# the Bikram Sambat months, as Nepali forms write them in Latin letters
BS_MONTHS_HELDOUT117 = (
    "Baisakh Jestha Asar Shrawan Bhadra Asoj Kartik Mangsir Poush Magh Falgun Chaitra".split()
)
DEVANAGARI_DIGITS_HELDOUT117 = str.maketrans("0123456789", "०१२३४५६७८९")
# every name word back in Latin letters, from any script the set writes (for the public figures' guard)
_TO_LATIN_HELDOUT117: dict[str, str] = {}
for _table in (SHERPA_TIBETAN_HELDOUT117, SHERPA_DEVANAGARI_HELDOUT117, TUVAN_CYRILLIC_HELDOUT117):
    for _latin, _script in _table.items():
        _TO_LATIN_HELDOUT117[_script.lower()] = _latin
for _latin, _script in TUVAN_CYRILLIC_HELDOUT117.items():
    _dropped = TUVAN_DROPPED_WORDS_HELDOUT117.get(_script, _script).translate(
        TUVAN_DROPPED_LETTERS_HELDOUT117
    )
    _TO_LATIN_HELDOUT117[_dropped.lower()] = _latin
for _variants in (SHERPA_VARIANTS_HELDOUT117, ACEH_VARIANTS_HELDOUT117):  # 'Lakpa' reads as 'Lhakpa'
    for _latin, _variant in _variants.items():
        _TO_LATIN_HELDOUT117[_variant.lower()] = _latin


def _fold(text: str) -> str:
    """A name without its marks, as a phone or a Russian or English keyboard types it: 'Möngün-ool' ->
    'Mongun-ool', 'Salomón Cárcamo' -> 'Salomon Carcamo'; Cyrillic and Devanagari stay as they are (the
    Tuvan letters are dropped by `_dropped`)."""
    return "".join(
        c if "\u0400" <= c <= "\u04ff" or "\u0900" <= c <= "\u0fff" else _fold_marks(c) for c in text
    )


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Möngün-ool' -> 'mongunool',
    'Ja'far' -> 'jafar', 'Cárcamo' -> 'carcamo')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _tibetan(text: str) -> str:
    """A Sherpa name in Tibetan script, its parts apart ('Nima Chhiring Sherpa' -> 'ཉི་མ ཚེ་རིང ཤར་པ')."""
    return " ".join(SHERPA_TIBETAN_HELDOUT117.get(w, w) for w in text.split(" "))


def _devanagari(text: str) -> str:
    """A Sherpa name in Devanagari ('Pemba Chhiring Sherpa' -> 'पेम्बा छिरिङ शेर्पा')."""
    return " ".join(SHERPA_DEVANAGARI_HELDOUT117.get(w, w) for w in text.split(" "))


def _cyrillic(text: str) -> str:
    """A Tuvan name in Cyrillic with the Tuvan letters ('Möngün-ool Tyulyush' -> 'Мөңгүн-оол Түлүш'); a
    patronymic in '-ovich' or '-ovna' and an initial are written in Cyrillic too."""
    out = []
    for word in text.split(" "):
        comma = "," if word.endswith(",") else ""
        w = word.rstrip(",")
        if w in TUVAN_CYRILLIC_HELDOUT117:
            w = TUVAN_CYRILLIC_HELDOUT117[w]
        elif m := re.fullmatch(r"(\w+?)(ovich|ovna)", w):
            w = TUVAN_CYRILLIC_HELDOUT117[m[1]] + {"ovich": "ович", "ovna": "овна"}[m[2]]
        elif re.fullmatch(r"\w\.", w):
            w = _CYRILLIC_INITIALS_HELDOUT117.get(w[0], w[0]) + "."
        out.append(w + comma)
    return " ".join(out)


_CYRILLIC_INITIALS_HELDOUT117 = {
    "A": "А", "M": "М", "S": "С", "K": "К", "Ö": "Ө", "C": "Ч", "E": "Э", "R": "Р", "D": "Д", "U": "У",
    "B": "Б", "T": "Т", "O": "О", "I": "И",
}  # fmt: skip


def _dropped(text: str) -> str:
    """A Tuvan name without the Tuvan letters, as Russian papers and keyboards write it: 'Мөңгүн-оол Түлүш'
    -> 'Монгун-оол Тюлюш', 'Möngün-ool' -> 'Mongun-ool'."""
    words = [TUVAN_DROPPED_WORDS_HELDOUT117.get(w, w) for w in text.split(" ")]
    return _fold(" ".join(words).translate(TUVAN_DROPPED_LETTERS_HELDOUT117))


def _to_latin(value: str) -> str:
    """A name in any of the set's scripts back in Latin letters, word by word, for the public figures' guard."""
    words = []
    for w in value.split():
        w = w.strip(",")
        base = _TO_LATIN_HELDOUT117.get(w.lower())
        if base is None and (m := re.fullmatch(r"(.+?)(ович|овна)", w.lower())):
            base = _TO_LATIN_HELDOUT117.get(m[1], m[1]) + "ovich"
        words.append(base or w)
    return " ".join(words)


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, marks, case and script aside."""
    low = " ".join(_fold(_to_latin(value)).lower().split())
    low_dropped = " ".join(_fold(value).lower().split())
    return any(
        _fold(full).lower() in low or _fold(full).lower() in low_dropped for full in PUBLIC_FIGURES_HELDOUT117
    )


def _joins_public(value: str) -> bool:
    """Whether a login or an e-mail address holds a public figure's name joined ('lhakpa-sherpa' ->
    'lhakpasherpa')."""
    return any(_plain(full) in _plain(value) for full in PUBLIC_FIGURES_HELDOUT117)


def _iban117(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` in IBAN_SHAPES_HELDOUT117's shape ('z' a zero); mod-97 check."""
    pools = {"n": string.digits, "a": string.ascii_uppercase, "z": "0"}
    parts = re.findall(r"(\d+)([naz])", IBAN_SHAPES_HELDOUT117[country])
    bban = "".join(rng.choice(pools[kind]) for count, kind in parts for _ in range(int(count)))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Gen117(Gen3):
    """Generators for held-out set 117: origins, name forms, scripts, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT117)  # the forms not given yet
        self._last_origin: str | None = None  # the origin of the name given last, for the values after it
        self._reads_left = 0  # how many values after that name may still follow it

    @property
    def last_origin(self) -> str | None:
        return self._last_origin

    @last_origin.setter
    def last_origin(self, origin: str | None) -> None:
        self._last_origin, self._reads_left = origin, 2  # a sentence holds at most two values after a name

    def _origin_after_name(self) -> str | None:
        """The origin of the name just given, so that the address, the phone, the e-mail, the IBAN or the
        date of birth after it in a sentence belongs to the same place (most of the time); None to draw from
        any. A name's origin lasts for the two values that may follow it in one sentence."""
        origin = self._last_origin
        self._reads_left -= 1
        if self._reads_left <= 0:
            self._last_origin = None
        return origin if origin and self.rng.random() < 0.8 else None

    def _sherpa_given(self, woman: bool) -> str:
        """A Sherpa given name: a day name alone or with a second one ('Pemba', 'Lhakpa Yangji')."""
        rng = self.rng
        day = rng.choice(SHERPA_DAYS_HELDOUT117)
        if rng.random() < 0.5:
            return day
        return (
            f"{day} {rng.choice(SHERPA_WOMEN_SECOND_HELDOUT117 if woman else SHERPA_MEN_SECOND_HELDOUT117)}"
        )

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family or second name, is a woman): a Sherpa day name (with a second one) and
        'Sherpa' or a clan, a Tuvan given name and clan name, an Acehnese given name and a father's, a Miskito
        Spanish, English or Miskito given name and a family name."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT117)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT117[origin]
        if origin == "sherpa":
            first = self._sherpa_given(woman)
            pool = ["Sherpa"] if rng.random() < 0.7 else SHERPA_CLANS_HELDOUT117
        elif origin == "acehnese":
            first = rng.choice(ACEH_WOMEN_HELDOUT117 if woman else ACEH_MEN_HELDOUT117)
            pool = lasts
        else:
            first = rng.choice(women if woman else men)
            pool = lasts
        last = rng.choice([x for x in pool if not _reads_public(f"{first} {x}")] or SHERPA_CLANS_HELDOUT117)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _father(self, first: str) -> str:
        """A Tuvan father's given name for a patronymic, not the child's own ('Mergen' -> 'Mergenovich')."""
        return self._other(TUVAN_FATHERS_HELDOUT117, first)

    def _other(self, pool: list[str], *not_these: str) -> str:
        return self.rng.choice([x for x in pool if x not in not_these])

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT117's, or 'plain'); never one
        that reads as a public figure's; in Tibetan script, Devanagari or Cyrillic where `script` asks for it,
        without marks where it is 'ascii'."""
        for _ in range(50):
            value = self._form_once(origin, form, woman, script)
            if not _reads_public(value):
                break
        return value

    def _in_script(self, origin: str, value: str, script: str) -> str:
        if origin == "sherpa" and script == "devanagari":
            return _devanagari(value)
        if origin == "sherpa" and script == "tibetan":
            return _tibetan(value)
        if origin == "tuvan" and script == "cyrillic":
            return _cyrillic(value)
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None, script: str) -> str:
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT117:
            woman = True
        if form in MEN_FORMS_HELDOUT117:
            woman = False
        if form == "nickname":  # 'Pasu', 'Möngün', 'Снежа', 'Wardi', 'Chalo'
            nicks = NICKS_HELDOUT117[origin]
            women = set(NAMES_HELDOUT117[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return self._in_script(origin, nicks[rng.choice(pool)], script)
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT117[origin]
        if form == "typo":  # 'Pemba Chhring', 'Aidys Kyrgis', 'Safrijal Usman', 'Wiston Prabia'
            typos = [x for x in lasts + (women if woman else men) if x in NAME_TYPOS_HELDOUT117]
            pick = rng.choice(typos)
            if pick in lasts:
                value = f"{first} {NAME_TYPOS_HELDOUT117[pick]}"
            else:
                value = f"{NAME_TYPOS_HELDOUT117[pick]} {last}"
            return self._in_script(origin, value, script)
        if origin == "sherpa":
            seconds = SHERPA_WOMEN_SECOND_HELDOUT117 if woman else SHERPA_MEN_SECOND_HELDOUT117
            day = rng.choice(SHERPA_DAYS_HELDOUT117)
            if form == "day_name":  # 'Pemba Sherpa'
                value = f"{day} {last}"
            elif form == "two_given":  # 'Pemba Chhiring Sherpa'
                value = f"{day} {rng.choice(seconds)} {last}"
            elif form == "ang":  # 'Ang Chhiring Sherpa', 'Ang Futi'
                value = (
                    f"Ang {rng.choice(seconds)} Sherpa"
                    if rng.random() < 0.7
                    else f"Ang {rng.choice(seconds)}"
                )
            elif form == "clan":  # 'Mingma Salaka', 'Lhakpa Futi Chiawa'
                given = day if rng.random() < 0.5 else f"{day} {rng.choice(seconds)}"
                value = f"{given} {rng.choice(SHERPA_CLANS_HELDOUT117)}"
            elif form == "tibetan":  # 'ཉི་མ ཚེ་རིང ཤར་པ'
                in_table = [s for s in seconds if s in SHERPA_TIBETAN_HELDOUT117]
                value = _tibetan(
                    f"{day} {rng.choice(in_table)} Sherpa" if rng.random() < 0.6 else f"{day} Sherpa"
                )
                return value
            elif form == "devanagari":  # 'पेम्बा छिरिङ शेर्पा'
                return _devanagari(f"{first} {last}")
            elif form == "variant":  # 'Lakpa Sherpa', 'Pemba Chiring Sherpa', 'Furba Phuti'
                pool = [
                    v for k, v in SHERPA_VARIANTS_HELDOUT117.items() if k in SHERPA_DAYS_HELDOUT117 + seconds
                ]
                variant = rng.choice(pool)
                if any(SHERPA_VARIANTS_HELDOUT117.get(d) == variant for d in SHERPA_DAYS_HELDOUT117):
                    value = f"{variant} {last}"
                else:
                    value = f"{day} {variant} {last}"
            elif form == "surname_first":  # 'SHERPA Pemba Chhiring', 'Sherpa, Lhakpa Yangji'
                given = f"{day} {rng.choice(seconds)}" if rng.random() < 0.7 else day
                value = f"{last.upper()} {given}" if rng.random() < 0.5 else f"{last}, {given}"
            elif form == "initials":  # 'P. C. Sherpa', 'L. Sherpa'
                value = (
                    f"{day[0]}. {rng.choice(seconds)[0]}. {last}"
                    if rng.random() < 0.6
                    else f"{day[0]}. {last}"
                )
            else:
                value = f"{first} {last}"
            return self._in_script(origin, value, script)
        if origin == "tuvan":
            father = self._father(first)
            patronymic = father + ("ovna" if woman else "ovich")
            tuvan_given = [g for g in (women if woman else men) if g not in TUVAN_RUSSIAN_GIVEN_HELDOUT117]
            if form in ("latin", "cyrillic"):  # 'Aidys Sat', 'Айдыс Сат'
                value = f"{rng.choice(tuvan_given)} {last}"
                return (
                    _cyrillic(value) if form == "cyrillic" else _fold(value) if script == "ascii" else value
                )
            if form == "patronymic":  # 'Aidys Mergenovich Sat', 'Aylana Mergenovna'
                value = f"{first} {patronymic} {last}" if rng.random() < 0.6 else f"{first} {patronymic}"
            elif form in ("tuvan_letters", "letters_dropped"):  # 'Möngün-ool Tyulyush', 'Монгун-оол Тюлюш'
                pick = rng.choice([g for g in TUVAN_LETTER_NAMES_HELDOUT117 if g in men] + ["Tyulyush"])
                value = f"{rng.choice(tuvan_given)} Tyulyush" if pick == "Tyulyush" else f"{pick} {last}"
                if form == "tuvan_letters":
                    return _cyrillic(value) if script == "cyrillic" or pick == "Tyulyush" else value
                return _dropped(_cyrillic(value)) if script != "ascii" else _dropped(value)
            elif form == "ool":  # 'Chürgüy-ool Kyrgys'
                value = f"{rng.choice(TUVAN_OOL_HELDOUT117)} {last}"
            elif form == "russian_given":  # 'Snezhana Oyun', 'Радик Хертек'
                pool = [g for g in TUVAN_RUSSIAN_GIVEN_HELDOUT117 if g in (women if woman else men)]
                value = f"{rng.choice(pool)} {last}"
            elif form == "surname_first":  # 'САТ Айдыс Мергенович', 'Сат Айдыс Мергенович'
                value = f"{last} {first} {patronymic}"
                value = _cyrillic(value)
                if rng.random() < 0.5:
                    head, rest = value.split(" ", 1)
                    value = f"{head.upper()} {rest}"
                return value
            elif form == "initials":  # 'А. М. Сат', 'Sat A. M.'
                value = (
                    f"{first[0]}. {father[0]}. {last}"
                    if rng.random() < 0.6
                    else f"{last} {first[0]}. {father[0]}."
                )
            else:
                value = f"{first} {last}"
            return self._in_script(origin, value, script)
        if origin == "acehnese":
            given = rng.choice(ACEH_WOMEN_HELDOUT117 if woman else ACEH_MEN_HELDOUT117)
            if form == "one_name":  # 'Mawardi'
                value = given
            elif form == "two_names":  # 'Safrizal Hasballah'
                value = f"{given} {last}"
            elif form == "bin":  # 'Mawardi bin Hasballah', 'Hafsah binti Yahya'
                value = f"{given} {ACEH_BIN_HELDOUT117[woman]} {last}"
            elif form == "muhammad":  # 'Muhammad Fadli', 'M. Fadli Usman', 'Muhd. Mukhlis'
                head = rng.choice(ACEH_MUHAMMAD_HELDOUT117)
                value = f"{head} {given}" if rng.random() < 0.6 else f"{head} {given} {last}"
            elif form == "siti":  # 'Siti Raudhah', 'Siti Hafsah Yahya'
                value = f"Siti {given}" if rng.random() < 0.6 else f"Siti {given} {last}"
            elif form == "variant":  # 'Husaeni', 'Muchlis Ja'far', 'Raudah Usman'
                pool = [k for k in ACEH_VARIANTS_HELDOUT117 if k in (women if woman else men) + lasts]
                pick = rng.choice(pool)
                if pick in lasts:
                    value = f"{given} {ACEH_VARIANTS_HELDOUT117[pick]}"
                else:
                    value = ACEH_VARIANTS_HELDOUT117[pick] + (f" {last}" if rng.random() < 0.5 else "")
            else:
                value = f"{first} {last}" if rng.random() < 0.6 else first
            return _fold(value) if script == "ascii" else value
        # the Miskito
        spanish = MISKITO_SPANISH_WOMEN_HELDOUT117 if woman else MISKITO_SPANISH_MEN_HELDOUT117
        english = MISKITO_ENGLISH_WOMEN_HELDOUT117 if woman else MISKITO_ENGLISH_MEN_HELDOUT117
        second = self._other(lasts, last)
        if form == "two_surnames":  # 'Anselmo Bendles Haylock'
            value = f"{rng.choice(spanish + english)} {last} {second}"
        elif form == "english_given":  # 'Wiston Tathum'
            value = f"{rng.choice(english)} {last}"
        elif form == "miskito_given":  # 'Tininiska Waldan'
            value = f"{rng.choice(MISKITO_NAMES_HELDOUT117)} {last}"
        elif form == "married":  # 'Mayra Haylock de Rivera'
            value = f"{rng.choice(MISKITO_SPANISH_WOMEN_HELDOUT117 + MISKITO_ENGLISH_WOMEN_HELDOUT117)} {last} de {second}"
        elif form == "double_given":  # 'Deysi Inés Pravia', 'Cristóbal Anselmo Hendy Zelaya'
            a, b = rng.sample(spanish, 2)
            value = f"{a} {b} {last}" if rng.random() < 0.6 else f"{a} {b} {last} {second}"
        elif form == "surname_first":  # 'BENDLES HAYLOCK WISTON', 'Bendles Haylock, Wiston'
            given = rng.choice(spanish + english)
            value = f"{last} {second} {given}".upper() if rng.random() < 0.5 else f"{last} {second}, {given}"
        elif form == "ascii":  # 'Salomon Carcamo', 'Ines Bendles Carcamo'
            accented = [g for g in spanish if _fold(g) != g] or [
                g for g in MISKITO_SPANISH_MEN_HELDOUT117 if _fold(g) != g
            ]
            value = _fold(
                f"{rng.choice(accented)} {last}"
                if rng.random() < 0.6
                else f"{rng.choice(spanish)} {last} Cárcamo"
            )
            if value == _fold(value) and not any(
                _fold(a) in value for a in ("Salomón", "Cristóbal", "Inés", "Cárcamo")
            ):
                value = _fold(f"{rng.choice(spanish + english)} Cárcamo")
            return value
        else:
            value = f"{first} {last}"
        return _fold(value) if script == "ascii" else value

    def _caps(self, origin: str) -> str:
        """A name in capitals as a register, a passport, a KTP or a cédula holds it ('SHERPA PEMBA CHHIRING',
        'САТ АЙДЫС МЕРГЕНОВИЧ', 'SAT AIDYS', 'MAWARDI BIN HASBALLAH', 'BENDLES HAYLOCK WISTON')."""
        rng = self.rng
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            r = rng.random()
            if origin == "sherpa":
                value = f"{last} {first}" if r < 0.5 else f"{first} {last}"
            elif origin == "tuvan":
                father = self._father(first)
                value = (
                    _cyrillic(f"{last} {first} {father}{'ovna' if woman else 'ovich'}")
                    if r < 0.6
                    else _fold(f"{last} {first}")
                )
            elif origin == "acehnese":
                value = f"{first} {ACEH_BIN_HELDOUT117[woman]} {last}" if r < 0.4 else f"{first} {last}"
            else:
                value = f"{last} {self._other(NAMES_HELDOUT117[origin][2], last)} {first}"
            if not _reads_public(value) and len(value.upper()) == len(value):
                break
        return value.upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms, in the script the template is written in;
        `script` 'surname_first' where the template asks for one."""
        rng = self.rng
        r = rng.random()
        if script == "surname_first":
            return self._form(origin, "surname_first", woman)
        if origin == "sherpa":
            if script == "tibetan":
                return self._form(origin, "tibetan", woman)
            if r < 0.15 and not chat:
                seconds = SHERPA_WOMEN_SECOND_HELDOUT117 if woman else SHERPA_MEN_SECOND_HELDOUT117
                first = f"Ang {rng.choice(seconds)}"
            return self._in_script(origin, f"{first} {last}", script)
        if origin == "tuvan":
            if r < 0.25 and not chat:
                father = self._father(first)
                value = f"{first} {father}{'ovna' if woman else 'ovich'} {last}"
            elif r < 0.35:
                father = self._father(first)
                value = f"{first} {father}{'ovna' if woman else 'ovich'}"
            else:
                value = f"{first} {last}"
            value = self._in_script(origin, value, script)
            return _dropped(value) if script == "cyrillic" and rng.random() < 0.3 else value
        if origin == "acehnese":
            if r < 0.15 and not chat:
                value = f"{first} {ACEH_BIN_HELDOUT117[woman]} {last}"
            elif r < 0.3 and not woman:
                value = f"Muhammad {first}"
            else:
                value = f"{first} {last}" if r < 0.75 else first
            return _fold(value) if script == "ascii" else value
        if r < 0.3 and not chat:
            value = f"{first} {last} {self._other(NAMES_HELDOUT117[origin][2], last)}"
        else:
            value = f"{first} {last}"
        return _fold(value) if script == "ascii" else value

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if script not in FORM_SCRIPTS_HELDOUT117.get((o, form), DEFAULT_SCRIPTS_HELDOUT117):
                continue
            if (woman is False and form in WOMEN_FORMS_HELDOUT117) or (
                woman is True and form in MEN_FORMS_HELDOUT117
            ):
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT117 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT117 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        if script in ("tibetan", "devanagari"):
            origin = "sherpa"
        if script == "cyrillic":
            origin = "tuvan"
        owed = self._owed_for(origin, woman, script, chat)
        if owed:
            self.owed.remove(owed)
            self.last_origin = owed[0]
            return self._form(owed[0], owed[1], woman, script)
        for _ in range(50):
            name = self._plain_person(origin, woman, script, chat)
            if not _reads_public(name):
                break
        return name

    def _plain_person(self, origin: str | None, woman: bool | None, script: str, chat: bool) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        self.last_origin = origin
        r = rng.random()
        if r < (0.7 if chat else 0.88) or script in ("surname_first", "tibetan"):
            return self._full(origin, first, last, woman, script, chat)
        if r < 0.94 or origin == "acehnese":  # the given name alone or its short form
            name = first
            nicks = NICKS_HELDOUT117[origin]
            key = first.split()[0]
            if key in nicks and rng.random() < 0.4:
                name = nicks[key]
        else:
            name = last
        name = self._in_script(origin, name, script)
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str, script: str = "") -> str:
        """A name for a title or a kin word by it ('Ama Lhakpa', 'Pemba dai', 'Айдыс акый', 'Teungku
        Mawardi Usman', 'Cut Raudhah', 'Tio Chalo', 'Misis Haylock'), from the origin that uses it."""
        for _ in range(50):
            value = self._titled_once(title, script)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str, script: str) -> str:
        key = title.lower()
        origin, woman, part, _ = TITLED_HELDOUT117[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        nicks = NICKS_HELDOUT117[origin]
        if origin == "tuvan" or CYRILLIC_HELDOUT117.search(title):
            script = "cyrillic"
        if DEVANAGARI_HELDOUT117.search(title):
            script = "devanagari"
        if part == "family":
            return last
        if part == "given":
            key = first.split()[0]
            if (
                key in nicks and script != "devanagari" and rng.random() < 0.3
            ):  # 'Pasu dai', 'Tia Yami', 'Снежа угбай'
                return self._in_script(origin, nicks[key], script)
            return self._in_script(origin, first, script)
        return self._full(origin, first, last, woman, script, True)

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a kin word
        after it, one of the origin whose places, papers or speech the template names, in the script or the
        layout the template is written in."""
        m = TITLE_SLOT_HELDOUT117.search(template) or TITLE_AFTER_SLOT_HELDOUT117.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT117[title.lower()][0]
            return name
        lead = next((lead for lead in SURNAME_FIRST_LEADS_HELDOUT117 if template.startswith(lead)), None)
        script, origin = ("surname_first", SURNAME_FIRST_LEADS_HELDOUT117[lead]) if lead else ("", None)
        if not lead and TIBETAN_HELDOUT117.search(template):
            script = "tibetan"
        elif not lead and DEVANAGARI_HELDOUT117.search(template):
            script = "devanagari"
        elif not lead and CYRILLIC_HELDOUT117.search(template):
            script = "cyrillic"
        elif not lead and (template.startswith(('"', "- ")) or "=" in template):
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT117 if cue.search(template)), None)
        origin = origin or next((o for cue, o in ORIGIN_CUES_HELDOUT117 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT117 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT117:
            template = rng.choice(FORCED_SENTENCES_HELDOUT117[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT117:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT117["upper"]), self._caps(origin)))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT117["lower"]), self._plain_lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT117 else "form"
            scripts = FORM_SCRIPTS_HELDOUT117.get((origin, form), DEFAULT_SCRIPTS_HELDOUT117)
            script = "" if "" in scripts else sorted(scripts)[0]
            script = "" if script == "surname_first" else script
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT117[kind]), self._form(origin, form, None, script))
            )
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _plain_lower(self, origin: str) -> str:
        """A full name in lower case as chat types it ('pemba chhiring sherpa', 'aidys sat', 'айдыс сат',
        'safrizal hasballah', 'wiston bendles'), its marks dropped half the time."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            value = f"{first} {last}"
            if origin == "tuvan" and self.rng.random() < 0.4:
                value = _cyrillic(value)
            if self.rng.random() < 0.5:
                value = _fold(value)
            if " " in value and not _reads_public(value) and len(value.lower()) == len(value):
                break
        return value.lower()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, w = rng.randint(1, 160), rng.randint(1, 9)
        shapes = {
            "sherpa": [
                f"Namche Bazaar, Khumbu Pasanglhamu-{rng.randint(4, 5)}, Solukhumbu",
                f"Khumjung, Khumbu Pasanglhamu-{rng.randint(4, 5)}, Solukhumbu",
                f"Salleri, Solududhkunda-{w}, Solukhumbu",
                f"Phaplu, Solududhkunda-{w}, Solukhumbu",
                f"House No. {n}, Phulbari, Boudha, Kathmandu-6",
                f"Tusal Marg {n}, Boudha, Kathmandu-6",
                f"Jorpati, Gokarneshwar-{w}, Kathmandu",
                f"{n} Toong Soong Busty, Darjeeling, West Bengal 734101",
                "Alubari, Ghoom, Darjeeling 734102",
            ],
            "tuvan": [
                f"г. Кызыл, ул. Московская, д. {n}, кв. {rng.randint(1, 90)}",
                f"667010, Республика Тыва, г. Кызыл, ул. Красноармейская, д. {n}",
                f"г. Кызыл, ул. Калинина, д. {n}/{rng.randint(1, 4)}",
                f"668510, Республика Тыва, Пий-Хемский кожуун, г. Туран, ул. Советская, д. {n}",
                f"Дзун-Хемчикский кожуун, г. Чадан, ул. Победы, д. {n}",
                f"Улуг-Хемский кожуун, г. Шагонар, ул. Октябрьская, д. {n}",
                f"Тандинский кожуун, с. Бай-Хаак, ул. Комсомольская, д. {n}",
                f"ul. Moskovskaya {n}-{rng.randint(1, 90)}, Kyzyl, Tyva 667000",
                f"Sovetskaya St {n}, Turan, Tyva 668510",
            ],
            "acehnese": [
                f"Jl. Panglima Polem No. {n}, Gampong Peunayong, Kec. Kuta Alam, Banda Aceh 23122",
                f"Jl. Lamgugob No. {n}, Gampong Lamgugob, Kec. Syiah Kuala, Banda Aceh 23115",
                f"Lorong {pick(['Mesjid', 'Rahmat', 'Sepakat'])} No. {n}, Gampong Lampineung, Banda Aceh 23125",
                f"Jl. Merdeka No. {n}, Kampung Jawa Lama, Banda Sakti, Lhokseumawe 24351",
                f"Jl. Pase No. {n}, Lhokseumawe 24352",
                f"Jl. Prof. A. Majid Ibrahim No. {n}, Kota Sigli, Pidie 24112",
                f"Dusun {pick(['Blang', 'Tgk. Di Meunasah', 'Meunasah Baro'])}, Gampong Garot, Kec. Indrajaya, Pidie 24116",
            ],
            "miskito": [
                f"Barrio Loma Fresca, de la Iglesia Morava {rng.randint(1, 4)} cuadras al sur, Bilwi",
                f"Barrio Revolución, del parque {rng.randint(1, 3)} c. al norte, casa {n}, Puerto Cabezas, RACCN",
                "Barrio San Jerónimo, frente a la escuela, Bilwi",
                f"Barrio Spanish Town, casa {n}, Bilwi, Puerto Cabezas",
                "Barrio Santa Marta, contiguo a la iglesia morava, Waspam, Río Coco",
                "Barrio El Centro, contiguo al muelle, Puerto Lempira, Gracias a Dios",
                f"Colonia {pick(['Los Pinos', 'Mocorón', 'Buena Vista'])}, casa {n}, Puerto Lempira, Gracias a Dios, Honduras",
                "Aldea Kaukira, Puerto Lempira, Gracias a Dios",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT117 for s in shapes[o]])

    def email(self) -> str:
        origin = self._origin_after_name()
        for _ in range(50):
            value = self._email_once(origin)
            if not _joins_public(value):
                break
        return value

    def _email_once(self, origin: str | None) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first.split()[0]) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT117[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1970, 2012)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "gmail.com", *EMAIL_DOMAINS_HELDOUT117[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        shapes = {
            "sherpa": [
                f"98{pick('012456')}{d(7)}",  # Nepali mobiles
                f"+977 98{pick('012456')}-{d(7)}",
                f"+977-98{pick('0145')}{d(7)}",
                f"038-520{d(3)}",  # Solukhumbu
                f"01-44{d(5)}",  # Kathmandu
                f"+91 {pick('789')}{d(4)} {d(5)}",  # Indian mobiles in Darjeeling
                f"0354 225 {d(4)}",  # Darjeeling
            ],
            "tuvan": [
                f"+7 9{pick(['23', '13', '83', '96'])} {d(3)}-{d(2)}-{d(2)}",  # Russian mobiles
                f"8 (9{pick(['23', '13', '83'])}) {d(3)}-{d(2)}-{d(2)}",
                f"8-9{pick(['23', '13'])}-{d(3)}-{d(2)}-{d(2)}",
                f"+7{pick(['923', '913', '983'])}{d(7)}",
                f"8 (39435) {d(1)}-{d(2)}-{d(2)}",  # Turan
                f"8 (39434) {d(1)}-{d(2)}-{d(2)}",  # Chadan
            ],
            "acehnese": [
                f"08{pick(['11', '12', '13', '52', '53', '22'])}-{d(4)}-{d(4)}",  # Indonesian mobiles
                f"+62 8{pick(['11', '12', '52', '53'])} {d(4)} {d(4)}",
                f"+628{pick(['12', '52'])}{d(8)}",
                f"(0645) 4{d(5)}",  # Lhokseumawe
                f"(0653) 2{d(4)}",  # Sigli
            ],
            "miskito": [
                f"+505 8{d(3)} {d(4)}",  # Nicaraguan mobiles
                f"8{d(3)}-{d(4)}",
                f"+505 5{d(3)}-{d(4)}",
                f"+504 9{d(3)}-{d(4)}",  # Honduran mobiles
                f"3{d(3)}-{d(4)}",
                f"+504 2433-{d(4)}",  # Puerto Lempira
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT117 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}",
                             f"220{rng.randint(0, 4)}", f"220{rng.randint(0, 4)}", rng.choice(["60", "65", "508"]),
                             rng.choice(["60", "65", "508"]), "34", "37"])  # fmt: skip
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
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
        origin = self._origin_after_name()
        own = IBAN_BY_ORIGIN_HELDOUT117[origin] if origin else []
        country = rng.choice(own or sorted(IBAN_SHAPES_HELDOUT117))
        iban = _iban117(rng, country)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.choice([0, 1, 8, 100])}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2400:1a00:{h()}:{h()}::{h()}", f"2a02:2698:{h()}:{h()}::{h()}", f"2001:448a:{h()}:{h()}::{h()}",
                           f"2800:b20:{h()}:{h()}::{h()}", f"2803:1500:{h()}:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the hive scale's gateway, the stall's card reader, the co-op's NAS
        with the spreadsheet, the market Wi-Fi, the booking app's login alerts, the co-op website's sshd and
        nginx logs; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the hive scale gateway in the apiary is on {}, the app wants it for the weights", v4),
            ("the card reader at the stall got {} from the market wifi, set it in the app", v4),
            ("the NAS with the co-op's spreadsheet is {}", v4),
            ("the stall booking app says someone logged in from {}, was that you in Kyzyl?", rng.choice([v4, v6])),
            ("Google sent a login alert for the co-op's sheet from {}, who is that", v4),
            ("the co-op website is on {}, the secretary has the ssh key", v4),
            ("шлюз весов на пасеке {}, без него приложение не видит ульи", v4),
            ("IP router di gudang madu {}, kalau mati restart aja", v4),
            ("el lector de tarjetas del puesto tiene la {}, conectalo al wifi del mercado", v4),
            ("the lab portal answers on {}, try it from the co-op office", v6),
            ("co-op ko NAS ko IP {} ho, sheet tyahi cha", v4),
            ("listen {}:8080", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ping -6 -c 4 {}", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Jun 14 21:07:43 coop-web sshd[2217]: Failed password for root from {} port 50412 ssh2", v4),
            ('{} - - [14/Jun/2026:07:15:40 +0545] "POST /stall/login HTTP/1.1" 401 512', v4),
            ("hive_gateway_ip: {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1975, 2014)
        return rng.choice(
            [
                f"{rng.choice(['Khumbu', 'Namche', 'Mauri', 'Solu', 'Boudha'])}{rng.choice(['@977', '#np', '_2025', '!!'])}",
                f"{rng.choice(['Kyzyl', 'Tyva', 'Paseka', 'Turan', 'Pchela'])}{rng.choice(['@17', '#ru', '_2024', '!!'])}",
                f"{rng.choice(['MaduAceh', 'Unoe', 'Pidie', 'Lhok', 'Gampong'])}{rng.choice(['@62', '#0651', '2025', '!!'])}",
                f"{rng.choice(['Bilwi', 'Moskitia', 'Abejas', 'Waspam', 'Kaukira'])}{rng.choice(['@505', '#504', '2025', '!!'])}",
                rng.choice(["honeycomb", "propolis", "beeswax", "queenbee", "swarm", "nectar"]).translate(leet) + rng.choice(["", "!", "_117"]),
                f"{rng.choice(['pasu', 'lhaku', 'snezha', 'wardi', 'rizal', 'chalo', 'yami'])}{rng.choice([str(year), str(year)[2:], '123'])}",
                f"{rng.choice(['Hive', 'Honey', 'Stall', 'Coop'])}{rng.randint(2019, 2026)}-{rng.choice(['Queen', 'Drone', 'Comb', 'Wax'])}{rng.randint(10, 99)}",
                f"{rng.choice(['apiary', 'extractor', 'smoker', 'frames'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;']", "", pw) or "Honey2024Comb"  # where ':' or ';' would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = string.ascii_letters + string.digits + "-_"
        uuid = f"{tok(8, hexd)}-{tok(4, hexd)}-{tok(4, hexd)}-{tok(4, hexd)}-{tok(12, hexd)}"
        options = [
            # the co-op's logins and codes, handed over the ways a co-op does it
            ("the password of the co-op's Google Sheet with the member list is {}", pw),
            ("the card reader's PIN at the stall is {}", d(4)),
            ("the supervisor code of the PAX terminal at the stall is {}", d(6)),
            ("the market booking app password is {}, the stall for Saturday is booked with it", pw),
            ("the Tigo Money PIN of the co-op phone is {}, pay the jar supplier from it", d(4)),
            ("the IME Pay MPIN for the co-op is {}", d(4)),
            ("the Intertek lab portal password is {}, don't share it", pw),
            ("the hive scale app password is {}", pw),
            ("the padlock code on the extraction room is {}", d(4)),
            ("the Airtable login for the hive registry is the co-op's gmail, password {}", pw),
            # cues in the set's languages
            ("co-op ko Google Sheet ko password {} ho, kasailai pani nadekhaunu", pw),
            ("सहकारीको पासवर्ड {} हो, कसैलाई नदेखाउनु", pw),
            ("пароль от таблицы кооператива {}, никому не говори", pw),
            ("ПИН-код терминала Эвотор на рынке {}", d(4)),
            ("пароль {}, кижиге чугаалава", pw),
            ("kata sandi aplikasi lapak pasar {}, jangan bilang siapa pun", pw),
            ("password Google Sheet koperasi {}, bek neupeugah bak soe", pw),
            ("la contraseña de la hoja de la cooperativa es {}, no se la digás a nadie", pw),
            ("el PIN del POS del puesto es {}", d(4)),
            # commands
            ("sshpass -p '{}' ssh pi@hive-gateway", colonless),
            ("curl -u coop:{} https://coop.example/api/members", colonless),
            # pastes
            ("WIFI:T:WPA;S:Market_Stall_12;P:{};;", colonless),
            ("TELEGRAM_BOT_TOKEN={}", f"{rng.randint(5, 8)}{d(9)}:AA{tok(33, b64)}"),
            ("AIRTABLE_TOKEN={}", f"pat{tok(14, alnum)}.{tok(64, hexd)}"),
            ("GITHUB_TOKEN={}", "ghp_" + tok(36, alnum)),
            ("MAILCHIMP_API_KEY={}", f"{tok(32, hexd)}-us{rng.randint(1, 21)}"),
            ("PAYPAL_CLIENT_SECRET={}", "E" + tok(79, b64)),
            ("KHALTI_SECRET_KEY={}", "live_secret_key_" + tok(32, hexd)),
            ("EVOTOR_TOKEN={}", uuid),
            ("DB_PASSWORD={}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the stall booking app's, the lab portal's and the spreadsheet's logins, a co-op's or a
        beekeeper's Telegram, VK, Instagram and TikTok, in shapes like 'pemba.sherpa', 'paseka_aidys',
        'safrizal.hasballah88', 'wiston_bendles505'; never one that joins a public figure's name."""
        for _ in range(50):
            value = self._handle_once()
            if not _joins_public(value):
                break
        return value

    def _handle_once(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first.split()[0]) or "x", _plain(last) or "x"
        yy = rng.randint(85, 99) if rng.random() < 0.6 else rng.randint(0, 14)
        subject = rng.choice(SUBJECTS_HELDOUT117[origin])
        own = {
            "sherpa": [f"{first}.{last}", f"{subject}_{first}", f"{first}{last[:3]}{yy:02d}"],
            "tuvan": [f"{subject}_{first}", f"{first}.{last}", f"{first}{last}{yy:02d}"],
            "acehnese": [f"{first}.{last}{yy:02d}", f"{subject}{first}", f"{first}_{last}"],
            "miskito": [f"{first}_{last}505", f"{subject}{first}", f"{first}{yy:02d}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1950, youngest: int = 2012) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1950, youngest: int = 2012) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format; the
        Bikram Sambat date is drawn beside the AD one (56 or 57 years ahead, its month from mid-April)."""
        y, m, day = self._birth(oldest, youngest)
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        bs_month = (m + 8) % 12 + 1 if day < 14 else (m + 9) % 12 + 1  # Baisakh starts in mid-April
        bs_year = y + (57 if (m, day) >= (4, 14) else 56)
        bs_day = (day + 16) % 30 + 1
        return {
            "np_bs": f"{bs_year}-{bs_month:02d}-{bs_day:02d}",
            "np_bs_words": f"{bs_day} {BS_MONTHS_HELDOUT117[bs_month - 1]} {bs_year}",
            "np_bs_deva": f"{bs_year}/{bs_month:02d}/{bs_day:02d}".translate(DEVANAGARI_DIGITS_HELDOUT117),
            "in": f"{day:02d}/{m:02d}/{y}",
            "en_words": f"{day}{th} {EN_MONTHS_HELDOUT117[m - 1]} {y}",
            "us_words": f"{EN_MONTHS_HELDOUT117[m - 1]} {day}, {y}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RUSSIAN_MONTHS_HELDOUT117[m - 1]} {y}",
            "id": f"{day:02d}-{m:02d}-{y}",
            "id_words": f"{day} {INDONESIAN_MONTHS_HELDOUT117[m - 1]} {y}",
            "es": f"{day:02d}/{m:02d}/{y}",
            "es_words": f"{day} de {SPANISH_MONTHS_HELDOUT117[m - 1]} de {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"sherpa": ["in", "iso"], "tuvan": ["ru"], "acehnese": ["id"], "miskito": ["es"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["in", "ru", "id", "es", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`; a young helper's for the youth beekeeping club, an adult's or an old
        member's."""
        s, kid, old = self._dob_shapes(), self._dob_shapes(2008, 2012), self._dob_shapes(1940, 1960)
        options = [
            ("Date of birth (AD): {}", s["iso"]),
            ("Date of birth (BS): {}", s["np_bs"]),
            ("जन्म मिति (वि.सं.): {}", s["np_bs_deva"]),
            ("mero janma {} ma bhayeko ho, co-op ko form ma lekhnu", s["np_bs_words"]),
            ("I was born on the {}, put it on the co-op's member list", s["en_words"]),
            ("DOB (DD/MM/YYYY): {}", s["in"]),
            ("our oldest member in Khumjung was born {}, we want to give her a jar for her birthday", old["us_words"]),
            ("Дата рождения: {}", s["ru"]),
            ("я родился {} г., впиши в список кооператива", s["ru_words"]),
            ("моя дочь родилась {}, можно ей в юношеский клуб пчеловодов?", kid["ru_words"]),
            ("Tempat/Tgl. Lahir: Banda Aceh, {}", s["id"]),
            ("lahir tanggal {}, tulis di formulir anggota koperasi ya", s["id_words"]),
            ("anak saya lahir {}, boleh ikut kelompok lebah remaja?", kid["id_words"]),
            ("Fecha de nacimiento: {}", s["es"]),
            ("nací el {}, apuntalo en la lista de la cooperativa", s["es_words"]),
            ("mi abuela nació el {} y todavía cuida las colmenas en Waspam", old["es_words"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("birth_date: {}", s["iso"]),
            ("members.csv: 117,12 hives,{},paid", kid["iso"]),
            ("DOB: {}", s["in"]),
            ("my son was born {}, can he join the youth beekeeping club?", kid["us_words"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT117_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} brought twenty jars of Khumbu honey to the Boudha stall",
        "{} keeps the hives above Namche and sells at the Saturday market",
        "{} le Salleri bata maha pathaunu bhayo, thuche che",
        "{} ko mauri ko ghar Phaplu ma cha",
        "{} दाइले सल्लेरीबाट मह पठाउनुभयो",
        "{} ले बौद्धको पसलमा मह बेच्नुहुन्छ",
        "नाम: {}",
        "Name (བོད་ཡིག): {}",
        "{} ཡིས་སྦྲང་རྩི་བསྐུར་སོང",
        "Ama {} still keeps the hives above Khumjung",
        "Aku {} brought the cliff honey down from Thame",
        "{} dai will bring the frames to Namche on Saturday",
        "{} didi sells our honey at the Boudha stall",
        "tashi delek {}, the frames came to Darjeeling",
        "Family name, given names: {}",
        "{} привёз мёд с пасеки в Туране",
        "{} держит сорок ульев в Бай-Хааке",
        "экии, {}! рой сел на тополь во дворе",
        "{} продаёт мёд на рынке в Кызыле по субботам",
        "{} акый привёз рамки на пасеку в Туране",
        "{} угбай торгует нашим мёдом на рынке в Кызыле",
        "{} кадай держит ульи в Бай-Хааке уже сорок лет",
        "ФИО: {}",
        "Пчеловод: {}",
        "{} from Kyzyl has the best taiga honey at the market",
        "{} yang bawa madu dari Pidie ke pasar Banda Aceh",
        "{} sudah setor madu ke koperasi di Lhokseumawe",
        "{} geuba ie unoe u Banda Aceh",
        "lôn ka meuteumee ngon {} bak peukan Sigli",
        "Teungku {} yang menguji madu koperasi di Pidie",
        "Tgk. {} geuba ie unoe u Banda Aceh beungoh nyoe",
        "Teuku {} sudah bayar pesanan madu untuk Lhokseumawe",
        "Cut {} pegang buku anggota koperasi madu di Sigli",
        "Pocut {} mau beli dua lusin botol madu",
        "Nama lengkap: {}",
        "Nama sesuai KTP: {}",
        "{} trajo la miel de Waspam en la panga",
        "{} tiene cuarenta colmenas en Kaukira",
        "naksa {}, tingki pali for the frames",
        "{} vende miel en el mercado de Bilwi los sábados",
        "Tio {} trajo las colmenas de Waspam en la panga",
        "Tia {} vende la miel en el mercado de Bilwi",
        "Misis {} is the one who keeps the co-op's books in Puerto Lempira",
        "Apellidos y nombres: {}",
        "Nombre del apicultor: {}",
        "{} is the beekeeper who caught the swarm on the school roof",
        "{} sells the honey at the Saturday market, ask her for a jar",
        "{} is the co-op secretary, he has the member list",
        "{} and {} share the van to the market",
        "ask {} if the new frames came in",
        "{} wants the order paid before Friday",
        "{} left the smoker at the stall",
        "who is {}? the order form says she paid for 40 jars",
        "tell {} the market on Saturday starts at 7",
        "{} says the extraction is moved to 8 tomorrow",
        "did {} bring the new frames in the end?",
        "{} does the stall booking for the co-op, message him",
        "the buyer from the city is {}, he wants the whole batch",
        "the inspector who came for the hive registration was {}",
        "Member name: {}",
        "Beekeeper: {}",
        "Stall holder: {}",
        "Consignee: {}",
        "| 12 hives | {} | paid |",
        '"beekeeper": "{}",',
        "- stall_holder: {}",
    ],
    "STREET_ADDRESS": [
        "send the jars and frames to {} please",
        "the honey order goes to {}",
        "the co-op's post goes to {}",
        "the new extraction room is at {}",
        "bring the empty buckets back to {} after the market",
        "maha {} ma pathaunu",
        "отправь рамки по адресу {}",
        "kirim botol madu ke {} ya",
        "mandá los frascos a {}",
        "the swarm is in the garden at {}, come quick",
        "Address: {}",
        "Адрес: {}",
        "Alamat: {}",
        "Dirección: {}",
        "Delivery address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the order form to {}",
        "the co-op secretary writes from {}",
        "the lab report for batch 14 went to {}",
        "the Google Sheet is shared with {}",
        "forward the invoice for the jars to {} please",
        "отправь накладную на {}",
        "kirim hasil lab madu ke {} ya",
        "mandale la factura a {}",
        "E-mail: {}",
        "Email: {}",
        "Correo: {}",
        "Эл. почта: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when you reach the market",
        "the swarm catcher's number is {}",
        "the beekeeper in Salleri is on {}",
        "whatsapp {} for the honey order",
        "the inspector is on {}",
        "maha chahiyo bhane {} ma phone garnu",
        "позвони мне на {}, рой улетает",
        "перевод по СБП на номер {}",
        "hubungi {} untuk pesan madu",
        "kirim DANA ke {} ya",
        "llamame al {} cuando llegués al mercado",
        "mandá la plata por Tigo Money al {}",
        "Phone: {}",
        "Телефон: {}",
        "No. HP: {}",
        "Teléfono: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the new extractor with {}",
        "the jars were charged to {}",
        "the market fee went on {} twice",
        "book the stall for the fair with {} please",
        "the frames and foundation were paid with {}",
        "оплатил рамки картой {}",
        "aku bayar botol madu pakai kartu {}",
        "pagué el extractor con la tarjeta {}",
        "Card: {}",
        "Card number: {}",
        "Номер карты: {}",
        "Nomor kartu: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the co-op's account for the honey order is {}",
        "pay the beekeeper into {}",
        "the buyer sends the money to {}",
        "the trekking agency in Zurich pays for the honey into {}",
        "send the refund for the broken jars to {} please",
        "покупатель из Алматы платит на {}",
        "pembeli di Jeddah transfer ke {}",
        "el comprador en San José paga a la cuenta {}",
        "IBAN: {}",
        "Beneficiary IBAN: {}",
        "IBAN получателя: {}",
        "IBAN del comprador: {}",
    ],
    "USERNAME": [
        "the co-op's Telegram is @{}",
        "on tiktok the honey shop is {}",
        "my login for the market stall app is {}",
        "the Intertek lab portal user of the co-op is {}",
        "the Airtable user of the secretary is {}",
        "my handle in the co-op's group chat is @{}",
        "мой логин в приложении рынка {}",
        "username Instagram toko madu kami {}",
        "mi usuario de la app del mercado es {}",
        "Login: {}",
        "Username: {}",
        "Логин: {}",
        "User: {}",
        '"username": "{}",',
    ],
}
HELDOUT117_MIXED = [
    ("Member name: {}\nDate of birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name: {}\nE-mail: {}\nPassword: {}", ["PERSON", "EMAIL_ADDRESS", "SECRET"]),
    ("ФИО: {}\nДата рождения: {}\nАдрес: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Nama lengkap: {}\nTempat/Tgl. Lahir: Banda Aceh, {}\nAlamat: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Apellidos y nombres: {}\nFecha de nacimiento: {}\nTeléfono: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Family name, given names: {}\nPhone: {}", ["PERSON", "PHONE_NUMBER"]),
    ("{} paid for the jars with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the honey money in {}", ["PERSON", "IBAN_CODE"]),
    ("the swarm catcher is {}, {}, and wants his fee in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("stall app login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Consignee: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) sent the lab report", ["PERSON", "EMAIL_ADDRESS"]),
    ("the jar supplier charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the order form to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change it on the member list", ["PERSON", "STREET_ADDRESS"]),
    ("Account holder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the card reader is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("COOP_DB_HOST={}\nCOOP_DB_USER={}\nCOOP_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} takes the extractor and {} drives the van", ["PERSON", "PERSON"]),
    ("{} wants the lab report sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Пчеловод: {}\nТелефон: {}", ["PERSON", "PHONE_NUMBER"]),
]  # fmt: skip
HELDOUT117_NEGATIVES = [
    "Namche Bazaar, Khumjung and Thame are the villages of Khumbu",
    "the Tenzing-Hillary Airport in Lukla is the way into Khumbu",
    "Khumbu Pasanglhamu Rural Municipality is named after the first Nepali woman on Everest",
    "Ama Dablam is the mountain above Pangboche, not anybody's mother",
    "Sherpas name a child after the day of the week: Nima is Sunday, Dawa Monday, Mingma Tuesday",
    "Lhakpa is Wednesday, Phurba Thursday, Pasang Friday and Pemba Saturday",
    "Ang before a Sherpa name means young, and many papers write Sherpa as the family name",
    "dai is an elder brother and didi an elder sister in Nepali, Ama is a mother and Aku an uncle",
    "the cliff honey of the Himalayan giant bee is sold as mad honey, eat only a spoon",
    "a jar of Khumbu honey is 1,200 rupees at the Boudha market",
    "IME Pay and Fonepay QR both work at the stall",
    "tashi delek, thuche che for the tea",
    "the Boudha stupa market opens at 6 on Saturdays",
    "Toong Soong and Ghoom are on the road from Darjeeling to Jorebunglow",
    "the Aldan-Maadyr National Museum in Kyzyl has a room on beekeeping in the taiga",
    "акый is an elder brother and угбай an elder sister in Tuvan, кадай an old woman",
    "a Tuvan family name is a clan name and is the same for a man and a woman",
    "Tuvan boys' names often end in -ool, which means boy",
    "the Centre of Asia monument stands on the bank of the Yenisei in Kyzyl",
    "литр таёжного мёда на рынке в Кызыле стоит 1200 рублей",
    "экии! четтирдим",
    "a kozhuun is a district of Tuva, Piy-Khem's centre is Turan",
    "the Evotor 7.3 is the card terminal most stalls in Kyzyl have",
    "перевод по СБП без комиссии до 100 000 рублей в месяц",
    "the Sultan Iskandar Muda airport is 16 km from Banda Aceh",
    "Cut Nyak Dhien's house in Lampisang and Teuku Umar's grave are on the heritage tour",
    "the Cut Meutia hospital in Lhokseumawe and the Tgk. Chik di Tiro street are named after heroes",
    "Teungku is a religious teacher, Teuku and Cut are the titles of the old nobility",
    "an Acehnese has no family name, the second name is often the father's",
    "bin and binti mean son of and daughter of on the marriage papers",
    "the Masjid Raya Baiturrahman is the great mosque of Banda Aceh",
    "satu botol madu hutan Rp 150.000 di pasar Peunayong",
    "Bank Aceh Syariah and BSI are the only banks in Aceh since the qanun",
    "NIK 1171xxxxxxxxxxxx is the example in the KTP guide",
    "peu haba? lôn get-get mantong",
    "koperasi madu rapat hari Jumat setelah shalat",
    "the Augusto C. Sandino airport in Managua has a flight to Bilwi every morning",
    "Tio and Tia are uncle and aunt, Misis is Mrs on the Miskito Coast",
    "a Miskito name on a cédula has two family names, the father's first",
    "the Moravian church in Bilwi rings at 6",
    "URACCAN in Bilwi teaches beekeeping on Saturdays",
    "un galón de miel cuesta 900 córdobas en el mercado de Bilwi",
    "en Puerto Lempira el litro de miel está a 250 lempiras",
    "naksa, tingki pali",
    "the panga from Waspam comes down the Río Coco on Tuesdays",
    "Tigo Money, Banpro and LAFISE all take payments for the co-op",
    "a cédula number like 601-140388-0001X is no one's name",
    "the Langstroth and the Dadant are the two hives the co-op uses",
    "the Lyson 4-frame extractor costs about 600 dollars",
    "the ATAGO PAL-22S refractometer reads the honey's moisture",
    "a Pine Labs terminal is what the Darjeeling stalls take cards with",
    "lab report LR-2026-0614: moisture 17.8 percent, HMF 12 mg/kg, diastase 14",
    "batch B-117-0415 is the spring honey from Pidie",
    "order PO-2026-0087 is 400 jars for the buyer in Jeddah",
    "stall 14 on row C is the co-op's at the Saturday market",
    "hive registration 17/2026/0312 is for 40 colonies",
    "error 05 on the card reader means the bank declined it",
    "the PAX terminal's default admin password is in the manual, change it",
    "the router's default login is admin with the password admin, change it",
    "the Airtable default base is called Untitled Base, rename it",
    "TELEGRAM_BOT_TOKEN=your-token-here",
    "AIRTABLE_TOKEN=changeme",
    "wifi password: ********",
    "4111 1111 1111 1111 is the test card for the co-op's web shop",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the bank's guide",
    "write to orders@example.com for wholesale honey",
    "192.0.2.117 is a documentation address",
    "198.51.100.17 is a documentation address",
    "2001:db8:117::1 is a documentation address",
    "the honey fair starts on 2026-07-10",
    "the co-op's AGM is on 14/06/2027",
    "the market is closed from 24/12 to 06/01",
    "the hive inspection is on March 12, 2027 at 9 am",
    "the swarm season ends on 15-06-2026 in Pidie",
    "we need two more extractors and a settling tank",
    "bring the veils and the smoker for the inspection",
    "extraction at 7, market at 9",
    "see you at the apiary tomorrow",
    "the market went great, we sold every jar",
    "the queens came by post and they are all alive",
    "the van needs a new tyre before the fair",
    "the spring honey is lighter than the autumn one",
    "the deposit for the stall is 30 percent of the fee",
]  # fmt: skip


def _typo117(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a theme word's well-known misspelling ('beekeeper' -> 'beekeper', 'receipt'
    -> 'reciept', 'apiary' -> 'apiery', Spanish 'abejas' -> 'avejas', Russian 'пасека' -> 'посека'), or chat
    shorthand in the set's languages ('please' -> 'pls', Russian 'спасибо' -> 'спс', Indonesian 'tolong' ->
    'tlg', Spanish 'por favor' -> 'xfa'). Only in sentences typed to the bot or a friend; a title or a kin
    word by a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT117.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT117[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT117.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT117[m.group(1)] + template[m.end() :]


def build_heldout117(seed: int = HELDOUT117_SEED) -> list[Example]:
    """Held-out set 117: `Gen117` values in `HELDOUT117_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen117.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen117(seed)
    examples = assemble_module_set(
        gen, HELDOUT117_TEMPLATES, HELDOUT117_MIXED, HELDOUT117_NEGATIVES, _typo117, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
