"""Round 54 of PII detection, read from held-out 85 and 86: the documentation ranges of IP addresses and
the IBANs standards print as examples are no one's (and no phone number either); "mémère" and "pépère"
before a name; "Rechnungsempfänger:" is a name field; a form label before "(IBAN):" is no place; a title
alone before a name ("Kapt.") is no name; boats, landings, harbours, temples and sites are things, also
after the rest of a capitalised name ("Duan Wedding Photo is a studio"); Iranian addresses in Persian
script. Own examples, not the sets' sentences."""

from __future__ import annotations

import pytest

from tests.helpers import spans_of, typed_spans

pytestmark = pytest.mark.usefixtures("sockets_blocked")


@pytest.mark.parametrize(
    "text",
    [
        "the docs use 192.0.2.44 for the weather station",
        "ping 198.51.100.7 and 203.0.113.250 from the example",
        "in the README the gauge sits at 2001:db8:4::17",
        "the sample config has http://[2001:DB8::9]:8080/",
    ],
)
def test_documentation_addresses_are_no_ones(scrubber, text: str) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, text) == []


def test_a_real_address_beside_a_documentation_one_is_scrubbed(scrubber) -> None:  # noqa: ANN001
    text = "not 192.0.2.44 but 81.2.69.142, and the v6 is 2a02:8108:1:2::5 not 2001:db8::5"
    assert spans_of(scrubber, text, "IP_ADDRESS") == ["81.2.69.142", "2a02:8108:1:2::5"]


@pytest.mark.parametrize(
    "text",
    [
        "GB82 WEST 1234 5698 7654 32 is what the bank's help page shows",
        "the form's example says DE89370400440532013000",
        "fr76 3000 6000 0112 3456 7890 189 comes from the SEPA guide",
    ],
)
def test_published_example_ibans_are_no_ones_and_no_phone(scrubber, text: str) -> None:  # noqa: ANN001
    assert typed_spans(scrubber, text) == []


def test_a_real_iban_next_to_the_example_stays(scrubber) -> None:  # noqa: ANN001
    text = "not DE89 3704 0044 0532 0130 00, mine is DE44 5001 0517 5407 3249 31"
    assert spans_of(scrubber, text, "IBAN_CODE") == ["DE44 5001 0517 5407 3249 31"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mémère Ginette made the snow crew their hats", "Ginette"),
        ("ask pepere Armand about the ice on the river", "Armand"),
        ("rechnungsempfänger: tjark ohlsen", "tjark ohlsen"),
        ("Rechnungsempfängerin: Swantje Ohlsen", "Swantje Ohlsen"),
    ],
)
def test_grandparents_and_the_invoice_field(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert name in spans_of(scrubber, text, "PERSON")


def test_a_label_before_iban_in_brackets_is_no_place(scrubber) -> None:  # noqa: ANN001
    text = "Bankverbindung (IBAN): DE44 5001 0517 5407 3249 31"
    assert typed_spans(scrubber, text) == [("IBAN_CODE", "DE44 5001 0517 5407 3249 31")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kapt. Tjark Ohlsen brings the buoys in at dawn", "Tjark Ohlsen"),
        ("Kapitän Swantje Ohlsen logged the gale", "Swantje Ohlsen"),
    ],
)
def test_a_title_before_a_name_is_not_scrubbed_as_one(scrubber, text: str, name: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == [name]


def test_nana_before_a_name_is_still_a_name(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Nana Akosua Mensah sent the rain gauge readings", "PERSON") == [
        "Nana Akosua Mensah"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fähre Lütje Hörn is a ferry, not a person",
        "Ohlsen Bootswerft Hooksiel is a boatyard",
        "Embarcadero Cuemanco is a landing on the canal",
        "Bahrami Fire Temple is a temple in the old town",
        "Ghar Dalam is a prehistoric site near the bay",
    ],
)
def test_boats_landings_temples_and_sites_are_things(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_person_who_builds_boats_is_still_one(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "Swantje Ohlsen is a boat builder in Hooksiel", "PERSON") == ["Swantje Ohlsen"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "send the prints to کرمان، خیابان شریعتی، کوچه ۱۴، پلاک ۹ please",
            "کرمان، خیابان شریعتی، کوچه ۱۴، پلاک ۹",
        ),
        ("Client: Homa, تهران، بلوار کشاورز، پلاک ۲۱۰", "تهران، بلوار کشاورز، پلاک ۲۱۰"),
    ],
)
def test_iranian_addresses_in_persian_script(scrubber, text: str, address: str) -> None:  # noqa: ANN001
    assert address in spans_of(scrubber, text, "STREET_ADDRESS")


def test_a_persian_street_name_alone_is_no_address(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "خیابان امام is the main street of every town", "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "the hail reached Presque Isle, Maine by noon",
        "our gauge in Caribou, Maine read 41 mm",
        "the snow crew from Grand Falls, New Brunswick came over",
    ],
)
def test_a_town_and_its_state_are_places(scrubber, text: str) -> None:  # noqa: ANN001
    assert spans_of(scrubber, text, "PERSON") == []


def test_a_name_before_a_state_word_that_goes_on_is_still_a_name(scrubber) -> None:  # noqa: ANN001
    assert spans_of(scrubber, "I met Yolanda, Texas style, at the rodeo", "PERSON") == ["Yolanda"]
