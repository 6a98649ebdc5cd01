"""Held-out set 67's own checks: its name forms, titles, dates and typos (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import datetime
import random
import re

from bench.pii_heldout67 import (
    CALDER_SHORT_HELDOUT67,
    NAMES_HELDOUT67,
    TITLED_HELDOUT67,
    VENETO_SHORT_HELDOUT67,
    Gen67,
    _typo67,
    _weton,
    build_heldout67,
)


def test_the_weton_follows_the_five_day_market_week() -> None:
    assert _weton(datetime.date(1945, 8, 17)) == "Jumat Legi"
    assert _weton(datetime.date(1945, 8, 18)) == "Sabtu Pahing"
    assert _weton(datetime.date(1945, 8, 22)) == "Rabu Legi"


def test_every_short_form_belongs_to_its_origin() -> None:
    for origin, table in (("treviso", VENETO_SHORT_HELDOUT67), ("calder", CALDER_SHORT_HELDOUT67)):
        men, women, _ = NAMES_HELDOUT67[origin]
        assert set(table) <= set(men + women), origin


def test_titles_stay_outside_the_span_and_go_with_their_origin() -> None:
    gen = Gen67(1)
    shorts = set(VENETO_SHORT_HELDOUT67.values()) | set(CALDER_SHORT_HELDOUT67.values())
    for title, (origin, _woman, _goes_with) in TITLED_HELDOUT67.items():
        men, women, _ = NAMES_HELDOUT67[origin]
        for _ in range(20):
            assert gen.titled_person(title) in set(men + women) | shorts
    for e in build_heldout67():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                assert not re.search(r"(?i)^(our|el|la|mbah|mas|mbak) ", e.text[start:end]), e.text


def test_the_name_forms_show_up() -> None:
    gen = Gen67(7)
    names = [gen.person() for _ in range(3000)]
    assert any(re.fullmatch(r"[A-Z]+ [A-Z][a-z]+", n) and n.split()[0] in {"ZANIN", "TONON", "ZAGO"}
               for n in names)  # fmt: skip  # 'ZANIN Ivano'
    assert any(n.split()[0] in {"Gaz", "Daz", "Shaz", "Caz"} for n in names if " " in n)  # 'Gaz Uttley'
    assert any(re.fullmatch(r"[A-Z][a-z]+ van [A-Z][a-z]+", n) for n in names)  # 'Harm van Geert'
    assert any(re.fullmatch(r"Veen, [A-Z]\. van der", n) for n in names)  # 'Veen, H. van der'
    assert any(re.fullmatch(r"(Eko|Dwi|Tri) [A-Z][a-z]+", n) for n in names)  # 'Dwi Prasetyo'
    assert any(re.fullmatch(r"Sri [A-Z][a-z]+", n) for n in names)  # 'Sri Lestari'
    assert any(n in VENETO_SHORT_HELDOUT67.values() for n in names)  # 'Bepi'


def test_the_typo_leaves_the_slots_and_titles_alone() -> None:
    rng = random.Random(3)
    assert _typo67(rng, "Mechanic: {}") == "Mechanic: {}"
    slipped = {_typo67(rng, "{} says the new brakes need bedding in") for _ in range(80)}
    assert "{} says the new breaks need bedding in" in slipped
    assert "{} says thhe new brakes need bedding in" in slipped
    assert all(s.startswith("{} ") for s in slipped)
    titled = {_typo67(rng, "our {} wants a gravel bike") for _ in range(80)}
    assert all(s.startswith("our {} ") for s in titled)
