"""Held-out set 31's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout31 import build_heldout31


@pytest.fixture(scope="module")
def examples():
    return build_heldout31()


def test_text_around_a_name_stays_outside_its_span(examples) -> None:
    """'Miss' before a name, a caption's '(left)', a print's 'pinx.' or 'fecit', life dates and 'of Ocracoke'
    are written next to a name but are not part of it."""
    for e in examples:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert value.split()[0].lower() != "miss", (e.text, value)
            assert not value.endswith(")") and not value.lower().endswith((" pinx.", " fecit")), (
                e.text,
                value,
            )
            assert " of " not in value.lower(), (e.text, value)


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """Names with a digit for the glottal stop, in katakana with the middle dot, and in Hangul are in the set."""
    names = [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]
    assert any(re.search(r"[A-Za-z]7|7[a-z]", n) for n in names)
    assert any("・" in n for n in names)
    assert any(re.search(r"[\uac00-\ud7a3]", n) for n in names)
