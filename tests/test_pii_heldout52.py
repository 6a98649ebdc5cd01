"""Held-out set 52's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import re

import pytest

from bench.pii_heldout52 import NICKS_HELDOUT52, TITLED_HELDOUT52, build_heldout52


@pytest.fixture(scope="module")
def examples():
    return build_heldout52()


def _names(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]


def test_titles_stay_outside_the_name(examples) -> None:
    """'Adey', 'Man' and 'Tatie' before a name and 'kungs' and 'kundze' after it are not part of it."""
    for name in _names(examples):
        words = name.lower().split()
        assert words[0] not in TITLED_HELDOUT52 and words[-1] not in TITLED_HELDOUT52, name


def test_kungs_and_kundze_follow_a_genitive(examples) -> None:
    for e in examples:
        for s, t, etype in e.spans:
            m = re.match(r" (kungs|kundze)(?![\w'])", e.text[t:], re.IGNORECASE)
            if etype == "PERSON" and m:
                ending = "as" if m.group(1).lower() == "kundze" else "a"
                assert e.text[s:t].lower().endswith(ending) and " " not in e.text[s:t], e.text


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """A client card's 'Surname, Given', an Antillean 'SURNAME Given', a Valadares 'de' and a booth's nickname."""
    names = _names(examples)
    assert any(re.fullmatch(r"[\w-]+, [\w ]+", n) for n in names)
    assert any(re.fullmatch(r"[A-ZÉ-]{3,} [A-Z][a-zèé-]+", n) for n in names)
    assert any(" de " in n for n in names)
    nicks = {x for pair in NICKS_HELDOUT52.values() for side in pair for x in side}
    assert any(n in nicks for n in names)
