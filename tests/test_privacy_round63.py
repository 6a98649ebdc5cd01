"""Round 63 of PII detection, read from held-out 103 and 104: Spanish "contraseña" is a password word
(the list held only Catalan "contrasenya"); a login's name with a joiner, named as a login ("her login on
the tablet is sohra-family"); "sent X as the one-time code"; backup, recovery and access codes in groups
of digits; a job advert's code is no secret; a form's label is no name ("Arbeitnehmer/in:", "Kart
numarası:", Russian "Дата рождения:", "Тел.:"); a step of a menu's path is no name; thanks and greetings
of Khasi, Turkish, Polish, Kashubian and Ndebele, alone or in a chain, are no names; a jobs or newsletter
mailbox at an example domain is no one's. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("la contraseña del router es Colibri#2291, no la compartas", "Colibri#2291"),
        ("contraseña: Tambo-Verde-41", "Tambo-Verde-41"),
    ],
)
def test_spanish_contrasena_is_a_password_word(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [value]


@pytest.fixture(scope="module")
def rules():  # noqa: ANN201
    from config.settings import PrivacySettings
    from privacy import Scrubber

    return Scrubber(PrivacySettings(tagger=False))


def test_the_rules_read_contrasena_without_the_tagger(rules) -> None:  # noqa: ANN001
    # (the learned tagger catches many of these on its own; the rule is what a tagger-less setup has)
    text = "la contraseña del Netflix es luna-cielo-verde-monte, no la cambies"
    assert spans_of(rules, text, "SECRET") == ["luna-cielo-verde-monte"]


def test_a_login_with_a_joiner_named_as_a_login(scrubber) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, "her login on the tablet is sohra-family") == [("USERNAME", "sohra-family")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the embassy portal sent 550273 as the one-time code", "550273"),
        ("his recovery codes start with 3318 9042, keep the paper safe", "3318 9042"),
        ("the remote support app gave me the access code 412 877 309, read it to me", "412 877 309"),
    ],
)
def test_one_time_backup_and_access_codes(scrubber, text: str, code: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [code]


def test_a_job_adverts_code_is_no_secret(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "job code PL-WLD-118, closing date 4 May", "SECRET") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arbeitnehmer/in: Grzegorz Labuda", "Grzegorz Labuda"),
        ("Kart numarası: 4539 1488 0343 6467", None),
        ("ФИО: Мусаева Зарема\nДата рождения: 02.02.1991\nТел.: +43 1 5122334", "Мусаева Зарема"),
    ],
)
def test_a_forms_label_is_no_name(scrubber, text: str, name: str | None) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == ([name] if name else [])


def test_a_step_of_a_menus_path_is_no_name(scrubber) -> None:  # noqa: ANN001
    text = "on the printer go to Settings > Network > Wireless Setup Wizard"
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    ["khublei shibun!", "sağol kardaş!", "dzięki wielkie!", "sikhona, linjani?", "Dzãkùjã!"],
)
def test_thanks_and_greetings_are_no_names(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_jobs_mailbox_at_an_example_domain_is_no_ones(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "send the CV to careers@example.com", "EMAIL_ADDRESS") == []


def test_who_fills_a_role_said_with_is(rules) -> None:  # noqa: ANN001
    # (the tagger retrained up to 104 no longer reads this phrasing; the rules do)
    assert spans_of(rules, "our caretaker is siosaia fifita", "PERSON") == ["siosaia fifita"]
    assert spans_of(rules, "the midwife is ngaire tautahi", "PERSON") == ["ngaire tautahi"]
    assert spans_of(rules, "the coach is late again", "PERSON") == []
