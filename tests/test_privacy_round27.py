"""Round 27 of PII detection: dates of birth built in code and assigned to a birth variable, and the
tagger's knowledge of a word's writing system (own examples, not the held-out sets' sentences)."""

from __future__ import annotations

import pytest

from privacy.tagger import _script, token_features, tokenize
from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("var birthDate = new DateTime(1984, 3, 9);", "1984, 3, 9"),
        ("dob := time.Date(1962, time.March, 30, 0, 0, 0, 0, time.UTC)", "1962, time.March, 30"),
        (
            "my $born = DateTime->new(year => 1971, month => 11, day => 2);",
            "year => 1971, month => 11, day => 2",
        ),
        ("date_of_birth = date(1990, 1, 17)", "1990, 1, 17"),
    ],
)
def test_a_date_built_in_code_for_a_birth_variable(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize(
    "text",
    [
        "var start = new DateTime(1984, 3, 9);",  # no birth variable
        "dob = Date(1991, 13, 23)",  # no 13th month
        "birthday_party = Slot(2024, 5, 40)",  # no 40th day
    ],
)
def test_the_rule_leaves_other_dates_in_code(text: str) -> None:
    from config.settings import PrivacySettings
    from privacy import Scrubber

    rules = Scrubber(
        PrivacySettings(tagger=False)
    )  # the rule's own checks (a typed birth date may still be one)
    assert not spans_of(rules, text, "DATE_OF_BIRTH")


def test_the_tagger_knows_each_words_writing_system() -> None:
    assert [_script(w) for w in ("Ana", "고은비", "カモメ", "李", "Иван", "1234")] == [
        "LATIN",
        "HANGUL",
        "KATAKANA",
        "CJK",
        "CYRILLIC",
        "none",
    ]
    tokens = tokenize("ask 고은비 about it")
    assert token_features(tokens, 1)["script=HANGUL"] == 1.0
