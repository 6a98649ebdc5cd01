"""Round 48 of PII detection, read from held-out 73 and 74: a Lithuanian phone with its trunk "8" inside the
area code's brackets and a Lithuanian street with its "g."; an Alemannic "gebora" after a birth date; a lock
on something someone owns; a service's login named for its database with "DB" glued on; a Japanese given name
before its honorific; initials before a surname with its particle in a guardian's name field; someone who
has a club's login. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.scrub import _plausible_tagged
from tests.helpers import spans_of, tagged_at

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("the farm shop's number is (8 528) 51 604, ask for the honey", "(8 528) 51 604"),
        ("CALL THE DAIRY ON (8 45) 612 345 AFTER SIX", "(8 45) 612 345"),
    ],
)
def test_a_lithuanian_phone_with_its_trunk_in_the_brackets(scrubber, text: str, phone: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("the boxes go to Vilniaus g. 12-4, LT-44281 Kaunas on friday", "Vilniaus g. 12-4, LT-44281 Kaunas"),
        ("drop the keys at K. Donelaičio g. 7 before noon", "K. Donelaičio g. 7"),
        # the town ends the address, and the word after it is no part of it
        ("the parcels go to Žalgirio g. 88, LT-09300 Vilnius first", "Žalgirio g. 88, LT-09300 Vilnius"),
        ("we moved to Laisvės al. 53, it's above the bakery", "Laisvės al. 53"),
    ],
)
def test_a_lithuanian_street(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "add 5 g. 10 minutes later, then stir",
        "Gauss g. 9.81 is what the formula uses",
        "the Kaunas office has 12 desks",
    ],
)
def test_grams_and_a_town_are_no_lithuanian_street(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == []


def test_gebora_after_the_date_makes_it_a_birth_date(scrubber) -> None:  # noqa: ANN001
    text = "si isch am 3. Mai 1979 gebora, schriibs uf s formular"
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == ["3. Mai 1979"]


def test_a_date_without_a_birth_word_is_no_birth_date(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "am 3. Mai 1979 gab es schnee", "DATE_OF_BIRTH") == []


def test_a_lock_on_someones_thing(scrubber) -> None:  # noqa: ANN001
    text = "the padlock on the neighbour's bike shed is 5821, put it back after"
    assert spans_of(scrubber, text, "SECRET") == ["5821"]


def test_a_login_named_for_its_database_with_db_glued_on(scrubber) -> None:  # noqa: ANN001
    text = "DATABASE_URL=postgres://lendengine:Tarn8841@db:5432/LendEngineDB"
    assert spans_of(scrubber, text, "USERNAME") == []
    assert spans_of(scrubber, text, "SECRET") == ["Tarn8841"]


def test_a_persons_login_in_a_link_stays(scrubber) -> None:  # noqa: ANN001
    text = "DATABASE_URL=postgres://kaiparker:Tarn8841@db:5432/LendEngineDB"
    assert spans_of(scrubber, text, "USERNAME") == ["kaiparker"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("さくらちゃん's dad is bringing the cake", ["さくら"]),
        ("蓮くん left his jumper at the club", ["蓮"]),
        ("ask 高橋さん about the rota", ["高橋"]),
    ],
)
def test_a_japanese_name_before_its_honorific(scrubber, text: str, names: list[str]) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "my お母さん packed the lunch",
        "the 赤ちゃん is asleep at last",
        "the 大家さん wants the rent on monday",
    ],
)
def test_a_kinship_or_trade_word_before_an_honorific_is_no_name(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_initials_and_a_surname_with_its_particle_in_a_guardians_field(scrubber) -> None:  # noqa: ANN001
    text = '{"pupil": 14, "guardian_name": "J.W. de Haan", "allergies": "none"}'
    assert spans_of(scrubber, text, "PERSON") == ["J.W. de Haan"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("TAKODA has the scout troop's login, it's Birch7741", "TAKODA"),
        ("Okonjo has our shared account now", "Okonjo"),
    ],
)
def test_whoever_has_the_login_is_a_person(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_a_big_town_with_the_keys_to_a_title_is_no_person(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Madrid has the keys to the league title now", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "value", "plausible"),
    [
        ("rebirth of the band, 3 June 1995", "3 June 1995", False),
        ("the rebirth of the club on 12.04.2001 was a party", "12.04.2001", False),
        # a birth word near keeps it
        ("after her rebirth as a singer she gave her birth date, 3 June 1995", "3 June 1995", True),
    ],
)
def test_a_sure_tagged_date_after_a_rebirth_is_no_birth_date(text: str, value: str, plausible: bool) -> None:
    assert _plausible_tagged(text, tagged_at(text, value, "DATE_OF_BIRTH", 0.91)) is plausible
