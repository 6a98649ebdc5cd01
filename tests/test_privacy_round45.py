"""Round 45 of PII detection, read from held-out 67 and 68: Slovene and Polish birth verbs; a translator's or
a rider's field; a name before a call name or before "is the one who"; an everyday word a sure tagger
reads as a name before its birth date; a lock on what it hangs from, typo and all; a password whose case
breaks inside it; a login named for its line's database or program is a service's. Own examples, not the
sets' sentences."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from privacy.cues import named_for_its_service
from privacy.scrub import RETYPE_SCORE, TAGGER, _plausible_tagged
from tests.helpers import spans_of, tagged_at

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("rojen sem 4. 2. 1957 in potrebujejo datum za vpis", "4. 2. 1957"),
        ("moja mama je rojena 23. 11. 1949", "23. 11. 1949"),
        ("urodziłam się 12.05.1988, to do formularza", "12.05.1988"),
    ],
)
def test_slovene_and_polish_birth_verbs(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


def test_a_date_without_a_birth_word_stays() -> None:
    from privacy.recognizers import birth_cue_near

    text = "the rota starts 4. 2. 2027 at the stables"
    assert not birth_cue_near(text, text.index("4."), text.index(" at"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Traduttore giurato: tin moe oo", "tin moe oo"),
        ("Translator: jo bramwell", "jo bramwell"),
        ("Übersetzerin: Ilse Wohlgemuth", "Ilse Wohlgemuth"),
    ],
)
def test_a_translators_field(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text", ["Translator: not known yet", "Interpreter: see below", "Owner: none", "Subtitles: english only"]
)
def test_a_persons_field_that_names_no_one(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tamsin (radio: Kestrel) takes the north loop today", "Tamsin"),
        ("ask Brannoc (aka Wheelie) for the spare key", "Brannoc"),
        ("so wenlock is the one who fixed the gears", "wenlock"),
    ],
)
def test_a_name_before_a_call_name_or_is_the_one_who(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert name in spans_of(scrubber, text, "PERSON")


@pytest.mark.parametrize("text", ["this is the one who fixed it", "the router (aka: the white box) is dead"])
def test_no_name_before_is_the_one_who_or_an_alias_of_a_thing(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def _tagged(text: str, value: str, score: float) -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult("PERSON", start, start + len(value), score, None, {"recognizer_name": TAGGER})


@pytest.mark.parametrize(
    "text", ["Rider: Harm, DOB 10/06/1960", "Handler: Rose (born 1971)", "Groom: Bliss, d.o.b. 3 May 1990"]
)
def test_a_sure_tagged_everyday_word_before_a_birth_date_is_a_name(scrubber, text: str) -> None:  # noqa: ANN001
    value = text.split(": ")[1].split(",")[0].split(" (")[0]
    sure = _tagged(text, value, 1.0)
    assert [text[r.start : r.end] for r in scrubber._select(text, [sure])] == [value]
    # an unsure tagger's guess at an everyday word is still dropped
    unsure = _tagged(text, value, RETYPE_SCORE - 0.2)
    assert scrubber._select(text, [unsure]) == []


def test_a_sure_tagged_everyday_word_with_no_birth_date_is_dropped(scrubber) -> None:  # noqa: ANN001
    text = "Rider: Harm, back on monday"
    assert scrubber._select(text, [_tagged(text, "Harm", 1.0)]) == []


@pytest.mark.parametrize(
    "text",
    [
        "the padlock on thhe cargo bike box is 5521",
        "THE PADLOCK ON THE BIG SHED DOOR IS 5521",
        "the lock on the back gate latch is 5521",
    ],
)
def test_a_lock_on_what_it_hangs_from(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == ["5521"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the library password is inside the cover of the atlas, PodgoraKV", "PodgoraKV"),
        ("the shared login is on the back of the rota, kestrelMX", "kestrelMX"),
    ],
)
def test_where_a_password_is_kept_then_a_word_whose_case_breaks(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [secret]


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("$ mysql -u fleetdb -pQ9w8e7r6 fleetdb", "fleetdb"),
        ("$ vikunja serve --db 'host=db user=vikunja password=x dbname=vikunja'", "vikunja"),
        ("DATABASE_URL=postgresql://outline:pw@db:5432/outline", "outline"),
    ],
)
def test_a_login_named_for_its_database_or_program(scrubber, text: str, login: str) -> None:  # noqa: ANN001
    start = text.index(login, text.index(login) + 1) if text.startswith("$ vikunja") else text.index(login)
    assert named_for_its_service(text, start, start + len(login))
    assert login not in spans_of(scrubber, text, "USERNAME")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("$ mysql -u dilnoza -pQ9w8e7r6 shopdb", "dilnoza"),
        ("sudo -u dilnoza ls /home/dilnoza", "dilnoza"),
        ("postgresql://dilnoza:pw@db:5432/shop", "dilnoza"),
        ("user=dilnoza password=x dbname=shop", "dilnoza"),
    ],
)
def test_a_persons_login_beside_a_database(scrubber, text: str, login: str) -> None:  # noqa: ANN001
    start = text.index(login)
    assert not named_for_its_service(text, start, start + len(login))
    assert login in spans_of(scrubber, text, "USERNAME")


@pytest.mark.parametrize(
    ("text", "value", "plausible"),
    [
        ("she was born with 3 kids 2001 style", "3 kids 2001", False),
        ("born 14 Pipiri 1984 in Gisborne", "14 Pipiri 1984", True),
        ("born 3rd of May 2001", "3rd of May 2001", True),
    ],
)
def test_a_tagged_birth_date_spelt_with_words_names_a_month(text: str, value: str, plausible: bool) -> None:
    # round 45's tagger read "3 kids 2001" after "born" as a birth date, sure enough to keep it
    assert _plausible_tagged(text, tagged_at(text, value, "DATE_OF_BIRTH", 0.95)) is plausible
