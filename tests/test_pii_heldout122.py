"""Held-out set 122's own checks: its name forms, titles and kin words, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from bench.pii import Example, _chat_like
from bench.pii_heldout122 import (
    BALKAR_CLAN_HELDOUT122,
    BALKAR_FAMILY_HELDOUT122,
    BALKAR_MEN_HELDOUT122,
    BALKAR_WOMEN_HELDOUT122,
    CHAT_ONLY_FORMS_HELDOUT122,
    CHILD_YEARS_HELDOUT122,
    CYRILLIC_FORMS_HELDOUT122,
    CYRILLIC_HELDOUT122,
    DAGBAMBA_FAMILY_HELDOUT122,
    EMAIL_DOMAINS_HELDOUT122,
    ERZYA_FAMILY_HELDOUT122,
    ERZYA_MEN_HELDOUT122,
    ERZYA_OWN_HELDOUT122,
    ERZYA_WOMEN_HELDOUT122,
    FORCED_FORMS_HELDOUT122,
    FORCED_SENTENCES_HELDOUT122,
    FORM_ONLY_FORMS_HELDOUT122,
    HELDOUT122_MIXED,
    HELDOUT122_NEGATIVES,
    HELDOUT122_SEED,
    HELDOUT122_TEMPLATES,
    IBAN_BANKS_HELDOUT122,
    IBAN_BY_ORIGIN_HELDOUT122,
    IBAN_LENGTHS_HELDOUT122,
    JAPANESE_GIVEN_HELDOUT122,
    MARSHALLESE_FAMILY_HELDOUT122,
    MARSHALLESE_MARKED_HELDOUT122,
    MEN_FORMS_HELDOUT122,
    MISSPELT_HELDOUT122,
    NAME_LOCALES_HELDOUT122,
    NAME_TYPOS_HELDOUT122,
    NAMES_HELDOUT122,
    ORIGINS_HELDOUT122,
    PUBLIC_FIGURES_HELDOUT122,
    RUSSIAN_MONTHS_HELDOUT122,
    SHORTHAND_HELDOUT122,
    SUBJECTS_HELDOUT122,
    SUFFIXES_HELDOUT122,
    SURNAME_FIRST_LEADS_HELDOUT122,
    TITLED_HELDOUT122,
    WOMEN_FORMS_HELDOUT122,
    Gen122,
    _feminine,
    _fold,
    _iban_of,
    _patronymic,
    _reads_public,
    _typo122,
    build_heldout122,
)
from tests.helpers import phrase_in

SEEDS = [HELDOUT122_SEED, 5, 11]
CYRILLIC_ORIGINS = ("balkar", "erzya")
# names earlier sets or bench/pii.py hold, which this set leaves out (see the module's docstring)
LEFT_OUT = set(
    "Ismail Tahir Bella Otarov Yermolai Akulina Pelageya Agafya Yevdokiya Praskovya Matryona Fedot Anisya "
    "Kirdyashkin Feodosiya Ineshke Tyushtya Litova Iddrisu Abukari Sulemana Mumuni Tahiru Zakaria Wahab "
    "Yakubu Asana Mahama Dawuni Sadia Fuseini Alhassan Abiba Mahamudu Wumbei Anjain Langidrik Zackhras Jibas "
    "Ione Darlene Kabua Loeak Zedkaia Tomeing Alvin Kalani Hiroshi Kenji Yoshio Emiko Sachiko Mitsuko "
    "Fumiko".split()
)
MARKED = MARSHALLESE_MARKED_HELDOUT122["Jetnil"]


@cache
def _built(seed: int) -> tuple[Example, ...]:
    """One build per seed for the whole file (a build makes its faker instances: about half a second)."""
    return tuple(build_heldout122(seed))


@pytest.fixture(scope="module")
def built() -> tuple[Example, ...]:
    return _built(HELDOUT122_SEED)


def _persons(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, k in e.spans if k == "PERSON"]


def _listed() -> set[str]:
    """Every given and family name the lists hold, in Latin letters."""
    words = {w for men, women, families in NAMES_HELDOUT122.values() for w in men + women + families}
    return words | set(ERZYA_OWN_HELDOUT122) | set(JAPANESE_GIVEN_HELDOUT122)


def _cyrillic_names() -> set[str]:
    return set(CYRILLIC_HELDOUT122.values()) | set(BALKAR_CLAN_HELDOUT122.values())


def _typos() -> set[str]:
    return {t for typos in NAME_TYPOS_HELDOUT122.values() for t in typos.values()}


def _vocabulary() -> set[str]:
    """Every word a name of this set may be built from, lower case and without marks."""
    words: set[str] = _listed() | _cyrillic_names() | {MARKED}
    for origin in CYRILLIC_ORIGINS:
        men, women, families = NAMES_HELDOUT122[origin]
        for family in families:
            words |= {_feminine(family), _feminine(CYRILLIC_HELDOUT122[family])}
        for father in men:
            words |= {_patronymic(father, False), _patronymic(father, True)}
    for typo in _typos():
        words |= {typo, _feminine(typo)}
    return {_fold(w).lower() for w in words}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,.]+", _fold(name).lower()) if w]


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _iban_ok(iban: str) -> bool:
    iban = re.sub(r"\s", "", iban)
    moved = iban[4:] + iban[:4]
    return (
        bool(re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", iban))
        and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    )


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT122 == []
    assert str(HELDOUT122_SEED).startswith("122") and len(str(HELDOUT122_SEED)) == 7


@pytest.mark.parametrize("seed", SEEDS)
def test_the_size_and_the_negatives_hold_whatever_the_seed(seed: int) -> None:
    examples = _built(seed)
    assert 370 <= len(examples) <= 395
    assert sum(1 for e in examples if not e.spans) == len(HELDOUT122_NEGATIVES) == 78
    if seed == SEEDS[0]:  # a fresh build gives the same set
        assert [e.text for e in build_heldout122(seed)] == [e.text for e in examples]


def test_every_name_comes_from_the_hand_written_lists(built) -> None:  # noqa: ANN001
    vocabulary = _vocabulary()
    for name in _persons(built):
        for word in _words(name):
            assert len(word) == 1 or word in vocabulary, (word, name)


def test_no_name_an_earlier_set_holds_is_listed() -> None:
    listed = _listed() | _cyrillic_names() | _typos()
    assert not listed & LEFT_OUT
    bench = Path(__file__).resolve().parent.parent / "bench"
    earlier = [p for p in bench.glob("pii_heldout*.py") if int(p.stem.removeprefix("pii_heldout")) < 122]
    assert len(earlier) >= 95  # held-out 27 to 121
    seen: set[str] = set()
    for path in [*earlier, bench / "pii.py"]:
        seen |= set(re.findall(r"\w+", path.read_text(encoding="utf-8")))
    assert not listed & seen, sorted(listed & seen)
    assert _fold(MARKED) in listed  # the marked spelling's letters are a listed name's
    assert LEFT_OUT <= seen, sorted(
        LEFT_OUT - seen
    )  # the scan reads the earlier sets: each left-out name is there


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for name in _persons(_built(seed)):
        assert not _reads_public(name), name


def test_the_public_figures_guard_reads_marks_and_case() -> None:
    assert _reads_public("JOHN MAHAMA") and _reads_public("Kathy Jetn\u0304il-Kijiner")
    assert _reads_public("makhti dzhurtubaev") and _reads_public("the club read Kaisyn  Kuliev")
    assert not _reads_public("Seidu Yidana") and not _reads_public("Makhti Ulbashev")
    assert all(" " in p for p in PUBLIC_FIGURES_HELDOUT122)
    # 'Dzhurtubaev' is left off the lists because 'Makhti' is on them
    assert "Makhti" in BALKAR_MEN_HELDOUT122 and "Dzhurtubaev" not in BALKAR_FAMILY_HELDOUT122


def test_a_title_or_a_kin_word_stays_outside_the_span(built) -> None:  # noqa: ANN001
    titles = re.compile(
        r"(?i)^(тётя|дядя|баба|дед|hajia|alhaji|mallam|madam|auntie|bubu|iroij|leroij|mrs?\.)(?!\w)"
        r"|(?<!\w)(ынна|аппа|патя|леля)$"
    )
    seen = 0
    for e in built:
        for s, t, k in e.spans:
            if k != "PERSON":
                continue
            assert not titles.search(e.text[s:t]), e.text
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            seen += bool(before and before[0].lower() in TITLED_HELDOUT122)
    assert seen >= 4


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    seen = 0
    for e in _built(seed):
        for s, t, k in e.spans:
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            if k != "PERSON" or not before or before[0].lower() not in TITLED_HELDOUT122:
                continue
            seen += 1
            origins, woman, part = TITLED_HELDOUT122[before[0].lower()]
            pool = set()
            for origin in origins:
                men, women, families = NAMES_HELDOUT122[origin]
                if part == "family":
                    pool |= set(families)
                else:
                    pool |= set(men + women if woman is None else women if woman else men)
            pool |= {CYRILLIC_HELDOUT122.get(x, x) for x in pool}
            assert e.text[s:t].lower() in {x.lower() for x in pool}, e.text
    assert seen >= 4


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_before_a_kin_word_is_a_given_name_of_that_people_and_sex(seed: int) -> None:
    seen = 0
    for e in _built(seed):
        for s, t, k in e.spans:
            m = re.match(r" (ынна|аппа|патя|леля)(?!\w)", e.text[t:], re.IGNORECASE)
            if k != "PERSON" or not m:
                continue
            seen += 1
            origin, woman = SUFFIXES_HELDOUT122[m.group(1).lower()]
            men, women, _ = NAMES_HELDOUT122[origin]
            pool = women if woman else men
            allowed = {x.lower() for x in pool} | {CYRILLIC_HELDOUT122[x].lower() for x in pool}
            assert e.text[s:t].lower() in allowed, e.text
    assert seen


def _form_seen(names: list[str]) -> set[tuple[str, str]]:
    """The (origin, form) pairs a list of names shows, read from the names alone."""
    seen = set()
    typos = {
        o: set(d.values()) | {_feminine(x) for x in d.values()} for o, d in NAME_TYPOS_HELDOUT122.items()
    }
    both = [n.title() if n.isupper() or n.islower() else n for n in names]
    for name in names + both:
        words = name.split()
        base = [w.rstrip(",") for w in words]
        for origin in CYRILLIC_ORIGINS:
            men, women, fams = NAMES_HELDOUT122[origin]
            cyr_fams = {CYRILLIC_HELDOUT122[f] for f in fams}
            fem = {_feminine(f) for f in cyr_fams}
            cyr_given = {CYRILLIC_HELDOUT122[g] for g in men + women}
            if len(words) == 3 and base[0] in cyr_fams | fem and base[1] in cyr_given:
                if re.search(r"(вич|вна)$", base[2]):
                    seen.add((origin, "russian_form"))
            if (
                len(words) == 3
                and base[0] in cyr_fams | fem
                and re.fullmatch(r"\w\. \w\.", " ".join(words[1:]))
            ):
                seen.add((origin, "initials_cyr"))
            if len(words) == 2 and base[0] in cyr_given and base[1] in cyr_fams | fem:
                seen.add((origin, "cyrillic"))
                if base[1] in fem:
                    seen.add((origin, "female_cyrillic"))
            if len(words) == 2 and base[0] in cyr_given and re.search(r"(вич|вна)$", base[1]):
                seen.add((origin, "name_patronymic"))
            lat_fams = set(fams) | {_feminine(f) for f in fams}
            if len(base) == 2 and base[0] in men + women and base[1] in lat_fams:
                seen.add((origin, "latin"))
                if base[1] in {_feminine(f) for f in fams}:
                    seen.add((origin, "female_latin"))
        for origin in ORIGINS_HELDOUT122:
            if len(base) == 2 and base[-1] in typos[origin]:
                seen.add((origin, "typo"))
        bmen, bwomen, _ = NAMES_HELDOUT122["balkar"]
        balkar_given = {CYRILLIC_HELDOUT122[g] for g in bmen + bwomen}
        if len(words) == 2 and base[0] in BALKAR_CLAN_HELDOUT122.values() and base[1] in balkar_given:
            seen.add(("balkar", "clan_form"))
        erzya_fams = {CYRILLIC_HELDOUT122[f] for f in ERZYA_FAMILY_HELDOUT122}
        if len(words) == 2 and base[0] in ERZYA_OWN_HELDOUT122.values() and base[1] in erzya_fams:
            seen.add(("erzya", "erzya_given"))
        dmen, dwomen, dfams = NAMES_HELDOUT122["dagbamba"]
        if len(words) == 2 and base[0] in dmen + dwomen:
            if base[1] in dfams:
                seen.add(("dagbamba", "full"))
            if base[1] in dmen:
                seen.add(("dagbamba", "father_name"))
        if len(words) == 2 and words[0].endswith(","):
            if base[0] in dfams and base[1] in dmen + dwomen:
                seen.add(("dagbamba", "surname_first"))
        m = re.fullmatch(r"[A-Z]\. (\w+)", name)
        if m and m.group(1) in dfams:
            seen.add(("dagbamba", "initials"))
        mmen, mwomen, mfams = NAMES_HELDOUT122["marshallese"]
        if len(words) == 2 and base[0] in mmen + mwomen and base[1] in mfams:
            seen.add(("marshallese", "full"))
        if len(words) == 2 and words[0].endswith(",") and base[0] in mfams and base[1] in mmen + mwomen:
            seen.add(("marshallese", "surname_first"))
        if len(words) == 2 and base[0] in JAPANESE_GIVEN_HELDOUT122 and base[1] in mfams:
            seen.add(("marshallese", "japanese_given"))
        if len(words) == 3 and base[0] in mmen + mwomen and re.fullmatch(r"[A-Z]\.", words[1]):
            if base[2] in mfams:
                seen.add(("marshallese", "middle_initial"))
        if len(words) == 2 and base[0] in mmen + mwomen and base[1].lower() == MARKED.lower():
            seen.add(("marshallese", "marked"))
    return seen


@pytest.mark.parametrize("seed", [*SEEDS, 2, 3, 4])
def test_every_forced_form_appears_whatever_the_seed(seed: int) -> None:
    seen = _form_seen(_persons(_built(seed)))
    missing = [pair for pair in FORCED_FORMS_HELDOUT122 if pair not in seen]
    assert not missing, missing


def test_the_forms_check_can_fail() -> None:
    assert ("dagbamba", "surname_first") not in _form_seen(["Ayishetu Yidana", "Yidana Ayishetu"])
    assert ("dagbamba", "surname_first") in _form_seen(["YIDANA, AYISHETU"])
    assert ("dagbamba", "father_name") in _form_seen(["Ayishetu Issahaku"])
    assert ("dagbamba", "father_name") not in _form_seen(["Ayishetu Yidana"])
    assert ("balkar", "clan_form") in _form_seen(["Улбашланы Хызыр"])
    assert ("balkar", "clan_form") not in _form_seen(["Улбашев Хызыр"])
    assert ("erzya", "russian_form") in _form_seen(["Нуянзин Антип Прохорович"])
    assert ("erzya", "russian_form") not in _form_seen(["Нуянзин Антип"])
    assert ("marshallese", "marked") in _form_seen([f"Lijon {MARKED}"])
    assert ("marshallese", "marked") not in _form_seen(["Lijon Jetnil"])
    assert ("marshallese", "marked") in _form_seen([f"lijon {MARKED.lower()}"])
    assert ("marshallese", "middle_initial") in _form_seen(["Lijon K. Riklon"])
    assert ("erzya", "erzya_given") not in _form_seen(["Антип Нуянзин"])
    assert ("erzya", "erzya_given") in _form_seen(["Пургаз Нуянзин"])


@pytest.mark.parametrize("seed", SEEDS)
def test_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(seed: int) -> None:
    names = _persons(_built(seed))
    vocabulary = {}
    for origin, (men, women, families) in NAMES_HELDOUT122.items():
        own = {_fold(w).lower() for w in men + women + families}
        own |= {CYRILLIC_HELDOUT122.get(w, w).lower() for w in men + women + families}
        own |= {_feminine(CYRILLIC_HELDOUT122.get(w, w)).lower() for w in families}
        vocabulary[origin] = own
    for origin in ORIGINS_HELDOUT122:
        own = [n for n in names if set(_words(n)) & vocabulary[origin] and " " in n.strip()]
        assert any(n == n.upper() and n != n.lower() for n in own), origin
        assert any(n == n.lower() for n in own), origin


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen122(3)
    for origin, form in FORCED_FORMS_HELDOUT122:
        for woman in (False, True):
            value = gen._form(origin, form, woman)
            assert value.strip() == value and value, (origin, form)
            cyr = bool(re.search(r"[\u0400-\u04ff]", value))
            assert cyr == (form in CYRILLIC_FORMS_HELDOUT122), (origin, form, value)
            if form in WOMEN_FORMS_HELDOUT122:
                assert re.search(r"(a|а)$", value), value
            if form in MEN_FORMS_HELDOUT122:
                assert value.split()[0] in ERZYA_OWN_HELDOUT122.values(), value
    assert all(gen._form("balkar", "clan_form").split()[0].endswith("ланы") for _ in range(20))
    assert all(gen._form("marshallese", "marked").endswith(MARKED) for _ in range(5))


def test_the_forced_sentences_hold_one_slot_and_suit_their_kind() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT122.items():
        for template in templates:
            assert template.count("{}") == 1, template
            if key.startswith("chat_") or key.startswith("lower_"):
                assert _chat_like(template), template
            if key.startswith("form_") or key.startswith("upper_"):
                assert not _chat_like(template), template
            if key.endswith("cyrillic") or key in ("upper_balkar", "upper_erzya"):
                assert re.search(r"[\u0400-\u04ff]", template), template


def test_forms_are_owed_only_where_they_read_right() -> None:
    gen = Gen122(1)
    gen.owed = [("marshallese", "typo"), ("erzya", "initials_cyr")]
    # a typo is for chat, Cyrillic initials are for a Cyrillic form
    assert gen._owed_for(None, False, False, None) is None
    assert gen._owed_for(None, True, False, None) == ("erzya", "initials_cyr")
    assert gen._owed_for(None, False, True, None) == ("marshallese", "typo")
    assert gen._owed_for(("dagbamba",), False, True, None) is None
    assert CHAT_ONLY_FORMS_HELDOUT122.isdisjoint(FORM_ONLY_FORMS_HELDOUT122)


def test_a_template_s_script_gets_a_name_in_that_script() -> None:
    gen = Gen122(7)
    for _ in range(60):
        assert re.search(r"[\u0400-\u04ff]", gen.person_for("{} из Саранска записалась в читательский клуб"))
        value = gen.person_for("{} from Majuro picked up the books at the Alele library")
        assert not re.search(r"[\u0400-\u04ff]", value), value
        value = gen.person_for("{} in Yendi has three books overdue at the community library")
        assert value.isascii(), value


def test_a_family_name_first_template_gets_its_people_s_name() -> None:
    gen = Gen122(9)
    for lead, (origins, _form) in SURNAME_FIRST_LEADS_HELDOUT122.items():
        for _ in range(10):
            value = gen.person_for(f"{lead}: {{}}")
            first = value.split()[0].rstrip(",")
            fams = set()
            for origin in origins:
                for f in NAMES_HELDOUT122[origin][2]:
                    cyr = CYRILLIC_HELDOUT122.get(f, f)
                    fams |= {f.lower(), cyr.lower(), _feminine(cyr).lower()}
            assert first.lower() in fams, (lead, value)


def test_a_name_of_a_place_s_template_comes_from_that_place_s_people() -> None:
    gen = Gen122(8)
    cases = {
        "{} from Tamale runs the reading club on Saturdays": "dagbamba",
        "{} on Ebeye runs the kids' reading hour at the school": "marshallese",
        "{} из Саранска записалась в читательский клуб": "erzya",
        "{} в Тырныаузе ведёт детский час чтения по субботам": "balkar",
    }
    for template, origin in cases.items():
        own = _vocabulary_of(origin)
        for _ in range(30):
            value = gen.person_for(template)
            assert set(_words(value)) & own, (template, value)


def _vocabulary_of(origin: str) -> set[str]:
    men, women, families = NAMES_HELDOUT122[origin]
    words = set(men + women + families) | set(NAME_TYPOS_HELDOUT122[origin].values())
    if origin in CYRILLIC_ORIGINS:
        words |= {CYRILLIC_HELDOUT122[w] for w in men + women + families}
        words |= {_feminine(w) for w in list(words)}
        words |= (
            set(ERZYA_OWN_HELDOUT122.values()) if origin == "erzya" else set(BALKAR_CLAN_HELDOUT122.values())
        )
    if origin == "marshallese":
        words |= set(JAPANESE_GIVEN_HELDOUT122) | {MARKED}
    return {_fold(w).lower() for w in words}


def test_the_helpers_for_name_forms() -> None:
    assert _patronymic("Taulan", False) == "Тауланович"
    assert _patronymic("Savely", False) == "Савельевич"
    assert _patronymic("Terenty", True) == "Терентьевна"
    assert _patronymic("Khusey", True) == "Хусеевна"
    assert _patronymic("Makhti", False) == "Махтиевич"
    assert _patronymic("Antip", True) == "Антиповна"
    assert _feminine("Ulbashev") == "Ulbasheva" and _feminine("Нуянзин") == "Нуянзина"
    assert _fold(MARKED) == "Jetnil" and _fold("Хусей Соттаев") == "Хусей Соттаев"
    assert all(re.fullmatch(r"[\u0400-\u04ff]+", v) for v in CYRILLIC_HELDOUT122.values())
    assert all(k.isascii() for k in CYRILLIC_HELDOUT122)
    assert set(BALKAR_CLAN_HELDOUT122) == set(BALKAR_FAMILY_HELDOUT122)
    assert all(v.endswith("ланы") for v in BALKAR_CLAN_HELDOUT122.values())
    assert set(BALKAR_MEN_HELDOUT122) | set(BALKAR_WOMEN_HELDOUT122) | set(BALKAR_FAMILY_HELDOUT122) == {
        x for part in NAMES_HELDOUT122["balkar"] for x in part
    }
    assert set(ERZYA_MEN_HELDOUT122) | set(ERZYA_WOMEN_HELDOUT122) | set(ERZYA_FAMILY_HELDOUT122) == {
        x for part in NAMES_HELDOUT122["erzya"] for x in part
    }
    assert set(DAGBAMBA_FAMILY_HELDOUT122).isdisjoint(NAMES_HELDOUT122["dagbamba"][0])  # father_name reads
    assert set(MARSHALLESE_MARKED_HELDOUT122) <= set(MARSHALLESE_FAMILY_HELDOUT122)


def test_the_typo_leaves_titles_and_forms_alone() -> None:
    rng = random.Random(1)
    kept = ("тётя {}", "дядя {}", "баба {}", "дед {}", "Hajia {}", "Alhaji {}", "Mallam {}", "Bubu {}")
    kept += ("{} ынна", "{} аппа", "{} патя", "{} леля", "Mrs. {}", "iakwe {}")
    for template in HELDOUT122_TEMPLATES["PERSON"]:
        slipped = _typo122(rng, template)
        assert slipped.count("{}") == template.count("{}")
        if not _chat_like(template):
            assert slipped == template
        for title in kept:
            assert (title in template) == (title in slipped)


def test_the_typo_slips_a_library_word_or_a_shorthand() -> None:
    rng = random.Random(2)
    outs = {_typo122(rng, "the library receipt came on Wednesday, thanks, please") for _ in range(40)}
    assert any(v in out for out in outs for v in MISSPELT_HELDOUT122.values())
    assert any(v in out.split(", ") for out in outs for v in SHORTHAND_HELDOUT122.values())
    assert _typo122(rng, "спасибо, пожалуйста {}") != "спасибо, пожалуйста {}"
    assert _typo122(rng, "because {}") == "bc {}"
    assert _typo122(rng, "Because: {}") == "Because: {}"  # a form is left alone


@pytest.mark.parametrize("seed", SEEDS)
def test_the_build_holds_typos_of_both_kinds(seed: int) -> None:
    slips = [e.text for e in _built(seed) if e.style == "typo"]
    misspelt = [t for t in slips if any(re.search(rf"(?i)\b{v}\b", t) for v in MISSPELT_HELDOUT122.values())]
    short = [
        t for t in slips if any(re.search(rf"(?i)(?<!\w){v}(?!\w)", t) for v in SHORTHAND_HELDOUT122.values())
    ]
    assert misspelt and short, (misspelt, short)


def test_the_templates_hold_the_words_the_typo_slips() -> None:
    texts = " ".join(t for ts in HELDOUT122_TEMPLATES.values() for t in ts)
    for word in ("please", "пожалуйста", "library", "receipt", "Wednesday", "borrowed", "reservation"):
        assert word in texts, word


def _full_names() -> set[str]:
    fulls: set[str] = set()
    for origin, (men, women, lasts) in NAMES_HELDOUT122.items():
        for first in men + women:
            for last in lasts:
                fulls |= {f"{first} {last}", f"{last} {first}", f"{last}, {first}"}
                if origin in CYRILLIC_ORIGINS:
                    given, fam = CYRILLIC_HELDOUT122[first], CYRILLIC_HELDOUT122[last]
                    fulls |= {f"{given} {fam}", f"{fam} {given}", f"{given} {_feminine(fam)}"}
                if origin == "balkar":
                    fulls.add(f"{BALKAR_CLAN_HELDOUT122[last]} {CYRILLIC_HELDOUT122[first]}")
    return fulls


def test_negatives_name_no_listed_person() -> None:
    fulls = _full_names()
    names = _listed() | _cyrillic_names() | _typos()
    for text in HELDOUT122_NEGATIVES:
        assert not phrase_in(text, fulls), text
        assert not set(re.findall(r"\w+", text)) & names, text
        assert "{}" not in text and not _reads_public(text), text
    # the titles, the kin words and the naming customs are explained there
    assert any("ынна" in text and "аппа" in text for text in HELDOUT122_NEGATIVES)
    assert any("патя" in text and "леля" in text for text in HELDOUT122_NEGATIVES)
    assert any("Alhaji" in text and "Hajia" in text for text in HELDOUT122_NEGATIVES)
    assert any("Bubu" in text and "Iroij" in text for text in HELDOUT122_NEGATIVES)
    assert any("father's given name" in text for text in HELDOUT122_NEGATIVES)


def test_the_negatives_check_can_fail() -> None:
    fulls = _full_names()
    assert phrase_in("the club met at Seidu Yidana's house", fulls)
    assert phrase_in("ЧИТАТЕЛЬ: УЛБАШЛАНЫ ХЫЗЫР", fulls)
    assert not phrase_in("the club met at the library", fulls)


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    towns = {
        "balkar": r"Нальчик|Nalchik|Тырныауз",
        "erzya": r"Саранск|Saransk",
        "dagbamba": r"Tamale|Yendi",
        "marshallese": r"Majuro|Ebeye|Springdale",
    }
    gen = Gen122(4)
    for origin in ORIGINS_HELDOUT122:
        hits = 0
        for _ in range(100):
            gen._set_origin(origin)
            hits += bool(re.search(towns[origin], gen.address()))
        assert hits >= 65, (origin, hits)
        own = 0
        for _ in range(50):
            gen._set_origin(origin)
            own += re.sub(r"\s", "", gen.iban())[:2] in IBAN_BY_ORIGIN_HELDOUT122[origin]
        assert own >= 30, (origin, own)


def test_ibans_and_cards_are_valid_and_of_the_listed_kinds(built) -> None:  # noqa: ANN001
    rng = random.Random(5)
    for country in IBAN_BANKS_HELDOUT122:
        for _ in range(20):
            iban = _iban_of(rng, country)
            assert _iban_ok(iban) and len(iban) == IBAN_LENGTHS_HELDOUT122[country], iban
            assert iban[:2] == country and any(
                iban[4:].startswith(b) for b in IBAN_BANKS_HELDOUT122[country][0]
            )
    assert not _iban_ok("GB82 WEST 1234 5698 7654 33") and _iban_ok("GB82 WEST 1234 5698 7654 32")
    cards = [e.text[s:t] for e in built for s, t, k in e.spans if k == "CREDIT_CARD"]
    assert cards and all(_luhn_ok(re.sub(r"\D", "", c)) for c in cards)
    assert _luhn_ok("4242424242424242") and not _luhn_ok("4242424242424241")
    gen = Gen122(6)
    prefixes = Counter(re.sub(r"\D", "", gen.card())[:4] for _ in range(400))
    assert any(p.startswith("220") and p[3] in "01234" for p in prefixes)  # Mir
    assert prefixes["6011"] and any(p[:2] in ("34", "37") for p in prefixes)  # Discover, Amex
    ibans = [re.sub(r"\s", "", e.text[s:t]) for e in built for s, t, k in e.spans if k == "IBAN_CODE"]
    assert ibans and all(i[:2].upper() in IBAN_BANKS_HELDOUT122 for i in ibans)


def test_dates_of_birth_do_not_move_with_the_day_and_come_in_each_people_s_shapes() -> None:
    a, b = Gen122(8), Gen122(8)
    assert [a.dob_sample()[1] for _ in range(20)] == [b.dob_sample()[1] for _ in range(20)]
    gen = Gen122(8)
    values = [gen.dob_sample()[1] for _ in range(400)] + [gen.dob() for _ in range(200)]
    for y in (int(m) for v in values for m in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", v)):
        assert 1948 <= y <= 2020
    assert any(any(m in v for m in RUSSIAN_MONTHS_HELDOUT122) and v.endswith(" г.") for v in values)
    assert any(re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+, \d{4}", v) for v in values)  # Ghana
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", v) for v in values)  # the Marshall Islands
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", v) for v in values)
    for _ in range(50):  # the American shape puts the month first, the Ghanaian the day
        shapes = gen._dob_shapes()
        us, gh = shapes["us"].split("/"), shapes["gh"].split("/")
        assert us[0] == gh[1] and us[1] == gh[0] and int(us[0]) <= 12
    for template, value in (gen.dob_sample() for _ in range(300)):
        if "читател" in template or "son" in template or "daughter" in template or "дочка" in template:
            year = int(re.findall(r"\d{4}", value)[0])
            assert CHILD_YEARS_HELDOUT122[0] <= year <= CHILD_YEARS_HELDOUT122[1], (template, value)


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen122(10)
    templates = {gen.secret()[0] for _ in range(800)}
    cues = ["никому не говори", "бир кишиге да айтма", "иля ёвта киненьгак", "don't tell anybody oo"]
    cues += ["kwon jab ba nan jabdewot", "WIFI:T:WPA", "PAYSTACK_SECRET_KEY=", "KOHA_DB_PASSWORD="]
    cues += ["library card PIN", "MoMo PIN", "ПИН читательского билета"]
    for cue in cues:
        assert any(cue in t for t in templates), cue


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    gen = Gen122(12)
    domains = {d for ds in EMAIL_DOMAINS_HELDOUT122.values() for d in ds} | {"gmail.com"}
    subjects = {s for ss in SUBJECTS_HELDOUT122.values() for s in ss}
    for _ in range(200):
        email = gen.email()
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.-]+", email) and email.split("@")[1] in domains, email
        handle = gen.handle()
        assert re.fullmatch(r"[a-z0-9._-]+", handle), handle
    handles = {gen.handle() for _ in range(200)}
    assert any(any(s in h for s in subjects) for h in handles)


def test_phones_are_of_the_regions_formats() -> None:
    shapes = {
        "balkar": r"\+7 9(28|38|03|67) \d{3}-\d\d-\d\d|8 9(28|38|03|67) \d{3} \d\d \d\d"
        r"|\(8662\) \d\d-\d\d-\d\d|\+7 8662 \d\d-\d\d-\d\d|8 \(86638\) \d-\d\d-\d\d",
        "erzya": r"\+7 9(27|37|87|02) \d{3}-\d\d-\d\d|8-9(27|37|87|02)-\d{3}-\d\d-\d\d"
        r"|8 \(8342\) \d\d-\d\d-\d\d|\+7 8342 \d\d-\d\d-\d\d",
        "dagbamba": r"0(24|54|55|59|20|50) \d{3} \d{4}|\+233 (24|54|55|59|20|50) \d{3} \d{4}"
        r"|0(24|54|55|59|20|50)\d{7}|\+233(24|54|55|59|20|50)\d{7}|\+233 37 202 \d{4}",
        "marshallese": r"\+692 (625|329|455) \d{4}|\(692\) 625-\d{4}|625-\d{4}|\+1 479 \d{3} \d{4}",
    }
    gen = Gen122(13)
    for origin, shape in shapes.items():
        own = 0
        for _ in range(40):
            gen._set_origin(origin)
            phone = gen.phone()
            assert any(re.fullmatch(s, phone) for s in shapes.values()), phone
            own += bool(re.fullmatch(shape, phone))
        assert own >= 24, (origin, own)


def test_the_mixed_sentences_and_templates_are_well_formed() -> None:
    for template, types in HELDOUT122_MIXED:
        assert template.count("{}") == len(types), template
    for etype, templates in HELDOUT122_TEMPLATES.items():
        assert len(templates) >= 10, etype
        assert any(_chat_like(t) for t in templates) and any(not _chat_like(t) for t in templates), etype
        assert any(re.search(r"[\u0400-\u04ff]", t) for t in templates), etype
        assert all(t.count("{}") >= 1 for t in templates)


def test_the_set_holds_all_four_peoples_scripts_and_negatives_of_the_theme(built) -> None:  # noqa: ANN001
    names = _persons(built)
    assert any(re.search(r"[\u0400-\u04ff]", n) for n in names)
    assert any(set(n.split()) & set(BALKAR_CLAN_HELDOUT122.values()) for n in names)
    assert any(MARKED.lower() in n.lower() for n in names)
    assert any(set(_words(n)) & {f.lower() for f in DAGBAMBA_FAMILY_HELDOUT122} for n in names)
    assert any(set(_words(n)) & {f.lower() for f in MARSHALLESE_FAMILY_HELDOUT122} for n in names)
    negatives = [e.text for e in built if not e.spans]
    assert len(negatives) == len(HELDOUT122_NEGATIVES)
    theme = r"(?i)librar|book|read|club|isbn|libby|литрес|библиотек|книг|читател|e-book|overdue|fine|штраф"
    assert sum(bool(re.search(theme, t)) for t in negatives) >= 40
