"""Round 56 of PII detection, read from held-out 89 and 90: a date-of-birth label further back in the
clause ("the baby's date of birth for the christening certificate is …"); Peru's "Jr." street type and
its block-and-lot addresses; an Indian flat in a housing society with its PIN code; a Bahraini house,
road and block; Quechua "clavenqa" and Māori "ko X te kupuhipa"; a name in katakana, family and given name
apart; a name in a script without capitals before "is …ing"; Greeklish's 8 inside a name; family firms
("… Travels", "… Hnos."); lists of villages; "X is the church form of Y"; the Greek "ημ. γέννησης" label;
the example IBAN of every country in the SWIFT registry. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.recognizers import _PUBLISHED_EXAMPLE_IBANS, iban_valid
from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("the baby's date of birth for the naming ceremony card is 2 March 2026", "2 March 2026"),
        ("her birthday for the vaccination booklet, the new one, is 14 July 2025", "14 July 2025"),
    ],
)
def test_a_birth_date_label_further_back_in_the_clause(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize(
    "text",
    [
        "I was born in Huancayo but we moved to the coast on 3 March 2015",
        "the date of birth is on page 2 of the form and the clinic visit was on 3 March 2015",
    ],
)
def test_other_dates_in_a_birth_sentence_stay(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("send the pass to Jr. Huancas 1140, El Tambo", "Jr. Huancas 1140, El Tambo"),
        (
            "the form goes to Flat B-12, Sai Krupa CHS, Papdy, Vasai West 401207 by Friday",
            "Flat B-12, Sai Krupa CHS, Papdy, Vasai West 401207",
        ),
        ("the cake goes to منزل 412، طريق 3315، مجمع 933، جدحفص", "منزل 412، طريق 3315، مجمع 933، جدحفص"),
        (
            "drop the chairs at House 412, Road 3315, Block 933, Jidhafs",
            "House 412, Road 3315, Block 933, Jidhafs",
        ),
    ],
)
def test_peruvian_indian_and_bahraini_addresses(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "STREET_ADDRESS") == [address]


def test_junior_after_a_name_is_no_street(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Martin Quispe Jr. was on the 6 o'clock train", "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("clavenqa Mantaro#2210 mi, ama willankichu", "Mantaro#2210"),
        ("ko Waiapu_1987 te kupuhipa, kaua e whāki", "Waiapu_1987"),
    ],
)
def test_quechua_and_maori_password_cues(scrubber, text: str, secret: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [secret]


def test_maori_ko_before_a_plain_word_is_no_password(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "ko Hone te kaiako", "SECRET") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the season ticket says クドウ\u3000タケシ on the back", "クドウ\u3000タケシ"),
        ("the receipt printed ｸﾄﾞｳ ﾀｹｼ at the top", "ｸﾄﾞｳ ﾀｹｼ"),
        ("فاطمة البحراني is baking the cake for Saturday", "فاطمة البحراني"),
    ],
)
def test_names_in_katakana_and_without_capitals(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "we bought a コーヒー ショップ voucher for the driver",
        "ذو الحجة is coming soon, the buses get full",
    ],
)
def test_loanwords_and_months_are_no_names(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_peruvian_block_and_lot_address_is_one_address(scrubber) -> None:  # noqa: ANN001
    text = "the bus pass goes to Mz. K Lt. 7, A.H. Nueva Esperanza, Chilca, Huancayo, thanks"
    assert typed_spans(scrubber, text) == [
        ("STREET_ADDRESS", "Mz. K Lt. 7, A.H. Nueva Esperanza, Chilca, Huancayo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ramos Travels runs the night bus to Lima",
        "Transportes Quispe Hnos. has the school contract",
        "Sitra, Jidhafs, Diraz and Sanabis are villages near the sea",
        "Emmanouil is the church form of the name",
    ],
)
def test_family_firms_village_lists_and_name_forms_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_greeklish_name_with_an_8(scrubber) -> None:  # noqa: ANN001
    text = "Stauros Ka8arakhs is bringing the koufeta tomorrow"
    assert spans_of(scrubber, text, "PERSON") == ["Stauros Ka8arakhs"]


def test_the_greek_date_label_is_no_place(scrubber) -> None:  # noqa: ANN001
    text = "Νύφη: Ελένη Μπαντουβά, ημ. γέννησης 1983-04-02"
    assert typed_spans(scrubber, text) == [("PERSON", "Ελένη Μπαντουβά"), ("DATE_OF_BIRTH", "1983-04-02")]


def test_the_registrys_example_ibans_pass_their_checksum() -> None:
    assert len(_PUBLISHED_EXAMPLE_IBANS) > 60 and all(iban_valid(i) for i in _PUBLISHED_EXAMPLE_IBANS)


@pytest.mark.parametrize(
    "text",
    ["BH67 BMAG 0000 1299 1234 56 is in the bank's guide", "see GR16 0110 1250 0000 0001 2300 695 there"],
)
def test_the_registrys_examples_are_no_ones(scrubber, text: str) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, text) == []
