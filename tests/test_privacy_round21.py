"""Round 21 of PII detection: mechanisms that do not depend on a cue word (own examples)."""

from __future__ import annotations

import pytest

from privacy.secret_context import generated_password, joined_words_password
from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    "token",
    [
        "lamp+river+72",
        "Orchard-window-5",
        "TIGER+VELVET+308",
        "4-copper-Kettle",
        "qT7vRm2KxpLw",
        "Zc4+wq9RTM!a",
    ],
)
def test_generated_password_shapes(token: str) -> None:
    assert generated_password(token)


@pytest.mark.parametrize(
    "token",
    [
        "fix-login-bug-3",  # a branch name: no "+", no capital
        "SUMMER-SALE-24",  # a promo code: capitals only
        "v2.10.3-rc1",  # a version
        "a3f9c2d1e4b5",  # a hex hash
        "issue#1234",  # a reference
        "ORD-88213-XK",  # an order code
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301",  # a UUID
        "report-final-2.pdf",  # a file
        "state-of-the-art",  # words, no number
        "5060;branch=z9hG4bK77xq",  # a SIP header's fields
        "$ANSIBLE_VAULT;1.1;AES256",  # a vault file's header
    ],
)
def test_look_alikes_are_no_generated_password(token: str) -> None:
    assert not generated_password(token)


def test_joined_words_need_one_number() -> None:
    assert joined_words_password("maple+stone+19")
    # round 23: the number may stand between two words too ("Strike-863-talk"); two numbers do not
    assert joined_words_password("maple+19+stone")
    assert not joined_words_password("maple+19+stone+20")
    assert not joined_words_password("maple+stone")
    assert not joined_words_password("maple+stone+123456")


@pytest.mark.parametrize(
    "text, value",
    [
        # the credential word is in a language no list holds: the token's shape and place decide
        ("i zzorba mea kelo lamp+river+72", "lamp+river+72"),
        ("voro sinyat Orchard-window-5.", "Orchard-window-5"),
        ("nari kuvo qT7vRm2KxpLw tu", "qT7vRm2KxpLw"),
        ("ZELO KARU TIGER+VELVET+308 ODA", "TIGER+VELVET+308"),
        ("wahu: Zc4+wq9RTM!a, then the door", "Zc4+wq9RTM!a"),
    ],
)
def test_password_shaped_token_in_a_value_place_is_a_secret(placeholder, text: str, value: str) -> None:
    assert spans_of(placeholder, text, "SECRET") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "merged into fix-login-bug-3",
        "we ran SUMMER-SALE-24",
        "we shipped v2.10.3-rc1 today",
        "closed as a duplicate of issue#1234.",
        "the order ORD-88213-XK arrived",
        "Orchard-window-5 is a nice name for a boat but mid sentence it stays",
    ],
)
def test_look_alikes_and_tokens_mid_sentence_stay(placeholder, text: str) -> None:
    assert spans_of(placeholder, text, "SECRET") == []


def test_ipv6_with_a_port_in_a_url_without_brackets(placeholder) -> None:
    text = "base = http://2a02:8108:85a3:0:0:8a2e:370:7334:9000/api"
    assert spans_of(placeholder, text, "IP_ADDRESS") == ["2a02:8108:85a3:0:0:8a2e:370:7334"]


def test_ipv6_ninth_group_must_be_a_port_after_a_valid_address(placeholder) -> None:
    assert spans_of(placeholder, "id 2a02:8108:85a3:0:0:8a2e:370:7334:beef:1 x", "IP_ADDRESS") == []
    assert spans_of(placeholder, "to 2a02:8108:85a3:0:0:8a2e:370:7334 ok", "IP_ADDRESS") == [
        "2a02:8108:85a3:0:0:8a2e:370:7334"
    ]
