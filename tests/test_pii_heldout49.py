"""Held-out set 49's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout49 import (
    NAMES_HELDOUT49,
    PAISA_SHORT_HELDOUT49,
    TITLED_HELDOUT49,
    build_heldout49,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout49()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'don' and 'doña' before a name and 'anna' and 'akka' after it are not part of it."""
    for name in _names(examples):
        words = name.lower().split()
        assert words[0] not in TITLED_HELDOUT49 and words[-1] not in TITLED_HELDOUT49, name


def test_a_title_slot_gets_a_name_of_its_origin(examples) -> None:
    for e in examples:
        for s, t, etype in e.spans:
            before = re.search(r"(?<![\w'])(don|doña) $", e.text[:s], re.IGNORECASE)
            after = re.match(r" (anna|akka)(?![\w'])", e.text[t:], re.IGNORECASE)
            m = before or after
            if etype != "PERSON" or not m:
                continue
            origin, _ = TITLED_HELDOUT49[m.group(1).lower()]
            men, women, lasts = NAMES_HELDOUT49[origin]
            words = {w.lower() for x in men + women + lasts for w in x.split()} | {
                x[0].lower() + "." for x in lasts
            }
            assert all(w.lower() in words for w in e.text[s:t].split()), e.text


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A father's initial, a 's/o', a 'Jr.'/'Jnr', a register's 'SURNAME, Given' and a paisa hypocoristic."""
    names = _names(examples)
    assert any(re.fullmatch(r"[A-Z]\. ?[A-Z][a-z]+", n) for n in names)
    assert any(" s/o " in n.lower() for n in names)
    assert any(re.search(r" (Jr\.|Sr\.|Jnr|Snr)$", n) for n in names)
    assert any(re.fullmatch(r"[A-ZÁÉÍÓÚ ]+, [\w ]+", n) for n in names)
    shorts = {x.lower() for x in PAISA_SHORT_HELDOUT49}
    assert any(n.split()[0].lower() in shorts for n in names)


def test_every_origin_gives_a_name(examples) -> None:
    words = {w.lower().strip(",.") for n in _names(examples) for w in n.split()}
    for origin, (men, women, lasts) in NAMES_HELDOUT49.items():
        assert words & {w.lower() for x in men + women + lasts for w in x.split()}, origin
