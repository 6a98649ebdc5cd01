"""Held-out PII set 35 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout35": written before round 28 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT35 is empty, as for
held-out 16 to 34; written at the same time as held-out 36, the two authors split the world between them: 35
takes faith communities, pilgrimage, religious orders and congregations, funerals, weddings and rites of
passage, and subjects from hospitals, clinics, care homes, hospices, pharmacies and the paperwork of family
life (births, school enrolment, adoption, inheritance); 36 takes sport, outdoor clubs, the armed forces and
veterans, aviation, shipping crews, science labs and universities); hand-written lists of Mandaeans of Ahvaz,
Baghdad and Liverpool (New South Wales) (an Arabic civil name, 'Salah Choheili', or the baptismal malwasha
name with 'bar' and the mother's malwasha name: 'Yahia bar Simat'), Doukhobors of the West Kootenay and
Grand Forks (English given names and Russian family names spelt with -off, the father's initial in the
middle: 'Mike J. Popoff', 'Polly Chernoff'), Molokans of Los Angeles and San Francisco's Potrero Hill
(Russian given names, American spellings: 'Fenya Conovaloff', 'Prokofy Samarin'), Old Order Amish of
Lancaster County (the mother's maiden initial in the middle: 'Amos S. Stoltzfus', 'Sadie Beiler'), Bene Israel
of Thane, Alibag and Ramla (Hebrew given names with Konkan village names in -kar, the father's given name in
the middle: 'Sippora Ezekiel Divekar'), Knanaya Catholics of Kottayam (a Kerala pet name or a Syriac
Christian given name with the father's given name and the house name: 'Chacko Ouseph Thekkumkattil',
'Tintu Mattathil') and Dawoodi Bohras of Surat, Mumbai and Karachi (trade names in -wala as family names:
'Huzaifa Lokhandwala', 'Insiya Kapasi'); 'Ganzibra X', 'Tarmida X', 'Hazzan X', 'Mulla X', 'Deacon X' and
'Matron X' before the name and 'X Achen' after it, all outside the span, and funeral ('Chief mourner:'),
wedding ('Officiant:'), birth ('Attending midwife:'), pharmacy ('Dispensed to:'), hospice ('Key worker:'),
adoption ('Adoptive parent:'), school ('Enrolled by:'), probate ('Executor of the estate:') and baptism
('Baptismal sponsor:') fields; over three quarters of the sentences typed to the bot or a friend: funerals,
wakes, burial plots, cremations and memorial prayers, weddings, banns, nikah and wedding suppers, baptisms in
the river, malida and bar mitzvah, first communions, pilgrimages (Karbala, Velankanni, the Camino),
congregations, choir and hymn practice, hospital wards and night shifts, care homes, hospices, pharmacies and
repeat prescriptions, GP clinics, births registered, school enrolment, adoption papers, wills and probate;
self-hosted apps' config no earlier set pasted: ChurchCRM Config.php, webtrees config.ini.php, Gramps Web,
Orthanc orthanc.json, Mayan EDMS, Papermerge, Docspell, Medplum, Bahmni, HospitalRun, Fasten Health, openSIS
Data.php, HumHub dynamic.php, Baikal baikal.yaml, Radicale, Healthchecks and ZoneMinder zm.conf; those
regions' addresses (Kianpars streets in Ahvaz, Baghdad's 'Mahalla ..., Zuqaq ..., Dar ...', Liverpool NSW
units, Canada Post rural 'Site ... Comp ..., RR ...' boxes of Castlegar and Grand Forks, Potrero Hill and
Boyle Heights, Lancaster County roads with Bird-in-Hand and Gordonville, Thane and Alibag buildings near the
synagogues, Ramla with its seven-digit postcode, Kerala house names with the post office ('Thekkumkattil
House, Kaipuzha P.O., Kottayam 686602'), Surat and Bhendi Bazaar mohallas and Karachi's Saifee colonies, and
care-home rooms) and phones (Ahvaz, Iranian mobiles domestic, Baghdad, Iraqi mobiles, Liverpool NSW, Australian
mobiles, Castlegar and Grand Forks, Los Angeles and San Francisco, Lancaster County and the Amish phone
shanty's 717, Thane, Alibag, Ramla, Kottayam, Kerala mobiles, Surat and Karachi); Diners 36 in 4-6-4, Amex 37
in 4-6-5, Discover 6011, Mastercard 2-series and Visa cards, some with hyphens; IBANs of the Vatican,
Palestine, Iraq, Iran, Sweden, Israel, Pakistan, the United Arab Emirates and Ireland (every IBAN country was
used by an earlier set; these fit pilgrimage and this set's communities and their diasporas); IPs in infusion
pump, nurse-call, bedside-monitor, PACS, dispensing-robot, care-home door-alarm, bed-sensor, church
livestream-camera, bell-ringing, hearing-loop, crematorium-booking, parish-hall and hospice chat and in the
pastes above, DICOM's storescu and an HL7 listener, v6 in 2406:7400, 2604:3d00, 2001:4de0, 2a0d:6fc0 and
2405:201 ranges; passwords handed over in ways no earlier set used (on the back of the order of service,
inside a condolence card, on the hospice nurses' station, the care home's visitors' book tablet, the
pharmacy's label printer, the vestry's livestream laptop, the parish hall noticeboard, the funeral director's
tablet, the wedding group chat, whispered at the wake), psalm references ('Psalm121:8!'), Ausbund hymn numbers
('Ausbund131'), the Doukhobor motto ('Toil&PeacefulLife24'), Mandaean words ('Yardena@17', 'Masbuta_2009'),
Bene Israel words ('Malida#52'), Knanaya words ('Margamkali1911'), Bohra words ('Ashara1445'), ward and bay
names ('Ward7B-Nights'), drug names ('Paracetamol500!'), leetspeak of church words ('h4ll3luj4h'), words
joined by tildes ('lily~candle~psalm~2024'), Scalingo tk-us-, AWS ASIA keys with their session tokens and
Bedrock ABSK keys, and cues in Malayalam ('പാസ്‌വേഡ്'), Pennsylvania Dutch ("'s Passwatt"), Iraqi Arabic
('الباسورد مال') and Persian of Ahvaz ('رمز وای‌فای'); usernames on Mumsnet, Netmums, BabyCenter,
HealthUnlocked, PatientsLikeMe, CaringBridge, Find a Grave, Legacy.com, The Knot, Hitched, WeddingWire,
Shaadi.com and MyHeritage, shapes like 'x_in_prayer', 'y.family.tree', 'x.bride.24', 'nurse_y',
'y_pilgrim', 'x.and.y.wed', 'grandma.x', 'mum.of.3.y' and 'x-y-memorial'; dates of birth in the Hebrew
calendar ('12 Nisan 5742'), the Hijri calendar ('15 Rajab 1405 AH'), Pennsylvania Dutch ('3. Moi 1961'),
Malayalam with a dd-mm-yyyy date, English ordinals ('May 3rd, 1961'), Python's datetime.strptime(), dayjs(),
moment() with its format and PHP's Carbon::createFromDate(), on birth certificates, school enrolment,
adoption papers, hospital wristbands, prescriptions and pilgrimage visas; typos as the space bar hit inside a
word ('pharmacy' -> 'phar macy') or a phone keyboard's comma key for the space beside it ('the,ward');
negatives with the same regions' places, the malwasha, -off, maiden-initial, -kar, house-name and -wala
conventions explained, everyday words that are also names (grace, faith, hope, mercy), funeral, wedding,
hospital, pharmacy and paperwork talk, a feast day, a funeral date, an anniversary and an appointment that
are not birthdays, ward, bed, prescription, plot, order and case numbers, a version, a commit, ChurchCRM,
Orthanc, webtrees and Radicale boilerplate, placeholder secrets, a masked PIN, a test card, an example IBAN,
a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers, and short everyday chat).

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

HELDOUT35_SEED = 730419
# no faker name locale, as in held-out 16 to 34: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT35: list[str] = []
# faith communities, congregations and their diasporas (held-out 36, written at the same time, takes sport,
# the forces, aviation, shipping and science)
NAMES_HELDOUT35: dict[str, tuple[list[str], list[str]]] = {
    # Mandaeans (Ahvaz, Baghdad, Liverpool NSW, Södertälje): Arabic civil names (see MALWASHA_HELDOUT35 for
    # the baptismal names)
    "mandaean": ("Salah Sattar Rafid Haitham Wisam Sabah Majid Nadia Suhaila Ghufran Layla Sundus Raghad".split(),
                 "Choheili Sabti Zahrony Hilo Khamisi Kuheili Naseri Mubaraki Gatta".split()),
    # Doukhobors (the West Kootenay, Grand Forks, Saskatchewan): English given names, Russian family names in -off
    "doukhobor": ("Peter John Mike Fred Bill Walter Nick Polly Annie Lucy Hazel Mabel Nastia Florence".split(),
                  "Verigin Chernoff Popoff Konkin Kalmakoff Makortoff Strelaeff Zaytsoff Sherstobitoff Osachoff "
                  "Rezansoff Podovinikoff".split()),
    # Molokans (Los Angeles' Boyle Heights and the Flats, San Francisco's Potrero Hill)
    "molokan": ("Vasily Prokofy Timofey Ivan Semyon Fenya Nadya Dunya Mavra Tanya Akulina".split(),
                "Shubin Samarin Conovaloff Tolmachoff Pivovaroff Agaloff Prohoroff Kochergen Bogdanoff Slivkoff".split()),
    # Old Order Amish (Lancaster County): Bible and old German given names, a handful of family names
    "amish": ("Amos Levi Eli Jonas Elam Samuel Aaron Benuel Sadie Fannie Katie Mattie Malinda Lizzie Rebecca".split(),
              "Stoltzfus Beiler Esh Zook Lapp Glick Fisher King Petersheim Riehl Ebersol Smucker".split()),
    # Bene Israel (Thane, Alibag, Pen, Ramla): Hebrew given names, family names from Konkan villages in -kar
    "beneisrael": ("Ezekiel Elijah Moses Aaron Solomon Sippora Sarah Rebecca Hannah Leah Shulamith Jael Abigail".split(),
                   "Divekar Penkar Talkar Wakrulkar Dandekar Korlekar Rajpurkar Navgaokar Aptekar Chordekar Jhirad "
                   "Kolet Bhonkar".split()),
    # Knanaya Catholics (Kottayam, Chicago, Manchester): Syriac Christian given names and Kerala pet names,
    # house names as family names
    "knanaya": ("Chacko Ouseph Mathai Itty Kuruvilla Thommen Annamma Mariamma Aleyamma Kunjumol Tintu Jincy Rincy "
                "Jomon Shijo Binu".split(),
                "Thekkumkattil Kunnumpurath Pallithanam Chettiyath Mattathil Vettikattu Thottungal Kalayil "
                "Chakkalakal Edakkara".split()),
    # Dawoodi Bohras (Surat, Bhendi Bazaar, Karachi's Saifee colonies): trade names in -wala as family names
    "bohra": ("Huzaifa Murtaza Taher Burhanuddin Shabbir Mufaddal Ammar Arwa Sakina Insiya Tasneem Zainab Rashida".split(),
              "Lokhandwala Bootwala Kapasi Rangwala Saifee Attarwala Dahodwala Kagalwala Ezzi Barodawala".split()),
}  # fmt: skip
# Mandaean baptismal (malwasha) names: 'Yahia bar Simat', the mother's malwasha name after 'bar'
MALWASHA_MEN_HELDOUT35 = ["Yahia", "Ram", "Bihram", "Zihrun", "Adam", "Sam", "Yuhana", "Shitil", "Anush"]
MALWASHA_WOMEN_HELDOUT35 = ["Simat", "Sharat", "Haiwa", "Anhar", "Mahnush", "Qinta"]
KNANAYA_MEN_HELDOUT35 = ["Chacko", "Ouseph", "Mathai", "Itty", "Kuruvilla", "Thommen"]
BENE_ISRAEL_MEN_HELDOUT35 = ["Ezekiel", "Elijah", "Moses", "Aaron", "Solomon"]
# every IBAN country was used by an earlier set: these fit pilgrimage and this set's communities and diasporas
IBAN_SHAPES_HELDOUT35 = {
    "VA": "3n15n", "PS": "4a21c", "IQ": "4a15n", "IR": "22n", "SE": "20n", "IL": "19n", "PK": "4a16n",
    "AE": "19n", "IE": "4a14n",
}  # fmt: skip
# everyday subjects of this set, used in e-mail addresses and logins
RITES_HELDOUT35 = ["funeral", "wedding", "baptism", "choir", "parish", "hospice", "ward", "pharmacy",
                   "carehome", "pilgrim", "nikah", "family", "probate", "school", "adoption", "memorial"]  # fmt: skip
# slips outside the slots: the space bar hit inside a word ('pharmacy' -> 'phar macy'), or a phone keyboard's
# comma key, beside the space bar, hit instead of it ('the ward' -> 'the,ward')
TYPO_WORD_HELDOUT35 = re.compile(r"(?<![{\w])[a-z]{5,}(?![\w}])")
TYPO_SPACE_HELDOUT35 = re.compile(r"(?<=[a-z]) (?=[a-z])")
HEBREW_MONTHS_HELDOUT35 = ["Tishrei", "Cheshvan", "Kislev", "Tevet", "Shevat", "Adar", "Nisan", "Iyar", "Sivan",
                           "Tammuz", "Av", "Elul"]  # fmt: skip
HIJRI_MONTHS_HELDOUT35 = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Akhir", "Jumada al-Ula",
                          "Jumada al-Ukhra", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhul Qadah",
                          "Dhul Hijjah"]  # fmt: skip
PA_DUTCH_MONTHS_HELDOUT35 = ("Yenner Hanning Marz Abril Moi Yuni Yuli Auguscht September Oktower November "
                             "Dezember").split()  # fmt: skip
EN_MONTHS_HELDOUT35 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Conovaloff' -> 'conovaloff')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Gen35(Gen3):
    """Generators for held-out set 35: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self) -> tuple[str, str, str]:
        """(origin, given name, family name) from NAMES_HELDOUT35."""
        rng = self.rng
        origin = rng.choice(sorted(NAMES_HELDOUT35))
        firsts, lasts = NAMES_HELDOUT35[origin]
        return origin, rng.choice(firsts), rng.choice(lasts)

    def first_last(self) -> tuple[str, str]:
        _, first, last = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last = self._origin_name()
        r = rng.random()
        if r < 0.58:
            name = f"{first} {last}"
            if origin == "mandaean" and rng.random() < 0.5:  # the baptismal name and the mother's
                name = f"{rng.choice(MALWASHA_MEN_HELDOUT35 + MALWASHA_WOMEN_HELDOUT35)} bar {rng.choice(MALWASHA_WOMEN_HELDOUT35)}"
            elif origin == "doukhobor" and rng.random() < 0.5:  # the father's initial
                name = f"{first} {rng.choice('PJMFWNVA')}. {last}"
            elif origin == "amish" and rng.random() < 0.7:  # the mother's maiden initial
                name = f"{first} {rng.choice('SBEZLGFKPR')}. {last}"
            elif origin == "beneisrael" and rng.random() < 0.5:  # the father's given name in the middle
                name = f"{first} {rng.choice([x for x in BENE_ISRAEL_MEN_HELDOUT35 if x != first])} {last}"
            elif origin == "knanaya" and rng.random() < 0.6:  # the father's given name, then the house name
                name = f"{first} {rng.choice([x for x in KNANAYA_MEN_HELDOUT35 if x != first])} {last}"
        elif r < 0.72:
            name = first
        elif r < 0.82:
            name = last
        elif r < 0.9:  # the given name's initial and the family name, as a ward list or a parish register
            name = f"{first[0]}. {last}"
        else:  # a Mandaean baptismal name alone, as the priest says it
            name = f"{rng.choice(MALWASHA_MEN_HELDOUT35)} bar {rng.choice(MALWASHA_WOMEN_HELDOUT35)}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"Kianpars, {pick(['5th', '7th', '11th', '14th'])} St. West, No. {n}, Ahvaz 61{rng.randint(100, 999)}",
            f"Mahalla {rng.randint(900, 999)}, Zuqaq {rng.randint(1, 60)}, Dar {n}, {pick(['Dora', 'Karrada', 'Baghdad al-Jadida'])}, Baghdad",
            f"Unit {rng.randint(1, 30)}/{n} {pick(['Bigge St', 'Memorial Ave', 'Moore St'])}, Liverpool NSW 2170",
            f"{n} {pick(['Kurrajong Rd', 'Cartwright Ave'])}, Prestons NSW 2170",
            f"Site {rng.randint(1, 40)} Comp {rng.randint(1, 60)}, RR {rng.randint(1, 3)}, Castlegar BC V1N 3H{rng.randint(1, 9)}",
            f"{rng.randint(1000, 9999)} {pick(['Hardy Mountain Rd', 'Carson Rd', 'Spencer Rd'])}, Grand Forks BC V0H 1H{rng.randint(1, 9)}",
            f"{rng.randint(300, 1400)} {pick(['Carolina St', 'Wisconsin St', 'Arkansas St'])}, San Francisco CA 94107",
            f"{rng.randint(100, 3900)} {pick(['E 1st St', 'Percy St', 'Mott St'])}, Los Angeles CA 90033",
            f"{rng.randint(10, 3999)} {pick(['Stumptown Rd', 'Old Philadelphia Pike', 'Church Rd'])}, Bird-in-Hand PA 17505",
            f"{rng.randint(10, 999)} {pick(['Zook Rd', 'Belmont Rd', 'Newport Rd'])}, Gordonville PA 17529",
            f"Flat {rng.randint(1, 40)}, {pick(['Shalom', 'Hesed', 'Rachel'])} Bldg, near Shaar Hashamaim Synagogue, Tembhi Naka, Thane (W) 400601",
            f"House {n}, Israel Lane, {pick(['Navgaon', 'Revdanda', 'Chaul'])}, Alibag 4022{rng.randint(1, 9):02d}",
            f"Rehov {pick(['Herzl', 'Weizmann', 'HaHagana'])} {n}/{rng.randint(1, 20)}, Ramla 72{rng.randint(10000, 99999)}",
            f"{pick(['Thekkumkattil', 'Mattathil', 'Kunnumpurath', 'Pallithanam'])} House, {pick(['Kaipuzha', 'Kidangoor', 'Uzhavoor', 'Neendoor'])} P.O., Kottayam 6866{rng.randint(1, 99):02d}",
            f"{pick(['Saifee Mohalla', 'Burhani Mohalla', 'Zampa Bazaar'])}, Block {n}, Surat 39500{rng.randint(1, 9)}",
            f"{pick(['Saifee Building', 'Burhani Manzil'])}, {rng.randint(1, 7)}th floor, Bhendi Bazaar, Mumbai 400003",
            f"House {n}, Saifee Colony, {pick(['Block 13', 'Block 7'])}, Gulshan-e-Iqbal, Karachi 753{rng.randint(0, 9)}0",
            f"Room {rng.randint(1, 60)}, {pick(['St Columba', 'Mountain View', 'Rosewood'])} Care Home, {n} {pick(['Park Rd', 'Mill Lane'])}, Castlegar BC",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        rite = rng.choice(RITES_HELDOUT35)
        user = rng.choice([f"{first}.{rite}", f"{rite}.{last}", f"{last}{first[:1]}.{rite}",
                           f"{first}_{last}{rng.randint(1, 99)}", f"{rite}{rng.randint(10, 99)}.{last}",
                           f"{first}.{last}.family", f"{last}-{rite}", f"{first}{rng.randint(1950, 2006)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "bigpond.com", "optusnet.com.au", "shaw.ca", "telus.net", "sbcglobal.net",
                             "rediffmail.com", "yahoo.co.in", "walla.co.il", "hotmail.com", "outlook.com",
                             "yahoo.com", "icloud.com", "ptcl.net.pk"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+98 61 33{d(2)} {d(4)}",  # Ahvaz
            f"0916 {d(3)} {d(4)}",  # Iranian mobile (Khuzestan), domestic
            f"+964 1 71{d(1)} {d(4)}",  # Baghdad
            f"0770 {d(3)} {d(4)}",  # Iraqi mobile, domestic
            f"(02) 9600 {d(4)}",  # Liverpool NSW
            f"04{d(2)} {d(3)} {d(3)}",  # Australian mobile, domestic
            f"250-365-{d(4)}",  # Castlegar
            f"(250) 442-{d(4)}",  # Grand Forks
            f"(323) 26{d(1)}-{d(4)}",  # Boyle Heights
            f"415-64{d(1)}-{d(4)}",  # Potrero Hill
            f"(717) 768-{d(4)}",  # Bird-in-Hand, the Amish phone shanty
            f"022 2534 {d(4)}",  # Thane
            f"02141 22{d(4)}",  # Alibag
            f"08-92{d(1)}-{d(4)}",  # Ramla
            f"0481 25{d(5)}",  # Kottayam
            f"+91 94{d(3)} {d(5)}",  # Kerala mobile
            f"0261 274 {d(4)}",  # Surat
            f"(021) 349{d(5)}",  # Karachi
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("36", 14), ("37", 15), ("6011", 16), ("2221", 16), ("2720", 16), ("4", 16),
                                     ("53", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length == 14:  # Diners in 4-6-4
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.7 else num
        if length == 15:  # Amex in 4-6-5
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else f"{num[:4]}-{num[4:10]}-{num[10:]}"
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.45:
            return " ".join(groups)
        if r < 0.7:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT35))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT35[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): hospital, care-home, church and hospice chat, this set's pastes; v4 and v6."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2406:7400:{h()}:{h()}::{h()}", f"2604:3d00:{h()}:{h()}::{h()}", f"2001:4de0:{h()}::{h()}",
                         f"2a0d:6fc0:{h()}:{h()}::{h()}", f"2405:201:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the infusion pump on bay 3 keeps dropping off, it's {}", v4),
            ("nurse call panel on ward 7 answers on {}", v4),
            ("bedside monitor in room 12 got {} from dhcp, is that right", v4),
            ("the PACS box the x-rays go to is {}", rng.choice([v4, v6])),
            ("pharmacy dispensing robot is stuck again, its ip is {}", v4),
            ("care home door alarm for the dementia wing is {}", v4),
            ("the bed sensor hub in mum's room pings from {}", v4),
            ("church livestream camera is on {}, the funeral starts at 11", rng.choice([v4, v6])),
            ("the bell ringing controller in the tower is {}", v4),
            ("hearing loop amp in the prayer hall answers on {}", v4),
            ("the crematorium booking pc is {} if you need to remote in", v4),
            ("parish hall wifi router is {}, the wedding dj can't connect", rng.choice([v4, v6])),
            ("hospice syringe driver logger uploads from {}", v4),
            ("the mandi's new access point is {}", v4),
            ("$ storescu -aec ORTHANC {} 4242 scan.dcm", v4),
            ("HL7 listener bound to {}:2575", v4),
            ('  "RemoteAccessAllowed" : true, "DicomModalities" : { "ct" : [ "CT1", "{}", 104 ] }', v4),
            ("$sSERVERNAME = '{}';", v4),
            ('dbhost="{}"', v4),
            ("PAPERMERGE__DATABASE__URL=postgresql://pm@{}:5432/pmdb", v4),
            ("MAYAN_DATABASE_HOST={}", v4),
            ("ZM_DB_HOST={}", v4),
            ("$DatabaseServer = '{}';", v4),
            ("'dsn' => 'mysql:host={};dbname=humhub',", v4),
            ("OPENMRS_DB_HOST={}", v4),
            ("  host: {}", rng.choice([v4, v6])),
            ("hosts = {}:5232", v4),
            ("ALLOWED_HOSTS={}", rng.choice([v4, v6])),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Psalm{rng.randint(1, 150)}:{rng.randint(1, 20)}{rng.choice(['!', '', '#'])}",
                f"Ausbund{rng.randint(1, 140)}",
                f"Toil&PeacefulLife{rng.randint(10, 99)}",
                f"{rng.choice(['Yardena', 'Masbuta', 'Piriawis', 'Mandi'])}{rng.choice(['@', '_'])}{rng.randint(1, 2024)}",
                f"Malida#{rng.randint(10, 99)}",
                f"{rng.choice(['Margamkali', 'Purathanam', 'Kallissery'])}{rng.randint(1900, 2024)}",
                f"Ashara{rng.randint(1430, 1446)}",
                f"Ward{rng.randint(1, 12)}{rng.choice('ABCD')}-{rng.choice(['Nights', 'Days', 'Bay4'])}",
                f"{rng.choice(['Paracetamol', 'Amoxicillin', 'Metformin', 'Oramorph'])}{rng.choice(['500!', '250', '10mg#'])}",
                f"{rng.choice(['hallelujah', 'congregation', 'pilgrimage', 'requiem'])}".translate(leet) + rng.choice(["!", "", "_7"]),
                f"{w()}~{w()}~{rng.choice(['psalm', 'candle', 'lily', 'choir'])}~{rng.randint(2019, 2025)}",
                f"{rng.choice(['Velankanni', 'Karbala', 'Santiago', 'Walsingham'])}{rng.choice(['!', '#'])}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%~"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        b64 = alnum + "+/"
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("I wrote {} on the back of the order of service, sorry", pw),
            ("she put the laptop password inside the condolence card, it's {}", pw),
            ("the hospice nurses' station has {} on a sticky for the ward pc", pw),
            ("visitors' book tablet at the care home unlocks with {}", pw),
            ("pharmacy label printer admin login is {}", pw),
            ("the livestream laptop in the vestry is {}", pw),
            ("parish hall wifi is {}, it's on the noticeboard by the urn", pw),
            ("funeral director's tablet needs {} to show the coffin catalogue", pw),
            ("someone posted the photo album password in the wedding group chat, {}", pw),
            ("he whispered {} to me at the wake, it's for his mum's email", pw),
            ("the mandi's shared laptop is {}", pw),
            ("the key safe at the care home is {}", d(4)),
            ("code for the hospice side door is {} then the tick", d(4)),
            ("mum's pill dispenser pin is {}", d(4)),
            ("the church safe combination is {}", d(6)),
            # cues in languages no earlier set used
            ("പള്ളിയിലെ wifi പാസ്‌വേഡ് {}", pw),
            ("'s Passwatt fer der Computer im Schop is {}", pw),
            ("الباسورد مال واي فاي المندي {}", pw),
            ("رمز وای‌فای خانه {}", pw),
            # commands
            ("$ curl -u orthanc:{} http://pacs.local:8042/patients", pw),
            ("$ storescu --user admin --password {} pacs.local 4242 ct.dcm", pw),
            ("$ htpasswd -b /etc/radicale/users family {}", pw),
            # pastes
            ("$sPASSWORD = '{}';", pw),
            ('dbpass="{}"', pw),
            ("GRAMPSWEB_SECRET_KEY={}", tok(48, alnum)),
            ('  "RegisteredUsers" : { "admin" : "{}" },', pw),
            ("MAYAN_DATABASE_PASSWORD={}", pw),
            ("PAPERMERGE__AUTH__PASSWORD={}", pw),
            ('docspell.server.auth.server-secret = "b64:{}"', tok(44, b64)),
            ('  "password": "{}",', pw),
            ("OPENMRS_DB_PASSWORD={}", pw),
            ("COUCHDB_PASSWORD={}", pw),
            ("FASTEN_ISSUER_JWT_KEY={}", tok(40, alnum)),
            ("$DatabasePassword = '{}';", pw),
            ("'password' => '{}',", pw),
            ("  dav_realm_password: {}", pw),
            ("SECRET_KEY={}", tok(50, alnum + "!@#%^*(-_=+)")),
            ("ZM_DB_PASS={}", pw),
            ("[auth]\nhtpasswd_password = {}", pw),
            # tokens with vendor prefixes no earlier set used
            ("SCALINGO_API_TOKEN={}", "tk-us-" + tok(48, alnum + "-_")),
            ("aws_access_key_id = {}", "ASIA" + tok(16, string.ascii_uppercase + "234567")),
            ("aws_session_token = {}", "FwoGZXIvYXdzE" + tok(180, b64)),
            ("AWS_BEARER_TOKEN_BEDROCK={}", "ABSK" + tok(120, b64)),
            ("MEDPLUM_CLIENT_SECRET={}", tok(64, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_in_prayer', 'y.family.tree', 'grandma.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        other = _plain(self.first_last()[0]) or "y"
        return rng.choice(
            [
                f"{first}_in_prayer",
                f"{last}.family.tree",
                f"{first}.bride.{rng.randint(18, 26)}",
                f"nurse_{last}",
                f"{last}_pilgrim",
                f"{first}.and.{other}.wed",
                f"grandma.{first}",
                f"mum.of.{rng.randint(2, 6)}.{last}",
                f"{first}-{last}-memorial",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        rng = self.rng
        dt = self.f().date_of_birth(minimum_age=0, maximum_age=95)
        m, day, year = dt.month, dt.day, dt.year
        return {
            # the Hebrew and Hijri years are the Gregorian year's, the day and month drawn on their own
            "he": f"{rng.randint(1, 29)} {rng.choice(HEBREW_MONTHS_HELDOUT35)} {year + 3760}",
            "hijri": f"{rng.randint(1, 29)} {rng.choice(HIJRI_MONTHS_HELDOUT35)} {round((year - 622) * 33 / 32)} AH",
            "pad": f"{day}. {PA_DUTCH_MONTHS_HELDOUT35[m - 1]} {year}",  # Pennsylvania Dutch
            "ml": f"{day:02d}-{m:02d}-{year}",  # with a Malayalam cue
            "en": f"{EN_MONTHS_HELDOUT35[m - 1]} {_ordinal(day)}, {year}",
            "strptime": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
            "carbon": f"{year}, {m}, {day}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["he", "hijri", "pad", "en", "ml"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the school enrolment form wants her date of birth, {}", any_shape),
            ("adoption papers say he was born {}, can you check the age", any_shape),
            ("hospital wristband has dob {} on it", any_shape),
            ("the pharmacy asked for his birthday to hand over the pills, {}", any_shape),
            ("the pilgrimage visa needs my date of birth, {}", any_shape),
            ("the care home intake sheet has her born {}", s["en"]),
            ("birth certificate copy says {}, the registrar spelt the name wrong", s["en"]),
            ("my son was born on {}, the bar mitzvah is thirteen years on", s["he"]),
            ("she was born {} so the misaq is this year", s["hijri"]),
            ("er is gebore der {}", s["pad"]),
            ("ജനനത്തീയതി: {}", s["ml"]),
            ('dob = datetime.strptime("{}", "%d/%m/%Y")', s["strptime"]),
            ('const born = dayjs("{}");', s["iso"]),
            ('moment("{}", "DD-MM-YYYY")', s["ml"]),
            ("$dob = Carbon::createFromDate({});", s["carbon"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT35_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} read the psalm at the funeral, she did so well",
        "{} is organising the wake at the parish hall",
        "{} booked the crematorium for thursday at 2",
        "{} bought the burial plot next to her husband's",
        "{} baked 200 rusks for the wedding supper",
        "{} is getting married in the meeting house in june",
        "{} was baptised in the river on sunday",
        "{} sang the hymn at the christening",
        "{} walked the camino from sarria last spring",
        "{} is leading the pilgrimage to velankanni",
        "{} went to karbala for ashara",
        "{} is on nights on the cardiac ward this week",
        "{} moved into the care home on monday",
        "{} is in the hospice now, they say it's days",
        "{} picks up mum's repeat prescription on fridays",
        "{} got the GP appointment moved to tuesday",
        "{} registered the baby's birth this morning",
        "{} enrolled the twins at the school on main street",
        "{} signed the adoption papers yesterday",
        "{} is the executor of dad's will",
        "remind me to send flowers to {}",
        "can you write a sympathy card for {}, her father passed",
        "I still owe {} for the wedding cake",
        "ask {} if the choir practice is still on",
        "ganzibra {} will do the masbuta at the river",
        "tarmida {} says the prayers for the dead on the third day",
        "hazzan {} will lead the malida",
        "mulla {} read the nikah",
        "Deacon {} sent the banns to the newspaper",
        "Matron {} wants visitors out by eight",
        "{} Achen will bless the house on saturday",
        "Chief mourner: {}",
        "Officiant: {}",
        "Attending midwife: {}",
        "Dispensed to: {}",
        "Key worker: {}",
        "Adoptive parent: {}",
        "Enrolled by: {}",
        "Executor of the estate: {}",
        "Baptismal sponsor: {}",
        '"deceased_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the hearse will collect from {} at ten",
        "send the condolence cards to {}",
        "the wedding invitations go to {}",
        "the district nurse visits her at {}",
        "the pharmacy delivers to {} on wednesdays",
        "mum's care home is at {}",
        "Address of the deceased: {}",
        "Home address (patient): {}",
        "Place of residence: {}",
        '"family_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the funeral photos to {}",
        "the choir secretary's email is {}",
        "wedding rsvps go to {}",
        "the hospice social worker is {}, ask about the forms",
        "my email for the school is {} now",
        "Registrar's copy to: {}",
        '"guardian_email": "{}",',
        "ADMIN_EMAIL={}",
        "$sToEmailAddress = '{}';",
    ],
    "PHONE_NUMBER": [
        "the undertaker's number is {}",
        "ring the care home on {}",
        "text the wedding planner on {}",
        "the ward's direct line is {}",
        "call the pharmacy on {} before five",
        "Next of kin (phone): {}",
        "Tel. (parish office): {}",
        '"contact_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the deposit for the hall went on {}",
        "I paid the funeral director with {}",
        "put the prescription charges on {}",
        "the pilgrimage flights came off {}",
        "Card used: {}",
        '"card_no": "{}",',
    ],
    "IBAN_CODE": [
        "send the mass offering to {}",
        "the congregation's account for the building fund is {}",
        "pay the caterers for the wedding into {}",
        "dad's share of the inheritance goes to {}",
        "Beneficiary IBAN: {}",
        "IBAN (estate account): {}",
    ],
    "USERNAME": [
        "I post on Mumsnet as {}",
        "my name on Netmums is {}",
        "on BabyCenter I'm {}",
        "look me up on HealthUnlocked, {}",
        "PatientsLikeMe has me as {}",
        "the CaringBridge page is run by {}",
        "I added grandad on Find a Grave as {}",
        "the Legacy.com guestbook entry is from {}",
        "our wedding site on The Knot is under {}",
        "on Hitched we're {}",
        "WeddingWire review by {}",
        "my Shaadi.com id is {}",
        "the family tree on MyHeritage is {}",
        '"mumsnet_user": "{}",',
    ],
}
HELDOUT35_MIXED = [
    ("Chief mourner: {}, mobile {}", ["PERSON", "PHONE_NUMBER"]),
    ("Adoptive parent: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("ADMIN_EMAIL={}\nADMIN_PASSWORD={}", ["EMAIL_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:8042/studies", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the vestry key in the safe, code {}", ["PERSON", "SECRET"]),
    ("Enrolled by: {}, child born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Netmums name is {}, send the money for the flowers to {}", ["USERNAME", "IBAN_CODE"]),
    ("the quote from {} ({}) for the wedding flowers was fair", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the coffin with {}", ["PERSON", "CREDIT_CARD"]),
    ("Deacon {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("$ mysql -h {} -u {} -p{} churchcrm", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("Dispensed to: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT35_NEGATIVES = [
    "Ahvaz sits on the Karun river",
    "Mandaeans are baptised in flowing water, again and again through life",
    "a malwasha name is given at birth by the priest from the stars",
    "the mandi in Liverpool is by the river",
    "Castlegar and Grand Forks are in the West Kootenay",
    "Doukhobor family names usually end in -off in Canada",
    "Toil and peaceful life is the Doukhobor motto",
    "the Molokans came to Los Angeles around 1905",
    "Potrero Hill had a Molokan church on Carolina Street",
    "Amish middle initials are usually the mother's maiden name",
    "there are only a few dozen Amish family names in Lancaster County",
    "Bird-in-Hand is a village on the Old Philadelphia Pike",
    "Bene Israel family names come from Konkan villages with -kar added",
    "the malida is a thanksgiving with poha, fruit and flowers",
    "Tembhi Naka is near the old synagogue in Thane",
    "Knanaya families are known by their house names",
    "Kottayam is the town of letters, latex and lakes",
    "Bohra family names often come from a trade, like iron or boots",
    "Bhendi Bazaar is being rebuilt block by block",
    "grace before meals, faith and hope and a little mercy",
    "the funeral is on 14 March at the cemetery chapel",
    "their 25th wedding anniversary is 2 June",
    "the feast day of St Thomas is 3 July",
    "the clinic appointment is on 09/11/2025 at 10:40",
    "the baby is due on 21 January",
    "the will was signed on 5 May 2019",
    "bed 14 on ward 7B",
    "prescription number 88213-4",
    "plot 112, row F in the old cemetery",
    "order #WED-4417 for the flowers",
    "case ref 2024/ADP/0193 for the adoption",
    "hymn 423 then psalm 23",
    "the hospice shop takes donations on Saturdays",
    "paracetamol 500mg, two every four hours",
    "the repeat prescription is ready after 3pm",
    "the care home fees went up by 6 percent",
    "visiting hours are 2 till 8",
    "the registrar needs the medical certificate first",
    "you have 42 days to register a birth in England",
    "probate takes about six months now",
    "the school admissions deadline is 15 January",
    "the wedding supper starts at five with the singing",
    "the wake will be at the house after the burial",
    "the cremation is family only",
    "the choir meets on Thursday at 7:30",
    "the pilgrimage bus leaves at 6 from the church",
    "the Camino from Sarria is about 115 km",
    "Velankanni gets millions of pilgrims in September",
    "upgraded ChurchCRM to 5.9.1 last week",
    "fixed in commit 9b3e07a, see the notes",
    "webtrees 2.1 changed the media folder",
    '{\n  "Name" : "ORTHANC",\n  "HttpPort" : 8042\n}',
    "[server]\nhosts = 0.0.0.0:5232",
    "[storage]\nfilesystem_folder = /var/lib/radicale/collections",
    "MAYAN_MEDIA_ROOT=/var/lib/mayan",
    "$sRootPath = '/churchcrm';",
    "dbtype=\"mysql\"\ndbport=\"3306\"",
    "DB_PASSWORD=<your password here>",
    "$sPASSWORD = 'changeme';",
    "GRAMPSWEB_SECRET_KEY=${GRAMPSWEB_SECRET_KEY}",
    "PIN: ****",
    "card 4111 1111 1111 1111 is a test card",
    "IBAN GB82 WEST 1234 5698 7654 32 is the textbook example",
    "write to someone@example.com on the form",
    "192.0.2.44 is a documentation address",
    "2001:db8:35::7 is a documentation address",
    "in Australia dial 000, in Iraq 104 for an ambulance",
    "in Canada and the US it's 911, in India 112",
    "the flowers are lovely",
    "can you remind me to ring the vicar",
    "see you at the church at ten",
    "the service was beautiful",
    "mum slept well last night",
    "the nurse says she's comfortable",
    "the cake is ordered",
    "dress fitting tomorrow",
    "the baby has a cold",
    "we need more chairs for the hall",
    "rain forecast for the wedding, typical",
    "the hearse is booked",
]  # fmt: skip


def _typo35(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': the space bar hit inside a word ('pharmacy' ->
    'phar macy'), or a phone keyboard's comma key, beside the space bar, hit instead of it ('the ward' ->
    'the,ward'). Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    if rng.random() < 0.5:
        words = list(TYPO_WORD_HELDOUT35.finditer(template))
        if not words:
            return template
        m = rng.choice(words)
        i = rng.randint(m.start() + 2, m.end() - 2)
        return template[:i] + " " + template[i:]
    spaces = list(TYPO_SPACE_HELDOUT35.finditer(template))
    if not spaces:
        return template
    i = rng.choice(spaces).start()
    return template[:i] + "," + template[i + 1 :]


def build_heldout35(seed: int = HELDOUT35_SEED) -> list[Example]:
    """Held-out set 35: `Gen35` values in `HELDOUT35_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen35(seed)
    return assemble_module_set(
        gen, HELDOUT35_TEMPLATES, HELDOUT35_MIXED, HELDOUT35_NEGATIVES, _typo35, person=None
    )
