"""Round 59 of PII detection, read from held-out 95 and 96: who posted an ad ("the ad is under x4rent",
"sold by x"); an @ deep in a URL's path is a package's scope; Zulu "ithi" after the password word and a
bracket saying what a password is for; the intercom's code in Italian and Roman ("er codice der citofono
è …"), a gate code given as ", it's …" after more words; Saudi Arabia's short national address; Finnish
"syntyi" (was born); the Upper Peninsula's Finnish kin words before a name and alone; "Ma" and a clan
name glued ("MaNdlovu"); a tag's or a permit's holder and "initials and surname:"; Māori and Zulu chat and
Arabic "don't give it to anyone" after a password are no names; a family's smokehouse, oyster boat,
pharmacy or plumber is a firm; a city or the borgate of Rome; a word explained ("the Māori name of", "also
means", "a word for grit"); a meter's number and a boat's registration are no phone and no secret.
Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("kijiji has the ad under sipho4rent, message him there", "sipho4rent"),
        ("the gumtree ad for the bed is by flat.hunter", "flat.hunter"),
        ("on wallapop the fridge was sold by nonna_lucia77", "nonna_lucia77"),
    ],
)
def test_who_posted_an_ad_is_a_username(scrubber, text: str, handle: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "USERNAME") == [handle]


def test_an_at_sign_deep_in_a_url_path_is_no_handle(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "the cam is at http://10.0.0.9:8080/plugins/@homebridge/ui/", "USERNAME") == []
    assert spans_of(scrubber, "her videos are at https://www.tiktok.com/@thandi_sews", "USERNAME") == [
        "@thandi_sews"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("iphasiwedi ye-router ithi Umlazi#4031, ungayitsheli muntu", "Umlazi#4031"),
        ("Wi-Fi password (block B): Berea_2291", "Berea_2291"),
        ("il codice del portone è 4417", "4417"),
        ("er codice der citofono è 90210, nun lo di' a nessuno", "90210"),
        ("the gate code got changed after the meeting last night, it's 55102", "55102"),
    ],
)
def test_codes_and_passwords_of_a_block_of_flats(scrubber, text: str, value: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "SECRET") == [value]


def test_a_saudi_short_address_is_an_address(scrubber) -> None:  # noqa: ANN001
    text = "Tenant: Reem Abdullah Saeed Bakr\nNational address: RHMA7721"
    assert ("STREET_ADDRESS", "RHMA7721") in typed_spans(scrubber, text)
    assert spans_of(scrubber, text, "SECRET") == []


def test_finnish_was_born(scrubber) -> None:  # noqa: ANN001
    text = "mummu syntyi 9. helmikuuta 1941."
    assert spans_of(scrubber, text, "DATE_OF_BIRTH") == ["9. helmikuuta 1941"]
    assert spans_of(scrubber, text, "PERSON") == []


def test_finnish_kin_words_before_a_name_and_alone(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "pappa Wayne still goes ice fishing at 86", "PERSON") == ["Wayne"]
    assert spans_of(scrubber, "täti and setä came for the sauna", "PERSON") == []


def test_ma_and_a_clan_name_glued_is_a_woman_s_name(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "ask MaKhumalo on the third floor about the parcel", "PERSON") == ["MaKhumalo"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Permit issued to: Hone Tipene Whaanga", "Hone Tipene Whaanga"),
        ("initials and surname: S.P. Mthembu", "S.P. Mthembu"),
    ],
)
def test_a_holder_s_and_a_form_s_labels_name_a_person(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ko Tītī-Island_22 te kupuhipa, kaua e hoatu ki tētahi atu",
        "كلمة السر Jeddah_2291 لا تعطيها أحد",
    ],
)
def test_what_follows_a_password_in_maori_or_arabic_is_no_name(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []
    assert len(spans_of(scrubber, text, "SECRET")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Pelkie Smokehouse has the best whitefish",
        "Tipene Oysters sells at the wharf on saturday",
        "Khumalo Plumbing fixed the geyser in flat 4",
        "Zungu Cleaning Services comes on mondays",
        "Bakhsh Pharmacy closes at nine",
    ],
)
def test_a_family_s_trade_after_its_name_makes_a_firm(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Oulu is a city in Finland, north of Vaasa",
        "Tufello and Serpentara are borgate of Rome",
        "Aotearoa is the Māori name of New Zealand",
        "Baraka also means blessing",
        "sisu is the Finnish word for guts",
    ],
)
def test_places_and_words_explained_are_no_people(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_name_is_still_a_name_before_the_word_name(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Thandeka Zungu is the name on the lease", "PERSON") == ["Thandeka Zungu"]


def test_a_meter_number_and_a_boat_s_registration_are_no_phone_and_no_secret(scrubber) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, "the prepaid meter number 07123456789 is on the box") == []
    assert typed_spans(scrubber, "boat registration NZ-BLF-22-7781 on the bow") == []
