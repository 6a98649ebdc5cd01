"""Held-out set 48's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout48 import (
    GAUCHO_NICKS_HELDOUT48,
    MAZARA_FATHERS_HELDOUT48,
    NAMES_HELDOUT48,
    TITLED_HELDOUT48,
    build_heldout48,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout48()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """Cap'n, 'seu', 'dona' and 'Si' before a name are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in TITLED_HELDOUT48, name


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    for e in examples:
        for s, t, etype in e.spans:
            m = re.search(r"(?<![\w'])(cap'n|seu|dona|si) $", e.text[:s], re.IGNORECASE)
            if etype != "PERSON" or not m:
                continue
            origin, _ = TITLED_HELDOUT48[m.group(1).lower()]
            men, women, lasts = NAMES_HELDOUT48[origin]
            words = {w.lower() for w in men + women + lasts}
            assert all(w.lower() in words for w in e.text[s:t].split()), e.text


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A sheet's 'Surname, Given', a Tunisian 'Ben' and a gaucho's nickname."""
    names = _names(examples)
    assert any(re.fullmatch(r"[\w ]+, \w+", n) for n in names)
    fathers = {f.lower() for f in MAZARA_FATHERS_HELDOUT48}
    assert any(re.search(r" ben (\w+)$", n.lower()) and n.lower().split()[-1] in fathers for n in names)
    nicks = {x.lower() for x in GAUCHO_NICKS_HELDOUT48}
    assert any(n.split()[0].lower() in nicks for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    words = {w.lower().strip(",.") for n in _names(examples) for w in n.split()}
    for origin, (men, women, lasts) in NAMES_HELDOUT48.items():
        assert words & {w.lower() for w in men + women + lasts}, origin
