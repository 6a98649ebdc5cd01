"""Word lists, loaded offline once: first and last names (from faker's person providers) and common words.

Names are folded to lower case. A name that is also an everyday word ("will", "may", "grant") is kept in
the name sets but also appears in COMMON_WORDS; recognizers only trust such a word as a name with context.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

# Locales whose name lists Kaizen uses. bench/pii.py draws names from a different locale mix on purpose.
NAME_LOCALES = ("en_US", "en_GB", "en_IE", "es_ES", "fr_FR", "de_DE", "it_IT")

# Names that are everyday words but rare in the chat corpus used for common_words.txt.
_EXTRA_COMMON = """
bill mark rose grace faith joy ray art pat sue rich dean chase hunter penny sandy dawn april june august
jack frank guy drew victor rusty ginger lily ivy holly amber crystal ruby pearl iris daisy violet olive
jade sky river storm brook clay dale glen lane wade miles max chance cash earl duke baron king prince
major judge reed wood stone cliff ford hill price bush street park field green brown white black gray
grey young long short little small strong church hall ball bell bank page case cook rice gold silver
summer winter autumn spring star moon sun rain snow bay cole carter porter baker mason cooper fisher
hunter taylor turner walker ward wells west north south east love hope joy noble sterling august
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
    "english",
    "god",
    "jesus",
    "mom",
    "dad",
    "mum",
    "sir",
    "madam",
}


@cache
def _load_names() -> tuple[frozenset[str], frozenset[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for loc in NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr, target in (
            ("first_names", first),
            ("first_names_male", first),
            ("first_names_female", first),
            ("last_names", last),
        ):
            for name in getattr(provider, attr, ()) or ():
                for part in name.replace("-", " ").split():
                    if len(part) > 1:
                        target.add(part.lower())
    return frozenset(first), frozenset(last)


@cache
def common_words() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "common_words.txt"
    words = {w.strip() for w in path.read_text().splitlines() if w.strip()}
    return frozenset(words | set(STOP_WORDS) | set(_EXTRA_COMMON) | TECH_WORDS)


def first_names() -> frozenset[str]:
    return _load_names()[0]


def last_names() -> frozenset[str]:
    return _load_names()[1]
