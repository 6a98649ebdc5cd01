"""Held-out set 64's own checks: its name forms, titles, dates and typos (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout64 import (
    HUON_NICKS_HELDOUT64,
    NAMES_HELDOUT64,
    STYRIA_SHORT_HELDOUT64,
    TITLED_HELDOUT64,
    Gen64,
    _ordinal,
    _typo64,
    build_heldout64,
)


def test_an_australian_ordinal() -> None:
    assert [_ordinal(d) for d in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st",
    ]  # fmt: skip


def test_every_styrian_given_name_has_its_short_form() -> None:
    men, women, _ = NAMES_HELDOUT64["styria"]
    assert set(men + women) == set(STYRIA_SHORT_HELDOUT64)
    assert set(HUON_NICKS_HELDOUT64) <= set(NAMES_HELDOUT64["huon"][2])


def test_titles_stay_outside_the_span_and_go_with_their_origin() -> None:
    gen = Gen64(1)
    for title, (origin, _woman, full) in TITLED_HELDOUT64.items():
        for _ in range(20):
            name = gen.titled_person(title)
            assert title not in name.lower().split()
            assert (" " in name) == full
            assert name.split(" ")[0] in NAMES_HELDOUT64[origin][0] + NAMES_HELDOUT64[origin][1]
    for e in build_heldout64():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                assert not re.search(r"(?i)\b(ökr|sor|sora)\b", e.text[start:end]), e.text


def test_the_name_forms_show_up() -> None:
    gen = Gen64(7)
    names = [gen.person() for _ in range(3000)]
    assert any(re.fullmatch(r"[A-Z]+ [A-Z]\.", n) for n in names)  # 'GEEVES T.'
    assert any(n in HUON_NICKS_HELDOUT64.values() for n in names)  # 'Robbo'
    assert any(
        n.split(" ")[-1] in STYRIA_SHORT_HELDOUT64.values() and " " in n for n in names
    )  # 'Pichler Hans'
    assert any(re.fullmatch(r"[\w ]+ \w+, \w+", n) for n in names)  # 'Pascual Domingo, Lucas'
    assert any(n.isupper() and len(n.split()) >= 3 for n in names)  # a cédula's capitals


def test_the_typo_leaves_the_slots_and_forms_alone() -> None:
    rng = random.Random(3)
    assert _typo64(rng, "Grower: {}") == "Grower: {}"
    slipped = {_typo64(rng, "{} was picking apples in the top block all week") for _ in range(40)}
    assert "{} was pickin' apples in the top block all week" in slipped
    assert "{} was picking Apples in the top block all week" in slipped
    assert all("{}" in s for s in slipped)
