"""Held-out set 89's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
import unicodedata

from bench.pii_heldout89 import (
    ENGLISH_HELDOUT89,
    HELDOUT89_NEGATIVES,
    NAMES_HELDOUT89,
    QUECHUA_HELDOUT89,
    TICKET_NAME_LENGTH_HELDOUT89,
    TITLE_SLOT_HELDOUT89,
    TITLED_HELDOUT89,
    TSUGARU_HELDOUT89,
    _era,
    _fold,
    _hankaku,
    _passport,
    _plain,
    _ticket_name,
    _typo89,
    _wapuro,
    build_heldout89,
)

JAPANESE_TITLES = ("駅長", "車掌", "運転士")


def _persons() -> list[tuple[str, int, int]]:
    return [(e.text, s, t) for e in build_heldout89() for s, t, k in e.spans if k == "PERSON"]


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for text, start, end in _persons():
        value = text[start:end]
        words = value.split()
        assert not TITLE_SLOT_HELDOUT89.match(words[0] + " {}"), (value, text)
        assert not value.endswith(JAPANESE_TITLES), (value, text)
        before = text[:start].rstrip().split(" ")[-1]
        titled += bool(TITLE_SLOT_HELDOUT89.match(before + " {}") or text[end:].startswith(JAPANESE_TITLES))
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT89.items():
        assert origin in NAMES_HELDOUT89 and part in ("given", "kanji"), title
        slot = f"{{}}{title}" if part == "kanji" else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT89.search(slot) and TITLE_SLOT_HELDOUT89.search(slot.upper()), title


def test_every_name_comes_from_the_hand_written_lists() -> None:
    names = [n for origin in NAMES_HELDOUT89.values() for group in origin for n in group]
    names += [n for pair in TSUGARU_HELDOUT89.values() for n in pair]
    names += [_hankaku(kana) for _, kana in TSUGARU_HELDOUT89.values()]
    names += list(ENGLISH_HELDOUT89.values()) + list(QUECHUA_HELDOUT89.values())
    names += [f"({english})" for english in ENGLISH_HELDOUT89.values()]
    names += [form(n) for n in list(names) for form in (_fold, _wapuro, _passport)]
    words = {w.lower() for n in names for w in n.split()}
    for text, start, end in _persons():
        value = text[start:end]
        parts = value.replace(",", " ").split()
        for i, part in enumerate(parts):
            cut = len(value) == TICKET_NAME_LENGTH_HELDOUT89 and i == len(parts) - 1
            assert part.lower() in words or cut and any(w.startswith(part.lower()) for w in words), (
                part,
                text,
            )


def test_the_name_forms_appear() -> None:
    values = [text[start:end] for text, start, end in _persons()]
    assert any(
        re.search(r"[\u30a1-\u30fa]\u3000[\u30a1-\u30fa]", v) for v in values
    )  # a commuter pass's katakana
    assert any(
        re.search(r"[\uff66-\uff9f] [\uff66-\uff9f]", v) for v in values
    )  # a ticket machine's half-width
    assert any(re.search(r"[\u4e00-\u9fff]", v) for v in values)  # kanji
    assert any(re.search(r"OH\b|oh\b|ou", v) for v in values)  # a passport's 'oh' or the typed-out long vowel
    assert any(set(v.split()) & set(ENGLISH_HELDOUT89.values()) for v in values)  # a roster's English name
    quechua = set(QUECHUA_HELDOUT89.values()) - set(QUECHUA_HELDOUT89)
    assert any(set(v.split()) & quechua for v in values)  # a family name in the Quechua alphabet
    assert any(
        v.isupper() and len(v) == TICKET_NAME_LENGTH_HELDOUT89 for v in values
    )  # a ticket's 16 characters


def test_the_other_spellings_belong_to_listed_names() -> None:
    tsugaru = {n for group in NAMES_HELDOUT89["tsugaru"] for n in group}
    assert set(TSUGARU_HELDOUT89) == tsugaru
    men, women, lasts = NAMES_HELDOUT89["porou"]
    assert set(ENGLISH_HELDOUT89) <= set(men + women)
    assert set(QUECHUA_HELDOUT89) <= set(NAMES_HELDOUT89["wanka"][2])
    for kanji, kana in TSUGARU_HELDOUT89.values():
        assert re.fullmatch(r"[\u4e00-\u9fff]+", kanji) and re.fullmatch(r"[\u30a1-\u30fa]+", kana), kana


def test_name_forms() -> None:
    assert _wapuro("Kudō") == "Kudou" and _wapuro("Yūta") == "Yuuta" and _wapuro("Sōma") == "Souma"
    assert _passport("Kudō") == "Kudoh" and _passport("Kōichi") == "Kohichi" and _passport("Yūta") == "Yuta"
    assert _fold("Ñaupari") == "Naupari" and _fold("Rīria") == "Riria" and _fold("Astuhuamán") == "Astuhuaman"
    assert (
        _plain("Flor de María") == "flordemaria"
        and _plain("D'Mello") == "dmello"
        and _plain("Te Kani") == "tekani"
    )
    assert _ticket_name("Joseph Anthony Dabre") == "JOSEPH ANTHONY D"
    assert _ticket_name("Rosy Dias") == "ROSY DIAS"
    assert _ticket_name("Philomena Francis D'Mello") == "PHILOMENA FRANCI"


def test_half_width_katakana_reads_back_as_the_full_width() -> None:
    assert _hankaku("クドウ\u3000タケシ") == "ｸﾄﾞｳ ﾀｹｼ"
    for _, kana in TSUGARU_HELDOUT89.values():
        half = _hankaku(kana)
        assert all("\uff61" <= c <= "\uff9f" for c in half), half
        assert unicodedata.normalize("NFKC", half) == kana


def test_the_japanese_eras() -> None:
    assert _era(1958, 3, 14) == ("昭和", "S", 33)
    assert _era(1989, 1, 7) == ("昭和", "S", 64)
    assert _era(1989, 1, 8) == ("平成", "H", 1)
    assert _era(1926, 12, 25) == ("昭和", "S", 1)
    assert _era(1926, 12, 24) == ("大正", "T", 15)


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(89)
    assert _typo89(rng, "Passenger 1: {}   M 45") == "Passenger 1: {}   M 45"
    for _ in range(50):
        slipped = _typo89(rng, "aunty {} keeps a seat for me in the ladies compartment")
        assert slipped.startswith("aunty {} ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT89.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT89_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout89() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
