"""Round 31 of PII detection: the sure tagger overrules spaCy's lone place guesses that Kaizen took for
names (read from held-out 39 and 40, checked on 37-40 with a tagger trained up to 36), and birth dates
written with a space after each full stop; own examples, not the held-out sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    "text",
    [
        "the jazz festival in Tambarandu is at the end of June",
        "my Kobbolo account got locked again",
    ],
)
def test_a_lone_unknown_place_the_tagger_reads_as_no_one_stays(placeholder, text: str) -> None:  # noqa: ANN001
    assert not {"PERSON", "LOCATION"} & {kind for kind, _ in typed_spans(placeholder, text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kwabetse is coming over", "Kwabetse"),
        ("I met Tambarandu at the market", "Tambarandu"),
        ("went fishing with Tambarandu", "Tambarandu"),
    ],
)
def test_the_same_unknown_word_where_a_person_is_meant_is_still_scrubbed(placeholder, text, name) -> None:  # noqa: ANN001
    assert name not in placeholder.scrub(text)


def test_a_lone_gazetteer_town_is_still_a_place(placeholder) -> None:  # noqa: ANN001
    assert ("LOCATION", "Rotorua") in typed_spans(placeholder, "we flew over Rotorua last spring")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("born 20. 4. 1979 in Brno", "20. 4. 1979"),
        ("geboren am 3.5. 1961", "3.5. 1961"),
        ("datum narození: 7. 12. 2003", "7. 12. 2003"),
    ],
)
def test_a_birth_date_with_a_space_after_each_full_stop(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


def test_such_a_date_without_a_birth_word_is_no_birth_date(scrubber) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, "the invoice of 20. 4. 2024 is paid", "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "the wifi code is pinned in the discord mod channel",
        "on the Steam Workshop I'm rebase_kofi",
        "add me on the birding app, kofi_watches_terns",
    ],
)
def test_a_word_beside_an_apps_name_is_no_login_where_the_tagger_reads_none(scrubber, text: str) -> None:  # noqa: ANN001
    logins = spans_of(scrubber, text, "USERNAME")
    assert not {"mod", "Workshop", "birding"} & set(logins)


def test_a_login_after_a_login_cue_stands_whatever_the_tagger_reads(scrubber) -> None:  # noqa: ANN001
    assert ("USERNAME", "ana") in typed_spans(scrubber, "$ su ana")
    assert spans_of(scrubber, "my snapchat is kofiwatches", "USERNAME") == ["kofiwatches"]


def test_sure_no_login_only_for_an_apps_neighbour_of_letters() -> None:
    from presidio_analyzer import RecognizerResult

    from privacy.scrub import SURE_OUTSIDE, _sure_no_login
    from privacy.tagger import Token

    def login(source: str, score: float, text: str) -> RecognizerResult:
        return RecognizerResult("USERNAME", 0, len(text), score, None, {"recognizer_name": source})

    sure = [(Token("mod", 0, 3), SURE_OUTSIDE)]
    assert _sure_no_login("mod", login("KaizenUsernameRecognizer", 0.88, "mod"), sure)
    assert not _sure_no_login("mod", login("KaizenUsernameRecognizer", 0.88, "mod"), [(sure[0][0], 0.5)])
    assert not _sure_no_login("mod", login("KaizenCueRecognizer", 0.9, "mod"), sure)  # a cue's login
    assert not _sure_no_login("m0d", login("KaizenUsernameRecognizer", 0.88, "m0d"), sure)  # a handle's shape


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Frau Pichler can be reached on 02685 1630", "02685 1630"),
        ("the caretaker is reachable at 2231 9621 after six", "2231 9621"),
    ],
)
def test_a_local_number_after_can_be_reached_is_a_phone(scrubber, text: str, number: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PHONE_NUMBER") == [number]


def test_a_count_that_was_reached_is_no_phone(scrubber) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, "the channel reached 1234567 views", "PHONE_NUMBER")
