"""Held-out PII set 113 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout113": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT113 is empty, as for the sets before
it; written at the same time as held-out 114 by another author, neither seeing the other's set). The theme is
elder care as families, carers, care-home staff and neighbours talk about it: the care home's admission form
and its waiting list, the home carer's rota and her wage, the old-age pension and the pension office's login
(SASSA's grant on a Postbank card, Assam's Orunodoi money and the life certificate, Russia's Social Fund and
its personal account, Canada's Old Age Security through My Service Canada Account and its GCKey, the US
'my Social Security' account), the grandparent's bank card kept by a son or a daughter, the medicine delivery
(Dis-Chem, PharmEasy, 1mg, Rexall and Shoppers Drug Mart; no health data is labelled, only the PII types of
TYPES), the emergency contacts, the family group chat about visits, the tablet set up for video calls (an Echo
Show, a GrandPad, an old Android tablet) and its account, and the power of attorney's paperwork. Room numbers,
waiting-list and admission numbers, prescription and order numbers, band and enrollment registry numbers and
pension reference numbers are no PII of TYPES: they come only in negatives. The peoples were chosen after
grepping the earlier sets' docstrings and lists (bench/pii_heldout27.py to 112.py, and bench/pii.py's): none
of the four is a main people of any module set, though bench/pii.py's first 26 sets held short lists of Xhosa,
Assamese, Udmurt and Cree-Ojibwe names among dozens of peoples, so this set leaves out every name they hold
('Lwazi', 'Nomvula', 'Siyabonga', 'Ayanda', 'Lindiwe', 'Thandeka', 'Zintle', 'Mthethwa', 'Madikizela',
'Sisulu', 'Qwabe', 'Matanzima', 'Bhupen', 'Jonali', 'Pranjal', 'Rupjyoti', 'Bordoloi', 'Baruah', 'Gogoi',
'Hazarika', 'Saikia', 'Phukan', 'Sonowal', 'Konwar', 'Borgohain', 'Ashalchi', 'Kuzebay', 'Akaki', 'Ulyana',
'Vershinin', 'Lekomtsev', 'Perevoshchikov', 'Shklyaev', 'Vakhrushev', 'Niigaan', 'Migizi', 'Makwa',
'Giizhig', 'Kakegamic', 'Meekis', 'Nanibush', 'Waboose', ...) and the Zulu and Ndebele names of held-out 96
and 104 ('Sibusiso', 'Nokuthula', 'Bongani', 'Sipho', 'Mthembu', 'Dlamini'), and 'Ivanov', 'Ludmila',
'Vasiliy', 'Fontaine' and 'Bonga' (in held-out 34, 39, 42, 43, 69, 96, 102, 103, 104, 106 and bench/pii.py).
The places were grepped the same way: Mthatha, East London, Gqeberha, Khayelitsha, Gugulethu, Nyanga,
Mdantsane, Jorhat, Dibrugarh, Thunder Bay, Sault Ste. Marie, Red Lake, Cass Lake and White Earth come up in no
earlier set; Langa (held-out 30, 92, 93, 98) is left out, Guwahati comes up only in bench/pii.py's negative and
held-out 100's and 105's Chandmari and Zoo Road, so this set takes Rukminigaon, Beltola, Hatigaon, Ganeshguri
and Kahilipara; Izhevsk only as bench/pii.py's Pushkinskaya, Udmurtskaya and Kirova streets, so this set takes
Kholmogorova, Likhvintseva and Baranova streets; Winnipeg only as a family tree's line in bench/pii.py and in
held-out 53, so this set takes the North End's Selkirk Avenue and Salter Street. The services were grepped too:
SASSA, Postbank, Capitec, SnapScan, Ozow, Dis-Chem, PhonePe, PharmEasy, 1mg, Orunodoi, Jeevan Pramaan,
Tinkoff, Wildberries, PointClickCare, AlayaCare, Rexall, Shoppers Drug Mart, Moneris, GCKey, GrandPad and the
Echo Show come up in no earlier set; Gosuslugi (held-out 102, 103), SberBank Online (111), Skype (103, 104),
Telegram's bot token and Twilio (many), YONO (106) and Apple ID (103) are left out. Hand-written lists of
four peoples: the Xhosa of the Eastern Cape (Mthatha's Madeira Street and Ngangelizwe, East London's Quigney
and Mdantsane's NU units, Gqeberha's New Brighton and Kwazakhele) and of Cape Town's townships (Gugulethu's NY
streets, Khayelitsha's Site C, Nyanga) (Xhosa given names ('Luthando', 'Xolani', 'Nosipho', 'Noluthando',
'Siphokazi') and English ones ('Justice', 'Prince', 'Welcome', 'Patience', 'Precious'), an English and a
Xhosa given name before the family name ('Justice Luthando Mgwebi'), a South African form's family name first
('MGWEBI Luthando Xolani', 'Mgwebi, Nosipho'), a married woman's two family names or 'née' inside the span
('Nosipho Ndlebe-Mgwebi', 'Nosipho Mgwebi née Ndlebe'), initials ('L.X. Mgwebi'), the clan name (isiduko) a
neighbour thanks a person by instead of the name, inside the span, as held-out 96 has the Zulu praise name
('enkosi Jola'), short forms ('Khanyi', 'Xoli', 'Kazi', 'Lulu', 'Presh') and 'Tata', 'Mama', 'Makhulu'
(grandmother), 'Tatomkhulu' (grandfather) and 'Mamncinci' (a mother's younger sister) before a name, outside
the span); the Assamese of Guwahati, Jorhat and Dibrugarh (Assamese given names ('Dhrubajyoti', 'Jitumoni',
'Pulak', 'Pallabi', 'Jonmoni', 'Rashmi Rekha'), family names of Ahom families ('Buragohain', 'Rajkhowa',
'Handique', 'Chetia', 'Changmai', 'Neog', 'Borthakur') and of Brahmin and other ones ('Sarma', 'Goswami',
'Bhuyan', 'Mahanta', 'Kalita', 'Deka', 'Medhi', 'Talukdar'), the names in Assamese script ('ধ্ৰুৱজ্যোতি
বুঢ়াগোহাঁই', with ৰ and ৱ), a compound given name written apart as registers write it ('Dhruba Jyoti
Buragohain'), a woman's two given names ('Rashmi Rekha Kalita'), 'Devi' for a family name on a woman's papers
('Jonmoni Devi'), 'Chandra' and 'Kumar' in the middle, in full or as 'Ch.' and 'Kr.' ('Pulak Ch. Deka'), the
other spellings of family names ('Sharma', 'Barthakur', 'Dowerah', 'Bhuiyan'), initials ('D. J.
Buragohain'), short forms ('Dhruba', 'Jitu', 'Himu', 'Nilu', 'Gitu') and 'Sri', 'Srimati' and 'শ্ৰীমতী'
before a name and the kin words 'baideu' (elder sister), 'dada' (elder brother), 'khura' (a father's younger
brother), 'khuri' (his wife), 'mahi' (a mother's sister), 'বাইদেউ' and 'দাদা' after a given name, outside the
span); the Udmurts of Izhevsk, Glazov, Mozhga and the villages (Buranovo, Vavozh) (Russian given names and
Udmurt ones ('Italmas', 'Ӟарни', 'Lymy', 'Gondyr', 'Kalmez'), family names in '-ov' and '-in' and their
women's forms in '-ova' and '-ina' ('Korepanov', 'Korepanova', 'Lozhkina', 'Bekmemeteva'), the patronymic
inside the span ('Zinaida Petrovna Korepanova', and 'Zinaida Petrovna' alone, as a carer says it), Cyrillic
('Зинаида Петровна Корепанова'), a Russian form's family name first ('Корепанова Зинаида Петровна'), initials
after the family name ('Korepanova Z. P.', 'Корепанова З. П.'), ё and the Udmurt letters dropped as a plain
keyboard types them ('Петр Семенович', 'Зарни'), the passport's Latin ('EGOR TRONIN', 'Gennadii Ivshin'),
short forms ('Galya', 'Kolya', 'Зина', 'Толя') and 'тётя', 'дядя', 'баба', 'дед', 'tyotya', 'dyadya' and the
Udmurt 'песянай' (grandmother) and 'песятай' (grandfather) before a name, outside the span); and the Ojibwe
(Anishinaabe) of Thunder Bay and Fort William First Nation, Winnipeg's North End, the Minnesota reservations
(Red Lake, Leech Lake's Cass Lake, White Earth) and Sault Ste. Marie on both sides of the river (English given
names ('Darrell', 'Clifford', 'Charlene', 'Bernadette') and Ojibwe ones ('Animikii', 'Giiwedin', "Ma'iingan",
'Waawaatesi', 'Ziigwan'), the Ojibwe name between the English given name and the family name ('Darrell
Giiwedin Kejick'), a status card's or a US form's family name first ('KEJICK, DARRELL W.', 'Moonias,
Charlene'), a middle initial ('Darrell W. Kejick'), 'Jr.' and 'Sr.' inside the span, two family names
joined by a hyphen ('Charlene Moonias-Kejick'), the older spellings of Ojibwe names ('Keewaydin',
'Wawatay'), the apostrophe dropped ('Maiingan'), short forms ('Cliff', 'Terry', 'Bernie', 'Char') and
'Nokomis', 'Mishomis', 'Kokum', 'Auntie', 'Uncle', 'Elder' and 'Chief' before a name, outside the span; the
doodem (clan: Crane, Loon, Bear) comes only in negatives). No public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT113, checked in Latin letters without accents, in Cyrillic and in Assamese script), and
public figures come only inside the names of places and institutions in negatives (Nelson Mandela Drive in
Mthatha, the Walter Sisulu University, Lokapriya Gopinath Bordoloi airport in Guwahati, Gopinath Bordoloi
Nagar, the Chaikovsky theatre in Votkinsk, Kalashnikov's museum in Izhevsk, the Norval Morrisseau mural).
Every one of those name forms, and names with a typo ('Ngukana', 'Buragohin', 'Korepnova', 'Moonais'), is
forced into the build at least once so it does not hang on the seed (any form the draws have not reached by
the end comes in a sentence of its own), and each people also gets a titled name (or a kin word after it for
the Assamese), a name in capitals on a form and one in lower case in chat, whatever the seed; the address, the
phone, the e-mail, the IBAN or the date of birth after a name mostly comes from that name's region, a template
in Assamese script gets an Assamese name in that script and one in Cyrillic an Udmurt name in Cyrillic. Names on
papers in English ('Resident:', 'Next of kin:', 'Principal (the donor):', 'Attorney:', 'Carer:'), South African
forms ('Surname, First names:'), Russian ('ФИО:', 'Фамилия, имя, отчество:', 'Опекун:'), Assamese ('নাম:'),
status cards and US forms ('LAST, FIRST MIDDLE:'), a rota's row '| Mon 07:00-13:00 | ... | Room 14 |', JSON
and YAML; prices, room numbers, waiting-list numbers, order numbers, pension reference numbers, error codes,
default credentials printed in the manuals of the tablet and the router, dates that are no birthdays, no PII;
those regions' addresses ('14 Madeira Street, Mthatha, 5099', '12345 NU 7, Mdantsane, 5219', '88 NY 74,
Gugulethu, 7750', 'House No. 12, Bylane 3, Rukminigaon, Guwahati - 781022', 'Lane 4, Milan Nagar, Dibrugarh,
Assam 786003', '426011, г. Ижевск, ул. Холмогорова, д. 15, кв. 42', 'д. Бураново, ул. Труда, д. 7', '212
Simpson St, Thunder Bay, ON P7C 3H9', '540 Selkirk Ave, Winnipeg, MB R2W 2M4', 'PO Box 412, Red Lake, MN
56671', '118 Ashmun St, Sault Ste. Marie, MI 49783') and phones (South African mobiles '082', '083', '071',
'073', '060' and '+27', Mthatha's '047', East London's '043', Gqeberha's '041', Cape Town's '021', British
mobiles, Indian mobiles '+91 94350', '98640', '70020' and ten digits, Guwahati's '0361-', Jorhat's '0376-',
Dibrugarh's '0373-', Russian mobiles '+7 912' and '8 (950)', Izhevsk's '8 (3412)', Glazov's '(34141)', Thunder
Bay's '(807)', Winnipeg's '204' and '431', Minnesota's '218', Sault's '705' and '906'); Visa, Mastercard 51-55
and 2-series, Amex 4-6-5, Russia's Mir (2200-2204) and India's RuPay (60, 6521, 81, 82) as a pharmacy, a care
agency and a care home take them; IBANs of countries that have them (South Africa, India, Russia, Canada and
the United States have none): the United Kingdom and Ireland for a Xhosa carer's daughter who nurses there,
the United Arab Emirates and Qatar for an Assamese son in the Gulf, Finland, Estonia and Hungary for an
Udmurt grandchild at a Finno-Ugric university, the United Kingdom and Ireland for an Ojibwe grandchild who
studies there; IPs of the tablet and the Echo Show on the home Wi-Fi, the care home's nurse-call server and its
CCTV, sign-in alerts of the pension office's and the bank's accounts, the care home server's sshd log and the
care agency's rota site's web log, v4 and v6; secrets handed over in ways no earlier set used (the Postbank
card's PIN kept by a son, the Capitec app PIN written in the back of the Bible, PhonePe's UPI PIN on a slip in
the medicine box, the Social Fund's password in the carer's notebook, the Mir card's PIN on the fridge, the
GCKey password for the pension on a sticky note on the Echo Show, the tablet's unlock pattern and its PIN, the
key safe's code by the front door for the carers, the care home's Wi-Fi in the visitors' lounge), places and
theme words ('Mthatha@047', 'Jorhat#785', 'Izhevsk_3412', 'ThunderBay807!', 'p3n510n' for a care word in
leetspeak), cues in isiXhosa ('ungaxeleli mntu'), Assamese in its script and in Latin letters ('কাকো নক'ব',
'kakuko nokoba'), Russian ('никому не говори'), Udmurt ('нокинлы эн вера') and English with an Ojibwe thanks
('miigwech'); pastes of Ozow's private key and API key, SnapScan's API key, PhonePe's salt key, Tinkoff's
terminal password, a VK access token, PointClickCare's client secret, AlayaCare's API key, Moneris's API
token, a Wi-Fi QR string and an nmcli line; usernames as the care software's, the pension office's and the
tablet's video-call logins, a GCKey username and Facebook, VK and Instagram handles, in shapes like
'luthando.mgwebi48', 'care_nosipho', 'dhruba_buragohain', 'galya.korepanova', 'kejick807'; dates of birth for
the care home's admission form, the pension, the power of attorney, a status card and an enrollment form, in
South Africa's '1948/03/14' and '14 March 1948', isiXhosa month words ('14 Eyokwindla 1948'), India's
'14/03/1948' and '14-03-1948', Assamese digits and month words ('১৪ মাৰ্চ ১৯৪৮'), Russia's '14.03.1948' and '14
марта 1948' (the 'года' after it outside the span), Udmurt month words ('14 южтолэзь 1948'), Canada's ISO
'1948-03-14', a US form's '03/14/1948' and 'March 14, 1948', Ojibwe month words ('Onaabani-giizis 14, 1948'),
an elder's and a carer's, all drawn between fixed years from the set's own rng so the set builds the same on
any day; typos as families type in a hurry: a care word's well-known misspelling ('pension' -> 'pention',
'receive' -> 'recieve', 'appointment' -> 'appoinment', 'prescription' -> 'perscription', 'attorney' ->
'attorny') or chat shorthand in the set's languages ('please' -> 'pls', 'because' -> 'coz', 'спасибо' ->
'спс', isiXhosa 'enkosi' -> 'nkosi'); negatives with the same places, the titles, kin words and clan names
explained, the naming customs, prices in rand, rupees, roubles and dollars, the services, room, order and
reference numbers, tablet and router models, error codes, default credentials, placeholder secrets, a test
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
    _iban,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _fold_accents as _fold_marks,
)

HELDOUT113_SEED = 1133907
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT113: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT113 = ["xhosa", "assamese", "udmurt", "ojibwe"]

# each origin: (men's given names, women's given names, family names); the Udmurt family names in the men's
# form (a woman's adds '-a'), the Xhosa and Ojibwe lists hold English given names too
NAMES_HELDOUT113: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Xhosa of Mthatha, East London, Gqeberha and Cape Town's townships
    "xhosa": ("Luthando;Xolani;Sizwe;Khanyiso;Lonwabo;Siphosethu;Ayabonga;Lungile;Mncedisi;Vuyani;Mzoxolo;Dumisa;Justice;Prince;Welcome".split(";"),
              "Nosipho;Noluthando;Nomonde;Zoleka;Asanda;Nandipha;Babalwa;Vuyiswa;Nwabisa;Siphokazi;Yolisa;Nomalizo;Patience;Precious".split(";"),
              "Mgwebi;Ndlebe;Gxabela;Sokutu;Jali;Mabandla;Ngcukana;Mtshemla;Qamata;Bikitsha;Ntsebeza;Tshangana;Ngxukuma;Sityata;Mafuya;Mpambani".split(";")),
    # Assamese of Guwahati, Jorhat and Dibrugarh: Ahom family names first, then Brahmin and other ones
    "assamese": ("Dhrubajyoti;Pulak;Utpal;Jitumoni;Anupam;Manash;Himangshu;Nayan;Angarag;Rituraj".split(";"),
                 "Pallabi;Nilakshi;Jahnabi;Barnali;Anamika;Jonmoni;Gitanjali;Mamoni;Rashmi Rekha".split(";"),
                 "Buragohain;Rajkhowa;Handique;Chetia;Changmai;Duarah;Neog;Borthakur;Dihingia;Sarma;Goswami;Bhuyan;Mahanta;Kalita;Deka;Medhi;Talukdar".split(";")),
    # Udmurts of Izhevsk, Glazov, Mozhga and the villages: Russian given names and Udmurt ones
    "udmurt": ("Gennady;Valery;Anatoly;Nikolai;Pyotr;Arkady;Vitaly;Yegor;Aleksandr;Gondyr;Kalmez".split(";"),
               "Galina;Zinaida;Nadezhda;Valentina;Tamara;Svetlana;Antonina;Alyona;Italmas;Zarni;Lymy;Shundy".split(";"),
               "Korepanov;Lozhkin;Ivshin;Ardashev;Baiteryakov;Urasinov;Tronin;Chirkov;Bekmemetev;Zhuykov;Volkov;Seryogin".split(";")),
    # Ojibwe (Anishinaabe) of Thunder Bay, Winnipeg, the Minnesota reservations and Sault Ste. Marie
    "ojibwe": ("Darrell;Wayne;Clifford;Raymond;Terrance;Dwayne;Clyde;Vernon;Animikii;Giiwedin;Ma'iingan".split(";"),
               "Bernadette;Charlene;Rhonda;Marlene;Georgina;Shirley;Waawaatesi;Ziigwan;Ogimaakwe".split(";"),
               "Kejick;Keesick;Achneepineskum;Moonias;Bottle;Jourdain;Bellanger;Desjarlait;Courchene;Boissoneau;Shingoose;Kwandibens;Wabano;Bellecourt;Fairbanks".split(";")),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs), in any of the forms
# (checked without accents and case, and in Cyrillic and Assamese script)
PUBLIC_FIGURES_HELDOUT113 = {
    "Dumisa Ntsebeza", "Angarag Mahanta", "Mamoni Goswami", "Aleksandr Volkov", "Александр Волков",
    "Clyde Bellecourt", "Vernon Bellecourt", "অংগৰাগ মহন্ত", "মামণি গোস্বামী",
}  # fmt: skip
# the Ojibwe given names among the Ojibwe lists' (the others are English)
OJIBWE_GIVEN_HELDOUT113 = ["Animikii", "Giiwedin", "Ma'iingan", "Waawaatesi", "Ziigwan", "Ogimaakwe"]
# the Ojibwe names in older spellings, before the double-vowel writing
OJIBWE_OLD_HELDOUT113 = {
    "Animikii": "Animikee", "Giiwedin": "Keewaydin", "Ma'iingan": "Maheengun", "Waawaatesi": "Wawatay",
    "Ziigwan": "Seegwun", "Ogimaakwe": "Ogemahkwe",
}  # fmt: skip
# the English given names among the Xhosa lists'
XHOSA_ENGLISH_HELDOUT113 = ["Justice", "Prince", "Welcome", "Patience", "Precious"]
# the clan name (isiduko) of each Xhosa family: a neighbour thanks a person by it ('enkosi Jola')
XHOSA_CLANS_HELDOUT113 = {
    "Mgwebi": "Jola", "Ndlebe": "Tshawe", "Gxabela": "Qwathi", "Sokutu": "Cirha", "Jali": "Gqwashu",
    "Mabandla": "Bhele", "Ngcukana": "Zangwa", "Mtshemla": "Mpinga", "Qamata": "Ngqosini", "Bikitsha": "Nkabane",
    "Ntsebeza": "Mpondomise", "Tshangana": "Ntlane", "Ngxukuma": "Giqwa", "Sityata": "Maduna", "Mafuya": "Ngwevu",
    "Mpambani": "Sukwini",
}  # fmt: skip
# every word of an Assamese name in Assamese script (with its own ৰ and ৱ); the parts of the split compounds,
# 'Devi', 'Chandra' and 'Kumar' too
ASSAMESE_SCRIPT_HELDOUT113 = {
    "Dhrubajyoti": "ধ্ৰুৱজ্যোতি", "Pulak": "পুলক", "Utpal": "উৎপল", "Jitumoni": "জিতুমণি", "Anupam": "অনুপম",
    "Manash": "মানস", "Himangshu": "হিমাংশু", "Nayan": "নয়ন", "Angarag": "অংগৰাগ", "Rituraj": "ঋতুৰাজ",
    "Pallabi": "পল্লৱী", "Nilakshi": "নীলাক্ষী", "Jahnabi": "জাহ্নৱী", "Barnali": "বৰ্ণালী", "Anamika": "অনামিকা",
    "Jonmoni": "জোনমণি", "Gitanjali": "গীতাঞ্জলি", "Mamoni": "মামণি", "Rashmi": "ৰশ্মি", "Rekha": "ৰেখা",
    "Dhruba": "ধ্ৰুৱ", "Jyoti": "জ্যোতি", "Jitu": "জিতু", "Moni": "মণি", "Jon": "জোন", "Ritu": "ঋতু", "Raj": "ৰাজ",
    "Buragohain": "বুঢ়াগোহাঁই", "Rajkhowa": "ৰাজখোৱা", "Handique": "হেণ্ডিক", "Chetia": "চেতিয়া",
    "Changmai": "চাংমাই", "Duarah": "দুৱৰা", "Neog": "নেওগ", "Borthakur": "বৰঠাকুৰ", "Dihingia": "ডিহিঙীয়া",
    "Sarma": "শৰ্মা", "Goswami": "গোস্বামী", "Bhuyan": "ভূঞা", "Mahanta": "মহন্ত", "Kalita": "কলিতা",
    "Deka": "ডেকা", "Medhi": "মেধি", "Talukdar": "তালুকদাৰ", "Devi": "দেৱী", "Chandra": "চন্দ্ৰ", "Kumar": "কুমাৰ",
}  # fmt: skip
ASSAMESE_HELDOUT113 = re.compile("[\u0980-\u09ff]")
CYRILLIC_HELDOUT113 = re.compile("[\u0400-\u04ff]")
# the Assamese compound given names, written apart as many registers and school certificates have them
ASSAMESE_SPLIT_HELDOUT113 = {
    "Dhrubajyoti": "Dhruba Jyoti", "Jitumoni": "Jitu Moni", "Jonmoni": "Jon Moni", "Rituraj": "Ritu Raj",
}  # fmt: skip
# the other spellings of Assamese names, on papers and in English
ASSAMESE_VARIANT_HELDOUT113 = {
    "Sarma": "Sharma", "Borthakur": "Barthakur", "Duarah": "Dowerah", "Bhuyan": "Bhuiyan",
    "Buragohain": "Burhagohain", "Manash": "Manas", "Himangshu": "Himanshu", "Handique": "Handiqui",
}  # fmt: skip
# the middle names of Assamese men, in full and as papers abbreviate them
ASSAMESE_MIDDLE_HELDOUT113 = {"Chandra": "Ch.", "Kumar": "Kr."}
# every word of an Udmurt name in Cyrillic: given names, family names in both genders, patronymics
UDMURT_CYR_HELDOUT113 = {
    "Gennady": "Геннадий", "Valery": "Валерий", "Anatoly": "Анатолий", "Nikolai": "Николай", "Pyotr": "Пётр",
    "Arkady": "Аркадий", "Vitaly": "Виталий", "Yegor": "Егор", "Aleksandr": "Александр", "Gondyr": "Гондыр",
    "Kalmez": "Калмез", "Galina": "Галина", "Zinaida": "Зинаида", "Nadezhda": "Надежда", "Valentina": "Валентина",
    "Tamara": "Тамара", "Svetlana": "Светлана", "Antonina": "Антонина", "Alyona": "Алёна", "Italmas": "Италмас",
    "Zarni": "Ӟарни", "Lymy": "Лымы", "Shundy": "Шунды",
    "Korepanov": "Корепанов", "Lozhkin": "Ложкин", "Ivshin": "Ившин", "Ardashev": "Ардашев",
    "Baiteryakov": "Байтеряков", "Urasinov": "Урасинов", "Tronin": "Тронин", "Chirkov": "Чирков",
    "Bekmemetev": "Бекмеметьев", "Zhuykov": "Жуйков", "Volkov": "Волков", "Seryogin": "Серёгин",
    "Petrovich": "Петрович", "Petrovna": "Петровна", "Nikolayevich": "Николаевич", "Nikolayevna": "Николаевна",
    "Gennadyevich": "Геннадьевич", "Gennadyevna": "Геннадьевна", "Anatolyevich": "Анатольевич",
    "Anatolyevna": "Анатольевна", "Semyonovich": "Семёнович", "Semyonovna": "Семёновна",
    "Fyodorovich": "Фёдорович", "Fyodorovna": "Фёдоровна", "Vasilyevich": "Васильевич", "Vasilyevna": "Васильевна",
    "Yegorovich": "Егорович", "Yegorovna": "Егоровна",
    "Gena": "Гена", "Valera": "Валера", "Tolya": "Толя", "Kolya": "Коля", "Petya": "Петя", "Arkasha": "Аркаша",
    "Galya": "Галя", "Zina": "Зина", "Nadya": "Надя", "Valya": "Валя", "Toma": "Тома", "Sveta": "Света",
    "Tonya": "Тоня", "Alyonka": "Алёнка",
}  # fmt: skip
# a father's name and the patronymics on it: a son's, a daughter's
UDMURT_PATRONYMIC_HELDOUT113 = {
    "Pyotr": ("Petrovich", "Petrovna"), "Nikolai": ("Nikolayevich", "Nikolayevna"),
    "Gennady": ("Gennadyevich", "Gennadyevna"), "Anatoly": ("Anatolyevich", "Anatolyevna"),
    "Semyon": ("Semyonovich", "Semyonovna"), "Fyodor": ("Fyodorovich", "Fyodorovna"),
    "Vasily": ("Vasilyevich", "Vasilyevna"), "Yegor": ("Yegorovich", "Yegorovna"),
}  # fmt: skip
# the Latin a Russian passport gives (ICAO, since 2013), where it differs from the usual English spelling
UDMURT_PASSPORT_HELDOUT113 = {
    "Gennady": "Gennadii", "Valery": "Valerii", "Anatoly": "Anatolii", "Pyotr": "Petr", "Arkady": "Arkadii",
    "Vitaly": "Vitalii", "Yegor": "Egor", "Alyona": "Alena", "Zhuykov": "Zhuikov", "Seryogin": "Seregin",
    "Zhuykova": "Zhuikova", "Seryogina": "Seregina",
}  # fmt: skip
# the Udmurt given names among the lists' (the others are Russian)
UDMURT_GIVEN_HELDOUT113 = ["Gondyr", "Kalmez", "Italmas", "Zarni", "Lymy", "Shundy"]
# the short forms of Xhosa and English given names in South Africa
XHOSA_NICK_HELDOUT113 = {
    "Khanyiso": "Khanyi", "Xolani": "Xoli", "Siphokazi": "Kazi", "Vuyiswa": "Vuyi", "Mzoxolo": "Mzo",
    "Noluthando": "Lulu", "Lonwabo": "Lwabo", "Precious": "Presh", "Patience": "Pati",
}  # fmt: skip
ASSAMESE_NICK_HELDOUT113 = {
    "Dhrubajyoti": "Dhruba", "Jitumoni": "Jitu", "Himangshu": "Himu", "Nilakshi": "Nilu", "Gitanjali": "Gitu",
    "Anupam": "Anu", "Pallabi": "Pallu", "Rituraj": "Ritu",
}  # fmt: skip
UDMURT_NICK_HELDOUT113 = {
    "Gennady": "Gena", "Valery": "Valera", "Anatoly": "Tolya", "Nikolai": "Kolya", "Pyotr": "Petya",
    "Arkady": "Arkasha", "Galina": "Galya", "Zinaida": "Zina", "Nadezhda": "Nadya", "Valentina": "Valya",
    "Tamara": "Toma", "Svetlana": "Sveta", "Antonina": "Tonya", "Alyona": "Alyonka",
}  # fmt: skip
OJIBWE_NICK_HELDOUT113 = {
    "Clifford": "Cliff", "Raymond": "Ray", "Terrance": "Terry", "Vernon": "Vern", "Bernadette": "Bernie",
    "Charlene": "Char", "Georgina": "Georgie", "Shirley": "Shirl",
}  # fmt: skip
NICKS_HELDOUT113 = {
    "xhosa": XHOSA_NICK_HELDOUT113, "assamese": ASSAMESE_NICK_HELDOUT113, "udmurt": UDMURT_NICK_HELDOUT113,
    "ojibwe": OJIBWE_NICK_HELDOUT113,
}  # fmt: skip
# the suffixes an Ojibwe son named after his father carries, inside the span
OJIBWE_SUFFIX_HELDOUT113 = ["Jr.", "Sr.", "Jr", "III"]
# a family name (or a given name) with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT113 = {
    "Ngcukana": "Ngukana", "Gxabela": "Gxabella", "Mtshemla": "Mtshemela", "Ngxukuma": "Nxukuma",
    "Noluthando": "Noluthado", "Ntsebeza": "Ntsebesa",
    "Buragohain": "Buragohin", "Rajkhowa": "Rajkowa", "Dihingia": "Dihingiya", "Dhrubajyoti": "Dhrubajoyti",
    "Borthakur": "Borthakr",
    "Korepanov": "Korepnov", "Baiteryakov": "Baiteriakov", "Bekmemetev": "Bekmemtev", "Urasinov": "Urasinnov",
    "Moonias": "Moonais", "Achneepineskum": "Achneepinskum", "Kwandibens": "Kwandibins", "Desjarlait": "Desjarlais",
    "Boissoneau": "Boisoneau",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and
# the part of the name it goes with ('full', 'given', 'family', 'given_or_family')
TITLED_HELDOUT113: dict[str, tuple[str, bool | None, str]] = {
    "tata": ("xhosa", False, "given_or_family"),  # father, and any older man: 'Tata Mgwebi'
    "mama": ("xhosa", True, "given_or_family"),  # mother, and any older woman: 'Mama Ndlebe'
    "makhulu": ("xhosa", True, "given_or_family"),  # grandmother
    "tatomkhulu": ("xhosa", False, "given_or_family"),  # grandfather
    "mamncinci": ("xhosa", True, "given"),  # a mother's younger sister
    "sri": ("assamese", False, "full"),  # Mr, on papers and invitations
    "srimati": ("assamese", True, "full"),  # Mrs
    "শ্ৰীমতী": ("assamese", True, "full"),  # 'Srimati' in Assamese script
    "tyotya": ("udmurt", True, "given"),  # aunt, any woman of a parent's age, in Latin letters
    "dyadya": ("udmurt", False, "given"),  # uncle
    "тётя": ("udmurt", True, "given"),
    "дядя": ("udmurt", False, "given"),
    "баба": ("udmurt", True, "given"),  # grandmother, with her short name: 'баба Зина'
    "дед": ("udmurt", False, "given"),  # grandfather
    "песянай": ("udmurt", True, "given"),  # grandmother in Udmurt
    "песятай": ("udmurt", False, "given"),  # grandfather in Udmurt
    "nokomis": ("ojibwe", True, "given"),  # grandmother
    "mishomis": ("ojibwe", False, "given"),  # grandfather
    "kokum": ("ojibwe", True, "given"),  # grandmother, the Cree word many Ojibwe families use
    "auntie": ("ojibwe", True, "given"),
    "uncle": ("ojibwe", False, "given"),
    "elder": ("ojibwe", None, "full"),
    "chief": ("ojibwe", None, "full"),
}
TITLE_SLOT_HELDOUT113 = re.compile(
    r"(?<![\w'.-])(tatomkhulu|tata|mamncinci|makhulu|mama|srimati|sri|শ্ৰীমতী|tyotya|dyadya|тётя|дядя|баба|"
    r"дед|песянай|песятай|nokomis|mishomis|kokum|auntie|uncle|elder|chief) \{\}",
    re.IGNORECASE,
)
# the Assamese kin words after a given name (outside the span): whether a woman
KIN_AFTER_HELDOUT113: dict[str, bool] = {
    "baideu": True,  # elder sister, any young woman older than the speaker
    "dada": False,  # elder brother
    "khura": False,  # a father's younger brother
    "khuri": True,  # his wife
    "mahi": True,  # a mother's sister
    "বাইদেউ": True,  # 'baideu' in Assamese script
    "দাদা": False,  # 'dada' in Assamese script
}
KIN_SLOT_HELDOUT113 = re.compile(r"\{\} (baideu|dada|khura|khuri|mahi|বাইদেউ|দাদা)(?![\w'])", re.IGNORECASE)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT113
FORCED_FORMS_HELDOUT113 = [
    ("xhosa", "two_given"), ("assamese", "script"), ("udmurt", "patronymic"), ("ojibwe", "ojibwe_given"),
    ("xhosa", "surname_first"), ("assamese", "split"), ("udmurt", "name_patronymic"), ("ojibwe", "both_names"),
    ("xhosa", "married"), ("assamese", "two_given"), ("udmurt", "cyrillic"), ("ojibwe", "surname_first"),
    ("xhosa", "initials"), ("assamese", "devi"), ("udmurt", "surname_first"), ("ojibwe", "middle_initial"),
    ("xhosa", "clan"), ("assamese", "middle"), ("udmurt", "initials"), ("ojibwe", "suffix"),
    ("xhosa", "nickname"), ("assamese", "variant"), ("udmurt", "yo_dropped"), ("ojibwe", "hyphenated"),
    ("xhosa", "typo"), ("assamese", "initials"), ("udmurt", "passport"), ("ojibwe", "old_spelling"),
    ("assamese", "nickname"), ("udmurt", "udmurt_given"), ("ojibwe", "ascii"),
    ("assamese", "typo"), ("udmurt", "nickname"), ("ojibwe", "nickname"),
    ("udmurt", "typo"), ("ojibwe", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT113 = {"nickname", "typo", "clan"}
FORM_ONLY_FORMS_HELDOUT113 = {
    "surname_first",
    "initials",
    "married",
    "middle_initial",
    "suffix",
    "passport",
    "devi",
}
# forms that want a woman's name, and forms that want a man's
WOMEN_FORMS_HELDOUT113 = {"married", "devi", "hyphenated"}
MEN_FORMS_HELDOUT113 = {"suffix", "middle"}
# the scripts or layouts a form may come in ('' is the template's plain one); any other form: '' and 'ascii'
FORM_SCRIPTS_HELDOUT113: dict[tuple[str, str], set[str]] = {
    ("xhosa", "surname_first"): {"surname_first"}, ("udmurt", "surname_first"): {"surname_first"},
    ("ojibwe", "surname_first"): {"surname_first"}, ("assamese", "script"): {"", "assamese"},
    ("assamese", "two_given"): {"", "ascii", "assamese"}, ("assamese", "devi"): {"", "ascii", "assamese"},
    ("assamese", "split"): {"", "ascii", "assamese"},
    ("udmurt", "cyrillic"): {"", "cyrillic"}, ("udmurt", "yo_dropped"): {"cyrillic"},
    ("udmurt", "patronymic"): {"", "ascii", "cyrillic"}, ("udmurt", "name_patronymic"): {"", "cyrillic"},
    ("udmurt", "initials"): {"", "cyrillic"}, ("udmurt", "udmurt_given"): {"", "ascii", "cyrillic"},
    ("udmurt", "nickname"): {"", "cyrillic"},
    ("ojibwe", "ascii"): {"", "ascii"}, ("ojibwe", "old_spelling"): {"", "ascii"},
}  # fmt: skip
DEFAULT_SCRIPTS_HELDOUT113 = {"", "ascii"}
# the forms that write the family name first, and the people whose papers they are: a South African form, a
# Russian one, a status card's or a US form's
SURNAME_FIRST_LEADS_HELDOUT113 = {
    "Surname, First names": "xhosa",
    "Фамилия, имя, отчество": "udmurt",
    "LAST, FIRST MIDDLE": "ojibwe",
}
# sentences the build adds whatever the seed: a titled name of each people (a kin word after it for the
# Assamese), a name in capitals on a form and one in lower case in chat for each people, and a sentence for any
# forced form the build has not given yet
FORCED_SENTENCES_HELDOUT113: dict[str, list[str]] = {
    "xhosa": [
        "Makhulu {} wants her SASSA money collected on Tuesday",
        "Tata {} refuses to go to the frail care in East London",
        "Mama {} from next door checks on my father every morning",
        "Tatomkhulu {} still walks to the Mthatha post office for his pension",
    ],
    "assamese": [
        "{} baideu is coming from Jorhat to sit with aita this weekend",
        "{} khura signed the form for the old age home in Dibrugarh",
        "{} dada set up the tablet so aita can video call us",
        "Srimati {} is on the waiting list of the home in Beltola",
    ],
    "udmurt": [
        "баба {} опять не берёт трубку, съезди к ней",
        "тётя {} приходит к деду три раза в неделю",
        "tyotya {} brings the medicine from the pharmacy in Vavozh",
        "песянай {} вуоз толон, ветлы бабушкаен",
    ],
    "ojibwe": [
        "Nokomis {} wants to stay on the rez, not in the home in Thunder Bay",
        "Mishomis {} moved into the long-term care home on Monday",
        "Auntie {} does the video call with the grandkids every Sunday",
        "Elder {} says the care home food has no wild rice, lol",
    ],
    "upper": [
        "Name in block capitals: {}",
        "Resident (as on the pension papers, in capitals): {}",
        "Full name of the donor (capital letters): {}",
    ],
    "lower": [
        "lol {} forgot the tablet charger at the care home again",
        "{} still hasn't sent the money for the carer, it's been two weeks",
        "has anyone heard from {} since the visit yesterday",
    ],
    "form": [
        "Resident: {}",
        "Next of kin on the admission form: {}",
    ],
    "chat": [
        "{} says granny is fine, she ate well today",
        "did {} take the medicine box to the flat in the end?",
    ],
}
# IBANs where a carer, a care home or a relative is paid (South Africa, India, Russia, Canada and the US have
# none): the UK and Ireland for a Xhosa carer's daughter who nurses there, the UAE and Qatar for an Assamese son
# in the Gulf, Finland, Estonia and Hungary for an Udmurt grandchild at a Finno-Ugric university, the UK and
# Ireland for an Ojibwe grandchild studying there
IBAN_SHAPES_HELDOUT113 = {
    "GB": "4a14n", "IE": "4a14n", "AE": "3n16n", "QA": "4a21c", "FI": "14n", "EE": "16n", "HU": "24n",
}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT113 = {
    "xhosa": ["GB", "GB", "IE"], "assamese": ["AE", "AE", "QA"], "udmurt": ["FI", "EE", "HU"],
    "ojibwe": ["GB", "IE"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT113 = {
    "xhosa": ["care", "mthatha", "gqeberha", "eastlondon", "makhulu", "family"],
    "assamese": ["care", "guwahati", "jorhat", "dibrugarh", "aita", "bihu"],
    "udmurt": ["izhevsk", "glazov", "mozhga", "babushka", "care", "udm"],
    "ojibwe": ["care", "tbay", "nokomis", "redlake", "soo", "rez"],
}
EMAIL_DOMAINS_HELDOUT113 = {
    "xhosa": ["telkomsa.net", "webmail.co.za", "mweb.co.za", "vodamail.co.za"],
    "assamese": ["rediffmail.com", "yahoo.co.in", "dibru.ac.in", "outlook.com"],
    "udmurt": ["mail.ru", "yandex.ru", "bk.ru", "udsu.ru"],
    "ojibwe": ["shaw.ca", "tbaytel.net", "lakeheadu.ca", "paulbunyan.net"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT113: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)mthatha|east london|gqeberha|khayelitsha|gugulethu|nyanga|mdantsane|new brighton|"
                r"kwazakhele|eastern cape|sassa|postbank|capitec|snapscan|ozow|dis-chem|\brand\b|enkosi|molo|"
                r"makhulu|tatomkhulu|mamncinci|\btata\b|\bmama\b|ndicela|ungaxeleli|xhosa|frail care|"
                r"surname, first names"), "xhosa"),
    (re.compile(r"(?i)[\u0980-\u09ff]|guwahati|jorhat|dibrugarh|assam|rukminigaon|beltola|phonepe|\bupi\b|"
                r"orunodoi|jeevan pramaan|pharmeasy|\b1mg\b|rupees|baideu|\bdada\b|khura|khuri|\bmahi\b|"
                r"\baita\b|srimati|\bsri\b|kakuko|nokoba|\bxon\b|\bkoribo\b|\bahibo\b"), "assamese"),
    (re.compile(r"(?i)[\u0400-\u04ff]|izhevsk|glazov|mozhga|buranovo|vavozh|udmurt|social fund|tinkoff|"
                r"wildberries|\bmir\b|\bvk\b|roubles|tyotya|dyadya"), "udmurt"),
    (re.compile(r"(?i)thunder bay|winnipeg|red lake|cass lake|leech lake|white earth|bemidji|sault|"
                r"fort william|first nation|\brez\b|status card|tribal|enrollment|pointclickcare|alayacare|"
                r"rexall|shoppers|moneris|gckey|service canada|social security|grandpad|miigwech|boozhoo|"
                r"nokomis|mishomis|kokum|auntie|\buncle\b|\belder\b|\bchief\b|ojibwe|anishinaabe|"
                r"last, first middle|wild rice"), "ojibwe"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT113: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bnée\b|\bона\b|\bеё\b|\bней\b|\{\} (оформила|забрала)"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bон\b|\bего\b|\bнего\b"), False),
]  # fmt: skip
# a care word and its well-known misspelling
MISSPELT_HELDOUT113 = {
    "pension": "pention", "receive": "recieve", "appointment": "appoinment", "prescription": "perscription",
    "attorney": "attorny", "schedule": "shedule", "separate": "seperate", "wheelchair": "wheelchiar",
    "allowance": "allowence", "definitely": "definately", "tomorrow": "tommorow", "medicine": "medecine",
    "neighbour": "nieghbour", "necessary": "neccessary", "visiting": "visting",
}  # fmt: skip
MISSPELT_WORD_HELDOUT113 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT113, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Russian, isiXhosa
SHORTHAND_HELDOUT113 = {
    "please": "pls", "because": "coz", "tomorrow": "tmrw", "message": "msg", "before": "b4", "thanks": "thx",
    "спасибо": "спс", "пожалуйста": "пжл", "enkosi": "nkosi", "people": "ppl", "today": "2day",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT113 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT113, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT113 = (
    "January February March April May June July August September October November December".split()
)
# the isiXhosa month names
XHOSA_MONTHS_HELDOUT113 = (
    "Eyomqungu Eyomdumba Eyokwindla UTshazimpuzi UCanzibe EyeSilimela EyeKhala EyeThupha EyoMsintsi "
    "EyeDwarha EyeNkanga EyoMnga"
).split()
# the months in Assamese, and its digits
ASSAMESE_MONTHS_HELDOUT113 = "জানুৱাৰী ফেব্ৰুৱাৰী মাৰ্চ এপ্ৰিল মে জুন জুলাই আগষ্ট ছেপ্টেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ".split()
ASSAMESE_DIGITS_HELDOUT113 = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
# the Russian months in the genitive, as a date writes them
RUSSIAN_MONTHS_HELDOUT113 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
# the Udmurt month names
UDMURT_MONTHS_HELDOUT113 = (
    "толшор тулыспал южтолэзь оштолэзь куартолэзь инвожо пӧсьтолэзь гудырикошкон куарусён коньывуон "
    "шыркылэтон толсур"
).split()
# the Ojibwe moons (months)
OJIBWE_MONTHS_HELDOUT113 = (
    "Gichi-manidoo-giizis Namebini-giizis Onaabani-giizis Iskigamizige-giizis Zaagibagaa-giizis "
    "Ode'imini-giizis Aabita-niibino-giizis Manoominike-giizis Waatebagaa-giizis Binaakwe-giizis "
    "Gashkadino-giizis Manidoo-giizisoons"
).split()


def _fold(text: str) -> str:
    """A name or a sentence without its marks, as a plain keyboard types it: 'Ӟарни' -> 'Зарни', 'Пётр' ->
    'Петр' ('ё' loses its dots, 'й' keeps its breve: it is a letter of its own); Assamese script is left as
    written."""
    return "".join(c if c in "йЙ" or ASSAMESE_HELDOUT113.match(c) else _fold_marks(c) for c in text)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ("Ma'iingan" -> 'maiingan',
    'Rashmi Rekha' -> 'rashmirekha')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _feminine(family: str) -> str:
    """An Udmurt family name in a woman's form: 'Korepanov' -> 'Korepanova', 'Lozhkin' -> 'Lozhkina'."""
    return family + "a"


def _cyr(name: str) -> str:
    """An Udmurt name in Latin letters written in Cyrillic ('Zinaida Petrovna Korepanova' -> 'Зинаида Петровна
    Корепанова'); a woman's family name takes 'а'; a word not listed raises KeyError."""
    out = []
    for w in name.split():
        if w in UDMURT_CYR_HELDOUT113:
            out.append(UDMURT_CYR_HELDOUT113[w])
        elif w.endswith("a") and w[:-1] in UDMURT_CYR_HELDOUT113:
            out.append(UDMURT_CYR_HELDOUT113[w[:-1]] + "а")
        else:
            raise KeyError(w)
    return " ".join(out)


def _asm(name: str) -> str:
    """An Assamese name in Latin letters written in Assamese script ('Pulak Deka' -> 'পুলক ডেকা'); a word not
    listed raises KeyError."""
    return " ".join(ASSAMESE_SCRIPT_HELDOUT113[w] for w in name.split())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, accents, case and a form's comma aside, in either
    order ('BELLECOURT, CLYDE W.' reads as 'Clyde Bellecourt')."""
    low = f" {' '.join(_fold(value).lower().replace(',', ' ').split())} "
    for full in PUBLIC_FIGURES_HELDOUT113:
        words = _fold(full).lower().split()
        if f" {' '.join(words)} " in low or f" {' '.join(reversed(words))} " in low:
            return True
    return False


class Gen113(Gen3):
    """Generators for held-out set 113: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT113)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT113, the Udmurt family name in the
        woman's form for a woman; never a public figure's."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT113)
        men, women, lasts = NAMES_HELDOUT113[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        pool = [x for x in lasts if not _reads_public(f"{first} {x}")]
        last = rng.choice(pool)
        if origin == "udmurt" and woman:
            last = _feminine(last)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _other(self, pool: list[str], *not_these: str) -> str:
        return self.rng.choice([x for x in pool if x not in not_these])

    def _patronymic(self, woman: bool) -> str:
        father = self.rng.choice(sorted(UDMURT_PATRONYMIC_HELDOUT113))
        return UDMURT_PATRONYMIC_HELDOUT113[father][1 if woman else 0]

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT113's, or 'plain'); never one
        that reads as a public figure's; in Assamese script where `script` is 'assamese' (an Assamese name), in
        Cyrillic where it is 'cyrillic' (an Udmurt name), without marks where it is 'ascii'."""
        for _ in range(50):
            value = self._form_once(origin, form, woman, script)
            if not _reads_public(value):
                break
        if origin == "assamese" and (script == "assamese" or form == "script"):
            if not ASSAMESE_HELDOUT113.search(value):
                value = _asm(value)
        if origin == "udmurt" and (script == "cyrillic" or form == "cyrillic"):
            if not CYRILLIC_HELDOUT113.search(value):
                value = _cyr(value)
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None, script: str) -> str:
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT113:
            woman = True
        if form in MEN_FORMS_HELDOUT113:
            woman = False
        if form == "nickname":  # 'Khanyi', 'Dhruba', 'Galya', 'Cliff'
            nicks = NICKS_HELDOUT113[origin]
            women = set(NAMES_HELDOUT113[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            nick = nicks[rng.choice(pool)]
            return _cyr(nick) if script == "cyrillic" else nick
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT113[origin]
        own = women if woman else men
        if form == "typo":  # 'Luthando Ngukana', 'Pulak Buragohin', 'Galina Korepnova', 'Darrell Moonais'
            typos = [x for x in lasts + own if x in NAME_TYPOS_HELDOUT113]
            pick = rng.choice(typos)
            if pick in lasts:
                slip = NAME_TYPOS_HELDOUT113[pick]
                return f"{first} {_feminine(slip) if origin == 'udmurt' and woman else slip}"
            return f"{NAME_TYPOS_HELDOUT113[pick]} {last}"
        if origin == "xhosa":
            if form == "two_given":  # an English and a Xhosa given name: 'Justice Luthando Mgwebi'
                english = [g for g in own if g in XHOSA_ENGLISH_HELDOUT113]
                xhosa = [g for g in own if g not in XHOSA_ENGLISH_HELDOUT113]
                return f"{rng.choice(english)} {rng.choice(xhosa)} {last}"
            if form == "surname_first":  # 'MGWEBI Luthando Xolani', 'Mgwebi, Nosipho', 'MGWEBI, LUTHANDO'
                r = rng.random()
                if r < 0.4:
                    return f"{last.upper()} {first} {self._other(own, first)}"
                if r < 0.75:
                    return f"{last}, {first}"
                return f"{last.upper()}, {first.upper()}"
            if form == "married":  # 'Nosipho Ndlebe-Mgwebi', 'Nosipho Mgwebi née Ndlebe'
                husband = self._other(lasts, last)
                return f"{first} {last}-{husband}" if rng.random() < 0.5 else f"{first} {husband} née {last}"
            if form == "initials":  # 'L.X. Mgwebi', 'L. X. Mgwebi', 'N. Ndlebe'
                second = self._other(own, first)
                r = rng.random()
                if r < 0.4:
                    return f"{first[0]}.{second[0]}. {last}"
                if r < 0.7:
                    return f"{first[0]}. {second[0]}. {last}"
                return f"{first[0]}. {last}"
            if form == "clan":  # the clan name a neighbour thanks a person by: 'Jola'
                return XHOSA_CLANS_HELDOUT113[rng.choice(lasts)]
        if origin == "assamese":
            if form == "script":  # 'ধ্ৰুৱজ্যোতি বুঢ়াগোহাঁই'
                return f"{first} {last}" if rng.random() < 0.8 else first
            if form == "split":  # 'Dhruba Jyoti Buragohain'
                first = rng.choice(
                    [g for g in own if g in ASSAMESE_SPLIT_HELDOUT113] or list(ASSAMESE_SPLIT_HELDOUT113)
                )
                return f"{ASSAMESE_SPLIT_HELDOUT113[first]} {last}"
            if form == "two_given":  # a woman's two given names: 'Rashmi Rekha Kalita', 'Rashmi Rekha'
                return "Rashmi Rekha" + (f" {last}" if rng.random() < 0.75 else "")
            if form == "devi":  # 'Jonmoni Devi'
                return f"{first} Devi"
            if form == "middle":  # 'Pulak Chandra Deka', 'Pulak Ch. Deka', 'Utpal Kr. Sarma'
                middle = rng.choice(sorted(ASSAMESE_MIDDLE_HELDOUT113))
                if rng.random() < 0.5:
                    middle = ASSAMESE_MIDDLE_HELDOUT113[middle]
                return f"{first} {middle} {last}"
            if form == "variant":  # 'Pulak Sharma', 'Himanshu Barthakur'
                last = rng.choice([x for x in lasts if x in ASSAMESE_VARIANT_HELDOUT113])
                return f"{ASSAMESE_VARIANT_HELDOUT113.get(first, first)} {ASSAMESE_VARIANT_HELDOUT113[last]}"
            if form == "initials":  # 'D. J. Buragohain', 'P. Deka', 'P.C. Deka'
                r = rng.random()
                if r < 0.4 and first in ASSAMESE_SPLIT_HELDOUT113:
                    a, b = ASSAMESE_SPLIT_HELDOUT113[first].split()
                    return f"{a[0]}. {b[0]}. {last}"
                if r < 0.7 and not woman:
                    return f"{first[0]}.{rng.choice(sorted(ASSAMESE_MIDDLE_HELDOUT113))[0]}. {last}"
                return f"{first[0]}. {last}"
        if origin == "udmurt":
            patronymic = self._patronymic(woman)
            if form in ("patronymic", "cyrillic"):  # 'Zinaida Petrovna Korepanova', 'Галина Ложкина'
                if form == "cyrillic" and rng.random() < 0.4:
                    return f"{first} {last}"
                return f"{first} {patronymic} {last}"
            if form == "name_patronymic":  # 'Zinaida Petrovna', as a carer or a neighbour says it
                first = rng.choice([g for g in own if g not in UDMURT_GIVEN_HELDOUT113])
                return f"{first} {patronymic}"
            # a Russian form: 'Корепанова Зинаида Петровна', 'КОРЕПАНОВА Зинаида Петровна'
            if form == "surname_first":
                value = _cyr(f"{last} {first} {patronymic}")
                if rng.random() < 0.4:
                    head, _, rest = value.partition(" ")
                    value = f"{head.upper()} {rest}"
                return value
            if form == "initials":  # 'Korepanova Z. P.', 'Корепанова З. П.', 'З.П. Корепанова'
                if script == "cyrillic":
                    c_last, c_first, c_pat = _cyr(f"{last} {first} {patronymic}").split()
                    if rng.random() < 0.6:
                        return f"{c_last} {c_first[0]}. {c_pat[0]}."
                    return f"{c_first[0]}.{c_pat[0]}. {c_last}"
                if rng.random() < 0.6:
                    return f"{last} {first[0]}. {patronymic[0]}."
                return f"{first[0]}.{patronymic[0]}. {last}"
            # 'Петр Семенович Ложкин', 'Зарни Серегина': ё and Ӟ as a plain keyboard types them
            if form == "yo_dropped":
                father = rng.choice(["Semyon", "Fyodor"])
                patronymic = UDMURT_PATRONYMIC_HELDOUT113[father][1 if woman else 0]
                pool = [g for g in own if re.search("[ёӞӟ]", _cyr(g))]
                first = rng.choice(pool) if pool and rng.random() < 0.6 else first
                last = rng.choice([last, _feminine("Seryogin") if woman else "Seryogin"])
                return _fold(_cyr(f"{first} {patronymic} {last}"))
            if form == "passport":  # 'EGOR TRONIN', 'Gennadii Ivshin', 'KOREPANOVA ZINAIDA'
                if first not in UDMURT_PASSPORT_HELDOUT113 and last not in UDMURT_PASSPORT_HELDOUT113:
                    last = rng.choice(["Zhuykova", "Seryogina"] if woman else ["Zhuykov", "Seryogin"])
                p_first = UDMURT_PASSPORT_HELDOUT113.get(first, first)
                p_last = UDMURT_PASSPORT_HELDOUT113.get(last, last)
                r = rng.random()
                if r < 0.4:
                    return f"{p_last} {p_first}".upper()
                if r < 0.7:
                    return f"{p_first} {p_last}".upper()
                return f"{p_first} {p_last}"
            if form == "udmurt_given":  # 'Italmas Lozhkina', 'Gondyr Tronin'
                first = rng.choice([g for g in own if g in UDMURT_GIVEN_HELDOUT113])
                return f"{first} {last}"
        if origin == "ojibwe":
            english = [g for g in own if g not in OJIBWE_GIVEN_HELDOUT113]
            ojibwe = [g for g in own if g in OJIBWE_GIVEN_HELDOUT113]
            eng = rng.choice(english)
            if form == "ojibwe_given":  # 'Animikii Kejick'
                return f"{rng.choice(ojibwe)} {last}"
            if form == "both_names":  # 'Darrell Giiwedin Kejick'
                return f"{eng} {rng.choice(ojibwe)} {last}"
            if form == "surname_first":  # 'KEJICK, DARRELL W.', 'Moonias, Charlene'
                middle = self._other(english, eng)[0]
                value = f"{last}, {eng} {middle}." if rng.random() < 0.6 else f"{last}, {eng}"
                return value.upper() if rng.random() < 0.5 else value
            if form == "middle_initial":  # 'Darrell W. Kejick'
                return f"{eng} {self._other(english, eng)[0]}. {last}"
            if form == "suffix":  # 'Raymond Jourdain Jr.', 'Clifford T. Kejick Sr.'
                middle = f" {self._other(english, eng)[0]}." if rng.random() < 0.4 else ""
                return f"{eng}{middle} {last} {rng.choice(OJIBWE_SUFFIX_HELDOUT113)}"
            if form == "hyphenated":  # 'Charlene Moonias-Kejick'
                return f"{eng} {last}-{self._other(lasts, last)}"
            if form == "old_spelling":  # 'Keewaydin Kejick', 'Wawatay Moonias'
                return f"{OJIBWE_OLD_HELDOUT113[rng.choice(ojibwe)]} {last}"
            if form == "ascii":  # "Ma'iingan" without its apostrophe: 'Maiingan Bottle'
                return f"Maiingan {last}"
        if origin == "udmurt" and script == "cyrillic":
            return _cyr(f"{first} {last}")
        return f"{first} {last}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as a pension paper's or a care home register's line holds it ('MGWEBI LUTHANDO
        XOLANI', 'DHRUBAJYOTI BURAGOHAIN', 'KOREPANOVA ZINAIDA PETROVNA', 'KEJICK, DARRELL W.')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            own = NAMES_HELDOUT113[origin][1 if woman else 0]
            r = self.rng.random()
            if origin == "xhosa":
                value = f"{last} {first} {self._other(own, first)}" if r < 0.6 else f"{first} {last}"
            elif origin == "assamese":
                value = f"{first} {last}"
            elif origin == "udmurt":
                value = f"{last} {first} {self._patronymic(woman)}" if r < 0.6 else f"{first} {last}"
            else:
                english = [g for g in own if g not in OJIBWE_GIVEN_HELDOUT113]
                first = self.rng.choice(english)
                value = f"{last}, {first} {self._other(english, first)[0]}." if r < 0.5 else f"{first} {last}"
            if not _reads_public(value):
                break
        return value.upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'surname_first', 'assamese' or 'cyrillic'
        where the template asks for one."""
        rng = self.rng
        r = rng.random()
        if script == "surname_first":
            return self._form(origin, "surname_first", woman)
        if origin == "xhosa":
            if r < 0.15 and not chat:
                return f"{first} {self._other(NAMES_HELDOUT113[origin][1 if woman else 0], first)} {last}"
            return f"{first} {last}"
        if origin == "assamese":
            name = f"{first} {last}" if r < 0.85 or not woman else f"{first} Devi"
            return _asm(name) if script == "assamese" else name
        if origin == "udmurt":
            if r < 0.3 and not chat:
                name = f"{first} {self._patronymic(woman)} {last}"
            elif r < 0.45 and chat:  # 'Zinaida Petrovna'
                name = f"{first} {self._patronymic(woman)}"
            else:
                name = f"{first} {last}"
            return _cyr(name) if script == "cyrillic" else name
        if r < 0.2 and not chat:
            english = [
                g for g in NAMES_HELDOUT113[origin][1 if woman else 0] if g not in OJIBWE_GIVEN_HELDOUT113
            ]
            return f"{first} {rng.choice(english)[0]}. {last}"
        return f"{first} {last}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if script not in FORM_SCRIPTS_HELDOUT113.get((o, form), DEFAULT_SCRIPTS_HELDOUT113):
                continue
            if (woman is False and form in WOMEN_FORMS_HELDOUT113) or (
                woman is True and form in MEN_FORMS_HELDOUT113
            ):
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT113 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT113 and chat
            ):
                continue
            if form == "clan":  # only where a neighbour thanks a person: given by `person_for`
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        if script == "surname_first" and origin not in ("xhosa", "udmurt", "ojibwe"):
            origin = self.rng.choice(["xhosa", "udmurt", "ojibwe"])  # the peoples whose forms do that
        if script == "assamese":
            origin = "assamese"
        if script == "cyrillic":
            origin = "udmurt"
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
            nicks = NICKS_HELDOUT113[origin]
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
        """A name for a title written before it ('Tata Mgwebi', 'Makhulu Nomonde', 'Srimati Pallabi Deka',
        'শ্ৰীমতী জোনমণি কলিতা', 'баба Зина', 'tyotya Galya', 'Nokomis Charlene', 'Chief Clifford Kejick'), from the
        origin that uses it."""
        for _ in range(50):
            value = self._titled_once(title)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str) -> str:
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT113[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        nicks = NICKS_HELDOUT113[origin]
        cyrillic = bool(CYRILLIC_HELDOUT113.search(title))
        if part == "given_or_family":
            return last if rng.random() < 0.5 else first
        if part == "given":
            name = nicks[first] if first in nicks and rng.random() < 0.5 else first
            return _cyr(name) if cyrillic else name
        value = f"{first} {last}" if rng.random() < 0.7 else first  # 'Srimati Pallabi Deka', 'Elder Clifford'
        return _asm(value) if ASSAMESE_HELDOUT113.search(title) else value

    def kin_person(self, kin: str) -> str:
        """An Assamese given name before a kin word ('Pallabi baideu', 'Pulak dada', 'Jitu khura', 'পুলক দাদা'):
        the name alone, or its short form."""
        woman = KIN_AFTER_HELDOUT113[kin.lower()]
        _, first, _, _ = self._origin_name("assamese", woman)
        if ASSAMESE_HELDOUT113.search(kin):
            return _asm(first)
        nicks = ASSAMESE_NICK_HELDOUT113
        return nicks[first] if first in nicks and self.rng.random() < 0.4 else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a kin word
        after it, a clan name where a neighbour thanks a person by it, one of the origin whose places, papers
        or speech the template names, in the script or the layout the template is written in."""
        m = TITLE_SLOT_HELDOUT113.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT113[title.lower()][0]
            return name
        m = KIN_SLOT_HELDOUT113.search(template)
        if m:
            self.last_origin = "assamese"
            return self.kin_person(m.group(1))
        if template.lower().startswith("enkosi {}"):  # thanking a person by the clan name: 'enkosi Jola'
            if ("xhosa", "clan") in self.owed:
                self.owed.remove(("xhosa", "clan"))
            self.last_origin = "xhosa"
            return self._form("xhosa", "clan")
        lead = next((lead for lead in SURNAME_FIRST_LEADS_HELDOUT113 if template.startswith(lead)), None)
        script, origin = ("surname_first", SURNAME_FIRST_LEADS_HELDOUT113[lead]) if lead else ("", None)
        if not lead and ASSAMESE_HELDOUT113.search(template):
            script = "assamese"
        elif not lead and CYRILLIC_HELDOUT113.search(template):
            script = "cyrillic"
        elif not lead and (template.startswith(('"', "- ")) or "=" in template):
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT113 if cue.search(template)), None)
        origin = origin or next((o for cue, o in ORIGIN_CUES_HELDOUT113 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people (a kin word after
        one for the Assamese), a name in capitals on a form and one in lower case in chat for each people, and
        any form of FORCED_FORMS_HELDOUT113 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT113:
            template = rng.choice(FORCED_SENTENCES_HELDOUT113[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT113:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT113["upper"]), self._caps(origin)))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT113["lower"]), self._plain_lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            if form == "clan":
                filled.append(("enkosi {}, the tablet works now and Makhulu saw all the grandchildren",
                               self._form(origin, form)))  # fmt: skip
                continue
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT113 else "form"
            scripts = FORM_SCRIPTS_HELDOUT113.get((origin, form), DEFAULT_SCRIPTS_HELDOUT113)
            script = "" if "" in scripts else sorted(scripts)[0]
            template = rng.choice(FORCED_SENTENCES_HELDOUT113[kind])
            if script == "cyrillic":
                template = "ФИО: {}" if kind == "form" else "{} пишет, что бабушка сегодня хорошо поела"
            if form == "surname_first":  # on the people's own form: 'Surname, First names: MGWEBI Luthando'
                template = next(
                    f"{lead}: {{}}" for lead, o in SURNAME_FIRST_LEADS_HELDOUT113.items() if o == origin
                )
            filled.append((template, self._form(origin, form, None, script)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _plain_lower(self, origin: str) -> str:
        """A full name in lower case as chat types it ('luthando mgwebi', 'pulak deka', 'galina lozhkina',
        'darrell kejick')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            value = f"{first} {last}"
            if not _reads_public(value):
                break
        return value.lower()

    def address(self) -> str:
        rng, pick, d = self.rng, self.rng.choice, self.d
        n, flat, k = rng.randint(1, 160), rng.randint(1, 90), rng.randint(1, 12)
        letter = lambda: pick("ABCEGHJKLMNPRSTVWXYZ")  # noqa: E731
        guwahati = pick([("Hatigaon", "781038"), ("Ganeshguri", "781006"), ("Kahilipara", "781019")])
        shapes = {
            "xhosa": [
                f"{n} Madeira Street, Mthatha, 5099",
                f"{n} {pick(['Sutherland Street', 'Leeds Road', 'Owen Street'])}, Mthatha, 5100",
                f"Stand {rng.randint(100, 4999)}, Ngangelizwe, Mthatha, 5099",
                f"{rng.randint(100, 99999)} NU {rng.randint(1, 17)}, Mdantsane, 5219",
                f"{n} {pick(['Currie Street', 'Inverleith Terrace'])}, Quigney, East London, 5201",
                f"{n} {pick(['Mendi Road', 'Ntshekisa Road'])}, New Brighton, Gqeberha, 6200",
                f"{rng.randint(1000, 19999)} {pick(['Jarman Street', 'Daku Road'])}, Kwazakhele, Gqeberha, 6205",
                f"{rng.randint(1, 199)} NY {rng.randint(1, 150)}, Gugulethu, 7750",
                f"{n} {pick(['Ntlazane Road', 'Lansdowne Road'])}, Site C, Khayelitsha, 7784",
                f"Flat {k}, {n} Sithandatu Avenue, Nyanga, 7750",
            ],
            "assamese": [
                f"House No. {n}, Bylane {k}, Rukminigaon, Guwahati - 781022",
                f"H/No. {n}, {guwahati[0]}, Guwahati, Assam {guwahati[1]}",
                f"Flat {k}{pick('ABCD')}, {pick(['Bhaskar Apartment', 'Ujjal Enclave'])}, Beltola, Guwahati 781028",
                f"House No. {n}, {pick(['Tarajan', 'Na-Ali', 'Gar-Ali'])}, Jorhat, Assam 785001",
                f"Lane {k}, Milan Nagar, Dibrugarh, Assam 786003",
                f"{pick(['Chowkidinghee', 'Graham Bazar', 'Amolapatty'])}, Ward No. {k}, Dibrugarh 786001",
                f"ঘৰ নং {str(n).translate(ASSAMESE_DIGITS_HELDOUT113)}, ৰুক্মিণীগাঁও, গুৱাহাটী",
            ],
            "udmurt": [
                f"426{rng.randint(0, 76):03d}, г. Ижевск, ул. {pick(['Холмогорова', 'Лихвинцева', 'Баранова', 'Молодёжная'])}, д. {n}, кв. {flat}",
                f"ul. {pick(['Kholmogorova', 'Likhvintseva', 'Baranova'])} {n}-{flat}, Izhevsk 426{rng.randint(0, 76):03d}",
                f"д. Бураново, ул. {pick(['Труда', 'Центральная'])}, д. {k}",
                f"с. Вавож, ул. {pick(['Интернациональная', 'Советская'])}, д. {n}",
                f"г. Глазов, ул. {pick(['Сибирская', 'Драгунова'])}, д. {n}, кв. {flat}",
                f"г. Можга, ул. {pick(['Наговицына', 'Можгинская'])}, д. {n}",
                f"Glazov, ul. Sibirskaya {n}, apt. {flat}",
            ],
            "ojibwe": [
                f"{rng.randint(10, 999)} {pick(['Simpson St', 'Victoria Ave E', 'Algoma St S'])}, Thunder Bay, ON P7{pick('ABCEJ')} {d(1)}{letter()}{d(1)}",
                f"{rng.randint(100, 999)} Mission Rd, Fort William First Nation, ON P7J 1K{d(1)}",
                f"{rng.randint(100, 999)} {pick(['Selkirk Ave', 'Salter St', 'Aberdeen Ave'])}, Winnipeg, MB R2W {d(1)}{letter()}{d(1)}",
                f"PO Box {rng.randint(10, 999)}, Red Lake, MN 56671",
                f"{rng.randint(100, 999)} {pick(['Cedar Ave NW', 'Grant Utley Ave NW'])}, Cass Lake, MN 56633",
                f"{rng.randint(1000, 39999)} County Rd 21, White Earth, MN 56591",
                f"{rng.randint(10, 999)} {pick(['Queen St E', 'Wellington St E', 'Gore St'])}, Sault Ste. Marie, ON P6A {d(1)}{letter()}{d(1)}",
                f"{rng.randint(100, 999)} {pick(['Ashmun St', 'Shunk Rd'])}, Sault Ste. Marie, MI 49783",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT113 for s in shapes[o]])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT113[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1940, 2004)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "gmail.com", *EMAIL_DOMAINS_HELDOUT113[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        za = ["82", "83", "71", "72", "73", "76", "78", "60", "61"]
        shapes = {
            "xhosa": [
                f"0{pick(za)} {d(3)} {d(4)}",  # South African mobiles
                f"0{pick(za)}{d(7)}",
                f"+27 {pick(za)} {d(3)} {d(4)}",
                f"+27{pick(za)}{d(7)}",
                f"047 53{d(1)} {d(4)}",  # Mthatha
                f"043 7{d(2)} {d(4)}",  # East London
                f"041 {d(3)} {d(4)}",  # Gqeberha
                f"021 {pick(['361', '637', '695'])} {d(4)}",  # Cape Town's townships
                f"+44 7{pick('4579')}{d(2)} {d(6)}",  # British mobiles
            ],
            "assamese": [
                f"+91 94350 {d(5)}",  # Indian mobiles, Assam's series
                f"+91 {pick(['98640', '70020', '94011', '88110'])} {d(5)}",
                f"{pick('6789')}{d(9)}",
                f"0{pick('6789')}{d(4)} {d(5)}",
                f"0361-2{d(6)}",  # Guwahati
                f"0376-23{d(5)}",  # Jorhat
                f"0373-2{d(6)}",  # Dibrugarh
                f"+971 5{pick('02568')} {d(3)} {d(4)}",  # a son in the Gulf
            ],
            "udmurt": [
                f"+7 9{pick(['12', '19', '50', '82', '04'])} {d(3)}-{d(2)}-{d(2)}",  # Russian mobiles in Udmurtia
                f"8 (9{pick(['12', '19', '50', '82'])}) {d(3)}-{d(2)}-{d(2)}",
                f"89{pick(['12', '19', '50', '82'])}{d(7)}",
                f"8 (3412) {d(2)}-{d(2)}-{d(2)}",  # Izhevsk
                f"+7 3412 {d(2)}-{d(2)}-{d(2)}",
                f"(34141) {d(1)}-{d(2)}-{d(2)}",  # Glazov
            ],
            "ojibwe": [
                f"(807) {pick(['622', '623', '625', '767', '577'])}-{d(4)}",  # Thunder Bay
                f"807-{pick(['474', '475', '939'])}-{d(4)}",
                f"(204) {pick(['582', '589', '943'])}-{d(4)}",  # Winnipeg
                f"431-{pick(['334', '777'])}-{d(4)}",
                f"+1 218 {pick(['679', '335', '983'])} {d(4)}",  # Red Lake, Cass Lake, White Earth
                f"(705) {pick(['254', '759', '942'])}-{d(4)}",  # Sault Ste. Marie, Ontario
                f"906-{pick(['632', '635'])}-{d(4)}",  # Sault Ste. Marie, Michigan
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT113 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", f"220{rng.randint(0, 4)}",
                             f"220{rng.randint(0, 4)}", "60", "6521", "81", "82", "34", "37"])  # fmt: skip
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
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT113[origin] if origin else sorted(IBAN_SHAPES_HELDOUT113))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT113[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.choice([0, 1, 8, 100])}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2c0f:fef8:{h()}:{h()}::{h()}", f"2405:201:{h()}:{h()}::{h()}", f"2a00:1fa0:{h()}:{h()}::{h()}",
                           f"2607:fea8:{h()}:{h()}:{h()}::{h()}", f"2001:4860:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the tablet and the Echo Show on the home Wi-Fi, the care home's
        nurse-call server and its CCTV, sign-in alerts of the pension office's and the bank's accounts, the care
        home server's sshd log and the care agency's rota site's web log; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("granny's tablet got {} on the home wifi, the video call app needs it", v4),
            ("the Echo Show in her room is on {}, restart it from the router page", v4),
            ("the nurse call server of the care home sits on {}, don't unplug it", v4),
            ("the CCTV in the corridor of the frail care is on {}", v4),
            ("Capitec sent an alert, someone signed in to Makhulu's app from {}", v4),
            ("My Service Canada Account says a sign-in came from {}, was that you at the band office?", rng.choice([v4, v6])),
            ("PhonePe showed a new login from {}, aita's phone is with Pulak", v4),
            ("в личном кабинете Социального фонда вход с {}, это не я", v4),
            ("бабушкин планшет получил адрес {}, звонки по видео теперь работают", v4),
            ("the GrandPad says it connected from {}", v6),
            ("the care agency's rota site got a login from {} at 3am", v6),
            ("listen {}:8080", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ping -6 -c 4 {}", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Mar 11 06:12:40 carehome-srv sshd[1184]: Accepted password for nurse from {} port 50422 ssh2", v4),
            ('{} - - [11/Mar/2026:07:02:13 +0200] "POST /rota/shifts/swap HTTP/1.1" 302 0', v4),
            ("tablet_ip: {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1940, 2004)
        return rng.choice(
            [
                f"{rng.choice(['Mthatha', 'Mdantsane', 'Gqeberha', 'Gugulethu', 'Qunu'])}{rng.choice(['@047', '#5099', '_27', '!!'])}",
                f"{rng.choice(['Jorhat', 'Dibrugarh', 'Guwahati', 'Majuli', 'Sivasagar'])}{rng.choice(['#785', '@0361', '_91', '!'])}",
                f"{rng.choice(['Izhevsk', 'Glazov', 'Mozhga', 'Buranovo', 'Votkinsk'])}{rng.choice(['_3412', '@426', '#18', '2025'])}",
                f"{rng.choice(['ThunderBay', 'RedLake', 'CassLake', 'Nipigon', 'Kenora'])}{rng.choice(['807!', '@218', '#705', '2025'])}",
                rng.choice(["pension", "granny", "carer", "tablet", "medicine", "visit"]).translate(leet) + rng.choice(["", "!", "_113"]),
                f"{rng.choice(['luthando', 'nosipho', 'jitu', 'pallabi', 'galya', 'kolya', 'cliff', 'bernie'])}{rng.choice([str(year), str(year)[2:], '123'])}",
                f"{rng.choice(['Care', 'Gogo', 'Aita', 'Babushka', 'Nokomis'])}{rng.randint(2019, 2026)}-{rng.choice(['Room', 'Home', 'Visit', 'Rota'])}{rng.randint(10, 99)}",
                f"{rng.choice(['frailcare', 'rota', 'nurse', 'admin'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Care2024Room"  # where ':' or ';' would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        uuid = f"{tok(8, hexd)}-{tok(4, hexd)}-4{tok(3, hexd)}-{rng.choice('89ab')}{tok(3, hexd)}-{tok(12, hexd)}"
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            # the elders' and the carers' logins and codes, handed over in ways no earlier set used
            ("Makhulu's Postbank card PIN is {}, I keep the card, she knows", d(4)),
            ("the Capitec app PIN is written in the back of her Bible, {}", d(5)),
            ("aita's PhonePe UPI PIN is {}, it's on a slip in the medicine box", d(rng.choice([4, 6]))),
            ("the Social Fund password is in the carer's notebook, {}", pw),
            ("the GCKey password for Mishomis's pension is on a sticky note on the Echo Show, {}", pw),
            ("the key safe by the front door opens with {}, for the carers only", d(4)),
            ("granny's tablet PIN is {}, the video calls app opens by itself", d(6)),
            ("the care home wifi in the visitors lounge is {}", pw),
            ("the my Social Security password for grandpa is {}, change it after the call", pw),
            ("the PointClickCare login for the night nurse is on the med cart, password {}", pw),
            ("пароль от личного кабинета Социального фонда {}, никому не говори", pw),
            ("пин-код бабушкиной карты Мир {}, он на холодильнике", d(4)),
            ("пароль {}, нокинлы эн вера", pw),
            ("iphasiwedi ka-Makhulu ngu {}, ungaxeleli mntu", pw),
            ("password yi {}, ungaxeleli mntu", pw),
            ("aitar password {}, kakuko nokoba", pw),
            ("পাছৱৰ্ড {}, কাকো নক'ব", pw),
            ("the Echo Show password is {}, miigwech my girl", pw),
            ("the tablet's unlock pattern code is {}, don't tell the grandkids", d(5)),
            # commands
            ("nmcli dev wifi connect CareHome_Guest password {}", colonless),
            # pastes
            ("WIFI:T:WPA;S:FrailCare_Lounge;P:{};;", colonless),
            ("OZOW_PRIVATE_KEY={}", tok(32, alnum)),
            ("OZOW_API_KEY={}", tok(32, hexd)),
            ("SNAPSCAN_API_KEY={}", uuid),
            ("PHONEPE_SALT_KEY={}", uuid),
            ("TINKOFF_TERMINAL_PASSWORD={}", tok(16, string.ascii_lowercase + string.digits)),
            ("VK_ACCESS_TOKEN={}", "vk1.a." + tok(rng.randint(160, 200), b64)),
            ("POINTCLICKCARE_CLIENT_SECRET={}", tok(32, alnum)),
            ("ALAYACARE_API_KEY={}", tok(40, alnum)),
            ("MONERIS_API_TOKEN={}", tok(20, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the care software's, the pension office's and the tablet's video-call logins, a GCKey
        username, Facebook, VK and Instagram handles, in shapes like 'luthando.mgwebi48', 'care_nosipho',
        'dhruba_buragohain', 'galya.korepanova', 'kejick807'."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        nick = NICKS_HELDOUT113[origin].get(first, first)
        first, last, nick = _plain(first) or "x", _plain(last) or "x", _plain(nick) or "x"
        yy = rng.randint(40, 99) if rng.random() < 0.6 else rng.randint(0, 8)
        subject = rng.choice(SUBJECTS_HELDOUT113[origin])
        own = {
            "xhosa": [f"{first}.{last}{yy:02d}", f"{subject}_{first}", f"{first}{last[:3]}{yy:02d}"],
            "assamese": [f"{nick}_{last}", f"{first}.{last}{yy:02d}", f"{subject}.{first}"],
            "udmurt": [f"{nick}.{last}", f"{first}_{last}{yy:02d}", f"{subject}_{nick}"],
            "ojibwe": [
                f"{last}{rng.choice(['807', '218', '705', str(yy)])}",
                f"{first}_{last}",
                f"{subject}{first}",
            ],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1928, youngest: int = 1962) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day): an elder's by
        default."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1928, youngest: int = 1962) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "za": f"{y}/{m:02d}/{day:02d}",
            "za_words": f"{day} {EN_MONTHS_HELDOUT113[m - 1]} {y}",
            "xh_words": f"{day} {XHOSA_MONTHS_HELDOUT113[m - 1]} {y}",
            "in": f"{day:02d}/{m:02d}/{y}",
            "in_dash": f"{day:02d}-{m:02d}-{y}",
            "as_words": f"{day} {ASSAMESE_MONTHS_HELDOUT113[m - 1]} {y}".translate(
                ASSAMESE_DIGITS_HELDOUT113
            ),
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RUSSIAN_MONTHS_HELDOUT113[m - 1]} {y}",
            "ud_words": f"{day} {UDMURT_MONTHS_HELDOUT113[m - 1]} {y}",
            "ca": f"{y}-{m:02d}-{day:02d}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "us_words": f"{EN_MONTHS_HELDOUT113[m - 1]} {day}, {y}",
            "oj_words": f"{OJIBWE_MONTHS_HELDOUT113[m - 1]} {day}, {y}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"xhosa": ["za"], "assamese": ["in", "in_dash"], "udmurt": ["ru"], "ojibwe": ["ca", "us"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["za", "in", "ru", "ca", "us"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste; an
        elder's mostly, a carer's or a child's now and then; `chat` as in `ip_sample`."""
        s, young = self._dob_shapes(), self._dob_shapes(1960, 2004)
        options = [
            ("Makhulu's date of birth for the SASSA form is {}", s["za"]),
            ("my grandfather was born on {}, put it on the frail care admission form", s["za_words"]),
            ("uMakhulu wazalwa ngomhla we {}, bhala lonto kwifom", s["xh_words"]),
            ("my date of birth for the carer's contract is {}", young["za"]),
            ("aita's date of birth for the Orunodoi form is {}", s["in"]),
            ("write khura's date of birth as {} on the life certificate", s["in_dash"]),
            ("জন্ম তাৰিখ: {}", s["as_words"]),
            ("Date of Birth (DD/MM/YYYY): {}", s["in"]),
            ("Дата рождения: {}", s["ru"]),
            ("бабушка родилась {} года, впиши в заявление в дом-интернат", s["ru_words"]),
            ("песянай вордскиз {}", s["ud_words"]),
            ("my grandmother's date of birth for the status card renewal is {}", s["ca"]),
            ("Mishomis was born {}, put that on the long-term care application", s["us_words"]),
            ("Nokomis was born in the moon of {}, the enrollment office wants it", s["oj_words"]),
            ("Date of birth (MM/DD/YYYY): {}", s["us"]),
            ('    "date_of_birth": "{}",', s["ca"]),
            ("DOB: {}", s["za"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT113_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} collects Makhulu's SASSA grant at the Postbank in Mthatha",
        "{} is the carer who comes to my father in Mdantsane every morning",
        "{} put our granny on the waiting list of the frail care in East London",
        "{} brings the Dis-Chem medicine parcel to the house in Gugulethu on Fridays",
        "{} signed the power of attorney for her mother in Gqeberha",
        "{} wants the carer's wage paid by SnapScan from now on",
        "Molo {}, uMakhulu uyaphila namhlanje",
        "ndicela {} azise iipilisi zikaTatomkhulu ngomso",
        "Tata {} refuses to go to the frail care in East London",
        "Mama {} from next door checks on my father every morning",
        "Makhulu {} wants her SASSA money collected on Tuesday",
        "Tatomkhulu {} still walks to the Mthatha post office for his pension",
        "Mamncinci {} will sleep over at Makhulu's house in Khayelitsha this week",
        "enkosi {}, you drove Makhulu to the clinic again",
        "{} moved aita into the old age home in Beltola",
        "{} does the night shift with khura at the home in Jorhat",
        "{} keeps aita's bank card and draws the Orunodoi money every month",
        "{} ordered the medicines for koka from PharmEasy again",
        "{} set up the video call on the tablet for aita in Dibrugarh",
        "{} ahibo kali, aitak hospitalot loi jabo lagibo",
        "{} aitar pension xon diye",
        "{} বাইদেউ আইতাক চাবলৈ আহিব",
        "{} দাদা টেবলেটটো ঠিক কৰি দিলে",
        "{} baideu is coming from Jorhat to sit with aita this weekend",
        "{} dada set up the tablet so aita can video call us",
        "{} khura signed the form for the old age home in Dibrugarh",
        "{} khuri sends the carer's money through PhonePe",
        "{} mahi stays with aita in Guwahati when the nurse is off",
        "Srimati {} is on the waiting list of the home in Beltola",
        "Sri {} gave his consent for the power of attorney",
        "শ্ৰীমতী {} বৃদ্ধাশ্ৰমৰ অপেক্ষা তালিকাত আছে",
        "{} возит бабушку в поликлинику по вторникам",
        "{} оформила опекунство над дедом в Ижевске",
        "{} приходит к бабушке как сиделка три раза в неделю",
        "{} забрала бабушкину пенсию на карту Мир",
        "{} ветлэ песянайлы эмъюм ваны",
        "{} takes babushka to the clinic in Glazov every Tuesday",
        "{} is the carer from the Social Fund who comes to Buranovo",
        "баба {} опять не берёт трубку, съезди к ней",
        "тётя {} приходит к деду три раза в неделю",
        "дядя {} отвезёт бабушку в дом-интернат в Можге",
        "дед {} не хочет в дом престарелых",
        "песянай {} вуоз толон, ветлы бабушкаен",
        "песятай {} гуртын улэ на",
        "tyotya {} brings the medicine from the pharmacy in Vavozh",
        "dyadya {} fixed the tablet so babushka can call us",
        "{} drives Nokomis to the care home in Thunder Bay every Sunday",
        "{} got the status card renewed for Mishomis in Winnipeg",
        "{} is the PSW who comes to my grandma on the rez",
        "{} picked up the Rexall order for grandpa in Sault Ste. Marie",
        "{} set up the GrandPad so Kokum can see the grandkids",
        "{} put grandma on the waiting list for the elder lodge in Red Lake",
        "Nokomis {} wants to stay on the rez, not in the home in Thunder Bay",
        "Mishomis {} moved into the long-term care home on Monday",
        "Kokum {} makes bannock for the whole floor at the care home",
        "Auntie {} does the video call with the grandkids every Sunday",
        "Uncle {} drives up from Cass Lake to see his mom",
        "Elder {} says the care home food has no wild rice, lol",
        "Chief {} visited the elders at the lodge in White Earth",
        "boozhoo {}, Nokomis says miigwech for the visit",
        "{} is on the carer rota for the weekend",
        "{} and {} share the night shifts with granny",
        "ask {} if the pharmacy delivered the pills",
        "{} wants the old wheelchair back",
        "{} left the tablet charger at the care home",
        "who is {}? the care home says he visited yesterday",
        "tell {} the social worker is coming at 10",
        "{} says granny is fine, she ate well today",
        "did {} take the medicine box to the flat in the end?",
        "Resident: {}",
        "Next of kin: {}",
        "Principal (the donor): {}",
        "Attorney: {}",
        "Carer: {}",
        "Surname, First names: {}",
        "Фамилия, имя, отчество: {}",
        "LAST, FIRST MIDDLE: {}",
        "ФИО: {}",
        "Опекун: {}",
        "নাম: {}",
        "| Mon 07:00-13:00 | {} | Room 14 |",
        '"resident_name": "{}",',
        "- carer: {}",
    ],
    "STREET_ADDRESS": [
        "the care agency sends the carer to {}",
        "send the medicine parcel to {} please",
        "the pension letters still go to {}",
        "granny moved in with us at {}",
        "the frail care is at {}, visiting from 2 to 5",
        "ndicela uthumele iipilisi ku {}",
        "aitar ghor {}, tate medicine pathaba",
        "отправь лекарства бабушке по адресу {}",
        "the ambulance should come to {}",
        "Address: {}",
        "Home address: {}",
        "Адрес: {}",
        "Mailing address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the care home invoice to {}",
        "the care agency writes from {}",
        "the power of attorney papers went to {}",
        "the tablet's video call account is {}",
        "forward the carer rota to {} please",
        "aitar pension letter {} ot pathaba",
        "напиши соцработнику на {}",
        "ndicela uthumele iphepha ku {}",
        "E-mail: {}",
        "Email: {}",
        "Эл. почта: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} if granny falls again",
        "the carer's number is {}",
        "the care home's night nurse is on {}",
        "whatsapp {} for the visiting times",
        "the emergency contact for Makhulu is {}",
        "ndifowunele ku {} xa uMakhulu egula",
        "aitar emergency number {}",
        "позвони мне на {}, если бабушке станет плохо",
        "Phone: {}",
        "Tel.: {}",
        "Emergency contact: {}",
        "Телефон: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the care home deposit with {}",
        "the medicine delivery went on {}",
        "the pharmacy charged {} twice",
        "pay the carer agency with {} please",
        "granny's card is {}, I keep it in my wallet",
        "aitar card {} mur loga ase",
        "бабушкина карта {} у меня",
        "Card: {}",
        "Card number: {}",
        "Номер карты: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "my sister sends the money for the carer from {}",
        "the care home wants the deposit in {}",
        "pay the carer's wage into {}",
        "my son pays aita's home from {}",
        "the grandkid in Helsinki sends money from {}",
        "send the refund for the wheelchair to {} please",
        "IBAN: {}",
        "Beneficiary IBAN: {}",
        "IBAN получателя: {}",
        "IBAN number: {}",
    ],
    "USERNAME": [
        "the care home's facebook page is {}",
        "granny's video call name on the tablet is {}",
        "the PointClickCare user for the night nurse is {}",
        "my GCKey username is {}",
        "the AlayaCare login for the carer is {}",
        "the my Social Security username for grandpa is {}",
        "my handle in the family group is @{}",
        "бабушкин логин в VK {}",
        "aitar Facebook id {}",
        "Login: {}",
        "Username: {}",
        "Логин: {}",
        "User: {}",
        '"username": "{}",',
    ],
}
HELDOUT113_MIXED = [
    ("Resident: {}\nDate of Birth: {}\nNext of kin phone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name: {}\nE-mail: {}\nPassword: {}", ["PERSON", "EMAIL_ADDRESS", "SECRET"]),
    ("ФИО: {}\nДата рождения: {}\nАдрес: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("LAST, FIRST MIDDLE: {}\nDOB: {}\nMailing address: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Principal (the donor): {}\nDate of birth: {}\nTel.: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("{} paid for the medicine with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the carer's money in {}", ["PERSON", "IBAN_CODE"]),
    ("the carer is {}, {}, and wants her wage in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("GCKey login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Next of kin: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) sent the admission form", ["PERSON", "EMAIL_ADDRESS"]),
    ("the pharmacy charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the care plan to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved granny to {}", ["PERSON", "STREET_ADDRESS"]),
    ("Beneficiary: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the tablet is on {} and its account password is {}", ["IP_ADDRESS", "SECRET"]),
    ("CARE_DB_HOST={}\nCARE_DB_USER={}\nCARE_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} visited {} at the care home on Sunday", ["PERSON", "PERSON"]),
    ("Опекун: {}\nТелефон: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Attorney: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} wants the care home invoice sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
]  # fmt: skip
HELDOUT113_NEGATIVES = [
    "Mthatha, East London and Gqeberha all have frail care centres with waiting lists",
    "Nelson Mandela Drive is the main road through Mthatha",
    "the Walter Sisulu University has a campus in Mthatha",
    "Tata is father, Mama mother, Makhulu grandmother and Tatomkhulu grandfather in isiXhosa",
    "Mamncinci is a mother's younger sister and Makazi is another word for her",
    "Jola, Tshawe, Qwathi and Gqwashu are clan names, a family praises its clan at weddings",
    "a Xhosa bride gets a new name from her in-laws when she marries",
    "the SASSA old age grant is R2,315 a month this year",
    "pension pay day at the Postbank is on the first working days of the month",
    "Dis-Chem delivers chronic medicine for free above R450",
    "Mdantsane's sections are called NU 1 to NU 17",
    "Gugulethu's streets are NY 1, NY 2 and so on",
    "molo, unjani? uMakhulu uyaphila",
    "enkosi kakhulu, sizobonana ngeCawa",
    "Guwahati, Jorhat and Dibrugarh each have an old age home run by a trust",
    "Lokapriya Gopinath Bordoloi airport is in Borjhar, near Guwahati",
    "Gopinath Bordoloi Nagar is a part of the Guwahati University campus",
    "baideu is an elder sister, dada an elder brother, khura a father's younger brother and khuri his wife",
    "aita is a grandmother and koka a grandfather in Assamese",
    "Devi on a woman's papers is a title, many Assamese women write it instead of a family name",
    "Ch. stands for Chandra and Kr. for Kumar on many Assamese certificates",
    "the Orunodoi scheme pays 1,250 rupees a month into the woman's account",
    "the life certificate for the pension has to be given every November",
    "a carer for the day costs about 600 rupees in Guwahati",
    "kiman din aita hospitalot thakibo?",
    "আইতাৰ শৰীৰ আজি ভাল আছে",
    "Izhevsk, Glazov, Mozhga and Sarapul each have a home for the elderly",
    "the Kalashnikov museum is in the centre of Izhevsk",
    "the Chaikovsky theatre is in Votkinsk, an hour from Izhevsk",
    "the grannies from Buranovo sang at Eurovision in 2012",
    "тётя, дядя, баба and дед come before a short name, as a child says them to any older neighbour",
    "песянай is grandmother and песятай grandfather in Udmurt",
    "Petrovich and Petrovna are patronymics, the father was called Pyotr",
    "a Russian woman's family name ends in -ova or -ina, her husband's in -ov or -in",
    "the pension in Udmurtia is about 22,000 roubles a month on average",
    "a place in a private home for the elderly in Izhevsk is 45,000 roubles a month",
    "бабушка сегодня хорошо поела, спасибо",
    "зечбуресь! кызьы улэ песянай?",
    "Thunder Bay, Winnipeg and Sault Ste. Marie each have a long-term care home for Indigenous elders",
    "the Norval Morrisseau mural is on the side of a building in Thunder Bay",
    "Nokomis is grandmother and Mishomis grandfather in Ojibwe, Kokum is the Cree word",
    "Crane, Loon, Bear and Marten are doodemag, clans, not names",
    "an Ojibwe spirit name is given at a ceremony, many people use it only with family",
    "Keewaydin is the old spelling of Giiwedin, the north wind",
    "Old Age Security is about 740 dollars a month in Canada",
    "Red Lake, Leech Lake and White Earth are reservations in Minnesota",
    "boozhoo, aaniin? Nokomis is doing good today",
    "miigwech for coming, see you Sunday",
    "the care home room number is 214, second floor, left of the lift",
    "waiting list number WL-2026-0458 is for the frail care in Gqeberha",
    "admission number ADM-88412 is on the care home's letter",
    "the prescription order number is PE-7731-2290",
    "the pension reference number is PPO 4471 2290 on the letter",
    "the band's registry number is on the back of the status card",
    "the Echo Show 8 and the GrandPad tablet both do video calls",
    "a Samsung Galaxy Tab A9 costs about 3,000 rand",
    "error E-401 means the tablet lost the Wi-Fi",
    "the router's default login is admin with the password admin, change it",
    "the GrandPad's default PIN in the manual is 0000",
    "SASSA, Postbank, Capitec, SnapScan and Ozow are all South African",
    "PhonePe, PharmEasy and 1mg are Indian apps",
    "PointClickCare and AlayaCare are care home software",
    "fixed in version 4.2.1 of the care app, see the release notes",
    "OZOW_PRIVATE_KEY=your-private-key",
    "POINTCLICKCARE_CLIENT_SECRET=changeme",
    "wifi password: ********",
    "4111 1111 1111 1111 is the test card in the pharmacy's web shop",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the bank's guide",
    "write to care@example.com for the visiting hours",
    "192.0.2.113 is a documentation address",
    "198.51.100.7 is a documentation address",
    "2001:db8:113::1 is a documentation address",
    "the care home's family day is on 2026-10-04",
    "the power of attorney was signed on 12/05/2026",
    "visiting hours are from 14:00 to 17:00",
    "the carer's shift ends at 7 in the evening",
    "see you at the care home tomorrow",
    "granny is sleeping, don't call now",
]  # fmt: skip


def _typo113(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a care word's well-known misspelling ('pension' -> 'pention', 'receive' ->
    'recieve', 'appointment' -> 'appoinment', 'prescription' -> 'perscription', 'attorney' -> 'attorny'), or
    chat shorthand in the set's languages ('please' -> 'pls', 'because' -> 'coz', 'спасибо' -> 'спс', isiXhosa
    'enkosi' -> 'nkosi'). Only in sentences typed to the bot or a friend; a title or a kin word by a name stays
    as written, and so does 'enkosi' before a clan name."""
    if not _chat_like(template) or template.lower().startswith("enkosi {}"):
        return template
    words = list(MISSPELT_WORD_HELDOUT113.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT113[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT113.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT113[m.group(1)] + template[m.end() :]


def build_heldout113(seed: int = HELDOUT113_SEED) -> list[Example]:
    """Held-out set 113: `Gen113` values in `HELDOUT113_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen113.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen113(seed)
    examples = assemble_module_set(
        gen, HELDOUT113_TEMPLATES, HELDOUT113_MIXED, HELDOUT113_NEGATIVES, _typo113, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
