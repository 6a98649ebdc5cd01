"""Held-out set 88's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import re

from bench.pii_heldout88 import (
    DEVANAGARI_HELDOUT88,
    ISLAND_FAMILIES_HELDOUT88,
    ISLANDS_HELDOUT88,
    NAMES_HELDOUT88,
    NICKNAMES_HELDOUT88,
    ROMANISED_HELDOUT88,
    THAI_HELDOUT88,
    TITLE_SLOT_HELDOUT88,
    _fold,
    _plain,
    _saka,
    build_heldout88,
)

THAI_PREFIXES = ("นางสาว", "นาย", "นาง")


def _person_spans():
    for e in build_heldout88():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                yield e.text, start, end


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for text, start, end in _person_spans():
        value = text[start:end]
        words = value.split()
        assert not TITLE_SLOT_HELDOUT88.match(words[0] + " {}"), (value, text)
        assert not TITLE_SLOT_HELDOUT88.match(" ".join(words[:2]) + " {}"), (value, text)
        assert not value.startswith(THAI_PREFIXES), (value, text)
        assert not TITLE_SLOT_HELDOUT88.search("{} " + words[-1]), (value, text)
        before = text[:start].rstrip().split(" ")
        after = text[end:].lstrip().split(" ")[0].rstrip(",.")
        titled += bool(
            TITLE_SLOT_HELDOUT88.match(before[-1] + " {}")
            or TITLE_SLOT_HELDOUT88.match(" ".join(before[-2:]) + " {}")
            or text[:start].endswith(THAI_PREFIXES)
            or TITLE_SLOT_HELDOUT88.search("{} " + after)
        )
    assert titled >= 3


def test_a_memorial_walls_island_stays_outside_the_span() -> None:
    islands = "|".join(ISLANDS_HELDOUT88)
    for text, start, end in _person_spans():
        assert not re.search(rf"\((?:{islands})\)", text[start:end]), text


def test_every_name_comes_from_the_hand_written_lists() -> None:
    names = [n for origin in NAMES_HELDOUT88.values() for group in origin for n in group]
    names += list(THAI_HELDOUT88.values()) + list(DEVANAGARI_HELDOUT88.values())
    names += list(ROMANISED_HELDOUT88.values()) + list(NICKNAMES_HELDOUT88.values())
    names += [_fold(n) for n in names]
    words = {w.lower() for n in names for w in n.split()}
    for text, start, end in _person_spans():
        for part in text[start:end].replace(",", " ").split():
            assert part.lower() in words, (part, text)


def test_the_other_spellings_belong_to_listed_names() -> None:
    lanna = {n for group in NAMES_HELDOUT88["lanna"] for n in group}
    koli = {n for group in NAMES_HELDOUT88["koli"] for n in group}
    assert set(THAI_HELDOUT88) == lanna and set(ROMANISED_HELDOUT88) <= lanna
    assert set(DEVANAGARI_HELDOUT88) == koli
    men, women, _ = NAMES_HELDOUT88["valdense"]
    assert set(NICKNAMES_HELDOUT88) <= set(men + women)
    assert set(ISLAND_FAMILIES_HELDOUT88) <= set(NAMES_HELDOUT88["assi"][2])


def test_name_forms() -> None:
    assert _plain("Juan Pedro") == "juanpedro" and _plain("Armand Ugón") == "armandugon"
    assert _plain("Félix") == "felix" and _fold("Nélida") == "Nelida"


def test_the_saka_calendar() -> None:
    assert _saka(1958, 3, 14) == (1879, 12, 23)  # 23 Phalguna 1879
    assert _saka(2024, 3, 21) == (1946, 1, 1)  # Chaitra 1 falls on 21 March in a leap year
    assert _saka(2023, 3, 22) == (1945, 1, 1)
    assert _saka(1960, 1, 21) == (1881, 11, 1)  # 1 Magha


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout88() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
