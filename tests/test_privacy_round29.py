"""Round 29 of PII detection: what the merge adds around a name (no titles), an address the tagger reads
whole with its postcode and town, numbers and words the tagger guesses at without a code word, and
placeholders, a secret's name and a typed "su" as look-alikes (own examples, not the held-out sets')."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from privacy.recognizers import KaizenSecretRecognizer
from privacy.scrub import TAGGER, _plausible_tagged, merge_tagged
from privacy.tagger import TaggedSpan
from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


def _at(text: str, value: str, entity: str, score: float, source: str) -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult(entity, start, start + len(value), score, None, {"recognizer_name": source})


def _merged(text: str, rules: list[RecognizerResult], tagged: RecognizerResult) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in merge_tagged(text, rules, [tagged])]


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Matron Ruth Aboud wants the forms by friday", "Matron", "Ruth Aboud"),  # an everyday word
        ("warden Okello Lagu signs the passes", "warden", "Okello Lagu"),  # lower case before a name
    ],
)
def test_a_title_the_tagger_put_before_the_rules_name_is_not_added(text: str, title: str, name: str) -> None:
    rule = _at(text, name, "PERSON", 0.85, "SpacyRecognizer")
    tagged = _at(text, f"{title} {name}", "PERSON", 0.99, TAGGER)
    assert _merged(text, [rule], tagged) == [("PERSON", name)]


def test_a_first_name_the_rules_missed_is_still_added() -> None:
    text = "Wendell Fairweather-Nkosi is driving"
    rule = _at(text, "Fairweather-Nkosi", "PERSON", 0.85, "SpacyRecognizer")
    tagged = _at(text, "Wendell Fairweather-Nkosi", "PERSON", 0.99, TAGGER)
    # (from round 35 the first name joins the rules' surname: one person, one surrogate)
    assert _merged(text, [rule], tagged) == [("PERSON", "Wendell Fairweather-Nkosi")]


def test_a_sure_tagged_address_takes_in_the_rules_pieces_of_it() -> None:
    text = "ship it to Calle Real 12, 38760 Los Llanos de Aridane"
    street = _at(text, "Calle Real 12", "STREET_ADDRESS", 0.85, "KaizenStreetAddressRecognizer")
    town = _at(text, "Llanos de Aridane", "PERSON", 0.85, "KaizenNameRecognizer")
    whole = _at(text, "Calle Real 12, 38760 Los Llanos de Aridane", "STREET_ADDRESS", 0.99, TAGGER)
    assert _merged(text, [street, town], whole) == [
        ("STREET_ADDRESS", "Calle Real 12, 38760 Los Llanos de Aridane")
    ]


def test_an_address_with_a_street_type_of_another_language_is_plausible() -> None:
    text = "Calle Mayor 3, 28013 Madrid"  # every word is an everyday one, but "calle" is a street
    assert _plausible_tagged(text, TaggedSpan(0, len(text), "STREET_ADDRESS", 0.99))


def test_the_scrubber_keeps_the_town_after_a_postcode_in_the_address(scrubber) -> None:  # noqa: ANN001
    text = "the parcel goes to Rua do Sol, 44, 4000-123 Porto"
    assert spans_of(scrubber, text, "STREET_ADDRESS") == ["Rua do Sol, 44, 4000-123 Porto"]


def _secret(text: str, value: str, score: float) -> TaggedSpan:
    start = text.index(value)
    return TaggedSpan(start, start + len(value), "SECRET", score)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we sang hymn 317 then psalm 23", "317"),
        ("in Australia it's 000 not 911", "911"),
        ("your email address is Lavender.", "Lavender"),
    ],
)
def test_an_unsure_number_or_word_with_no_code_word_is_no_secret(text: str, value: str) -> None:
    assert not _plausible_tagged(text, _secret(text, value, 0.75))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the key safe by the back door of the home is 7731", "7731"),  # the code word is six words back
        ("locker code in the hangar is 2046", "2046"),
        ("the wifi password is Lavender", "Lavender"),
    ],
)
def test_a_code_word_in_the_clause_keeps_an_unsure_number_or_word(text: str, value: str) -> None:
    assert _plausible_tagged(text, _secret(text, value, 0.75))


def test_a_port_in_a_run_together_key_is_no_secret() -> None:
    text = 'dbhost="db.internal"\ndbport="5432"'
    assert not _plausible_tagged(text, _secret(text, "5432", 0.95))
    # a short field word run together is no field: "admin" ends in "min", and its number is a code
    text = "admin: 4821"
    assert _plausible_tagged(text, _secret(text, "4821", 0.95))


def _secrets(text: str) -> list[str]:
    return sorted({text[s:e] for s, e, *_ in KaizenSecretRecognizer().spans(text, None)})


def test_placeholders_and_a_secrets_name_are_no_secrets() -> None:
    assert _secrets("$dbPASSWORD = 'changeme';") == []
    assert _secrets("SMTP_PASSWORD=change-me") == []
    key = "q8Zt3LmPw0VbRx7KcYd2NsHf5GaJ1Ue9"
    text = f"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={key}"
    assert _secrets(text) == [key]


def test_su_without_a_flag_is_a_command_only_where_a_command_starts(scrubber) -> None:  # noqa: ANN001
    assert ("USERNAME", "ana") in typed_spans(scrubber, "$ su ana")
    assert ("USERNAME", "bob") in typed_spans(scrubber, "then I ran su - bob and it worked")
    assert not spans_of(scrubber, "congrats to the team on the su mit", "USERNAME")
