"""Round 35 of PII detection, read from held-out 47 and 48: places and labels taken for people (a place
named in full with a particle, an area's name, a program and its version, an opus number, a birth label),
a catalogue code after its reference word, film and concert credits, a phone the tagger is sure of written
with a slash, a handle given as "we're", a code a room opens with, "is" in Darija after the Wi-Fi, a crew
role as a form's field, an animal's tag number; own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.recognizers import _NAME_TRIGGER
from privacy.scrub import _plausible_tagged, _sure_local_phone
from tests.helpers import spans_of, tagged_at, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    "text",
    [
        "the ferry from Santiago de Cuba was late again",
        "the vineyard is just outside Santa Maria de Jetibá",
    ],
)
def test_a_place_named_in_full_with_a_particle_is_no_person(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_person_with_a_particle_stays_a_person(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "my friend Maria de Souza called", "PERSON") == ["Maria de Souza"]


@pytest.mark.parametrize(
    "text",
    [
        "Terrebonne Parish has the shrimp boats",
        "we moved the herd to Kiambu County last spring",
        "Songkick 3.1 broke my calendar",
        "they opened with Op. 9",
        "Fecha de nac.: 4/9/1981",
    ],
)
def test_places_programs_and_labels_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_catalogue_code_after_its_reference_word_is_no_secret() -> None:
    for text, value in (
        ("the ISRC is GB-A1B-25-00311", "GB-A1B-25-00311"),
        ("ISBN 978-0-14-312774-1", "978-0-14-312774-1"),
    ):
        assert not _plausible_tagged(text, tagged_at(text, value))


@pytest.mark.parametrize(
    ("text", "name"),
    [("dir. Ana Ruiz", "Ana Ruiz"), ("a short film directed by Tomás Ybarra", "Tomás Ybarra")],
)
def test_credits_name_a_person(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_a_sure_phone_with_a_slash() -> None:
    text = "ring the studio on 011/532-904 before noon"
    assert _sure_local_phone(text, tagged_at(text, "011/532-904", "PHONE_NUMBER", 0.995))


def test_a_handle_given_as_we_are(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "on Bandcamp we're dust-and-brass-3", "USERNAME") == ["dust-and-brass-3"]


def test_a_code_a_room_opens_with(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the rehearsal rooms open with 740213", "SECRET") == ["740213"]
    assert spans_of(scrubber, "the show opens with 1500 chairs set out", "SECRET") == []


def test_darija_is_after_the_wifi(scrubber) -> None:  # noqa: ANN001
    text = "lwifi dyal dar howa Atlas#Gnawa7"
    assert spans_of(scrubber, text, "SECRET") == ["Atlas#Gnawa7"]
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_word_glued_to_an_at_sign_is_no_name(scrubber) -> None:  # noqa: ANN001
    text = "l code dyal lwifi f dar lila howa Kasbah@Lila"
    assert spans_of(scrubber, text, "PERSON") == []
    assert spans_of(scrubber, text, "SECRET") == ["Kasbah@Lila"]


def test_a_crew_role_is_a_form_field() -> None:
    for label in ("Deckhand: ", "skipper: ", "Crew member 2: "):
        assert _NAME_TRIGGER.search(label), label


def test_an_animals_tag_number_is_no_phone(scrubber) -> None:  # noqa: ANN001
    found = typed_spans(scrubber, "ear tag 372 000 441 902 117 is the lame ewe")
    assert [t for t, _ in found if t in ("PHONE_NUMBER", "USERNAME")] == []


def test_a_tagged_name_running_on_from_the_rules_name_is_one_name(scrubber) -> None:  # noqa: ANN001
    # "Tariq" is a frequent English token, so the rules kept only "Benali"; the tagger read both words
    assert spans_of(scrubber, "my friend Tariq Benali", "PERSON") == ["Tariq Benali"]
