"""Held-out set 83's own checks: its name forms, titles and typos (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random

from bench.pii_heldout83 import (
    NAMES_HELDOUT83,
    TITLE_AFTER_HELDOUT83,
    TITLE_SLOT_HELDOUT83,
    _typo83,
    build_heldout83,
)


def test_a_title_stays_outside_the_span() -> None:
    before_titled = after_titled = 0
    for e in build_heldout83():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not TITLE_SLOT_HELDOUT83.match(value.split()[0] + " {}"), (value, e.text)
            assert not TITLE_AFTER_HELDOUT83.search("{} " + value.split()[-1]), (value, e.text)
            before = e.text[:start].rstrip().rsplit(" ", 1)[-1]
            before_titled += bool(TITLE_SLOT_HELDOUT83.match(before + " {}"))
            after = e.text[end:].lstrip().split(" ", 1)[0]
            after_titled += bool(TITLE_AFTER_HELDOUT83.match("{} " + after))
    assert before_titled >= 3 and after_titled >= 1


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {
        w.lower() for origin in NAMES_HELDOUT83.values() for names in origin for n in names for w in n.split()
    }
    words |= {"jun.", "sen.", "ou"}
    for e in build_heldout83():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            for part in e.text[start:end].replace("-", " ").replace("(", " ").replace(")", " ").split():
                part = part.lower()
                assert part in words or part.endswith(".") and len(part) == 2, (part, e.text)


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(83)
    assert _typo83(rng, "Platzinhaber: {}") == "Platzinhaber: {}"
    for _ in range(50):
        slipped = _typo83(rng, "{} bhaisa still ties the strings on every puppet himself")
        assert slipped.startswith("{} bhaisa ")


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout83() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
