"""The memorization benchmark: its exposure measure, and one quick run end to end on a tiny model."""

from __future__ import annotations

import json
import math

import bench.memorization as memorization


def test_exposure_is_the_canarys_rank_among_random_secrets(monkeypatch) -> None:  # noqa: ANN001
    logprob = {"111111": -5.0, "222222": -9.0, "333333": -1.0, "444444": -7.0}
    monkeypatch.setattr(memorization, "secret_logprob", lambda model, tok, system, value: logprob[value])
    others = ["222222", "333333", "444444"]
    # one of three others is likelier: rank 2 of 4
    assert memorization.exposure(None, None, "", "111111", others) == math.log2(4) - math.log2(2)
    # the likeliest of all: the maximum, log2(candidates + 1)
    assert memorization.exposure(None, None, "", "333333", ["111111", "222222"]) == math.log2(3)
    # the least likely: rank last, exposure 0
    assert memorization.exposure(None, None, "", "222222", ["111111", "444444"]) == 0.0


def test_a_tiny_run_trains_on_the_canaries_and_reports_each_side(tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "bench"
    result = memorization.main(
        ["--model", "tiny", "--repeats", "1,3", "--candidates", "7", "--filler", "4", "--max-steps", "3"]
        + ["--out", str(out)]
    )
    assert result["training"]["steps"] == 3
    # every filler dialog and every repetition of a canary is a training example
    assert result["training"]["examples"] == 4 + 1 + 3
    assert [row["repeats"] for row in result["canaries"]] == [1, 3]
    for row in result["canaries"]:
        for side in ("exposure_base", "exposure_adapter"):
            assert 0.0 <= row[side] <= result["max_exposure"] == round(math.log2(8), 3)
    assert json.loads((out / "memorization.json").read_text()) == result
    assert (out / "memorization.png").stat().st_size > 1000
