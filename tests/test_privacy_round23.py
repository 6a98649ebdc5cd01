"""Round 23 of PII detection: password hashes by their format, word-number-word and word-year passwords
where a value stands, well-known places (countries, capitals, US states) kept, and one lower-case word
no gazetteer or name list knows is no place (own examples)."""

from __future__ import annotations

import pytest

from privacy.names import well_known_places
from privacy.secret_context import generated_password, joined_words_password, word_year_password
from tests.helpers import assert_canaries_kept_out, spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")

BCRYPT = "$2b$12$Qw8rT1uVxYz3AbCdEfGhIuJkLmNoPqRsTuVwXyZ0123456789abcde"
ARGON2 = "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHR2YWx1ZQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"
SHA512_CRYPT = "$6$rounds=5000$Xy7saltQ$Kq1vR2mN3bL4cH5dJ6eF7gA8hS9iT0uW1xY2zA3bC4dE5fG6hI7jK8lM9nO0pQ1r"
SSHA = "{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g3rZbQ"
PBKDF2 = "pbkdf2_sha256$600000$Zq7PsaltX9$Vq0sJ3h5Xn2k8YdEo1Rt4Lm6Wc9Bf3Ga7Hu2Ji5Ko8Lp="


@pytest.mark.parametrize("value", [BCRYPT, ARGON2, SHA512_CRYPT, SSHA, PBKDF2])
def test_password_hashes_are_secrets_by_format(scrubber, value: str) -> None:  # noqa: ANN001
    # no cue word at all: a row of an exported users table
    text = f"row 17 -> ops_team,{value},active"
    assert spans_of(scrubber, text, "SECRET") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "costs $2 and $12 at the kiosk",
        "the price went from $6 to $7 overnight",
        "{SHA} is just the label for the algorithm",
        "pbkdf2_sha256 is the default hasher in django",
    ],
)
def test_hash_lookalikes_are_no_secret(scrubber, text: str) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, text, "SECRET")


@pytest.mark.parametrize("token", ["Lantern-482-moss", "Copper-77-field", "Harbour-305-quiet"])
def test_word_number_word_passwords(token: str) -> None:
    assert joined_words_password(token)


@pytest.mark.parametrize("token", ["fix-123-login", "route-66-diner", "covid-19-update", "SALE-50-OFF"])
def test_slugs_with_a_number_inside_are_no_password(token: str) -> None:
    assert not joined_words_password(token)


@pytest.mark.parametrize("token", ["Thistle1974", "Harbour2019!", "Gravel1958"])
def test_word_year_shapes(token: str) -> None:
    assert word_year_password(token) and generated_password(token)


@pytest.mark.parametrize("token", ["Windows2000", "Office2019", "Expo2020", "ticket1234", "Item19", "Ab1999"])
def test_products_references_and_short_words_with_a_year_are_no_password(token: str) -> None:
    assert not word_year_password(token)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the allotment shed portal, same as last time: Thistle1974", "Thistle1974"),
        ("cycling club tablet unlocks with Copper-77-field, keep it quiet", "Copper-77-field"),
        ("for the bakery till it is always Gravel1958", "Gravel1958"),
    ],
)
def test_shapes_where_a_value_stands(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert secret in spans_of(scrubber, text, "SECRET")


@pytest.mark.parametrize(
    "text",
    [
        "we still run Windows2000 in the lab",
        "see you at Expo2020 next week",
        "the Thistle1974 archive is big",
    ],
)
def test_word_year_mid_sentence_stays(scrubber, text: str) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, text, "SECRET")


def test_countries_capitals_and_states_are_well_known() -> None:
    places = well_known_places()
    assert {"russia", "suva", "wisconsin", "montevideo"} <= places
    assert "springfield" not in places


@pytest.mark.parametrize(
    "text",
    [
        "Grozny is one of the largest cities in Russia",
        "Apia is the capital of Samoa and Suva the capital of Fiji",
        "the lake is in minnesota, not wisconsin",
    ],
)
def test_well_known_places_stay(scrubber, text: str) -> None:  # noqa: ANN001
    assert not [t for t, _ in typed_spans(scrubber, text) if t in ("LOCATION", "STREET_ADDRESS")]


def test_lower_case_unlisted_word_is_no_place_but_towns_and_addresses_are(scrubber) -> None:  # noqa: ANN001
    # spaCy may call a word of another language a place; no gazetteer or name list knows it
    text = "mera code Qz7!mP2xLk hai, yaar"
    assert not [t for t, _ in typed_spans(scrubber, text) if t == "LOCATION"]
    assert spans_of(scrubber, text, "SECRET") == ["Qz7!mP2xLk"]
    # beside a plot or house number a lower-case word is part of an address and stays masked
    text = "post it to kindia quartier hamdallaye, carré 12, lot 40"
    assert "hamdallaye" in " ".join(span for _, span in typed_spans(scrubber, text))
    # a lower-case town any gazetteer knows is still a place
    assert typed_spans(scrubber, "i grew up in springfield") == [("LOCATION", "springfield")]


ROUND23_CANARIES = {
    "bcrypt hash": BCRYPT,
    "ssha hash": SSHA,
    "word-number-word": "Canary-417-river",
    "word-year": "Canarywood1987",
}


async def test_round23_canaries_stay_out_of_the_database_and_logs(service, settings, caplog) -> None:  # noqa: ANN001
    c = ROUND23_CANARIES
    texts = [
        f"backup of the users table: admin,{c['bcrypt hash']},2024",
        f"ldap export line userPassword: {c['ssha hash']}",
        f"the boathouse tablet, same as always, {c['word-number-word']}",
        f"choir portal login, same as last year: {c['word-year']}",
    ]
    await assert_canaries_kept_out(service, settings, caplog, c, texts, stored=b"backup of the users table")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("the new office is Calle Luna 12, Barrio Sur, Tarija", "Calle Luna 12, Barrio Sur, Tarija"),
        ("the kiln moved to Quartier Sinthian, BP 118, Kolda", "Quartier Sinthian, BP 118, Kolda"),
        ("pottery fair at quartier medina, porte 41, kolda this week", "quartier medina, porte 41, kolda"),
    ],
)
def test_comma_separated_address_pieces_are_one_address(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    spans = typed_spans(scrubber, text)
    assert ("STREET_ADDRESS", address) in spans
    assert not [t for t, _ in spans if t in ("PERSON", "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        "invite Ana, Ben, table 4, and Carl",
        "results: Lisbon, round 2, Porto, round 3",
        "Ana, 34, Lisbon",
        "bring bread, eggs 6, milk and Maria",
        "name,Ana Lima,Row 4,Lisbon",
        "the plumber, Tiago Mendes, charged 300 for the sink",
    ],
)
def test_lists_are_no_address_chain(scrubber, text: str) -> None:  # noqa: ANN001
    assert "STREET_ADDRESS" not in {t for t, _ in typed_spans(scrubber, text)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("meeting Tavita at Flat 21, Rose Court, Anna Salai on monday", "Tavita"),
        (
            "our coach Mukami Wanjiru lives at No. 44, Lane 3, Kiserian Village, Kajiado County",
            "Mukami Wanjiru",
        ),
    ],
)
def test_address_chain_leaves_the_person_before_it(scrubber, text: str, person: str) -> None:  # noqa: ANN001
    spans = typed_spans(scrubber, text)
    assert ("PERSON", person) in spans
    assert [span for t, span in spans if t == "STREET_ADDRESS"][0].startswith(("Flat 21", "No. 44"))
