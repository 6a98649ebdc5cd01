"""Held-out set 85's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

from bench.pii_heldout85 import (
    NAMES_HELDOUT85,
    SORBIAN_HELDOUT85,
    TITLE_SLOT_HELDOUT85,
    _plain,
    build_heldout85,
)


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in build_heldout85():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not TITLE_SLOT_HELDOUT85.match(value.split()[0] + " {}"), (value, e.text)
            before = " ".join(e.text[:start].rstrip().rsplit(" ", 2)[-2:])
            last = e.text[:start].rstrip().rsplit(" ", 1)[-1]
            titled += bool(
                TITLE_SLOT_HELDOUT85.match(before + " {}") or TITLE_SLOT_HELDOUT85.match(last + " {}")
            )
    assert titled >= 3


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {
        w.lower() for origin in NAMES_HELDOUT85.values() for names in origin for n in names for w in n.split()
    }
    words |= {f"({s.lower()})" for s in SORBIAN_HELDOUT85.values()}
    words |= {"veuve"}  # 'widow of'
    for e in build_heldout85():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            for part in e.text[start:end].replace(",", " ").split():
                assert part.lower() in words, (part, e.text)


def test_the_sorbian_names_belong_to_listed_german_ones() -> None:
    men, women, _ = NAMES_HELDOUT85["spreewald"]
    assert set(SORBIAN_HELDOUT85) <= set(men + women)


def test_name_forms() -> None:
    assert _plain("Jean-Claude") == "jeanclaude" and _plain("María de la Luz") == "mariadelaluz"
    assert _plain("Émile") == "emile"


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout85() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
