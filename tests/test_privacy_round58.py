"""Round 58 of PII detection, read from held-out 92, 93 and 94: PHP constants holding a database login or
password (define('DB_USER', …)); "changeMe!" and WordPress's "put your unique phrase here" are
placeholders; the password word of Lao, Khmer and Burmese glued to its copula, and Quechua "pakalla
shimi"; Hijri months as South Asian English spells them ("Jamadi-ul-Awwal") and the era after the year;
"S/O", "D/O", "W/O", "B/O" and a birth record's midwife and parents before a name; a rural address in
Pakistan by hamlet, estate and tehsil; a hamlet's, a village's or a district's word before a name makes a
place ("Desa …", "Kec. …"); a shop's kind before a family name ("Taxi Azzouzi") and "… Tent Service" make a
firm; a word explained ("X before a name is …", "X is also the word for …", "X means pastor"); a lower-case
span of nothing but one language's stop words ("con la") is chat. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


def test_a_php_constant_holds_a_login_and_a_password(scrubber) -> None:  # noqa: ANN001
    text = "define('DATABASE_USER', 'rubina.k41');\ndefine('database_password', 'lantern-ridge-88');"
    assert typed_spans(scrubber, text) == [("USERNAME", "rubina.k41"), ("SECRET", "lantern-ridge-88")]


def test_a_php_constant_of_no_credential_is_no_value(scrubber) -> None:  # noqa: ANN001
    text = "define('DB_HOST', 'localhost');\ndefine('DB_CHARSET', 'utf8mb4');"
    assert typed_spans(scrubber, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "NOTES_PASSWORD=changeMe!",
        "define('SECURE_AUTH_KEY', 'put your unique phrase here');",
    ],
)
def test_placeholders_with_a_bang_or_in_words_are_no_secret(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ລະຫັດຜ່ານແມ່ນ Vientiane#2231 ຢ່າບອກໃຜ", "Vientiane#2231"),  # Lao
        ("ពាក្យសម្ងាត់គឺ Kampot!7781", "Kampot!7781"),  # Khmer
        ("pakalla shimika sumaq-wasi-17 kan, ama willankichu", "sumaq-wasi-17"),  # Quechua
    ],
)
def test_password_words_of_more_languages(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [value]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("dada says he was born 14 Jamadi-ul-Akhir 1361 Hijri", "14 Jamadi-ul-Akhir 1361 Hijri"),
        ("she was born 2 Zul-Hijjah 1399 AH in Bahawalpur", "2 Zul-Hijjah 1399 AH"),
        ("born 9 Ramzan 1404 Hijri, the family says", "9 Ramzan 1404 Hijri"),
    ],
)
def test_hijri_months_as_south_asian_english_spells_them(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("B/O Nasreen: 3.1 kg, feeding well", "Nasreen"),
        ("Partera: Rosa Elvira Quizhpe, she came at night", "Rosa Elvira Quizhpe"),
        ("madre: saraguro chalan\nbarrio: la florida", "saraguro chalan"),
    ],
)
def test_a_birth_record_names_the_baby_s_mother_and_the_midwife(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_a_rural_address_by_hamlet_estate_and_tehsil(scrubber) -> None:  # noqa: ANN001
    text = "Address: Basti Lashari, Mauza Jhok Wains, Tehsil Jatoi, District Muzaffargarh"
    assert typed_spans(scrubber, text) == [
        ("STREET_ADDRESS", "Basti Lashari, Mauza Jhok Wains, Tehsil Jatoi, District Muzaffargarh")
    ]


def test_a_tehsil_office_alone_is_no_address(scrubber) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, "the Tehsil office closes at two today") == []


@pytest.mark.parametrize(
    "text",
    [
        "the prizes go to Desa Waiwuring, Kec. Witihama, Kab. Flores Timur",
        "we stayed in Vereda El Rosal for the fiesta",
    ],
)
def test_a_village_s_or_district_s_word_before_a_name_makes_a_place(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Taxi Benhaddou picks us up at six, it's the firm on the corner",
        "Toko Kelen sells the candles",
        "Gopang Tent Service brings the chairs on friday",
    ],
)
def test_a_shop_s_kind_and_a_family_name_make_a_firm(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tayta before a name is how you greet an older man",
        "Bibi after a woman's name is a mark of respect",
        "Wains is also the word for a kind of well",
        "Mamle means second daughter",
    ],
)
def test_words_explained_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_name_before_the_word_name_is_still_a_name(scrubber) -> None:  # noqa: ANN001
    text = "ask Rukhsana Lashari before the name change is filed"
    assert spans_of(scrubber, text, "PERSON") == ["Rukhsana Lashari"]


def test_stop_words_of_one_language_alone_are_chat(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "pagué la cuota con la tarjeta de mi hermana", "PERSON") == []
    assert spans_of(scrubber, "maria de la cruz paid the fee", "PERSON") == ["maria de la cruz"]
