"""Held-out set 98's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout98 import (
    ARABIC_ASSYRIAN_HELDOUT98,
    DEVANAGARI_SINDHI_HELDOUT98,
    HELDOUT98_NEGATIVES,
    HELDOUT98_SEED,
    IGBO_DOTTED_HELDOUT98,
    IGBO_NAMES_HELDOUT98,
    NAME_LOCALES_HELDOUT98,
    NAMES_HELDOUT98,
    SYRIAC_HELDOUT98,
    TITLE_SLOT_HELDOUT98,
    TITLED_HELDOUT98,
    Gen98,
    _devanagari,
    _dotted,
    _fold,
    _initials,
    _ordinal,
    _plain,
    _syriac,
    _tongan_ascii,
    _typo98,
    build_heldout98,
)

EXAMPLES = build_heldout98()
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.ʻ-])(dada|sain|shamasha|rabi|amo|teta|ichie|lolo|ezinne|nna|nne|faifekau|tangataʻeiki|"
    r"fineʻeiki|nena) $"
)
TITLE_AFTER = re.compile(r"(?i)^ (didi|masi|ji)(?![\w'])")


def _persons() -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def _all_names() -> list[str]:
    names = [n for origin in NAMES_HELDOUT98.values() for group in origin for n in group]
    names += [n for group in IGBO_NAMES_HELDOUT98.values() for n in group]
    names += list(IGBO_DOTTED_HELDOUT98.values()) + list(DEVANAGARI_SINDHI_HELDOUT98.values())
    names += list(SYRIAC_HELDOUT98.values()) + list(ARABIC_ASSYRIAN_HELDOUT98.values())
    names += [_tongan_ascii(n, mark) for n in list(names) for mark in ("'", "")]
    return names


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT98 == [] and HELDOUT98_SEED == 9817243


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT98.match(words[0] + " {}"), (value, e.text)
            assert not TITLE_SLOT_HELDOUT98.search("{} " + words[-1]), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]) or TITLE_AFTER.match(e.text[end:]))
    assert titled >= 10


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part, after) in TITLED_HELDOUT98.items():
        assert origin in NAMES_HELDOUT98 and part in ("full", "given", "family"), title
        slot = f"{{}} {title}" if after else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT98.search(slot) and TITLE_SLOT_HELDOUT98.search(slot.upper()), title


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen98(98)
    for title, (origin, _, part, _) in TITLED_HELDOUT98.items():
        men, women, lasts = NAMES_HELDOUT98[origin]
        givens = men + women
        if origin == "igbo":
            givens += [n for group in IGBO_NAMES_HELDOUT98.values() for n in group]
        for _ in range(20):
            value = gen.titled_person(title)
            if part == "given":
                assert value in givens, (title, value)
            elif part == "family":
                assert value in lasts, (title, value)
            else:
                assert value.split()[0] in givens and value.split()[-1] in lasts, (title, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {w.lower() for n in _all_names() for w in n.split()}
    for value, text in _persons():
        for part in value.split():
            assert part.lower() in words or re.fullmatch(r"[A-Z]\.", part), (part, text)


def test_the_name_forms_appear() -> None:
    values = [v for v, _ in _persons()]
    sindhi_men = set(NAMES_HELDOUT98["sindhi"][0])
    sindhi_lasts = set(NAMES_HELDOUT98["sindhi"][2])
    # the father's given name between: 'Kishore Lachman Motwani'
    assert any(len(p := v.split()) == 3 and p[1] in sindhi_men and p[2] in sindhi_lasts for v in values)
    assert any(re.search(r"[\u0900-\u097f]", v) for v in values)  # Devanagari
    assert any(re.search(r"[\u0700-\u074f]", v) for v in values)  # Syriac
    assert any(re.search(r"[\u0600-\u06ff]", v) for v in values)  # Arabic script
    assert any(re.search(r"[ịọụỊỌỤ]", v) for v in values)  # Igbo's dotted vowels
    assert any("ʻ" in v for v in values) and any(re.search(r"[āēīōū]", v) for v in values)  # ʻokina, macron
    # the baptismal, the Igbo and the family name: 'Cyprian Obinna Okafor'
    baptismal = set(NAMES_HELDOUT98["igbo"][0] + NAMES_HELDOUT98["igbo"][1])
    igbo = {n for group in IGBO_NAMES_HELDOUT98.values() for n in group}
    assert any(len(p := v.split()) == 3 and p[0] in baptismal and p[1] in igbo for v in values)
    # a parish register's family name first in capitals: 'OKAFOR Cyprian Obinna'
    igbo_lasts = {n.upper() for n in NAMES_HELDOUT98["igbo"][2]}
    assert any(v.split()[0] in igbo_lasts and len(v.split()) == 3 for v in values)
    # initials: 'K. L. Motwani', 'C. O. Okafor'
    assert any(re.match(r"[A-Z]\. [A-Z]\. \w", v) for v in values)


def test_the_helpers_for_name_forms() -> None:
    assert _tongan_ascii("Sione Tuʻipulotu") == "Sione Tu'ipulotu"
    assert _tongan_ascii("Sione Tuʻipulotu", "") == "Sione Tuipulotu"
    assert _tongan_ascii("ʻOfa Lātū") == "Ofa Latu" and _tongan_ascii("Sālote Moʻunga", "") == "Salote Mounga"
    assert _fold("Lātū") == "Latu" and _fold("Ngọzị") == "Ngozi"
    assert _plain("Tuʻipulotu") == "tuipulotu" and _plain("Ọkafọ") == "okafo" and _plain("Lātū") == "latu"
    assert _dotted("Ngozi Nwosu") == "Ngọzị Nwọsụ" and _dotted("Cyprian Okafor") == "Cyprian Ọkafọ"
    assert _devanagari("Kishore Motwani") == "किशोर मोटवाणी"
    assert _syriac("Ashur Youkhana") == "ܐܫܘܪ ܝܘܚܢܢ"
    assert _initials("Kishore", "Lachman") == "K. L."
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


def test_the_other_spellings_belong_to_listed_names() -> None:
    sindhi = {n for group in NAMES_HELDOUT98["sindhi"] for n in group}
    assert set(DEVANAGARI_SINDHI_HELDOUT98) == sindhi
    assyrian = {n for group in NAMES_HELDOUT98["assyrian"] for n in group}
    assert set(SYRIAC_HELDOUT98) == assyrian and set(ARABIC_ASSYRIAN_HELDOUT98) == assyrian
    igbo = set(NAMES_HELDOUT98["igbo"][2]) | {n for group in IGBO_NAMES_HELDOUT98.values() for n in group}
    assert set(IGBO_DOTTED_HELDOUT98) <= igbo
    for plain, dotted in IGBO_DOTTED_HELDOUT98.items():
        assert _fold(dotted) in (plain, plain.removesuffix("r")), (plain, dotted)  # Okafor, Ọkafọ
    for value in DEVANAGARI_SINDHI_HELDOUT98.values():
        assert re.fullmatch(r"[\u0900-\u097f]+", value), value
    for value in SYRIAC_HELDOUT98.values():
        assert re.fullmatch(r"[\u0700-\u074f]+", value), value
    for value in ARABIC_ASSYRIAN_HELDOUT98.values():
        assert re.fullmatch(r"[\u0600-\u06ff ]+", value), value


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(98)
    assert _typo98(rng, "Volunteer: {}") == "Volunteer: {}"
    for _ in range(50):
        slipped = _typo98(rng, "Dada {} printed the receipt for the donation tomorrow")
        assert slipped.startswith("Dada {} printed the ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT98.values()
        for first in men + women + [n for group in IGBO_NAMES_HELDOUT98.values() for n in group]
        for last in lasts + men
        if first != last
    }
    for text in HELDOUT98_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert len(years) == len(dobs) and all(1930 <= y <= 2016 for y in years)
    assert [e.text for e in build_heldout98()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout98(HELDOUT98_SEED + 1)] != [e.text for e in EXAMPLES]
