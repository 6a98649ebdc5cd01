"""Round 68 of PII detection, read from held-out 115 and 116: words of another language in lower case amid
a writer's capitals are no name ("ramro kaatyo", "u nas w"), while a lower-case name that starts the
sentence, follows "is" or stands in an English sentence still is; the one or two words before the Hindi and Urdu subject marker "ne" and
the Nepali "le" name who did it; an Urdu or Hindi postposition inside a span makes it no name; a login's
pair "user / password" gives its password; a phone's label before its number is no place; the value after
a device's default password is the maker's. Own examples, not the sets' sentences."""

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
    ("text", "words"),
    [
        ("Bimala Tamang le mero kapaal ekdam ramro kaatyo, Kirtipur ma", ["ramro", "kapaal"]),
        ("pan Kowalczyk strzyże u nas w Rybniku od dwudziestu lat", ["nas w"]),
        ("mero janma miti 5 Magh 2041 ho, loyalty card ma lekhnu", ["lekhnu"]),
        ("transfer DP ke rekening Mandiri, nomornya tanya bendahara", ["bendahara"]),
    ],
)
def test_lower_case_words_amid_capitals_are_no_name(full, text: str, words: list[str]) -> None:  # noqa: ANN001
    found = _types(typed_spans(full, text), "PERSON") + _types(typed_spans(full, text), "LOCATION")
    assert not [f for f in found if any(w in f for w in words)], found
    # (the name beside them stays)
    assert not text[0].isupper() or any(f.startswith(text.split()[0]) for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wanjiru took the Nairobi bus on Friday", "wanjiru"),
        ("the one who paid is shirin kazemi, she lives near Tabriz", "shirin kazemi"),
        ("asante Wanjiku, you fixed the Nakuru order", "Wanjiku"),
        ("we all said asante Mary at the Nakuru depot", "Mary"),
        # in an English sentence a name in lower case is a name wherever it stands
        ("we stayed with kofi mensah in Accra last week", "kofi mensah"),
        ("The parcel for tendai moyo is at the Harare depot", "tendai moyo"),
        ("Yesterday bongani dlamini paid the Eskom bill", "bongani dlamini"),
    ],
)
def test_a_lower_case_name_where_sentences_start_after_is_or_in_english_stays(
    full, text: str, name: str
) -> None:  # noqa: ANN001
    assert any(name in value for value in _types(typed_spans(full, text), "PERSON"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zarmina ne mehndi ka design kal raat kiya tha", "Zarmina"),
        ("gulnaz ne dukaan ka kiraya de diya hai", "gulnaz"),
        ("bishnu le mero kapada ramro silaayo", "bishnu"),
        ("سلمیٰ درانی نے بجلی کا بل ادا کر دیا", "سلمیٰ درانی"),
        ("सुनिता गुरुङ ले पसलको भाडा तिर्नुभयो", "सुनिता गुरुङ"),
        ("रीना ने दुकान का किराया दिया", "रीना"),
    ],
)
def test_the_words_before_the_subject_marker_are_a_name(rules, text: str, name: str) -> None:  # noqa: ANN001
    assert any(value.startswith(name) for value in _types(typed_spans(rules, text), "PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "Quelqu'un ne sait pas ce que le chef a dit",
        "Maine ne kal usko bola ki dukaan band hai",
        "Oggi le ho detto che il negozio apre alle nove",
        "मेरी माँ ने खाना बनाया",
        "امی نے کھانا بنایا",
        "hum ne dukaan ka kiraya de diya",
    ],
)
def test_a_pronoun_kin_or_another_language_before_the_marker_is_no_name(full, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(full, text), "PERSON")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("گھر کے وائی فائی کا پاس ورڈ Lahore#552 ہے", "گھر کے وائی فائی"),
        ("दुकान के मालिक ने कहा", "दुकान के मालिक"),
    ],
)
def test_an_urdu_or_hindi_postposition_inside_a_span_makes_it_no_name(text: str, span: str) -> None:
    from presidio_analyzer import RecognizerResult

    from privacy.scrub import _not_a_name

    start = text.index(span)
    assert _not_a_name(text, RecognizerResult("PERSON", start, start + len(span), 0.85))
    name = "سلمیٰ درانی"
    assert not _not_a_name(f"{name} نے بل ادا کیا", RecognizerResult("PERSON", 0, len(name), 0.85))


@pytest.mark.parametrize(
    ("text", "login", "password"),
    [
        ("nextcloud login amara_o77 / riverbend2031", "amara_o77", "riverbend2031"),
        ("creds: k.odhiambo / Mvua#2207 for the shop laptop", "k.odhiambo", "Mvua#2207"),
    ],
)
def test_a_login_s_pair_gives_its_password(full, text: str, login: str, password: str) -> None:  # noqa: ANN001
    spans = typed_spans(full, text)
    assert ("SECRET", password) in spans
    assert ("USERNAME", login) in spans


def test_a_login_and_a_word_after_a_slash_is_no_password(rules) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, "the login admin / logout buttons are at the top"), "SECRET")


def test_a_phone_label_before_its_number_is_no_place(full) -> None:  # noqa: ANN001
    spans = typed_spans(full, "Nome del cantante: Mirko Senoner\nTelefono: 0471 793 112")
    assert not [v for k, v in spans if k in ("LOCATION", "PERSON") and v.startswith("Telefon")]
    assert ("PHONE_NUMBER", "0471 793 112") in spans
    assert ("PERSON", "Mirko Senoner") in spans


@pytest.mark.parametrize(
    "text",
    [
        "the router's default admin password is 7733109, change it",
        "the mixer's default wifi password is allenheath, change it first",
    ],
)
def test_a_device_s_default_password_is_no_secret(full, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(full, text), "SECRET")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my default password is Tern!42x", "Tern!42x"),
        ("the default PIN was 1234, I changed it to Kite#9081", "Kite#9081"),
    ],
)
def test_one_s_own_password_after_default_still_is(full, text: str, secret: str) -> None:  # noqa: ANN001
    assert ("SECRET", secret) in typed_spans(full, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("alamat arisan di Jl. Diponegoro No. 45, Medan", "Jl. Diponegoro No. 45, Medan"),
        ("kirim bibitnya ke Jl. Sisingamangaraja No. 7, Balige", "Jl. Sisingamangaraja No. 7"),
    ],
)
def test_an_indonesian_street_written_jl_is_an_address(full, text: str, address: str) -> None:  # noqa: ANN001
    # (the town after it where a gazetteer knows it)
    assert any(value.startswith(address) for value in _types(typed_spans(full, text), "STREET_ADDRESS"))
