"""Held-out set 101's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

import pytest

from bench.pii_heldout101 import (
    BASKET_NAMES_HELDOUT101,
    CYRILLIC_HELDOUT101,
    FORCED_FORMS_HELDOUT101,
    FORCED_SENTENCES_HELDOUT101,
    GULLAH_SUFFIXES_HELDOUT101,
    HELDOUT101_NEGATIVES,
    HELDOUT101_SEED,
    KYRGYZ_SHORT_HELDOUT101,
    MALAGASY_NICKNAMES_HELDOUT101,
    NAME_LOCALES_HELDOUT101,
    NAMES_HELDOUT101,
    PUBLIC_FIGURES_HELDOUT101,
    TITLE_SLOT_HELDOUT101,
    TITLED_HELDOUT101,
    TUVALUAN_SHORT_HELDOUT101,
    Gen101,
    _cyrillic,
    _feminine,
    _fold,
    _initials,
    _ordinal,
    _patronymic,
    _plain,
    _slip,
    _typo101,
    build_heldout101,
)

EXAMPLES = build_heldout101()
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(ramose|ramatoa|dadabe|neny|zoky|miss|sister|brother|deacon|mother|elder|faifeau|tupuna) $"
)
TITLE_AFTER = re.compile(r"(?i)^ (baike|eje|apa|ata|agai)(?![\w'])")
INITIAL = re.compile(r"(?i)([a-zа-я]\.)+")


def _persons(examples: list | None = None) -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in examples or EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def _listed() -> list[str]:
    """Every name of the lists in the spellings the set derives from them (Cyrillic aside)."""
    names = [n for origin in NAMES_HELDOUT101.values() for group in origin for n in group]
    men, women, lasts = NAMES_HELDOUT101["kyrgyz"]
    names += [_feminine(n) for n in lasts] + [_patronymic(n, w) for n in men for w in (False, True)]
    names += (
        ["uulu", "kyzy"] + list(KYRGYZ_SHORT_HELDOUT101.values()) + list(TUVALUAN_SHORT_HELDOUT101.values())
    )
    names += [n for group in MALAGASY_NICKNAMES_HELDOUT101.values() for n in group]
    names += [n for group in BASKET_NAMES_HELDOUT101.values() for n in group]
    return names


def _slips(word: str) -> set[str]:
    """Every word one slip away from `word` as _slip makes them (a letter dropped, doubled or two swapped,
    never the first)."""
    out = set()
    for i in range(1, len(word) - 1):
        out |= {word[:i] + word[i + 1 :], word[:i] + word[i] + word[i:]}
        out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return out - {word}


def _all_words() -> set[str]:
    """Every word a name in the set may hold, in every form the set writes it (case aside)."""
    names = _listed()
    names += [_cyrillic(n) for n in names]
    names += GULLAH_SUFFIXES_HELDOUT101
    return {w.lower() for n in names for w in n.split()}


def _slipped_words() -> set[str]:
    names = [n for origin in NAMES_HELDOUT101.values() for group in origin for n in group]
    return {s.lower() for n in names for s in _slips(n)}


def _forms_present(values: list[str]) -> dict[str, bool]:
    """Whether each of FORCED_FORMS_HELDOUT101's forms shows in the values, per origin (case aside: a
    sentence may be lowered or put in capitals whole)."""
    low = [v.lower() for v in values]
    names = {
        o: {k: {n.lower() for n in group} for k, group in zip("mwl", NAMES_HELDOUT101[o], strict=True)}
        for o in NAMES_HELDOUT101
    }
    mg, tv = names["malagasy"], names["tuvaluan"]
    listed = {w.lower() for n in _listed() for w in n.split()}

    def slipped(word: str, origin: str, groups: str) -> bool:
        return word not in listed and any(
            word in {s.lower() for s in _slips(n)}
            for g in groups
            for n in NAMES_HELDOUT101[origin]["mwl".index(g)]
        )

    return {
        "kyrgyz uulu": any(re.search(r" (uulu|уулу)$", v) for v in low),
        "kyrgyz kyzy": any(re.search(r" (kyzy|кызы)$", v) for v in low),
        "kyrgyz ovich": any(re.search(r"(ovich|ovna|ович|овна)$", v) for v in low),
        "kyrgyz cyrillic": any(re.search(r"[\u0400-\u04ff]", v) for v in values),
        # the family name and the initials after it: 'Abdrakhmanov A. N.', 'Mamytova G.N.'
        "kyrgyz initials": any(re.fullmatch(r"[a-z]+ ([a-z]\. ?){2}", v.strip()) for v in low),
        "kyrgyz short": any(v in {n.lower() for n in KYRGYZ_SHORT_HELDOUT101.values()} for v in low),
        # the official forms' order: 'RAKOTOMALALA Hery Nirina'
        "malagasy family_first": any(
            len(p := v.split()) >= 2 and p[0] in mg["l"] and all(g in mg["m"] | mg["w"] for g in p[1:])
            for v in low
        ),
        "malagasy typo": any(slipped(w, "malagasy", "l") for v in low for w in v.split()),
        "malagasy nickname": any(
            v in {n.lower() for group in MALAGASY_NICKNAMES_HELDOUT101.values() for n in group} for v in low
        ),
        "gullah suffix": any(re.search(r" (jr\.?|sr\.|iii)$", v) for v in low),
        "gullah basket": any(
            v.split()[0] in {n.lower() for group in BASKET_NAMES_HELDOUT101.values() for n in group}
            for v in low
        ),
        # American initials before the family name: 'C. J. Grovner'
        "gullah initials": any(
            re.fullmatch(r"([a-z]\. ?){2}[a-z]+", v) and v.split()[-1] in names["gullah"]["l"] for v in low
        ),
        # the father's given name as the family name: 'Malia Seluka'
        "tuvaluan father": any(
            len(p := v.split()) == 2 and p[0] in tv["m"] | tv["w"] and p[1] in tv["m"] for v in low
        ),
        "tuvaluan short": any(v in {n.lower() for n in TUVALUAN_SHORT_HELDOUT101.values()} for v in low),
        "tuvaluan typo": any(slipped(w, "tuvaluan", "mw") for v in low for w in v.split()),
    }


def _titled_origins(examples: list) -> set[str]:
    origins = set()
    for e in examples:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            m = TITLE_BEFORE.search(e.text[:start]) or TITLE_AFTER.match(e.text[end:])
            if m:
                origins.add(TITLED_HELDOUT101[m.group(1).lower()][0])
    return origins


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT101 == [] and HELDOUT101_SEED == 6410385


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT101.match(words[0] + " {}"), (value, e.text)
            assert not TITLE_SLOT_HELDOUT101.search("{} " + words[-1]), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]) or TITLE_AFTER.match(e.text[end:]))
    assert titled >= 4


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part, after) in TITLED_HELDOUT101.items():
        assert origin in NAMES_HELDOUT101 and part in ("full", "given", "family"), title
        slot = f"{{}} {title}" if after else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT101.search(slot) and TITLE_SLOT_HELDOUT101.search(slot.upper()), title
    assert {TITLED_HELDOUT101[t][0] for t in TITLED_HELDOUT101} == set(NAMES_HELDOUT101)


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen101(101)
    for title, (origin, woman, part, _) in TITLED_HELDOUT101.items():
        men, women, lasts = NAMES_HELDOUT101[origin]
        givens = {False: men, True: women, None: men + women}[woman]
        for _ in range(20):
            value = gen.titled_person(title)
            if part == "given":
                assert value in givens, (title, value)
            elif part == "family":
                assert value in lasts, (title, value)
            else:
                assert value.split()[0] in givens and value.split()[-1] in lasts, (title, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words, slipped = _all_words(), _slipped_words()
    for value, text in _persons():
        for part in value.split():
            assert part.lower() in words or part.lower() in slipped or INITIAL.fullmatch(part), (part, text)


def test_no_public_figure_is_named() -> None:
    for seed in (HELDOUT101_SEED, 1, 2, 3):
        for value, text in _persons(build_heldout101(seed)):
            assert not any(full.lower() in value.lower() for full in PUBLIC_FIGURES_HELDOUT101), (value, text)
    for text in HELDOUT101_NEGATIVES:
        assert not any(full.lower() in text.lower() for full in PUBLIC_FIGURES_HELDOUT101), text


def test_the_name_forms_appear() -> None:
    present = _forms_present([v for v, _ in _persons()])
    assert set(present) == {f"{origin} {form}" for origin, form in FORCED_FORMS_HELDOUT101}
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", [1, 2, 3, 101, 4242])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    examples = build_heldout101(seed)
    present = _forms_present([v for v, _ in _persons(examples)])
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


@pytest.mark.parametrize("seed", [HELDOUT101_SEED, 1, 2, 3, 101, 4242])
def test_a_titled_name_of_each_people_and_names_in_capitals_and_lower_case_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout101(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT101)
    spans = [(e.text[s:t], e.text) for e in examples for s, t, k in e.spans if k == "PERSON"]
    # a name in capitals, or in lower case, in a sentence that is not written so whole
    assert any(v.isupper() and " " in v and text != text.upper() for v, text in spans)
    assert any(v.islower() and " " in v and text != text.lower() for v, text in spans)


def test_the_forced_sentences_hold_one_slot_and_the_titles_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT101.items():
        for template in templates:
            assert template.count("{}") == 1, template
            m = TITLE_SLOT_HELDOUT101.search(template)
            if key in NAMES_HELDOUT101:
                assert m and TITLED_HELDOUT101[next(g for g in m.groups() if g).lower()][0] == key, template
            else:
                assert not m, template


def test_the_helpers_for_name_forms() -> None:
    assert _feminine("Asanbekov") == "Asanbekova" and _feminine("Alybaev") == "Alybaeva"
    assert _patronymic("Nurlan", False) == "Nurlanovich" and _patronymic("Nurlan", True) == "Nurlanovna"
    assert _cyrillic("Aizhan Asanbekova") == "Айжан Асанбекова"
    assert _cyrillic("Aibek Nurlan uulu") == "Айбек Нурлан уулу"
    assert _cyrillic("Abdrakhmanov Aibek Nurlanovich") == "Абдрахманов Айбек Нурланович"
    assert _cyrillic("Mamytova Gulnara Bakytovna") == "Мамытова Гүлнара Бакытовна"
    assert _cyrillic("Chyngyz Usenov") == "Чыңгыз Үсөнов"
    assert _initials("Aibek", "Nurlan") == "A. N." and _initials("Aibek", "Nurlan", joined=True) == "A.N."
    rng = random.Random(101)
    for word in ("Razafindrakoto", "Randrianarisoa", "Fulisia", "Vete"):
        for _ in range(30):
            slipped = _slip(word, rng)
            assert slipped != word and slipped[0] == word[0] and slipped in _slips(word), (word, slipped)
    assert _plain("Moses Polite Jr.") == "mosespolitejr" and _plain("Chyngyz") == "chyngyz"
    assert _fold("Château-Rouge") == "Chateau-Rouge"
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


def test_the_other_spellings_belong_to_listed_names() -> None:
    kyrgyz = {n for group in NAMES_HELDOUT101["kyrgyz"] for n in group}
    assert set(CYRILLIC_HELDOUT101) == kyrgyz | {"uulu", "kyzy"}
    for value in CYRILLIC_HELDOUT101.values():
        assert re.fullmatch(r"[\u0400-\u04ff]+", value), value
    men, women, _ = NAMES_HELDOUT101["kyrgyz"]
    assert set(KYRGYZ_SHORT_HELDOUT101) <= set(men + women)
    men, women, _ = NAMES_HELDOUT101["tuvaluan"]
    assert set(TUVALUAN_SHORT_HELDOUT101) <= set(men + women)
    # the Tuvaluan family names are not fathers' given names, so the 'father' form stands out
    assert not set(NAMES_HELDOUT101["tuvaluan"][2]) & set(men)
    # a nickname or a basket name is none of the given names
    nicknames = {n for group in MALAGASY_NICKNAMES_HELDOUT101.values() for n in group}
    nicknames |= {n for group in BASKET_NAMES_HELDOUT101.values() for n in group}
    assert not nicknames & {n for origin in NAMES_HELDOUT101.values() for group in origin for n in group}


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(101)
    assert _typo101(rng, "Subscriber: {}") == "Subscriber: {}"
    for _ in range(50):
        assert _typo101(rng, "Miss {} says the phone battery is gone tomorrow").startswith(
            "Miss {} says the "
        )
        assert _typo101(rng, "{} baike fixed the signal please").startswith("{} baike fixed the ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT101.values()
        for first in men + women
        for last in lasts + men
        if first != last
    }
    for text in HELDOUT101_NEGATIVES:
        assert not any(full.lower() in text.lower() for full in fulls), text


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert len(years) == len(dobs) and all(1938 <= y <= 2014 for y in years)
    assert [e.text for e in build_heldout101()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout101(HELDOUT101_SEED + 1)] != [e.text for e in EXAMPLES]
