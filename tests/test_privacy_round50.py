"""Round 50 of PII detection, read from held-out 77 and 78: a gate code for what it opens over five words;
Polish "to" as the copula after a password word; a road out of town and its kilometre, with the postcode
and town; a name after "cuz", and after a cue a name that is also a frequent word; an Indonesian greeting by
the time of day is no name; "as well" is no street. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.scrub import _plausible_tagged
from tests.helpers import spans_of, tagged_at

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the gate code for the lower orchard track barrier is 4826 until march", "4826"),
        ("hasło to jodła4417, nie mów nikomu", "jodła4417"),
    ],
)
def test_a_gate_code_over_five_words_and_polish_to(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [secret]


def test_to_after_a_password_word_needs_a_value(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "hasło to be changed next week", "SECRET") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "the mill is at Route de Zarzis km 7, 4170 Midoun, Djerba, come early",
            "Route de Zarzis km 7, 4170 Midoun, Djerba",
        ),
        ("we live on route de Sfax km 4.5 now", "route de Sfax km 4.5"),
    ],
)
def test_a_road_and_its_kilometre(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [address]


def test_a_distance_on_a_road_is_no_address_without_its_kilometre(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the route de Sfax is 12 km long", "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cuz Delroy is taking the deer hunters out on friday", "Delroy"),
        ("my friend Lucille found me the room", "Lucille"),
        ("my name is Grace and I run the night desk", "Grace"),
        ("call me Hunter, everyone at the depot does", "Hunter"),
    ],
)
def test_a_name_after_a_cue_even_when_it_is_a_frequent_word(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "my name is Not Important here",
        "selamat pagi, the night shift is over",
        "selamat malam, anak-anak, time to sleep",
        "the mountain rescue number is 112 as well",
    ],
)
def test_no_name_or_street_from_a_greeting_or_as_well(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []
    assert spans_of(scrubber, text, "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "value", "plausible"),
    [
        ("hasło to palmetto268, tylko dla ciebie", "palmetto268, tylko dla ciebie", False),
        ("send it to Kochstrasse 12, Berlin", "Kochstrasse 12, Berlin", True),
    ],
)
def test_an_address_never_starts_with_a_word_glued_to_digits(text: str, value: str, plausible: bool) -> None:
    assert _plausible_tagged(text, tagged_at(text, value, "STREET_ADDRESS", 0.95)) is plausible
