"""Round 17 of PII detection: general mechanisms for secrets, the typing of logins, handles and ISO dates.

Examples are written for these tests (none is copied from a held-out set)."""

from __future__ import annotations

import pytest

from privacy.cues import login_value_is_password
from privacy.scrub import Scrubber
from privacy.secret_context import context_secrets, fold_with_map, random_mixed
from tests.helpers import typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


# --- the folded view drops combining marks and maps back to the raw text


def test_fold_with_map_drops_combining_marks_and_keeps_positions() -> None:
    text = "o\u0323\u0300ro\u0323\u0300 x"  # "ọ̀rọ̀" typed with combining dot and grave
    folded, where = fold_with_map(text)
    assert folded == "oro x"
    assert text[where[folded.index("x")]] == "x"
    assert where[-1] == len(text)


# --- random passwords: capitals by chance, not CamelCase or acronyms


@pytest.mark.parametrize(
    ("value", "random"),
    [
        ("qWErtuZp07k", True),
        ("*4tR@*ko+Vm8Q", True),
        ("LmQ3ox9PzrT", True),
        ("GitLabRunner12", False),  # CamelCase words
        ("iPad2024Pro", False),
        ("SMTPRelay99", False),  # an acronym then a word
        ("deadbeef00AA", False),  # hex
        ("ana.B@Mail.com", False),  # an e-mail
        ("QwErTyUiOp", False),  # no digit or symbol
    ],
)
def test_random_mixed(value: str, random: bool) -> None:
    assert random_mixed(value) is random


# --- credential words of any language: inflected, before any "is", on text with combining marks


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("im paroliy Tulip88Rain! e", "Tulip88Rain!"),  # an inflected credential word
        ("paroli aris kT7vQmZ2wXpa", "kT7vQmZ2wXpa"),  # another language's "is" as a bare word
        ("o\u0323\u0300ro\u0323\u0300 as\u0323i\u0301na\u0300 mi ni Harbor7731x", "Harbor7731x"),
        ("okwuntughe m bu GRAPE55lantern", "GRAPE55lantern"),
        ("paroli: WHEAT-FOX-19-STONE", "WHEAT-FOX-19-STONE"),  # a passphrase in capitals
    ],
)
def test_credential_words_of_any_language(placeholder: Scrubber, text: str, secret: str) -> None:
    assert ("SECRET", secret) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "my secretary is in the office today",  # "secret" + "ary" is another word
        "the secret garden is a lovely book",
        "paroli aris kargi",  # a word, no password shape
        "the pin on the map points at 3 doors",
    ],
)
def test_credential_words_leave_words_alone(placeholder: Scrubber, text: str) -> None:
    assert not [v for t, v in typed_spans(placeholder, text) if t == "SECRET"]


# --- a credential named in a link's query, codes right after the word "code", key boxes


def test_query_parameter_named_for_a_credential(placeholder: Scrubber) -> None:
    text = "https://media.example.net/f?sv=2021-08-06&sp=r&sig=Q7pX2mK9vR4tLw8zN3bH6cJ1dF5gS0yA%3D"
    secrets = [v for t, v in typed_spans(placeholder, text) if t == "SECRET"]
    assert secrets and secrets[0].startswith("Q7pX2mK9vR4tLw8zN3bH6cJ1dF5gS0yA")


def test_query_parameter_with_a_plain_value_is_no_credential() -> None:
    # words, or a short value, in a credential-named parameter: no random token
    assert not list(context_secrets("see https://shop.example.com/banner?sig=summer_sale_banner_wide"))
    assert not list(context_secrets("see https://shop.example.com/cart?token=expired"))


def test_code_right_after_the_word(placeholder: Scrubber) -> None:
    assert ("SECRET", "MOSS41lake") in typed_spans(placeholder, "bike shed: gate code MOSS41lake")
    assert ("SECRET", "bR7*kLq2+Xz") in typed_spans(placeholder, "the locker code bR7*kLq2+Xz")


def test_code_right_after_the_word_needs_a_password_shape(placeholder: Scrubber) -> None:
    assert not [v for t, v in typed_spans(placeholder, "the promo code SUMMER at checkout") if t == "SECRET"]


def test_key_box_code(placeholder: Scrubber) -> None:
    assert ("SECRET", "4417") in typed_spans(placeholder, "the key box is 4417, keep it quiet")


# --- after a bare "login", password shapes are secrets, login names stay usernames


@pytest.mark.parametrize(
    "value",
    [
        "river.clock.paper",
        "Garden482Window",
        "stone77garden",
        "COBALT1999#12",
        "mQ4tZr8KwPe",
        "rain-42-table-cup",
    ],
)
def test_login_value_is_password(value: str) -> None:
    assert login_value_is_password(value)


@pytest.mark.parametrize("value", ["ana_b72", "maria.lopez", "jdoe", "ana.lima.pt", "k_ito"])
def test_login_value_is_a_name(value: str) -> None:
    assert not login_value_is_password(value)


def test_login_sentence_types_password_shapes_as_secrets(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "the choir portal login is river.clock.paper if needed") == [
        ("SECRET", "river.clock.paper")
    ]
    assert typed_spans(placeholder, "THE PORTAL LOGIN IS COBALT1999#12 TODAY") == [
        ("SECRET", "COBALT1999#12")
    ]
    assert typed_spans(placeholder, "my club login is ana_b72") == [("USERNAME", "ana_b72")]


# --- handles by their shape beside an app, even an app of two words


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("I'm shot.by.kemi on flickr, say hi", "shot.by.kemi"),
        ("MY TRAIL FORUM IS TOMAS_CLIMBS_V4", "TOMAS_CLIMBS_V4"),
        ("my knitting stuff is on ravelry, yarn_by_odile", "yarn_by_odile"),
    ],
)
def test_handle_shapes_beside_an_app(placeholder: Scrubber, text: str, handle: str) -> None:
    assert ("USERNAME", handle) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    ["I'm ready_to_go on time", "my config file is settings.local.yaml", "on monday, see_you_later"],
)
def test_handle_shapes_leave_files_and_phrases(placeholder: Scrubber, text: str) -> None:
    assert not [v for t, v in typed_spans(placeholder, text) if t == "USERNAME"]


# --- ISO 8601 week and ordinal dates of birth


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("born 1984-W22-4 in the spring", "1984-W22-4"),
        ("dob_week: 1991-W05-1", "1991-W05-1"),
        ("Geburtsdatum (JJJJ-TTT): 1982-143", "1982-143"),
        ("my birthday is 1999-032 if you count days", "1999-032"),
    ],
)
def test_iso_week_and_ordinal_dates_of_birth(placeholder: Scrubber, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "release 2024-W10 ships on time",
        "ticket 1982-143 was closed",
        "day 2001-367 does not exist, born or not",
    ],
)
def test_iso_week_and_ordinal_dates_need_a_birth_cue_and_a_real_day(placeholder: Scrubber, text: str) -> None:
    assert not [v for t, v in typed_spans(placeholder, text) if t == "DATE_OF_BIRTH"]


# --- passwords whose shape no word, handle or identifier has, handed over in any sentence


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the shared streaming account is pomk&w7zq3e, enjoy", "pomk&w7zq3e"),
        ("grandma's tablet is Candle512River now", "Candle512River"),
        ("the site wanted a new one, I used Garden73Yellow", "Garden73Yellow"),
        ("our tv box is rT5vWq9LmZ2k if it asks", "rT5vWq9LmZ2k"),
    ],
)
def test_unmistakable_passwords_in_any_sentence(placeholder: Scrubber, text: str, secret: str) -> None:
    assert ("SECRET", secret) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "the file is notes_2024&draft.pdf",
        "the score is 3-1 and the answer is 42",
        "the model is GPT4o, the best one",
        "her e-mail is ana.b@mail.example",
        "client = Acme.ClientV2(timeout=3)",  # code
        "Via: SIP/2.0/UDP host;branch=z9hG4bKq81xZkw",  # a protocol's transaction id
    ],
)
def test_unmistakable_passwords_leave_other_shapes(placeholder: Scrubber, text: str) -> None:
    assert not [v for t, v in typed_spans(placeholder, text) if t == "SECRET"]


def test_authorization_header_value_as_it_is(placeholder: Scrubber) -> None:
    assert ("SECRET", "Maple48Harbor") in typed_spans(placeholder, "> Authorization: Basic Maple48Harbor")


def test_session_cookie_value(placeholder: Scrubber) -> None:
    text = '{"name": "Cookie", "value": "sessionid=q8w7e6r5t4y3u2i1o0pa9s8d"}'
    assert ("SECRET", "q8w7e6r5t4y3u2i1o0pa9s8d") in typed_spans(placeholder, text)
    assert not [v for t, v in typed_spans(placeholder, "session=short") if t == "SECRET"]


def test_dictionary_passphrase_after_the_code_word(placeholder: Scrubber) -> None:
    assert ("SECRET", "window.garden.river") in typed_spans(placeholder, "alarm code window.garden.river")
    assert not [v for t, v in typed_spans(placeholder, "error code module.not.found") if t == "SECRET"]


def test_access_code_changed_to(placeholder: Scrubber) -> None:
    assert ("SECRET", "731904") in typed_spans(placeholder, "the garage code changed to 731904")
    assert ("SECRET", "5521") in typed_spans(placeholder, "the door code was reset to 5521 today")


# --- logins where config formats put them; public keys are no secret


def test_routeros_user_add_name(placeholder: Scrubber) -> None:
    assert ("USERNAME", "odile_fixes_bikes") in typed_spans(
        placeholder, "/user add name=odile_fixes_bikes group=read"
    )


def test_ssh_public_key_comment_is_a_login_and_the_key_no_secret(placeholder: Scrubber) -> None:
    text = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKx9 mara_and_biscuit@desktop"
    assert typed_spans(placeholder, text) == [("USERNAME", "mara_and_biscuit")]


def test_handle_after_the_app_and_a_pronoun(placeholder: Scrubber) -> None:
    assert ("USERNAME", "sewsbyleni") in typed_spans(
        placeholder, "found the seller on depop, she's sewsbyleni"
    )
    assert not [v for t, v in typed_spans(placeholder, "we met on holiday, she's lovely") if t == "USERNAME"]
