"""Round 57 of PII detection, read from held-out 91: stop words of seventeen more languages spaCy knows and
of Swahili, so chat in them is no name; "its" before a lower-case word owns it ("under its lid"); Swahili
"Jina …:" name fields; a title alone before a name ("Det."); mountains, reserves, parks and lakes are
things; more family firms ("… Optik"); "Ünvan:" is an address label; names in Tifinagh; the Arabic-script
Wi-Fi cue of Darija; Moroccan addresses in Arabic script; an address ending in an Iranian postal code;
Azerbaijani "parolu"; a phone after an e-mail address or a full name and a comma. Own examples, not the
set's sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    "text",
    [
        "hava bu gün çox isti idi",  # Azerbaijani
        "kwa sababu leo ni sikukuu ya kwetu",  # Swahili
        "siku hizi bado sijaona ndege",
        "olen jo kotona mutta en tiedä",  # Finnish
    ],
)
def test_chat_in_more_languages_is_no_name(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_its_before_a_lower_case_word_owns_it(scrubber) -> None:  # noqa: ANN001
    text = "the rain gauge login is under its cap, Tabriz#0412"
    assert typed_spans(scrubber, text) == [("SECRET", "Tabriz#0412")]


def test_its_before_a_capitalised_name_is_still_its(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "hi, its Ulduz from the star club", "PERSON") == ["Ulduz"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jina kamili: Rehema Mbwambo", "Rehema Mbwambo"),
        ("Jina la mlezi: Salome Shekighenda", "Salome Shekighenda"),
        ("Det. Aynur Hosseinzadeh took the statement", "Aynur Hosseinzadeh"),
    ],
)
def test_swahili_name_fields_and_a_title_alone(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Savalan is the mountain north of Ardabil",
        "Kenting is a national park in the south",
        "Mergheb Optik sells the red-dot finders",
    ],
)
def test_mountains_parks_and_shops_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_an_address_ending_in_a_postal_code_and_its_label(scrubber) -> None:  # noqa: ANN001
    text = "Ünvan: URMIA, SHAHID BEHESHTI, ALLEY 12, NO. 7, P.C. 5715793185"
    spans = typed_spans(scrubber, text)
    # the label is no name; every piece of the address is scrubbed (the tagger may read the town at its
    # head as a name, which still hides it)
    assert all(value != "Ünvan" for _, value in spans)
    assert ("STREET_ADDRESS", "SHAHID BEHESHTI, ALLEY 12, NO. 7, P.C. 5715793185") in spans or (
        "STREET_ADDRESS",
        "URMIA, SHAHID BEHESHTI, ALLEY 12, NO. 7, P.C. 5715793185",
    ) in spans
    assert any("URMIA" in value for _, value in spans)


def test_a_name_in_tifinagh(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "ⵃⵎⴰⴷ ⵓⴱⴰⵀⴰ is cleaning the trilobites", "PERSON") == ["ⵃⵎⴰⴷ ⵓⴱⴰⵀⴰ"]


def test_the_darija_wifi_cue_in_arabic_script(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "الكود ديال الويفي هو Erfoud#2024 ماتعطيهش", "SECRET") == ["Erfoud#2024"]


def test_a_moroccan_address_in_arabic_script(scrubber) -> None:  # noqa: ANN001
    text = "the stones go to زنقة الحسن الثاني رقم 12، الريصاني 52450 tomorrow"
    assert spans_of(scrubber, text, "STREET_ADDRESS") == ["زنقة الحسن الثاني رقم 12، الريصاني 52450"]


def test_azerbaijani_parolu(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "seysmoqrafın parolu Sahand-77, heç kimə demə", "SECRET") == ["Sahand-77"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Ringer: Xisca Valleriola, xvalleriola@gob.es, 622 41 87 09", "622 41 87 09"),
        ("the shop is Pere Fuster Tarongí, 971 64 21 30, ask for the star maps", "971 64 21 30"),
    ],
)
def test_a_phone_after_an_email_or_a_full_name(scrubber, text: str, phone: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PHONE_NUMBER") == [phone]


def test_jina_langu_ni_before_a_lower_case_name(scrubber) -> None:  # noqa: ANN001
    assert "tumaini shemdoe" in spans_of(scrubber, "jina langu ni tumaini shemdoe", "PERSON")
