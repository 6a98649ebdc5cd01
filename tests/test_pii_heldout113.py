"""Held-out set 113's own checks: its name forms, titles, kin words, clan names, scripts, dates and formats (the
shared shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout113 import (
    ASSAMESE_DIGITS_HELDOUT113,
    ASSAMESE_HELDOUT113,
    ASSAMESE_MIDDLE_HELDOUT113,
    ASSAMESE_MONTHS_HELDOUT113,
    ASSAMESE_NICK_HELDOUT113,
    ASSAMESE_SCRIPT_HELDOUT113,
    ASSAMESE_SPLIT_HELDOUT113,
    ASSAMESE_VARIANT_HELDOUT113,
    CHAT_ONLY_FORMS_HELDOUT113,
    CYRILLIC_HELDOUT113,
    DEFAULT_SCRIPTS_HELDOUT113,
    FORCED_FORMS_HELDOUT113,
    FORCED_SENTENCES_HELDOUT113,
    FORM_ONLY_FORMS_HELDOUT113,
    FORM_SCRIPTS_HELDOUT113,
    HELDOUT113_MIXED,
    HELDOUT113_NEGATIVES,
    HELDOUT113_SEED,
    HELDOUT113_TEMPLATES,
    IBAN_BY_ORIGIN_HELDOUT113,
    IBAN_SHAPES_HELDOUT113,
    KIN_AFTER_HELDOUT113,
    KIN_SLOT_HELDOUT113,
    MEN_FORMS_HELDOUT113,
    NAME_LOCALES_HELDOUT113,
    NAME_TYPOS_HELDOUT113,
    NAMES_HELDOUT113,
    NICKS_HELDOUT113,
    OJIBWE_GIVEN_HELDOUT113,
    OJIBWE_MONTHS_HELDOUT113,
    OJIBWE_NICK_HELDOUT113,
    OJIBWE_OLD_HELDOUT113,
    OJIBWE_SUFFIX_HELDOUT113,
    ORIGIN_CUES_HELDOUT113,
    ORIGINS_HELDOUT113,
    PUBLIC_FIGURES_HELDOUT113,
    RUSSIAN_MONTHS_HELDOUT113,
    SURNAME_FIRST_LEADS_HELDOUT113,
    TITLE_SLOT_HELDOUT113,
    TITLED_HELDOUT113,
    UDMURT_CYR_HELDOUT113,
    UDMURT_GIVEN_HELDOUT113,
    UDMURT_MONTHS_HELDOUT113,
    UDMURT_NICK_HELDOUT113,
    UDMURT_PASSPORT_HELDOUT113,
    UDMURT_PATRONYMIC_HELDOUT113,
    WOMEN_FORMS_HELDOUT113,
    XHOSA_CLANS_HELDOUT113,
    XHOSA_ENGLISH_HELDOUT113,
    XHOSA_MONTHS_HELDOUT113,
    XHOSA_NICK_HELDOUT113,
    Gen113,
    _asm,
    _cyr,
    _feminine,
    _fold,
    _plain,
    _reads_public,
    _typo113,
    build_heldout113,
)
from tests.helpers import phrase_in

EXAMPLES = build_heldout113()
SEEDS = [HELDOUT113_SEED, 1, 2, 3, 113, 4242]
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(tatomkhulu|tata|mamncinci|makhulu|mama|srimati|sri|শ্ৰীমতী|tyotya|dyadya|тётя|дядя|баба|"
    r"дед|песянай|песятай|nokomis|mishomis|kokum|auntie|uncle|elder|chief) $"
)
KIN_AFTER = re.compile(r"(?i)^ (baideu|dada|khura|khuri|mahi|বাইদেউ|দাদা)(?![\w'])")
INITIAL = re.compile(r"(?:[^\W\d_]\.)+")  # 'L.', 'L.X.', 'З.'


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
    """Every word of the names, in lower case, as written and without marks."""
    words = {w.lower() for n in names for w in n.split()}
    return words | {_fold(w) for w in words}


def _udmurt_lasts() -> list[str]:
    lasts = NAMES_HELDOUT113["udmurt"][2]
    return lasts + [_feminine(x) for x in lasts]


def _patronymics() -> list[str]:
    return [p for pair in UDMURT_PATRONYMIC_HELDOUT113.values() for p in pair]


def _origin_words() -> dict[str, set[str]]:
    """Every word a name of each origin may hold, in every form and script the set writes it."""
    out = {}
    for origin, (men, women, lasts) in NAMES_HELDOUT113.items():
        names = men + women + lasts + list(NICKS_HELDOUT113[origin].values())
        typos = [typo for name, typo in NAME_TYPOS_HELDOUT113.items() if name in men + women + lasts]
        names += typos
        if origin == "xhosa":
            names += ["née"] + list(XHOSA_CLANS_HELDOUT113.values())
        if origin == "assamese":
            names += (
                ["Devi"]
                + list(ASSAMESE_SPLIT_HELDOUT113.values())
                + list(ASSAMESE_VARIANT_HELDOUT113.values())
            )
            names += list(ASSAMESE_MIDDLE_HELDOUT113) + list(ASSAMESE_MIDDLE_HELDOUT113.values())
            names += list(ASSAMESE_SCRIPT_HELDOUT113.values())
        if origin == "udmurt":
            latin = names + _udmurt_lasts() + _patronymics() + [_feminine(t) for t in typos]
            latin += list(UDMURT_PASSPORT_HELDOUT113.values())
            words = {w for n in latin for w in n.split()}
            names = latin + [
                _cyr(w) for w in words if w in UDMURT_CYR_HELDOUT113 or w[:-1] in UDMURT_CYR_HELDOUT113
            ]
        if origin == "ojibwe":
            names += OJIBWE_SUFFIX_HELDOUT113 + list(OJIBWE_OLD_HELDOUT113.values()) + ["Maiingan"]
        out[origin] = _low(names)
    return out


WORDS = _origin_words()


def _in(origin: str, value: str) -> bool:
    """Whether every word of `value` is a name word of `origin` (or an initial); a hyphen joins two."""
    words = [w for part in value.split() for w in part.split("-")]
    return all(w.strip(",").lower() in WORDS[origin] or INITIAL.fullmatch(w) for w in words)


def _forms_present(persons: list[tuple[str, str, str, int]]) -> dict[tuple[str, str], bool]:
    """Whether each of FORCED_FORMS_HELDOUT113's forms shows in the values (case aside, as a sentence may have
    been put in lower case or capitals whole)."""
    values = [v for v, _, _, _ in persons]
    low = [v.lower() for v in values]
    names = {origin: [_low(group) for group in groups] for origin, groups in NAMES_HELDOUT113.items()}
    givens = {origin: men | women for origin, (men, women, _) in names.items()}
    lasts = {origin: groups[2] for origin, groups in names.items()}
    ud_lasts = _low(_udmurt_lasts()) | {_cyr(x).lower() for x in _udmurt_lasts()}
    ud_givens = givens["udmurt"] | {_cyr(g).lower() for g in sum(NAMES_HELDOUT113["udmurt"][:2], [])}
    ud_pats = _low(_patronymics()) | {_cyr(p).lower() for p in _patronymics()}
    oj_english = _low(g for g in sum(NAMES_HELDOUT113["ojibwe"][:2], []) if g not in OJIBWE_GIVEN_HELDOUT113)
    oj_given = _low(OJIBWE_GIVEN_HELDOUT113)
    xh_english = _low(XHOSA_ENGLISH_HELDOUT113)

    def typo(origin: str) -> bool:
        men, women, family = NAMES_HELDOUT113[origin]
        typos = {t.lower() for n, t in NAME_TYPOS_HELDOUT113.items() if n in men + women + family}
        typos |= {_feminine(t) for t in typos}
        return any(set(v.split()) & typos for v in low)

    def exactly(pool) -> bool:  # noqa: ANN001
        pool = {p.lower() for p in pool}
        return any(v in pool for v in low)

    def joined(origin: str) -> bool:  # 'Nosipho Ndlebe-Mgwebi', 'Charlene Moonias-Kejick'
        return any(
            any(
                "-" in w and all(p in lasts[origin] for p in w.split("-")) and len(w.split("-")) == 2
                for w in v.split()
            )
            for v in low
        )

    yo_words = {_fold(w).lower() for w in UDMURT_CYR_HELDOUT113.values() if _fold(w) != w} | {
        _fold(_cyr(x)).lower() for x in _udmurt_lasts() if _fold(_cyr(x)) != _cyr(x)
    }
    return {
        # 'Justice Luthando Mgwebi'
        ("xhosa", "two_given"): any(
            len(p := v.split()) == 3
            and p[0] in xh_english
            and p[1] in givens["xhosa"]
            and p[2] in lasts["xhosa"]
            for v in low
        ),
        # 'MGWEBI Luthando Xolani', 'Mgwebi, Nosipho'
        ("xhosa", "surname_first"): any(
            (m := re.fullmatch(r"(\S+?),? (.+)", v))
            and m[1].lower() in lasts["xhosa"]
            and all(w.lower() in givens["xhosa"] for w in m[2].split())
            for v in values
        ),
        ("xhosa", "married"): any(_in("xhosa", v) and "née" in v.split() for v in low) or joined("xhosa"),
        # 'L.X. Mgwebi', 'L. X. Mgwebi', 'N. Ndlebe'
        ("xhosa", "initials"): any(
            (m := re.fullmatch(r"(?:\w\. ?){1,2} ?(\S+)", v)) and m[1] in lasts["xhosa"] for v in low
        ),
        ("xhosa", "clan"): exactly(XHOSA_CLANS_HELDOUT113.values()),
        ("xhosa", "nickname"): exactly(XHOSA_NICK_HELDOUT113.values()),
        ("xhosa", "typo"): typo("xhosa"),
        ("assamese", "script"): any(ASSAMESE_HELDOUT113.search(v) and _in("assamese", v) for v in values),
        # 'Dhruba Jyoti Buragohain'
        ("assamese", "split"): any(
            f" {w} " in f" {v} "
            for s in ASSAMESE_SPLIT_HELDOUT113.values()
            for w in (s.lower(), _asm(s))
            for v in low
        ),
        ("assamese", "two_given"): any(v.startswith(("rashmi rekha", _asm("Rashmi Rekha"))) for v in low),
        ("assamese", "devi"): any(
            v.endswith((" devi", " " + _asm("Devi"))) and _in("assamese", v) for v in low
        ),
        # 'Pulak Chandra Deka', 'Pulak Ch. Deka'
        ("assamese", "middle"): any(
            len(p := v.split()) == 3
            and p[1] in {"chandra", "kumar", "ch.", "kr."}
            and p[2] in lasts["assamese"]
            for v in low
        ),
        ("assamese", "variant"): any(
            set(v.split()) & {x.lower() for x in ASSAMESE_VARIANT_HELDOUT113.values()} for v in low
        ),
        # 'D. J. Buragohain', 'P.C. Deka', 'P. Deka'
        ("assamese", "initials"): any(
            (m := re.fullmatch(r"(?:\w\. ?){1,2} ?(\S+)", v)) and m[1] in lasts["assamese"] for v in low
        ),
        ("assamese", "nickname"): exactly(ASSAMESE_NICK_HELDOUT113.values()),
        ("assamese", "typo"): typo("assamese"),
        # 'Zinaida Petrovna Korepanova', 'Зинаида Петровна Корепанова'
        ("udmurt", "patronymic"): any(
            len(p := v.split()) == 3 and p[0] in ud_givens and p[1] in ud_pats and p[2] in ud_lasts
            for v in low
        ),
        # 'Zinaida Petrovna'
        ("udmurt", "name_patronymic"): any(
            len(p := v.split()) == 2 and p[0] in ud_givens and p[1] in ud_pats for v in low
        ),
        ("udmurt", "cyrillic"): any(CYRILLIC_HELDOUT113.search(v) and _in("udmurt", v) for v in values),
        # 'Корепанова Зинаида Петровна', 'КОРЕПАНОВА Зинаида Петровна'
        ("udmurt", "surname_first"): any(
            CYRILLIC_HELDOUT113.search(v)
            and len(p := v.split()) == 3
            and p[0] in ud_lasts
            and p[1] in ud_givens
            and p[2] in ud_pats
            for v in low
        ),
        # 'Korepanova Z. P.', 'Корепанова З. П.', 'З.П. Корепанова'
        ("udmurt", "initials"): any(
            ((m := re.fullmatch(r"(\S+) \w\. \w\.", v)) or (m := re.fullmatch(r"\w\.\w\. (\S+)", v)))
            and m[1] in ud_lasts
            for v in low
        ),
        # 'Петр Семенович Ложкин', 'Зарни Серегина'
        ("udmurt", "yo_dropped"): any(
            CYRILLIC_HELDOUT113.search(v) and set(v.split()) & yo_words and _in("udmurt", v) for v in low
        ),
        # 'EGOR TRONIN', 'Gennadii Ivshin'
        ("udmurt", "passport"): any(
            set(v.split()) & {x.lower() for x in UDMURT_PASSPORT_HELDOUT113.values()} for v in low
        ),
        ("udmurt", "udmurt_given"): any(
            len(p := v.split()) == 2
            and p[0] in _low(UDMURT_GIVEN_HELDOUT113) | {_cyr(g).lower() for g in UDMURT_GIVEN_HELDOUT113}
            and p[1] in ud_lasts
            for v in low
        ),
        ("udmurt", "nickname"): exactly(
            list(UDMURT_NICK_HELDOUT113.values()) + [_cyr(n) for n in UDMURT_NICK_HELDOUT113.values()]
        ),
        ("udmurt", "typo"): typo("udmurt"),
        ("ojibwe", "ojibwe_given"): any(
            len(p := v.split()) == 2 and p[0] in oj_given and p[1] in lasts["ojibwe"] for v in low
        ),
        # 'Darrell Giiwedin Kejick'
        ("ojibwe", "both_names"): any(
            len(p := v.split()) == 3 and p[0] in oj_english and p[1] in oj_given and p[2] in lasts["ojibwe"]
            for v in low
        ),
        # 'KEJICK, DARRELL W.', 'Moonias, Charlene'
        ("ojibwe", "surname_first"): any(
            (m := re.fullmatch(r"(\S+), (\S+)(?: \w\.)?", v))
            and m[1] in lasts["ojibwe"]
            and m[2] in oj_english
            for v in low
        ),
        ("ojibwe", "middle_initial"): any(
            (m := re.fullmatch(r"(\S+) \w\. (\S+)", v)) and m[1] in oj_english and m[2] in lasts["ojibwe"]
            for v in low
        ),
        ("ojibwe", "suffix"): any(
            v.split()[-1] in {s.lower() for s in OJIBWE_SUFFIX_HELDOUT113} and _in("ojibwe", v) for v in low
        ),
        ("ojibwe", "hyphenated"): joined("ojibwe"),
        ("ojibwe", "old_spelling"): any(
            set(v.split()) & {x.lower() for x in OJIBWE_OLD_HELDOUT113.values()} for v in low
        ),
        ("ojibwe", "ascii"): any("maiingan" in v.split() for v in low),
        ("ojibwe", "nickname"): exactly(OJIBWE_NICK_HELDOUT113.values()),
        ("ojibwe", "typo"): typo("ojibwe"),
    }


def _titled_origins(examples: list) -> set[str]:
    """The origins of the titles before names (and the Assamese kin words after them) in the build."""
    out = set()
    for e in examples:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            m = TITLE_BEFORE.search(e.text[:start])
            if m:
                out.add(TITLED_HELDOUT113[m[1].lower()][0])
            if KIN_AFTER.match(e.text[end:]):
                out.add("assamese")
    return out


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT113 == [] and HELDOUT113_SEED == 1133907
    assert ORIGINS_HELDOUT113 == list(NAMES_HELDOUT113)


def test_a_title_or_a_kin_word_stays_outside_the_span() -> None:
    titled = kin = 0
    kin_words = {k.lower() for k in KIN_AFTER_HELDOUT113}
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT113.match(words[0] + " {}"), (value, e.text)
            assert words[-1].lower() not in kin_words, (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]))
            kin += bool(KIN_AFTER.match(e.text[end:]))
    assert titled >= 10 and kin >= 2, (titled, kin)


def test_every_title_and_kin_word_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT113.items():
        assert origin in NAMES_HELDOUT113, title
        assert part in ("full", "given", "family", "given_or_family"), title
        slot = f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT113.search(slot) and TITLE_SLOT_HELDOUT113.search(slot.upper()), title
        assert TITLE_SLOT_HELDOUT113.search(slot.capitalize()), title
    for kin in KIN_AFTER_HELDOUT113:
        assert KIN_SLOT_HELDOUT113.search(f"{{}} {kin} came") and KIN_SLOT_HELDOUT113.search(
            f"{{}} {kin.upper()}"
        )
    # no title or kin word is a word of the lists' names, nor a clan name
    every_word = {
        w.lower()
        for groups in NAMES_HELDOUT113.values()
        for group in groups
        for n in group
        for w in n.split()
    }
    every_word |= {c.lower() for c in XHOSA_CLANS_HELDOUT113.values()}
    assert not set(TITLED_HELDOUT113) & every_word
    assert not set(KIN_AFTER_HELDOUT113) & every_word
    # a title in a template stands among its own people's words, and each one is used
    templates = [t for ts in HELDOUT113_TEMPLATES.values() for t in ts] + [t for t, _ in HELDOUT113_MIXED]
    templates += [t for ts in FORCED_SENTENCES_HELDOUT113.values() for t in ts]
    found = Counter()
    for template in templates:
        cue = next((o for c, o in ORIGIN_CUES_HELDOUT113 if c.search(template)), None)
        m = TITLE_SLOT_HELDOUT113.search(template)
        if m:
            found[m[1].lower()] += 1
            assert cue in (None, TITLED_HELDOUT113[m[1].lower()][0]), template
        k = KIN_SLOT_HELDOUT113.search(template)
        if k:
            found[k[1].lower()] += 1
            assert cue in (None, "assamese") and not m, template
    assert set(found) == set(TITLED_HELDOUT113) | set(KIN_AFTER_HELDOUT113), (
        set(TITLED_HELDOUT113) | set(KIN_AFTER_HELDOUT113)
    ) - set(found)


@pytest.mark.parametrize("seed", [1, 113])
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    gen = Gen113(seed)
    for title, (origin, woman, part) in TITLED_HELDOUT113.items():
        men, women, lasts = NAMES_HELDOUT113[origin]
        if origin == "udmurt":
            lasts = _udmurt_lasts()
        nicks = list(NICKS_HELDOUT113[origin].values())
        for _ in range(25):
            value = gen.titled_person(title)
            assert _in(origin, value), (title, value)
            assert bool(CYRILLIC_HELDOUT113.search(value)) == bool(CYRILLIC_HELDOUT113.search(title)), value
            assert bool(ASSAMESE_HELDOUT113.search(value)) == bool(ASSAMESE_HELDOUT113.search(title)), value
            latin = value
            if CYRILLIC_HELDOUT113.search(title):
                latin = next(k for k, c in UDMURT_CYR_HELDOUT113.items() if c == value)
            if part == "given":
                own = men + women if woman is None else women if woman else men
                assert latin in own or latin in nicks, (title, value)
            if part == "given_or_family":
                own = women if woman else men
                assert latin in own + lasts, (title, value)
    for kin, woman in KIN_AFTER_HELDOUT113.items():
        men, women, _ = NAMES_HELDOUT113["assamese"]
        for _ in range(15):
            value = gen.kin_person(kin)
            if ASSAMESE_HELDOUT113.search(kin):
                assert value in {_asm(g) for g in (women if woman else men)}, (kin, value)
            else:
                assert value in (women if woman else men) or value in ASSAMESE_NICK_HELDOUT113.values(), value


def test_every_name_comes_from_the_hand_written_lists() -> None:
    for seed in SEEDS[:3]:
        for value, text, _, _ in _persons(build_heldout113(seed)):
            assert any(_in(origin, value) for origin in ORIGINS_HELDOUT113), (value, text)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    examples = build_heldout113(seed)
    for value, text, _, _ in _persons(examples):
        assert not _reads_public(value), (value, text)
    for text in HELDOUT113_NEGATIVES:
        assert not _reads_public(text), text
    # nor inside a login or an e-mail address ('dumisantsebeza48')
    joined = {_plain(full) for full in PUBLIC_FIGURES_HELDOUT113} - {""}
    for e in examples:
        for s, t, k in e.spans:
            if k in ("USERNAME", "EMAIL_ADDRESS"):
                assert not any(j in _plain(e.text[s:t]) for j in joined), e.text
    # every public figure listed could be drawn from the lists' words, so the guard is what keeps them out
    for full in PUBLIC_FIGURES_HELDOUT113:
        assert any(_in(origin, full) for origin in ORIGINS_HELDOUT113), full


def test_the_guard_reads_a_public_figure_in_any_order_and_script() -> None:
    assert _reads_public("BELLECOURT, CLYDE W.") and _reads_public("Clyde Bellecourt Jr.")
    assert _reads_public("ВОЛКОВ Александр Петрович") and _reads_public("aleksandr volkov")
    assert _reads_public("অংগৰাগ মহন্ত") and _reads_public("Mamoni Goswami")
    assert not _reads_public("Clyde Animikii Kejick") and not _reads_public("Aleksandr Chirkov")


def test_public_figures_come_only_inside_place_and_institution_names() -> None:
    places = [
        t
        for t in HELDOUT113_NEGATIVES
        if re.search(r"Mandela|Sisulu|Bordoloi|Kalashnikov|Chaikovsky|Morrisseau", t)
    ]
    assert len(places) >= 6
    for text in places:
        assert re.search(r"Drive|University|airport|Nagar|museum|theatre|mural", text), text


def test_the_name_forms_appear() -> None:
    present = _forms_present(_persons())
    assert set(present) == set(FORCED_FORMS_HELDOUT113)
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", SEEDS[1:])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    present = _forms_present(_persons(build_heldout113(seed)))
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_and_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout113(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT113), seed
    persons = _persons(examples)
    for origin in ORIGINS_HELDOUT113:
        # a whole name in capitals in a sentence not written so whole, and one in lower case likewise
        assert any(
            v.isupper() and " " in v and style != "upper" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)
        assert any(
            v.islower() and " " in v and style != "lower" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    """The build hands out every form of FORCED_FORMS_HELDOUT113: in the sentences the draws make, and in a
    sentence of its own for any the draws did not reach."""
    gen = Gen113(seed)
    built = assemble_module_set(
        gen, HELDOUT113_TEMPLATES, HELDOUT113_MIXED, HELDOUT113_NEGATIVES, _typo113, person=gen.person_for
    )
    left = list(gen.owed)
    forced = gen.forced_examples()
    assert gen.owed == [] and len(forced) == 3 * len(ORIGINS_HELDOUT113) + len(left), (seed, left)
    assert len(left) <= 8, (seed, left)  # most forms come from the draws themselves
    for example in forced:
        built.insert(gen.rng.randrange(len(built) + 1), example)
    assert [(e.text, e.spans) for e in built] == [(e.text, e.spans) for e in build_heldout113(seed)]
    assert 340 <= len(built) <= 400, (seed, len(built))


def test_the_forced_sentences_hold_one_slot_and_the_titles_or_kin_words_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT113.items():
        for template in templates:
            assert template.count("{}") == 1, template
            title = TITLE_SLOT_HELDOUT113.search(template)
            kin = KIN_SLOT_HELDOUT113.search(template)
            if key in NAMES_HELDOUT113:
                assert (title and TITLED_HELDOUT113[title[1].lower()][0] == key) or (
                    kin and key == "assamese"
                ), template
            else:
                assert not title and not kin, template
            if key in ("upper", "form"):
                assert not _chat_like(template) and ":" in template, template
            if key in ("lower", "chat"):
                assert _chat_like(template), template


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen113(7)
    for origin, form in FORCED_FORMS_HELDOUT113:
        for woman in (False, True, None):
            for script in sorted(FORM_SCRIPTS_HELDOUT113.get((origin, form), DEFAULT_SCRIPTS_HELDOUT113)):
                for _ in range(5):
                    value = gen._form(origin, form, woman, script)
                    assert value.strip() == value and value, (origin, form, value)
                    assert _in(origin, value), (origin, form, script, value)
                    assert not _reads_public(value), (origin, form, value)
                    if script == "ascii":
                        assert value == _fold(value), (origin, form, value)
                    if script == "assamese" or form == "script":
                        assert ASSAMESE_HELDOUT113.search(value) and not re.search("[A-Za-z]", value), value
                    else:
                        assert not ASSAMESE_HELDOUT113.search(value), (form, value)
                    cyrillic = script == "cyrillic" or form in ("cyrillic", "surname_first", "yo_dropped")
                    if origin == "udmurt" and cyrillic:
                        assert CYRILLIC_HELDOUT113.search(value) and not re.search("[A-Za-z]", value), value
                    elif origin == "udmurt" and form != "nickname":
                        assert not CYRILLIC_HELDOUT113.search(value), (form, script, value)
                    if form in MEN_FORMS_HELDOUT113:
                        assert not any(w in value.split() for w in NAMES_HELDOUT113[origin][1]), (form, value)
                    if form in WOMEN_FORMS_HELDOUT113:
                        assert not any(w in value.split() for w in NAMES_HELDOUT113[origin][0]), (form, value)


def test_the_forms_that_want_a_chat_or_a_form_or_a_script_are_owed_only_there() -> None:
    gen = Gen113(3)
    for o, form in FORCED_FORMS_HELDOUT113:
        scripts = FORM_SCRIPTS_HELDOUT113.get((o, form), DEFAULT_SCRIPTS_HELDOUT113)
        script = "" if "" in scripts else sorted(scripts)[0]
        gen.owed = [(o, form)]
        chat = gen._owed_for(o, None, script, True)
        paper = gen._owed_for(o, None, script, False)
        if form == "clan":  # given only where a neighbour thanks a person by it
            assert chat is None and paper is None
            continue
        assert (chat is None) == (form in FORM_ONLY_FORMS_HELDOUT113), (o, form)
        assert (paper is None) == (form in CHAT_ONLY_FORMS_HELDOUT113), (o, form)
        kind = form not in FORM_ONLY_FORMS_HELDOUT113
        assert (gen._owed_for(o, False, script, kind) is None) == (form in WOMEN_FORMS_HELDOUT113), (o, form)
        assert (gen._owed_for(o, True, script, kind) is None) == (form in MEN_FORMS_HELDOUT113), (o, form)


def test_a_clan_name_comes_where_a_neighbour_thanks_a_person() -> None:
    gen = Gen113(9)
    for _ in range(20):
        assert (
            gen.person_for("enkosi {}, you drove Makhulu to the clinic again")
            in XHOSA_CLANS_HELDOUT113.values()
        )
    assert _typo113(random.Random(1), "enkosi {}, thanks for today") == "enkosi {}, thanks for today"
    clans = [
        e.text[s:t]
        for seed in SEEDS[:3]
        for e in build_heldout113(seed)
        for s, t, k in e.spans
        if k == "PERSON" and e.text.lower().startswith("enkosi ")
    ]
    assert clans and all(c.lower() in {x.lower() for x in XHOSA_CLANS_HELDOUT113.values()} for c in clans)
    # and the clan names come in a negative only as a custom explained
    assert any("Jola" in t and "clan" in t for t in HELDOUT113_NEGATIVES)


def test_a_template_in_a_script_gets_a_name_of_its_people_in_that_script() -> None:
    assamese = cyrillic = 0
    for seed in SEEDS[:3]:
        for e in build_heldout113(seed):
            for start, end, etype in e.spans:
                if etype != "PERSON":
                    continue
                value, rest = e.text[start:end], e.text[:start] + e.text[end:]
                if re.search(r"[A-Za-z]{3}", rest):
                    continue
                if ASSAMESE_HELDOUT113.search(rest):
                    assamese += 1
                    assert ASSAMESE_HELDOUT113.search(value) and _in("assamese", value), (value, e.text)
                elif CYRILLIC_HELDOUT113.search(rest):
                    cyrillic += 1
                    assert CYRILLIC_HELDOUT113.search(value) and _in("udmurt", value), (value, e.text)
    assert assamese >= 3 and cyrillic >= 8, (assamese, cyrillic)


def test_a_family_name_first_template_gets_its_people_s_name() -> None:
    gen = Gen113(5)
    for lead, origin in SURNAME_FIRST_LEADS_HELDOUT113.items():
        assert any(t.startswith(lead) for ts in HELDOUT113_TEMPLATES.values() for t in ts), lead
        lasts = NAMES_HELDOUT113[origin][2]
        if origin == "udmurt":
            lasts = [_cyr(x) for x in _udmurt_lasts()]
        for _ in range(15):
            value = gen.person_for(f"{lead}: {{}}")
            assert _in(origin, value) and not any(_in(o, value) for o in ORIGINS_HELDOUT113 if o != origin), (
                value
            )
            first = value.split()[0].strip(",").lower()
            assert first in {x.lower() for x in lasts}, value


def test_the_helpers_for_name_forms() -> None:
    assert _plain("Ma'iingan") == "maiingan" and _plain("Rashmi Rekha") == "rashmirekha"
    assert _fold("Пётр Семёнович") == "Петр Семенович" and _fold("Ӟарни") == "Зарни"
    assert _fold("Геннадий") == "Геннадий"  # 'й' is a letter of its own, not 'и' with a mark
    assert _fold("বুঢ়াগোহাঁই") == "বুঢ়াগোহাঁই"  # Assamese script is left as written
    assert _cyr("Zinaida Petrovna Korepanova") == "Зинаида Петровна Корепанова"
    assert _cyr("Svetlana Bekmemeteva") == "Светлана Бекмеметьева"
    assert _asm("Dhrubajyoti Buragohain") == "ধ্ৰুৱজ্যোতি বুঢ়াগোহাঁই"
    with pytest.raises(KeyError):
        _cyr("John Smith")
    with pytest.raises(KeyError):
        _asm("John Smith")


def test_the_other_spellings_belong_to_listed_names() -> None:
    men, women, lasts = NAMES_HELDOUT113["assamese"]
    words = {w for n in men + women + lasts for w in n.split()} | {"Devi", "Chandra", "Kumar"}
    words |= {w for s in ASSAMESE_SPLIT_HELDOUT113.values() for w in s.split()}
    assert set(ASSAMESE_SCRIPT_HELDOUT113) == words
    for latin, script in ASSAMESE_SCRIPT_HELDOUT113.items():
        assert ASSAMESE_HELDOUT113.search(script) and not re.search("[A-Za-z]", script), latin
    assert any("ৰ" in s or "ৱ" in s for s in ASSAMESE_SCRIPT_HELDOUT113.values())  # Assamese, not Bengali
    for joined, split in ASSAMESE_SPLIT_HELDOUT113.items():
        assert split.replace(" ", "").lower() == joined.lower() and joined in men + women, split
    assert set(ASSAMESE_VARIANT_HELDOUT113) <= set(men + lasts)
    men, women, lasts = NAMES_HELDOUT113["udmurt"]
    for word in men + women + lasts + _patronymics() + list(UDMURT_NICK_HELDOUT113.values()):
        assert word in UDMURT_CYR_HELDOUT113, word
        assert CYRILLIC_HELDOUT113.search(UDMURT_CYR_HELDOUT113[word]), word
    assert any(re.search("[ёӞӟ]", _cyr(w)) for w in men + women)  # the yo_dropped form has something to drop
    assert set(UDMURT_GIVEN_HELDOUT113) <= set(men + women)
    assert all(p.endswith(("ich", "na")) for p in _patronymics())
    assert set(UDMURT_PASSPORT_HELDOUT113) <= set(men + women + _udmurt_lasts())
    men, women, lasts = NAMES_HELDOUT113["ojibwe"]
    assert set(OJIBWE_GIVEN_HELDOUT113) <= set(men + women) and set(OJIBWE_OLD_HELDOUT113) == set(
        OJIBWE_GIVEN_HELDOUT113
    )
    assert set(XHOSA_ENGLISH_HELDOUT113) <= set(sum(NAMES_HELDOUT113["xhosa"][:2], []))
    assert set(XHOSA_CLANS_HELDOUT113) == set(NAMES_HELDOUT113["xhosa"][2])
    for origin, nicks in NICKS_HELDOUT113.items():
        men, women, lasts = NAMES_HELDOUT113[origin]
        assert set(nicks) <= set(men + women), origin
        assert not set(nicks.values()) & set(men + women + lasts), origin
        assert not _low(lasts) & _low(men + women), origin  # no family name doubles as a given name
    assert set(NAME_TYPOS_HELDOUT113) <= {n for o in NAMES_HELDOUT113.values() for n in o[0] + o[1] + o[2]}
    assert all(
        k != v and _fold(k) != _fold(v) and len(v) in (len(k) - 1, len(k), len(k) + 1)
        for k, v in NAME_TYPOS_HELDOUT113.items()
    )
    for origin, (men, women, lasts) in NAMES_HELDOUT113.items():
        assert any(n in NAME_TYPOS_HELDOUT113 for n in men + women + lasts), origin


def test_the_typo_leaves_forms_titles_and_kin_words_alone() -> None:
    rng = random.Random(113)
    assert _typo113(rng, "Surname, First names: {}") == "Surname, First names: {}"
    assert _typo113(rng, "LAST, FIRST MIDDLE: {}") == "LAST, FIRST MIDDLE: {}"
    for _ in range(50):
        assert _typo113(rng, "tyotya {} brings the medicine from the pharmacy in Vavozh").startswith(
            "tyotya {} "
        )
        assert _typo113(rng, "{} baideu is coming from Jorhat to sit with aita this weekend").startswith(
            "{} baideu "
        )
        assert _typo113(rng, "баба {} опять не берёт трубку, съезди к ней").startswith("баба {} ")


def test_the_typo_slips_a_care_word_or_a_shorthand() -> None:
    slipped = {
        _typo113(random.Random(i), "please ask about the pension and the prescription tomorrow {}")
        for i in range(80)
    }
    assert "please ask about the pention and the prescription tomorrow {}" in slipped
    assert "please ask about the pension and the perscription tomorrow {}" in slipped
    assert "pls ask about the pension and the prescription tomorrow {}" in slipped
    russian = {_typo113(random.Random(i), "спасибо, {} приедет завтра") for i in range(20)}
    assert "спс, {} приедет завтра" in russian


def test_negatives_name_no_listed_person() -> None:
    fulls = set()
    for origin, (men, women, lasts) in NAMES_HELDOUT113.items():
        if origin == "udmurt":
            lasts = _udmurt_lasts()
        for first in men + women:
            for last in lasts:
                fulls |= {f"{first} {last}", f"{last} {first}"}
                if origin == "udmurt":
                    fulls |= {_cyr(f"{first} {last}"), _cyr(f"{last} {first}")}
                if origin == "assamese":
                    fulls |= {_asm(f"{first} {last}")}
    for text in HELDOUT113_NEGATIVES:
        assert not phrase_in(text, fulls), text
    # the titles, the kin words, the clans and the naming customs are explained there
    assert any("Tata" in text and "Makhulu" in text for text in HELDOUT113_NEGATIVES)
    assert any("baideu" in text and "khura" in text for text in HELDOUT113_NEGATIVES)
    assert any("Devi" in text for text in HELDOUT113_NEGATIVES)
    assert any("песянай" in text for text in HELDOUT113_NEGATIVES)
    assert any("Petrovna" in text and "patronymic" in text for text in HELDOUT113_NEGATIVES)
    assert any("Nokomis" in text and "Mishomis" in text for text in HELDOUT113_NEGATIVES)
    assert any("doodem" in text for text in HELDOUT113_NEGATIVES)
    # room, waiting-list, admission, order, reference and registry numbers are no PII of TYPES
    assert (
        sum(
            bool(
                re.search(
                    r"(?i)room number|waiting list number|admission number|order number|reference|registry", t
                )
            )
            for t in HELDOUT113_NEGATIVES
        )
        >= 6
    )
    assert 70 <= len(HELDOUT113_NEGATIVES) <= 95


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    """In the sentences that give a name and then an address or a phone, the value is mostly of the name's
    region."""
    regions = {
        "xhosa": r"Mthatha|Mdantsane|East London|Gqeberha|Gugulethu|Khayelitsha|Nyanga|^0[678]|^\+27|^04[137] |"
        r"^021 |^\+44",
        "assamese": r"Guwahati|Jorhat|Dibrugarh|গুৱাহাটী|^\+91|^0[6-9]\d{4} |^[6-9]\d{9}$|^03(?:61|76|73)-|^\+971",
        "udmurt": r"Ижевск|Izhevsk|Бураново|Вавож|Глазов|Glazov|Можга|^\+7|^8 \(|^89|^\(34141\)",
        "ojibwe": r"Thunder Bay|Fort William|Winnipeg|Red Lake|Cass Lake|White Earth|Sault|^\(807\)|^807|^\(204\)|"
        r"^431|^\+1 218|^\(705\)|^906",
    }
    pairs = same = 0
    for seed in SEEDS[:4]:
        for e in build_heldout113(seed):
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
    for seed in SEEDS:
        for e in build_heldout113(seed):
            for s, t, k in e.spans:
                value = re.sub(r"[\s-]", "", e.text[s:t]).upper()
                if k == "IBAN_CODE":
                    assert value[:2] in IBAN_SHAPES_HELDOUT113, value
                    countries[value[:2]] += 1
                if k == "CREDIT_CARD":  # Visa, Mastercard, Amex, Mir, RuPay
                    m = re.match(r"220[0-4]|4|5[1-5]|2[2-7]|3[47]|6521|60|8[12]", value)
                    assert m, value
                    brands["mir" if m[0].startswith("220") else m[0][:2]] += 1
                    assert len(value) == (15 if value[:2] in ("34", "37") else 16), value
    assert set(countries) == set(IBAN_SHAPES_HELDOUT113), countries
    # South Africa, India, Russia, Canada and the United States have no IBAN
    assert not set(countries) & {"ZA", "IN", "RU", "CA", "US"}
    assert {c for cs in IBAN_BY_ORIGIN_HELDOUT113.values() for c in cs} == set(IBAN_SHAPES_HELDOUT113)
    assert brands["mir"] and (brands["60"] or brands["65"] or brands["81"] or brands["82"]), brands
    assert brands["34"] or brands["37"], brands


def _years(dob: str) -> list[int]:
    ascii_digits = dob.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789"))
    return [int(y) for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", ascii_digits)]


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    for dob, text in dobs:
        years = _years(dob)
        assert len(years) == 1 and 1928 <= years[0] <= 2004, (dob, text)
    assert [e.text for e in build_heldout113()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout113(HELDOUT113_SEED + 5)] != [e.text for e in EXAMPLES]
    for i in range(20):
        shapes = Gen113(i)._dob_shapes()
        day, month, year = shapes["in"].split("/")
        assert shapes["ru"] == f"{day}.{month}.{year}" and shapes["ca"] == f"{year}-{month}-{day}"
        assert shapes["us"] == f"{month}/{day}/{year}" and shapes["za"] == f"{year}/{month}/{day}"
        assert shapes["as_words"].split()[-1] == year.translate(ASSAMESE_DIGITS_HELDOUT113)
        assert 1928 <= int(year) <= 1962  # an elder's, by default


def test_dates_of_birth_come_in_each_people_s_shapes() -> None:
    dobs = [
        e.text[s:t]
        for seed in SEEDS
        for e in build_heldout113(seed)
        for s, t, k in e.spans
        if k == "DATE_OF_BIRTH"
    ]
    months = {
        "en": "January|February|March|April|May|June|July|August|September|October|November|December",
        "xh": "|".join(XHOSA_MONTHS_HELDOUT113),
        "as": "|".join(ASSAMESE_MONTHS_HELDOUT113),
        "ru": "|".join(RUSSIAN_MONTHS_HELDOUT113),
        "ud": "|".join(UDMURT_MONTHS_HELDOUT113),
        "oj": "|".join(OJIBWE_MONTHS_HELDOUT113),
    }
    assert any(re.fullmatch(r"(?:19|20)\d\d/\d\d/\d\d", d) for d in dobs)  # South Africa's
    assert any(re.fullmatch(r"\d\d/\d\d/(?:19|20)\d\d", d) for d in dobs)  # India's, a US form's
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", d) for d in dobs)  # an Indian form's
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dobs)  # Russia's
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dobs)  # Canada's and a paste's ISO date
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['en']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?:{months['en']}) \d{{1,2}}, \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['xh']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"[০-৯]{{1,2}} (?:{months['as']}) [০-৯]{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['ru']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['ud']}) \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?:{months['oj']}) \d{{1,2}}, \d{{4}}", d) for d in dobs)
    # the 'года' after a Russian date stays outside the span
    assert not any("год" in d or d.endswith("г.") for d in dobs)


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen113(11)
    templates = {gen.secret(c)[0] for c in (True, False, None) * 300}
    for cue in ("ungaxeleli mntu", "kakuko nokoba", "কাকো নক'ব", "никому не говори", "нокинлы эн вера",
                "miigwech"):  # fmt: skip
        assert any(cue in t for t in templates), cue
    for paste in ("OZOW_PRIVATE_KEY=", "OZOW_API_KEY=", "SNAPSCAN_API_KEY=", "PHONEPE_SALT_KEY=",
                  "TINKOFF_TERMINAL_PASSWORD=", "VK_ACCESS_TOKEN=", "POINTCLICKCARE_CLIENT_SECRET=",
                  "ALAYACARE_API_KEY=", "MONERIS_API_TOKEN=", "WIFI:T:WPA;", "nmcli"):  # fmt: skip
        assert any(paste in t for t in templates), paste
    for _ in range(300):
        template, value = gen.secret(False)
        if template.startswith(("PHONEPE", "SNAPSCAN")):
            assert re.fullmatch(
                r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", value
            ), value
        if template.startswith("VK_"):
            assert re.fullmatch(r"vk1\.a\.[\w-]{160,200}", value), value
        if template.startswith("OZOW_API"):
            assert re.fullmatch(r"[0-9a-f]{32}", value), value
        if template.startswith(("OZOW_PRIVATE", "POINTCLICKCARE")):
            assert re.fullmatch(r"[A-Za-z0-9]{32}", value), value
        if template.startswith("TINKOFF"):
            assert re.fullmatch(r"[a-z0-9]{16}", value), value
        if template.startswith(("WIFI:", "nmcli")):
            assert not re.search(r"[;:%\s]", value), value
    # every secret in the build comes after a cue or a key the sentence names, in one of its languages
    cue = re.compile(
        r"(?i)password|passcode|\bpin\b|пин-код|code|login|key|token|secret|wifi|пароль|iphasiwedi|পাছৱৰ্ড"
    )
    for seed in SEEDS[:3]:
        for e in build_heldout113(seed):
            for s, _, k in e.spans:
                if k == "SECRET":
                    assert cue.search(e.text[:s]), e.text


def test_usernames_and_emails_are_built_from_the_lists() -> None:
    pieces = {
        _plain(w)
        for origin, (men, women, lasts) in NAMES_HELDOUT113.items()
        for w in men + women + lasts + list(NICKS_HELDOUT113[origin].values())
    } | {_plain(x) for x in _udmurt_lasts()}
    for seed in SEEDS[:3]:
        for e in build_heldout113(seed):
            for s, t, k in e.spans:
                if k in ("USERNAME", "EMAIL_ADDRESS"):
                    local = e.text[s:t].split("@")[0].lower()
                    assert re.fullmatch(r"[a-z0-9._-]+", local), e.text
                    assert any(p in local for p in pieces if len(p) >= 3), e.text
