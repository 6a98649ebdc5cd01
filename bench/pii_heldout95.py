"""Held-out PII set 95 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout95": written before round 57 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT95 is empty, as for
held-out 16 to 94; written at the same time as held-out 96 by another author); it takes fishing, hunting and
foraging seen by families and friends (the licence and the permit, the tag for the deer or the moose, the boat
and its mooring, the fish quota, the smokehouse, the berry and the mushroom grounds, the muttonbird season,
the catch shared out, the co-op or the auction that buys the fish, the weather and the tide, the gear lent
out, the freezer full for winter) among four peoples who live off the water and the woods; hand-written lists
of the Finnish Americans of Michigan's Upper Peninsula, in Hancock, Calumet, Houghton, Ironwood and Marquette
(deer camp and the buck pole, smelt dipping in spring, the sauna after the hunt, the DNR licence and the
kill tag, the pasties for the blind, the thimbleberries and the morels; Finnish given names of the old
families ('Eino', 'Toivo', 'Arvo', 'Waino', 'Urho', 'Aili', 'Lempi', 'Tyyne', 'Siiri') beside American ones
('Dale', 'Kurt', 'Sandra'), family names as Ellis Island and the mine's payroll Americanised them ('Maki',
'Jarvi', 'Waisanen', 'Wiitanen', with a W for the V) and as the church book in Finland writes them ('Mäki',
'Järvi', 'Väisänen', 'Viitanen', 'Väinö'), some that are also a word or a town ('Lahti' a city, 'Koski' the
rapids, 'Kangas' the heath, 'Salmi' a strait), the American middle initial on a licence ('Eino J. Niemi'),
and 'mummu' and 'pappa' (grandma and grandpa) and 'täti' and 'setä' (aunt and uncle) before a given name,
outside the span), the Alutiiq (Sugpiaq) of Kodiak, Old Harbor, Ouzinkie and Larsen Bay in Alaska
(subsistence halibut and salmon, the set net and the skiff, the smokehouse and the fish rack, the tribal
council's subsistence permit and ADF&G's harvest report, the Russian Orthodox church and its name days;
Orthodox given names in their American form ('Nick', 'Mike', 'Gregory', 'Alexie', 'Mary', 'Xenia') and the
church's ('Vasily', 'Feodor', 'Gerasim', 'Innokenty', 'Paraskovia'), family names from Russian written with
the old '-off' ('Pestrikoff', 'Kvasnikoff', 'Katelnikoff', 'Squartsoff', 'Panamaroff') and the same with a
Russian '-ov' ('Pestrikov'), the name in Cyrillic as the parish's book writes it ('Герасим Пестриков', a
woman's with the feminine '-а': 'Ксения Пестрикова') and the church name alone on a prayer list, family
names of Alutiiq and of Scandinavian origin ('Eluska', 'Kewan', 'Shugak', 'Inga', 'Christiansen'), and
'emaa' and 'apa' (grandmother and grandfather in Alutiiq) and 'batushka' (the Orthodox priest) before a given
name, outside the span), the Mukkuvar fisherfolk of the coast of Kerala and Kanyakumari, in Vizhinjam,
Poovar, Kollam and Colachel (the catamaran (kattumaram) and the motor boat, the thangu vala and the ring
seine, the fish auction on the beach and the auctioneer's cut, the parish and its vicar, the trawling ban,
the welfare board's passbook; Latin Catholic given names ('Xavier', 'Antony', 'Sebastian', 'Pathrose',
'Philomina', 'Jesintha') and the Tamil ones of the Kanyakumari coast ('Savarimuthu', 'Arockiaraj',
'Jesudasan', 'Arockia Mary', 'Antonyammal', 'Sahaya Rani'), the house name before or after the given name
('Puthenveettil Antony', 'Sebastian Thekkekara'), the father's given name after one's own ('Sheeba Xavier'),
an initial for the house or the father ('P. Antony', 'S. Arockiaraj'), the name in Malayalam script
('പുത്തൻവീട്ടിൽ ആന്റണി') and in Tamil script ('சவரிமுத்து'), and 'chettan' and 'chechi' (elder brother and
sister in Malayalam) and 'anna' and 'akka' (the same in Tamil) after a given name, outside the span) and the
Kāi Tahu (Ngāi Tahu) muttonbirders of Rakiura / Stewart Island, Bluff and Invercargill in New Zealand (the
tītī (muttonbird) season on the Tītī Islands from April, the birding whānau and their manu (birding
ground), the pōhā (kelp bag) and the salted birds, the Bluff oysters, the pāua and the crayfish; Māori given
names with their macrons ('Hēmi', 'Tīpene', 'Pāora', 'Hīria', 'Ārihia') and English ones ('Craig', 'Shane',
'Kylie'), the southern dialect's k for ng ('Raki' for 'Rangi'), family names of the Kāi Tahu families
('Whaitiri', 'Karetai', 'Pōtiki', 'Te Au', 'Te Aika') and of the whalers and sealers who married in ('Goomes',
'Ashwell', 'Leask', 'Metzger'), the names typed without macrons ('Hemi Potiki'), a permit's capitals with
them ('HĒMI PŌTIKI'), and 'koro' and 'nana' (grandfather and grandmother), 'matua' (uncle) and 'whaea' (aunt)
before a given name, outside the span); names on a licence's, a tag's, a permit's, a boat's and a co-op's
papers, in English ('Licensee:', 'Tag issued to:', 'Permit holder:', 'Skipper:', 'Crew:', 'Harvester:',
'Fish ticket, seller:', 'Birder:', 'Name of Fisherman:', 'Father's Name:', 'Boat owner:', 'Member:',
a spreadsheet's '| 12 lb | x | coho |'), Finnish ('Nimi:', 'Kirkonkirjassa:'), Russian ('Имя:', a prayer
list's 'Раб Божий' and 'Раба Божия'), Malayalam ('പേര്:', 'ബോട്ട് ഉടമ:'), Tamil ('பெயர்:', 'படகு உரிமையாளர்:'), and
Māori ('Ingoa:', 'Ko x tōku ingoa'); a pasty shop, a fish co-op, a
smokehouse, a boat, a fishing company and a prize that carry a family name ('Lahti's Pasties', 'Kvasnikoff
Smokehouse', 'the F/V Kewan', 'Puthuval Fisheries', 'Goomes Oysters', 'the Hautala trophy') no person
either, a licence's, a tag's, a permit's, a boat's, a mooring's and a fish ticket's number no secret; over
three quarters of the sentences typed to the bot or a friend: opening day of rifle season, the buck on the
pole, the smelt run, the sauna at camp, the halibut on the skiff, the fish rack and the alder smoke, the
subsistence permit, the auction on the beach, the monsoon trawling ban, the new outboard, the muttonbird
season, the birds salted in the pōhā, the oysters from Bluff, the catch shared out, the freezer full, the
gear lent out and never brought back; self-hosted apps' config no earlier set pasted: changedetection.io
watching the DNR's, ADF&G's and Fisheries NZ's rules with its x-api-key, DumbAssets' .env with DUMBASSETS_PIN
for the gear lent out, TriliumNext's ETAPI token for the smokehouse brine notes, Activepieces' .env with
AP_ENCRYPTION_KEY, AP_JWT_SECRET and AP_POSTGRES_PASSWORD for the tide and weather alerts and ejabberd's
ejabberd.yml with sql_username and sql_password and ejabberdctl register for the birding whānau's chat over
the island's satellite link; those regions' addresses (Hancock's '412 Quincy St, Hancock, MI 49930',
Calumet's, Houghton's, Ironwood's, Marquette's and a rural one in Atlantic Mine, a label in capitals with a
PO Box ('PO BOX 214, TOIVOLA MI 49965'), Kodiak's '1417 Mill Bay Rd, Kodiak, AK 99615' and the villages' PO
Boxes ('PO Box 62, Old Harbor, AK 99643'), a Kerala house name with its post office and PIN ('Puthenveettil
House, Vizhinjam P.O., Thiruvananthapuram - 695521') and the same in Malayalam script, a door number in
Kollam and Colachel ('3/45, Church Street, Colachel, Kanyakumari District, Tamil Nadu 629251'), Oban's
'14 Elgin Terrace, Oban, Stewart Island 9818', Bluff's and Invercargill's and a rural delivery ('RD 1,
Invercargill 9871')) and phones (the U.P.'s '(906) 482-', '906-337-', '906.932-' and '+1 906', Kodiak's
'(907) 486-' and the villages' '907-286-', '907-680-', '907-847-', Indian mobiles '+91 9xxxx xxxxx' and
'09xxxx xxxxx', Thiruvananthapuram's '0471', Kollam's '0474', Colachel's '04651', Stewart Island's '03 219',
Bluff's '03 212', Invercargill's '03 21x' and NZ mobiles '027', '021' and '+64 2x'); Visa, Mastercard 51-55
and 2-series, Amex 34 and 37 in 4-6-5, Discover 6011 and RuPay 6521 as a licence, a tag, an outboard, a
freezer or a ferry to the islands takes them; IBANs of Finland, Norway and Germany, where the Finnish
cousins, the Norwegian side of an Alutiiq family and a German uncle pay from, of the United Arab Emirates and
Qatar, where the Mukkuvar men work on Gulf boats, and of the United Kingdom, where a Kāi Tahu cousin pays from
(the US, India and New Zealand have none); IPs of a trail camera, a fish-finder, the boat's AIS receiver, a
freezer alarm, a smokehouse thermometer, the sauna heater's controller, the deer camp's satellite dish, a tide
gauge display, the auction hall's weighing scale and the pastes above, v6 in 2605:59c8:, 2600:6c44:,
2409:4073: and 2407:7000: ranges; passwords handed over in ways no earlier set used (inside the tackle box lid,
on the back of the kill tag envelope, in marker on the freezer lid, in the smokehouse log, on the back of the
tide table, taped under the fish-finder, on the sauna wall by the thermometer, on the birding hut's door, on
the back of the auction slip, on the co-op's fish ticket, on the oar, on the inside of the pōhā shed),
the U.P. ('Keweenaw49930', 'Sisu#906'), Kodiak ('Kodiak99615', 'OldHarbor#907'), the Kerala and Kanyakumari
coast ('Vizhinjam695521', 'Colachel!629'), Rakiura ('Rakiura9818', 'Titi#03'), the theme's words in
leetspeak ('mu770nb1rd', '$m0k3h0u$3', 'h4l1bu7'), a boat and its mooring ('Boat7-Mooring12'), and cues in
Finnish ('salasana on ..., älä kerro kenellekään'), the U.P.'s English ('the password is ..., don't tell
nobody, eh'), Russian ('пароль ..., никому не говори'), Malayalam ('പാസ്‌വേഡ് ... ആണ്, ആരോടും പറയരുത്'), Manglish
('password ... aanu, aarodum parayanda'), Tamil ('கடவுச்சொல் ..., யாரிடமும் சொல்லாதே'), Tanglish ('password ...
da, yaarkitayum sollatha') and Māori ('ko ... te kupuhipa, kaua e hoatu ki tētahi atu'); usernames on
iNaturalist, Fishbrain, onX Hunt, HuntStand, Mushroom Observer, Navionics, MarineTraffic, Trade Me, ShareChat
and in the pastes, shapes like 'x.smeltdip', 'deercamp.x', 'x_titi', 'x.halibut07', 'x.vizhinjam', 'catch.x'
and 'fvx12'; dates of birth for a hunting licence, a tribal enrollment, a subsistence permit, a welfare
board's passbook, a fishing card, a tītī permit and a paste, in the US '03/14/1958' and 'March 14, 1958',
Finnish '14.3.1958' and words ('14. maaliskuuta 1958'), Russian words ('14 марта 1958'), Indian
'14/03/1958' and '14-03-1958', the Malayalam (Kollam) era's year, month and day ('1133 Meenam 1', and in
Malayalam script 'കൊല്ലവർഷം 1133 മീനം 1'), NZ '14/03/1958' and English words, Māori words with the
transliterated months ('14 Māehe 1958'), and a paste's ISO date, all drawn between fixed years from the set's
own rng so the set builds the same on any day; typos as people type on a phone in a boat or a blind: a theme
word's well-known misspelling ('license' -> 'lisence', 'mushroom' -> 'mushrom', 'halibut' -> 'halibit',
'freezer' -> 'freezor', 'weather' -> 'wether'), or the hunters' and fishers' shorthand creeping into chat
('pounds' -> 'lbs', 'with' -> 'w/', 'tomorrow' -> 'tmrw', 'high tide' -> 'HT', 'outboard motor' ->
'outboard'); negatives with the same regions' places, the titles and the name forms explained, licence, tag,
permit, boat, mooring, quota and fish ticket numbers alone, season dates and tide times, dates that are no
birthdays (an opening day's, a closure's, a landing's), zip codes, PINs and postcodes alone, businesses, boats
and a prize named after families, versions, a commit, placeholder secrets, test cards, example IBANs, a
placeholder e-mail, documentation IPs (v4 and v6), emergency numbers every user shares (911, 112, 111) and
short everyday chat; no public figure is named).

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

HELDOUT95_SEED = 7319529
# no faker name locale, as in held-out 16 to 94: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT95: list[str] = []
# fishing, hunting and foraging seen by families and friends; each origin: (men's given names, women's given
# names, family names); ';' separates names, as some hold a space
NAMES_HELDOUT95: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Finnish Americans of Michigan's Upper Peninsula (Hancock, Calumet, Houghton, Ironwood, Marquette): deer
    # camp, smelt dipping, the sauna; family names as the mine's payroll Americanised them, some also a word or
    # a town ('Lahti' a city, 'Koski' the rapids, 'Kangas' the heath, 'Salmi' a strait)
    "upfinn": ("Eino;Toivo;Arvo;Waino;Onni;Reino;Urho;Wilho;Sulo;Emil;Dale;Kurt".split(";"),
               "Aili;Lempi;Hilja;Tyyne;Saima;Impi;Helmi;Siiri;Elvi;Laina;Sandra;Kristi".split(";"),
               "Maki;Niemi;Heikkinen;Lahti;Rautio;Koski;Aho;Hautala;Wiitanen;Waisanen;Kangas;Salmi;Ojala;Jarvi;Mattila;Hiltunen;Kallio".split(";")),
    # Alutiiq (Sugpiaq) of Kodiak, Old Harbor, Ouzinkie and Larsen Bay: subsistence halibut and salmon, the
    # tribal council, the Orthodox church; family names from Russian with the old '-off', of Alutiiq and of
    # Scandinavian origin
    "alutiiq": ("Nick;Mike;Peter;Gregory;Vasily;Feodor;Gerasim;Andrew;Alexie;Innokenty".split(";"),
                "Mary;Anastasia;Natalia;Olga;Tatiana;Helen;Sophie;Xenia;Martha;Paraskovia".split(";"),
                "Pestrikoff;Kvasnikoff;Katelnikoff;Squartsoff;Simeonoff;Panamaroff;Naumoff;Malutin;Boskofsky;Eluska;Kewan;Shugak;Inga;Christiansen".split(";")),
    # Mukkuvar fisherfolk of Vizhinjam, Poovar, Kollam and Colachel: Latin Catholic given names, the Tamil
    # ones of the Kanyakumari coast, and the house names that serve as family names
    "mukkuvar": ("Xavier;Antony;Joseph;Sebastian;Lawrence;Pathrose;Francis;Stephen;Jesudasan;Savarimuthu;Arockiaraj;Selvaraj".split(";"),
                 "Mary;Philomina;Jesintha;Reetha;Sheeba;Lissy;Stella;Agnes;Arockia Mary;Antonyammal;Sahaya Rani".split(";"),
                 "Puthenveettil;Thekkekara;Valiyaveedu;Kochuveedu;Thaiparambil;Panavila;Melepuram;Puthuval;Kadappuram".split(";")),
    # Kāi Tahu (Ngāi Tahu) muttonbirders of Rakiura / Stewart Island, Bluff and Invercargill: Māori given names
    # with their macrons, the southern k for ng ('Raki'), the families and the whalers' and sealers' names
    "kaitahu": ("Hēmi;Tīpene;Pāora;Rāwiri;Wiremu;Mikaere;Hone;Tame;Raki;Craig;Shane;Brent".split(";"),
                "Mere;Huia;Kiri;Ngaire;Aroha;Hīria;Ārihia;Moana;Tania;Kylie;Michelle".split(";"),
                "Whaitiri;Te Au;Tipa;Karetai;Pōtiki;Goomes;Ashwell;Bragg;Leask;Fife;Metzger;Te Aika;Cameron".split(";")),
}  # fmt: skip
# the U.P. names as the church book in Finland writes them (a W for a V, the a-umlaut put back)
FINNISH_SPELLING_HELDOUT95 = {
    "Waino": "Väinö", "Wilho": "Vilho", "Maki": "Mäki", "Jarvi": "Järvi", "Waisanen": "Väisänen",
    "Wiitanen": "Viitanen",
}  # fmt: skip
# the Alutiiq names in Cyrillic, as the Orthodox parish's book writes them (only the names from Russian)
CYRILLIC_HELDOUT95 = {
    "Nick": "Николай", "Mike": "Михаил", "Peter": "Пётр", "Gregory": "Григорий", "Vasily": "Василий",
    "Feodor": "Фёдор", "Gerasim": "Герасим", "Andrew": "Андрей", "Alexie": "Алексей", "Innokenty": "Иннокентий",
    "Mary": "Мария", "Anastasia": "Анастасия", "Natalia": "Наталья", "Olga": "Ольга", "Tatiana": "Татьяна",
    "Helen": "Елена", "Sophie": "София", "Xenia": "Ксения", "Martha": "Марфа", "Paraskovia": "Параскева",
    "Pestrikoff": "Пестриков", "Kvasnikoff": "Квасников", "Katelnikoff": "Котельников",
    "Squartsoff": "Скворцов", "Simeonoff": "Симеонов", "Panamaroff": "Пономарёв", "Naumoff": "Наумов",
    "Malutin": "Малютин",
}  # fmt: skip
# the Kerala coast's names and house names in Malayalam script
MALAYALAM_HELDOUT95 = {
    "Xavier": "സേവ്യർ", "Antony": "ആന്റണി", "Joseph": "ജോസഫ്", "Sebastian": "സെബാസ്റ്റ്യൻ",
    "Lawrence": "ലോറൻസ്", "Pathrose": "പത്രോസ്", "Francis": "ഫ്രാൻസിസ്", "Stephen": "സ്റ്റീഫൻ", "Mary": "മേരി",
    "Philomina": "ഫിലോമിന", "Jesintha": "ജസിന്ത", "Reetha": "റീത്ത", "Sheeba": "ഷീബ", "Lissy": "ലിസി",
    "Stella": "സ്റ്റെല്ല", "Agnes": "ആഗ്നസ്", "Puthenveettil": "പുത്തൻവീട്ടിൽ", "Thekkekara": "തെക്കേക്കര",
    "Valiyaveedu": "വലിയവീട്", "Kochuveedu": "കൊച്ചുവീട്", "Thaiparambil": "തൈപ്പറമ്പിൽ", "Panavila": "പനവിള",
    "Melepuram": "മേലേപുരം", "Puthuval": "പുതുവൽ", "Kadappuram": "കടപ്പുറം",
}  # fmt: skip
# the Kanyakumari coast's given names in Tamil script
TAMIL_HELDOUT95 = {
    "Xavier": "சேவியர்", "Antony": "அந்தோணி", "Joseph": "ஜோசப்", "Jesudasan": "ஜேசுதாசன்",
    "Savarimuthu": "சவரிமுத்து", "Arockiaraj": "ஆரோக்கியராஜ்", "Selvaraj": "செல்வராஜ்", "Mary": "மேரி",
    "Arockia Mary": "ஆரோக்கிய மேரி", "Antonyammal": "அந்தோணியம்மாள்", "Sahaya Rani": "சகாய ராணி",
    "Stella": "ஸ்டெல்லா",
}  # fmt: skip
# a title or a kin word next to the name (outside the span): the origin, whether a woman (None: either), the
# part of the name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT95: dict[str, tuple[str, bool | None, str, bool]] = {
    "mummu": ("upfinn", True, "given", False),  # grandma, in the U.P.'s Finnish
    "pappa": ("upfinn", False, "given", False),  # grandpa
    "täti": ("upfinn", True, "given", False),  # aunt
    "setä": ("upfinn", False, "given", False),  # uncle, the father's brother
    "emaa": ("alutiiq", True, "given", False),  # grandmother, in Alutiiq
    "apa": ("alutiiq", False, "given", False),  # grandfather, in Alutiiq
    "batushka": ("alutiiq", False, "given", False),  # the Orthodox priest, by his church name
    "chettan": ("mukkuvar", False, "given", True),  # elder brother, in Malayalam, after the given name
    "chechi": ("mukkuvar", True, "given", True),  # elder sister, in Malayalam
    "anna": ("mukkuvar", False, "given", True),  # elder brother, in Tamil
    "akka": ("mukkuvar", True, "given", True),  # elder sister, in Tamil
    "koro": ("kaitahu", False, "given", False),  # grandfather, in Māori
    "nana": ("kaitahu", True, "given", False),  # grandmother
    "matua": ("kaitahu", False, "given", False),  # uncle, an elder man
    "whaea": ("kaitahu", True, "given", False),  # aunt, an elder woman
}
TITLE_SLOT_HELDOUT95 = re.compile(
    r"(?<![\w'.-])(Mummu|Pappa|Täti|Setä|Emaa|Apa|Batushka|Koro|Nana|Matua|Whaea) \{\}"
    r"|\{\} (chettan|chechi|anna|akka)(?![\w'])",
    re.IGNORECASE,
)
# the given names that go with a Malayalam kin word (Kerala's) and with a Tamil one (Kanyakumari's)
KERALA_GIVEN_HELDOUT95 = [
    n for n in MALAYALAM_HELDOUT95 if n in NAMES_HELDOUT95["mukkuvar"][0] + NAMES_HELDOUT95["mukkuvar"][1]
]
TAMIL_GIVEN_HELDOUT95 = list(TAMIL_HELDOUT95)
# IBANs where relatives pay from: Finland, Norway, Germany, the UAE and Qatar (the Gulf boats) and the UK (the
# US, India and New Zealand have none)
IBAN_SHAPES_HELDOUT95 = {
    "FI": "14n",
    "NO": "11n",
    "DE": "18n",
    "AE": "19n",
    "QA": "4a21c",
    "GB": "4a14n",
}
# everyday subjects of this set by origin, used in e-mail addresses
SUBJECTS_HELDOUT95 = {
    "upfinn": ["deercamp", "smelt", "sauna", "keweenaw", "yooper"],
    "alutiiq": ["kodiak", "halibut", "oldharbor", "ouzinkie", "sugpiaq"],
    "mukkuvar": ["vizhinjam", "poovar", "colachel", "kollam", "meen"],
    "kaitahu": ["titi", "rakiura", "bluff", "oysters", "mahinga"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT95 = {
    "upfinn": ["chartermi.net", "pasty.net", "mtu.edu", "att.net"],
    "alutiiq": ["gci.net", "alaska.net", "acsalaska.net", "ptialaska.net"],
    "mukkuvar": ["yahoo.co.in", "rediffmail.com", "yahoo.in"],
    "kaitahu": ["xtra.co.nz", "xnet.co.nz", "orcon.net.nz"],
}
# the templates that belong to one origin's grounds, habits or papers, or are written in its script
ORIGIN_CUES_HELDOUT95: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)mummu|pappa|täti|setä|sauna|deer camp|buck pole|smelt|keweenaw|yooper|hancock|calumet|"
                r"houghton|ironwood|marquette|nimi:|pasties|\bdnr\b|thimbleberr|morels|licensee|tag issued"), "upfinn"),
    (re.compile(r"(?i)emaa|\bapa\b|batushka|kodiak|old harbor|ouzinkie|larsen bay|halibut|tribal|alutiiq|"
                r"sugpiaq|adf&g|set net|skiff|fish rack|harvester|fish ticket|name day|раб|имя|[\u0400-\u04ff]"), "alutiiq"),
    (re.compile(r"(?i)chettan|chechi|\banna\b|\bakka\b|vizhinjam|poovar|kollam|colachel|kanyakumari|"
                r"catamaran|auction|vicar|trawling|ring seine|welfare board|name of fisherman|father's name|"
                r"boat owner|gulf|[\u0b80-\u0bff]|[\u0d00-\u0d7f]"), "mukkuvar"),
    (re.compile(r"(?i)\bkoro\b|\bnana\b|matua|whaea|tītī|\btiti\b|muttonbird|rakiura|stewart island|bluff|"
                r"invercargill|whānau|ingoa|tōku|oyster|birder|pōhā|pāua|crayfish"), "kaitahu"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT95: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|mummu|täti|emaa|chechi|akka|\bnana\b|whaea|her husband|wife|раба божия"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|pappa|setä|\bapa\b|batushka|chettan|\banna\b|\bkoro\b|matua|"
                r"father's name|раб божий|поймал"), False),
]  # fmt: skip
# a theme word and its well-known misspelling
MISSPELT_HELDOUT95 = {
    "license": "lisence", "licence": "lisence", "mushroom": "mushrom", "halibut": "halibit",
    "freezer": "freezor", "weather": "wether", "permit": "permitt", "salmon": "salmom", "blueberries": "bluberries",
    "tomorrow": "tommorow", "definitely": "definately", "catamaran": "catamaren", "binoculars": "binoculers",
    "mooring": "moring", "receipt": "reciept", "separate": "seperate", "smoked": "smokd",
}  # fmt: skip
MISSPELT_WORD_HELDOUT95 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT95, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# the hunters' and fishers' shorthand creeping into chat
SHORTHAND_HELDOUT95 = {
    "pounds": "lbs", "with": "w/", "tomorrow": "tmrw", "high tide": "HT", "low tide": "LT",
    "outboard motor": "outboard", "about": "abt", "because": "bc", "please": "pls", "kilograms": "kgs",
    "Department of Natural Resources": "DNR", "as soon as possible": "asap", "people": "ppl", "thanks": "thx",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT95 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT95, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# month names: English, Finnish (the partitive a date takes), Russian (genitive), Māori (transliterated) and
# the Malayalam (Kollam) era's solar months from Chingam, in Latin letters and in Malayalam script
EN_MONTHS_HELDOUT95 = (
    "January February March April May June July August September October November December".split()
)
FI_MONTHS_HELDOUT95 = (
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
    "lokakuuta marraskuuta joulukuuta"
).split()
RU_MONTHS_HELDOUT95 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
MI_MONTHS_HELDOUT95 = (
    "Hānuere Pēpuere Māehe Āperira Mei Hune Hūrae Ākuhata Hepetema Oketopa Noema Tīhema".split()
)
ME_MONTHS_HELDOUT95 = (
    "Chingam Kanni Thulam Vrischikam Dhanu Makaram Kumbham Meenam Medam Edavam Mithunam Karkidakam".split()
)
ME_MONTHS_ML_HELDOUT95 = "ചിങ്ങം കന്നി തുലാം വൃശ്ചികം ധനു മകരം കുംഭം മീനം മേടം ഇടവം മിഥുനം കർക്കടകം".split()
# the Gregorian (month, day) each Malayalam solar month starts on, near enough (the sun's entry into a sign
# moves a day either way over the years)
ME_MONTH_STARTS_HELDOUT95 = [
    (8, 17), (9, 17), (10, 17), (11, 16), (12, 16), (1, 14), (2, 13), (3, 14), (4, 14), (5, 15), (6, 15), (7, 17),
]  # fmt: skip


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Te Au' -> 'teau', 'Hēmi' ->
    'hemi', 'Arockia Mary' -> 'arockiamary')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _finnish(name: str) -> str:
    """A U.P. name as the church book in Finland writes it ('Waino Waisanen' -> 'Väinö Väisänen', 'Eino Maki'
    -> 'Eino Mäki')."""
    return " ".join(FINNISH_SPELLING_HELDOUT95.get(w, w) for w in name.split())


def _russian_ov(name: str) -> str:
    """An Alutiiq family name from Russian with the Russian '-ov' for the old '-off' ('Pestrikoff' ->
    'Pestrikov'); other names stay as they are."""
    return re.sub(r"off\b", "ov", name)


def _kollam_era(year: int, month: int, day: int) -> tuple[int, int, int]:
    """A Gregorian date in the Malayalam (Kollam) era: (year, month index from Chingam 0, day of month), from
    ME_MONTH_STARTS_HELDOUT95; the era's year starts with Chingam, in August, 824 years after the Gregorian
    year of that August."""
    date = _dt.date(year, month, day)
    starts = [
        (_dt.date(y, m, d), i) for y in (year - 1, year) for i, (m, d) in enumerate(ME_MONTH_STARTS_HELDOUT95)
    ]
    start, index = max((s, i) for s, i in starts if s <= date)
    chingam_year = start.year if start.month >= 8 else start.year - 1
    return chingam_year - 824, index, (date - start).days + 1


class Gen95(Gen3):
    """Generators for held-out set 95: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT95."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT95))
        men, women, lasts = NAMES_HELDOUT95[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'finnish', 'cyrillic', 'malayalam', 'tamil',
        'caps' or 'ascii' where the template is written in that language or script, a permit's capitals or a
        paste, `chat` where it is typed to the bot or a friend."""
        rng = self.rng
        r = rng.random()
        men, women, lasts = NAMES_HELDOUT95[origin]
        if origin == "upfinn":
            if script == "finnish" or (chat and r < 0.3):  # the church book's: 'Väinö Väisänen'
                if last not in FINNISH_SPELLING_HELDOUT95:  # a name the payroll changed: 'Maki', 'Jarvi'
                    last = rng.choice([n for n in lasts if n in FINNISH_SPELLING_HELDOUT95])
                return _finnish(f"{first} {last}")
            if not chat and r < 0.4:  # a licence's middle initial: 'Eino J. Niemi'
                return (
                    f"{first} {rng.choice(string.ascii_uppercase.replace('Q', '').replace('X', ''))}. {last}"
                )
            return f"{first} {last}"
        if origin == "alutiiq":
            if script == "cyrillic":  # the parish's book: 'Герасим Пестриков'
                first = rng.choice([n for n in (women if woman else men) if n in CYRILLIC_HELDOUT95])
                last = rng.choice([n for n in lasts if n in CYRILLIC_HELDOUT95])
                family = CYRILLIC_HELDOUT95[last]
                if woman:  # a woman's family name takes the Russian feminine: 'Пестрикова'
                    family += "а"
                return f"{CYRILLIC_HELDOUT95[first]} {family}"
            if r < 0.2 and last.endswith("off"):  # the Russian '-ov': 'Gerasim Pestrikov'
                return f"{first} {_russian_ov(last)}"
            return f"{first} {last}"
        if origin == "mukkuvar":
            father = rng.choice([n for n in men if n != first])
            if script == "malayalam":  # 'പുത്തൻവീട്ടിൽ ആന്റണി'
                first = rng.choice([n for n in (women if woman else men) if n in MALAYALAM_HELDOUT95])
                if r < 0.6:
                    return f"{MALAYALAM_HELDOUT95[last]} {MALAYALAM_HELDOUT95[first]}"
                return MALAYALAM_HELDOUT95[first]
            if script == "tamil":  # 'சவரிமுத்து'
                return TAMIL_HELDOUT95[
                    rng.choice([n for n in (women if woman else men) if n in TAMIL_HELDOUT95])
                ]
            if r < 0.3:  # the father's given name after one's own: 'Sheeba Xavier'
                return f"{first} {father}"
            if r < 0.5:  # the house name first: 'Puthenveettil Antony'
                return f"{last} {first}"
            if r < 0.65:  # an initial for the house or the father: 'P. Antony', 'S. Arockiaraj'
                return f"{rng.choice([last, father])[0]}. {first}"
            return f"{first} {last}"  # the house name after: 'Sebastian Thekkekara'
        # kaitahu
        name = f"{first} {last}"
        if script == "caps":  # a permit's capitals, macrons kept: 'HĒMI PŌTIKI'
            return name.upper()
        if script == "ascii" or (chat and r < 0.3):  # typed without macrons: 'Hemi Potiki'
            return _fold(name)
        return name

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if r < (0.7 if chat else 0.85) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.92 or origin == "mukkuvar":
            name = first
            if origin == "kaitahu" and rng.random() < 0.3:
                name = _fold(first)  # 'Hemi'
            if origin == "upfinn" and rng.random() < 0.3:
                name = _finnish(first)  # 'Väinö'
        else:
            name = last
            if origin == "alutiiq" and rng.random() < 0.3:
                name = _russian_ov(last)
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('mummu Aili', 'pappa Toivo', 'emaa Xenia', 'batushka
        Innokenty', 'Sebastian chettan', 'Savarimuthu anna', 'koro Hēmi', 'whaea Huia'), from the origin that
        uses it (a Malayalam kin word with a Kerala name, a Tamil one with a Kanyakumari name)."""
        origin, woman, part, _ = TITLED_HELDOUT95[title.lower()]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        if title.lower() in ("chettan", "chechi", "anna", "akka"):
            pool = KERALA_GIVEN_HELDOUT95 if title.lower() in ("chettan", "chechi") else TAMIL_GIVEN_HELDOUT95
            gender = NAMES_HELDOUT95["mukkuvar"][1 if woman else 0]
            first = rng.choice([n for n in pool if n in gender])
        if origin == "kaitahu" and rng.random() < 0.3:
            first = _fold(first)
        if part == "given":
            return first
        if part == "family":
            return last
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose grounds, habit or paper the template names, in the script or the form the template is
        written in."""
        m = TITLE_SLOT_HELDOUT95.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        rng = self.rng
        if template.startswith(("Раб Божий", "Раба Божия")):  # a prayer list's church name alone: 'Герасим'
            woman = template.startswith("Раба")
            names = NAMES_HELDOUT95["alutiiq"][1 if woman else 0]
            return CYRILLIC_HELDOUT95[rng.choice([n for n in names if n in CYRILLIC_HELDOUT95])]
        if template.startswith("Father's Name:"):  # an Indian form's father's given name: 'XAVIER'
            return rng.choice(NAMES_HELDOUT95["mukkuvar"][0]).upper()
        script = ""
        if re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif re.search(r"[\u0d00-\u0d7f]", template):
            script = "malayalam"
        elif re.search(r"[\u0b80-\u0bff]", template):
            script = "tamil"
        elif re.search(r"^Nimi:|^Kirkonkirjassa:|saunassa|kirkonkirj", template):
            script = "finnish"
        elif template.startswith(("BIRDER", "PERMIT HOLDER")):
            script = "caps"
        elif template.startswith('"') or template.lstrip().startswith(("- name", '"')):
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT95 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT95 if cue.search(template)), None)
        origin = {"finnish": "upfinn", "cyrillic": "alutiiq", "malayalam": "mukkuvar", "tamil": "mukkuvar",
                  "caps": "kaitahu"}.get(script, origin)  # fmt: skip
        if script == "ascii" and origin not in (None, "kaitahu"):
            script = ""
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 1900)
        shapes = [
            f"{n} {pick(['Quincy St', 'Reservation St', 'Ravine St', 'Hecla St'])}, Hancock, MI 49930",
            f"{rng.randint(100, 600)} {pick(['Pine St', 'Fifth St', 'Elm St', 'Oak St'])}, Calumet, MI 49913",
            f"{n} {pick(['Sharon Ave', 'College Ave', 'Shelden Ave', 'Lakeshore Dr'])}, Houghton, MI 49931",
            f"{n} {pick(['E Ayer St', 'N Suffolk St', 'E Aurora St', 'W Cloverland Dr'])}, Ironwood, MI 49938",
            f"{n} {pick(['W Ridge St', 'N Third St', 'Presque Isle Ave', 'Lakeshore Blvd'])}, Marquette, MI 49855",
            f"{rng.randint(10000, 49999)} {pick(['Liminga Rd', 'Paavola Rd', 'Tapiola Rd', 'Misery Bay Rd'])}, {pick(['Atlantic Mine, MI 49905', 'Chassell, MI 49916', 'Toivola, MI 49965'])}",
            f"PO BOX {rng.randint(1, 400)}, TOIVOLA MI 49965",
            f"{n} {pick(['Mill Bay Rd', 'Rezanof Dr E', 'Shelikof St', 'Selief Ln', 'Larch St'])}, Kodiak, AK 99615",
            f"PO Box {rng.randint(1, 200)}, {pick(['Old Harbor, AK 99643', 'Ouzinkie, AK 99644', 'Larsen Bay, AK 99624', 'Port Lions, AK 99550'])}",
            f"P.O. BOX {rng.randint(1, 200)}, OLD HARBOR AK 99643",
            f"{pick(NAMES_HELDOUT95['mukkuvar'][2])} House, {pick(['Vizhinjam P.O., Thiruvananthapuram - 695521', 'Poovar P.O., Thiruvananthapuram - 695525', 'Pallithottam, Kollam - 691006', 'Thangassery, Kollam - 691007'])}",
            f"TC {rng.randint(1, 80)}/{rng.randint(100, 2999)}, {pick(['Harbour Road, Vizhinjam', 'Church Road, Poovar', 'Beach Road, Vettukad'])}, Thiruvananthapuram {pick(['695521', '695525', '695021'])}",
            f"{rng.randint(1, 20)}/{rng.randint(1, 200)}, {pick(['Church Street', 'Beach Road', 'St. Mary Street'])}, Colachel, Kanyakumari District, Tamil Nadu 629251",
            f"പുത്തൻവീട്ടിൽ, {pick(['വിഴിഞ്ഞം പി.ഒ., തിരുവനന്തപുരം 695521', 'പൂവാർ പി.ഒ., തിരുവനന്തപുരം 695525'])}",
            f"{rng.randint(1, 40)} {pick(['Elgin Terrace', 'Main Road', 'Golden Bay Road', 'Horseshoe Bay Road'])}, Oban, Stewart Island 9818",
            f"{rng.randint(1, 300)} {pick(['Gore Street', 'Foreshore Road', 'Marine Parade', 'Burrows Street'])}, Bluff 9814",
            f"{rng.randint(1, 400)} {pick(['Dee Street', 'Tay Street', 'Kelvin Street', 'Elles Road'])}, Invercargill {pick(['9810', '9812'])}",
            f"{rng.randint(100, 999)} {pick(['Ocean Beach Road', 'Awarua Road', 'Mokotua Road'])}, RD 1, Invercargill 9871",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT95[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}_{subject}", f"{first}{rng.randint(1950, 2006)}",
                           f"{subject}{first}", f"{last}.{first}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT95[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(906) {rng.choice(['482', '483', '487'])}-{d(4)}",  # Hancock, Houghton
            f"906-337-{d(4)}",  # Calumet
            f"906.932.{d(4)}",  # Ironwood
            f"+1 906 {rng.choice(['226', '228', '225'])} {d(4)}",  # Marquette
            f"(907) 486-{d(4)}",  # Kodiak
            f"907-{rng.choice(['286', '680', '847'])}-{d(4)}",  # Old Harbor, Ouzinkie, Larsen Bay
            f"+1 907 486 {d(4)}",
            f"+91 {rng.choice('6789')}{d(4)} {d(5)}",  # Indian mobiles
            f"0{rng.choice('9')}{d(4)} {d(5)}",
            f"+91-{rng.choice('789')}{d(9)}",
            f"0471 {rng.choice(['248', '240', '238'])} {d(4)}",  # Thiruvananthapuram
            f"0474-27{d(5)}",  # Kollam
            f"04651 {rng.choice(['22', '23'])}{d(4)}",  # Colachel
            f"03 219 {d(4)}",  # Stewart Island
            f"03-212 {d(4)}",  # Bluff
            f"03 21{rng.choice('4578')} {d(4)}",  # Invercargill
            f"027 {d(3)} {d(4)}",  # NZ mobiles
            f"021 {d(3)} {d(3)}",
            f"+64 2{rng.choice('17')} {d(3)} {d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "34", "37", "6011", "6521", "4"]
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT95))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT95[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2605:59c8:{h()}:{h()}::{h()}", f"2600:6c44:{h()}:{h()}::{h()}",
                           f"2409:4073:{h()}:{h()}::{h()}", f"2407:7000:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): a trail camera, a fish-finder, the boat's AIS receiver, a freezer
        alarm, a smokehouse thermometer, the sauna heater's controller, the deer camp's satellite dish, a tide
        gauge display, the auction hall's scale and this set's pastes; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the trail cam by the swamp got {} from the hotspot, it sent 40 pics of one doe", v4),
            ("pappa's fish-finder shows {} on the network page, the chart won't update", v4),
            ("the AIS receiver on the skiff is on {}, set your phone app to that", v4),
            ("the chest freezer alarm at camp answers on {}, it says 2 degrees too warm", v4),
            ("the smokehouse thermometer is at {}, check it before you go to bed", rng.choice([v4, v6])),
            ("the sauna heater controller got {} after the power cut", v4),
            ("the starlink at deer camp hands out {}, tell the guys", rng.choice([v4, v6])),
            ("the tide display at the wharf is on {}, it froze at 6.2 m", v4),
            ("the weighing scale in the auction hall sends to {}, the slips come from there", v4),
            ("the ice fishing camera streams from {}", rng.choice([v4, v6])),
            ("the birding hut's sat modem shows {} on the sticker", rng.choice([v4, v6])),
            ("changedetection runs on {} now, it emails when the regs page changes", rng.choice([v4, v6])),
            ("$ curl -H 'x-api-key: REDACTED' http://{}:5000/api/v1/watch", v4),
            ("BASE_URL=http://{}:3000", v4),
            ("AP_POSTGRES_HOST={}", v4),
            ('sql_server: "{}"', v4),
            ("TRILIUM_URL=http://{}:8080/etapi", v4),
            ("    proxy_pass http://{}:5000;", v4),
            ("2026-04-02 05:41:17 ejabberd: accepted connection from {}", v6),
            ("$ ping -6 -c 3 {}", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Keweenaw', 'Calumet', 'Sisu', 'Toivola', 'DeerCamp'])}{rng.choice(['49930', '#906', '!1987', '_49913'])}",
                f"{rng.choice(['Kodiak', 'OldHarbor', 'Ouzinkie', 'LarsenBay', 'Sugpiaq'])}{rng.choice(['99615', '#907', '!99643', '_ak'])}",
                f"{rng.choice(['Vizhinjam', 'Poovar', 'Colachel', 'Kollam', 'Kattumaram'])}{rng.choice(['695521', '!629', '#91', '_691'])}",
                f"{rng.choice(['Rakiura', 'Titi', 'Muttonbird', 'Bluff', 'Oban'])}{rng.choice(['9818', '#03', '!2026', '_9814'])}",
                rng.choice(["muttonbird", "smokehouse", "halibut", "sauna", "moose", "catamaran", "smelt"]).translate(leet) + rng.choice(["", "!", "_95"]),
                f"Boat{rng.randint(1, 40)}-Mooring{rng.randint(1, 60)}",
                f"{rng.choice(['camp', 'skiff', 'freezer', 'birding'])}-{w()}-{rng.randint(1, 999)}",
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
        options = [
            # passwords handed over in ways no earlier set used
            ("the wifi password at camp is inside the tackle box lid, {}", pw),
            ("pappa wrote the license account password on the back of the kill tag envelope, {}", pw),
            ("the freezer alarm app password is on the freezer lid in marker, {}", pw),
            ("the password for the thermometer app is in the smokehouse log, first page, {}", pw),
            ("I wrote it on the back of the tide table, {}", pw),
            ("the fish-finder's pin is taped under it, {}", d(4)),
            ("the sauna controller app password is on the wall by the thermometer, {}", pw),
            ("the sat modem password is on the birding hut's door, {}", pw),
            ("the auction app password is on the back of the slip, {}", pw),
            ("the co-op portal password is on my fish ticket, {}", pw),
            ("he scratched the gate code on the oar, {}", d(4)),
            ("the shed lock with the pōhā is {}, don't lose it", d(4)),
            ("ok the dumbassets pin is {}, log what you borrow", d(6)),
            ("the changedetection password is {}, add the fish and game page", pw),
            # cues in the set's languages
            ("salasana on {}, älä kerro kenellekään", pw),
            ("the password is {}, don't tell nobody, eh", pw),
            ("пароль {}, никому не говори", pw),
            ("password's {}, don't give it out to the whole village", pw),
            ("പാസ്‌വേഡ് {} ആണ്, ആരോടും പറയരുത്", pw),
            ("password {} aanu, aarodum parayanda", pw),
            ("கடவுச்சொல் {}, யாரிடமும் சொல்லாதே", pw),
            ("password {} da, yaarkitayum sollatha", pw),
            ("ko {} te kupuhipa, kaua e hoatu ki tētahi atu", pw),
            ("password's {}, keep it to yourself eh", pw),
            # commands
            ("$ curl -H 'x-api-key: {}' http://localhost:5000/api/v1/watch", tok(32, hexd)),
            ("$ curl -H 'Authorization: {}' http://localhost:8080/etapi/notes?search=brine", tok(40, alnum)),
            ("$ ejabberdctl register koro rakiura.chat {}", colonless),
            ("$ ejabberdctl change_password nana rakiura.chat {}", colonless),
            # pastes
            ("DUMBASSETS_PIN={}", d(rng.choice([4, 6]))),
            ("AP_ENCRYPTION_KEY={}", tok(32, hexd)),
            ("AP_JWT_SECRET={}", tok(64, hexd)),
            ("AP_POSTGRES_PASSWORD={}", quote_safe),
            ('sql_password: "{}"', quote_safe),
            ("TRILIUM_ETAPI_TOKEN={}", tok(40, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.smeltdip', 'deercamp.x', 'x_titi', 'x.halibut07',
        'x.vizhinjam', 'catch.x', 'fvx12')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "upfinn": [f"{first}.smeltdip", f"deercamp.{last}"],
            "alutiiq": [f"{first}.halibut{rng.randint(1, 99):02d}", f"fv{last}{rng.randint(1, 40)}"],
            "mukkuvar": [f"{first}.{rng.choice(['vizhinjam', 'poovar', 'colachel'])}", f"{first}_vallam{rng.randint(1, 99)}"],
            "kaitahu": [f"{last}_titi", f"{first}.rakiura"],
        }[origin]  # fmt: skip
        return rng.choice([f"catch.{last}", f"{first}{last[:1]}.forage", *own, *own])

    def _birth(self, oldest: int = 1930, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1930, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        me_year, me_month, me_day = _kollam_era(y, m, day)
        return {
            "us": f"{m:02d}/{day:02d}/{y}",
            "usw": f"{EN_MONTHS_HELDOUT95[m - 1]} {day}, {y}",
            "fi": f"{day}.{m}.{y}",
            "fiw": f"{day}. {FI_MONTHS_HELDOUT95[m - 1]} {y}",
            "ru": f"{day} {RU_MONTHS_HELDOUT95[m - 1]} {y}",
            "in": f"{day:02d}/{m:02d}/{y}",
            "in2": f"{day:02d}-{m:02d}-{y}",
            "me": f"{me_year} {ME_MONTHS_HELDOUT95[me_month]} {me_day}",
            "meml": f"കൊല്ലവർഷം {me_year} {ME_MONTHS_ML_HELDOUT95[me_month]} {me_day}",
            "nz": f"{day:02d}/{m:02d}/{y}",
            "en": f"{day} {EN_MONTHS_HELDOUT95[m - 1]} {y}",
            "mi": f"{day} {MI_MONTHS_HELDOUT95[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of any of this set's regions takes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["us", "fi", "in", "in2", "nz", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, old = self._dob_shapes(), self._dob_shapes(1928, 1962)
        options = [
            ("the DNR site wants pappa's date of birth for his license, {}", old["us"]),
            ("mummu was born {}, she still won't tell anyone her age", old["usw"]),
            ("cousin in Oulu says mummu's birth in the church book is {}", old["fi"]),
            ("pappa syntyi {}, kirkonkirjan mukaan", old["fiw"]),
            ("the tribal enrollment form needs her birthday, {}", s["us"]),
            ("emaa's baptism in the church book says born {}", old["ru"]),
            ("the welfare board passbook has his date of birth as {}", s["in"]),
            ("appachan's horoscope says he was born on {}, by the Malayalam calendar", old["me"]),
            ("അപ്പച്ചൻ ജനിച്ചത് {} ആണ്", old["meml"]),
            ("for the fishing card they want his DOB, {}", s["in2"]),
            ("the tītī permit form wants koro's date of birth, {}", old["nz"]),
            ("nana was born on {} at Bluff", old["en"]),
            ("i whānau mai a koro i te {}", old["mi"]),
            ("Date of birth: {}", s["us"]),
            ("DOB: {}", s["nz"]),
            ("Syntymäaika: {}", s["fi"]),
            ("Дата рождения: {}", old["ru"]),
            ("ജനനത്തീയതി: {}", s["in"]),
            ("பிறந்த தேதி: {}", s["in2"]),
            ('    "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT95_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} got his buck on opening day, it's on the pole at camp",
        "can you ask {} if the smelt are running yet",
        "{} is bringing the pasties up to deer camp friday",
        "{} lent me his ice auger and I still have it",
        "{} has the sauna going, come down after you clean the fish",
        "{} filled his doe tag this morning",
        "{} got the license online but the DNR site crashed twice",
        "{} knows where the morels come up, she won't say",
        "{} picked 6 quarts of thimbleberries for jam",
        "{} is sharing out the venison, we get the backstrap",
        "{} put 40 lbs of salmon in the freezer",
        "{} went out on the skiff for halibut, back by high tide",
        "{} got the subsistence permit from the tribal office",
        "{} is smoking the reds on the fish rack behind the house",
        "{} says the weather is too rough to cross to Kodiak",
        "{} is splitting alder for the smokehouse",
        "{} sold the catch at the auction this morning",
        "{} fixed the outboard motor of the boat before the monsoon",
        "{} came back from the Gulf in time for the festival at the parish",
        "{} says the trawling ban starts on the 9th",
        "{} took the catamaran out at 4, came back with sardines",
        "{} is going to the tītī islands with the whānau in april",
        "{} salted the birds and packed them in the pōhā",
        "{} brought oysters from Bluff for everyone",
        "{} is checking the cray pots before the southerly comes",
        "{} has the mooring next to ours, ask him about the chain",
        "{} borrowed my waders and never brought them back",
        "{} is picking blueberries up by the lake with the kids",
        "{} shot a moose and needs help packing it out",
        "{} said the fish co-op only pays 80 cents a pound this year",
        "{} wants her share of the catch smoked, not frozen",
        "{} is on the boat till sunday, no signal out there",
        "{} forgot his licence at home again",
        "{} cleaned all the fish, I owe her big",
        "{} keeps the tide table on the fridge",
        "{} is teaching the grandkids to set the net",
        "{} and {} split the quota between the two boats",
        "tell {} the freezer at camp is full already",
        "{} got a new trail cam for the swamp stand",
        "{} is the one who knows the mushroom spots, ask him nicely",
        "mummu {} makes the best nisu for deer camp",
        "pappa {} still does the smelt dipping at 84",
        "täti {} sends pulla for the hunters every year",
        "setä {} gave me his old rifle",
        "emaa {} is cutting fish at the rack all day",
        "apa {} taught me how to smoke the reds",
        "batushka {} blessed the boats before the season",
        "{} chettan went out with the motor boat at night",
        "{} chechi does the fish sorting at the harbour",
        "{} anna got a good price at the auction today",
        "{} akka is drying the fish on the beach",
        "koro {} has been birding on the islands for sixty years",
        "nana {} is plucking birds in the shed",
        "matua {} is taking the boat across to the islands tomorrow",
        "whaea {} is coming down from Invercargill for the season",
        "{} from Hancock is coming up for the smelt run",
        "{} drove the fish to the co-op in Colachel",
        "{} is bringing the salted muttonbirds to Invercargill to sell",
        "{} gets the venison for the church dinner in Calumet",
        "{} says the sauna at camp needs new rocks",
        "{} got her first deer this year!!",
        "{} is in Ouzinkie for the name day",
        "{} is visiting from the Gulf, he works on a boat in Qatar",
        "{} sends money from Dubai for the new boat",
        "{} is bringing the pāua fritters",
        "{} got the crayfish licence sorted",
        "{} rang from Stewart Island, the ferry isn't running",
        "{} ഇന്ന് രാത്രി മോട്ടോർ വള്ളത്തിൽ പോയി, നാളെ രാവിലെ വരും",
        "{} ലേലത്തിൽ നല്ല വില കിട്ടി എന്ന് പറഞ്ഞു",
        "{} വലയുമായി കടപ്പുറത്ത് ഉണ്ട്, മീൻ ലേലം ഏഴ് മണിക്ക്",
        "{} ഗൾഫിൽ നിന്ന് പുതിയ എഞ്ചിന് പണം അയച്ചു",
        "{} இன்னைக்கு கட்டுமரத்துல போனாங்க, மத்தியானம் வருவாங்க",
        "{} சாளை மீன் கொண்டு வந்தாங்க",
        "{} сегодня поймал двух палтусов",
        "{} on saunassa, tule kalojen jälkeen",
        "kei te haere a {} ki ngā moutere tītī ā te Āperira",
        "Licensee: {}",
        "Tag issued to: {}",
        "Permit holder: {}",
        "PERMIT HOLDER: {}",
        "BIRDER: {}",
        "Skipper: {}",
        "Crew: {}",
        "Harvester: {}",
        "Fish ticket, seller: {}",
        "Name of Fisherman: {}",
        "Father's Name: {}",
        "Boat owner: {}",
        "Member: {}",
        "Nimi: {}",
        "Kirkonkirjassa: {}",
        "Имя: {}",
        "Раб Божий {}",
        "Раба Божия {}",
        "പേര്: {}",
        "ബോട്ട് ഉടമ: {}",
        "അംഗത്തിന്റെ പേര്: {}",
        "படகு உரிமையாளர்: {}",
        "பெயர்: {}",
        "Ingoa: {}",
        "Ko {} tōku ingoa",
        "| 12 lb | {} | coho |",
        '"hunter_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "send the jerky to {}, I'm at mom's",
        "the DNR mailed the tag to {}",
        "drop the smoked fish off at {}",
        "the freezer is in the garage at {}",
        "the new outboard ships to {}",
        "the co-op pays the cheque to {}",
        "we meet at {} before we head to the boat",
        "bring the birds to {}, nana will sort them",
        "Mailing address: {}",
        "Address: {}",
        "Physical address: {}",
        "വിലാസം: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the camp photos to {}",
        "the tribal office writes from {}",
        "the auction slips get emailed to {}",
        "the muttonbird orders go to {}",
        "the trail cam sends the pics to {}",
        "E-mail: {}",
        "Email: {}",
        "Sähköposti: {}",
        "Notify: {}",
        "Contact email: {}",
    ],
    "PHONE_NUMBER": [
        "call camp on {} if you're coming up late",
        "the harbour master is on {}",
        "ring me on {} when you're back from the islands",
        "the buyer at the auction is {}",
        "the tribal office number is {}",
        "Phone: {}",
        "Cell: {}",
        "Mobile: {}",
        "Ph: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the license with {}",
        "the new outboard went on {}",
        "the ferry to the islands charged {}",
        "put the freezer on {}, we pay it off after the season",
        "the processor charged {} for the vacuum packing",
        "Card: {}",
        "Card number: {}",
        "CC: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send your share of the boat to {}",
        "the cousins in Oulu pay into {}",
        "he sends the money from the Gulf to {}",
        "the muttonbird money goes to {}",
        "IBAN: {}",
        "Tilinumero (IBAN): {}",
        "Kontonummer: {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "my inaturalist is {}, I posted the chanterelles",
        "the fishbrain account is under {}",
        "on onx hunt the camp map is shared by {}",
        "on huntstand the stands are under {}",
        "the mushroom observer login is {}",
        "the navionics chart is saved under {}",
        "marinetraffic fleet is under {}",
        "the trade me listing for the boat is by {}",
        "on sharechat the videos are by {}",
        "the dumbassets login is {}",
        "my ejabberd name is {}",
        "changedetection sends from {}",
        "AP_POSTGRES_USERNAME={}",
        'sql_username: "{}"',
        "$ ejabberdctl register {} rakiura.chat",
        "Login: {}",
    ],
}
HELDOUT95_MIXED = [
    ("Licensee: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Permit holder: {}, {}, born {}", ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]),
    ("Name of Fisherman: {}, Mobile: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Harvester: {}, {}, {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("{} paid the moose tag with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the outboard with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("AP_POSTGRES_USERNAME={}\nAP_POSTGRES_PASSWORD={}", ["USERNAME", "SECRET"]),
    ('sql_server: "{}"\nsql_username: "{}"\nsql_password: "{}"', ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("the buyer is {}, {}, pay the boat share to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send your share to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("$ ejabberdctl register {} rakiura.chat {}", ["USERNAME", "SECRET"]),
    ("Birder: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Skipper: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the processor kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is doing the camp food list", ["PERSON", "EMAIL_ADDRESS"]),
    ("Tag issued to: {}, {}, date of birth {}", ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]),
    ("Nimi: {}\nSyntymäaika: {}\nOsoite: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the auction sends slips to {} and texts to {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("AP_POSTGRES_HOST={}\nAP_POSTGRES_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("{} says call him on {} when the smelt are running", ["PERSON", "PHONE_NUMBER"]),
    ("{} moved to {}, send the smoked fish there", ["PERSON", "STREET_ADDRESS"]),
    ("tell {} to send his share of the fuel to {}", ["PERSON", "IBAN_CODE"]),
    ("{} is on onx as {}, add her to the camp map", ["PERSON", "USERNAME"]),
    ("{} was born {}, she gets the elder's share of the birds", ["PERSON", "DATE_OF_BIRTH"]),
    ("{}'s email is {} and her cell is {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("the camp wifi password is {}, the router is at {}", ["SECRET", "IP_ADDRESS"]),
    ("{} put the boat fuel on {}, pay him back after the season", ["PERSON", "CREDIT_CARD"]),
]  # fmt: skip
HELDOUT95_NEGATIVES = [
    "Hancock, Calumet and Houghton are on the Keweenaw, in Michigan's Upper Peninsula",
    "Yoopers are the people of the U.P.",
    "mummu and pappa are grandma and grandpa, täti and setä aunt and uncle",
    "Finnish names in the U.P. were often spelled with a W for the V",
    "Maki is Mäki without the dots, it means hill",
    "Lahti is a city in Finland and Koski means rapids",
    "Lahti's Pasties is the shop on the highway",
    "the Hautala trophy goes to the biggest buck at camp",
    "sisu is a Finnish word for grit",
    "49930 is the Hancock zip code",
    "rifle season opens November 15",
    "smelt run when the ice goes out, usually April",
    "the kill tag has to go on the deer before you move it",
    "license number 114-227-093",
    "Old Harbor, Ouzinkie and Larsen Bay are villages on Kodiak Island",
    "Sugpiaq and Alutiiq are two names for the same people",
    "emaa is grandmother and apa grandfather in Alutiiq",
    "batushka is how you address an Orthodox priest",
    "many Kodiak family names end in -off, the old spelling of -ov",
    "Kvasnikoff Smokehouse sells smoked reds in town",
    "the F/V Kewan is tied up at the harbor",
    "subsistence permit 2026-0417",
    "the halibut limit is two fish a day",
    "99615 is the Kodiak zip code",
    "name day is the feast of the saint you're named after",
    "Vizhinjam, Poovar and Kollam are on the Kerala coast, Colachel is in Kanyakumari",
    "the Mukkuvar are the fisherfolk of the south-west coast",
    "chettan and chechi mean elder brother and sister in Malayalam, anna and akka in Tamil",
    "the house name often comes before the given name in Kerala",
    "kattumaram is where the English word catamaran comes from",
    "Puthuval Fisheries buys from the boats at Vizhinjam",
    "the monsoon trawling ban lasts 52 days",
    "boat registration IND-KL-01-MM-1234",
    "the auctioneer takes 5 percent",
    "695521 is the Vizhinjam PIN code",
    "1202 is this year in the Malayalam calendar, it began in August",
    "Chingam is the first month of the Malayalam year",
    "Rakiura is the Māori name of Stewart Island",
    "tītī is the Māori name of the muttonbird, the sooty shearwater",
    "Kāi Tahu is how the south says Ngāi Tahu",
    "koro and nana are grandfather and grandmother, matua and whaea uncle and aunt",
    "the birding season on the Tītī Islands starts on 1 April",
    "a pōhā is a kelp bag the birds are kept in",
    "Goomes Oysters runs the oyster boat out of Bluff",
    "9818 is the Stewart Island postcode",
    "mooring number 47 is ours",
    "fish ticket 88213",
    "quota share 2,400 kg",
    "low tide 5:12, high tide 11:34",
    "we landed the catch on 2026-03-03",
    "the season closes on 30/05/2026",
    "opening day was 11/15/2025",
    "the ferry leaves at 8:00 and 15:30",
    "the outboard is a 40 hp",
    "the freezer holds 20 cubic feet",
    "changedetection.io 0.49 added the restock checks",
    "DumbAssets 1.0.11 runs on port 3000",
    "TriliumNext 0.90 renamed the ETAPI settings",
    "Activepieces 0.50 needs Postgres 14",
    "ejabberd 24.12 reads ejabberd.yml",
    "fixed in commit 4e1a7c2, see the changelog",
    "DUMBASSETS_PIN=1234",
    "AP_ENCRYPTION_KEY=<your-key-here>",
    'sql_password: "changeme"',
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "FI21 1234 5600 0007 85 is the example IBAN in the docs",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "write to hunter@example.com for the form",
    "192.0.2.95 is a documentation address",
    "198.51.100.95 is a documentation address",
    "2001:db8:95::1 is a documentation address",
    "in the US you call 911",
    "in India the emergency number is 112",
    "in New Zealand you ring 111",
    "no fish today, the wind was too strong",
    "the freezer is full!",
    "smoke's been going since 5am",
    "thanks for the fish",
    "kiitos for the pulla",
    "nanni, the fish was good",
    "ka pai, the birds are salted",
    "good luck with the hunt",
]  # fmt: skip


def _typo95(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a theme word's well-known misspelling ('license'
    -> 'lisence', 'mushroom' -> 'mushrom', 'halibut' -> 'halibit', 'freezer' -> 'freezor', 'weather' ->
    'wether'), or the hunters' and fishers' shorthand creeping into chat ('pounds' -> 'lbs', 'with' -> 'w/',
    'tomorrow' -> 'tmrw', 'high tide' -> 'HT'). Only in sentences typed to the bot or a friend; a kin word
    next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT95.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT95[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT95.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT95[m.group(1)] + template[m.end() :]


def build_heldout95(seed: int = HELDOUT95_SEED) -> list[Example]:
    """Held-out set 95: `Gen95` values in `HELDOUT95_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen95(seed)
    return assemble_module_set(
        gen, HELDOUT95_TEMPLATES, HELDOUT95_MIXED, HELDOUT95_NEGATIVES, _typo95, person=gen.person_for
    )
