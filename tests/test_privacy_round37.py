"""Round 37 of PII detection, read from held-out 51 and 52: Thai birth dates with a Buddhist-era year and
Latvian ones with the year first, a password "taped to" something, words joined by a sign at the end of a
where-it-is sentence, whom to call before "on", a passport's or a microchip's number, one letter held down,
a language after "in", a neighbourhood's or a road's name, a German kennel's "vom", pet and salon form
fields, a database account named for its database; own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.recognizers import _NAME_TRIGGER
from privacy.scrub import _plausible_tagged
from tests.helpers import spans_of, tagged_at, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("เกิด 14 ต.ค. 2529", "14 ต.ค. 2529"),
        ("dzimis 1983. gada 7. novembrī", "1983. gada 7. novembrī"),
        ("viņa dzimusi 1990. gada 3. martā Rīgā", "1990. gada 3. martā"),
    ],
)
def test_thai_and_latvian_birth_dates(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_latvian_date_without_a_birth_word_is_no_birth(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "veikals atvērts 2015. gada 3. martā", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the salon ipad password is taped to the till, Brow#Bar22", "Brow#Bar22"),
        ("I WROTE THE KENNEL LAPTOP PASSWORD ON THE FRIDGE, COLLIE_TWEED", "COLLIE_TWEED"),
    ],
)
def test_where_it_is_written_then_the_value(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert [span for _, span in typed_spans(scrubber, text)] == [value]


def test_whom_to_call_before_on(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "call the groomer on 6712 4409 about friday", "PHONE_NUMBER") == ["6712 4409"]


@pytest.mark.parametrize(
    "text",
    [
        "horse passport number 826 004 117 209 331",
        "the microchip is 900 164 000 228 571",
        "the cat's chip number is 956 000 010 223 344",
    ],
)
def test_an_animals_or_a_passports_number_is_no_phone(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PHONE_NUMBER") == []


def test_one_letter_held_down_is_nothing(scrubber) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, "the groomer's kkkkkkkkkk van is outside") == []


@pytest.mark.parametrize(
    "text",
    [
        "Abbaba means father in Tigrinya",
        "the kennel is two streets from Madinat Khalifa",
        "Bolton Road sales start in may",
        "Gina vom Lindenhof is the bitch's registered name",
    ],
)
def test_languages_places_and_kennels_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert [t for t, _ in typed_spans(scrubber, text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "label", ["Client: ", "Owner: ", "Handler: ", "Breeder: ", "Stylist: ", "Therapist: "]
)
def test_pet_and_salon_form_fields(label: str) -> None:
    assert _NAME_TRIGGER.search(label)


def test_a_database_account_named_for_its_database(scrubber) -> None:  # noqa: ANN001
    text = "DATABASE_URL=postgresql://kennelapp:Pedigree-88!@db:5432/kennelapp"
    assert spans_of(scrubber, text, "USERNAME") == []
    assert spans_of(scrubber, text, "SECRET") == ["Pedigree-88!"]
    # a person's login stays one
    text = "DATABASE_URL=postgresql://maris_o:Pedigree-88!@db:5432/kennelapp"
    assert spans_of(scrubber, text, "USERNAME") == ["maris_o"]


def test_a_year_alone_is_no_birth_date() -> None:
    text = "veikals atvērts 2015. gada 3. martā"
    assert not _plausible_tagged(text, tagged_at(text, "2015", "DATE_OF_BIRTH", 0.96))
