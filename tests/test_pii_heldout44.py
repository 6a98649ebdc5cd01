"""Held-out set 44's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout44 import (
    ADJARIAN_SHORT_HELDOUT44,
    NAMES_HELDOUT44,
    OVERSHOOT_HELDOUT44,
    SWIPE_HELDOUT44,
    TITLED_HELDOUT44,
    build_heldout44,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout44()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'batono', 'kalbatono', 'abuna' and 'malfono' are written before a name but are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in set(TITLED_HELDOUT44), name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A Tur Abdin house, a duty sheet's SURNAME and initial, an Adjarian short name and a Slovak -ová."""
    names = _names(examples)
    assert any(" Beth " in n or " beth " in n.lower() for n in names)
    assert any(re.fullmatch(r"[A-ZÖ-]{3,} [A-ZÖ]\.", n) for n in names)
    shorts = {s.lower() for s in ADJARIAN_SHORT_HELDOUT44.values()}
    assert any(n.split()[0].lower() in shorts for n in names if len(n.split()) == 2)
    assert any(n.lower().endswith("ová") for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    names = " ".join(_names(examples)).lower()
    for origin, (men, women, lasts) in NAMES_HELDOUT44.items():
        words = {w.lower() for w in men + women + lasts}
        assert any(w in names for w in words), origin


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    for e in examples:
        for s, t, etype in e.spans:
            m = re.search(r"\b(kalbatono|batono|abuna|malfono) $", e.text[:s], re.IGNORECASE)
            if etype != "PERSON" or not m:
                continue
            (origin,) = TITLED_HELDOUT44[m.group(1).lower()]
            men, women, lasts = NAMES_HELDOUT44[origin]
            words = {w.lower() for w in men + women + lasts}
            assert e.text[s:t].split()[0].lower() in words, e.text


def test_the_typos_are_swipe_slips(examples) -> None:
    """Some sentences carry the set's own slips: a swipe read as another word or run on into a longer form."""
    slipped = set(SWIPE_HELDOUT44.values()) | set(OVERSHOOT_HELDOUT44.values())
    slipped -= set(SWIPE_HELDOUT44) | set(OVERSHOOT_HELDOUT44) | {"us", "of", "fit", "sad", "hot"}
    typed = [e.text.lower() for e in examples if e.style == "typo"]
    assert sum(bool(set(re.findall(r"[a-z]+", t)) & slipped) for t in typed) >= 5
