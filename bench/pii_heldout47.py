"""Held-out PII set 47 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout47": written before round 34 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT47 is empty, as for
held-out 16 to 46; written at the same time as held-out 48, the two authors split the world between them: 47
takes the arts, music and media (orchestras and bands on tour, opera and theatre companies, film and TV crews,
community and pirate radio, podcasts, photography studios, galleries and auction houses, publishing houses and
newspapers, fashion houses and modelling agencies, tattoo and piercing studios, circuses and street
performers, music schools and recording studios), 48 takes land and sea work); hand-written lists of Mande
jeli (griot) families of Mali and Guinea (kora, balafon and ngoni players and praise singers of Kita,
Bamako's Bagadadji and Niaréla, Kankan and Conakry's Matam, on tour and in Montreuil's foyers: a Malian
passport's 'FAMILY Given' in capitals first, and 'Djeli' before the given name: 'Sira Kouyaté', 'TOUNKARA
Lassana', 'Djeli Mory'), qawwali families of Punjab (Faisalabad, Lahore around Data Darbar and the Patiala
gharana, the touring 'party' with its harmoniums: compound given names, 'Qawwal' written as a family name and
'Ustad' before the name: 'Badar Ali Khan', 'Ghulam Farid Qawwal', 'Ustad Najmuddin'), son and trova musicians
of Santiago de Cuba (the Casa de la Trova, the Tivolí, the comparsas and the conga of the Carnaval: Cuba's
Y-given names with both family names and Santiago's French-Haitian ones, and the short form a band calls
them: 'Yusleidy Durruthy Limonta', 'Osmany Danger', 'Yoyi'), Roma brass bands (trubači) of Vranje, Bujanovac
and Vladičin Han in southern Serbia (weddings and Guča: family names in -ović and -ić in Serbian Latin and in
Cyrillic, a band named for its leader and 'čika' before an elder's given name: 'Nehat Salijević', 'Шабан
Мамутовић', 'Orkestar Fejat Ajdinović', 'čika Bajram') and Gnawa maâlems and their troupes of Essaouira (lila
nights, the Gnaoua festival, guembri, qraqeb and koyo dancers: a Moroccan ID's 'FAMILY Given' and 'Maâlem'
before the name: 'Abdeslam Alikane', 'OUGHASSAL Rkia', 'Maâlem Mokhtar'); stage and credit names beside legal
names: an album's 'feat.', a concert's 'cond.', a film's 'dir.', a photo's 'Photo:', a newspaper's 'By X |
Staff reporter' byline, a book's 'Translated by', a lot's 'consigned by', a tattoo's 'Tattoo by' with the
carrier outside the span; a tour sheet's ('Tour manager:', 'Backline tech:'), a call sheet's ('1st AD:',
'DoP:'), a radio rota's ('Presenter (22:00-00:00):'), a podcast's ('Host:', 'Guest:'), a gallery's ('Artist:',
'Registrar:'), an auction's ('Consignor:', 'Paddle 214:'), a modelling agency's ('Model:', 'Booker:'), a
tattoo studio's ('Client:', 'Piercer:'), a circus's ('Ringmaster:', 'Rigger:') and a music school's
('Pupil:', 'Teacher (kora):') fields; over three quarters of the sentences typed to the bot or a friend:
tours, soundchecks and setlists, rehearsals, recording sessions, film shoots and call sheets, radio shows
and podcasts, gallery hangs and auctions, newspaper and book deadlines, fittings and castings, tattoo and
piercing bookings, circus tents and busking pitches, music lessons; self-hosted apps' config no earlier set
pasted: Koel's .env, Lidarr's config.xml, MediaCMS's local_settings.py, a Liquidsoap radio.liq for a pirate
station's stream, obs-websocket's config JSON and Bitfocus Companion's admin PIN, with Genius, Musixmatch,
Songkick and Shure keys; those regions' addresses (Bamako's 'Rue 310, Porte 45, Bagadadji, Commune II', Kita's
quarters, Conakry's Matam and Kankan's quarters, a Montreuil foyer's room, Faisalabad's 'P-12, Gali No. 4',
Lahore's mohallas near Data Darbar, Patiala's 'H. No. 1204, Tripuri Town', Santiago de Cuba's 'Calle Heredia
No. 208 e/ San Pedro y San Félix' and its repartos and micro-districts, Hialeah, Vranje's and Bujanovac's
streets with 'bb' (no number) and in Cyrillic, Essaouira's derbs in the médina) and phones (Malian +223 and
Bamako's 20 2x, Guinean +224 62x, Faisalabad 041, Lahore 042-35, Pakistani mobiles as +92 3xx, Patiala 0175
and Indian +91 98, Cuban mobiles +53 5 and Santiago's (22), Vranje 017/4xx and Serbian mobiles 06x/xxx-xxxx
and +381, Moroccan +212 6 and 06 and Essaouira's 0524 47, Paris 01 48); Visa, Mastercard 51-55 and 2221-2720,
Amex 34 and 37, JCB 35 and UnionPay 62 as a tour's backline hire, an auction's buyer's premium or a tattoo
deposit takes them, with spaces, hyphens or none; IBANs of Pakistan, Serbia, France and Germany (every IBAN
country was used by an earlier set; these are where this set's fees go); IPs in a digital mixing desk, a
wireless mic receiver, in-ear monitor transmitters, a lighting desk, a stage PTZ camera, a pirate radio's
stream encoder and transmitter link, a podcast recorder, a gallery's climate logger, an auction's live
bidding screen, a newsroom's CMS box and press-room printer, a photo studio's tethering laptop and flash
trigger, a tattoo studio's booking tablet, a circus ticket scanner and big-top wind sensor, a music school's
practice-room tablets, a recording studio's tape remote, and in the pastes above, a Liquidsoap log line and a
Lidarr log line, v6 in 2c0f:f0c8, 2407:aa80, 2a06:63c0, 2a00:1678 and 2803:9400 ranges; passwords handed over
in ways no earlier set used (on the back of tonight's setlist, gaffer tape on the mixing desk, inside the
kora case lid, in lipstick on the green room mirror, on the darkroom door, in the autoclave log, in the
gallery's condition report folder, on a circus trailer's padlock, in an auction's bidder letter, on the
pirate transmitter shed's lock, on the tour bus fridge, on the practice rooms' keypad), Kita ('Kita#Jeliya'),
the Tivolí ('Tivoli_1950'), Guča ('Guca!Truba'), Mogador ('Mogador@Lila'), the Patiala gharana
('Patiala-Gharana7'), leetspeak of rehearsal words ('m1x3r', 'r3h34r$4l'), a tempo and a key ('96bpm-Fminor'),
and cues in Punjabi in Gurmukhi ('ਪਾਸਵਰਡ ... ਹੈ'), Cuban Spanish ('la contraseña ... es ..., asere'), Serbian
in Cyrillic ('лозинка ... је') and Moroccan Darija in Latin letters ('l code dyal lwifi howa'); usernames on
Genius, Backstage, Mandy, StarNow, Model Mayhem, Tattoodo, Jamendo, Splice, Kompoz, Audiomack, Boomplay,
Saatchi Art, Artsy, Songkick, Rate Your Music, Vimeo and Anghami, shapes like 'x.on.kora', 'y_brass_band',
'x-takes-3', 'soundcheck.y', 'x_lila', 'trova.y', 'x4guembri' and 'y-b-side-7'; dates of birth on a touring visa, a casting profile, a tattoo consent form, a model's comp card, a music school's
enrolment, a festival accreditation and a film crew's start form, in Malian French ('né le 14/03/1987 à
Kita'), Punjabi in Gurmukhi ('ਜਨਮ ਮਿਤੀ'), Cuban Spanish ('14 de marzo de 1987'), Serbian Latin with its dots
('datum rođenja: 14. 03. 1987.') and Cyrillic ('датум рођења'), Moroccan Arabic ('تاريخ الازدياد'), a gallery
catalogue's 'b. 14 March 1987', a comp card's 'DOB 14.03.87' and a crew start form's JSON 'dob'; typos as a
lyric or caption app's line wrap splitting a long word with a hyphen ('rehearsal' -> 'rehear- sal') or
capitalising a word mid-sentence as if a new line began ('the bus leaves' -> 'the bus Leaves'), typed from a
teleprompter, a lyrics app or a caption tool; negatives with the same regions' places, genres and
instruments, the titles and the address abbreviations explained, set times, tempos and keys, timecodes and
slate numbers, lens settings, print editions, lot numbers, estimates and hammer prices, ISRC and ISBN codes,
catalogue and opus numbers, FM frequencies, seat and row numbers, ticket prices, versions, a commit,
placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and
v6), and short everyday chat).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

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

HELDOUT47_SEED = 5193862
# no faker name locale, as in held-out 16 to 46: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT47: list[str] = []
# the arts, music and media (held-out 48, written at the same time, takes land and sea work); each origin:
# (men's given names, women's given names, family names)
NAMES_HELDOUT47: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Mande jeli (griot) families of Mali and Guinea: Kita, Bamako's Bagadadji and Niaréla, Kankan, Conakry
    "jeli": ("Sidiki Lassana Djelimady Kassé Mory Mamadi Fodé Sékou Lansiné Madou".split(),
             "Kandia Nainy Sira Tata Mah Assitan Sanata Djénéba Kadiatou".split(),
             "Kouyaté Diabaté Soumano Tounkara Damba Sakiliba Kamissoko Kanté".split()),
    # qawwali families of Punjab: Faisalabad, Lahore around Data Darbar, the Patiala gharana
    "qawwal": (["Rizwan", "Muazzam", "Mehr Ali", "Sher Ali", "Najmuddin", "Saifuddin", "Badar Ali", "Asrar",
                "Dildar Hussain", "Ghulam Farid", "Sarfraz", "Ejaz"],
               "Rukhsana Naheed Farzana Shazia Nighat Saima Tahira".split(),
               "Khan Khan Qawwal Niazi Santoo Bakhshi Chishti Nizami".split()),
    # son and trova musicians of Santiago de Cuba: Casa de la Trova, the Tivolí, comparsas and the conga
    "santiago": ("Yoandri Osmany Yunior Dayron Yasmany Reinier Yordan Alexei Eliecer Orestes".split(),
                 "Yusleidy Yordanka Yanelis Yaimara Dayamí Yudith Mailén Odalys Niurka".split(),
                 "Repilado Hechavarría Durruthy Cutiño Garbey Limonta Danger Duharte Mustelier Despaigne Portuondo Fonseca".split()),
    # Roma brass bands (trubači) of Vranje, Bujanovac and Vladičin Han, southern Serbia
    "trubaci": ("Ekrem Fejat Dževdet Nehat Šaban Bajram Sejdi Ramiz Elvis Demir".split(),
                "Šemsa Nermina Selvija Ajša Ramiza Dženana Medina Suzana".split(),
                "Salijević Ajdinović Demirović Mamutović Ramadanović Ekremović Ametović Sejdić Kurtišević".split()),
    # Gnawa maâlems and their troupes of Essaouira: lila nights, the Gnaoua festival, koyo dancers
    "gnawa": ("Abdeslam Mokhtar Hamid Brahim Allal Said Mustapha Omar Hassan Abdellah".split(),
              "Zaida Rkia Mbarka Fatna Hayat Aicha Itto".split(),
              "Gania Alikane Kouyou Oughassal Boussou Soudani Baqbou Damoussi Guinia".split()),
}  # fmt: skip
# the short form a Santiago band calls its players by
SANTIAGO_SHORT_HELDOUT47 = {
    "Yoandri": "Yoyi", "Osmany": "Osma", "Yordanka": "Yorda", "Yusleidy": "Yusle", "Yasmany": "Yasma",
    "Reinier": "Rey", "Yaimara": "Yai",
}  # fmt: skip
# a title before the name (outside the span) goes with the origin that uses it: (origin, men only)
TITLED_HELDOUT47: dict[str, tuple[str, bool]] = {
    "djeli": ("jeli", False),  # a jeli (griot), before the given name
    "ustad": ("qawwal", True),  # a master musician, before a man's name
    "maâlem": ("gnawa", True),  # the master of a Gnawa lila, before a man's name
    "maalem": ("gnawa", True),
    "čika": ("trubaci", True),  # 'uncle', an elder of the band, before his given name
}
TITLE_SLOT_HELDOUT47 = re.compile(r"\b(djeli|ustad|maâlem|maalem|čika) \{\}", re.IGNORECASE)
# a band named for its leader: the leader's name is the span, 'Orkestar' stays outside
SERBIAN_CYRILLIC_HELDOUT47 = [("dž", "џ"), ("Dž", "Џ"), ("lj", "љ"), ("Lj", "Љ"), ("nj", "њ"), ("Nj", "Њ")] + [
    (a, b) for a, b in zip("abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
                           "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", strict=True)
]  # fmt: skip
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT47 = {"PK": "4a16c", "RS": "18n", "FR": "10n11c2n", "DE": "18n"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT47 = ["kora", "trova", "brass", "lila", "qawwali", "studio", "tour", "darkroom", "gallery",
                      "radio", "podcast", "tattoo", "circus", "casting", "press", "backline"]  # fmt: skip
# slips outside the slots: a lyric or caption app's line wrap hyphenating a long word, or capitalising a word
# mid-sentence as if a new line began there
WRAP_WORD_HELDOUT47 = re.compile(r"(?<![\w{}'@.])[a-z]{7,}(?![\w{}'@])")
CAP_WORD_HELDOUT47 = re.compile(r"(?<=[a-z,] )[a-z]{3,}(?![\w{}'@])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Kouyaté' -> 'kouyate',
    'Salijević' -> 'salijevic', 'Mehr Ali' -> 'mehrali')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _cyrillic(name: str) -> str:
    """A Serbian Latin name in Serbian Cyrillic ('Šaban Mamutović' -> 'Шабан Мамутовић')."""
    for latin, cyr in SERBIAN_CYRILLIC_HELDOUT47:
        name = name.replace(latin, cyr)
    return name


class Gen47(Gen3):
    """Generators for held-out set 47: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None, man: bool = False) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT47 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT47))
        men, women, lasts = NAMES_HELDOUT47[origin]
        woman = not man and rng.random() < (0.3 if origin in ("qawwal", "gnawa") else 0.45)
        given = rng.choice(women if woman else men)
        return origin, given, rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        lasts = NAMES_HELDOUT47[origin][2]
        if origin in ("jeli", "gnawa") and r < 0.3:  # a Malian passport's or a Moroccan ID's FAMILY Given
            return f"{last.upper()} {first}"
        if origin == "qawwal":
            if not woman and r < 0.35 and " " not in first:
                return f"{first} Ali {last}"
            if not woman and r < 0.55:
                return f"{first} Qawwal"
        if origin == "santiago" and r < 0.55:  # both family names
            other = rng.choice([x for x in lasts if x != last])
            return f"{first} {last} {other}"
        if origin == "trubaci" and r < 0.3:
            return _cyrillic(f"{first} {last}")
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.8:
            name = first
            if origin == "santiago" and first in SANTIAGO_SHORT_HELDOUT47 and rng.random() < 0.5:
                name = SANTIAGO_SHORT_HELDOUT47[first]
        elif r < 0.9:
            name = last if last != "Khan" else f"{first} Khan"
        else:  # the given name's initial and the family name, as a credits roll or a programme gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Djeli Mory', 'Ustad Najmuddin', 'Maâlem Mokhtar Gania',
        'čika Bajram'), from the origin that uses it."""
        rng = self.rng
        origin, man = TITLED_HELDOUT47[title.lower()]
        _, given, last, _ = self._origin_name(origin, man)
        if title.lower() == "ustad" and rng.random() < 0.4 and last != "Qawwal":
            return f"{given} {'Ali ' if ' ' not in given else ''}{last}"
        return given if rng.random() < 0.7 else f"{given} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT47.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        shapes = [
            f"Rue {rng.randint(100, 450)}, Porte {rng.randint(1, 80)}, {pick(['Bagadadji', 'Niaréla', 'Bozola', 'Médina Coura'])}, Commune II, Bamako",
            f"Quartier {pick(['Darsalam', 'Kita-Nord', 'Sébénikoro', 'Hamdallaye'])}, près du marché, Kita, Région de Kayes",
            f"Quartier {pick(['Matam-Lido', 'Bonfi', 'Madina'])}, Commune de Matam, Conakry",
            f"Quartier {pick(['Salamani', 'Kabada', 'Heremakono'])}, Kankan, Guinée",
            f"Foyer Bara, chambre {rng.randint(1, 240)}, 50 rue Bara, 93100 Montreuil",
            f"P-{n}, Gali No. {rng.randint(1, 14)}, {pick(['Ghulam Muhammadabad', 'Jhang Bazar', 'Samanabad'])}, Faisalabad",
            f"House {n}, {pick(['Mohalla Pir Gilanian', 'Bilal Gunj', 'Mohalla Sirianwala'])}, near Data Darbar, Lahore",
            f"H. No. {rng.randint(100, 2400)}, {pick(['Tripuri Town', 'Sanauri Adda', 'Lahori Gate'])}, Patiala 147001",
            f"Calle Heredia No. {rng.randint(100, 420)} e/ {pick(['San Pedro y San Félix', 'Carnicería y Calvario', 'San Félix y Reloj'])}, Santiago de Cuba",
            f"Calle {rng.randint(2, 12)} No. {n} e/ {rng.randint(1, 9)} y {rng.randint(10, 15)}, Reparto Vista Alegre, Santiago de Cuba",
            f"Edif. {rng.randint(1, 90)} apto {rng.randint(1, 30)}, Micro {rng.randint(1, 9)}, Distrito José Martí, Santiago de Cuba",
            f"{rng.randint(100, 1900)} W {rng.randint(20, 80)}th St, Hialeah, FL 3301{rng.randint(0, 6)}",
            f"Radnička {rng.randint(1, 90)}, 17500 Vranje",
            "Gornja čaršija bb, 17500 Vranje",
            f"Радничка {rng.randint(1, 90)}, 17500 Врање",
            f"Karađorđeva {rng.randint(1, 120)}, 17520 Bujanovac",
            f"Svetosavska {rng.randint(1, 60)}, 17510 Vladičin Han",
            f"{rng.randint(1, 60)} Derb {pick(['Laalouj', 'Ahl Agadir', 'Mellah', 'Chbanate'])}, Médina, 44000 Essaouira",
            f"Hay {pick(['Borj', 'Essaada', 'Al Fath'])}, rue {rng.randint(1, 40)} n° {rng.randint(1, 90)}, Essaouira",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT47)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{first}_{subject}", f"{last}{rng.randint(1960, 2004)}",
                           f"{subject}-{last}", f"{first}.{subject}.{last}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "yahoo.fr", "orange.fr", "outlook.fr", "nauta.cu", "yahoo.es",
                             "hotmail.com", "gmx.de", "eunet.rs", "mts.rs", "menara.ma", "live.fr", "protonmail.com",
                             "icloud.com", "yahoo.com", "outlook.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+223 7{d(1)} {d(2)} {d(2)} {d(2)}",  # Malian mobile
            f"20 2{d(1)} {d(2)} {d(2)}",  # Bamako
            f"+224 62{d(1)} {d(2)} {d(2)} {d(2)}",  # Guinean mobile
            f"041-8{d(6)}",  # Faisalabad
            f"042-35{d(6)}",  # Lahore
            f"+92 3{rng.choice('0134')}{d(1)} {d(7)}",  # Pakistani mobile, international
            f"0175-22{d(5)}",  # Patiala
            f"+91 98{d(3)} {d(5)}",  # Indian mobile
            f"+53 5{d(3)} {d(4)}",  # Cuban mobile
            f"(22) 6{d(5)}",  # Santiago de Cuba
            f"017/4{d(2)}-{d(3)}",  # Vranje
            f"06{rng.choice('0123456')}/{d(3)}-{d(4)}",  # Serbian mobile
            f"+381 6{rng.choice('0123456')} {d(3)} {d(4)}",
            f"+212 6{d(2)}-{d(6)}",  # Moroccan mobile
            f"06 {d(2)} {d(2)} {d(2)} {d(2)}",  # Moroccan or French mobile
            f"0524 47 {d(2)} {d(2)}",  # Essaouira
            f"01 48 {d(2)} {d(2)} {d(2)}",  # Paris east, Montreuil
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2720", 16), ("34", 15),
                                     ("37", 15), ("3589", 16), ("62", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.66:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT47))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT47[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): stage, studio, radio, gallery, auction, newsroom, photo, tattoo, circus
        and music school chat, this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2c0f:f0c8:{h()}:{h()}::{h()}", f"2407:aa80:{h()}::{h()}", f"2a06:63c0:{h()}:{h()}::{h()}",
                         f"2a00:1678:{h()}::{h()}", f"2803:9400:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the digital desk at front of house is on {}, the tablet won't find it", v4),
            ("wireless mic receiver got {} after soundcheck, channel 3 keeps dropping", v4),
            ("in-ear transmitters for the band are on {}", v4),
            ("the lighting desk is {}, ask the LD before you touch it", v4),
            ("stage ptz camera for the stream is {}", rng.choice([v4, v6])),
            ("our pirate station's stream encoder is on {}, keep it quiet", v4),
            ("the link to the transmitter on the roof answers on {}", rng.choice([v4, v6])),
            ("podcast recorder in the booth shows {} on its screen", v4),
            ("gallery climate logger in the store is {}, humidity alarm again", v4),
            ("the live bidding screen in the saleroom is on {}", v4),
            ("newsroom cms box is {}, the subs can't file", rng.choice([v4, v6])),
            ("press room printer is {} now", v4),
            ("the tethering laptop in the photo studio has {}", v4),
            ("flash trigger hub is on {}, the strobes won't fire", v4),
            ("the tattoo studio's booking tablet is {}", v4),
            ("ticket scanner at the big top entrance is {}", v4),
            ("wind sensor on the big top king pole reports to {}", rng.choice([v4, v6])),
            ("practice room tablets at the music school get {}", v4),
            ("the tape machine remote in studio b is {}", v4),
            ("KOEL_DB_HOST={}", v4),
            ("  <BindAddress>{}</BindAddress>", v4),
            ('        "HOST": "{}",', v4),
            ('output.icecast(%mp3, host="{}", port=8000, mount="/live", radio)', v4),
            ("  server: {}", v6),
            ("2024/11/02 23:14:07 [output.icecast:2] Connecting mount /live for source@{}...", v4),
            ("2024-11-02 23:14:09.4|Warn|ImportListSyncService|Connection to {} refused", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Kita#{rng.choice(['Jeliya', 'Kora', '1987'])}",
                f"Tivoli_{rng.randint(1900, 2024)}",
                f"Guca!{rng.choice(['Truba', 'Vranje', '2019'])}",
                f"Mogador@{rng.choice(['Lila', 'Guembri', 'Gnaoua'])}",
                f"Patiala-Gharana{rng.randint(1, 99)}",
                rng.choice(["mixer", "rehearsal", "audition", "backline", "setlist"]).translate(leet) + rng.choice(["", "!", "_47"]),
                f"{rng.randint(60, 180)}bpm-{rng.choice(['Fminor', 'Dmajor', 'Bbmaj7', 'Gsus4', 'Aminor'])}",
                f"{rng.choice(['Heredia', 'Vranje', 'Kankan', 'Essaouira', 'Faisalabad'])}{rng.choice(['*', '&', '+'])}{w().capitalize()}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = string.ascii_letters + string.digits + "+/"
        options = [
            # passwords handed over in ways no earlier set used
            ("the studio wifi is on the back of tonight's setlist, {}", pw),
            ("gaffer tape on the mixing desk has the stage laptop login, {}", pw),
            ("inside the kora case lid is the tour email password, {}", pw),
            ("someone wrote the green room wifi on the mirror in lipstick, {}", pw),
            ("the darkroom door code is {} this month", d(4)),
            ("the booking app password is on the last page of the autoclave log, {}", pw),
            ("the gallery alarm code is in the condition report folder, {}", d(4)),
            ("padlock on the circus trailer is {}", d(4)),
            ("the auction house bidder letter says my portal password is {}", pw),
            ("the transmitter shed on the roof has a combination lock, {}", d(5)),
            ("tour bus wifi is on a post-it on the fridge, {}", pw),
            ("the practice rooms at the music school open with {}", d(6)),
            ("I changed the koel admin password to {}", pw),
            ("the podcast hosting login is {}, don't tell the guest", pw),
            ("the freelancers' cms password is {}, change it after deadline", pw),
            # cues in languages no earlier set used for this
            ("ਸਟੂਡੀਓ ਦਾ ਪਾਸਵਰਡ {} ਹੈ", pw),
            ("la contraseña del wifi de la casa de la trova es {}, asere", pw),
            ("лозинка за вајфај у сали је {}", pw),
            ("l code dyal lwifi f dar lila howa {}", pw),
            # commands
            ("$ docker run -e DB_PASSWORD={} phanan/koel", pw),
            ("$ curl -H 'X-Api-Key: {}' http://localhost:8686/api/v1/artist", tok(32, hexl)),
            ("$ obs-cli --password {} scene switch 'Stage wide'", pw),
            # pastes
            ("APP_KEY={}", f"base64:{tok(43, b64)}="),
            ("DB_PASSWORD={}", pw),
            ("LASTFM_API_SECRET={}", tok(32, hexl)),
            ("  <ApiKey>{}</ApiKey>", tok(32, hexl)),
            ('SECRET_KEY = "{}"', tok(50, alnum + "!@#%^&*(-_=+)")),
            ('        "PASSWORD": "{}",', pw),
            ('output.icecast(%mp3, host="localhost", port=8000, password="{}", mount="/live", radio)', pw),
            ('  "server_password": "{}",', tok(16, alnum)),
            ('  "admin_lockout_pin": "{}",', d(4)),
            ("GENIUS_ACCESS_TOKEN={}", tok(64, alnum + "-_")),
            ("MUSIXMATCH_API_KEY={}", tok(32, hexl)),
            ("SONGKICK_API_KEY={}", tok(16, alnum)),
            ("SHURE_WWB_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.on.kora', 'y_brass_band', 'x-takes-3')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.on.kora",
                f"{last}_brass_band",
                f"{first}-takes-{rng.randint(2, 9)}",
                f"soundcheck.{last}",
                f"{first}_lila",
                f"trova.{last}",
                f"{first}4guembri",
                f"{last}-b-side-{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=80)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "ml": f"{day:02d}/{m:02d}/{year}",  # Malian French
            "pa": f"{day:02d}-{m:02d}-{year}",  # Punjabi form
            "cu": f"{day} de {ES_MONTHS_HELDOUT47[m - 1]} de {year}",  # Cuban Spanish
            "rs": f"{day:02d}. {m:02d}. {year}",  # Serbian, dots (the last one outside the span)
            "rs_cyr": f"{day:02d}.{m:02d}.{year}",
            "ma": f"{day:02d}/{m:02d}/{year}",
            "cat": f"{day} {EN_MONTHS_HELDOUT47[m - 1]} {year}",  # a gallery catalogue's
            "comp": f"{day:02d}.{m:02d}.{year % 100:02d}",  # a model's comp card, two-digit year
            "us": f"{EN_MONTHS_HELDOUT47[m - 1]} {day} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["ml", "cu", "cat", "us", "iso", "rs_cyr"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the touring visa wants my date of birth, it's {}", any_shape),
            ("my casting profile says birthday {}, is that too much info", s["us"]),
            ("tattoo consent form asked my dob, I wrote {}", any_shape),
            ("the comp card has my date of birth {} on the back", s["comp"]),
            ("music school enrolment needs her date of birth, {}", any_shape),
            ("festival accreditation wants dob, mine's {}", any_shape),
            ("the crew start form has my birthday wrong, it should be {}", s["iso"]),
            ("je suis né le {} à Kita", s["ml"]),
            ("Né le {} à Essaouira", s["ma"]),
            ("ਜਨਮ ਮਿਤੀ: {}", s["pa"]),
            ("Fecha de nacimiento: {}", s["cu"]),
            ("datum rođenja: {}.", s["rs"]),
            ("датум рођења: {}", s["rs_cyr"]),
            ("تاريخ الازدياد: {}", s["ma"]),
            ("(b. {}, Kita)", s["cat"]),
            ("DOB {} | Height 178 | Eyes brown", s["comp"]),
            ('  "dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


EN_MONTHS_HELDOUT47 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip
ES_MONTHS_HELDOUT47 = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                       "diciembre").split()  # fmt: skip

HELDOUT47_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} played kora at the wedding last night, everyone cried",
        "the tour manager this leg is {}",
        "{} missed the soundcheck again",
        "remind me to send {} the stems from tuesday's session",
        "{} is doing the harmonium on the uk dates",
        "can you find the message from {} about the setlist",
        "{} sang the opening song at the Casa de la Trova",
        "{} leads the brass band at the wedding in Vranje",
        "the guembri player at the lila was {}",
        "ask {} if the darkroom is free on friday",
        "{} shot the whole lookbook in one afternoon",
        "I owe {} for the backline hire",
        "{} is booked for a sleeve on saturday at the studio",
        "tell {} the gallery wants the hang finished by six",
        "{} wrote the review in sunday's paper",
        "{} is presenting the late show on the pirate station",
        "{} has the keys to the rehearsal room",
        "our guest on next week's podcast is {}",
        "{} walked for three houses at fashion week",
        "{} is the new piercer, she's great with nervous people",
        "{} does the trapeze act in the second half",
        "{} teaches balafon on wednesdays at the music school",
        "{} mixed the album in a week",
        "the auction house sent {} to value the paintings",
        "{} translated the novel from French",
        "{} busks outside the station every saturday",
        "djeli {} sang the praises of the bride's family",
        "Djeli {} is coming to Montreuil for the baptism",
        "ustad {} is teaching the boys the new qawwali",
        "Ustad {} wants the harmoniums tuned before the urs",
        "maâlem {} is leading the lila on friday",
        "the lila in the médina is with Maalem {}",
        "čika {} still plays the first trumpet",
        "the Orkestar {} played the wedding in Bujanovac",
        "feat. {}",
        "cond. {}",
        "dir. {}",
        "Photo: {}",
        "By {} | Staff reporter",
        "Translated by {}",
        "Lot 214, consigned by {}",
        "Tattoo by {}",
        "Tour manager: {}",
        "Backline tech: {}",
        "1st AD: {}",
        "DoP: {}",
        "Presenter (22:00-00:00): {}",
        "Host: {}",
        "Guest: {}",
        "Artist: {}",
        "Registrar: {}",
        "Consignor: {}",
        "Model: {}",
        "Booker: {}",
        "Client: {}",
        "Piercer: {}",
        "Ringmaster: {}",
        "Rigger: {}",
        "Pupil: {}",
        "Teacher (kora): {}",
        '"artist_name": "{}",',
        "| Trumpet 1 | {} |",
    ],
    "STREET_ADDRESS": [
        "the rehearsal is at {} this week",
        "send the signed contract to {}",
        "the band is staying at {}, bring the van round",
        "the framed prints go to {}",
        "my new address for the royalty statements is {}",
        "the lila is at {}, come after ten",
        "Venue address: {}",
        "Consignor address: {}",
        "Ship to: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the rider to {}",
        "the booker's email is {}",
        "email the contact sheets to {} not to me",
        "the gallery registrar is {}",
        "Press contact: {}",
        '"email": "{}",',
        "MAIL_FROM_ADDRESS={}",
        "ADMIN_EMAIL = '{}'",
        "  contact: {}",
    ],
    "PHONE_NUMBER": [
        "the tour manager's number is {}",
        "ring the studio on {} if the session runs late",
        "the kora player's mobile is {}",
        "call the tattoo studio on {} to move my booking",
        "the ringmaster said ring {} when you get to the field",
        "Box office: {}",
        "Tel. (agent): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the backline hire with {}",
        "the buyer's premium went on {}",
        "the tattoo deposit is on {}",
        "paid the studio day with {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay my session fee into {}",
        "the festival wants the advance back to {}",
        "send the door split to {}",
        "my share of the wedding money goes to {}",
        "IBAN (royalties): {}",
        "IBAN for the fee: {}",
    ],
    "USERNAME": [
        "on Genius I'm {}",
        "my Backstage profile is {}",
        "on Mandy I'm {}",
        "StarNow has me as {}",
        "my Model Mayhem name is {}",
        "I post my flash on Tattoodo as {}",
        "on Jamendo we're {}",
        "my Splice name is {}",
        "on Kompoz I'm {}",
        "Audiomack has us as {}",
        "on Boomplay I'm {}",
        "I sell prints on Saatchi Art as {}",
        "my Artsy login is {}",
        "Songkick knows me as {}",
        "on Rate Your Music I'm {}",
        "my Vimeo is {}",
        "on Anghami I'm {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT47_MIXED = [
    ("Tour manager: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Booker: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("KOEL_DB_HOST={}\nDB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8686/api/v1/system/status", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the darkroom key in the box, code {}", ["PERSON", "SECRET"]),
    ("Pupil: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Backstage name is {}, pay me at {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the shoot came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the tattoo deposit with {}", ["PERSON", "CREDIT_CARD"]),
    ("ustad {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Consignor: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT47_NEGATIVES = [
    "a jeli is a griot, the families keep the old songs of Mali",
    "djeli just means griot in Bambara, it's not a name",
    "the kora has 21 strings and a calabash body",
    "Kita is where many of the big griot families come from",
    "the balafon is a wooden xylophone with gourds under the keys",
    "Bagadadji is an old quarter of Bamako by the river",
    "ustad is what you call a master musician in Punjab",
    "qawwali nights at the shrine are on thursdays",
    "Qawwal is a family name for some of the qawwali families",
    "the Patiala gharana is a school of singing, not a family",
    "the harmonium has 42 keys and three stops",
    "the urs is the death anniversary of a saint, people sing all night",
    "the Casa de la Trova is on Calle Heredia in Santiago de Cuba",
    "son came from the east of Cuba, the tres is its guitar",
    "the conga of Los Hoyos goes out every July for the Carnaval",
    "in a Cuban address e/ means between, entre the two streets",
    "Cubans carry the father's family name then the mother's",
    "trubači are the brass players of southern Serbia",
    "the Guča trumpet festival is every August",
    "čika means uncle in Serbian, the band calls the old ones that",
    "bb in a Serbian address means without a number",
    "Vranje is the last big town before the border with North Macedonia",
    "a maâlem is the master of a Gnawa lila, he plays the guembri",
    "qraqeb are the iron castanets of the Gnawa",
    "the Gnaoua festival in Essaouira is in June",
    "Mogador is the old name of Essaouira",
    "soundcheck at 4:30, doors at 7, we're on at 9:15",
    "the set is 75 minutes with a 10 minute encore",
    "the song is 96 bpm in F minor, 6/8 in the bridge",
    "take it from bar 48, after the key change",
    "the piece is Op. 47, No. 3",
    "scene 42, take 3, slate reads 42C",
    "timecode 01:02:03:04 is where the cut goes",
    "shot at f/2.8, 1/250, ISO 400",
    "edition of 25, this print is 7/25",
    "lot 214 is estimated at 3,000 to 5,000",
    "hammer price was 12,500 plus the buyer's premium of 25%",
    "the ISRC is FR-Z03-24-00147",
    "the ISBN is 978-2-07-036822-8",
    "catalogue number KORA-0147 on the spine",
    "the station is on 88.7 FM at night",
    "the podcast is episode 147, about 54 minutes",
    "row K, seats 12 to 15",
    "tickets are 25 euros, 15 reduced",
    "the stage is 12 by 8 metres with a 1.2 m lip",
    "the big top seats 1,200 and needs 40 pegs",
    "the flash sheet has 36 designs, 80 each",
    "a 16 gauge ring for the helix piercing",
    "the fitting is at 11 on the 3rd floor",
    "the print run is 3,000 copies",
    "deadline for the arts page is 18:00 on thursday",
    "the film is 94 minutes, rated 12A",
    "call time is 06:30 at the unit base",
    "the tour van is a Ford Transit, 9 seats",
    "the mixing desk is a Yamaha CL5",
    "the wireless mics are on channels 38 to 41",
    "the kora strings come in a pack of 21",
    "flight AT 561 to Bamako leaves at 13:40",
    "the train to Vranje takes about five hours",
    "the bus from Marrakech to Essaouira is three hours",
    "the Tivolí is the old French quarter of Santiago de Cuba",
    "Data Darbar is the big shrine in Lahore",
    "Koel 7 added the podcast tab",
    "Lidarr 2.5 fixed the import lists",
    "Liquidsoap 2.2 changed the output syntax",
    "fixed in commit 7c41e9a, see the changelog",
    "DB_PASSWORD=",
    "GENIUS_ACCESS_TOKEN=${GENIUS_ACCESS_TOKEN}",
    '"server_password": "<set me>",',
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "FR76 3000 6000 0112 3456 7890 189 is the example French IBAN",
    "write to bookings@example.com on the form",
    "192.0.2.47 is a documentation address",
    "198.51.100.20 is a documentation address",
    "2001:db8:47::9 is a documentation address",
    "great gig tonight, the crowd sang along",
    "the van broke down outside Nîmes again",
    "remind me to buy new strings",
    "did the proofs come back from the printer",
    "rehearsal moved to thursday",
    "the darkroom smells of fixer, open a window",
    "see you at the stage door at seven",
]  # fmt: skip


def _typo47(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a lyric or caption app's line wrap hyphenating a
    long word and leaving the break in the pasted text ('rehearsal' -> 'rehear- sal', 'setlist' -> 'set-
    list'), or capitalising a word mid-sentence as if a new line began there ('the bus leaves' -> 'the bus
    Leaves'), as typed from a teleprompter, a lyrics app or a caption tool. Only in sentences typed to the bot
    or a friend."""
    if not _chat_like(template):
        return template
    if rng.random() < 0.5:
        words = list(WRAP_WORD_HELDOUT47.finditer(template))
        if words:
            m = rng.choice(words)
            i = m.start() + rng.randint(3, len(m.group(0)) - 3)
            return template[:i] + "- " + template[i:]
    words = list(CAP_WORD_HELDOUT47.finditer(template))
    if not words:
        return template
    m = rng.choice(words)
    return template[: m.start()] + template[m.start()].upper() + template[m.start() + 1 :]


def build_heldout47(seed: int = HELDOUT47_SEED) -> list[Example]:
    """Held-out set 47: `Gen47` values in `HELDOUT47_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen47(seed)
    return assemble_module_set(
        gen, HELDOUT47_TEMPLATES, HELDOUT47_MIXED, HELDOUT47_NEGATIVES, _typo47, person=gen.person_for
    )
