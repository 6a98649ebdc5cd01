"""Held-out set 116's own checks: its name forms, titles, dates and formats (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout116 import (
    BATAK_BORU_HELDOUT116,
    BATAK_CHRISTIAN_MEN_HELDOUT116,
    BATAK_CHRISTIAN_WOMEN_HELDOUT116,
    BATAK_MARGA_HELDOUT116,
    BATAK_MARGA_SPELLINGS_HELDOUT116,
    BATAK_MEN_HELDOUT116,
    BATAK_NICK_HELDOUT116,
    BATAK_WOMEN_HELDOUT116,
    BEMBA_ENGLISH_MEN_HELDOUT116,
    BEMBA_ENGLISH_WOMEN_HELDOUT116,
    BEMBA_FAMILY_HELDOUT116,
    BEMBA_MEN_HELDOUT116,
    BEMBA_NICK_HELDOUT116,
    BEMBA_WOMEN_HELDOUT116,
    CA_CARD_MONTHS_HELDOUT116,
    CHAT_ONLY_FORMS_HELDOUT116,
    DEFAULT_SCRIPTS_HELDOUT116,
    FORCED_FORMS_HELDOUT116,
    FORCED_SENTENCES_HELDOUT116,
    FORM_ONLY_FORMS_HELDOUT116,
    FORM_SCRIPTS_HELDOUT116,
    FRENCH_MONTHS_HELDOUT116,
    GERMAN_MONTHS_HELDOUT116,
    HELDOUT116_MIXED,
    HELDOUT116_NEGATIVES,
    HELDOUT116_SEED,
    HELDOUT116_TEMPLATES,
    IBAN_BY_ORIGIN_HELDOUT116,
    IBAN_SHAPES_HELDOUT116,
    INDONESIAN_MONTHS_HELDOUT116,
    ITALIAN_MONTHS_HELDOUT116,
    LADIN_FAMILY_HELDOUT116,
    LADIN_FARMS_HELDOUT116,
    LADIN_FORMS_HELDOUT116,
    LADIN_MARRIED_HELDOUT116,
    LADIN_MONTHS_HELDOUT116,
    LADIN_NICK_HELDOUT116,
    MEN_FORMS_HELDOUT116,
    MIKMAQ_FAMILY_HELDOUT116,
    MIKMAQ_FRENCH_HELDOUT116,
    MIKMAQ_NAMES_HELDOUT116,
    MIKMAQ_NICK_HELDOUT116,
    MIKMAQ_SPELLINGS_HELDOUT116,
    NAME_LOCALES_HELDOUT116,
    NAME_TYPOS_HELDOUT116,
    NAMES_HELDOUT116,
    NICKS_HELDOUT116,
    ORIGIN_CUES_HELDOUT116,
    ORIGINS_HELDOUT116,
    PUBLIC_FIGURES_HELDOUT116,
    SURNAME_FIRST_LEADS_HELDOUT116,
    TITLE_SLOT_HELDOUT116,
    TITLED_HELDOUT116,
    WOMEN_FORMS_HELDOUT116,
    Gen116,
    _fold,
    _papers,
    _plain,
    _reads_public,
    _typo116,
    build_heldout116,
)
from tests.helpers import phrase_in

EXAMPLES = build_heldout116()
SEEDS = [HELDOUT116_SEED, 1, 2, 3, 116, 4242]
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(sur|sura|barba|nona|amang|inang|tulang|opung|ba|bashi|bana|bayama|kiju'|auntie|elder) $"
)
INITIAL = re.compile(r"(?:[^\W\d_]\.)+")  # 'G.', 'L.', 'M.K.'
CODICE_FISCALE = re.compile(r"\b[A-Z]{6}\d\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z]\b")


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
    """Every word of the names (split at spaces and hyphens), in lower case, as written and without marks."""
    words = {w.lower() for n in names for w in re.split(r"[\s-]+", n) if w}
    return words | {_fold(w).lower() for w in words}


def _origin_words() -> dict[str, set[str]]:
    """Every word a name of each origin may hold, in every form the set writes it."""
    out = {}
    for origin, (men, women, lasts) in NAMES_HELDOUT116.items():
        names = men + women + lasts + list(NICKS_HELDOUT116[origin].values())
        names += [typo for name, typo in NAME_TYPOS_HELDOUT116.items() if name in men + women + lasts]
        if origin == "ladin":
            names += [p for pair in LADIN_FORMS_HELDOUT116.values() for p in pair]
            names += LADIN_FARMS_HELDOUT116 + LADIN_MARRIED_HELDOUT116
        if origin == "batak":
            names += sum(BATAK_MARGA_SPELLINGS_HELDOUT116.values(), []) + BATAK_BORU_HELDOUT116
        if origin in ("bemba", "mikmaq"):
            names += [n.replace("'", "") for n in men + women + lasts]
        out[origin] = _low(names)
    return out


WORDS = _origin_words()


def _in(origin: str, value: str) -> bool:
    """Whether every word of `value` is a name word of `origin` (or an initial)."""
    words = [w for part in value.split() for w in part.strip(",").split("-") if w]
    return all(w.lower() in WORDS[origin] or INITIAL.fullmatch(w) for w in words)


def _forms_present(persons: list[tuple[str, str, str, int]]) -> dict[tuple[str, str], bool]:
    """Whether each of FORCED_FORMS_HELDOUT116's forms shows in the values (case aside, as a sentence may have
    been put in lower case or capitals whole)."""
    low = [v.lower() for v, _, _, _ in persons]

    def lows(pool) -> set[str]:  # noqa: ANN001
        return {p.lower() for p in pool}

    def typo(origin: str) -> bool:
        men, women, family = NAMES_HELDOUT116[origin]
        typos = {_fold(t).lower() for n, t in NAME_TYPOS_HELDOUT116.items() if n in men + women + family}
        return any(set(_fold(v).split()) & typos for v in low)

    def exactly(pool) -> bool:  # noqa: ANN001
        return any(v in lows(pool) for v in low)

    def combos(firsts, lasts) -> set[str]:  # noqa: ANN001
        return {f"{f} {x}".lower() for f in firsts for x in lasts}

    def family_first(v: str, families: set[str], givens: set[str]) -> bool:
        m = re.fullmatch(r"(\S+),? (.+)", v)
        return bool(m and m[1] in families and all(w in givens or INITIAL.fullmatch(w) for w in m[2].split()))

    def initials(v: str, families: set[str]) -> bool:
        m = re.fullmatch(r"(?:\w\. ?){1,2} ?(\S+)", v)
        return bool(m and m[1] in families)

    ladin = list(LADIN_FORMS_HELDOUT116)
    italian = [p[0] for p in LADIN_FORMS_HELDOUT116.values()]
    german = [p[1] for p in LADIN_FORMS_HELDOUT116.values()]
    ld_family = lows(LADIN_FAMILY_HELDOUT116)
    ld_accented = {_fold(w).lower() for w in ladin + italian + german if _fold(w) != w}
    christian = lows(BATAK_CHRISTIAN_MEN_HELDOUT116 + BATAK_CHRISTIAN_WOMEN_HELDOUT116)
    batak = lows(BATAK_MEN_HELDOUT116 + BATAK_WOMEN_HELDOUT116)
    marga = lows(BATAK_MARGA_HELDOUT116)
    spellings = lows(sum(BATAK_MARGA_SPELLINGS_HELDOUT116.values(), []))
    bemba = lows(BEMBA_MEN_HELDOUT116 + BEMBA_WOMEN_HELDOUT116)
    english = lows(BEMBA_ENGLISH_MEN_HELDOUT116 + BEMBA_ENGLISH_WOMEN_HELDOUT116)
    be_family = lows(BEMBA_FAMILY_HELDOUT116)
    mq_given = NAMES_HELDOUT116["mikmaq"][0] + NAMES_HELDOUT116["mikmaq"][1]
    mq_english = [
        g
        for g in mq_given
        if g not in MIKMAQ_FRENCH_HELDOUT116 + MIKMAQ_NAMES_HELDOUT116
        and g not in MIKMAQ_SPELLINGS_HELDOUT116
    ]
    mq_family = lows(MIKMAQ_FAMILY_HELDOUT116)

    return {
        # 'Micurá Demetz', 'Nicolò Demetz', 'Nikolaus Demetz'
        ("ladin", "ladin_given"): any(v in combos(ladin, ld_family) for v in low),
        ("ladin", "italian_given"): any(v in combos(italian, ld_family) for v in low),
        ("ladin", "german_given"): any(v in combos(german, ld_family) for v in low),
        # 'Ujep de Sorega'
        ("ladin", "farm_name"): any(v in combos(ladin, LADIN_FARMS_HELDOUT116) for v in low),
        # 'Agnese Demetz in Senoner', 'Agnes Senoner geb. Demetz'
        ("ladin", "married"): any(
            (" in " in v or " geb. " in v) and len(v.split()) == 4 and _in("ladin", v) for v in low
        ),
        # 'DEMETZ Giuseppe', 'Demetz, Josef'
        ("ladin", "surname_first"): any(family_first(v, ld_family, lows(italian + german)) for v in low),
        ("ladin", "initials"): any(initials(v, ld_family) for v in low),
        # 'Lorenz Demetz', 'Micura Insam', 'Nicolo Irsara'
        ("ladin", "ascii"): any(
            v == _fold(v) and set(v.split()) & ld_accented and _in("ladin", v) and " " in v for v in low
        ),
        ("ladin", "nickname"): exactly(LADIN_NICK_HELDOUT116.values()),
        ("ladin", "typo"): typo("ladin"),
        # 'Yosua Sinaga', 'Tumpal Sinaga', 'Yosua Tumpal Sinaga'
        ("batak", "christian_marga"): any(v in combos(christian, marga) for v in low),
        ("batak", "batak_given"): any(v in combos(batak, marga) for v in low),
        ("batak", "three_part"): any(
            len(p := v.split()) == 3 and p[0] in christian and p[1] in batak and p[2] in marga for v in low
        ),
        # 'Rotua br. Sitorus', 'Elisabet boru Sihombing'
        ("batak", "boru"): any(
            len(p := v.split()) == 3 and p[1] in BATAK_BORU_HELDOUT116 and p[2] in marga for v in low
        ),
        # 'Tumpal Lumban Tobing', 'Rotua L. Tobing', 'Hiskia Butar-butar'
        ("batak", "marga_spelling"): any(
            any(v.endswith(f" {s}") for s in spellings) and _in("batak", v) for v in low
        ),
        ("batak", "initials"): any(initials(v, marga) for v in low),
        ("batak", "nickname"): exactly(BATAK_NICK_HELDOUT116.values()),
        ("batak", "typo"): typo("batak"),
        # 'Katongo Mwamba', 'Mathews Mwamba', 'Mathews Katongo Mwamba'
        ("bemba", "bemba_given"): any(v in combos(bemba, be_family) for v in low),
        ("bemba", "english_given"): any(v in combos(english, be_family) for v in low),
        ("bemba", "three_part"): any(
            len(p := v.split()) == 3 and p[0] in english and p[1] in bemba and p[2] in be_family for v in low
        ),
        # 'Chomba Ng'andu', 'Chomba Ngandu'
        ("bemba", "apostrophe"): any("ng'andu" in v.split() and _in("bemba", v) for v in low),
        ("bemba", "apostrophe_dropped"): any("ngandu" in v.split() and _in("bemba", v) for v in low),
        # 'MWAMBA Katongo Mathews', 'Mwamba, Mathews K.'
        ("bemba", "surname_first"): any(family_first(v, be_family, bemba | english) for v in low),
        ("bemba", "initials"): any(initials(v, be_family) for v in low),
        ("bemba", "nickname"): exactly(BEMBA_NICK_HELDOUT116.values()),
        ("bemba", "typo"): typo("bemba"),
        # 'Shelley Prosper', 'Réal Gould', 'Sa'n Knockwood', 'San Knockwood', 'Kitpu Prosper', 'Real Gould'
        ("mikmaq", "english_given"): any(v in combos(mq_english, mq_family) for v in low),
        ("mikmaq", "french_given"): any(v in combos(MIKMAQ_FRENCH_HELDOUT116, mq_family) for v in low),
        ("mikmaq", "mikmaw_spelling"): any(v in combos(MIKMAQ_SPELLINGS_HELDOUT116, mq_family) for v in low),
        ("mikmaq", "spelling_dropped"): any(
            v in combos([s.replace("'", "") for s in MIKMAQ_SPELLINGS_HELDOUT116 if "'" in s], mq_family)
            for v in low
        ),
        ("mikmaq", "mikmaw_name"): any(v in combos(MIKMAQ_NAMES_HELDOUT116, mq_family) for v in low),
        ("mikmaq", "ascii"): any(
            v in combos([_fold(f) for f in MIKMAQ_FRENCH_HELDOUT116 if _fold(f) != f], mq_family) for v in low
        ),
        # 'Tammy M. Prosper'
        ("mikmaq", "middle_initial"): any(
            (m := re.fullmatch(r"(\S+) \w\. (\S+)", v)) and m[1] in lows(mq_given) and m[2] in mq_family
            for v in low
        ),
        # 'PROSPER, TAMMY M.', 'Prosper, Tammy'
        ("mikmaq", "surname_first"): any(
            (m := re.fullmatch(r"(\S+), (\S+)(?: \w\.)?", v)) and m[1] in mq_family and m[2] in lows(mq_given)
            for v in low
        ),
        # 'Shelley Gould-Prosper'
        ("mikmaq", "married"): any(
            (m := re.fullmatch(r"(\S+) (\S+)-(\S+)", v))
            and m[1] in lows(mq_english)
            and m[2] in mq_family
            and m[3] in mq_family
            for v in low
        ),
        ("mikmaq", "nickname"): exactly(MIKMAQ_NICK_HELDOUT116.values()),
        ("mikmaq", "typo"): typo("mikmaq"),
    }


def _titled_origins(examples: list) -> set[str]:
    """The origins of the titles before names in the build."""
    out = set()
    for e in examples:
        for start, _, etype in e.spans:
            m = TITLE_BEFORE.search(e.text[:start]) if etype == "PERSON" else None
            if m:
                out.add(TITLED_HELDOUT116[m[1].lower()][0])
    return out


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT116 == [] and HELDOUT116_SEED == 1165417
    assert ORIGINS_HELDOUT116 == list(NAMES_HELDOUT116)


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT116.match(words[0] + " {}"), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]))
    assert titled >= 10, titled


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT116.items():
        assert origin in NAMES_HELDOUT116, title
        assert part in ("full", "given", "family", "child"), title
        slot = f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT116.search(slot) and TITLE_SLOT_HELDOUT116.search(slot.upper()), title
        assert TITLE_SLOT_HELDOUT116.search(slot.capitalize()), title
    # no title is a word of the lists' names
    every_word = _low(n for groups in NAMES_HELDOUT116.values() for group in groups for n in group)
    assert not set(TITLED_HELDOUT116) & every_word
    # a title in a template stands among its own people's words
    templates = [t for ts in HELDOUT116_TEMPLATES.values() for t in ts] + [t for t, _ in HELDOUT116_MIXED]
    templates += [t for ts in FORCED_SENTENCES_HELDOUT116.values() for t in ts]
    found = Counter()
    for template in templates:
        cue = next((o for c, o in ORIGIN_CUES_HELDOUT116 if c.search(template)), None)
        m = TITLE_SLOT_HELDOUT116.search(template)
        if m:
            found[m[1].lower()] += 1
            assert cue in (None, TITLED_HELDOUT116[m[1].lower()][0]), template
    assert set(found) == set(TITLED_HELDOUT116), set(TITLED_HELDOUT116) - set(found)
    # 'Elder:' and 'ba' or 'sur' inside a word are no titles
    assert not TITLE_SLOT_HELDOUT116.search("Elder: {}") and not TITLE_SLOT_HELDOUT116.search("Cuba {}")
    assert not TITLE_SLOT_HELDOUT116.search("Missur {}") and not TITLE_SLOT_HELDOUT116.search("abana {}")


@pytest.mark.parametrize("seed", [1, 116])
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    gen = Gen116(seed)
    for title, (origin, woman, part) in TITLED_HELDOUT116.items():
        nicks = set(NICKS_HELDOUT116[origin].values())
        men, women, lasts = NAMES_HELDOUT116[origin]
        for _ in range(25):
            value = gen.titled_person(title)
            assert _in(origin, value), (title, value)
            if part == "given":
                own = list(men + women if woman is None else women if woman else men)
                own += [p[0] for p in LADIN_FORMS_HELDOUT116.values()] if origin == "ladin" else []
                assert value in own or value in nicks, (title, value)
            if part == "child":  # 'Bana Chomba', 'Opung Tumpal', 'Opung Butet'
                assert value in men + women or value in nicks, (title, value)
            if part == "family":
                assert value in lasts, (title, value)
            if part == "full":
                assert " " in value, (title, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    for seed in SEEDS[:3]:
        for value, text, _, _ in _persons(build_heldout116(seed)):
            assert any(_in(origin, value) for origin in ORIGINS_HELDOUT116), (value, text)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    examples = build_heldout116(seed)
    for value, text, _, _ in _persons(examples):
        assert not _reads_public(value), (value, text)
    for text in HELDOUT116_NEGATIVES:
        assert not _reads_public(text), text
    # nor inside a login or an e-mail address ('tongamsirait88')
    joined = {_plain(full) for full in PUBLIC_FIGURES_HELDOUT116}
    for e in examples:
        for s, t, k in e.spans:
            if k in ("USERNAME", "EMAIL_ADDRESS"):
                value = _plain(e.text[s:t])
                assert not any(j in value for j in joined), e.text
    # every public figure listed could be drawn from the lists' words, so the guard is what keeps them out
    for full in PUBLIC_FIGURES_HELDOUT116:
        assert any(_in(origin, full) for origin in ORIGINS_HELDOUT116), full


def test_public_figures_come_only_inside_place_and_institution_names() -> None:
    pattern = (
        r"Micurá de Rü|Luis Trenker|Nommensen|Sisingamangaraja|Levy Mwanawasa|Kenneth Kaunda|Joan Harriss"
    )
    places = [t for t in HELDOUT116_NEGATIVES if re.search(pattern, t)]
    assert len(places) >= 7
    for text in places:
        assert re.search(r"Strada|Museum|University|tomb|stadium|airport|Pavilion", text), text


def test_the_name_forms_appear() -> None:
    present = _forms_present(_persons())
    assert set(present) == set(FORCED_FORMS_HELDOUT116)
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", SEEDS[1:])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    present = _forms_present(_persons(build_heldout116(seed)))
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_and_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout116(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT116), seed
    persons = _persons(examples)
    for origin in ORIGINS_HELDOUT116:
        # a whole name in capitals in a sentence not written so whole, and one in lower case likewise
        assert any(
            v.isupper() and " " in v and style != "upper" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)
        assert any(
            v.islower() and " " in v and style != "lower" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    """The build hands out every form of FORCED_FORMS_HELDOUT116: in the sentences the draws make, and in a
    sentence of its own for any the draws did not reach."""
    gen = Gen116(seed)
    built = assemble_module_set(
        gen, HELDOUT116_TEMPLATES, HELDOUT116_MIXED, HELDOUT116_NEGATIVES, _typo116, person=gen.person_for
    )
    left = list(gen.owed)
    forced = gen.forced_examples()
    assert gen.owed == [] and len(forced) == 4 + 2 * len(ORIGINS_HELDOUT116) + len(left), (seed, left)
    assert len(left) <= 8, (seed, left)  # most forms come from the draws themselves
    for example in forced:
        built.insert(gen.rng.randrange(len(built) + 1), example)
    assert [(e.text, e.spans) for e in built] == [(e.text, e.spans) for e in build_heldout116(seed)]
    assert 340 <= len(built) <= 400, (seed, len(built))


def test_the_forced_sentences_hold_one_slot_and_the_titles_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT116.items():
        for template in templates:
            assert template.count("{}") == 1, template
            title = TITLE_SLOT_HELDOUT116.search(template)
            if key in NAMES_HELDOUT116:
                assert title and TITLED_HELDOUT116[title[1].lower()][0] == key, template
            else:
                assert not title, template
            if key in ("upper", "form"):
                assert not _chat_like(template) and ":" in template, template
            if key in ("lower", "chat"):
                assert _chat_like(template), template


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen116(7)
    for origin, form in FORCED_FORMS_HELDOUT116:
        for woman in (False, True, None):
            for script in sorted(FORM_SCRIPTS_HELDOUT116.get((origin, form), DEFAULT_SCRIPTS_HELDOUT116)):
                for _ in range(5):
                    value = gen._form(origin, form, woman, script)
                    assert value.strip() == value and value, (origin, form, value)
                    assert _in(origin, value), (origin, form, script, value)
                    assert not _reads_public(value), (origin, form, value)
                    if script == "ascii":
                        assert value == _fold(value) and value.isascii(), (origin, form, value)
                    if form in MEN_FORMS_HELDOUT116:
                        assert not any(w in value.split() for w in NAMES_HELDOUT116[origin][1]), (form, value)
                    if form in WOMEN_FORMS_HELDOUT116 and origin == "batak":
                        assert value.split()[0] in NAMES_HELDOUT116[origin][1], (form, value)


def test_the_forms_that_want_a_chat_or_a_form_or_a_layout_are_owed_only_there() -> None:
    gen = Gen116(3)
    for o, form in FORCED_FORMS_HELDOUT116:
        scripts = FORM_SCRIPTS_HELDOUT116.get((o, form), DEFAULT_SCRIPTS_HELDOUT116)
        script = "" if "" in scripts else sorted(scripts)[0]
        gen.owed = [(o, form)]
        chat = gen._owed_for(o, None, script, True)
        paper = gen._owed_for(o, None, script, False)
        assert (chat is None) == (form in FORM_ONLY_FORMS_HELDOUT116), (o, form)
        assert (paper is None) == (form in CHAT_ONLY_FORMS_HELDOUT116), (o, form)
        kind = form not in FORM_ONLY_FORMS_HELDOUT116
        assert (gen._owed_for(o, False, script, kind) is None) == (form in WOMEN_FORMS_HELDOUT116), (o, form)
        assert (gen._owed_for(o, True, script, kind) is None) == (form in MEN_FORMS_HELDOUT116), (o, form)
        # another people's template never takes it
        other = next(x for x in ORIGINS_HELDOUT116 if x != o)
        assert gen._owed_for(other, None, script, kind) is None, (o, form)


def test_a_template_of_one_people_gets_a_name_of_that_people() -> None:
    gen = Gen116(6)
    cued = 0
    for template in HELDOUT116_TEMPLATES["PERSON"]:
        origin = next((o for c, o in ORIGIN_CUES_HELDOUT116 if c.search(template)), None)
        if origin is None or TITLE_SLOT_HELDOUT116.search(template):
            continue
        cued += 1
        for _ in range(8):
            value = gen.person_for(template)
            assert _in(origin, value), (template, value)
    assert cued >= 20, cued


def test_a_family_name_first_template_gets_its_people_s_name() -> None:
    gen = Gen116(5)
    for lead, origin in SURNAME_FIRST_LEADS_HELDOUT116.items():
        assert any(t.startswith(lead) for ts in HELDOUT116_TEMPLATES.values() for t in ts), lead
        families = _low(NAMES_HELDOUT116[origin][2])
        for _ in range(15):
            value = gen.person_for(f"{lead}: {{}}")
            assert _in(origin, value), value
            family = re.match(r"(\S+?),? ", value)[1].lower()
            assert family in families, value


def test_the_codice_fiscale_stands_next_to_a_name_and_is_no_name() -> None:
    """A codice fiscale's letters come from a name, but it is no name (nor any type of TYPES): it stands
    unlabelled after the name in a few Ladin sentences."""
    seen = 0
    for seed in SEEDS[:3]:
        for e in build_heldout116(seed):
            if not e.spans:
                continue
            for m in CODICE_FISCALE.finditer(e.text):
                seen += 1
                assert any(k == "PERSON" for _, _, k in e.spans), e.text
                assert not any(s < m.end() and m.start() < t for s, t, _ in e.spans), e.text
    assert seen >= 3, seen
    assert any(CODICE_FISCALE.search(t) for t in HELDOUT116_NEGATIVES)  # the guide's example


def test_the_helpers_for_name_forms() -> None:
    assert _plain("Ng'andu") == "ngandu" and _plain("Sa'n") == "san" and _plain("Micurá") == "micura"
    assert _plain("Lumban Tobing") == "lumbantobing" and _plain("Lorënz") == "lorenz"
    assert _fold("Rhéa Gould") == "Rhea Gould" and _fold("Mëna Insam") == "Mena Insam"
    assert _papers("Micurá") == ("Nicolò", "Nikolaus") and _papers("Gnesa") == ("Agnese", "Agnes")
    assert _reads_public("PETER RUNGGALDIER") and _reads_public("Yosua Tongam Sirait")
    assert _reads_public("morgan toney") and not _reads_public("Morgan Sock")
    assert not _reads_public("Tongam Sinaga") and not _reads_public("Pire Runggaldier")


def test_the_other_spellings_belong_to_listed_names() -> None:
    ladin = NAMES_HELDOUT116["ladin"]
    assert set(LADIN_FORMS_HELDOUT116) == set(ladin[0] + ladin[1])
    for ladin_form, (italian, german) in LADIN_FORMS_HELDOUT116.items():
        assert len({ladin_form, italian, german}) == 3, ladin_form  # three forms of one name
    assert sum(_fold(g) != g for g in LADIN_FORMS_HELDOUT116) >= 3  # 'Micurá', 'Lorënz', 'Mëna'
    assert all(f.split()[0] in ("de", "dl") for f in LADIN_FARMS_HELDOUT116)
    for marga, spellings in BATAK_MARGA_SPELLINGS_HELDOUT116.items():
        assert marga in BATAK_MARGA_HELDOUT116
        for s in spellings:
            assert _plain(s) == marga.lower() or s.endswith(marga[-5:].capitalize()) or "." in s, s
    assert set(BATAK_BORU_HELDOUT116) == {"br.", "boru"}
    assert any("'" in x for x in BEMBA_FAMILY_HELDOUT116)  # 'Ng'andu'
    assert any("'" in s for s in MIKMAQ_SPELLINGS_HELDOUT116)  # "Sa'n"
    assert set(MIKMAQ_SPELLINGS_HELDOUT116) | set(MIKMAQ_NAMES_HELDOUT116) | set(
        MIKMAQ_FRENCH_HELDOUT116
    ) <= set(NAMES_HELDOUT116["mikmaq"][0] + NAMES_HELDOUT116["mikmaq"][1])
    # family names that are also English words
    assert {"Sack", "Peck", "Cope", "Sock", "Prosper"} <= set(MIKMAQ_FAMILY_HELDOUT116)
    for origin, nicks in NICKS_HELDOUT116.items():
        men, women, lasts = NAMES_HELDOUT116[origin]
        assert set(nicks) <= set(men + women), origin
        assert not set(nicks.values()) & set(men + women + lasts), origin
        assert not _low(lasts) & _low(men + women), origin  # no family name doubles as a given name
    every = {n for o in NAMES_HELDOUT116.values() for n in o[0] + o[1] + o[2]}
    assert set(NAME_TYPOS_HELDOUT116) <= every
    assert all(
        k != v and _fold(k) != _fold(v) and len(v) in (len(k) - 1, len(k), len(k) + 1)
        for k, v in NAME_TYPOS_HELDOUT116.items()
    )
    for origin, (men, women, lasts) in NAMES_HELDOUT116.items():
        assert any(n in NAME_TYPOS_HELDOUT116 for n in men + women + lasts), origin
    # no word is shared between two peoples' lists, so a name's origin can be told
    for a in ORIGINS_HELDOUT116:
        for b in ORIGINS_HELDOUT116:
            if a < b:
                assert not _low(sum(NAMES_HELDOUT116[a], [])) & _low(sum(NAMES_HELDOUT116[b], [])), (a, b)


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(116)
    for lead in SURNAME_FIRST_LEADS_HELDOUT116:
        assert _typo116(rng, f"{lead}: {{}}") == f"{lead}: {{}}"
    for _ in range(50):
        assert _typo116(rng, "Bana {} leads the choir at the church in Kasama").startswith("Bana {} ")
        assert _typo116(rng, "sura {} tol su i soldi dl cor de Corvara").startswith("sura {} ")
        assert _typo116(rng, "Tulang {} sudah booking pargonsi untuk pesta di Medan").startswith("Tulang {} ")


def test_the_typo_slips_a_music_word_or_a_shorthand() -> None:
    slipped = {
        _typo116(random.Random(i), "please tell the drummer the rehearsal is tomorrow {}") for i in range(80)
    }
    assert "please tell the drumer the rehearsal is tomorrow {}" in slipped
    assert "please tell the drummer the rehersal is tomorrow {}" in slipped
    assert "pls tell the drummer the rehearsal is tomorrow {}" in slipped
    italian = {_typo116(random.Random(i), "grazie, la prova con {} è alle 8") for i in range(40)}
    assert "grazie, la prva con {} è alle 8" in italian and "grz, la prova con {} è alle 8" in italian
    indonesian = {_typo116(random.Random(i), "tolong bilang ke {} latihan jam 7") for i in range(40)}
    assert "tlg bilang ke {} latihan jam 7" in indonesian and "tolong bilang ke {} latian jam 7" in indonesian


def test_negatives_name_no_listed_person() -> None:
    fulls = set()
    for men, women, lasts in NAMES_HELDOUT116.values():
        for first in men + women:
            for last in lasts:
                fulls |= {f"{first} {last}", f"{last} {first}", _fold(f"{first} {last}")}
    for text in HELDOUT116_NEGATIVES:
        assert not phrase_in(text, fulls), text
    # the titles, the kin words and the naming customs are explained there
    assert any("sur" in text and "sura" in text and "barba" in text for text in HELDOUT116_NEGATIVES)
    assert any("Amang" in text and "Tulang" in text and "Opung" in text for text in HELDOUT116_NEGATIVES)
    assert any("Bashi" in text and "Bana" in text for text in HELDOUT116_NEGATIVES)
    assert any("Kiju'" in text for text in HELDOUT116_NEGATIVES)
    assert any("br." in text and "boru" in text for text in HELDOUT116_NEGATIVES)
    assert any("Lumban Tobing" in text for text in HELDOUT116_NEGATIVES)
    # gig, booking, contract and invoice numbers, product models, error codes and default credentials,
    # the codice fiscale's example, the NRC and status card numbers are no PII of TYPES
    assert (
        sum(
            bool(
                re.search(r"(?i)gig number|booking ref|invoice|contract \d|error|default|X32|SM58|FP-30X", t)
            )
            for t in HELDOUT116_NEGATIVES
        )
        >= 10
    )
    assert any("NRC" in t for t in HELDOUT116_NEGATIVES) and any(
        "status card" in t for t in HELDOUT116_NEGATIVES
    )
    assert 70 <= len(HELDOUT116_NEGATIVES) <= 95


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    """In the sentences that give a name and then an address or a phone, the value is mostly of the name's
    region."""
    regions = {
        "ladin": r"Urtijëi|Ortisei|Gherdëina|Sëlva|Corvara|La Ila|San Martin|Cianacei|Poza|Moena|^\+39|^3\d\d |^04[67]",
        "batak": r"Medan|Pematangsiantar|Balige|Samosir|Parapat|^\+62|^08|^\(06",
        "bemba": r"Lusaka|Kitwe|Ndola|Mufulira|Chingola|Kasama|^\+260|^0[79]|^021",
        "mikmaq": r"NS B|NB E|NL A|902|506|709",
    }
    pairs = same = 0
    for seed in SEEDS[:4]:
        for e in build_heldout116(seed):
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
    for seed in SEEDS[:3]:
        for e in build_heldout116(seed):
            for s, t, k in e.spans:
                value = re.sub(r"[\s-]", "", e.text[s:t]).upper()
                if k == "IBAN_CODE":
                    assert value[:2] in IBAN_SHAPES_HELDOUT116, value
                    countries[value[:2]] += 1
                    if value.startswith("IT"):  # the CIN letter, then ABI, CAB and the account in digits
                        assert re.fullmatch(r"IT\d\d[A-Z]\d{22}", value), value
                if k == "CREDIT_CARD":  # Visa, Mastercard, Amex, JCB
                    m = re.match(r"4|5[1-5]|2[2-7]|3[47]|35(?:2[89]|[3-8]\d)", value)
                    assert m, value
                    brands[m[0][:2]] += 1
                    assert len(value) == (15 if value[:2] in ("34", "37") else 16), value
    assert set(countries) == set(IBAN_SHAPES_HELDOUT116), countries
    # Indonesia, Zambia and Canada have no IBAN
    assert not set(countries) & {"ID", "ZM", "CA"}
    assert {c for cs in IBAN_BY_ORIGIN_HELDOUT116.values() for c in cs} == set(IBAN_SHAPES_HELDOUT116)
    assert brands["4"] and brands["35"] and (brands["34"] or brands["37"]), brands  # Visa, JCB, Amex


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    for dob, text in dobs:
        years = [int(y) for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", dob)]
        assert len(years) == 1 and 1940 <= years[0] <= 2012, (dob, text)
    assert [e.text for e in build_heldout116()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout116(HELDOUT116_SEED + 5)] != [e.text for e in EXAMPLES]
    for i in range(20):
        shapes = Gen116(i)._dob_shapes()
        day, month, year = shapes["it"].split("/")
        assert shapes["de"] == f"{day}.{month}.{year}" and shapes["ca"] == f"{year}-{month}-{day}"
        assert shapes["id"] == f"{day}-{month}-{year}" and shapes["zm"] == shapes["it"]
        assert shapes["ca_card"] == f"{day} {CA_CARD_MONTHS_HELDOUT116[int(month) - 1]} {year}"
        assert re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}", shapes["zm_words"]), shapes["zm_words"]
    # a child's date of birth in the sentences about children, an old member's in hers
    gen = Gen116(4)
    for _ in range(200):
        template, value = gen.dob_sample()
        year = int(re.search(r"(19|20)\d\d", value)[0])
        if re.search(r"(?i)\bson\b|figlia|anakku|members\.csv", template):
            assert 2008 <= year <= 2012, (template, value)
        if re.search(r"oldest|chorale", template):
            assert 1940 <= year <= 1960, (template, value)


def test_dates_of_birth_come_in_each_people_s_shapes() -> None:
    dobs = [
        e.text[s:t]
        for seed in SEEDS
        for e in build_heldout116(seed)
        for s, t, k in e.spans
        if k == "DATE_OF_BIRTH"
    ]
    months = {
        "it": "|".join(ITALIAN_MONTHS_HELDOUT116),
        "de": "|".join(GERMAN_MONTHS_HELDOUT116),
        "lld": "|".join(LADIN_MONTHS_HELDOUT116),
        "id": "|".join(INDONESIAN_MONTHS_HELDOUT116),
        "fr": "|".join(FRENCH_MONTHS_HELDOUT116),
        "card": "|".join(re.escape(m) for m in CA_CARD_MONTHS_HELDOUT116),
        "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    }
    lower = {k: v.lower() for k, v in months.items()}
    assert any(re.fullmatch(r"\d\d/\d\d/(?:19|20)\d\d", d) for d in dobs)  # Italy's, Zambia's
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dobs)  # South Tyrol's German forms
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", d) for d in dobs)  # Indonesia's
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dobs)  # Canada's
    assert any(re.fullmatch(rf"\d{{1,2}}(?:st|nd|rd|th) (?:{months['en']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?:{months['en']}) \d{{1,2}}, \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?i)\d{{1,2}} (?:{lower['it']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?i)\d{{1,2}}\. (?:{lower['de']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?i)\d{{1,2}} de (?:{lower['lld']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?i)\d{{1,2}} (?:{lower['id']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?i)\d{{1,2}} (?:{lower['fr']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?i)\d\d (?:{lower['card']}) \d{{4}}", d) for d in dobs)


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen116(11)
    templates = {gen.secret(c)[0] for c in (True, False, None) * 300}
    for cue in ("non dirla a nessuno", "sag sie niemandem", "no la dì a degugn", "jangan kasih tau siapa-siapa",
                "unang paboa tu manang ise", "wilaeba umuntu", "la dis à personne", "don't give it out"):  # fmt: skip
        assert any(cue in t for t in templates), cue
    for paste in ("SPOTIFY_CLIENT_SECRET=", "GOOGLE_API_KEY=", "DROPBOX_ACCESS_TOKEN=", "XENDIT_SECRET_KEY=",
                  "FLW_SECRET_KEY=", "SQUARE_ACCESS_TOKEN=", "NEXTCLOUD_APP_PASSWORD=", "STRIPE_SECRET_KEY=",
                  "WIFI:T:WPA;", "mysqldump", "rclone"):  # fmt: skip
        assert any(paste in t for t in templates), paste
    for _ in range(300):
        template, value = gen.secret(False)
        if template.startswith("STRIPE"):
            assert re.fullmatch(r"sk_live_[A-Za-z0-9]{24}", value), value
        if template.startswith("SPOTIFY"):
            assert re.fullmatch(r"[0-9a-f]{32}", value), value
        if template.startswith("GOOGLE"):
            assert re.fullmatch(r"AIza[\w-]{35}", value), value
        if template.startswith("DROPBOX"):
            assert re.fullmatch(r"sl\.[\w-]{64}", value), value
        if template.startswith("XENDIT"):
            assert re.fullmatch(r"xnd_production_[A-Za-z0-9]{50}", value), value
        if template.startswith("FLW"):
            assert re.fullmatch(r"FLWSECK-[0-9a-f]{32}-X", value), value
        if template.startswith("SQUARE"):
            assert re.fullmatch(r"EAAA[\w-]{60}", value), value
        if template.startswith("NEXTCLOUD"):
            assert re.fullmatch(r"(?:[A-Za-z0-9]{5}-){4}[A-Za-z0-9]{5}", value), value
        if template.startswith(("WIFI:", "mysqldump", "rclone")):
            assert not re.search(r"[;:'\s]", value), value
    # every secret in the build comes after a cue or a key the sentence names, in one of its languages
    cue = re.compile(
        r"(?i)password|passwort|\bpin\b|code|login|key|token|secret|mot de passe|kata sandi|wifi|answer|"
        r"\bpass $|-p$"
    )
    for seed in SEEDS[:3]:
        for e in build_heldout116(seed):
            for s, _, k in e.spans:
                if k == "SECRET":
                    assert cue.search(e.text[:s]), e.text


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    names = [n for o in NAMES_HELDOUT116.values() for group in o for n in group]
    words = {_plain(w) for n in names for w in n.split()}
    for seed in SEEDS[:2]:
        for e in build_heldout116(seed):
            for s, t, k in e.spans:
                if k in ("USERNAME", "EMAIL_ADDRESS"):
                    value = e.text[s:t].lower().split("@")[0]
                    assert value.isascii() and any(w in value for w in words if len(w) >= 3), e.text
