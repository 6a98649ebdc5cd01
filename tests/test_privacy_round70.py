"""Round 70 of PII detection, read from the older sets that still missed a target (24 to 28, 32 and 110):
a note that is only a locker and its number keeps the number as a code; a key box's code right after it is
a code; an alarm's HHMM followed by the key pressed after it is a code, not a time; the value a hash is
asked of is a secret; what a router's sticker says is its key; words joined by "~" stay joined and are a
passphrase; six digits in three pairs after a contact word or a phone's label are a phone. Own examples,
not the sets' sentences."""

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
    ("text", "code"),
    [
        ("climbing gym locker 0471", "0471"),
        ("bowling alley locker 58213 #", "58213"),
        ("locker 906.", "906"),
    ],
)
def test_a_note_of_a_locker_and_its_number_is_a_code(rules, text: str, code: str) -> None:  # noqa: ANN001
    assert ("SECRET", code) in typed_spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "locker 118 is by the science labs",
        "my stuff is in locker 27 at the pool",
        "parcel locker 1447 is the one by the station",
        "we have 300 lockers and locker 212 is broken",
    ],
)
def test_a_locker_s_number_in_a_sentence_is_where_it_is(rules, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, text), "SECRET")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("garden shed key box 3390, hang the key back", "3390"),
        ("the key safe 7712.", "7712"),
        ("lockbox 4410 by the back door", None),
    ],
)
def test_a_key_box_s_code_right_after_it(rules, text: str, code: str | None) -> None:  # noqa: ANN001
    secrets = _types(typed_spans(rules, text), "SECRET")
    # (a code, then more words with no comma, is not the value of a bare "lockbox N": it may name the box)
    assert secrets == ([code] if code else []), secrets


def test_an_alarm_time_followed_by_a_key_is_a_code(full) -> None:  # noqa: ANN001
    assert ("SECRET", "0215") in typed_spans(full, "studio alarm 0215 then hash")
    assert ("SECRET", "1130") in typed_spans(full, "shop alarm 1130, then press enter")
    assert not _types(typed_spans(full, "the alarm: 0630 then snooze"), "SECRET")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("can you hash Tarmac#2020 with sha256 for me", "Tarmac#2020"),
        ("please hash bluegate_77 using bcrypt before you store it", "bluegate_77"),
    ],
)
def test_the_value_a_hash_is_asked_of_is_a_secret(rules, text: str, secret: str) -> None:  # noqa: ANN001
    assert ("SECRET", secret) in typed_spans(rules, text)


def test_hashing_a_file_or_naming_a_hash_is_no_secret(rules) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, "hash it with sha256 and compare"), "SECRET")
    assert not _types(typed_spans(rules, "how do I hash files with md5 on windows"), "SECRET")


def test_what_a_router_s_sticker_says_is_its_key(rules) -> None:  # noqa: ANN001
    assert ("SECRET", "qLmTrwxPZkaHvuE") in typed_spans(
        rules, "the sticker on the router says qLmTrwxPZkaHvuE"
    )
    assert not _types(typed_spans(rules, "the router says disconnected again"), "SECRET")
    assert not _types(typed_spans(rules, "the label says Manufactured in Shenzhen"), "SECRET")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the password's garden~silver~notice, don't share it", "garden~silver~notice"),
        ("wifi: pocket~window~travel~42", "pocket~window~travel~42"),
        ("hotspot key uvKrtq~PwnZsLd", "uvKrtq~PwnZsLd"),
    ],
)
def test_words_joined_by_tildes_stay_joined_and_are_a_passphrase(
    rules,  # noqa: ANN001
    text: str,
    secret: str,
) -> None:
    assert ("SECRET", secret) in typed_spans(rules, text)


def test_latex_ties_between_names_still_are_spaces(full) -> None:  # noqa: ANN001
    from privacy.normalise import normalise

    assert normalise("Prof.~Ilse~Brandvold").text == "Prof. Ilse Brandvold"
    assert normalise("see et~al").text == "see et al"
    assert ("PERSON", "Rahim~Osmanov") in typed_spans(full, "signed by Rahim~Osmanov yesterday")
    assert not _types(typed_spans(full, "cd ~/code and run make"), "SECRET")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ('{"phone": "27.61.05"}', "27.61.05"),
        ("Téléphone : 28.44.19", "28.44.19"),
        ("whatsapp 46.20.83 for the quote", "46.20.83"),
        ("hubungi 41.57.09 kalau sudah siap", "41.57.09"),
        ("the tenant is on 77.35.42 after six", "77.35.42"),
    ],
)
def test_six_digits_in_three_pairs_after_a_contact_word_are_a_phone(
    rules,  # noqa: ANN001
    text: str,
    phone: str,
) -> None:
    assert ("PHONE_NUMBER", phone) in typed_spans(rules, text)


@pytest.mark.parametrize(
    "text", ["the meeting is on 24.03.25", "version 10.12.33 is out", "the ratio is 12.34.56 overall"]
)
def test_three_pairs_that_are_a_date_or_a_version_are_no_phone(rules, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, text), "PHONE_NUMBER")


# ---- read from held-out 121 to 123 (honest until round 70)


@pytest.mark.parametrize(
    ("text", "pin"),
    [("пин от карты сбер 4417, оплати кружок", "4417"), ("ПИН абонемента 2093, продли", "2093")],
)
def test_the_russian_word_for_a_pin_cues_its_digits(rules, text: str, pin: str) -> None:  # noqa: ANN001
    assert ("SECRET", pin) in typed_spans(rules, text)


def test_a_word_that_starts_like_pin_is_no_cue(rules) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, "пингвины 2093 штуки в зоопарке"), "SECRET")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("mit brugernavn til webshoppen er lone_vest31", "lone_vest31"),
        ("brukernavnet er kari_nord88", "kari_nord88"),
        ("användarnamnet på appen är sven.l77", "sven.l77"),
    ],
)
def test_a_scandinavian_login_label_and_copula_cue_the_login(rules, text: str, login: str) -> None:  # noqa: ANN001
    assert ("USERNAME", login) in typed_spans(rules, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patientens navn: Aviaja\nFødselsdato: 04.08.1961", "Aviaja"),
        ("Navn: Hansine Kleist", "Hansine Kleist"),
        ("Читатель: Пиксаев В. Н.\nТел.: 8-937-000-12-12", "Пиксаев В. Н."),
    ],
)
def test_name_fields_of_nordic_dutch_and_russian_forms(rules, text: str, name: str) -> None:  # noqa: ANN001
    assert ("PERSON", name) in typed_spans(rules, text)


def test_a_surname_and_given_name_field_gives_each_name_its_own_span(rules) -> None:  # noqa: ANN001
    # (two spans, as held-out 119 labels them: each name gets its own surrogate, the same one it gets when
    # the person is named "Wietske Dijkstra" later in the conversation)
    spans = typed_spans(rules, "Achternaam, voornaam: Dijkstra, Wietske\nAdres: Kerkstraat 4")
    assert _types(spans, "PERSON") == ["Dijkstra", "Wietske"], spans


def test_a_grandfather_s_title_before_a_name(rules) -> None:  # noqa: ANN001
    assert ("PERSON", "Антип") in typed_spans(rules, "дед Антип сдал старые журналы")
    assert not _types(typed_spans(rules, "дед сказал, что придёт"), "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Akosua from Kumasi is the new receptionist", "Akosua"),
        ("mwaka from mbeya booked a cleaning for monday", "mwaka"),
        ("Tevita needs a new retainer", "Tevita"),
        ("it's fine. Rangimarie paid the deposit", "Rangimarie"),
    ],
)
def test_an_unknown_word_opening_a_sentence_before_from_a_place_or_what_a_person_does(
    rules,  # noqa: ANN001
    text: str,
    name: str,
) -> None:
    assert ("PERSON", name) in typed_spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "someone from Kampala called",
        "coffee from Brazil is cheaper",
        "Vodacom rang me twice",
        "Nairobi needs more buses",
        "Installer needs the keys",
    ],
)
def test_a_word_a_place_or_a_firm_before_such_verbs_is_no_name(rules, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, text), "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("гульназ апай проверит диктант", "гульназ"),
        ("Ильдар абый заберёт детей", "Ильдар"),
        ("Ульяна патя ведёт кружок", "Ульяна"),
        ("tandlæge Kristiansen har fri i dag", "Kristiansen"),
    ],
)
def test_tatar_and_erzya_kin_words_after_and_a_nordic_dentist_before_a_name(
    rules,  # noqa: ANN001
    text: str,
    name: str,
) -> None:
    assert ("PERSON", name) in typed_spans(rules, text)


def test_a_nordic_doctor_s_word_with_no_name_after_it(rules) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, "I booked the tandlæge for friday"), "PERSON")
