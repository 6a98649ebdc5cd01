"""Round 42 of PII detection, read from held-out 61 and 62: a dotted quad near a card word is an IP
address, not a card; the name fields of more kinds of record ("customer_name"); a marketplace's seller
or buyer by the name the site shows; a name a cue found before a comma and an address the tagger read
whole; own examples, not the sets' sentences."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from privacy.scrub import TAGGER, merge_tagged
from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    "text",
    [
        "the card reader at the till is on 10.20.130.211, restart it if it hangs",
        "card terminal ip: 192.168.201.144",
    ],
)
def test_a_dotted_quad_near_a_card_word_is_an_ip(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "CREDIT_CARD") == []
    assert len(spans_of(scrubber, text, "IP_ADDRESS")) == 1


def test_a_grouped_card_near_a_card_word_is_still_a_card(scrubber) -> None:  # noqa: ANN001
    text = "my card is 4111.1111.1111.1111 for the deposit"
    assert spans_of(scrubber, text, "CREDIT_CARD") == ["4111.1111.1111.1111"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('{"customer_name": "Wen", "order": 5512}', "Wen"),
        ("tenant_name: Oduya", "Oduya"),
        ("'guest_name': 'Ilse Brandt',", "Ilse Brandt"),
    ],
)
def test_the_name_field_of_a_record(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    ['"file_name": "Report", "size": 12', '"app_name": "Harbour"', '"project_name": "Lantern"'],
)
def test_the_name_field_of_a_thing_holds_no_person(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("the seller was lotte.vintage.88", "lotte.vintage.88"),
        ("on kleinanzeigen the seller was mart.adaeze.lagos", "mart.adaeze.lagos"),
        ("the Vinted seller for the coat was marit_kast", "marit_kast"),
        ("buyer: tomasz.k77 never paid", "tomasz.k77"),
        ("the seller was rosa_thrift.", "rosa_thrift"),
    ],
)
def test_a_marketplace_seller_or_buyer_by_the_name_the_site_shows(scrubber, text: str, login: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "USERNAME") == [login]
    assert spans_of(scrubber, text, "SECRET") == []


@pytest.mark.parametrize(
    "text",
    ["the seller was fine about it", "the seller was etsy.com itself", "the buyer is happy"],
)
def test_a_seller_described_in_words_is_no_login(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "USERNAME") == []


def _tagged(text: str, value: str, entity: str, score: float) -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult(
        entity, start, start + len(value), score, None, {RecognizerResult.RECOGNIZER_NAME_KEY: TAGGER}
    )


def _rule(text: str, value: str, entity: str, score: float) -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult(
        entity,
        start,
        start + len(value),
        score,
        None,
        {RecognizerResult.RECOGNIZER_NAME_KEY: "KaizenNameRecognizer"},
    )


def test_a_cued_name_before_a_comma_stays_a_name_before_a_tagged_address() -> None:
    text = "Ship to: Anneliese Okonjo, Hauptstraße 12, 8001 Zürich"
    name = _rule(text, "Anneliese Okonjo", "PERSON", 0.9)
    tagged = _tagged(text, "Anneliese Okonjo, Hauptstraße 12, 8001 Zürich", "STREET_ADDRESS", 0.99)
    merged = {(r.entity_type, text[r.start : r.end]) for r in merge_tagged(text, [name], [tagged])}
    assert merged == {("PERSON", "Anneliese Okonjo"), ("STREET_ADDRESS", "Hauptstraße 12, 8001 Zürich")}


def test_a_street_read_as_a_cued_name_stays_in_the_tagged_address() -> None:
    text = "to: Calle Mayor, 5, 28013 Madrid"
    name = _rule(text, "Calle Mayor", "PERSON", 0.9)
    tagged = _tagged(text, "Calle Mayor, 5, 28013 Madrid", "STREET_ADDRESS", 0.99)
    merged = [(r.entity_type, text[r.start : r.end]) for r in merge_tagged(text, [name], [tagged])]
    assert merged == [("STREET_ADDRESS", "Calle Mayor, 5, 28013 Madrid")]
