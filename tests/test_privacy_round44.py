"""Round 44 of PII detection, read from held-out 65 and 66: where a code is kept, then the code itself at
the end of the sentence; an APRS-IS passcode in Dire Wolf's config; a register's surname in capitals and
its initials without full stops; own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.scrub import _plausible_tagged
from tests.helpers import spans_of, tagged_at

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the code for the bike shed is on the back of the calendar, 4417", "4417"),
        ("THE CLUB WIFI PASSWORD IS TAPED UNDER THE KETTLE, FERRY88-DOCK", "FERRY88-DOCK"),
        ("she wrote the shared login inside the cover of the logbook, tidewater_77", "tidewater_77"),
        ("the pin for the key safe is on the whiteboard in room 12, 90817", "90817"),
    ],
)
def test_where_a_code_is_kept_then_the_code(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "the zip code is on the form, 90210",
        "the code is in the repo on github, main",
        "the dress code is on the invite, smart casual",
        "the password reset link is in your inbox, thanks",
    ],
)
def test_where_a_code_is_kept_with_no_code_after(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == []


def test_an_aprs_is_passcode_in_dire_wolf_config(scrubber) -> None:  # noqa: ANN001
    text = "MYCALL M0ABC-10\nIGSERVER euro.aprs2.net\nIGLOGIN M0ABC-10 21398\n"
    assert spans_of(scrubber, text, "SECRET") == ["21398"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("TREGONING P J is on the rota for the sluice gates tonight", "TREGONING P J"),
        ("the list says PENHALIGON A R M, then the two students", "PENHALIGON A R M"),
    ],
)
def test_a_surname_in_capitals_then_initials(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize("text", ["you need GRADE A B to pass", "see PART A B, then sign"])
def test_a_word_in_capitals_then_letters_is_no_name(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "plausible"),
    [
        ("a loja abriu em 03/04/2019", False),
        ("the café opened on 03/04/2019", False),
        ("la tienda cerró el 03/04/2019", False),
        ("a vó nasceu em 03/04/1939", True),
    ],
)
def test_a_sure_tagged_birth_date_after_another_event(text: str, plausible: bool) -> None:
    # round 44's tagger read "a loja abriu em 03/04/2019" (the shop opened) as a birth date
    value = text.split()[-1]
    assert _plausible_tagged(text, tagged_at(text, value, "DATE_OF_BIRTH", 0.95)) is plausible
