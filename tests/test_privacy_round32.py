"""Round 32 of PII detection: what the merge lost of the tagger's sure names (an initial before an
everyday word, a name heading an address), a date the tagger took for a password, a password word
deciding a value's type, and rule shapes read from held-out 41 and 42 (a phone line's owner in brackets,
a thing's number, placeholders, South Asian labelled addresses); own examples, not the sets' sentences."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from privacy.scrub import TAGGER, merge_tagged
from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


def _span(kind: str, text: str, value: str, source: str, score: float = 0.85) -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult(kind, start, start + len(value), score, None, {"recognizer_name": source})


def test_an_initial_before_an_everyday_word_is_a_name_where_the_tagger_is_sure(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Swim coach: J. Fields", "PERSON") == ["J. Fields"]


def test_a_sure_name_heading_an_address_stays_a_name() -> None:
    text = "Tenant: Ioana Marin, Str. Florilor nr. 5, Cluj"
    chain = _span("STREET_ADDRESS", text, "Ioana Marin, Str. Florilor nr. 5, Cluj", "AddressChain")
    name = _span("PERSON", text, "Ioana Marin", TAGGER, 0.98)
    merged = [(r.entity_type, text[r.start : r.end]) for r in merge_tagged(text, [chain], [name])]
    assert merged == [("PERSON", "Ioana Marin"), ("STREET_ADDRESS", "Str. Florilor nr. 5, Cluj")]


def test_an_unsure_name_heading_an_address_leaves_the_address_whole() -> None:
    text = "Tenant: Ioana Marin, Str. Florilor nr. 5, Cluj"
    chain = _span("STREET_ADDRESS", text, "Ioana Marin, Str. Florilor nr. 5, Cluj", "AddressChain")
    name = _span("PERSON", text, "Ioana Marin", TAGGER, 0.6)
    assert [r.entity_type for r in merge_tagged(text, [chain], [name])] == ["STREET_ADDRESS"]


def test_a_name_inside_a_rules_address_is_part_of_it() -> None:
    text = "at Vill: Baramchal, P.S.: Kulaura, Dist: Moulvibazar"
    address = _span("STREET_ADDRESS", text, "Vill: Baramchal, P.S.: Kulaura, Dist: Moulvibazar", "Rule", 0.9)
    name = _span("PERSON", text, "Kulaura", TAGGER, 0.97)
    assert [(r.entity_type, r.start, r.end) for r in merge_tagged(text, [address], [name])] == [
        ("STREET_ADDRESS", address.start, address.end)
    ]


def test_a_birth_date_the_tagger_calls_a_password_stays_a_birth_date() -> None:
    text = "my licence has my birthday wrong, it should be 14-MAR-1978"
    dob = _span("DATE_OF_BIRTH", text, "14-MAR-1978", "KaizenDateOfBirthRecognizer")
    secret = _span("SECRET", text, "14-MAR-1978", TAGGER, 0.95)
    assert [r.entity_type for r in merge_tagged(text, [dob], [secret])] == ["DATE_OF_BIRTH"]


def test_a_password_word_before_the_value_keeps_it_a_password() -> None:
    text = "the router came with a card, the password on it is stone-lake-4.2"
    secret = _span("SECRET", text, "stone-lake-4.2", "KaizenSecretRecognizer", 0.9)
    login = _span("USERNAME", text, "stone-lake-4.2", TAGGER, 0.97)
    assert [r.entity_type for r in merge_tagged(text, [secret], [login])] == ["SECRET"]
    # a login word after the password word: the tagger's login stands
    text = "the wifi password and the login: kofi.mensah.12"
    secret = _span("SECRET", text, "kofi.mensah.12", "KaizenSecretRecognizer", 0.9)
    login = _span("USERNAME", text, "kofi.mensah.12", TAGGER, 0.97)
    assert [r.entity_type for r in merge_tagged(text, [secret], [login])] == ["USERNAME"]


@pytest.mark.parametrize(
    ("text", "number"),
    [("Tel. (home): 2231 9621", "2231 9621"), ("mobile (after 6pm): 0612 345 678", "0612 345 678")],
)
def test_whose_line_it_is_in_brackets_after_the_phone_word(scrubber, text: str, number: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PHONE_NUMBER") == [number]


@pytest.mark.parametrize(
    "text", ["part number 7736502345 is the filter", "serial no. 4412345678 on the label", "sku # 5512345678"]
)
def test_a_things_number_is_no_phone(scrubber, text: str) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, text, "PHONE_NUMBER")


def test_my_number_is_still_a_phone(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "my number 0612345678", "PHONE_NUMBER") == ["0612345678"]


@pytest.mark.parametrize("text", ["DB_PASSWORD: REPLACE_ME", "api_key = TODO", "SECRET_KEY=fixme"])
def test_placeholders_hold_no_secret(scrubber, text: str) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, text, "SECRET")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "send it to Vill: Rampur, P.O.: Rampur Bazar, Dist: Gorakhpur please",
            "Vill: Rampur, P.O.: Rampur Bazar, Dist: Gorakhpur",
        ),
        (
            "village: kheri, tehsil: sadar, district: rohtak",
            "village: kheri, tehsil: sadar, district: rohtak",
        ),
    ],
)
def test_a_south_asian_labelled_address(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert ("STREET_ADDRESS", address) in typed_spans(scrubber, text)


def test_a_postscript_is_no_labelled_address(scrubber) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, "p.s.: love you, post: tomorrow", "STREET_ADDRESS")
