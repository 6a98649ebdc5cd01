"""Held-out PII set 104 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout104": written by a separate author who did not change recognizers, never saw Kaizen's misses on it
and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT104 is empty, as for the sets
before it; written at the same time as held-out 103 by another author). The theme is looking for work and
working abroad as workers, their families and the people around them talk about it: the CV and the cover
letter, the job portal's login, the recruitment agency and its fee, the interview invitation, the reference
letter, the work permit or the work visa and its appointment, the police clearance certificate, the
employment contract and the first payslip, the bank account for the salary, the remittance home, the
unemployment office or the job centre, seasonal farm work, the contractor who keeps the passport and the
labour inspector's hotline. The peoples were chosen after grepping the earlier sets' docstrings: none of the
four is a main people of held-out 27 to 102, so no neighbour had to take a place (the Zulu of held-out 96
are the Ndebele's neighbours and kin in speech, but the Ndebele of Matabeleland are a people of their own
and their names, places and papers here are Zimbabwe's). Hand-written lists of four peoples: the Ndebele of
Bulawayo, Gwanda and Plumtree and Zimbabwean Ndebele in Johannesburg (the agency on Fife Street, the police
clearance from Bulawayo central, the ZEP, Mukuru, the Quantum from the Renkini rank, the care home jobs in
England; isiNdebele given names ('Sibusisiwe', 'Thulani', 'Nkosilathi', 'Sithabile', 'Bongani', 'Nomvula')
and English ones ('Blessing', 'Prudence', 'Learnmore', 'Trust'), an English and an isiNdebele given name
together ('Blessing Thulani Moyo'), family names ('Ncube', 'Moyo', 'Sibanda', 'Dube', 'Nkomo', 'Ndlovu',
'Mpofu', 'Tshuma'), the clan's praise name after the family name with a hyphen ('Sithabile
Ndlovu-Gatsheni'), a married woman called by her own family's name after 'Ma' ('MaNcube'), a Zimbabwean
ID's family name first ('NCUBE Sibusisiwe'), initials ('S.T. Ncube'), short forms ('Sbu', 'Thabi', 'Khanyi')
and 'Mama' and 'Baba' before a family name and 'Sisi' and 'Bhuti' before a given name, outside the span);
the Kashubians of Kartuzy, Kościerzyna, Puck and Gdańsk and Kashubian workers in Germany and Norway (the
powiatowy urząd pracy, ZUS's A1 form, the asparagus and strawberry seasons, the fish factory in Ålesund,
the D-number and the tax card; Polish given names and their Kashubian forms with ò, ë, ô and ù ('Tomôsz',
'Wòjcech', 'Mateùsz', 'Katarzëna', 'Marëjô'), Kashubian family names ('Kónkel', 'Borzyszkowski', 'Kreft',
'Labuda', 'Formela', 'Trzebiatowski', 'Mach', 'Klinkosz') and their Kashubian spelling ('Bòrzëszkòwsczi',
a woman's 'Bòrzëszkòwskô'), a woman's -ska ('Trzebiatowska'), Polish letters ł, ś, ż ('Małgorzata
Pałubicka'), the name typed without them on a German or Norwegian form ('Lukasz Gliszczynski'), a Polish
form's family name first ('Formela Anna', 'KREFT, Tomasz'), diminutives ('Kasia', 'Wojtek', 'Gosia') and
'pan', 'pani', Kashubian 'pón', 'ciocia' and 'wujek' before a name, outside the span); the Chechens of
Grozny, Gudermes and Shali and Chechen workers and refugees in Vienna, Berlin and Strasbourg (the AMS, the
Ausländerbehörde, France Travail, the titre de séjour, the справка о несудимости, the apostille on a
diploma; given names ('Ramzan', 'Apti', 'Zelimkhan', 'Khava', 'Madina', 'Zarema', 'Luiza'), family names in
-ov and -ev with a woman's -a ('Magomadov', 'Saidulaeva', 'Bisultanov'), the patronymic ('Apti Ruslanovich
Magomadov', a Russian form's 'Magomadov Apti Ruslanovich', 'Khava Aptievna', 'Magomadov A. R.'), Cyrillic
('Хава Саидулаева'), the German transliteration of Austrian and German offices ('Chawa Saidulajewa',
'Selimchan Magomadow') and the French one of a préfecture ('Louiza Saïdoulaïeva'), the teip named next to a
person and never as one, and 'Frau' and 'Herr', 'Madame' and 'Monsieur' before a family name in those
spellings and 'дядя' and 'тётя' before a given name in Cyrillic, outside the span); and the Tausug of Jolo
and Zamboanga and Tausug workers in Sabah and the Gulf (the agency in Zamboanga, the DMW and the OEC, the
PDOS, the NBI clearance, the oil palm estate near Lahad Datu, Palawan Express; given names in their Tausug
forms ('Abdurajak', 'Jul-ashri', 'Alnizar', 'Nurhaida', 'Nur-ain'), 'Sitti' before a woman's name as a
part of it ('Sitti Nurhaida Jikiri'), family names ('Tan', 'Jikiri', 'Sahipa', 'Abubakar', 'Hassan',
'Tulawie', 'Sali'), the mother's family name's initial in the middle ('Alnizar T. Sahipa'), a Philippine
form's 'Last, First, M.I.' ('JIKIRI, Nurhaida S.'), 'bin' and 'binti' on Sabah's papers ('Alnizar bin
Abdurajak'), short forms ('Nizar', 'Aida') and 'Hadji', 'Hadja', 'Apuh', 'Bapa' and 'Inah' before a name,
outside the span); no public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT104). Every one of those
name forms, and names with a typo ('Sibnada', 'Trzebiatowka', 'Magamadov', 'Jikkiri'), is forced into the
build at least once so it does not hang on the seed (any form the draws have not reached by the end comes in
a sentence of its own), and each people also gets a titled name, a name in capitals on a form and one in lower
case in chat, whatever the seed; the address, the phone, the e-mail, the IBAN or the date of birth after a
name mostly comes from that name's region. Names on an application's, a payslip's, a permit's and a
remittance's papers in English ('Applicant:', 'Candidate:', 'Employee:', 'Referee:', 'Remitter:', 'Surname
and first name (as on the Zimbabwe ID):', 'Name (Last, First, M.I.):', a payroll table's '| EMP-0412 | ... |
Packer |'), isiNdebele ('Ibizo:'), Polish ('Imię i nazwisko:', 'Nazwisko i imię:'), Kashubian ('Miono i
nôzwëskò:'), German ('Name, Vorname:', 'Arbeitnehmer/in:'), Russian ('ФИО:', 'Соискатель:'), French ('Nom et
prénom :'), Filipino ('Pangalan:') and Malay ('Nama pekerja:'); job codes, visa categories, form names,
salary figures, hourly rates, office hours and place names alone no PII; self-hosted apps' config no earlier
set pasted: Frappe HR's site_config.json ('db_password', 'encryption_key'), its API secret and bench's
set-admin-password for the agency's recruitment, Horilla's SECRET_KEY and DATABASE_URL, Kimai's APP_SECRET
and DATABASE_URL for the farm's hours, Zammad's API token for the labour hotline's helpdesk and Listmonk's
config.toml and admin password for the agency's job mailing; those regions' addresses (Bulawayo's streets,
its suburbs and its high-density 'House No. 4521, Entumbane', Gwanda's and Plumtree's stands, Hillbrow's
flats and Yeoville's houses with the postcode, Kartuzy's, Kościerzyna's, Puck's and Gdańsk's 'ul. Gdańska
12/4, 83-300 Kartuzy' and a Kashubian village's, a German farm town's, Norway's 'Storgata 12, 6002 Ålesund',
Grozny's, Gudermes' and Shali's in Cyrillic and Latin, Vienna's 'Quellenstraße 45/3/12, 1100 Wien', Berlin's
and Strasbourg's, Jolo's barangays and sitios with the 7400 postcode, Zamboanga's puroks, Sandakan's,
Kota Kinabalu's and an estate's by Lahad Datu, Doha's building, street and zone and Dubai's flats) and
phones (Zimbabwean mobiles '+263 77' and '077', Bulawayo's '+263 292', Gwanda's '0284', South African
mobiles '+27 82' and '082', Johannesburg's '011', Polish mobiles '+48' and the Kashubian towns' '+48 58',
German '+49 15x' and Berlin's '+49 30', Norwegian '+47', Chechen mobiles '+7 928' and '8 (928)', Grozny's
'(8712)', Austrian '+43 6xx' and '06xx', French '+33 6' and Strasbourg's '03 88', Philippine '+63 9' and
'09', Zamboanga's '(062)', Malaysian '+60 1x' and Sandakan's '089', the UAE's '+971 5' and '05' and Qatar's
'+974'); Visa, Mastercard 51-55 and 2-series, Russia's Mir 2200-2204 and Amex 4-6-5 as the visa
appointment, the agency's fee, the police clearance and the flight to the Gulf take them; IBANs of the UK
and Ireland for Ndebele care workers, of Poland, Germany and Norway for the Kashubians, of Austria, Germany
and France for the Chechens and of the UAE, Qatar and Saudi Arabia for the Tausug (Zimbabwe, South Africa,
Russia, the Philippines and Malaysia have none); IPs of the job portal's logs and sign-in alerts, the VPN,
the agency's office network and CRM server, the payroll portal, the farm hostel's router and the labour
hotline's helpdesk, v4 and v6; secrets handed over in ways no earlier set used (on the back of the agency's
fee receipt, in pencil on the CV printout, in the payroll welcome letter, inside the passport cover, on the
farm hostel's fridge, a payslip PDF's password, the email password a contractor who keeps the passport
changed), the places ('Bulawayo2024!', 'Kartuzy#83', 'Grozny_95', 'Jolo@7400'), theme words in leetspeak
('r3cru17', 'p4y$l1p'), one-time codes of the visa appointment system and the job centre app, a remittance
app's PIN, and cues in isiNdebele ('ungayitsheli muntu'), Polish ('nikomu nie mów'), German, Norwegian,
Russian, French, Tagalog ('wag mo ipagsabi ha') and Malay ('jangan bagitau orang'); usernames as job portal,
payroll and CRM logins, Kimai logins for the farm hours, LinkedIn, Telegram and Skype handles, in shapes like
'thulani.moyo92', 'kreft.t', 'apti95', 'ofw_nurhaida03'; dates of birth for the visa, the ZEP, the police
clearance, the labour office, the AMS, the tax card, the справка, the titre de séjour, the PSA certificate and
a Qatar visa, in Zimbabwe's '14/03/1994' and '14th March 1994', Poland's '14.03.1994' and '14 marca 1994 r.',
German '14. März 1994' and Austria's '14. Jänner 1994', Russian '14 марта 1994 г.', French '14 mars 1994',
the Philippines' month-first '03/14/1994' and 'March 14, 1994', Malay '14 Mac 1994' and a paste's ISO date, a
parent's now and then, all drawn between fixed years from the set's own rng so the set builds the same on
any day; typos as workers type on a phone between shifts: a job-hunting word's well-known misspelling
('interview' -> 'intervew', 'reference' -> 'refrence', 'salary' -> 'salery', 'clearance' -> 'clearence')
or chat shorthand ('appointment' -> 'appt', 'documents' -> 'docs', 'Johannesburg' -> 'Jozi'); negatives
with the same places, the titles and the name forms explained, job codes, visa categories, salary figures,
hourly rates and office hours alone, dates that are no birthdays (an interview's, an appointment's, a
contract's end), the apps' versions, placeholder secrets, a test card, the example IBAN, a placeholder
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

HELDOUT104_SEED = 8104527
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT104: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT104 = ["ndebele", "kashubian", "chechen", "tausug"]
# each origin: (men's given names, women's given names, family names); ';' separates names, as some hold a
# hyphen or a space
NAMES_HELDOUT104: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Ndebele of Bulawayo, Gwanda and Plumtree and Zimbabwean Ndebele in Johannesburg: isiNdebele given names
    # and English ones (ENGLISH_GIVEN_HELDOUT104), Ndebele family names (isibongo)
    "ndebele": ("Thulani;Nkosilathi;Bongani;Sibusiso;Mthokozisi;Themba;Lungisani;Mandla;Sifiso;Blessing;Learnmore;Trust;Givemore;Brighton;Knowledge".split(";"),
                "Sibusisiwe;Sithabile;Nomvula;Nokuthula;Thandiwe;Sikhanyisiwe;Nobuhle;Zanele;Sikhululekile;Nomalanga;Prudence;Precious;Patience;Fortunate;Memory".split(";"),
                "Ncube;Moyo;Sibanda;Dube;Nkomo;Ndlovu;Mpofu;Tshuma;Khumalo;Mlilo;Nyathi;Mathe;Ngwenya;Masuku;Mguni;Maphosa;Mhlanga;Sithole".split(";")),
    # Kashubians of Kartuzy, Kościerzyna, Puck and Gdańsk and Kashubian workers in Germany and Norway: Polish
    # given names (their Kashubian forms in KASHUBIAN_GIVEN_HELDOUT104), Kashubian family names in their
    # Polish spelling, a woman's -ski becoming -ska (_pl_feminine)
    "kashubian": ("Jan;Józef;Stanisław;Tadeusz;Kazimierz;Piotr;Tomasz;Łukasz;Paweł;Krzysztof;Mateusz;Wojciech;Grzegorz;Marek".split(";"),
                  "Anna;Maria;Katarzyna;Barbara;Agnieszka;Małgorzata;Elżbieta;Joanna;Magdalena;Halina;Jadwiga;Urszula;Teresa".split(";"),
                  "Kónkel;Borzyszkowski;Kreft;Labuda;Formela;Trzebiatowski;Mach;Klinkosz;Necel;Mielewczyk;Gliszczyński;Pałubicki;Bolduan;Hinc;Szlas;Lewna".split(";")),
    # Chechens of Grozny, Gudermes and Shali and Chechen workers and refugees in Vienna, Berlin and
    # Strasbourg: family names in -ov and -ev, a woman's with -a (_ru_feminine)
    "chechen": ("Ramzan;Apti;Zelimkhan;Ruslan;Magomed;Adam;Islam;Aslan;Bislan;Khamzat;Shamil;Alikhan;Movsar;Akhmed;Umar;Arbi;Isa".split(";"),
                "Khava;Madina;Zarema;Luiza;Malika;Aminat;Kheda;Petimat;Seda;Milana;Markha;Elina;Raisa".split(";"),
                "Magomadov;Saidulaev;Bisultanov;Idrisov;Tsatsaev;Mezhidov;Elmurzaev;Dzhabrailov;Khadzhiev;Gairbekov;Vakhaev;Zakriev;Dashaev;Temirkhanov".split(";")),
    # Tausug of Jolo and Zamboanga and Tausug workers in Sabah and the Gulf: Muslim given names in their Tausug
    # forms, some with a hyphen, and Tausug family names
    "tausug": ("Abdurajak;Jul-ashri;Alnizar;Nurhasan;Abdulwahid;Radzmal;Benhur;Fahad;Ismael;Amilhamja;Almujer;Jumadil;Alvin;Nasser".split(";"),
               "Nurhaida;Nur-ain;Nurija;Jurma;Aisah;Almira;Nursiya;Hadjara;Raihana;Norhata;Jamila;Sherlyn;Merhama".split(";"),
               "Tan;Jikiri;Sahipa;Abubakar;Hassan;Tulawie;Sali;Alih;Jumaani;Sahijuan;Ututalum;Arbison;Hayudini;Ladja;Omar".split(";")),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs)
PUBLIC_FIGURES_HELDOUT104 = {"Józef Borzyszkowski", "Tadeusz Bolduan", "Marek Formela", "Abdurajak Abubakar"}
# the Ndebele given names that are English words or church names
ENGLISH_GIVEN_HELDOUT104 = {
    "Blessing", "Learnmore", "Trust", "Givemore", "Brighton", "Knowledge", "Prudence", "Precious", "Patience",
    "Fortunate", "Memory",
}  # fmt: skip
# a clan's praise name (isithakazelo), written after the family name with a hyphen ('Ndlovu-Gatsheni')
PRAISE_HELDOUT104 = {"Ndlovu": "Gatsheni", "Khumalo": "Mntungwa", "Dube": "Mpangazitha", "Sithole": "Jobe"}
# the short forms an Ndebele given name takes among friends
NDEBELE_NICK_HELDOUT104 = {
    "Sibusiso": "Sbu", "Sibusisiwe": "Busi", "Nkosilathi": "Nkosi", "Mthokozisi": "Mthoko", "Bongani": "Bonga",
    "Lungisani": "Lungi", "Sithabile": "Thabi", "Nokuthula": "Thuli", "Sikhanyisiwe": "Khanyi", "Nobuhle": "Buhle",
    "Thandiwe": "Thandi", "Precious": "Preshy",
}  # fmt: skip
# the Kashubian forms of Polish given names, with Kashubian's own letters ò, ë, ô and ù
KASHUBIAN_GIVEN_HELDOUT104 = {
    "Tomasz": "Tomôsz", "Łukasz": "Łukôsz", "Mateusz": "Mateùsz", "Wojciech": "Wòjcech", "Stanisław": "Stanisłôw",
    "Kazimierz": "Kazmiérz", "Katarzyna": "Katarzëna", "Maria": "Marëjô", "Barbara": "Barbôra",
    "Agnieszka": "Agnészka",
}  # fmt: skip
# the Kashubian spelling of some family names, a man's and a woman's ('Bòrzëszkòwsczi', 'Bòrzëszkòwskô')
KASHUBIAN_FAMILY_HELDOUT104 = {
    "Borzyszkowski": ("Bòrzëszkòwsczi", "Bòrzëszkòwskô"),
    "Trzebiatowski": ("Trzebiatowsczi", "Trzebiatowskô"),
    "Gliszczyński": ("Gliszczińsczi", "Gliszczińskô"),
}
# the Polish diminutive family and friends use
KASHUBIAN_DIM_HELDOUT104 = {
    "Jan": "Janek", "Józef": "Józek", "Stanisław": "Staszek", "Tadeusz": "Tadek", "Kazimierz": "Kazik",
    "Piotr": "Piotrek", "Tomasz": "Tomek", "Paweł": "Pawełek", "Krzysztof": "Krzysiek", "Wojciech": "Wojtek",
    "Grzegorz": "Grzesiek", "Anna": "Ania", "Maria": "Marysia", "Katarzyna": "Kasia", "Barbara": "Basia",
    "Agnieszka": "Aga", "Małgorzata": "Gosia", "Elżbieta": "Ela", "Joanna": "Asia", "Magdalena": "Madzia",
    "Jadwiga": "Jadzia", "Urszula": "Ula", "Teresa": "Tereska",
}  # fmt: skip
# a Chechen father's given name and the patronymic it gives a son and a daughter, in Latin and Cyrillic
PATRONYMICS_HELDOUT104 = {
    "Apti": ("Aptievich", "Aptievna", "Аптиевич", "Аптиевна"),
    "Ruslan": ("Ruslanovich", "Ruslanovna", "Русланович", "Руслановна"),
    "Magomed": ("Magomedovich", "Magomedovna", "Магомедович", "Магомедовна"),
    "Adam": ("Adamovich", "Adamovna", "Адамович", "Адамовна"),
    "Aslan": ("Aslanovich", "Aslanovna", "Асланович", "Аслановна"),
    "Shamil": ("Shamilevich", "Shamilevna", "Шамильевич", "Шамильевна"),
    "Akhmed": ("Akhmedovich", "Akhmedovna", "Ахмедович", "Ахмедовна"),
    "Umar": ("Umarovich", "Umarovna", "Умарович", "Умаровна"),
    "Isa": ("Isaevich", "Isaevna", "Исаевич", "Исаевна"),
    "Ramzan": ("Ramzanovich", "Ramzanovna", "Рамзанович", "Рамзановна"),
    "Khamzat": ("Khamzatovich", "Khamzatovna", "Хамзатович", "Хамзатовна"),
}
# the Chechen names in Cyrillic, as a Russian passport or a chat in Grozny writes them
CYRILLIC_HELDOUT104 = {
    "Ramzan": "Рамзан", "Apti": "Апти", "Zelimkhan": "Зелимхан", "Ruslan": "Руслан", "Magomed": "Магомед",
    "Adam": "Адам", "Islam": "Ислам", "Aslan": "Аслан", "Bislan": "Бислан", "Khamzat": "Хамзат", "Shamil": "Шамиль",
    "Alikhan": "Алихан", "Movsar": "Мовсар", "Akhmed": "Ахмед", "Umar": "Умар", "Arbi": "Арби", "Isa": "Иса",
    "Khava": "Хава", "Madina": "Мадина", "Zarema": "Зарема", "Luiza": "Луиза", "Malika": "Малика",
    "Aminat": "Аминат", "Kheda": "Хеда", "Petimat": "Петимат", "Seda": "Седа", "Milana": "Милана", "Markha": "Марха",
    "Elina": "Элина", "Raisa": "Раиса", "Magomadov": "Магомадов", "Saidulaev": "Саидулаев",
    "Bisultanov": "Бисултанов", "Idrisov": "Идрисов", "Tsatsaev": "Цацаев", "Mezhidov": "Межидов",
    "Elmurzaev": "Эльмурзаев", "Dzhabrailov": "Джабраилов", "Khadzhiev": "Хаджиев", "Gairbekov": "Гайрбеков",
    "Vakhaev": "Вахаев", "Zakriev": "Закриев", "Dashaev": "Дашаев", "Temirkhanov": "Темирханов",
}  # fmt: skip
# the German transliteration an Austrian or German office writes ('kh' -> 'ch', 'zh' -> 'sch', '-ov' -> '-ow')
GERMAN_HELDOUT104 = {
    "Zelimkhan": "Selimchan", "Khamzat": "Chamsat", "Shamil": "Schamil", "Alikhan": "Alichan", "Akhmed": "Achmed",
    "Movsar": "Mowsar", "Khava": "Chawa", "Zarema": "Sarema", "Luiza": "Luisa", "Kheda": "Cheda", "Markha": "Marcha",
    "Magomadov": "Magomadow", "Saidulaev": "Saidulajew", "Bisultanov": "Bisultanow", "Idrisov": "Idrisow",
    "Tsatsaev": "Zazajew", "Mezhidov": "Meschidow", "Elmurzaev": "Elmursajew", "Dzhabrailov": "Dschabrailow",
    "Khadzhiev": "Chadschijew", "Gairbekov": "Gairbekow", "Vakhaev": "Wachajew", "Zakriev": "Sakrijew",
    "Dashaev": "Daschajew", "Temirkhanov": "Temirchanow",
}  # fmt: skip
# the French transliteration a préfecture writes ('u' -> 'ou', 'zh' -> 'j', the diaeresis on 'ï')
FRENCH_HELDOUT104 = {
    "Zelimkhan": "Zélimkhan", "Luiza": "Louiza", "Shamil": "Chamil", "Umar": "Oumar", "Ruslan": "Rouslan",
    "Saidulaev": "Saïdoulaïev", "Bisultanov": "Bissoultanov", "Idrisov": "Idrissov", "Tsatsaev": "Tsatsaïev",
    "Mezhidov": "Mejidov", "Elmurzaev": "Elmourzaïev", "Dzhabrailov": "Djabraïlov", "Khadzhiev": "Khadjiev",
    "Vakhaev": "Vakhaïev", "Dashaev": "Dachaïev", "Gairbekov": "Gaïrbekov",
}  # fmt: skip
# Chechen teips (clans), named next to a person and never as one
TEIPS_HELDOUT104 = [
    "Benoy",
    "Gendargenoy",
    "Kharachoy",
    "Belgatoy",
    "Zandakoy",
    "Ersenoy",
    "Allaroy",
    "Chinkhoy",
]
# the short forms a Tausug given name takes
TAUSUG_NICK_HELDOUT104 = {
    "Jul-ashri": "Jul", "Alnizar": "Nizar", "Abdurajak": "Rajak", "Abdulwahid": "Wahid", "Radzmal": "Radz",
    "Benhur": "Ben", "Amilhamja": "Hamja", "Nurhaida": "Aida", "Raihana": "Hana", "Almira": "Mira",
    "Jamila": "Mila",
}  # fmt: skip
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT104 = {
    "Sibanda": "Sibnada", "Ndlovu": "Ndolvu", "Khumalo": "Khumlao", "Nyathi": "Nyati", "Mpofu": "Mphofu",
    "Trzebiatowski": "Trzebiatowki", "Borzyszkowski": "Borzyskowski", "Klinkosz": "Klinkos",
    "Mielewczyk": "Mielewczk", "Formela": "Formella", "Magomadov": "Magamadov", "Saidulaev": "Saidlaev",
    "Dzhabrailov": "Dzhabraliov", "Elmurzaev": "Elmruzaev", "Bisultanov": "Bisultnaov", "Jikiri": "Jikkiri",
    "Tulawie": "Tulawi", "Sahipa": "Sahippa", "Hayudini": "Hayudine", "Ututalum": "Utualum",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and the
# part of the name it goes with ('full', 'given' or 'family')
TITLED_HELDOUT104: dict[str, tuple[str, bool | None, str]] = {
    "mama": ("ndebele", True, "family"),  # 'Mama Ncube', an older woman
    "baba": ("ndebele", False, "family"),  # 'Baba Moyo', an older man
    "sisi": ("ndebele", True, "given"),  # sister, a young woman
    "bhuti": ("ndebele", False, "given"),  # brother, a young man
    "pan": ("kashubian", False, "family"),  # Polish 'Mr'
    "pani": ("kashubian", True, "given"),  # Polish 'Mrs', polite with a given name ('pani Kasia')
    "pón": ("kashubian", False, "family"),  # Kashubian 'Mr'
    "ciocia": ("kashubian", True, "given"),  # aunt
    "wujek": ("kashubian", False, "given"),  # uncle
    "frau": ("chechen", True, "family"),  # at the AMS or the Jobcenter, in the German spelling
    "herr": ("chechen", False, "family"),
    "madame": ("chechen", True, "family"),  # at France Travail or the préfecture, in the French spelling
    "monsieur": ("chechen", False, "family"),
    "дядя": ("chechen", False, "given"),  # uncle, in Russian
    "тётя": ("chechen", True, "given"),  # aunt
    "hadji": ("tausug", False, "full"),  # a man who made the hajj
    "hadja": ("tausug", True, "full"),  # a woman who made the hajj
    "apuh": ("tausug", None, "given"),  # grandparent
    "bapa": ("tausug", False, "given"),  # father, an uncle, an older man
    "inah": ("tausug", True, "given"),  # mother, an aunt, an older woman
}
TITLE_SLOT_HELDOUT104 = re.compile(
    r"(?<![\w'.-])(mama|baba|sisi|bhuti|pan|pani|pón|ciocia|wujek|frau|herr|madame|monsieur|дядя|тётя|hadji|"
    r"hadja|apuh|bapa|inah) \{\}",
    re.IGNORECASE,
)
# the titles written in Cyrillic, whose names come in Cyrillic too
CYRILLIC_TITLES_HELDOUT104 = {"дядя", "тётя"}
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT104
FORCED_FORMS_HELDOUT104 = [
    ("ndebele", "english"), ("kashubian", "kashubian_given"), ("chechen", "patronymic"), ("tausug", "sitti"),
    ("ndebele", "praise"), ("kashubian", "kashubian_family"), ("chechen", "fio"), ("tausug", "hyphen"),
    ("ndebele", "maiden"), ("kashubian", "feminine"), ("chechen", "cyrillic"), ("tausug", "middle_initial"),
    ("ndebele", "surname_first"), ("kashubian", "diminutive"), ("chechen", "german"), ("tausug", "surname_first"),
    ("ndebele", "initials"), ("kashubian", "ascii"), ("chechen", "french"), ("tausug", "bin"),
    ("ndebele", "nickname"), ("kashubian", "surname_first"), ("chechen", "initials"), ("tausug", "nickname"),
    ("ndebele", "typo"), ("kashubian", "typo"), ("chechen", "typo"), ("tausug", "typo"),
    ("ndebele", "two_given"), ("kashubian", "polish_letters"), ("chechen", "name_patronymic"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT104 = {"nickname", "diminutive", "typo", "maiden"}
FORM_ONLY_FORMS_HELDOUT104 = {"surname_first", "fio", "initials", "middle_initial"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT104 = {"maiden", "sitti", "feminine"}
# the scripts or layouts a form may come in besides the template's plain one (''); 'given_first' is a Polish
# form's 'Imię i nazwisko', where no family-name-first form goes
FORM_SCRIPTS_HELDOUT104: dict[tuple[str, str], set[str]] = {
    ("chechen", "patronymic"): {"", "cyrillic"}, ("chechen", "fio"): {"", "cyrillic", "surname_first"},
    ("chechen", "name_patronymic"): {"", "cyrillic"}, ("chechen", "initials"): {"", "cyrillic"},
    ("chechen", "cyrillic"): {"", "cyrillic"}, ("chechen", "german"): {"", "german"},
    ("chechen", "french"): {"", "french"}, ("kashubian", "kashubian_given"): {"", "kashubian"},
    ("kashubian", "kashubian_family"): {"", "kashubian"}, ("kashubian", "ascii"): {"", "ascii", "german"},
    ("kashubian", "surname_first"): {"", "surname_first"}, ("kashubian", "feminine"): {"", "given_first"},
    ("kashubian", "polish_letters"): {"", "given_first"}, ("ndebele", "surname_first"): {"", "surname_first"},
    ("tausug", "surname_first"): {"", "surname_first"}, ("tausug", "bin"): {"", "malay"},
}  # fmt: skip
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT104: dict[str, list[str]] = {
    "ndebele": [
        "Mama {} from church found me the cleaning job in Rosebank",
        "Baba {} wrote the reference letter for the security company",
        "Sisi {} at the agency in Hillbrow says the fee is R2000",
        "Bhuti {} is driving the Quantum back to Bulawayo with the groceries",
    ],
    "kashubian": [
        "pani {} from the labour office in Kartuzy called about the welding course",
        "pan {} from the agency in Puck still hasn't paid the August wages",
        "pón {} hires pickers for the strawberry farm near Kościerzyna",
        "ciocia {} went back to the care job in Germany",
    ],
    "chechen": [
        "Frau {} at the AMS says the German course starts in March",
        "Herr {} from the subcontractor owes us two weeks of pay",
        "Madame {} at France Travail wants the CV in French",
        "дядя {} устроил меня на склад в Берлине",
    ],
    "tausug": [
        "Hadji {} runs the remittance counter near the pier in Jolo",
        "Apuh {} is waiting for the money before Hari Raya",
        "Bapa {} knows the agency in Zamboanga that sends workers to Qatar",
        "Inah {} wants me to come home from Sabah when the contract ends",
    ],
    "upper": [
        "Name as in the passport (block capitals): {}",
        "Worker's name (capitals): {}",
        "Full name of the applicant in capital letters: {}",
    ],
    "lower": [
        "lol {} left the farm job after one week",
        "{} still hasn't sent me the payslip",
        "has anyone heard from {} since the agency moved them",
    ],
    "form": [
        "Name on the work permit application: {}",
        "Applicant (as on the passport): {}",
    ],
    "chat": [
        "{} says hi from the farm, the work is hard but the pay is ok",
        "did {} get the job in the end?",
    ],
}
# IBANs where a salary, a refund or a remittance is paid (Zimbabwe, South Africa, Russia, the Philippines and
# Malaysia have none): the UK and Ireland for Ndebele care workers, Poland, Germany and Norway for the
# Kashubians, Austria, Germany and France for the Chechens, the UAE, Qatar and Saudi Arabia for the Tausug
IBAN_SHAPES_HELDOUT104 = {
    "GB": "4a14n", "IE": "4a14n", "PL": "24n", "DE": "18n", "NO": "11n", "AT": "16n", "FR": "10n11c2n",
    "AE": "19n", "QA": "4a21c", "SA": "2n18c",
}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT104 = {
    "ndebele": ["GB", "IE"], "kashubian": ["PL", "DE", "NO"], "chechen": ["AT", "DE", "FR"], "tausug": ["AE", "QA", "SA"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT104 = {
    "ndebele": ["byo", "gwanda", "jozi", "matabele", "plumtree"],
    "kashubian": ["kaszeby", "kartuzy", "gdansk", "puck", "norge"],
    "chechen": ["grozny", "shali", "wien", "berlin", "nokhchi"],
    "tausug": ["jolo", "sulu", "zambo", "sabah", "ofw"],
}
EMAIL_DOMAINS_HELDOUT104 = {
    "ndebele": ["yahoo.com", "outlook.com", "zol.co.zw", "webmail.co.za"],
    "kashubian": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmx.de"],
    "chechen": ["mail.ru", "gmx.at", "web.de", "orange.fr", "yandex.ru"],
    "tausug": ["yahoo.com", "yahoo.com.ph", "hotmail.com"],
}
# the templates that belong to one people's places, offices, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT104: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)jolo|zamboanga|sulu|sabah|sandakan|lahad datu|kota kinabalu|doha|qatar|dubai|\bdmw\b|"
                r"\boec\b|pdos|\bnbi\b|palawan|hari raya|sahod|pangalan|\bnama\b|m\.i\.|tarikh"), "tausug"),
    (re.compile(r"(?i)grozny|gudermes|shali|chechen|vienna|\bwien\b|berlin|strasbourg|\bams\b|ausländerbehörde|"
                r"vorname|france travail|titre de séjour|teip|nom et prénom|[\u0400-\u04ff]"), "chechen"),
    (re.compile(r"(?i)kartuz|kościerzyna|puck|gdańsk|kashub|norw|ålesund|oslo|stavanger|bergen|asparagus|"
                r"uelzen|\bzus\b|\ba1\b|d-number|imię|nazwisko|miono|niemiec|germany|strawberr"), "kashubian"),
    (re.compile(r"(?i)bulawayo|gwanda|plumtree|matabele|joburg|johannesburg|hillbrow|yeoville|rosebank|midrand|"
                r"\bzep\b|mukuru|\bR\d|ibizo|umsebenzi|ngiyabonga|zimbabwe|leeds|fife street"), "ndebele"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT104: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bwomen\b|нашла|сиделкой|\belle\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|нашёл"), False),
]  # fmt: skip
# a job-hunting word and its well-known misspelling
MISSPELT_HELDOUT104 = {
    "interview": "intervew", "experience": "experiance", "reference": "refrence", "contract": "contarct",
    "salary": "salery", "agency": "agancy", "employment": "employement", "permit": "permitt",
    "certificate": "certficate", "appointment": "appoinment", "clearance": "clearence", "receive": "recieve",
    "definitely": "definately", "tomorrow": "tommorow", "application": "aplication", "passport": "pasport",
}  # fmt: skip
MISSPELT_WORD_HELDOUT104 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT104, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in a worker's messages
SHORTHAND_HELDOUT104 = {
    "appointment": "appt", "please": "pls", "because": "bc", "tomorrow": "tmrw", "message": "msg",
    "thanks": "thx", "people": "ppl", "before": "b4", "documents": "docs", "Johannesburg": "Jozi",
    "experience": "exp", "information": "info",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT104 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT104, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT104 = (
    "January February March April May June July August September October November December".split()
)
# Polish months in the genitive a date takes ('14 marca')
PL_MONTHS_HELDOUT104 = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
DE_MONTHS_HELDOUT104 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
# Austria's January
AT_MONTHS_HELDOUT104 = ["Jänner", *DE_MONTHS_HELDOUT104[1:]]
RU_MONTHS_HELDOUT104 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
FR_MONTHS_HELDOUT104 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
MS_MONTHS_HELDOUT104 = (
    "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()
)
# Polish 'ł', which has no accent to fold away
POLISH_L_HELDOUT104 = str.maketrans({"ł": "l", "Ł": "L"})


def _ascii_pl(name: str) -> str:
    """A name typed without Polish or Kashubian letters, as a German or a Norwegian form or a phone without
    the keyboard writes it ('Łukasz Gliszczyński' -> 'Lukasz Gliszczynski', 'Kónkel' -> 'Konkel')."""
    return _fold(name.translate(POLISH_L_HELDOUT104))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Gliszczyński' ->
    'gliszczynski', 'Jul-ashri' -> 'julashri', 'Kónkel' -> 'konkel')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_ascii_pl(name)).lower())


def _pl_feminine(last: str) -> str:
    """A Kashubian woman's family name in Polish: 'Borzyszkowski' -> 'Borzyszkowska', 'Pałubicki' ->
    'Pałubicka'; a name that keeps one form stays ('Kreft', 'Formela')."""
    return re.sub(r"ki$", "ka", last)


def _ru_feminine(last: str) -> str:
    """A Chechen woman's family name: 'Magomadov' -> 'Magomadova', 'Magomadow' -> 'Magomadowa', 'Саидулаев'
    -> 'Саидулаева', 'Saïdoulaïev' -> 'Saïdoulaïeva'."""
    if re.search(r"(ov|ev|ow|ew|ов|ев)$", last):
        return last + ("а" if re.search(r"[\u0400-\u04ff]$", last) else "a")
    return last


def _cyrillic(*names: str) -> str:
    """Chechen names in Cyrillic ('Apti', 'Magomadov' -> 'Апти Магомадов'); a woman's family name keeps its -a
    ('Saidulaeva' -> 'Саидулаева')."""
    out = []
    for name in names:
        if name not in CYRILLIC_HELDOUT104 and name.endswith("a") and name[:-1] in CYRILLIC_HELDOUT104:
            out.append(_ru_feminine(CYRILLIC_HELDOUT104[name[:-1]]))
        else:
            out.append(CYRILLIC_HELDOUT104[name])
    return " ".join(out)


def _german(first: str, last: str, woman: bool) -> str:
    """A Chechen name as an Austrian or German office writes it ('Khava', 'Saidulaev', woman ->
    'Chawa Saidulajewa')."""
    family = GERMAN_HELDOUT104.get(last, last)
    return f"{GERMAN_HELDOUT104.get(first, first)} {_ru_feminine(family) if woman else family}".strip()


def _french(first: str, last: str, woman: bool) -> str:
    """A Chechen name as a French préfecture writes it ('Luiza', 'Saidulaev', woman -> 'Louiza
    Saïdoulaïeva')."""
    family = FRENCH_HELDOUT104.get(last, last)
    return f"{FRENCH_HELDOUT104.get(first, first)} {_ru_feminine(family) if woman else family}".strip()


def _patronymic(father: str, woman: bool, cyrillic: bool = False) -> str:
    """The patronymic from a father's given name: 'Ruslan' -> 'Ruslanovich' or 'Ruslanovna', in Cyrillic
    'Русланович' or 'Руслановна'."""
    return PATRONYMICS_HELDOUT104[father][2 * cyrillic + woman]


class Gen104(Gen3):
    """Generators for held-out set 104: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT104)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT104; never a public figure's."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT104)
        men, women, lasts = NAMES_HELDOUT104[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if f"{first} {x}" not in PUBLIC_FIGURES_HELDOUT104])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _father(self, origin: str, first: str) -> str:
        """A father's given name, for a patronymic or a 'bin': never the child's own."""
        pool = sorted(PATRONYMICS_HELDOUT104) if origin == "chechen" else NAMES_HELDOUT104[origin][0]
        return self.rng.choice([x for x in pool if x != first])

    def _mother_initial(self, origin: str, last: str) -> str:
        """The initial of the mother's family name that a Philippine form puts between the given and the
        family name ('Alnizar T. Sahipa')."""
        return self.rng.choice([x for x in NAMES_HELDOUT104[origin][2] if x != last])[0]

    def _family(self, origin: str, last: str, woman: bool) -> str:
        """The family name as a man or a woman carries it (a Kashubian woman's -ska, a Chechen woman's -a)."""
        if not woman:
            return last
        if origin == "kashubian":
            return _pl_feminine(last)
        if origin == "chechen":
            return _ru_feminine(last)
        return last

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT104's, or 'plain'), in `script`
        where the form allows it ('latin' keeps a Chechen name out of Cyrillic)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT104:
            woman = True
        if form in ("nickname", "diminutive"):  # 'Sbu', 'Thabi', 'Kasia', 'Wojtek', 'Nizar'
            nicks = {
                "ndebele": NDEBELE_NICK_HELDOUT104,
                "kashubian": KASHUBIAN_DIM_HELDOUT104,
                "tausug": TAUSUG_NICK_HELDOUT104,
            }[origin]
            women = set(NAMES_HELDOUT104[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT104[origin]
        own = women if woman else men
        family = self._family(origin, last, woman)
        if form == "typo":  # 'Thulani Sibnada', 'Anna Trzebiatowka', 'Apti Magamadov', 'Nurhaida Jikkiri'
            last = rng.choice([x for x in lasts if x in NAME_TYPOS_HELDOUT104])
            return f"{first} {self._family(origin, NAME_TYPOS_HELDOUT104[last], woman)}"
        if origin == "ndebele":
            english = [g for g in own if g in ENGLISH_GIVEN_HELDOUT104]
            if form == "english":  # 'Learnmore Sibanda'
                return f"{rng.choice(english)} {last}"
            if form == "two_given":  # an English and an isiNdebele given name: 'Blessing Thulani Moyo'
                native = [g for g in own if g not in ENGLISH_GIVEN_HELDOUT104]
                return f"{rng.choice(english)} {rng.choice(native)} {last}"
            if form == "praise":  # the clan's praise name after the family name: 'Sithabile Ndlovu-Gatsheni'
                last = rng.choice(sorted(PRAISE_HELDOUT104))
                return f"{first} {last}-{PRAISE_HELDOUT104[last]}"
            if form == "maiden":  # a married woman called by her own family's name: 'MaNcube'
                return f"Ma{last}"
            if form == "surname_first":  # a Zimbabwean ID's order: 'NCUBE Sibusisiwe', 'Ncube, Sibusisiwe'
                return f"{last.upper()} {first}" if rng.random() < 0.6 else f"{last}, {first}"
            if form == "initials":  # 'T. Moyo', 'S.T. Ncube'
                if rng.random() < 0.5:
                    return f"{first[0]}. {last}"
                second = rng.choice([g for g in own if g[0] != first[0]])
                return f"{first[0]}.{second[0]}. {last}"
        if origin == "kashubian":
            if form == "kashubian_given":  # 'Tomôsz Kreft', 'Marëjô Formela'
                first = rng.choice([g for g in sorted(KASHUBIAN_GIVEN_HELDOUT104) if g in own])
                return f"{KASHUBIAN_GIVEN_HELDOUT104[first]} {family}"
            if form == "kashubian_family":  # 'Jan Bòrzëszkòwsczi', 'Katarzëna Bòrzëszkòwskô'
                last = rng.choice(sorted(KASHUBIAN_FAMILY_HELDOUT104))
                given = KASHUBIAN_GIVEN_HELDOUT104.get(first, first) if rng.random() < 0.6 else first
                return f"{given} {KASHUBIAN_FAMILY_HELDOUT104[last][int(woman)]}"
            if form == "feminine":  # a woman's -ska: 'Anna Trzebiatowska'
                last = rng.choice([x for x in lasts if x.endswith("ki")])
                return f"{first} {_pl_feminine(last)}"
            if form == "ascii":  # typed without the Polish letters: 'Lukasz Gliszczynski', 'Anna Konkel'
                last = rng.choice([x for x in lasts if _ascii_pl(x) != x])
                return _ascii_pl(f"{first} {self._family(origin, last, woman)}")
            if form == "surname_first":  # a Polish form's 'Nazwisko i imię': 'Formela Anna', 'KREFT, Tomasz'
                return f"{family} {first}" if rng.random() < 0.5 else f"{family.upper()}, {first}"
            if form == "polish_letters":  # 'Małgorzata Pałubicka', 'Józef Kónkel'
                first = rng.choice([g for g in own if re.search("[łśżźńóęąć]", g)])
                return f"{first} {family}"
        if origin == "chechen":
            cyr = script == "cyrillic" or (not script and rng.random() < 0.3)
            patronymic = _patronymic(self._father("chechen", first), woman, cyr)
            giv, fam = (_cyrillic(first), _cyrillic(family)) if cyr else (first, family)
            if form == "patronymic":  # 'Apti Ruslanovich Magomadov', 'Хава Аптиевна Саидулаева'
                return f"{giv} {patronymic} {fam}"
            if form == "fio":  # a Russian form's order: 'Magomadov Apti Ruslanovich'
                return f"{fam} {giv} {patronymic}"
            if form == "name_patronymic":  # 'Khava Aptievna'
                return f"{giv} {patronymic}"
            if form == "cyrillic":  # 'Апти Магомадов'
                return _cyrillic(first, family)
            if form == "initials":  # 'Magomadov A. R.', 'А. Р. Магомадов'
                inits = f"{giv[0]}. {patronymic[0]}."
                return f"{fam} {inits}" if rng.random() < 0.6 else f"{inits} {fam}"
            if form == "german":  # 'Chawa Saidulajewa', 'Selimchan Magomadow'
                return _german(first, last, woman)
            if form == "french":  # 'Louiza Saïdoulaïeva', 'Zélimkhan Djabraïlov'
                last = rng.choice(sorted(x for x in lasts if x in FRENCH_HELDOUT104))
                return _french(first, last, woman)
        if origin == "tausug":
            if form == "sitti":  # 'Sitti Nurhaida Jikiri'
                return f"Sitti {first} {last}"
            if form == "hyphen":  # 'Jul-ashri Sahipa', 'Nur-ain Tulawie'
                return f"{rng.choice([g for g in own if '-' in g])} {last}"
            if form == "middle_initial":  # the mother's family name's initial: 'Alnizar T. Sahipa'
                return f"{first} {self._mother_initial(origin, last)}. {last}"
            if form == "surname_first":  # a Philippine form's 'Last, First, M.I.': 'JIKIRI, Nurhaida S.'
                return f"{last.upper()}, {first} {self._mother_initial(origin, last)}."
            if form == "bin":  # a Sabah paper's 'bin' and 'binti': 'Alnizar bin Abdurajak'
                return f"{first} {'binti' if woman else 'bin'} {self._father('tausug', first)}"
        return f"{first} {family}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as a passport's or an ID's line holds it, the family name first ('SIBANDA
        THULANI', 'TRZEBIATOWSKA MAŁGORZATA', 'MAGOMADOV APTI', 'JIKIRI, NURHAIDA S.')."""
        _, first, last, woman = self._origin_name(origin)
        if origin == "tausug":
            return f"{last}, {first} {self._mother_initial(origin, last)}.".upper()
        return f"{self._family(origin, last, woman)} {first}".upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'cyrillic', 'german', 'french', 'kashubian',
        'malay', 'surname_first', 'given_first' or 'ascii' where the template asks for one."""
        rng = self.rng
        r = rng.random()
        family = self._family(origin, last, woman)
        if script == "surname_first":
            return self._form(origin, "fio" if origin == "chechen" else "surname_first", woman, "latin")
        if origin == "ndebele":
            if r < 0.12:
                return self._form("ndebele", "two_given", woman)
            if r < 0.22 and not chat:
                return self._form("ndebele", "initials", woman)
            if r < 0.3 and last in PRAISE_HELDOUT104:
                return f"{first} {last}-{PRAISE_HELDOUT104[last]}"
            return f"{first} {last}"
        if origin == "kashubian":
            if script == "kashubian":
                return self._form("kashubian", rng.choice(["kashubian_given", "kashubian_family"]), woman)
            name = f"{first} {family}"
            if script in ("ascii", "german") or (chat and r < 0.2):
                return _ascii_pl(name)
            if r < 0.3 and first in KASHUBIAN_GIVEN_HELDOUT104:
                return f"{KASHUBIAN_GIVEN_HELDOUT104[first]} {family}"
            return name
        if origin == "chechen":
            if script == "cyrillic":
                if not chat:
                    form = rng.choice(["fio", "fio", "initials", "patronymic"])
                    return self._form("chechen", form, woman, "cyrillic")
                if r < 0.3:
                    return self._form("chechen", "name_patronymic", woman, "cyrillic")
                return _cyrillic(first, family)
            if script == "german":
                return _german(first, last, woman)
            if script == "french":
                return _french(first, last, woman)
            if r < 0.12:
                return self._form("chechen", "name_patronymic", woman, "latin")
            if r < 0.25 and not chat:
                return self._form("chechen", "patronymic", woman, "latin")
            if chat and r < 0.35:
                return _cyrillic(first, family)
            return f"{first} {family}"
        if origin == "tausug":
            if script == "malay":
                return f"{first} {'binti' if woman else 'bin'} {self._father('tausug', first)}"
            if woman and r < 0.15:
                return f"Sitti {first} {last}"
            if r < 0.35 and not chat:
                return f"{first} {self._mother_initial(origin, last)}. {last}"
            return f"{first} {last}"
        return f"{first} {family}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o) or script not in FORM_SCRIPTS_HELDOUT104.get((o, form), {""}):
                continue
            if woman is False and form in WOMEN_FORMS_HELDOUT104:
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT104 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT104 and chat
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
            nicks = {
                "ndebele": NDEBELE_NICK_HELDOUT104,
                "kashubian": KASHUBIAN_DIM_HELDOUT104,
                "tausug": TAUSUG_NICK_HELDOUT104,
            }.get(origin, {})
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
            elif origin == "chechen" and chat and rng.random() < 0.3:
                name = _cyrillic(first)
        else:
            name = self._family(origin, last, woman)
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title or a kin word written before it ('Mama Ncube', 'Sisi Thabi', 'pani Kasia', 'pón
        Bòrzëszkòwsczi', 'Frau Saidulajewa', 'Madame Bissoultanova', 'дядя Апти', 'Hadji Alnizar T. Sahipa',
        'Inah Nurija'), from the origin that uses it, in the spelling of the title's language."""
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT104[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            if key in CYRILLIC_TITLES_HELDOUT104:
                return _cyrillic(first)
            nicks = {"ndebele": NDEBELE_NICK_HELDOUT104, "kashubian": KASHUBIAN_DIM_HELDOUT104}.get(
                origin, {}
            )
            if first in nicks and rng.random() < 0.4:  # 'Sisi Thabi', 'ciocia Basia', 'pani Kasia'
                return nicks[first]
            return first
        if part == "family":
            if key in ("frau", "herr"):
                return _german("", last, woman)
            if key in ("madame", "monsieur"):
                return _french("", last, woman)
            if key == "pón" and last in KASHUBIAN_FAMILY_HELDOUT104 and rng.random() < 0.6:
                return KASHUBIAN_FAMILY_HELDOUT104[last][int(woman)]
            return self._family(origin, last, woman)
        if origin == "tausug" and rng.random() < 0.35:  # 'Hadji Alnizar T. Sahipa'
            return f"{first} {self._mother_initial(origin, last)}. {last}"
        return f"{first} {self._family(origin, last, woman)}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it, one of the
        origin whose places, offices, papers or speech the template names, in the script or the layout the
        template is written in."""
        m = TITLE_SLOT_HELDOUT104.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT104[title.lower()][0]
            return name
        script = ""
        if re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif template.startswith(("Name, Vorname", "Arbeitnehmer")):
            script = "german"
        elif template.startswith("Nom et prénom"):
            script = "french"
        elif template.startswith("Imię i nazwisko"):
            script = "given_first"  # a Polish form that asks for the given name first
        elif template.startswith("Miono"):
            script = "kashubian"
        elif template.startswith(("Nazwisko i imię", "Surname and first name", "Name (Last, First")):
            script = "surname_first"
        elif template.startswith("Nama"):
            script = "malay"
        elif template.startswith(('"', "- employee")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT104 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT104 if cue.search(template)), None)
        origin = {
            "cyrillic": "chechen",
            "french": "chechen",
            "kashubian": "kashubian",
            "malay": "tausug",
        }.get(script, origin)
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT104 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT104:
            template = rng.choice(FORCED_SENTENCES_HELDOUT104[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT104:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT104["upper"]), self._caps(origin)))
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT104["lower"]), self._form(origin, "plain").lower())
            )
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT104 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT104[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 160)
        village = pick(
            [
                ("Chmielno", "83-333"),
                ("Sulęczyno", "83-320"),
                ("Stężyca", "83-322"),
                ("Sierakowice", "83-340"),
            ]
        )
        de_town = pick(
            ["31535 Neustadt am Rübenberge", "29525 Uelzen", "21423 Winsen (Luhe)", "49377 Vechta"]
        )
        no_town = pick(["6002 Ålesund", "4006 Stavanger", "0154 Oslo", "5003 Bergen"])
        vienna = pick(
            [
                ("Quellenstraße", "1100"),
                ("Brünner Straße", "1210"),
                ("Simmeringer Hauptstraße", "1110"),
                ("Favoritenstraße", "1100"),
            ]
        )
        berlin = pick(
            [
                ("Hermannstraße", "12049"),
                ("Hellersdorfer Straße", "12619"),
                ("Märkische Allee", "12679"),
                ("Sonnenallee", "12047"),
            ]
        )
        stras = pick(
            [
                ("rue de Lausanne", "67000"),
                ("rue du Jura", "67100"),
                ("rue de Cherbourg", "67200"),
                ("place de Haldenbourg", "67200"),
            ]
        )
        shapes = [
            f"{n} {pick(['Fife Street', 'Lobengula Street', 'Fort Street', 'Main Street', 'Abercorn Street'])}, Bulawayo",
            f"{rng.randint(2, 99)} {pick(['Cecil Avenue', 'Burnside Road', 'Jacaranda Road', 'Weir Avenue'])}, {pick(['Hillside', 'Suburbs', 'Kumalo', 'Famona'])}, Bulawayo",
            f"House No. {rng.randint(1000, 9999)}, {pick(['Entumbane', 'Nkulumane', 'Pumula South', 'Luveve', 'Mpopoma', 'Nketa 6'])}, Bulawayo",
            f"Stand {rng.randint(100, 3000)}, {pick(['Cowdray Park', 'Emganwini', 'Magwegwe North'])}, Bulawayo",
            f"Stand {rng.randint(100, 2000)}, {pick(['Jahunda', 'Phakama', 'Spitzkop North'])}, Gwanda",
            f"Stand {rng.randint(50, 900)}, {pick(['Dingumuzi', 'Mathendele'])}, Plumtree",
            f"Flat {rng.randint(1, 30)}0{rng.randint(1, 9)}, {n} {pick(['Kotze Street', 'Pretoria Street', 'Claim Street', 'Twist Street'])}, Hillbrow, Johannesburg, 2001",
            f"{n} {pick(['Raleigh Street', 'Hunter Street', 'Cavendish Road', 'Kenmere Road'])}, Yeoville, Johannesburg, 2198",
            f"ul. {pick(['Gdańska', 'Kościerska', 'Jeziorna', 'Klasztorna', 'Dworcowa'])} {n}/{rng.randint(1, 24)}, 83-300 Kartuzy",
            f"ul. {pick(['Dworcowa', 'Kartuska', 'Strzelecka', 'Wodna'])} {n}, 83-400 Kościerzyna",
            f"ul. {pick(['Morska', 'Pucka', 'Żeromskiego', 'Wojska Polskiego'])} {n}/{rng.randint(1, 12)}, 84-100 Puck",
            f"ul. {pick(['Grunwaldzka', 'Długa', 'Partyzantów', 'Kartuska', 'Chłopska'])} {n}/{rng.randint(1, 60)}, 80-{rng.randint(100, 899)} Gdańsk",
            f"{village[0]} {rng.randint(1, 120)}, {village[1]} {village[0]}",
            f"{pick(['Lindenstraße', 'Hauptstraße', 'Bahnhofstraße', 'Am Spargelfeld'])} {n}, {de_town}",
            f"{pick(['Storgata', 'Kongens gate', 'Nedre Strandgate', 'Keiser Wilhelms gate'])} {n}, {no_town}",
            f"г. Грозный, ул. {pick(['Гагарина', 'Дагестанская', 'Киевская', 'Угольная'])}, д. {n}, кв. {rng.randint(1, 120)}",
            f"Grozny, ul. {pick(['Gagarina', 'Dagestanskaya', 'Kievskaya'])} {n}, kv. {rng.randint(1, 120)}",
            f"г. Гудермес, ул. {pick(['Нагорная', 'Кирова', 'Железнодорожная'])}, д. {n}",
            f"г. Шали, ул. {pick(['Школьная', 'Советская', 'Мельничная'])}, д. {n}",
            f"{vienna[0]} {n}/{rng.randint(1, 9)}/{rng.randint(1, 30)}, {vienna[1]} Wien",
            f"{berlin[0]} {n}, {berlin[1]} Berlin",
            f"{n} {stras[0]}, {stras[1]} Strasbourg",
            f"Brgy. {pick(['Walled City', 'Tulay', 'Asturias', 'San Raymundo', 'Chinese Pier'])}, Jolo, Sulu 7400",
            f"Sitio {pick(['Kan-Islam', 'Pantalan'])}, Brgy. {pick(['Bus-Bus', 'Takut-Takut'])}, Jolo, Sulu",
            f"Purok {rng.randint(1, 9)}, Brgy. {pick(['Sta. Barbara', 'Rio Hondo', 'Mampang', 'Talon-Talon', 'Campo Islam'])}, Zamboanga City 7000",
            f"Lot {n}, Taman {pick(['Sri Indah', 'Mawar', 'Airport Jaya'])}, Batu {rng.randint(2, 8)}, 90000 Sandakan, Sabah",
            f"Blok {pick('ABCD')}-{rng.randint(1, 9)}-{rng.randint(1, 20)}, {pick(['Taman Millennium', 'Taman Fortuna'])}, 88{pick(['300', '450'])} Kota Kinabalu, Sabah",
            f"Ladang {pick(['Sri Tungku', 'Sabahmas'])}, KM {rng.randint(10, 70)} Jalan Lahad Datu-Tawau, 91100 Lahad Datu, Sabah",
            f"Building {n}, Street {rng.randint(800, 990)}, Zone {rng.randint(40, 57)}, {pick(['Al Aziziya', 'Muaither', 'Industrial Area'])}, Doha",
            f"Flat {rng.randint(101, 1204)}, {pick(['Al Muteena Building', 'Al Rigga Tower', 'Naif Plaza'])}, {pick(['Deira', 'Al Qusais', 'Karama'])}, Dubai",
        ]  # fmt: skip
        spans = {"ndebele": (0, 8), "kashubian": (8, 15), "chechen": (15, 22), "tausug": (22, 30)}
        origin = self._origin_after_name()
        return pick(shapes[slice(*spans[origin])] if origin else shapes)

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(self._family(origin, last, woman)) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT104[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{last}", f"{first}{rng.randint(1975, 2006)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", *EMAIL_DOMAINS_HELDOUT104[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+263 7{rng.choice('7813')} {d(3)} {d(4)}",  # Zimbabwean mobiles
            f"07{rng.choice('7813')} {d(3)} {d(3)}",
            f"+263 292 {d(3)} {d(3)}",  # Bulawayo
            f"0284-2{d(5)}",  # Gwanda
            f"+27 {rng.choice(['60', '61', '71', '72', '73', '76', '79', '82', '83', '84'])} {d(3)} {d(4)}",  # SA mobiles
            f"0{rng.choice(['71', '72', '73', '76', '82', '83', '84'])} {d(3)} {d(4)}",
            f"011 {d(3)} {d(4)}",  # Johannesburg
            f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}",  # Polish mobiles
            f"{rng.choice('5678')}{d(2)}-{d(3)}-{d(3)}",
            f"+48 58 {rng.choice(['681', '686', '673', '341'])} {d(2)} {d(2)}",  # Kartuzy, Kościerzyna, Puck, Gdańsk
            f"+49 1{rng.choice(['51', '52', '57', '60', '70', '76'])} {d(4)} {d(4)}",  # German mobiles
            f"+47 {rng.choice('49')}{d(2)} {d(2)} {d(3)}",  # Norwegian mobiles
            f"{rng.choice('49')}{d(2)} {d(2)} {d(3)}",
            f"+7 928 {d(3)}-{d(2)}-{d(2)}",  # Chechen mobiles
            f"8 (928) {d(3)}-{d(2)}-{d(2)}",
            f"+7 (8712) {d(2)}-{d(2)}-{d(2)}",  # Grozny
            f"+43 6{rng.choice(['60', '64', '76', '99'])} {d(7)}",  # Austrian mobiles
            f"06{rng.choice(['60', '64', '76'])} {d(3)} {d(2)} {d(2)}",
            f"+49 30 {d(8)}",  # Berlin
            f"+33 {rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",  # French mobiles
            f"03 88 {d(2)} {d(2)} {d(2)}",  # Strasbourg
            f"+63 9{d(2)} {d(3)} {d(4)}",  # Philippine mobiles
            f"09{d(2)} {d(3)} {d(4)}",
            f"(062) 991 {d(4)}",  # Zamboanga
            f"+60 1{rng.choice('0123456789')}-{d(3)} {d(4)}",  # Malaysian mobiles
            f"089-{d(3)} {d(3)}",  # Sandakan
            f"+971 5{rng.choice('02456')} {d(3)} {d(4)}",  # UAE mobiles
            f"05{rng.choice('0256')} {d(3)} {d(4)}",
            f"+974 {rng.choice('3567')}{d(3)} {d(4)}",  # Qatari mobiles
        ]  # fmt: skip
        spans = {"ndebele": (0, 7), "kashubian": (7, 13), "chechen": (13, 21), "tausug": (21, 29)}
        origin = self._origin_after_name()
        return rng.choice(shapes[slice(*spans[origin])] if origin else shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", f"220{rng.randint(0, 4)}",
                             "34", "37"])  # fmt: skip
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
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT104[origin] if origin else sorted(IBAN_SHAPES_HELDOUT104))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT104[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2c0f:f4c0:{h()}:{h()}::{h()}", f"2a01:110f:{h()}:{h()}::{h()}",
                           f"2a02:8388:{h()}:{h()}::{h()}", f"2001:4450:{h()}:{h()}::{h()}",
                           f"2001:8f8:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the job portal's logs and sign-in alerts, the VPN, the agency's office
        network, the payroll portal, the farm hostel's router, the labour hotline's helpdesk and this set's
        pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the job portal says someone logged into my account from {} and it wasn't me", v4),
            ("the agency's office wifi gave me {} and the visa appointment site blocks it", v4),
            ("the vpn put me on {} and now the appointment page finally loads", v4),
            ("the payroll portal showed a login from {}, was that you?", rng.choice([v4, v6])),
            ("the farm hostel router is {}, restart it when the wifi dies", v4),
            ("the agency's CRM server is on {}, ask IT before you restart it", v4),
            ("my phone got {} on the hostel wifi in Sandakan", v4),
            ("the labour hotline's helpdesk runs on {} and it's down again", v4),
            ("the job portal's security mail says new sign-in from {}", v6),
            ("the warehouse network gave my laptop a v6 address, {}", v6),
            ("logowanie do portalu z adresu {}, to nie ja", v4),
            ("на складе wifi выдал мне {}, а сайт с вакансиями не открывается", v4),
            ("Host agency-crm\n    HostName {}\n    User deploy", v4),
            ('  "host_name": "http://{}:8000",', v4),
            ("TRUSTED_PROXIES={}", v4),
            ("[app]\naddress = \"{}:9000\"", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-03-02 08:14:55 sshd[3120]: Failed password for invalid user admin from {} port 40522 ssh2", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("$ rsync -avz payslips/ backup@{}:/srv/payroll/", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Bulawayo', 'Gwanda', 'Plumtree', 'Jozi', 'Entumbane'])}{rng.choice(['2024!', '#263', '_0292', '@27'])}",
                f"{rng.choice(['Kartuzy', 'Koscierzyna', 'Kaszeby', 'Puck', 'Alesund'])}{rng.choice(['#83', '!2025', '_58', '@48'])}",
                f"{rng.choice(['Grozny', 'Shali', 'Gudermes', 'Wien', 'Nokhchi'])}{rng.choice(['_95', '#928', '2025!', '@43'])}",
                f"{rng.choice(['Jolo', 'Zambo', 'Sandakan', 'Sulu', 'Doha'])}{rng.choice(['@7400', '#63', '!2024', '_974'])}",
                rng.choice(["recruit", "payslip", "visa", "permit", "contract", "salary"]).translate(leet) + rng.choice(["", "!", "_104"]),
                f"{rng.choice(['Job', 'Work', 'Visa', 'Permit'])}{rng.randint(2019, 2026)}-{rng.choice(['Abroad', 'Farm', 'Care', 'Site'])}{rng.randint(10, 99)}",
                f"{rng.choice(['portal', 'payroll', 'agency', 'hostel'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        django = string.ascii_lowercase + string.digits + "!@#^*-_=+"
        options = [
            # passwords handed over in ways no earlier set used
            ("the agent wrote my job portal password on the back of the fee receipt, {}", pw),
            ("my CV printout has the portal password in pencil on the last page, {}", pw),
            ("the visa appointment login is my email and the password {}", pw),
            ("the payroll portal password came in the welcome letter with the first payslip, {}", pw),
            ("the contractor keeps my passport and he changed my email password to {}", pw),
            ("the farm hostel wifi password is on the fridge, {}", pw),
            ("I wrote the work permit portal password inside the passport cover, {}", pw),
            ("the visa appointment system sent {} as the one-time code", d(6)),
            ("the job centre app code is {}, it expires in ten minutes", d(6)),
            ("the remittance app PIN is {}, send mum the money if I can't", d(4)),
            ("the payslip PDF is locked with {}", pw),
            ("the agency's CRM API key is {}, don't paste it in the group", tok(32, alnum)),
            ("my ZEP online account password is {}", pw),
            ("the DMW e-registration password is {}, change it after you log in", pw),
            # cues in the set's languages
            ("iphasiwedi yami ngu {}, ungayitsheli muntu", pw),
            ("hasło do portalu to {}, nikomu nie mów", pw),
            ("hasło do wifi na kwaterze: {}", pw),
            ("das Passwort fürs Lohnportal ist {}, sag es keinem", pw),
            ("passordet til vaktlista er {}, ikke del det", pw),
            ("пароль от госуслуг {}, никому не говори", pw),
            ("le mot de passe de France Travail c'est {}, ne le donne à personne", pw),
            ("password ko sa agency portal {}, wag mo ipagsabi ha", pw),
            ("kata laluan {}, jangan bagitau orang", pw),
            # commands
            ("$ bench --site hr.agency.local set-admin-password {}", colonless),
            ("$ mysql -u kimai -p{} kimai", colonless),
            ("$ curl -H 'Authorization: Token token={}' https://helpdesk.example.org/api/v1/tickets", tok(48, alnum + "-_")),
            ("$ export LISTMONK_app__admin_password={}", colonless),
            # pastes
            ('  "db_password": "{}",', tok(16, alnum)),
            ('  "encryption_key": "{}",', tok(43, alnum + "-_") + "="),
            ("FRAPPE_API_SECRET={}", tok(15, hexd)),
            ("SECRET_KEY={}", tok(50, django)),
            ("DATABASE_URL=postgres://horilla:{}@db:5432/horilla", colonless),
            ("APP_SECRET={}", tok(32, hexd)),
            ("DATABASE_URL=mysql://kimai:{}@127.0.0.1:3306/kimai?charset=utf8mb4", colonless),
            ("[db]\nhost = \"localhost\"\nuser = \"listmonk\"\npassword = \"{}\"", colonless),
            ("ZAMMAD_API_TOKEN={}", tok(48, alnum + "-_")),
            ("PAYROLL_SFTP_PASSWORD={}", colonless),
            ("wpa_passphrase={}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: a job portal or payroll login, a LinkedIn, Telegram or Skype handle, in shapes like
        'thulani.moyo92', 'kreft.t', 'apti95', 'jolo_nurhaida', 'nurhaida.jikiri'."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first) or "x", _plain(self._family(origin, last, woman)) or "x"
        yy = rng.randint(75, 99) if rng.random() < 0.6 else rng.randint(0, 6)
        subject = rng.choice(SUBJECTS_HELDOUT104[origin])
        own = {
            "ndebele": [f"{first}.{last}{yy:02d}", f"{first[:1]}{last}", f"{last}_{first}"],
            "kashubian": [f"{last}.{first[:1]}", f"{first}_{last}{rng.randint(1, 99)}", f"{first[:1]}{last}"],
            "chechen": [f"{first}{yy:02d}", f"{first}_{last[:5]}", f"{last}.{first[:1]}"],
            "tausug": [f"{first}.{last}", f"{first}_{last}{yy:02d}", f"ofw_{first}{yy:02d}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1975, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1975, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "zw": f"{day:02d}/{m:02d}/{y}",
            "zw_words": f"{_ordinal(day)} {EN_MONTHS_HELDOUT104[m - 1]} {y}",
            "en": f"{day} {EN_MONTHS_HELDOUT104[m - 1]} {y}",
            "pl": f"{day:02d}.{m:02d}.{y}",
            "pl_words": f"{day} {PL_MONTHS_HELDOUT104[m - 1]} {y} r.",
            "de": f"{day:02d}.{m:02d}.{y}",
            "de_words": f"{day}. {DE_MONTHS_HELDOUT104[m - 1]} {y}",
            "at_words": f"{day}. {AT_MONTHS_HELDOUT104[m - 1]} {y}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RU_MONTHS_HELDOUT104[m - 1]} {y} г.",
            "fr": f"{day:02d}/{m:02d}/{y}",
            "fr_words": f"{'1er' if day == 1 else day} {FR_MONTHS_HELDOUT104[m - 1]} {y}",
            "ph": f"{m:02d}/{day:02d}/{y}",
            "ph_words": f"{EN_MONTHS_HELDOUT104[m - 1]} {day}, {y}",
            "my": f"{day:02d}-{m:02d}-{y}",
            "my_words": f"{day} {MS_MONTHS_HELDOUT104[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {
            "ndebele": ["zw"],
            "kashubian": ["pl"],
            "chechen": ["ru", "de", "fr"],
            "tausug": ["ph", "my", "zw"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["zw", "pl", "ru", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, parent = self._dob_shapes(), self._dob_shapes(1950, 1975)
        options = [
            ("the visa application wants my date of birth, {}", s["en"]),
            ("my date of birth for the ZEP renewal is {}", s["zw"]),
            ("he was born on the {}, the police clearance has it wrong", s["zw_words"]),
            ("mum's date of birth for the police clearance form is {}", parent["zw"]),
            ("data urodzenia do urzędu pracy: {}", s["pl"]),
            ("urodziłem się {}, tak jak w dowodzie", s["pl_words"]),
            ("geboren am {}, so steht es im Pass", s["de_words"]),
            ("das AMS will das Geburtsdatum, meins ist der {}", s["at_words"]),
            ("fødselsdato til skattekortet: {}", s["de"]),
            ("дата рождения для справки о несудимости: {}", s["ru"]),
            ("я родилась {}, так и напиши в анкете", s["ru_words"]),
            ("née le {}, c'est écrit sur le titre de séjour", s["fr_words"]),
            ("she was born on {}, the PSA birth certificate says so", s["ph_words"]),
            ("the Qatar visa form wants my date of birth, {}", s["zw"]),
            ("Date of birth: {}", s["zw"]),
            ("Data urodzenia: {}", s["pl"]),
            ("Geburtsdatum (TT.MM.JJJJ): {}", s["de"]),
            ("Дата рождения: {}", s["ru"]),
            ("Date de naissance : {}", s["fr"]),
            ("Date of Birth (mm/dd/yyyy): {}", s["ph"]),
            ("Tarikh lahir: {}", s["my_words"]),
            ('    "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT104_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} sent her CV to the agency on Fife Street and they want 50 US dollars to process it",
        "{} got the interview invitation from the care home in Leeds, it's on Teams on thursday",
        "can you ask {} if the agent in Hillbrow gave back his passport",
        "{} is still waiting for the police clearance from Bulawayo central",
        "{} renewed the ZEP just before the deadline, now he can keep the job in Midrand",
        "{} from Gwanda works at a restaurant in Rosebank and sends money home every month",
        "{} sends R1500 home to Plumtree through Mukuru at month end",
        "{} wrote the reference letter for me, he was my supervisor at the mine in Gwanda",
        "{} ufuna umsebenzi eGoli",
        "ngiyabonga {} for sending the job advert",
        "{} from Kartuzy got the job at the fish factory in Ålesund",
        "{} works on the asparagus farm near Uelzen every spring",
        "{} signed with the agency in Gdańsk but the hourly rate is lower than they promised",
        "{} is registered at the labour office in Kościerzyna and goes to the welding course",
        "{} got her first payslip from the care agency in Oslo, half of it is tax",
        "{} needs the A1 certificate from ZUS before he goes to Norway",
        "{} is going to Stavanger on a D-number and still waits for the tax card",
        "{} z Kartuz pracuje w Norwegii na budowie",
        "{} wraca z Niemiec po sezonie truskawek",
        "{} from Puck is a welder at the shipyard in Gdańsk and wants to go to Norway",
        "{} got the residence permit and can finally work legally in Vienna",
        "{} is registered at the AMS in Vienna and goes to the German course",
        "{} is waiting for the work permit from the Ausländerbehörde in Berlin",
        "{} from Gudermes drives for a delivery company in Berlin",
        "{} from Shali has the titre de séjour now and is looking for work as an electrician in Strasbourg",
        "{} needs an apostille on the diploma from Grozny before the job interview",
        "{} is Benoy teip, his uncle found him the job on the building site",
        "{} нашёл работу на стройке в Вене",
        "{} нашла работу сиделкой в Страсбурге",
        "{} registered at France Travail in Strasbourg and has the first appointment on monday",
        "{} from Jolo is going to Doha as a domestic helper, the agency is in Zamboanga",
        "{} works on the oil palm estate near Lahad Datu and the contractor keeps his passport",
        "{} got the OEC from the DMW before flying to Dubai",
        "{} paid the placement fee twice, report the agency to the DMW",
        "{} sends money to Jolo through Palawan Express every payday",
        "{} finished the PDOS in Zamboanga yesterday",
        "{} finally got the NBI clearance for the Qatar job",
        "nakuha na ni {} ang sahod niya sa Dubai",
        "{} works in a laundry in Doha and shares a room with six other women",
        "{} called from the agency about the interview on monday",
        "the labour inspector {} took my complaint about the unpaid overtime",
        "{} is my reference, he was my manager for three years",
        "{} helped me translate the employment contract",
        "{} lost the job after the probation period",
        "{} and {} share a room in the workers' hostel",
        "my cousin {} is looking for seasonal farm work this summer",
        "{} forgot the login for the job portal again",
        "{} still has my passport and won't give it back until I pay the fee",
        "who is {}? the agency says she's my case officer",
        "{} got the work visa appointment for the 14th",
        "I'm meeting {} at the job centre at 10",
        "{} in HR sent my payslip to the wrong email",
        "{} got the job, she starts on the first of the month",
        "{} is the recruiter who promised us the jobs abroad",
        "{} is driving us to the farm at 5 in the morning",
        "the interview panel was {} and two people from HR",
        "{} sent me the contract but it's not the one we agreed",
        "ask {} how much the agency took from the first salary",
        "Mama {} from church found me the cleaning job in Rosebank",
        "Baba {} is still waiting for his pension from the mine",
        "Sisi {} braids hair in Yeoville and needs someone for the salon",
        "Bhuti {} drives the Quantum from Bulawayo to Joburg every friday",
        "pani {} from the labour office in Kartuzy called about the course",
        "pan {} from the agency in Puck still hasn't paid the August wages",
        "pón {} hires pickers for the strawberry farm near Kościerzyna",
        "ciocia {} went back to the care job in Germany",
        "wujek {} knows a foreman on the building site in Bergen",
        "Frau {} at the AMS says the German course starts in March",
        "Herr {} from the subcontractor owes us two weeks of pay",
        "Madame {} at France Travail wants the CV in French",
        "Monsieur {} at the préfecture said the titre de séjour takes three months",
        "дядя {} устроил меня на склад в Берлине",
        "тётя {} ищет работу сиделкой в Вене",
        "Hadji {} runs the remittance counter near the pier in Jolo",
        "Hadja {} found us the jobs as cleaners in Doha",
        "Apuh {} is waiting for the money before Hari Raya",
        "Bapa {} knows the agency in Zamboanga that sends workers to Qatar",
        "Inah {} wants me to come home from Sabah when the contract ends",
        "Applicant: {}",
        "Candidate: {}",
        "Employee: {}",
        "Referee: {}",
        "Name of the worker: {}",
        "Surname and first name (as on the Zimbabwe ID): {}",
        "Ibizo: {}",
        "Imię i nazwisko: {}",
        "Nazwisko i imię: {}",
        "Miono i nôzwëskò: {}",
        "Name, Vorname: {}",
        "Arbeitnehmer/in: {}",
        "ФИО: {}",
        "Соискатель: {}",
        "Nom et prénom : {}",
        "Name (Last, First, M.I.): {}",
        "Pangalan: {}",
        "Nama pekerja: {}",
        "| EMP-0412 | {} | Packer | 14.50 |",
        '"candidate_name": "{}",',
        "- employee: {}",
        "Remitter: {}",
    ],
    "STREET_ADDRESS": [
        "the agency sent the contract to {}, not to my new room",
        "I'm moving to {} for the new job",
        "the room the employer gave us is at {}",
        "send the police clearance to {} please",
        "my mum's address for the papers is {}",
        "the interview letter went to {}",
        "Address: {}",
        "Adres: {}",
        "Anschrift: {}",
        "Адрес: {}",
        "Adresse : {}",
        "Alamat: {}",
        "Permanent address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the CV to {}",
        "the agency's recruiter writes from {}",
        "my job portal email is {}",
        "the interview invitation came from {}",
        "forward the reference letter to {} please",
        "E-mail: {}",
        "Adres e-mail: {}",
        "Эл. почта: {}",
        "Courriel : {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} if the agency phones",
        "the recruiter's number is {}",
        "the labour inspector gave me her number, {}",
        "whatsapp {} about the farm job",
        "the new employer is on {}",
        "Tel.: {}",
        "Telefon: {}",
        "Тел.: {}",
        "Téléphone : {}",
        "Mobile No.: {}",
        "No. Tel: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the visa appointment fee with {}",
        "the agency charged the recruitment fee to {}",
        "the police clearance fee went on {}",
        "the flight to Doha was booked on {}",
        "pay the deposit for the workers' hostel with {} please",
        "Card: {}",
        "Karta: {}",
        "Kartennummer: {}",
        "Номер карты: {}",
        "Numéro de carte : {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "my salary goes into {}",
        "the farm in Norway pays the wages into {}",
        "the agency promised to refund the fee to {}",
        "the job centre pays the benefit into {}",
        "send the money for mum to {} and not to my old account",
        "the employer wants the IBAN for the first payslip, it's {}",
        "IBAN: {}",
        "Numer IBAN: {}",
        "IBAN für die Lohnzahlung: {}",
        "IBAN du compte : {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "my job portal login is {}",
        "on linkedin my profile is linkedin.com/in/{}",
        "on telegram I'm {}",
        "the agency's CRM user for me is {}",
        "the payroll portal username is {}",
        "my skype for the interview is {}",
        "the kimai login for the farm hours is {}",
        "Login: {}",
        "Użytkownik: {}",
        "Benutzername: {}",
        "Логин: {}",
        "Identifiant : {}",
        "Username: {}",
        '"username": "{}",',
    ],
}
HELDOUT104_MIXED = [
    ("Applicant: {}, date of birth {}, phone {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Imię i nazwisko: {}\nData urodzenia: {}\nAdres: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Name, Vorname: {}\nGeburtsdatum: {}\nAnschrift: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("ФИО: {}\nДата рождения: {}\nТел.: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name (Last, First, M.I.): {}\nDate of Birth: {}\nAddress: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} paid the agency fee with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} gets the salary into {}", ["PERSON", "IBAN_CODE"]),
    ("the employer is {}, {}, and pays into {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("job portal login: {} / password: {}", ["USERNAME", "SECRET"]),
    ("[app]\naddress = \"{}:9000\"\nadmin_username = \"{}\"\nadmin_password = \"{}\"", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Referee: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("Sender: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} ({}) is my case officer at the job centre", ["PERSON", "EMAIL_ADDRESS"]),
    ("the agency kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the signed contract to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {} for the new job", ["PERSON", "STREET_ADDRESS"]),
    ("Employee: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the payroll login is {} and the password {}", ["USERNAME", "SECRET"]),
    ("the agency's server is {} and the admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("Candidate: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Beneficiary: {}\nAccount: {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT104_NEGATIVES = [
    "Bulawayo, Gwanda and Plumtree are all in Matabeleland",
    "eGoli is what people at home call Johannesburg",
    "the ZEP is the exemption permit for Zimbabweans working in South Africa",
    "the critical skills list came out again and nursing is still on it",
    "the job ad says R9500 a month plus transport money",
    "job code ZW-DRV-022, closing date 31 March",
    "the police clearance at Bulawayo central takes about two weeks",
    "Mntungwa is the praise name of the Khumalo clan and Gatsheni of the Ndlovu",
    "a married woman can be called Ma and her own family's name",
    "Sisi and Bhuti mean sister and brother, Mama and Baba mother and father",
    "ngiyabonga kakhulu!",
    "sikhona, lina linjani?",
    "the Quantum to Joburg leaves from the Renkini rank at 6",
    "Mukuru and WorldRemit both pay out in Bulawayo now",
    "Kartuzy is Kartuzë in Kashubian and Kościerzyna is Kòscérzna",
    "PUP stands for powiatowy urząd pracy, the county labour office",
    "the A1 form shows you're insured in Poland while posted abroad",
    "the fish factory in Ålesund pays 210 kroner an hour before tax",
    "a D-number is what Norway gives a foreign worker before the national ID number",
    "the tax card is ordered from Skatteetaten online",
    "asparagus season in Lower Saxony ends on 24 June",
    "Kashubian writes ò, ë, ô and ù, which Polish doesn't have",
    "dzięki wielkie za pomoc!",
    "Dzãkùjã!",
    "the strawberry season near Kościerzyna starts in June",
    "a Polish woman's -ski name ends in -ska",
    "the AMS is Austria's public employment service",
    "the Red-White-Red Card lets a skilled worker stay and work in Austria",
    "the Ausländerbehörde in Berlin gives appointments only online",
    "France Travail replaced Pôle emploi in 2024",
    "a titre de séjour that says 'autorise son titulaire à travailler' lets you work",
    "a teip is a Chechen clan, Benoy and Kharachoy are two of the big ones",
    "Grozny, Gudermes and Shali are the biggest towns in Chechnya",
    "a Chechen family name takes -a for a woman, -ov becomes -ova and -ev -eva",
    "in German kh is written ch and zh sch, so the same name looks different in the Pass",
    "баркалла!",
    "справку о несудимости делают около месяца",
    "смена с 8 до 20, оплата 12 евро в час",
    "the OEC is the exit clearance every OFW needs from the DMW",
    "PDOS is the pre-departure orientation seminar",
    "the NBI clearance is the Philippine police clearance",
    "Jolo is the capital of Sulu and Zamboanga City is across the sea",
    "Hadji is a man who made the hajj and Hadja a woman",
    "Apuh is grandparent, Bapa father and Inah mother in Tausug",
    "magsukul!",
    "the salary in Doha is 1500 riyals plus food allowance",
    "the Qatar ID comes after the medical and the fingerprints",
    "the estate pays 55 ringgit a day in the harvest season",
    "the national visa type D is the one for seasonal work",
    "the work visa fee is 80 euros and the service fee comes on top",
    "the visa for care workers in the UK is the Health and Care Worker visa",
    "the interview is on 2026-03-14 at 10:00",
    "the embassy appointment is on 14.03.2026 at 9:30",
    "the contract ends 31/12/2026",
    "seasonal work runs from 1 May to 30 September",
    "job code WH-2231, night shift, 12.50 an hour",
    "the payslip shows 160 hours and 40 hours overtime",
    "overtime above 40 hours is paid at 150 percent",
    "counter 12, take a number and wait",
    "recruitment fees charged to workers go against ILO convention 181",
    "the labour inspection hotline is open 8 to 5 on weekdays",
    "the agency's office hours are 8 to 4, closed on saturdays",
    "Frappe HR has a recruitment module with job openings and applicants",
    "Kimai 2 needs PHP 8.1 or newer",
    "Listmonk 4 keeps the admin users in the database",
    "Zammad uses Elasticsearch for its search",
    "Horilla is a Django app",
    "fixed in commit 3fa9c21, see the changelog",
    "SECRET_KEY=change-me",
    "DB_PASSWORD=<your-password>",
    "job portal password: ********",
    "4111 1111 1111 1111 is the test card",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "write to jobs@example.com for the newsletter",
    "192.0.2.104 is a documentation address",
    "198.51.100.14 is a documentation address",
    "2001:db8:104::1 is a documentation address",
    "good luck with the interview!",
    "did you get the job?",
    "see you at the job centre",
    "sending the CV now",
    "they said they'll call back next week",
]  # fmt: skip


def _typo104(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a job-hunting word's well-known misspelling ('interview' -> 'intervew',
    'reference' -> 'refrence', 'salary' -> 'salery', 'clearance' -> 'clearence'), or chat shorthand
    ('appointment' -> 'appt', 'documents' -> 'docs', 'Johannesburg' -> 'Jozi'). Only in sentences typed to
    the bot or a friend; a title before a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT104.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT104[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT104.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT104[m.group(1)] + template[m.end() :]


def build_heldout104(seed: int = HELDOUT104_SEED) -> list[Example]:
    """Held-out set 104: `Gen104` values in `HELDOUT104_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen104.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen104(seed)
    examples = assemble_module_set(
        gen, HELDOUT104_TEMPLATES, HELDOUT104_MIXED, HELDOUT104_NEGATIVES, _typo104, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
