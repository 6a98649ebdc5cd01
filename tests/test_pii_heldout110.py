"""Held-out set 110's own checks: its name forms, titles, kin words, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout110 import (
    BALI_CASTE_ABBREV_HELDOUT110,
    BALI_CASTE_HELDOUT110,
    BALI_CASTE_SHORT_HELDOUT110,
    BALI_NICK_HELDOUT110,
    BALI_ORDER_HELDOUT110,
    CHAT_ONLY_FORMS_HELDOUT110,
    CYRILLIC_HELDOUT110,
    DEFAULT_SCRIPTS_HELDOUT110,
    FORCED_FORMS_HELDOUT110,
    FORCED_SENTENCES_HELDOUT110,
    FORM_ONLY_FORMS_HELDOUT110,
    FORM_SCRIPTS_HELDOUT110,
    FR_MONTHS_HELDOUT110,
    HELDOUT110_MIXED,
    HELDOUT110_NEGATIVES,
    HELDOUT110_SEED,
    HELDOUT110_TEMPLATES,
    IBAN_BY_ORIGIN_HELDOUT110,
    IBAN_SHAPES_HELDOUT110,
    ID_MONTHS_HELDOUT110,
    KANAK_NICK_HELDOUT110,
    KIN_AFTER_HELDOUT110,
    KIN_SLOT_HELDOUT110,
    NAME_LOCALES_HELDOUT110,
    NAME_TYPOS_HELDOUT110,
    NAMES_HELDOUT110,
    NICKS_HELDOUT110,
    ORIGIN_CUES_HELDOUT110,
    ORIGINS_HELDOUT110,
    PUBLIC_FIGURES_HELDOUT110,
    RU_MONTHS_HELDOUT110,
    TAJIK_CYRILLIC_HELDOUT110,
    TAJIK_FATHERS_HELDOUT110,
    TAJIK_NEW_ENDINGS_HELDOUT110,
    TAJIK_NICK_HELDOUT110,
    TAJIK_STEMS_HELDOUT110,
    TAJIK_TRANSLIT_HELDOUT110,
    TITLE_SLOT_HELDOUT110,
    TITLED_HELDOUT110,
    WOMEN_FORMS_HELDOUT110,
    YORUBA_MUSLIM_HELDOUT110,
    YORUBA_NICK_HELDOUT110,
    YORUBA_TONAL_HELDOUT110,
    Gen110,
    _fold,
    _ordinal,
    _plain,
    _reads_public,
    _tj_cyrillic,
    _tj_word,
    _typo110,
    build_heldout110,
)
from tests.helpers import phrase_in

EXAMPLES = build_heldout110()
SEEDS = [HELDOUT110_SEED, 1, 2, 3, 110, 4242]
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(jero mangku|le vieux|alhaji|alhaja|chief|oga|aunty|iya|baba|egbon|engr\.|ustod|domullo|"
    r"hoji|дядя|тётя|tonton|tata|mémé|pasteur|monsieur|madame|pak|bu|bli|mbok) $"
)
KIN_AFTER = re.compile(r"(?i)^ (aka|apa|bobo)(?![\w'])")
INITIAL = re.compile(r"(?:[^\W\d_]\.-?)+")  # 'O.', 'O.T.', 'J.-M.', 'I.B.'
# the words that stand inside a Balinese name as a KTP writes it, never titles outside the span
BALI_PARTS = {"i", "ni", "luh", "ida", "bagus", "ayu", "anak", "agung", "gusti", "ngurah", "cokorda", "dewa"}


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


def _cyrillic_too(latin: set[str]) -> set[str]:
    """The Tajik words in Cyrillic as well, Russian and Tajik spellings, in lower case."""
    out = set()
    for word in latin:
        for tajik in (False, True):
            try:
                out.add(_tj_word(word.capitalize(), tajik).lower())
            except KeyError:
                pass
    return out


def _origin_words() -> dict[str, set[str]]:
    """Every word a name of each origin may hold, in every form the set writes it."""
    out = {}
    for origin, (men, women, lasts) in NAMES_HELDOUT110.items():
        names = men + women + lasts + list(NICKS_HELDOUT110[origin].values())
        names += [typo for name, typo in NAME_TYPOS_HELDOUT110.items() if name in men + women + lasts]
        if origin == "yoruba":
            names += list(YORUBA_TONAL_HELDOUT110.values())
        if origin == "tajik":
            names += [f"{n}a" for n in lasts] + list(TAJIK_TRANSLIT_HELDOUT110.values())
            names += [f"{n}a" for n in TAJIK_TRANSLIT_HELDOUT110.values()]
            names += [f"{NAME_TYPOS_HELDOUT110[n]}a" for n in lasts if n in NAME_TYPOS_HELDOUT110]
            names += [s + e for s in TAJIK_STEMS_HELDOUT110.values() for e in TAJIK_NEW_ENDINGS_HELDOUT110]
            names += [f + e for f in TAJIK_FATHERS_HELDOUT110 for e in ("ovich", "ovna")]
            names += [f"{g}i" for g in men + women if g[-1] not in "aeiou"]  # the izofat
        if origin == "kanak":
            names += ["épouse", "née"]
        if origin == "balinese":
            names += [t for ts in BALI_CASTE_HELDOUT110.values() for t in ts]
            names += [a for abbrevs in BALI_CASTE_ABBREV_HELDOUT110.values() for a in abbrevs]
            names += list(BALI_CASTE_SHORT_HELDOUT110.values()) + ["I", "Ni", "Luh"]
        words = _low(names)
        out[origin] = words | _cyrillic_too(words) if origin == "tajik" else words
    return out


WORDS = _origin_words()


def _word_in(origin: str, word: str) -> bool:
    w = word.strip(",").lower()
    if w in WORDS[origin] or INITIAL.fullmatch(w):
        return True
    # 'Adeyemi-Ogunleye': two listed family names joined
    return "-" in w and all(part in WORDS[origin] for part in w.split("-"))


def _in(origin: str, value: str) -> bool:
    """Whether every word of `value` is a name word of `origin` (or an initial)."""
    return all(_word_in(origin, w) for w in value.split())


def _forms_present(persons: list[tuple[str, str, str, int]]) -> dict[tuple[str, str], bool]:
    """Whether each of FORCED_FORMS_HELDOUT110's forms shows in the values (case aside, as a sentence may have
    been put in lower case or capitals whole, except where the form is a matter of case)."""
    values = [v for v, _, _, _ in persons]
    low = [v.lower() for v in values]
    names = {origin: [_low(group) for group in groups] for origin, groups in NAMES_HELDOUT110.items()}
    givens = {origin: men | women for origin, (men, women, _) in names.items()}
    lasts = {origin: groups[2] for origin, groups in names.items()}
    tj_family = lasts["tajik"] | {f"{n}a" for n in lasts["tajik"]}
    tj_new = _low(s + e for s in TAJIK_STEMS_HELDOUT110.values() for e in TAJIK_NEW_ENDINGS_HELDOUT110)
    fathers = {f.lower() for f in TAJIK_FATHERS_HELDOUT110}
    patronymics = {f + e for f in fathers for e in ("ovich", "ovna")}
    orders = _low(o for group in BALI_ORDER_HELDOUT110.values() for o in group)
    personals = givens["balinese"]
    castes = [t.lower() for ts in BALI_CASTE_HELDOUT110.values() for t in ts]
    abbrevs = [a.lower() for a_s in BALI_CASTE_ABBREV_HELDOUT110.values() for a in a_s]

    def typo(origin: str) -> bool:
        typos = {
            _fold(t).lower()
            for n, t in NAME_TYPOS_HELDOUT110.items()
            if n in NAMES_HELDOUT110[origin][2] + NAMES_HELDOUT110[origin][0] + NAMES_HELDOUT110[origin][1]
        }
        typos |= {f"{t}a" for t in typos} if origin == "tajik" else set()
        return any(set(_fold(v).split()) & typos for v in low)

    def exactly(pool) -> bool:  # noqa: ANN001
        pool = {p.lower() for p in pool}
        return any(v in pool for v in low)

    def cyrillic_words(words: set[str]) -> set[str]:
        return _cyrillic_too(words)

    return {
        # 'Oluwaseun Temitope Adeyemi'
        ("yoruba", "middle"): any(
            len(p := v.split()) == 3
            and p[0] in givens["yoruba"]
            and p[1] in givens["yoruba"]
            and p[2] in lasts["yoruba"]
            for v in low
        ),
        # a JAMB or NIN form: 'ADEYEMI Oluwaseun Temitope', 'Adeyemi, Folake T.', 'ADEYEMI, FOLAKE'
        ("yoruba", "surname_first"): any(
            (m := re.fullmatch(r"(\S+?)(,?) (.+)", v))
            and m[1].lower() in lasts["yoruba"]
            and (m[2] or m[1].isupper())
            and all(w.lower() in givens["yoruba"] or INITIAL.fullmatch(w) for w in m[3].split())
            for v in values
        ),
        ("yoruba", "tonal"): any(v != _fold(v) and _in("yoruba", v) for v in values),
        # 'O. T. Adeyemi', 'O.T. Adeyemi', 'K. Lawal'
        ("yoruba", "initials"): any(
            (m := re.fullmatch(r"(?:\w\. ?){1,2} ?(\S+)", v)) and m[1] in lasts["yoruba"] for v in low
        ),
        ("yoruba", "double_barrel"): any(
            "-" in w and all(p in lasts["yoruba"] for p in w.split("-")) for v in low for w in v.split()
        ),
        ("yoruba", "nickname"): exactly(YORUBA_NICK_HELDOUT110.values()),
        ("yoruba", "typo"): typo("yoruba"),
        # 'Firuz Bahromovich Rahimov', 'Фируз Бахромович', 'RAHIMOV Firuz Bahromovich'
        ("tajik", "patronymic"): any(
            set(v.replace(",", "").split()) & (patronymics | cyrillic_words(patronymics)) for v in low
        ),
        # 'Firuz Rahimzoda', 'Sitora Nazari', 'Ситора Раҳимзода'
        ("tajik", "new_surname"): any(
            len(p := v.split()) >= 2
            and p[0].strip(",") in givens["tajik"] | cyrillic_words(givens["tajik"])
            and p[-1] in tj_new | cyrillic_words(tj_new)
            for v in low
        ),
        # 'Firuzi Bahrom': Firuz, son of Bahrom
        ("tajik", "izofat"): any(
            (m := re.fullmatch(r"(\S+)[iи] (\S+)", v))
            and (m[1] in givens["tajik"] | cyrillic_words(givens["tajik"]))
            and m[2] in fathers | cyrillic_words(fathers)
            for v in low
        ),
        ("tajik", "cyrillic"): any(CYRILLIC_HELDOUT110.search(v) and _in("tajik", v) for v in values),
        ("tajik", "translit"): any(set(v.split()) & _low(TAJIK_TRANSLIT_HELDOUT110.values()) for v in low),
        # a Russian form: 'RAHIMOV Firuz Bahromovich', 'Rahimzoda, Sitora', 'Рахимов Фируз Бахромович'
        ("tajik", "surname_first"): any(
            (m := re.fullmatch(r"(\S+?),? (\S+)(?: (\S+))?", v))
            and m[1] in (tj_family | tj_new) | cyrillic_words(tj_family | tj_new)
            and m[2] in givens["tajik"] | cyrillic_words(givens["tajik"])
            and (m[3] is None or m[3] in patronymics | cyrillic_words(patronymics))
            for v in low
        ),
        ("tajik", "nickname"): exactly(TAJIK_NICK_HELDOUT110.values()),
        ("tajik", "typo"): typo("tajik"),
        # 'Jean-Marc Wahetra'
        ("kanak", "hyphen_given"): any(
            len(p := v.split()) >= 2 and "-" in p[0] and p[0] in givens["kanak"] and p[-1] in lasts["kanak"]
            for v in low
        ),
        # a French form: 'WAHETRA Jean-Marc', 'Wéa Josiane'
        ("kanak", "surname_first"): any(
            (m := re.fullmatch(r"(\S+) (\S+)", v)) and m[1] in lasts["kanak"] and m[2] in givens["kanak"]
            for v in low
        ),
        ("kanak", "married"): any(
            {"épouse", "née", "epouse", "nee"} & set(v.split()) and _in("kanak", v) for v in low
        ),
        ("kanak", "ascii"): any(
            v == _fold(v)
            and set(v.split()) & {_fold(w) for w in lasts["kanak"] | givens["kanak"] if _fold(w) != w}
            for v in low
        ),
        # 'J.-M. Wahetra', 'S. Gowé'
        ("kanak", "initials"): any(
            (m := re.fullmatch(r"\w\.(?:-\w\.)? (\S+)", v)) and m[1] in lasts["kanak"] for v in low
        ),
        ("kanak", "nickname"): exactly(KANAK_NICK_HELDOUT110.values()),
        ("kanak", "typo"): typo("kanak"),
        # a KTP: 'I Wayan Sudarsana', 'Ni Luh Putu Ariani'
        ("balinese", "ktp"): any(
            (m := re.fullmatch(r"(?:i|ni|ni luh) (\S+) (\S+)", v)) and m[1] in orders and m[2] in personals
            for v in low
        ),
        ("balinese", "caste"): any(
            v.startswith(f"{c} ") and v.split()[-1] in personals for c in castes for v in low
        ),
        ("balinese", "caste_abbrev"): any(
            v.startswith(f"{a} ") and v.split()[-1] in personals for a in abbrevs for v in low
        ),
        # 'Gus De', 'Dayu Putu', 'Gung Tut'
        ("balinese", "caste_short"): any(
            (m := re.fullmatch(r"(\S+) (\S+)", v))
            and m[1] in _low(BALI_CASTE_SHORT_HELDOUT110.values())
            and m[2] in orders | _low(BALI_NICK_HELDOUT110.values())
            for v in low
        ),
        ("balinese", "no_marker"): any(
            (m := re.fullmatch(r"(\S+) (\S+)", v)) and m[1] in orders and m[2] in personals for v in low
        ),
        ("balinese", "order_only"): any(v in orders for v in low),
        ("balinese", "nickname"): exactly(BALI_NICK_HELDOUT110.values()),
        ("balinese", "typo"): typo("balinese"),
    }


def _titled_origins(examples: list) -> set[str]:
    """The origins of the titles and kin words before and after names in the build."""
    out = set()
    for e in examples:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            m = TITLE_BEFORE.search(e.text[:start])
            if m:
                out.add(TITLED_HELDOUT110[m[1].lower()][0])
            if KIN_AFTER.match(e.text[end:]):
                out.add("tajik")
    return out


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT110 == [] and HELDOUT110_SEED == 1104729
    assert ORIGINS_HELDOUT110 == list(NAMES_HELDOUT110)


def test_a_title_or_a_kin_word_stays_outside_the_span() -> None:
    titled = kin = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT110.match(words[0] + " {}"), (value, e.text)
            assert not TITLE_SLOT_HELDOUT110.match(" ".join(words[:2]) + " {}"), (value, e.text)
            assert words[-1].lower() not in KIN_AFTER_HELDOUT110, (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]))
            kin += bool(KIN_AFTER.match(e.text[end:]))
    assert titled >= 10 and kin >= 1, (titled, kin)


def test_i_ni_and_the_caste_titles_stay_inside_a_balinese_span() -> None:
    """'I', 'Ni', 'Luh' and the caste titles ('Ida Bagus', 'Anak Agung', 'I Gusti', 'Cokorda') are part of
    a Balinese name as a KTP writes it: the span holds them and never starts just after one."""
    seen = Counter()
    for seed in SEEDS[:3]:
        for e in build_heldout110(seed):
            for start, end, etype in e.spans:
                if etype != "PERSON":
                    continue
                before = e.text[:start].split()[-1:] or [""]
                assert before[0].lower() not in BALI_PARTS, (e.text[start:end], e.text)
                first = e.text[start:end].split()[0].lower()
                seen[first] += first in BALI_PARTS
    assert seen["i"] and seen["ni"] and (seen["ida"] or seen["anak"] or seen["cokorda"]), seen


def test_every_title_and_kin_word_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT110.items():
        assert origin in NAMES_HELDOUT110 and part in ("full", "given", "family", "child"), title
        slot = f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT110.search(slot) and TITLE_SLOT_HELDOUT110.search(slot.upper()), title
        assert TITLE_SLOT_HELDOUT110.search(slot.capitalize()), title
    for kin, (_, part) in KIN_AFTER_HELDOUT110.items():
        assert KIN_SLOT_HELDOUT110.search(f"{{}} {kin} said") and part == "given", kin
    # no title or kin word is a name of the lists
    every_name = {n.lower() for groups in NAMES_HELDOUT110.values() for group in groups for n in group}
    assert not set(TITLED_HELDOUT110) & every_name and not set(KIN_AFTER_HELDOUT110) & every_name
    # a title or a kin word in a template stands among its own people's words
    templates = [t for ts in HELDOUT110_TEMPLATES.values() for t in ts] + [t for t, _ in HELDOUT110_MIXED]
    templates += [t for ts in FORCED_SENTENCES_HELDOUT110.values() for t in ts]
    found = 0
    for template in templates:
        cue = next((o for c, o in ORIGIN_CUES_HELDOUT110 if c.search(template)), None)
        m = TITLE_SLOT_HELDOUT110.search(template)
        if m:
            found += 1
            assert cue in (None, TITLED_HELDOUT110[m[1].lower()][0]), template
        if KIN_SLOT_HELDOUT110.search(template):
            found += 1
            assert cue in (None, "tajik") and not m, template
    assert found >= 25


@pytest.mark.parametrize("seed", [1, 110])
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    gen = Gen110(seed)
    for title, (origin, woman, part) in TITLED_HELDOUT110.items():
        for _ in range(25):
            value = gen.titled_person(title)
            assert _in(origin, value), (title, value)
            assert bool(CYRILLIC_HELDOUT110.search(value)) == bool(CYRILLIC_HELDOUT110.search(title)), value
            if part in ("given", "child"):
                assert " " not in value, (title, value)
            if part == "family":
                assert value.lower() in _low(NAMES_HELDOUT110[origin][2]) | {
                    f"{n.lower()}a" for n in NAMES_HELDOUT110[origin][2]
                }, (title, value)
            if title in ("alhaji", "alhaja"):  # the hajj titles go with a Muslim given name
                assert value.split()[0] in YORUBA_MUSLIM_HELDOUT110[woman], (title, value)
    for kin, (woman, _) in KIN_AFTER_HELDOUT110.items():
        for _ in range(20):
            value = gen.kin_person(kin)
            own = NAMES_HELDOUT110["tajik"][1 if woman else 0]
            assert value in own or value.removesuffix("jon") in own, (kin, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    for seed in SEEDS[:3]:
        for value, text, _, _ in _persons(build_heldout110(seed)):
            assert any(_in(origin, value) for origin in ORIGINS_HELDOUT110), (value, text)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for value, text, _, _ in _persons(build_heldout110(seed)):
        assert not _reads_public(value), (value, text)
    for text in HELDOUT110_NEGATIVES:
        assert not _reads_public(text), text
    # every public figure listed could be drawn from the lists' words, so the guard is what keeps them out
    for full in PUBLIC_FIGURES_HELDOUT110:
        assert any(_in(origin, full) for origin in ORIGINS_HELDOUT110), full


def test_public_figures_come_only_inside_place_names() -> None:
    places = [
        t for t in HELDOUT110_NEGATIVES if re.search(r"Awolowo|Rudaki|Somoni|Tjibaou|Ngurah Rai|Subroto", t)
    ]
    assert len(places) >= 5
    for text in places:
        assert re.search(r"University|Way|Avenue|Centre|Bandara|Jl\.", text), text


def test_the_name_forms_appear() -> None:
    present = _forms_present(_persons())
    assert set(present) == set(FORCED_FORMS_HELDOUT110)
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", SEEDS[1:])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    present = _forms_present(_persons(build_heldout110(seed)))
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_and_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout110(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT110), seed
    persons = _persons(examples)
    for origin in ORIGINS_HELDOUT110:
        # a whole name in capitals in a sentence not written so whole, and one in lower case likewise
        assert any(
            v.isupper() and " " in v and style != "upper" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)
        assert any(
            v.islower() and " " in v and style != "lower" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    """The build hands out every form of FORCED_FORMS_HELDOUT110: in the sentences the draws make, and in a
    sentence of its own for any the draws did not reach."""
    gen = Gen110(seed)
    built = assemble_module_set(
        gen, HELDOUT110_TEMPLATES, HELDOUT110_MIXED, HELDOUT110_NEGATIVES, _typo110, person=gen.person_for
    )
    left = list(gen.owed)
    forced = gen.forced_examples()
    assert gen.owed == [] and len(forced) == 4 + 2 * len(ORIGINS_HELDOUT110) + len(left), (seed, left)
    for example in forced:
        built.insert(gen.rng.randrange(len(built) + 1), example)
    assert [(e.text, e.spans) for e in built] == [(e.text, e.spans) for e in build_heldout110(seed)]
    assert 340 <= len(built) <= 400, (seed, len(built))


def test_the_forced_sentences_hold_one_slot_and_the_titles_or_kin_words_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT110.items():
        for template in templates:
            assert template.count("{}") == 1, template
            title = TITLE_SLOT_HELDOUT110.search(template)
            kin = KIN_SLOT_HELDOUT110.search(template)
            if key in NAMES_HELDOUT110:
                assert (title and TITLED_HELDOUT110[title[1].lower()][0] == key) or (
                    kin and key == "tajik"
                ), template
            else:
                assert not title and not kin, template
            if key in ("upper", "form"):
                assert not _chat_like(template) and ":" in template, template
            if key in ("lower", "chat"):
                assert _chat_like(template), template


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen110(7)
    for origin, form in FORCED_FORMS_HELDOUT110:
        for woman in (False, True, None):
            for script in sorted(FORM_SCRIPTS_HELDOUT110.get((origin, form), DEFAULT_SCRIPTS_HELDOUT110)):
                for _ in range(5):
                    value = gen._form(origin, form, woman, script)
                    assert value.strip() == value and value, (origin, form, value)
                    assert _in(origin, value), (origin, form, script, value)
                    assert not _reads_public(value), (origin, form, value)
                    if script == "ascii":
                        assert value == _fold(value), (origin, form, value)
                    if script == "cyrillic" or form == "cyrillic":
                        assert CYRILLIC_HELDOUT110.search(value) and not re.search("[A-Za-z]", value), value
                    elif origin == "tajik":
                        assert not CYRILLIC_HELDOUT110.search(value), (form, value)


def test_the_forms_that_want_a_chat_or_a_form_or_a_script_are_owed_only_there() -> None:
    gen = Gen110(3)
    for o, form in FORCED_FORMS_HELDOUT110:
        scripts = FORM_SCRIPTS_HELDOUT110.get((o, form), DEFAULT_SCRIPTS_HELDOUT110)
        script = "" if "" in scripts else sorted(scripts)[0]
        gen.owed = [(o, form)]
        chat = gen._owed_for(o, None, script, True)
        paper = gen._owed_for(o, None, script, False)
        assert (chat is None) == (form in FORM_ONLY_FORMS_HELDOUT110), (o, form)
        assert (paper is None) == (form in CHAT_ONLY_FORMS_HELDOUT110), (o, form)
        assert gen._owed_for(o, False, script, form not in FORM_ONLY_FORMS_HELDOUT110) is None or (
            form not in WOMEN_FORMS_HELDOUT110
        ), (o, form)
        # a Cyrillic template takes only the Tajik forms that can be written in Cyrillic
        assert (gen._owed_for(None, None, "cyrillic", False) is not None) == (
            "cyrillic" in scripts and form not in CHAT_ONLY_FORMS_HELDOUT110
        ), (o, form)


def test_a_cyrillic_template_gets_a_tajik_name_in_cyrillic_and_a_latin_one_none() -> None:
    cyrillic = latin = 0
    for seed in SEEDS[:3]:
        for e in build_heldout110(seed):
            for start, end, etype in e.spans:
                if etype != "PERSON":
                    continue
                value, rest = e.text[start:end], e.text[:start] + e.text[end:]
                if CYRILLIC_HELDOUT110.search(rest) and not re.search(r"[A-Za-z]{3}", rest):
                    cyrillic += 1
                    assert CYRILLIC_HELDOUT110.search(value) and _in("tajik", value), (value, e.text)
                elif CYRILLIC_HELDOUT110.search(value):
                    latin += 1
                    assert _in("tajik", value), (value, e.text)
    assert cyrillic >= 10, cyrillic


def test_the_helpers_for_name_forms() -> None:
    assert _plain("Olúwaṣeun") == "oluwaseun" and _plain("Jean-Marc") == "jeanmarc"
    assert _plain("Kasarhérou") == "kasarherou" and _plain("Marie-Noëlle") == "marienoelle"
    assert _fold("Fọláké Ògúnlẹ́yẹ") == "Folake Ogunleye" and _fold("Ayọ̀déjì") == "Ayodeji"
    assert _tj_cyrillic("Firuz Bahromovich Rahimov", False) == "Фируз Бахромович Рахимов"
    assert _tj_cyrillic("Firuz Bahromovich Rahimov", True) == "Фирӯз Бахромович Раҳимов"
    assert _tj_cyrillic("Sitora Rahimova", True) == "Ситора Раҳимова"
    assert _tj_cyrillic("RAHIMOV, Firuz", False) == "РАХИМОВ, Фируз"
    assert _tj_cyrillic("Sitora Qurbonzoda", True) == "Ситора Қурбонзода"
    assert (
        _tj_cyrillic("Umed Nazari", True) == "Умед Назарӣ"
        and _tj_cyrillic("Umed Nazari", False) == "Умед Назари"
    )
    assert _tj_cyrillic("Firuzi Bahrom", True) == "Фирӯзи Баҳром"  # the izofat stays '-и'
    assert _tj_cyrillic("Umed Rahimyon", False) == "Умед Рахимён"
    with pytest.raises(KeyError):
        _tj_word("Smith", False)
    assert _reads_public("AYODEJI BALOGUN") and _reads_public("Emmanuel Kasarherou")
    assert not _reads_public("Ayodeji Adeyemi")
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


@pytest.mark.parametrize("seed", SEEDS[:3])
def test_no_public_figure_is_named_in_cyrillic_either(seed: int) -> None:
    publics = {
        _tj_cyrillic(full, tajik).lower()
        for full in PUBLIC_FIGURES_HELDOUT110
        if _in("tajik", full)
        for tajik in (False, True)
    }
    assert len(publics) >= 3
    for value, text, _, _ in _persons(build_heldout110(seed)):
        assert not any(p in value.lower() for p in publics), (value, text)


def test_the_other_spellings_belong_to_listed_names() -> None:
    men, women, lasts = NAMES_HELDOUT110["yoruba"]
    for plain, tonal in YORUBA_TONAL_HELDOUT110.items():
        assert plain in men + women + lasts and _fold(tonal) == plain and tonal != plain, (plain, tonal)
    assert set(YORUBA_NICK_HELDOUT110) <= set(men + women)
    for woman, muslim in YORUBA_MUSLIM_HELDOUT110.items():
        assert set(muslim) <= set(women if woman else men)
    assert not _low(lasts) & _low(men + women)  # no family name doubles as a given name in this list
    men, women, lasts = NAMES_HELDOUT110["tajik"]
    assert set(TAJIK_STEMS_HELDOUT110) == set(lasts) and all(n.endswith(("ov", "ev")) for n in lasts)
    assert set(TAJIK_CYRILLIC_HELDOUT110) == set(men + women + lasts) | set(TAJIK_STEMS_HELDOUT110.values())
    for latin, (ru, tj) in TAJIK_CYRILLIC_HELDOUT110.items():
        assert CYRILLIC_HELDOUT110.match(ru) and not re.search("[A-Za-z]", ru + tj), latin
        assert len(ru) in range(len(latin) - 3, len(latin) + 2), (latin, ru)
    assert set(TAJIK_TRANSLIT_HELDOUT110) <= set(men + women + lasts)
    for plain, spelt in TAJIK_TRANSLIT_HELDOUT110.items():
        low = spelt.lower()
        assert re.search("kh|dzh", low) and low.replace("kh", "h").replace("dzh", "j") == plain.lower(), spelt
    assert set(TAJIK_FATHERS_HELDOUT110) <= set(men)
    assert {n for n, v in TAJIK_NICK_HELDOUT110.items() if v.endswith("jon")} <= set(men + women)
    assert all(n + "jon" == v for n, v in TAJIK_NICK_HELDOUT110.items() if v.endswith("jon"))
    assert set(TAJIK_NICK_HELDOUT110) <= set(men + women)
    men, women, lasts = NAMES_HELDOUT110["kanak"]
    assert set(KANAK_NICK_HELDOUT110) <= set(men + women)
    assert any("-" in g for g in men) and any("-" in g for g in women)
    assert not _low(lasts) & _low(men + women)
    men, women, orders = NAMES_HELDOUT110["balinese"]
    assert set(orders) == {o for group in BALI_ORDER_HELDOUT110.values() for o in group}
    assert set(BALI_NICK_HELDOUT110) == set(orders)
    assert not _low(orders) & _low(men + women)
    for full in BALI_CASTE_ABBREV_HELDOUT110:
        assert any(t.startswith(full) for ts in BALI_CASTE_HELDOUT110.values() for t in ts), full
    assert set(NAME_TYPOS_HELDOUT110) <= {n for o in NAMES_HELDOUT110.values() for n in o[0] + o[1] + o[2]}
    assert all(
        k != v and _fold(k) != _fold(v) and len(v) in (len(k) - 1, len(k))
        for k, v in NAME_TYPOS_HELDOUT110.items()
    )
    for origin, (men, women, lasts) in NAMES_HELDOUT110.items():
        assert any(n in NAME_TYPOS_HELDOUT110 for n in men + women + lasts), origin


def test_the_typo_leaves_forms_titles_and_kin_words_alone() -> None:
    rng = random.Random(110)
    assert _typo110(rng, "Surname, First name, Middle name: {}") == "Surname, First name, Middle name: {}"
    assert _typo110(rng, "NOM Prénom : {}") == "NOM Prénom : {}"
    for _ in range(50):
        assert _typo110(rng, "Iya {} brought her son's WAEC result to scan and print").startswith("Iya {} b")
        assert _typo110(rng, "{} apa types the patent forms for the new arrivals from Kulob").startswith(
            "{} apa "
        )
        assert _typo110(rng, "tata {} fait les photocopies pour l'association de la tribu").startswith(
            "tata {} "
        )
        assert _typo110(rng, "Mbok {} bisa bantu cetak pas foto 3x4 latar merah").startswith("Mbok {} ")


def test_the_typo_slips_a_print_shop_word_or_a_shorthand() -> None:
    slipped = {
        _typo110(random.Random(i), "please bring the stationery and the cartridge tomorrow {}")
        for i in range(60)
    }
    assert "please bring the stationary and the cartridge tomorrow {}" in slipped
    assert "please bring the stationery and the catridge tomorrow {}" in slipped
    assert "pls bring the stationery and the cartridge tomorrow {}" in slipped
    russian = {_typo110(random.Random(i), "спасибо, {} щас придёт") for i in range(20)}
    assert "спс, {} щас придёт" in russian


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT110.values()
        for first in men + women
        for last in lasts
    } | {
        f"{last} {first}"
        for men, women, lasts in NAMES_HELDOUT110.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT110_NEGATIVES:
        assert not phrase_in(text, fulls, edges="b"), text
    # the titles, the kin words, the birth-order names and the naming customs are explained there
    assert any("Iya" in text and "Baba" in text for text in HELDOUT110_NEGATIVES)
    assert any("-zoda" in text for text in HELDOUT110_NEGATIVES)
    assert any("aka" in text and "apa" in text for text in HELDOUT110_NEGATIVES)
    assert any("tonton" in text and "tata" in text for text in HELDOUT110_NEGATIVES)
    assert any("Wayan" in text and "Ketut" in text for text in HELDOUT110_NEGATIVES)
    assert any("Ida Bagus" in text for text in HELDOUT110_NEGATIVES)
    assert 70 <= len(HELDOUT110_NEGATIVES) <= 95


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    """In the sentences that give a name and then an address, the address is mostly of the name's region."""
    regions = {
        "yoruba": r"Lagos|Ibadan|Abeokuta|Ogbomoso|London",
        "tajik": r"Душанбе|Dushanbe|Худжанд|Кӯлоб|Москва|Котельники",
        "kanak": r"Nouméa|Lifou|Maré|Koné|Dumbéa|Montpellier",
        "balinese": r"Bali",
    }
    pairs = same = 0
    for seed in SEEDS[:4]:
        for e in build_heldout110(seed):
            kinds = sorted(e.spans)
            if len(kinds) >= 2 and kinds[0][2] == "PERSON" and kinds[-1][2] == "STREET_ADDRESS":
                name = e.text[kinds[0][0] : kinds[0][1]]
                address = e.text[kinds[-1][0] : kinds[-1][1]]
                for origin, places in regions.items():
                    if _in(origin, name) and not any(_in(o, name) for o in regions if o != origin):
                        pairs += 1
                        same += bool(re.search(places, address, re.IGNORECASE))
    assert pairs >= 6 and same >= pairs // 2, (pairs, same)


def test_ibans_and_cards_are_of_the_listed_kinds() -> None:
    countries = Counter()
    for seed in SEEDS[:3]:
        for e in build_heldout110(seed):
            for s, t, k in e.spans:
                value = re.sub(r"[\s-]", "", e.text[s:t]).upper()
                if k == "IBAN_CODE":
                    assert value[:2] in IBAN_SHAPES_HELDOUT110, value
                    countries[value[:2]] += 1
                if k == "CREDIT_CARD":  # Visa, Mastercard, Mir, Verve, UnionPay, Amex
                    assert re.match(r"4|5[1-5]|2[2-7]|220[0-4]|5061|62|3[47]", value), value
                    assert len(value) == (15 if value[:2] in ("34", "37") else 16), value
    assert set(countries) == set(IBAN_SHAPES_HELDOUT110), countries
    # Nigeria, Tajikistan, Russia and Indonesia have no IBAN
    assert not set(countries) & {"NG", "TJ", "RU", "ID"}
    assert {c for cs in IBAN_BY_ORIGIN_HELDOUT110.values() for c in cs} == set(IBAN_SHAPES_HELDOUT110)


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    for dob, text in dobs:
        years = [int(y) for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", dob)]
        assert len(years) == 1 and 1938 <= years[0] <= 2008, (dob, text)
    assert [e.text for e in build_heldout110()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout110(HELDOUT110_SEED + 5)] != [e.text for e in EXAMPLES]
    # Nigeria, Russia, France and Indonesia put the day first
    for i in range(20):
        shapes = Gen110(i)._dob_shapes()
        day, month, year = shapes["ng"].split("/")
        assert shapes["ru"] == f"{day}.{month}.{year}" and shapes["iso"] == f"{year}-{month}-{day}"
        assert shapes["id"] == f"{day}-{month}-{year}" == shapes["ng_dash"] and shapes["fr"] == shapes["ng"]


def test_dates_of_birth_come_in_each_people_s_shapes() -> None:
    dobs = [e.text[s:t] for seed in SEEDS for e in build_heldout110(seed) for s, t, k in e.spans if k == "DATE_OF_BIRTH"]  # fmt: skip
    months = {
        "en": "January|February|March|April|May|June|July|August|September|October|November|December",
        "ru": "|".join(RU_MONTHS_HELDOUT110),
        "fr": "|".join(FR_MONTHS_HELDOUT110),
        "id": "|".join(ID_MONTHS_HELDOUT110),
    }
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dobs)  # Nigeria's and France's
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dobs)  # Russia's and Tajikistan's
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", d) for d in dobs)  # Indonesia's KTP
    assert any(re.fullmatch(rf"\d{{1,2}}(?:st|nd|rd|th) (?:{months['en']}), \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['ru']}) \d{{4}}", d.lower()) for d in dobs)
    assert any(re.fullmatch(rf"(?:1er|\d{{1,2}}) (?:{months['fr']}) \d{{4}}", d.lower()) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['id'].lower()}) \d{{4}}", d.lower()) for d in dobs)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dobs)  # a paste's ISO date
    # the Russian 'г.' after a date stays outside the span
    for seed in SEEDS[:3]:
        for e in build_heldout110(seed):
            for s, t, k in e.spans:
                if k == "DATE_OF_BIRTH":
                    assert not e.text[s:t].endswith(("г.", "г")), e.text


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen110(11)
    templates = {gen.secret(c)[0] for c in (True, False, None) * 300}
    for cue in ("ma so fun enikeni", "no show anybody", "никому не говори", "ба касе нагӯ", "ba kase nagu",
                "le dis à personne", "rahasia ya", "jangan dikasih ke pelanggan"):  # fmt: skip
        assert any(cue in t for t in templates), cue
    for paste in ("MONNIFY_API_KEY=", "YOOKASSA_SECRET_KEY=", "PAYZEN_PASSWORD=", "DUITKU_MERCHANT_KEY=",
                  "auth.webservices.auth-token=", "WIFI:T:WPA;", "Key Content", "Scan to folder"):  # fmt: skip
        assert any(paste in t for t in templates), paste
    for _ in range(200):
        template, value = gen.secret(False)
        if template.startswith("MONNIFY_API_KEY"):
            assert re.fullmatch(r"MK_PROD_[A-Z0-9]{10}", value), value
        if template.startswith("PAYZEN"):
            assert value.startswith("prodpassword_"), value
        if template.startswith("DUITKU"):
            assert re.fullmatch("[0-9a-f]{32}", value), value
        if template.startswith("WIFI:"):
            assert not re.search("[;:]", value), value
