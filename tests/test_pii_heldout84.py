"""Held-out set 84's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

from bench.pii_heldout84 import (
    NAMES_HELDOUT84,
    TITLE_SLOT_HELDOUT84,
    TONES_HELDOUT84,
    _plain,
    _polish_feminine,
    build_heldout84,
)


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in build_heldout84():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not TITLE_SLOT_HELDOUT84.match(value.split()[0] + " {}"), (value, e.text)
            before = e.text[:start].rstrip().rsplit(" ", 1)[-1]
            titled += bool(TITLE_SLOT_HELDOUT84.match(before + " {}"))
    assert titled >= 3


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {
        w.lower() for origin in NAMES_HELDOUT84.values() for names in origin for n in names for w in n.split()
    }
    words |= {_polish_feminine(x).lower() for x in NAMES_HELDOUT84["vilamovian"][2]}
    words |= {t.lower() for t in TONES_HELDOUT84.values()}
    words |= {"fu", "ved.", "z", "d."}  # 'son of the late', 'widow of', 'born' ('z domu')
    for e in build_heldout84():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            for part in e.text[start:end].replace(",", " ").split():
                assert part.lower() in words, (part, e.text)


def test_every_pinyin_name_has_its_tone_marks() -> None:
    _, _, lasts = NAMES_HELDOUT84["naxi"]
    men, women, _ = NAMES_HELDOUT84["naxi"]
    assert set(men + women + lasts) <= set(TONES_HELDOUT84)


def test_name_forms() -> None:
    assert _polish_feminine("Mynarski") == "Mynarska" and _polish_feminine("Hanusz") == "Hanusz"
    assert _plain("Stanisław") == "stanislaw" and _plain("Gio Batta") == "giobatta"


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout84() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
