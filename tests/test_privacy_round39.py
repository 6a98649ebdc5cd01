"""Round 39 of PII detection, read from held-out 55 and 56: a cue word with a typo ("pasaword", "ligin"),
a pepper beside the salt, a Central European degree before a name, a Cambodian address; own examples,
not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.normalise import normalise, respell
from privacy.scrub import _cue_word_typo
from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("typo", "word"),
    [("pasaword", "password"), ("PASSWROD", "PASSWORD"), ("ligin", "login"), ("Usernmae", "Username")],
)
def test_a_cue_word_with_one_typo_reads_as_the_cue_word(typo: str, word: str) -> None:
    assert _cue_word_typo(typo) == word


@pytest.mark.parametrize("word", ["password", "Logan", "logic", "passport", "begin", "Lorin"])
def test_the_word_itself_an_everyday_word_or_a_name_stay(word: str) -> None:
    assert _cue_word_typo(word) is None


def test_a_respelled_word_maps_back_to_the_typo() -> None:
    raw = "the pasaword is Kelp&Tide4"
    view = respell(normalise(raw), _cue_word_typo)
    assert view.text == "the password is Kelp&Tide4"
    start = view.text.index("Kelp")
    assert raw[slice(*view.to_raw(start, len(view.text)))] == "Kelp&Tide4"
    assert view.to_raw(4, 12) == (4, 12)  # "password" over "pasaword"
    assert respell(normalise("nothing to see"), _cue_word_typo).text == "nothing to see"


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("i set the router pasword to Quokka+77", "SECRET", "Quokka+77"),
        ("my forum ligin is ferro-wolf", "USERNAME", "ferro-wolf"),
        ("the usernmae for the kiosk is till_operator9", "USERNAME", "till_operator9"),
    ],
)
def test_a_value_after_a_typoed_cue_word(scrubber, text: str, entity: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, entity) == [value]


def test_a_pepper_is_a_secret_like_the_salt(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "AUTH_PEPPER = 'q8XwL2vRtY7nM4kP'", "SECRET") == ["q8XwL2vRtY7nM4kP"]
    assert typed_spans(scrubber, "pepper: 2 tsp, salt: 1 tsp") == []


@pytest.mark.parametrize("text", ["Mgr. is the master's degree on the door", "Ing. is short for engineer"])
def test_a_degree_before_its_full_stop_is_no_name(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "ship it to Phum Trapeang Veng, Khum Tbeng, Srok Banteay Srei, Siem Reap",
            "Phum Trapeang Veng, Khum Tbeng, Srok Banteay Srei, Siem Reap",
        ),
        ("home is phum chrey, khum ampil, srok kampong siem", "phum chrey, khum ampil, srok kampong siem"),
    ],
)
def test_a_cambodian_address_village_first(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [address]
