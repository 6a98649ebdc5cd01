"""Held-out set 79's own checks (its shape is in tests/test_pii_module_sets.py): the name forms it was
written for appear, and a title next to a name stays outside the span. Never a scrubber's output on it."""

from __future__ import annotations

import re

from bench.pii_heldout79 import TITLED_HELDOUT79, build_heldout79

EXAMPLES = build_heldout79()
PERSONS = [e.text[a:b] for e in EXAMPLES for a, b, t in e.spans if t == "PERSON"]


def test_the_set_holds_its_name_forms() -> None:
    assert any(re.fullmatch(r"(?:[A-Z]\.)+ [\w ]+", p) for p in PERSONS)  # 'G.J.M. Hesselink'
    assert any(re.search(r", (?:[A-Z]\.)+", p) for p in PERSONS)  # 'Pierik, J.M.'
    assert any(" i " in p or re.fullmatch(r"[A-ZÀ-Ý ]+, \w+", p) for p in PERSONS)  # Valencian forms
    assert any('"' in p for p in PERSONS)  # 'Canute "Scratch" Compton'


def test_a_title_stays_outside_the_name() -> None:
    titles = "|".join(TITLED_HELDOUT79)
    for p in PERSONS:
        assert not re.match(rf"(?i)({titles}) ", p), p
    titled = [
        e
        for e in EXAMPLES
        if any(re.search(rf"(?i)\b({titles}) $", e.text[:a]) for a, _, t in e.spans if t == "PERSON")
    ]
    assert titled
