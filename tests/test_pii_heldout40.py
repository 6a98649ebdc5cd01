"""Held-out set 40's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout40 import (
    BURGENLAND_CROATIAN_SPELLING_HELDOUT40,
    NAMES_HELDOUT40,
    build_heldout40,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout40()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'en', 'na', 'Herr' and 'Frau' are written before a name but are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in {"en", "na", "herr", "frau"}, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A Bedouin kunya, a Menorcan double family name and a Burgenland Croat name in either spelling."""
    names = [n.lower() for n in _names(examples)]
    assert any(re.match(r"(abu|umm) ", n) for n in names)
    menorcan = {w.lower() for w in NAMES_HELDOUT40["menorcan"][2]}
    assert any(len(n.split()) == 3 and set(n.split()[1:]) <= menorcan for n in names)
    croat = {w.lower() for w in NAMES_HELDOUT40["burgenland_croat"][2]}
    croat |= {w.lower() for w in BURGENLAND_CROATIAN_SPELLING_HELDOUT40.values()}
    assert any(set(n.split()) & croat for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    names = " ".join(_names(examples)).lower()
    for origin, (men, women, lasts) in NAMES_HELDOUT40.items():
        words = {w.lower() for w in men + women + lasts}
        assert any(w in names for w in words), origin


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    menorcan = {w.lower() for group in NAMES_HELDOUT40["menorcan"] for w in group}
    for e in examples:
        for s, t, etype in e.spans:
            if etype == "PERSON" and re.search(r"\b(en|na) $", e.text[:s], re.IGNORECASE):
                assert set(e.text[s:t].lower().split()) <= menorcan, e.text
