"""Held-out set 90's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import re

from bench.pii_heldout90 import (
    ARABIC_HELDOUT90,
    BAPTISMAL_HELDOUT90,
    GISU_OWN_HELDOUT90,
    GREEK_BAPTISMAL_HELDOUT90,
    GREEK_HELDOUT90,
    HELDOUT90_NEGATIVES,
    NAMES_HELDOUT90,
    SAYED_FAMILIES_HELDOUT90,
    TITLE_SLOT_HELDOUT90,
    TITLED_HELDOUT90,
    _feminine,
    _fold,
    _greeklish,
    _hijri,
    _ordinal,
    _plain,
    build_heldout90,
)

EXAMPLES = build_heldout90()
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(koumbaros|koumbara|jajja|senga|hajia|haji|mullaya|parrain|marraine) $|(?<![\w'.-])papa-$"
)


def _persons() -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            assert not TITLE_SLOT_HELDOUT90.match(value.split()[0] + " {}"), (value, e.text)
            assert not value.lower().startswith("papa-"), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]))
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT90.items():
        assert origin in NAMES_HELDOUT90 and part in ("full", "given"), title
        slot = f"{title}-{{}}" if title == "papa" else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT90.match(slot) and TITLE_SLOT_HELDOUT90.match(slot.upper()), title


def test_every_name_comes_from_the_hand_written_lists() -> None:
    names = [n for origin in NAMES_HELDOUT90.values() for group in origin for n in group]
    names += [n for group in GISU_OWN_HELDOUT90.values() for n in group]
    names += [_feminine(n) for n in NAMES_HELDOUT90["cretan"][2]]
    names += list(BAPTISMAL_HELDOUT90.values()) + list(ARABIC_HELDOUT90.values())
    names += list(GREEK_BAPTISMAL_HELDOUT90.values())
    greek = list(GREEK_HELDOUT90.values()) + [_feminine(g) for g in GREEK_HELDOUT90.values()]
    names += greek + [_greeklish(g) for g in greek]
    names += [_fold(n) for n in names]
    words = {w.lower() for n in names for w in n.split()}
    words |= {"épouse", "sayed", "sayeda"}  # 'wife of', and the lineage word that belongs to the name
    for value, text in _persons():
        for part in value.split():
            assert part.lower() in words, (part, text)


def test_the_name_forms_appear() -> None:
    values = [v for v, _ in _persons()]
    greeklish = {_greeklish(g).lower() for g in GREEK_HELDOUT90.values()}
    greeklish |= {_greeklish(_feminine(g)).lower() for g in GREEK_HELDOUT90.values()}
    latin = {n.lower() for group in NAMES_HELDOUT90["cretan"] for n in group}
    assert any(w.lower() in greeklish - latin for v in values for w in v.split())  # Greeklish: 'Manwlhs'
    church = {n.lower() for n in BAPTISMAL_HELDOUT90.values() if n not in BAPTISMAL_HELDOUT90}
    church |= {GREEK_BAPTISMAL_HELDOUT90[n].lower() for n in BAPTISMAL_HELDOUT90.values()}
    church -= {"despoina", "δέσποινα", "maria", "μαρία"}
    assert any(v.split()[0].lower() in church for v in values)  # the baptismal name: 'Emmanouil', 'Στυλιανός'
    assert any(re.search(r"[\u0370-\u03ff]", v) for v in values)  # Greek script
    assert any(re.search(r"[\u0600-\u06ff]", v) for v in values)  # Arabic script
    assert any(re.fullmatch(r"(?i)sayeda? \w+ sayed \w+ al \w+", v) for v in values)  # 'Sayed X Sayed Y Al Z'
    assert any(" épouse " in v.lower() for v in values)  # 'Odette Vayssière épouse Alazard'
    gisu_own = {n.lower() for group in GISU_OWN_HELDOUT90.values() for n in group}
    christian = {n.lower() for n in NAMES_HELDOUT90["gisu"][0] + NAMES_HELDOUT90["gisu"][1]}
    assert any(  # the church name, the own Lumasaba name and the father's: 'Harriet Nambozo Wetaka'
        len(p := v.lower().split()) == 3 and p[0] in christian and p[1] in gisu_own for v in values
    )


def test_the_helpers_for_name_forms() -> None:
    assert _greeklish("Μανώλης Παπαδάκης") == "Manwlhs Papadakhs"
    assert _greeklish("Ευαγγελία") == "Euaggelia" and _greeklish("Μαθιουδάκης") == "Ma8ioudakhs"
    assert _greeklish("Χρυσούλα") == "Xrysoula" and _greeklish("18 Μαρτίου 1958") == "18 Martiou 1958"
    assert _feminine("Papadakis") == "Papadaki" and _feminine("Kritikos") == "Kritikou"
    assert _feminine("Παπαδάκης") == "Παπαδάκη" and _feminine("Κρητικός") == "Κρητικού"
    assert (
        _plain("Al Sitri") == "alsitri"
        and _plain("Vayssière") == "vayssiere"
        and _plain("Élodie") == "elodie"
    )
    assert set(GREEK_HELDOUT90) == {n for group in NAMES_HELDOUT90["cretan"] for n in group}
    assert set(ARABIC_HELDOUT90) == {n for group in NAMES_HELDOUT90["baharna"] for n in group}
    assert set(BAPTISMAL_HELDOUT90) <= set(NAMES_HELDOUT90["cretan"][0] + NAMES_HELDOUT90["cretan"][1])
    assert set(GREEK_BAPTISMAL_HELDOUT90) == set(BAPTISMAL_HELDOUT90.values())
    assert set(SAYED_FAMILIES_HELDOUT90) <= set(NAMES_HELDOUT90["baharna"][2])


def test_the_calendar_and_ordinal_helpers() -> None:
    assert _hijri(1958, 3, 14) == (1377, 8, 22)
    assert _hijri(2025, 3, 1) == (1446, 9, 1)  # the first of Ramadan 1446
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT90.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT90_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
