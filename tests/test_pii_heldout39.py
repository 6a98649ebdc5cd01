"""Held-out set 39's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout39 import (
    CHETTIAR_INITIALS_HELDOUT39,
    MOLDOVAN_RUSSIAN_HELDOUT39,
    NAMES_HELDOUT39,
    VIETNAMESE_MIDDLE_HELDOUT39,
    build_heldout39,
)

TITLES = {"hajj", "mukhi", "don", "doña", "thiru", "anh", "chị", "doamna"}


@pytest.fixture(scope="module")
def examples():
    return build_heldout39()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Hajj', 'Mukhi', 'Don', 'Doña', 'Thiru', 'anh', 'chị' and 'doamna' come before a name but are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in TITLES, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A Chettiar's initials, a Lohana -bhai or -ben and a Dominican's two family names are in the set."""
    names = _names(examples)
    initials = {i.lower() for i in CHETTIAR_INITIALS_HELDOUT39}
    assert any(n.split()[0].lower() in initials and len(n.split()[0]) > 2 for n in names)
    assert any(re.search(r"(bhai|ben) ", n, re.IGNORECASE) for n in names)
    dominican = {w.lower() for w in NAMES_HELDOUT39["dominican"][2]}
    assert any(sum(w.lower() in dominican for w in n.split()) >= 2 for n in names)


def test_names_come_from_this_sets_origins(examples) -> None:
    """Every word of every name is in this set's lists, whatever its case (the joined -ová, -bhai and -ben and
    the Chettiars' 'Chettiar' aside)."""
    words = {
        w.lower() for lists in NAMES_HELDOUT39.values() for names in lists for n in names for w in n.split()
    }
    words |= {w.lower() for w in CHETTIAR_INITIALS_HELDOUT39 + list(MOLDOVAN_RUSSIAN_HELDOUT39.values())}
    words |= {w.lower() for ws in VIETNAMESE_MIDDLE_HELDOUT39.values() for w in ws}
    words |= {"chettiar", "de", "los"}
    for name in _names(examples):
        for part in name.split():
            if re.fullmatch(r"\w\.", part):
                continue
            bare = re.sub(r"(ová|bhai|ben)$", "", part.lower())
            assert part.lower() in words or bare in words, (part, name)
