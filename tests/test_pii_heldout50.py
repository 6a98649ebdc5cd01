"""Held-out set 50's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout50 import NAMES_HELDOUT50, NICKS_HELDOUT50, TITLED_HELDOUT50, build_heldout50

TITLE_BEFORE = re.compile(
    r"(?<![\w'])(brother|sister|comrade|ayu\.|adv\.|tía|doña|boeta|aunty) $", re.IGNORECASE
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout50()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Brother', 'Sister', 'Comrade', 'Ayu.', 'Adv.', 'tía', 'doña', 'Boeta' and 'Aunty' are not part of it."""
    for name in _names(examples):
        assert name.split()[0].lower() not in TITLED_HELDOUT50, name


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    seen = 0
    for e in examples:
        for s, t, etype in e.spans:
            m = TITLE_BEFORE.search(e.text[:s])
            if etype != "PERSON" or not m:
                continue
            seen += 1
            origin, _ = TITLED_HELDOUT50[m.group(1).lower()]
            origins = [origin] if origin else list(NAMES_HELDOUT50)
            lists = [part for o in origins for part in NAMES_HELDOUT50[o] + NICKS_HELDOUT50.get(o, ())]
            words = {w.lower() for part in lists for x in part for w in x.split()}
            assert all(w.lower() in words for w in e.text[s:t].split()), e.text
    assert seen


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A Chicana's hyphenated family names, Maharashtrian initials and a petition's 'Name, ward'."""
    names = _names(examples)
    assert any(re.fullmatch(r"\w+ \w+-\w+", n) for n in names)
    assert any(re.fullmatch(r"\w\. \w\. \w+", n) for n in names)
    assert any(re.search(r", ward \d+$", e.text) and e.spans for e in examples)


def test_every_origin_gives_a_name(examples) -> None:
    words = {w.lower().strip(",.") for n in _names(examples) for w in n.split()}
    for origin, (men, women, lasts) in NAMES_HELDOUT50.items():
        assert words & {w.lower() for x in men + women + lasts for w in x.split()}, origin
