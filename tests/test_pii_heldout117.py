"""Held-out set 117's own checks: its name forms, scripts, titles, dates and formats (the shared shape checks are
in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout117 import (
    ACEH_BIN_HELDOUT117,
    ACEH_FATHERS_HELDOUT117,
    ACEH_MEN_HELDOUT117,
    ACEH_MUHAMMAD_HELDOUT117,
    ACEH_VARIANTS_HELDOUT117,
    ACEH_WOMEN_HELDOUT117,
    BS_MONTHS_HELDOUT117,
    CHAT_ONLY_FORMS_HELDOUT117,
    CYRILLIC_HELDOUT117,
    DEFAULT_SCRIPTS_HELDOUT117,
    DEVANAGARI_HELDOUT117,
    FORCED_FORMS_HELDOUT117,
    FORCED_SENTENCES_HELDOUT117,
    FORM_ONLY_FORMS_HELDOUT117,
    FORM_SCRIPTS_HELDOUT117,
    HELDOUT117_MIXED,
    HELDOUT117_NEGATIVES,
    HELDOUT117_SEED,
    HELDOUT117_TEMPLATES,
    IBAN_BY_ORIGIN_HELDOUT117,
    IBAN_SHAPES_HELDOUT117,
    INDONESIAN_MONTHS_HELDOUT117,
    MEN_FORMS_HELDOUT117,
    MISKITO_ENGLISH_MEN_HELDOUT117,
    MISKITO_ENGLISH_WOMEN_HELDOUT117,
    MISKITO_FAMILY_HELDOUT117,
    MISKITO_NAMES_HELDOUT117,
    MISKITO_SPANISH_MEN_HELDOUT117,
    MISKITO_SPANISH_WOMEN_HELDOUT117,
    NAME_LOCALES_HELDOUT117,
    NAME_TYPOS_HELDOUT117,
    NAMES_HELDOUT117,
    NICKS_HELDOUT117,
    ORIGIN_CUES_HELDOUT117,
    ORIGINS_HELDOUT117,
    PUBLIC_FIGURES_HELDOUT117,
    RUSSIAN_MONTHS_HELDOUT117,
    SHERPA_CLANS_HELDOUT117,
    SHERPA_DAYS_HELDOUT117,
    SHERPA_DEVANAGARI_HELDOUT117,
    SHERPA_FAMILY_HELDOUT117,
    SHERPA_MEN_SECOND_HELDOUT117,
    SHERPA_TIBETAN_HELDOUT117,
    SHERPA_VARIANTS_HELDOUT117,
    SHERPA_WOMEN_SECOND_HELDOUT117,
    SPANISH_MONTHS_HELDOUT117,
    SURNAME_FIRST_LEADS_HELDOUT117,
    TIBETAN_HELDOUT117,
    TITLE_AFTER_SLOT_HELDOUT117,
    TITLE_SLOT_HELDOUT117,
    TITLED_HELDOUT117,
    TUVAN_CYRILLIC_HELDOUT117,
    TUVAN_FAMILY_HELDOUT117,
    TUVAN_FATHERS_HELDOUT117,
    TUVAN_MEN_HELDOUT117,
    TUVAN_OOL_HELDOUT117,
    TUVAN_RUSSIAN_GIVEN_HELDOUT117,
    TUVAN_WOMEN_HELDOUT117,
    WOMEN_FORMS_HELDOUT117,
    Gen117,
    _cyrillic,
    _devanagari,
    _dropped,
    _fold,
    _plain,
    _reads_public,
    _tibetan,
    _to_latin,
    _typo117,
    build_heldout117,
)
from tests.helpers import phrase_in

EXAMPLES = build_heldout117()
SEEDS = [HELDOUT117_SEED, 1, 2, 3, 117, 4242]
TITLE_BEFORE = re.compile(r"(?i)(?<![\w'.-])(ama|aku|teungku|tgk\.|teuku|cut|pocut|tio|tia|misis) $")
TITLE_AFTER = re.compile(r"(?i)^ (dai|didi|दाइ|दिदी|акый|угбай|кадай)(?:ले|लाई|को)?(?![\w\u0900-\u097f])")
INITIAL = re.compile(r"(?:[^\W\d_]\.)+")  # 'P.', 'А.', 'M.'


def _persons(examples: list | None = None) -> list[tuple[str, str, str, int, int]]:
    """(value, sentence, the sentence's style: 'lower' or 'upper' where the build put it all in one case,
    where the value starts, where it ends)"""
    return [
        (e.text[s:t], e.text, e.style, s, t)
        for e in examples or EXAMPLES
        for s, t, k in e.spans
        if k == "PERSON"
    ]


def _low(names) -> set[str]:  # noqa: ANN001
    """Every word of the names (split at spaces and hyphens), in lower case, as written and without marks."""
    words = {w.lower().strip(",") for n in names for w in re.split(r"[\s-]+", n) if w}
    return words | {_fold(w).lower() for w in words}


def _origin_words() -> dict[str, set[str]]:
    """Every word a name of each origin may hold, in every form and script the set writes it."""
    out = {}
    for origin, (men, women, lasts) in NAMES_HELDOUT117.items():
        names = men + women + lasts + list(NICKS_HELDOUT117[origin].values())
        names += [typo for name, typo in NAME_TYPOS_HELDOUT117.items() if name in men + women + lasts]
        if origin == "sherpa":
            names += list(SHERPA_VARIANTS_HELDOUT117.values())
            names += list(SHERPA_TIBETAN_HELDOUT117.values()) + list(SHERPA_DEVANAGARI_HELDOUT117.values())
        if origin == "tuvan":
            cyr = list(TUVAN_CYRILLIC_HELDOUT117.values())
            names += cyr + [_dropped(c) for c in cyr] + [_dropped(n) for n in men + women + lasts]
            for father in TUVAN_FATHERS_HELDOUT117:
                names += [father + "ovich", father + "ovna"]
                names += [
                    TUVAN_CYRILLIC_HELDOUT117[father] + "ович",
                    TUVAN_CYRILLIC_HELDOUT117[father] + "овна",
                ]
        if origin == "acehnese":
            names += list(ACEH_VARIANTS_HELDOUT117.values()) + list(ACEH_BIN_HELDOUT117.values())
            names += ACEH_MUHAMMAD_HELDOUT117
        if origin == "miskito":
            names += ["de"]
        out[origin] = _low(names)
    return out


WORDS = _origin_words()


def _in(origin: str, value: str) -> bool:
    """Whether every word of `value` is a name word of `origin` (or an initial)."""
    words = [w for part in value.split() for w in part.strip(",").split("-") if w]
    return all(w.lower() in WORDS[origin] or INITIAL.fullmatch(w) for w in words)


def _forms_present(persons: list) -> dict[tuple[str, str], bool]:  # noqa: C901
    """Whether each of FORCED_FORMS_HELDOUT117's forms shows in the values (case aside, as a sentence may have
    been put in lower case or capitals whole; names in other scripts read back in Latin letters where the
    form is about the name's parts)."""
    raw = [v for v, *_ in persons]
    low = [v.lower() for v in raw]
    lat = [_to_latin(v).lower() for v in raw]

    def lows(pool) -> set[str]:  # noqa: ANN001
        return {p.lower() for p in pool} | {_fold(p).lower() for p in pool}

    def typo(origin: str) -> bool:
        men, women, family = NAMES_HELDOUT117[origin]
        written = {t for n, t in NAME_TYPOS_HELDOUT117.items() if n in men + women + family}
        typos = {t.lower() for t in written} | {_fold(t).lower() for t in written}
        typos |= {TUVAN_CYRILLIC_HELDOUT117[t].lower() for t in written if t in TUVAN_CYRILLIC_HELDOUT117}
        return any(set(v.replace(",", "").split()) & typos for v in low + lat)

    def exactly(pool) -> bool:  # noqa: ANN001
        return any(v in lows(pool) for v in low + lat)

    def initials(v: str, families: set[str]) -> bool:
        m = re.fullmatch(r"(?:\w\. ?){1,2} ?(\S+)", v) or re.fullmatch(r"(\S+) (?:\w\. ?){1,2}", v)
        return bool(m and m[1] in families)

    days, seconds = (
        lows(SHERPA_DAYS_HELDOUT117),
        lows(SHERPA_MEN_SECOND_HELDOUT117 + SHERPA_WOMEN_SECOND_HELDOUT117),
    )
    sh_family, clans = lows(SHERPA_FAMILY_HELDOUT117), lows(SHERPA_CLANS_HELDOUT117)
    tu_given = lows(TUVAN_MEN_HELDOUT117 + TUVAN_WOMEN_HELDOUT117)
    tu_tuvan_given = tu_given - lows(TUVAN_RUSSIAN_GIVEN_HELDOUT117)
    tu_family = lows(TUVAN_FAMILY_HELDOUT117)
    tu_cyr_family = {TUVAN_CYRILLIC_HELDOUT117[f].lower() for f in TUVAN_FAMILY_HELDOUT117}
    tu_cyr_family |= {_dropped(f) for f in tu_cyr_family}
    ac_given = lows(ACEH_MEN_HELDOUT117 + ACEH_WOMEN_HELDOUT117)
    ac_fathers = lows(ACEH_FATHERS_HELDOUT117)
    mq_spanish = lows(MISKITO_SPANISH_MEN_HELDOUT117 + MISKITO_SPANISH_WOMEN_HELDOUT117)
    mq_english = lows(MISKITO_ENGLISH_MEN_HELDOUT117 + MISKITO_ENGLISH_WOMEN_HELDOUT117)
    mq_family = lows(MISKITO_FAMILY_HELDOUT117)
    dropped_words = {"монгун-оол", "олчей", "чургуй-оол", "тюлюш", "mongun-ool", "olchey", "churguy-ool"}

    def parts(v: str) -> list[str]:
        return v.replace(",", "").split()

    return {
        # 'Pemba Sherpa', 'Pemba Chhiring Sherpa', 'Ang Chhiring Sherpa', 'Mingma Salaka'
        ("sherpa", "day_name"): any(
            len(p := parts(v)) == 2 and p[0] in days and p[1] in sh_family for v in lat
        ),
        ("sherpa", "two_given"): any(
            len(p := parts(v)) == 3 and p[0] in days and p[1] in seconds and p[2] in sh_family for v in lat
        ),
        ("sherpa", "ang"): any(len(p := parts(v)) >= 2 and p[0] == "ang" and p[1] in seconds for v in lat),
        ("sherpa", "clan"): any(
            len(p := parts(v)) >= 2 and p[-1] in clans and all(w in days | seconds for w in p[:-1])
            for v in lat
        ),
        # 'ཉི་མ ཚེ་རིང ཤར་པ', 'पेम्बा छिरिङ शेर्पा'
        ("sherpa", "tibetan"): any(TIBETAN_HELDOUT117.search(v) and _in("sherpa", v) for v in raw),
        ("sherpa", "devanagari"): any(
            DEVANAGARI_HELDOUT117.search(v) and " " in v and _in("sherpa", v) for v in raw
        ),
        # 'Lakpa Sherpa', 'Pemba Chiring Sherpa'
        ("sherpa", "variant"): any(
            set(parts(v)) & lows(SHERPA_VARIANTS_HELDOUT117.values()) and _in("sherpa", v) for v in low
        ),
        # 'SHERPA Pemba Chhiring', 'Sherpa, Lhakpa Yangji'
        ("sherpa", "surname_first"): any(
            len(p := parts(v)) >= 2 and p[0] in sh_family and all(w in days | seconds for w in p[1:])
            for v in low
        ),
        ("sherpa", "initials"): any(initials(v, sh_family) for v in low),
        ("sherpa", "nickname"): exactly(NICKS_HELDOUT117["sherpa"].values()),
        ("sherpa", "typo"): typo("sherpa"),
        # 'Aidys Sat', 'Айдыс Сат', 'Aidys Mergenovich Sat', 'Мөңгүн-оол Түлүш', 'Монгун-оол Тюлюш'
        ("tuvan", "latin"): any(
            not CYRILLIC_HELDOUT117.search(v)
            and len(p := parts(v.lower())) == 2
            and p[0] in tu_tuvan_given
            and p[1] in tu_family
            for v in raw
        ),
        ("tuvan", "cyrillic"): any(
            CYRILLIC_HELDOUT117.search(v)
            and len(p := parts(v.lower())) == 2
            and p[1] in tu_cyr_family
            and _in("tuvan", v)
            for v in raw
        ),
        ("tuvan", "patronymic"): any(
            re.search(r"(ovich|ovna|ович|овна)\b", v) and _in("tuvan", v) for v in low
        ),
        ("tuvan", "tuvan_letters"): any(
            re.search("[ңөүöü]", v) and _in("tuvan", v) and " " in v for v in low
        ),
        ("tuvan", "letters_dropped"): any(set(parts(v)) & dropped_words and _in("tuvan", v) for v in low),
        ("tuvan", "ool"): any(
            len(p := parts(v)) == 2 and re.search(r"-(ool|оол)$", p[0]) and _in("tuvan", v) for v in low
        ),
        ("tuvan", "russian_given"): any(
            len(p := parts(v)) == 2 and p[0] in lows(TUVAN_RUSSIAN_GIVEN_HELDOUT117) and p[1] in tu_family
            for v in lat
        ),
        # 'САТ Айдыс Мергенович', 'Сат Айдыс Мергенович'
        ("tuvan", "surname_first"): any(
            CYRILLIC_HELDOUT117.search(v)
            and len(p := parts(v)) == 3
            and p[0] in tu_cyr_family
            and re.search(r"(ович|овна)$", p[2])
            for v in low
        ),
        ("tuvan", "initials"): any(initials(v, tu_family | tu_cyr_family) and _in("tuvan", v) for v in low),
        ("tuvan", "nickname"): exactly(
            list(NICKS_HELDOUT117["tuvan"].values())
            + [TUVAN_CYRILLIC_HELDOUT117[n] for n in NICKS_HELDOUT117["tuvan"].values()]
        ),
        ("tuvan", "typo"): typo("tuvan"),
        # 'Mawardi', 'Safrizal Hasballah', 'Mawardi bin Hasballah', 'M. Fadli', 'Siti Raudhah'
        ("acehnese", "one_name"): any(v in ac_given for v in low),
        ("acehnese", "two_names"): any(
            len(p := parts(v)) == 2 and p[0] in ac_given and p[1] in ac_fathers for v in low
        ),
        ("acehnese", "bin"): any(
            len(p := parts(v)) == 3 and p[1] in ("bin", "binti") and p[0] in ac_given and p[2] in ac_fathers
            for v in low
        ),
        ("acehnese", "muhammad"): any(
            len(p := parts(v)) >= 2 and p[0] in ("muhammad", "m.", "muhd.") and p[1] in ac_given for v in low
        ),
        ("acehnese", "siti"): any(
            len(p := parts(v)) >= 2 and p[0] == "siti" and p[1] in ac_given for v in low
        ),
        ("acehnese", "variant"): any(
            set(parts(v)) & lows(ACEH_VARIANTS_HELDOUT117.values()) and _in("acehnese", v) for v in low
        ),
        ("acehnese", "nickname"): exactly(NICKS_HELDOUT117["acehnese"].values()),
        ("acehnese", "typo"): typo("acehnese"),
        # 'Anselmo Bendles Haylock', 'Wiston Tathum', 'Tininiska Waldan', 'Mayra Haylock de Rivera'
        ("miskito", "two_surnames"): any(
            len(p := parts(v)) == 3
            and p[0] in mq_spanish | mq_english
            and p[1] in mq_family
            and p[2] in mq_family
            for v in low
        ),
        ("miskito", "english_given"): any(
            len(p := parts(v)) == 2 and p[0] in mq_english and p[1] in mq_family for v in low
        ),
        ("miskito", "miskito_given"): any(
            len(p := parts(v)) == 2 and p[0] in lows(MISKITO_NAMES_HELDOUT117) and p[1] in mq_family
            for v in low
        ),
        ("miskito", "married"): any(" de " in v and len(parts(v)) == 4 and _in("miskito", v) for v in low),
        # 'Deysi Inés Pravia', 'BENDLES HAYLOCK WISTON', 'Salomon Carcamo'
        ("miskito", "double_given"): any(
            len(p := parts(v)) >= 3 and p[0] in mq_spanish and p[1] in mq_spanish and p[2] in mq_family
            for v in low
        ),
        ("miskito", "surname_first"): any(
            len(p := parts(v.lower())) == 3
            and p[0] in mq_family
            and p[1] in mq_family
            and p[2] in mq_spanish | mq_english
            and (v.isupper() or "," in v)
            for v in raw
        ),
        ("miskito", "ascii"): any(
            v == _fold(v)
            and set(parts(v)) & {"salomon", "cristobal", "ines", "carcamo"}
            and _in("miskito", v)
            for v in low
        ),
        ("miskito", "nickname"): exactly(NICKS_HELDOUT117["miskito"].values()),
        ("miskito", "typo"): typo("miskito"),
    }


def _titled_origins(examples: list) -> set[str]:
    """The peoples that have a name with a title before it or a kin word after it in the build."""
    found = set()
    for value, text, _, start, end in _persons(examples):
        m = TITLE_BEFORE.search(text[:start]) or TITLE_AFTER.search(text[end:])
        if m:
            origin = TITLED_HELDOUT117[m[1].lower()][0]
            assert _in(origin, value), (value, text)
            found.add(origin)
    return found


def test_no_faker_locale_and_hand_written_lists() -> None:
    assert NAME_LOCALES_HELDOUT117 == []
    assert set(NAMES_HELDOUT117) == set(ORIGINS_HELDOUT117)
    for origin, (men, women, lasts) in NAMES_HELDOUT117.items():
        assert len(men) >= 5 and len(women) >= 5 and len(lasts) >= 7, origin


@pytest.mark.parametrize("seed", SEEDS)
def test_every_name_belongs_to_one_of_the_four_peoples(seed: int) -> None:
    for value, text, *_ in _persons(build_heldout117(seed)):
        assert any(_in(origin, value) for origin in ORIGINS_HELDOUT117), (value, text)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    examples = build_heldout117(seed)
    for value, text, *_ in _persons(examples):
        assert not _reads_public(value), (value, text)
    for text in HELDOUT117_NEGATIVES:
        assert not _reads_public(text), text
    # nor inside a login or an e-mail address ('lhakpasherpa88')
    joined = {_plain(full) for full in PUBLIC_FIGURES_HELDOUT117}
    for e in examples:
        for s, t, k in e.spans:
            if k in ("USERNAME", "EMAIL_ADDRESS"):
                value = _plain(e.text[s:t])
                assert not any(j in value for j in joined), e.text
    # every public figure listed could be drawn from the lists' words, so the guard is what keeps them out
    for full in PUBLIC_FIGURES_HELDOUT117:
        assert any(_in(origin, full) for origin in ORIGINS_HELDOUT117), full


def test_the_public_figures_guard_reads_every_script() -> None:
    assert (
        _reads_public("LAKPA SHERPA")
        and _reads_public("lakpa sherpa")
        and _reads_public("ल्हाक्पा शेर्पा")
        and _reads_public("ལྷག་པ ཤར་པ")
    )
    assert _reads_public("Радик Түлүш") and _reads_public("Радик Тюлюш") and _reads_public("radik tyulyush")
    assert _reads_public("Aminullah Usman") and _reads_public("BROOKLYN RIVERA")
    assert not _reads_public("Lhakpa Yangji Sherpa") and not _reads_public("Radik Sat")
    assert not _reads_public("Aminullah Hasballah") and not _reads_public("Brooklyn Bendles Rivera")


def test_public_figures_come_only_inside_place_and_institution_names() -> None:
    pattern = r"Tenzing-Hillary|Pasanglhamu|Aldan-Maadyr|Iskandar Muda|Cut Nyak Dhien|Cut Meutia|Chik di Tiro|Sandino"
    places = [t for t in HELDOUT117_NEGATIVES if re.search(pattern, t)]
    assert len(places) >= 6
    for text in places:
        assert re.search(r"Airport|airport|Municipality|Museum|house|hospital|street", text), text


def test_the_name_forms_appear() -> None:
    present = _forms_present(_persons())
    assert set(present) == set(FORCED_FORMS_HELDOUT117)
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", SEEDS[1:])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    present = _forms_present(_persons(build_heldout117(seed)))
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_and_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout117(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT117), seed
    persons = _persons(examples)
    for origin in ORIGINS_HELDOUT117:
        # a whole name in capitals in a sentence not written so whole, and one in lower case likewise
        assert any(
            v.isupper() and " " in v and style != "upper" and _in(origin, v) for v, _, style, *_ in persons
        ), (seed, origin)
        assert any(
            v.islower() and " " in v and style != "lower" and _in(origin, v) for v, _, style, *_ in persons
        ), (seed, origin)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    """The build hands out every form of FORCED_FORMS_HELDOUT117: in the sentences the draws make, and in a
    sentence of its own for any the draws did not reach."""
    gen = Gen117(seed)
    built = assemble_module_set(
        gen, HELDOUT117_TEMPLATES, HELDOUT117_MIXED, HELDOUT117_NEGATIVES, _typo117, person=gen.person_for
    )
    left = list(gen.owed)
    forced = gen.forced_examples()
    assert gen.owed == [] and len(forced) == 4 + 2 * len(ORIGINS_HELDOUT117) + len(left), (seed, left)
    assert len(left) <= 10, (seed, left)  # most forms come from the draws themselves
    for example in forced:
        built.insert(gen.rng.randrange(len(built) + 1), example)
    assert [(e.text, e.spans) for e in built] == [(e.text, e.spans) for e in build_heldout117(seed)]
    assert 340 <= len(built) <= 400, (seed, len(built))


def test_the_forced_sentences_hold_one_slot_and_the_titles_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT117.items():
        for template in templates:
            assert template.count("{}") == 1, template
            title = TITLE_SLOT_HELDOUT117.search(template) or TITLE_AFTER_SLOT_HELDOUT117.search(template)
            if key in NAMES_HELDOUT117:
                assert title and TITLED_HELDOUT117[title[1].lower()][0] == key, template
            else:
                assert not title, template
            if key in ("upper", "form"):
                assert not _chat_like(template) and ":" in template, template
            if key in ("lower", "chat"):
                assert _chat_like(template), template


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen117(7)
    for origin, form in FORCED_FORMS_HELDOUT117:
        for woman in (False, True, None):
            for script in sorted(FORM_SCRIPTS_HELDOUT117.get((origin, form), DEFAULT_SCRIPTS_HELDOUT117)):
                for _ in range(5):
                    value = gen._form(origin, form, woman, script)
                    assert value.strip() == value and value, (origin, form, value)
                    assert _in(origin, value), (origin, form, script, value)
                    assert not _reads_public(value), (origin, form, value)
                    if script == "ascii":
                        assert value == _fold(value) and value.isascii(), (origin, form, value)
                    if script == "cyrillic" or form in ("cyrillic", "surname_first") and origin == "tuvan":
                        assert CYRILLIC_HELDOUT117.search(value), (origin, form, value)
                    if script == "devanagari" or form == "devanagari":
                        assert DEVANAGARI_HELDOUT117.search(value) and value.isascii() is False, (form, value)
                    if script == "tibetan" or form == "tibetan":
                        assert TIBETAN_HELDOUT117.search(value), (form, value)
                    if form in MEN_FORMS_HELDOUT117:
                        assert not any(w in value.split() for w in ACEH_WOMEN_HELDOUT117), (form, value)
                    if form in WOMEN_FORMS_HELDOUT117:
                        words = set(value.split())
                        assert not words & set(ACEH_MEN_HELDOUT117 + MISKITO_SPANISH_MEN_HELDOUT117), (
                            form,
                            value,
                        )


def test_the_forms_that_want_a_chat_or_a_form_or_a_script_are_owed_only_there() -> None:
    gen = Gen117(3)
    for o, form in FORCED_FORMS_HELDOUT117:
        scripts = FORM_SCRIPTS_HELDOUT117.get((o, form), DEFAULT_SCRIPTS_HELDOUT117)
        script = "" if "" in scripts else sorted(scripts)[0]
        gen.owed = [(o, form)]
        chat = gen._owed_for(o, None, script, True)
        paper = gen._owed_for(o, None, script, False)
        assert (chat is None) == (form in FORM_ONLY_FORMS_HELDOUT117), (o, form)
        assert (paper is None) == (form in CHAT_ONLY_FORMS_HELDOUT117), (o, form)
        kind = form not in FORM_ONLY_FORMS_HELDOUT117
        assert (gen._owed_for(o, False, script, kind) is None) == (form in WOMEN_FORMS_HELDOUT117), (o, form)
        assert (gen._owed_for(o, True, script, kind) is None) == (form in MEN_FORMS_HELDOUT117), (o, form)
        # another people's template never takes it
        other = next(x for x in ORIGINS_HELDOUT117 if x != o)
        assert gen._owed_for(other, None, script, kind) is None, (o, form)
        # a script the form is not written in never takes it
        for other_script in {"", "ascii", "tibetan", "devanagari", "cyrillic", "surname_first"} - scripts:
            assert gen._owed_for(o, None, other_script, kind) is None, (o, form, other_script)


def test_a_template_of_one_people_gets_a_name_of_that_people() -> None:
    gen = Gen117(6)
    cued = 0
    for template in HELDOUT117_TEMPLATES["PERSON"]:
        origin = next((o for c, o in ORIGIN_CUES_HELDOUT117 if c.search(template)), None)
        if (
            origin is None
            or TITLE_SLOT_HELDOUT117.search(template)
            or TITLE_AFTER_SLOT_HELDOUT117.search(template)
        ):
            continue
        cued += 1
        for _ in range(8):
            value = gen.person_for(template)
            assert _in(origin, value), (template, value)
    assert cued >= 20, cued


def test_a_template_in_a_script_gets_a_name_in_that_script() -> None:
    """A template in Tibetan script or Devanagari gets a Sherpa name in it, one in Cyrillic a Tuvan name in
    Cyrillic (the Tuvan letters kept or dropped)."""
    gen = Gen117(8)
    checks = [
        (TIBETAN_HELDOUT117, "sherpa"),
        (DEVANAGARI_HELDOUT117, "sherpa"),
        (CYRILLIC_HELDOUT117, "tuvan"),
    ]
    for script, origin in checks:
        templates = [t for t in HELDOUT117_TEMPLATES["PERSON"] if script.search(t)]
        assert len(templates) >= 2, script
        for template in templates:
            for _ in range(10):
                value = gen.person_for(template)
                assert script.search(value) and _in(origin, value), (template, value)
    # and the build holds such names
    persons = _persons()
    assert any(TIBETAN_HELDOUT117.search(v) for v, *_ in persons)
    assert sum(bool(DEVANAGARI_HELDOUT117.search(v)) for v, *_ in persons) >= 2
    assert sum(bool(CYRILLIC_HELDOUT117.search(v)) for v, *_ in persons) >= 8


def test_a_family_name_first_template_gets_its_people_s_name() -> None:
    gen = Gen117(5)
    for lead, origin in SURNAME_FIRST_LEADS_HELDOUT117.items():
        assert any(t.startswith(lead) for ts in HELDOUT117_TEMPLATES.values() for t in ts), lead
        families = _low(NAMES_HELDOUT117[origin][2])
        families |= _low(
            TUVAN_CYRILLIC_HELDOUT117[f]
            for f in NAMES_HELDOUT117[origin][2]
            if f in TUVAN_CYRILLIC_HELDOUT117
        )
        for _ in range(15):
            value = gen.person_for(f"{lead}: {{}}")
            assert _in(origin, value), value
            family = re.match(r"(\S+?),? ", value)[1].lower()
            assert family in families, value


def test_titles_and_kin_words_stay_outside_the_span() -> None:
    seen_before = seen_after = 0
    for seed in SEEDS[:3]:
        for value, text, _, start, end in _persons(build_heldout117(seed)):
            low = value.lower()
            assert not re.match(r"(ama|aku|teungku|tgk\.|teuku|cut|pocut|tio|tia|misis) ", low), (value, text)
            assert not re.search(r" (dai|didi|दाइ|दिदी|акый|угбай|кадай)$", low), (value, text)
            seen_before += bool(TITLE_BEFORE.search(text[:start]))
            seen_after += bool(TITLE_AFTER.search(text[end:]))
    assert seen_before >= 6 and seen_after >= 4, (seen_before, seen_after)


def test_the_helpers_for_names_and_scripts() -> None:
    assert (
        _plain("Möngün-ool") == "mongunool" and _plain("Ja'far") == "jafar" and _plain("Cárcamo") == "carcamo"
    )
    assert _fold("Salomón Cárcamo") == "Salomon Carcamo" and _fold("Мөңгүн-оол") == "Мөңгүн-оол"
    assert _cyrillic("Möngün-ool Tyulyush") == "Мөңгүн-оол Түлүш"
    assert _cyrillic("Aidys Mergenovich Sat") == "Айдыс Мергенович Сат"
    assert _cyrillic("Sat, Aylana Kezhikovna") == "Сат, Айлана Кежиковна"
    assert _dropped("Мөңгүн-оол Түлүш") == "Монгун-оол Тюлюш" and _dropped("Möngün-ool") == "Mongun-ool"
    assert _devanagari("Pemba Chhiring Sherpa") == "पेम्बा छिरिङ शेर्पा"
    assert _tibetan("Nima Chhiring Sherpa") == "ཉི་མ ཚེ་རིང ཤར་པ"
    assert _to_latin("Монгун-оол Тюлюш") == "Möngün-ool Tyulyush" and _to_latin("पेम्बा शेर्पा") == "Pemba Sherpa"


def test_the_lists_are_consistent() -> None:
    assert all(
        d in NAMES_HELDOUT117["sherpa"][0] and d in NAMES_HELDOUT117["sherpa"][1]
        for d in SHERPA_DAYS_HELDOUT117
    )
    assert len(SHERPA_DAYS_HELDOUT117) == 7  # one for each day of the week
    assert set(SHERPA_TIBETAN_HELDOUT117) <= set(SHERPA_DEVANAGARI_HELDOUT117)
    every_sherpa = {w for group in NAMES_HELDOUT117["sherpa"] for w in group}
    assert set(SHERPA_DEVANAGARI_HELDOUT117) == every_sherpa
    assert all(TIBETAN_HELDOUT117.search(v) for v in SHERPA_TIBETAN_HELDOUT117.values())
    assert all(DEVANAGARI_HELDOUT117.search(v) for v in SHERPA_DEVANAGARI_HELDOUT117.values())
    assert set(SHERPA_VARIANTS_HELDOUT117) <= every_sherpa
    every_tuvan = {w for group in NAMES_HELDOUT117["tuvan"] for w in group}
    assert every_tuvan <= set(TUVAN_CYRILLIC_HELDOUT117)
    assert all(CYRILLIC_HELDOUT117.search(v) for v in TUVAN_CYRILLIC_HELDOUT117.values())
    # the Tuvan letters are in the Cyrillic names, and gone once dropped
    tuvan_letters = [v for v in TUVAN_CYRILLIC_HELDOUT117.values() if re.search("[ңөүҢӨҮ]", v)]
    assert len(tuvan_letters) >= 4 and not any(re.search("[ңөү]", _dropped(v)) for v in tuvan_letters)
    assert all(g.endswith("-ool") for g in TUVAN_OOL_HELDOUT117) and set(TUVAN_OOL_HELDOUT117) <= set(
        TUVAN_MEN_HELDOUT117
    )
    assert set(TUVAN_FATHERS_HELDOUT117) <= set(TUVAN_MEN_HELDOUT117)
    assert set(TUVAN_RUSSIAN_GIVEN_HELDOUT117) <= set(TUVAN_MEN_HELDOUT117 + TUVAN_WOMEN_HELDOUT117)
    every_aceh = {w for group in NAMES_HELDOUT117["acehnese"] for w in group}
    assert set(ACEH_VARIANTS_HELDOUT117) <= every_aceh and any(
        "'" in v for v in ACEH_VARIANTS_HELDOUT117.values()
    )
    assert any(_fold(n) != n for n in MISKITO_SPANISH_MEN_HELDOUT117 + MISKITO_SPANISH_WOMEN_HELDOUT117)
    assert any(_fold(n) != n for n in MISKITO_FAMILY_HELDOUT117)
    for origin, nicks in NICKS_HELDOUT117.items():
        men, women, lasts = NAMES_HELDOUT117[origin]
        assert set(nicks) <= set(men + women), origin
        assert not set(nicks.values()) & set(men + women + lasts), origin
        assert not _low(lasts) & _low(men + women), origin  # no family name doubles as a given name
    every = {n for o in NAMES_HELDOUT117.values() for n in o[0] + o[1] + o[2]}
    assert set(NAME_TYPOS_HELDOUT117) <= every
    assert all(
        k != v and _fold(k) != _fold(v) and len(v) in (len(k) - 1, len(k), len(k) + 1)
        for k, v in NAME_TYPOS_HELDOUT117.items()
    )
    for origin, (men, women, lasts) in NAMES_HELDOUT117.items():
        assert any(n in NAME_TYPOS_HELDOUT117 for n in men + women + lasts), origin
    # no word is shared between two peoples' lists, so a name's origin can be told
    for a in ORIGINS_HELDOUT117:
        for b in ORIGINS_HELDOUT117:
            if a < b:
                assert not _low(sum(NAMES_HELDOUT117[a], [])) & _low(sum(NAMES_HELDOUT117[b], [])), (a, b)


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(117)
    for lead in SURNAME_FIRST_LEADS_HELDOUT117:
        assert _typo117(rng, f"{lead}: {{}}") == f"{lead}: {{}}"
    for _ in range(50):
        assert _typo117(rng, "Tia {} vende la miel en el mercado de Bilwi").startswith("Tia {} ")
        assert _typo117(rng, "{} dai will bring the frames to Namche on Saturday").startswith("{} dai ")
        assert _typo117(rng, "Cut {} pegang buku anggota koperasi madu di Sigli").startswith("Cut {} ")


def test_the_typo_slips_a_theme_word_or_a_shorthand() -> None:
    slipped = {
        _typo117(random.Random(i), "please tell the beekeeper the honey is ready {}") for i in range(80)
    }
    assert "please tell the beekeper the honey is ready {}" in slipped
    assert "please tell the beekeeper the honney is ready {}" in slipped
    assert "pls tell the beekeeper the honey is ready {}" in slipped
    russian = {_typo117(random.Random(i), "спасибо, {} привёз рамки на пасеку") for i in range(40)}
    assert "спс, {} привёз рамки на пасеку" in russian and "спасибо, {} привёз рамки на посеку" in russian
    spanish = {_typo117(random.Random(i), "por favor decile a {} que traiga las abejas") for i in range(60)}
    assert (
        "xfa decile a {} que traiga las abejas" in spanish
        and "por favor decile a {} que traiga las avejas" in spanish
    )


def test_negatives_name_no_listed_person() -> None:
    fulls = set()
    for men, women, lasts in NAMES_HELDOUT117.values():
        for first in men + women:
            for last in lasts:
                fulls |= {f"{first} {last}", f"{last} {first}", _fold(f"{first} {last}")}
    for text in HELDOUT117_NEGATIVES:
        assert not phrase_in(text, fulls), text
    # the titles, the kin words and the naming customs are explained there
    assert any("dai" in t and "didi" in t and "Ama" in t and "Aku" in t for t in HELDOUT117_NEGATIVES)
    assert any("акый" in t and "угбай" in t and "кадай" in t for t in HELDOUT117_NEGATIVES)
    assert any("Teungku" in t and "Teuku" in t and "Cut" in t for t in HELDOUT117_NEGATIVES)
    assert any("Tio" in t and "Tia" in t and "Misis" in t for t in HELDOUT117_NEGATIVES)
    assert any("bin" in t and "binti" in t for t in HELDOUT117_NEGATIVES)
    assert (
        sum(any(d in t for d in SHERPA_DAYS_HELDOUT117) for t in HELDOUT117_NEGATIVES) >= 2
    )  # the day names
    # lab report, batch, order, stall and hive registration numbers, product models, error codes and default
    # credentials, the cédula's and the NIK's example are no PII of TYPES
    assert (
        sum(
            bool(
                re.search(
                    r"(?i)lab report|batch|order PO|stall \d|registration \d|error|default|PAL-22S|Lyson|Evotor",
                    t,
                )
            )
            for t in HELDOUT117_NEGATIVES
        )
        >= 10
    )
    assert any("cédula" in t for t in HELDOUT117_NEGATIVES) and any("NIK" in t for t in HELDOUT117_NEGATIVES)
    assert 70 <= len(HELDOUT117_NEGATIVES) <= 95


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    """In the sentences that give a name and then an address or a phone, the value is mostly of the name's
    region."""
    regions = {
        "sherpa": r"Solukhumbu|Kathmandu|Darjeeling|^\+977|^98|^038|^01-|^\+91|^0354",
        "tuvan": r"Кызыл|Тыва|Kyzyl|Tyva|^\+7|^8[ -]",
        "acehnese": r"Aceh|Lhokseumawe|Pidie|^\+62|^08|^\(06",
        "miskito": r"Bilwi|Puerto|Waspam|Kaukira|^\+50[45]|^[358]\d{3}-",
    }
    pairs = same = 0
    for seed in SEEDS[:4]:
        for e in build_heldout117(seed):
            kinds = sorted(e.spans)
            if (
                len(kinds) >= 2
                and kinds[0][2] == "PERSON"
                and kinds[-1][2] in ("STREET_ADDRESS", "PHONE_NUMBER")
            ):
                name = e.text[kinds[0][0] : kinds[0][1]]
                value = e.text[kinds[-1][0] : kinds[-1][1]]
                for origin, places in regions.items():
                    if _in(origin, name) and not any(_in(o, name) for o in regions if o != origin):
                        pairs += 1
                        same += bool(re.search(places, value, re.IGNORECASE))
    assert pairs >= 8 and same >= pairs // 2, (pairs, same)


def test_ibans_and_cards_are_of_the_listed_kinds() -> None:
    countries = Counter()
    brands = Counter()
    for seed in SEEDS[:4]:
        for e in build_heldout117(seed):
            for s, t, k in e.spans:
                value = re.sub(r"[\s-]", "", e.text[s:t]).upper()
                if k == "IBAN_CODE":
                    assert value[:2] in IBAN_SHAPES_HELDOUT117, value
                    countries[value[:2]] += 1
                    if value.startswith("CR"):  # the reserved zero before the bank's code
                        assert re.fullmatch(r"CR\d\d0\d{17}", value), value
                if k == "CREDIT_CARD":  # Visa, Mastercard, Amex, Mir, RuPay
                    m = re.match(r"4|5[1-5]|220[0-4]|2[2-7]|3[47]|60|65|508", value)
                    assert m, value
                    brands["mir" if m[0].startswith("220") else m[0][:2]] += 1
                    assert len(value) == (15 if value[:2] in ("34", "37") else 16), value
    assert set(countries) == set(IBAN_SHAPES_HELDOUT117), countries
    # Nepal, India, Russia, Indonesia, Nicaragua and Honduras have no IBAN
    assert not set(countries) & {"NP", "IN", "RU", "ID", "NI", "HN"}
    assert {c for cs in IBAN_BY_ORIGIN_HELDOUT117.values() for c in cs} == set(IBAN_SHAPES_HELDOUT117)
    assert brands["4"] and brands["mir"] and (brands["60"] or brands["65"] or brands["50"]), brands
    assert brands["34"] or brands["37"], brands


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    for dob, text in dobs:
        latin = dob.translate(str.maketrans("०१२३४५६७८९", "0123456789"))
        years = [int(y) for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", latin)]
        assert len(years) == 1, (dob, text)
        if re.search(r"(?i)BS|वि\.सं\.|janma", text):  # Bikram Sambat, 56 or 57 years ahead
            assert 1996 <= years[0] <= 2070, (dob, text)
        else:
            assert 1940 <= years[0] <= 2012, (dob, text)
    assert [e.text for e in build_heldout117()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout117(HELDOUT117_SEED + 5)] != [e.text for e in EXAMPLES]
    for i in range(40):
        shapes = Gen117(i)._dob_shapes()
        day, month, year = shapes["in"].split("/")
        assert shapes["ru"] == f"{day}.{month}.{year}" and shapes["iso"] == f"{year}-{month}-{day}"
        assert shapes["id"] == f"{day}-{month}-{year}" and shapes["es"] == shapes["in"]
        assert re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}", shapes["en_words"]), shapes["en_words"]
        bs_year = int(shapes["np_bs"][:4])
        assert bs_year - int(year) in (56, 57), shapes
        assert shapes["np_bs_deva"].translate(str.maketrans("०१२३४५६७८९", "0123456789")) == shapes[
            "np_bs"
        ].replace("-", "/")
    # a child's date of birth in the sentences about children, an old member's in hers
    gen = Gen117(4)
    for _ in range(200):
        template, value = gen.dob_sample()
        years = re.findall(r"(19|20)\d\d", value)
        if not years or re.search(r"(?i)BS|वि\.सं\.|janma", template):
            continue
        year = int(re.search(r"(19|20)\d\d", value)[0])
        if re.search(r"(?i)\bson\b|дочь|anak saya|members\.csv", template):
            assert 2008 <= year <= 2012, (template, value)
        if re.search(r"oldest|abuela", template):
            assert 1940 <= year <= 1960, (template, value)


def test_dates_of_birth_come_in_each_people_s_shapes() -> None:
    dobs = [
        e.text[s:t]
        for seed in SEEDS
        for e in build_heldout117(seed)
        for s, t, k in e.spans
        if k == "DATE_OF_BIRTH"
    ]
    en = "January|February|March|April|May|June|July|August|September|October|November|December"
    assert any(re.fullmatch(r"\d\d/\d\d/(?:19|20)\d\d", d) for d in dobs)  # India's, Nicaragua's
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dobs)  # Russia's
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", d) for d in dobs)  # Indonesia's
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dobs)  # ISO, and the Bikram Sambat's
    assert any(re.fullmatch(r"[२०१३४५६७८९]{4}/[०-९]{2}/[०-९]{2}", d) for d in dobs)  # in Devanagari
    assert any(re.fullmatch(rf"(?i)\d{{1,2}}(?:st|nd|rd|th) (?:{en}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?i)(?:{en}) \d{{1,2}}, \d{{4}}", d) for d in dobs)
    assert any(
        re.fullmatch(rf"(?i)\d{{1,2}} (?:{'|'.join(RUSSIAN_MONTHS_HELDOUT117)}) \d{{4}}", d) for d in dobs
    )
    assert any(
        re.fullmatch(rf"(?i)\d{{1,2}} (?:{'|'.join(INDONESIAN_MONTHS_HELDOUT117)}) \d{{4}}", d) for d in dobs
    )
    assert any(
        re.fullmatch(rf"(?i)\d{{1,2}} de (?:{'|'.join(SPANISH_MONTHS_HELDOUT117)}) de \d{{4}}", d)
        for d in dobs
    )
    assert any(re.fullmatch(rf"(?i)\d{{1,2}} (?:{'|'.join(BS_MONTHS_HELDOUT117)}) \d{{4}}", d) for d in dobs)


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen117(11)
    templates = {gen.secret(c)[0] for c in (True, False, None) * 300}
    for cue in ("kasailai pani nadekhaunu", "कसैलाई नदेखाउनु", "никому не говори", "кижиге чугаалава",
                "jangan bilang siapa pun", "bek neupeugah bak soe", "no se la digás a nadie", "don't share it"):  # fmt: skip
        assert any(cue in t for t in templates), cue
    for paste in ("TELEGRAM_BOT_TOKEN=", "AIRTABLE_TOKEN=", "GITHUB_TOKEN=", "MAILCHIMP_API_KEY=",
                  "PAYPAL_CLIENT_SECRET=", "KHALTI_SECRET_KEY=", "EVOTOR_TOKEN=", "WIFI:T:WPA;", "sshpass", "curl -u"):  # fmt: skip
        assert any(paste in t for t in templates), paste
    shapes = {
        "TELEGRAM": r"\d{10}:AA[\w-]{33}",
        "AIRTABLE": r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}",
        "GITHUB": r"ghp_[A-Za-z0-9]{36}",
        "MAILCHIMP": r"[0-9a-f]{32}-us\d{1,2}",
        "PAYPAL": r"E[\w-]{79}",
        "KHALTI": r"live_secret_key_[0-9a-f]{32}",
        "EVOTOR": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    }
    seen = set()
    for _ in range(400):
        template, value = gen.secret(False)
        for key, shape in shapes.items():
            if template.startswith(key):
                seen.add(key)
                assert re.fullmatch(shape, value), (key, value)
        if template.startswith(("WIFI:", "sshpass", "curl")):
            assert not re.search(r"[;:'@/\s]", value), value
        if "PIN" in template or "code" in template:
            assert value.isdigit() and 4 <= len(value) <= 6, (template, value)
    assert seen == set(shapes), seen
    # every secret in the build comes after a cue or a key the sentence names, in one of its languages
    cue = re.compile(
        r"(?i)password|пароль|пин|\bpin\b|mpin|code|login|key|token|secret|contraseña|kata sandi|пасворд|पासवर्ड|wifi|-p '|coop:|\bP:$"
    )
    for seed in SEEDS[:3]:
        for e in build_heldout117(seed):
            for s, _, k in e.spans:
                if k == "SECRET":
                    assert cue.search(e.text[:s]), e.text


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    names = [n for o in NAMES_HELDOUT117.values() for group in o for n in group]
    words = {_plain(w) for n in names for w in n.split()}
    for seed in SEEDS[:2]:
        for e in build_heldout117(seed):
            for s, t, k in e.spans:
                if k in ("USERNAME", "EMAIL_ADDRESS"):
                    value = e.text[s:t].lower().split("@")[0]
                    assert value.isascii() and any(w in value for w in words if len(w) >= 3), e.text


def test_addresses_and_phones_are_the_regions_own() -> None:
    gen = Gen117(12)
    addresses = {gen.address() for _ in range(400)}
    for place in ("Solukhumbu", "Boudha", "Darjeeling", "Кызыл", "кожуун", "Kyzyl", "Banda Aceh", "Lhokseumawe",
                  "Pidie", "Bilwi", "Waspam", "Puerto Lempira"):  # fmt: skip
        assert any(place in a for a in addresses), place
    # bench/pii.py's streets and exchanges of the same towns are left out
    for old in (
        "Kochetova",
        "Lenina",
        "Shchetinkina",
        "Teuku Umar",
        "Cut Nyak Dhien",
        "Pancasán",
        "Moravo",
        "Hill Cart",
    ):
        assert not any(old in a for a in addresses), old
    phones = {gen.phone() for _ in range(400)}
    for prefix in (
        "+977",
        "98",
        "038-",
        "01-44",
        "+91",
        "0354",
        "+7 9",
        "8 (39435)",
        "08",
        "+62",
        "(0645)",
        "+505",
        "+504",
    ):
        assert any(p.startswith(prefix) for p in phones), prefix
    assert not any("39422" in p or "2792" in p or "+62 651" in p for p in phones)
