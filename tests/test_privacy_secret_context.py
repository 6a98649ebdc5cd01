"""Round 15: secrets by general mechanisms. Credential words of many languages on a folded view, XML
elements named for a credential, and password-shaped tokens handed over in a sentence about logging in,
an account, an app, a door or a code; identifier shapes (versions, hashes, UUIDs, hosts) stay."""

from __future__ import annotations

import pytest

from privacy.scrub import Scrubber
from privacy.secret_context import fold_keep_length, strong_password_shape

pytestmark = pytest.mark.usefixtures("sockets_blocked")


def _secrets(scrubber: Scrubber, text: str) -> list[str]:
    return [text[r.start : r.end] for r in scrubber.find(text) if r.entity_type == "SECRET"]


def test_fold_keeps_every_position() -> None:
    text = "Nuuts üg: Žluť’s ŁÓDŹ"
    folded = fold_keep_length(text)
    assert len(folded) == len(text)
    assert folded.startswith("nuuts ug: zlut's")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tenimiafina ny wifi: Kaho2019!", "Kaho2019!"),  # Malagasy, one word
        ("nuuts üg: @7xq*pw#lk", "@7xq*pw#lk"),  # Mongolian; a value with symbols is no handle
        ("NUUTS ÜG: tarvaga-steppe-river-9", "tarvaga-steppe-river-9"),
        ("kupuhipa mo te whare: Ruru88kiwi", "Ruru88kiwi"),  # Maori
        ("the courier asked for the parcel pin, it's 40917", "40917"),
        ("wachtwurd is Fryslan2020x", "Fryslan2020x"),  # Frisian
    ],
)
def test_credential_words_of_many_languages(placeholder: Scrubber, text: str, value: str) -> None:
    assert _secrets(placeholder, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "the secret is patience",
        "pin the poster to the wall, it's crooked",
        "teny miafina: example",
        "the pin is in the drawer",
    ],
)
def test_credential_words_leave_words(placeholder: Scrubber, text: str) -> None:
    assert _secrets(placeholder, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('<Secret encoding="hex">Zr8kTq2mLp</Secret>', "Zr8kTq2mLp"),
        ("<pwd>plainpass22</pwd>", "plainpass22"),
        ('<cfg:Pass mode="x">quokka-7-lime</cfg:Pass>', "quokka-7-lime"),
    ],
)
def test_xml_element_named_for_a_credential(placeholder: Scrubber, text: str, value: str) -> None:
    # only the element's text: its attributes are no secret
    assert _secrets(placeholder, text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the shed code for the bike shed is Muffin1977", "Muffin1977"),
        ("the gym app account i share with mum is Lantern2011", "Lantern2011"),
        ("the plumber gave me Kx7pQ2wz for the tenant portal", "Kx7pQ2wz"),
        ("the quilting forum login is rain-button-garden-4, ask me before posting", "rain-button-garden-4"),
    ],
)
def test_password_shaped_token_handed_over(placeholder: Scrubber, text: str, value: str) -> None:
    assert _secrets(placeholder, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "release is v2.10.3, commit is a3f9c2d1e4 on the login branch",
        "our door is painted blue, the code is on the fridge",
        "the tracking code is JD014600003828 for the parcel",
        "the app server is api.example.org and the login page is /signin",
        "the door app says hello is the greeting",
    ],
)
def test_identifiers_and_words_in_credential_sentences_stay(placeholder: Scrubber, text: str) -> None:
    assert _secrets(placeholder, text) == []


def test_a_login_name_stays_a_username(placeholder: Scrubber) -> None:
    text = "my club login is ana_b72"
    assert [(r.entity_type, text[r.start : r.end]) for r in placeholder.find(text)] == [
        ("USERNAME", "ana_b72")
    ]


@pytest.mark.parametrize(
    ("value", "shaped"),
    [
        ("Rover1950", True),
        ("JvUgXWr2", True),
        ("Vex_d2029", True),
        ("Ab!cdEfg", True),
        ("v2.10.3", False),
        ("a3f9c2d1e4", False),
        ("ABC12345", False),
        ("password", False),
        ("1500mbps", False),
        ("short1", False),
    ],
)
def test_strong_password_shape(value: str, shaped: bool) -> None:
    assert strong_password_shape(value) is shaped


def test_canary_secret_never_survives(placeholder: Scrubber) -> None:
    canary = "Qz7canary4471"
    out = placeholder.scrub(f"the landlord gave us {canary} for the boiler app")
    assert canary not in out and "<SECRET>" in out
