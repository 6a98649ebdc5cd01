"""Surrogates: realistic fake values that stand in for detected personal data.

The fake for a value is drawn from faker seeded with a keyed hash (HMAC-SHA256) of
(scope, entity type, value), so within one scope (conversation) the same name always maps to the same
fake name, a different scope gets a different one, and without the key the mapping cannot be rebuilt.
Fakes never equal the original nor any other value detected in the same text, and come from safe
ranges where one exists (example.com e-mail, 555-01xx phones, documentation IP ranges, test cards).
"""

from __future__ import annotations

import hashlib
import hmac
import random
import re
import string
import threading
from datetime import datetime

from faker import Faker

from privacy.names import first_names, last_names

_TEST_CARDS = {
    16: [
        "4111111111111111",
        "5555555555554444",
        "4242424242424242",
        "4012888888881881",
        "5105105105105100",
        "6011111111111117",
        "3566002020360505",
        "5200828282828210",
    ],
    15: ["378282246310005", "371449635398431", "378734493671000"],
    14: ["30569309025904", "38520000023237"],
    13: ["4222222222222"],
}
_SECRET_PREFIX = re.compile(
    r"^(?:-----BEGIN[A-Z ]*-----\s*|sk-(?:proj-|ant-|live-|test-)?|(?:sk|pk|rk)_(?:live|test)_|gh[pousr]_|"
    r"github_pat_|AKIA|ASIA|xox[abposr]-|AIza|glpat-|hf_|npm_|pypi-|eyJ)"
)
_DATE_FORMATS = [
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%m-%d-%Y",
    "%d/%m/%y",
    "%m/%d/%y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%d %B, %Y",
    "%B %d",
    "%d %B",
]


def match_case(fake: str, original: str) -> str:
    """`fake` in the letter case style of `original` (ALL CAPS, all lower, or as generated)."""
    letters = [c for c in original if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return fake.upper()
    if letters and all(c.islower() for c in letters):
        return fake.lower()
    return fake


def _reshape(rng: random.Random, value: str, keep: int = 0) -> str:
    """Same shape as `value`: digits -> random digits, letters -> random letters of the same case."""
    out = list(value[:keep])
    for c in value[keep:]:
        if c.isdigit():
            out.append(rng.choice(string.digits))
        elif c.isascii() and c.isupper():
            out.append(rng.choice(string.ascii_uppercase))
        elif c.isascii() and c.islower():
            out.append(rng.choice(string.ascii_lowercase))
        else:
            out.append(c)
    return "".join(out)


def _fill_digits(shape: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it, "0") if c.isdigit() else c for c in shape)


class SurrogateFactory:
    """Makes deterministic, keyed fakes. Thread-safe (one faker instance behind a lock)."""

    def __init__(self, key: bytes, locale: str = "en_US") -> None:
        self._key = key
        self._faker = Faker(locale)
        self._lock = threading.Lock()

    def _seed(self, scope: str, entity: str, value: str, attempt: int) -> int:
        msg = "\x1f".join((scope, entity, value, str(attempt))).encode()
        return int.from_bytes(hmac.new(self._key, msg, hashlib.sha256).digest()[:8], "big")

    def make(self, entity: str, original: str, scope: str, avoid: frozenset[str] = frozenset()) -> str:
        """A fake for `original` of type `entity`; never `original` itself nor anything in `avoid`."""
        forbidden = {a.casefold() for a in avoid} | {original.casefold()}
        if entity == "PERSON":
            return self._person(original, scope, forbidden)
        with self._lock:
            for attempt in range(12):
                seed = self._seed(scope, entity, _norm(original), attempt)
                self._faker.seed_instance(seed)
                fake = self._one(entity, original, random.Random(seed))
                if fake.casefold() not in forbidden:
                    return fake
        return f"<{entity}>"

    def _person(self, original: str, scope: str, forbidden: set[str]) -> str:
        first, last = first_names(), last_names()
        parts = re.split(r"(\s+)", original)
        out = []
        word_index = 0
        with self._lock:
            for part in parts:
                if not part or part.isspace():
                    out.append(part)
                    continue
                low = part.casefold().strip(".,")
                if low in {
                    "da",
                    "de",
                    "del",
                    "der",
                    "di",
                    "dos",
                    "du",
                    "la",
                    "le",
                    "van",
                    "von",
                    "bin",
                    "al",
                }:
                    out.append(part)
                    continue
                kind = "last" if (word_index > 0 or (low in last and low not in first)) else "first"
                word_index += 1
                for attempt in range(12):
                    self._faker.seed_instance(self._seed(scope, "PERSON", low, attempt))
                    fake = self._faker.first_name() if kind == "first" else self._faker.last_name()
                    if fake.casefold() != low and fake.casefold() not in forbidden:
                        break
                out.append(match_case(fake, part))
        result = "".join(out)
        return result if result.casefold() not in forbidden else "<PERSON>"

    def _one(self, entity: str, original: str, rng: random.Random) -> str:
        f = self._faker
        if entity == "EMAIL_ADDRESS":
            return match_case(
                f"{f.user_name()}@{rng.choice(['example.com', 'example.org', 'example.net'])}", original
            )
        if entity == "PHONE_NUMBER":
            return _phone(rng, original)
        if entity == "CREDIT_CARD":
            digits = re.sub(r"\D", "", original)
            card = rng.choice(_TEST_CARDS.get(len(digits), _TEST_CARDS[16]))
            return _fill_digits(original, card) if len(card) == len(digits) else card
        if entity == "IBAN_CODE":
            iban = f.iban()
            if " " in original.strip():
                iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
            return match_case(iban, original)
        if entity == "IP_ADDRESS":
            suffix = original[original.index("/") :] if "/" in original else ""
            if ":" in original:
                return f"2001:db8:{rng.randrange(1, 0xFFFF):x}::{rng.randrange(1, 0xFFFF):x}{suffix}"
            net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
            return f"{net}.{rng.randrange(1, 255)}{suffix}"
        if entity == "STREET_ADDRESS":
            return match_case(f.street_address(), original)
        if entity == "LOCATION":
            return match_case(f.city(), original)
        if entity == "URL":
            return f"https://www.example.com/{f.uri_path()}"
        if entity == "USERNAME":
            name = f.user_name()
            return "@" + name if original.startswith("@") else name
        if entity == "DATE_OF_BIRTH":
            return _date(f.date_of_birth(minimum_age=16, maximum_age=90), original)
        if entity == "US_SSN":
            return _fill_digits(original, f.ssn().replace("-", "")) if re.search(r"\D", original) else f.ssn()
        if entity == "SECRET":
            m = _SECRET_PREFIX.match(original)
            if original.startswith("-----BEGIN"):
                return re.sub(
                    r"(?<=-----\n)[\s\S]*?(?=\n?-----END)", lambda b: _reshape(rng, b.group()), original
                )
            return _reshape(rng, original, keep=m.end() if m else 0)
        return _reshape(rng, original)


def _norm(value: str) -> str:
    return re.sub(r"\s+", " ", value.strip()).casefold()


def _phone(rng: random.Random, original: str) -> str:
    digits = re.sub(r"\D", "", original)
    if len(digits) == 10 or (
        len(digits) == 11 and digits.startswith("1") and original.lstrip().startswith(("+", "1"))
    ):
        # North American numbering: 555-0100..0199 is reserved for fiction.
        area = f"{rng.randrange(2, 10)}{rng.randrange(0, 10)}{rng.randrange(0, 10)}"
        new = ("1" if len(digits) == 11 else "") + area + "55501" + f"{rng.randrange(0, 100):02d}"
        return _fill_digits(original, new)
    # elsewhere: keep the country code, randomise the rest of the number
    keep = 0
    m = re.match(r"\s*(?:\+|00)(\d{1,3})", original)
    if m:
        keep = m.end()
    return _reshape(rng, original, keep=keep)


def _date(fake: datetime, original: str) -> str:
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", original.strip(), flags=re.IGNORECASE).replace(" of ", " ")
    for fmt in _DATE_FORMATS:
        try:
            datetime.strptime(text, fmt)
        except ValueError:
            continue
        return match_case(fake.strftime(fmt), original)
    return fake.strftime("%d %B %Y")
