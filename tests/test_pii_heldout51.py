"""Held-out set 51's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout51 import (
    BARCELOS_NICK_HELDOUT51,
    NAMES_HELDOUT51,
    PATTANI_MALAY_SPELLING_HELDOUT51,
    TITLED_HELDOUT51,
    build_heldout51,
)

TITLE_BEFORE = re.compile(r"(?<![\w'])(pak|kak|khun|dr|ds|mr|mrs|seu|dona) $", re.IGNORECASE)


@pytest.fixture(scope="module")
def examples():
    return build_heldout51()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def _words(origin: str) -> set[str]:
    men, women, lasts = NAMES_HELDOUT51[origin]
    extra = list(BARCELOS_NICK_HELDOUT51.values()) + list(PATTANI_MALAY_SPELLING_HELDOUT51.values())
    return {w.lower() for x in men + women + lasts + extra for w in x.split()}


def test_titles_stay_outside_the_name(examples) -> None:
    """'Pak', 'Kak', 'Khun', 'dr', 'ds', 'Mr', 'Mrs', 'seu' and 'dona' are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in TITLED_HELDOUT51, name


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    seen = 0
    for e in examples:
        for s, t, etype in e.spans:
            m = TITLE_BEFORE.search(e.text[:s])
            if etype != "PERSON" or not m:
                continue
            seen += 1
            origin, _ = TITLED_HELDOUT51[m.group(1).lower()]
            assert all(w.lower() in _words(origin) for w in e.text[s:t].split()), e.text
    assert seen


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A Swiss alliance name, a register's two initials and an Emirati man called by his son."""
    names = _names(examples)
    assert any(re.fullmatch(r"\w+ \w+-\w+", n) for n in names)
    assert any(re.fullmatch(r"\w\. \w\. \w+", n) for n in names)
    assert any(n.lower().startswith("bu ") for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    words = {w.lower().strip(",.") for n in _names(examples) for w in n.split()}
    for origin in NAMES_HELDOUT51:
        assert words & _words(origin), origin
