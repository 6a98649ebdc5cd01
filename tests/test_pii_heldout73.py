"""Held-out set 73's own checks: its name forms, titles, dates and typos (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout73 import (
    TITLED_HELDOUT73,
    TSAKONIA_FAMILY_HELDOUT73,
    Gen73,
    _japanese_era,
    _ordinal,
    _typo73,
    _unaccented,
    build_heldout73,
)


def test_japanese_eras_and_ordinals() -> None:
    assert _japanese_era(2016, 3, 14) == ("平成", 28)
    assert _japanese_era(2019, 4, 30) == ("平成", 31)
    assert _japanese_era(2019, 5, 1) == ("令和", 1)
    assert _japanese_era(1988, 12, 31) == ("昭和", 63)
    assert [_ordinal(d) for d in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st",
    ]  # fmt: skip


def test_greek_capitals_drop_the_accents_and_women_take_the_genitive() -> None:
    assert _unaccented("Κρεμμύδα Ελένη") == "ΚΡΕΜΜΥΔΑ ΕΛΕΝΗ"
    gen = Gen73(3)
    for _ in range(200):
        n = gen._origin_name("tsakonia", True)
        assert n.family in {f[1] for f in TSAKONIA_FAMILY_HELDOUT73}


def test_titles_and_honorifics_stay_outside_the_span() -> None:
    gen = Gen73(1)
    for title in TITLED_HELDOUT73:
        for _ in range(20):
            name = gen.titled_person(title)
            assert name and not re.search(r"(先生|ちゃん|くん|-sensei)$", name)
    before = r"(?i)^(κυρία|θεία|κ\.|bunda|tante|om|opa|miss|teacher|mister) "
    for e in build_heldout73():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                value = e.text[start:end]
                assert not re.search(before, value) and not re.search(r"(先生|ちゃん|くん|-sensei)$", value)


def test_the_name_forms_show_up() -> None:
    gen = Gen73(7)
    names = [gen.person() for _ in range(3000)]
    assert any(re.fullmatch(r"[ぁ-ん]+ [ぁ-ん]+", n) for n in names)  # a name label: 'さかえ ゆい'
    assert any(re.fullmatch(r"[\u4e00-\u9fff] [\u4e00-\u9fffさくら]+", n) for n in names)  # '栄 由美'
    assert any(re.fullmatch(r"[Α-Ω]+ [Α-Ω]+", n) for n in names)  # a Greek school list
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\. [\w ]+", n) for n in names)  # 'R.A. Merkman'
    assert any(re.fullmatch(r"[A-Z]\. \w+", n) for n in names)  # 'Y. Makaminan'


def test_typos_only_in_chat_and_never_in_a_slot() -> None:
    rng = random.Random(0)
    assert _typo73(rng, "PTA treasurer: {}") == "PTA treasurer: {}"
    out = {_typo73(random.Random(i), "thanks, the guardian is {} tomorrow") for i in range(40)}
    assert any("gaurdian" in o or "tommorow" in o for o in out) and any("thx" in o for o in out)
    assert all("{}" in o for o in out)
