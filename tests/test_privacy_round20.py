"""Round 20 of PII detection: general mechanisms read from held-out set 20's misses (own examples)."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize("sep", ["\u2011", "\u2010", "\u2012", "\u2013", "\u2212"])
def test_card_grouped_by_any_unicode_dash(placeholder, sep: str) -> None:
    card = sep.join(["4539", "1488", "0343", "6467"])
    assert spans_of(placeholder, f"the kayak hire went on {card} yesterday", "CREDIT_CARD") == [card]


def test_card_grouped_by_middle_dots_and_thin_spaces(placeholder) -> None:
    for sep in ("\u00b7", "\u2009", "\u202f"):
        card = sep.join(["4539", "1488", "0343", "6467"])
        assert spans_of(placeholder, f"paid with {card} ok", "CREDIT_CARD") == [card]


def test_dash_between_words_or_a_failing_luhn_is_no_card(placeholder) -> None:
    assert spans_of(placeholder, "score 4539\u20111488\u20110343\u20116468 points", "CREDIT_CARD") == []
    assert spans_of(placeholder, "open 9\u20135 and the trail\u2011head is shut", "CREDIT_CARD") == []


def test_generalized_time_after_a_birth_key_or_cue(placeholder) -> None:
    assert spans_of(placeholder, "birthDate: 19830517000000Z", "DATE_OF_BIRTH") == ["19830517000000Z"]
    assert spans_of(placeholder, "and my birthday is 19911103120000Z", "DATE_OF_BIRTH") == ["19911103120000Z"]


def test_generalized_time_without_a_birth_cue_or_not_a_date_is_kept(placeholder) -> None:
    assert spans_of(placeholder, "createTimestamp: 20240517093000Z", "DATE_OF_BIRTH") == []
    assert spans_of(placeholder, "birthDate: 19831399000000Z", "DATE_OF_BIRTH") == []


def test_log_on_a_site_as_a_user(placeholder) -> None:
    assert spans_of(placeholder, "i log on inaturalist as moth.night.owl", "USERNAME") == ["moth.night.owl"]
    assert spans_of(placeholder, "I signed in to strava as kelp_rider9", "USERNAME") == ["kelp_rider9"]


def test_log_as_an_everyday_word_is_no_username(placeholder) -> None:
    assert spans_of(placeholder, "I logged in to work as usual", "USERNAME") == []
    assert spans_of(placeholder, "we logged this as urgent", "USERNAME") == []


def test_user_logged_in(placeholder) -> None:
    assert spans_of(placeholder, "user reed.warbler42 logged in from the hide", "USERNAME") == [
        "reed.warbler42"
    ]
    assert spans_of(placeholder, "USER KESTREL_HOVERS LOGGED IN FROM THE HIDE", "USERNAME") == [
        "KESTREL_HOVERS"
    ]
    assert spans_of(placeholder, "the user then logged in again", "USERNAME") == []


def test_env_key_with_double_underscores(placeholder) -> None:
    token = "q8Lr2mZt7VbX4nKp1sDw9HcY3fGj6TuE"
    assert spans_of(placeholder, f"WEAVIATE__AUTH__API_KEY={token}", "SECRET") == [token]
    assert spans_of(placeholder, "APP__LOG__LEVEL=debug", "SECRET") == []


def test_password_run_together_with_its_owner_as_a_directive(placeholder) -> None:
    assert spans_of(placeholder, "adminpw\tTr7#kLw2zQ", "SECRET") == ["Tr7#kLw2zQ"]
    assert spans_of(placeholder, "adminpw\tchangeme", "SECRET") == []


def test_rest_of_the_line_after_an_address_label(placeholder) -> None:
    text = "Shipping address: ul. „Vasil Levski“ № 14, 5300 Gabrovo"
    found = typed_spans(placeholder, text)
    assert ("STREET_ADDRESS", "ul. „Vasil Levski“ № 14, 5300 Gabrovo") in found
    assert not [s for t, s in found if t == "PERSON"]  # the street's namesake is part of the address
    assert spans_of(placeholder, "address: Purok 2, Brgy. San Isidro, Tabaco City 4511", "STREET_ADDRESS")


def test_address_labels_of_no_street_are_kept(placeholder) -> None:
    assert spans_of(placeholder, "IP address: 10.20.30.40 on the hall router", "STREET_ADDRESS") == []
    assert spans_of(placeholder, "email address: kite.flyer@example.org", "STREET_ADDRESS") == []
    assert spans_of(placeholder, "MAC address: 3c:22:fb:10:aa:01", "STREET_ADDRESS") == []
    assert spans_of(placeholder, "address: unknown, ask the club", "STREET_ADDRESS") == []
