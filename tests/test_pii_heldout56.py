"""Held-out set 56's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import random
import re

import pytest

from bench.pii_heldout56 import TITLED_HELDOUT56, _devanagari, _initials, _typo56, build_heldout56


@pytest.fixture(scope="module")
def examples():
    return build_heldout56()


def _values(examples, etype: str) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, kind in e.spans if kind == etype]


def test_titles_stay_outside_the_name(examples) -> None:
    """'bhauju', 'hadj', 'cabo', 'fänrik' and the others before a name and 'saheb' after it are not part of it."""
    for name in _values(examples, "PERSON"):
        words = name.lower().split()
        assert words[0] not in TITLED_HELDOUT56 and words[-1] not in TITLED_HELDOUT56, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A roll's 'Surname, Given', an army list's initials and a French military list's 'NOM Prénom'."""
    names = _values(examples, "PERSON")
    assert any(re.fullmatch(r"[\w.' -]+, [\w -]+", n) for n in names)
    assert any(re.fullmatch(r"([A-Z]\.)+ [A-Z]\w+", n) for n in names)
    assert any(re.fullmatch(r"[A-ZÏ]{3,} [A-Z][\w-]+( bent? \w+)?", n) for n in names)


def test_helpers() -> None:
    assert _initials("Dil Bahadur") == "D.B." and _initials("Jan-Erik") == "J.E."
    assert _devanagari("2043/12/01") == "२०४३/१२/०१"


def test_the_typo_leaves_slots_and_forms_alone() -> None:
    rng = random.Random(0)
    assert _typo56(rng, "Key-holder 1: {}") == "Key-holder 1: {}"
    for _ in range(50):
        slipped = _typo56(rng, "bhauju {} said yes, ok")
        assert slipped.startswith("bhauju {} ") and slipped.count("{}") == 1


def test_passwords_in_urls_need_no_escaping(examples) -> None:
    for e in examples:
        for s, t, kind in e.spans:
            if kind == "SECRET" and re.search(r"://[\w.-]+:$", e.text[:s]):
                assert not set(e.text[s:t]) & set("@:/#%+$&?"), e.text
