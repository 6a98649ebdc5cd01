"""Held-out set 91's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout91 import (
    AMAZIGH_LATIN_HELDOUT91,
    ARABIC_HELDOUT91,
    AZERBAIJANI_HELDOUT91,
    BIRTH_YEARS_HELDOUT91,
    CASTILIAN_HELDOUT91,
    HELDOUT91_NEGATIVES,
    JUNIOR_BIRTH_YEARS_HELDOUT91,
    NAMES_HELDOUT91,
    PASSPORT_HELDOUT91,
    PERSIAN_HELDOUT91,
    TIFINAGH_HELDOUT91,
    TITLE_SLOT_HELDOUT91,
    TITLED_HELDOUT91,
    _fold,
    _jalali,
    _phone_typed,
    _plain,
    _typo91,
    build_heldout91,
)

PERSIAN_LETTERS = r"[\u067e\u0686\u0698\u06a9\u06af\u06cc]"


def _persons() -> list[tuple[str, int, int]]:
    return [(e.text, s, t) for e in build_heldout91() for s, t, k in e.spans if k == "PERSON"]


def _slot(text: str, start: int, end: int) -> str:
    """The name's surroundings with the name replaced by the template's slot."""
    return text[max(0, start - 12) : start] + "{}" + text[end : end + 8]


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for text, start, end in _persons():
        value = text[start:end]
        words = value.split()
        assert not TITLE_SLOT_HELDOUT91.search(words[0] + " {}"), (value, text)
        assert not TITLE_SLOT_HELDOUT91.search("{} " + words[-1]), (value, text)
        titled += bool(TITLE_SLOT_HELDOUT91.search(_slot(text, start, end)))
    assert titled >= 8


def test_titles_before_and_after_the_name_both_appear() -> None:
    kinds = set()
    for text, start, end in _persons():
        m = TITLE_SLOT_HELDOUT91.search(_slot(text, start, end))
        if m:
            kinds.add("before" if m.group(1) else "after")
    assert kinds == {"before", "after"}


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT91.items():
        assert origin in NAMES_HELDOUT91 and part in ("given", "family", "after", "persian"), title
        slot = f"{{}} {title}" if part == "after" else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT91.search(slot) and TITLE_SLOT_HELDOUT91.search(slot.upper()), title


def test_every_name_comes_from_the_hand_written_lists() -> None:
    names = [n for origin in NAMES_HELDOUT91.values() for group in origin for n in group]
    for table in (
        CASTILIAN_HELDOUT91,
        ARABIC_HELDOUT91,
        TIFINAGH_HELDOUT91,
        AMAZIGH_LATIN_HELDOUT91,
        PERSIAN_HELDOUT91,
        AZERBAIJANI_HELDOUT91,
        PASSPORT_HELDOUT91,
    ):
        names += list(table.values())
    names += [form(n) for n in list(names) for form in (_fold, _phone_typed)]
    names += [n.upper() for n in names]  # 'Qarabağı' in capitals reads back as 'qarabaği'
    words = {w.lower() for n in names for w in n.split()}
    initials = {f"{man[0]}." for man in NAMES_HELDOUT91["shambaa"][0]}
    for text, start, end in _persons():
        value = text[start:end]
        for part in value.split():
            assert part.lower() in words or part.upper() in initials, (part, text)


def test_the_other_spellings_belong_to_listed_names() -> None:
    listed = {n for origin in NAMES_HELDOUT91.values() for group in origin for n in group}
    xueta = {n for group in NAMES_HELDOUT91["xueta"] for n in group}
    tafilalt = {n for group in NAMES_HELDOUT91["tafilalt"] for n in group}
    tabrizi = {n for group in NAMES_HELDOUT91["tabrizi"] for n in group}
    assert set(CASTILIAN_HELDOUT91) <= xueta
    assert set(ARABIC_HELDOUT91) == tafilalt and set(TIFINAGH_HELDOUT91) == tafilalt
    assert set(AMAZIGH_LATIN_HELDOUT91) <= tafilalt
    assert set(PERSIAN_HELDOUT91) == tabrizi and set(AZERBAIJANI_HELDOUT91) == tabrizi
    assert set(PASSPORT_HELDOUT91) <= tabrizi
    assert all(re.fullmatch(r"[\u2d30-\u2d7f]+", t) for t in TIFINAGH_HELDOUT91.values())
    assert all(re.fullmatch(r"[\u0600-\u06ff ]+", a) for a in ARABIC_HELDOUT91.values())
    assert all(re.fullmatch(r"[\u0600-\u06ff\u200c]+", p) for p in PERSIAN_HELDOUT91.values())
    assert not set(PASSPORT_HELDOUT91.values()) & listed
    assert all(n.startswith("She") for n in NAMES_HELDOUT91["shambaa"][2][:10])


def test_the_name_forms_appear() -> None:
    values = [text[start:end] for text, start, end in _persons()]
    words = {w for v in values for w in v.split()}
    assert any(re.search(r"[\u2d30-\u2d7f]", v) for v in values)  # Tifinagh
    assert any(re.search(PERSIAN_LETTERS, v) for v in values)  # Persian script
    assert any(
        re.search(r"[\u0600-\u06ff]", v) and not re.search(PERSIAN_LETTERS, v) for v in values
    )  # Arabic script
    azerbaijani = set(AZERBAIJANI_HELDOUT91.values()) - set(AZERBAIJANI_HELDOUT91)
    assert words & azerbaijani  # the Azerbaijani Latin alphabet: 'Səhənd', 'Hüseynzadə'
    assert words & (set(AMAZIGH_LATIN_HELDOUT91.values()))  # the Amazigh alphabet's Latin letters: 'Uccen'
    assert words & set(PASSPORT_HELDOUT91.values())  # a passport's romanisation: 'Poorabbas'
    assert words & (set(CASTILIAN_HELDOUT91.values()) - set(CASTILIAN_HELDOUT91))  # a DNI's 'Gabriel'
    assert any(re.search(r"l[·.]l", v) for v in values)  # the Catalan middle dot: 'Apol·lònia'
    assert any(re.search(r" [A-Z]\. ", v) for v in values)  # the father's initial: 'Zawadi Y. Shemdoe'
    xueta_lasts = set(NAMES_HELDOUT91["xueta"][2]) | {_fold(n) for n in NAMES_HELDOUT91["xueta"][2]}
    xueta_lasts |= set(CASTILIAN_HELDOUT91.values())
    assert any(len(v.split()) == 3 and set(v.split()[1:]) <= xueta_lasts for v in values)  # two family names


def test_name_forms() -> None:
    assert _fold("Aguiló") == "Aguilo" and _fold("Macià") == "Macia" and _fold("Ḥmad") == "Hmad"
    assert _plain("Apol·lònia") == "apollonia" and _plain("Esperança") == "esperanca"
    assert _plain("Tarongí") == "tarongi" and _plain("Valleriola") == "valleriola"
    assert _phone_typed("Apol·lònia") == "Apol.lònia" and _phone_typed("Biel") == "Biel"


def test_the_iranian_solar_calendar() -> None:
    assert _jalali(1958, 3, 14) == (1336, 12, 23)
    assert _jalali(2024, 3, 20) == (1403, 1, 1)
    assert _jalali(2024, 3, 19) == (1402, 12, 29)
    assert _jalali(1990, 6, 21) == (1369, 3, 31)
    assert _jalali(1979, 2, 11) == (1357, 11, 22)


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(91)
    assert _typo91(rng, "Observer: {}") == "Observer: {}"
    assert _typo91(rng, "Leg. {}") == "Leg. {}"
    for _ in range(50):
        slipped = _typo91(rng, "{} xala's seismograph picked up the quake at 3 am")
        assert slipped.startswith("{} xala's ")
        slipped = _typo91(rng, "l'amo en {} lets us put the telescopes in his field at Sineu")
        assert slipped.startswith("l'amo en {} ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT91.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT91_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum_and_fixed_years() -> None:
    dobs = [e.text[s:t] for e in build_heldout91() for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    low, high = BIRTH_YEARS_HELDOUT91[0], JUNIOR_BIRTH_YEARS_HELDOUT91[1]
    persian_digits = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
    for dob in dobs:
        years = [int(y) for y in re.findall(r"\d{4}", dob.translate(persian_digits))]
        assert len(years) == 1, dob
        # a Gregorian year, or a solar Hijri one 621 years behind it
        assert low <= years[0] <= high or low - 622 <= years[0] <= high - 621, dob
