"""Held-out set 99's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout99 import (
    ADYGHE_VARIANTS_HELDOUT99,
    ARABIC_HELDOUT99,
    CYRILLIC_HELDOUT99,
    DEVANAGARI_HELDOUT99,
    FORCED_FORMS_HELDOUT99,
    FORM_ORIGIN_HELDOUT99,
    HEBREW_HELDOUT99,
    HELDOUT99_NEGATIVES,
    HELDOUT99_SEED,
    KOREAN_FAMILY_HELDOUT99,
    KOREAN_GIVEN_HELDOUT99,
    NAME_LOCALES_HELDOUT99,
    NAMES_HELDOUT99,
    TITLE_SLOT_HELDOUT99,
    TITLED_HELDOUT99,
    Gen99,
    _devanagari,
    _hangul,
    _initials,
    _joined,
    _ordinal,
    _phonetic,
    _plain,
    _typo99,
    build_heldout99,
)

EXAMPLES = build_heldout99()
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(hav|sub|rfn|sheikh|rasal|samal|nana|dada|훈련병|ratu|adi|tata|nau|lcpl|cpl|sgt) $"
)
TITLE_AFTER = re.compile(r"(?i)^ (bhula|dida|boji|씨|님|형|오빠|hyung|oppa)(?![\w'])")
INITIAL = re.compile(r"(?i)[a-z]\.?")  # an army record's initials, in any case


def _persons() -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def _all_names() -> list[str]:
    names = [n for origin in NAMES_HELDOUT99.values() for group in origin for n in group]
    names += ["Singh", "Devi", *ADYGHE_VARIANTS_HELDOUT99.values()]
    names += list(DEVANAGARI_HELDOUT99.values()) + list(HEBREW_HELDOUT99.values())
    names += list(ARABIC_HELDOUT99.values()) + list(CYRILLIC_HELDOUT99.values())
    names += [form for hangul, revised in KOREAN_GIVEN_HELDOUT99.values() for form in (hangul, revised)]
    names += [_joined(g) for g in KOREAN_GIVEN_HELDOUT99] + [
        g.replace("-", " ") for g in KOREAN_GIVEN_HELDOUT99
    ]
    names += [form for _, others in KOREAN_FAMILY_HELDOUT99.values() for form in others]
    names += [_hangul(f, g) for f in KOREAN_FAMILY_HELDOUT99 for g in KOREAN_GIVEN_HELDOUT99]
    names += [_hangul("", g) for g in KOREAN_GIVEN_HELDOUT99]
    names += [_phonetic(n) for group in NAMES_HELDOUT99["fiji"] for n in group]
    return names


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT99 == [] and HELDOUT99_SEED == 9917342


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT99.match(words[0] + " {}"), (value, e.text)
            assert not TITLE_SLOT_HELDOUT99.search("{} " + words[-1]), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]) or TITLE_AFTER.match(e.text[end:]))
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part, after) in TITLED_HELDOUT99.items():
        assert origin in NAMES_HELDOUT99 and part in ("full", "given", "family"), title
        slot = f"{{}} {title}" if after else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT99.search(slot) and TITLE_SLOT_HELDOUT99.search(slot.upper()), title


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen99(99)
    for title, (origin, _, part, _) in TITLED_HELDOUT99.items():
        men, women, lasts = NAMES_HELDOUT99[origin]
        for _ in range(20):
            value = gen.titled_person(title)
            if origin == "korea" and title not in ("hyung", "oppa"):
                hangul_given = [KOREAN_GIVEN_HELDOUT99[g][0] for g in men + women]
                assert any(value.endswith(g) for g in hangul_given), (title, value)
                assert len(value) == (3 if part == "full" else 2), (title, value)
            elif part == "given":
                assert value in men + women, (title, value)
            elif part == "family":
                assert value in lasts, (title, value)
            else:
                assert value.split()[-1] in lasts and value.split()[0] in men + women, (title, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {w.lower() for n in _all_names() for w in n.split()}
    for value, text in _persons():
        for part in value.split():
            assert part.lower() in words or INITIAL.fullmatch(part), (part, text)


def test_every_forced_form_has_an_origin_and_builds() -> None:
    gen = Gen99(7)
    assert set(FORCED_FORMS_HELDOUT99) == set(FORM_ORIGIN_HELDOUT99)
    for form in FORCED_FORMS_HELDOUT99:
        origin, woman = FORM_ORIGIN_HELDOUT99[form]
        _, first, last, is_woman = gen._origin_name(origin, woman)
        assert gen._form(form, first, last, is_woman).strip()


def test_the_name_forms_appear() -> None:
    values = [v for v, _ in _persons()]
    lower = [v.lower() for v in values]
    garhwal_lasts = {n.lower() for n in NAMES_HELDOUT99["garhwal"][2]}
    # 'Singh' between the given and the family name: 'Kundan Singh Rawat'
    assert any(len(p := v.split()) == 3 and p[1] == "singh" and p[2] in garhwal_lasts for v in lower)
    assert any(re.search(r"\bdevi\b", v) for v in lower)  # 'Kamla Devi', 'Basanti Devi Bisht'
    assert any(re.fullmatch(r"[a-z] s \w+", v) for v in lower)  # an army record's initials: 'K S Rawat'
    assert any(re.search(r"[\u0900-\u097f]", v) for v in values)  # Devanagari
    assert any(re.search(r"[\u0590-\u05ff]", v) for v in values)  # Hebrew script
    assert any(re.search(r"[\u0600-\u06ff]", v) for v in values)  # Arabic script
    assert any(re.search(r"[\u0400-\u04ff]", v) for v in values)  # Cyrillic
    variants = {n.lower() for n in ADYGHE_VARIANTS_HELDOUT99.values()}
    assert any(v.split()[-1] in variants for v in lower)  # 'Zaur Natcho'
    assert any(re.search(r"[\uac00-\ud7a3]", v) for v in values)  # Hangul
    families = {f.lower() for f, (_, others) in KOREAN_FAMILY_HELDOUT99.items() for f in (f, *others)}
    givens = {g.lower() for g in KOREAN_GIVEN_HELDOUT99}
    joined = {_joined(g).lower() for g in KOREAN_GIVEN_HELDOUT99}
    revised = {r.lower() for _, r in KOREAN_GIVEN_HELDOUT99.values()} - givens
    pairs = [p for v in lower if len(p := v.split()) == 2]
    assert any(p[0] in families and p[1] in givens for p in pairs)  # family first: 'Kim Min-jun'
    assert any(p[0] in givens | joined and p[1] in families for p in pairs)  # given first: 'Min-jun Kim'
    assert any(p[0] in families and p[1] in joined for p in pairs)  # a passport's 'KIM MINJUN'
    assert any(p[0] in families and p[1] in revised for p in pairs)  # the Revised spelling: 'Jeong Seong-min'
    fiji = NAMES_HELDOUT99["fiji"]
    phonetic = {_phonetic(n).lower() for group in fiji for n in group if _phonetic(n) != n}
    assert any(set(v.split()) & phonetic for v in lower)  # 'Josefa Wangga'
    fiji_lasts = set(fiji[2])
    # a nominal roll's SURNAME Given: 'NAIVALU Josefa'
    fiji_givens = set(fiji[0] + fiji[1])
    assert any(p[0].capitalize() in fiji_lasts and p[1].capitalize() in fiji_givens for p in pairs)


def test_the_helpers_for_name_forms() -> None:
    assert _phonetic("Vakacegu") == "Vakathengu" and _phonetic("Waqa") == "Wangga"
    assert _phonetic("Drauna") == "Ndrauna" and _phonetic("Bulivou") == "Mbulivou"
    assert _phonetic("Josefa") == "Josefa"
    assert _joined("Min-jun") == "Minjun" and _joined("Seo-yeon") == "Seoyeon"
    assert _devanagari("Kundan", "Singh", "Rawat") == "कुंदन सिंह रावत"
    assert _hangul("Kim", "Min-jun") == "김민준" and _hangul("", "Ji-hoon") == "지훈"
    assert _initials("Kundan", "Rawat") == "K S Rawat"
    assert _plain("Min-jun") == "minjun" and _plain("Tikoduadua") == "tikoduadua"
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


def test_the_other_spellings_belong_to_listed_names() -> None:
    garhwal = {n for group in NAMES_HELDOUT99["garhwal"] for n in group}
    assert set(DEVANAGARI_HELDOUT99) == garhwal | {"Singh", "Devi"}
    adyghe = {n for group in NAMES_HELDOUT99["adyghe"] for n in group}
    assert set(HEBREW_HELDOUT99) == adyghe == set(ARABIC_HELDOUT99) == set(CYRILLIC_HELDOUT99)
    assert set(ADYGHE_VARIANTS_HELDOUT99) <= set(NAMES_HELDOUT99["adyghe"][2])
    korea = NAMES_HELDOUT99["korea"]
    assert set(KOREAN_GIVEN_HELDOUT99) == set(korea[0] + korea[1])
    assert set(KOREAN_FAMILY_HELDOUT99) == set(korea[2])
    for value in DEVANAGARI_HELDOUT99.values():
        assert re.fullmatch(r"[\u0900-\u097f]+", value), value
    for value in HEBREW_HELDOUT99.values():
        assert re.fullmatch(r"[\u0590-\u05ff]+", value), value
    for value in ARABIC_HELDOUT99.values():
        assert re.fullmatch(r"[\u0600-\u06ff]+", value), value
    for value in CYRILLIC_HELDOUT99.values():
        assert re.fullmatch(r"[\u0400-\u04ff]+", value), value
    for hangul, _ in KOREAN_GIVEN_HELDOUT99.values():
        assert re.fullmatch(r"[\uac00-\ud7a3]{2}", hangul), hangul


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(99)
    assert _typo99(rng, "Next of kin: {}") == "Next of kin: {}"
    for _ in range(50):
        slipped = _typo99(rng, "Sgt {} organised the kava for the welfare night in Tidworth")
        assert slipped.startswith("Sgt {} organised the kava")
        slipped = _typo99(rng, "Hav {} is the president of the regiment's association")
        assert slipped.startswith("Hav {} is the president of the ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT99.values()
        for first in men + women
        for last in lasts
    }
    fulls |= {f"{last} {first}" for first, last in (p.split(" ", 1) for p in list(fulls))}
    fulls |= {_hangul(f, g) for f in KOREAN_FAMILY_HELDOUT99 for g in KOREAN_GIVEN_HELDOUT99}
    for text in HELDOUT99_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert years and all(1928 <= y <= 2007 for y in years)
    # the six digits of a resident registration number: a real month and day
    for d in dobs:
        if re.fullmatch(r"\d{6}", d):
            assert 1 <= int(d[2:4]) <= 12 and 1 <= int(d[4:]) <= 31, d
    assert [e.text for e in build_heldout99()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout99(HELDOUT99_SEED + 5)] != [e.text for e in EXAMPLES]
