"""Held-out set 75's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

from bench.pii_heldout75 import (
    KIHNU_FARMS_HELDOUT75,
    NAMES_HELDOUT75,
    TITLE_SLOT_HELDOUT75,
    build_heldout75,
)


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in build_heldout75():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not TITLE_SLOT_HELDOUT75.match(value.split()[0] + " {}"), (value, e.text)
            before = e.text[:start].rstrip().rsplit(" ", 1)[-1]
            titled += bool(TITLE_SLOT_HELDOUT75.match(before + " {}"))
    assert titled >= 5


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {
        w.lower() for origin in NAMES_HELDOUT75.values() for names in origin for n in names for w in n.split()
    }
    words |= {f.lower() for f in KIHNU_FARMS_HELDOUT75} | {"gowder"}
    for e in build_heldout75():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            for part in e.text[start:end].replace(",", " ").split():
                part = part.lower().removeprefix("el-")
                assert part in words or (len(part) == 2 and part.endswith(".")) or len(part) == 1, (
                    part,
                    e.text,
                )


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout75() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
