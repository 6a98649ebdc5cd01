"""Held-out set 119's own checks: its name forms, scripts, titles and kin words, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import glob
import random
import re
from collections import Counter

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout119 import (
    CHANGANA_FAMILY_HELDOUT119,
    CHANGANA_MEN_HELDOUT119,
    CHANGANA_WOMEN_HELDOUT119,
    CHAT_ONLY_FORMS_HELDOUT119,
    EMAIL_DOMAINS_HELDOUT119,
    FORCED_FORMS_HELDOUT119,
    FORCED_SENTENCES_HELDOUT119,
    FORM_ONLY_FORMS_HELDOUT119,
    FORMS_HELDOUT119,
    HELDOUT119_MIXED,
    HELDOUT119_NEGATIVES,
    HELDOUT119_SEED,
    HELDOUT119_TEMPLATES,
    IBAN_BANKS_HELDOUT119,
    IBAN_BY_ORIGIN_HELDOUT119,
    ITALIAN_MONTHS_HELDOUT119,
    KARAKALPAK_FAMILY_HELDOUT119,
    KARAKALPAK_MEN_HELDOUT119,
    KARAKALPAK_MONTHS_HELDOUT119,
    KARAKALPAK_NICK_HELDOUT119,
    KARAKALPAK_WOMEN_HELDOUT119,
    KARGIL_FAMILY_HELDOUT119,
    KARGIL_MEN_HELDOUT119,
    KARGIL_WOMEN_HELDOUT119,
    LADAKHI_FIRST_HELDOUT119,
    LADAKHI_MEN_SECOND_HELDOUT119,
    LADAKHI_WOMEN_SECOND_HELDOUT119,
    NAME_LOCALES_HELDOUT119,
    NAMES_HELDOUT119,
    ORIGINS_HELDOUT119,
    PORTUGUESE_MONTHS_HELDOUT119,
    PUBLIC_FIGURES_HELDOUT119,
    RUSSIAN_MONTHS_HELDOUT119,
    SICILIAN_FAMILY_HELDOUT119,
    SICILIAN_MEN_HELDOUT119,
    SICILIAN_NICK_HELDOUT119,
    SICILIAN_WOMEN_HELDOUT119,
    SUBJECTS_HELDOUT119,
    SURNAME_FIRST_LEADS_HELDOUT119,
    TITLE_WORDS_HELDOUT119,
    TITLES_HELDOUT119,
    TSONGA_FAMILY_HELDOUT119,
    TSONGA_MEN_HELDOUT119,
    TSONGA_NICK_HELDOUT119,
    TSONGA_WOMEN_HELDOUT119,
    XITSONGA_MONTHS_HELDOUT119,
    Gen119,
    _feminine,
    _fold,
    _iban_of,
    _patronymic,
    _reads_public,
    _typo119,
    build_heldout119,
)
from privacy.recognizers import iban_valid, luhn_valid

EXAMPLES = build_heldout119()
SEEDS = [HELDOUT119_SEED, 1, 2, 119, 4242]
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
TIBETAN = re.compile(r"[\u0f00-\u0fff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _norm(word: str) -> str:
    return _fold(word).casefold()


def _persons(examples: list | None = None) -> list[tuple[str, str]]:
    """(value, sentence) of every PERSON span."""
    return [(e.text[s:t], e.text) for e in examples or EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def _name_tokens() -> set[str]:
    """Every word a name of the set may be written with, in every script and form, normalised."""
    words: set[str] = set()
    for table in (KARAKALPAK_MEN_HELDOUT119, KARAKALPAK_WOMEN_HELDOUT119, KARAKALPAK_FAMILY_HELDOUT119):
        for latin, (kk, cy) in table.items():
            words |= {latin, kk, cy, _feminine(latin), _feminine(kk), _feminine(cy)}
    for father in KARAKALPAK_MEN_HELDOUT119:
        words |= {_patronymic(father, True), _patronymic(father, False)}
    words |= {"ulı", "qızı"} | set(KARAKALPAK_NICK_HELDOUT119.values())
    words |= set(TSONGA_MEN_HELDOUT119 + TSONGA_WOMEN_HELDOUT119 + TSONGA_FAMILY_HELDOUT119)
    words |= set(CHANGANA_MEN_HELDOUT119 + CHANGANA_WOMEN_HELDOUT119 + CHANGANA_FAMILY_HELDOUT119)
    words |= set(TSONGA_NICK_HELDOUT119.values())
    words |= set(SICILIAN_MEN_HELDOUT119 + SICILIAN_WOMEN_HELDOUT119) | set(SICILIAN_NICK_HELDOUT119.values())
    for last in SICILIAN_FAMILY_HELDOUT119["palermo"] + SICILIAN_FAMILY_HELDOUT119["catania"]:
        words |= set(last.split()) | {last.replace(" ", "").capitalize()}
    words.add("Zappala'")
    for table in (
        LADAKHI_FIRST_HELDOUT119,
        LADAKHI_MEN_SECOND_HELDOUT119,
        LADAKHI_WOMEN_SECOND_HELDOUT119,
        KARGIL_MEN_HELDOUT119,
        KARGIL_WOMEN_HELDOUT119,
        KARGIL_FAMILY_HELDOUT119,
    ):
        for latin, script in table.items():
            words |= {latin} | set(script.split("་"))
    return {_norm(w) for w in words}


NAME_TOKENS = _name_tokens()
# the words of a name that are no name alone: Sicilian particles, the Karakalpak 'son of' and 'daughter of'
PARTICLES = {"di", "lo", "li", "uli", "qizi"}


def _tokens(value: str) -> list[str]:
    return [w for w in re.split(r"[\s,་-]+", value) if w]


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT119 == []
    assert str(HELDOUT119_SEED).startswith("119") and len(str(HELDOUT119_SEED)) == 7


@pytest.mark.parametrize("seed", SEEDS)
def test_the_size_and_the_negatives_hold_whatever_the_seed(seed: int) -> None:
    examples = build_heldout119(seed)
    assert 340 <= len(examples) <= 400, (seed, len(examples))
    assert 70 <= sum(not e.spans for e in examples) <= 95
    per_type = Counter(k for e in examples for _, _, k in e.spans)
    assert per_type["PERSON"] >= 80 and per_type["SECRET"] >= 60, per_type


def test_every_person_span_is_made_of_listed_name_words() -> None:
    for seed in SEEDS[:3]:
        for value, text in _persons(build_heldout119(seed)):
            for word in _tokens(value):
                if re.fullmatch(r"[^\W\d_]\.", word):  # an initial
                    continue
                assert _norm(word) in NAME_TOKENS, (word, value, text)


def test_a_title_or_a_kin_word_stays_outside_the_span() -> None:
    titled = 0
    for value, text in _persons():
        words = [_norm(w) for w in value.split()]
        assert not {_norm(t) for t in TITLE_WORDS_HELDOUT119} & set(words), (value, text)
        assert not value.endswith("-le"), (value, text)
        titled += any(p.search(text.replace(value, "{}", 1)) for p, *_ in TITLES_HELDOUT119)
    assert titled >= 4


def test_a_titled_name_comes_from_the_title_s_people() -> None:
    given = {
        "karakalpak": set(KARAKALPAK_MEN_HELDOUT119)
        | set(KARAKALPAK_WOMEN_HELDOUT119)
        | {kk for kk, _ in KARAKALPAK_MEN_HELDOUT119.values()}
        | {kk for kk, _ in KARAKALPAK_WOMEN_HELDOUT119.values()},
        "sicilian": set(SICILIAN_MEN_HELDOUT119 + SICILIAN_WOMEN_HELDOUT119)
        | set(SICILIAN_NICK_HELDOUT119.values()),
    }
    gen = Gen119(7)
    for pattern, origin, woman, part in TITLES_HELDOUT119:
        template = pattern.pattern.replace("\\b", "").replace("(?i)", "").replace("\\{\\}", "{}")
        for _ in range(20):
            value = gen.person_for(template)
            assert gen.cur == origin, (template, value)
            if part == "given" and origin in given:
                assert value in given[origin], (template, value)
            if part == "family":
                assert value in TSONGA_FAMILY_HELDOUT119, (template, value)
            if part == "mz_given":
                assert value in CHANGANA_WOMEN_HELDOUT119, (template, value)
            if origin == "sicilian" and woman is not None and part == "given":
                women = set(SICILIAN_WOMEN_HELDOUT119) | {"Aituzza", "Santuzza"}
                assert (value in women) == woman, (template, value)
            if part == "buddhist":
                assert value.split()[0] in LADAKHI_FIRST_HELDOUT119, (template, value)


def test_no_public_figure_is_named() -> None:
    for seed in SEEDS:
        for value, text in _persons(build_heldout119(seed)):
            assert not _reads_public(value), (value, text)


def test_the_public_figures_guard_is_what_keeps_them_out() -> None:
    assert _reads_public("SAJJAD KARGILI") and _reads_public("eduardo mondlane")
    assert not _reads_public("Anayat Haider")
    assert all(_reads_public(name.upper()) for name in PUBLIC_FIGURES_HELDOUT119)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    gen = Gen119(seed)
    assemble_module_set(
        gen, HELDOUT119_TEMPLATES, HELDOUT119_MIXED, HELDOUT119_NEGATIVES, _typo119, gen.person_for
    )
    forced = gen.forced_examples()
    assert set(FORCED_FORMS_HELDOUT119) <= gen.given
    # a titled name of each people, one in capitals and one in lower case
    texts = [e.text for e in forced]
    assert sum(e.text[s:t].isupper() for e in forced for s, t, _ in e.spans) >= 4
    assert sum(e.text[s:t].islower() for e in forced for s, t, _ in e.spans) >= 4
    for origin in ORIGINS_HELDOUT119:
        options = FORCED_SENTENCES_HELDOUT119[f"titled_{origin}"]
        prefixes = {t.split("{}")[0] + "|" + t.split("{}")[1] for t in options}
        assert any(
            any(text.startswith(p.split("|")[0]) and text.endswith(p.split("|")[1]) for p in prefixes)
            for text in texts
        ), origin


def test_the_forms_check_can_fail() -> None:
    """A generator that has given no form owes every one of them: the forced sentences then hold them all."""
    gen = Gen119(3)
    forced = gen.forced_examples()
    assert len(forced) == 12 + len(FORCED_FORMS_HELDOUT119)


def test_the_karakalpak_forms() -> None:
    gen = Gen119(11)
    for _ in range(40):
        cy = gen.form("karakalpak", "cyrillic")
        assert CYRILLIC.search(cy) and not re.search(r"[A-Za-z]", cy), cy
        woman = gen.form("karakalpak", "full", True)
        assert woman.endswith("a") and woman.split()[0] in KARAKALPAK_WOMEN_HELDOUT119, woman
        man = gen.form("karakalpak", "patronymic", False)
        assert re.fullmatch(r"\w+ov \w+ \w+(ov|ev)ich", man), man
        woman_p = gen.form("karakalpak", "patronymic", True)
        assert re.fullmatch(r"\w+ova \w+ \w+(ov|ev)na", woman_p), woman_p
        uli = gen.form("karakalpak", "uli")
        first = uli.split()[0]
        kk_women = {kk for kk, _ in KARAKALPAK_WOMEN_HELDOUT119.values()}
        assert uli.endswith("qızı" if first in kk_women else "ulı"), uli
    assert _patronymic("Bazarbay", False) == "Bazarbayevich" and _patronymic("Ernazar", True) == "Ernazarovna"
    assert _feminine("Дәўлетмуратов") == "Дәўлетмуратова" and _feminine("Reymov") == "Reymova"
    kk = {gen.form("karakalpak", "kk_latin") for _ in range(60)}
    assert any(re.search(r"[áúóǵı]|Á", v) for v in kk)


def test_the_tsonga_and_changana_forms() -> None:
    gen = Gen119(12)
    for _ in range(40):
        double = gen.form("tsonga", "double_barrelled")
        first, rest = double.split(" ", 1)
        maiden, married = rest.split("-")
        assert first in TSONGA_WOMEN_HELDOUT119 and maiden != married, double
        mz = gen.form("tsonga", "mz_full").split()
        assert len(mz) == 3 and mz[0] != mz[1] and mz[1] in CHANGANA_MEN_HELDOUT119, mz
        assert mz[2] in CHANGANA_FAMILY_HELDOUT119
        plain = gen.form("tsonga", "mz_no_accent")
        assert plain.isascii() and plain != plain.upper(), plain
        comma = gen.form("tsonga", "surname_comma")
        assert re.fullmatch(r"[A-Za-z]+, [A-Z][a-z]+", comma), comma
    assert "Chauque" in CHANGANA_FAMILY_HELDOUT119 and "Baloi" in CHANGANA_FAMILY_HELDOUT119


def test_the_sicilian_forms() -> None:
    gen = Gen119(13)
    merged = {"Locascio", "Licausi", "Lomonaco", "Distefano"}
    for _ in range(30):
        value = gen.form("sicilian", "particle_merged")
        assert value.split()[1] in merged, value
        assert gen.form("sicilian", "accent_apostrophe").endswith(" Zappala'")
        last_first = gen.form("sicilian", "surname_first")
        assert last_first.split()[-1] in SICILIAN_MEN_HELDOUT119 + SICILIAN_WOMEN_HELDOUT119, last_first
    assert any(" " in last for last in SICILIAN_FAMILY_HELDOUT119["palermo"])
    assert "Zappalà" in SICILIAN_FAMILY_HELDOUT119["catania"]


def test_the_ladakhi_forms_and_scripts() -> None:
    gen = Gen119(14)
    for _ in range(40):
        tib = gen.form("ladakhi", "tibetan")
        assert TIBETAN.search(tib) and not re.search(r"[A-Za-z\s]", tib), tib
        urdu = gen.form("ladakhi", "urdu")
        assert ARABIC.search(urdu) and not re.search(r"[A-Za-z]", urdu), urdu
        first, last = gen.form("ladakhi", "kargil").split()
        assert (
            first in {**KARGIL_MEN_HELDOUT119, **KARGIL_WOMEN_HELDOUT119} and last in KARGIL_FAMILY_HELDOUT119
        )
        woman = gen.form("ladakhi", "buddhist", True).split()
        assert woman[0] in LADAKHI_FIRST_HELDOUT119 and woman[1] in LADAKHI_WOMEN_SECOND_HELDOUT119
        man = gen.form("ladakhi", "buddhist", False).split()
        assert man[1] in LADAKHI_MEN_SECOND_HELDOUT119


def test_a_template_of_one_people_or_script_gets_a_name_of_that_people() -> None:
    gen = Gen119(15)
    cases = {
        "{} drives the shared taxi from the bazaar in Nukus to Khodjeyli": "karakalpak",
        "{} booked the Intercape seat from Giyani to Joburg": "tsonga",
        "{} prende il pullman SAIS per Catania alle 7": "sicilian",
        "{} runs the redBus counter at the Leh bus stand": "ladakhi",
        "Ф.И.О. пассажира: {}": "karakalpak",
        "མིང་: {}": "ladakhi",
        "نام: {}": "ladakhi",
    }
    for template, origin in cases.items():
        for _ in range(15):
            value = gen.person_for(template)
            assert gen.cur == origin, (template, value)
            if "Ф.И.О." in template:
                assert CYRILLIC.search(value), value
            if "མིང" in template:
                assert TIBETAN.search(value), value
            if "نام" in template:
                assert ARABIC.search(value), value


def test_a_family_name_first_form_gets_its_people_s_name() -> None:
    gen = Gen119(16)
    for lead, origin in SURNAME_FIRST_LEADS_HELDOUT119.items():
        for _ in range(10):
            value = gen.person_for(f"{lead}: {{}}")
            assert gen.cur == origin, (lead, value)
            if origin == "sicilian":
                assert value.split()[-1].capitalize() in SICILIAN_MEN_HELDOUT119 + SICILIAN_WOMEN_HELDOUT119
            if origin == "tsonga":
                assert ", " in value


def test_nicknames_only_in_chat_and_family_first_forms_only_on_papers() -> None:
    gen = Gen119(17)
    chat = [t for t in HELDOUT119_TEMPLATES["PERSON"] if _chat_like(t) and "{}" in t]
    papers = [t for t in HELDOUT119_TEMPLATES["PERSON"] if not _chat_like(t)]
    assert chat and papers
    for _ in range(200):
        gen.given.clear()
        gen.person_for(random.Random(_).choice(papers))
        assert not {f for _, f in gen.given} & CHAT_ONLY_FORMS_HELDOUT119
        gen.given.clear()
        gen.person_for(random.Random(_).choice(chat))
        assert not {f for _, f in gen.given} & FORM_ONLY_FORMS_HELDOUT119


def test_every_people_has_its_forms_listed() -> None:
    assert sorted(FORMS_HELDOUT119) == sorted(ORIGINS_HELDOUT119)
    assert len(FORCED_FORMS_HELDOUT119) == sum(len(v) for v in FORMS_HELDOUT119.values())
    assert set(NAMES_HELDOUT119) == set(ORIGINS_HELDOUT119)


def test_no_listed_name_is_held_by_an_earlier_set() -> None:
    """The names were grepped against bench/pii.py and held-out 27 to 118 before they were written down."""
    earlier = [p for p in glob.glob("bench/pii_heldout*.py") if int(re.findall(r"\d+", p)[-1]) < 119]
    texts = [open(p, encoding="utf-8").read() for p in [*earlier, "bench/pii.py"]]
    assert len(texts) > 90
    # (a name of word characters alone is held exactly when it is one of a text's runs of them: one set of
    # runs per file spares a regex over every file for every name)
    runs = set().union(*(re.findall(r"\w+", t) for t in texts))
    for men, women, lasts in NAMES_HELDOUT119.values():
        for name in men + women + lasts:
            if re.fullmatch(r"\w+", name):
                assert name not in runs, name
                continue
            pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
            assert not any(pattern.search(t) for t in texts), name


def test_the_typo_slips_a_travel_word_or_a_shorthand_only_in_chat() -> None:
    rng = random.Random(5)
    assert _typo119(rng, "Passenger name: {}") == "Passenger name: {}"
    slipped = {_typo119(random.Random(i), "please keep the luggage for {} tomorrow") for i in range(30)}
    assert slipped - {"please keep the luggage for {} tomorrow"}
    assert all("{}" in s for s in slipped)
    assert any("lugage" in s or "pls" in s or "tmrw" in s or "tommorow" in s for s in slipped)
    # a title by a name stays as written
    for i in range(20):
        assert "zu {}" in _typo119(random.Random(i), "zu {} guida il pullman per Catania")


def test_negatives_hold_no_personal_data() -> None:
    for text in HELDOUT119_NEGATIVES:
        words = {_norm(w) for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text)}
        assert not words & (NAME_TOKENS - PARTICLES), (text, words & NAME_TOKENS)
        for digits in re.findall(r"\d[\d -]{11,}\d", text):
            number = re.sub(r"\D", "", digits)
            if 13 <= len(number) <= 19 and luhn_valid(number):
                assert number == "4111111111111111", text
        for email in re.findall(r"[\w.+-]+@[\w.-]+", text):
            assert email.endswith("example.com"), text
        for ip in re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", text):
            assert ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.")), text
    assert any("GB82 WEST 1234 5698 7654 32" in t for t in HELDOUT119_NEGATIVES)
    assert 70 <= len(HELDOUT119_NEGATIVES) <= 95


def test_negatives_explain_the_titles_and_hold_look_alike_numbers() -> None:
    joined = "\n".join(HELDOUT119_NEGATIVES)
    for word in (
        "aǵa",
        "apa",
        "Manana",
        "Tatana",
        "Kokwana",
        "zu",
        "za",
        "Abi-le",
        "Meme-le",
        "Acho",
        "julley",
    ):
        assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", joined), word
    numbers = r"(?i)ticket number|booking reference|seat \d|route \d|bay \d|fleet number|invoice|order \d"
    assert sum(bool(re.search(numbers, t)) for t in HELDOUT119_NEGATIVES) >= 8
    for currency in ("so'm", "R 420", "meticais", "euros", "rupees"):
        assert currency in joined, currency
    dates = r"\d{4}-\d\d-\d\d|\d\d/\d\d/\d{4}|\d\d\.\d\d\.\d{4}"
    assert sum(bool(re.search(dates, t)) for t in HELDOUT119_NEGATIVES) >= 3


def test_cards_are_luhn_valid_and_of_the_listed_kinds() -> None:
    gen = Gen119(21)
    seen = Counter()
    for origin in ORIGINS_HELDOUT119 * 40:
        gen.cur, gen.cur_left = origin, 1
        digits = re.sub(r"\D", "", gen.card())
        assert len(digits) == 16 and luhn_valid(digits), digits
        seen[digits[:4] if digits[:4] in ("8600", "9860", "6521", "6522") else digits[0]] += 1
    assert seen["8600"] and seen["9860"] and (seen["6521"] or seen["6522"]) and seen["4"] and seen["5"]


def test_ibans_are_valid_and_come_from_the_name_s_people() -> None:
    rng = random.Random(4)
    lengths = {"IT": 27, "DE": 22, "KZ": 20, "TR": 26, "PT": 25, "GB": 22, "AE": 23}
    for country in IBAN_BANKS_HELDOUT119:
        for _ in range(20):
            iban = _iban_of(rng, country)
            assert iban_valid(iban) and len(iban) == lengths[country], iban
    assert re.fullmatch(r"IT\d\d[A-Z]\d{22}", _iban_of(rng, "IT"))
    gen = Gen119(22)
    for origin in ORIGINS_HELDOUT119:
        for _ in range(10):
            gen.cur, gen.cur_left = origin, 1
            assert gen.iban()[:2] in IBAN_BY_ORIGIN_HELDOUT119[origin], origin


def test_dates_of_birth_come_in_each_people_s_shapes_and_years() -> None:
    gen = Gen119(23)
    shapes = gen._dob_shapes()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", shapes["dot"])
    assert re.fullmatch(r"\d{4}-jıl \d{1,2}-[a-z]+", shapes["kk_words"])
    assert re.fullmatch(r"\d{1,2} [а-я]+ \d{4} г\.", shapes["ru_words"])
    assert re.fullmatch(r"\d{1,2} de [a-zç]+ de \d{4}", shapes["pt_words"])
    assert shapes["ts_words"].split()[1] in XITSONGA_MONTHS_HELDOUT119
    for months in (
        XITSONGA_MONTHS_HELDOUT119,
        ITALIAN_MONTHS_HELDOUT119,
        PORTUGUESE_MONTHS_HELDOUT119,
        RUSSIAN_MONTHS_HELDOUT119,
        KARAKALPAK_MONTHS_HELDOUT119,
    ):
        assert len(set(months)) == 12
    for _ in range(200):
        year = int(re.findall(r"\d{4}", gen.dob())[0])
        assert 1945 <= year <= 2012
    template_counts = Counter(gen.dob_sample()[0] for _ in range(300))
    assert len(template_counts) >= 15


def test_the_set_builds_the_same_on_any_day() -> None:
    assert [e.text for e in build_heldout119()] == [e.text for e in EXAMPLES]


def test_phones_addresses_and_e_mails_come_from_the_name_s_region() -> None:
    gen = Gen119(24)
    phone = {
        "karakalpak": r"(\+998 )?\(?\d\d\)? ?[\d -]+",
        "tsonga": r"(\+27 |\+258 |0|8)[\d ]+",
        "sicilian": r"(\+39 )?(3|09)[\d ]+",
        "ladakhi": r"(\+91[ -]|0|\(0|9)[\d ()-]+",
    }
    towns = {
        "karakalpak": r"Nukus|Нукус|Xo'jayli|Nókis",
        "tsonga": r"Giyani|Malamulele|Xai-Xai|Chókwè",
        "sicilian": r"Palermo|Catania",
        "ladakhi": r"Leh|Kargil",
    }
    for origin in ORIGINS_HELDOUT119:
        for _ in range(20):
            gen.cur, gen.cur_left = origin, 3
            assert re.fullmatch(phone[origin], gen.phone()), origin
            assert re.search(towns[origin], gen.address()), origin
            email = gen.email()
            assert email.split("@")[1] in EMAIL_DOMAINS_HELDOUT119[origin] and email.isascii(), email


def test_usernames_are_ascii_logins_of_listed_names() -> None:
    gen = Gen119(25)
    subjects = {s for v in SUBJECTS_HELDOUT119.values() for s in v}
    for _ in range(100):
        handle = gen.handle()
        assert re.fullmatch(r"[a-z0-9._'-]+", handle), handle
        parts = {p for p in re.split(r"[._-]|\d+", handle) if p}
        assert parts & (NAME_TOKENS | subjects) or any(handle.startswith(t) for t in NAME_TOKENS), handle


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen119(26)
    templates = {gen.secret()[0] for _ in range(600)}
    for cue in (
        "hesh kimge aytpa",
        "hech kimga aytma",
        "никому не говори",
        "u nga byeli munhu",
        "não digas a ninguém",
        "non dirlo a nessuno",
        "nun ci u diri a nuddu",
        "kisi ko mat batana",
        "کسی کو مت بتانا",
        "WIFI:T:WPA",
        "TELEGRAM_BOT_TOKEN=",
    ):
        assert any(cue in t for t in templates), cue
    for _ in range(100):
        template, value = gen.secret()
        assert value and value.strip() == value and "{}" in template
        if template.startswith("TELEGRAM_BOT_TOKEN"):
            assert re.fullmatch(r"\d{10}:AA[\w-]{33}", value), value
