"""Round 18 of PII detection: general mechanisms for names' precision, logins and dates of birth.

Examples are written for these tests (none is copied from a held-out set)."""

from __future__ import annotations

import pytest

from privacy.scrub import Scrubber, _after_capitalised_word, is_small_town

pytestmark = pytest.mark.usefixtures("sockets_blocked")


def types(scrubber: Scrubber, text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in scrubber.find(text)]


# --- small towns: GeoNames towns of 1,000 people or more whose words no name list knows


@pytest.mark.parametrize(
    ("span", "town"), [("Lerwick", True), ("Pitlochry", True), ("Harper", False), ("Mary", False)]
)
def test_is_small_town_only_where_no_name_list_knows_the_words(span: str, town: bool) -> None:
    assert is_small_town(span) is town


def test_small_town_alone_is_no_person(scrubber: Scrubber) -> None:
    assert ("PERSON", "Lerwick") not in types(scrubber, "Lerwick is windy in March")


def test_small_town_word_after_a_capitalised_word_is_a_surname(scrubber: Scrubber) -> None:
    assert _after_capitalised_word("we know Rocky Wamego", len("we know Rocky "))
    assert not _after_capitalised_word("Visit Wamego", len("Visit "))
    assert not _after_capitalised_word("fine. Visit Wamego", len("fine. Visit "))
    assert ("PERSON", "Hamish Tobermory") in types(scrubber, "My friend Hamish Tobermory called")


# --- a name glued into an identifier: a handle is a login, a key or constant is no one


def test_name_inside_a_handle_is_scrubbed_as_the_whole_login(scrubber: Scrubber) -> None:
    assert types(scrubber, "ping me on the chess app, I am mossy_kate") == [("USERNAME", "mossy_kate")]


@pytest.mark.parametrize(
    "text",
    [
        'payload = {"kate_id": 4}',  # a key
        "set KATE_MODE_ENABLED=1 first",  # a constant
        "run kate_sync() nightly",  # a call
    ],
)
def test_name_inside_a_key_constant_or_call_is_no_one(scrubber: Scrubber, text: str) -> None:
    assert types(scrubber, text) == []


def test_a_name_alone_stays_a_person(scrubber: Scrubber) -> None:
    assert types(scrubber, "Kate called twice") == [("PERSON", "Kate")]
