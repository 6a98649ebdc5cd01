"""Held-out set 93's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import datetime
import random
import re

import faker.providers.date_time as faker_dates

from bench.pii_heldout93 import (
    ADULT_YEARS_HELDOUT93,
    ALIASES_HELDOUT93,
    BAPTISMAL_SHORT_HELDOUT93,
    HELDOUT93_NEGATIVES,
    NAMES_HELDOUT93,
    NICKNAMES_HELDOUT93,
    OWN_HELDOUT93,
    SHORT_HELDOUT93,
    TITLE_SLOT_HELDOUT93,
    TITLED_HELDOUT93,
    URDU_HELDOUT93,
    URDU_RELATION_HELDOUT93,
    Gen93,
    _desi,
    _fold,
    _initial,
    _plain,
    _typo93,
    build_heldout93,
)

EXAMPLES = build_heldout93()
URDU = re.compile(r"[\u0600-\u06ff]")


def _persons() -> list[tuple[str, int, int]]:
    return [(e.text, s, t) for e in EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for text, start, end in _persons():
        value = text[start:end]
        assert not TITLE_SLOT_HELDOUT93.match(value.split()[0] + " {}"), (value, text)
        before = text[:start].rstrip().split(" ")[-1]
        titled += bool(TITLE_SLOT_HELDOUT93.match(before + " {}"))
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT93.items():
        assert origin in NAMES_HELDOUT93 and part in ("given", "own", "full"), title
        slot = f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT93.search(slot) and TITLE_SLOT_HELDOUT93.search(slot.upper()), title
    assert TITLED_HELDOUT93["ama"][2] == TITLED_HELDOUT93["ina"][2] == "own"


def test_every_name_comes_from_the_hand_written_lists() -> None:
    names = [n for origin in NAMES_HELDOUT93.values() for group in origin for n in group]
    names += list(URDU_HELDOUT93.values()) + list(SHORT_HELDOUT93.values())
    names += [n for group in OWN_HELDOUT93.values() for n in group]
    names += [n for group in ALIASES_HELDOUT93.values() for n in group]
    names += list(BAPTISMAL_SHORT_HELDOUT93.values()) + list(NICKNAMES_HELDOUT93.values())
    names += list(URDU_RELATION_HELDOUT93.values()) + ["alias", "vda."]
    names += [_initial(last) for last in NAMES_HELDOUT93["pastuso"][2]]
    names += [_fold(n) for n in list(names)]
    words = {w.lower() for n in names for w in n.split()}
    for text, start, end in _persons():
        value = text[start:end]
        for part in value.split():
            assert part.lower() in words, (part, value, text)


def test_the_name_forms_appear() -> None:
    values = [text[start:end] for text, start, end in _persons()]
    lowered = [v.lower().split() for v in values]
    assert any(URDU.search(v) for v in values)  # the Urdu script
    assert any(re.search(r" [\u0600-\u06ff]+ (ولد|بنت|زوجہ) ", f" {v} ") for v in values)  # ... ولد ...
    assert any("alias" in words for words in lowered)  # a permit's or a police paper's 'alias'
    shorts = {n.lower() for n in SHORT_HELDOUT93.values()}
    assert any(words[0] in shorts and len(words) == 2 for words in lowered)  # 'Dittu Langah'
    cut = {n.lower() for n in BAPTISMAL_SHORT_HELDOUT93.values()}
    assert any(words[0] in cut for words in lowered)  # 'Yoh. Kopong Koten'
    own = {n.lower() for group in OWN_HELDOUT93.values() for n in group}
    assert any(len(words) == 3 and words[1] in own for words in lowered)  # 'Yohanes Kopong Koten'
    assert any(
        re.search(r" [A-ZÑ]\.$", v, re.IGNORECASE) for v in values
    )  # the mother's name cut: 'Rosero B.'
    assert any("vda." in words for words in lowered)  # a widow's 'vda. de'
    pasto = {n.lower() for n in NAMES_HELDOUT93["pastuso"][2]}
    assert any(len(words) == 4 and set(words[2:]) <= pasto for words in lowered)  # two and two


def test_the_other_spellings_belong_to_listed_names() -> None:
    men, women, lasts = NAMES_HELDOUT93["saraiki"]
    assert set(URDU_HELDOUT93) == set(men + women + lasts)
    assert all(URDU.search(u) and not re.search(r"[A-Za-z]", u) for u in URDU_HELDOUT93.values())
    assert set(SHORT_HELDOUT93) <= set(men + women)
    nagi_men, nagi_women, _ = NAMES_HELDOUT93["nagi"]
    assert set(BAPTISMAL_SHORT_HELDOUT93) <= set(nagi_men + nagi_women)
    assert all(short.endswith(".") for short in BAPTISMAL_SHORT_HELDOUT93.values())
    pasto_men, pasto_women, _ = NAMES_HELDOUT93["pastuso"]
    assert set(NICKNAMES_HELDOUT93) <= set(pasto_men + pasto_women)


def test_name_forms() -> None:
    assert _fold("Cedeño") == "Cedeno" and _fold("Eliécer") == "Eliecer" and _fold("Narváez") == "Narvaez"
    assert (
        _plain("De Gracia") == "degracia"
        and _plain("Allah Ditta") == "allahditta"
        and _plain("Rocío") == "rocio"
    )
    assert _initial("Burbano") == "B."


def test_the_desi_calendar() -> None:
    assert _desi(1958, 3, 14) == (1, "Chetar", 2015)
    assert _desi(1958, 3, 13) == (28, "Phaggan", 2014)
    assert _desi(1958, 7, 16) == (3, "Sawan", 2015)
    assert _desi(2000, 1, 1) == (19, "Poh", 2056)


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(93)
    assert _typo93(rng, "Volunteer marshal: {}") == "Volunteer marshal: {}"
    for _ in range(50):
        slipped = _typo93(rng, "taita {} brought hervidos for everyone at the parade")
        assert slipped.startswith("taita {} ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT93.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT93_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14


def test_dates_of_birth_come_from_fixed_years() -> None:
    gen = Gen93(1)
    for _ in range(200):
        year = int(gen._dob_shapes()["iso"][:4])
        assert ADULT_YEARS_HELDOUT93[0] <= year <= ADULT_YEARS_HELDOUT93[1]


def test_the_set_does_not_depend_on_the_day(monkeypatch) -> None:  # noqa: ANN001
    class _Later(datetime.datetime):
        @classmethod
        def now(cls, tz: datetime.tzinfo | None = None) -> _Later:
            return cls(2031, 7, 9, 12, tzinfo=tz)

    monkeypatch.setattr(faker_dates, "datetime", _Later)
    assert [(e.text, e.spans) for e in build_heldout93()] == [(e.text, e.spans) for e in EXAMPLES]
