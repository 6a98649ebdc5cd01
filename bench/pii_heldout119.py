"""Held-out PII set 119 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout119": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT119 is empty, as for the sets before
it; written at the same time as held-out 120 by another author, neither seeing the other's set). The theme is
long-distance buses, coaches and shared taxis between towns as passengers, their families, drivers, ticket
agents and bus-station staff talk about them: the seat booked online and the booking app's login (redBus,
Intercape, Citiliner, FlixBus, SAIS Autolinee, Interbus, a Telegram bot for Nukus-Tashkent tickets), the
ticket with the passenger's name and date of birth (a child's fare, a pensioner's concession), the luggage
tag, the parcel sent with the driver, the shared taxi from the bazaar, the border at Lebombo-Ressano Garcia,
the night bus over the passes from Manali to Leh, the refund to the card or the bank, the bus's Wi-Fi, the
one-time code of the payment app (Payme, Click, M-Pesa, e-Mola, a UPI PIN) and the driver's phone number. An
earlier set (held-out 97, with 41 before it) took driving schools and driving tests among cars and driving,
so this set does not; no set took the intercity bus as its theme (held-out 44 and 89 took a town's buses,
trams and trains). Booking, ticket, seat, route, bay and fleet numbers and fares are no PII of TYPES: they
come only in negatives.

The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 118.py) and bench/pii.py's
lists: none of the four is a main people of any module set, but bench/pii.py held short Karakalpak,
Venda-Tsonga, Sicilian and Ladakhi lists among dozens of peoples, and held-out 30 a Ronga list of Maputo, so
this set leaves out every name they hold ('Orinbay', 'Ajiniyaz', 'Bibigul', 'Gulnara', 'Gulbahor',
'Aruzhan', 'Shirin', 'Utepbergenov' (and its spelling 'Otepbergenov'), 'Aymbetov', 'Seytmuratov',
'Allanazarov', 'Tajimuratov', 'Kamalov'; 'Hlulani', 'Nyiko', 'Tsakani', 'Baloyi', 'Chauke', 'Mathebula',
'Maluleke', 'Rikhotso', 'Mabunda', 'Cossa', 'Macuácua', 'Nhantumbo', 'Tembe', 'Matsinhe', 'Manhiça',
'Mondlane', 'Langa', 'Armando', 'Ermelinda', 'Felizarda', 'Esperança', 'Benedito', 'Zacarias', 'Júlio',
'Lurdes', 'Albertina', 'Jacinto', 'Rosalina', 'Fernando'; 'Salvatore', 'Calogero', 'Rosario', 'Sebastiano',
'Carmelo', 'Gaetano', 'Vincenzo', 'Santo', 'Rosalia', 'Concetta', 'Venera', 'Giuseppina', 'Carmela', 'Nunzia',
'Turi', 'Totò', 'Lillo', 'Cettina', 'Melo', 'Lia', 'Agatino', 'Epifanio', 'Mariano', 'Grazia', 'Lo Presti',
'La Rosa', 'Lo Bianco', 'Bonanno', 'Sciacca', 'Cuffaro'; 'Tsering', 'Stanzin', 'Tashi', 'Dorjay', 'Namgyal',
'Rigzin', 'Padma', 'Sonam', 'Angmo', 'Dolma', 'Lhamo', 'Dolkar', 'Chosdol', 'Tundup', 'Skarma', 'Rinchen',
'Tsewang', 'Nawang', 'Diskit', and Kargil's 'Ghulam', 'Mehdi', 'Kaneez', 'Fatima', 'Zainab', 'Sakina',
'Hussain', 'Abbas', 'Masooma', 'Batool', 'Bano'). The Ronga of Maputo being held-out 30's, the Tsonga here
are the Shangaan of Limpopo (Giyani, Malamulele) and the Changana of Gaza Province (Xai-Xai, Chókwè), with
Maputo only as the bus terminal. The places were grepped the same way: Nukus, Khodjeyli (Xo'jayli, Xojeli),
Giyani, Malamulele, Xikundu, Xai-Xai, Inhamissa, Chókwè (bench/pii.py has 'Chokwe' only as a people), Via
Oreto, Corso Calatafimi, Via Sampolo, Via Etnea, Viale Mario Rapisardi, Skara, Chubi and Baroo come up in no
earlier set; bench/pii.py's Palermo lines hold Via Maqueda, Vittorio Emanuele and dei Candelai and its Leh
lines Changspa, Skampari and Sankar, which this set does not take; Kargil comes up in held-out 99 only in the
Kargil Vijay Diwas. The services were grepped too: Intercape, Citiliner, Eldo, SAIS, Interbus, Itabus, redBus,
HRTC, JKSRTC, Payme, Uzum and e-Mola come up in no earlier set; M-Pesa (109, 114), PhonePe (113) and Click
(64, as a word) come up there and come here only in this set's own sentences.

Hand-written lists of four peoples: the Karakalpaks of Nukus and Khodjeyli (a given name and a Russian-style
family name in '-ov' and '-ova' as passports write them ('Dauletmurat Kurbaniyazov', 'Gulshirin
Berdimuratova'), in the Karakalpak Latin alphabet ('Dáwletmurat Qurbaniyazov', 'Gúlshirin Berdimuratova') and
in Karakalpak Cyrillic ('Дәўлетмурат Қурбаниязов'), the family name first on forms ('Kurbaniyazov
Dauletmurat'), with the Russian-style patronymic ('Kurbaniyazov Dauletmurat Ernazarovich', '-ovna'), the
Karakalpak 'ulı' and 'qızı' after the father's name ('Dáwletmurat Ernazar ulı', 'Gúlshirin Bazarbay qızı'),
initials, short forms ('Daulet', 'Sarsen', 'Gulya') and 'aǵa' (elder brother, an older man) and 'apa' (elder
sister, an older woman) after a given name, outside the span); the Tsonga (Shangaan) of Limpopo and the
Changana of Gaza (Xitsonga given names ('Ntsako', 'Khensani', 'Nhlamulo', 'Rirhandzu') with Tsonga family
names ('Ngobeni', 'Hlungwani', 'Chabalala'), 'Surname, first names' as South African forms have it ('NGOBENI,
Ntsako'), initials ('N. Ngobeni'), a married woman's double-barrelled name ('Khensani Mathonsi-Ngobeni'),
Mozambican Portuguese given names with the father's given name in the middle and the Mozambican spelling of
the family name ('Custódio Zefanias Sitoe', 'Rabeca Lázaro Chauque'), their accents dropped ('Custodio
Zefanias Sitoe'), short forms ('Khensi', 'Nhla', 'Hlami') and 'Manana' (mother, madam) and 'Tatana' (father,
sir) before a family name, 'Kokwana' (grandparent) before a name and Mozambique's 'Dona' before a woman's
given name, outside the span); the Sicilians of Palermo and Catania (Sicilian given names ('Ignazio',
'Alfio', 'Baldassare', 'Crocifissa', 'Provvidenza', 'Ninfa') and family names with their particles ('Lo
Cascio', 'Li Causi', 'Di Stefano') or their final accent ('Zappalà'), the family name first on Italian forms
('Lo Cascio Ignazio', 'LO CASCIO IGNAZIO'), the particle run together as emigrants' papers write it ('Ignazio
Locascio'), the accent typed as an apostrophe on a keyboard or a form without it ('Agata Zappala''),
initials, the dialect forms ('Gnazio', 'Alfiu', 'Aituzza', 'Santuzza') and 'zu' and 'za' (uncle and aunt,
an older man or woman) before a given name and 'signora' before a full name, outside the span); and the
Ladakhis of Leh and Kargil (the Buddhist two-part names with no family name ('Jigmet Gyaltsan', 'Deachen
Yangdol') in Latin letters and in Tibetan script ('འཇིགས་མེད་རྒྱལ་མཚན'), Kargil's Shia names in Latin letters
and in Urdu script ('Anayat Haider', 'عنایت حیدر'), a name in capitals on an Indian form, initials ('J.
Gyaltsan') and 'Abi-le' (grandmother), 'Meme-le' (grandfather) and 'Acho' (elder brother) before a name and
the honorific '-le' after one, outside the span). No public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT119, checked without marks and case). Every one of those name forms is forced into the
build at least once so it does not hang on the seed (any form the draws have not reached by the end comes in a
sentence of its own), and each people also gets a titled name, a name in capitals on a form and one in lower
case in chat, whatever the seed; the address, the phone, the e-mail, the IBAN and the date of birth after a
name mostly come from that name's region.

Names on papers in English ('Passenger name:', 'Surname, first names:'), Russian and Uzbek ('Ф.И.О.:',
'Familiyasi, ismi:'), Portuguese ('Nome do passageiro:'), Italian ('Cognome e nome:', 'Nominativo:'), Tibetan
('མིང་:') and Urdu ('نام:'); those regions' addresses ('Nukus sh., Dosnazarov ko'chasi, 34-uy, 12-xonadon',
'г. Нукус, ул. Досназарова, д. 34, кв. 12', 'Stand No. 1247, Section D, Giyani, 0826', 'Bairro 3,
Quarteirão 12, Casa n.º 34, Xai-Xai', 'Via Oreto 112, 90127 Palermo (PA)', 'Via Etnea 312, 95124 Catania
(CT)', 'House No. 23, Skara, Leh, Ladakh 194101', 'H. No. 41, Ward No. 5, Baroo, Kargil, Ladakh 194103') and
phones (Uzbek mobiles '+998 91' and Nukus's '61'; South African mobiles '07x', '08x', '06x' and '+27',
Giyani's '015'; Mozambican mobiles '84', '85', '86', '87' and '+258'; Italian mobiles '3xx' and '+39',
Palermo's '091' and Catania's '095'; Indian mobiles '+91' and Leh's '01982' and Kargil's '01985'); Visa,
Mastercard, Uzbekistan's UzCard ('8600') and Humo ('9860') and India's RuPay, all Luhn-valid; IBANs of
countries that have them (Uzbekistan, South Africa and India have none, and Mozambique's is not in the
registry): Italy and Germany for the Sicilians, Kazakhstan and Türkiye for a Karakalpak working there,
Portugal for a Changana and the United Kingdom for a Shangaan paid by a relative, the United Arab Emirates for
a Kargili working in the Gulf and Germany for a Leh travel agent's partner; IPs of the bus company's booking
server, the coach's Wi-Fi router, the ticket office's PC and the GPS tracker, sshd and nginx log lines, v4 and
v6; secrets as passengers and agents hand them over (the booking app's password, the coach's Wi-Fi key, the
payment app's one-time code and PIN) with cues in Karakalpak ('hesh kimge aytpa'), Uzbek ('hech kimga
aytma'), Russian ('никому не говори'), Xitsonga ('u nga byeli munhu'), Portuguese ('não digas a ninguém'),
Italian ('non dirlo a nessuno'), Sicilian ('nun ci u diri a nuddu'), Hindi and Urdu ('kisi ko mat batana',
'کسی کو مت بتانا'), a Wi-Fi QR string and .env lines (a Telegram bot token, a Payme key, a redBus partner
key, a Twilio auth token); dates of birth in each people's shapes (Uzbek '14.03.1988', Karakalpak
'1988-jıl 14-mart', Russian '14 марта 1988 г.', South African '1988-03-14' and '14 March 1988', Xitsonga '14
Nyenyankulu 1988', Portuguese '14/03/1988' and '14 de março de 1988', Italian '14/03/1988' and '14 marzo
1988', Indian '14-03-1988' and '14 Mar 1988'), a child's on a child's fare, a pensioner's on a concession, all
drawn between fixed years from the set's own rng so the set builds the same on any day; typos as passengers
type: a travel word's well-known misspelling ('schedule' -> 'shedule', 'luggage' -> 'lugage', 'receipt' ->
'reciept', 'passenger' -> 'passanger') or chat shorthand ('please' -> 'pls', 'tomorrow' -> 'tmrw', Italian
'perché' -> 'xké', Portuguese 'também' -> 'tb', Russian 'спасибо' -> 'спс'); negatives with the same places,
the bus stations and the passes, the kin words and titles explained, the naming customs, fares in so'm, rand,
meticais, euros and rupees, booking, ticket, seat, route, bay and fleet numbers, bus models, placeholder
secrets, a test card, the example IBAN, a placeholder e-mail, documentation IPs (v4 and v6), timetable dates
that are no one's birthday and short everyday chat in the four peoples' languages.

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
    _iban_from_bban,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)

HELDOUT119_SEED = 1193847
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT119: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT119 = ["karakalpak", "tsonga", "sicilian", "ladakhi"]

# the Karakalpaks: passport Latin -> (Karakalpak Latin, Karakalpak Cyrillic)
KARAKALPAK_MEN_HELDOUT119: dict[str, tuple[str, str]] = {
    "Dauletmurat": ("Dáwletmurat", "Дәўлетмурат"),
    "Allambergen": ("Allambergen", "Алламберген"),
    "Ernazar": ("Ernazar", "Ерназар"),
    "Esemurat": ("Esemurat", "Есемурат"),
    "Bazarbay": ("Bazarbay", "Базарбай"),
    "Kalmurat": ("Qalmurat", "Қалмурат"),
    "Sarsenbay": ("Sársenbay", "Сәрсенбай"),
    "Jalgas": ("Jalǵas", "Жалғас"),
}
KARAKALPAK_WOMEN_HELDOUT119: dict[str, tuple[str, str]] = {
    "Gulshirin": ("Gúlshirin", "Гүлширин"),
    "Ayjamal": ("Ayjamal", "Айжамал"),
    "Nurjamal": ("Nurjamal", "Нуржамал"),
    "Zamira": ("Zamira", "Замира"),
    "Dilbar": ("Dilbar", "Дилбар"),
    "Sanobar": ("Sanobar", "Санобар"),
}
# a man's family name; a woman's adds 'a' in every script
KARAKALPAK_FAMILY_HELDOUT119: dict[str, tuple[str, str]] = {
    "Dauletmuratov": ("Dáwletmuratov", "Дәўлетмуратов"),
    "Kurbaniyazov": ("Qurbaniyazov", "Қурбаниязов"),
    "Jumamuratov": ("Jumamuratov", "Жумамуратов"),
    "Berdimuratov": ("Berdimuratov", "Бердимуратов"),
    "Ernazarov": ("Ernazarov", "Ерназаров"),
    "Orazimbetov": ("Orazımbetov", "Оразымбетов"),
    "Esbergenov": ("Esbergenov", "Есбергенов"),
    "Embergenov": ("Embergenov", "Ембергенов"),
    "Abdiramanov": ("Ábdiramanov", "Әбдираманов"),
    "Reymov": ("Reymov", "Реймов"),
}
KARAKALPAK_NICK_HELDOUT119 = {"Dauletmurat": "Daulet", "Sarsenbay": "Sarsen", "Gulshirin": "Gulya"}

# the Tsonga of Limpopo (Xitsonga given names) and the Changana of Gaza (Portuguese given names)
TSONGA_MEN_HELDOUT119 = ["Ntsako", "Vutomi", "Rhulani", "Nhlamulo", "Risuna", "Akani", "Ntiyiso"]
TSONGA_WOMEN_HELDOUT119 = ["Khensani", "Rirhandzu", "Tintswalo", "Mihloti", "Basani", "Nsovo", "Hlamalani"]
TSONGA_FAMILY_HELDOUT119 = [
    "Ngobeni",
    "Nkuna",
    "Hlungwani",
    "Novela",
    "Chabalala",
    "Mashaba",
    "Nkwinika",
    "Mathonsi",
    "Shiluvane",
    "Mahlaule",
    "Makamu",
    "Mathye",
    "Shirindza",
]
CHANGANA_MEN_HELDOUT119 = ["Custódio", "Zefanias", "Lázaro", "Abílio", "Ilídio"]
CHANGANA_WOMEN_HELDOUT119 = ["Hortência", "Amélia", "Felismina", "Rabeca"]
CHANGANA_FAMILY_HELDOUT119 = [
    "Baloi",
    "Chauque",
    "Sitoe",
    "Muianga",
    "Macamo",
    "Chongo",
    "Mucavele",
    "Uamusse",
]
TSONGA_NICK_HELDOUT119 = {"Khensani": "Khensi", "Nhlamulo": "Nhla", "Hlamalani": "Hlami"}

# the Sicilians of Palermo and Catania
SICILIAN_MEN_HELDOUT119 = ["Ignazio", "Alfio", "Orazio", "Gaspare", "Baldassare", "Benedetto", "Rosolino"]
SICILIAN_WOMEN_HELDOUT119 = ["Agata", "Crocifissa", "Filippa", "Provvidenza", "Ninfa", "Santina"]
SICILIAN_FAMILY_HELDOUT119 = {
    "palermo": [
        "Li Causi",
        "Scaduto",
        "Pecoraro",
        "Riccobono",
        "Cannizzaro",
        "Lo Cascio",
        "Sciortino",
        "Puleo",
        "Lo Monaco",
        "Di Stefano",
    ],
    "catania": [
        "Spampinato",
        "Zappalà",
        "Caltabiano",
        "Privitera",
        "Mangiameli",
        "Pappalardo",
        "Licciardello",
        "Castorina",
        "Giuffrida",
        "Ferlito",
    ],
}
SICILIAN_NICK_HELDOUT119 = {"Ignazio": "Gnazio", "Alfio": "Alfiu", "Agata": "Aituzza", "Santina": "Santuzza"}

# the Ladakhis: Buddhist names of Leh (Latin -> Tibetan script), the first part for a man or a woman, the
# second a man's or a woman's; Kargil's Shia names (Latin -> Urdu script)
LADAKHI_FIRST_HELDOUT119 = {
    "Jigmet": "འཇིགས་མེད",
    "Deachen": "བདེ་ཆེན",
    "Thinles": "འཕྲིན་ལས",
    "Lobzang": "བློ་བཟང",
    "Paldan": "དཔལ་ལྡན",
}
LADAKHI_MEN_SECOND_HELDOUT119 = {
    "Gyaltsan": "རྒྱལ་མཚན",
    "Norboo": "ནོར་བུ",
    "Stobgais": "སྟོབས་རྒྱས",
    "Motup": "དངོས་གྲུབ",
    "Phuntsog": "ཕུན་ཚོགས",
}
LADAKHI_WOMEN_SECOND_HELDOUT119 = {
    "Chorol": "ཆོས་སྒྲོལ",
    "Yangdol": "དབྱངས་སྒྲོལ",
    "Yangchan": "དབྱངས་ཅན",
    "Spalzes": "དཔལ་མཛེས",
    "Chosdon": "ཆོས་སྒྲོན",
}
KARGIL_MEN_HELDOUT119 = {"Anayat": "عنایت", "Asgar": "اصغر", "Nissar": "نثار", "Sajjad": "سجاد"}
KARGIL_WOMEN_HELDOUT119 = {"Kulsum": "کلثوم", "Sughra": "صغریٰ"}
KARGIL_FAMILY_HELDOUT119 = {"Haider": "حیدر", "Raza": "رضا"}

# every name of the lists by people: (men, women, family names)
NAMES_HELDOUT119: dict[str, tuple[list[str], list[str], list[str]]] = {
    "karakalpak": (
        list(KARAKALPAK_MEN_HELDOUT119),
        list(KARAKALPAK_WOMEN_HELDOUT119),
        list(KARAKALPAK_FAMILY_HELDOUT119),
    ),
    "tsonga": (
        TSONGA_MEN_HELDOUT119 + CHANGANA_MEN_HELDOUT119,
        TSONGA_WOMEN_HELDOUT119 + CHANGANA_WOMEN_HELDOUT119,
        TSONGA_FAMILY_HELDOUT119 + CHANGANA_FAMILY_HELDOUT119,
    ),
    "sicilian": (
        SICILIAN_MEN_HELDOUT119,
        SICILIAN_WOMEN_HELDOUT119,
        SICILIAN_FAMILY_HELDOUT119["palermo"] + SICILIAN_FAMILY_HELDOUT119["catania"],
    ),
    "ladakhi": (
        list(LADAKHI_FIRST_HELDOUT119) + list(LADAKHI_MEN_SECOND_HELDOUT119) + list(KARGIL_MEN_HELDOUT119),
        list(LADAKHI_WOMEN_SECOND_HELDOUT119) + list(KARGIL_WOMEN_HELDOUT119),
        list(KARGIL_FAMILY_HELDOUT119),
    ),
}
# public figures whose full names the lists could make or come near: never drawn (checked without marks and
# case)
PUBLIC_FIGURES_HELDOUT119 = {
    "Sajjad Kargili",
    "Asgar Ali Karbalai",
    "Anayat Ali",
    "Tolepbergen Kaipbergenov",
    "Ibroyim Yusupov",
    "Samora Machel",
    "Eduardo Mondlane",
    "Alfio Basile",
    "Gaspare Pisciotta",
    "Jigmet Namgyal",
}

# the name forms of each people; each is forced into the build whatever the seed
FORMS_HELDOUT119: dict[str, list[str]] = {
    "karakalpak": [
        "full",
        "kk_latin",
        "cyrillic",
        "surname_first",
        "patronymic",
        "uli",
        "initial",
        "nickname",
    ],
    "tsonga": ["full", "surname_comma", "initial", "double_barrelled", "mz_full", "mz_no_accent", "nickname"],
    "sicilian": ["full", "surname_first", "particle_merged", "accent_apostrophe", "initial", "nickname"],
    "ladakhi": ["full", "tibetan", "kargil", "urdu", "initial"],
}
FORCED_FORMS_HELDOUT119 = [(o, f) for o in ORIGINS_HELDOUT119 for f in FORMS_HELDOUT119[o]]
# the forms that only a chat sentence takes, and those only a form or a paper takes
CHAT_ONLY_FORMS_HELDOUT119 = {"nickname"}
FORM_ONLY_FORMS_HELDOUT119 = {"surname_first", "patronymic", "surname_comma"}
WOMEN_FORMS_HELDOUT119 = {"double_barrelled"}

# a title or kin word by a slot: (pattern, origin, woman (None: either), the part of the name it goes with)
TITLES_HELDOUT119: list[tuple[re.Pattern[str], str, bool | None, str]] = [
    (re.compile(r"\{\} aǵa\b"), "karakalpak", False, "given"),
    (re.compile(r"\{\} apa\b"), "karakalpak", True, "given"),
    (re.compile(r"\bManana \{\}"), "tsonga", True, "family"),
    (re.compile(r"\bTatana \{\}"), "tsonga", False, "family"),
    (re.compile(r"\bKokwana \{\}"), "tsonga", None, "full"),
    (re.compile(r"\bDona \{\}"), "tsonga", True, "mz_given"),
    (re.compile(r"(?i)\bzu \{\}"), "sicilian", False, "given"),
    (re.compile(r"(?i)\bza \{\}"), "sicilian", True, "given"),
    (re.compile(r"(?i)\bsignora \{\}"), "sicilian", True, "full"),
    (re.compile(r"\bAbi-le \{\}"), "ladakhi", True, "buddhist"),
    (re.compile(r"\bMeme-le \{\}"), "ladakhi", False, "buddhist"),
    (re.compile(r"\bAcho \{\}"), "ladakhi", False, "buddhist"),
    (re.compile(r"\{\}-le\b"), "ladakhi", None, "buddhist"),
]
TITLE_WORDS_HELDOUT119 = [
    "aǵa",
    "apa",
    "Manana",
    "Tatana",
    "Kokwana",
    "Dona",
    "zu",
    "za",
    "signora",
    "Abi-le",
    "Meme-le",
    "Acho",
    "-le",
]

# the templates that belong to one people's places, papers or speech (first match wins); a script decides
# first
ORIGIN_CUES_HELDOUT119: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[\u0400-\u04ff]"), "karakalpak"),
    (re.compile(r"[\u0f00-\u0fff\u0600-\u06ff]"), "ladakhi"),
    (
        re.compile(
            r"(?i)nukus|khodjeyli|xo'jayli|karakalpak|qaraqalpaq|tashkent|payme|\bclick\b|uzum|familiyasi|"
            r"hesh kimge|hech kimga|\bulı\b|urgench|beruniy|\bbazaar in nukus"
        ),
        "karakalpak",
    ),
    (
        re.compile(
            r"(?i)giyani|malamulele|limpopo|tsonga|shangaan|changana|xitsonga|xai-xai|chókwè|gaza|maputo|"
            r"intercape|citiliner|eldo|m-pesa|e-mola|joburg|johannesburg|park station|ressano|lebombo|"
            r"nome do|passageiro|\bsurname, first names|u nga byeli|tzaneen"
        ),
        "tsonga",
    ),
    (
        re.compile(
            r"(?i)palermo|catania|sicil|\bsais\b|interbus|etnea|messina|agrigento|cognome|nominativo|"
            r"\bnon dirlo|nuddu|\bzu\b|\bza\b|signora|autista|pullman|biglietto"
        ),
        "sicilian",
    ),
    (
        re.compile(
            r"(?i)\bleh\b|kargil|ladakh|julley|hrtc|jksrtc|manali|srinagar|zojila|\bmat batana|-le\b|"
            r"abi-le|meme-le|\bacho\b|redbus|sarchu|drass"
        ),
        "ladakhi",
    ),
]
GENDER_CUES_HELDOUT119: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(r"(?i)\b(she|her|hers|daughter|sister|mother|wife|grandmother|aunt|signora|la nonna)\b"),
        True,
    ),
    (re.compile(r"(?i)\b(he|his|him|son|brother|father|husband|grandfather|uncle)\b"), False),
]
# family-name-first leads: the lead word of a form -> its people
SURNAME_FIRST_LEADS_HELDOUT119 = {
    "Familiyasi, ismi": "karakalpak",
    "Ф.И.О.": "karakalpak",
    "Cognome e nome": "sicilian",
    "Surname, first names": "tsonga",
}

IBAN_BANKS_HELDOUT119: dict[str, tuple[list[str], str]] = {
    "IT": (["03069", "02008", "05036", "07601"], "17n"),  # Intesa, UniCredit, BAPR, Poste + CAB and account
    "DE": (["50010517", "37040044", "60050101"], "10n"),  # ING, Commerzbank, BW-Bank
    "KZ": (["722", "601", "914"], "13n"),  # Kaspi, Halyk, ForteBank
    "TR": (["000100", "000120", "000640"], "16n"),  # Ziraat, Halkbank, İşbank + the reserved digit
    "PT": (["0035", "0033", "0007"], "17n"),  # CGD, Millennium bcp, Novo Banco
    "GB": (["BARC", "HBUK", "LOYD", "NWBK"], "14n"),
    "AE": (["033", "026", "035"], "16n"),  # Mashreq, Emirates NBD, FAB
}
IBAN_BY_ORIGIN_HELDOUT119 = {
    "karakalpak": ["KZ", "TR"],
    "tsonga": ["PT", "GB"],
    "sicilian": ["IT", "IT", "DE"],
    "ladakhi": ["AE", "DE"],
}
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT119 = {
    "karakalpak": ["nukus", "aral", "amudarya", "xojeli", "karsu", "qqr"],
    "tsonga": ["giyani", "limpopo", "xaixai", "gaza", "shangaan", "mlml"],
    "sicilian": ["palermo", "catania", "etna", "trinacria", "mondello", "ct"],
    "ladakhi": ["leh", "kargil", "ladakh", "julley", "zanskar", "nubra"],
}
EMAIL_DOMAINS_HELDOUT119 = {
    "karakalpak": ["mail.ru", "karsu.uz", "inbox.ru", "gmail.com"],
    "tsonga": ["webmail.co.za", "ul.ac.za", "tvcabo.co.mz", "gmail.com"],
    "sicilian": ["libero.it", "virgilio.it", "unict.it", "unipa.it", "tiscali.it"],
    "ladakhi": ["rediffmail.com", "yahoo.co.in", "gmail.com"],
}

MISSPELT_HELDOUT119 = {
    "schedule": "shedule",
    "luggage": "lugage",
    "receipt": "reciept",
    "passenger": "passanger",
    "tomorrow": "tommorow",
    "separate": "seperate",
    "definitely": "definately",
}
MISSPELT_WORD_HELDOUT119 = re.compile(r"\b(" + "|".join(MISSPELT_HELDOUT119) + r")\b")
SHORTHAND_HELDOUT119 = {
    "please": "pls",
    "tomorrow": "tmrw",
    "perché": "xké",
    "também": "tb",
    "спасибо": "спс",
    "rahmet": "rhmt",
    "you": "u",
}
SHORTHAND_WORD_HELDOUT119 = re.compile(r"(?<!\w)(" + "|".join(SHORTHAND_HELDOUT119) + r")(?!\w)")

EN_MONTHS_HELDOUT119 = (
    "January February March April May June July August September October November December".split()
)
RUSSIAN_MONTHS_HELDOUT119 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
KARAKALPAK_MONTHS_HELDOUT119 = (
    "yanvar fevral mart aprel may iyun iyul avgust sentyabr oktyabr noyabr dekabr".split()
)
XITSONGA_MONTHS_HELDOUT119 = (
    "Sunguti Nyenyenyani Nyenyankulu Dzivamisoko Mudyaxihi Khotavuxika Mawuwani Mhawuri Ndzhati Nhlangula "
    "Hukuri N'wendzamhala"
).split()
PORTUGUESE_MONTHS_HELDOUT119 = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
)
ITALIAN_MONTHS_HELDOUT119 = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
)


def _fold(text: str) -> str:
    """Marks dropped as a keyboard without them types ('Custódio' -> 'Custodio', 'Zappalà' -> 'Zappala',
    'Dáwletmurat' -> 'Dawletmurat'); the dotless ı becomes i, ǵ g."""
    text = text.replace("ı", "i").replace("ǵ", "g").replace("Ǵ", "G")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _reads_public(value: str) -> bool:
    folded = _fold(value).lower()
    return any(_fold(p).lower() in folded for p in PUBLIC_FIGURES_HELDOUT119)


def _feminine(family: str) -> str:
    """A Karakalpak woman's family name in any script: '-ov' -> '-ova', '-ов' -> '-ова'."""
    return family + ("а" if family[-1] in "вВ" else "a")


def _patronymic(father: str, woman: bool) -> str:
    """The Russian-style patronymic of a Karakalpak father's passport name ('Ernazar' -> 'Ernazarovich',
    'Ernazarovna'; 'Bazarbay' -> 'Bazarbayevich', 'Bazarbayevna')."""
    stem = father + ("ev" if father.endswith("y") else "ov")
    return stem + ("na" if woman else "ich")


class Gen119(Gen3):
    """Generators for held-out set 119: hand-written names of four peoples in their own forms, and values of
    their regions after a name."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.cur: str | None = None  # the people of the name just drawn (the values after it follow it)
        self.cur_left = 0  # how many values after the name still follow it
        self.given: set[tuple[str, str]] = set()  # (origin, form) the build has given

    # --- names ---------------------------------------------------------------------------------------------
    def _draw(self, origin: str, woman: bool | None = None, kargil: bool | None = None) -> dict:
        """One person of `origin`: the parts every form is made from."""
        rng = self.rng
        woman = rng.random() < 0.5 if woman is None else woman
        if origin == "karakalpak":
            first = rng.choice(list(KARAKALPAK_WOMEN_HELDOUT119 if woman else KARAKALPAK_MEN_HELDOUT119))
            last = rng.choice(list(KARAKALPAK_FAMILY_HELDOUT119))
            father = rng.choice([m for m in KARAKALPAK_MEN_HELDOUT119 if m != first])
            return {"woman": woman, "first": first, "last": last, "father": father}
        if origin == "tsonga":
            mz_first = rng.choice(CHANGANA_WOMEN_HELDOUT119 if woman else CHANGANA_MEN_HELDOUT119)
            return {
                "woman": woman,
                "first": rng.choice(TSONGA_WOMEN_HELDOUT119 if woman else TSONGA_MEN_HELDOUT119),
                "last": rng.choice(TSONGA_FAMILY_HELDOUT119),
                "maiden": rng.choice(TSONGA_FAMILY_HELDOUT119),
                "mz_first": mz_first,
                "mz_father": rng.choice([m for m in CHANGANA_MEN_HELDOUT119 if m != mz_first]),
                "mz_last": rng.choice(CHANGANA_FAMILY_HELDOUT119),
            }
        if origin == "sicilian":
            city = rng.choice(["palermo", "catania"])
            return {
                "woman": woman,
                "first": rng.choice(SICILIAN_WOMEN_HELDOUT119 if woman else SICILIAN_MEN_HELDOUT119),
                "last": rng.choice(SICILIAN_FAMILY_HELDOUT119[city]),
            }
        kargil = rng.random() < 0.25 if kargil is None else kargil
        if kargil:
            return {
                "woman": woman,
                "kargil": True,
                "first": rng.choice(list(KARGIL_WOMEN_HELDOUT119 if woman else KARGIL_MEN_HELDOUT119)),
                "last": rng.choice(list(KARGIL_FAMILY_HELDOUT119)),
            }
        second = LADAKHI_WOMEN_SECOND_HELDOUT119 if woman else LADAKHI_MEN_SECOND_HELDOUT119
        return {
            "woman": woman,
            "kargil": False,
            "first": rng.choice(list(LADAKHI_FIRST_HELDOUT119)),
            "last": rng.choice(list(second)),
        }

    def form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name of `origin` in `form` (FORMS_HELDOUT119, or 'caps', 'given', 'family', 'mz_given' and
        'buddhist' for a title), never a public figure's."""
        for _ in range(50):
            value = self._form_once(origin, form, woman)
            if not _reads_public(value):
                return value
        return value

    def _nick(self, nicks: dict[str, str], women: list[str], woman: bool | None) -> str:
        """A short form from `nicks` of a woman's or a man's name (either if `woman` is None)."""
        keys = [k for k in nicks if woman is None or (k in women) == woman] or list(nicks)
        return nicks[self.rng.choice(keys)]

    def _form_once(self, origin: str, form: str, woman: bool | None) -> str:
        rng = self.rng
        if form == "double_barrelled":
            woman = True
        if origin == "karakalpak":
            if form == "nickname":
                return self._nick(KARAKALPAK_NICK_HELDOUT119, list(KARAKALPAK_WOMEN_HELDOUT119), woman)
            p = self._draw(origin, woman)
            first, last, w = p["first"], p["last"], p["woman"]
            names = KARAKALPAK_WOMEN_HELDOUT119 if w else KARAKALPAK_MEN_HELDOUT119
            kk_first, cy_first = names[first]
            kk_last, cy_last = KARAKALPAK_FAMILY_HELDOUT119[last]
            if w:
                last, kk_last, cy_last = _feminine(last), _feminine(kk_last), _feminine(cy_last)
            return {
                "full": f"{first} {last}",
                "kk_latin": f"{kk_first} {kk_last}",
                "cyrillic": f"{cy_first} {cy_last}",
                "surname_first": f"{last} {first}",
                "patronymic": f"{last} {first} {_patronymic(p['father'], w)}",
                "uli": f"{kk_first} {KARAKALPAK_MEN_HELDOUT119[p['father']][0]} {'qızı' if w else 'ulı'}",
                "initial": f"{first[0]}. {last}",
                "caps": f"{last} {first}".upper(),
                "given": rng.choice([first, kk_first]),
                "family": last,
            }[form]
        if origin == "tsonga":
            if form == "nickname":
                return self._nick(TSONGA_NICK_HELDOUT119, TSONGA_WOMEN_HELDOUT119, woman)
            p = self._draw(origin, woman)
            first, last = p["first"], p["last"]
            mz = f"{p['mz_first']} {p['mz_father']} {p['mz_last']}"
            maiden = p["maiden"] if p["maiden"] != last else "Mathonsi" if last != "Mathonsi" else "Nkuna"
            return {
                "full": f"{first} {last}",
                "surname_comma": f"{last.upper()}, {first}" if rng.random() < 0.5 else f"{last}, {first}",
                "initial": f"{first[0]}. {last}",
                "double_barrelled": f"{first} {maiden}-{last}",
                "mz_full": mz,
                "mz_no_accent": _fold(mz)
                if _fold(mz) != mz
                else _fold(f"Custódio {p['mz_father']} {p['mz_last']}"),
                "caps": rng.choice([f"{last} {first}", mz]).upper(),
                "given": first,
                "family": last,
                "mz_given": p["mz_first"],
            }[form]
        if origin == "sicilian":
            if form == "nickname":
                return self._nick(SICILIAN_NICK_HELDOUT119, SICILIAN_WOMEN_HELDOUT119, woman)
            p = self._draw(origin, woman)
            first, last = p["first"], p["last"]
            if form == "particle_merged":
                last = rng.choice(["Lo Cascio", "Li Causi", "Lo Monaco", "Di Stefano"])
                return f"{first} {last.replace(' ', '').capitalize()}"
            if form == "accent_apostrophe":
                return f"{first} Zappala'"
            return {
                "full": f"{first} {last}",
                "surname_first": f"{last} {first}",
                "initial": f"{first[0]}. {last}",
                "caps": f"{last} {first}".upper(),
                "given": rng.choice([first, first, SICILIAN_NICK_HELDOUT119.get(first, first)]),
                "family": last,
            }[form]
        # the Ladakhis
        kargil = {"kargil": True, "urdu": True, "tibetan": False, "buddhist": False}.get(form)
        p = self._draw(origin, woman, kargil)
        first, last = p["first"], p["last"]
        if p["kargil"]:
            script = {**KARGIL_MEN_HELDOUT119, **KARGIL_WOMEN_HELDOUT119, **KARGIL_FAMILY_HELDOUT119}
            return {
                "kargil": f"{first} {last}",
                "full": f"{first} {last}",
                "urdu": f"{script[first]} {script[last]}",
                "initial": f"{first[0]}. {last}",
                "caps": f"{first} {last}".upper(),
                "given": first,
                "family": last,
            }[form]
        second = LADAKHI_WOMEN_SECOND_HELDOUT119 if p["woman"] else LADAKHI_MEN_SECOND_HELDOUT119
        return {
            "full": f"{first} {last}",
            "buddhist": f"{first} {last}",
            "tibetan": f"{LADAKHI_FIRST_HELDOUT119[first]}་{second[last]}",
            "initial": f"{first[0]}. {last}",
            "caps": f"{first} {last}".upper(),
            "given": f"{first} {last}",
            "family": last,
        }[form]

    def _origin_of(self, template: str) -> str | None:
        for pattern, origin in ORIGIN_CUES_HELDOUT119:
            if pattern.search(template):
                return origin
        return None

    def person_for(self, template: str) -> str:
        """A name that suits `template`: a title's people, gender and part; a script's or a place's people; a
        form's family-name-first order; a chat sentence's nickname now and then."""
        rng = self.rng
        for pattern, origin, woman, part in TITLES_HELDOUT119:
            if pattern.search(template):
                self.cur, self.cur_left = origin, 3
                return self.form(origin, part, woman)
        woman = None
        for pattern, w in GENDER_CUES_HELDOUT119:
            if pattern.search(template):
                woman = w
                break
        origin = self._origin_of(template) or rng.choice(ORIGINS_HELDOUT119)
        lead = next((k for k in SURNAME_FIRST_LEADS_HELDOUT119 if k in template), None)
        if lead:
            origin = SURNAME_FIRST_LEADS_HELDOUT119[lead]
            forms = {
                "karakalpak": ["surname_first", "patronymic", "caps"],
                "tsonga": ["surname_comma"],
                "sicilian": ["surname_first", "caps"],
            }[origin]
            if lead == "Ф.И.О.":
                forms = ["cyrillic"]
        elif re.search(r"[\u0400-\u04ff]", template):
            forms = ["cyrillic"]
        elif re.search(r"[\u0f00-\u0fff]", template):
            forms = ["tibetan"]
        elif re.search(r"[\u0600-\u06ff]", template):
            forms = ["urdu"]
        else:
            chat = _chat_like(template)
            forms = [f for f in FORMS_HELDOUT119[origin] if f not in {"cyrillic", "tibetan", "urdu"}]
            forms = [f for f in forms if (f not in FORM_ONLY_FORMS_HELDOUT119 or not chat)]
            forms = [f for f in forms if (f not in CHAT_ONLY_FORMS_HELDOUT119 or chat)]
            if woman is False:
                forms = [f for f in forms if f not in WOMEN_FORMS_HELDOUT119]
            forms += ["full", "full"]  # the plain full name stays the commonest
        form = rng.choice(forms)
        self.cur, self.cur_left = origin, 3
        self.given.add((origin, form))
        return self.form(origin, form, woman)

    def person(self) -> str:
        return self.person_for("{}")

    def _lower(self, origin: str) -> str:
        """A full name in lower case as chat types it, its marks dropped half the time."""
        for _ in range(50):
            value = self.form(origin, "mz_full" if origin == "tsonga" and self.rng.random() < 0.3 else "full")
            if self.rng.random() < 0.5:
                value = _fold(value)
            if len(value.lower()) == len(value):
                return value.lower()
        return value.lower()

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in capitals
        on a form and one in lower case in chat for each people, and any form the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT119:
            template = rng.choice(FORCED_SENTENCES_HELDOUT119[f"titled_{origin}"])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT119:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT119["upper"]), self.form(origin, "caps")))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT119["lower"]), self._lower(origin)))
        for origin, form in FORCED_FORMS_HELDOUT119:
            if (origin, form) in self.given:
                continue
            key = form if form in FORCED_SENTENCES_HELDOUT119 else f"{origin}_{form}"
            key = key if key in FORCED_SENTENCES_HELDOUT119 else "chat" if form == "nickname" else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT119[key]), self.form(origin, form)))
            self.given.add((origin, form))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    # --- values after a name -------------------------------------------------------------------------------
    def _origin_after_name(self) -> str:
        """The people of the name just drawn (then forgotten), or one at random."""
        if self.cur and self.cur_left > 0:
            self.cur_left -= 1
            return self.cur
        return self.rng.choice(ORIGINS_HELDOUT119)

    def address(self) -> str:
        rng, d = self.rng, self.d
        n, flat = rng.randint(1, 140), rng.randint(1, 80)
        shapes = {
            "karakalpak": [
                f"Nukus sh., {rng.choice(['Dosnazarov', 'Berdaq'])} ko'chasi, {n}-uy, {flat}-xonadon",
                f"г. Нукус, ул. {rng.choice(['Досназарова', 'Бердаха'])}, д. {n}, кв. {flat}",
                f"Xo'jayli tumani, {rng.choice(['Berdaq', 'Dosnazarov'])} ko'chasi, {n}-uy",
                f"Nókis q., Dosnazarov kóshesi, {n}-úy, {flat}-xana",
            ],
            "tsonga": [
                f"Stand No. {rng.randint(100, 2999)}, Section {rng.choice('ABCDEF')}, Giyani, 0826",
                f"House {rng.randint(10, 999)}, Xikundu Village, Malamulele, 0982",
                f"{rng.randint(10, 999)} Mhinga Village, Malamulele, 0982",
                f"Bairro {rng.randint(1, 11)}, Quarteirão {rng.randint(1, 40)}, Casa n.º {n}, Xai-Xai",
                f"Bairro Inhamissa, Casa n.º {n}, Xai-Xai",
                f"Bairro {rng.randint(1, 6)}, Casa n.º {n}, Chókwè",
            ],
            "sicilian": [
                f"Via Oreto {n}, 901{rng.choice(['27', '28'])} Palermo (PA)",
                f"Corso Calatafimi {n}, 90129 Palermo",
                f"Via Sampolo {n}, 90143 Palermo PA",
                f"Via Etnea {n}, 951{rng.choice(['24', '28', '29'])} Catania (CT)",
                f"Viale Mario Rapisardi {n}, 95123 Catania",
                f"Via Etnea, {n} - 95124 Catania",
            ],
            "ladakhi": [
                f"House No. {n}, Skara, Leh, Ladakh 194101",
                f"H. No. {n}, Chubi, Leh, Ladakh 194101",
                f"H. No. {n}, Ward No. {rng.randint(1, 13)}, Baroo, Kargil, Ladakh 194103",
                f"House No. {d(2)}, Baroo, Kargil 194103",
            ],
        }
        return rng.choice(shapes[self._origin_after_name()])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        p = self._draw(origin)
        first, last = _fold(p["first"]).lower(), _fold(p["last"]).lower().replace(" ", "").replace("'", "")
        subject = rng.choice(SUBJECTS_HELDOUT119[origin])
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{rng.randint(70, 99)}",
                f"{last}_{subject}",
                f"{first[0]}{last}",
                f"{subject}.{first}",
            ]
        )
        return f"{local}@{rng.choice(EMAIL_DOMAINS_HELDOUT119[origin])}"

    def phone(self) -> str:
        rng, d = self.rng, self.d
        origin = self._origin_after_name()
        shapes = {
            "karakalpak": [
                f"+998 {rng.choice(['90', '91', '93', '94', '97', '99', '88', '33'])} {d(3)} {d(2)} {d(2)}",
                f"+998 ({rng.choice(['91', '93', '97'])}) {d(3)}-{d(2)}-{d(2)}",
                f"{rng.choice(['91', '93', '99'])} {d(3)} {d(2)} {d(2)}",
                f"+998 61 22{d(1)} {d(2)} {d(2)}",
                f"(61) 22{d(1)}-{d(2)}-{d(2)}",
            ],
            "tsonga": [
                f"0{rng.choice(['72', '73', '76', '79', '82', '83', '71', '60', '65'])} {d(3)} {d(4)}",
                f"+27 {rng.choice(['72', '82', '83', '76'])} {d(3)} {d(4)}",
                f"015 812 {d(4)}",
                f"+258 {rng.choice(['84', '85', '86', '87', '82'])} {d(3)} {d(4)}",
                f"{rng.choice(['84', '86', '87'])} {d(3)} {d(4)}",
            ],
            "sicilian": [
                f"3{rng.choice(['33', '35', '38', '40', '47', '49', '66', '88', '92'])} {d(3)} {d(4)}",
                f"+39 3{rng.choice(['33', '47', '49', '93'])} {d(7)}",
                f"091 {rng.choice(['6', '5', '3'])}{d(6)}",
                f"095 {rng.choice(['7', '4', '3'])}{d(6)}",
                f"+39 095 {d(3)} {d(4)}",
            ],
            "ladakhi": [
                f"+91 {rng.choice(['94191', '94192', '94690', '70067', '60059'])} {d(5)}",
                f"{rng.choice(['94191', '94192', '96222'])}{d(5)}",
                f"01982-25{d(4)}",
                f"(01985) 23{d(4)}",
                f"+91-1982-{rng.choice(['25', '26'])}{d(4)}",
            ],
        }
        return rng.choice(shapes[origin])

    def card(self) -> str:
        """Visa, Mastercard 51-55 and 2-series, UzCard ('8600') and Humo ('9860') after a Karakalpak name,
        RuPay ('6521', '6522', '508') after a Ladakhi one; Luhn-valid, grouped in fours or run together."""
        rng = self.rng
        origin = self._origin_after_name()
        own = {"karakalpak": ["8600", "9860", "8600"], "ladakhi": ["6521", "6522", "508"]}.get(
            origin or "", []
        )
        prefix = rng.choice(["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", *own])
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        return " ".join(groups) if r < 0.55 else "-".join(groups) if r < 0.7 else num

    def iban(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        iban = _iban_of(rng, rng.choice(IBAN_BY_ORIGIN_HELDOUT119[origin]))
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice(
            [
                f.ipv4_public(),
                f.ipv4_public(),
                f"192.168.{rng.choice([0, 1, 8, 100])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 40)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            ]
        )

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice(
            [
                f"2a00:1cb8:{h()}:{h()}::{h()}",
                f"2c0f:f4c0:{h()}:{h()}::{h()}",
                f"2a01:e11:{h()}:{h()}::{h()}",
                f"2401:4900:{h()}:{h()}::{h()}",
                f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}",
            ]
        )

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the booking server, the coach's Wi-Fi router, the ticket office's PC,
        the GPS tracker, sshd and nginx logs, the booking site's login alerts; v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the router on the Nukus-Tashkent coach is {}, restart it at the Beruniy stop", v4),
            ("the ticket office PC in Giyani is on {}, the printer won't find it", v4),
            ("the GPS tracker on the Interbus coach reports from {}, the office can't see it", v4),
            ("redBus mailed me that someone logged in from {}, was it you?", rng.choice([v4, v6])),
            ("the booking server of the cooperative is {}, ask the agent in Leh for the key", v4),
            ("l'autista dice che il wifi del pullman è su {}", v4),
            ("роутер в автобусе {}, перезагрузи его", v4),
            ("o router da bilheteira em Xai-Xai é {}", v4),
            ("the Intercape kiosk at Park Station answers on {}", v4),
            ("the HRTC counter's PC at the Leh bus stand shows {} in the settings", v4),
            ("the booking bot runs on {}, don't restart it before the 6 o'clock coach", v6),
            ("$ ssh admin@{}", v4),
            ("$ ping -c 3 {}", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Jun  3 05:41:17 booking sshd[1904]: Failed password for root from {} port 40122 ssh2", v4),
            ('{} - - [03/Jun/2026:05:42:01 +0200] "POST /biglietti/login HTTP/1.1" 401 388', v4),
            ("gps_tracker_ip: {}", v4),
            ("BOOKING_DB_HOST={}", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w, c = self.rng, self.f().word, self.rng.choice
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1970, 2012)
        nick = c(["daulet", "sarsen", "khensi", "nhla", "gnazio", "aituzza", "jigmet", "chorol"])
        return c(
            [
                c(["Nukus", "Aral", "Amudarya", "Xojeli", "Berdaq"]) + c(["@61", "#uz", "_2025", "!!"]),
                c(["Giyani", "Limpopo", "XaiXai", "Gaza", "Shangaan"]) + c(["@015", "#ZA", "2026", "!!"]),
                c(["Palermo", "Catania", "Etna", "Trinacria", "Mondello"])
                + c(["@095", "#pa", "_2024", "!!"]),
                c(["Julley", "Leh", "Kargil", "Zanskar", "Khardung"]) + c(["@194", "#LA", "2025", "!!"]),
                c(["coach", "ticket", "luggage", "express", "station", "journey"]).translate(leet)
                + c(["", "!", "_119"]),
                nick + c([str(year), str(year)[2:], "123"]),
                f"{c(['Bus', 'Coach', 'Pullman', 'Taxi'])}{rng.randint(2019, 2026)}-"
                f"{c(['Wifi', 'Net', 'Go'])}{rng.randint(10, 99)}",
                f"{c(['seat', 'bay', 'route', 'pass'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Coach2025Wifi"
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            ("the wifi on the coach is Intercape_Guest, password {}", pw),
            ("my redBus password is {}, book the Manali seat for me", pw),
            ("the Interbus app password is {}, the tickets for Sunday are in there", pw),
            ("my FlixBus login is my gmail, password {}", pw),
            ("the Citiliner account password is {}, print the ticket at the office", pw),
            ("the code from Payme is {}, type it quick before it expires", d(6)),
            ("M-Pesa sent me {} as the code, pay the driver with it", d(6)),
            ("my M-Pesa PIN is {}, send the fare to the driver", d(4)),
            ("the e-Mola PIN for the shop phone is {}", d(4)),
            ("my UPI PIN is {}, book the JKSRTC ticket to Kargil from my phone", d(6)),
            ("the OTP for the SAIS ticket is {}", d(6)),
            ("Your Intercape verification code is {}. Do not share it.", d(6)),
            ("the code for the luggage locker at the station is {}", d(4)),
            # cues in the set's languages
            ("Payme paroli {}, hesh kimge aytpa", pw),
            ("Click kodi {}, hech kimga aytma", d(6)),
            ("пароль от вайфая в автобусе {}, никому не говори", pw),
            ("password ya wifi ya bazi i {}, u nga byeli munhu", pw),
            ("a senha do M-Pesa é {}, não digas a ninguém", d(4)),
            ("la password dell'app dei pullman è {}, non dirlo a nessuno", pw),
            ("a password ri l'app è {}, nun ci u diri a nuddu", pw),
            ("bus wale wifi ka password {} hai, kisi ko mat batana", pw),
            ("بس کے وائی فائی کا پاس ورڈ {} ہے، کسی کو مت بتانا", pw),
            # commands and pastes
            ("curl -u agent:{} https://booking.example/api/seats", colonless),
            ("WIFI:T:WPA;S:Coach_Wifi_12;P:{};;", colonless),
            ("TELEGRAM_BOT_TOKEN={}", f"{rng.randint(1000000000, 7999999999)}:AA{tok(33, b64)}"),
            ("PAYME_SECRET_KEY={}", tok(32, alnum)),
            ("REDBUS_PARTNER_KEY={}", tok(40, hexd)),
            ("TWILIO_AUTH_TOKEN={}", tok(32, hexd)),
            ("SMTP_PASSWORD={}", colonless),
            ("db_password: {}", colonless),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the booking apps, Telegram, Instagram, in shapes like 'daulet.kurbaniyazov',
        'giyani_ntsako', 'ignazio_pa88', 'jigmet.leh'."""
        rng = self.rng
        origin = self._origin_after_name()
        p = self._draw(origin)
        first, last = _fold(p["first"]).lower(), _fold(p["last"]).lower().replace(" ", "").replace("'", "")
        yy = rng.randint(80, 99) if rng.random() < 0.6 else rng.randint(0, 12)
        subject = rng.choice(SUBJECTS_HELDOUT119[origin])
        return rng.choice(
            [
                f"{first}.{last}",
                f"{subject}_{first}",
                f"{first}{last}{yy:02d}",
                f"{first}_{subject}{yy:02d}",
                f"{last}.{first[:3]}",
                f"{first}-{last}",
            ]
        )

    def _birth(self, oldest: int = 1945, youngest: int = 2012) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1945, youngest: int = 2012) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "dot": f"{day:02d}.{m:02d}.{y}",
            "kk_words": f"{y}-jıl {day}-{KARAKALPAK_MONTHS_HELDOUT119[m - 1]}",
            "ru_words": f"{day} {RUSSIAN_MONTHS_HELDOUT119[m - 1]} {y} г.",
            "iso": f"{y}-{m:02d}-{day:02d}",
            "en_words": f"{day} {EN_MONTHS_HELDOUT119[m - 1]} {y}",
            "ts_words": f"{day} {XITSONGA_MONTHS_HELDOUT119[m - 1]} {y}",
            "slash": f"{day:02d}/{m:02d}/{y}",
            "pt_words": f"{day} de {PORTUGUESE_MONTHS_HELDOUT119[m - 1]} de {y}",
            "it_words": f"{day} {ITALIAN_MONTHS_HELDOUT119[m - 1]} {y}",
            "dash": f"{day:02d}-{m:02d}-{y}",
            "in_short": f"{day:02d} {EN_MONTHS_HELDOUT119[m - 1][:3]} {y}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        own = {
            "karakalpak": ["dot"],
            "tsonga": ["iso", "slash"],
            "sicilian": ["slash"],
            "ladakhi": ["dash", "slash"],
        }
        return self._dob_shapes()[self.rng.choice(own[self._origin_after_name()])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a ticket, a child's fare
        or a pensioner's concession form, a paste; `chat` as in `ip_sample`."""
        s, kid, old = self._dob_shapes(), self._dob_shapes(2010, 2012), self._dob_shapes(1945, 1958)
        options = [
            ("Tug'ilgan sana: {}", s["dot"]),
            ("men {} tuwılǵanman, biletke jaz", s["kk_words"]),
            ("Дата рождения: {}", s["ru_words"]),
            ("my son was born {}, does he still get the child's fare to Tashkent?", kid["dot"]),
            ("Date of birth (YYYY-MM-DD): {}", s["iso"]),
            ("I was born on {}, put it on the Intercape booking", s["en_words"]),
            ("ndzi velekiwe hi {}, tsala swona eka thikithi", s["ts_words"]),
            ("Data de nascimento: {}", s["slash"]),
            ("nasci a {}, escreve no bilhete para Joanesburgo", s["pt_words"]),
            ("my gogo was born {}, she wants the pensioner's discount on the bus", old["en_words"]),
            ("Data di nascita: {}", s["slash"]),
            ("sono nato il {}, mettilo sul biglietto dell'Interbus", s["it_words"]),
            ("mia madre è nata il {}, ha diritto alla riduzione over 65 sul pullman", old["it_words"]),
            ("mio figlio è nato il {}, paga ridotto sul pullman per Palermo?", kid["slash"]),
            ("Date of Birth (DD-MM-YYYY): {}", s["dash"]),
            ("I was born {}, write it on the HRTC senior citizen concession form", old["in_short"]),
            ("DOB: {}", s["slash"]),
            ('    "passenger_dob": "{}",', s["iso"]),
            ("birth_date: {}", s["iso"]),
            ("passengers.csv: 119,Leh,{},seat 14", kid["iso"]),
        ]
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its real bank codes (IBAN_BANKS_HELDOUT119); mod-97 check. An
    Italian one starts with the national check letter (CIN) before the bank's ABI code."""
    banks, rest = IBAN_BANKS_HELDOUT119[country]
    count = int(rest[:-1])
    bban = rng.choice(banks) + "".join(rng.choice(string.digits) for _ in range(count))
    if country == "IT":
        bban = rng.choice(string.ascii_uppercase) + bban
    return _iban_from_bban(country, bban)


HELDOUT119_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on the night coach from Nukus to Tashkent, meet him at the station",
        "{} sells the tickets at the Nukus bus station, ask her for the front seats",
        "{} drives the shared taxi from the bazaar in Nukus to Khodjeyli",
        "{} aǵa said the Tashkent bus leaves at six, not seven",
        "{} apa sent the parcel with the driver to Urgench",
        "Familiyasi, ismi: {}",
        "Ф.И.О. пассажира: {}",
        "пассажир {} едет в Ташкент на 14 место",
        "{} booked the Intercape seat from Giyani to Joburg",
        "{} is waiting at Park Station with the blankets",
        "Manana {} sent the groceries to Malamulele on the Citiliner",
        "Tatana {} drives the taxi from Giyani to Tzaneen",
        "Kokwana {} wants the window seat on the bus to Maputo",
        "Dona {} vende os bilhetes em Xai-Xai",
        "Nome do passageiro: {}",
        "Surname, first names: {}",
        "{} took the 5 am bus from Chókwè to Maputo",
        "{} missed the Citiliner in Giyani, she is taking a taxi",
        "{} prende il pullman SAIS per Catania alle 7",
        "zu {} guida il pullman dell'AST per Agrigento da trent'anni",
        "za {} manda sempre la cassetta di arance col pullman per Palermo",
        "la signora {} ha perso la valigia sul pullman per Messina",
        "Cognome e nome: {}",
        "Nominativo: {}",
        "{} sells the Interbus tickets at the bar by the Catania station",
        "Abi-le {} is going to Kargil on the JKSRTC bus tomorrow",
        "Meme-le {} wants the seat behind the driver to Manali",
        "Acho {} drives the tempo traveller from Leh to Sarchu",
        "{}-le, julley, the bus to Kargil leaves at 5",
        "{} runs the redBus counter at the Leh bus stand",
        "མིང་: {}",
        "نام: {}",
        "{} came over the Zojila pass on the bus from Srinagar",
        "Passenger name: {}",
        "Passenger: {}",
        "NAME OF PASSENGER: {}",
        "Driver: {}",
        "Booked by: {}",
        "can you ask {} if the bus left already?",
        "{} has my bag on the coach, call her",
        "{} is the driver tonight, he knows the road",
        "{} will pick us up at the bus station",
        "remind me to pay {} for the ticket",
        "{} sat next to me the whole way and never stopped talking",
        "tell {} the coach is two hours late",
        "{} left his phone on the bus",
        "{} and the kids are on the 8 o'clock coach",
        "I gave {} the money for the return ticket",
        "{} wants a refund for the cancelled bus",
        "ticket holder: {}",
        "| {} | seat 14 | Leh - Manali | paid |",
        '{"passenger": "{}", "seat": "12B"}',
        "passenger_name: {}",
    ],
    "STREET_ADDRESS": [
        "send the parcel with the driver to {}",
        "the taxi picks me up at {} at 4 in the morning",
        "my grandmother lives at {}, the bus stops near her",
        "drop the suitcase at {}, I'll collect it",
        "the refund letter went to {}",
        "can the coach stop near {}?",
        "Address: {}",
        "Delivery address: {}",
        "Адрес: {}",
        "Manzil: {}",
        "Endereço: {}",
        "Indirizzo: {}",
        "Permanent address: {}",
        "address: {}",
    ],
    "EMAIL_ADDRESS": [
        "send the e-ticket to {}",
        "the booking confirmation went to {}, check the spam",
        "my redBus account is {}",
        "write to {} about the lost bag",
        "the refund goes through {}",
        "E-mail: {}",
        "Email: {}",
        "Эл. почта: {}",
        "e-mail: {}",
        "Posta elettronica: {}",
        "contact_email: {}",
        "CC: {}",
    ],
    "PHONE_NUMBER": [
        "call the driver on {} when you get to the stop",
        "the taxi man's number is {}",
        "my number on the bus is {}, the other one is off",
        "text me at {} when the coach leaves",
        "the ticket office number is {}, ask for the front seats",
        "call {} for the parcel",
        "Phone: {}",
        "Tel.: {}",
        "Телефон: {}",
        "Telemóvel: {}",
        "Cellulare: {}",
        "Mobile No.: {}",
        "phone: {}",
        "Contact: {}",
    ],
    "CREDIT_CARD": [
        "I paid the ticket with {}, the bank sent no receipt",
        "pay the seats with my card {}",
        "the refund goes back to {}",
        "my card is {}, book two seats",
        "use {} for the luggage fee",
        "they charged {} twice for the same ticket",
        "Card number: {}",
        "Karta raqami: {}",
        "Номер карты: {}",
        "Numero carta: {}",
        "card_number: {}",
        "Card: {}",
    ],
    "IBAN_CODE": [
        "the refund for the cancelled coach goes to {}",
        "send the money for the ticket to {}",
        "my account for the driver's wages is {}",
        "pay the agency in {}",
        "put the fare for mum in {}",
        "IBAN: {}",
        "IBAN del beneficiario: {}",
        "NIB/IBAN: {}",
        "Account (IBAN): {}",
        "iban: {}",
        "Bankverbindung: {}",
        "IBAN Number: {}",
    ],
    "USERNAME": [
        "my redBus username is {}",
        "find me on Telegram as @{}",
        "the Interbus login is {}",
        "log in as {} and check the seats",
        "the Citiliner account is under {}",
        "follow the driver on Instagram, he's @{}",
        "my FlixBus user is {}",
        "Username: {}",
        "Login: {}",
        "Логин: {}",
        "Nome utente: {}",
        "user: {}",
        "username={}",
    ],
}

HELDOUT119_MIXED = [
    ("Passenger name: {}\nDate of birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name: {}\nE-mail: {}\nPassword: {}", ["PERSON", "EMAIL_ADDRESS", "SECRET"]),
    ("Ф.И.О.: {}\nДата рождения: {}\nАдрес: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Familiyasi, ismi: {}\nTelefon: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Nome do passageiro: {}\nTelemóvel: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Cognome e nome: {}\nData di nascita: {}\nIndirizzo: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Surname, first names: {}\nDate of birth: {}\nCell: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("{} paid for the two seats with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the refund in {}", ["PERSON", "IBAN_CODE"]),
    ("the driver is {}, {}, and wants the parcel money in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("redBus login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Agent: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) booked the seats", ["PERSON", "EMAIL_ADDRESS"]),
    ("the agency charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the ticket to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, send the parcel there", ["PERSON", "STREET_ADDRESS"]),
    ("Account holder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the coach router is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("BOOKING_DB_HOST={}\nBOOKING_DB_USER={}\nBOOKING_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} sells the tickets and {} drives the coach", ["PERSON", "PERSON"]),
    ("{} wants the e-ticket sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Passenger: {}\nAddress: {}\nMobile: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
]

# the sentences forced into every build (a form the draws have not reached comes in one of them)
FORCED_SENTENCES_HELDOUT119: dict[str, list[str]] = {
    "titled_karakalpak": ["{} aǵa has the tickets for the Tashkent bus", "{} apa is on the bus to Nukus"],
    "titled_tsonga": [
        "Manana {} is on the bus from Giyani",
        "Tatana {} drives the Malamulele taxi",
        "Kokwana {} wants the front seat",
        "Dona {} está no machimbombo para Maputo",
    ],
    "titled_sicilian": [
        "zu {} ha perso il pullman per Catania",
        "za {} è sul pullman per Palermo",
        "la signora {} ha prenotato due posti sull'Interbus",
    ],
    "titled_ladakhi": [
        "Abi-le {} is on the bus to Kargil",
        "Meme-le {} wants the seat by the window",
        "Acho {} drives the Leh taxi",
        "{}-le, julley, the bus is here",
    ],
    "upper": ["PASSENGER NAME: {}", "NAME: {}", "PASSENGER: {}"],
    "lower": ["is {} on the bus yet?", "tell {} the coach is late", "{} has my ticket"],
    "form": ["Passenger name: {}", "Booked by: {}", "Ticket holder: {}"],
    "chat": ["{} is on the bus, call when you get to the stop", "did {} get a seat?"],
    "cyrillic": ["Ф.И.О.: {}", "пассажир: {}"],
    "tibetan": ["མིང་: {}"],
    "urdu": ["نام: {}"],
    "karakalpak_surname_first": ["Familiyasi, ismi: {}"],
    "karakalpak_patronymic": ["Familiyasi, ismi, otasining ismi: {}"],
    "karakalpak_uli": ["{} is going to Nukus on the night bus"],
    "tsonga_surname_comma": ["Surname, first names: {}"],
    "tsonga_mz_full": ["Nome do passageiro: {}"],
    "tsonga_mz_no_accent": ["Nome do passageiro: {}"],
    "sicilian_surname_first": ["Cognome e nome: {}"],
}

HELDOUT119_NEGATIVES = [
    # places, stations and passes
    "the Nukus bus station is next to the central bazaar",
    "Khodjeyli is half an hour from Nukus by shared taxi",
    "the Savitsky museum in Nukus is open until five",
    "the Aral Sea used to reach Moynaq, now the ships stand in the sand",
    "the coach from Nukus to Tashkent takes about 17 hours",
    "Giyani is the old capital of Gazankulu",
    "the Intercape coaches leave Park Station from bay 7",
    "Malamulele is on the road to the Punda Maria gate of the Kruger",
    "the border at Lebombo and Ressano Garcia is busy before Easter",
    "Xai-Xai is on the Limpopo river, the buses to Maputo stop at the market",
    "Chókwè grows rice on the irrigation scheme",
    "the SAIS coaches to Catania leave from Piazzetta Cairoli in Palermo",
    "Via Etnea goes straight up towards the volcano",
    "the Interbus stop is in front of Catania Centrale",
    "the Palermo airport shuttle runs every half hour",
    "the Leh bus stand is below the main bazaar",
    "Tanglang La is 5,328 metres, the coach stops for photos",
    "the Manali-Leh road is closed from November to May",
    "Zojila pass opens again in April most years",
    "Drass is said to be the second coldest inhabited place in the world",
    "Lamayuru monastery is on the way from Kargil to Leh",
    "the night halt is at Sarchu, in tents",
    # kin words, titles and naming customs
    "aǵa and apa after a given name mean elder brother and elder sister in Karakalpak",
    "Karakalpak names on passports end in -ov or -ova, in Karakalpak ulı means son of and qızı daughter of",
    "Manana and Tatana mean mother and father in Xitsonga, and are said to older people too",
    "Kokwana means grandparent in Xitsonga",
    "in Mozambique the father's first name often goes in the middle of a child's name",
    "zu and za are uncle and aunt in Sicilian, said to any older person",
    "on Italian forms the family name comes first",
    "Abi-le and Meme-le mean grandmother and grandfather in Ladakhi, Acho is elder brother",
    "-le after a name is a polite ending in Ladakhi, julley is hello",
    "many Ladakhis have two given names and no family name",
    # fares, numbers and models that are not personal data
    "the ticket to Tashkent costs 180,000 so'm, the front seats 200,000",
    "a seat on the Citiliner to Joburg is R 420",
    "the chapa from Xai-Xai to Maputo costs 450 meticais",
    "Palermo to Catania on the SAIS is 14,90 euros one way",
    "the HRTC bus from Manali to Leh is 1,550 rupees",
    "booking reference PNR 48213 is for two seats",
    "ticket number 0093381772 was cancelled",
    "seat 14A is by the window, 14B by the aisle",
    "route 512 goes via Beruniy and Urgench",
    "the coach leaves from bay 12 at 22:30",
    "fleet number 4417 is the old Yutong",
    "the Isuzu minibus has 22 seats",
    "the Mercedes Vito takes eight passengers",
    "the Irizar coach has a toilet and USB sockets",
    "platform 3 for the Tzaneen bus",
    "the parcel office closes at 18:00",
    "luggage over 20 kg is 50 rand extra",
    "invoice 2026/0419 from the bus company is paid",
    "order 55-1093 for the new seat covers",
    "timetable valid from 01.06.2026",
    "the summer timetable starts on 2026-06-15",
    "the fares go up on 01/07/2026",
    "the road to Leh opened on 12.05.2026 this year",
    "Karakalpakstan's day is 14 December",
    # placeholders and test values
    "the test card is 4111 1111 1111 1111, it books nothing",
    "the example IBAN in the manual is GB82 WEST 1234 5698 7654 32",
    "write to user@example.com in the test",
    "the docs use 192.0.2.10 for the booking server",
    "the example router is 2001:db8::1",
    "the password field says ********",
    "the default Wi-Fi password is on a sticker: password123",
    "set API_KEY=your-key-here before you run it",
    "the OTP is six digits and expires in five minutes",
    # everyday chat in the four peoples' languages
    "avtobus qashan ketedi?",
    "rahmet, jaqsı jol!",
    "спасибо, автобус уже уехал",
    "ndza fika, bazi ri hlwerile",
    "hi ta vona mundzuku",
    "o machimbombo já partiu",
    "il pullman è in ritardo di mezz'ora",
    "amunì, u pullman parti!",
    "julley, the bus is full today",
    "the bus is full, wait for the next one",
    "the coach was on time for once",
    "bring a blanket, the night bus over the passes is cold",
    "the driver stopped for tea at Beruniy",
]


def _typo119(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a travel word's well-known misspelling ('schedule' -> 'shedule', 'luggage'
    -> 'lugage', 'receipt' -> 'reciept', 'passenger' -> 'passanger') or chat shorthand ('please' -> 'pls',
    'tomorrow' -> 'tmrw', Italian 'perché' -> 'xké', Portuguese 'também' -> 'tb', Russian 'спасибо' -> 'спс').
    Only in sentences typed to the bot or a friend; a title or a kin word by a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT119.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT119[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT119.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT119[m.group(1)] + template[m.end() :]


def build_heldout119(seed: int = HELDOUT119_SEED) -> list[Example]:
    """Held-out set 119: `Gen119` values in `HELDOUT119_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen119.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen119(seed)
    examples = assemble_module_set(
        gen, HELDOUT119_TEMPLATES, HELDOUT119_MIXED, HELDOUT119_NEGATIVES, _typo119, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
