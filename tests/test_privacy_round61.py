"""Round 61 of PII detection, read from held-out 99 and 100: a Korean name before its honorific or
particle, and a name field in a script with no capitals (Korean, Hindi, Bengali); Korean chat's "비번" and
a date written "2004. 4. 9."; a kinship word after a given name ("opa", "mashi"); a socket address is no
street, and the IP in it is found; curl's "-U" in capitals; Fijian months; a role's mailbox at an example
domain is no one's; a config file's name is no login; a sample config's joke is no secret; a festival, a
language, a family's dry cleaner's or tent house, and a street's kind alone are no people; a village
after an address label and a Hebrew P.O. box are addresses. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("박서연 씨가 서류 가져왔어요", "박서연"),
        ("어제 최준호한테 전화했어", "최준호"),
        ("김민수님 안녕하세요", "김민수"),
        ("정하늘 언니 결혼한대", "정하늘"),
    ],
)
def test_a_korean_name_before_its_honorific_or_particle(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    ["선생님한테 물어봐", "고양이한테 밥 줬어", "남동생한테 말했어", "잘했어 우리 딸"],
)
def test_korean_kin_pets_trades_and_phrases_are_no_names(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("성명: 한지민\n생년월일: 1971.3.2", "한지민"),
        ("नाम: सुरेश चंद्र नौटियाल", "सुरेश चंद्र नौटियाल"),
        ("নাম: শম্পা বসু", "শম্পা বসু"),
    ],
)
def test_a_name_field_in_a_script_with_no_capitals(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("와이파이 비번 t0kki88 이야", "t0kki88"),
        ("비번 qwer77 이고 아무도 몰라", "qwer77"),
        ("$ CURL -U DEPOT.ADMIN:GREEN-FIELD-42 HTTP://LOCALHOST/UPLOAD", "GREEN-FIELD-42"),
    ],
)
def test_korean_chat_password_word_and_curl_in_capitals(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [value]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("my birth date on the card is 1998. 11. 3.", "1998. 11. 3."),
        ("tiko ena sucu 3 Okotova 1961", "3 Okotova 1961"),
    ],
)
def test_a_korean_dotted_date_and_a_fijian_month_after_a_birth_word(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


def test_a_korean_dotted_date_with_no_birth_word_is_no_birth_date(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the drill is on 2025. 5. 3. at the base", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dilnoza opa cut the fabric for the wedding", "Dilnoza"),
        ("MOUSUMI MASHI IS BRINGING THE SAREE", "MOUSUMI"),
    ],
)
def test_a_given_name_before_a_kinship_word(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_a_kinship_word_after_an_everyday_word_names_no_one(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the tea didi comes at four", "PERSON") == []


def test_a_socket_address_is_an_ip_and_no_street(scrubber) -> None:  # noqa: ANN001
    text = 'listenaddress = "[2001:4860:7f1a:3b2c::51]:9443"'
    assert typed_spans(scrubber, text) == [("IP_ADDRESS", "2001:4860:7f1a:3b2c::51")]


def test_a_roles_mailbox_at_an_example_domain_is_no_ones(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "send the form to treasurer@example.org please", "EMAIL_ADDRESS") == []
    # a person's name at an example domain is still written as someone's
    text = "send the form to kwame.boateng@example.org please"
    assert spans_of(scrubber, text, "EMAIL_ADDRESS") == ["kwame.boateng@example.org"]


def test_a_config_files_name_is_no_login(scrubber) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, "the app reads local.yaml and then app.cfg at start") == []


@pytest.mark.parametrize("value", ["ThisKeyIsNotSoSecretChangeIt", "please-change-it"])
def test_a_sample_configs_joke_is_no_secret(scrubber, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, f"MAILER_SECRET={value}", "SECRET") == []


def test_a_real_looking_secret_in_the_same_place_stays(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "MAILER_SECRET=Rq7vLm2Tz9Kw", "SECRET") == ["Rq7vLm2Tz9Kw"]


@pytest.mark.parametrize(
    "text",
    [
        "the shop shuts early before Kali Puja",
        "she laid flowers on Shaheed Diwas",
        "the blouse has to be ready for Navami",
        "Circassian is the language of the Adyghe",
        "Karachay is the language of the valley",
        "Bhowmik Dry Cleaners pressed the suit",
        "Rawat Tent House put up the shamiana",
        "meet me at 3a. Calle 4-12, Zona 2",
    ],
)
def test_festivals_languages_family_firms_and_street_kinds_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize("text", ["my friend Puja called", "Purnima is on her way"])
def test_a_festivals_word_alone_is_still_a_given_name(scrubber, text: str) -> None:  # noqa: ANN001
    assert len(spans_of(scrubber, text, "PERSON")) == 1


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Address: Aldea Chuicutama, Sololá", "Aldea Chuicutama, Sololá"),
        ("the club's mail goes to ת.ד. 1187 in the moshav", "ת.ד. 1187"),
    ],
)
def test_a_village_after_an_address_label_and_a_hebrew_po_box(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [address]
