"""Held-out set 92's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

import faker.providers.date_time as faker_dates
import pytest

from bench.pii_heldout92 import (
    HELDOUT92_NEGATIVES,
    MIEN_ADULT_HELDOUT92,
    MIEN_CLAN_HELDOUT92,
    MIEN_SCRIPT_CLAN_HELDOUT92,
    NAMES_HELDOUT92,
    TITLE_SLOT_HELDOUT92,
    TITLED_HELDOUT92,
    URDU_HELDOUT92,
    Gen92,
    _bare_clan,
    _cedula,
    _fold,
    _hijri,
    _plain,
    _typo92,
    build_heldout92,
)

NEWBORN_LABEL = re.compile(r"(Baby Boy|Baby Girl|B/O|By\. Ny\.|RN de) $", re.IGNORECASE)


def _persons() -> list[tuple[str, int, int]]:
    return [(e.text, s, t) for e in build_heldout92() for s, t, k in e.spans if k == "PERSON"]


def _titled(text: str, start: int, end: int) -> bool:
    """Whether a title of the set stands right before the span or 'sain' right after it."""
    slot = text[:start] + "{}" + text[end:]
    return any(slot.find("{}", m.start()) == start for m in TITLE_SLOT_HELDOUT92.finditer(slot))


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for text, start, end in _persons():
        value = text[start:end]
        words = value.split()
        assert not TITLE_SLOT_HELDOUT92.match(words[0] + " {}"), (value, text)
        assert not TITLE_SLOT_HELDOUT92.match(" ".join(words[:2]) + " {}"), (value, text)
        assert not re.search(r"\ssain$", value, re.IGNORECASE), (value, text)
        titled += _titled(text, start, end)
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT92.items():
        assert origin in NAMES_HELDOUT92 and part in ("given", "full", "family", "mother", "after"), title
        slot = f"{{}} {title}" if part == "after" else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT92.search(slot) and TITLE_SLOT_HELDOUT92.search(slot.upper()), title


def test_every_name_comes_from_the_hand_written_lists() -> None:
    names = [n for origin in NAMES_HELDOUT92.values() for group in origin for n in group]
    names += list(MIEN_CLAN_HELDOUT92.values()) + list(MIEN_SCRIPT_CLAN_HELDOUT92.values())
    names += [n for forms in MIEN_ADULT_HELDOUT92.values() for n in forms]
    names += list(URDU_HELDOUT92.values()) + ["Mai"]
    words = {w.lower() for n in names for w in n.split()} | {
        _fold(w).lower() for n in names for w in n.split()
    }
    for text, start, end in _persons():
        value = text[start:end]
        for part in value.split():
            assert part.lower() in words or _fold(part).lower() in words, (part, text)


def test_the_name_forms_appear() -> None:
    persons = _persons()
    values = [text[start:end] for text, start, end in persons]
    clans = set(MIEN_CLAN_HELDOUT92.values())
    script_clans = set(MIEN_SCRIPT_CLAN_HELDOUT92.values())
    saraguro = {_fold(n).upper() for n in NAMES_HELDOUT92["saraguro"][2]}
    sentani = {n.upper() for n in NAMES_HELDOUT92["sentani"][2]}
    assert any(re.search(r"\bSae[a-z]+", v, re.IGNORECASE) for v in values)  # the Thai 'Sae' joined on
    assert any({w.title() for w in v.split()} & clans for v in values)  # the clan without it
    assert any(v.split()[0].title() in script_clans for v in values)  # the Mien script's clan, clan first
    assert any(re.search(r"[\u0600-\u06ff]", v) for v in values)  # Urdu script
    assert any(re.search(r"\s(mai|مائی)$", v, re.IGNORECASE) for v in values)  # 'Bashiran Mai'
    assert any(
        v.isupper() and len(v.split()) == 4 and set(v.split()[:2]) <= saraguro for v in values
    )  # a cédula's family names first
    assert any(len(v.split()) == 4 and not v.isupper() for v in values)  # two given and two family names
    assert any(v.isupper() and v.split()[-1] in sentani for v in values)  # an Indonesian card's capitals
    assert any(NEWBORN_LABEL.search(text[:start]) for text, start, _ in persons)  # a ward's newborn label


def test_name_forms() -> None:
    assert _bare_clan("Saechao") == "Chao" and _bare_clan("Saeteurn") == "Tern" and _bare_clan("Lee") == "Lee"
    assert _cedula(["Rosa", "Tránsito"], ["Quizhpe", "Sarango"]) == "QUIZHPE SARANGO ROSA TRANSITO"
    assert _fold("Guamán") == "Guaman" and _fold("Ángel") == "Angel" and _fold("Japón") == "Japon"
    assert _plain("Allah Ditta") == "allahditta" and _plain("Kao Chiem") == "kaochiem"
    assert _plain("Tránsito") == "transito"


def test_the_other_spellings_belong_to_listed_names() -> None:
    mien_lasts = set(NAMES_HELDOUT92["mien"][2])
    assert set(MIEN_CLAN_HELDOUT92) <= mien_lasts and set(MIEN_SCRIPT_CLAN_HELDOUT92) <= mien_lasts
    assert all(last.startswith("Sae") for last in MIEN_CLAN_HELDOUT92)
    assert all(re.fullmatch(r"[A-Z][a-z]+[zhxcv]", clan) for clan in MIEN_SCRIPT_CLAN_HELDOUT92.values())
    saraiki = {n for group in NAMES_HELDOUT92["saraiki"] for n in group}
    assert saraiki | {"Mai"} == set(URDU_HELDOUT92)
    for urdu in URDU_HELDOUT92.values():
        assert re.fullmatch(r"[\u0600-\u06ff ]+", urdu), urdu


def test_the_hijri_dates() -> None:
    assert _hijri(1958, 3, 14) == (1377, 8, 22)
    assert _hijri(2025, 3, 1) == (1446, 9, 1)  # the first day of Ramzan 1446


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(92)
    assert _typo92(rng, "Mother: {}") == "Mother: {}"
    assert _typo92(rng, "Midwife: {}") == "Midwife: {}"
    for _ in range(50):
        assert _typo92(rng, "dai {} delivered all my cousins in the village").startswith("dai {} ")
        assert _typo92(rng, "{} sain is sending two goats for the aqiqa").startswith("{} sain ")
        slipped = _typo92(rng, "the hospital band still says Baby Girl {}, they haven't picked a name")
        assert "Baby Girl {}" in slipped


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT92.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT92_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in build_heldout92() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14


def test_dates_of_birth_come_from_the_sets_own_draws(monkeypatch: pytest.MonkeyPatch) -> None:
    """Faker's date_of_birth counts back from today; the set never asks it, so it builds the same any day."""
    before = [(e.text, e.spans) for e in build_heldout92()]

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("held-out 92 asked faker for a date of birth")

    monkeypatch.setattr(faker_dates.Provider, "date_of_birth", refuse)
    assert [(e.text, e.spans) for e in build_heldout92()] == before
    shapes = Gen92(1)._dob_shapes()
    years = {int(y) for y in re.findall(r"\b(19[4-9]\d|200\d)\b", " ".join(shapes.values()))}
    assert len(years) == 1 and 1948 <= years.pop() <= 2004
    assert re.fullmatch(r"\d{4} watapi, [a-z]+ killapi \d{1,2} punchapi", shapes["kichwa"])
    assert re.fullmatch(r"\d{2} (ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC) \d{4}", shapes["cedula"])
    assert shapes["camp"].startswith("01/01/")
