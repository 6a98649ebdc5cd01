"""Held-out set 63's own checks (its titles, its slips); the shared shape is in test_pii_module_sets.py."""

from __future__ import annotations

import random
import re

from bench.pii_heldout63 import NAMES_HELDOUT63, _typo63, build_heldout63


def test_a_title_stays_outside_the_name_and_matches_its_origin() -> None:
    aran = set(NAMES_HELDOUT63["aran"][2])
    wladfa_women, wladfa_men = set(NAMES_HELDOUT63["wladfa"][1]), set(NAMES_HELDOUT63["wladfa"][0])
    seen = 0
    for e in build_heldout63():
        for start, end, etype in e.spans:
            m = re.search(r"(Nain|Taid|sénher|dauna) $", e.text[:start], re.IGNORECASE)
            if etype != "PERSON" or not m or e.style in ("lower", "upper"):
                continue
            seen += 1
            value, title = e.text[start:end], m.group(1).lower()
            assert not value.lower().startswith(title)
            pool = {"nain": wladfa_women, "taid": wladfa_men}.get(title, aran)
            assert value in pool, (title, value)
    assert seen


def test_slips_leave_forms_and_pastes_alone_and_keep_the_slots() -> None:
    rng = random.Random(0)
    for template in ("Agent: {}", "DB_PASSWORD={}", '"email": "{}",'):
        assert _typo63(rng, template) == template
    for _ in range(50):
        slipped = _typo63(rng, "tell {} the proofs are back from the printer in time")
        assert slipped.count("{}") == 1
