"""Held-out PII set 103 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout103": written by a separate author who did not change recognizers, never saw Kaizen's misses on it
and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT103 is empty, as for the sets
before it; written at the same time as held-out 104 by another author). The theme is family tech support as
families talk about it: the grandchild fixing a grandparent's laptop, the printer that will not print, the
e-mail account's recovery and its recovery codes, the router and the Wi-Fi password on its back, the smart
TV and the streaming logins the family shares, the NAS or the home server with the photo backups, the phone's
cloud backup, the remote-desktop session code read out on the phone, the scam call that asked for a code,
the new laptop set up for a school child, the family password manager, the smart doorbell and the home
camera. The peoples were chosen after grepping the earlier sets' docstrings: none of the four is a main
people of held-out 27 to 102 (Palauan names were one list among dozens in held-out 9, Khasi and Aymara ones
in held-out 10 and Gagauz ones in held-out 12, never a set's own people; Shillong came up in held-out 102 as
a town where Mizo students study, not for its Khasi), so no neighbour had to take a place. Hand-written lists
of four peoples: the Khasi of Shillong, Jowai and Cherrapunji (Sohra) (BSNL broadband that dies in the rain,
the church's livestream from Jaiaw, the hymn app on the smart TV; Khasi given names ('Iohborlang',
'Phrangsngi', 'Wanshan', 'Daiaphi', 'Ibashisha', 'Bansara') and English and biblical ones ('Evangelista',
'Hamlet', 'Raphael', 'Rosemary'), the clan name (kur), handed down from the mother, as the family name
('Syiem', 'Lyngdoh', 'Kharkongor', 'Marbaniang', 'Nongrum', 'Lyngwa', 'Kharbuli', and the Pnar clans of
Jowai, 'Passah', 'Suchiang', 'Shylla'), a clan with its branch ('Iohborlang Lyngdoh Nongbri'), the given
names' initials before the kur ('W. Kharkongor', 'I. M. Lyngdoh'), the given name alone, the short name a
family uses ('Iohbor', 'Phrang', 'Shisha', 'Phi'), and 'Kong' (elder sister, Ms) and 'Bah' (elder brother,
Mr) before a given or a full name, outside the span); the Aymara of El Alto, La Paz and the Altiplano
villages of Achacachi and Tiwanaku and of their families in Madrid (the QR payments at the Feria 16 de
Julio, the smart TV from the Uyustus market, the teleférico card app, the Sunday video call to Madrid;
Spanish given names ('Juan', 'Zacarías', 'Teófilo', 'Justina', 'Remedios', 'Nélida') and an Aymara one
('Wara'), Aymara family names ('Mamani', 'Quispe', 'Condori', 'Choque', 'Apaza', 'Huanca', 'Ticona',
'Limachi', 'Callisaya', 'Yujra'), Bolivia's two family names, the father's then the mother's ('Juan Mamani
Quispe'), an Aymara and a Spanish one ('Remedios Choque Flores'), a married woman's 'de' before her husband's
name ('Justina Choque de Mamani'), a Bolivian form's family names first ('MAMANI QUISPE, Juan'), the mother's
family name as an initial ('Juan Mamani Q.'), a name typed without its accent ('Zacarias'), nicknames
('Juancho', 'Goyo', 'Reme'), and the cholita's and the jilaqata's titles 'Doña', 'Don', 'Tata' and 'Mama'
and 'jilaqata' (the head of a community for the year) before a name, outside the span); the Gagauz of
Comrat, Ceadîr-Lunga and Vulcănești and the villages of Congaz and Avdarma, and of their families in
Istanbul and Moscow (Gosuslugi's SMS, the Turkish channels on the smart TV, the camera that watches the house
in Comrat from Istanbul, the modem's password in Turkish; Orthodox given names in their Gagauz forms
('Todur', 'Petri', 'Tanas', 'Födor', 'Tudora') and a Turkic one ('Güllü'), family names in -oglu, in -ov
and Turkic ones ('Kuroglu', 'Yanioglu', 'Dobrov', 'Zlatov', 'Topal', 'Kara', 'Chebotar', 'Kyos', 'Arnaut',
'Sirf') with the woman's -a on the -ov ones ('Dobrova'), Russian papers' order with the patronymic
('Topal Mihail Ivanovich', 'Marya Petrovna', 'Mihail Ivanovich Topal', 'Topal M. I.'), Cyrillic ('Михаил
Топал', 'Доброва Марья Петровна'), the Gagauz Latin alphabet ('Güllü Kös', 'İvan Çebotar'), a Moldovan
card's Romanian spelling ('CEBOTARI Ion', 'Tudor Curoglo'), a Turkish register's ('Todur Kuroğlu', 'Ana
Gaydarcı'), Russian diminutives ('Misha', 'Lyuda'), and 'тётя' (aunt) and 'дядя' (uncle) before a given name
in Cyrillic, 'domnul' and 'doamna' before a family name and 'bey', 'hanım' and 'abla' (elder sister) after a
given name, outside the span); and the Palauans of Koror, Airai and Melekeok and of their families in Guam
(Dededo, Tamuning) and Portland, Oregon (PNCC's slow internet, the Palau news streamed to Portland, the
doorbell camera set up for a mother in Dededo; English given names ('Tommy', 'Joseph', 'Elsei'),
Japanese-derived ones ('Kazuo', 'Yoshiko', 'Masako', 'Minoru') and Palauan ones ('Ngiraked', 'Dilmei',
'Ebil'), Palauan family names ('Remengesau', 'Ngirakesau', 'Tellei', 'Rengiil', 'Ngiraingas', 'Kebekol',
'Olkeriil'), an American middle initial ('Tommy E. Ngirakesau'), 'Jr.' ('Kazuo Tellei Jr.'), a Guam or
Oregon form's 'TELLEI, Kazuo S.', short names ('Kaz', 'Yoshi', 'Mako'), and 'Rubak' (an old man, a chief)
before a full name and 'Mechas' (an old woman), 'Auntie' and 'Uncle' before a given name, outside the span;
no public figure's name: a given name never meets the family name that would make a president's, a
governor's or a movement leader's, PUBLIC_FIGURES_HELDOUT103). Every name form above, and a name in
capitals, one in lower case and one with a typo ('Kharkonger', 'Calisaya', 'Chebtoar', 'Ngiraksau') of each
people, is handed out at least once during the build so it does not hang on the seed (any left over, and a
titled name of each people, come in sentences added after it); the address, the phone, the e-mail, the
IBAN or the date of birth after a name in one sentence mostly comes from that name's region. Names on an
account's, a ticket's, a school's and a form's papers in English ('Account holder:', 'Device owner:', 'Name
on the ticket:', 'Recovery contact:', 'Last name, First name, MI:', a ticket row '| TKT-2231 | ... |'),
Khasi ('Kyrteng:'), Spanish ('Nombre:', 'Apellidos y nombres:', 'Titular de la cuenta:'), Russian ('ФИО:',
'Владелец:'), Romanian ('Numele, prenumele:') and Turkish ('Ad Soyad:'); self-hosted apps' and home tools'
config no earlier set pasted: a TrueNAS API key in a curl call, UrBackup's internet_authkey and server
address, Duplicacy's storage password, ddclient.conf's password and its log line with the new public
address, the family KeePassXC master passphrase, AnyDesk's unattended-access password set from the shell,
Synology Hyper Backup's encryption password, TeamViewer's, Chrome Remote Desktop's and a remote session's
one-time codes; those regions' addresses (Shillong's 'House No. 42, Mawkhar, Shillong, Meghalaya 793002' and
Police Bazar's roads, Jowai's and Sohra's localities with their PINs, El Alto's 'Zona Villa Adela, calle 6 Nº
1234' and its avenues, La Paz's 'Calle Illampu Nº 845, zona Rosario', Achacachi's 's/n', a Tiwanaku
comunidad, Madrid's 'Calle de Bravo Murillo 54, 3º C, 28026 Madrid', Comrat's 'str. Lenin 156, ap. 12, mun.
Comrat, MD-3805' and in Russian, Ceadîr-Lunga's and Vulcănești's, a Gagauz village's, Moscow's 'ул.
Профсоюзная, д. 45, корп. 2, кв. 113' and Istanbul's 'Merkezefendi Mah. ... No: 23 Daire: 5, 34015
Zeytinburnu/İstanbul', Koror's, Airai's and Melekeok's hamlets with 96940, Tamuning's and Dededo's GU
addresses and Portland's 'SE Division St, Apt 12, Portland, OR 97206') and phones (Shillong's '+91 364' and
'0364', Jowai's '03652', Sohra's '03637', Indian mobiles, El Alto's '+591 2 28..', La Paz's '2-2..',
Bolivian mobiles '+591 6/7' and '7...', Madrid's '+34 6..', Comrat's '+373 298' and '0298', Ceadîr-Lunga's
'291', Vulcănești's '293', Moldovan mobiles '+373 6.' and '07.', Moscow's '+7 9..' and '8 (9..)',
Istanbul's '+90 5..' and '0 (212)', Koror's '+680 488', Palauan mobiles '+680 775', Airai's '587', Guam's
'+1 671' and '(671)' and Portland's '+1 503' and '(503)'); Visa, Mastercard 51-55 and 2-series, Russia's Mir
2200-2204, India's RuPay, Turkey's Troy 9792, Discover 6011 and Amex 4-6-5 as the streaming, the printer
ink, the cloud plan, the new laptop and a scammer take them; IBANs of a relative's or a child's bank where
there is one (India, Bolivia, Palau and the United States have none, and a Moscow account goes by its own
number): Moldova's MD, Turkey's TR and Romania's RO for the Gagauz, Spain's and Italy's for the Aymara in
Madrid and Bergamo, the UK's and the UAE's for the Khasi, Germany's for a Palauan son stationed there; IPs of
the router's page, the NAS, the printer, the doorbell camera, the smart TV, a sign-in alert, a scam site,
the home server's public address and the pastes, private ones only where a home network holds them, v4 and
v6; secrets as a family hands them over (the sticker on the router, the fridge calendar, the sealed
envelope, the post-it, the laptop box, the drawer with the passports), Google's backup codes, Microsoft's
recovery code, an app password in four groups, the bank's SMS code a scam caller asked for, a printer's WPS
PIN and Wi-Fi Direct password, a phone's screen lock PIN, the places ('Shillong@793', 'ElAlto#591',
'Comrat_3805', 'Koror@96940'), theme words in leetspeak ('pr1n73r', 'r0u73r'), diceware passphrases, and
cues in Spanish ('la clave del wifi es ..., no se la pases a los vecinos'), Khasi ('password jong ka wifi
ka long ..., wat ai ia kiwei'), Russian, Turkish ('modemin şifresi ..., kimseye söyleme'), Romanian ('parola
de la wifi e ..., nu o da la nimeni') and Guam English; usernames as a tablet's, the NAS's, a school's and the
password manager's logins, gamer tags and Instagram and Skype names, in shapes like 'grandma.tellei',
'shillong_iohborlang', 'alteno_remedios84', 'kuroglu1975', 'quenta-family'; dates of birth of a
grandparent, a parent and a school child for the account recovery, the school laptop, e-Devlet and the
bank app, in India's '14/03/1952' and '14th March 1952', Khasi with its own months ('14 Lber, 1952'),
Bolivia's '14/03/1952' and Spanish words, Russia's '14.03.1952' and '14 марта 1952 г.', Turkish ('14 Mart
1952'), Romanian ('14 martie 1952'), America's '03/14/1952' and 'March 14, 1952' and a paste's ISO date, all
drawn between fixed years from the set's own rng so the set builds the same on any day; typos as a
grandchild types on the phone: a tech word's well-known misspelling ('laptop' -> 'labtop', 'router' ->
'rooter', 'Netflix' -> 'Netflex') or chat shorthand ('grandma' -> 'gma', 'password' -> 'pw'); negatives with
the same places, the titles and the kur explained, printer and router models, error codes ('E-04',
'0x80070005', 'NW-2-5'), firmware and OS versions, port numbers, menu paths, streaming and storage plan
names, a NAS model, a test card, an example IBAN, a placeholder e-mail and password, documentation IPs (v4
and v6) and short everyday chat; thanks in Khasi, Aymara, Gagauz and Palauan).

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
    _ordinal,
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _fold_accents as _fold,
)

HELDOUT103_SEED = 6310358
# no faker name locale: all names below come from hand-written lists (empty on purpose; the test checks it)
NAME_LOCALES_HELDOUT103: list[str] = []
# each origin: (men's given names, women's given names, family names); ';' separates names
NAMES_HELDOUT103: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Khasi of Shillong, Jowai and Cherrapunji (Sohra): Khasi given names and English or biblical ones; the
    # clan (kur) name, handed down from the mother, as the family name (Pnar clans of Jowai among them)
    "khasi": ("Iohborlang;Phrangsngi;Wanshan;Banteilang;Kitboklang;Donbok;Shanborlang;Teibor;Hamlet;Raphael;Ferdinand;Jonathan;Samuel".split(";"),
              "Bansara;Daiaphi;Ibashisha;Evangelista;Ibadahun;Iaphisha;Dasumarlin;Ibameri;Rosemary;Margaret;Phidalia;Gracy".split(";"),
              "Syiem;Lyngdoh;Kharkongor;Marbaniang;Nongrum;Lyngwa;Kharbuli;Nongkynrih;Warjri;Mawlong;Syiemlieh;Kharsyntiew;Pariat;Nongbri;Passah;Suchiang;Shylla;Rymbai".split(";")),
    # Aymara of El Alto, La Paz and the Altiplano villages: Spanish given names and one or two Aymara ones;
    # Aymara family names (a Spanish one comes from SPANISH_SURNAMES_HELDOUT103 in the mixed forms)
    "aymara": ("Juan;Felipe;Evaristo;Zacarías;Teodoro;Gregorio;Rufino;Ángel;Wilfredo;Edwin;Freddy;Néstor;Marcelino;Teófilo".split(";"),
               "Justina;Remedios;Sabina;Eulogia;Felipa;Lidia;Marisol;Gladys;Roxana;Nélida;Wara;Basilia".split(";"),
               "Mamani;Quispe;Condori;Choque;Apaza;Huanca;Ticona;Limachi;Chambi;Callisaya;Yujra;Poma;Mayta;Huarachi;Copa;Colque;Quenta;Cusi".split(";")),
    # Gagauz of Comrat, Ceadîr-Lunga and Vulcănești and their families in Istanbul and Moscow: Orthodox given
    # names in their Gagauz forms and a Turkic one ('Güllü'); family names in -oglu and -ov and Turkic ones
    "gagauz": ("Todur;Mihail;Petri;Kosta;Dimitri;Tanas;Stepan;Vasili;Nikolay;Födor;Ivan;Andrey".split(";"),
               "Marya;Tudora;Güllü;Elena;Irina;Nadejda;Vera;Lüdmila;Olga;Valentina;Ana".split(";"),
               "Topal;Kara;Dobrov;Chebotar;Kyos;Arnaut;Sirf;Kuroglu;Dimitroglu;Yanioglu;Uzun;Zlatov;Gaidarji;Manolov".split(";")),
    # Palauans of Koror, Airai and Melekeok and their families in Guam and Portland, Oregon: English and
    # Japanese-derived given names and Palauan ones; Palauan family names
    "palauan": ("Tommy;Kazuo;Yoshio;Minoru;Haruo;Hideo;Santos;Joseph;Jackson;Elias;Ngiraked;Obak".split(";"),
                "Yoshiko;Elsei;Masako;Fumiko;Sachiko;Dilmei;Ebil;Melba;Rosania;Lorenza;Hilda;Sisca".split(";"),
                "Remengesau;Ngirakesau;Tellei;Rengiil;Ngiraingas;Kebekol;Olkeriil;Ngiratkel;Rechebei;Sengebau;Ngirmang;Skebong;Mesubed;Ngiraibai".split(";")),
}  # fmt: skip
# given name and family name pairs that would name a public figure (a president, a governor, a movement's
# leader): never drawn together
PUBLIC_FIGURES_HELDOUT103 = {("Tommy", "Remengesau"), ("Felipe", "Quispe"), ("Stepan", "Topal")}
# Khasi double clan names, a clan's branch after it ('Iohborlang Lyngdoh Nongbri')
DOUBLE_KUR_HELDOUT103 = ["Lyngdoh Nongbri", "Lyngdoh Mawphlang", "Lyngdoh Marshillong"]
# the English and biblical given names among the Khasi ones
KHASI_ENGLISH_HELDOUT103 = {
    "Hamlet", "Raphael", "Ferdinand", "Jonathan", "Samuel", "Evangelista", "Rosemary", "Margaret", "Phidalia", "Gracy",
}  # fmt: skip
# what a Khasi family calls one of its own, from a part of the given name
KHASI_NICK_HELDOUT103 = {
    "Iohborlang": "Iohbor", "Phrangsngi": "Phrang", "Kitboklang": "Kitbok", "Shanborlang": "Shanbor",
    "Banteilang": "Bantei", "Daiaphi": "Phi", "Ibashisha": "Shisha", "Evangelista": "Eva", "Dasumarlin": "Marlin",
    "Ibadahun": "Dahun",
}  # fmt: skip
# the Spanish family names an Aymara may carry as the father's or the mother's
SPANISH_SURNAMES_HELDOUT103 = "Flores;Gutiérrez;Vargas;Rojas;Pérez;Mendoza;López;Ramírez".split(";")
# Bolivian nicknames from a given name
AYMARA_NICK_HELDOUT103 = {
    "Juan": "Juancho", "Gregorio": "Goyo", "Wilfredo": "Willy", "Zacarías": "Zaca", "Teodoro": "Teo",
    "Felipe": "Pipe", "Remedios": "Reme", "Justina": "Justi", "Marisol": "Mari", "Eulogia": "Eulo",
}  # fmt: skip
# a Gagauz father's given name and the patronymic it gives a son and a daughter, in Latin and Cyrillic
PATRONYMICS_HELDOUT103 = {
    "Ivan": ("Ivanovich", "Ivanovna", "Иванович", "Ивановна"),
    "Mihail": ("Mihailovich", "Mihailovna", "Михайлович", "Михайловна"),
    "Petri": ("Petrovich", "Petrovna", "Петрович", "Петровна"),
    "Stepan": ("Stepanovich", "Stepanovna", "Степанович", "Степановна"),
    "Nikolay": ("Nikolaevich", "Nikolaevna", "Николаевич", "Николаевна"),
    "Födor": ("Fyodorovich", "Fyodorovna", "Фёдорович", "Фёдоровна"),
    "Vasili": ("Vasilyevich", "Vasilyevna", "Васильевич", "Васильевна"),
    "Dimitri": ("Dmitrievich", "Dmitrievna", "Дмитриевич", "Дмитриевна"),
    "Andrey": ("Andreevich", "Andreevna", "Андреевич", "Андреевна"),
    "Kosta": ("Konstantinovich", "Konstantinovna", "Константинович", "Константиновна"),
}
# the Gagauz names in Cyrillic, as Russian papers in Comrat and Moscow write them
CYRILLIC_HELDOUT103 = {
    "Todur": "Тодур", "Mihail": "Михаил", "Petri": "Петри", "Kosta": "Коста", "Dimitri": "Дмитрий",
    "Tanas": "Танас", "Stepan": "Степан", "Vasili": "Василий", "Nikolay": "Николай", "Födor": "Фёдор",
    "Ivan": "Иван", "Andrey": "Андрей", "Marya": "Марья", "Tudora": "Тудора", "Güllü": "Гюллю", "Elena": "Елена",
    "Irina": "Ирина", "Nadejda": "Надежда", "Vera": "Вера", "Lüdmila": "Людмила", "Olga": "Ольга",
    "Valentina": "Валентина", "Ana": "Анна", "Topal": "Топал", "Kara": "Кара", "Dobrov": "Добров",
    "Chebotar": "Чеботарь", "Kyos": "Кёс", "Arnaut": "Арнаут", "Sirf": "Сирф", "Kuroglu": "Куроглу",
    "Dimitroglu": "Димитроглу", "Yanioglu": "Яниоглу", "Uzun": "Узун", "Zlatov": "Златов", "Gaidarji": "Гайдаржи",
    "Manolov": "Манолов",
}  # fmt: skip
# the names in the Gagauz Latin alphabet where it differs ('Kös', 'Çebotar', 'Gaydarci', 'İvan')
GAGAUZ_LATIN_HELDOUT103 = {
    "Kyos": "Kös", "Chebotar": "Çebotar", "Gaidarji": "Gaydarci", "Ivan": "İvan", "Dimitri": "Mitri",
    "Vasili": "Vasi", "Nikolay": "Nikolay",
}  # fmt: skip
# the names as a Moldovan identity card spells them in Romanian ('Cebotari Ion', 'Curoglo Tudor')
ROMANIAN_HELDOUT103 = {
    "Chebotar": "Cebotari", "Kara": "Cara", "Gaidarji": "Gaidargi", "Kuroglu": "Curoglo", "Yanioglu": "Ianioglo",
    "Dimitroglu": "Dimitroglo", "Sirf": "Sîrf", "Todur": "Tudor", "Petri": "Petru", "Kosta": "Constantin",
    "Dimitri": "Dumitru", "Stepan": "Ștefan", "Vasili": "Vasile", "Nikolay": "Nicolae", "Födor": "Fiodor",
    "Ivan": "Ion", "Andrey": "Andrei", "Marya": "Maria", "Lüdmila": "Liudmila",
}  # fmt: skip
# the names as a Turkish register in Istanbul spells them ('Kuroğlu', 'Gaydarcı')
TURKISH_HELDOUT103 = {
    "Kuroglu": "Kuroğlu", "Dimitroglu": "Dimitroğlu", "Yanioglu": "Yanioğlu", "Gaidarji": "Gaydarcı",
    "Chebotar": "Çebotar", "Kyos": "Kös", "Ivan": "İvan",
}  # fmt: skip
# the Russian diminutive a Gagauz family in Moscow uses
GAGAUZ_DIM_HELDOUT103 = {
    "Mihail": "Misha", "Kosta": "Kostya", "Dimitri": "Dima", "Vasili": "Vasya", "Nikolay": "Kolya",
    "Födor": "Fedya", "Ivan": "Vanya", "Andrey": "Andryusha", "Stepan": "Styopa", "Marya": "Masha",
    "Elena": "Lena", "Irina": "Ira", "Nadejda": "Nadya", "Lüdmila": "Lyuda", "Olga": "Olya", "Valentina": "Valya",
}  # fmt: skip
# the Palauan given names that come from Japanese
JAPANESE_HELDOUT103 = {
    "Kazuo",
    "Yoshio",
    "Minoru",
    "Haruo",
    "Hideo",
    "Yoshiko",
    "Masako",
    "Fumiko",
    "Sachiko",
}
# what a Palauan family calls one of its own
PALAUAN_NICK_HELDOUT103 = {
    "Kazuo": "Kaz", "Yoshio": "Yosh", "Joseph": "Joe", "Jackson": "Jack", "Elias": "Eli", "Yoshiko": "Yoshi",
    "Masako": "Mako", "Fumiko": "Fumi", "Sachiko": "Sachi", "Rosania": "Rosie",
}  # fmt: skip
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT103 = {
    "Kharkongor": "Kharkonger", "Marbaniang": "Marbaning", "Nongkynrih": "Nongkyrnih", "Kharsyntiew": "Kharsyntew",
    "Syiemlieh": "Syemlieh", "Callisaya": "Calisaya", "Limachi": "Limachy", "Huarachi": "Huarache",
    "Ticona": "Tikona", "Yujra": "Yujara", "Chebotar": "Chebtoar", "Kuroglu": "Kurolgu", "Yanioglu": "Yaniolgu",
    "Arnaut": "Arnuat", "Gaidarji": "Gaidarij", "Ngirakesau": "Ngiraksau", "Olkeriil": "Olkeril",
    "Remengesau": "Remengsau", "Ngiraingas": "Ngirangas", "Rechebei": "Rechibei", "Sengebau": "Sengbau",
}  # fmt: skip
# a title or a kin word next to the name (outside the span): the origin, whether a woman (None: either), the
# part of the name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT103: dict[str, tuple[str, bool | None, str, bool]] = {
    "kong": ("khasi", True, "given", False),  # Khasi 'elder sister', 'Ms'
    "bah": ("khasi", False, "given", False),  # Khasi 'elder brother', 'Mr'
    "doña": ("aymara", True, "given", False),  # a cholita, a market woman, a grandmother
    "don": ("aymara", False, "given", False),
    "tata": ("aymara", False, "full", False),  # 'father', 'sir': an elder or an authority
    "mama": ("aymara", True, "given", False),  # 'mother', 'madam': an elder or the jilaqata's wife
    "jilaqata": ("aymara", False, "full", False),  # the head of an Aymara community for the year
    "тётя": ("gagauz", True, "given", False),  # 'aunt', as the family in Moscow says it
    "дядя": ("gagauz", False, "given", False),  # 'uncle'
    "domnul": ("gagauz", False, "family", False),  # Romanian 'Mr', on Moldova's papers and in an office
    "doamna": ("gagauz", True, "family", False),  # Romanian 'Mrs'
    "bey": ("gagauz", False, "given", True),  # after a man's given name, in Istanbul
    "hanım": ("gagauz", True, "given", True),  # after a woman's given name
    "abla": ("gagauz", True, "given", True),  # Turkish 'elder sister'
    "rubak": ("palauan", False, "full", False),  # Palauan 'old man', a chief
    "mechas": ("palauan", True, "given", False),  # Palauan 'old woman'
    "auntie": ("palauan", True, "given", False),  # as Guam and the Palauans in Portland say it
    "uncle": ("palauan", False, "given", False),
}
TITLE_SLOT_HELDOUT103 = re.compile(
    r"(?<![\w'.-])(kong|bah|doña|don|tata|mama|jilaqata|тётя|дядя|domnul|doamna|rubak|mechas|auntie|uncle) \{\}"
    r"|\{\} (bey|hanım|abla)(?![\w'])",
    re.IGNORECASE,
)
# the titles written in Cyrillic, whose names come in Cyrillic too
CYRILLIC_TITLES_HELDOUT103 = {"тётя", "дядя"}
# the name forms the build holds at least once each, whatever the seed: (origin, form)
FORCED_FORMS_HELDOUT103 = [
    ("khasi", "clan"), ("aymara", "double"), ("gagauz", "fio"), ("palauan", "japanese"),
    ("khasi", "initial"), ("aymara", "mixed"), ("gagauz", "cyrillic"), ("palauan", "middle_initial"),
    ("khasi", "double_kur"), ("aymara", "married_de"), ("gagauz", "given_patronymic"), ("palauan", "jr"),
    ("khasi", "english"), ("aymara", "surname_first"), ("gagauz", "name_patronymic"), ("palauan", "surname_first"),
    ("khasi", "nickname"), ("aymara", "maternal_initial"), ("gagauz", "initials"), ("palauan", "nickname"),
    ("khasi", "caps"), ("aymara", "ascii"), ("gagauz", "latin_gagauz"), ("palauan", "caps"),
    ("khasi", "lower"), ("aymara", "nickname"), ("gagauz", "romanian"), ("palauan", "lower"),
    ("khasi", "typo"), ("aymara", "caps"), ("gagauz", "turkish"), ("palauan", "typo"),
    ("aymara", "typo"), ("gagauz", "diminutive"), ("gagauz", "lower"), ("gagauz", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT103 = {"nickname", "diminutive", "lower", "typo"}
FORM_ONLY_FORMS_HELDOUT103 = {"surname_first", "fio", "initials", "maternal_initial", "romanian"}
# forms that want a woman's name, and forms that want a man's
WOMEN_FORMS_HELDOUT103 = {"married_de"}
MEN_FORMS_HELDOUT103 = {"jr"}
# the scripts or layouts a form may come in besides the template's plain Latin ('')
FORM_SCRIPTS_HELDOUT103 = {
    "fio": {"", "cyrillic"}, "given_patronymic": {"", "cyrillic"}, "name_patronymic": {"", "cyrillic"},
    "initials": {"", "cyrillic"}, "cyrillic": {"", "cyrillic"}, "turkish": {"", "turkish"},
    "romanian": {"", "romanian"}, "surname_first": {"", "surname_first"},
}  # fmt: skip
# sentences the build adds whatever the seed: a titled name of each people
FORCED_TITLED_HELDOUT103: dict[str, list[str]] = {
    "khasi": [
        "Kong {} at the church office in Jaiaw wants the printer to print from her phone",
        "Bah {} in Jowai says the router's lights are all orange since the storm",
    ],
    "aymara": [
        "Doña {} wants a QR code for her stall at the Feria 16 de Julio",
        "Tata {} asked for the community meeting to be on Zoom for the sons in Madrid",
    ],
    "gagauz": [
        "{} abla changed the modem password in Istanbul and forgot it",
        "тётя {} просит настроить турецкие каналы на телевизоре",
    ],
    "palauan": [
        "Auntie {} in Portland can't log into the streaming app the cousins share",
        "Rubak {} wants the Sunday service streamed to the family in Guam",
    ],
}
# the sentence a form still owed after the build comes in: one typed in chat and one on a form
OWED_CHAT_HELDOUT103 = "can you call {} about the laptop, the screen is black again"
OWED_FORM_HELDOUT103 = "Account holder: {}"
# IBANs of a relative's or a child's bank where there is one (India, Bolivia, Palau and the United States have
# none, and a Moscow account goes by its own number): the UK and the UAE for the Khasi, Spain and Italy for the
# Aymara in Madrid and Bergamo, Moldova, Turkey and Romania for the Gagauz, Germany for a Palauan son
# stationed there
IBAN_SHAPES_HELDOUT103 = {
    "GB": "4a14n", "AE": "3n16n", "ES": "20n", "IT": "1a10n12c", "MD": "2a18c", "TR": "5n1n16c", "RO": "4a16c",
    "DE": "18n",
}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT103 = {
    "khasi": ["GB", "AE"], "aymara": ["ES", "IT"], "gagauz": ["MD", "TR", "RO"], "palauan": ["DE"],
}  # fmt: skip
# everyday words of each people's home, used in e-mail addresses and logins
SUBJECTS_HELDOUT103 = {
    "khasi": ["shillong", "sohra", "jowai", "laitumkhrah", "khasi"],
    "aymara": ["elalto", "lapaz", "illimani", "titicaca", "aymara"],
    "gagauz": ["comrat", "gagauz", "budjak", "ceadir", "congaz"],
    "palauan": ["koror", "palau", "airai", "guam", "belau"],
}
EMAIL_DOMAINS_HELDOUT103 = {
    "khasi": ["rediffmail.com", "yahoo.co.in", "outlook.com"],
    "aymara": ["hotmail.com", "yahoo.es", "cotel.net.bo"],
    "gagauz": ["mail.ru", "yandex.ru", "mail.md", "hotmail.com"],
    "palauan": ["palaunet.com", "yahoo.com", "ite.net", "comcast.net"],
}
# the templates that belong to one people's home, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT103: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i:comrat|ceadîr|vulcănești|gagauz|moldov|istanbul|moscow|gosuslugi|turkish|e-devlet|"
                r"numele|prenumele|ad soyad)|[\u0400-\u04ff]|[ğışĞŞİ]"), "gagauz"),
    (re.compile(r"(?i)el alto|la paz|achacachi|tiwanaku|altiplano|feria|uyustus|teleférico|bolivia|madrid|"
                r"\bla \{\}|\bel \{\}|nombre|apellidos|titular|\bdice\b|cambió|abuel"), "aymara"),
    (re.compile(r"(?i)shillong|jowai|sohra|cherrapunji|laitumkhrah|mawkhar|jaiaw|police bazar|meghalaya|"
                r"khasi|bsnl|kyrteng"), "khasi"),
    (re.compile(r"(?i)koror|airai|melekeok|palau|pncc|guam|dededo|tamuning|portland|oregon|"
                r"last name, first name"), "palauan"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT103: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bla \{\}|\bella\b|\bей\b|забыла|нажала"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|\bel \{\}|nephew|забыл\b|нажал\b"), False),
]  # fmt: skip
# a tech word and its well-known misspelling
MISSPELT_HELDOUT103 = {
    "laptop": "labtop", "password": "pasword", "router": "rooter", "address": "adress", "account": "acount",
    "definitely": "definately", "receive": "recieve", "cartridge": "cartrige", "Netflix": "Netflex",
    "WhatsApp": "Whatsap", "technician": "technicion", "tomorrow": "tommorow", "separate": "seperate",
    "recovery": "recovary", "printer": "priner", "computer": "computor",
}  # fmt: skip
MISSPELT_WORD_HELDOUT103 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT103, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in a grandchild's messages
SHORTHAND_HELDOUT103 = {
    "grandma": "gma", "grandpa": "gpa", "please": "pls", "because": "bc", "tomorrow": "tmrw", "thanks": "thx",
    "password": "pw", "message": "msg", "computer": "pc", "people": "ppl", "before": "b4", "something": "smth",
    "probably": "prob",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT103 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT103, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT103 = (
    "January February March April May June July August September October November December".split()
)
ES_MONTHS_HELDOUT103 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
# Russian months in the genitive a date takes ('14 марта')
RU_MONTHS_HELDOUT103 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
TR_MONTHS_HELDOUT103 = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
RO_MONTHS_HELDOUT103 = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
# the Khasi months
KHASI_MONTHS_HELDOUT103 = (
    "Kyllalyngkot Rymphang Lber Iaiong Jymmang Jylliew Naitung Nailar Nailur Risaw Naiwieng Nohprah".split()
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Zacarías' -> 'zacarias',
    'Güllü' -> 'gullu', 'Lyngdoh Nongbri' -> 'lyngdohnongbri')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _feminine(last: str) -> str:
    """A Gagauz woman's family name: 'Dobrov' -> 'Dobrova', 'Добров' -> 'Доброва'; one in -oglu or a Turkic
    one keeps its form ('Topal', 'Куроглу')."""
    if re.search(r"(ov|ev)$", last):
        return last + "a"
    if re.search(r"(ов|ев)$", last):
        return last + "а"
    return last


def _patronymic(father: str, woman: bool, cyrillic: bool = False) -> str:
    """The patronymic from a father's given name: 'Ivan' -> 'Ivanovich' or 'Ivanovna', in Cyrillic
    'Иванович' or 'Ивановна'."""
    return PATRONYMICS_HELDOUT103[father][2 * cyrillic + woman]


def _cyrillic(*names: str) -> str:
    """Gagauz names in Cyrillic ('Mihail', 'Dobrov' -> 'Михаил Добров'); a woman's family name keeps its -a
    ('Dobrova' -> 'Доброва')."""
    out = []
    for name in names:
        if name not in CYRILLIC_HELDOUT103 and name.endswith("a") and name[:-1] in CYRILLIC_HELDOUT103:
            out.append(_feminine(CYRILLIC_HELDOUT103[name[:-1]]))
        else:
            out.append(CYRILLIC_HELDOUT103[name])
    return " ".join(out)


class Gen103(Gen3):
    """Generators for held-out set 103: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT103)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT103, never a public figure's
        pair."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT103))
        men, women, lasts = NAMES_HELDOUT103[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if (first, x) not in PUBLIC_FIGURES_HELDOUT103])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _other_last(self, origin: str, *avoid: str) -> str:
        """A second family name of the origin (a mother's, a husband's), none of `avoid`."""
        return self.rng.choice([x for x in NAMES_HELDOUT103[origin][2] if x not in avoid])

    def _father(self, first: str) -> str:
        """A Gagauz father's given name, for a patronymic."""
        return self.rng.choice([x for x in sorted(PATRONYMICS_HELDOUT103) if x != first])

    def _family(self, origin: str, last: str, woman: bool) -> str:
        """The family name as a man or a woman carries it (a Gagauz woman's -a)."""
        return _feminine(last) if origin == "gagauz" and woman else last

    def _typo_last(self, origin: str, first: str) -> str:
        """A family name of the origin that has a listed typo, never making a public figure's pair."""
        lasts = NAMES_HELDOUT103[origin][2]
        return self.rng.choice(
            [x for x in lasts if x in NAME_TYPOS_HELDOUT103 and (first, x) not in PUBLIC_FIGURES_HELDOUT103]
        )

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT103's), in `script` where the
        form allows it."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT103:
            woman = True
        if form in MEN_FORMS_HELDOUT103:
            woman = False
        if form in ("nickname", "diminutive"):
            nicks = {
                "khasi": KHASI_NICK_HELDOUT103,
                "aymara": AYMARA_NICK_HELDOUT103,
                "gagauz": GAGAUZ_DIM_HELDOUT103,
                "palauan": PALAUAN_NICK_HELDOUT103,
            }[origin]
            women = set(NAMES_HELDOUT103[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        other = self._other_last(origin, last)
        family = self._family(origin, last, woman)
        if form in ("caps", "lower"):
            name = f"{first} {family}"
            return name.upper() if form == "caps" else name.lower()
        if form == "typo":  # 'Iohborlang Kharkonger', 'Justina Calisaya', 'Kazuo Ngiraksau'
            return f"{first} {NAME_TYPOS_HELDOUT103[self._typo_last(origin, first)]}"
        if origin == "khasi":
            if form == "initial":  # the given names' initials before the clan name: 'W. Kharkongor'
                letters = [g[0] for g in rng.sample(NAMES_HELDOUT103["khasi"][int(woman)], 2)]
                return (
                    f"{letters[0]}. {last}" if rng.random() < 0.6 else f"{letters[0]}. {letters[1]}. {last}"
                )
            if form == "double_kur":  # 'Iohborlang Lyngdoh Nongbri'
                return f"{first} {rng.choice(DOUBLE_KUR_HELDOUT103)}"
            if form == "english":  # 'Evangelista Syiem'
                men, women = NAMES_HELDOUT103["khasi"][:2]
                pool = [g for g in (women if woman else men) if g in KHASI_ENGLISH_HELDOUT103]
                return f"{rng.choice(pool)} {last}"
        if origin == "aymara":
            if form == "double":  # the father's and the mother's family names: 'Juan Mamani Quispe'
                return f"{first} {last} {other}"
            if form == "mixed":  # one Aymara and one Spanish: 'Remedios Choque Flores'
                spanish = rng.choice(SPANISH_SURNAMES_HELDOUT103)
                return f"{first} {last} {spanish}" if rng.random() < 0.6 else f"{first} {spanish} {last}"
            if (
                form == "married_de"
            ):  # a married woman's 'de' and her husband's name: 'Justina Choque de Mamani'
                return f"{first} {last} de {other}"
            if form == "surname_first":  # a Bolivian form: 'MAMANI QUISPE, Juan'
                surnames = f"{last} {other}"
                return f"{surnames.upper() if rng.random() < 0.5 else surnames}, {first}"
            if form == "maternal_initial":  # 'Juan Mamani Q.'
                return f"{first} {last} {other[0]}."
            if form == "ascii":  # typed without the accent: 'Zacarias Condori'
                pool = [g for g in NAMES_HELDOUT103["aymara"][int(woman)] if _fold(g) != g]
                return _fold(f"{rng.choice(pool)} {last}")
        if origin == "gagauz":
            cyr = script == "cyrillic" or (not script and rng.random() < 0.4)
            father = self._father(first)
            patronymic = _patronymic(father, woman, cyr)
            if form == "fio":  # a Russian form's order: 'Topal Mihail Ivanovich', 'Доброва Марья Петровна'
                return f"{_cyrillic(family, first) if cyr else f'{family} {first}'} {patronymic}"
            if form == "given_patronymic":  # 'Mihail Ivanovich Topal'
                return f"{_cyrillic(first) if cyr else first} {patronymic} {_cyrillic(family) if cyr else family}"
            if form == "name_patronymic":  # a neighbour addressed: 'Marya Petrovna'
                return f"{_cyrillic(first) if cyr else first} {patronymic}"
            if form == "cyrillic":  # 'Михаил Топал'
                return _cyrillic(first, family)
            if form == "initials":  # 'Topal M. I.', 'М. И. Топал'
                fam, giv = (_cyrillic(family), _cyrillic(first)) if cyr else (family, first)
                inits = f"{giv[0]}. {patronymic[0]}."
                return f"{fam} {inits}" if rng.random() < 0.6 else f"{inits} {fam}"
            if form == "latin_gagauz":  # the Gagauz alphabet: 'Güllü Kös', 'İvan Çebotar'
                last = rng.choice(["Kyos", "Chebotar", "Gaidarji"])
                return f"{GAGAUZ_LATIN_HELDOUT103.get(first, first)} {GAGAUZ_LATIN_HELDOUT103[last]}"
            if form == "romanian":  # a Moldovan card: 'CEBOTARI Ion', 'Tudor Curoglo'
                last = rng.choice([x for x in NAMES_HELDOUT103["gagauz"][2] if x in ROMANIAN_HELDOUT103])
                giv, fam = ROMANIAN_HELDOUT103.get(first, first), ROMANIAN_HELDOUT103[last]
                return f"{fam.upper()} {giv}" if rng.random() < 0.5 else f"{giv} {fam}"
            if form == "turkish":  # a register in Istanbul: 'Todur Kuroğlu', 'Güllü Gaydarcı'
                last = rng.choice(["Kuroglu", "Dimitroglu", "Yanioglu", "Gaidarji"])
                return f"{TURKISH_HELDOUT103.get(first, first)} {TURKISH_HELDOUT103[last]}"
        if origin == "palauan":
            men, women = NAMES_HELDOUT103["palauan"][:2]
            if form == "japanese":  # a Japanese-derived given name: 'Yoshiko Tellei'
                pool = [g for g in (women if woman else men) if g in JAPANESE_HELDOUT103]
                first = rng.choice([g for g in pool if (g, last) not in PUBLIC_FIGURES_HELDOUT103])
                return f"{first} {last}"
            if form == "middle_initial":  # 'Tommy E. Ngirakesau'
                return f"{first} {rng.choice(string.ascii_uppercase.replace('X', ''))}. {last}"
            if form == "jr":  # 'Kazuo Tellei Jr.'
                return f"{first} {last} Jr."
            if form == "surname_first":  # a form in Guam or Oregon: 'TELLEI, Kazuo S.'
                if rng.random() < 0.6:
                    return f"{last.upper()}, {first} {rng.choice('ABDEIKMNORST')}."
                return f"{last}, {first}"
        return f"{first} {family}"

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'cyrillic', 'turkish', 'romanian',
        'surname_first' or 'ascii' where the template asks for one."""
        rng = self.rng
        r = rng.random()
        family = self._family(origin, last, woman)
        if script == "surname_first":
            if origin in ("aymara", "palauan"):
                return self._form(origin, "surname_first", woman)
            if origin == "gagauz":
                return self._form("gagauz", "fio", woman, "latin")
            return f"{last.upper()}, {first}"
        if origin == "khasi":
            if r < 0.55:
                return f"{first} {last}"
            if r < 0.68 and not chat:
                return self._form("khasi", "initial", woman)
            if r < 0.76:
                return f"{first} {rng.choice(DOUBLE_KUR_HELDOUT103)}"
            return first  # a Khasi family calls its own by the given name
        if origin == "aymara":
            other = self._other_last("aymara", last)
            if r < 0.45:
                name = f"{first} {last} {other}"
            elif r < 0.55 and not chat:
                name = f"{first} {last} {other[0]}."
            elif r < 0.65 and woman:
                name = f"{first} {last} de {other}"
            else:
                name = f"{first} {last}"
            if script == "ascii" or (chat and rng.random() < 0.2):
                name = _fold(name)
            return name
        if origin == "gagauz":
            if script == "cyrillic":
                if not chat:
                    return self._form("gagauz", rng.choice(["fio", "fio", "initials"]), woman, "cyrillic")
                if r < 0.3:
                    return self._form("gagauz", "name_patronymic", woman, "cyrillic")
                return _cyrillic(first, family)
            if script == "turkish":
                return f"{TURKISH_HELDOUT103.get(first, first)} {TURKISH_HELDOUT103.get(last, family)}"
            if script == "romanian":
                giv, fam = ROMANIAN_HELDOUT103.get(first, first), ROMANIAN_HELDOUT103.get(last, family)
                return f"{fam.upper()} {giv}" if not chat and r < 0.5 else f"{giv} {fam}"
            if r < 0.12:
                return self._form("gagauz", "name_patronymic", woman, "latin")
            if r < 0.25 and not chat:
                return self._form("gagauz", "fio", woman, "latin")
            name = f"{first} {family}"
            return _fold(name) if script == "ascii" else name
        if origin == "palauan":
            if r < 0.12 and not chat:
                return self._form("palauan", "middle_initial", woman)
            if r < 0.2 and not woman:
                return f"{first} {last} Jr."
            if r < 0.3:
                return first
            return f"{first} {last}"
        return f"{first} {family}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o) or script not in FORM_SCRIPTS_HELDOUT103.get(form, {""}):
                continue
            if (woman is False and form in WOMEN_FORMS_HELDOUT103) or (
                woman and form in MEN_FORMS_HELDOUT103
            ):
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT103 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT103 and chat
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
        if r < (0.72 if chat else 0.9) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.93:
            name = first
            nicks = {
                "khasi": KHASI_NICK_HELDOUT103,
                "aymara": AYMARA_NICK_HELDOUT103,
                "gagauz": GAGAUZ_DIM_HELDOUT103,
                "palauan": PALAUAN_NICK_HELDOUT103,
            }[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
        else:
            name = self._family(origin, last, woman)
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title or a kin word written next to it ('Kong Daiaphi', 'Bah Wanshan', 'Doña
        Justina', 'Tata Evaristo Mamani Condori', 'тётя Марья', 'domnul Cebotari', 'Güllü hanım', 'Rubak
        Kazuo Tellei', 'Auntie Elsei'), from the origin that uses it, in Cyrillic where the title is."""
        origin, woman, part, _ = TITLED_HELDOUT103[title.lower()]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        if title.lower() in CYRILLIC_TITLES_HELDOUT103:
            return _cyrillic(first)
        if part == "family":  # a Moldovan office's Romanian spelling
            return self._family(origin, ROMANIAN_HELDOUT103.get(last, last), woman)
        if part == "given":
            if origin == "khasi" and rng.random() < 0.3:  # 'Kong Ibashisha Syiem'
                return f"{first} {last}"
            if origin == "aymara" and rng.random() < 0.3:  # 'Doña Justina Mamani'
                return f"{first} {last}"
            if origin == "gagauz":  # 'Todur bey', 'Güllü hanım'
                return TURKISH_HELDOUT103.get(first, first)
            return first
        if origin == "aymara":  # 'Tata Evaristo Mamani Condori'
            return (
                f"{first} {last} {self._other_last('aymara', last)}"
                if rng.random() < 0.5
                else f"{first} {last}"
            )
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose home, paper or speech the template names, in the script or the layout the template is
        written in."""
        m = TITLE_SLOT_HELDOUT103.search(template)
        if m:
            title = next(g for g in m.groups() if g)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT103[title.lower()][0]
            return name
        script = ""
        if re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif re.search(r"(?i)^(ad soyad|adı soyadı)\b|şifre|modemin|değiştir", template):
            script = "turkish"
        elif re.search(r"(?i)^numele\b|prenumele|parola", template):
            script = "romanian"
        elif template.startswith(("Apellidos y nombres:", "Last name, First name")):
            script = "surname_first"
        elif template.startswith(('"', "display_name")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT103 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT103 if cue.search(template)), None)
        if script in ("cyrillic", "turkish", "romanian"):
            origin = "gagauz"
        if script == "surname_first":
            origin = "aymara" if template.startswith("Apellidos") else "palauan"
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people and any form of
        FORCED_FORMS_HELDOUT103 the build has not given yet (in chat, or on an account's form)."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ("khasi", "aymara", "gagauz", "palauan"):
            template = rng.choice(FORCED_TITLED_HELDOUT103[origin])
            filled.append((template, self.person_for(template)))
        while self.owed:
            origin, form = self.owed.pop(0)
            chat = form in CHAT_ONLY_FORMS_HELDOUT103
            filled.append((OWED_CHAT_HELDOUT103 if chat else OWED_FORM_HELDOUT103, self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 160)
        shil = pick([("Lower Mawprem", "793002"), ("Jaiaw Langsning", "793002"), ("Mawkhar", "793002"),
                     ("Rynjah", "793006"), ("Laban", "793004"), ("Nongrim Hills", "793003")])  # fmt: skip
        east = pick([("Laitumkhrah", "793003"), ("Dhankheti", "793003"), ("Malki", "793001")])
        shapes = [
            f"House No. {n}, {shil[0]}, Shillong, Meghalaya {shil[1]}",
            f"{east[0]}, near the {pick(['Don Bosco Square', 'Presbyterian church', 'petrol pump'])}, Shillong, Meghalaya {east[1]}",
            f"{n}/{rng.randint(1, 9)} {pick(['Keating Road', 'Jail Road', 'Quinton Road'])}, Police Bazar, Shillong 793001",
            f"{pick(['Ialong', 'Iongpiah', 'Panaliar', 'Loomiongkjam'])}, Jowai, West Jaintia Hills, Meghalaya 793150",
            f"{pick(['Mawsmai', 'Nongsawlia', 'Mawmluh'])}, Sohra, East Khasi Hills, Meghalaya 793108",
            f"{pick(['Mawpdang', 'Lawjynriew', 'Umlyngka'])}, Upper Shillong, Meghalaya 793009",
            f"Zona {pick(['Villa Adela', 'Senkata', 'Ciudad Satélite', 'Villa Dolores', 'Río Seco'])}, calle {rng.randint(1, 30)} Nº {rng.randint(100, 4999)}, El Alto",
            f"Av. {pick(['Juan Pablo II', '6 de Marzo', 'Bolivia', 'Tiahuanacu'])} Nº {rng.randint(100, 5999)}, zona {pick(['16 de Julio', 'Ballivián', '12 de Octubre'])}, El Alto",
            f"Calle {pick(['Illampu', 'Sagárnaga', 'Max Paredes', 'Tumusla'])} Nº {rng.randint(100, 1500)}, {pick(['zona Rosario', 'zona Gran Poder', 'zona 14 de Septiembre'])}, La Paz",
            f"Achacachi, calle {pick(['Bolívar', 'Sucre', 'Omasuyos'])} s/n, provincia Omasuyos, La Paz",
            f"Tiwanaku, comunidad {pick(['Huacullani', 'Achaca', 'Chambi Grande'])}, provincia Ingavi, La Paz",
            f"Calle de {pick(['Bravo Murillo', 'Marcelo Usera', 'Antonio López'])} {n}, {rng.randint(1, 6)}º {pick('ABCD')}, 280{pick(['20', '26', '19'])} Madrid",
            f"str. {pick(['Lenin', 'Pobedî', 'Galațan', 'Pușkin'])} {n}, ap. {rng.randint(1, 60)}, mun. Comrat, MD-38{pick(['01', '02', '05'])}",
            f"str. {pick(['Lenin', 'Mira', 'Ivanov'])} {n}, or. Ceadîr-Lunga, MD-6101",
            f"str. {pick(['Lenin', 'Gagarin', 'Pobedî'])} {n}, or. Vulcănești, MD-5301",
            f"s. {pick(['Congaz', 'Avdarma', 'Tomai', 'Copceac'])}, str. {pick(['Lenin', 'Gagarin', 'Școlii'])} {n}, UTA Găgăuzia",
            f"г. Комрат, ул. {pick(['Ленина', 'Победы', 'Гагарина'])}, д. {n}, кв. {rng.randint(1, 60)}",
            f"ул. {pick(['Профсоюзная', 'Бутлерова', 'Кировоградская'])}, д. {n}, корп. {rng.randint(1, 3)}, кв. {rng.randint(1, 240)}, Москва, 117{rng.randint(0, 999):03d}",
            f"{pick(['Merkezefendi', 'Sümer', 'Telsiz'])} Mah. {pick(['Akdeniz Cad.', 'Fatih Sok.', 'Kazım Karabekir Cad.'])} No: {n} Daire: {rng.randint(1, 20)}, 340{pick(['15', '20', '25'])} Zeytinburnu/İstanbul",
            f"house {n}, {pick(['Ngermid', 'Meyuns', 'Ngerkebesang', 'Idid', 'Ngerbeched', 'Dngeronger'])} Hamlet, Koror, Republic of Palau 96940",
            f"{pick(['Ngetkib', 'Ngerusar', 'Oikul'])} Hamlet, Airai State, Palau 96940",
            f"{pick(['Ertong', 'Ngeburch', 'Ngermelech'])} Hamlet, Melekeok State, Palau 96940",
            f"{rng.randint(100, 999)} {pick(['Chalan Kanton Tasi', 'Marine Corps Dr', 'Chalan San Antonio'])}, Tamuning, GU 96913",
            f"{n} {pick(['Chalan Kareta', 'Swamp Rd', 'Chalan Lujuna'])}, Dededo, GU 96929",
            f"{rng.randint(1000, 17999)} {pick(['SE Division St', 'NE Glisan St', 'SE Stark St', 'NE Sandy Blvd'])}, Apt {rng.randint(1, 40)}, Portland, OR 972{pick(['06', '15', '30', '33'])}",
            f"{rng.randint(100, 3999)} {pick(['NE 122nd Ave', 'SE 82nd Ave', 'SE 136th Ave'])}, Portland, OR 972{pick(['16', '30', '33'])}",
        ]  # fmt: skip
        spans = {"khasi": (0, 6), "aymara": (6, 12), "gagauz": (12, 19), "palauan": (19, 26)}
        origin = self._origin_after_name()
        return pick(shapes[slice(*spans[origin])] if origin else shapes)

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, _ = self._origin_name(origin)
        first, last = _plain(first), _plain(last)
        subject = rng.choice(SUBJECTS_HELDOUT103[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{last}", f"{first}{rng.randint(1940, 2012)}",
                           f"grandma.{last}", f"{last}.family"])  # fmt: skip
        domain = rng.choice(["gmail.com", *EMAIL_DOMAINS_HELDOUT103[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+91 364 2{d(2)} {d(4)}",  # Shillong
            f"0364-25{d(5)}",
            f"03652-22{d(4)}",  # Jowai
            f"03637-24{d(4)}",  # Sohra
            f"+91 {rng.choice('6789')}{d(4)} {d(5)}",  # Indian mobiles
            f"{rng.choice('6789')}{d(4)} {d(5)}",
            f"+591 2 28{d(5)}",  # El Alto
            f"2-2{d(6)}",  # La Paz
            f"+591 {rng.choice('67')}{d(7)}",  # Bolivian mobiles
            f"7{d(7)}",
            f"+34 6{d(2)} {d(3)} {d(3)}",  # Madrid
            f"+373 298 2{d(1)} {d(3)}",  # Comrat
            f"0298 2-{d(2)}-{d(2)}",
            f"+373 291 2{d(4)}",  # Ceadîr-Lunga
            f"+373 293 2{d(4)}",  # Vulcănești
            f"+373 6{d(1)} {d(3)} {d(3)}",  # Moldovan mobiles
            f"07{d(1)} {d(3)} {d(3)}",
            f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",  # Moscow mobiles
            f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}",
            f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",  # Istanbul mobiles
            f"0 (212) {d(3)} {d(2)} {d(2)}",
            f"+680 488-{d(4)}",  # Koror
            f"+680 775-{d(4)}",  # Palauan mobiles
            f"(680) 587-{d(4)}",  # Airai
            f"+1 671 {d(3)}-{d(4)}",  # Guam
            f"(671) 6{d(2)}-{d(4)}",
            f"+1 503 {d(3)}-{d(4)}",  # Portland
            f"(503) {rng.randint(2, 9)}{d(2)}-{d(4)}",
        ]
        spans = {"khasi": (0, 6), "aymara": (6, 11), "gagauz": (11, 21), "palauan": (21, 28)}
        origin = self._origin_after_name()
        return rng.choice(shapes[slice(*spans[origin])] if origin else shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", f"220{rng.randint(0, 4)}",
                             "6521", "6522", "9792", "6011", "34", "37"])  # fmt: skip
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
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT103[origin] if origin else sorted(IBAN_SHAPES_HELDOUT103))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT103[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        """An address inside a home network: the router's, the NAS's, the printer's, the camera's."""
        rng = self.rng
        return rng.choice([f"192.168.{rng.choice([0, 1, 1, 8, 31, 100])}.{rng.randint(2, 254)}",
                           f"10.0.{rng.randint(0, 9)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2409:4065:{h()}:{h()}::{h()}", f"2800:cd0:{h()}:{h()}::{h()}",
                           f"2a02:2f0e:{h()}:{h()}::{h()}", f"2a00:1fa0:{h()}:{h()}::{h()}",
                           f"2604:5500:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the router's page, the NAS, the printer, the doorbell camera, the
        smart TV, a sign-in alert, the home server's public address and this set's pastes; v4 and v6; `chat`
        as in `_pick_chat_or_not`."""
        rng, v4, v6, pub = self.rng, self.ipv4(), self.ipv6(), self.f().ipv4_public()
        options = [
            ("the router page is at {}, the login is on the sticker underneath", v4),
            ("the NAS shows up as {} on the network, open it in the browser", v4),
            ("grandpa's laptop got {} and now it can't see the printer", v4),
            ("the printer's address is {}, add it by hand if it doesn't show", v4),
            ("the doorbell camera is {} on the router's client list", v4),
            ("the smart TV took {} and now it fights with the NAS", v4),
            ("the sign-in alert on grandma's email says a login from {}, that's not us", rng.choice([pub, v6])),
            ("the home server's public address is {} since the router restarted", pub),
            ("her phone got a v6 address, {}, and the camera app can't connect", v6),
            ("the scam site was on {}, I reported it to the bank", pub),
            ("el router está en {}, entra con el navegador", v4),
            ("роутер раздал ноутбуку {}, а принтер не видно", v4),
            ("modemin arayüzü {} adresinde, şifresi arkasında yazıyor", v4),
            ("Host nas\n    HostName {}\n    Port 22", v4),
            ("internet_server={}\ninternet_server_port=55415", pub),
            ("ddclient[812]: SUCCESS: updating home.dyndns.org: good: IP address set to {}", pub),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("TrueNAS web interface: http://{}", v4),
            ("$ ping -c 3 {}", rng.choice([v4, pub])),
            ("$ ping -6 -c 3 {}", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Shillong', 'Laitumkhrah', 'Sohra', 'Jowai', 'Mawkhar'])}{rng.choice(['@793', '#2024', '_364', '!91'])}",
                f"{rng.choice(['ElAlto', 'Illimani', 'Titicaca', 'Achacachi', 'Senkata'])}{rng.choice(['#591', '_2025', '@16', '!4000'])}",
                f"{rng.choice(['Comrat', 'Gagauzia', 'Budjak', 'Ceadir', 'Congaz'])}{rng.choice(['_3805', '#373', '!2024', '@298'])}",
                f"{rng.choice(['Koror', 'Babeldaob', 'Ngerulmud', 'Airai', 'Dededo'])}{rng.choice(['#680', '@96940', '!2025', '_671'])}",
                rng.choice(["grandma", "printer", "netflix", "router", "photos", "doorbell"]).translate(leet) + rng.choice(["", "!", "_103", "2024"]),
                f"{rng.choice(['Family', 'Home', 'Photos', 'Granny'])}-{w()}-{rng.randint(1, 999)}",
                "-".join(w() for _ in range(4)),
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        options = [
            # passwords and codes as a family hands them over
            ("the wifi password is on the sticker at the back of the router, {}", pw),
            ("grandma wrote the wifi password on the fridge calendar, {}", pw),
            ("the router admin password is {} now, I changed it from admin", pw),
            ("her google backup codes start with {}, the sheet is in the drawer with the passports", f"{d(4)} {d(4)}"),
            ("the microsoft recovery code is {}, keep it in the laptop box", "-".join(tok(5, upper) for _ in range(5))),
            ("the app password for grandpa's mail on the tablet is {}", " ".join(tok(4, string.ascii_lowercase) for _ in range(4))),
            ("the netflix password is {}, don't change it or the whole family gets logged out", pw),
            ("the disney plus login is my email and the password {}", pw),
            ("the code for the remote session was {}, she read it out to the man on the phone", tok(6, upper)),
            ("the anydesk unattended password on grandpa's pc is {}", pw),
            ("chrome remote desktop gave me the access code {}, read it back to me", f"{d(4)} {d(4)} {d(4)}"),
            ("the bank's SMS code was {}, tell me you didn't give it to the caller", d(6)),
            ("the master password for the family KeePassXC is {}, it's in the sealed envelope", "-".join(self.f().word() for _ in range(4))),
            ("the printer's wi-fi direct password is {}, it's on the setup page it printed", pw),
            ("the WPS PIN the printer shows is {}", d(8)),
            ("the doorbell app password is {}, grandpa has it on a post-it", pw),
            ("the NAS admin password is {}, write it in the family notebook", pw),
            ("the Hyper Backup encryption password is {}, without it the photos are gone", pw),
            ("the screen lock pin on grandma's phone is {}, she keeps forgetting it", d(rng.choice([4, 6]))),
            ("the school laptop password for the kid is {}", pw),
            ("teamviewer says the password is {}, quick before it changes", tok(6, string.ascii_lowercase + string.digits)),
            # cues in the set's languages
            ("la clave del wifi es {}, no se la pases a los vecinos", pw),
            ("la contraseña del Netflix es {}, no la cambies", pw),
            ("password jong ka wifi ka long {}, wat ai ia kiwei", pw),
            ("пароль от вайфая {}, никому не говори", pw),
            ("код из смс {}, никому его не называй", d(6)),
            ("modemin şifresi {}, kimseye söyleme", pw),
            ("parola de la wifi e {}, nu o da la nimeni", pw),
            ("the wifi password is {}, don't give it to the neighbors ah", pw),
            # commands
            ("$ echo '{}' | sudo anydesk --set-password", colonless),
            ("$ nmcli dev wifi connect HomeNet_5G password {}", colonless),
            ("$ curl -H 'Authorization: Bearer {}' http://truenas.local/api/v2.0/pool", f"{rng.randint(1, 9)}-{tok(64, alnum)}"),
            ("$ export DUPLICACY_PASSWORD={}", colonless),
            # pastes
            ("# /etc/ddclient.conf\nprotocol=dyndns2\nuse=web\npassword='{}'", colonless),
            ("internet_authkey={}", tok(10, alnum)),
            ("wpa_passphrase={}", colonless),
            ("rtsp://admin:{}@doorbell.lan:554/stream1", colonless),
            ("Wireless > Security > WPA2-PSK Key: {}", pw),
            ("Your Microsoft account recovery code: {}", "-".join(tok(5, upper) for _ in range(5))),
            ("BACKUP VERIFICATION CODES\n1. {}", f"{d(4)} {d(4)}"),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: a family member's login, a gamer tag, the NAS user, a school login, in shapes like
        'iohborlang.kharkongor', 'juan_mamani', 'topal1961', 'kazuoteli', 'grandma.tellei'."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        other = self._other_last(origin, last)
        first, last, other = _plain(first), _plain(last), _plain(other)
        yy = rng.randint(10, 99)
        own = {
            "khasi": [f"{first}.{last}", f"{first}{last[:3]}{yy}", f"shillong_{first}"],
            "aymara": [f"{first}_{last}", f"{last}.{first[:1]}{other[:1]}", f"alteno_{first}{yy}"],
            "gagauz": [f"{last}{rng.randint(1940, 2012)}", f"{first}_{last}", f"gagauz_{first}"],
            "palauan": [f"{first}{last[:4]}", f"{last}_{yy}", f"koror_{first}"],
        }[origin]
        return rng.choice(
            [f"grandma.{last}", f"{last}-family", f"{first}{yy}", f"{first[:1]}{last}", *own, *own]
        )

    def _birth(self, oldest: int, youngest: int) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1936, youngest: int = 2016) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "in": f"{day:02d}/{m:02d}/{y}",
            "in_dash": f"{day:02d}-{m:02d}-{y}",
            "in_words": f"{_ordinal(day)} {EN_MONTHS_HELDOUT103[m - 1]} {y}",
            "kha": f"{day} {KHASI_MONTHS_HELDOUT103[m - 1]}, {y}",
            "bo": f"{day:02d}/{m:02d}/{y}",
            "es": f"{day} de {ES_MONTHS_HELDOUT103[m - 1]} de {y}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RU_MONTHS_HELDOUT103[m - 1]} {y} г.",
            "tr": f"{day} {TR_MONTHS_HELDOUT103[m - 1]} {y}",
            "ro": f"{day} {RO_MONTHS_HELDOUT103[m - 1]} {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "us_words": f"{EN_MONTHS_HELDOUT103[m - 1]} {day}, {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"khasi": ["in", "in_dash"], "aymara": ["bo"], "gagauz": ["ru"], "palauan": ["us"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["in", "bo", "ru", "us", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a grandparent's, a parent's or a school child's, with a birth
        cue in the date's own language, on a form or in a paste; `chat` as in `ip_sample`."""
        old, adult, kid = (
            self._dob_shapes(1936, 1962),
            self._dob_shapes(1965, 1998),
            self._dob_shapes(2009, 2018),
        )
        options = [
            ("the school laptop form wants her date of birth, {}", kid["in"]),
            ("grandma's date of birth for the account recovery is {}", old["us_words"]),
            ("grandpa was born on {} and that's also his PIN, don't tell him I said", old["in_words"]),
            ("the google account says a child must be 13, his DOB is {}", kid["us"]),
            ("mi abuela nació el {}, lo pide la recuperación de la cuenta", old["es"]),
            ("бабушка родилась {}, это нужно для восстановления почты", old["ru_words"]),
            ("dedemin doğum tarihi {}, e-Devlet için lazım", old["tr"]),
            ("mama's birthday for the bank app is {}", adult["in_dash"]),
            ("the Palau passport says he was born {}", old["us_words"]),
            ("Date of Birth: {}", adult["us"]),
            ("DOB (DD/MM/YYYY): {}", old["in"]),
            ("Sngi kha: {}", old["kha"]),
            ("Fecha de nacimiento: {}", old["bo"]),
            ("Дата рождения: {}", old["ru"]),
            ("Doğum tarihi: {}", adult["ru"]),
            ("Data nașterii: {}", old["ro"]),
            ('    "birthdate": "{}",', kid["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT103_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} called again, the printer says offline but it's right next to the router",
        "can you ask {} if she changed the wifi password, grandma's tablet won't connect",
        "{} clicked the link in that fake bank email, I'm changing all her passwords tonight",
        "{} got a call from 'Microsoft' saying his computer has a virus, he almost read them the code",
        "I spent the whole Sunday at {}'s fixing the laptop, it had 14 toolbars",
        "{} wants to know why the TV asks who's watching every time",
        "{} is locked out of her email, the recovery phone is her old number",
        "{} bought a new router and now the doorbell camera is offline",
        "{} set up the NAS in the cupboard, all the family photos back up there now",
        "{} shared the Netflix with the whole family and now it says too many screens",
        "{} keeps unplugging the router at night to save electricity",
        "{} printed 40 copies of the same page, the queue is stuck",
        "{} needs help with the video call to the cousins on Sunday",
        "{} got a new laptop for school, I'm setting up the parental controls",
        "my nephew {} fixed the home server but nobody knows the admin login now",
        "{} thinks the cloud is a place in the sky where her photos live",
        "{} answered a scam call and read out the code from the SMS",
        "{} is the only one who knows the master password of the family password manager",
        "{} put a sticker with the PIN on the back of the phone, classic",
        "{} asked me to install WhatsApp on his old phone again",
        "{} says the smart TV updated itself and now the remote doesn't work",
        "{} changed the doorbell chime to a Christmas song and can't undo it",
        "{}'s phone backup is full, 15 GB of forwarded good morning pictures",
        "who is {}? she's in the family group and keeps sending chain messages",
        "{} was on the neighbour's wifi by mistake for a whole month",
        "{} let the remote-desktop guy in, we have to wipe the laptop",
        "{} forgot the PIN of the new phone and now it's locked for an hour",
        "{} will bring the old laptop to the repair shop tomorrow",
        "I'll help {} move the photos from the old phone to the new one",
        "{} and {} share one email account, that's why the recovery codes went missing",
        "{} fixed grandpa's printer by turning it off and on",
        "{} got a laptop from the school and doesn't know the login",
        "{} in Laitumkhrah can't get the broadband to work since the rain",
        "{} from Jowai wants the hymn app on the smart TV",
        "{} in Sohra says the wifi dies every time it rains, which is always",
        "{} teaches at the school in Mawkhar and needs the projector working",
        "{} set up the church's livestream in Jaiaw with an old phone",
        "{} sells at the Feria 16 de Julio and wants QR payments on her phone",
        "{} in El Alto bought a smart TV at the Uyustus market",
        "{} from Achacachi only gets signal on the hill behind the school",
        "{} is in Madrid and video-calls the family in El Alto every Sunday",
        "{} wants the teleférico card app on his phone",
        "la {} no puede entrar a su correo, dice que le pide un código",
        "el {} cambió la clave del wifi y no se acuerda",
        "{} dice que la tele ya no agarra Netflix",
        "{} in Moscow can't log into Gosuslugi, the SMS goes to his old number",
        "{} from Ceadîr-Lunga wants the Turkish channels on the new smart TV",
        "{} in Vulcănești asks how to send the photos to the family in Istanbul",
        "{} works in Istanbul and set up a camera to watch the house in Comrat",
        "{} опять забыл пароль от почты",
        "{} просит настроить ей телевизор",
        "{} не может зайти в Одноклассники с нового телефона",
        "{} modemin şifresini değiştirmiş, kimse bilmiyor",
        "{} in Koror says the PNCC internet is slow again",
        "{} in Airai needs the wifi fixed before the kids come home",
        "{} moved to Portland and wants to watch the Palau news online",
        "{} in Dededo set up the doorbell camera for her mom",
        "{} from Melekeok got a new iPad and can't remember the Apple ID password",
        "my neighbour Kong {} asked me to set up the printer at her office in Police Bazar",
        "Bah {} wants the cricket on the smart TV before the match",
        "ask Kong {} if the new phone came with a charger",
        "tell Bah {} the router lights should be green, not orange",
        "Doña {} forgot the PIN of her QR payments app again",
        "Don {} forgot the password of his Facebook again",
        "the jilaqata {} needs an email address for the municipality's forms",
        "Mama {} wants the photos of the fiesta on the TV",
        "Tata {} asked who set up the wifi at the community hall",
        "дядя {} опять нажал на ссылку в СМС",
        "{} hanım can't get the photos from her phone onto the computer",
        "{} bey wants the Moldovan channels on the TV in Istanbul",
        "domnul {} from the town hall in Comrat wants the printer fixed",
        "doamna {} asked for the school laptop's password",
        "Mechas {} needs help with her Facebook",
        "Uncle {} set the doorbell to ring on every phone in the house",
        "Account holder: {}",
        "Device owner: {}",
        "Name on the ticket: {}",
        "Customer: {}",
        "Registered user: {}",
        "Student: {}",
        "Emergency contact: {}",
        "Recovery contact: {}",
        "Last name, First name, MI: {}",
        "Nombre: {}",
        "Apellidos y nombres: {}",
        "Titular de la cuenta: {}",
        "ФИО: {}",
        "Владелец: {}",
        "Numele, prenumele: {}",
        "Ad Soyad: {}",
        "Kyrteng: {}",
        "| TKT-2231 | {} | printer offline |",
        '"owner": "{}",',
        "display_name: {}",
    ],
    "STREET_ADDRESS": [
        "the new router has to be delivered to {}",
        "grandma's address for the broadband is {}",
        "I'm at {} fixing the printer, come by",
        "send the replacement remote to {}",
        "the technician is coming to {} between 2 and 5",
        "the doorbell camera is registered to {}",
        "Address: {}",
        "Installation address: {}",
        "Dirección: {}",
        "Адрес: {}",
        "Adresa: {}",
        "Adres: {}",
        '"address": "{}",',
        "Service address: {}",
    ],
    "EMAIL_ADDRESS": [
        "her recovery email is {}, but she never checks it",
        "send the photos to {}",
        "grandpa's email is {}, write it down somewhere",
        "the Netflix account is on {}",
        "the NAS sends its alerts to {}",
        "the family password manager account is {}",
        "Email: {}",
        "Correo: {}",
        "Эл. почта: {}",
        "E-posta: {}",
        "Recovery email: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "the recovery number on grandma's account is still {}",
        "call grandpa on {}, he won't answer the video call",
        "the router technician's number is {}",
        "text me on {} when the TV works",
        "the scammer called from {}, block it on her phone",
        "Phone: {}",
        "Celular: {}",
        "Тел.: {}",
        "Telefon: {}",
        "Mobile: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "grandpa pays the Netflix with {}",
        "the new laptop went on {}",
        "the printer ink subscription charges {}",
        "the cloud storage plan is charged to {}",
        "the scammer asked for her card number and she gave them {}",
        "Card: {}",
        "Tarjeta: {}",
        "Номер карты: {}",
        "Kart numarası: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send the money for the router to {}",
        "my brother in Madrid pays grandma's internet from {}",
        "the internet bill in Comrat is paid from {}",
        "pay the laptop instalments to {}",
        "IBAN: {}",
        "IBAN del beneficiario: {}",
        "IBAN получателя: {}",
        "Alıcı IBAN: {}",
        "Cont IBAN: {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "grandma's login on the tablet is {}",
        "my gamer tag is {}, add me",
        "the NAS user for the photos is {}",
        "the kid's school login is {}",
        "on instagram I'm {}",
        "the family password manager username is {}",
        "grandpa's skype name is {}, he still uses it",
        "Login: {}",
        "Usuario: {}",
        "Логин: {}",
        "Kullanıcı adı: {}",
        "Username: {}",
        "user = {}",
    ],
}
HELDOUT103_MIXED = [
    ("Account holder: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("Customer: {}\nInstallation address: {}\nPhone: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("ФИО: {}\nДата рождения: {}\nАдрес: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Nombre: {}, fecha de nacimiento {}, celular {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Student: {}\nSchool login: {}", ["PERSON", "USERNAME"]),
    ("{} paid for the new router with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} pays the streaming with {}, the receipts go to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("login={}\npassword={}", ["USERNAME", "SECRET"]),
    ("the NAS is at {} and the admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("grandpa's login is {} and the password {}", ["USERNAME", "SECRET"]),
    ("Ad Soyad: {}\nDoğum tarihi: {}\nAdres: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} is moving to {}, the router goes with her", ["PERSON", "STREET_ADDRESS"]),
    ("send the money for the laptop to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("{} ({}) is the family admin of the password manager", ["PERSON", "EMAIL_ADDRESS"]),
    ("the scammer got {}, the bank refunds to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("Kyrteng: {}\nPhone: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Emergency contact: {}, {}", ["PERSON", "PHONE_NUMBER"]),
    ("the doorbell camera at {} shows up as {} on the router page", ["STREET_ADDRESS", "IP_ADDRESS"]),
    ("Registered user: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} wants the Netflix moved to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Numele, prenumele: {}\nData nașterii: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("the technician for {} is booked at {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} sends the money for grandma's phone from {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT103_NEGATIVES = [
    "the printer says error E-04, paper jam, but there's no paper in it",
    "it's an HP DeskJet 2710e, the one that wants the HP+ subscription",
    "error 0x80070005 when the update runs, access denied",
    "the router is a TP-Link Archer C6, firmware 1.3.2 Build 20230425",
    "Settings > Wi-Fi > Forget This Network, then join again",
    "on the TV it's Settings > Support > Self Diagnosis > Reset Smart Hub",
    "port 5000 is the NAS web page and 5001 the https one",
    "port 3389 is remote desktop, never open it to the internet",
    "the Netflix Standard with ads plan is the cheapest one",
    "Disney+ Premium allows four screens at once",
    "Google One 100 GB is enough for grandma's photos",
    "the phone says iCloud storage full, 5 GB is the free plan",
    "DS224+ with two 4 TB drives in SHR-1",
    "RAID 1 is not a backup, keep a copy at another house",
    "TrueNAS SCALE 24.10 changed the apps again",
    "UrBackup backs up the laptops every night at 2",
    "KeePassXC 2.7 opens the family database without trouble",
    "AnyDesk asks before anyone can control the screen",
    "Quick Assist is built into Windows 11, no download needed",
    "Microsoft never calls you about a virus, hang up",
    "no bank ever asks for the code from the SMS",
    "the caller ID said Bank Security, that's spoofing",
    "the doorbell is the battery model, it needs charging every two months",
    "the camera records 1080p at 15 fps to the SD card",
    "the Wi-Fi name is on the sticker under the router, next to the serial number",
    "2.4 GHz for the doorbell, 5 GHz for the TV",
    "WPA2-Personal with AES, not TKIP",
    "the ONT light is red, LOS means the fibre is cut",
    "the remote needs two AAA batteries",
    "Shillong is the capital of Meghalaya",
    "Jowai is the main town of the Jaintia Hills",
    "Cherrapunji is also called Sohra and it rains there most of the year",
    "Kong and Bah are how the Khasi say Ms and Mr",
    "in a Khasi family the clan name comes from the mother",
    "kur means clan in Khasi, and marrying inside your kur is not done",
    "Kyrteng means name in Khasi",
    "khublei shibun!",
    "El Alto sits above La Paz at about 4000 metres",
    "the red line of the teleférico goes down from El Alto to the old station",
    "the Feria 16 de Julio is on Thursdays and Sundays",
    "the jilaqata leads an Aymara community for one year",
    "Doña and Don go before the given name in Bolivia",
    "in Bolivia you carry your father's surname first, then your mother's",
    "jallalla!",
    "yuspajara, tata",
    "Entel and Tigo both sell home internet in El Alto",
    "Comrat is the capital of Gagauzia in the south of Moldova",
    "Ceadîr-Lunga and Vulcănești are the other two towns of Gagauzia",
    "Gagauz is a Turkic language written in Latin letters",
    "a Gagauz family name in -oglu means son of",
    "hanım and bey go after the given name in Turkish",
    "sağol, kardaş!",
    "спасибо, всё заработало!",
    "теперь телевизор показывает турецкие каналы",
    "modemin ışığı kırmızı yanıyor",
    "e-Devlet şifresi PTT'den alınıyor",
    "Koror is the biggest town in Palau",
    "the capitol is at Ngerulmud in Melekeok",
    "PNCC sells the internet and the phones in Palau",
    "rubak means an old man, a chief, in Palauan",
    "sulang!",
    "the flight from Koror to Guam is under two hours",
    "Portland and Salem have big Palauan communities",
    "Guam's area code is 671 and Palau's country code is 680",
    "the manual's pictures use 192.0.2.1 for the router",
    "2001:db8::103 is a documentation address",
    "198.51.100.7 is the example address in the NAS guide",
    "card 4111 1111 1111 1111 is the test card",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN",
    "the tutorial says someone@example.com, not a real address",
    "password: ********",
    "WIFI_PASSWORD=changeme",
    "the default camera login is in the manual, change it on day one",
    "each recovery code works only once",
    "a passkey is safer than a password for grandma",
    "firmware v2.1.4 fixed the doorbell's night vision",
    "iOS 18.1 moved the backup settings again",
    "Android 14 with One UI 6.1",
    "the laptop is a Lenovo IdeaPad 3 15ALC6",
    "the school Chromebook is a C340-11",
    "did you try turning it off and on again?",
    "finally, the printer printed!",
    "the photos are backed up, all 38,412 of them",
    "the code on the TV screen expires in 15 minutes",
    "Settings > Apps > Netflix > Clear cache",
    "the streaming app says error NW-2-5, check the connection",
]  # fmt: skip


def _typo103(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a tech word's well-known misspelling ('laptop' -> 'labtop', 'router' ->
    'rooter', 'password' -> 'pasword', 'Netflix' -> 'Netflex'), or chat shorthand ('grandma' -> 'gma',
    'password' -> 'pw', 'computer' -> 'pc'). Only in sentences typed to the bot or a friend; a title next to
    a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT103.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT103[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT103.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT103[m.group(1)] + template[m.end() :]


def build_heldout103(seed: int = HELDOUT103_SEED) -> list[Example]:
    """Held-out set 103: `Gen103` values in `HELDOUT103_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen103.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen103(seed)
    examples = assemble_module_set(
        gen, HELDOUT103_TEMPLATES, HELDOUT103_MIXED, HELDOUT103_NEGATIVES, _typo103, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
