"""Round 67 of PII detection, read from held-out 113 and 114: phone labels in Russian and Ukrainian; an
Indian mobile in two fives with the trunk "0" glued on; Cyrillic street addresses with the village, flat
and postcode; the grandmother's and the Ukrainian and Rusyn uncles' titles before a name ("баба Зина",
"вуйко Степан"), not before a word; kinship words said alone for one elder ("khura", "Kokum") are no one;
a maker's default PIN is no secret; "Ste." and a stadium's word before a name make a place, and so does a
road's kind after it; "identifiant" and "логін" name a login. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.fixture(scope="module")
def rules():  # noqa: ANN201
    from config.settings import PrivacySettings
    from privacy import Scrubber

    return Scrubber(PrivacySettings(tagger=False))


@pytest.fixture(scope="module")
def full():  # noqa: ANN201
    from config.settings import PrivacySettings
    from privacy import Scrubber

    return Scrubber(PrivacySettings())


def _types(spans: list[tuple[str, str]], entity: str) -> list[str]:
    return [value for kind, value in spans if kind == entity]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Сиделка: Нина\nТелефон: 89124567801", "89124567801"),
        ("моб. 89501234567, звоните после шести", "89501234567"),
        ("мобільний 0671234567, дзвоніть увечері", "0671234567"),
        ("Emergency contact: 094351 23456", "094351 23456"),
        ("the cook is Rupjyoti Saikia, 098640 12345, ring him after lunch", "098640 12345"),
        ("contact: 98640 12345", "98640 12345"),
    ],
)
def test_phone_labels_in_cyrillic_and_indian_mobiles(rules, text: str, phone: str) -> None:  # noqa: ANN001
    assert ("PHONE_NUMBER", phone) in typed_spans(rules, text)


def test_an_invoice_number_in_two_fives_is_no_phone(rules) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, "the invoice number is 98640 12345"), "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("пришлите на с. Малая Пурга, ул. Советская, д. 14", "с. Малая Пурга, ул. Советская, д. 14"),
        ("адреса: вул. Корзо, 7, кв. 3, м. Ужгород, 88000", "вул. Корзо, 7, кв. 3, м. Ужгород, 88000"),
        ("427790, г. Можга, ул. Наговицына, д. 20, кв. 5", "427790, г. Можга, ул. Наговицына, д. 20, кв. 5"),
        ("забери посылку: Зелёная ул., д. 4, корп. 2", "Зелёная ул., д. 4, корп. 2"),
        (
            "send it to просп. Мира, 31, кв. 9, Ижевск, 426057 please",
            "просп. Мира, 31, кв. 9, Ижевск, 426057",
        ),
    ],
)
def test_cyrillic_street_addresses(rules, text: str, address: str) -> None:  # noqa: ANN001
    assert ("STREET_ADDRESS", address) in typed_spans(rules, text)


@pytest.mark.parametrize(
    "text",
    ["ул. Ленина is the main street of every town", "до ул. Мира 5 минут пешком", "на пр. 3 человека"],
)
def test_a_street_with_no_house_is_no_address(rules, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, text), "STREET_ADDRESS")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("баба Зина приедет завтра", "Зина"),
        ("вуйко Степан відкриває магазин о восьмій", "Степан"),
        ("тітка Оля подзвонить увечері", "Оля"),
    ],
)
def test_cyrillic_kin_titles_before_a_name(rules, text: str, name: str) -> None:  # noqa: ANN001
    assert ("PERSON", name) in typed_spans(rules, text)


@pytest.mark.parametrize(
    "text", ["бабушка сегодня хорошо поела, спасибо", "Баба сегодня хорошо поела, спасибо Вам"]
)
def test_a_kin_word_before_everyday_words_names_no_one(rules, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, text), "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "took the tablets to khura in Tezpur on Sunday",
        "Kokum says thank you for the visit",
        "the emergency contact for Tamkhulu is his neighbour",
        "we bought a new rocking chair for Nokomis",
    ],
)
def test_kinship_words_said_alone_name_no_one(full, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(full, text), "PERSON")


def test_a_name_beside_a_kinship_word_said_alone_is_still_found(full) -> None:  # noqa: ANN001
    assert "Rosalie Bearskin" in _types(
        typed_spans(full, "Rosalie Bearskin drove Kokum to the clinic in Moose Factory"), "PERSON"
    )


@pytest.mark.parametrize(
    "text",
    [
        "the router's default password is admin, change it",
        "the default PIN of the hotel safe is 1234",
        "the alarm panel's default code in the manual is 000000",
    ],
)
def test_a_makers_default_is_no_secret(rules, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, text), "SECRET")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the default PIN was 0000, my new PIN is 4821", "4821"),
        ("the default password is Zx81!qq", "Zx81!qq"),
        ("my PIN is 1111", "1111"),
    ],
)
def test_a_chosen_value_near_default_is_still_a_secret(rules, text: str, secret: str) -> None:  # noqa: ANN001
    assert ("SECRET", secret) in typed_spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "we drove to Sault Ste. Marie for the tournament",
        "the Stade Pierre Mauroy in Lille seats 50,000",
        "Albertina Sisulu Road is closed for the marathon",
    ],
)
def test_places_named_for_saints_and_people(full, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(full, text), "PERSON")


def test_a_name_before_a_lower_case_verb_is_still_a_name(full) -> None:  # noqa: ANN001
    assert "Jon" in _types(typed_spans(full, "let Jon drive the van to Hilo"), "PERSON")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("mon identifiant Doctolib c'est lea.morel84", "lea.morel84"),
        ("мій логін на сайті клубу petrenko77", "petrenko77"),
    ],
)
def test_identifiant_and_login_in_ukrainian_name_a_login(full, text: str, login: str) -> None:  # noqa: ANN001
    spans = typed_spans(full, text)
    assert ("USERNAME", login) in spans
    assert not _types(spans, "SECRET")


@pytest.mark.parametrize(
    ("text", "secret", "not_secret"),
    [
        ("le mot de passe MonEspace du club c'est lune2019, garde-le", "lune2019", "MonEspace"),
        ("iphasiwedi ka-Tamkhulu ngu Lusikisiki@77, ungaxeleli mntu", "Lusikisiki@77", "ka-Tamkhulu"),
    ],
)
def test_whose_password_before_c_est_and_ngu(
    rules,  # noqa: ANN001
    text: str,
    secret: str,
    not_secret: str,
) -> None:
    secrets = _types(typed_spans(rules, text), "SECRET")
    assert secret in secrets
    assert not_secret not in secrets
