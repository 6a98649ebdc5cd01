"""The normalised view of chat text and its offset map back to the raw text (privacy/normalise.py)."""

import random

import pytest

from privacy.normalise import INVISIBLE, normalise


def test_plain_ascii_is_its_own_view():
    view = normalise("call me at 555 0100, thanks")
    assert view.text == view.raw
    assert view.starts is None
    assert view.to_raw(3, 7) == (3, 7)


@pytest.mark.parametrize(
    ("raw", "seen"),
    [
        ("Ta\u200blan", "Talan"),  # zero-width space
        ("\u200fZebulon\u200f: hi", "Zebulon: hi"),  # right-to-left marks
        ("pass\u00adword", "password"),  # soft hyphen
        ("\u2066Ana\u2069 \ufeffsaid", "Ana said"),  # isolates and a BOM
        ("＋６８９ ８７", "+689 87"),  # fullwidth digits
        ("ＡＢＣ１２", "ABC12"),  # fullwidth letters
        ("5895\xa06215\u202f5203\u30009976", "5895 6215 5203 9976"),  # no-break, narrow, ideographic
        ("mera pass-\nword x", "mera password x"),  # a word hyphenated across a line
        ("SUB-\nJECT", "SUBJECT"),
        ("card 4026 1727\n3963 1512 ok", "card 4026 1727 3963 1512 ok"),  # a number wrapped
        ("line\u2028two", "line\ntwo"),
    ],
)
def test_view_reads_what_a_person_reads(raw, seen):
    assert normalise(raw).text == seen


@pytest.mark.parametrize(
    "raw",
    [
        "1 BIRT\n2 DATE 24 juin 1980\n2 PLAC Ajaccio",  # a line that ends in a number stays a line
        "total 12\n13 items",
        "well -\nthat is all",  # a dash, not a hyphenated word
        "end-\n2024",
    ],
)
def test_line_structure_stays_where_no_value_is_wrapped(raw):
    assert normalise(raw).text == raw


def test_mapped_span_covers_the_invisible_characters_inside_the_value():
    raw = "hi TA\u200bLAN KIN\u200dVIG!"
    view = normalise(raw)
    start = view.text.index("TALAN")
    s, e = view.to_raw(start, start + len("TALAN KINVIG"))
    assert raw[s:e] == "TA\u200bLAN KIN\u200dVIG"


def test_mapped_span_of_a_wrapped_value_covers_the_break():
    raw = "card 4026 1727\n3963 1512 ok"
    view = normalise(raw)
    start = view.text.index("4026")
    s, e = view.to_raw(start, start + len("4026 1727 3963 1512"))
    assert raw[s:e] == "4026 1727\n3963 1512"


def test_one_character_that_becomes_several_maps_back_to_itself():
    raw = "ﬁle ok"  # the fi ligature is two letters in the view
    view = normalise(raw)
    assert view.text == "file ok"
    assert view.to_raw(0, 1) == (0, 1) and view.to_raw(1, 2) == (0, 1)
    assert view.to_raw(0, 4) == (0, 3)


_VALUES = ["Talan Kinvig", "4026172739631512", "ana.b@example.org", "10.20.30.40", "xpp9rg5eb5cxfwv5"]


@pytest.mark.parametrize("seed", range(20))
def test_random_invisible_characters_never_change_the_view_and_spans_cover_the_raw_value(seed):
    rng = random.Random(seed)
    invisible = sorted(INVISIBLE)
    for value in _VALUES:
        chars = list(value)
        for _ in range(rng.randint(1, 4)):
            chars.insert(rng.randint(1, len(chars) - 1), rng.choice(invisible))
        raw_value = "".join(chars)
        raw = f"before {raw_value} after"
        view = normalise(raw)
        assert view.text == f"before {value} after"
        start = view.text.index(value)
        s, e = view.to_raw(start, start + len(value))
        assert raw[s:e] == raw_value  # the whole raw value, every invisible character inside it


@pytest.mark.parametrize("seed", range(10))
def test_every_view_character_maps_into_the_raw_text_in_order(seed):
    rng = random.Random(100 + seed)
    alphabet = "ab1 -\n" + "".join(sorted(INVISIBLE)) + "＋１\xa0ﬁ"
    raw = "".join(rng.choice(alphabet) for _ in range(60))
    view = normalise(raw)
    if view.starts is None:
        return
    assert len(view.starts) == len(view.text) == len(view.ends)
    assert all(0 <= s < e <= len(raw) for s, e in zip(view.starts, view.ends, strict=True))
    assert list(view.starts) == sorted(view.starts)
    assert view.to_raw(0, len(view.text))[1] <= len(raw)


# --- the scrubber reads the view and replaces the raw value -------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value", "entity"),
    [
        (
            "send it to DE35\u200b3704 0044\u200c0532 0130 99 today",
            "DE35\u200b3704 0044\u200c0532 0130 99",
            "IBAN_CODE",
        ),
        ("send it to DE35 3704 0044\n0532 0130 99 today", "DE35 3704 0044\n0532 0130 99", "IBAN_CODE"),
        ("ring me on ＋４４ ２０ ７９４６ ０９５８ tonight", "＋４４ ２０ ７９４６ ０９５８", "PHONE_NUMBER"),
        ("write to ola\u200b.nordmann@example.org", "ola\u200b.nordmann@example.org", "EMAIL_ADDRESS"),
        ("my pass-\nword is Qz7vTt2LmW9x", "Qz7vTt2LmW9x", "SECRET"),
    ],
)
def test_scrubber_replaces_the_whole_raw_value_behind_marks_and_wraps(scrubber, raw, value, entity):
    spans = scrubber.find(raw)
    assert any(s.entity_type == entity and raw[s.start : s.end] == value for s in spans), [
        (s.entity_type, raw[s.start : s.end]) for s in spans
    ]
    out = scrubber.scrub(raw, "conv-n", replace="placeholder")
    assert f"<{entity}>" in out and value not in out


def test_surrogate_keeps_no_fragment_and_ignores_invisible_marks(scrubber):
    plain = scrubber.scrub("IBAN DE35 3704 0044 0532 0130 99", "conv-z")
    marked = scrubber.scrub("IBAN DE\u200b35 37\u200d04 0044 0532 0130 99", "conv-z")
    assert plain == marked  # the same value gets the same fake, marks or not
    for fragment in ("3704", "0044", "0532", "\u200b"):
        assert fragment not in marked


def test_plain_text_finds_the_same_spans_as_before(scrubber):
    text = "I'm Kaitlyn Vega, call 953-555-0171"
    assert [(s.start, s.end) for s in scrubber.find(text)] == [
        (s.start, s.end) for s in scrubber.find_many([text])[0]
    ]


@pytest.mark.parametrize(
    ("raw", "seen"),
    [
        ("tova_8<span>@</span>posteo.de", "tova_8@posteo.de"),  # inline tag inside a value
        ('NO93 <strong class="x">8601</strong> 1117 947', "NO93 8601 1117 947"),
        ("**Ilse** Brandvold", "Ilse Brandvold"),  # Markdown emphasis
        ("met __Brandvold__ today", "met Brandvold today"),
        ("Jos\\u00e9 Ruiz", "José Ruiz"),  # a JSON escape
        ("ilse&#64;posteo.de and ilse&#x40;web.de", "ilse@posteo.de and ilse@web.de"),  # HTML entities
        ("tel:%2B4721000000", "tel:+4721000000"),  # URL encoding
        ("Prof.~Ilse~Brandvold", "Prof. Ilse Brandvold"),  # LaTeX ties
        ("ring plus four seven two one nine nine", "ring +472199"),  # spoken digits
    ],
)
def test_view_reads_through_markup_escapes_and_spoken_digits(raw, seen):
    assert normalise(raw).text == seen


@pytest.mark.parametrize(
    "raw",
    [
        "<ilse> hi all",  # an IRC nick in brackets is no tag
        "50% off, 3 < 4 & 5 > 2",  # a percent and comparisons are no escapes
        "one or two of them",  # three digit words are no number read aloud
        "DB__PASSWORD and __init__ stay",  # underscores inside code names stay
        "cd ~/code",  # a home directory is no LaTeX tie
    ],
)
def test_ordinary_text_with_look_alike_characters_stays_as_written(raw):
    assert normalise(raw).text == raw


def test_span_read_through_markup_maps_to_the_whole_raw_value():
    raw = "mail tova_8<span>@</span>posteo.de now"
    view = normalise(raw)
    start = view.text.index("tova_8")
    s, e = view.to_raw(start, start + len("tova_8@posteo.de"))
    assert raw[s:e] == "tova_8<span>@</span>posteo.de"


def test_spoken_digits_map_back_to_their_words():
    raw = "pin is four two four two ok"
    view = normalise(raw)
    assert view.text == "pin is 4242 ok"
    s, e = view.to_raw(7, 11)
    assert raw[s:e] == "four two four two"


def test_defanged_indicators_read_as_written_before_defanging():
    assert (
        normalise("beacon to 203.0.113[.]9 and ana[@]posteo[.]de").text
        == "beacon to 203.0.113.9 and ana@posteo.de"
    )
    assert normalise("f(x) and list[0] stay").text == "f(x) and list[0] stay"
