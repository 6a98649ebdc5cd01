"""Held-out set 37's own checks (its name forms and date shapes), never a scrubber's output on it."""

from __future__ import annotations

from bench.pii_heldout37 import NAMES_HELDOUT37, Gen37, _japanese_era, build_heldout37


def test_the_japanese_era_turns_over_on_8_january_1989() -> None:
    assert _japanese_era(1987, 3, 14) == "昭和62年3月14日"
    assert _japanese_era(1989, 1, 7) == "昭和64年1月7日"
    assert _japanese_era(1989, 1, 8) == "平成元年1月8日"
    assert _japanese_era(1995, 11, 2) == "平成7年11月2日"


def test_pontic_women_carry_the_genitive_and_titles_pick_their_origin() -> None:
    gen = Gen37(5)
    for _ in range(50):
        _, _, last, woman = gen._origin_name("pontic_gr")
        assert last.endswith("idou" if woman else "idis")
        name = gen.titled_person("Manang")
        assert any(
            part in NAMES_HELDOUT37["benguet"][1] + NAMES_HELDOUT37["benguet"][2] for part in name.split()
        )


def test_the_typos_stay_outside_the_spans() -> None:
    for e in build_heldout37():
        for start, end, _ in e.spans:
            assert "\u3000" not in e.text[start:end]
