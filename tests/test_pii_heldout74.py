"""Held-out set 74's own checks: its name forms and its titles outside the span (never a scrubber's output)."""

from __future__ import annotations

from bench.pii_heldout74 import TITLE_SLOT_HELDOUT74, _lt_feminine, build_heldout74


def test_a_lithuanian_woman_has_her_own_family_name() -> None:
    assert _lt_feminine("Bagdonas", married=True) == "Bagdonienė"
    assert _lt_feminine("Kairys", married=True) == "Kairienė"
    assert _lt_feminine("Laurinavičius", married=True) == "Laurinavičienė"
    assert _lt_feminine("Bagdonas", married=False) == "Bagdonaitė"
    assert _lt_feminine("Grigonis", married=False) == "Grigonytė"
    assert _lt_feminine("Butkus", married=False) == "Butkutė"
    assert _lt_feminine("Laurinavičius", married=False) == "Laurinavičiūtė"


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in build_heldout74():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not TITLE_SLOT_HELDOUT74.match(value.split()[0] + " {}"), (value, e.text)
            before = e.text[:start].rstrip().rsplit(" ", 1)[-1]
            titled += bool(TITLE_SLOT_HELDOUT74.match(before + " {}"))
    assert titled >= 5
