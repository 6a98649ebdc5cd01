"""Held-out set 42's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout42 import (
    CEBUANO_NICKNAMES_HELDOUT42,
    DONEGAL_FATHERS_HELDOUT42,
    NAMES_HELDOUT42,
    PATRONYMICS_HELDOUT42,
    TITLED_HELDOUT42,
    build_heldout42,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout42()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Sardar', 'Sardarni', 'nea', 'tanti', 'härra' and 'proua' are written before a name but are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in set(TITLED_HELDOUT42), name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """Singh or Kaur in the middle, a Russian patronymic, a Donegal father's name in the Irish genitive, a
    Cebuano nickname and a Bangladeshi MD."""
    names = [n.lower() for n in _names(examples)]
    assert any(re.search(r" (singh|kaur)\b", n) for n in names)
    patronymics = {p.lower() for pair in PATRONYMICS_HELDOUT42.values() for p in pair}
    assert any(set(n.split()) & patronymics for n in names)
    fathers = {f.lower() for f in DONEGAL_FATHERS_HELDOUT42}
    assert any(set(n.split()) & fathers for n in names)
    nicknames = {w.lower() for group in CEBUANO_NICKNAMES_HELDOUT42.values() for w in group}
    assert any(n.split()[0] in nicknames and len(n.split()) == 2 for n in names)
    assert any(re.match(r"md\.? ", n) for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    names = " ".join(_names(examples)).lower()
    for origin, (men, women, lasts) in NAMES_HELDOUT42.items():
        words = {w.lower() for w in men + women + lasts}
        assert any(w in names for w in words), origin


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    for e in examples:
        for s, t, etype in e.spans:
            m = re.search(r"\b(sardarni|sardar|nea|tanti|härra|proua) $", e.text[:s], re.IGNORECASE)
            if etype != "PERSON" or not m:
                continue
            origin = TITLED_HELDOUT42[m.group(1).lower()][0]
            men, women, lasts = NAMES_HELDOUT42[origin]
            words = {w.lower() for w in men + women + lasts} | {"singh", "kaur"}
            words |= {w.lower() + "a" for w in lasts}
            assert set(e.text[s:t].lower().split()) <= words, e.text
