"""Round 18 of PII detection: general mechanisms for names' precision, logins and dates of birth.

Examples are written for these tests (none is copied from a held-out set)."""

from __future__ import annotations

import pytest

from privacy.scrub import Scrubber, _after_capitalised_word, is_small_town
from tests.helpers import typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


# --- small towns: GeoNames towns of 1,000 people or more whose words no name list knows


@pytest.mark.parametrize(
    ("span", "town"), [("Lerwick", True), ("Pitlochry", True), ("Harper", False), ("Mary", False)]
)
def test_is_small_town_only_where_no_name_list_knows_the_words(span: str, town: bool) -> None:
    assert is_small_town(span) is town


def test_small_town_alone_is_no_person(scrubber: Scrubber) -> None:
    assert ("PERSON", "Lerwick") not in typed_spans(scrubber, "Lerwick is windy in March")


def test_small_town_word_after_a_capitalised_word_is_a_surname(scrubber: Scrubber) -> None:
    assert _after_capitalised_word("we know Rocky Wamego", len("we know Rocky "))
    assert not _after_capitalised_word("Visit Wamego", len("Visit "))
    assert not _after_capitalised_word("fine. Visit Wamego", len("fine. Visit "))
    assert ("PERSON", "Hamish Tobermory") in typed_spans(scrubber, "My friend Hamish Tobermory called")


# --- a name glued into an identifier: a handle is a login, a key or constant is no one


def test_name_inside_a_handle_is_scrubbed_as_the_whole_login(scrubber: Scrubber) -> None:
    assert typed_spans(scrubber, "ping me on the chess app, I am mossy_kate") == [("USERNAME", "mossy_kate")]


@pytest.mark.parametrize(
    "text",
    [
        'payload = {"kate_id": 4}',  # a key
        "set KATE_MODE_ENABLED=1 first",  # a constant
        "run kate_sync() nightly",  # a call
    ],
)
def test_name_inside_a_key_constant_or_call_is_no_one(scrubber: Scrubber, text: str) -> None:
    assert typed_spans(scrubber, text) == []


def test_a_name_alone_stays_a_person(scrubber: Scrubber) -> None:
    assert typed_spans(scrubber, "Kate called twice") == [("PERSON", "Kate")]


# --- names where a document's format puts them: a passport's machine-readable zone, a vCard


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("P<NZLOKAFOR<<CHIDI<EMEKA<<<<<<<<<<<<<<<<<<", "OKAFOR<<CHIDI<EMEKA"),
        ("p<canmorrow<<kate<<<<<<<<", "morrow<<kate"),  # lower-cased
        ("FN:Tama Rewiti\nTEL:+64 21 555 0199", "Tama Rewiti"),
        ("BEGIN:VCARD\nN:Rewiti;Tama;;;\nEND:VCARD", "Rewiti;Tama"),
    ],
)
def test_document_name_fields_are_people(scrubber: Scrubber, text: str, name: str) -> None:
    assert ("PERSON", name) in typed_spans(scrubber, text)


@pytest.mark.parametrize("text", ["P<<<<<<<<<<<<<<<<<<", "FN:\nTEL:+64 21 555 0199", "the N:1 ratio"])
def test_document_fields_without_a_name_find_no_one(scrubber: Scrubber, text: str) -> None:
    assert not [t for t in typed_spans(scrubber, text) if t[0] == "PERSON"]


# --- logins: a camelCase key's last word, a tool's "user add", an app of several words


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("ldapUsername=mossy.kate", "mossy.kate"),
        ('dbUsername: "kb_ops"', "kb_ops"),
        ("incus user add ana_b", "ana_b"),
        ("add me on the trivia app, I'm lunabee77", "lunabee77"),
    ],
)
def test_login_shapes(scrubber: Scrubber, text: str, login: str) -> None:
    assert ("USERNAME", login) in typed_spans(scrubber, text)


@pytest.mark.parametrize(
    "text",
    [
        "we can user add later",  # everyday words after "user add"
        "add me on the group chat please",  # no "I'm" after a many-word app
        "ldapUsername=",  # a key with no value
    ],
)
def test_no_login_without_a_value(scrubber: Scrubber, text: str) -> None:
    assert not [t for t in typed_spans(scrubber, text) if t[0] == "USERNAME"]


# --- dates of birth: "Month the Nth, YYYY", birth words with a few letters of inflection


def test_month_the_ordinal_year_is_a_date_of_birth_after_a_cue(scrubber: Scrubber) -> None:
    assert typed_spans(scrubber, "born March the 4th, 1988") == [("DATE_OF_BIRTH", "March the 4th, 1988")]
    assert typed_spans(scrubber, "we meet March the 4th") == []


def test_inflected_birth_word_is_a_cue_but_english_words_are_not() -> None:
    from privacy.recognizers import _inflected_birth_word

    assert _inflected_birth_word("foddur")  # "fodd" with an ending
    assert not _inflected_birth_word("borneo")  # an English word
    assert not _inflected_birth_word("bornholmer")  # more than three letters on


def test_date_after_an_inflected_birth_word_is_a_date_of_birth(scrubber: Scrubber) -> None:
    assert typed_spans(scrubber, "hann er føddur 3. mars 1980") == [("DATE_OF_BIRTH", "3. mars 1980")]
    assert typed_spans(scrubber, "I visited Borneo 3 May 2019") == []
    assert typed_spans(scrubber, "Natalie sent it on 4 Oktober 2023") == [
        ("PERSON", "Natalie")
    ]  # a name, no cue


# --- after "the" a capitalised word names a thing, an event or a work, not a person


@pytest.mark.parametrize("text", ["a fiver on the Grand Prix", "she plays the Satie twice"])
def test_a_capitalised_word_after_the_is_no_person(scrubber: Scrubber, text: str) -> None:
    assert not [t for t in typed_spans(scrubber, text) if t[0] == "PERSON"]


def test_a_name_without_the_stays_a_person(scrubber: Scrubber) -> None:
    assert ("PERSON", "Satie") in typed_spans(scrubber, "Satie called twice")
    assert ("PERSON", "Satie") in typed_spans(scrubber, "I told Satie about the Satie piece")
