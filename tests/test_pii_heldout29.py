"""Held-out set 29's shape: built the same way each time, about the right size, exact and valid gold spans.

These tests look at the labelled sentences only; they never run a scrubber on them (the set stays blind).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bench import pii, pii_heldout27, pii_heldout28
from bench.pii import TYPES
from bench.pii_heldout29 import (
    HELDOUT29_NEGATIVES,
    HELDOUT29_SEED,
    NAME_LOCALES_HELDOUT29,
    NAMES_HELDOUT29,
    build_heldout29,
)
from privacy.names import NAME_LOCALES


@pytest.fixture(scope="module")
def examples():
    return build_heldout29()


def test_builds_deterministically_with_the_default_seed(examples) -> None:
    again = build_heldout29(HELDOUT29_SEED)
    assert [(e.text, e.spans, e.style) for e in examples] == [(e.text, e.spans, e.style) for e in again]
    assert [(e.text, e.spans) for e in build_heldout29()] == [(e.text, e.spans) for e in examples]
    other = build_heldout29(HELDOUT29_SEED + 1)
    assert [e.text for e in other] != [e.text for e in examples]


def test_size_and_proportions_match_held_out_26(examples) -> None:
    assert 340 <= len(examples) <= 400
    negatives = [e for e in examples if not e.spans]
    assert 70 <= len(negatives) <= 90
    assert len(negatives) == len(HELDOUT29_NEGATIVES)
    per_type = Counter(t for e in examples for *_, t in e.spans)
    assert set(per_type) == set(TYPES)
    assert per_type["PERSON"] >= 80
    assert per_type["SECRET"] >= 60
    assert per_type["USERNAME"] >= 24
    assert per_type["IP_ADDRESS"] >= 20
    for etype in TYPES:
        assert per_type[etype] >= 14, etype
    assert sum(1 for e in examples if len({t for *_, t in e.spans}) > 1) >= 15  # the mixed sentences


def test_every_span_is_exact_and_valid(examples) -> None:
    for e in examples:
        assert "{}" not in e.text
        ordered = sorted(e.spans)
        for start, end, etype in ordered:
            assert etype in TYPES
            assert 0 <= start < end <= len(e.text), (e.text, start, end)
            value = e.text[start:end]
            assert value, (e.text, start, end)
            assert value.strip() == value, (e.text, value)
            assert value[0] not in "\"'“”«»" and value[-1] not in "\"'“”«»", (e.text, value)
            if etype != "SECRET":  # a password may start or end with any symbol; other values may not
                assert value[0] not in "<[" and value[-1] not in ">],;:", (e.text, value)
                assert value.count("(") == value.count(")"), (e.text, value)  # '(0562) 440685' keeps both
        for (_, end_a, _), (start_b, _, _) in zip(ordered, ordered[1:], strict=False):
            assert end_a <= start_b, (e.text, ordered)  # no overlap


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def test_cards_pass_luhn_and_ibans_pass_mod_97(examples) -> None:
    for e in examples:
        for start, end, etype in e.spans:
            value = e.text[start:end]
            if etype == "CREDIT_CARD":
                digits = [int(c) for c in reversed(_digits(value))]
                total = sum(
                    d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits)
                )
                assert total % 10 == 0 and 13 <= len(digits) <= 19, value
            elif etype == "IBAN_CODE":
                compact = re.sub(r"[^0-9A-Za-z]", "", value).upper()
                moved = compact[4:] + compact[:4]
                assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, value


def test_there_are_negatives_without_spans(examples) -> None:
    negatives = [e for e in examples if not e.spans]
    assert negatives
    assert all("{}" not in t for t in HELDOUT29_NEGATIVES)
    assert len(set(HELDOUT29_NEGATIVES)) == len(HELDOUT29_NEGATIVES)


def test_name_locales_share_nothing_with_the_lexicon_or_earlier_sets() -> None:
    assert NAME_LOCALES  # the lexicon's locales were found
    assert not set(NAME_LOCALES_HELDOUT29) & set(NAME_LOCALES)
    earlier = {
        loc
        for module in (pii, pii_heldout27, pii_heldout28)
        for name in dir(module)
        if name.startswith("NAME_LOCALES")
        for loc in getattr(module, name)
    }
    assert not set(NAME_LOCALES_HELDOUT29) & earlier


def test_family_names_come_from_origins_no_earlier_set_drew_from() -> None:
    earlier: set[str] = set()
    for module in (pii, pii_heldout27, pii_heldout28):
        for name in dir(module):
            table = getattr(module, name)
            if name.startswith("NAMES_HELDOUT") and isinstance(table, dict):
                for entry in table.values():
                    if isinstance(entry, tuple) and len(entry) == 2:
                        earlier |= set(entry[1])
    ours = {last for _, lasts in NAMES_HELDOUT29.values() for last in lasts}
    assert not ours & earlier
