"""Held-out set 124's own checks: its name forms, titles and kin words, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from bench.pii import _chat_like
from bench.pii_heldout124 import (
    AZERI_FORMS_HELDOUT124,
    AZERI_HELDOUT124,
    AZERI_MONTHS_HELDOUT124,
    CHAT_ONLY_FORMS_HELDOUT124,
    CYRILLIC_FORMS_HELDOUT124,
    CYRILLIC_HELDOUT124,
    EMAIL_DOMAINS_HELDOUT124,
    FORCED_FORMS_HELDOUT124,
    FORCED_SENTENCES_HELDOUT124,
    FORM_ONLY_FORMS_HELDOUT124,
    HELDOUT124_MIXED,
    HELDOUT124_NEGATIVES,
    HELDOUT124_SEED,
    HELDOUT124_TEMPLATES,
    IBAN_BANKS_HELDOUT124,
    IBAN_BY_ORIGIN_HELDOUT124,
    IBAN_LENGTHS_HELDOUT124,
    IBIBIO_MIDDLE_HELDOUT124,
    LEARNER_YEARS_HELDOUT124,
    LEZGIN_FAMILY_HELDOUT124,
    LEZGIN_MEN_HELDOUT124,
    LEZGIN_WOMEN_HELDOUT124,
    MISSPELT_HELDOUT124,
    NAME_LOCALES_HELDOUT124,
    NAME_TYPOS_HELDOUT124,
    NAMES_HELDOUT124,
    ORIGINS_HELDOUT124,
    PORTUGUESE_MONTHS_HELDOUT124,
    PUBLIC_FIGURES_HELDOUT124,
    RUSSIAN_MONTHS_HELDOUT124,
    SHORTHAND_HELDOUT124,
    SUBJECTS_HELDOUT124,
    SUFFIXES_HELDOUT124,
    SURNAME_FIRST_LEADS_HELDOUT124,
    TETUM_MONTHS_HELDOUT124,
    TETUM_NAMES_HELDOUT124,
    TITLED_HELDOUT124,
    WOMEN_FORMS_HELDOUT124,
    Gen124,
    _azeri_patronymic,
    _feminine,
    _fold,
    _iban_of,
    _passport,
    _patronymic,
    _plain,
    _reads_public,
    _script,
    _typo124,
    build_heldout124,
)
from tests.helpers import phrase_in

SEEDS = [HELDOUT124_SEED, 5, 11]
CYRILLIC_ORIGINS = ("lezgin",)
# names earlier sets or bench/pii.py hold, which this set leaves out (see the module's docstring)
LEFT_OUT = set(
    "Ermelinda Aniceto Jacinta Domingas Agio Bendito Olinda Felisberto Zeferina Kiak Ximenes Belo Costa "
    "Amaral Soares Lobato Guterres Sarmento Rego Pires Fernandes Aurélio Adelino Rogério Lucinda Palmira "
    "Freitas Araújo Martins Barreto Cabral Gasret Fejzudin Selime Kerim Zagir Sijar Arben Zemfira Nurudin "
    "Alpan Stalsky Gadzhibekov Efendiev Akimov Kaziev Mirzabekov Alkadarsky Ragimov Zeynalov "
    "Gadzhimuradov Kurbanaliev Zeynab Melek Ekaette Nsikak Idongesit Ime Aniekan Uduak Mfon Ekemini Eno "
    "Ubong Etim Okon Udoh Akpan Inyang Ekpenyong Essien Udofia Umoh Ekanem Edem Lihpai Serehna Kerpet "
    "Linter Ihrin Sohpia Marcelo Nahner Ehsa Hadley Ioanis Santos Etscheit Nanpei Weilbacher Moses Saimon "
    "Elias Albert Joseph".split()
)
TITLES = re.compile(
    r"(?i)^(?:sra\.|sr\.|mana|maun|avó|тётя|дядя|ete|eka|oga|engr\.|aunty|uncle|mrs\.|mr\.)(?=\s)"
    r"|(?<=\s)(?:xala|dayı|müəllim|xanım)$"
)
THEME = re.compile(
    r"(?i)driv|lesson|licen[cs]e|permit|instructor|theory|test|learner|exam|roundabout|parking|road|car\b|"
    r"kondusaun|condução|código|aulas|автошкол|вожден|экзамен|теори|категори|медсправк|sürücü|imtahan|"
    r"frsc|\bvio\b|speed|highway|route|course|class [ab]|\bl plate"
)
AZ_LETTERS = re.compile(r"[əƏğĞıİşŞçÇöÖüÜ]")


def iban_valid(value: str) -> bool:
    """The ISO 13616 mod-97 check (written here, so this file needs no import of the scrubber's package)."""
    s = re.sub(r"\s", "", value).upper()
    return (
        bool(re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", s))
        and int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    )


def luhn_valid(digits: str) -> bool:
    """The Luhn check of a card number's digits."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return len(digits) >= 12 and total % 10 == 0


def test_the_checksums_can_fail() -> None:
    assert iban_valid("TL38 0080 0123 4567 8910 157") and not iban_valid("TL37 0080 0123 4567 8910 157")
    assert luhn_valid("4242424242424242") and not luhn_valid("4242424242424241")


@cache
def _build(seed: int) -> tuple:
    """One build per seed for the whole file (the checks only read it)."""
    return tuple(build_heldout124(seed))


@pytest.fixture(scope="module")
def built() -> tuple:
    return _build(HELDOUT124_SEED)


@cache
def _gen(seed: int) -> Gen124:
    """A fresh generator (its faker instances take a moment): callers that draw from it get their own."""
    return Gen124(seed)


def _persons(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, k in e.spans if k == "PERSON"]


def _key(word: str) -> str:
    """A word as the checks compare it: no marks, lower case, the dotless 'ı' as 'i' (Azerbaijani capitals
    lose the dot: 'ŞIXBABAYEV')."""
    return _fold(word).lower().replace("ı", "i")


def _listed() -> set[str]:
    """Every given and family name the lists hold, in Latin letters (the Russian-style spelling for the
    Lezgins), with the Tetum names and the Ibibio middle names."""
    words = {w for men, women, families in NAMES_HELDOUT124.values() for w in men + women + families}
    return words | set(TETUM_NAMES_HELDOUT124) | set(IBIBIO_MIDDLE_HELDOUT124)


def _lezgin_spellings() -> dict[str, set[str]]:
    """The Lezgin names in every spelling the set writes them, by kind."""
    men, women, families = NAMES_HELDOUT124["lezgin"]
    out: dict[str, set[str]] = {k: set() for k in ("given", "family", "feminine", "patronymic")}
    for g in men + women:
        out["given"] |= {g, CYRILLIC_HELDOUT124[g], AZERI_HELDOUT124[g], _passport(CYRILLIC_HELDOUT124[g])}
    for f in families:
        for spelling in (f, CYRILLIC_HELDOUT124[f], AZERI_HELDOUT124[f]):
            out["family"] |= {spelling, _feminine(spelling)}
            out["feminine"].add(_feminine(spelling))
        out["family"] |= {_passport(CYRILLIC_HELDOUT124[f]), _passport(_feminine(CYRILLIC_HELDOUT124[f]))}
        out["feminine"].add(_passport(_feminine(CYRILLIC_HELDOUT124[f])))
    for father in men:
        for woman in (False, True):
            out["patronymic"] |= {_patronymic(father, woman, True), _patronymic(father, woman, False)}
            out["patronymic"] |= set(_azeri_patronymic(father, woman).split())
    return out


def _typos() -> set[str]:
    return {x for typos in NAME_TYPOS_HELDOUT124.values() for t in typos.values() for x in (t, _feminine(t))}


def _vocabulary() -> set[str]:
    """Every word a name of this set may be built from, as _key gives it."""
    words: set[str] = _listed() | _typos()
    for spellings in _lezgin_spellings().values():
        words |= spellings
    return {_key(w) for w in words}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,.]+", _key(name)) if w]


def _outside_the_lists(names: list[str]) -> list[str]:
    vocabulary = _vocabulary()
    return [n for n in names if any(len(w) > 1 and w not in vocabulary for w in _words(n))]


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT124 == []
    assert str(HELDOUT124_SEED).startswith("124") and len(str(HELDOUT124_SEED)) == 7


@pytest.mark.parametrize("seed", SEEDS)
def test_the_size_and_the_negatives_hold_whatever_the_seed(seed: int) -> None:
    examples = _build(seed)
    assert 370 <= len(examples) <= 395
    assert sum(1 for e in examples if not e.spans) == len(HELDOUT124_NEGATIVES) == 78
    if seed == SEEDS[0]:  # a fresh build gives the same set
        assert [e.text for e in build_heldout124(seed)] == [e.text for e in examples]


def test_every_name_comes_from_the_hand_written_lists(built) -> None:  # noqa: ANN001
    assert not _outside_the_lists(_persons(built))
    # the check can fail: a name no list holds, and the right forms of listed names
    assert _outside_the_lists(["Olandina Soares", "Kufre Akpan"]) == ["Olandina Soares", "Kufre Akpan"]
    assert not _outside_the_lists(
        [
            "ŞIXBABAYEVA SƏKINƏ MÜSAHIB QIZI",
            "Шихбабаева Гюльбике Мусаибовна",
            "I. E. Udosen",
            "Pernis K. Lebehn",
        ]
    )
    assert not _outside_the_lists(["EMINOVA GIULBIKE", "Olandina Buimali Tilman", "i̇smixanov"])


def test_no_name_an_earlier_set_holds_is_listed() -> None:
    listed = _listed() | _typos()
    assert not listed & LEFT_OUT
    scripts = set().union(*_lezgin_spellings().values()) - {"oğlu", "qızı"}  # (son of, daughter of: words)
    bench = Path(__file__).resolve().parent.parent / "bench"
    earlier = [
        p for p in bench.glob("pii_heldout*.py") if int(p.stem.removeprefix("pii_heldout")) < 124
    ]  # (125, written beside it, too)
    assert len(earlier) >= 97  # held-out 27 to 123
    seen: set[str] = set()
    for path in [*earlier, bench / "pii.py"]:
        seen |= set(re.findall(r"\w+", path.read_text(encoding="utf-8")))
    assert not (listed | scripts) & seen, sorted((listed | scripts) & seen)
    folded = {_key(w) for w in seen}
    assert not {_key(w) for w in listed} & folded, sorted({_key(w) for w in listed} & folded)  # nor without
    # its marks or in another case
    assert LEFT_OUT <= seen, sorted(LEFT_OUT - seen)  # the scan reads the earlier sets: every name left out
    # is found there


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for name in _persons(_build(seed)):
        assert not _reads_public(name), name


def test_the_public_figures_guard_reads_marks_and_case() -> None:
    assert (
        _reads_public("XANANA GUSMAO")
        and _reads_public("godswill  akpabio")
        and _reads_public("Bailey Olter")
    )
    assert not _reads_public("Olandina Tilman") and not _reads_public("Kufre Udosen")
    assert all(" " in p for p in PUBLIC_FIGURES_HELDOUT124)


def test_a_title_or_a_kin_word_stays_outside_the_span(built) -> None:  # noqa: ANN001
    seen = suffixed = 0
    for e in built:
        for s, t, k in e.spans:
            if k != "PERSON":
                continue
            assert not TITLES.search(e.text[s:t]), e.text
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            seen += bool(before and before[0].lower() in TITLED_HELDOUT124)
            after = e.text[t:].split()[:1]
            suffixed += bool(after and after[0].lower() in SUFFIXES_HELDOUT124)
    assert seen >= 4 and suffixed >= 1
    assert TITLES.search("Sra. Tilman") and TITLES.search("Oga Kufre") and TITLES.search("Sərkər müəllim")
    assert not TITLES.search("Tilman") and not TITLES.search("Manatuto")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    seen = 0
    for e in _build(seed):
        for s, t, k in e.spans:
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            if k != "PERSON" or not before or before[0].lower() not in TITLED_HELDOUT124:
                continue
            seen += 1
            origins, woman, part = TITLED_HELDOUT124[before[0].lower()]
            pool: set[str] = set()
            for origin in origins:
                men, women, families = NAMES_HELDOUT124[origin]
                if part == "family":
                    pool |= set(families)
                else:
                    pool |= set(men + women if woman is None else women if woman else men)
            pool |= {CYRILLIC_HELDOUT124.get(x, x) for x in pool}
            assert _key(e.text[s:t]) in {_key(x) for x in pool}, e.text
    assert seen >= 4


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_before_an_azerbaijani_kin_word_is_a_lezgin_given_name_of_that_sex(seed: int) -> None:
    seen = 0
    for e in _build(seed):
        for s, t, k in e.spans:
            m = re.match(r" (xala|dayı|müəllim|xanım)(?!\w)", e.text[t:], re.IGNORECASE)
            if k != "PERSON" or not m:
                continue
            seen += 1
            men, women, _ = NAMES_HELDOUT124["lezgin"]
            pool = women if SUFFIXES_HELDOUT124[m.group(1).lower()] else men
            assert _key(e.text[s:t]) in {_key(AZERI_HELDOUT124[g]) for g in pool}, e.text
    assert seen


def _form_seen(names: list[str]) -> set[tuple[str, str]]:
    """The (origin, form) pairs a list of names shows, read from the names alone (case aside, save the
    passport's capitals)."""
    seen = set()
    keys = {o: tuple({_key(w) for w in part} for part in parts) for o, parts in NAMES_HELDOUT124.items()}
    typos = {
        o: {_key(x) for t in d.values() for x in (t, _feminine(t))} for o, d in NAME_TYPOS_HELDOUT124.items()
    }
    lmen, lwomen, lfams = NAMES_HELDOUT124["lezgin"]
    cyr_given = {_key(CYRILLIC_HELDOUT124[g]) for g in lmen + lwomen}
    cyr_fam = {_key(CYRILLIC_HELDOUT124[f]) for f in lfams}
    cyr_fem = {_key(_feminine(CYRILLIC_HELDOUT124[f])) for f in lfams}
    lat_given = keys["lezgin"][0] | keys["lezgin"][1]
    lat_fam, lat_fem = keys["lezgin"][2], {_key(_feminine(f)) for f in lfams}
    az_given = {_key(AZERI_HELDOUT124[g]) for g in lmen + lwomen}
    az_men = {_key(AZERI_HELDOUT124[g]) for g in lmen}
    az_fam = {_key(AZERI_HELDOUT124[f]) for f in lfams} | {
        _key(_feminine(AZERI_HELDOUT124[f])) for f in lfams
    }
    pass_given = {_key(_passport(CYRILLIC_HELDOUT124[g])) for g in lmen + lwomen}
    pass_fam = {
        _key(_passport(c)) for f in lfams for c in (CYRILLIC_HELDOUT124[f], _feminine(CYRILLIC_HELDOUT124[f]))
    }
    tetum = {_key(t) for t in TETUM_NAMES_HELDOUT124}
    middles = {_key(m) for m in IBIBIO_MIDDLE_HELDOUT124}
    for name in names:
        raw = name.split()
        w = [_key(x.rstrip(",")) for x in raw]
        n = len(w)
        comma = n >= 2 and raw[0].endswith(",")
        if n == 3 and w[0] in cyr_fam | cyr_fem and w[1] in cyr_given and re.search(r"(вич|вна)$", w[2]):
            seen.add(("lezgin", "russian_form"))
        if n == 3 and w[0] in cyr_fam | cyr_fem and re.fullmatch(r"\w\. \w\.", " ".join(raw[1:])):
            seen.add(("lezgin", "initials_cyr"))
        if n == 2 and w[0] in cyr_given and w[1] in cyr_fam | cyr_fem:
            seen.add(("lezgin", "cyrillic"))
            if w[1] in cyr_fem:
                seen.add(("lezgin", "female_cyrillic"))
        if n == 2 and w[0] in cyr_given and re.search(r"(вич|вна)$", w[1]):
            seen.add(("lezgin", "name_patronymic"))
        if n == 2 and w[0] in lat_given and w[1] in lat_fam | lat_fem and not AZ_LETTERS.search(name):
            seen.add(("lezgin", "latin"))
            if w[1] in lat_fem:
                seen.add(("lezgin", "female_latin"))
        if n == 2 and name.isupper() and w[0] in pass_fam and w[1] in pass_given:
            seen.add(("lezgin", "passport"))
        if n == 2 and w[0] in az_given and w[1] in az_fam and AZ_LETTERS.search(name):
            seen.add(("lezgin", "azeri"))
        if n == 4 and w[0] in az_fam and w[1] in az_given and w[2] in az_men and w[3] in ("oglu", "qizi"):
            seen.add(("lezgin", "azeri_form"))
        for origin in ORIGINS_HELDOUT124:
            if n == 2 and not comma and w[1] in typos[origin]:
                seen.add((origin, "typo"))
        for origin in ("timorese", "ibibio", "pohnpeian"):
            men, women, fams = keys[origin]
            if n == 2 and not comma and w[0] in men | women and w[1] in fams:
                seen.add((origin, "full"))
            if n == 2 and comma and w[0] in fams and w[1] in men | women:
                seen.add((origin, "surname_first"))
        tmen, twomen, tfams = keys["timorese"]
        if n == 3 and w[0] in tmen | twomen and w[1] in tetum and w[2] in tfams:
            seen.add(("timorese", "tetum_middle"))
        if re.fullmatch(r"(?i)[a-z]\. \w+", name) and w[1] in tfams:
            seen.add(("timorese", "initials"))
        imen, iwomen, ifams = keys["ibibio"]
        if n == 3 and w[0] in imen | iwomen and w[1] in middles and w[2] in ifams:
            seen.add(("ibibio", "middle_name"))
        if re.fullmatch(r"(?i)[a-z]\. [a-z]\. \w+", name) and w[2] in ifams:
            seen.add(("ibibio", "initials"))
        pmen, pwomen, pfams = keys["pohnpeian"]
        if n == 3 and w[0] in pmen | pwomen and re.fullmatch(r"(?i)[a-z]\.", raw[1]) and w[2] in pfams:
            seen.add(("pohnpeian", "middle_initial"))
    return seen


@pytest.mark.parametrize("seed", [*SEEDS, 2, 3, 4])
def test_every_forced_form_appears_whatever_the_seed(seed: int) -> None:
    seen = _form_seen(_persons(_build(seed)))
    missing = [pair for pair in FORCED_FORMS_HELDOUT124 if pair not in seen]
    assert not missing, missing


def test_the_forms_check_can_fail() -> None:
    assert ("ibibio", "surname_first") not in _form_seen(["Kufre Udosen", "Udosen Kufre"])
    assert ("ibibio", "surname_first") in _form_seen(["UDOSEN, KUFRE"])
    assert ("lezgin", "russian_form") in _form_seen(["Шихбабаев Серкер Мусаибович"])
    assert ("lezgin", "russian_form") not in _form_seen(["Шихбабаев Серкер"])
    assert ("lezgin", "passport") in _form_seen(["EMINOVA GIULBIKE"])
    assert ("lezgin", "passport") not in _form_seen(["Eminova Gyulbike", "GYULBIKE EMINOVA"])
    assert ("lezgin", "azeri_form") in _form_seen(["ŞIXBABAYEVA SƏKINƏ MÜSAHIB QIZI"])
    assert ("lezgin", "azeri_form") not in _form_seen(["Şıxbabayeva Səkinə Müsahib"])
    assert ("lezgin", "azeri") in _form_seen(["Sərkər Şıxbabayev"])
    assert ("lezgin", "azeri") not in _form_seen(["Serker Shikhbabaev"])
    assert ("lezgin", "latin") not in _form_seen(["Sərkər Şıxbabayev"])
    assert ("timorese", "tetum_middle") in _form_seen(["Olandina Buimali Tilman"])
    assert ("timorese", "tetum_middle") not in _form_seen(["Olandina Tilman"])
    assert ("ibibio", "initials") in _form_seen(["I. E. Udosen"]) and ("timorese", "initials") in _form_seen(
        ["O. Tilman"]
    )
    assert ("ibibio", "initials") not in _form_seen(["I. Udosen"])
    assert ("pohnpeian", "middle_initial") in _form_seen(["Pernis K. Lebehn"])


@pytest.mark.parametrize("seed", SEEDS)
def test_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(seed: int) -> None:
    names = _persons(_build(seed))
    vocabulary = {}
    for origin, (men, women, families) in NAMES_HELDOUT124.items():
        own = {_key(w) for w in men + women + families}
        if origin in CYRILLIC_ORIGINS:
            own |= {_key(w) for spellings in _lezgin_spellings().values() for w in spellings}
        vocabulary[origin] = own
    for origin in ORIGINS_HELDOUT124:
        own = [n for n in names if set(_words(n)) & vocabulary[origin] and " " in n.strip()]
        assert any(n == n.upper() and n != n.lower() for n in own), origin
        assert any(n == n.lower() for n in own), origin


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen124(3)
    for origin, form in FORCED_FORMS_HELDOUT124:
        for woman in (False, True):
            value = gen._form(origin, form, woman)
            assert value.strip() == value and value, (origin, form)
            cyr = bool(re.search(r"[\u0400-\u04ff]", value))
            assert cyr == (form in CYRILLIC_FORMS_HELDOUT124), (origin, form, value)
            if form in AZERI_FORMS_HELDOUT124:
                assert _script(f"Təlimçi: {value}") == "azeri"
            if form in WOMEN_FORMS_HELDOUT124:
                assert re.search(r"(a|а)$", value), value
    assert all(gen._form("lezgin", "passport").isupper() for _ in range(20))
    assert all(gen._form("lezgin", "azeri_form", True).endswith(" qızı") for _ in range(10))
    assert all(gen._form("lezgin", "azeri_form", False).endswith(" oğlu") for _ in range(10))


def test_the_forced_sentences_hold_one_slot_and_suit_their_kind() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT124.items():
        for template in templates:
            assert template.count("{}") == 1, template
            if key.startswith("chat_") or key.startswith("lower_"):
                assert _chat_like(template), template
            if key.startswith("form_") or key.startswith("upper_"):
                assert not _chat_like(template), template
            if key.endswith(("_cyrillic", "_azeri", "_latin")):
                assert _script(template) == key.rsplit("_", 1)[1], template
            if key in ORIGINS_HELDOUT124:
                m = re.search(r"(?i)^(\S+) \{\}|\{\} (\S+)", template)
                word = (m.group(1) or m.group(2)).lower()
                if word in SUFFIXES_HELDOUT124:
                    assert key == "lezgin", template
                else:
                    assert word in TITLED_HELDOUT124 and key in TITLED_HELDOUT124[word][0], template


def test_forms_are_owed_only_where_they_read_right() -> None:
    gen = _gen(1)
    saved = gen.owed
    gen.owed = [
        ("pohnpeian", "typo"),
        ("lezgin", "initials_cyr"),
        ("lezgin", "azeri"),
        ("ibibio", "surname_first"),
    ]
    assert gen._owed_for(None, "latin", False, None) is None  # a typo is for chat, Cyrillic initials in
    # Cyrillic, the Azerbaijani spelling in Azerbaijani, the family name first after its lead
    assert gen._owed_for(None, "cyrillic", False, None) == ("lezgin", "initials_cyr")
    assert gen._owed_for(None, "latin", True, None) == ("pohnpeian", "typo")
    assert gen._owed_for(None, "azeri", True, None) == ("lezgin", "azeri")
    assert gen._owed_for(("ibibio",), "latin", False, "surname_first") == ("ibibio", "surname_first")
    assert CHAT_ONLY_FORMS_HELDOUT124.isdisjoint(FORM_ONLY_FORMS_HELDOUT124)
    gen.owed = saved


def test_a_template_s_script_gets_a_name_in_that_script() -> None:
    gen = _gen(7)
    for _ in range(60):
        assert re.search(r"[\u0400-\u04ff]", gen.person_for("{} из Дербента сдала теорию с первого раза"))
        value = gen.person_for("{} sabah imtahana gedir, salam de")
        assert not re.search(r"[\u0400-\u04ff]", value) and _key(value).split()[0] in {
            _key(AZERI_HELDOUT124[g]) for g in list(LEZGIN_MEN_HELDOUT124) + list(LEZGIN_WOMEN_HELDOUT124)
        }, value
        value = gen.person_for("{} from Derbent passed the driving test on the third try")
        assert value.isascii(), value
    assert _script("Təlimçi: {}") == "azeri" and _script("Курсант: {}") == "cyrillic"
    assert _script("Learner: {}") == "latin" and _script("Nome completo: {}") == "latin"


def test_a_family_name_first_template_gets_its_people_s_name() -> None:
    gen = _gen(9)
    for lead, (origins, _form) in SURNAME_FIRST_LEADS_HELDOUT124.items():
        for _ in range(10):
            value = gen.person_for(f"{lead}: {{}}")
            first = value.split()[0].rstrip(",")
            fams = set()
            for origin in origins:
                fams |= {_key(f) for f in NAMES_HELDOUT124[origin][2]}
                if origin in CYRILLIC_ORIGINS:
                    fams |= {_key(f) for f in _lezgin_spellings()["family"]}
            assert _key(first) in fams, (lead, value)


def _vocabulary_of(origin: str) -> set[str]:
    men, women, families = NAMES_HELDOUT124[origin]
    words = set(men + women + families) | set(NAME_TYPOS_HELDOUT124[origin].values())
    if origin == "lezgin":
        words |= set().union(*_lezgin_spellings().values()) | {_feminine(t) for t in _typos()}
    if origin == "timorese":
        words |= set(TETUM_NAMES_HELDOUT124)
    if origin == "ibibio":
        words |= set(IBIBIO_MIDDLE_HELDOUT124)
    return {_key(w) for w in words}


def test_a_name_of_a_place_s_template_comes_from_that_place_s_people() -> None:
    gen = _gen(8)
    cases = {
        "{} from Baucau failed the theory test by two points": "timorese",
        "{} ainda não marcou o exame de código": "timorese",
        "{} from Derbent passed the driving test on the third try": "lezgin",
        "{} for Uyo don pass im driving test, abeg congratulate am": "ibibio",
        "{} in Kolonia is the only instructor with a manual car": "pohnpeian",
    }
    for template, origin in cases.items():
        own = _vocabulary_of(origin)
        for _ in range(30):
            value = gen.person_for(template)
            assert set(_words(value)) & own, (template, value)


def test_the_helpers_for_name_forms() -> None:
    assert _patronymic("Musaib", False, True) == "Мусаибович"
    assert _patronymic("Alibeg", True, True) == "Алибеговна"
    assert _patronymic("Serker", True, False) == "Serkerovna"
    assert _azeri_patronymic("Musaib", False) == "Müsahib oğlu"
    assert _azeri_patronymic("Tadzhidin", True) == "Tacəddin qızı"
    assert _feminine("Eminov") == "Eminova" and _feminine("Шихбабаев") == "Шихбабаева"
    assert _feminine("Şıxbabayev") == "Şıxbabayeva"
    assert _passport("Гюльбике") == "GIULBIKE" and _passport("Ярахмедова") == "IARAKHMEDOVA"
    assert _passport("Шихбабаев") == "SHIKHBABAEV" and _passport("Таджидин") == "TADZHIDIN"
    assert _fold("Gaudêncio") == "Gaudencio" and _fold("i\u0307smixanov") == "ismixanov"
    assert (
        _plain("Şıxbabayev") == "sixbabayev" and _plain("Əlibəy") == "elibey" and _plain("Osório") == "osorio"
    )
    assert all(re.fullmatch(r"[\u0400-\u04ff]+", v) for v in CYRILLIC_HELDOUT124.values())
    assert all(k.isascii() for k in CYRILLIC_HELDOUT124)
    assert set(LEZGIN_FAMILY_HELDOUT124) == set(NAMES_HELDOUT124["lezgin"][2])
    assert all(re.search(r"(ов|ев)$", CYRILLIC_HELDOUT124[f]) for f in LEZGIN_FAMILY_HELDOUT124)
    assert all(re.search(r"(ov|ev)$", AZERI_HELDOUT124[f]) for f in LEZGIN_FAMILY_HELDOUT124)
    assert {w for w in TETUM_NAMES_HELDOUT124.values()} == {True, False}
    assert all(t.startswith("Bui" if w else "Mau") for t, w in TETUM_NAMES_HELDOUT124.items())


def test_the_typo_leaves_titles_and_forms_alone() -> None:
    rng = random.Random(1)
    kept = ("Sra. {}", "mana {}", "maun {}", "тётя {}", "дядя {}", "Oga {}", "Ete {}", "Eka {}", "Engr. {}")
    kept += ("Aunty {}", "Uncle {}", "Mrs. {}", "Mr. {}", "{} müəllim", "{} xala")
    for template in HELDOUT124_TEMPLATES["PERSON"]:
        slipped = _typo124(rng, template)
        assert slipped.count("{}") == template.count("{}")
        if not _chat_like(template):
            assert slipped == template
        for title in kept:
            assert (title in template) == (title in slipped)


def test_the_typo_slips_a_driving_word_or_a_shorthand() -> None:
    outs = {_typo124(random.Random(i), "the instructor and the theory, thanks, please") for i in range(60)}
    assert any(v in out for out in outs for v in MISSPELT_HELDOUT124.values())
    assert any(v in re.split(r"[ ,]+", out) for out in outs for v in SHORTHAND_HELDOUT124.values())
    russian = {_typo124(random.Random(i), "спасибо, {} сдал экзамен") for i in range(40)}
    assert "спс, {} сдал экзамен" in russian and "спасибо, {} сдал экзамин" in russian
    assert _typo124(random.Random(3), "salam, {} gəlmir") == "slm, {} gəlmir"
    assert _typo124(random.Random(3), "por favor {}") == "pfv {}"
    assert _typo124(random.Random(3), "Learner: {}, please") == "Learner: {}, please"


@pytest.mark.parametrize("seed", SEEDS)
def test_the_build_holds_typos_of_both_kinds(seed: int) -> None:
    slips = [e.text for e in _build(seed) if e.style == "typo"]
    misspelt = [
        t for t in slips if any(re.search(rf"(?i)(?<!\w){v}(?!\w)", t) for v in MISSPELT_HELDOUT124.values())
    ]
    short = [
        t
        for t in slips
        if any(re.search(rf"(?i)(?<!\w){re.escape(v)}(?!\w)", t) for v in SHORTHAND_HELDOUT124.values())
    ]
    assert misspelt and short, (misspelt, short)


def test_the_templates_hold_the_words_the_typo_slips() -> None:
    texts = " ".join(t for ts in HELDOUT124_TEMPLATES.values() for t in ts)
    texts += " ".join(t for ts in FORCED_SENTENCES_HELDOUT124.values() for t in ts)
    for word in (
        "instructor",
        "theory",
        "certificate",
        "please",
        "tomorrow",
        "because",
        "пожалуйста",
        "salam",
    ):
        assert word in texts, word


def _full_names() -> set[str]:
    """Every full name the lists make, both ways round, in every script the set writes them."""
    fulls: set[str] = set()
    for origin, (men, women, lasts) in NAMES_HELDOUT124.items():
        for first in men + women:
            for last in lasts:
                fulls |= {f"{first} {last}", f"{last} {first}", f"{last}, {first}"}
                if origin in CYRILLIC_ORIGINS:
                    for table in (CYRILLIC_HELDOUT124, AZERI_HELDOUT124):
                        gf, gl = table[first], table[last]
                        fulls |= {
                            f"{gf} {gl}",
                            f"{gl} {gf}",
                            f"{gf} {_feminine(gl)}",
                            f"{_feminine(gl)} {gf}",
                        }
                    fulls |= {f"{first} {_feminine(last)}"}
                    fulls.add(
                        f"{_passport(CYRILLIC_HELDOUT124[last])} {_passport(CYRILLIC_HELDOUT124[first])}"
                    )
    return fulls


def test_negatives_name_no_listed_person() -> None:
    fulls = _full_names()
    single = _listed() | _typos() | set(CYRILLIC_HELDOUT124.values()) | set(AZERI_HELDOUT124.values())
    for text in HELDOUT124_NEGATIVES:
        assert not phrase_in(text, fulls), text
        assert not set(re.findall(r"\w+", text)) & single, text
        assert "{}" not in text, text
        for full in PUBLIC_FIGURES_HELDOUT124:  # a public figure only in the name of a place or a school
            if _reads_public(full) and _key(full) in _key(text):
                assert re.search(rf"(?i){re.escape(full)} (airport|stadium|high school)", text), text
    # the check can fail
    assert phrase_in("ask olandina tilman about the lesson", fulls)
    assert phrase_in("Шихбабаева Гюльбике пришла", fulls) and phrase_in("Gülbikə Şıxbabayeva gəldi", fulls)
    # public figures come in the names of places and schools
    assert sum(_reads_public(t) for t in HELDOUT124_NEGATIVES) >= 3
    # the titles, the kin words and the naming customs are explained there
    assert any("Sr." in t and "Sra." in t for t in HELDOUT124_NEGATIVES)
    assert any("mana" in t and "maun" in t and "avó" in t for t in HELDOUT124_NEGATIVES)
    assert any("xala" in t and "dayı" in t and "müəllim" in t for t in HELDOUT124_NEGATIVES)
    assert any("Ete" in t and "Eka" in t for t in HELDOUT124_NEGATIVES)
    assert any("Uncle" in t and "Aunty" in t for t in HELDOUT124_NEGATIVES)
    assert any("oğlu" in t and "qızı" in t for t in HELDOUT124_NEGATIVES)
    assert any("patronymic" in t for t in HELDOUT124_NEGATIVES)
    # lesson, booking, receipt and candidate numbers, classes, scores, roads and fees are no PII of TYPES
    numbered = (
        r"(?i)lesson \d|DRV-|RC-\d|candidate number|class [AB]|out of \d|\bA1\b|R-217|₦|₽|manat|dollars"
    )
    assert sum(bool(re.search(numbered, t)) for t in HELDOUT124_NEGATIVES) >= 10


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    towns = {
        "timorese": r"Dili|Baucau",
        "lezgin": r"Дербент|Derbent|Ахты|Касумкент|Qusar",
        "ibibio": r"Uyo|Ikot Ekpene",
        "pohnpeian": r"Pohnpei",
    }
    gen = _gen(4)
    for origin in ORIGINS_HELDOUT124:
        hits = 0
        for _ in range(100):
            gen._set_origin(origin)
            hits += bool(re.search(towns[origin], gen.address()))
        assert hits >= 65, (origin, hits)
        if not IBAN_BY_ORIGIN_HELDOUT124[origin]:
            continue
        own = 0
        for _ in range(50):
            gen._set_origin(origin)
            own += re.sub(r"\s", "", gen.iban())[:2] in IBAN_BY_ORIGIN_HELDOUT124[origin]
        assert own >= 30, (origin, own)


def test_ibans_and_cards_are_valid_and_of_the_listed_kinds(built) -> None:  # noqa: ANN001
    assert set(IBAN_LENGTHS_HELDOUT124) == set(IBAN_BANKS_HELDOUT124)
    rng = random.Random(5)
    for country in IBAN_BANKS_HELDOUT124:
        for _ in range(20):
            iban = _iban_of(rng, country)
            assert iban_valid(iban) and len(iban) == IBAN_LENGTHS_HELDOUT124[country], iban
            assert any(iban[4:].startswith(b) for b in IBAN_BANKS_HELDOUT124[country][0]), iban
    cards = [e.text[s:t] for e in built for s, t, k in e.spans if k == "CREDIT_CARD"]
    assert cards and all(luhn_valid(re.sub(r"\D", "", c)) for c in cards)
    gen = _gen(6)
    numbers = [re.sub(r"\D", "", gen.card()) for _ in range(300)]
    prefixes = Counter(n[:4] for n in numbers)
    assert any(p.startswith("220") and p[3] in "01234" for p in prefixes)  # Mir
    assert any(n.startswith(("5060", "5061")) and len(n) == 19 for n in numbers)  # Verve's 19 digits
    assert any(p[:2] == "37" for p in prefixes)  # Amex
    ibans = [re.sub(r"\s", "", e.text[s:t]) for e in built for s, t, k in e.spans if k == "IBAN_CODE"]
    assert ibans and all(i[:2].upper() in IBAN_BANKS_HELDOUT124 for i in ibans)


def test_dates_of_birth_do_not_move_with_the_day_and_come_in_each_people_s_shapes() -> None:
    a, b = Gen124(8), Gen124(8)
    assert [a.dob_sample()[1] for _ in range(20)] == [b.dob_sample()[1] for _ in range(20)]
    values = [a.dob_sample()[1] for _ in range(400)] + [a.dob() for _ in range(200)]
    for y in (int(m) for v in values for m in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", v)):
        assert 1950 <= y <= 2009
    assert any(any(f" {m} " in v for m in RUSSIAN_MONTHS_HELDOUT124) and v.endswith(" г.") for v in values)
    assert any(
        re.fullmatch(rf"\d{{1,2}} de ({'|'.join(PORTUGUESE_MONTHS_HELDOUT124)}) de \d{{4}}", v)
        for v in values
    )
    assert any(re.fullmatch(rf"\d{{1,2}} ({'|'.join(TETUM_MONTHS_HELDOUT124)}) \d{{4}}", v) for v in values)
    assert any(re.fullmatch(rf"\d{{1,2}} ({'|'.join(AZERI_MONTHS_HELDOUT124)}) \d{{4}}", v) for v in values)
    assert any(re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+, \d{4}", v) for v in values)  # Nigeria
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", v) for v in values)  # the FSM
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", v) for v in values)
    assert len(TETUM_MONTHS_HELDOUT124) == len(AZERI_MONTHS_HELDOUT124) == 12
    for _ in range(50):  # the American shape puts the month first, the Nigerian the day
        shapes = a._dob_shapes()
        us, ng = shapes["us"].split("/"), shapes["ng"].split("/")
        assert us[0] == ng[1] and us[1] == ng[0] and int(us[0]) <= 12
    for template, value in (a.dob_sample() for _ in range(300)):
        if re.search(r"(?i)курсант|сын|filho|oğlum|daughter|hau moris|learner", template):
            year = int(re.findall(r"\d{4}", value)[0])
            assert LEARNER_YEARS_HELDOUT124[0] <= year <= LEARNER_YEARS_HELDOUT124[1], (template, value)


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = _gen(10)
    templates = {gen.secret()[0] for _ in range(800)}
    cues = ["abeg no tell anybody", "keta fó-hatene ba ema ida", "não digas a ninguém", "никому не говори"]
    cues += ["садазни лугьумир", "heç kimə demə", "dehr ndaiong emen", "OPay PIN", "m10 PIN", "key box"]
    cues += ["WIFI:T:WPA", "PAYSTACK_SECRET_KEY=", "BOOKING_DB_PASSWORD=", "TELEGRAM_BOT_TOKEN="]
    for cue in cues:
        assert any(cue in t for t in templates), cue


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    gen = _gen(12)
    domains = {d for ds in EMAIL_DOMAINS_HELDOUT124.values() for d in ds} | {"gmail.com"}
    subjects = {s for ss in SUBJECTS_HELDOUT124.values() for s in ss}
    emails = [gen.email() for _ in range(300)]
    for email in emails:
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.-]+", email) and email.split("@")[1] in domains, email
    handles = {gen.handle() for _ in range(200)}
    assert all(re.fullmatch(r"[a-z0-9._-]+", h) for h in handles), handles
    assert any(any(s in h for s in subjects) for h in handles)
    assert any("sixbabayev" in e or "ismixanov" in e or "elibey" in e for e in emails)  # Qusar's spellings


def test_phones_are_of_the_regions_formats() -> None:
    dag, az = r"9(28|88|03|64)", r"(50|51|55|70|77|99|10)"
    ng = r"(803|806|813|816|703|706|810|814|905|908|802|808|812|701)"
    shapes = {
        "timorese": r"\+670 7[3678]\d\d \d{4}|7[3678]\d\d \d{4}|\+670 7[3678]\d{6}|\+670 331 \d{4}",
        "lezgin": rf"\+7 {dag} \d{{3}}-\d\d-\d\d|8 {dag} \d{{3}} \d\d \d\d|8 \(87240\) [2-5]-\d\d-\d\d"
        rf"|\+994 {az} \d{{3}} \d\d \d\d|0{az} \d{{3}} \d\d \d\d",
        "ibibio": rf"\+234 {ng} \d{{3}} \d{{4}}|0{ng} \d{{3}} \d{{4}}|0{ng}\d{{7}}|\+234{ng}\d{{7}}",
        "pohnpeian": r"\(691\) 320-\d{4}|320-\d{4}|\+691 320-\d{4}|\+691 92\d \d{4}",
    }
    gen = _gen(13)
    for origin, shape in shapes.items():
        own = 0
        for _ in range(40):
            gen._set_origin(origin)
            phone = gen.phone()
            assert any(re.fullmatch(s, phone) for s in shapes.values()), phone
            own += bool(re.fullmatch(shape, phone))
        assert own >= 24, (origin, own)


def test_the_mixed_sentences_and_templates_are_well_formed() -> None:
    for template, types in HELDOUT124_MIXED:
        assert template.count("{}") == len(types), template
    for etype, templates in HELDOUT124_TEMPLATES.items():
        assert len(templates) >= 10, etype
        assert any(_chat_like(t) for t in templates) and any(not _chat_like(t) for t in templates), etype
        assert any(re.search(r"[\u0400-\u04ff]", t) for t in templates), etype
        assert any(_script(t) == "azeri" or re.search(r"[ãçéóúêâô]|kondusaun", t) for t in templates), etype
        assert all(t.count("{}") >= 1 for t in templates)


def test_the_set_holds_all_four_peoples_scripts_and_negatives_of_the_theme(built) -> None:  # noqa: ANN001
    names = _persons(built)
    assert any(re.search(r"[\u0400-\u04ff]", n) for n in names)
    assert any(AZ_LETTERS.search(n) for n in names)  # Qusar's Azerbaijani spelling
    assert any(set(n.split()) & set(TETUM_NAMES_HELDOUT124) for n in names)  # a Tetum name
    for origin in ("timorese", "ibibio", "pohnpeian"):
        families = {_key(f) for f in NAMES_HELDOUT124[origin][2]}
        assert any(set(_words(n)) & families for n in names), origin
    negatives = [e.text for e in built if not e.spans]
    assert len(negatives) == len(HELDOUT124_NEGATIVES)
    assert sum(bool(THEME.search(t)) for t in negatives) >= 40
    assert not THEME.search("the weather in Dili is hot")  # the theme check can fail
