"""`tests.helpers.phrase_in`, which the held-out sets' checks lean on to say a sentence names no one: it
must find what a regex per phrase finds, and nothing more."""

from __future__ import annotations

import re

import pytest

from tests.helpers import phrase_in


@pytest.mark.parametrize(
    ("text", "phrases", "edges", "found"),
    [
        ("Call Ana Lima now", ["Ana Lima"], "words", "Ana Lima"),
        ("call ANA LIMA now", ["Ana Lima"], "words", "Ana Lima"),
        ("Call Ana Limas now", ["Ana Lima"], "words", None),
        ("ask Ana_Lima", ["Ana"], "b", None),
        ("ask Ana-Lima", ["Ana"], "b", "Ana"),
        # letters that fold to more than one ("İ", "ß") still match as a regex would
        ("İsmail Kaya came", ["ismail kaya"], "words", "ismail kaya"),
        ("Ismail Kaya came", ["İsmail Kaya"], "words", "İsmail Kaya"),
        ("Strauß kam", ["STRAUSS"], "words", None),
    ],
)
def test_phrase_in_agrees_with_a_regex_per_phrase(text: str, phrases: list[str], edges: str, found) -> None:  # noqa: ANN001
    assert phrase_in(text, phrases, edges) == found
    core = [re.escape(p) for p in phrases]
    pattern = r"\b{}\b" if edges == "b" else r"(?<!\w){}(?!\w)"
    assert bool(found) == any(re.search("(?i)" + pattern.format(c), text) for c in core)
