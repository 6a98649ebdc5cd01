"""Kaizen's scrubber: recognizers, surrogates, placeholders, canaries, and no network use."""

from __future__ import annotations

import re

import pytest

from config.settings import PrivacySettings
from privacy import scrub as scrub_module
from privacy.scrub import Scrubber
from tests.helpers import assert_canaries_kept_out, typed_spans

# Every test here runs with sockets blocked: the scrubber must never reach the network.
pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.fixture(scope="module")
def surrogate(sockets_blocked) -> Scrubber:
    return Scrubber(PrivacySettings(replace="surrogate"), key=b"test-key")


POSITIVE = [
    (
        "I'm MARIA GARCIA from 221B Baker Street",
        [("PERSON", "MARIA GARCIA"), ("STREET_ADDRESS", "221B Baker Street")],
    ),
    ("hi my name is thiago oliveira", [("PERSON", "thiago oliveira")]),
    ("call me Olgierd please", [("PERSON", "Olgierd")]),
    ("Talked to Sarah Connor yesterday", [("PERSON", "Sarah Connor")]),
    ("wakeeta said the build is broken", [("PERSON", "wakeeta")]),
    ("send it to 55 oak ave, apt 4", [("STREET_ADDRESS", "55 oak ave, apt 4")]),
    ("my api key is sk-abc123def456ghi789", [("SECRET", "sk-abc123def456ghi789")]),
    ("password hunter2", [("SECRET", "hunter2")]),
    ("my password is swordfish", [("SECRET", "swordfish")]),
    ("pwd: Tr0ub4dor&3 thanks", [("SECRET", "Tr0ub4dor&3")]),
    (
        "token ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        [("SECRET", "ghp_abcdefghijklmnopqrstuvwxyz0123456789")],
    ),
    ("aws AKIAIOSFODNN7EXAMPLE", [("SECRET", "AKIAIOSFODNN7EXAMPLE")]),
    ("slack xoxb-123456789012-abcdefghijkl", [("SECRET", "xoxb-123456789012-abcdefghijkl")]),
    (
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        [("SECRET", None)],
    ),
    ("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n-----END PRIVATE KEY-----", [("SECRET", None)]),
    ("follow me @jdoe_42", [("USERNAME", "@jdoe_42")]),
    (
        "call +44 20 7946 0958 or (555) 123-4567",
        [("PHONE_NUMBER", "+44 20 7946 0958"), ("PHONE_NUMBER", "(555) 123-4567")],
    ),
    ("I was born on 12/03/1988", [("DATE_OF_BIRTH", "12/03/1988")]),
    ("DOB: March 3, 1990", [("DATE_OF_BIRTH", "March 3, 1990")]),
    ("iban: de35 3704 0044 0532 0130 99 thanks", [("IBAN_CODE", "de35 3704 0044 0532 0130 99")]),
    (
        "ip 10.0.0.1 and fe80::1ff:fe23:4567:890a",
        [("IP_ADDRESS", "10.0.0.1"), ("IP_ADDRESS", "fe80::1ff:fe23:4567:890a")],
    ),
    ("MAIL BOB.SMITH@EXAMPLE.COM", [("EMAIL_ADDRESS", "BOB.SMITH@EXAMPLE.COM")]),
    ("card 2223 0031 2200 3222", [("CREDIT_CARD", "2223 0031 2200 3222")]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_recognizers_find(placeholder: Scrubber, text: str, expected: list[tuple[str, str | None]]) -> None:
    found = typed_spans(placeholder, text)
    for etype, value in expected:
        assert any(t == etype and (value is None or v == value) for t, v in found), (text, found)


NEGATIVE = [
    "I love the IP of this movie",
    "What is an IBAN?",
    "I'm tired and going home",
    "how do I choose a strong password?",
    "I forgot my password again",
    "Will you help me?",
    "the meeting is at 10:30 tomorrow",
    "version 1.2.3 is out",
    "I have 3 cats on the street",
    "the weather is nice today",
    "WHY IS MY CODE NOT WORKING",
    "My birthday party was fun",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_sentences_untouched(placeholder: Scrubber, surrogate: Scrubber, text: str) -> None:
    assert placeholder.scrub(text) == text
    assert surrogate.scrub(text, "c1") == text


def test_placeholder_writes_tags(placeholder: Scrubber) -> None:
    out = placeholder.scrub("I'm MARIA GARCIA, mail maria@example.com", "conv")
    assert out == "I'm <PERSON>, mail <EMAIL_ADDRESS>"


def test_surrogate_is_the_default() -> None:
    assert PrivacySettings().replace == "surrogate"


def test_surrogates_consistent_within_scope(surrogate: Scrubber) -> None:
    a = surrogate.scrub("my name is Maria Garcia", "conv-1")
    b = surrogate.scrub("Maria Garcia again, hi", "conv-1")
    fake = a.removeprefix("my name is ")
    assert fake and "Maria" not in fake and "Garcia" not in fake
    assert b.startswith(fake)
    # case style follows the original, the mapping does not change
    assert surrogate.scrub("MY NAME IS MARIA GARCIA", "conv-1") == f"MY NAME IS {fake.upper()}"


def test_surrogates_differ_across_scopes(surrogate: Scrubber) -> None:
    texts = ["my name is Maria Garcia", "mail maria.garcia@example.com", "call +44 20 7946 0958"]
    for text in texts:
        outs = {surrogate.scrub(text, f"conv-{i}") for i in range(4)}
        assert len(outs) >= 3, outs


def test_surrogates_keep_types_and_never_echo(surrogate: Scrubber, placeholder: Scrubber) -> None:
    text = "I'm Maria, mail maria@example.com, ip 10.1.2.3, card 4111 1111 1111 1111, iban DE35370400440532013099"
    out = surrogate.scrub(text, "conv-x")
    for original in (
        "Maria",
        "maria@example.com",
        "10.1.2.3",
        "4111 1111 1111 1111",
        "DE35370400440532013099",
    ):
        assert original not in out
    kinds = sorted(r.entity_type for r in placeholder.find(out))
    assert kinds == sorted(["PERSON", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE"]), (out, kinds)
    # the fake address comes from a documentation range: no one's, so a later scan leaves it be
    assert re.search(r"\bip (?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b", out), out


def test_scope_none_works(surrogate: Scrubber) -> None:
    a = surrogate.scrub("my name is Maria Garcia")
    assert a == surrogate.scrub("my name is Maria Garcia", None)
    assert "Maria" not in a


def test_scrub_many_keeps_signature(surrogate: Scrubber) -> None:
    outs = surrogate.scrub_many(["I'm Maria Garcia", "Maria Garcia said hi"], "conv-2")
    assert len(outs) == 2 and all("Garcia" not in o for o in outs)


CANARIES = {
    "person": "Wilhelmina Zbigniewska",
    "email": "w.zbig@canary-mail.org",
    "phone": "+48 601 234 567",
    "address": "742 Evergreen Terrace",
    "card": "5555 5555 5555 4444",
    "iban": "GB19 WEST 1234 5698 7654 99",
    "ip": "185.34.113.77",
    "secret": "sk-CanaryKey1234567890abcdef",
    "password": "Hunter2Canary!",
    "handle": "@zbig_canary",
    "dob": "04/07/1979",
}


@pytest.mark.parametrize("mode", ["placeholder", "surrogate"])
def test_canaries_never_survive(placeholder: Scrubber, surrogate: Scrubber, mode: str) -> None:
    c = CANARIES
    texts = [
        f"Hi, my name is {c['person']} and my email is {c['email']}",
        f"call {c['phone']}, I live at {c['address']}",
        f"card {c['card']} and IBAN {c['iban']} please",
        f"server {c['ip']} uses key {c['secret']} and password is {c['password']}",
        f"follow {c['handle']}, born {c['dob']}",
        f"HI, I'M {c['person'].upper()}, {c['email'].upper()}",
    ]
    scrubber = placeholder if mode == "placeholder" else surrogate
    for text in texts:
        out = scrubber.scrub(text, "canary")
        for value in c.values():
            assert value.lower() not in out.lower(), (mode, value, out)


def test_no_network_even_when_building(sockets_blocked) -> None:
    scrub_module._ENGINES.clear()  # force a fresh spaCy + Presidio build with sockets blocked
    s = Scrubber(PrivacySettings(replace="placeholder"))
    assert s.scrub("write to bob@example.co.uk") == "write to <EMAIL_ADDRESS>"


def test_engine_is_cached(placeholder: Scrubber) -> None:
    a = Scrubber(PrivacySettings(replace="placeholder"))
    b = Scrubber(PrivacySettings())
    assert a.analyzer is b.analyzer


def test_entities_in_config_are_known(placeholder: Scrubber) -> None:
    supported = set(placeholder.analyzer.get_supported_entities("en"))
    assert set(PrivacySettings().entities) <= supported
    assert "ORGANIZATION" not in PrivacySettings().entities


# Classes added after the first held-out set: extensions, numbers after a contact word, keyword typos.
NEW_CLASS_POSITIVE = [
    ("call 870.744.0548x90312 tonight", [("PHONE_NUMBER", "870.744.0548x90312")]),
    ("office: +1 (212) 555-0147 ext. 12", [("PHONE_NUMBER", "+1 (212) 555-0147 ext. 12")]),
    ("ring +44 20 7946 0958 extension 4", [("PHONE_NUMBER", "+44 20 7946 0958 extension 4")]),
    ("whatsapp: 612345678", [("PHONE_NUMBER", "612345678")]),
    ("text me on 0612 345 678 after lunch", [("PHONE_NUMBER", "0612 345 678")]),
    ("my number is 71234567", [("PHONE_NUMBER", "71234567")]),
    ("telegarm 98765432 pls", [("PHONE_NUMBER", "98765432")]),
    ("my paswsord is _mbQ974r265pyl", [("SECRET", "_mbQ974r265pyl")]),
    ("passwrod: hunter22", [("SECRET", "hunter22")]),
    ("pasword Tr0ub4dor&3", [("SECRET", "Tr0ub4dor&3")]),
    ("the pni is 4821", [("SECRET", "4821")]),
    ("tokne: a8f3k2m9q1w7e5r4", [("SECRET", "a8f3k2m9q1w7e5r4")]),
    ("password @U2IEZ9vQ", [("SECRET", "@U2IEZ9vQ")]),
    ("my brithday is January 11, 1975", [("DATE_OF_BIRTH", "January 11, 1975")]),
    ("his dbo is 02/11/1978", [("DATE_OF_BIRTH", "02/11/1978")]),
]


@pytest.mark.parametrize(("text", "expected"), NEW_CLASS_POSITIVE)
def test_new_recognizer_classes_find(placeholder: Scrubber, text: str, expected) -> None:
    assert typed_spans(placeholder, text) == expected


NEW_CLASS_NEGATIVE = [
    "my order number is 4839201 and it hasn't shipped",  # "number" alone is not a contact word
    "order no. 88231977 arrived",
    "invoice 2023-00481 is overdue",
    "I called 12345678 times",
    "dial 112 in an emergency",
    "the meeting is at 10:30 in room 4, bring 2 laptops",
    "version 10.4.2 x86 build",
    "it costs $1,249.99, call me when you decide",
    "I passed the exam",  # "passed" is one edit from "passwd" but an everyday word
    "it was taken yesterday",  # "taken" vs "token"
    "the password field is required",
    "how do tokens work in GPT models",
    "my brother was born in spring",
    "the isbn is 978-0-13-468599-1",
]


@pytest.mark.parametrize("text", NEW_CLASS_NEGATIVE)
def test_new_recognizer_classes_leave_ordinary_numbers_and_words(placeholder: Scrubber, text: str) -> None:
    assert placeholder.scrub(text) == text, typed_spans(placeholder, text)


def test_keyword_typos_are_one_edit_and_never_everyday_words() -> None:
    from privacy.recognizers import near_keyword

    keywords = frozenset({"password", "token", "pin", "dob"})
    assert near_keyword("paswsord", keywords) == "password"  # swap
    assert near_keyword("pasword", keywords) == "password"  # drop
    assert near_keyword("passwordd", keywords) == "password"  # double
    assert near_keyword("passwerd", keywords) == "password"  # change
    assert near_keyword("PASSWROD", keywords) == "password"
    assert near_keyword("psaswrod", keywords) is None  # two edits
    assert near_keyword("dbo", keywords) == "dob"  # short keywords: swaps only
    assert near_keyword("pit", keywords) is None
    assert near_keyword("taken", keywords) is None  # an everyday word


# Round 2: general classes behind held-out set 2's misses (international grouping, assignments,
# Luhn-decided cards, "b." dates, app handles, continental streets, a multilingual name lexicon).
ROUND2_POSITIVE = [
    ("hmu at (66) 90838-4870", [("PHONE_NUMBER", "(66) 90838-4870")]),
    ("office +55 (11) 98765 4321", [("PHONE_NUMBER", "+55 (11) 98765 4321")]),
    ("hmu at 0742 696 34 82", [("PHONE_NUMBER", "0742 696 34 82")]),
    ("DB_PASSWORD=career_nice?", [("SECRET", "career_nice?")]),
    ("DB_PASWORD=Zq8_light", [("SECRET", "Zq8_light")]),
    ("SECRET_KEY = 'k3#p!x9-zz(wq8m2v@l0'", [("SECRET", "k3#p!x9-zz(wq8m2v@l0")]),
    ('{"api_key": "abcDEF123456ghi"}', [("SECRET", "abcDEF123456ghi")]),
    ("db:\n  password: Orchid1977!", [("SECRET", "Orchid1977!")]),
    ("export GH_TOKEN=Zm9vYmFyYmF6cXV4MTIzNDU2", [("SECRET", "Zm9vYmFyYmF6cXV4MTIzNDU2")]),
    ("Authorization: Bearer abcdefgh12345678xyz", [("SECRET", "abcdefgh12345678xyz")]),
    ("the password for the shared account: Concernrange94", [("SECRET", "Concernrange94")]),
    ("paying with 2512.1491.7721.0004 ok?", [("CREDIT_CARD", "2512.1491.7721.0004")]),
    ("amex 3782 822463 10005", [("CREDIT_CARD", "3782 822463 10005")]),
    ("b. 21 Jan, 1950", [("DATE_OF_BIRTH", "21 Jan, 1950")]),
    ("b. Friday 20 February 1931", [("DATE_OF_BIRTH", "Friday 20 February 1931")]),
    ("bday 25-nov-1971 !!", [("DATE_OF_BIRTH", "25-nov-1971")]),
    ("born in March 1990", [("DATE_OF_BIRTH", "March 1990")]),
    ("hmu on snap laursenjean", [("USERNAME", "laursenjean")]),
    ("my ig: danielmcdonald", [("USERNAME", "danielmcdonald")]),
    ("my twitch is coolguy99", [("USERNAME", "coolguy99")]),
    ("any good cafes near Kochstrasse 507?", [("STREET_ADDRESS", "Kochstrasse 507")]),
    ("my mom lives on Tjærebyvej 3", [("STREET_ADDRESS", "Tjærebyvej 3")]),
    # a big city after the street is its town, masked with it (since round 38; the sets label it so)
    ("Lange Straße 5, Berlin", [("STREET_ADDRESS", "Lange Straße 5, Berlin")]),
    ("meet me at Via Roma 12", [("STREET_ADDRESS", "Via Roma 12")]),
    ("ul. Długa 5/3 is my flat", [("STREET_ADDRESS", "ul. Długa 5/3")]),
    ("we live at 12 rue de la Paix", [("STREET_ADDRESS", "12 rue de la Paix")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_POSITIVE)
def test_round2_classes_find(placeholder: Scrubber, text: str, expected) -> None:
    found = typed_spans(placeholder, text)
    for etype, value in expected:
        assert (etype, value) in found, (text, found)


ROUND2_NEGATIVE = [
    "SECRET_KEY is read from the environment",
    "export PATH=$PATH:/usr/local/bin",
    "DEBUG=true in my .env file",
    "sort_key: name",
    "api_key: ${API_KEY}",
    "postgres://localhost:5432/app works locally",
    "Bearer tokens expire after an hour",
    "the bearer of bad news",
    "the password reset link expired",
    "snapchat is down again",
    "add me on snap later",
    "my ig story was great",
    "send it via email 2 times",
    "via the app 2 times a day",
    "the buffer 512 is full",
    "total 1.234.567,89 EUR",
    "the lottery numbers were 4 8 15 16 23 42",
    "Dates like 01/02/03 are ambiguous",
    "grace period for the loan is 30 days",  # "loan" is a name somewhere, but not written as one
    "DROP ME A LINE WHEN YOU CAN",
]


@pytest.mark.parametrize("text", ROUND2_NEGATIVE)
def test_round2_classes_leave_ordinary_text(placeholder: Scrubber, text: str) -> None:
    assert placeholder.scrub(text) == text, typed_spans(placeholder, text)


def test_connection_string_password_is_removed(placeholder: Scrubber) -> None:
    from privacy.recognizers import KaizenSecretRecognizer

    text = "DATABASE_URL=postgres://admin:s3cr3t!x@10.0.0.7:5432/app"
    assert "s3cr3t!x" in [text[s:e] for s, e, _, _ in KaizenSecretRecognizer().spans(text, None)]
    assert "s3cr3t" not in placeholder.scrub(text)
    assert "s3cr3t" not in placeholder.scrub("postgres://admin:s3cr3t!x@db.example.com:5432/app")


def test_luhn_decides_card_versus_phone(placeholder: Scrubber) -> None:
    card = "4241.3614.7644.7542"  # passes Luhn
    not_card = "4241.3614.7644.7543"  # one digit off
    assert typed_spans(placeholder, f"debit {card} got blocked") == [("CREDIT_CARD", card)]
    assert ("CREDIT_CARD", not_card) not in typed_spans(placeholder, f"debit {not_card} got blocked")


def test_name_lexicon_is_multilingual_and_leaves_held_out_locales_out() -> None:
    import sys
    from pathlib import Path

    from privacy.names import NAME_LOCALES, common_words, core_first_names, first_names, last_names

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.pii import (
        NAME_LOCALES_HELDOUT3,
        NAME_LOCALES_HELDOUT4,
        NAME_LOCALES_HELDOUT5,
        NAME_LOCALES_HELDOUT6,
        NAME_LOCALES_HELDOUT7,
        NAME_LOCALES_HELDOUT8,
        NAME_LOCALES_HELDOUT9,
        NAME_LOCALES_HELDOUT10,
        NAME_LOCALES_HELDOUT11,
        NAME_LOCALES_HELDOUT12,
        NAME_LOCALES_HELDOUT13,
        NAME_LOCALES_HELDOUT14,
        NAME_LOCALES_HELDOUT15,
        NAME_LOCALES_HELDOUT16,
        NAME_LOCALES_HELDOUT17,
        NAME_LOCALES_HELDOUT18,
        NAME_LOCALES_HELDOUT19,
        NAME_LOCALES_HELDOUT20,
        NAME_LOCALES_HELDOUT21,
        NAME_LOCALES_HELDOUT22,
        NAME_LOCALES_HELDOUT23,
        NAME_LOCALES_HELDOUT24,
        NAME_LOCALES_HELDOUT25,
        NAME_LOCALES_HELDOUT26,
    )

    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT3)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT4)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT5)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT6)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT7)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT8)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT9)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT10)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT11)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT12)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT13)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT14)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT15)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT16)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT17)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT18)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT19)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT20)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT21)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT22)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT23)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT24)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT25)
    assert not set(NAME_LOCALES) & set(NAME_LOCALES_HELDOUT26)
    first, last = first_names(), last_names()
    assert {"pernille", "matouš", "matous", "ľubica", "lubica"} <= first  # Danish, Czech, Slovak, folded
    assert {"popa", "ilijić", "ilijic"} <= last
    assert len(first) > 3 * len(core_first_names())
    assert "loan" in first and "loan" not in core_first_names() and "loan" not in common_words()


def test_wider_lexicon_names_need_to_be_written_as_names(placeholder: Scrubber) -> None:
    assert "Pernille" not in placeholder.scrub("ugh Pernille cancelled again")
    assert typed_spans(placeholder, "what should I get Ľubica for christmas") == [("PERSON", "Ľubica")]
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "the pernille thing broke")}


# ------------------------------------------------------------------------------ round 3: general rules


def test_header_and_greeting_cues_name_unknown_people(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "cc: Adesua Odetola") == [("PERSON", "Adesua Odetola")]
    assert typed_spans(placeholder, "happy birthday hanan saleh!!") == [("PERSON", "hanan saleh")]
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "happy birthday to you")}
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "cc: the whole team")}


def test_capitalised_surname_mid_sentence_is_a_name(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "sorry Estrada couldnt make it to the standup") == [("PERSON", "Estrada")]
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "sorry estrada is a word I made up")}


def test_listed_common_word_name_needs_spacy_and_a_cue(placeholder: Scrubber) -> None:
    assert ("PERSON", "Grace") in typed_spans(placeholder, "I had lunch with Grace and her brother yesterday")
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "Grace period ends on Monday")}
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "Mark my words, it will rain")}


def test_line_abbreviations_are_not_people(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "Tel. +91 94005 83076") == [("PHONE_NUMBER", "+91 94005 83076")]
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "the db listens on 10.0.0.7")}


def test_url_credentials_are_one_secret_not_a_person_or_email(placeholder: Scrubber) -> None:
    text = "mongodb+srv://bob:discussionsouthern7@cluster0.mongodb.net"
    found = typed_spans(placeholder, text)
    assert ("SECRET", "discussionsouthern7") in found
    assert not {t for t, _ in found} & {"PERSON", "EMAIL_ADDRESS"}
    assert typed_spans(placeholder, "mail me at bob@cluster0.example.net") == [
        ("EMAIL_ADDRESS", "bob@cluster0.example.net")
    ]


def test_password_for_something_is_value(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "wifi pass for the cabin is hoteleither7") == [("SECRET", "hoteleither7")]
    assert typed_spans(placeholder, "the password for my account is weak") == []


def test_secret_name_with_a_typo_in_capitals(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "MY_APP_TOKrN=5UgLeLnrVFyfRYEtr16iGDWjNHF4") == [
        ("SECRET", "5UgLeLnrVFyfRYEtr16iGDWjNHF4")
    ]
    assert typed_spans(placeholder, "MY_APP_NAME=kaizen") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mysql -u root --password=Tr0ub4dor3 -h 127.0.0.1 shop", "Tr0ub4dor3"),
        ("deploy.sh --api-token 7fJ2kL9qPz3xW8vB1nM4 --verbose", "7fJ2kL9qPz3xW8vB1nM4"),
        ("curl -u admin:s3cretPass https://ci.internal/api", "s3cretPass"),
        ("sshpass -p Hunter2pw ssh pi@raspberrypi.local", "Hunter2pw"),
    ],
)
def test_command_line_credentials(placeholder: Scrubber, text: str, value: str) -> None:
    assert ("SECRET", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "--password=<password> in the docs example",
        "curl -u user:pass is just the example syntax",
        "psql -U postgres -p 5432 mydb",
        "ssh -p 22 into the box",
        "python train.py --epochs 3 --lr 0.001",
    ],
)
def test_command_line_placeholders_are_not_secrets(placeholder: Scrubber, text: str) -> None:
    assert "SECRET" not in {t for t, _ in typed_spans(placeholder, text)}


def test_random_token_after_a_secret_cue(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "the webhook secret: q8Vn2LkP4xZt7RbW") == [
        ("SECRET", "q8Vn2LkP4xZt7RbW")
    ]
    assert typed_spans(placeholder, "2fa recovery code 8f3k2-9d7xq please") == [("SECRET", "8f3k2-9d7xq")]
    assert "SECRET" not in {t for t, _ in typed_spans(placeholder, "the secret ingredient is cinnamon")}
    assert "SECRET" not in {t for t, _ in typed_spans(placeholder, "token: xxxxxxxxxxxx")}
    assert "SECRET" not in {t for t, _ in typed_spans(placeholder, "the error code is E1234 again")}


# ----------------------------------------------------------------------------- round 4 rules

ROUND4_POSITIVE = [
    # names: "X here," / possessives / sign-offs / opening greetings / a lone name / coordination
    ("Oduya here, the printer is jammed", [("PERSON", "Oduya")]),
    ("Konstantinos's new number is 090-7628-6778", [("PERSON", "Konstantinos"), ("PHONE_NUMBER", None)]),
    ("ngozika's laptop died during the demo", [("PERSON", "ngozika")]),
    ("see you monday\n- Tsakalidou", [("PERSON", "Tsakalidou")]),
    ("Best,\nWanjiru", [("PERSON", "Wanjiru")]),
    ("cheers\nmark", [("PERSON", "mark")]),
    ("HI OKONKWO, GOT A MINUTE?", [("PERSON", "OKONKWO")]),
    ("Temitope?", [("PERSON", "Temitope")]),
    ("Andrea & Hye-jin Jang are on call", [("PERSON", "Andrea"), ("PERSON", "Hye-jin Jang")]),
    ("ask Kibet about the keys", [("PERSON", "Kibet")]),
    ("Akira said the build is green", [("PERSON", "Akira")]),
    # secrets: key shapes, cues, connection strings, typos
    ("SLACK_APP=xapp-1-A0ABCDEFGHI-1234567890123-abcdef0123456789", [("SECRET", None)]),
    (
        "signing secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        [("SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")],
    ),
    (
        "bot token MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz12345 leaked",
        [("SECRET", "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz12345")],
    ),
    ("SG.abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq", [("SECRET", None)]),
    ("redis://:s3cretPw@cache:6379/0", [("SECRET", "s3cretPw")]),
    ("ppw: important9109", [("SECRET", "important9109")]),
    ("then sudo with b3h4vi0r1", [("SECRET", "b3h4vi0r1")]),
    ("hf token QxTbWvKpLmNoPqRsTuVwXyZaBcDeFg for the repo", [("SECRET", "QxTbWvKpLmNoPqRsTuVwXyZaBcDeFg")]),
    ("product key ABCDE-12345-FGHIJ-67890 for windows", [("SECRET", "ABCDE-12345-FGHIJ-67890")]),
    ("the secret is 9fceb02d0ae598e95dc970b74767f19372d61af8", [("SECRET", None)]),
    # usernames: before "on <app>", u/name, name#1234
    ("follow jazmin39 on twitch", [("USERNAME", "jazmin39")]),
    ("palazzopriscilla on insta", [("USERNAME", "palazzopriscilla")]),
    ("posted by u/throwaway_123 yesterday", [("USERNAME", "u/throwaway_123")]),
    ("add me nightowl#4821", [("USERNAME", "nightowl#4821")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4_POSITIVE)
def test_round4_rules_find(placeholder: Scrubber, text: str, expected) -> None:
    found = typed_spans(placeholder, text)
    for etype, value in expected:
        assert any(t == etype and (value is None or v == value) for t, v in found), (text, found)


ROUND4_NEGATIVE = [
    # look-alikes after "code" / "key", commit hashes, "extension"
    "order code A7X9K2P4Q1 hasn't shipped yet",
    "tracking code 1Z4F83920346817733 says delivered",
    "use discount code SPRING25XYZ123 at checkout",
    "primary key a1b2c3d4e5f6g7h8 is duplicated",
    "revert commit 9fceb02d0ae598e95dc970b74767f19372d61af8 please",
    "install 2 chrome extension updates",
    "the 3 month extension was approved",
    # sign-offs, greetings and places that are not people
    "Thanks all!",
    "Best regards",
    "hey everyone, standup in 5",
    "Victoria station was closed",
    "the Sydney weather is wild",
    "I'M RAFAELA, NICE TO MEET YOU",
    # usernames and sudo
    "hmu on snap later",
    "ask Maria on discord",
    "see issue#1234 please",
    "run it with sudo with care",
    # ssh targets are logins at hosts, not e-mail addresses
    "ssh pi@raspberrypi.local",
]


@pytest.mark.parametrize("text", ROUND4_NEGATIVE)
def test_round4_rules_leave_look_alikes(placeholder: Scrubber, text: str) -> None:
    found = typed_spans(placeholder, text)
    if text.startswith("I'M RAFAELA"):  # the name goes; the word after the comma stays
        assert found == [("PERSON", "RAFAELA")], found
    elif text == "ask Maria on discord":
        assert ("USERNAME", "Maria") not in found, found
    elif "station" in text or "weather" in text:  # a place may be scrubbed as LOCATION, never as a person
        assert not [t for t, _ in found if t == "PERSON"], found
    else:
        assert found == [], (text, found)


# ------------------------------------------------------------------------------ round 5: general rules


def test_lexicon_file_adds_names_from_many_countries_without_everyday_words() -> None:
    import time

    from privacy.names import common_words, first_names, last_names, lexicon_names

    lexicon_names.cache_clear()
    start = time.perf_counter()
    lex_first, lex_last = lexicon_names()
    assert time.perf_counter() - start < 1.0  # a startup cost of a fraction of a second, not a data set load
    assert 50_000 < len(lex_first) < 300_000 and 50_000 < len(lex_last) < 300_000
    # Ethiopian, Persian, Ghanaian, South African, Ukrainian names faker's lists do not hold
    assert {"dawit", "farhad", "kwame", "thandeka", "oleksandr"} <= first_names()
    assert {"tadesse", "moradi", "kovalenko", "mensah", "gelashvili"} <= last_names()
    # the leak's junk and everyday words stay out of the lexicon
    assert not {"the", "love", "king", "server", "admin", "adm", "tue"} & (lex_first | lex_last)
    assert not (lex_first | lex_last) & common_words()


def test_lexicon_names_count_alone_only_when_written_as_names(placeholder: Scrubber) -> None:
    assert placeholder.scrub("ugh Thandeka cancelled again").endswith("<PERSON> cancelled again")
    assert typed_spans(placeholder, "say hi to kwame mensah for me") == [("PERSON", "kwame mensah")]
    # a lexicon name written lower case in the middle of a sentence, with no cue, is left alone
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "the thandeka build broke again")}


def test_weekday_abbreviations_are_not_names(placeholder: Scrubber) -> None:
    text = "On Tue, Oksana Melnyk wrote:\n> see attached"
    assert typed_spans(placeholder, text) == [("PERSON", "Oksana Melnyk")]


def test_name_cues_lists_and_person_verbs(placeholder: Scrubber) -> None:
    assert [
        v for t, v in typed_spans(placeholder, "participants: Dawit, Leila Rahimi, tadesse") if t == "PERSON"
    ] == [
        "Dawit",
        "Leila Rahimi",
        "tadesse",
    ]
    assert typed_spans(placeholder, "CC TAMAR GELASHVILI") == [("PERSON", "TAMAR GELASHVILI")]
    assert typed_spans(placeholder, "according to Nalesoni the build is green") == [("PERSON", "Nalesoni")]
    assert typed_spans(placeholder, "looping in Rahimi for context") == [("PERSON", "Rahimi")]
    assert not typed_spans(placeholder, "add sugar to the tea")
    assert not typed_spans(placeholder, "according to the docs the build is green")
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "participants: everyone on the team")}


def test_cards_with_two_spaces_between_groups(placeholder: Scrubber) -> None:
    card = "4539  1488  0343  6467"  # passes Luhn, groups lined up with two spaces
    assert typed_spans(placeholder, f"pay with {card} please") == [("CREDIT_CARD", card)]
    assert not typed_spans(placeholder, "pay with 4539  1488  0343  6468 please")  # Luhn fails
    assert "CREDIT_CARD" not in {
        t for t, _ in typed_spans(placeholder, "scores 4539  1488.0343-6467")
    }  # mixed


@pytest.mark.parametrize(
    "value",
    ["kofi.mensah [at] example [dot] com", "kofi.mensah at example dot co dot uk", "kofi (at) mailbox.org",
     "kofi @ example.com"],
)  # fmt: skip
def test_obfuscated_email_addresses(placeholder: Scrubber, value: str) -> None:
    assert typed_spans(placeholder, f"write to {value} tomorrow") == [("EMAIL_ADDRESS", value)]


@pytest.mark.parametrize(
    "text", ["meet me at cafe.de tonight", "look at example dot com", "we met at noon. com is down"]
)
def test_at_and_dot_words_alone_are_no_email(placeholder: Scrubber, text: str) -> None:
    assert "EMAIL_ADDRESS" not in {t for t, _ in typed_spans(placeholder, text)}


def test_email_next_to_an_arrow_is_not_a_name(placeholder: Scrubber) -> None:
    text = "mbeki.t@outlook.co.za <- use this one"
    assert typed_spans(placeholder, text) == [("EMAIL_ADDRESS", "mbeki.t@outlook.co.za")]


def test_login_user_slash_password(placeholder: Scrubber) -> None:
    found = typed_spans(placeholder, "login kwame_a / Sunset!2031")
    assert found == [("USERNAME", "kwame_a"), ("SECRET", "Sunset!2031")]
    assert typed_spans(placeholder, "creds: deploy01 / xK9qTr2m")[-1] == ("SECRET", "xK9qTr2m")
    assert not typed_spans(placeholder, "the login page / settings screen is broken")


def test_url_password_with_ampersand_and_token_in_url(placeholder: Scrubber) -> None:
    found = typed_spans(placeholder, "amqp://guest:blue&9931@queue.internal:5672/")
    assert ("SECRET", "blue&9931") in found and "EMAIL_ADDRESS" not in {t for t, _ in found}
    token = "ghp_" + "Zr8kQ2mX7vN4pL9sT1wY6bC3dF5gH0jK2aE4"
    found = typed_spans(placeholder, f"git clone https://{token}@github.com/acme/app.git")
    assert ("SECRET", token) in found and "LOCATION" not in {t for t, _ in found}


def test_handles_after_tag_add_me_and_my_at(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "tag zolwenimbatha in the post") == [("USERNAME", "zolwenimbatha")]
    assert typed_spans(placeholder, "add me kgosi_77") == [("USERNAME", "kgosi_77")]
    assert typed_spans(placeholder, "my @ is thandeka.m") == [("USERNAME", "thandeka.m")]
    assert typed_spans(placeholder, "follow nomsa_22 for updates") == [("USERNAME", "nomsa_22")]
    assert not typed_spans(placeholder, "follow instructions carefully")
    assert not typed_spans(placeholder, "tag the photo with the date")


def test_reddit_users_in_any_case_and_handles_before_posted_on(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "ADD ME U/SIPHOKAZIMTHEMBUDLAMINI") == [
        ("USERNAME", "U/SIPHOKAZIMTHEMBUDLAMINI")
    ]
    assert typed_spans(placeholder, "lerato_99 posted it on reddit") == [("USERNAME", "lerato_99")]
    assert not typed_spans(placeholder, "u/ means user on reddit")


# ------------------------------------------------------------------------------ round 6: general rules


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("my work is at github.com/okafor-dev", "okafor-dev"),
        ("https://www.linkedin.com/in/amara-okafor-42/", "amara-okafor-42"),
        ("DM me: t.me/nadia_k", "nadia_k"),
        ("reels at instagram.com/@lin.cooks.", "@lin.cooks"),
    ],
)
def test_profile_url_handle_is_a_username_and_the_site_stays(placeholder: Scrubber, text, handle) -> None:
    assert ("USERNAME", handle) in typed_spans(placeholder, text)
    assert "URL" not in {t for t, _ in typed_spans(placeholder, text)}
    assert placeholder.scrub(text) == text.replace(handle, "<USERNAME>")


def test_site_pages_and_repositories_are_not_profiles(placeholder: Scrubber) -> None:
    assert "USERNAME" not in {t for t, _ in typed_spans(placeholder, "see github.com/trending today")}
    assert "USERNAME" not in {t for t, _ in typed_spans(placeholder, "curl https://api.github.com/user")}
    assert "USERNAME" not in {t for t, _ in typed_spans(placeholder, "clone github.com/acme/app.git")}


def test_fediverse_handle_is_one_username_not_an_email(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "find me at @mele_k@fosstodon.org") == [
        ("USERNAME", "@mele_k@fosstodon.org")
    ]
    # a plain address stays an e-mail address
    assert typed_spans(placeholder, "mail mele_k@fosstodon.org") == [
        ("EMAIL_ADDRESS", "mele_k@fosstodon.org")
    ]


def test_remote_login_and_user_before_password_are_usernames(placeholder: Scrubber) -> None:
    assert ("USERNAME", "lkeawe") in typed_spans(placeholder, "ssh -p 2222 lkeawe@10.4.4.1")
    found = typed_spans(placeholder, "wifi user tamar.g pass Blue!Door77")
    assert ("USERNAME", "tamar.g") in found and ("SECRET", "Blue!Door77") in found
    # shared and system accounts are no person
    assert "USERNAME" not in {t for t, _ in typed_spans(placeholder, "ssh root@10.4.4.1")}
    assert not typed_spans(placeholder, "the default login is admin/admin on these routers")
    assert "USERNAME" not in {t for t, _ in typed_spans(placeholder, "machine api.heroku.com login deploy")}


def test_log_in_as_names_the_account(placeholder: Scrubber) -> None:
    assert ("USERNAME", "ana_k") in typed_spans(placeholder, "log in as ana_k, pass Wild!Cat9")
    assert ("USERNAME", "mele.p") in typed_spans(placeholder, "I'm logged in as mele.p on the laptop")
    assert "USERNAME" not in {t for t, _ in typed_spans(placeholder, "log in as admin first")}
    assert "USERNAME" not in {t for t, _ in typed_spans(placeholder, "log in as a guest")}


def test_explicit_username_outranks_a_place_guess_but_not_a_number(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "my roblox user is kalani.77") == [("USERNAME", "kalani.77")]
    assert "USERNAME" not in {t for t, _ in typed_spans(placeholder, "viber 117.216.5951")}


def test_handle_before_at_app_url_is_not_taken(placeholder: Scrubber) -> None:
    found = typed_spans(placeholder, "findme at instagram.com/lani_p")
    assert found == [("USERNAME", "lani_p")]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("PGPASSWORD=Lava2019 psql -h db", "Lava2019"),
        ("clientsecret: 9fk2Lx0qPz77aa", "9fk2Lx0qPz77aa"),
        ("AccountName=shop;accountkey=q8Zr+Tk3m/5vXw9Lq2==;EndpointSuffix=core.windows.net", "q8Zr+Tk3m/5vXw9Lq2=="),
        ("Xk82Pq0LmN is the wifi password", "Xk82Pq0LmN"),
        ("'Hale!2024' was my old password", "Hale!2024"),
        ("contraseña Rojo#88 por favor", "Rojo#88"),
        ("le mot de passe est plage2021", "plage2021"),
        ("das Passwort ist Kaese!99", "Kaese!99"),
        ("senha: praia2020", "praia2020"),
        ("the password's tide#42, case sensitive", "tide#42"),
        ("docker login -u ci -p Qm3!vx92 ghcr.io", "Qm3!vx92"),
        ("podman login --password=Pod9xK2 quay.io", "Pod9xK2"),
        ("creds are ops / Kx9!mm2q", "Kx9!mm2q"),
    ],
)  # fmt: skip
def test_round6_secret_cues(placeholder: Scrubber, text: str, secret: str) -> None:
    assert ("SECRET", secret) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dublin is the password hint",  # a word before the cue
        "what is the wifi password",
        "docker run -p 8080:80 nginx",  # a port mapping, not a registry password
        "the monkey=banana joke",
        "set API_KEY=your-api-key-here first",
        "contraseña olvidada",  # a word after the cue
        "hockey=fun",
        "Version2 is the password policy",  # the cue does not end the clause
    ],
)
def test_round6_secret_cues_leave_words_and_placeholders(placeholder: Scrubber, text: str) -> None:
    assert "SECRET" not in {t for t, _ in typed_spans(placeholder, text)}


def test_discord_webhook_token_is_a_secret(placeholder: Scrubber) -> None:
    token = "112233445566778899/" + "Ab3_" * 12
    found = typed_spans(placeholder, f"https://discord.com/api/webhooks/{token}")
    assert found == [("SECRET", f"https://discord.com/api/webhooks/{token}")] or ("SECRET", token) in found
    assert placeholder.scrub(f"https://discord.com/api/webhooks/{token}").count("Ab3_") == 0


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I came into this world on 3rd of May 1990", "3rd of May 1990"),
        ("born 19900503", "19900503"),
        ("DOB: Mar-14-1972", "Mar-14-1972"),
        ("geb. 4 Feb '61", "4 Feb '61"),
        ("née le 12/05/1948 à Lyon", "12/05/1948"),
        ("nacido el 7 de 1988... no: born July 7th, 1988", "July 7th, 1988"),
    ],
)
def test_round6_dates_of_birth(placeholder: Scrubber, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text", ["order 19900503 shipped", "the NATO summit on 12 July 2024", "invoice dated Mar-14-1972"]
)
def test_round6_dates_without_birth_cue_stay(placeholder: Scrubber, text: str) -> None:
    assert "DATE_OF_BIRTH" not in {t for t, _ in typed_spans(placeholder, text)}


def test_pasted_table_columns_under_a_header(placeholder: Scrubber) -> None:
    text = "name;dob;city\nLEILANI MAKOA;1987-02-11;Hilo\nvukovic;19750306;Split"
    found = typed_spans(placeholder, text)
    assert ("PERSON", "LEILANI MAKOA") in found and ("PERSON", "vukovic") in found
    assert ("DATE_OF_BIRTH", "1987-02-11") in found and ("DATE_OF_BIRTH", "19750306") in found
    # a header without a personal column, and a line that is no table, are left alone
    assert not typed_spans(placeholder, "sku,qty\nwidget,4\ngadget,2")
    # "name" heads product tables too: alone it takes nothing, next to a personal column it does
    assert not typed_spans(placeholder, "name,price\nWidget Pro,4\nGadget,2")
    assert ("PERSON", "Okonjo Ama") in typed_spans(placeholder, "name,email\nOkonjo Ama,x@example.org")
    markdown = "| name | email |\n|---|---|\n| Okonjo Ama | x@example.org |"
    assert [v for t, v in typed_spans(placeholder, markdown) if t == "PERSON"] == ["Okonjo Ama"]
    assert "PERSON" not in {t for t, _ in typed_spans(placeholder, "name,dob\nthanks for the sheet")}


def test_json_name_field_is_a_name(placeholder: Scrubber) -> None:
    assert ("PERSON", "TAMARI") in typed_spans(placeholder, '{"name": "TAMARI", "age": 31}')


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thanks to Tamari we made it", "Tamari"),
        ("dinner with Lulanko went well", "Lulanko"),
        ("a gift for Nanami under 30 euros?", "Nanami"),
        ("Okonjo (my cousin) is visiting", "Okonjo"),
        ("say hello to wirihana ngata for me", "wirihana ngata"),
        ("xoxo, Keala", "Keala"),
        ("Aloha Keala, how was the trip?", "Keala"),
        ("Makoa is typing...", "Makoa"),
    ],
)
def test_round6_name_cues(placeholder: Scrubber, text: str, name: str) -> None:
    assert ("PERSON", name) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Aloha! how does this bot work",
        "Namaste, quick question",
        "the Tamil script has 247 letters",
        "Tbilisi is lovely in october",
        "trekking from Kathmandu to Tel Aviv",
        "Deutsche Bank raised rates",
        "Petronas towers at night",
        "my passport says born 1 May 1990",
        "the plumber's number is on the fridge",
        "grafana is on port 3000",
        "docker login keeps asking for a password",
        "pls double-check the total",
        "XOXO, SEE YOU",
    ],
)
def test_round6_words_places_and_companies_are_not_people(placeholder: Scrubber, text: str) -> None:
    assert not {t for t, _ in typed_spans(placeholder, text)} & {"PERSON", "LOCATION"}


def test_well_known_places_can_be_scrubbed_too(sockets_blocked) -> None:
    strict = Scrubber(PrivacySettings(replace="placeholder", keep_well_known_places=False))
    assert "LOCATION" in {t for t, _ in typed_spans(strict, "she moved to Tbilisi last year")}
    # a place that is also a first name is scrubbed either way
    assert typed_spans(Scrubber(PrivacySettings(replace="placeholder")), "thanks to Sofia for the help")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("my place is Bankastræti 4, ring twice", "Bankastræti 4"),
        ("return address: Dunajska cesta 21", "Dunajska cesta 21"),
        ("meet at Laugavegur 22", "Laugavegur 22"),
        ("the shop is on 12, Jalan SS 2/24", "12, Jalan SS 2/24"),
        ("my office: Lorong Kurau 5", "Lorong Kurau 5"),
        ("hotel at 6-10-1 Roppongi", "6-10-1 Roppongi"),
        ("Flat 12, Green Park Residency, MG Road", "Flat 12, Green Park Residency, MG Road"),
    ],
)
def test_round6_addresses(placeholder: Scrubber, text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text", ["the meeting is in room 3-14-2", "scores were 4-1-5 tonight", "flat 4, then the bus"]
)
def test_round6_address_look_alikes(placeholder: Scrubber, text: str) -> None:
    assert "STREET_ADDRESS" not in {t for t, _ in typed_spans(placeholder, text)}


def test_maestro_twelve_digits_need_a_card_word_and_test_cards_stay(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "my maestro 502044414972 was cloned") == [("CREDIT_CARD", "502044414972")]
    assert typed_spans(placeholder, "dump: 502044414972|08|29|412")[0] == ("CREDIT_CARD", "502044414972")
    assert "CREDIT_CARD" not in {t for t, _ in typed_spans(placeholder, "ref 502044414972 attached")}
    assert not typed_spans(placeholder, "4242 4242 4242 4242 is the stripe test card")


def test_phone_with_slash_after_trunk_prefix_and_placeholder_digits(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "my number 0161/4862908") == [("PHONE_NUMBER", "0161/4862908")]
    assert "PHONE_NUMBER" not in {t for t, _ in typed_spans(placeholder, "use 0000 0000 0000 as a dummy")}


ROUND6_CANARIES = {
    "profile": "okafor_canary77",
    "fediverse": "@mele_canary@fosstodon.org",
    "ssh login": "lkeawe_canary",
    "run-together secret": "Lava2019Canary",
    "password before cue": "Xk82PqCanary",
    "foreign password": "Rojo#88Canary",
    "registry password": "Qm3!vxCanary",
    "compact birth date": "19900503",
    "table name": "LEILANI CANARYMAKOA",
}


async def test_round6_canaries_stay_out_of_the_database_and_logs(service, settings, caplog) -> None:
    c = ROUND6_CANARIES
    texts = [
        f"my work is at github.com/{c['profile']} and I toot as {c['fediverse']}",
        f"ssh -p 2222 {c['ssh login']}@10.4.4.1 then PGPASSWORD={c['run-together secret']} psql",
        f"{c['password before cue']} is the wifi password, contraseña {c['foreign password']}",
        f"docker login -u ci -p {c['registry password']} ghcr.io; born {c['compact birth date']}",
        f"name;dob\n{c['table name']};1987-02-11",
    ]
    await assert_canaries_kept_out(service, settings, caplog, c, texts, stored=b"is the wifi password")


def test_pronouns_group_joins_and_who_is_name_people(placeholder: Scrubber) -> None:
    assert ("PERSON", "oksana") in typed_spans(placeholder, "oksana (she/her) will lead the session")
    assert ("PERSON", "tamari") in typed_spans(placeholder, "pls add tamari to the group chat")
    assert ("PERSON", "keoni makoa") in typed_spans(placeholder, "who is keoni makoa?")
    for text in ("who is coming tonight?", "who is responsible for this?", "who's there?",
                 "add milk to the shopping list", "add the docs to the channel"):  # fmt: skip
        assert "PERSON" not in {t for t, _ in typed_spans(placeholder, text)}, text


def test_greetings_alone_and_lower_case_places(placeholder: Scrubber) -> None:
    # "hello" was a listed surname and no everyday word: a one-word "hello" became a fake name
    for text in ("hello", "Hello!", "howdy"):
        assert not typed_spans(placeholder, text), text
    assert not typed_spans(placeholder, "who was the first president of the united states?")
    # a lower-case town is still a place (only lower-case unknown *people* are dropped)
    assert typed_spans(placeholder, "i grew up in springfield") == [("LOCATION", "springfield")]


# Round 7: cue words and machine output in general (privacy/cues.py), more date shapes, header labels.
ROUND7_POSITIVE = [
    # a password word of another language, words in between, then a separator or a copula
    ("cyfrinair y llwybrydd: Gx7!pLm2q", ("SECRET", "Gx7!pLm2q")),
    ("heslo k wifi: Brno#2024tree", ("SECRET", "Brno#2024tree")),
    ("il-password tiegħi hija Mdina+55Gate", ("SECRET", "Mdina+55Gate")),
    ("senha do banco = Pato!9911", ("SECRET", "Pato!9911")),
    ("WIFI:S:Cafe5;T:WPA;P:Orange.Tree.44;;", ("SECRET", "Orange.Tree.44")),
    ('network={\n  ssid="Lab"\n  psk="kettle77Blue"\n}', ("SECRET", "kettle77Blue")),
    ("your verification code is 583920", ("SECRET", "583920")),
    ("session = requests.Session(); session.auth = ('ops', 'tulip+42rain')", ("SECRET", "tulip+42rain")),
    ("db.internal:5432:orders:kwame_b:Pq9%zzLk", ("SECRET", "Pq9%zzLk")),
    ("db.internal:5432:orders:kwame_b:Pq9%zzLk", ("USERNAME", "kwame_b")),
    # user names where programs print them, and after labels of several languages
    ("Traceback: /home/oyelaran_t/work/run.py line 3", ("USERNAME", "oyelaran_t")),
    (r"saved to C:\Users\mkowalska\Desktop\a.txt", ("USERNAME", "mkowalska")),
    ("teodora9@devbox:~/src$ make", ("USERNAME", "teodora9")),
    ("uid=1001(aigerim.k) gid=1001(aigerim.k)", ("USERNAME", "aigerim.k")),
    ("sudo -u bolat_n psql", ("USERNAME", "bolat_n")),
    ("Failed password for invalid user q_haddad from 10.1.1.9 port 22", ("USERNAME", "q_haddad")),
    ("Benutzername: lenz_anna", ("USERNAME", "lenz_anna")),
    ("send it to venmo.com/u/Dara-Quinn please", ("USERNAME", "Dara-Quinn")),
    # dates of birth: passport, Roman-numeral, ISO timestamp, spelt out, labels of other languages
    ("DOB 03MAR1979", ("DATE_OF_BIRTH", "03MAR1979")),
    ("born 4.VII.1990 in Kraków", ("DATE_OF_BIRTH", "4.VII.1990")),
    ('{"birthdate": "1984-06-02T00:00:00+02:00"}', ("DATE_OF_BIRTH", "1984-06-02T00:00:00+02:00")),
    ("she was born on the third of May nineteen sixty one", ("DATE_OF_BIRTH", None)),
    ("data di nascita: 12/11/1971", ("DATE_OF_BIRTH", "12/11/1971")),
    ("date of birth on file 840716", ("DATE_OF_BIRTH", "840716")),
    # names after calendar and commit headers, before a mail address, and after activity verbs
    ("Organiser: Wiremu Tane\nWhen: Fri 9:00", ("PERSON", "Wiremu Tane")),
    ("Co-authored-by: Yerlan Abenov <y.abenov@mail.kz>", ("PERSON", "Yerlan Abenov")),
    ("Oysha Karimova commented on your post", ("PERSON", "Oysha Karimova")),
    ("missed call from zhanibek", ("PERSON", "zhanibek")),
    # addresses after a cue, name-type-number order, more type-first streets
    ("deliver to Keizersgracht 221", ("STREET_ADDRESS", "Keizersgracht 221")),
    ("billing address tole bi st 45, apt 12", ("STREET_ADDRESS", None)),
    ("Triq il-Kbira 17, Mosta", ("STREET_ADDRESS", None)),
    ("the invite went to ana.ruiz at posteo.de", ("EMAIL_ADDRESS", "ana.ruiz at posteo.de")),
]


@pytest.mark.parametrize(("text", "expected"), ROUND7_POSITIVE)
def test_round7_cue_rules_find(placeholder: Scrubber, text: str, expected) -> None:
    etype, value = expected
    found = typed_spans(placeholder, text)
    assert any(t == etype and (value is None or v == value) for t, v in found), (text, found)


ROUND7_NEGATIVE = [
    "password reset link expires in 30 minutes",
    "the wifi password policy needs 12 characters",
    "cyfrinair is the word for password",
    "your order confirmation code is 583920",
    "AccountName=shopdata;AccountKey= is empty in the template",
    "su - is short for switch user",
    "moved to version 3 last week",
    "see main.py and utils.sh for the entry points",
    "sentry_sdk.init(traces_sample_rate=1.0)",
    "git config user.name is the setting",
    "Mar 4 was a Monday",
    "the release on 1993-11-19 was the first",
    # found after round 7: short licence look-alikes, codes and years after birth and address cues
    "password policy v2 requires rotation every 90 days",
    "print it on A4 paper",
    "Date of birth field shows error 500123 on submit",
    "what's the birth rate in 2023 vs 202301",
    "where: lobby 3",
]


def test_compact_dates_of_birth_must_be_dates() -> None:
    from privacy.recognizers import _compact_date_valid

    assert (
        _compact_date_valid("19880427") and _compact_date_valid("760804") and _compact_date_valid("27041988")
    )
    assert not _compact_date_valid("202399") and not _compact_date_valid("99999999")


def test_a_compact_date_after_a_birth_cue_is_still_found(placeholder: Scrubber) -> None:
    assert ("DATE_OF_BIRTH", "19880427") in typed_spans(placeholder, "DOB 19880427, please update")
    assert ("DATE_OF_BIRTH", "760804") in typed_spans(placeholder, "birth date: 760804")


@pytest.mark.parametrize(
    "text",
    [
        "we moved to Kubernetes 1.29 in March",
        "we moved to Berlin 2 years ago",
        "they moved to Slack 3 months back",
        "I moved to Denver 2019 for work",
    ],
)
def test_a_version_or_a_count_after_moved_to_is_no_house_number(placeholder: Scrubber, text: str) -> None:
    assert "STREET_ADDRESS" not in {t for t, _ in typed_spans(placeholder, text)}, text


@pytest.mark.parametrize("text", ROUND7_NEGATIVE)
def test_round7_cue_rules_leave_look_alikes(placeholder: Scrubber, text: str) -> None:
    found = typed_spans(placeholder, text)
    assert not [(t, v) for t, v in found if t not in ("LOCATION",)], (text, found)


def test_spacy_spans_inside_identifiers_and_across_fields_are_dropped(placeholder: Scrubber) -> None:
    assert ("USERNAME", "xx_irina") in typed_spans(placeholder, "uid=1000(xx_irina) gid=1000 groups=27(sudo)")
    found = typed_spans(placeholder, "BEGIN:VEVENT VEVENT\nORGANIZER;CN=Nurlan Sadykov:mailto:n@s.kz")
    assert ("PERSON", "Nurlan Sadykov") in found
    assert not [v for t, v in found if "\n" in v or ";" in v], found


ROUND7_CANARIES = {
    "welsh password": "Gx7!canaryLm2",
    "wifi qr": "Orange.Canary.44",
    "home dir": "oyelaran_canary",
    "prompt": "teodora_canary",
    "passport dob": "03MAR1979",
}


async def test_round7_canaries_stay_out_of_the_database_and_logs(service, settings, caplog) -> None:
    c = ROUND7_CANARIES
    texts = [
        f"cyfrinair y llwybrydd: {c['welsh password']} and WIFI:T:WPA;S:Cafe;P:{c['wifi qr']};;",
        f'File "/home/{c["home dir"]}/app.py", line 3, {c["prompt"]}@devbox:~$ ls',
        f"my DOB {c['passport dob']} is on the form",
    ]
    await assert_canaries_kept_out(service, settings, caplog, c, texts, stored=b"is on the form")


# ------------------------------------------------------------------ round 8: typing and general shapes

ROUND8_POSITIVE = [
    # a value inside a URL keeps its own type; the URL around it is no find of its own
    (
        "https://shop.example.com/orders?id=7&email=wanjiru.k+shop@mailbox.co.ke",
        [("EMAIL_ADDRESS", "wanjiru.k+shop@mailbox.co.ke")],
    ),
    ("reset link: https://app.test/reset?login=kobus_vd&lang=af", [("USERNAME", "kobus_vd")]),
    ("my chess profile: chess.example.org/@/tarik_plays", [("USERNAME", "tarik_plays")]),
    ("https://board.example.net/members/quillon_77/posts", [("USERNAME", "quillon_77")]),
    ("text me at wa.me/27821234567 after six", [("PHONE_NUMBER", "27821234567")]),
    ("<a href='tel:+35318765432'>call</a>", [("PHONE_NUMBER", "+35318765432")]),
    # the at sign as forms and URLs encode it
    ("contact=olusegun.a%40webmail.ng", [("EMAIL_ADDRESS", "olusegun.a%40webmail.ng")]),
    ("mail: ingrid.h＠posteo.de", [("EMAIL_ADDRESS", "ingrid.h＠posteo.de")]),
    # usernames after gamer-tag labels and PuTTY's prompt
    ("psn gt: brave_otter_09", [("USERNAME", "brave_otter_09")]),
    ("ign kestrel.exe, add me", [("USERNAME", "kestrel.exe")]),
    ("login as: svetla_k", [("USERNAME", "svetla_k")]),
    # dates of birth spaced as forms box them, and after birth cues of other languages
    ("D.O.B. 14 09 1987", [("DATE_OF_BIRTH", "14 09 1987")]),
    ("data de nasc. 1979.11.23", [("DATE_OF_BIRTH", "1979.11.23")]),
    ("fecha de nac.: 19830612", [("DATE_OF_BIRTH", "19830612")]),
    # names after form roles, "name (...)" labels, kinship titles, contact cards and stream events
    ("referring physician: obuya", [("PERSON", "obuya")]),
    ("passenger 2: nkem adaeze (adult)", [("PERSON", "nkem adaeze")]),
    ("First name (as in ID): seluvaia", [("PERSON", "seluvaia")]),
    ("dinner at auntie wanjiku's on sunday", [("PERSON", "wanjiku")]),
    ("Shared contact\n👤 TEMUULEN\n", [("PERSON", "TEMUULEN")]),
    ("Korvath subscribed at tier 1", [("PERSON", "Korvath")]),
    ("big props to Oyelowo for the fix", [("PERSON", "Oyelowo")]),
    # secrets: a password after words without a separator, shared-account pairs, guard codes
    ("mot de passe du wifi Qp7#zzLm0", [("SECRET", "Qp7#zzLm0")]),
    ("the pass 4 the alarm = Ruby19!99", [("SECRET", "Ruby19!99")]),
    ("root:Vx9!kTr2qq on the staging box", [("SECRET", "Vx9!kTr2qq")]),
    ("backup code Z7QK2", [("SECRET", "Z7QK2")]),
    # a card after a stray number, IPv6 in an SPF record, addresses with "#" and numbered streets
    ("pay 3 4111 1111 1111 1111 pls", [("CREDIT_CARD", "4111 1111 1111 1111")]),
    ("v=spf1 ip6:2a02:6b8:c0c::/48 ~all", [("IP_ADDRESS", "2a02:6b8:c0c::/48")]),
    ("deliver to Calle Olmo #41", [("STREET_ADDRESS", "Calle Olmo #41")]),
    ("plot 12, road 5, F-7/2 islamabad", [("STREET_ADDRESS", "plot 12, road 5, F-7/2")]),
    ("Delivery address (optional): Kalnciema iela 42", [("STREET_ADDRESS", "Kalnciema iela 42")]),
    # e-mail spaced out around a literal "@", or with a comma for the last dot
    ("reach me: tove . lind @ posteo . se", [("EMAIL_ADDRESS", "tove . lind @ posteo . se")]),
    ("send it to ayodele.b@yahoo,com", [("EMAIL_ADDRESS", "ayodele.b@yahoo,com")]),
    # a quoted nickname inside a name, and handle-shaped players doing what players do
    ("Contact: Kwabena 'KB' Asante", [("PERSON", "Kwabena 'KB' Asante")]),
    ("zorak_77 keeps griefing our base", [("USERNAME", "zorak_77")]),
    ("xX_mirela_Xx got banned again", [("USERNAME", "xX_mirela_Xx")]),
    ("catch me on discord as nightjar#0", [("USERNAME", "nightjar#0")]),
    ("my handle everywhere is lowtide", [("USERNAME", "lowtide")]),
    ("tiktok - amara.bakes", [("USERNAME", "amara.bakes")]),
    ("the shop account is registered as k.mwangi", [("USERNAME", "k.mwangi")]),
    # dates of birth with month names of other languages, year first, or without the year
    ("née le 14 février 1983", [("DATE_OF_BIRTH", "14 février 1983")]),
    ("nacida el 2 de agosto de 1979", [("DATE_OF_BIRTH", "2 de agosto de 1979")]),
    ("dob 1986-Nov-02", [("DATE_OF_BIRTH", "1986-Nov-02")]),
    ("her bday is 9/11 lol", [("DATE_OF_BIRTH", "9/11")]),
    # titles of trust before a lower-case name
    ("ask nurse mbali about the drip", [("PERSON", "mbali")]),
    # codes that open things, passwords named after or set to a value, wallet recovery words
    ("the gate code is 4821#", [("SECRET", "4821#")]),
    ("locker combination 07-19-33", [("SECRET", "07-19-33")]),
    ("use Kettle!77 as the password", [("SECRET", "Kettle!77")]),
    ("my password got changed to Moss#Wall3", [("SECRET", "Moss#Wall3")]),
    (
        "recovery phrase: amber cliff oven salt lunar bridge nerve oak tulip vapor gift rally",
        [("SECRET", "amber cliff oven salt lunar bridge nerve oak tulip vapor gift rally")],
    ),
    # P.O. boxes, a street named before its comma and number, an address longer than spaCy's name
    ("post it to P.O. Box 3310, Gaborone", [("STREET_ADDRESS", "P.O. Box 3310")]),
    ("Av. Atlântica, 2964 - Copacabana", [("STREET_ADDRESS", "Av. Atlântica, 2964")]),
    ("Plot 12, Mawanda Hill Road", [("STREET_ADDRESS", "Plot 12, Mawanda Hill Road")]),
    # phone numbers after abbreviations and other languages' words, with unicode dashes
    ("ph: 7012345678", [("PHONE_NUMBER", "7012345678")]),
    ("Handy: 0151 23456789", [("PHONE_NUMBER", "0151 23456789")]),
    ("tel +1 (312) 555‑0147", [("PHONE_NUMBER", "+1 (312) 555‑0147")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND8_POSITIVE)
def test_round8_general_shapes_are_found_with_their_type(placeholder: Scrubber, text: str, expected) -> None:
    found = typed_spans(placeholder, text)
    for kind, value in expected:
        # a span of the type that holds the value (an address may take in its town: "…, 2964 - Copacabana")
        assert any(t == kind and value in span for t, span in found), (text, found)
    assert "URL" not in {t for t, _ in found}, (text, found)


ANY = {"PERSON", "STREET_ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IP_ADDRESS", "SECRET", "USERNAME",
       "DATE_OF_BIRTH"}  # fmt: skip
# (text, types that must not be found in it)
ROUND8_NEGATIVE = [
    ("see https://docs.example.org/users/guide for the setup", ANY),  # a page under /users/
    ("https://example.com/profile.php?user=admin&tab=settings", ANY),  # a shared account
    ("the form says DOB: DD/MM/YYYY", ANY | {"LOCATION"}),
    ("room 12 05 2024 is booked", {"DATE_OF_BIRTH"}),  # no birth cue
    ("our order confirmation code is ABCDE", ANY),
    ("backup code words are stored offline", ANY),
    ("password for the staging portal is in the vault safely?", ANY),
    ("how do I keep a password in yaml safely?", ANY),
    ("admin:8080 is the admin port", ANY),
    ("root:true in the config", ANY),
    ("schick mir das bitte morgen", ANY),
    ("el router del piso es nuevo pero no funciona", ANY),
    ("fill in form W-8BEN before Friday", ANY),
    ("Nairobi to Naivasha by matatu, then Kisumu by bus", {"PERSON"}),
    ("gg ez, rematch?", ANY),
    ("PASSWORD: •••••••• (hidden)", ANY),
    ("the meeting moved to Donnerstag", ANY),
    ("Dear Hiring Manager, I'm applying for the role", ANY),
    ("mail me at ana@web.de, in case", {"PERSON", "USERNAME"}),
    ("the price is 5 @ 3.50, com fees", ANY),
    ("I told Ana 'no way' yesterday", {"USERNAME", "SECRET"}),
    ("fail2ban banned 10 hosts overnight", ANY),
    ("the user_id is banned?", ANY | {"LOCATION"}),
    ("max_len2 keeps growing", ANY),
    ("signed up as a volunteer", ANY),
    ("Spotify Wrapped is out", ANY),
    ("twitch streaming tonight at 8", ANY),
    ("the meeting is in mai or juni", ANY),
    ("birthday party at 7/35? no, 7:30", ANY),
    ("Landlord: mr. okoro", {"SECRET", "USERNAME"}),
    ("Toyota Corolla or Mazda 3 for a first car?", ANY),
    ("Dyson on sale at Costco", ANY),
    ("coach training starts tonight", ANY),
    ("the password was reset to default", ANY),
    ("use this as the password field label", ANY),
    ("the combination of both is 100 percent", ANY),
    ("door code reset tomorrow", ANY),
    ("our recovery words workshop is on friday", ANY),
    ("Via Roma, 12 people came to the shop", {"STREET_ADDRESS"}),
    ("the ph is 7.2 in the tank", ANY),
    ("mob 2 had 1234567 hp", ANY),
]


@pytest.mark.parametrize(("text", "forbidden"), ROUND8_NEGATIVE)
def test_round8_rules_leave_look_alikes(placeholder: Scrubber, text: str, forbidden: set[str]) -> None:
    found = typed_spans(placeholder, text)
    assert not [(t, v) for t, v in found if t in forbidden], (text, found)


def test_a_spaced_email_stops_at_its_own_suffix(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "mail me at ana@web.de, in case") == [("EMAIL_ADDRESS", "ana@web.de")]


def test_a_title_is_not_part_of_the_name_and_a_brand_needs_to_come_first(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "Landlord: mr. okoro") == [("PERSON", "okoro")]
    assert ("PERSON", "Harrison Ford") in typed_spans(placeholder, "Harrison Ford was great in that")
    assert ("PERSON", "Zara") in typed_spans(placeholder, "ask Zara about the keys")


def test_a_password_word_is_no_name_but_the_same_name_capitalised_is(placeholder: Scrubber) -> None:
    assert ("PERSON", "kata sandi") not in typed_spans(placeholder, "kata sandi wifi Qp7#zzLm0")
    assert ("PERSON", "Sandi") in typed_spans(placeholder, "thanks to Sandi for the cake")


def test_a_quote_after_a_name_is_no_nickname(placeholder: Scrubber) -> None:
    assert ("PERSON", "Ana") in typed_spans(placeholder, "I told Ana 'no way' yesterday")


def test_a_password_label_is_not_the_password(placeholder: Scrubber) -> None:
    found = typed_spans(placeholder, "school login: ana_k / pw: Tq7mmx!r9")
    assert ("SECRET", "Tq7mmx!r9") in found and ("SECRET", "pw:") not in found, found


def test_email_inside_a_url_becomes_a_surrogate_email_and_the_site_stays(surrogate: Scrubber) -> None:
    text = "https://shop.example.com/track?order=1&email=adaeze.n@inbox.ng"
    out = surrogate.scrub(text, scope="conv-url")
    assert "adaeze.n@inbox.ng" not in out
    assert out.startswith("https://shop.example.com/track?order=1&email=")
    fake = out.removeprefix("https://shop.example.com/track?order=1&email=")
    assert fake.split("@")[1] in ("example.com", "example.org", "example.net"), out


def test_a_date_of_birth_is_not_typed_as_a_phone_number(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "born 03 11 1990") == [("DATE_OF_BIRTH", "03 11 1990")]
    assert ("PHONE_NUMBER", "03 11 1990") not in typed_spans(placeholder, "DOB: 03 11 1990")
    # without a birth cue the same digits after a contact word stay a phone number
    assert typed_spans(placeholder, "call 0311 1990 22")[0][0] == "PHONE_NUMBER"


ROUND8_CANARIES = {
    "email in url": "canary.wairimu@inbox.co.ke",
    "encoded email": "canary.obi%40mail.ng",
    "profile path": "canary_gamer_77",
    "chat link": "254711223344",
    "spaced dob": "17 04 1969",
}


async def test_round8_canaries_stay_out_of_the_database_and_logs(service, settings, caplog) -> None:
    c = ROUND8_CANARIES
    texts = [
        f"track it at https://shop.example.com/t?order=5&email={c['email in url']} today",
        f"email: {c['encoded email']} and lichess.org/@/{c['profile path']} rematch",
        f"ping me on wa.me/{c['chat link']} or the form says DOB: {c['spaced dob']} — noted",
    ]
    await assert_canaries_kept_out(service, settings, caplog, c, texts, stored=b"noted")


# Round 9: usernames by the shape of chat logs and account addresses; secrets after cue words of more
# languages and scripts, passphrases, PINs, long tokens after a login or key word, capability links.
ROUND9_POSITIVE = [
    ("<kiri_w> anyone around?", [("USERNAME", "kiri_w")]),
    ("[09:12] <@tolu88> ok", [("USERNAME", "@tolu88")]),
    ("[09:12] * tolu.88 (~t@host) has joined #ops", [("USERNAME", "tolu.88")]),
    ("--> wairua_k has quit (Ping timeout)", [("USERNAME", "wairua_k")]),
    ("*** hemi_x is now known as hemi_away", [("USERNAME", "hemi_away")]),
    ("[10:02] rangi_7: lunch?", [("USERNAME", "rangi_7")]),
    ("WORKGROUP-2\\hemi_k logged on", [("USERNAME", "hemi_k")]),
    ("see forum.example.net/member.php?u=wiremu55", [("USERNAME", "wiremu55")]),
    ("https://tanemahuta.substack.com/p/hello", [("USERNAME", "tanemahuta")]),
    ("git clone https://codeberg.org/mereana-k/dotfiles", [("USERNAME", "mereana-k")]),
    ("goodreads.com/kiri_reads/shelf", [("USERNAME", "kiri_reads")]),
    ("/users/ngaio7/documents/report.pdf", [("USERNAME", "ngaio7")]),
    ("env: API_PASSWORD=Kowhai#team9 API_HOST=db", [("SECRET", "Kowhai#team9")]),
    ("salasana: ahead home impact 62", [("SECRET", "ahead home impact 62")]),
    ("the passcode was read out as 4471", [("SECRET", "4471")]),
    ("webinar passcode TrqwLz", [("SECRET", "TrqwLz")]),
    ("docker login zQ8pL2vN6xR4tY1wK9mB3cF7", [("SECRET", "zQ8pL2vN6xR4tY1wK9mB3cF7")]),
    (
        "calendar: https://cal.example.net/ical/Xq7Lp2Mz9Wv4Rt8Ks1Yb6Nd3.ics",
        [("SECRET", "Xq7Lp2Mz9Wv4Rt8Ks1Yb6Nd3")],
    ),
    ("o contrasinal é Muxia#22", [("SECRET", "Muxia#22")]),
    ("kata laluan: Bukit88#x", [("SECRET", "Bukit88#x")]),
    ("пароль: Kf83hsnq", [("SECRET", "Kf83hsnq")]),
    ("密码: qx81Lmz0", [("SECRET", "qx81Lmz0")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND9_POSITIVE)
def test_round9_shapes_are_found_with_their_type(placeholder: Scrubber, text: str, expected) -> None:
    found = typed_spans(placeholder, text)
    for item in expected:
        assert item in found, (text, found)


ROUND9_NEGATIVE = [
    ("<br> tags break the layout", ANY),
    ("note: the server restarts at 10", ANY),
    ("[10:02] reminder: stand-up", ANY),
    ("* the build has joined the queue", {"USERNAME"}),
    ("C:\\Windows\\System32 is a folder", ANY),
    ("github.com/python/cpython is the source", {"USERNAME"}),
    ("example.com/blog_2024/post and example.com/api_v2/users", {"USERNAME"}),
    ("see https://docs.example.org/users/guide", {"USERNAME"}),
    ("the password must be at least 12 characters", ANY),
    ("password expires in 30 days", ANY),
    ("the pin is 4 digits long", ANY),
    ("enter the passcode 3 times and it locks", ANY),
    ("the password is set to expire after 90 days", ANY),
    ("log in with your usual account", ANY),
    ("docs.example.org/guides/getting-started-with-the-api", ANY),
]


@pytest.mark.parametrize(("text", "forbidden"), ROUND9_NEGATIVE)
def test_round9_rules_leave_look_alikes(placeholder: Scrubber, text: str, forbidden: set[str]) -> None:
    found = typed_spans(placeholder, text)
    assert not [(t, v) for t, v in found if t in forbidden], (text, found)


# Round 9: names after roles only people fill and as chat speaker labels; what is never a name.
ROUND9_NAMES = [
    ("the claimant, WIREMU TAPSELL, said the fence was down", [("PERSON", "WIREMU TAPSELL")]),
    ("Informant: Orrin Thackeridge, brother", [("PERSON", "Orrin Thackeridge")]),
    ("in loving memory of Aroha Ngatai, 1940–2023", [("PERSON", "Aroha Ngatai")]),
    ("RSVP to Mereana Tuhiwai by June", [("PERSON", "Mereana Tuhiwai")]),
    ("Wiremu Tane: on my way", [("PERSON", "Wiremu Tane")]),
    ("TAMATI has entered the waiting room", [("PERSON", "TAMATI")]),
    ("1. enter card 4929 1205 3376 8806 2. click Pay", [("CREDIT_CARD", "4929 1205 3376 8806")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND9_NAMES)
def test_round9_names_and_cards_are_found(placeholder: Scrubber, text: str, expected) -> None:
    found = typed_spans(placeholder, text)
    for item in expected:
        assert item in found, (text, found)


def test_an_initial_in_a_speaker_label_stays_with_the_name(placeholder: Scrubber) -> None:
    text = "KIRI T.: see you there"
    assert any(t == "PERSON" and v.startswith("KIRI T") for t, v in typed_spans(placeholder, text))


ROUND9_NOT_NAMES = [
    "TODO: fix the build",
    "Kernel: panic at boot",
    "slak: xoxb-is-the-prefix",
    "heslo je Zt7!kq2Lw",
    "DOB field: dd.mm.yyyy",
    "XXXX XXXX XXXX 1234 on the receipt",
    "date 24-jan-2005 in the register",
    "nació el 3 de abril de 1990",
    "JOHN 3:16 ON THE BANNER",
    "MAC aa:bb:cc:dd:ee:ff on the label",
    "kernel: in=eth0 out=wlan1",
]


@pytest.mark.parametrize("text", ROUND9_NOT_NAMES)
def test_round9_labels_dates_and_codes_are_no_names(placeholder: Scrubber, text: str) -> None:
    found = typed_spans(placeholder, text)
    assert not [(t, v) for t, v in found if t in ("PERSON", "LOCATION", "URL")], (text, found)


# Round 9: address shapes without a street suffix, street words of more languages, GEDCOM births.
ROUND9_ADDRESSES = [
    ("meet at 380 W 2100 S after work", [("STREET_ADDRESS", "380 W 2100 S")]),
    ("Carrera 7 # 71-21, Bogotá", [("STREET_ADDRESS", "Carrera 7 # 71-21")]),
    ("Calle 60 No. 421 x 47 y 49, Centro", [("STREET_ADDRESS", "Calle 60 No. 421 x 47 y 49, Centro")]),
    ("House 12, Sector 15-A is ours", [("STREET_ADDRESS", "House 12, Sector 15-A")]),
    ("the clinic is at Area 47/3/142", [("STREET_ADDRESS", "Area 47/3/142")]),
    ("post it to CC 25/1234, Edappally", [("STREET_ADDRESS", "CC 25/1234, Edappally")]),
    ("16 Trewartha\nSt Ives TR26 1AA", [("STREET_ADDRESS", "16 Trewartha\nSt Ives TR26 1AA")]),
    ("Atatürk caddesi 14 is closed", [("STREET_ADDRESS", "Atatürk caddesi 14")]),
    ("Brīvības iela 55, Rīga", [("STREET_ADDRESS", "Brīvības iela 55")]),
    ("0 @I1@ INDI\n1 BIRT\n2 DATE 3 mars 1911\n2 PLAC Bastia", [("DATE_OF_BIRTH", "3 mars 1911")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND9_ADDRESSES)
def test_round9_address_shapes_are_found(placeholder: Scrubber, text: str, expected) -> None:
    found = typed_spans(placeholder, text)
    for kind, value in expected:
        assert any(t == kind and value in span for t, span in found), (text, found)  # or with its town


@pytest.mark.parametrize(
    "text",
    [
        "the invoice 12/2023, Monday",
        "I have 3 kids, Monday and Friday",
        "turn 5 W 3 N on the grid map",  # no house number: a single digit
        "chapter 3 No. 12 of the report",
        "page 12, block 4 of the spreadsheet",
    ],
)
def test_round9_address_shapes_leave_look_alikes(placeholder: Scrubber, text: str) -> None:
    found = typed_spans(placeholder, text)
    assert not [(t, v) for t, v in found if t == "STREET_ADDRESS"], (text, found)


def test_a_number_on_the_line_before_is_no_house_number_of_a_postcode(placeholder: Scrubber) -> None:
    # the learned tagger may scrub "London SW1A 1AA" itself (a full postcode covers a handful of homes);
    # what must not happen is an address chained across the line break from "3 goals"
    found = typed_spans(placeholder, "we scored 3 goals\nLondon SW1A 1AA is the palace")
    assert not [v for t, v in found if t == "STREET_ADDRESS" and "goals" in v], found


def test_ocr_digits_inside_words_read_as_letters_and_keep_the_length() -> None:
    from privacy.recognizers import ocr_letters

    text = "RSVP to Ma1ual and KI0NA, v1.0 of mp3 log4j2 at 10:01"
    read = ocr_letters(text)
    assert read == "RSVP to Malual and KIONA, v1.0 of mp3 log4j2 at 10:01"
    assert len(read) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RSVP to Aroha Ma1ual by Friday", ("PERSON", "Aroha Ma1ual")),
        ("heard TAMATI GURBAN0WA is moving", ("PERSON", "TAMATI GURBAN0WA")),
        ("IP 198.18.7.21.51234 > 10.20.0.5.22: Flags [S]", ("IP_ADDRESS", "198.18.7.21.51234")),
    ],
)
def test_round9_ocr_names_and_tcpdump_addresses_are_found(placeholder: Scrubber, text: str, expected) -> None:
    assert expected in typed_spans(placeholder, text)


def test_a_dotted_version_is_no_tcpdump_address(placeholder: Scrubber) -> None:
    assert typed_spans(placeholder, "release 1.2.3.4.5 is out") == []


# ---------------------------------------------------------------- round 10: typing through markup and escapes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to tova_8<span>@</span>posteo.de", ("EMAIL_ADDRESS", "tova_8<span>@</span>posteo.de")),
        ("write to ilse&#64;posteo.de", ("EMAIL_ADDRESS", "ilse&#64;posteo.de")),
        ("contact: brandvold(at)online.no", ("EMAIL_ADDRESS", "brandvold(at)online.no")),
        ("mail: ilse_b [at] sapo [dot] pt", ("EMAIL_ADDRESS", "ilse_b [at] sapo [dot] pt")),
        ("erase the data of ilse+shop at orange.sn", ("EMAIL_ADDRESS", "ilse+shop at orange.sn")),
        ('From: Ilse <"ilse+news"@posteo.de>', ("EMAIL_ADDRESS", '"ilse+news"@posteo.de')),
        ("payout to NO66.8601.1117.948", ("IBAN_CODE", "NO66.8601.1117.948")),
        ("iban NO66 <b>8601</b> 1117 948", ("IBAN_CODE", "NO66 <b>8601</b> 1117 948")),
    ],
)
def test_values_behind_markup_escapes_and_obfuscation_get_their_own_type(placeholder, text, expected):
    assert expected in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "look at main.py at src.py",  # files, not a mailbox
        "meet me at cafe.de tonight",  # a place
        "the version is 1.2.3.4 at most",
    ],
)
def test_look_alikes_of_obfuscated_addresses_stay(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "EMAIL_ADDRESS"]


def test_obfuscated_address_gets_an_address_surrogate(surrogate):
    out = surrogate.scrub("mail me: brandvold(at)online.no", scope="c1")
    assert "brandvold" not in out and "online.no" not in out
    assert "@" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reach me on plus four seven two one nine nine eight seven six five", "PHONE_NUMBER"),
        (
            "my card number is four five three two zero one five one one two eight three zero three six six",
            "CREDIT_CARD",
        ),
    ],
)
def test_digits_read_aloud_after_a_cue_are_found(placeholder, text, expected):
    found = typed_spans(placeholder, text)
    assert [t for t, _ in found] == [expected]
    assert found[0][1].startswith(("plus", "four"))


def test_digit_words_without_a_number_stay(placeholder):
    assert typed_spans(placeholder, "one or two of the three dogs, maybe four") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("K-730215 is your Acme sign-in code", "730215"),
        ("<#> 5150 is your OTP for the transfer", "5150"),
        ("the key box code 9071, third floor", "9071"),
    ],
)
def test_codes_sent_first_and_key_box_codes_are_secrets(placeholder, text, value):
    assert ("SECRET", value) in typed_spans(placeholder, text)


def test_a_number_that_is_no_code_stays(placeholder):
    assert not [t for t, _ in typed_spans(placeholder, "2024 is your year to shine") if t == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("data urodzenia: 3 lutego 1961 r.", "3 lutego 1961"),  # Polish genitive month
        ("datum narození 7 října 1977", "7 října 1977"),  # Czech
        ("doğum tarihi 12 ağustos 1990", "12 ağustos 1990"),  # Turkish
        ("date of birth: H05.11.23", "H05.11.23"),  # a Japanese era date
    ],
)
def test_dates_of_birth_in_more_languages_and_eras(placeholder, text, value):
    assert ("DATE_OF_BIRTH", value) in typed_spans(placeholder, text)


def test_era_shaped_code_without_a_birth_cue_stays(placeholder):
    assert not [t for t, _ in typed_spans(placeholder, "firmware H05.11.23 is out") if t == "DATE_OF_BIRTH"]


def test_sql_insert_values_are_typed_by_their_column(placeholder):
    text = "INSERT INTO members (id, full_name, dob) VALUES (7, 'ilse brandvold', '1961-2-3'), (8, 'Odd Tveit', '1970-12-1');"
    found = typed_spans(placeholder, text)
    assert ("PERSON", "ilse brandvold") in found
    assert ("DATE_OF_BIRTH", "1961-2-3") in found
    assert ("DATE_OF_BIRTH", "1970-12-1") in found


def test_sql_insert_of_a_product_table_stays(placeholder):
    assert typed_spans(placeholder, "INSERT INTO products (name, price) VALUES ('Widget', 3);") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("git clone git@codeberg.org:tveit-odd/notes.git", "tveit-odd"),
        ("my page: https://www.uni.example.edu/~obrandv/", "obrandv"),
    ],
)
def test_forge_owners_over_ssh_and_tilde_user_pages_are_usernames(placeholder, text, value):
    assert ("USERNAME", value) in typed_spans(placeholder, text)


def test_home_directory_tilde_is_no_username(placeholder):
    assert typed_spans(placeholder, "run cd ~/projects then ls") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("beacon seen at hxxp://81.44.120[.]17/panel", ("IP_ADDRESS", "81.44.120[.]17")),
        ("reply to tveit[@]online[.]no", ("EMAIL_ADDRESS", "tveit[@]online[.]no")),
        ("lykilorðið er Fjord2020", ("SECRET", "Fjord2020")),
        ("senhal: Tolosa1999", ("SECRET", "Tolosa1999")),
        ("my card number is 6706 0071 6249 5264 795", ("CREDIT_CARD", "6706 0071 6249 5264 795")),
    ],
)
def test_defanged_values_password_words_and_cued_cards_get_their_type(placeholder, text, expected):
    assert expected in typed_spans(placeholder, text)


def test_numbers_reserved_for_fiction_are_scrubbed_like_any_other(placeholder):
    # 555-01xx names no one, but people (and our canaries) use such numbers as stand-ins for real ones;
    # a privacy scrubber errs towards hiding them.
    assert typed_spans(placeholder, "ring 212-555-0199") == [("PHONE_NUMBER", "212-555-0199")]
    assert typed_spans(placeholder, "call me at 555-0147") == [("PHONE_NUMBER", "555-0147")]
    assert ("PHONE_NUMBER", "+47 555 01 234") in typed_spans(placeholder, "not 555-0101 but +47 555 01 234")


def test_a_form_label_before_name_is_no_person(placeholder):
    found = typed_spans(placeholder, "Cardholder name: Signe Tveit")
    assert ("PERSON", "Signe Tveit") in found
    assert not [v for t, v in found if "Cardholder" in v]


def test_short_all_caps_acronym_is_no_person(placeholder):
    assert not [v for t, v in typed_spans(placeholder, "SMS sent to Signe yesterday") if v == "SMS"]


def test_all_caps_known_name_in_mixed_text_stays_a_person(placeholder):
    assert ("PERSON", "ANA") in typed_spans(placeholder, "tell ANA I said hi")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("deliver to Stand 2210, Block K, Makhado", "Stand 2210, Block K, Makhado"),
        ("post it to Erf 311, Katutura", "Erf 311, Katutura"),
        ("house call at H. No. 42/B, Porvorim", "H. No. 42/B, Porvorim"),
        ("drop at No. 12, 3rd Cross, 8th Main, Jayanagar", "No. 12, 3rd Cross, 8th Main, Jayanagar"),
    ],
)
def test_numbered_plots_and_cross_main_roads_are_addresses(placeholder, text, value):
    assert ("STREET_ADDRESS", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text", ["the plot 3, Act II is dull", "page 12, 3rd Cross of the map", "we stand 2, side by side"]
)
def test_plot_and_cross_words_in_ordinary_sentences_are_no_address(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her notebooks: kaggle.com/signe.t/code", "signe.t"),
        ("flickr.com/photos/tveit_odd/albums", "tveit_odd"),
        ("!register fjordkid77 please", "fjordkid77"),
        ("/ban spamlord_3 for a week", "spamlord_3"),
    ],
)
def test_profile_pages_and_bot_commands_name_usernames(placeholder, text, value):
    assert ("USERNAME", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize("text", ["see example.com/docs/posts", "/remind me to call", "!register now please"])
def test_site_sections_and_other_commands_are_no_usernames(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "USERNAME"]


# ---- round 12: CLDR month names, typing of covered values, config and log shapes, slashed cards


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("born 12. veebruar 1987 in Tartu", "12. veebruar 1987"),  # Estonian
        ("date of birth: 3 Gorffennaf 1979", "3 Gorffennaf 1979"),  # Welsh
        ("DOB 22 octombrie 1975, policy 88", "22 octombrie 1975"),  # Romanian
        ("DOB: 1985. március 4.", "1985. március 4."),  # Hungarian, year first
        ("I was born 1990. gada 3. decembrī", "1990. gada 3. decembrī"),  # Latvian, a form CLDR lacks
        ("birthday 8. kesäkuuta 2001!", "8. kesäkuuta 2001"),  # Finnish partitive
        ("my birthday is 9 Shawwal 1410 AH", "9 Shawwal 1410 AH"),  # Islamic calendar
    ],
)
def test_dates_with_month_words_of_any_language_near_a_birth_cue_are_dates_of_birth(placeholder, text, value):
    assert ("DATE_OF_BIRTH", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "the concert is on 12 veebruar 2025 at noon",  # a date, but no birth cue
        "invoice due 3 Gorffennaf 2024",
        "born to run 5 van loads a day",  # "van" is a month word of some locale and an English word
    ],
)
def test_month_words_without_a_birth_cue_or_year_are_no_date_of_birth(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "DATE_OF_BIRTH"]


def test_month_word_rules():
    from privacy.recognizers import _month_word

    assert _month_word("Mehefin", with_year=False)
    assert not _month_word("van", with_year=False) and _month_word("van", with_year=True)
    assert _month_word("decembrī", with_year=True) and not _month_word("decembrī", with_year=False)
    assert not _month_word("keyboard", with_year=True)


def test_card_groups_split_by_slashes_are_a_card_but_not_inside_a_path(placeholder):
    assert ("CREDIT_CARD", "4111/1111/1111/1111") in typed_spans(
        placeholder, "card on file: 4111/1111/1111/1111"
    )
    for text in ("GET /orders/4111/1111/1111/1111/items", "ref 4111/1111-1111 1111"):
        assert not [t for t, _ in typed_spans(placeholder, text) if t == "CREDIT_CARD"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("db1 deploy_user=kasia_wr ansible_port=22", "kasia_wr"),
        ("spring.datasource.username=jtorvik", "jtorvik"),
        ("mysql -u hbrennan -p shop", "hbrennan"),
        ("Get-ADUser -Identity okafor77 -Properties *", "okafor77"),
        ("$c = New-Object PSCredential('bjarne_t', $pw)", "bjarne_t"),
    ],
)
def test_logins_in_config_keys_cli_flags_and_powershell_are_usernames(placeholder, text, value):
    assert ("USERNAME", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "user_agent=Firefox",
        "git push -u origin main",
        "python -u run.py",
        "DB_USER=postgres",
        "mysql -u root -p",
    ],
)
def test_other_keys_and_flags_name_no_username(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "USERNAME"]


def test_the_string_made_a_securestring_is_the_secret_not_the_cmdlet(placeholder):
    found = typed_spans(placeholder, "$s = ConvertTo-SecureString 'Fjord#2291' -AsPlainText -Force")
    assert ("SECRET", "Fjord#2291") in found
    assert not [v for t, v in found if "ConvertTo" in v]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("lösenordet är Gr0n!ngT", "Gr0n!ngT"),
        ("the code for the side gate is 5521", "5521"),
        ("garage code for the cottage is 0912#", "0912#"),
    ],
)
def test_password_words_with_their_article_and_codes_for_a_place_are_secrets(placeholder, text, value):
    assert ("SECRET", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text", ["the alarm code for the office is changing next week", "door code for guests expires in 2 days"]
)
def test_talk_about_codes_is_no_secret(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we moved to ul. Mira, d. 5, kv. 12, Kazan, 420000", "ul. Mira, d. 5, kv. 12, Kazan, 420000"),
        ("bill to Harbour Lane, Building 7, Suva", "Harbour Lane, Building 7, Suva"),
    ],
)
def test_parts_numbering_a_house_flat_or_building_make_an_address(placeholder, text, value):
    assert ("STREET_ADDRESS", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text", ["ask the nurse, ward 5, tomorrow morning", "We meet Tuesday, unit 4, then lunch"]
)
def test_unit_words_in_ordinary_sentences_are_no_address(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("add me on lichess, I'm pawnstorm_77", "pawnstorm_77"),
        ("follow me on goodreads, I'm bookwyrmleif", "bookwyrmleif"),
    ],
)
def test_a_handle_after_an_invitation_on_any_app_is_a_username(placeholder, text, value):
    assert ("USERNAME", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "follow me on insta, I'm new here",
        "add me on facebook, I'm Maria",
        "message me on 0161-4960382 after six",
    ],
)
def test_words_names_and_numbers_after_an_invitation_are_no_username(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "USERNAME"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("reset the office wifi, it's Heron-dusk-58 now", "Heron-dusk-58"),
        ("new wlan: it's mosslantern", "mosslantern"),
    ],
)
def test_a_wifi_password_given_as_its_value_is_a_secret(placeholder, text, value):
    assert ("SECRET", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize("text", ["the wifi, it's down again", "hotspot on? it's working now"])
def test_the_state_of_the_wifi_is_no_secret(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "SECRET"]


# ---- round 13: credential keys by their statistics, handles on any app, languages are no people


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a config directive whose key ends in a credential word ("…pass", "…auth"), value alone on its line
        ("requirepass Cloud@8126", "Cloud@8126"),
        ("masterauth Quill#5521", "Quill#5521"),
        ("AUTH default Pine@172", "Pine@172"),
        ("dbpwd=Orchid77x", "Orchid77x"),
    ],
)
def test_a_credential_named_directive_holds_a_secret(placeholder, text, value):
    assert ("SECRET", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "requirepass yes",
        "maxmemory 256mb",
        "bypass cache",
        # a host name is where a credential is used, not one
        'authDomain: "demo-app.firebaseapp.com"',
    ],
)
def test_plain_values_and_hosts_after_credential_keys_are_no_secret(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Hebrew "my password is", transliterated; "Word2017!" is how people meet symbol rules, so the
        # final "!" is masked with the value (round 21: a leaked "!" would tell more than a masked one)
        ("sisma shelli hi Lemon2017!", "Lemon2017!"),
        ("hasisma shelli hi river.lamp-stone", "river.lamp-stone"),
        ("ramze wifi garden.table-music e", "garden.table-music"),  # Persian "wifi password"
        ("my dating app password was just story.table_window lol", "story.table_window"),
        ("for the tax portal I used Fern@2291 as password", "Fern@2291"),
        ("wifi at the beach house is Tide#9026 if you need it", "Tide#9026"),
        ("wifi at the venue is paper-seven_window if the guests ask", "paper-seven_window"),
    ],
)
def test_passwords_by_word_of_other_languages_and_by_shape(placeholder, text, value):
    assert ("SECRET", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "the wifi is down again",
        "wifi at the hotel is really-slow",
        "see docs/setup-guide.md for the wifi",
        'pass for Ana: "serialNumber": "E-5521"',  # a quoted key, not its value
    ],
)
def test_states_file_names_and_keys_are_no_password(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "SECRET"]


def test_a_short_word_before_a_random_token_is_not_the_password(placeholder):
    found = typed_spans(placeholder, "el password 3ndi ptkJAHypNOOYzr0 bs ma tshel")
    assert ("SECRET", "ptkJAHypNOOYzr0") in found
    assert ("SECRET", "3ndi") not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("church office alarm: 2862 then press OFF", "2862"),
        ("the back door keypad is 5966*, feed him at 6", "5966*"),
        ("the plumber needs the garage code, it's 83018", "83018"),
    ],
)
def test_a_code_after_what_it_opens_is_a_secret(placeholder, text, value):
    assert ("SECRET", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text", ["the alarm: 0700 tomorrow", "gate is 221 at terminal 2", "door is 120cm wide"]
)
def test_times_gates_and_sizes_are_no_access_code(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Assignee (username): kiri_walk9", "kiri_walk9"),
        ("uid: tavo_mer3", "tavo_mer3"),
        ("dn: uid=ronel1971,ou=people,dc=x,dc=y", "ronel1971"),
        ("mongodb://_kira.b:Lisbon1977&@10.2.3.4:27017/admin", "_kira.b"),
        ("on hellotalk I'm brenquillo, we can practise", "brenquillo"),
        ("fin me on strava, I'm carmen.the.baker", "carmen.the.baker"),
        ("my goodreads is _pavlo.t if you want my list", "_pavlo.t"),
        ("my depop shop is ysolvetz, everything half off", "ysolvetz"),
        ("gamertag Ruth Falcon 22 and my mail is below", "Ruth Falcon 22"),
        ('<saml:NameID Format="urn:x">kovalo_t</saml:NameID>', "kovalo_t"),
    ],
)
def test_logins_by_label_link_app_and_element_are_usernames(placeholder, text, value):
    assert ("USERNAME", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "my brother is tom",
        "on monday I'm free",
        "my flight is BA123",
        "uid=1000(root) gid=1000",
        'my pasphrase is "ground-able-ago-statement"',
        'dsn="https://1826ac709d0e63a649929ac5d9e7fa45@o4506.ingest.example.io/451"',
        "bind attempt dn=uid=svc-print",
        "ftp://upload:kite@Reef31@files.example.net/incoming",
    ],
)
def test_words_ids_keys_and_service_accounts_are_no_username(placeholder, text):
    assert not [v for t, v in typed_spans(placeholder, text) if t == "USERNAME"]


@pytest.mark.parametrize("text", ["she speaks Oromo at home", "say happy birthday to her in Catalan"])
def test_a_language_after_a_word_that_takes_one_is_no_person(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "PERSON"]


def test_a_language_name_elsewhere_stays_a_possible_surname(placeholder):
    assert ("PERSON", "Catalan") in typed_spans(placeholder, "I met Mr Catalan yesterday")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # capitalised parts ending in a postcode: a house name or quarter, locality, town or state
        ("the wake is at Les Rosiers, St Martin, Guernsey GY4 6AB after the service", "Les Rosiers"),
        ("Venue: Qr. Kantatoli, Ranchi, Jharkhand 834001", "Kantatoli"),
        # a street and its lane before numbered plate and unit parts (Persian pelak, vahed)
        ("send the letter to Vali Asr St, Kuche-ye Golha, Pelak 12, Vahed 3, Shiraz please", "Pelak 12"),
        ("the sofa is at 42 Jalan Ah'Kiang, Taman Mewah, 81200 Johor Bahru", "Jalan Ah'Kiang"),
    ],
)
def test_address_chains_are_typed_as_addresses(placeholder, text, value):
    spans = [v for t, v in typed_spans(placeholder, text) if t == "STREET_ADDRESS"]
    assert any(value in v for v in spans)
    assert not [v for t, v in typed_spans(placeholder, text) if t == "PERSON" and value in v]


@pytest.mark.parametrize(
    "text",
    [
        "Tom, Anna and Bob are coming",
        "invoice 12, April 2024, total 50000",
        "Paris, Lyon, Nice and Rome in 2024",
    ],
)
def test_lists_without_a_postcode_are_no_address(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "STREET_ADDRESS"]


# ---------------------------------------------------------------------------------------- round 14


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("please pay the deposit to SE 61 5000 0000 0583 9825 7469 today", "SE 61 5000 0000 0583 9825 7469"),
        ("pay to NO 66 8601 1117 948", "NO 66 8601 1117 948"),
    ],
)
def test_an_iban_with_its_country_code_apart_is_one_iban(placeholder, text, value):
    found = typed_spans(placeholder, text)
    assert ("IBAN_CODE", value) in found
    assert not [t for t, _ in found if t in ("PHONE_NUMBER", "CREDIT_CARD")]


@pytest.mark.parametrize(
    "text",
    [
        "we need SE 45 5000 0000 0583 9825 7467 as the reference",  # the checksum fails
        "it is ZZ 45 5000 0000 0583 9825 7466",  # no IBAN country
    ],
)
def test_spaced_country_code_needs_a_country_and_the_checksum(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "IBAN_CODE"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the form says Datum rojstva: 3. marca 1987", "3. marca 1987"),  # Slovene label
        ('{"date_of_birth": "4 Oktober 1990"}', "4 Oktober 1990"),  # a key with underscores
        ("my natal chart date is 14 March 1992", "14 March 1992"),
        ("tanggal lahir 17 Agustus 1985", "17 Agustus 1985"),  # Indonesian
        ("Anna Berg f. 12.04.1961 i Lund", "12.04.1961"),  # Nordic abbreviation
        ("Jan Nowak, ur. 02.11.1977", "02.11.1977"),  # Polish abbreviation
        ("Lena, 03.07.1990 (34 y/o), Riga", "03.07.1990"),  # an age beside the date
        ("born 2011·05·09 in Oslo", "2011·05·09"),  # middle dots between the parts
    ],
)
def test_birth_cues_of_many_languages_abbreviations_and_ages(placeholder, text, value):
    assert ("DATE_OF_BIRTH", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize(
    "text",
    [
        "the concert is on 14 March 2025",
        "Borneo trip from 3 May 2024, then home",  # "born" inside a word is no cue
        "meeting moved to 12.04.2019 at the station, 34 people",  # a count after a gap is no age
        "Natalie sent the file on 4 Oktober 2023",  # "natal" inside a name is no cue
    ],
)
def test_ordinary_dates_without_a_birth_cue_stay(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "DATE_OF_BIRTH"]


def test_birth_cue_near_folds_diacritics_and_underscores():
    from privacy.recognizers import birth_cue_near

    text = "Födelsedatum: 1 mars 1950"
    assert birth_cue_near(text, 14, len(text))
    text = "dzimšanas_datums=1 marts 1950"
    assert birth_cue_near(text, 17, len(text))
    text = "delivery date: 1 mars 1950"
    assert not birth_cue_near(text, 15, len(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my club login is maple72Tree?, swap me off", "maple72Tree?"),
        ("my tumblr login is xK9_pQwErTy7LmNbV2", "xK9_pQwErTy7LmNbV2"),
    ],
)
def test_a_password_given_after_a_bare_login_label_is_a_secret(placeholder, text, value):
    found = typed_spans(placeholder, text)
    assert ("SECRET", value) in found
    assert not [v for t, v in found if t == "USERNAME" and v in value]


@pytest.mark.parametrize("text", ["my club login is ana_b72", "login: tomek.r, then press enter"])
def test_a_login_that_looks_like_a_login_stays_a_username(placeholder, text):
    found = typed_spans(placeholder, text)
    assert [t for t, _ in found if t == "USERNAME"]
    assert not [t for t, _ in found if t == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my ao3 pen name is velvet_quill92 if you want it", "velvet_quill92"),
        ("on be-real I'm tomek_r88", "tomek_r88"),
    ],
)
def test_a_name_given_on_a_named_app_is_a_username(placeholder, text, value):
    assert ("USERNAME", value) in typed_spans(placeholder, text)


def test_a_pen_name_that_is_a_word_is_no_username(placeholder):
    assert not [t for t, _ in typed_spans(placeholder, "my ao3 pen name is secret, sorry") if t == "USERNAME"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("shed padlock is 0250, take the seeds", "0250"),  # a lock holds no time
        ("the keypad takes 48213 then enter", "48213"),
    ],
)
def test_codes_of_locks_and_keypads(placeholder, text, value):
    assert ("SECRET", value) in typed_spans(placeholder, text)


def test_an_alarm_time_is_still_no_code(placeholder):
    assert not [t for t, _ in typed_spans(placeholder, "the alarm: 0700 every day") if t == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"user": {"username": "evanmoor"}', "evanmoor"),  # a JSON key's quote before the colon
        ("imap-login: Login: user=<tam-mul-dev>, method=PLAIN", "tam-mul-dev"),  # in <...>, after a label
    ],
)
def test_logins_in_json_and_mail_logs(placeholder, text, value):
    assert ("USERNAME", value) in typed_spans(placeholder, text)


def test_a_json_user_field_holding_a_word_is_no_login(placeholder):
    assert not [t for t, _ in typed_spans(placeholder, 'the "user": "registered" flag') if t == "USERNAME"]


@pytest.mark.parametrize(
    "text", ["my fanfiction.net pen name is secret", "relay via smtp.fastmail.com today"]
)
def test_a_bare_site_name_is_no_personal_data(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "URL"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("see ana-garcia.dev for my cv", "ana-garcia.dev"),  # a person's own domain
        ("go to www.speedrun.com now", "www.speedrun.com"),
        ("https://myblog.example.org/about", "https://myblog.example.org/about"),
    ],
)
def test_links_and_personal_domains_stay_scrubbed(placeholder, text, value):
    assert ("URL", value) in typed_spans(placeholder, text)


@pytest.mark.parametrize("text", ["Ana caught a 9 lb pike on Saturday", "a 40 km drive to the lake"])
def test_a_quantity_with_its_unit_is_no_house_number(placeholder, text):
    assert not [t for t, _ in typed_spans(placeholder, text) if t == "STREET_ADDRESS"]


@pytest.mark.parametrize("text", ["meet at 9 M Street", "she lives at 12 Turnpike Road"])
def test_a_house_number_before_a_street_stays_an_address(placeholder, text):
    assert [t for t, _ in typed_spans(placeholder, text) if t == "STREET_ADDRESS"]
