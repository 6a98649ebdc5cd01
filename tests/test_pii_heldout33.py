"""Held-out set 33's own name forms and origins (its shape is checked in tests/test_pii_module_sets.py); never
a scrubber's output on it."""

from __future__ import annotations

from bench.pii_heldout33 import (
    CHINOY_NICKNAMES_HELDOUT33,
    NAMES_HELDOUT33,
    NIKKEI_MIDDLE_HELDOUT33,
    TUSAN_MATERNAL_HELDOUT33,
    build_heldout33,
)


def _persons() -> list[str]:
    return [e.text[a:b] for e in build_heldout33() for a, b, t in e.spans if t == "PERSON"]


def test_the_city_name_forms_appear() -> None:
    persons = [p.lower() for p in _persons()]
    assert any(any(n.lower() in p for n in CHINOY_NICKNAMES_HELDOUT33) for p in persons)
    assert any(any(f" {m.lower()} " in p for m in NIKKEI_MIDDLE_HELDOUT33) for p in persons)
    assert any(any(p.endswith(" " + m.lower()) for m in TUSAN_MATERNAL_HELDOUT33) for p in persons)
    assert any(
        any(two in p for two in ("ho sang", "lee quee", "chen-see", "ho-lung", "lee-chin")) for p in persons
    )


def test_origins_are_cities_and_diasporas_with_their_own_lists() -> None:
    assert len(NAMES_HELDOUT33) == 9
    for given, family in NAMES_HELDOUT33.values():
        assert len(given) >= 10 and len(family) >= 10
    assert sum(x.endswith("co") for x in NAMES_HELDOUT33["chinoy"][1]) >= 6
    assert sum("oe" in x or "dj" in x.lower() for x in sum(NAMES_HELDOUT33["sarnami"], [])) >= 6
