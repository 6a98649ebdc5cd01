"""Round 43 of PII detection, read from held-out 63 and 64: "was born" in the past tense of Portuguese,
Galician, Spanish, French and Italian; "psw" as a password key; a marketplace login with hyphens and a
longer thing sold; a word glued by a symbol to more letters is a password, not a name; own examples, not
the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("o meu avô nasceu em 03/04/1951 em Braga", "03/04/1951"),
        ("mi abuela nació el 12/09/1948, en Cádiz", "12/09/1948"),
        ("il naquit le 5 mars 1932 à Lyon", "5 mars 1932"),
        ("nonna nacque il 21/06/1940", "21/06/1940"),
    ],
)
def test_was_born_in_the_past_tense(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize(
    "text", ["a banda renasceu em 12/05/2019 com outro nome", "a loja abriu em 03/04/2019"]
)
def test_a_date_with_no_birth_word_is_no_birth(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [("DB_PSW=Larkspur_lane7", "Larkspur_lane7"), ("smtp_psw: 'Quay-Road-44'", "Quay-Road-44")],
)
def test_psw_names_a_password(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [secret]


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("the kijiji seller for the garden bench was tomas-shed41", "tomas-shed41"),
        ("the buyer of the old lawnmower was ros-plot7a", "ros-plot7a"),
    ],
)
def test_a_marketplace_login_with_hyphens(scrubber, text: str, login: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "USERNAME") == [login]
    assert spans_of(scrubber, text, "SECRET") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("THE SHED KEY SAFE CODE, IT'S MARGATE!HARBOUR", "MARGATE!HARBOUR"),
        ("the alarm code, it's Lowestoft$2019", "Lowestoft$2019"),
    ],
)
def test_a_word_glued_by_a_symbol_to_more_is_a_password(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []
    assert spans_of(scrubber, text, "SECRET") == [secret]
