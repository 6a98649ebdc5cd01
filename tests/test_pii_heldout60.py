"""Held-out set 60's own checks: its name forms and titles (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import re

from bench.pii_heldout60 import (
    CB_CHAIN_HELDOUT60,
    NAMES_HELDOUT60,
    SIGN_NAMES_HELDOUT60,
    TITLED_HELDOUT60,
    Gen60,
    _fingerspelt,
    _ne,
    build_heldout60,
)


def test_the_married_ne_follows_hungarian_spelling() -> None:
    assert [_ne(x) for x in ("Lajos", "Gyula", "Imre", "Szabó", "Fekete")] == [
        "Lajosné", "Gyuláné", "Imréné", "Szabóné", "Feketéné",
    ]  # fmt: skip


def test_a_fingerspelt_name_is_its_letters_in_capitals() -> None:
    assert _fingerspelt("Narelle") == "N-A-R-E-L-L-E"


def test_titles_stay_outside_the_span_and_go_with_their_origin() -> None:
    gen = Gen60(1)
    for title, (origin, _woman, family) in TITLED_HELDOUT60.items():
        for _ in range(20):
            name = gen.titled_person(title)
            assert title not in name.lower()
            if family:
                assert name in NAMES_HELDOUT60[origin][2]
    for e in build_heldout60():
        for start, end, etype in e.spans:
            if etype == "PERSON":
                assert not re.search(r"(?i)\b(néni|bácsi|míster|ñor|ña)\b", e.text[start:end]), e.text


def test_the_name_forms_show_up() -> None:
    gen = Gen60(7)
    names = [gen.person() for _ in range(3000)]
    assert any(n.endswith("né") for n in names)  # 'Kovács Jánosné'
    assert any(re.fullmatch(r"\w+né \w+ \w+", n) for n in names)  # 'Szabóné Tóth Ilona'
    assert any(" de " in n for n in names)  # 'Margarita Reid de Castells'
    assert any(n in SIGN_NAMES_HELDOUT60 for n in names)
    assert any(re.fullmatch(r"[A-Z](-[A-Z])+", n) for n in names)
    chain = set(CB_CHAIN_HELDOUT60) | set(NAMES_HELDOUT60["capebreton"][1])
    chains = [n for n in names if len(n.split()) == 3 and all(w in chain for w in n.split())]
    assert chains  # 'Angus Dan Willie'
