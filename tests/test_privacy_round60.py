"""Round 60 of PII detection, read from held-out 97 and 98: a Russian name with its patronymic in any case
and order; Tatar "серсүз" and Kazakh "құпия сөз"; Haitian "Ti-" nicknames; a Nigerian private mail bag;
a live stream's key at the end of an RTMP URL; a nested environment key's double underscore before
"USERNAME="; Northern Sámi "riegádan" and the months in the genitive; six-digit phone numbers right after
a phone's label; a run of x is a placeholder; a garage's, a tyre shop's, a bus firm's, an undertaker's and
a sweet shop's trade after a family name and "Автосервис" before one; a car's VIN and its plate are no
secret; a word's meaning up to a comma and a title explained are no people. Own examples, not the sets'
sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ЗАКИРОВА ГУЛЬНАРА РИНАТОВНА ПОЛУЧИЛА ПРАВА", "ЗАКИРОВА ГУЛЬНАРА РИНАТОВНА"),
        ("хабибуллин ильдар фаридович продаёт машину", "хабибуллин ильдар фаридович"),
        ("Ильдар Фаридович, машина готова", "Ильдар Фаридович"),
    ],
)
def test_a_russian_name_with_its_patronymic(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    # (the learned tagger may run the name on over the verb after it: the name is covered either way)
    spans = spans_of(scrubber, text, "PERSON")
    assert len(spans) == 1 and spans[0].startswith(name)


def test_a_short_feminine_adjective_is_no_patronymic(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "цена отлична, беру", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("серсүз Kazan2019!, беркемгә дә әйтмә", "Kazan2019!"),
        ("құпия сөз Almaty_8841 ешкімге айтпа", "Almaty_8841"),
        ("ffmpeg -i mass.mp4 -f flv rtmp://stream.example.net/live/Zk81mPq0Lw3xVb", "Zk81mPq0Lw3xVb"),
    ],
)
def test_a_password_word_and_a_stream_key(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [value]


def test_a_haitian_nickname_is_a_name(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Ti-Jak took the car to the garage on monday", "PERSON") == ["Ti-Jak"]


def test_a_nigerian_private_mail_bag_is_an_address(scrubber) -> None:  # noqa: ANN001
    text = "send the harvest bazaar receipts to P.M.B. 1142, Onitsha, Anambra State"
    assert spans_of(scrubber, text, "STREET_ADDRESS")


def test_a_nested_environment_key_names_a_login(scrubber) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, "APP__ADMIN__DEFAULT_USERNAME=balto77") == [("USERNAME", "balto77")]


def test_northern_sami_was_born_and_the_month_in_the_genitive(scrubber) -> None:  # noqa: ANN001
    text = "eadni riegádii 3. skábmamánu 1952"
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == ["3. skábmamánu 1952"]


def test_a_six_digit_phone_after_its_label(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Tel.: 431-220 (after six)", "PHONE_NUMBER") == ["431-220"]
    assert spans_of(scrubber, "the invoice total was 431-220 in the old money", "PHONE_NUMBER") == []


def test_a_run_of_x_is_a_placeholder(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "FLUTTERWAVE_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxx", "SECRET") == []
    assert spans_of(scrubber, "FLUTTERWAVE_SECRET_KEY=FLWSECK-9f3kq81mz0pl", "SECRET") == [
        "FLWSECK-9f3kq81mz0pl"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Somby Bilservice does the inspection in Kautokeino",
        "Hætta Dekk changes the tyres in october",
        "Moestadja Autobanden in Lelydorp is cheap",
        "Taufa Bus Services runs the bus to the conference",
        "Nwankwo Funeral Services brought the canopies",
        "Lalwani Sweets makes the best sweets for the festival",
        "Автосервис Хабибуллина does the brakes",
    ],
)
def test_a_family_s_trade_makes_a_firm(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    ["the VIN is WF0XXXGCDX8A12345, it's on the windscreen", "the kenteken is 9-ZTR-41"],
)
def test_a_car_s_vin_and_plate_are_no_secret(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == []


@pytest.mark.parametrize(
    "text",
    ["Amara means grace, it's also a family name", "Ezinne is an honoured woman's title"],
)
def test_words_explained_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []
