"""The evaluation gate: the decision rule on constructed reports, and scoring on a tiny model."""

import json

import pytest
import torch

from tests.helpers import make_tiny_adapter
from trainer.evaluate import (
    EvalExample,
    GoldenCase,
    Report,
    Thresholds,
    TwoSides,
    compare_replies,
    decide,
    evaluate,
    greedy_replies,
    greedy_reply,
    load_golden,
    load_reference,
    mean_nll,
    paired_bootstrap,
    per_user_bootstrap,
    token_f1,
    write_report,
)


def _report(**over) -> Report:
    base = dict(
        candidate="c",
        incumbent="i",
        n_examples=20,
        fit={"candidate_nll": 1.0, "incumbent_nll": 1.5, "diff_ci": [-0.6, -0.4]},
        preference={"n_pairs": 0, "diff_ci": [float("nan"), float("nan")]},
        golden={"cases": [], "regressions": []},
        forgetting={"n": 10, "candidate_nll": 2.0, "incumbent_nll": 2.0, "relative_change": 0.0},
        side_by_side=[],
    )
    base.update(over)
    return Report(**base)


def test_a_clearly_better_candidate_is_eligible():
    d = decide(_report())
    assert d["eligible"] and "fit better" in d["reasons"][0]


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"n_examples": 3}, "not enough data"),
        ({"fit": {"candidate_nll": 1, "incumbent_nll": 1, "diff_ci": [-0.2, 0.1]}}, "fit not better"),
        ({"fit": {"candidate_nll": 2, "incumbent_nll": 1, "diff_ci": [0.5, 0.9]}}, "fit not better"),
        ({"golden": {"cases": [], "regressions": ["capital"]}}, "golden case regressed: capital"),
        (
            {"forgetting": {"n": 5, "candidate_nll": 2.2, "incumbent_nll": 2.0, "relative_change": 0.1}},
            "forgetting",
        ),
        ({"preference": {"n_pairs": 4, "diff_ci": [-0.5, -0.1]}}, "preference worse"),
        ({"replies": {"n": 8, "diff_ci": [-0.3, -0.05]}}, "replies worse"),
    ],
)
def test_each_guard_rejects(change, reason):
    d = decide(_report(**change))
    assert not d["eligible"]
    assert any(reason in r for r in d["reasons"])


def test_replies_that_may_be_no_worse_do_not_reject():
    d = decide(_report(replies={"n": 8, "diff_mean": -0.01, "diff_ci": [-0.2, 0.01]}))
    assert d["eligible"], d["reasons"]


def test_a_mean_reply_drop_beyond_the_tolerance_rejects_even_when_not_significant():
    # The poisoned cycle the learning benchmark promoted: -0.053 on the admins' test set, interval
    # [-0.118, 0.012]; on the held-out questions its replies were significantly worse.
    replies = {"n": 40, "measure": "semantic", "diff_mean": -0.053, "diff_ci": [-0.118, 0.012]}
    d = decide(_report(replies=replies))
    assert not d["eligible"] and any("below the tolerance of -0.020" in r for r in d["reasons"])
    assert decide(_report(replies=replies), Thresholds(reply_tolerance=0.06))["eligible"]
    # Per user, the mean of user means decides, not the mean over examples.
    per_user = {**replies, "diff_mean_user": 0.01}
    assert decide(_report(replies=per_user))["eligible"]


def test_token_f1_counts_shared_words():
    assert token_f1("Paris is the capital.", "The capital is Paris") == 1.0
    assert token_f1("no idea", "Paris") == 0.0
    assert token_f1("Paris, of course", "Paris") == pytest.approx(2 * (1 / 3) * 1 / (1 / 3 + 1))


def test_not_enough_data_is_never_a_promotion_even_with_a_great_fit():
    d = decide(_report(n_examples=2, fit={"diff_ci": [-5.0, -4.0]}), Thresholds(min_examples=8))
    assert not d["eligible"] and d["reasons"] == ["not enough data: 2 held-out examples, need 8"]


def test_forgetting_tolerance_is_configurable():
    report = _report(
        forgetting={"n": 5, "candidate_nll": 2.08, "incumbent_nll": 2.0, "relative_change": 0.04}
    )
    assert decide(report)["eligible"]
    assert not decide(report, Thresholds(forgetting_tolerance=0.01))["eligible"]


def test_paired_bootstrap_brackets_the_mean():
    diffs = [-1.0 + 0.01 * i for i in range(50)]
    low, high = paired_bootstrap(diffs)
    assert low < sum(diffs) / len(diffs) < high < 0


def test_per_user_aggregation_stops_a_loud_minority_carrying_the_fit():
    # 3 poisoners with many held-out garbage corrections the candidate fits much better; 7 honest
    # users with a few examples each, on which the candidate is a little worse.
    diffs, users = [], []
    for u in range(3):
        diffs += [-1.5] * 12
        users += [f"poison{u}"] * 12
    for u in range(7):
        diffs += [0.05 + 0.01 * u, 0.1, 0.02]
        users += [f"honest{u}"] * 3
    assert paired_bootstrap(diffs)[1] < 0  # per example: the garbage carries the decision
    median, (low, high) = per_user_bootstrap(diffs, users)
    assert median > 0 and high > 0  # per user: not better
    # A real improvement for most users still shows.
    better = [-0.3 - 0.02 * i for i in range(len(diffs))]
    assert per_user_bootstrap(better, users)[1][1] < 0


def test_mostly_zero_differences_show_in_the_mean_of_user_means_not_the_median():
    # Reply F1: most replies share no word with the reference on either side (difference 0); the
    # candidate loses the few that matched. A median of user means is 0 and hides it.
    users = [f"u{i % 6}" for i in range(24)]
    diffs = [-0.5 if i % 4 == 0 else 0.0 for i in range(24)]
    assert per_user_bootstrap(diffs, users)[1][1] == 0.0
    mean, (low, high) = per_user_bootstrap(diffs, users, statistic=lambda v: sum(v) / len(v))
    assert mean == pytest.approx(-0.125) and high < 0


def test_per_user_interval_of_a_single_user_is_not_degenerate():
    diffs = [-0.5, 0.4, -0.1, 0.3, -0.2, 0.1]
    median, (low, high) = per_user_bootstrap(diffs, ["only"] * len(diffs))
    assert low < median < high
    assert median == pytest.approx(sum(diffs) / len(diffs))


def test_golden_cases_and_reference_set_load():
    cases = load_golden()
    assert any(c.name == "capital-of-france" for c in cases)
    case = GoldenCase(
        name="x", prompt="p", must_include=["paris"], must_not_include=["london"], regex=r"\bis\b"
    )
    assert case.passes("The capital is Paris.")
    assert not case.passes("It is London, not Paris.") and not case.passes("Paris!")
    ref = load_reference("sys", limit=5)
    assert len(ref) == 5 and ref[0].prompt[0] == {"role": "system", "content": "sys"} and ref[0].desirable


def test_scoring_switches_sides_on_one_base(tiny_model_dir, tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    plain = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    prompt = [{"role": "system", "content": "s"}, {"role": "user", "content": "hello"}]
    base_nll = mean_nll(plain, tok, prompt, "hi there, friend")
    adapter = make_tiny_adapter(tiny_model_dir, tmp_path / "a")
    sides = TwoSides(
        AutoModelForCausalLM.from_pretrained(tiny_model_dir), tok, {"cand": adapter, "base": None}
    )
    with sides.side("base"):
        assert mean_nll(sides.model, tok, prompt, "hi there, friend") == pytest.approx(base_nll, abs=1e-5)
    with sides.side("cand"):
        assert mean_nll(sides.model, tok, prompt, "hi there, friend") != pytest.approx(base_nll, abs=1e-3)


def test_evaluate_writes_json_markdown_and_chart(tiny_model_dir, tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    adapter = make_tiny_adapter(tiny_model_dir, tmp_path / "a")
    sides = TwoSides(
        AutoModelForCausalLM.from_pretrained(tiny_model_dir), tok, {"cand": adapter, "base": None}
    )
    sys_msg = {"role": "system", "content": "s"}
    examples = [
        EvalExample(
            [sys_msg, {"role": "user", "content": f"q{i}"}],
            desirable=f"a{i}",
            undesirable="no" if i % 2 else None,
            user_id=f"u{i % 3}",
        )
        for i in range(6)
    ]
    golden = [GoldenCase(name="anything", prompt="hi", must_not_include=["zzzzqqq"])]
    report = evaluate(
        sides,
        examples,
        load_reference("s", limit=3),
        golden,
        "s",
        "cand",
        "base",
        n_side_by_side=1,
        thresholds=Thresholds(min_examples=10),
        progress=False,
    )
    assert report.n_examples == 6 and report.preference["n_pairs"] == 3
    assert report.decision["eligible"] is False
    assert report.decision["reasons"][0] == "not enough data: 6 held-out examples, need 10"
    assert report.golden["cases"][0]["passed"] == {"cand": True, "base": True}
    paths = write_report(report, tmp_path / "report")
    data = json.loads(paths["json"].read_text())
    assert set(data["fit"]) >= {"candidate_nll", "incumbent_nll", "diff_ci", "example_diff_ci"}
    assert data["fit"]["aggregate"] == "user_median" and data["fit"]["n_users"] == 3
    assert paths["chart"].read_bytes()[:4] == b"\x89PNG"
    assert "rejected" in paths["markdown"].read_text()
    assert torch.is_tensor(torch.tensor(data["fit"]["diff_ci"]))


def _tiny_sides(tiny_model_dir, tmp_path):  # noqa: ANN001, ANN202
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    adapter = make_tiny_adapter(tiny_model_dir, tmp_path / "a")
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    return TwoSides(model, tok, {"cand": adapter, "base": None}), tok


def test_batched_greedy_replies_equal_one_by_one(tiny_model_dir, tmp_path):
    sides, tok = _tiny_sides(tiny_model_dir, tmp_path)
    sys_msg = {"role": "system", "content": "s"}
    # Prompts of different lengths, so the batch is left-padded.
    prompts = [[sys_msg, {"role": "user", "content": "word " * n}] for n in (1, 7, 3, 12, 2)]
    with sides.side("cand"):
        batched = greedy_replies(sides.model, tok, prompts, max_new_tokens=6, batch_size=4)
        single = [greedy_reply(sides.model, tok, p, max_new_tokens=6) for p in prompts]
    assert batched == single and any(batched)


def test_the_side_that_says_the_written_reference_wins_the_reply_comparison(tiny_model_dir, tmp_path):
    sides, tok = _tiny_sides(tiny_model_dir, tmp_path)
    sys_msg = {"role": "system", "content": "s"}
    prompts = [[sys_msg, {"role": "user", "content": f"question {i}"}] for i in range(8)]
    with sides.side("base"):
        base_says = [greedy_reply(sides.model, tok, p) for p in prompts]
    with sides.side("cand"):
        cand_says = [greedy_reply(sides.model, tok, p) for p in prompts]
    assert base_says != cand_says  # the adapter changes what the model says
    # References the base model says word for word: the candidate's replies are worse.
    examples = [
        EvalExample(p, desirable=ref, user_id=f"u{i % 4}", written_by_person=True)
        for i, (p, ref) in enumerate(zip(prompts, base_says, strict=True))
    ]
    result = compare_replies(sides, examples, "cand", "base", 0.95, per_user=True)
    assert result["incumbent_score"] == 1.0 and result["candidate_score"] < 1.0
    assert result["measure"] == "token_f1"
    assert result["aggregate"] == "user_mean" and result["n_users"] == 4
    assert result["diff_ci"][1] < 0  # significantly worse: the gate would reject
    swapped = compare_replies(sides, examples, "base", "cand", 0.95, per_user=False)
    assert swapped["diff_mean"] == pytest.approx(-result["diff_mean"])
    assert swapped["aggregate"] == "example_mean"


def test_evaluate_compares_replies_only_on_person_written_references(tiny_model_dir, tmp_path):
    sides, tok = _tiny_sides(tiny_model_dir, tmp_path)
    sys_msg = {"role": "system", "content": "s"}
    examples = [
        EvalExample(
            [sys_msg, {"role": "user", "content": f"q{i}"}],
            desirable=f"a{i}",
            user_id=f"u{i % 3}",
            written_by_person=i < 5,
        )
        for i in range(9)
    ]
    args = (sides, examples, [], [], "s", "cand", "base")
    report = evaluate(*args, n_side_by_side=0, progress=False, reply_examples=4)
    assert report.replies["n"] == 4  # at most reply_examples, all of them written by a person
    assert evaluate(*args, n_side_by_side=0, progress=False).replies == {"n": 0}
