"""Held-out set 53's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout53 import GAELIC_GENITIVES_HELDOUT53, TITLED_HELDOUT53, build_heldout53


@pytest.fixture(scope="module")
def examples():
    return build_heldout53()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Oom', 'Tannie', 'Amma' and 'Afi' before a given name are not part of it."""
    for name in _names(examples):
        assert name.lower().split()[0] not in TITLED_HELDOUT53, name


def test_call_signs_are_never_labelled(examples) -> None:
    """An amateur radio call sign is no person and no username (held-out 44 and 46)."""
    call_sign = re.compile(r"\b(GM|MM|V5)\d?[A-Z]{0,3}\b")
    for e in examples:
        for s, t, _ in e.spans:
            assert not call_sign.fullmatch(e.text[s:t]), e.text


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A society list's 'Surname, Given', Lewis's patronymic, Zeeland's initials with the name one is called
    by and the village's 'X van Y'."""
    names = _names(examples)
    genitives = {g.lower() for g in GAELIC_GENITIVES_HELDOUT53}
    assert any(re.fullmatch(r"[\w' -]+, [\w'-]+", n) for n in names)
    assert any(len(n.split()) == 3 and n.split()[1].lower() in genitives for n in names)
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\. \(\w+\) [\w ]+", n, re.IGNORECASE) for n in names)
    assert any(re.fullmatch(r"\w+ van \w+", n, re.IGNORECASE) for n in names)
