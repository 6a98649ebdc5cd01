"""Held-out set 65's own checks: its name forms, titles and typos (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout65 import (
    CAPOEIRA_APELIDOS_HELDOUT65,
    ENTLEBUCH_SHORT_HELDOUT65,
    JEREZ_DIMINUTIVE_HELDOUT65,
    NAMES_HELDOUT65,
    TITLED_HELDOUT65,
    Gen65,
    _typo65,
    build_heldout65,
)


def test_every_given_name_has_its_short_form() -> None:
    men, women, _ = NAMES_HELDOUT65["entlebuch"]
    assert set(men + women) == set(ENTLEBUCH_SHORT_HELDOUT65)
    men, women, _ = NAMES_HELDOUT65["jerez"]
    assert set(men + women) == set(JEREZ_DIMINUTIVE_HELDOUT65)


def test_titles_stay_outside_the_span_and_go_with_their_origin() -> None:
    gen = Gen65(1)
    for title, (origin, _woman, kind) in TITLED_HELDOUT65.items():
        for _ in range(20):
            name = gen.titled_person(title)
            assert title not in name.lower()
            if kind == "apelido":
                assert name in CAPOEIRA_APELIDOS_HELDOUT65
            else:
                men, women, _ = NAMES_HELDOUT65[origin]
                assert re.sub(r"^(Nik|Wan|Che) ", "", name) in men + women
    for e in build_heldout65():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                value = e.text[start:end]
                assert not re.search(
                    r"(?i)\b(mestre|contramestre|professora?|instrutor|cikgu|tok guru)\b", value
                )


def test_the_name_forms_show_up() -> None:
    gen = Gen65(7)
    names = [gen.person() for _ in range(3000)]
    assert any(n in ENTLEBUCH_SHORT_HELDOUT65.values() for n in names)  # 'Köbi'
    assert any(n in JEREZ_DIMINUTIVE_HELDOUT65.values() for n in names)  # 'Manolito'
    assert any(n in CAPOEIRA_APELIDOS_HELDOUT65 for n in names)  # 'Curió'
    assert any(re.search(r" (el|la) [A-ZÁÉÍÓÚÜ]", n) for n in names)  # 'Diego el Zurdo'
    assert any(re.search(r" binti? ", n) for n in names)  # 'Nik Faridah binti Nik Hassan'
    assert any(re.fullmatch(r"[A-Z]+, [A-Z][a-z]+", n) for n in names)  # 'BROCKBANK, Ellie'


def test_the_typo_leaves_the_slots_and_forms_alone() -> None:
    rng = random.Random(3)
    assert _typo65(rng, "Teacher: {}") == "Teacher: {}"
    slipped = {_typo65(rng, "{} is the cover teacher for hot yoga tomorrow at six") for _ in range(60)}
    assert "{} is the cover teacher for hot zoga tomorrow at six" in slipped
    assert "{} is thecover teacher for hot yoga tomorrow at six" in slipped
    assert all("{}" in s for s in slipped)
