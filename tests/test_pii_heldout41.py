"""Held-out set 41's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout41 import NAMES_HELDOUT41, build_heldout41


@pytest.fixture(scope="module")
def examples():
    return build_heldout41()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'wee', 'our', 'Auntie', 'Apa' and 'Morah' are written before a name but are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower().strip(",") not in {"wee", "our", "auntie", "apa", "morah"}, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A school register's 'SURNAME, Given' and a Fante or Memon name of three words."""
    names = _names(examples)
    assert any(re.fullmatch(r"[A-Z][A-Za-z]+, \w.*", n) for n in names)
    three = {w.lower() for o in ("fante", "memon") for group in NAMES_HELDOUT41[o] for w in group}
    assert any(len(n.split()) == 3 and set(n.lower().split()[1:]) <= three for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    names = " ".join(_names(examples)).lower()
    for origin, (men, women, lasts) in NAMES_HELDOUT41.items():
        words = {w.lower() for w in men + women + lasts}
        assert any(w in names for w in words), origin


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    origins = {"auntie": "fante", "apa": "memon", "morah": "haredi"}
    for e in examples:
        for s, t, etype in e.spans:
            m = re.search(r"\b(auntie|apa|morah) $", e.text[:s], re.IGNORECASE)
            if etype == "PERSON" and m:
                words = {w.lower() for group in NAMES_HELDOUT41[origins[m.group(1).lower()]] for w in group}
                assert set(e.text[s:t].lower().split()) <= words, e.text
