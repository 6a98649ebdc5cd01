"""Held-out PII set 105 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout105": written by a separate author who did not change recognizers, never saw Kaizen's misses on it
and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT105 is empty, as for the sets
before it; written at the same time as held-out 106 by another author). The theme is matchmaking, dating and
getting engaged as families and friends talk about it: the dating app's profile and its login, the
matchmaker or the svakha and her fee, the biodata passed between families, the first video call with the
other family, the engagement party and the ring bought on instalments, the bride-price talk, the horoscope
matching and the family background check, the romance scam that asked for money, the blocked account and the
report to the app, and the wedding date the elders set. The peoples were chosen after grepping the earlier
sets' docstrings: none of the four is a main people of held-out 27 to 104 (Limbu came up in held-out 56 only
as a Gurkha family name; Lepcha and Limbu names were two lists among dozens in held-out 15, I-Kiribati and
Ossetian ones in held-out 10 and Garifuna ones in held-out 13, never a set's own people), so no neighbour had
to take a place; WordPress, Jitsi, Immich and Directus had been pasted by earlier sets, so Craft CMS, OpenVidu
and Twenty take their places. Hand-written lists of four peoples: the Lepcha and Limbu of Sikkim and
Darjeeling (Gangtok, Kalimpong, Dzongu, Namchi; the biodata, the lama's or the pandit's horoscope matching,
the bongthing, Namsoong and Losoong, tongba; Tibetan-Buddhist given names ('Sonam', 'Dawa', 'Pemkit',
'Dichen', 'Yangchen') and Nepali ones ('Bikash', 'Manmaya', 'Samjhana'), two Buddhist given names together
('Karma Tshering Lepcha', 'Pema Choden Subba'), Lepcha family names ('Lepcha', 'Namchu', 'Rongkup',
'Simick', 'Tamsang'), 'Subba' and the Limbu clans ('Yakthumba', 'Limboo', 'Tumbahangphe', 'Angbo',
'Chemjong'), an Indian list's initials ('K.T. Lepcha', 'P. Subba'), the family name first on a form ('LEPCHA
Pemkit', 'Subba, Manmaya'), short forms ('Sonu', 'Yangu', 'Tenz') and 'Ama' and 'Apa' before and 'didi' and
'dai' after a given name, outside the span); the Ossetians of Vladikavkaz and Tskhinvali and Ossetians in
Moscow (the svakha, the kuvd, the three pies, the tamada, Mamba; given names ('Alan', 'Soslan', 'Zaurbek',
'Fatima', 'Madina', 'Zarina', 'Agunda', 'Dzerassa'), family names in -ov and -ev with a woman's -a
('Tsallagov', 'Bestaeva', 'Dzugaeva') and their old form in -ty, the same for a woman ('Kokoity', 'Zarina
Gagloity'), the patronymic ('Soslan Kazbekovich Tsallagov', a Russian form's 'Tsallagov Soslan
Kazbekovich', 'Fatima Taimurazovna', 'Tsallagov S. K.'), Cyrillic ('Зарина Алановна Бестаева', 'Б. И.
Хубаев'), diminutives ('Zaur', 'Zhora', 'Sveta') and 'тётя' and 'дядя' before a given name in Cyrillic,
outside the span); the Garifuna of Dangriga, Punta Gorda and La Ceiba and of the Bronx and Los Angeles
(Settlement Day, hudut, punta rock, the pedida de mano in Sambo Creek, Western Union; English given names
('Kareem', 'Sherwin', 'Shanice', 'Keisha') and Spanish ones ('José', 'Wilmer', 'Marisol', 'Dilcia'), two
Spanish given names ('José Francisco Guity'), Garifuna family names ('Castillo', 'Arzu', 'Nolberto',
'Lambey', 'Sabio', 'Guity', 'Cayetano'), a Honduran's two family names ('Marisol Arzu Guity') and a
Honduran registry's accents ('Dilcia Zúñiga', 'Wilmer Martínez'), the name typed without them in Belize
and New York ('Jose Arzu'), the family names first ('ARZU GUITY, Marisol', 'Castillo, Sheena'), initials
('S. Castillo'), nicknames ('Chepe', 'Lupe', 'Reem') and 'Miss' and Kriol 'Tanti', 'Doña' and 'Don' before a
given name, outside the span; Kriol ('weh di go aan wid ...', 'noh tell nobody') and Garifuna ('seremein',
'buiti binafi') in the chat); and the I-Kiribati of South Tarawa, Betio and Abemama and of their families in
Auckland and Fiji (the maneaba, the elders, the seafarer on a German ship, the Pacific Access Category;
given names ('Teburoro', 'Tebano', 'Taatoa', 'Baraniko', 'Meeri', 'Teretia', 'Rutiana'), the father's given
name as the surname ('Meeri Teburoro', 'Tebano Kaitu'), the surname first on a New Zealand or Fijian form
('TEBURORO, Meeri'), initials ('M. Teburoro'), short forms ('Niko', 'Kata') and 'Unimwane' (an elder), 'Nei'
(Ms) and 'Te' (before a man's name in the old way) before the name, outside the span; 'mauri' and 'ko
rabwa' in the chat); no public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT105). Every one of those
name forms, and names with a typo ('Lepcah', 'Tumbahangfe', 'Dzasohkov', 'Cayetanno', 'Teawia'), is
forced into the build at least once so it does not hang on the seed (any form the draws have not reached by
the end comes in a sentence of its own), and each people also gets a titled name, a name in capitals on a
form and one in lower case in chat, whatever the seed; the address, the phone, the e-mail, the IBAN or the
date of birth after a name mostly comes from that name's region. Names on a biodata's, a marriage
registration's, a report's and a wedding planner's papers in English ('Name of the bride:', 'Name of the
groom:', 'Biodata, name:', 'Applicant (marriage registration):', 'Reported user's real name (if known):',
'Matchmaker:', 'Witness:', 'Surname, given names:', a planner's table '| 14 Nov | ... | engagement |', an
RSVP list's '- guest:'), Russian ('ФИО:', 'Жених:', 'Невеста:') and Spanish ('Nombre completo:', 'Apellidos
y nombres:'); fees, prices, instalments, horoscope signs and gunas, clan names explained, festival and
ceremony names and place names alone no PII; self-hosted apps' config no earlier set pasted: Craft CMS's
.env ('CRAFT_DB_PASSWORD', 'CRAFT_SECURITY_KEY', 'CRAFT_DB_SERVER') and its users/set-password command for
the shared wedding website, OpenVidu's .env ('OPENVIDU_SECRET', 'DOMAIN_OR_PUBLIC_IP') and its REST call for
the families' first video call, and Twenty's .env ('APP_SECRET', 'PG_DATABASE_PASSWORD', 'SERVER_URL') and
its API key for the matchmaker's CRM; those regions' addresses (Gangtok's 'House No. 12, Upper Sichey,
Gangtok, Sikkim 737101', a Dzongu village's, Kalimpong's and Darjeeling's roads and wards with the PIN,
West Sikkim's villages, Vladikavkaz's, Tskhinvali's and Moscow's in Cyrillic and Latin, Dangriga's '#12
Commerce Street, Dangriga Town, Stann Creek', Punta Gorda's, La Ceiba's barrios and Sambo Creek's, the
Bronx's and Los Angeles' flats, South Tarawa's villages, Bairiki's P.O. boxes, Betio's and Abemama's
villages, Otara's and Māngere's streets and Nasinu's and Suva's lots and roads) and phones (Gangtok's '+91
3592' and '03592', Darjeeling's '+91 354', Kalimpong's '03552', Indian mobiles, Vladikavkaz's '+7 (8672)',
'8 (8672)' and '+7 867', Russian mobiles, Tskhinvali's old Georgian '+995 344' and South Ossetian '+7 929',
Moscow's '+7 (495)', Dangriga's '+501 522', Punta Gorda's '+501 722', Belizean mobiles, Honduran '+504 9'
and La Ceiba's '+504 244x', the Bronx's '+1 718' and '(347)', Los Angeles' '(323)', Kiribati's '+686',
New Zealand's '+64 2x', '02x' and Auckland's '(09)', Fiji's '+679'); Visa, Mastercard 51-55 and 2-series,
India's RuPay (60, 652, 508), Russia's Mir 2200-2204 and Amex 4-6-5 as the matchmaker's fee, the ring's
instalments, the dating app's premium, the engagement hall and the flights to Tarawa take them; IBANs of a
family member abroad (India, Russia, Belize, Honduras, the United States, Kiribati, New Zealand and Fiji have
none): the UK and the UAE for the Lepcha and Limbu, Georgia and Germany for the Ossetians, Guatemala and Spain
for the Garifuna and Germany and the UK for an I-Kiribati seafarer; IPs of the dating app's sign-in alerts,
the scammer's address in a report, the wedding website's admin page and its access log, the matchmaker's
CRM, the video call server and the photo server, v4 and v6 (a sign-in alert's and a scammer's public);
secrets handed over in ways no earlier set used (on the back of the biodata, in the horoscope notebook, the
wedding website's admin password kept from the cousins, the engagement photo album's, the video call room's,
the shared RSVP mailbox's, the password a scammer changed), the places ('Gangtok@737', 'Alania2026!',
'Yurumein1797', 'Tarawa@686'), theme words in leetspeak ('w3dd1ng', '3ng4g3d'), the jeweller's instalment
app PIN, a dating app's verification code and the bank's code a scammer asked for, a recovery code, and
cues in Nepali ('kasailai nabhannu hai'), Russian ('никому не говори'), Kriol ('noh tell nobody'),
Honduran Spanish ('no le digás a nadie') and Gilbertese thanks ('ko rabwa'); usernames as Tinder, Bumble,
Mamba and Shaadi handles, Instagram profiles, the wedding website's admin user and the CRM's logins, in
shapes like 'samjhana.kerung01', 'soslan04', 'dilcia_ceiba92', 'tinaai.kiribati'; dates of birth for the
biodata, the horoscope, the svakha's form, the dating profile, the marriage registry and the NZ visa, in
India's '14/03/1994', '14-03-1994' and '14th March 1994', a cheena's Bikram Sambat '2050 Falgun 30' and
'2050/11/30' (BS), Russian '14.03.1994' and '14 марта 1994 г.', Belize's '14/03/1994' and '14 March 1994',
Honduras' '14 de marzo de 1994', the United States' '03/14/1994' and 'March 14, 1994', New Zealand's
'14/3/1994' and a paste's ISO date, a parent's now and then, all drawn between fixed years from the set's own
rng so the set builds the same on any day; typos as people type in a hurry: a wedding word's well-known
misspelling ('engagement' -> 'engagment', 'marriage' -> 'marrige', 'jewellery' -> 'jewelery') or chat
shorthand ('video call' -> 'vc', 'boyfriend' -> 'bf', 'Los Angeles' -> 'LA'); negatives with the same
places, the titles, clans and name endings explained, festivals and ceremonies, horoscope signs, fees,
prices and instalments alone, dates that are no birthdays (an engagement's), the apps' versions,
placeholder secrets, a test card, the example IBAN, a placeholder e-mail, documentation IPs (v4 and v6) and
short everyday chat; no public figure is named as a person).

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

HELDOUT105_SEED = 1059283
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT105: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT105 = ["lepcha_limbu", "ossetian", "garifuna", "kiribati"]
# Lepcha family names of Dzongu, Kalimpong and Gangtok, and the Limbu clan names (the Limbu who write no clan
# on their papers write 'Subba')
LEPCHA_FAMILIES_HELDOUT105 = "Lepcha;Namchu;Rongkup;Simick;Tamsang;Lucksom;Foning;Karthak;Sada".split(";")
LIMBU_CLANS_HELDOUT105 = (
    "Yakthumba;Limboo;Tumbahangphe;Angbo;Chemjong;Kerung;Lingden;Phombo;Thebe;Mabo".split(";")
)
# each origin: (men's given names, women's given names, family names); ';' separates names
NAMES_HELDOUT105: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Lepcha and Limbu of Sikkim and Darjeeling: Tibetan-Buddhist given names (BUDDHIST_GIVEN_HELDOUT105) and
    # Nepali ones, Lepcha family names, 'Subba' and the Limbu clans
    "lepcha_limbu": ("Sonam;Dawa;Pemba;Karma;Tshering;Norbu;Ugen;Passang;Namgyal;Lhendup;Tenzing;Nima;Dorjee;Bikash;Prakash;Suman;Rajen;Anup".split(";"),
                     "Pemkit;Dichen;Yangchen;Choden;Pema;Diki;Doma;Ongmu;Manmaya;Bimala;Sushma;Samjhana;Asmita;Sabitri;Pabitra".split(";"),
                     [*LEPCHA_FAMILIES_HELDOUT105, "Subba", *LIMBU_CLANS_HELDOUT105]),
    # Ossetians of Vladikavkaz and Tskhinvali and Ossetians in Moscow: family names in -ov and -ev (a woman's
    # with -a, _ru_feminine), their old Ossetian form in -ty in OSSETIAN_TY_HELDOUT105
    "ossetian": ("Alan;Soslan;Zaurbek;Taimuraz;Kazbek;Aslanbek;Georgy;Batraz;Ruslan;Chermen;Inal;Artur;Vadim;Marat".split(";"),
                 "Fatima;Madina;Zarina;Alina;Diana;Zalina;Agunda;Dzerassa;Milena;Larisa;Irina;Svetlana;Bella".split(";"),
                 "Dzasokhov;Gazzaev;Tsallagov;Bestaev;Dzugaev;Kokoev;Tedeev;Kaloev;Gabaraev;Gagloev;Kulumbegov;Plaev;Dzhioev;Bagaev;Khubaev;Tuaev;Bitarov".split(";")),
    # Garifuna of Dangriga, Punta Gorda and La Ceiba and of the Bronx and Los Angeles: English given names
    # (ENGLISH_GIVEN_HELDOUT105) and Spanish ones, Garifuna family names as Belize writes them (Honduras's
    # accents in ACCENTED_HELDOUT105)
    "garifuna": ("Kareem;Dwayne;Leroy;Sherwin;Marvin;Kenrick;José;Luis;Carlos;Francisco;Elvin;Wilmer;Santiago;Ovidio".split(";"),
                 "Sheena;Shanice;Darlene;Keisha;Ruth;Marisol;Yesenia;Felicita;Guadalupe;Dolores;Gloria;Karla;Dilcia;Ana".split(";"),
                 "Castillo;Martinez;Arzu;Nolberto;Lambey;Sabio;Flores;Guity;Cayetano;Palacio;Nunez;Ramos;Zuniga;Bernardez;Suazo;Norales;Lino;Alvarez;Mejia;Velasquez".split(";")),
    # I-Kiribati of South Tarawa, Betio and Abemama and of their families in Auckland and Fiji: the father's
    # given name is the child's surname, so the family names are the men's given names
    "kiribati": ("Teburoro;Tebano;Teweia;Taatoa;Kaitu;Tabai;Ioane;Rakentai;Baraniko;Teaiwa;Tekeraoi;Tiaon;Kautu;Tioti;Karotu;Beneteta".split(";"),
                 "Meeri;Teretia;Rutiana;Tabita;Marita;Katarina;Tinaai;Taoaba;Kaotia;Tiare".split(";"),
                 "Teburoro;Tebano;Teweia;Taatoa;Kaitu;Tabai;Ioane;Rakentai;Baraniko;Teaiwa;Tekeraoi;Tiaon;Kautu;Tioti;Karotu;Beneteta".split(";")),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs)
PUBLIC_FIGURES_HELDOUT105 = {
    "Dawa Lepcha", "Sonam Tshering Lepcha", "Alan Gagloev", "Carlos Flores", "Francisco Flores", "Carlos Castillo",
    "Teretia Teaiwa", "Katarina Teaiwa",
}  # fmt: skip
# the Lepcha and Limbu given names that are Tibetan-Buddhist (the others are Nepali), and the ones a double
# given name ('Karma Tshering', 'Pema Choden') puts second
BUDDHIST_GIVEN_HELDOUT105 = {
    "Sonam", "Dawa", "Pemba", "Karma", "Tshering", "Norbu", "Ugen", "Passang", "Namgyal", "Lhendup", "Tenzing",
    "Nima", "Dorjee", "Pemkit", "Dichen", "Yangchen", "Choden", "Pema", "Diki", "Doma", "Ongmu",
}  # fmt: skip
# the short forms a Lepcha or Limbu given name takes among friends
LEPCHA_NICK_HELDOUT105 = {
    "Tenzing": "Tenz", "Sonam": "Sonu", "Namgyal": "Namu", "Lhendup": "Lhen", "Samjhana": "Samju",
    "Yangchen": "Yangu", "Pemkit": "Pemu", "Dichen": "Dichu",
}  # fmt: skip
# an Ossetian father's given name and the patronymic it gives a son and a daughter, in Latin and Cyrillic
PATRONYMICS_HELDOUT105 = {
    "Alan": ("Alanovich", "Alanovna", "Аланович", "Алановна"),
    "Soslan": ("Soslanovich", "Soslanovna", "Сосланович", "Сослановна"),
    "Zaurbek": ("Zaurbekovich", "Zaurbekovna", "Заурбекович", "Заурбековна"),
    "Taimuraz": ("Taimurazovich", "Taimurazovna", "Таймуразович", "Таймуразовна"),
    "Kazbek": ("Kazbekovich", "Kazbekovna", "Казбекович", "Казбековна"),
    "Aslanbek": ("Aslanbekovich", "Aslanbekovna", "Асланбекович", "Асланбековна"),
    "Georgy": ("Georgievich", "Georgievna", "Георгиевич", "Георгиевна"),
    "Batraz": ("Batrazovich", "Batrazovna", "Батразович", "Батразовна"),
    "Ruslan": ("Ruslanovich", "Ruslanovna", "Русланович", "Руслановна"),
    "Chermen": ("Chermenovich", "Chermenovna", "Черменович", "Черменовна"),
    "Inal": ("Inalovich", "Inalovna", "Иналович", "Иналовна"),
    "Marat": ("Maratovich", "Maratovna", "Маратович", "Маратовна"),
}
# the old Ossetian form of some family names, in -ty, the same for a man and a woman ('Zarina Kokoity')
OSSETIAN_TY_HELDOUT105 = {
    "Kokoev": "Kokoity", "Gagloev": "Gagloity", "Dzugaev": "Dzugaty", "Gazzaev": "Gazzaty", "Kaloev": "Kaloity",
}  # fmt: skip
# the Ossetian names in Cyrillic, as a Russian passport, a svakha's list or a chat in Vladikavkaz writes them
CYRILLIC_HELDOUT105 = {
    "Alan": "Алан", "Soslan": "Сослан", "Zaurbek": "Заурбек", "Taimuraz": "Таймураз", "Kazbek": "Казбек",
    "Aslanbek": "Асланбек", "Georgy": "Георгий", "Batraz": "Батраз", "Ruslan": "Руслан", "Chermen": "Чермен",
    "Inal": "Инал", "Artur": "Артур", "Vadim": "Вадим", "Marat": "Марат", "Fatima": "Фатима", "Madina": "Мадина",
    "Zarina": "Зарина", "Alina": "Алина", "Diana": "Диана", "Zalina": "Залина", "Agunda": "Агунда",
    "Dzerassa": "Дзерасса", "Milena": "Милена", "Larisa": "Лариса", "Irina": "Ирина", "Svetlana": "Светлана",
    "Bella": "Белла", "Dzasokhov": "Дзасохов", "Gazzaev": "Газзаев", "Tsallagov": "Цаллагов", "Bestaev": "Бестаев",
    "Dzugaev": "Дзугаев", "Kokoev": "Кокоев", "Tedeev": "Тедеев", "Kaloev": "Калоев", "Gabaraev": "Габараев",
    "Gagloev": "Гаглоев", "Kulumbegov": "Кулумбегов", "Plaev": "Плаев", "Dzhioev": "Джиоев", "Bagaev": "Багаев",
    "Khubaev": "Хубаев", "Tuaev": "Туаев", "Bitarov": "Битаров", "Kokoity": "Кокойты", "Gagloity": "Гаглойты",
    "Dzugaty": "Дзугаты", "Gazzaty": "Газзаты", "Kaloity": "Калойты",
}  # fmt: skip
# the Russian diminutive family and friends use
OSSETIAN_DIM_HELDOUT105 = {
    "Zaurbek": "Zaur", "Georgy": "Zhora", "Ruslan": "Rusik", "Taimuraz": "Tamik", "Aslanbek": "Aslan",
    "Zarina": "Zara", "Svetlana": "Sveta", "Larisa": "Lara", "Irina": "Ira", "Alina": "Alya", "Fatima": "Fatya",
}  # fmt: skip
# the Garifuna given names that are English (the others are Spanish)
ENGLISH_GIVEN_HELDOUT105 = {
    "Kareem", "Dwayne", "Leroy", "Sherwin", "Marvin", "Kenrick", "Sheena", "Shanice", "Darlene", "Keisha", "Ruth",
}  # fmt: skip
# a Garifuna family name with the accent a Honduran registry writes
ACCENTED_HELDOUT105 = {
    "Martinez": "Martínez", "Nunez": "Núñez", "Zuniga": "Zúñiga", "Bernardez": "Bernárdez", "Alvarez": "Álvarez",
    "Mejia": "Mejía", "Velasquez": "Velásquez",
}  # fmt: skip
# the nicknames a Garifuna given name takes in Belize, Honduras and New York
GARIFUNA_NICK_HELDOUT105 = {
    "José": "Chepe", "Francisco": "Chico", "Luis": "Lucho", "Guadalupe": "Lupe", "Dolores": "Lola", "Wilmer": "Wil",
    "Kareem": "Reem", "Dwayne": "Dee", "Marisol": "Mari", "Yesenia": "Yesi", "Santiago": "Santi", "Felicita": "Feli",
}  # fmt: skip
# the short forms an I-Kiribati given name takes
KIRIBATI_NICK_HELDOUT105 = {
    "Baraniko": "Niko", "Katarina": "Kata", "Tabita": "Bita", "Rutiana": "Ruti", "Beneteta": "Bene", "Tioti": "Tio",
    "Rakentai": "Raken",
}  # fmt: skip
NICKS_HELDOUT105 = {
    "lepcha_limbu": LEPCHA_NICK_HELDOUT105,
    "ossetian": OSSETIAN_DIM_HELDOUT105,
    "garifuna": GARIFUNA_NICK_HELDOUT105,
    "kiribati": KIRIBATI_NICK_HELDOUT105,
}
# a family name with a typo as a hurried hand types it (an I-Kiribati surname is a man's given name)
NAME_TYPOS_HELDOUT105 = {
    "Tumbahangphe": "Tumbahangfe", "Yakthumba": "Yakthuma", "Lepcha": "Lepcah", "Lucksom": "Luksom",
    "Chemjong": "Chemjung", "Tamsang": "Tamsnag", "Dzasokhov": "Dzasohkov", "Tsallagov": "Tsalagov",
    "Gazzaev": "Gazaev", "Kulumbegov": "Kulumbgov", "Dzhioev": "Dzhoiev", "Gabaraev": "Gabarev",
    "Cayetano": "Cayetanno", "Nolberto": "Nolbert", "Lambey": "Lamby", "Bernardez": "Bernandez",
    "Norales": "Norrales", "Guity": "Guitty", "Castillo": "Castilo", "Taatoa": "Tatoa", "Teaiwa": "Teawia",
    "Tekeraoi": "Tekaraoi", "Baraniko": "Baranko", "Rakentai": "Rakentia", "Beneteta": "Benetta",
}  # fmt: skip
# a title or a kin word next to the name (outside the span): the origin, whether a woman (None: either), the
# part of the name it goes with ('full' or 'given') and whether it stands after the name
TITLED_HELDOUT105: dict[str, tuple[str, bool | None, str, bool]] = {
    "ama": ("lepcha_limbu", True, "given", False),  # 'mother', an older woman
    "apa": ("lepcha_limbu", False, "given", False),  # 'father', an older man
    "didi": ("lepcha_limbu", True, "given", True),  # Nepali 'elder sister', after her given name
    "dai": ("lepcha_limbu", False, "given", True),  # Nepali 'elder brother', after his given name
    "тётя": ("ossetian", True, "given", False),  # 'aunt', as the family in Moscow says it
    "дядя": ("ossetian", False, "given", False),  # 'uncle'
    "miss": ("garifuna", True, "given", False),  # Belize's 'Miss' before an older woman's given name
    "tanti": ("garifuna", True, "given", False),  # Kriol 'aunt'
    "doña": ("garifuna", True, "given", False),  # in La Ceiba
    "don": ("garifuna", False, "given", False),
    "unimwane": ("kiribati", False, "full", False),  # an elder, who speaks for the family in the maneaba
    "nei": ("kiribati", True, "given", False),  # before a woman's name, 'Ms'
    "te": ("kiribati", False, "given", False),  # before a man's name in the old way
}
TITLE_SLOT_HELDOUT105 = re.compile(
    r"(?<![\w'.-])(ama|apa|тётя|дядя|miss|tanti|doña|don|unimwane|nei|te) \{\}|\{\} (didi|dai)(?![\w'])",
    re.IGNORECASE,
)
# the titles written in Cyrillic, whose names come in Cyrillic too
CYRILLIC_TITLES_HELDOUT105 = {"тётя", "дядя"}
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT105
FORCED_FORMS_HELDOUT105 = [
    ("lepcha_limbu", "lepcha_family"), ("ossetian", "patronymic"), ("garifuna", "two_surnames"), ("kiribati", "fathers_name"),
    ("lepcha_limbu", "limbu_clan"), ("ossetian", "fio"), ("garifuna", "accented"), ("kiribati", "surname_first"),
    ("lepcha_limbu", "subba"), ("ossetian", "name_patronymic"), ("garifuna", "english_given"), ("kiribati", "initials"),
    ("lepcha_limbu", "two_given"), ("ossetian", "cyrillic"), ("garifuna", "compound_given"), ("kiribati", "nickname"),
    ("lepcha_limbu", "initials"), ("ossetian", "initials"), ("garifuna", "surname_first"), ("kiribati", "typo"),
    ("lepcha_limbu", "surname_first"), ("ossetian", "feminine"), ("garifuna", "initials"),
    ("lepcha_limbu", "nickname"), ("ossetian", "ty"), ("garifuna", "nickname"),
    ("lepcha_limbu", "typo"), ("ossetian", "diminutive"), ("garifuna", "typo"),
    ("ossetian", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT105 = {"nickname", "diminutive", "typo"}
FORM_ONLY_FORMS_HELDOUT105 = {"surname_first", "fio", "initials"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT105 = {"feminine"}
# the scripts or layouts a form may come in besides the template's plain one ('')
FORM_SCRIPTS_HELDOUT105: dict[tuple[str, str], set[str]] = {
    ("ossetian", "patronymic"): {"", "cyrillic"}, ("ossetian", "fio"): {"", "cyrillic", "surname_first"},
    ("ossetian", "name_patronymic"): {"", "cyrillic"}, ("ossetian", "initials"): {"", "cyrillic"},
    ("ossetian", "cyrillic"): {"", "cyrillic"}, ("ossetian", "ty"): {"", "cyrillic"},
    ("lepcha_limbu", "surname_first"): {"", "surname_first"}, ("garifuna", "surname_first"): {"", "surname_first"},
    ("kiribati", "surname_first"): {"", "surname_first"}, ("garifuna", "two_surnames"): {"", "spanish"},
    ("garifuna", "accented"): {"", "spanish"}, ("garifuna", "compound_given"): {"", "spanish"},
}  # fmt: skip
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT105: dict[str, list[str]] = {
    "lepcha_limbu": [
        "Ama {} has already asked the lama in Kalimpong to read both horoscopes",
        "Apa {} wants the engagement in Dzongu before Namsoong",
        "{} didi brought the biodata of the boy from Namchi",
        "{} dai says the girl's family in Gangtok agreed to the date",
    ],
    "ossetian": [
        "тётя {} уже договорилась со свахой во Владикавказе",
        "дядя {} поедет сватать в Цхинвал в субботу",
    ],
    "garifuna": [
        "Miss {} in Dangriga is making the hudut for the engagement party",
        "Tanti {} says the boy from the Bronx has to come and ask the family properly",
        "Doña {} en La Ceiba quiere la boda antes de Semana Santa",
        "Don {} is paying for the drummers at the engagement in Sambo Creek",
    ],
    "kiribati": [
        "Unimwane {} will speak for the boy's family at the maneaba in Betio",
        "Nei {} is weaving the mats for the wedding on Abemama",
        "Te {} came over from Abemama to ask for the girl's hand",
    ],
    "upper": [
        "Name of the applicant (block capitals): {}",
        "Name as on the marriage registration form (capitals): {}",
        "Full name in capital letters: {}",
    ],
    "lower": [
        "lol {} just matched with my cousin on the app",
        "{} still hasn't replied since the engagement party",
        "has anyone heard from {} since the wedding date was set",
    ],
    "form": [
        "Name on the marriage registration: {}",
        "Name (as in the biodata): {}",
    ],
    "chat": [
        "{} says hi from the engagement party, the food is amazing",
        "did {} say yes in the end?",
    ],
}
# IBANs where a family member abroad has an account (India, Russia, Belize, Honduras, the United States,
# Kiribati, New Zealand and Fiji have none): the UK and the UAE for the Lepcha and Limbu (a nurse in London,
# a brother in Dubai), Georgia and Germany for the Ossetians, Guatemala (Livingston's Garifuna) and Spain for
# the Garifuna, and Germany and the UK for an I-Kiribati seafarer on a German ship
IBAN_SHAPES_HELDOUT105 = {
    "GB": "4a14n",
    "AE": "3n16n",
    "GE": "2a16n",
    "DE": "18n",
    "GT": "4c20c",
    "ES": "20n",
}
IBAN_BY_ORIGIN_HELDOUT105 = {
    "lepcha_limbu": ["GB", "AE"], "ossetian": ["GE", "DE"], "garifuna": ["GT", "ES"], "kiribati": ["DE", "GB"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT105 = {
    "lepcha_limbu": ["gangtok", "kalimpong", "dzongu", "sikkim", "darj"],
    "ossetian": ["alania", "vlad", "iron", "osetin", "tskh"],
    "garifuna": ["garinagu", "dangriga", "pg", "ceiba", "bronx", "punta"],
    "kiribati": ["tarawa", "betio", "abemama", "kiribati", "otara"],
}
EMAIL_DOMAINS_HELDOUT105 = {
    "lepcha_limbu": ["yahoo.in", "rediffmail.com", "outlook.com"],
    "ossetian": ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru"],
    "garifuna": ["yahoo.com", "hotmail.com", "btl.net", "icloud.com"],
    "kiribati": ["yahoo.com", "xtra.co.nz", "connect.com.fj", "hotmail.com"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT105: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)[\u0400-\u04ff]|vladikavkaz|tskhinvali|ossetia|alania|moscow|\bkuvd\b|svakha|tamada|"
                r"mamba|roki"), "ossetian"),
    (re.compile(r"(?i)tarawa|betio|abemama|kiribati|maneaba|auckland|otara|m[aā]ngere|fiji|suva|nasinu|"
                r"bairiki|bikenibeu|\bmauri\b|ko rabwa|german ship"), "kiribati"),
    (re.compile(r"(?i)dangriga|punta gorda|la ceiba|bronx|los angeles|belize|hondur|garifuna|garinagu|"
                r"settlement day|hudut|sambo creek|kriol|seremein|buiti|punta rock|\bwid\b|\bweh\b|"
                r"[áéíóúñ¿¡]|\bcon\b|\bdice\b|\bde la\b"), "garifuna"),
    (re.compile(r"(?i)sikkim|darjeeling|kalimpong|gangtok|dzongu|lepcha|limbu|namchi|mangan|losoong|namsoong|"
                r"chasok|tongba|pandit|\blama\b|cheena|biodata|bongthing|sewaro|khamri|shaadi|rupees|\bko\b"),
     "lepcha_limbu"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT105: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|нашла|познакомилась|переводила|^невеста|^bride|^name of the bride|"
                r"^name of the mother"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|нашёл|познакомился|переводил\b|^жених|^groom|^name of the groom|"
                r"^name of the father|\bfather is\b"), False),
]  # fmt: skip
# a word of matchmaking and weddings and its well-known misspelling
MISSPELT_HELDOUT105 = {
    "engagement": "engagment", "wedding": "weding", "marriage": "marrige", "horoscope": "horoscop",
    "definitely": "definately", "tomorrow": "tommorow", "receive": "recieve", "beautiful": "beautifull",
    "jewellery": "jewelery", "ceremony": "ceremoney", "relationship": "realtionship", "believe": "beleive",
    "separate": "seperate", "profile": "profil", "instalments": "installments", "matchmaker": "match maker",
}  # fmt: skip
MISSPELT_WORD_HELDOUT105 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT105, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand
SHORTHAND_HELDOUT105 = {
    "because": "bc", "please": "pls", "tomorrow": "tmrw", "message": "msg", "thanks": "thx", "people": "ppl",
    "before": "b4", "boyfriend": "bf", "girlfriend": "gf", "information": "info", "birthday": "bday",
    "video call": "vc", "photos": "pics", "Los Angeles": "LA",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT105 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT105, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT105 = (
    "January February March April May June July August September October November December".split()
)
RU_MONTHS_HELDOUT105 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
ES_MONTHS_HELDOUT105 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
# the months of Nepal's Bikram Sambat calendar, Baisakh starting in mid-April, as a cheena (a horoscope
# scroll) and a Nepali biodata give a date of birth
BS_MONTHS_HELDOUT105 = (
    "Baisakh Jestha Asar Shrawan Bhadra Asoj Kartik Mangsir Poush Magh Falgun Chaitra".split()
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('José' -> 'jose', 'Zúñiga' ->
    'zuniga')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _ru_feminine(last: str) -> str:
    """An Ossetian woman's family name in its Russian form: 'Bestaev' -> 'Bestaeva', 'Дзугаев' -> 'Дзугаева';
    the old form in -ty stays ('Kokoity')."""
    if re.search(r"(ov|ev|ов|ев)$", last):
        return last + ("а" if re.search(r"[\u0400-\u04ff]$", last) else "a")
    return last


def _cyrillic(*names: str) -> str:
    """Ossetian names in Cyrillic ('Soslan', 'Tsallagov' -> 'Сослан Цаллагов'); a woman's family name keeps its
    -a ('Bestaeva' -> 'Бестаева')."""
    out = []
    for name in names:
        if name not in CYRILLIC_HELDOUT105 and name.endswith("a") and name[:-1] in CYRILLIC_HELDOUT105:
            out.append(_ru_feminine(CYRILLIC_HELDOUT105[name[:-1]]))
        else:
            out.append(CYRILLIC_HELDOUT105[name])
    return " ".join(out)


def _patronymic(father: str, woman: bool, cyrillic: bool = False) -> str:
    """The patronymic from a father's given name: 'Kazbek' -> 'Kazbekovich' or 'Kazbekovna', in Cyrillic
    'Казбекович' or 'Казбековна'."""
    return PATRONYMICS_HELDOUT105[father][2 * cyrillic + woman]


def _bikram_sambat(year: int, month: int, day: int) -> tuple[int, int, int]:
    """A Gregorian date in Nepal's Bikram Sambat, near enough for a horoscope's date of birth: the year turns
    on 14 April, 56 or 57 years ahead, and each month is taken from the 14th on (the real months run 29 to 32
    days, so the day may be off by one or two)."""
    after = (month, day) >= (4, 14)
    bs_year = year + (57 if after else 56)
    bs_month = ((month - 4) % 12 if day >= 14 else (month - 5) % 12) + 1
    return bs_year, bs_month, (day - 14) % 30 + 1


class Gen105(Gen3):
    """Generators for held-out set 105: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT105)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT105; never a public figure's, and
        never an I-Kiribati son named after himself."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT105)
        men, women, lasts = NAMES_HELDOUT105[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice(
            [x for x in lasts if x != first and f"{first} {x}" not in PUBLIC_FIGURES_HELDOUT105]
        )
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _father(self, first: str) -> str:
        """An Ossetian father's given name, for a patronymic: never the child's own."""
        return self.rng.choice([x for x in sorted(PATRONYMICS_HELDOUT105) if x != first])

    def _other_last(self, last: str) -> str:
        """A Garifuna mother's family name, the second of a Honduran's two ('Arzu Guity')."""
        return self.rng.choice([x for x in NAMES_HELDOUT105["garifuna"][2] if x != last])

    def _family(self, origin: str, last: str, woman: bool) -> str:
        """The family name as a man or a woman carries it (an Ossetian woman's -a)."""
        return _ru_feminine(last) if woman and origin == "ossetian" else last

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT105's, or 'plain'), in `script`
        where the form allows it ('latin' keeps an Ossetian name out of Cyrillic, 'spanish' gives a Honduran
        registry's accents)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT105:
            woman = True
        if form in ("nickname", "diminutive"):  # 'Sonu', 'Zaur', 'Chepe', 'Niko'
            nicks = NICKS_HELDOUT105[origin]
            women = set(NAMES_HELDOUT105[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT105[origin]
        own = women if woman else men
        family = self._family(origin, last, woman)
        if form == "typo":  # 'Pemkit Lepcah', 'Alan Dzasohkov', 'Sheena Cayetanno', 'Meeri Teawia'
            last = rng.choice([x for x in lasts if x in NAME_TYPOS_HELDOUT105 and x != first])
            return f"{first} {self._family(origin, NAME_TYPOS_HELDOUT105[last], woman)}"
        if origin == "lepcha_limbu":
            if form == "lepcha_family":  # 'Pemkit Lepcha', 'Dawa Namchu'
                return f"{first} {rng.choice(LEPCHA_FAMILIES_HELDOUT105)}"
            if form == "limbu_clan":  # 'Manmaya Tumbahangphe', 'Bikash Yakthumba'
                return f"{first} {rng.choice(LIMBU_CLANS_HELDOUT105)}"
            if form == "subba":  # 'Sushma Subba'
                return f"{first} Subba"
            if form == "two_given":  # 'Karma Tshering Lepcha', 'Pema Choden Subba'
                pool = [g for g in own if g in BUDDHIST_GIVEN_HELDOUT105]
                one = rng.choice(pool)
                return f"{one} {rng.choice([g for g in pool if g != one])} {last}"
            if form == "initials":  # an Indian list's 'P. Subba', 'K.T. Lepcha'
                if rng.random() < 0.5:
                    return f"{first[0]}. {last}"
                second = rng.choice([g for g in own if g[0] != first[0]])
                return f"{first[0]}.{second[0]}. {last}"
            if form == "surname_first":  # 'LEPCHA Pemkit', 'Subba, Manmaya'
                return f"{last.upper()} {first}" if rng.random() < 0.5 else f"{last}, {first}"
        if origin == "ossetian":
            cyr = script == "cyrillic" or (not script and rng.random() < 0.3)
            patronymic = _patronymic(self._father(first), woman, cyr)
            giv, fam = (_cyrillic(first), _cyrillic(family)) if cyr else (first, family)
            if form == "patronymic":  # 'Soslan Kazbekovich Tsallagov', 'Зарина Алановна Бестаева'
                return f"{giv} {patronymic} {fam}"
            if form == "fio":  # a Russian form's order: 'Tsallagov Soslan Kazbekovich'
                return f"{fam} {giv} {patronymic}"
            if form == "name_patronymic":  # 'Fatima Taimurazovna'
                return f"{giv} {patronymic}"
            if form == "cyrillic":  # 'Алан Гаглоев'
                return _cyrillic(first, family)
            if form == "initials":  # 'Tsallagov S. K.', 'З. А. Бестаева'
                inits = f"{giv[0]}. {patronymic[0]}."
                return f"{fam} {inits}" if rng.random() < 0.6 else f"{inits} {fam}"
            if form == "feminine":  # 'Madina Bestaeva', 'Zarina Dzugaeva'
                return f"{giv} {fam}"
            if form == "ty":  # the old form: 'Zarina Kokoity', 'Soslan Gagloity'
                ty = OSSETIAN_TY_HELDOUT105[rng.choice(sorted(OSSETIAN_TY_HELDOUT105))]
                return f"{giv} {_cyrillic(ty) if cyr else ty}"
        if origin == "garifuna":
            accents = script == "spanish" or rng.random() < 0.5
            spell = (lambda n: ACCENTED_HELDOUT105.get(n, n)) if accents else (lambda n: n)  # noqa: E731
            if (
                form == "two_surnames"
            ):  # a Honduran's father's and mother's family names: 'Marisol Arzu Guity'
                return f"{first} {spell(last)} {spell(self._other_last(last))}"
            if form == "accented":  # 'Dilcia Zúñiga', 'Wilmer Martínez'
                return f"{first} {ACCENTED_HELDOUT105[rng.choice(sorted(ACCENTED_HELDOUT105))]}"
            if form == "english_given":  # 'Kareem Nolberto', 'Shanice Lambey'
                return f"{rng.choice([g for g in own if g in ENGLISH_GIVEN_HELDOUT105])} {last}"
            if (
                form == "compound_given"
            ):  # two Spanish given names: 'José Francisco Guity', 'Ana Dolores Arzu'
                pool = [g for g in own if g not in ENGLISH_GIVEN_HELDOUT105]
                one = rng.choice(pool)
                return f"{one} {rng.choice([g for g in pool if g != one])} {spell(last)}"
            if form == "surname_first":  # 'ARZU GUITY, Marisol', 'Castillo, Sheena'
                if rng.random() < 0.5:
                    return f"{spell(last).upper()} {spell(self._other_last(last)).upper()}, {first}"
                return f"{last}, {first}"
            if form == "initials":  # 'S. Castillo'
                return f"{first[0]}. {last}"
        if origin == "kiribati":
            if form == "surname_first":  # 'TEBURORO, Meeri', 'Kaitu, Tebano'
                return f"{last.upper()}, {first}" if rng.random() < 0.5 else f"{last}, {first}"
            if form == "initials":  # 'M. Teburoro'
                return f"{first[0]}. {last}"
            # 'fathers_name': the father's given name as the surname, 'Meeri Teburoro'
        return f"{first} {family}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as a form's line holds it, the family name first ('LEPCHA PEMKIT', 'BESTAEVA
        MADINA', 'ARZU GUITY, MARISOL', 'TEBURORO, MEERI')."""
        _, first, last, woman = self._origin_name(origin)
        if origin == "garifuna":
            return f"{last} {self._other_last(last)}, {first}".upper()
        if origin == "kiribati":
            return f"{last}, {first}".upper()
        return f"{self._family(origin, last, woman)} {first}".upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'cyrillic', 'spanish', 'surname_first' or
        'ascii' where the template asks for one."""
        rng = self.rng
        r = rng.random()
        family = self._family(origin, last, woman)
        if script == "surname_first":
            return self._form(origin, "fio" if origin == "ossetian" else "surname_first", woman, "latin")
        if origin == "lepcha_limbu":
            if r < 0.12:
                return self._form("lepcha_limbu", "two_given", woman)
            if r < 0.22 and not chat:
                return self._form("lepcha_limbu", "initials", woman)
            return f"{first} {last}"
        if origin == "ossetian":
            if script == "cyrillic":
                if not chat:
                    form = rng.choice(["fio", "fio", "initials", "patronymic"])
                    return self._form("ossetian", form, woman, "cyrillic")
                if r < 0.3:
                    return self._form("ossetian", "name_patronymic", woman, "cyrillic")
                return _cyrillic(first, family)
            if r < 0.1 and last in OSSETIAN_TY_HELDOUT105:
                return f"{first} {OSSETIAN_TY_HELDOUT105[last]}"
            if r < 0.2:
                return self._form("ossetian", "name_patronymic", woman, "latin")
            if r < 0.3 and not chat:
                return self._form("ossetian", "patronymic", woman, "latin")
            if chat and r < 0.4:
                return _cyrillic(first, family)
            return f"{first} {family}"
        if origin == "garifuna":
            if script == "spanish" or (r < 0.2 and not chat):
                return self._form("garifuna", "two_surnames", woman, "spanish")
            name = f"{first} {last}"
            return _fold(name) if chat or script == "ascii" else name  # Belize and New York type 'Jose'
        if r < 0.12 and not chat:
            return self._form("kiribati", "initials", woman)
        return f"{first} {last}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o) or script not in FORM_SCRIPTS_HELDOUT105.get((o, form), {""}):
                continue
            if woman is False and form in WOMEN_FORMS_HELDOUT105:
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT105 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT105 and chat
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
            nicks = NICKS_HELDOUT105[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
            elif origin == "ossetian" and chat and rng.random() < 0.3:
                name = _cyrillic(first)
            elif origin == "garifuna" and chat:
                name = _fold(first)
        else:
            name = self._family(origin, last, woman)
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title or a kin word written next to it ('Ama Dichen', 'Yangchen didi', 'Sonu dai',
        'тётя Залина', 'Miss Dolores', 'Tanti Ruth', 'Don Wilmer', 'Unimwane Tebano Kaitu', 'Nei Meeri', 'Te
        Ioane'), from the origin that uses it, in Cyrillic where the title is."""
        key = title.lower()
        origin, woman, part, _ = TITLED_HELDOUT105[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        if key in CYRILLIC_TITLES_HELDOUT105:
            return _cyrillic(first)
        if key == "te":  # never before a name that starts with 'Te' itself
            return rng.choice([g for g in NAMES_HELDOUT105["kiribati"][0] if not g.startswith("Te")])
        if part == "full":  # 'Unimwane Tebano Kaitu', 'Unimwane Tebano'
            return f"{first} {last}" if rng.random() < 0.5 else first
        nicks = NICKS_HELDOUT105[origin]
        if origin == "lepcha_limbu" and first in nicks and rng.random() < 0.4:  # 'Yangu didi', 'Sonu dai'
            return nicks[first]
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose places, papers or speech the template names, in the script or the layout the template
        is written in."""
        m = TITLE_SLOT_HELDOUT105.search(template)
        if m:
            title = next(g for g in m.groups() if g)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT105[title.lower()][0]
            return name
        script = ""
        if re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif template.startswith(("Apellidos", "Surname, given names")):
            script = "surname_first"
        elif template.startswith("Nombre"):
            script = "spanish"
        elif template.startswith(('"', "- guest")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT105 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT105 if cue.search(template)), None)
        if script == "cyrillic":
            origin = "ossetian"
        if script == "spanish" or template.startswith("Apellidos"):
            origin = "garifuna"
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT105 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT105:
            template = rng.choice(FORCED_SENTENCES_HELDOUT105[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT105:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT105["upper"]), self._caps(origin)))
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT105["lower"]), self._form(origin, "plain").lower())
            )
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT105 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT105[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 160)
        shapes = {
            "lepcha_limbu": [
                f"House No. {n}, {pick(['Upper Sichey', 'Lower Tadong', 'Development Area', 'Arithang', 'Deorali', 'Upper Burtuk', 'Chandmari'])}, Gangtok, Sikkim 7371{pick(['01', '02', '03'])}",
                f"{n} {pick(['Tibet Road', 'Paljor Stadium Road', 'NH 10, Ranipool'])}, Gangtok, Sikkim 737101",
                f"Village {pick(['Lingdem', 'Passingdang', 'Hee-Gyathang', 'Sakyong', 'Tingvong', 'Lingthem'])}, Dzongu, Mangan, North Sikkim 737116",
                f"{n} {pick(['Rishi Road', 'Relli Road', 'Upper Cart Road', 'Dambar Chowk'])}, Kalimpong, West Bengal 734301",
                f"Ward No. {rng.randint(1, 23)}, {pick(['Tenth Mile', 'Topkhana', 'Dr Graham Homes Road', 'Bong Busty'])}, Kalimpong 734301",
                f"{n} {pick(['Gandhi Road', 'Hill Cart Road', 'Lebong Cart Road', 'Dr Zakir Hussain Road'])}, Darjeeling, West Bengal 734101",
                f"Village {pick(['Rinchenpong', 'Soreng', 'Lingchom', 'Hee-Bermiok'])}, West Sikkim 7371{pick(['11', '21'])}",
            ],
            "ossetian": [
                f"г. Владикавказ, ул. {pick(['Кесаева', 'Маркова', 'Гадиева', 'Кирова', 'Весенняя'])}, д. {n}, кв. {rng.randint(1, 120)}",
                f"362040, Vladikavkaz, {pick(['ul. Markova', 'ul. Kesaeva', 'pr. Kosta', 'ul. Kirova'])} {n}, kv. {rng.randint(1, 120)}",
                f"г. Цхинвал, ул. {pick(['Сталина', 'Героев', 'Московская', 'Исака'])}, д. {n}",
                f"Tskhinvali, {pick(['ul. Geroev', 'ul. Moskovskaya', 'ul. Isaka'])} {n}",
                f"г. Москва, ул. {pick(['Профсоюзная', 'Новокосинская', 'Бутлерова', 'Верхние Поля'])}, д. {n}, корп. {rng.randint(1, 3)}, кв. {rng.randint(1, 300)}",
                f"Moscow, {pick(['Profsoyuznaya ul.', 'Novokosinskaya ul.', 'Butlerova ul.'])} {n}, kv. {rng.randint(1, 300)}",
            ],
            "garifuna": [
                f"#{n} {pick(['Commerce Street', 'St. Vincent Street', 'Havana Street', 'Ecumenical Drive', 'Mahogany Heights Road'])}, Dangriga Town, Stann Creek",
                f"{n} {pick(['Front Street', 'Main Middle Street', 'Queen Street', 'Cemetery Road'])}, Punta Gorda Town, Toledo",
                f"Barrio {pick(['La Isla', 'Alvarado', 'Ingles', 'Mejía'])}, {pick(['Calle 4', 'Calle 7', 'Avenida 14 de Julio'])}, casa {n}, La Ceiba, Atlántida",
                f"Aldea Sambo Creek, casa {n}, La Ceiba, Atlántida",
                f"{n} {pick(['E 167th St', 'Prospect Ave', 'Boston Rd', 'Simpson St'])}, Apt {rng.randint(1, 6)}{pick('ABCDE')}, Bronx, NY 104{pick(['56', '59', '60'])}",
                f"{n} {pick(['W 54th St', 'S Vermont Ave', 'W Vernon Ave'])}, Apt {rng.randint(1, 20)}, Los Angeles, CA 900{pick(['37', '44', '08'])}",
            ],
            "kiribati": [
                f"House {n}, {pick(['Bikenibeu West', 'Teaoraereke', 'Eita', 'Ambo', 'Nanikai', 'Temwaiku', 'Bonriki'])}, South Tarawa",
                f"P.O. Box {rng.randint(10, 499)}, Bairiki, Tarawa, Kiribati",
                f"{pick(['Takoronga', 'Temakin', 'Tanimainiku'])}, Betio, Tarawa",
                f"{pick(['Kariatebike', 'Tabiang', 'Kauma', 'Baretoa'])} village, Abemama, Kiribati",
                f"{n} {pick(['Otara Road', 'Bader Drive', 'Buckland Road', 'Ferguson Street'])}, {pick(['Otara', 'Māngere', 'Mangere East'])}, Auckland 20{pick(['22', '23', '24'])}",
                f"Lot {n}, {pick(['Tacirua East', 'Nadera', 'Nepani'])}, Nasinu, Fiji",
                f"{n} {pick(['Ratu Mara Road', 'Fletcher Road', 'Grantham Road'])}, {pick(['Samabula', 'Vatuwaqa', 'Raiwaqa'])}, Suva, Fiji",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT105 for s in shapes[o]])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(self._family(origin, last, woman)) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT105[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{last}", f"{first}{rng.randint(1975, 2004)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", *EMAIL_DOMAINS_HELDOUT105[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = {
            "lepcha_limbu": [
                f"+91 3592 2{d(5)}",  # Gangtok
                f"03592-2{d(5)}",
                f"+91 354 2{d(2)} {d(4)}",  # Darjeeling
                f"03552-2{d(5)}",  # Kalimpong
                f"+91 {rng.choice('6789')}{d(4)} {d(5)}",  # Indian mobiles
                f"{rng.choice('6789')}{d(9)}",
            ],
            "ossetian": [
                f"+7 (8672) {d(2)}-{d(2)}-{d(2)}",  # Vladikavkaz
                f"8 (8672) {d(2)}-{d(2)}-{d(2)}",
                f"+7 867 2{d(2)} {d(2)} {d(2)}",
                f"+7 9{rng.choice(['18', '28', '89'])} {d(3)}-{d(2)}-{d(2)}",  # Russian mobiles
                f"+995 344 2{d(4)}",  # Tskhinvali's old Georgian number
                f"+7 929 8{d(2)}-{d(2)}-{d(2)}",  # South Ossetian mobiles
                f"+7 (495) {d(3)}-{d(2)}-{d(2)}",  # Moscow
            ],
            "garifuna": [
                f"+501 522-{d(4)}",  # Dangriga
                f"+501 722-{d(4)}",  # Punta Gorda
                f"+501 6{rng.choice('0235')}{d(1)}-{d(4)}",  # Belizean mobiles
                f"6{rng.choice('0235')}{d(1)}-{d(4)}",
                f"+504 9{d(3)}-{d(4)}",  # Honduran mobiles
                f"+504 244{rng.choice('0123')}-{d(4)}",  # La Ceiba
                f"+1 718 {d(3)} {d(4)}",  # the Bronx
                f"(347) {d(3)}-{d(4)}",
                f"(323) {d(3)}-{d(4)}",  # Los Angeles
            ],
            "kiribati": [
                f"+686 7{d(3)} {d(4)}",  # Kiribati mobiles
                f"+686 2{rng.choice('12')}{d(3)}",  # Tarawa's landlines
                f"+64 2{rng.choice('1279')} {d(3)} {d(4)}",  # New Zealand mobiles
                f"02{rng.choice('1279')} {d(3)} {d(4)}",
                f"(09) {d(3)} {d(4)}",  # Auckland
                f"+679 {rng.choice('79')}{d(2)} {d(4)}",  # Fijian mobiles
                f"+679 33{d(1)} {d(4)}",  # Suva
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return rng.choice(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT105 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "60", "652", "508",
                             f"220{rng.randint(0, 4)}", "34", "37"])  # fmt: skip
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
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT105[origin] if origin else sorted(IBAN_SHAPES_HELDOUT105))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT105[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self, public: bool = False) -> str:
        """A v6 address of the peoples' providers (India, Russia, the United States, New Zealand, Latin
        America), or a home network's unique local one unless `public`."""
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        shapes = [f"2401:4900:{h()}:{h()}::{h()}", f"2a00:1fa0:{h()}:{h()}::{h()}", f"2600:1700:{h()}:{h()}::{h()}",
                  f"2404:4400:{h()}:{h()}::{h()}", f"2800:370:{h()}:{h()}::{h()}"]  # fmt: skip
        if not public:
            shapes.append(f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}")
        return rng.choice(shapes)

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a dating app's sign-in alert, a scammer's address in a report to the
        app, the wedding website's admin page and its logs, the matchmaker's CRM, the video call's OpenVidu
        server, the photo server with the engagement pictures; v4 and v6 (a sign-in alert's and a scammer's
        are public); `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6, public = self.rng, self.ipv4(), self.ipv6(), self.f().ipv4_public()
        options = [
            ("the dating app says new sign-in from {} and it wasn't me", public),
            ("the scammer's IP in my report to the app was {}", public),
            ("the wedding website admin page only opens from {}", v4),
            ("the matchmaker's CRM runs on {} in her office", v4),
            ("the video call server for the call with the boy's family is {}", public),
            ("the photo server with the engagement pictures is at {}, it's in the cupboard", v4),
            ("the sign-in alert from the app shows {}, somewhere I've never been", public),
            ("my phone got a v6 address from the hotel wifi, {}", v6),
            ("the app blocked a login from {} on my account last night", rng.choice([public, self.ipv6(public=True)])),
            ("в приложении знакомств вход с адреса {}, это не я", public),
            ("la app de citas dice que entraron desde {}", public),
            ('{} - - [14/Nov/2026:21:14:02 +0530] "POST /admin/actions/users/login HTTP/1.1" 200 1523', public),
            ("DOMAIN_OR_PUBLIC_IP={}", public),
            ("SERVER_URL=http://{}:3000", v4),
            ("CRAFT_DB_SERVER={}", v4),
            ("listen [{}]:443 ssl;", v6),
            ("Reported IP address: {}", public),
            ("2026-11-14 22:03:11 WARN login failed for user admin from {}", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("$ scp engagement-photos.zip root@{}:/srv/photos/engagement/", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Gangtok', 'Kalimpong', 'Dzongu', 'Namchi', 'Sikkim'])}{rng.choice(['@737', '#2026', '_101', '!91'])}",
                f"{rng.choice(['Vladikavkaz', 'Alania', 'Tskhinval', 'Iryston', 'Digora'])}{rng.choice(['_15', '#8672', '2026!', '@7'])}",
                f"{rng.choice(['Dangriga', 'PuntaGorda', 'Yurumein', 'Ceiba', 'Garinagu'])}{rng.choice(['@501', '1797', '#504', '_19'])}",
                f"{rng.choice(['Tarawa', 'Betio', 'Abemama', 'Bairiki', 'Otara'])}{rng.choice(['@686', '#64', '_2026', '!679'])}",
                rng.choice(["love", "wedding", "engaged", "match", "forever", "ringring"]).translate(leet) + rng.choice(["", "!", "_105"]),
                f"{rng.choice(['Ring', 'Bride', 'Groom', 'Match'])}{rng.randint(2019, 2027)}-{rng.choice(['Love', 'Date', 'Yes', 'Ever'])}{rng.randint(10, 99)}",
                f"{rng.choice(['wedding', 'rsvp', 'biodata', 'ring'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':', a quote or a URL would end it
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        b64 = alnum + "-_"
        jwt = f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{tok(rng.randint(60, 90), b64)}.{tok(43, b64)}"  # a Twenty API key
        options = [
            # passwords handed over in ways no earlier set used
            ("the matchmaker wrote my app password on the back of the biodata, {}", pw),
            ("my Tinder password is {}, change it if the scammer got in", pw),
            ("the wedding website admin password is {}, don't give it to the cousins", pw),
            ("the password for the engagement photo album is {}", pw),
            ("the jeweller's instalment app PIN is {}, the ring payment is due on the 5th", d(4)),
            ("the scammer wanted the code the bank sent, it was {} and I didn't give it", d(6)),
            ("Bumble sent {} as the verification code, never share it", d(6)),
            ("the video call room for the two families has the password {}", pw),
            ("the shared email for the RSVPs has the password {}", pw),
            ("I wrote the Shaadi password in the horoscope notebook, {}", pw),
            ("the matchmaker's CRM token is {}, don't paste it in the family group", tok(32, alnum)),
            ("the app's recovery code is {}, keep it with the biodata", f"{tok(4, upper)}-{tok(4, upper)}-{tok(4, upper)}"),
            ("the scammer changed my Hinge password to {}, I got the account back through the email", pw),
            # cues in the set's languages
            ("dating app ko password {} ho, kasailai nabhannu hai", pw),
            ("пароль от Мамбы {}, никому не говори", pw),
            ("пароль от сайта свадьбы {}, только для своих", pw),
            ("di password fi di wedding page da {}, noh tell nobody", pw),
            ("la contraseña del Facebook de la boda es {}, no le digás a nadie", pw),
            ("the wedding livestream password for the family in Tarawa is {}, ko rabwa", pw),
            # commands
            ("$ php craft users/set-password admin --password={}", colonless),
            ("$ mysql -u craft -p{} wedding_craft", colonless),
            ("$ curl -u OPENVIDUAPP:{} https://call.example.org/openvidu/api/sessions", tok(20, alnum)),
            # pastes
            ("CRAFT_DB_PASSWORD={}", colonless),
            ("CRAFT_SECURITY_KEY={}", tok(32, alnum + "-_")),
            ("OPENVIDU_SECRET={}", tok(rng.randint(16, 24), alnum)),
            ("APP_SECRET={}", tok(32, alnum)),
            ("PG_DATABASE_PASSWORD={}", tok(24, alnum)),
            ("Authorization: Bearer {}", jwt),
            ('  "password": "{}",', colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: a dating app's, Instagram's or Shaadi's handle, the wedding website's or the matchmaker's
        CRM login, in shapes like 'pemkit.lepcha96', 'soslan_tsalla', 'kareem_garinagu04', 'meeri.tarawa'."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first) or "x", _plain(self._family(origin, last, woman)) or "x"
        yy = rng.randint(75, 99) if rng.random() < 0.6 else rng.randint(0, 4)
        subject = rng.choice(SUBJECTS_HELDOUT105[origin])
        own = {
            "lepcha_limbu": [f"{first}.{last}{yy:02d}", f"{last}_{first[:1]}", f"{subject}.{first}"],
            "ossetian": [f"{first}{yy:02d}", f"{first}_{last[:6]}", f"{last}.{first[:1]}"],
            "garifuna": [f"{first}.{last}", f"{first}_{subject}{yy:02d}", f"{last}{first[:1]}"],
            "kiribati": [f"{first}_{last}", f"{first}.{subject}", f"{first}{last[:3]}{yy:02d}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1975, youngest: int = 2004) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1975, youngest: int = 2004) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        bs_y, bs_m, bs_d = _bikram_sambat(y, m, day)
        return {
            "in": f"{day:02d}/{m:02d}/{y}",
            "in_dash": f"{day:02d}-{m:02d}-{y}",
            "in_words": f"{_ordinal(day)} {EN_MONTHS_HELDOUT105[m - 1]} {y}",
            "bs": f"{bs_y} {BS_MONTHS_HELDOUT105[bs_m - 1]} {bs_d}",
            "bs_num": f"{bs_y}/{bs_m:02d}/{bs_d:02d}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RU_MONTHS_HELDOUT105[m - 1]} {y} г.",
            "bz": f"{day:02d}/{m:02d}/{y}",
            "en": f"{day} {EN_MONTHS_HELDOUT105[m - 1]} {y}",
            "hn": f"{day:02d}/{m:02d}/{y}",
            "es_words": f"{day} de {ES_MONTHS_HELDOUT105[m - 1]} de {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "us_words": f"{EN_MONTHS_HELDOUT105[m - 1]} {day}, {y}",
            "nz": f"{day}/{m}/{y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {
            "lepcha_limbu": ["in", "in_dash"],
            "ossetian": ["ru"],
            "garifuna": ["bz", "hn", "us"],
            "kiribati": ["nz", "in"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["in", "ru", "us", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a biodata's, a horoscope's, a svakha's form's, a dating profile's,
        a marriage registry's or a visa's birth cue in the date's own language, a form or a paste; `chat` as
        in `ip_sample`."""
        s, parent = self._dob_shapes(), self._dob_shapes(1950, 1975)
        options = [
            ("her date of birth on the biodata is {}, the lama wants the birth time too", s["in_words"]),
            ("janma miti {} BS, write it in the cheena exactly like that", s["bs"]),
            ("his date of birth for the horoscope matching is {}", s["in"]),
            ("mum's date of birth for the marriage registration in Gangtok is {}", parent["in"]),
            ("дата рождения невесты {}, сваха просила для анкеты", s["ru"]),
            ("я родилась {}, так и впиши в профиль", s["ru_words"]),
            ("she was born on {} in Dangriga, the same as on her profile", s["en"]),
            ("the app says his birthday is {} but his ID says different", s["us_words"]),
            ("nació el {} en La Ceiba, así dice la partida de nacimiento", s["es_words"]),
            ("her date of birth for the NZ visa is {}, the wedding is in Auckland", s["nz"]),
            ("the marriage registry in Bairiki wants his date of birth, {}", s["nz"]),
            ("Date of birth: {}", s["in"]),
            ("DOB (as per birth certificate): {}", s["in_dash"]),
            ("Date of birth (BS): {}", s["bs_num"]),
            ("Дата рождения: {}", s["ru"]),
            ("Fecha de nacimiento: {}", s["hn"]),
            ("Date of Birth (MM/DD/YYYY): {}", s["us"]),
            ("Date of birth (DD/MM/YYYY): {}", s["bz"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("| DOB | {} |", s["in"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT105_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} sent her biodata to the family in Gangtok, the horoscope part is still empty",
        "the lama in Kalimpong matched {} with the boy from Namchi, twenty-two points out of thirty-six",
        "{} met the match from the dating app at a café on MG Marg in Gangtok",
        "{} from Dzongu wants a Lepcha wedding with the bongthing, not only the lama",
        "{} is Limbu and the girl's family asked about his clan before anything else",
        "{} paid the matchmaker in Kalimpong five thousand rupees and still no match",
        "the bride-price talk for {} is on Sunday, her uncles are coming from Darjeeling",
        "{} bought the engagement ring in Gangtok on twelve monthly instalments",
        "{} ko biodata pathaeko chha, Gangtok ko family le herchha re",
        "sewaro! {} said yes to the proposal, the tongba is on us",
        "{} set up the video call with the boy's parents in Darjeeling for Saturday evening",
        "{} from Vladikavkaz is getting engaged to a boy from Tskhinvali, the families met last week",
        "{} paid a svakha in Moscow for introductions and all she got was two phone numbers",
        "{} нашла жениха через сайт знакомств, а родители против",
        "{} нашёл невесту в Цхинвале, свадьба осенью",
        "{} brought the three pies to the bride's family, as it should be in Ossetia",
        "{} is organising the kuvd for the engagement in Alania, forty guests",
        "the elders set the wedding date for {} after the harvest, in Vladikavkaz",
        "{} переводил деньги девушке из приложения, а это был мошенник",
        "{} познакомилась с женихом на Мамбе",
        "{} asked me to be the tamada at the engagement in Moscow",
        "{} met her fiancé at the Settlement Day dance in Dangriga",
        "{} from Punta Gorda wants the engagement party with punta rock and hudut",
        "{} in the Bronx sent the ring money to La Ceiba through Western Union",
        "{} got scammed on Facebook Dating by a fake soldier asking for a plane ticket",
        "{} and her boyfriend from Los Angeles did the first video call with the whole family in Dangriga",
        "weh di go aan wid {} an di bwai from Punta Gorda?",
        "seremein {} for bringing the cassava bread to the engagement",
        "{} dice que la pedida de mano es en Sambo Creek el sábado",
        "{} pagó el anillo de compromiso en cuotas en una joyería de La Ceiba",
        "{} from the Bronx is flying to Honduras to meet the girl's family",
        "{} from Betio is engaged to a boy from Abemama, the families meet at the maneaba on Saturday",
        "{} in Auckland is sending money home to Tarawa for the wedding feast",
        "{} met her husband-to-be on Facebook while he was at sea on a German ship",
        "{} from Abemama asked the elders to speak for him at the maneaba",
        "{} is on the dating app in Suva but the family in Tarawa wants a Kiribati boy",
        "mauri {}! ko rabwa for the photos from the engagement",
        "the elders on Abemama set the wedding date for {} after Independence Day",
        "{} from Otara is flying to Tarawa for the engagement feast in Bikenibeu",
        "{} swiped right on a profile that turned out to be a scammer",
        "the matchmaker sent the profile of {} to three families already",
        "{} and {} got engaged last night!!",
        "{} is the matchmaker everyone in the family uses, she only charges if the wedding happens",
        "{} reported the fake profile to the app and it was blocked the same day",
        "who is {}? the app says we have a match",
        "{} found the ring on instalments, twelve payments and no interest",
        "my cousin {} is getting married in December, the elders decided",
        "I'm meeting {} for the first video call tonight",
        "{} asked me for money for a visa after two weeks of chatting, is that a scam?",
        "{} is the photographer for the engagement, book her early",
        "{} had the background check done on the boy's family and it's all fine",
        "ask {} if the wedding website works, the RSVP page is blank",
        "{} will bring the biodata printouts to the meeting",
        "I think the profile of {} is fake, the photos are from a model's page",
        "{} blocked the account after it asked for gift cards",
        "Ama {} wants to see the boy's horoscope before anything",
        "Apa {} is asking the bride's family for a date after Losoong",
        "{} didi is the one who found the match on Shaadi",
        "{} dai paid the first instalment for the ring in Gangtok",
        "тётя {} уже поговорила со свахой",
        "дядя {} поедет сватать в субботу",
        "Miss {} does the best hudut in Dangriga, ask about the engagement food",
        "Tanti {} wants to meet the boyfriend before the engagement",
        "Doña {} va a hablar con la familia del novio",
        "Don {} is paying for the drummers at the party",
        "Unimwane {} will speak for the family at the maneaba",
        "Nei {} is cooking for the engagement feast in Betio",
        "Te {} came over from Abemama to ask for the girl's hand",
        "Name of the bride: {}",
        "Name of the groom: {}",
        "Name of the father: {}",
        "Name of the mother: {}",
        "Biodata, name: {}",
        "Profile name: {}",
        "Applicant (marriage registration): {}",
        "Reported user's real name (if known): {}",
        "Matchmaker: {}",
        "Witness: {}",
        "ФИО: {}",
        "Жених: {}",
        "Невеста: {}",
        "Nombre completo: {}",
        "Apellidos y nombres: {}",
        "Surname, given names: {}",
        "| 14 Nov | {} | engagement | deposit paid |",
        '"display_name": "{}",',
        "- guest: {}",
    ],
    "STREET_ADDRESS": [
        "send the wedding card to {}",
        "the engagement party is at {}",
        "the boy's family lives at {}, go and see the house before the talk",
        "the matchmaker's office is at {}",
        "deliver the ring to {} please",
        "the scammer asked me to send the parcel to {}",
        "my parents' address for the marriage papers is {}",
        "Address: {}",
        "Адрес: {}",
        "Dirección: {}",
        "Home address (biodata): {}",
        "Venue: {}",
        "Mailing address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the biodata to {}",
        "the matchmaker's email is {}",
        "the wedding website sends the RSVPs to {}",
        "the scammer wrote from {}",
        "my dating app login email is {}",
        "forward the horoscope to {} please",
        "E-mail: {}",
        "Эл. почта: {}",
        "Correo: {}",
        "Reported account's e-mail: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call the matchmaker on {}",
        "the boy's father's number is {}",
        "whatsapp me on {} after the video call",
        "the scammer called from {}",
        "the jeweller's number for the instalments is {}",
        "Tel.: {}",
        "Тел.: {}",
        "Teléfono: {}",
        "Mobile: {}",
        "Contact no. (biodata): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the matchmaker's fee with {}",
        "the ring instalments come off {}",
        "the dating app premium is on {}",
        "the scammer got my card number, {}, I called the bank",
        "the engagement hall deposit went on {}",
        "the flights to Tarawa for the wedding were paid with {}",
        "Card: {}",
        "Номер карты: {}",
        "Tarjeta: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send the ring money to my account, {}",
        "my brother abroad pays the wedding hall from {}",
        "the refund from the matchmaker goes to {}",
        "the scammer gave me {} to send the money to, I reported it",
        "my sister in Dubai pays the caterer from {}",
        "IBAN: {}",
        "Beneficiary IBAN: {}",
        "IBAN получателя: {}",
        "IBAN del beneficiario: {}",
        "Account (IBAN) for the wedding gifts: {}",
    ],
    "USERNAME": [
        "my Tinder handle is {}",
        "on Bumble I'm {}",
        "her Instagram is instagram.com/{}",
        "the scammer's profile name was {}",
        "the wedding website admin user is {}",
        "my Shaadi login is {}",
        "the matchmaker's CRM user for me is {}",
        "on Mamba I'm {}",
        "Login: {}",
        "Логин: {}",
        "Usuario: {}",
        "Username: {}",
        "Reported profile: {}",
        '"username": "{}",',
    ],
}
HELDOUT105_MIXED = [
    ("Biodata, name: {}\nDate of birth: {}\nAddress: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("ФИО: {}\nДата рождения: {}\nТел.: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Apellidos y nombres: {}\nFecha de nacimiento: {}\nDirección: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Surname, given names: {}\nDate of birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("{} paid the matchmaker's fee with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} pays the ring instalments from {}", ["PERSON", "IBAN_CODE"]),
    ("the boy's father is {}, {}, and the family lives at {}", ["PERSON", "PHONE_NUMBER", "STREET_ADDRESS"]),
    ("dating app login: {} / password: {}", ["USERNAME", "SECRET"]),
    ("wedding site admin: {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the CRM server is {} and the admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("Matchmaker: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) is the matchmaker the family uses", ["PERSON", "EMAIL_ADDRESS"]),
    ("the jeweller kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the biodata to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {} after the engagement", ["PERSON", "STREET_ADDRESS"]),
    ("Name of the groom: {}\nDate of birth: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Wedding site admin: {}\nLast login from: {}", ["USERNAME", "IP_ADDRESS"]),
    ("Bride: {}\nIBAN for the gifts: {}", ["PERSON", "IBAN_CODE"]),
    ("the scammer called himself {} and wrote from {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} and {} are getting engaged on the 14th, RSVP to {}", ["PERSON", "PERSON", "EMAIL_ADDRESS"]),
    ("Guest: {}, {}", ["PERSON", "PHONE_NUMBER"]),
]  # fmt: skip
HELDOUT105_NEGATIVES = [
    "Dzongu is the Lepcha reserve in North Sikkim, you need a permit to go in",
    "Losoong is the Sikkimese new year and Namsoong the Lepcha one",
    "Subba is what many Limbu families write on their papers, the clan name is the older one",
    "Tumbahangphe and Yakthumba are Limbu clans, nobody marries inside their own clan",
    "Chasok Tangnam is the Limbu harvest festival in December",
    "the lama says the girl is a Rat and the boy a Horse, not a good match",
    "eighteen gunas out of thirty-six is the minimum the pandit accepts",
    "the matchmaker in Kalimpong charges 5,000 rupees to register and 25,000 when the wedding happens",
    "Ama and Apa are mother and father, Didi and Dai elder sister and elder brother",
    "tongba is the millet beer the Limbu serve at a wedding",
    "Gangtok to Kalimpong is about three hours by shared taxi",
    "khamri! long time no see",
    "the bongthing does the Lepcha rites and the lama the Buddhist ones",
    "the ring is 22 carat, 8.4 grams, making charge 12 percent",
    "Rs 3,499 a month for 12 months at zero interest, the jeweller said",
    "Vladikavkaz and Tskhinvali are about four hours apart through the Roki tunnel",
    "three Ossetian pies are a must at the engagement, cheese, beans and meat",
    "Ossetian family names end in -ty in the old form and in -ov or -ev in the Russian one",
    "a woman's family name takes -a in Russian, so -ov becomes -ova",
    "kuvd is the Ossetian feast where the eldest says the prayers",
    "Джеоргуыба в ноябре, в эту неделю свадеб не играют",
    "бузныг!",
    "сваха берёт 50 тысяч рублей за знакомство",
    "свадьба в субботу в 16:00, банкетный зал в центре",
    "Mamba and Tabor are the Russian dating apps, Mamba is the older one",
    "the tamada is the one who makes the toasts at the feast",
    "Uastyrdzhi is the patron of men and travellers in Ossetian belief",
    "Garifuna Settlement Day is 19 November in Belize",
    "Dangriga, Hopkins and Punta Gorda are the Garifuna towns of Belize",
    "hudut is fish in coconut soup with mashed plantain",
    "Garinagu is the plural, Garifuna the language and the people",
    "seremein!",
    "buiti binafi, how di baby?",
    "the Yurumein re-enactment is on the beach at dawn",
    "the ring is 450 Belize dollars or 12 payments of 45",
    "la pedida de mano es el sábado a las 6 en Sambo Creek",
    "el anillo cuesta 8,500 lempiras al contado",
    "punta, paranda and hungu-hungu are the dances at the party",
    "12 April is the big Garifuna day in Honduras",
    "dügü is a healing ceremony, not a wedding",
    "South Tarawa, Betio and Abemama are all in the Gilbert group",
    "mauri! ko rabwa",
    "the maneaba is the meeting house where the elders sit by family",
    "Unimwane means an old man, an elder, and Nei goes before a woman's name",
    "bubuti is asking a relative for something they can't refuse",
    "the wedding feast is Saturday at the maneaba in Bikenibeu, bring a plate",
    "the flight from Nadi to Tarawa is twice a week",
    "a Kiribati surname is usually the father's first name",
    "the Pacific Access Category ballot for New Zealand opens in May",
    "she's a Scorpio and he's a Leo, the aunties are already worried",
    "Tinder Gold is 999 rupees a month here",
    "the app says it's a match but nobody has written anything",
    "never send money to someone you haven't met in person",
    "report the profile first, then block it",
    "the engagement is on 14.02.2027 and the wedding in November",
    "first video call at 8 pm, don't be late",
    "the matchmaker's fee is 30,000 plus travel",
    "the background check came back clean, no previous marriage",
    "the wedding website template has an RSVP form and a gift list",
    "Craft CMS 5 needs PHP 8.2, the wedding site is still on 4",
    "OpenVidu needs its UDP ports open or the video call drops",
    "the engagement photos on the home server are 40 GB already",
    "Twenty keeps the matchmaker's contacts in Postgres",
    "SECRET=replace-with-random-value",
    "DB_PASSWORD=<your-password>",
    "dating app password: ********",
    "4111 1111 1111 1111 is the test card the jeweller's site shows",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN",
    "write to rsvp@example.com for the wedding updates",
    "192.0.2.105 is a documentation address",
    "203.0.113.40 is a documentation address",
    "2001:db8:105::1 is a documentation address",
    "congratulations on the engagement!!",
    "did they set the date yet?",
    "see you at the engagement party",
    "the one-time code expires in 5 minutes",
    "Aries, Taurus and Gemini are a fire, an earth and an air sign",
]  # fmt: skip


def _typo105(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a wedding word's well-known misspelling ('engagement' -> 'engagment',
    'marriage' -> 'marrige', 'jewellery' -> 'jewelery'), or chat shorthand ('video call' -> 'vc', 'boyfriend'
    -> 'bf', 'Los Angeles' -> 'LA'). Only in sentences typed to the bot or a friend; a title next to a name
    stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT105.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT105[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT105.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT105[m.group(1)] + template[m.end() :]


def build_heldout105(seed: int = HELDOUT105_SEED) -> list[Example]:
    """Held-out set 105: `Gen105` values in `HELDOUT105_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen105.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen105(seed)
    examples = assemble_module_set(
        gen, HELDOUT105_TEMPLATES, HELDOUT105_MIXED, HELDOUT105_NEGATIVES, _typo105, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
