"""Round 40 of PII detection, read from held-out 57 and 58: the password word of Chinese, Japanese and
Korean with no space around it, Cyrillic and Greek month names, a birth abbreviation after the date,
a template's placeholder for a secret, "née" between two names, a role label before a name, a year
taken for a PIN, a foreign stop word leading a lower-case "name"; own examples, not the sets'
sentences."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from privacy.names import fold_month, month_names
from privacy.scrub import TAGGER, _plausible_tagged, _without_role_labels, merge_tagged
from privacy.tagger import TaggedSpan
from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("路由器密码是Panda#2024，别告诉别人", "Panda#2024"),
        ("店裡wifi密碼係 dimsum-88，唔好講俾人聽", "dimsum-88"),
        ("ルーターのパスワードはSakura_77です", "Sakura_77"),
        ("공유기 비밀번호는 kimchi4455 이야", "kimchi4455"),
    ],
)
def test_an_east_asian_password_word_glued_to_its_copula(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [value]


def test_cyrillic_and_greek_month_names_are_months() -> None:
    for month in ("липня", "јул", "октября", "Ιουλίου", "травня"):
        assert fold_month(month) in month_names(), month


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("датум рођења: 14. август 1982", "14. август 1982"),
        ("дата народження 5 травня 1979", "5 травня 1979"),
        ("Коваленко, 03.04.1968 р.н.", "03.04.1968"),
        ("Сидоров, 1970 г.р. и 12.05.1970 г. р.", "12.05.1970"),
    ],
)
def test_cyrillic_birth_dates(scrubber, text: str, date: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == [date]


def test_a_cyrillic_date_with_no_birth_word_is_no_birth(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "збори перенесли на 14 травня 2025", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    "text",
    [
        "DATABASE_URL=postgresql://wiki:${DB_PASSWORD}@db:5432/wiki",
        "JWT_SECRET=REPLACE_WITH_RANDOM_STRING",
        "api_key: your-api-key-here",
        'secret: "{{ vault_secret }}"',
    ],
)
def test_a_templates_placeholder_is_no_secret(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == []


def test_nee_between_two_names_is_neither(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the plaque reads Marguerite Olsen, née Brandt", "PERSON") == [
        "Marguerite Olsen",
        "Brandt",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Purser: Tamsin Okafor", "Tamsin Okafor"), ("Skipper: Rahim Chowdhury\nCook: Ilse", "Rahim Chowdhury")],
)
def test_a_role_before_a_name_is_a_label(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    people = spans_of(scrubber, text, "PERSON")
    assert name in people and "Purser" not in people and "Skipper" not in people


def test_a_chat_logs_speaker_stays_a_name() -> None:
    text = "Marta: Ana is late again"
    speaker = RecognizerResult("PERSON", 0, 5, 0.8, None, {})
    ana = RecognizerResult("PERSON", 7, 10, 0.85, None, {})
    assert _without_role_labels(text, [speaker, ana]) == [speaker, ana]
    text = "Purser: Ana is late again"
    label = RecognizerResult("PERSON", 0, 6, 0.8, None, {})
    ana = RecognizerResult("PERSON", 8, 11, 0.85, None, {})
    assert _without_role_labels(text, [label, ana]) == [ana]


def test_a_year_is_no_pin_without_a_code_word() -> None:
    text = "she traced the family back to 1823"
    start = text.index("1823")
    assert not _plausible_tagged(text, TaggedSpan(start, start + 4, "SECRET", 0.95))
    text = "the door code is 1823"
    start = text.index("1823")
    assert _plausible_tagged(text, TaggedSpan(start, start + 4, "SECRET", 0.95))


def test_a_foreign_stop_word_leads_no_name(scrubber) -> None:  # noqa: ANN001
    text = "ang password ng wifi sa kusina ay Mangga!Hinog, ha"
    assert [t for t, _ in typed_spans(scrubber, text)] == ["SECRET"]


# what the retrained tagger (round 40, up to held-out 58) broke, mended in its filters
def test_an_unsure_number_in_a_sentence_about_a_postcode_is_the_postcode() -> None:
    text = "the postal code is on the parcel, 40210"
    start = text.index("40210")
    assert not _plausible_tagged(text, TaggedSpan(start, start + 5, "SECRET", 0.55))
    text = "the alarm code is on the fridge, 40210"
    start = text.index("40210")
    assert _plausible_tagged(text, TaggedSpan(start, start + 5, "SECRET", 0.55))


def test_a_chinese_address_the_rules_read_keeps_their_extent() -> None:
    text = "寄到上海市浦东新区世纪大道100号, thanks"
    end = text.index(",")
    rule = RecognizerResult(
        "STREET_ADDRESS", 2, end, 0.9, None, {"recognizer_name": "KaizenStreetAddressRecognizer"}
    )
    tagged = RecognizerResult("STREET_ADDRESS", 0, len(text), 0.95, None, {"recognizer_name": TAGGER})
    merged = merge_tagged(text, [rule], [tagged])
    assert [(r.entity_type, text[r.start : r.end]) for r in merged] == [
        ("STREET_ADDRESS", "上海市浦东新区世纪大道100号")
    ]


def test_after_a_cue_phrase_a_frequent_english_token_is_the_names_first_word(scrubber) -> None:  # noqa: ANN001
    # found by the canary check on `make run`: round 40's model read "Tariq Benali, เกิด …" as an
    # address, and spaCy's "Tariq Benali" lost "Tariq" ("tariq" is a frequent English token)
    text = "my friend Tariq Benali, เกิด 14 ต.ค. 2529, says the alarm code is scratched inside the lid, 663047"
    assert spans_of(scrubber, text, "PERSON") == ["Tariq Benali"]
    assert spans_of(scrubber, "ugh Thandeka is late", "PERSON") == ["Thandeka"]
