"""Surrogates: realistic fake values that stand in for detected personal data.

The fake for a value is drawn from faker seeded with a keyed hash (HMAC-SHA256) of
(scope, entity type, value), so within one scope (conversation) the same name always maps to the same
fake name, a different scope gets a different one, and without the key the mapping cannot be rebuilt.
Fakes never equal the original nor any other value detected in the same text, and come from safe
ranges where one exists (example.com e-mail, 555-01xx phones, documentation IP ranges, test cards).

Every fake also carries a keyed mark: it is drawn until a keyed hash of its normalised text falls in one
of 32 buckets (8 for name words and IP addresses, none for test cards). `is_surrogate` checks the range
and the mark, so `privacy scan` can tell a surrogate from real residue with the same key: a real value
passes for a surrogate only by chance (1 in 32; a name word must also be in faker's en_US name lists).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import random
import re
import string
import threading
from datetime import datetime

from faker import Faker
from faker.providers.person.en_US import Provider as _USNames

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


# One in MARK_EVERY random values carries the keyed mark of its type.
MARK_EVERY = {"PERSON": 8, "IP_ADDRESS": 8, "CREDIT_CARD": 1}
_DEFAULT_MARK_EVERY = 32
_MAX_DRAWS = 2000  # (31/32)**2000: never runs out in practice
_EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")
_DOC_NETS = [
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]
_POOL_FIRST = frozenset(n.casefold() for n in _USNames.first_names)
_POOL_LAST = frozenset(n.casefold() for n in _USNames.last_names)
_PARTICLES = {"da", "de", "del", "der", "di", "dos", "du", "la", "le", "van", "von", "bin", "al"}
_ALL_TEST_CARDS = frozenset(c for cards in _TEST_CARDS.values() for c in cards)


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
            seed = self._seed(scope, entity, _norm(original), 0)
            self._faker.seed_instance(seed)
            rng = random.Random(seed)
            for _ in range(_MAX_DRAWS):
                fake = self._one(entity, original, rng)
                if fake.casefold() not in forbidden and self.is_surrogate(entity, fake):
                    return fake
        return f"<{entity}>"

    def _marked(self, entity: str, value: str) -> bool:
        """True when `value` carries the keyed mark of `entity` (one random value in MARK_EVERY does)."""
        every = MARK_EVERY.get(entity, _DEFAULT_MARK_EVERY)
        canon = _canonical(entity, value)
        if every == 1 or not canon:
            return True
        msg = "\x1f".join(("surrogate-mark", entity, canon)).encode()
        return int.from_bytes(hmac.new(self._key, msg, hashlib.sha256).digest()[:4], "big") % every == 0

    def is_surrogate(self, entity: str, value: str) -> bool:
        """True when `value` is one this factory (with this key) could have written for `entity`:
        in the type's safe range or name list, and carrying the keyed mark."""
        if entity == "PERSON":
            words = [w.strip(".,").casefold() for w in value.split()]
            words = [w for w in words if w and w not in _PARTICLES]
            return bool(words) and all(
                (w in _POOL_FIRST or w in _POOL_LAST) and self._marked(entity, w) for w in words
            )
        return _in_safe_range(entity, value) and self._marked(entity, value)

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
                if low in _PARTICLES:
                    out.append(part)
                    continue
                kind = "last" if (word_index > 0 or (low in last and low not in first)) else "first"
                word_index += 1
                self._faker.seed_instance(self._seed(scope, "PERSON", low, 0))
                for _ in range(_MAX_DRAWS):
                    fake = self._faker.first_name() if kind == "first" else self._faker.last_name()
                    if (
                        fake.casefold() != low
                        and fake.casefold() not in forbidden
                        and self._marked("PERSON", fake.casefold())
                    ):
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


def _canonical(entity: str, value: str) -> str:
    """What the mark is computed on: the value without case, spacing and punctuation differences."""
    if entity in ("PHONE_NUMBER", "CREDIT_CARD", "US_SSN"):
        return re.sub(r"\D", "", value)
    return " ".join(re.findall(r"\w+", value.casefold()))


def _in_safe_range(entity: str, value: str) -> bool:
    """True unless `entity` has a reserved range for fakes and `value` lies outside it."""
    if entity == "EMAIL_ADDRESS":
        return value.casefold().rstrip(".").endswith(tuple("@" + d for d in _EXAMPLE_DOMAINS))
    if entity == "CREDIT_CARD":
        return re.sub(r"\D", "", value) in _ALL_TEST_CARDS
    if entity == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_interface(value.strip()).ip
        except ValueError:
            return False
        return any(ip in net for net in _DOC_NETS)
    if entity == "URL":
        return "example.com" in value.casefold()
    if entity == "PHONE_NUMBER":
        digits = re.sub(r"\D", "", value)
        if len(digits) == 10 or (len(digits) == 11 and digits.startswith("1")):
            return digits[-7:-2] == "55501"  # North American: only 555-01xx, reserved for fiction
    return True


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
