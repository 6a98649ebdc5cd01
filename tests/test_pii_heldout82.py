"""Held-out set 82's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

from bench.pii_heldout82 import (
    NAMES_HELDOUT82,
    TITLE_SLOT_HELDOUT82,
    _georgian_nominative,
    build_heldout82,
)


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in build_heldout82():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not TITLE_SLOT_HELDOUT82.match(value.split()[0] + " {}"), (value, e.text)
            before = e.text[:start].rstrip().rsplit(" ", 1)[-1]
            titled += bool(TITLE_SLOT_HELDOUT82.match(before + " {}"))
    assert titled >= 3


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {
        w.lower() for origin in NAMES_HELDOUT82.values() for names in origin for n in names for w in n.split()
    }
    words |= {
        _georgian_nominative(g).lower() for g in NAMES_HELDOUT82["tush"][0] + NAMES_HELDOUT82["tush"][1]
    }
    for e in build_heldout82():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            for part in e.text[start:end].replace(",", " ").split():
                part = part.lower()
                assert part in words or part.endswith(".") and len(part) in (2, 4), (part, e.text)


def test_a_georgian_form_writes_the_nominative() -> None:
    assert [_georgian_nominative(g) for g in ("Zviad", "Tamar", "Nino", "Ilia")] == [
        "Zviadi",
        "Tamari",
        "Nino",
        "Ilia",
    ]


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout82() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
