"""Held-out set 87's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import re

from bench.pii_heldout87 import (
    ARABIC_HELDOUT87,
    BAKWERI_NAMES_HELDOUT87,
    BYNAMES_HELDOUT87,
    HELDOUT87_NEGATIVES,
    NAMES_HELDOUT87,
    PATOUA_HELDOUT87,
    SHORT_HELDOUT87,
    TITLE_SLOT_HELDOUT87,
    TITLED_HELDOUT87,
    _hijri,
    _ordinal,
    _plain,
    build_heldout87,
)


def _persons() -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in build_heldout87() for s, t, k in e.spans if k == "PERSON"]


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in build_heldout87():
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not TITLE_SLOT_HELDOUT87.match(value.split()[0] + " {}"), (value, e.text)
            before = " ".join(e.text[:start].rstrip().rsplit(" ", 2)[-2:])
            last = e.text[:start].rstrip().rsplit(" ", 1)[-1]
            titled += bool(
                TITLE_SLOT_HELDOUT87.match(before + " {}") or TITLE_SLOT_HELDOUT87.match(last + " {}")
            )
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT87.items():
        assert origin in NAMES_HELDOUT87 and part in ("full", "given"), title
        assert TITLE_SLOT_HELDOUT87.match(f"{title} {{}}") and TITLE_SLOT_HELDOUT87.match(
            f"{title.upper()} {{}}"
        )


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {
        w.lower() for origin in NAMES_HELDOUT87.values() for names in origin for n in names for w in n.split()
    }
    words |= {n.lower() for names in BAKWERI_NAMES_HELDOUT87.values() for n in names}
    words |= {f"«{b.lower()}»" for b in BYNAMES_HELDOUT87}
    words |= {s.lower() for s in SHORT_HELDOUT87.values()} | {p.lower() for p in PATOUA_HELDOUT87.values()}
    words |= {w for a in ARABIC_HELDOUT87.values() for w in a.split()}
    words |= {"in", "alias"}  # 'wife of the family', 'also called'
    for value, text in _persons():
        for part in value.replace(",", " ").split():
            assert part.lower() in words, (part, text)


def test_the_name_forms_appear() -> None:
    values = [v for v, _ in _persons()]
    assert any(re.search(r"\w «\w+» \w", v) for v in values)  # a Muotathal byname
    assert any(" in " in v for v in values) or any(" IN " in v for v in values)  # a married Waldensian
    assert any(re.search(r"(?i)\balias\b", v) for v in values)  # a Bakweri name after 'alias'
    assert any(re.search(r"(?i)\bbait\b", v) for v in values)  # a Dhofari clan
    assert any(re.search(r"[\u0600-\u06ff]", v) for v in values)  # Arabic script


def test_the_helpers_for_name_forms_patouà_and_short_forms() -> None:
    assert set(PATOUA_HELDOUT87) <= set(NAMES_HELDOUT87["waldensian"][0] + NAMES_HELDOUT87["waldensian"][1])
    assert set(SHORT_HELDOUT87) <= set(NAMES_HELDOUT87["muotathal"][0] + NAMES_HELDOUT87["muotathal"][1])
    dhofari = NAMES_HELDOUT87["dhofari"]
    assert set(ARABIC_HELDOUT87) == set(dhofari[0] + dhofari[1] + dhofari[2])
    assert _plain("Armand-Hugon") == "armandhugon" and _plain("Al Mashani") == "almashani"
    assert _plain("Giosuè") == "giosue" and _plain("Föhn") == "fohn" and _plain("Coïsson") == "coisson"


def test_the_calendar_and_ordinal_helpers() -> None:
    assert _hijri(1958, 3, 14) == (1377, 8, 22)
    assert _hijri(2025, 3, 1) == (1446, 9, 1)  # the first of Ramadan 1446
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT87.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT87_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout87() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
