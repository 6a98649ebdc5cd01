"""Round 55 of PII detection, read from held-out 87 and 88: digits of any script read as digits; Arabic
"ولدت" and Occitan "naissut" before a birth date; Arabic-script months (Gregorian, the Levant's, Hijri with
"هـ", Iranian solar); the Thai password word glued to its copula; two words run together after a "where
it is written" sentence; a storm's name; words explained ("X and Y mean … in Swiss German", "are titles
for"); sawmills, funeral parlours and cemeteries are things; Italian "Segnalato da:". Own examples, not
the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("my card is ٥٤٢٥ ٢٣٣٤ ٣٠١٠ ٩٩٠٣ for the deposit", "CREDIT_CARD", "٥٤٢٥ ٢٣٣٤ ٣٠١٠ ٩٩٠٣"),
        ("call me on +९१ ९८२० ४४५ ६७८", "PHONE_NUMBER", "+९१ ९८२० ४४५ ६७८"),
    ],
)
def test_digits_of_other_scripts_are_digits(scrubber, text: str, kind: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, kind) == [value]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ولدت في ١٤ شباط ١٩٧٢ وهذا للاستمارة", "١٤ شباط ١٩٧٢"),
        ("ولدت في 3 أيلول 1988", "3 أيلول 1988"),
        ("her birthday on the form is ٣ رمضان ١٤١٠ هـ, as the family keeps it", "٣ رمضان ١٤١٠"),
        ("his birthday is 9 تشرين الأول 1966", "9 تشرين الأول 1966"),
        ("tavallodam 12 esfand 1360 ast, for the form", "12 esfand 1360"),
        ("soi naissuda lo 2 de febrièr de 1979, per l'associacion", "2 de febrièr de 1979"),
    ],
)
def test_arabic_script_months_and_birth_words(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


def test_an_arabic_month_without_a_birth_cue_is_no_birth_date(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the storm came on ١٤ شباط ٢٠٢٢ and took the roof", "DATE_OF_BIRTH") == []


def test_the_thai_password_word_glued_to_its_copula(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "รหัสผ่านคือ Doi5uthep!9 อย่าบอกใคร", "SECRET") == ["Doi5uthep!9"]


def test_two_words_run_together_after_where_it_is_written(scrubber) -> None:  # noqa: ANN001
    text = "the gauge login is pencilled inside the logbook cover, LagoMaggiore"
    assert spans_of(scrubber, text, "SECRET") == ["LagoMaggiore"]


def test_a_name_at_the_end_of_such_a_sentence_stays_a_name(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the gauge login is on the fridge, McDonald", "SECRET") == []


@pytest.mark.parametrize(
    "text",
    [
        "cyclone Gonu flooded the wadi road",
        "Hurricane Fiona took the shed roof",
        "we lost the fence to Sturmtief Sabine",
    ],
)
def test_a_storms_name_is_no_person(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nöni and Grosi mean grandpa and grandma in Swiss German",
        "barba means uncle in the valley's patois",
        "Lalla and Sidi are titles for a woman and a man",
    ],
)
def test_words_explained_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_people_who_mean_well_stay_people(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Ines Rivoira and Tom Berg mean well", "PERSON") == ["Ines Rivoira", "Tom Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "Segheria Bertin is a sawmill in the valley",
        "Pompe Funebri Gay is a funeral home, not a person",
        "Cimitero Rostagno is a cemetery near the temple",
    ],
)
def test_sawmills_funeral_homes_and_cemeteries_are_things(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_segnalato_da_is_a_name_field_not_a_name(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Segnalato da: Marta Pons", "PERSON") == ["Marta Pons"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Next of kin: सुरेखा पाटील, she has the keys", "सुरेखा पाटील"),
        ("सुरेखा पाटील booked the hall for the thirteenth day", "सुरेखा पाटील"),
        ("فاطمة الحارثي called about the cyclone shelter", "فاطمة الحارثي"),
    ],
)
def test_a_name_in_a_script_without_capitals(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ذو الحجة is the month of the pilgrimage",
        "वडा पाव tastes best at the station",
        "the sign said أهلا وسهلا at the door",
    ],
)
def test_words_of_such_a_script_that_name_no_one(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []
