"""Round 34 of PII detection: a value given at the end of a sentence that first says where it is written
(the merge's reference veto no longer reaches across a comma), a code followed by what it opens, a lock and
what it hangs on, the password's owner before the copula in Italian, a phone the tagger is sure of where no
phone rule has a shape, and look-alikes read from held-out 45 and 46 (a clause after a phone read as a
street, a kind of place left alone, a name inside a permit code, an "a" typed as "@"); own examples, not
the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.scrub import _plausible_tagged, _sure_local_phone
from tests.helpers import spans_of, tagged_at, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the alarm password is on the lid of the tool case, Heron!7731", "Heron!7731"),
        ("the garage code is on the back of the calendar, 4412", "4412"),
        ("the van pin is written inside the glovebox, 80817", "80817"),
        ("the studio wifi password is on the fridge, linen-otter-19", "linen-otter-19"),
    ],
)
def test_a_value_after_saying_where_it_is_written(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "the zip code is on the form, 90210",
        "the pin is in the drawer, 2019",
        "the password is on the fridge, next to the magnets",
    ],
)
def test_no_value_at_the_end_is_no_secret(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == []


def test_a_comma_ends_the_reference_word() -> None:
    text = "the laptop password is on the lid of the tool case, Heron!7731"
    assert _plausible_tagged(text, tagged_at(text, "Heron!7731"))
    # the reference word right before the value still names it
    text = "the case 7731 is closed"
    assert not _plausible_tagged(text, tagged_at(text, "7731"))


@pytest.mark.parametrize(
    "text", ["the tablet wants 5521 to unlock", "key in 90417 to open the shutter", "enter 7720 to disarm"]
)
def test_a_code_followed_by_what_it_opens_is_plausible(text: str) -> None:
    value = next(w for w in text.split() if w.isdigit())
    assert _plausible_tagged(text, tagged_at(text, value))


def test_a_number_with_no_code_word_stays_implausible() -> None:
    text = "the bus wants 5521 passengers a day"
    assert not _plausible_tagged(text, tagged_at(text, "5521"))


@pytest.mark.parametrize(
    ("text", "value"),
    [("the padlock on the tool chest is 3391", "3391"), ("the key safe by the back door is 1406", "1406")],
)
def test_a_lock_and_what_it_hangs_on(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [value]


def test_the_italian_owner_before_the_copula_is_no_password(scrubber) -> None:  # noqa: ANN001
    text = "la password del router della nonn@ è Tramonto#77"
    assert spans_of(scrubber, text, "SECRET") == ["Tramonto#77"]
    assert not _plausible_tagged(text, tagged_at(text, "nonn@"))
    assert _plausible_tagged(text, tagged_at(text, "Tramonto#77"))


def test_a_phone_the_tagger_is_sure_of() -> None:
    text = "Emergency contact: (2) 5539127"
    assert _sure_local_phone(text, tagged_at(text, "(2) 5539127", "PHONE_NUMBER", 0.995))
    # unsure, too short, or with letters: left to the phone rules
    assert not _sure_local_phone(text, tagged_at(text, "(2) 5539127", "PHONE_NUMBER", 0.9))
    text = "the room is 55 39"
    assert not _sure_local_phone(text, tagged_at(text, "55 39", "PHONE_NUMBER", 0.995))
    text = "serial AB5539127"
    assert not _sure_local_phone(text, tagged_at(text, "AB5539127", "PHONE_NUMBER", 0.995))


def test_a_clause_after_a_phone_is_no_street(scrubber) -> None:  # noqa: ANN001
    text = "ring 503 22 11 07 if dad falls"
    assert "STREET_ADDRESS" not in [t for t, _ in typed_spans(scrubber, text)]
    assert spans_of(scrubber, text, "PHONE_NUMBER") == ["503 22 11 07"]


def test_a_kind_of_place_alone_names_none(scrubber) -> None:  # noqa: ANN001
    for text in ("8812 is the Cook Islands dialling code", "the Chatham Islands ferry runs twice a week"):
        assert "Islands" not in [span for _, span in typed_spans(scrubber, text)]


def test_the_indonesian_password_word_with_its_suffix_is_no_name(scrubber) -> None:  # noqa: ANN001
    text = "kata sandinya buat wifi rumah Bromo#2011"
    assert spans_of(scrubber, text, "PERSON") == []
    assert spans_of(scrubber, text, "SECRET") == ["Bromo#2011"]


def test_a_name_inside_a_permit_code(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "batch 2022-EMMA-09 is late", "PERSON") == []


def test_an_a_typed_as_at_sign(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "my home @ddress is on the form", "USERNAME") == []
    # a handle that only looks like a name stays one
    assert spans_of(scrubber, "ping @ndrew about the gig", "USERNAME") == ["@ndrew"]
