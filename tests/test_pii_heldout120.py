"""Held-out set 120's own checks: its name forms, titles and kin words, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.pii import _chat_like
from bench.pii_heldout120 import (
    ARAGONESE_FAMILY_HELDOUT120,
    ARAGONESE_MEN_HELDOUT120,
    ARAGONESE_MONTHS_HELDOUT120,
    ARAGONESE_WOMEN_HELDOUT120,
    CHAT_ONLY_FORMS_HELDOUT120,
    CYRILLIC_FORMS_HELDOUT120,
    CYRILLIC_HELDOUT120,
    EMAIL_DOMAINS_HELDOUT120,
    FORCED_FORMS_HELDOUT120,
    FORCED_SENTENCES_HELDOUT120,
    FORM_ONLY_FORMS_HELDOUT120,
    HELDOUT120_MIXED,
    HELDOUT120_NEGATIVES,
    HELDOUT120_SEED,
    HELDOUT120_TEMPLATES,
    IBAN_BANKS_HELDOUT120,
    IBAN_BY_ORIGIN_HELDOUT120,
    INGUSH_FAMILY_HELDOUT120,
    KALMYK_FAMILY_HELDOUT120,
    KALMYK_MEN_HELDOUT120,
    KALMYK_WOMEN_HELDOUT120,
    MANX_FAMILY_HELDOUT120,
    MANX_MONTHS_HELDOUT120,
    MISSPELT_HELDOUT120,
    NAME_LOCALES_HELDOUT120,
    NAME_TYPOS_HELDOUT120,
    NAMES_HELDOUT120,
    NICKS_HELDOUT120,
    ORIGINS_HELDOUT120,
    PUBLIC_FIGURES_HELDOUT120,
    RUSSIAN_MONTHS_HELDOUT120,
    SHORTHAND_HELDOUT120,
    SUBJECTS_HELDOUT120,
    SUFFIXES_HELDOUT120,
    SURNAME_FIRST_LEADS_HELDOUT120,
    TITLED_HELDOUT120,
    TRANSLIT_HELDOUT120,
    WOMEN_FORMS_HELDOUT120,
    Gen120,
    _feminine,
    _fold,
    _iban_of,
    _patronymic,
    _reads_public,
    _typo120,
    build_heldout120,
)
from privacy.recognizers import iban_valid, luhn_valid

SEEDS = [HELDOUT120_SEED, 5, 11]
SPANISH_FORMS = {**ARAGONESE_MEN_HELDOUT120, **ARAGONESE_WOMEN_HELDOUT120}
# names earlier sets hold, which this set leaves out (see the module's docstring)
LEFT_OUT = set(
    "Badma Bembya Delyash Erdni Tseren Gerel Altana Bair Sanal Kermen Basangov Ochirov Sangadzhiev Erdniev "
    "Kekeev Dordzhiev Mandzhiev Bembeev Lidzhiev Ubushiev Illiam Moirrey Breeshey Orry Bekhan Kheda "
    "Zelimkhan "
    "Liana Issa Tamerlan Madina Akhmed Ruslan Khava Yevloev Kostoev Aushev Tsechoev Malsagov Ozdoev Dzeytov "
    "Gazdiev Pliev Bogatyrev Chusé Chorche Lorién Chuana Miguelón Pilarín Chesús Tresa Sabela Nieus Lanuza "
    "Latas Labordeta Castán Sesé Lacasa Arasanz Bielsa Ballarín Broto Mergen Sanzhi Quayle Kermode Cregeen "
    "Kewley Kinvig Cannell Ean Ayub Idris Musa Bashir Batyr Khamzat Markha Petimat Zalina Zaira Aminat "
    "Fariza "
    "Seda Luiza Raisa Bekov Marieta Larrosa Chabi Rosi".split()
)


@pytest.fixture(scope="module")
def built() -> list:
    return build_heldout120()


def _persons(examples) -> list[str]:  # noqa: ANN001
    return [e.text[s:t] for e in examples for s, t, k in e.spans if k == "PERSON"]


def _vocabulary() -> set[str]:
    """Every word a name of this set may be built from, lower case and without marks."""
    words: set[str] = set()
    for origin, (men, women, families) in NAMES_HELDOUT120.items():
        for family in families:
            words.add(family)
            if origin in ("kalmyk", "ingush"):
                words |= {
                    _feminine(family),
                    CYRILLIC_HELDOUT120[family],
                    _feminine(CYRILLIC_HELDOUT120[family]),
                }
        for given in men + women:
            words.add(given)
            if given in CYRILLIC_HELDOUT120:
                words.add(CYRILLIC_HELDOUT120[given])
        if origin in ("kalmyk", "ingush"):
            for father in men:
                for woman in (False, True):
                    words |= {_patronymic(father, woman, True), _patronymic(father, woman, False)}
        words |= set(NICKS_HELDOUT120[origin].values())
        for typo in NAME_TYPOS_HELDOUT120[origin].values():
            words |= {typo, _feminine(typo)}
    for value in TRANSLIT_HELDOUT120.values():
        words |= {value, _feminine(value)}
    words |= set(SPANISH_FORMS.values())
    return {_fold(w).lower() for w in words}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,.]+", _fold(name).lower()) if w]


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT120 == []
    assert str(HELDOUT120_SEED).startswith("120") and len(str(HELDOUT120_SEED)) == 7


@pytest.mark.parametrize("seed", SEEDS)
def test_the_size_and_the_negatives_hold_whatever_the_seed(seed: int) -> None:
    examples = build_heldout120(seed)
    assert 340 <= len(examples) <= 400
    assert 70 <= sum(1 for e in examples if not e.spans) <= 95
    assert build_heldout120(seed)[0].text == examples[0].text


def test_every_name_comes_from_the_hand_written_lists(built) -> None:  # noqa: ANN001
    vocabulary = _vocabulary()
    for name in _persons(built):
        for word in _words(name):
            assert len(word) == 1 or word in vocabulary, (word, name)


def test_no_name_an_earlier_set_holds_is_listed() -> None:
    listed = {w for men, women, families in NAMES_HELDOUT120.values() for w in men + women + families}
    listed |= {w for nicks in NICKS_HELDOUT120.values() for w in nicks.values()}
    assert not listed & LEFT_OUT
    # the Spanish forms of the Aragonese given names come only beside their Aragonese forms
    assert set(SPANISH_FORMS) <= listed


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    for name in _persons(build_heldout120(seed)):
        assert not _reads_public(name), name


def test_the_public_figures_guard_is_what_keeps_them_out() -> None:
    assert _reads_public("JOAQUIN ASCASO") and _reads_public("Joaquín Ascaso Garcés")
    assert "Ascaso" in ARAGONESE_FAMILY_HELDOUT120 and SPANISH_FORMS["Chuaquín"] == "Joaquín"
    assert not _reads_public("Chuaquín Ascaso") and not _reads_public("Joaquín Lardiés")
    assert all(" " in p for p in PUBLIC_FIGURES_HELDOUT120)


def test_a_title_or_a_kin_word_stays_outside_the_span(built) -> None:  # noqa: ANN001
    titles = re.compile(r"(?i)^(тётя|дядя|tía|tío|doña|don|mrs|miss|mr)\b|\b(ах|akh|эгч|egch)$")
    seen = 0
    for e in built:
        for s, t, k in e.spans:
            if k != "PERSON":
                continue
            assert not titles.search(e.text[s:t]), e.text
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            seen += bool(before and before[0].lower() in TITLED_HELDOUT120)
    assert seen >= 4


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    for e in build_heldout120(seed):
        for s, t, k in e.spans:
            before = e.text[:s].split()[-1:] if e.text[:s].strip() else []
            if k != "PERSON" or not before or before[0].lower() not in TITLED_HELDOUT120:
                continue
            origins, woman, part = TITLED_HELDOUT120[before[0].lower()]
            name = _fold(e.text[s:t]).lower()
            pool = set()
            for origin in origins:
                men, women, families = NAMES_HELDOUT120[origin]
                pool |= set(families) if part == "family" else set(women if woman else men)
                if part == "given":
                    pool |= set(NICKS_HELDOUT120[origin].values())
            pool |= {CYRILLIC_HELDOUT120.get(x, x) for x in pool}
            assert name in {_fold(x).lower() for x in pool}, e.text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_before_a_kalmyk_kin_word_is_a_kalmyk_given_name_of_that_sex(seed: int) -> None:
    for e in build_heldout120(seed):
        for s, t, k in e.spans:
            m = re.match(r" (ах|akh|эгч|egch)\b", e.text[t:], re.IGNORECASE)
            if k != "PERSON" or not m:
                continue
            woman = SUFFIXES_HELDOUT120[m.group(1).lower()]
            pool = KALMYK_WOMEN_HELDOUT120 if woman else KALMYK_MEN_HELDOUT120
            allowed = {x.lower() for x in pool} | {x.lower() for x in pool.values()}
            assert e.text[s:t].lower() in allowed, e.text


def _form_seen(names: list[str]) -> set[tuple[str, str]]:
    """The (origin, form) pairs a list of names shows, read from the names alone."""
    seen = set()
    kalmyk_cyr = {CYRILLIC_HELDOUT120[x] for x in KALMYK_FAMILY_HELDOUT120}
    ingush_cyr = {CYRILLIC_HELDOUT120[x] for x in INGUSH_FAMILY_HELDOUT120}
    typos = {o: set(d.values()) for o, d in NAME_TYPOS_HELDOUT120.items()}
    both = [n.title() if n.isupper() or n.islower() else n for n in names]
    for name in names + both:
        words = name.split()
        base = [w.rstrip(",") for w in words]
        for origin, fams in (("kalmyk", kalmyk_cyr), ("ingush", ingush_cyr)):
            fam_words = fams | {_feminine(f) for f in fams}
            if len(words) == 3 and base[0] in fam_words and re.search(r"(вич|вна)$", base[2]):
                seen.add((origin, "russian_form"))
            if len(words) == 3 and base[0] in fam_words and re.fullmatch(r"\w\. \w\.", " ".join(words[1:])):
                seen.add((origin, "initials_cyr"))
            if len(words) == 2 and base[1] in fam_words:
                seen.add((origin, "cyrillic"))
                if base[1] not in fams:
                    seen.add((origin, "female_cyrillic"))
            if len(words) == 2 and re.search(r"(вич|вна)$", base[1]):
                seen.add(("kalmyk" if base[0] in KALMYK_MEN_HELDOUT120.values() or base[0] in
                          KALMYK_WOMEN_HELDOUT120.values() else "ingush", "name_patronymic"))  # fmt: skip
        for origin in ORIGINS_HELDOUT120:
            men, women, fams = NAMES_HELDOUT120[origin]
            if len(base) >= 2 and base[-1] in typos[origin] | {_feminine(x) for x in typos[origin]}:
                seen.add((origin, "typo"))
            if name in NICKS_HELDOUT120[origin].values():
                seen.add((origin, "nickname"))
            if origin in ("kalmyk", "ingush") and len(base) == 2 and base[0] in men + women:
                if base[1] in set(fams) | {_feminine(f) for f in fams}:
                    seen.add((origin, "latin"))
                if base[1] in {_feminine(f) for f in fams}:
                    seen.add((origin, "female_latin"))
            trans = {TRANSLIT_HELDOUT120[f] for f in fams if f in TRANSLIT_HELDOUT120}
            if len(base) == 2 and base[1] in trans | {_feminine(x) for x in trans}:
                seen.add((origin, "translit"))
        if len(words) == 2 and base[0] in MANX_MEN_OR_WOMEN and base[1] in MANX_FAMILY_HELDOUT120:
            seen.add(("manx", "full"))
        if len(words) == 2 and words[0].endswith(",") and base[0] in MANX_FAMILY_HELDOUT120:
            seen.add(("manx", "surname_first"))
        if re.fullmatch(r"[A-Z]\. (\w+)", name) and name.split()[1] in MANX_FAMILY_HELDOUT120:
            seen.add(("manx", "initials"))
        if re.fullmatch(r"[A-Z]\. (\w+)", name) and name.split()[1] in ARAGONESE_FAMILY_HELDOUT120:
            seen.add(("aragonese", "initials"))
        arag = ARAGONESE_FAMILY_HELDOUT120
        if len(words) == 3 and base[1] in arag and base[2] in arag:
            if base[0] in SPANISH_FORMS and base[0] not in SPANISH_FORMS.values():
                seen.add(("aragonese", "aragonese_given"))
            if base[0] in set(SPANISH_FORMS.values()) - set(SPANISH_FORMS):
                seen.add(("aragonese", "spanish_given"))
        if len(words) == 3 and words[1].endswith(",") and base[0] in arag and base[1] in arag:
            seen.add(("aragonese", "surname_first"))
        if len(words) == 2 and base[0] in SPANISH_FORMS and base[1] in arag:
            seen.add(("aragonese", "one_surname"))
        folded_given = {_fold(x) for x in SPANISH_FORMS}
        folded_arag = {_fold(x) for x in arag}
        if (
            len(words) == 3
            and name.isascii()
            and base[0] in folded_given
            and {base[1], base[2]} <= folded_arag
        ):
            seen.add(("aragonese", "ascii"))
    return seen


MANX_MEN_OR_WOMEN = NAMES_HELDOUT120["manx"][0] + NAMES_HELDOUT120["manx"][1]


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_appears_whatever_the_seed(seed: int) -> None:
    seen = _form_seen(_persons(build_heldout120(seed)))
    missing = [pair for pair in FORCED_FORMS_HELDOUT120 if pair not in seen]
    assert not missing, missing


def test_the_forms_check_can_fail() -> None:
    assert ("manx", "surname_first") not in _form_seen(["Fynlo Kneale", "Kneale Fynlo"])
    assert ("kalmyk", "russian_form") in _form_seen(["Боваев Баатр Очирович"])
    assert ("aragonese", "spanish_given") not in _form_seen(["Chabier Lardiés Buisán"])
    assert ("aragonese", "spanish_given") in _form_seen(["Javier Lardiés Buisán"])


@pytest.mark.parametrize("seed", SEEDS)
def test_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(seed: int) -> None:
    names = _persons(build_heldout120(seed))
    vocabulary = {
        origin: {_fold(w).lower() for w in men + women + families}
        | {_fold(CYRILLIC_HELDOUT120.get(w, w)).lower() for w in men + women + families}
        for origin, (men, women, families) in NAMES_HELDOUT120.items()
    }
    for origin in ORIGINS_HELDOUT120:
        own = [n for n in names if set(_words(n)) & vocabulary[origin] and " " in n.strip()]
        assert any(n == n.upper() and n != n.lower() for n in own), origin
        assert any(n == n.lower() for n in own), origin


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen120(3)
    for origin, form in FORCED_FORMS_HELDOUT120:
        for woman in (False, True):
            value = gen._form(origin, form, woman)
            assert value.strip() == value and value, (origin, form)
            cyr = bool(re.search(r"[\u0400-\u04ff]", value))
            assert cyr == (form in CYRILLIC_FORMS_HELDOUT120), (origin, form, value)
            if form in WOMEN_FORMS_HELDOUT120:
                assert re.search(r"(a|а)$", value), value


def test_the_forced_sentences_hold_one_slot_and_suit_their_kind() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT120.items():
        for template in templates:
            assert template.count("{}") == 1, template
            if key.startswith("chat_") or key.startswith("lower_"):
                assert _chat_like(template), template
            if key.startswith("form_") or key.startswith("upper_"):
                assert not _chat_like(template), template
            if key.endswith("cyrillic"):
                assert re.search(r"[\u0400-\u04ff]", template), template


def test_forms_are_owed_only_where_they_read_right() -> None:
    gen = Gen120(1)
    gen.owed = [("manx", "typo"), ("kalmyk", "russian_form")]
    assert gen._owed_for(None, False, False, None) is None  # a typo is for chat, a Russian form in Cyrillic
    assert gen._owed_for(None, True, False, None) == ("kalmyk", "russian_form")
    assert gen._owed_for(None, False, True, None) == ("manx", "typo")
    assert CHAT_ONLY_FORMS_HELDOUT120.isdisjoint(FORM_ONLY_FORMS_HELDOUT120)


def test_a_template_s_script_gets_a_name_in_that_script() -> None:
    gen = Gen120(7)
    for _ in range(60):
        assert re.search(r"[\u0400-\u04ff]", gen.person_for("{} просит выгравировать дату на часах"))
        value = gen.person_for("{} from Ramsey dropped off the carriage clock for a service")
        assert value.isascii() and not re.search(r"[\u0400-\u04ff]", value), value


def test_a_family_name_first_template_gets_its_people_s_name() -> None:
    gen = Gen120(9)
    for lead, (origins, _form) in SURNAME_FIRST_LEADS_HELDOUT120.items():
        for _ in range(10):
            value = gen.person_for(f"{lead}: {{}}")
            first = value.split()[0].rstrip(",")
            fams = set()
            for origin in origins:
                fams |= {_fold(f).lower() for f in NAMES_HELDOUT120[origin][2]}
                fams |= {CYRILLIC_HELDOUT120.get(f, f).lower() for f in NAMES_HELDOUT120[origin][2]}
                fams |= {
                    _feminine(CYRILLIC_HELDOUT120.get(f, f)).lower() for f in NAMES_HELDOUT120[origin][2]
                }
            assert _fold(first).lower() in fams, (lead, value)


def test_the_helpers_for_name_forms() -> None:
    assert _patronymic("Ochir", False, True) == "Очирович"
    assert _patronymic("Dordzhi", True, True) == "Дорджиевна"
    assert _patronymic("Abukar", True, False) == "Abukarovna"
    assert _feminine("Bovaev") == "Bovaeva" and _feminine("Долгиев") == "Долгиева"
    assert _fold("Chuaquín Lardiés Buisán") == "Chuaquin Lardies Buisan"
    assert all(re.fullmatch(r"[\u0400-\u04ff]+", v) for v in CYRILLIC_HELDOUT120.values())
    assert all(k.isascii() for k in CYRILLIC_HELDOUT120)


def test_the_typo_leaves_titles_and_forms_alone() -> None:
    rng = random.Random(1)
    for template in HELDOUT120_TEMPLATES["PERSON"]:
        slipped = _typo120(rng, template)
        assert slipped.count("{}") == template.count("{}")
        if not _chat_like(template):
            assert slipped == template
        for title in ("тётя {}", "дядя {}", "tía {}", "tío {}", "Mrs {}", "Mr {}", "{} ах", "{} egch"):
            assert (title in template) == (title in slipped)


def test_the_typo_slips_a_trade_word_or_a_shorthand() -> None:
    rng = random.Random(2)
    outs = {_typo120(rng, "the jewellery and the necklace, thanks, please") for _ in range(40)}
    assert any(v in out for out in outs for v in MISSPELT_HELDOUT120.values())
    assert any(v in out.split(", ") for out in outs for v in SHORTHAND_HELDOUT120.values())
    assert _typo120(rng, "спасибо, пожалуйста {}") != "спасибо, пожалуйста {}"


def test_negatives_name_no_listed_person() -> None:
    families = {f for _, _, fams in NAMES_HELDOUT120.values() for f in fams}
    families |= {CYRILLIC_HELDOUT120[f] for f in families if f in CYRILLIC_HELDOUT120}
    givens = {g for men, women, _ in NAMES_HELDOUT120.values() for g in men + women}
    givens |= {CYRILLIC_HELDOUT120[g] for g in givens if g in CYRILLIC_HELDOUT120}
    for text in HELDOUT120_NEGATIVES:
        words = set(re.findall(r"\w+", text))
        assert not words & families, text
        assert not words & givens or "Santa Orosia" in text, text  # the saint of Jaca, no customer
        assert "{}" not in text


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    towns = {
        "kalmyk": r"Элист|Elista|Лагань",
        "manx": r"Douglas|Ramsey|Laxey",
        "ingush": r"Назрань|Nazran|Магас|Карабулак",
        "aragonese": r"Huesca|Jaca|Benasque|Hecho|Ansó|Aínsa",
    }
    gen = Gen120(4)
    for origin in ORIGINS_HELDOUT120:
        hits = 0
        for _ in range(100):
            gen._set_origin(origin)
            hits += bool(re.search(towns[origin], gen.address()))
        assert hits >= 65, (origin, hits)
        own = 0
        for _ in range(50):
            gen._set_origin(origin)
            own += re.sub(r"\s", "", gen.iban())[:2] in IBAN_BY_ORIGIN_HELDOUT120[origin]
        assert own >= 30, (origin, own)


def test_ibans_and_cards_are_valid_and_of_the_listed_kinds(built) -> None:  # noqa: ANN001
    lengths = {"ES": 24, "AD": 24, "FR": 27, "GB": 22, "KZ": 20, "MN": 20, "DE": 22, "TR": 26, "AT": 20}
    rng = random.Random(5)
    for country in IBAN_BANKS_HELDOUT120:
        for _ in range(20):
            iban = _iban_of(rng, country)
            assert iban_valid(iban) and len(iban) == lengths[country], iban
    cards = [e.text[s:t] for e in built for s, t, k in e.spans if k == "CREDIT_CARD"]
    assert all(luhn_valid(re.sub(r"\D", "", c)) for c in cards)
    gen = Gen120(6)
    prefixes = Counter(re.sub(r"\D", "", gen.card())[:4] for _ in range(300))
    assert any(p.startswith("220") and p[3] in "01234" for p in prefixes)  # Mir
    ibans = [re.sub(r"\s", "", e.text[s:t]) for e in built for s, t, k in e.spans if k == "IBAN_CODE"]
    assert ibans and all(i[:2].upper() in IBAN_BANKS_HELDOUT120 for i in ibans)


def test_dates_of_birth_do_not_move_with_the_day_and_come_in_each_people_s_shapes() -> None:
    a, b = Gen120(8), Gen120(8)
    assert [a.dob_sample()[1] for _ in range(20)] == [b.dob_sample()[1] for _ in range(20)]
    gen = Gen120(8)
    values = [gen.dob_sample()[1] for _ in range(400)]
    for y in (int(m) for v in values for m in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", v)):
        assert 1935 <= y <= 2006
    assert any(any(m in v for m in RUSSIAN_MONTHS_HELDOUT120) and v.endswith(" г.") for v in values)
    assert any(any(m in v for m in MANX_MONTHS_HELDOUT120) for v in values)
    assert any(
        re.search(r" de (chinero|chunio|chulio|otubre|nobiembre|abiento|setiembre) de ", v) for v in values
    )
    assert len(ARAGONESE_MONTHS_HELDOUT120) == len(MANX_MONTHS_HELDOUT120) == 12
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", v) for v in values)


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen120(10)
    templates = {gen.secret()[0] for _ in range(600)}
    for cue in ("никому не говори", "никому не сообщайте", "ny insh da peiagh erbee", "no la digas a dengún",
                "no se la digas a nadie", "WIFI:T:WPA", "STRIPE_SECRET_KEY=",
                "TELEGRAM_BOT_TOKEN="):  # fmt: skip
        assert any(cue in t for t in templates), cue


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    gen = Gen120(12)
    domains = {d for ds in EMAIL_DOMAINS_HELDOUT120.values() for d in ds} | {"gmail.com"}
    subjects = {s for ss in SUBJECTS_HELDOUT120.values() for s in ss}
    for _ in range(200):
        email = gen.email()
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.-]+", email) and email.split("@")[1] in domains, email
        handle = gen.handle()
        assert re.fullmatch(r"[a-z0-9._-]+", handle), handle
    handles = {gen.handle() for _ in range(200)}
    assert any(any(s in h for s in subjects) for h in handles)


def test_phones_are_of_the_regions_formats() -> None:
    shapes = {
        "kalmyk": r"\+7 9\d\d \d{3}-\d\d-\d\d|8 9\d\d \d{3} \d\d \d\d|(8|\+7) \(84722\) \d-\d\d-\d\d",
        "ingush": r"\+7 9\d\d \d{3}-\d\d-\d\d|89\d{9}|8 \(873[24]\) \d\d-\d\d-\d\d",
        "manx": r"07624 \d{6}|\+44 7624 \d{6}|01624 \d{6}|\+44 1624 \d{3} \d{3}",
        "aragonese": r"974 \d\d \d\d \d\d|6\d\d \d{3} \d{3}|\+34 6\d\d \d\d \d\d \d\d|\+34 974 \d{3} \d{3}"
        r"|6\d{8}",
    }
    gen = Gen120(13)
    for origin, shape in shapes.items():
        own = 0
        for _ in range(30):
            gen._set_origin(origin)
            phone = gen.phone()
            assert any(re.fullmatch(s, phone) for s in shapes.values()), phone
            own += bool(re.fullmatch(shape, phone))
        assert own >= 18, (origin, own)


def test_the_mixed_sentences_and_templates_are_well_formed() -> None:
    for template, types in HELDOUT120_MIXED:
        assert template.count("{}") == len(types), template
    for etype, templates in HELDOUT120_TEMPLATES.items():
        assert len(templates) >= 10, etype
        assert any(_chat_like(t) for t in templates) and any(not _chat_like(t) for t in templates), etype
        assert any(re.search(r"[\u0400-\u04ff]", t) for t in templates), etype
        assert all(t.count("{}") >= 1 for t in templates)


def test_the_set_holds_all_four_peoples_scripts_and_negatives_of_the_theme(built) -> None:  # noqa: ANN001
    names = _persons(built)
    assert any(re.search(r"[\u0400-\u04ff]", n) for n in names)
    assert any(re.search(r"[áéíóúñ]", n) for n in names)
    negatives = [e.text for e in built if not e.spans]
    assert len(negatives) == len(HELDOUT120_NEGATIVES)
    assert sum(bool(re.search(r"(?i)ring|watch|silver|gold|hallmark|carat|кольц|часы|проба|reloj|anillo", t))
               for t in negatives) >= 25  # fmt: skip
