"""Round 26 of PII detection: IBANs grouped by their national fields, Chinese, Japanese and Korean dates of
birth, apostrophes inside a token, and spaCy's guesses on words the tagger is sure hold nothing (own
examples, not the held-out sets' sentences)."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from privacy.scrub import SURE_OUTSIDE, TAGGER, _sure_no_name
from privacy.tagger import Token, tokenize
from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")

# valid checksums, grouped as the banks of Cyprus and Oman print them (bank, branch, account)
CYPRUS = "CY17 002 00128 0000001200527600"
OMAN = "OM81 018 0000001299123456"


@pytest.mark.parametrize("iban", [CYPRUS, OMAN])
def test_an_iban_grouped_by_its_national_fields_is_found_whole(scrubber, iban: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, f"the rent goes to {iban} from now on", "IBAN_CODE") == [iban]


@pytest.mark.parametrize(
    "text",
    [
        "CY17 002 00128 0000001200527699 is what the form printed",  # the checksum fails
        "XX17 002 00128 0000001200527600 in the spreadsheet",  # no registry country
        "order AB12 345 678 shipped",
    ],
)
def test_field_grouped_look_alikes_are_no_iban(scrubber, text: str) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, text, "IBAN_CODE")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("我的生日是1987年4月12日", "1987年4月12日"),
        ("생년월일: 1990년 5월 3일", "1990년 5월 3일"),
        ("the visa form wants my date of birth, I wrote 1979年11月2日", "1979年11月2日"),
    ],
)
def test_chinese_japanese_and_korean_birth_dates(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert ("DATE_OF_BIRTH", date) in typed_spans(scrubber, text)


def test_a_chinese_date_with_no_birth_word_stays(scrubber) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, "the meeting moved to 2024年4月12日", "DATE_OF_BIRTH")


def test_an_apostrophe_inside_a_token_stays_and_a_quote_or_possessive_splits() -> None:
    words = [t.text for t in tokenize("don't type 'hunter2' at Ana's, R'FRF'-11 works")]
    assert words == ["don't", "type", "'", "hunter2", "'", "at", "Ana", "'", "s", ",", "R'FRF'-11", "works"]


def _spacy(
    entity: str, start: int, end: int, recognizer: str = "SpacyRecognizer", score: float = 0.85
) -> RecognizerResult:
    return RecognizerResult(
        entity, start, end, score, None, {RecognizerResult.RECOGNIZER_NAME_KEY: recognizer}
    )


def test_spacys_guess_on_words_the_tagger_is_sure_hold_nothing_goes() -> None:
    sure, unsure = [(Token("Dyer", 0, 4), SURE_OUTSIDE)], [(Token("Dyer", 0, 4), 0.6)]
    assert _sure_no_name(_spacy("PERSON", 0, 4), sure)
    assert not _sure_no_name(_spacy("LOCATION", 0, 4), sure)  # the tagger never learnt places
    assert not _sure_no_name(_spacy("PERSON", 0, 4), unsure)
    # the rules' own names after a cue phrase and the tagger's stay: only guesses are weighed (a name
    # list's after a weak cue word, 0.85, is a guess since round 38)
    assert not _sure_no_name(_spacy("PERSON", 0, 4, "KaizenNameRecognizer", 0.9), sure)
    assert not _sure_no_name(_spacy("PERSON", 0, 4, TAGGER), sure)
    assert not _sure_no_name(_spacy("STREET_ADDRESS", 0, 4), sure)
