"""Held-out set 127's own checks: its name forms, titles and kin words, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from bench.pii import Example, _chat_like
from bench.pii_heldout127 import (
    ADULT_YEARS_HELDOUT127,
    CHAT_ONLY_FORMS_HELDOUT127,
    CHILD_YEARS_HELDOUT127,
    EDE_FAMILY_HELDOUT127,
    EDE_MEN_HELDOUT127,
    EDE_WOMEN_HELDOUT127,
    EMAIL_DOMAINS_HELDOUT127,
    ESTONIAN_MONTHS_ADESSIVE_HELDOUT127,
    ESTONIAN_MONTHS_HELDOUT127,
    FORCED_FORMS_HELDOUT127,
    FORCED_SENTENCES_HELDOUT127,
    FORM_ONLY_FORMS_HELDOUT127,
    HANZI_AFTER_HELDOUT127,
    HANZI_BEFORE_HELDOUT127,
    HANZI_FORMS_HELDOUT127,
    HANZI_HELDOUT127,
    HELDOUT127_MIXED,
    HELDOUT127_NEGATIVES,
    HELDOUT127_SEED,
    HELDOUT127_TEMPLATES,
    IBAN_BANKS_HELDOUT127,
    IBAN_BY_ORIGIN_HELDOUT127,
    MAGUINDANAO_FAMILY_HELDOUT127,
    MEN_FORMS_HELDOUT127,
    MISSPELT_HELDOUT127,
    NAME_LOCALES_HELDOUT127,
    NAME_TYPOS_HELDOUT127,
    NAMES_HELDOUT127,
    ORIGINS_HELDOUT127,
    PUBLIC_FIGURES_HELDOUT127,
    SETO_FAMILY_HELDOUT127,
    SHORTHAND_HELDOUT127,
    SUBJECTS_HELDOUT127,
    SURNAME_FIRST_LEADS_HELDOUT127,
    TITLED_HELDOUT127,
    TUJIA_FAMILY_HELDOUT127,
    TUJIA_MEN_HELDOUT127,
    TUJIA_WOMEN_HELDOUT127,
    WOMEN_FORMS_HELDOUT127,
    Gen127,
    _ede_bare,
    _fold,
    _iban_of,
    _plain,
    _reads_public,
    _typo127,
    build_heldout127,
)
from tests.helpers import phrase_in

SEEDS = [HELDOUT127_SEED, 5, 11]
HANZI = re.compile(r"[\u4e00-\u9fff]")
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
# names earlier sets or bench/pii.py hold, which this set leaves out (see the module's docstring)
LEFT_OUT = set(
    "Miikul Nasta Ode Kolk Ivvo Mihkli Kõiv Hõrn Pettai Paabu Tahir Rahima Sittie Abdulrahman Tatu Nasrudin "
    "Salma Aisah Raihana Ronnie Mastura Salik Usman Ran Tan Gong Qu Shu Fu Lu Xiulan Xiuying Cuiping Jinhua "
    "Kông Khăm Yơn Kô Blốk Ra Mơ Wen Bia Dung Nga Yâo Năm Loan Yim Ngah Jôn Wơn Juê Jă Byă Niê Mlô Êban "
    "Ênuôl Ksor Rmah Siu Kpă".split()
)
# left out in Hanzi: '向' (Xiang) because held-out 73 writes the Japanese 'Mukai' with it, and two given names
LEFT_OUT_HANZI = {"向", "翠萍", "金花"}
# free in the earlier sets but left out all the same: town names and political clans (see the docstring)
LEFT_OUT_FREE = {"Sinsuat", "Piang", "Ampatuan", "Mangudadatu"}
TITLES = re.compile(
    r"(?i)^(?:tädi|onu|vanaema|vanaisa|treener|härra|proua|datu|bai|babu|bapa|kuya|ate|tita|tito|sir|ma'am|"
    r"coach|anh|chị|em|cô|thầy|ông|bà|hlv)(?=\s)|^(?:老|小)|(?:教练|老师|阿姨|师傅|哥|姐)$"
)
THEME = re.compile(
    r"(?i)swim|pool|lane|lifeguard|locker|gala|heat\b|lesson|class\b|coach|membership|chlorine|goggles|"
    r"\bcaps?\b|timing|scoreboard|deep end|shallow|water|lake|ujul|ujumis|kapi|rada \d|游泳|泳|深水|bơi|"
    r"towel|front desk|golds|freestyle|dosing|wet tiles"
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
    assert iban_valid("EE38 2200 2210 2014 5685") and not iban_valid("EE39 2200 2210 2014 5685")
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


@cache
def _build(seed: int) -> tuple[Example, ...]:
    """One build per seed for the whole file (the checks only read it)."""
    return tuple(build_heldout127(seed))


@pytest.fixture(scope="module")
def built() -> tuple[Example, ...]:
    return _build(HELDOUT127_SEED)


def _persons(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, k in e.spans if k == "PERSON"]


def _listed() -> set[str]:
    """Every given and family name the lists hold, in Latin letters (an Ede given name bare, without 'Y' or
    "H'")."""
    words = {w for men, women, families in NAMES_HELDOUT127.values() for w in men + women + families}
    return {_ede_bare(w) for w in words}


def _typos() -> set[str]:
    return {t for typos in NAME_TYPOS_HELDOUT127.values() for t in typos.values()}


def _hanzi_names() -> set[str]:
    """The Tujia names in Hanzi as the set writes them: given names alone, family names alone (by a title)
    and the full name, family name first."""
    given = [HANZI_HELDOUT127[g] for g in list(TUJIA_MEN_HELDOUT127) + list(TUJIA_WOMEN_HELDOUT127)]
    families = [HANZI_HELDOUT127[f] for f in TUJIA_FAMILY_HELDOUT127]
    return set(given) | set(families) | {f + g for f in families for g in given}


def _vocabulary() -> set[str]:
    """Every word a name of this set may be built from, lower case and without marks."""
    words: set[str] = _listed() | _typos() | _hanzi_names()
    for men, women, _ in NAMES_HELDOUT127.values():
        words |= set(men + women)  # "H'Zuin" as one word
    words |= {f"Y-{g}" for g in EDE_MEN_HELDOUT127} | {"Y", "H"}
    return {_fold(w).lower() for w in words}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,.]+", _fold(name).lower()) if w]


def _outside_the_lists(names: list[str]) -> list[str]:
    vocabulary = _vocabulary()
    return [n for n in names if any(len(w) > 1 and w not in vocabulary for w in _words(n))]


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT127 == []
    assert str(HELDOUT127_SEED).startswith("127") and len(str(HELDOUT127_SEED)) == 7


@pytest.mark.parametrize("seed", SEEDS)
def test_the_size_and_the_negatives_hold_whatever_the_seed(seed: int) -> None:
    examples = _build(seed)
    assert 370 <= len(examples) <= 395
    assert sum(1 for e in examples if not e.spans) == len(HELDOUT127_NEGATIVES) == 78
    if seed == SEEDS[0]:  # a fresh build gives the same set
        assert [(e.text, e.spans, e.style) for e in build_heldout127(seed)] == [
            (e.text, e.spans, e.style) for e in examples
        ]
    assert [e.text for e in _build(seed)] != [e.text for e in build_heldout127(seed + 1)]


@pytest.mark.parametrize("seed", SEEDS)
def test_spans_lie_on_the_text_and_hold_no_slot(seed: int) -> None:
    for e in _build(seed):
        assert "{}" not in e.text
        previous = -1
        for s, t, _ in sorted(e.spans):
            value = e.text[s:t]
            assert 0 <= s < t <= len(e.text) and s >= previous, e.text
            assert value == value.strip() and value[-1] not in ",;", (value, e.text)
            previous = t


def test_every_name_comes_from_the_hand_written_lists(built) -> None:  # noqa: ANN001
    assert not _outside_the_lists(_persons(built))
    # the check can fail: a name no list holds, and the right forms of listed names
    assert _outside_the_lists(["Pedo Tamm", "Zhang Chunyan"]) == ["Pedo Tamm", "Zhang Chunyan"]
    assert not _outside_the_lists(
        ["Lidasan, Norhaya M.", "H Zuin Ayun", "Y-Blô Knul", "田春燕", "P. Vabarna"]
    )
    assert not _outside_the_lists(["H'ZUIN AYŬN", "TIAN CHUNYAN", "Ondroi Koivupuu", "彭"])


def test_no_name_an_earlier_set_holds_is_listed() -> None:
    listed = _listed() | _typos()
    assert not listed & (LEFT_OUT | LEFT_OUT_FREE)
    bench = Path(__file__).resolve().parent.parent / "bench"
    earlier = [
        p for p in bench.glob("pii_heldout*.py") if 27 <= int(p.stem.removeprefix("pii_heldout")) <= 125
    ]  # held-out 27 to 125 (a set written beside this one is no earlier set)
    assert len(earlier) == 99
    texts = [path.read_text(encoding="utf-8") for path in [*earlier, bench / "pii.py"]]
    seen: set[str] = set()
    for text in texts:
        seen |= {w.lower() for w in re.findall(r"\w+", text)} | {
            w.lower() for w in re.findall(r"\w+", _fold(text))
        }
    mine = {w.lower() for w in listed} | {_fold(w).lower() for w in listed}  # and typed without its marks
    latin = {w for w in mine if not HANZI.search(w)}
    assert not latin & seen, sorted(latin & seen)
    hanzi_given = {HANZI_HELDOUT127[g] for g in list(TUJIA_MEN_HELDOUT127) + list(TUJIA_WOMEN_HELDOUT127)}
    assert not [w for w in hanzi_given if any(w in t for t in texts)]
    assert LEFT_OUT_FREE.isdisjoint({w.capitalize() for w in seen})  # free, left out for another reason
    # the scan reads the earlier sets: every name left out is found there, as written or without its marks
    # ('Kông' as the 'Kong' of Hong Kong, 'Byă' as a Burmese 'Bya')
    unfound = [w for w in LEFT_OUT if w.lower() not in seen and _fold(w).lower() not in seen]
    assert not unfound, unfound
    assert all(any(w in t for t in texts) for w in LEFT_OUT_HANZI)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for name in _persons(_build(seed)):
        assert not _reads_public(name), name


def test_the_public_figures_guard_reads_marks_and_case() -> None:
    assert _reads_public("ANNE VABARNA") and _reads_public("Y Bih  Aleo") and _reads_public("h'hen nie")
    assert _reads_public("the hall named after Salipada Pendatun") and _reads_public("peng dehuai")
    assert not _reads_public("Pedo Vabarna") and not _reads_public("Peng Chunyan")
    assert all(" " in p for p in PUBLIC_FIGURES_HELDOUT127)


def test_a_title_or_a_kin_word_stays_outside_the_span(built) -> None:  # noqa: ANN001
    seen = 0
    for e in built:
        for s, t, k in e.spans:
            if k != "PERSON":
                continue
            assert not TITLES.search(e.text[s:t]), e.text
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            seen += bool(before and before[0].lower() in TITLED_HELDOUT127)
            seen += bool(e.text[:s].endswith(tuple(HANZI_BEFORE_HELDOUT127)))
            seen += bool(e.text[t:].startswith(tuple(HANZI_AFTER_HELDOUT127)))
    assert seen >= 8
    assert TITLES.search("tädi Tiiu") and TITLES.search("田教练") and TITLES.search("老彭")
    assert not TITLES.search("Tiiu Vabarna") and not TITLES.search("田春燕")


def _given_pool(origins: tuple[str, ...], woman: bool | None, part: str) -> set[str]:
    """The names a title may stand before: given or family, of the title's origins and sex."""
    pool: set[str] = set()
    for origin in origins:
        men, women, families = NAMES_HELDOUT127[origin]
        pool |= (
            set(families)
            if part == "family"
            else set(men + women if woman is None else women if woman else men)
        )
    return {_fold(x).lower() for x in pool}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    seen = 0
    for e in _build(seed):
        for s, t, k in e.spans:
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            if k != "PERSON" or not before or before[0].lower() not in TITLED_HELDOUT127:
                continue
            seen += 1
            origins, woman, part = TITLED_HELDOUT127[before[0].lower()]
            assert _fold(e.text[s:t]).lower() in _given_pool(origins, woman, part), e.text
    assert seen >= 6


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_by_a_chinese_title_is_a_tujia_family_name(seed: int) -> None:
    families = {HANZI_HELDOUT127[f] for f in TUJIA_FAMILY_HELDOUT127}
    seen = 0
    for e in _build(seed):
        for s, t, k in e.spans:
            if k != "PERSON" or not HANZI.search(e.text[s:t]):
                continue
            if e.text[:s].endswith(tuple(HANZI_BEFORE_HELDOUT127)) or e.text[t:].startswith(
                tuple(HANZI_AFTER_HELDOUT127)
            ):
                seen += 1
                assert e.text[s:t] in families, e.text
    assert seen


def _form_seen(names: list[str]) -> set[tuple[str, str]]:
    """The (origin, form) pairs a list of names shows, read from the names alone (case aside)."""
    seen = set()
    low = lambda xs: {_fold(x).lower() for x in xs}  # noqa: E731
    typos = {o: low(d.values()) for o, d in NAME_TYPOS_HELDOUT127.items()}
    smen, swomen, sfams = (low(x) for x in NAMES_HELDOUT127["seto"])
    mmen, mwomen, mfams = (low(x) for x in NAMES_HELDOUT127["maguindanao"])
    tmen, twomen, tfams = (low(x) for x in NAMES_HELDOUT127["tujia"])
    emen, ewomen = low(EDE_MEN_HELDOUT127), low(EDE_WOMEN_HELDOUT127)
    efams = low(EDE_FAMILY_HELDOUT127)
    hgiven = {HANZI_HELDOUT127[g] for g in list(TUJIA_MEN_HELDOUT127) + list(TUJIA_WOMEN_HELDOUT127)}
    hfams = {HANZI_HELDOUT127[f] for f in TUJIA_FAMILY_HELDOUT127}
    seto_marked = {_fold(x).lower() for part in NAMES_HELDOUT127["seto"] for x in part if not x.isascii()}
    ede_marked = {
        _fold(_ede_bare(x)).lower() for part in NAMES_HELDOUT127["ede"] for x in part if not x.isascii()
    }
    for name in names:
        words = name.split()
        base = [_fold(w.rstrip(",")).lower() for w in words]
        two, three = len(words) == 2, len(words) == 3
        comma = bool(words) and words[0].endswith(",")
        upper = name.isupper()
        # the typos: the family name slips (a Tujia given name, written after the family name)
        for origin in ORIGINS_HELDOUT127:
            if len(words) >= 2 and base[-1] in typos[origin]:
                seen.add((origin, "typo"))
        # the Setos
        if two and not comma and base[0] in smen | swomen and base[1] in sfams:
            seen.add(("seto", "caps" if upper else "full"))
            if name.isascii() and set(base) & seto_marked:
                seen.add(("seto", "no_marks"))
        if two and comma and base[0] in sfams and base[1] in smen | swomen:
            seen.add(("seto", "surname_first"))
        m = re.fullmatch(r"(?i)[a-zõäöü]\. (\S+)", name)
        if m and _fold(m.group(1)).lower() in sfams:
            seen.add(("seto", "initials"))
        # the Maguindanao
        if two and not comma and base[0] in mmen | mwomen and base[1] in mfams:
            seen.add(("maguindanao", "full"))
        if three and base[0] in mmen | mwomen and base[1] in mfams and base[2] in mfams:
            seen.add(("maguindanao", "middle"))
        if three and base[0] in mmen | mwomen and re.fullmatch(r"(?i)[a-z]\.", words[1]) and base[2] in mfams:
            seen.add(("maguindanao", "middle_initial"))
        if (
            three
            and comma
            and base[0] in mfams
            and base[1] in mmen | mwomen
            and re.fullmatch(r"(?i)[a-z]\.", words[2])
        ):
            seen.add(("maguindanao", "surname_first"))  # in capitals too (a whole text may be)
            if upper:
                seen.add(("maguindanao", "caps"))
        # the Tujia
        if HANZI.search(name):
            if name in hgiven:
                seen.add(("tujia", "hanzi_given"))
            if len(name) >= 2 and name[0] in hfams and name[1:] in hgiven:
                seen.add(("tujia", "hanzi"))
        if two and base[0] in tfams and base[1] in tmen | twomen:
            seen.add(("tujia", "passport" if upper else "pinyin"))
        if two and base[0] in tmen | twomen and base[1] in tfams:
            seen.add(("tujia", "western"))
        # the Ede
        if len(words) == 3 and base[0] == "y" and base[1] in emen and base[2] in efams:
            seen.add(("ede", "caps" if upper else "full"))
            if name.isascii() and {re.sub(r"^h'", "", w) for w in base} & ede_marked:
                seen.add(("ede", "no_marks"))
        if two and base[0].startswith("h'") and base[0][2:] in ewomen and base[1] in efams:
            seen.add(("ede", "caps" if upper else "full"))
            if name.isascii() and {re.sub(r"^h'", "", w) for w in base} & ede_marked:
                seen.add(("ede", "no_marks"))
        if three and base[0] == "h" and base[1] in ewomen and base[2] in efams:
            seen.add(("ede", "no_apostrophe"))
        if two and base[0].startswith("y-") and base[0][2:] in emen and base[1] in efams:
            seen.add(("ede", "hyphen"))
    return seen


@pytest.mark.parametrize("seed", [*SEEDS, 2, 3, 4])
def test_every_forced_form_appears_whatever_the_seed(seed: int) -> None:
    seen = _form_seen(_persons(_build(seed)))
    missing = [pair for pair in FORCED_FORMS_HELDOUT127 if pair not in seen]
    assert not missing, missing


def test_the_forms_check_can_fail() -> None:
    assert ("seto", "surname_first") not in _form_seen(["Pedo Vabarna", "Vabarna Pedo"])
    assert ("seto", "surname_first") in _form_seen(["Kõivupuu, Pedo"])
    assert ("seto", "no_marks") in _form_seen(["Ondroi Koivupuu"])
    assert ("seto", "no_marks") not in _form_seen(["Ondrõi Kõivupuu", "Pedo Vabarna"])
    assert ("maguindanao", "surname_first") in _form_seen(["Lidasan, Norhaya M."])
    assert ("maguindanao", "caps") in _form_seen(["LIDASAN, NORHAYA M."])
    assert ("maguindanao", "caps") not in _form_seen(["Lidasan, Norhaya M."])
    assert ("maguindanao", "middle_initial") in _form_seen(["Norhaya M. Lidasan"])
    assert ("maguindanao", "middle") not in _form_seen(["Norhaya Lidasan"])
    assert ("tujia", "passport") in _form_seen(["TIAN CHUNYAN"]) and ("tujia", "western") in _form_seen(
        ["Chunyan Tian"]
    )
    assert ("tujia", "hanzi") in _form_seen(["田春燕"]) and ("tujia", "hanzi") not in _form_seen(["春燕田"])
    assert ("ede", "no_apostrophe") in _form_seen(["H Zuin Ayŭn"]) and ("ede", "hyphen") in _form_seen(
        ["Y-Blô Knul"]
    )
    assert ("ede", "no_marks") in _form_seen(["H'Zuin Ayun"]) and ("ede", "no_marks") not in _form_seen(
        ["H'Zuin Ayŭn"]
    )
    assert ("ede", "caps") in _form_seen(["H'ZUIN AYŬN"]) and ("ede", "typo") in _form_seen(["Y Khu Knull"])


@pytest.mark.parametrize("seed", SEEDS)
def test_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(seed: int) -> None:
    names = _persons(_build(seed))
    for origin, (men, women, families) in NAMES_HELDOUT127.items():
        own = {_fold(_ede_bare(w)).lower() for w in men + women + families}
        mine = [n for n in names if set(_words(n)) & own and " " in n.strip()]
        assert any(n == n.upper() and n != n.lower() for n in mine), origin
        assert any(n == n.lower() and n != n.upper() for n in mine), origin


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen127(3)
    for origin, form in FORCED_FORMS_HELDOUT127:
        for woman in (False, True):
            value = gen._form(origin, form, woman)
            assert value.strip() == value and value, (origin, form)
            assert bool(HANZI.search(value)) == (form in HANZI_FORMS_HELDOUT127), (form, value)
            if form in WOMEN_FORMS_HELDOUT127:
                assert value.startswith("H "), value
            if form in MEN_FORMS_HELDOUT127:
                assert value.startswith("Y-"), value
    assert all(gen._form("seto", "no_marks").isascii() for _ in range(30))
    assert all(gen._form("ede", "no_marks").isascii() for _ in range(30))
    assert all(gen._form(o, f).isupper() for o, f in [("seto", "caps"), ("ede", "caps")] for _ in range(20))
    assert all(gen._form("tujia", "passport").isupper() for _ in range(20))
    for _ in range(30):  # the middle name is the mother's, another family name than the father's
        first, middle, last = gen._form("maguindanao", "middle").split()
        assert middle != last and middle in MAGUINDANAO_FAMILY_HELDOUT127


def test_the_forced_sentences_hold_one_slot_and_suit_their_kind() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT127.items():
        for template in templates:
            assert template.count("{}") == 1, template
            if key.startswith("chat_") or key.startswith("lower_"):
                assert _chat_like(template), template
            if key.startswith("form_") or key.startswith("upper_"):
                assert not _chat_like(template), template
            if key.endswith("hanzi") or key == "tujia":
                assert HANZI.search(template), template
            if key in ORIGINS_HELDOUT127 and key != "tujia":
                lead = template.split()[0].lower()
                assert lead in TITLED_HELDOUT127 and key in TITLED_HELDOUT127[lead][0], template
            if key == "tujia":
                assert re.search(r"(老|小)\{\}|\{\}(教练|老师|阿姨|师傅|哥|姐)", template), template


def test_forms_are_owed_only_where_they_read_right() -> None:
    gen = Gen127(1)
    gen.owed = [("ede", "typo"), ("tujia", "hanzi_given"), ("seto", "caps"), ("ede", "no_apostrophe")]
    # a typo is for chat, a given name alone in Hanzi for Chinese chat, capitals after their lead
    assert gen._owed_for(None, "latin", False, None) == ("ede", "no_apostrophe")
    assert gen._owed_for(None, "hanzi", True, None) == ("tujia", "hanzi_given")
    assert gen._owed_for(None, "hanzi", False, None) is None
    assert gen._owed_for(None, "latin", True, None) == ("ede", "typo")
    assert gen._owed_for(("seto",), "latin", False, "caps") == ("seto", "caps")
    assert gen._owed_for(("seto",), "latin", False, None) is None
    assert CHAT_ONLY_FORMS_HELDOUT127.isdisjoint(FORM_ONLY_FORMS_HELDOUT127)


def test_a_form_s_lead_gives_its_shape() -> None:
    gen = Gen127(7)
    for lead, (origins, form) in SURNAME_FIRST_LEADS_HELDOUT127.items():
        for _ in range(10):
            value = gen.person_for(f"{lead}: {{}}")
            if form == "surname_first":
                assert "," in value and not value.isupper(), (lead, value)
            else:
                assert value.isupper(), (lead, value)
            fams = {_fold(f).lower() for o in origins for f in NAMES_HELDOUT127[o][2]}
            assert set(_words(value)) & fams, (lead, value)


def _vocabulary_of(origin: str) -> set[str]:
    men, women, families = NAMES_HELDOUT127[origin]
    words = {_ede_bare(w) for w in men + women + families} | set(NAME_TYPOS_HELDOUT127[origin].values())
    words |= {HANZI_HELDOUT127[w] for w in words if w in HANZI_HELDOUT127}
    words |= set(men + women)
    return {_fold(w).lower() for w in words}


def test_a_name_of_a_place_s_template_comes_from_that_place_s_people() -> None:
    gen = Gen127(8)
    cases = {
        "{} käib Värska ujulas igal teisipäeval": "seto",
        "si {} ang lifeguard sa pool ng Rosary Heights ngayong Sabado": "maguindanao",
        "{} from Zhangjiajie got a place on the lifeguard course in Jishou": "tujia",
        "{} là giáo viên dạy bơi mới ở Buôn Ma Thuột": "ede",
        "{}今天带孩子去游泳馆了": "tujia",
        "Học viên: {}": "ede",
    }
    for template, origin in cases.items():
        own = _vocabulary_of(origin)
        for _ in range(30):
            value = gen.person_for(template)
            words = set(_words(value)) | ({value} if HANZI.search(value) else set())
            if HANZI.search(value):
                words |= {value[:1], value[1:]}
            assert words & own, (template, value)


def test_the_helpers_for_name_forms() -> None:
    assert _fold("Ondrõi Kõivupuu") == "Ondroi Koivupuu" and _fold("Hđơk Ayŭn") == "Hdok Ayun"
    assert _fold("H'Zuin Adrơng") == "H'Zuin Adrong" and _fold("田春燕") == "田春燕"
    assert _plain("H'Zuin") == "hzuin" and _plain("Lillemägi") == "lillemagi" and _plain("Y Blô") == "yblo"
    assert _ede_bare("H'Zuin") == "Zuin" and _ede_bare("Y Blô") == "Blô" and _ede_bare("Knul") == "Knul"
    assert len(ESTONIAN_MONTHS_ADESSIVE_HELDOUT127) == len(ESTONIAN_MONTHS_HELDOUT127) == 12
    assert ESTONIAN_MONTHS_ADESSIVE_HELDOUT127[2] == "märtsil" and ESTONIAN_MONTHS_ADESSIVE_HELDOUT127[8] == (
        "septembril"
    )
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{1,2}", v) for v in HANZI_HELDOUT127.values())
    assert all(k.isascii() for k in HANZI_HELDOUT127)
    assert all(len(HANZI_HELDOUT127[f]) == 1 for f in TUJIA_FAMILY_HELDOUT127)
    assert all(m.startswith("Y ") for m in NAMES_HELDOUT127["ede"][0])
    assert all(w.startswith("H'") for w in NAMES_HELDOUT127["ede"][1])
    assert any(not f.isascii() for f in SETO_FAMILY_HELDOUT127)  # the no-marks form has marks to drop
    assert any(not f.isascii() for f in EDE_FAMILY_HELDOUT127)


def test_the_typo_leaves_titles_and_forms_alone() -> None:
    rng = random.Random(1)
    kept = ("tädi {}", "onu {}", "treener {}", "proua {}", "Datu {}", "Bai {}", "Kuya {}", "Sir {}")
    kept += ("Coach {}", "thầy {}", "chị {}", "HLV {}", "anh {}", "em {}", "{}教练", "老{}", "{}阿姨")
    for template in HELDOUT127_TEMPLATES["PERSON"]:
        slipped = _typo127(rng, template)
        assert slipped.count("{}") == template.count("{}")
        if not _chat_like(template):
            assert slipped == template
        for title in kept:
            assert (title in template) == (title in slipped)


def test_the_typo_slips_a_swimming_word_or_a_shorthand() -> None:
    outs = {_typo127(random.Random(i), "the swimming lifeguard, thanks, please") for i in range(60)}
    assert any(v in out for out in outs for v in MISSPELT_HELDOUT127.values())
    assert any(v in re.split(r"[ ,]+", out) for out in outs for v in SHORTHAND_HELDOUT127.values())
    vietnamese = {_typo127(random.Random(i), "em không tới hồ bơi được") for i in range(40)}
    assert "em ko tới hồ bơi được" in vietnamese and "em không tới ho boi được" in vietnamese
    assert _typo127(random.Random(3), "mdea ma ei tea {}") == "mdea mdea {}"
    assert _typo127(random.Random(3), "Password: {}, please") == "Password: {}, please"


@pytest.mark.parametrize("seed", SEEDS)
def test_the_build_holds_typos_of_both_kinds(seed: int) -> None:
    slips = [e.text for e in _build(seed) if e.style == "typo"]
    misspelt = [
        t for t in slips if any(re.search(rf"(?i)(?<!\w){v}(?!\w)", t) for v in MISSPELT_HELDOUT127.values())
    ]
    short = [
        t for t in slips if any(re.search(rf"(?i)(?<!\w){v}(?!\w)", t) for v in SHORTHAND_HELDOUT127.values())
    ]
    assert misspelt and short, (misspelt, short)


def test_the_templates_hold_the_words_the_typo_slips() -> None:
    texts = " ".join(t for ts in HELDOUT127_TEMPLATES.values() for t in ts)
    for word in ("swimming", "lifeguard", "certificate", "goggles", "please", "because", "tomorrow"):
        assert word in texts, word
    for word in ("ujumistrenn", "hồ bơi", "talaga", "salamat", "membership"):
        assert word in texts, word


def _full_names() -> set[str]:
    """Every full name the lists make, both ways round, in every script the set writes them."""
    fulls: set[str] = set()
    for men, women, lasts in NAMES_HELDOUT127.values():
        for first in men + women:
            for last in lasts:
                fulls |= {f"{first} {last}", f"{last} {first}", f"{last}, {first}", _fold(f"{first} {last}")}
    return fulls


def test_negatives_name_no_listed_person() -> None:
    fulls = _full_names()
    single = _listed() | _typos() | {_fold(w) for w in _listed()}
    single = {w for w in single if not HANZI.search(w)}
    hanzi = _hanzi_names() - {HANZI_HELDOUT127[f] for f in TUJIA_FAMILY_HELDOUT127}
    for text in HELDOUT127_NEGATIVES:
        assert not phrase_in(text, fulls), text
        assert not set(re.findall(r"\w+", text)) & single, text
        assert not [w for w in hanzi if w in text], text
        assert "{}" not in text and not _reads_public(text), text
    # the check can fail
    assert phrase_in("ask pedo vabarna about the lesson", fulls) and phrase_in("H'Zuin Ayŭn swims", fulls)
    # the titles, the kin words and the naming customs are explained there
    assert any("tädi" in t and "onu" in t and "proua" in t for t in HELDOUT127_NEGATIVES)
    assert any("Datu" in t and "Bai" in t and "Babu" in t for t in HELDOUT127_NEGATIVES)
    assert any("Kuya" in t and "Ma'am" in t for t in HELDOUT127_NEGATIVES)
    assert any("教练" in t and "阿姨" in t for t in HELDOUT127_NEGATIVES)
    assert any("anh" in t and "thầy" in t for t in HELDOUT127_NEGATIVES)
    assert any("middle name" in t for t in HELDOUT127_NEGATIVES)
    assert any("Y and a woman's with H'" in t for t in HELDOUT127_NEGATIVES)
    # lanes, heats, events, lockers, times, lengths, temperatures and prices are no PII of TYPES
    numbered = r"(?i)lane \d|heat \d|event \d|locker \d|1:05|25 m|degrees|€|₱|元|đ\b|no\. 0|rada \d"
    assert sum(bool(re.search(numbered, t)) for t in HELDOUT127_NEGATIVES) >= 12


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    towns = {
        "seto": r"Värska|Obinitsa|Setomaa",
        "maguindanao": r"Cotabato|Datu Odin Sinsuat",
        "tujia": r"吉首|恩施|张家界|Enshi|Jishou",
        "ede": r"Buôn Ma Thuột|Buon Ma Thuot",
    }
    gen = Gen127(4)
    for origin in ORIGINS_HELDOUT127:
        hits = 0
        for _ in range(100):
            gen._set_origin(origin)
            hits += bool(re.search(towns[origin], gen.address()))
        assert hits >= 65, (origin, hits)
        if not IBAN_BY_ORIGIN_HELDOUT127[origin]:
            continue
        own = 0
        for _ in range(50):
            gen._set_origin(origin)
            own += re.sub(r"\s", "", gen.iban())[:2] in IBAN_BY_ORIGIN_HELDOUT127[origin]
        assert own >= 30, (origin, own)


def test_ibans_and_cards_are_valid_and_of_the_listed_kinds(built) -> None:  # noqa: ANN001
    lengths = {"EE": 20, "FI": 18, "SA": 24, "AE": 23, "QA": 29}
    assert set(lengths) == set(IBAN_BANKS_HELDOUT127)
    rng = random.Random(5)
    for country, (banks, length) in IBAN_BANKS_HELDOUT127.items():
        assert length == lengths[country]
        for _ in range(20):
            iban = _iban_of(rng, country)
            assert iban_valid(iban) and len(iban) == length and iban[:2] == country, iban
            assert any(iban[4:].startswith(b) for b in banks), iban
    cards = [e.text[s:t] for e in built for s, t, k in e.spans if k == "CREDIT_CARD"]
    assert cards and all(luhn_valid(re.sub(r"\D", "", c)) for c in cards)
    gen = Gen127(6)
    numbers = [re.sub(r"\D", "", gen.card()) for _ in range(400)]
    assert all(luhn_valid(n) for n in numbers)
    assert any(n.startswith("62") and len(n) == 19 for n in numbers)  # UnionPay's 19 digits
    assert any(n.startswith("62") and len(n) == 16 for n in numbers)
    assert any(n[:2] in ("34", "37") and len(n) == 15 for n in numbers) and any(
        n[:4] == "2223" for n in numbers
    )
    ibans = [re.sub(r"\s", "", e.text[s:t]) for e in built for s, t, k in e.spans if k == "IBAN_CODE"]
    assert ibans and all(i[:2].upper() in IBAN_BANKS_HELDOUT127 for i in ibans)


def test_dates_of_birth_do_not_move_with_the_day_and_come_in_each_people_s_shapes() -> None:
    a, b = Gen127(8), Gen127(8)
    assert [a.dob_sample()[1] for _ in range(20)] == [b.dob_sample()[1] for _ in range(20)]
    gen = Gen127(8)
    values = [gen.dob_sample()[1] for _ in range(400)] + [gen.dob() for _ in range(200)]
    for y in (int(m) for v in values for m in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", v)):
        assert ADULT_YEARS_HELDOUT127[0] <= y <= CHILD_YEARS_HELDOUT127[1]
    estonian = "|".join(ESTONIAN_MONTHS_HELDOUT127)
    adessive = "|".join(ESTONIAN_MONTHS_ADESSIVE_HELDOUT127)
    assert any(re.fullmatch(rf"\d{{1,2}}\. ({estonian}) \d{{4}}", v) for v in values)
    assert any(re.fullmatch(rf"\d{{1,2}}\. ({adessive}) \d{{4}}", v) for v in values)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", v) for v in values)  # Philippine 'March 14, 2015'
    assert any(re.fullmatch(r"(0\d|1[0-2])/\d\d/\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", v) for v in values)
    assert any(re.fullmatch(r"ngày \d{1,2} tháng \d{1,2} năm \d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", v) for v in values)
    # a child's and a grown-up's
    years = [int(m) for v in values for m in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", v)]
    assert any(y >= CHILD_YEARS_HELDOUT127[0] for y in years) and any(y < 2000 for y in years)


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen127(10)
    templates = {gen.secret()[0] for _ in range(800)}
    cues = ["ära kellelegi ütle", "ärq kellelegiq ütleq", "wag mo sabihin kahit kanino", "别告诉别人"]
    cues += ["莫跟别个讲", "đừng nói cho ai biết", "dung noi cho ai", "don't tell anyone", "GCash MPIN"]
    cues += ["Smart-ID PIN1", "微信支付密码", "MoMo", "locker code", "alarm code", "plant room door code"]
    cues += ["WIFI:T:WPA", "PAYMONGO_SECRET_KEY=", "WECHATPAY_API_V3_KEY=", "MOMO_SECRET_KEY="]
    for cue in cues:
        assert any(cue in t for t in templates), cue


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    gen = Gen127(12)
    domains = {d for ds in EMAIL_DOMAINS_HELDOUT127.values() for d in ds} | {"gmail.com"}
    subjects = {s for ss in SUBJECTS_HELDOUT127.values() for s in ss}
    emails = [gen.email() for _ in range(300)]
    for email in emails:
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+", email) and email.split("@")[1] in domains, email
    assert any(re.fullmatch(r"\d{8,10}@qq\.com", e) for e in emails)  # a QQ number as the mailbox
    handles = {gen.handle() for _ in range(200)}
    assert all(re.fullmatch(r"[a-z0-9._-]+", h) for h in handles)
    assert any(any(s in h for s in subjects) for h in handles)
    assert any("koivupuu" in h or "hzuin" in h or "adrong" in h for h in handles | set(emails))


def test_phones_are_of_the_regions_formats() -> None:
    shapes = {
        "seto": r"(\+372 )?5\d{3} \d{4}|5\d{6}|(\+372 )?797 \d{4}",
        "maguindanao": r"(0|\+63 )9\d\d[ -]\d{3}[ -]\d{4}|09\d{9}|\(064\) 421-\d{4}",
        "tujia": r"(\+86 )?1[3-9]\d \d{4} \d{4}|1[3-9]\d{9}|\+86-1[3-9]\d-\d{4}-\d{4}|07(43|44|18)-8\d{6}",
        "ede": r"(0|\+84 )[3789]\d\d[ .]\d{3}[ .]\d{3}|0[3789]\d{8}|0262 3\d{3} \d{3}",
    }
    gen = Gen127(13)
    for origin, shape in shapes.items():
        own = 0
        for _ in range(40):
            gen._set_origin(origin)
            phone = gen.phone()
            assert any(re.fullmatch(s, phone) for s in shapes.values()), phone
            own += bool(re.fullmatch(shape, phone))
        assert own >= 24, (origin, own)


def test_the_mixed_sentences_and_templates_are_well_formed() -> None:
    for template, types in HELDOUT127_MIXED:
        assert template.count("{}") == len(types), template
    for etype, templates in HELDOUT127_TEMPLATES.items():
        assert len(templates) >= 10, etype
        assert any(_chat_like(t) for t in templates) and any(not _chat_like(t) for t in templates), etype
        assert any(HANZI.search(t) for t in templates) and any(VIETNAMESE.search(t) for t in templates), etype
        assert all(t.count("{}") >= 1 for t in templates)


def test_the_set_holds_all_four_peoples_scripts_and_negatives_of_the_theme(built) -> None:  # noqa: ANN001
    names = _persons(built)
    assert any(HANZI.search(n) for n in names) and any(VIETNAMESE.search(n) for n in names)
    assert any(re.search(r"[õäöü]", n, re.IGNORECASE) for n in names)  # Estonian letters
    for origin in ORIGINS_HELDOUT127:
        families = {_fold(f).lower() for f in NAMES_HELDOUT127[origin][2]}
        families |= {HANZI_HELDOUT127[f] for f in NAMES_HELDOUT127[origin][2] if f in HANZI_HELDOUT127}
        assert any(set(_words(n)) & families or (HANZI.search(n) and n[0] in families) for n in names), origin
    negatives = [e.text for e in built if not e.spans]
    assert len(negatives) == len(HELDOUT127_NEGATIVES)
    assert sum(bool(THEME.search(t)) for t in negatives) >= 50
    assert not THEME.search("the weather in Jishou is warm")  # the theme check can fail
    per_type = Counter(k for e in built for _, _, k in e.spans)
    assert len(per_type) == 10 and min(per_type.values()) >= 14
