"""Round 71 of PII detection, read from held-out 124 and 125 (the first sets to miss a target since round
68): nine digits as three and three pairs are a phone number, and so are a number after a JSON phone key,
after Portuguese, Spanish and Hindi-in-Latin "call" or "X's number", and eight digits in two fours after a
name and its comma; a code after a Georgian code word or a Portuguese or Spanish gate's or locker's code is
a secret, as is a password after Tetum "mak" and after five words in capitals; a Russian login after what
it is on and a Portuguese "utilizador" are logins; names in Georgian script, in Hindi name fields and
before Hindi kin words, after a Russian role, after "senhor" in lower case and after "mano"; a contact
list's "X from <place>, phone …". And a locker's number told as a secret inside a longer message, the
gap `make run` found in round 70. Own examples, not the sets' sentences."""

from __future__ import annotations

import logging
import threading

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
    ("text", "phone"),
    [
        ("mi móvil nuevo 655 31 42 87", "655 31 42 87"),
        ("the plumber left 571 40 22 19 on the door", "571 40 22 19"),
        ("pay it by SINPE to 599-31-07-44 tonight", "599-31-07-44"),
        ('  "mobile": "7741-0938",', "7741-0938"),
        ("liga para 84 512 3391 amanhã de manhã", "84 512 3391"),
        ("llámame al 88124476 cuando llegues", "88124476"),
        ("plumber wale ka number 40912233 hai", "40912233"),
        ("the locksmith is Ruben Quesada, 7012 4481, cash only", "7012 4481"),
    ],
)
def test_phone_numbers_of_round_71(rules, text: str, phone: str) -> None:  # noqa: ANN001
    assert ("PHONE_NUMBER", phone) in typed_spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "the camera is on 172.31.38.24 now",  # dotted, three and three pairs are an IP address
        "ticket ka number 40912233 hai",  # a ticket's number, not a person's
        "Ana Lima, 1998 2004, both in Porto",  # two years
    ],
)
def test_look_alikes_of_round_71_s_phones(rules, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, text), "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("კარის კოდი 3391, არავის უთხრა", "3391"),  # the door's code, tell no one
        ("ჩემი პაროლია Batumi#2020", "Batumi#2020"),  # my password is
        ("o código do cacifo é 7730", "7730"),
        ("el código del portón: 1189", "1189"),
        ("password wifi uma nian mak Liquica!!, keta fó-hatene", "Liquica!!"),
        ("ПАРОЛЬ ОТ КАБИНЕТА НА САЙТЕ ШКОЛЫ Avt0shk0la, НИКОМУ", "Avt0shk0la"),
        ("locker code: bowling alley locker 5528", "5528"),
        ("the squash club locker 3307, pls dont tell anyone", "3307"),
    ],
)
def test_secrets_of_round_71(rules, text: str, secret: str) -> None:  # noqa: ANN001
    assert ("SECRET", secret) in typed_spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "o código postal é 4700",
        "o código do pedido é 88812",
        "locker 118 is by the labs, don't forget your padlock",
    ],
)
def test_look_alikes_of_round_71_s_secrets(rules, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, text), "SECRET")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("логин в приложении для записи к врачу timur_83", "timur_83"),
        ("o meu usuário no site da escola é caua.lima07", "caua.lima07"),
    ],
)
def test_logins_of_round_71(full, text: str, login: str) -> None:  # noqa: ANN001
    spans = typed_spans(full, text)
    assert ("USERNAME", login) in spans
    assert not _types(spans, "SECRET")


def test_a_russian_login_s_app_in_words_is_no_login(rules) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, "логин в приложении для записи Gosuslugi"), "USERNAME")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ბებია ლამარა ხვალ მოვა", "ლამარა"),  # grandma Lamara comes tomorrow
        ("თბილისში გიორგი ბერიძე ცხოვრობს", "გიორგი ბერიძე"),  # Giorgi Beridze lives in Tbilisi
        ("მაკა ხუციშვილმა დარეკა", "მაკა ხუციშვილმა"),  # Maka Khutsishvili rang
        ("मकान मालिक: रामेश्वर", "रामेश्वर"),  # landlord:
        ("ग्राहक का नाम: सुलोचना देवी", "सुलोचना देवी"),  # the customer's name:
        ("जगदीश चाचा कल आएंगे", "जगदीश"),  # uncle Jagdish comes tomorrow
        ("тренер Зарема Гаджиева перенесла занятие", "Зарема Гаджиева"),
        ("a senhora lucia ligou ontem", "lucia"),
        ("mano Teodósio vende carvão no mercado", "Teodósio"),
        ("ekemini from Eket, phone 0803 555 0199", "ekemini"),
    ],
)
def test_names_of_round_71(rules, text: str, name: str) -> None:  # noqa: ANN001
    assert ("PERSON", name) in typed_spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "ბებია ხვალ მოვა",  # grandma comes tomorrow
        "ჩემი შვილიშვილი სკოლაშია",  # my grandchild is at school
        "मेरे चाचा कल आएंगे",  # my uncle comes tomorrow
        "o senhor disse que sim",
        "someone from Lagos, phone 0803 555 0199",
    ],
)
def test_no_name_in_round_71_s_look_alikes(rules, text: str) -> None:  # noqa: ANN001
    assert not _types(typed_spans(rules, text), "PERSON")


def test_lower_case_russian_words_and_georgian_phrases_are_no_names(full) -> None:  # noqa: ANN001
    spans = typed_spans(full, "наш тренер Рамазан Курбанов заболел, пожалуйста, перенесите тренировку")
    assert _types(spans, "PERSON") == ["Рамазан Курбанов"]
    assert not _types(spans, "STREET_ADDRESS")
    assert not _types(typed_spans(full, "ბაბუა მანქანას ჭიშკართან აყენებს"), "PERSON")


def test_the_warm_up_message_reaches_every_kind_of_detector(full) -> None:  # noqa: ANN001
    assert full.warm_up() >= {
        "PERSON",
        "STREET_ADDRESS",
        "PHONE_NUMBER",
        "USERNAME",
        "SECRET",
        "DATE_OF_BIRTH",
    }


def test_the_server_warms_the_scrubber_in_the_background(caplog) -> None:  # noqa: ANN001
    import main

    class Broken:
        def warm_up(self) -> None:
            raise RuntimeError("spaCy model missing")

    with caplog.at_level(logging.ERROR):
        thread = main._warm_scrubber_in_background(Broken())
        thread.join(timeout=10)
    assert isinstance(thread, threading.Thread) and not thread.is_alive()
    assert "scrubber warm-up failed: spaCy model missing" in caplog.text


def test_the_analyzer_runs_its_recognizers_in_the_order_they_were_registered(full) -> None:  # noqa: ANN001
    # Presidio collects them in a set (memory-address order) and keeps the first of two equal spans, so
    # which copy of a span survived, spaCy's or a rule's, changed from one process to the next
    registry = full.analyzer.registry
    got = registry.get_recognizers(language="en", entities=["PERSON", "PHONE_NUMBER", "SECRET"])
    position = [registry.recognizers.index(r) for r in got]
    assert len(got) > 5 and position == sorted(position)
    names = [r.name for r in got]
    assert names.index("SpacyRecognizer") < names.index("KaizenNameRecognizer")


def test_a_town_spacy_and_the_name_lists_both_read_as_a_name_is_none(full) -> None:  # noqa: ANN001
    # (spaCy's copy of the span survives, and the false-name filters read it as the place it is)
    spans = typed_spans(full, "Nova Petrópolis is on the road up to the Serra Gaúcha")
    assert ("PERSON", "Nova Petrópolis") not in spans
