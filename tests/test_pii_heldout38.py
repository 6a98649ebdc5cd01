"""Held-out set 38's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout38 import (
    BASOTHO_MA_NAMES_HELDOUT38,
    MESKHETIAN_TURKISH_HELDOUT38,
    NAMES_HELDOUT38,
    ROHINGYA_WOMEN_SECOND_HELDOUT38,
    build_heldout38,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout38()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Ntate', 'Mme', 'Sergeant', 'Cadi' and 'Maître' are written before a name but are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in {"ntate", "mme", "sergeant", "cadi", "maître"}, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A Mosotho woman's 'Ma- name, a Meskhetian -ov or -ova name and a Swiss alliance name are in the set."""
    names = _names(examples)
    assert any(n.startswith("'M") or n.startswith("'m") for n in names)
    assert any(re.search(r"ova?$", n, re.IGNORECASE) for n in names)
    yenish = {w.lower() for w in NAMES_HELDOUT38["yenish"][2]}
    assert any(
        "-" in n.split()[-1] and all(p.lower() in yenish for p in n.split()[-1].split("-")) for n in names
    )


def test_names_come_from_this_sets_origins(examples) -> None:
    """Every word of every name is in this set's lists, whatever its case (a Meskhetian woman's -ova aside)."""
    words = {
        w.lower()
        for lists in NAMES_HELDOUT38.values()
        for names in lists
        for n in names
        for part in n.split()
        for w in part.split("-")
    }
    words |= {w.lower() for w in ROHINGYA_WOMEN_SECOND_HELDOUT38 + BASOTHO_MA_NAMES_HELDOUT38}
    words |= {w.lower() for w in MESKHETIAN_TURKISH_HELDOUT38.values()}
    words |= {w.lower() + "a" for w in NAMES_HELDOUT38["meskhetian"][2]}
    for name in _names(examples):
        for part in name.split():
            if re.fullmatch(r"\w\.", part):
                continue
            for w in [part] if part.lower() in words else part.split("-"):
                assert w.lower() in words, name
