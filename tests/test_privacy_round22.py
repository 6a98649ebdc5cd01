"""Round 22 of PII detection: after an explicit credential key the whole value is the secret, and dotted
or underscored passphrases where a value stands (own examples)."""

from __future__ import annotations

import pytest

from privacy.secret_context import dotted_passphrase, generated_password
from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize("token", ["moss.ladder.cinema", "river.copper.window", "garden.silver.rocket.pond"])
def test_dotted_passphrase_shapes(token: str) -> None:
    assert dotted_passphrase(token)


@pytest.mark.parametrize(
    "token",
    [
        "os.path.join",  # a code path: short part, code words
        "user.profile.name",  # an attribute chain
        "settings.db.password",  # a reference to a setting
        "shop.london.guide",  # a host: ".guide" is a public suffix
        "mail.example.net",  # a host
        "notes.backup.txt",  # a file
        "Moss.Ladder.Cinema",  # capitals: a title, not a generated phrase
        "moss.ladder",  # two words
    ],
)
def test_dotted_lookalikes_are_no_passphrase(token: str) -> None:
    assert not dotted_passphrase(token)


def test_one_rarer_word_in_an_underscored_passphrase() -> None:
    assert generated_password("Tempura_behind_52")
    assert not generated_password("tempura_behind_zebra")  # no number
    assert not generated_password("fix_login_bug_3")  # a slug: no capital


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("DB_ROOT_PASSWORD=river.copper.window", "river.copper.window"),
        ("  mailAdminPassword: lantern only by seven", "lantern only by seven"),
        ("smtp_pass = tidal apron fiddle", "tidal apron fiddle"),
        ('set password "orbit velvet under pond" for the relay', "orbit velvet under pond"),
        ("vault_password = 'quiet harbor tin drum'", "quiet harbor tin drum"),
    ],
)
def test_whole_value_after_an_explicit_key(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [secret]
    assert secret not in scrubber.scrub(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the router finally took it, it's river.copper.window btw", "river.copper.window"),
        ("when it prompts you just type Tempura_behind_52 and press enter", "Tempura_behind_52"),
        ("I entered Harbor29?lamp and the gate opened", "Harbor29?lamp"),
        ("the kiosk kept saying no until I typed garden.silver.rocket ha", "garden.silver.rocket"),
    ],
)
def test_passphrase_where_a_value_stands(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert secret in spans_of(scrubber, text, "SECRET")


@pytest.mark.parametrize(
    "text",
    [
        "in python just type os.path.join and the path is built",
        "the config reads settings.db.password at start",
        "Password: please pick a long one",  # a sentence's label, not a config key
        "docs say to type shop.london.guide into the browser",
        "I opened notes.backup.txt and it was empty",
        "the password 'field' is required",
        "DB_PASSWORD=${DB_PASSWORD}",
    ],
)
def test_lookalikes_stay(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == []


def test_config_value_stops_at_another_key(scrubber) -> None:  # noqa: ANN001
    text = "dbPassword: Vex9kettle user: ana"
    assert spans_of(scrubber, text, "SECRET") == ["Vex9kettle"]


def test_variable_before_a_command_ends_at_the_space(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "MYSQL_PWD=Tern4ladder mysql -u ana", "SECRET") == ["Tern4ladder"]
