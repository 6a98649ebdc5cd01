"""Held-out set 69's own checks: its name forms, titles and typos (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout69 import (
    CZECH_FEMININE_HELDOUT69,
    CZECH_SHORT_HELDOUT69,
    CZECH_VOCATIVE_FAMILY_HELDOUT69,
    NAMES_HELDOUT69,
    SPANISH_SHORT_HELDOUT69,
    TITLED_HELDOUT69,
    Gen69,
    _tr_upper,
    _typo69,
    build_heldout69,
)


def test_every_other_form_belongs_to_its_origin() -> None:
    lasts = NAMES_HELDOUT69["kladruby"][2]
    assert set(CZECH_FEMININE_HELDOUT69) == set(lasts) == set(CZECH_VOCATIVE_FAMILY_HELDOUT69)
    assert set(CZECH_SHORT_HELDOUT69) <= set(sum(NAMES_HELDOUT69["kladruby"][:2], []))
    assert set(SPANISH_SHORT_HELDOUT69) <= set(sum(NAMES_HELDOUT69["pasiego"][:2], []))


def test_turkish_capitals() -> None:
    assert _tr_upper("Koçyiğit") == "KOÇYİĞİT" and _tr_upper("Sarıtaş") == "SARITAŞ"


def test_titles_stay_outside_the_span() -> None:
    gen = Gen69(1)
    for title in TITLED_HELDOUT69:
        for _ in range(20):
            assert " " not in gen.titled_person(title)
    pattern = r"(?i)(^(el tío|la tía|pane|paní) )|( (bey|hanım|amca|teyze|usta)$)"
    for e in build_heldout69():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                assert not re.search(pattern, e.text[start:end]), e.text


def test_the_name_forms_show_up() -> None:
    gen = Gen69(7)
    names = [gen.person() for _ in range(3000)]
    assert any(re.fullmatch(r"\w+ \w+-\w+", n) for n in names)  # 'Vreni Manser-Koller'
    assert any(re.fullmatch(r"[A-ZÁÉÍÓÚÑ]+ [A-ZÁÉÍÓÚÑ]+, \w+", n) for n in names)  # 'ABASCAL LAVÍN, Sagrario'
    assert any(n in SPANISH_SHORT_HELDOUT69.values() for n in names)  # 'Visi'
    assert any(n in CZECH_FEMININE_HELDOUT69.values() for n in names)  # 'Dvořáková'
    assert gen.person_for("ahoj {}, hi") in {v for _, v in CZECH_SHORT_HELDOUT69.values()}


def test_the_typo_leaves_the_slots_alone() -> None:
    rng = random.Random(3)
    assert _typo69(rng, "Walker: {}") == "Walker: {}"
    slipped = {_typo69(rng, "{} is at the kennel with his dog") for _ in range(60)}
    assert all(s.startswith("{} ") for s in slipped)
    assert any("kennal" in s for s in slipped) and any("ı" in s for s in slipped)
