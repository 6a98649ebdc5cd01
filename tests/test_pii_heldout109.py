"""Held-out set 109's own checks: its name forms, titles, kin words, dates and formats (the shared shape
checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout109 import (
    AL_MONTHS_HELDOUT109,
    ALBANIAN_DECLINED_HELDOUT109,
    ALBANIAN_GREEK_HELDOUT109,
    ALBANIAN_MEN_HELDOUT109,
    ALBANIAN_NICK_HELDOUT109,
    CHAT_ONLY_FORMS_HELDOUT109,
    DECLINED_SENTENCES_HELDOUT109,
    EN_MONTHS_HELDOUT109,
    ES_MONTHS_HELDOUT109,
    FORCED_FORMS_HELDOUT109,
    FORCED_SENTENCES_HELDOUT109,
    FORM_ONLY_FORMS_HELDOUT109,
    FR_MONTHS_HELDOUT109,
    HELDOUT109_MIXED,
    HELDOUT109_NEGATIVES,
    HELDOUT109_SEED,
    HELDOUT109_TEMPLATES,
    IBAN_BY_ORIGIN_HELDOUT109,
    IBAN_SHAPES_HELDOUT109,
    KIKUYU_CHRISTIAN_HELDOUT109,
    KIKUYU_NAMES_HELDOUT109,
    KIKUYU_NICK_HELDOUT109,
    NAME_LOCALES_HELDOUT109,
    NAME_TYPOS_HELDOUT109,
    NAMES_HELDOUT109,
    NICKS_HELDOUT109,
    ORIGINS_HELDOUT109,
    PUBLIC_FIGURES_HELDOUT109,
    PUREPECHA_ABBREV_HELDOUT109,
    PUREPECHA_DOUBLE_HELDOUT109,
    PUREPECHA_GIVEN_HELDOUT109,
    PUREPECHA_NICK_HELDOUT109,
    SURNAME_FIRST_ORIGINS_HELDOUT109,
    TITLE_SLOT_HELDOUT109,
    TITLED_HELDOUT109,
    WALLOON_DOUBLE_HELDOUT109,
    WALLOON_GIVEN_HELDOUT109,
    WALLOON_MIDDLE_HELDOUT109,
    WALLOON_NICK_HELDOUT109,
    WOMEN_FORMS_HELDOUT109,
    Gen109,
    _belgian_iban,
    _deed_date,
    _fold,
    _fr_be,
    _plain,
    _reads_public,
    _typo109,
    build_heldout109,
)

EXAMPLES = build_heldout109()
SEEDS = [HELDOUT109_SEED, 1, 2, 3, 109, 4242]
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(bonne-maman|bon-papa|licenciado|compadre|comadre|marraine|parrain|monsieur|madame|"
    r"maître|tonton|gjyshja|gjyshi|xhaxhi|zonja|zoti|halla|tezja|daja|baca|noteri|wakili|chief|mzee|cucu|"
    r"guka|mama|doña|don|tata|nana) $"
)
INITIAL = re.compile(r"[^\W\d_]\.(?:-[^\W\d_]\.)?")  # 'P.', 'J.-P.'


def _persons(examples: list | None = None) -> list[tuple[str, str, str, int]]:
    """(value, sentence, the sentence's style: 'lower' or 'upper' where the build put it all in one case,
    where the value starts)"""
    return [
        (e.text[s:t], e.text, e.style, s)
        for e in examples or EXAMPLES
        for s, t, k in e.spans
        if k == "PERSON"
    ]


def _low(names) -> set[str]:  # noqa: ANN001
    """Every word of the names, in lower case, with and without accents."""
    words = {w.lower() for n in names for w in n.split()}
    return words | {_fold(w) for w in words}


def _typos(origin: str) -> list[str]:
    return [NAME_TYPOS_HELDOUT109[n] for n in NAMES_HELDOUT109[origin][2] if n in NAME_TYPOS_HELDOUT109]


def _origin_words() -> dict[str, set[str]]:
    """Every word a name of each origin may hold, in every form the set writes it."""
    out = {}
    for origin, (men, women, lasts) in NAMES_HELDOUT109.items():
        names = men + women + lasts + _typos(origin) + list(NICKS_HELDOUT109[origin].values())
        if origin == "kikuyu":
            names += ["wa"]
        if origin == "albanian":
            names += [n for group in ALBANIAN_GREEK_HELDOUT109.values() for n in group]
            names += [form for forms in ALBANIAN_DECLINED_HELDOUT109.values() for form in forms]
        if origin == "walloon":
            names += [n for group in WALLOON_DOUBLE_HELDOUT109.values() for n in group]
            names += [n for group in WALLOON_MIDDLE_HELDOUT109.values() for n in group]
            names += list(WALLOON_GIVEN_HELDOUT109.values())
        if origin == "purepecha":
            names += [n for group in PUREPECHA_DOUBLE_HELDOUT109.values() for n in group]
            names += [n for group in PUREPECHA_ABBREV_HELDOUT109.values() for n in group]
        out[origin] = _low(names)
    return out


WORDS = _origin_words()


def _word_in(origin: str, word: str) -> bool:
    w = word.strip(",").lower()
    if w in WORDS[origin] or INITIAL.fullmatch(w):
        return True
    # 'Jean-Pierre', 'Pirard-Lhoest': listed words joined
    return "-" in w and all(part in WORDS[origin] for part in w.split("-"))


def _in(origin: str, value: str) -> bool:
    """Whether every word of `value` is a name word of `origin` (or an initial)."""
    return all(_word_in(origin, w) for w in value.split())


def _forms_present(persons: list[tuple[str, str, str, int]]) -> dict[tuple[str, str], bool]:
    """Whether each of FORCED_FORMS_HELDOUT109's forms shows in the values (case aside, as a sentence may have
    been put in lower case or capitals whole, except where the form is a matter of case)."""
    values = [v for v, _, _, _ in persons]
    low = [v.lower() for v in values]
    folded = [_fold(v) for v in low]
    names = {origin: [_low(group) for group in groups] for origin, groups in NAMES_HELDOUT109.items()}
    givens = {origin: men | women for origin, (men, women, _) in names.items()}
    lasts = {origin: groups[2] for origin, groups in names.items()}
    christian = _low(KIKUYU_CHRISTIAN_HELDOUT109[False] + KIKUYU_CHRISTIAN_HELDOUT109[True])
    kikuyu = _low(KIKUYU_NAMES_HELDOUT109[False] + KIKUYU_NAMES_HELDOUT109[True])
    albanian_men = _low(ALBANIAN_MEN_HELDOUT109)
    greek = _low(ALBANIAN_GREEK_HELDOUT109[False] + ALBANIAN_GREEK_HELDOUT109[True])
    walloon_givens = givens["walloon"] | _low(n for g in WALLOON_DOUBLE_HELDOUT109.values() for n in g)
    walloon_givens |= _low(n for g in WALLOON_MIDDLE_HELDOUT109.values() for n in g)
    purepecha_givens = givens["purepecha"] | _low(n for g in PUREPECHA_DOUBLE_HELDOUT109.values() for n in g)

    def typo(origin: str) -> bool:
        typos = {_fold(t).lower() for t in _typos(origin)}
        return any(set(v.split()) & typos for v in folded)

    def words_in(pool: set[str]) -> bool:
        return any(set(v.replace(",", "").split()) & pool for v in low)

    def exactly(pool) -> bool:  # noqa: ANN001
        pool = {p.lower() for p in pool}
        return any(v in pool for v in low)

    def unaccented(origin: str) -> bool:
        """A name of `origin` typed without the accents its listed words carry."""
        listed = {w.lower() for group in NAMES_HELDOUT109[origin] for n in group for w in n.split()}
        stripped = {_fold(w) for w in listed} - listed
        return any(v == _fold(v) and set(v.split()) & stripped and _in(origin, v) for v in low)

    def starts_with(pool, origin: str) -> bool:  # noqa: ANN001
        pool = [p.lower() for p in pool]
        return any(v.startswith(f"{p} ") and v.split()[-1] in lasts[origin] for p in pool for v in low)

    def family_first(origin: str, pool: set[str]) -> bool:
        """'HOXHA Arben', 'Krasniqi, Valon', 'LAMBERT Monique Marie Ghislaine': the family name first, in
        capitals or before a comma."""
        return any(
            (m := re.fullmatch(r"(\S+?)(,?) (.+)", v))
            and m[1].lower() in lasts[origin]
            and (m[2] or m[1].isupper())
            and set(m[3].lower().split()) <= pool
            for v in values
        )

    return {
        # 'Grace Wanjiru Njoroge': a Christian name, a Kikuyu name and the father's
        ("kikuyu", "christian_kikuyu"): any(
            len(p := v.split()) == 3 and p[0] in christian and p[1] in kikuyu and p[2] in lasts["kikuyu"]
            for v in low
        ),
        ("kikuyu", "wa_patronymic"): any(
            (m := re.fullmatch(r"(\S+) wa (\S+)", v)) and m[1] in kikuyu and m[2] in lasts["kikuyu"]
            for v in low
        ),
        ("kikuyu", "kikuyu_father"): any(
            len(p := v.split()) == 2 and p[0] in kikuyu and p[1] in lasts["kikuyu"] for v in low
        ),
        ("kikuyu", "initials"): any(
            (m := re.fullmatch(r"(?:\w\. ){1,2}(\S+)", v)) and m[1] in lasts["kikuyu"] for v in low
        ),
        ("kikuyu", "nickname"): exactly(KIKUYU_NICK_HELDOUT109.values()),
        ("kikuyu", "typo"): typo("kikuyu"),
        # 'Arben Gëzim Hoxha': the father's given name in the middle
        ("albanian", "father_middle"): any(
            len(p := v.split()) == 3
            and p[0] in givens["albanian"]
            and p[1] in albanian_men
            and p[2] in lasts["albanian"]
            for v in low
        ),
        ("albanian", "ascii"): unaccented("albanian"),
        ("albanian", "greek_given"): any(
            len(p := v.split()) == 2 and p[0] in greek and p[1] in lasts["albanian"] for v in low
        ),
        ("albanian", "surname_first"): family_first("albanian", givens["albanian"]),
        ("albanian", "nickname"): exactly(ALBANIAN_NICK_HELDOUT109.values()),
        ("albanian", "typo"): typo("albanian"),
        ("walloon", "compound_given"): starts_with(
            [n for g in WALLOON_DOUBLE_HELDOUT109.values() for n in g], "walloon"
        ),
        ("walloon", "surname_first"): family_first("walloon", walloon_givens),
        # 'Monique Pirard-Lhoest': the husband's family name before her own
        ("walloon", "married_double"): any(
            "-" in w and all(part in lasts["walloon"] for part in w.split("-"))
            for v in low
            for w in v.split()
        ),
        ("walloon", "walloon_given"): words_in(_low(WALLOON_GIVEN_HELDOUT109.values())),
        # 'J.-P. Lambert', 'M. Lhoest'
        ("walloon", "initials"): any(
            (m := re.fullmatch(r"(?:\w\.-\w\.|\w\.) (\S+)", v)) and m[1] in lasts["walloon"] for v in low
        ),
        ("walloon", "ascii"): unaccented("walloon"),
        ("walloon", "nickname"): exactly(WALLOON_NICK_HELDOUT109.values()),
        ("walloon", "typo"): typo("walloon"),
        ("purepecha", "two_surnames"): any(
            len(p := v.split()) >= 3
            and p[0] in givens["purepecha"]
            and p[-1] in lasts["purepecha"]
            and p[-2] in lasts["purepecha"]
            for v in low
        ),
        ("purepecha", "abbrev"): starts_with(
            [n for g in PUREPECHA_ABBREV_HELDOUT109.values() for n in g], "purepecha"
        ),
        ("purepecha", "compound_given"): starts_with(
            [n for g in PUREPECHA_DOUBLE_HELDOUT109.values() for n in g], "purepecha"
        ),
        ("purepecha", "purepecha_given"): any(
            set(v.split()) & _low(PUREPECHA_GIVEN_HELDOUT109) and len(v.split()) >= 2 and _in("purepecha", v)
            for v in low
        ),
        # a Mexican form's 'TZINTZUN EQUIHUA JUAN', 'Cuiriz Estrada Guadalupe'
        ("purepecha", "surname_first"): any(
            (m := re.fullmatch(r"(\S+) (\S+) (.+)", v))
            and m[1] in lasts["purepecha"]
            and m[2] in lasts["purepecha"]
            and set(m[3].split()) <= purepecha_givens
            for v in low
        ),
        ("purepecha", "ascii"): unaccented("purepecha"),
        ("purepecha", "nickname"): exactly(PUREPECHA_NICK_HELDOUT109.values()),
        ("purepecha", "typo"): typo("purepecha"),
    }


def _titled_origins(examples: list) -> set[str]:
    """The peoples whose title or kin word stands before a name in the examples."""
    out = set()
    for e in examples:
        for s, _, k in e.spans:
            m = TITLE_BEFORE.search(e.text[:s]) if k == "PERSON" else None
            if m:
                out.add(TITLED_HELDOUT109[m[1].lower()][0])
    return out


def _declined(examples: list) -> list[str]:
    forms = {f.lower() for pair in ALBANIAN_DECLINED_HELDOUT109.values() for f in pair}
    return [v for v, _, _, _ in _persons(examples) if v.lower() in forms]


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT109 == [] and HELDOUT109_SEED == 5109233


def test_a_title_or_a_kin_word_stays_outside_the_span() -> None:
    titled = 0
    for value, text, _, start in _persons():
        assert not TITLE_SLOT_HELDOUT109.match(value.split()[0] + " {}"), (value, text)
        titled += bool(TITLE_BEFORE.search(text[:start]))
    assert titled >= 10, titled


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT109.items():
        assert origin in NAMES_HELDOUT109 and part in ("full", "given", "family"), title
        slot = f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT109.search(slot) and TITLE_SLOT_HELDOUT109.search(slot.upper()), title
        assert TITLE_BEFORE.search(f"x {title} "), title
    # a title or a kin word is never a word of a listed name
    every_name = {w.lower() for origin in ORIGINS_HELDOUT109 for w in WORDS[origin]}
    assert not set(TITLED_HELDOUT109) & every_name


def test_only_person_templates_hold_a_title_slot() -> None:
    for etype, templates in HELDOUT109_TEMPLATES.items():
        for template in templates:
            if etype != "PERSON":
                assert not TITLE_SLOT_HELDOUT109.search(template), template
    for template, _ in HELDOUT109_MIXED:
        assert not TITLE_SLOT_HELDOUT109.search(template), template


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen109(109)
    for title, (origin, woman, part) in TITLED_HELDOUT109.items():
        for _ in range(20):
            value = gen.titled_person(title)
            assert _in(origin, value), (title, value)
            if part == "family":
                assert value.lower() in _low(NAMES_HELDOUT109[origin][2]), (title, value)
            if part == "given":
                assert " " not in value, (title, value)
            if part == "full":
                assert " " in value, (title, value)
            if (
                woman is not None
                and part == "given"
                and origin == "kikuyu"
                and value in KIKUYU_NAMES_HELDOUT109[True]
            ):
                assert woman, (title, value)  # 'Cucu Wanjiru', never 'Guka Wanjiru'


def test_every_name_comes_from_the_hand_written_lists() -> None:
    for seed in SEEDS:
        for value, text, _, _ in _persons(build_heldout109(seed)):
            assert any(_in(origin, value) for origin in ORIGINS_HELDOUT109), (seed, value, text)


def test_the_kikuyu_family_names_are_the_fathers_kikuyu_names() -> None:
    men, women, lasts = NAMES_HELDOUT109["kikuyu"]
    assert lasts == KIKUYU_NAMES_HELDOUT109[False]
    assert set(KIKUYU_NAMES_HELDOUT109[False]) <= set(men) and set(KIKUYU_NAMES_HELDOUT109[True]) <= set(
        women
    )
    # 'Kamau wa Kamau' would name no one: the father's name is never the child's own
    gen = Gen109(5)
    for _ in range(200):
        value = gen._form("kikuyu", "wa_patronymic")
        first, _, father = value.split()
        assert first != father, value
    assert any("'wa'" in text and "son of" in text for text in HELDOUT109_NEGATIVES)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for value, text, _, _ in _persons(build_heldout109(seed)):
        assert not _reads_public(value), (value, text)
    for text in HELDOUT109_NEGATIVES:
        assert not _reads_public(text), text
    # every public figure listed could be drawn from the lists' words, so the guard is what keeps them out
    for full in PUBLIC_FIGURES_HELDOUT109:
        assert any(_in(origin, full) for origin in ORIGINS_HELDOUT109), full


def test_public_figures_come_only_inside_place_names() -> None:
    places = [
        t
        for t in HELDOUT109_NEGATIVES
        if re.search(r"Kenyatta|\bMoi\b|Skanderbeg|Tereza|Clinton|Quiroga|Bocanegra", t)
    ]
    assert len(places) >= 7
    for text in places:
        assert re.search(r"Avenue|Airport|airport|Square|Boulevard|Plaza", text), text


def test_the_name_forms_appear() -> None:
    present = _forms_present(_persons())
    assert set(present) == set(FORCED_FORMS_HELDOUT109)
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", [1, 2, 3, 109, 4242])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    present = _forms_present(_persons(build_heldout109(seed)))
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


@pytest.mark.parametrize("seed", SEEDS)
def test_a_declined_albanian_name_whatever_the_seed(seed: int) -> None:
    examples = build_heldout109(seed)
    declined = _declined(examples)
    assert declined, seed
    for e in examples:
        for s, t, k in e.spans:
            if k == "PERSON" and e.text[s:t] in declined:
                # the whole declined word is the span, and the sentence is Albanian
                assert not e.text[t : t + 1].isalpha() and not e.text[s - 1 : s].isalpha(), e.text
                assert any(tpl.split("{}")[0] == e.text[:s] for tpl, _ in DECLINED_SENTENCES_HELDOUT109), (
                    e.text
                )


def test_the_declined_forms_follow_albanian_grammar() -> None:
    men, women, _ = NAMES_HELDOUT109["albanian"]
    for name, (dative, accusative) in ALBANIAN_DECLINED_HELDOUT109.items():
        if (
            name in men
        ):  # 'Arben' -> 'Arbenit', 'Arbenin'; after k, g or h: 'Besnik' -> 'Besnikut', 'Besnikun'
            u = "u" if name[-1] in "kgh" else "i"
            assert (dative, accusative) == (f"{name}{u}t", f"{name}{u}n"), name
        else:  # 'Drita' -> 'Dritës', 'Dritën'
            assert name in women and name.endswith("a"), name
            assert (dative, accusative) == (f"{name[:-1]}ës", f"{name[:-1]}ën"), name
    for template, case in DECLINED_SENTENCES_HELDOUT109:
        assert template.count("{}") == 1 and case in (0, 1) and _chat_like(template), template


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_and_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout109(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT109), seed
    persons = _persons(examples)
    for origin in ORIGINS_HELDOUT109:
        # a whole name in capitals in a sentence not written so whole, and one in lower case likewise
        assert any(
            v.isupper() and " " in v and style != "upper" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)
        assert any(
            v.islower() and " " in v and style != "lower" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    """The build hands out every form of FORCED_FORMS_HELDOUT109: in the sentences the draws make, and in a
    sentence of its own for any the draws did not reach."""
    gen = Gen109(seed)
    built = assemble_module_set(
        gen, HELDOUT109_TEMPLATES, HELDOUT109_MIXED, HELDOUT109_NEGATIVES, _typo109, person=gen.person_for
    )
    left = list(gen.owed)
    forced = gen.forced_examples()
    assert gen.owed == [] and len(forced) == 4 + 2 * len(ORIGINS_HELDOUT109) + len(left) + 1, (seed, left)
    for example in forced:
        built.insert(gen.rng.randrange(len(built) + 1), example)
    assert [(e.text, e.spans) for e in built] == [(e.text, e.spans) for e in build_heldout109(seed)]


def test_the_forced_sentences_hold_one_slot_and_the_titles_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT109.items():
        for template in templates:
            assert template.count("{}") == 1, template
            title = TITLE_SLOT_HELDOUT109.search(template)
            if key in NAMES_HELDOUT109:
                assert title and TITLED_HELDOUT109[title[1].lower()][0] == key, template
            else:
                assert not title, template
            if key in ("upper", "form"):
                assert not _chat_like(template) and ":" in template, template
            if key in ("lower", "chat"):
                assert _chat_like(template), template


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen109(7)
    for origin, form in FORCED_FORMS_HELDOUT109:
        for woman in (False, True, None):
            for script in ("", "ascii"):
                for _ in range(5):
                    value = gen._form(origin, form, woman, script)
                    assert value.strip() == value and value, (origin, form, value)
                    assert _in(origin, value), (origin, form, value)
                    assert not _reads_public(value), (origin, form, value)
                    if script == "ascii":
                        assert value == _fold(value), (origin, form, value)


def test_the_forms_that_want_a_chat_or_a_form_are_owed_only_there() -> None:
    gen = Gen109(3)
    for o, form in FORCED_FORMS_HELDOUT109:
        gen.owed = [(o, form)]
        chat = gen._owed_for(o, None, "", True)
        paper = gen._owed_for(o, None, "surname_first" if form == "surname_first" else "", False)
        assert (chat is None) == (form in FORM_ONLY_FORMS_HELDOUT109), (o, form)
        assert (paper is None) == (form in CHAT_ONLY_FORMS_HELDOUT109), (o, form)
        if form in WOMEN_FORMS_HELDOUT109:
            assert gen._owed_for(o, False, "", True) is None and gen._owed_for(o, True, "", True)
    # only the peoples whose papers put the family name first owe a form that does
    assert {o for o, form in FORCED_FORMS_HELDOUT109 if form == "surname_first"} == set(
        SURNAME_FIRST_ORIGINS_HELDOUT109
    )


def test_a_married_double_name_is_a_woman_s_and_a_deed_lists_all_given_names() -> None:
    gen = Gen109(21)
    women = set(NAMES_HELDOUT109["walloon"][1])
    deeds = 0
    for _ in range(100):
        first, double = gen._form("walloon", "married_double", False).split()
        husband, own = double.split("-")
        assert first in women and husband != own, (first, double)
        value = gen._form("walloon", "surname_first")
        if "," not in value:  # 'LAMBERT Monique Marie Ghislaine'
            family, *given = value.split()
            assert family.isupper() and 2 <= len(given) <= 3, value
            deeds += 1
    assert deeds >= 40


def test_the_helpers() -> None:
    assert (
        _plain("Gëzim") == "gezim" and _plain("Ndung'u") == "ndungu" and _plain("Jean-Pierre") == "jeanpierre"
    )
    assert _plain("María de la Luz") == "mariadelaluz" and _plain("Koçi") == "koci"
    assert _fold("Eréndira Velázquez") == "Erendira Velazquez" and _fold("Çela Gëzim") == "Cela Gezim"
    assert _reads_public("MARY WAMBUI NJOROGE") and _reads_public("Juan Gabriel Tapia")
    assert _reads_public("Andre Renard") and not _reads_public("André Remacle")
    assert [_fr_be(n) for n in (1, 16, 17, 21, 70, 71, 77, 80, 81, 90, 91, 99)] == [
        "un", "seize", "dix-sept", "vingt et un", "septante", "septante et un", "septante-sept",
        "quatre-vingts", "quatre-vingt-un", "nonante", "nonante et un", "nonante-neuf",
    ]  # fmt: skip
    assert _deed_date(14, 3, 1985) == "quatorze mars mil neuf cent quatre-vingt-cinq"
    assert _deed_date(1, 6, 2003) == "premier juin deux mille trois"
    assert _deed_date(2, 1, 2000) == "deux janvier deux mille"
    assert _deed_date(31, 12, 1971) == "trente et un décembre mil neuf cent septante et un"


def test_the_other_spellings_belong_to_listed_names() -> None:
    for origin, nicks in NICKS_HELDOUT109.items():
        men, women, lasts = NAMES_HELDOUT109[origin]
        assert set(nicks) <= set(men + women + lasts), origin
    men, women, lasts = NAMES_HELDOUT109["albanian"]
    assert set(ALBANIAN_DECLINED_HELDOUT109) <= set(men + women)
    assert not _low(lasts) & _low(men + women)
    men, women, lasts = NAMES_HELDOUT109["walloon"]
    assert set(WALLOON_GIVEN_HELDOUT109) <= set(men + women)
    assert not _low(lasts) & _low(men + women)
    for group in WALLOON_DOUBLE_HELDOUT109.values():
        for name in group:
            assert re.fullmatch(r"[A-Z][^\W\d_A-Z]+-[A-Z][^\W\d_A-Z]+", name), name
    men, women, lasts = NAMES_HELDOUT109["purepecha"]
    assert set(PUREPECHA_GIVEN_HELDOUT109) <= set(men + women)
    assert not _low(lasts) & _low(men + women)  # no surname doubles as a given name in this list
    for group in PUREPECHA_ABBREV_HELDOUT109.values():
        for name in group:
            assert name.startswith(("J. ", "Ma. ")), name
    all_lasts = {n for origin in NAMES_HELDOUT109.values() for n in origin[2]}
    assert set(NAME_TYPOS_HELDOUT109) <= all_lasts
    assert all(k != v and _fold(k) != _fold(v) for k, v in NAME_TYPOS_HELDOUT109.items())
    for origin in ORIGINS_HELDOUT109:
        assert any(n in NAME_TYPOS_HELDOUT109 for n in NAMES_HELDOUT109[origin][2]), origin


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(109)
    assert _typo109(rng, "Name of Proprietor: {}") == "Name of Proprietor: {}"
    assert (
        _typo109(rng, "Apellido paterno, materno y nombre(s): {}")
        == "Apellido paterno, materno y nombre(s): {}"
    )
    for _ in range(50):
        assert _typo109(rng, "doña {} no quiere que se venda la huerta de Angahuan").startswith("doña {} no ")
        assert _typo109(rng, "bon-papa {} avait acheté le terrain d'Esneux en 1962").startswith(
            "bon-papa {} "
        )
        assert _typo109(rng, "xhaxhi {} nuk do ta ndajë tokën me ne").startswith("xhaxhi {} nuk")
        assert _typo109(rng, "Wakili {} is holding the title until the balance is paid").startswith(
            "Wakili {} "
        )
    slipped = {_typo109(random.Random(i), "pay the surveyor into {} before friday") for i in range(40)}
    assert "pay the surveyer into {} before friday" in slipped
    assert "pay the surveyor into {} b4 friday" in slipped
    slipped = {_typo109(random.Random(i), "dërgoji paratë në {}, faleminderit shumë") for i in range(40)}
    assert {"dërgoji paratë në {}, flm shumë", "dërgoji paratë në {}, faleminderit shum"} <= slipped


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT109.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT109_NEGATIVES:
        assert not any(full.lower() in text.lower() for full in fulls), text
        assert "{}" not in text, text
    # the titles, the kin words, 'wa', the declension and the Purépecha words are explained there
    for word in ("guka", "xhaxhi", "bon-papa", "Maître", "tata", "-it and -in", "besa", "echeri", "pirekua"):
        assert any(word in text for text in HELDOUT109_NEGATIVES), word
    assert 70 <= len(HELDOUT109_NEGATIVES) <= 95


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    """In the sentences that give a name and then an address, the address is mostly of the name's region."""
    regions = {
        "kikuyu": r"Kiambu|Murang'a|Nyeri|Thika|Nairobi|Reading|Minneapolis",
        "albanian": r"Tiranë|Durrës|Shkodër|Prishtinë|Brescia|Milano|Athina",
        "walloon": r"Liège|Namur|Jambes|Charleroi|Verviers|Herstal|Esch-sur-Alzette|Lille",
        "purepecha": r"Mich\.|Madera|Salem",
    }
    pairs = same = 0
    for seed in (HELDOUT109_SEED, 1, 2, 3):
        for e in build_heldout109(seed):
            kinds = sorted(e.spans)
            if len(kinds) >= 2 and kinds[0][2] == "PERSON" and kinds[-1][2] == "STREET_ADDRESS":
                name = e.text[kinds[0][0] : kinds[0][1]]
                address = e.text[kinds[-1][0] : kinds[-1][1]]
                for origin, places in regions.items():
                    if _in(origin, name) and not any(_in(o, name) for o in regions if o != origin):
                        pairs += 1
                        same += bool(re.search(places, address, re.IGNORECASE))
    assert pairs >= 6 and same >= pairs // 2, (pairs, same)


@pytest.mark.parametrize("seed", [HELDOUT109_SEED, 1, 2])
def test_ibans_come_from_countries_that_have_them(seed: int) -> None:
    countries = set()
    for e in build_heldout109(seed):
        for s, t, k in e.spans:
            if k == "IBAN_CODE":
                iban = re.sub(r"\s", "", e.text[s:t]).upper()
                countries.add(iban[:2])
                if iban.startswith("BE"):  # the account number's own check: its first ten digits mod 97
                    assert (int(iban[4:14]) % 97 or 97) == int(iban[14:16]), iban
    assert countries <= set(IBAN_SHAPES_HELDOUT109), countries
    assert not countries & {"KE", "MX", "US"}
    assert {c for cs in IBAN_BY_ORIGIN_HELDOUT109.values() for c in cs} == set(IBAN_SHAPES_HELDOUT109)


def test_a_belgian_iban_carries_both_checks() -> None:
    rng = random.Random(4)
    for _ in range(200):
        iban = _belgian_iban(rng)
        assert re.fullmatch(r"BE\d{14}", iban) and (int(iban[4:14]) % 97 or 97) == int(iban[14:])
        number = int("".join(str(int(c, 36)) for c in iban[4:] + iban[:4]))
        assert number % 97 == 1, iban


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    words = "|".join(EN_MONTHS_HELDOUT109 + AL_MONTHS_HELDOUT109 + FR_MONTHS_HELDOUT109)
    deed = rf"(?:premier|[a-z-]+(?: et un)?) (?:{'|'.join(FR_MONTHS_HELDOUT109)}) (?:mil neuf cent|deux mille)(?: [a-z -]+)?"
    shapes = re.compile(
        rf"\d\d/\d\d/\d{{4}}|\d\d\.\d\d\.\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d\d-\d\d"
        rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{words}) \d{{4}}|\d{{1,2}} de (?:{'|'.join(ES_MONTHS_HELDOUT109)}) de \d{{4}}"
        rf"|{deed}"
    )
    dobs = []
    for seed in (HELDOUT109_SEED, 1, 2):
        dobs += [e.text[s:t] for e in build_heldout109(seed) for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 42
    for dob in dobs:
        assert shapes.fullmatch(dob.lower()) or shapes.fullmatch(dob), dob
    years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert all(1936 <= y <= 2006 for y in years)
    assert len(years) + sum("mil neuf cent" in d.lower() or "deux mille" in d.lower() for d in dobs) == len(
        dobs
    )
    # Kenya's, Albania's, Belgium's and Mexico's day first, the United States' month first, a deed in words
    for i in range(30):
        shapes_i = Gen109(i)._dob_shapes()
        day, month, year = shapes_i["be"].split("/")
        assert shapes_i["us"] == f"{month}/{day}/{year}" and shapes_i["iso"] == f"{year}-{month}-{day}"
        assert (
            shapes_i["al"] == f"{day}.{month}.{year}" and shapes_i["gr"] == f"{int(day)}/{int(month)}/{year}"
        )
        assert shapes_i["be_deed"] == _deed_date(int(day), int(month), int(year))
    assert [e.text for e in build_heldout109()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout109(HELDOUT109_SEED + 5)] != [e.text for e in EXAMPLES]


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen109(11)
    templates = {gen.secret(c)[0] for c in (True, False, None) * 200}
    for cue in ("usimwambie mtu yeyote", "mos ia thuaj askujt", "mos ja thuj kujt", "non dirla a nessuno",
                "ne le dis à personne", "no se la pases a nadie"):  # fmt: skip
        assert any(cue in t for t in templates), cue
    for paste in ("define( 'DB_PASSWORD'", "define( 'AUTH_KEY'", "GEOSERVER_ADMIN_PASSWORD=", "geoserver/rest",
                  "PESAPAL_CONSUMER_SECRET=", "CONEKTA_PRIVATE_KEY=", "OPENPAY_PRIVATE_KEY=", "'dbpassword' =>"):  # fmt: skip
        assert any(paste in t for t in templates), paste
    for _ in range(300):
        template, value = gen.secret()
        if "=>" in template or "define(" in template:  # a quote would end the PHP string
            assert "'" not in value, (template, value)
        if "-u admin:" in template:  # a ':' or an '@' would end the password in the URL's credentials
            assert not re.search(r"[:@/]", value), (template, value)
