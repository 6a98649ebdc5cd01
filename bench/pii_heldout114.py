"""Held-out PII set 114 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout114": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT114 is empty, as for the sets before
it; written at the same time as held-out 113 by another author, neither seeing the other's set). The theme is
amateur sports clubs and leagues as players, parents, coaches, referees and club secretaries talk about them:
the membership form and the fees, the league's registration portal and its login (Athletics Kenya's portal,
the French federation's Footclubs, SportsEngine and GameChanger, the Slovak football union's ISSF), the team's
group chat, match and referee reports, kit orders with names and numbers, the club's bank account for the fees
(HelloAsso, Lydia, T-Kash, Privat24, monobank), the minibus to away games, the physio, the juniors' parents'
contacts, the club website's admin password (WordPress's wp-config, its login page's log). Kit numbers, match,
kit order and form numbers are no PII of TYPES: they come only in negatives. The peoples were chosen after
grepping the earlier sets (bench/pii_heldout27.py to 112.py) and bench/pii.py's lists: none of the four is a
main people of any module set, but bench/pii.py's first 26 sets held short Kalenjin, Corsican, Lakota and
Rusyn-Lemko lists among dozens of peoples, so this set leaves out every name they hold ('Kiprono', 'Chebet',
'Jepkosgei', 'Kipruto', 'Chepngetich', 'Kibet', 'Jeruto', 'Kiplagat', 'Chelimo', 'Kipkemboi', 'Cheruiyot',
'Kosgei', 'Rotich', 'Kiptoo', 'Biwott', 'Tanui', 'Keter', 'Lagat', 'Sang', 'Komen'; 'Ghjuvanni', 'Ghjulia',
'Petru', 'Santu', 'Anghjulu', 'Ghjacumu', 'Nunziata', 'Orsu', 'Catalina', 'Saveria', 'Santoni', 'Luciani',
'Peretti', 'Agostini', 'Pieraggi', 'Ettori', 'Mondoloni', 'Sebastiani', 'Alfonsi'; 'Wanbli', 'Chaska',
'Takoda', 'Wakinyan', 'Mato', 'Zitkala', 'Tatanka', 'Red Cloud', 'Iron Shell', 'Looking Horse', 'Bear Runner',
'Little Thunder', 'Spotted Eagle', 'Kills Enemy', 'Swift Hawk', and 'Two Bulls' and 'Spotted Elk' of its
Navajo and Cheyenne lists; 'Vasyl', 'Paraska', 'Mykola', 'Petro', 'Oleksa', 'Duchnovyč', 'Chomyn', 'Baloha',
'Kopčak', ...), and the names the module sets used ('Chemutai' in held-out 32, 'Paulu' in 76 and 93, 'Filippi'
58, 'Mattei' 96, 'Tomasi' 65 and 98, 'Ottavi' 36, 'Grimaldi' 28, 'Acquaviva' 38, 'Laetitia' 109, 'Toussaint'
29, 'Antone' and 'Marie-Ange' of bench/pii.py, 'Winona', 'Starla', 'Garrett', 'Darrell', 'Tamara', 'Levi',
'White Face' 48, 'Cuny' 77, 'Baran' 105, 'Степан' 102 and 103, and the Slovak given names of held-out 44 and
55: 'Ján', 'Jozef', 'Marek', 'Zuzana', 'Katarína', 'Mária'). The places were grepped the same way: Eldoret
comes up only in bench/pii.py (Uganda Road, Oloo Street, Nandi Road, a negative on its runners), Ajaccio,
Bastia and Corte only as bench/pii.py's cours Napoléon, boulevard Paoli and rue Fesch and its '04 95' numbers,
Pine Ridge as its 'HC .. Box' addresses and '(605) 867' numbers, Uzhhorod as its vul. Dukhnovycha, Sobranetska
and Koshytska and '+380 312' numbers, Prešov in none; this set takes none of those streets or exchanges, nor
Hlavná (held-out 44 and 55). The services were grepped too: T-Kash, Footclubs, HelloAsso, SportsEngine,
GameChanger, LeagueApps, ISSF, monobank and Privat24 come up in no earlier set; M-Pesa and Equity (held-out
109), Airtel Money (101, 110), TeamSnap, Pitchero and SportEasy (80), Strava (30, 67), Tatra banka (32, 44),
Wordfence and Mailchimp (bench/pii.py) are left out. Hand-written lists of four peoples: the Kalenjin of
Eldoret (Kapsoya, Elgon View, Langas, the Kaptagat road), Iten (Kamariny, the Iten-Kabarnet road) and
Kapsabet, most of them in runners' clubs (a Christian given name in its Kenyan spelling ('Josphat', 'Benard',
'Priscah', 'Mercyline'), the Kalenjin personal name of the birth's circumstances, 'Kip-' for a boy and 'Jep-'
or 'Chep-' for a girl ('Kipkorir', 'Jepkoech', 'Chepkirui'), the family name most often a father's name
('Koech', 'Kirui'), all three ('Gideon Kipkorir Kirui') or the Christian and the Kalenjin name alone ('Dorcas
Jepkoech'), the apostrophe of 'ng'' and its dropped form ('Kipng'eno', 'Kipngeno', 'Ng'eno'), initials ('G. K.
Kirui'), a Kenyan form's family name first ('KIRUI Gideon Kipkorir', 'Kirui, Gideon K.'), short forms ('Gidi',
'Shaddy', 'Dorry', 'Vally') and 'Mzee' (an elder, with his family name), 'Mama' (a mother called after her
child: 'Mama Kipkorir') and 'Mwalimu' (the teacher, the coach) before a name, outside the span); the Corsicans
of Ajaccio (avenue du Mont Thabor, cours Grandval, boulevard Sampiero), Bastia (rue César Campinchi, boulevard
Général Graziani, Furiani, Biguglia) and Corte (avenue Jean Nicoli, chemin de Baliri, also as 'Corti') (given
names in their Corsican form and the French form papers write ('Lisandru' and 'Alexandre', 'Dumenicu' and
'Dominique', 'Ghjuvan Battista' and 'Jean-Baptiste'), the French compound names with their hyphen
('Pierre-Paul', 'Marie-Dominique'), family names in '-i' ('Casabianca', 'Quilichini', 'Vincensini') and given
names in '-u', an old family's particle in lower case inside the span ('d'Ornano', 'de Gentili'), a married
woman's name with 'née' or 'épouse' inside the span ('Pauline Orsoni née Pietri'), a French form's family name
first ('CASABIANCA Lisandru', 'Casabianca, Alexandre'), the Corsican vocative short forms ('Dumè', 'Lisà',
'Ceccè', 'Niculà'), accents dropped ('Francois', 'Helene', 'Dume') and 'Ziu' (uncle), 'Zia' (aunt), 'Babbu'
(father) and 'Mamma' (mother) before a name, outside the span); the Lakota of Pine Ridge, Kyle, Wanblee,
Manderson and Porcupine, of Rosebud and Mission (the Antelope community) and in Rapid City (Haines Ave, E St
Patrick St, Omaha St) (English given names and Lakota ones in English use ('Chayton', 'Ohitika', 'Tasina',
'Kimimela'), family names of two or three words ('Her Many Horses', 'Afraid of Bear', 'Two Crow') and some
French ones from the traders' families ('Pourier', 'Bissonette', 'Ecoffey'), the two-word names written joined
as some families and forms have them ('Twocrow', 'Yellowhawk'), the Lakota name given at a naming ceremony in
the Lakota orthography and as plain letters type it ('Čhetáŋ Dúta' and 'Chetan Duta', 'Hiŋháŋ Wíŋ' and 'Hinhan
Win'), a middle initial ('Tyrel J. Two Crow'), a US form's family name first ('TWO CROW, TYREL J.'), 'Jr.' and
'III' inside the span, short forms ('Ty', 'Dusty', 'Kimmie', 'Ray-Ray') and 'Unci' (grandmother), 'Tunkasila'
(grandfather) and 'Coach' before a name, outside the span); and the Rusyns of the Prešov region (Prešov's
Sabinovská, Levočská and Exnárova, Svidník, Medzilaborce) and of Transcarpathia (Uzhhorod's Kapushanska,
Minaiska, Shvabska and Zahorska streets and prospekt Svobody) (on the Slovak side Slovak given names and the
family names a woman carries in '-ová' or '-ská' ('Mikuláš Hudák', 'Oľga Hudáková', 'Ľubica Kurimská'), on the
Ukrainian side the names in Cyrillic ('Іван Керецман') and in the Latin letters of a Ukrainian passport ('Ivan
Keretsman'), the patronymic in '-ович' or '-івна' a Ukrainian form wants after the given name, in Cyrillic or
Latin ('Іван Михайлович Керецман', 'Керецман Іван Михайлович', 'Oksana Yuriivna Keretsman'), a Slovak form's
family name first ('HUDÁK Mikuláš', 'Hudáková, Oľga'), the háčky and dĺžne dropped ('Olga Hudakova'), the
Slovak and Ukrainian short forms ('Paľo', 'Števo', 'Betka', 'Юра', 'Оксанка') and 'pan', 'pani', 'baťo' (an
uncle, an older man), 'пан', 'пані' and 'вуйко' (a mother's brother) before a name, outside the span). No
public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT114: Kenyan runners, one of them an MP, whose names
the lists' words could make; checked in Latin letters without accents), and public figures come only inside
the names of places and institutions in negatives (the Kipchoge Keino Stadium and Moi University in Eldoret,
the Stade François Coty in Ajaccio and the Stade Armand-Cesari in Furiani, the Billy Mills Hall in Pine Ridge,
the Crazy Horse Memorial and the Red Cloud school's team, the Alexander Duchnovič Theatre in Prešov and the
Andy Warhol museum in Medzilaborce). Every one of those name forms, and names with a typo ('Kimayo',
'Casabianka', 'Bisonette', 'Kurinský', 'Керцман'), is forced into the build at least once so it does not hang
on the seed (any form the draws have not reached by the end comes in a sentence of its own), and each people
also gets a titled name, a name in capitals on a form and one in lower case in chat, whatever the seed; the
address, the phone, the e-mail, the IBAN or the date of birth after a name mostly comes from that name's
region, a template in Cyrillic gets a Rusyn name of the Ukrainian side in Cyrillic, and a sentence that asks
for a Lakota name gets one. Names on papers in English ('Player's name:', 'Parent or guardian:', 'Referee:',
'Club secretary:'), Kenyan ('Surname, other names:'), French ('Nom, prénom :', 'Nom du joueur :'), US ('LAST,
FIRST MI:'), Slovak ('Priezvisko, meno:', 'Meno hráča:') and Ukrainian forms ('ПІБ:', 'Тренер:'), a kit
order's row '| 9 | ... | L | paid |', JSON and YAML; those regions' addresses (Eldoret's 'P.O. Box 1234-30100,
Eldoret' and 'House 12, Kapsoya Estate, Eldoret', Iten's 30700 and Kapsabet's 30300 boxes, '12 avenue du Mont
Thabor, 20090 Ajaccio', 'lieu-dit Ceppe, 20620 Biguglia', '1234 Haines Ave, Rapid City, SD 57701', 'P.O. Box
12, Kyle, SD 57752', '12 BIA Route 27, Porcupine, SD 57772', 'Sabinovská 12, 080 01 Prešov', 'Mierová 5, 068
01 Medzilaborce', 'вул. Капушанська, 12, кв. 5, м. Ужгород, 88000') and phones (Kenyan mobiles '07..', '011.'
and '+254', Eldoret's '053-20' and Kapsabet's '(053) 52', French mobiles '06', '07' and '+33', Corsica's newer
'04 20' lines, Rapid City's '(605) 341', Rosebud's '605-747', Mission's '(605) 856', Kyle's '605-455', Slovak
mobiles '+421 9..' and '09..', Prešov's '051/77', Ukrainian mobiles '+380 67', '050' and '+38 (067)'); Visa,
Mastercard 51-55 and 2-series, Amex 4-6-5 and Discover's 6011 and 65 as a kit shop, a league and a fuel
station take them; IBANs of countries that have them (Kenya and the United States have none): Germany and the
Netherlands for a Kalenjin runner's prize money from a European race, France and Monaco for the Corsicans,
Slovakia, Ukraine and Czechia for the Rusyns; IPs of the club website's login attempts, the gym's scoreboard,
the race timing box, the camera over the pitch, the club laptop, the club server's sshd log and its
wp-login.php log line, v4 and v6; logins and secrets as the clubs hand them over (the kit cupboard door, the
scorebook, the padlock code of the minibus keys, the physio room's door code), with cues in Swahili
('usimwambie mtu'), French ('ne le donne à personne'), Corsican ('ùn la dì à nimu'), Slovak ('nikomu ho
nehovor'), Ukrainian ('нікому не кажи') and Rusyn ('никому го не гвари'), a wp-config line, a Wi-Fi QR string,
a mysqldump command and .env lines (HelloAsso's client secret, a SportsEngine token, monobank's X-Token, a
Stripe live key); dates of birth in each people's shapes (Kenyan '14/03/2004' and '14th March 2004', Swahili
'14 Machi 2004', French '14/03/2004' and '14 mars 2004', Corsican '14 di marzu 2004', US '03/14/2004' and
'March 14, 2004', Slovak '14. 3. 2004' and '14. marca 2004', Ukrainian '14.03.2004' and '14 березня 2004', a
paste's ISO date), a junior's, an adult's and a veteran's, all drawn between fixed years from the set's own
rng so the set builds the same on any day; typos as club members type: a sports word's well-known misspelling
('referee' -> 'refree', 'tournament' -> 'tournement', 'league' -> 'leauge', French 'entraînement' ->
'entrainement') or chat shorthand in the set's languages ('please' -> 'pls', French 's'il te plaît' -> 'stp',
Slovak 'prosím' -> 'pls', Ukrainian 'дякую' -> 'дяк', Swahili 'tafadhali' -> 'tafa'); negatives with the same
places, the titles and kin words explained, the naming customs, fees in shillings, euros, dollars and
hryvnias, the services, kit numbers and sizes, kit order and match numbers, product models (running watches
and shoes, balls), error codes, default credentials of the scoreboard, the router and WordPress, placeholder
secrets, a test card, the example IBAN, a placeholder e-mail, documentation IPs (v4 and v6), dates that are no
one's birthday and short everyday chat in the four peoples' languages.

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

HELDOUT114_SEED = 1144293
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT114: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT114 = ["kalenjin", "corsican", "lakota", "rusyn"]

# the Kalenjin: Christian given names (men, women), the Kalenjin personal names of the birth's circumstances
# ('Kip-' for a boy, 'Jep-' or 'Chep-' for a girl) and the family names, most of them a father's name
KALENJIN_MEN_HELDOUT114 = "Gideon;Shadrack;Hillary;Philemon;Benard;Caleb;Elkana;Josphat;Wesley;Isaac;Vincent;Nicholas".split(";")  # fmt: skip
KALENJIN_WOMEN_HELDOUT114 = "Dorcas;Sheila;Priscah;Valentine;Joyce;Vivian;Edna;Caroline;Emily;Lilian;Mercyline".split(";")  # fmt: skip
KALENJIN_KIP_HELDOUT114 = "Kipkoech;Kipkorir;Kipng'eno;Kiplangat;Kipkirui;Kipchumba;Kimutai;Kipchirchir;Kipng'etich;Kipkurui".split(";")  # fmt: skip
KALENJIN_JEP_HELDOUT114 = "Jepkoech;Chepkorir;Chepng'eno;Cheplangat;Jepchumba;Chepkirui;Jeptoo;Cherotich;Jepkemei;Chepchirchir;Jerono;Chepng'etich".split(";")  # fmt: skip
KALENJIN_FAMILY_HELDOUT114 = "Koech;Korir;Kirui;Ng'eno;Langat;Mutai;Bii;Yego;Towett;Kemei;Kirwa;Too;Limo;Kimaiyo;Rutto;Chirchir;Kurgat;Cheboi".split(";")  # fmt: skip
# the Corsicans: given names in their Corsican form and the French form papers write, family names
CORSICAN_FRENCH_HELDOUT114 = {
    "Lisandru": "Alexandre", "Dumenicu": "Dominique", "Francescu": "François", "Matteu": "Mathieu",
    "Marcu": "Marc", "Ghjiseppu": "Joseph", "Niculaiu": "Nicolas", "Ghjuvan Battista": "Jean-Baptiste",
    "Pasquale": "Pascal", "Xavieru": "Xavier", "Andria": "André", "Stefanu": "Stéphane", "Carlu": "Charles",
    "Ghjilormu": "Jérôme",
    "Ghjacumina": "Jacqueline", "Lucia": "Lucie", "Ghjuvanna": "Jeanne", "Paulina": "Pauline",
    "Francesca": "Françoise", "Dumenica": "Dominique", "Maria Chjara": "Marie-Claire",
    "Anna Maria": "Anne-Marie", "Elena": "Hélène",
}  # fmt: skip
CORSICAN_MEN_HELDOUT114 = list(CORSICAN_FRENCH_HELDOUT114)[:14]
CORSICAN_WOMEN_HELDOUT114 = list(CORSICAN_FRENCH_HELDOUT114)[14:]
CORSICAN_FAMILY_HELDOUT114 = "Casabianca;Orsoni;Ceccaldi;Pietri;Susini;Battesti;Cristofari;Nicolai;Quilichini;Pasqualini;Sanguinetti;Vincensini;Santucci;Franceschi;Albertini;Giacomoni;Marchetti;Bartoli;Antonetti;Mariani;Rocca;Orsini;Casanova;Poli".split(";")  # fmt: skip
# the French compound given names, written with a hyphen
CORSICAN_COMPOUND_HELDOUT114 = {
    False: ["Jean-Baptiste", "Pierre-Paul", "Ange-Mathieu", "Jean-Dominique", "Jean-Charles"],
    True: ["Marie-Claire", "Anne-Marie", "Marie-Dominique", "Marie-Josée", "Marie-Pierre"],
}
# the old families' names with their particle in lower case, inside the span
CORSICAN_PARTICLE_HELDOUT114 = ["d'Ornano", "de Gentili", "d'Istria", "de Caraffa"]
# the Lakota: English given names and a few Lakota ones in English use, family names (many of two or three
# words, a Lakota name put into English, and some French ones from the traders' families)
LAKOTA_MEN_HELDOUT114 = "Tyrel;Dustin;Trey;Brandon;Corey;Dallas;Chayton;Ohitika;Rayden;Colton;Jace;Marcus".split(";")  # fmt: skip
LAKOTA_WOMEN_HELDOUT114 = "Shawna;Kimberly;Raylene;Courtney;Brandi;Tasina;Kimimela;Krystal;Autumn;Jaylee;Sierra".split(";")  # fmt: skip
LAKOTA_FAMILY_HELDOUT114 = "Yellow Hawk;Brave Heart;Good Shield;Blue Bird;White Plume;Her Many Horses;Afraid of Bear;Poor Bear;Two Crow;Eagle Heart;High Horse;Lone Hill;Hollow Horn;Runs Close;Yellow Boy;Fast Horse;Iron Cloud;Ghost Bear;Two Eagle;Thunder Hawk;Pourier;Janis;Mousseau;Bissonette;Ecoffey;Twiss;Larvie;Bordeaux".split(";")  # fmt: skip
# the family names of two words also written joined, as some families and many forms have them
LAKOTA_JOINED_HELDOUT114 = {
    "Two Crow": "Twocrow", "Yellow Hawk": "Yellowhawk", "Poor Bear": "Poorbear", "Iron Cloud": "Ironcloud",
    "Two Eagle": "Twoeagle", "Brave Heart": "Braveheart", "Blue Bird": "Bluebird", "High Horse": "Highhorse",
    "Ghost Bear": "Ghostbear", "Lone Hill": "Lonehill",
}  # fmt: skip
# Lakota names given at a naming ceremony, in the Lakota orthography (man, woman)
LAKOTA_NAMES_HELDOUT114 = {
    False: ["Čhetáŋ Dúta", "Šuŋgmánitu Ská", "Kȟaŋǧí Ohítika", "Pȟehíŋ Ská", "Hóȟaŋ Dúta"],
    True: ["Wičháȟpi Wašté Wíŋ", "Hiŋháŋ Wíŋ", "Aŋpáo Wíŋ", "Ziŋtkála Šá Wíŋ", "Tȟaȟčá Wíŋ"],
}
# the Rusyns of the Prešov region in Slovakia: Slovak given names, the family names (a man's) and a woman's
RUSYN_SK_MEN_HELDOUT114 = "Mikuláš;Štefan;Pavol;Šimon;Gejza;Metod;Slavomír;Ľubomír;Róbert".split(";")
RUSYN_SK_WOMEN_HELDOUT114 = "Oľga;Emília;Alžbeta;Magdaléna;Ľubica;Juliána;Ľudmila;Valéria".split(";")
RUSYN_SK_FEMININE_HELDOUT114 = {
    "Hudák": "Hudáková", "Fedák": "Fedáková", "Sopko": "Sopková", "Dubec": "Dubcová", "Hriňák": "Hriňáková",
    "Kurimský": "Kurimská", "Maľcovský": "Maľcovská", "Timko": "Timková", "Ihnát": "Ihnátová",
    "Vaňo": "Vaňová", "Demjanovič": "Demjanovičová", "Fedorko": "Fedorková", "Jusko": "Jusková",
    "Hajduk": "Hajduková",
}  # fmt: skip
# the Rusyns of Transcarpathia in Ukraine, in Cyrillic: given names, family names (the same for a woman)
RUSYN_UA_MEN_HELDOUT114 = "Іван;Михайло;Юрій;Андрій;Дмитро;Віталій;Олег;Ярослав".split(";")
RUSYN_UA_WOMEN_HELDOUT114 = "Марія;Оксана;Ганна;Олена;Наталія;Юлія;Вікторія;Христина".split(";")
RUSYN_UA_FAMILY_HELDOUT114 = "Керецман;Шпенік;Дулишкович;Гецко;Лемак;Пагиря;Росул;Сабадош;Бенца;Мотичка;Фенич;Качур".split(";")  # fmt: skip
# the patronymic a Ukrainian form wants after the given name, from the father's name (a son's, a daughter's)
RUSYN_PATRONYMIC_HELDOUT114 = {
    "Іван": ("Іванович", "Іванівна"), "Михайло": ("Михайлович", "Михайлівна"), "Юрій": ("Юрійович", "Юріївна"),
    "Андрій": ("Андрійович", "Андріївна"), "Дмитро": ("Дмитрович", "Дмитрівна"),
    "Віталій": ("Віталійович", "Віталіївна"), "Олег": ("Олегович", "Олегівна"), "Ярослав": ("Ярославович", "Ярославівна"),
}  # fmt: skip
CYRILLIC_HELDOUT114 = re.compile("[\u0400-\u04ff]")

# each origin: (men's given names, women's given names, family names), every word a name of it is built from
NAMES_HELDOUT114: dict[str, tuple[list[str], list[str], list[str]]] = {
    "kalenjin": (KALENJIN_MEN_HELDOUT114 + KALENJIN_KIP_HELDOUT114, KALENJIN_WOMEN_HELDOUT114 + KALENJIN_JEP_HELDOUT114,
                 KALENJIN_FAMILY_HELDOUT114),
    "corsican": (CORSICAN_MEN_HELDOUT114, CORSICAN_WOMEN_HELDOUT114, CORSICAN_FAMILY_HELDOUT114),
    "lakota": (LAKOTA_MEN_HELDOUT114, LAKOTA_WOMEN_HELDOUT114, LAKOTA_FAMILY_HELDOUT114),
    "rusyn": (RUSYN_SK_MEN_HELDOUT114 + RUSYN_UA_MEN_HELDOUT114, RUSYN_SK_WOMEN_HELDOUT114 + RUSYN_UA_WOMEN_HELDOUT114,
              list(RUSYN_SK_FEMININE_HELDOUT114) + RUSYN_UA_FAMILY_HELDOUT114),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs), in any of the forms
# (checked without accents and case): Kenyan runners and a runner turned MP above all
PUBLIC_FIGURES_HELDOUT114 = {
    "Wesley Korir", "Joyce Chepchirchir", "Shadrack Kipchirchir", "Vincent Kipchumba", "Sheila Chepkirui",
    "Joyce Chepkirui", "Caroline Kipkirui", "Vivian Jepkemei", "Nicholas Kimaiyo",
}  # fmt: skip
# the short forms of given names among team-mates: Kenyan English ones, Corsican ones (the truncated
# vocative, 'Dumè', 'Lisà'), Lakota-country English ones, Slovak and Ukrainian diminutives
KALENJIN_NICK_HELDOUT114 = {
    "Gideon": "Gidi", "Shadrack": "Shaddy", "Philemon": "Philo", "Benard": "Beno", "Nicholas": "Nick",
    "Vincent": "Vinny", "Valentine": "Vally", "Caroline": "Carol", "Vivian": "Vivi", "Dorcas": "Dorry",
    "Mercyline": "Mercy", "Lilian": "Lily",
}  # fmt: skip
CORSICAN_NICK_HELDOUT114 = {
    "Dumenicu": "Dumè", "Francescu": "Ceccè", "Lisandru": "Lisà", "Ghjiseppu": "Peppu", "Niculaiu": "Niculà",
    "Ghjuvan Battista": "Battì", "Ghjacumina": "Mina", "Francesca": "Checca", "Paulina": "Lina",
}  # fmt: skip
LAKOTA_NICK_HELDOUT114 = {
    "Tyrel": "Ty", "Dustin": "Dusty", "Chayton": "Chay", "Colton": "Colt", "Kimberly": "Kimmie",
    "Raylene": "Ray-Ray", "Courtney": "Court", "Shawna": "Shawnie", "Tasina": "Sina", "Jaylee": "Jay",
}  # fmt: skip
RUSYN_NICK_HELDOUT114 = {
    "Mikuláš": "Miki", "Štefan": "Števo", "Pavol": "Paľo", "Šimon": "Šimo", "Róbert": "Robo",
    "Ľubomír": "Ľubo", "Ľudmila": "Ľuda", "Oľga": "Oľka", "Alžbeta": "Betka", "Ľubica": "Ľubka",
    "Juliána": "Julka", "Magdaléna": "Magda",
    "Іван": "Ваня", "Михайло": "Міша", "Юрій": "Юра", "Дмитро": "Дімон", "Оксана": "Оксанка",
    "Ганна": "Ганнуся", "Наталія": "Наталка", "Христина": "Христя",
}  # fmt: skip
NICKS_HELDOUT114 = {
    "kalenjin": KALENJIN_NICK_HELDOUT114, "corsican": CORSICAN_NICK_HELDOUT114, "lakota": LAKOTA_NICK_HELDOUT114,
    "rusyn": RUSYN_NICK_HELDOUT114,
}  # fmt: skip
# the suffixes a Lakota son named after his father carries, inside the span
LAKOTA_SUFFIX_HELDOUT114 = ["Jr.", "Jr", "III", "II"]
# a family name (or a given name) with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT114 = {
    "Kimaiyo": "Kimayo", "Towett": "Towet", "Kurgat": "Kurgot", "Kipchirchir": "Kipchirchr",
    "Chepkorir": "Chepkoir", "Cherotich": "Cherotik", "Mercyline": "Mercylne",
    "Casabianca": "Casabianka", "Quilichini": "Quilicini", "Sanguinetti": "Sanguineti", "Vincensini": "Vincencini",
    "Ceccaldi": "Cecaldi", "Cristofari": "Christofari", "Ghjacumina": "Ghjacumna",
    "Bissonette": "Bisonette", "Ecoffey": "Ecoffy", "Mousseau": "Mouseau", "Pourier": "Pourrier",
    "Larvie": "Larvey", "Kimimela": "Kimimella",
    "Demjanovič": "Demianovič", "Kurimský": "Kurinský", "Hriňák": "Hriňiak", "Maľcovský": "Maľkovský",
    "Дулишкович": "Дулишкевич", "Керецман": "Керцман", "Сабадош": "Сабодош",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and
# the part of the name it goes with ('full', 'given', 'family', 'child': the name of the child a Kenyan
# mother is called after, 'Mama Kipkorir', Kipkorir's mother)
TITLED_HELDOUT114: dict[str, tuple[str, bool | None, str]] = {
    "mzee": ("kalenjin", False, "family"),  # an elder, in Swahili, with his family name
    "mama": ("kalenjin", True, "child"),  # the mother of: 'Mama Kipkorir'
    "mwalimu": ("kalenjin", None, "family"),  # the teacher, and the coach of a school's team
    "ziu": ("corsican", False, "given"),  # uncle
    "zia": ("corsican", True, "given"),  # aunt
    "babbu": ("corsican", False, "given"),  # father, grandfather
    "mamma": ("corsican", True, "given"),  # mother
    "unci": ("lakota", True, "given"),  # grandmother
    "tunkasila": ("lakota", False, "given"),  # grandfather
    "coach": ("lakota", None, "family"),  # the coach of the rez team
    "pan": ("rusyn", False, "family"),  # Mr, in Slovak
    "pani": ("rusyn", True, "family"),  # Mrs, in Slovak, with her family name in '-ová' or '-ská'
    "baťo": ("rusyn", False, "given"),  # uncle, an older man, in the Rusyn of the Prešov region
    "пан": ("rusyn", False, "family"),  # Mr, in Ukrainian
    "пані": ("rusyn", True, "given"),  # Mrs, in Ukrainian, with her given name
    "вуйко": ("rusyn", False, "given"),  # uncle, a mother's brother, in Transcarpathia
}
TITLE_SLOT_HELDOUT114 = re.compile(
    r"(?<![\w'.-])(mzee|mama|mwalimu|ziu|zia|babbu|mamma|unci|tunkasila|coach|pan|pani|baťo|пан|пані|вуйко) "
    r"\{\}",
    re.IGNORECASE,
)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT114
FORCED_FORMS_HELDOUT114 = [
    ("kalenjin", "three_part"), ("corsican", "corsican_given"), ("lakota", "two_word_family"), ("rusyn", "slovak"),
    ("kalenjin", "kip_name"), ("corsican", "french_given"), ("lakota", "joined"), ("rusyn", "feminine"),
    ("kalenjin", "apostrophe"), ("corsican", "compound"), ("lakota", "lakota_name"), ("rusyn", "cyrillic"),
    ("kalenjin", "apostrophe_dropped"), ("corsican", "particle"), ("lakota", "lakota_ascii"), ("rusyn", "patronymic"),
    ("kalenjin", "initials"), ("corsican", "married"), ("lakota", "middle_initial"), ("rusyn", "transliterated"),
    ("kalenjin", "surname_first"), ("corsican", "surname_first"), ("lakota", "surname_first"), ("rusyn", "surname_first"),
    ("kalenjin", "nickname"), ("corsican", "nickname"), ("lakota", "suffix"), ("rusyn", "ascii"),
    ("kalenjin", "typo"), ("corsican", "ascii"), ("lakota", "nickname"), ("rusyn", "nickname"),
    ("corsican", "typo"), ("lakota", "typo"), ("rusyn", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT114 = {"nickname", "typo"}
FORM_ONLY_FORMS_HELDOUT114 = {"surname_first", "initials", "married", "middle_initial", "suffix"}
# forms that want a woman's name, and forms that want a man's
WOMEN_FORMS_HELDOUT114 = {"married", "feminine"}
MEN_FORMS_HELDOUT114 = {"suffix", "slovak"}
# the scripts or layouts a form may come in ('' is the template's plain one); any other form: '' and 'ascii'
FORM_SCRIPTS_HELDOUT114: dict[tuple[str, str], set[str]] = {
    ("kalenjin", "surname_first"): {"surname_first"}, ("corsican", "surname_first"): {"surname_first"},
    ("lakota", "surname_first"): {"surname_first"}, ("rusyn", "surname_first"): {"surname_first"},
    ("rusyn", "cyrillic"): {"cyrillic"}, ("rusyn", "patronymic"): {"", "ascii", "cyrillic"},
    ("rusyn", "nickname"): {"", "cyrillic"}, ("rusyn", "typo"): {"", "ascii", "cyrillic"},
    ("lakota", "lakota_name"): {""}, ("kalenjin", "apostrophe"): {""},
}  # fmt: skip
DEFAULT_SCRIPTS_HELDOUT114 = {"", "ascii"}
# a template that asks for the Lakota name a person was given at a naming ceremony
LAKOTA_NAME_SLOT_HELDOUT114 = re.compile(r"Lakota name is \{\}")
# the forms that write the family name first, and the people whose papers they are: a Kenyan form, a French
# one, a US one, a Slovak one
SURNAME_FIRST_LEADS_HELDOUT114 = {
    "Surname, other names": "kalenjin",
    "Nom, prénom": "corsican",
    "LAST, FIRST MI": "lakota",
    "Priezvisko, meno": "rusyn",
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT114: dict[str, list[str]] = {
    "kalenjin": [
        "Mzee {} drives the club's matatu to the cross country in Kapsabet",
        "Mama {} paid the club fees for the whole year by T-Kash",
        "Mwalimu {} picks the team for the Eldoret half marathon",
        "Mzee {} gave the runners the field behind his farm in Iten",
        "Mama {} washes the club's vests after every race in Kapsabet",
    ],
    "corsican": [
        "Ziu {} porta i zitelli à u stadiu in Corti",
        "Zia {} s'occupe des licences du club à Bastia",
        "Babbu {} hà lavatu e maglie di a squadra",
        "Mamma {} fait les crêpes pour le tournoi des U11 à Ajaccio",
        "Ziu {} drives the minibus to the away game in Bastia",
    ],
    "lakota": [
        "Unci {} sewed the star quilt for the senior night at Pine Ridge",
        "Tunkasila {} never misses a home game in Kyle",
        "Coach {} wants everybody at the gym in Rosebud by 6",
        "Unci {} sells fry bread at the tournament in Rapid City",
        "Coach {} put the new starting five on the rez league page",
    ],
    "rusyn": [
        "pan {} vozí chlapcov na zápasy do Svidníka",
        "pani {} zbiera členské za dorast v Prešove",
        "baťo {} ešte stále píska zápasy v Medzilaborciach",
        "пан {} везе команду на виїзний матч до Мукачева",
        "вуйко {} відкриває спортзал в Ужгороді о сьомій",
    ],
    "upper": [
        "Name in block capitals: {}",
        "Player's full name (capital letters): {}",
        "Parent or guardian (in capitals): {}",
    ],
    "lower": [
        "lol {} forgot the kit bag again",
        "{} still hasn't paid the fees for this season",
        "has anyone heard from {} since the match on saturday",
    ],
    "form": [
        "Player's name: {}",
        "Name on the membership form: {}",
    ],
    "chat": [
        "{} says training is moved to 5 today",
        "did {} bring the new balls in the end?",
    ],
}
# IBANs where a club, a parent or a runner is paid (Kenya and the United States have none): Germany and the
# Netherlands for a Kalenjin runner's prize money from a European race, France and Monaco for the Corsicans,
# Slovakia, Ukraine and Czechia (where many Rusyns work) for the Rusyns; a Lakota name gets any of them
IBAN_SHAPES_HELDOUT114 = {"DE": "18n", "NL": "4a10n", "FR": "10n11c2n", "MC": "10n11c2n", "SK": "20n", "UA": "6n19c", "CZ": "20n"}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT114 = {
    "kalenjin": ["DE", "NL"], "corsican": ["FR", "FR", "MC"], "lakota": [], "rusyn": ["SK", "SK", "UA", "CZ"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT114 = {
    "kalenjin": ["runner", "athletics", "iten", "eldoret", "kapsabet", "marathon"],
    "corsican": ["foot", "ajaccio", "bastia", "corti", "sporting", "ballon"],
    "lakota": ["hoops", "rezball", "lakota", "pineridge", "rosebud", "warriors"],
    "rusyn": ["futbal", "presov", "svidnik", "uzhhorod", "hokej", "rusyn"],
}
EMAIL_DOMAINS_HELDOUT114 = {
    "kalenjin": ["yahoo.com", "uoeld.ac.ke", "outlook.com"],
    "corsican": ["sfr.fr", "bbox.fr", "hotmail.fr"],
    "lakota": ["olc.edu", "sintegleska.edu", "yahoo.com", "hotmail.com"],
    "rusyn": ["post.sk", "unipo.sk", "uzhnu.edu.ua", "gmail.com"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT114: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)eldoret|\biten\b|kapsabet|kaptagat|kalenjin|kenya|\bksh\b|shillings|t-kash|"
                r"athletics kenya|matatu|\bmzee\b|\bmama\b|mwalimu|tafadhali|\bsawa\b|\bni\b|\byangu\b|"
                r"\bkwa\b|nenosiri|harambee|uoeld|cross country|nandi|klabu|kocha|mbio|nyika|tumeni|nipigie|"
                r"\btuma\b|nilizaliwa|other names"), "kalenjin"),
    (re.compile(r"(?i)ajaccio|aiacciu|bastia|\bcorte\b|\bcorti\b|corsica|\bcorse\b|furiani|biguglia|"
                r"helloasso|footclubs|lydia|\bziu\b|\bzia\b|babbu|mamma|\ble\b|\bla\b|\bles\b|\best\b|"
                r"c'est|\bdu\b|\bdes\b|\bpour\b|\bavec\b|\bhè\b|\bùn\b|\bdi\b|\bà\b|nom, prénom|"
                r"licence|maglie|zitelli"), "corsican"),
    (re.compile(r"(?i)pine ridge|rosebud|rapid city|\bkyle\b|wanblee|porcupine|manderson|\bmission\b|lakota|"
                r"oglala|sicangu|\bsd\b|south dakota|\brez\b|powwow|sportsengine|gamechanger|leagueapps|"
                r"\bunci\b|tunkasila|\bcoach\b|enrollment|tribal|fry bread|star quilt|\bhau\b|"
                r"last, first"), "lakota"),
    (re.compile(r"(?i)[\u0400-\u04ff]|prešov|presov|svidník|svidnik|medzilaborce|uzhhorod|rusyn|rusín|"
                r"slovak|ukrain|\bpan\b|\bpani\b|baťo|issf|futbalnet|vúb|monobank|privat24|\bje\b|\bsom\b|"
                r"zápas|tréning|heslo|\bpre\b|priezvisko|členské|dres|prihlášk|zavolaj|\bmôj\b|hráč|\bkeď\b|kartou|"
                r"účtu|posielajte|vyberá|strelil|tréner|odpískal|vozí|zbiera"), "rusyn"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT114: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\belle\b|\bnée\b|\bépouse\b|вона|\bona\b|\bpani\b|\bzia\b|\bmamma\b|"
                r"\bunci\b|\bmama\b|\bпані\b|зібрала|\bjej\b|неї"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bil\b|\blui\b|він|\bpan\b|\bziu\b|\bbabbu\b|\bmzee\b|"
                r"tunkasila|baťo|\bпан\b|вуйко|strelil|odpískal|забив|\bnový\b|новий|nouveau|trésorier"), False),
]  # fmt: skip
# a sports club word and its well-known misspelling
MISSPELT_HELDOUT114 = {
    "referee": "refree", "tournament": "tournement", "league": "leauge", "committee": "commitee",
    "schedule": "shedule", "receipt": "reciept", "jersey": "jersy", "training": "trainning",
    "tomorrow": "tommorow", "goalkeeper": "goalkeper", "physio": "physo", "registration": "registeration",
    "entraînement": "entrainement", "arbitre": "arbite", "tréning": "trening",
}  # fmt: skip
MISSPELT_WORD_HELDOUT114 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT114, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, French, Slovak, Ukrainian, Swahili
SHORTHAND_HELDOUT114 = {
    "please": "pls", "because": "coz", "tomorrow": "tmrw", "message": "msg", "thanks": "thx", "people": "ppl",
    "s'il te plaît": "stp", "bonjour": "bjr", "prosím": "pls", "дякую": "дяк", "tafadhali": "tafa",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT114 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT114, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT114 = (
    "January February March April May June July August September October November December".split()
)
SWAHILI_MONTHS_HELDOUT114 = (
    "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split()
)
FRENCH_MONTHS_HELDOUT114 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
CORSICAN_MONTHS_HELDOUT114 = "ghjennaghju ferraghju marzu aprile maghju ghjugnu lugliu aostu sittembre uttrovi nuvembre dicembre".split()
SLOVAK_MONTHS_HELDOUT114 = (
    "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split()
)
UKRAINIAN_MONTHS_HELDOUT114 = (
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()
)
# Ukrainian Cyrillic to Latin as Ukraine's passports have it (the 2010 table); the second letter at a word's
# start
UA_LATIN_HELDOUT114 = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
}  # fmt: skip
UA_LATIN_START_HELDOUT114 = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def _latin(text: str) -> str:
    """A Ukrainian name in Latin letters as a Ukrainian passport writes it ('Юрій Керецман' -> 'Yurii
    Keretsman', 'Ганнуся' -> 'Hannusia'); words in Latin letters stay as they are."""
    words = []
    for word in text.split(" "):
        low = word.lower().replace("зг", "zgh")
        out = "".join(
            (UA_LATIN_START_HELDOUT114.get(c) if i == 0 else None) or UA_LATIN_HELDOUT114.get(c, c)
            for i, c in enumerate(low)
        )
        if word.isupper() and len(word) > 1:
            out = out.upper()
        elif word[:1].isupper():
            out = out[:1].upper() + out[1:]
        words.append(out)
    return " ".join(words)


def _fold(text: str) -> str:
    """A name without its marks, as an English or a phone keyboard types it: 'Dumè' -> 'Dume', 'Hélène' ->
    'Helene', 'Oľga Hudáková' -> 'Olga Hudakova', the Lakota 'Čhetáŋ Dúta' -> 'Chetan Duta'; a Cyrillic name
    goes into Latin letters first."""
    if CYRILLIC_HELDOUT114.search(text):
        text = _latin(text)
    table = str.maketrans({"ŋ": "n", "Ŋ": "N", "ȟ": "h", "Ȟ": "H", "ǧ": "g", "Ǧ": "G", "ł": "l"})
    return _fold_marks(text.translate(table))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Ng'eno' -> 'ngeno', 'Two
    Crow' -> 'twocrow', 'Керецман' -> 'keretsman')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, accents and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT114)


def _feminine(family: str) -> str:
    """A Slovak family name as a woman carries it ('Hudák' -> 'Hudáková', 'Kurimský' -> 'Kurimská'); a
    Ukrainian one stays as it is."""
    return RUSYN_SK_FEMININE_HELDOUT114.get(family, family)


class Gen114(Gen3):
    """Generators for held-out set 114: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT114)  # the forms not given yet
        self._last_origin: str | None = None  # the origin of the name given last, for the values after it
        self._reads_left = 0  # how many values after that name may still follow it
        self.side = "sk"  # the side of the border of the Rusyn name drawn last: 'sk' (Slovakia) or 'ua'

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
        self, origin: str | None = None, woman: bool | None = None, side: str | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman): a Kalenjin's Christian name and family name, a
        Corsican's given name in its Corsican form, a Rusyn's from one side of the border (`side`, kept in
        `self.side`: Slovak, with a woman's family name in '-ová' or '-ská', or Ukrainian in Cyrillic)."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT114)
        if woman is None:
            woman = rng.random() < 0.5
        if origin == "kalenjin":
            men, women, lasts = KALENJIN_MEN_HELDOUT114, KALENJIN_WOMEN_HELDOUT114, KALENJIN_FAMILY_HELDOUT114
        elif origin == "rusyn":
            self.side = side or ("ua" if rng.random() < 0.45 else "sk")
            if self.side == "ua":
                men, women, lasts = (
                    RUSYN_UA_MEN_HELDOUT114,
                    RUSYN_UA_WOMEN_HELDOUT114,
                    RUSYN_UA_FAMILY_HELDOUT114,
                )
            else:
                men, women = RUSYN_SK_MEN_HELDOUT114, RUSYN_SK_WOMEN_HELDOUT114
                lasts = list(RUSYN_SK_FEMININE_HELDOUT114)
        else:
            men, women, lasts = NAMES_HELDOUT114[origin]
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if not _reads_public(f"{first} {x}")])
        if origin == "rusyn" and woman:
            last = _feminine(last)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _other(self, pool: list[str], *not_these: str) -> str:
        return self.rng.choice([x for x in pool if x not in not_these])

    def _kip(self, woman: bool) -> str:
        """A Kalenjin personal name: 'Kipkorir' for a boy, 'Jepkoech' or 'Chepkorir' for a girl."""
        return self.rng.choice(KALENJIN_JEP_HELDOUT114 if woman else KALENJIN_KIP_HELDOUT114)

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT114's, or 'plain'); never one
        that reads as a public figure's; in Cyrillic where `script` is 'cyrillic' (a Rusyn name of the
        Ukrainian side), without marks where it is 'ascii'."""
        for _ in range(50):
            value = self._form_once(origin, form, woman, script)
            if not _reads_public(value):
                break
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None, script: str) -> str:
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT114:
            woman = True
        if form in MEN_FORMS_HELDOUT114:
            woman = False
        cyrillic = script == "cyrillic"
        if form == "nickname":  # 'Gidi', 'Dumè', 'Ty', 'Paľo', 'Юра'
            nicks = NICKS_HELDOUT114[origin]
            women = set(NAMES_HELDOUT114[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            if origin == "rusyn":  # a Ukrainian one in a Cyrillic sentence, a Slovak one in a Latin one
                pool = [g for g in pool if bool(CYRILLIC_HELDOUT114.search(g)) == cyrillic]
            return nicks[rng.choice(pool)]
        side = "ua" if cyrillic or form in ("cyrillic", "patronymic", "transliterated") else None
        if origin == "rusyn" and form in ("slovak", "feminine", "surname_first", "ascii"):
            side = "sk"
        _, first, last, woman = self._origin_name(origin, woman, side)
        men, women, lasts = NAMES_HELDOUT114[origin]
        if form == "typo":  # 'Gideon Kimayo', 'Lucia Casabianka', 'Tyrel Bisonette', 'Іван Керцман'
            if origin == "rusyn":
                if self.side == "sk" and woman:  # a Slovak woman's name changes its end: a man's misspelt
                    _, first, last, woman = self._origin_name(origin, False, "sk")
                own = RUSYN_UA_FAMILY_HELDOUT114 if self.side == "ua" else list(RUSYN_SK_FEMININE_HELDOUT114)
                value = f"{first} {NAME_TYPOS_HELDOUT114[rng.choice([x for x in own if x in NAME_TYPOS_HELDOUT114])]}"
                return value if cyrillic or self.side == "sk" else _latin(value)
            typos = [x for x in lasts + (women if woman else men) if x in NAME_TYPOS_HELDOUT114]
            pick = rng.choice(typos)
            if pick in lasts:
                return f"{first} {NAME_TYPOS_HELDOUT114[pick]}"
            return f"{NAME_TYPOS_HELDOUT114[pick]} {last}"
        if origin == "kalenjin":
            kip = self._kip(woman)
            if form == "three_part":  # 'Gideon Kipng'eno Kirui': a Christian, a Kalenjin and a father's name
                return f"{first} {kip} {last}"
            if form == "kip_name":  # 'Dorcas Jepkoech'
                return f"{first} {kip}"
            if form in ("apostrophe", "apostrophe_dropped"):  # 'Caleb Kipng'etich', 'Caleb Kipngetich'
                kip = rng.choice([k for k in KALENJIN_JEP_HELDOUT114 + KALENJIN_KIP_HELDOUT114
                                  if "'" in k and (k in KALENJIN_JEP_HELDOUT114) == woman])  # fmt: skip
                r = rng.random()
                value = (
                    f"{first} {kip}" if r < 0.4 else f"{first} Ng'eno" if r < 0.7 else f"{first} {kip} {last}"
                )
                return value if form == "apostrophe" else value.replace("'", "")
            if form == "initials":  # 'G. K. Kirui', 'G.K. Kirui', 'D. Koech'
                r = rng.random()
                if r < 0.4:
                    return f"{first[0]}. {kip[0]}. {last}"
                if r < 0.7:
                    return f"{first[0]}.{kip[0]}. {last}"
                return f"{first[0]}. {last}"
            if form == "surname_first":  # 'KIRUI Gideon Kipkorir', 'Kirui, Gideon K.'
                if rng.random() < 0.5:
                    return f"{last.upper()} {first} {kip}"
                return f"{last}, {first} {kip[0]}."
        if origin == "corsican":
            french = CORSICAN_FRENCH_HELDOUT114[first]
            given = french if rng.random() < 0.5 else first
            if form == "corsican_given":  # 'Lisandru Casabianca'
                return f"{first} {last}"
            if form == "french_given":  # 'Alexandre Casabianca'
                return f"{french} {last}"
            if form == "compound":  # 'Jean-Baptiste Orsoni', 'Marie-Claire Pietri'
                return f"{rng.choice(CORSICAN_COMPOUND_HELDOUT114[woman])} {last}"
            if form == "particle":  # 'Francescu d'Ornano', 'Lucie de Gentili'
                return f"{given} {rng.choice(CORSICAN_PARTICLE_HELDOUT114)}"
            if form == "married":  # 'Pauline Orsoni née Pietri', 'Lucia Pietri épouse Orsoni'
                other = self._other(lasts, last)
                return (
                    f"{given} {other} née {last}" if rng.random() < 0.6 else f"{given} {last} épouse {other}"
                )
            if form == "surname_first":  # 'CASABIANCA Lisandru', 'Casabianca, Alexandre'
                return f"{last.upper()} {given}" if rng.random() < 0.5 else f"{last}, {given}"
            if form == "ascii":  # 'Francois Casabianca', 'Helene Pietri', 'Dume Orsoni'
                pool = [CORSICAN_FRENCH_HELDOUT114[g] for g in (women if woman else men)]
                pool += [
                    CORSICAN_NICK_HELDOUT114[g]
                    for g in (women if woman else men)
                    if g in CORSICAN_NICK_HELDOUT114
                ]
                pool += CORSICAN_COMPOUND_HELDOUT114[woman]
                return _fold(f"{rng.choice([g for g in pool if _fold(g) != g])} {last}")
        if origin == "lakota":
            middle = rng.choice(string.ascii_uppercase.replace("X", "").replace("Q", ""))
            if form == "two_word_family":  # 'Shawna Her Many Horses', 'Tyrel Two Crow'
                return f"{first} {rng.choice([x for x in lasts if ' ' in x])}"
            if form == "joined":  # 'Tyrel Twocrow'
                return f"{first} {rng.choice(sorted(LAKOTA_JOINED_HELDOUT114.values()))}"
            if form in ("lakota_name", "lakota_ascii"):  # 'Čhetáŋ Dúta', 'Chetan Duta'
                value = rng.choice(LAKOTA_NAMES_HELDOUT114[woman])
                return value if form == "lakota_name" else _fold(value)
            if form == "middle_initial":  # 'Tyrel J. Two Crow'
                return f"{first} {middle}. {last}"
            if form == "surname_first":  # 'TWO CROW, TYREL J.', 'Poor Bear, Shawna K.'
                value = f"{last}, {first} {middle}."
                return value.upper() if rng.random() < 0.5 else value
            if form == "suffix":  # 'Dustin Poor Bear Jr.', 'Corey J. Janis III'
                mid = f" {middle}." if rng.random() < 0.4 else ""
                return f"{first}{mid} {last} {rng.choice(LAKOTA_SUFFIX_HELDOUT114)}"
        if origin == "rusyn":
            if form in ("slovak", "feminine"):  # 'Mikuláš Hudák', 'Oľga Hudáková'
                return f"{first} {last}"
            if form == "cyrillic":  # 'Іван Керецман'
                return f"{first} {last}"
            if form == "patronymic":  # 'Іван Михайлович Керецман', 'Керецман Іван Михайлович'
                father = rng.choice(sorted(RUSYN_PATRONYMIC_HELDOUT114))
                patronymic = RUSYN_PATRONYMIC_HELDOUT114[father][1 if woman else 0]
                value = (
                    f"{first} {patronymic} {last}" if rng.random() < 0.6 else f"{last} {first} {patronymic}"
                )
                return value if cyrillic else _latin(value)
            if form == "transliterated":  # 'Oksana Keretsman'
                return _latin(f"{first} {last}")
            if form == "surname_first":  # 'HUDÁK Mikuláš', 'Hudáková, Oľga'
                return f"{last.upper()} {first}" if rng.random() < 0.5 else f"{last}, {first}"
            if form == "ascii":  # 'Olga Hudakova', 'Stefan Kurimsky'
                first = rng.choice(
                    [
                        g
                        for g in (women if woman else men)
                        if _fold(g) != g and not CYRILLIC_HELDOUT114.search(g)
                    ]
                )
                return _fold(f"{first} {last}")
        return f"{first} {last}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as a licence or a register holds it ('KIRUI GIDEON KIPKORIR', 'CASABIANCA
        LISANDRU', 'TWO CROW, TYREL J.', 'HUDÁKOVÁ OĽGA', 'КЕРЕЦМАН ІВАН МИХАЙЛОВИЧ')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            r = self.rng.random()
            if origin == "kalenjin":
                kip = self._kip(woman)
                value = f"{last} {first} {kip}" if r < 0.5 else f"{first} {kip} {last}"
            elif origin == "corsican":
                given = CORSICAN_FRENCH_HELDOUT114[first] if r < 0.5 else first
                value = f"{last} {given}" if r < 0.3 or r > 0.8 else f"{given} {last}"
            elif origin == "lakota":
                value = f"{last}, {first} {self.rng.choice('ABCDJKLMRST')}." if r < 0.5 else f"{first} {last}"
            elif self.side == "ua":
                patronymic = RUSYN_PATRONYMIC_HELDOUT114[self.rng.choice(sorted(RUSYN_PATRONYMIC_HELDOUT114))]
                value = f"{last} {first} {patronymic[1 if woman else 0]}"
                value = value if r < 0.6 else _latin(value)
            else:
                value = f"{last} {first}" if r < 0.6 else f"{first} {last}"
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
        if origin == "kalenjin":
            if r < 0.2 and not chat:
                return f"{first} {self._kip(woman)} {last}"
            return f"{first} {self._kip(woman)}" if r < 0.45 else f"{first} {last}"
        if origin == "corsican":
            return f"{CORSICAN_FRENCH_HELDOUT114[first]} {last}" if r < 0.45 else f"{first} {last}"
        if origin == "lakota":
            if r < 0.2 and not chat:
                return f"{first} {rng.choice('ABCDJKLMRST')}. {last}"
            return f"{first} {last}"
        if self.side == "ua":
            value = f"{first} {last}"
            if script == "cyrillic" and not chat and r < 0.35:
                patronymic = RUSYN_PATRONYMIC_HELDOUT114[rng.choice(sorted(RUSYN_PATRONYMIC_HELDOUT114))]
                value = f"{last} {first} {patronymic[1 if woman else 0]}"
            return value if script == "cyrillic" else _latin(value)
        return f"{first} {last}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if script not in FORM_SCRIPTS_HELDOUT114.get((o, form), DEFAULT_SCRIPTS_HELDOUT114):
                continue
            if (woman is False and form in WOMEN_FORMS_HELDOUT114) or (
                woman is True and form in MEN_FORMS_HELDOUT114
            ):
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT114 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT114 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        if script == "cyrillic":
            origin = "rusyn"
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
        origin, first, last, woman = self._origin_name(origin, woman, "ua" if script == "cyrillic" else None)
        self.last_origin = origin
        r = rng.random()
        if r < (0.7 if chat else 0.88) or script:
            name = self._full(origin, first, last, woman, script, chat)
            return _fold(name) if script == "ascii" else name
        if r < 0.94:  # the given name alone, its short form, or a Kalenjin personal name alone
            name = first
            nicks = NICKS_HELDOUT114[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
            elif origin == "kalenjin" and rng.random() < 0.4:
                name = self._kip(woman)
        else:
            name = last
        if CYRILLIC_HELDOUT114.search(name):
            name = _latin(name)
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Mzee Kirui', 'Mama Kipkorir', 'Ziu Dumè', 'Zia Lucia',
        'Unci Shawna', 'Coach Two Crow', 'pan Hudák', 'pani Hudáková', 'baťo Paľo', 'пан Керецман', 'вуйко
        Юра'), from the origin that uses it."""
        for _ in range(50):
            value = self._titled_once(title)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str) -> str:
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT114[key]
        rng = self.rng
        side = "ua" if CYRILLIC_HELDOUT114.search(title) else "sk"
        _, first, last, woman = self._origin_name(origin, woman, side)
        nicks = NICKS_HELDOUT114[origin]
        if part == "child":  # 'Mama Kipkorir', 'Mama Gidi'
            r = rng.random()
            if r < 0.5:
                return self._kip(rng.random() < 0.5)
            child = rng.choice(KALENJIN_MEN_HELDOUT114 + KALENJIN_WOMEN_HELDOUT114)
            return nicks[child] if child in nicks and r < 0.7 else child
        if part == "family":
            return last
        if part == "given":
            if first in nicks and rng.random() < 0.4:  # 'Ziu Dumè', 'baťo Paľo', 'вуйко Юра'
                return nicks[first]
            if origin == "corsican" and rng.random() < 0.3:  # 'Zia Jeanne'
                return CORSICAN_FRENCH_HELDOUT114[first]
            return first
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it, one of the
        origin whose places, papers or speech the template names, in the script or the layout the template
        is written in."""
        m = TITLE_SLOT_HELDOUT114.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT114[title.lower()][0]
            return name
        if LAKOTA_NAME_SLOT_HELDOUT114.search(template):  # 'her Lakota name is Hiŋháŋ Wíŋ'
            woman = next((w for cue, w in GENDER_CUES_HELDOUT114 if cue.search(template)), None)
            owed = [f for o, f in self.owed if o == "lakota" and f in ("lakota_name", "lakota_ascii")]
            form = owed[0] if owed else self.rng.choice(["lakota_name", "lakota_name", "lakota_ascii"])
            if owed:
                self.owed.remove(("lakota", form))
            self.last_origin = "lakota"
            return self._form("lakota", form, woman)
        lead = next((lead for lead in SURNAME_FIRST_LEADS_HELDOUT114 if template.startswith(lead)), None)
        script, origin = ("surname_first", SURNAME_FIRST_LEADS_HELDOUT114[lead]) if lead else ("", None)
        if not lead and CYRILLIC_HELDOUT114.search(template):
            script = "cyrillic"
        elif not lead and (template.startswith(('"', "- ")) or "=" in template):
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT114 if cue.search(template)), None)
        origin = origin or next((o for cue, o in ORIGIN_CUES_HELDOUT114 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT114 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT114:
            template = rng.choice(FORCED_SENTENCES_HELDOUT114[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT114:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT114["upper"]), self._caps(origin)))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT114["lower"]), self._plain_lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT114 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT114[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _plain_lower(self, origin: str) -> str:
        """A full name in lower case as chat types it ('gideon kirui', 'lisandru casabianca', 'tyrel two
        crow', 'olga hudakova', 'yurii keretsman')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            value = self._full(origin, first, last, woman, "", True)
            if origin == "rusyn" and self.rng.random() < 0.5:
                value = _fold(value)
            if " " in value and not _reads_public(value):
                break
        return value.lower()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, flat = rng.randint(1, 160), rng.randint(1, 60)
        shapes = {
            "kalenjin": [
                f"P.O. Box {rng.randint(10, 9999)}-30100, Eldoret",
                f"House {n}, {pick(['Kapsoya', 'Elgon View', 'Langas', 'Pioneer'])} Estate, Eldoret",
                f"Plot {n}, Kaptagat Road, Eldoret",
                f"P.O. Box {rng.randint(10, 999)}-30700, Iten",
                f"Kamariny, off the Iten-Kabarnet Road, house {n}, Iten",
                f"P.O. Box {rng.randint(10, 999)}-30300, Kapsabet",
                f"Plot {n}, Kapsabet-Eldoret Road, Kapsabet",
            ],
            "corsican": [
                f"{n} avenue du Mont Thabor, 20090 Ajaccio",
                f"{n} {pick(['cours Grandval', 'boulevard Sampiero', 'route des Sanguinaires'])}, 20000 Ajaccio",
                f"Résidence Les Salines, bât. {pick('ABCDEF')}, 20090 Ajaccio",
                f"{n} {pick(['rue César Campinchi', 'boulevard Général Graziani'])}, 20200 Bastia",
                f"{n} avenue de la Libération, 20600 Bastia",
                f"lieu-dit {pick(['Ceppe', 'Casatorra'])}, 20620 Biguglia",
                f"{n} {pick(['avenue Jean Nicoli', 'chemin de Baliri'])}, 20250 Corte",
                f"{n} chemin de Baliri, 20250 Corti",
            ],
            "lakota": [
                f"{rng.randint(100, 4999)} {pick(['Haines Ave', 'E St Patrick St', 'Omaha St', 'Knollwood Dr', 'N Maple Ave'])}, Rapid City, SD {pick(['57701', '57702'])}",
                f"P.O. Box {rng.randint(1, 2999)}, Pine Ridge, SD 57770",
                f"P.O. Box {rng.randint(1, 999)}, {pick(['Kyle, SD 57752', 'Wanblee, SD 57577', 'Manderson, SD 57756', 'Porcupine, SD 57772'])}",
                f"{n} BIA Route {rng.randint(2, 41)}, Porcupine, SD 57772",
                f"P.O. Box {rng.randint(1, 999)}, Rosebud, SD 57570",
                f"{n} Antelope Community, Mission, SD 57555",
            ],
            "rusyn": [
                f"{pick(['Sabinovská', 'Levočská', 'Exnárova', 'Sibírska'])} {n}, 080 01 Prešov",
                f"{pick(['Sabinovská', 'Levocska', 'Exnarova'])} {n}/{rng.randint(1, 40)}, 08001 Presov",
                f"{pick(['Centrálna', 'Dukelská'])} {n}, 089 01 Svidník",
                f"Mierová {n}, 068 01 Medzilaborce",
                f"вул. {pick(['Капушанська', 'Минайська', 'Швабська', 'Загорська'])}, {n}, кв. {flat}, м. Ужгород, 88000",
                f"просп. Свободи, {n}, кв. {flat}, Ужгород, 88017",
                f"vul. {pick(['Kapushanska', 'Minaiska', 'Shvabska'])} {n}, kv. {flat}, Uzhhorod, 88000",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT114 for s in shapes[o]])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT114[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1970, 2012)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "gmail.com", *EMAIL_DOMAINS_HELDOUT114[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        ke = ["70", "71", "72", "74", "79", "11"]
        ua = ["50", "66", "67", "68", "95", "97", "98", "63", "73"]
        shapes = {
            "kalenjin": [
                f"0{pick(ke)}{d(1)} {d(3)} {d(3)}",  # Kenyan mobiles
                f"+254 {pick(ke)}{d(1)} {d(6)}",
                f"+254{pick(ke)}{d(7)}",
                f"0{pick(ke)}{d(1)}-{d(3)}-{d(3)}",
                f"053-20{d(5)}",  # Eldoret
                f"(053) 52{d(5)}",  # Kapsabet
            ],
            "corsican": [
                f"06 {d(2)} {d(2)} {d(2)} {d(2)}",  # French mobiles
                f"07 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"+33{pick('67')}{d(8)}",
                f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
                f"04 20 {d(2)} {d(2)} {d(2)}",  # Corsica's newer fixed lines
            ],
            "lakota": [
                f"(605) {pick(['341', '342', '343', '348', '716', '718', '719'])}-{d(4)}",  # Rapid City
                f"605-747-{d(4)}",  # Rosebud
                f"(605) 856-{d(4)}",  # Mission
                f"605-455-{d(4)}",  # Kyle
                f"+1 605 {pick(['390', '391', '484', '877'])} {d(4)}",  # mobiles
                f"605.{pick(['381', '393'])}.{d(4)}",
            ],
            "rusyn": [
                f"+421 9{pick('0145')}{d(1)} {d(3)} {d(3)}",  # Slovak mobiles
                f"09{pick('0145')}{d(1)} {d(3)} {d(3)}",
                f"051/77{d(1)} {d(2)} {d(2)}",  # Prešov
                f"+421 51 77{d(1)} {d(4)}",
                f"+380 {pick(ua)} {d(3)} {d(2)} {d(2)}",  # Ukrainian mobiles
                f"0{pick(ua)} {d(3)} {d(2)} {d(2)}",
                f"+38 (0{pick(ua)}) {d(3)}-{d(2)}-{d(2)}",
                f"+380{pick(ua)}{d(7)}",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT114 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}",
                             "6011", "65", "34", "37"])  # fmt: skip
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
        own = IBAN_BY_ORIGIN_HELDOUT114[origin] if origin else []
        country = rng.choice(own or sorted(IBAN_SHAPES_HELDOUT114))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT114[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.choice([0, 1, 8, 100])}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2c0f:fe38:{h()}:{h()}::{h()}", f"2a01:cb1c:{h()}:{h()}::{h()}", f"2001:4c48:{h()}:{h()}::{h()}",
                           f"2600:1700:{h()}:{h()}:{h()}::{h()}", f"2a02:2378:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the club website's login alerts, the clubhouse router, the
        scoreboard's controller, the race timing box, the camera over the pitch, the club laptop, the club
        server's sshd log and its website's log; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the club website says someone tried the admin login 40 times from {}, is that one of us?", v4),
            ("the scoreboard in the gym is on {}, the remote won't pair without it", v4),
            ("the timing box at the finish line got {} from the phone hotspot", v4),
            ("the camera over the pitch streams from {}, open it in VLC", v4),
            ("the club laptop has {} now, add it to the printer again", v4),
            ("le routeur du club-house est sur {}, ne le débranche pas", v4),
            ("HelloAsso m'a envoyé une alerte, connexion depuis {}, c'était toi ?", rng.choice([v4, v6])),
            ("ISSF hlási nové prihlásenie z {}, to si bol ty?", v4),
            ("сайт клубу лежить, сервер {} не відповідає", v4),
            ("SportsEngine says my account was used from {}, was that you at the tournament in Rapid City?", v6),
            ("the router in the Kaptagat camp gives {} to the coach's laptop", v4),
            ("listen {}:8080", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ping -6 -c 4 {}", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Mar 14 07:41:19 club-web sshd[2231]: Failed password for admin from {} port 52114 ssh2", v4),
            ('{} - - [14/Mar/2026:08:15:40 +0100] "POST /wp-login.php HTTP/1.1" 302 0', v4),
            ("scoreboard_ip: {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1975, 2014)
        return rng.choice(
            [
                f"{rng.choice(['Eldoret', 'Iten', 'Kapsabet', 'Kaptagat', 'Nandi'])}{rng.choice(['@254', '#30100', '_2025', '!!'])}",
                f"{rng.choice(['Ajaccio', 'Bastia', 'Corti', 'Furiani', 'Restonica'])}{rng.choice(['2B!', '@20', '#2A', '1978'])}",
                f"{rng.choice(['Oglala', 'Rosebud', 'Wakpamni', 'Kyle', 'Thunder'])}{rng.choice(['57770', '@605', '#LNI', '!!'])}",
                f"{rng.choice(['Presov', 'Svidnik', 'Laborec', 'Uzhhorod', 'Dukla'])}{rng.choice(['080!', '@421', '#88000', '2025'])}",
                rng.choice(["penalty", "offside", "marathon", "jersey", "freekick", "rebound"]).translate(leet) + rng.choice(["", "!", "_114"]),
                f"{rng.choice(['gidi', 'shaddy', 'dume', 'lisa', 'dusty', 'kimmie', 'palo', 'yura'])}{rng.choice([str(year), str(year)[2:], '123'])}",
                f"{rng.choice(['Club', 'Team', 'Kit', 'League'])}{rng.randint(2019, 2026)}-{rng.choice(['U12', 'Seniors', 'Reserves', 'Vets'])}{rng.randint(10, 99)}",
                f"{rng.choice(['clubhouse', 'minibus', 'secretary', 'admin'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Club2024Kit"  # where ':' or ';' would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            # the club's logins and codes, handed over in the ways a club does it
            ("the club website's admin password is on the inside of the kit cupboard door, {}", pw),
            ("I put the SportsEngine password for the U12 team in the scorebook, {}", pw),
            ("the T-Kash PIN for the club's phone is {}, pay the matatu driver from it", d(4)),
            ("the padlock code of the minibus keys box is {}", d(4)),
            ("the clubhouse wifi is on the board by the bar, {}", pw),
            ("the Footclubs password of the club secretary is {}, she's away till Monday", pw),
            ("the GameChanger login for the scorekeeper is on a sticky note, password {}", pw),
            ("the code for the physio room door is {}", d(6)),
            ("the Athletics Kenya portal password for the club is {}, register the juniors tonight", pw),
            ("Privat24 PIN {}, pay for the bus to Mukachevo", d(4)),
            # cues in the set's languages
            ("nenosiri yangu ya portal ni {}, usimwambie mtu", pw),
            ("le mot de passe HelloAsso du club c'est {}, ne le donne à personne", pw),
            ("a parolla d'intrata di u situ hè {}, ùn la dì à nimu", pw),
            ("heslo do ISSF je {}, nikomu ho nehovor", pw),
            ("heslo na wifi v šatni je {}", colonless),
            ("пароль від адмінки сайту клубу {}, нікому не кажи", pw),
            ("гесло до клубовой сторінкы є {}, никому го не гвари", pw),
            ("the tribal rec center's gym code is {}, don't tell nobody", d(5)),
            # commands
            ("mysqldump -u clubweb -p{} club_wp > backup.sql", colonless),
            ("nmcli dev wifi connect Clubhouse_5G password {}", colonless),
            # pastes
            ("WIFI:T:WPA;S:Clubhouse;P:{};;", colonless),
            ("define( 'DB_PASSWORD', '{}' );", colonless),
            ("HELLOASSO_CLIENT_SECRET={}", tok(32, alnum)),
            ("SPORTSENGINE_API_TOKEN={}", tok(40, hexd)),
            ("MONOBANK_X_TOKEN={}", tok(44, b64)),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("SMTP_PASSWORD={}", colonless),
            ("TKASH_API_SECRET={}", tok(28, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the league portal's, the team app's and the club website's logins, a club's or a
        runner's Instagram and TikTok, in shapes like 'gideon.kirui98', 'ajaccio_lisandru', 'ty_twocrow605',
        'palo.hudak'."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(85, 99) if rng.random() < 0.6 else rng.randint(0, 14)
        subject = rng.choice(SUBJECTS_HELDOUT114[origin])
        own = {
            "kalenjin": [f"{first}.{last}{yy:02d}", f"{subject}_{first}", f"{first}{last[:3]}{yy:02d}"],
            "corsican": [f"{subject}_{first}", f"{first}.{last}", f"{first}{last}2b"],
            "lakota": [f"{first}_{last}605", f"{subject}{first}", f"{first}{yy:02d}"],
            "rusyn": [f"{first}.{last}", f"{first}{yy:02d}", f"{subject}.{first}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1962, youngest: int = 2016) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1962, youngest: int = 2016) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format."""
        y, m, day = self._birth(oldest, youngest)
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return {
            "ke": f"{day:02d}/{m:02d}/{y}",
            "ke_words": f"{day}{th} {EN_MONTHS_HELDOUT114[m - 1]} {y}",
            "sw_words": f"{day} {SWAHILI_MONTHS_HELDOUT114[m - 1]} {y}",
            "fr": f"{day:02d}/{m:02d}/{y}",
            "fr_words": f"{day} {FRENCH_MONTHS_HELDOUT114[m - 1]} {y}",
            "co_words": f"{day} di {CORSICAN_MONTHS_HELDOUT114[m - 1]} {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "us_words": f"{EN_MONTHS_HELDOUT114[m - 1]} {day}, {y}",
            "sk": f"{day}. {m}. {y}",
            "sk_words": f"{day}. {SLOVAK_MONTHS_HELDOUT114[m - 1]} {y}",
            "ua": f"{day:02d}.{m:02d}.{y}",
            "ua_words": f"{day} {UKRAINIAN_MONTHS_HELDOUT114[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"kalenjin": ["ke"], "corsican": ["fr"], "lakota": ["us"], "rusyn": ["sk", "ua"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ke", "fr", "us", "sk", "ua", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`; a child's for the junior teams, a parent's or a veteran's."""
        s, kid, old = self._dob_shapes(), self._dob_shapes(2012, 2016), self._dob_shapes(1945, 1970)
        options = [
            ("my son was born {}, so he runs in the under-14 race in Kapsabet", kid["ke_words"]),
            ("Athletics Kenya wants my date of birth for the licence, it's {}", s["ke"]),
            ("nilizaliwa tarehe {}, andika hivyo kwa fomu ya klabu", s["sw_words"]),
            ("Date of birth (DD/MM/YYYY): {}", s["ke"]),
            ("ma fille est née le {}, elle joue en U11 à Bastia", kid["fr_words"]),
            ("Date de naissance : {}", s["fr"]),
            ("sò natu u {}, scrivilu nant'à a licenza", s["co_words"]),
            ("je suis né le {}, mets-le sur la licence du vétéran", old["fr"]),
            ("my daughter's DOB for the SportsEngine registration is {}", kid["us"]),
            ("I was born {}, put that on the enrollment form for the rec league", s["us_words"]),
            ("Date of birth (MM/DD/YYYY): {}", s["us"]),
            ("syn sa narodil {}, hrá za prípravku v Prešove", kid["sk_words"]),
            ("Dátum narodenia: {}", s["sk"]),
            ("мій син народився {}, записали в U12", kid["ua_words"]),
            ("Дата народження: {}", s["ua"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("birth_date: {}", s["iso"]),
            ("members.csv: 114,U12,{},paid", kid["iso"]),
            ("DOB: {}", s["us"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT114_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} won the club's 10k in Kapsabet in under 29 minutes",
        "{} leads the long run on the Kaptagat road every Thursday",
        "{} is the pacer for the juniors at the Iten track",
        "{} collects the club fees and keeps the T-Kash receipts",
        "{} alishinda mbio za nyika za klabu huko Eldoret",
        "{} ndiye kocha wa vijana wa klabu, mpigie",
        "Mzee {} gave the runners the field behind his farm in Iten",
        "Mama {} paid the club fees for the whole year by T-Kash",
        "Mwalimu {} picks the team for the Eldoret half marathon",
        "{} est le nouveau trésorier du club de foot à Bastia",
        "{} a marqué deux buts contre Furiani dimanche",
        "{} s'occupe des licences Footclubs des U13",
        "{} hà signatu a licenza per a squadra di Corti",
        "{} arbitre le match des seniors samedi à Ajaccio",
        "{} drives the club minibus to the away games in Bastia",
        "Ziu {} porta i zitelli à u stadiu in Corti",
        "Zia {} s'occupe des licences du club à Bastia",
        "Babbu {} hà lavatu e maglie di a squadra",
        "Mamma {} fait les crêpes pour le tournoi des U11 à Ajaccio",
        "{} scored 31 against Red Cloud last night, Pine Ridge went crazy",
        "{} runs the rez ball league out of the rec center in Kyle",
        "{} drove the team van from Rosebud to the tournament in Rapid City",
        "{} is the team mom for the 12U girls in Pine Ridge",
        "{} signed up both boys on SportsEngine for the summer league",
        "her Lakota name is {}, she got it at her naming ceremony",
        "his Lakota name is {}, his grandpa gave it to him",
        "Unci {} sewed the star quilt for the senior night at Pine Ridge",
        "Tunkasila {} never misses a home game in Kyle",
        "Coach {} wants everybody at the gym in Rosebud by 6",
        "{} strelil dva góly v zápase proti Svidníku",
        "{} je nový tréner prípravky v Prešove",
        "{} vyberá členské za dorast, pošli jej to",
        "{} odpískal zápas v Medzilaborciach úplne zle",
        "pan {} vozí chlapcov na zápasy do Svidníka",
        "pani {} zbiera členské za dorast v Prešove",
        "baťo {} ešte stále píska zápasy v Medzilaborciach",
        "{} забив два голи у суботу проти Мукачева",
        "{} новий тренер дитячої команди в Ужгороді",
        "{} зібрала внески за сезон, питайте в неї",
        "пан {} везе команду на виїзний матч до Мукачева",
        "пані {} пере форму після кожного матчу",
        "вуйко {} відкриває спортзал в Ужгороді о сьомій",
        "ПІБ: {}",
        "Тренер: {}",
        "{} is the physio, she comes on Tuesdays",
        "{} is on the kit order for a number 9 shirt",
        "{} and {} share the lift to the away game",
        "ask {} if the new balls came in",
        "{} wants the match report before Monday",
        "{} left the keys of the minibus at the clubhouse",
        "who is {}? the list says he paid already",
        "tell {} the referee's report went to the league",
        "{} says training is moved to 5 today",
        "did {} bring the new balls in the end?",
        "Player's name: {}",
        "Parent or guardian: {}",
        "Referee: {}",
        "Coach: {}",
        "Club secretary: {}",
        "Surname, other names: {}",
        "Nom, prénom : {}",
        "LAST, FIRST MI: {}",
        "Priezvisko, meno: {}",
        "Nom du joueur : {}",
        "Meno hráča: {}",
        "| 9 | {} | L | paid |",
        '"player_name": "{}",',
        "- coach: {}",
    ],
    "STREET_ADDRESS": [
        "the minibus picks the juniors up at {}",
        "send the kit order to {} please",
        "the club's post goes to {}",
        "the new clubhouse is at {}",
        "drop the trophies at {} after the final",
        "tumeni barua kwa {}",
        "envoie les maillots au {}",
        "pošlite dresy na adresu {}",
        "форму надішліть на {}",
        "the league sends the fines to {}",
        "Address: {}",
        "Adresse : {}",
        "Adresa: {}",
        "Адреса: {}",
        "Mailing address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the match report to {}",
        "the league secretary writes from {}",
        "the kit supplier's invoice went to {}",
        "the SportsEngine account is on {}",
        "forward the referee's report to {} please",
        "tuma fomu kwa {}",
        "envoie le certificat médical à {}",
        "prihlášku pošlite na {}",
        "заявку надішліть на {}",
        "E-mail: {}",
        "Courriel : {}",
        "Ел. пошта: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when the minibus leaves",
        "the physio's number is {}",
        "the referee for Saturday is on {}",
        "whatsapp {} for the kit order",
        "the coach of the juniors is on {}",
        "nipigie kwa {} ukifika Iten",
        "appelle-moi au {} pour le covoiturage",
        "zavolaj mi na {} keď prídete do Prešova",
        "дзвоніть на {} щодо форми",
        "Phone: {}",
        "Tel.: {}",
        "Téléphone : {}",
        "Telefón: {}",
        "Телефон: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the kit order with {}",
        "the minibus fuel went on {}",
        "the tournament entry was charged to {} twice",
        "book the hall for the awards night with {} please",
        "the new nets were paid with {}",
        "j'ai payé la licence avec la carte {}",
        "dresy som zaplatil kartou {}",
        "оплатив автобус карткою {}",
        "Card: {}",
        "Card number: {}",
        "Numéro de carte : {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the club's account for the fees is {}",
        "pay the kit supplier into {}",
        "the race sends the prize money to {}",
        "the league wants the fine paid into {}",
        "send the refund for the cancelled tournament to {} please",
        "la cotisation se paie sur {}",
        "členské posielajte na {}",
        "внески за сезон на рахунок {}",
        "IBAN: {}",
        "IBAN du club : {}",
        "Číslo účtu (IBAN): {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "the club's instagram is {}",
        "on tiktok the juniors are {}",
        "the SportsEngine user for the team mom is {}",
        "my GameChanger login is {}",
        "the Footclubs user of the secretary is {}",
        "the club website's admin user is {}",
        "my handle in the team's group chat is @{}",
        "mon identifiant HelloAsso c'est {}",
        "môj login do ISSF je {}",
        "мій логін на сайті ліги {}",
        "Login: {}",
        "Username: {}",
        "Identifiant : {}",
        "User: {}",
        '"username": "{}",',
    ],
}
HELDOUT114_MIXED = [
    ("Player's name: {}\nDate of birth: {}\nParent's phone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name: {}\nE-mail: {}\nPassword: {}", ["PERSON", "EMAIL_ADDRESS", "SECRET"]),
    ("Nom, prénom : {}\nDate de naissance : {}\nAdresse : {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("LAST, FIRST MI: {}\nDOB: {}\nMailing address: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Priezvisko, meno: {}\nDátum narodenia: {}\nTelefón: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("ПІБ: {}\nТелефон: {}", ["PERSON", "PHONE_NUMBER"]),
    ("{} paid for the kit with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the prize money in {}", ["PERSON", "IBAN_CODE"]),
    ("the physio is {}, {}, and wants her fee in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("SportsEngine login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Referee: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) sent the match report", ["PERSON", "EMAIL_ADDRESS"]),
    ("the kit shop charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the registration form to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change it on the members list", ["PERSON", "STREET_ADDRESS"]),
    ("Account holder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the scoreboard is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("CLUB_DB_HOST={}\nCLUB_DB_USER={}\nCLUB_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} takes the minibus and {} drives the van", ["PERSON", "PERSON"]),
    ("{} wants the match report sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Parent or guardian: {}\nPhone: {}", ["PERSON", "PHONE_NUMBER"]),
]  # fmt: skip
HELDOUT114_NEGATIVES = [
    "Eldoret, Iten and Kapsabet are where half the world's marathon runners train",
    "the Kipchoge Keino Stadium in Eldoret hosts the county championships",
    "Moi University and the University of Eldoret both have athletics teams",
    "Kip- is for a boy and Jep- or Chep- for a girl, the rest of the name says when the child was born",
    "Mzee is what you call an elder and Mama a mother, Mwalimu is the teacher",
    "the Iten-Kabarnet road climbs to 2,400 metres, the juniors hate it",
    "the club fee is 500 shillings a month, juniors pay 200",
    "the cross country trials are on the last Saturday of January",
    "sawa, tutaonana kwa mazoezi kesho asubuhi",
    "a pair of racing spikes costs about 9,000 shillings in Eldoret",
    "the Stade François Coty in Ajaccio seats about 10,000",
    "the Stade Armand-Cesari is in Furiani, just south of Bastia",
    "Ziu and Zia are uncle and aunt in Corsican, Babbu is dad and Mamma is mum",
    "Corsican names often end in -u where the French ones end in -e, like Lisandru for Alexandre",
    "a Corsican family name with d' or de in front is still one family name",
    "la licence U13 coûte 95 euros cette saison, le maillot est compris",
    "entraînement annulé ce soir à cause du vent",
    "bonghjornu à tutti, u match hè à 3 ore",
    "the ferry from Marseille to Bastia takes about twelve hours",
    "Footclubs, HelloAsso and Lydia are what the clubs use for licences and fees",
    "the Billy Mills Hall in Pine Ridge hosts the basketball banquet",
    "the Crazy Horse Memorial is on the way from Rapid City to Custer",
    "the Red Cloud Crusaders play their home games in Pine Ridge",
    "Unci is grandma and Tunkasila is grandpa in Lakota",
    "Her Many Horses and Afraid of Bear are family names, not sentences",
    "the Lakota Nation Invitational is every December in Rapid City",
    "tribal enrollment cards need to be renewed every ten years",
    "hau kola, the game is at 7 tonight",
    "a 12U registration on SportsEngine is 85 dollars",
    "the rez league plays on Tuesdays and Thursdays in Kyle",
    "the Alexander Duchnovič Theatre in Prešov plays in Rusyn",
    "the Andy Warhol museum in Medzilaborce has his family's photos",
    "pan and pani are Mr and Mrs in Slovak, baťo is an uncle or an older man",
    "a Slovak woman's family name ends in -ová or -ská, Hudák becomes Hudáková",
    "Ukrainians put the father's name in the middle, -ovych for a son and -ivna for a daughter",
    "členské pre dorast je 15 eur na mesiac",
    "zápas sa začína o 10:30, zraz o 9:45 pri štadióne",
    "тренування о 18:00 на стадіоні Авангард",
    "внесок за сезон 800 гривень, форма окремо",
    "ďakujem všetkým za sobotu, super zápas",
    "дякую всім, гарна гра",
    "the minibus is a Ford Transit with 17 seats",
    "kit order KO-2026-0412: 18 shirts, 18 shorts, 2 keeper kits",
    "match number 2B-114-07 is the cup quarter final",
    "the referee's report form is R-12 and goes to the league within 48 hours",
    "the Garmin Forerunner 265 and the Coros Pace 3 are the watches the runners use",
    "the Nike Vaporfly 3 is 270 dollars in the US",
    "a Molten BG4500 is the official ball of the league",
    "Mitre Delta balls are 89 euros for a pack of three",
    "error 403 on the registration portal means the season is closed",
    "HelloAsso error E-1023 means the card was refused",
    "the scoreboard's default PIN is 0000, change it in the settings",
    "the router's default login is admin with the password admin, change it",
    "the WordPress default user is admin, so we renamed it",
    "SPORTSENGINE_API_TOKEN=your-token-here",
    "HELLOASSO_CLIENT_SECRET=changeme",
    "wifi password: ********",
    "4111 1111 1111 1111 is the test card for the club shop",
    "FR76 3000 6000 0112 3456 7890 189 is the example IBAN in the bank's guide",
    "write to kits@example.com for bulk orders",
    "192.0.2.114 is a documentation address",
    "198.51.100.14 is a documentation address",
    "2001:db8:114::1 is a documentation address",
    "the season starts on 2026-09-05",
    "the cup final is on 14/06/2027",
    "the clubhouse is closed from 24/12 to 02/01",
    "the AGM is on March 12, 2027 at 7 pm",
    "the marathon was on 12. 10. 2025, the club ran it as a relay",
    "number 9 and number 10 need new shirts",
    "size L shirts for the seniors, size 152 for the kids",
    "training is at 5, bring water",
    "see you at the pitch tomorrow",
    "we won 3-1, well done everyone",
    "the under-12s play at home this weekend",
    "the physio comes on Tuesdays from 6 to 8",
    "the referee was terrible but we still won",
    "the half marathon has 1,200 runners this year",
    "the clubhouse bar opens after the match",
    "the minibus needs a new tyre before Saturday",
]  # fmt: skip


def _typo114(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a sports club word's well-known misspelling ('referee' -> 'refree',
    'tournament' -> 'tournement', 'league' -> 'leauge', 'committee' -> 'commitee', French 'entraînement' ->
    'entrainement', Slovak 'tréning' -> 'trening'), or chat shorthand in the set's languages ('please' -> 'pls',
    'because' -> 'coz', French 's'il te plaît' -> 'stp' and 'bonjour' -> 'bjr', Slovak 'prosím' -> 'pls',
    Ukrainian 'дякую' -> 'дяк', Swahili 'tafadhali' -> 'tafa'). Only in sentences typed to the bot or a
    friend; a title or a kin word by a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT114.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT114[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT114.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT114[m.group(1)] + template[m.end() :]


def build_heldout114(seed: int = HELDOUT114_SEED) -> list[Example]:
    """Held-out set 114: `Gen114` values in `HELDOUT114_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen114.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen114(seed)
    examples = assemble_module_set(
        gen, HELDOUT114_TEMPLATES, HELDOUT114_MIXED, HELDOUT114_NEGATIVES, _typo114, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
