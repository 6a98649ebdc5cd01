"""Held-out set 125's own checks: its name forms, titles and kin words, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from bench.pii import Example, _chat_like
from bench.pii_heldout125 import (
    BIRTH_YEARS_HELDOUT125,
    CHAT_ONLY_FORMS_HELDOUT125,
    CHUWABO_FAMILY_HELDOUT125,
    DAUGHTER_OF_HELDOUT125,
    DEVANAGARI_FORMS_HELDOUT125,
    DEVANAGARI_HELDOUT125,
    DEVI_HELDOUT125,
    EMAIL_DOMAINS_HELDOUT125,
    FORCED_FORMS_HELDOUT125,
    FORCED_SENTENCES_HELDOUT125,
    FORM_ONLY_FORMS_HELDOUT125,
    GEORGIAN_FORMS_HELDOUT125,
    GEORGIAN_HELDOUT125,
    GEORGIAN_MONTHS_HELDOUT125,
    HELDOUT125_MIXED,
    HELDOUT125_NEGATIVES,
    HELDOUT125_SEED,
    HELDOUT125_TEMPLATES,
    HINDI_MONTHS_HELDOUT125,
    IBAN_BANKS_HELDOUT125,
    IBAN_BY_ORIGIN_HELDOUT125,
    IMERETIAN_FAMILY_HELDOUT125,
    IMERETIAN_MEN_HELDOUT125,
    IMERETIAN_WOMEN_HELDOUT125,
    LIMONESE_FAMILY_HELDOUT125,
    MAITHIL_FAMILY_HELDOUT125,
    MAITHIL_MEN_HELDOUT125,
    MAITHIL_MIDDLE_MEN_HELDOUT125,
    MAITHIL_MIDDLE_WOMEN_HELDOUT125,
    MAITHIL_WOMEN_HELDOUT125,
    MISSPELT_HELDOUT125,
    NAME_LOCALES_HELDOUT125,
    NAME_TYPOS_HELDOUT125,
    NAMES_HELDOUT125,
    ORIGINS_HELDOUT125,
    PORTUGUESE_MONTHS_HELDOUT125,
    PUBLIC_FIGURES_HELDOUT125,
    SHORTHAND_HELDOUT125,
    SON_OF_HELDOUT125,
    SPANISH_MONTHS_HELDOUT125,
    SUBJECTS_HELDOUT125,
    SUFFIXES_HELDOUT125,
    SURNAME_FIRST_LEADS_HELDOUT125,
    TITLED_HELDOUT125,
    WOMEN_FORMS_HELDOUT125,
    Gen125,
    _fold,
    _genitive,
    _iban_of,
    _nominative,
    _plain,
    _reads_public,
    _typo125,
    build_heldout125,
)
from tests.helpers import phrase_in

SEEDS = [HELDOUT125_SEED, 5, 11]
DEVANAGARI = re.compile(r"[\u0900-\u097f]")
GEORGIAN = re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf]")
# names earlier sets or bench/pii.py hold, which this set leaves out (see the module's docstring)
LEFT_OUT = set(
    "Eusebio Florencio Herminia Bonifacio Hilario Zeferino "
    "Felisberto Anselmo Custódio Evaristo Ambrósio Ermelinda Felismina Albertina Rosalina Palmira Laurinda "
    "Clotilde Joaquina Cipriano Raimundo Feliciano Crisóstomo Anacleto Marcelino Damião Thakur Choudhary "
    "Labh Mandal Kamat Karna Hemlata Sumitra Bhagwati Chandrakala Revaz Vakhtang Jemal Merab Besarion Nodar "
    "Kakha Badri Gela Ketevan Eteri Mzia Tsintsadze Kapanadze Makharadze Bolkvadze Beridze Hyacinth Errol "
    "Delroy Leroy Myrtle Inez Lurline Fitzroy Neville Desmond Carlton Eulalie Velma Yvette Claudette Ebanks "
    "Whyte Blackwood Spence Levy Curling Mullins".split()
)
# Maithil family names left out because an earlier set holds them in Devanagari ('Mahto' as 'महतो')
LEFT_OUT_DEVANAGARI = {"महतो"}
TITLES = re.compile(
    r"(?i)^(?:mano|mana|tio|tia|mamã|dona|senhor|dr\.|batono|kalbatono|bebo|babua|ბატონი|ქალბატონი|ბებო|ბაბუა|"
    r"miss|mrs?\.|granny|don|doña)(?=\s)|(?<=\s)(?:ji|bhaiya|didi|kaka|kaki|जी|भैया|दीदी|काका|काकी)$"
)
THEME = re.compile(
    r"(?i)park|parque|estacion|bay\b|bays|level|permit|ticket|fine\b|multa|boleta|tow|reboque|grúa|pound|"
    r"barrier|gate|portão|tariff|warden|attendant|anpr|driveway|plate|\bcar\b|cars\b|dístico|stand|shift|"
    r"pay station|पार्किंग|गाड़ी|गेट|ჭიშკ|პარკირ|მანქანა|ჯარიმ|chapa|bicycle|taxi|shuttle|carnival|seafront"
)


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
    assert iban_valid("GE29 NB00 0000 0101 9049 17") and not iban_valid("GE28 NB00 0000 0101 9049 17")
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


@cache
def _build(seed: int) -> tuple[Example, ...]:
    """One build per seed for the whole file (the checks only read it)."""
    return tuple(build_heldout125(seed))


@pytest.fixture(scope="module")
def built() -> tuple[Example, ...]:
    return _build(HELDOUT125_SEED)


def _persons(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, k in e.spans if k == "PERSON"]


def _listed() -> set[str]:
    """Every given and family name the lists hold, in Latin letters."""
    return {w for men, women, families in NAMES_HELDOUT125.values() for w in men + women + families}


def _typos() -> set[str]:
    return {t for typos in NAME_TYPOS_HELDOUT125.values() for t in typos.values()}


def _georgian_words() -> set[str]:
    """The Georgian names in every shape the set writes them: as listed, a given name in the nominative, a
    father's in the genitive, and 'son of' and 'daughter of'."""
    words = set(GEORGIAN_HELDOUT125.values())
    for given in list(IMERETIAN_MEN_HELDOUT125.values()) + list(IMERETIAN_WOMEN_HELDOUT125.values()):
        words.add(_nominative(given))
    words |= {_genitive(g, True) for g in IMERETIAN_MEN_HELDOUT125.values()}
    return words | {SON_OF_HELDOUT125[0], DAUGHTER_OF_HELDOUT125[0]}


def _vocabulary() -> set[str]:
    """Every word a name of this set may be built from, lower case and without marks."""
    words: set[str] = _listed() | _typos() | _georgian_words() | set(DEVANAGARI_HELDOUT125.values())
    words |= set(DEVANAGARI_HELDOUT125) | {SON_OF_HELDOUT125[1], DAUGHTER_OF_HELDOUT125[1]}
    words |= {_genitive(g, False) for g in IMERETIAN_MEN_HELDOUT125}
    return {_fold(w).lower() for w in words}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,.]+", _fold(name).lower()) if w]


def _outside_the_lists(names: list[str]) -> list[str]:
    vocabulary = _vocabulary()
    return [n for n in names if any(len(w) > 1 and w not in vocabulary for w in _words(n))]


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT125 == []
    assert str(HELDOUT125_SEED).startswith("125") and len(str(HELDOUT125_SEED)) == 7


@pytest.mark.parametrize("seed", SEEDS)
def test_the_size_and_the_negatives_hold_whatever_the_seed(seed: int) -> None:
    examples = _build(seed)
    assert 370 <= len(examples) <= 395
    assert sum(1 for e in examples if not e.spans) == len(HELDOUT125_NEGATIVES) == 78
    if seed == SEEDS[0]:  # a fresh build gives the same set
        assert [e.text for e in build_heldout125(seed)] == [e.text for e in examples]


def test_every_name_comes_from_the_hand_written_lists(built) -> None:  # noqa: ANN001
    assert not _outside_the_lists(_persons(built))
    # the check can fail: a name no list holds, and the right forms of listed names
    assert _outside_the_lists(["Olegário Sousa", "Kameshwar Singh"]) == ["Olegário Sousa", "Kameshwar Singh"]
    assert not _outside_the_lists(["K. N. Karn", "შალვა გურამის ძე კიკნაძე", "Olegario Muaria"])
    assert not _outside_the_lists(["Parchment Stennett, Icilda", "वैदेही देवी", "გურამი", "MISHRA, VIBHA"])


def _devanagari_in(texts: list[str], word: str) -> bool:
    """Whether any text holds `word` in Devanagari as a word of its own (Python's \\w splits Devanagari at
    its vowel signs, so the word scan below cannot see it)."""
    pattern = re.compile(r"(?<![\u0900-\u097f])" + re.escape(word) + r"(?![\u0900-\u097f])")
    return any(word in t and pattern.search(t) for t in texts)


def test_no_name_an_earlier_set_holds_is_listed() -> None:
    listed = _listed() | _typos()
    assert not listed & LEFT_OUT
    bench = Path(__file__).resolve().parent.parent / "bench"
    earlier = [
        p for p in bench.glob("pii_heldout*.py") if int(p.stem.removeprefix("pii_heldout")) < 124
    ]  # held-out 27 to 123 (124, written beside it, is no earlier set)
    assert len(earlier) >= 97
    texts = [path.read_text(encoding="utf-8") for path in [*earlier, bench / "pii.py"]]
    seen: set[str] = set()
    for text in texts:
        seen |= set(re.findall(r"\w+", text))
    ascii_forms = {_fold(w) for w in listed}  # a name typed without its marks ('Olegario')
    georgian = set(GEORGIAN_HELDOUT125.values()) | {_nominative(g) for g in GEORGIAN_HELDOUT125.values()}
    assert not (listed | ascii_forms | georgian) & seen, sorted((listed | ascii_forms | georgian) & seen)
    devanagari = {v for k, v in DEVANAGARI_HELDOUT125.items() if k in listed}
    assert not [w for w in devanagari if _devanagari_in(texts, w)]
    assert LEFT_OUT <= seen, sorted(LEFT_OUT - seen)  # the scan reads the earlier sets: every name left out
    # is found there
    assert all(_devanagari_in(texts, w) for w in LEFT_OUT_DEVANAGARI)
    assert _devanagari_in(["श्री कर्ण जी"], "कर्ण") and not _devanagari_in(["समझा"], "झा")  # the check can fail


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for name in _persons(_build(seed)):
        assert not _reads_public(name), name


def test_the_public_figures_guard_reads_marks_and_case() -> None:
    assert _reads_public("UMAKANT YADAV") and _reads_public("Bonifacio  Gruveta")
    assert _reads_public("kameshwar paswan") and _reads_public("the stand named after Merlene Ottey")
    assert not _reads_public("Umakant Karn") and not _reads_public("Otar Kiknadze")
    assert all(" " in p for p in PUBLIC_FIGURES_HELDOUT125)
    # the lists can make some of them: the draws must step round those
    men = set(NAMES_HELDOUT125["maithil"][0])
    assert "Kameshwar" in men and "Paswan" in MAITHIL_FAMILY_HELDOUT125 and "Umakant" in men


def test_a_title_or_a_kin_word_stays_outside_the_span(built) -> None:  # noqa: ANN001
    seen = 0
    for e in built:
        for s, t, k in e.spans:
            if k != "PERSON":
                continue
            assert not TITLES.search(e.text[s:t]), e.text
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            after = e.text[t:].split()[:1]
            seen += bool(before and before[0].lower() in TITLED_HELDOUT125)
            seen += bool(after and after[0].lower() in SUFFIXES_HELDOUT125)
    assert seen >= 6
    assert TITLES.search("mamã Deolinda") and TITLES.search("Vaidehi didi") and not TITLES.search("Deolinda")


def _given_pool(origins: tuple[str, ...], woman: bool | None, part: str) -> set[str]:
    """The names a title may stand before: given or family, of the title's origins and sex, in every script
    and shape the set writes them (a Georgian given name in the nominative)."""
    pool: set[str] = set()
    for origin in origins:
        men, women, families = NAMES_HELDOUT125[origin]
        pool |= (
            set(families)
            if part == "family"
            else set(men + women if woman is None else women if woman else men)
        )
    pool |= {DEVANAGARI_HELDOUT125.get(x, x) for x in pool}
    pool |= {_nominative(GEORGIAN_HELDOUT125[x]) for x in pool if x in GEORGIAN_HELDOUT125}
    return {_fold(x).lower() for x in pool}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    seen = 0
    for e in _build(seed):
        for s, t, k in e.spans:
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            if k != "PERSON" or not before or before[0].lower() not in TITLED_HELDOUT125:
                continue
            seen += 1
            origins, woman, part = TITLED_HELDOUT125[before[0].lower()]
            assert _fold(e.text[s:t]).lower() in _given_pool(origins, woman, part), e.text
    assert seen >= 4


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_before_a_kin_word_is_a_maithil_given_name_of_that_sex(seed: int) -> None:
    seen = 0
    for e in _build(seed):
        for s, t, k in e.spans:
            m = re.match(r" (\S+)", e.text[t:])
            if k != "PERSON" or not m or m.group(1).lower() not in SUFFIXES_HELDOUT125:
                continue
            seen += 1
            woman = SUFFIXES_HELDOUT125[m.group(1).lower()]
            assert e.text[s:t].lower() in _given_pool(("maithil",), woman, "given"), e.text
    assert seen


def _form_seen(names: list[str]) -> set[tuple[str, str]]:
    """The (origin, form) pairs a list of names shows, read from the names alone (case aside)."""
    seen = set()
    low = lambda xs: {_fold(x).lower() for x in xs}  # noqa: E731
    typos = {o: low(d.values()) for o, d in NAME_TYPOS_HELDOUT125.items()}
    cmen, cwomen, cfams = (low(x) for x in NAMES_HELDOUT125["chuwabo"])
    mmen, mwomen, mfams = (low(x) for x in NAMES_HELDOUT125["maithil"])
    imen, iwomen, ifams = (low(x) for x in NAMES_HELDOUT125["imeretian"])
    lmen, lwomen, lfams = (low(x) for x in NAMES_HELDOUT125["limonese"])
    middles = low(list(MAITHIL_MIDDLE_MEN_HELDOUT125) + list(MAITHIL_MIDDLE_WOMEN_HELDOUT125))
    deva_given = {
        DEVANAGARI_HELDOUT125[g] for g in list(MAITHIL_MEN_HELDOUT125) + list(MAITHIL_WOMEN_HELDOUT125)
    }
    deva_fams = {DEVANAGARI_HELDOUT125[f] for f in MAITHIL_FAMILY_HELDOUT125}
    geo_given = {
        GEORGIAN_HELDOUT125[g] for g in list(IMERETIAN_MEN_HELDOUT125) + list(IMERETIAN_WOMEN_HELDOUT125)
    }
    geo_fams = {GEORGIAN_HELDOUT125[f] for f in IMERETIAN_FAMILY_HELDOUT125}
    raw = [x for part in NAMES_HELDOUT125["chuwabo"] for x in part]
    accented = {_fold(x).lower() for x in raw if not x.isascii()}
    for name in names:
        words = name.split()
        base = [_fold(w.rstrip(",")).lower() for w in words]
        plain = [w.rstrip(",").lower() for w in words]  # Georgian capitals (Mtavruli) back to Mkhedruli
        two, three = len(words) == 2, len(words) == 3
        comma = bool(words) and words[0].endswith(",") or three and words[1].endswith(",")
        for origin in ORIGINS_HELDOUT125:
            if two and base[-1] in typos[origin]:
                seen.add((origin, "typo"))
        # the Chuwabo
        if two and not comma and base[0] in cmen | cwomen and base[1] in cfams:
            seen.add(("chuwabo", "full"))
            if name.isascii() and set(base) & accented:
                seen.add(("chuwabo", "no_accents"))
        if three and base[0] in cmen | cwomen and base[1] in cmen and base[2] in cfams:
            seen.add(("chuwabo", "middle"))
        if two and words[0].endswith(",") and base[0] in cfams and base[1] in cmen | cwomen:
            seen.add(("chuwabo", "surname_first"))
        m = re.fullmatch(r"(?i)[a-z]\. (\S+)", name)
        if m and _fold(m.group(1)).lower() in cfams:
            seen.add(("chuwabo", "initials"))
        # the Maithils
        if two and base[0] in mmen | mwomen and base[1] in mfams:
            seen.add(("maithil", "full"))
        if two and plain[0] in deva_given and plain[1] in deva_fams:
            seen.add(("maithil", "devanagari"))
        if three and base[0] in mmen | mwomen and base[1] in middles and base[2] in mfams:
            seen.add(("maithil", "caps" if name.isupper() else "middle"))
        if re.fullmatch(r"(?i)[a-z]\. [a-z]\. (\w+)", name) and base[-1] in mfams:
            seen.add(("maithil", "initials"))
        if two and base[0] in mwomen and base[1] == DEVI_HELDOUT125[0].lower():
            seen.add(("maithil", "devi"))
        # the Imeretians
        if two and base[0] in imen | iwomen and base[1] in ifams:
            seen.add(("imeretian", "latin"))
        if two and name.isupper() and base[0] in ifams and base[1] in imen | iwomen:
            seen.add(("imeretian", "passport"))
        if two and plain[0] in geo_given and plain[1] in geo_fams:
            seen.add(("imeretian", "georgian"))
        if two and plain[0] in geo_fams and plain[1] in geo_given:
            seen.add(("imeretian", "georgian_surname_first"))
        if len(words) == 4 and plain[0] in geo_given and plain[3] in geo_fams:
            if plain[2] in (SON_OF_HELDOUT125[0], DAUGHTER_OF_HELDOUT125[0]) and plain[1].endswith("ს"):
                seen.add(("imeretian", "patronymic"))
        # the Limonese
        if three and not comma and base[0] in lmen | lwomen and base[1] in lfams and base[2] in lfams:
            seen.add(("limonese", "full"))
        if two and not comma and base[0] in lmen | lwomen and base[1] in lfams:
            seen.add(("limonese", "one_surname"))
        if (
            three
            and words[1].endswith(",")
            and base[0] in lfams
            and base[1] in lfams
            and base[2] in lmen | lwomen
        ):
            seen.add(("limonese", "surname_first"))
    return seen


@pytest.mark.parametrize("seed", [*SEEDS, 2, 3, 4])
def test_every_forced_form_appears_whatever_the_seed(seed: int) -> None:
    seen = _form_seen(_persons(_build(seed)))
    missing = [pair for pair in FORCED_FORMS_HELDOUT125 if pair not in seen]
    assert not missing, missing


def test_the_forms_check_can_fail() -> None:
    assert ("chuwabo", "surname_first") not in _form_seen(["Olegário Magareta", "Magareta Olegário"])
    assert ("chuwabo", "surname_first") in _form_seen(["MAGARETA, OLEGÁRIO"])
    assert ("chuwabo", "no_accents") in _form_seen(["Olegario Magareta"])
    assert ("chuwabo", "no_accents") not in _form_seen(["Olegário Magareta", "Crispim Magareta"])
    assert ("maithil", "initials") in _form_seen(["K. N. Karn"]) and ("maithil", "caps") in _form_seen(
        ["KAMESHWAR NATH KARN"]
    )
    assert ("maithil", "caps") not in _form_seen(["Kameshwar Nath Karn"])
    assert ("maithil", "devi") in _form_seen(["Vaidehi Devi"]) and ("maithil", "devi") not in _form_seen(
        ["Kameshwar Devi"]
    )
    assert ("imeretian", "patronymic") in _form_seen(["შალვა გურამის ძე კიკნაძე"])
    assert ("imeretian", "patronymic") not in _form_seen(["შალვა გურამ ძე კიკნაძე"])
    assert ("imeretian", "georgian_surname_first") in _form_seen(["კიკნაძე შალვა"])
    assert ("imeretian", "passport") in _form_seen(["KIKNADZE SHALVA"])
    assert ("imeretian", "passport") not in _form_seen(["SHALVA KIKNADZE"])
    assert ("limonese", "surname_first") in _form_seen(["Parchment Stennett, Icilda"])
    assert ("limonese", "full") not in _form_seen(["Icilda Parchment"])


@pytest.mark.parametrize("seed", SEEDS)
def test_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(seed: int) -> None:
    names = _persons(_build(seed))
    for origin, (men, women, families) in NAMES_HELDOUT125.items():
        own = {_fold(w).lower() for w in men + women + families}
        mine = [n for n in names if set(_words(n)) & own and " " in n.strip()]
        assert any(n == n.upper() and n != n.lower() for n in mine), origin
        assert any(n == n.lower() and n != n.upper() for n in mine), origin


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen125(3)
    for origin, form in FORCED_FORMS_HELDOUT125:
        for woman in (False, True):
            value = gen._form(origin, form, woman)
            assert value.strip() == value and value, (origin, form)
            assert bool(DEVANAGARI.search(value)) == (form in DEVANAGARI_FORMS_HELDOUT125), (form, value)
            assert bool(GEORGIAN.search(value)) == (form in GEORGIAN_FORMS_HELDOUT125), (form, value)
            if form in WOMEN_FORMS_HELDOUT125:
                assert value.endswith(DEVI_HELDOUT125[0]), value
            if form == "patronymic":
                assert value.split()[2] == (DAUGHTER_OF_HELDOUT125 if woman else SON_OF_HELDOUT125)[0], value
    assert all(gen._form("chuwabo", "no_accents").isascii() for _ in range(30))
    assert all(gen._form("maithil", "caps").isupper() for _ in range(20))
    assert all(
        not gen._form("maithil", "middle", False).startswith(("Vidyanath Nath", "Shashinath Nath"))
        for _ in range(60)
    )


def test_the_forced_sentences_hold_one_slot_and_suit_their_kind() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT125.items():
        for template in templates:
            assert template.count("{}") == 1, template
            if key.startswith("chat_") or key.startswith("lower_"):
                assert _chat_like(template), template
            if key.startswith("form_") or key.startswith("upper_"):
                assert not _chat_like(template), template
            if key.endswith("devanagari"):
                assert DEVANAGARI.search(template), template
            if key.endswith("georgian"):
                assert GEORGIAN.search(template), template
            if key in ORIGINS_HELDOUT125:
                lead = template.split()[0].lower()
                kin = template.split()[1].lower()
                titled = lead in TITLED_HELDOUT125 and key in TITLED_HELDOUT125[lead][0]
                assert titled or key == "maithil" and kin in SUFFIXES_HELDOUT125, template


def test_forms_are_owed_only_where_they_read_right() -> None:
    gen = Gen125(1)
    gen.owed = [
        ("limonese", "typo"),
        ("imeretian", "patronymic"),
        ("maithil", "caps"),
        ("maithil", "devanagari"),
    ]
    # a typo is for chat, the patronymic for a Georgian form, capitals after their lead, Devanagari in it
    assert gen._owed_for(None, "latin", False, None) is None
    assert gen._owed_for(None, "georgian", False, None) == ("imeretian", "patronymic")
    assert gen._owed_for(None, "georgian", True, None) is None
    assert gen._owed_for(None, "latin", True, None) == ("limonese", "typo")
    assert gen._owed_for(("maithil",), "latin", False, "caps") == ("maithil", "caps")
    assert gen._owed_for(None, "devanagari", True, None) == ("maithil", "devanagari")
    assert CHAT_ONLY_FORMS_HELDOUT125.isdisjoint(FORM_ONLY_FORMS_HELDOUT125)


def test_a_template_s_script_gets_a_name_in_that_script() -> None:
    gen = Gen125(7)
    for _ in range(60):
        assert DEVANAGARI.search(gen.person_for("{} दरभंगा स्टेशन पर पार्किंग अटेंडेंट है"))
        assert GEORGIAN.search(gen.person_for("ქუთაისში {} პარკირების ჯარიმას იხდის"))
        assert GEORGIAN.search(gen.person_for("ბატონი {} ავტოსადგომის დარაჯია"))
        value = gen.person_for("batono {} aris parkingis daraji Kutaisshi")
        assert value.isascii() and not GEORGIAN.search(value), value
        value = gen.person_for("{} from Darbhanga got the parking slip at the station")
        assert value.isascii(), value


def test_a_lead_s_template_gets_its_people_s_name_in_its_shape() -> None:
    gen = Gen125(9)
    families = {
        o: {_fold(f).lower() for f in NAMES_HELDOUT125[o][2]}
        | {GEORGIAN_HELDOUT125.get(f, f) for f in NAMES_HELDOUT125[o][2]}
        for o in ORIGINS_HELDOUT125
    }
    for lead, (origins, form) in SURNAME_FIRST_LEADS_HELDOUT125.items():
        for _ in range(10):
            value = gen.person_for(f"{lead}: {{}}")
            first = _fold(value.split()[0].rstrip(",")).lower()
            last = _fold(value.split()[-1]).lower()
            fams = set().union(*(families[o] for o in origins))
            assert (last if form == "caps" else first) in fams, (lead, value)
            if form in ("caps", "passport"):
                assert value.isupper(), value


def _vocabulary_of(origin: str) -> set[str]:
    men, women, families = NAMES_HELDOUT125[origin]
    words = set(men + women + families) | set(NAME_TYPOS_HELDOUT125[origin].values())
    words |= {DEVANAGARI_HELDOUT125[w] for w in words if w in DEVANAGARI_HELDOUT125}
    words |= {GEORGIAN_HELDOUT125[w] for w in words if w in GEORGIAN_HELDOUT125}
    words |= {_nominative(GEORGIAN_HELDOUT125[w]) for w in men + women if w in GEORGIAN_HELDOUT125}
    return {_fold(w).lower() for w in words}


def test_a_name_of_a_place_s_template_comes_from_that_place_s_people() -> None:
    gen = Gen125(8)
    cases = {
        "{} de Quelimane pagou a multa do parqueamento por M-Pesa": "chuwabo",
        "{} from Darbhanga got the parking slip at the station": "maithil",
        "{} from Kutaisi parks on the pavement by the Bagrati road": "imeretian",
        "{} works the night shift at the parqueo in Limón": "limonese",
        "{} जी पार्किंग का पैसा दे दिए": "maithil",
        "მფლობელი: {}": "imeretian",
    }
    for template, origin in cases.items():
        own = _vocabulary_of(origin)
        for _ in range(30):
            value = gen.person_for(template)
            assert set(_words(value)) & own, (template, value)


def test_the_helpers_for_name_forms() -> None:
    assert _nominative("გურამ") == "გურამი" and _nominative("შალვა") == "შალვა"
    assert _genitive("გურამ", True) == "გურამის" and _genitive("შალვა", True) == "შალვას"
    assert _genitive("Guram", False) == "Guramis" and _genitive("Paata", False) == "Paatas"
    assert _fold("Olegário Muária") == "Olegario Muaria" and _fold("Efigénia") == "Efigenia"
    assert _fold("შალვა") == "შალვა" and _fold("कर्ण") == "कर्ण"
    assert _plain("Amândio") == "amandio" and _plain("Quitéria") == "quiteria"
    assert all(re.fullmatch(r"[\u0900-\u097f]+", v) for v in DEVANAGARI_HELDOUT125.values())
    assert all(re.fullmatch(r"[\u10d0-\u10ff]+", v) for v in GEORGIAN_HELDOUT125.values())
    assert all(k.isascii() for k in {**DEVANAGARI_HELDOUT125, **GEORGIAN_HELDOUT125})
    maithil = {x for part in NAMES_HELDOUT125["maithil"] for x in part}
    imeretian = {x for part in NAMES_HELDOUT125["imeretian"] for x in part}
    assert maithil <= set(DEVANAGARI_HELDOUT125) and imeretian == set(GEORGIAN_HELDOUT125)
    assert all(f.endswith("dze") for f in IMERETIAN_FAMILY_HELDOUT125)
    assert set(MAITHIL_MIDDLE_MEN_HELDOUT125).isdisjoint(maithil)  # middle names are not listed names
    assert any(not f.isascii() for f in CHUWABO_FAMILY_HELDOUT125)  # the no-accents form has marks to drop
    assert len(set(LIMONESE_FAMILY_HELDOUT125)) == len(LIMONESE_FAMILY_HELDOUT125) >= 2  # two family names


def test_the_typo_leaves_titles_and_forms_alone() -> None:
    rng = random.Random(1)
    kept = ("mano {}", "mamã {}", "dona {}", "{} ji", "{} bhaiya", "{} didi", "{} kaka", "{} जी", "batono {}")
    kept += ("ბატონი {}", "ქალბატონი {}", "Miss {}", "Mr. {}", "granny {}", "doña {}", "don {}")
    for template in HELDOUT125_TEMPLATES["PERSON"]:
        slipped = _typo125(rng, template)
        assert slipped.count("{}") == template.count("{}")
        if not _chat_like(template):
            assert slipped == template
        for title in kept:
            assert (title in template) == (title in slipped)


def test_the_typo_slips_a_parking_word_or_a_shorthand() -> None:
    outs = {_typo125(random.Random(i), "the vehicle and the attendant, thanks, please") for i in range(60)}
    assert any(v in out for out in outs for v in MISSPELT_HELDOUT125.values())
    assert any(v in re.split(r"[ ,]+", out) for out in outs for v in SHORTHAND_HELDOUT125.values())
    portuguese = {_typo125(random.Random(i), "estou no parque porque {} chegou") for i in range(40)}
    assert "tou no parque porque {} chegou" in portuguese and "estou no parque pk {} chegou" in portuguese
    assert _typo125(random.Random(3), "gate ka code {} hai") == "gate ka code {} h"
    assert _typo125(random.Random(3), "Password: {}, please") == "Password: {}, please"


@pytest.mark.parametrize("seed", SEEDS)
def test_the_build_holds_typos_of_both_kinds(seed: int) -> None:
    slips = [e.text for e in _build(seed) if e.style == "typo"]
    misspelt = [
        t for t in slips if any(re.search(rf"(?i)(?<!\w){v}(?!\w)", t) for v in MISSPELT_HELDOUT125.values())
    ]
    short = [
        t for t in slips if any(re.search(rf"(?i)(?<!\w){v}(?!\w)", t) for v in SHORTHAND_HELDOUT125.values())
    ]
    assert misspelt and short, (misspelt, short)


def test_the_templates_hold_the_words_the_typo_slips() -> None:
    texts = " ".join(t for ts in HELDOUT125_TEMPLATES.values() for t in ts)
    for word in ("vehicle", "barrier", "tomorrow", "because", "please", "estou", "mesmo", "obrigado", "nahi"):
        assert word in texts, word
    for word in ("hai", "por favor", "madloba", "पार्किंग", "neighbour", "attendant"):
        assert word in texts, word


def _full_names() -> set[str]:
    """Every full name the lists make, both ways round, in every script the set writes them."""
    fulls: set[str] = set()
    for men, women, lasts in NAMES_HELDOUT125.values():
        for first in men + women:
            for last in lasts:
                fulls |= {f"{first} {last}", f"{last} {first}", f"{last}, {first}", _fold(f"{first} {last}")}
                if first in DEVANAGARI_HELDOUT125:
                    fulls.add(f"{DEVANAGARI_HELDOUT125[first]} {DEVANAGARI_HELDOUT125[last]}")
                if first in GEORGIAN_HELDOUT125:
                    g, f = GEORGIAN_HELDOUT125[first], GEORGIAN_HELDOUT125[last]
                    fulls |= {f"{g} {f}", f"{f} {g}"}
    return fulls


def test_negatives_name_no_listed_person() -> None:
    fulls = _full_names()
    single = _listed() | _typos() | {_fold(w) for w in _listed()}
    single |= _georgian_words() - {SON_OF_HELDOUT125[0], DAUGHTER_OF_HELDOUT125[0]}
    for text in HELDOUT125_NEGATIVES:
        assert not phrase_in(text, fulls), text
        assert not set(re.findall(r"\w+", text)) & single, text
        devanagari = {DEVANAGARI_HELDOUT125[w] for w in _listed() if w in DEVANAGARI_HELDOUT125}
        assert not [w for w in devanagari if _devanagari_in([text], w)], text
        assert "{}" not in text and not _reads_public(text), text
    # the check can fail
    assert phrase_in("ask olegário magareta about the permit", fulls)
    assert phrase_in("კიკნაძე შალვა მოვიდა", fulls) and phrase_in("कामेश्वर कर्ण आए", fulls)
    # the titles, the kin words and the naming customs are explained there
    assert any("mano" in t and "tio" in t and "mamã" in t for t in HELDOUT125_NEGATIVES)
    assert any("bhaiya" in t and "didi" in t and "kaka" in t for t in HELDOUT125_NEGATIVES)
    assert any("batono" in t and "kalbatono" in t and "bebo" in t for t in HELDOUT125_NEGATIVES)
    assert any("Miss" in t and "doña" in t for t in HELDOUT125_NEGATIVES)
    assert any("two family names" in t for t in HELDOUT125_NEGATIVES)
    assert any("patronymic" in t for t in HELDOUT125_NEGATIVES)
    # bays, levels, tariffs, ticket and notice numbers, prices and plates are no PII of TYPES
    numbered = r"(?i)bay \d|bays \d|level -?\d|tariff|ST-\d|PCN-|₹|MT\b|₾|₡|ლარი|BR 07|AB-123"
    assert sum(bool(re.search(numbered, t)) for t in HELDOUT125_NEGATIVES) >= 12


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    towns = {
        "chuwabo": r"Quelimane|Mocuba",
        "maithil": r"Darbhanga|Madhubani|दरभंगा",
        "imeretian": r"Kutaisi|ქუთაისი|ზესტაფონი|Samtredia",
        "limonese": r"Limón|Cahuita|Puerto Viejo",
    }
    gen = Gen125(4)
    for origin in ORIGINS_HELDOUT125:
        hits = 0
        for _ in range(100):
            gen._set_origin(origin)
            hits += bool(re.search(towns[origin], gen.address()))
        assert hits >= 65, (origin, hits)
        own = 0
        for _ in range(50):
            gen._set_origin(origin)
            own += re.sub(r"\s", "", gen.iban())[:2] in IBAN_BY_ORIGIN_HELDOUT125[origin]
        assert own >= 30, (origin, own)


def test_ibans_and_cards_are_valid_and_of_the_listed_kinds(built) -> None:  # noqa: ANN001
    lengths = {"PT": 25, "AE": 23, "GB": 22, "GE": 22, "GR": 27, "IT": 27, "CR": 22}
    assert set(lengths) == set(IBAN_BANKS_HELDOUT125)
    rng = random.Random(5)
    for country, (banks, length) in IBAN_BANKS_HELDOUT125.items():
        assert length == lengths[country]
        for _ in range(20):
            iban = _iban_of(rng, country)
            assert iban_valid(iban) and len(iban) == length and iban[:2] == country, iban
            rest = iban[5:] if country == "IT" else iban[4:]
            assert any(rest.startswith(b) for b in banks), iban
            if country == "IT":
                assert iban[4].isalpha(), iban  # the CIN letter
            if country == "CR":
                assert iban[4] == "0", iban
    cards = [e.text[s:t] for e in built for s, t, k in e.spans if k == "CREDIT_CARD"]
    assert cards and all(luhn_valid(re.sub(r"\D", "", c)) for c in cards)
    gen = Gen125(6)
    prefixes = Counter(re.sub(r"\D", "", gen.card())[:4] for _ in range(400))
    assert {"6522", "6070", "5085"} & set(prefixes)  # RuPay
    assert any(p[:2] in ("34", "37") for p in prefixes) and prefixes["2223"]
    ibans = [re.sub(r"\s", "", e.text[s:t]) for e in built for s, t, k in e.spans if k == "IBAN_CODE"]
    assert ibans and all(i[:2].upper() in IBAN_BANKS_HELDOUT125 for i in ibans)


def test_dates_of_birth_do_not_move_with_the_day_and_come_in_each_people_s_shapes() -> None:
    a, b = Gen125(8), Gen125(8)
    assert [a.dob_sample()[1] for _ in range(20)] == [b.dob_sample()[1] for _ in range(20)]
    gen = Gen125(8)
    values = [gen.dob_sample()[1] for _ in range(400)] + [gen.dob() for _ in range(200)]
    for y in (int(m) for v in values for m in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", v)):
        assert BIRTH_YEARS_HELDOUT125[0] <= y <= BIRTH_YEARS_HELDOUT125[1]
    portuguese = "|".join(PORTUGUESE_MONTHS_HELDOUT125)
    assert any(re.fullmatch(rf"\d{{1,2}} de ({portuguese}) de \d{{4}}", v) for v in values)  # a capital
    spanish = "|".join(SPANISH_MONTHS_HELDOUT125)
    assert any(re.fullmatch(rf"\d{{1,2}} de ({spanish}) de \d{{4}}", v) for v in values)
    assert any(
        re.fullmatch(r"\d{4} წლის \d{1,2} (" + "|".join(GEORGIAN_MONTHS_HELDOUT125) + ")", v) for v in values
    )
    assert any(re.fullmatch(r"\d{1,2} (" + "|".join(HINDI_MONTHS_HELDOUT125) + r") \d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", v) for v in values)
    assert len(GEORGIAN_MONTHS_HELDOUT125) == len(HINDI_MONTHS_HELDOUT125) == 12


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen125(10)
    templates = {gen.secret()[0] for _ in range(800)}
    cues = ["não digas a ninguém", "kisi ko mat batana", "ककरो नै कहब", "किसी को मत बताना", "არავის უთხრა"]
    cues += [
        "aravis utxra",
        "no tell nobody",
        "no le digás a nadie",
        "don't tell anyone",
        "M-Pesa",
        "UPI PIN",
    ]
    cues += ["WIFI:T:WPA", "ANPR_API_KEY=", "MPESA_API_KEY=", "RAZORPAY_KEY_SECRET=", "barrier code"]
    for cue in cues:
        assert any(cue in t for t in templates), cue


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    gen = Gen125(12)
    domains = {d for ds in EMAIL_DOMAINS_HELDOUT125.values() for d in ds} | {"gmail.com"}
    subjects = {s for ss in SUBJECTS_HELDOUT125.values() for s in ss}
    for _ in range(200):
        email = gen.email()
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.-]+", email) and email.split("@")[1] in domains, email
        handle = gen.handle()
        assert re.fullmatch(r"[a-z0-9._-]+", handle), handle
    handles = {gen.handle() for _ in range(200)}
    assert any(any(s in h for s in subjects) for h in handles)
    assert any("muaria" in h or "quiteria" in h for h in handles | {gen.email() for _ in range(400)})


def test_phones_are_of_the_regions_formats() -> None:
    shapes = {
        "chuwabo": r"\+258 8[2-7] \d{3} \d{4}|8[2-7] \d{3} \d{4}|8[2-7]\d{7}|\+258 24 21 \d\d \d\d|2421\d{4}",
        "maithil": r"\+91 [6-9]\d{4} \d{5}|[6-9]\d{9}|\+91-[6-9]\d{9}|0627[26]-2\d{5}",
        "imeretian": r"(\+995 )?5\d\d \d\d \d\d \d\d|5\d\d-\d\d-\d\d-\d\d|\+995 431 2\d \d\d \d\d",
        "limonese": r"(\+506 )?[678]\d{3}-\d{4}|[678]\d{3} \d{4}|27(58|98|55)-\d{4}|\+506 2758 \d{4}",
    }
    gen = Gen125(13)
    for origin, shape in shapes.items():
        own = 0
        for _ in range(40):
            gen._set_origin(origin)
            phone = gen.phone()
            assert any(re.fullmatch(s, phone) for s in shapes.values()), phone
            own += bool(re.fullmatch(shape, phone))
        assert own >= 24, (origin, own)


def test_the_mixed_sentences_and_templates_are_well_formed() -> None:
    for template, types in HELDOUT125_MIXED:
        assert template.count("{}") == len(types), template
    for etype, templates in HELDOUT125_TEMPLATES.items():
        assert len(templates) >= 10, etype
        assert any(_chat_like(t) for t in templates) and any(not _chat_like(t) for t in templates), etype
        assert any(DEVANAGARI.search(t) for t in templates) and any(GEORGIAN.search(t) for t in templates), (
            etype
        )
        assert all(t.count("{}") >= 1 for t in templates)


def test_the_set_holds_all_four_peoples_scripts_and_negatives_of_the_theme(built) -> None:  # noqa: ANN001
    names = _persons(built)
    assert any(DEVANAGARI.search(n) for n in names) and any(GEORGIAN.search(n) for n in names)
    assert any(re.search(r"[áéíóúâêôãç]", n) for n in names)  # Portuguese marks
    for origin in ORIGINS_HELDOUT125:
        families = {_fold(f).lower() for f in NAMES_HELDOUT125[origin][2]}
        assert any(set(_words(n)) & families for n in names), origin
    negatives = [e.text for e in built if not e.spans]
    assert len(negatives) == len(HELDOUT125_NEGATIVES)
    assert sum(bool(THEME.search(t)) for t in negatives) >= 50
    assert not THEME.search("the weather in Kutaisi is warm")  # the theme check can fail
