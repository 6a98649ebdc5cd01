"""Held-out set 121's own checks: its name forms, titles and kin words, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from bench.pii import _chat_like
from bench.pii_heldout121 import (
    BASHKIR_FAMILY_HELDOUT121,
    BASHKIR_MEN_HELDOUT121,
    BASHKIR_SCRIPT_HELDOUT121,
    BASHKIR_WOMEN_HELDOUT121,
    CHAT_ONLY_FORMS_HELDOUT121,
    CYRILLIC_FORMS_HELDOUT121,
    CYRILLIC_HELDOUT121,
    DUTCH_SPELLING_HELDOUT121,
    EMAIL_DOMAINS_HELDOUT121,
    FORCED_FORMS_HELDOUT121,
    FORCED_SENTENCES_HELDOUT121,
    FORM_ONLY_FORMS_HELDOUT121,
    FRISIAN_FAMILY_HELDOUT121,
    FRISIAN_MONTHS_HELDOUT121,
    HELDOUT121_MIXED,
    HELDOUT121_NEGATIVES,
    HELDOUT121_SEED,
    HELDOUT121_TEMPLATES,
    IBAN_BANKS_HELDOUT121,
    IBAN_BY_ORIGIN_HELDOUT121,
    KUMYK_FAMILY_HELDOUT121,
    KUMYK_MEN_HELDOUT121,
    KUMYK_WOMEN_HELDOUT121,
    MISSPELT_HELDOUT121,
    NAME_LOCALES_HELDOUT121,
    NAME_TYPOS_HELDOUT121,
    NAMES_HELDOUT121,
    ORIGINS_HELDOUT121,
    PUBLIC_FIGURES_HELDOUT121,
    RUSSIAN_MONTHS_HELDOUT121,
    SHORTHAND_HELDOUT121,
    SUBJECTS_HELDOUT121,
    SUFFIXES_HELDOUT121,
    SURNAME_FIRST_LEADS_HELDOUT121,
    TITLED_HELDOUT121,
    VANUATU_FAMILY_HELDOUT121,
    WOMEN_FORMS_HELDOUT121,
    Gen121,
    _feminine,
    _fold,
    _iban_of,
    _patronymic,
    _reads_public,
    _typo121,
    build_heldout121,
)
from privacy.recognizers import iban_valid, luhn_valid

SEEDS = [HELDOUT121_SEED, 5, 11]
CYRILLIC_ORIGINS = ("kumyk", "bashkir")
# names earlier sets or bench/pii.py hold, which this set leaves out (see the module's docstring)
LEFT_OUT = set(
    "Arslanbek Bammat Irchi Aybike Sultanat Tagir Kapiev Gadzhiev Alibekov Kaziev Temirkhanov Fanis Ilshat "
    "Ilnur Rezeda Azamat Salavat Gulnaz Gulnur Leysan Yulaev Yanbaev Kuvatov Karimov Sjoerd Durk Sjoukje "
    "Baukje Wytske Antje Trijntje Gea Hoekstra Hiemstra Wiersma Postma Terpstra Sikkema Kalo Tanu Serah "
    "Jotham Shadrack Kahu Tevi Bani Kalsakau Regenvanu Natapei Napuat Tabimasmas".split()
)
BASHKIR_LETTERS = "ҡғҙҫһәөүңҠҒҘҪҺӘӨҮҢ"


@pytest.fixture(scope="module")
def built() -> list:
    return build_heldout121()


def _persons(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, k in e.spans if k == "PERSON"]


def _listed() -> set[str]:
    """Every given and family name the lists hold, in Latin letters, and the Dutch spellings."""
    words = {w for men, women, families in NAMES_HELDOUT121.values() for w in men + women + families}
    return words | set(DUTCH_SPELLING_HELDOUT121.values())


def _vocabulary() -> set[str]:
    """Every word a name of this set may be built from, lower case and without marks."""
    words: set[str] = set(_listed()) | {"улы", "ҡыҙы"}
    for origin in CYRILLIC_ORIGINS:
        men, women, families = NAMES_HELDOUT121[origin]
        for family in families:
            cyr = CYRILLIC_HELDOUT121[family]
            words |= {_feminine(family), cyr, _feminine(cyr)}
            if cyr in BASHKIR_SCRIPT_HELDOUT121:
                words |= {BASHKIR_SCRIPT_HELDOUT121[cyr], _feminine(BASHKIR_SCRIPT_HELDOUT121[cyr])}
        for given in men + women:
            words.add(CYRILLIC_HELDOUT121[given])
            words.add(BASHKIR_SCRIPT_HELDOUT121.get(CYRILLIC_HELDOUT121[given], given))
        for father in men:
            for woman in (False, True):
                words |= {_patronymic(father, woman, True), _patronymic(father, woman, False)}
    for typos in NAME_TYPOS_HELDOUT121.values():
        words |= {t for typo in typos.values() for t in (typo, _feminine(typo))}
    return {_fold(w).lower() for w in words}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,.]+", _fold(name).lower()) if w]


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT121 == []
    assert str(HELDOUT121_SEED).startswith("121") and len(str(HELDOUT121_SEED)) == 7


@pytest.mark.parametrize("seed", SEEDS)
def test_the_size_and_the_negatives_hold_whatever_the_seed(seed: int) -> None:
    examples = build_heldout121(seed)
    assert 340 <= len(examples) <= 400
    assert 70 <= sum(1 for e in examples if not e.spans) <= 95
    assert build_heldout121(seed)[0].text == examples[0].text


def test_every_name_comes_from_the_hand_written_lists(built) -> None:  # noqa: ANN001
    vocabulary = _vocabulary()
    for name in _persons(built):
        for word in _words(name):
            assert len(word) == 1 or word in vocabulary, (word, name)


def test_no_name_an_earlier_set_holds_is_listed() -> None:
    listed = _listed()
    assert not listed & LEFT_OUT
    cyrillic = set(CYRILLIC_HELDOUT121.values()) | set(BASHKIR_SCRIPT_HELDOUT121.values())
    bench = Path(__file__).resolve().parent.parent / "bench"
    earlier = [p for p in bench.glob("pii_heldout*.py") if int(p.stem.removeprefix("pii_heldout")) < 121]
    seen: set[str] = set()
    for path in [*earlier, bench / "pii.py"]:
        seen |= set(re.findall(r"\w+", path.read_text(encoding="utf-8")))
    assert not (listed | cyrillic) & seen, sorted((listed | cyrillic) & seen)
    assert LEFT_OUT <= seen  # the scan reads the earlier sets: every name left out is found there


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for name in _persons(build_heldout121(seed)):
        assert not _reads_public(name), name


def test_the_public_figures_guard_reads_marks_and_case() -> None:
    assert _reads_public("DONALD KALPOKAS") and _reads_public("Tsjebbe Hettinga")
    assert not _reads_public("Kalkot Kalpokas") and not _reads_public("Hessel Hettema")
    assert all(" " in p for p in PUBLIC_FIGURES_HELDOUT121)


def test_a_title_or_a_kin_word_stays_outside_the_span(built) -> None:  # noqa: ANN001
    titles = re.compile(
        r"(?i)^(тётя|дядя|juf|meester|muoike|omke|mevrouw|meneer|tija|mama|papa|anti|angkel)\b"
        r"|\b(апай|ағай|apay|agay)$"
    )
    seen = 0
    for e in built:
        for s, t, k in e.spans:
            if k != "PERSON":
                continue
            assert not titles.search(e.text[s:t]), e.text
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            seen += bool(before and before[0].lower() in TITLED_HELDOUT121)
    assert seen >= 4


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    for e in build_heldout121(seed):
        for s, t, k in e.spans:
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            if k != "PERSON" or not before or before[0].lower() not in TITLED_HELDOUT121:
                continue
            origins, woman, part = TITLED_HELDOUT121[before[0].lower()]
            pool = set()
            for origin in origins:
                men, women, families = NAMES_HELDOUT121[origin]
                if part == "family":
                    pool |= set(families)
                else:
                    pool |= set(men + women if woman is None else women if woman else men)
            pool |= {CYRILLIC_HELDOUT121.get(x, x) for x in pool}
            assert _fold(e.text[s:t]).lower() in {_fold(x).lower() for x in pool}, e.text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_before_a_bashkir_kin_word_is_a_bashkir_given_name_of_that_sex(seed: int) -> None:
    seen = 0
    for e in build_heldout121(seed):
        for s, t, k in e.spans:
            m = re.match(r" (апай|ағай|apay|agay)\b", e.text[t:], re.IGNORECASE)
            if k != "PERSON" or not m:
                continue
            seen += 1
            pool = (
                BASHKIR_WOMEN_HELDOUT121
                if SUFFIXES_HELDOUT121[m.group(1).lower()]
                else BASHKIR_MEN_HELDOUT121
            )
            allowed = {x.lower() for x in pool} | {x.lower() for x in pool.values()}
            allowed |= {BASHKIR_SCRIPT_HELDOUT121[x].lower() for x in pool.values()}
            assert e.text[s:t].lower() in allowed, e.text
    assert seen


def _form_seen(names: list[str]) -> set[tuple[str, str]]:
    """The (origin, form) pairs a list of names shows, read from the names alone."""
    seen = set()
    typos = {
        o: set(d.values()) | {_feminine(x) for x in d.values()} for o, d in NAME_TYPOS_HELDOUT121.items()
    }
    both = [n.title() if n.isupper() or n.islower() else n for n in names]
    for name in names + both:
        words = name.split()
        base = [w.rstrip(",") for w in words]
        for origin in CYRILLIC_ORIGINS:
            men, women, fams = NAMES_HELDOUT121[origin]
            cyr_fams = {CYRILLIC_HELDOUT121[f] for f in fams}
            cyr_given = {CYRILLIC_HELDOUT121[g] for g in men + women}
            fem = {_feminine(f) for f in cyr_fams}
            if len(words) == 3 and base[0] in cyr_fams | fem and re.search(r"(вич|вна)$", base[2]):
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
            if (
                len(base) == 2
                and base[0] in men + women
                and base[1] in set(fams) | {_feminine(f) for f in fams}
            ):
                seen.add((origin, "latin"))
                if base[1] in {_feminine(f) for f in fams}:
                    seen.add((origin, "female_latin"))
        for origin in ORIGINS_HELDOUT121:
            if len(base) == 2 and base[-1] in typos[origin]:
                seen.add((origin, "typo"))
        script = {v for k, v in BASHKIR_SCRIPT_HELDOUT121.items() if k != v}
        every = set(BASHKIR_SCRIPT_HELDOUT121.values())
        if len(words) == 2 and set(base) <= every | {_feminine(x) for x in every}:
            if set(base) & (script | {_feminine(x) for x in script}):
                seen.add(("bashkir", "bashkir_script"))
        if len(words) == 3 and base[2].lower() in ("улы", "ҡыҙы") and {base[0], base[1]} <= every:
            seen.add(("bashkir", "uly_kyzy"))
        fmen, fwomen, ffams = NAMES_HELDOUT121["frisian"]
        if len(words) == 2 and base[0] in fmen + fwomen and base[1] in ffams:
            seen.add(("frisian", "full"))
        if len(words) == 2 and base[0] in DUTCH_SPELLING_HELDOUT121.values() and base[1] in ffams:
            seen.add(("frisian", "dutch_given"))
        if len(words) == 2 and words[0].endswith(",") and base[0] in ffams and base[1] in fmen + fwomen:
            seen.add(("frisian", "surname_first"))
        m = re.fullmatch(r"(?:[A-Z]\.)+ (\w+)", name)
        if m and m.group(1) in ffams:
            seen.add(("frisian", "initials"))
        if m and m.group(1) in VANUATU_FAMILY_HELDOUT121:
            seen.add(("vanuatu", "initials"))
        vmen, vwomen, vfams = NAMES_HELDOUT121["vanuatu"]
        if len(words) == 2 and base[0] in vmen + vwomen and base[1] in vfams:
            seen.add(("vanuatu", "full"))
        if len(words) == 2 and base[0].title() in vfams and base[1].title() in vmen + vwomen:
            seen.add(("vanuatu", "surname_caps"))
    return seen


@pytest.mark.parametrize("seed", [*SEEDS, 2, 3, 4])
def test_every_forced_form_appears_whatever_the_seed(seed: int) -> None:
    seen = _form_seen(_persons(build_heldout121(seed)))
    missing = [pair for pair in FORCED_FORMS_HELDOUT121 if pair not in seen]
    assert not missing, missing


def test_the_forms_check_can_fail() -> None:
    assert ("frisian", "surname_first") not in _form_seen(["Tsjerk Bergsma", "Bergsma Tsjerk"])
    assert ("kumyk", "russian_form") in _form_seen(["Аджиев Бийболат Алимпашаевич"])
    assert ("bashkir", "bashkir_script") not in _form_seen(["Ирек Ямалетдинов"])
    assert ("bashkir", "bashkir_script") in _form_seen(["Гөлшат Хәбибуллина"])
    assert ("frisian", "dutch_given") in _form_seen(["Tjerk Bergsma"])
    assert ("frisian", "dutch_given") not in _form_seen(["Tsjerk Bergsma"])


@pytest.mark.parametrize("seed", SEEDS)
def test_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(seed: int) -> None:
    names = _persons(build_heldout121(seed))
    vocabulary = {}
    for origin, (men, women, families) in NAMES_HELDOUT121.items():
        own = {_fold(w).lower() for w in men + women + families}
        own |= {CYRILLIC_HELDOUT121.get(w, w).lower() for w in men + women + families}
        own |= {_feminine(CYRILLIC_HELDOUT121.get(w, w)).lower() for w in families}
        vocabulary[origin] = own
    for origin in ORIGINS_HELDOUT121:
        own = [n for n in names if set(_words(n)) & vocabulary[origin] and " " in n.strip()]
        assert any(n == n.upper() and n != n.lower() for n in own), origin
        assert any(n == n.lower() for n in own), origin


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen121(3)
    for origin, form in FORCED_FORMS_HELDOUT121:
        for woman in (False, True):
            value = gen._form(origin, form, woman)
            assert value.strip() == value and value, (origin, form)
            cyr = bool(re.search(r"[\u0400-\u04ff]", value))
            assert cyr == (form in CYRILLIC_FORMS_HELDOUT121), (origin, form, value)
            if form in WOMEN_FORMS_HELDOUT121:
                assert re.search(r"(a|а)$", value), value
    assert all(gen._form("bashkir", "bashkir_script").count(" ") == 1 for _ in range(20))
    assert any(re.search(f"[{BASHKIR_LETTERS}]", gen._form("bashkir", "bashkir_script")) for _ in range(20))


def test_the_forced_sentences_hold_one_slot_and_suit_their_kind() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT121.items():
        for template in templates:
            assert template.count("{}") == 1, template
            if key.startswith("chat_") or key.startswith("lower_"):
                assert _chat_like(template), template
            if key.startswith("form_") or key.startswith("upper_"):
                assert not _chat_like(template), template
            if key.endswith("cyrillic"):
                assert re.search(r"[\u0400-\u04ff]", template), template


def test_forms_are_owed_only_where_they_read_right() -> None:
    gen = Gen121(1)
    gen.owed = [("vanuatu", "typo"), ("kumyk", "initials_cyr")]
    assert (
        gen._owed_for(None, False, False, None) is None
    )  # a typo is for chat, Cyrillic initials in Cyrillic
    assert gen._owed_for(None, True, False, None) == ("kumyk", "initials_cyr")
    assert gen._owed_for(None, False, True, None) == ("vanuatu", "typo")
    assert CHAT_ONLY_FORMS_HELDOUT121.isdisjoint(FORM_ONLY_FORMS_HELDOUT121)


def test_a_template_s_script_gets_a_name_in_that_script() -> None:
    gen = Gen121(7)
    for _ in range(60):
        assert re.search(r"[\u0400-\u04ff]", gen.person_for("{} оплатила занятия за октябрь"))
        value = gen.person_for("{} from Port Vila is in the Year 10 extra class")
        assert value.isascii() and not re.search(r"[\u0400-\u04ff]", value), value


def test_a_family_name_first_template_gets_its_people_s_name() -> None:
    gen = Gen121(9)
    for lead, (origins, _form) in SURNAME_FIRST_LEADS_HELDOUT121.items():
        for _ in range(10):
            value = gen.person_for(f"{lead}: {{}}")
            first = value.split()[0].rstrip(",")
            fams = set()
            for origin in origins:
                for f in NAMES_HELDOUT121[origin][2]:
                    cyr = CYRILLIC_HELDOUT121.get(f, f)
                    fams |= {f.lower(), cyr.lower(), _feminine(cyr).lower()}
            assert first.lower() in fams, (lead, value)


def test_the_helpers_for_name_forms() -> None:
    assert _patronymic("Biybolat", False, True) == "Бийболатович"
    assert _patronymic("Alimpasha", True, True) == "Алимпашаевна"
    assert _patronymic("Aygazi", False, True) == "Айгазиевич"
    assert _patronymic("Irek", True, False) == "Irekovna"
    assert _feminine("Adzhiev") == "Adzhieva" and _feminine("Хәбибуллин") == "Хәбибуллина"
    assert _fold("Tsjêbbe Hettinga") == "Tsjebbe Hettinga"
    assert all(re.fullmatch(r"[\u0400-\u04ff]+", v) for v in CYRILLIC_HELDOUT121.values())
    assert all(k.isascii() for k in CYRILLIC_HELDOUT121)
    assert set(BASHKIR_SCRIPT_HELDOUT121) == {
        CYRILLIC_HELDOUT121[x] for origin in ["bashkir"] for part in NAMES_HELDOUT121[origin] for x in part
    }
    assert set(KUMYK_MEN_HELDOUT121) | set(KUMYK_WOMEN_HELDOUT121) | set(KUMYK_FAMILY_HELDOUT121) == {
        x for part in NAMES_HELDOUT121["kumyk"] for x in part
    }
    assert set(BASHKIR_FAMILY_HELDOUT121) == set(NAMES_HELDOUT121["bashkir"][2])


def test_the_typo_leaves_titles_and_forms_alone() -> None:
    rng = random.Random(1)
    for template in HELDOUT121_TEMPLATES["PERSON"]:
        slipped = _typo121(rng, template)
        assert slipped.count("{}") == template.count("{}")
        if not _chat_like(template):
            assert slipped == template
        for title in (
            "тётя {}",
            "дядя {}",
            "juf {}",
            "meester {}",
            "tija {}",
            "{} апай",
            "{} ағай",
            "{} apay",
        ):
            assert (title in template) == (title in slipped)


def test_the_typo_slips_a_school_word_or_a_shorthand() -> None:
    rng = random.Random(2)
    outs = {_typo121(rng, "the grammar and the chemistry homework, thanks, please") for _ in range(40)}
    assert any(v in out for out in outs for v in MISSPELT_HELDOUT121.values())
    assert any(v in out.split(", ") for out in outs for v in SHORTHAND_HELDOUT121.values())
    assert _typo121(rng, "спасибо, пожалуйста {}") != "спасибо, пожалуйста {}"
    assert _typo121(rng, "alsjeblieft, {}") == "ajb, {}"


@pytest.mark.parametrize("seed", SEEDS)
def test_the_build_holds_typos_of_both_kinds(seed: int) -> None:
    slips = [e.text for e in build_heldout121(seed) if e.style == "typo"]
    misspelt = [t for t in slips if any(re.search(rf"(?i)\b{v}\b", t) for v in MISSPELT_HELDOUT121.values())]
    short = [
        t for t in slips if any(re.search(rf"(?i)(?<!\w){v}(?!\w)", t) for v in SHORTHAND_HELDOUT121.values())
    ]
    assert misspelt and short, (misspelt, short)


def test_the_templates_hold_the_words_the_typo_slips() -> None:
    texts = " ".join(t for ts in HELDOUT121_TEMPLATES.values() for t in ts)
    for word in ("alsjeblieft", "misschien", "пожалуйста", "репетитор", "please", "grammar", "schedule"):
        assert word in texts, word


def test_negatives_name_no_listed_person() -> None:
    names = _listed() | set(CYRILLIC_HELDOUT121.values()) | set(BASHKIR_SCRIPT_HELDOUT121.values())
    names |= {t for typos in NAME_TYPOS_HELDOUT121.values() for t in typos.values()}
    for text in HELDOUT121_NEGATIVES:
        assert not set(re.findall(r"\w+", text)) & names, text
        assert "{}" not in text and not _reads_public(text), text


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    towns = {
        "kumyk": r"Махачкал|Makhachkala|Буйнакск|Карабудахкент",
        "bashkir": r"Уфа|Ufa|Сибай",
        "frisian": r"Leeuwarden|Sneek",
        "vanuatu": r"Port Vila|Luganville",
    }
    gen = Gen121(4)
    for origin in ORIGINS_HELDOUT121:
        hits = 0
        for _ in range(100):
            gen._set_origin(origin)
            hits += bool(re.search(towns[origin], gen.address()))
        assert hits >= 65, (origin, hits)
        own = 0
        for _ in range(50):
            gen._set_origin(origin)
            own += re.sub(r"\s", "", gen.iban())[:2] in IBAN_BY_ORIGIN_HELDOUT121[origin]
        assert own >= 30, (origin, own)


def test_ibans_and_cards_are_valid_and_of_the_listed_kinds(built) -> None:  # noqa: ANN001
    lengths = {"NL": 18, "FR": 27, "TR": 26, "AZ": 28, "KZ": 20, "DE": 22}
    rng = random.Random(5)
    for country in IBAN_BANKS_HELDOUT121:
        for _ in range(20):
            iban = _iban_of(rng, country)
            assert iban_valid(iban) and len(iban) == lengths[country], iban
    cards = [e.text[s:t] for e in built for s, t, k in e.spans if k == "CREDIT_CARD"]
    assert cards and all(luhn_valid(re.sub(r"\D", "", c)) for c in cards)
    gen = Gen121(6)
    prefixes = Counter(re.sub(r"\D", "", gen.card())[:4] for _ in range(300))
    assert any(p.startswith("220") and p[3] in "01234" for p in prefixes)  # Mir
    ibans = [re.sub(r"\s", "", e.text[s:t]) for e in built for s, t, k in e.spans if k == "IBAN_CODE"]
    assert ibans and all(i[:2].upper() in IBAN_BANKS_HELDOUT121 for i in ibans)


def test_dates_of_birth_do_not_move_with_the_day_and_come_in_each_people_s_shapes() -> None:
    a, b = Gen121(8), Gen121(8)
    assert [a.dob_sample()[1] for _ in range(20)] == [b.dob_sample()[1] for _ in range(20)]
    gen = Gen121(8)
    values = [gen.dob_sample()[1] for _ in range(400)] + [gen.dob() for _ in range(200)]
    for y in (int(m) for v in values for m in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", v)):
        assert 1965 <= y <= 2014
    assert any(any(m in v for m in RUSSIAN_MONTHS_HELDOUT121) and v.endswith(" г.") for v in values)
    assert any(
        re.search(r" (jannewaris|febrewaris|maaie|juny|july|septimber|novimber|desimber) ", v) for v in values
    )
    assert any(re.search(r" (mars|juin|juillet|août|février|décembre) ", v) for v in values)
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", v) for v in values)
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", v) for v in values)
    assert len(FRISIAN_MONTHS_HELDOUT121) == 12


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen121(10)
    templates = {gen.secret()[0] for _ in range(800)}
    cues = ["никому не говори", "кимге де айтма", "бер кемгә лә әйтмә", "fertel it oan net ien"]
    cues += ["yu no talem long eni man", "WIFI:T:WPA", "ZOOM_CLIENT_SECRET=", "TELEGRAM_BOT_TOKEN="]
    for cue in cues:
        assert any(cue in t for t in templates), cue


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    gen = Gen121(12)
    domains = {d for ds in EMAIL_DOMAINS_HELDOUT121.values() for d in ds} | {"gmail.com"}
    subjects = {s for ss in SUBJECTS_HELDOUT121.values() for s in ss}
    for _ in range(200):
        email = gen.email()
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.-]+", email) and email.split("@")[1] in domains, email
        handle = gen.handle()
        assert re.fullmatch(r"[a-z0-9._-]+", handle), handle
    handles = {gen.handle() for _ in range(200)}
    assert any(any(s in h for s in subjects) for h in handles)


def test_phones_are_of_the_regions_formats() -> None:
    shapes = {
        "kumyk": r"\+7 9(28|88|89|63|64) \d{3}-\d\d-\d\d|8 9(28|88|89|63|64) \d{3} \d\d \d\d"
        r"|8 \(8722\) \d\d-\d\d-\d\d|8 \(87237\) \d-\d\d-\d\d",
        "bashkir": r"\+7 9(17|27|37|87|01) \d{3}-\d\d-\d\d|89(17|27|37|87|01)\d{7}"
        r"|8 \(347\) \d{3}-\d\d-\d\d|8 \(34775\) \d-\d\d-\d\d",
        "frisian": r"06-\d{8}|06 \d{8}|\+31 6 \d{8}|058 \d{3} \d{4}|0515-\d{6}",
        "vanuatu": r"\+678 [57]\d\d \d{4}|7\d{6}|\+678 (22|36)\d{3}",
    }
    gen = Gen121(13)
    for origin, shape in shapes.items():
        own = 0
        for _ in range(30):
            gen._set_origin(origin)
            phone = gen.phone()
            assert any(re.fullmatch(s, phone) for s in shapes.values()), phone
            own += bool(re.fullmatch(shape, phone))
        assert own >= 18, (origin, own)


def test_the_mixed_sentences_and_templates_are_well_formed() -> None:
    for template, types in HELDOUT121_MIXED:
        assert template.count("{}") == len(types), template
    for etype, templates in HELDOUT121_TEMPLATES.items():
        assert len(templates) >= 10, etype
        assert any(_chat_like(t) for t in templates) and any(not _chat_like(t) for t in templates), etype
        assert any(re.search(r"[\u0400-\u04ff]", t) for t in templates), etype
        assert all(t.count("{}") >= 1 for t in templates)


def test_the_set_holds_all_four_peoples_scripts_and_negatives_of_the_theme(built) -> None:  # noqa: ANN001
    names = _persons(built)
    assert any(re.search(r"[\u0400-\u04ff]", n) for n in names)
    assert any(re.search(f"[{BASHKIR_LETTERS}]", n) for n in names)
    assert any(set(_words(n)) & {f.lower() for f in FRISIAN_FAMILY_HELDOUT121} for n in names)
    assert any(set(_words(n)) & {f.lower() for f in VANUATU_FAMILY_HELDOUT121} for n in names)
    negatives = [e.text for e in built if not e.spans]
    assert len(negatives) == len(HELDOUT121_NEGATIVES)
    theme = r"(?i)tutor|lesson|exam|bijles|class|klas|school|репетитор|урок|ЕГЭ|ОГЭ|занятия|les\b|examen"
    assert sum(bool(re.search(theme, t)) for t in negatives) >= 25
