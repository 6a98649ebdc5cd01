"""Held-out set 47's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout47 import NAMES_HELDOUT47, TITLED_HELDOUT47, _cyrillic, build_heldout47


@pytest.fixture(scope="module")
def examples():
    return build_heldout47()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_and_carriers_stay_outside_the_name(examples) -> None:
    """'Djeli', 'Ustad', 'Maâlem' and 'čika' before a name, 'Orkestar', 'feat.' and 'dir.' are not part of it."""
    for name in _names(examples):
        first = name.split()[0].lower()
        assert first not in TITLED_HELDOUT47 and first not in ("orkestar", "feat.", "dir.", "cond.", "by"), (
            name
        )


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    for e in examples:
        for s, t, etype in e.spans:
            m = re.search(r"\b(djeli|ustad|maâlem|maalem|čika) $", e.text[:s], re.IGNORECASE)
            if etype != "PERSON" or not m:
                continue
            origin, _ = TITLED_HELDOUT47[m.group(1).lower()]
            men, women, lasts = NAMES_HELDOUT47[origin]
            words = {w.lower() for x in men + women + lasts for w in x.split()} | {"ali"}
            assert all(w.lower() in words for w in e.text[s:t].split()), e.text


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A passport's 'FAMILY Given', a Cyrillic name, 'Qawwal' as a family name and two Cuban family names."""
    names = _names(examples)
    assert any(re.fullmatch(r"[A-ZÉ]{3,} \w+", n) for n in names)
    assert any(re.search(r"[\u0400-\u04ff]", n) for n in names)
    assert any(n.endswith(" Qawwal") for n in names)
    cuban = {w.lower() for w in NAMES_HELDOUT47["santiago"][2]}
    assert any(len(n.split()) == 3 and {w.lower() for w in n.split()[1:]} <= cuban for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    names = " ".join(_names(examples)).lower()
    for origin, (men, women, lasts) in NAMES_HELDOUT47.items():
        words = {w.lower() for w in men + women + lasts} | {_cyrillic(w).lower() for w in men + women + lasts}
        assert any(w in names for w in words), origin


def test_no_line_wrap_slip_inside_a_span(examples) -> None:
    for e in examples:
        for s, t, etype in e.spans:
            if etype in ("PERSON", "STREET_ADDRESS"):
                assert "- " not in e.text[s:t], e.text
