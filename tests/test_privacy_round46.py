"""Round 46 of PII detection, read from held-out 69 and 70: a link's password where the user is an e-mail
address written with "%40"; "Mr" and "Mrs" of other languages before a name; someone minding the cats; a
BattleTag is a login; six digits in pairs near a phone word; a Turkish "No:" before the house number; a
service's login beside its database's stage. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from privacy.cues import named_for_its_service
from privacy.scrub import _plausible_tagged, _sure_local_phone
from tests.helpers import spans_of, tagged_at

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    "text",
    [
        "MAIL_URL=smtp://desk%40clinic.example:Vltava*208@smtp.example:587",
        "EMAIL_URL=smtps://desk@clinic.example:Vltava*208@smtp.example:465",
    ],
)
def test_a_links_password_where_the_user_is_an_email_address(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == ["Vltava*208"]
    # the password and the mail host are no e-mail address
    assert not any("Vltava" in s for s in spans_of(scrubber, text, "EMAIL_ADDRESS"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pan Dvořák deals the cards on friday", "Dvořák"),
        ("hr. Ipsen keeps the quiz scores", "Ipsen"),
        ("ask fru Bech about the booking", "Bech"),
        ("la señora Quintanilla paid for the stall", "Quintanilla"),
    ],
)
def test_mr_and_mrs_of_other_languages(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize("text", ["the pan Fried Rice special is back", "pan Pizza night at the club"])
def test_a_pan_before_a_dish_is_no_title(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tegid is looking after the ponies this weekend", "Tegid"),
        ("Bronagh is dog-sitting for us till sunday", "Bronagh"),
    ],
)
def test_someone_minding_the_animals(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_the_neighbour_minding_the_cats_is_no_name(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the neighbour is looking after the cats", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("my BattleTag is Sindri#21984", "Sindri#21984"),
        ("Login: Oddny#7741", "Oddny#7741"),
        ("ADD ME, I'M KOLLA#20461", "KOLLA#20461"),
    ],
)
def test_a_battletag_is_a_login(scrubber, text: str, login: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "USERNAME") == [login]
    assert spans_of(scrubber, text, "SECRET") == []


@pytest.mark.parametrize(
    "text",
    [
        "the wifi password is Oddny#7741",
        # a login named in passing is the whole credential, not a login field
        "the club email had the portal login at the bottom, Oddny#7741",
        "wifi at the cabin is Oddny#7741",
    ],
)
def test_a_battletag_shape_with_no_login_cue_stays_a_secret(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == ["Oddny#7741"]


@pytest.mark.parametrize(
    ("text", "value", "phone"),
    [
        ("the harbour master is 41 52 07, ring after 9", "41 52 07", True),
        ('"phone": "55 20 16"', "55 20 16", True),
        ("the score was 41 52 07 at the bell", "41 52 07", False),
        ("the harbour master is 41 52 07, ring after 9", "41 52 07", True),
    ],
)
def test_six_digits_in_pairs_are_a_phone_only_near_a_phone_word(text: str, value: str, phone: bool) -> None:
    assert _sure_local_phone(text, tagged_at(text, value, "PHONE_NUMBER", 0.999)) is phone


def test_six_digits_in_pairs_need_a_sure_tagger() -> None:
    text = "the harbour master is 41 52 07, ring after 9"
    assert not _sure_local_phone(text, tagged_at(text, "41 52 07", "PHONE_NUMBER", 0.6))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("the invoice goes to Lale Sok. No: 14, Kadıköy", "Lale Sok. No: 14"),
        ("ship it to Bağdat Cad. No. 220 please", "Bağdat Cad. No. 220"),
    ],
)
def test_a_turkish_no_before_the_house_number(scrubber, text: str, street: str) -> None:  # noqa: ANN001
    found = spans_of(scrubber, text, "STREET_ADDRESS")
    assert any(street in s for s in found)
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "login", "service"),
    [
        ("DATABASE_URL=mysql://kanboard:pw@127.0.0.1:3306/kanboard_prod", "kanboard", True),
        ("$ psql postgresql://wger:pw@db:5432/wger-db", "wger", True),
        ("DATABASE_URL=mysql://dagny:pw@127.0.0.1:3306/kanboard_prod", "dagny", False),
        ("DATABASE_URL=mysql://kanboard:pw@127.0.0.1:3306/kanboard_archive", "kanboard", False),
    ],
)
def test_a_login_beside_its_databases_stage(text: str, login: str, service: bool) -> None:
    start = text.index(login)
    assert named_for_its_service(text, start, start + len(login)) is service


def test_a_tagged_address_with_a_host_name_is_no_address() -> None:
    # round 46's tagger read Dire Wolf's three config lines as one street address, over the passcode
    text = "MYCALL M0ABC-10\nIGSERVER euro.aprs2.net\nIGLOGIN M0ABC-10 21398\n"
    value = "M0ABC-10\nIGSERVER euro.aprs2.net\nIGLOGIN M0ABC-10 21398"
    assert not _plausible_tagged(text, tagged_at(text, value, "STREET_ADDRESS", 0.95))
    assert _plausible_tagged(
        "ship it to 12 Harbour Road, Ryde",
        tagged_at("ship it to 12 Harbour Road, Ryde", "12 Harbour Road, Ryde", "STREET_ADDRESS", 0.95),
    )
