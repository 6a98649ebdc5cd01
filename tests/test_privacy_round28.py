"""Round 28 of PII detection: where the merge with the rules threw away good tagged spans (an era's date,
a passphrase of words after a login word, a birth date in an ALL CAPS record, a person sharing a town's
name), weak listed names on words the tagger is sure hold nothing, an initial's full stop, a Windows
command's "/p:" flag, and two look-alikes of the rules (own examples, not the held-out sets' sentences)."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from privacy.recognizers import KaizenSecretRecognizer, KaizenStreetAddressRecognizer
from privacy.scrub import (
    RETYPE_SCORE,
    SURE_OUTSIDE,
    TAGGER,
    WEAK_LISTED_NAME,
    _plausible_tagged,
    _sure_no_name,
    merge_tagged,
)
from privacy.tagger import TaggedSpan, Token, _ends_sentence, tokenize
from tests.helpers import spans_of

pytestmark = pytest.mark.usefixtures("sockets_blocked")


def _tagged(text: str, value: str, entity: str, score: float = 0.95) -> TaggedSpan:
    start = text.index(value)
    return TaggedSpan(start, start + len(value), entity, score)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("my residence card says born Heisei 7-nen 4-gatsu 2-nichi", "Heisei 7-nen 4-gatsu 2-nichi"),
        ("grandpa was born Shōwa 12-nen 8-gatsu 30-nichi in Kobe", "Shōwa 12-nen 8-gatsu 30-nichi"),
        # after a birth word, what leads the date is part of it (a Hebrew month here)
        ("date of birth: Tishrei 14 5741", "Tishrei 14 5741"),
    ],
)
def test_a_tagged_birth_date_led_by_an_era_or_after_a_birth_word_stands(text: str, date: str) -> None:
    assert _plausible_tagged(text, _tagged(text, date, "DATE_OF_BIRTH"))


def test_a_date_led_by_a_place_with_no_birth_word_is_still_no_birth() -> None:
    text = "I visited Borneo 3 May 2019 with the kids"
    assert not _plausible_tagged(text, _tagged(text, "Borneo 3 May 2019", "DATE_OF_BIRTH"))


def test_words_joined_by_dots_right_after_a_login_word_are_a_passphrase() -> None:
    text = "the wifi password is Copper.Tunnel.Breakfast.41"
    assert _plausible_tagged(text, _tagged(text, "Copper.Tunnel.Breakfast.41", "SECRET"))
    # without the login word, everyday words joined by dots stay a name in code
    code = "then call os.path.join on both parts"
    assert not _plausible_tagged(code, _tagged(code, "os.path.join", "SECRET"))


def _rule(text: str, value: str, entity: str, recognizer: str = "KaizenCueRecognizer", score: float = 0.55):
    start = text.index(value)
    return RecognizerResult(entity, start, start + len(value), score, None, {"recognizer_name": recognizer})


def _as_tagged_result(text: str, value: str, entity: str, score: float) -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult(entity, start, start + len(value), score, None, {"recognizer_name": TAGGER})


def test_a_sure_tagged_birth_date_retypes_a_rules_secret_even_in_all_caps() -> None:
    text = "INS*Y*18*021*28*A~DMG*D8*19790214*M~"
    secret = _rule(text, "DMG*D8*19790214*M~", "SECRET")
    dob = _as_tagged_result(text, "DMG*D8*19790214*M~", "DATE_OF_BIRTH", RETYPE_SCORE)
    assert [(r.entity_type, text[r.start : r.end]) for r in merge_tagged(text, [secret], [dob])] == [
        ("DATE_OF_BIRTH", "DMG*D8*19790214*M~")
    ]


def test_in_all_caps_a_tagged_name_still_leaves_the_rules_type() -> None:
    text = "MY LOGIN IS KORALIE"
    login = _rule(text, "KORALIE", "USERNAME")
    person = _as_tagged_result(text, "KORALIE", "PERSON", 0.97)
    assert [r.entity_type for r in merge_tagged(text, [login], [person])] == ["USERNAME"]


def test_a_sure_tagged_person_is_kept_though_a_town_has_the_name(scrubber) -> None:  # noqa: ANN001
    # "Salama" is a town in the gazetteer; spaCy's person there becomes a place (and a well-known or
    # listed place stays in the text), the tagger's sure person stays a person
    text = "Shepherd: Salama, back on monday"
    sure = _as_tagged_result(text, "Salama", "PERSON", 1.0)
    assert [(r.entity_type, text[r.start : r.end]) for r in scrubber._select(text, [sure])] == [
        ("PERSON", "Salama")
    ]
    unsure = _as_tagged_result(text, "Salama", "PERSON", RETYPE_SCORE - 0.2)
    assert all(r.entity_type != "PERSON" for r in scrubber._select(text, [unsure]))


def test_a_weak_listed_name_goes_where_the_tagger_is_sure_no_one_is_named() -> None:
    sure = [(Token("Forum", 0, 5), SURE_OUTSIDE)]
    weak = _rule("Forum", "Forum", "PERSON", "KaizenNameRecognizer", WEAK_LISTED_NAME - 0.25)
    strong = _rule("Forum", "Forum", "PERSON", "KaizenNameRecognizer", WEAK_LISTED_NAME)
    assert _sure_no_name(weak, sure)
    assert not _sure_no_name(strong, sure)  # a cue phrase's name ("my name is ...") stands
    assert not _sure_no_name(weak, [(Token("Forum", 0, 5), SURE_OUTSIDE - 0.1)])


@pytest.mark.parametrize(
    ("text", "stop_at"),
    [
        ("R. Okonjo fixed the fence", None),  # an initial's full stop
        ("Av. Cabildo 1440, Buenos Aires", None),  # a short abbreviation's
        ("my password is Teal88. Anything else?", 4),  # a sentence's end
    ],
)
def test_an_initials_full_stop_does_not_end_a_sentence(text: str, stop_at: int | None) -> None:
    tokens = tokenize(text)
    ends = [j for j in range(len(tokens)) if _ends_sentence(text, tokens, j)]
    assert ends[:1] == ([stop_at] if stop_at is not None else [])


def test_a_windows_flag_comes_off_its_value() -> None:
    words = [t.text for t in tokenize("xfreerdp /v:10.1.1.9 /u:linnea.h /p:Ruxo~Telp~42")]
    assert words == ["xfreerdp", "/v", ":", "10.1.1.9", "/u", ":", "linnea.h", "/p", ":", "Ruxo~Telp~42"]
    # a path with a colon later is no flag
    assert [t.text for t in tokenize("/home/linnea:/bin/zsh")] == ["/home/linnea:/bin/zsh"]


def test_the_password_after_a_windows_flag_is_scrubbed_without_the_flag(scrubber) -> None:  # noqa: ANN001
    text = "xfreerdp /v:10.1.1.9 /u:linnea.h /p:Ruxo~Telp~42"
    assert spans_of(scrubber, text, "SECRET") == ["Ruxo~Telp~42"]
    assert "/p:" in scrubber.scrub(text)


def _found(recognizer, text: str) -> list[str]:  # noqa: ANN001
    return [text[s:e] for s, e, *_ in recognizer.spans(text, None)]


def test_a_time_till_close_is_no_street_address() -> None:
    streets = KaizenStreetAddressRecognizer()
    assert _found(streets, "she's behind the bar from 9 till close") == []
    assert _found(streets, "we moved to 9 Hartley Close last spring") == ["9 Hartley Close"]


def test_a_word_of_a_templates_placeholder_is_no_password() -> None:
    secrets = KaizenSecretRecognizer()
    assert _found(secrets, "SMTP_PASSWORD=<your password here>") == []
    assert _found(secrets, "SMTP_PASSWORD=Kettle-Drum-77") == ["Kettle-Drum-77"]
