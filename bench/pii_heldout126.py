"""Held-out PII set 126 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout126": written during round 70 by a separate author who did not open privacy/, never ran the scrubber
on it, never saw Kaizen's misses on it and kept it out of any training (no faker name locale:
NAME_LOCALES_HELDOUT126 is empty, as for the sets before it; written at the same time as held-out 127 by
another author, neither seeing the other's set, and none of the peoples that author was given (the Seto, the
Maguindanao, the Tujia and the Ede) is drawn here). The theme: laundrettes, dry cleaners, laundry and ironing
services as customers, staff and owners talk about them: the service wash and the dry-cleaning ticket, a stain
or a lost shirt and the claim form, pickup and delivery by a laundry app and its login, the shared laundry
room in the basement of a block of flats and its booking, the laundrette's card machine, coin or app payment
(a Mir card, UPI, Touch 'n Go, DANA), the shop's Wi-Fi and alarm, a customer's account and loyalty card, a
refund to an account, a wedding dress cleaned for the day, a small firm's uniform contract (a hotel's staff, a
café's aprons); the Russian 'прачечная' and 'химчистка', Nagaland's dhobi, Sarawak's 'dobi layan diri',
Ambon's 'laundry kiloan' and the Dutch 'wasserette' and 'stomerij'. The first 40 lines of
bench/pii_heldout27.py to 125.py were grepped for 'laundr', 'dry clean', 'dobi' and 'ironing': held-out 33 had
laundromats among a dozen places of city life (and a laundromat card reader's IP), 78 24-hour laundrettes and
a laundrette's service-wash ticket among night work, and 100 the dry cleaner's ticket among tailoring and
clothes; none took laundry as its whole theme, so this set keeps the theme it was given. Ticket, order,
locker, washer and dryer numbers, booking slots, prices and fees, opening hours, kilos and dates that are no
one's birthday are no PII of TYPES: they come only in negatives.

The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 125.py) and bench/pii.py
for each people the brief named, their towns and their names. The Bhutia of Sikkim were swapped: held-out 105
took the Lepcha and Limbu of Sikkim as a main people, with Gangtok's and Namchi's addresses, and the
Tibetan-Buddhist names the Bhutia carry are largely taken ('Karma', 'Tshering', 'Pema', 'Dorjee', 'Tenzing',
'Sonam', 'Dawa', 'Ugen', 'Phurba', 'Nima', 'Lhendup', 'Passang', 'Norbu', 'Tashi', 'Diki', 'Lhamu', 'Yangzom',
'Ongmu', 'Dechen', 'Dolma', 'Choden', 'Yangchen', and the family names 'Namgyal', 'Kazi', 'Gyatso', 'Lama',
'Wangdi', 'Gyaltsen'), so this set takes the Ao Nagas of Mokokchung in Nagaland in their place, with the same
Indian formats ('+91', UPI, RuPay); bench/pii.py's held-out 12 has a short 'naga' list (Angami and Ao names
mixed) among dozens of peoples and held-out 76 had Tangkhul Naga students, but no set had the Ao or
Mokokchung. The other three are no main people of any module set: bench/pii.py's held-out 19 has a short Veps
list ('Zinaida', 'Nina', 'Irma', 'Pavel', 'Valentina', 'Aleksandr', 'Lidija', 'Vladimir', 'Strogalščikova',
'Zaiceva', 'Mullonen', 'Abramov', 'Pahomova', 'Lukkojev', 'Vinokurova', 'Kuzmin'), a Sheltozero address in
Latin letters (ul. Lesnaya, Vepsskaya, Pochtovaya) and Petrozavodsk's '(8142)' phones; held-out 13 has
Kuching's lots on Jalan Song, Padungan and Tabuan and Kuching's '082' phones, but no Bidayuh; held-out 16 has
a short 'moluccan' list ('Yopie', 'Glenn', 'Ongky', 'Lilian', 'Marcus', 'Nancy', 'Franky', 'Evi',
'Latuhamallo', 'Pattinasarany', 'Tuasikal', 'Pelupessy', 'Matulessy', 'Sahetapy', 'Latumahina', 'Siahaya'),
Ambon's Jl. Pattimura and Ambon's '+62 911' lines. So the Vepsians, the Bidayuh and the Ambonese stay, and
this set leaves out every name those lists hold and every name an earlier set holds that these peoples carry
too: Russian given names of the Veps villages 'Afanasiy', 'Nikanor', 'Kapiton', 'Trofim', 'Prokhor',
'Gerasim', 'Tikhon', 'Vikentiy', 'Kapitolina', 'Avgusta', 'Glafira', 'Nonna', 'Taisiya', 'Marfa', 'Ulyana',
'Klavdiya', 'Raisa', 'Agniya', 'Pelageya', 'Терентий' (held in Cyrillic) and the family names 'Gavrilov',
'Yegorov', 'Semakov'; Ao 'Temjen', 'Sashi', 'Meyasenla', 'Jamir', 'Walling'; the Catholic and Anglican names
of Sarawak 'Sylvester', 'Gabriel', 'Ambrose', 'Boniface', 'Gregory', 'Dominic', 'Anselm', 'Cornelius',
'Aloysius', 'Clement', 'Ignatius', 'Bernadette', 'Magdalene', 'Felicia', 'Theresa', 'Agnes', 'Scholastica',
'Veronica', 'Perpetua', 'Cecilia', 'Juliana', 'Ursula' and the Bidayuh and Dayak names 'Sidi', 'Ajang',
'Mengga', 'Duan', 'Jugah', 'Bulan', 'Dayang', 'Tamin'; Ambonese 'Hengky', 'Nelson', 'Yance', 'Rudy', 'Eddy',
'Jacky', 'Ricky', 'Nicky', 'Femmy', 'Yolanda', 'Betsy', 'Ina'. The places were grepped the same way: Rybreka,
Shoksha, Vinnitsy, Podporozhye, Drevlyanka, Antikainena and Shotmana streets and every Cyrillic place name
here, Mokokchung, Alempang, Arkong, Kumlong, Ungma, Impur, Dimapur and Half Nagarjan, Stapok, Stutong, Opar,
Serasot, Annah Rais, Padawan, Mongkos, Tebakang and Serian, Honipopu, Kudamati, Passo, Baguala, Soya, Sirimau,
Vaassen, Bovensmilde and Culemborg come up in no earlier set; Sheltozero comes here only in Cyrillic with a
street of its own, Kuching and Bau with streets and kampungs of their own, Ambon without Jl. Pattimura (save
in a negative); the e-mail domains ziggo.nl came in an earlier set, and the formats of the four countries
('+7', '+91', '+60', '+62', '+31') did before.

Hand-written lists of four peoples: the Vepsians of Prionezhye (Sheltozero, Rybreka), Petrozavodsk and the
Podporozhye district (the Russian given names of the older village generation and the Russian-form family
names of the Veps villages, in Latin letters and in Cyrillic ('Evdokim Kukoev', 'Евдоким Кукоев'), a woman's
family name in '-a' ('Serafima Kukoeva', 'Серафима Кукоева'), a Russian form's family name, given name and
patronymic ('Кукоев Евдоким Фотиевич'), the given name and patronymic of polite address ('Серафима Фотиевна'),
initials after the family name ('Кукоев Е. Ф.'), a passport's ICAO spelling in capitals ('KUKOEV EVDOKIM',
'KIRIANOVA LUKERIA'), and 'тётя', 'дядя', 'баба' and 'дед' before a given name, outside the span); the Ao
Nagas of Mokokchung and Dimapur (Ao given names, a woman's mostly in '-la' ('Imkong', 'Alemla'), and the
family names of Ao clans ('Longkumer', 'Aier', 'Imchen', 'Pongen'), a middle initial as Nagaland writes it
('Imkong T. Longkumer'), initials ('I. T. Longkumer'), a form's block letters ('IMKONG T. LONGKUMER'), and
'Pastor', 'Aunty' and 'Uncle' before a given name and 'Rev.' before a family name, outside the span); the
Bidayuh of Kuching, Bau and Serian (the Catholic and Anglican given names the missions gave ('Rufinus',
'Lidwina') and a father's Bidayuh given name after 'anak' (child of): 'Rufinus anak Nyaun', its short form
'Rufinus ak Nyaun', 'anak' dropped as many now write it ('Rufinus Nyaun'), the MyKad's capitals ('RUFINUS ANAK
NYAUN'), and the Malaysian 'Pakcik', 'Makcik', 'Kak', 'Abang', 'Encik', 'Puan' and the English 'Aunty' and
'Uncle' before a given name, outside the span); and the Ambonese of Ambon and the Moluccans of the Netherlands
(given names of the Dutch-Moluccan kind ('Semmy', 'Mientje') and Ambon's fam names ('Pattiasina', 'Tuhumury'),
two given names ('Semmy Otje Pattiasina'), Dutch initials ('S.O. Pattiasina') and a Dutch form's 'Achternaam,
voorletters' ('Pattiasina, S.O.'), the KTP's capitals ('SEMMY PATTIASINA'), and Ambon Malay 'usi', 'nyong',
'nona', 'tante', 'om', 'oma' and 'opa', Indonesian 'Pak' and 'Ibu' before a given name and Dutch 'meneer' and
'mevrouw' before a family name, outside the span). No public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT126, checked without marks and case: a Veps poet and Veps scholars, an Ao writer, Ao
leaders and an MP, Bidayuh politicians, Moluccan singers, a Moluccan statesman and Maluku's heroes; the lists
cannot make any of them), and Maluku's heroes come only in negatives, by the names Ambon's streets and statues
give them (Pattimura, Martha Tiahahu). Every one of those name forms, and names with a typo ('Kalinkni',
'Longkumar', 'Dubing', 'Patiasina'), is forced into the build at least once whatever the seed (a form the
draws have not reached comes in a sentence of its own), and each people also gets a titled name, a name in
capitals on a form and one in lower case in chat (a Veps one in Cyrillic); the address, the phone, the e-mail,
the IBAN or the date of birth after a name mostly comes from that name's region.

Names on papers in Russian ('ФИО:', 'Фамилия, имя, отчество:', 'Заказчик:', 'Приёмщица:'), a passport's
capitals ('Name as in the passport:'), Indian English ('Name (in BLOCK letters):'), Malay ('Nama (seperti
dalam MyKad):', 'Nama pelanggan:'), Indonesian ('Nama (sesuai KTP):', 'Pelanggan:'), Dutch ('Achternaam,
voorletters:', 'Klant:'), English ('Customer:', 'Service wash for:', 'Claim submitted by:'), a laundry room's
'| ... |' booking row, JSON and YAML; those regions' addresses ('г. Петрозаводск, ул. Антикайнена, д. 12, кв.
45', 'Прионежский р-н, с. Шёлтозеро, ул. Школьная, д. 12', 'Ленинградская обл., Подпорожский р-н, с. Винницы,
ул. Советская, д. 12', 'H. No. 12, Alempang Ward, Mokokchung, Nagaland 798601', 'H. No. 12, Half Nagarjan,
Dimapur, Nagaland 797112', 'No. 12, Lorong 3, Jalan Stapok, 93250 Kuching, Sarawak', 'No. 12, Kampung Opar,
94000 Bau, Sarawak', 'Lot 12, Kampung Mongkos, 94700 Serian, Sarawak', 'Jl. Dr. Kayadoe No. 12, Kudamati, Kec.
Nusaniwe, Ambon', 'Desa Passo, RT 04/RW 02, Kec. Baguala, Kota Ambon', 'Saparuastraat 12, 8171 AB Vaassen');
phones (Russian mobiles '+7 9..' and '8 9..', Petrozavodsk's '(8142)' and Podporozhye's '(81365)'; Indian
mobiles with '+91' and without, Mokokchung's '0369' and Dimapur's '03862'; Malaysian mobiles '01.' with '+60'
and without, Kuching's, Bau's and Serian's '082'; Indonesian mobiles '08..' and '+62 8..', Ambon's '(0911)',
Dutch mobiles '+31 6' and '06-'); Visa, Mastercard, Mir ('2200'-'2204'), RuPay ('6522', '6070', '5085') and
Amex cards; IBANs: Finland for a Veps son's or daughter's account (Russia has none), the United Kingdom for a
Bidayuh nurse's or student's (Malaysia has none), the Netherlands for the Moluccans there (Indonesia has
none), and any of these for an Ao (India has none); IPs of the laundrette's card machine, the washers'
controller, the payment kiosk, the shop's camera, the laundry app's login alerts, sshd and nginx lines, v4 and
v6; logins and secrets as customers and staff hand them over (the laundry room's door code, the shop's alarm
code, the pickup locker's code, the laundry app's password, the laundrette's Wi-Fi, the card machine's admin
password, a Mir, UPI, Touch 'n Go or DANA PIN, a bank's SMS code), with cues in English ('don't tell anyone'),
Russian ('никому не говори', 'никому не сообщайте'), Nagamese ('kakau nokobi'), Sarawak Malay ('jangan padah
sapa-sapa'), Malay ('jangan bagi tahu orang'), Ambon Malay ('jang kasi tau sapa-sapa'), Indonesian ('jangan
kasih tahu siapa-siapa') and Dutch ('niet doorvertellen'), a Wi-Fi QR string and .env lines (the laundry app's
API key and database password, a Stripe key, a Midtrans server key, a Razorpay secret, a YooKassa secret key,
a Twilio token); dates of birth in each people's shapes (Russian '14.03.1987' and '14 марта 1987 г.', Indian
'14/03/1987', '14-03-1987' and '14th March 1987', Malaysian '14/03/1987' and '14 Mac 1987', Indonesian
'14-03-1987' and '14 Maret 1987', Dutch '14 maart 1987', an export's ISO date), drawn between fixed years
(1940 to 2007) from the set's own rng so the set builds the same on any day; typos as chat types them (a
laundry word's misspelling: 'laundry' -> 'laundary', 'receipt' -> 'reciept', 'detergent' -> 'detergant',
'ironing' -> 'ironning', Russian 'химчистка' -> 'химчиска', Indonesian 'setrika' -> 'strika', Dutch
'wasserette' -> 'wassarette'; chat shorthand: 'please' -> 'pls', 'because' -> 'coz', Russian 'спасибо' ->
'спс' and 'пожалуйста' -> 'пж', Malaysian 'terima kasih' -> 'tq', Malay and Indonesian 'sudah' -> 'sdh',
'yang' -> 'yg', 'tidak' -> 'tdk'); negatives with the same places, the titles and kin words explained, the
naming customs, prices in roubles, rupees, ringgit, rupiah and euros, ticket, order, locker, washer and
booking-slot numbers, care labels, public figures' names in streets and statues (Pattimura, Martha Tiahahu),
placeholder secrets, a test card, the example IBAN, a placeholder e-mail, documentation IPs, dates that are no
one's birthday and short everyday chat in Russian, Vepsian, Nagamese, Malay, Ambon Malay, Indonesian, Dutch
and English.

Forms this author is unsure of, said here rather than guessed silently: the Veps villages mostly carry Russian
given names and Russian-form family names, so the given names are old Russian ones as an older village
generation has them, and the family names ('Kukoev', 'Ankhimov', 'Pulkin', 'Kalinkin', 'Moshnikov',
'Kiryanov', 'Yeremeev', 'Lonin', 'Konoshin', 'Fofanov', 'Anufriev', 'Kotkin') are from memory of Prionezhye
and Podporozhye and not checked to be Veps rather than Russian or Karelian; the Vepsian words ('Tervhen',
'Spasib', 'Šoltjärv', 'Petroskoi') are from memory; Petrozavodsk's streets are sure, Sheltozero's Школьная,
Rybreka's Центральная and Vinnitsy's Советская streets are guesses that every such village has one, and
Podporozhye's '(81365)' code and the postcodes '1850..' are from memory. The Ao given names and clan names are
from memory and not checked against a register, nor is how common each is; Mokokchung's wards (Alempang,
Arkong, Kumlong), Ungma's khels, Impur's mission compound, the PIN codes '798601' and '797112', the STD codes
'0369' and '03862' are from memory; the Nagamese lines ('laga kapra dhobi ghor te ase, kali lobo', 'kakau
nokobi', 'aji dhobi bondh ase') are the author's composition and not checked with a speaker, and 'Moatsu' and
the Ao '-la' of women's names are from memory. The Bidayuh given names are Catholic and Anglican names of the
kind Sarawak's missions gave, not taken from a register; the fathers' names after 'anak' ('Nyaun', 'Sinang',
'Dubeng', 'Miyang', 'Bijau', 'Ridu', 'Sirai', 'Kiyu', 'Nyomek', 'Ngadan', 'Dimbab', 'Mujan', 'Simpok',
'Jiram', 'Kiroh', 'Sumok') are from memory of Sarawak's news and not checked to be Bidayuh rather than Iban or
Selako; the kampungs of Bau, Padawan and Serian are sure as places, the lots and numbers are not, and the
'082-41.', '082-76.' and '082-87.' lines of Kuching, Bau and Serian are guesses; the Sarawak Malay 'kamek' and
'padah' are as the author knows them. The Ambonese given names are of the kind Dutch-Moluccan families give,
from memory; the fam names are common Ambonese ones as far as the author knows; Ambon's kelurahan and negeri
are sure, the RT and RW numbers are not; the Moluccan neighbourhoods of Vaassen, Bovensmilde and Culemborg are
real, but their streets here ('Saparuastraat', 'Ceramstraat', 'Amboinastraat') are the author's guess at the
island names such streets carry, with the towns' postcodes ('8171', '9421', '4101') from memory; the Ambon
Malay lines ('su ambil cucian', 'jang kasi tau sapa-sapa', 'dangke') are the author's composition. The Finnish
bank codes of the IBANs ('1' Nordea, '5' OP, '8' Danske Bank, '39' S-Pankki) and 'petrsu.ru' and 'unimas.my'
as the universities' domains in Petrozavodsk and Kuching are as recalled.

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

HELDOUT126_SEED = 1263581
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT126: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT126 = ["veps", "ao", "bidayuh", "ambonese"]
# the people whose names are written in Cyrillic as well as in Latin letters
CYRILLIC_ORIGINS_HELDOUT126 = ("veps",)
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")

# the Vepsians of Prionezhye (Sheltozero, Rybreka, Shoksha), Petrozavodsk and the Podporozhye district: the
# Russian given names of the older village generation (Latin: Cyrillic) and Russian-form family names of
# the Veps villages, a woman's with '-a'
VEPS_MEN_HELDOUT126 = {
    "Evdokim": "Евдоким",
    "Anisim": "Анисим",
    "Fotiy": "Фотий",
    "Leontiy": "Леонтий",
    "Yefim": "Ефим",
    "Arseniy": "Арсений",
    "Onisim": "Онисим",
    "Veniamin": "Вениамин",
}
VEPS_WOMEN_HELDOUT126 = {
    "Serafima": "Серафима",
    "Evstoliya": "Евстолия",
    "Faina": "Фаина",
    "Evfrosinya": "Евфросинья",
    "Alevtina": "Алевтина",
    "Iraida": "Ираида",
    "Lukerya": "Лукерья",
}
VEPS_FAMILY_HELDOUT126 = {
    "Kukoev": "Кукоев",
    "Ankhimov": "Анхимов",
    "Pulkin": "Пулькин",
    "Kalinkin": "Калинкин",
    "Moshnikov": "Мошников",
    "Kiryanov": "Кирьянов",
    "Yeremeev": "Еремеев",
    "Lonin": "Лонин",
    "Konoshin": "Коношин",
    "Fofanov": "Фофанов",
    "Anufriev": "Ануфриев",
    "Kotkin": "Коткин",
}
# the patronymic a father's given name makes: (a son's, a daughter's), in Cyrillic ('Фотий' -> 'Фотиевич',
# 'Леонтий' -> 'Леонтьевич': the '-ий' names take '-ьевич' or '-иевич' as usage has it)
VEPS_PATRONYMICS_HELDOUT126 = {
    "Evdokim": ("Евдокимович", "Евдокимовна"),
    "Anisim": ("Анисимович", "Анисимовна"),
    "Fotiy": ("Фотиевич", "Фотиевна"),
    "Leontiy": ("Леонтьевич", "Леонтьевна"),
    "Yefim": ("Ефимович", "Ефимовна"),
    "Arseniy": ("Арсеньевич", "Арсеньевна"),
    "Onisim": ("Онисимович", "Онисимовна"),
    "Veniamin": ("Вениаминович", "Вениаминовна"),
}
# Russian passports' Latin letters (ICAO Doc 9303, used since 2014)
ICAO_HELDOUT126 = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
# the Ao Nagas of Mokokchung (and Dimapur): Ao given names (a woman's mostly in '-la') and the family names
# of Ao clans and lineages
AO_MEN_HELDOUT126 = [
    "Imkong",
    "Bendang",
    "Akum",
    "Tiakaba",
    "Imnawapang",
    "Moatemsu",
    "Watitemsu",
    "Supongmeren",
    "Yanger",
    "Imtisunep",
]
AO_WOMEN_HELDOUT126 = [
    "Alemla",
    "Sentila",
    "Akumla",
    "Imliwati",
    "Asenla",
    "Limasenla",
    "Bendangla",
    "Arenla",
    "Toshila",
    "Imtila",
]
AO_FAMILY_HELDOUT126 = (
    "Longkumer Aier Imchen Pongen Longchar Lemtur Ozukum Kichu Changkija Imsong Pongener".split()
)
# the letters an Ao middle initial is drawn from ('Imkong T. Longkumer')
AO_INITIALS_HELDOUT126 = "ABILMNOPSTWY"
# the Bidayuh of Kuching, Bau and Serian: Catholic and Anglican given names as the missions gave them, and
# the Bidayuh given names that stand as a father's name after 'anak' (child of)
BIDAYUH_MEN_HELDOUT126 = [
    "Rufinus",
    "Germanus",
    "Tarcisius",
    "Herculanus",
    "Osmund",
    "Wendelin",
    "Bonaventure",
    "Linus",
]
BIDAYUH_WOMEN_HELDOUT126 = [
    "Bibiana",
    "Lidwina",
    "Emiliana",
    "Petronella",
    "Imelda",
    "Benedicta",
    "Crispina",
    "Placida",
]
BIDAYUH_FATHERS_HELDOUT126 = (
    "Nyaun Sinang Dubeng Miyang Bijau Ridu Sirai Kiyu Nyomek Ngadan Dimbab Mujan Simpok Jiram Kiroh "
    "Sumok".split()
)
# 'anak' (child of) between a given name and the father's, and its short form 'ak' as papers and chat write it
ANAK_HELDOUT126 = ("anak", "ak")
# the Ambonese of Ambon and the Moluccans of the Netherlands: given names of the Dutch-Moluccan kind and the
# 'fam' (family) names of Ambon and the Lease islands
AMBONESE_MEN_HELDOUT126 = [
    "Semmy",
    "Decky",
    "Otje",
    "Stevy",
    "Jopie",
    "Wempy",
    "Buce",
    "Frits",
    "Dolf",
    "Ongen",
]
AMBONESE_WOMEN_HELDOUT126 = [
    "Corry",
    "Mientje",
    "Lientje",
    "Welmintje",
    "Meity",
    "Telly",
    "Netty",
    "Jacoba",
]
AMBONESE_FAMILY_HELDOUT126 = (
    "Pattiasina Latuheru Tuhumury Wattimena Tahapary Lekatompessy Manuputty Tupamahu Huwae Nanlohy "
    "Sopacua Sapulette Tomasoa Loupatty Lokollo Mailoa Souisa Nikijuluw Tehupeiory Leiwakabessy".split()
)
# each origin: (men's given names, women's given names, family names), in Latin letters (a Bidayuh's
# 'family' name is his father's given name)
NAMES_HELDOUT126: dict[str, tuple[list[str], list[str], list[str]]] = {
    "veps": (list(VEPS_MEN_HELDOUT126), list(VEPS_WOMEN_HELDOUT126), list(VEPS_FAMILY_HELDOUT126)),
    "ao": (AO_MEN_HELDOUT126, AO_WOMEN_HELDOUT126, AO_FAMILY_HELDOUT126),
    "bidayuh": (BIDAYUH_MEN_HELDOUT126, BIDAYUH_WOMEN_HELDOUT126, BIDAYUH_FATHERS_HELDOUT126),
    "ambonese": (AMBONESE_MEN_HELDOUT126, AMBONESE_WOMEN_HELDOUT126, AMBONESE_FAMILY_HELDOUT126),
}
CYRILLIC_HELDOUT126 = {**VEPS_MEN_HELDOUT126, **VEPS_WOMEN_HELDOUT126, **VEPS_FAMILY_HELDOUT126}
# full names a draw must never give (checked without marks and case); the lists cannot make them, the guard
# keeps it so should a list grow: a Veps poet and Veps scholars, an Ao writer, Ao leaders and politicians,
# Bidayuh politicians, Moluccan singers, a Moluccan statesman and Maluku's heroes
PUBLIC_FIGURES_HELDOUT126 = {
    "Nikolai Abramov",
    "Zinaida Strogalshchikova",
    "Nina Zaitseva",
    "Temsula Ao",
    "Imkongliba Ao",
    "Temjen Imna Along",
    "Supongmeren Jamir",
    "Jerip Susil",
    "Michael Manyin",
    "Roland Sagah",
    "Richard Riot",
    "Johannes Leimena",
    "Ruth Sahanaya",
    "Bob Tutupoly",
    "Harvey Malaiholo",
    "Daniel Sahuleka",
    "Glenn Fredly",
    "Martha Christina Tiahahu",
    "Thomas Matulessy",
}
# a family name (a Bidayuh's father's name) with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT126 = {
    "veps": {"Kalinkin": "Kalinkni", "Moshnikov": "Moshnikiv", "Ankhimov": "Ankimov"},
    "ao": {"Longkumer": "Longkumar", "Changkija": "Changkja", "Ozukum": "Ozukm"},
    "bidayuh": {"Dubeng": "Dubing", "Simpok": "Simpock", "Nyomek": "Nyomok"},
    "ambonese": {"Pattiasina": "Patiasina", "Lekatompessy": "Lekatompesy", "Nikijuluw": "Nikijulu"},
}
# a title or a kin word before the name (outside the span): the origins, whether a woman (None: either) and
# the part of the name it goes with
TITLED_HELDOUT126: dict[str, tuple[tuple[str, ...], bool | None, str]] = {
    "тётя": (("veps",), True, "given"),  # aunt, any older woman of the village
    "дядя": (("veps",), False, "given"),  # uncle
    "баба": (("veps",), True, "given"),  # granny
    "дед": (("veps",), False, "given"),  # grandad
    "pastor": (("ao",), False, "given"),  # Nagaland's Baptist churches
    "rev.": (("ao",), None, "family"),
    "aunty": (("ao", "bidayuh"), True, "given"),
    "uncle": (("ao", "bidayuh"), False, "given"),
    "pakcik": (("bidayuh",), False, "given"),  # Malaysian: uncle, any older man
    "makcik": (("bidayuh",), True, "given"),  # aunt, any older woman
    "kak": (("bidayuh",), True, "given"),  # elder sister, any young woman
    "abang": (("bidayuh",), False, "given"),  # elder brother
    "encik": (("bidayuh",), False, "given"),  # Mr, before the given name as Malaysia writes it
    "puan": (("bidayuh",), True, "given"),  # Mrs, Madam
    "usi": (("ambonese",), True, "given"),  # Ambon Malay: elder sister
    "nyong": (("ambonese",), False, "given"),  # a young man
    "nona": (("ambonese",), True, "given"),  # a young woman
    "tante": (("ambonese",), True, "given"),
    "om": (("ambonese",), False, "given"),
    "oma": (("ambonese",), True, "given"),
    "opa": (("ambonese",), False, "given"),
    "pak": (("ambonese",), False, "given"),  # Indonesian: Mr, before the given name
    "ibu": (("ambonese",), True, "given"),
    "meneer": (("ambonese",), False, "family"),  # Dutch: Mr
    "mevrouw": (("ambonese",), True, "family"),  # Dutch: Mrs
}
TITLE_SLOT_HELDOUT126 = re.compile(
    r"(?<![\w'’])(тётя|дядя|баба|дед|pastor|rev\.|aunty|uncle|pakcik|makcik|kak|abang|encik|puan|usi|"
    r"nyong|nona|tante|oma|opa|om|pak|ibu|meneer|mevrouw) \{\}",
    re.IGNORECASE,
)
# the name forms the build holds at least once each, whatever the seed
FORCED_FORMS_HELDOUT126 = [
    ("veps", "latin"),
    ("ao", "full"),
    ("bidayuh", "anak"),
    ("ambonese", "full"),
    ("veps", "cyrillic"),
    ("veps", "russian_form"),
    ("veps", "name_patronymic"),
    ("veps", "initials_cyr"),
    ("veps", "female_cyrillic"),
    ("veps", "female_latin"),
    ("veps", "passport"),
    ("ao", "middle_initial"),
    ("ao", "initials"),
    ("ao", "caps"),
    ("bidayuh", "ak"),
    ("bidayuh", "no_anak"),
    ("bidayuh", "mykad"),
    ("ambonese", "double_given"),
    ("ambonese", "dutch_initials"),
    ("ambonese", "dutch_form"),
    ("ambonese", "ktp"),
    ("veps", "typo"),
    ("ao", "typo"),
    ("bidayuh", "typo"),
    ("ambonese", "typo"),
]
# forms written in Cyrillic (they want a Cyrillic template; every other form wants a Latin one)
CYRILLIC_FORMS_HELDOUT126 = {"cyrillic", "russian_form", "name_patronymic", "initials_cyr", "female_cyrillic"}
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT126 = {"typo"}
FORM_ONLY_FORMS_HELDOUT126 = {
    "russian_form",
    "initials_cyr",
    "passport",
    "middle_initial",
    "initials",
    "caps",
    "mykad",
    "dutch_initials",
    "dutch_form",
    "ktp",
}
# forms that only come where a form's lead asks for them
LEAD_ONLY_FORMS_HELDOUT126 = {"russian_form", "passport", "caps", "mykad", "dutch_form", "ktp"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT126 = {"female_cyrillic", "female_latin"}
# the leads of forms that ask for a name in one shape: the origins and the form
LEAD_FORMS_HELDOUT126: dict[str, tuple[tuple[str, ...], str]] = {
    "ФИО": (("veps",), "russian_form"),
    "Фамилия, имя, отчество": (("veps",), "russian_form"),
    "Name as in the passport": (("veps",), "passport"),
    "Name (in BLOCK letters)": (("ao",), "caps"),
    "Nama (seperti dalam MyKad)": (("bidayuh",), "mykad"),
    "Achternaam, voorletters": (("ambonese",), "dutch_form"),
    "Nama (sesuai KTP)": (("ambonese",), "ktp"),
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form
# and one in lower case in chat for each people, and a sentence for any forced form the build has not given
FORCED_SENTENCES_HELDOUT126: dict[str, list[str]] = {
    "veps": [
        "тётя {} из Шёлтозера сдала в химчистку пуховик",
        "дядя {} чинит стиральную машину в прачечной на Древлянке",
        "баба {} стирает половики в Рыбреке только руками",
        "дед {} забыл квитанцию из химчистки в автобусе",
    ],
    "ao": [
        "Pastor {} brought the church choir robes to the laundry in Mokokchung",
        "Aunty {} runs the dhobi shop near the Mokokchung bus stand",
        "Uncle {} irons the school uniforms for half of Alempang ward",
        "Rev. {} wants the altar cloths washed before Sunday",
    ],
    "bidayuh": [
        "Makcik {} jaga kedai dobi layan diri di Serian",
        "Pakcik {} hantar baju ke dobi di Bau tiap Sabtu",
        "Kak {} yang gosok baju pengantin di Kuching",
        "Encik {} owns the self-service dobi near the Serian market",
    ],
    "ambonese": [
        "usi {} su ambil cucian di laundry kiloan Passo",
        "nyong {} antar baju ke laundry di Ambon",
        "tante {} from Vaassen brings the Sunday clothes to the stomerij",
        "mevrouw {} heeft haar trouwjurk bij de stomerij in Culemborg laten reinigen",
    ],
    "upper_veps": ["ФИО: {}", "Name as in the passport: {}"],
    "upper_ao": ["Name (in BLOCK letters): {}", "NAME OF THE CUSTOMER: {}"],
    "upper_bidayuh": ["Nama (seperti dalam MyKad): {}", "NAMA PELANGGAN: {}"],
    "upper_ambonese": ["Nama (sesuai KTP): {}", "NAMA PELANGGAN: {}"],
    "lower_cyrillic": ["кстати {} уже забрала пальто из химчистки", "напомни пж: {}, стирка в 18:00"],
    "lower_latin": [
        "fyi {} picked up the laundry already",
        "the service wash for {} is ready pls tell them",
        "ok {} paid for the ironing",
    ],
    "form_cyrillic": ["Заказчик: {}", "Приёмщица: {}", "Квитанция химчистки, клиент: {}"],
    "chat_cyrillic": ["кстати, {} звонил(а) из прачечной", "{} записал(а) нас на стирку в подвале"],
    "form_latin": ["Customer: {}", "Service wash for: {}", "Claim submitted by: {}", "Pelanggan: {}"],
    "chat_latin": ["{} says the dryer ate another sock", "did {} pick up the shirts yet?"],
}

# IBAN countries: (bank codes, the IBAN's length)
IBAN_BANKS_HELDOUT126: dict[str, tuple[list[str], int]] = {
    "FI": (["1", "5", "8", "39"], 18),  # Nordea, OP, Danske Bank, S-Pankki (as recalled)
    "GB": (["BARC", "NWBK", "LOYD", "HBUK"], 22),
    "NL": (["ABNA", "INGB", "RABO", "SNSB"], 18),  # ABN AMRO, ING, Rabobank, SNS
}
IBAN_BY_ORIGIN_HELDOUT126: dict[str, list[str]] = {
    "veps": ["FI"],  # Russia has none: a son's or a daughter's account in Finland
    "ao": [],  # India has none: an Ao's transfer goes to any of these
    "bidayuh": ["GB"],  # Malaysia has none: a nurse daughter's or a student son's in Britain
    "ambonese": ["NL"],  # Indonesia has none: the Moluccans of the Netherlands
}
# everyday words of this set by origin, used in e-mail addresses, logins and passwords
SUBJECTS_HELDOUT126 = {
    "veps": ["onego", "sheltozero", "karjala", "vepsa", "rybreka"],
    "ao": ["mokokchung", "ungma", "nagaland", "impur", "moatsu"],
    "bidayuh": ["kuching", "bau", "serian", "gawai", "sarawak"],
    "ambonese": ["ambon", "maluku", "manise", "passo", "lease"],
}
EMAIL_DOMAINS_HELDOUT126 = {
    "veps": ["mail.ru", "yandex.ru", "petrsu.ru"],
    "ao": ["rediffmail.com", "yahoo.co.in", "outlook.com"],
    "bidayuh": ["yahoo.com", "hotmail.com", "unimas.my"],
    "ambonese": ["yahoo.co.id", "ziggo.nl", "hotmail.nl"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT126: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)petrozavodsk|sheltozero|rybreka|shoksha|karelia|\bveps|podporozh|vinnitsy|tervhen|spasib|"
            r"\bmir\b|passport|[\u0400-\u04ff]"
        ),
        "veps",
    ),
    (
        re.compile(
            r"(?i)mokokchung|dimapur|nagaland|\bao\b|impur|ungma|alempang|\bmoi\b|apuni|kapra|dhobi|\base\b|"
            r"pastor|\brev\.|\bupi\b|rupay|₹|block letters|moatsu"
        ),
        "ao",
    ),
    (
        re.compile(
            r"(?i)kuching|\bbau\b|serian|sarawak|bidayuh|\bdobi\b|kamek|kitak|padah|pakcik|makcik|\bkak\b|"
            r"abang|encik|\bpuan\b|mykad|touch 'n go|duitnow|\brm\s?\d|gawai|baju|pelanggan|\bsik\b"
        ),
        "bidayuh",
    ),
    (
        re.compile(
            r"(?i)ambon|maluku|molu|passo|vaassen|bovensmilde|culemborg|\busi\b|\bnyong\b|\bnona\b|tante|"
            r"\bom\b|\boma\b|\bopa\b|\bpak\b|\bibu\b|meneer|mevrouw|\bbeta\b|\bale\b|\bseng\b|kiloan|cucian|"
            r"setrika|wasserette|stomerij|\bktp\b|gopay|\bdana\b|achternaam|\bsu\b|\bheeft\b|\bde\b"
        ),
        "ambonese",
    ),
]
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT126: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"(?i)\bshe\b|\bher\b|herself|тётя|баба|\baunty\b|makcik|\bkak\b|\bpuan\b|\busi\b|\bnona\b|tante|"
            r"\boma\b|\bibu\b|mevrouw|\bhaar\b|\bона\b|\bеё\b|приёмщица|(?:забрала|сдала|оставила|принесла|"
            r"потеряла|оплатила|пришла|сказала|стирала|записалась)(?![\w(])"
        ),
        True,
    ),
    (
        re.compile(
            r"(?i)\bhe\b|\bhis\b|\bhim\b|himself|дядя|\bдед\b|pastor|\buncle\b|pakcik|abang|encik|\bnyong\b|"
            r"\bom\b|\bopa\b|\bpak\b|meneer|\bzijn\b|\bон\b|\bего\b|"
            r"(?:забрал|сдал|оставил|принёс|потерял|оплатил|пришёл|сказал|стирал|забыл)(?![\w(])"
        ),
        False,
    ),
]
# a laundry word and its common misspelling
MISSPELT_HELDOUT126 = {
    "laundry": "laundary",
    "receipt": "reciept",
    "detergent": "detergant",
    "ironing": "ironning",
    "delivery": "delievery",
    "machine": "mashine",
    "tomorrow": "tommorow",
    "химчистка": "химчиска",
    "химчистку": "химчиску",
    "setrika": "strika",
    "wasserette": "wassarette",
}
MISSPELT_WORD_HELDOUT126 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT126, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Russian, Malaysian and Indonesian
SHORTHAND_HELDOUT126 = {
    "please": "pls",
    "thanks": "thx",
    "because": "coz",
    "tomorrow": "tmrw",
    "спасибо": "спс",
    "пожалуйста": "пж",
    "сейчас": "щас",
    "terima kasih": "tq",
    "sudah": "sdh",
    "yang": "yg",
    "tidak": "tdk",
}
SHORTHAND_WORD_HELDOUT126 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT126, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT126 = (
    "January February March April May June July August September October November December".split()
)
RUSSIAN_MONTHS_HELDOUT126 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
MALAY_MONTHS_HELDOUT126 = (
    "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()
)
INDONESIAN_MONTHS_HELDOUT126 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
DUTCH_MONTHS_HELDOUT126 = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)
# the years a date of birth is drawn between: a customer, a member of staff, an owner, a bride
BIRTH_YEARS_HELDOUT126 = (1940, 2007)


def _fold(text: str) -> str:
    """A Latin-letter name without its marks; Cyrillic stays as written."""
    out: list[str] = []
    for c in text:
        if unicodedata.combining(c) and out and out[-1].isascii():
            continue
        if c.isascii() or not ("\u00c0" <= c <= "\u024f"):
            out.append(c)
            continue
        out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
    return "".join(out)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Kiryanov' -> 'kiryanov')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a text holds a public figure's full name, marks and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT126)


def _cyr(name: str) -> str:
    """The Cyrillic of a Veps given or family name ('Kukoev' -> 'Кукоев')."""
    return CYRILLIC_HELDOUT126[name]


def _feminine(family: str) -> str:
    """A family name in '-ов', '-ев' or '-ин' as a woman carries it ('Kukoev' -> 'Kukoeva', 'Пулькин' ->
    'Пулькина')."""
    return family + ("а" if CYRILLIC_RE.search(family) else "a")


def _patronymic(father: str, woman: bool) -> str:
    """The Cyrillic patronymic from a Veps father's given name ('Fotiy' -> 'Фотиевич', 'Фотиевна')."""
    return VEPS_PATRONYMICS_HELDOUT126[father][1 if woman else 0]


def _passport(cyrillic: str) -> str:
    """A Cyrillic name as a Russian passport spells it, in capitals ('Кирьянова' -> 'KIRIANOVA')."""
    return "".join(ICAO_HELDOUT126.get(c, c) for c in cyrillic.lower()).upper()


def _script(template: str) -> str:
    return "cyrillic" if CYRILLIC_RE.search(template) else "latin"


def _form_script(form: str) -> str:
    return "cyrillic" if form in CYRILLIC_FORMS_HELDOUT126 else "latin"


def _voorletters(*given: str) -> str:
    """Dutch initials: 'S.J.' (no spaces, a dot after each)."""
    return "".join(f"{g[0]}." for g in given)


class Gen126(Gen3):
    """Generators for held-out set 126: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT126)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) in Latin letters (a Bidayuh's family name is his
        father's given name; a Veps woman's family name is given here as the man's, '-a' comes later)."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT126)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT126[origin]
        for _ in range(50):
            first, last = rng.choice(women if woman else men), rng.choice(lasts)
            if not _reads_public(f"{first} {last}"):
                break
        return origin, first, last, woman

    def _father(self, origin: str, first: str) -> str:
        return self.rng.choice([g for g in NAMES_HELDOUT126[origin][0] if g != first])

    def _second_given(self, first: str, woman: bool) -> str:
        """A second given name of the same sex, as Dutch-Moluccan papers carry two ('Semmy Otje')."""
        men, women, _ = NAMES_HELDOUT126["ambonese"]
        return self.rng.choice([g for g in (women if woman else men) if g != first])

    def _veps_parts(self, first: str, last: str, woman: bool) -> tuple[str, str, str]:
        """(Latin family name, Cyrillic given name, Cyrillic family name), a woman's family name in '-a'."""
        fam_lat = _feminine(last) if woman else last
        fam_cyr = _feminine(_cyr(last)) if woman else _cyr(last)
        return fam_lat, _cyr(first), fam_cyr

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT126's)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT126:
            woman = True
        if form == "typo":
            typos = NAME_TYPOS_HELDOUT126[origin]
            _, first, _, woman = self._origin_name(origin, woman)
            last = typos[rng.choice(sorted(typos))]
            if origin in CYRILLIC_ORIGINS_HELDOUT126 and woman:
                last = _feminine(last)
            return f"{first} {last}"
        _, first, last, woman = self._origin_name(origin, woman)
        if origin == "veps":
            fam_lat, first_cyr, fam_cyr = self._veps_parts(first, last, woman)
            father = self._father(origin, first)
            if form in ("latin", "female_latin"):  # 'Evdokim Kukoev', 'Serafima Kukoeva'
                return f"{first} {fam_lat}"
            if form in ("cyrillic", "female_cyrillic"):  # 'Евдоким Кукоев', 'Серафима Кукоева'
                return f"{first_cyr} {fam_cyr}"
            if form == "russian_form":  # 'Кукоев Евдоким Фотиевич'
                return f"{fam_cyr} {first_cyr} {_patronymic(father, woman)}"
            if form == "name_patronymic":  # 'Серафима Фотиевна', as one addresses an older woman
                return f"{first_cyr} {_patronymic(father, woman)}"
            if form == "initials_cyr":  # 'Кукоев Е. Ф.'
                return f"{fam_cyr} {first_cyr[0]}. {_cyr(father)[0]}."
            if form == "passport":  # 'KUKOEV EVDOKIM', 'KIRIANOVA LUKERIA'
                return f"{_passport(fam_cyr)} {_passport(first_cyr)}"
            raise KeyError(form)
        if origin == "ao":
            if form == "full":  # 'Imkong Longkumer'
                return f"{first} {last}"
            if form == "middle_initial":  # 'Imkong T. Longkumer'
                return f"{first} {rng.choice(AO_INITIALS_HELDOUT126)}. {last}"
            if form == "initials":  # 'I. T. Longkumer'
                return f"{first[0]}. {rng.choice(AO_INITIALS_HELDOUT126)}. {last}"
            if form == "caps":  # 'IMKONG T. LONGKUMER'
                return f"{first} {rng.choice(AO_INITIALS_HELDOUT126)}. {last}".upper()
            raise KeyError(form)
        if origin == "bidayuh":
            if form == "anak":  # 'Rufinus anak Nyaun'
                return f"{first} {ANAK_HELDOUT126[0]} {last}"
            if form == "ak":  # 'Rufinus ak Nyaun'
                return f"{first} {ANAK_HELDOUT126[1]} {last}"
            if form == "no_anak":  # 'Rufinus Nyaun': 'anak' dropped, as many now write it
                return f"{first} {last}"
            if form == "mykad":  # 'RUFINUS ANAK NYAUN'
                return f"{first} {ANAK_HELDOUT126[0]} {last}".upper()
            raise KeyError(form)
        if form == "full":  # 'Semmy Pattiasina'
            return f"{first} {last}"
        if form == "double_given":  # 'Semmy Otje Pattiasina'
            return f"{first} {self._second_given(first, woman)} {last}"
        if form == "dutch_initials":  # 'S.O. Pattiasina'
            return f"{_voorletters(first, self._second_given(first, woman))} {last}"
        if form == "dutch_form":  # 'Pattiasina, S.O.'
            return f"{last}, {_voorletters(first, self._second_given(first, woman))}"
        if form == "ktp":  # 'SEMMY PATTIASINA', 'SEMMY OTJE PATTIASINA'
            given = first if rng.random() < 0.6 else f"{first} {self._second_given(first, woman)}"
            return f"{given} {last}".upper()
        raise KeyError(form)

    def _owed_for(self, origins: tuple[str, ...] | None, script: str, chat: bool, lead_form: str | None):
        """The first owed (origin, form) a template can take: its origin, its script, chat or form."""
        for origin, form in self.owed:
            if origins and origin not in origins:
                continue
            if lead_form and form != lead_form:
                continue
            if not lead_form and form in LEAD_ONLY_FORMS_HELDOUT126:
                continue
            if _form_script(form) != script:
                continue
            if chat and form in FORM_ONLY_FORMS_HELDOUT126 or not chat and form in CHAT_ONLY_FORMS_HELDOUT126:
                continue
            return origin, form
        return None

    def _plain_person(self, origin: str, woman: bool | None, script: str) -> str:
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if origin == "veps":
            fam_lat, first_cyr, fam_cyr = self._veps_parts(first, last, woman)
            if script == "cyrillic":
                if r < 0.5:
                    return f"{first_cyr} {fam_cyr}"
                if r < 0.75:
                    return first_cyr
                return f"{first_cyr} {_patronymic(self._father(origin, first), woman)}"
            return f"{first} {fam_lat}" if r < 0.65 else first if r < 0.9 else fam_lat
        if origin == "ao":
            if r < 0.55:
                return f"{first} {last}"
            if r < 0.65:
                return f"{first} {rng.choice(AO_INITIALS_HELDOUT126)}. {last}"
            return first if r < 0.92 else last
        if origin == "bidayuh":
            if r < 0.3:
                return f"{first} {ANAK_HELDOUT126[0]} {last}"
            if r < 0.4:
                return f"{first} {ANAK_HELDOUT126[1]} {last}"
            if r < 0.6:
                return f"{first} {last}"
            return first
        if r < 0.5:
            return f"{first} {last}"
        if r < 0.6:
            return f"{first} {self._second_given(first, woman)} {last}"
        return first if r < 0.88 else last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it, one of the
        origin whose places, papers or speech the template names, in its script."""
        rng = self.rng
        script = _script(template)
        m = TITLE_SLOT_HELDOUT126.search(template)
        if m:
            origins, woman, part = TITLED_HELDOUT126[m.group(1).lower()]
            origin = rng.choice(origins)
            if len(origins) > 1:
                cued = next((o for cue, o in ORIGIN_CUES_HELDOUT126 if cue.search(template)), None)
                origin = cued if cued in origins else origin
            self._set_origin(origin)
            _, first, last, woman = self._origin_name(origin, woman)
            if part == "family":
                return last
            if origin in CYRILLIC_ORIGINS_HELDOUT126 and script == "cyrillic":
                return _cyr(first)
            return first
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT126 if cue.search(template)), None)
        lead = next((k for k in LEAD_FORMS_HELDOUT126 if template.startswith(k)), None)
        origins: tuple[str, ...] | None = None
        lead_form = None
        if lead:
            origins, lead_form = LEAD_FORMS_HELDOUT126[lead]
        cued = next((o for cue, o in ORIGIN_CUES_HELDOUT126 if cue.search(template)), None)
        if script == "cyrillic":
            origins = CYRILLIC_ORIGINS_HELDOUT126
        elif cued and not lead:
            origins = (cued,)
        owed = self._owed_for(origins, script, chat, lead_form)
        if owed and not (woman is False and owed[1] in WOMEN_FORMS_HELDOUT126):
            self.owed.remove(owed)
            self._set_origin(owed[0])
            return self._form(owed[0], owed[1], woman)
        origin = rng.choice(origins) if origins else rng.choice(ORIGINS_HELDOUT126)
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

    def _caps(self, origin: str) -> tuple[str, str]:
        """(lead, name) in capitals as a form, a passport, a MyKad or a KTP writes it."""
        lead = self.rng.choice(FORCED_SENTENCES_HELDOUT126[f"upper_{origin}"])
        if origin == "veps":
            form = "passport" if lead.startswith("Name as in the passport") else "russian_form"
            return lead, self._form(origin, form).upper()
        form = {"ao": "caps", "bidayuh": "mykad", "ambonese": "ktp"}[origin]
        return lead, self._form(origin, form).upper()

    def _lower(self, origin: str) -> tuple[str, str]:
        """(sentence, a full name in lower case as chat types it): a Veps one in Cyrillic."""
        rng = self.rng
        if origin in CYRILLIC_ORIGINS_HELDOUT126:
            template = rng.choice(FORCED_SENTENCES_HELDOUT126["lower_cyrillic"])
            return template, self._form(origin, "female_cyrillic").lower()
        form = {"ao": "full", "bidayuh": "no_anak", "ambonese": "full"}[origin]
        return rng.choice(FORCED_SENTENCES_HELDOUT126["lower_latin"]), self._form(origin, form).lower()

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT126 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT126:
            template = rng.choice(FORCED_SENTENCES_HELDOUT126[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT126:
            filled.append(self._caps(origin))
            filled.append(self._lower(origin))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT126 else "form"
            templates = FORCED_SENTENCES_HELDOUT126[f"{kind}_{_form_script(form)}"]
            if form in LEAD_ONLY_FORMS_HELDOUT126:  # a form of its own lead wants that lead
                templates = [f"{k}: {{}}" for k, (o, f) in LEAD_FORMS_HELDOUT126.items() if f == form]
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
        n, k, q = rng.randint(1, 80), rng.randint(1, 140), rng.randint(1, 12)
        pc = "".join(pick("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))  # a Dutch postcode's letters
        shapes = {
            "veps": [
                f"г. Петрозаводск, ул. Антикайнена, д. {n}, кв. {k}",
                f"г. Петрозаводск, ул. Шотмана, д. {n}, кв. {k}, 1850{pick(['03', '11', '30', '35'])}",
                f"Petrozavodsk, ul. Antikainena {n}, kv. {k}, Karelia",
                f"Прионежский р-н, с. Шёлтозеро, ул. Школьная, д. {n}",
                f"Прионежский р-н, с. Рыбрека, ул. Центральная, д. {n}",
                f"Ленинградская обл., Подпорожский р-н, с. Винницы, ул. Советская, д. {n}",
                f"Ленинградская обл., г. Подпорожье, пр. Ленина, д. {n}, кв. {k}",
            ],
            "ao": [
                f"H. No. {n}, Alempang Ward, Mokokchung, Nagaland 798601",
                f"Arkong Ward, near the Baptist church, H. No. {n}, Mokokchung 798601",
                f"Kumlong Ward, H. No. {n}, Mokokchung Town, Nagaland",
                f"Ungma Village, Khel {q}, Mokokchung District, Nagaland",
                f"Impur Mission Compound, Quarter No. {q}, Mokokchung, Nagaland",
                f"H. No. {n}, Half Nagarjan, Dimapur, Nagaland 797112",
            ],
            "bidayuh": [
                f"No. {n}, Lorong {q}, Jalan Stapok, 93250 Kuching, Sarawak",
                f"Lot {rng.randint(100, 3999)}, Taman Stutong Baru, 93350 Kuching",
                f"No. {n}, Kampung Opar, 94000 Bau, Sarawak",
                f"Kampung Serasot, Jalan Bau-Lundu, No. {n}, 94000 Bau",
                f"No. {n}, Kampung Annah Rais, Padawan, 93250 Kuching",
                f"Lot {n}, Kampung Mongkos, 94700 Serian, Sarawak",
                f"No. {n}, Kampung Tebakang, 94700 Serian",
            ],
            "ambonese": [
                f"Jl. Said Perintah No. {n}, Kel. Honipopu, Kec. Sirimau, Kota Ambon",
                f"Jl. Dr. Kayadoe No. {n}, Kudamati, Kec. Nusaniwe, Ambon",
                f"Desa Passo, RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 6)}, Kec. Baguala, Kota Ambon",
                f"Negeri Soya, RT 00{rng.randint(1, 9)}, Kec. Sirimau, Ambon, Maluku",
                f"Saparuastraat {n}, 8171 {pc} Vaassen",
                f"Ceramstraat {n}, 9421 {pc} Bovensmilde",
                f"Amboinastraat {n}, 4101 {pc} Culemborg",
            ],
        }
        return pick(self._regional(shapes))

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        fam = _feminine(last) if origin in CYRILLIC_ORIGINS_HELDOUT126 and woman else last
        first, fam = _plain(first), _plain(fam)
        subject = rng.choice(SUBJECTS_HELDOUT126[origin])
        user = rng.choice(
            [
                f"{first}.{fam}",
                f"{first[:1]}.{fam}{rng.randint(1, 99):02d}",
                f"{first}{fam}{rng.randint(1, 99)}",
                f"{fam}.{first[:1]}",
                f"{first}_{subject}",
                f"{subject}.{first}",
                f"{first}{rng.randint(1950, 2007)}",
            ]
        )
        return f"{user}@{rng.choice(['gmail.com', *EMAIL_DOMAINS_HELDOUT126[origin]])}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        ru = ["11", "21", "52", "53", "81", "91", "64", "02"]
        my = ["12", "13", "16", "19", "14", "17"]
        idn = ["812", "813", "821", "822", "852", "853"]
        shapes = {
            "veps": [
                f"+7 9{pick(ru)} {d(3)}-{d(2)}-{d(2)}",
                f"8 9{pick(ru)} {d(3)} {d(2)} {d(2)}",
                f"89{pick(ru)}{d(7)}",
                f"+7 (8142) {d(2)}-{d(2)}-{d(2)}",
                f"8 (81365) {pick('2345')}-{d(2)}-{d(2)}",
            ],
            "ao": [
                f"+91 {pick('6789')}{d(4)} {d(5)}",
                f"{pick('6789')}{d(9)}",
                f"+91-{pick('6789')}{d(9)}",
                f"0369-22{d(5)}",
                f"03862-2{d(5)}",
            ],
            "bidayuh": [
                f"+60 {pick(my)}-{d(3)} {d(4)}",
                f"0{pick(my)}-{d(3)} {d(4)}",
                f"011-{d(4)} {d(4)}",
                f"082-{pick(['41', '42', '45', '57'])}{d(1)} {d(3)}",
                f"082-76{d(1)} {d(3)}",
                f"082-87{d(1)} {d(3)}",
            ],
            "ambonese": [
                f"+62 {pick(idn)}-{d(4)}-{d(4)}",
                f"0{pick(idn)}-{d(4)}-{d(4)}",
                f"0{pick(idn)}{d(8)}",
                f"(0911) 3{d(5)}",
                f"+31 6 {d(4)} {d(4)}",
                f"06-{d(8)}",
            ],
        }
        return pick(self._regional(shapes))

    def card(self) -> str:
        rng = self.rng
        mir = f"220{rng.randint(0, 4)}"
        rupay = rng.choice(["6522", "6070", "5085"])
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", mir, rupay])
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
        own = IBAN_BY_ORIGIN_HELDOUT126[origin] if origin else []
        code = rng.choice(own or sorted(IBAN_BANKS_HELDOUT126))
        iban = _iban_of(rng, code)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice(
            [
                f.ipv4_public(),
                f.ipv4_public(),
                f"192.168.{rng.choice([0, 1, 10, 88])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            ]
        )

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice(
            [
                f"2a02:2698:{h()}:{h()}::{h()}",
                f"2405:201:{h()}:{h()}::{h()}",
                f"2001:e68:{h()}:{h()}::{h()}",
                f"2001:448a:{h()}:{h()}::{h()}",
                f"2a02:a44a:{h()}:{h()}::{h()}",
            ]
        )

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the laundrette's card machine, the washers' controller, the payment
        kiosk, the shop's camera, the laundry app's login alerts, sshd and nginx lines; v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the card machine in the laundrette is on {}, it keeps dropping the connection", v4),
            ("the washers' controller answers on {}, machine 6 won't start", v4),
            ("the laundry app says my account logged in from {}, that wasn't me", rng.choice([v4, v6])),
            ("the payment kiosk by the dryers is on {}, reboot it before opening", v4),
            ("the camera over the counter streams from {}, check who took the bag", v4),
            ("терминал в прачечной на {}, перезагрузи пж", v4),
            ("камера в химчистке пишет на {}", v4),
            ("router kedai dobi di {}, tolong restart", v4),
            ("mesin kasir laundry ada di {}, coba restart dulu", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ssh laundry@{}", v4),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Apr 14 06:02:11 wash-srv sshd[2211]: Failed password for root from {} port 50122 ssh2", v4),
            ('{} - - [14/Apr/2026:07:15:40 +0800] "POST /api/pickup HTTP/1.1" 201 512', v4),
            ("laundry_db_host: {}", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, pick = self.rng, self.rng.choice
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1950, 2010)
        places = {
            "veps": (["Onego", "Vepsa", "Karjala", "Rybreka"], ["@8142", "#rk", "_2025", "!!"]),
            "ao": (["Moatsu", "Mokokchung", "Ungma", "Tsungremmong"], ["@369", "#nl", "2025", "!!"]),
            "bidayuh": (["Gawai", "Serian", "Kuching", "Bengoh"], ["@082", "#swk", "_2024", "!!"]),
            "ambonese": (["Manise", "Maluku", "Passo", "Ambon"], ["@911", "#mlk", "2025", "!!"]),
        }
        words, tails = places[pick(ORIGINS_HELDOUT126)]
        nick = pick(["evdokim", "serafima", "imkong", "alemla", "rufinus", "lidwina", "semmy", "mientje"])
        return pick(
            [
                f"{pick(words)}{pick(tails)}",
                f"{pick(words)}{pick(tails)}",
                pick(["laundry", "washday", "spinning", "softener", "ironing"]).translate(leet)
                + pick(["", "!", "_126"]),
                f"{nick}{pick([str(year), str(year)[2:], '123'])}",
                f"{pick(['Laundry', 'Dobi', 'Washhouse', 'Stomerij'])}{rng.randint(2019, 2026)}-"
                f"{pick(['Wifi', 'Net', 'Guest'])}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Laundry2024Wifi"
        alnum = string.ascii_letters + string.digits
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            ("the laundry room door code is {}, don't tell anyone", d(4)),
            ("the alarm code for the shop is {}, set it when you lock up", d(rng.choice([4, 6]))),
            ("locker 7 for the after-hours pickup opens with {}", d(4)),
            ("the laundry app password is {}, book the pickup for me", pw),
            ("the wifi in the laundrette is {}, it's on the card by the dryers", pw),
            ("the card machine's admin password is {}, the engineer needs it", pw),
            ("my bank sent the code {} for the refund, read it to me quick", d(6)),
            ("код от прачечной в подвале {}, никому не говори", d(4)),
            ("пароль от приложения химчистки {}, запиши меня на доставку", pw),
            ("ПИН от карты Мир {}, оплати стирку", d(4)),
            ("код из СМС {}, никому не сообщайте", d(6)),
            ("my UPI PIN is {}, pay the dhobi for the month", d(rng.choice([4, 6]))),
            ("dhobi ghor laga wifi password {} ase, kakau nokobi", pw),
            ("PIN Touch 'n Go kamek {}, jangan padah sapa-sapa", d(6)),
            ("password wifi kedai dobi {}, jangan bagi tahu orang", pw),
            ("PIN DANA beta {}, jang kasi tau sapa-sapa", d(6)),
            ("kata sandi aplikasi laundry {}, jangan kasih tahu siapa-siapa", pw),
            ("de code van de wasruimte is {}, niet doorvertellen", d(4)),
            ("WIFI:T:WPA;S:Dobi_Serian;P:{};;", colonless),
            ("LAUNDRY_API_KEY={}", tok(32, "0123456789abcdef")),
            ("LAUNDRY_DB_PASSWORD={}", colonless),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("MIDTRANS_SERVER_KEY={}", "Mid-server-" + tok(24, b64)),
            ("RAZORPAY_KEY_SECRET={}", tok(24, alnum)),
            ("YOOKASSA_SECRET_KEY={}", "live_" + tok(40, b64)),
            ("TWILIO_AUTH_TOKEN={}", tok(32, "0123456789abcdef")),
            ("Password: {}", pw),
            ("Пароль: {}", pw),
            ("Kata laluan: {}", pw),
            ("Wachtwoord: {}", pw),
            ("PIN: {}", d(4)),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the laundry app, Instagram, Telegram, VK, the flats' WhatsApp group
        ('evdokim.kukoev', 'kuching_lidwina')."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        if origin in CYRILLIC_ORIGINS_HELDOUT126 and woman:
            last = _feminine(last)
        first, last = _plain(first), _plain(last)
        yy = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(0, 12)
        subject = rng.choice(SUBJECTS_HELDOUT126[origin])
        return rng.choice(
            [
                f"{subject}_{first}",
                f"{first}.{last}",
                f"{first}{last}{yy:02d}",
                f"{last}_{first[:3]}",
                f"{first}_{subject}{yy:02d}",
                f"{first}-{last}",
                f"{first}.washes",
            ]
        )

    def _birth(self) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(*BIRTH_YEARS_HELDOUT126), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses."""
        y, m, day = self._birth()
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return {
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RUSSIAN_MONTHS_HELDOUT126[m - 1]} {y} г.",
            "in": f"{day:02d}/{m:02d}/{y}",
            "in_dash": f"{day:02d}-{m:02d}-{y}",
            "in_words": f"{day}{th} {EN_MONTHS_HELDOUT126[m - 1]} {y}",
            "my": f"{day:02d}/{m:02d}/{y}",
            "my_words": f"{day} {MALAY_MONTHS_HELDOUT126[m - 1]} {y}",
            "id": f"{day:02d}-{m:02d}-{y}",
            "id_words": f"{day} {INDONESIAN_MONTHS_HELDOUT126[m - 1]} {y}",
            "nl_words": f"{day} {DUTCH_MONTHS_HELDOUT126[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        shapes = self._dob_shapes()
        own = {
            "veps": ["ru"],
            "ao": ["in", "in_dash", "in_words"],
            "bidayuh": ["my", "my_words"],
            "ambonese": ["id", "id_words", "nl_words"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ru", "in_words", "my", "id", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, the loyalty card's form,
        the laundry app's sign-up, the uniform contract's staff list, a paste."""
        s = self._dob_shapes()
        options = [
            ("Дата рождения: {}", s["ru"]),
            ("я родилась {}, это для карты постоянного клиента химчистки", s["ru_words"]),
            ("Date of birth: {}", s["in"]),
            ("DOB (DD-MM-YYYY): {}", s["in_dash"]),
            ("I was born on {}, the laundry app wants it for the birthday discount", s["in_words"]),
            ("Tarikh lahir: {}", s["my"]),
            ("kamek lahir {}, borang kad ahli dobi minta tarikh lahir", s["my_words"]),
            ("Tanggal lahir: {}", s["id"]),
            ("beta lahir tanggal {}, buat kartu member laundry", s["id_words"]),
            ("Geboortedatum: {}", s["id"]),
            ("ik ben geboren op {}, voor de klantenkaart van de stomerij", s["nl_words"]),
            ("the uniform contract wants each driver's date of birth, mine is {}", s["in_words"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("birth_date: {}", s["iso"]),
        ]
        return _pick_chat_or_not(rng=self.rng, options=options, chat=chat, key=lambda o: o[0])


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its bank codes (IBAN_BANKS_HELDOUT126); mod-97 check."""
    banks, length = IBAN_BANKS_HELDOUT126[country]
    bank = rng.choice(banks)
    bban = bank + "".join(rng.choice(string.digits) for _ in range(length - 4 - len(bank)))
    return _iban_from_bban(country, bban)


HELDOUT126_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "ФИО: {}",
        "Фамилия, имя, отчество: {}",
        "Name as in the passport: {}",
        "Name (in BLOCK letters): {}",
        "Nama (seperti dalam MyKad): {}",
        "Achternaam, voorletters: {}",
        "Nama (sesuai KTP): {}",
        "Заказчик: {}",
        "Приёмщица: {}",
        "Customer: {}",
        "Service wash for: {}",
        "Claim submitted by: {}",
        "Pelanggan: {}",
        "Nama pelanggan: {}",
        "Klant: {}",
        '"customer": "{}",',
        "- driver: {}",
        "| {} | washer 4, 08:00-09:00 | booked |",
        "{} из Шёлтозера сдала в химчистку пуховик и потеряла квитанцию",
        "{} оставил ключ от прачечной у соседки",
        "тётя {} из Шёлтозера сдала в химчистку пуховик",
        "дядя {} чинит стиральную машину в прачечной на Древлянке",
        "баба {} стирает половики в Рыбреке только руками",
        "дед {} забыл квитанцию из химчистки в автобусе",
        "кстати, {} записалась на стирку в подвале на субботу",
        "{} from Petrozavodsk picked up the duvet from the dry cleaner",
        "{} from Mokokchung brought six shirts for ironing",
        "{} laga kapra dhobi ghor te ase, kali lobo",
        "Pastor {} brought the church choir robes to the laundry in Mokokchung",
        "Aunty {} runs the dhobi shop near the Mokokchung bus stand",
        "Uncle {} irons the school uniforms for half of Alempang ward",
        "Rev. {} wants the altar cloths washed before Sunday",
        "{} from Dimapur signed the uniform contract for the hotel staff",
        "Makcik {} jaga kedai dobi layan diri di Serian",
        "Pakcik {} hantar baju ke dobi di Bau tiap Sabtu",
        "Kak {} yang gosok baju pengantin di Kuching",
        "Abang {} drives the dobi van from Kuching to Bau",
        "Puan {} claimed for the shirt the dobi lost",
        "{} from Serian washed the gawai clothes at the self-service dobi",
        "usi {} su ambil cucian di laundry kiloan Passo",
        "nyong {} antar baju ke laundry di Ambon",
        "tante {} from Vaassen brings the Sunday clothes to the stomerij",
        "om {} punya laundry di Kudamati tutup hari Minggu",
        "oma {} from Bovensmilde still irons every sheet herself",
        "Pak {} yang ambil cucian hotel di Ambon",
        "mevrouw {} heeft haar trouwjurk bij de stomerij in Culemborg laten reinigen",
        "meneer {} wacht op zijn overhemden bij de wasserette",
        "{} from Ambon runs the laundry kiloan by the market",
        "{} is the new girl at the counter, she tags every bag",
        "{} lost his best shirt at the dry cleaner and wants the claim form",
        "{} and {} share the washing machine in the basement",
        "ask {} if the laundrette is open on Sunday",
        "{} left her wet washing in the dryer again",
        "{} paid for the service wash, thanks",
        "please tell {} the wedding dress is ready because the shop closes at 6",
        "thanks to {} the stain came out of the tablecloth",
        "{} picked up the curtains yesterday, the delivery was late",
        "{} took the last slot in the laundry room, call him tomorrow",
        "{} signed the laundry contract for the café's aprons",
    ],
    "STREET_ADDRESS": [
        "the pickup is from {}, ring the bell twice",
        "deliver the ironing to {}",
        "Адрес доставки: {}",
        "Address: {}",
        "Alamat: {}",
        "Adres: {}",
        "заберите бельё с адреса {}, пожалуйста",
        "the laundry van collects from {} on Mondays",
        "hantar baju ke {}, terima kasih",
        "antar cucian ke {} ya",
        '"address": "{}",',
        "the dry cleaner's claim form needs my address: {}",
        "our shared laundry room is in the basement of {}",
        "bezorg de was op {}",
        "delivery address for the uniform contract: {}",
    ],
    "EMAIL_ADDRESS": [
        "send the claim form to {}",
        "the laundry app's receipts go to {}",
        "E-mail: {}",
        "Эл. почта: {}",
        "Emel: {}",
        "send the invoice for the uniforms to {}",
        "моя почта {}, пришлите квитанцию",
        "kirim struk laundry ke {} ya",
        "the loyalty card statement went to {}",
        "write to {} about the lost shirt",
        '"email": "{}",',
        "Reply-To: {}",
        "stuur de factuur naar {}",
    ],
    "PHONE_NUMBER": [
        "call me on {} when the washing is ready",
        "the dry cleaner's number is {}",
        "Телефон: {}",
        "Phone: {}",
        "No. telefon: {}",
        "No. HP: {}",
        "позвоните по номеру {}, когда пальто будет готово",
        "WhatsApp me on {} when the van leaves",
        "tolong call {} kalau baju dah siap",
        "telepon ke {} kalau cucian su jadi",
        "the laundry driver picks up on {}",
        '"phone": "{}",',
        "bel {} als de jurk klaar is",
    ],
    "CREDIT_CARD": [
        "pay the service wash with my card {}",
        "the laundry app has my card {}",
        "Номер карты: {}",
        "Card number: {}",
        "Nombor kad: {}",
        "charge the claim excess to {}",
        "оплатите химчистку картой {}",
        "the dry cleaning went on {}",
        '"card_number": "{}",',
        "Kartu: {}",
        "bayar laundry pakai kartu {}",
    ],
    "IBAN_CODE": [
        "send the refund for the lost shirt to {}",
        "IBAN: {}",
        "pay the uniform contract into {}",
        "верните деньги за испорченное пальто на этот счёт: {}",
        "Rekening (IBAN): {}",
        "maak het geld voor de trouwjurk over naar {}",
        "the laundrette owner's account is {}",
        "refund the deposit for the rented linen to {}",
        "kirim uang cucian ke rekening ini: {}",
        "Счёт (IBAN): {}",
        "my daughter's account abroad is {}",
    ],
    "USERNAME": [
        "my login on the laundry app is {}",
        "on Instagram the dry cleaner is @{}",
        "Логин: {}",
        "Username: {}",
        "Nama pengguna: {}",
        "Login: {}",
        "мой ник в телеге {}, пиши туда",
        "the laundrette's TikTok is @{}",
        "the flats' WhatsApp group admin is {}",
        '"username": "{}",',
        "Gebruikersnaam: {}",
        "user laundry app beta {}",
    ],
}
HELDOUT126_MIXED = [
    ("ФИО: {}\nДата рождения: {}\nАдрес: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Заказчик: {}\nТелефон: {}", ["PERSON", "PHONE_NUMBER"]),
    (
        "Name (in BLOCK letters): {}\nDate of birth: {}\nPhone: {}",
        ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    ),
    (
        "Nama (seperti dalam MyKad): {}\nTarikh lahir: {}\nAlamat: {}",
        ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"],
    ),
    ("Nama (sesuai KTP): {}\nNo. HP: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Achternaam, voorletters: {}\nAdres: {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} paid for the dry cleaning with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the refund for the lost shirt in {}", ["PERSON", "IBAN_CODE"]),
    ("the laundry driver is {}, {}, and wants the money in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("laundry app login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("{} ({}) sent the claim form", ["PERSON", "EMAIL_ADDRESS"]),
    ("the dry cleaner charged {} and refunded the rest to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the receipt to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change the pickup address", ["PERSON", "STREET_ADDRESS"]),
    ("Account holder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the card machine is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("LAUNDRY_DB_HOST={}\nLAUNDRY_DB_USER={}\nLAUNDRY_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} works the morning shift at the counter and {} the evening one", ["PERSON", "PERSON"]),
    ("{} wants the invoice sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Cardholder: {}\nCard: {}", ["PERSON", "CREDIT_CARD"]),
    ("{} from Kuching, phone {}", ["PERSON", "PHONE_NUMBER"]),
    ("Name as in the passport: {}\nDate of birth: {}", ["PERSON", "DATE_OF_BIRTH"]),
]
HELDOUT126_NEGATIVES = [
    "Petrozavodsk is on the shore of Lake Onega, the Veps villages are south along the lake",
    "Šoltjärv is Sheltozero in Vepsian, Petroskoi is Petrozavodsk",
    "Tervhen! the laundrette on the corner opens at nine",
    "Spasib, the coat came back clean",
    "the Veps write their language in Latin letters with š, ž, č and ü",
    "тётя, дядя, баба and дед go before a given name in Russian, the way a village speaks of its elders",
    "a Russian form puts the family name first, then the given name and the patronymic",
    "химчистка пуховика стоит 1 200 ₽, срок три дня",
    "стирка 7 кг — 350 ₽, сушка — 150 ₽",
    "прачечная работает с 9:00 до 21:00 без выходных",
    "квитанция № 004518, выдача после 18:00",
    "пятно от вина выводится не всегда, приёмщица предупредит",
    "the Vepsian museum in Sheltozero shows the old washing boards",
    "Mokokchung is the cultural centre of the Ao Nagas",
    "Moatsu is the Ao festival after the sowing, in the first days of May",
    "Aunty and Uncle go before a given name in Nagaland, Pastor before a pastor's, Rev. before a surname",
    "the dhobi ghat by the stream washes the hostel sheets on Tuesdays",
    "ironing is ₹10 a shirt, ₹25 for a suit",
    "moi laga kapra kali lobo, aji dhobi bondh ase",
    "the laundry in Mokokchung closes early on Sundays for church",
    "the Hornbill Festival in December fills every laundry in Kohima and Dimapur",
    "Ao women's names often end in -la",
    "Kuching means cat in Malay, the laundrettes are called dobi",
    "Gawai Dayak is on 1 June, every dobi in Serian is full the week before",
    "a Bidayuh name puts anak, often written ak, before the father's name",
    "Pakcik and Makcik go before an older person's given name, Kak and Abang before a young one's",
    "dobi layan diri: RM5 basuh, RM5 kering, 30 minit",
    "kedai dobi buka 7 pagi sampai 11 malam",
    "Touch 'n Go and DuitNow QR are taken at the dobi machines",
    "the Bau gold rush of the 1850s brought the first Chinese shops",
    "Annah Rais is a longhouse village, the laundry dries on the veranda",
    "terima kasih, baju dah siap",
    "Ambon is called Ambon Manise, sweet Ambon",
    "Jl. Pattimura runs past the Gong Perdamaian in the centre of Ambon",
    "the statue of Martha Tiahahu looks over the bay",
    "usi, nyong and nona are how Ambon calls a sister, a young man and a young woman",
    "Moluccans in the Netherlands keep the fam name, Ambon's word for family name",
    "laundry kiloan di Passo: Rp 8.000 per kilo, selesai dua hari",
    "cuci setrika Rp 10.000/kg, express Rp 15.000/kg",
    "the Moluccan neighbourhoods of Vaassen and Bovensmilde date from 1951",
    "de wasserette is open van 7 tot 22 uur, wasmiddel zit erbij",
    "stomerij: overhemd € 3,50, pak € 14,95",
    "beta su ambil cucian, dangke",
    "dank je, de jurk is prachtig geworden",
    "service wash: drop off by 10, ready by 4",
    "washer 3 is out of order, use washers 4 to 8",
    "dryers take 20 minutes per coin, 1 pound a cycle",
    "the laundrette's machine 12 eats 50p coins, use the app instead",
    "ticket 4471: two shirts, one suit, ready Thursday",
    "order LND-2026-0815 is out for delivery between 6 and 8 pm",
    "locker 14 is for after-hours pickups only",
    "the laundry room in block B is booked from 18:00 to 20:00 on Wednesdays",
    "booking slots are 2 hours, max two per flat per week",
    "the wedding dress clean and box costs 180 euros and takes three weeks",
    "dry cleaning prices: shirt 3.50, trousers 6, coat 14, duvet 25",
    "the claim form wants the ticket number and the date you dropped it off",
    "lost items are kept for 90 days, then given to charity",
    "the uniform contract covers 40 tunics, 20 aprons and 12 chef jackets a week",
    "stains: red wine, grass and biro are the hardest",
    "tumble dry low, no bleach, iron on two dots",
    "the loyalty card: the 10th service wash is free",
    "the refund was sent on 3 March 2026, it takes 3 to 5 working days",
    "the shop opened on 1 June 2019",
    "the next collection is on 14.04.2026",
    "the test card 4111 1111 1111 1111 only works in the laundry app's sandbox",
    "the example IBAN in the bank's leaflet is NL91 ABNA 0417 1643 00",
    "use customer@example.com in the demo app",
    "the docs use 192.0.2.15 and 2001:db8::25 for the card machine",
    "the default alarm code in the manual is 1234, change it on install",
    "LAUNDRY_DB_PASSWORD=changeme is only in the sample .env",
    "the laundry app's login is your phone number and a code by SMS",
    "ok the washing's in, 40 minutes",
    "стирка закончилась, забирай",
    "baju dah kering, jom ambil",
    "cucian su kering, beta pulang dulu",
    "de was is klaar",
    "the engineer comes on Tuesday to fix the card machine",
    "please don't leave detergent on top of the dryers",
]


def _typo126(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a laundry word's common misspelling ('laundry' -> 'laundary', 'receipt'
    -> 'reciept', 'detergent' -> 'detergant', Russian 'химчистка' -> 'химчиска', Indonesian 'setrika' ->
    'strika', Dutch 'wasserette' -> 'wassarette'), or chat shorthand in the set's languages ('please' ->
    'pls', Russian 'спасибо' -> 'спс', Malaysian 'terima kasih' -> 'tq', 'sudah' -> 'sdh', 'yang' -> 'yg').
    Only in sentences typed to the bot or a friend; titles and kin words by a name stay as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT126.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT126[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT126.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT126[m.group(1)] + template[m.end() :]


def build_heldout126(seed: int = HELDOUT126_SEED) -> list[Example]:
    """Held-out set 126: `Gen126` values in `HELDOUT126_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen126.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen126(seed)
    examples = assemble_module_set(
        gen, HELDOUT126_TEMPLATES, HELDOUT126_MIXED, HELDOUT126_NEGATIVES, _typo126, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
