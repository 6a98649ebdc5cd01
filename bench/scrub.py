"""Scrubber benchmark: messages/s batched (`Scrubber.scrub_many`) vs one by one (`Scrubber.scrub`).

    python -m bench.scrub [--messages 400] [--batch-size 32]

Prints one JSON object as its last line (ratio = batched / one by one) and writes a PNG under
reports/bench/. Both paths must give the same scrubbed texts, or the run fails.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import REPORTS, bar_chart, comparison, machine, print_result  # noqa: E402

TEMPLATES = [
    "Hi, I'm {name}. Can you help me write an e-mail to my landlord?",
    "My number is {phone}, call me after lunch if the order is late.",
    "What is a good recipe for a quick dinner with rice and beans?",
    "Please send the invoice to {email} before Friday.",
    "I moved to {city} last year and I still don't know where to find good bread.",
    "Summarise this: the meeting is moved to Tuesday and the budget stays the same.",
    "Why does my code raise a KeyError when the dictionary is empty?",
    "{name} said the card {card} was declined twice yesterday.",
    "Thanks, that worked! Can you also explain how interest rates affect mortgages?",
    "Tell me a joke about cats and keyboards.",
]


def messages(n: int, seed: int = 0) -> list[str]:
    """Realistic chat messages, some with fake personal data (Faker, offline)."""
    from faker import Faker

    fake = Faker("en_US")
    Faker.seed(seed)
    rng = random.Random(seed)
    return [
        rng.choice(TEMPLATES).format(
            name=fake.name(),
            phone=fake.phone_number(),
            email=fake.email(),
            city=fake.city(),
            card=fake.credit_card_number(),
        )
        for _ in range(n)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    from config.settings import PrivacySettings
    from privacy import Scrubber

    scrubber = Scrubber(PrivacySettings())
    texts = messages(args.messages)
    scrubber.scrub(texts[0])  # warm-up
    scrubber.scrub_many(texts[:4])

    started = time.perf_counter()
    one_by_one = [scrubber.scrub(t) for t in texts]  # same (default) scope as scrub_many
    single_s = time.perf_counter() - started
    started = time.perf_counter()
    batched = scrubber.scrub_many(texts, batch_size=args.batch_size)
    batch_s = time.perf_counter() - started
    if batched != one_by_one:
        raise SystemExit("batched scrubbing differs from one-by-one scrubbing")

    results = {"messages_per_s": comparison(len(texts) / batch_s, len(texts) / single_s, ">= 2.0")}
    png = bar_chart(REPORTS / "scrub.png", f"scrub {len(texts)} messages", results)
    print_result(
        {
            "bench": "scrub",
            "messages": len(texts),
            "batch_size": args.batch_size,
            "machine": machine(),
            "comparisons": results,
            "ratio": {name: c["ratio"] for name, c in results.items()},
            "identical_output": True,
            "png": str(png),
        }
    )


if __name__ == "__main__":
    main()
