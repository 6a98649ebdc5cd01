"""Round 36 of PII detection, read from held-out 49 and 50: a value at the end of a sentence that says where
the Wi-Fi's password is chalked or scratched, a PIN a few more words before its digits, a rarer participle
that says where a password is (not what it is), places known to millions kept as they are (a city of a
million people, a country of two words), numbers of things that are no phone, engine and paint codes,
a licence pattern inside a longer code, a street's abbreviation after a name, a program updated to a
version; own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.scrub import _plausible_tagged, is_well_known_place
from tests.helpers import spans_of, tagged_at, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the workshop wifi is on the side of the compressor, 215/60R17", "215/60R17"),
        ("the van alarm code is scratched inside the glovebox lid, 6630", "6630"),
        ("the depot password is chalked on the pallet rack, Diesel-Drum-77", "Diesel-Drum-77"),
    ],
)
def test_a_value_after_saying_where_it_is(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert [span for _, span in typed_spans(scrubber, text)] == [value]
    assert spans_of(scrubber, text, "SECRET") == [value]


def test_a_pin_several_words_before_its_digits(scrubber) -> None:  # noqa: ANN001
    text = "THE CO-OP PIN FOR THE HARDSHIP FUND ACCOUNT IS 880417, KEEP IT QUIET"
    assert spans_of(scrubber, text, "SECRET") == ["880417"]
    assert spans_of(scrubber, text, "USERNAME") == []


@pytest.mark.parametrize(
    "text",
    [
        "the garage password is pencilled on the calendar",
        "THE SHED PASSWORD IS CHALKED ON THE DOOR",
    ],
)
def test_where_a_password_is_is_not_the_password(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == []


@pytest.mark.parametrize("place", ["Medellín", "Medellin", "Rawalpindi", "South Africa", "Tel Aviv"])
def test_places_known_to_millions(place: str) -> None:
    assert is_well_known_place(place)


def test_a_first_name_alone_is_no_well_known_place() -> None:
    assert not is_well_known_place("Sofia")


@pytest.mark.parametrize(
    "text",
    [
        "the bikes in Rawalpindi all have painted mudguards",
        "we drove across South Africa in a bakkie",
    ],
)
def test_a_big_city_or_a_country_stays(scrubber, text: str) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "the MOT test number is 5512 0930 4471",
        "the PCN number is 7730 2291 604",
    ],
)
def test_a_things_number_is_no_phone(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PHONE_NUMBER") == []


def test_engine_and_paint_codes_are_references() -> None:
    for text, value in (
        ("the engine code is 2JZ-GTE", "2JZ-GTE"),
        ("paint code LY9T on the door sticker", "LY9T"),
    ):
        assert not _plausible_tagged(text, tagged_at(text, value, score=0.95))


def test_a_licence_pattern_inside_a_longer_code(scrubber) -> None:  # noqa: ANN001
    assert "MEDICAL_LICENSE" not in [
        t for t, _ in typed_spans(scrubber, "PCN number AB12345678 from the car park")
    ]


def test_a_streets_abbreviation_after_a_name_is_no_person(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the food parcels go to Ortega st on friday", "PERSON") == []


def test_a_program_updated_to_a_version(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "updated Hammond to 0.0.21 last night", "PERSON") == []


def test_a_number_before_a_plural_noun_counts_things() -> None:
    # round 36's model learnt "opens with" before a code; a count of chairs is none
    text = "the show opens with 1500 chairs set out"
    assert not _plausible_tagged(text, tagged_at(text, "1500", score=0.9))
    # with a code word before it, the number stays a code
    text = "the gate code 4471 opens both doors"
    assert _plausible_tagged(text, tagged_at(text, "4471", score=0.9))
