"""Held-out set 111's own checks: its name forms, titles, kin words, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout111 import (
    AMHARA_GEEZ_HELDOUT111,
    AMHARA_NICK_HELDOUT111,
    AMHARA_SLASH_HELDOUT111,
    AMHARA_VARIANT_HELDOUT111,
    BURYAT_COMPOUND_HELDOUT111,
    BURYAT_CYRILLIC_HELDOUT111,
    BURYAT_FATHERS_HELDOUT111,
    BURYAT_LATIN_HELDOUT111,
    BURYAT_NICK_HELDOUT111,
    CHAT_ONLY_FORMS_HELDOUT111,
    CYRILLIC_HELDOUT111,
    DEFAULT_SCRIPTS_HELDOUT111,
    EC_MONTHS_GEEZ_HELDOUT111,
    EC_MONTHS_LATIN_HELDOUT111,
    ES_MONTHS_HELDOUT111,
    FORCED_FORMS_HELDOUT111,
    FORCED_SENTENCES_HELDOUT111,
    FORM_ONLY_FORMS_HELDOUT111,
    FORM_SCRIPTS_HELDOUT111,
    GALICIAN_CASTILIAN_HELDOUT111,
    GALICIAN_COMPOUND_HELDOUT111,
    GALICIAN_NICK_HELDOUT111,
    GALICIAN_PARTICLE_HELDOUT111,
    GEEZ_HELDOUT111,
    GL_MONTHS_HELDOUT111,
    HELDOUT111_MIXED,
    HELDOUT111_NEGATIVES,
    HELDOUT111_SEED,
    HELDOUT111_TEMPLATES,
    IBAN_BY_ORIGIN_HELDOUT111,
    IBAN_SHAPES_HELDOUT111,
    ID_MONTHS_HELDOUT111,
    KIN_AFTER_HELDOUT111,
    KIN_SLOT_HELDOUT111,
    MARIA_ABBREV_HELDOUT111,
    MEN_FORMS_HELDOUT111,
    MOCH_HELDOUT111,
    NAME_LOCALES_HELDOUT111,
    NAME_TYPOS_HELDOUT111,
    NAMES_HELDOUT111,
    NICKS_HELDOUT111,
    ORIGIN_CUES_HELDOUT111,
    ORIGINS_HELDOUT111,
    PUBLIC_FIGURES_HELDOUT111,
    RU_MONTHS_HELDOUT111,
    SUNDA_NICK_HELDOUT111,
    SUNDA_SECOND_HELDOUT111,
    TITLE_SLOT_HELDOUT111,
    TITLED_HELDOUT111,
    Gen111,
    _bu_cyrillic,
    _bu_word,
    _ethiopian,
    _fold,
    _geez,
    _plain,
    _reads_public,
    _typo111,
    build_heldout111,
)
from tests.helpers import phrase_in

EXAMPLES = build_heldout111()
SEEDS = [HELDOUT111_SEED, 1, 2, 3, 111, 4242]
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'./-])(ato|w/ro|w/rt|emama|etye|gashe|abba|memhir|አቶ|ወ/ሮ|don|dona|doña|señor|señora|avoa|tía|"
    r"tío|profe|тётя|дядя|kang|aa|teh|teteh|ceu|mang|bi|neng|abah|hj\.|haji) $"
)
KIN_AFTER = re.compile(r"(?i)^ (abgai|akhai|bagsha|абгай|ахай|багша)(?![\w'])")
# the words that stand inside a name ('bin', 'binti', 'Moch.', 'M.ª'), never before the span
INSIDE_PARTS = {"bin", "binti", "m.ª", "mª", "ma."} | {m.lower() for m in MOCH_HELDOUT111}
INITIAL = re.compile(r"(?:[^\W\d_]\.-?)+")


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


def _origin_words() -> dict[str, set[str]]:
    """Every word a name of each origin may hold, in every form and script the set writes it."""
    out = {}
    for origin, (men, women, lasts) in NAMES_HELDOUT111.items():
        names = men + women + lasts + list(NICKS_HELDOUT111[origin].values())
        names += [typo for name, typo in NAME_TYPOS_HELDOUT111.items() if name in men + women + lasts]
        if origin == "amhara":
            names += list(AMHARA_VARIANT_HELDOUT111.values()) + [
                a for a, _ in AMHARA_SLASH_HELDOUT111.values()
            ]
            names += list(AMHARA_GEEZ_HELDOUT111.values()) + [g for _, g in AMHARA_SLASH_HELDOUT111.values()]
        if origin == "galician":
            names += list(GALICIAN_CASTILIAN_HELDOUT111.values()) + GALICIAN_PARTICLE_HELDOUT111
            names += [c for cs in GALICIAN_COMPOUND_HELDOUT111.values() for c in cs] + MARIA_ABBREV_HELDOUT111
        if origin == "buryat":
            names += [f"{n}a" for n in lasts] + list(BURYAT_LATIN_HELDOUT111.values())
            names += [f"{NAME_TYPOS_HELDOUT111[n]}a" for n in lasts if n in NAME_TYPOS_HELDOUT111]
            names += [f + e for f in BURYAT_FATHERS_HELDOUT111 for e in ("ovich", "ovna")]
            names += [p for parts in BURYAT_COMPOUND_HELDOUT111 for p in parts]
        if origin == "sundanese":
            names += ["bin", "binti"] + MOCH_HELDOUT111
        words = _low(names)
        if origin == "buryat":
            cyrillic = set()
            for word in words:
                try:
                    cyrillic.add(_bu_word(word.capitalize()).lower())
                except KeyError:
                    pass
            words |= cyrillic
        out[origin] = words
    return out


WORDS = _origin_words()


def _word_in(origin: str, word: str) -> bool:
    w = word.strip(",").lower()
    if w in WORDS[origin]:
        return True
    # 'Gombo-Dorzho', 'Гомбо-Нима': a hyphenated compound of listed parts
    return "-" in w and all(part in WORDS[origin] for part in w.split("-"))


def _in(origin: str, value: str) -> bool:
    """Whether every word of `value` is a name word of `origin`."""
    return all(_word_in(origin, w) for w in value.split())


def _cyr(words: set[str]) -> set[str]:
    out = set()
    for word in words:
        try:
            out.add(_bu_word(word.capitalize()).lower())
        except KeyError:
            pass
    return words | out


def _forms_present(persons: list[tuple[str, str, str, int]]) -> dict[tuple[str, str], bool]:
    """Whether each of FORCED_FORMS_HELDOUT111's forms shows in the values (case aside, as a sentence may have
    been put in lower case or capitals whole)."""
    values = [v for v, _, _, _ in persons]
    low = [v.lower() for v in values]
    names = {origin: [_low(group) for group in groups] for origin, groups in NAMES_HELDOUT111.items()}
    givens = {origin: men | women for origin, (men, women, _) in names.items()}
    lasts = {origin: groups[2] for origin, groups in names.items()}
    gal_given = givens["galician"] | _low(GALICIAN_CASTILIAN_HELDOUT111.values())
    gal_last = lasts["galician"] | _low(GALICIAN_CASTILIAN_HELDOUT111.values())
    bu_given = _cyr(givens["buryat"])
    bu_last = _cyr(lasts["buryat"] | {f"{n}a" for n in lasts["buryat"]})
    patronymics = _cyr({f.lower() + e for f in BURYAT_FATHERS_HELDOUT111 for e in ("ovich", "ovna")})
    slashes = {s.lower() for pair in AMHARA_SLASH_HELDOUT111.values() for s in pair}

    def typo(origin: str) -> bool:
        typos = {
            _fold(t).lower()
            for n, t in NAME_TYPOS_HELDOUT111.items()
            if n in NAMES_HELDOUT111[origin][2] + NAMES_HELDOUT111[origin][0] + NAMES_HELDOUT111[origin][1]
        }
        typos |= {f"{t}a" for t in typos} if origin == "buryat" else set()
        return any(set(_fold(v).split()) & typos for v in low)

    def exactly(pool) -> bool:  # noqa: ANN001
        pool = {p.lower() for p in pool}
        return any(v in pool for v in low)

    def words(v: str) -> list[str]:
        return v.replace(",", "").split()

    return {
        # 'Mekdes Getachew Ayalew'
        ("amhara", "three_names"): any(
            len(p := v.split()) == 3 and p[0] in givens["amhara"] and {p[1], p[2]} <= lasts["amhara"]
            for v in low
        ),
        ("amhara", "geez"): any(GEEZ_HELDOUT111.search(v) and _in("amhara", v) for v in values),
        # 'Fasil W/Giorgis', 'ፋሲል ወ/ጊዮርጊስ'
        ("amhara", "slash"): any(set(v.split()) & slashes for v in low),
        # an American form: 'Getachew, Mekdes'
        ("amhara", "father_first"): any(
            (m := re.fullmatch(r"(\S+), (\S+)", v)) and m[1] in lasts["amhara"] and m[2] in givens["amhara"]
            for v in low
        ),
        ("amhara", "variant"): any(set(v.split()) & _low(AMHARA_VARIANT_HELDOUT111.values()) for v in low),
        ("amhara", "nickname"): exactly(AMHARA_NICK_HELDOUT111.values()),
        ("amhara", "typo"): typo("amhara"),
        # 'Xosé Piñeiro Vilariño'
        ("galician", "two_surnames"): any(
            len(p := v.split()) == 3 and p[0] in gal_given and {p[1], p[2]} <= gal_last for v in low
        ),
        ("galician", "castilian"): any(
            set(v.split()) & _low(GALICIAN_CASTILIAN_HELDOUT111.values()) and _in("galician", v) for v in low
        ),
        ("galician", "compound_given"): any(
            v.startswith(c.lower() + " ")
            for cs in GALICIAN_COMPOUND_HELDOUT111.values()
            for c in cs
            for v in low
        ),
        # 'PIÑEIRO VILARIÑO, XOSÉ', 'Rial Castiñeira, Noa', 'PIÑEIRO VILARIÑO Xosé'
        ("galician", "surname_first"): any(
            (m := re.fullmatch(r"(\S+) (\S+?)(,?) (\S+)", v))
            and {m[1].lower(), m[2].lower()} <= gal_last
            and m[4].lower() in gal_given
            and (m[3] or m[1].isupper())
            for v in values
        ),
        ("galician", "maria_abbrev"): any(
            v.startswith(a.lower() + " ") for a in MARIA_ABBREV_HELDOUT111 for v in low
        ),
        ("galician", "particle"): any(
            v.endswith(" " + p.lower()) for p in GALICIAN_PARTICLE_HELDOUT111 for v in low
        ),
        ("galician", "ascii"): any(
            v == _fold(v)
            and set(v.split()) & {_fold(w) for w in gal_last | givens["galician"] if _fold(w) != w}
            for v in low
        ),
        ("galician", "nickname"): exactly(GALICIAN_NICK_HELDOUT111.values()),
        ("galician", "typo"): typo("galician"),
        # 'Aldar Bayarovich Dugarov', 'Алдар Баярович Дугаров'
        ("buryat", "patronymic"): any(
            len(p := words(v)) == 3 and p[0] in bu_given and p[1] in patronymics and p[2] in bu_last
            for v in low
        ),
        # 'Tuyana Zhargalovna'
        ("buryat", "name_patronymic"): any(
            len(p := words(v)) == 2 and p[0] in bu_given and p[1] in patronymics for v in low
        ),
        # 'DUGAROV Aldar Bayarovich', 'Дугаров Алдар Баярович'
        ("buryat", "surname_first"): any(
            len(p := words(v)) == 3 and p[0] in bu_last and p[1] in bu_given and p[2] in patronymics
            for v in low
        ),
        ("buryat", "cyrillic"): any(CYRILLIC_HELDOUT111.search(v) and _in("buryat", v) for v in values),
        ("buryat", "hyphen_given"): any("-" in w and _word_in("buryat", w) for v in low for w in v.split()),
        ("buryat", "translit"): any(set(v.split()) & _low(BURYAT_LATIN_HELDOUT111.values()) for v in low),
        ("buryat", "nickname"): exactly(BURYAT_NICK_HELDOUT111.values()),
        ("buryat", "typo"): typo("buryat"),
        # 'Ade Supriatna', 'Imas Rohimah'
        ("sundanese", "two_names"): any(
            len(p := v.split()) == 2 and p[0] in givens["sundanese"] and p[1] in lasts["sundanese"]
            for v in low
        ),
        ("sundanese", "single"): any(v in givens["sundanese"] for v in low),
        # 'Jajang bin Endang', 'Imas binti Ohan'
        ("sundanese", "bin"): any(
            (m := re.fullmatch(r"(\S+) (?:bin|binti) (\S+)", v))
            and m[1] in givens["sundanese"]
            and m[2] in names["sundanese"][0]
            for v in low
        ),
        # 'Moch. Ridwan', 'Mochamad Ilham Nugraha'
        ("sundanese", "moch"): any(v.split()[0] in {m.lower() for m in MOCH_HELDOUT111} for v in low),
        ("sundanese", "nickname"): exactly(SUNDA_NICK_HELDOUT111.values()),
        ("sundanese", "typo"): typo("sundanese"),
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
                out.add(TITLED_HELDOUT111[m[1].lower()][0])
            if KIN_AFTER.match(e.text[end:]):
                out.add("buryat")
    return out


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT111 == [] and HELDOUT111_SEED == 1115303
    assert ORIGINS_HELDOUT111 == list(NAMES_HELDOUT111)


def test_a_title_or_a_kin_word_stays_outside_the_span() -> None:
    titled = kin = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT111.match(words[0] + " {}"), (value, e.text)
            assert words[-1].lower() not in KIN_AFTER_HELDOUT111, (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]))
            kin += bool(KIN_AFTER.match(e.text[end:]))
    assert titled >= 10 and kin >= 1, (titled, kin)


def test_bin_moch_the_slash_and_the_particles_stay_inside_the_span() -> None:
    """'bin' and 'binti', 'Moch.', 'M.ª', a slash compound ('W/Giorgis') and a particle ('do Campo') are part
    of a name as papers write it: the span holds them and never starts or ends just by one."""
    seen = Counter()
    for seed in SEEDS[:3]:
        for e in build_heldout111(seed):
            for start, end, etype in e.spans:
                if etype != "PERSON":
                    continue
                value = e.text[start:end].lower()
                before = e.text[:start].split()[-1:] or [""]
                assert before[0].lower() not in INSIDE_PARTS, (value, e.text)
                after = e.text[end:].split()[:1] or [""]
                assert after[0].lower() not in {"bin", "binti", "do", "da", "dos"}, (value, e.text)
                seen["bin"] += bool(re.search(r" bint?i? ", value))
                seen["slash"] += "/" in value
                seen["moch"] += value.split()[0] in INSIDE_PARTS
    assert seen["bin"] and seen["slash"] and seen["moch"], seen


def test_every_title_and_kin_word_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT111.items():
        assert origin in NAMES_HELDOUT111 and part in ("full", "given", "family"), title
        slot = f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT111.search(slot) and TITLE_SLOT_HELDOUT111.search(slot.upper()), title
        assert TITLE_SLOT_HELDOUT111.search(slot.capitalize()), title
    for kin in KIN_AFTER_HELDOUT111:
        assert KIN_SLOT_HELDOUT111.search(f"{{}} {kin} said"), kin
    # no title or kin word is a name of the lists
    every_name = {n.lower() for groups in NAMES_HELDOUT111.values() for group in groups for n in group}
    assert not set(TITLED_HELDOUT111) & every_name and not set(KIN_AFTER_HELDOUT111) & every_name
    # a title or a kin word in a template stands among its own people's words
    templates = [t for ts in HELDOUT111_TEMPLATES.values() for t in ts] + [t for t, _ in HELDOUT111_MIXED]
    templates += [t for ts in FORCED_SENTENCES_HELDOUT111.values() for t in ts]
    found = 0
    for template in templates:
        cue = next((o for c, o in ORIGIN_CUES_HELDOUT111 if c.search(template)), None)
        m = TITLE_SLOT_HELDOUT111.search(template)
        if m:
            found += 1
            assert cue in (None, TITLED_HELDOUT111[m[1].lower()][0]), template
        if KIN_SLOT_HELDOUT111.search(template):
            found += 1
            assert cue in (None, "buryat") and not m, template
    assert found >= 35


@pytest.mark.parametrize("seed", [1, 111])
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    gen = Gen111(seed)
    for title, (origin, woman, part) in TITLED_HELDOUT111.items():
        for _ in range(25):
            value = gen.titled_person(title)
            assert _in(origin, value), (title, value)
            assert bool(CYRILLIC_HELDOUT111.search(value)) == bool(CYRILLIC_HELDOUT111.search(title)), value
            assert bool(GEEZ_HELDOUT111.search(value)) == bool(GEEZ_HELDOUT111.search(title)), value
            if part == "given":
                assert " " not in value, (title, value)
            if part == "family":
                family = _low(NAMES_HELDOUT111[origin][2])
                assert all(w in family for w in value.lower().split()), (title, value)
            if woman is not None and part == "given" and origin != "sundanese":
                own = NAMES_HELDOUT111[origin][1 if woman else 0]
                plain = {n.lower() for n in own} | {
                    NICKS_HELDOUT111[origin][n].lower() for n in own if n in NICKS_HELDOUT111[origin]
                }
                geez = {_geez(n) for n in own} if origin == "amhara" else set()
                assert value.lower() in _cyr(plain) | geez, (title, value)
    for kin, woman in KIN_AFTER_HELDOUT111.items():
        for _ in range(20):
            value = gen.kin_person(kin)
            own = NAMES_HELDOUT111["buryat"][0] + NAMES_HELDOUT111["buryat"][1]
            if woman is not None:
                own = NAMES_HELDOUT111["buryat"][1 if woman else 0]
            assert value in own or value in {_bu_cyrillic(n) for n in own}, (kin, value)
            assert bool(CYRILLIC_HELDOUT111.search(value)) == bool(CYRILLIC_HELDOUT111.search(kin)), value


def test_every_name_comes_from_the_hand_written_lists() -> None:
    for seed in SEEDS[:3]:
        for value, text, _, _ in _persons(build_heldout111(seed)):
            assert any(_in(origin, value) for origin in ORIGINS_HELDOUT111), (value, text)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for value, text, _, _ in _persons(build_heldout111(seed)):
        assert not _reads_public(value), (value, text)
    for text in HELDOUT111_NEGATIVES:
        assert not _reads_public(text), text
    # every public figure listed could be drawn from the lists' words, so the guard is what keeps them out
    for full in PUBLIC_FIGURES_HELDOUT111:
        assert any(_in(origin, full) for origin in ORIGINS_HELDOUT111), full
    # nor in Ge'ez
    publics = {_geez(full) for full in PUBLIC_FIGURES_HELDOUT111 if _in("amhara", full)}
    assert publics
    for value, text, _, _ in _persons(build_heldout111(seed)):
        assert not any(p in value for p in publics), (value, text)


def test_public_figures_come_only_inside_place_names() -> None:
    places = [
        t
        for t in HELDOUT111_NEGATIVES
        if re.search(r"Menelik|Rosalía de Castro|Castelao|Dewi Sartika|Otto Iskandar|Lenin", t)
    ]
    assert len(places) >= 6
    for text in places:
        assert re.search(r"Avenue|airport|Praza|Jl\.|head on", text), text


def test_the_name_forms_appear() -> None:
    present = _forms_present(_persons())
    assert set(present) == set(FORCED_FORMS_HELDOUT111)
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", SEEDS[1:])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    present = _forms_present(_persons(build_heldout111(seed)))
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


def test_the_form_checks_can_fail() -> None:
    """Without the forced sentences, a build of plain names alone shows few of the forms."""
    present = _forms_present([("Mekdes Getachew", "", "plain", 0), ("Noa Rial", "", "plain", 0)])
    assert sum(present.values()) <= 2, present


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_and_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout111(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT111), seed
    persons = _persons(examples)
    for origin in ORIGINS_HELDOUT111:
        # a whole name in capitals in a sentence not written so whole, and one in lower case likewise
        assert any(
            v.isupper() and " " in v and style != "upper" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)
        assert any(
            v.islower() and " " in v and style != "lower" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    """The build hands out every form of FORCED_FORMS_HELDOUT111: in the sentences the draws make, and in a
    sentence of its own for any the draws did not reach."""
    gen = Gen111(seed)
    built = assemble_module_set(
        gen, HELDOUT111_TEMPLATES, HELDOUT111_MIXED, HELDOUT111_NEGATIVES, _typo111, person=gen.person_for
    )
    left = list(gen.owed)
    assert len(left) <= len(FORCED_FORMS_HELDOUT111) // 3, (seed, left)  # most come in the drawn sentences
    forced = gen.forced_examples()
    assert gen.owed == [] and len(forced) == 4 + 2 * len(ORIGINS_HELDOUT111) + len(left), (seed, left)
    for example in forced:
        built.insert(gen.rng.randrange(len(built) + 1), example)
    assert [(e.text, e.spans) for e in built] == [(e.text, e.spans) for e in build_heldout111(seed)]
    assert 340 <= len(built) <= 400, (seed, len(built))


def test_the_forced_sentences_hold_one_slot_and_the_titles_or_kin_words_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT111.items():
        for template in templates:
            assert template.count("{}") == 1, template
            title = TITLE_SLOT_HELDOUT111.search(template)
            kin = KIN_SLOT_HELDOUT111.search(template)
            if key in NAMES_HELDOUT111:
                assert (title and TITLED_HELDOUT111[title[1].lower()][0] == key) or (
                    kin and key == "buryat"
                ), template
            else:
                assert not title and not kin, template
            if key in ("upper", "form"):
                assert not _chat_like(template) and ":" in template, template
            if key in ("lower", "chat"):
                assert _chat_like(template), template


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen111(7)
    for origin, form in FORCED_FORMS_HELDOUT111:
        for woman in (False, True, None):
            for script in sorted(FORM_SCRIPTS_HELDOUT111.get((origin, form), DEFAULT_SCRIPTS_HELDOUT111)):
                for _ in range(5):
                    value = gen._form(origin, form, woman, script)
                    assert value.strip() == value and value, (origin, form, value)
                    assert _in(origin, value), (origin, form, script, value)
                    assert not _reads_public(value), (origin, form, value)
                    if script == "ascii":
                        assert value == _fold(value), (origin, form, value)
                    if script == "cyrillic" or form == "cyrillic":
                        assert CYRILLIC_HELDOUT111.search(value) and not re.search("[A-Za-z]", value), value
                    elif origin == "buryat":
                        assert not CYRILLIC_HELDOUT111.search(value), (form, value)
                    if script == "geez" or form == "geez":
                        assert GEEZ_HELDOUT111.search(value) and not re.search("[A-Za-z]", value), value
                    elif origin == "amhara":
                        assert not GEEZ_HELDOUT111.search(value), (form, value)
                    if form in MEN_FORMS_HELDOUT111 and origin == "sundanese":
                        assert value.split()[0] in MOCH_HELDOUT111, value


def test_the_forms_that_want_a_chat_or_a_form_or_a_script_are_owed_only_there() -> None:
    gen = Gen111(3)
    for o, form in FORCED_FORMS_HELDOUT111:
        scripts = FORM_SCRIPTS_HELDOUT111.get((o, form), DEFAULT_SCRIPTS_HELDOUT111)
        script = "" if "" in scripts else sorted(scripts)[0]
        gen.owed = [(o, form)]
        chat = gen._owed_for(o, None, script, True)
        paper = gen._owed_for(o, None, script, False)
        assert (chat is None) == (form in FORM_ONLY_FORMS_HELDOUT111), (o, form)
        assert (paper is None) == (form in CHAT_ONLY_FORMS_HELDOUT111), (o, form)
        assert (gen._owed_for(o, True, script, form not in FORM_ONLY_FORMS_HELDOUT111) is None) == (
            form in MEN_FORMS_HELDOUT111
        ), (o, form)
        # a Cyrillic template takes only the Buryat forms that can be written in Cyrillic, a Ge'ez one only
        # the Amhara forms that can be written in Ge'ez
        for special, people in (("cyrillic", "buryat"), ("geez", "amhara")):
            assert (gen._owed_for(None, None, special, False) is not None) == (
                special in scripts and form not in CHAT_ONLY_FORMS_HELDOUT111 and o == people
            ), (o, form, special)


def test_a_template_in_another_script_gets_a_name_in_that_script() -> None:
    cyrillic = geez = 0
    for seed in SEEDS[:3]:
        for e in build_heldout111(seed):
            for start, end, etype in e.spans:
                if etype != "PERSON":
                    continue
                value, rest = e.text[start:end], e.text[:start] + e.text[end:]
                if re.search(r"[A-Za-z]{3}", rest):
                    continue
                if CYRILLIC_HELDOUT111.search(rest):
                    cyrillic += 1
                    assert CYRILLIC_HELDOUT111.search(value) and _in("buryat", value), (value, e.text)
                if GEEZ_HELDOUT111.search(rest):
                    geez += 1
                    assert GEEZ_HELDOUT111.search(value) and _in("amhara", value), (value, e.text)
    assert cyrillic >= 10 and geez >= 5, (cyrillic, geez)


def test_the_helpers_for_name_forms() -> None:
    assert _plain("Xosé") == "xose" and _plain("Piñeiro") == "pineiro" and _plain("Ánxela") == "anxela"
    assert _fold("Icía Castiñeira") == "Icia Castineira"
    assert _geez("Mekdes Getachew") == "መቅደስ ጌታቸው" and _geez("Fasil W/Giorgis") == "ፋሲል ወ/ጊዮርጊስ"
    assert _geez("GETACHEW, MEKDES") == "ጌታቸው, መቅደስ"
    with pytest.raises(KeyError):
        _geez("Smith")
    assert _bu_cyrillic("Aldar Bayarovich Dugarov") == "Алдар Баярович Дугаров"
    assert _bu_cyrillic("Tuyana Zhargalovna Tsybikova") == "Туяна Жаргаловна Цыбикова"
    assert _bu_cyrillic("DUGAROV Aldar Bayarovich") == "ДУГАРОВ Алдар Баярович"
    assert _bu_cyrillic("Gombo-Dorzho Radnaev") == "Гомбо-Доржо Раднаев"
    with pytest.raises(KeyError):
        _bu_word("Smith")
    assert (
        _reads_public("TEWODROS KASSAHUN")
        and _reads_public("Dedi Mulyadi")
        and not _reads_public("Dedi Sopandi")
    )
    # the Ethiopian new year, Meskerem 1, falls on 11 September, on the 12th before a Gregorian leap year,
    # and Ethiopian Christmas, Tahsas 29 (28 after a leap year), on 7 January
    assert _ethiopian(2022, 9, 11) == (2015, 1, 1) and _ethiopian(2023, 9, 12) == (2016, 1, 1)
    assert _ethiopian(2023, 9, 11) == (2015, 13, 6) and _ethiopian(2024, 1, 7) == (2016, 4, 28)
    assert _ethiopian(2021, 1, 7) == (2013, 4, 29)


def test_the_other_spellings_belong_to_listed_names() -> None:
    men, women, lasts = NAMES_HELDOUT111["amhara"]
    assert set(AMHARA_GEEZ_HELDOUT111) == set(men + women + lasts)
    assert all(
        GEEZ_HELDOUT111.fullmatch(g[0]) and not re.search("[A-Za-z]", g)
        for g in AMHARA_GEEZ_HELDOUT111.values()
    )
    assert set(AMHARA_SLASH_HELDOUT111) <= set(lasts)
    for full, (latin, geez) in AMHARA_SLASH_HELDOUT111.items():
        assert latin[0] == full[0] and latin.split("/")[1].lower() in full.lower(), (full, latin)
        assert geez[0] == AMHARA_GEEZ_HELDOUT111[full][0] and geez.count("/") == 1, (full, geez)
    assert set(AMHARA_VARIANT_HELDOUT111) <= set(men + women + lasts)
    assert set(AMHARA_NICK_HELDOUT111) <= set(men + women)
    # the fathers' names are men's names
    assert set(men) <= set(lasts) | {"Yared", "Biniam", "Ermias", "Henok", "Kaleab"}
    men, women, lasts = NAMES_HELDOUT111["galician"]
    assert set(GALICIAN_CASTILIAN_HELDOUT111) <= set(men + women + lasts)
    assert all(k != v for k, v in GALICIAN_CASTILIAN_HELDOUT111.items())
    assert set(GALICIAN_NICK_HELDOUT111) <= set(men + women)
    assert not _low(lasts) & _low(men + women)
    for compound in [c for cs in GALICIAN_COMPOUND_HELDOUT111.values() for c in cs]:
        assert " " in compound
    men, women, lasts = NAMES_HELDOUT111["buryat"]
    assert all(n.endswith(("ov", "ev")) for n in lasts)
    parts = [p for ps in BURYAT_COMPOUND_HELDOUT111 for p in ps]
    assert set(BURYAT_CYRILLIC_HELDOUT111) == set(men + women + lasts + parts)
    for latin, cyr in BURYAT_CYRILLIC_HELDOUT111.items():
        assert CYRILLIC_HELDOUT111.match(cyr) and not re.search("[A-Za-z]", cyr), latin
        assert len(cyr) in range(len(latin) - 3, len(latin) + 2), (latin, cyr)
    assert set(BURYAT_FATHERS_HELDOUT111) <= set(men) and set(BURYAT_LATIN_HELDOUT111) <= set(men + women)
    assert set(BURYAT_NICK_HELDOUT111) <= set(men + women)
    men, women, seconds = NAMES_HELDOUT111["sundanese"]
    assert set(SUNDA_SECOND_HELDOUT111[False]) | set(SUNDA_SECOND_HELDOUT111[True]) == set(seconds)
    assert not set(SUNDA_SECOND_HELDOUT111[False]) & set(SUNDA_SECOND_HELDOUT111[True])
    assert set(SUNDA_NICK_HELDOUT111) <= set(men + women + seconds)
    # a Sundanese nickname doubles a syllable or keeps the name's end
    for name, nick in SUNDA_NICK_HELDOUT111.items():
        assert nick[1:3].lower() in name.lower() or nick[:2].lower() == nick[2:4].lower(), (name, nick)
    assert not _low(seconds) & _low(men + women)
    assert set(NAME_TYPOS_HELDOUT111) <= {n for o in NAMES_HELDOUT111.values() for n in o[0] + o[1] + o[2]}
    assert all(
        k != v and _fold(k) != _fold(v) and len(v) in (len(k) - 1, len(k))
        for k, v in NAME_TYPOS_HELDOUT111.items()
    )
    for origin, (men, women, lasts) in NAMES_HELDOUT111.items():
        assert any(n in NAME_TYPOS_HELDOUT111 for n in men + women + lasts), origin


def test_the_earlier_sets_names_are_left_out() -> None:
    """bench/pii.py's first sets held short Ethiopian, Galician, Buryat and Sundanese lists: none of their
    names comes back here."""
    earlier = set(
        "Abebe Tesfaye Dawit Yonas Alemu Kebede Haile Meron Selam Tigist Hirut Bethlehem Liya Mulu Bekele "
        "Gebremedhin Tadesse Wolde Mengistu Desta Asfaw Girma Tsegaye Haileselassie Xoán Uxía Brais Iria Antía "
        "Breixo Xiana Anxo Xurxo Sabela Outeiro Seoane Pombo Souto Touriño Castelao Fraga Lamas Varela Bair "
        "Tsyren Dashi Sayana Bato Erzhena Zorigto Darima Tumen Aryuna Tsydenov Dorzhiev Tsyrenzhapov Dashinimaev "
        "Badmaev Zhambalov Garmaev Cecep Euis Asep Dadang Ujang Neneng Iis Yayat Entis Enok Sasmita Permana "
        "Wiradinata Suparman Sukmana Kartawijaya Hidayat Suganda Rustandi".split()
    )
    ours = {n for groups in NAMES_HELDOUT111.values() for group in groups for n in group}
    assert not ours & earlier, ours & earlier


def test_the_typo_leaves_forms_titles_and_kin_words_alone() -> None:
    rng = random.Random(111)
    assert _typo111(rng, "Apelidos e nome: {}") == "Apelidos e nome: {}"
    assert _typo111(rng, "Last name, First name: {}") == "Last name, First name: {}"
    for _ in range(50):
        assert _typo111(rng, "W/ro {} runs the kindergarten near the church in Gondar").startswith(
            "W/ro {} r"
        )
        assert _typo111(rng, "{} абгай заберёт ребёнка из садика в пятницу").startswith("{} абгай ")
        assert _typo111(rng, "Teh {} tos mayar SPP PAUD can?").startswith("Teh {} ")
        assert _typo111(rng, "dona {} recolle aos nenos da escola infantil os martes").startswith("dona {} ")


def test_the_typo_slips_a_child_care_word_or_a_shorthand() -> None:
    slipped = {
        _typo111(random.Random(i), "please bring the babysitter and the allergy card tomorrow {}")
        for i in range(60)
    }
    assert "please bring the babysiter and the allergy card tomorrow {}" in slipped
    assert "please bring the babysitter and the alergy card tomorrow {}" in slipped
    assert "pls bring the babysitter and the allergy card tomorrow {}" in slipped
    assert {_typo111(random.Random(i), "спасибо, {} щас придёт") for i in range(20)} >= {"спс, {} щас придёт"}
    assert "nuhun, {}" in {_typo111(random.Random(i), "hatur nuhun, {}") for i in range(20)}
    assert "porfa {}" in {_typo111(random.Random(i), "por favor {}") for i in range(20)}


def test_negatives_name_no_listed_person() -> None:
    fulls = set()
    for men, women, lasts in NAMES_HELDOUT111.values():
        for first in men + women:
            for last in lasts:
                if first != last:
                    fulls |= {f"{first} {last}", f"{last} {first}", f"{last}, {first}"}
    for text in HELDOUT111_NEGATIVES:
        assert not phrase_in(text, fulls, edges="b"), text
        assert not re.search(r"[\w.]+@(?!example\.com)[\w.]+\.\w+", text), text
    # the titles, the kin words and the naming customs are explained there
    negs = HELDOUT111_NEGATIVES
    assert any("Ato" in t and "W/ro" in t for t in negs) and any("W/" in t and "G/" in t for t in negs)
    assert any("father's" in t and "grandfather's" in t for t in negs)
    assert any("apellidos" in t for t in negs) and any("Xosé" in t and "José" in t for t in negs)
    assert any("-ovich" in t for t in negs) and any("абгай" in t and "ахай" in t for t in negs)
    assert any("Kang" in t and "Teh" in t and "Ceu" in t and "Mang" in t for t in negs)
    assert any("bin" in t and "binti" in t for t in negs) and any("Moch." in t for t in negs)
    assert 70 <= len(negs) <= 95


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    """In the sentences that give a name and then an address, the address is mostly of the name's region."""
    regions = {
        "amhara": r"Addis|Bahir Dar|Gondar|አዲስ|ባሕር|Silver Spring|Falls Church",
        "galician": r"Coruña|Vigo|Santiago|Lugo|Ames|Genève",
        "buryat": r"Улан-Удэ|Ulan-Ude|Иволгинск|Иркутск",
        "sundanese": r"Bandung|Bogor|Garut|Tasikmalaya",
    }
    pairs = same = 0
    for seed in SEEDS:
        for e in build_heldout111(seed):
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
        for e in build_heldout111(seed):
            for s, t, k in e.spans:
                value = re.sub(r"[\s-]", "", e.text[s:t]).upper()
                if k == "IBAN_CODE":
                    assert value[:2] in IBAN_SHAPES_HELDOUT111, value
                    countries[value[:2]] += 1
                if k == "CREDIT_CARD":  # Visa, Mastercard, Mir, UnionPay, JCB, Amex
                    assert re.match(r"4|5[1-5]|2[2-7]|220[0-4]|62|35[2-8]|3[47]", value), value
                    assert len(value) == (15 if value[:2] in ("34", "37") else 16), value
    assert set(countries) == set(IBAN_SHAPES_HELDOUT111), countries
    # Ethiopia, Russia, Indonesia and the United States have no IBAN
    assert not set(countries) & {"ET", "RU", "ID", "US"}
    assert {c for cs in IBAN_BY_ORIGIN_HELDOUT111.values() for c in cs} == set(IBAN_SHAPES_HELDOUT111)


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    for dob, text in dobs:
        years = [int(y) for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", dob)]
        # the Ethiopian calendar counts seven or eight years fewer
        assert len(years) == 1 and 1954 <= years[0] <= 2025, (dob, text)
    assert [e.text for e in build_heldout111()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout111(HELDOUT111_SEED + 5)] != [e.text for e in EXAMPLES]
    for i in range(20):
        shapes = Gen111(i)._dob_shapes()
        day, month, year = shapes["es"].split("/")
        assert 2019 <= int(year) <= 2025  # a child's, by default
        assert shapes["ru"] == f"{day}.{month}.{year}" and shapes["iso"] == f"{year}-{month}-{day}"
        assert shapes["id"] == f"{day}-{month}-{year}" and shapes["us"] == f"{month}/{day}/{year}"
        ey, em, ed = _ethiopian(int(year), int(month), int(day))
        assert shapes["et"] == f"{ed:02d}/{em:02d}/{ey}" and int(year) - ey in (7, 8)
        assert shapes["et_geez"].startswith(EC_MONTHS_GEEZ_HELDOUT111[em - 1] + " ")


def test_dates_of_birth_come_in_each_people_s_shapes() -> None:
    dobs = [e.text[s:t] for seed in SEEDS for e in build_heldout111(seed) for s, t, k in e.spans if k == "DATE_OF_BIRTH"]  # fmt: skip
    months = {
        "es": "|".join(ES_MONTHS_HELDOUT111 + GL_MONTHS_HELDOUT111),
        "ru": "|".join(RU_MONTHS_HELDOUT111),
        "id": "|".join(ID_MONTHS_HELDOUT111),
        "et": "|".join(EC_MONTHS_GEEZ_HELDOUT111),
        "etl": "|".join(EC_MONTHS_LATIN_HELDOUT111),
    }
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dobs)  # Spain's, America's, Ethiopia's
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dobs)  # Russia's
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", d) for d in dobs)  # Indonesia's
    assert any(re.fullmatch(rf"\d{{1,2}} de (?:{months['es']}) de \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['ru']}) \d{{4}}", d.lower()) for d in dobs)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{months['id'].lower()}) \d{{4}}", d.lower()) for d in dobs)
    assert any(re.fullmatch(rf"(?:{months['et']}) \d{{1,2}} ቀን \d{{4}}", d) for d in dobs)
    assert any(re.fullmatch(rf"(?:{months['etl'].lower()}) \d{{1,2}}, \d{{4}}", d.lower()) for d in dobs)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dobs)  # a paste's ISO date
    # the Russian 'г.', the Ethiopian 'ዓ.ም.' and 'E.C.' and the Galician article stay outside the span
    for seed in SEEDS[:3]:
        for e in build_heldout111(seed):
            for s, t, k in e.spans:
                if k == "DATE_OF_BIRTH":
                    value = e.text[s:t]
                    assert not value.endswith(("г.", "г", "ዓ.ም.", "E.C.")), e.text
                    assert not value.lower().startswith(("o ", "el ")), e.text


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen111(11)
    templates = {gen.secret(c)[0] for c in (True, False, None) * 300}
    for cue in ("ለማንም አትንገሪ", "lemanim atnegri", "non llo digas a ninguén", "no se la digas a nadie",
                "никому не говори", "ulah bebeja ka saha-saha", "jangan disebar"):  # fmt: skip
        assert any(cue in t for t in templates), cue
    for paste in ("CLOUDPAYMENTS_API_SECRET=", "TRIPAY_PRIVATE_KEY=", "FONNTE_TOKEN=", "HOLDED_API_KEY=",
                  "TELEBIRR_APP_KEY=", "DATABASE_URL=", "nmcli", "ISAPI", "EZVIZ"):  # fmt: skip
        assert any(paste in t for t in templates), paste
    for _ in range(300):
        template, value = gen.secret(False)
        if template.startswith(("CLOUDPAYMENTS", "HOLDED", "TELEBIRR")):
            assert re.fullmatch("[0-9a-f]{32}", value), value
        if template.startswith("TRIPAY"):
            assert re.fullmatch(r"(?:[A-Za-z0-9]{5}-){4}[A-Za-z0-9]{5}", value), value
        if template.startswith(("DATABASE_URL", "$ curl", "$ nmcli")):
            assert not re.search(r"[:@/\s]", value), value
    for _ in range(300):
        template, value = gen.secret(True)
        if "EZVIZ" in template:
            assert re.fullmatch("[A-Z]{6}", value), value
        if "PIN" in template or "code" in template.lower() or "код" in template:
            assert value.isdigit() or re.fullmatch("[A-Z]{6}", value), (template, value)


def test_usernames_and_emails_are_ascii_and_built_from_the_lists() -> None:
    gen = Gen111(5)
    for _ in range(200):
        handle, email = gen.handle(), gen.email()
        assert re.fullmatch(r"[a-z0-9._-]+", handle), handle
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", email), email
