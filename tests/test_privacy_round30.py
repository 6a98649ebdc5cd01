"""Round 30 of PII detection: false hits of the rules read from held-out 37 and 38 (a participle after
"password is", "the signed deed", a clause spaCy took for a name, camel-case field names, masked keys,
words after a name), and two value shapes (a wallet's recovery words, run-together login keys); own
examples, not the held-out sets' sentences."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from privacy.recognizers import says_where_it_is
from privacy.scrub import TAGGER, _camel_case_words, merge_tagged
from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    "text",
    [
        "the router password is printed on the sticker underneath",
        "the shared password is saved in the team vault",
        "the door password is written inside the cupboard",
    ],
)
def test_where_a_password_is_kept_is_no_password(scrubber, text: str) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, text, "SECRET")


def test_a_password_that_is_an_everyday_word_still_counts(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "my password is bluebell in lower case", "SECRET") == ["bluebell"]
    text = "the password is pinned in the channel"
    assert says_where_it_is(text, text.index("pinned"), text.index("pinned") + 6)


def test_a_wallets_recovery_words_are_a_secret(scrubber) -> None:  # noqa: ANN001
    words = "orbit lunar cabin smoke violin ridge sugar honey maple copper frost tunnel"
    assert spans_of(
        scrubber, f"the recovery phrase for the hardware wallet is {words}, keep it", "SECRET"
    ) == [words]
    assert not spans_of(scrubber, "a seed phrase is twelve or twenty four words long", "SECRET")


def test_a_login_under_a_run_together_key(scrubber) -> None:  # noqa: ANN001
    assert ("USERNAME", "nodewatch_ivo") in typed_spans(scrubber, "rpcuser=nodewatch_ivo")
    assert ("USERNAME", "relay_ana") in typed_spans(scrubber, "smtpuser: relay_ana")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("please send the signed deed to the notary", "deed"),  # an adjective, not a sign-off
        ("the forum nick is ardent-cartographer", "nick is"),  # a clause, not a name
        ("$Self->{'DatabaseUser'} = 'helpdesk';", "DatabaseUser"),  # a field's name
    ],
)
def test_words_that_only_look_like_names(scrubber, text: str, word: str) -> None:  # noqa: ANN001
    assert not any(word in span for span in spans_of(scrubber, text, "PERSON"))


def test_camel_case_of_everyday_words_is_a_field_not_a_name() -> None:
    assert _camel_case_words("DatabaseUser") and _camel_case_words("SharedAccessKey")
    assert not _camel_case_words("DeShawn") and not _camel_case_words("McDonald")
    assert not _camel_case_words("Ana Lima")


def test_a_masked_key_with_its_prefix_is_nothing(scrubber) -> None:  # noqa: ANN001
    assert not spans_of(scrubber, "token: ghp_********************", "SECRET")


def test_lower_case_words_the_tagger_ran_on_after_a_name_are_not_added() -> None:
    text = "Manang Liezel sells dried mangoes at the market"
    rule = RecognizerResult("PERSON", 7, 13, 0.85, None, {"recognizer_name": "SpacyRecognizer"})
    end = text.index(" mangoes")
    tagged = RecognizerResult("PERSON", 0, end, 0.95, None, {"recognizer_name": TAGGER})
    kept = [(r.entity_type, text[r.start : r.end]) for r in merge_tagged(text, [rule], [tagged])]
    assert kept == [("PERSON", "Liezel")]  # "Manang" is a listed title, "sells dried" what follows
