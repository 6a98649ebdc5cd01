"""Round 49 of PII detection, read from held-out 75 and 76: a password-shaped login after "login is"; a
game tag's shape after where a login is written is the password; someone who moves in or signs for the keys;
an honorific after the name ("X sir"); a guarantor's or a lodger's field; a birth label of another language
is no name; a tyre's size is no password. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.scrub import _plausible_tagged
from tests.helpers import spans_of, tagged_at

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my tool library login is Birk4471-2020, renew the sander for me", "Birk4471-2020"),
        ("the print farm login is Nozzle#8812 if the queue stalls", "Nozzle#8812"),
    ],
)
def test_a_password_shaped_login_is_a_password(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [secret]
    assert spans_of(scrubber, text, "USERNAME") == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("the school portal login is kofi_mensah88", "kofi_mensah88"),
        ("Login: Ragna#2231", "Ragna#2231"),
    ],
)
def test_a_login_shaped_login_stays_a_login(scrubber, text: str, login: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "USERNAME") == [login]


def test_a_game_tags_shape_after_where_the_login_is_written_is_the_password(scrubber) -> None:  # noqa: ANN001
    text = "the bike co-op login is on the back of the workshop door, Spoke#30917"
    assert spans_of(scrubber, text, "SECRET") == ["Spoke#30917"]
    assert spans_of(scrubber, text, "USERNAME") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hungyo sir is the pg owner, he lives downstairs", "Hungyo"),
        ("Ngalangkham ma'am takes the rent on the fifth", "Ngalangkham"),
        ("guarantor: thokchom, the form is signed", "thokchom"),
        ("Lodger: zodwa mkhize", "zodwa mkhize"),
    ],
)
def test_an_honorific_after_a_name_and_a_guarantors_field(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text", ["yes sir, the van is booked for nine", "Thank you Sir, see you at the depot"]
)
def test_sir_after_an_everyday_word_names_no_one(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_birth_label_of_another_language_is_no_name(scrubber) -> None:  # noqa: ANN001
    text = "the repair club's form wants sünniaeg and i put 04.02.1951"
    assert spans_of(scrubber, text, "PERSON") == []
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == ["04.02.1951"]


@pytest.mark.parametrize(
    ("text", "value", "plausible"),
    [
        ("the tyre is 700x28c, the tube is presta", "700x28c", False),
        ("the screen is 1920x1080 and the cable is hdmi", "1920x1080", False),
        ("the wifi password is 700x28cQ!", "700x28cQ!", True),
    ],
)
def test_a_size_is_no_password(text: str, value: str, plausible: bool) -> None:
    assert _plausible_tagged(text, tagged_at(text, value, "SECRET", 0.95)) is plausible
