"""Held-out set 28 for bench/pii.py: labelled chat sentences, written blind.

"heldout28": written before round 25 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT28 is empty, as for
held-out 16 to 26; hand-written lists of Hassaniya-speaking Moors of Mauritania and Western Sahara (the 'Ould'
and 'Mint' particles before the father's name, also abbreviated: 'Ahmedou Ould Abdallahi', 'Mariem Mint Ely',
'Ahmedou O. Abdallahi'), Hadhrami (Yemen's
Hadramawt and its diaspora: family names on the 'Ba' clan prefix, joined or apart: 'Bawazir', 'Ba Wazir'),
Maronite Lebanese (French-spelt given names, family names with the 'Bou' and 'Abi' particles: 'Elie Bou Saab',
'Rita Abi Nader'), Greek Cypriot (the 'Hadji' pilgrim prefix, also in the 'Chatzi' transliteration:
'Hadjipetrou', 'Chatzipetrou'; 'Androulla', 'Christakis'), Omani ('bin'/'bint' and the father before the tribe:
'Said bin Hilal Al Rawahi'), Libyan ('Abushagur', 'Dbeibah', city names as family names: 'Misrati', 'Zlitni'),
Lipka Tatar (Polish spellings of Muslim given names, 'Dżemil', 'Aisza', and surnames with their feminine
forms: 'Kryczyński', 'Kryczyńska'), Gibraltarian ('Montegriffo', 'Bossano', 'Triay'), Sammarinese ('Mularoni',
'Zafferani'), Monegasque ('Notari', 'Crovetto', 'Médecin'), Gottscheer ('Tschinkel', 'Verderber', 'Jaklitsch'),
Itsekiri (names on Oritse-: 'Oritsejafor Emiko'), Berom ('Gyang Pwajok', 'Chundung Dalyop'), Giriama
(Mijikenda: 'Kadzo Katana', 'Kazungu Charo'), Balanta and Papel (family names with the 'Na' particle: 'Bubo Na
Tchuto'), Runyankore-Rukiga ('Ainembabazi Twinomujuni'), Thakali (the '-chan' clans of Mustang: 'Sherchan',
'Tulachan'), Rajput (Marwar and Shekhawati: 'Ummed Singh Champawat', 'Bhanwari Kanwar Rathore'), Ho (Kolhan:
'Bodra', 'Purty', 'Sinku') and Sri Lankan Moor and Malay names (initials for the father's and grandfather's
names before the given name: 'M. H. M. Rizwan', 'Jurangpathy', 'Kitchilan'), music words used as given names
(Melody, Harmony, Cadence, Aria, Viola, Allegra), invented ones of a made-up root and ending and a surname of a
made-up root and a Persian-looking ending ('Zephira Kelvzadeh': -zadeh/-pour/-nejad/-vand/-far); a chess title
before the name ('GM X', 'WIM X'), PGN tags ('[White "X"]'), SGF player fields ('PB[X]'), a DJ line-up
('X b2b Y'), liner-note credits ('X – drums'), mahjong wind seats ('East: X'), brass-band ('Principal
cornet:'), string-quartet ('1st violin:'), LAN-party ('Seat 14:'), cubing ('Competitor:') and poker
('Table 3, seat 2:') fields, a Vorbis ARTIST= comment; over half of the sentences typed to the bot or a friend:
mahjong, backgammon, go (baduk), Scrabble clubs, poker nights, Magic: The Gathering, speedcubing, pinball, LAN
parties and retro games, flight simulation, modular synths, DJ nights, brass bands, chamber music and
mechanical keyboards; Pterodactyl .env and Wings config.yml, Factorio server-settings.json, Terraria
serverconfig.txt, ARK GameUserSettings.ini, a Valheim start line, TeamSpeak ts3server.ini and privilege keys,
Owncast, Mopidy mopidy.conf, beets config.yaml, Funkwhale .env, Ampache ampache.cfg.php, Airsonic properties,
RomM .env, code-server config.yaml, SearXNG settings.yml, Open WebUI, LibreChat .env, MediaWiki
LocalSettings.php, Akkoma config and Misskey default.yml; those regions' addresses (Nouakchott lots and
îlots, Nouadhibou, Mukalla districts, Tarim quarters, Beirut immeubles and étages, Jounieh, Ehden, Limassol
and Nicosia flats with Cypriot postcodes, Muscat 'Way' and building numbers, Tripoli and Misrata, Kruszyniany
and Bohoniki house numbers, Białystok, Gibraltar's GX11 postcode, San Marino's castelli, Monaco residences,
Kočevje and Koprivnik, Warri and Jos 'No.' addresses, Berom villages, Kilifi plots and Malindi, Bissau bairros,
Mbarara plots and Kabale cells, Mustang villages with wards, Jodhpur plots, Chaibasa, Kattankudy and Colombo's
Slave Island) and phones (Mauritania, Yemen with Mukalla's 05, Lebanese mobiles domestic and international,
Beirut and Jounieh, Cyprus, Oman, Libya domestic with a dash and international, Białystok with the area code
in brackets, Gibraltar, San Marino with 0549, Monaco, Kočevje, Warri, Jos, Nigerian mobiles, Malindi, Kenyan
011x mobiles, Guinea-Bissau, Mbarara, Ugandan mobiles, Jomsom, Nepali mobiles, Jodhpur, Chaibasa, Batticaloa,
Colombo, Sri Lankan mobiles); Visa 16 and 19, Mastercard 2455 and 5395, Amex 3791, Diners 3021, JCB 3557,
Discover 6522, Maestro 6762 and Iranian Shetab 6037 99 cards, some with hair spaces (U+200A), six-per-em
spaces (U+2006) or four-per-em spaces (U+2005) between groups; IBANs of Mauritania, Yemen, Lebanon, Cyprus,
Oman, Libya, Poland, Gibraltar, San Marino, Monaco and Guinea-Bissau, some grouped by their national fields
(bank, branch, account, key: 'MR13 00020 00101 00001234567 53') rather than in fours; IPs in mahjong,
backgammon, go, Scrabble, poker, Cockatrice, cube-timer, pinball, LAN-party, flight-sim, synth, DJ, brass-band
and keyboard chat and in the pastes above, v6 in 2a00:23c, 2a01:cb, 2a01:e, 2c0d, 2400:1a and 2001:4c ranges;
passwords handed over in ways no earlier set used (a question and answer pair 'Q: ... A: X', a pinned group
message, an IRC /topic, 'if anyone asks, ...', written on the club whiteboard, printed on the back of a
ticket, a password the browser or the password manager suggested and whether to keep it, a rotated admin
password, 'in case I forget'), passwords shaped as cube algorithms ("RUR'U'-6"), chord names
('F#m7b5-Cmaj7!'), Scrabble words with a score, mahjong hands, go terms with a board point ('tesuji-on-Q16'),
cheat codes ('IDDQD_1993'), poker hands, ICAO routes ('OOMS-LGAV-A320'), keyboard switches with a percent
sign, a synth signal chain ('Saw>VCF>VCA@120bpm'), brass-band words, the first letters of a sentence, and
words in Arabic, Greek, Devanagari, Sinhala and Hebrew script with digits; Pterodactyl APP_KEY and ptla_/ptlc_
API keys, Wings token, Factorio game_password and token, Terraria password=, ARK ServerAdminPassword, Valheim
-password, TeamSpeak serveradmin password and privilege keys, Owncast stream keys, Mopidy client_secret, beets
Discogs user_token and AcoustID apikey, Last.fm api_secret, Funkwhale DJANGO_SECRET_KEY, Ampache secret_key,
Airsonic DatabaseConfigEmbedPassword, RomM ROMM_AUTH_SECRET_KEY and IGDB_CLIENT_SECRET, RetroAchievements web
API keys, code-server password, SearXNG secret_key, WEBUI_SECRET_KEY, LibreChat CREDS_KEY and
JWT_REFRESH_SECRET, MediaWiki $wgSecretKey and $wgDBpassword, Akkoma secret_key_base, Misskey db pass,
Langfuse sk-lf-, GitLab glft- feed, Lichess lip_, GitHub ghr_ refresh and Anyscale esecret_ tokens, mahjong
room, band-room key box, synth studio, LAN hall alarm and arcade office codes, and cues in Sinhala
('murapadaya'), Marathi ('sanketshabd'), Telugu, Malayalam, Punjabi, Sorani Kurdish ('wşey nhênî'), Romansh
('pled-clav'), Bulgarian ('parolata'), Tswana ('lefoko la sephiri'), Egyptian Arabizi ('beta3'), Wolof
('mooy'), Yiddish ('parol'), Moroccan Darija ('dyal') and Cypriot Greek ('en'); usernames in OGS, Mahjong Soul,
Woogles, Moxfield, Pinside, VATSIM, ModularGrid, Mixcloud and a brass-band forum, JSON and config login
fields, shapes like 'x.plays.east', 'gammon_y', 'x_3dan', 'bingo.y', 'x_allin', 'izzet.x', 'y.sub9',
'tilt_x', 'y_fragz', 'x.squawks.7000', 'patch.y', 'y.on.cornet', 'x_thocks' and 'y2ndchair'; dates of birth
in Levantine Arabic with the Syriac month names ('ana khle2t b 14 adar 1987'), Telugu ('puttanu'),
Malayalam ('janichu'), Sinhala ('upan dinaya'), Punjabi ('janam') and Yiddish ('geboyrn'), the Coptic calendar
('Paremhat 5, 1703 A.M.') and India's national Saka calendar ('Phalguna 23, 1908 Saka'), PHP mktime(),
Haskell fromGregorian, a Clojure #inst, a Lua os.time table, PostgreSQL make_date() and an Erlang date tuple;
typos as punctuation from another keyboard layout: an Arabic comma or question mark ('،', '؟') or a
semicolon typed for an apostrophe ('don;t'); negatives with the same regions' places, the name particles
explained (ould, mint, Ba-, Bou, Abi, Hadji, Singh, Kanwar, initials), music words as words (melody, harmony,
cadence, aria, viola), mahjong tiles and hands, backgammon, go points and komi, Scrabble words, poker hands,
card names, cube algorithms, pinball, METAR lines and squawk codes, synth, DJ, brass-band, quartet and keyboard
talk, Factorio, Terraria, ARK, TeamSpeak, Mopidy, beets, code-server, SearXNG, Open WebUI, Pterodactyl and
LibreChat boilerplate, placeholder secrets, a test card, a sample IBAN, a placeholder e-mail, documentation IPs
(v4 and v6), versions, orders, commits, tournament and release dates, emergency numbers, a masked password, and
short everyday chat).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import base64
import datetime as _dt
import random
import re
import string
import uuid

from bench.pii import (
    TYPES,
    Example,
    Gen3,
    _ascii_name,
    _chat_like,
    _iban,
    _luhn_number,
    _pick_chat_or_not,
)

HELDOUT28_SEED = 283917
# no faker name locale, as in held-out 16 to 26: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the lexicon test still checks it)
NAME_LOCALES_HELDOUT28: list[str] = []
NAMES_HELDOUT28: dict[str, tuple[list[str], list[str]]] = {
    # Hassaniya-speaking Moors (Mauritania, Western Sahara): the second list holds fathers' names, which follow
    # 'Ould' (son of) or 'Mint' (daughter of)
    "moorish": ("Ahmedou Sidi Cheikhna Brahim Moulaye Yahya Mariem Aminetou Khadijetou Vatimetou Mekfoula Zeinebou Nebghouha Toutou".split(),
                "Abdallahi Ely Bah Daddah Taya Boubacar Vall Bouceif Tolba Ghazouani Haidalla Mohamedou Sidiya".split()),
    # Hadhrami (Hadramawt, Yemen, and the diaspora of East Africa and Indonesia): family names on the Ba- prefix
    "hadhrami": ("Salem Awadh Abdulqader Omar Saeed Aidarus Alawi Abubakar Fatma Shaima Huda Sharifa Nour".split(),
                 "Bawazir Basalamah Baswedan Bamatraf Bafadhal Bahasuan Baabbad Bakhresa Bamuhriz Basharahil Baraja Bajaber".split()),
    # Maronite Lebanese (Mount Lebanon, Beirut, the diaspora): French-spelt given names, Bou/Abi particles
    "maronite": ("Charbel Maroun Rafqa Nehmat Joumana Elie Nadim Roula Chantal Wadih Youmna Ghassan Mireille Gebran".split(),
                 ["Geagea", "Frangieh", "Gemayel", "Chamoun", "Eddé", "Moawad", "Sfeir", "Douaihy", "Achkar", "Chidiac",
                  "Rahmé", "Bou Saab", "Bou Habib", "Abi Nader", "Abi Khalil", "Abou Jaoudé"]),
    # Greek Cypriot: the Hadji- prefix of a pilgrim ancestor, Cypriot diminutive given names
    "cypriot": ("Nicos Tassos Glafcos Androulla Stavroulla Panayiota Kyriacos Christakis Loukia Koulla Sotiris Marios Costakis".split(),
                "Hadjipetrou Hadjigeorgiou Hadjioannou Hadjimichael Hadjistephanou Kyprianou Clerides Theocharous Neophytou Kleanthous Efthymiou".split()),
    # Omani: tribes after 'Al', the father's name after 'bin' or 'bint'
    "omani": ("Said Sultan Haitham Badr Talal Khalfan Hilal Hamood Muna Rawya Thuraya Aziza Zuwaina Shamsa".split(),
              ["Al Busaidi", "Al Harthy", "Al Hinai", "Al Rawahi", "Al Siyabi", "Al Maskari", "Al Mahrouqi", "Al Wahaibi",
               "Al Zadjali", "Al Lawati", "Al Shukaili", "Al Ghafri", "Al Mamari", "Al Habsi"]),
    # Libyan: Abu- joined into the family name, city names as family names
    "libyan": ("Fathi Khalifa Mabrouk Nuri Fayez Aref Jalal Abdelhakim Najla Hana Fawzia Hamida Salma".split(),
               "Dbeibah Bashagha Mangoush Maiteeq Abushagur Abusahmain Swehli Ghariani Tarhouni Zlitni Misrati Ghadamsi Warfalli".split()),
    # Lipka Tatars (Podlasie, Lithuania, Belarus): Polish spellings of Muslim given names
    "lipka_tatar": ("Selim Musa Dżemil Mustafa Mahmed Emir Aisza Halima Dżenneta Emina Fatima".split(),
                    "Chazbijewicz Kryczyński Miśkiewicz Bajraszewski Szahidewicz Assanowicz Półtorzycki Mucharski Smajkiewicz Chalilowicz".split()),
    # Gibraltarian (Llanito): Genoese, Maltese, Minorcan, Sephardic and British family names
    "gibraltarian": ("Fabian Gemma Keith Dominique Kaiane Albert Nicky Ernest Tyson Marlene Jonathan".split(),
                     "Montegriffo Picardo Bossano Feetham Canepa Triay Azopardi Bensadon Isola Vinet Linares Netto Sacramento".split()),
    # Sammarinese (San Marino)
    "sammarinese": ("Marino Teodoro Loris Mirko Valentina Michela Pasquale Federica Gian-Franco".split(),
                    "Mularoni Zafferani Gasperoni Zonzini Tamagnini Belluzzi Michelotti Ugolini Stolfi Beccari".split()),
    # Monegasque (old Monaco families)
    "monegasque": ("Rainier Honoré Stéphane Ludovic Florestan Gabrielle Chloé Antoinette Lionel".split(),
                   "Boeri Notari Bellando Crovetto Gastaud Médecin Palmaro Vatrican Ravarino Campora Passeron".split()),
    # Gottscheer (German-speaking Gottschee/Kočevje in Slovenia and its diaspora)
    "gottscheer": ("Johann Josef Aloisia Franz Gertrud Mathias Agnes Rudolf Hermine Theresia".split(),
                   "Tschinkel Verderber Jaklitsch Eppich Michitsch Stalzer Kikel Schemitsch Krauland Petsche Wittine Tramposch".split()),
    # Itsekiri (Warri, Delta State, Nigeria): names on Oritse-/Tori- (God)
    "itsekiri": ("Oritsejafor Toritseju Oritsegbubemi Oritseweyinmi Omasan Ereyitomi Tuoyo Temisan Omatsola Gbubemi".split(),
                 "Omatseye Emiko Ayomike Okorodudu Eyeoyibo Otuedon Agbeyegbe Tuedor Ejueyitchie Atuyota Ikomi".split()),
    # Berom (Jos Plateau, Nigeria)
    "berom": ("Gyang Dachung Chundung Kaneng Nyam Rwang Davou Dalyop Jummai Hannatu Rifkatu Pwajok".split(),
              "Pwajok Dalyop Chollom Choji Davou Mwadkwon Gwom Dakwak Gyang Dung Bot Jang".split()),
    # Giriama (Mijikenda, Kenyan coast): the father's given name serves as the family name
    "giriama": ("Katana Kazungu Kenga Charo Karisa Kahindi Chengo Kalume Tsuma Kadzo Dama Sidi Kache Kanze Kavumbi".split(),
                "Katana Kazungu Kenga Charo Karisa Baya Chengo Kalume Tsuma Ngala Mwaringa Jefwa Mramba".split()),
    # Balanta and Papel (Guinea-Bissau): family names with the 'Na' particle
    "balanta": ("Tagme Bubo Kumba Zamora Baciro Nhasse Quita Domingas Nhima Aristides Malam Ansumane".split(),
                ["Na Tchuto", "Na Waie", "Na Bitchita", "Indjai", "Induta", "Sanhá", "Ialá", "Nhaga", "Nanque",
                 "Biaguê", "Nhamadjo", "Cassamá"]),
    # Runyankore-Rukiga (Ankole and Kigezi, south-western Uganda): sentence names about God
    "ankole_kiga": ("Ainembabazi Twinomujuni Ahimbisibwe Ainomugisha Natukunda Kobusingye Ninsiima Arinaitwe Tukahirwa Atwongyeire".split(),
                    "Muhwezi Kamugisha Twesigye Rwakakamba Bainomugisha Tumuhairwe Kansiime Byamukama Nuwamanya Kyomugisha".split()),
    # Thakali (Thak Khola, Mustang, Nepal): the -chan clans
    "thakali": ("Bhuwan Dil Indira Kanchan Pratima Somnath Tej Urmila Sushila Hira Rupa".split(),
                "Gauchan Sherchan Tulachan Bhattachan Jwarchan Pannachan Hirachan Lalchan".split()),
    # Rajput (Marwar and Shekhawati, Rajasthan): 'Singh' for men and 'Kanwar' for women before the clan name
    "rajput": ("Bhanwar Ummed Dungar Padam Hanwant Jaswant Narpat Chatar Bhanwari Kesar Kanku Sugan Padmini Gulab".split(),
               "Rathore Shekhawat Bhati Chundawat Champawat Jodha Mertiya Deora Jhala Ranawat".split()),
    # Ho (Kolhan, West Singhbhum, Jharkhand)
    "ho": ("Mangal Sukra Budhram Lakhan Dulari Jaini Manki Dobro Salkhu Jhano Dasmati Somra Etwa Raimuni".split(),
           "Bodra Purty Sinku Laguri Gagrai Deogam Pingua Kalundia Tubid Birua Banra Honhaga Sawaiyan".split()),
    # Sri Lankan Moor and Malay (Kattankudy, Beruwala, Colombo's Slave Island)
    "lanka_moor_malay": ("Rizwan Hisham Rinoza Safna Rifka Imthiaz Faiz Rishad Azath Fowzie Sajitha Shiraz Nizam Farveen".split(),
                         "Marikar Lebbe Badiutheen Cassim Ghouse Careem Haniffa Jurangpathy Saldin Doole Kitchilan Sourjah Jainudeen".split()),
}  # fmt: skip
FEMALE_GIVEN_HELDOUT28 = set(
    """Mariem Aminetou Khadijetou Vatimetou Mekfoula Zeinebou Nebghouha Toutou Fatma Shaima Huda Sharifa Nour Rafqa
    Nehmat Joumana Roula Chantal Youmna Mireille Androulla Stavroulla Panayiota Loukia Koulla Muna Rawya Thuraya
    Aziza Zuwaina Shamsa Najla Hana Fawzia Hamida Salma Aisza Halima Dżenneta Emina Fatima Gemma Dominique Kaiane
    Marlene Valentina Michela Federica Gabrielle Chloé Antoinette Aloisia Gertrud Agnes Hermine Theresia Omasan
    Ereyitomi Temisan Chundung Kaneng Jummai Hannatu Rifkatu Kadzo Dama Sidi Kache Kanze Kavumbi Domingas Nhima
    Natukunda Kobusingye Ninsiima Atwongyeire Indira Kanchan Pratima Urmila Sushila Rupa Bhanwari Kesar Kanku
    Sugan Padmini Gulab Dulari Jaini Manki Dobro Jhano Dasmati Raimuni Rinoza Safna Rifka Sajitha Farveen""".split()
)
# invented given names of a made-up root and ending, and surnames of a made-up root and a Persian-looking
# ending (-zadeh/-pour/-nejad/-vand/-far): ways no earlier set used ('Zephira Kelvzadeh')
INVENTED_GIVEN_ROOTS_HELDOUT28 = ["Thes", "Quor", "Bayl", "Ersk", "Nalv", "Wyl", "Zeph", "Corm"]
INVENTED_GIVEN_ENDS_HELDOUT28 = ["ira", "olan", "esse", "umi", "avo", "eth"]
INVENTED_SURNAME_ROOTS_HELDOUT28 = ["Kelv", "Dorab", "Varsh", "Tolm", "Ghaz", "Rukh", "Samb", "Ferd"]
INVENTED_SURNAME_ENDS_HELDOUT28 = ["zadeh", "pour", "nejad", "vand", "far"]
# music words used as given names, which read like the score ('Melody', 'Cadence', 'Viola')
MUSIC_GIVEN_HELDOUT28 = [
    "Melody",
    "Harmony",
    "Cadence",
    "Aria",
    "Lyric",
    "Viola",
    "Allegra",
    "Piper",
    "Rhapsody",
]
MUSIC_ORIGINS_HELDOUT28 = ["gibraltarian", "gottscheer", "maronite", "monegasque", "cypriot", "sammarinese"]
IBAN_SHAPES_HELDOUT28 = {
    "MR": "23n", "YE": "4a4n18c", "LB": "4n20c", "CY": "8n16c", "OM": "3n16c", "LY": "21n", "PL": "24n",
    "GI": "4a15c", "SM": "1a10n12c", "MC": "10n11c2n", "GW": "2c19n",
}  # fmt: skip
# the BBAN's national fields (bank, branch, account, key...), as local statements group them
IBAN_FIELDS_HELDOUT28 = {
    "MR": [5, 5, 11, 2], "MC": [5, 5, 11, 2], "SM": [1, 5, 5, 12], "GW": [2, 4, 15], "YE": [4, 4, 18],
    "CY": [3, 5, 16], "OM": [3, 16], "LY": [3, 3, 15], "GI": [4, 15], "LB": [4, 20],
}  # fmt: skip
# everyday subjects of this set: mahjong, backgammon, go, Scrabble, poker, Magic: The Gathering, speedcubing,
# pinball, LAN parties and retro games, flight simulation, modular synths, DJ nights, brass bands, chamber
# music and mechanical keyboards
HOBBIES_HELDOUT28 = ["mahjong", "gammon", "baduk", "bingo", "allin", "izzet", "cuber", "tilt", "lan", "squawk",
                     "patch", "b2b", "cornet", "cello", "thock"]  # fmt: skip
LEVANTINE_MONTHS = ["kanun el-tani", "shbat", "adar", "nisan", "ayyar", "hzeiran", "tammuz", "ab", "ayloul",
                    "tishrin el-awwal", "tishrin el-tani", "kanun el-awwal"]  # fmt: skip
SINHALA_MONTHS = (
    "Janavari Pebaravari Martu Apriyel Mayi Juni Juli Agosthu Septembar Oktobar Novembar Desembar".split()
)
YIDDISH_MONTHS = (
    "yanuar februar merts april may yuni yuli oygust september oktober november detsember".split()
)
COPTIC_MONTHS = (
    "Thout Paopi Hathor Koiak Tobi Meshir Paremhat Parmouti Pashons Paoni Epip Mesori Nasie".split()
)
SAKA_MONTHS = ["Chaitra", "Vaishakha", "Jyaishtha", "Ashadha", "Shravana", "Bhadra", "Ashvin", "Kartika",
               "Agrahayana", "Pausha", "Magha", "Phalguna"]  # fmt: skip
EN_MONTHS = "January February March April May June July August September October November December".split()
COPTIC_EPOCH_JDN = 1825030  # the Julian day number of 1 Thout, year 1 of the Martyrs
# sentences whose first letters (and digits for number words) make a password, as a mnemonic does
MNEMONIC_SENTENCES_HELDOUT28 = [
    "I have played mahjong for 20 years since Muscat",
    "my brass band plays at eight on Sunday in Limassol",
    "we lost the LAN final to three kids and a cat",
    "the cello lives in the hall cupboard since 2019",
    "never bet the river with seven two off suit",
]
# cube algorithms and words in other scripts that passwords of this set are built on
CUBE_ALGS_HELDOUT28 = ["RUR'U'", "R'FRF'", "M'U2MU2", "FRUR'U'F'"]
SCRIPT_WORDS_HELDOUT28 = ["ياسمين", "Λεμεσός", "राजस्थान", "ලංකාව", "שוקולד"]
GIBRALTAR_STREETS = ["Town Range", "Main Street", "Irish Town", "Governor's Street"]
# slips outside the slots: punctuation from another keyboard layout (Arabic comma and question mark) or a
# semicolon typed for the apostrophe next to it ('don;t')
ARABIC_PUNCT_HELDOUT28 = {", ": "، ", "?": "؟"}


def _ascii28(name: str) -> str:
    """A name as it appears in an e-mail or a handle: `_ascii_name`, with 'ł' as 'l' and nothing else non-ASCII."""
    return "".join(c for c in _ascii_name(name).replace("ł", "l") if c.isascii())


def _coptic_to_jdn(year: int, month: int, day: int) -> int:
    return COPTIC_EPOCH_JDN - 1 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day


def _coptic(day: _dt.date) -> str:
    """A Gregorian date in the Coptic calendar, as Egyptian church registers give it ('Paremhat 5, 1703 A.M.')."""
    jdn = day.toordinal() + 1721425
    year = (4 * (jdn - COPTIC_EPOCH_JDN) + 1463) // 1461
    month = (jdn - _coptic_to_jdn(year, 1, 1)) // 30 + 1
    d = jdn - _coptic_to_jdn(year, month, 1) + 1
    return f"{COPTIC_MONTHS[month - 1]} {d}, {year} A.M."


def _saka(day: _dt.date) -> str:
    """A Gregorian date in India's national (Saka) calendar, as the Gazette of India prints it ('Phalguna 23,
    1908 Saka')."""

    def leap(y: int) -> bool:
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    g = day.year
    start = _dt.date(g, 3, 21 if leap(g) else 22)
    if day < start:
        g -= 1
        start = _dt.date(g, 3, 21 if leap(g) else 22)
    offset = (day - start).days
    lengths = [31 if leap(g) else 30] + [31] * 5 + [30] * 6
    month = 0
    while offset >= lengths[month]:
        offset -= lengths[month]
        month += 1
    return f"{SAKA_MONTHS[month]} {offset + 1}, {g - 78} Saka"


def _mnemonic(sentence: str) -> str:
    """The first letters of a sentence, with 'at', 'and', 'for', 'to' and number words as symbols or digits."""
    swaps = {
        "at": "@",
        "and": "&",
        "for": "4",
        "to": "2",
        "eight": "8",
        "three": "3",
        "seven": "7",
        "two": "2",
    }
    out = []
    for word in sentence.split():
        out.append(word if word.isdigit() else swaps.get(word.lower(), word[0]))
    return "".join(out) + "!"


class Gen28(Gen3):
    """Generators for held-out set 28: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str, str]:
        """A given name, a family name and the origin: NAMES_HELDOUT28 (with the origin's particles), invented
        ('Zephira Kelvzadeh') or a music-word given name ('Cadence')."""
        rng = self.rng
        origin = rng.choice(sorted(NAMES_HELDOUT28))
        firsts, lasts = NAMES_HELDOUT28[origin]
        r = rng.random()
        if r < 0.08:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT28) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT28)
            family = rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT28) + rng.choice(
                INVENTED_SURNAME_ENDS_HELDOUT28
            )
            return given, family, "invented"
        if r < 0.16:  # a music-word given name, with a family name of an origin that gives such names
            origin = rng.choice(MUSIC_ORIGINS_HELDOUT28)
            first, last = rng.choice(MUSIC_GIVEN_HELDOUT28), rng.choice(NAMES_HELDOUT28[origin][1])
        else:
            first, last = rng.choice(firsts), rng.choice(lasts)
        female = first in FEMALE_GIVEN_HELDOUT28 or first in MUSIC_GIVEN_HELDOUT28
        if origin == "moorish":
            last = f"{'Mint' if female else 'Ould'} {last}"
        elif origin == "lipka_tatar" and female and last.endswith(("ski", "cki")):
            last = last[:-1] + "a"  # the feminine form: 'Kryczyńska', 'Półtorzycka'
        return first, last, origin

    def person(self) -> str:
        rng = self.rng
        first, last, origin = self.first_last()
        r = rng.random()
        if r < 0.46:
            name = f"{first} {last}"
        elif r < 0.58:
            name = first
        elif r < 0.65:
            name = last
        else:
            name = self._origin_form(first, last, origin)
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def _origin_form(self, first: str, last: str, origin: str) -> str:
        """A name in a form its origin writes and no earlier set used."""
        rng = self.rng
        female = first in FEMALE_GIVEN_HELDOUT28 or first in MUSIC_GIVEN_HELDOUT28
        if origin == "hadhrami" and last.startswith("Ba"):  # the clan prefix written apart: 'Ba Wazir'
            return f"{first} Ba {last[2:].capitalize()}"
        if origin == "cypriot" and last.startswith("Hadji"):  # the modern transliteration: 'Chatzipetrou'
            return f"{first} Chatzi{last[5:]}"
        if origin == "omani":  # given, bin/bint and the father, then the tribe
            father = rng.choice([g for g in NAMES_HELDOUT28["omani"][0] if g not in FEMALE_GIVEN_HELDOUT28])
            return f"{first} {'bint' if female else 'bin'} {father} {last}"
        if origin == "rajput":  # 'Singh' for men, 'Kanwar' for women, before the clan or alone
            mid = "Kanwar" if female else "Singh"
            return f"{first} {mid} {last}" if rng.random() < 0.6 else f"{first} {mid}"
        if origin == "lanka_moor_malay":  # initials of the father's and grandfather's names first
            initials = [rng.choice("MAHSLRKN") + "." for _ in range(rng.randint(2, 3))]
            return f"{(' ' if rng.random() < 0.6 else '').join(initials)} {first}"
        if origin == "moorish":  # the particle abbreviated as some lists print it ('Ahmedou O. Abdallahi')
            particle, father = last.split(" ", 1)
            return f"{first} {particle[0]}. {father}"
        return f"{first} {last}"

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick, d = rng.choice, self.d
        shapes = [
            f"lot {n} îlot {pick(['K', 'C', 'V', 'B'])}, {pick(['Tevragh Zeina', 'Ksar', 'Sebkha', 'Teyarett'])}, Nouakchott",
            f"Cité SNIM, villa {n}, Nouadhibou",
            f"{pick(['Fuwwah', 'Al-Sharj', 'Khalaf', 'Al-Dis'])} district, street {rng.randint(1, 60)}, house {n}, Al Mukalla, Hadramawt",
            f"house {n}, {pick(['Al-Nuwaidira', 'Al-Khalif', 'Hawtat Al-Fuqara'])} quarter, Tarim",
            f"Immeuble {pick(['Rizk', 'Sfeir', 'Achkar'])}, {rng.randint(1, 9)}e étage, rue Gouraud, Gemmayzé, Beyrouth",
            f"{pick(['Kaslik', 'Haret Sakhr', 'Sarba'])}, bloc {pick('ABCD')}, {rng.randint(1, 8)}th floor, Jounieh",
            f"Ehden main road, bldg {n}, Zgharta",
            f"{pick(['Arch. Makariou III', 'Agiou Andreou', 'Gladstonos'])} {n}, Flat {rng.randint(101, 504)}, {pick(['3036', '3105', '3041'])} Limassol",
            f"{pick(['Stasikratous', 'Themistokli Dervi', 'Kyriakou Matsi'])} {n}, {pick(['1065', '1066', '1016'])} Nicosia",
            f"Way {d(4)}, Building {n}, {pick(['Al Khuwair', 'Qurum', 'Madinat Sultan Qaboos', 'Al Ghubra'])}, Muscat",
            f"{pick(['Omar Mukhtar St', 'Jarabah St', 'Ben Ashour St'])} {n}, {pick(['Dahra', 'Hay Al-Andalus', 'Souq al-Jumaa'])}, Tripoli",
            f"Tripoli Street {n}, Misrata",
            f"Kruszyniany {n}, 16-120 Krynki",
            f"Bohoniki {n}, 16-100 Sokółka",
            f"ul. {pick(['Sienkiewicza', 'Warszawska', 'Lipowa'])} {n}/{rng.randint(1, 40)}, 15-{d(3)} Białystok",
            f"{n} {pick(GIBRALTAR_STREETS)}, Gibraltar GX11 1AA",
            f"Flat {rng.randint(1, 90)}, {pick(['Harbour Views', 'Ocean Village', 'Mid Harbour Estate'])}, Gibraltar",
            f"Via {pick(['Gino Giacomini', 'XXVIII Luglio', 'del Serrone'])} {n}, {pick(['47890 San Marino', '47893 Borgo Maggiore', '47899 Serravalle'])}",
            f"{n} {pick(['boulevard des Moulins', 'avenue Princesse Grace', 'rue Grimaldi'])}, 98000 Monaco",
            f"Le {pick(['Millefiori', 'Formentor', 'Château Périgord'])}, {n} boulevard du Jardin Exotique, MC 98000 Monaco",
            f"{pick(['Ljubljanska cesta', 'Rožna ulica', 'Trg zbora odposlancev'])} {n}, 1330 Kočevje",
            f"Koprivnik {n}, 1330 Kočevje",
            f"No. {n}, {pick(['Okere Road', 'Airport Road', 'Jakpa Road'])}, Warri, Delta State",
            f"No. {n} {pick(['Rayfield Road', 'Tafawa Balewa Street', 'Ahmadu Bello Way'])}, Jos, Plateau State",
            f"house {n}, {pick(['Vom', 'Riyom', 'Du'])} village, Jos South, Plateau",
            f"Plot {n}, {pick(['Mnarani', 'Kibaoni', 'Bofa'])}, Kilifi",
            f"House {n}, {pick(['Shella', 'Casuarina Road', 'Majengo'])}, Malindi",
            f"Bairro {pick(['de Cupelon', 'Militar', 'de Belém', 'de Pefine'])}, Rua {rng.randint(1, 30)}, casa {n}, Bissau",
            f"Plot {n}, {pick(['High Street', 'Bucunku Road', 'Mbaguta Street'])}, Mbarara",
            f"{pick(['Nyabikoni', 'Rushoroza', 'Kirigime'])} cell, house {n}, Kabale",
            f"{pick(['Marpha', 'Tukuche', 'Kobang'])} {n}, ward {rng.randint(1, 5)}, {pick(['Gharapjhong', 'Thasang'])}, Mustang",
            f"Plot No. {n}, {pick(['Shastri Nagar', 'Sardarpura', 'Paota', 'Ratanada'])}, Jodhpur 3420{rng.randint(1, 9):02d}",
            f"{pick(['Tungri', 'Gutusai', 'Sadar Bazar'])}, house {n}, Chaibasa, West Singhbhum 833201",
            f"No. {n}, {pick(['Main Street', 'Meera Nagar Road', 'Jamiyah Road'])}, Kattankudy-0{rng.randint(1, 6)}",
            f"No. {n}, {pick(['Java Lane', 'Malay Street', 'Justice Akbar Mawatha'])}, Colombo 02",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last, _ = self.first_last()
        first, last = _ascii28(first), _ascii28(last)
        user = rng.choice([f"{first}.{rng.choice(HOBBIES_HELDOUT28)}", f"{last}.{first[:1]}{rng.randint(1, 99)}",
                           f"{first}{last}", f"{first[:3]}_{last}", f"{rng.choice(HOBBIES_HELDOUT28)}.{last}",
                           f"{last}{rng.randint(1955, 2008)}", f"{first}-{last[:4]}"])  # fmt: skip
        domain = rng.choice(["mauritel.mr", "yemen.net.ye", "idm.net.lb", "cytanet.com.cy", "omantel.net.om",
                             "wp.pl", "o2.pl", "gibtele.com", "omniway.sm", "monaco.mc", "siol.net", "gmail.com",
                             "yahoo.co.uk", "sltnet.lk", "wlink.com.np", "rediffmail.com"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+222 45 25 {d(2)} {d(2)}",  # Nouakchott landline
            f"+222 {rng.choice('234')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Mauritanian mobile
            f"05 {d(3)} {d(3)}",  # Mukalla, domestic
            f"+967 77{d(1)} {d(3)} {d(3)}",  # Yemeni mobile
            f"03 {d(3)} {d(3)}",  # Lebanese mobile, domestic
            f"+961 {rng.choice(['3', '71', '76'])} {d(3)} {d(3)}",  # Lebanese mobile
            f"+961 {rng.choice(['1', '9'])} {d(3)} {d(3)}",  # Beirut, Jounieh
            f"+357 25 {d(6)}",  # Limassol
            f"99 {d(3)} {d(3)}",  # Cypriot mobile, domestic
            f"+968 24 {d(3)} {d(3)}",  # Muscat
            f"+968 9{d(3)} {d(4)}",  # Omani mobile
            f"09{rng.choice('124')}-{d(7)}",  # Libyan mobile, domestic with a dash
            f"+218 21 {d(3)} {d(4)}",  # Tripoli
            f"(85) {d(3)} {d(2)} {d(2)}",  # Białystok, area code in brackets
            f"+350 200 {d(5)}",  # Gibraltar
            f"+350 5{rng.choice('4678')}{d(6)}",  # Gibraltar mobile
            f"+378 0549 {d(6)}",  # San Marino
            f"+377 93 {d(2)} {d(2)} {d(2)}",  # Monaco
            f"+377 6 {d(2)} {d(2)} {d(2)} {d(2)}",  # Monaco mobile
            f"+386 1 89{d(1)} {d(2)} {d(2)}",  # Kočevje
            f"+234 53 {d(3)} {d(3)}",  # Warri
            f"+234 73 {d(3)} {d(3)}",  # Jos
            f"0705 {d(3)} {d(4)}",  # Nigerian mobile, domestic
            f"042 2{d(6)}",  # Malindi, domestic
            f"+254 11{d(1)} {d(3)} {d(3)}",  # Kenyan 011x mobile
            f"+245 9{rng.choice('56')}{d(1)} {d(3)} {d(3)}",  # Guinea-Bissau mobile
            f"0485 {d(6)}",  # Mbarara, domestic
            f"+256 70{d(1)} {d(3)} {d(3)}",  # Ugandan mobile
            f"+977 69 440{d(3)}",  # Jomsom
            f"984-{d(7)}",  # Nepali mobile, domestic
            f"+91 291 2{d(6)}",  # Jodhpur
            f"06582-2{d(5)}",  # Chaibasa, with the STD code
            f"065 22{d(5)}",  # Batticaloa (Kattankudy)
            f"+94 11 2{d(6)}",  # Colombo
            f"07{rng.choice('1245678')} {d(3)} {d(4)}",  # Sri Lankan mobile, domestic
        ]  # fmt: skip
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 19), ("2455", 16), ("5395", 16), ("3791", 15), ("3021", 14),
                                     ("3557", 16), ("6522", 16), ("6762", 16), ("603799", 16), ("4", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            if r < 0.4:
                return f"{num[:4]} {num[4:10]} {num[10:]}"
            return f"{num[:4]}\u200a{num[4:10]}\u200a{num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.35:
            return " ".join(groups)
        if r < 0.5:  # hair spaces (U+200A), as some typeset statements lay groups out
            return "\u200a".join(groups)
        if r < 0.62:  # six-per-em spaces (U+2006), as some card-reader apps copy them
            return "\u2006".join(groups)
        if r < 0.72:  # four-per-em spaces (U+2005)
            return "\u2005".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT28))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT28[country])
        r = rng.random()
        if country in IBAN_FIELDS_HELDOUT28 and r < 0.35:  # grouped by the national fields
            parts, at = [iban[:4]], 4
            for width in IBAN_FIELDS_HELDOUT28[country]:
                parts.append(iban[at : at + width])
                at += width
            return " ".join(parts)
        if r < 0.75:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): mahjong, backgammon, go, Scrabble, poker, Cockatrice, cube-timer, pinball,
        LAN-party, flight-sim, synth, DJ, brass-band and keyboard chat; TeamSpeak, Mopidy, code-server, SearXNG,
        MediaWiki, Misskey, LibreChat, Funkwhale, Airsonic, Pterodactyl and Factorio pastes, v4 and v6;
        `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a00:23c{rng.randint(0, 15):x}:{h()}:{h()}::{h()}", f"2a01:cb{rng.randint(0, 255):02x}:{h()}::{h()}",
                         f"2a01:e{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}", f"2c0d:{h()}:{h()}::{h()}",
                         f"2400:1a{rng.randint(0, 255):02x}:{h()}::{h()}:{h()}", f"2001:4c{rng.randint(0, 255):02x}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the mahjong club's scoring tablet is on {}", v4),
            ("my backgammon bot runs on {} if you want to play it", rng.choice([v4, v6])),
            ("the go club's kgs relay sits at {}", v4),
            ("scrabble club clock syncs to {} apparently", v4),
            ("poker night server is {}, bring your laptop", v4),
            ("our cockatrice server moved to {} for the prerelease", rng.choice([v4, v6])),
            ("the cube timer app keeps pinging {}", v4),
            ("the pinball machine's wifi board got {} from the router", v4),
            ("the LAN party dhcp handed me {} and now I can't see the game", v4),
            ("my flight sim's second pc is {}, point the instruments at it", v4),
            ("norns on the synth rack shows up as {} over wifi", rng.choice([v4, v6])),
            ("the dj booth laptop was {} last night", v4),
            ("band room stream goes out from {}", v4),
            ("the keyboard group buy site banned {} for refresh spam lol", rng.choice([v4, v6])),
            ("[Instance]\nmachine_id=1\nvoice_ip={}\ndefault_voice_port=9987", v4),
            ("[http]\nenabled = true\nhostname = {}\nport = 6680", v4),
            ("bind-addr: {}:8080\nauth: password", v4),
            ("server:\n  bind_address: \"{}\"\n  port: 8888", v4),
            ("$wgDBserver = \"{}\";", v4),
            ("db:\n  host: {}\n  port: 5432", rng.choice([v4, v6])),
            ("MONGO_URI=mongodb://{}:27017/LibreChat", v4),
            ("DATABASE_URL=postgresql://funkwhale@{}:5432/funkwhale", v4),
            ("server.address={}", v4),
            ("remote: 'https://{}'", v4),
            ("$ ./bin/x64/factorio --start-server save.zip --bind {}", v4),
            ("ts3server: client connected from [{}]:51734", v6),
            ("DB_HOST={}", rng.choice([v4, v6])),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        pick = rng.choice
        return pick(
            [
                f"{pick(CUBE_ALGS_HELDOUT28)}-{rng.randint(2, 12)}",
                f"{pick(['F#m7b5', 'Gbmaj7', 'Dsus4', 'Bb13', 'Eadd9', 'C#m9'])}-{pick(['Cmaj7', 'Am9', 'G7', 'Ebdim'])}{pick(['!', '?', ''])}",
                f"{pick(['QUIXOTRY', 'CAZIQUES', 'MUZJIKS', 'ZYZZYVA', 'BEZIQUE'])}{rng.randint(100, 999)}",
                f"{pick(['RedDragon', 'EastWind', 'NineGates', 'ThirteenOrphans', 'AllPungs'])}#{rng.randint(1, 99)}",
                f"{pick(['hane', 'tesuji', 'atari', 'shicho', 'sente'])}-{pick(['at', 'on'])}-{pick(['Q16', 'D4', 'K10', 'R17', 'C3'])}",
                f"{pick(['UUDDLRLRBA', 'IDDQD', 'IDKFA', 'HESOYAM', 'xyzzy'])}_{rng.randint(1980, 2005)}",
                f"{pick(['AcesFull', 'KingsUp', 'WheelStraight', 'QuadNines'])}!{pick(['KK', 'AA', '72o', 'AKs'])}",
                f"{pick(['OOMS', 'LCLK', 'HLLT', 'GQNO', 'VNKT', 'VCBI', 'OLBA'])}-{pick(['LGAV', 'LMML', 'EGLL', 'OMAA'])}-{pick(['A320', 'B738', 'ATR72', 'Q400'])}",
                f"{pick(['Holy-Pandas', 'Gateron-Ink', 'Cherry-Brown', 'Zealios'])}{pick(['60', '65', '75', '96'])}%",
                f"{pick(['Saw', 'Sine', 'Square', 'Tri'])}>VCF>{pick(['VCA', 'Delay', 'Reverb'])}@{rng.randint(60, 180)}bpm",
                f"{pick(['Cornet', 'Flugel', 'Euph', 'Tenorhorn', 'Sop'])}{pick(['_', '.'])}{pick(['Bb', 'Eb'])}{rng.randint(1, 9)}{pick(['!', '*', ''])}",
                _mnemonic(pick(MNEMONIC_SENTENCES_HELDOUT28)),
                f"{pick(SCRIPT_WORDS_HELDOUT28)}{rng.randint(10, 99)}{pick('!@#*')}",
                self.token(rng.randint(13, 19), string.ascii_letters + string.digits + "~^%"),
                f"{w().capitalize()}~{w()}~{rng.randint(10, 99)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        low = string.ascii_lowercase + string.digits
        options = [
            # passwords handed over in ways no earlier set used
            ("Q: what's the LAN party wifi?\nA: {}", pw),
            ("pinned in the mahjong group: wifi {}", pw),
            ("/topic poker night wifi is {} | pizza at 8", pw),
            ("if anyone asks, the go club wifi is {}", pw),
            ("it's on the whiteboard at the scrabble club: {}", pw),
            ("printed on the back of the LAN ticket: {}", pw),
            ("safari suggested {} for the pinball forum, should I keep it?", pw),
            ("bitwarden came up with {} for the synth forum, is that overkill", pw),
            ("{} is what I set for the poker league site", pw),
            ("we rotated the LAN admin password, new one {}", pw),
            ("in case I forget, the brass band drive is {}", pw),
            ("the deck box lid has the tourney wifi written inside: {}", pw),
            ("the cubing comp portal made me change it to {}", pw),
            # codes
            ("the mahjong room door code is {}", d(4)),
            ("band room key box {}, put the key back after", d(4)),
            ("synth studio keypad is {} then #", d(6)),
            ("LAN hall alarm: {}", d(4)),
            ("the arcade back office safe is {}", d(5)),
            # cues in languages no earlier set used
            ("wifi eke murapadaya {}", pw),
            ("wifi cha sanketshabd {} aahe", pw),
            ("mana wifi password {} ra, evariki cheppaku", pw),
            ("wifi nte password {} aanu", pw),
            ("wifi da password {} aa", pw),
            ("wşey nhênî wifi {} e", pw),
            ("il pled-clav dal wifi è {}", pw),
            ("parolata za wifi-a e {}", pw),
            ("lefoko la sephiri la wifi ke {}", pw),
            ("el basswerd beta3 el wifi {}", pw),
            ("password bi mooy {}", pw),
            ("dos parol fun vayfay iz {}", pw),
            ("mot de passe dyal l-wifi huwa {}", pw),
            ("o kodikos tou wifi en {}", pw),
            # pastes
            ("# pterodactyl .env\nAPP_KEY=base64:{}", base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()),
            ("PTERODACTYL_API_KEY={}", "ptla_" + tok(43, alnum)),
            ("curl -H \"Authorization: Bearer {}\" https://panel.example.com/api/client", "ptlc_" + tok(43, alnum)),
            ("# /etc/pterodactyl/config.yml\ntoken: {}", tok(64, alnum)),
            ("\"game_password\": \"{}\",", pw),
            ("\"token\": \"{}\",", tok(30, hexl)),
            ("# serverconfig.txt\nmaxplayers=8\npassword={}", pw),
            ("[ServerSettings]\nServerAdminPassword={}", pw),
            ("./valheim_server.x86_64 -name \"Basement\" -port 2456 -world \"Dedicated\" -password \"{}\"", pw),
            ("ServerAdmin privilege key created, please use it to gain serveradmin rights\n  token={}", tok(40, alnum + "+")),
            ("loginname= \"serveradmin\", password= \"{}\"", tok(8, alnum)),
            ("./owncast -streamkey {}", tok(20, alnum)),
            ("[spotify]\nenabled = true\nclient_secret = {}", tok(32, hexl)),
            ("discogs:\n    user_token: {}", tok(40, alnum)),
            ("acoustid:\n    apikey: {}", tok(10, alnum)),
            ("lastfm:\n  api_secret: {}", tok(32, hexl)),
            ("DJANGO_SECRET_KEY={}", tok(50, alnum + "!@#%^*(-_=+)")),
            ("; ampache.cfg.php\nsecret_key = \"{}\"", tok(32, hexl)),
            ("DatabaseConfigEmbedPassword={}", pw),
            ("ROMM_AUTH_SECRET_KEY={}", tok(64, hexl)),
            ("IGDB_CLIENT_SECRET={}", tok(30, low)),
            ("RA_WEB_API_KEY={}", tok(32, alnum)),
            ("bind-addr: 127.0.0.1:8080\nauth: password\npassword: {}", tok(24, hexl)),
            ("server:\n  secret_key: \"{}\"", tok(64, hexl)),
            ("WEBUI_SECRET_KEY={}", tok(32, alnum)),
            ("CREDS_KEY={}", tok(64, hexl)),
            ("JWT_REFRESH_SECRET={}", tok(64, hexl)),
            ("$wgSecretKey = \"{}\";", tok(64, hexl)),
            ("$wgDBpassword = \"{}\";", pw),
            ("config :pleroma, Pleroma.Web.Endpoint,\n  secret_key_base: \"{}\"", tok(64, alnum)),
            ("db:\n  host: localhost\n  user: misskey\n  pass: {}", pw),
            ("LANGFUSE_SECRET_KEY={}", "sk-lf-" + str(uuid.UUID(int=rng.getrandbits(128), version=4))),
            ("https://gitlab.com/dashboard/issues.atom?feed_token={}", "glft-" + tok(20, alnum + "_-")),
            ("LICHESS_BOT_TOKEN={}", "lip_" + tok(20, alnum)),
            ("refresh_token={}&grant_type=refresh_token", "ghr_" + tok(76, alnum)),
            ("ANYSCALE_API_KEY={}", "esecret_" + tok(26, low)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.plays.east', 'gammon_y', 'x_3dan')."""
        rng = self.rng
        first, last, _ = self.first_last()
        first, last = _ascii28(first), _ascii28(last)
        return rng.choice(
            [
                f"{first}.plays.east",
                f"gammon_{last}",
                f"{first}_{rng.randint(1, 9)}dan",
                f"bingo.{last}",
                f"{first}_allin",
                f"izzet.{first}",
                f"{last}.sub{rng.randint(6, 15)}",
                f"tilt_{first}",
                f"{last}_fragz",
                f"{first}.squawks.{rng.choice(['7000', '2000', '1200'])}",
                f"patch.{last}",
                f"{last}.on.cornet",
                f"{first}_thocks",
                f"{last}{rng.choice(['1st', '2nd', '3rd'])}chair",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month - 1, dt.day, dt.year
        return {
            "levant": f"{day} {LEVANTINE_MONTHS[m]} {year}",  # Levantine Arabic, Syriac month names
            "telugu": f"{day} {EN_MONTHS[m]} {year}",
            "malayalam": f"{year} {EN_MONTHS[m]} {day}",
            "sinhala": f"{year} {SINHALA_MONTHS[m]} {day}",
            "punjabi": f"{day} {EN_MONTHS[m][:3]} {year}",
            "yiddish": f"{day}tn {YIDDISH_MONTHS[m]} {year}",
            "coptic": _coptic(dt),
            "saka": _saka(dt),
            "php": f"{m + 1}, {day}, {year}",  # inside PHP's mktime(0, 0, 0, month, day, year)
            "haskell": f"{year} {m + 1} {day}",  # after Haskell's fromGregorian
            "clojure": dt.isoformat(),  # inside a Clojure #inst literal
            "lua": f"year={year}, month={m + 1}, day={day}",  # inside Lua's os.time{...}
            "postgres": f"{year}, {m + 1}, {day}",  # inside PostgreSQL's make_date(...)
            "erlang": f"{year},{m + 1},{day}",  # an Erlang {Y,M,D} tuple
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["levant", "sinhala", "yiddish", "coptic", "saka", "telugu"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the go federation rating form wants my date of birth, I put {}", any_shape),
            ("the poker site's age check asked for my birthday so I typed {}", any_shape),
            ("VATSIM signup needed my birth date, {}", any_shape),
            ("ana khle2t b {}", s["levant"]),
            ("nenu {} na puttanu", s["telugu"]),
            ("njan {}-nu aanu janichathu", s["malayalam"]),
            ("mage upan dinaya {}", s["sinhala"]),
            ("mera janam {} nu hoya si", s["punjabi"]),
            ("ikh bin geboyrn gevorn dem {}", s["yiddish"]),
            ("my grandmother says I was born {} by the church calendar", s["coptic"]),
            ("Date of birth (Saka era): {}", s["saka"]),
            ("$dob = mktime(0, 0, 0, {});", s["php"]),
            ("dob = fromGregorian {}", s["haskell"]),
            ("{:player \"x\" :dob #inst \"{}\"}", s["clojure"]),
            ("local dob = os.time{{}}", s["lua"]),
            ("SELECT make_date({}) AS dob;", s["postgres"]),
            ("Dob = {{}}.", s["erlang"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT28_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} won our mahjong table with a thirteen orphans hand, I've never seen one",
        "{} beat me at backgammon three games running, pure dice luck",
        "{} gave me three stones at go and still won by twenty points",
        "{} played a bingo on a triple word at scrabble club",
        "{} went all in on the river with a pair of sevens lol",
        "{} pulled a foil mythic at the prerelease",
        "{} did a sub-10 average on the 3x3 tonight",
        "{} got the replay on the old pinball at the arcade",
        "{} is bringing the spare switch and cables to the LAN party",
        "{} flew the whole Muscat to Larnaca route on the sim last night",
        "{} patched a drone on the modular that shook the whole room",
        "{} b2b {} closes the basement night at 3am",
        "{} plays principal cornet in our brass band",
        "{} is the new cellist in our string quartet",
        "{} lubed all the switches on my new keyboard for me",
        "ask {} if she still has the bone mahjong set",
        "can you remind me to thank {} for the backgammon board",
        "I still owe {} a rematch at go",
        "tell {} that poker night moved to friday",
        "my cousin {} wants to join the scrabble club",
        "GM {} resigned after move 41",
        "WIM {} is giving a simul on saturday",
        '[White "{}"]',
        "PB[{}]BR[3d]",
        "East: {}",
        "Principal cornet: {}",
        "1st violin: {}",
        "Seat 14: {}",
        "Competitor: {}",
        "Table 3, seat 2: {}",
        "{} – drums, backing vocals",
        "ARTIST={}",
    ],
    "STREET_ADDRESS": [
        "the mahjong club meets at {}",
        "send the pinball parts to {}",
        "the LAN party is at {} this year",
        "the brass band hall is {}",
        "Ship to: {}",
        "Venue: {}",
        '"venue_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send your decklists to {}",
        "the go club secretary is {}",
        "the band's booking email is {}",
        "Booking e-mail: {}",
        '"organiser_email": "{}",',
        "MAIL_FROM={}",
    ],
    "PHONE_NUMBER": [
        "the poker host's number is {}",
        "call the pinball repair guy on {}",
        "the brass band librarian is on {}",
        "text me on {} when you're at the LAN",
        "Tel. (venue): {}",
        '"contact_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the filter module with {}",
        "the tournament entry went on {}",
        "the keyboard group buy charged {}",
        "Card used: {}",
        "card_number: {}",
    ],
    "IBAN_CODE": [
        "the mahjong league fee goes to {}",
        "pay your share of the LAN hall into {}",
        "the brass band subs account is {}",
        "IBAN for the prize pool: {}",
        "beneficiary_iban={}",
    ],
    "USERNAME": [
        "my OGS account is {} if you want a game",
        "add me on Mahjong Soul, I'm {}",
        "I'm {} on Woogles",
        "my decks are on Moxfield under {}",
        "my Pinside handle is {}",
        "I fly on VATSIM as {}",
        "I post my racks on ModularGrid as {}",
        "my mixes are up on Mixcloud as {}",
        "I'm {} on the brass band forum",
        "login: {}",
        '"player_name": "{}",',
        'owner = "{}"',
    ],
}
HELDOUT28_MIXED = [
    ("GM {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("{} b2b {} at the basement, door list goes to {}", ["PERSON", "PERSON", "EMAIL_ADDRESS"]),
    ("[White \"{}\"]\n[Black \"{}\"]", ["PERSON", "PERSON"]),
    ("the mahjong host {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} paid the LAN hall deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("send {} the band subs, IBAN {}", ["PERSON", "IBAN_CODE"]),
    ("\"player\": \"{}\", \"phone\": \"{}\"", ["USERNAME", "PHONE_NUMBER"]),
    ("[Instance]\nvoice_ip={}\nserveradmin_password={}", ["IP_ADDRESS", "SECRET"]),
    ("{} on OGS, birthday {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("{} / {} for the pinball forum", ["USERNAME", "SECRET"]),
    ("ring {} on {} about the cello", ["PERSON", "PHONE_NUMBER"]),
]  # fmt: skip
HELDOUT28_NEGATIVES = [
    "Nouakchott is the capital of Mauritania",
    "Chinguetti's old libraries keep manuscripts from the 13th century",
    "in Mauritania ould means son of and mint means daughter of",
    "in Hadramawt a family name starting with Ba marks the clan",
    "Shibam in Hadramawt has mud towers ten storeys high",
    "Byblos is one of the oldest towns in the world",
    "Bou and Abi in Lebanese family names both mean father of",
    "Hadji in a Cypriot surname means an ancestor made the pilgrimage",
    "halloumi squeaks when it is fresh",
    "Nizwa fort has a huge round tower",
    "Leptis Magna is east of Tripoli",
    "the Lipka Tatars have a wooden mosque in Kruszyniany",
    "the apes on the Rock are actually macaques",
    "San Marino has three towers on Monte Titano",
    "Kočevje forest has brown bears",
    "Warri grew up around the oil terminals",
    "Jos is cool because it sits up on the plateau",
    "the Gede ruins are a short drive from Malindi",
    "the Bijagós islands are off the coast of Guinea-Bissau",
    "Ankole cattle have enormous horns",
    "Marpha in Mustang is known for apple brandy",
    "Mehrangarh fort looks down on the blue city",
    "Singh means lion and Kanwar is written by Rajput women",
    "Sri Lankan Moors often write the father's initials first",
    "the melody is fine but the harmony in bar 12 is off",
    "a perfect cadence ends on the tonic",
    "that aria always makes me cry",
    "the viola part is just whole notes",
    "in riichi mahjong you need at least one yaku to win",
    "thirteen orphans is a limit hand",
    "East wind, South wind, red dragon, white dragon",
    "a gammon counts double and a backgammon triple",
    "the doubling cube is on 4",
    "black played the 4-4 points at D4 and Q16",
    "komi is 6.5 points under Japanese rules",
    "OXYPHENBUTAZONE is the highest scoring word in theory",
    "pocket aces win about 85% against a random hand",
    "AKs means ace king suited",
    "Lightning Bolt deals 3 damage to any target",
    "the sexy move is R U R' U'",
    "the world record single is under 3.2 seconds",
    "two nudges and the pinball gives you a tilt warning",
    "Factorio 1.1.110 fixed the train bug",
    "METAR OOMS 141250Z 33012KT CAVOK 34/08 Q1006",
    "squawk 7000 is VFR in Europe",
    "climb flight level 350, contact Beirut control",
    "the VCO tracks 1V/oct over 8 octaves",
    "the set went from 124 bpm house into 130 techno",
    "the test piece for the area contest comes out in March",
    "Op. 76 No. 3 is called the Emperor quartet",
    "Gateron yellows are linear with 50g actuation",
    "the 65% layout drops the function row",
    '"visibility": "public",',
    "maxplayers=8\nworldname=Basement",
    "[ServerSettings]\nDifficultyOffset=1.0",
    "voice_ip=0.0.0.0",
    "[http]\nhostname = ::",
    "plugins: fetchart lyrics lastgenre",
    "bind-addr: 127.0.0.1:8080",
    'server:\n  secret_key: "ultrasecretkey"',
    "WEBUI_SECRET_KEY=your-secret-key-here",
    "PTERODACTYL_API_KEY=ptla_xxxxxxxxxxxxxxxx",
    "CREDS_KEY=<generate with openssl rand -hex 32>",
    "password: ••••••••",
    "card 4111 1111 1111 1111 is the classic test Visa",
    "IBAN MR13 0002 0001 0100 0012 3456 753 is the sample on the bank's help page",
    "write to someone@example.com for the form",
    "192.0.2.15 is a documentation address",
    "2001:db8:28::1 is from the documentation range",
    "emergency: 112 in Cyprus, 9999 in Oman, 1990 for an ambulance in Sri Lanka",
    "commit 3f9a2c1 fixed the lobby crash",
    "order #GB-448213 shipped today",
    "v2.4.1 of the cube timer added inspection",
    "the tournament was on 14 March 2023",
    "the new set releases on 2024-11-08",
    "who's bringing snacks to poker",
    "my cello needs new strings",
    "see you at the LAN",
    "gg, rematch tomorrow?",
    "can you remind me to oil the pinball flippers",
]  # fmt: skip


def _typo28(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': punctuation from another keyboard layout (an
    Arabic comma '،' for ', ' or an Arabic question mark '؟' for '?') or a semicolon typed for the apostrophe
    beside it ('don;t'). Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    if re.search(r"(?<=[a-z])'(?=[a-z])", template) and rng.random() < 0.5:
        return re.sub(r"(?<=[a-z])'(?=[a-z])", ";", template, count=1)
    for plain, arabic in ARABIC_PUNCT_HELDOUT28.items():
        if plain in template:
            return template.replace(plain, arabic, 1)
    return template


def build_heldout28(seed: int = HELDOUT28_SEED) -> list[Example]:
    """Held-out set 28: `Gen28` values in `HELDOUT28_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen28(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 60, "USERNAME": 24, "IP_ADDRESS": 20}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    samplers = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.78  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in samplers:  # the template depends on the value's shape
                template, value = samplers[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT28_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT28_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT28_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo28(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples
