"""Held-out set 34's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout34 import NAMES_HELDOUT34, build_heldout34


@pytest.fixture(scope="module")
def examples():
    return build_heldout34()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Mzee', 'Sarpanch' and 'Skipper' are written before a name but are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in {"mzee", "sarpanch", "skipper"}, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A Lambadi name with 'Naik' after the given name and an Old Believer's nickname with the church name in
    brackets are in the set."""
    names = _names(examples)
    assert any(re.fullmatch(r"\S+ \S+ Naik", n, re.IGNORECASE) for n in names)
    assert any(re.fullmatch(r"\S+ \(\S+\) \S+", n) for n in names)


def test_names_come_from_this_sets_origins(examples) -> None:
    """Every word of every name (brackets and 'Naik' aside) is in this set's lists, whatever its case."""
    words = {
        w.lower() for firsts, lasts in NAMES_HELDOUT34.values() for n in firsts + lasts for w in n.split()
    }
    words |= {"naik", "klathalay", "hantalay", "chuaythalay", "prathalay", "sinsamut", "kongsamut"}
    words |= {
        "nick",
        "julian",
        "kip",
        "frank",
        "fred",
        "joe",
        "zeke",
        "martha",
        "agnes",
        "effie",
        "stephanie",
    }
    for name in _names(examples):
        for w in re.sub(r"[()]", "", name).split():
            assert w.lower() in words or re.fullmatch(r"\w\.", w), name
