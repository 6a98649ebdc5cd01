"""Held-out set 68's own checks: its name forms, titles, dates and typos (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout68 import (
    ESPERANTO_HELDOUT68,
    NAMES_HELDOUT68,
    TITLED_HELDOUT68,
    TRST_ITALIAN_HELDOUT68,
    VALDO_FRENCH_HELDOUT68,
    Gen68,
    _mrz,
    _typo68,
    build_heldout68,
)


def test_every_other_form_belongs_to_its_origin() -> None:
    assert set(ESPERANTO_HELDOUT68) <= set(sum(NAMES_HELDOUT68["herzberg"][:2], []))
    assert set(VALDO_FRENCH_HELDOUT68) <= set(sum(NAMES_HELDOUT68["aosta"][:2], []))
    assert set(TRST_ITALIAN_HELDOUT68) <= set(NAMES_HELDOUT68["trst"][2])


def test_a_machine_line() -> None:
    assert _mrz("Žerjal", "Marko") == "ZERJAL<<MARKO"
    assert _mrz("", "Khin Myat Noe") == "KHIN<MYAT<NOE"


def test_titles_stay_outside_the_span_and_go_with_their_origin() -> None:
    gen = Gen68(1)
    for title, (origin, woman, goes_with) in TITLED_HELDOUT68.items():
        men, women, lasts = NAMES_HELDOUT68[origin]
        for _ in range(20):
            name = gen.titled_person(title)
            assert name in (lasts if goes_with == "family" else (women if woman else men))
    for e in build_heldout68():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                assert not re.search(r"(?i)^(s-ro|s-ino|gospod|gospa|u|daw) ", e.text[start:end]), e.text


def test_the_name_forms_show_up() -> None:
    gen = Gen68(7)
    names = [gen.person() for _ in range(3000)]
    assert any(re.fullmatch(r"[A-Z]+ [A-Z][a-z]+", n) for n in names)  # 'ZERJAL Marko'
    assert any(n.split()[-1] in TRST_ITALIAN_HELDOUT68.values() for n in names)  # 'Jasna Coceancig'
    assert any(n.split()[0] in ESPERANTO_HELDOUT68.values() for n in names)  # 'Johano Hillebrecht'
    assert any(n in NAMES_HELDOUT68["yangon"][1] for n in names)  # 'Khin Myat Noe'
    assert any(n.split()[0] in VALDO_FRENCH_HELDOUT68.values() for n in names)  # 'Joseph Chatrian'
    assert any("<" in gen.person_for("Name (as in the MRZ): {}") for _ in range(5))


def test_the_typo_leaves_the_slots_alone() -> None:
    rng = random.Random(3)
    assert _typo68(rng, "Candidate: {}") == "Candidate: {}"
    slipped = {_typo68(rng, "{} explains the grammar better than yesterday") for _ in range(60)}
    assert "{} explains the grammer better than yesterday" in slipped
    assert "{} explains the grammar better than zesterday" in slipped
    assert all(s.startswith("{} ") for s in slipped)
