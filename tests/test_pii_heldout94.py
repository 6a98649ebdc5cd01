"""Held-out set 94's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout94 import (
    ARABIC_ANTAKYA_HELDOUT94,
    ARABIC_RIF_HELDOUT94,
    DANGME_HELDOUT94,
    HELDOUT94_NEGATIVES,
    HELDOUT94_SEED,
    NAME_LOCALES_HELDOUT94,
    NAMES_HELDOUT94,
    RIF_SOUNDS_HELDOUT94,
    TITLE_SLOT_HELDOUT94,
    TITLED_HELDOUT94,
    Gen94,
    _article_forms,
    _danish_ascii,
    _fold,
    _germanised,
    _ordinal,
    _plain,
    _tifinagh,
    _tr_upper,
    _typo94,
    build_heldout94,
)

EXAMPLES = build_heldout94()
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(morfar|mormor|farfar|farmor|pastor|lalla|fqih|mourchida|nene|manye|osofo|şeyh) $"
)
TITLE_AFTER = re.compile(r"(?i)^ ağabey(?![\w'])")


def _persons() -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def _all_names() -> list[str]:
    names = [n for origin in NAMES_HELDOUT94.values() for group in origin for n in group]
    names += [n for group in DANGME_HELDOUT94.values() for n in group]
    names += list(ARABIC_RIF_HELDOUT94.values()) + list(ARABIC_ANTAKYA_HELDOUT94.values())
    names += [_tifinagh(n) for n in RIF_SOUNDS_HELDOUT94]
    names += [form for n in NAMES_HELDOUT94["rif"][2] for form in _article_forms(n)]
    names += [form(n) for n in list(names) for form in (_germanised, _danish_ascii, _tr_upper)]
    names += [_fold(n).replace("ı", "i") for n in list(names)]
    return names


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT94 == [] and HELDOUT94_SEED == 9483361


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT94.match(words[0] + " {}"), (value, e.text)
            assert not TITLE_SLOT_HELDOUT94.search("{} " + words[-1]), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]) or TITLE_AFTER.match(e.text[end:]))
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part, after) in TITLED_HELDOUT94.items():
        assert origin in NAMES_HELDOUT94 and part in ("full", "given", "family"), title
        slot = f"{{}} {title}" if after else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT94.search(slot) and TITLE_SLOT_HELDOUT94.search(slot.upper()), title


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen94(94)
    for title, (origin, _, part, _) in TITLED_HELDOUT94.items():
        men, women, lasts = NAMES_HELDOUT94[origin]
        for _ in range(20):
            value = gen.titled_person(title)
            if part == "given":
                assert value in men + women, (title, value)
            elif part == "family":
                assert value in lasts, (title, value)
            else:
                assert value.split()[-1] in lasts, (title, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    words = {w.lower() for n in _all_names() for w in n.split()}
    for value, text in _persons():
        for part in value.split():
            assert part.lower() in words, (part, text)


def test_the_name_forms_appear() -> None:
    values = [v for v, _ in _persons()]
    danish_lasts = set(NAMES_HELDOUT94["sydslesvig"][2])
    # the mellemnavn: 'Mette Skov Petersen'
    assert any(len(p := v.split()) == 3 and p[1] in danish_lasts and p[2] in danish_lasts for v in values)
    # the Danish letters as a German form writes them, or typed in ASCII: 'Sören', 'Soeren'
    assert any(re.search(r"(?i)ö|oe", v) for v in values)
    assert any(re.search(r"[\u2d30-\u2d7f]", v) for v in values)  # Tifinagh
    assert any(re.search(r"[\u0600-\u06ff]", v) for v in values)  # Arabic script
    # the Arabic article apart, joined or hyphenated: 'El Temsamani', 'Eltemsamani', 'El-Kebdani'
    assert any(re.search(r"\bEl(-|[a-z])", v) for v in values)
    assert any("İ" in v for v in values)  # Turkish capitals with the dotted İ: 'CEMİL'
    # the church name, the Dangme name and the family's: 'Seth Kwao Narh'
    church = set(NAMES_HELDOUT94["krobo"][0] + NAMES_HELDOUT94["krobo"][1])
    dangme = {n for group in DANGME_HELDOUT94.values() for n in group}
    assert any(len(p := v.split()) == 3 and p[0] in church and p[1] in dangme for v in values)


def test_the_helpers_for_name_forms() -> None:
    assert (
        _germanised("Søren Thøgersen") == "Sören Thögersen" and _germanised("Sønke Møller") == "Sönke Möller"
    )
    assert _danish_ascii("Søren Thøgersen") == "Soeren Thoegersen"
    assert _tr_upper("Cemil Nasıroğlu") == "CEMİL NASIROĞLU" and _tr_upper("İlyas Şeker") == "İLYAS ŞEKER"
    assert _article_forms("El Ouariachi") == ["El Ouariachi", "Elouariachi", "El-Ouariachi"]
    assert _article_forms("Aznag") == ["Aznag"]
    assert _tifinagh("Mimoun", "Aznag") == "ⵎⵉⵎⵓⵏ ⴰⵣⵏⴰⴳ" and _tifinagh("El Ouariachi") == "ⵡⴰⵔⵢⴰⵛⵉ"
    assert _plain("El Ouariachi") == "elouariachi" and _plain("Thøgersen") == "thogersen"
    assert _plain("Nasıroğlu") == "nasiroglu" and _plain("İlyas") == "ilyas"
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


def test_the_other_spellings_belong_to_listed_names() -> None:
    rif = {n for group in NAMES_HELDOUT94["rif"] for n in group}
    assert set(RIF_SOUNDS_HELDOUT94) == rif and set(ARABIC_RIF_HELDOUT94) == rif
    antakya = set(NAMES_HELDOUT94["antakya"][0] + NAMES_HELDOUT94["antakya"][1])
    assert set(ARABIC_ANTAKYA_HELDOUT94) == antakya
    for name in rif:
        assert all("\u2d30" <= c <= "\u2d7f" or c == " " for c in _tifinagh(name)), name
    for value in list(ARABIC_RIF_HELDOUT94.values()) + list(ARABIC_ANTAKYA_HELDOUT94.values()):
        assert re.fullmatch(r"[\u0600-\u06ff ]+", value), value


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(94)
    assert _typo94(rng, "Patient: {}") == "Patient: {}"
    for _ in range(50):
        slipped = _typo94(rng, "morfar {} is in the hospital since monday, room 214")
        assert slipped.startswith("morfar {} is in the ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT94.values()
        for first in men + women
        for last in lasts
    }
    for text in HELDOUT94_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert years and all(1928 <= y <= 2026 for y in years)
    assert [e.text for e in build_heldout94()] == [e.text for e in EXAMPLES]
