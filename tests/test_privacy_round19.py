"""Round 19's general mechanisms: credential attributes and element names, passwords glued to a number,
number codes, alarm codes, address fields, and cue words of another language taken for names."""

from __future__ import annotations

import pytest

from privacy.scrub import Scrubber

pytestmark = pytest.mark.usefixtures("sockets_blocked")


def types(scrubber: Scrubber, text: str) -> list[tuple[str, str]]:
    """(span, type) pairs the scrubber finds in `text`."""
    return [(text[r.start : r.end], r.entity_type) for r in scrubber.find(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('<setting name="admin_password" value="7781"/>', "7781"),
        ("<input name='pin' value='4462'>", "4462"),
        ('<property key="db.secret" value="Lq8zPw2x"/>', "Lq8zPw2x"),
        ("<relay-password>OtterFlat4</relay-password>", "OtterFlat4"),
    ],
)
def test_credential_named_attribute_or_element_holds_a_secret(
    scrubber: Scrubber, text: str, value: str
) -> None:
    assert (value, "SECRET") in types(scrubber, text)


@pytest.mark.parametrize(
    "text",
    [
        '<setting name="timeout" value="3000"/>',
        "<relay-host>radio.lan</relay-host>",
        '<input name="pin" value="true">',
    ],
)
def test_other_attributes_and_elements_hold_no_secret(scrubber: Scrubber, text: str) -> None:
    assert not [t for t in types(scrubber, text) if t[1] == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"), [("kalo nirun Lantern!1984", "Lantern!1984"), ("x 1999#Maple", "1999#Maple")]
)
def test_word_glued_to_a_number_by_a_symbol_is_a_password(scrubber: Scrubber, text: str, value: str) -> None:
    assert (value, "SECRET") in types(scrubber, text)


@pytest.mark.parametrize(
    "text", ["I scored 5*2021 in the quiz", "use x*1000 to scale", "C#10 is out", "ok!2020"]
)
def test_sums_and_short_words_with_numbers_are_no_password(scrubber: Scrubber, text: str) -> None:
    assert not [t for t in types(scrubber, text) if t[1] == "SECRET"]


def test_number_code_after_its_word_is_a_secret(scrubber: Scrubber) -> None:
    assert ("5518", "SECRET") in types(scrubber, "the shed code is 5518, don't tell")
    assert ("2290", "SECRET") in types(scrubber, "locker code: 2290")


@pytest.mark.parametrize(
    "text",
    [
        "the area code is 0161",
        "error code 4040 again",
        "promo code 2024 gives ten percent",
        "zip code is 90210",
    ],
)
def test_reference_codes_are_no_secret(scrubber: Scrubber, text: str) -> None:
    assert not [t for t in types(scrubber, text) if t[1] == "SECRET"]


def test_value_after_alarm_is_a_secret(scrubber: Scrubber) -> None:
    assert ("BELL808tower", "SECRET") in types(scrubber, "feeding the cat, alarm BELL808tower")
    assert not [t for t in types(scrubber, "the alarm went off at 7 again") if t[1] == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "ADR;TYPE=HOME:;;Lote 7 Finca 3, Vereda El Roble, Pitalito, Huila",
            "Lote 7 Finca 3, Vereda El Roble, Pitalito, Huila",
        ),
        (
            'home_address = "Sitio Lomboy, bahay 19, Barangay Tumana, Bulacan"',
            "Sitio Lomboy, bahay 19, Barangay Tumana, Bulacan",
        ),
    ],
)
def test_address_field_value_is_one_address(scrubber: Scrubber, text: str, value: str) -> None:
    assert types(scrubber, text) == [(value, "STREET_ADDRESS")]


@pytest.mark.parametrize(
    "text", ['ip_address = "10.1.2.3"', 'email_address: "kai@example.net"', 'home_address: "by the old mill"']
)
def test_other_address_fields_are_no_street_address(scrubber: Scrubber, text: str) -> None:
    assert not [t for t in types(scrubber, text) if t[1] == "STREET_ADDRESS"]


def test_lower_case_words_before_a_secret_are_no_name(scrubber: Scrubber) -> None:
    found = types(scrubber, "kalo nirun est Lantern!1984")
    assert ("Lantern!1984", "SECRET") in found
    assert not [t for t in found if t[1] == "PERSON"]


def test_lower_case_name_without_a_value_after_stays_a_name(scrubber: Scrubber) -> None:
    assert ("ana lima", "PERSON") in types(scrubber, "ana lima is my friend")


@pytest.mark.parametrize(
    "text",
    [
        '  "birthDate": "/Date(-315619200000)/",',
        '"dob": "/Date(946684800000+0100)/"',
        "his birthday in the old system is /date(-60480000000)/",
    ],
)
def test_microsoft_json_date_near_a_birth_word_is_a_date_of_birth(scrubber: Scrubber, text: str) -> None:
    assert [t for t in types(scrubber, text) if t[1] == "DATE_OF_BIRTH" and "ate(" in t[0].lower()]


@pytest.mark.parametrize(
    "text", ['  "modified": "/Date(1700000000000)/",', "the export says /Date(1700000000000)/"]
)
def test_microsoft_json_date_without_a_birth_word_is_left(scrubber: Scrubber, text: str) -> None:
    assert not types(scrubber, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fort Kearny was a stop on the trail",
        "we swam in Lake Bunyonyi all day",
        "Cerro Chato is a short climb",
        "the Vanuatu Toka festival is in August",
        "Hopi Fair is in July",
    ],
)
def test_landform_fort_or_event_words_make_a_place_not_a_person(scrubber: Scrubber, text: str) -> None:
    assert not [t for t in types(scrubber, text) if t[1] == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("ask Jimin Park about the rota", "Jimin Park"), ("we hiked Mount Elgon with Ana Lima", "Ana Lima")],
)
def test_names_near_place_words_stay_names(scrubber: Scrubber, text: str, name: str) -> None:
    assert (name, "PERSON") in types(scrubber, text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("the parcel goes to Samad Vurğun küç. 27", "küç. 27"),
        ("she lives on Alisher Navoiy ko'chasi 9", "ko'chasi 9"),
        ("my office is Cumhuriyet Cad. 44", "Cad. 44"),
    ],
)
def test_turkic_street_words_make_an_address(scrubber: Scrubber, text: str, street: str) -> None:
    assert any(t == "STREET_ADDRESS" and span.endswith(street) for span, t in types(scrubber, text))


def test_turkic_street_word_without_a_name_is_no_address(scrubber: Scrubber) -> None:
    assert not [t for t in types(scrubber, "the küç. 5 sign is broken") if t[1] == "STREET_ADDRESS"]


def test_town_after_an_address_and_comma_is_part_of_the_address(scrubber: Scrubber) -> None:
    found = types(scrubber, "send it to Samad Vurğun küç. 27, Şəki please")
    assert [t for t in found if t[1] == "STREET_ADDRESS" and t[0].endswith("Şəki")]
    assert not [t for t in found if t[1] in ("PERSON", "LOCATION")]


def test_shipping_address_key_holds_an_address(scrubber: Scrubber) -> None:
    text = 'shipping_address: "Bairro Alto, casa 31, Huambo"'
    assert ("Bairro Alto, casa 31, Huambo", "STREET_ADDRESS") in types(scrubber, text)
