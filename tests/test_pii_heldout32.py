"""Held-out PII set 32 (bench/pii_heldout32.py): the set's shape only, never a scrubber's output on it."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.pii import TYPES  # noqa: E402
from bench.pii_heldout32 import (  # noqa: E402
    HELDOUT32_NEGATIVES,
    HELDOUT32_SEED,
    NAME_LOCALES_HELDOUT32,
    build_heldout32,
)


@pytest.fixture(scope="module")
def heldout32():
    return build_heldout32()


def test_builds_deterministically_with_the_default_seed(heldout32) -> None:
    again = build_heldout32(HELDOUT32_SEED)
    assert [(e.text, e.spans, e.style) for e in heldout32] == [(e.text, e.spans, e.style) for e in again]
    other = build_heldout32(HELDOUT32_SEED + 1)
    assert [e.text for e in other] != [e.text for e in heldout32]


def test_size_and_proportions(heldout32) -> None:
    assert 340 <= len(heldout32) <= 400
    per_type = Counter(t for e in heldout32 for _, _, t in e.spans)
    assert set(per_type) == set(TYPES)
    # at least the single-type sentences' counts (mixed sentences add more)
    assert per_type["PERSON"] >= 80 and per_type["SECRET"] >= 60
    assert per_type["USERNAME"] >= 24 and per_type["IP_ADDRESS"] >= 20
    for etype in set(TYPES) - {"PERSON", "SECRET", "USERNAME", "IP_ADDRESS"}:
        assert per_type[etype] >= 14, etype
    negatives = [e for e in heldout32 if not e.spans]
    assert len(negatives) == len(HELDOUT32_NEGATIVES)
    assert 70 <= len(negatives) <= 95


def test_spans_are_exact_and_well_formed(heldout32) -> None:
    for e in heldout32:
        previous_end = -1
        for start, end, etype in sorted(e.spans):
            assert etype in TYPES, (etype, e.text)
            assert 0 <= start < end <= len(e.text), (start, end, e.text)
            value = e.text[start:end]
            assert value and value.strip() == value, (value, e.text)
            assert start >= previous_end, f"overlapping spans in {e.text!r}"
            previous_end = end
            # no surrounding quotes or punctuation inside a gold span, and its brackets are its own
            assert value[0] not in "\"'“«" and value[-1] not in "\"'”»,;:", (value, e.text)
            for left, right in ("()", "[]", "<>"):
                assert value.count(left) == value.count(right), (value, e.text)


def test_negatives_hold_no_spans_and_no_slot_is_left(heldout32) -> None:
    negatives = [e for e in heldout32 if not e.spans]
    assert negatives and all(e.text.strip() for e in negatives)
    assert not any("{}" in e.text for e in heldout32)


def test_cards_pass_luhn_and_ibans_pass_mod_97(heldout32) -> None:
    for e in heldout32:
        for start, end, etype in e.spans:
            value = e.text[start:end]
            if etype == "CREDIT_CARD":
                digits = re.sub(r"\D", "", value)
                assert 13 <= len(digits) <= 19, value
                total = sum(
                    (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 else d
                    for i, d in enumerate(int(c) for c in reversed(digits))
                )
                assert total % 10 == 0, value
            elif etype == "IBAN_CODE":
                iban = re.sub(r"\s", "", value).upper()
                moved = iban[4:] + iban[:4]
                assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, value


def test_no_faker_name_locale_shared_with_the_lexicon() -> None:
    from privacy.names import NAME_LOCALES

    assert NAME_LOCALES_HELDOUT32 == []
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT32)
