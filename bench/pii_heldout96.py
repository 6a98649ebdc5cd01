"""Held-out PII set 96 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout96": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT96 is empty, as for held-out 16 to
95; written at the same time as held-out 95 by another author); apartment blocks and their tenants (the
landlord and the lease, the deposit, the building's chat group, the caretaker and the concierge, the broken
lift, the water cut, the generator and loadshedding, the rent receipt, the intercom, the parcel left with a
neighbour, the noise complaint, the residents' committee's meeting, the move-in and the move-out inspection)
among four peoples, with hand-written lists of names: the Zulu of Durban (Umlazi, KwaMashu, the Berea flats)
and of Johannesburg (Hillbrow, Yeoville) (English and church given names ('Lucky', 'Innocent', 'Wiseman',
'Precious', 'Beauty', 'Patience') and isiZulu ones ('Sibusiso', 'Nkosinathi', 'Nokuthula', 'Ntombifuthi'),
the church name, the isiZulu name and the family's ('Precious Nokuthula Mkhize'), Zulu family names
(isibongo: 'Dlamini', 'Ngcobo', 'Mthembu', 'Zungu') and some that are also a word or the people's name
('Zulu'), the clan praise name a neighbour greets a man by instead of his surname ('ngiyabonga Khabazela'
for a Mkhize), a married woman called by her own family's name after 'Ma' ('MaNdlovu'), a lease's 'Initials
and surname' ('T.Z. Ngcobo'), and 'Mam'' or 'Sisi' before a woman's and 'Bhuti' before a man's given name,
'Baba', 'Gogo' and 'Mkhulu' before a family name, outside the span), the Hijazis of Jeddah (al-Balad,
al-Rawdah, al-Safa) (given names with the Latin spellings each passport and bank took ('Mohammed', 'Mohamed',
'Muhammad'; 'Faisal', 'Faysal'; 'Hussain', 'Hussein'), the nasab with 'bin' and 'bint' ('Nouf bint Hassan
Bakhsh'), the four-part name of an Ejar lease ('Faisal Abdullah Omar Jamjoom'), old Jeddah families'
names and nisbas that are also a place or a word ('Jamjoom', 'Nassief', 'Bukhari', 'Turkistani', 'Kurdi',
'Sindi'), the article written 'Al-Ghamdi', 'Alghamdi', 'Al Ghamdi' or 'AlGhamdi', the name in Arabic script
('فيصل بن عبدالله جمجوم'), and the kunyas 'Umm' and 'Abu' before the eldest son's given name and 'khalti'
before an aunt's, outside the span), the Romans of the borgate and the case popolari (Tor Bella Monaca,
Corviale, Quarticciolo, San Basilio, Garbatella) (Italian given and family names, some also a word ('Pace',
'Felici', 'Trombetta'), a lease's 'Cognome e nome' with the family name first ('Proietti Maurizio'), the
Roman vocative cut after the stressed vowel ('ahò Maurì', 'Stè', 'Robbè'), a nickname after the Roman
article 'er' ('er Secco', 'er Sorcio'), and 'sora' and 'sor' (signora, signore) before a given name,
outside the span) and the Sudanese of Khartoum (Omdurman, Bahri) and of Cairo (Faisal, Ard al-Liwa, Nasr
City) after 2023 (the given name, the father's and the grandfather's ('Elfatih Osman Babiker', 'Tasabeeh
Elsadig Abdelrahim'), the article of 'Elfatih' written joined, apart or as 'Al-' ('El Fatih', 'El-Fatih'),
Sudanese spellings with g for q ('Elsadig', 'Tarig', 'Abdelgadir'), nicknames ('Hamooda', 'Amoona'), the
name in Arabic script ('الفاتح عثمان بابكر'), and 'Haj', 'Ustaz' before a man's, 'Hajja' and 'Khalto'
before a woman's given name, outside the span); names on leases, receipts, intercom labels and forms in
English ('Tenant:', 'Lessee:', 'Lessor:', 'Surety:', 'Received from:', 'Parcel for:', 'Initials and
surname:', 'Occupant:'), isiZulu ('Igama nesibongo:'), Arabic ('اسم المستأجر:', 'اسم المؤجر:', 'الاسم
الرباعي:', 'الطرف الثاني (المستأجر):') and Italian ('Conduttore:', 'Locatore:', 'Cognome e nome:',
'Ricevo da'); a plumber, a bakery, a cleaning firm, an estate agency and a prize that carry a family name no
person; flat, block, unit, lease, meter, receipt and case numbers no secret; self-hosted apps' config no
earlier set pasted: FHEM's fhem.cfg (telnetPort's 'allowed' password, PRESENCE lan-ping and HTTPMOD for the
water tank), Domoticz's JSON API with its base64 username and password for the tank and the generator,
Scrypted's docker env (SCRYPTED_ADMIN_USERNAME, SCRYPTED_ADMIN_TOKEN, the webhook's Bearer) for the intercom
camera, Gokapi's GOKAPI_USERNAME and GOKAPI_PASSWORD for sharing the lease PDF and Yopass's decryption key for
the wifi password sent to a new tenant; addresses (a Berea flat with its block and postal code ('Flat 12,
Essenwood Court, 41 Essenwood Road, Berea, Durban, 4001'), Umlazi's and KwaMashu's section letter and house
number ('J 1234, Umlazi, 4031', 'G 456 KwaMashu, 4359'), a Hillbrow unit and block, Yeoville's street,
Jeddah's national address with its building, street, district, postal code and additional number and the
short address ('JRWA7421'), also in Arabic script, Rome's 'Via dell'Archeologia 12, scala B, interno 7,
00133 Roma' with scala, piano and interno, Garbatella's lotto, Omdurman's 'Al-Thawra, Block 12, House 345',
Bahri's, Khartoum 2's, and Cairo's and Giza's flat, floor and building ('Building 23, Ard El Lewa, Giza,
Flat 6, 3rd floor'), also in Arabic script) and phones (Durban's 031, Johannesburg's 011, South African
mobiles 06x, 07x, 08x and +27, Jeddah's 012, Saudi mobiles 05x and +966, Rome's 06, Italian mobiles 3xx and
+39, Sudanese mobiles 09x and 012 and +249, Cairo's and Giza's 02, Egyptian mobiles 010, 011, 012, 015 and
+20); cards (Visa, Mastercard, mada, Meeza, Amex); IBANs of Saudi Arabia, Italy and Egypt and, as South
Africa and Sudan have none, of Britain (a Zulu cousin in Leeds pays the deposit) and of the Emirates and
Qatar (a Sudanese brother in the Gulf pays the rent in Cairo); IPs of the building's intercom, CCTV DVR,
smart meter, lift controller, router, water-tank sensor, the generator's controller, the gate motor and the
pastes above; passwords handed over the ways a block does (on the back of the rent receipt, inside the
meter box, in the committee's group, on the last page of the lease, on the fridge for the new tenant),
region words ('Umlazi4031', 'Jeddah#012', 'Corviale00148', 'Omdurman249!'), theme words in leetspeak
('l4ndl0rd', 'c4r3t4k3r', 'g3n3r4t0r'), a flat and a block ('Flat12-BlockC'), and cues in isiZulu ('iphasiwedi
ithi ..., ungayiniki muntu'), South African English ('eish the gate code is ..., don't give it to the
okes'), Hijazi Arabic in Arabic script and in Arabizi ('kalimat el sir ..., la t3teeha a7ad'), Roman
dialect ('la password è ..., nun la da' a nessuno'), Sudanese Arabic ('الباسورد ... ما تديهو لي زول', 'el
password ..., ma tadeeho le zol') and Egyptian ('الباسورد ... متدهوش لحد'); usernames on Property24, Private
Property, Gumtree, Haraj, Aqar, Ejar, Immobiliare.it, Subito, Idealista, Aqarmap and Dubizzle and in the
pastes, shapes like 'x.flat12', 'x_blockc', 'tenant.x', 'x4rent', 'x_tbm133'; dates of birth in South
Africa's '1987/03/14' and '14/03/1987' and words ('14 March 1987', isiZulu '14 Mashi 1987'), Hijri dates
of a Saudi form ('1402/05/12' before 'هـ', the same in Eastern Arabic digits, '12 Rajab 1402'), Gregorian
ones in Arabic words, Italian '14/03/1958', '14 marzo 1958' and the short '14/3/58', Sudanese '14/3/1958',
the 1 January a Sudanese card gives those whose day nobody wrote down ('01/01/1960'), Eastern Arabic digits
and an Egyptian form's '1958/03/14', all drawn between fixed years from the set's own rng so the set builds
the same on any day; typos as tenants type in a group chat: a theme word's well-known misspelling
('receipt' -> 'reciept', 'maintenance' -> 'maintainance', 'committee' -> 'commitee', 'apartment' ->
'appartment', 'generator' -> 'genarator') or chat shorthand ('apartment' -> 'apt', 'building' -> 'bldg',
'please' -> 'pls', 'because' -> 'coz', 'electricity' -> 'lights' as South Africans say); negatives with the
same regions' places, titles and name forms explained, flat, block, lease, meter and receipt numbers alone,
dates that are no birthdays (a lease's start, an inspection's, a water cut's), businesses and a prize named
after families, documentation IPs, example IBANs, test cards, placeholder secrets and short everyday chat;
no public figure is named.

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import base64
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
    _fold_accents as _fold,
)

HELDOUT96_SEED = 9617248
# no faker name locale, as in held-out 16 to 95: all names below come from hand-written lists (empty on
# purpose; the shared test still checks it)
NAME_LOCALES_HELDOUT96: list[str] = []
# each origin: (men's given names, women's given names, family names); ';' separates names, as some hold a
# space
NAMES_HELDOUT96: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Zulu of Durban (Umlazi, KwaMashu, Berea) and Johannesburg (Hillbrow, Yeoville): isiZulu and English or
    # church given names; family names (isibongo), one also the people's name ('Zulu')
    "zulu": ("Sipho;Themba;Bongani;Sibusiso;Mandla;Thulani;Nkosinathi;Bheki;Mxolisi;Jabulani;Lucky;Innocent;Wiseman;Blessing;Godfrey".split(";"),
             "Nomvula;Thandeka;Zanele;Lindiwe;Nokuthula;Ntombifuthi;Gugu;Zodwa;Busisiwe;Nonhlanhla;Hlengiwe;Precious;Beauty;Patience;Gladys".split(";"),
             "Dlamini;Mkhize;Khumalo;Ngcobo;Cele;Buthelezi;Ndlovu;Mthembu;Zungu;Shezi;Gumede;Mhlongo;Msomi;Ntuli;Sithole;Zulu;Majola".split(";")),
    # Hijazis of Jeddah (al-Balad, al-Rawdah, al-Safa): old Jeddah families and nisbas that are also a place
    # or a people ('Bukhari', 'Turkistani', 'Kurdi', 'Sindi', 'Fatani'), tribal names with the article
    "hijaz": ("Faisal;Khalid;Abdullah;Abdulrahman;Hassan;Hussain;Omar;Mohammed;Saeed;Hattan;Loay;Ammar;Mazen;Talal;Hani;Anas".split(";"),
              "Nouf;Hanan;Rawan;Ghada;Reem;Sahar;Dalia;Manal;Areej;Maha;Abeer;Wejdan;Shahad;Lama".split(";"),
              "Jamjoom;Nassief;Ghazzawi;Bakhsh;Kaaki;Shata;Al-Ghamdi;Al-Zahrani;Al-Harbi;Turkistani;Bukhari;Fatani;Hawsawi;Bahareth;Sindi;Kurdi;Falatah".split(";")),
    # Romans of the borgate and the case popolari (Tor Bella Monaca, Corviale, Quarticciolo, San Basilio,
    # Garbatella): Roman family names, some also a word ('Pace' peace, 'Felici' happy, 'Trombetta' a trumpet)
    "roma": ("Maurizio;Fabrizio;Stefano;Roberto;Claudio;Massimo;Alessio;Daniele;Emanuele;Valerio;Simone;Franco;Cristian".split(";"),
             "Rita;Loredana;Patrizia;Sabrina;Tiziana;Marisa;Graziella;Giuliana;Fiorella;Romina;Debora".split(";"),
             "Proietti;Ceccarelli;Mattei;Pompili;Santarelli;Ciccotti;De Santis;Di Giacomo;Tomassini;Felici;Sabatini;Palombi;Cappelletti;Trombetta;Capponi;Pace;Mancini".split(";")),
    # Sudanese of Khartoum (Omdurman, Bahri) and, after 2023, of Cairo (Faisal, Ard al-Liwa, Nasr City): the
    # grandfather's name or the family's last, some also a word ('Kheir' good, 'Elsheikh' the sheikh)
    "sudan": ("Elfatih;Osman;Elsadig;Babiker;Abdelrahim;Hashim;Mustafa;Abdalla;Musa;Tarig;Mujtaba;Mohamed;Ahmed;Elnour;Hamza".split(";"),
              "Awadia;Nafisa;Ikhlas;Nawal;Suaad;Ilham;Tasabeeh;Thoiba;Hiba;Rayan;Najla;Amna;Buthaina;Safaa".split(";"),
              "Elamin;Elhassan;Eltayeb;Abdelgadir;Hamid;Gasim;Idris;Elsheikh;Kheir;Elkhidir;Adam;Babiker;Osman".split(";")),
}  # fmt: skip
# the Zulu church (English) given names; the others are isiZulu
ZULU_CHURCH_HELDOUT96 = {
    "Lucky",
    "Innocent",
    "Wiseman",
    "Blessing",
    "Godfrey",
    "Precious",
    "Beauty",
    "Patience",
    "Gladys",
}
# a Zulu family's clan praise name (isithakazelo), by which a neighbour greets a man of that family
ZULU_CLANS_HELDOUT96 = {
    "Dlamini": "Zizi", "Mkhize": "Khabazela", "Khumalo": "Mntungwa", "Ngcobo": "Nyuswa", "Cele": "Mafuze",
    "Buthelezi": "Shenge", "Ndlovu": "Gatsheni", "Mthembu": "Mbulazi", "Zungu": "Madlanduna",
}  # fmt: skip
# the other Latin spellings of a Hijazi given name, as a passport, a bank or a lease took it down
HIJAZ_SPELLINGS_HELDOUT96 = {
    "Mohammed": ["Mohamed", "Muhammad", "Mohammad"], "Faisal": ["Faysal", "Fisal"], "Hussain": ["Hussein", "Husain"],
    "Abdulrahman": ["Abdurrahman", "Abdelrahman"], "Omar": ["Umar"], "Saeed": ["Said"], "Khalid": ["Khaled"],
    "Abdullah": ["Abdallah"], "Loay": ["Luay"], "Nouf": ["Nuf"], "Areej": ["Arij"], "Abeer": ["Abir"], "Reem": ["Rim"],
}  # fmt: skip
# the Hijazi names in Arabic script
ARABIC_HIJAZ_HELDOUT96 = {
    "Faisal": "فيصل", "Khalid": "خالد", "Abdullah": "عبدالله", "Abdulrahman": "عبدالرحمن", "Hassan": "حسن",
    "Hussain": "حسين", "Omar": "عمر", "Mohammed": "محمد", "Saeed": "سعيد", "Hattan": "هتان", "Loay": "لؤي",
    "Ammar": "عمار", "Mazen": "مازن", "Talal": "طلال", "Hani": "هاني", "Anas": "أنس",
    "Nouf": "نوف", "Hanan": "حنان", "Rawan": "روان", "Ghada": "غادة", "Reem": "ريم", "Sahar": "سحر",
    "Dalia": "داليا", "Manal": "منال", "Areej": "أريج", "Maha": "مها", "Abeer": "عبير", "Wejdan": "وجدان",
    "Shahad": "شهد", "Lama": "لمى",
    "Jamjoom": "جمجوم", "Nassief": "نصيف", "Ghazzawi": "غزاوي", "Bakhsh": "بخش", "Kaaki": "كعكي", "Shata": "شطا",
    "Al-Ghamdi": "الغامدي", "Al-Zahrani": "الزهراني", "Al-Harbi": "الحربي", "Turkistani": "تركستاني",
    "Bukhari": "بخاري", "Fatani": "فطاني", "Hawsawi": "هوساوي", "Bahareth": "باحارث", "Sindi": "سندي",
    "Kurdi": "كردي", "Falatah": "فلاتة",
}  # fmt: skip
# the Sudanese names in Arabic script
ARABIC_SUDAN_HELDOUT96 = {
    "Elfatih": "الفاتح", "Osman": "عثمان", "Elsadig": "الصادق", "Babiker": "بابكر", "Abdelrahim": "عبدالرحيم",
    "Hashim": "هاشم", "Mustafa": "مصطفى", "Abdalla": "عبدالله", "Musa": "موسى", "Tarig": "طارق",
    "Mujtaba": "مجتبى", "Mohamed": "محمد", "Ahmed": "أحمد", "Elnour": "النور", "Hamza": "حمزة",
    "Awadia": "عوضية", "Nafisa": "نفيسة", "Ikhlas": "إخلاص", "Nawal": "نوال", "Suaad": "سعاد", "Ilham": "إلهام",
    "Tasabeeh": "تسابيح", "Thoiba": "ثويبة", "Hiba": "هبة", "Rayan": "ريان", "Najla": "نجلاء", "Amna": "آمنة",
    "Buthaina": "بثينة", "Safaa": "صفاء",
    "Elamin": "الأمين", "Elhassan": "الحسن", "Eltayeb": "الطيب", "Abdelgadir": "عبدالقادر", "Hamid": "حامد",
    "Gasim": "قاسم", "Idris": "إدريس", "Elsheikh": "الشيخ", "Kheir": "خير", "Elkhidir": "الخضر", "Adam": "آدم",
}  # fmt: skip
# Sudanese nicknames a family and the neighbours use
SUDAN_NICKNAMES_HELDOUT96 = {
    "Mohamed": "Hamooda",
    "Ahmed": "Hamada",
    "Abdelrahim": "Abdo",
    "Amna": "Amoona",
    "Hashim": "Hashoom",
}
# the Roman vocative, the name cut after its stressed vowel ('ahò Maurì')
ROMAN_SHORT_HELDOUT96 = {
    "Maurizio": "Maurì", "Fabrizio": "Fabbrì", "Stefano": "Stè", "Roberto": "Robbè", "Claudio": "Clà",
    "Massimo": "Massì", "Alessio": "Alè", "Daniele": "Danié", "Emanuele": "Emanuè", "Valerio": "Valè",
    "Simone": "Simò", "Loredana": "Lorè", "Patrizia": "Patrì", "Sabrina": "Sabbrì", "Tiziana": "Tizià",
    "Graziella": "Grazié", "Giuliana": "Giulià", "Romina": "Romì", "Fiorella": "Fiorè",
}  # fmt: skip
# Roman nicknames after the article 'er' (each also a word: dry, mouse, buffalo, panther, blond...)
ROMAN_NICKNAMES_HELDOUT96 = [
    "Secco",
    "Sorcio",
    "Bufalo",
    "Pantera",
    "Biondo",
    "Pelato",
    "Moretto",
    "Zanzara",
    "Tigre",
]
# a title next to the name (outside the span): the origin, whether a woman (None: either), the part of the
# name it goes with ('full', 'given', 'family' or 'nick') and whether it stands after the name
TITLED_HELDOUT96: dict[str, tuple[str, bool | None, str, bool]] = {
    "mam": ("zulu", True, "given", False),  # 'mother', to an older woman, often written Mam'
    "sisi": ("zulu", True, "given", False),  # 'sister'
    "bhuti": ("zulu", False, "given", False),  # 'brother'
    "baba": ("zulu", False, "family", False),  # 'father', to an older man by his family name
    "gogo": ("zulu", True, "family", False),  # 'grandmother'
    "mkhulu": ("zulu", False, "family", False),  # 'grandfather'
    "umm": ("hijaz", False, "given", False),  # 'mother of', before the eldest son's name
    "abu": ("hijaz", False, "given", False),  # 'father of', before the eldest son's name
    "khalti": ("hijaz", True, "given", False),  # 'my aunt'
    "sora": ("roma", True, "given", False),  # Roman 'signora'
    "sor": ("roma", False, "given", False),  # Roman 'signore'
    "er": ("roma", None, "nick", False),  # the Roman article before a nickname
    "haj": ("sudan", False, "given", False),  # one who made the pilgrimage, to an older man
    "hajja": ("sudan", True, "given", False),
    "ustaz": ("sudan", False, "given", False),  # 'teacher', 'mister'
    "khalto": ("sudan", True, "given", False),  # 'aunt'
}
TITLE_SLOT_HELDOUT96 = re.compile(
    r"(?<![\w'.-])(Mam'?|Sisi|Bhuti|Baba|Gogo|Mkhulu|Umm|Abu|Khalti|Sora|Sor|Er|Haj|Hajja|Ustaz|Khalto) \{\}",
    re.IGNORECASE,
)
# IBANs: Saudi Arabia, Italy and Egypt; Britain (a Zulu cousin in Leeds), the Emirates and Qatar (a Sudanese
# brother in the Gulf)
IBAN_SHAPES_HELDOUT96 = {
    "SA": "2n18n",
    "IT": "1a10n12c",
    "EG": "25n",
    "GB": "4a14n",
    "AE": "19n",
    "QA": "4a21c",
}
SUBJECTS_HELDOUT96 = {
    "zulu": ["umlazi", "kwamashu", "berea", "hillbrow", "yeoville"],
    "hijaz": ["jeddah", "balad", "rawdah", "safa", "jed"],
    "roma": ["tbm", "corviale", "garbatella", "quarticciolo", "sanbasilio"],
    "sudan": ["omdurman", "bahri", "khartoum", "ardellewa", "faisal"],
}
EMAIL_DOMAINS_HELDOUT96 = {
    "zulu": ["webmail.co.za", "mweb.co.za", "telkomsa.net", "vodamail.co.za"],
    "hijaz": ["hotmail.com", "outlook.sa", "kau.edu.sa"],
    "roma": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "sudan": ["hotmail.com", "yahoo.com", "uofk.edu"],
}
# the templates that belong to one origin's places, habits, papers or script (first match wins)
ORIGIN_CUES_HELDOUT96: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)umlazi|kwamashu|berea|hillbrow|yeoville|durban|joburg|eish|loadshedding|ngiyabonga|igama|"
                r"initials and surname|lessee|surety|okes|\bsection\b|isiZulu|zulu|body corporate|umqombothi"), "zulu"),
    (re.compile(r"(?i)jeddah|balad|rawdah|safa\b|ejar|haraj|absher|haris|kabsa|makkah|tanker|الرباعي|جدة|four-part|national address|iqama"), "hijaz"),
    (re.compile(r"(?i)\broma\b|rome|tor bella|corviale|quarticciolo|san basilio|garbatella|ater\b|ahò|condominio|"
                r"inquilino|conduttore|locatore|cognome|amministratore|portiere|citofono|ricevo|caffè|nonna"), "roma"),
    (re.compile(r"(?i)khartoum|omdurman|bahri|cairo|ard al-liwa|ard el lewa|nasr city|giza|bawwab|simsar|unhcr|"
                r"sudan|زول|الخرطوم|أمدرمان|بحري|الجيزة|القاهرة|الطرف الثاني|السمسار|البواب|موية"), "sudan"),
]  # fmt: skip
GENDER_CUES_HELDOUT96: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bnata\b|\bwife\b|pregnant|her husband|landlady|الحاجة|تركت|دفعت|زوجها"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|\bnato\b|landlord's son|ترك|جاب"), False),
]  # fmt: skip
MISSPELT_HELDOUT96 = {
    "receipt": "reciept", "maintenance": "maintainance", "committee": "commitee", "apartment": "appartment",
    "generator": "genarator", "deposit": "deposite", "electricity": "electricty", "neighbour": "nieghbour",
    "separate": "seperate", "tomorrow": "tommorow", "guarantee": "garantee", "inspection": "inspecton",
    "definitely": "definately", "plumber": "plumer", "caretaker": "care taker", "cancelled": "canceled",
}  # fmt: skip
MISSPELT_WORD_HELDOUT96 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT96, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
SHORTHAND_HELDOUT96 = {
    "apartment": "apt", "building": "bldg", "please": "pls", "because": "coz", "electricity": "lights",
    "tomorrow": "tmrw", "message": "msg", "management": "mgmt", "people": "ppl", "before": "b4",
    "tonight": "2nite", "thanks": "thx", "you": "u", "maintenance": "maint",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT96 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT96, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT96 = (
    "January February March April May June July August September October November December".split()
)
ZU_MONTHS_HELDOUT96 = (
    "Januwari Febhuwari Mashi Ephreli Meyi Juni Julayi Agasti Septemba Okthoba Novemba Disemba".split()
)
IT_MONTHS_HELDOUT96 = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
)
AR_MONTHS_HELDOUT96 = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
HIJRI_MONTHS_HELDOUT96 = [
    "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
    "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah",
]  # fmt: skip
EASTERN_DIGITS_HELDOUT96 = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Al-Ghamdi' -> 'alghamdi',
    'De Santis' -> 'desantis')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _al_forms(last: str) -> list[str]:
    """The ways a Hijazi family name with the article is written: 'Al-Ghamdi', 'Alghamdi', 'Al Ghamdi',
    'AlGhamdi'; a name without it stays as it is."""
    if not last.startswith("Al-"):
        return [last]
    rest = last[3:]
    return [last, f"Al{rest.lower()}", f"Al {rest}", f"Al{rest}"]


def _el_forms(name: str) -> list[str]:
    """The ways a Sudanese name with the article is written: 'Elfatih', 'El Fatih', 'El-Fatih', 'Al-Fatih';
    a name without it stays as it is."""
    if not name.startswith("El") or name[2:3].isupper() or len(name) < 5:
        return [name]
    rest = name[2:].capitalize()
    return [name, f"El {rest}", f"El-{rest}", f"Al-{rest}"]


def _hijaz_spellings(name: str) -> list[str]:
    """A Hijazi given name and its other Latin spellings ('Faisal' -> ['Faisal', 'Faysal', 'Fisal'])."""
    return [name, *HIJAZ_SPELLINGS_HELDOUT96.get(name, [])]


def _arabic(*words: str) -> str:
    """Names in Arabic script, from the Hijazi or the Sudanese table ('Faisal', 'bin', 'Abdullah' -> 'فيصل بن
    عبدالله')."""
    table = {**ARABIC_SUDAN_HELDOUT96, **ARABIC_HIJAZ_HELDOUT96, "bin": "بن", "bint": "بنت"}
    return " ".join(table[w] for w in words)


def _initials(*given: str) -> str:
    """The initials of a lease's 'Initials and surname' ('Thulani', 'Zanele' -> 'T.Z.')."""
    return "".join(f"{g[0]}." for g in given)


class Gen96(Gen3):
    """Generators for held-out set 96: origins, name forms, formats and contexts none of the other sets use.
    In a mixed sentence the values after the name come from the name's region (`_context`)."""

    _context: str | None = None  # the region of the name in the mixed sentence being built
    _last_origin: str | None = None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT96."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT96))
        men, women, lasts = NAMES_HELDOUT96[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        self._last_origin = origin
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _father(self, origin: str, *avoid: str) -> str:
        return self.rng.choice([x for x in NAMES_HELDOUT96[origin][0] if x not in avoid])

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'arabic' where the template is written in
        Arabic script, `chat` where it is typed to the bot or a friend."""
        rng = self.rng
        r = rng.random()
        if origin == "zulu":
            church, isizulu = (
                ZULU_CHURCH_HELDOUT96,
                [x for x in NAMES_HELDOUT96["zulu"][1 if woman else 0] if x not in ZULU_CHURCH_HELDOUT96],
            )
            if woman and r < 0.3:  # a married woman by her own family's name: 'MaNdlovu'
                return f"Ma{last}"
            if first in church and r < 0.8:  # the church name, the isiZulu name, the family's
                return f"{first} {rng.choice(isizulu)} {last}"
            return f"{first} {last}"
        if origin == "hijaz":
            father = self._father("hijaz", first)
            if script == "arabic":
                if r < 0.5:
                    return _arabic(first, "bint" if woman else "bin", father, last)
                return _arabic(first, last)
            given = rng.choice(_hijaz_spellings(first))
            family = rng.choice(_al_forms(last))
            if r < 0.35:  # the nasab: 'Nouf bint Hassan Bakhsh'
                return f"{given} {'bint' if woman else 'bin'} {rng.choice(_hijaz_spellings(father))} {family}"
            return f"{given} {family}"
        if origin == "roma":
            return f"{first} {last}"
        # Sudanese: the given name, the father's and the grandfather's (or the family's)
        father = self._father("sudan", first, last)
        if script == "arabic":
            return _arabic(first, father, last) if r < 0.7 else _arabic(first, father)
        words = [first, father, last] if r < 0.6 else [first, father]
        return " ".join(rng.choice(_el_forms(w)) if rng.random() < 0.4 else w for w in words)

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if r < (0.7 if chat else 0.85) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.9:
            name = first
            if origin == "hijaz":
                name = rng.choice(_hijaz_spellings(first))
            elif origin == "sudan" and first in SUDAN_NICKNAMES_HELDOUT96 and rng.random() < 0.6:
                name = SUDAN_NICKNAMES_HELDOUT96[first]  # 'Hamooda'
            elif origin == "zulu" and not woman and last in ZULU_CLANS_HELDOUT96 and rng.random() < 0.4:
                name = ZULU_CLANS_HELDOUT96[last]  # the clan name a man is greeted by: 'Khabazela'
        else:
            name = rng.choice(_al_forms(last)) if origin == "hijaz" else last
        c = rng.random()
        if c < 0.05:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Mam' Zodwa', 'Baba Ngcobo', 'Umm Faisal', 'sora Rita', 'er
        Secco', 'Hajja Awadia'), from the origin that uses it."""
        origin, woman, part, _ = TITLED_HELDOUT96[title.lower().rstrip("'")]
        if part == "nick":
            return self.rng.choice(ROMAN_NICKNAMES_HELDOUT96)
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            return first
        if part == "family":
            return last
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """`_person_for`; in a mixed sentence the name's region is kept for the values after it."""
        name = self._person_for(template)
        self._context = self._last_origin if template in MIXED_TEMPLATES_HELDOUT96 else None
        return name

    def _person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one in the
        form the template asks for, or one of the origin whose places, habits or papers the template names,
        in the script it is written in."""
        m = TITLE_SLOT_HELDOUT96.search(template)
        if m:
            return self.titled_person(m.group(1))
        rng = self.rng
        if template.startswith("Initials and surname:"):  # 'T.Z. Ngcobo'
            _, first, last, woman = self._origin_name("zulu")
            second = rng.choice(NAMES_HELDOUT96["zulu"][1 if woman else 0])
            return f"{_initials(first, second) if rng.random() < 0.6 else _initials(first)} {last}"
        if template.startswith("Cognome e nome:"):  # the family name first: 'Proietti Maurizio'
            _, first, last, _ = self._origin_name("roma")
            return f"{last} {first}".upper() if rng.random() < 0.4 else f"{last} {first}"
        if "الرباعي" in template:  # the four-part name of a Saudi lease
            _, first, last, _ = self._origin_name("hijaz")
            father = self._father("hijaz", first)
            return _arabic(first, father, self._father("hijaz", first, father), last)
        if template.startswith("Full name (four parts):"):
            _, first, last, _ = self._origin_name("hijaz")
            father = self._father("hijaz", first)
            return f"{first} {father} {self._father('hijaz', first, father)} {rng.choice(_al_forms(last))}"
        if template.startswith("ahò {}"):  # the Roman vocative: 'ahò Maurì'
            self._last_origin = "roma"
            return rng.choice(sorted(ROMAN_SHORT_HELDOUT96.values()))
        if template.startswith("ngiyabonga {}"):  # thanking a man by his clan name: 'ngiyabonga Khabazela'
            self._last_origin = "zulu"
            return rng.choice(sorted(ZULU_CLANS_HELDOUT96.values()))
        if "married" in template and rng.random() < 0.8:  # a married woman by her own family's name
            return f"Ma{self._origin_name('zulu', True)[2]}"
        script = "arabic" if re.search(r"[\u0600-\u06ff]", template) else ""
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT96 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT96 if cue.search(template)), None)
        if script and origin not in ("hijaz", "sudan"):
            origin = rng.choice(["hijaz", "sudan"])
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 140)
        flat = f"{rng.randint(1, 24)}{rng.randint(1, 12):02d}"
        sa_street = pick(
            ["Essenwood Road", "Musgrave Road", "Cowey Road", "Clarence Road", "Stamford Hill Road"]
        )
        shapes = [
            ("zulu", f"Flat {flat}, {pick(['Essenwood Court', 'Berea Heights', 'Musgrave Towers', 'Greyling Mansions'])}, {n} {sa_street}, Berea, Durban, 4001"),
            ("zulu", f"{pick('ABCDGHJKMNPQUVW')} {rng.randint(100, 2999)}, Umlazi, {pick(['4031', '4066'])}"),
            ("zulu", f"{pick('ABCDEFGHKLM')} {rng.randint(100, 1999)} KwaMashu, 4359"),
            ("zulu", f"Unit {flat}, Block {pick('ABCDE')}, {n} {pick(['Kotze Street', 'Claim Street', 'Pretoria Street', 'Olivia Road'])}, Hillbrow, Johannesburg, 2001"),
            ("zulu", f"{n} {pick(['Rockey Street', 'Raleigh Street', 'Hunter Street', 'Cavendish Road'])}, Yeoville, Johannesburg, 2198"),
            ("zulu", f"FLAT {flat} {pick(['PROTEA COURT', 'MARISTON HEIGHTS'])}, {n} KOTZE ST, HILLBROW 2001"),
            ("hijaz", f"Building No. {rng.randint(2000, 9999)}, {pick(['Al Madinah Al Munawwarah Rd', 'Prince Sultan St', 'Palestine St', 'Hail St'])}, {pick(['Al Rawdah', 'Al Safa', 'Al Balad', 'Al Baghdadiyah'])} District, Jeddah {pick(['23435', '23456', '22234', '22235'])}, Additional No. {rng.randint(2000, 9999)}"),
            ("hijaz", f"{rng.randint(2000, 9999)} شارع {pick(['فلسطين', 'حائل', 'الأمير سلطان'])}، حي {pick(['الروضة', 'الصفا', 'البلد'])}، جدة {pick(['23435', '23456', '22234'])}"),
            ("hijaz", f"J{''.join(pick(string.ascii_uppercase) for _ in range(3))}{rng.randint(2000, 9999)}"),
            ("roma", f"Via dell'Archeologia {n}, scala {pick('ABCDEFG')}, interno {rng.randint(1, 30)}, 00133 Roma"),
            ("roma", f"Largo Ferruccio Mengaroni {rng.randint(1, 40)}, sc. {pick('ABCD')}, piano {rng.randint(1, 8)}, int. {rng.randint(1, 32)}, 00133 Roma"),
            ("roma", f"Via Poggio Verde {rng.randint(1, 500)}, lotto {rng.randint(1, 5)}, scala {pick('ABCDEFGHIL')}, int. {rng.randint(1, 60)}, 00148 Roma"),
            ("roma", f"Via {pick(['Ugento', 'Manduria', 'Castellaneta', 'Ostuni'])} {n}, sc. {pick('ABC')}, int. {rng.randint(1, 20)}, 00171 Roma (RM)"),
            ("roma", f"Via {pick(['Fiuminata', 'Recanati', 'Montecarotto', 'Corinaldo'])} {n}, 00156 Roma"),
            ("roma", f"Via {pick(['Giovanni Ansaldo', 'Passino', 'delle Sette Chiese', 'Luigi Orlando'])} {n}, lotto {rng.randint(1, 50)}, scala {pick('ABCDE')}, 00154 Roma"),
            ("sudan", f"Omdurman, Al-Thawra, Block {rng.randint(1, 60)}, House {rng.randint(1, 900)}"),
            ("sudan", f"Bahri, {pick(['Shambat', 'Al-Mazad', 'Kafouri', 'Al-Droshab'])}, Block {rng.randint(1, 20)}, House {rng.randint(1, 600)}"),
            ("sudan", f"Khartoum 2, Street {rng.randint(1, 60)}, House {rng.randint(1, 120)}"),
            ("sudan", f"أمدرمان، الثورة الحارة {rng.randint(1, 60)}، منزل رقم {rng.randint(1, 900)}"),
            ("sudan", f"Building {rng.randint(1, 90)}, Ard El Lewa, Giza, Flat {rng.randint(1, 20)}, {pick(['2nd', '3rd', '4th', '5th'])} floor"),
            ("sudan", f"{rng.randint(1, 120)} {pick(['Al-Tawabiq St', 'Al-Mashaya St', 'Al-Maryoteya St'])}, Faisal, Giza, apt {rng.randint(1, 24)}"),
            ("sudan", f"{rng.randint(1, 90)} {pick(['Makram Ebeid St', 'Mostafa El Nahas St', 'Youssef Abbas St'])}, Nasr City, Cairo, flat {rng.randint(1, 30)}"),
            ("sudan", f"شقة {rng.randint(1, 20)}، الدور {pick(['الثاني', 'الثالث', 'الرابع'])}، عمارة {rng.randint(1, 90)}، أرض اللواء، الجيزة"),
        ]  # fmt: skip
        region = self._context
        return pick([shape for origin, shape in shapes if origin == region] or [shape for _, shape in shapes])

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name(self._context)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT96[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}_{subject}", f"{first}{rng.randint(1960, 2006)}",
                           f"{first}.{subject}", f"{last}.{first[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT96[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        za = rng.choice(["60", "61", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"])
        ksa = rng.choice(["50", "53", "54", "55", "56", "58", "59"])
        it = rng.choice(["320", "328", "333", "338", "339", "340", "347", "349", "366", "389", "392"])
        sd = rng.choice(["91", "92", "96", "99", "12", "11"])
        eg = rng.choice(["10", "11", "12", "15"])
        shapes = [
            ("zulu", f"031 {d(3)} {d(4)}"),  # Durban
            ("zulu", f"011 {d(3)} {d(4)}"),  # Johannesburg
            ("zulu", f"0{za} {d(3)} {d(4)}"),  # South African mobiles
            ("zulu", f"0{za}{d(7)}"),
            ("zulu", f"+27 {za} {d(3)} {d(4)}"),
            ("zulu", f"+27 31 {d(3)} {d(4)}"),
            ("hijaz", f"012 {d(3)} {d(4)}"),  # Jeddah
            ("hijaz", f"+966 12 {d(3)} {d(4)}"),
            ("hijaz", f"0{ksa} {d(3)} {d(4)}"),  # Saudi mobiles
            ("hijaz", f"0{ksa}{d(7)}"),
            ("hijaz", f"+966 {ksa} {d(3)} {d(4)}"),
            ("roma", f"06 {d(4)} {d(4)}"),  # Rome
            ("roma", f"06 {d(7)}"),
            ("roma", f"{it} {d(3)} {d(4)}"),  # Italian mobiles
            ("roma", f"+39 {it} {d(7)}"),
            ("sudan", f"+249 {sd}{d(1)} {d(3)} {d(3)}"),  # Sudanese mobiles
            ("sudan", f"0{sd}{d(1)} {d(3)} {d(3)}"),
            ("sudan", f"0{sd}{d(7)}"),
            ("sudan", f"02 {d(4)} {d(4)}"),  # Cairo and Giza
            ("sudan", f"0{eg} {d(4)} {d(4)}"),  # Egyptian mobiles
            ("sudan", f"0{eg}{d(8)}"),
            ("sudan", f"+20 {eg} {d(4)} {d(4)}"),
        ]
        region = self._context
        return rng.choice(
            [shape for origin, shape in shapes if origin == region] or [shape for _, shape in shapes]
        )

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            [
                "4",
                "4",
                f"5{rng.randint(1, 5)}",
                f"2{rng.randint(221, 720)}",
                "588845",
                "440647",
                "507803",
                "37",
            ]
        )
        if prefix == "37":  # Amex, 4-6-5
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
        countries = {"zulu": ["GB"], "hijaz": ["SA"], "roma": ["IT"], "sudan": ["EG", "AE", "QA"]}
        country = rng.choice(countries.get(self._context or "", sorted(IBAN_SHAPES_HELDOUT96)))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT96[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2c0f:f8f0:{h()}:{h()}::{h()}", f"2a0a:a540:{h()}:{h()}::{h()}",
                           f"2001:b07:{h()}:{h()}::{h()}", f"2c0f:fc89:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the building's intercom, CCTV DVR, smart meter, lift controller,
        router, water-tank sensor, the generator's controller, the gate motor and the pastes; v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        either = rng.choice([v4, v6])
        options = [
            ("the intercom panel at the gate is on {}, it stopped ringing upstairs", v4),
            ("the cctv dvr in the caretaker's room has {}, can we see the footage on the phone?", v4),
            ("the smart meter for flat 12 reports from {}", either),
            ("the lift controller shows {} on its little screen, the technician asked for it", v4),
            ("the router in the stairwell gave me {} but nothing loads", v4),
            ("the water tank sensor on the roof answers on {}", either),
            ("the generator's controller is on {}, it sends an sms when the diesel is low", v4),
            ("the gate motor's wifi module got {} after the power came back", v4),
            ("the building's fhem box runs on {}", either),
            ("domoticz for the tank and the pump is at {}", either),
            ("eish the intercom camera dropped off again, it was on {}", v4),
            ("the prepaid meter's wifi bridge in block C is {}", v4),
            ("define intercomPing PRESENCE lan-ping {}", v4),
            ("define tankLevel HTTPMOD http://{}/status 60", v4),
            ("2026-11-03 22:14:07.512 Error: HTTP: connection to {} refused (water tank)", v4),
            ("https://{}:10443/endpoint/@scrypted/core/public/", v4),
            ("    proxy_pass http://{}:8080;", v4),
            ("allow {};", v6),
            ("$ traceroute -6 {}", v6),
            ("IP Camera 04 (stairwell): {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Umlazi', 'KwaMashu', 'Hillbrow', 'Yeoville', 'Berea'])}{rng.choice(['4031', '#031', '!2001', '@011'])}",
                f"{rng.choice(['Jeddah', 'Balad', 'Rawdah', 'Safa', 'Corniche'])}{rng.choice(['#012', '23435', '!966', '_1445'])}",
                f"{rng.choice(['Corviale', 'TorBella', 'Garbatella', 'SanBasilio', 'Quarticciolo'])}{rng.choice(['00148', '#06', '!133', '_Roma'])}",
                f"{rng.choice(['Omdurman', 'Bahri', 'Khartoum', 'ArdLiwa', 'NasrCity'])}{rng.choice(['249!', '#09', '@Giza', '_2023'])}",
                rng.choice(["landlord", "caretaker", "generator", "deposit", "intercom", "tenants"]).translate(leet) + rng.choice(["", "!", "_96"]),
                f"Flat{rng.randint(1, 40)}-Block{rng.choice('ABCDE')}",
                f"{rng.choice(['lift', 'tank', 'meter', 'gate'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)
        quote_safe = re.sub(r"['\"\\;]", "", pw)
        alnum = string.ascii_letters + string.digits
        options = [
            # passwords handed over the ways a block does
            ("the wifi password is written on the back of the rent receipt, {}", pw),
            ("the intercom code is {}, press the bell after", d(4)),
            ("the caretaker stuck the wifi password inside the meter box, {}", pw),
            ("the gate code changed again after the break-in, it's {}", d(6)),
            ("the committee group says the new wifi password is {}", pw),
            ("the landlord wrote the alarm code on the last page of the lease, {}", d(5)),
            ("the new tenant's wifi password is on the fridge, {}", pw),
            ("the generator room padlock is {}, don't tell the guys from block B", d(4)),
            ("the tank sensor app wants a password, I put {}", pw),
            ("the key box by the door opens with {}", d(4)),
            ("ok the domoticz password is {}, the pump readings are in there", pw),
            ("sent you the wifi through yopass, the decryption key is {}", tok(22, alnum)),
            ("the gokapi password for the lease pdf is {}", pw),
            # cues in the set's languages
            ("iphasiwedi ithi {}, ungayiniki muntu", pw),
            ("iphasiwedi ye-wifi ithi {}, ungayinikezi omakhelwane", pw),
            ("eish the gate code is {}, don't give it to the okes", d(5)),
            ("كلمة السر {} لا تعطيها أحد", pw),
            ("kalimat el sir {}, la t3teeha a7ad", pw),
            ("la password è {}, nun la da' a nessuno", pw),
            ("er codice der citofono è {}, nun lo di' a nessuno", d(4)),
            ("الباسورد {} ما تديهو لي زول", pw),
            ("el password {}, ma tadeeho le zol", pw),
            ("الباسورد {} متدهوش لحد", pw),
            # commands
            ("$ curl 'http://localhost:8080/json.htm?type=command&param=getdevices&username=YWRtaW4=&password={}'",
             base64.b64encode(colonless.encode()).decode()),
            ("$ docker run -e GOKAPI_PASSWORD={} f0rc3/gokapi", colonless),
            # pastes
            ("attr allowed_telnetPort password {}", quote_safe),
            ("attr WEB.tenants basicAuth {}", base64.b64encode(f"committee:{colonless}".encode()).decode()),
            ("SCRYPTED_ADMIN_TOKEN={}", tok(40, alnum)),
            ("SCRYPTED_WEBHOOK_UPDATE_AUTHORIZATION=Bearer {}", tok(32, alnum)),
            ("GOKAPI_PASSWORD={}", pw),
            ("Wi-Fi password (flat 12): {}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.flat12', 'x_blockc', 'tenant.x', 'x4rent',
        'x_tbm133', 'caretaker.x')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "zulu": [f"{first}_{rng.choice(['umlazi', 'kwamashu', 'hillbrow'])}{rng.randint(1, 99)}"],
            "hijaz": [f"{first}.jed{rng.randint(1, 99)}", f"{last}_{rng.choice(['rawdah', 'safa'])}"],
            "roma": [
                f"{first}_tbm{rng.randint(100, 199)}",
                f"{last}.{rng.choice(['corviale', 'garbatella'])}",
            ],
            "sudan": [f"{first}.{rng.choice(['omdurman', 'bahri', 'ardellewa'])}"],
        }[origin]
        return rng.choice([f"{first}.flat{rng.randint(1, 40)}", f"{last}_block{rng.choice('abcde')}",
                           f"tenant.{first}", f"{first}4rent", f"caretaker.{last}", *own])  # fmt: skip

    def _birth(self, oldest: int = 1930, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _hijri(self) -> tuple[int, int, int]:
        """A Hijri date of birth (1350-1427 AH, about 1931-2006) from the set's own rng."""
        rng = self.rng
        return rng.randint(1350, 1427), rng.randint(1, 12), rng.randint(1, 29)

    def _dob_shapes(self, oldest: int = 1930, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        hy, hm, hd = self._hijri()
        return {
            "ymd": f"{y}/{m:02d}/{day:02d}",  # South Africa's and Egypt's forms
            "dmy": f"{day:02d}/{m:02d}/{y}",
            "d-m-y": f"{day:02d}-{m:02d}-{y}",
            "en": f"{day} {EN_MONTHS_HELDOUT96[m - 1]} {y}",
            "zu": f"{day} {ZU_MONTHS_HELDOUT96[m - 1]} {y}",
            "it": f"{day} {IT_MONTHS_HELDOUT96[m - 1]} {y}",
            "it_short": f"{day}/{m}/{y % 100:02d}",
            "sd": f"{day}/{m}/{y}",
            "jan": f"01/01/{y}",  # a Sudanese card's 1 January where nobody wrote the day down
            "ar": f"{day} {AR_MONTHS_HELDOUT96[m - 1]} {y}",
            "are": f"{day}/{m}/{y}".translate(EASTERN_DIGITS_HELDOUT96),
            "hijri": f"{hy}/{hm:02d}/{hd:02d}",
            "hijri_e": f"{hy}/{hm:02d}/{hd:02d}".translate(EASTERN_DIGITS_HELDOUT96),
            "hijri_w": f"{hd} {HIJRI_MONTHS_HELDOUT96[hm - 1]} {hy}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of this set's regions takes."""
        shapes = self._dob_shapes()
        keys = {
            "zulu": ["ymd", "dmy"],
            "hijaz": ["hijri", "dmy"],
            "roma": ["dmy", "d-m-y"],
            "sudan": ["sd", "jan"],
        }
        return shapes[
            self.rng.choice(keys.get(self._context or "", ["ymd", "dmy", "d-m-y", "sd", "hijri", "iso"]))
        ]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth); `chat` as in `ip_sample`."""
        s, old, baby = self._dob_shapes(), self._dob_shapes(1928, 1962), self._dob_shapes(2025, 2026)
        options = [
            ("the agent wants gogo's date of birth for the lease, {}", old["ymd"]),
            ("umama wazalwa mhla ka-{}, kubhalwe kanjalo ku-ID", old["zu"]),
            ("the surety form needs my uncle's birth date, {}", s["en"]),
            ("ejar wants my dad's birth date in hijri, it's {} on his id", old["hijri"]),
            ("my mom was born {}, the gregorian one is only on the passport", old["hijri_w"]),
            ("تاريخ ميلاد الوالدة {} هـ حسب الهوية", old["hijri_e"]),
            ("la sora è nata il {}, come sta sul contratto dell'ATER", old["it"]),
            ("mi' padre è nato il {}, l'amministratore lo vuole per il citofono nuovo", old["it_short"]),
            ("on the UNHCR card his date of birth is {}, they put 1 January for everyone", old["jan"]),
            ("السمسار عايز تاريخ ميلادها {} عشان العقد", old["ar"]),
            ("the simsar in Faisal wants her date of birth for the contract, {}", s["sd"]),
            ("the baby was born on {}, the lift was broken and we carried her down 9 floors", baby["en"]),
            ("Date of birth: {}", s["ymd"]),
            ("Tenant's date of birth: {}", s["dmy"]),
            ("Usuku lokuzalwa: {}", s["dmy"]),
            ("تاريخ الميلاد: {}", old["are"]),
            ("Date of birth (Hijri): {}", s["hijri"]),
            ("Data di nascita: {}", s["d-m-y"]),
            ("Nato il: {}", old["dmy"]),
            ('    "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT96_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is moving out of flat 12 at the end of the month",
        "can you ask {} if the water is back on the 4th floor",
        "{} has the key for the roof, the tank is leaking again",
        "{} got the rent receipt but the landlord wrote the wrong month",
        "{} still hasn't got his deposit back, it's been 3 months",
        "{} is on the residents' committee now",
        "the parcel is with {} next door, knock loud the bell is broken",
        "{} complained about the noise from upstairs again",
        "{} and {} will do the move-out inspection with the agent tomorrow",
        "{} paid for the diesel for the generator, we owe her 200 each",
        "{} says the lift is broken since monday, the technician didn't come",
        "{} is the new caretaker, he starts on the 1st",
        "{} left the gate open again",
        "{} added me to the building group",
        "{} wants to sublet the room, is that even allowed in the lease",
        "{} found a leak in the parking, call the plumber please",
        "I signed the lease with {} yesterday, the deposit is two months",
        "{} is collecting money for the new intercom",
        "the landlord only talks to {}, he doesn't answer the group",
        "{} is taking photos of the flat before the inspection",
        "{} has the spare keys while we're away",
        "tell {} the water will be cut from 9 to 3",
        "{} keeps parking in my bay",
        "{} is the one who called the council about the rubbish",
        "{} moved into 7B with her husband last week",
        "{} lost the remote for the gate",
        "{} will chair the meeting of the committee on sunday",
        "{} paid the rent late again, the landlord is angry",
        "Mam' {} from the 3rd floor has the parcel",
        "Mam {} says the lift is stuck between floors again",
        "Sisi {} is selling amagwinya downstairs on saturday",
        "Bhuti {} fixed the gate motor for free",
        "Baba {} is the chairperson of the body corporate",
        "Gogo {} can't take the stairs, the lift must be fixed",
        "Mkhulu {} has lived in this block since 1985",
        "ngiyabonga {}, the geyser is working again",
        "ngiyabonga {}, the gate is fixed",
        "{} is married to the chairperson of the body corporate, ask her",
        "{} married into the family in 7C, she brings the umqombothi on sundays",
        "{} in Umlazi J section is renting out the back room",
        "{} from KwaMashu is looking for a flat in Berea",
        "{} says loadshedding is from 6 tonight, charge your phones",
        "{} moved from Hillbrow to Yeoville, the rent was too much",
        "eish {} locked himself out again",
        "{} wants the committee to buy a new padlock for the roof",
        "Umm {} from the 2nd floor sent kabsa to the caretaker",
        "Abu {} is the one who owns the whole building in al-Rawdah",
        "khalti {} is looking after the keys while we're in Makkah",
        "{} renewed the lease on Ejar yesterday",
        "{} says the water tanker comes to al-Safa on thursday",
        "{} paid the haris for the parking",
        "the landlord's son {} came to check the AC units",
        "{} is renting the flat in al-Balad from her uncle",
        "sora {} from scala B has the keys of the cantina",
        "sor {} says the lift of the ATER doesn't work since august",
        "er {} has parked in front of the portone again",
        "ahò {}, have you seen the letter from the amministratore?",
        "ahò {}, the lift is broken again, take the stairs",
        "er {} from the 3rd floor fixed the citofono",
        "{} from the 4th floor of Corviale is organising the meeting",
        "{} in Tor Bella Monaca is looking for a room for her son",
        "{} at Garbatella asked for the caldaia to be fixed",
        "{} is the portiere at San Basilio, leave the parcel with him",
        "{} wrote in the condominio group that the water is off",
        "{} pays the rent in cash to the landlord every month",
        "Haj {} is the owner of the building in Ard al-Liwa",
        "Hajja {} sent us kisra and mullah when we moved in",
        "Ustaz {} from Omdurman is staying with us until he finds a flat",
        "Khalto {} came from Bahri last month, she's on the 5th floor",
        "{} found us the flat in Faisal through the simsar",
        "{} says the bawwab wants 300 pounds a month for the rubbish",
        "{} arrived in Cairo after the war, he needs a room in Nasr City",
        "{} is registering with UNHCR tomorrow, she needs the lease",
        "{} left the keys with the bawwab",
        "{} ترك المفتاح عند البواب",
        "{} دفعت الإيجار للسمسار امبارح",
        "{} جاب موية للشقة من الصهريج",
        "Tenant: {}",
        "Lessee: {}",
        "Lessor: {}",
        "Surety: {}",
        "Received from: {}",
        "Parcel for: {}",
        "Occupant: {}",
        "Initials and surname: {}",
        "Initials and surname: {} (Lessee)",
        "Igama nesibongo: {}",
        "اسم المستأجر: {}",
        "اسم المؤجر: {}",
        "الاسم الرباعي: {}",
        "Full name (four parts): {}",
        "الطرف الثاني (المستأجر): {}",
        "Conduttore: {}",
        "Locatore: {}",
        "Cognome e nome: {}",
        "Cognome e nome: {} (conduttore)",
        "Inquilino: {}",
        "Ricevo da {} la somma di euro 450",
        "| Flat 7B | {} | paid |",
        '"tenant": "{}",',
    ],
    "STREET_ADDRESS": [
        "the new flat is at {}, come on saturday",
        "send the lease to {}",
        "the parcel went to {} instead of my flat",
        "the move-in inspection is at {} at 10",
        "my old address was {}, the deposit letter went there",
        "the plumber needs the address, it's {}",
        "Address: {}",
        "Physical address: {}",
        "العنوان الوطني: {}",
        "Indirizzo: {}",
        "Residente in {}",
        "العنوان: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the signed lease to {}",
        "the agent writes from {}",
        "the committee's minutes go to {}",
        "the landlord's email is {}",
        "email the rent receipt to {} please",
        "Email: {}",
        "E-mail: {}",
        "البريد الإلكتروني: {}",
        "ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the caretaker's number is {}, he's on whatsapp",
        "call the lift company on {}",
        "the plumber is on {}",
        "the landlord's cell is {}",
        "ring {} if the generator doesn't start",
        "Cell: {}",
        "Tel: {}",
        "Cellulare: {}",
        "الجوال: {}",
    ],
    "CREDIT_CARD": [
        "I paid the deposit with {}",
        "the agency charged the first month on {}",
        "the diesel for the generator went on {}",
        "the new intercom was paid with {}",
        "put the movers on {}",
        "Card: {}",
        "Carta: {}",
        "رقم البطاقة: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay the rent into {}",
        "the deposit goes back to {}",
        "send your share for the generator to {}",
        "my cousin in Leeds will pay the deposit from {}",
        "IBAN: {}",
        "IBAN del locatore: {}",
        "رقم الآيبان: {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "my property24 login is {}",
        "on private property the listing is under {}",
        "the gumtree ad for the flat is by {}",
        "on haraj the ad for the fridge is by {}",
        "the aqar listing belongs to {}",
        "on ejar my username is {}",
        "immobiliare.it has the ad under {}",
        "on subito the sofa was sold by {}",
        "the idealista account is {}",
        "on aqarmap the flat is listed by {}",
        "on dubizzle the seller is {}",
        "my domoticz user is {}",
        "GOKAPI_USERNAME={}",
        "SCRYPTED_ADMIN_USERNAME={}",
        "Login: {}",
    ],
}
HELDOUT96_MIXED = [
    ("Tenant: {}, date of birth {}, cell {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Lessee: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Conduttore: {}, nato il {}, residente in {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("اسم المستأجر: {}، تاريخ الميلاد: {}، الجوال: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("{} paid the deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the rent with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("GOKAPI_USERNAME={}\nGOKAPI_PASSWORD={}", ["USERNAME", "SECRET"]),
    ("SCRYPTED_ADMIN_USERNAME={}\nSCRYPTED_ADMIN_TOKEN={}", ["USERNAME", "SECRET"]),
    ("the caretaker is {}, {}, pay the cleaning fee to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send your share of the deposit to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("Ricevo da {} la somma di euro 650 per l'affitto, bonifico su {}", ["PERSON", "IBAN_CODE"]),
    ("Occupant: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the agency kept {} on file and the deposit goes back to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) runs the committee's group now", ["PERSON", "EMAIL_ADDRESS"]),
    ("Igama nesibongo: {}\nUsuku lokuzalwa: {}\nIkheli: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the landlord sends the receipts to {} and the reminders to {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("attr allowed_telnetPort password {}\ndefine tankLevel HTTPMOD http://{}/status 60", ["SECRET", "IP_ADDRESS"]),
    ("Parcel for {}, flat 12B, call {}", ["PERSON", "PHONE_NUMBER"]),
    ("{} ترك المفتاح عند الجيران، رقمه {}", ["PERSON", "PHONE_NUMBER"]),
    ("Surety: {}, {}, born {}", ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]),
    ("Initials and surname: {}\nCell: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Full name (four parts): {}\nNational address: {}", ["PERSON", "STREET_ADDRESS"]),
    ("Cognome e nome: {}\nData di nascita: {}", ["PERSON", "DATE_OF_BIRTH"]),
]  # fmt: skip
MIXED_TEMPLATES_HELDOUT96 = {template for template, _ in HELDOUT96_MIXED}
HELDOUT96_NEGATIVES = [
    "Umlazi and KwaMashu are townships of Durban",
    "Berea in Durban is full of old blocks of flats",
    "Hillbrow and Yeoville are close to each other in Johannesburg",
    "Umlazi is divided into sections with letters, J section, V section",
    "4001 is a Durban postal code",
    "Mam' is short for mama, a respectful way to address a woman",
    "Gogo means grandmother and Mkhulu grandfather",
    "a Zulu clan name is used to greet a man instead of his surname",
    "a married woman is often called Ma and her maiden name",
    "Zulu is both a people and a language",
    "Dlamini Plumbing fixed the geyser in block C",
    "Mkhize Cleaning Services does the stairs on tuesdays",
    "the Ngcobo prize is for the best garden in the complex",
    "loadshedding stage 4 from 18:00 to 20:30",
    "the body corporate meets on the first sunday of the month",
    "Jeddah's old town is called al-Balad",
    "al-Rawdah and al-Safa are districts in the north of Jeddah",
    "Ejar is the Saudi platform for registering leases",
    "the Saudi national address has a building number, a postal code and an additional number",
    "a short address is four letters and four digits",
    "Umm and Abu mean mother of and father of",
    "bin means son of and bint daughter of",
    "Bukhari means someone whose family came from Bukhara",
    "Jamjoom Pharmacy is on the corner of our street",
    "Kaaki Bakery delivers to the building every morning",
    "the Hijri year 1447 started in June 2025",
    "rent in Jeddah is often paid twice a year",
    "Tor Bella Monaca, Corviale and Quarticciolo are borgate of Rome",
    "Garbatella is divided into lotti",
    "ATER manages the case popolari in Rome",
    "scala B, piano 4, interno 15",
    "00133 is the postcode of Tor Bella Monaca",
    "sora and sor are Roman for signora and signore",
    "in Rome er is the article, like il",
    "Romans shorten names when they call someone, Maurì for Maurizio",
    "Pace also means peace",
    "Pasticceria Proietti makes the best maritozzi in the quarter",
    "the amministratore sends the bill for the condominio every three months",
    "the cantina is in the basement, number 14",
    "Omdurman, Khartoum and Bahri are the three towns",
    "Faisal is a district of Giza, and also a name",
    "Ard al-Liwa and Faisal are full of Sudanese families since 2023",
    "a bawwab is the doorman of a building in Egypt",
    "a simsar is a middleman who finds flats",
    "Sudanese names are the given name, the father's and the grandfather's",
    "Haj is said to an older man who made the pilgrimage",
    "Khalto means aunt",
    "Kheir also means good",
    "Elsheikh Transport moves furniture between Cairo and Aswan",
    "the UNHCR office in 6th of October city",
    "flat 12, block C",
    "unit 1407",
    "lease number 2026/0441",
    "meter number 04512236871",
    "receipt no. 000318",
    "case number 44/2026",
    "the lease starts on 01/03/2026",
    "the move-out inspection is on 28 February",
    "the water will be cut on 2026-11-14 from 9 to 15",
    "the committee meeting is on 7 December at 18:00",
    "the rent is 6500 rand",
    "the deposit is two months' rent",
    "rent is 30000 riyals a year",
    "the rent is 450 euros plus 80 of condominio",
    "the flat in Faisal is 9000 pounds a month",
    "Domoticz 2024.7 is the version on the caretaker's raspberry pi",
    "FHEM is written in Perl",
    "Scrypted listens on 10443 by default",
    "Gokapi is a self-hosted file sharing server",
    "GOKAPI_PASSWORD=changeme",
    "SCRYPTED_ADMIN_TOKEN=<your token here>",
    "the wifi password is on the router, I can't read it from here",
    "PIN: ****",
    "4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is a test Mastercard",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN",
    "SA03 8000 0000 6080 1016 7519 is the example Saudi IBAN",
    "IT60 X054 2811 1010 0000 0123 456 is the example Italian IBAN",
    "wad means son of in Sudanese Arabic, Wad Madani is a town",
    "tenant@example.com is a placeholder",
    "192.0.2.96 is a documentation address",
    "203.0.113.7 is a documentation address",
    "2001:db8:96::1 is a documentation address",
    "the emergency number in South Africa is 10111",
    "the lift is working again!",
    "no water since morning",
    "welcome to the building group, please keep it respectful",
    "who left the bin bags in the stairwell",
    "ngiyabonga",
    "grazie a tutti",
    "الله يعوضكم",
    "shukran ya jama",
]  # fmt: skip


def _typo96(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a theme word's well-known misspelling ('receipt' -> 'reciept',
    'maintenance' -> 'maintainance', 'committee' -> 'commitee') or chat shorthand ('apartment' -> 'apt',
    'please' -> 'pls', 'electricity' -> 'lights'). Only in sentences typed to the bot or a friend; a title
    next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT96.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT96[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT96.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT96[m.group(1)] + template[m.end() :]


def build_heldout96(seed: int = HELDOUT96_SEED) -> list[Example]:
    """Held-out set 96: `Gen96` values in `HELDOUT96_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen96(seed)
    return assemble_module_set(
        gen, HELDOUT96_TEMPLATES, HELDOUT96_MIXED, HELDOUT96_NEGATIVES, _typo96, person=gen.person_for
    )
