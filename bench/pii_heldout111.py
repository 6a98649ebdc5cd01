"""Held-out PII set 111 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout111": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT111 is empty, as for the sets before
it; written at the same time as held-out 112 by another author, neither seeing the other's set). The theme is
child care as parents, nannies, babysitters and kindergarten and crèche staff talk about it: the
kindergarten's or the crèche's enrolment form and its waiting list (the Xunta's Galiña Azul crèches and the
Bono Concilia in Galicia, the kindergarten queue on Госуслуги in Buryatia, the PAUD and the TK in West Java,
the daycare in Silver Spring), the pick-up list of who may collect a child, the nanny's or the babysitter's
contract, wage and hours (the Cuideo agency in Spain, a 'yayasan penyalur' that places a 'pengasuh' in
Bandung, a 'mogzit' in Addis Ababa), the parents' group chat, the daycare app's login and its one-time code
(Procare, Abalar Móbil, Сферум), the fees and the direct debit (ABANCA, telebirr and CBE Birr, СберБанк,
LinkAja), the child's allergies and vaccination card (no health data labels: only the PII types of TYPES, so a
child's allergy or jab is no value of its own), the emergency contacts, the school bus and the 'jemputan', and
the nanny agency. The peoples were chosen after grepping the earlier sets' docstrings and lists
(bench/pii_heldout27.py to 110.py, and bench/pii.py): Amhara, Addis Ababa, Bahir Dar, Gondar, Ge'ez, A Coruña,
Lugo, Ulan-Ude, Irkutsk, Bogor, Garut and Tasikmalaya come up in none; 'Ethiopia' only in two negatives
(held-out 34 and 52) and in bench/pii.py's short Ethiopian list and Anuak of Gambella, 'Vigo' only inside
held-out 90's 'Vigouroux', 'Galicia' only as a Nahua family name in held-out 54; the first 26 sets in
bench/pii.py held short Galician, Buryat, Sundanese and Ethiopian lists among dozens of peoples, so this set
leaves out every name they hold ('Abebe', 'Tesfaye', 'Dawit', 'Meron', 'Tigist', 'Bekele', 'Tadesse',
'Haileselassie'; 'Xoán', 'Uxía', 'Brais', 'Iria', 'Antía', 'Xiana', 'Sabela', 'Outeiro', 'Seoane', 'Souto',
'Fraga', 'Varela'; 'Bair', 'Tsyren', 'Dashi', 'Bato', 'Sayana', 'Erzhena', 'Darima', 'Aryuna', 'Tsydenov',
'Dorzhiev', 'Badmaev'; 'Cecep', 'Euis', 'Asep', 'Ujang', 'Neneng', 'Iis', 'Permana', 'Hidayat', 'Suganda') and
their addresses (Bandung's Cihampelas, Dago and Sukajadi). Held-out 73 took nurseries and childminders
before (Brightwheel, Famly, Tadpoles, Kinderpedia, the PAUD of the Sangihe Islands) and held-out 45 the
babysitting sites (Sitly, Yoopies): this set takes none of those services; Procare, Cuideo, Abalar, the
Galiña Azul, the Bono Concilia, ABANCA, telebirr, CBE Birr, Сферум, СберБанк, LinkAja, Holded, CloudPayments,
Tripay, Fonnte, Hikvision's cameras and nmcli's Wi-Fi password come up in no earlier set ('Госуслуги' only
in Latin letters in held-out 102 and 103). Hand-written lists of four peoples: the Amhara of Addis Ababa
(Bole, Yeka, Kirkos, Gullele), Bahir Dar (its sub-cities Gish Abay, Tana, Shumabo, Fasilo) and Gondar
(Azezo, Maraki, Arada), and in the diaspora in Silver Spring and Falls Church (no family name: a given name,
the father's given name and the grandfather's ('Mekdes Getachew Ayalew'); in chat and on most papers the
given name and the father's ('Mekdes Getachew'), which an American form takes for a last name and puts first
('Getachew, Mekdes'); the compound Christian names a form shortens with a slash ('Woldegiorgis' ->
'W/Giorgis', 'Habtemariam' -> 'H/Mariam', 'Gebrekidan' -> 'G/Kidan', in Ge'ez 'ወ/ጊዮርጊስ'), inside the span;
the Ge'ez script ('መቅደስ ጌታቸው', 'ዮሐንስ ደመቀ'); other Latin spellings of one name ('Tsehaye', 'Hiwet',
'Yohanes', 'Biniyam', 'Qidist'); short forms ('Mekdi', 'Hiwi', 'Mahi', 'Bezi', 'Yoni', 'Ermi', 'Bini'); and
'Ato' (Mr), 'W/ro' (Weyzero, Mrs), 'W/rt' (Weyzerit, Miss), 'Emama' (mother, any older woman), 'Etye' (elder
sister), 'Gashe' (elder brother), 'Abba' (a priest), 'Memhir' (teacher) and in Ge'ez 'አቶ' and 'ወ/ሮ' before a
given name, outside the span: Ethiopians address people by the given name); the Galicians of A Coruña,
Vigo, Santiago de Compostela and Lugo, and emigrants in Geneva (two family names, the father's first and the
mother's second ('Xosé Piñeiro Vilariño'), Galician and Castilian spellings of the same given and family
names ('Xosé'/'José', 'Xabier'/'Javier', 'Olalla'/'Eulalia', 'Vilariño'/'Villariño', 'Ferreiro'/'Herrero'),
compound given names ('Xosé Manuel', 'María do Carme', 'María José'), a form's family names first with a
comma ('PIÑEIRO VILARIÑO, XOSÉ', 'Rial Castiñeira, Noa'), the 'M.ª' and 'Mª' of María on forms, the particle
in a family name ('Noa Rial do Campo'), the accents and the 'ñ' dropped ('Xose Pineiro'), the short forms and
the Galician '-iño' and '-iña' ('Manolo', 'Pepe', 'Maruxa', 'Suso', 'Moncho', 'Lola', 'Carmiña', 'Tonecho')
and 'don', 'dona', 'doña', 'señor', 'señora', 'avoa' (grandmother), 'tía', 'tío' and 'profe' before a name,
and the Galician article before a given name in speech ('a Noa', 'o Manolo'), outside the span; a Spanish
woman keeps her own family names, so there is no married name); the Buryats of Ulan-Ude, of the villages
of the Ivolginsky district, and of Irkutsk (Russian-style forms: given name, patronymic and family name
('Aldar Bayarovich Dugarov', 'Tuyana Zhargalovna Tsybikova'), the family name first on a Russian form
('DUGAROV Aldar Bayarovich', 'Дугаров Алдар Баярович'), the name and the patronymic alone as parents address
a kindergarten teacher ('Tuyana Zhargalovna'), Buryat-Mongolian given names ('Aldar', 'Solbon', 'Zhargal',
'Erdem', 'Tuyana', 'Oyuna', 'Sesegma') and Tibetan-derived ones ('Dorzho', 'Nima', 'Badma', 'Zhamso',
'Lubsan', 'Sodnom', 'Dulma') and their hyphenated compounds ('Gombo-Dorzho', 'Dugar-Nima'), Cyrillic and
Latin, the Mongolian Latin spelling some write ('Jargal', 'Dorj', 'Bayarmaa', 'Oyuun'), Russian short forms
('Tuyanka', 'Oyunka', 'Seseg', 'Bayarka'), and 'тётя' and 'дядя' before a given name and the Buryat kin words
'абгай' and 'abgai' (an elder sister or aunt), 'ахай' and 'akhai' (an elder brother) and 'багша' and 'bagsha'
(teacher) after it, outside the span); and the Sundanese of Bandung, Bogor, Garut and Tasikmalaya (often one
name or two ('Jajang', 'Ade Supriatna', 'Imas Rohimah'), no family name: 'bin' and 'binti' with the father's
given name on marriage papers and some forms ('Jajang bin Endang', 'Imas binti Ohan'), inside the span; the
'Moch.' and 'Mochamad' of West Javan papers ('Moch. Ridwan', 'Mochamad Ilham Nugraha'); the Sundanese
nicknames that double a syllable ('Wawan', 'Yayan', 'Nunung', 'Titin', 'Iwan', 'Opan', 'Imah'); and 'Kang',
'Aa' (elder brother), 'Teh', 'Teteh', 'Ceu' (elder sister), 'Mang' (uncle, a working man), 'Bi' (aunt, the
nanny), 'Neng' (a young woman), 'Abah' (grandfather), 'Hj.' and 'Haji' before a name, outside the span). No
public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT111: those the lists' words could make), and public
figures come only inside the names of places and institutions in negatives (the Rosalía de Castro airport,
Praza de Castelao, Menelik II Avenue, Jl. Dewi Sartika, Jl. Otto Iskandar Dinata, the Lenin head on the
Soviets' square). Every one of those name forms, and names with a typo ('Getahcew', 'Piñerio', 'Dugrov',
'Supriatan'), is forced into the build at least once so it does not hang on the seed (any form the draws have
not reached by the end comes in a sentence of its own), and each people also gets a titled name (or a kin word
after it), a name in capitals on a form and one in lower case in chat, whatever the seed; the address, the
phone, the e-mail, the IBAN or the date of birth after a name mostly comes from that name's region, a
template in Cyrillic gets a Buryat name in Cyrillic and one in Ge'ez an Amhara name in Ge'ez. Names on papers
in English ("Child's name:", 'Authorised to collect:', 'Emergency contact:', 'Last name, First name:'),
Amharic ('ሙሉ ስም:', 'የወላጅ ስም:'), Galician and Spanish ('Nome e apelidos:', 'Apelidos e nome:', 'Apellidos y
nombre:', 'Persoa autorizada:'), Russian ('ФИО ребёнка:', 'ФИО родителя:', 'Доверенное лицо:') and
Indonesian ('Nama anak:', 'Nama orang tua/wali:', 'Penjemput:'), the pick-up list's row '| PU-2 | ... |
grandmother | yes |', JSON and YAML; prices, fees, order and job numbers, baby monitor, car seat and pram
models, error codes, default credentials printed in the cameras' manuals, the vaccination schedule's ages,
term dates and opening hours no PII; those regions' addresses (Addis Ababa's 'Bole Sub-City, Woreda 03,
House No. 1234', in Ge'ez 'አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1234', Bahir Dar's and Gondar's
kebeles, Silver Spring's and Falls Church's, A Coruña's 'Rúa Barcelona, 12, 3º esq., 15010 A Coruña',
Vigo's, Santiago's, Lugo's, the Castilian 'Calle ... izda.', Geneva's, Ulan-Ude's 'г. Улан-Удэ, ул.
Ключевская, д. 12, кв. 4' with and without its postcode first, in Latin letters, the microdistricts, a
village of the Ivolginsky district, Irkutsk's, Bandung's 'Jl. Cikutra No. 12, RT 03/RW 07, Kel. Cigadung,
Kec. Cibeunying Kaler, Kota Bandung 40191', its housing estates, Bogor's, Garut's kampung with RT/RW and
desa, Tasikmalaya's) and phones (Ethiopian mobiles '09..' and '07..' with and without '+251', Addis Ababa's
'011', Bahir Dar's and Gondar's '058', the diaspora's '(301)', '(240)', '(703)', '(571)'; Spanish mobiles
'6..' and '7..', '+34', A Coruña's and Santiago's '981', Vigo's '986', Lugo's '982', Swiss mobiles; Russian
mobiles '+7 9..' and '8 9..', Ulan-Ude's '(3012)', Irkutsk's '(3952)', Mongolian mobiles; Indonesian mobiles
'08..' and '+62 8..', Bandung's '(022)', Bogor's '(0251)', Garut's '(0262)', Tasikmalaya's '(0265)', Saudi
mobiles); Visa, Mastercard 51-55 and 2-series, Russia's Mir (2200-2204), UnionPay 62, JCB 35 and Amex 4-6-5 as
the fees, the pram and the nanny agency take them; IBANs of countries that have them (Ethiopia, Russia and
Indonesia have none, nor has the United States): the United Kingdom, Germany and Sweden for Amhara relatives
there, Spain and Switzerland for the Galicians, Mongolia for a Buryat relative in Ulaanbaatar, Saudi Arabia
and the United Arab Emirates for Sundanese workers in the Gulf who pay for their children's care at home;
IPs of the daycare app's sign-in alerts, the crèche's camera parents watch, the baby monitor, the nanny's
flat's router, the kindergarten enrolment site's web log, v4 and v6; secrets handed over in ways no earlier
set used (the daycare app's password and its one-time code, the nanny's phone passcode, the crèche's door
code, the baby monitor's password and the EZVIZ verification code on the camera's label, the kindergarten's
Wi-Fi password), places and theme words ('Bahirdar@058', 'Vigo_986', 'Baikal#3012', 'Garut@0262',
'b4by$1773r!'), a child's name with a year as parents choose ('mekdi2019'), telebirr's and CBE Birr's PINs,
ABANCA's code, the code for the kindergarten queue, and cues in Amharic ('ለማንም አትንገሪ', 'lemanim atnegri'),
Galician ('non llo digas a ninguén'), Spanish ('no se la digas a nadie'), Russian ('никому не говори') and
Sundanese ('ulah bebeja ka saha-saha'); pastes of CloudPayments' API secret, Tripay's private key, Fonnte's
token, Holded's API key, telebirr's app key, a Hikvision camera's 'curl -u admin:...', a database URL's
password and nmcli's 'password'; usernames as the daycare app's logins, Instagram and TikTok handles and VK
names, in shapes like 'mekdes.getachew', 'vigo_noa', 'aldar_dugarov', 'mamah.imas'; dates of birth of the
child (2019 to 2025) and of a parent or the nanny, in Ethiopia's own calendar ('12/02/2015' and 'ጥቅምት 12 ቀን
2015', the 'ዓ.ም.' after it outside the span, and in Latin letters 'Tikimt 12, 2015'), America's '03/14/2019',
Spain's '14/03/2019' and 'o 14 de marzo de 2019' (the article outside the span), Russia's '14.03.2019' and
'14 марта 2019' (the 'г.' outside the span), Indonesia's '14-03-2019' and '14 Maret 2019' and a paste's ISO
date, all drawn between fixed years from the set's own rng so the set builds the same on any day; typos as
parents type: a child care word's well-known misspelling ('kindergarten' -> 'kindergarden', 'babysitter' ->
'babysiter', 'allergy' -> 'alergy', 'vaccination' -> 'vacination') or chat shorthand in the set's languages
('please' -> 'pls', 'por favor' -> 'porfa', 'спасибо' -> 'спс', 'sudah' -> 'udh', 'hatur nuhun' -> 'nuhun');
negatives with the same places, the titles, kin words and naming customs explained, prices in birr, euros,
rubles and rupiah, the services, models, error codes, default credentials, placeholder secrets, a test card,
the example IBAN, a placeholder e-mail, documentation IPs (v4 and v6), dates that are no one's birthday and
short everyday chat in the four peoples' languages.

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import calendar
import datetime as _dt
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
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _fold_accents as _fold,
)

HELDOUT111_SEED = 1115303
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT111: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT111 = ["amhara", "galician", "buryat", "sundanese"]

# each origin: (men's given names, women's given names, family names); for the Amhara, who have no family
# name, the third list holds the fathers' (and grandfathers') given names, the men's names and the compound
# Christian names a form shortens with a slash; for the Buryats the men's '-ov' and '-ev' forms (a woman's
# adds '-a'); for the Sundanese, who have no family name either, the second names (a man's and a woman's)
NAMES_HELDOUT111: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Amhara of Addis Ababa, Bahir Dar and Gondar, and in Silver Spring and Falls Church
    "amhara": ("Getachew;Mesfin;Yared;Dereje;Biniam;Fasil;Ermias;Henok;Yohannes;Tewodros;Tesfahun;Wondwossen;Kaleab;Sisay".split(";"),
               "Almaz;Tsehay;Mekdes;Hiwot;Selamawit;Rahel;Meseret;Mahlet;Bezawit;Kidist;Tsion;Etenesh;Fikirte;Yeshiwork".split(";"),
               "Getachew;Mesfin;Dereje;Tesfahun;Sisay;Wondwossen;Tewodros;Yohannes;Fasil;Mulugeta;Ayalew;Belay;Kassahun;Alemayehu;Asnake;Worku;Demeke;Zewdu;Abate;Woldegiorgis;Habtemariam;Gebrekidan;Teklehaymanot;Kidanemariam".split(";")),
    # Galicians of A Coruña, Vigo, Santiago and Lugo, and in Geneva (the Galician spellings)
    "galician": ("Xosé;Manuel;Antón;Xabier;Xoaquín;Roi;Uxío;Fiz;Martiño;Iago;Alberte;Ramón;Jesús;Adrián;Pablo".split(";"),
                 "María;Carme;Noa;Lorena;Olalla;Icía;Aldara;Mariña;Xulia;Branca;Helena;Dolores;Rosa;Nerea;Ánxela".split(";"),
                 "Piñeiro;Carballo;Castiñeira;Vilariño;Bouzas;Rial;Eiras;Loureiro;Figueiras;Louzao;Regueiro;Fariña;Barreiro;Nogueira;Cerviño;Dopico;Queiruga;Mosquera;Lema;Caamaño;Ferreiro;Vilar".split(";")),
    # Buryats of Ulan-Ude, the Ivolginsky district and Irkutsk
    "buryat": ("Aldar;Bulat;Solbon;Zhargal;Erdem;Bayar;Munko;Nima;Dorzho;Badma;Tsybik;Baldan;Ayur;Zhamso;Dugar;Lubsan;Sodnom;Arsalan".split(";"),
               "Tuyana;Sesegma;Oyuna;Saryuna;Dulma;Bayarma;Tsyrenma;Soyolma;Surena;Zhargalma;Khanda;Ayuna".split(";"),
               "Tsybikov;Dambaev;Ayusheev;Budaev;Zhamsuev;Sanzhiev;Munkuev;Dugarov;Lubsanov;Gomboev;Erdyneev;Batuev;Radnaev;Sodnomov;Tsydypov;Khamaganov;Zhigzhitov".split(";")),
    # Sundanese of Bandung, Bogor, Garut and Tasikmalaya: given names and second names
    "sundanese": ("Dede;Deden;Endang;Jajang;Ade;Agus;Encep;Ayi;Dadan;Dedi;Aep;Ridwan;Ilham;Opik;Ohan".split(";"),
                  "Imas;Ai;Elis;Nining;Yeyen;Lilis;Entin;Tati;Eha;Yanti;Nenden;Pipit;Yuyun;Nurhayati;Rustini;Siti".split(";"),
                  "Suryana;Somantri;Sumpena;Rukmana;Sudrajat;Setiawan;Kusnadi;Mulyadi;Nugraha;Ruhiyat;Sopandi;Ruswandi;Gunawan;Kurniawan;Supriatna;Rohimah;Nurhasanah;Kurniasih;Nurjanah;Rahayu;Sumiati;Komalasari;Mulyani;Rosmiati;Hernawati".split(";")),
}  # fmt: skip
# the Sundanese second names a man's and a woman's name take
SUNDA_SECOND_HELDOUT111 = {
    False: NAMES_HELDOUT111["sundanese"][2][:15],
    True: NAMES_HELDOUT111["sundanese"][2][15:],
}
# full names a draw must never give: public figures' (or close enough to read as theirs) that the lists'
# words could make, in any of the forms (checked without accents and case)
PUBLIC_FIGURES_HELDOUT111 = {"Tewodros Kassahun", "Dedi Mulyadi"}
# the Amhara names in the Ge'ez script
AMHARA_GEEZ_HELDOUT111 = {
    "Getachew": "ጌታቸው", "Mesfin": "መስፍን", "Yared": "ያሬድ", "Dereje": "ደረጀ", "Biniam": "ቢንያም", "Fasil": "ፋሲል",
    "Ermias": "ኤርሚያስ", "Henok": "ሄኖክ", "Yohannes": "ዮሐንስ", "Tewodros": "ቴዎድሮስ", "Tesfahun": "ተስፋሁን",
    "Wondwossen": "ወንድወሰን", "Kaleab": "ካሌብ", "Sisay": "ሲሳይ", "Almaz": "አልማዝ", "Tsehay": "ፀሐይ", "Mekdes": "መቅደስ",
    "Hiwot": "ሕይወት", "Selamawit": "ሰላማዊት", "Rahel": "ራሄል", "Meseret": "መሰረት", "Mahlet": "ማህሌት",
    "Bezawit": "ቤዛዊት", "Kidist": "ቅድስት", "Tsion": "ጽዮን", "Etenesh": "እቴነሽ", "Fikirte": "ፍቅርተ",
    "Yeshiwork": "የሺወርቅ", "Mulugeta": "ሙሉጌታ", "Ayalew": "አያሌው", "Belay": "በላይ", "Kassahun": "ካሳሁን",
    "Alemayehu": "አለማየሁ", "Asnake": "አስናቀ", "Worku": "ወርቁ", "Demeke": "ደመቀ", "Zewdu": "ዘውዱ", "Abate": "አባተ",
    "Woldegiorgis": "ወልደጊዮርጊስ", "Habtemariam": "ሀብተማርያም", "Gebrekidan": "ገብረኪዳን",
    "Teklehaymanot": "ተክለሃይማኖት", "Kidanemariam": "ኪዳነማርያም",
}  # fmt: skip
GEEZ_HELDOUT111 = re.compile("[\u1200-\u137f]")
# the compound Christian names and the slash a form shortens them with, in Latin letters and in Ge'ez
AMHARA_SLASH_HELDOUT111 = {
    "Woldegiorgis": ("W/Giorgis", "ወ/ጊዮርጊስ"), "Habtemariam": ("H/Mariam", "ሀ/ማርያም"),
    "Gebrekidan": ("G/Kidan", "ገ/ኪዳን"), "Teklehaymanot": ("T/Haymanot", "ተ/ሃይማኖት"),
    "Kidanemariam": ("K/Mariam", "ኪ/ማርያም"),
}  # fmt: skip
# other Latin spellings of one Amharic name, as different papers and hands write them
AMHARA_VARIANT_HELDOUT111 = {
    "Tsehay": "Tsehaye", "Hiwot": "Hiwet", "Yohannes": "Yohanes", "Biniam": "Biniyam", "Kidist": "Qidist",
    "Mekdes": "Meqdes", "Wondwossen": "Wondwosen", "Kassahun": "Kasahun", "Alemayehu": "Alemayehou",
}  # fmt: skip
# the short forms an Amharic given name takes
AMHARA_NICK_HELDOUT111 = {
    "Mekdes": "Mekdi", "Hiwot": "Hiwi", "Mahlet": "Mahi", "Kidist": "Kidi", "Bezawit": "Bezi", "Selamawit": "Seli",
    "Yohannes": "Yoni", "Ermias": "Ermi", "Biniam": "Bini",
}  # fmt: skip
# the Castilian spelling of a Galician given or family name
GALICIAN_CASTILIAN_HELDOUT111 = {
    "Xosé": "José", "Antón": "Antonio", "Xabier": "Javier", "Xoaquín": "Joaquín", "Roi": "Rodrigo",
    "Uxío": "Eugenio", "Fiz": "Félix", "Martiño": "Martín", "Iago": "Santiago", "Alberte": "Alberto",
    "Carme": "Carmen", "Olalla": "Eulalia", "Mariña": "Marina", "Xulia": "Julia", "Branca": "Blanca",
    "Ánxela": "Ángela", "Helena": "Elena", "Vilariño": "Villariño", "Vilar": "Villar", "Ferreiro": "Herrero",
    "Nogueira": "Noguera", "Regueiro": "Reguero", "Piñeiro": "Piñero", "Figueiras": "Figueras",
}  # fmt: skip
# compound given names (a man's and a woman's), as a birth certificate gives them
GALICIAN_COMPOUND_HELDOUT111 = {
    False: ["Xosé Manuel", "José Manuel", "Manuel Xesús", "José Antonio", "Xosé Ramón"],
    True: ["María do Carme", "María José", "María Xesús", "Rosa María", "María Dolores", "María del Carmen"],
}
# the short forms of 'María' on a Spanish form ('M.ª do Carme', 'Mª José')
MARIA_ABBREV_HELDOUT111 = ["M.ª", "Mª", "Ma."]
# a family name with its particle ('do Campo', 'da Costa'), the mother's family name in a form
GALICIAN_PARTICLE_HELDOUT111 = ["do Campo", "da Costa", "do Río", "da Fonte", "dos Santos"]
# the short forms of Galician given names, the Galician '-iño' and '-iña' among them
GALICIAN_NICK_HELDOUT111 = {
    "Manuel": "Manolo", "Xosé": "Pepe", "María": "Maruxa", "Jesús": "Suso", "Ramón": "Moncho", "Dolores": "Lola",
    "Carme": "Carmiña", "Antón": "Tonecho",
}  # fmt: skip
# the Buryat names in Cyrillic
BURYAT_CYRILLIC_HELDOUT111 = {
    "Aldar": "Алдар", "Bulat": "Булат", "Solbon": "Солбон", "Zhargal": "Жаргал", "Erdem": "Эрдэм", "Bayar": "Баяр",
    "Munko": "Мунко", "Nima": "Нима", "Dorzho": "Доржо", "Badma": "Бадма", "Tsybik": "Цыбик", "Baldan": "Балдан",
    "Ayur": "Аюр", "Zhamso": "Жамсо", "Dugar": "Дугар", "Lubsan": "Лубсан", "Sodnom": "Содном",
    "Arsalan": "Арсалан", "Gombo": "Гомбо", "Sanzhi": "Санжи",
    "Tuyana": "Туяна", "Sesegma": "Сэсэгма", "Oyuna": "Оюна", "Saryuna": "Сарюна", "Dulma": "Дулма",
    "Bayarma": "Баярма", "Tsyrenma": "Цыренма", "Soyolma": "Соёлма", "Surena": "Сурэна", "Zhargalma": "Жаргалма",
    "Khanda": "Ханда", "Ayuna": "Аюна",
    "Tsybikov": "Цыбиков", "Dambaev": "Дамбаев", "Ayusheev": "Аюшеев", "Budaev": "Будаев", "Zhamsuev": "Жамсуев",
    "Sanzhiev": "Санжиев", "Munkuev": "Мункуев", "Dugarov": "Дугаров", "Lubsanov": "Лубсанов", "Gomboev": "Гомбоев",
    "Erdyneev": "Эрдынеев", "Batuev": "Батуев", "Radnaev": "Раднаев", "Sodnomov": "Содномов", "Tsydypov": "Цыдыпов",
    "Khamaganov": "Хамаганов", "Zhigzhitov": "Жигжитов",
}  # fmt: skip
CYRILLIC_HELDOUT111 = re.compile("[\u0400-\u04ff]")
# the fathers' names a Russian paper's patronymic is made of (the men's names that end in a consonant)
BURYAT_FATHERS_HELDOUT111 = [n for n in NAMES_HELDOUT111["buryat"][0] if n[-1] not in "aeiouy"]
# the parts of the hyphenated Tibetan compounds ('Gombo-Dorzho', 'Dugar-Nima'), a man's given name
BURYAT_COMPOUND_HELDOUT111 = (["Gombo", "Dugar", "Badma", "Sanzhi", "Zhamso"], ["Dorzho", "Nima"])
# the Mongolian Latin spelling some Buryats write their given name in
BURYAT_LATIN_HELDOUT111 = {"Zhargal": "Jargal", "Dorzho": "Dorj", "Bayarma": "Bayarmaa", "Oyuna": "Oyuun"}
# the Russian short forms Buryat given names take
BURYAT_NICK_HELDOUT111 = {
    "Tuyana": "Tuyanka", "Oyuna": "Oyunka", "Sesegma": "Seseg", "Bayarma": "Bayarka", "Aldar": "Aldarchik",
}  # fmt: skip
# the prefixes 'Muhammad' takes on West Javan papers
MOCH_HELDOUT111 = ["Moch.", "Moch", "Mochamad", "Muhamad", "Moh."]
# the Sundanese nicknames that double a syllable
SUNDA_NICK_HELDOUT111 = {
    "Kurniawan": "Wawan", "Setiawan": "Wawan", "Ridwan": "Iwan", "Suryana": "Yayan", "Nurhayati": "Nunung",
    "Rustini": "Titin", "Rohimah": "Imah", "Sopandi": "Opan",
}  # fmt: skip
NICKS_HELDOUT111 = {
    "amhara": AMHARA_NICK_HELDOUT111, "galician": GALICIAN_NICK_HELDOUT111, "buryat": BURYAT_NICK_HELDOUT111,
    "sundanese": SUNDA_NICK_HELDOUT111,
}  # fmt: skip
# a name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT111 = {
    "Getachew": "Getahcew", "Alemayehu": "Alemayhu", "Wondwossen": "Wondowsen", "Mulugeta": "Mulgueta",
    "Kassahun": "Kassuhan", "Tesfahun": "Tesfhaun",
    "Piñeiro": "Piñerio", "Castiñeira": "Castiñiera", "Vilariño": "Vilarño", "Loureiro": "Louriero",
    "Caamaño": "Camaaño", "Queiruga": "Queirgua", "Regueiro": "Reguiero",
    "Dugarov": "Dugrov", "Tsybikov": "Tsybkiov", "Ayusheev": "Ayushev", "Zhamsuev": "Zhamseuv",
    "Khamaganov": "Khamagnov", "Radnaev": "Radanev",
    "Supriatna": "Supriatan", "Sudrajat": "Sudrjat", "Ruhiyat": "Ruhiyta", "Nurhasanah": "Nurhasnah",
    "Komalasari": "Komalsari", "Nurhayati": "Nurhyati", "Kurniasih": "Kurnaisih",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and
# the part of the name it goes with ('full', 'given' or 'family')
TITLED_HELDOUT111: dict[str, tuple[str, bool | None, str]] = {
    "ato": ("amhara", False, "given"),  # Mr: Ethiopians address people by the given name
    "w/ro": ("amhara", True, "given"),  # Weyzero, Mrs
    "w/rt": ("amhara", True, "given"),  # Weyzerit, Miss
    "emama": ("amhara", True, "given"),  # mother, any older woman
    "etye": ("amhara", True, "given"),  # elder sister
    "gashe": ("amhara", False, "given"),  # elder brother
    "abba": ("amhara", False, "given"),  # a priest
    "memhir": ("amhara", None, "given"),  # teacher
    "አቶ": ("amhara", False, "given"),
    "ወ/ሮ": ("amhara", True, "given"),
    "don": ("galician", False, "given"),
    "dona": ("galician", True, "given"),  # Galician
    "doña": ("galician", True, "given"),  # Spanish
    "señor": ("galician", False, "family"),
    "señora": ("galician", True, "family"),
    "avoa": ("galician", True, "given"),  # grandmother
    "tía": ("galician", True, "given"),
    "tío": ("galician", False, "given"),
    "profe": ("galician", None, "given"),
    "тётя": ("buryat", True, "given"),
    "дядя": ("buryat", False, "given"),
    "kang": ("sundanese", False, "given"),  # elder brother
    "aa": ("sundanese", False, "given"),  # elder brother
    "teh": ("sundanese", True, "given"),  # elder sister
    "teteh": ("sundanese", True, "given"),
    "ceu": ("sundanese", True, "given"),  # elder sister, an older woman
    "mang": ("sundanese", False, "given"),  # uncle, a working man
    "bi": ("sundanese", True, "given"),  # aunt, the nanny
    "neng": ("sundanese", True, "given"),  # a young woman
    "abah": ("sundanese", False, "given"),  # grandfather
    "hj.": ("sundanese", True, "full"),  # a woman who made the hajj
    "haji": ("sundanese", False, "full"),
}
TITLE_SLOT_HELDOUT111 = re.compile(
    r"(?<![\w'./-])(ato|w/ro|w/rt|emama|etye|gashe|abba|memhir|አቶ|ወ/ሮ|don|dona|doña|señor|señora|avoa|tía|tío|"
    r"profe|тётя|дядя|kang|aa|teh|teteh|ceu|mang|bi|neng|abah|hj\.|haji) \{\}",
    re.IGNORECASE,
)
# the Buryat kin words after a given name (outside the span): whether a woman (None: either)
KIN_AFTER_HELDOUT111: dict[str, bool | None] = {
    "abgai": True, "абгай": True,  # an elder sister, an aunt
    "akhai": False, "ахай": False,  # an elder brother
    "bagsha": None, "багша": None,  # teacher
}  # fmt: skip
KIN_SLOT_HELDOUT111 = re.compile(r"\{\} (abgai|akhai|bagsha|абгай|ахай|багша)(?![\w'])", re.IGNORECASE)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT111
FORCED_FORMS_HELDOUT111 = [
    ("amhara", "three_names"), ("galician", "two_surnames"), ("buryat", "patronymic"), ("sundanese", "two_names"),
    ("amhara", "geez"), ("galician", "castilian"), ("buryat", "name_patronymic"), ("sundanese", "single"),
    ("amhara", "slash"), ("galician", "compound_given"), ("buryat", "surname_first"), ("sundanese", "bin"),
    ("amhara", "father_first"), ("galician", "surname_first"), ("buryat", "cyrillic"), ("sundanese", "moch"),
    ("amhara", "variant"), ("galician", "maria_abbrev"), ("buryat", "hyphen_given"), ("sundanese", "nickname"),
    ("amhara", "nickname"), ("galician", "particle"), ("buryat", "translit"), ("sundanese", "typo"),
    ("amhara", "typo"), ("galician", "ascii"), ("buryat", "nickname"),
    ("galician", "nickname"), ("buryat", "typo"),
    ("galician", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT111 = {"nickname", "typo"}
FORM_ONLY_FORMS_HELDOUT111 = {"surname_first", "father_first", "maria_abbrev", "bin"}
# forms that want a man's name
MEN_FORMS_HELDOUT111 = {"hyphen_given", "moch"}
# the scripts or layouts a form may come in ('' is the template's plain one); any other form: '' and 'ascii'
FORM_SCRIPTS_HELDOUT111: dict[tuple[str, str], set[str]] = {
    ("amhara", "father_first"): {"surname_first"}, ("galician", "surname_first"): {"surname_first"},
    ("buryat", "surname_first"): {"surname_first", "cyrillic"}, ("buryat", "cyrillic"): {"", "cyrillic"},
    ("buryat", "patronymic"): {"", "ascii", "cyrillic"}, ("buryat", "name_patronymic"): {"", "ascii", "cyrillic"},
    ("buryat", "hyphen_given"): {"", "ascii", "cyrillic"}, ("amhara", "geez"): {"", "geez"},
    ("amhara", "three_names"): {"", "ascii", "geez"}, ("amhara", "slash"): {"", "ascii", "geez"},
    ("galician", "ascii"): {"", "ascii"}, ("galician", "maria_abbrev"): {""},
}  # fmt: skip
DEFAULT_SCRIPTS_HELDOUT111 = {"", "ascii"}
# sentences the build adds whatever the seed: a titled name of each people (a kin word after it for the
# Buryats), a name in capitals on a form and one in lower case in chat for each people, and a sentence for
# any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT111: dict[str, list[str]] = {
    "amhara": [
        "W/ro {} is on the pick-up list for Wednesday and Friday",
        "Ato {} drives the school bus from Bole to the kindergarten",
        "Emama {} looks after the baby when the mogzit is off",
        "Etye {} will collect the kids from the daycare in Silver Spring today",
        "ወ/ሮ {} የመዋዕለ ሕፃናቱ ዳይሬክተር ናቸው",
    ],
    "galician": [
        "dona {} recolle aos nenos da escola infantil os martes",
        "avoa {} queda cos nenos cando pecha a garda",
        "doña {} cuida a los mellizos por las tardes",
        "señora {} firmó el contrato de la cuidadora ayer",
        "profe {} dixo que mañá hai festival no cole",
    ],
    "buryat": [
        "{} абгай заберёт ребёнка из садика в пятницу",
        "{} akhai drives the kids to the kindergarten in Ivolginsk",
        "{} багша просила принести сменную обувь",
        "тётя {} сидит с малышом по вторникам",
        "дядя {} отвезёт детей в садик на машине",
    ],
    "sundanese": [
        "Teh {} tos mayar SPP PAUD can?",
        "Kang {} nu nyupiran jemputan sakola ka Garut",
        "Bi {} pengasuh anyar ti yayasan penyalur di Bogor",
        "Ceu {} ngasuh orok di bumi unggal poe",
        "Mang {} anu ngajemput barudak ti TK jam sabelas",
    ],
    "upper": [
        "Name in block capitals: {}",
        "Parent or guardian (capital letters): {}",
        "Name as on the ID card, in capitals: {}",
    ],
    "lower": [
        "lol {} forgot the nappies again",
        "{} still hasn't paid the babysitting for last week",
        "has anyone seen {} at the gate, the kids are waiting",
    ],
    "form": [
        "Authorised to collect: {}",
        "Emergency contact: {}",
    ],
    "chat": [
        "{} says the baby slept all afternoon",
        "did {} pick up the kids in the end?",
    ],
}
# IBANs where a relative, the nanny agency or a parent is paid (Ethiopia, Russia, Indonesia and the United
# States have none): the United Kingdom, Germany and Sweden for Amhara relatives there, Spain and Switzerland
# for the Galicians, Mongolia for a Buryat relative in Ulaanbaatar, Saudi Arabia and the United Arab Emirates
# for Sundanese workers in the Gulf
IBAN_SHAPES_HELDOUT111 = {"GB": "4a14n", "DE": "18n", "SE": "20n", "ES": "20n", "CH": "5n12c", "MN": "16n", "SA": "2n18c", "AE": "3n16n"}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT111 = {
    "amhara": ["GB", "DE", "SE"], "galician": ["ES", "ES", "CH"], "buryat": ["MN"], "sundanese": ["SA", "AE"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT111 = {
    "amhara": ["addis", "bahirdar", "gondar", "habesha", "enat", "mogzit"],
    "galician": ["coruna", "vigo", "compostela", "lugo", "nai", "canguro"],
    "buryat": ["ulanude", "baikal", "irk", "buryatia", "mama", "sadik"],
    "sundanese": ["bandung", "bogor", "garut", "tasik", "urangsunda", "mamah"],
}
EMAIL_DOMAINS_HELDOUT111 = {
    "amhara": ["yahoo.com", "ethionet.et", "aau.edu.et", "bdu.edu.et"],
    "galician": ["hotmail.es", "yahoo.es", "edu.xunta.gal", "udc.es", "uvigo.gal"],
    "buryat": ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru"],
    "sundanese": ["yahoo.co.id", "student.unpad.ac.id", "upi.edu"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT111: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)[\u1200-\u137f]|addis|bahir dar|gondar|ethiopia|amhar|\bbirr\b|telebirr|\bcbe\b|\bbole\b|"
                r"\bato\b|w/ro|w/rt|emama|etye|gashe|\babba\b|memhir|mogzit|silver spring|falls church|lijoch|"
                r"ameseg|\bishi\b|habesha"), "amhara"),
    (re.compile(r"(?i)[\u0400-\u04ff]|ulan-ude|irkutsk|buryat|ivolg|baikal|gosuslugi|sadik|abgai|akhai|"
                r"bagsha|\bmir\b|sberbank|ulaanbaatar"), "buryat"),
    (re.compile(r"(?i)bandung|bogor|garut|tasik|sunda|\bpaud\b|\btk\b|jemput|\bkang\b|\bteh\b|teteh|\bceu\b|"
                r"\bmang\b|\bbi\b|\baa\b|\bneng\b|\babah\b|\bhj\.|\bhaji\b|nuhun|punten|mangga|budak|barudak|"
                r"\borok\b|sakola|\byang\b|\bsudah\b|\bnama\b|\bdi\b|\bdan\b|pengasuh|yayasan|linkaja|\btos\b|"
                r"\bnu\b|\banu\b|\bmah\b|\bteu\b|penjemput|\bwali\b"), "sundanese"),
    (re.compile(r"(?i)galiña|coruña|coruna|vigo|santiago|lugo|galicia|xunta|abalar|concilia|cuideo|abanca|"
                r"genève|geneva|escola|\bnen[oa]s?\b|\bniñ[oa]s?\b|mellizos|canguro|guarde|niñera|coidadora|"
                r"cuidadora|recoller|recoger|\bdona\b|doña|\bdon\b|señor|avoa|\btía\b|\btío\b|profe|apelidos|"
                r"apellidos|\bcole\b|\bque\b|\bos\b|\blos\b|\blas\b|\bcon\b|\bpara\b|\bda\b|\bdo\b|\bé\b|\bes\b"),
     "galician"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT111: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bella\b|\bela\b|ናት|\bnat\b|\bона\b|\bеё\b|\bniñera\b|"
                r"\bcuidadora\b|\bcoidadora\b|la canguro|^a \{\}|\bзабрала\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bél\b|\bон\b|\bего\b|\bзабрал\b|ነው|^o \{\}"), False),
]  # fmt: skip
# a child care word and its well-known misspelling
MISSPELT_HELDOUT111 = {
    "kindergarten": "kindergarden", "babysitter": "babysiter", "allergy": "alergy", "vaccination": "vacination",
    "nappies": "nappys", "tomorrow": "tommorow", "emergency": "emergancy", "guardian": "gaurdian",
    "received": "recieved", "separate": "seperate", "schedule": "shedule", "receipt": "reciept",
    "definitely": "definately", "daycare": "day care", "enrolment": "enrolmnet", "guardería": "guarderia",
}  # fmt: skip
MISSPELT_WORD_HELDOUT111 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT111, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Spanish and Galician, Russian, Indonesian and Sundanese
SHORTHAND_HELDOUT111 = {
    "please": "pls", "because": "cos", "tomorrow": "tmrw", "message": "msg", "before": "b4", "thanks": "thx",
    "por favor": "porfa", "porque": "pq", "también": "tb", "спасибо": "спс", "сейчас": "щас",
    "пожалуйста": "пж", "yang": "yg", "sudah": "udh", "untuk": "utk", "hatur nuhun": "nuhun",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT111 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT111, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT111 = (
    "January February March April May June July August September October November December".split()
)
ES_MONTHS_HELDOUT111 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
GL_MONTHS_HELDOUT111 = (
    "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro".split()
)
RU_MONTHS_HELDOUT111 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
ID_MONTHS_HELDOUT111 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
# the months of the Ethiopian calendar, in Ge'ez and in Latin letters (the thirteenth, Pagume, has 5 or 6 days)
EC_MONTHS_GEEZ_HELDOUT111 = "መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜን".split()
EC_MONTHS_LATIN_HELDOUT111 = (
    "Meskerem Tikimt Hidar Tahsas Tir Yekatit Megabit Miyazya Ginbot Sene Hamle Nehase Pagume".split()
)


def _ethiopian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """A Gregorian date in the Ethiopian calendar (year, month 1-13, day), by the Julian day number."""
    jdn = _dt.date(year, month, day).toordinal() + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    return 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460, n // 30 + 1, n % 30 + 1


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Xosé' -> 'xose', 'Piñeiro'
    -> 'pineiro')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, accents and case aside."""
    low = _fold(value).lower()
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT111)


def _geez(name: str) -> str:
    """An Amhara name written in Latin letters, in the Ge'ez script ('Mekdes Getachew' -> 'መቅደስ ጌታቸው',
    'Fasil W/Giorgis' -> 'ፋሲል ወ/ጊዮርጊስ'); a comma stays where it was."""
    slashes = {latin: geez for latin, geez in AMHARA_SLASH_HELDOUT111.values()}
    out = []
    for word in name.split():
        bare = word.rstrip(",")
        w = bare.capitalize() if bare.isupper() and "/" not in bare else bare
        out.append(
            (slashes[w] if "/" in w else AMHARA_GEEZ_HELDOUT111[w]) + ("," if word.endswith(",") else "")
        )
    return " ".join(out)


def _bu_word(word: str) -> str:
    """One word of a Buryat name in Cyrillic: a listed name, a hyphenated compound, a woman's '-ova' or
    '-eva', a patronymic in '-ovich' or '-ovna'."""
    upper = word.isupper() and len(word) > 1
    w = word.capitalize() if upper else word
    if "-" in w:
        out = "-".join(_bu_word(part) for part in w.split("-"))
    elif w in BURYAT_CYRILLIC_HELDOUT111:
        out = BURYAT_CYRILLIC_HELDOUT111[w]
    elif w.endswith("a") and w[:-1] in BURYAT_CYRILLIC_HELDOUT111 and w[-2] == "v":  # 'Dugarova'
        out = BURYAT_CYRILLIC_HELDOUT111[w[:-1]] + "а"
    elif w.endswith(("ovich", "ovna")):
        base, end = (w[:-5], "ович") if w.endswith("ovich") else (w[:-4], "овна")
        out = BURYAT_CYRILLIC_HELDOUT111[base] + end
    else:
        raise KeyError(word)
    return out.upper() if upper else out


def _bu_cyrillic(name: str) -> str:
    """A Buryat name written in Latin letters, in Cyrillic ('Aldar Bayarovich Dugarov' -> 'Алдар Баярович
    Дугаров'); a comma stays where it was."""
    return " ".join(_bu_word(w.rstrip(",")) + ("," if w.endswith(",") else "") for w in name.split())


class Gen111(Gen3):
    """Generators for held-out set 111: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT111)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT111: for the Amhara the father's
        given name, for the Buryats a woman's family name in '-ova' or '-eva', for the Sundanese a second
        name of the person's gender."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT111)
        men, women, lasts = NAMES_HELDOUT111[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        if origin == "sundanese":
            lasts = SUNDA_SECOND_HELDOUT111[woman]
        last = rng.choice([x for x in lasts if x != first and not _reads_public(f"{first} {x}")])
        if origin == "buryat" and woman:
            last += "a"
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _father(self, woman: bool, *avoid: str) -> str:
        """An Amhara father's (or grandfather's) given name: never the compound names, which _slash writes."""
        return self.rng.choice(
            [x for x in NAMES_HELDOUT111["amhara"][2] if x not in avoid and x not in AMHARA_SLASH_HELDOUT111]
        )

    def _second_surname(self, first_surname: str) -> str:
        return self.rng.choice([x for x in NAMES_HELDOUT111["galician"][2] if x != first_surname])

    def _castilian(self, name: str) -> str:
        return " ".join(GALICIAN_CASTILIAN_HELDOUT111.get(w, w) for w in name.split())

    def _bu_patronymic(self, woman: bool) -> str:
        return self.rng.choice(BURYAT_FATHERS_HELDOUT111) + ("ovna" if woman else "ovich")

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT111's, or 'plain'); never one
        that reads as a public figure's; in Ge'ez where `script` is 'geez' (an Amhara name), in Cyrillic where
        it is 'cyrillic' (a Buryat name), without accents where it is 'ascii'."""
        for _ in range(50):
            value = self._form_once(origin, form, woman)
            if not _reads_public(value):
                break
        if origin == "amhara" and (script == "geez" or form == "geez") and not GEEZ_HELDOUT111.search(value):
            value = _geez(value)
        if (
            origin == "buryat"
            and (script == "cyrillic" or form == "cyrillic")
            and not CYRILLIC_HELDOUT111.search(value)
        ):
            value = _bu_cyrillic(value)
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None) -> str:
        rng = self.rng
        if form in MEN_FORMS_HELDOUT111:
            woman = False
        if form == "nickname":  # 'Mekdi', 'Manolo', 'Tuyanka', 'Wawan'
            nicks = NICKS_HELDOUT111[origin]
            women = set(NAMES_HELDOUT111[origin][1]) | set(SUNDA_SECOND_HELDOUT111[True])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT111[origin]
        own = women if woman else men
        if form == "typo":
            if origin == "sundanese":  # 'Ade Supriatan', 'Nurhyati'
                pool = [x for x in SUNDA_SECOND_HELDOUT111[woman] if x in NAME_TYPOS_HELDOUT111]
                if woman and rng.random() < 0.3:
                    return NAME_TYPOS_HELDOUT111["Nurhayati"]
                return f"{first} {NAME_TYPOS_HELDOUT111[rng.choice(pool)]}"
            if origin == "amhara":  # 'Mekdes Getahcew'
                pool = [x for x in lasts if x in NAME_TYPOS_HELDOUT111 and x != first]
                return f"{first} {NAME_TYPOS_HELDOUT111[rng.choice(pool)]}"
            last = rng.choice([x for x in lasts if x in NAME_TYPOS_HELDOUT111])
            typo = NAME_TYPOS_HELDOUT111[last] + ("a" if origin == "buryat" and woman else "")
            return f"{first} {typo}"  # 'Noa Piñerio', 'Tuyana Dugrova'
        if origin == "amhara":
            if form == "three_names":  # 'Mekdes Getachew Ayalew'
                return f"{first} {last} {self._father(woman, first, last)}"
            if form == "geez":  # 'መቅደስ ጌታቸው', 'ዮሐንስ ደመቀ አባተ'
                return (
                    f"{first} {last}"
                    if rng.random() < 0.6
                    else f"{first} {last} {self._father(woman, first, last)}"
                )
            if form == "slash":  # 'Fasil W/Giorgis', 'Mekdes Getachew H/Mariam'
                compound = AMHARA_SLASH_HELDOUT111[rng.choice(sorted(AMHARA_SLASH_HELDOUT111))][0]
                return f"{first} {compound}" if rng.random() < 0.5 else f"{first} {last} {compound}"
            if form == "father_first":  # an American form's last name first: 'Getachew, Mekdes'
                return f"{last.upper()}, {first.upper()}" if rng.random() < 0.3 else f"{last}, {first}"
            if form == "variant":  # 'Tsehaye Worku', 'Yohanes Demeke'
                first = rng.choice([g for g in own if g in AMHARA_VARIANT_HELDOUT111])
                return f"{AMHARA_VARIANT_HELDOUT111[first]} {last}"
        if origin == "galician":
            second = self._second_surname(last)
            if form == "two_surnames":  # 'Xosé Piñeiro Vilariño'
                return f"{first} {last} {second}"
            if form == "castilian":  # 'José Piñero Villariño', 'Eulalia Herrero'
                first = rng.choice([g for g in own if g in GALICIAN_CASTILIAN_HELDOUT111])
                last = rng.choice([x for x in lasts if x in GALICIAN_CASTILIAN_HELDOUT111])
                second = self._second_surname(last)
                name = f"{first} {last} {second}" if rng.random() < 0.6 else f"{first} {last}"
                return self._castilian(name)
            if form == "compound_given":  # 'Xosé Manuel Piñeiro Rial', 'María do Carme Lema'
                given = rng.choice(GALICIAN_COMPOUND_HELDOUT111[woman])
                return f"{given} {last} {second}" if rng.random() < 0.6 else f"{given} {last}"
            if form == "surname_first":  # 'PIÑEIRO VILARIÑO, XOSÉ', 'Rial Castiñeira, Noa'
                r = rng.random()
                if r < 0.4:
                    return f"{last.upper()} {second.upper()}, {first.upper()}"
                if r < 0.8:
                    return f"{last} {second}, {first}"
                return f"{last.upper()} {second.upper()} {first}"
            if form == "maria_abbrev":  # 'M.ª do Carme Rial Lema', 'Mª José Bouzas'
                given = rng.choice([g for g in GALICIAN_COMPOUND_HELDOUT111[True] if g.startswith("María ")])
                abbrev = rng.choice(MARIA_ABBREV_HELDOUT111)
                return (
                    f"{abbrev}{given[5:]} {last} {second}"
                    if rng.random() < 0.6
                    else f"{abbrev}{given[5:]} {last}"
                )
            if form == "particle":  # 'Noa Rial do Campo'
                return f"{first} {last} {rng.choice(GALICIAN_PARTICLE_HELDOUT111)}"
            if form == "ascii":  # 'Xose Pineiro', 'Icia Castineira'
                first = rng.choice([g for g in own if _fold(g) != g] + [first])
                last = rng.choice([x for x in lasts if _fold(x) != x])
                return _fold(f"{first} {last}")
        if origin == "buryat":
            if form == "patronymic":  # 'Aldar Bayarovich Dugarov'
                return f"{first} {self._bu_patronymic(woman)} {last}"
            if form == "name_patronymic":  # 'Tuyana Zhargalovna', how parents address a teacher
                return f"{first} {self._bu_patronymic(woman)}"
            if form == "surname_first":  # a Russian form: 'DUGAROV Aldar Bayarovich'
                return f"{last.upper() if rng.random() < 0.5 else last} {first} {self._bu_patronymic(woman)}"
            if form == "cyrillic":  # 'Алдар Дугаров', 'Туяна Баяровна Цыбикова'
                return (
                    f"{first} {last}"
                    if rng.random() < 0.6
                    else f"{first} {self._bu_patronymic(woman)} {last}"
                )
            if form == "hyphen_given":  # 'Gombo-Dorzho Radnaev', 'Dugar-Nima'
                heads, tails = BURYAT_COMPOUND_HELDOUT111
                given = f"{rng.choice(heads)}-{rng.choice(tails)}"
                return f"{given} {last}" if rng.random() < 0.7 else given
            if form == "translit":  # 'Jargal Dugarov', 'Bayarmaa Tsybikova'
                first = rng.choice([g for g in own if g in BURYAT_LATIN_HELDOUT111])
                return f"{BURYAT_LATIN_HELDOUT111[first]} {last}"
        if origin == "sundanese":
            if form == "two_names":  # 'Ade Supriatna', 'Imas Rohimah'
                return f"{first} {last}"
            if form == "single":  # one name only, as many Sundanese have
                return first
            if form == "bin":  # 'Jajang bin Endang', 'Imas binti Ohan'
                father = rng.choice([g for g in men if g != first])
                return f"{first} {'binti' if woman else 'bin'} {father}"
            if form == "moch":  # 'Moch. Ridwan', 'Mochamad Ilham Nugraha'
                return f"{rng.choice(MOCH_HELDOUT111)} {first}" + (f" {last}" if rng.random() < 0.6 else "")
        return self._full(origin, first, last, woman, "", True)

    def _caps(self, origin: str) -> str:
        """A name in capitals as an ID's or a register's line holds it ('MEKDES GETACHEW AYALEW', 'PIÑEIRO
        VILARIÑO XOSÉ', 'DUGAROV ALDAR BAYAROVICH', 'IMAS ROHIMAH')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            r = self.rng.random()
            if origin == "amhara":
                value = f"{first} {last} {self._father(woman, first, last)}" if r < 0.6 else f"{first} {last}"
            elif origin == "galician":
                second = self._second_surname(last)
                value = f"{last} {second} {first}" if r < 0.5 else f"{first} {last} {second}"
            elif origin == "buryat":
                patronymic = self._bu_patronymic(woman)
                value = f"{last} {first} {patronymic}" if r < 0.6 else f"{first} {patronymic} {last}"
            else:
                value = f"{first} {last}"
            if not _reads_public(value):
                break
        return value.upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'surname_first', 'geez' or 'cyrillic'
        where the template asks for one."""
        rng = self.rng
        r = rng.random()
        if script == "surname_first":
            return self._form(origin, "father_first" if origin == "amhara" else "surname_first", woman)
        if origin == "amhara":
            name = f"{first} {last}"
            if r < 0.3 and not chat:
                name = f"{first} {last} {self._father(woman, first, last)}"
            elif r < 0.1:
                name = f"{first} {AMHARA_SLASH_HELDOUT111[rng.choice(sorted(AMHARA_SLASH_HELDOUT111))][0]}"
            return _geez(name) if script == "geez" else name
        if origin == "galician":
            second = self._second_surname(last)
            name = f"{first} {last} {second}" if r < (0.3 if chat else 0.75) else f"{first} {last}"
            if rng.random() < 0.25:
                name = self._castilian(name)
            return name
        if origin == "buryat":
            if r < 0.35 and not chat:
                name = f"{last} {first} {self._bu_patronymic(woman)}"
            elif r < 0.5 and not chat:
                name = f"{first} {self._bu_patronymic(woman)} {last}"
            else:
                name = f"{first} {last}"
            return _bu_cyrillic(name) if script == "cyrillic" else name
        return f"{first} {last}" if r < 0.7 else first

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if script not in FORM_SCRIPTS_HELDOUT111.get((o, form), DEFAULT_SCRIPTS_HELDOUT111):
                continue
            if woman is True and form in MEN_FORMS_HELDOUT111:
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT111 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT111 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        if script == "surname_first" and origin not in ("amhara", "galician", "buryat"):
            origin = self.rng.choice(["amhara", "galician", "buryat"])  # the peoples a form turns round
        if script == "cyrillic":
            origin = "buryat"
        if script == "geez":
            origin = "amhara"
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
        name = first  # the given name alone, sometimes its short form
        nicks = NICKS_HELDOUT111[origin]
        if first in nicks and rng.random() < 0.4:
            name = nicks[first]
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('W/ro Mekdes', 'አቶ ዮሐንስ', 'dona Carme', 'señora Piñeiro',
        'тётя Оюна', 'Teh Imas', 'Mang Wawan', 'Hj. Imas Rohimah'), from the origin that uses it."""
        for _ in range(50):
            value = self._titled_once(title)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str) -> str:
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT111[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        nicks = NICKS_HELDOUT111[origin]
        if part == "given":
            if GEEZ_HELDOUT111.search(title):  # 'አቶ ዮሐንስ'
                return _geez(first)
            if CYRILLIC_HELDOUT111.search(title):  # 'тётя Оюна'
                return _bu_cyrillic(first)
            if origin == "sundanese" and rng.random() < 0.25:  # 'Mang Wawan', 'Teh Nunung'
                own = [
                    n
                    for n in SUNDA_NICK_HELDOUT111
                    if n in SUNDA_SECOND_HELDOUT111[woman] + NAMES_HELDOUT111[origin][int(woman)]
                ]
                return SUNDA_NICK_HELDOUT111[rng.choice(own)]
            if first in nicks and rng.random() < 0.4:  # 'avoa Maruxa', 'tío Moncho'
                return nicks[first]
            return first
        if part == "family":  # 'señora Piñeiro', 'señor Vilariño Lema'
            return last if rng.random() < 0.6 else f"{last} {self._second_surname(last)}"
        return f"{first} {last}" if rng.random() < 0.7 else first  # 'Hj. Imas Rohimah', 'Haji Endang'

    def kin_person(self, kin: str) -> str:
        """A Buryat given name before a kin word ('Oyuna abgai', 'Баяр ахай', 'Туяна багша'), in the kin
        word's script."""
        woman = KIN_AFTER_HELDOUT111[kin.lower()]
        _, first, _, _ = self._origin_name("buryat", woman)
        return _bu_cyrillic(first) if CYRILLIC_HELDOUT111.search(kin) else first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a kin word
        after it, one of the origin whose places, papers or speech the template names, in the script or the
        layout the template is written in."""
        m = TITLE_SLOT_HELDOUT111.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT111[title.lower()][0]
            return name
        m = KIN_SLOT_HELDOUT111.search(template)
        if m:
            name = self.kin_person(m.group(1))
            self.last_origin = "buryat"
            return name
        script = ""
        if template.startswith(("Apelidos e nome", "Apellidos y nombre", "Last name, First name", "Фамилия")):
            script = "surname_first"
        elif CYRILLIC_HELDOUT111.search(template):
            script = "cyrillic"
        elif GEEZ_HELDOUT111.search(template):
            script = "geez"
        elif template.startswith(('"', "- ", "  ")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT111 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT111 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT111 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT111:
            template = rng.choice(FORCED_SENTENCES_HELDOUT111[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT111:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT111["upper"]), self._caps(origin)))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT111["lower"]), self._plain_lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT111 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT111[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _plain_lower(self, origin: str) -> str:
        """A full name in lower case as chat types it ('mekdes getachew', 'noa rial', 'aldar dugarov', 'imas
        rohimah')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            value = f"{first} {last}"
            if not _reads_public(value):
                break
        return value.lower()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, flat, floor, w = rng.randint(1, 160), rng.randint(1, 90), rng.randint(1, 8), rng.randint(1, 14)
        k = rng.randint(1, 18)
        shapes = {
            "amhara": [
                f"{pick(['Bole', 'Yeka', 'Gullele', 'Kolfe Keranio'])} Sub-City, Woreda {w:02d}, House No. {rng.randint(100, 2999)}, Addis Ababa",
                f"Kirkos Sub-City, Woreda {w:02d}, Kazanchis, H.No. {rng.randint(100, 999)}, Addis Ababa",
                f"አዲስ አበባ፣ {pick(['ቦሌ', 'የካ', 'ጉለሌ'])} ክፍለ ከተማ፣ ወረዳ {w:02d}፣ የቤት ቁጥር {rng.randint(100, 2999)}",
                f"Kebele {k:02d}, {pick(['Gish Abay', 'Tana', 'Shumabo', 'Fasilo'])} Sub-City, Bahir Dar",
                f"ባሕር ዳር፣ ቀበሌ {k:02d}፣ የቤት ቁጥር {rng.randint(10, 999)}",
                f"Kebele {k:02d}, {pick(['Azezo', 'Maraki', 'Arada'])}, Gondar",
                f"{rng.randint(700, 9999)} {pick(['Georgia Ave', 'Fenton St', 'Colesville Rd'])}, Apt {rng.randint(101, 920)}, Silver Spring, MD 2091{pick('0')}",
                f"{rng.randint(3000, 6999)} {pick(['Columbia Pike', 'Leesburg Pike'])}, Apt {rng.randint(101, 920)}, Falls Church, VA 22041",
            ],
            "galician": [
                f"Rúa {pick(['Barcelona', 'San Andrés', 'Pontevedra', 'da Torre'])}, {n}, {floor}º {pick(['esq.', 'dta.', 'A', 'B'])}, 150{pick(['03', '04', '05', '10'])} A Coruña",
                f"Rúa {pick(['Urzaiz', 'Torrecedeira', 'do Príncipe', 'Camelias'])}, {n}, {floor}º {pick(['esq.', 'dta.', 'C'])}, 362{pick(['01', '02', '03', '04'])} Vigo",
                f"Calle {pick(['Urzaiz', 'Torrecedeira', 'Camelias'])}, {n}, {floor}º {pick(['izda.', 'dcha.'])}, 362{pick(['01', '02', '03'])} Vigo",
                f"Rúa {pick(['do Franco', 'da Rosa', 'de San Pedro', 'Nova'])}, {n}, 157{pick(['04', '05', '06'])} Santiago de Compostela",
                f"Rúa {pick(['da Raíña', 'Nova', 'Montevideo'])}, {n}, {floor}º, 270{pick(['01', '02', '04'])} Lugo",
                f"Lugar de {pick(['Vilaboa', 'Meixonfrío', 'Figueiroa'])}, {n}, 15{pick(['865', '892'])} Ames, A Coruña",
                f"Rue {pick(['de Carouge', 'des Pâquis', 'de Lyon'])} {n}, 120{pick('1357')} Genève",
            ],
            "buryat": [
                f"г. Улан-Удэ, ул. {pick(['Смолина', 'Ключевская', 'Трактовая', 'Жердева', 'Бабушкина'])}, д. {n}, кв. {flat}",
                f"6700{pick(['00', '13', '31', '34', '47'])}, Республика Бурятия, г. Улан-Удэ, ул. {pick(['Ключевская', 'Трактовая', 'Жердева'])}, д. {n}, кв. {flat}",
                f"г. Улан-Удэ, {pick(['140А', '142', '105'])} мкр., д. {rng.randint(1, 40)}, кв. {flat}",
                f"ul. {pick(['Klyuchevskaya', 'Traktovaya', 'Smolina'])} {n}, kv. {flat}, Ulan-Ude 6700{pick(['13', '31', '47'])}",
                f"Республика Бурятия, Иволгинский р-н, с. Иволгинск, ул. {pick(['Комсомольская', 'Октябрьская', 'Садовая'])}, д. {rng.randint(1, 90)}",
                f"6640{pick(['03', '11', '25', '47'])}, г. Иркутск, ул. {pick(['Байкальская', 'Ширямова', 'Трудовая', 'Партизанская'])}, д. {n}, кв. {flat}",
            ],
            "sundanese": [
                f"Jl. Cikutra No. {n}, RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 9)}, Kel. Cigadung, Kec. Cibeunying Kaler, Kota Bandung 40191",
                f"Komp. Margahayu Raya Blok {pick('ABCDE')}{rng.randint(1, 9)} No. {n}, Kota Bandung 40286",
                f"Jl. {pick(['Antapani Lama', 'Kiaracondong', 'Buah Batu'])} No. {n}, Kota Bandung 40{pick(['291', '285', '264'])}",
                f"Perum Bogor Baru Blok {pick('ABCD')}{rng.randint(1, 9)} No. {n}, Tegallega, Kota Bogor 16129",
                f"Jl. Pajajaran No. {n}, Kota Bogor 16143",
                f"Kp. Cipanas RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 9)}, Ds. Langensari, Kec. Tarogong Kaler, Kab. Garut 44151",
                f"Jl. Ciledug No. {n}, Garut 44114",
                f"Jl. Cihideung No. {n}, Kota Tasikmalaya 46121",
                f"Perum Bumi Resik Panglayungan Blok {pick('ABCDE')} No. {n}, Kota Tasikmalaya 46134",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT111 for s in shapes[o]])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT111[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1975, 2006)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "gmail.com", *EMAIL_DOMAINS_HELDOUT111[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        ru = ["02", "14", "24", "25", "41", "43", "83", "93", "96", "99"]
        idn = ["12", "13", "21", "52", "57", "77", "78", "95", "96"]
        shapes = {
            "amhara": [
                f"09{pick('1234')}{d(1)} {d(3)} {d(3)}",  # Ethio telecom mobiles
                f"09{pick('1234')}{d(7)}",
                f"+251 9{pick('1234')} {d(3)} {d(4)}",
                f"+2519{pick('1234')}{d(7)}",
                f"07{pick('01')}{d(1)} {d(3)} {d(3)}",  # Safaricom Ethiopia
                f"011 {pick('15678')}{d(2)} {d(4)}",  # Addis Ababa
                f"+251 58 {pick(['220', '111', '226'])} {d(4)}",  # Bahir Dar and Gondar
                f"({pick(['301', '240', '703', '571'])}) {pick('2345789')}{d(2)}-{d(4)}",  # the DC area
            ],
            "galician": [
                f"6{d(2)} {d(3)} {d(3)}",  # Spanish mobiles
                f"6{d(8)}",
                f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
                f"7{pick('1234')}{d(1)} {d(3)} {d(3)}",
                f"981 {d(3)} {d(3)}",  # A Coruña and Santiago
                f"986 {d(2)} {d(2)} {d(2)}",  # Vigo
                f"+34 982 {d(3)} {d(3)}",  # Lugo
                f"+41 7{pick('6789')} {d(3)} {d(2)} {d(2)}",  # Swiss mobiles
            ],
            "buryat": [
                f"+7 9{pick(ru)} {d(3)}-{d(2)}-{d(2)}",  # Russian mobiles
                f"8 9{pick(ru)} {d(3)} {d(2)} {d(2)}",
                f"89{pick(ru)}{d(7)}",
                f"8 (3012) {d(2)}-{d(2)}-{d(2)}",  # Ulan-Ude
                f"+7 (3012) {d(2)}-{d(2)}-{d(2)}",
                f"8 (3952) {d(2)}-{d(2)}-{d(2)}",  # Irkutsk
                f"+976 9{pick('14589')}{d(2)} {d(4)}",  # Mongolian mobiles
            ],
            "sundanese": [
                f"08{pick(idn)}-{d(4)}-{d(4)}",  # Indonesian mobiles
                f"08{pick(idn)}{d(8)}",
                f"+62 8{pick(idn)} {d(4)} {d(4)}",
                f"(022) {pick('2567')}{d(3)} {d(4)}",  # Bandung
                f"(0251) 8{d(6)}",  # Bogor
                f"(0262) 2{d(5)}",  # Garut
                f"(0265) 3{d(5)}",  # Tasikmalaya
                f"+966 5{pick('0345')} {d(3)} {d(4)}",  # Saudi mobiles
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT111 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", f"220{rng.randint(0, 4)}",
                             f"62{rng.randint(1, 9)}", f"35{rng.randint(28, 89)}", "34", "37"])  # fmt: skip
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
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT111[origin] if origin else sorted(IBAN_SHAPES_HELDOUT111))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT111[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.choice([0, 1, 10, 88])}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 40)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2c0f:f8f0:{h()}:{h()}::{h()}", f"2a0c:5a80:{h()}:{h()}::{h()}", f"2a02:2168:{h()}:{h()}::{h()}",
                           f"2001:448a:{h()}:{h()}:{h()}::{h()}", f"2600:4040:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the daycare app's sign-in alerts, the crèche's camera parents watch,
        the baby monitor, the nanny's flat's router, the kindergarten enrolment site's web log; v4 and v6;
        `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("Procare says there was a new sign-in from {}, was that the nanny?", v4),
            ("the baby monitor got {} from the router, put it in the app", v4),
            ("the crèche's camera is on {}, the parents can watch from home", v4),
            ("the nanny's router gives the baby monitor {}, don't change it", v4),
            ("the daycare app logged me out, new login from {} it says", rng.choice([v4, v6])),
            ("a cámara da escola infantil está en {}, non a toques", v4),
            ("Abalar Móbil di que houbo un acceso desde {}", v4),
            ("Госуслуги пишут, что был вход с {}, это не я", v4),
            ("камера в группе садика на {}, родители смотрят онлайн", v4),
            ("aplikasi TK bilang ada login baru dari {}, itu teteh?", v4),
            ("CCTV PAUD pake IP {}, tong dirobah nya", v4),
            ("modem di bumi masihan IPv6 {}", v6),
            ("the monitor app shows the camera at {}", v6),
            ("$ ping -c 3 {}", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Sep 02 07:41:19 sadik-web sshd[2211]: Accepted password for deploy from {} port 51022 ssh2", v4),
            ('{} - - [02/Sep/2026:08:15:40 +0800] "POST /zapis/queue HTTP/1.1" 200 734', v4),
            ("camera_ip: {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(2016, 2024)
        return rng.choice(
            [
                f"{rng.choice(['Bahirdar', 'Gondar', 'Bole', 'Lalibela', 'Tana'])}{rng.choice(['@058', '#251', '_2015', '!!'])}",
                f"{rng.choice(['Vigo', 'Coruna', 'Lugo', 'Compostela', 'Rias'])}{rng.choice(['_986', '@981', '#2025', '!'])}",
                f"{rng.choice(['Baikal', 'UlanUde', 'Ivolga', 'Selenga', 'Irkut'])}{rng.choice(['#3012', '@2024', '_03', '!'])}",
                f"{rng.choice(['Garut', 'Bandung', 'Bogor', 'Tasik', 'Cipanas'])}{rng.choice(['@0262', '#022', '_2025', '!!'])}",
                rng.choice(["babysitter", "kindergarten", "daycare", "nanny", "stroller", "lullaby"]).translate(leet) + rng.choice(["", "!", "_111"]),
                f"{rng.choice(['mekdi', 'yoni', 'noa', 'maruxa', 'tuyana', 'aldar', 'imas', 'wawan'])}{rng.choice([str(year), str(year)[2:], '123'])}",
                f"{rng.choice(['Creche', 'Sadik', 'Paud', 'Kinder'])}{rng.randint(2019, 2026)}-{rng.choice(['Grupa', 'Sala', 'Kelas', 'Room'])}{rng.randint(1, 12)}",
                f"{rng.choice(['bebe', 'nene', 'malysh', 'orok'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw) or "Sadik2024Grupa"  # where ':' or '@' would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        tripay = "-".join(tok(5, alnum) for _ in range(5))
        options = [
            # the daycare app's login and code, the nanny's, the crèche's and the parents' own
            ("the daycare app password is {}, the login is my email", pw),
            ("Procare sent the code {} to my phone, type it for me", d(6)),
            ("the nanny's phone passcode is {} in case the baby needs a call", d(6)),
            ("the door code of the crèche is {} from this month", d(4)),
            ("the baby monitor password is {}, it's on the fridge", pw),
            ("the EZVIZ verification code on the camera label is {}", tok(6, string.ascii_uppercase)),
            ("the kindergarten wifi password is {}, don't give it to the other parents", pw),
            ("the babysitter's login for the agency site is my email and {}", pw),
            # cues in the set's languages
            ("የቴሌብር ፒኔ {} ነው፣ ለማንም አትንገሪ", d(6)),
            ("telebirr PIN-e {} new, lemanim atnegri", d(6)),
            ("CBE Birr PIN {}, send the mogzit's wage on Friday", d(4)),
            ("o contrasinal de Abalar Móbil é {}, non llo digas a ninguén", pw),
            ("la clave de la app de la guarde es {}, no se la digas a nadie", pw),
            ("el código de ABANCA para pagar la cuota es {}", d(6)),
            ("la contraseña de Cuideo es {}, es para ver el contrato de la cuidadora", pw),
            ("пароль от Госуслуг {}, никому не говори", pw),
            ("код подтверждения для очереди в садик {}", d(6)),
            ("пароль от Сферума {}, там чат группы", pw),
            ("PIN LinkAja abdi {}, ulah bebeja ka saha-saha nya", d(6)),
            ("password aplikasi sekolah {}, jangan disebar ya", pw),
            ("kode OTP dari aplikasi TK {}", d(6)),
            # commands
            ("$ curl -u admin:{} http://camara-escola.local/ISAPI/System/deviceInfo", colonless),
            ("$ nmcli dev wifi connect Sadik_Group3 password {}", colonless),
            # pastes
            ("CLOUDPAYMENTS_API_SECRET={}", tok(32, hexd)),
            ("TRIPAY_PRIVATE_KEY={}", tripay),
            ("FONNTE_TOKEN={}", tok(20, alnum + "!#+")),
            ("HOLDED_API_KEY={}", tok(32, hexd)),
            ("TELEBIRR_APP_KEY={}", tok(32, hexd)),
            ("DATABASE_URL=postgres://waitlist:{}@db.internal:5432/enrolment", colonless),
            ("  camera_password: {}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the daycare app's login, the parents' Instagram and TikTok, VK, in shapes like
        'mekdes.getachew', 'vigo_noa', 'aldar_dugarov', 'mamah.imas'."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(85, 99) if rng.random() < 0.6 else rng.randint(0, 8)
        subject = rng.choice(SUBJECTS_HELDOUT111[origin])
        own = {
            "amhara": [f"{first}.{last}", f"{first}_{subject}", f"{first}{yy:02d}"],
            "galician": [f"{subject}_{first}", f"{first}.{last}{yy:02d}", f"{first}{last}"],
            "buryat": [f"{first}_{last}", f"{first}{yy:02d}", f"{subject}.{first}"],
            "sundanese": [f"{subject}.{first}", f"{first}{last}", f"{first}_{yy:02d}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int, youngest: int) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 2019, youngest: int = 2025) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format; by default
        a child's."""
        y, m, day = self._birth(oldest, youngest)
        ey, em, ed = _ethiopian(y, m, day)
        return {
            "et": f"{ed:02d}/{em:02d}/{ey}",
            "et_geez": f"{EC_MONTHS_GEEZ_HELDOUT111[em - 1]} {ed} ቀን {ey}",
            "et_latin": f"{EC_MONTHS_LATIN_HELDOUT111[em - 1]} {ed}, {ey}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "es": f"{day:02d}/{m:02d}/{y}",
            "es_words": f"{day} de {ES_MONTHS_HELDOUT111[m - 1]} de {y}",
            "gl_words": f"{day} de {GL_MONTHS_HELDOUT111[m - 1]} de {y}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RU_MONTHS_HELDOUT111[m - 1]} {y}",
            "id": f"{day:02d}-{m:02d}-{y}",
            "id_words": f"{day} {ID_MONTHS_HELDOUT111[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes(1962, 2025)
        own = {"amhara": ["et", "us"], "galician": ["es"], "buryat": ["ru"], "sundanese": ["id"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["et", "us", "es", "ru", "id", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): the child's or a parent's or the nanny's, with a birth cue in
        the date's own language, a form or a paste; `chat` as in `ip_sample`."""
        s, adult = self._dob_shapes(), self._dob_shapes(1962, 2004)
        options = [
            ("የልጁ የትውልድ ቀን: {} ዓ.ም.", s["et"]),
            ("ልጄ የተወለደው {} ዓ.ም. ነው", s["et_geez"]),
            ("my son was born {} E.C., the daycare in Silver Spring wants it in Gregorian", s["et_latin"]),
            ("Child's date of birth (MM/DD/YYYY): {}", s["us"]),
            ("the nanny's date of birth for the contract is {}", adult["us"]),
            ("Data de nacemento: {}", s["es"]),
            ("naceu o {}, apúntao así na matrícula da escola infantil", s["gl_words"]),
            ("mi hija nació el {}, ponlo en la solicitud de la guarde", s["es_words"]),
            ("Fecha de nacimiento de la cuidadora: {}", adult["es"]),
            ("Дата рождения ребёнка: {}", s["ru"]),
            ("сын родился {} г., так и пиши в заявлении в садик", s["ru_words"]),
            ("дата рождения мамы для договора: {}", adult["ru"]),
            ("Tanggal lahir anak: {}", s["id"]),
            ("Tempat/Tgl. Lahir: Garut, {}", s["id"]),
            ("budak abdi lahir {}, tiasa daptar PAUD taun ieu?", s["id_words"]),
            ("tanggal lahir pengasuhnya {}, buat kontrak", adult["id"]),
            ('    "child_dob": "{}",', s["iso"]),
            ("  date_of_birth: {}", s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT111_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on the pick-up list for the daycare in Silver Spring",
        "{} can collect the kids on Tuesdays, she has the code",
        "{} is our nanny from Monday to Friday, eight to five",
        "{} brought the twins' vaccination card to the kindergarten",
        "{} is the mogzit who looks after the baby in Bole",
        "{} lijochun ke kindergarten tewesdalech, ishi?",
        "{} ye lijochu mogzit nat, ameseginalehu",
        "Ato {} drives the school bus in Bahir Dar",
        "W/ro {} runs the kindergarten near the church in Gondar",
        "W/rt {} is the new teacher in the baby room",
        "Emama {} looks after the baby when the mogzit is off",
        "Gashe {} will bring the kids from school today",
        "Abba {} blessed the new kindergarten building on Sunday",
        "Memhir {} says the kids need a photo for the school ID",
        "{} ልጆቹን ከመዋዕለ ሕፃናት ትወስዳለች",
        "{} የልጆቹ ሞግዚት ናት",
        "አቶ {} የትምህርት ቤት አውቶቡስ ሹፌር ነው",
        "{} vai buscar ao neno á escola infantil ás cinco",
        "a {} vai recoller á nena hoxe, eu non podo",
        "o {} trae aos nenos no coche os luns",
        "{} está na lista de espera da Galiña Azul de Teis",
        "{} é a coidadora dos nenos desde setembro",
        "{} puede recoger a la niña en la guarde los viernes",
        "la canguro de los sábados es {}",
        "{} es la niñera de los mellizos, viene de Cuideo",
        "{} pidió el Bono Concilia para la guardería de Lugo",
        "don {} leva aos nenos no bus escolar de Ames",
        "dona {} recolle aos nenos da escola infantil os martes",
        "doña {} cuida a los niños por las tardes en Vigo",
        "señora {} firmó el contrato de la cuidadora ayer",
        "avoa {} queda cos nenos cando pecha a garda",
        "tía {} trae a la niña a las nueve",
        "tío {} vai buscar á nena ao cole os xoves",
        "profe {} dixo que mañá hai festival no cole",
        "{} забирает сына из садика по вторникам",
        "{} стоит в очереди в садик на Госуслугах с весны",
        "{} сидит с малышом, пока мы на работе",
        "{} работает воспитателем в садике на Ключевской",
        "тётя {} сидит с малышом по вторникам",
        "дядя {} отвезёт детей в садик на машине",
        "{} абгай заберёт ребёнка из садика в пятницу",
        "{} ахай отвезёт детей в Иволгинск",
        "{} багша просила принести сменную обувь",
        "{} bagsha asked for the kids' photos for the kindergarten album",
        "{} is the nanny the agency sent us in Ulan-Ude",
        "{} is on the kindergarten waiting list in Irkutsk",
        "{} nu ngajemput budak ti PAUD unggal poe",
        "{} jadi pengasuh di bumi ti taun kamari",
        "{} yang jemput anak dari TK jam sebelas",
        "{} sudah bayar uang SPP PAUD bulan ini",
        "{} pengasuh dari yayasan di Bandung, gajinya per bulan",
        "Kang {} nu nyupiran jemputan sakola ka Garut",
        "Aa {} bade ngajemput barudak ayeuna",
        "Teh {} tos mayar SPP PAUD can?",
        "Teteh {} guru PAUD di Tasikmalaya",
        "Ceu {} ngasuh orok di bumi unggal poe",
        "Mang {} anu ngajemput barudak ti TK jam sabelas",
        "Bi {} pengasuh anyar ti yayasan penyalur di Bogor",
        "Neng {} bantu jaga budak sore ieu",
        "Abah {} ngantosan incu di gerbang sakola",
        "Hj. {} pamilik PAUD di Bogor",
        "Haji {} nyumbang kanggo PAUD di Garut",
        "{} is the babysitter for saturday night",
        "{} forgot the nappies again",
        "who is {}? she isn't on the pick-up list",
        "{} picked up the wrong kid's bag lol",
        "{} and {} share the morning shift in the baby room",
        "ask {} if the kids ate lunch",
        "{} wants to be paid for the extra hours",
        "tell {} the school bus is late today",
        "Child's name: {}",
        "Parent/Guardian: {}",
        "Authorised to collect: {}",
        "Emergency contact: {}",
        "Last name, First name: {}",
        "ሙሉ ስም: {}",
        "የወላጅ ስም: {}",
        "Nome e apelidos: {}",
        "Apelidos e nome: {}",
        "Apellidos y nombre: {}",
        "Persoa autorizada: {}",
        "ФИО ребёнка: {}",
        "ФИО родителя: {}",
        "Доверенное лицо: {}",
        "Nama anak: {}",
        "Nama orang tua/wali: {}",
        "Penjemput: {}",
        "| PU-2 | {} | grandmother | yes |",
        '"guardian_name": "{}",',
        "- nanny: {}",
    ],
    "STREET_ADDRESS": [
        "the nanny lives at {}, it's close to the kindergarten",
        "the school bus picks him up at {}",
        "send the contract to {} please",
        "the new crèche is at {}",
        "the babysitter can come to {} at seven",
        "kirimkeun kontrak pengasuh ka {} nya",
        "отправь договор на {}",
        "manda o contrato a {} porfa",
        "Address: {}",
        "Enderezo: {}",
        "Alamat: {}",
        "Адрес: {}",
        "አድራሻ: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the enrolment form to {}",
        "the nanny agency writes from {}",
        "the daycare app login is {}",
        "forward the fees receipt to {} please",
        "the babysitter's email is {}",
        "kirim formulir PAUD ka {} nya",
        "отправь заявление на {}",
        "manda a matrícula a {}",
        "E-mail: {}",
        "Email: {}",
        "Correo electrónico: {}",
        "Почта: {}",
        "ኢሜል: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when the kids are picked up",
        "the nanny's number is {}",
        "the school bus driver is on {}",
        "whatsapp {} if the baby has a fever",
        "the emergency contact is {}",
        "telepon {} mun budak gering",
        "позвони {} если ребёнок заболеет",
        "chama ao {} se o neno ten febre",
        "Phone: {}",
        "Teléfono: {}",
        "No. HP: {}",
        "Тел.: {}",
        "ስልክ: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the crèche fees with {}",
        "the new pram went on {}",
        "the nanny agency charged {} twice",
        "book the babysitter with {} please",
        "the summer camp was paid with {}",
        "bayar SPP PAUD pake kartu {}",
        "оплатил садик картой {}",
        "paguei a escola infantil coa tarxeta {}",
        "Card: {}",
        "Card number: {}",
        "Номер карты: {}",
        "Número de tarjeta: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the nanny wants her wage in {}",
        "the crèche's account is {}",
        "my sister sends the money for the kindergarten fees from {}",
        "pay the babysitter into {}",
        "the direct debit for the fees comes from {}",
        "send the refund to {} and not to my old account",
        "IBAN: {}",
        "IBAN para la domiciliación: {}",
        "Beneficiary IBAN: {}",
        "IBAN da conta: {}",
    ],
    "USERNAME": [
        "the daycare app user is {}",
        "on tiktok the nanny is {}",
        "the parents' group admin is {}",
        "my login for the crèche portal is {}",
        "her instagram is {}",
        "his vk is {}",
        "my handle in the parents' chat is @{}",
        "логин в Сферуме: {}",
        "o meu usuario en Abalar é {}",
        "username aplikasi TK abdi {}",
        "Login: {}",
        "Username: {}",
        "Usuario: {}",
        "Логин: {}",
        '"username": "{}",',
    ],
}
HELDOUT111_MIXED = [
    ("Name: {}\nDate of birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name: {}\nE-mail: {}\nPassword: {}", ["PERSON", "EMAIL_ADDRESS", "SECRET"]),
    ("ФИО: {}\nДата рождения: {}\nАдрес: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Nome e apelidos: {}\nData de nacemento: {}\nTeléfono: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Nama: {}\nTanggal lahir: {}\nAlamat: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} paid the crèche fees with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the nanny's wage in {}", ["PERSON", "IBAN_CODE"]),
    ("the nanny is {}, {}, and wants her wage in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("daycare app login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Emergency contact: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) is on the pick-up list", ["PERSON", "EMAIL_ADDRESS"]),
    ("the agency charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the enrolment form to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved the kids to a crèche at {}", ["PERSON", "STREET_ADDRESS"]),
    ("Beneficiary: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the baby monitor is on {} and its password is {}", ["IP_ADDRESS", "SECRET"]),
    ("CAMERA_HOST={}\nCAMERA_USER={}\nCAMERA_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} can collect {}'s kids on Fridays", ["PERSON", "PERSON"]),
    ("Доверенное лицо: {}\nТелефон: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Persoa autorizada: {}, {}", ["PERSON", "PHONE_NUMBER"]),
    ("{} minta kontrak pengasuh dikirim ka {}", ["PERSON", "EMAIL_ADDRESS"]),
]  # fmt: skip
HELDOUT111_NEGATIVES = [
    "Addis Ababa, Bahir Dar and Gondar all have private kindergartens now",
    "Ethiopians have no family name: the second name is the father's and the third the grandfather's",
    "Ato is Mr, W/ro is Weyzero, Mrs, and W/rt is Weyzerit, Miss",
    "Emama is mother, Etye elder sister and Gashe elder brother, said to any older person",
    "in a name W/ stands for Wolde and G/ for Gebre, H/ for Habte",
    "the Ethiopian calendar is seven or eight years behind, the new year comes in September",
    "the daycare in Bole costs 4,500 birr a month with lunch",
    "a mogzit in Addis earns a few thousand birr a month, more with nights",
    "Menelik II Avenue is closed for the Meskel parade, the school bus goes round",
    "the kids have a holiday for Timket and for Meskel",
    "selam, endet nesh? lijochu dehna nachew",
    "ishi, ameseginalehu",
    "ሰላም፣ እንዴት ነሽ?",
    "telebirr and CBE Birr both take the kindergarten fees now",
    "the Ethiopian daycares in Silver Spring close at six",
    "the school bus in Gondar leaves Azezo at 7:10",
    "A Coruña, Vigo, Santiago and Lugo are the four big towns of Galicia",
    "in Spain everyone has two apellidos, the father's first and the mother's second",
    "Xosé and José are the same name, one in Galician and one in Castilian",
    "avoa is grandmother in Galician, avó grandfather",
    "don and doña go before the given name, señor and señora before the family name",
    "the Galiña Azul crèches are for children up to three",
    "the Bono Concilia pays part of the crèche for working families",
    "the escola infantil costs 260 euros a month, lunch included",
    "the Rosalía de Castro airport is in Santiago, the buses leave from there",
    "the parents' meeting is at the Praza de Castelao in Vigo",
    "bo día! como están os nenos?",
    "moitas grazas pola axuda",
    "la canguro cobra 10 euros la hora los sábados",
    "Cuideo charges the agency fee once, the wage is separate",
    "Abalar Móbil sends the school notices to the parents",
    "Ulan-Ude, Irkutsk and Ivolginsk each have long kindergarten queues",
    "-ovich and -ovna make the patronymic, the father's name comes in the middle",
    "абгай is elder sister and ахай elder brother in Buryat, багша is teacher",
    "тётя and дядя are what the children call any grown-up",
    "Buryat names like Dorzho and Nima come from Tibetan, Solbon and Erdem from Mongolian",
    "the Lenin head on the Soviets' square is the biggest in the world",
    "в садик принимают с 1 сентября, заявление подают на Госуслугах",
    "садик стоит 3 200 рублей в месяц",
    "сайн байна! баярлалаа",
    "очередь в садик движется медленно, номер 418",
    "Сферум is the chat the kindergarten groups use",
    "Bandung, Bogor, Garut and Tasikmalaya are towns of West Java",
    "Kang and Aa are for elder brothers, Teh, Teteh and Ceu for elder sisters, Mang for an uncle",
    "Bi is short for bibi, aunt, and many nannies are called Bi",
    "bin means son of and binti daughter of, many Sundanese have no family name",
    "Moch. is short for Mochamad, on many West Javan papers",
    "Jl. Dewi Sartika in Bandung is named after the teacher who opened the first girls' school",
    "the jemputan goes along Jl. Otto Iskandar Dinata every morning",
    "SPP PAUD Rp 150.000 sabulan, seragam Rp 200.000",
    "sampurasun! kumaha damang?",
    "hatur nuhun pisan, Teh",
    "PAUD and TK close on the first of Syawal for a week",
    "LinkAja and the bank app both pay the TK fees",
    "the baby monitor VTech BM3350 runs on batteries for ten hours",
    "the Cybex Sirona Z car seat fits from birth to four years",
    "the Bugaboo Fox 5 pram costs more than a month of nursery",
    "Hikvision cameras used to ship with admin and 12345, change it",
    "the EZVIZ default is admin with the code on the label",
    "error 0x80070005 when the daycare app installs",
    "Госуслуги выдают ошибку 500 при записи в садик",
    "the app says E1102, try again later",
    "order #55812: two packs of nappies, size 4",
    "job 2026-114: paint the baby room",
    "the BCG is given at birth and the measles jab at nine months",
    "the enrolment period runs from 1 to 30 April",
    "the crèche closes from 24/12/2026 to 06/01/2027",
    "the kindergarten photo day is on 2026-10-14",
    "PROCARE_API_KEY=your-api-key-here",
    "TRIPAY_PRIVATE_KEY=xxxxx-xxxxx-xxxxx-xxxxx-xxxxx",
    "wifi password: ********",
    "4111 1111 1111 1111 is the test card for the crèche's shop",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the bank's guide",
    "write to info@example.com for the waiting list",
    "192.0.2.111 is a documentation address",
    "198.51.100.23 is a documentation address",
    "2001:db8:111::1 is a documentation address",
    "the kids nap from one to three",
    "see you at the gate at five",
    "the baby finally slept, thank god",
    "pick-up is at 12:30 on Fridays",
    "the nanny works 40 hours a week, overtime paid at 1.5",
]  # fmt: skip


def _typo111(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a child care word's well-known misspelling ('kindergarten' ->
    'kindergarden', 'babysitter' -> 'babysiter', 'allergy' -> 'alergy', 'vaccination' -> 'vacination'), or chat
    shorthand in the set's languages ('please' -> 'pls', 'por favor' -> 'porfa', 'спасибо' -> 'спс', 'sudah'
    -> 'udh', 'hatur nuhun' -> 'nuhun'). Only in sentences typed to the bot or a friend; a title or a kin word
    by a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT111.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT111[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT111.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT111[m.group(1)] + template[m.end() :]


def build_heldout111(seed: int = HELDOUT111_SEED) -> list[Example]:
    """Held-out set 111: `Gen111` values in `HELDOUT111_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen111.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen111(seed)
    examples = assemble_module_set(
        gen, HELDOUT111_TEMPLATES, HELDOUT111_MIXED, HELDOUT111_NEGATIVES, _typo111, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
