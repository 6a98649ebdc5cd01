"""Held-out set 45's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout45 import (
    EMOJI_FOR_HELDOUT45,
    NAMES_HELDOUT45,
    TITLED_HELDOUT45,
    build_heldout45,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout45()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Nang' and 'Nong' before a name, 'didi' and 'dai' after it, are not part of it."""
    for name in _names(examples):
        words = [w.lower() for w in name.split()]
        assert words[0] not in ("nang", "nong") and words[-1] not in ("didi", "dai"), name


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    for e in examples:
        for s, t, etype in e.spans:
            before = re.search(r"\b(nang|nong) $", e.text[:s], re.IGNORECASE)
            after = re.match(r" (didi|dai)\b", e.text[t:], re.IGNORECASE)
            m = before or after
            if etype != "PERSON" or not m:
                continue
            origin, _ = TITLED_HELDOUT45[m.group(1).lower()]
            men, women, lasts = NAMES_HELDOUT45[origin]
            words = {w.lower() for w in men + women + lasts} | {"bahadur"}
            assert all(w.lower() in words for w in e.text[s:t].split()), e.text


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A passport's or NIE's 'SURNAME, Given', a middle initial, 'Bahadur' and a Cameroonian family-first name."""
    names = _names(examples)
    assert any(re.fullmatch(r"[A-ZÚ ]{3,}, \w+", n) for n in names)
    assert any(re.fullmatch(r"\w+ [A-Z]\. \w+", n) for n in names)
    assert any(" bahadur " in f" {n.lower()} " for n in names)
    nso = {w.lower() for w in NAMES_HELDOUT45["nso"][2]}
    assert any(len(n.split()) >= 2 and n.split()[0].lower() in nso for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    names = " ".join(_names(examples)).lower()
    for origin, (men, women, lasts) in NAMES_HELDOUT45.items():
        words = {w.lower() for w in men + women + lasts}
        assert any(w in names for w in words), origin


def test_no_emoji_or_slip_inside_a_span(examples) -> None:
    emoji = set(EMOJI_FOR_HELDOUT45.values())
    for e in examples:
        for s, t, _ in e.spans:
            assert not any(x in e.text[s:t] for x in emoji), e.text
