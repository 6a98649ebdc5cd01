"""Held-out set 43's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout43 import (
    NAMES_HELDOUT43,
    POMOR_PATRONYMICS_HELDOUT43,
    QINGTIAN_ADOPTED_HELDOUT43,
    TITLED_HELDOUT43,
    build_heldout43,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout43()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Vetter', 'Wes', 'savta', 'mori', 'kyr', 'kyra', 'usta' and 'abla' are written beside a name but are not
    part of it."""
    titles = set(TITLED_HELDOUT43) | {"usta", "abla"}
    for name in _names(examples):
        assert not set(name.lower().split()) & titles, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """'ben' or 'bat', 'tou' and a genitive, a Pomor patronymic alone and an adopted Spanish or Italian name."""
    names = [n.lower() for n in _names(examples)]
    assert any(re.search(r" (ben|bat) ", n) for n in names)
    assert any(" tou " in n for n in names)
    patronymics = {p.lower() for group in POMOR_PATRONYMICS_HELDOUT43.values() for p in group}
    assert any(n in patronymics for n in names)
    adopted = {a.lower() for group in QINGTIAN_ADOPTED_HELDOUT43.values() for a in group}
    assert any(n.split()[0] in adopted and len(n.split()) == 2 for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    names = " ".join(_names(examples)).lower()
    for origin, (men, women, lasts) in NAMES_HELDOUT43.items():
        words = {w.lower() for w in men + women + lasts}
        assert any(w in names for w in words), origin


def test_a_title_slot_gets_a_given_name_of_its_origin(examples) -> None:
    for e in examples:
        for s, t, etype in e.spans:
            before = re.search(r"\b(vetter|wes|savta|mori|kyra|kyr) $", e.text[:s], re.IGNORECASE)
            after = re.match(r" (usta|abla)\b", e.text[t:], re.IGNORECASE)
            if etype != "PERSON" or not (before or after):
                continue
            origin = TITLED_HELDOUT43[before.group(1).lower()][0] if before else "hemshin"
            men, women, _ = NAMES_HELDOUT43[origin]
            assert e.text[s:t].lower() in {w.lower() for w in men + women}, e.text
