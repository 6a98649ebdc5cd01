"""Held-out PII set 112 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout112": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT112 is empty, as for the sets before
it; written at the same time as held-out 111 by another author, neither seeing the other's set). The theme is
car repair garages, spare parts and vehicle paperwork as drivers, mechanics, garage owners and parts sellers
talk about them: the job card and the quote, the spare-parts order and the supplier's invoice, the
roadworthy test and the inspection (Zimbabwe's VID and its roadworthy certificate, Dubai's RTA test, the
Faroese Akstovan's bilkanning, Guam's safety inspection), the tow truck after a breakdown, the car's
registration papers (Peshawar's Excise and Taxation office, ZINARA's licence disc, Guam's Department of
Revenue and Taxation), the insurance claim after a crash, the garage's accounting software login (Zoho Books,
e-conomic, Dinero, Tekmetric, Shopmonkey), the OBD app's account (Carly, OBDeleven, BlueDriver, a cheap
ELM327 dongle), paying the mechanic by transfer or mobile money (EasyPaisa, JazzCash, EcoCash, OneMoney,
MobilePay, Paynow's checkout). Number plates, VINs, part numbers, job card and claim numbers are no PII of
TYPES, as held-out 49 and 97 have it: they come only in negatives. The peoples were chosen after grepping the
earlier sets' docstrings and lists (bench/pii_heldout27.py to 110.py, and bench/pii.py's): none of the four is
a main people of any module set, though bench/pii.py's first 26 sets held short lists of Pashto, Shona,
Faroese and Chamorro names among dozens of peoples, so this set leaves out every name they hold ('Zarghuna',
'Hamidullah', 'Malalai', 'Ajmal', 'Mirwais', 'Palwasha', 'Yousafzai', 'Durrani', 'Afridi', 'Khattak',
'Mohmand', 'Achakzai', 'Tendai', 'Rudo', 'Tatenda', 'Chipo', 'Farai', 'Nyasha', 'Tsitsi', 'Mutasa', 'Makoni',
'Gumbo', 'Heðin', 'Rúni', 'Sjúrður', 'Turið', 'Gunnvá', 'Eyðun', 'Marjun', 'Joensen', 'Niclasen', 'á Ryggi',
'Taitano', 'Quitugua', 'Aguon', 'Manibusan', 'Terlaje', 'Unpingco', ...) and the Zimbabwean English names
held-out 30 and 104 used ('Blessing', 'Learnmore', 'Lovemore', 'Givemore', 'Memory', 'Talent', 'Brighton'),
and 'Tareen', 'Khalil', 'Mangal', 'Gulnaz', 'Farzana', 'Hansen', 'Petersen', 'Ragnar' and 'Malan' (in
held-out 28, 39, 45, 47, 49, 87 and 94). The places were grepped the same way: Peshawar comes up only for
held-out 45's Hayatabad houses and a negative of held-out 49, Quetta only as bench/pii.py's Samungli, Jinnah
and Zarghoon Roads, Bulawayo for held-out 104's Ndebele (its streets and suburbs, Jason Moyo, Fife and
Lobengula Streets, Hillside, Famona, Pumula, Luveve, Nketa, Emganwini, ...), Tórshavn only as bench/pii.py's
Niels Finsens gøta, Áarvegur and Dalavegur, Dededo and Tamuning for held-out 103's Palauans in Guam (Marine
Corps Drive, Chalan San Antonio, Chalan Kareta, Swamp Road, Chalan Lujuna) and bench/pii.py's Chalan Santo
Papa, Kanton Tasi and Pale San Vitores, Saipan for bench/pii.py's Caller Box, Tanapag, Garapan, San Antonio,
Susupe, Oleai and Chalan Kanoa; this set takes none of those streets. The services were grepped too:
EasyPaisa, JazzCash, EcoCash, OneMoney, MobilePay, Paynow, Zoho Books, e-conomic, Dinero, Tekmetric,
Shopmonkey, Carly, OBDeleven, BlueDriver, ELM327, ZINARA, Be Forward and Akstovan come up in no earlier set;
PakWheels (held-out 49), OLX (33), Sage Pastel (33), QuickBooks and Xero (39), Torque (32, 42, 75, 97) and a
'mysql -u' line (dozens) are left out. Hand-written lists of four peoples: the Pashtuns of Peshawar
(University Town, Gulbahar, Board Bazaar, Dalazak and Warsak Roads), Quetta (Satellite Town, Sariab, Prince
and Brewery Roads) and Kabul (Karte Char, Khair Khana, Taimani, Kote Sangi), and the mechanics and parts
sellers in the Gulf (Sharjah's Industrial Area, Dubai's Al Aweer used-parts market, Abu Dhabi's Musaffah)
(given names, many of them compounds with 'Gul' or 'Jan' ('Gul Rahman', 'Rahmat Gul', 'Wali Jan', 'Jan
Bibi', 'Gul Meena'), the tribal or clan name after the given name ('Zarak Shinwari', 'Wagma Orakzai'),
'Khan' after a man's given name, inside the span ('Zarak Khan', 'Sher Alam Khan Bangash'), 'Muhammad' before
it as Pakistani papers write it, in full or as 'M.' ('Muhammad Zarak Khan', 'M. Samiullah Marwat'), the
'-ullah' names written joined or apart ('Samiullah', 'Sami Ullah') and compounds joined ('Gulrahman'), the
names in Urdu and in Pashto script ('گل رحمان شینواری', 'ګل رحمان شينواري'), short forms ('Sami', 'Ihsan', 'Gulu',
'Zari', 'Wagi') and 'Khan sahib', 'Lala' (elder brother), 'Kaka' (uncle), 'Haji', 'Ustad' (the master
mechanic, also in script: 'استاد'), 'حاجی' and 'Baji' (elder sister) before a name, outside the span); the
Shona of Harare (Glen View's and Gazaland's home industries, Mbare, Msasa, Avondale, Highlands,
Budiriro), Bulawayo's industrial Belmont, Mutare (Sakubva, Dangamvura) and Masvingo (Mucheke,
Rujeko), and in Luton and Leicester (Shona given names ('Tinashe', 'Munyaradzi', 'Rumbidzai', 'Chiedza')
and English ones ('Godknows', 'Nomatter', 'Fortune', 'Pardon', 'Obvious', 'Sharon'), an English and a Shona
given name before the family name ('Godknows Tinashe Marufu'), a Zimbabwean form's family name first
('MARUFU Godknows', 'Marufu, Chiedza R.'), a married woman's name with 'née' inside the span ('Chiedza
Marufu née Chikore'), initials ('T. G. Marufu'), short forms ('Tino', 'Simba', 'Munya', 'Kuda', 'Rumbi'),
the totem after a name in brackets ('Tinashe Marufu (Shumba)': the mutupo is no part of the name and stays
outside the span) and 'Sekuru', 'Mbuya', 'Baba', 'Amai', 'Mai' (with a child's name, a teknonym: 'Amai
Tino', Tino's mother; or with the family name: 'Baba Marufu'), 'Mukoma' (elder brother) and 'Tete' (a
father's sister) before a name, outside the span); the Faroese of Tórshavn and Hoyvík, Klaksvík and Runavík
and in Copenhagen (Faroese given names ('Hanus', 'Jógvan', 'Tróndur', 'Símun', 'Høgni', 'Rakul', 'Sigrið',
'Guðrun', 'Sólrun', 'Beinta'), the family names ('Poulsen', 'Djurhuus', 'Lamhauge', 'Højgaard'), the
patronymic in '-son' and '-dóttir' on the father's name in the genitive, allowed again since 1992 ('Hanus
Símunarson', 'Rakul Pætursdóttir'), the family names of a farm with their particle in lower case inside the
span ('Tróndur í Stórustovu', 'Malena við Á', 'Sámal av Reyni'), two family names ('Rakul Dam Poulsen'), ð, ø
and á dropped as an English keyboard types them ('Hogni Hojgaard', 'Gudrun') or written the Danish way ('Hoegni
Hoejgaard'), a Danish form's family name first ('Poulsen, Rakul'), initials ('H. Símunarson'), short forms
('Halli', 'Sigga', 'Gunna', 'Jóggi') and 'omma' (grandmother), 'abbi' (grandfather) and 'frú' before a name,
outside the span); and the Chamorro of Guam (Hagåtña, Dededo, Tamuning, Yigo, Mangilao, Barrigada) and of
Saipan (Kagman, Dandan, Koblerville, As Lito) and in San Diego (Spanish-derived given names ('Joaquin',
'Jesus', 'Concepcion', 'Rufina', 'Teresita') and English ones, Spanish-derived family names, some of two
words ('Leon Guerrero', 'San Nicolas', 'De la Cruz', 'San Agustin'), the mother's family name in the middle
('Joaquin Santos Camacho') or its initial, as US forms want it ('Joaquin S. Camacho'), a US form's family name
first ('CAMACHO, JOAQUIN S.'), 'Jr.' and 'III' inside the span, the ñ and its dropped form ('Dueñas',
'Duenas'), short forms ('Kiko', 'Chu', 'Tessie', 'Ton') and 'Tun' and 'Tan' (the respect for an older man and
woman), 'Auntie' and the article 'si' before a name, outside the span). No public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT112, checked in Latin letters without accents), and public figures come only inside the
names of places in negatives (Wazir Akbar Khan in Kabul, Samora Machel Avenue and Robert Mugabe Road in
Harare, Nólsoyar Páls gøta in Klaksvík, the Antonio B. Won Pat airport in Guam). Every one of those name
forms, and names with a typo ('Shinwary', 'Mashingadze', 'Djurhus', 'Pangelian'), is forced into the build at
least once so it does not hang on the seed (any form the draws have not reached by the end comes in a sentence
of its own), and each people also gets a titled name (a totem after it for the Shona), a name in capitals on a
form and one in lower case in chat, whatever the seed; the address, the phone, the e-mail, the IBAN or the
date of birth after a name mostly comes from that name's region, and a template in Urdu or Pashto script gets
a Pashtun name in that script. Names on papers in English ('Name of owner:', 'Customer:', 'Insured:',
'Registered owner:', 'Mechanic:'), Urdu ('نام:', 'مالک کا نام:'), Danish and Faroese ('Navn:', 'Eigari:',
'Efternavn, fornavn:'), Zimbabwean ('Surname, First name:') and US forms ('LAST, FIRST MI:'), a job card's row '| JC-0412 | ... | front brake pads, skimming |', JSON and
YAML; prices, job numbers, part numbers, number plates, VINs, error codes (P0420, P0171), the ELM327's default
address, default credentials printed in manuals, dates that are no birthdays, no PII; those regions' addresses
(Peshawar's 'House 12, Street 4, University Town, Peshawar', Quetta's, Kabul's 'Karte Char, Street 3, House
17, Kabul', the Gulf's 'Shop 14, Industrial Area 6, Sharjah' and 'Plot 12, M-10, Musaffah, Abu Dhabi', Harare's 'Stand
4512, Glen View 3, Harare' and '23 Glenara Avenue, Highlands, Harare', Bulawayo's Belmont, Mutare's and
Masvingo's, Luton's, Tórshavn's 'Sverrisgøta 14, FO-100 Tórshavn', Klaksvík's FO-700, Runavík's FO-620,
Hoyvík's FO-188, a 'Postsmoguleiki' box, Copenhagen's, Guam's '145 Y-Sengsong Rd, Dededo, GU 96929' and 'P.O.
Box 21345, Barrigada, GU 96921', Saipan's, San Diego's) and phones (Pakistani mobiles '0300'-'0349' and '+92
3..', Peshawar's '091', Quetta's '081-2', Afghan mobiles '+93 7.' and '07..', Kabul's '020', UAE mobiles '+971
5.' and '05.', Sharjah's '06', Zimbabwean mobiles '+263 77', '78', '71', '73' and '077.', Harare's '0242',
Mutare's '020', British mobiles, Faroese six-digit numbers with and without '+298', Danish '+45', Guam's '+1
671', '(671)' and '671-', Saipan's '+1 670', San Diego's '(619)'); Visa, Mastercard 51-55 and 2-series, Amex
4-6-5, Discover's 6011 and 65, Dankort 5019 and UnionPay 62 as a parts shop, a tow, a garage and an insurer
take them; IBANs of countries that have them (Afghanistan, Zimbabwe and the United States have none):
Pakistan, the United Arab Emirates and Saudi Arabia for the Pashtuns, the United Kingdom for the Shona in
Luton, the Faroe Islands and Denmark for the Faroese, and Germany for a Chamorro airman at Ramstein and the
German parts supplier a Guam garage orders from; IPs of the OBD dongle on the garage's Wi-Fi, the dashcam,
the garage's CCTV, the diagnostic laptop, the parts shop's till, sign-in alerts of the accounting software,
the garage server's sshd log and its parts web shop's log, v4 and v6; secrets handed over in ways no earlier
set used (the garage's accounting login on a card taped inside the till, the OBD app's password in the car's
logbook, the EasyPaisa and JazzCash MPINs, the EcoCash PIN, the MobilePay code, the Carly password, the
customer's phone passcode left at the counter for the car's app, the immobiliser code from the garage's
notebook, the garage Wi-Fi on the waiting-room wall), places and theme words ('Peshawar@091', 'Klaksvik700!',
'Masvingo#039', 'Dededo96929', 'g34rb0x' for a parts word in leetspeak), cues in Urdu and Pashto, in their
script and in Latin letters ('کسی کو مت بتانا', 'kisi ko mat batana', 'چاته یې مه وایه', 'chata ye ma
waya'), Shona ('usaudza munhu'), Faroese ('sig tað ikki fyri nøkrum'), Chamorro ('chamu sangåni ni håyi')
and Guam English; pastes of Paynow's integration key, e-conomic's app secret and grant tokens, Tekmetric's
client secret, Shopmonkey's API key (a JWT), JazzCash's integrity salt and EasyPaisa's hash key, MobilePay's
client secret, a Wi-Fi QR string, an nmcli and an smbclient line; usernames as the accounting software's and the OBD
app's logins, the Instagram and TikTok of a garage or a parts shop, in shapes like 'zarak.shinwari91',
'spares_tinashe', 'hanus_djurhuus', 'gu.camacho671'; dates of birth for a CNIC, a tazkira, a driving
licence, an insurance form, a ZINARA or Akstovan paper and a Guam licence, in Pakistan's '14/03/1994' and
'14-03-1994', the Afghan tazkira's Solar Hijri year ('1372/12/23', '23 Hut 1372'), Zimbabwe's '14/03/1994' and
Shona words ('14 Kurume 1994'), the Faroese '14.03.1994' and '14. mars 1994', a US form's '03/14/1994' and
'March 14, 1994', Chamorro words ('14 di Måtso, 1994') and a paste's ISO date, a parent's now and then, all
drawn between fixed years from the set's own rng so the set builds the same on any day; typos as a garage's
customers type: a car word's well-known misspelling ('chassis' -> 'chasis', 'radiator' -> 'radiater',
'suspension' -> 'suspention', 'insurance' -> 'insurence', 'clutch' -> 'cluch') or chat shorthand in the set's
languages ('please' -> 'pls', 'because' -> 'coz', Roman Urdu 'theek hai' -> 'thk hai' and 'kya' -> 'kia',
Chamorro 'håfa' -> 'hafa'); negatives with the same places, the titles, kin words, teknonyms and totems
explained, the naming customs, prices in rupees, afghanis, dirhams, US dollars, kroner, the services and
tests, part numbers and car models, number plates and VINs, fault codes, default credentials of the OBD
dongle and the garage's router, placeholder secrets, a test card, the example IBAN, a placeholder e-mail,
documentation IPs (v4 and v6), dates that are no one's birthday and short everyday chat in the four peoples'
languages.

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import random
import re
import string

from bench.pii import (
    JALALI_MONTHS,
    Example,
    Gen3,
    _chat_like,
    _iban,
    _jalali,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _fold_accents as _fold_marks,
)

HELDOUT112_SEED = 1124731
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT112: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT112 = ["pashtun", "shona", "faroese", "chamorro"]

# each origin: (men's given names, women's given names, family names); the Pashtuns' family names are tribal
# and clan names
NAMES_HELDOUT112: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Pashtuns of Peshawar, Quetta and Kabul and in the Gulf: given names, many with 'Gul' or 'Jan' in them
    "pashtun": ("Zarak;Aimal;Gul Rahman;Sher Alam;Fazal Rabi;Samiullah;Noor Wali;Shahzeb;Bakht Zada;Wali Jan;Laiq Zaman;Ihsanullah;Hidayatullah;Rahmat Gul".split(";"),
                "Wagma;Zarmina;Gul Meena;Shagufta;Mahnoor;Zarlasht;Roshana;Bakhtawar;Mehreen;Sadaf;Khatira;Marjana;Jan Bibi".split(";"),
                "Shinwari;Bangash;Orakzai;Marwat;Kakar;Mandokhel;Safi;Barakzai;Alizai;Sulemankhel;Wardak;Zadran;Dawar;Bettani;Daulatzai;Kharoti".split(";")),
    # Shona of Harare, Bulawayo, Mutare and Masvingo and in Luton and Leicester: Shona and English given names
    "shona": ("Tinashe;Munyaradzi;Tonderai;Kudzai;Tawanda;Takudzwa;Simbarashe;Tinotenda;Godknows;Nomatter;Fortune;Pardon;Obvious;Tichaona;Shingirai;Tafara".split(";"),
              "Chiedza;Rumbidzai;Ruvimbo;Vimbai;Fadzai;Tariro;Rufaro;Mazvita;Netsai;Sekai;Gamuchirai;Ropafadzo;Sharon;Fungai".split(";"),
              "Marufu;Chigumba;Nyamayaro;Mutizwa;Chikore;Munyoro;Mashingaidze;Gwatidzo;Muchemwa;Chimedza;Mandaza;Nyakudya;Chitsika;Mutandwa;Kanengoni;Makumbe;Mupandawana;Chabvonga;Zengeni;Madzima".split(";")),
    # Faroese of Tórshavn, Klaksvík and Runavík and in Copenhagen
    "faroese": ("Hanus;Jógvan;Óli;Tróndur;Símun;Hallur;Finnbogi;Høgni;Sámal;Ólavur;Dánjal;Pætur;Bjarni;Hjalti;Kristian".split(";"),
                "Rakul;Sigrið;Guðrun;Ása;Elin;Sólrun;Bára;Jóhanna;Fríða;Durita;Beinta;Sunneva;Katrin;Malena".split(";"),
                "Poulsen;Djurhuus;Lamhauge;Højgaard;Olsen;Danielsen;Simonsen;Thomsen;Mortensen;Lützen;Waagstein;Gregersen;Zachariasen;Hentze;Ellefsen;Nolsøe;Skaale;Heinesen;Egholm;Dam".split(";")),
    # Chamorro of Guam and Saipan and in San Diego: Spanish-derived given names and family names
    "chamorro": ("Joaquin;Jesus;Jose;Ramon;Enrique;Ricardo;Francisco;Benigno;Felipe;Gregorio;Segundo;Tomas;Antonio;Jared".split(";"),
                 "Concepcion;Josefina;Teresita;Soledad;Rufina;Ignacia;Candelaria;Asuncion;Margarita;Rosa;Dolores;Kristine;Jolene".split(";"),
                 "Camacho;Blas;Leon Guerrero;Mendiola;Pangelinan;Tenorio;Salas;Sablan;Babauta;Quinata;Cepeda;Dueñas;Ulloa;Limtiaco;Manglona;Atalig;San Agustin;De la Cruz;Fejeran;Nededog;Tudela;Hocog;Aquiningoc;Charfauros;San Nicolas;Muña".split(";")),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs), in any of the forms
# (checked without accents and case)
PUBLIC_FIGURES_HELDOUT112 = {
    "Zarak Khan", "Samiullah Khan", "Shahzeb Khan", "Kristian Djurhuus", "Gregorio Sablan", "Tomas Camacho",
    "Ricardo Blas",
}  # fmt: skip
# every word of a Pashtun name in Urdu (first) and Pashto (second) script; 'Muhammad' and 'Khan' too
PASHTUN_SCRIPT_HELDOUT112 = {
    "Zarak": ("زرک", "زرک"), "Aimal": ("ایمل", "ایمل"), "Gul": ("گل", "ګل"), "Rahman": ("رحمان", "رحمان"),
    "Sher": ("شیر", "شېر"), "Alam": ("عالم", "عالم"), "Fazal": ("فضل", "فضل"), "Rabi": ("ربی", "ربي"),
    "Samiullah": ("سمیع اللہ", "سميع الله"), "Noor": ("نور", "نور"), "Wali": ("ولی", "ولي"),
    "Shahzeb": ("شاہزیب", "شاهزېب"), "Bakht": ("بخت", "بخت"), "Zada": ("زادہ", "زاده"), "Jan": ("جان", "جان"),
    "Laiq": ("لائق", "لايق"), "Zaman": ("زمان", "زمان"), "Ihsanullah": ("احسان اللہ", "احسان الله"),
    "Hidayatullah": ("ہدایت اللہ", "هدايت الله"), "Rahmat": ("رحمت", "رحمت"), "Wagma": ("وگمہ", "وږمه"),
    "Zarmina": ("زرمینہ", "زرمينه"), "Meena": ("مینا", "مينا"), "Shagufta": ("شگفتہ", "شګفته"),
    "Mahnoor": ("ماہ نور", "ماه نور"), "Zarlasht": ("زرلشت", "زرلښت"), "Roshana": ("روشانہ", "روښانه"),
    "Bakhtawar": ("بختاور", "بختاوره"), "Mehreen": ("مہرین", "مهرين"), "Sadaf": ("صدف", "صدف"),
    "Khatira": ("خاطرہ", "خاطره"), "Marjana": ("مرجانہ", "مرجانه"), "Bibi": ("بی بی", "بيبي"),
    "Shinwari": ("شینواری", "شينواري"), "Bangash": ("بنگش", "بنګښ"), "Orakzai": ("اورکزئی", "اورکزی"),
    "Marwat": ("مروت", "مروت"), "Kakar": ("کاکڑ", "کاکړ"), "Mandokhel": ("مندوخیل", "مندوخېل"),
    "Safi": ("صافی", "صافي"), "Barakzai": ("بارکزئی", "بارکزی"), "Alizai": ("علیزئی", "عليزی"),
    "Sulemankhel": ("سلیمان خیل", "سليمان خېل"), "Wardak": ("وردگ", "وردګ"), "Zadran": ("زدران", "ځدران"),
    "Dawar": ("داوڑ", "داوړ"), "Bettani": ("بیٹنی", "بېټني"), "Daulatzai": ("دولت زئی", "دولتزی"),
    "Kharoti": ("خروٹی", "خروټي"), "Muhammad": ("محمد", "محمد"), "Khan": ("خان", "خان"),
}  # fmt: skip
ARABIC_HELDOUT112 = re.compile("[\u0600-\u06ff]")
# the '-ullah' names, written apart as many Pakistani papers have them ('Sami Ullah'), and the compounds of
# 'Gul' and 'Jan' joined ('Gulrahman', 'Walijan')
PASHTUN_SPLIT_HELDOUT112 = {
    "Samiullah": "Sami Ullah", "Ihsanullah": "Ihsan Ullah", "Hidayatullah": "Hidayat Ullah",
    "Gul Rahman": "Gulrahman", "Rahmat Gul": "Rahmatgul", "Wali Jan": "Walijan", "Gul Meena": "Gulmeena",
    "Jan Bibi": "Janbibi", "Sher Alam": "Sheralam",
}  # fmt: skip
# the short forms a Pashtun given name takes among friends and in the garage
PASHTUN_NICK_HELDOUT112 = {
    "Samiullah": "Sami", "Ihsanullah": "Ihsan", "Hidayatullah": "Hidayat", "Gul Rahman": "Gulu",
    "Shahzeb": "Shani", "Zarmina": "Zari", "Wagma": "Wagi", "Mahnoor": "Noori", "Bakhtawar": "Bakhto",
}  # fmt: skip
# the short forms of Shona and English given names in Zimbabwe
SHONA_NICK_HELDOUT112 = {
    "Tinashe": "Tino", "Tinotenda": "Tino", "Simbarashe": "Simba", "Munyaradzi": "Munya", "Kudzai": "Kuda",
    "Takudzwa": "Taku", "Rumbidzai": "Rumbi", "Ruvimbo": "Ruvi", "Tawanda": "Tawa", "Gamuchirai": "Gamu",
    "Ropafadzo": "Ropa", "Godknows": "GK",
}  # fmt: skip
# the totems (mutupo) a Shona clan praises: after a name, in brackets, outside the span
TOTEMS_HELDOUT112 = ["Shumba", "Soko", "Mhofu", "Nzou", "Dziva", "Shiri", "Ngara", "Moyo"]
TOTEM_SLOT_HELDOUT112 = re.compile(r"\{\} \((" + "|".join(TOTEMS_HELDOUT112) + r")\)")
# the Faroese fathers' names in the genitive, on which a patronymic in '-son' or '-dóttir' is built
FAROESE_GENITIVE_HELDOUT112 = {
    "Hanus": "Hanusar", "Jógvan": "Jógvans", "Tróndur": "Tróndar", "Símun": "Símunar", "Hallur": "Halls",
    "Finnbogi": "Finnboga", "Sámal": "Sámals", "Ólavur": "Ólavs", "Dánjal": "Dánjals", "Pætur": "Pæturs",
    "Bjarni": "Bjarna", "Hjalti": "Hjalta", "Óli": "Óla",
}  # fmt: skip
# the family names of old farms, with the particle ('í', 'á', 'við', 'av', 'undir') in lower case
FAROESE_FARM_HELDOUT112 = [
    "í Stórustovu",
    "við Á",
    "á Lakjuni",
    "av Reyni",
    "undir Hamri",
    "í Gerðinum",
    "á Bø",
]
# the short forms of Faroese given names
FAROESE_NICK_HELDOUT112 = {
    "Hallur": "Halli", "Sigrið": "Sigga", "Guðrun": "Gunna", "Jógvan": "Jóggi", "Jóhanna": "Hanna",
    "Bjarni": "Bjassi", "Kristian": "Kris", "Sunneva": "Sunna",
}  # fmt: skip
# the short forms of Chamorro given names, many from the Spanish ones
CHAMORRO_NICK_HELDOUT112 = {
    "Francisco": "Kiko", "Jesus": "Chu", "Teresita": "Tessie", "Antonio": "Ton", "Jose": "Pepe",
    "Concepcion": "Chong", "Dolores": "Lole", "Soledad": "Sole", "Josefina": "Fina", "Margarita": "Maggie",
    "Enrique": "Ike", "Ignacia": "Nasia",
}  # fmt: skip
# the suffixes a Chamorro son named after his father carries, inside the span
CHAMORRO_SUFFIX_HELDOUT112 = ["Jr.", "Jr", "III", "II"]
NICKS_HELDOUT112 = {
    "pashtun": PASHTUN_NICK_HELDOUT112, "shona": SHONA_NICK_HELDOUT112, "faroese": FAROESE_NICK_HELDOUT112,
    "chamorro": CHAMORRO_NICK_HELDOUT112,
}  # fmt: skip
# a family name (or a given name) with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT112 = {
    "Shinwari": "Shinwary", "Orakzai": "Orakzay", "Bangash": "Bangsh", "Sulemankhel": "Sulemankheil",
    "Mandokhel": "Mandokhail", "Daulatzai": "Dualatzai", "Samiullah": "Samiulla",
    "Mashingaidze": "Mashingadze", "Nyamayaro": "Nyamayro", "Mupandawana": "Mupandwana", "Kanengoni": "Kanegoni",
    "Gwatidzo": "Gwatizdo", "Chabvonga": "Chavbonga", "Munyaradzi": "Munyaradiz",
    "Djurhuus": "Djurhus", "Lamhauge": "Lamhuage", "Zachariasen": "Zakariasen", "Waagstein": "Wagstein",
    "Gregersen": "Gregresen", "Heinesen": "Heinsen",
    "Pangelinan": "Pangelian", "Mendiola": "Mendoila", "Aquiningoc": "Aquinigoc", "Charfauros": "Charfuaros",
    "Limtiaco": "Limitaco", "Manglona": "Manglaona",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and
# the part of the name it goes with ('full', 'given', 'family', 'child': the name of the child a Shona parent
# is called after, 'Amai Tino', Tino's mother, or 'child_or_family': that or the family name, 'Baba Marufu')
TITLED_HELDOUT112: dict[str, tuple[str, bool | None, str]] = {
    "khan sahib": ("pashtun", False, "given"),  # respect for a Pashtun man, the garage owner
    "lala": ("pashtun", False, "given"),  # elder brother, any older man
    "kaka": ("pashtun", False, "given"),  # uncle, a father's brother
    "haji": ("pashtun", False, "full"),  # a man who made the hajj
    "ustad": ("pashtun", False, "given"),  # the master mechanic
    "baji": ("pashtun", True, "given"),  # elder sister
    "استاد": ("pashtun", False, "given"),  # 'ustad' in Urdu and Pashto script
    "حاجی": ("pashtun", False, "full"),  # 'haji' in script
    "sekuru": ("shona", False, "family"),  # grandfather, a mother's brother, any old man
    "mbuya": ("shona", True, "family"),  # grandmother, any old woman
    "baba": ("shona", False, "child_or_family"),  # father of: 'Baba Tino', or Mr: 'Baba Marufu'
    "amai": ("shona", True, "child_or_family"),  # mother of: 'Amai Tino', or Mrs: 'Amai Marufu'
    "mai": ("shona", True, "child_or_family"),  # the short 'Amai'
    "mukoma": ("shona", False, "given"),  # elder brother
    "tete": ("shona", True, "given"),  # a father's sister
    "omma": ("faroese", True, "given"),  # grandmother
    "abbi": ("faroese", False, "given"),  # grandfather
    "frú": ("faroese", True, "family"),  # Mrs
    "tun": ("chamorro", False, "given"),  # respect for an older man
    "tan": ("chamorro", True, "given"),  # respect for an older woman
    "auntie": ("chamorro", True, "given"),  # any older woman, in Guam English
    "si": ("chamorro", None, "given"),  # the article before a person's name in Chamorro
}
TITLE_SLOT_HELDOUT112 = re.compile(
    r"(?<![\w'.-])(khan sahib|lala|kaka|haji|ustad|baji|استاد|حاجی|sekuru|mbuya|baba|amai|mai|mukoma|tete|"
    r"omma|abbi|frú|tun|tan|auntie|si) \{\}",
    re.IGNORECASE,
)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT112
FORCED_FORMS_HELDOUT112 = [
    ("pashtun", "khan"), ("shona", "two_given"), ("faroese", "patronymic"), ("chamorro", "maiden_middle"),
    ("pashtun", "compound_given"), ("shona", "surname_first"), ("faroese", "farm"), ("chamorro", "middle_initial"),
    ("pashtun", "muhammad"), ("shona", "married"), ("faroese", "double_family"), ("chamorro", "two_word_family"),
    ("pashtun", "script"), ("shona", "initials"), ("faroese", "ascii"), ("chamorro", "surname_first"),
    ("pashtun", "split"), ("shona", "nickname"), ("faroese", "danish"), ("chamorro", "suffix"),
    ("pashtun", "nickname"), ("shona", "typo"), ("faroese", "surname_first"), ("chamorro", "enye"),
    ("pashtun", "typo"), ("faroese", "initials"), ("chamorro", "ascii"),
    ("faroese", "nickname"), ("chamorro", "nickname"),
    ("faroese", "typo"), ("chamorro", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT112 = {"nickname", "typo"}
FORM_ONLY_FORMS_HELDOUT112 = {"surname_first", "initials", "married", "middle_initial", "suffix"}
# forms that want a woman's name, and forms that want a man's
WOMEN_FORMS_HELDOUT112 = {"married"}
MEN_FORMS_HELDOUT112 = {"khan", "suffix"}
# the scripts or layouts a form may come in ('' is the template's plain one); any other form: '' and 'ascii'
FORM_SCRIPTS_HELDOUT112: dict[tuple[str, str], set[str]] = {
    ("shona", "surname_first"): {"surname_first"}, ("faroese", "surname_first"): {"surname_first"},
    ("chamorro", "surname_first"): {"surname_first"}, ("pashtun", "script"): {"", "arabic"},
    ("pashtun", "khan"): {"", "ascii", "arabic"}, ("pashtun", "compound_given"): {"", "ascii", "arabic"},
    ("faroese", "patronymic"): {""}, ("faroese", "farm"): {""}, ("faroese", "initials"): {""},
    ("chamorro", "enye"): {""},
}  # fmt: skip
DEFAULT_SCRIPTS_HELDOUT112 = {"", "ascii"}
# the forms that write the family name first, and the people whose papers they are: a Zimbabwean form, a US
# form in Guam or Saipan, a Danish form for the Faroese
SURNAME_FIRST_LEADS_HELDOUT112 = {
    "Surname, First name": "shona",
    "LAST, FIRST": "chamorro",
    "Efternavn, fornavn": "faroese",
}
# sentences the build adds whatever the seed: a titled name of each people (a totem after it for the Shona),
# a name in capitals on a form and one in lower case in chat for each people, and a sentence for any forced
# form the build has not given yet
FORCED_SENTENCES_HELDOUT112: dict[str, list[str]] = {
    "pashtun": [
        "Ustad {} fixed the injector pump of the Hilux in one afternoon",
        "Khan sahib {} runs the spare parts shop on Board Bazaar",
        "Lala {} says the gearbox of the Corolla needs new synchros",
        "Haji {} sells used engines from Japan in Industrial Area 6",
        "Kaka {} towed my car from the Ring Road to his workshop",
    ],
    "shona": [
        "Sekuru {} knows every Mazda part in Gazaland",
        "Amai {} paid the towing with EcoCash",
        "Baba {} owns the panel beating shop in Glen View",
        "Mbuya {} wants the old Peugeot 404 roadworthy again",
        "{} (Shumba) did the wheel alignment for ten dollars",
    ],
    "faroese": [
        "omma {} vil hava vetrardekkini á bilin í morgin",
        "abbi {} keypti brúktan Toyota í Klaksvík",
        "frú {} sendi rokningina fyri bilin til Trygd",
        "omma {} still drives the old Volvo to Runavík every Sunday",
        "abbi {} took the car for the bilkanning at Akstovan",
    ],
    "chamorro": [
        "Tun {} fixed the aircon of my Tacoma in Dededo",
        "Tan {} wants the typhoon damage on her car claimed",
        "Auntie {} sells Japanese spare parts out of her garage in Yigo",
        "Ya si {} ha na'maolek i kareta-hu",
        "Tun {} still drives the old Datsun to the Mangilao market",
    ],
    "upper": [
        "Name in block capitals: {}",
        "Registered owner (as on the papers, in capitals): {}",
        "Full name (capital letters): {}",
    ],
    "lower": [
        "lol {} put the wrong oil in the Corolla again",
        "{} still hasn't come for the car, it's been two weeks",
        "has anyone heard from {} since the tow yesterday",
    ],
    "form": [
        "Name of owner: {}",
        "Customer name on the job card: {}",
    ],
    "chat": [
        "{} says the car is ready, come and collect it",
        "did {} pay for the brake pads in the end?",
    ],
}
# IBANs where a mechanic, a supplier or a relative is paid (Afghanistan, Zimbabwe and the US have none):
# Pakistan, the UAE and Saudi Arabia for the Pashtuns, the UK for the Shona in Luton, the Faroe Islands and
# Denmark for the Faroese, Germany for a Chamorro airman at Ramstein and the German parts supplier
IBAN_SHAPES_HELDOUT112 = {"PK": "4a16c", "AE": "3n16n", "SA": "2n18c", "GB": "4a14n", "FO": "14n", "DK": "14n", "DE": "18n"}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT112 = {
    "pashtun": ["PK", "PK", "AE", "SA"], "shona": ["GB"], "faroese": ["FO", "FO", "DK"], "chamorro": ["DE"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT112 = {
    "pashtun": ["autos", "spares", "motors", "peshawar", "quetta", "khyber"],
    "shona": ["spares", "motors", "panelbeaters", "harare", "mutare", "gazaland"],
    "faroese": ["bilar", "verkstad", "dekk", "torshavn", "klaksvik", "runavik"],
    "chamorro": ["autoparts", "towing", "guam", "saipan", "dededo", "hafa"],
}
EMAIL_DOMAINS_HELDOUT112 = {
    "pashtun": ["yahoo.com", "hotmail.com", "outlook.com", "uop.edu.pk"],
    "shona": ["yahoo.co.uk", "zol.co.zw", "africaonline.co.zw", "uz.ac.zw"],
    "faroese": ["olivant.fo", "post.olivant.fo", "kallnet.fo", "setur.fo"],
    "chamorro": ["ite.net", "triton.uog.edu", "pticom.com", "yahoo.com"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT112: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)[\u0600-\u06ff]|peshawar|quetta|kabul|sharjah|dubai|abu dhabi|musaffah|al aweer|"
                r"board bazaar|karkhano|hilux|rupees|\bpkr\b|afghani|easypaisa|jazzcash|cnic|tazkira|excise|"
                r"khyber|pashto|pashtun|urdu|\bhai\b|\bkya\b|bhai|\byaar\b|\bgari\b|ustad|"
                r"khan sahib|\blala\b|\bkaka\b|\bhaji\b|\bbaji\b|industrial area"), "pashtun"),
    (re.compile(r"(?i)harare|bulawayo|mutare|masvingo|gazaland|glen view|mbare|siyaso|msasa|belmont|"
                r"zimbabwe|\bzim\b|ecocash|onemoney|paynow|zinara|\bvid\b|be forward|luton|leicester|"
                r"\bndi\b|\bwa\b|\bne\b|\bku\b|\bkwa\b|usaudza|munhu|mhoro|sekuru|mbuya|\bamai\b|\bmai\b|"
                r"mukoma|\btete\b|\bbaba\b|kombi|totem|mutupo"), "shona"),
    (re.compile(r"(?i)tórshavn|torshavn|hoyvík|klaksvík|klaksvik|runavík|runavik|føroy|faroe|akstovan|"
                r"bilkanning|trygd|mobilepay|e-conomic|dinero|dankort|kroner|\bkr\b|copenhagen|"
                r"københavn|\bí\b|\bá\b|\bvið\b|\bog\b|\ber\b|\bomma\b|\babbi\b|\bfrú\b|navn|eigari|"
                r"vetrardekk|bilin"), "faroese"),
    (re.compile(r"(?i)guam|hagåtña|hagatna|dededo|tamuning|yigo|mangilao|barrigada|saipan|kagman|dandan|"
                r"koblerville|as lito|\bcnmi\b|typhoon|\bgu\b|\bmp\b|san diego|tekmetric|shopmonkey|"
                r"\btun\b|\btan\b|auntie|\bsi\b|\bi\b kareta|kareta|håfa|hafa|chamorro|tacoma|"
                r"rev and tax|\bdrt\b|bankguam"), "chamorro"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT112: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bnée\b|\bhon\b|\bhennara\b|\bbaji\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bhann\b|\bhansara\b|\bbhai\b|\bustad\b"), False),
]  # fmt: skip
# a car or garage word and its well-known misspelling
MISSPELT_HELDOUT112 = {
    "chassis": "chasis", "radiator": "radiater", "alternator": "alternater", "suspension": "suspention",
    "insurance": "insurence", "clutch": "cluch", "mechanic": "machanic", "accident": "accedent",
    "invoice": "invoce", "quotation": "qoutation", "battery": "battary", "receipt": "reciept",
    "tomorrow": "tommorow", "registration": "registeration", "windscreen": "windscren", "diesel": "disel",
}  # fmt: skip
MISSPELT_WORD_HELDOUT112 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT112, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Roman Urdu, Chamorro
SHORTHAND_HELDOUT112 = {
    "please": "pls", "because": "coz", "tomorrow": "tmrw", "message": "msg", "before": "b4", "thanks": "thx",
    "theek hai": "thk hai", "kya": "kia", "håfa": "hafa", "people": "ppl", "today": "2day",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT112 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT112, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT112 = (
    "January February March April May June July August September October November December".split()
)
SHONA_MONTHS_HELDOUT112 = "Ndira Kukadzi Kurume Kubvumbi Chivabvu Chikumi Chikunguru Nyamavhuvhu Gunyana Gumiguru Mbudzi Zvita".split()
FAROESE_MONTHS_HELDOUT112 = (
    "januar februar mars apríl mai juni juli august september oktober november desember".split()
)
CHAMORRO_MONTHS_HELDOUT112 = (
    "Eneru Fibreru Måtso Abrit Måyu Huñu Hulio Agostu Septembri Oktubri Nobiembri Disiembri".split()
)
# the Solar Hijri months as Afghanistan names them (the Persian ones in bench/pii.py's JALALI_MONTHS)
AFGHAN_MONTHS_HELDOUT112 = "Hamal Sawr Jawza Saratan Asad Sunbula Mizan Aqrab Qaws Jadi Dalw Hut".split()


def _fold(text: str) -> str:
    """A name or a sentence without its marks and the Faroese letters, as an English keyboard types it:
    'Høgni Guðrunardóttir' -> 'Hogni Gudrunardottir', 'Dueñas' -> 'Duenas', 'Hagåtña' -> 'Hagatna'."""
    table = str.maketrans({"ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae"})
    return _fold_marks(text.translate(table))


def _danish(text: str) -> str:
    """A Faroese name as a Dane or an old register writes it: 'ø' as 'oe', 'ð' as 'd', 'á' as 'aa', the other
    marks dropped ('Høgni Højgaard' -> 'Hoegni Hoejgaard', 'Sámal' -> 'Saamal')."""
    table = str.maketrans(
        {"ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "ð": "d", "Ð": "D", "á": "aa", "Á": "Aa"}
    )
    return _fold_marks(text.translate(table))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Høgni' -> 'hogni', 'Leon
    Guerrero' -> 'leonguerrero', 'Dueñas' -> 'duenas')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, accents and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT112)


def _script(name: str, pashto: bool) -> str:
    """A Pashtun name written in Latin letters, in Urdu or (`pashto`) Pashto script ('Gul Rahman Shinwari'
    -> 'گل رحمان شینواری' or 'ګل رحمان شينواري'); a word not listed raises KeyError."""
    side = 1 if pashto else 0
    return " ".join(
        PASHTUN_SCRIPT_HELDOUT112[w.capitalize() if w.isupper() else w][side] for w in name.split()
    )


class Gen112(Gen3):
    """Generators for held-out set 112: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT112)  # the forms not given yet
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

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT112; never a public figure's."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT112)
        men, women, lasts = NAMES_HELDOUT112[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if not _reads_public(f"{first} {x}")])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _other(self, pool: list[str], *not_these: str) -> str:
        return self.rng.choice([x for x in pool if x not in not_these])

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT112's, or 'plain'); never one
        that reads as a public figure's; in Urdu or Pashto script where `script` is 'arabic' (a Pashtun name),
        without marks and Faroese letters where it is 'ascii'."""
        for _ in range(50):
            value = self._form_once(origin, form, woman)
            if not _reads_public(value):
                break
        if (
            origin == "pashtun"
            and (script == "arabic" or form == "script")
            and not ARABIC_HELDOUT112.search(value)
        ):
            value = _script(value, self.rng.random() < 0.5)
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None) -> str:
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT112:
            woman = True
        if form in MEN_FORMS_HELDOUT112:
            woman = False
        if form == "nickname":  # 'Sami', 'Tino', 'Sigga', 'Kiko'
            nicks = NICKS_HELDOUT112[origin]
            women = set(NAMES_HELDOUT112[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT112[origin]
        own = women if woman else men
        if form == "typo":  # 'Zarak Shinwary', 'Samiulla Marwat', 'Hanus Djurhus', 'Rosa Pangelian'
            typos = [x for x in lasts + own if x in NAME_TYPOS_HELDOUT112]
            pick = rng.choice(typos)
            if pick in lasts:
                return f"{first} {NAME_TYPOS_HELDOUT112[pick]}"
            return f"{NAME_TYPOS_HELDOUT112[pick]} {last}"
        if origin == "pashtun":
            if form == "khan":  # 'Zarak Khan', 'Sher Alam Khan Bangash'
                return f"{first} Khan" if rng.random() < 0.5 else f"{first} Khan {last}"
            if form == "compound_given":  # 'Gul Rahman Shinwari', 'Wali Jan', 'Jan Bibi Kakar'
                first = rng.choice([g for g in own if re.search(r"\b(Gul|Jan)\b", g)])
                return f"{first} {last}" if rng.random() < 0.7 else first
            if form == "muhammad":  # 'Muhammad Zarak Khan', 'M. Samiullah Marwat'
                lead = rng.choice(["Muhammad", "M."])
                first = rng.choice(men)
                return f"{lead} {first} {rng.choice(['Khan', last])}"
            if form == "script":  # 'گل رحمان شینواری', 'وږمه اورکزی'
                return f"{first} {last}" if rng.random() < 0.7 else f"{first} Khan" if not woman else first
            if form == "split":  # 'Sami Ullah Safi', 'Gulrahman Bangash'
                first = rng.choice(
                    [g for g in own if g in PASHTUN_SPLIT_HELDOUT112] or list(PASHTUN_SPLIT_HELDOUT112)
                )
                return f"{PASHTUN_SPLIT_HELDOUT112[first]} {last}"
        if origin == "shona":
            if form == "two_given":  # an English and a Shona given name: 'Godknows Tinashe Marufu'
                return f"{first} {self._other(own, first)} {last}"
            if form == "surname_first":  # 'MARUFU Godknows', 'Marufu, Chiedza R.', 'Marufu Tinashe'
                r = rng.random()
                if r < 0.4:
                    return f"{last.upper()} {first}"
                if r < 0.75:
                    return f"{last}, {first} {self._other(own, first)[0]}."
                return f"{last} {first}"
            if form == "married":  # 'Chiedza Marufu née Chikore'
                return f"{first} {self._other(lasts, last)} née {last}"
            if form == "initials":  # 'T. G. Marufu', 'T.G. Marufu', 'C. Marufu'
                second = self._other(own, first)
                r = rng.random()
                if r < 0.4:
                    return f"{first[0]}. {second[0]}. {last}"
                if r < 0.7:
                    return f"{first[0]}.{second[0]}. {last}"
                return f"{first[0]}. {last}"
        if origin == "faroese":
            father = rng.choice(sorted(FAROESE_GENITIVE_HELDOUT112))
            patronymic = FAROESE_GENITIVE_HELDOUT112[father] + ("dóttir" if woman else "son")
            if form == "patronymic":  # 'Hanus Símunarson', 'Rakul Pætursdóttir Lamhauge'
                return f"{first} {patronymic}" if rng.random() < 0.75 else f"{first} {patronymic} {last}"
            if form == "farm":  # 'Tróndur í Stórustovu', 'Malena við Á'
                return f"{first} {rng.choice(FAROESE_FARM_HELDOUT112)}"
            if form == "double_family":  # 'Rakul Dam Poulsen'
                return f"{first} {self._other(lasts, last)} {last}"
            if form == "ascii":  # 'Hogni Hojgaard', 'Gudrun Nolsoe'
                first = rng.choice([g for g in own if _fold(g) != g])
                last = rng.choice([x for x in lasts if _fold(x) != x] + [last])
                return _fold(f"{first} {last}")
            if form == "danish":  # 'Hoegni Hoejgaard', 'Saamal Nolsoee'
                first = rng.choice([g for g in own if re.search("[øæá]", g)] or own)
                last = rng.choice([x for x in lasts if "ø" in x])
                return _danish(f"{first} {last}")
            if form == "surname_first":  # 'Poulsen, Rakul', 'DJURHUUS Hanus'
                return f"{last}, {first}" if rng.random() < 0.6 else f"{last.upper()} {first}"
            if form == "initials":  # 'H. Símunarson', 'R. D. Poulsen'
                if rng.random() < 0.5:
                    return f"{first[0]}. {patronymic}"
                return f"{first[0]}. {self._other(lasts, last)[0]}. {last}"
        if origin == "chamorro":
            mother = self._other(lasts, last)
            if form == "maiden_middle":  # 'Joaquin Santos Camacho': the mother's family name in the middle
                return f"{first} {mother} {last}"
            if form == "middle_initial":  # 'Joaquin S. Camacho'
                return f"{first} {mother[0]}. {last}"
            if form == "two_word_family":  # 'Rufina Leon Guerrero', 'Tomas San Nicolas'
                return f"{first} {rng.choice([x for x in lasts if ' ' in x])}"
            if form == "surname_first":  # a US form: 'CAMACHO, JOAQUIN S.', 'Sablan, Rosa C.'
                value = f"{last}, {first} {mother[0]}."
                return value.upper() if rng.random() < 0.5 else value
            if form == "suffix":  # 'Jesus C. Sablan Jr.', 'Jose Tenorio III'
                middle = f" {mother[0]}." if rng.random() < 0.6 else ""
                return f"{first}{middle} {last} {rng.choice(CHAMORRO_SUFFIX_HELDOUT112)}"
            if form in ("enye", "ascii"):  # 'Rosa Dueñas', 'Rosa Duenas'
                last = rng.choice([x for x in lasts if "ñ" in x])
                value = f"{first} {last}"
                return value if form == "enye" else _fold(value)
        return f"{first} {last}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as a licence's or a register's line holds it ('SHINWARI ZARAK KHAN', 'MARUFU
        GODKNOWS TINASHE', 'HANUS SÍMUNARSON DJURHUUS', 'CAMACHO, JOAQUIN SANTOS')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            own = NAMES_HELDOUT112[origin][1 if woman else 0]
            r = self.rng.random()
            if origin == "pashtun":
                value = f"{first} {last}" if r < 0.5 or woman else f"{last} {first} Khan"
            elif origin == "shona":
                value = f"{last} {first} {self._other(own, first)}" if r < 0.6 else f"{first} {last}"
            elif origin == "faroese":
                father = self.rng.choice(sorted(FAROESE_GENITIVE_HELDOUT112))
                patronymic = FAROESE_GENITIVE_HELDOUT112[father] + ("dóttir" if woman else "son")
                value = f"{first} {patronymic} {last}" if r < 0.4 else f"{first} {last}"
            else:
                value = (
                    f"{last}, {first} {self._other(NAMES_HELDOUT112[origin][2], last)}"
                    if r < 0.5
                    else f"{first} {last}"
                )
            if not _reads_public(value):
                break
        return value.upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'surname_first' or 'arabic' where the
        template asks for one."""
        rng = self.rng
        r = rng.random()
        if script == "surname_first":
            return self._form(origin, "surname_first", woman)
        if origin == "pashtun":
            if r < 0.2 and not woman:
                name = f"{first} Khan"
            elif r < 0.3 and not woman:
                name = f"{first} Khan {last}"
            else:
                name = f"{first} {last}"
            return _script(name, rng.random() < 0.5) if script == "arabic" else name
        if origin == "shona":
            if r < 0.2 and not chat:
                return f"{first} {self._other(NAMES_HELDOUT112[origin][1 if woman else 0], first)} {last}"
            return f"{first} {last}"
        if origin == "faroese":
            if r < 0.15:
                father = rng.choice(sorted(FAROESE_GENITIVE_HELDOUT112))
                return f"{first} {FAROESE_GENITIVE_HELDOUT112[father]}{'dóttir' if woman else 'son'}"
            if chat and r < 0.3:
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        if r < 0.25 and not chat:
            return f"{first} {self._other(NAMES_HELDOUT112[origin][2], last)[0]}. {last}"
        return f"{first} {last}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if script not in FORM_SCRIPTS_HELDOUT112.get((o, form), DEFAULT_SCRIPTS_HELDOUT112):
                continue
            if (woman is False and form in WOMEN_FORMS_HELDOUT112) or (
                woman is True and form in MEN_FORMS_HELDOUT112
            ):
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT112 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT112 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        if script == "surname_first" and origin not in ("shona", "faroese", "chamorro"):
            origin = self.rng.choice(["shona", "faroese", "chamorro"])  # the peoples whose forms do that
        if script == "arabic":
            origin = "pashtun"
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
        if r < (0.7 if chat else 0.88) or script:
            name = self._full(origin, first, last, woman, script, chat)
            return _fold(name) if script == "ascii" else name
        if r < 0.94:  # the given name alone, or its short form
            name = first
            nicks = NICKS_HELDOUT112[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Ustad Gul Rahman', 'Khan sahib Zarak', 'Haji Sher Alam
        Bangash', 'استاد زرک', 'Amai Tino', 'Baba Marufu', 'Sekuru Chigumba', 'omma Sigga', 'frú Djurhuus',
        'Tun Jesus', 'Tan Chong', 'si Kiko'), from the origin that uses it."""
        for _ in range(50):
            value = self._titled_once(title)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str) -> str:
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT112[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        nicks = NICKS_HELDOUT112[origin]
        script = bool(ARABIC_HELDOUT112.search(title))
        if part == "child" or (part == "child_or_family" and rng.random() < 0.55):  # 'Amai Tino', 'Baba Kuda'
            _, child, _, _ = self._origin_name(origin)
            return nicks[child] if child in nicks and rng.random() < 0.6 else child
        if part in ("family", "child_or_family"):
            return last
        if part == "given":
            if script:  # 'استاد زرک'
                return _script(first, rng.random() < 0.5)
            if first in nicks and rng.random() < 0.4:  # 'Lala Sami', 'omma Sigga', 'Tan Chong'
                return nicks[first]
            return first
        value = f"{first} {last}" if rng.random() < 0.6 else first  # 'Haji Sher Alam Bangash', 'Haji Aimal'
        return _script(value, rng.random() < 0.5) if script else value

    def totem_person(self) -> str:
        """A Shona name before a totem in brackets ('Tinashe Marufu (Shumba)', 'Munya (Soko)')."""
        _, first, last, _ = self._origin_name("shona")
        r = self.rng.random()
        if r < 0.6:
            return f"{first} {last}"
        return SHONA_NICK_HELDOUT112.get(first, first) if r < 0.8 else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a totem
        after it, one of the origin whose places, papers or speech the template names, in the script or the
        layout the template is written in."""
        m = TITLE_SLOT_HELDOUT112.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT112[title.lower()][0]
            return name
        if TOTEM_SLOT_HELDOUT112.search(template):
            name = self.totem_person()
            self.last_origin = "shona"
            return name
        lead = next((lead for lead in SURNAME_FIRST_LEADS_HELDOUT112 if template.startswith(lead)), None)
        script, origin = ("surname_first", SURNAME_FIRST_LEADS_HELDOUT112[lead]) if lead else ("", None)
        if not lead and ARABIC_HELDOUT112.search(template):
            script = "arabic"
        elif not lead and (template.startswith(('"', "- ")) or "=" in template):
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT112 if cue.search(template)), None)
        origin = origin or next((o for cue, o in ORIGIN_CUES_HELDOUT112 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people (a totem after one
        for the Shona), a name in capitals on a form and one in lower case in chat for each people, and any
        form of FORCED_FORMS_HELDOUT112 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT112:
            template = rng.choice(FORCED_SENTENCES_HELDOUT112[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT112:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT112["upper"]), self._caps(origin)))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT112["lower"]), self._plain_lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT112 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT112[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _plain_lower(self, origin: str) -> str:
        """A full name in lower case as chat types it ('zarak shinwari', 'tinashe marufu', 'hogni djurhuus',
        'jesus camacho')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            value = self._full(origin, first, last, woman, "", True)
            if " " in value and not _reads_public(value):
                break
        return value.lower()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, flat = rng.randint(1, 160), rng.randint(1, 40)
        shapes = {
            "pashtun": [
                f"House {n}, Street {rng.randint(1, 12)}, University Town, Peshawar",
                f"House No. {n}, Gulbahar No. {rng.randint(1, 4)}, Peshawar",
                f"Shop {rng.randint(1, 60)}, {pick(['Board Bazaar', 'Dalazak Road', 'Warsak Road'])}, Peshawar",
                f"House {n}, Block {rng.randint(1, 6)}, Satellite Town, Quetta",
                f"Shop {rng.randint(1, 60)}, {pick(['Prince Road', 'Brewery Road', 'Sariab Road'])}, Quetta",
                f"Karte Char, Street {rng.randint(1, 9)}, House {n}, Kabul",
                f"Khair Khana, Section {rng.randint(1, 4)}, Street {rng.randint(1, 15)}, Kabul",
                f"{pick(['Taimani', 'Kote Sangi'])}, Street {rng.randint(1, 12)}, House {n}, Kabul",
                f"Shop {rng.randint(1, 90)}, Industrial Area {rng.randint(1, 18)}, Sharjah",
                f"Shop {rng.randint(1, 90)}, Al Aweer Used Auto Parts Market, Ras Al Khor, Dubai",
                f"Plot {rng.randint(1, 60)}, M-{rng.randint(1, 45)}, Musaffah, Abu Dhabi",
            ],
            "shona": [
                f"Stand {rng.randint(1000, 9999)}, Glen View {rng.randint(1, 8)}, Harare",
                f"{n} {pick(['Glenara Avenue', 'Churchill Avenue', 'Enterprise Road'])}, Highlands, Harare",
                f"{n} {pick(['Lomagundi Road', 'Argyle Road', 'Quorn Avenue'])}, Avondale, Harare",
                f"{rng.randint(1000, 9999)} Budiriro {rng.randint(1, 5)}, Harare",
                f"{n} {pick(['Mutare Road', 'Beverley Road'])}, Msasa, Harare",
                f"{n} {pick(['Khami Road', 'Steelworks Road', 'Kenmare Road'])}, Belmont, Bulawayo",
                f"House {rng.randint(1, 5000)}, {pick(['Sakubva', 'Dangamvura', 'Chikanga'])}, Mutare",
                f"{n} {pick(['Herbert Street', 'Aerodrome Road'])}, Mutare",
                f"Stand {rng.randint(100, 4000)}, {pick(['Mucheke', 'Rujeko', 'Runyararo West'])}, Masvingo",
                f"Flat {flat}, {n} {pick(['Dunstable Road', 'Leagrave Road'])}, Luton LU{rng.randint(1, 4)} {rng.randint(1, 9)}{pick(['EA', 'HB', 'QD'])}",
                f"{n} {pick(['Narborough Road', 'Evington Road'])}, Leicester LE{rng.randint(2, 5)} {rng.randint(1, 9)}{pick(['AB', 'JD', 'PT'])}",
            ],
            "faroese": [
                f"{pick(['Sverrisgøta', 'Landavegur', 'Varðagøta', 'Tróndargøta', 'Gundadalsvegur'])} {n}, FO-100 Tórshavn",
                f"{pick(['Hoyvíksvegur', 'Hvítanesvegur'])} {n}, FO-188 Hoyvík",
                f"{pick(['Klaksvíksvegur', 'Biskupsstøðgøta', 'Ósavegur'])} {n}, FO-700 Klaksvík",
                f"{pick(['Heiðavegur', 'Glyvravegur'])} {n}, FO-620 Runavík",
                f"Postsmoguleiki {rng.randint(1, 3000)}, FO-110 Tórshavn",
                f"{pick(['Sverrisgota', 'Landavegur', 'Hoyviksvegur'])} {n}, 100 Torshavn",
                f"{pick(['Amagerbrogade', 'Frederikssundsvej', 'Nørrebrogade'])} {n}, {rng.randint(1, 5)}. {pick(['tv', 'th'])}., {pick(['2300 København S', '2400 København NV', '2200 København N'])}",
            ],
            "chamorro": [
                f"{n} {pick(['Y-Sengsong Rd', 'Macheche Rd', 'Harmon Loop Rd'])}, Dededo, GU 96929",
                f"{n} {pick(['Ypao Rd', 'Farenholt Ave'])}, Tamuning, GU 96913",
                f"{n} {pick(['Aspinall Ave', 'W O’Brien Dr'])}, Hagåtña, GU 96910",
                f"{n} {pick(['Chalan Koda', 'Gayinero Rd'])}, Yigo, GU 96929",
                f"P.O. Box {rng.randint(1000, 30000)}, {pick(['Barrigada, GU 96921', 'Mangilao, GU 96923', 'Hagatna, GU 96932'])}",
                f"House {n}, {pick(['Kagman III', 'Dandan Homestead', 'Koblerville', 'As Lito'])}, Saipan, MP 96950",
                f"PMB {rng.randint(100, 999)}, Box {rng.randint(10000, 10099)}, Saipan, MP 96950",
                f"{rng.randint(100, 9999)} {pick(['Sweetwater Rd', 'Paradise Valley Rd'])}, {pick(['National City, CA 91950', 'Spring Valley, CA 91977'])}",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT112 for s in shapes[o]])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT112[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1970, 2008)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "gmail.com", *EMAIL_DOMAINS_HELDOUT112[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        pk = [
            f"3{k:02d}"
            for k in (0, 1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 41, 45, 46)
        ]
        zw = ["77", "78", "71", "73"]
        shapes = {
            "pashtun": [
                f"0{pick(pk)}-{d(7)}",  # Pakistani mobiles
                f"0{pick(pk)} {d(7)}",
                f"+92 {pick(pk)} {d(7)}",
                f"+92{pick(pk)}{d(7)}",
                f"091-{pick('25')}{d(6)}",  # Peshawar
                f"081-2{d(6)}",  # Quetta
                f"+93 7{pick('0234789')} {d(3)} {d(4)}",  # Afghan mobiles
                f"07{pick('0234789')} {d(3)} {d(4)}",
                f"020 2{d(2)} {d(4)}",  # Kabul
                f"+971 5{pick('024568')} {d(3)} {d(4)}",  # UAE mobiles
                f"05{pick('024568')} {d(3)} {d(4)}",
                f"06 5{d(2)} {d(4)}",  # Sharjah
            ],
            "shona": [
                f"+263 {pick(zw)} {d(3)} {d(4)}",  # Zimbabwean mobiles, Econet, NetOne, Telecel
                f"0{pick(zw)}{d(1)} {d(3)} {d(3)}",
                f"+263{pick(zw)}{d(7)}",
                f"0{pick(zw)}{d(7)}",
                f"(0242) {pick('2347')}{d(5)}",  # Harare
                f"+263 242 {d(6)}",
                f"020-6{d(4)}",  # Mutare
                f"+44 7{pick('4579')}{d(2)} {d(6)}",  # British mobiles
            ],
            "faroese": [
                f"+298 {pick('25789')}{d(2)} {d(3)}",  # Faroese numbers, six digits
                f"+298 {pick('25789')}{d(1)} {d(2)} {d(2)}",
                f"{pick('25789')}{d(5)}",
                f"(+298) 3{d(5)}",  # Tórshavn's fixed lines
                f"{pick('2')}{d(1)} {d(2)} {d(2)}",
                f"+45 {pick('23')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Danish mobiles
            ],
            "chamorro": [
                f"+1 671 {d(3)}-{d(4)}",  # Guam
                f"(671) {pick(['477', '646', '632', '734', '988'])}-{d(4)}",
                f"671-{pick(['888', '687', '483'])}-{d(4)}",
                f"+1 670 {pick(['234', '235', '287', '483'])}-{d(4)}",  # Saipan
                f"(670) {pick(['233', '285', '256'])}-{d(4)}",
                f"(619) {d(3)}-{d(4)}",  # San Diego
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT112 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "6011", "65", "5019",
                             f"62{rng.randint(1, 9)}", "34", "37"])  # fmt: skip
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
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT112[origin] if origin else sorted(IBAN_SHAPES_HELDOUT112))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT112[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.choice([0, 1, 2, 10])}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2400:adc0:{h()}:{h()}::{h()}", f"2c0f:f8f0:{h()}:{h()}::{h()}", f"2a01:5e0:{h()}:{h()}::{h()}",
                           f"2604:b300:{h()}:{h()}:{h()}::{h()}", f"2001:4860:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the OBD dongle on the garage's Wi-Fi, the dashcam, the garage's
        CCTV, the diagnostic laptop, the parts shop's till, sign-in alerts of the accounting software, the
        garage server's sshd log and its parts web shop's log; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("Zoho sent an alert, new sign-in to the garage's books from {}, that wasn't me", v4),
            ("the dashcam got {} on the workshop wifi, open it in the browser", v4),
            ("the CCTV over the workshop door is on {}, the recorder is in the office", v4),
            ("the diagnostic laptop has {} now, add it to the printer again", v4),
            ("the parts shop's till is on {}, don't unplug the router", v4),
            ("e-conomic skrivaði at onkur rinti inn frá {}", v4),
            ("Carly says my account was used from {}, it must be the mechanic's phone", rng.choice([v4, v6])),
            ("garage ka router {} pe hai, password Ustad ke paas hai", v4),
            ("the Tekmetric login alert says {}, was that you at the shop in Tamuning?", v6),
            ("the Gazaland spares shop router gives {} to the card machine", v4),
            ("the OBDeleven app saw a new login from {}", v6),
            ("listen {}:8080", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ping -6 -c 4 {}", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Apr 02 07:41:19 garage-srv sshd[2231]: Accepted password for workshop from {} port 52114 ssh2", v4),
            ('{} - - [02/Apr/2026:08:15:40 +0500] "POST /parts/cart/checkout HTTP/1.1" 302 0', v4),
            ("dashcam_ip: {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1985, 2008)
        return rng.choice(
            [
                f"{rng.choice(['Peshawar', 'Quetta', 'Khyber', 'Kabul', 'Sharjah'])}{rng.choice(['@091', '#081', '_93', '!!'])}",
                f"{rng.choice(['Harare', 'Mutare', 'Masvingo', 'Mbare', 'Gazaland'])}{rng.choice(['#039', '@263', '_2025', '!'])}",
                f"{rng.choice(['Klaksvik', 'Torshavn', 'Runavik', 'Eysturoy', 'Nolsoy'])}{rng.choice(['700!', '@298', '#100', '2025'])}",
                f"{rng.choice(['Dededo', 'Tamuning', 'Hagatna', 'Saipan', 'Talofofo'])}{rng.choice(['96929', '@671', '#670', '!!'])}",
                rng.choice(["gearbox", "clutch", "piston", "radiator", "injector", "chassis"]).translate(leet) + rng.choice(["", "!", "_112"]),
                f"{rng.choice(['zarak', 'sami', 'tino', 'munya', 'sigga', 'hanus', 'kiko', 'tessie'])}{rng.choice([str(year), str(year)[2:], '123'])}",
                f"{rng.choice(['Garage', 'Spares', 'Motors', 'Parts'])}{rng.randint(2019, 2026)}-{rng.choice(['Shop', 'Bay', 'Yard', 'Desk'])}{rng.randint(10, 99)}",
                f"{rng.choice(['workshop', 'bay', 'till', 'admin'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Garage2024Bay"  # where ':' or ';' would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        uuid = f"{tok(8, hexd)}-{tok(4, hexd)}-4{tok(3, hexd)}-{rng.choice('89ab')}{tok(3, hexd)}-{tok(12, hexd)}"
        b64 = string.ascii_letters + string.digits + "-_"
        jwt = f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{tok(60, b64)}.{tok(43, b64)}"
        options = [
            # the garage's and the customers' logins and codes, handed over in ways no earlier set used
            ("the Zoho Books login for the garage is on a card taped inside the till, {}", pw),
            ("I wrote the Carly password in the car's logbook, {}", pw),
            ("my EasyPaisa MPIN is {}, send the mechanic his money from my phone", d(5)),
            ("the JazzCash MPIN is {}, pay the tow truck guy", d(4)),
            ("EcoCash PIN yangu ndi {}, bhadhara mechanic", d(4)),
            ("the OneMoney PIN is {}, the spares guy wants it before he releases the gearbox", d(4)),
            ("the customer left his phone for the car app, the passcode is {}", d(6)),
            ("the immobiliser code in the garage notebook is {}", d(4)),
            ("the workshop wifi is on the waiting room wall, {}", pw),
            ("the OBDeleven account password is {}, the boss says don't change it", pw),
            ("the Tekmetric password for the front desk is {}", pw),
            ("MobilePay koduna er {}", d(4)),
            # cues in the set's languages
            ("mera password {} hai, kisi ko mat batana", pw),
            ("پاس ورڈ {} ہے، کسی کو مت بتانا", pw),
            ("پاسورډ {} دی، چاته یې مه وایه", pw),
            ("password {} de, chata ye ma waya", pw),
            ("password yangu ndi {}, usaudza munhu", pw),
            ("loyniorðið til e-conomic er {}, sig tað ikki fyri nøkrum", pw),
            ("koden til Dinero er {}, ikki sig tað við nakran", pw),
            ("i password-ña i Carly {}, chamu sangåni ni håyi", pw),
            ("the BankGuam code they texted me is {}, don't tell nobody", d(6)),
            # commands
            ("smbclient //192.168.1.20/jobcards -U workshop%{}", colonless),
            ("nmcli dev wifi connect Workshop_5G password {}", colonless),
            # pastes
            ("WIFI:T:WPA;S:Garage_Bay2;P:{};;", colonless),
            ("PAYNOW_INTEGRATION_KEY={}", uuid),
            ("ECONOMIC_APP_SECRET_TOKEN={}", tok(43, alnum)),
            ("ECONOMIC_AGREEMENT_GRANT_TOKEN={}", tok(43, alnum)),
            ("TEKMETRIC_CLIENT_SECRET={}", tok(32, alnum)),
            ("SHOPMONKEY_API_KEY={}", jwt),
            ("JAZZCASH_INTEGRITY_SALT={}", tok(10, string.ascii_lowercase + string.digits)),
            ("EASYPAISA_HASH_KEY={}", tok(16, string.ascii_uppercase + string.digits)),
            ("MOBILEPAY_CLIENT_SECRET={}", tok(40, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the accounting software's and the OBD app's logins, a garage's or a parts shop's
        Instagram and TikTok, in shapes like 'zarak.shinwari91', 'spares_tinashe', 'hanus_djurhuus',
        'gu.camacho671'."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        while origin == "pashtun" and _reads_public(f"{first} Khan"):  # no 'samiullahkhan90'
            origin, first, last, woman = self._origin_name(origin, woman)
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(85, 99) if rng.random() < 0.6 else rng.randint(0, 8)
        subject = rng.choice(SUBJECTS_HELDOUT112[origin])
        own = {
            "pashtun": [f"{first}.{last}{yy:02d}", f"{subject}_{first}", f"{first}khan{yy:02d}"],
            "shona": [f"{subject}_{first}", f"{first}.{last}", f"{first}{last[:3]}{yy:02d}"],
            "faroese": [f"{first}_{last}", f"{first}{yy:02d}", f"{subject}.{first}"],
            "chamorro": [
                f"gu.{last}{rng.choice(['671', '670', str(yy)])}",
                f"{first}_{last}",
                f"{subject}{first}",
            ],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1966, youngest: int = 2008) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1966, youngest: int = 2008) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format."""
        y, m, day = self._birth(oldest, youngest)
        jd, jmonth, jy = _jalali(_dt.date(y, m, day)).split()
        jm = JALALI_MONTHS.index(jmonth) + 1
        return {
            "pk": f"{day:02d}/{m:02d}/{y}",
            "pk_dash": f"{day:02d}-{m:02d}-{y}",
            "af": f"{jy}/{jm:02d}/{int(jd):02d}",  # the tazkira's Solar Hijri date
            "af_words": f"{jd} {AFGHAN_MONTHS_HELDOUT112[jm - 1]} {jy}",
            "zw": f"{day:02d}/{m:02d}/{y}",
            "zw_words": f"{day} {EN_MONTHS_HELDOUT112[m - 1]} {y}",
            "sn_words": f"{day} {SHONA_MONTHS_HELDOUT112[m - 1]} {y}",
            "fo": f"{day:02d}.{m:02d}.{y}",
            "fo_words": f"{day}. {FAROESE_MONTHS_HELDOUT112[m - 1]} {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "us_words": f"{EN_MONTHS_HELDOUT112[m - 1]} {day}, {y}",
            "ch_words": f"{day} di {CHAMORRO_MONTHS_HELDOUT112[m - 1]}, {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"pashtun": ["pk", "pk_dash", "af"], "shona": ["zw"], "faroese": ["fo"], "chamorro": ["us"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["pk", "af", "zw", "fo", "us", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, parent = self._dob_shapes(), self._dob_shapes(1938, 1966)
        options = [
            ("my date of birth for the driving licence renewal is {}, same as on the CNIC", s["pk"]),
            ("meri date of birth {} hai, insurance form pe yehi likho", s["pk_dash"]),
            ("my tazkira says I was born {}, the Dubai licence has it in the other calendar", s["af"]),
            ("the tazkira gives my father's birth as {}", parent["af_words"]),
            ("تاریخ پیدائش: {}", s["pk"]),
            ("Date of Birth (DD/MM/YYYY): {}", s["pk"]),
            ("I was born on {}, put it on the insurance claim", s["zw_words"]),
            ("ndakazvarwa musi wa {}, nyora izvozvo pa form ye ZINARA", s["sn_words"]),
            ("my mother's date of birth for the car's change of ownership is {}", parent["zw"]),
            ("Date of birth: {}", s["zw"]),
            ("eg eri føddur {}, skriva tað á Akstovan-blaðið", s["fo_words"]),
            ("føðingardagurin hjá mammu er {}, til tryggingina", parent["fo"]),
            ("Føðingardagur: {}", s["fo"]),
            ("my DOB for the Guam license is {}", s["us"]),
            ("I was born {}, put that on the claim for the typhoon damage", s["us_words"]),
            ("mafañågu yo' {}, tuge' gi i form", s["ch_words"]),
            ("Date of birth (MM/DD/YYYY): {}", s["us"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("DOB: {}", s["pk"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT112_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} rebuilt the injector pump of my Hilux at his workshop on Dalazak Road",
        "{} sells used gearboxes from Japan at the Al Aweer market",
        "{} did the denting and painting on the Corolla after the crash",
        "{} ne gari ki registration Excise office se karwa di",
        "{} bhai ne clutch plate badal di, 4500 rupees liye",
        "{} is the best diesel mechanic in Industrial Area 6, ask anyone",
        "{} got his car back from the tow yard in Sharjah",
        "{} wants the spare parts quote for the Land Cruiser by tonight",
        "{} د موټر انجن جوړ کړ",
        "{} نے گاڑی کا انجن ٹھیک کیا",
        "Khan sahib {} owns the tyre shop near the Ring Road",
        "Lala {} says the gearbox of the Corolla needs new synchros",
        "Kaka {} towed my car from the Ring Road to his workshop",
        "Haji {} sells used engines from Japan in Industrial Area 6",
        "Ustad {} fixed the injector pump of the Hilux in one afternoon",
        "Baji {} paid the workshop by JazzCash",
        "استاد {} نے گاڑی کی بریکیں ٹھیک کیں",
        "حاجی {} د پرزو دوکان لري",
        "{} did the panel beating on the Honda Fit at the home industries in Glen View",
        "{} sells second-hand Toyota parts in Gazaland, he has everything",
        "{} imported her car through Be Forward and the duty was crazy",
        "{} took the kombi for the VID roadworthy test in Eastlea",
        "{} akagadzira mota yangu kuGlen View",
        "{} ari kutengesa ma spares eMazda kuMbare",
        "{} paid the ZINARA licence disc with EcoCash",
        "{} still owes for the alternator he fitted",
        "{} (Soko) is the panel beater who fixed my door for forty dollars",
        "{} (Shumba) did the wheel alignment for ten dollars",
        "{} (Mhofu) brought the Nissan from Mutare on a tow truck",
        "Sekuru {} knows every Mazda part in Gazaland",
        "Mbuya {} wants the old Peugeot 404 roadworthy again",
        "Baba {} owns the panel beating shop in Glen View",
        "Amai {} paid the towing with EcoCash",
        "Mai {} wants a quotation for the windscreen",
        "Mukoma {} has the diagnostic machine at his garage in Msasa",
        "Tete {} sent the money for the gearbox from Luton",
        "{} er mekanikarin á verkstaðnum í Hoyvík",
        "{} keypti brúktan bil í Klaksvík",
        "{} skifti vetrardekkini á bilinum hjá mær",
        "{} sendi rokningina fyri viðgerðina til Trygd",
        "{} fixed the exhaust on my Skoda before the bilkanning",
        "{} runs the tyre shop in Runavík",
        "{} paid the garage with MobilePay",
        "omma {} vil hava vetrardekkini á bilin í morgin",
        "abbi {} keypti brúktan Toyota í Klaksvík",
        "frú {} sendi rokningina fyri bilin til Trygd",
        "{} fixed the aircon of my Tacoma in Dededo",
        "{} sells Japanese spare parts out of his garage in Yigo",
        "{} towed my car from Route 1 after the crash",
        "{} did the safety inspection on my truck in Tamuning",
        "{} has the typhoon damage claim for the Camry",
        "{} ha na'maolek i kareta-hu",
        "{} runs the body shop in Koblerville on Saipan",
        "Tun {} fixed the aircon of my Tacoma in Dededo",
        "Tan {} wants the typhoon damage on her car claimed",
        "Auntie {} sells Japanese spare parts out of her garage in Yigo",
        "Ya si {} ha na'maolek i kareta-hu",
        "{} is on the job card for the brake pads",
        "{} and {} share the two bays at the workshop",
        "ask {} if the radiator came from the supplier",
        "{} wants the old battery back",
        "{} left the keys of the Corolla at the front desk",
        "who is {}? the invoice says he paid already",
        "tell {} the insurance assessor is coming at 10",
        "{} says the car is ready, come and collect it",
        "did {} pay for the brake pads in the end?",
        "Name of owner: {}",
        "Customer: {}",
        "Insured: {}",
        "Registered owner: {}",
        "Mechanic: {}",
        "Surname, First name: {}",
        "LAST, FIRST MI: {}",
        "Efternavn, fornavn: {}",
        "نام: {}",
        "مالک کا نام: {}",
        "Navn: {}",
        "Eigari: {}",
        "| JC-0412 | {} | front brake pads, skimming |",
        '"customer_name": "{}",',
        "- mechanic: {}",
    ],
    "STREET_ADDRESS": [
        "the tow truck will drop the car at {}",
        "send the spare parts to {} please",
        "the supplier's invoice went to {}",
        "the new workshop is at {}",
        "deliver the gearbox to {} before 9",
        "gari {} pe khari hai, wahan se utha lo",
        "tumira ma spares ku {}",
        "send bilin til {}",
        "the insurance assessor will see the car at {}",
        "Address: {}",
        "Pata: {}",
        "Bústaður: {}",
        "Mailing address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the quotation to {}",
        "the parts supplier writes from {}",
        "the insurance claim went to {}",
        "the Carly account is on {}",
        "forward the job card to {} please",
        "invoice {} pe bhej do",
        "tumira invoice ku {}",
        "send rokningina til {}",
        "E-mail: {}",
        "Email: {}",
        "Teldupostur: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when the car is ready",
        "the tow truck driver's number is {}",
        "the mechanic who did the clutch is on {}",
        "whatsapp {} for used engines",
        "the panel beater's number is {}",
        "mujhe {} pe call karna jab gari tayar ho",
        "ndifonere pa {} kana mota yapera",
        "ring til {} tá ið bilurin er klárur",
        "Phone: {}",
        "Tel.: {}",
        "Fon: {}",
        "Telefon: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the tyres with {}",
        "the tow went on {}",
        "the parts shop charged {} twice",
        "book the wheel alignment with {} please",
        "the windscreen was paid with {}",
        "spare parts ke liye card {} use kiya",
        "ndakabhadhara ma spares ne kadhi {}",
        "eg goldi fyri dekkini við kortinum {}",
        "Card: {}",
        "Card number: {}",
        "Kortnummar: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the parts supplier wants the money in {}",
        "the garage's account is {}",
        "my brother sends the money for the engine from {}",
        "pay the tow company into {}",
        "the insurance will pay the claim into {}",
        "send the refund for the wrong part to {} please",
        "IBAN: {}",
        "Beneficiary IBAN: {}",
        "IBAN hjá verkstaðnum: {}",
        "IBAN number: {}",
    ],
    "USERNAME": [
        "the garage's instagram is {}",
        "on tiktok we're {}",
        "the Zoho Books user for the front desk is {}",
        "my Carly login is {}",
        "the OBDeleven user on the shop tablet is {}",
        "the Tekmetric login for the service writer is {}",
        "my handle in the Gazaland spares group is @{}",
        "e-conomic brúkaranavnið er {}",
        "mera JazzCash wala username {} hai",
        "Login: {}",
        "Username: {}",
        "Brúkaranavn: {}",
        "User: {}",
        '"username": "{}",',
    ],
}
HELDOUT112_MIXED = [
    ("Name of owner: {}\nDate of Birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name: {}\nE-mail: {}\nPassword: {}", ["PERSON", "EMAIL_ADDRESS", "SECRET"]),
    ("Navn: {}\nFøðingardagur: {}\nBústaður: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("LAST, FIRST MI: {}\nDOB: {}\nMailing address: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Insured: {}\nDate of birth: {}\nTel.: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("{} paid for the tow with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the money for the gearbox in {}", ["PERSON", "IBAN_CODE"]),
    ("the mechanic is {}, {}, and wants his money in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("Carly login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Customer: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) sent the quotation for the engine", ["PERSON", "EMAIL_ADDRESS"]),
    ("the parts shop charged {} and wants the balance in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the claim form to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved the workshop to {}", ["PERSON", "STREET_ADDRESS"]),
    ("Beneficiary: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the dashcam is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("GARAGE_DB_HOST={}\nGARAGE_DB_USER={}\nGARAGE_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} collected the car of {} from the body shop", ["PERSON", "PERSON"]),
    ("نام: {}\nفون: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Eigari: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} wants the invoice sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
]  # fmt: skip
HELDOUT112_NEGATIVES = [
    "Peshawar, Quetta and Kabul all have big spare parts markets",
    "Board Bazaar in Peshawar sells parts for every Japanese car",
    "Wazir Akbar Khan is a district of Kabul with many embassies",
    "the Excise and Taxation office in Peshawar closes at 2 on Fridays",
    "Khan sahib is what you call the owner, Lala is an elder brother and Kaka an uncle",
    "Ustad is the master mechanic and the boys who work under him are his shagird",
    "Pashtun tribes end in -zai or -khel, like the Yusufzai tribe and the Sulemankhel clan",
    "Gul means flower and Jan means dear, both come in many Pashtun names",
    "a Toyota Hilux Vigo 2012 goes for about 45 lakh rupees in Peshawar",
    "non-custom paid cars are cheaper but you can't take them down to Lahore",
    "gari theek hai, kal le jana",
    "ustad, oil change kitne ka hai?",
    "Industrial Area 6 in Sharjah is where half the mechanics in the Gulf work",
    "an RTA test in Dubai costs about 200 dirhams",
    "an oil change in Kabul's Kote Sangi is about 1,500 afghanis",
    "Harare, Bulawayo, Mutare and Masvingo each have a VID depot",
    "Samora Machel Avenue and Robert Mugabe Road are two of Harare's big streets",
    "Gazaland in Highfield is where you find second-hand spares in Harare",
    "Sekuru is a grandfather or a mother's brother, Mbuya a grandmother, Tete a father's sister",
    "Amai Tino means Tino's mother, a Shona woman is called after her first child",
    "Shumba, Soko, Mhofu and Nzou are totems, not names, you praise a person by their totem",
    "a ZINARA licence disc for a small car is about 30 dollars for four months",
    "the VID roadworthy certificate is needed for every change of ownership",
    "mhoro, makadii? mota yangu yaramba kustarter",
    "Be Forward and SBT ship Japanese cars to Beira and then by road to Harare",
    "a Honda Fit RS from Japan lands for about 4,500 US dollars",
    "EcoCash charges a small fee on every payment to a merchant",
    "Tórshavn, Klaksvík and Runavík all have garages that do the bilkanning",
    "Nólsoyar Páls gøta runs through the middle of Klaksvík",
    "the -son and -dóttir names come from the father's name, Símunarson is Símun's son",
    "í, á, við and av in a Faroese family name tell which farm the family came from",
    "omma is grandmother and abbi grandfather in Faroese",
    "Akstovan does the bilkanning every second year for cars over four years old",
    "vetrardekk skulu vera á bilinum frá 1. november",
    "a set of winter tyres costs about 6,000 kroner in Tórshavn",
    "the undersea tunnel to Klaksvík has a toll",
    "góðan morgun, bilurin er klárur",
    "Hagåtña, Dededo, Tamuning and Yigo are villages of Guam",
    "the Antonio B. Won Pat airport is in Tamuning",
    "Tun and Tan are for elders, si comes before a name, Saina is a parent or an elder",
    "Leon Guerrero and San Nicolas are two-word family names, not two people",
    "Guam's safety inspection sticker goes on the windshield every year",
    "the Rev and Tax office in Barrigada does the car registration",
    "shipping a car from California to Guam takes about three weeks",
    "håfa adai! the car's ready, si yu'os ma'åse'",
    "gas in Guam was 4.89 a gallon last week",
    "a typhoon-damaged car is written off if the repair costs more than it's worth",
    "the front brake pads for a Corolla are part number 04465-02220",
    "the VIN is JTDBR32E730012345, it's stamped on the firewall",
    "the plate is PES 4471 and the car is a 2014 Corolla",
    "plate GU-AKX 123 belongs to the rental company",
    "job card JC-0412: front brake pads and skimming, 2 hours labour",
    "claim number CLM-2026-04471 is with the assessor",
    "P0420 means the catalytic converter is below threshold",
    "P0171 means the engine runs lean on bank 1",
    "the ELM327 dongle's default address is 192.168.0.10 port 35000",
    "the router's default login is admin with the password admin, change it",
    "the OBD port is under the dashboard, left of the steering column",
    "a 5W-30 oil change takes 4.2 litres on the 1NZ engine",
    "tyre size 195/65 R15, pressure 32 psi front and back",
    "the 2KD engine is the diesel of the Hilux and the Hiace",
    "Carly, OBDeleven and BlueDriver are OBD apps",
    "Zoho Books, e-conomic, Dinero and Tekmetric are accounting and garage software",
    "EasyPaisa, JazzCash, EcoCash, OneMoney and MobilePay are mobile money",
    "fixed in version 3.2.1 of the garage app, see the release notes",
    "PAYNOW_INTEGRATION_KEY=your-integration-key",
    "TEKMETRIC_CLIENT_SECRET=changeme",
    "wifi password: ********",
    "4111 1111 1111 1111 is the test card for the parts web shop",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the bank's guide",
    "write to parts@example.com for bulk orders",
    "192.0.2.112 is a documentation address",
    "198.51.100.42 is a documentation address",
    "2001:db8:112::1 is a documentation address",
    "the car's inspection is due on 2026-09-14",
    "the insurance renews on 01/03/2027",
    "the workshop is closed from 24/12 to 02/01",
    "the tow truck comes between 8 and 10",
    "see you at the garage tomorrow",
    "the car is fixed, thank god",
]  # fmt: skip


def _typo112(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a car or garage word's well-known misspelling ('chassis' -> 'chasis',
    'radiator' -> 'radiater', 'suspension' -> 'suspention', 'insurance' -> 'insurence', 'clutch' -> 'cluch'),
    or chat shorthand in the set's languages ('please' -> 'pls', 'because' -> 'coz', Roman Urdu 'theek hai'
    -> 'thk hai', 'kya' -> 'kia', Chamorro 'håfa' -> 'hafa'). Only in sentences typed to the bot or a friend;
    a title or a kin word by a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT112.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT112[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT112.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT112[m.group(1)] + template[m.end() :]


def build_heldout112(seed: int = HELDOUT112_SEED) -> list[Example]:
    """Held-out set 112: `Gen112` values in `HELDOUT112_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen112.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen112(seed)
    examples = assemble_module_set(
        gen, HELDOUT112_TEMPLATES, HELDOUT112_MIXED, HELDOUT112_NEGATIVES, _typo112, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
