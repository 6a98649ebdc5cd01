"""Round 47 of PII detection, read from held-out 71 and 72: a Japanese rural address that ends in the number
after its "字"; groups of digits as a password; "je" as the copula after a password word; a lock on what it
hangs from over five words; a nurse's or a brother's title before a surname with its particle; a trainer's
field. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.scrub import _plausible_tagged
from tests.helpers import spans_of, tagged_at

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "send it to 〒891-7101 鹿児島県大島郡徳之島町字亀津1234",
            "〒891-7101 鹿児島県大島郡徳之島町字亀津1234",
        ),
        ("the clinic moved to 沖縄県石垣市字登野城12-3 last year", "沖縄県石垣市字登野城12-3"),
    ],
)
def test_a_japanese_rural_address_ends_in_its_number(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [address]


def test_a_kanji_word_and_a_number_with_no_aza_is_no_address(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the 東京 office has 120 desks", "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("heslo je 04-11-19-23-37-41, nikomu to neříkej", "04-11-19-23-37-41"),
        ("the portal password is on the fridge magnet, 07-12-18-22-30-45", "07-12-18-22-30-45"),
        ("geslo je Soča-Most81", "Soča-Most81"),
    ],
)
def test_digit_groups_and_je_after_a_password_word(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "mot de passe je l ai perdu",
        "the password rules changed on 2024-05-01",
        "the password is on the fridge, 12-05-2024",
    ],
)
def test_no_password_from_a_french_je_or_a_date(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == []


def test_a_lock_on_what_it_hangs_from_over_five_words(scrubber) -> None:  # noqa: ANN001
    text = "the key safe for the house with the red door is 7194, the cleaner needs it"
    assert spans_of(scrubber, text, "SECRET") == ["7194"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("zuster van Dijk comes on tuesdays", "van Dijk"),
        ("Schwester Brunhilde has the keys", "Brunhilde"),
        ("broeder Hoekstra leads the walk", "Hoekstra"),
    ],
)
def test_a_nurse_or_brother_title_before_a_surname(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_a_trainers_field(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "trainer: koschat", "PERSON") == ["koschat"]


@pytest.mark.parametrize(
    ("text", "value", "plausible"),
    [
        ("firmware H05.11.23 is out", "H05.11.23", False),
        ("the part number is S33.3.14 on the box", "S33.3.14", False),
        ("保険証 生年月日 S33.3.14", "S33.3.14", True),
        ("born S33.3.14 in Hirara", "S33.3.14", True),
    ],
)
def test_a_short_japanese_era_date_needs_a_birth_word(text: str, value: str, plausible: bool) -> None:
    # round 47's tagger read "firmware H05.11.23 is out" as a birth date, sure of it
    assert _plausible_tagged(text, tagged_at(text, value, "DATE_OF_BIRTH", 0.95)) is plausible
