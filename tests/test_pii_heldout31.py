"""Held-out set 31's shape: built the same way each time, about the right size, exact and valid gold spans.

These tests look at the labelled sentences only; they never run a scrubber on them (the set stays blind).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bench import pii
from bench.pii import TYPES
from bench.pii_heldout31 import HELDOUT31_NEGATIVES, HELDOUT31_SEED, NAME_LOCALES_HELDOUT31, build_heldout31


@pytest.fixture(scope="module")
def examples():
    return build_heldout31()


def test_builds_deterministically_with_the_default_seed(examples) -> None:
    again = build_heldout31(HELDOUT31_SEED)
    assert [(e.text, e.spans, e.style) for e in examples] == [(e.text, e.spans, e.style) for e in again]
    other = build_heldout31(HELDOUT31_SEED + 1)
    assert [e.text for e in other] != [e.text for e in examples]


def test_size_and_proportions_match_held_out_26(examples) -> None:
    assert 340 <= len(examples) <= 400
    negatives = [e for e in examples if not e.spans]
    assert len(negatives) == len(HELDOUT31_NEGATIVES)
    assert 70 <= len(negatives) <= 90
    per_type = Counter(t for e in examples for *_, t in e.spans)
    assert set(per_type) == set(TYPES)
    # at least the single-type sentences' counts (mixed sentences add more)
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
            assert etype in TYPES, (etype, e.text)
            assert 0 <= start < end <= len(e.text), (e.text, start, end)
            value = e.text[start:end]
            assert value and value.strip() == value, (e.text, value)
            # no surrounding quotes or punctuation inside a gold span, and its brackets are its own (a
            # password may hold any character, an unpaired bracket too; Perl's fat comma '=>' is no bracket)
            assert value[0] not in "\"'“«" and value[-1] not in "\"'”»,;:", (e.text, value)
            bare = value.replace("=>", "")
            for left, right in ("()", "[]", "<>"):
                assert etype == "SECRET" or bare.count(left) == bare.count(right), (e.text, value)
        for (_, end_a, _), (start_b, _, _) in zip(ordered, ordered[1:], strict=False):
            assert end_a <= start_b, (e.text, ordered)  # no overlap


def test_text_around_a_name_stays_outside_its_span(examples) -> None:
    """'Miss' before a name, a caption's '(left)', a print's 'pinx.' or 'fecit', life dates and 'of Ocracoke'
    are written next to a name but are not part of it."""
    for e in examples:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert value.split()[0].lower() != "miss", (e.text, value)
            assert not value.endswith(")") and not value.lower().endswith((" pinx.", " fecit")), (
                e.text,
                value,
            )
            assert " of " not in value.lower(), (e.text, value)


def test_cards_pass_luhn_and_ibans_pass_mod_97(examples) -> None:
    """The card and IBAN values are well formed, whatever separates their groups."""
    cards = ibans = 0
    for e in examples:
        for start, end, etype in e.spans:
            value = e.text[start:end]
            if etype == "CREDIT_CARD":
                digits = [int(c) for c in re.sub(r"\D", "", value)]
                assert 13 <= len(digits) <= 19, value
                total = sum(
                    d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
                    for i, d in enumerate(reversed(digits))
                )
                assert total % 10 == 0, value
                cards += 1
            elif etype == "IBAN_CODE":
                compact = re.sub(r"\s", "", value).upper()
                moved = compact[4:] + compact[:4]
                assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, value
                ibans += 1
    assert cards >= 14 and ibans >= 14


def test_the_set_holds_its_own_name_forms(examples) -> None:
    """Names with a digit for the glottal stop, in katakana with the middle dot, and in Hangul are in the set."""
    names = [e.text[s:t] for e in examples for s, t, etype in e.spans if etype == "PERSON"]
    assert any(re.search(r"[A-Za-z]7|7[a-z]", n) for n in names)
    assert any("・" in n for n in names)
    assert any(re.search(r"[\uac00-\ud7a3]", n) for n in names)


def test_there_are_negatives_without_spans(examples) -> None:
    negatives = [e for e in examples if not e.spans]
    assert negatives and all(e.text.strip() for e in negatives)
    assert all("{}" not in t for t in HELDOUT31_NEGATIVES)


def test_name_locales_share_nothing_with_the_lexicon_or_earlier_sets() -> None:
    from privacy.names import NAME_LOCALES

    assert NAME_LOCALES  # the lexicon's locales were found
    assert NAME_LOCALES_HELDOUT31 == []
    assert not set(NAME_LOCALES_HELDOUT31) & set(NAME_LOCALES)
    earlier = {loc for name in dir(pii) if name.startswith("NAME_LOCALES") for loc in getattr(pii, name)}
    assert not set(NAME_LOCALES_HELDOUT31) & earlier
