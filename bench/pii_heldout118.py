"""Held-out PII set 118 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout118": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT118 is empty, as for the sets before
it; written at the same time as held-out 117 by another author, neither seeing the other's set). The theme is
electricians, plumbers and home repair trades as homeowners, tenants, tradespeople and their dispatchers talk
about them: the call-out booking and the job sheet with the address and the access code to the building (a
Japanese flat's auto-lock number, a key safe), the quote and the invoice with the payment to the firm's
account (a bank transfer in Greece, North Macedonia, Albania and Romania, MTN MoMo and Airtel Money in
Uganda, GCash and Maya in Pampanga), the tradesperson's licence number, the repair firm's
customer portal and its login (Jobber's client hub, Housecall Pro, くらしのマーケット), the smart meter, the
boiler or water heater app and its account (Rinnai, Vaillant's myVAILLANT, Viessmann's ViCare, Nature Remo,
SwitchBot, Home Assistant), the Wi-Fi password left for the electrician, the emergency number for a burst
pipe, the customer's date of birth on a subsidy or warranty form, the apprentice's contacts. Job, quote,
invoice, licence and meter numbers are no PII of TYPES: they come only in negatives. The peoples were chosen
after grepping the earlier sets (bench/pii_heldout27.py to 116.py) and bench/pii.py's lists: none of the four
is a main people of any module set, but bench/pii.py's first 26 sets held short Ainu, Aromanian, Luganda and
Kapampangan lists among dozens of peoples, so this set leaves out every name they hold ('Shiretoko', 'Ekashi',
'Kayano', 'Ukaji', 'Kaizawa', 'Kawamura', 'Sekkai', 'Isamu', 'Chiri', 'Hokuto', 'Urespa', 'Kaneda'; 'Tachi',
'Mita', 'Vanghelu', 'Zoica', 'Nasi', 'Sita', 'Hrista', 'Ianula', 'Mihali', 'Tuli', 'Caragiu', 'Papahagi',
'Balamaci', 'Hagigogu', 'Cuvata', 'Caracota', 'Bicu', 'Dabija', 'Gica'; 'Nakato', 'Babirye', 'Wasswa',
'Nansubuga', 'Mukasa', 'Nalwanga', 'Ssekandi', 'Namutebi', 'Kizza', 'Nakimuli', 'Ssemwogerere', 'Kiwanuka',
'Mulindwa', 'Lubega', 'Ssempijja', 'Nsubuga', 'Kayondo', 'Ssebunya', and held-out 90's 'Kato'; 'Diosdado',
'Rafaelita', 'Bienvenido', 'Crisostomo', 'Jovito', 'Lourdes', 'Teodula', 'Arsenio', 'Macapagal',
'Lansangan', 'Pangilinan', 'Manalastas', 'Dizon', 'Sangalang', 'Guanlao', 'Yabut', 'Quiambao'), the Japanese
names held-out 71, 73, 82 and 89 hold ('Kudō', 'Kenta', 'Yūto', 'Misaki', 'Chihiro', 'Yōko', 'Shota',
'Haruka', 'Sakura'), the Tzimas of held-out 80, the Ugandan English given names of 90 and others ('Patrick',
'Godfrey', 'Prossy', 'Annet', 'Harriet', 'Florence', 'Rebecca', 'Betty', 'Emmanuel', 'Ronald', 'Isaac',
'Hillary', 'Collins', 'Godwin') and the Filipino given names of 37, 42, 45, 57, 85, 107 and 108 ('Rogelio',
'Danilo', 'Reynaldo', 'Arnel', 'Jomar', 'Noel', 'Rowena', 'Marites', 'Lorna', 'Evangeline', 'Analyn',
'Lilibeth', 'Jocelyn', 'Rhodora', 'Zenaida', 'Gemma', 'Mylene', 'Rodel', 'Marivic', 'Dindo', 'Jun-Jun'). The
Greek, Macedonian, Albanian and Romanian forms papers write for the Aromanian given names ('Giorgos',
'Dimitar', 'Gheorghe', 'Dumitru', 'Evangelia', 'Paraskevi') are common in the Balkan sets (37, 42, 43, 73,
80, 81, 103, ...) and are kept only beside an Aromanian form of the same name that no earlier set holds
('Iorgu', 'Mitru', 'Iani', 'Steryiu', 'Nicola', 'Vanghea', 'Chiva', 'Fota'). The places were grepped the same
way: Shiraoi, Kushiro, Metsovo, Kruševo, Bitola, Korçë, Constanța, Entebbe, Mukono and Mabalacat come up in no
earlier set; Sapporo and Biratori only in bench/pii.py's Ainu lines (this set takes Sapporo's grid 'Kita 24-jo
Nishi' and Odori Nishi blocks and Biratori's Honcho), Thessaloniki's Egnatia and Tsimiski in held-out 37 and
109 (this set takes Papanastasiou and Vasilissis Olgas), Constanța's Tomis in 72 and Ștefan cel Mare in 43
(this set takes Mamaia, Mircea cel Bătrân and Alexandru Lăpușneanu), Kampala's Kira Road in 90 and bench/pii.py's
Kampala Road, Bukoto Street and Acacia Avenue (this set takes Kabaka Anjagala Road in Mengo and Ggaba Road),
Masaka in held-out 73, Angeles City in bench/pii.py's Lazatin Blvd, Sto. Rosario St and MacArthur Hwy (this
set takes Balibago and Cutcut), San Fernando in 34 as San Fernando de Apure. The services were grepped too:
Jobber, Housecall Pro, くらしのマーケット, Rinnai, Vaillant, Viessmann, Nature Remo, SwitchBot, UMEME, NWSC,
GCash, SFELAPCO, PLDT, Stanbic, Centenary Bank, PayMongo and Twilio come up in no earlier set; MTN (110, 116),
Airtel (101, 110, 114) and Maya (as a wallet in bench/pii.py) come up there and come here only in this set's
own sentences. Hand-written lists of four peoples: the Ainu of Hokkaido (Sapporo, Biratori,
Shiraoi, Kushiro and Akan) and of Tokyo (a Japanese family name and given name in kanji, family name first,
with or without a space ('浦川 亮介', '浦川亮介'), in romaji given name first ('Ryōsuke Urakawa') and family
name first ('Urakawa Ryōsuke', a form's 'URAKAWA Ryosuke'), the long vowels with the macron, dropped and typed
as a word processor types them ('Ryōsuke Endō', 'Ryosuke Endo', 'Ryousuke Endou'), the reading in hiragana a
form asks for ('うらかわ りょうすけ'), an Ainu name in katakana ('ピリカ', 'ノンノ') with the small kana
Ainu writing uses ('ウパㇱ', 'アシㇼ') and those typed with ordinary kana ('ウパシ', 'アシリ'), an Ainu name in
romaji beside a family name ('Pirka Haginaka'), the family name in kanji with an Ainu name in katakana
('萩中ピリカ'), initials ('R. Urakawa'), short forms ('Ryo', 'Nana', 'Kaorin') and the honorific suffixes
'-san', '-kun', '-sama', '-chan', 'さん', 'くん', '様' after a name and 'Huci' (grandmother) and 'Ekasi' (an
elder, grandfather) before one, outside the span); the Aromanians of Greece (Metsovo, Thessaloniki), North
Macedonia (Kruševo, Bitola), Albania (Korçë) and Romania (Constanța) (the given name in its Aromanian form and
in the Greek, Macedonian, Albanian and Romanian forms papers write ('Iorgu', 'Γιώργος', 'Giorgos', 'Ѓорѓи',
'Gjorgji', 'Gjergji', 'Gheorghe'), Greek script with and without its accents ('Γιώργος Μπίτσιος', 'Γιωργος
Μπιτσιος'), Cyrillic ('Ѓорѓи Гулески'), a Greek woman's family name in the genitive and a Macedonian one in
'-ska' ('Evangelia Bitsiou', 'Evangelija Guleska'), the father's initial between given and family name as
Greek papers write it ('Giorgos D. Bitsios'), a family name first on Greek, Macedonian, Albanian and Romanian
forms ('ΜΠΙΤΣΙΟΣ ΓΙΩΡΓΟΣ', 'Гулески Ѓорѓи', 'Dhamo, Gjergji', 'TAȘCU Gheorghe'), marks dropped ('Dhimiter
Dhamo', 'Gheorghe Tascu'), initials, short forms ('Gogu', 'Tache', 'Cola', 'Vevi') and 'lala' (uncle, an older
man), 'tata' (father), 'mama' (mother) and 'nica' (said before a younger relative's name) before a given
name, outside the span); the Baganda of Kampala, Entebbe, Masaka and Mukono (an English given name or a
Muslim one in its Ugandan spelling ('Derrick', 'Phiona', 'Swaibu', 'Zaituni') and a personal Luganda clan
name, a man's or a woman's ('Kiggundu', 'Nakabugo'), in either order ('Derrick Kiggundu', 'Kiggundu Derrick'),
the ss, nn and gg doublings and their dropped forms ('Ssenyonga', 'Senyonga', 'Nnabukenya', 'Nabukenya'), an
English name, the own Luganda name and the father's ('Resty Nakabugo Kiggundu'), a form's 'KIGGUNDU Derrick',
initials, short forms ('Derro', 'Imma', 'Fifi') and 'Ssebo' (sir), 'Nnyabo' (madam), 'Jjajja' (grandparent),
'Maama' (mother, or the mother of the child named), 'Ssaalongo' and 'Nnaalongo' (the father and the mother of
twins) before a name, outside the span); and the Kapampangan of Pampanga (San Fernando, Angeles City,
Mabalacat) (Spanish-era family names of Pampanga ('Dungca', 'Manankil', 'Tiongco', 'Pamintuan', 'Dela Peña'),
the mother's maiden name as a middle name or a middle initial ('Tirso Canlas Dungca', 'Tirso C. Dungca'), a
married woman's maiden name in the middle or hyphenated ('Charito Sicat Dungca', 'Charito Sicat-Dungca'),
'Jr.' inside the span ('Tirso Dungca Jr.'), the particle and the ñ and their dropped form ('Shiela Dela Peña',
'Shiela Dela Pena'), a form's 'DUNGCA, TIRSO C.', initials, the doubled nicknames ('Jen-Jen', 'Net-Net',
'Cha-Cha', 'Soy-Soy') and 'Apu' (grandparent), 'Atching' (elder sister, an older woman), 'Kuya', 'Ate' and
'Tito' before a name, outside the span). No public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT118: an
Ainu politician and a Japanese footballer, a Romanian footballer (whom 'Gheorghe' and the Constanța family
'Hagi' could make) and an actor and a Thessaloniki mayor of Aromanian families, the
Kabaka and two Ugandan singers, two Pampanga presidents and a billiards player; checked without marks and
case), and public figures come only inside the names of places and
institutions in negatives (the Averoff museum in Metsovo, the Pitu Guli monument in Kruševo, the Kabaka
Anjagala Road, the Jose B. Lingad hospital in San Fernando, the Don Honorio Ventura university in Bacolor).
Every one of those name forms, and names with a typo ('Urakwa', 'Bitsos', 'Kigundu', 'Pamintuwan'), is forced
into the build at least once so it does not hang on the seed (any form the draws have not reached by the end
comes in a sentence of its own), and each people also gets a titled name, a name in capitals on a form and one
in lower case in chat, whatever the seed; the address, the phone, the e-mail, the IBAN or the date of birth
after a name mostly comes from that name's region (and an Aromanian's from his country). Names on papers in
English ('Customer name:', 'Electrician:', 'Job sheet - customer:'), Japanese ('氏名:', 'ふりがな:', 'ご依頼者名:'),
Greek ('Ονοματεπώνυμο:', 'Επώνυμο και όνομα:'), Macedonian ('Име и презиме:', 'Презиме и име:'), Albanian
('Emri dhe mbiemri:', 'Mbiemri dhe emri:'), Romanian ('Nume și prenume:', 'Client:'), Ugandan ('Surname and other
names:') and Philippine forms ('Last Name, First Name, M.I.:', 'Pangalan:'), a job sheet's row '| ... |
leak under sink | done |', JSON and YAML; those regions' addresses ('〒001-0024 札幌市北区北24条西5丁目2-8', '12-3
Honcho, Biratori-cho, Saru-gun, Hokkaido 055-0107', '〒085-0467 北海道釧路市阿寒町阿寒湖温泉4丁目7-19',
'Παπαναστασίου 12, 544 53 Θεσσαλονίκη', 'ул. Илинденска бр. 12, 7550 Крушево', 'Bulevardi Shën Gjergji,
Nr. 12, Korçë 7001', 'Bd. Mamaia nr. 12, bl. LE3, sc. A, ap. 14, Constanța 900527', 'Plot 12, Kabaka
Anjagala Road, Mengo, Kampala', 'Blk 4 Lot 12, Xevera Mabalacat, Brgy. Tabun, Mabalacat City, Pampanga
2010') and phones (Japanese mobiles '090-', '080-', '070-' and '+81 90', Sapporo's '011', Biratori's '01457',
Shiraoi's '0144-8', Kushiro's '0154', Tokyo's '03'; Greek mobiles '69', Metsovo's '26560' and
Thessaloniki's '2310', Macedonian mobiles '07', Bitola's '047' and Kruševo's '048', Albanian mobiles '06' and
Korçë's '082', Romanian mobiles '07' and Constanța's '0241'; Ugandan mobiles '07' and '+256', Kampala's
'0414', Masaka's '0481'; Philippine mobiles '09' and '+63 9', Pampanga's '(045)'); Visa, Mastercard 51-55
and 2-series, Amex 4-6-5 and JCB (a Japanese wholesaler's and a homeowner's card); IBANs of countries that
have them (Japan, Uganda and the Philippines have none): Greece, North Macedonia, Albania and Romania for
the Aromanians (each his own country's), the United Kingdom and Sweden for a Muganda paid by the diaspora, the
United Arab Emirates and Saudi Arabia for a Kapampangan working abroad who pays the repairs at home, any of
them after an Ainu name; IPs of the home router, the smart meter's gateway, the water heater's Wi-Fi adapter,
the firm's job server and its sshd and nginx log lines, the customer portal's login alerts, v4 and v6;
logins and secrets as tradespeople and customers hand them over (the auto-lock number, the key safe code, the
Wi-Fi left for the electrician, the firm's portal, the boiler app, mobile money PINs), with cues in Japanese
('誰にも教えないで'), Greek ('μην το πεις σε κανέναν'), Macedonian ('не кажувај никому'), Albanian ('mos ia
thuaj askujt'), Romanian ('nu o spune nimănui'), Aromanian ('s-nu u dzãț a vãrnu'), Luganda ('tobuulira
muntu yenna'), Kapampangan ('e mu sasabyan ninuman') and Tagalog ('wag mong sabihin kahit kanino'), a Wi-Fi
QR string, a curl and a mysqldump command and .env lines (a SwitchBot token, a Home Assistant token, a
Twilio auth token, a PayMongo secret key, a SendGrid key, a GitHub token, an AWS secret, a LINE channel
secret); dates of birth in each people's shapes (Japanese '1988年3月14日', the era's '昭和63年3月14日' and
'1988/03/14', Greek '14/03/1988' and '14 Μαρτίου 1988', Macedonian, Albanian and Romanian '14.03.1988', '14
март 1988', '14 mars 1988' and '14 martie 1988', Ugandan '14/03/1988', '14th March 1988' and the Luganda
'14 Mugulansigo 1988', Philippine '03/14/1988', 'March 14, 1988' and Tagalog 'Marso 14, 1988'), a child's on a
school-subsidy form, an adult's and an old homeowner's on a warranty or a pension-subsidy form, all drawn
between fixed years from the set's own rng so the set builds the same on any day; typos as tradespeople and
customers type: a trade word's well-known misspelling ('electrician' -> 'electrition', 'plumber' ->
'plummer', 'licence' -> 'lisence', 'guarantee' -> 'garantee', 'receipt' -> 'reciept') or chat shorthand in
the set's languages ('please' -> 'pls', Romanian 'mulțumesc' -> 'mersi', Greek 'ευχαριστώ' -> 'ευχαριστω',
Tagalog 'talaga' -> 'tlga' and 'ngayon' -> 'ngaun', Luganda 'webale nnyo' -> 'wbl nnyo'); negatives with
the same places, the titles, kin words and suffixes explained, the naming customs, prices in yen, euros,
denars, lekë, lei, shillings and pesos, the services, appliance and product models (water heaters,
breakers, meters), job, quote, invoice, licence and meter numbers, error codes of boilers and heat pumps,
default credentials printed in manuals, placeholder secrets, a test card, the example IBAN, a placeholder
e-mail, documentation IPs (v4 and v6), dates that are no one's birthday and short everyday chat in the four
peoples' languages.

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import calendar
import random
import re
import string
import unicodedata

from bench.pii import (
    Example,
    Gen3,
    _chat_like,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)

HELDOUT118_SEED = 1185209
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT118: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT118 = ["ainu", "aromanian", "baganda", "kapampangan"]

# the Ainu of Hokkaido and Tokyo: Japanese family and given names (romaji with macrons: kanji, hiragana), Ainu
# names (romaji: katakana, with the small kana Ainu writing uses)
JP_FAMILY_HELDOUT118: dict[str, tuple[str, str]] = {
    "Urakawa": ("浦川", "うらかわ"), "Haginaka": ("萩中", "はぎなか"), "Hiramura": ("平村", "ひらむら"),
    "Monbetsu": ("門別", "もんべつ"), "Nomoto": ("野本", "のもと"), "Yaegashi": ("八重樫", "やえがし"),
    "Endō": ("遠藤", "えんどう"), "Ōno": ("大野", "おおの"), "Kitajima": ("北嶋", "きたじま"),
}  # fmt: skip
JP_MEN_HELDOUT118: dict[str, tuple[str, str]] = {
    "Ryōsuke": ("亮介", "りょうすけ"), "Daisuke": ("大輔", "だいすけ"), "Makoto": ("誠", "まこと"),
    "Takumi": ("拓海", "たくみ"), "Kōhei": ("航平", "こうへい"),
}  # fmt: skip
JP_WOMEN_HELDOUT118: dict[str, tuple[str, str]] = {
    "Ayaka": ("彩花", "あやか"), "Nanako": ("菜々子", "ななこ"), "Yūko": ("優子", "ゆうこ"),
    "Kaori": ("香織", "かおり"), "Chinatsu": ("千夏", "ちなつ"),
}  # fmt: skip
# Ainu names: kimun (of the mountain), ruyka (bridge), asir (new); pirka (beautiful), nonno (flower), upas (snow)
AINU_MEN_HELDOUT118 = {"Kimun": "キムン", "Ruyka": "ルイカ", "Asir": "アシㇼ"}
AINU_WOMEN_HELDOUT118 = {"Pirka": "ピリカ", "Nonno": "ノンノ", "Upas": "ウパㇱ"}
# the small kana of Ainu writing typed as ordinary kana on a keyboard without them
AINU_SMALL_DROPPED_HELDOUT118 = {"アシㇼ": "アシリ", "ウパㇱ": "ウパシ"}
# the long vowels as a word processor types them (wapuro romaji)
WAPURO_HELDOUT118 = {"ō": "ou", "ū": "uu", "Ō": "Oo", "Ū": "Uu"}

# the Aromanians: a given name in its Aromanian form with the forms papers write for it: Greek (script, Latin),
# Macedonian (Cyrillic, Latin), Albanian, Romanian
AROMANIAN_FORMS_HELDOUT118: dict[str, dict[str, str]] = {
    "Iorgu": {"el": "Γιώργος", "el_latin": "Giorgos", "mk": "Ѓорѓи", "mk_latin": "Gjorgji", "sq": "Gjergji", "ro": "Gheorghe"},
    "Mitru": {"el": "Δημήτρης", "el_latin": "Dimitris", "mk": "Димитар", "mk_latin": "Dimitar", "sq": "Dhimitër", "ro": "Dumitru"},
    "Iani": {"el": "Γιάννης", "el_latin": "Giannis", "mk": "Јован", "mk_latin": "Jovan", "sq": "Jani", "ro": "Ioan"},
    "Steryiu": {"el": "Στέργιος", "el_latin": "Stergios", "mk": "Стерјо", "mk_latin": "Sterjo", "sq": "Sterjo", "ro": "Sterie"},
    "Nicola": {"el": "Νίκος", "el_latin": "Nikos", "mk": "Никола", "mk_latin": "Nikola", "sq": "Nikolla", "ro": "Nicolae"},
    "Vanghea": {"el": "Ευαγγελία", "el_latin": "Evangelia", "mk": "Евангелија", "mk_latin": "Evangelija", "sq": "Vangjelia", "ro": "Evanghelia"},
    "Chiva": {"el": "Παρασκευή", "el_latin": "Paraskevi", "mk": "Параскева", "mk_latin": "Paraskeva", "sq": "Parashqevi", "ro": "Parascheva"},
    "Fota": {"el": "Φωτεινή", "el_latin": "Foteini", "mk": "Фотина", "mk_latin": "Fotina", "sq": "Fotini", "ro": "Fotinia"},
}  # fmt: skip
AROMANIAN_MEN_HELDOUT118 = list(AROMANIAN_FORMS_HELDOUT118)[:5]
AROMANIAN_WOMEN_HELDOUT118 = list(AROMANIAN_FORMS_HELDOUT118)[5:]
# the Aromanian families by country: Greek ones (script, Latin; a woman's in the genitive), Macedonian ones
# (Cyrillic, Latin; a woman's in '-ska'), Albanian and Romanian ones (one form for either)
AROMANIAN_FAMILY_HELDOUT118: dict[str, dict[str, str]] = {
    "Bitsios": {"country": "gr", "el": "Μπίτσιος", "el_f": "Μπίτσιου", "f": "Bitsiou"},
    "Gkogkos": {"country": "gr", "el": "Γκόγκος", "el_f": "Γκόγκου", "f": "Gkogkou"},
    "Ziogas": {"country": "gr", "el": "Ζιώγας", "el_f": "Ζιώγα", "f": "Zioga"},
    "Tsagkas": {"country": "gr", "el": "Τσάγκας", "el_f": "Τσάγκα", "f": "Tsagka"},
    "Katsanos": {"country": "gr", "el": "Κατσάνος", "el_f": "Κατσάνου", "f": "Katsanou"},
    "Guleski": {"country": "mk", "mk": "Гулески", "mk_f": "Гулеска", "f": "Guleska"},
    "Toshevski": {"country": "mk", "mk": "Тошевски", "mk_f": "Тошевска", "f": "Toshevska"},
    "Sterjovski": {"country": "mk", "mk": "Стерјовски", "mk_f": "Стерјовска", "f": "Sterjovska"},
    "Nichota": {"country": "mk", "mk": "Ничота", "mk_f": "Ничота", "f": "Nichota"},
    "Dhamo": {"country": "al"}, "Nasto": {"country": "al"}, "Cico": {"country": "al"}, "Tolli": {"country": "al"},
    "Tașcu": {"country": "ro"}, "Cușa": {"country": "ro"}, "Hristu": {"country": "ro"}, "Zuca": {"country": "ro"},
    "Hagi": {"country": "ro"},
}  # fmt: skip
AROMANIAN_COUNTRIES_HELDOUT118 = ["gr", "mk", "al", "ro"]

# the Baganda: English (and Muslim, in their Ugandan spelling) given names, a man's or a woman's own Luganda
# clan name
BAGANDA_MEN_HELDOUT118 = ["Derrick", "Enock", "Edrine", "Swaibu"]
BAGANDA_WOMEN_HELDOUT118 = ["Immaculate", "Resty", "Scovia", "Phiona", "Zaituni"]
LUGANDA_MEN_HELDOUT118 = "Ssekitoleko;Kiggundu;Ssali;Kasozi;Lutaaya;Mukiibi;Ssenyonga;Kateregga;Walusimbi;Kaggwa;Mayanja;Ssentongo;Kyeyune".split(";")  # fmt: skip
LUGANDA_WOMEN_HELDOUT118 = "Nalubega;Nankya;Namubiru;Nakabugo;Nanteza;Nnabukenya;Nakiwala;Namatovu;Nakayiza;Nnassuuna".split(";")  # fmt: skip
# the doubled first letter as older papers and hurried typists drop it
DOUBLING_DROPPED_HELDOUT118 = {
    "Ssekitoleko": "Sekitoleko", "Ssali": "Sali", "Ssenyonga": "Senyonga", "Ssentongo": "Sentongo",
    "Nnabukenya": "Nabukenya", "Nnassuuna": "Nassuuna",
}  # fmt: skip

# the Kapampangan: given names, the Spanish-era family names of Pampanga (one with the particle and the ñ)
KAPAMPANGAN_MEN_HELDOUT118 = ["Tirso", "Renato", "Aldrin", "Virgilio", "Jayvee"]
KAPAMPANGAN_WOMEN_HELDOUT118 = ["Shiela", "Charito", "Jennelyn", "Lorelie", "Nanette"]
KAPAMPANGAN_FAMILY_HELDOUT118 = "Dungca;Manankil;Sicat;Mallari;Musni;Tiongco;Pamintuan;Tayag;Nacpil;Canlas;Gozum;Manalang;Tuazon;Sibug;Dayrit;Dela Peña".split(";")  # fmt: skip
KAPAMPANGAN_SUFFIXES_HELDOUT118 = ["Jr.", "III"]

# each origin: (men's given names, women's given names, family names), every word a name of it is built from;
# the Ainu's given names hold the Ainu names, the Baganda's family names are the Luganda names of either sex
NAMES_HELDOUT118: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ainu": (list(JP_MEN_HELDOUT118) + list(AINU_MEN_HELDOUT118),
             list(JP_WOMEN_HELDOUT118) + list(AINU_WOMEN_HELDOUT118), list(JP_FAMILY_HELDOUT118)),
    "aromanian": (AROMANIAN_MEN_HELDOUT118, AROMANIAN_WOMEN_HELDOUT118, list(AROMANIAN_FAMILY_HELDOUT118)),
    "baganda": (BAGANDA_MEN_HELDOUT118, BAGANDA_WOMEN_HELDOUT118,
                LUGANDA_MEN_HELDOUT118 + LUGANDA_WOMEN_HELDOUT118),
    "kapampangan": (KAPAMPANGAN_MEN_HELDOUT118, KAPAMPANGAN_WOMEN_HELDOUT118, KAPAMPANGAN_FAMILY_HELDOUT118),
}  # fmt: skip
# full names a draw must never give (checked without marks and case): an Ainu politician, a Japanese
# footballer, a Romanian footballer of an Aromanian family of Constanța (whom the lists' 'Iorgu' in its
# Romanian form and 'Hagi' could make, so the guard is what keeps him out) and an Aromanian actor, a
# Thessaloniki mayor, the Kabaka of Buganda, a Ugandan singer by his name and his stage name
# (the lists' 'Mayanja' is his family's) and a singer-politician, two presidents from Pampanga and a billiards
# player from Angeles
PUBLIC_FIGURES_HELDOUT118 = {
    "Shigeru Kayano", "Takumi Minamino", "Gheorghe Hagi", "Iorgu Hagi", "Toma Caragiu",
    "Yiannis Boutaris", "Ronald Mutebi", "Joseph Mayanja", "Jose Chameleone", "Robert Kyagulanyi",
    "Diosdado Macapagal", "Gloria Macapagal Arroyo", "Efren Reyes",
}  # fmt: skip
# the short forms of given names: Japanese ones, the Aromanian ones, Ugandan English ones, Pampanga's doubled
# nicknames
AINU_NICK_HELDOUT118 = {"Ryōsuke": "Ryo", "Daisuke": "Dai", "Takumi": "Taku", "Nanako": "Nana", "Kaori": "Kaorin", "Ayaka": "Aya"}  # fmt: skip
AROMANIAN_NICK_HELDOUT118 = {"Iorgu": "Gogu", "Mitru": "Tache", "Nicola": "Cola", "Chiva": "Vevi", "Vanghea": "Ghelia"}  # fmt: skip
BAGANDA_NICK_HELDOUT118 = {"Derrick": "Derro", "Immaculate": "Imma", "Phiona": "Fifi", "Enock": "Eno", "Scovia": "Scovi"}  # fmt: skip
KAPAMPANGAN_NICK_HELDOUT118 = {
    "Tirso": "Soy-Soy", "Virgilio": "Bhoy", "Nanette": "Net-Net", "Jennelyn": "Jen-Jen", "Charito": "Cha-Cha",
    "Aldrin": "Dren-Dren",
}  # fmt: skip
NICKS_HELDOUT118 = {
    "ainu": AINU_NICK_HELDOUT118, "aromanian": AROMANIAN_NICK_HELDOUT118, "baganda": BAGANDA_NICK_HELDOUT118,
    "kapampangan": KAPAMPANGAN_NICK_HELDOUT118,
}  # fmt: skip
# a family name (or a given name) with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT118 = {
    "Urakawa": "Urakwa", "Haginaka": "Haginak", "Yaegashi": "Yaegashy", "Kitajima": "Kitajma", "Daisuke": "Daiske",
    "Bitsios": "Bitsos", "Katsanos": "Katsanis", "Toshevski": "Toshevsky", "Sterjovski": "Sterjovksi",
    "Hristu": "Hristo", "Dhamo": "Dhammo", "Steryiu": "Steriyu",
    "Kiggundu": "Kigundu", "Walusimbi": "Walusimb", "Kateregga": "Kateregea", "Namubiru": "Namubiri",
    "Immaculate": "Imaculate",
    "Pamintuan": "Pamintuwan", "Manankil": "Manakil", "Tiongco": "Tiongko", "Jennelyn": "Jenelyn",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and
# the part of the name it goes with ('full', 'given', 'family', 'child': the child a mother is called after,
# 'Maama Derrick', Derrick's mother)
TITLED_HELDOUT118: dict[str, tuple[str, bool | None, str]] = {
    "huci": ("ainu", True, "given"),  # grandmother, in Ainu
    "ekasi": ("ainu", False, "given"),  # an elder, grandfather, in Ainu
    "lala": ("aromanian", False, "given"),  # uncle, an older man
    "tata": ("aromanian", False, "given"),  # father
    "mama": ("aromanian", True, "given"),  # mother
    "nica": ("aromanian", None, "given"),  # said before a younger relative's name
    "ssebo": ("baganda", False, "family"),  # sir
    "nnyabo": ("baganda", True, "family"),  # madam
    "jjajja": ("baganda", None, "given"),  # grandparent
    "maama": ("baganda", True, "child"),  # mother, the mother of
    "ssaalongo": ("baganda", False, "family"),  # the father of twins
    "nnaalongo": ("baganda", True, "family"),  # the mother of twins
    "apu": ("kapampangan", None, "given"),  # grandparent
    "atching": ("kapampangan", True, "given"),  # elder sister, an older woman, in Kapampangan
    "kuya": ("kapampangan", False, "given"),  # elder brother
    "ate": ("kapampangan", True, "given"),  # elder sister
    "tito": ("kapampangan", False, "given"),  # uncle
}
TITLE_SLOT_HELDOUT118 = re.compile(
    r"(?<![\w'.-])(huci|ekasi|lala|tata|mama|nica|ssebo|nnyabo|jjajja|maama|ssaalongo|nnaalongo|apu|atching|"
    r"kuya|ate|tito) \{\}",
    re.IGNORECASE,
)
# the Japanese honorific suffixes after a name (outside the span) and the part of the name each goes with
SUFFIXES_HELDOUT118: dict[str, str] = {
    "-san": "family", "-sama": "family", "-kun": "given", "-chan": "nick",
    "さん": "family", "様": "full", "くん": "given", "ちゃん": "nick",
}  # fmt: skip
SUFFIX_SLOT_HELDOUT118 = re.compile(
    r"\{\}(-san(?![\w-])|-sama(?![\w-])|-kun(?![\w-])|-chan(?![\w-])|さん|様|くん|ちゃん)", re.IGNORECASE
)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT118
FORCED_FORMS_HELDOUT118 = [
    ("ainu", "kanji"), ("aromanian", "aromanian_given"), ("baganda", "english_first"), ("kapampangan", "given_middle_surname"),
    ("ainu", "romaji"), ("aromanian", "greek_script"), ("baganda", "luganda_first"), ("kapampangan", "middle_initial"),
    ("ainu", "family_first_romaji"), ("aromanian", "greek_no_tonos"), ("baganda", "three_part"), ("kapampangan", "married"),
    ("ainu", "macron"), ("aromanian", "greek_latin"), ("baganda", "doubling"), ("kapampangan", "suffix"),
    ("ainu", "macron_dropped"), ("aromanian", "greek_female"), ("baganda", "doubling_dropped"), ("kapampangan", "particle"),
    ("ainu", "wapuro"), ("aromanian", "patronymic"), ("baganda", "muslim_given"), ("kapampangan", "particle_ascii"),
    ("ainu", "hiragana"), ("aromanian", "cyrillic"), ("baganda", "surname_first"), ("kapampangan", "surname_first"),
    ("ainu", "ainu_katakana"), ("aromanian", "macedonian_latin"), ("baganda", "initials"), ("kapampangan", "initials"),
    ("ainu", "small_kana_dropped"), ("aromanian", "macedonian_female"), ("baganda", "nickname"), ("kapampangan", "nickname"),
    ("ainu", "ainu_romaji"), ("aromanian", "albanian"), ("baganda", "typo"), ("kapampangan", "typo"),
    ("ainu", "kanji_ainu"), ("aromanian", "romanian"),
    ("ainu", "surname_first"), ("aromanian", "ascii"),
    ("ainu", "initials"), ("aromanian", "surname_first"),
    ("ainu", "nickname"), ("aromanian", "initials"),
    ("ainu", "typo"), ("aromanian", "nickname"),
    ("aromanian", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT118 = {"nickname", "typo", "small_kana_dropped", "greek_no_tonos"}
FORM_ONLY_FORMS_HELDOUT118 = {
    "surname_first",
    "initials",
    "hiragana",
    "patronymic",
    "middle_initial",
    "three_part",
}
# forms that want a woman's name, and forms that want a man's
WOMEN_FORMS_HELDOUT118 = {"married", "greek_female", "macedonian_female"}
MEN_FORMS_HELDOUT118 = {"suffix"}
# the script or layout a template asks for ('' Latin letters as written, 'ascii' a paste's, 'ja' kanji and
# kana, 'kana' the hiragana reading, 'el' Greek, 'mk' Macedonian Cyrillic, 'sf' a form with the family name
# first); a form not named here comes in '' and 'ascii'
FORM_SCRIPTS_HELDOUT118: dict[tuple[str, str], set[str]] = {
    ("ainu", "kanji"): {"ja"}, ("ainu", "kanji_ainu"): {"ja"}, ("ainu", "ainu_katakana"): {"ja"},
    ("ainu", "small_kana_dropped"): {"ja"}, ("ainu", "hiragana"): {"kana"},
    ("ainu", "macron"): {""}, ("ainu", "romaji"): {""}, ("ainu", "family_first_romaji"): {""},
    ("aromanian", "greek_script"): {"el"}, ("aromanian", "greek_no_tonos"): {"el"}, ("aromanian", "cyrillic"): {"mk"},
    ("aromanian", "aromanian_given"): {""}, ("aromanian", "albanian"): {""}, ("aromanian", "romanian"): {""},
    ("aromanian", "macedonian_latin"): {""}, ("aromanian", "greek_female"): {""},
    ("kapampangan", "particle"): {""},
    ("ainu", "surname_first"): {"sf"}, ("aromanian", "surname_first"): {"sf"},
    ("baganda", "surname_first"): {"sf"}, ("kapampangan", "surname_first"): {"sf"},
}  # fmt: skip
DEFAULT_SCRIPTS_HELDOUT118 = {"", "ascii"}
# the countries an Aromanian form belongs to (a form not named here: any)
FORM_COUNTRIES_HELDOUT118: dict[str, set[str]] = {
    "greek_script": {"gr"}, "greek_no_tonos": {"gr"}, "greek_latin": {"gr"}, "greek_female": {"gr"},
    "patronymic": {"gr"}, "cyrillic": {"mk"}, "macedonian_latin": {"mk"}, "macedonian_female": {"mk"},
    "albanian": {"al"}, "romanian": {"ro"}, "ascii": {"al", "ro"},
}  # fmt: skip
# the forms that write the family name first: the lead, the people and the country (or the script) of it
SURNAME_FIRST_LEADS_HELDOUT118: dict[str, tuple[str, str]] = {
    "Name (family name first)": ("ainu", "jp"),
    "Επώνυμο και όνομα": ("aromanian", "gr"),
    "Презиме и име": ("aromanian", "mk"),
    "Mbiemri dhe emri": ("aromanian", "al"),
    "Nume și prenume": ("aromanian", "ro"),
    "Surname and other names": ("baganda", "ug"),
    "Last Name, First Name, M.I.": ("kapampangan", "ph"),
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
# (by the script the form is written in)
FORCED_SENTENCES_HELDOUT118: dict[str, list[str]] = {
    "ainu": [
        "Huci {} still lights the stove herself, the electrician said the wiring is fine",
        "Ekasi {} wants the plumber to come before the snow in Biratori",
        "{}-san will open the door for the electrician at 10",
        "{}さんの家の給湯器、明日修理に行きます",
        "{}-kun is the apprentice, he brings the ladder",
    ],
    "aromanian": [
        "lala {} fixed the boiler in Metsovo himself, don't call the plumber",
        "tata {} wants the electrician to look at the meter in Kruševo",
        "mama {} says the water heater in Constanța leaks again",
        "nica {} will be at the flat in Korçë when the plumber comes",
        "lala {} ari cãlduri tu casã, ma nu-lj lucreadzã boilerlu",
    ],
    "baganda": [
        "Ssebo {} says the UMEME meter in Mengo tripped again",
        "Nnyabo {} wants the plumber in Masaka before Sunday",
        "Jjajja {} in Mukono has no water since the pipe burst",
        "Maama {} paid the electrician with MTN MoMo",
        "Ssaalongo {} is the one who booked the plumber for the tank in Entebbe",
        "Nnaalongo {} asked for a quote for rewiring the house in Mukono",
    ],
    "kapampangan": [
        "Apu {} wants the electrician to check the outlets in San Fernando",
        "Atching {} will pay the plumber through GCash",
        "Kuya {} is the electrician from Angeles, very reliable",
        "Ate {} booked the aircon cleaning for Saturday in Mabalacat",
        "Tito {} fixed the water pump himself, dakal a salamat",
    ],
    "upper": [
        "Customer name (block capitals): {}",
        "Account holder (capital letters): {}",
        "Name on the warranty card (in capitals): {}",
    ],
    "lower": [
        "lol {} forgot the ladder again",
        "{} still hasn't paid the plumber for the leak",
        "has anyone heard from {} about the quote for the rewiring",
    ],
    "form": ["Customer name: {}", "Name on the job sheet: {}"],
    "chat": ["{} says the electrician comes at 9 tomorrow", "did {} call the plumber about the leak?"],
    "form_ja": ["氏名: {}", "ご依頼者名: {}"],
    "chat_ja": ["{}が給湯器の修理を頼んだよ", "{}に電気屋さんの電話番号を送って"],
    "form_kana": ["ふりがな: {}"],
    "form_el": ["Ονοματεπώνυμο: {}"],
    "chat_el": ["ο {} θα έρθει για τον θερμοσίφωνα αύριο", "πες στον {} να φέρει τον υδραυλικό"],
    "form_mk": ["Име и презиме: {}"],
    "chat_mk": ["{} ќе дојде да го поправи бојлерот утре"],
}
# the script a forced form's own sentence is written in (any other form: Latin letters)
FORM_SENTENCE_SCRIPT_HELDOUT118 = {
    "kanji": "ja", "kanji_ainu": "ja", "ainu_katakana": "ja", "small_kana_dropped": "ja", "hiragana": "kana",
    "greek_script": "el", "greek_no_tonos": "el", "cyrillic": "mk",
}  # fmt: skip
# IBANs where a tradesperson or a firm is paid (Japan, Uganda and the Philippines have none): each Aromanian's
# own country, the United Kingdom and Sweden for a Muganda paid by the diaspora, the Emirates and Saudi Arabia
# for a Kapampangan abroad; an Ainu name gets any of them. (bank codes, the rest of the BBAN's shape)
IBAN_BANKS_HELDOUT118: dict[str, tuple[list[str], str]] = {
    "GR": (["0110125", "0172040", "0260180", "0140101"], "16n"),  # NBG, Piraeus, Eurobank, Alpha + branch
    "MK": (["300", "250", "210"], "12n"),  # Komercijalna, Stopanska, NLB
    "AL": (["20211019", "21211032", "20511011"], "16n"),  # bank, branch and check digit
    "RO": (["RNCB", "BTRL", "BRDE", "INGB"], "16c"),  # BCR, Banca Transilvania, BRD, ING
    "GB": (["BARC", "HBUK", "LOYD", "NWBK"], "14n"),
    "SE": (["500", "800", "600"], "17n"),  # SEB, Swedbank, Handelsbanken
    "AE": (["033", "026", "035"], "16n"),  # Mashreq, Emirates NBD, FAB
    "SA": (["80", "10", "45"], "18n"),  # Al Rajhi, SNB, SAB
}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT118 = {
    "ainu": [], "aromanian": ["GR", "MK", "AL", "RO"], "baganda": ["GB", "SE"], "kapampangan": ["AE", "SA"],
}  # fmt: skip
IBAN_BY_COUNTRY_HELDOUT118 = {"gr": "GR", "mk": "MK", "al": "AL", "ro": "RO"}
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT118 = {
    "ainu": ["kotan", "sapporo", "kushiro", "shiraoi", "biratori", "tokyo"],
    "aromanian": ["armanami", "metsovo", "vlahos", "krusevo", "korca", "constanta"],
    "baganda": ["kampala", "masaka", "mukono", "entebbe", "buganda", "ug"],
    "kapampangan": ["pampanga", "sisig", "angeles", "sanfer", "kapampangan", "clark"],
}
EMAIL_DOMAINS_HELDOUT118 = {
    "ainu": ["i.softbank.jp", "docomo.ne.jp", "yahoo.co.jp"],
    "aromanian": ["yahoo.gr", "t-home.mk", "abissnet.al", "yahoo.ro"],
    "baganda": ["yahoo.com", "mubs.ac.ug", "outlook.com"],
    "kapampangan": ["yahoo.com.ph", "hau.edu.ph", "dhvsu.edu.ph"],
}
# the templates that belong to one people's places, papers or speech (first match wins); a script decides
# before any word: kana or kanji an Ainu (Japanese) name, Greek letters or Cyrillic an Aromanian one
ORIGIN_CUES_HELDOUT118: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)[\u3040-\u30ff\u31f0-\u31ff\u4e00-\u9fff]|hokkaido|sapporo|biratori|shiraoi|kushiro|\bakan\b|"
                r"tokyo|nakano|ainu|\bhuci\b|\bekasi\b|-san\b|-kun\b|-sama\b|-chan\b|rinnai|nature remo|switchbot|"
                r"auto-lock|furikomi|\byen\b|kotan"), "ainu"),
    (re.compile(r"(?i)[\u0370-\u03ff\u0400-\u04ff]|metsovo|thessaloniki|kruševo|krusevo|bitola|korçë|korce|"
                r"constanța|constanta|aromanian|vlach|armân|\blala\b|\btata\b|\bmama\b|\bnica\b|vaillant|viessmann|"
                r"vicare|\bdenars?\b|\blekë\b|\blei\b|instalator|electrician-ul|hidraulik|elektricist|υδραυλικ|"
                r"\bși\b|\bpentru\b|\bcu\b|\bmos\b|\bdhe\b|\bështë\b|\bva\b|\bla\b|\bnr\.|\bbr\.|mulțumesc|"
                r"s-nu|vãrnu|cãsã|casã|\btu\b|adresa|telefon"), "aromanian"),
    (re.compile(r"(?i)kampala|entebbe|masaka|mukono|mengo|uganda|buganda|luganda|\bssebo\b|\bnnyabo\b|jjajja|"
                r"\bmaama\b|ssaalongo|nnaalongo|umeme|\byaka\b|nwsc|\bmomo\b|mtn|airtel|stanbic|centenary|"
                r"shillings|\bugx\b|webale|\bnnyo\b|\bsebo\b|tobuulira|\bmuntu\b|\bboda\b|\bplot\b"), "baganda"),
    (re.compile(r"(?i)pampanga|san fernando|angeles|mabalacat|clark|kapampangan|\bapu\b|atching|\bkuya\b|\bate\b|"
                r"\btito\b|gcash|\bmaya\b|sfelapco|pelco|pldt|pesos?\b|\bphp\b|\bpo\b|salamat|\bmu\b|\bna\b|"
                r"\bng\b|\bsa\b|\bang\b|\bbukas\b|\bwag\b|brgy|pangalan|ninuman|\bmayap\b"), "kapampangan"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT118: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|herself|\bhuci\b|\bmama\b|\bnnyabo\b|\bmaama\b|nnaalongo|atching|\bate\b|"
                r"\bwife\b|\bgrandmother\b|\bmother\b|\bη\b|\bτην\b|κυρία|\bтаа\b|\bajo\b|\bea\b|\bdoamna\b|彼女"),
     True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|himself|\bekasi\b|\blala\b|\btata\b|\bssebo\b|ssaalongo|\bkuya\b|"
                r"\btito\b|-kun\b|くん|\bhusband\b|\bο\b|\bτον\b|\bтој\b|\bai\b|\bdomnul\b|apprentice"), False),
]  # fmt: skip
# a trade word and its well-known misspelling
MISSPELT_HELDOUT118 = {
    "electrician": "electrition", "plumber": "plummer", "licence": "lisence", "guarantee": "garantee",
    "receipt": "reciept", "tomorrow": "tommorow", "address": "adress", "appointment": "appointmant",
    "separate": "seperate", "leak": "leek", "faucet": "fawcet", "schedule": "shedule", "quote": "qoute",
    "boiler": "boilar", "warranty": "waranty",
}  # fmt: skip
MISSPELT_WORD_HELDOUT118 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT118, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Romanian, Greek, Tagalog, Luganda
SHORTHAND_HELDOUT118 = {
    "please": "pls", "because": "coz", "tomorrow": "tmrw", "message": "msg", "thanks": "thx", "people": "ppl",
    "mulțumesc": "mersi", "ευχαριστώ": "ευχαριστω", "talaga": "tlga", "ngayon": "ngaun", "webale nnyo": "wbl nnyo",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT118 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT118, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT118 = (
    "January February March April May June July August September October November December".split()
)
# the months in the genitive as Greek dates write them
GREEK_MONTHS_HELDOUT118 = (
    "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου "
    "Δεκεμβρίου".split()
)
MACEDONIAN_MONTHS_HELDOUT118 = (
    "јануари февруари март април мај јуни јули август септември октомври ноември декември".split()
)
ALBANIAN_MONTHS_HELDOUT118 = (
    "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split()
)
ROMANIAN_MONTHS_HELDOUT118 = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
# the old Luganda month names
LUGANDA_MONTHS_HELDOUT118 = (
    "Gatonnya Mukutulansanja Mugulansigo Kafuumuulampawu Muzigo Ssebaaseka Kasambula Muwakanya Mutunda "
    "Mukulukusabitungotungo Museenene Ntenvu".split()
)
TAGALOG_MONTHS_HELDOUT118 = (
    "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split()
)


def _fold(text: str) -> str:
    """A Latin-letter name without its marks, as people type it without a special keyboard ('Ryōsuke Endō' ->
    'Ryosuke Endo', 'Tașcu' -> 'Tascu', 'Dela Peña' -> 'Dela Pena'); kana, kanji, Greek and Cyrillic stay as
    they are (their marks are letters of their own: 'Ѓ', the dakuten)."""
    out = []
    for c in text:
        if c.isascii() or not ("\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff"):
            out.append(c)
            continue
        out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
    return "".join(out)


def _no_tonos(text: str) -> str:
    """Greek without its accents, as a phone keyboard or capitals write it ('Γιώργος' -> 'Γιωργος')."""
    out = []
    for c in text:
        if "\u0370" <= c <= "\u03ff":
            c = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def _wapuro(text: str) -> str:
    """Long vowels as a Japanese word processor types them in romaji ('Ryōsuke Endō' -> 'Ryousuke Endou')."""
    return "".join(WAPURO_HELDOUT118.get(c, c) for c in text)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Ryōsuke' -> 'ryosuke',
    'Tașcu' -> 'tascu', 'Dela Peña' -> 'delapena')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, marks and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT118)


def _kanji(name: str) -> str:
    """The kanji of a Japanese family or given name, the katakana of an Ainu one ('Urakawa' -> '浦川', 'Pirka' ->
    'ピリカ')."""
    for table in (JP_FAMILY_HELDOUT118, JP_MEN_HELDOUT118, JP_WOMEN_HELDOUT118):
        if name in table:
            return table[name][0]
    return {**AINU_MEN_HELDOUT118, **AINU_WOMEN_HELDOUT118}[name]


def _kana(name: str) -> str:
    """The hiragana reading of a Japanese family or given name ('Urakawa' -> 'うらかわ')."""
    for table in (JP_FAMILY_HELDOUT118, JP_MEN_HELDOUT118, JP_WOMEN_HELDOUT118):
        if name in table:
            return table[name][1]
    raise KeyError(name)


def _arom(given: str, country: str) -> str:
    """An Aromanian given name in the form the papers of `country` write ('Iorgu', 'gr' -> 'Giorgos'; 'el' for
    Greek script, 'mk' for Cyrillic, 'mk_latin', 'sq' for Albania, 'ro' for Romania, 'rup' for the Aromanian)."""
    if country == "rup":
        return given
    key = {"gr": "el_latin", "al": "sq", "mk_cyr": "mk", "mk": "mk_latin"}.get(country, country)
    return AROMANIAN_FORMS_HELDOUT118[given][key]


def _family(last: str, woman: bool, script: str = "") -> str:
    """An Aromanian family name in the form a woman or a man carries it, in Greek or Cyrillic where `script`
    asks ('Bitsios', a woman -> 'Bitsiou'; 'el' -> 'Μπίτσιου')."""
    forms = AROMANIAN_FAMILY_HELDOUT118[last]
    if script in ("el", "mk"):
        return forms[f"{script}_f"] if woman else forms[script]
    return forms.get("f", last) if woman else last


class Gen118(Gen3):
    """Generators for held-out set 118: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT118)  # the forms not given yet
        self._last_origin: str | None = None  # the origin of the name given last, for the values after it
        self._last_country: str | None = None  # and an Aromanian's country
        self._reads_left = 0  # how many values after that name may still follow it

    @property
    def last_origin(self) -> str | None:
        return self._last_origin

    @last_origin.setter
    def last_origin(self, origin: str | None) -> None:
        self._last_origin, self._reads_left = origin, 2  # a sentence holds at most two values after a name

    def _origin_after_name(self) -> tuple[str | None, str | None]:
        """(origin, Aromanian country) of the name just given, so that the address, the phone, the e-mail, the
        IBAN or the date of birth after it in a sentence belongs to the same place (most of the time); None to
        draw from any. A name's origin lasts for the two values that may follow it in one sentence."""
        origin, country = self._last_origin, self._last_country
        self._reads_left -= 1
        if self._reads_left <= 0:
            self._last_origin = None
        if origin and self.rng.random() < 0.8:
            return origin, (country if origin == "aromanian" else None)
        return None, None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None, country: str | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman): an Ainu's Japanese or Ainu given name (romaji) and
        Japanese family name, an Aromanian's given name in its Aromanian form and a family of his country, a
        Muganda's English or Muslim given name and a Luganda name of his or her sex, a Kapampangan's given and
        family name. The Aromanian country is kept in `_last_country`."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT118)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT118[origin]
        first = rng.choice(women if woman else men)
        if origin == "baganda":
            lasts = LUGANDA_WOMEN_HELDOUT118 if woman else LUGANDA_MEN_HELDOUT118
        if origin == "aromanian":
            country = country or rng.choice(AROMANIAN_COUNTRIES_HELDOUT118)
            lasts = [x for x in lasts if AROMANIAN_FAMILY_HELDOUT118[x]["country"] == country]
            self._last_country = country
        last = rng.choice([x for x in lasts if not _reads_public(f"{first} {x}")])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _other(self, pool: list[str], *not_these: str) -> str:
        return self.rng.choice([x for x in pool if x not in not_these])

    def _form(
        self, origin: str, form: str, woman: bool | None = None, script: str = "", country: str | None = None
    ) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT118's, or 'plain'); never one
        that reads as a public figure's; without marks where `script` is 'ascii' (a Latin name only)."""
        for _ in range(50):
            own = sorted(FORM_COUNTRIES_HELDOUT118.get(form, AROMANIAN_COUNTRIES_HELDOUT118))
            value = self._form_once(origin, form, woman, country or self.rng.choice(own))
            if not _reads_public(value):
                break
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None, country: str | None) -> str:
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT118:
            woman = True
        if form in MEN_FORMS_HELDOUT118:
            woman = False
        if form in ("nickname",):  # 'Ryo', 'Gogu', 'Imma', 'Jen-Jen'
            nicks = NICKS_HELDOUT118[origin]
            women = set(NAMES_HELDOUT118[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        if origin == "ainu":
            return self._ainu_form(form, woman)
        _, first, last, woman = self._origin_name(origin, woman, country)
        men, women, lasts = NAMES_HELDOUT118[origin]
        if form == "typo":  # 'Ryōsuke Urakwa', 'Iorgu Bitsos', 'Derrick Kigundu', 'Tirso Pamintuwan'
            return self._typo_name(origin, woman, country)
        if origin == "aromanian":
            return self._aromanian_form(form, first, last, woman)
        if origin == "baganda":
            return self._baganda_form(form, first, last, woman)
        return self._kapampangan_form(form, first, last, woman)

    def _typo_name(self, origin: str, woman: bool | None, country: str | None = None) -> str:
        rng = self.rng
        for _ in range(50):
            if origin == "aromanian":
                country = country or rng.choice(AROMANIAN_COUNTRIES_HELDOUT118)
            _, first, last, woman = self._origin_name(origin, woman, country)
            typos = [x for x in (last, first) if x in NAME_TYPOS_HELDOUT118]
            if not typos:
                continue
            pick = rng.choice(typos)
            if origin == "aromanian":
                given = _arom(first, self._last_country or "rup") if rng.random() < 0.5 else first
                fam = NAME_TYPOS_HELDOUT118[last] if pick == last else _family(last, woman)
                return f"{NAME_TYPOS_HELDOUT118[first] if pick == first else given} {fam}"
            if pick == last:
                return f"{first} {NAME_TYPOS_HELDOUT118[last]}"
            return f"{NAME_TYPOS_HELDOUT118[first]} {last}"
        return f"{first} {last}"

    def _ainu_form(self, form: str, woman: bool | None) -> str:
        rng = self.rng
        if woman is None:
            woman = rng.random() < 0.5
        jp = list(JP_WOMEN_HELDOUT118 if woman else JP_MEN_HELDOUT118)
        ainu = AINU_WOMEN_HELDOUT118 if woman else AINU_MEN_HELDOUT118
        family = list(JP_FAMILY_HELDOUT118)
        first, last = rng.choice(jp), rng.choice(family)
        self.last_origin = "ainu"
        if form == "typo":
            return self._typo_name("ainu", woman)
        if form == "kanji":  # '浦川 亮介', '浦川亮介'
            return f"{_kanji(last)}{rng.choice([' ', ''])}{_kanji(first)}"
        if form == "kanji_ainu":  # '萩中ピリカ', '萩中 ピリカ'
            return f"{_kanji(last)}{rng.choice([' ', ''])}{ainu[rng.choice(sorted(ainu))]}"
        if form == "ainu_katakana":  # 'ピリカ', 'ウパㇱ'
            return ainu[rng.choice(sorted(ainu))]
        if form == "small_kana_dropped":  # 'ウパシ', 'アシリ'
            return rng.choice(sorted(AINU_SMALL_DROPPED_HELDOUT118.values()))
        if form == "ainu_romaji":  # 'Pirka Haginaka'
            return f"{rng.choice(sorted(ainu))} {last}"
        if form == "hiragana":  # 'うらかわ りょうすけ'
            return f"{_kana(last)} {_kana(first)}"
        if form in ("macron", "macron_dropped", "wapuro"):  # 'Ryōsuke Endō', 'Ryosuke Endo', 'Ryousuke Endou'
            long_first = [g for g in jp if _fold(g) != g]
            long_last = [f for f in family if _fold(f) != f]
            r = rng.random()
            first = rng.choice(long_first) if r < 0.6 else first
            last = rng.choice(long_last) if r >= 0.3 else last
            value = f"{first} {last}" if rng.random() < 0.7 else f"{last} {first}"
            return value if form == "macron" else _fold(value) if form == "macron_dropped" else _wapuro(value)
        if form == "family_first_romaji":  # 'Urakawa Ryōsuke'
            return f"{last} {first}"
        if form == "surname_first":  # 'URAKAWA Ryosuke', 'URAKAWA RYOSUKE'
            value = f"{_fold(last).upper()} {_fold(first)}"
            return value.upper() if rng.random() < 0.4 else value
        if form == "initials":  # 'R. Urakawa'
            return f"{_fold(first)[0]}. {last}"
        return f"{first} {last}"  # 'romaji', 'plain': 'Ryōsuke Urakawa'

    def _aromanian_form(self, form: str, first: str, last: str, woman: bool) -> str:
        rng = self.rng
        country = AROMANIAN_FAMILY_HELDOUT118[last]["country"]
        if form == "aromanian_given":  # 'Iorgu Dhamo', 'Vanghea Bitsiou'
            return f"{first} {_family(last, woman)}"
        if form == "greek_script":  # 'Γιώργος Μπίτσιος', 'Ευαγγελία Μπίτσιου'
            return f"{_arom(first, 'el')} {_family(last, woman, 'el')}"
        if form == "greek_no_tonos":  # 'Γιωργος Μπιτσιος'
            return _no_tonos(f"{_arom(first, 'el')} {_family(last, woman, 'el')}")
        if form == "greek_latin":  # 'Giorgos Bitsios'
            return f"{_arom(first, 'gr')} {_family(last, woman)}"
        if form == "greek_female":  # 'Evangelia Bitsiou'
            return f"{_arom(first, 'gr')} {_family(last, True)}"
        if form == "patronymic":  # 'Giorgos D. Bitsios': the father's initial
            father = self._other(AROMANIAN_MEN_HELDOUT118, first)
            return f"{_arom(first, 'gr')} {_arom(father, 'gr')[0]}. {_family(last, woman)}"
        if form == "cyrillic":  # 'Ѓорѓи Гулески'
            return f"{_arom(first, 'mk_cyr')} {_family(last, woman, 'mk')}"
        if form == "macedonian_latin":  # 'Gjorgji Guleski'
            return f"{_arom(first, 'mk')} {_family(last, woman)}"
        if form == "macedonian_female":  # 'Evangelija Guleska'
            return f"{_arom(first, 'mk')} {_family(last, True)}"
        if form == "albanian":  # 'Gjergji Dhamo'
            return f"{_arom(first, 'sq')} {last}"
        if form == "romanian":  # 'Gheorghe Tașcu'
            return f"{_arom(first, 'ro')} {last}"
        if form == "ascii":  # 'Dhimiter Dhamo', 'Gheorghe Tascu', 'Parascheva Cusa'
            marked_al = [g for g in AROMANIAN_FORMS_HELDOUT118 if _fold(_arom(g, "sq")) != _arom(g, "sq")]
            marked_ro = [x for x in AROMANIAN_FAMILY_HELDOUT118 if _fold(x) != x]
            if country == "al":
                return _fold(f"{_arom(rng.choice(marked_al), 'sq')} {last}")
            given = rng.choice(AROMANIAN_WOMEN_HELDOUT118 if woman else AROMANIAN_MEN_HELDOUT118)
            return _fold(f"{_arom(given, 'ro')} {rng.choice(marked_ro)}")
        if form == "initials":  # 'G. Bitsios', 'G. Guleski', 'D. Tașcu'
            given = _arom(first, {"gr": "gr", "mk": "mk", "al": "sq", "ro": "ro"}[country])
            return f"{given[0]}. {_family(last, woman)}"
        # 'plain': the form of the country's papers, or the Aromanian one
        return f"{first if rng.random() < 0.35 else _arom(first, {'gr': 'gr', 'mk': 'mk', 'al': 'sq', 'ro': 'ro'}[country])} {_family(last, woman)}"

    def _surname_first(self, origin: str, flavor: str, woman: bool | None = None) -> str:
        """A name on a form that asks for the family name first, in the layout of the lead's country ('URAKAWA
        Ryosuke', 'ΜΠΙΤΣΙΟΣ ΓΙΩΡΓΟΣ', 'Гулески Ѓорѓи', 'Dhamo, Gjergji', 'TAȘCU Gheorghe', 'KIGGUNDU Derrick',
        'DUNGCA, TIRSO C.')."""
        rng = self.rng
        for _ in range(50):
            if origin == "ainu":
                value = self._ainu_form("surname_first", woman)
            elif origin == "aromanian":
                country = {"gr": "gr", "mk": "mk", "al": "al", "ro": "ro"}.get(
                    flavor, rng.choice(AROMANIAN_COUNTRIES_HELDOUT118)
                )
                _, first, last, woman_ = self._origin_name("aromanian", woman, country)
                if country == "gr":
                    value = _no_tonos(f"{_family(last, woman_, 'el')} {_arom(first, 'el')}").upper()
                elif country == "mk":
                    value = f"{_family(last, woman_, 'mk')} {_arom(first, 'mk_cyr')}"
                elif country == "al":
                    value = f"{last}, {_arom(first, 'sq')}"
                else:
                    value = (
                        f"{last.upper()} {_arom(first, 'ro')}"
                        if rng.random() < 0.6
                        else f"{last}, {_arom(first, 'ro')}"
                    )
            elif origin == "baganda":
                _, first, last, _ = self._origin_name("baganda", woman)
                value = f"{last.upper()} {first}" if rng.random() < 0.6 else f"{last} {first}"
            else:
                _, first, last, woman_ = self._origin_name("kapampangan", woman)
                middle = self._other(KAPAMPANGAN_FAMILY_HELDOUT118, last)
                if rng.random() < 0.5:
                    value = f"{last}, {first} {middle[0]}.".upper()
                else:
                    value = f"{last}, {first} {middle}"
            if not _reads_public(value):
                break
        self.last_origin = origin
        return value

    def _baganda_form(self, form: str, first: str, last: str, woman: bool) -> str:
        rng = self.rng
        lugandas = LUGANDA_WOMEN_HELDOUT118 if woman else LUGANDA_MEN_HELDOUT118
        english = [
            g
            for g in (BAGANDA_WOMEN_HELDOUT118 if woman else BAGANDA_MEN_HELDOUT118)
            if g not in ("Swaibu", "Zaituni")
        ]
        if form == "english_first":  # 'Derrick Kiggundu'
            return f"{rng.choice(english)} {last}"
        if form == "luganda_first":  # 'Kiggundu Derrick'
            return f"{last} {rng.choice(english)}"
        if form == "muslim_given":  # 'Swaibu Kasozi', 'Zaituni Nankya'
            return f"{'Zaituni' if woman else 'Swaibu'} {last}"
        if form == "three_part":  # 'Resty Nakabugo Kiggundu': the own Luganda name, then the father's
            father = self._other(LUGANDA_MEN_HELDOUT118, last)
            return f"{rng.choice(english)} {last} {father}"
        if form in ("doubling", "doubling_dropped"):  # 'Ssenyonga Derrick', 'Senyonga Derrick'
            doubled = [x for x in lugandas if x in DOUBLING_DROPPED_HELDOUT118]
            name = rng.choice(doubled)
            name = name if form == "doubling" else DOUBLING_DROPPED_HELDOUT118[name]
            return f"{rng.choice(english)} {name}" if rng.random() < 0.5 else f"{name} {rng.choice(english)}"
        if form == "surname_first":
            return self._surname_first("baganda", "ug", woman)
        if form == "initials":  # 'D. Kiggundu', 'D. K. Ssali'
            if rng.random() < 0.6:
                return f"{first[0]}. {last}"
            return f"{first[0]}. {self._other(lugandas, last)[0]}. {last}"
        return f"{first} {last}" if rng.random() < 0.6 else f"{last} {first}"

    def _kapampangan_form(self, form: str, first: str, last: str, woman: bool) -> str:
        rng = self.rng
        families = KAPAMPANGAN_FAMILY_HELDOUT118
        middle = self._other(families, last, "Dela Peña")
        if form == "given_middle_surname":  # 'Tirso Canlas Dungca'
            return f"{first} {middle} {last}"
        if form == "middle_initial":  # 'Tirso C. Dungca'
            return f"{first} {middle[0]}. {last}"
        if form == "married":  # 'Charito Sicat Dungca', 'Charito Sicat-Dungca'
            husband = self._other(families, middle, "Dela Peña")
            return f"{first} {middle} {husband}" if rng.random() < 0.5 else f"{first} {middle}-{husband}"
        if form == "suffix":  # 'Tirso Dungca Jr.', 'Tirso C. Dungca III'
            suffix = rng.choice(KAPAMPANGAN_SUFFIXES_HELDOUT118)
            return (
                f"{first} {last} {suffix}" if rng.random() < 0.6 else f"{first} {middle[0]}. {last} {suffix}"
            )
        if form in ("particle", "particle_ascii"):  # 'Shiela Dela Peña', 'Shiela Dela Pena'
            value = f"{first} Dela Peña"
            return value if form == "particle" else _fold(value)
        if form == "surname_first":
            return self._surname_first("kapampangan", "ph", woman)
        if form == "initials":  # 'T. C. Dungca', 'T. Dungca'
            return f"{first[0]}. {middle[0]}. {last}" if rng.random() < 0.5 else f"{first[0]}. {last}"
        return f"{first} {last}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as a register, a passport or an ID card holds it ('URAKAWA RYOSUKE', 'ΜΠΙΤΣΙΟΣ
        ΓΙΩΡΓΟΣ', 'GHEORGHE TAȘCU', 'KIGGUNDU DERRICK', 'DUNGCA, TIRSO C.')."""
        rng = self.rng
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            if origin == "ainu":
                jp = JP_WOMEN_HELDOUT118 if woman else JP_MEN_HELDOUT118
                given = first if first in jp else rng.choice(sorted(jp))
                value = _fold(f"{last} {given}" if rng.random() < 0.6 else f"{given} {last}")
            elif origin == "aromanian":
                country = self._last_country or "ro"
                if country == "gr" and rng.random() < 0.5:
                    value = _no_tonos(f"{_family(last, woman, 'el')} {_arom(first, 'el')}")
                else:
                    given = _arom(first, {"gr": "gr", "mk": "mk", "al": "sq", "ro": "ro"}[country])
                    value = f"{given} {_family(last, woman)}"
            elif origin == "baganda":
                value = f"{last} {first}" if rng.random() < 0.6 else f"{first} {last}"
            else:
                middle = self._other(KAPAMPANGAN_FAMILY_HELDOUT118, last)
                value = f"{last}, {first} {middle[0]}." if rng.random() < 0.5 else f"{first} {last}"
            if not _reads_public(value) and len(value.upper()) == len(value):
                break
        return value.upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms, in the script the template is written in."""
        rng = self.rng
        r = rng.random()
        if origin == "ainu":
            if script == "kana" and first not in JP_MEN_HELDOUT118 and first not in JP_WOMEN_HELDOUT118:
                first = rng.choice(sorted(JP_WOMEN_HELDOUT118 if woman else JP_MEN_HELDOUT118))
            if script in ("ja", "kana"):
                if first in AINU_MEN_HELDOUT118 or first in AINU_WOMEN_HELDOUT118:
                    return f"{_kanji(last)}{rng.choice([' ', ''])}{_kanji(first)}"
                if script == "kana":
                    return f"{_kana(last)} {_kana(first)}"
                return f"{_kanji(last)}{rng.choice([' ', ''])}{_kanji(first)}"
            return f"{first} {last}" if r < 0.7 else f"{last} {first}"
        if origin == "aromanian":
            country = self._last_country or "gr"
            if script == "el" or (script == "" and country == "gr" and r < 0.15 and chat):
                return (
                    f"{_arom(first, 'el')} {_family(last, woman, 'el')}"
                    if country == "gr"
                    else self._form("aromanian", "greek_script", woman)
                )
            if script == "mk":
                return (
                    f"{_arom(first, 'mk_cyr')} {_family(last, woman, 'mk')}"
                    if country == "mk"
                    else self._form("aromanian", "cyrillic", woman)
                )
            given = (
                first if r < 0.35 else _arom(first, {"gr": "gr", "mk": "mk", "al": "sq", "ro": "ro"}[country])
            )
            return f"{given} {_family(last, woman)}"
        if origin == "baganda":
            if r < 0.15 and not chat:
                father = self._other(LUGANDA_MEN_HELDOUT118, last)
                return f"{first} {last} {father}"
            return f"{first} {last}" if r < 0.6 else f"{last} {first}"
        if r < 0.25 and not chat:
            middle = self._other(KAPAMPANGAN_FAMILY_HELDOUT118, last, "Dela Peña")
            return f"{first} {middle[0]}. {last}"
        return f"{first} {last}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool, country: str | None
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script, country and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if script not in FORM_SCRIPTS_HELDOUT118.get((o, form), DEFAULT_SCRIPTS_HELDOUT118):
                continue
            if country and o == "aromanian" and country not in FORM_COUNTRIES_HELDOUT118.get(form, {country}):
                continue
            if (woman is False and form in WOMEN_FORMS_HELDOUT118) or (
                woman is True and form in MEN_FORMS_HELDOUT118
            ):
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT118 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT118 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self,
        origin: str | None = None,
        woman: bool | None = None,
        script: str = "",
        chat: bool = True,
        country: str | None = None,
        flavor: str = "",
    ) -> str:
        if script in ("ja", "kana"):
            origin = "ainu"
        if script in ("el", "mk"):
            origin, country = "aromanian", ("gr" if script == "el" else "mk")
        owed = self._owed_for(origin, woman, script, chat, country)
        if owed:
            self.owed.remove(owed)
            self.last_origin = owed[0]
            if owed[1] == "surname_first":
                return self._surname_first(owed[0], flavor, woman)
            return self._form(owed[0], owed[1], woman, script, country)
        if script == "sf":
            return self._surname_first(origin or self.rng.choice(ORIGINS_HELDOUT118), flavor, woman)
        for _ in range(50):
            name = self._plain_person(origin, woman, script, chat, country)
            if not _reads_public(name):
                break
        return name

    def _plain_person(
        self, origin: str | None, woman: bool | None, script: str, chat: bool, country: str | None
    ) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman, country)
        self.last_origin = origin
        r = rng.random()
        if r < (0.7 if chat else 0.88) or script:
            name = self._full(origin, first, last, woman, script, chat)
            return _fold(name) if script == "ascii" else name
        if r < 0.94:  # the given name alone or its short form
            name = first
            if origin == "aromanian" and rng.random() < 0.5:
                name = _arom(
                    first, {"gr": "gr", "mk": "mk", "al": "sq", "ro": "ro"}[self._last_country or "gr"]
                )
            nicks = NICKS_HELDOUT118[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
        else:
            name = _family(last, woman) if origin == "aromanian" else last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Huci Nonno', 'lala Iorgu', 'Ssebo Kiggundu', 'Maama Derrick',
        'Kuya Soy-Soy'), from the origin that uses it."""
        for _ in range(50):
            value = self._titled_once(title)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str) -> str:
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT118[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        nicks = NICKS_HELDOUT118[origin]
        if part == "child":  # 'Maama Derrick', 'Maama Phiona'
            child = rng.choice(BAGANDA_MEN_HELDOUT118 + BAGANDA_WOMEN_HELDOUT118)
            return nicks[child] if child in nicks and rng.random() < 0.3 else child
        if part == "family":
            return last
        if first in nicks and rng.random() < 0.4:  # 'Kuya Soy-Soy', 'lala Gogu'
            return nicks[first]
        return first

    def suffixed_person(self, suffix: str, script: str) -> str:
        """A name for a Japanese honorific after it: the family name for '-san', '-sama' and 'さん', the full
        name for '様', the given name for '-kun' and 'くん', a short form for '-chan' and 'ちゃん'; in kanji where
        the template is Japanese."""
        rng = self.rng
        part = SUFFIXES_HELDOUT118[suffix.lower()]
        woman = False if part == "given" else (True if part == "nick" else None)
        _, first, last, woman = self._origin_name("ainu", woman)
        self.last_origin = "ainu"
        ja = script == "ja" or not suffix.startswith("-")
        if part == "family":
            return _kanji(last) if ja else last
        if part == "full":
            return f"{_kanji(last)}{rng.choice([' ', ''])}{_kanji(first)}"
        if part == "given":
            return _kanji(first) if ja else first
        nicks = {g: n for g, n in AINU_NICK_HELDOUT118.items() if g in JP_WOMEN_HELDOUT118}
        if ja:
            return _kanji(rng.choice(sorted(JP_WOMEN_HELDOUT118)))
        return nicks[rng.choice(sorted(nicks))]

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or an honorific
        after it, one of the origin whose places, papers, script or speech the template names, in the layout
        the template is written in."""
        m = TITLE_SLOT_HELDOUT118.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT118[title.lower()][0]
            return name
        s = SUFFIX_SLOT_HELDOUT118.search(template)
        if s:
            script = "ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", template) else ""
            return self.suffixed_person(s.group(1), script)
        lead = next((lead for lead in SURNAME_FIRST_LEADS_HELDOUT118 if template.startswith(lead)), None)
        if lead:
            origin, flavor = SURNAME_FIRST_LEADS_HELDOUT118[lead]
            return self.person(origin, None, "sf", False, None, flavor)
        script = ""
        if template.startswith("ふりがな"):
            script = "kana"
        elif re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", template):
            script = "ja"
        elif re.search(r"[\u0370-\u03ff]", template):
            script = "el"
        elif re.search(r"[\u0400-\u04ff]", template):
            script = "mk"
        elif template.startswith(('"', "- ")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT118 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT118 if cue.search(template)), None)
        country = None
        if origin == "aromanian":
            low = template.lower()
            country = next(
                (c for c, cue in (("gr", r"metsovo|thessaloniki|μέτσοβο|θεσσαλονίκη"), ("mk", r"kruševo|krusevo|bitola|крушево|битола"),
                                  ("al", r"korçë|korce|lekë|\bmos\b|\bdhe\b"), ("ro", r"constanța|constanta|\blei\b|\bși\b|pentru"))
                 if re.search(cue, low)),
                None,
            )  # fmt: skip
        return self.person(origin, woman, script, chat, country)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT118 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT118:
            template = rng.choice(FORCED_SENTENCES_HELDOUT118[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT118:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT118["upper"]), self._caps(origin)))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT118["lower"]), self._plain_lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT118 else "form"
            script = FORM_SENTENCE_SCRIPT_HELDOUT118.get(form, "")
            if form == "surname_first":
                lead = rng.choice([k for k, (o, _) in SURNAME_FIRST_LEADS_HELDOUT118.items() if o == origin])
                template = f"{lead}: {{}}"
                value = self._surname_first(origin, SURNAME_FIRST_LEADS_HELDOUT118[lead][1])
            else:
                key = f"{kind}_{script}" if script else kind
                key = key if key in FORCED_SENTENCES_HELDOUT118 else f"form_{script}"
                template = rng.choice(FORCED_SENTENCES_HELDOUT118[key])
                value = self._form(origin, form)
            filled.append((template, value))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _plain_lower(self, origin: str) -> str:
        """A full name in lower case as chat types it ('ryosuke urakawa', 'iorgu bitsios', 'derrick kiggundu',
        'tirso dungca'), its marks dropped half the time."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            value = self._full(origin, first, last, woman, "", True)
            if self.rng.random() < 0.5:
                value = _fold(value)
            if " " in value and not _reads_public(value) and len(value.lower()) == len(value):
                break
        return value.lower()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, c, b = rng.randint(1, 40), rng.randint(1, 9), rng.randint(1, 20)
        shapes = {
            "jp": [
                f"〒060-0042 北海道札幌市中央区大通西{rng.randint(1, 20)}丁目{b}-{n}",
                f"〒001-0024 札幌市北区北24条西{c}丁目{b}-{n}",
                f"{b}-{n} Kita 24-jo Nishi {c}-chome, Kita-ku, Sapporo, Hokkaido 001-0024",
                f"〒055-0107 北海道沙流郡平取町本町{n}-{b}",
                f"{n}-{b} Honcho, Biratori-cho, Saru-gun, Hokkaido 055-0107",
                f"〒059-0902 北海道白老郡白老町若草町{c}丁目{b}-{n}",
                f"〒085-0016 北海道釧路市錦町{c}-{n}",
                f"〒085-0467 北海道釧路市阿寒町阿寒湖温泉{c}丁目{b}-{n}",
                f"〒164-0001 東京都中野区中野{c}-{b}-{n} {pick(['コーポ中野', 'ハイツ青葉', 'メゾン桜'])}{rng.randint(1, 5)}0{rng.randint(1, 9)}号室",
                f"{c}-{b}-{n} Nakano, Nakano-ku, Tokyo 164-0001",
                f"〒135-0016 東京都江東区東陽{c}-{b}-{n}",
            ],
            "gr": [
                f"Τοσίτσα {n}, 442 00 Μέτσοβο",
                f"Tositsa {n}, 442 00 Metsovo",
                f"Παπαναστασίου {rng.randint(1, 160)}, 544 53 Θεσσαλονίκη",
                f"Papanastasiou {rng.randint(1, 160)}, 544 53 Thessaloniki",
                f"Βασιλίσσης Όλγας {rng.randint(1, 200)}, 546 41 Θεσσαλονίκη",
            ],
            "mk": [
                f"ул. Илинденска бр. {n}, 7550 Крушево",
                f"ul. Ilindenska br. {n}, 7550 Kruševo",
                f"ул. Широк Сокак бр. {rng.randint(1, 120)}, 7000 Битола",
                f"ul. Shirok Sokak br. {rng.randint(1, 120)}, 7000 Bitola",
            ],
            "al": [
                f"Bulevardi Shën Gjergji, Nr. {n}, Korçë 7001",
                f"Lagjja {c}, Rruga Pandeli Cale, Nr. {n}, 7001 Korçë",
            ],
            "ro": [
                f"Bd. Mamaia nr. {rng.randint(1, 300)}, bl. {pick(['LE3', 'FZ7', 'A2'])}, sc. {pick('ABC')}, ap. {rng.randint(1, 60)}, Constanța 9005{rng.randint(10, 99)}",
                f"Str. Mircea cel Bătrân nr. {rng.randint(1, 120)}, 900{rng.randint(100, 699)} Constanța",
                f"Bd. Alexandru Lăpușneanu nr. {rng.randint(1, 200)}, Constanța",
            ],
            "ug": [
                f"Plot {n}, Kabaka Anjagala Road, Mengo, Kampala",
                f"Plot {rng.randint(1, 900)}, Ggaba Road, Kansanga, Kampala",
                f"Plot {n}, Kiwafu Road, Entebbe",
                f"Plot {n}, Kizungu Road, Nyendo, Masaka",
                f"Plot {rng.randint(1, 300)}, Kampala-Jinja Road, Mukono",
                f"P.O. Box {rng.randint(100, 999)}, Mukono",
            ],
            "ph": [
                f"{rng.randint(1, 300)} Consunji St., Brgy. Sto. Niño, City of San Fernando, Pampanga 2000",
                f"Blk {c} Lot {b}, Northville, Brgy. Sindalan, City of San Fernando, Pampanga 2000",
                f"Blk {c} Lot {b}, Villa Teresa Subd., Brgy. Cutcut, Angeles City 2009",
                f"{rng.randint(1, 300)} Teresa Ave., Brgy. Balibago, Angeles City, Pampanga 2009",
                f"Blk {c} Lot {b}, Xevera Mabalacat, Brgy. Tabun, Mabalacat City, Pampanga 2010",
                f"Purok {c}, Brgy. Mabiga, Mabalacat City, Pampanga 2010",
            ],
        }  # fmt: skip
        return pick(self._regional(shapes))

    def _regional(self, shapes: dict[str, list]) -> list:
        """The shapes of the region of the name just given (an Aromanian's country), or of every region."""
        origin, country = self._origin_after_name()
        if origin == "aromanian":
            return shapes[country] if country else [s for k in ("gr", "mk", "al", "ro") for s in shapes[k]]
        if origin:
            return shapes[{"ainu": "jp", "baganda": "ug", "kapampangan": "ph"}[origin]]
        return [s for k in shapes for s in shapes[k]]

    def email(self) -> str:
        rng = self.rng
        origin, country = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin, None, country)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT118[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1970, 2008)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "gmail.com", *EMAIL_DOMAINS_HELDOUT118[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        shapes = {
            "jp": [
                f"0{pick('987')}0-{d(4)}-{d(4)}",  # mobiles
                f"+81 {pick(['90', '80', '70'])}-{d(4)}-{d(4)}",
                f"011-{d(3)}-{d(4)}",  # Sapporo
                f"01457-{d(1)}-{d(4)}",  # Biratori
                f"0144-8{d(1)}-{d(4)}",  # Shiraoi
                f"0154-{d(2)}-{d(4)}",  # Kushiro
                f"03-{d(4)}-{d(4)}",  # Tokyo
            ],
            "gr": [f"69{pick('4579')} {d(3)} {d(4)}", f"+30 69{pick('4579')} {d(3)} {d(4)}", f"26560 4{d(4)}", f"2310 {d(6)}"],
            "mk": [f"07{pick('01256')} {d(3)} {d(3)}", f"+389 7{pick('01256')} {d(3)} {d(3)}", f"047 2{d(2)} {d(3)}", f"048 47{d(1)} {d(3)}"],
            "al": [f"06{pick('789')} {d(3)} {d(4)}", f"+355 6{pick('789')} {d(3)} {d(4)}", f"082 2{d(2)} {d(3)}"],
            "ro": [f"07{pick(['22', '23', '40', '44', '45', '55', '62', '72', '88'])} {d(3)} {d(3)}",
                   f"+40 7{pick(['22', '40', '45', '62', '88'])} {d(3)} {d(3)}", f"0241 {d(3)} {d(3)}"],
            "ug": [f"07{pick(['72', '74', '75', '77', '78', '70', '01', '02', '03'])} {d(3)} {d(3)}",
                   f"+256 7{pick(['72', '75', '77', '01', '04'])} {d(6)}", f"+256 7{pick(['72', '75', '01'])} {d(3)} {d(3)}",
                   f"0414 {d(3)} {d(3)}", f"0481 {d(3)} {d(3)}"],
            "ph": [f"09{pick(['17', '18', '27', '39', '45', '66', '95', '98'])} {d(3)} {d(4)}",
                   f"+63 9{pick(['17', '18', '27', '45', '98'])} {d(3)} {d(4)}", f"09{pick(['17', '27', '66'])}-{d(3)}-{d(4)}",
                   f"(045) 961 {d(4)}", f"(045) 322 {d(4)}", f"045-331-{d(4)}"],
        }  # fmt: skip
        return pick(self._regional(shapes))

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}",
                             f"35{rng.randint(28, 89)}", f"35{rng.randint(28, 89)}", "34", "37"])  # fmt: skip
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
        origin, country = self._origin_after_name()
        if origin == "aromanian" and country:
            own = [IBAN_BY_COUNTRY_HELDOUT118[country]]
        else:
            own = IBAN_BY_ORIGIN_HELDOUT118[origin] if origin else []
        code = rng.choice(own or sorted(IBAN_BANKS_HELDOUT118))
        iban = _iban_of(rng, code)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.choice([0, 1, 3, 11])}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2400:4050:{h()}:{h()}::{h()}", f"240b:10:{h()}:{h()}::{h()}", f"2a02:587:{h()}:{h()}::{h()}",
                           f"2a02:2f0c:{h()}:{h()}::{h()}", f"2c0f:ef78:{h()}:{h()}::{h()}", f"2001:4450:{h()}:{h()}:{h()}::{h()}",
                           f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the home router, the smart meter's gateway, the water heater's Wi-Fi
        adapter, the firm's job server and its sshd and nginx logs, the customer portal's login alerts; v4 and
        v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the router in the flat is {}, the electrician needs it for the smart meter", v4),
            ("the water heater's wifi adapter got {} from the router, put it in the app", v4),
            ("the smart meter gateway answers on {}, try it from the laptop", v4),
            ("Jobber says someone logged into our client hub from {}, was that you?", rng.choice([v4, v6])),
            ("the firm's job server is {}, the dispatcher has the ssh key", v4),
            ("給湯器の無線アダプターのIPは{}です", v4),
            ("ο ρούτερ του σπιτιού είναι στο {}, δώσ' το στον ηλεκτρολόγο", v4),
            ("routerul din apartament e pe {}, electricianul are nevoie de el", v4),
            ("the UMEME smart meter's hub shows up as {} on the home network", v4),
            ("ing router ning bale {} ya, kailangan ng electrician", v4),
            ("the Home Assistant with the meter readings answers on {}, try it from the office", v6),
            ("listen {}:8123", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ping -6 -c 4 {}", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Mar 14 07:12:09 jobs-srv sshd[2211]: Failed password for root from {} port 51822 ssh2", v4),
            ('{} - - [14/Mar/2026:07:15:40 +0900] "POST /portal/login HTTP/1.1" 401 512', v4),
            ("meter_gateway_ip: {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1975, 2012)
        return rng.choice(
            [
                f"{rng.choice(['Sapporo', 'Kotan', 'Shiraoi', 'Akanko', 'Nakano'])}{rng.choice(['@011', '#jp', '_2025', '!!'])}",
                f"{rng.choice(['Aminciu', 'Metsovo', 'Crushuva', 'Bitule', 'Curceaua'])}{rng.choice(['@30', '#mk', '_2024', '!!'])}",
                f"{rng.choice(['Mengo', 'Kasubi', 'Mukono', 'Masaka', 'Entebbe'])}{rng.choice(['@256', '#UG', '2025', '!!'])}",
                f"{rng.choice(['Sisig', 'Mabalacat', 'Sanfer', 'Balibago', 'Pampanga'])}{rng.choice(['@045', '#PH', '2025', '!!'])}",
                rng.choice(["breaker", "circuit", "plumbing", "boiler", "wrench", "socket"]).translate(leet) + rng.choice(["", "!", "_118"]),
                f"{rng.choice(['ryo', 'nana', 'gogu', 'tache', 'derro', 'imma', 'jenjen', 'soysoy'])}{rng.choice([str(year), str(year)[2:], '123'])}",
                f"{rng.choice(['Home', 'Flat', 'Casa', 'Bahay'])}{rng.randint(2019, 2026)}-{rng.choice(['Wifi', 'Net', 'Fibr', 'Ghar'])}{rng.randint(10, 99)}",
                f"{rng.choice(['leak', 'fuse', 'meter', 'valve'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Home2024Wifi"  # where ':' or ';' would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = string.ascii_letters + string.digits + "-_"
        jwt = (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + "eyJ"
            + tok(rng.randint(60, 90), b64)
            + "."
            + tok(43, b64)
        )
        options = [
            # the keys and codes a homeowner or a tenant leaves for the tradesperson
            ("the wifi password for the electrician is {}, it's on the fridge too", pw),
            ("the key safe by the door has the code {}, the plumber knows", d(4)),
            ("the building's door code is {}, then the lift to the 3rd floor", d(4)),
            ("the Jobber client hub password is {}, check the quote there", pw),
            ("the Housecall Pro login for the dispatcher is our gmail, password {}", pw),
            ("the Rinnai app password is {}, the water heater is linked to it", pw),
            ("the myVAILLANT password is {}, the boiler's error shows there", pw),
            ("my MTN MoMo PIN is {}, pay the plumber from my phone", d(5)),
            ("the GCash MPIN is {}, pay the electrician's downpayment", d(4)),
            ("the Airtel Money PIN for the office phone is {}", d(4)),
            # cues in the set's languages
            ("オートロックの暗証番号は{}です。誰にも教えないでください", d(4)),
            ("Wi-Fiのパスワードは{}、誰にも教えないで", pw),
            ("ο κωδικός του wifi για τον ηλεκτρολόγο είναι {}, μην το πεις σε κανέναν", pw),
            ("лозинката за wifi е {}, не кажувај никому", pw),
            ("fjalëkalimi i wifi-t për elektricistin është {}, mos ia thuaj askujt", pw),
            ("parola de la ViCare e {}, nu o spune nimănui", pw),
            ("parola di wifi easte {}, s-nu u dzãț a vãrnu", pw),
            ("password ya wifi ye {}, tobuulira muntu yenna", pw),
            ("ing password ning wifi {}, e mu sasabyan ninuman", pw),
            ("yung password ng PLDT wifi ay {}, wag mong sabihin kahit kanino", pw),
            # commands
            ("mysqldump -u jobs -p{} jobsheets > backup.sql", colonless),
            ("curl -u dispatch:{} https://portal.example/api/jobs", colonless),
            # pastes
            ("WIFI:T:WPA;S:Flat_3B;P:{};;", colonless),
            ("SWITCHBOT_TOKEN={}", tok(96, hexd)),
            ("HA_TOKEN={}", jwt),
            ("TWILIO_AUTH_TOKEN={}", tok(32, hexd)),
            ("PAYMONGO_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("SENDGRID_API_KEY={}", "SG." + tok(22, b64) + "." + tok(43, b64)),
            ("GITHUB_TOKEN={}", "ghp_" + tok(36, alnum)),
            ("AWS_SECRET_ACCESS_KEY={}", tok(40, alnum + "/+")),
            ("LINE_CHANNEL_SECRET={}", tok(32, hexd)),
            ("SMTP_PASSWORD={}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the firm's portal, the boiler and smart meter apps, a tradesperson's Instagram and
        TikTok, in shapes like 'ryosuke.urakawa', 'sapporo_makoto', 'iorgu.bitsios84', 'kampala_derrick'."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(80, 99) if rng.random() < 0.6 else rng.randint(0, 12)
        subject = rng.choice(SUBJECTS_HELDOUT118[origin])
        own = {
            "ainu": [f"{first}.{last}", f"{subject}_{first}", f"{last}{first[:3]}{yy:02d}"],
            "aromanian": [f"{first}.{last}{yy:02d}", f"{first}_{subject}", f"{last}{yy:02d}"],
            "baganda": [f"{subject}_{first}", f"{first}{last}{yy:02d}", f"{first}.{last}"],
            "kapampangan": [f"{first}{last}{yy:02d}", f"{subject}{first}", f"{first}_{last}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1945, youngest: int = 2012) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1945, youngest: int = 2012) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format."""
        y, m, day = self._birth(oldest, youngest)
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return {
            "jp": f"{y}年{m}月{day}日",
            "jp_era": _wareki(y, m, day),
            "jp_slash": f"{y}/{m:02d}/{day:02d}",
            "gr": f"{day:02d}/{m:02d}/{y}",
            "gr_words": f"{day} {GREEK_MONTHS_HELDOUT118[m - 1]} {y}",
            "dot": f"{day:02d}.{m:02d}.{y}",
            "mk_words": f"{day} {MACEDONIAN_MONTHS_HELDOUT118[m - 1]} {y}",
            "sq_words": f"{day} {ALBANIAN_MONTHS_HELDOUT118[m - 1]} {y}",
            "ro_words": f"{day} {ROMANIAN_MONTHS_HELDOUT118[m - 1]} {y}",
            "ug": f"{day:02d}/{m:02d}/{y}",
            "ug_words": f"{day}{th} {EN_MONTHS_HELDOUT118[m - 1]} {y}",
            "lg_words": f"{day} {LUGANDA_MONTHS_HELDOUT118[m - 1]} {y}",
            "ph": f"{m:02d}/{day:02d}/{y}",
            "ph_words": f"{EN_MONTHS_HELDOUT118[m - 1]} {day}, {y}",
            "tl_words": f"{TAGALOG_MONTHS_HELDOUT118[m - 1]} {day}, {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {
            "ainu": ["jp", "jp_era", "jp_slash"],
            "aromanian": ["gr", "dot"],
            "baganda": ["ug"],
            "kapampangan": ["ph", "ph_words"],
        }
        origin, country = self._origin_after_name()
        if origin == "aromanian" and country:
            return shapes["gr" if country == "gr" else "dot"]
        return shapes[self.rng.choice(own[origin] if origin else ["jp", "gr", "dot", "ug", "ph"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a subsidy, a warranty or a
        school form, a paste; `chat` as in `ip_sample`; a child's for the school subsidy, an adult's or an old
        homeowner's for the pension subsidy."""
        s, kid, old = self._dob_shapes(), self._dob_shapes(2008, 2012), self._dob_shapes(1945, 1958)
        options = [
            ("生年月日: {}", s["jp_era"]),
            ("生年月日 {}", s["jp"]),
            ("the boiler subsidy form wants my date of birth, it's {}", s["jp_slash"]),
            ("母は{}生まれです、高齢者の補助金の申請に書いてください", old["jp_era"]),
            ("息子の生年月日は{}です、学校の申込書に書きます", kid["jp"]),
            ("Ημερομηνία γέννησης: {}", s["gr"]),
            ("γεννήθηκα στις {}, γράψ' το στην αίτηση για την επιδότηση του θερμοσίφωνα", s["gr_words"]),
            ("Датум на раѓање: {}", s["dot"]),
            ("роден сум на {}, напиши го во гаранцијата за бојлерот", s["mk_words"]),
            ("Datëlindja: {}", s["dot"]),
            ("kam lindur më {}, shkruaje në formularin e garancisë", s["sq_words"]),
            ("Data nașterii: {}", s["dot"]),
            ("m-am născut pe {}, trece-o pe formularul pentru centrala termică", s["ro_words"]),
            ("Date of birth (DD/MM/YYYY): {}", s["ug"]),
            ("I was born on the {}, put it on the UMEME connection form", s["ug_words"]),
            ("nazaalibwa nga {}, wandiika ku foomu ya NWSC", s["lg_words"]),
            ("my son was born {}, the school wants it on the form for the water tank", kid["ug_words"]),
            ("Date of Birth (MM/DD/YYYY): {}", s["ph"]),
            ("I was born {}, put that on the SFELAPCO senior discount form", old["ph_words"]),
            ("ipinanganak ako noong {}, isulat mo sa warranty ng aircon", s["tl_words"]),
            ("my mother was born {}, the warranty form for the water heater needs it", old["ph_words"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("birth_date: {}", s["iso"]),
            ("customers.csv: 118,Sapporo,{},boiler", kid["iso"]),
            ("DOB: {}", s["ug"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


def _wareki(y: int, m: int, day: int) -> str:
    """A date in the Japanese era calendar as a form writes it ('昭和63年3月14日', '平成元年1月8日')."""
    if (y, m, day) >= (1989, 1, 8):
        era, n = "平成", y - 1988
    else:
        era, n = "昭和", y - 1925
    return f"{era}{'元' if n == 1 else n}年{m}月{day}日"


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its real bank codes (IBAN_BANKS_HELDOUT118); mod-97 check."""
    banks, rest = IBAN_BANKS_HELDOUT118[country]
    pools = {"n": string.digits, "c": string.ascii_uppercase + string.digits}
    count, kind = int(rest[:-1]), rest[-1]
    bban = rng.choice(banks) + "".join(rng.choice(pools[kind]) for _ in range(count))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


HELDOUT118_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is the electrician from Sapporo, he fixed the breaker last winter",
        "{} does the plumbing in Shiraoi, call him for the frozen pipe",
        "{}が給湯器の修理を頼んだよ",
        "{}さんの家の給湯器、明日修理に行きます",
        "{}-san will open the door for the electrician at 10",
        "{}-kun is the apprentice, he brings the ladder",
        "{}-sama, the quote for the rewiring is attached",
        "{}-chan left the key in the mailbox for the plumber",
        "{}様、給湯器交換の見積書を添付いたします",
        "見習いの{}くんが脚立を持っていきます",
        "Huci {} still lights the stove herself, the electrician said the wiring is fine",
        "Ekasi {} wants the plumber to come before the snow in Biratori",
        "氏名: {}",
        "ご依頼者名: {}",
        "ふりがな: {}",
        "Name (family name first): {}",
        "{} is the plumber from Metsovo who fixed the boiler",
        "{} from Kruševo does all the wiring in the old houses",
        "ο {} θα έρθει για τον θερμοσίφωνα αύριο",
        "η {} πλήρωσε τον υδραυλικό με κάρτα",
        "{} ќе дојде да го поправи бојлерот утре",
        "{} e hidrauliku që rregulloi tubin në Korçë",
        "{} e electricianul care a schimbat tabloul în Constanța",
        "lala {} fixed the boiler in Metsovo himself, don't call the plumber",
        "tata {} wants the electrician to look at the meter in Kruševo",
        "mama {} says the water heater in Constanța leaks again",
        "nica {} will be at the flat in Korçë when the plumber comes",
        "Ονοματεπώνυμο: {}",
        "Επώνυμο και όνομα: {}",
        "Име и презиме: {}",
        "Презиме и име: {}",
        "Emri dhe mbiemri: {}",
        "Mbiemri dhe emri: {}",
        "Nume și prenume: {}",
        "{} is the plumber from Mukono, he fixed the tank",
        "{} from Masaka does the wiring for the new houses",
        "{} webale nnyo for fixing the pipe in Entebbe",
        "Ssebo {} says the UMEME meter in Mengo tripped again",
        "Nnyabo {} wants the plumber in Masaka before Sunday",
        "Jjajja {} in Mukono has no water since the pipe burst",
        "Maama {} paid the electrician with MTN MoMo",
        "Ssaalongo {} is the one who booked the plumber for the tank in Entebbe",
        "Nnaalongo {} asked for a quote for rewiring the house in Mukono",
        "Surname and other names: {}",
        "{} is the electrician from Angeles, very reliable daw",
        "{} ang plumber na nag-ayos ng tubo sa San Fernando",
        "{} will pay the downpayment through GCash bukas",
        "Apu {} wants the electrician to check the outlets in San Fernando",
        "Atching {} will pay the plumber through GCash",
        "Kuya {} is the electrician from Angeles, very reliable",
        "Ate {} booked the aircon cleaning for Saturday in Mabalacat",
        "Tito {} fixed the water pump himself, dakal a salamat",
        "Last Name, First Name, M.I.: {}",
        "Pangalan: {}",
        "{} is our electrician, he brings the tester",
        "{} is the apprentice, he carries the pipes",
        "{} is the dispatcher, she books the call-outs",
        "{} and {} do the rewiring together on Monday",
        "ask {} if the new breakers came in",
        "{} wants the quote signed before Friday",
        "{} left the keys of the flat with the neighbour",
        "who is {}? the job sheet says she paid the deposit",
        "tell {} the plumber comes at 9",
        "{} says the electrician comes at 9 tomorrow",
        "did {} call the plumber about the leak?",
        "{} does the call-out bookings, message him",
        "the tenant is {}, she reported the leak under the sink",
        "the landlord is {}, he wants the invoice in his name",
        "Customer name: {}",
        "Electrician: {}",
        "Plumber on site: {}",
        "Job sheet - customer: {}",
        "| 118-07 | {} | leak under sink | done |",
        '"customer": "{}",',
        "- technician: {}",
    ],
    "STREET_ADDRESS": [
        "the leak is at {}, the plumber should ring the bell",
        "send the electrician to {} tomorrow morning",
        "the invoice goes to {}",
        "the job is at {}, bring the long ladder",
        "bring the new water heater to {}",
        "修理先の住所は{}です",
        "η διεύθυνση για τον υδραυλικό είναι {}",
        "адресата за електричарот е {}",
        "adresa pentru instalator este {}",
        "the burst pipe is at {}, come quickly",
        "the aircon job is at {}, call when you're near",
        "Address: {}",
        "住所: {}",
        "Διεύθυνση: {}",
        "Adresa: {}",
        "Job address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the quote to {}",
        "the dispatcher writes from {}",
        "the invoice for the rewiring went to {}",
        "the Jobber client hub is on {}",
        "forward the job sheet to {} please",
        "見積書は{}に送ってください",
        "στείλε την προσφορά στο {}",
        "trimite factura la {}",
        "ipadala mo yung quote sa {}",
        "E-mail: {}",
        "Email: {}",
        "メール: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when you reach the house",
        "the electrician's number is {}",
        "the plumber is on {}",
        "whatsapp {} for the call-out",
        "the emergency number for a burst pipe is {}, they come at night too",
        "水漏れの時はこちらに電話してください: {}",
        "πάρε τον υδραυλικό στο {}",
        "јави се на {} за бојлерот",
        "më telefono në {} për tubin",
        "sună-l pe electrician la {}",
        "send the money to {} on MTN MoMo",
        "i-GCash mo sa {} yung downpayment",
        "Phone: {}",
        "Tel.: {}",
        "電話番号: {}",
        "Τηλέφωνο: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the new breaker box with {}",
        "the water heater went on {}",
        "the plumber's call-out fee was charged to {} twice",
        "book the electrician online with {} please",
        "the copper pipes were paid with {}",
        "給湯器の交換はカード{}で払いました",
        "πλήρωσα τον θερμοσίφωνα με την κάρτα {}",
        "am plătit centrala cu cardul {}",
        "Card: {}",
        "Card number: {}",
        "カード番号: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the firm's account for the deposit is {}",
        "pay the plumber into {}",
        "the insurer sends the refund to {}",
        "my brother in London pays the electrician into {}",
        "send the refund for the cancelled call-out to {} please",
        "την προκαταβολή στον λογαριασμό {}",
        "плати на сметката {}",
        "paguaj në llogarinë {}",
        "plătiți avansul în contul {}",
        "my sister in Dubai pays the plumber from {}",
        "IBAN: {}",
        "Beneficiary IBAN: {}",
        "Cont IBAN: {}",
    ],
    "USERNAME": [
        "the firm's instagram is {}",
        "on tiktok the electrician is {}",
        "the Jobber user of the dispatcher is {}",
        "my Rinnai app login is {}",
        "the Nature Remo account for the aircon is {}",
        "the ViCare user for the boiler is {}",
        "the portal's admin user is {}",
        "my handle in the job group chat is @{}",
        "くらしのマーケットのユーザー名は{}です",
        "το όνομα χρήστη για την εφαρμογή του λέβητα είναι {}",
        "utilizatorul de la myVAILLANT e {}",
        "Login: {}",
        "Username: {}",
        "User: {}",
        '"username": "{}",',
    ],
}
HELDOUT118_MIXED = [
    ("Customer name: {}\nDate of birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name: {}\nE-mail: {}\nPassword: {}", ["PERSON", "EMAIL_ADDRESS", "SECRET"]),
    ("氏名: {}\n生年月日: {}\n住所: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Ονοματεπώνυμο: {}\nΗμερομηνία γέννησης: {}\nΔιεύθυνση: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Nume și prenume: {}\nData nașterii: {}\nTelefon: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Surname and other names: {}\nDate of birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Last Name, First Name, M.I.: {}\nContact No.: {}", ["PERSON", "PHONE_NUMBER"]),
    ("{} paid for the water heater with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the refund in {}", ["PERSON", "IBAN_CODE"]),
    ("the electrician is {}, {}, and wants his fee in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("Jobber login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Dispatcher: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) signed the quote", ["PERSON", "EMAIL_ADDRESS"]),
    ("the supplier charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the quote to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change it on the job sheet", ["PERSON", "STREET_ADDRESS"]),
    ("Account holder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the meter gateway is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("JOBS_DB_HOST={}\nJOBS_DB_USER={}\nJOBS_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} takes the call-out and {} drives the van", ["PERSON", "PERSON"]),
    ("{} wants the invoice sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Client: {}\nAdresa: {}\nTelefon: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
]  # fmt: skip
HELDOUT118_NEGATIVES = [
    "Biratori, Shiraoi and Kushiro all have Ainu cultural centres",
    "Upopoy, the national Ainu museum, is in Shiraoi",
    "-san, -kun and -sama go after a name in Japanese, they are not part of it",
    "Huci is grandmother in Ainu and Ekasi an elder",
    "in Japan the family name comes first on every form",
    "Ainu writing uses small katakana like ㇱ and ㇼ for the final consonants",
    "給湯器の交換は工事費込みで18万円です",
    "ブレーカーが落ちたら、まず分電盤を確認してください",
    "the Rinnai RUF-E2406 is the water heater in most flats in Sapporo",
    "error 111 on a Rinnai water heater means it did not ignite",
    "the auto-lock default code in the manual is 0000, change it",
    "電気工事士の免状番号は個人情報ではありません",
    "Metsovo is Aminciu in Aromanian and Kruševo is Crushuva",
    "the Averoff museum in Metsovo has the paintings",
    "the Pitu Guli monument stands above Kruševo",
    "lala is an uncle and tata a father in Aromanian, mama a mother",
    "a Greek woman's family name is in the genitive, a Macedonian one ends in -ska",
    "Greek papers write the father's initial between the given and the family name",
    "ένας ηλεκτρολόγος στη Θεσσαλονίκη χρεώνει 40 ευρώ την ώρα",
    "ο θερμοσίφωνας 80 λίτρων κοστίζει γύρω στα 300 ευρώ",
    "бојлерот од 80 литри чини околу 9000 денари",
    "elektricisti në Korçë merr 2000 lekë për orë",
    "instalatorul din Constanța cere 150 de lei pe oră",
    "bunã dzua, cum hii?",
    "the Vaillant F.28 error means the boiler did not light",
    "Viessmann ViCare shows F4 when there is no flame",
    "GR16 0110 1250 0000 0001 2300 695 is the example IBAN in the bank's guide",
    "Kampala, Entebbe, Masaka and Mukono are all in Buganda",
    "the Kabaka Anjagala Road runs from the Bulange to the Lubiri in Mengo",
    "Ssebo is sir and Nnyabo madam in Luganda, Jjajja a grandparent",
    "Ssaalongo and Nnaalongo are the father and the mother of twins",
    "every Muganda has a personal Luganda name, a child does not take the father's",
    "a UMEME Yaka meter number has 11 digits and is no one's name",
    "the plumber in Mukono charges 50,000 shillings for a call-out",
    "NWSC water bills can be paid with MTN MoMo or Airtel Money",
    "oli otya, webale nnyo",
    "Stanbic and Centenary Bank both take the deposit for the firm",
    "Angeles City, San Fernando and Mabalacat are in Pampanga",
    "the Jose B. Lingad hospital in San Fernando has a new water tank",
    "the Don Honorio Ventura university in Bacolor trains electricians",
    "Apu is grandparent in Kapampangan, Atching an elder sister",
    "Kuya, Ate and Tito go before a name, they are not part of it",
    "the mother's maiden name is the middle name on Philippine forms",
    "mayap a abak, dakal a salamat",
    "the electrician in Angeles charges 800 pesos for the call-out",
    "SFELAPCO bills are due on the 15th of the month",
    "GCash and Maya both work for the downpayment",
    "the Panasonic split-type aircon needs cleaning every six months",
    "job number J-2026-0314 is the rewiring in Sapporo",
    "quote Q-118-0415 covers the new water heater",
    "invoice INV-2026-0087 is the call-out for the burst pipe",
    "licence number EC-2024-11873 is printed on the van",
    "meter number 04518822 is on the smart meter's label",
    "error E1 on the boiler means low water pressure",
    "error 401 on the Jobber client hub means the session ran out",
    "the router's default login is admin with the password admin, change it",
    "the Home Assistant default user is homeassistant, so we renamed it",
    "SWITCHBOT_TOKEN=your-token-here",
    "TWILIO_AUTH_TOKEN=changeme",
    "wifi password: ********",
    "4111 1111 1111 1111 is the test card for the firm's web shop",
    "write to quotes@example.com for a free quote",
    "192.0.2.118 is a documentation address",
    "198.51.100.18 is a documentation address",
    "2001:db8:118::1 is a documentation address",
    "the new breaker box arrives on 2026-07-10",
    "the water will be off on 14/06/2027 from 9 to 12",
    "the office is closed from 24/12 to 06/01",
    "the boiler service is due on March 12, 2027",
    "the warranty ends on 12.09.2028",
    "the electrician comes at 9, the plumber at 2",
    "bring the 20 mm copper pipe and the fittings",
    "turn off the main valve before the plumber comes",
    "the fuse box is under the stairs",
    "the call-out fee is 30 percent of the quote",
    "a 4 mm² cable is enough for the water heater",
    "the job took three hours, the invoice follows",
    "the RCD trips when the kettle is on",
    "the ladder is in the van",
    "the meter reading is 24518 kWh",
    "Tokyo Gas and Hokkaido Electric both send the bills by mail",
]  # fmt: skip


def _typo118(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a trade word's well-known misspelling ('electrician' -> 'electrition',
    'plumber' -> 'plummer', 'licence' -> 'lisence', 'guarantee' -> 'garantee', 'receipt' -> 'reciept'), or
    chat shorthand in the set's languages ('please' -> 'pls', 'tomorrow' -> 'tmrw', Romanian 'mulțumesc' ->
    'mersi', Greek 'ευχαριστώ' -> 'ευχαριστω', Tagalog 'talaga' -> 'tlga' and 'ngayon' -> 'ngaun', Luganda
    'webale nnyo' -> 'wbl nnyo'). Only in sentences typed to the bot or a friend; a title or a kin word by a
    name, and an honorific after it, stay as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT118.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT118[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT118.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT118[m.group(1)] + template[m.end() :]


def build_heldout118(seed: int = HELDOUT118_SEED) -> list[Example]:
    """Held-out set 118: `Gen118` values in `HELDOUT118_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen118.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen118(seed)
    examples = assemble_module_set(
        gen, HELDOUT118_TEMPLATES, HELDOUT118_MIXED, HELDOUT118_NEGATIVES, _typo118, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
