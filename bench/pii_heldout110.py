"""Held-out PII set 110 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout110": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT110 is empty, as for the sets before
it; written at the same time as held-out 109 by another author, neither seeing the other's set). The theme is
print shops, cyber cafés and stationery shops as customers, attendants, owners and technicians talk about
them: photocopies and printing, passport photos, the attendant who fills online forms for customers (the
customer hands over a login, an e-mail password and the one-time code the service sends), exam and university
registrations done at the café (JAMB's UTME and post-UTME and the NIN slip in Nigeria, the National Testing
Centre's entrance test in Tajikistan and a migrant's patent papers in Moscow, Parcoursup and the CAFAT in New
Caledonia, SNBT and CPNS in Indonesia), CVs on a customer's USB stick, laminated ID copies, the shop's own
Wi-Fi password and PC logins, the mobile money agent counter in the shop (Moniepoint and OPay POS, Alif), the
copier's technician, the toner supplier's invoice and the owner's bank details. The peoples were chosen after
grepping the earlier sets' docstrings and lists (bench/pii_heldout27.py to 108.py): the Yoruba, the Tajiks,
the Kanak and the Balinese are no main people of any of them ('Lagos' comes up in held-out 100 only as a place
a Hausa trader names; Moscow is where the Kyrgyz migrants of held-out 101 and the Gagauz families of held-out
103 live, so the Moscow addresses here are in Maryino, Lyublino's Verkhniye Polya and Kotelniki, not 101's
Krasnodonskaya, Profsoyuznaya, Lyublinskaya or Zelenodolskaya streets; Lifou is the island of an Islander
family's cousins in held-out 88; 'Bali' is a word in held-out 37 and 108). The first 26 sets in bench/pii.py
held a Kanak list, Balinese birth-order names and Kyrgyz and Tajik names among dozens of peoples, so this set
leaves out every name they hold ('Hnawia', 'Wamytan', 'Tjibaou', 'Wirawan', 'Arimbawa', 'Sukadana', 'Astawa',
'Dilnoza', 'Zarina', 'Manizha', 'Sharipova', 'Abdulloev', ...) and their addresses (Nouméa's rue de Sébastopol
and rue Jules Garnier; Dushanbe's Rudaki and Ismoili Somoni avenues come only in a negative). The apps and
services were grepped the same way: Parcoursup, the CAFAT, PayZen, YooKassa, Monnify, Duitku, PaperCut, JAMB,
WAEC, SNBT, SNPMB, CPNS, warnet, Moniepoint, OPay, Alif, Tcell and Babilon-M come up in no earlier set;
Midtrans and Xendit (held-out 32) are left out for Duitku; Odnoklassniki (held-out 39), Verve cards (held-out
98 and 100), Mir cards and mail.ru (many) stay, as Tajik migrants and Nigerian customers use nothing else, and
Gmail's app passwords and Wi-Fi QR strings are shapes, not services. Hand-written lists of four peoples: the
Yoruba of Lagos (Ikeja's Computer Village on Otigba Street, Yaba, Surulere), Ibadan (Bodija, Dugbe, Mokola),
Abeokuta and Ogbomoso (the business centres opposite LAUTECH's gate, Under G), and in London (Yoruba given
names ('Adebayo', 'Oluwaseun', 'Folake', 'Temitope', 'Olumide') and Muslim ones ('Tajudeen', 'Kafayat',
'Rasheedat'), two given names before the family name ('Oluwaseun Temitope Adeyemi'), the family name first as
JAMB's and the NIN slip's forms write it ('ADEYEMI Oluwaseun Temitope', 'Adeyemi, Folake T.'), the tone marks
and the dots under 'ẹ', 'ọ' and 'ṣ' ('Olúwaṣeun Adéyẹmí'), initials ('O. T. Adeyemi'), a married woman's two
family names ('Folake Adeyemi-Ogunleye'), the short forms ('Seun', 'Tope', 'Mide', 'Bayo', 'Tunde', 'Bisi')
and 'Alhaji' and 'Alhaja' (with a Muslim given name), 'Chief', 'Oga' (the boss), 'Aunty', 'Egbon' (an elder
sibling), 'Engr.' and the teknonyms 'Iya' and 'Baba' ('Iya Tope': Tope's mother, the span is the child's name
Tope) before a name, outside the span); the Tajiks of Dushanbe, Khujand and Kulob and their migrants in Moscow
(the Soviet-era family name in '-ov' and '-ova' ('Firuz Rahimov', 'Sitora Rahimova'), the newer endings on the
same stem since 2007 ('Rahimzoda', 'Rahimi', 'Rahimyon', 'Rahimfar': '-zoda' most often), the Russian paper's
patronymic ('Firuz Bahromovich Rahimov', 'RAHIMOV Firuz Bahromovich', 'Sitora Umedovna' as a boss in Moscow
says it), the izofat of the newer Tajik way ('Firuzi Bahrom': Firuz, son of Bahrom), Cyrillic in the Russian
and the Tajik spelling ('Фируз Рахимов', 'Фирӯз Раҳимзода', 'Ситора Қурбонзода'), the Latin a Russian-issued
paper gives ('Dzhamshed Rakhimov', 'Takhmina Khasanova'), a Russian form's family name first ('Рахимов Фируз
Бахромович', 'Rahimzoda, Sitora'), '-jon' of affection ('Firuzjon', 'Sitorajon') and the Russian name a
migrant goes by at work ('Dima', 'Zhenya', 'Seryozha'), and 'ustod' (a master craftsman, the technician),
'domullo', 'hoji', 'дядя' and 'тётя' before a given name and the kin words 'aka', 'apa' and 'bobo' after it,
outside the span); the Kanak of Nouméa (Vallée-du-Tir, Rivière-Salée, Montravel, Magenta), Lifou (Wé and its
tribus), Maré and Koné, and Kanak students in Montpellier (French given names, many of them hyphenated
('Jean-Marc', 'Marie-Noëlle'), with the clan names the customary papers carry ('Wahetra', 'Wakanumuné',
'Cawidrone', 'Xowie', 'Wéa'), a French form's family name first ('WAHETRA Jean-Marc'), a married woman's
'épouse' and 'née' inside the span ('Josiane Wéa épouse Cawidrone', 'Josiane Cawidrone née Wéa'), the accents
dropped ('Gerard Kasarherou'), the French initials of a hyphenated name ('J.-M. Wahetra'), short forms
('Jojo', 'Josy', 'Manu', 'Gégé', 'JB') and 'tonton', 'tata', 'mémé', 'le vieux' (an elder of the tribu),
'pasteur', 'Monsieur' and 'Madame' before a name, outside the span; Drehu and Nengone words ('bozu', 'olea')
come only in negatives); and the Balinese of Denpasar (Renon), Gianyar (Ubud, Peliatan, Sukawati) and
Singaraja (Buleleng, by the Undiksha campus) (no family name: the birth-order names Wayan, Putu and Gede,
Made, Kadek and Nengah, Nyoman and Komang, Ketut, and a personal name; as a KTP writes the name, 'I' for a man
and 'Ni' or 'Ni Luh' for a woman are part of it and inside the span ('I Wayan Sudarsana', 'Ni Luh Putu
Ariani'), and so are the caste titles ('Ida Bagus Made Widiana', 'Ida Ayu Putu Lestari', 'I Gusti Ngurah Ketut
Sutama', 'Anak Agung Gede Artana', 'Cokorda Istri ...', 'Desak Made Suastini'), in full, abbreviated as
registers write them ('I.B.', 'A.A.', 'I Gst.', 'Cok.') or shortened as friends say them ('Gus De', 'Dayu
Putu', 'Gung Tut'); chat leaves 'I' and 'Ni' out ('Wayan Sudarsana') or gives the birth-order name alone or
its short form ('Ketut', 'Tut', 'Man'); 'Pak', 'Bu', 'Bli' (elder brother), 'Mbok' (elder sister) and 'Jero
Mangku' (a temple priest) before a name are courtesy, outside the span). No public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT110, checked in Latin and in Cyrillic), and public figures come only inside the names
of places in negatives (Obafemi Awolowo University and Way, Rudaki and Ismoili Somoni avenues, the Tjibaou
Cultural Centre, Bandara I Gusti Ngurah Rai, Jl. Gatot Subroto). Every one of those name forms, and names with
a typo ('Adeyeme', 'Davaltova', 'Wahtera', 'Sudarsna'), is forced into the build at least once so it does not
hang on the seed (any form the draws have not reached by the end comes in a sentence of its own), and each
people also gets a titled name (or a kin word after it), a name in capitals on a form and one in lower case in
chat, whatever the seed; the address, the phone, the e-mail, the IBAN or the date of birth after a name mostly
comes from that name's region, and a template in Cyrillic gets a Tajik name in Cyrillic. Names on papers in
English ('Name of candidate:', 'Surname, First name, Middle name:', 'Applicant:', 'Technician:'), Russian and
Tajik ('ФИО:', 'Получатель:', 'Ному насаб:'), French ('NOM Prénom :', "Nom d'usage :", 'Destinataire :') and
Indonesian ('Nama lengkap sesuai KTP:', 'Pemohon:', 'Tempat/Tgl. Lahir: Denpasar, ...'), a job ticket's row '|
JOB-0317 | ... | 40 copies A4, stapled |', JSON and YAML; prices, job numbers, cartridge and printer models
(HP 305, Canon PG-47, Epson L3210), error codes, default credentials printed in the manuals, the sizes of
passport photos, exam dates, EANs and the public SMS code of JAMB no PII; those regions' addresses (Lagos's
'12, Bode Thomas Street, Surulere, Lagos', Ibadan's plots, Abeokuta's, a shop 'opposite LAUTECH main gate,
Ogbomoso', London's Woolwich and Plumstead, Dushanbe's 'г. Душанбе, ул. Айни, д. 12, кв. 4' and 'ш. Душанбе,
кӯчаи Айнӣ 12, хонаи 4' and in Latin letters, Khujand's microdistricts, Kulob's, Moscow's with its postcode
first, Kotelniki's, Nouméa's with 98800, 'BP 1234 - 98845 Nouméa Cedex', a tribu of Lifou or Maré, Koné's and
Dumbéa's lots, Montpellier's, Denpasar's 'Jl. ... No. 12, Renon, Denpasar Selatan, Kota Denpasar, Bali 80226',
a banjar of Ubud or Sukawati, Gianyar's and Singaraja's) and phones (Nigerian mobiles '0803', '0806', '0813',
'0703', '0802', '0805' and others with and without spaces, '+234', Lagos's '01-', British mobiles, Tajik
mobiles '+992 93', '92', '90', '88', '98', '918', '55', Dushanbe's '(37)', Khujand's '(3422)', Russian mobiles
'+7 9..' and '8 (9..)', Moscow's '8 495', New Caledonia's six digits '79.12.34' and '+687', Nouméa's '2x', the
Loyalty Islands' '45' and Koné's '47', French mobiles, Indonesian mobiles '0812-', '+62 8..', Denpasar's
'(0361)' and Singaraja's '(0362)'); Visa, Mastercard 51-55 and 2-series, Russia's Mir (2200-2204), Nigeria's
Verve (5061), UnionPay 62 and Amex 4-6-5 as the toner, the copier's repair, the lamination machine and the
paper supplier take them; IBANs of countries that have them (Nigeria, Tajikistan, Russia and Indonesia have
none): the United Kingdom and Ireland for the Yoruba there, Kazakhstan and Turkey for Tajiks who work or study
there, France for a Kanak student or relative, the United Arab Emirates and Qatar for Balinese hotel and spa
workers in the Gulf; IPs of the sign-in alerts a customer gets after the attendant logged in at the café, the
network printer and the copier the technician sets up (CUPS's 'listen', an 'ipp://' URL), the café's PCs
('ipconfig', 'inet6'), its timer server's sshd log and its order page's web log, the CCTV over the counter, v4
and v6; secrets handed over in ways no earlier set used (a customer's e-mail password given to the attendant
for a JAMB profile or a NIN slip, Google's 'G-' code read out to the attendant, JAMB's e-PIN, the WAEC result
checker's PIN, the Moniepoint POS PIN, the OPay agent password inside the cash drawer, the café's Wi-Fi
password on the back of the price list, the PCs' admin password under the keyboard of PC 1, the copier's admin
password inside the toner door, an e-mail password on the back of the passport photo envelope, the copier's
scan-to-email app password and scan-to-folder password), places and theme words ('Ibadan@234', 'Dushanbe_992',
'Lifou#nc', 'Denpasar@0361', 'pr1n73r!'), a given name with a year as customers choose ('tope2003'), the Alif
Mobi, BPD Bali Mobile and CAFAT codes, SNPMB's OTP, and cues in Yoruba ('ma so fun enikeni o'), Pidgin ('no
show anybody'), Russian ('никому не говори'), Tajik in Cyrillic and in Latin letters ('ба касе нагӯ', 'ba kase
nagu'), French ('le dis à personne') and Indonesian ('rahasia ya'); pastes of Monnify's 'MK_PROD_' API key and
secret key, YooKassa's 'live_' key, PayZen's 'prodpassword_', Duitku's merchant key, PaperCut's web services
token, netsh's 'Key Content' and a Wi-Fi QR string, and Windows' 'net user ... /add'; usernames as the café
PC's and its timer software's logins, PaperCut users, Instagram, TikTok and Odnoklassniki handles, in shapes
like 'oluwaseun.adeyemi94', 'printhub_folake', 'firuz_rahimov', 'cyber.josiane07', 'wayansudarsana'; dates of
birth for JAMB, the NIN slip, a passport, a patent, Parcoursup, the CAFAT, SNBT, CPNS and a KTP, in Nigeria's
'14/03/1994', '14-03-1994' and '14th March, 1994', Russia's and Tajikistan's '14.03.1994' and '14 марта 1994'
(the 'г.' after it outside the span), France's '14/03/1994' and '14 mars 1994' ('1er mars'), Indonesia's
'14-03-1994' and '14 Maret 1994' and a paste's ISO date, a parent's now and then, all drawn between fixed
years from the set's own rng so the set builds the same on any day; typos as customers and attendants type at
the counter: a print shop word's well-known misspelling ('registration' -> 'registeration', 'stationery' ->
'stationary', 'cartridge' -> 'catridge', 'photocopy' -> 'fotocopy') or chat shorthand in the set's languages
('please' -> 'pls', "s'il te plaît" -> 'stp', 'спасибо' -> 'спс', 'sudah' -> 'udh'); negatives with the same
places, the titles, kin words, teknonyms, birth-order names, caste titles and family name endings explained,
prices in naira, rubles, somoni, francs CFP and rupiah, the services and exams, cartridge and printer models,
error codes, default credentials of copiers, placeholder secrets, a test card, the example IBAN, a placeholder
e-mail, documentation IPs (v4 and v6), dates that are no one's birthday and short everyday chat in the four
peoples' languages.

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
    _ascii_name,
    _chat_like,
    _iban,
    _luhn_number,
    _ordinal,
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _fold_accents as _fold,
)

HELDOUT110_SEED = 1104729
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT110: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT110 = ["yoruba", "tajik", "kanak", "balinese"]

# Yoruba given names of Muslim families (also in the lists below): the names 'Alhaji' and 'Alhaja' go with
YORUBA_MUSLIM_HELDOUT110 = {
    False: ["Tajudeen", "Abdulrasheed", "Kazeem", "Lateef", "Taofeek"],
    True: ["Kafayat", "Rasheedat", "Aminat", "Suliat"],
}
# the Balinese birth-order names: the first child Wayan, Putu or Gede, the second Made, Kadek or Nengah, the
# third Nyoman or Komang, the fourth Ketut (Gede for boys only, Nengah mostly for girls here)
BALI_ORDER_HELDOUT110 = {
    False: ["Wayan", "Putu", "Gede", "Made", "Kadek", "Nyoman", "Komang", "Ketut"],
    True: ["Wayan", "Putu", "Made", "Kadek", "Nengah", "Nyoman", "Komang", "Ketut"],
}
# each origin: (men's given names, women's given names, family names); for the Tajiks the family names are
# the Soviet-era '-ov' and '-ev' forms (a woman's adds '-a'), for the Balinese, who have no family name, the
# third list holds the birth-order names
NAMES_HELDOUT110: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Yoruba of Lagos, Ibadan, Abeokuta and Ogbomoso
    "yoruba": ("Adebayo;Oluwaseun;Olumide;Babatunde;Adewale;Olusegun;Oluwafemi;Ayodeji;Akinkunle;Olanrewaju;Babajide;Kayode;Oluwagbenga".split(";") + YORUBA_MUSLIM_HELDOUT110[False],
               "Folake;Temitope;Funmilayo;Yetunde;Adunni;Omolara;Abimbola;Oluwakemi;Titilayo;Morenike;Oluwatoyin;Olabisi;Adenike".split(";") + YORUBA_MUSLIM_HELDOUT110[True],
               "Adeyemi;Ogunleye;Ogundipe;Afolabi;Akinola;Oyelaran;Ajayi;Oladipo;Ogunbiyi;Ayinde;Oyewole;Fasanya;Balogun;Alabi;Adeniran;Olaniyan;Bakare;Oyekunle;Akinwale;Ogunsola;Oyebanji;Olatunji;Adegoke;Akande;Lawal;Salami".split(";")),
    # Tajiks of Dushanbe, Khujand and Kulob and their migrants in Moscow
    "tajik": ("Firuz;Jamshed;Farhod;Bahrom;Rustam;Umed;Suhrob;Behruz;Parviz;Shuhrat;Daler;Faridun;Khurshed;Sherzod;Komron;Dilshod;Nurullo".split(";"),
              "Sitora;Nigina;Madina;Firuza;Malika;Mavjuda;Gulnora;Parvina;Shahnoza;Tahmina;Mehrangez;Nilufar;Farzona;Munira;Sabohat".split(";"),
              "Rahimov;Nazarov;Karimov;Saidov;Safarov;Davlatov;Kurbonov;Sobirov;Odinaev;Mirzoev;Hasanov;Yusupov;Ismoilov;Boboev;Ashurov;Sangov".split(";")),
    # Kanak of Nouméa, Lifou, Maré and Koné: French given names, the clan names the customary papers carry
    "kanak": ("Jean-Marc;Didier;Sylvain;Gérard;Emmanuel;Joël;Wilfried;Cédric;Pascal;Joseph;André;Yvon;Samuel;Éric;Jean-Baptiste;Jimmy".split(";"),
              "Marie-Claire;Josiane;Nathalie;Sandrine;Évelyne;Henriette;Madeleine;Yvette;Sonia;Jeanne;Ginette;Priscilla;Marie-Noëlle;Louise;Gaëlle".split(";"),
              "Wahetra;Wakanumuné;Haocas;Kasarhérou;Gowé;Wéa;Wénisso;Wadrawane;Cawidrone;Newedou;Wainebengo;Ihage;Drawilo;Xowie;Hnamano;Haewegene;Kaloi;Boewa;Poédi;Goromido;Ouetcho;Pourouoro;Kaouma;Trolue;Waminya;Siwene".split(";")),
    # Balinese of Denpasar, Gianyar and Singaraja: personal names and the birth-order names
    "balinese": ("Sudarsana;Suardana;Mertayasa;Sutama;Budiarta;Darmawan;Suparta;Widiana;Adnyana;Suwirya;Subagia;Artana;Parwata;Sumerta".split(";"),
                 "Lestari;Sukerni;Suastini;Ariani;Sumertini;Wiryani;Suciati;Sekarini;Puspawati;Yuliantari;Candrawati;Sriasih;Astiti;Sudiani".split(";"),
                 "Wayan;Putu;Gede;Made;Kadek;Nengah;Nyoman;Komang;Ketut".split(";")),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs), in any of the forms
# (checked without accents and case)
PUBLIC_FIGURES_HELDOUT110 = {
    "Ayodeji Balogun", "Olabisi Akande", "Bisi Akande", "Tunde Bakare", "Femi Adeyemi", "Dilshod Nazarov",
    "Daler Nazarov", "Rustam Nazarov", "Emmanuel Kasarhérou",
}  # fmt: skip
# Yoruba names with their tone marks and the dots under 'ẹ', 'ọ' and 'ṣ', as a careful hand or a Yoruba
# keyboard writes them
YORUBA_TONAL_HELDOUT110 = {
    "Oluwaseun": "Olúwaṣeun", "Folake": "Fọláké", "Temitope": "Tèmítọ́pẹ́", "Olumide": "Olúmídé",
    "Adebayo": "Adébáyọ̀", "Funmilayo": "Fúnmiláyọ̀", "Yetunde": "Yétúndé", "Babatunde": "Babátúndé",
    "Adewale": "Adéwálé", "Ayodeji": "Ayọ̀déjì", "Omolara": "Ọmọlára", "Abimbola": "Abímbọ́lá",
    "Titilayo": "Títílayọ̀", "Adeyemi": "Adéyẹmí", "Ogunleye": "Ògúnlẹ́yẹ", "Afolabi": "Afọlábí", "Ajayi": "Àjàyí",
    "Oyewole": "Oyèwọlé", "Ayinde": "Àyìndé", "Akinola": "Akínọlá", "Olatunji": "Olátúnjí", "Adegoke": "Adégòkè",
    "Ogundipe": "Ògúndípẹ̀", "Oladipo": "Oládipọ̀", "Balogun": "Balógun", "Olaniyan": "Oláníyan",
}  # fmt: skip
# the short forms a Yoruba given name takes
YORUBA_NICK_HELDOUT110 = {
    "Oluwaseun": "Seun", "Olumide": "Mide", "Adebayo": "Bayo", "Babatunde": "Tunde", "Adewale": "Wale",
    "Olusegun": "Segun", "Oluwafemi": "Femi", "Ayodeji": "Deji", "Akinkunle": "Kunle", "Olanrewaju": "Lanre",
    "Babajide": "Jide", "Oluwagbenga": "Gbenga", "Abdulrasheed": "Rasheed", "Temitope": "Tope",
    "Funmilayo": "Funmi", "Omolara": "Lara", "Abimbola": "Bimbo", "Oluwakemi": "Kemi", "Oluwatoyin": "Toyin",
    "Olabisi": "Bisi", "Titilayo": "Titi",
}  # fmt: skip
# the Tajik family names: the '-ov' form and the stem (the forefather's name) the newer forms are built on
TAJIK_STEMS_HELDOUT110 = {
    "Rahimov": "Rahim", "Nazarov": "Nazar", "Karimov": "Karim", "Saidov": "Said", "Safarov": "Safar",
    "Davlatov": "Davlat", "Kurbonov": "Qurbon", "Sobirov": "Sobir", "Odinaev": "Odina", "Mirzoev": "Mirzo",
    "Hasanov": "Hasan", "Yusupov": "Yusuf", "Ismoilov": "Ismoil", "Boboev": "Bobo", "Ashurov": "Ashur",
    "Sangov": "Sang",
}  # fmt: skip
# the Tajik endings that took the place of '-ov' since 2007 ('Rahimzoda', 'Rahimi', 'Rahimyon', 'Rahimfar'):
# Latin, Russian Cyrillic, Tajik Cyrillic; only '-zoda' after a stem that ends in a vowel
TAJIK_NEW_ENDINGS_HELDOUT110 = {
    "zoda": ("зода", "зода"), "i": ("и", "ӣ"), "yon": ("ён", "ён"), "far": ("фар", "фар"),
}  # fmt: skip
# the Tajik names in Cyrillic, as a Russian paper (first) and a Tajik one (second) spell them
TAJIK_CYRILLIC_HELDOUT110 = {
    "Firuz": ("Фируз", "Фирӯз"), "Jamshed": ("Джамшед", "Ҷамшед"), "Farhod": ("Фарход", "Фарҳод"),
    "Bahrom": ("Бахром", "Баҳром"), "Rustam": ("Рустам", "Рустам"), "Umed": ("Умед", "Умед"),
    "Suhrob": ("Сухроб", "Суҳроб"), "Behruz": ("Бехруз", "Беҳрӯз"), "Parviz": ("Парвиз", "Парвиз"),
    "Shuhrat": ("Шухрат", "Шуҳрат"), "Daler": ("Далер", "Далер"), "Faridun": ("Фаридун", "Фаридун"),
    "Khurshed": ("Хуршед", "Хуршед"), "Sherzod": ("Шерзод", "Шерзод"), "Komron": ("Комрон", "Комрон"),
    "Dilshod": ("Дилшод", "Дилшод"), "Nurullo": ("Нурулло", "Нурулло"), "Sitora": ("Ситора", "Ситора"),
    "Nigina": ("Нигина", "Нигина"), "Madina": ("Мадина", "Мадина"), "Firuza": ("Фируза", "Фирӯза"),
    "Malika": ("Малика", "Малика"), "Mavjuda": ("Мавджуда", "Мавҷуда"), "Gulnora": ("Гульнора", "Гулнора"),
    "Parvina": ("Парвина", "Парвина"), "Shahnoza": ("Шахноза", "Шаҳноза"), "Tahmina": ("Тахмина", "Таҳмина"),
    "Mehrangez": ("Мехрангез", "Меҳрангез"), "Nilufar": ("Нилуфар", "Нилуфар"), "Farzona": ("Фарзона", "Фарзона"),
    "Munira": ("Мунира", "Мунира"), "Sabohat": ("Сабохат", "Сабоҳат"),
    "Rahimov": ("Рахимов", "Раҳимов"), "Nazarov": ("Назаров", "Назаров"), "Karimov": ("Каримов", "Каримов"),
    "Saidov": ("Саидов", "Саидов"), "Safarov": ("Сафаров", "Сафаров"), "Davlatov": ("Давлатов", "Давлатов"),
    "Kurbonov": ("Курбонов", "Қурбонов"), "Sobirov": ("Собиров", "Собиров"), "Odinaev": ("Одинаев", "Одинаев"),
    "Mirzoev": ("Мирзоев", "Мирзоев"), "Hasanov": ("Хасанов", "Ҳасанов"), "Yusupov": ("Юсупов", "Юсупов"),
    "Ismoilov": ("Исмоилов", "Исмоилов"), "Boboev": ("Бобоев", "Бобоев"), "Ashurov": ("Ашуров", "Ашӯров"),
    "Sangov": ("Сангов", "Сангов"),
    "Rahim": ("Рахим", "Раҳим"), "Nazar": ("Назар", "Назар"), "Karim": ("Карим", "Карим"), "Said": ("Саид", "Саид"),
    "Safar": ("Сафар", "Сафар"), "Davlat": ("Давлат", "Давлат"), "Qurbon": ("Курбон", "Қурбон"),
    "Sobir": ("Собир", "Собир"), "Odina": ("Одина", "Одина"), "Mirzo": ("Мирзо", "Мирзо"), "Hasan": ("Хасан", "Ҳасан"),
    "Yusuf": ("Юсуф", "Юсуф"), "Ismoil": ("Исмоил", "Исмоил"), "Bobo": ("Бобо", "Бобо"), "Ashur": ("Ашур", "Ашӯр"),
    "Sang": ("Санг", "Санг"),
}  # fmt: skip
CYRILLIC_HELDOUT110 = re.compile("[\u0400-\u04ff]")
# the Latin spelling a Russian-issued paper (or a Tajik passport through Russian) gives a Tajik name
TAJIK_TRANSLIT_HELDOUT110 = {
    "Jamshed": "Dzhamshed", "Bahrom": "Bakhrom", "Farhod": "Farkhod", "Suhrob": "Sukhrob", "Shuhrat": "Shukhrat",
    "Behruz": "Bekhruz", "Mavjuda": "Mavdzhuda", "Shahnoza": "Shakhnoza", "Tahmina": "Takhmina",
    "Mehrangez": "Mekhrangez", "Sabohat": "Sabokhat", "Rahimov": "Rakhimov", "Hasanov": "Khasanov",
}  # fmt: skip
# the fathers' names a Russian paper's patronymic is made of (the men's names that end in a consonant)
TAJIK_FATHERS_HELDOUT110 = [n for n in NAMES_HELDOUT110["tajik"][0] if n[-1] not in "aeiouy"]
# the short forms a Tajik given name takes: '-jon' (dear) at home, a Russian name at work in Moscow
TAJIK_NICK_HELDOUT110 = {
    "Firuz": "Firuzjon", "Umed": "Umedjon", "Sitora": "Sitorajon", "Nigina": "Niginajon", "Dilshod": "Dima",
    "Jamshed": "Zhenya", "Sherzod": "Seryozha",
}  # fmt: skip
# the short forms a French given name takes in New Caledonia
KANAK_NICK_HELDOUT110 = {
    "Joseph": "Jojo", "Josiane": "Josy", "Emmanuel": "Manu", "Gérard": "Gégé", "Madeleine": "Mado",
    "Jean-Baptiste": "JB", "Sandrine": "Sandy", "Wilfried": "Willy",
}  # fmt: skip
# the Balinese caste titles, part of the name on a KTP ('Ida Bagus Made Widiana'): a man's and a woman's;
# a title that holds 'Gede' takes no other birth-order name
BALI_CASTE_HELDOUT110 = {
    False: ["Ida Bagus", "I Gusti Ngurah", "I Gusti Bagus", "Anak Agung Gede", "Cokorda Gede", "I Dewa Gede"],
    True: ["Ida Ayu", "I Gusti Ayu", "Anak Agung Ayu", "Desak", "Cokorda Istri"],
}
# how papers and registers shorten a caste title ('I.B. Made Widiana', 'A.A. Gede Sutama', 'I Gst. Ayu ...')
BALI_CASTE_ABBREV_HELDOUT110 = {
    "Ida Bagus": ["I.B.", "IB"], "Ida Ayu": ["I.A.", "IA"], "Anak Agung": ["A.A.", "AA"], "I Gusti": ["I Gst.", "I Gst"],
    "Cokorda": ["Cok.", "Cok"],
}  # fmt: skip
# the short form a caste title takes in speech, before a birth-order name or its short form ('Gus De',
# 'Dayu Putu', 'Gung Tut')
BALI_CASTE_SHORT_HELDOUT110 = {
    "Ida Bagus": "Gus", "Ida Ayu": "Dayu", "Anak Agung": "Gung", "Cokorda": "Cok", "I Gusti": "Gusti",
}  # fmt: skip
# the short forms of the birth-order names
BALI_NICK_HELDOUT110 = {
    "Wayan": "Yan", "Putu": "Tu", "Gede": "De", "Made": "De", "Kadek": "Dek", "Nengah": "Ngah", "Nyoman": "Man",
    "Komang": "Mang",
    "Ketut": "Tut",
}  # fmt: skip
NICKS_HELDOUT110 = {
    "yoruba": YORUBA_NICK_HELDOUT110, "tajik": TAJIK_NICK_HELDOUT110, "kanak": KANAK_NICK_HELDOUT110,
    "balinese": BALI_NICK_HELDOUT110,
}  # fmt: skip
# a family name (for the Balinese: a personal name) with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT110 = {
    "Adeyemi": "Adeyeme", "Ogunleye": "Ogunlye", "Ogundipe": "Ogundpie", "Fasanya": "Fasayna",
    "Olaniyan": "Olaniyna", "Oyebanji": "Oyebanij", "Akinwale": "Akinwlae", "Ogunsola": "Ogunsloa",
    "Rahimov": "Rahiomv", "Nazarov": "Nazraov", "Kurbonov": "Kurbnov", "Sobirov": "Sobriov", "Davlatov": "Davaltov",
    "Ismoilov": "Ismolov", "Wahetra": "Wahtera", "Kasarhérou": "Kasarhéru", "Wakanumuné": "Wakanumné",
    "Cawidrone": "Cawidorne", "Wainebengo": "Wainbengo", "Goromido": "Gormido", "Haewegene": "Haewegne",
    "Sudarsana": "Sudarsna", "Suardana": "Suradana", "Mertayasa": "Meratyasa", "Budiarta": "Budiatra",
    "Lestari": "Lestrai", "Suastini": "Suatsini", "Sumertini": "Sumretini", "Candrawati": "Candrwati",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and
# the part of the name it goes with ('full', 'given', 'family' or 'child': the name of the child a Yoruba
# parent is called after, 'Iya Tope', Tope's mother)
TITLED_HELDOUT110: dict[str, tuple[str, bool | None, str]] = {
    "alhaji": ("yoruba", False, "full"),  # a Muslim man who made the hajj
    "alhaja": ("yoruba", True, "full"),  # a Muslim woman who made the hajj
    "chief": ("yoruba", None, "family"),  # a chieftaincy title
    "oga": ("yoruba", False, "given"),  # the boss, the owner of the shop
    "aunty": ("yoruba", True, "given"),  # any older woman
    "iya": ("yoruba", None, "child"),  # 'mother of': 'Iya Tope'
    "baba": ("yoruba", None, "child"),  # 'father of': 'Baba Seun'
    "egbon": ("yoruba", None, "given"),  # an elder sibling or cousin
    "engr.": ("yoruba", None, "family"),  # an engineer, as Nigerians write it
    "ustod": ("tajik", False, "given"),  # a master of his craft: the technician
    "domullo": ("tajik", False, "given"),  # a learned man, a teacher
    "hoji": ("tajik", False, "given"),  # a man who made the hajj
    "дядя": ("tajik", False, "given"),  # 'uncle', what Moscow calls an older man
    "тётя": ("tajik", True, "given"),  # 'auntie'
    "tonton": ("kanak", False, "given"),  # uncle, any older man
    "tata": ("kanak", True, "given"),  # aunt, any older woman
    "le vieux": ("kanak", False, "family"),  # an elder of the tribu
    "mémé": ("kanak", True, "given"),  # grandmother
    "pasteur": ("kanak", False, "full"),  # the Protestant pastor of the islands
    "monsieur": ("kanak", False, "family"),
    "madame": ("kanak", True, "family"),
    "pak": ("balinese", False, "given"),
    "bu": ("balinese", True, "given"),
    "bli": ("balinese", False, "given"),  # elder brother, any young man, in Balinese
    "mbok": ("balinese", True, "given"),  # elder sister
    "jero mangku": ("balinese", False, "given"),  # a temple priest
}
TITLE_SLOT_HELDOUT110 = re.compile(
    r"(?<![\w'.-])(jero mangku|le vieux|alhaji|alhaja|chief|oga|aunty|iya|baba|egbon|engr\.|ustod|domullo|hoji|"
    r"дядя|тётя|tonton|tata|mémé|pasteur|monsieur|madame|pak|bu|bli|mbok) \{\}",
    re.IGNORECASE,
)
# the Tajik kin words after a given name (outside the span): whether a woman and the part of the name
# before it
KIN_AFTER_HELDOUT110: dict[str, tuple[bool | None, str]] = {
    "aka": (False, "given"),  # elder brother, any older man
    "apa": (True, "given"),  # elder sister (in the north, Khujand)
    "bobo": (False, "given"),  # grandfather, an old man
}
KIN_SLOT_HELDOUT110 = re.compile(r"\{\} (aka|apa|bobo)(?![\w'])", re.IGNORECASE)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT110
FORCED_FORMS_HELDOUT110 = [
    ("yoruba", "middle"), ("tajik", "patronymic"), ("kanak", "hyphen_given"), ("balinese", "ktp"),
    ("yoruba", "surname_first"), ("tajik", "new_surname"), ("kanak", "surname_first"), ("balinese", "caste"),
    ("yoruba", "tonal"), ("tajik", "izofat"), ("kanak", "married"), ("balinese", "caste_abbrev"),
    ("yoruba", "initials"), ("tajik", "cyrillic"), ("kanak", "ascii"), ("balinese", "caste_short"),
    ("yoruba", "double_barrel"), ("tajik", "translit"), ("kanak", "initials"), ("balinese", "no_marker"),
    ("yoruba", "nickname"), ("tajik", "surname_first"), ("kanak", "nickname"), ("balinese", "order_only"),
    ("yoruba", "typo"), ("tajik", "nickname"), ("kanak", "typo"), ("balinese", "nickname"),
    ("tajik", "typo"), ("balinese", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT110 = {"nickname", "typo", "caste_short", "order_only"}
FORM_ONLY_FORMS_HELDOUT110 = {"surname_first", "initials", "caste_abbrev", "married"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT110 = {"double_barrel", "married"}
# the scripts or layouts a form may come in ('' is the template's plain one); any other form: '' and 'ascii'
FORM_SCRIPTS_HELDOUT110: dict[tuple[str, str], set[str]] = {
    ("yoruba", "surname_first"): {"surname_first"}, ("kanak", "surname_first"): {"surname_first"},
    ("tajik", "surname_first"): {"surname_first", "cyrillic"}, ("tajik", "cyrillic"): {"", "cyrillic"},
    ("tajik", "patronymic"): {"", "ascii", "cyrillic"}, ("tajik", "new_surname"): {"", "ascii", "cyrillic"},
    ("tajik", "izofat"): {"", "ascii", "cyrillic"}, ("yoruba", "tonal"): {""},
}  # fmt: skip
DEFAULT_SCRIPTS_HELDOUT110 = {"", "ascii"}
# sentences the build adds whatever the seed: a titled name of each people (a kin word after it for the
# Tajiks), a name in capitals on a form and one in lower case in chat for each people, and a sentence for any
# forced form the build has not given yet
FORCED_SENTENCES_HELDOUT110: dict[str, list[str]] = {
    "yoruba": [
        "Alhaja {} owns the business centre opposite the LAUTECH main gate",
        "Oga {} said the photocopier needs a new drum before monday",
        "Aunty {} does the passport photos at the back of the shop",
        "Iya {} brought her son's WAEC result to scan and print",
        "Baba {} wants ten copies of the survey plan, coloured",
    ],
    "tajik": [
        "{} aka fixed the Canon in the copy centre in Maryino",
        "{} apa types the patent forms for the new arrivals from Kulob",
        "ustod {} is the only one in Khujand who can fix the Ricoh",
        "{} bobo came in to print the photos for his grandson's visa",
        "дядя {} держит ксерокс у рынка Садовод",
    ],
    "kanak": [
        "tonton {} est venu de Lifou pour imprimer les papiers de la coutume",
        "tata {} fait les photocopies pour l'association de la tribu",
        "le vieux {} veut plastifier son acte coutumier",
        "mémé {} a demandé trois copies de son extrait d'acte de naissance",
        "pasteur {} a imprimé les cantiques au cyber de Wé",
    ],
    "balinese": [
        "Bli {} yang jaga warnet malam ini, tanya dia saja",
        "Mbok {} bisa bantu cetak pas foto 3x4 latar merah",
        "Pak {} pemilik fotokopian di depan kampus Undiksha",
        "Bu {} minta fotokopi KTP-nya dilaminating",
        "Jero Mangku {} minta dicetakkan undangan odalan",
    ],
    "upper": [
        "Name in block capitals: {}",
        "Name as on the ID card, in capitals: {}",
        "Full name (capital letters): {}",
    ],
    "lower": [
        "lol {} printed forty pages of the wrong file again",
        "{} still hasn't come for the laminated copies",
        "has anyone seen {} since the cyber café closed",
    ],
    "form": [
        "Name of candidate: {}",
        "Customer name on the job ticket: {}",
    ],
    "chat": [
        "{} says the printer is working again",
        "did {} pay for the photocopies in the end?",
    ],
}
# IBANs where a relative, a supplier or the owner is paid (Nigeria, Tajikistan, Russia and Indonesia have
# none): the United Kingdom and Ireland for the Yoruba there, Kazakhstan and Turkey for Tajiks who work or
# study there, France for a Kanak student or relative in Montpellier or Brest, the United Arab Emirates and
# Qatar for Balinese hotel and spa workers in the Gulf
IBAN_SHAPES_HELDOUT110 = {"GB": "4a14n", "IE": "4a14n", "KZ": "3n13c", "TR": "5n1n16c", "FR": "10n11c2n", "AE": "3n16n", "QA": "4a21c"}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT110 = {
    "yoruba": ["GB", "GB", "IE"], "tajik": ["KZ", "TR"], "kanak": ["FR"], "balinese": ["AE", "QA"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT110 = {
    "yoruba": ["printhub", "businesscentre", "jambcentre", "copycentre", "bodija", "ogbomoso"],
    "tajik": ["nusxa", "chop", "print", "dushanbe", "khujand", "kulob"],
    "kanak": ["cyber", "impression", "papeterie", "lifou", "drehu", "noumea"],
    "balinese": ["fotokopi", "warnet", "cetak", "denpasar", "gianyar", "singaraja"],
}
EMAIL_DOMAINS_HELDOUT110 = {
    "yoruba": ["yahoo.com", "ymail.com", "yahoo.co.uk", "hotmail.com"],
    "tajik": ["mail.ru", "inbox.ru", "bk.ru", "list.ru"],
    "kanak": ["lagoon.nc", "canl.nc", "hotmail.fr", "outlook.fr"],
    "balinese": ["yahoo.co.id", "student.unud.ac.id", "undiksha.ac.id"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT110: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)[\u0400-\u04ff]|dushanbe|khujand|kulob|bokhtar|tajik|somoni|moscow|maryino|lyublino|"
                r"kotelniki|sadovod|\balif\b|eskhata|tcell|babilon|\bntc\b|patent|migration|odnoklassniki|"
                r"ustod|domullo|\bhoji\b|nusxa"), "tajik"),
    (re.compile(r"(?i)\bbali|denpasar|gianyar|singaraja|ubud|buleleng|tabanan|klungkung|warnet|fotokopi|snbt|"
                r"utbk|snpmb|cpns|sscasn|\bktp\b|\bkk\b|undiksha|midtrans|\bbpd\b|\blpd\b|suksma|\byang\b|"
                r"\bsudah\b|\bsaya\b|\btolong\b|\bmas\b|\bdi\b|\bdan\b|\bnama\b|pemohon|odalan|\bbli\b|\bmbok\b|"
                r"jero|\bpak\b|\bbu\b|\bminta\b"), "balinese"),
    (re.compile(r"(?i)nouméa|noumea|lifou|maré|\bmare\b|koné|\bkone\b|\bwé\b|tribu|kanak|coutum|drehu|"
                r"nengone|cafat|parcoursup|lagoon|payzen|vallée-du-tir|dumbéa|caillou|\bdu\b|\ble\b|\bla\b|"
                r"\bles\b|c'est|\bmon\b|\bune?\b|\best\b|prénom|tonton|\btata\b|mémé|pasteur|papeterie|"
                r"monsieur|madame"), "kanak"),
    (re.compile(r"(?i)lagos|ibadan|abeokuta|ogbomoso|ikeja|yaba|surulere|bodija|dugbe|mokola|oja igbo|"
                r"lautech|jamb|utme|waec|\bnin\b|nimc|naira|₦|moniepoint|opay|palmpay|abeg|\bdon\b|\bna\b|"
                r"wetin|\boga\b|alhaj|aunty|\biya\b|\bbaba\b|egbon|engr\.|chief|computer village|"
                r"business centre|middle name|verve|monnify|yoruba|owambe"), "yoruba"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT110: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\belle\b|\bnée\b|\bона\b|\bеё\b|\b(?:помог|сдела|распечата)ла\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bil\b|\bон\b|\bего\b|\b(?:помог|сделал|распечатал)\b"), False),
]  # fmt: skip
# a print shop word and its well-known misspelling
MISSPELT_HELDOUT110 = {
    "registration": "registeration", "stationery": "stationary", "cartridge": "catridge", "photocopy": "fotocopy",
    "receipt": "reciept", "passport": "pasport", "scanner": "scaner", "tomorrow": "tommorow",
    "university": "univercity", "attendant": "attendent", "signature": "signiture", "lamination": "lamenation",
    "laminated": "laminatted", "application": "aplication", "certificate": "certficate", "photocopier": "photocopiar",
}  # fmt: skip
MISSPELT_WORD_HELDOUT110 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT110, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, French, Russian and Indonesian
SHORTHAND_HELDOUT110 = {
    "please": "pls", "because": "cos", "tomorrow": "tmrw", "message": "msg", "before": "b4", "thanks": "thx",
    "s'il te plaît": "stp", "quelque chose": "qqch", "beaucoup": "bcp", "спасибо": "спс", "сейчас": "щас",
    "пожалуйста": "пж", "yang": "yg", "sudah": "udh", "tidak": "tdk", "untuk": "utk",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT110 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT110, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT110 = (
    "January February March April May June July August September October November December".split()
)
RU_MONTHS_HELDOUT110 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
FR_MONTHS_HELDOUT110 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
ID_MONTHS_HELDOUT110 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Olúwaṣeun' -> 'oluwaseun',
    'Jean-Marc' -> 'jeanmarc', 'Kasarhérou' -> 'kasarherou')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, accents and case aside."""
    low = _fold(value).lower()
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT110)


def _tj_word(word: str, tajik: bool) -> str:
    """One word of a Tajik name in Cyrillic: a listed name, a woman's '-ova' or '-eva', a patronymic in
    '-ovich' or '-ovna', a newer family name ('Rahimzoda', 'Rahimi', 'Rahimyon', 'Rahimfar') or the izofat
    'Firuzi' (Firuz, son of); Russian spelling, or Tajik where `tajik`."""
    upper = word.isupper() and len(word) > 1
    w = word.capitalize() if upper else word
    side = 1 if tajik else 0
    if w in TAJIK_CYRILLIC_HELDOUT110:
        out = TAJIK_CYRILLIC_HELDOUT110[w][side]
    elif w.endswith("a") and w[:-1] in TAJIK_CYRILLIC_HELDOUT110 and w[-2] == "v":  # 'Rahimova'
        out = TAJIK_CYRILLIC_HELDOUT110[w[:-1]][side] + "а"
    elif w.endswith(("ovich", "ovna")):  # the patronymic keeps the Russian spelling
        base, end = (w[:-5], "ович") if w.endswith("ovich") else (w[:-4], "овна")
        out = TAJIK_CYRILLIC_HELDOUT110[base][0] + end
    else:
        for ending, (ru, tj) in TAJIK_NEW_ENDINGS_HELDOUT110.items():
            stem = w[: -len(ending)]
            if w.endswith(ending) and stem in TAJIK_CYRILLIC_HELDOUT110:
                if ending == "i" and stem in NAMES_HELDOUT110["tajik"][0] + NAMES_HELDOUT110["tajik"][1]:
                    tj = ru  # the izofat after a given name is '-и' ('Фирӯзи'), the family name's ending '-ӣ'
                out = TAJIK_CYRILLIC_HELDOUT110[stem][side] + (tj if tajik else ru)
                break
        else:
            raise KeyError(word)
    return out.upper() if upper else out


def _tj_cyrillic(name: str, tajik: bool) -> str:
    """A Tajik name written in Latin letters, in Cyrillic ('Firuz Bahromovich Rahimov' -> 'Фируз Бахромович
    Рахимов' or, Tajik, 'Фирӯз Бахромович Раҳимов'); a comma stays where it was."""
    return " ".join(_tj_word(w.rstrip(","), tajik) + ("," if w.endswith(",") else "") for w in name.split())


class Gen110(Gen3):
    """Generators for held-out set 110: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT110)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT110: a Tajik woman's family name
        in '-ova' or '-eva', a Balinese personal name and birth-order name; never a public figure's."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT110)
        men, women, lasts = NAMES_HELDOUT110[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        if origin == "balinese":
            return origin, first, rng.choice(BALI_ORDER_HELDOUT110[woman]), woman
        last = rng.choice([x for x in lasts if not _reads_public(f"{first} {x}")])
        if origin == "tajik" and woman:
            last += "a"
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _other_given(self, origin: str, woman: bool, first: str) -> str:
        """A second given name of the same people and gender."""
        own = NAMES_HELDOUT110[origin][1 if woman else 0]
        return self.rng.choice([g for g in own if g != first])

    def _tj_new(self, last: str, woman: bool) -> str:
        """A newer Tajik family name on the same stem ('Rahimov' -> 'Rahimzoda', 'Rahimi', 'Rahimyon',
        'Rahimfar'); the same for a man and a woman."""
        stem = TAJIK_STEMS_HELDOUT110[last[:-1] if woman else last]
        if stem[-1] in "aeiou":
            return f"{stem}zoda"
        return stem + self.rng.choice(["zoda", "zoda", "zoda", "i", "yon", "far"])

    def _tj_patronymic(self, woman: bool) -> str:
        return self.rng.choice(TAJIK_FATHERS_HELDOUT110) + ("ovna" if woman else "ovich")

    def _bali(self, woman: bool, personal: str, order: str, kind: str = "ktp") -> str:
        """A Balinese name: 'ktp' ('I Wayan Sudarsana', 'Ni Luh Putu Ariani'), 'no_marker' ('Wayan
        Sudarsana'), 'caste' ('Ida Bagus Made Widiana', 'Anak Agung Gede Sutama', 'Desak Made Suastini')."""
        rng = self.rng
        if kind == "caste":
            caste = rng.choice(BALI_CASTE_HELDOUT110[woman])
            if caste.endswith("Gede") or rng.random() < 0.4:
                return f"{caste} {personal}"
            return (
                f"{caste} {rng.choice([o for o in BALI_ORDER_HELDOUT110[woman] if o != 'Gede'])} {personal}"
            )
        if kind == "no_marker":
            return f"{order} {personal}"
        if woman:
            return f"Ni Luh {order} {personal}" if rng.random() < 0.25 else f"Ni {order} {personal}"
        return f"I {order} {personal}"

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT110's, or 'plain'); never one
        that reads as a public figure's; in Cyrillic where `script` is 'cyrillic' (a Tajik name), without
        accents where it is 'ascii'."""
        for _ in range(50):
            value = self._form_once(origin, form, woman)
            if not _reads_public(value):
                break
        if (
            origin == "tajik"
            and (script == "cyrillic" or form == "cyrillic")
            and not CYRILLIC_HELDOUT110.search(value)
        ):
            value = _tj_cyrillic(value, self.rng.random() < 0.45)
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None) -> str:
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT110:
            woman = True
        if form == "nickname":  # 'Seun', 'Firuzjon', 'Dima', 'Jojo', 'Tut'
            nicks = NICKS_HELDOUT110[origin]
            if origin == "balinese":
                return nicks[rng.choice(sorted(nicks))]
            women = set(NAMES_HELDOUT110[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT110[origin]
        own = women if woman else men
        if form == "typo":
            if origin == "balinese":  # 'I Wayan Sudarsna', 'Made Lestrai'
                first = rng.choice([g for g in own if g in NAME_TYPOS_HELDOUT110])
                name = self._bali(woman, NAME_TYPOS_HELDOUT110[first], last, rng.choice(["ktp", "no_marker"]))
                return name
            last = rng.choice([x for x in lasts if x in NAME_TYPOS_HELDOUT110])
            typo = NAME_TYPOS_HELDOUT110[last] + ("a" if origin == "tajik" and woman else "")
            return f"{first} {typo}"  # 'Seun Adeyeme', 'Sitora Davaltova', 'Josiane Wahtera'
        if origin == "yoruba":
            if form == "middle":  # 'Oluwaseun Temitope Adeyemi'
                return f"{first} {self._other_given(origin, woman, first)} {last}"
            if form == "surname_first":  # a JAMB or NIN form: 'ADEYEMI Oluwaseun Temitope', 'Adeyemi, Folake'
                second = self._other_given(origin, woman, first)
                r = rng.random()
                if r < 0.4:
                    return f"{last.upper()} {first} {second}"
                if r < 0.7:
                    return f"{last}, {first} {second[0]}."
                return f"{last.upper()}, {first.upper()}"
            if form == "tonal":  # 'Olúwaṣeun Adéyẹmí', 'Fọláké Ògúnlẹ́yẹ'
                first = rng.choice([g for g in own if g in YORUBA_TONAL_HELDOUT110])
                last = rng.choice([x for x in lasts if x in YORUBA_TONAL_HELDOUT110])
                return f"{YORUBA_TONAL_HELDOUT110[first]} {YORUBA_TONAL_HELDOUT110[last]}"
            if form == "initials":  # 'O. T. Adeyemi', 'F.A. Ogunleye', 'K. Lawal'
                second = self._other_given(origin, woman, first)
                r = rng.random()
                if r < 0.4:
                    return f"{first[0]}. {second[0]}. {last}"
                if r < 0.7:
                    return f"{first[0]}.{second[0]}. {last}"
                return f"{first[0]}. {last}"
            if form == "double_barrel":  # a married woman's 'Folake Adeyemi-Ogunleye'
                husband = rng.choice([x for x in lasts if x != last])
                return f"{first} {last}-{husband}"
        if origin == "tajik":
            if form == "patronymic":  # 'Firuz Bahromovich Rahimov', 'Sitora Umedovna'
                patronymic = self._tj_patronymic(woman)
                r = rng.random()
                if r < 0.4:
                    return f"{first} {patronymic} {last}"
                if r < 0.7:
                    return f"{last} {first} {patronymic}"
                return f"{first} {patronymic}"  # how a Moscow boss or a teacher addresses him
            if form == "new_surname":  # 'Firuz Rahimzoda', 'Sitora Nazari'
                return f"{first} {self._tj_new(last, woman)}"
            if form == "izofat":  # 'Firuzi Bahrom': Firuz, son of Bahrom, the newer Tajik way
                first = rng.choice([g for g in own if g[-1] not in "aeiou"])
                return f"{first}i {rng.choice(TAJIK_FATHERS_HELDOUT110)}"
            if form == "cyrillic":  # 'Фируз Рахимов', 'Ситора Раҳимзода'
                return f"{first} {self._tj_new(last, woman) if rng.random() < 0.4 else last}"
            if form == "translit":  # 'Dzhamshed Rakhimov', 'Takhmina Khasanova'
                first = rng.choice([g for g in own if g in TAJIK_TRANSLIT_HELDOUT110])
                base = last[:-1] if woman else last
                spelt = TAJIK_TRANSLIT_HELDOUT110.get(base, base) + ("a" if woman else "")
                return f"{TAJIK_TRANSLIT_HELDOUT110[first]} {spelt}"
            if form == "surname_first":  # a Russian form: 'RAHIMOV Firuz Bahromovich', 'Rahimzoda, Sitora'
                r = rng.random()
                if r < 0.5:
                    return f"{last.upper()} {first} {self._tj_patronymic(woman)}"
                if r < 0.75:
                    return f"{last} {first} {self._tj_patronymic(woman)}"
                return f"{self._tj_new(last, woman)}, {first}"
        if origin == "kanak":
            if form == "hyphen_given":  # 'Jean-Marc Wahetra', 'Marie-Noëlle Wéa'
                first = rng.choice([g for g in own if "-" in g])
                return f"{first} {last}"
            if form == "surname_first":  # a French form: 'WAHETRA Jean-Marc', 'Wéa Josiane'
                return f"{last.upper()} {first}" if rng.random() < 0.6 else f"{last} {first}"
            if form == "married":  # 'Josiane Wéa épouse Cawidrone', 'Josiane Cawidrone née Wéa'
                husband = rng.choice([x for x in lasts if x != last])
                if rng.random() < 0.5:
                    return f"{first} {last} épouse {husband}"
                return f"{first} {husband} née {last}"
            if form == "ascii":  # typed without the accents: 'Gerard Kasarherou', 'Evelyne Wea'
                first = rng.choice([g for g in own if _fold(g) != g] + [first])
                last = rng.choice([x for x in lasts if _fold(x) != x])
                return _fold(f"{first} {last}")
            if form == "initials":  # 'J.-M. Wahetra', 'S. Gowé'
                if "-" in first:
                    a, b = first.split("-")
                    return f"{a[0]}.-{b[0]}. {last}"
                return f"{first[0]}. {last}"
        if origin == "balinese":
            if form == "ktp":  # 'I Wayan Sudarsana', 'Ni Luh Putu Ariani'
                return self._bali(woman, first, last, "ktp")
            if form == "caste":  # 'Ida Bagus Made Widiana', 'Anak Agung Ayu Sukerni'
                return self._bali(woman, first, last, "caste")
            if form == "caste_abbrev":  # 'I.B. Made Widiana', 'A.A. Gede Sutama', 'I Gst. Ayu Sukerni'
                name = self._bali(woman, first, last, "caste")
                for full, shorts in BALI_CASTE_ABBREV_HELDOUT110.items():
                    if name.startswith(full + " "):
                        return rng.choice(shorts) + name[len(full) :]
                return self._form_once(origin, form, woman)  # 'Desak' has no short form: draw again
            if form == "caste_short":  # what friends call them: 'Gus De', 'Dayu Putu', 'Gung Tut'
                key = rng.choice(["Ida Ayu" if woman else "Ida Bagus", "Anak Agung", "Cokorda", "I Gusti"])
                after = BALI_NICK_HELDOUT110[last] if rng.random() < 0.5 else last
                return f"{BALI_CASTE_SHORT_HELDOUT110[key]} {after}"
            if form == "no_marker":  # chat leaves out 'I' and 'Ni': 'Wayan Sudarsana'
                return self._bali(woman, first, last, "no_marker")
            if form == "order_only":  # the birth-order name alone: 'Ketut', 'Komang'
                return last
            return self._bali(woman, first, last, rng.choice(["ktp", "no_marker"]))
        return f"{first} {last}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as an ID's or a register's line holds it ('ADEYEMI OLUWASEUN TEMITOPE',
        'RAHIMOV FIRUZ BAHROMOVICH', 'WAHETRA JEAN-MARC', 'NI MADE LESTARI')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            r = self.rng.random()
            if origin == "yoruba":
                second = self._other_given(origin, woman, first)
                value = f"{last} {first} {second}" if r < 0.6 else f"{first} {second} {last}"
            elif origin == "tajik":
                value = (
                    f"{last} {first} {self._tj_patronymic(woman)}"
                    if r < 0.6
                    else f"{self._tj_new(last, woman)} {first}"
                )
            elif origin == "kanak":
                value = f"{last} {first}"
            else:
                value = self._bali(woman, first, last, "caste" if r < 0.25 else "ktp")
            if not _reads_public(value):
                break
        return value.upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'surname_first' or 'cyrillic' where the
        template asks for one."""
        rng = self.rng
        r = rng.random()
        if script == "surname_first":
            return self._form(origin, "surname_first", woman)
        if origin == "yoruba":
            if r < 0.25 and not chat:
                return f"{first} {self._other_given(origin, woman, first)} {last}"
            if r < 0.1 and woman:
                return f"{first} {last}-{rng.choice([x for x in NAMES_HELDOUT110[origin][2] if x != last])}"
            return f"{first} {last}"
        if origin == "tajik":
            if r < 0.3:
                name = f"{first} {self._tj_new(last, woman)}"
            elif r < 0.5 and not chat:
                name = f"{last} {first} {self._tj_patronymic(woman)}"
            elif r < 0.6 and not chat and first in TAJIK_TRANSLIT_HELDOUT110 and script != "cyrillic":
                return f"{TAJIK_TRANSLIT_HELDOUT110[first]} {last}"
            else:
                name = f"{first} {last}"
            return _tj_cyrillic(name, rng.random() < 0.45) if script == "cyrillic" else name
        if origin == "kanak":
            if chat and r < 0.2:
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        if chat:
            kind = "no_marker" if r < 0.5 else "ktp" if r < 0.8 else "caste"
        else:
            kind = "ktp" if r < 0.7 else "caste"
        return self._bali(woman, first, last, kind)

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if script not in FORM_SCRIPTS_HELDOUT110.get((o, form), DEFAULT_SCRIPTS_HELDOUT110):
                continue
            if woman is False and form in WOMEN_FORMS_HELDOUT110:
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT110 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT110 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        if script == "surname_first" and origin not in ("yoruba", "tajik", "kanak"):
            origin = self.rng.choice(["yoruba", "tajik", "kanak"])  # the peoples with a family name
        if script == "cyrillic":
            origin = "tajik"
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
        if r < 0.92 or origin == "balinese":  # the given name alone (for the Balinese: one of the two)
            name = first
            nicks = NICKS_HELDOUT110[origin]
            if origin == "balinese" and rng.random() < 0.5:
                name = nicks[last] if rng.random() < 0.3 else last
            elif first in nicks and rng.random() < 0.4:
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
        """A name for a title written before it ('Alhaja Kafayat Lawal', 'Oga Tunde', 'Iya Tope', 'Engr.
        Ogunleye', 'ustod Bahrom', 'дядя Фарход', 'tonton Jojo', 'le vieux Wahetra', 'pasteur Joseph Gowé',
        'Bli Tut', 'Mbok Komang', 'Jero Mangku Suparta'), from the origin that uses it."""
        for _ in range(50):
            value = self._titled_once(title)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str) -> str:
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT110[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        nicks = NICKS_HELDOUT110[origin]
        if part == "child":  # the child's name the parent is called by: 'Iya Tope', 'Baba Seun'
            _, child, _, _ = self._origin_name(origin)
            return nicks[child] if child in nicks and rng.random() < 0.6 else child
        if part == "given":
            if origin == "balinese":  # 'Bli Tut', 'Mbok Komang', 'Pak Sudarsana'
                r = rng.random()
                return nicks[last] if r < 0.25 else last if r < 0.7 else first
            if origin == "tajik" and CYRILLIC_HELDOUT110.search(title):  # 'дядя Фарход'
                return _tj_cyrillic(first, False)
            if first in nicks and rng.random() < 0.4:  # 'Oga Tunde', 'tonton Jojo', 'ustod Dima'
                return nicks[first]
            return first
        if part == "family":
            return last
        if origin == "yoruba":  # 'Alhaji Tajudeen Lawal', 'Alhaja Kafayat'
            first = rng.choice(YORUBA_MUSLIM_HELDOUT110[woman])
            return first if rng.random() < 0.3 else f"{first} {last}"
        return f"{first} {last}" if rng.random() < 0.6 else last  # 'pasteur Joseph Gowé', 'pasteur Gowé'

    def kin_person(self, kin: str) -> str:
        """A Tajik given name before a kin word ('Firuz aka', 'Sitora apa', 'Nazar bobo': the name alone,
        sometimes with the '-jon' of affection)."""
        woman, _ = KIN_AFTER_HELDOUT110[kin.lower()]
        _, first, _, _ = self._origin_name("tajik", woman)
        nick = TAJIK_NICK_HELDOUT110.get(first, "")
        return nick if nick.endswith("jon") and self.rng.random() < 0.4 else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a kin word
        after it, one of the origin whose places, papers or speech the template names, in the script or the
        layout the template is written in."""
        m = TITLE_SLOT_HELDOUT110.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT110[title.lower()][0]
            return name
        m = KIN_SLOT_HELDOUT110.search(template)
        if m:
            name = self.kin_person(m.group(1))
            self.last_origin = "tajik"
            return name
        script = ""
        if template.startswith(("Surname, First name", "NOM Prénom", "Фамилия, имя")):
            script = "surname_first"
        elif CYRILLIC_HELDOUT110.search(template):
            script = "cyrillic"
        elif template.startswith(('"', "- ")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT110 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT110 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT110 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT110:
            template = rng.choice(FORCED_SENTENCES_HELDOUT110[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT110:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT110["upper"]), self._caps(origin)))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT110["lower"]), self._plain_lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT110 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT110[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _plain_lower(self, origin: str) -> str:
        """A full name in lower case as chat types it ('folake ajayi', 'firuz rahimzoda', 'wayan
        sudarsana')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            value = self._full(origin, first, last, woman, "", True)
            if " " in value and not _reads_public(value):
                break
        return value.lower()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, flat = rng.randint(1, 160), rng.randint(1, 90)
        shapes = {
            "yoruba": [
                f"{n}, {pick(['Adeniran Ogunsanya Street', 'Bode Thomas Street', 'Akerele Street', 'Ojuelegba Road'])}, Surulere, Lagos",
                f"{n}, {pick(['Otigba Street', 'Oba Akran Avenue', 'Allen Avenue', 'Opebi Road'])}, Ikeja, Lagos",
                f"{n}, {pick(['Herbert Macaulay Way', 'Tejuosho Road', 'Commercial Avenue'])}, Yaba, Lagos",
                f"Plot {n}, {pick(['Bodija Estate', 'New Bodija', 'Agodi GRA'])}, Ibadan, Oyo State",
                f"{n}, {pick(['Mokola Road', 'Dugbe Road', 'Sango-Eleyele Road'])}, Ibadan",
                f"No. {n}, {pick(['Oke-Ilewo Road', 'Kuto Road', 'Lafenwa Road', 'Panseke Road'])}, Abeokuta, Ogun State",
                f"Shop {rng.randint(1, 40)}, {pick(['Ola Complex', 'Adeola Plaza'])}, opposite LAUTECH main gate, Ogbomoso",
                f"{n}, {pick(['Takie Road', 'Under G Road', 'Oja Igbo Road'])}, Ogbomoso, Oyo State",
                f"{n} {pick(['Powis Street', 'Plumstead High Street'])}, London SE18 {rng.randint(1, 7)}{pick(['LQ', 'JX', 'AB'])}",
            ],
            "tajik": [
                f"г. Душанбе, ул. {pick(['Айни', 'Бохтар', 'Н. Карабаева', 'Фирдавси'])}, д. {n}, кв. {flat}",
                f"ш. Душанбе, кӯчаи {pick(['Айнӣ', 'Бохтар', 'Фирдавсӣ'])} {n}, хонаи {flat}",
                f"{n} {pick(['Aini St', 'Bokhtar St', 'Firdavsi St'])}, apt {flat}, Dushanbe 7340{rng.randint(10, 64)}",
                f"г. Худжанд, {pick(['18', '19', '20', '34'])} мкр., д. {rng.randint(1, 60)}, кв. {flat}",
                f"ш. Кӯлоб, кӯчаи {pick(['Исмоили Сомонӣ', 'Ленин', 'Абӯалӣ ибни Сино'])} {n}",
                f"1094{rng.randint(51, 69)}, г. Москва, ул. {pick(['Перерва', 'Братиславская', 'Марьинский Парк', 'Верхние Поля'])}, д. {rng.randint(1, 60)}, кв. {flat}",
                f"140053, Московская обл., г. Котельники, {pick(['мкр. Белая Дача', 'Новая ул.'])}, д. {rng.randint(1, 30)}, кв. {flat}",
            ],
            "kanak": [
                f"{n} rue {pick(['de l’Alma', 'Anatole France', 'Jean Jaurès', 'de la République'])}, 98800 Nouméa",
                f"{n} rue {pick(['Édouard Unger', 'Roger Kaddour', 'Gervolino'])}, {pick(['Vallée-du-Tir', 'Rivière-Salée', 'Montravel', 'Magenta'])}, 98800 Nouméa",
                f"BP {rng.randint(100, 9999)} - 98845 Nouméa Cedex",
                f"Tribu de {pick(['Drueulu', 'Hnathalo', 'Mou', 'Xodre'])}, 98820 Wé, Lifou",
                f"Tribu de {pick(['La Roche', 'Pénélo', 'Tawainèdre', 'Nécé'])}, 98828 Maré",
                f"Lot {n}, route de Pouembout, 98860 Koné",
                f"Lot {n}, lotissement {pick(['Les Cassis', 'Koutio-Val'])}, 98835 Dumbéa",
                f"{n} rue de l’Aiguillerie, 34000 Montpellier",
            ],
            "balinese": [
                f"Jl. {pick(['Tukad Badung', 'Tukad Pakerisan', 'Tukad Yeh Aya', 'Raya Puputan'])} No. {n}, Renon, Denpasar Selatan, Kota Denpasar, Bali 80226",
                f"Jl. {pick(['Gunung Agung', 'Nangka Utara', 'Kamboja'])} No. {n}, Denpasar Utara, Bali 8023{rng.randint(1, 9)}",
                f"Br. {pick(['Teges Kanginan', 'Kalah', 'Tebesaya'])}, Desa Peliatan, Kec. Ubud, Kab. Gianyar, Bali 80571",
                f"Br. {pick(['Delod Tangluk', 'Babakan', 'Gelulung'])}, Desa Sukawati, Kec. Sukawati, Kab. Gianyar, Bali 80582",
                f"Jl. {pick(['Astina Utara', 'Kebo Iwa', 'Erlangga'])} No. {n}, Gianyar, Bali 80511",
                f"Jl. {pick(['Pramuka', 'Udayana', 'Pulau Komodo'])} No. {n}, Kel. {pick(['Banjar Tegal', 'Kampung Baru', 'Paket Agung'])}, Singaraja, Kab. Buleleng, Bali 8111{rng.randint(1, 9)}",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT110 for s in shapes[o]])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        if origin == "balinese":  # 'wayansudarsana', 'sudarsana.wayan'
            first, last = last, first
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT110[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1970, 2008)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "gmail.com", *EMAIL_DOMAINS_HELDOUT110[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        ng = ["803", "806", "813", "816", "703", "706", "810", "814", "903", "906", "802", "808", "812", "701", "902", "805", "705", "815", "905", "807"]  # fmt: skip
        tj = ["93", "92", "90", "88", "98", "918", "919", "55", "50"]
        shapes = {
            "yoruba": [
                f"0{pick(ng)} {d(3)} {d(4)}",  # Nigerian mobiles, MTN, Airtel and Glo
                f"0{pick(ng)}{d(7)}",
                f"+234 {pick(ng)} {d(3)} {d(4)}",
                f"+234{pick(ng)}{d(7)}",
                f"01-{pick('2345789')}{d(2)} {d(4)}",  # Lagos
                f"+44 7{pick('4579')}{d(2)} {d(6)}",  # British mobiles
            ],
            "tajik": [
                f"+992 {pick(tj)} {d(3)} {d(2)} {d(2)}",  # Tajik mobiles
                f"{pick(tj)} {d(3)} {d(4)}",
                f"+992{pick(tj)}{d(7)}",
                f"(37) 2{d(2)}-{d(2)}-{d(2)}",  # Dushanbe
                f"(3422) {d(1)}-{d(2)}-{d(2)}",  # Khujand
                f"+7 9{pick(['15', '25', '36', '67', '77', '99'])} {d(3)}-{d(2)}-{d(2)}",  # Russian mobiles
                f"8 (9{pick(['15', '25', '36', '67'])}) {d(3)}-{d(2)}-{d(2)}",
                f"8 495 {d(3)}-{d(2)}-{d(2)}",  # Moscow
            ],
            "kanak": [
                f"{pick('789')}{d(1)}.{d(2)}.{d(2)}",  # New Caledonian mobiles, six digits
                f"+687 {pick('789')}{d(1)} {d(2)} {d(2)}",
                f"(+687) {pick('789')}{d(1)}.{d(2)}.{d(2)}",
                f"2{pick('4678')}.{d(2)}.{d(2)}",  # Nouméa
                f"45.{d(2)}.{d(2)}",  # the Loyalty Islands
                f"47.{d(2)}.{d(2)}",  # the North, Koné
                f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",  # French mobiles
            ],
            "balinese": [
                f"08{pick(['12', '13', '19', '78', '57', '96', '77', '81'])}-{d(4)}-{d(4)}",  # Indonesian mobiles
                f"+62 8{pick(['12', '13', '19', '78', '57'])}-{d(4)}-{d(4)}",
                f"08{pick(['12', '13', '19', '78'])}{d(8)}",
                f"(0361) {pick('24789')}{d(5)}",  # Denpasar and Gianyar
                f"(0362) {pick('23')}{d(4)}",  # Singaraja
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT110 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", f"220{rng.randint(0, 4)}", "5061",
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
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT110[origin] if origin else sorted(IBAN_SHAPES_HELDOUT110))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT110[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.choice([0, 1, 8, 100])}.{rng.randint(2, 254)}",
                           f"10.0.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2c0f:f7a8:{h()}:{h()}::{h()}", f"2a0c:9a40:{h()}:{h()}::{h()}", f"2406:3400:{h()}:{h()}::{h()}",
                           f"2404:c0:{h()}:{h()}:{h()}::{h()}", f"2a00:1fa0:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the sign-in alerts a customer gets after the attendant logged in at
        the café, the network printer and the copier the technician sets up, the café's PCs, its timer
        server and its router, the CCTV over the counter, the web log of the shop's order page; v4 and v6;
        `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("Google says there was a new sign-in to her account from {}, na the cyber café", v4),
            ("the HP printer got {} from the router, put am for the driver", v4),
            ("the technician wants the Canon on a fixed IP, {}", v4),
            ("PC 7 is {} on the café network and it keeps dropping", v4),
            ("the café's timer server is on {}, don't switch it off at night", v4),
            ("the CCTV over the counter is on {}, the password is with oga", v4),
            ("facebook sent me an alert, new login from {}, that was the warnet", rng.choice([v4, v6])),
            ("принтер в копицентре на {}, добавь его по IP", v4),
            ("gmail пишет, что был вход с {}, это я в интернет-кафе был", v4),
            ("l'imprimante du cyber est sur {}, mets-la en IP fixe stp", v4),
            ("Parcoursup m'a envoyé un mail, connexion depuis {}", v6),
            ("printer di warnet pakai IP {}, jangan diubah ya", v4),
            ("modem warnet kasih alamat IPv6 {}", v6),
            ("listen [{}]:631", v6),
            ("ipp://{}/ipp/print", v4),
            ("$ ping -c 3 {}", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Mar 14 09:12:03 cafe-srv sshd[1432]: Accepted password for admin from {} port 50212 ssh2", v4),
            ('{} - - [14/Mar/2026:10:02:11 +0700] "POST /admin/login.php HTTP/1.1" 200 512', v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1985, 2008)
        return rng.choice(
            [
                f"{rng.choice(['Ibadan', 'Ogbomoso', 'Abeokuta', 'Bodija', 'Yaba'])}{rng.choice(['@234', '#2025', '_01', '!!'])}",
                f"{rng.choice(['Dushanbe', 'Khujand', 'Kulob', 'Varzob', 'Pamir'])}{rng.choice(['_992', '@2024', '#37', '!'])}",
                f"{rng.choice(['Noumea', 'Lifou', 'Drehu', 'Kone', 'Nengone'])}{rng.choice(['687!', '@98800', '#nc', '2025'])}",
                f"{rng.choice(['Denpasar', 'Gianyar', 'Singaraja', 'Kintamani', 'Bedugul'])}{rng.choice(['@0361', '#80', '_2025', '!!'])}",
                rng.choice(["photocopy", "printer", "laminate", "cartridge", "scanner", "stapler"]).translate(leet) + rng.choice(["", "!", "_110"]),
                f"{rng.choice(['seun', 'tope', 'kemi', 'sitora', 'firuz', 'josy', 'manu', 'komang', 'tut'])}{rng.choice([str(year), str(year)[2:], '123'])}",
                f"{rng.choice(['Copy', 'Print', 'Toner', 'Scan'])}{rng.randint(2019, 2026)}-{rng.choice(['Shop', 'Cafe', 'Desk', 'Counter'])}{rng.randint(10, 99)}",
                f"{rng.choice(['cafe', 'pc', 'kassa', 'admin'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = (
            re.sub(r"[:@/#%+$&?()]", "", pw) or "Copy2024Desk"
        )  # a password where ':' or '@' would end it
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        app_password = " ".join(tok(4, string.ascii_lowercase) for _ in range(4))
        options = [
            # a customer's logins and codes handed to the attendant, and the shop's own, in ways no earlier
            # set used
            ("my gmail password na {}, abeg do the JAMB profile for me", pw),
            ("the e-mail password she gave the attendant for the NIN slip is {}", pw),
            ("Google sent G-{} to her phone, read it to the attendant quick", d(6)),
            ("the e-PIN on the JAMB registration slip is {}", d(10)),
            ("the WAEC result checker PIN is {}, the serial number is at the back of the card", d(12)),
            ("the Moniepoint POS PIN is {}, the terminal is under the counter", d(4)),
            ("the OPay agent password is written inside the cash drawer, {}", pw),
            ("the café wifi password is on the back of the price list, {}", pw),
            ("the admin password of the PCs is on a paper under the keyboard of PC 1, {}", pw),
            ("the technician wrote the copier's admin password inside the toner door, {}", pw),
            ("the customer wrote his e-mail password on the back of the passport photo envelope, {}", pw),
            ("the scan-to-email app password on the Canon is {}", app_password),
            # cues in the set's languages
            ("password email mi ni {}, ma so fun enikeni o", pw),
            ("the OPay PIN na {}, no show anybody", d(4)),
            ("пароль от почты {}, никому не говори", pw),
            ("код из смс {}, скажи его девушке на кассе", d(6)),
            ("пароль от вайфая в копицентре {}", pw),
            ("рамзи Alif Mobi {}, ба касе нагӯ", d(4)),
            ("paroli pochtam {}, ba kase nagu", pw),
            ("mon mot de passe Parcoursup c'est {}, le dis à personne", pw),
            ("le code wifi du cyber c'est {}", pw),
            ("le code reçu par SMS pour l'espace CAFAT c'est {}", d(6)),
            ("password email saya {}, tolong daftarin SNBT ya mas", pw),
            ("kode OTP dari SNPMB {}, cepat diketik", d(6)),
            ("PIN BPD Bali Mobile saya {}, rahasia ya", d(6)),
            ("password wifi warnet {}, jangan dikasih ke pelanggan, suksma", pw),
            # commands
            ("$ curl -u admin:{} http://192.168.1.50/hp/device/", colonless),
            ("Scan to folder: \\\\192.168.1.30\\scans   user: scanner   password: {}", pw),
            ("net user kassa {} /add", colonless),
            ("    Key Content            : {}", pw),
            # pastes
            ("WIFI:T:WPA;S:CyberCafe_Bodija;P:{};;", colonless),
            ("MONNIFY_API_KEY={}", "MK_PROD_" + tok(10, upper)),
            ("MONNIFY_SECRET_KEY={}", tok(32, upper)),
            ("YOOKASSA_SECRET_KEY={}", "live_" + tok(43, alnum + "_-")),
            ("PAYZEN_PASSWORD={}", "prodpassword_" + tok(43, alnum)),
            ("DUITKU_MERCHANT_KEY={}", tok(32, "0123456789abcdef")),
            ("auth.webservices.auth-token={}", tok(32, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the café PC's and its timer software's logins, a customer's e-mail login, the shop's
        Instagram and TikTok, Odnoklassniki, in shapes like 'seun.adeyemi94', 'printhub_bodija',
        'firuz_rahimov', 'cyber.lifou', 'wayansudarsana'."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        if origin == "balinese":
            first, last = last, first
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(85, 99) if rng.random() < 0.6 else rng.randint(0, 8)
        subject = rng.choice(SUBJECTS_HELDOUT110[origin])
        own = {
            "yoruba": [f"{first}.{last}{yy:02d}", f"{subject}_{first}", f"oga_{first}"],
            "tajik": [f"{first}_{last}", f"{first}{yy:02d}", f"{subject}.{first}"],
            "kanak": [f"{first}.{last}", f"{subject}.{first}{yy:02d}", f"{first}{last}"],
            "balinese": [f"{first}{last}", f"{subject}.{last}", f"{last}_{yy:02d}"],
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
        return {
            "ng": f"{day:02d}/{m:02d}/{y}",
            "ng_dash": f"{day:02d}-{m:02d}-{y}",
            "ng_words": f"{_ordinal(day)} {EN_MONTHS_HELDOUT110[m - 1]}, {y}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RU_MONTHS_HELDOUT110[m - 1]} {y}",
            "fr": f"{day:02d}/{m:02d}/{y}",
            "fr_words": f"{'1er' if day == 1 else day} {FR_MONTHS_HELDOUT110[m - 1]} {y}",
            "id": f"{day:02d}-{m:02d}-{y}",
            "id_words": f"{day} {ID_MONTHS_HELDOUT110[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"yoruba": ["ng", "ng_dash"], "tajik": ["ru"], "kanak": ["fr"], "balinese": ["id"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ng", "ru", "fr", "id", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, parent = self._dob_shapes(), self._dob_shapes(1938, 1966)
        options = [
            ("my date of birth for the JAMB form is {}, abeg type am well", s["ng"]),
            ("I was born on the {}, the NIN slip has it wrong", s["ng_words"]),
            ("my mum's date of birth for her passport form is {}", parent["ng_dash"]),
            ("Date of Birth (DD/MM/YYYY): {}", s["ng"]),
            ("дата рождения для патента: {}", s["ru"]),
            ("я родился {} г., так и пиши в анкете", s["ru_words"]),
            ("санаи таваллуди падарам {}", parent["ru"]),
            ("Дата рождения: {}", s["ru"]),
            ("ma date de naissance pour Parcoursup c'est le {}", s["fr"]),
            ("je suis née le {} à Lifou, mets ça sur le dossier CAFAT", s["fr_words"]),
            ("la date de naissance de ma mère pour sa carte d'identité: {}", parent["fr"]),
            ("Né(e) le : {}", s["fr"]),
            ("tanggal lahir untuk daftar SNBT: {}", s["id"]),
            ("saya lahir {}, tolong isi di formulir CPNS ya", s["id_words"]),
            ("Tempat/Tgl. Lahir: Denpasar, {}", s["id"]),
            ("tanggal lahir bapak untuk paspor: {}", parent["id"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("DOB: {}", s["ng"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT110_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} runs the business centre opposite the LAUTECH main gate in Ogbomoso",
        "{} did my JAMB registration at the cyber café in Bodija",
        "{} printed 200 copies of the burial programme for saturday",
        "{} is the attendant who fills the NIN forms at the shop in Ikeja",
        "{} brought his CV on a USB stick and the stick had a virus",
        "{} wants her passport photos with a white background, not blue",
        "{} abeg come and collect your laminated certificate",
        "{} don pay for the photocopy?",
        "{} sells the printer cartridges at Computer Village, on Otigba",
        "{} ti wa print awon document e, o ti san owo",
        "{} is the Moniepoint agent at the stationery shop in Abeokuta",
        "{} brought his WAEC result to scan and send to the school",
        "{} typed the post-UTME form for my sister in Ibadan",
        "Oga {} said the photocopier needs a new drum before monday",
        "Alhaji {} owns the business centre at Dugbe",
        "Alhaja {} sells the exercise books and the biros in Oja Igbo",
        "Aunty {} does the passport photos at the back of the shop",
        "Chief {} sent his driver for the printed invitations",
        "Iya {} brought her son's WAEC result to scan and print",
        "Baba {} wants ten copies of the survey plan, coloured",
        "Egbon {} showed me how to fill the JAMB change of course form",
        "Engr. {} came to fix the generator for the cyber café",
        "{} распечатал патент и чеки в копицентре на Братиславской",
        "{} помогла мне заполнить анкету в интернет-кафе",
        "{} сделал ксерокопию паспорта и миграционной карты",
        "{} работает в копицентре у метро Люблино",
        "{} дар интернет-клуби Хуҷанд кор мекунад",
        "{} барои имтиҳони ММТ дар интернет-кафе сабти ном кард",
        "{} prints the photos for the migration papers at the shop in Kotelniki",
        "{} does the NTC entrance test registrations at the internet café in Kulob",
        "{} sends money home through the Alif counter at the stationery shop in Dushanbe",
        "{} brought the second-hand printer from Sadovod market",
        "{} is the one who fixes the copiers in Khujand",
        "ustod {} fixed the copier in one hour and took no money",
        "domullo {} asked for twenty copies of the lesson sheets",
        "hoji {} wants his hajj papers printed in colour",
        "дядя {} держит ксерокс у рынка Садовод",
        "тётя {} делает фото на патент за двести рублей",
        "{} aka fixed the Canon in the copy centre in Maryino",
        "{} apa types the patent forms for the new arrivals from Kulob",
        "{} bobo came in to print the photos for his grandson's visa",
        "{} tient le cyber à côté de la poste de Wé",
        "{} a imprimé son dossier Parcoursup au cyber de la Vallée-du-Tir",
        "{} a fait plastifier la copie de sa carte d'identité",
        "{} veut ses photos d'identité pour le passeport, fond blanc",
        "{} a oublié sa clé USB avec son CV sur le poste 3",
        "{} m'a aidé à remplir le dossier CAFAT en ligne",
        "{} vend les fournitures scolaires à la papeterie de Koné",
        "{} is the technician who comes from Nouméa to fix the copier in Koné",
        "tonton {} est venu de Lifou pour imprimer les papiers de la coutume",
        "tata {} fait les photocopies pour l'association de la tribu",
        "le vieux {} veut plastifier son acte coutumier",
        "mémé {} a demandé trois copies de son extrait d'acte de naissance",
        "pasteur {} a imprimé les cantiques au cyber de Wé",
        "Monsieur {} de la papeterie veut être payé avant vendredi",
        "Madame {} de la mairie a besoin de dix copies du dossier",
        "{} jaga warnet di dekat kampus Undiksha",
        "{} daftar SNBT lewat warnet di Singaraja",
        "{} minta CV-nya dicetak dari flashdisk",
        "{} fotokopi KTP dan KK lima lembar",
        "{} buka usaha fotokopi dan jilid di dekat pasar Gianyar",
        "{} runs the print shop near the Ubud market",
        "{} does the CPNS registrations at the warnet in Denpasar",
        "Bli {} yang jaga warnet malam ini, tanya dia saja",
        "Mbok {} bisa bantu cetak pas foto 3x4 latar merah",
        "Pak {} pemilik fotokopian di depan kampus Undiksha",
        "Bu {} minta fotokopi KTP-nya dilaminating",
        "Jero Mangku {} minta dicetakkan undangan odalan",
        "{} sudah bayar fotokopi belum?",
        "{} is on the counter this saturday",
        "{} jammed the photocopier again",
        "who is {}? the job ticket says she paid already",
        "{} left his flash drive in PC 4",
        "{} and {} share the cyber café shifts",
        "ask {} if the binding for the project is ready",
        "{} wants 50 copies of the wedding programme in colour",
        "{} still owes for the printing of the flyers",
        "tell {} the printer technician is coming at 10",
        "Name of candidate: {}",
        "Candidate's full name: {}",
        "Applicant: {}",
        "Customer: {}",
        "Surname, First name, Middle name: {}",
        "NOM Prénom : {}",
        "Nom d'usage : {}",
        "ФИО: {}",
        "Получатель: {}",
        "Ному насаб: {}",
        "Nama: {}",
        "Nama lengkap sesuai KTP: {}",
        "Pemohon: {}",
        "Technician: {}",
        "| JOB-0317 | {} | 40 copies A4, stapled |",
        '"customer_name": "{}",',
        "- technician: {}",
    ],
    "STREET_ADDRESS": [
        "the toner supplier delivers to {}, not to the shop",
        "send the printed invitations to {} please",
        "the technician's invoice went to {}",
        "the landlord wants the shop's rent paid at {}",
        "the new cyber café is at {}",
        "deliver the ream of A4 to {} before 9",
        "kirim kertas HVS ke {} ya",
        "отправь заказ на {}",
        "livre les cartouches au {} stp",
        "Address: {}",
        "Alamat: {}",
        "Адрес: {}",
        "Adresse : {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the scanned documents to {}",
        "the toner supplier writes from {}",
        "her JAMB profile is on {}",
        "the customer's CV should go to {}",
        "forward the printer technician's report to {} please",
        "kirim hasil scan ke {} ya",
        "отправь скан паспорта на {}",
        "envoie le scan à {} stp",
        "E-mail: {}",
        "Email: {}",
        "Почта: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when the printing is done",
        "the printer technician's number is {}",
        "the customer who left the USB stick is on {}",
        "whatsapp {} for bulk printing",
        "the POS agent's number is {}",
        "hubungi {} kalau jilidnya sudah jadi",
        "позвони {} насчёт ремонта принтера",
        "appelle le {} quand les copies sont prêtes",
        "Phone: {}",
        "No. HP: {}",
        "Тел.: {}",
        "Tél. : {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the toner with {}",
        "the printer repair went on {}",
        "the paper supplier charged {} twice",
        "book the lamination machine repair with {} please",
        "the new Epson was paid with {}",
        "bayar tinta printer pakai kartu {}",
        "оплатил картридж картой {}",
        "j'ai payé le toner avec la carte {}",
        "Card: {}",
        "Card number: {}",
        "Номер карты: {}",
        "Numéro de carte : {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the copier's owner wants the money in {}",
        "the landlord's account is {}",
        "my sister sends the money for the JAMB form from {}",
        "pay the toner supplier into {}",
        "the shop's rent goes to {} from this month",
        "send the refund to {} and not to my old account",
        "IBAN: {}",
        "IBAN du fournisseur : {}",
        "Beneficiary IBAN: {}",
        "IBAN получателя: {}",
    ],
    "USERNAME": [
        "the shop's instagram is {}",
        "on tiktok we're {}",
        "the café timer software admin user is {}",
        "the username on the café PC is {}",
        "the PaperCut user for the library jobs is {}",
        "his odnoklassniki is {}",
        "my handle in the Bodija traders' group is @{}",
        "логин на компьютере в копицентре: {}",
        "mon identifiant pour le poste du cyber c'est {}",
        "username akun warnet saya {}",
        "Login: {}",
        "Username: {}",
        "Identifiant : {}",
        "Логин: {}",
        '"username": "{}",',
    ],
}
HELDOUT110_MIXED = [
    ("Surname, First name, Middle name: {}\nDate of Birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name: {}\nE-mail: {}\nPassword: {}", ["PERSON", "EMAIL_ADDRESS", "SECRET"]),
    ("ФИО: {}\nДата рождения: {}\nАдрес: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("NOM Prénom : {}\nNé(e) le : {}\nTéléphone : {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Nama: {}\nTempat/Tgl. Lahir: Denpasar, {}\nAlamat: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} paid for the lamination with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the money for the toner in {}", ["PERSON", "IBAN_CODE"]),
    ("the technician is {}, {}, and wants his money in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("café PC login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Customer: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) left her CV on the USB stick", ["PERSON", "EMAIL_ADDRESS"]),
    ("the paper supplier charged {} and wants the balance in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the scanned passport to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved the cyber café to {}", ["PERSON", "STREET_ADDRESS"]),
    ("Beneficiary: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the copier is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("PAPERCUT_SERVER={}\nPAPERCUT_USER={}\nPAPERCUT_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} collected the laminated copies of {}'s ID", ["PERSON", "PERSON"]),
    ("Получатель: {}\nТелефон: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Destinataire : {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} minta CV-nya dikirim ke {}", ["PERSON", "EMAIL_ADDRESS"]),
]  # fmt: skip
HELDOUT110_NEGATIVES = [
    "Lagos, Ibadan, Abeokuta and Ogbomoso are all in the Yoruba south-west",
    "the UTME registration closes at the end of the month, the JAMB office says",
    "send your NIN to 55019 by SMS to get the JAMB profile code",
    "the NIN has eleven digits and the BVN has eleven too",
    "Obafemi Awolowo University is in Ile-Ife, not in Ibadan",
    "the bus to Computer Village stops on Obafemi Awolowo Way",
    "a Yoruba woman is called Iya and a man Baba after their first child, Iya Tope is Tope's mother",
    "Alhaji and Alhaja are for those who made the hajj, Oga is the boss, Egbon an elder sibling",
    "Yoruba names often start with Olu or Ade, Oluwa means God and Ade means crown",
    "photocopy is 20 naira a page, colour printing 100",
    "passport photos are 8 for 1,500 naira, white background",
    "the business centre has light today, NEPA brought it at 6",
    "e kaaro, se daadaa ni?",
    "abeg the generator don finish fuel",
    "Moniepoint and OPay POS charge 100 naira per 5,000 withdrawn",
    "the WAEC result checker card is sold at the bookshop for a few thousand naira",
    "Dushanbe, Khujand and Kulob are the three biggest towns of Tajikistan",
    "Rudaki Avenue and Ismoili Somoni Avenue are two of the big streets of Dushanbe",
    "-zoda means son of, -ov came with the Russians, many families changed after 2007",
    "aka is elder brother, apa elder sister, bobo grandfather, ustod a master craftsman",
    "a work patent in Moscow costs several thousand rubles a month, paid every month",
    "the migration centre in Sakharovo does the fingerprints and the medical",
    "копия паспорта стоит 10 рублей, фото на патент 200",
    "ксерокс работает с 9 до 21 без выходных",
    "ассалому алейкум, чӣ хел шумо?",
    "the Tcell and Babilon-M shops sell the SIM cards next to the copy centre",
    "one somoni is one hundred diram",
    "the NTC is the national testing centre that runs the university entrance test",
    "Nouméa, Lifou, Maré and Koné each have a cyber café and a post office",
    "the Tjibaou Cultural Centre is on the Tina peninsula in Nouméa",
    "Drehu is the language of Lifou and Nengone the language of Maré",
    "tonton and tata are uncle and aunt, mémé is grandma, le vieux is an elder",
    "the coutume is the gift you bring to the chief when you arrive in a tribu",
    "the customary status is written in the customary civil register, not the ordinary one",
    "bozu! olea for the photocopies",
    "a photocopy costs 20 F CFP at the cyber, colour 100",
    "Parcoursup opens in January for the students who want to study in France",
    "the CAFAT is New Caledonia's social security",
    "le cyber ferme à 17h le samedi",
    "the Loyalty Islands are Lifou, Maré, Tiga and Ouvéa",
    "Denpasar, Gianyar and Singaraja are towns of Bali",
    "Wayan, Made, Nyoman and Ketut are the first four children in a Balinese family, then it starts again",
    "I is for a man and Ni for a woman, Ida Bagus and Ida Ayu are Brahmana",
    "Bli is elder brother and Mbok elder sister in Balinese",
    "Bandara I Gusti Ngurah Rai is the airport of Bali",
    "Jl. Gatot Subroto runs across the north of Denpasar",
    "fotokopi Rp 300 per lembar, jilid Rp 5.000",
    "pas foto 3x4 latar merah atau biru, tergantung formulirnya",
    "warnet buka 24 jam selama pendaftaran SNBT",
    "om swastiastu, suksma",
    "the LPD of the desa lends money to the banjar's members",
    "a temple's odalan comes every 210 days by the Balinese calendar",
    "HP 305 and Canon PG-47 are the cartridges we sell most",
    "the Epson L3210 takes 003 ink bottles",
    "a ream of A4 80gsm is 500 sheets",
    "lamination pouches of 125 micron, A4 and ID card size",
    "the passport photo is 35 x 45 mm, the face 32 to 36 mm",
    "error 0x00000709 means the default printer can't be set",
    "the copier shows E-04, the technician says it's the drum",
    "the Canon's default system manager ID and PIN are 7654321, change them",
    "the Kyocera's default admin login is Admin with the password Admin",
    "PaperCut MF 23 counts the pages per user",
    "Windows 11 needs a restart after the printer driver",
    "Monnify, YooKassa, PayZen and Duitku are payment gateways",
    "fixed in release 4.2.1, see the changelog",
    "MONNIFY_SECRET_KEY=your-secret-key",
    "PAYZEN_PASSWORD=testpassword_XXXXXXXX",
    "wifi password: ********",
    "4111 1111 1111 1111 is the test card for the online shop",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the bank's guide",
    "write to orders@example.com for bulk printing",
    "192.0.2.110 is a documentation address",
    "198.51.100.7 is a documentation address",
    "2001:db8:110::1 is a documentation address",
    "the JAMB exam starts on 2026-04-25 at 8:00",
    "the shop reopens on 05/01/2027 after the holidays",
    "job #8821: 40 copies A4, stapled, 2 spiral bindings",
    "EAN 4960999667454 is on the toner box",
    "see you at the shop tomorrow",
    "the printer is fixed, thank god",
]  # fmt: skip


def _typo110(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a print shop word's well-known misspelling ('registration' ->
    'registeration', 'stationery' -> 'stationary', 'cartridge' -> 'catridge', 'photocopy' -> 'fotocopy'), or
    chat shorthand in the set's languages ('please' -> 'pls', 's'il te plaît' -> 'stp', 'спасибо' -> 'спс',
    'sudah' -> 'udh'). Only in sentences typed to the bot or a friend; a title or a kin word by a name stays as
    written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT110.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT110[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT110.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT110[m.group(1)] + template[m.end() :]


def build_heldout110(seed: int = HELDOUT110_SEED) -> list[Example]:
    """Held-out set 110: `Gen110` values in `HELDOUT110_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen110.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen110(seed)
    examples = assemble_module_set(
        gen, HELDOUT110_TEMPLATES, HELDOUT110_MIXED, HELDOUT110_NEGATIVES, _typo110, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
