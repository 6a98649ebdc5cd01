"""Round 51 of PII detection, read from held-out 79 and 80: loopback and "any" addresses identify no one; a
lower-case word with a digit after a cue is a value, not a name; Greek typed in Latin letters (a birth word,
the months, "o kodikos einai"); a French or German "bill to" label; a home-address key's value without a
house number; "X is a band" and "X and Y are villages" say what they name; greetings of other languages;
Dutch and Trinidadian kinship words before a name; a version number is no house number; a street named for
people, read whole by the tagger. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from privacy.scrub import merge_tagged
from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    "text",
    [
        "DATABASE_URL=postgres://wiki:Fenn-Otter-51@127.0.0.1:5432/wiki",
        "the admin panel listens on 0.0.0.0:8080 and on [::1]:8080",
        "ping 127.0.1.1 to check the loopback",
    ],
)
def test_loopback_and_any_address_are_no_ones(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "IP_ADDRESS") == []


def test_a_real_address_beside_the_loopback_is_still_scrubbed(scrubber) -> None:  # noqa: ANN001
    text = "forward 127.0.0.1:9000 to 84.212.19.7 on the router"
    assert spans_of(scrubber, text, "IP_ADDRESS") == ["84.212.19.7"]


def test_a_lower_case_word_with_a_digit_after_a_cue_is_a_value(scrubber) -> None:  # noqa: ANN001
    text = "Grietje keeps the login for the till laptop, it's v10linbow"
    assert "v10linbow" not in spans_of(scrubber, text, "PERSON")


def test_a_misread_digit_in_a_capitalised_name_is_still_a_name(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "my name is Ma1ual and I sell the kettles", "PERSON") == ["Ma1ual"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("i kori mou gennithike 14 Fevrouariou 2011, grapse to sto entypo", "14 Fevrouariou 2011"),
        ("gennithika 3 Oktovriou 1979 stin Patra", "3 Oktovriou 1979"),
    ],
)
def test_a_greek_birth_word_and_month_in_latin_letters(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


def test_o_kodikos_einai_is_a_password(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "o kodikos einai thalassa_42, min to peis", "SECRET") == ["thalassa_42"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FACTURE À : Bineta Ndiaye", "Bineta Ndiaye"),
        ("Rechnung an: Hauke Ohlrogge", "Hauke Ohlrogge"),
    ],
)
def test_a_bill_to_label_of_other_languages(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_a_home_address_key_holds_an_address_without_a_number(scrubber) -> None:  # noqa: ANN001
    text = '{"home_address": "Quartier Medina, derrière la pharmacie centrale, Thiès"}'
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [
        "Quartier Medina, derrière la pharmacie centrale, Thiès"
    ]


def test_a_bare_address_key_still_needs_a_number(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, '{"address": "see the notes, later"}', "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "Harmonie Wesseling is a brass band, not a person",
        "Boulangerie Diouf et Fils is a bakery in Rufisque",
        "Sanguilla and Las Palmas are villages near the lake",
        "bom dia, the market opens at 7",
        "kalispera, the band is late",
        "goedemorgen, the keys are under the mat",
    ],
)
def test_what_the_sentence_says_is_no_person_and_greetings(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Oduya Wesseling is a band teacher in the old school", ["Oduya Wesseling"]),
        ("Ana y Bo are in the club now", ["Ana", "Bo"]),
    ],
)
def test_a_person_described_by_a_thing_stays_a_person(scrubber, text: str, names: list[str]) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ome Gerrit drives the van to the market", "Gerrit"),
        ("tante Hillegonda keeps the stall money", "Hillegonda"),
        ("Nennen Ivy brings the black cake", "Ivy"),
    ],
)
def test_kinship_words_of_other_languages_before_a_name(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_a_version_number_is_no_house_number(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "wallabag 2.6 added reading time fields", "STREET_ADDRESS") == []
    assert spans_of(scrubber, "we moved to 26 Reading Fields last year", "STREET_ADDRESS") == [
        "26 Reading Fields"
    ]


def _result(text: str, value: str, entity: str, score: float, recognizer: str) -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult(entity, start, start + len(value), score, None, {"recognizer_name": recognizer})


def test_a_street_named_for_people_read_whole_by_the_tagger() -> None:
    text = "meet at Av. Simón Bolívar 4-17 y Juan Montalvo, Cuenca at six"
    address = "Av. Simón Bolívar 4-17 y Juan Montalvo, Cuenca"
    kept = [
        _result(text, "Simón Bolívar", "PERSON", 0.85, "SpacyRecognizer"),
        _result(text, "Juan Montalvo", "PERSON", 0.85, "KaizenNameRecognizer"),
    ]
    tagged = [_result(text, address, "STREET_ADDRESS", 0.7, "KaizenPiiTagger")]
    merged = merge_tagged(text, kept, tagged)
    assert [(r.entity_type, text[r.start : r.end]) for r in merged] == [("STREET_ADDRESS", address)]


def test_an_unsure_address_without_a_street_word_leaves_the_names() -> None:
    text = "Simón Bolívar 4-17 y Juan Montalvo are on the list"
    kept = [_result(text, "Juan Montalvo", "PERSON", 0.85, "KaizenNameRecognizer")]
    tagged = [_result(text, "Simón Bolívar 4-17 y Juan Montalvo", "STREET_ADDRESS", 0.7, "KaizenPiiTagger")]
    merged = merge_tagged(text, kept, tagged)
    assert ("PERSON", "Juan Montalvo") in [(r.entity_type, text[r.start : r.end]) for r in merged]
