"""bench/semantic.py: the learning benchmark's reply similarity, on the real all-MiniLM-L6-v2."""

import pytest

from bench.semantic import SemanticSimilarity


@pytest.fixture(scope="module")
def judge() -> SemanticSimilarity:
    return SemanticSimilarity()


def test_a_paraphrase_is_closer_than_an_unrelated_reply(judge):
    reference = "The capital of France is Paris."
    close, far = judge.many(
        ["Paris is France's capital city.", "I enjoy eating pancakes on Sunday."], [reference, reference]
    )
    assert close > 0.8 and far < 0.3 and close > far


def test_identical_texts_score_one_and_pairs_keep_their_order(judge):
    assert judge.similarity("hello there", "hello there") == pytest.approx(1.0, abs=1e-5)
    scores = judge.many(["a cat", "a red car"], ["a red car", "a red car"])
    assert scores[1] == pytest.approx(1.0, abs=1e-5) and scores[0] < scores[1]
    assert judge.many([], []) == []
