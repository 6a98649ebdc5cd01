"""Held-out set 95's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout95 import (
    CYRILLIC_HELDOUT95,
    FINNISH_SPELLING_HELDOUT95,
    HELDOUT95_NEGATIVES,
    HELDOUT95_SEED,
    KERALA_GIVEN_HELDOUT95,
    MALAYALAM_HELDOUT95,
    NAME_LOCALES_HELDOUT95,
    NAMES_HELDOUT95,
    TAMIL_GIVEN_HELDOUT95,
    TAMIL_HELDOUT95,
    TITLE_SLOT_HELDOUT95,
    TITLED_HELDOUT95,
    Gen95,
    _finnish,
    _fold,
    _kollam_era,
    _plain,
    _russian_ov,
    _typo95,
    build_heldout95,
)

EXAMPLES = build_heldout95()
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(mummu|pappa|täti|setä|emaa|apa|batushka|koro|nana|matua|whaea) $"
)
TITLE_AFTER = re.compile(r"(?i)^ (chettan|chechi|anna|akka)(?![\w'])")
INITIAL = re.compile(r"[A-Z]\.")


def _persons() -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def _all_names() -> list[str]:
    names = [n for origin in NAMES_HELDOUT95.values() for group in origin for n in group]
    names += list(FINNISH_SPELLING_HELDOUT95.values()) + list(CYRILLIC_HELDOUT95.values())
    names += list(MALAYALAM_HELDOUT95.values()) + list(TAMIL_HELDOUT95.values())
    names += [_russian_ov(n) for n in NAMES_HELDOUT95["alutiiq"][2]]
    names += [CYRILLIC_HELDOUT95[n] + "а" for n in NAMES_HELDOUT95["alutiiq"][2] if n in CYRILLIC_HELDOUT95]
    names += [_fold(n) for n in list(names)]
    return names


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT95 == [] and HELDOUT95_SEED == 7319529


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT95.match(words[0] + " {}"), (value, e.text)
            assert not TITLE_SLOT_HELDOUT95.search("{} " + words[-1]), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]) or TITLE_AFTER.match(e.text[end:]))
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part, after) in TITLED_HELDOUT95.items():
        assert origin in NAMES_HELDOUT95 and part in ("full", "given", "family"), title
        slot = f"{{}} {title}" if after else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT95.search(slot) and TITLE_SLOT_HELDOUT95.search(slot.upper()), title


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen95(95)
    for title, (origin, woman, part, _) in TITLED_HELDOUT95.items():
        men, women, lasts = NAMES_HELDOUT95[origin]
        given = {_fold(n) for n in men + women} | set(men + women)
        for _ in range(20):
            value = gen.titled_person(title)
            if part == "given":
                assert value in given, (title, value)
                if woman is not None:
                    assert _fold(value) in {_fold(n) for n in (women if woman else men)}, (title, value)
            elif part == "family":
                assert value in lasts, (title, value)
            else:
                assert value.split()[-1] in lasts, (title, value)
            if title in ("chettan", "chechi"):
                assert value in KERALA_GIVEN_HELDOUT95, (title, value)
            if title in ("anna", "akka"):
                assert value in TAMIL_GIVEN_HELDOUT95, (title, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {w.lower() for n in _all_names() for w in n.split()}
    for value, text in _persons():
        for part in value.split():
            assert INITIAL.fullmatch(part.upper()) or part.lower() in words, (part, text)


def test_the_name_forms_appear() -> None:
    values = [v for v, _ in _persons()]
    assert any(re.search(r"[äöÄÖ]", v) for v in values)  # the church book's Finnish: 'Väinö Väisänen'
    assert any(re.fullmatch(r"\w+ [A-Z]\. \w+", v) for v in values)  # a licence's middle initial
    assert any(re.search(r"[\u0400-\u04ff]", v) for v in values)  # Cyrillic: 'Герасим Пестриков'
    assert any(re.search(r"[\u0d00-\u0d7f]", v) for v in values)  # Malayalam script
    assert any(re.search(r"[\u0b80-\u0bff]", v) for v in values)  # Tamil script
    assert any(re.search(r"[āēīōūĀĒĪŌŪ]", v) for v in values)  # macrons: 'Hēmi Pōtiki'
    houses = set(NAMES_HELDOUT95["mukkuvar"][2])
    # the house name before the given name: 'Puthenveettil Antony'
    assert any(len(p := v.split()) >= 2 and p[0] in houses for v in values)
    # an initial for the house or the father: 'P. Antony'
    assert any(re.fullmatch(r"[A-Z]\. [A-Z][a-z]+( [A-Z][a-z]+)?", v) for v in values)


def test_the_helpers_for_name_forms() -> None:
    assert _finnish("Waino Waisanen") == "Väinö Väisänen" and _finnish("Eino Maki") == "Eino Mäki"
    assert _finnish("Dale Niemi") == "Dale Niemi"
    assert _russian_ov("Pestrikoff") == "Pestrikov" and _russian_ov("Eluska") == "Eluska"
    assert _fold("Hēmi Pōtiki") == "Hemi Potiki" and _fold("Ārihia") == "Arihia"
    assert (
        _plain("Te Au") == "teau" and _plain("Hīria") == "hiria" and _plain("Arockia Mary") == "arockiamary"
    )
    assert set(FINNISH_SPELLING_HELDOUT95) <= {n for group in NAMES_HELDOUT95["upfinn"] for n in group}
    assert set(CYRILLIC_HELDOUT95) <= {n for group in NAMES_HELDOUT95["alutiiq"] for n in group}
    mukkuvar = {n for group in NAMES_HELDOUT95["mukkuvar"] for n in group}
    assert set(MALAYALAM_HELDOUT95) <= mukkuvar and set(TAMIL_HELDOUT95) <= mukkuvar
    for value in CYRILLIC_HELDOUT95.values():
        assert re.fullmatch(r"[\u0400-\u04ff]+", value), value
    for value in MALAYALAM_HELDOUT95.values():
        assert re.fullmatch(r"[\u0d00-\u0d7f]+", value), value
    for value in TAMIL_HELDOUT95.values():
        assert re.fullmatch(r"[\u0b80-\u0bff ]+", value), value


def test_the_kollam_era() -> None:
    assert _kollam_era(2025, 8, 17) == (1201, 0, 1)  # 1 Chingam 1201
    assert _kollam_era(1958, 3, 14) == (1133, 7, 1)  # 1 Meenam 1133
    assert _kollam_era(2026, 1, 1) == (1201, 4, 17)  # 17 Dhanu 1201
    assert _kollam_era(2026, 8, 16) == (1201, 11, 31)  # the last of Karkidakam


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(95)
    assert _typo95(rng, "Licensee: {}") == "Licensee: {}"
    for _ in range(50):
        slipped = _typo95(rng, "pappa {} still does the smelt dipping at 84 with the license")
        assert slipped.startswith("pappa {} still does the smelt dipping at 84 ")
        slipped = _typo95(rng, "{} chettan went out with the motor boat at night")
        assert slipped.startswith("{} chettan went out ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT95.values()
        for first in men + women
        for last in lasts
    }
    fulls |= {_fold(n) for n in fulls}
    for text in HELDOUT95_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert years and all(1928 <= y <= 2026 for y in years)
    me_years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(1[12]\d\d)(?!\d)", d)]
    assert all(1103 <= y <= 1182 for y in me_years)  # the Malayalam era's years of 1928 to 2006
    assert [e.text for e in build_heldout95()] == [e.text for e in EXAMPLES]
