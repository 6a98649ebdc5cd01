"""A reply that repeats a user's personal data where no recognizer would see it is scrubbed too.

Found by planting a password in a chat: the model answered "your email address is Bramble1966", no
cue for a password, and the reply was stored with the password in it."""

from __future__ import annotations

import logging

import pytest

from bot.runtime import Generation
from bot.service import Participant
from privacy import Scrubber
from privacy.scrub import _one_edit_apart

pytestmark = pytest.mark.usefixtures("sockets_blocked")


def test_a_known_value_is_scrubbed_where_nothing_would_find_it(placeholder: Scrubber) -> None:
    # an everyday word as a password: no rule and no tagger can tell it from a word
    text = "your email address is Bluebell. Anything else?"
    assert "Bluebell" in placeholder.scrub(text)  # no cue: the reply alone keeps it
    scrubbed, found = placeholder.scrub_echoes(text, known=frozenset({("SECRET", "bluebell!")}))
    assert scrubbed == "your email address is <SECRET>. Anything else?"
    assert ("SECRET", "Bluebell") in found


def test_known_values_match_any_case_and_person_parts_as_written(placeholder: Scrubber) -> None:
    known = frozenset({("PERSON", "Zoltan Kerekesh-Ibarra"), ("EMAIL_ADDRESS", "zk@example.org")})
    scrubbed, _ = placeholder.scrub_echoes("Thanks Zoltan, I wrote to ZK@EXAMPLE.ORG.", known=known)
    assert "Zoltan" not in scrubbed and "ZK@EXAMPLE.ORG" not in scrubbed


def test_known_values_inside_other_words_or_too_short_stay(placeholder: Scrubber) -> None:
    known = frozenset({("SECRET", "Bramble1966"), ("SECRET", "x9!"), ("PERSON", "Rose Tan")})
    text = "the Bramble1966x build, x9 rows, a rose garden and a tangent"
    scrubbed, found = placeholder.scrub_echoes(text, known=known)
    assert scrubbed == text and not found


def test_a_new_value_is_returned_to_be_remembered(placeholder: Scrubber) -> None:
    scrubbed, found = placeholder.scrub_echoes("my password is Lantern!1984", known=frozenset())
    assert "Lantern!1984" not in scrubbed
    assert any(value.startswith("Lantern!1984") for _, value in found)


async def test_a_reply_echoing_the_users_password_is_stored_without_it(service, settings, caplog) -> None:  # noqa: ANN001
    caplog.set_level(logging.DEBUG)

    async def echo(turns, **kwargs) -> Generation:  # noqa: ANN001, ANN003
        return Generation("Zoltan, your email address is Bramble1966. Keep it safe.", None, 1, 12)

    service.runtime.generate = echo
    reply = await service.handle_message(
        "web", "u1", "c1", "I'm Zoltan Kerekesh, my password is Bramble1966!"
    )
    assert "Bramble1966" in reply.text  # the user sees the reply as written; only the store is scrubbed
    blob = b"".join(p.read_bytes() for p in settings.data_dir.glob("kaizen.db*"))
    assert b"Keep it safe." in blob
    for canary in ("Bramble1966", "Kerekesh", "Zoltan"):
        assert canary.encode() not in blob, f"{canary} in the database"
        assert canary not in caplog.text, f"{canary} in the logs"


async def test_a_correction_repeating_the_users_password_is_stored_without_it(service, settings) -> None:  # noqa: ANN001
    async def answer(turns, **kwargs) -> Generation:  # noqa: ANN001, ANN003
        return Generation("Noted, thanks.", None, 1, 3)

    service.runtime.generate = answer
    who = Participant("web", "u2", None)
    reply = await service.handle_message("web", "u2", None, "my password is Bramble1966!")
    await service.rate(
        reply.message_id, who, -1, correction="Say: your email address is Bramble1966. Keep it safe."
    )
    blob = b"".join(p.read_bytes() for p in settings.data_dir.glob("kaizen.db*"))
    assert b"Keep it safe." in blob
    assert b"Bramble1966" not in blob


def test_a_name_the_model_cut_short_is_scrubbed_too(placeholder: Scrubber) -> None:
    # seen in a `make run` canary check: the reply wrote "Mail Quillan" for "quillane.b@…"
    known = frozenset({("PERSON", "Quillane Brodsworth"), ("EMAIL_ADDRESS", "quillane.b@brodsmail.net")})
    scrubbed, found = placeholder.scrub_echoes(
        "Hello, I'm here, Mail Quillan. And you, Brodswo?", known=known
    )
    assert "Quillan" not in scrubbed and "Brodswo" not in scrubbed
    assert ("PERSON", "Quillan") in found


def test_a_name_the_model_misspelt_by_one_letter_is_scrubbed_too(placeholder: Scrubber) -> None:
    # seen in a `make run` canary check: the stored reply wrote "Ngalangkam" for "Ngalangkham sir"
    known = frozenset({("PERSON", "Ngalangkham"), ("PERSON", "Worshang Luithui")})
    text = 'In this context, "Ngalangkam" owns the server, and Worshang Luithu signed'
    scrubbed, found = placeholder.scrub_echoes(text, known=known)
    assert "Ngalangkam" not in scrubbed and "Luithu" not in scrubbed
    assert ("PERSON", "Ngalangkam") in found


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("ngalangkam", "ngalangkham", True),  # a letter left out
        ("luithuii", "luithui", True),  # one added
        ("worshanq", "worshang", True),  # one changed
        ("worshang", "worshang", False),  # the same word is no misspelling (the prefix rule takes it)
        ("wrshangg", "worshang", False),  # two edits
    ],
)
def test_one_edit_apart(a: str, b: str, apart: bool) -> None:
    assert _one_edit_apart(a, b) is apart


def test_everyday_words_and_short_cuts_of_a_known_name_stay(placeholder: Scrubber) -> None:
    known = frozenset({("PERSON", "Christopher Wellingham")})
    text = "Christ, the well is deep"  # an everyday word, and a cut of four letters
    scrubbed, found = placeholder.scrub_echoes(text, known=known)
    assert scrubbed == text and not found


def test_a_recovery_phrases_words_echoed_one_by_one_are_scrubbed(placeholder: Scrubber) -> None:
    # seen in a `make run` canary check: the reply quoted single words of the user's twelve
    words = "orbit lunar cabin smoke violin ridge sugar honey maple copper frost tunnel"
    known = frozenset({("SECRET", words)})
    scrubbed, _ = placeholder.scrub_echoes('your phrase starts with "orbit" (lunar), then Cabin', known=known)
    assert not any(w in scrubbed.lower() for w in ("orbit", "lunar", "cabin"))
    # two words are a password of words, matched only whole
    known = frozenset({("SECRET", "orbit lunar")})
    scrubbed, _ = placeholder.scrub_echoes("the orbit of the moon", known=known)
    assert scrubbed == "the orbit of the moon"


def test_an_addresss_postcode_echoed_alone_is_scrubbed(placeholder: Scrubber) -> None:
    # seen in a `make run` canary check: the reply to "send it to 〒891-7101 鹿児島県大島郡徳之島町字亀津1234"
    # began "Sending it to 891-7101", and the stored reply kept the postcode
    known = frozenset({("STREET_ADDRESS", "〒891-7101 鹿児島県大島郡徳之島町字亀津1234")})
    scrubbed, _ = placeholder.scrub_echoes("Sending it to 891-7101, which is far away", known=known)
    assert "891-7101" not in scrubbed
    # a house number alone is no postcode: four digits stay
    known = frozenset({("STREET_ADDRESS", "Hof 456, 6866 Andelsbuch")})
    scrubbed, _ = placeholder.scrub_echoes("the year 6866 is far off", known=known)
    assert scrubbed == "the year 6866 is far off"
