"""Held-out PII set 123 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout123": written by a separate author who did not change recognizers, never ran the scrubber on it, never
saw Kaizen's misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT123 is
empty, as for the sets before it; written at the same time as held-out 122 by another author, neither seeing
the other's set, and none of 122's peoples (the Dagbamba, Kabardians, Erzya and Marshallese) is drawn here).
The theme: dentists, dental clinics and orthodontists as patients, parents, dentists and clinic receptionists
talk about them: the appointment booking and its reminder, the patient registration form with a date of birth,
the treatment plan and the quote, the braces and the retainer, the emergency toothache call, the clinic's
patient portal login, the insurance, the payment plan and mobile money, the X-ray sent by e-mail, a fee paid
by card or to an account (the clinic's, a relative's abroad). The docstrings of held-out 27 to 121 were
grepped for 'dentist', 'dental', 'orthodont', 'tooth' and 'teeth': held-out 71 (health outside hospitals) had
dental front desks among a dozen places, and bench/pii.py's held-out 16 had dentists among a dozen everyday
errands; no set has taken dentists and orthodontists as its whole theme. Appointment, invoice, quote, receipt
and queue numbers, tooth numbers (FDI: 'tooth 36'), fees, doses and opening hours are no PII of TYPES: they
come only in negatives.

The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 121.py) and bench/pii.py.
The brief named the Shilha (Tashelhit speakers) of Agadir and Tiznit, but held-out 83 had the Tashelhit
acrobats of Sidi Ahmed ou Moussa and Tiznit as one of its four main peoples, so this set takes the Kalaallit
(Greenlanders) of Nuuk and Sisimiut in their place. The other Berber peoples were no way out: the Riffians
(held-out 94), Kabyles (29), Chaouis (75) and Mozabites (32) were taken; so were most peoples grepped after
them; the Greenlanders, like the Acholi, the Khakas and the Niueans the brief named, come up in bench/pii.py
only, in one short list each among dozens of peoples, and are no main people of a module set. This set leaves
out every name those lists hold and every name other sets hold that these peoples carry too: Greenlandic
'Ujarak' (and bench/pii.py's 'Aqqaluk', 'Nivi', 'Pipaluk', 'Aputsiaq', 'Naja', 'Inuk', 'Malik', 'Kuupik',
'Arnaq', 'Paninnguaq', 'Kleist', 'Lynge', 'Motzfeldt', 'Egede', 'Kuitse', 'Qujaukitsoq', 'Petrussen'); Acholi
'Ongom', 'Abalo', 'Ogwang' (and 'Okello', 'Akello', 'Ojok', 'Acen', 'Opiyo', 'Atim', 'Odongo', 'Lakot',
'Okot', 'Aber', 'Otim', 'Olara', 'Oryem', 'Lagu', 'Ocaya', 'Oyet', 'Komakech', 'Ojara', 'Labeja'); Khakas
'Kyzlasov', 'Shulbaev' and the Russian given names 'Spiridon', 'Prokopiy', 'Innokentiy', 'Gavriil', 'Arkadiy'
(whose Cyrillic 'Аркадий' an earlier set holds), 'Ulyana', 'Praskovya', 'Akulina', 'Feodosiya', 'Anisya';
Niuean 'Ioane', 'Tomasi', 'Atamu', 'Iosefa', 'Filipo', 'Kalolaine', 'Losa', 'Lupe', 'Salome', 'Hina', 'Moana',
'Mele' (and 'Lagi', 'Tavita', 'Moka', 'Hipa', 'Talagi', 'Vivian', 'Tukuitonga', 'Pulu', 'Lakatani',
'Jacobsen', 'Viliamu', 'Tongatule', 'Funaki', 'Halo'). The places were grepped the same way: Nuuk's
Aqqusinersuaq, Gulu's Acholi, Awich and Coronation roads, Abakan's Shchetinkina, Pushkina and Vyatkina
streets, Alofi's Tapeu, Amanau and Fonuakula, Niue's Liku and Auckland's Mangere, Otahuhu, Otara, Henderson
and Avondale come up earlier and are left out; none of the streets and villages taken here is in an earlier
set.

Hand-written lists of four peoples: the Kalaallit of Nuuk and Sisimiut (Greenlandic given names, with the
'-nnguaq' that makes a name little and dear, and the family names Greenlanders carry, many of them Danish or
German in origin: 'Aviaja Kreutzmann', 'Inunnguaq Heilmann'; a Danish form's 'Efternavn, fornavn'
('Kreutzmann, Aviaja'), initials as Danish papers write them ('A. Kreutzmann'), the given name in the old
orthography that older papers and older people keep ('Kâlêraĸ' for 'Kaaleeraq', 'Utdloriaĸ' for 'Ulloriaq',
'Inúnguaĸ' for 'Inunnguaq', with the kra 'ĸ' for 'q', a circumflex on a long vowel, an acute before a doubled
consonant and 'tdl' for 'll'), Danish 'fru', 'hr.' and 'tandlæge' before a family name and Greenlandic 'aanaa'
(grandmother) and 'aataa' (grandfather) before a given name, outside the span); the Acholi of Gulu and Kitgum
in Uganda (Acholi names that tell how a child came, a boy's mostly in 'O-' and a girl's in 'A-' or 'La-'
('Ocan' and 'Acan', 'Oloya' and 'Aloya'), two personal names and no inherited family name, so the second is
the name a person puts in a form's surname box: 'Ocan Olweny'; a Ugandan form's surname in capitals first
('OLWENY Ocan'), initials ('O. Olweny'), and 'Ladit' (an older man, sir), 'Mego' (an older woman), 'Lapwony'
(teacher) and 'Dr' before a name, outside the span); the Khakas of Abakan and Askiz (Russian given names and
Khakas family names in Russian form, in Cyrillic and in Latin letters: 'Трофим Топоев', 'Trofim Topoev', the
Russian form's family name, given name and patronymic ('Топоев Трофим Викентьевич'), the given name and
patronymic of polite address ('Глафира Ермолаевна'), a woman's family name in '-a', initials after the family
name ('Топоев Т. В.'), a foreign passport's ICAO spelling in capitals, family name first ('TOPOEV TROFIM',
'CHEBODAEVA EVDOKIIA'), and 'тётя', 'дядя' and 'доктор' before a name, outside the span); and the Niueans of
Alofi and of Auckland (Niuean given names, many of them biblical or English names in Niuean letters ('Mataio',
'Falani', 'Makalita'), and Niuean family names, which often began as a father's given name: 'Siniva Tohovaka',
a New Zealand form's 'Tohovaka, Siniva', a father's given name as the family name ('Siniva Mataio'), and
'Aunty', 'Uncle' and 'Dr' before a name, outside the span). No public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT123, checked without marks and case: Greenlandic singers and politicians, Acholi
politicians, Khakas scholars, Niuean premiers and ministers; the lists cannot make any of them). Every one of
those name forms, and names with a typo ('Kreuzmann', 'Okwnoga', 'Sunchugahsev', 'Pulehtoa'), is forced into
the build at least once whatever the seed (a form the draws have not reached comes in a sentence of its own),
and each people also gets a titled name, a name in capitals on a form and one in lower case in chat; the
address, the phone, the e-mail, the IBAN or the date of birth after a name mostly comes from that name's
region.

Names on papers in English ('Patient:', 'Surname, given names:', 'Name (SURNAME first):', 'Parent /
guardian:'), Danish ('Patientens navn:', 'Efternavn, fornavn:') and Russian ('ФИО:', 'Пациент:',
'Врач-стоматолог:'), a clinic's day list '| ... |' row, JSON and YAML; those regions' addresses ('Imaneq 12,
3900 Nuuk', 'B-1234, 3911 Sisimiut', 'Plot 12, Andrea Olal Road, Gulu City', 'Plot 7, Pandwong Division,
Kitgum Municipality', 'г. Абакан, ул. Чертыгашева, д. 12, кв. 45, 655017', 'Avatele village, Niue', '14 St
George Street, Papatoetoe, Auckland 2025'); phones (Greenland's '+299' with Nuuk's '3' lines and mobiles in
'2', '4' and '5', Sisimiut's '86'; Ugandan mobiles '+256 77', '78', '70', '75' and '07..', Gulu's '0471';
Russian mobiles '+7 9..' and '8 9..' and Abakan's '(3902)'; Niue's '+683 4...' lines, New Zealand mobiles
'021', '022', '027' and '+64 2.', Auckland's '(09)'); Visa (with the Visa/Dankort '4571'), Mastercard, Mir
('2200'-'2204') and Amex cards; IBANs: Greenland and Denmark for the Kalaallit, the United Kingdom and Germany
for an Acholi relative in London or Germany, Kazakhstan and Germany for a Khakas one (Uganda, Russia, Niue and
New Zealand have none, so a Niuean's transfer goes to any of these); IPs of the clinic's router, the X-ray
sensor's PC, the intraoral camera, the patient portal's login alerts, sshd and nginx lines, v4 and v6; logins
and secrets as patients and receptionists hand them over (the portal password, the waiting room's Wi-Fi, the
back door's code, an SMS code, a Mir PIN, a mobile money PIN), with cues in English, Danish ('sig det ikke til
nogen'), Greenlandic ('kimulluunniit oqaatiginagu'), Russian ('никому не говори'), Khakas ('кемге дее
чоохтаба'), Acholi ('pe iwac ki ngat mo') and Niuean ('ua talahau ke he taha'), a Wi-Fi QR string and .env
lines (a Twilio token, a Stripe key, a Telegram bot token, a SendGrid key, an AWS secret, a GitHub token);
dates of birth in each people's shapes (Danish '14-03-2009', '14.03.2009' and '14. marts 2009', Greenlandic
'14. marsi 2009', Ugandan '14/03/2009' and '14th March 2009', Russian '14.03.2009' and '14 марта 2009 г.', New
Zealand '14/03/2009' and '14 March 2009', an export's ISO date), drawn between fixed years (1950 to 2018) from
the set's own rng so the set builds the same on any day; typos as chat types them (a dental word's
misspelling: 'dentist' -> 'dentsit', 'retainer' -> 'retainor', 'toothache' -> 'toothace', Russian 'брекеты' ->
'брекиты'; chat shorthand: 'appointment' -> 'appt', 'because' -> 'coz', 'please' -> 'pls', Russian
'пожалуйста' -> 'пж', Danish 'hvad' -> 'hva', 'også' -> 'osse'); negatives with the same places, the titles
and kin words explained, the naming customs, fees in kroner, shillings, roubles and dollars, tooth numbers,
appointment, invoice, quote and receipt numbers, placeholder secrets, a test card, the example IBAN, a
placeholder e-mail, documentation IPs, dates that are no one's birthday and short everyday chat in Danish,
Greenlandic, Acholi, Russian, Khakas, Niuean and English.

Forms this author is unsure of, said here rather than guessed silently: the old Greenlandic orthography of the
given names is written by the rules as the author knows them ('Inúnguaĸ', 'Angúnguaĸ', 'Arnánguaĸ', 'Nivíka'
with the acute before a doubled consonant; 'Utdloriaĸ' with 'tdl'), not checked against a register; whether
'Tuperna' and 'Nivikka' are women's names and 'Salik' and 'Pavia' men's is from memory; 'aanaa' and 'aataa'
are the words for grandmother and grandfather, but how often they go before a given name is a guess; the
Greenlandic secret cue 'kimulluunniit oqaatiginagu' ('don't say it to anyone') and the birth-date cue
'inunngorfia' are the author's composition; Sisimiut's '86' numbers, its 'B-' house numbers and Nuuk's
'Qinngorput, 3905 Nuussuaq' are from memory. Gulu's Andrea Olal Road and Queens Avenue and Kitgum's Pandwong
and Pager divisions, and Gulu's '0471' are from memory; 'Mego' for an older woman is the author's best
understanding, and the Acholi cue 'pe iwac ki ngat mo' ('don't tell anyone') and 'obedo' ('is') are not
checked with a speaker. The Khakas carry Russian given names today; the common ones are all in earlier sets,
so the lists hold the older church names Khakas families gave ('Trofim', 'Yermolay', 'Glafira', 'Fevroniya'),
which suit the older patients; Abakan's postcodes are approximate, Khakas spellings of the family names with
the Khakas letters are left out for want of a source, and the Khakas cue 'кемге дее чоохтаба' ('don't tell
anyone') is the author's composition from Khakas words, as are the greetings 'Изен' and 'Алҷаңар' taken from
memory. The Niuean family names and given names are from memory of Niue's public notices (most sure:
'Tohovaka', 'Magatogia', 'Ikimau', 'Togahai', 'Pihigia', 'Motufoou', 'Tiakia', 'Pulehetoa'; less: 'Pavihi',
'Fuhiniu', 'Kalauni', 'Posimani', 'Falepeau', and 'Sisilia' and 'Pelenise', which are Tongan as well); the
Niuean cue 'ua talahau ke he taha' ('don't tell anyone') is the author's composition, and the farewell 'Koe
kia' and the Khakas New Year's name 'Chyl Pazy' in the negatives are from memory; whether Niue's mobiles start
with a '7' or a '5' the author does not know, so only Niue's '4' lines are drawn. The Danish registration
numbers in the DK IBANs ('2191', '3409') and Greenland's '6471' are given as the author recalls them.

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

HELDOUT123_SEED = 1236581
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT123: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT123 = ["kalaallit", "acholi", "khakas", "niuean"]
# the people whose names are written in Cyrillic as well as in Latin letters
CYRILLIC_ORIGINS_HELDOUT123 = ("khakas",)

# the Kalaallit: Greenlandic given names and the family names Greenlanders carry
KALAALLIT_MEN_HELDOUT123 = ["Inunnguaq", "Kaaleeraq", "Pavia", "Minik", "Angunnguaq", "Salik", "Ulloriaq"]
KALAALLIT_WOMEN_HELDOUT123 = ["Aviaja", "Ivalu", "Navarana", "Arnannguaq", "Nivikka", "Tuperna"]
KALAALLIT_FAMILY_HELDOUT123 = (
    "Kreutzmann Heilmann Berthelsen Lyberth Hammeken Korneliussen Sandgreen Olsvig Siegstad Jeremiassen "
    "Tobiassen Mathæussen Lennert Skifte Broberg Geisler".split()
)
# a given name in the old orthography (before 1973): kra for q, circumflex for a long vowel, an acute before a
# doubled consonant, 'tdl' for 'll'
OLD_ORTHOGRAPHY_HELDOUT123 = {
    "Kaaleeraq": "Kâlêraĸ",
    "Inunnguaq": "Inúnguaĸ",
    "Angunnguaq": "Angúnguaĸ",
    "Ulloriaq": "Utdloriaĸ",
    "Arnannguaq": "Arnánguaĸ",
    "Nivikka": "Nivíka",
}
# the Acholi: a boy's name mostly in 'O-', a girl's in 'A-' or 'La-'; the second name is the one a form's
# surname box holds
ACHOLI_MEN_HELDOUT123 = ["Ocan", "Okwera", "Oloya", "Onen", "Kidega", "Olanya", "Ocitti", "Opwonya"]
ACHOLI_WOMEN_HELDOUT123 = [
    "Acan",
    "Aloya",
    "Lanyero",
    "Lamunu",
    "Lalam",
    "Adong",
    "Anena",
    "Laker",
    "Aciro",
    "Lakica",
    "Aryemo",
    "Atoo",
]
ACHOLI_FAMILY_HELDOUT123 = (
    "Olweny Okeny Opoka Obol Akena Olum Latigo Anywar Obita Kilama Kinyera Otema Okwonga Opira Oketta Okidi "
    "Oceng".split()
)
# the Khakas: Russian given names and Khakas family names (Latin: Cyrillic; a woman's family name takes '-a')
KHAKAS_MEN_HELDOUT123 = {
    "Afanasiy": "Афанасий",
    "Trofim": "Трофим",
    "Yermolay": "Ермолай",
    "Vikentiy": "Викентий",
    "Nikanor": "Никанор",
    "Pankratiy": "Панкратий",
}
KHAKAS_WOMEN_HELDOUT123 = {
    "Agrafena": "Аграфена",
    "Evdokiya": "Евдокия",
    "Glafira": "Глафира",
    "Fevroniya": "Феврония",
}
KHAKAS_FAMILY_HELDOUT123 = {
    "Chebodaev": "Чебодаев",
    "Tokmashev": "Токмашев",
    "Topoev": "Топоев",
    "Sunchugashev": "Сунчугашев",
    "Kilchichakov": "Кильчичаков",
    "Borgoyakov": "Боргояков",
    "Sagalakov": "Сагалаков",
    "Chertykov": "Чертыков",
    "Tuguzhekov": "Тугужеков",
    "Arshanov": "Аршанов",
    "Ugdyzhekov": "Угдыжеков",
    "Chaptykov": "Чаптыков",
    "Kongarov": "Конгаров",
    "Ulturgashev": "Ултургашев",
    "Kyrzhinakov": "Кыржинаков",
    "Asochakov": "Асочаков",
    "Karachakov": "Карачаков",
    "Pobyzakov": "Побызаков",
}
# the patronymics a father's given name makes: ((Cyrillic man's, woman's), (Latin man's, woman's))
KHAKAS_PATRONYMICS_HELDOUT123 = {
    "Afanasiy": (("Афанасьевич", "Афанасьевна"), ("Afanasyevich", "Afanasyevna")),
    "Trofim": (("Трофимович", "Трофимовна"), ("Trofimovich", "Trofimovna")),
    "Yermolay": (("Ермолаевич", "Ермолаевна"), ("Yermolayevich", "Yermolayevna")),
    "Vikentiy": (("Викентьевич", "Викентьевна"), ("Vikentyevich", "Vikentyevna")),
    "Nikanor": (("Никанорович", "Никаноровна"), ("Nikanorovich", "Nikanorovna")),
    "Pankratiy": (("Панкратьевич", "Панкратьевна"), ("Pankratyevich", "Pankratyevna")),
}
# Russian passports' Latin letters (ICAO Doc 9303, used since 2014)
ICAO_HELDOUT123 = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
# the Niueans: Niuean given names and family names
NIUEAN_MEN_HELDOUT123 = ["Togia", "Mataio", "Falani", "Sakaria", "Solomona"]
NIUEAN_WOMEN_HELDOUT123 = ["Makalita", "Siniva", "Emeli", "Sisilia", "Pelenise"]
NIUEAN_FAMILY_HELDOUT123 = (
    "Tagelagi Sipeli Tohovaka Magatogia Ikimau Heka Kalauni Tatui Togahai Pavihi Fuhiniu Pihigia Motufoou "
    "Ainuu Tiakia Pulehetoa Hekau Posimani Falepeau".split()
)
# each origin: (men's given names, women's given names, family names), in Latin letters
NAMES_HELDOUT123: dict[str, tuple[list[str], list[str], list[str]]] = {
    "kalaallit": (KALAALLIT_MEN_HELDOUT123, KALAALLIT_WOMEN_HELDOUT123, KALAALLIT_FAMILY_HELDOUT123),
    "acholi": (ACHOLI_MEN_HELDOUT123, ACHOLI_WOMEN_HELDOUT123, ACHOLI_FAMILY_HELDOUT123),
    "khakas": (list(KHAKAS_MEN_HELDOUT123), list(KHAKAS_WOMEN_HELDOUT123), list(KHAKAS_FAMILY_HELDOUT123)),
    "niuean": (NIUEAN_MEN_HELDOUT123, NIUEAN_WOMEN_HELDOUT123, NIUEAN_FAMILY_HELDOUT123),
}
CYRILLIC_HELDOUT123 = {**KHAKAS_MEN_HELDOUT123, **KHAKAS_WOMEN_HELDOUT123, **KHAKAS_FAMILY_HELDOUT123}
# full names a draw must never give (checked without marks and case); the lists cannot make them, the guard
# keeps it so should a list grow: Greenlandic singers and politicians, Acholi politicians, Khakas scholars,
# Niuean premiers and ministers
PUBLIC_FIGURES_HELDOUT123 = {
    "Rasmus Lyberth",
    "Juaaka Lyberth",
    "Sara Olsvig",
    "Hans Enoksen",
    "Olara Otunnu",
    "Daniel Kidega",
    "Hilary Onek",
    "Beatrice Anywar",
    "Nikolai Katanov",
    "Viktor Butanaev",
    "Dalton Tagelagi",
    "Toke Talagi",
    "Mona Ainuu",
    "Crossley Tatui",
    "Halene Magatogia",
    "Pokotoa Sipeli",
}
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT123 = {
    "kalaallit": {"Kreutzmann": "Kreuzmann", "Korneliussen": "Kornelisen", "Jeremiassen": "Jeremiasen"},
    "acholi": {"Okwonga": "Okwnoga", "Kinyera": "Kinyerra", "Latigo": "Latgio"},
    "khakas": {"Sunchugashev": "Sunchugahsev", "Tuguzhekov": "Tuguzhekv", "Kilchichakov": "Kilchichkov"},
    "niuean": {"Pulehetoa": "Pulehtoa", "Magatogia": "Magatogai", "Motufoou": "Motufou"},
}
# a title or a kin word before the name (outside the span): the origins, whether a woman (None: either) and
# the part of the name it goes with
TITLED_HELDOUT123: dict[str, tuple[tuple[str, ...], bool | None, str]] = {
    "fru": (("kalaallit",), True, "family"),  # Danish: Mrs
    "hr.": (("kalaallit",), False, "family"),  # Danish: Mr
    "tandlæge": (("kalaallit",), None, "family"),  # Danish: dentist
    "aanaa": (("kalaallit",), True, "given"),  # Greenlandic: grandmother
    "aataa": (("kalaallit",), False, "given"),  # Greenlandic: grandfather
    "ladit": (("acholi",), False, "given"),  # Acholi: an older man, sir
    "mego": (("acholi",), True, "given"),  # Acholi: an older woman
    "lapwony": (("acholi",), None, "given"),  # Acholi: teacher
    "dr": (("acholi", "niuean", "kalaallit"), None, "family"),
    "тётя": (("khakas",), True, "given"),
    "дядя": (("khakas",), False, "given"),
    "доктор": (("khakas",), None, "family"),
    "aunty": (("niuean",), True, "given"),
    "uncle": (("niuean",), False, "given"),
}
TITLE_SLOT_HELDOUT123 = re.compile(
    r"(?<![\w'’])(fru|hr\.|tandlæge|aanaa|aataa|ladit|mego|lapwony|dr|тётя|дядя|доктор|aunty|uncle) \{\}",
    re.IGNORECASE,
)
# the name forms the build holds at least once each, whatever the seed
FORCED_FORMS_HELDOUT123 = [
    ("kalaallit", "full"),
    ("acholi", "full"),
    ("khakas", "latin"),
    ("niuean", "full"),
    ("khakas", "cyrillic"),
    ("kalaallit", "surname_first"),
    ("acholi", "surname_caps"),
    ("niuean", "surname_first"),
    ("khakas", "russian_form"),
    ("kalaallit", "old_orthography"),
    ("acholi", "initials"),
    ("niuean", "father_given"),
    ("khakas", "name_patronymic"),
    ("kalaallit", "initials"),
    ("khakas", "initials_cyr"),
    ("khakas", "female_latin"),
    ("khakas", "female_cyrillic"),
    ("khakas", "passport"),
    ("kalaallit", "typo"),
    ("acholi", "typo"),
    ("khakas", "typo"),
    ("niuean", "typo"),
]
# forms written in Cyrillic (they want a Cyrillic template; every other form wants a Latin one)
CYRILLIC_FORMS_HELDOUT123 = {"cyrillic", "russian_form", "name_patronymic", "female_cyrillic", "initials_cyr"}
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT123 = {"typo"}
FORM_ONLY_FORMS_HELDOUT123 = {
    "russian_form",
    "surname_first",
    "surname_caps",
    "initials",
    "initials_cyr",
    "passport",
}
# forms that only come where a form's lead asks for the family name first
LEAD_ONLY_FORMS_HELDOUT123 = {"russian_form", "surname_first", "surname_caps"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT123 = {"female_latin", "female_cyrillic"}
# the leads of forms that write the family name first: the origins and the form
SURNAME_FIRST_LEADS_HELDOUT123: dict[str, tuple[tuple[str, ...], str]] = {
    "ФИО": (("khakas",), "russian_form"),
    "Фамилия Имя Отчество": (("khakas",), "russian_form"),
    "Efternavn, fornavn": (("kalaallit",), "surname_first"),
    "Name (SURNAME first)": (("acholi",), "surname_caps"),
    "Surname, given names": (("niuean",), "surname_first"),
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT123: dict[str, list[str]] = {
    "kalaallit": [
        "fru {} wants the quote for the crown before she flies to Denmark",
        "tandlæge {} trækker visdomstanden på fredag",
        "aanaa {} needs a lift to the dentist in Sisimiut",
        "aataa {} lost his dentures on the flight from Nuuk",
    ],
    "acholi": [
        "Ladit {} paid for the extraction with mobile money",
        "Mego {} brought her grandson in with a toothache",
        "Lapwony {} takes the pupils to the dental camp in Kitgum",
    ],
    "khakas": [
        "тётя {} из Аскиза едет в Абакан к стоматологу",
        "дядя {} опять откладывает удаление зуба",
        "доктор {} принимает в Абакане по чётным дням",
    ],
    "niuean": [
        "Aunty {} from Alofi has her dentures fitted on Friday",
        "Uncle {} drives the kids to the dental van in Papatoetoe",
    ],
    "upper_kalaallit": ["Efternavn, fornavn: {}", "PATIENTENS NAVN: {}"],
    "upper_acholi": ["Name (SURNAME first): {}", "PATIENT NAME: {}"],
    "upper_khakas": ["ФИО: {}", "Name as in the passport: {}"],
    "upper_niuean": ["Surname, given names: {}", "PATIENT NAME: {}"],
    "lower_cyrillic": ["кстати {} уже записан(а) на пятницу, спс", "напомни пж: {}, снимок зуба в 10"],
    "lower_latin": ["fyi {} paid the deposit for the braces", "the check-up for {} is moved to friday pls"],
    "form_cyrillic": ["Пациент: {}", "Врач-стоматолог: {}", "Договор на лечение, заказчик: {}"],
    "chat_cyrillic": ["кстати, {} звонил(а) насчёт снимка", "{} записал(а) сына на брекеты"],
    "form_latin": ["Patient: {}", "Orthodontist: {}", "Patientens navn: {}"],
    "chat_latin": ["{} says the appointment is moved to Thursday", "did {} send the X-ray yet?"],
}

# IBAN countries: (bank codes, the rest of the BBAN: count and kind)
IBAN_BANKS_HELDOUT123: dict[str, tuple[list[str], str]] = {
    "GL": (["6471"], "10n"),  # GrønlandsBANKEN
    "DK": (["2191", "3409"], "10n"),  # Danish registration numbers (Nordea, Danske Bank, as recalled)
    "GB": (["NWBK", "BARC", "LOYD", "MIDL"], "14n"),  # NatWest, Barclays, Lloyds, HSBC: sort code, account
    "DE": (["10010010", "37040044", "50010517"], "10n"),  # Postbank, Commerzbank, ING
    "KZ": (["601", "722", "856"], "13n"),  # Halyk, Kaspi, Bank CenterCredit
}
IBAN_BY_ORIGIN_HELDOUT123: dict[str, list[str]] = {
    "kalaallit": ["GL", "DK"],
    "acholi": ["GB", "DE"],
    "khakas": ["KZ", "DE"],
    "niuean": [],  # Niue and New Zealand have no IBAN
}
# everyday words of this set by origin, used in e-mail addresses, logins and passwords
SUBJECTS_HELDOUT123 = {
    "kalaallit": ["nuuk", "sisimiut", "nanoq", "qajaq", "sermeq"],
    "acholi": ["gulu", "kitgum", "acholi", "lacor", "aswa"],
    "khakas": ["abakan", "khakasia", "sayan", "askiz", "enisey"],
    "niuean": ["niue", "alofi", "avatele", "hakupu", "tuapa"],
}
EMAIL_DOMAINS_HELDOUT123 = {
    "kalaallit": ["greennet.gl", "hotmail.com", "live.dk"],
    "acholi": ["yahoo.com", "outlook.com", "gu.ac.ug"],
    "khakas": ["mail.ru", "yandex.ru", "list.ru"],
    "niuean": ["xtra.co.nz", "hotmail.co.nz", "niue.nu"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT123: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)\bnuuk|sisimiut|greenland|grønland|kalaallit|tandlæge|tandklinik|tandregulering|\bfru\b|"
            r"\bhr\.|aanaa|aataa|qujanaq|efternavn|patientens|\bjeg\b|\bpå\b|\bog\b|\bhun\b|\bhan\b|denmark"
        ),
        "kalaallit",
    ),
    (
        re.compile(
            r"(?i)\bgulu\b|kitgum|lacor|acholi|uganda|\bladit\b|\bmego\b|lapwony|apwoyo|\bugx\b|mobile money|"
            r"\bmomo\b|surname first"
        ),
        "acholi",
    ),
    (re.compile(r"(?i)абакан|abakan|аскиз|askiz|хакас|khakas|passport"), "khakas"),
    (
        re.compile(
            r"(?i)\bniue|alofi|auckland|papatoetoe|manurewa|onehunga|\baunty\b|\buncle\b|fakaalofa|fakaaue|"
            r"\bwinz\b|given names"
        ),
        "niuean",
    ),
]
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT123: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"(?i)\bshe\b|\bher\b|herself|\bfru\b|aanaa|\bmego\b|\baunty\b|тётя|\bhun\b|\bhende\b|\bона\b|"
            r"\bеё\b|записалась|оплатила|пришла"
        ),
        True,
    ),
    (
        re.compile(
            r"(?i)\bhe\b|\bhis\b|\bhim\b|himself|\bhr\.|aataa|\bladit\b|\buncle\b|дядя|\bhan\b|\bham\b|"
            r"(?:записался|оплатил|пришёл|сказал|звонил)(?![\w(])|\bон\b|\bего\b"
        ),
        False,
    ),
]
# a dental word and its common misspelling
MISSPELT_HELDOUT123 = {
    "dentist": "dentsit",
    "orthodontist": "orthodentist",
    "retainer": "retainor",
    "receipt": "reciept",
    "tomorrow": "tommorow",
    "schedule": "schedual",
    "extraction": "extration",
    "toothache": "toothace",
    "wisdom": "wisdon",
    "anaesthetic": "anastetic",
    "брекеты": "брекиты",
    "пожалуйста": "пожалуста",
}
MISSPELT_WORD_HELDOUT123 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT123, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Russian, Danish
SHORTHAND_HELDOUT123 = {
    "appointment": "appt",
    "because": "coz",
    "please": "pls",
    "thanks": "thx",
    "tomorrow": "tmrw",
    "пожалуйста": "пж",
    "спасибо": "спс",
    "сейчас": "щас",
    "hvad": "hva",
    "også": "osse",
    "selvfølgelig": "selvf",
}
SHORTHAND_WORD_HELDOUT123 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT123, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT123 = (
    "January February March April May June July August September October November December".split()
)
DANISH_MONTHS_HELDOUT123 = (
    "januar februar marts april maj juni juli august september oktober november december".split()
)
GREENLANDIC_MONTHS_HELDOUT123 = (
    "januaari februaari marsi apriili maaji juuni juuli aggusti septembari oktobari novembari decembari"
).split()
RUSSIAN_MONTHS_HELDOUT123 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)


def _fold(text: str) -> str:
    """A Latin-letter name without its marks ('Kâlêraĸ' -> 'Kaleraĸ', 'Mathæussen' stays); Cyrillic stays."""
    out = []
    for c in text:
        if c.isascii() or not ("\u00c0" <= c <= "\u024f"):
            out.append(c)
            continue
        out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
    return "".join(out)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Mathæussen' ->
    'mathaeussen')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower().replace("æ", "ae").replace("ĸ", "q"))


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, marks and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT123)


def _cyr(name: str) -> str:
    """The Russian Cyrillic of a Khakas given or family name ('Topoev' -> 'Топоев')."""
    return CYRILLIC_HELDOUT123[name]


def _feminine(family: str) -> str:
    """A Russian-style family name as a woman carries it ('Topoev' -> 'Topoeva', 'Топоев' -> 'Топоева')."""
    return family + ("а" if re.search(r"[а-яё]$", family) else "a")


def _patronymic(father: str, woman: bool, cyrillic: bool) -> str:
    """A Russian patronymic from a father's given name ('Vikentiy' -> 'Викентьевич', 'Yermolay' ->
    'Yermolayevna')."""
    cyr, lat = KHAKAS_PATRONYMICS_HELDOUT123[father]
    return (cyr if cyrillic else lat)[int(woman)]


def _passport(cyrillic: str) -> str:
    """A Cyrillic name as a Russian foreign passport spells it, in capitals ('Евдокия' -> 'EVDOKIIA')."""
    return "".join(ICAO_HELDOUT123.get(c, c) for c in cyrillic.lower()).upper()


class Gen123(Gen3):
    """Generators for held-out set 123: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT123)  # the forms not given yet
        self._last_origin: str | None = None  # the origin of the name given last, for the values after it
        self._reads_left = 0

    def _set_origin(self, origin: str) -> None:
        self._last_origin, self._reads_left = origin, 2  # a sentence holds at most two values after a name

    def _origin_after_name(self) -> str | None:
        """The origin of the name just given (most of the time), so that the address, the phone, the e-mail,
        the IBAN or the date of birth after it belongs to the same place; None to draw from any."""
        origin = self._last_origin
        self._reads_left -= 1
        if self._reads_left <= 0:
            self._last_origin = None
        return origin if origin and self.rng.random() < 0.8 else None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) in Latin letters."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT123)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT123[origin]
        for _ in range(50):
            first, last = rng.choice(women if woman else men), rng.choice(lasts)
            if not _reads_public(f"{first} {last}"):
                break
        return origin, first, last, woman

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT123's)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT123:
            woman = True
        if form == "typo":
            typos = NAME_TYPOS_HELDOUT123[origin]
            _, first, _, woman = self._origin_name(origin, woman)
            last = typos[rng.choice(sorted(typos))]
            if origin in CYRILLIC_ORIGINS_HELDOUT123 and woman:
                last = _feminine(last)
            return f"{first} {last}"
        if form == "old_orthography":  # 'Kâlêraĸ Heilmann', 'Arnánguaĸ Lyberth'
            women = NAMES_HELDOUT123[origin][1]
            pool = [g for g in OLD_ORTHOGRAPHY_HELDOUT123 if woman is None or (g in women) == woman]
            first = rng.choice(pool or sorted(OLD_ORTHOGRAPHY_HELDOUT123))
            return f"{OLD_ORTHOGRAPHY_HELDOUT123[first]} {rng.choice(NAMES_HELDOUT123[origin][2])}"
        _, first, last, woman = self._origin_name(origin, woman)
        if origin in CYRILLIC_ORIGINS_HELDOUT123:
            father = rng.choice([g for g in NAMES_HELDOUT123[origin][0] if g != first])
            fam_lat = _feminine(last) if woman else last
            fam_cyr = _feminine(_cyr(last)) if woman else _cyr(last)
            if form in ("latin", "female_latin"):
                return f"{first} {fam_lat}"
            if form in ("cyrillic", "female_cyrillic"):
                return f"{_cyr(first)} {fam_cyr}"
            if form == "russian_form":
                return f"{fam_cyr} {_cyr(first)} {_patronymic(father, woman, True)}"
            if form == "name_patronymic":
                return f"{_cyr(first)} {_patronymic(father, woman, True)}"
            if form == "initials_cyr":
                return f"{fam_cyr} {_cyr(first)[0]}. {_cyr(father)[0]}."
            if form == "passport":  # 'TOPOEV TROFIM', 'CHEBODAEVA EVDOKIIA'
                return f"{_passport(fam_cyr)} {_passport(_cyr(first))}"
            raise KeyError(form)
        if form == "full":
            return f"{first} {last}"
        if form == "surname_first":  # a Danish or a New Zealand form: 'Kreutzmann, Aviaja'
            return f"{last}, {first}"
        if form == "surname_caps":  # a Ugandan form: 'OLWENY Ocan'
            return f"{last.upper()} {first}"
        if form == "initials":  # 'A. Kreutzmann', 'O. Olweny'
            return f"{first[0]}. {last}"
        if form == "father_given" and origin == "niuean":  # 'Siniva Mataio'
            return f"{first} {rng.choice([g for g in NAMES_HELDOUT123[origin][0] if g != first])}"
        raise KeyError(form)

    def _owed_for(self, origins: tuple[str, ...] | None, cyrillic: bool, chat: bool, lead_form: str | None):
        """The first owed (origin, form) a template can take: its origin, its script, chat or form."""
        for origin, form in self.owed:
            if origins and origin not in origins:
                continue
            if lead_form and form != lead_form:
                continue
            if not lead_form and form in LEAD_ONLY_FORMS_HELDOUT123:
                continue
            if (form in CYRILLIC_FORMS_HELDOUT123) != cyrillic:
                continue
            if chat and form in FORM_ONLY_FORMS_HELDOUT123 or not chat and form in CHAT_ONLY_FORMS_HELDOUT123:
                continue
            return origin, form
        return None

    def _plain_person(self, origin: str, woman: bool | None, cyrillic: bool) -> str:
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if origin in CYRILLIC_ORIGINS_HELDOUT123:
            if cyrillic:
                fam = _feminine(_cyr(last)) if woman else _cyr(last)
                if r < 0.55:
                    return f"{_cyr(first)} {fam}"
                if r < 0.75:
                    return _cyr(first)
                father = rng.choice([g for g in NAMES_HELDOUT123[origin][0] if g != first])
                return f"{_cyr(first)} {_patronymic(father, woman, True)}"
            fam = _feminine(last) if woman else last
            return f"{first} {fam}" if r < 0.7 else first if r < 0.9 else fam
        return f"{first} {last}" if r < 0.7 else first if r < 0.9 else last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it, one of the
        origin whose places, papers or speech the template names, in its script."""
        rng = self.rng
        cyrillic = bool(re.search(r"[\u0400-\u04ff]", template))
        m = TITLE_SLOT_HELDOUT123.search(template)
        if m:
            origins, woman, part = TITLED_HELDOUT123[m.group(1).lower()]
            origin = rng.choice(origins)
            if len(origins) > 1:
                cued = next((o for cue, o in ORIGIN_CUES_HELDOUT123 if cue.search(template)), None)
                origin = cued if cued in origins else origin
            self._set_origin(origin)
            _, first, last, woman = self._origin_name(origin, woman)
            if origin in CYRILLIC_ORIGINS_HELDOUT123 and cyrillic:
                if part == "family":
                    return _feminine(_cyr(last)) if woman else _cyr(last)
                return _cyr(first)
            return last if part == "family" else first
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT123 if cue.search(template)), None)
        lead = next((k for k in SURNAME_FIRST_LEADS_HELDOUT123 if template.startswith(k)), None)
        origins: tuple[str, ...] | None = None
        lead_form = None
        if lead:
            origins, lead_form = SURNAME_FIRST_LEADS_HELDOUT123[lead]
        cued = next((o for cue, o in ORIGIN_CUES_HELDOUT123 if cue.search(template)), None)
        if cyrillic:
            origins = CYRILLIC_ORIGINS_HELDOUT123
        elif cued and not lead:
            origins = (cued,)
        owed = self._owed_for(origins, cyrillic, chat, lead_form)
        if owed and not (woman is False and owed[1] in WOMEN_FORMS_HELDOUT123):
            self.owed.remove(owed)
            self._set_origin(owed[0])
            return self._form(owed[0], owed[1], woman)
        origin = rng.choice(origins) if origins else rng.choice(ORIGINS_HELDOUT123)
        self._set_origin(origin)
        if lead_form:
            return self._form(origin, lead_form, woman)
        name = self._plain_person(origin, woman, cyrillic)
        if chat and rng.random() < 0.05:
            return name.lower()
        return name

    def _caps(self, origin: str) -> list[tuple[str, str]]:
        """(lead, name) in capitals as a form or a passport writes it: a Khakas name both on a Russian form
        and as the foreign passport spells it."""
        leads = FORCED_SENTENCES_HELDOUT123[f"upper_{origin}"]
        if origin in CYRILLIC_ORIGINS_HELDOUT123:  # 'ФИО: {}', 'Name as in the passport: {}'
            return [
                (leads[0], self._form(origin, "russian_form").upper()),
                (leads[1], self._form(origin, "passport")),
            ]
        form = "surname_caps" if origin == "acholi" else "surname_first"
        return [(self.rng.choice(leads), self._form(origin, form).upper())]

    def _lower(self, origin: str) -> str:
        """A full name in lower case as chat types it."""
        if origin in CYRILLIC_ORIGINS_HELDOUT123:
            return self._form(origin, "cyrillic").lower()
        return self._form(origin, "full").lower()

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form (a Khakas one also as the passport spells it) and one in lower case in chat for
        each people, and any form of FORCED_FORMS_HELDOUT123 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT123:
            template = rng.choice(FORCED_SENTENCES_HELDOUT123[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT123:
            filled += self._caps(origin)
            key = "lower_cyrillic" if origin in CYRILLIC_ORIGINS_HELDOUT123 else "lower_latin"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT123[key]), self._lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            script = "cyrillic" if form in CYRILLIC_FORMS_HELDOUT123 else "latin"
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT123 else "form"
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT123[f"{kind}_{script}"]), self._form(origin, form))
            )
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _regional(self, shapes: dict[str, list]) -> list:
        origin = self._origin_after_name()
        return shapes[origin] if origin else [s for k in shapes for s in shapes[k]]

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, k = rng.randint(1, 80), rng.randint(1, 140)
        village = pick(["Avatele", "Hakupu", "Lakepa", "Mutalau", "Tuapa", "Makefu", "Vaiea"])
        shapes = {
            "kalaallit": [
                f"Imaneq {n}, 3900 Nuuk",
                f"Tuapannguit {n}, 3900 Nuuk",
                f"Nuukullak {n}, 3900 Nuuk",
                f"B-{rng.randint(1000, 3999)}, Qinngorput, 3905 Nuussuaq",
                f"B-{rng.randint(100, 1999)}, 3911 Sisimiut",
                f"Postboks {rng.randint(10, 999)}, 3911 Sisimiut",
            ],
            "acholi": [
                f"Plot {n}, Andrea Olal Road, Gulu City",
                f"Plot {n}, Queens Avenue, Gulu City",
                f"Pece-Laroo Division, Gulu City, P.O. Box {rng.randint(10, 999)}",
                f"Plot {n}, Bardege-Layibi Division, Gulu City",
                f"Plot {n}, Pandwong Division, Kitgum Municipality",
                f"Pager Division, Kitgum, P.O. Box {rng.randint(10, 499)}",
            ],
            "khakas": [
                f"г. Абакан, ул. Чертыгашева, д. {n}, кв. {k}, 655017",
                f"г. Абакан, ул. Хакасская, д. {n}, кв. {k}, 6550{rng.randint(10, 19)}",
                f"г. Абакан, ул. Аскизская, д. {n}, 655004",
                f"Республика Хакасия, г. Абакан, ул. Катанова, д. {n}, кв. {k}, 655017",
                f"ul. Chertygasheva {n}, kv. {k}, Abakan, Khakassia 655017",
            ],
            "niuean": [
                f"{village} village, Niue",
                f"PO Box {rng.randint(10, 399)}, Alofi, Niue",
                f"{n} St George Street, Papatoetoe, Auckland 2025",
                f"{n} Weymouth Road, Manurewa, Auckland 2102",
                f"{rng.randint(1, 9)}/{n} Onehunga Mall, Onehunga, Auckland 1061",
                f"{n} Dominion Road, Mount Roskill, Auckland 1041",
            ],
        }
        return pick(self._regional(shapes))

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        fam = _feminine(last) if origin in CYRILLIC_ORIGINS_HELDOUT123 and woman else last
        first, fam = _plain(first), _plain(fam)
        subject = rng.choice(SUBJECTS_HELDOUT123[origin])
        user = rng.choice(
            [
                f"{first}.{fam}",
                f"{first[:1]}.{fam}{rng.randint(1, 99):02d}",
                f"{first}{fam}{rng.randint(1, 99)}",
                f"{fam}.{first[:1]}",
                f"{first}_{subject}",
                f"{subject}.{first}",
                f"{first}{rng.randint(1950, 2012)}",
            ]
        )
        return f"{user}@{rng.choice(['gmail.com', *EMAIL_DOMAINS_HELDOUT123[origin]])}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        shapes = {
            "kalaallit": [
                f"+299 3{d(1)} {d(2)} {d(2)}",
                f"+299 {pick('245')}{d(1)} {d(2)} {d(2)}",
                f"{pick('245')}{d(1)} {d(2)} {d(2)}",
                f"+299 86 {d(2)} {d(2)}",
            ],
            "acholi": [
                f"+256 7{pick(['7', '8', '0', '5'])}{d(1)} {d(3)} {d(3)}",
                f"07{pick(['7', '8', '0', '5'])}{d(1)} {d(3)}{d(3)}",
                f"07{pick(['7', '8', '0', '5'])}{d(1)} {d(3)} {d(3)}",
                f"0471 {d(3)} {d(3)}",
            ],
            "khakas": [
                f"+7 9{pick(['13', '23', '83', '02', '50', '60'])} {d(3)}-{d(2)}-{d(2)}",
                f"8 9{pick(['13', '23', '83', '02', '50', '60'])} {d(3)} {d(2)} {d(2)}",
                f"8 (3902) {d(2)}-{d(2)}-{d(2)}",
                f"+7 (3902) {d(2)}-{d(2)}-{d(2)}",
            ],
            "niuean": [
                f"+683 4{d(3)}",
                f"02{pick('127')} {d(3)} {d(4)}",
                f"+64 2{pick('127')} {d(3)} {d(4)}",
                f"(09) {d(3)} {d(4)}",
                f"+64 9 {d(3)} {d(4)}",
            ],
        }
        return pick(self._regional(shapes))

    def card(self) -> str:
        rng = self.rng
        mir = f"220{rng.randint(0, 4)}"
        prefix = rng.choice(
            ["4", "4571", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", mir, mir, "34", "37"]
        )
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        return " ".join(groups) if r < 0.6 else "-".join(groups) if r < 0.7 else num

    def iban(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        own = IBAN_BY_ORIGIN_HELDOUT123[origin] if origin else []
        code = rng.choice(own or sorted(IBAN_BANKS_HELDOUT123))
        iban = _iban_of(rng, code)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice(
            [
                f.ipv4_public(),
                f.ipv4_public(),
                f"192.168.{rng.choice([0, 1, 10, 88])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            ]
        )

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice(
            [
                f"2a00:1fa0:{h()}:{h()}::{h()}",
                f"2c0f:fb50:{h()}:{h()}::{h()}",
                f"2404:4400:{h()}:{h()}::{h()}",
                f"2a0e:97c0:{h()}:{h()}::{h()}",
            ]
        )

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the clinic's router, the X-ray sensor's PC, the intraoral camera, the
        patient portal's login alerts, sshd and nginx lines; v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the router at the dental clinic is on {}, restart it before the first patient", v4),
            ("the patient portal says someone logged in from {}, was that you?", rng.choice([v4, v6])),
            ("the X-ray sensor's PC answers on {}, the images won't load", v4),
            ("the intraoral camera streams from {}, open it on the big screen", v4),
            ("роутер в стоматологии на {}, перезагрузи пж", v4),
            ("компьютер с рентгеном в кабинете на {}, зайди с ноутбука", v4),
            ("routeren på tandklinikken står på {}", v4),
            ("the reception printer is on {}, print the quote there", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ssh reception@{}", v4),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Mar 14 08:02:11 clinic-srv sshd[2211]: Failed password for root from {} port 50122 ssh2", v4),
            ('{} - - [14/Mar/2026:08:15:40 +1300] "POST /portal/login HTTP/1.1" 302 512', v4),
            ("pacs_host: {}", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, pick = self.rng, self.rng.choice
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1955, 2012)
        places = {
            "kalaallit": (["Nanoq", "Qajaq", "Sermeq", "Nuuk"], ["@3900", "#kl", "_2025", "!!"]),
            "acholi": (["Aswa", "Gulu", "Kitgum", "Lacor"], ["@256", "#ug", "2025", "!!"]),
            "khakas": (["Sayan", "Abakan", "Enisey", "Askiz"], ["@19", "#khak", "_2024", "!!"]),
            "niuean": (["Alofi", "Avatele", "Hakupu", "Tuapa"], ["@683", "#nu", "2025", "!!"]),
        }
        words, tails = places[pick(ORIGINS_HELDOUT123)]
        nick = pick(["aviaja", "minik", "ocan", "lanyero", "trofim", "glafira", "siniva", "togia"])
        return pick(
            [
                f"{pick(words)}{pick(tails)}",
                f"{pick(words)}{pick(tails)}",
                pick(["molar", "braces", "smile", "enamel", "zubik"]).translate(leet)
                + pick(["", "!", "_123"]),
                f"{nick}{pick([str(year), str(year)[2:], '123'])}",
                f"{pick(['Clinic', 'Tandklinik', 'Dental', 'Stomat'])}{rng.randint(2019, 2026)}-"
                f"{pick(['Wifi', 'Net', 'Gaest'])}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Clinic2024Wifi"
        alnum = string.ascii_letters + string.digits
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            ("the patient portal password is {}, check when my next appointment is", pw),
            ("the wifi in the waiting room is {}, it's on the poster by the door", pw),
            ("the code for the clinic's back door is {}, the cleaners come at six", d(4)),
            ("my bank sent the code {} for the dentist's bill, read it to me quick", d(6)),
            ("my mobile money PIN is {}, pay the dentist the 80k please", d(4)),
            ("the password is {}, don't tell anyone", pw),
            ("koden til tandklinikkens portal er {}, sig det ikke til nogen", pw),
            ("wifi-koden på tandklinikken er {}, kimulluunniit oqaatiginagu", pw),
            ("пароль от личного кабинета стоматологии {}, никому не говори", pw),
            ("код из СМС {}, никому не сообщайте", d(6)),
            ("ПИН от карты Мир {}, оплати брекеты", d(4)),
            ("пароль {}, кемге дее чоохтаба", pw),
            ("password me portal obedo {}, pe iwac ki ngat mo", pw),
            ("ko e password {}, ua talahau ke he taha", pw),
            ("WIFI:T:WPA;S:Tandklinik_Nuuk;P:{};;", colonless),
            ("TWILIO_AUTH_TOKEN={}", tok(32, "0123456789abcdef")),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("TELEGRAM_BOT_TOKEN={}", f"{rng.randint(1000000000, 7999999999)}:AA{tok(33, b64)}"),
            ("SENDGRID_API_KEY={}", "SG." + tok(22, b64) + "." + tok(43, b64)),
            ("AWS_SECRET_ACCESS_KEY={}", tok(40, alnum + "/+")),
            ("GITHUB_TOKEN={}", "ghp_" + tok(36, alnum)),
            ("SMTP_PASSWORD={}", colonless),
            ("Password: {}", pw),
            ("Пароль: {}", pw),
            ("Adgangskode: {}", pw),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the patient portal, Instagram, Telegram, VK, Facebook ('trofim.topoev',
        'nuuk_aviaja')."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        if origin in CYRILLIC_ORIGINS_HELDOUT123 and woman:
            last = _feminine(last)
        first, last = _plain(first), _plain(last)
        yy = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(0, 12)
        subject = rng.choice(SUBJECTS_HELDOUT123[origin])
        return rng.choice(
            [
                f"{subject}_{first}",
                f"{first}.{last}",
                f"{first}{last}{yy:02d}",
                f"{last}_{first[:3]}",
                f"{first}_{subject}{yy:02d}",
                f"{first}-{last}",
            ]
        )

    def _birth(self, oldest: int = 1950, youngest: int = 2018) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1950, youngest: int = 2018) -> dict[str, str]:
        """One date of birth in every shape this set uses."""
        y, m, day = self._birth(oldest, youngest)
        th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return {
            "dk": f"{day:02d}-{m:02d}-{y}",
            "dk_dots": f"{day:02d}.{m:02d}.{y}",
            "dk_words": f"{day}. {DANISH_MONTHS_HELDOUT123[m - 1]} {y}",
            "kl_words": f"{day}. {GREENLANDIC_MONTHS_HELDOUT123[m - 1]} {y}",
            "ug": f"{day:02d}/{m:02d}/{y}",
            "en_words": f"{day}{th} {EN_MONTHS_HELDOUT123[m - 1]} {y}",
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RUSSIAN_MONTHS_HELDOUT123[m - 1]} {y} г.",
            "nz_words": f"{day} {EN_MONTHS_HELDOUT123[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        shapes = self._dob_shapes()
        own = {
            "kalaallit": ["dk", "dk_dots", "dk_words", "kl_words"],
            "acholi": ["ug", "en_words"],
            "khakas": ["ru", "ru_words"],
            "niuean": ["ug", "nz_words"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["dk", "ug", "ru", "nz_words", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, the registration
        form, the orthodontist's form, a paste."""
        child, adult = self._dob_shapes(2005, 2018), self._dob_shapes(1950, 2000)
        options = [
            ("Fødselsdato: {}", adult["dk"]),
            ("min søn er født den {}, skriv det på henvisningen til tandregulering", child["dk_words"]),
            ("Inunngorfia / fødselsdato: {}", child["kl_words"]),
            ("jeg er født {}, det skal stå i journalen hos tandlægen", adult["dk_dots"]),
            ("Date of birth: {}", adult["ug"]),
            ("my daughter was born on the {}, put it on the orthodontist's form", child["en_words"]),
            ("the dental officer in Gulu wants his date of birth: {}", child["ug"]),
            ("Дата рождения пациента: {}", adult["ru"]),
            ("дочка родилась {}, впишите в анкету для брекетов", child["ru_words"]),
            ("я родился {}, это для договора на импланты", adult["ru_words"]),
            ("my boy was born {}, the dental therapist asked for it", child["nz_words"]),
            ("DOB: {}", adult["ug"]),
            ('    "date_of_birth": "{}",', child["iso"]),
            ("birth_date: {}", adult["iso"]),
        ]
        return _pick_chat_or_not(rng=self.rng, options=options, chat=chat, key=lambda o: o[0])


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its bank codes (IBAN_BANKS_HELDOUT123); mod-97 check."""
    banks, rest = IBAN_BANKS_HELDOUT123[country]
    count = int(rest[:-1])
    bban = rng.choice(banks) + "".join(rng.choice(string.digits) for _ in range(count))
    return _iban_from_bban(country, bban)


HELDOUT123_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "Patient: {}",
        "Patient name: {}",
        "Patientens navn: {}",
        "Efternavn, fornavn: {}",
        "Name (SURNAME first): {}",
        "Surname, given names: {}",
        "ФИО: {}",
        "Фамилия Имя Отчество: {}",
        "Пациент: {}",
        "Врач-стоматолог: {}",
        "Treating dentist: {}",
        "Orthodontist: {}",
        "Parent / guardian: {}",
        "Insured person: {}",
        '"patient": "{}",',
        "- dentist: {}",
        "| {} | check-up, 30 min | paid |",
        "{} from Nuuk booked a scale and polish for Thursday",
        "{} har tid hos tandlægen i morgen kl. 10",
        "tandlæge {} trækker visdomstanden på fredag",
        "fru {} wants the quote for the crown in Danish",
        "hr. {} got braces at 58, good for him",
        "aanaa {} needs a lift to the dentist in Sisimiut",
        "{} from Gulu is the dental officer at the regional hospital",
        "Ladit {} paid for the extraction with mobile money",
        "Mego {} brought her grandson in with a toothache",
        "Lapwony {} takes the pupils to the dental camp in Kitgum",
        "Dr {} does root canals in Gulu on Mondays",
        "{} in Kitgum needs a filling, the tooth is broken",
        "{} записалась к стоматологу на пятницу",
        "{} из Абакана ставит брекеты дочке",
        "тётя {} из Аскиза едет в Абакан к стоматологу",
        "дядя {} опять откладывает удаление зуба",
        "доктор {} принимает по чётным дням",
        "наш стоматолог {} в отпуске до понедельника, пожалуйста, перенесите приём",
        "{} from Abakan sent the treatment plan to the family chat",
        "{} from Alofi flies to Auckland for the orthodontist",
        "Aunty {} from Niue has her dentures fitted on Friday",
        "Uncle {} drives the kids to the dental van in Papatoetoe",
        "{} is the dental therapist at the school, she's lovely",
        "{} is the new orthodontist, he starts on Monday",
        "{} and {} share the appointment slot at 4",
        "ask {} if the X-ray came through",
        "{} left her retainer at the clinic again",
        "{} booked an emergency appointment for the toothache",
        "{} signed the payment plan yesterday",
        "please tell {} the braces check is moved to tomorrow",
        "thanks to {} the extraction went fine",
        "{} needs the quote for the implant before Friday because the insurer asks",
        "{} from Auckland is on the waiting list for the hygienist",
        "hvad sagde {} om tandregulering?",
    ],
    "STREET_ADDRESS": [
        "the clinic moved to {}, next to the pharmacy",
        "send the aligners to {}",
        "клиника теперь по адресу {}",
        "адрес для договора: {}",
        "tandklinikken ligger på {}",
        "send regningen til {}",
        "Address: {}",
        "Адрес: {}",
        "Adresse: {}",
        "the mobile dental van parks at {} on Saturdays",
        "my new address is {}, change it on the patient file",
        "post the retainer to {} please",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the X-ray to {}",
        "the appointment reminders go to {}",
        "моя почта {}, пришлите снимок",
        "E-mail: {}",
        "Эл. почта: {}",
        "E-mail (patient): {}",
        "send tilbuddet til {}",
        "the orthodontist's email is {}",
        "write to {} about the payment plan",
        "send the treatment plan to {} please",
        "mail the quote to {}, the insurer wants it",
        '"email": "{}",',
        "Reply-To: {}",
    ],
    "PHONE_NUMBER": [
        "call me on {} when the clinic opens",
        "the clinic's number is {}",
        "мой номер {}, позвоните, если приём отменят",
        "позвоните, пожалуйста, на {} насчёт брекетов",
        "Тел.: {}",
        "Telefon: {}",
        "ring til mig på {}, hvis tiden bliver flyttet",
        "Phone: {}",
        "text {} for the emergency appointment",
        "the after-hours number for toothache is {}",
        "send the mobile money to {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "pay the deposit for the braces with my card {}",
        "the card for the crown is {}",
        "оплати брекеты картой {}",
        "Card number: {}",
        "Номер карты: {}",
        "betal tandlægen med {}",
        "Kortnummer: {}",
        "charge the check-up to {}",
        "the retainer was paid with {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the dentist's fee to {}",
        "IBAN: {}",
        "the clinic's account is {}",
        "переведи за брекеты на {}",
        "счёт племянницы для перевода: {}",
        "overfør beløbet til {}",
        "Kontonummer (IBAN): {}",
        "the insurer refunds into {}",
        "Account: {}",
        "refund the deposit to {}",
    ],
    "USERNAME": [
        "my login on the patient portal is {}",
        "on Instagram the clinic is @{}",
        "ник в телеграме @{}",
        "логин в личном кабинете клиники {}",
        "mit brugernavn til portalen er {}",
        "Login: {}",
        "Username: {}",
        "Логин: {}",
        "Brugernavn: {}",
        "the orthodontist's Facebook page is {}",
        "the clinic's VK group is run by {}",
        '"username": "{}",',
    ],
}
HELDOUT123_MIXED = [
    ("ФИО: {}\nДата рождения: {}\nТелефон: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Patient: {}\nPhone: {}\nE-mail: {}", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("Patientens navn: {}\nFødselsdato: {}\nAdresse: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Efternavn, fornavn: {}\nAdresse: {}", ["PERSON", "STREET_ADDRESS"]),
    ("Пациент: {}\nАдрес: {}\nТел.: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("{} paid for the braces with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the deposit back in {}", ["PERSON", "IBAN_CODE"]),
    ("the dentist is {}, {}, and wants the fee in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("portal login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("{} ({}) sent the X-ray", ["PERSON", "EMAIL_ADDRESS"]),
    ("the clinic charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the treatment plan to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change it on the patient file", ["PERSON", "STREET_ADDRESS"]),
    ("Kontohaver: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the clinic's router is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("PORTAL_DB_HOST={}\nPORTAL_DB_USER={}\nPORTAL_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} does the fillings and {} does the braces", ["PERSON", "PERSON"]),
    ("{} wants the quote sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Плательщик: {}\nКарта: {}", ["PERSON", "CREDIT_CARD"]),
    ("Name (SURNAME first): {}\nDate of birth: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("{} from Alofi, phone {}", ["PERSON", "PHONE_NUMBER"]),
]
HELDOUT123_NEGATIVES = [
    "Nuuk is Godthåb on old Danish maps and Nûk in the old Greenlandic spelling",
    "the old Greenlandic spelling wrote ĸ for q and marked long vowels: Kalâtdlit Nunât",
    "Sisimiut is just north of the Arctic Circle, the clinic there has two chairs",
    "fru and hr. go before a family name on Danish letters",
    "aanaa is grandma and aataa is grandpa in Greenlandic",
    "Qujanaq! Tiden hos tandlægen gik fint",
    "Aluu! Ajunngilaq, qujanaq",
    "tandklinikken i Nuuk holder lukket i påsken",
    "en fyldning koster 650 kr. hos den private tandlæge",
    "tid nr. 4471 er flyttet til torsdag kl. 10",
    "the flight from Nuuk to Sisimiut takes under an hour",
    "Gulu is the biggest town in Acholi, Kitgum is to the north-east",
    "St. Mary's Hospital Lacor outside Gulu has a dental unit",
    "Ladit is said to an older man, Mego to an older woman and Lapwony to a teacher",
    "an Acholi name often tells the child's sex: a boy's begins with O, a girl's with A or La",
    "Apwoyo matek! Itye nining?",
    "an extraction is UGX 50,000 at the clinic on the main road",
    "pay the consultation of UGX 20,000 at the window, receipt number 1187",
    "the taxi from Gulu to Kitgum takes about two hours",
    "the dental officer comes to Kitgum on Tuesdays only",
    "Абакан стоит там, где река Абакан впадает в Енисей",
    "Изен! Алҷаңар, зуб больше не болит",
    "в Хакасии говорят по-хакасски и по-русски",
    "пломба стоит 3500 ₽, прицельный снимок 400 ₽",
    "талон № 27 к стоматологу на 9:30",
    "хакасский алфавит добавляет к русскому ӧ, ӱ, і, ғ, ң и ҷ",
    "Khakas New Year, Chyl Pazy, comes in March",
    "брекеты носят полтора-два года, потом ретейнер",
    "приём стоматолога по ОМС бесплатный, импланты платные",
    "Russian forms want the family name, the given name and the patronymic, in that order",
    "Alofi is the capital of Niue, the Rock of Polynesia",
    "more Niueans live in Auckland than on Niue",
    "Fakaalofa lahi atu! Fakaaue lahi for the lift to the dentist",
    "Aunty and Uncle are what Auckland kids call any older Pacific woman or man",
    "Niue uses the New Zealand dollar",
    "dental care for kids in New Zealand is free until they turn 18",
    "the WINZ quote for the dentures has to come from a registered dentist",
    "the dental clinic on Niue is at the hospital in Alofi",
    "Niuean family names often began as a father's given name",
    "tooth 36 needs a root canal and tooth 47 a filling",
    "a crown is NZ$1,400, a clean and check NZ$95",
    "the retainer has to be worn every night for the first year",
    "braces usually come off after eighteen months to two years",
    "brush twice a day and floss once, the hygienist says",
    "a bitewing X-ray is about 0.005 mSv, less than a flight",
    "appointment ref APT-123-0457 is confirmed for 10:30",
    "invoice INV-2026-0318: scale and polish, two bitewings",
    "quote Q-5521 for the implant is valid for 90 days",
    "the payment plan is 12 instalments of 1,200 kr.",
    "the clinic's card terminal is down, cash only today",
    "the wisdom tooth came out in twenty minutes",
    "the dental therapist does the kids' fillings, the dentist the adults'",
    "the emergency line opens at 8, after that go to the hospital",
    "ask for the numbing gel if the injection scares her",
    "the ortho checks are every six weeks",
    "the aligner trays change every two weeks",
    "the waiting room has a fish tank and old magazines",
    "the test card 4242 4242 4242 4242 only works in the booking demo",
    "the example IBAN in the bank's leaflet is GL89 6471 0001 0002 06",
    "use patient@example.com in the demo portal",
    "the docs use 192.0.2.44 and 2001:db8::7 for the clinic's router",
    "the default password on the X-ray PC is admin, change it",
    "the key safe code in the manual is 0000, the clinic changed it",
    "PASSWORD=changeme is only in the sample .env",
    "the portal login is your e-mail and a password you choose",
    "the clinic opened on 3 March 2011",
    "the next check-up is on 14 June, the reminder comes two days before",
    "the X-ray from 12.03.2024 shows the root has healed",
    "ok see you at the dentist at 3",
    "hun har tid hos tandlægen i morgen kl. 9",
    "спасибо, уже не болит",
    "ahh my tooth is killing me",
    "Koe kia! see you on Sunday after church",
    "the kids' toothbrushes are in the blue bag",
    "the nearest orthodontist to Askiz is in Abakan",
    "Lacor's dental unit takes walk-ins in the morning",
    "the mobile dental van is in Papatoetoe on the first Saturday of the month",
    "in Uganda a clinic's bill is often paid by mobile money",
]


def _typo123(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a dental word's common misspelling ('dentist' -> 'dentsit', 'retainer' ->
    'retainor', 'toothache' -> 'toothace', Russian 'брекеты' -> 'брекиты'), or chat shorthand in the set's
    languages ('appointment' -> 'appt', 'because' -> 'coz', 'please' -> 'pls', Russian 'пожалуйста' -> 'пж',
    Danish 'hvad' -> 'hva', 'også' -> 'osse'). Only in sentences typed to the bot or a friend; titles and kin
    words by a name stay as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT123.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT123[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT123.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT123[m.group(1)] + template[m.end() :]


def build_heldout123(seed: int = HELDOUT123_SEED) -> list[Example]:
    """Held-out set 123: `Gen123` values in `HELDOUT123_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen123.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen123(seed)
    examples = assemble_module_set(
        gen, HELDOUT123_TEMPLATES, HELDOUT123_MIXED, HELDOUT123_NEGATIVES, _typo123, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
