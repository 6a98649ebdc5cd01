"""Held-out set 108's own checks: its name forms, titles, kin words, dates and formats (the shared shape
checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout108 import (
    AKAN_CHRISTIAN_HELDOUT108,
    AKAN_DAYS_HELDOUT108,
    AKAN_HYPHENATED_HELDOUT108,
    AKAN_NICK_HELDOUT108,
    AKAN_VARIANTS_HELDOUT108,
    AST_MONTHS_HELDOUT108,
    ASTURIAN_DE_HELDOUT108,
    ASTURIAN_DOUBLE_HELDOUT108,
    ASTURIAN_GIVEN_HELDOUT108,
    ASTURIAN_NICK_HELDOUT108,
    CHAT_ONLY_FORMS_HELDOUT108,
    ES_MONTHS_HELDOUT108,
    FORCED_FORMS_HELDOUT108,
    FORCED_SENTENCES_HELDOUT108,
    FORM_ONLY_FORMS_HELDOUT108,
    HELDOUT108_MIXED,
    HELDOUT108_NEGATIVES,
    HELDOUT108_SEED,
    HELDOUT108_TEMPLATES,
    IBAN_BY_ORIGIN_HELDOUT108,
    IBAN_SHAPES_HELDOUT108,
    ID_MONTHS_HELDOUT108,
    MINANG_FATHERS_HELDOUT108,
    MINANG_GELAR_HELDOUT108,
    MINANG_NICK_HELDOUT108,
    MINANG_OLD_HELDOUT108,
    MINANG_TWO_GIVEN_HELDOUT108,
    NAME_LOCALES_HELDOUT108,
    NAME_TYPOS_HELDOUT108,
    NAMES_HELDOUT108,
    NICKS_HELDOUT108,
    ORIGINS_HELDOUT108,
    PUBLIC_FIGURES_HELDOUT108,
    TITLE_SLOT_HELDOUT108,
    TITLED_HELDOUT108,
    ZAPOTEC_DOUBLE_HELDOUT108,
    ZAPOTEC_NICK_HELDOUT108,
    Gen108,
    _fold,
    _ordinal,
    _plain,
    _reads_public,
    _typo108,
    build_heldout108,
)

EXAMPLES = build_heldout108()
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(datuak|uda|uni|mamak|mak|etek|pak|bu|hajjah|haji|nana|auntie|maame|opanin|wofa|"
    r"doña|don|tía|tío|na|tíu|señá|güelu|güela|señora|señor) $"
)
INITIAL = re.compile(r"(?:[^\W\d_]\.)+")  # 'K.', 'J.', 'Dt.'
SUKU = {"chaniago", "caniago", "piliang", "koto", "tanjung", "sikumbang", "jambak", "guci"}


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
    """Every word a name of each origin may hold, in every form the set writes it."""
    out = {}
    for origin, (men, women, lasts) in NAMES_HELDOUT108.items():
        names = men + women + lasts + [NAME_TYPOS_HELDOUT108[n] for n in lasts if n in NAME_TYPOS_HELDOUT108]
        names += list(NICKS_HELDOUT108[origin].values())
        if origin == "minang":
            names += list(MINANG_OLD_HELDOUT108.values()) + MINANG_GELAR_HELDOUT108 + ["bin", "binti", "Dt."]
        if origin == "akan":
            names += list(AKAN_VARIANTS_HELDOUT108.values()) + AKAN_HYPHENATED_HELDOUT108
        if origin == "zapotec":
            names += [n for group in ZAPOTEC_DOUBLE_HELDOUT108.values() for n in group]
        if origin == "asturian":
            names += list(ASTURIAN_GIVEN_HELDOUT108.values()) + ASTURIAN_DE_HELDOUT108
            names += [n for group in ASTURIAN_DOUBLE_HELDOUT108.values() for n in group]
        out[origin] = _low(names)
    return out


WORDS = _origin_words()


def _word_in(origin: str, word: str) -> bool:
    w = word.strip(",").lower()
    if w in WORDS[origin] or INITIAL.fullmatch(w):
        return True
    # 'Ruiz-Vicente' on Los Angeles papers: two listed surnames joined
    return "-" in w and all(part in WORDS[origin] for part in w.split("-"))


def _in(origin: str, value: str) -> bool:
    """Whether every word of `value` is a name word of `origin` (or an initial)."""
    return all(_word_in(origin, w) for w in value.split())


def _forms_present(persons: list[tuple[str, str, str, int]]) -> dict[tuple[str, str], bool]:
    """Whether each of FORCED_FORMS_HELDOUT108's forms shows in the values (case aside, as a sentence may have
    been put in lower case or capitals whole, except where the form is a matter of case)."""
    values = [v for v, _, _, _ in persons]
    low = [v.lower() for v in values]
    folded = [_fold(v) for v in low]
    names = {origin: [_low(group) for group in groups] for origin, groups in NAMES_HELDOUT108.items()}
    givens = {origin: men | women for origin, (men, women, _) in names.items()}
    lasts = {origin: groups[2] for origin, groups in names.items()}
    minang_men = {n.lower() for n in NAMES_HELDOUT108["minang"][0]}
    minang_givens = {n.lower() for group in NAMES_HELDOUT108["minang"][:2] for n in group}
    fathers = {n.lower() for n in MINANG_FATHERS_HELDOUT108}
    gelar = {g.lower() for g in MINANG_GELAR_HELDOUT108}
    days = _low([m for _, m, _ in AKAN_DAYS_HELDOUT108] + [w for _, _, w in AKAN_DAYS_HELDOUT108])
    days |= _low(AKAN_VARIANTS_HELDOUT108.values())
    christian = _low(AKAN_CHRISTIAN_HELDOUT108[False] + AKAN_CHRISTIAN_HELDOUT108[True])
    hyphenated = _low(AKAN_HYPHENATED_HELDOUT108)
    akan_givens = givens["akan"] | _low(AKAN_VARIANTS_HELDOUT108.values())
    zapotec_givens = givens["zapotec"] | _low(n for g in ZAPOTEC_DOUBLE_HELDOUT108.values() for n in g)
    asturian_givens = givens["asturian"] | _low(n for g in ASTURIAN_DOUBLE_HELDOUT108.values() for n in g)

    def typo(origin: str) -> bool:
        typos = {
            _fold(NAME_TYPOS_HELDOUT108[n]).lower()
            for n in NAMES_HELDOUT108[origin][2]
            if n in NAME_TYPOS_HELDOUT108
        }
        return any(set(v.split()) & typos for v in folded)

    def words_in(pool: set[str]) -> bool:
        return any(set(v.replace(",", "").split()) & pool for v in low)

    def exactly(pool) -> bool:  # noqa: ANN001
        pool = {p.lower() for p in pool}
        return any(v in pool for v in low)

    def unaccented(origin: str) -> bool:
        """A name of `origin` typed without the accents its listed words carry."""
        listed = {w.lower() for group in NAMES_HELDOUT108[origin] for n in group for w in n.split()}
        stripped = {_fold(w) for w in listed} - listed
        return any(v == _fold(v) and set(v.split()) & stripped and _in(origin, v) for v in low)

    def starts_with_double(doubles: dict[bool, list[str]], origin: str) -> bool:
        pool = [d.lower() for group in doubles.values() for d in group]
        return any(v.startswith(f"{d} ") and v.split()[-1] in lasts[origin] for d in pool for v in low)

    def two_surnames(origin: str) -> bool:
        return any(
            len(p := v.split()) >= 3
            and p[0] in givens[origin]
            and p[-1] in lasts[origin]
            and p[-2] in lasts[origin]
            for v in low
        )

    def surname_first(origin: str, pool: set[str], comma: bool) -> bool:
        shape = r"(\S+) (\S+), (.+)" if comma else r"(\S+) (\S+?),? (.+)"
        return any(
            (m := re.fullmatch(shape, v))
            and m[1] in lasts[origin]
            and m[2] in lasts[origin]
            and set(m[3].split()) <= pool
            for v in low
        )

    def initials(origin: str) -> bool:
        return any((m := re.fullmatch(r"(?:\w\. ){1,2}(\S+)", v)) and m[1] in lasts[origin] for v in low)

    return {
        # 'Yusrizal Darwis': one's own given name and the father's
        ("minang", "father_name"): any(
            len(p := v.split()) >= 2
            and p[-1] in fathers
            and not {"bin", "binti", "dt."} & set(p)
            and " ".join(p[:-1]) in minang_givens
            for v in low
        ),
        # a Malaysian paper's 'Afrizal bin Bustami', 'Rosmaini binti Jamaris'
        ("minang", "bin"): any(
            (m := re.fullmatch(r"(.+) (bin|binti) (\S+)", v)) and m[1] in minang_givens and m[3] in fathers
            for v in low
        ),
        ("minang", "two_given"): any(
            v == g.lower() or v.startswith(f"{g.lower()} ") for g in MINANG_TWO_GIVEN_HELDOUT108 for v in low
        ),
        ("minang", "old_spelling"): words_in(_low(MINANG_OLD_HELDOUT108.values())),
        # a penghulu's name with his gelar on papers: 'Syafrizal Dt. Rajo Mangkuto'
        ("minang", "gelar"): any(
            (m := re.fullmatch(r"(.+) dt\. (.+)", v)) and m[1] in minang_men and m[2] in gelar for v in low
        ),
        # one word is the whole name on a form or a register: 'Nama lengkap: Yusnimar'
        ("minang", "single"): any(
            v.lower() in minang_givens and " " not in v and re.search(r"[:|]", text[:start])
            for v, text, _, start in persons
        ),
        ("minang", "nickname"): exactly(MINANG_NICK_HELDOUT108.values()),
        ("minang", "typo"): typo("minang"),
        # 'Grace Akosua Mensah': a Christian name, the day name and the family name
        ("akan", "christian_day"): any(
            len(p := v.split()) == 3
            and p[0] in christian
            and p[1] in days
            and p[2] in lasts["akan"] | hyphenated
            for v in low
        ),
        ("akan", "hyphenated"): words_in(hyphenated),
        # 'OWUSU, Kwame', 'MENSAH Grace Akosua', 'Mensah, Grace Akosua'
        ("akan", "surname_first"): any(
            (m := re.fullmatch(r"(\S+?)(,?) (.+)", v))
            and m[1].lower() in lasts["akan"] | hyphenated
            and (m[2] or (m[1].isupper() and not m[3].isupper()))
            and set(m[3].lower().split()) <= akan_givens
            for v in values
        ),
        ("akan", "initials"): initials("akan"),
        ("akan", "variant"): words_in(_low(AKAN_VARIANTS_HELDOUT108.values())),
        ("akan", "nickname"): exactly(AKAN_NICK_HELDOUT108.values()),
        ("akan", "typo"): typo("akan"),
        ("zapotec", "two_surnames"): two_surnames("zapotec"),
        ("zapotec", "double_given"): starts_with_double(ZAPOTEC_DOUBLE_HELDOUT108, "zapotec"),
        # a Mexican form's 'BAZÁN LAZO JUANA', 'Ruiz Vicente, Isidro'
        ("zapotec", "surname_first"): surname_first("zapotec", zapotec_givens, comma=False),
        # Los Angeles papers: 'Isidro Ruiz-Vicente'
        ("zapotec", "us_hyphen"): any(
            "-" in w and all(part in lasts["zapotec"] for part in w.split("-"))
            for v in low
            for w in v.split()
        ),
        ("zapotec", "ascii"): unaccented("zapotec"),
        ("zapotec", "nickname"): exactly(ZAPOTEC_NICK_HELDOUT108.values()),
        ("zapotec", "typo"): typo("zapotec"),
        ("asturian", "two_surnames"): two_surnames("asturian"),
        # 'Olaya García de la Fuente', 'Covadonga del Valle Prieto'
        ("asturian", "de_surname"): any(re.search(r"\b(de|del)\b", v) and _in("asturian", v) for v in low),
        ("asturian", "asturian_given"): words_in(_low(ASTURIAN_GIVEN_HELDOUT108.values())),
        ("asturian", "compound_given"): starts_with_double(ASTURIAN_DOUBLE_HELDOUT108, "asturian"),
        # a Spanish form's 'MENÉNDEZ ÁLVAREZ, PELAYO', 'Fernández Cueto, Olaya'
        ("asturian", "surname_first"): surname_first("asturian", asturian_givens, comma=True),
        ("asturian", "ascii"): unaccented("asturian"),
        ("asturian", "initials"): initials("asturian"),
        ("asturian", "nickname"): exactly(ASTURIAN_NICK_HELDOUT108.values()),
        ("asturian", "typo"): typo("asturian"),
    }


def _titled_origins(examples: list) -> set[str]:
    """The peoples whose title or kin word stands before a name in the examples."""
    out = set()
    for e in examples:
        for s, _, k in e.spans:
            m = TITLE_BEFORE.search(e.text[:s]) if k == "PERSON" else None
            if m:
                out.add(TITLED_HELDOUT108[m[1].lower()][0])
    return out


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT108 == [] and HELDOUT108_SEED == 5108417


def test_a_title_or_a_kin_word_stays_outside_the_span() -> None:
    titled = 0
    for value, text, _, start in _persons():
        assert not TITLE_SLOT_HELDOUT108.match(value.split()[0] + " {}"), (value, text)
        titled += bool(TITLE_BEFORE.search(text[:start]))
    assert titled >= 10, titled


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT108.items():
        assert origin in NAMES_HELDOUT108 and part in ("full", "given", "family", "gelar"), title
        slot = f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT108.search(slot) and TITLE_SLOT_HELDOUT108.search(slot.upper()), title
    # a title or a kin word is never a name of the lists ('Nana' is a Ghanaian given name too, but not here)
    every_name = {
        w.lower()
        for groups in NAMES_HELDOUT108.values()
        for group in groups
        for n in group
        for w in n.split()
    }
    assert not set(TITLED_HELDOUT108) & every_name


def test_only_person_templates_hold_a_title_slot() -> None:
    for etype, templates in HELDOUT108_TEMPLATES.items():
        for template in templates:
            if etype != "PERSON":
                assert not TITLE_SLOT_HELDOUT108.search(template), template
    for template, _ in HELDOUT108_MIXED:
        assert not TITLE_SLOT_HELDOUT108.search(template), template


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen108(108)
    for title, (origin, _, part) in TITLED_HELDOUT108.items():
        for _ in range(20):
            value = gen.titled_person(title)
            assert _in(origin, value), (title, value)
            if part == "family":
                assert value.lower() in _low(NAMES_HELDOUT108[origin][2]), (title, value)
            if part == "given":
                assert " " not in value or value in MINANG_TWO_GIVEN_HELDOUT108, (title, value)
            if part == "gelar":  # 'Datuak Rajo Mangkuto': the gelar is the name he is called by
                assert value in MINANG_GELAR_HELDOUT108, (title, value)


def test_a_name_after_datuak_is_a_gelar() -> None:
    seen = 0
    for seed in (HELDOUT108_SEED, 1, 2, 3):
        for value, text, _, start in _persons(build_heldout108(seed)):
            if re.search(r"(?i)datuak $", text[:start]):
                seen += 1
                assert value.lower() in {g.lower() for g in MINANG_GELAR_HELDOUT108}, (value, text)
    assert seen >= 1


def test_every_name_comes_from_the_hand_written_lists() -> None:
    for value, text, _, _ in _persons():
        assert any(_in(origin, value) for origin in ORIGINS_HELDOUT108), (value, text)


def test_a_minang_name_holds_no_suku_and_no_family_name() -> None:
    for value, text, _, _ in _persons():
        assert not {w.lower().strip(",") for w in value.split()} & SUKU, (value, text)
    assert any("Chaniago" in text and "suku" in text for text in HELDOUT108_NEGATIVES)
    assert set(MINANG_FATHERS_HELDOUT108) <= set(NAMES_HELDOUT108["minang"][2])
    # the 'family names' of the Minang are the fathers' given names, the kind of name the men's list holds
    assert not set(MINANG_FATHERS_HELDOUT108) & set(NAMES_HELDOUT108["minang"][0])


@pytest.mark.parametrize("seed", [HELDOUT108_SEED, 1, 2, 3, 108, 4242])
def test_no_public_figure_is_named(seed: int) -> None:
    for value, text, _, _ in _persons(build_heldout108(seed)):
        assert not _reads_public(value), (value, text)
    for text in HELDOUT108_NEGATIVES:
        assert not _reads_public(text), text
    # every public figure listed could be drawn from the lists' words, so the guard is what keeps them out
    for full in PUBLIC_FIGURES_HELDOUT108:
        assert any(_in(origin, full) for origin in ORIGINS_HELDOUT108), full


def test_public_figures_come_only_inside_place_names() -> None:
    places = [t for t in HELDOUT108_NEGATIVES if re.search(r"Nkrumah|Benito Juárez|Sudirman", t)]
    assert len(places) >= 3
    for text in places:
        assert re.search(r"Avenue|Circle|Mercado|Jl\.", text), text


def test_the_name_forms_appear() -> None:
    present = _forms_present(_persons())
    assert set(present) == set(FORCED_FORMS_HELDOUT108)
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", [1, 2, 3, 108, 4242])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    present = _forms_present(_persons(build_heldout108(seed)))
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


@pytest.mark.parametrize("seed", [HELDOUT108_SEED, 1, 2, 3, 108, 4242])
def test_a_titled_name_and_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout108(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT108), seed
    persons = _persons(examples)
    for origin in ORIGINS_HELDOUT108:
        # a whole name in capitals in a sentence not written so whole, and one in lower case likewise
        assert any(
            v.isupper() and " " in v and style != "upper" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)
        assert any(
            v.islower() and " " in v and style != "lower" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)


@pytest.mark.parametrize("seed", [HELDOUT108_SEED, 1, 2, 3, 108, 4242])
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    """The build hands out every form of FORCED_FORMS_HELDOUT108: in the sentences the draws make, and in a
    sentence of its own for any the draws did not reach."""
    gen = Gen108(seed)
    built = assemble_module_set(
        gen, HELDOUT108_TEMPLATES, HELDOUT108_MIXED, HELDOUT108_NEGATIVES, _typo108, person=gen.person_for
    )
    left = list(gen.owed)
    forced = gen.forced_examples()
    assert gen.owed == [] and len(forced) == 4 + 2 * len(ORIGINS_HELDOUT108) + len(left), (seed, left)
    for example in forced:
        built.insert(gen.rng.randrange(len(built) + 1), example)
    assert [(e.text, e.spans) for e in built] == [(e.text, e.spans) for e in build_heldout108(seed)]


def test_the_forced_sentences_hold_one_slot_and_the_titles_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT108.items():
        for template in templates:
            assert template.count("{}") == 1, template
            title = TITLE_SLOT_HELDOUT108.search(template)
            if key in NAMES_HELDOUT108:
                assert title and TITLED_HELDOUT108[title[1].lower()][0] == key, template
            else:
                assert not title, template
            if key in ("upper", "form"):
                assert not _chat_like(template) and ":" in template, template
            if key in ("lower", "chat"):
                assert _chat_like(template), template


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen108(7)
    for origin, form in FORCED_FORMS_HELDOUT108:
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
    gen = Gen108(3)
    for o, form in FORCED_FORMS_HELDOUT108:
        gen.owed = [(o, form)]
        chat = gen._owed_for(o, None, "", True)
        paper = gen._owed_for(o, None, "surname_first" if form == "surname_first" else "", False)
        assert (chat is None) == (form in FORM_ONLY_FORMS_HELDOUT108 or form == "surname_first"), (o, form)
        assert (paper is None) == (form in CHAT_ONLY_FORMS_HELDOUT108), (o, form)


def test_the_helpers_for_name_forms() -> None:
    assert _plain("Crispín") == "crispin" and _plain("Muhammad Ikhsan") == "muhammadikhsan"
    assert _plain("Owusu-Ansah") == "owusuansah" and _plain("de la Fuente") == "delafuente"
    assert _fold("Pelayo Menéndez Álvarez") == "Pelayo Menendez Alvarez" and _fold("Argüelles") == "Arguelles"
    # Twi's ɛ and ɔ are letters of their own, not accents to fold away
    assert _fold("nka nkyerɛ obiara") == "nka nkyerɛ obiara"
    assert _reads_public("KWADWO ASAMOAH") and _reads_public("Pedro Martinez Cruz")
    assert not _reads_public("Kwadwo Owusu")
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


def test_the_other_spellings_belong_to_listed_names() -> None:
    men, women, lasts = NAMES_HELDOUT108["minang"]
    assert set(MINANG_OLD_HELDOUT108) <= set(men + women + lasts)
    for new, old in MINANG_OLD_HELDOUT108.items():
        # the spelling before 1972 (dj for j, sj for sy, tj for c, j for y, oe for u) gives the name back
        modern = old.lower().replace("oe", "u").replace("dj", "\0").replace("sj", "sy").replace("tj", "c")
        assert old != new and modern.replace("j", "y").replace("\0", "j") == new.lower(), (new, old)
    assert set(MINANG_NICK_HELDOUT108) <= set(men + women)
    assert set(MINANG_TWO_GIVEN_HELDOUT108) == {g for g in men + women if " " in g}
    men, women, lasts = NAMES_HELDOUT108["akan"]
    day_men = [m for _, m, _ in AKAN_DAYS_HELDOUT108]
    day_women = [w for _, _, w in AKAN_DAYS_HELDOUT108]
    assert len(set(day_men)) == len(set(day_women)) == 7
    assert (
        men == day_men + AKAN_CHRISTIAN_HELDOUT108[False]
        and women == day_women + AKAN_CHRISTIAN_HELDOUT108[True]
    )
    assert set(AKAN_VARIANTS_HELDOUT108) <= set(day_men + day_women)
    assert set(AKAN_NICK_HELDOUT108) <= set(men + women)
    # no Fante day name (held-out 41's): the Akan here are Asante
    assert not {"Kwesi", "Ekow", "Kobina", "Fiifi", "Kwamena", "Kweku"} & set(
        men + list(AKAN_VARIANTS_HELDOUT108.values())
    )
    for name in AKAN_HYPHENATED_HELDOUT108:
        assert re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", name), name
    men, women, lasts = NAMES_HELDOUT108["zapotec"]
    assert set(ZAPOTEC_NICK_HELDOUT108) <= set(men + women)
    assert not _low(lasts) & _low(men + women)  # no surname doubles as a given name in this list
    men, women, lasts = NAMES_HELDOUT108["asturian"]
    assert set(ASTURIAN_GIVEN_HELDOUT108) <= set(men + women)
    assert all(v.startswith("X") for v in ASTURIAN_GIVEN_HELDOUT108.values())
    assert set(ASTURIAN_NICK_HELDOUT108) <= set(men + women)
    assert not _low(lasts) & _low(men + women)
    for de in ASTURIAN_DE_HELDOUT108:
        assert re.match(r"(de|del) ", de), de
    all_lasts = {n for origin in NAMES_HELDOUT108.values() for n in origin[2]}
    assert set(NAME_TYPOS_HELDOUT108) <= all_lasts
    assert all(k != v and _fold(k) != _fold(v) for k, v in NAME_TYPOS_HELDOUT108.items())
    for origin in ORIGINS_HELDOUT108:
        assert any(n in NAME_TYPOS_HELDOUT108 for n in NAMES_HELDOUT108[origin][2]), origin


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(108)
    assert _typo108(rng, "Name of the food business operator: {}") == "Name of the food business operator: {}"
    assert _typo108(rng, "Apellidos y nombre: {}") == "Apellidos y nombre: {}"
    for _ in range(50):
        assert _typo108(rng, "Uda {} yang pegang kunci lapau, tanya dia saja").startswith("Uda {} y")
        assert _typo108(rng, "la señá {} fai les meyores casadielles del conceyu").startswith(
            "la señá {} fai"
        )
        assert _typo108(rng, "Auntie {} sells the best kelewele at Asafo market").startswith(
            "Auntie {} sells"
        )
        assert _typo108(rng, "send the catering order to {} please").startswith("send the ")
    slipped = {
        _typo108(random.Random(i), "pay the catering deposit into {} before the delivery") for i in range(40)
    }
    assert "pay the cathering deposit into {} before the delivery" in slipped
    assert "pay the catering deposit into {} b4 the delivery" in slipped


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT108.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT108_NEGATIVES:
        assert not any(full.lower() in text.lower() for full in fulls), text
    # the day names, the titles and the kin words are explained there, never written as someone's name
    assert any("Kwame" in text and "Saturday" in text for text in HELDOUT108_NEGATIVES)
    assert any("Datuak" in text for text in HELDOUT108_NEGATIVES)
    assert any("binnizá" in text for text in HELDOUT108_NEGATIVES)
    assert any("güela" in text for text in HELDOUT108_NEGATIVES)
    assert 70 <= len(HELDOUT108_NEGATIVES) <= 95


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    """In the sentences that give a name and then an address, the address is mostly of the name's region."""
    regions = {
        "minang": r"Padang|Bukittinggi|Payakumbuh|Agam|Jakarta|Kuala Lumpur",
        "akan": r"Kumasi|Accra|Cape Coast|London|Hamburg",
        "zapotec": r"Oax\.|Los Angeles",
        "asturian": r"Oviedo|Gijón|Avilés|Cangas de Onís|Nava|Zürich|Seraing",
    }
    pairs = same = 0
    for seed in (HELDOUT108_SEED, 1, 2, 3):
        for e in build_heldout108(seed):
            kinds = sorted(e.spans)
            if len(kinds) >= 2 and kinds[0][2] == "PERSON" and kinds[-1][2] == "STREET_ADDRESS":
                name = e.text[kinds[0][0] : kinds[0][1]]
                address = e.text[kinds[-1][0] : kinds[-1][1]]
                for origin, places in regions.items():
                    if _in(origin, name) and not any(_in(o, name) for o in regions if o != origin):
                        pairs += 1
                        same += bool(re.search(places, address, re.IGNORECASE))
    assert pairs >= 6 and same >= pairs // 2, (pairs, same)


@pytest.mark.parametrize("seed", [HELDOUT108_SEED, 1, 2])
def test_ibans_come_from_countries_that_have_them(seed: int) -> None:
    countries = set()
    for e in build_heldout108(seed):
        for s, _, k in e.spans:
            if k == "IBAN_CODE":
                countries.add(e.text[s : s + 2].upper())
    assert countries <= set(IBAN_SHAPES_HELDOUT108), countries
    assert not countries & {"ID", "MY", "GH", "MX", "US"}
    assert {c for cs in IBAN_BY_ORIGIN_HELDOUT108.values() for c in cs} == set(IBAN_SHAPES_HELDOUT108)


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    months = "|".join(ID_MONTHS_HELDOUT108 + ES_MONTHS_HELDOUT108 + AST_MONTHS_HELDOUT108)
    months += "|january|february|march|april|may|june|july|august|september|october|november|december"
    shapes = re.compile(
        rf"(?i)\d\d-\d\d-\d{{4}}|\d\d/\d\d/\d{{4}}|\d{{4}}-\d\d-\d\d"
        rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:de )?(?:{months})(?: de)? \d{{4}}"
    )
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    for dob in dobs:
        assert shapes.fullmatch(dob), dob
    years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert len(years) == len(dobs) and all(1940 <= y <= 2006 for y in years)
    # the United States' month first, the rest of the world's day first
    for i in range(20):
        shapes = Gen108(i)._dob_shapes()
        day, month, year = shapes["es"].split("/")
        assert shapes["us"] == f"{month}/{day}/{year}" and shapes["iso"] == f"{year}-{month}-{day}"
    assert [e.text for e in build_heldout108()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout108(HELDOUT108_SEED + 5)] != [e.text for e in EXAMPLES]


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen108(11)
    templates = {gen.secret(c)[0] for c in (True, False, None) * 200}
    for cue in ("jangan kasih tahu", "jan agiah tau urang", "jangan bagitau", "nka nkyerɛ obiara",
                "no se la digas a nadie", "nun-y lo digas a naide"):  # fmt: skip
        assert any(cue in t for t in templates), cue
    for paste in ("APP_KEY=base64:", "WC_CONSUMER_SECRET=", "LOYVERSE_TOKEN=", "wc/v3/orders"):
        assert any(paste in t for t in templates), paste
