"""Round 65 of PII detection, read from held-out 107 and 108: a number after a country code's "+" is a
phone, never a card, whatever the Luhn check says; "login <app> saya X" (Indonesian and Malay name the app,
then whose it is); a PIN whose clause goes on after a comma; Italian, Friulian, Asturian and Minangkabau
titles before a name; Indonesian form labels ("pelapor:", "pemohon:"); a house number, neighbourhood and
town as Ghana writes an address, and its GhanaPostGPS digital address; a name in a road's, an airport's or
a market's name is a place. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.fixture(scope="module")
def rules():  # noqa: ANN201
    from config.settings import PrivacySettings
    from privacy import Scrubber

    return Scrubber(PrivacySettings(tagger=False))


@pytest.mark.parametrize(
    "text",
    [
        # these pass the Luhn check once the plus is dropped, and a card word stands near
        "the membership card is under +62 812 0916 6685",
        "put +62 813 2670 9219 on the gift card please",
    ],
)
def test_a_number_after_a_plus_is_a_phone_and_no_card(scrubber, text: str) -> None:  # noqa: ANN001
    number = text[text.index("+") :].split(" on ")[0]
    assert typed_spans(scrubber, text) == [("PHONE_NUMBER", number)]


def test_a_card_number_is_still_a_card(rules) -> None:  # noqa: ANN001
    assert typed_spans(rules, "my card is 4111 1111 1111 1111") == [("CREDIT_CARD", "4111 1111 1111 1111")]


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("login Tokopedia saya warung.bu_sri", "warung.bu_sri"),
        ("login Shopee aku: dapur_mama88", "dapur_mama88"),
    ],
)
def test_the_login_after_an_app_and_whose_it_is(rules, text: str, login: str) -> None:  # noqa: ANN001
    assert spans_of(rules, text, "USERNAME") == [login]


def test_an_app_without_a_possessive_is_still_read_as_before(rules) -> None:  # noqa: ANN001
    assert spans_of(rules, "login: warung.bu_sri", "USERNAME") == ["warung.bu_sri"]


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("pin ATM Bank Jatim 482913, jangan bilang siapa-siapa", "482913"),
        ("the pin for the shop terminal 5521, keep it to yourself", "5521"),
    ],
)
def test_a_pin_before_a_comma_and_more_words(rules, text: str, pin: str) -> None:  # noqa: ANN001
    assert spans_of(rules, text, "SECRET") == [pin]


def test_a_pin_then_a_comma_and_more_digits_is_no_pin(rules) -> None:  # noqa: ANN001
    # "1234,50": a decimal amount, not a PIN
    assert spans_of(rules, "pin pad fee 1234,50 euro", "SECRET") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("il geom. Tonizzo comes on Monday to check the roof", "Tonizzo"),
        ("siore Tomasin has the keys to the hall", "Tomasin"),
        ("ask tía Covadonga for the casadielles", "Covadonga"),
        ("el tíu Nel sells the bread in Llanes", "Nel"),
        ("Uda Rizaldi is at the till today", "Rizaldi"),
    ],
)
def test_a_title_before_a_name_stays_outside_it(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [("pelapor: yusran", "yusran"), ("Pemohon: Nurul Aini Pratiwi", "Nurul Aini Pratiwi")],
)
def test_an_indonesian_form_label_names_a_person(rules, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(rules, text, "PERSON") == [name]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "bring the bags to H/No. 12, Dzorwulu, Accra, GhanaPostGPS GA-184-2231 before noon",
            "H/No. 12, Dzorwulu, Accra, GhanaPostGPS GA-184-2231",
        ),
        ("the shop moved to Hse No. 7, Asokwa, Kumasi", "Hse No. 7, Asokwa, Kumasi"),
        ("my digital address is AK-039-4417", "AK-039-4417"),
    ],
)
def test_a_house_number_with_its_neighbourhood_and_town(rules, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(rules, text, "STREET_ADDRESS") == [address]


def test_a_house_number_alone_is_no_address(rules) -> None:  # noqa: ANN001
    assert spans_of(rules, "H/No. 4 has no sign on the gate", "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "the trotro stops near Kofi Annan Avenue",
        "we flew into Julius Nyerere International Airport at dawn",
        "the stall is in the Mercado Ignacio Zaragoza",
        "Jalan Ahmad Yani is closed for the parade",
        "the stadium is on Jl. Ahmad Yani",
    ],
)
def test_a_name_in_a_place_s_name_is_no_person(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_person_near_a_place_is_still_a_person(rules) -> None:  # noqa: ANN001
    assert spans_of(rules, "Kofi Annan Mensah lives near the avenue", "PERSON") == ["Kofi Annan Mensah"]


def test_the_app_between_a_login_word_and_whose_it_is_is_no_person(scrubber) -> None:  # noqa: ANN001
    text = "login Hubtel saya toko.bu_sri"
    assert spans_of(scrubber, text, "PERSON") == []
    assert spans_of(scrubber, text, "USERNAME")[-1].endswith("toko.bu_sri")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("mi usuario de glovo es pasteleria_inma", "pasteleria_inma"),
        ("MI USUARIO DE GLOVO ES PASTELERIA_INMA", "PASTELERIA_INMA"),
        ("mon identifiant sur doctolib est camille_v82", "camille_v82"),
    ],
)
def test_a_login_label_then_its_app_then_is(scrubber, text: str, login: str) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, text) == [("USERNAME", login)]


def test_a_user_at_a_place_is_no_login(rules) -> None:  # noqa: ANN001
    assert spans_of(rules, "the new user at the depot is ready", "USERNAME") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Talofa Sina, did the parcel come?", "Sina"), ("Aloha Makani, the boat leaves at six", "Makani")],
)
def test_a_greeted_name_before_a_comma_stands_whatever_the_tagger_reads(
    scrubber, text: str, name: str
) -> None:  # noqa: ANN001
    # (the tagger may take the greeting in with the name: the name is masked either way)
    assert any(name in span for span in spans_of(scrubber, text, "PERSON"))


@pytest.mark.parametrize("text", ["selamat Natal!", "selamat Paskah, semuanya!"])
def test_a_greeting_before_a_holiday_is_no_cue_the_tagger_cannot_overrule(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "text", ["makasih banyak ya, kurirnya cepat", "tolong kirim pesanan ke gudang besok"]
)
def test_indonesian_chat_in_lower_case_is_no_name(rules, text: str) -> None:  # noqa: ANN001
    assert spans_of(rules, text, "PERSON") == []


def test_a_lower_case_name_in_indonesian_chat_stays(scrubber) -> None:  # noqa: ANN001
    # (the word after it may be taken in: the name is masked either way)
    names = spans_of(scrubber, "tolong kirim pesanan ke dewi lestari besok", "PERSON")
    assert len(names) == 1 and names[0].startswith("dewi lestari")


def test_the_indonesian_chat_words_hold_no_listed_given_name() -> None:
    from privacy.data.make_function_words import INDONESIAN_CHAT
    from privacy.names import first_names

    assert not set(INDONESIAN_CHAT.split()) & first_names()
