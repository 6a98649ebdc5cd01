"""Held-out set 29's own checks (its name forms and origins); the shape checks every newer set shares are
in tests/test_pii_module_sets.py. These tests look at the labelled sentences only, never at a scrubber's output."""

from __future__ import annotations

import pytest

from bench import pii, pii_heldout27, pii_heldout28
from bench.pii_heldout29 import (
    NAMES_HELDOUT29,
    build_heldout29,
)


@pytest.fixture(scope="module")
def examples():
    return build_heldout29()


def test_family_names_come_from_origins_no_earlier_set_drew_from() -> None:
    earlier: set[str] = set()
    for module in (pii, pii_heldout27, pii_heldout28):
        for name in dir(module):
            table = getattr(module, name)
            if name.startswith("NAMES_HELDOUT") and isinstance(table, dict):
                for entry in table.values():
                    if isinstance(entry, tuple) and len(entry) == 2:
                        earlier |= set(entry[1])
    ours = {last for _, lasts in NAMES_HELDOUT29.values() for last in lasts}
    assert not ours & earlier
