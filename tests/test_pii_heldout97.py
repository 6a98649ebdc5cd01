"""Held-out set 97's own checks: its name forms, titles and dates (the shared shape checks are in
tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re

from bench.pii_heldout97 import (
    HAITI_NICKNAMES_HELDOUT97,
    HELDOUT97_NEGATIVES,
    HELDOUT97_SEED,
    NAME_LOCALES_HELDOUT97,
    NAMES_HELDOUT97,
    SAMI_NORWEGIAN_HELDOUT97,
    TATAR_CYRILLIC_HELDOUT97,
    TATAR_LATIN_HELDOUT97,
    TITLE_SLOT_HELDOUT97,
    TITLED_HELDOUT97,
    Gen97,
    _feminine,
    _fold,
    _ordinal,
    _patronymic,
    _plain,
    _sami_ascii,
    _tatar_latin,
    _typo97,
    build_heldout97,
)

EXAMPLES = build_heldout97()
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(áhkku|áddjá|muoŧŧá|eahki|tonton|matant|grann|madan|pè|tante|oom|pak) $"
)
TITLE_AFTER = re.compile(r"(?i)^ (apa|abyi)(?![\w'])")


def _persons() -> list[tuple[str, str]]:
    return [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "PERSON"]


def _all_names() -> list[str]:
    names = [n for origin in NAMES_HELDOUT97.values() for group in origin for n in group]
    names += list(SAMI_NORWEGIAN_HELDOUT97.values()) + list(HAITI_NICKNAMES_HELDOUT97.values())
    names += list(TATAR_CYRILLIC_HELDOUT97.values()) + list(TATAR_LATIN_HELDOUT97.values())
    tatar_lasts = NAMES_HELDOUT97["tatar"][2]
    names += [_feminine(n) for n in tatar_lasts + [TATAR_CYRILLIC_HELDOUT97[n] for n in tatar_lasts]]
    fathers = NAMES_HELDOUT97["tatar"][0]
    for father in fathers + [TATAR_CYRILLIC_HELDOUT97[n] for n in fathers]:
        names += [_patronymic(father, woman) for woman in (False, True)]
    names += ["ulı", "qızı", "улы", "кызы"]  # 'son of' and 'daughter of' in Tatar
    names += [_sami_ascii(n) for n in list(names)] + [_fold(n) for n in list(names)]
    return names


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT97 == [] and HELDOUT97_SEED == 9730116


def test_a_title_stays_outside_the_span() -> None:
    titled = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT97.match(words[0] + " {}"), (value, e.text)
            assert not TITLE_SLOT_HELDOUT97.search("{} " + words[-1]), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]) or TITLE_AFTER.match(e.text[end:]))
    assert titled >= 3


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part, after) in TITLED_HELDOUT97.items():
        assert origin in NAMES_HELDOUT97 and part in ("full", "given", "family"), title
        slot = f"{{}} {title}" if after else f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT97.search(slot) and TITLE_SLOT_HELDOUT97.search(slot.upper()), title


def test_a_titled_name_comes_from_the_title_s_origin() -> None:
    gen = Gen97(97)
    for title, (origin, _, part, _) in TITLED_HELDOUT97.items():
        men, women, lasts = NAMES_HELDOUT97[origin]
        lasts = lasts + [_feminine(n) for n in lasts] if origin == "tatar" else lasts
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
        for part in value.replace(",", " ").split():
            assert part.lower() in words, (part, text)


def test_the_name_forms_appear() -> None:
    values = [v for v, _ in _persons()]
    sami_men = set(NAMES_HELDOUT97["sami"][0])
    sami_given = sami_men | set(NAMES_HELDOUT97["sami"][1])
    # the father's given name before one's own: 'Máhtte Ánte'
    assert any(len(p := v.split()) == 2 and p[0] in sami_men and p[1] in sami_given for v in values)
    assert any(re.search(r"[áŋæ]", v) for v in values)  # the Sámi letters
    assert any(v.split()[0] in SAMI_NORWEGIAN_HELDOUT97.values() for v in values)  # 'Anders Somby'
    assert any(re.search(r"[\u0400-\u04ff]", v) for v in values)  # Cyrillic
    # the patronymic: 'Ilnur Rustemovich', 'Хайруллин Ильнур Рустемович'
    assert any(re.search(r"(ovich|ovna|evich|evna|ович|овна|евич|евна)\b", v) for v in values)
    assert any(v.isupper() and len(v.split()) == 2 for v in values)  # a passport's 'KHAIRULLIN ILNUR'
    assert any(re.search(r"-", v) for v in values)  # 'Marie-Carmelle', 'Fils-Aimé', 'Ti-Wil'
    assert any(re.search(r"\bTi-", v) for v in values)  # the Haitian nickname
    javasur = {n.lower() for n in NAMES_HELDOUT97["javasur"][2]}
    assert any("," in v and v.split(",")[0].lower() in javasur for v in values)  # 'Kromowidjojo, Sardjo'
    assert any(re.search(r"oe|dj|tj", v) for v in values)  # the Dutch spelling


def test_the_helpers_for_name_forms() -> None:
    assert _sami_ascii("Máhtte Ánte") == "Mahtte Ante" and _sami_ascii("Iŋgá Hætta") == "Inga Haetta"
    assert _sami_ascii("muoŧŧá") == "muotta"
    assert _plain("Hætta") == "haetta" and _plain("Fils-Aimé") == "filsaime" and _plain("Güzäl") == "guzal"
    assert _feminine("Khairullin") == "Khairullina" and _feminine("Хайруллин") == "Хайруллина"
    assert _patronymic("Rustem", False) == "Rustemovich" and _patronymic("Ildar", True) == "Ildarovna"
    assert _patronymic("Ramil", False) == "Ramilevich" and _patronymic("Рамиль", True) == "Рамилевна"
    assert _patronymic("Рустем", False) == "Рустемович"
    assert _tatar_latin("Rustem") == "Röstäm" and _tatar_latin("Marat") == "Marat"
    assert [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st",
    ]  # fmt: skip


def test_the_other_spellings_belong_to_listed_names() -> None:
    sami = set(NAMES_HELDOUT97["sami"][0] + NAMES_HELDOUT97["sami"][1])
    assert set(SAMI_NORWEGIAN_HELDOUT97) == sami
    tatar = {n for group in NAMES_HELDOUT97["tatar"] for n in group}
    assert set(TATAR_CYRILLIC_HELDOUT97) == tatar
    assert set(TATAR_LATIN_HELDOUT97) <= tatar
    for value in TATAR_CYRILLIC_HELDOUT97.values():
        assert re.fullmatch(r"[\u0400-\u04ff]+", value), value
    haiti = set(NAMES_HELDOUT97["haiti"][0] + NAMES_HELDOUT97["haiti"][1])
    assert set(HAITI_NICKNAMES_HELDOUT97) <= haiti
    assert all(n.startswith("Ti-") for n in HAITI_NICKNAMES_HELDOUT97.values())


def test_the_typo_leaves_forms_and_titles_alone() -> None:
    rng = random.Random(97)
    assert _typo97(rng, "Learner: {}") == "Learner: {}"
    for _ in range(50):
        slipped = _typo97(rng, "tante {} took the bus, her car is at the mechanic tomorrow")
        assert slipped.startswith("tante {} took the bus, her car is at the ")
        slipped = _typo97(rng, "{} apa is selling her car, the brakes are new")
        assert slipped.startswith("{} apa is selling her car, the ")


def test_negatives_name_no_listed_person() -> None:
    fulls = {
        f"{first} {last}"
        for men, women, lasts in NAMES_HELDOUT97.values()
        for first in men + women
        for last in lasts + [_feminine(n) for n in lasts]
    }
    for text in HELDOUT97_NEGATIVES:
        assert not any(full in text for full in fulls), text


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [e.text[s:t] for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    years = [int(y) for d in dobs for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", d)]
    assert years and all(1938 <= y <= 2010 for y in years)
    assert [e.text for e in build_heldout97()] == [e.text for e in EXAMPLES]
