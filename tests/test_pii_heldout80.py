"""Held-out set 80's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

from bench.pii_heldout80 import (
    NAMES_HELDOUT80,
    TITLE_SLOT_HELDOUT80,
    _greek_feminine,
    build_heldout80,
)


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in build_heldout80():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not TITLE_SLOT_HELDOUT80.match(value.split()[0] + " {}"), (value, e.text)
            before = e.text[:start].rstrip().rsplit(" ", 1)[-1]
            titled += bool(TITLE_SLOT_HELDOUT80.match(before + " {}"))
    assert titled >= 3


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {
        w.lower() for origin in NAMES_HELDOUT80.values() for names in origin for n in names for w in n.split()
    }
    words |= {_greek_feminine(f).lower() for f in NAMES_HELDOUT80["sarakatsani"][2]}
    for e in build_heldout80():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            for part in e.text[start:end].replace(",", " ").replace("-", " ").split():
                part = part.lower()
                assert part in words or part.endswith(".") and len(part) in (2, 4), (part, e.text)


def test_a_greek_woman_carries_the_genitive() -> None:
    assert [_greek_feminine(f) for f in ("Tsoumanis", "Gatsos", "Zarkadas", "Zisopoulos")] == [
        "Tsoumani",
        "Gatsou",
        "Zarkada",
        "Zisopoulou",
    ]


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout80() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
