"""Round 64 of PII detection, read from held-out 105 and 106: names joined by "and" (the coordination rule
only ever joined names across "&", "," or "/": "and" is a word of its own and never sat in the gap it
read), and a capitalised word joined to a full name by "and" stands whatever the tagger reads, while a list
of towns joined by "and" stays places; a one-time code texted "to confirm", or "the code …, it was N";
a login named "for the <thing>" ("the strava login for the club is mtorres"); Sakha kinship words after a
given name ("Сэмэн таай"); Italian titles ("Dott.", "Avv.", "il dott.") are no names; words said to be clans,
apps, holidays or breeds are no names; the site before a profile's path ("instagram.com/…") is no login. Own
examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.fixture(scope="module")
def rules():  # noqa: ANN201
    from config.settings import PrivacySettings
    from privacy import Scrubber

    return Scrubber(PrivacySettings(tagger=False))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a word no list knows, after and before a full name
        ("Zarina Kochieva and Tebwi got engaged last week", ["Zarina Kochieva", "Tebwi"]),
        ("Tebwi and Zarina Kochieva got engaged last week", ["Tebwi", "Zarina Kochieva"]),
        # two full names, the first of words no list knows
        ("Boutaua Ietaake and Alan Tsagaraev sent the invitations", ["Boutaua Ietaake", "Alan Tsagaraev"]),
    ],
)
def test_a_name_joined_by_and_to_a_full_name(scrubber, text: str, names: list[str]) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "Hillbrow and Yeoville are close to each other in Johannesburg",
        "Temuco and Padre Las Casas are on either side of the river",
        "Ruslan Gagloev and Paris are on my list",
        "Marks and Spencer is closed today",
    ],
)
def test_places_and_shops_joined_by_and_are_no_names(scrubber, text: str) -> None:  # noqa: ANN001
    found = spans_of(scrubber, text, "PERSON")
    assert not {"Hillbrow", "Yeoville", "Temuco", "Paris", "Marks", "Spencer"} & set(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Rongmei and Kabui are Naga clans, the elders keep the lists",
        "Wildberries and Avito are the Russian shopping apps",
        "Chhath is the Bihari new year",
    ],
)
def test_words_said_to_be_clans_apps_or_holidays_are_no_names(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("her Instagram is instagram.com/lerato.mokoena", "lerato.mokoena"),
        ("my insta: instagram.com/kofi_bakes", "kofi_bakes"),
    ],
)
def test_the_site_before_a_profile_path_is_no_login(scrubber, text: str, login: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "USERNAME") == [login]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "or" offers a choice of things; after spaCy's full name and a comma come roles
        ("Uber Comfort or UberX?", []),
        ("— Pyotr Kasymkin, Hon. Secretary, Riverside Curling Club", ["Pyotr Kasymkin"]),
        ("Zarina Kochieva & Tebwi got engaged last week", ["Zarina Kochieva", "Tebwi"]),
        # a full name last, or one word before the end
        ("the ring came from Zarina Kochieva", ["Zarina Kochieva"]),
        ("the ring came from Zarina Kochieva and", ["Zarina Kochieva"]),
    ],
)
def test_only_and_joins_a_word_to_spacys_full_name(scrubber, text: str, names: list[str]) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == names


def test_a_label_after_a_name_and_a_comma_is_no_name(scrubber) -> None:  # noqa: ANN001
    text = "Qodirov Jahongir Rustamovich, Tugʻilgan sana: 20.01.1980"
    assert spans_of(scrubber, text, "PERSON") == ["Qodirov Jahongir Rustamovich"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the tax portal texted me 883104 to confirm the login", "883104"),
        ("my bank texted 40917 to verify the payment", "40917"),
        ("the fraudster asked for the code the bank sent me, it was 552817, I hung up", "552817"),
    ],
)
def test_one_time_codes_texted_to_confirm(rules, text: str, code: str) -> None:  # noqa: ANN001
    assert spans_of(rules, text, "SECRET") == [code]


def test_money_sent_to_confirm_an_order_is_no_code(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "I sent 5000 to confirm the order", "SECRET") == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("the strava login for the club is mtorres", "mtorres"),
        ("my login for the portal is kbrennan", "kbrennan"),
        ("the username for the forum is tpalmer", "tpalmer"),
    ],
)
def test_a_login_named_for_what_it_is_for(rules, text: str, login: str) -> None:  # noqa: ANN001
    assert typed_spans(rules, text) == [("USERNAME", login)]


@pytest.mark.parametrize(
    "text",
    [
        "the login for the club is broken again",
        "the line for the bus is long",
        "my steam account for the kids is locked",
        "the github login for the team is shared",
    ],
)
def test_a_login_said_to_be_in_some_state_is_no_login(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "USERNAME") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Сэмэн таай пришёл вчера на покос", "Сэмэн"),
        ("Туйаара эдьиий звонила утром", "Туйаара"),
        ("Кэскил убай приедет в субботу", "Кэскил"),
    ],
)
def test_sakha_kin_words_after_a_given_name(rules, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(rules, text, "PERSON") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("il Dott. Pirastu passa domani", "Pirastu"),
        ("il dott. Pirastu passa domani", "Pirastu"),
        ("il Geom. Floris ha mandato la pratica", "Floris"),
    ],
)
def test_italian_titles_are_no_names(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]
