"""Held-out set 36's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout36 import (
    ATACAMENO_SECOND_HELDOUT36,
    MAGALLANES_MATERNAL_HELDOUT36,
    NAMES_HELDOUT36,
    build_heldout36,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout36()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Bab', 'Havildar' and 'Subedar' are written before a name but are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in {"bab", "havildar", "subedar"}, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """An Icelandic -son or -dóttir name, a Walser name in an Italian register's capitals first and a Shauka
    man's 'Singh' are in the set."""
    names = _names(examples)
    assert any(re.search(r"(son|dóttir)$", n, re.IGNORECASE) for n in names)
    walser = {w.upper() for w in NAMES_HELDOUT36["walser"][1]}
    assert any(n.split()[0] in walser and not n.isupper() for n in names)
    assert any(re.fullmatch(r"\S+ Singh \S+", n, re.IGNORECASE) for n in names)


def test_names_come_from_this_sets_origins(examples) -> None:
    """Every word of every name ('Singh' aside) is in this set's lists, whatever its case."""
    words = {
        w.lower() for firsts, lasts in NAMES_HELDOUT36.values() for n in firsts + lasts for w in n.split()
    }
    words |= {w.lower() for w in MAGALLANES_MATERNAL_HELDOUT36 + ATACAMENO_SECOND_HELDOUT36}
    words.add("singh")
    for name in _names(examples):
        for w in name.split():
            assert w.lower() in words or re.fullmatch(r"\w\.", w), name
