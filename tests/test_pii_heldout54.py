"""Held-out set 54's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout54 import HANZI_HELDOUT54, TITLED_HELDOUT54, _zh_number, build_heldout54


@pytest.fixture(scope="module")
def examples():
    return build_heldout54()


def _values(examples, etype: str) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, kind in e.spans if kind == etype]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Nennenn', 'Parenn' and 'comadre' before a name and 'sajangnim' and 'samonim' after it are not part of it."""
    for name in _values(examples, "PERSON"):
        words = name.lower().split()
        assert words[0] not in TITLED_HELDOUT54 and words[-1] not in TITLED_HELDOUT54, name


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A ledger's 'Surname, Given', a Saint Lucian 'Jn' or 'St.', a hui book's characters and a Korean hyphen."""
    names = _values(examples, "PERSON")
    assert any(re.fullmatch(r"[\w.' -]+, [\w -]+", n) for n in names)
    assert any(re.search(r"\b(Jn|St\.) ", n, re.IGNORECASE) for n in names)
    assert any(n in HANZI_HELDOUT54 for n in names)
    assert any(re.search(r"\b[A-Z][a-z]+-[a-z]+\b", n) for n in names)


def test_chinese_numerals() -> None:
    assert [_zh_number(n) for n in (3, 10, 14, 20, 31)] == ["三", "十", "十四", "二十", "三十一"]


def test_passwords_in_urls_need_no_escaping(examples) -> None:
    for e in examples:
        for s, t, kind in e.spans:
            if kind == "SECRET" and re.search(r"://[\w.-]+:$", e.text[:s]):
                assert not set(e.text[s:t]) & set("@:/#%+$&?"), e.text
