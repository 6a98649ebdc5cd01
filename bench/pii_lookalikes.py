"""Sentences with no personal data that *look* like it: the tagger's hard negatives.

The benchmark's sets hold mostly sentences with personal data; a tagger trained on them alone learns
that any date is a birth date and any code is a secret. These generated sentences teach it the
contexts where a date, a number, a code or an identifier is nothing personal: meetings, invoices,
releases, orders, tracking, versions, hashes, config values, file paths, sizes and times. No person,
address, birth date, login or secret is in any of them (`build_lookalikes` returns labelled examples
with no spans).
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from bench.pii import Example

LOOKALIKES_SEED = 4242
MONTHS = "January February March April May June July August September October November December".split()

DATE_CONTEXTS = [
    "the call was pushed to {}, see you there",
    "the bill dated {} is still unpaid",
    "version 2 shipped on {} after a long beta",
    "deadline {} for the grant application",
    "the scanner froze on {} again",
    "our lease ends {}",
    "the match on {} got rained off",
    "concert tickets for {} arrived today",
    "the band's comeback tour started {}",
    "last backup ran {}",
    "the warranty expires {}",
    "reminder: dentist {} at 9",
    "sprint review is {}",
    "flight leaves {} early",
    "the museum reopened {}",
    "payment due by {}",
    "report for the quarter ending {}",
    "we launched the app on {}",
    "the boiler was serviced {}",
    "order placed {} still not here",
    '"created": "{}",',
    "updated_at={}",
    "[{}] INFO worker started",
    "Date: {}",
    "modified {} by the build bot",
    "the exam is on {}",
    "school starts {}",
    "the festival runs until {}",
    "we were in Sumatra {} for the wedding",
    "back from Lisbon on {}, exhausted",
    "flew to Nairobi {} with the team",
    "our trip to Patagonia started {}",
    "stayed in Kyoto until {}",
]

CODE_CONTEXTS = [
    ("the confirmation number for the order: {}", "digits"),
    ("package {} is still at the depot", "alnum_upper"),
    ("track the delivery with {} on their site", "tracking"),
    ("booking reference {} for two nights", "alnum_upper"),
    ("ticket {} was closed as a duplicate", "ticket"),
    ("fixed in pull request #{}", "digits"),
    ("row id {} appears twice in the table", "hex"),
    ("commit {} broke the build", "hex"),
    ("we deployed v{} from revision {} yesterday", "version_commit"),
    ("rebased {} onto main", "branch"),
    ("pushed {} to origin", "branch"),
    ("checked out {} to test it", "branch"),
    ("the {} branch is ready for review", "branch"),
    ("final score {}", "glued"),
    ("lol {} that was close", "glued"),
    ("the {} campaign ends friday", "promo"),
    ("postcode area {} has the fastest broadband", "zip"),
    ("dial {} for the town exchange", "area"),
    ("product SKU {} is out of stock", "sku"),
    ("error {} when saving", "error"),
    ("benchmarks put {} on top this year", "model"),
    ("tickets for {} sold out fast", "event"),
    ("build {} passed all tests", "build"),
    ("flight {} is delayed", "flight"),
    ("the part number is {}", "sku"),
    ("room {} on the second floor", "room"),
    ("use the coupon {} at checkout", "promo"),
    ("request id {} in the logs", "uuid"),
    ("checksum {}", "sha"),
    ('<option key="retries" value="{}"/>', "digits"),
    ("max_retries = {}", "small"),
    ("timeout={}ms", "digits"),
    ("the serial number on the box is {}", "alnum_upper"),
    ("docker image tag {}", "tag"),
    ("table {} please", "small"),
]

PHRASES = [
    "we're all set_for_launch tomorrow",
    "ok then, talk_to_you_soon",
    "buffer_size3 is too small",
    "open budget_2023_final.xlsx first",
    "D:\\Games\\Steam holds the installs",
    "check /usr/local/bin for the binary",
    "type news.paris.today into the address bar",
    "the shelf is 85cm deep",
    "it weighs 14kg with the battery",
    "we won 3-1 at home",
    "the train leaves at 14:30 from platform 4",
    "that costs 49.99 with delivery",
    "set the oven to 180 degrees",
    "the repo is github.com/python/cpython",
    "run pip install requests==2.31.0",
    "the flag is --max-old-space-size=4096",
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64)",
    "svc = Foo.ServiceV3(retries=5)",
    "bcrypt_sha256 is slower than argon2",
    "HTTP 404 on /api/v2/items",
    "we hiked up Pico Duarte on the way",
    "Lake Geneva was calm this morning",
    "the Golden Gate bridge was foggy",
    "he is learning Tigrinya at night school",
    "the Thames path is closed near the lock",
    "I love the Beatles and Queen",
    "port 8080 is already in use",
    "the wifi is down again",
    "my password manager keeps logging me out",
    "what's a good password policy for a small team?",
    "how do I reset my router to factory settings?",
    "the login page shows a blank screen",
    "I forgot my username, what do I do?",
    "please enter your email address below",
    "the API key field is empty in the settings",
]


def _date_text(rng: random.Random) -> str:
    d = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 80))
    month = MONTHS[d.month - 1]
    shapes = [
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        d.isoformat(),
        f"{d.day} {month} {d.year}",
        f"{month} {d.day}, {d.year}",
        f"{month[:3]}-{d.day:02d}-{d.year}",
        f"{d.year}/{d.month}/{d.day}",
        f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        f"{d.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
        f"{d.year}{d.month:02d}{d.day:02d}{rng.randrange(24):02d}0000Z",
        f"/Date({rng.randrange(10**12, 2 * 10**12)})/",
        f"{d.year}-{month[:3]}-{d.day:02d}",
        f"the {d.day}th of {month}",
        f"{month} {d.year}",
    ]
    return rng.choice(shapes)


def _code(rng: random.Random, kind: str) -> str:
    upper = string.ascii_uppercase + string.digits
    hexd = "0123456789abcdef"
    if kind == "digits":
        return "".join(rng.choices(string.digits, k=rng.randint(3, 7)))
    if kind == "alnum_upper":
        return "".join(rng.choices(upper, k=rng.randint(5, 10)))
    if kind == "tracking":
        return rng.choice(["JD", "1Z", "RR", "LX"]) + "".join(
            rng.choices(string.digits, k=rng.randint(10, 16))
        )
    if kind == "ticket":
        return rng.choice(["JIRA", "OPS", "BUG", "INC"]) + "-" + str(rng.randint(10, 99999))
    if kind == "hex":
        return "".join(rng.choices(hexd, k=rng.choice([7, 10, 12, 16])))
    if kind == "sha":
        return "".join(rng.choices(hexd, k=rng.choice([32, 40, 64])))
    if kind == "version_commit":
        version = f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
        return version + "|" + "".join(rng.choices(hexd, k=10))
    if kind == "branch":
        return (
            rng.choice(["fix", "feature", "chore", "hotfix"])
            + "-"
            + "-".join(rng.sample(["login", "bug", "cache", "menu", "auth", "typo", "deps", "api"], 2))
            + f"-{rng.randint(1, 99)}"
        )
    if kind == "promo":
        return (
            rng.choice(["SUMMER", "WINTER", "SPRING", "BLACKFRIDAY", "WELCOME"])
            + rng.choice(["-SALE-", "", "-"])
            + str(rng.randint(10, 30))
        )
    if kind == "zip":
        return str(rng.randint(10000, 99999))
    if kind == "area":
        return "0" + str(rng.randint(100, 999))
    if kind == "sku":
        return "".join(rng.choices(string.ascii_uppercase, k=3)) + "-" + str(rng.randint(100, 99999))
    if kind == "error":
        return rng.choice(["E", "ERR", "0x"]) + "".join(rng.choices("0123456789ABCDEF", k=rng.randint(3, 8)))
    if kind == "model":
        return rng.choice(["GPT4o", "Llama3", "Phi3", "Gemma2", "ResNet50", "T5-base", "iPhone15", "RTX4090"])
    if kind == "event":
        return rng.choice(["Expo2020", "Euro2024", "PyCon2025", "COP28", "WWDC24", "Glasto2019"])
    if kind == "build":
        return f"#{rng.randint(100, 99999)}"
    if kind == "flight":
        return rng.choice(["BA", "LH", "KL", "AF", "U2", "FR"]) + str(rng.randint(10, 9999))
    if kind == "room":
        return rng.choice(["", "B", "C"]) + str(rng.randint(100, 450))
    if kind == "uuid":
        return "-".join("".join(rng.choices(hexd, k=n)) for n in (8, 4, 4, 4, 12))
    if kind == "glued":  # a short word or a digit glued to a number: "no!2021", "3*2020", "x+100"
        head = rng.choice(["ok", "no", "go", "hi", "yo", "yes", "x", "y", "3", "5", "C", "D"])
        return head + rng.choice("!#*+") + str(rng.choice([rng.randint(1990, 2030), rng.randint(2, 1000)]))
    if kind == "small":
        return str(rng.randint(1, 12))
    if kind == "tag":
        return rng.choice(["latest", "stable", "3.12-slim", "1.25-alpine", "v2.4.1"])
    raise ValueError(kind)


def build_lookalikes(seed: int = LOOKALIKES_SEED, n: int = 900) -> list[Example]:
    """`n` sentences without personal data: dates, codes and identifiers in everyday contexts."""
    rng = random.Random(seed)
    out: list[Example] = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.4:
            text = rng.choice(DATE_CONTEXTS).format(_date_text(rng))
        elif kind < 0.85:
            template, code_kind = rng.choice(CODE_CONTEXTS)
            code = _code(rng, code_kind)
            text = template.format(*code.split("|"))
        else:
            text = rng.choice(PHRASES)
        r = rng.random()
        if r < 0.08:
            text = text.lower()
        elif r < 0.12:
            text = text.upper()
        out.append(Example(text, []))
    return out
