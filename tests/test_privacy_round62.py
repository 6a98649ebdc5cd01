"""Round 62 of PII detection, read from held-out 101 and 102: a login's name handed over in a sentence
that names a login and no password ("the wiki account for the club is ana77", "логин: ..."), and the
tagger's password there retyped as a login; one-time codes in other words ("sent 4411 as the code",
Russian "код из смс ... 5083"), a PUK where it is written and a PIN's ", it's 2960"; Turkic names with
"uulu", "kyzy", "qizi" after the father's name; more kinship words after a given name (Kyrgyz "agai",
Chuvash "пичче", Mizo "nu"); a Russian form's ФИО field with initials; Mizo "ka hming chu"; thanks in
Malay, Tongan, Fijian and Malagasy, titles and clan names explained, and an authentication method are
no people and no secrets. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("the nextcloud account for the choir is marta1988", "marta1988"),
        ("the user for the lab cluster is kwame2007", "kwame2007"),
        ("the student ID I sign in with is olzhas1999", "olzhas1999"),
        ("логин: kfu19bio044", "kfu19bio044"),
        ("the ebay seller bolat.ers77 never posted the cable", "bolat.ers77"),
    ],
)
def test_a_login_named_with_no_password_word_is_a_login(scrubber, text: str, login: str) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, text) == [("USERNAME", login)]


def test_a_password_after_a_login_word_stays_a_password(scrubber) -> None:  # noqa: ANN001
    # a password word in the sentence, or a value no login looks like
    assert spans_of(scrubber, "the nextcloud account password is marta88x", "SECRET") == ["marta88x"]
    assert spans_of(scrubber, "the club login is written in the minutes book, Tern!4421", "SECRET") == [
        "Tern!4421"
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the bank sent 771903 as the code, use it now", "771903"),
        ("код из приложения банка 440918, не говори никому", "440918"),
        ("the PUK is on the card the SIM was glued to, 52810447", "52810447"),
        ("I gave the door PIN to the cleaner so she can get in, it's 8306", "8306"),
    ],
)
def test_a_code_handed_over_in_other_words(scrubber, text: str, code: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [code]


def test_an_order_code_in_other_words_is_no_secret(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the shop sent 771903 as the order code", "SECRET") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nurbek asan uulu fixed the router", "nurbek asan uulu"),
        ("Гульзат Талант кызы прислала деньги", "Гульзат Талант кызы"),
        ("Sardor Akmal oʻgʻli fixed the router", "Sardor Akmal oʻgʻli"),
    ],
)
def test_a_turkic_name_with_son_of_or_daughter_of(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_son_of_and_daughter_of_explained_are_no_names(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "uulu means son of and kyzy daughter of", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bakyt agai wants the new SIM", "Bakyt"),
        ("Ҫеруш пичче помог с ноутбуком", "Ҫеруш"),
        ("Zoremi nu is sending the parcel", "Zoremi"),
    ],
)
def test_more_kinship_words_after_a_given_name(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_a_russian_full_name_field_with_initials(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "ФИО: А. В. Сидорова\nГруппа: ХБ-21", "PERSON") == ["А. В. Сидорова"]


def test_a_mizo_my_name_is(scrubber) -> None:  # noqa: ANN001
    assert "Lalhmingliani Sailo" in spans_of(scrubber, "ka hming chu Lalhmingliani Sailo a ni", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "terima kasih banyak ya",
        "fakafetai lasi",
        "misaotra betsaka!",
        "Sayyida and Habib are titles of respect",
        "Pachuau and Chhangte are Mizo clan names",
    ],
)
def test_thanks_titles_and_clan_names_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_an_authentication_method_is_no_secret(scrubber) -> None:  # noqa: ANN001
    text = "[wifi-security]\nphase2-auth=mschapv2\npassword=Quartz-Lamp-58"
    assert spans_of(scrubber, text, "SECRET") == ["Quartz-Lamp-58"]
