"""Held-out set 112's own checks: its name forms, titles, totems, scripts, dates and formats (the shared shape
checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout112 import (
    AFGHAN_MONTHS_HELDOUT112,
    ARABIC_HELDOUT112,
    CHAMORRO_MONTHS_HELDOUT112,
    CHAMORRO_NICK_HELDOUT112,
    CHAMORRO_SUFFIX_HELDOUT112,
    CHAT_ONLY_FORMS_HELDOUT112,
    DEFAULT_SCRIPTS_HELDOUT112,
    FAROESE_FARM_HELDOUT112,
    FAROESE_GENITIVE_HELDOUT112,
    FAROESE_MONTHS_HELDOUT112,
    FAROESE_NICK_HELDOUT112,
    FORCED_FORMS_HELDOUT112,
    FORCED_SENTENCES_HELDOUT112,
    FORM_ONLY_FORMS_HELDOUT112,
    FORM_SCRIPTS_HELDOUT112,
    HELDOUT112_MIXED,
    HELDOUT112_NEGATIVES,
    HELDOUT112_SEED,
    HELDOUT112_TEMPLATES,
    IBAN_BY_ORIGIN_HELDOUT112,
    IBAN_SHAPES_HELDOUT112,
    MEN_FORMS_HELDOUT112,
    NAME_LOCALES_HELDOUT112,
    NAME_TYPOS_HELDOUT112,
    NAMES_HELDOUT112,
    NICKS_HELDOUT112,
    ORIGIN_CUES_HELDOUT112,
    ORIGINS_HELDOUT112,
    PASHTUN_NICK_HELDOUT112,
    PASHTUN_SCRIPT_HELDOUT112,
    PASHTUN_SPLIT_HELDOUT112,
    PUBLIC_FIGURES_HELDOUT112,
    SHONA_MONTHS_HELDOUT112,
    SHONA_NICK_HELDOUT112,
    SURNAME_FIRST_LEADS_HELDOUT112,
    TITLE_SLOT_HELDOUT112,
    TITLED_HELDOUT112,
    TOTEM_SLOT_HELDOUT112,
    TOTEMS_HELDOUT112,
    WOMEN_FORMS_HELDOUT112,
    Gen112,
    _danish,
    _fold,
    _plain,
    _reads_public,
    _script,
    _typo112,
    build_heldout112,
)
from tests.helpers import phrase_in

EXAMPLES = build_heldout112()
SEEDS = [HELDOUT112_SEED, 1, 2, 3, 112, 4242]
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(khan sahib|lala|kaka|haji|ustad|baji|استاد|حاجی|sekuru|mbuya|baba|amai|mai|mukoma|tete|"
    r"omma|abbi|frú|tun|tan|auntie|si) $"
)
TOTEM_AFTER = re.compile(r"^ \((" + "|".join(TOTEMS_HELDOUT112) + r")\)", re.IGNORECASE)
INITIAL = re.compile(r"(?:[^\W\d_]\.)+")  # 'M.', 'T.', 'T.G.'


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
    """Every word of the names, in lower case, as written, without marks and the Danish way."""
    words = {w.lower() for n in names for w in n.split()}
    return words | {_fold(w) for w in words} | {_danish(w) for w in words}


def _patronymics() -> list[str]:
    return [g + end for g in FAROESE_GENITIVE_HELDOUT112.values() for end in ("son", "dóttir")]


def _origin_words() -> dict[str, set[str]]:
    """Every word a name of each origin may hold, in every form the set writes it."""
    out = {}
    for origin, (men, women, lasts) in NAMES_HELDOUT112.items():
        names = men + women + lasts + list(NICKS_HELDOUT112[origin].values())
        names += [typo for name, typo in NAME_TYPOS_HELDOUT112.items() if name in men + women + lasts]
        if origin == "pashtun":
            names += ["Khan", "Muhammad"] + list(PASHTUN_SPLIT_HELDOUT112.values())
            names += [s for pair in PASHTUN_SCRIPT_HELDOUT112.values() for s in pair]
        if origin == "shona":
            names += ["née"]
        if origin == "faroese":
            names += _patronymics() + FAROESE_FARM_HELDOUT112
        if origin == "chamorro":
            names += CHAMORRO_SUFFIX_HELDOUT112
        out[origin] = _low(names)
    return out


WORDS = _origin_words()


def _in(origin: str, value: str) -> bool:
    """Whether every word of `value` is a name word of `origin` (or an initial)."""
    return all(w.strip(",").lower() in WORDS[origin] or INITIAL.fullmatch(w) for w in value.split())


def _forms_present(persons: list[tuple[str, str, str, int]]) -> dict[tuple[str, str], bool]:
    """Whether each of FORCED_FORMS_HELDOUT112's forms shows in the values (case aside, as a sentence may have
    been put in lower case or capitals whole)."""
    values = [v for v, _, _, _ in persons]
    low = [v.lower() for v in values]
    names = {origin: [_low(group) for group in groups] for origin, groups in NAMES_HELDOUT112.items()}
    givens = {origin: men | women for origin, (men, women, _) in names.items()}
    lasts = {origin: groups[2] for origin, groups in names.items()}
    ch_lasts = {x.lower() for x in NAMES_HELDOUT112["chamorro"][2]}
    ch_lasts |= {_fold(x) for x in ch_lasts}  # 'Duenas' as a form without the ñ writes it
    patronymics = _low(_patronymics())

    def typo(origin: str) -> bool:
        men, women, family = NAMES_HELDOUT112[origin]
        typos = {_fold(t).lower() for n, t in NAME_TYPOS_HELDOUT112.items() if n in men + women + family}
        return any(set(_fold(v).split()) & typos for v in low)

    def exactly(pool) -> bool:  # noqa: ANN001
        pool = {p.lower() for p in pool}
        return any(v in pool for v in low)

    def script_words(words: set[str]) -> set[str]:
        return {s for w, pair in PASHTUN_SCRIPT_HELDOUT112.items() if w.lower() in words for s in pair}

    def ch_given_then(v: str) -> tuple[str, str] | None:
        first, _, rest = v.partition(" ")
        return (first, rest) if first in givens["chamorro"] else None

    return {
        # 'Zarak Khan', 'Sher Alam Khan Bangash', 'شیر عالم خان'
        ("pashtun", "khan"): any(
            ({"khan", "خان"} & set(v.split())) and _in("pashtun", v) and not v.startswith(("muhammad", "m. "))
            for v in low
        ),
        # 'Gul Rahman Shinwari', 'Wali Jan', 'Jan Bibi Kakar'
        ("pashtun", "compound_given"): any(
            {"gul", "jan", "گل", "ګل", "جان"} & set(v.split()) and _in("pashtun", v) for v in low
        ),
        ("pashtun", "muhammad"): any(
            v.split()[0] in ("muhammad", "m.") and len(v.split()) >= 3 and _in("pashtun", v) for v in low
        ),
        ("pashtun", "script"): any(ARABIC_HELDOUT112.search(v) and _in("pashtun", v) for v in values),
        # 'Sami Ullah Safi', 'Gulrahman Bangash'
        ("pashtun", "split"): any(set(v.split()) & _low(PASHTUN_SPLIT_HELDOUT112.values()) for v in low),
        ("pashtun", "nickname"): exactly(PASHTUN_NICK_HELDOUT112.values()),
        ("pashtun", "typo"): typo("pashtun"),
        # 'Godknows Tinashe Marufu'
        ("shona", "two_given"): any(
            len(p := v.split()) == 3
            and p[0] in givens["shona"]
            and p[1] in givens["shona"]
            and p[2] in lasts["shona"]
            for v in low
        ),
        # 'MARUFU Godknows', 'Marufu, Chiedza R.', 'Marufu Tinashe'
        ("shona", "surname_first"): any(
            (m := re.fullmatch(r"(\S+?),? (.+)", v))
            and m[1].lower() in lasts["shona"]
            and all(w.lower() in givens["shona"] or INITIAL.fullmatch(w) for w in m[2].split())
            for v in values
        ),
        ("shona", "married"): any({"née", "nee"} & set(v.split()) and _in("shona", v) for v in low),
        # 'T. G. Marufu', 'T.G. Marufu', 'C. Marufu'
        ("shona", "initials"): any(
            (m := re.fullmatch(r"(?:\w\. ?){1,2} ?(\S+)", v)) and m[1] in lasts["shona"] for v in low
        ),
        ("shona", "nickname"): exactly(SHONA_NICK_HELDOUT112.values()),
        ("shona", "typo"): typo("shona"),
        # 'Hanus Símunarson', 'Rakul Pætursdóttir Lamhauge'
        ("faroese", "patronymic"): any(
            len(p := v.split()) >= 2 and p[0] in givens["faroese"] and p[1] in patronymics for v in low
        ),
        ("faroese", "farm"): any(
            v.endswith(f" {farm.lower()}") for farm in FAROESE_FARM_HELDOUT112 for v in low
        ),
        ("faroese", "double_family"): any(
            len(p := v.split()) == 3
            and p[0] in givens["faroese"]
            and p[1] in lasts["faroese"]
            and p[2] in lasts["faroese"]
            for v in low
        ),
        # 'Hogni Hojgaard', 'Gudrun Nolsoe'
        ("faroese", "ascii"): any(
            v == _fold(v)
            and set(v.split())
            & {_fold(w).lower() for w in sum(NAMES_HELDOUT112["faroese"], []) if _fold(w) != w}
            for v in low
        ),
        # 'Hoegni Hoejgaard'
        ("faroese", "danish"): any(
            set(v.split())
            & {_danish(w).lower() for w in sum(NAMES_HELDOUT112["faroese"], []) if _danish(w) != _fold(w)}
            for v in low
        ),
        # 'Poulsen, Rakul', 'DJURHUUS Hanus'
        ("faroese", "surname_first"): any(
            (m := re.fullmatch(r"(\S+?),? (\S+)", v))
            and m[1] in lasts["faroese"]
            and m[2] in givens["faroese"]
            for v in low
        ),
        # 'H. Símunarson', 'R. D. Poulsen'
        ("faroese", "initials"): any(
            (m := re.fullmatch(r"\w\.(?: \w\.)? (\S+)", v)) and m[1] in lasts["faroese"] | patronymics
            for v in low
        ),
        ("faroese", "nickname"): exactly(FAROESE_NICK_HELDOUT112.values()),
        ("faroese", "typo"): typo("faroese"),
        # 'Joaquin Santos Camacho'
        ("chamorro", "maiden_middle"): any(
            (g := ch_given_then(v)) and any(g[1] == f"{a} {b}" for a in ch_lasts for b in ch_lasts if a != b)
            for v in low
        ),
        # 'Joaquin S. Camacho'
        ("chamorro", "middle_initial"): any(
            (m := re.fullmatch(r"(\S+) \w\. (.+?)", v)) and m[1] in givens["chamorro"] and m[2] in ch_lasts
            for v in low
        ),
        # 'Rufina Leon Guerrero', 'Tomas San Nicolas'
        ("chamorro", "two_word_family"): any(
            (g := ch_given_then(v)) and g[1] in ch_lasts and " " in g[1] for v in low
        ),
        # 'CAMACHO, JOAQUIN S.', 'Sablan, Rosa C.'
        ("chamorro", "surname_first"): any(
            (m := re.fullmatch(r"(.+), (\S+) \w\.", v)) and m[1] in ch_lasts and m[2] in givens["chamorro"]
            for v in low
        ),
        ("chamorro", "suffix"): any(
            v.split()[-1] in {s.lower() for s in CHAMORRO_SUFFIX_HELDOUT112} and _in("chamorro", v)
            for v in low
        ),
        ("chamorro", "enye"): any("ñ" in v and _in("chamorro", v) for v in low),
        ("chamorro", "ascii"): any(
            set(v.split()) & {_fold(x).lower() for x in ch_lasts if "ñ" in x} and _in("chamorro", v)
            for v in low
        ),
        ("chamorro", "nickname"): exactly(CHAMORRO_NICK_HELDOUT112.values()),
        ("chamorro", "typo"): typo("chamorro"),
    }


def _titled_origins(examples: list) -> set[str]:
    """The origins of the titles before names (and the totems after them) in the build."""
    out = set()
    for e in examples:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            m = TITLE_BEFORE.search(e.text[:start])
            if m:
                out.add(TITLED_HELDOUT112[m[1].lower()][0])
            if TOTEM_AFTER.match(e.text[end:]):
                out.add("shona")
    return out


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT112 == [] and HELDOUT112_SEED == 1124731
    assert ORIGINS_HELDOUT112 == list(NAMES_HELDOUT112)


def test_a_title_or_a_totem_stays_outside_the_span() -> None:
    titled = totem = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT112.match(words[0] + " {}"), (value, e.text)
            assert not TITLE_SLOT_HELDOUT112.match(" ".join(words[:2]) + " {}"), (value, e.text)
            assert not {w.strip("()").lower() for w in words} & {t.lower() for t in TOTEMS_HELDOUT112}, value
            titled += bool(TITLE_BEFORE.search(e.text[:start]))
            totem += bool(TOTEM_AFTER.match(e.text[end:]))
    assert titled >= 10 and totem >= 1, (titled, totem)


def test_every_title_and_totem_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT112.items():
        assert origin in NAMES_HELDOUT112, title
        assert part in ("full", "given", "family", "child", "child_or_family"), title
        slot = f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT112.search(slot) and TITLE_SLOT_HELDOUT112.search(slot.upper()), title
        assert TITLE_SLOT_HELDOUT112.search(slot.capitalize()), title
    for totem in TOTEMS_HELDOUT112:
        assert TOTEM_SLOT_HELDOUT112.search(f"{{}} ({totem}) fixed it"), totem
    # no title or totem is a word of the lists' names
    every_word = {
        w.lower()
        for groups in NAMES_HELDOUT112.values()
        for group in groups
        for n in group
        for w in n.split()
    }
    assert not set(TITLED_HELDOUT112) & every_word
    assert not {t.lower() for t in TOTEMS_HELDOUT112} & every_word
    # a title in a template stands among its own people's words
    templates = [t for ts in HELDOUT112_TEMPLATES.values() for t in ts] + [t for t, _ in HELDOUT112_MIXED]
    templates += [t for ts in FORCED_SENTENCES_HELDOUT112.values() for t in ts]
    found = Counter()
    for template in templates:
        cue = next((o for c, o in ORIGIN_CUES_HELDOUT112 if c.search(template)), None)
        m = TITLE_SLOT_HELDOUT112.search(template)
        if m:
            found[m[1].lower()] += 1
            assert cue in (None, TITLED_HELDOUT112[m[1].lower()][0]), template
        if TOTEM_SLOT_HELDOUT112.search(template):
            found["totem"] += 1
            assert cue in (None, "shona") and not m, template
    assert set(found) == set(TITLED_HELDOUT112) | {"totem"}, set(TITLED_HELDOUT112) - set(found)


@pytest.mark.parametrize("seed", [1, 112])
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    gen = Gen112(seed)
    for title, (origin, woman, part) in TITLED_HELDOUT112.items():
        men, women, lasts = NAMES_HELDOUT112[origin]
        nicks = set(NICKS_HELDOUT112[origin].values())
        for _ in range(25):
            value = gen.titled_person(title)
            assert _in(origin, value), (title, value)
            assert bool(ARABIC_HELDOUT112.search(value)) == bool(ARABIC_HELDOUT112.search(title)), value
            if ARABIC_HELDOUT112.search(title):
                continue
            if part == "given":
                own = men + women if woman is None else women if woman else men
                assert value in own or value in nicks, (title, value)
            if part == "child":
                assert value in men + women or value in nicks, (title, value)
            if part == "family":
                assert value in lasts, (title, value)
            if part == "child_or_family":
                assert value in men + women + lasts or value in nicks, (title, value)
    for _ in range(20):
        value = gen.totem_person()
        assert _in("shona", value) and not set(value.split()) & set(TOTEMS_HELDOUT112), value


def test_every_name_comes_from_the_hand_written_lists() -> None:
    for seed in SEEDS[:3]:
        for value, text, _, _ in _persons(build_heldout112(seed)):
            assert any(_in(origin, value) for origin in ORIGINS_HELDOUT112), (value, text)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    examples = build_heldout112(seed)
    for value, text, _, _ in _persons(examples):
        assert not _reads_public(value), (value, text)
    for text in HELDOUT112_NEGATIVES:
        assert not _reads_public(text), text
    # nor inside a login or an e-mail address ('samiullahkhan90')
    joined = {_plain(full) for full in PUBLIC_FIGURES_HELDOUT112}
    for e in examples:
        for s, t, k in e.spans:
            if k in ("USERNAME", "EMAIL_ADDRESS"):
                assert not any(j in _plain(e.text[s:t]) for j in joined), e.text
    # every public figure listed could be drawn from the lists' words, so the guard is what keeps them out
    for full in PUBLIC_FIGURES_HELDOUT112:
        assert any(_in(origin, full) for origin in ORIGINS_HELDOUT112), full


def test_public_figures_come_only_inside_place_names() -> None:
    places = [
        t for t in HELDOUT112_NEGATIVES if re.search(r"Wazir Akbar|Samora|Mugabe|Nólsoyar Páls|Won Pat", t)
    ]
    assert len(places) >= 4
    for text in places:
        assert re.search(r"district|Avenue|Road|gøta|airport", text), text


def test_the_name_forms_appear() -> None:
    present = _forms_present(_persons())
    assert set(present) == set(FORCED_FORMS_HELDOUT112)
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", SEEDS[1:])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    present = _forms_present(_persons(build_heldout112(seed)))
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_and_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout112(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT112), seed
    persons = _persons(examples)
    for origin in ORIGINS_HELDOUT112:
        # a whole name in capitals in a sentence not written so whole, and one in lower case likewise
        assert any(
            v.isupper() and " " in v and style != "upper" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)
        assert any(
            v.islower() and " " in v and style != "lower" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    """The build hands out every form of FORCED_FORMS_HELDOUT112: in the sentences the draws make, and in a
    sentence of its own for any the draws did not reach."""
    gen = Gen112(seed)
    built = assemble_module_set(
        gen, HELDOUT112_TEMPLATES, HELDOUT112_MIXED, HELDOUT112_NEGATIVES, _typo112, person=gen.person_for
    )
    left = list(gen.owed)
    forced = gen.forced_examples()
    assert gen.owed == [] and len(forced) == 4 + 2 * len(ORIGINS_HELDOUT112) + len(left), (seed, left)
    assert len(left) <= 6, (seed, left)  # most forms come from the draws themselves
    for example in forced:
        built.insert(gen.rng.randrange(len(built) + 1), example)
    assert [(e.text, e.spans) for e in built] == [(e.text, e.spans) for e in build_heldout112(seed)]
    assert 340 <= len(built) <= 400, (seed, len(built))


def test_the_forced_sentences_hold_one_slot_and_the_titles_or_totems_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT112.items():
        for template in templates:
            assert template.count("{}") == 1, template
            title = TITLE_SLOT_HELDOUT112.search(template)
            totem = TOTEM_SLOT_HELDOUT112.search(template)
            if key in NAMES_HELDOUT112:
                assert (title and TITLED_HELDOUT112[title[1].lower()][0] == key) or (
                    totem and key == "shona"
                ), template
            else:
                assert not title and not totem, template
            if key in ("upper", "form"):
                assert not _chat_like(template) and ":" in template, template
            if key in ("lower", "chat"):
                assert _chat_like(template), template


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen112(7)
    for origin, form in FORCED_FORMS_HELDOUT112:
        for woman in (False, True, None):
            for script in sorted(FORM_SCRIPTS_HELDOUT112.get((origin, form), DEFAULT_SCRIPTS_HELDOUT112)):
                for _ in range(5):
                    value = gen._form(origin, form, woman, script)
                    assert value.strip() == value and value, (origin, form, value)
                    assert _in(origin, value), (origin, form, script, value)
                    assert not _reads_public(value), (origin, form, value)
                    if script == "ascii":
                        assert value == _fold(value), (origin, form, value)
                    if script == "arabic" or form == "script":
                        assert ARABIC_HELDOUT112.search(value) and not re.search("[A-Za-z]", value), value
                    else:
                        assert not ARABIC_HELDOUT112.search(value), (form, value)
                    if form in MEN_FORMS_HELDOUT112:
                        assert not any(w in value for w in NAMES_HELDOUT112[origin][1]), (form, value)


def test_the_forms_that_want_a_chat_or_a_form_or_a_script_are_owed_only_there() -> None:
    gen = Gen112(3)
    for o, form in FORCED_FORMS_HELDOUT112:
        scripts = FORM_SCRIPTS_HELDOUT112.get((o, form), DEFAULT_SCRIPTS_HELDOUT112)
        script = "" if "" in scripts else sorted(scripts)[0]
        gen.owed = [(o, form)]
        chat = gen._owed_for(o, None, script, True)
        paper = gen._owed_for(o, None, script, False)
        assert (chat is None) == (form in FORM_ONLY_FORMS_HELDOUT112), (o, form)
        assert (paper is None) == (form in CHAT_ONLY_FORMS_HELDOUT112), (o, form)
        kind = form not in FORM_ONLY_FORMS_HELDOUT112
        assert (gen._owed_for(o, False, script, kind) is None) == (form in WOMEN_FORMS_HELDOUT112), (o, form)
        assert (gen._owed_for(o, True, script, kind) is None) == (form in MEN_FORMS_HELDOUT112), (o, form)
        # a template in Urdu or Pashto script takes only the Pashtun forms that can be written in it
        assert (gen._owed_for(None, None, "arabic", False) is not None) == (
            "arabic" in scripts and form not in CHAT_ONLY_FORMS_HELDOUT112
        ), (o, form)


def test_a_template_in_script_gets_a_pashtun_name_in_script_and_a_latin_one_none() -> None:
    scripted = 0
    for seed in SEEDS[:3]:
        for e in build_heldout112(seed):
            for start, end, etype in e.spans:
                if etype != "PERSON":
                    continue
                value, rest = e.text[start:end], e.text[:start] + e.text[end:]
                if ARABIC_HELDOUT112.search(rest) and not re.search(r"[A-Za-z]{3}", rest):
                    scripted += 1
                    assert ARABIC_HELDOUT112.search(value) and _in("pashtun", value), (value, e.text)
                elif ARABIC_HELDOUT112.search(value):
                    assert _in("pashtun", value), (value, e.text)
    assert scripted >= 4, scripted


def test_a_family_name_first_template_gets_its_people_s_name() -> None:
    gen = Gen112(5)
    for lead, origin in SURNAME_FIRST_LEADS_HELDOUT112.items():
        assert any(t.startswith(lead) for ts in HELDOUT112_TEMPLATES.values() for t in ts), lead
        for _ in range(15):
            value = gen.person_for(f"{lead}: {{}}")
            assert _in(origin, value) and not any(_in(o, value) for o in ORIGINS_HELDOUT112 if o != origin), (
                value
            )
            first = value.split()[0].strip(",").lower()
            assert first in _low(NAMES_HELDOUT112[origin][2]) or first in _low(
                w for x in NAMES_HELDOUT112[origin][2] for w in x.split()
            ), value


def test_the_helpers_for_name_forms() -> None:
    assert (
        _plain("Høgni") == "hogni"
        and _plain("Leon Guerrero") == "leonguerrero"
        and _plain("Dueñas") == "duenas"
    )
    assert _fold("Guðrun Nolsøe") == "Gudrun Nolsoe" and _fold("Hagåtña") == "Hagatna"
    assert _danish("Høgni Højgaard") == "Hoegni Hoejgaard" and _danish("Sámal") == "Saamal"
    assert _script("Gul Rahman Shinwari", False) == "گل رحمان شینواری"
    assert _script("Gul Rahman Shinwari", True) == "ګل رحمان شينواري"
    assert _script("Zarak Khan", True) == "زرک خان"
    with pytest.raises(KeyError):
        _script("John Smith", False)
    assert (
        _reads_public("ZARAK KHAN")
        and _reads_public("Muhammad Samiullah Khan")
        and _reads_public("Tomás Camacho")
    )
    assert _reads_public("Zarak Khan Bangash")  # it holds the public figure's name whole
    assert not _reads_public("Zarak Shinwari") and not _reads_public("Muhammad Zarak Bangash")


def test_the_other_spellings_belong_to_listed_names() -> None:
    men, women, lasts = NAMES_HELDOUT112["pashtun"]
    words = {w for n in men + women + lasts for w in n.split()} | {"Muhammad", "Khan"}
    assert set(PASHTUN_SCRIPT_HELDOUT112) == words
    for latin, (urdu, pashto) in PASHTUN_SCRIPT_HELDOUT112.items():
        assert ARABIC_HELDOUT112.search(urdu) and ARABIC_HELDOUT112.search(pashto), latin
        assert not re.search("[A-Za-z]", urdu + pashto), latin
    assert set(PASHTUN_SPLIT_HELDOUT112) <= set(men + women)
    for joined, split in PASHTUN_SPLIT_HELDOUT112.items():
        assert split.replace(" ", "").lower() == joined.replace(" ", "").lower() and split != joined, split
    assert all(re.search(r"\b(Gul|Jan)\b", g) for g in men + women if "Gul" in g or "Jan" in g)
    assert sum(bool(re.search(r"\b(Gul|Jan)\b", g)) for g in men + women) >= 4
    for origin, nicks in NICKS_HELDOUT112.items():
        men, women, lasts = NAMES_HELDOUT112[origin]
        assert set(nicks) <= set(men + women), origin
        assert not set(nicks.values()) & set(men + women + lasts), origin
        assert not _low(lasts) & _low(men + women), origin  # no family name doubles as a given name
    assert set(FAROESE_GENITIVE_HELDOUT112) <= set(NAMES_HELDOUT112["faroese"][0])
    assert all(g.startswith(f[:2]) for f, g in FAROESE_GENITIVE_HELDOUT112.items())
    assert all(f.split()[0] in ("í", "á", "við", "av", "undir") for f in FAROESE_FARM_HELDOUT112)
    assert any(re.search("[ðøá]", n) for n in sum(NAMES_HELDOUT112["faroese"], []))
    chamorro = NAMES_HELDOUT112["chamorro"][2]
    assert sum(" " in x for x in chamorro) >= 3 and sum("ñ" in x for x in chamorro) >= 2
    assert set(NAME_TYPOS_HELDOUT112) <= {n for o in NAMES_HELDOUT112.values() for n in o[0] + o[1] + o[2]}
    assert all(
        k != v and _fold(k) != _fold(v) and len(v) in (len(k) - 1, len(k), len(k) + 1)
        for k, v in NAME_TYPOS_HELDOUT112.items()
    )
    for origin, (men, women, lasts) in NAMES_HELDOUT112.items():
        assert any(n in NAME_TYPOS_HELDOUT112 for n in men + women + lasts), origin


def test_the_typo_leaves_forms_titles_and_totems_alone() -> None:
    rng = random.Random(112)
    assert _typo112(rng, "Surname, First name: {}") == "Surname, First name: {}"
    assert _typo112(rng, "LAST, FIRST MI: {}") == "LAST, FIRST MI: {}"
    for _ in range(50):
        assert _typo112(rng, "Ustad {} fixed the injector pump of the Hilux in one afternoon").startswith(
            "Ustad {} "
        )
        assert _typo112(rng, "{} (Shumba) did the wheel alignment for ten dollars").startswith("{} (Shumba) ")
        assert _typo112(rng, "Tun {} fixed the aircon of my Tacoma in Dededo").startswith("Tun {} ")
        assert _typo112(rng, "omma {} vil hava vetrardekkini á bilin í morgin").startswith("omma {} ")


def test_the_typo_slips_a_car_word_or_a_shorthand() -> None:
    slipped = {
        _typo112(random.Random(i), "please check the clutch and the radiator tomorrow {}") for i in range(60)
    }
    assert "please check the cluch and the radiator tomorrow {}" in slipped
    assert "please check the clutch and the radiater tomorrow {}" in slipped
    assert "pls check the clutch and the radiator tomorrow {}" in slipped
    urdu = {_typo112(random.Random(i), "theek hai, {} kal aayega") for i in range(20)}
    assert "thk hai, {} kal aayega" in urdu


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT112.values()
        for first in men + women
        for last in lasts
    } | {
        f"{last} {first}"
        for men, women, lasts in NAMES_HELDOUT112.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT112_NEGATIVES:
        assert not phrase_in(text, fulls, edges="b"), text
    # the titles, the kin words, the teknonyms, the totems and the naming customs are explained there
    assert any("Khan sahib" in text and "Lala" in text for text in HELDOUT112_NEGATIVES)
    assert any("Gul" in text and "Jan" in text for text in HELDOUT112_NEGATIVES)
    assert any("Sekuru" in text and "Mbuya" in text for text in HELDOUT112_NEGATIVES)
    assert any("Amai Tino" in text for text in HELDOUT112_NEGATIVES)
    assert any("Shumba" in text and "totem" in text for text in HELDOUT112_NEGATIVES)
    assert any("-dóttir" in text for text in HELDOUT112_NEGATIVES)
    assert any("omma" in text and "abbi" in text for text in HELDOUT112_NEGATIVES)
    assert any("Tun" in text and "Tan" in text for text in HELDOUT112_NEGATIVES)
    assert any("Leon Guerrero" in text for text in HELDOUT112_NEGATIVES)
    # number plates, VINs, part, job and claim numbers and fault codes are no PII of TYPES
    assert (
        sum(
            bool(re.search(r"(?i)\bVIN\b|plate|part number|job card|claim number|P0\d{3}", t))
            for t in HELDOUT112_NEGATIVES
        )
        >= 7
    )
    assert 70 <= len(HELDOUT112_NEGATIVES) <= 95


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    """In the sentences that give a name and then an address or a phone, the value is mostly of the name's
    region."""
    regions = {
        "pashtun": r"Peshawar|Quetta|Kabul|Sharjah|Dubai|Abu Dhabi|^\+9[23]|^0[37]|^091|^081|^020 2|^\+971|^05|^06 ",
        "shona": r"Harare|Bulawayo|Mutare|Masvingo|Luton|Leicester|^\+263|^07[1378]|^\(0242\)|^020-6|^\+44",
        "faroese": r"Tórshavn|Torshavn|Hoyvík|Klaksvík|Runavík|København|^\+298|^\(\+298\)|^[2579]\d|^\+45",
        "chamorro": r"GU 969|Saipan|CA 919|671|670|619",
    }
    pairs = same = 0
    for seed in SEEDS[:4]:
        for e in build_heldout112(seed):
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
        for e in build_heldout112(seed):
            for s, t, k in e.spans:
                value = re.sub(r"[\s-]", "", e.text[s:t]).upper()
                if k == "IBAN_CODE":
                    assert value[:2] in IBAN_SHAPES_HELDOUT112, value
                    countries[value[:2]] += 1
                if k == "CREDIT_CARD":  # Visa, Mastercard, Amex, Discover, Dankort, UnionPay
                    m = re.match(r"4|5[1-5]|2[2-7]|3[47]|6011|65|5019|62", value)
                    assert m, value
                    brands[m[0][:2]] += 1
                    assert len(value) == (15 if value[:2] in ("34", "37") else 16), value
    assert set(countries) == set(IBAN_SHAPES_HELDOUT112), countries
    # Afghanistan, Zimbabwe and the United States have no IBAN
    assert not set(countries) & {"AF", "ZW", "US", "GU"}
    assert {c for cs in IBAN_BY_ORIGIN_HELDOUT112.values() for c in cs} == set(IBAN_SHAPES_HELDOUT112)
    assert brands["50"] and brands["60"] and (brands["34"] or brands["37"]), brands  # Dankort, Discover, Amex


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    for dob, text in dobs:
        years = [int(y) for y in re.findall(r"(?<!\d)(1[39]\d\d|20\d\d)(?!\d)", dob)]
        assert len(years) == 1, (dob, text)
        # a Gregorian year, or a Solar Hijri one on an Afghan tazkira (1317 to 1387 for 1938 to 2008)
        assert 1938 <= years[0] <= 2008 or 1316 <= years[0] <= 1387, (dob, text)
    assert [e.text for e in build_heldout112()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout112(HELDOUT112_SEED + 5)] != [e.text for e in EXAMPLES]
    for i in range(20):
        shapes = Gen112(i)._dob_shapes()
        day, month, year = shapes["pk"].split("/")
        assert shapes["fo"] == f"{day}.{month}.{year}" and shapes["iso"] == f"{year}-{month}-{day}"
        assert shapes["us"] == f"{month}/{day}/{year}" and shapes["zw"] == shapes["pk"]
        jy, jm, jd = shapes["af"].split("/")
        assert int(year) - 622 <= int(jy) <= int(year) - 621 and 1 <= int(jm) <= 12 and 1 <= int(jd) <= 31
        assert shapes["af_words"] == f"{int(jd)} {AFGHAN_MONTHS_HELDOUT112[int(jm) - 1]} {jy}"


def test_dates_of_birth_come_in_each_people_s_shapes() -> None:
    dobs = [
        e.text[s:t]
        for seed in SEEDS
        for e in build_heldout112(seed)
        for s, t, k in e.spans
        if k == "DATE_OF_BIRTH"
    ]
    months = {
        "en": "January|February|March|April|May|June|July|August|September|October|November|December",
        "sn": "|".join(SHONA_MONTHS_HELDOUT112),
        "fo": "|".join(FAROESE_MONTHS_HELDOUT112),
        "ch": "|".join(CHAMORRO_MONTHS_HELDOUT112),
        "af": "|".join(AFGHAN_MONTHS_HELDOUT112),
    }
    assert any(re.fullmatch(r"\d\d/\d\d/(?:19|20)\d\d", d) for d in dobs)  # Pakistan's, Zimbabwe's, the US's
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", d) for d in dobs)  # a Pakistani form's
    assert any(re.fullmatch(r"13\d\d/\d\d/\d\d", d) for d in dobs)  # an Afghan tazkira's
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dobs)  # the Faroese
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['af']}) 13\d\d", d) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['en']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?:{months['en']}) \d{{1,2}}, \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['sn']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}}\. (?:{months['fo']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} di (?:{months['ch']}), \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dobs)  # a paste's ISO date


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen112(11)
    templates = {gen.secret(c)[0] for c in (True, False, None) * 300}
    for cue in ("kisi ko mat batana", "کسی کو مت بتانا", "چاته یې مه وایه", "chata ye ma waya", "usaudza munhu",
                "sig tað ikki fyri nøkrum", "chamu sangåni ni håyi", "don't tell nobody"):  # fmt: skip
        assert any(cue in t for t in templates), cue
    for paste in ("PAYNOW_INTEGRATION_KEY=", "ECONOMIC_APP_SECRET_TOKEN=", "ECONOMIC_AGREEMENT_GRANT_TOKEN=",
                  "TEKMETRIC_CLIENT_SECRET=", "SHOPMONKEY_API_KEY=", "JAZZCASH_INTEGRITY_SALT=",
                  "EASYPAISA_HASH_KEY=", "MOBILEPAY_CLIENT_SECRET=", "WIFI:T:WPA;", "smbclient"):  # fmt: skip
        assert any(paste in t for t in templates), paste
    for _ in range(300):
        template, value = gen.secret(False)
        if template.startswith("PAYNOW"):
            assert re.fullmatch(
                r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", value
            ), value
        if template.startswith("SHOPMONKEY"):
            assert re.fullmatch(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", value), value
        if template.startswith("ECONOMIC"):
            assert re.fullmatch(r"[A-Za-z0-9]{43}", value), value
        if template.startswith("EASYPAISA"):
            assert re.fullmatch(r"[A-Z0-9]{16}", value), value
        if template.startswith(("WIFI:", "smbclient", "nmcli")):
            assert not re.search(r"[;:%\s]", value), value
    # every secret in the build comes after a cue or a key the sentence names, in one of its languages
    cue = re.compile(
        r"(?i)password|passcode|\bm?pin\b|code|login|key|token|secret|salt|loyniorð|koden|koduna|wifi|-U |"
        r"پاس ورڈ|پاسورډ"
    )
    for seed in SEEDS[:3]:
        for e in build_heldout112(seed):
            for s, _, k in e.spans:
                if k == "SECRET":
                    assert cue.search(e.text[:s]), e.text
