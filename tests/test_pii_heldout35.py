"""Held-out set 35's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout35 import (
    MALWASHA_MEN_HELDOUT35,
    MALWASHA_WOMEN_HELDOUT35,
    NAMES_HELDOUT35,
    build_heldout35,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout35()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Ganzibra', 'Tarmida', 'Hazzan', 'Mulla', 'Deacon' and 'Matron' before a name and 'Achen' after it are
    not part of it."""
    for name in _names(examples):
        words = name.lower().split()
        assert words[0] not in {"ganzibra", "tarmida", "hazzan", "mulla", "deacon", "matron"}, name
        assert words[-1] != "achen", name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A Mandaean baptismal name with 'bar' and the mother's name, and a middle initial, are in the set."""
    names = _names(examples)
    assert any(re.fullmatch(r"\S+ bar \S+", n, re.IGNORECASE) for n in names)
    assert any(re.fullmatch(r"\S+ \w\. \S+", n) for n in names)


def test_names_come_from_this_sets_origins(examples) -> None:
    """Every word of every name ('bar' and initials aside) is in this set's lists, whatever its case."""
    words = {
        w.lower() for firsts, lasts in NAMES_HELDOUT35.values() for n in firsts + lasts for w in n.split()
    }
    words |= {w.lower() for w in MALWASHA_MEN_HELDOUT35 + MALWASHA_WOMEN_HELDOUT35} | {"bar"}
    for name in _names(examples):
        for w in name.split():
            assert w.lower() in words or re.fullmatch(r"\w\.", w), name
