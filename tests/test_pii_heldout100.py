"""Held-out set 100's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

import pytest

from bench.pii_heldout100 import (
    AJAMI_HELDOUT100,
    BENGALI_SCRIPT_HELDOUT100,
    BENGALI_VARIANTS_HELDOUT100,
    BOKO_HELDOUT100,
    DAAK_NAAM_HELDOUT100,
    FORCED_FORMS_HELDOUT100,
    HELDOUT100_NEGATIVES,
    HELDOUT100_SEED,
    NAME_LOCALES_HELDOUT100,
    NAMES_HELDOUT100,
    TITLE_SLOT_HELDOUT100,
    TITLED_HELDOUT100,
    UZ_APOSTROPHES_HELDOUT100,
    Gen100,
    _ajami,
    _bengali_script,
    _fold,
    _ordinal,
    _patronymic,
    _plain,
    _typo100,
    _uz_apostrophe,
    _uz_cyrillic,
    _uz_feminine,
    build_heldout100,
)

EXAMPLES = build_heldout100()
TITLE_BEFORE = re.compile(r"(?i)(?<![\w'.-])(alhaji|hajiya|malam|mallama|usta|don|doña|nan|tat) $")
TITLE_AFTER = re.compile(r"(?i)^( (aka|opa|xola|kaku|mashi|boudi)|-(da|di))(?![\w'])")


def _persons(examples: list | None = None) -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in examples or EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def _all_words() -> set[str]:
    """Every word a name in the set may hold, in every form the set writes it."""
    names = [n for origin in NAMES_HELDOUT100.values() for group in origin for n in group]
    names += [n for group in DAAK_NAAM_HELDOUT100.values() for n in group]
    men, women, lasts = NAMES_HELDOUT100["uzbek"]
    names += [_uz_feminine(n) for n in lasts] + [f"{n}xon" for n in women]
    names += [_patronymic(n, w) for n in men for w in (False, True)] + ["oʻgʻli", "qizi"]
    names += ["de"]  # a K'iche' married woman's 'de' before her husband's name
    names += [_uz_cyrillic(n) for n in list(names)]
    names += [_uz_apostrophe(n, mark) for n in list(names) for mark in UZ_APOSTROPHES_HELDOUT100]
    names += [_fold(n) for n in list(names)]
    names += list(BENGALI_SCRIPT_HELDOUT100.values()) + list(AJAMI_HELDOUT100.values())
    names += list(BOKO_HELDOUT100.values())
    return {w.lower() for n in names for w in n.split()}


def _forms_present(values: list[str]) -> dict[str, bool]:
    """Whether each of FORCED_FORMS_HELDOUT100's forms shows in the values (case aside: a sentence may be
    lowered or put in capitals whole)."""
    hausa_men = {n.lower() for n in NAMES_HELDOUT100["hausa"][0]}
    hausa_all = {n.lower() for group in NAMES_HELDOUT100["hausa"] for n in group}
    kiche_lasts = {_fold(n).lower() for n in NAMES_HELDOUT100["kiche"][2]}
    variants = {n.lower() for n in BENGALI_VARIANTS_HELDOUT100}
    daak = {n.lower() for group in DAAK_NAAM_HELDOUT100.values() for n in group}
    low = [v.lower() for v in values]
    return {
        # the given name, the father's and the family's: 'Aminu Bashir Danjuma'
        "father": any(len(p := v.split()) == 3 and set(p) <= hausa_all and p[1] in hausa_men for v in low),
        "ajami": any(re.search(r"[\u0600-\u06ff]", v) for v in values),
        "boko": any("ɗ" in v for v in low),  # the hooked ɗ: 'Ɗanjuma'
        "cyrillic": any(re.search(r"[\u0400-\u04ff]", v) for v in values),
        "ogli": any(re.search(r"(oʻgʻli|ўғли|qizi|қизи)$", v) for v in low),
        "ovich": any(re.search(r"(ovich|ovna|ович|овна)$", v) for v in low),
        "apostrophe": any(re.search(r"[og]['‘`]", v) for v in low),
        "xon": any(re.search(r"xon\b", v) for v in low),
        # two family names, the father's then the mother's: 'Petrona Xiloj Tax'
        "two": any(
            len(p := _fold(v).split()) == 3 and p[1] in kiche_lasts and p[2] in kiche_lasts for v in low
        ),
        "glottal": any(re.search(r"\w'\w|\w'$", v) for v in values),
        "de": any(re.search(r" de \w", v) for v in low),
        "script": any(re.search(r"[\u0980-\u09ff]", v) for v in values),
        "variant": any(set(v.split()) & variants for v in low),
        "daak": any(v in daak for v in low),
    }


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT100 == [] and HELDOUT100_SEED == 5108274


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT100.match(words[0] + " {}"), (value, e.text)
            assert not TITLE_SLOT_HELDOUT100.search("{} " + words[-1]), (value, e.text)
            assert not re.search(r"(?i)-(da|di)$", value), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]) or TITLE_AFTER.match(e.text[end:]))
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part, after) in TITLED_HELDOUT100.items():
        assert origin in NAMES_HELDOUT100 and part in ("full", "given", "family"), title
        if title.startswith("-"):
            slot = f"{{}}{title}"
        else:
            slot = f"{{}} {title}" if after else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT100.search(slot) and TITLE_SLOT_HELDOUT100.search(slot.upper()), title


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen100(100)
    for title, (origin, _, part, _) in TITLED_HELDOUT100.items():
        men, women, lasts = NAMES_HELDOUT100[origin]
        own = {w for n in men + women + lasts for w in n.split()}
        own |= {_uz_apostrophe(n, "'") for n in own}
        own |= {n for group in DAAK_NAAM_HELDOUT100.values() for n in group} if origin == "bangali" else set()
        for _ in range(20):
            value = gen.titled_person(title)
            assert all(w in own for w in value.split()), (title, value)
            if part == "family":
                assert value in lasts, (title, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = _all_words()
    for value, text in _persons():
        for part in value.split():
            assert part.lower() in words, (part, text)


def test_the_name_forms_appear() -> None:
    present = _forms_present([v for v, _ in _persons()])
    assert set(present) == {form for _, form in FORCED_FORMS_HELDOUT100}
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", [1, 2, 3, 100, 4242])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    examples = build_heldout100(seed)
    present = _forms_present([v for v, _ in _persons(examples)])
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


def test_the_helpers_for_name_forms() -> None:
    assert _uz_cyrillic("Sherzod Karimov") == "Шерзод Каримов" and _uz_cyrillic("Yoʻldoshev") == "Йўлдошев"
    assert _uz_cyrillic("Ergashev") == "Эргашев" and _uz_cyrillic("Abdullayeva") == "Абдуллаева"
    assert _uz_cyrillic("Gʻayrat oʻgʻli") == "Ғайрат ўғли" and _uz_cyrillic("Shahnoza") == "Шаҳноза"
    assert _uz_cyrillic("Zulfiya Qodirova") == "Зулфия Қодирова"
    assert _uz_feminine("Karimov") == "Karimova" and _uz_feminine("Abdullayev") == "Abdullayeva"
    assert _uz_apostrophe("Gʻofurov", "'") == "G'ofurov"
    assert _patronymic("Rustam", False) == "Rustamovich" and _patronymic("Rustam", True) == "Rustamovna"
    assert _bengali_script("Tapan", "Ghosh") == "তপন ঘোষ"
    assert _ajami("Aminu", "Bashir") == "أمين بشير"
    assert _fold("Sebastián Sapón") == "Sebastian Sapon"
    assert _plain("Gʻofurov") == "gofurov" and _plain("B'alam") == "balam" and _plain("Sapón") == "sapon"
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


def test_the_other_spellings_belong_to_listed_names() -> None:
    hausa = {n for group in NAMES_HELDOUT100["hausa"] for n in group}
    assert set(AJAMI_HELDOUT100) == hausa and set(BOKO_HELDOUT100) <= hausa
    assert all(v.replace("Ɗ", "D") == k for k, v in BOKO_HELDOUT100.items())
    bangali = {n for group in NAMES_HELDOUT100["bangali"] for n in group}
    assert set(BENGALI_SCRIPT_HELDOUT100) == bangali
    assert (
        set(BENGALI_VARIANTS_HELDOUT100) <= bangali and set(BENGALI_VARIANTS_HELDOUT100.values()) <= bangali
    )
    for value in AJAMI_HELDOUT100.values():
        assert re.fullmatch(r"[\u0600-\u06ff ]+", value), value
    for value in BENGALI_SCRIPT_HELDOUT100.values():
        assert re.fullmatch(r"[\u0980-\u09ff ]+", value), value
    for name in {n for group in NAMES_HELDOUT100["uzbek"] for n in group}:
        assert re.fullmatch(r"[\u0400-\u04ff]+", _uz_cyrillic(name)), name


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(100)
    assert _typo100(rng, "Customer: {}") == "Customer: {}"
    for _ in range(50):
        slipped = _typo100(rng, "alhaji {} ordered five babban riga for the wedding")
        assert slipped.startswith("alhaji {} ordered five babban riga for the ")
        assert _typo100(rng, "{}-da is fixing the sewing machine").startswith("{}-da is fixing the ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT100.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT100_NEGATIVES:
        assert not any(full.lower() in text.lower() for full in fulls), text


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    western = [d.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")) for d in dobs]
    years = [int(y) for d in western for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert len(years) == len(dobs) and all(1940 <= y <= 2020 for y in years)
    assert [e.text for e in build_heldout100()] == [e.text for e in EXAMPLES]
