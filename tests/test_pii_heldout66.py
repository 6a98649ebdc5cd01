"""Held-out set 66's own checks: its name forms, titles, dates and typos (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout66 import (
    AHR_SHORT_HELDOUT66,
    LANDES_SHORT_HELDOUT66,
    NAMES_HELDOUT66,
    TITLED_HELDOUT66,
    VALPO_SHORT_HELDOUT66,
    Gen66,
    _french_initials,
    _ordinal,
    _typo66,
    build_heldout66,
)


def test_a_british_ordinal_and_french_initials() -> None:
    assert [_ordinal(d) for d in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st",
    ]  # fmt: skip
    assert _french_initials("Jean-Pierre") == "J.-P." and _french_initials("Monique") == "M."


def test_every_short_form_belongs_to_its_origin() -> None:
    for origin, table in (("ahr", AHR_SHORT_HELDOUT66), ("valpo", VALPO_SHORT_HELDOUT66),
                          ("landes", LANDES_SHORT_HELDOUT66)):  # fmt: skip
        men, women, _ = NAMES_HELDOUT66[origin]
        assert set(table) <= set(men + women), origin


def test_titles_stay_outside_the_span_and_go_with_their_origin() -> None:
    gen = Gen66(1)
    for title, (origin, _woman, goes_with) in TITLED_HELDOUT66.items():
        men, women, lasts = NAMES_HELDOUT66[origin]
        shorts = set(AHR_SHORT_HELDOUT66.values())
        for _ in range(20):
            name = gen.titled_person(title)
            if goes_with == "family":
                assert name in lasts
            else:
                assert name in set(men + women) | shorts
    for e in build_heldout66():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                assert not re.search(r"(?i)^(old|young|et|dä) ", e.text[start:end]), e.text


def test_the_name_forms_show_up() -> None:
    gen = Gen66(7)
    names = [gen.person() for _ in range(3000)]
    assert any(re.fullmatch(r"[A-Z] [A-Z] [A-Z][a-z]+", n) for n in names)  # 'R J Hembrow'
    assert any(re.fullmatch(r"[A-Z]+ [A-Z] [A-Z]", n) for n in names)  # 'HEMBROW R J'
    assert any(n in AHR_SHORT_HELDOUT66.values() for n in names)  # 'Jupp'
    assert any(
        re.fullmatch(r"[A-ZÁÉÍÓÚ]+ [A-ZÁÉÍÓÚ]+, [\w ]+", n) for n in names
    )  # 'ARAYA VERGARA, Constanza'
    assert any(re.fullmatch(r"[A-Z]\.-[A-Z]\. \w+", n) for n in names)  # 'J.-P. Lalanne'
    assert any(n in LANDES_SHORT_HELDOUT66.values() for n in names)  # 'Jean-Pi'


def test_the_typo_leaves_the_slots_and_forms_alone() -> None:
    rng = random.Random(3)
    assert _typo66(rng, "Warden, zone 3: {}") == "Warden, zone 3: {}"
    slipped = {_typo66(rng, "{} reads the rain gauge every morning at nine") for _ in range(60)}
    assert "{} reads the rain guage every morning at nine" in slipped
    assert "{} reads rain gauge every morning at nine" in slipped
    assert all(s.startswith("{} ") for s in slipped)
