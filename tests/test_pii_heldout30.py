"""Held-out set 30's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import pytest

from bench.pii_heldout30 import build_heldout30


@pytest.fixture(scope="module")
def examples():
    return build_heldout30()


def test_text_around_a_name_stays_outside_its_span(examples) -> None:
    """The IOC code, the place of origin, a kinship pronoun, an honorific, a school year and a lab role are
    written next to a name but are not part of it."""
    for e in examples:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not value.endswith(")") and ", von " not in value, (e.text, value)
            assert value.split()[0].lower() not in {
                "bi",
                "mzee",
                "maalim",
                "chị",
                "cô",
                "anh",
                "chú",
                "bác",
            }, (
                e.text,
                value,
            )
