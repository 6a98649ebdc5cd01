"""The held-out PII sets in modules of their own (bench/pii_heldoutN.py, held-out 27 on): each set's shape
only, never a scrubber's output on it. A set's own checks (its name forms, its origins) are in
tests/test_pii_heldoutN.py where it has any."""

from __future__ import annotations

import importlib
import re
from collections import Counter

import faker.providers.date_time as faker_dates
import pytest
from faker import Faker

from bench.pii import BUILD_DAY, TYPES, Example, module_sets
from privacy.names import NAME_LOCALES
from privacy.recognizers import iban_valid, luhn_valid

SETS = module_sets()


@pytest.fixture(scope="module", params=sorted(SETS), ids=lambda n: f"heldout{n}")
def built(request) -> tuple[int, list[Example]]:  # noqa: ANN001
    return request.param, SETS[request.param].build()


def test_the_sets_follow_on_from_held_out_26() -> None:
    assert sorted(SETS) == list(range(27, 27 + len(SETS)))


def test_a_set_builds_the_same_from_its_seed_and_differently_from_another(built) -> None:  # noqa: ANN001
    n, examples = built
    build = getattr(importlib.import_module(f"bench.pii_heldout{n}"), f"build_heldout{n}")
    assert [(e.text, e.spans, e.style) for e in build(SETS[n].seed)] == [
        (e.text, e.spans, e.style) for e in examples
    ]
    assert [e.text for e in build(SETS[n].seed + 1)] != [e.text for e in examples]


def test_size_and_proportions_follow_held_out_26(built) -> None:  # noqa: ANN001
    _, examples = built
    assert 340 <= len(examples) <= 400
    per_type = Counter(t for e in examples for _, _, t in e.spans)
    assert set(per_type) == set(TYPES)
    # at least the single-type sentences' counts (mixed sentences add more)
    assert per_type["PERSON"] >= 80 and per_type["SECRET"] >= 60
    assert per_type["USERNAME"] >= 24 and per_type["IP_ADDRESS"] >= 20
    for etype in set(TYPES) - {"PERSON", "SECRET", "USERNAME", "IP_ADDRESS"}:
        assert per_type[etype] >= 14, etype
    negatives = [e for e in examples if not e.spans]
    assert 70 <= len(negatives) <= 95 and all(e.text.strip() for e in negatives)
    assert not any("{}" in e.text for e in examples)  # no template slot left unfilled


def test_spans_are_exact_and_well_formed(built) -> None:  # noqa: ANN001
    _, examples = built
    for e in examples:
        previous_end = -1
        for start, end, etype in sorted(e.spans):
            assert etype in TYPES, (etype, e.text)
            assert 0 <= start < end <= len(e.text), (start, end, e.text)
            value = e.text[start:end]
            assert value.strip() == value and value, (value, e.text)
            assert start >= previous_end, f"overlapping spans in {e.text!r}"
            previous_end = end
            # no surrounding quotes or punctuation inside a gold span
            assert value[0] not in '"“«' and value[-1] not in '"”»,;', (value, e.text)
            if etype != "SECRET":  # a password may hold an unpaired bracket; other values hold their own
                for left, right in ("()", "[]"):
                    assert value.count(left) == value.count(right), (value, e.text)


def test_cards_pass_luhn_and_ibans_the_checksum(built) -> None:  # noqa: ANN001
    _, examples = built
    for e in examples:
        for start, end, etype in e.spans:
            value = e.text[start:end]
            if etype == "CREDIT_CARD":
                assert luhn_valid(re.sub(r"\D", "", value)), value
            if etype == "IBAN_CODE":
                assert iban_valid(re.sub(r"\s", "", value)), value


def test_no_faker_name_locale_shared_with_the_lexicon(built) -> None:  # noqa: ANN001
    n, _ = built
    locales = getattr(importlib.import_module(f"bench.pii_heldout{n}"), f"NAME_LOCALES_HELDOUT{n}")
    assert locales == [] and not set(NAME_LOCALES) & set(locales)


def test_sets_are_built_as_of_one_day() -> None:
    """Faker counts dates of birth back from today: bench/pii.py pins that day, so a set holds the same
    dates whenever it is built and its recorded figures can be rebuilt."""
    assert faker_dates.datetime.now().date() == BUILD_DAY
    fake = Faker()
    fake.seed_instance(7)
    born = fake.date_of_birth(minimum_age=30, maximum_age=30)
    assert born.year in (BUILD_DAY.year - 31, BUILD_DAY.year - 30)


def test_only_sets_a_round_has_read_show_their_misses() -> None:
    from bench.pii import MODULE_SET_NOTES, misses_may_be_shown, module_sets

    newest = max(module_sets())
    assert not misses_may_be_shown(newest)  # the newest set is never read before it is measured
    read = [n for n, note in MODULE_SET_NOTES.items() if "read from round" in note]
    assert read and all(misses_may_be_shown(n) for n in read)
    assert not misses_may_be_shown(10_000)  # a set with no note is unread
