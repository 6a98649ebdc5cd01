"""Held-out set 28's shape: built the same way each time, about the right size, exact and valid gold spans.

These tests look at the labelled sentences only; they never run a scrubber on them (the set stays blind).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from bench import pii
from bench.pii import TYPES
from bench.pii_heldout28 import HELDOUT28_NEGATIVES, HELDOUT28_SEED, NAME_LOCALES_HELDOUT28, build_heldout28

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def examples():
    return build_heldout28()


def test_builds_deterministically_with_the_default_seed(examples) -> None:
    again = build_heldout28(HELDOUT28_SEED)
    assert [(e.text, e.spans, e.style) for e in examples] == [(e.text, e.spans, e.style) for e in again]
    other = build_heldout28(HELDOUT28_SEED + 1)
    assert [e.text for e in other] != [e.text for e in examples]


def test_size_and_proportions_match_held_out_26(examples) -> None:
    assert 340 <= len(examples) <= 400
    negatives = [e for e in examples if not e.spans]
    assert 70 <= len(negatives) <= 90
    assert len(negatives) == len(HELDOUT28_NEGATIVES)
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
            assert value.strip() == value and value, (e.text, value)
            assert value[0] not in '"“”«»' and value[-1] not in '"“”«»', (e.text, value)
        for (_, end_a, _), (start_b, _, _) in zip(ordered, ordered[1:], strict=False):
            assert end_a <= start_b, (e.text, ordered)  # no overlap


def test_there_are_negatives_without_spans(examples) -> None:
    negatives = [e for e in examples if not e.spans]
    assert negatives
    assert all("{}" not in t for t in HELDOUT28_NEGATIVES)


def test_name_locales_share_nothing_with_the_lexicon_or_earlier_sets() -> None:
    tree = ast.parse((ROOT / "privacy" / "names.py").read_text(encoding="utf-8"))
    lexicon = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(getattr(t, "id", None) == "NAME_LOCALES" for t in node.targets)
    )
    assert lexicon  # the lexicon's locales were found
    assert not set(NAME_LOCALES_HELDOUT28) & set(lexicon)
    earlier = {loc for name in dir(pii) if name.startswith("NAME_LOCALES") for loc in getattr(pii, name)}
    assert not set(NAME_LOCALES_HELDOUT28) & earlier
