"""Held-out set 96's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout96 import (
    ARABIC_HIJAZ_HELDOUT96,
    ARABIC_SUDAN_HELDOUT96,
    HELDOUT96_NEGATIVES,
    HELDOUT96_SEED,
    HIJAZ_SPELLINGS_HELDOUT96,
    NAME_LOCALES_HELDOUT96,
    NAMES_HELDOUT96,
    ROMAN_NICKNAMES_HELDOUT96,
    ROMAN_SHORT_HELDOUT96,
    SUDAN_NICKNAMES_HELDOUT96,
    TITLE_SLOT_HELDOUT96,
    TITLED_HELDOUT96,
    ZULU_CHURCH_HELDOUT96,
    ZULU_CLANS_HELDOUT96,
    Gen96,
    _al_forms,
    _arabic,
    _el_forms,
    _fold,
    _hijaz_spellings,
    _initials,
    _plain,
    _typo96,
    build_heldout96,
)

EXAMPLES = build_heldout96()
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(mam'?|sisi|bhuti|baba|gogo|mkhulu|umm|abu|khalti|sora|sor|er|haj|hajja|ustaz|khalto) $"
)
INITIALS = re.compile(r"(?i)(?:[a-z]\.)+")


def _persons() -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def _all_names() -> list[str]:
    names = [n for origin in NAMES_HELDOUT96.values() for group in origin for n in group]
    names += [form for n in NAMES_HELDOUT96["hijaz"][2] for form in _al_forms(n)]
    names += [form for n in list(names) for form in _el_forms(n) + _hijaz_spellings(n)]
    names += list(ARABIC_HIJAZ_HELDOUT96.values()) + list(ARABIC_SUDAN_HELDOUT96.values()) + ["بن", "بنت"]
    names += list(ZULU_CLANS_HELDOUT96.values()) + [f"Ma{n}" for n in NAMES_HELDOUT96["zulu"][2]]
    names += list(SUDAN_NICKNAMES_HELDOUT96.values()) + list(ROMAN_SHORT_HELDOUT96.values())
    names += ROMAN_NICKNAMES_HELDOUT96 + ["bin", "bint"]
    return names


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT96 == [] and HELDOUT96_SEED == 9617248


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT96.match(words[0] + " {}"), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]))
    assert titled >= 8


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part, after) in TITLED_HELDOUT96.items():
        assert origin in NAMES_HELDOUT96 and part in ("full", "given", "family", "nick") and not after, title
        for slot in (f"{title} {{}}", f"{title.capitalize()} {{}}", f"{title.upper()} {{}}"):
            assert TITLE_SLOT_HELDOUT96.search(slot), slot
    assert TITLE_SLOT_HELDOUT96.search("Mam' {}")
    # a title glued to a word is none: 'caretaker {}', 'sister {}'
    assert not TITLE_SLOT_HELDOUT96.search("the caretaker {}") and not TITLE_SLOT_HELDOUT96.search(
        "sister {}"
    )


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen96(96)
    for title, (origin, woman, part, _) in TITLED_HELDOUT96.items():
        men, women, lasts = NAMES_HELDOUT96[origin]
        for _ in range(20):
            value = gen.titled_person(title)
            if part == "nick":
                assert value in ROMAN_NICKNAMES_HELDOUT96, (title, value)
            elif part == "given":
                assert value in (women if woman else men), (title, value)
            elif part == "family":
                assert value in lasts, (title, value)
            else:
                assert value.split()[-1] in lasts, (title, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {w.lower() for n in _all_names() for w in n.split()}
    for value, text in _persons():
        for part in value.split():
            if INITIALS.fullmatch(part):  # a lease's initials: 'T.Z.'
                continue
            assert part.lower() in words, (part, text)


def test_the_name_forms_appear() -> None:
    values = [v for v, _ in _persons()]
    zulu_men, zulu_women, zulu_lasts = NAMES_HELDOUT96["zulu"]
    isizulu = set(zulu_men + zulu_women) - ZULU_CHURCH_HELDOUT96
    # the church name, the isiZulu name and the family's: 'Precious Nokuthula Mkhize'
    assert any(
        len(p := v.split()) == 3
        and p[0].capitalize() in ZULU_CHURCH_HELDOUT96
        and p[1].capitalize() in isizulu
        for v in values
    )
    assert any(
        re.fullmatch(r"(?i)ma[a-z]+", v) and v[2:].capitalize() in zulu_lasts for v in values
    )  # MaNdlovu
    clans = {c.lower() for c in ZULU_CLANS_HELDOUT96.values()}
    assert any(v.lower() in clans for v in values)  # 'Khabazela'
    assert any(re.match(r"(?i)(?:[a-z]\.)+ \w", v) for v in values)  # 'T.Z. Ngcobo'
    assert any(re.search(r"(?i) bint? ", v) for v in values)  # 'Nouf bint Hassan Bakhsh'
    assert any(re.search(r"\bAl(?:[a-z]|[A-Z][a-z]| [A-Z])", v) for v in values)  # 'Alghamdi', 'AlGhamdi'
    others = {s.lower() for spellings in HIJAZ_SPELLINGS_HELDOUT96.values() for s in spellings}
    assert any(w.lower() in others for v in values for w in v.split())  # 'Faysal', 'Hussein'
    assert any(re.search(r"[\u0600-\u06ff]", v) for v in values)  # Arabic script
    assert any(len(v.split()) == 4 and " bin" not in v and " بن " not in v for v in values)  # four parts
    roman_lasts = {n.lower() for n in NAMES_HELDOUT96["roma"][2]}
    roman_given = {n.lower() for n in NAMES_HELDOUT96["roma"][0] + NAMES_HELDOUT96["roma"][1]}
    assert any(  # a lease's 'Cognome e nome': 'Proietti Maurizio', 'De Santis Rita'
        v.split()[-1].lower() in roman_given and " ".join(v.split()[:-1]).lower() in roman_lasts
        for v in values
    )
    assert any(v in ROMAN_SHORT_HELDOUT96.values() for v in values)  # 'Maurì'
    assert any(v.lower() in {n.lower() for n in ROMAN_NICKNAMES_HELDOUT96} for v in values)  # 'Secco'
    sudan = {n.lower() for group in NAMES_HELDOUT96["sudan"] for n in group}
    assert any(len(p := v.split()) == 3 and all(w.lower() in sudan for w in p) for v in values)
    assert any(re.search(r"\b(El|Al)[ -][A-Z]", v) for v in values)  # 'El Fatih', 'Al-Fatih'


def test_the_helpers_for_name_forms() -> None:
    assert _al_forms("Al-Ghamdi") == ["Al-Ghamdi", "Alghamdi", "Al Ghamdi", "AlGhamdi"]
    assert _al_forms("Jamjoom") == ["Jamjoom"]
    assert _el_forms("Elfatih") == ["Elfatih", "El Fatih", "El-Fatih", "Al-Fatih"]
    assert _el_forms("Osman") == ["Osman"] and _el_forms("Elsheikh")[1] == "El Sheikh"
    assert _hijaz_spellings("Faisal") == ["Faisal", "Faysal", "Fisal"] and _hijaz_spellings("Hani") == [
        "Hani"
    ]
    assert _arabic("Faisal", "bin", "Abdullah", "Jamjoom") == "فيصل بن عبدالله جمجوم"
    assert _arabic("Elfatih", "Osman", "Babiker") == "الفاتح عثمان بابكر"
    assert _initials("Thulani", "Zanele") == "T.Z." and _initials("Sipho") == "S."
    assert _plain("Al-Ghamdi") == "alghamdi" and _plain("De Santis") == "desantis"
    assert _fold("Maurì") == "Mauri" and _fold("Danié") == "Danie"


def test_the_other_spellings_belong_to_listed_names() -> None:
    hijaz = {n for group in NAMES_HELDOUT96["hijaz"] for n in group}
    sudan = {n for group in NAMES_HELDOUT96["sudan"] for n in group}
    roma = set(NAMES_HELDOUT96["roma"][0] + NAMES_HELDOUT96["roma"][1])
    zulu_men, zulu_women, zulu_lasts = NAMES_HELDOUT96["zulu"]
    assert set(ARABIC_HIJAZ_HELDOUT96) == hijaz and set(ARABIC_SUDAN_HELDOUT96) == sudan
    assert set(HIJAZ_SPELLINGS_HELDOUT96) <= hijaz and set(SUDAN_NICKNAMES_HELDOUT96) <= sudan
    assert set(ROMAN_SHORT_HELDOUT96) <= roma and set(ZULU_CLANS_HELDOUT96) <= set(zulu_lasts)
    assert ZULU_CHURCH_HELDOUT96 <= set(zulu_men + zulu_women)
    for value in list(ARABIC_HIJAZ_HELDOUT96.values()) + list(ARABIC_SUDAN_HELDOUT96.values()):
        assert re.fullmatch(r"[\u0600-\u06ff ]+", value), value
    # no family name begins with a title's word, so a span never starts with one
    for origin in NAMES_HELDOUT96.values():
        for name in (n for group in origin for n in group):
            assert not TITLE_SLOT_HELDOUT96.match(name.split()[0] + " {}"), name


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(96)
    assert _typo96(rng, "Tenant: {}") == "Tenant: {}"
    assert _typo96(rng, "GOKAPI_PASSWORD={}") == "GOKAPI_PASSWORD={}"
    changed = 0
    for _ in range(50):
        slipped = _typo96(rng, "mam' {} from the 3rd floor has the receipt for the deposit, please")
        assert slipped.startswith("mam' {} from the 3rd floor has the ")
        changed += slipped != "mam' {} from the 3rd floor has the receipt for the deposit, please"
    assert changed == 50


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT96.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT96_NEGATIVES:
        assert not any(full.lower() in text.lower() for full in fulls), text
    assert 70 <= len(HELDOUT96_NEGATIVES) <= 95 and len(set(HELDOUT96_NEGATIVES)) == len(HELDOUT96_NEGATIVES)


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert years and all(1928 <= y <= 2026 for y in years)
    hijri = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(1[34]\d\d)(?!\d)", d)]
    assert all(1350 <= y <= 1427 for y in hijri)
    assert [e.text for e in build_heldout96()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout96(HELDOUT96_SEED + 1)] != [e.text for e in EXAMPLES]
