"""Held-out set 59's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import random
import re

import pytest

from bench.pii_heldout59 import TITLED_HELDOUT59, _initials, _plain, _reading, _typo59, build_heldout59


@pytest.fixture(scope="module")
def examples():
    return build_heldout59()


def _values(examples, etype: str) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, kind in e.spans if kind == etype]


def test_titles_and_articles_stay_outside_the_name(examples) -> None:
    """'sciô', 'seño', 'DJ', 'en' and 'na' before a name and 'imo' after it are not part of it."""
    for name in _values(examples, "PERSON"):
        words = name.lower().split()
        assert words[0] not in TITLED_HELDOUT59 and words[-1] not in TITLED_HELDOUT59, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A register's 'Surname, Given', hangul, an Ibizan house name and a register's 'COGNOME Nome'."""
    names = _values(examples, "PERSON")
    assert any(re.fullmatch(r"[\w.' -]+, [\w -]+", n) for n in names)
    assert any(re.fullmatch(r"[\uac00-\ud7a3]{2,4}", n) for n in names)
    assert any(" de can " in n.lower() for n in names)


def test_helpers() -> None:
    assert _initials("Gio Batta") == "G.B." and _initials("Karl-Heinz") == "K.H."
    assert _plain("De la Hoz") == "delahoz" and _plain("Eulària") == "eularia"
    assert [_reading("Chunhua/Chun-hwa/춘화", i) for i in range(3)] == ["Chunhua", "Chun-hwa", "춘화"]


def test_typos_touch_chat_only_and_keep_the_slots() -> None:
    rng = random.Random(5)
    chat = "{} plays the pool table at the back tonight"
    slipped = {_typo59(rng, chat) for _ in range(40)}
    assert all(s.count("{}") == 1 for s in slipped) and len(slipped) > 3
    assert _typo59(rng, "Captain: {}") == "Captain: {}"
    assert all(_typo59(rng, "sciô {} is on the tables").startswith("sciô {}") for _ in range(20))
