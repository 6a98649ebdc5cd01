"""Held-out PII set 102 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout102": written by a separate author who did not change recognizers, never saw Kaizen's misses on it
and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT102 is empty, as for the sets
before it; written at the same time as held-out 101 by another author). The theme is university and student
life as students, parents and staff talk about it: applications and admission letters, entrance exams and
their results, scholarships and bursaries, the student loan, halls of residence, hostels, dorms and shared
student flats, the thesis supervisor and the defence date, the student union and its elections, the library
fine, re-sits and appeals, the graduation ceremony and the gown hire, the student ID card and the campus
Wi-Fi, the university portal's login, internship applications and the transcript request. The peoples were
chosen after reading the earlier sets' docstrings: the Hadhrami of Mukalla and Tarim were one of held-out
28's peoples (their Ba- family names, 'Bawazir' and 'Ba Wazir', with them), so their eastern neighbours, whom
no earlier set drew from, took their place: the Mahra of al-Ghaydah, Sayhut and Qishn in al-Mahra and of
Hadibu on Socotra, and Mahri students abroad at Osmania in Hyderabad and at UIN in Ciputat by Jakarta.
Hand-written lists of four peoples: the Mapuche of Temuco, Padre Las Casas and Santiago (the UFRO and the
Católica de Temuco, the PAES, the Beca Indígena, the CAE loan, the FUAS form, the hogar estudiantil for
Mapuche students, the we tripantu; Spanish given names and a few Mapudungun ones ('Rayén', 'Millaray',
'Relmu', 'Nahuel'), Mapuche family names ('Huenchullán', 'Painemal', 'Llancaqueo', 'Catrileo', 'Millaleo',
'Ñancucheo'), Chile's two family names, the father's then the mother's ('Rosa Huenchullán Painemal'), one
Spanish and one Mapuche ('Camila González Catrileo'), a Chilean form's family names first ('Painemal
Huenchullán, Rosa'), the mother's family name as an initial ('Rosa Huenchullán P.'), the name typed without
its accent or its ñ ('Nancucheo'), nicknames ('Pancho', 'Cata', 'Feña'), and 'peñi' (brother), 'lamngen'
(sister), 'lonko' (a community's head), 'machi', 'profe' and 'la tía' before a name, outside the span); the
Mizo of Aizawl and Lunglei and Mizo students in Delhi's Humayunpur and North Campus and at NEHU in Shillong
(Mizoram University at Tanhril, the CUET, the post-matric scholarship, the MZP, the hostel warden, the exam
cell, the bonafide certificate; Mizo given names ('Lalremruata', 'Zothanpuia', 'Vanlalruata', 'Lalthanpuii',
'Zothansangi'), clan names as family names ('Ralte', 'Hnamte', 'Khiangte', 'Sailo', 'Chhangte'), the given
name alone as a whole name, the initial of the father's name before the given name ('C. Lalrinawma'),
nicknames from a name's end ('Mapuia', 'Mami', 'Ruata'), and 'Pu' and 'Pi' before a full name, 'sir' and
'ma'am' after a teacher's given name and 'pa' and 'nu' after a child's name to call a parent (Mapuia's father,
Mapuia's mother), outside the span); the Chuvash of Cheboksary and Kazan (Chuvash State University, KFU, the
EGE, the budget place, the dorm, the sopromat re-sit, the diploma defence and the nauchruk; Russian given
names and a few Chuvash ones ('Atner', 'Setner', 'Narspi', 'Ilem'), family names from a forefather's given
name ('Ivanov', 'Nikolaev') and Chuvash ones ('Yakovlev', 'Sespel', 'Mitta', 'Ukhsay', 'Khuzangai') that do
not take a woman's -a, the patronymic ('Anna Petrovna', 'Anna Petrovna Yakovleva', 'Yakovleva Anna Petrovna' on a
form, 'Yakovlev A. P.'), Cyrillic ('Андрей Николаев'), the Chuvash forms of given names with the letters ӑ, ӗ and ҫ ('Петӗр',
'Хветӗр', 'Йӑван', 'Ҫеҫпӗл'), a passport's transliteration ('Iakovleva', 'Petr'), diminutives ('Petya',
'Lena'), and 'доцент' and 'профессор' before a family name and 'пичче' (elder brother) and 'аппа' (elder
sister) after a given name, in Cyrillic or typed as 'pichche' and 'appa', outside the span); the Mahra
(Mahri given names ('Salem', 'Saeed', 'Salmeen', 'Rajeh', 'Noura', 'Raya'), tribe and lineage names ('Kalshat',
'Kuddah', 'Afrar', 'Zuwaidi', 'Qumairi', 'Huraizi', 'Belhaf') and the Ba- lineages ('Bakrit', 'Ba Hamid', 'Ba
Abduh', 'Ba Ibad'), the chain of 'bin' and 'bint' ('Salem bin Ali bin Saad Kalshat'), the given, the
father's and the family's name ('Salem Ali Kuddah'), 'Al-Mahri' as a family name abroad, a passport's
family name first in capitals ('KALSHAT, Salem Ali'), Arabic script ('سالم علي كلشات'), Indonesian spellings
and 'binti' on a campus register in Ciputat ('Aisyah binti Salim Bahamid', 'Kalsyat'), and 'Sayyid',
'Sharifa', 'Habib', 'Sheikh' and 'muqaddam' (a tribe's head) before a name, outside the span). Every name
form above, and names in all capitals, in lower case and with a typo ('Huenchulán', 'Yakolev', 'Kudah'), is
forced into the build at least once so it does not hang on the seed; the address, the phone, the e-mail or
the date of birth after a name mostly comes from that name's region. Names on an application's, a
register's, a form's and a hall's papers in English ('Applicant:', 'Candidate:', 'Supervisor:', 'Borrower:',
'Resident:', 'Name of the candidate:', 'Surname, given names:', a grade sheet's '| 2021-0345 | ... | 6.2 |'),
Spanish ('Postulante:', 'Alumno regular:', 'Profesor guía:', 'Tesista:', 'Apellidos y nombres:'), Mizo
('Hming:'), Russian ('ФИО:', 'Студент:', 'Научный руководитель:'), Chuvash ('Ячӗ:'), Arabic ('الاسم:', 'اسم
الطالب:') and Indonesian ('Nama:', 'Nama mahasiswa:'); course codes, room and hall numbers, credits, grades
on Chile's 1 to 7 and India's and Russia's scales, roll numbers and deadlines no PII; self-hosted apps' and
a thesis lab's config no earlier set pasted: VuFind's config.ini with its database URL for the library
catalogue, Opencast's custom.properties with the admin and digest passwords for the lecture recordings,
Belenios' voting credential for the student union election, an MLflow tracking server's user, password
and URI, a DVC remote's password, a Qualtrics API token, an ORCID client secret, a kaggle.json key, a
Telegram bot token for the hostel's group and NetworkManager's 802-1x block for eduroam; those regions'
addresses (Temuco's 'Av. Alemania 0945, depto. 302', Padre Las Casas' villas and rural sectors by the
kilometre, Santiago Centro's and Macul's flats, Aizawl's localities with 'House No. B-45' and the 7960xx PIN,
Lunglei's 'Serkawn', MZU's hostels at Tanhril, Delhi's Humayunpur and Vijay Nagar, Shillong's Laitumkhrah,
Cheboksary and Kazan in Russian ('ул. Университетская, д. 38, кв. 12') and in Latin letters and a ChuvSU
dorm's room, al-Ghaydah's districts, Sayhut, Qishn and Hadibu in English and Arabic, Hyderabad's 'H.No.
12-2-417/A, Tolichowki' and Jakarta's and Ciputat's 'Jl. ... No. 12, RT 005/RW 003') and phones (Chilean
mobiles '+56 9', Temuco's '45 2' and Santiago's '2 2', Indian mobiles, Aizawl's '0389', Lunglei's '0372',
Delhi's '011', Shillong's '0364', Hyderabad's '040', Russian '+7 9..' and '8 9..', Cheboksary's '(8352)',
Kazan's '(843)', Yemeni mobiles '+967 7x', al-Mahra's '+967 5', Omani '+968 9', Indonesian '+62 8..' and
'08..' and Jakarta's '(021)'); Visa, Mastercard 51-55 and 2-series, Russia's Mir 2200-2204, India's RuPay
and Amex 4-6-5 as the gown hire, the application fee, the library fine and the hostel deposit take them;
IBANs of a student's bank abroad or a relative's (Chile, India, Yemen and Indonesia have none, and a
Chuvash student's Russian account goes by its own number): Spain, Germany and France for the Mapuche on exchange, the UK for the Mizo, Turkey and
Kazakhstan for the Chuvash, Saudi Arabia, Oman and Egypt for the Mahra; IPs of the campus Wi-Fi, the VPN,
the lab's GPU server, the MLflow server, the library catalogue, the lecture hall's capture agent, the
hostel's router and the union's voting server, v4 and v6; passwords handed over in ways no earlier set used
(inside the cover of the thesis notebook, on the flat's whiteboard by the rent list, on the back of the
admission letter, in the gown hire receipt, in the sleeve of the student ID card, in the margin of the exam
timetable, on the graduation programme), places ('Temuco2024!', 'Tanhril@796', 'Cheboksary_428',
'Ghaydah#967'), theme words in leetspeak ('73$1$', 'gr4du4710n', 'l1br4ry'), one-time codes from the loan portal and
Gosuslugi, a parent's ClaveÚnica handed over for the FUAS, and cues in Chilean Spanish ('la clave es ...,
no se la des a nadie po'), Mizo ('password chu ... a ni'), Indian English, Russian and Chuvash ('никама та ан
кала'), Arabic and Indonesian ('jangan kasih tahu siapa-siapa ya'); usernames as student logins and roll
numbers, GitHub, Telegram and VK handles, shapes like 'r.huenchullan07', 'mzu21msc045', 'st204518',
'x.thesis', 'x-lab'; dates of birth for the PAES, the FUAS, the CUET, the post-matric scholarship, the
hostel's and the dorm's forms, the FRRO and a campus register, in Chile's '14-03-2004' and Spanish words
('14 de marzo de 2004'), India's '14/03/2004' and '14th March 2004', Russia's '14.03.2004' and '14 марта
2004 г.', Chuvash with its own months ('2004 ҫулхи пуш уйӑхӗн 14-мӗшӗ'), Arabic with Arabic-Indic digits,
Indonesian ('14 Maret 2004') and a paste's ISO date, a parent's now and then, all drawn between fixed years
from the set's own rng so the set builds the same on any day; typos as students type on a phone between
classes: a campus word's well-known misspelling ('accommodation' -> 'accomodation', 'library' -> 'libary',
'professor' -> 'proffesor', 'scholarship' -> 'scholorship') or chat shorthand ('university' -> 'uni',
'semester' -> 'sem', 'department' -> 'dept', 'tomorrow' -> 'tmrw'); negatives with the same places, the
titles and the name forms explained, course codes, rooms, credits, grades, roll and hall numbers alone,
dates that are no birthdays (a defence's, a deadline's, we tripantu's, a graduation's), a scholarship and a
hall named after no listed person, versions, placeholder secrets, test cards, example IBANs, a placeholder
e-mail, documentation IPs (v4 and v6) and short everyday chat; no public figure is named as a person).

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

HELDOUT102_SEED = 4102736
# no faker name locale: all names below come from hand-written lists (empty on purpose; the test checks it)
NAME_LOCALES_HELDOUT102: list[str] = []
# each origin: (men's given names, women's given names, family names); ';' separates names, as some hold a space
NAMES_HELDOUT102: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Mapuche of Temuco, Padre Las Casas and Santiago: Spanish given names and a few Mapudungun ones; Mapuche
    # family names (a Spanish one comes from SPANISH_SURNAMES_HELDOUT102 in the mixed forms)
    "mapuche": ("Juan;José;Luis;Pedro;Francisco;Sebastián;Matías;Ignacio;Cristián;Héctor;Rodrigo;Felipe;Manuel;Nahuel".split(";"),
                "María;Rosa;Camila;Catalina;Javiera;Fernanda;Valentina;Francisca;Daniela;Ximena;Rayén;Millaray;Ayelén;Relmu".split(";"),
                "Huenchullán;Painemal;Llancaqueo;Catrileo;Millaleo;Ñancucheo;Calfuqueo;Quilaqueo;Antileo;Curihuinca;Nahuelpán;Ancalaf;Marileo;Coliqueo;Huaiquil;Cayupán;Millapán;Railaf".split(";")),
    # Mizo of Aizawl and Lunglei and Mizo students in Delhi and Shillong: a man's name ends in -a, a woman's in
    # -i; the clan's name as the family name
    "mizo": ("Lalremruata;Zothanpuia;Vanlalruata;Lalrinawma;Lalmuansanga;Malsawmtluanga;Laldinpuia;Ramdinmawia;Lalhmangaihzuala;Lalnunmawia;Lalrinfela;Lalthlamuana".split(";"),
             "Lalthanpuii;Lalrinpuii;Zothansangi;Lalhmingmawii;Vanlalhriatpuii;Lalremruati;Malsawmtluangi;Lalnunziri;Lalrinmawii;Zonunsangi;Lalmuanpuii".split(";"),
             "Ralte;Hnamte;Khiangte;Sailo;Chhangte;Pachuau;Renthlei;Fanai;Khawlhring;Tochhawng;Chawngthu;Hauhnar;Vanchhawng".split(";")),
    # Chuvash of Cheboksary and Kazan: Russian given names and a few Chuvash ones; family names from a
    # forefather's given name and Chuvash ones that keep one form for a man and a woman
    "chuvash": ("Pyotr;Nikolai;Ivan;Sergei;Vasily;Fyodor;Mikhail;Alexei;Andrei;Yegor;Stepan;Gennady;Atner;Setner".split(";"),
                "Anna;Yelena;Olga;Natalya;Svetlana;Tatyana;Irina;Marina;Galina;Yulia;Narspi;Ilem".split(";"),
                "Yakovlev;Sespel;Mitta;Ukhsay;Khuzangai;Ivanov;Petrov;Nikolaev;Yegorov;Fyodorov;Vasilyev;Semyonov;Arsentyev;Prokopyev;Timofeev;Kirillov".split(";")),
    # Mahra of al-Ghaydah, Sayhut, Qishn and Hadibu and Mahri students in Hyderabad and Jakarta: tribe and
    # lineage names, the Ba- lineages among them
    "mahra": ("Salem;Saeed;Ali;Ahmed;Mohammed;Abdullah;Saad;Amer;Khalid;Salmeen;Hamad;Issa;Rajeh;Mubarak;Obaid".split(";"),
              "Fatima;Salma;Mariam;Aisha;Noura;Khadija;Zahra;Amina;Saida;Latifa;Raya;Asma;Hanan".split(";"),
              "Kalshat;Kuddah;Afrar;Zuwaidi;Qumairi;Bakrit;Ba Abduh;Ba Hamid;Ba Ibad;Ba Ghashwa;Belhaf;Huraizi".split(";")),
}  # fmt: skip
# the Spanish family names a Mapuche student may carry as the father's or the mother's
SPANISH_SURNAMES_HELDOUT102 = (
    "González;Muñoz;Rojas;Díaz;Pérez;Soto;Contreras;Silva;Sepúlveda;Fuentes;Sandoval;Jara".split(";")
)
# Chilean nicknames from a given name
MAPUCHE_NICK_HELDOUT102 = {
    "Francisco": "Pancho", "Ignacio": "Nacho", "José": "Pepe", "Sebastián": "Seba", "Matías": "Mati",
    "Catalina": "Cata", "Fernanda": "Feña", "Valentina": "Vale", "Javiera": "Javi", "Francisca": "Fran",
    "Daniela": "Dani",
}  # fmt: skip
# a Mizo nickname from the end of a given name
MIZO_NICK_HELDOUT102 = {
    "Zothanpuia": "Mapuia", "Laldinpuia": "Puia", "Lalthanpuii": "Mami", "Lalhmingmawii": "Mawii",
    "Vanlalruata": "Ruata", "Lalmuansanga": "Sanga", "Malsawmtluanga": "Tluanga", "Zothansangi": "Sangi",
    "Lalnunmawia": "Mawia", "Lalrinpuii": "Puii",
}  # fmt: skip
# fathers' given names of an older generation, whose initial goes before a Mizo given name ('C. Lalrinawma')
MIZO_FATHERS_HELDOUT102 = [
    "Chhuanvawra", "Thangliana", "Hrangkhuma", "Rokima", "Thanzuala", "Biakmawia", "Sangliana", "Kapthianga",
    "Lalchhuana", "Zairemthanga", "Vanlalngena",
]  # fmt: skip
# a Chuvash father's given name and the patronymic it gives a son and a daughter, in Latin and Cyrillic
PATRONYMICS_HELDOUT102 = {
    "Pyotr": ("Petrovich", "Petrovna", "Петрович", "Петровна"),
    "Nikolai": ("Nikolaevich", "Nikolaevna", "Николаевич", "Николаевна"),
    "Ivan": ("Ivanovich", "Ivanovna", "Иванович", "Ивановна"),
    "Sergei": ("Sergeevich", "Sergeevna", "Сергеевич", "Сергеевна"),
    "Vasily": ("Vasilyevich", "Vasilyevna", "Васильевич", "Васильевна"),
    "Fyodor": ("Fyodorovich", "Fyodorovna", "Фёдорович", "Фёдоровна"),
    "Mikhail": ("Mikhailovich", "Mikhailovna", "Михайлович", "Михайловна"),
    "Alexei": ("Alekseevich", "Alekseevna", "Алексеевич", "Алексеевна"),
    "Andrei": ("Andreevich", "Andreevna", "Андреевич", "Андреевна"),
    "Yegor": ("Yegorovich", "Yegorovna", "Егорович", "Егоровна"),
    "Stepan": ("Stepanovich", "Stepanovna", "Степанович", "Степановна"),
    "Gennady": ("Gennadyevich", "Gennadyevna", "Геннадьевич", "Геннадьевна"),
}
# the Chuvash names in Cyrillic, as Russian writes them
CYRILLIC_HELDOUT102 = {
    "Pyotr": "Пётр", "Nikolai": "Николай", "Ivan": "Иван", "Sergei": "Сергей", "Vasily": "Василий",
    "Fyodor": "Фёдор", "Mikhail": "Михаил", "Alexei": "Алексей", "Andrei": "Андрей", "Yegor": "Егор",
    "Stepan": "Степан", "Gennady": "Геннадий", "Atner": "Атнер", "Setner": "Сетнер", "Anna": "Анна",
    "Yelena": "Елена", "Olga": "Ольга", "Natalya": "Наталья", "Svetlana": "Светлана", "Tatyana": "Татьяна",
    "Irina": "Ирина", "Marina": "Марина", "Galina": "Галина", "Yulia": "Юлия", "Narspi": "Нарспи", "Ilem": "Илем",
    "Yakovlev": "Яковлев", "Sespel": "Сеспель", "Mitta": "Митта", "Ukhsay": "Ухсай", "Khuzangai": "Хузангай",
    "Ivanov": "Иванов", "Petrov": "Петров", "Nikolaev": "Николаев", "Yegorov": "Егоров", "Fyodorov": "Фёдоров",
    "Vasilyev": "Васильев", "Semyonov": "Семёнов", "Arsentyev": "Арсентьев", "Prokopyev": "Прокопьев",
    "Timofeev": "Тимофеев", "Kirillov": "Кириллов",
}  # fmt: skip
# the Chuvash forms of some given names and family names, with Chuvash's own letters ӑ, ӗ and ҫ
CHUVASH_LETTERS_HELDOUT102 = {
    "Pyotr": "Петӗр", "Fyodor": "Хветӗр", "Nikolai": "Микулай", "Stepan": "Ҫтаппан", "Mikhail": "Мишши",
    "Ivan": "Йӑван", "Sespel": "Ҫеҫпӗл", "Khuzangai": "Хусанкай",
}  # fmt: skip
# a Russian passport's transliteration where it differs from the usual English spelling
PASSPORT_HELDOUT102 = {
    "Yakovlev": "Iakovlev", "Yegorov": "Egorov", "Fyodorov": "Fedorov", "Semyonov": "Semenov",
    "Vasilyev": "Vasilev", "Prokopyev": "Prokopev", "Arsentyev": "Arsentev", "Pyotr": "Petr", "Vasily": "Vasilii",
    "Yegor": "Egor", "Fyodor": "Fedor", "Gennady": "Gennadii", "Alexei": "Aleksei", "Yelena": "Elena",
    "Natalya": "Natalia", "Tatyana": "Tatiana", "Yulia": "Iuliia",
}  # fmt: skip
# the Russian diminutive a Chuvash student's friends use
CHUVASH_DIM_HELDOUT102 = {
    "Pyotr": "Petya", "Nikolai": "Kolya", "Ivan": "Vanya", "Sergei": "Seryozha", "Mikhail": "Misha",
    "Alexei": "Lyosha", "Andrei": "Andryusha", "Anna": "Anya", "Yelena": "Lena", "Olga": "Olya",
    "Natalya": "Natasha", "Svetlana": "Sveta", "Tatyana": "Tanya", "Irina": "Ira", "Galina": "Galya",
}  # fmt: skip
# the Chuvash family names that keep one form for a man and a woman
INDECLINABLE_HELDOUT102 = {"Sespel", "Mitta", "Ukhsay", "Khuzangai"}
# the Mahri names in Arabic script
ARABIC_HELDOUT102 = {
    "Salem": "سالم", "Saeed": "سعيد", "Ali": "علي", "Ahmed": "أحمد", "Mohammed": "محمد", "Abdullah": "عبدالله",
    "Saad": "سعد", "Amer": "عامر", "Khalid": "خالد", "Salmeen": "سالمين", "Hamad": "حمد", "Issa": "عيسى",
    "Rajeh": "راجح", "Mubarak": "مبارك", "Obaid": "عبيد", "Fatima": "فاطمة", "Salma": "سلمى", "Mariam": "مريم",
    "Aisha": "عائشة", "Noura": "نورة", "Khadija": "خديجة", "Zahra": "زهرة", "Amina": "آمنة", "Saida": "سعيدة",
    "Latifa": "لطيفة", "Raya": "ريا", "Asma": "أسماء", "Hanan": "حنان", "Kalshat": "كلشات", "Kuddah": "كدة",
    "Afrar": "عفرار", "Zuwaidi": "الزويدي", "Qumairi": "القميري", "Bakrit": "باكريت", "Ba Abduh": "باعبده",
    "Ba Hamid": "باحميد", "Ba Ibad": "باعباد", "Ba Ghashwa": "باغشوة", "Belhaf": "بلحاف", "Huraizi": "الحريزي",
    "Al-Mahri": "المهري", "bin": "بن", "bint": "بنت",
}  # fmt: skip
# the Mahri names as an Indonesian campus register spells them ('sy' for 'sh', a woman's name in -ah, the Ba-
# lineages joined)
INDONESIAN_HELDOUT102 = {
    "Salem": "Salim", "Saeed": "Said", "Ahmed": "Ahmad", "Mohammed": "Muhammad", "Amer": "Amir", "Issa": "Isa",
    "Obaid": "Ubaid", "Fatima": "Fatimah", "Aisha": "Aisyah", "Khadija": "Khadijah", "Mariam": "Maryam",
    "Zahra": "Zahrah", "Amina": "Aminah", "Latifa": "Latifah", "Salma": "Salmah", "Noura": "Nurah",
    "Saida": "Saidah", "Kalshat": "Kalsyat", "Zuwaidi": "Zuwaidy", "Qumairi": "Qumairy", "Huraizi": "Huraizy",
    "Belhaf": "Bilhaf", "Ba Abduh": "Baabduh", "Ba Hamid": "Bahamid", "Ba Ibad": "Baibad", "Ba Ghashwa": "Bagasywa",
}  # fmt: skip
# a name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT102 = {
    "Huenchullán": "Huenchulán", "Painemal": "Painemall", "Catrileo": "Catrlieo", "Llancaqueo": "Llancaqeo",
    "Khiangte": "Khaingte", "Tochhawng": "Tochawng", "Renthlei": "Renthelei", "Chhangte": "Chhnagte",
    "Yakovlev": "Yakolev", "Prokopyev": "Prokopyevv", "Arsentyev": "Arsentyve", "Nikolaev": "Nikoalev",
    "Kuddah": "Kudah", "Qumairi": "Qumari", "Kalshat": "Kalshaat", "Huraizi": "Huraizzi",
}  # fmt: skip
# a title or a kin word next to the name (outside the span): the origin, whether a woman (None: either), the
# part of the name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT102: dict[str, tuple[str, bool | None, str, bool]] = {
    "peñi": ("mapuche", False, "given", False),  # 'brother', as Mapuche men call each other
    "lamngen": ("mapuche", True, "given", False),  # 'sister', as a Mapuche woman is called
    "lonko": ("mapuche", False, "full", False),  # the head of a community
    "machi": ("mapuche", True, "full", False),  # a healer and a ceremony's leader, most often a woman
    "profe": ("mapuche", None, "family", False),  # a lecturer, in Chilean student speech
    "tía": ("mapuche", True, "given", False),  # a woman on a campus's staff, in Chilean speech
    "pu": ("mizo", False, "full", False),  # Mizo 'Mr'
    "pi": ("mizo", True, "full", False),  # Mizo 'Mrs', 'Ms'
    "sir": ("mizo", False, "given", True),  # after a teacher's given name, in Indian campus English
    "ma'am": ("mizo", True, "given", True),
    "pa": ("mizo", None, "given", True),  # 'father of': a parent called by the child's name
    "nu": ("mizo", None, "given", True),  # 'mother of'
    "доцент": ("chuvash", None, "family", False),  # an associate professor
    "профессор": ("chuvash", None, "family", False),
    "пичче": ("chuvash", False, "given", True),  # Chuvash 'elder brother'
    "аппа": ("chuvash", True, "given", True),  # Chuvash 'elder sister'
    "pichche": ("chuvash", False, "given", True),  # the same typed in Latin letters
    "appa": ("chuvash", True, "given", True),
    "sayyid": ("mahra", False, "full", False),  # a man of the ashraf, the Prophet's descendants
    "sharifa": ("mahra", True, "given", False),  # a woman of the ashraf
    "habib": ("mahra", False, "given", False),  # a sayyid scholar, as Jakarta calls him
    "sheikh": ("mahra", False, "full", False),
    "muqaddam": ("mahra", False, "full", False),  # the head of a Mahri tribe
}
TITLE_SLOT_HELDOUT102 = re.compile(
    r"(?<![\w'.-])(peñi|lamngen|lonko|machi|profe|tía|pu|pi|доцент|профессор|sayyid|sharifa|habib|sheikh|"
    r"muqaddam) \{\}"
    r"|\{\} (sir|ma'am|pa|nu|пичче|аппа|pichche|appa)(?![\w'])",
    re.IGNORECASE,
)
# the titles written in Cyrillic, whose names come in Cyrillic too
CYRILLIC_TITLES_HELDOUT102 = {"доцент", "профессор", "пичче", "аппа"}
# the name forms the build holds at least once each, whatever the seed: (origin, form)
FORCED_FORMS_HELDOUT102 = [
    ("mapuche", "double"), ("mizo", "initial"), ("chuvash", "fio"), ("mahra", "nasab"),
    ("mapuche", "mixed"), ("mizo", "clan"), ("chuvash", "name_patronymic"), ("mahra", "binti"),
    ("mapuche", "surname_first"), ("mizo", "nickname"), ("chuvash", "cyrillic"), ("mahra", "ba"),
    ("mapuche", "maternal_initial"), ("mizo", "lower"), ("chuvash", "chuvash_letters"), ("mahra", "arabic"),
    ("mapuche", "ascii"), ("mizo", "typo"), ("chuvash", "initials"), ("mahra", "indonesian"),
    ("mapuche", "nickname"), ("mizo", "caps"), ("chuvash", "passport"), ("mahra", "nisba"),
    ("chuvash", "given_patronymic"),
    ("mapuche", "caps"), ("chuvash", "diminutive"), ("mahra", "surname_first"),
    ("mapuche", "typo"), ("chuvash", "lower"), ("mahra", "caps"),
    ("chuvash", "typo"), ("mahra", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT102 = {"nickname", "diminutive", "lower", "typo"}
FORM_ONLY_FORMS_HELDOUT102 = {"surname_first", "fio", "initials", "passport", "maternal_initial"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT102 = {"binti"}
# the scripts or layouts a form may come in besides the template's plain Latin ('')
FORM_SCRIPTS_HELDOUT102 = {
    "fio": {"", "cyrillic"}, "given_patronymic": {"", "cyrillic"}, "initials": {"", "cyrillic"}, "name_patronymic": {"", "cyrillic"},
    "cyrillic": {"", "cyrillic"}, "chuvash_letters": {"", "chuvash"}, "arabic": {"", "arabic"},
    "indonesian": {"", "indonesian"}, "binti": {"", "indonesian"}, "surname_first": {"", "surname_first"},
}  # fmt: skip
# IBANs of a student's bank abroad or a relative's (none of the four homelands gives one here): Spain, Germany
# and France for the Mapuche on exchange, the UK for the Mizo, Turkey and Kazakhstan for the Chuvash, Saudi
# Arabia, Oman and Egypt for the Mahra
IBAN_SHAPES_HELDOUT102 = {
    "ES": "20n", "DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "TR": "5n1n16c", "KZ": "3n13c", "SA": "2n18c",
    "OM": "3n16c", "EG": "25n",
}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT102 = {
    "mapuche": ["ES", "DE", "FR"], "mizo": ["GB", "DE"], "chuvash": ["TR", "KZ", "DE"], "mahra": ["SA", "OM", "EG"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT102 = {
    "mapuche": ["ufro", "temuco", "tesis", "beca", "wallmapu"],
    "mizo": ["mzu", "aizawl", "zirlai", "lunglei", "nehu"],
    "chuvash": ["chuvsu", "cheb", "diplom", "kazan", "student"],
    "mahra": ["mahra", "ghaydah", "socotra", "osmania", "ciputat"],
}
EMAIL_DOMAINS_HELDOUT102 = {
    "mapuche": ["ufromail.cl", "ufrontera.cl", "alu.uct.cl", "ug.uchile.cl", "usach.cl"],
    "mizo": ["mzu.edu.in", "nehu.ac.in", "rediffmail.com", "yahoo.co.in"],
    "chuvash": ["chuvsu.ru", "mail.ru", "yandex.ru", "stud.kpfu.ru"],
    "mahra": ["yahoo.com", "osmania.ac.in", "mhs.uinjkt.ac.id", "hotmail.com"],
}
# the templates that belong to one origin's campus, papers or speech, or are written in its script (first
# match wins)
ORIGIN_CUES_HELDOUT102: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)mukalla|hadhramout|ghaydah|qishn|sayhut|socotra|hadibu|al-mahra|hyderabad|osmania|"
                r"tolichowki|tarnaka|frro|ciputat|\buin\b|jakarta|condet|governorate|yemeni|iftar|"
                r"\bnama\b|mahasiswa|sudah|daftar|[\u0600-\u06ff]"), "mahra"),
    (re.compile(r"(?i)chuvsu|cheboksary|kazan|\bkfu\b|\bege\b|\bdorm\b|sopromat|nauchruk|diploma|budget place|"
                r"ячӗ|[\u0400-\u04ff]"), "chuvash"),
    (re.compile(r"(?i)ufro|temuco|padre las casas|santiago|católica|\bpaes\b|beca|\bcae\b|fuas|hogar|"
                r"tripantu|casino|\bdepa\b|\bla\b|\bel\b|\bde\b|nombre|apellidos|postulante|alumno|tesista|"
                r"profesor guía|quedó|oye"), "mapuche"),
    (re.compile(r"(?i)\bmzu\b|tanhril|aizawl|lunglei|delhi|humayunpur|shillong|nehu|cuet|hindu college|"
                r"\bmzp\b|post-matric|hostel|warden|exam cell|\bhod\b|bonafide|hming"), "mizo"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT102: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bla \{\}|girls'|сдала|пересдала|حصلت|\bella\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|\bel \{\}|boys'|сдал\b|حصل\b"), False),
]  # fmt: skip
# a campus word and its well-known misspelling
MISSPELT_HELDOUT102 = {
    "accommodation": "accomodation", "scholarship": "scholorship", "supervisor": "supervisior",
    "library": "libary", "professor": "proffesor", "graduation": "graduaton", "transcript": "transcipt",
    "internship": "intership", "receive": "recieve", "definitely": "definately", "tomorrow": "tommorow",
    "admission": "admision", "appeal": "apeal", "semester": "semster", "ceremony": "ceremoney",
    "certificate": "certficate",
}  # fmt: skip
MISSPELT_WORD_HELDOUT102 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT102, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand creeping into a student's messages
SHORTHAND_HELDOUT102 = {
    "university": "uni", "semester": "sem", "professor": "prof", "department": "dept", "tomorrow": "tmrw",
    "please": "pls", "because": "bc", "assignment": "assgn", "accommodation": "accom", "thanks": "thx",
    "message": "msg", "people": "ppl", "before": "b4",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT102 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT102, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT102 = (
    "January February March April May June July August September October November December".split()
)
ES_MONTHS_HELDOUT102 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
# Russian months in the genitive a date takes ('14 марта')
RU_MONTHS_HELDOUT102 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
# Chuvash months
CV_MONTHS_HELDOUT102 = "кӑрлач нарӑс пуш ака ҫу ҫӗртме утӑ ҫурла авӑн юпа чӳк раштав".split()
ID_MONTHS_HELDOUT102 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
AR_MONTHS_HELDOUT102 = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
ARABIC_DIGITS_HELDOUT102 = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Huenchullán' ->
    'huenchullan', 'Ñancucheo' -> 'nancucheo', 'Ba Hamid' -> 'bahamid')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _ru_feminine(last: str) -> str:
    """A Chuvash woman's family name: 'Yakovlev' -> 'Yakovleva', 'Яковлев' -> 'Яковлева'; a Chuvash name that
    keeps one form stays ('Sespel', 'Митта')."""
    if re.search(r"(ov|ev|ин|ов|ев|ёв)$", last):
        return last + ("а" if re.search(r"[\u0400-\u04ff]$", last) else "a")
    return last


def _cyrillic(*names: str) -> str:
    """Chuvash names in Cyrillic ('Andrei', 'Nikolaev' -> 'Андрей Николаев'); a woman's family name keeps
    its -a ('Yakovleva' -> 'Яковлева')."""
    out = []
    for name in names:
        if name not in CYRILLIC_HELDOUT102 and name.endswith("a") and name[:-1] in CYRILLIC_HELDOUT102:
            out.append(_ru_feminine(CYRILLIC_HELDOUT102[name[:-1]]))
        else:
            out.append(CYRILLIC_HELDOUT102[name])
    return " ".join(out)


def _patronymic(father: str, woman: bool, cyrillic: bool = False) -> str:
    """The patronymic from a father's given name: 'Pyotr' -> 'Petrovich' or 'Petrovna', in Cyrillic
    'Петрович' or 'Петровна'."""
    forms = PATRONYMICS_HELDOUT102[father]
    return forms[2 * cyrillic + woman]


def _arabic(*names: str) -> str:
    """Mahri names in Arabic script ('Salem', 'Ali', 'Kalshat' -> 'سالم علي كلشات')."""
    return " ".join(ARABIC_HELDOUT102[n] for n in names)


def _indonesian(*names: str) -> str:
    """Mahri names as an Indonesian register spells them ('Aisha', 'binti', 'Salem', 'Ba Hamid' -> 'Aisyah
    binti Salim Bahamid')."""
    return " ".join(INDONESIAN_HELDOUT102.get(n, n) for n in names)


class Gen102(Gen3):
    """Generators for held-out set 102: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT102)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT102."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT102))
        men, women, lasts = NAMES_HELDOUT102[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _father(self, origin: str, *avoid: str) -> str:
        """A father's given name: for a patronymic, a nasab or a Mizo initial."""
        if origin == "chuvash":
            return self.rng.choice([x for x in sorted(PATRONYMICS_HELDOUT102) if x not in avoid])
        if origin == "mizo":
            return self.rng.choice(MIZO_FATHERS_HELDOUT102)
        return self.rng.choice([x for x in NAMES_HELDOUT102[origin][0] if x not in avoid])

    def _family(self, origin: str, last: str, woman: bool) -> str:
        """The family name as a man or a woman carries it (a Chuvash woman's -a)."""
        return _ru_feminine(last) if origin == "chuvash" and woman else last

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT102's), in `script` where the
        form allows it."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT102:
            woman = True
        if form == "nickname":
            nicks = MAPUCHE_NICK_HELDOUT102 if origin == "mapuche" else MIZO_NICK_HELDOUT102
            women = set(NAMES_HELDOUT102[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        if form == "diminutive":
            women = set(NAMES_HELDOUT102["chuvash"][1])
            pool = [g for g in sorted(CHUVASH_DIM_HELDOUT102) if woman is None or (g in women) == woman]
            return CHUVASH_DIM_HELDOUT102[rng.choice(pool or sorted(CHUVASH_DIM_HELDOUT102))]
        _, first, last, woman = self._origin_name(origin, woman)
        lasts = NAMES_HELDOUT102[origin][2]
        other = rng.choice([x for x in lasts if x != last])
        family = self._family(origin, last, woman)
        if form in ("caps", "lower"):
            name = f"{first} {family}"
            return name.upper() if form == "caps" else name.lower()
        if form == "typo":  # 'Rosa Huenchulán', 'Anna Yakoleva', 'Salem Kudah'
            last = rng.choice([x for x in lasts if x in NAME_TYPOS_HELDOUT102])
            return f"{first} {self._family(origin, NAME_TYPOS_HELDOUT102[last], woman)}"
        if origin == "mapuche":
            spanish = rng.choice(SPANISH_SURNAMES_HELDOUT102)
            if form == "double":  # the father's and the mother's family names: 'Rosa Huenchullán Painemal'
                return f"{first} {last} {other}"
            if form == "mixed":  # one Spanish and one Mapuche: 'Camila González Catrileo'
                return f"{first} {spanish} {last}" if rng.random() < 0.5 else f"{first} {last} {spanish}"
            if form == "surname_first":  # a Chilean form: 'Painemal Huenchullán, Rosa'
                surnames = f"{last} {other}"
                return f"{surnames.upper() if rng.random() < 0.4 else surnames}, {first}"
            if form == "maternal_initial":  # 'Rosa Huenchullán P.'
                return f"{first} {last} {_fold(other)[0]}."
            if form == "ascii":  # typed without the accent or the ñ: 'Nancucheo'
                last = rng.choice([x for x in lasts if _fold(x) != x])
                return _fold(f"{first} {last}")
        if origin == "mizo":
            if form == "initial":  # the father's initial before the given name: 'C. Lalrinawma'
                return f"{self._father('mizo')[0]}. {first}"
            if form == "clan":  # 'Lalremruata Ralte'
                return f"{first} {last}"
        if origin == "chuvash":
            men = NAMES_HELDOUT102["chuvash"][0]
            cyr = script == "cyrillic" or (not script and rng.random() < 0.35)
            father = self._father("chuvash", first)
            patronymic = _patronymic(father, woman, cyr)
            if form == "fio":  # a Russian form's order: 'Yakovleva Anna Petrovna'
                return f"{_cyrillic(family, first) if cyr else f'{family} {first}'} {patronymic}"
            if form == "given_patronymic":  # the whole name in its usual order: 'Anna Petrovna Yakovleva'
                return f"{_cyrillic(first, family) if cyr else f'{first} {family}'}".replace(
                    " ", f" {patronymic} ", 1
                )
            if form == "name_patronymic":  # a lecturer addressed: 'Anna Petrovna'
                return f"{_cyrillic(first) if cyr else first} {patronymic}"
            if form == "cyrillic":  # 'Андрей Николаев'
                return _cyrillic(first, family)
            if form == "initials":  # 'Yakovlev A. P.', 'А. П. Яковлева'
                fam, giv = (_cyrillic(family), _cyrillic(first)) if cyr else (family, first)
                inits = f"{giv[0]}. {patronymic[0]}."
                return f"{fam} {inits}" if rng.random() < 0.6 else f"{inits} {fam}"
            if form == "chuvash_letters":  # 'Петӗр Ухсай', 'Нарспи Ҫеҫпӗл'
                if woman:
                    return f"{_cyrillic(first)} {CHUVASH_LETTERS_HELDOUT102['Sespel']}"
                first = rng.choice(  # a given name with one of Chuvash's own letters: 'Петӗр', 'Йӑван'
                    [
                        g
                        for g, v in sorted(CHUVASH_LETTERS_HELDOUT102.items())
                        if g in men and re.search("[ӑӗҫ]", v)
                    ]
                )
                return f"{CHUVASH_LETTERS_HELDOUT102[first]} {CHUVASH_LETTERS_HELDOUT102.get(last, _cyrillic(last))}"
            if form == "passport":  # 'Iakovleva Elena'
                last = rng.choice([x for x in lasts if x in PASSPORT_HELDOUT102])
                fam = self._family(origin, PASSPORT_HELDOUT102[last], woman)
                return f"{fam.upper()} {PASSPORT_HELDOUT102.get(first, first).upper()}"
        if origin == "mahra":
            father = self._father("mahra", first)
            grandfather = self._father("mahra", first, father)
            if form == "nasab":  # 'Salem bin Ali bin Saad Kalshat'
                return f"{first} {'bint' if woman else 'bin'} {father} bin {grandfather} {last}"
            if form == "binti":  # 'Aisyah binti Salim Bahamid'
                return _indonesian(first, "binti", father, last)
            if form == "ba":  # 'Ahmed Ba Hamid'
                return f"{first} {rng.choice([x for x in lasts if x.startswith('Ba ')])}"
            if form == "arabic":  # 'سالم علي كلشات'
                return _arabic(first, father, last)
            if form == "indonesian":  # 'Salim Kalsyat'
                first = rng.choice(
                    [g for g in NAMES_HELDOUT102["mahra"][int(woman)] if g in INDONESIAN_HELDOUT102]
                )
                return _indonesian(first, last)
            if form == "nisba":  # 'Saeed Ali Al-Mahri'
                return f"{first} {father} Al-Mahri" if rng.random() < 0.6 else f"{first} Al-Mahri"
            if form == "surname_first":  # a passport's: 'KALSHAT, Salem Ali'
                return f"{last.upper()}, {first} {father}"
        return f"{first} {family}"

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'arabic', 'cyrillic', 'chuvash',
        'indonesian', 'surname_first' or 'ascii' where the template asks for one."""
        rng = self.rng
        r = rng.random()
        family = self._family(origin, last, woman)
        if script == "surname_first":
            if origin == "mapuche":
                return self._form("mapuche", "surname_first", woman)
            if origin == "chuvash":
                return self._form("chuvash", "fio", woman)
            if origin == "mahra":
                return self._form("mahra", "surname_first", woman)
            return f"{last.upper()}, {first}"
        if origin == "mapuche":
            other = rng.choice(
                [x for x in NAMES_HELDOUT102["mapuche"][2] + SPANISH_SURNAMES_HELDOUT102 if x != last]
            )
            if r < 0.4:
                name = f"{first} {last} {other}"
            elif r < 0.5:  # two given names: 'María José Catrileo'
                second = rng.choice([x for x in NAMES_HELDOUT102["mapuche"][int(woman)] if x != first])
                name = f"{first} {second} {last}"
            elif r < 0.58 and not chat:
                name = f"{first} {last} {_fold(other)[0]}."
            else:
                name = f"{first} {last}"
            if script == "ascii" or (chat and rng.random() < 0.25):
                name = _fold(name)
            return name
        if origin == "mizo":
            if r < 0.45:
                return f"{first} {last}"
            if r < 0.7 and not chat:
                return f"{self._father('mizo')[0]}. {first}"
            if r < 0.75 and not chat:
                return f"{self._father('mizo')[0]}. {first} {last}"
            return first  # a Mizo given name alone is a whole name
        if origin == "chuvash":
            if script == "chuvash":
                return self._form("chuvash", "chuvash_letters", woman)
            if script == "cyrillic":
                if not chat:
                    return self._form("chuvash", rng.choice(["fio", "fio", "initials"]), woman, "cyrillic")
                if r < 0.3:
                    return self._form("chuvash", "name_patronymic", woman, "cyrillic")
                if r < 0.45:
                    return self._form("chuvash", "given_patronymic", woman, "cyrillic")
                return _cyrillic(first, family)
            if script == "ascii" and r < 0.5:
                return self._form("chuvash", "passport", woman)
            if r < 0.15:
                return self._form("chuvash", "name_patronymic", woman, "latin")
            if r < 0.3 and not chat:
                return self._form("chuvash", "fio", woman, "latin")
            if r < 0.38:
                return self._form("chuvash", "given_patronymic", woman, "latin")
            return f"{first} {family}"
        if origin == "mahra":
            father = self._father("mahra", first)
            if script == "arabic":
                return (
                    _arabic(first, father, last)
                    if r < 0.7
                    else _arabic(first, "bint" if woman else "bin", father)
                )
            if script == "indonesian":
                link = "binti" if woman else "bin"
                return _indonesian(first, link, father, last) if r < 0.6 else _indonesian(first, last)
            if r < 0.3:  # the given, the father's and the family's name: 'Salem Ali Kuddah'
                return f"{first} {father} {last}"
            if r < 0.42:
                return f"{first} {'bint' if woman else 'bin'} {father} {last}"
            if r < 0.5:
                return f"{first} Al-Mahri"
            return f"{first} {last}"
        return f"{first} {family}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o) or script not in FORM_SCRIPTS_HELDOUT102.get(form, {""}):
                continue
            if woman is False and form in WOMEN_FORMS_HELDOUT102:
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT102 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT102 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        owed = self._owed_for(origin, woman, script, chat)
        if owed:
            self.owed.remove(owed)
            self.last_origin = owed[0]
            return self._form(owed[0], owed[1], woman, script)
        origin, first, last, woman = self._origin_name(origin, woman)
        self.last_origin = origin
        r = rng.random()
        if r < (0.7 if chat else 0.88) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.92:
            name = first
            if origin == "mapuche" and first in MAPUCHE_NICK_HELDOUT102 and rng.random() < 0.4:
                name = MAPUCHE_NICK_HELDOUT102[first]
            if origin == "mizo" and first in MIZO_NICK_HELDOUT102 and rng.random() < 0.4:
                name = MIZO_NICK_HELDOUT102[first]
            if origin == "chuvash" and first in CHUVASH_DIM_HELDOUT102 and rng.random() < 0.4:
                name = CHUVASH_DIM_HELDOUT102[first]
        else:
            name = self._family(origin, last, woman)
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title or a kin word written next to it ('peñi Nahuel', 'lonko Juan Painemal', 'profe
        Catrileo', 'Pu Lalremruata Ralte', 'Mapuia pa', 'доцент Яковлева', 'Нарспи аппа', 'Sayyid Salem
        Kalshat', 'Habib Saeed'), from the origin that uses it, in Cyrillic where the title is."""
        origin, woman, part, _ = TITLED_HELDOUT102[title.lower()]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        cyr = title.lower() in CYRILLIC_TITLES_HELDOUT102
        if part == "given":
            if origin == "mizo" and title.lower() in ("pa", "nu") and first in MIZO_NICK_HELDOUT102:
                return MIZO_NICK_HELDOUT102[first] if rng.random() < 0.5 else first  # 'Mapuia pa'
            if origin == "chuvash" and not cyr and first in CHUVASH_DIM_HELDOUT102 and rng.random() < 0.3:
                return CHUVASH_DIM_HELDOUT102[first]  # 'Petya pichche'
            if cyr and first in CHUVASH_LETTERS_HELDOUT102 and rng.random() < 0.5:
                return CHUVASH_LETTERS_HELDOUT102[first]  # 'Петӗр пичче'
            return _cyrillic(first) if cyr else first
        family = self._family(origin, last, woman)
        if part == "family":
            return _cyrillic(family) if cyr else family
        if origin == "mizo" and rng.random() < 0.35:  # 'Pu C. Lalrinawma'
            return f"{self._father('mizo')[0]}. {first}"
        if origin == "mahra" and rng.random() < 0.4:  # 'Sheikh Salem bin Ali Kalshat'
            return f"{first} bin {self._father('mahra', first)} {last}"
        return f"{first} {family}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose campus, paper or speech the template names, in the script or the layout the template
        is written in."""
        m = TITLE_SLOT_HELDOUT102.search(template)
        if m:
            name = self.titled_person(next(g for g in m.groups() if g))
            self.last_origin = TITLED_HELDOUT102[next(g for g in m.groups() if g).lower()][0]
            return name
        script = ""
        if re.search(r"[\u0600-\u06ff]", template):
            script = "arabic"
        elif re.search(r"[ӑӗҫӳӐӖҪӲ]", template):
            script = "chuvash"
        elif re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif template.startswith(("Apellidos y nombres:", "Surname, given names:")):
            script = "surname_first"
        elif re.match(r"Nama\b|\{\} sudah", template):
            script = "indonesian"
        elif template.startswith(('"', "- name")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT102 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT102 if cue.search(template)), None)
        origin = {"arabic": "mahra", "chuvash": "chuvash", "cyrillic": "chuvash", "indonesian": "mahra"}.get(
            script, origin
        )
        if script == "surname_first" and template.startswith("Apellidos"):
            origin = "mapuche"
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 140)
        room = rng.randint(101, 518)
        hyd = pick(
            [
                ("Tolichowki", "500008"),
                ("Mehdipatnam", "500028"),
                ("Tarnaka", "500017"),
                ("Habsiguda", "500007"),
            ]
        )
        shil = pick([("Laitumkhrah", "793003"), ("Nongthymmai", "793014"), ("Mawlai", "793008")])
        shapes = [
            f"Av. Alemania 0{rng.randint(100, 999)}, depto. {rng.randint(2, 14)}0{rng.randint(1, 6)}, Temuco",
            f"{pick(['Montt', 'Claro Solar', 'Bulnes', 'Portales', 'Aldunate', 'Varas'])} {rng.randint(100, 1500)}, Temuco",
            f"Pasaje {pick(['Los Copihues', 'Los Aromos', 'Las Araucarias', 'Los Canelos'])} {rng.randint(100, 2900)}, Villa {pick(['Los Caciques', 'El Bosque', 'Pulmahue'])}, Padre Las Casas",
            f"Sector Maquehue, Km {rng.randint(3, 18)} camino a Huichahue, Padre Las Casas",
            f"Av. Vicuña Mackenna {rng.randint(1000, 7000)}, depto. {rng.randint(2, 20)}0{rng.randint(1, 8)}, Macul, Santiago",
            f"{pick(['Santa Isabel', 'Portugal', 'Lira', 'San Diego'])} {rng.randint(100, 1500)}, depto. {rng.randint(2, 24)}0{rng.randint(1, 9)}, Santiago Centro",
            f"House No. {pick('ABCDEFH')}-{n}, {pick(['Chaltlang', 'Zarkawt', 'Dawrpui', 'Ramhlun North', 'Chanmari', 'Khatla', 'Bawngkawn', 'Durtlang'])}, Aizawl, Mizoram 7960{rng.randint(1, 17):02d}",
            f"{pick(['Bazar Veng', 'Chanmari', 'Zotlang', 'Serkawn'])}, Lunglei, Mizoram 796701",
            f"Room {room}, {pick(['Boys', 'Girls'])}' Hostel {rng.randint(1, 6)}, Mizoram University, Tanhril, Aizawl 796004",
            f"H. No. {rng.randint(1, 300)}, Humayunpur, Safdarjung Enclave, New Delhi 110029",
            f"{rng.randint(1, 60)}, {pick(['Vijay Nagar', 'Kamla Nagar', 'GTB Nagar'])}, Delhi 1100{pick(['07', '09'])}",
            f"{shil[0]}, Shillong, Meghalaya {shil[1]}",
            f"ул. {pick(['Университетская', 'Гражданская', 'Гагарина', 'Карла Маркса', 'Ленинградская'])}, д. {n}, кв. {rng.randint(1, 160)}, Чебоксары, 4280{pick(['03', '15', '17', '34', '38'])}",
            f"общежитие № {rng.randint(1, 9)} ЧувГУ, ул. Университетская, д. {rng.randint(10, 40)}, комн. {room}, Чебоксары",
            f"ul. Universitetskaya, d. {n}, kv. {rng.randint(1, 160)}, Cheboksary 428034",
            f"ул. {pick(['Деревня Универсиады', 'Пушкина', 'Товарищеская', 'Чистопольская'])}, д. {n}, кв. {rng.randint(1, 200)}, Казань, 420{rng.randint(0, 140):03d}",
            f"Al Ghaydah, {pick(['Jihi', 'Al-Matar', 'Al-Fayd'])} district, street {rng.randint(1, 40)}, house {n}, Al-Mahra",
            f"Sayhut, near the {pick(['fish market', 'health centre', 'secondary school'])}, house {n}, Al-Mahra",
            f"Qishn, {pick(['old quarter', 'new quarter'])}, house {n}, Al-Mahra governorate",
            f"Hadibu, {pick(['Hawlaf road', 'old quarter'])}, house {n}, Socotra",
            f"الغيضة، حي {pick(['جيحي', 'المطار'])}، شارع {rng.randint(1, 40)}، منزل رقم {n}، محافظة المهرة",
            f"H.No. {rng.randint(1, 12)}-{rng.randint(1, 9)}-{rng.randint(10, 400)}/{pick(['A', 'B', '1', '2'])}, {hyd[0]}, Hyderabad, Telangana {hyd[1]}",
            f"Jl. {pick(['Raya Condet', 'Batu Ampar III', 'Kayu Manis'])} No. {n}, RT {rng.randint(1, 12):03d}/RW {rng.randint(1, 9):03d}, Batu Ampar, Kramat Jati, Jakarta Timur 13520",
            f"Jl. {pick(['Kertamukti', 'Legoso Raya', 'Pesanggrahan'])} No. {n}, Pisangan, Ciputat Timur, Tangerang Selatan 15419",
        ]  # fmt: skip
        spans = {"mapuche": (0, 6), "mizo": (6, 12), "chuvash": (12, 16), "mahra": (16, 24)}
        origin = self._origin_after_name()
        return pick(shapes[slice(*spans[origin])] if origin else shapes)

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, _ = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT102[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{last}", f"{first}{rng.randint(1998, 2008)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", *EMAIL_DOMAINS_HELDOUT102[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+56 9 {d(4)} {d(4)}",  # Chilean mobiles
            f"9 {d(4)} {d(4)}",
            f"+56 45 2{d(2)} {d(4)}",  # Temuco
            f"+56 2 2{d(3)} {d(4)}",  # Santiago
            f"+91 {rng.choice('6789')}{d(4)} {d(5)}",  # Indian mobiles
            f"{rng.choice('6789')}{d(4)} {d(5)}",
            f"0389-23{d(5)}",  # Aizawl
            f"0372-22{d(5)}",  # Lunglei
            f"011-2{d(3)}-{d(4)}",  # Delhi
            f"0364-25{d(5)}",  # Shillong
            f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",  # Russian mobiles
            f"8 9{d(2)} {d(3)} {d(2)} {d(2)}",
            f"+7 (8352) {d(2)}-{d(2)}-{d(2)}",  # Cheboksary
            f"8 (8352) {d(2)}-{d(2)}-{d(2)}",
            f"+7 (843) {d(3)}-{d(2)}-{d(2)}",  # Kazan
            f"+967 7{rng.choice('01378')}{d(1)} {d(3)} {d(3)}",  # Yemeni mobiles
            f"7{rng.choice('01378')}{d(1)} {d(3)} {d(3)}",
            f"+967 5 {d(3)} {d(3)}",  # al-Mahra
            f"+968 9{d(3)} {d(4)}",  # Omani mobiles
            f"040-2{d(3)}-{d(4)}",  # Hyderabad
            f"+62 8{rng.choice(['12', '13', '21', '52', '57', '77', '95'])}-{d(4)}-{d(4)}",  # Indonesian mobiles
            f"08{rng.choice(['12', '13', '21', '57', '77'])}{d(8)}",
            f"(021) {d(4)} {d(4)}",  # Jakarta
        ]
        spans = {"mapuche": (0, 4), "mizo": (4, 10), "chuvash": (10, 15), "mahra": (15, 23)}
        origin = self._origin_after_name()
        return rng.choice(shapes[slice(*spans[origin])] if origin else shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", f"220{rng.randint(0, 4)}",
                             "6521", "6522", "34", "37"])  # fmt: skip
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
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT102[origin] if origin else sorted(IBAN_SHAPES_HELDOUT102))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT102[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2800:150:{h()}:{h()}::{h()}", f"2409:4063:{h()}:{h()}::{h()}",
                           f"2a00:1fa1:{h()}:{h()}::{h()}", f"2001:448a:{h()}:{h()}::{h()}",
                           f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the campus Wi-Fi, the VPN, the lab's GPU server, the MLflow server, the
        library catalogue, the lecture hall's capture agent, the hostel's router, the union's voting server and
        this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the campus wifi gave me {} but the portal still won't load", v4),
            ("the lab's gpu server is {}, ask before you start a training run", v4),
            ("our thesis lab's mlflow runs on {} port 5000", v4),
            ("the university vpn assigned me {} and now nothing resolves", v4),
            ("my laptop got {} on eduroam and the library printer can't see it", rng.choice([v4, v6])),
            ("the library catalogue server is at {}, it's down again before exams", v4),
            ("the opencast capture agent in lecture hall 2 is {}, the recording didn't start", v4),
            ("the hostel router hands out {} and blocks half the internet", v4),
            ("the union election's voting server sits on {} this year", rng.choice([v4, v6])),
            ("the dorm network gave me a v6 address, {}", v6),
            ("la red de la u me dio {} y no abre el portal", v4),
            ("в общаге роутер выдал мне {}, а портал не открывается", v4),
            ("Host thesis-gpu\n    HostName {}\n    Port 22", v4),
            ("MLFLOW_TRACKING_URI=http://{}:5000", v4),
            ("org.opencastproject.server.url=http://{}:8080", v4),
            ("url = http://{}/vufind", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-05-14 09:12:44 sshd[2211]: Accepted publickey for student from {} port 51234 ssh2", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("$ rsync -avz results/ lab@{}:/data/thesis/", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Temuco', 'PadreLasCasas', 'Ufro', 'Wallmapu', 'Maquehue'])}{rng.choice(['2024!', '#45', '_4780', '@56'])}",
                f"{rng.choice(['Tanhril', 'Aizawl', 'Lunglei', 'Chaltlang', 'Zirlai'])}{rng.choice(['@796', '#0389', '!2025', '_91'])}",
                f"{rng.choice(['Cheboksary', 'Chuvsu', 'Shupashkar', 'Kazan', 'Narspi'])}{rng.choice(['_428', '#8352', '2025!', '@21'])}",
                f"{rng.choice(['Ghaydah', 'Sayhut', 'Qishn', 'Socotra', 'Ciputat'])}{rng.choice(['#967', '@2024', '!15419', '_05'])}",
                rng.choice(["tesis", "graduation", "thesis", "scholarship", "library", "hostel"]).translate(leet) + rng.choice(["", "!", "_102"]),
                f"Sem{rng.randint(1, 10)}-{rng.choice(['Exam', 'Resit', 'Thesis'])}{rng.randint(10, 99)}",
                f"{rng.choice(['campus', 'portal', 'dorm', 'depa'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        uuid = "-".join(tok(n, hexd) for n in (8, 4, 4, 4, 12))
        options = [
            # passwords handed over in ways no earlier set used
            ("my portal password is written inside the cover of my thesis notebook, {}", pw),
            ("the flat's wifi password is on the whiteboard next to the rent list, {}", pw),
            ("I wrote the portal password on the back of the admission letter so I don't lose it, {}", pw),
            ("the gown hire login is printed on the receipt, the password is {}", pw),
            ("my library account password is on a slip in the sleeve of my student ID card, {}", pw),
            ("the lab server password is in the margin of my exam timetable, {}", pw),
            ("dad wrote the email password on the graduation programme, {}", pw),
            ("the passphrase for my ssh key to the cluster is {}, don't laugh", pw),
            ("my belenios credential for the union election is {}, don't tell anyone", tok(15, alnum)),
            ("the student loan portal sent {} as the code, it expires in 5 minutes", d(6)),
            ("the exam hall locker code is {}", d(4)),
            ("eduroam uses the portal password, mine is {}", pw),
            ("the hostel wifi password is {}, it changes every month", pw),
            # cues in the set's languages
            ("la clave del portal es {}, no se la des a nadie po", pw),
            ("mi clave única es {}, la necesitas para llenar el FUAS", pw),
            ("la clave del wifi del depa es {}", pw),
            ("password chu {} a ni, mi dang hriattir suh", pw),
            ("the password is {}, don't share it with anyone yaar", pw),
            ("пароль от портала {}, никому не говори", pw),
            ("код из смс от госуслуг {}, быстро введи", d(6)),
            ("пароль {}, никама та ан кала", pw),
            ("كلمة السر {}، لا تعطيها لأحد", pw),
            ("password-nya {}, jangan kasih tahu siapa-siapa ya", pw),
            # commands
            ("$ mysql -u vufind -p{} vufind", colonless),
            ("$ dvc remote modify --local labstore password {}", colonless),
            ("$ curl -H 'X-API-TOKEN: {}' https://yourdatacenter.qualtrics.com/API/v3/surveys", tok(40, alnum)),
            ("$ export MLFLOW_TRACKING_PASSWORD={}", colonless),
            # pastes
            ("[Database]\ndatabase = mysql://vufind:{}@localhost/vufind", colonless),
            ("org.opencastproject.security.admin.pass={}", colonless),
            ("org.opencastproject.security.digest.pass={}", tok(24, alnum)),
            ("MLFLOW_TRACKING_PASSWORD={}", colonless),
            ("ORCID_CLIENT_SECRET={}", uuid),
            ("QUALTRICS_API_TOKEN={}", tok(40, alnum)),
            ('  "key": "{}"', tok(32, hexd)),
            ("HOSTEL_BOT_TOKEN={}", f"{d(10)}:{tok(35, alnum + '_-')}"),
            ("[802-1x]\neap=peap;\nphase2-auth=mschapv2\npassword={}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: a student login or a roll number, a GitHub, Telegram or VK handle, in shapes like
        'r.huenchullan07', 'mzu21msc045', 'st204518', 'x.thesis', 'x-lab'."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(19, 25)
        own = {
            "mapuche": [
                f"{first[:1]}.{last}{rng.randint(1, 99):02d}",
                f"{last}-{first[:1]}",
                f"{first}_{last[:5]}",
            ],
            "mizo": [
                f"mzu{yy}{rng.choice(['msc', 'mca', 'ma', 'phd'])}{rng.randint(1, 60):03d}",
                f"{first}{last[:1]}",
                f"{last}.{first}",
            ],
            "chuvash": [
                f"st{rng.randint(100000, 999999)}",
                f"{first}_{_plain(self._family('chuvash', last.capitalize(), woman))}",
                f"{last}-{yy}",
            ],
            "mahra": [f"{first}.{last}", f"{first}_almahri", f"{first}{last}{yy}"],
        }[origin]
        return rng.choice([f"{first}.thesis", f"{last}-lab", f"{first}{yy}", *own, *own])  # fmt: skip

    def _birth(self, oldest: int = 1997, youngest: int = 2008) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1997, youngest: int = 2008) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "cl": f"{day:02d}-{m:02d}-{y}",
            "es": f"{day} de {ES_MONTHS_HELDOUT102[m - 1]} de {y}",
            "in": f"{day:02d}/{m:02d}/{y}",
            "in_dash": f"{day:02d}-{m:02d}-{y}",
            "in_words": f"{_ordinal(day)} {EN_MONTHS_HELDOUT102[m - 1]} {y}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RU_MONTHS_HELDOUT102[m - 1]} {y} г.",
            "cv": f"{y} ҫулхи {CV_MONTHS_HELDOUT102[m - 1]} уйӑхӗн {day}-мӗшӗ",
            "ar": f"{day} {AR_MONTHS_HELDOUT102[m - 1]} {y}".translate(ARABIC_DIGITS_HELDOUT102),
            "ar_num": f"{day:02d}/{m:02d}/{y}",
            "id": f"{day} {ID_MONTHS_HELDOUT102[m - 1]} {y}",
            "en": f"{day} {EN_MONTHS_HELDOUT102[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {
            "mapuche": ["cl"],
            "mizo": ["in", "in_dash"],
            "chuvash": ["ru"],
            "mahra": ["ar_num", "in_dash"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["cl", "in", "ru", "ar_num", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, parent = self._dob_shapes(), self._dob_shapes(1962, 1982)
        options = [
            ("the PAES registration asks for my date of birth, {}", s["cl"]),
            ("nací el {}, ponlo así en el formulario de la beca", s["es"]),
            ("mamá nació el {}, lo piden en el FUAS", parent["cl"]),
            ("the post-matric scholarship form needs her date of birth, {}", s["in"]),
            ("my DOB for the CUET form is {}", s["in_dash"]),
            ("the hostel form wants the parent's DOB too, dad's is {}", parent["in"]),
            ("he was born on the {}, the bonafide certificate has it wrong", s["in_words"]),
            ("для общежития нужна дата рождения, у меня {}", s["ru_words"]),
            ("the dorm registration wants your date of birth, mine is {}", s["ru"]),
            ("the FRRO form for the visa extension needs my date of birth, {}", s["in"]),
            ("تاريخ ميلادي {}، اكتبه في استمارة المنحة", s["ar"]),
            ("tanggal lahir saya {}, untuk formulir daftar ulang", s["id"]),
            ("Fecha de nacimiento: {}", s["cl"]),
            ("Date of Birth (DD/MM/YYYY): {}", s["in"]),
            ("Pian ni: {}", s["in"]),
            ("Дата рождения: {}", s["ru"]),
            ("Ҫуралнӑ кун: {}", s["cv"]),
            ("تاريخ الميلاد: {}", s["ar_num"]),
            ("Tempat/Tgl. Lahir: Al Ghaydah, {}", s["id"]),
            ('    "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT102_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} got the admission letter from the UFRO today, she's going to study nursing",
        "can you ask {} when the thesis defence is, I want to be there",
        "{} is my thesis supervisor, he wants chapter 3 by friday",
        "{} won the student union election by 40 votes",
        "{} still owes the library 12000 pesos in fines",
        "{} has to re-sit the statistics exam in march",
        "{} filed an appeal against the grade, the committee meets on tuesday",
        "{} hired the gown for the graduation ceremony, size L",
        "{} lost her student ID card again, the new one costs 5000",
        "{} can't log into the university portal, the password expired",
        "{} got the internship at the bank, he starts in january",
        "{} asked for the transcript to be sent to the embassy",
        "{} moved into the halls of residence last week",
        "{} is looking for a flatmate for the flat near campus",
        "{} got the beca indígena for the whole degree",
        "{} is on the CAE, he'll be paying it off for years",
        "{} scored 850 in the PAES maths test",
        "{} lives in the hogar estudiantil in Temuco during the semester",
        "{} is going home to Padre Las Casas for we tripantu",
        "{} is the new president of the Mapuche students' group at the Católica",
        "{} passed the MZU entrance test for the MSc",
        "{} is staying in the girls' hostel at Tanhril",
        "{} studies at Delhi University, she lives in Humayunpur with three other Mizo girls",
        "{} from Lunglei got the post-matric scholarship this year",
        "{} is doing the PhD at NEHU in Shillong",
        "{} wrote the CUET and got into Hindu College",
        "{} was elected to the MZP committee, congratulations",
        "{} got a budget place at ChuvSU's medical faculty",
        "{} got 92 in Russian on the EGE",
        "{} lives in dorm 5 at ChuvSU, room 312",
        "{} is defending the diploma in June and the nauchruk is strict",
        "{} moved to Kazan for the master's at KFU",
        "{} failed sopromat and has the retake in February",
        "{} studies pharmacy at Hadhramout University in Mukalla",
        "{} came from Al Ghaydah to Hyderabad for the MBA at Osmania",
        "{} is doing the master's at UIN and lives in Ciputat",
        "{} got the governorate's scholarship but it's six months late",
        "{} needs the attested transcript from Osmania for the ministry",
        "{} went to the FRRO about the student visa extension",
        "{} and {} got the same grade in the re-sit",
        "I'm meeting {} at the library at 3 to return the books",
        "who is {}? she's in my tutorial group",
        "{} is the TA for the stats course this semester",
        "{} wants the gown hire money back, the ceremony was moved",
        "{} from the admissions office called about the missing certificate",
        "my flatmate {} never pays the internet on time",
        "{} got a 6.8 for the thesis, tell everyone",
        "{} is applying for internships in Santiago and Temuco",
        "{}'s defence went well, the committee loved the fieldwork chapter",
        "{} quedó en Derecho en la Chile, está feliz",
        "oye {} te toca pagar la luz del depa este mes",
        "la {} defiende la tesis el jueves a las 10",
        "el {} perdió la credencial universitaria otra vez",
        "ka hming chu {} a ni, MZU-ah MSc ka zir",
        "{} сдал сессию без троек",
        "{} пересдаёт матанализ в пятницу",
        "{} защищает свою дипломную работу в июне",
        "салам, {}! экзамен мӗнле иртрӗ?",
        "{} حصل على المنحة الدراسية",
        "{} sudah daftar ulang di kampus Ciputat",
        "peñi {} is organising the we tripantu at the university",
        "lamngen {} is sharing the flat with me next semester",
        "lonko {} came to the graduation ceremony in Temuco",
        "machi {} blessed the new hogar for Mapuche students",
        "the profe {} hasn't uploaded the grades yet",
        "la tía {} from the casino saved us lunch after the exam",
        "Pu {} is the warden of the boys' hostel",
        "Pi {} in the exam cell said the marksheets come next week",
        "{} sir gave us the internal marks today",
        "{} ma'am is our HOD, ask her for the bonafide certificate",
        "{} pa came down to Delhi to pay the hostel fee",
        "{} nu is sending rice from Aizawl to the flat in Shillong",
        "доцент {} принимает пересдачу в 305 аудитории",
        "профессор {} подписал рецензию на диплом",
        "{} пичче помог мне переехать в общежитие",
        "{} аппа прислала денег на общагу",
        "{} pichche drove me to the dorm in Cheboksary",
        "{} appa sent money for the dorm again",
        "Sayyid {} signed the letter for my scholarship",
        "Habib {} in Ciputat had all the Yemeni students over for iftar",
        "Sharifa {} topped the pharmacy batch in Mukalla",
        "Sheikh {} paid the hostel fees for three students from Qishn",
        "muqaddam {} wrote to the governorate about our scholarships",
        "Applicant: {}",
        "Candidate: {}",
        "Supervisor: {}",
        "Borrower: {}",
        "Resident: {}",
        "Name of the candidate: {}",
        "Surname, given names: {}",
        "Postulante: {}",
        "Alumno regular: {}",
        "Tesista: {}",
        "Profesor guía: {}",
        "Apellidos y nombres: {}",
        "Hming: {}",
        "ФИО: {}",
        "Студент: {}",
        "Научный руководитель: {}",
        "Ячӗ: {}",
        "الاسم: {}",
        "اسم الطالب: {}",
        "Nama: {}",
        "Nama mahasiswa: {}",
        "| 2021-0345 | {} | 6.2 |",
        '"student_name": "{}",',
        "- name: {}",
    ],
    "STREET_ADDRESS": [
        "the admission letter went to {}, not to the residence",
        "I'm moving to {} next semester",
        "the student flat is at {}, third floor",
        "send the transcript to {} please",
        "the graduation gown has to go back to {}",
        "the internship office asked for my address, it's {}",
        "my parents' address for the scholarship is {}",
        "Address: {}",
        "Dirección: {}",
        "Адрес: {}",
        "العنوان: {}",
        "Alamat: {}",
        "Permanent address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the thesis draft to {}",
        "my university email is {}",
        "the supervisor answers from {}",
        "the admissions office wrote from {}",
        "mail the appeal to {} before friday",
        "Email: {}",
        "Correo: {}",
        "Эл. почта: {}",
        "E-mail institucional: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} if the admission letter comes",
        "the landlady's number is {}",
        "the hostel warden is on {}",
        "whatsapp {} about the room in the flat",
        "the supervisor's mobile is {}",
        "Phone: {}",
        "Teléfono: {}",
        "Тел.: {}",
        "Mobile No.: {}",
        "No. HP: {}",
        "رقم الجوال: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the gown hire with {}",
        "the application fee went on {}",
        "the library fine was charged to {}",
        "pay the hostel deposit with {} please",
        "the transcript fee came off {}",
        "Card: {}",
        "Tarjeta: {}",
        "Номер карты: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "my exchange stipend goes to {}",
        "send the deposit for the room in Madrid to {}",
        "the scholarship office pays into {}",
        "my brother in Riyadh sends the fees from {}",
        "the exchange university wants the refund account, {}",
        "IBAN: {}",
        "Cuenta IBAN: {}",
        "IBAN получателя: {}",
        "رقم الآيبان: {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "my portal login is {}",
        "my github is {}, the thesis code is all there",
        "the student ID I log in with is {}",
        "on telegram I'm {}",
        "the vufind account for the library is {}",
        "the mlflow user for the lab is {}",
        "on the student union forum I'm {}",
        "my vk is {}",
        "the hostel's instagram is {}",
        "Login: {}",
        "Usuario: {}",
        "Логин: {}",
        "MLFLOW_TRACKING_USERNAME={}",
        "Username: {}",
    ],
}
HELDOUT102_MIXED = [
    ("Postulante: {}, fecha de nacimiento {}, fono {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name of the candidate: {}, Date of Birth: {}, Mobile: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("ФИО: {}\nДата рождения: {}\nАдрес: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Nama: {}\nTanggal lahir: {}\nAlamat: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("الاسم: {}، تاريخ الميلاد: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("{} paid the gown hire with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the application fee with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("MLFLOW_TRACKING_USERNAME={}\nMLFLOW_TRACKING_PASSWORD={}", ["USERNAME", "SECRET"]),
    ("MLFLOW_TRACKING_URI=http://{}:5000\nMLFLOW_TRACKING_USERNAME={}\nMLFLOW_TRACKING_PASSWORD={}",
     ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("the landlord is {}, {}, he wants the deposit to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send the rent to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("Resident: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Supervisor: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the university kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is the student union's treasurer", ["PERSON", "EMAIL_ADDRESS"]),
    ("Borrower: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Apellidos y nombres: {}\nFecha de nacimiento: {}\nDirección: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the portal login is {} and the password {}", ["USERNAME", "SECRET"]),
    ("the thesis server is {} and the root password is {}", ["IP_ADDRESS", "SECRET"]),
    ("{} is moving into {} next week", ["PERSON", "STREET_ADDRESS"]),
    ("Applicant: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
]  # fmt: skip
HELDOUT102_NEGATIVES = [
    "Temuco and Padre Las Casas are on either side of the Cautín river",
    "the UFRO is the Universidad de La Frontera in Temuco",
    "the PAES replaced the PSU as Chile's university entrance test",
    "the Beca Indígena is a state grant for indigenous students in Chile",
    "the CAE is the state-guaranteed student loan",
    "the FUAS is the form for grants and free tuition",
    "in Chile you carry the father's family name first, then the mother's",
    "a Chilean form asks for the paternal surname, the maternal surname and then the names",
    "peñi means brother and lamngen sister in Mapudungun",
    "a lonko is the head of a Mapuche community and a machi a healer",
    "we tripantu, the Mapuche new year, falls around 24 June",
    "mari mari means hello in Mapudungun",
    "chaltu may!",
    "Huenchullán is a Mapuche family name, it's also written without the accent",
    "the grades in Chile go from 1.0 to 7.0 and 4.0 is a pass",
    "MAT1610 is the first calculus course",
    "sala 204 del edificio E",
    "the casino is what Chilean students call the canteen",
    "Aizawl is the capital of Mizoram and Lunglei the second town",
    "Mizoram University's campus is at Tanhril",
    "the CUET is the entrance test for the central universities",
    "the post-matric scholarship is for students from the scheduled tribes",
    "the MZP is the Mizo students' association",
    "Pu and Pi are Mr and Mrs in Mizo",
    "a Mizo man's given name usually ends in -a and a woman's in -i",
    "Ralte, Hnamte and Khiangte are Mizo clan names",
    "in Mizo a parent can be called by the child's name with pa or nu after it",
    "an initial before a Mizo name is the father's",
    "Humayunpur in Delhi has a lot of northeast students and food",
    "ka lawm e!",
    "the bonafide certificate comes from the college office",
    "roll no. 21MSC045, seat 14",
    "internal marks are out of 25 and the end-sem out of 75",
    "CS-301 lab on thursday, 8 credits",
    "Cheboksary is Shupashkar in Chuvash",
    "ChuvSU is the Chuvash State University in Cheboksary",
    "the EGE is Russia's school-leaving and entrance exam",
    "a budget place means the state pays the tuition",
    "sopromat is the strength of materials course everyone fears",
    "nauchruk is student slang for the thesis supervisor",
    "a Russian form asks for the family name, the given name and the patronymic",
    "Sespel, Mitta and Ukhsay are Chuvash family names that don't change for a woman",
    "пичче is elder brother and аппа elder sister in Chuvash",
    "Chuvash has four letters of its own: ӑ, ӗ, ҫ and ӳ",
    "тавтапуҫ!",
    "аудитория 305, второй корпус",
    "сессия начинается 12 января",
    "зачёт по физкультуре поставили всем",
    "оценка «отлично» это пятёрка",
    "Al Ghaydah is the capital of the al-Mahra governorate",
    "Mehri is a language of its own, not an Arabic dialect",
    "Socotra's main town is Hadibu",
    "a muqaddam is the head of a Mahri tribe",
    "Sayyid and Sharifa are titles of the Prophet's descendants",
    "in Jakarta a sayyid scholar is called Habib",
    "bin means son of and binti daughter of on a Malay or Indonesian register",
    "Ba before a family name marks an old lineage in Mahra and Hadramawt",
    "Al-Mahri just means from Mahra",
    "Osmania University is in Hyderabad",
    "UIN Jakarta's main campus is in Ciputat",
    "the FRRO registers foreign students in India",
    "جامعة حضرموت في المكلا",
    "شكراً جزيلاً",
    "terima kasih banyak!",
    "the defence is on 2026-06-18 at 10:00",
    "the graduation ceremony is on 12 December 2026",
    "deadline for the scholarship is 31/03/2026",
    "the re-sit is on 03.02.2026",
    "fecha límite de postulación: 15-01-2026",
    "the library fine is 200 pesos a day",
    "the gown hire is 35000 pesos with the cap",
    "hall B, room 12, key at the porter's lodge",
    "the Temuco campus library closes at 9 during exams",
    "VuFind 10 needs PHP 8.1",
    "Opencast 15 changed the capture agent settings",
    "MLflow 2 has basic auth built in",
    "fixed in commit 4be2c91, see the changelog",
    "MLFLOW_TRACKING_PASSWORD=changeme",
    "ORCID_CLIENT_SECRET=<your-secret>",
    "portal password: ********",
    "card 4111 1111 1111 1111 is the test card",
    "4242 4242 4242 4242 is the test number in the docs",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "write to student@example.edu for the newsletter",
    "192.0.2.102 is a documentation address",
    "198.51.100.102 is a documentation address",
    "2001:db8:102::1 is a documentation address",
    "see you at the library",
    "who has the notes from monday?",
    "finally submitted the thesis!!",
]  # fmt: skip


def _typo102(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a campus word's well-known misspelling ('accommodation' -> 'accomodation',
    'library' -> 'libary', 'professor' -> 'proffesor', 'scholarship' -> 'scholorship'), or chat shorthand
    ('university' -> 'uni', 'semester' -> 'sem', 'department' -> 'dept'). Only in sentences typed to the bot
    or a friend; a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT102.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT102[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT102.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT102[m.group(1)] + template[m.end() :]


def build_heldout102(seed: int = HELDOUT102_SEED) -> list[Example]:
    """Held-out set 102: `Gen102` values in `HELDOUT102_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen102(seed)
    return assemble_module_set(
        gen, HELDOUT102_TEMPLATES, HELDOUT102_MIXED, HELDOUT102_NEGATIVES, _typo102, person=gen.person_for
    )
