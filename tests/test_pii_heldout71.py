"""Held-out set 71's own checks: its name forms, titles, dates and typos (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout71 import (
    KOROSKA_GERMAN_HELDOUT71,
    MIYAKO_KANJI_HELDOUT71,
    NAMES_HELDOUT71,
    TITLED_HELDOUT71,
    Gen71,
    _japanese_era,
    _typo71,
    build_heldout71,
)


def test_every_miyako_name_has_its_kanji_and_every_german_form_its_origin() -> None:
    men, women, lasts = NAMES_HELDOUT71["miyako"]
    assert set(men + women + lasts) == set(MIYAKO_KANJI_HELDOUT71)
    assert set(KOROSKA_GERMAN_HELDOUT71) <= set(sum(NAMES_HELDOUT71["koroska"][:2], []))


def test_japanese_eras() -> None:
    assert _japanese_era(1958, 3, 14) == ("昭和", "S", 33)
    assert _japanese_era(1989, 1, 7) == ("昭和", "S", 64)
    assert _japanese_era(1989, 1, 8) == ("平成", "H", 1)


def test_titles_and_honorifics_stay_outside_the_span() -> None:
    gen = Gen71(1)
    for title in TITLED_HELDOUT71:
        for _ in range(20):
            name = gen.titled_person(title)
            assert "様" not in name and "さん" not in name and not name.endswith("-san")
    before = r"(?i)^(zuster|frau|herr|schwester) "
    for e in build_heldout71():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                value = e.text[start:end]
                assert not re.search(before, value) and not re.search(r"(-san|さん|様)$", value), e.text


def test_the_name_forms_show_up() -> None:
    gen = Gen71(7)
    names = [gen.person() for _ in range(3000)]
    assert any(re.fullmatch(r"\w+ \w+ [A-Z]z?n?\.", n) for n in names)  # 'Albert Koffeman Jzn.'
    assert any(" vlg. " in n for n in names)  # 'Johann Ogris vlg. Mlinar'
    assert any(re.fullmatch(r"\w+, [A-Z]\.", n) for n in names)  # 'Jousten, M.'
    assert any(re.fullmatch(r"[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", n) for n in names)  # '下地 恵子'
    assert gen.person_for("患者名: {}様") in {
        f"{MIYAKO_KANJI_HELDOUT71[last]} {MIYAKO_KANJI_HELDOUT71[first]}"
        for last in NAMES_HELDOUT71["miyako"][2]
        for first in sum(NAMES_HELDOUT71["miyako"][:2], [])
    }


def test_the_typo_leaves_the_slots_alone() -> None:
    rng = random.Random(3)
    assert _typo71(rng, "Patient: {}") == "Patient: {}"
    slipped = {_typo71(rng, "{} collects the prescription, i'm at the physio") for _ in range(60)}
    assert all(s.startswith("{} ") for s in slipped)
    assert any("perscription" in s for s in slipped) and any(" im " in s for s in slipped)
