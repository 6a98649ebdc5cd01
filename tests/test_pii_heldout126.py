"""Held-out set 126's own checks: its name forms, titles and kin words, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from bench.pii import Example, _chat_like
from bench.pii_heldout126 import (
    AMBONESE_FAMILY_HELDOUT126,
    ANAK_HELDOUT126,
    AO_FAMILY_HELDOUT126,
    BIDAYUH_FATHERS_HELDOUT126,
    BIRTH_YEARS_HELDOUT126,
    CHAT_ONLY_FORMS_HELDOUT126,
    CYRILLIC_FORMS_HELDOUT126,
    CYRILLIC_HELDOUT126,
    DUTCH_MONTHS_HELDOUT126,
    EMAIL_DOMAINS_HELDOUT126,
    FORCED_FORMS_HELDOUT126,
    FORCED_SENTENCES_HELDOUT126,
    FORM_ONLY_FORMS_HELDOUT126,
    HELDOUT126_MIXED,
    HELDOUT126_NEGATIVES,
    HELDOUT126_SEED,
    HELDOUT126_TEMPLATES,
    IBAN_BANKS_HELDOUT126,
    IBAN_BY_ORIGIN_HELDOUT126,
    INDONESIAN_MONTHS_HELDOUT126,
    LEAD_FORMS_HELDOUT126,
    MALAY_MONTHS_HELDOUT126,
    MISSPELT_HELDOUT126,
    NAME_LOCALES_HELDOUT126,
    NAME_TYPOS_HELDOUT126,
    NAMES_HELDOUT126,
    ORIGINS_HELDOUT126,
    PUBLIC_FIGURES_HELDOUT126,
    RUSSIAN_MONTHS_HELDOUT126,
    SHORTHAND_HELDOUT126,
    SUBJECTS_HELDOUT126,
    TITLED_HELDOUT126,
    VEPS_FAMILY_HELDOUT126,
    VEPS_MEN_HELDOUT126,
    VEPS_PATRONYMICS_HELDOUT126,
    VEPS_WOMEN_HELDOUT126,
    WOMEN_FORMS_HELDOUT126,
    Gen126,
    _feminine,
    _fold,
    _iban_of,
    _passport,
    _plain,
    _reads_public,
    _typo126,
    build_heldout126,
)
from tests.helpers import phrase_in

SEEDS = [HELDOUT126_SEED, 5, 11]
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# names earlier sets or bench/pii.py hold, which this set leaves out (see the module's docstring)
LEFT_OUT = set(
    "Karma Tshering Pema Dorjee Tenzing Sonam Dawa Ugen Phurba Nima Lhendup Passang Norbu Tashi Diki "
    "Lhamu Yangzom Ongmu Dechen Dolma Choden Yangchen Namgyal Kazi Gyatso Lama Wangdi Gyaltsen Zinaida "
    "Nina Irma Pavel Valentina Aleksandr Lidija Vladimir Zaiceva Mullonen Abramov Pahomova Lukkojev "
    "Vinokurova Kuzmin Yopie Glenn Ongky Lilian Marcus Nancy Franky Evi Latuhamallo Pattinasarany "
    "Tuasikal Pelupessy Matulessy Sahetapy Latumahina Siahaya Afanasiy Nikanor Kapiton Trofim Prokhor "
    "Gerasim Tikhon Vikentiy Kapitolina Avgusta Glafira Nonna Taisiya Marfa Ulyana Klavdiya Raisa Agniya "
    "Pelageya Gavrilov Yegorov Semakov Temjen Sashi Meyasenla Jamir Walling Sylvester Gabriel Ambrose "
    "Boniface Gregory Dominic Anselm Cornelius Aloysius Clement Ignatius Bernadette Magdalene Felicia "
    "Theresa Agnes Scholastica Veronica Perpetua Cecilia Juliana Ursula Sidi Ajang Mengga Duan Jugah "
    "Bulan Dayang Tamin Hengky Nelson Yance Rudy Eddy Jacky Ricky Nicky Femmy Yolanda Betsy Ina "
    "Терентий".split()
)
TITLES = re.compile(
    r"(?i)^(?:тётя|дядя|баба|дед|pastor|rev\.|aunty|uncle|pakcik|makcik|kak|abang|encik|puan|usi|nyong|nona|"
    r"tante|om|oma|opa|pak|ibu|meneer|mevrouw)(?=\s)"
)
THEME = re.compile(
    r"(?i)laund|wash|dry|dryer|iron|dobi|dhobi|stain|прачечн|химчистк|стирк|сушк|пятн|квитанц|cucian|setrika|"
    r"kiloan|wasserette|stomerij|\bwas\b|kapra|basuh|kering|baju|ticket|locker|booking|claim|uniform|coat|"
    r"dress|jurk|shirt|detergent|tumble|bleach|loyalty|refund|card machine|clothes|linen|sheets|shop"
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
    assert iban_valid("NL91 ABNA 0417 1643 00") and not iban_valid("NL92 ABNA 0417 1643 00")
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


@cache
def _build(seed: int) -> tuple[Example, ...]:
    """One build per seed for the whole file (the checks only read it)."""
    return tuple(build_heldout126(seed))


@pytest.fixture(scope="module")
def built() -> tuple[Example, ...]:
    return _build(HELDOUT126_SEED)


def _persons(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, k in e.spans if k == "PERSON"]


def _listed() -> set[str]:
    """Every given and family name the lists hold, in Latin letters."""
    return {w for men, women, families in NAMES_HELDOUT126.values() for w in men + women + families}


def _typos() -> set[str]:
    return {t for typos in NAME_TYPOS_HELDOUT126.values() for t in typos.values()}


def _veps_shapes() -> set[str]:
    """The Veps names in every shape the set writes them: Cyrillic, a woman's family name, the patronymics,
    a passport's ICAO letters."""
    words = set(CYRILLIC_HELDOUT126.values())
    families = list(VEPS_FAMILY_HELDOUT126) + list(NAME_TYPOS_HELDOUT126["veps"].values())
    words |= {_feminine(f) for f in families} | {_feminine(c) for c in VEPS_FAMILY_HELDOUT126.values()}
    words |= {p for pair in VEPS_PATRONYMICS_HELDOUT126.values() for p in pair}
    cyr = list(CYRILLIC_HELDOUT126.values()) + [_feminine(c) for c in VEPS_FAMILY_HELDOUT126.values()]
    return words | {_passport(c) for c in cyr}


def _vocabulary() -> set[str]:
    """Every word a name of this set may be built from, lower case and without marks."""
    words: set[str] = _listed() | _typos() | _veps_shapes() | set(ANAK_HELDOUT126)
    return {_fold(w).lower() for w in words}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,.]+", _fold(name).lower()) if w]


def _outside_the_lists(names: list[str]) -> list[str]:
    vocabulary = _vocabulary()
    return [n for n in names if any(len(w) > 1 and w not in vocabulary for w in _words(n))]


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT126 == []
    assert str(HELDOUT126_SEED).startswith("126") and len(str(HELDOUT126_SEED)) == 7


@pytest.mark.parametrize("seed", SEEDS)
def test_the_size_and_the_negatives_hold_whatever_the_seed(seed: int) -> None:
    examples = _build(seed)
    assert 370 <= len(examples) <= 395
    assert sum(1 for e in examples if not e.spans) == len(HELDOUT126_NEGATIVES) == 78
    if seed == SEEDS[0]:  # a fresh build gives the same set
        assert [(e.text, e.spans, e.style) for e in build_heldout126(seed)] == [
            (e.text, e.spans, e.style) for e in examples
        ]
    assert [e.text for e in build_heldout126(seed + 1)] != [e.text for e in examples]


@pytest.mark.parametrize("seed", SEEDS)
def test_spans_match_the_text_and_negatives_have_none(seed: int) -> None:
    types = Counter()
    for e in _build(seed):
        assert "{}" not in e.text and e.text.strip()
        end = -1
        for s, t, k in sorted(e.spans):
            value = e.text[s:t]
            assert value and value.strip() == value and s >= end, (value, e.text)
            end = t
            types[k] += 1
    assert set(types) == {
        "PERSON",
        "STREET_ADDRESS",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "IP_ADDRESS",
        "SECRET",
        "USERNAME",
        "DATE_OF_BIRTH",
    }
    negatives = [e for e in _build(seed) if not e.spans]
    assert len(negatives) == len(HELDOUT126_NEGATIVES) and not any(e.spans for e in negatives)


def test_every_name_comes_from_the_hand_written_lists(built) -> None:  # noqa: ANN001
    assert not _outside_the_lists(_persons(built))
    # the check can fail: a name no list holds, and the right forms of listed names
    assert _outside_the_lists(["Evdokim Ivanov", "Imkong Singh"]) == ["Evdokim Ivanov", "Imkong Singh"]
    assert not _outside_the_lists(["Кукоева Серафима Фотиевна", "KIRIANOVA LUKERIA", "I. T. Longkumer"])
    assert not _outside_the_lists(["Rufinus ak Nyaun", "Pattiasina, S.O.", "Kalinknia"])


def test_no_name_an_earlier_set_holds_is_listed() -> None:
    listed = _listed() | _typos()
    assert not listed & LEFT_OUT
    bench = Path(__file__).resolve().parent.parent / "bench"
    earlier = [
        p for p in bench.glob("pii_heldout*.py") if int(p.stem.removeprefix("pii_heldout")) < 126
    ]  # held-out 27 to 125 (127, written beside it, is no earlier set)
    assert len(earlier) >= 99
    seen: set[str] = set()
    for path in [*earlier, bench / "pii.py"]:
        seen |= {w.lower() for w in re.findall(r"\w+", path.read_text(encoding="utf-8"))}
    mine = listed | {_fold(w) for w in listed} | _veps_shapes()
    assert not {w.lower() for w in mine} & seen, sorted({w.lower() for w in mine} & seen)
    assert {w.lower() for w in LEFT_OUT} <= seen, sorted({w.lower() for w in LEFT_OUT} - seen)
    assert "Терентий" in LEFT_OUT and "Терентий" not in CYRILLIC_HELDOUT126.values()


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for name in _persons(_build(seed)):
        assert not _reads_public(name), name


def test_the_public_figures_guard_reads_marks_and_case() -> None:
    assert _reads_public("RUTH SAHANAYA") and _reads_public("ask temsula  ao about it")
    assert _reads_public("the Johannes Leimena hospital") and _reads_public("Jerip Susil")
    assert not _reads_public("Ruth Pattiasina") and not _reads_public("Imkong Longkumer")
    assert all(" " in p for p in PUBLIC_FIGURES_HELDOUT126)


def test_a_title_or_a_kin_word_stays_outside_the_span(built) -> None:  # noqa: ANN001
    seen = 0
    for e in built:
        for s, t, k in e.spans:
            if k != "PERSON":
                continue
            assert not TITLES.search(e.text[s:t]), e.text
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            seen += bool(before and before[0].lower() in TITLED_HELDOUT126)
    assert seen >= 8
    assert TITLES.search("usi Corry") and TITLES.search("тётя Фаина") and not TITLES.search("Corry")


def _given_pool(origins: tuple[str, ...], woman: bool | None, part: str) -> set[str]:
    """The names a title may stand before: given or family, of the title's origins and sex, in Latin letters
    and in Cyrillic."""
    pool: set[str] = set()
    for origin in origins:
        men, women, families = NAMES_HELDOUT126[origin]
        pool |= (
            set(families)
            if part == "family"
            else set(men + women if woman is None else women if woman else men)
        )
    pool |= {CYRILLIC_HELDOUT126[x] for x in pool if x in CYRILLIC_HELDOUT126}
    return {_fold(x).lower() for x in pool}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_comes_from_the_title_s_origin_and_sex(seed: int) -> None:
    seen = 0
    for e in _build(seed):
        for s, t, k in e.spans:
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            if k != "PERSON" or not before or before[0].lower() not in TITLED_HELDOUT126:
                continue
            seen += 1
            origins, woman, part = TITLED_HELDOUT126[before[0].lower()]
            assert _fold(e.text[s:t]).lower() in _given_pool(origins, woman, part), e.text
    assert seen >= 6


def _form_seen(names: list[str]) -> set[tuple[str, str]]:
    """The (origin, form) pairs a list of names shows, read from the names alone."""
    seen = set()
    low = lambda xs: {_fold(x).lower() for x in xs}  # noqa: E731
    typos = {o: low(d.values()) for o, d in NAME_TYPOS_HELDOUT126.items()}
    typos["veps"] |= {_feminine(t) for t in typos["veps"]}
    vmen, vwomen, vfams = (low(x) for x in NAMES_HELDOUT126["veps"])
    vfem = {_feminine(f) for f in vfams}
    cmen = {CYRILLIC_HELDOUT126[g].lower() for g in VEPS_MEN_HELDOUT126}
    cwomen = {CYRILLIC_HELDOUT126[g].lower() for g in VEPS_WOMEN_HELDOUT126}
    cfams = {c.lower() for c in VEPS_FAMILY_HELDOUT126.values()}
    cfem = {_feminine(c) for c in cfams}
    patr = {p.lower() for pair in VEPS_PATRONYMICS_HELDOUT126.values() for p in pair}
    pmen = {_passport(c).lower() for c in cmen}
    pwomen = {_passport(c).lower() for c in cwomen}
    pfams = {_passport(c).lower() for c in cfams | cfem}
    amen, awomen, afams = (low(x) for x in NAMES_HELDOUT126["ao"])
    bmen, bwomen, bfams = (low(x) for x in NAMES_HELDOUT126["bidayuh"])
    mmen, mwomen, mfams = (low(x) for x in NAMES_HELDOUT126["ambonese"])
    for name in names:
        words = name.split()
        w = [_fold(x.rstrip(",")).lower() for x in words]
        two, three = len(words) == 2, len(words) == 3
        for origin in ORIGINS_HELDOUT126:
            if two and w[-1] in typos[origin]:
                seen.add((origin, "typo"))
        # the Vepsians
        if two and w[0] in vmen | vwomen and w[1] in vfams | vfem and name.isascii():
            seen.add(("veps", "latin"))
            if w[0] in vwomen and w[1] in vfem:
                seen.add(("veps", "female_latin"))
        if two and w[0] in cmen | cwomen and w[1] in cfams | cfem:
            seen.add(("veps", "cyrillic"))
            if w[0] in cwomen and w[1] in cfem:
                seen.add(("veps", "female_cyrillic"))
        if three and w[0] in cfams | cfem and w[1] in cmen | cwomen and w[2] in patr:
            seen.add(("veps", "russian_form"))
        if two and w[0] in cmen | cwomen and w[1] in patr:
            seen.add(("veps", "name_patronymic"))
        if re.fullmatch(r"\w+ \w\. \w\.", name) and w[0] in cfams | cfem and CYRILLIC.search(name):
            seen.add(("veps", "initials_cyr"))
        if two and name.isupper() and name.isascii() and w[0] in pfams and w[1] in pmen | pwomen:
            seen.add(("veps", "passport"))
        # the Ao
        if two and w[0] in amen | awomen and w[1] in afams:
            seen.add(("ao", "full"))
        if re.fullmatch(r"(?i)[a-z]{2,} [a-z]\. \w+", name) and w[0] in amen | awomen and w[-1] in afams:
            seen.add(("ao", "middle_initial"))  # the build's ALL CAPS may have reached it
            if name.isupper():
                seen.add(("ao", "caps"))
        if re.fullmatch(r"(?i)[a-z]\. [a-z]\. \w+", name) and w[-1] in afams:
            seen.add(("ao", "initials"))
        # the Bidayuh
        if three and w[0] in bmen | bwomen and w[2] in bfams:
            if w[1] == ANAK_HELDOUT126[0]:
                seen.add(("bidayuh", "anak"))
            if w[1] == ANAK_HELDOUT126[1]:
                seen.add(("bidayuh", "ak"))
            if name.isupper() and w[1] == ANAK_HELDOUT126[0]:
                seen.add(("bidayuh", "mykad"))
        if two and w[0] in bmen | bwomen and w[1] in bfams:
            seen.add(("bidayuh", "no_anak"))
        # the Ambonese
        if two and w[0] in mmen | mwomen and w[1] in mfams:
            seen.add(("ambonese", "ktp" if name.isupper() else "full"))
        if three and w[0] in mmen | mwomen and w[1] in mmen | mwomen and w[2] in mfams:
            seen.add(("ambonese", "ktp" if name.isupper() else "double_given"))
        if re.fullmatch(r"(?i)(?:[a-z]\.){2} \w+", name) and w[-1] in mfams:
            seen.add(("ambonese", "dutch_initials"))
        if re.fullmatch(r"(?i)\w+, (?:[a-z]\.){2}", name) and w[0] in mfams:
            seen.add(("ambonese", "dutch_form"))
    return seen


@pytest.mark.parametrize("seed", [*SEEDS, 2, 3, 4])
def test_every_forced_form_appears_whatever_the_seed(seed: int) -> None:
    seen = _form_seen(_persons(_build(seed)))
    missing = [pair for pair in FORCED_FORMS_HELDOUT126 if pair not in seen]
    assert not missing, missing


def test_the_forms_check_can_fail() -> None:
    assert ("veps", "russian_form") in _form_seen(["Кукоев Евдоким Фотиевич"])
    assert ("veps", "russian_form") not in _form_seen(["Евдоким Фотиевич Кукоев"])
    assert ("veps", "female_cyrillic") in _form_seen(["Серафима Кукоева"])
    assert ("veps", "female_cyrillic") not in _form_seen(["Серафима Кукоев", "Евдоким Кукоев"])
    assert ("veps", "passport") in _form_seen(["KIRIANOVA LUKERIA"])
    assert ("veps", "passport") not in _form_seen(["LUKERIA KIRIANOVA"])
    assert ("ao", "caps") in _form_seen(["IMKONG T. LONGKUMER"])
    assert ("ao", "caps") not in _form_seen(["Imkong T. Longkumer"])
    assert ("bidayuh", "ak") in _form_seen(["Rufinus ak Nyaun"])
    assert ("bidayuh", "ak") not in _form_seen(["Rufinus anak Nyaun"])
    assert ("ambonese", "dutch_form") in _form_seen(["Pattiasina, S.O."])
    assert ("ambonese", "dutch_initials") not in _form_seen(["Pattiasina, S.O."])


@pytest.mark.parametrize("seed", SEEDS)
def test_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(seed: int) -> None:
    names = _persons(_build(seed))
    for origin in ORIGINS_HELDOUT126:
        own = {_fold(w).lower() for w in _listed_of(origin)}
        mine = [n for n in names if set(_words(n)) & own and " " in n.strip()]
        assert any(n == n.upper() and n != n.lower() for n in mine), origin
        assert any(n == n.lower() and n != n.upper() for n in mine), origin


def _listed_of(origin: str) -> set[str]:
    men, women, families = NAMES_HELDOUT126[origin]
    words = set(men + women + families) | set(NAME_TYPOS_HELDOUT126[origin].values())
    if origin == "veps":
        words |= _veps_shapes()
    return words


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen126(3)
    for origin, form in FORCED_FORMS_HELDOUT126:
        for woman in (False, True):
            value = gen._form(origin, form, woman)
            assert value.strip() == value and value, (origin, form)
            assert bool(CYRILLIC.search(value)) == (form in CYRILLIC_FORMS_HELDOUT126), (form, value)
            if form in WOMEN_FORMS_HELDOUT126 or origin == "veps" and woman and form != "name_patronymic":
                family = value.split()[0 if form in ("russian_form", "initials_cyr", "passport") else -1]
                assert family.lower().endswith(("а", "a")), value
            if form == "russian_form":
                assert value.split()[2].endswith("вна" if woman else "вич"), value
    assert all(gen._form("ao", "caps").isupper() for _ in range(20))
    assert all(gen._form("bidayuh", "mykad").split()[1] == "ANAK" for _ in range(20))
    assert all(re.fullmatch(r"[A-Z ]+", gen._form("veps", "passport")) for _ in range(30))


def test_the_passport_spelling_follows_icao() -> None:
    assert _passport("Кирьянова") == "KIRIANOVA" and _passport("Лукерья") == "LUKERIA"
    assert _passport("Евдоким") == "EVDOKIM" and _passport("Фотий") == "FOTII"
    assert _feminine("Kukoev") == "Kukoeva" and _feminine("Пулькин") == "Пулькина"
    assert _plain("Kiryanov") == "kiryanov" and _fold("Šoltjärv") == "Soltjarv"


def test_the_forced_sentences_hold_one_slot_and_suit_their_kind() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT126.items():
        for template in templates:
            assert template.count("{}") == 1, template
            if key.startswith("chat_") or key.startswith("lower_"):
                assert _chat_like(template), template
            if key.startswith("form_") or key.startswith("upper_"):
                assert not _chat_like(template), template
            if key.endswith("cyrillic"):
                assert CYRILLIC.search(template), template
            if key in ORIGINS_HELDOUT126:
                lead = template.split()[0].lower()
                assert lead in TITLED_HELDOUT126 and key in TITLED_HELDOUT126[lead][0], template


def test_forms_are_owed_only_where_they_read_right() -> None:
    gen = Gen126(1)
    gen.owed = [("ambonese", "typo"), ("veps", "initials_cyr"), ("ao", "caps"), ("veps", "cyrillic")]
    assert gen._owed_for(None, "latin", False, None) is None
    assert gen._owed_for(None, "cyrillic", False, None) == ("veps", "initials_cyr")
    assert gen._owed_for(None, "cyrillic", True, None) == ("veps", "cyrillic")
    assert gen._owed_for(None, "latin", True, None) == ("ambonese", "typo")
    assert gen._owed_for(("ao",), "latin", False, "caps") == ("ao", "caps")
    assert CHAT_ONLY_FORMS_HELDOUT126.isdisjoint(FORM_ONLY_FORMS_HELDOUT126)


def test_a_template_s_script_and_place_get_a_name_of_that_script_and_people() -> None:
    gen = Gen126(7)
    own = {o: {_fold(w).lower() for w in _listed_of(o)} for o in ORIGINS_HELDOUT126}
    cases = {
        "{} from Mokokchung brought six shirts for ironing": "ao",
        "{} from Serian washed the gawai clothes at the self-service dobi": "bidayuh",
        "{} from Ambon runs the laundry kiloan by the market": "ambonese",
        "{} from Petrozavodsk picked up the duvet from the dry cleaner": "veps",
        "Pelanggan: {}": "bidayuh",
    }
    for _ in range(30):
        assert CYRILLIC.search(gen.person_for("{} оставил ключ от прачечной у соседки"))
        assert CYRILLIC.search(gen.person_for("баба {} стирает половики в Рыбреке только руками"))
        for template, origin in cases.items():
            value = gen.person_for(template)
            assert value.isascii() and set(_words(value)) & own[origin], (template, value)


def test_a_lead_s_template_gets_its_people_s_name_in_its_shape() -> None:
    gen = Gen126(9)
    for lead, (origins, form) in LEAD_FORMS_HELDOUT126.items():
        for _ in range(10):
            value = gen.person_for(f"{lead}: {{}}")
            assert (origins[0], form) in _form_seen([value]), (lead, value)
            if form in ("passport", "caps", "mykad", "ktp"):
                assert value.isupper(), value


def test_the_typo_leaves_titles_and_forms_alone() -> None:
    rng = random.Random(1)
    kept = ("тётя {}", "баба {}", "Pastor {}", "Aunty {}", "Makcik {}", "Kak {}", "usi {}", "tante {}")
    kept += ("om {}", "mevrouw {}", "Puan {}", "Rev. {}", "nyong {}", "Pak {}")
    for template in HELDOUT126_TEMPLATES["PERSON"]:
        slipped = _typo126(rng, template)
        assert slipped.count("{}") == template.count("{}")
        if not _chat_like(template):
            assert slipped == template
        for title in kept:
            assert (title in template) == (title in slipped)


def test_the_typo_slips_a_laundry_word_or_a_shorthand() -> None:
    outs = {_typo126(random.Random(i), "the laundry and the receipt, thanks, please") for i in range(60)}
    assert any(v in out for out in outs for v in MISSPELT_HELDOUT126.values())
    assert any(v in re.split(r"[ ,]+", out) for out in outs for v in SHORTHAND_HELDOUT126.values())
    malay = {_typo126(random.Random(i), "baju yang sudah siap, terima kasih {}") for i in range(40)}
    assert "baju yg sudah siap, terima kasih {}" in malay and "baju yang sudah siap, tq {}" in malay
    assert _typo126(random.Random(3), "Password: {}, please") == "Password: {}, please"


@pytest.mark.parametrize("seed", SEEDS)
def test_the_build_holds_typos_of_both_kinds(seed: int) -> None:
    slips = [e.text for e in _build(seed) if e.style == "typo"]
    misspelt = [
        t for t in slips if any(re.search(rf"(?i)(?<!\w){v}(?!\w)", t) for v in MISSPELT_HELDOUT126.values())
    ]
    short = [
        t for t in slips if any(re.search(rf"(?i)(?<!\w){v}(?!\w)", t) for v in SHORTHAND_HELDOUT126.values())
    ]
    assert misspelt and short, (misspelt, short)


def _full_names() -> set[str]:
    """Every full name the lists make, both ways round, in Latin letters and in Cyrillic."""
    fulls: set[str] = set()
    for men, women, lasts in NAMES_HELDOUT126.values():
        for first in men + women:
            for last in lasts:
                fulls |= {f"{first} {last}", f"{last} {first}", f"{last}, {first}", f"{first} anak {last}"}
                if first in CYRILLIC_HELDOUT126:
                    fulls |= {f"{CYRILLIC_HELDOUT126[first]} {CYRILLIC_HELDOUT126[last]}"}
    return fulls


def test_negatives_name_no_listed_person() -> None:
    fulls = _full_names()
    single = {w.lower() for w in _listed() | _typos() | _veps_shapes()}
    for text in HELDOUT126_NEGATIVES:
        assert not phrase_in(text, fulls), text
        assert not {w.lower() for w in re.findall(r"\w+", text)} & single, text
        assert "{}" not in text and not _reads_public(text), text
    # the check can fail
    assert phrase_in("ask semmy pattiasina about the shirt", fulls)
    assert phrase_in("Евдоким Кукоев пришёл", fulls)
    # the titles, the kin words and the naming customs are explained there
    assert any("тётя" in t and "дед" in t for t in HELDOUT126_NEGATIVES)
    assert any("Aunty" in t and "Pastor" in t for t in HELDOUT126_NEGATIVES)
    assert any("Pakcik" in t and "Makcik" in t for t in HELDOUT126_NEGATIVES)
    assert any("usi" in t and "nyong" in t for t in HELDOUT126_NEGATIVES)
    assert any("anak" in t for t in HELDOUT126_NEGATIVES)
    assert any("patronymic" in t for t in HELDOUT126_NEGATIVES)
    # tickets, orders, lockers, washers, slots and prices are no PII of TYPES
    numbered = r"(?i)ticket \d|LND-|locker \d|washer \d|washers \d|machine \d|₽|₹|RM\d|Rp |€|№|kg"
    assert sum(bool(re.search(numbered, t)) for t in HELDOUT126_NEGATIVES) >= 12


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    towns = {
        "veps": r"Петрозаводск|Petrozavodsk|Шёлтозеро|Рыбрека|Подпорож",
        "ao": r"Mokokchung|Dimapur",
        "bidayuh": r"Kuching|Bau|Serian",
        "ambonese": r"Ambon|Vaassen|Bovensmilde|Culemborg",
    }
    gen = Gen126(4)
    for origin in ORIGINS_HELDOUT126:
        hits = 0
        for _ in range(100):
            gen._set_origin(origin)
            hits += bool(re.search(towns[origin], gen.address()))
        assert hits >= 65, (origin, hits)
        if not IBAN_BY_ORIGIN_HELDOUT126[origin]:
            continue
        own = 0
        for _ in range(50):
            gen._set_origin(origin)
            own += re.sub(r"\s", "", gen.iban())[:2] in IBAN_BY_ORIGIN_HELDOUT126[origin]
        assert own >= 30, (origin, own)


def test_ibans_and_cards_are_valid_and_of_the_listed_kinds(built) -> None:  # noqa: ANN001
    lengths = {"FI": 18, "GB": 22, "NL": 18}
    assert set(lengths) == set(IBAN_BANKS_HELDOUT126)
    rng = random.Random(5)
    for country, (banks, length) in IBAN_BANKS_HELDOUT126.items():
        assert length == lengths[country]
        for _ in range(20):
            iban = _iban_of(rng, country)
            assert iban_valid(iban) and len(iban) == length and iban[:2] == country, iban
            assert any(iban[4:].startswith(b) for b in banks), iban
    cards = [e.text[s:t] for e in built for s, t, k in e.spans if k == "CREDIT_CARD"]
    assert cards and all(luhn_valid(re.sub(r"\D", "", c)) for c in cards)
    gen = Gen126(6)
    prefixes = Counter(re.sub(r"\D", "", gen.card())[:4] for _ in range(400))
    assert {"6522", "6070", "5085"} & set(prefixes)  # RuPay
    assert {"2200", "2201", "2202", "2203", "2204"} & set(prefixes)  # Mir
    assert any(p[:2] in ("34", "37") for p in prefixes)
    ibans = [re.sub(r"\s", "", e.text[s:t]) for e in built for s, t, k in e.spans if k == "IBAN_CODE"]
    assert ibans and all(i[:2].upper() in IBAN_BANKS_HELDOUT126 and iban_valid(i) for i in ibans)


def test_dates_of_birth_do_not_move_with_the_day_and_come_in_each_people_s_shapes() -> None:
    a, b = Gen126(8), Gen126(8)
    assert [a.dob_sample()[1] for _ in range(20)] == [b.dob_sample()[1] for _ in range(20)]
    gen = Gen126(8)
    values = [gen.dob_sample()[1] for _ in range(400)] + [gen.dob() for _ in range(200)]
    for y in (int(m) for v in values for m in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", v)):
        assert BIRTH_YEARS_HELDOUT126[0] <= y <= BIRTH_YEARS_HELDOUT126[1]
    for months, tail in (
        (RUSSIAN_MONTHS_HELDOUT126, r" \d{4} г\."),
        (MALAY_MONTHS_HELDOUT126, r" \d{4}"),
        (INDONESIAN_MONTHS_HELDOUT126, r" \d{4}"),
        (DUTCH_MONTHS_HELDOUT126, r" \d{4}"),
    ):
        assert len(months) == 12
        assert any(re.fullmatch(r"\d{1,2} (" + "|".join(months) + ")" + tail, v) for v in values), months[0]
    assert any(re.fullmatch(r"\d{1,2} Mac \d{4}", v) for v in values)  # Malay, not Indonesian 'Maret'
    assert any(re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", v) for v in values)


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen126(10)
    templates = {gen.secret()[0] for _ in range(800)}
    cues = ["никому не говори", "kakau nokobi", "jangan padah sapa-sapa", "jang kasi tau sapa-sapa"]
    cues += ["jangan kasih tahu siapa-siapa", "niet doorvertellen", "don't tell anyone", "Touch 'n Go"]
    cues += ["UPI PIN", "Мир", "DANA", "WIFI:T:WPA", "LAUNDRY_API_KEY=", "MIDTRANS_SERVER_KEY=", "alarm code"]
    for cue in cues:
        assert any(cue in t for t in templates), cue


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    gen = Gen126(12)
    domains = {d for ds in EMAIL_DOMAINS_HELDOUT126.values() for d in ds} | {"gmail.com"}
    subjects = {s for ss in SUBJECTS_HELDOUT126.values() for s in ss}
    for _ in range(200):
        email = gen.email()
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.-]+", email) and email.split("@")[1] in domains, email
        handle = gen.handle()
        assert re.fullmatch(r"[a-z0-9._-]+", handle), handle
    handles = {gen.handle() for _ in range(200)}
    assert any(any(s in h for s in subjects) for h in handles)
    assert any("kukoeva" in h or "ankhimova" in h for h in handles | {gen.email() for _ in range(400)})


def test_phones_are_of_the_regions_formats() -> None:
    shapes = {
        "veps": r"\+7 9\d\d \d{3}-\d\d-\d\d|8 9\d\d \d{3} \d\d \d\d|89\d{9}|\+7 \(8142\) \d\d-\d\d-\d\d|"
        r"8 \(81365\) \d-\d\d-\d\d",
        "ao": r"\+91 [6-9]\d{4} \d{5}|[6-9]\d{9}|\+91-[6-9]\d{9}|0369-22\d{5}|03862-2\d{5}",
        "bidayuh": r"\+60 1\d-\d{3} \d{4}|01\d-\d{3} \d{4}|011-\d{4} \d{4}|082-\d{3} \d{3}",
        "ambonese": r"(\+62 |0)8\d\d-\d{4}-\d{4}|08\d{10}|\(0911\) 3\d{5}|\+31 6 \d{4} \d{4}|06-\d{8}",
    }
    gen = Gen126(13)
    for origin, shape in shapes.items():
        own = 0
        for _ in range(40):
            gen._set_origin(origin)
            phone = gen.phone()
            assert any(re.fullmatch(s, phone) for s in shapes.values()), phone
            own += bool(re.fullmatch(shape, phone))
        assert own >= 24, (origin, own)


def test_the_mixed_sentences_and_templates_are_well_formed() -> None:
    for template, types in HELDOUT126_MIXED:
        assert template.count("{}") == len(types), template
    for etype, templates in HELDOUT126_TEMPLATES.items():
        assert len(templates) >= 10, etype
        assert any(_chat_like(t) for t in templates) and any(not _chat_like(t) for t in templates), etype
        assert any(CYRILLIC.search(t) for t in templates), etype
        assert all(t.count("{}") >= 1 for t in templates)


def test_the_set_holds_all_four_peoples_and_negatives_of_the_theme(built) -> None:  # noqa: ANN001
    names = _persons(built)
    assert any(CYRILLIC.search(n) for n in names)
    for origin, families in (
        ("veps", VEPS_FAMILY_HELDOUT126),
        ("ao", AO_FAMILY_HELDOUT126),
        ("bidayuh", BIDAYUH_FATHERS_HELDOUT126),
        ("ambonese", AMBONESE_FAMILY_HELDOUT126),
    ):
        fams = {_fold(f).lower() for f in families}
        fams |= {_feminine(f) for f in fams} if origin == "veps" else set()
        assert any(set(_words(n)) & fams for n in names), origin
    negatives = [e.text for e in built if not e.spans]
    assert len(negatives) == len(HELDOUT126_NEGATIVES)
    assert sum(bool(THEME.search(t)) for t in negatives) >= 50
    assert not THEME.search("the weather in Ambon is warm")  # the theme check can fail
