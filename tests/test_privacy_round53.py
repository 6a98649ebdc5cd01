"""Round 53 of PII detection, read from held-out 83 and 84: Spanish "nací" and pinyin "shengri" before a
birth date; a password "taped to" something, then the value; name fields of other languages ("Jinete:",
"Mieter …:", "wypożyczający:", "Fattura intestata a:") and their labels no names; a Chinese surname that
is an English word before a pinyin given name ("He Xiuying"); Moroccan addresses by their pieces; circuses,
troupes, archives and collections; "azul", "ni hao" and "bongiorno" are greetings. Own examples, not the
sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("nací el 4 de marzo del 1991, lo piden en la ficha", "4 de marzo del 1991"),
        ("wo de shengri shi 1962年5月3日, please put it on the card", "1962年5月3日"),
    ],
)
def test_spanish_naci_and_pinyin_shengri(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


def test_a_password_taped_to_something_then_the_value(scrubber) -> None:  # noqa: ANN001
    text = "the till has its password taped to the drawer, Nadezhda#2291"
    assert spans_of(scrubber, text, "SECRET") == ["Nadezhda#2291"]


def test_the_code_to_something_is_no_where_it_is_cue(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the code to the shed, as you know, is on the fridge", "SECRET") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jinete: Bastián Órdenes, fecha de nacimiento 12/02/2001", "Bastián Órdenes"),
        ("Mieterin Stellplatz: Hedwig Pospischil", "Hedwig Pospischil"),
        ("wypożyczający: bartłomiej", "bartłomiej"),
        ("Fattura intestata a: Lorenza Bertorello", "Lorenza Bertorello"),
    ],
)
def test_name_fields_of_other_languages_and_no_name_in_the_label(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_a_speaker_label_stays_a_name(scrubber) -> None:  # noqa: ANN001
    assert "Okonkwo Chidi" in spans_of(scrubber, "Okonkwo Chidi: Ana said she is on her way", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He Meiling runs the reading group on thursdays", "He Meiling"),
        ("MA JIANGUO LEFT HIS READER'S TICKET AT THE DESK", "MA JIANGUO"),
        ("can you ask Long Xiaobo about the scanner", "Long Xiaobo"),
    ],
)
def test_a_chinese_surname_that_is_an_english_word(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text", ["He Human is not a name", "He Tango danced all night", "Long Island is far"]
)
def test_an_english_word_after_he_is_no_chinese_name(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Adresse: Douar Tagadirt, Commune Tafraout, Province de Tiznit",
            "Douar Tagadirt, Commune Tafraout, Province de Tiznit",
        ),
        ("send it to Lot Al Wahda, N° 14, 85000 Tiznit please", "Lot Al Wahda, N° 14, 85000 Tiznit"),
    ],
)
def test_moroccan_addresses_by_their_pieces(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [address]


@pytest.mark.parametrize("text", ["the lot is free, commune rules apply", "Hay fever, Province of the young"])
def test_everyday_words_are_no_moroccan_address(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "Circo Hermanos Fuentes is a circus, not a person",
        "Troupe Ouhmad is a troupe from the Souss",
        "Fondo Garibaldi is a collection in the archive",
        "azul, the acrobats are here",
        "ni hao, the reading room is open",
        "bongiorno, the museum opens at ten",
    ],
)
def test_no_person_in_things_and_greetings(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_line_that_starts_adresse_is_no_vcard_adr_line(scrubber) -> None:  # noqa: ANN001
    """Found by the canary run: "Adresse:" starts with "ADR", and the vCard rule took the whole line, the
    sentence after the address with it."""
    text = "Adresse: Douar Tagadirt, Commune Tafraout, Province de Tiznit. the till password is taped to the drawer, Tern#2291"
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [
        "Douar Tagadirt, Commune Tafraout, Province de Tiznit"
    ]
    assert spans_of(scrubber, text, "SECRET") == ["Tern#2291"]


def test_a_vcard_adr_line_is_still_an_address(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "ADR;TYPE=home:;;12 Rue Mazarine;Paris;;75006;France", "STREET_ADDRESS") == [
        "12 Rue Mazarine;Paris;;75006;France"
    ]
