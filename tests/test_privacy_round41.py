"""Round 41 of PII detection, read from held-out 59 and 60: a name spelt out letter by letter, a phone
after "Tel.:", a user and its password in coturn's and Flexisip's config lines, what a family calls its
elders, Korean road-name addresses and Argentine addresses with their postcode; own examples, not the
sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("she fingerspelt her name, M-A-R-I-A", "M-A-R-I-A"),
        ("the interpreter today is d-a-m-i-e-n", "d-a-m-i-e-n"),
        ("can you ask S-I-O-B-H-A-N to ring me back", "S-I-O-B-H-A-N"),
        # not a listed name, but after a word for spelling
        ("he spelt his surname for me: Q-W-E-L-O", "Q-W-E-L-O"),
    ],
)
def test_a_name_spelt_out_letter_by_letter(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]
    assert spans_of(scrubber, text, "SECRET") == []


@pytest.mark.parametrize(
    "text",
    [
        "press C-T-R-L and then the arrow",
        "the letters go A-B-C-D on the board",
        "it stands for N-A-S-A, not a person",
    ],
)
def test_spelt_out_letters_that_are_no_name(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Tel.: 2256-7788", "2256-7788"),
        ("Tel. : 8765 4321", "8765 4321"),
        ("Tlf.: 22 33 44 55", "22 33 44 55"),
    ],
)
def test_a_phone_after_an_abbreviated_contact_word_and_a_colon(scrubber, text: str, phone: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("user=relay:Harbour-Lights7", "Harbour-Lights7"),
        ("static-user = desk:Kestrel_Valley", "Kestrel_Valley"),
        ("frontdesk@sip.clinic.lan clrtxt:Lighthouse88 ;", "Lighthouse88"),
        # pasted into a chat sentence (the canary check on make run found this one stored)
        ("the turn server has user=relay:Marram-Dune6 in it", "Marram-Dune6"),
    ],
)
def test_a_user_and_password_in_a_config_line(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [secret]
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "gran still lives at the old farm",
        "granny says hello to everyone",
        "nonna always cooks on sundays",
        "grandad wants to come to the match",
    ],
)
def test_what_a_family_calls_its_elders_is_no_name(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "보내주세요: 부산광역시 해운대구 센텀중앙로 97, 12층 (재송동)",
            "부산광역시 해운대구 센텀중앙로 97, 12층 (재송동)",
        ),
        ("my aunt lives at 경기도 수원시 팔달구 효원로 241", "경기도 수원시 팔달구 효원로 241"),
    ],
)
def test_a_korean_road_name_address(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [address]


def test_a_korean_road_alone_is_no_address(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "세종대로 is the big road in front of the palace", "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "post it to Cnel. Manuel Dorrego 1520, C1414CKZ Buenos Aires",
            "Cnel. Manuel Dorrego 1520, C1414CKZ Buenos Aires",
        ),
        (
            "the parcel goes to Gral. Juan Lavalle 312, X5000 Córdoba, Provincia de Córdoba",
            "Gral. Juan Lavalle 312, X5000 Córdoba, Provincia de Córdoba",
        ),
    ],
)
def test_an_argentine_address_with_its_postcode(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [address]
    assert spans_of(scrubber, text, "PERSON") == []
