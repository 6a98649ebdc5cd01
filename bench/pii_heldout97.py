"""Held-out PII set 97 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout97": written before round 59 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT97 is empty, as for
held-out 16 to 96; written at the same time as held-out 98 by another author); 97 takes cars and driving seen
by ordinary people (the driving school and the driving test, the learner's permit, the second-hand car
bought from a neighbour, the mechanic and the garage's invoice, the roadworthiness inspection (Norway's
EU-kontroll, Russia's техосмотр, the Dutch APK, Suriname's keuring), insurance and the claim after a scrape
in a car park, the parking fine, the car-sharing app, the shared ride to work, the breakdown at night, the
tyre shop and the change to winter tyres, the car wash and the registration papers) among four peoples:
hand-written lists of the Northern Sámi of Kautokeino (Guovdageaidnu) and Karasjok (Kárášjohka) in Finnmark
(the snowmobile and the pickup on the E45, the reindeer on the road, the long drive to Alta for the driving
test, the winter tyres with studs, Viking's tow at night; Sámi given names ('Máhtte', 'Ánte', 'Biera',
'Niillas', 'Ovllá', 'Áslat', 'Máret', 'Biret', 'Iŋgá', 'Rávdná', 'Kárená') and their Norwegian forms on the
papers ('Mathis', 'Anders', 'Per', 'Nils', 'Ole', 'Aslak', 'Marit', 'Berit', 'Inger', 'Ragna', 'Karen'),
Finnmark family names ('Eira', 'Gaup', 'Hætta', 'Somby', 'Buljo', 'Bongo', 'Utsi', 'Oskal', 'Skum', 'Logje'),
the Sámi way of naming a person by the father's given name before their own ('Máhtte Ánte', Ánte the son of
Máhtte, and 'Biera Máret'), two given names before the family name ('Máret Iŋgá Eira'), the name typed
without Sámi letters ('Mahtte Ante', 'Haetta'), and the kin words 'áhkku' (grandmother), 'áddjá'
(grandfather), 'muoŧŧá' (a mother's younger sister) and 'eahki' (a father's elder brother) before a given
name, outside the span), the Volga Tatars of Kazan and Naberezhnye Chelny (the KAMAZ plant, Lada and
Haval dealers, the ГИБДД (traffic police) and the MREO where the car is registered, OSAGO insurance and the
Europrotocol after a scrape, Yandex Drive and Delimobil, the driving school's theory in the evenings; Tatar
given names ('Ilnur', 'Rustem', 'Ildar', 'Ilshat', 'Fanis', 'Guzel', 'Alsu', 'Chulpan', 'Ilsiyar',
'Landysh', 'Rezeda') with Russian-style family names in -ullin, -utdinov and -ov and the woman's -a
('Khairullin', 'Gilmutdinova', 'Zaripova', 'Akhmetzyanov'), the patronymic in -ovich and -ovna after the given
name ('Ilnur Rustemovich', 'Ramilevna' after Ramil), the Russian papers' order, the family name first
('Хайруллин Ильнур Рустемович'), Cyrillic and Latin, a passport's capitals ('KHAIRULLIN ILNUR'), the Tatar
'ulı' (son of) and 'qızı' (daughter of) after the father's name in the Tatar Latin spelling ('İlnur Röstäm
ulı', 'Güzäl İldar qızı', and in Cyrillic 'Ильдар улы'), and 'apa' (an elder sister or an aunt) and 'abyi'
(an elder brother) after a given name, outside the span), Haitians of Port-au-Prince, Delmas and Pétion-Ville,
of Cap-Haïtien and of Miami's Little Haiti and North Miami (the tap-tap and the moto-taxi, the used car shipped
from Miami, the DMV's written test, the tag agency, the car insurance that costs more in Miami-Dade than
anywhere, the mechanic in Little Haiti who fixes it cash; French and Kreyòl given names, hyphenated
('Jean-Robert', 'Marie-Carmelle', 'Rose-Marie'), and 'Wilner', 'Fritzner', 'Guerby', 'Wisly', 'Nadège',
'Guerda', 'Mirlande', 'Widline', 'Mimose'), family names ('Pierre-Louis', 'Saint-Fleur', 'Exantus',
'Dorméus', 'Fils-Aimé', 'Thélusma', 'Dieujuste', 'Louis-Jean'), the nickname on 'Ti-' (little) used alone
('Ti-Wil', 'Ti-Fritz', 'Ti-Mimi'), and 'tonton' (uncle), 'matant' (aunt), 'grann' (grandmother) before a
given name and 'Madan' (Mrs) and 'Pè' (Father, a priest) before a family name, outside the span) and the
Javanese Surinamese of Paramaribo, Wanica and Commewijne (Tamanredjo, Mariënburg, Meerzorg) and of
Rotterdam-Zuid and The Hague (the keuring of the old Toyota, the bus to Meerzorg over the bridge, the
driving school in Lelydorp, the car bought from an oom, the APK and the garage's invoice in Rotterdam;
Javanese given names in the Dutch spelling ('oe' for u, 'dj' for j, 'tj' for c: 'Soekirman', 'Djoemiran',
'Tjiptono', 'Roesmini', 'Soeminah') and the Surinamese given names of the younger ones ('Rinaldo', 'Glenn',
'Sharon', 'Chantal'), a father's name the register made a family name, often long and joined
('Kromowidjojo', 'Kartodikromo', 'Wongsodikromo', 'Pawirodikromo', 'Kasanpawiro', 'Karijoredjo'), a single
name alone as many elders carry ('Sainem', 'Paiman'), a Dutch register's 'Family, Given' ('Kromowidjojo,
Sardjo'), and 'tante' and 'oom' (to any older Surinamese) and 'pak' (father, an older man) before a given
name, outside the span); names on a driving school's, a garage's, an insurer's, a registry's and a
car-sharing app's papers, in English ('Learner:', 'Driving instructor:', 'Vehicle owner:', 'Policyholder:',
'Customer:', 'Seller:', 'Buyer:', 'Driver:', 'Registered keeper:'), Norwegian ('Eier:', 'Kjøper:',
'Selger:', 'Fører:', 'Forsikringstaker:'), Northern Sámi ('Namma:'), Russian ('Собственник:', 'Водитель:',
'Страхователь:', 'ФИО:'), Kreyòl and French ('Non:', 'Propriétaire :', 'Conducteur :'), Dutch ('Eigenaar:',
'Naam bestuurder:', 'Kenteken op naam van:', 'Verzekeringnemer:'); a garage, a tyre shop, a car wash, a
driving school and a rally prize that carry a family name ('Gaup Bilservice', 'Автосервис Гарипова',
'Garage Exantus', 'Kromowidjojo Autobanden', 'the Valiullin cup') no person either; a plate, a VIN, a
policy's, a fine's, a claim's and an invoice's number no secret; over three quarters of the sentences
typed to the bot or a friend: the driving lesson on Thursday, the parallel parking, the theory test, the
learner's permit, the car from the neighbour and the bill of sale, the garage's quote, the brakes and the
clutch, the inspection's list of faults, the claim after the scrape, the parking fine, the winter tyres,
the car wash, the car-sharing booking, the ride to work, the battery dead at night; self-hosted apps'
config no earlier set pasted: EMQX's EMQX_DASHBOARD__DEFAULT_USERNAME and _PASSWORD and an MQTT URL for the
OBD-II dongle's trips, Tinyauth's SECRET and USERS in front of the family's car-costs page, Pocket ID's
ENCRYPTION_KEY and MAXMIND_LICENSE_KEY, Nginx Proxy Manager's DB_MYSQL_USER and DB_MYSQL_PASSWORD,
NetBird's setup key for the dashcam's Raspberry Pi, RustDesk's permanent password for helping a father
with the insurance form and Wallos for the insurance and the car-sharing subscriptions; those regions'
addresses (Kautokeino's 'Hánnoluohkká 12, 9520 Kautokeino' and its Sámi name 'Guovdageaidnu', Karasjok's
'Markangeaidnu 8, 9730 Karasjok', Alta's, a Norwegian label in capitals, Kazan's 'ул. Баумана, д. 15, кв.
42, г. Казань, 420111' and its Latin form 'ul. Chistopolskaya, d. 61, kv. 118, Kazan 420124', Naberezhnye
Chelny's 'пр. Мира, д. 52, кв. 7, г. Набережные Челны, 423800', Port-au-Prince's 'Delmas 33, Rue
Charbonnière #14', Pétion-Ville's, Cap-Haïtien's numbered and lettered streets ('Rue 17 A #23'), Little
Haiti's '5925 NE 2nd Ave, Miami, FL 33137', North Miami's, Paramaribo's 'Kernkampweg 45, Paramaribo',
Commewijne's 'Sidodadiweg 8, Tamanredjo, Commewijne', Wanica's, Rotterdam's '3074 EL Rotterdam' and The
Hague's '2526 CB Den Haag') and phones (Kautokeino's '78 48', Karasjok's '78 46', Norwegian mobiles '+47
9xx' and '4xx', Kazan's '+7 843', Chelny's '8 (8552)', Russian mobiles '+7 9xx' and '8 (9xx)', Haitian
mobiles '+509 3x' and '4x', Miami's '(305)' and '786-', Surinamese mobiles '+597 8xx' and landlines '4xx-xxx',
Rotterdam's '010-', The Hague's '070-', Dutch mobiles '06-' and '+31 6'); Visa, Mastercard 51-55 and 2-series,
Amex in 4-6-5 and Mir's 2200-2204 as a tyre shop, a car wash, a garage, a parking fine or an insurer takes
them; IBANs of Norway, the Netherlands, France (where a Haitian sister in Paris pays from) and Finland
(where a Tatar cousin of Finland's old Tatar community pays from: Russia, Haiti, Suriname and the US have
none); IPs of a dashcam, an OBD-II wifi dongle, a car's telematics unit, the garage's camera, an EV charger,
a parking barrier, a car-sharing key box, the tyre shop's booking tablet and the pastes above, v6 in
2001:4646:, 2a00:1370:, 2600:1700: and 2a02:a440: ranges; passwords handed over in ways no earlier set used
(on the back of the driving school's lesson card, inside the sun visor, on the tyre pressure sticker in the
door frame, on the back of the inspection report, on the car wash token's bag, in the glovebox's manual, on
the envelope of the parking fine, on the rental key tag, on the dashcam's SD card sleeve, under the spare
wheel), Finnmark ('Guovdageaidnu9520', 'Karasjok#9730'), Tatarstan ('Kazan420!', 'Chelny_116'), Haiti and
Little Haiti ('Lakay509!', 'Delmas33#'), Suriname ('Tamanredjo597', 'Meerzorg!'), car words in leetspeak
('cl4tch', 'g34rb0x'), and cues in Northern Sámi ('beassansátni lea ..., ale muital geasage'), Norwegian
('passordet er ..., ikke si det til noen'), Russian ('пароль ..., никому не говори'), Tatar ('серсүз ...,
беркемгә дә әйтмә'), Kreyòl ('modpas la se ..., pa bay pèsonn li'), Haitian French ('le mot de passe c'est
..., ne le donne à personne'), Sranan ('a paswortu na ..., no taigi nowan') and Surinamese Dutch ('het
wachtwoord is ..., niet doorvertellen hoor'); usernames on Finn.no, Hyre, Getaround, Drive2, Avito, Drom,
Yandex Drive, BlaBlaCar, Turo, Waze, Marktplaats, MyWheels and Wallos and in the pastes, shapes like
'x_9520', 'x116', 'x.lakay509', 'x_rijles', 'x.apk', 'carpool.x' and 'x4x4'; dates of birth for a learner's
permit, a driver's licence, an insurance form, a car-sharing account and a registration, in a Norwegian
form's '14.03.1958', Norwegian words ('14. mars 1958') and Northern Sámi ones with the month in the
genitive ('14. njukčamánu 1958'), Russian numbers and words with 'г.' outside the span ('14 марта 1958'),
French numbers and words, Kreyòl words ('14 mas 1958'), a Florida form's month first ('03/14/1958') and
words ('March 14, 1958'), Dutch numbers and words ('14-03-1958', '14 maart 1958') and a paste's ISO date, all
drawn between fixed years from the set's own rng so the set builds the same on any day; typos as people
type about cars: a car word's well-known misspelling ('brake' -> 'break', 'mileage' -> 'milage', 'vehicle'
-> 'vehical', 'exhaust' -> 'exaust', 'gauge' -> 'guage', 'license' -> 'lisence'), or the drivers' shorthand
creeping into chat ('registration' -> 'rego', 'mechanic' -> 'mech', 'kilometres' -> 'km', 'second-hand' ->
'2nd hand', 'air conditioning' -> 'aircon'); negatives with the same regions' places, the kin words, the
titles and the name forms explained, number plates, VINs, policy, fine, claim and invoice numbers alone,
prices and opening hours, dates that are no birthdays (an inspection's, a test's, a fine's), postcodes,
businesses and a prize named after families, versions, placeholder secrets, test cards, example IBANs, a
placeholder e-mail, documentation IPs (v4 and v6), emergency and road-assistance numbers every user shares,
and short everyday chat; no public figure is named).

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

HELDOUT97_SEED = 9730116
# no faker name locale, as in held-out 16 to 96: all names below come from hand-written lists (empty on
# purpose; the shared test still checks it)
NAME_LOCALES_HELDOUT97: list[str] = []
# cars and driving seen by ordinary people; each origin: (men's given names, women's given names, family
# names); ';' separates names, as some hold a space
NAMES_HELDOUT97: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Northern Sámi of Kautokeino (Guovdageaidnu) and Karasjok (Kárášjohka): Sámi given names (their
    # Norwegian forms in SAMI_NORWEGIAN_HELDOUT97) and Finnmark family names
    "sami": ("Máhtte;Ánte;Biera;Niillas;Jovnna;Heaika;Mikkal;Ovllá;Áslat;Ivvár".split(";"),
             "Máret;Elle;Ánne;Biret;Iŋgá;Risten;Kárená;Rávdná;Sunná".split(";"),
             "Eira;Gaup;Hætta;Somby;Buljo;Bongo;Utsi;Oskal;Skum;Logje;Triumf;Balto".split(";")),
    # Volga Tatars of Kazan and Naberezhnye Chelny: Tatar given names with Russian-style family names (a
    # woman's takes -a); the Cyrillic forms in TATAR_CYRILLIC_HELDOUT97
    "tatar": ("Ilnur;Rustem;Ildar;Marat;Rinat;Azat;Ilshat;Radik;Aynur;Fanis;Ramil".split(";"),
              "Guzel;Alsu;Liliya;Aliya;Gulnara;Dilyara;Chulpan;Ilsiyar;Landysh;Rezeda".split(";"),
              "Khairullin;Galiev;Sabirov;Zaripov;Gilmutdinov;Fatkhutdinov;Shakirov;Valiullin;Khusnutdinov;Garipov;Ziganshin;Akhmetzyanov".split(";")),
    # Haitians of Port-au-Prince, Delmas, Pétion-Ville, Cap-Haïtien and Miami's Little Haiti
    "haiti": ("Jean-Robert;Wilner;Fritzner;Jocelyn;Frantz;Dieudonné;Guerby;Wisly;Lesly;Rony;Ronald".split(";"),
              "Marie-Carmelle;Nadège;Guerda;Mirlande;Rose-Marie;Roseline;Widline;Fabiola;Mimose;Darline".split(";"),
              "Pierre-Louis;Saint-Fleur;Dorvil;Desrosiers;Célestin;Exantus;Dorméus;Fils-Aimé;Bazile;Thélusma;Dieujuste;Louis-Jean;Augustin".split(";")),
    # Javanese Surinamese of Paramaribo, Wanica, Commewijne, Rotterdam and The Hague: Javanese given names in
    # the Dutch spelling and the younger ones' Surinamese given names; a father's name the register made a
    # family name
    "javasur": ("Soekirman;Sardjo;Karijo;Djoemiran;Wagino;Paiman;Ngatimin;Samidin;Tjiptono;Rinaldo;Glenn;Marvin".split(";"),
                "Sainem;Karsinah;Soeminah;Ngatinem;Roesmini;Wagijem;Paini;Sharon;Chantal;Mireille".split(";"),
                "Kromowidjojo;Kartodikromo;Wongsodikromo;Sastrodimedjo;Pawirodikromo;Kasanpawiro;Karijoredjo;Wirjosentono;Moestadja;Soemodihardjo;Sarmo".split(";")),
}  # fmt: skip
# the Sámi given names as Norwegian papers write them
SAMI_NORWEGIAN_HELDOUT97 = {
    "Máhtte": "Mathis", "Ánte": "Anders", "Biera": "Per", "Niillas": "Nils", "Jovnna": "Johan",
    "Heaika": "Henrik", "Mikkal": "Mikkel", "Ovllá": "Ole", "Áslat": "Aslak", "Ivvár": "Ivar",
    "Máret": "Marit", "Elle": "Ellen", "Ánne": "Anne", "Biret": "Berit", "Iŋgá": "Inger",
    "Risten": "Kirsten", "Kárená": "Karen", "Rávdná": "Ragna", "Sunná": "Susanne",
}  # fmt: skip
# the Tatar names in Cyrillic, as Russian papers write them
TATAR_CYRILLIC_HELDOUT97 = {
    "Ilnur": "Ильнур", "Rustem": "Рустем", "Ildar": "Ильдар", "Marat": "Марат", "Rinat": "Ринат",
    "Azat": "Азат", "Ilshat": "Ильшат", "Radik": "Радик", "Aynur": "Айнур", "Fanis": "Фанис",
    "Ramil": "Рамиль", "Guzel": "Гузель", "Alsu": "Алсу", "Liliya": "Лилия", "Aliya": "Алия",
    "Gulnara": "Гульнара", "Dilyara": "Диляра", "Chulpan": "Чулпан", "Ilsiyar": "Ильсияр",
    "Landysh": "Ландыш", "Rezeda": "Резеда", "Khairullin": "Хайруллин", "Galiev": "Галиев",
    "Sabirov": "Сабиров", "Zaripov": "Зарипов", "Gilmutdinov": "Гильмутдинов", "Fatkhutdinov": "Фатхутдинов",
    "Shakirov": "Шакиров", "Valiullin": "Валиуллин", "Khusnutdinov": "Хуснутдинов", "Garipov": "Гарипов",
    "Ziganshin": "Зиганшин", "Akhmetzyanov": "Ахметзянов",
}  # fmt: skip
# some Tatar given names in the Tatar Latin spelling (Zamanälif), as a Tatar writes them in Tatar
TATAR_LATIN_HELDOUT97 = {
    "Ilnur": "İlnur", "Rustem": "Röstäm", "Ildar": "İldar", "Ilshat": "İlşat", "Aynur": "Aynur",
    "Guzel": "Güzäl", "Chulpan": "Çulpan", "Alsu": "Alsu", "Landysh": "Ländeş", "Rezeda": "Rezedä",
}  # fmt: skip
# the Haitian nickname on 'Ti-' (little) a given name goes by
HAITI_NICKNAMES_HELDOUT97 = {
    "Wilner": "Ti-Wil", "Fritzner": "Ti-Fritz", "Jocelyn": "Ti-Jo", "Ronald": "Ti-Ro", "Guerby": "Ti-Gé",
    "Mimose": "Ti-Mimi", "Nadège": "Ti-Nana", "Roseline": "Ti-Rose", "Darline": "Ti-Da",
}  # fmt: skip
# a kin word or a title next to the name (outside the span): the origin, whether a woman (None: either), the
# part of the name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT97: dict[str, tuple[str, bool | None, str, bool]] = {
    "áhkku": ("sami", True, "given", False),  # grandmother
    "áddjá": ("sami", False, "given", False),  # grandfather
    "muoŧŧá": ("sami", True, "given", False),  # a mother's younger sister
    "eahki": ("sami", False, "given", False),  # a father's elder brother
    "apa": ("tatar", True, "given", True),  # an elder sister or an aunt, after the given name
    "abyi": ("tatar", False, "given", True),  # an elder brother, after the given name
    "tonton": ("haiti", False, "given", False),  # uncle
    "matant": ("haiti", True, "given", False),  # aunt
    "grann": ("haiti", True, "given", False),  # grandmother
    "madan": ("haiti", True, "family", False),  # Mrs, before the (husband's) family name
    "pè": ("haiti", False, "family", False),  # Father, a Catholic priest
    "tante": ("javasur", True, "given", False),  # to any older Surinamese woman
    "oom": ("javasur", False, "given", False),  # to any older Surinamese man
    "pak": ("javasur", False, "given", False),  # Javanese 'father', to an older man
}
TITLE_SLOT_HELDOUT97 = re.compile(
    r"(?<![\w'.-])(Áhkku|Áddjá|Muoŧŧá|Eahki|Tonton|Matant|Grann|Madan|Pè|Tante|Oom|Pak) \{\}"
    r"|\{\} (apa|abyi)(?![\w'])",
    re.IGNORECASE,
)
# IBANs of this set's people: Norway for the Sámi, the Netherlands for the Javanese Surinamese in Rotterdam
# and The Hague, France for a Haitian sister in Paris and Finland for a cousin of Finland's Tatars (Russia,
# Haiti, Suriname and the US have none)
IBAN_SHAPES_HELDOUT97 = {
    "NO": "11n",
    "NL": "4a10n",
    "FR": "10n11c2n",
    "FI": "14n",
}
# everyday subjects of this set by origin, used in e-mail addresses
SUBJECTS_HELDOUT97 = {
    "sami": ["guovdageaidnu", "karasjok", "boazu", "skuter", "finnmark"],
    "tatar": ["kazan", "chelny", "kamaz", "tatar", "auto116"],
    "haiti": ["lakay", "ayiti", "delmas", "kap", "littlehaiti"],
    "javasur": ["paramaribo", "commewijne", "tamanredjo", "sranan", "jawa"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT97 = {
    "sami": ["online.no", "hotmail.no", "live.no", "uit.no"],
    "tatar": ["mail.ru", "yandex.ru", "bk.ru", "kpfu.ru"],
    "haiti": ["yahoo.fr", "hotmail.com", "yahoo.com", "bellsouth.net"],
    "javasur": ["sr.net", "hotmail.nl", "ziggo.nl", "kpnmail.nl"],
}
# the templates that belong to one origin's roads, habits or papers, or are written in its script (first
# match wins)
ORIGIN_CUES_HELDOUT97: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)áhkku|áddjá|muoŧŧá|eahki|kautokeino|guovdageaidnu|karasjok|kárášjohka|alta\b|finnmark|"
                r"reindeer|snowmobile|skuter|e45|viking|eu-kontroll|statens vegvesen|namma|eier:|kjøper|selger|"
                r"fører|forsikringstaker|piggdekk|bilen|boazu"), "sami"),
    (re.compile(r"(?i)\bapa\b|abyi|kazan|chelny|kamaz|гибдд|mreo|osago|europrotocol|yandex drive|delimobil|"
                r"собственник|водитель|страхователь|фио|[\u0400-\u04ff]|lada|haval|техосмотр"), "tatar"),
    (re.compile(r"(?i)tonton|matant|grann|madan|\bpè\b|tap-tap|moto-taxi|delmas|pétion|cap-haïtien|little haiti|"
                r"miami|dmv|tag agency|dade|biscayne|okap|\bnon:|propriétaire|conducteur|machin|kreyòl|lakay"), "haiti"),
    (re.compile(r"(?i)tante|\boom\b|\bpak\b|paramaribo|commewijne|tamanredjo|meerzorg|mariënburg|wanica|lelydorp|"
                r"keuring|\bapk\b|rotterdam|den haag|eigenaar|bestuurder|kenteken|verzekeringnemer|sranan|"
                r"rijles|rijschool|broko"), "javasur"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT97: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|áhkku|muoŧŧá|\bapa\b|matant|grann|madan|tante|her husband|\bhaar\b|\bhun\b|водила она"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|áddjá|eahki|abyi|tonton|\bpè\b|\boom\b|\bpak\b|\bhij\b|\bhan\b|сдал"), False),
]  # fmt: skip
# a car word and its well-known misspelling
MISSPELT_HELDOUT97 = {
    "brake": "break", "brakes": "breaks", "mileage": "milage", "vehicle": "vehical", "exhaust": "exaust",
    "gauge": "guage", "license": "lisence", "licence": "lisence", "insurance": "insurence",
    "receipt": "reciept", "accident": "accidant", "windshield": "windsheild", "parallel": "paralell",
    "registration": "registeration", "definitely": "definately", "tomorrow": "tommorow",
    "mechanic": "mechanik", "clutch": "cluch", "tyres": "tyers", "battery": "battary",
}  # fmt: skip
MISSPELT_WORD_HELDOUT97 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT97, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# the drivers' shorthand creeping into chat
SHORTHAND_HELDOUT97 = {
    "registration": "rego", "mechanic": "mech", "kilometres": "km", "second-hand": "2nd hand",
    "air conditioning": "aircon", "automatic": "auto", "appointment": "appt", "tomorrow": "tmrw",
    "because": "bc", "please": "pls", "insurance": "insur.", "driving test": "test", "kilometers": "kms",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT97 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT97, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# month names: Norwegian, Northern Sámi (in the genitive, as a date writes them), Russian (in the genitive),
# French, Kreyòl, Dutch and English
NO_MONTHS_HELDOUT97 = (
    "januar februar mars april mai juni juli august september oktober november desember".split()
)
SE_MONTHS_HELDOUT97 = (
    "ođđajagemánu guovvamánu njukčamánu cuoŋománu miessemánu geassemánu suoidnemánu borgemánu čakčamánu "
    "golggotmánu skábmamánu juovlamánu"
).split()
RU_MONTHS_HELDOUT97 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
FR_MONTHS_HELDOUT97 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
HT_MONTHS_HELDOUT97 = "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm".split()
NL_MONTHS_HELDOUT97 = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)
EN_MONTHS_HELDOUT97 = (
    "January February March April May June July August September October November December".split()
)


def _sami_ascii(name: str) -> str:
    """A Sámi name typed where only ASCII goes in: the accents dropped, 'ŋ' -> 'n', 'đ' -> 'd', 'ŧ' -> 't',
    'æ' -> 'ae' ('Máhtte Ánte' -> 'Mahtte Ante', 'Iŋgá Hætta' -> 'Inga Haetta')."""
    table = str.maketrans({"ŋ": "n", "Ŋ": "N", "đ": "d", "Đ": "D", "ŧ": "t", "Ŧ": "T", "æ": "ae", "Æ": "Ae",
                           "ø": "o", "Ø": "O", "å": "aa", "Å": "Aa"})  # fmt: skip
    return _fold(name.translate(table))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Hætta' -> 'haetta',
    'Fils-Aimé' -> 'filsaime', 'Güzäl' -> 'guzal')."""
    folded = _sami_ascii(name).replace("ı", "i")
    return re.sub(r"[^a-z0-9]", "", _ascii_name(folded).lower())


def _feminine(last: str) -> str:
    """A Tatar family name as a woman carries it, with the Russian '-a' ('Khairullin' -> 'Khairullina',
    'Хайруллин' -> 'Хайруллина')."""
    return last + ("а" if re.search(r"[\u0400-\u04ff]", last) else "a")


def _patronymic(father: str, woman: bool) -> str:
    """The Russian patronymic from a father's given name, Latin or Cyrillic ('Rustem' -> 'Rustemovich',
    'Ildar' -> 'Ildarovna', 'Ramil' -> 'Ramilevich', 'Рамиль' -> 'Рамилевна')."""
    if re.search(r"[\u0400-\u04ff]", father):
        if father.endswith("ь"):
            return father[:-1] + ("евна" if woman else "евич")
        return father + ("овна" if woman else "ович")
    if father.endswith("il"):
        return father + ("evna" if woman else "evich")
    return father + ("ovna" if woman else "ovich")


def _tatar_latin(name: str) -> str:
    """A Tatar given name in the Tatar Latin spelling where it has one of its own ('Rustem' -> 'Röstäm')."""
    return TATAR_LATIN_HELDOUT97.get(name, name)


class Gen97(Gen3):
    """Generators for held-out set 97: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT97; a Tatar woman's family name
        takes the '-a'."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT97))
        men, women, lasts = NAMES_HELDOUT97[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        if origin == "tatar" and woman:
            last = _feminine(last)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _tatar_full(self, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A Tatar name: 'Ilnur Khairullin', the patronymic after the given name, the Russian papers'
        family name first, Cyrillic, a passport's capitals or the Tatar 'ulı' and 'qızı'."""
        rng = self.rng
        father = rng.choice(NAMES_HELDOUT97["tatar"][0])
        base_last = last[:-1] if woman else last
        cyr_last = TATAR_CYRILLIC_HELDOUT97[base_last]
        cyr_last = _feminine(cyr_last) if woman else cyr_last
        cyr_first, cyr_father = TATAR_CYRILLIC_HELDOUT97[first], TATAR_CYRILLIC_HELDOUT97[father]
        r = rng.random()
        if script == "cyrillic":  # the Russian papers' order: 'Хайруллин Ильнур Рустемович'
            if r < 0.7:
                return f"{cyr_last} {cyr_first} {_patronymic(cyr_father, woman)}"
            if r < 0.85:
                return f"{cyr_first} {cyr_last}"
            return f"{cyr_first} {cyr_father} {'кызы' if woman else 'улы'}"  # 'Гузель Ильдар кызы'
        if script == "passport":  # 'KHAIRULLIN ILNUR'
            return f"{last} {first}".upper()
        if r < 0.15 and chat:  # the Tatar Latin spelling with 'ulı' or 'qızı': 'Güzäl Röstäm qızı'
            return f"{_tatar_latin(first)} {_tatar_latin(father)} {'qızı' if woman else 'ulı'}"
        if r < 0.3:  # the given name and the patronymic, as a Russian speaker addresses someone
            return f"{first} {_patronymic(father, woman)}"
        if r < 0.4:
            return f"{first} {_patronymic(father, woman)} {last}"
        if r < 0.55 and chat:
            return f"{cyr_first} {cyr_last}"
        return f"{first} {last}"

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'norwegian', 'ascii', 'cyrillic',
        'passport' or 'register' where the template is such a form or paste, `chat` where it is typed to the
        bot or a friend."""
        rng = self.rng
        r = rng.random()
        if origin == "sami":
            if script == "norwegian":  # the papers' Norwegian given name: 'Anders Somby'
                return f"{SAMI_NORWEGIAN_HELDOUT97[first]} {last}"
            if r < 0.25 and chat:  # the father's given name before one's own: 'Máhtte Ánte'
                father = rng.choice(NAMES_HELDOUT97["sami"][0])
                name = f"{father} {first}" if father != first else f"{first} {last}"
            elif r < 0.4:  # two given names: 'Máret Iŋgá Eira'
                second = rng.choice([x for x in NAMES_HELDOUT97["sami"][1 if woman else 0] if x != first])
                name = f"{first} {second} {last}"
            elif r < 0.55:
                name = f"{SAMI_NORWEGIAN_HELDOUT97[first]} {last}"
            else:
                name = f"{first} {last}"
            if script == "ascii" or (chat and rng.random() < 0.2):
                return _sami_ascii(name)  # 'Mahtte Ante', 'Haetta'
            return name
        if origin == "tatar":
            return self._tatar_full(first, last, woman, script, chat)
        if origin == "haiti":
            if script == "ascii":
                return _fold(f"{first} {last}")
            if script == "register" or (not chat and r < 0.2):  # 'DORMÉUS, Marie-Carmelle'
                return f"{last.upper()}, {first}"
            if chat and r < 0.25 and first in HAITI_NICKNAMES_HELDOUT97:  # the nickname: 'Ti-Wil'
                return HAITI_NICKNAMES_HELDOUT97[first]
            return f"{first} {last}"
        if origin == "javasur":
            if script == "register" or (not chat and r < 0.3):  # a Dutch register's 'Kromowidjojo, Sardjo'
                return f"{last}, {first}"
            if r < 0.2 and first in NAMES_HELDOUT97["javasur"][0][:9] + NAMES_HELDOUT97["javasur"][1][:7]:
                return first  # an elder's single Javanese name: 'Sainem'
            return f"{first} {last}"
        return f"{first} {last}"

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
            if origin == "haiti" and first in HAITI_NICKNAMES_HELDOUT97 and rng.random() < 0.6:
                name = HAITI_NICKNAMES_HELDOUT97[first]  # 'Ti-Wil'
            elif origin == "sami" and rng.random() < 0.3:
                name = _sami_ascii(first)  # 'Ovlla'
            elif origin == "tatar" and rng.random() < 0.3:
                name = TATAR_CYRILLIC_HELDOUT97[first]  # 'Ильнур'
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a kin word or title next to it ('áhkku Máret', 'muoŧŧá Biret', 'Guzel apa', 'Ildar
        abyi', 'tonton Wilner', 'Madan Exantus', 'Pè Dorvil', 'tante Sainem', 'oom Paiman'), from the origin
        that uses it."""
        origin, woman, part, _ = TITLED_HELDOUT97[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            return first
        if part == "family":
            return last
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose roads, habits or papers the template names, in the script or the form it is written in."""
        m = TITLE_SLOT_HELDOUT97.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        script = ""
        if re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif re.search(r"Eier:|Kjøper:|Selger:|Fører:|Forsikringstaker:|Førerkort", template):
            script = "norwegian"
        elif re.search(r"SURNAME|Passport", template):
            script = "passport"
        elif re.search(r"Registered keeper|Kenteken op naam|BRP", template):
            script = "register"
        elif template.startswith('"') or template.startswith("- name"):
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT97 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT97 if cue.search(template)), None)
        if origin == "haiti" and chat and not script and self.rng.random() < 0.35:
            nick = self.rng.choice(sorted(HAITI_NICKNAMES_HELDOUT97))  # a nickname used alone: 'Ti-Wil'
            if woman is None or (nick in NAMES_HELDOUT97["haiti"][1]) == woman:
                return HAITI_NICKNAMES_HELDOUT97[nick]
        if script in ("cyrillic", "passport"):
            origin = "tatar"
        elif script == "norwegian":
            origin = "sami"
        elif script == "register" and origin not in ("haiti", "javasur"):
            origin = "javasur"
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 140)
        apt = rng.randint(1, 240)
        pair = pick(["EL", "EJ", "CB", "JD", "AK", "BR", "GH", "KM", "LP", "RS", "TV", "XN"])
        shapes = [
            f"{pick(['Hánnoluohkká', 'Suohpanjárga', 'Bredbuktnesveien', 'Gávttavárgeaidnu'])} {rng.randint(1, 60)}, 9520 {pick(['Kautokeino', 'Guovdageaidnu'])}",
            f"{pick(['Markangeaidnu', 'Finnmarksveien', 'Kongleveien', 'Storgata'])} {rng.randint(1, 60)}, 9730 {pick(['Karasjok', 'Kárášjohka'])}",
            f"{pick(['Bossekopveien', 'Løkkeveien', 'Markveien'])} {rng.randint(1, 90)}, 9515 Alta",
            f"HÁNNOLUOHKKÁ {rng.randint(1, 60)}, 9520 KAUTOKEINO",
            f"ул. {pick(['Баумана', 'Чистопольская', 'Декабристов', 'Пушкина', 'Адоратского'])}, д. {n}, кв. {apt}, г. Казань, 4201{rng.randint(10, 40)}",
            f"г. Казань, ул. {pick(['Чистопольская', 'Амирхана', 'Фатыха Амирхана', 'Гвардейская'])}, д. {n}, кв. {apt}, 4201{rng.randint(10, 40)}",
            f"ul. {pick(['Chistopolskaya', 'Baumana', 'Dekabristov', 'Gvardeyskaya'])}, d. {n}, kv. {apt}, Kazan 4201{rng.randint(10, 40)}",
            f"пр. {pick(['Мира', 'Сююмбике', 'Московский', 'Чулман'])}, д. {n}, кв. {apt}, г. Набережные Челны, 4238{rng.randint(0, 32):02d}",
            f"Delmas {rng.randint(2, 95)}, Rue {pick(['Charbonnière', 'Louissaint', 'Mercier', 'Lamarre'])} #{n}, Port-au-Prince",
            f"Rue {pick(['Capois', 'Pavée', 'des Miracles', 'Monseigneur Guilloux'])} #{n}, Port-au-Prince",
            f"Rue {pick(['Grégoire', 'Lambert', 'Clerveaux', 'Ogé'])} #{n}, Pétion-Ville",
            f"Rue {rng.randint(5, 24)} {pick('ABCDEFGHIJKLMNOPQ')} #{n}, Cap-Haïtien",
            f"{rng.randint(5400, 8200)} NE {pick(['2nd Ave', 'Miami Ave', '4th Ct'])}, Miami, FL 331{pick(['37', '38', '50'])}",
            f"{rng.randint(10, 400)} NE {rng.randint(54, 82)}th St, Miami, FL 331{pick(['37', '38'])}",
            f"{rng.randint(11000, 14000)} NE {pick(['6th Ave', '8th Ave', '2nd Ave'])}, North Miami, FL 33161",
            f"{pick(['Kernkampweg', 'Indira Gandhiweg', 'Anamoestraat', 'Jozef Israelstraat', 'Tout Lui Fautweg'])} {n}, Paramaribo",
            f"{pick(['Sidodadiweg', 'Tamanredjoweg', 'Mariënburgweg', 'Oost-Westverbinding'])} {rng.randint(1, 90)}, {pick(['Tamanredjo', 'Mariënburg', 'Meerzorg'])}, Commewijne",
            f"{pick(['Sir Winston Churchillweg', 'Lelydorpweg', 'Domburgweg'])} {n}, {pick(['Lelydorp', 'Domburg'])}, Wanica",
            f"{pick(['Beijerlandselaan', 'Pretorialaan', 'Groene Hilledijk', 'Slinge'])} {n}{pick(['A', 'B', '-C', ''])}, 307{rng.randint(1, 9)} {pair} Rotterdam",
            f"{pick(['Hoefkade', 'Paul Krugerlaan', 'Moerweg', 'Loosduinseweg'])} {n}, 25{pick(['26', '71', '72', '33'])} {pair} Den Haag",
            f"{pick(['HOEFKADE', 'BEIJERLANDSELAAN'])} {n}, {pick(['2526 CB DEN HAAG', '3074 EL ROTTERDAM'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT97[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}_{subject}", f"{first}{rng.randint(1950, 2006)}",
                           f"{subject}{first}", f"{last}.{first[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT97[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        ru = rng.choice(["917", "927", "937", "960", "965", "987", "919", "903"])
        shapes = [
            f"78 48 {d(2)} {d(2)}",  # Kautokeino
            f"+47 78 46 {d(2)} {d(2)}",  # Karasjok
            f"+47 9{d(2)} {d(2)} {d(3)}",  # Norwegian mobiles
            f"4{d(2)} {d(2)} {d(3)}",
            f"+7 843 {d(3)}-{d(2)}-{d(2)}",  # Kazan
            f"8 (8552) {d(2)}-{d(2)}-{d(2)}",  # Naberezhnye Chelny
            f"+7 {ru} {d(3)}-{d(2)}-{d(2)}",  # Russian mobiles
            f"8 ({ru}) {d(3)}-{d(2)}-{d(2)}",
            f"8{ru}{d(7)}",
            f"+509 3{d(1)} {d(2)} {d(4)}",  # Haitian mobiles
            f"+509 4{d(3)}-{d(4)}",
            f"(305) {d(3)}-{d(4)}",  # Miami
            f"786-{d(3)}-{d(4)}",
            f"+1 305 {d(3)} {d(4)}",
            f"+597 8{d(2)}-{d(4)}",  # Surinamese mobiles
            f"8{d(2)}-{d(4)}",
            f"4{d(2)}-{d(3)}",  # Surinamese landlines
            f"010-{d(3)} {d(2)} {d(2)}",  # Rotterdam
            f"070-{d(3)} {d(2)} {d(2)}",  # The Hague
            f"06-{d(8)}",  # Dutch mobiles
            f"+31 6 {d(4)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            [
                "4",
                f"220{rng.randint(0, 4)}",
                f"5{rng.randint(1, 5)}",
                f"2{rng.randint(221, 720)}",
                "34",
                "37",
                "4",
            ]
        )
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT97))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT97[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2001:4646:{h()}:{h()}::{h()}", f"2a00:1370:{h()}:{h()}::{h()}",
                           f"2600:1700:{h()}:{h()}::{h()}", f"2a02:a440:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a dashcam, an OBD-II wifi dongle, a car's telematics unit, the
        garage's camera, an EV charger, a parking barrier, a car-sharing key box, the tyre shop's tablet and
        this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the dashcam's wifi gives my phone {} but the app can't find the clips", v4),
            ("the obd dongle sits on {}, torque connects then drops after a minute", v4),
            ("the car's telematics unit reported from {} the night it was towed", rng.choice([v4, v6])),
            ("the garage camera is on {}, that's how they saw who scraped the van", v4),
            ("our ev charger in the driveway got {} after the new router", rng.choice([v4, v6])),
            ("the parking barrier at work answers on {}, it didn't read my plate again", v4),
            ("the key box for the car-sharing car pings {} every hour", v4),
            ("the tyre shop's booking tablet is on {}, the guy showed me the error", v4),
            ("the car wash pay terminal was stuck on {} with a network error", v4),
            ("i put the dashcam pi behind netbird, its address there is {}", v4),
            ("the mqtt broker for the dongle's trips is on {}", rng.choice([v4, v6])),
            ("the insurance app said my login came from {}, that wasn't me", rng.choice([v4, v6])),
            ("listeners.tcp.default.bind = \"{}:1883\"", v4),
            ("DB_MYSQL_HOST={}", v4),
            ("APP_URL=http://{}:3000", v4),
            ("    proxy_pass http://{}:1411;", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-11-02 06:14:09 [warning] emqx: client obd-dongle connected from {}:50214", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("$ rustdesk --connect {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Guovdageaidnu', 'Kautokeino', 'Karasjok', 'Finnmark', 'Boazu'])}{rng.choice(['9520', '#9730', '!E45', '_78'])}",
                f"{rng.choice(['Kazan', 'Chelny', 'Kamaz', 'Tatarstan', 'Kazanka'])}{rng.choice(['420!', '_116', '#843', '716'])}",
                f"{rng.choice(['Lakay', 'Delmas', 'Ayiti', 'Okap', 'TapTap'])}{rng.choice(['509!', '33#', '_305', '1804'])}",
                f"{rng.choice(['Tamanredjo', 'Meerzorg', 'Commewijne', 'Paramaribo', 'Lelydorp'])}{rng.choice(['597', '!', '_1890', '#010'])}",
                rng.choice(["clutch", "gearbox", "dipstick", "exhaust", "tyres", "roadtest"]).translate(leet) + rng.choice(["", "!", "_97"]),
                f"{rng.choice(['Corolla', 'Vesta', 'Hilux', 'Passat', 'Granta'])}{rng.randint(1998, 2024)}!",
                f"{rng.choice(['garage', 'parking', 'tyre', 'dashcam'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        quote_safe = re.sub(r"['\"\\;]", "", pw)
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        setup_key = "-".join(tok(n, "0123456789ABCDEF") for n in (8, 4, 4, 4, 12))
        options = [
            # passwords handed over in ways no earlier set used
            ("the instructor wrote the theory app password on the back of my lesson card, {}", pw),
            ("dad keeps the car app password inside the sun visor, {}", pw),
            ("the wifi of the dashcam is on the tyre pressure sticker in the door frame lol, {}", pw),
            ("the garage wrote the portal login on the back of the inspection report, password {}", pw),
            ("the car wash code is on the bag the tokens came in, {}", d(5)),
            ("the previous owner left the app password in the manual in the glovebox, {}", pw),
            ("I wrote the parking app password on the envelope of the fine, {}", pw),
            ("the key box pin for the shared car is on the rental key tag, {}", d(4)),
            ("the dashcam's wifi password is on the sleeve of the sd card, {}", pw),
            ("the alarm code is taped under the spare wheel, {}", d(6)),
            ("ok the emqx dashboard password is {}, the dongle's trips are in there", pw),
            ("the tinyauth login for the car costs page is family / {}", pw),
            ("rustdesk on dad's pc has the permanent password {}, for the insurance form", pw),
            # cues in the set's languages
            ("beassansátni lea {}, ale muital geasage", pw),
            ("passordet er {}, ikke si det til noen", pw),
            ("пароль {}, никому не говори", pw),
            ("серсүз {}, беркемгә дә әйтмә", pw),
            ("modpas la se {}, pa bay pèsonn li", pw),
            ("le mot de passe c'est {}, ne le donne à personne", pw),
            ("a paswortu na {}, no taigi nowan", pw),
            ("het wachtwoord is {}, niet doorvertellen hoor", pw),
            ("paswoorde {}, ojo ngomong karo sopo-sopo", pw),
            # commands
            ("$ mosquitto_sub -h broker.lan -u obd -P {} -t 'car/#'", colonless),
            ("$ netbird up --setup-key {}", setup_key),
            ("$ rustdesk --password {}", colonless),
            ("$ docker exec emqx emqx ctl admins passwd admin {}", colonless),
            # pastes
            ("EMQX_DASHBOARD__DEFAULT_PASSWORD={}", pw),
            ("mqtt_url: mqtt://obd:{}@broker.lan:1883", colonless),
            ("SECRET={}", tok(32, alnum)),
            ("ENCRYPTION_KEY={}", tok(32, alnum)),
            ("MAXMIND_LICENSE_KEY={}", tok(6, alnum) + "_" + tok(29, alnum) + "_mmk"),
            ("      DB_MYSQL_PASSWORD: \"{}\"", quote_safe),
            ("NB_SETUP_KEY={}", setup_key),
            ("the wallos api key is {}", tok(32, hexd)),
            ("USERS=family:{}", "$2a$10$" + tok(53, alnum + "./")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_9520', 'x116', 'x.lakay509', 'x_rijles', 'x.apk',
        'carpool.x', 'x4x4')."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "sami": [f"{first}_{rng.choice(['9520', '9730'])}", f"{last}.skuter"],
            "tatar": [f"{first}{rng.choice(['116', '716', '16'])}", f"{last}.kamaz"],
            "haiti": [f"{first}.lakay509", f"ti{first}305"],
            "javasur": [f"{first}_rijles", f"{last}.apk"],
        }[origin]
        return rng.choice([f"carpool.{first}", f"{last}4x4", f"{first}.garage{rng.randint(1, 99)}",
                           f"{first}{last[:1]}_drives", *own])  # fmt: skip

    def _birth(self, oldest: int = 1944, youngest: int = 2008) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1944, youngest: int = 2008) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "no": f"{day:02d}.{m:02d}.{y}",
            "now": f"{day}. {NO_MONTHS_HELDOUT97[m - 1]} {y}",
            "se": f"{day}. {SE_MONTHS_HELDOUT97[m - 1]} {y}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ruw": f"{day} {RU_MONTHS_HELDOUT97[m - 1]} {y}",
            "fr": f"{day:02d}/{m:02d}/{y}",
            "frw": f"{day} {FR_MONTHS_HELDOUT97[m - 1]} {y}",
            "ht": f"{day} {HT_MONTHS_HELDOUT97[m - 1]} {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "usw": f"{EN_MONTHS_HELDOUT97[m - 1]} {day}, {y}",
            "nl": f"{day:02d}-{m:02d}-{y}",
            "nlw": f"{day} {NL_MONTHS_HELDOUT97[m - 1]} {y}",
            "en": f"{_ordinal(day)} {EN_MONTHS_HELDOUT97[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of any of this set's languages takes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["no", "ru", "fr", "us", "nl", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, old, young = self._dob_shapes(), self._dob_shapes(1938, 1965), self._dob_shapes(2005, 2010)
        options = [
            ("the driving school wants my date of birth for the learner's permit, {}", young["no"]),
            ("áhkku lea riegádan {}, dat lea maiddái vuodjinkoarttas", old["se"]),
            ("han er født {}, det står på førerkortet", old["now"]),
            ("для ОСАГО нужна дата рождения, папа родился {} г.", old["ruw"]),
            ("в автошколе спросили дату рождения, {}", young["ru"]),
            ("pou lisans lan yo mande dat nesans li, {}", s["ht"]),
            ("l'assurance demande sa date de naissance, {}", s["frw"]),
            ("the DMV form wants his date of birth month first, {}", s["us"]),
            ("for the Turo account she put her birthday as {}", s["usw"]),
            ("mijn oom is geboren op {}, dat vroeg de verzekering", old["nlw"]),
            ("the keuring papers have his date of birth, {}", s["nl"]),
            ("my son was born on {}, he can start driving lessons next year", young["en"]),
            ("Fødselsdato: {}", s["no"]),
            ("Riegádanbeaivi: {}", s["no"]),
            ("Дата рождения: {}", s["ru"]),
            ("Date de naissance : {}", s["fr"]),
            ("Date of Birth: {}", s["us"]),
            ("Geboortedatum: {}", s["nl"]),
            ("DOB: {}", s["en"]),
            ('    "birthdate": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT97_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} has her driving test on thursday, she's so nervous",
        "{} is taking me to work tomorrow, my car is at the garage",
        "can you ask {} if the garage called about the brakes",
        "{} sold me his old car, we did the bill of sale on the kitchen table",
        "{} failed the parallel parking again lol",
        "{} got a parking fine outside the hospital, 600 kroner",
        "{} scraped the car in the supermarket car park, the other guy left a note",
        "{} is doing the insurance claim, he has the photos",
        "{} picked me up at 2 am when the battery died on the road",
        "{} knows a mechanic who does it cheaper",
        "{} booked the car-sharing car for saturday, we go to ikea",
        "{} passed!! first try",
        "{} is changing to winter tyres this weekend",
        "{} drives us to the city every monday, we split the petrol",
        "the instructor said {} is ready for the test",
        "{} washed the car and now it rains, classic",
        "{} lost the registration papers, we need new ones before the inspection",
        "{} says the clutch is slipping, it smells burnt",
        "{} has the spare key, ask him",
        "{} paid the garage's invoice but the receipt is in his car",
        "{} is on the learner's permit now, I have to sit next to her",
        "tell {} the car failed the inspection because of the exhaust",
        "{} hit a deer near the bridge, nobody hurt but the bumper is gone",
        "{} wants 30000 for the car, is that ok for the mileage?",
        "I'm riding with {} tomorrow, you're on your own",
        "{} got flashed by the speed camera on the way back",
        "{} is at the tyre shop, they found a nail",
        "{} and {} share the ride to the plant, he drives mondays and she drives fridays",
        "{} forgot the car-sharing card at home again",
        "{} is teaching me to drive stick in the church car park",
        "áhkku {} still drives her pickup to the shop",
        "áddjá {} pulled us out of the snow with the snowmobile",
        "muoŧŧá {} lent me her car for the driving test in Alta",
        "eahki {} knows every reindeer fence on the E45",
        "{} drove from Kautokeino to Alta for the test and back the same day",
        "{} from Karasjok sells his Hilux, it has studded tyres",
        "{} called Viking when the car stopped at minus 35",
        "{} did the EU-kontroll in Alta, the car passed",
        "{} says the reindeer were on the road all the way to Masi",
        "{} apa is selling her Lada, she barely drove it",
        "{} abyi fixed the heater in ten minutes",
        "{} works at KAMAZ and drives the company bus to Chelny",
        "{} did the Europrotocol with the other driver, no police needed",
        "{} is stuck at the MREO again, the queue is huge",
        "{} got his OSAGO online, it was cheaper",
        "{} booked a Yandex Drive car to go to the airport",
        "{} is doing theory at the driving school in the evenings",
        "{} водила она аккуратно, но парковаться боится",
        "{} сдал на права с первого раза",
        "tonton {} bought the car at the auction in Miami and shipped it to Port-au-Prince",
        "matant {} only trusts the mechanic on Delmas 33",
        "grann {} never learned to drive, she takes the tap-tap",
        "Madan {} wants a ride to church on sunday",
        "Pè {} blessed the new car in front of the church lol",
        "{} takes the moto-taxi to work, the traffic in Pétion-Ville is too much",
        "{} passed the written test at the DMV in North Miami",
        "{} says car insurance in Miami-Dade is crazy expensive",
        "{} got a ticket on Biscayne, he's fighting it",
        "{} ap vini chèche m nan machin nan demen",
        "{} is driving the car from the port in Miami to Little Haiti, the papers are ready",
        "{} knows a guy at the tag agency who can do the registration today",
        "{} says the mechanic in Okap wants cash before he touches the car",
        "{} pa konn kondui machin manyèl la",
        "tante {} took the bus to Meerzorg because her car is at the keuring",
        "oom {} sold me his old Toyota, it has 300000 km but it runs",
        "pak {} fixes cars in his yard in Tamanredjo",
        "{} is doing driving lessons at the rijschool in Lelydorp",
        "{} failed the APK because of the tyres",
        "{} drives the family to Commewijne every sunday",
        "{} heeft haar rijexamen gehaald!",
        "{} rijdt morgen mee naar Rotterdam, hij betaalt de benzine",
        "{} no kan kon, a oto broko",
        "Learner: {}",
        "Driving instructor: {}",
        "Vehicle owner: {}",
        "Policyholder: {}",
        "Customer: {}",
        "Seller: {}",
        "Buyer: {}",
        "Driver: {}",
        "Registered keeper: {}",
        "Eier: {}",
        "Kjøper: {}",
        "Selger: {}",
        "Fører: {}",
        "Forsikringstaker: {}",
        "Namma: {}",
        "Собственник: {}",
        "Водитель: {}",
        "Страхователь: {}",
        "ФИО: {}",
        "Non: {}",
        "Propriétaire : {}",
        "Conducteur : {}",
        "Eigenaar: {}",
        "Naam bestuurder: {}",
        "Kenteken op naam van: {}",
        "Verzekeringnemer: {}",
        "Naam (zoals in BRP): {}",
        "Leerling rijschool (BRP): {}",
        "SURNAME GIVEN NAMES: {}",
        "Name as in passport: {}",
        "International licence, name (Passport): {}",
        "| Lesson 7 | {} | parallel parking |",
        '"driver_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the fine went to {}, that's the old address",
        "the seller lives at {}, come see the car tonight",
        "the tow truck is taking it to {}",
        "the insurance sent the papers to {}",
        "the instructor picks me up at {} at 7",
        "the mechanic works from his yard at {}",
        "the registration is still on {}",
        "Adresse: {}",
        "Адрес: {}",
        "Adres: {}",
        "Address: {}",
        "Adrès: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the photos of the scrape to {}",
        "the garage sends the invoice from {}",
        "the driving school mails the lesson plan to {}",
        "the seller's email is {}",
        "the insurance claim goes to {}",
        "E-post: {}",
        "Эл. почта: {}",
        "E-mail: {}",
        "INITIAL_ADMIN_EMAIL={}",
        "Email: {}",
    ],
    "PHONE_NUMBER": [
        "the tow truck guy is on {}",
        "call the mechanic on {}, he answers after 6",
        "the seller's number is {}",
        "the instructor is on {}",
        "ring {} if the car doesn't start again",
        "Telefon: {}",
        "Тел.: {}",
        "Tel: {}",
        "Telefòn: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the tyre shop with {}",
        "the car wash subscription is on {}",
        "the garage charged {}",
        "the parking fine went on {}",
        "put the car-sharing deposit on {}",
        "Kort: {}",
        "Карта: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send your half for the petrol to {}",
        "the insurance refund goes to {}",
        "pay the seller into {}",
        "my sister pays the repair from {}",
        "IBAN: {}",
        "Kontonummer (IBAN): {}",
        "Rekeningnummer: {}",
        "IBAN No: {}",
    ],
    "USERNAME": [
        "the car is listed on finn by {}",
        "on hyre I booked it as {}",
        "the getaround owner is {}",
        "on drive2 the blog about the lada is by {}",
        "the avito ad is from {}",
        "on drom the seller is {}",
        "the yandex drive account is {}",
        "on blablacar the driver is {}",
        "the turo host is {}",
        "on waze I'm {}",
        "the marktplaats ad is from {}",
        "the mywheels booking is under {}",
        "my wallos username is {}",
        "EMQX_DASHBOARD__DEFAULT_USERNAME={}",
        '      DB_MYSQL_USER: "{}"',
        "Login: {}",
    ],
}
HELDOUT97_MIXED = [
    ("Learner: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Собственник: {}, дата рождения {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Eier: {}, født {}, tlf. {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Seller: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} paid the garage with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the tyres with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("EMQX_DASHBOARD__DEFAULT_USERNAME={}\nEMQX_DASHBOARD__DEFAULT_PASSWORD={}", ["USERNAME", "SECRET"]),
    ("      DB_MYSQL_HOST: \"{}\"\n      DB_MYSQL_USER: \"{}\"\n      DB_MYSQL_PASSWORD: \"{}\"", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("the mechanic is {}, {}, he wants the money to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send your half to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("[mqtt]\nbroker = broker.lan\nusername = {}\npassword = {}", ["USERNAME", "SECRET"]),
    ("Eigenaar: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Driver: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the garage kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is doing the carpool rota", ["PERSON", "EMAIL_ADDRESS"]),
    ("Propriétaire : {}, né(e) le {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Policyholder: {}, {}, date of birth {}", ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]),
    ("Naam bestuurder: {}\nGeboortedatum: {}\nAdres: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the insurer sends the codes to {} and the texts to {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("mqtt://{}:{}@broker.lan:1883", ["USERNAME", "SECRET"]),
    ("$ mosquitto_pub -h {} -u obd -P {} -t car/trip", ["IP_ADDRESS", "SECRET"]),
]  # fmt: skip
HELDOUT97_NEGATIVES = [
    "Guovdageaidnu is the Sámi name of Kautokeino, Kárášjohka the one of Karasjok",
    "9520 is the Kautokeino postcode and 9730 the Karasjok one",
    "the E45 runs from Alta down through Kautokeino to the Finnish border",
    "áhkku means grandmother and áddjá grandfather in Northern Sámi",
    "muoŧŧá is a mother's younger sister, eahki a father's elder brother",
    "in Sámi a person is often called by the father's given name before their own",
    "Sámi has the letters á, č, đ, ŋ, š, ŧ and ž",
    "the EU-kontroll is every second year for cars older than four years",
    "Gaup Bilservice does the EU-kontroll in Karasjok, it's a company",
    "Eira Dekk changes the tyres, book early in october",
    "studded tyres are allowed in Finnmark from 16 october",
    "Viking and the NAF tow cars in Finnmark",
    "the car has the plate EL 12345",
    "the VIN is YV1DZ8256C2271842, it's on the windscreen",
    "Kazan postcodes start with 420 and Chelny ones with 423",
    "Tatarstan's plates end in 16, 116 or 716",
    "-ovich and -ovna make a patronymic, ulı means son of and qızı daughter of",
    "apa after a name is an elder sister or an aunt, abyi an elder brother",
    "the Russian papers put the family name first",
    "Автосервис Гарипова on the corner does the brakes cheap",
    "the Valiullin cup is a winter rally near Kazan",
    "the plate is А123ВС 116",
    "OSAGO policy ХХХ 0321456789",
    "the техосмотр is valid until 14.03.2027",
    "the fine number is 18810116260000123456",
    "with the app the Europrotocol covers up to 400 thousand rubles",
    "Delmas roads are numbered, Delmas 33 is one of them",
    "Ti- before a nickname means little",
    "tonton is uncle and matant aunt in Kreyòl",
    "Madan before a family name means Mrs, Pè is a priest",
    "a tap-tap is a shared pickup painted with Bible verses",
    "Little Haiti is a neighbourhood of Miami",
    "Garage Exantus on NE 2nd Ave fixes the brakes cash",
    "the Florida tag is due on the owner's birthday month, renew it online",
    "Cap-Haïtien streets are numbered and lettered, like Rue 17 A",
    "the policy number is FL-AUT-2026-118734",
    "the ticket is for 114 dollars",
    "Tamanredjo and Mariënburg are in Commewijne",
    "tante and oom are said to any older Surinamese person",
    "pak means father in Javanese",
    "the Dutch spelling writes oe for u, dj for j and tj for c",
    "the Javanese came to Suriname from 1890",
    "Kromowidjojo Autobanden in Lelydorp has cheap tyres",
    "the keuring is the Surinamese car inspection",
    "the APK is due on 31-08-2026",
    "the kenteken is 7-KXP-42",
    "in Suriname you drive on the left",
    "the bridge over the Suriname river goes to Meerzorg",
    "invoice 2026-0417 for the brake pads",
    "claim number 55-18822-07",
    "lesson 7 is on thursday at 16:00",
    "the theory test costs 640 kroner",
    "a parking hour in the centre is 40 kroner",
    "the car wash is open 7 to 22",
    "the driving test is on 12.03.2027 at 9:40",
    "the inspection was on 2026-10-21",
    "the fine is dated 03/11/2026",
    "the EMQX dashboard is on port 18083",
    "Tinyauth reads USERS from the env",
    "Pocket ID reads ENCRYPTION_KEY from the env",
    "EMQX_DASHBOARD__DEFAULT_PASSWORD=public",
    "SECRET=your_secret_here",
    "DB_MYSQL_PASSWORD: \"changeme\"",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "NO93 8601 1117 947 is the example IBAN in the docs",
    "NL91 ABNA 0417 1643 00 is the example IBAN in the docs",
    "FR14 2004 1010 0505 0001 3M02 606 is the example IBAN in the docs",
    "write to driver@example.com for the form",
    "192.0.2.97 is a documentation address",
    "203.0.113.97 is a documentation address",
    "2001:db8:97::1 is a documentation address",
    "in Norway the ambulance is 113 and the police 112",
    "in Russia everything is 112",
    "in Suriname the emergency number is 115",
    "in the US you call 911",
    "the car's fine, just dirty",
    "buorre mátki!",
    "счастливого пути!",
    "bon wout!",
    "goede reis!",
    "so tired after the night drive",
    "thanks for the ride",
]  # fmt: skip


def _typo97(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a car word's well-known misspelling ('brake' ->
    'break', 'mileage' -> 'milage', 'vehicle' -> 'vehical', 'exhaust' -> 'exaust', 'license' -> 'lisence'),
    or the drivers' shorthand creeping into chat ('registration' -> 'rego', 'mechanic' -> 'mech',
    'kilometres' -> 'km', 'second-hand' -> '2nd hand'). Only in sentences typed to the bot or a friend; a
    kin word or a title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT97.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT97[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT97.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT97[m.group(1)] + template[m.end() :]


def build_heldout97(seed: int = HELDOUT97_SEED) -> list[Example]:
    """Held-out set 97: `Gen97` values in `HELDOUT97_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen97(seed)
    return assemble_module_set(
        gen, HELDOUT97_TEMPLATES, HELDOUT97_MIXED, HELDOUT97_NEGATIVES, _typo97, person=gen.person_for
    )
