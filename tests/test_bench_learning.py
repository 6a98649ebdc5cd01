"""The learning benchmark's own rules: what counts as a worse promotion, and its run sets."""

import json

from bench.learning import (
    GUARDS_OFF,
    askers,
    over_seeds,
    parse_args,
    targets_met,
    versus,
    worse_promotions,
    worse_reply_promotions,
)


def _run(base: float, *cycles: tuple[float, bool]) -> dict:
    rows = [{"cycle": i, "heldout_nll": nll, "promoted": p} for i, (nll, p) in enumerate(cycles, 1)]
    return {"base": {"heldout_nll": base}, "cycles": rows}


def test_a_promotion_worse_than_the_adapter_it_replaced_is_counted():
    # The original poisoned result: cycle 2 promoted at 2.742 after cycle 1 at 2.698.
    assert worse_promotions(_run(3.478, (2.698, True), (2.742, True))) == [2]
    assert worse_promotions(_run(3.478, (2.698, True), (2.698, False))) == []
    assert worse_promotions(_run(3.478, (3.6, True))) == [1]


def test_each_ablation_switches_off_exactly_one_guard_that_is_on_by_default():
    from config.settings import TrainerSettings

    defaults = TrainerSettings()
    for name, over in GUARDS_OFF.items():
        assert len(over) == 1, name
        ((key, off),) = over.items()
        assert getattr(defaults, key) != off, name


def test_compare_methods_defaults_to_one_cycle_and_the_main_run_to_two():
    assert parse_args(["--compare-methods"]).cycles == 1
    assert parse_args([]).cycles == 2
    assert parse_args(["--compare-methods", "--cycles", "2"]).cycles == 2


def _measured(nll: list[float], f1: list[float], sim: list[float] | None = None) -> dict:
    return {"per_question": {"nll": nll, "f1": f1, "sim": sim or [0.5] * len(nll)}}


def test_versus_pairs_questions_and_brackets_the_difference():
    before = _measured([3.0] * 10, [0.2] * 10)
    now = _measured([2.0 + 0.1 * i for i in range(10)], [0.1] * 10)
    v = versus(now, before)
    assert v["nll_diff"] == -0.55 or abs(v["nll_diff"] + 0.55) < 1e-9
    assert v["nll_ci"][0] <= v["nll_diff"] <= v["nll_ci"][1] < 0
    assert abs(v["f1_diff"] + 0.1) < 1e-9 and v["f1_ci"][1] < 0


def test_worse_reply_promotions_separates_a_lower_mean_from_a_significant_drop():
    rows = [
        {"cycle": 1, "promoted": True, "vs_before": {"f1_diff": -0.03, "f1_ci": [-0.09, 0.02]}},
        {"cycle": 2, "promoted": True, "vs_before": {"f1_diff": -0.10, "f1_ci": [-0.15, -0.04]}},
        {"cycle": 3, "promoted": False, "vs_before": {"f1_diff": 0.0, "f1_ci": [0.0, 0.0]}},
    ]
    for row in rows:  # the semantic measure says the opposite here: it is read on its own
        row["vs_before"].update(sim_diff=0.02, sim_ci=[0.01, 0.03])
    assert worse_reply_promotions({"cycles": rows}, "f1") == {"point": [1, 2], "significant": [2]}
    assert worse_reply_promotions({"cycles": rows}) == {"point": [], "significant": []}


def _seeded_run(base: tuple[float, float], *cycles: tuple[float, float, bool, float]) -> dict:
    """(nll, similarity) of the base; per cycle (nll, similarity, promoted, upper end of the sim CI)."""
    rows = [
        {
            "cycle": i,
            "heldout_nll": nll,
            "similarity": sim,
            "promoted": promoted,
            "vs_before": {"sim_diff": sim_hi - 0.05, "sim_ci": [sim_hi - 0.1, sim_hi]},
        }
        for i, (nll, sim, promoted, sim_hi) in enumerate(cycles, 1)
    ]
    return {"base": {"heldout_nll": base[0], "similarity": base[1]}, "cycles": rows}


def test_targets_need_a_fifth_lower_nll_higher_similarity_and_no_worse_promotion():
    good = _seeded_run((3.4, 0.33), (2.9, 0.34, True, 0.05), (2.6, 0.35, True, 0.04))
    assert targets_met(good) == {
        "nll_20pct_lower": True,
        "similarity_higher": True,
        "no_worse_promotion": True,
    }
    # 2.75 is only 19% below 3.4; the similarity fell; cycle 2's replies were significantly worse.
    bad = _seeded_run((3.4, 0.33), (2.9, 0.34, True, 0.05), (2.75, 0.30, True, -0.01))
    assert targets_met(bad) == {
        "nll_20pct_lower": False,
        "similarity_higher": False,
        "no_worse_promotion": False,
    }


def test_over_seeds_groups_runs_by_kind_and_counts_the_seeds_that_met_each_target():
    results = {
        "clean@seed1": _seeded_run((3.4, 0.33), (2.6, 0.36, True, 0.05)),
        "clean@seed2": _seeded_run((3.4, 0.33), (2.8, 0.32, True, 0.01)),
        "poisoned@seed1": _seeded_run((3.4, 0.33), (3.4, 0.33, False, 0.0)),
    }
    summary = {
        name: {
            "nll_change": (r["cycles"][-1]["heldout_nll"] - 3.4) / 3.4,
            "similarity_change": r["cycles"][-1]["similarity"] - 0.33,
            "token_f1_change": 0.0,
        }
        for name, r in results.items()
    }
    spread = over_seeds(results, summary)
    assert set(spread) == {"clean", "poisoned"}
    assert set(spread["clean"]["seeds"]) == {"1", "2"}
    assert spread["clean"]["nll_20pct_lower_in"] == "1/2"
    assert spread["clean"]["similarity_higher_in"] == "1/2"
    assert spread["poisoned"]["no_worse_promotion_in"] == "1/1"
    nll = spread["clean"]["nll_change"]
    assert nll["min"] < nll["mean"] < nll["max"] < 0


def test_seeds_parse_as_a_list_and_default_to_a_single_run():
    assert parse_args(["--seeds", "1,2,3"]).seeds == [1, 2, 3]
    assert parse_args([]).seeds is None


def test_interleaving_by_topic_gives_every_stretch_the_files_topic_shares():
    from collections import Counter

    from bench.learning import interleave_topics

    # A file whose first rows happen to be all of one topic, as a shuffle can leave it.
    topics = ["coding"] * 10 + ["trivia"] * 30
    items = [f"{t}{i}" for i, t in enumerate(topics)]
    order = interleave_topics(items, topics)
    assert sorted(order) == sorted(items)
    assert Counter(item.rstrip("0123456789") for item in order[:8]) == {"coding": 2, "trivia": 6}
    # Within a topic, file order is kept.
    assert [i for i in order if i.startswith("coding")] == [i for i in items if i.startswith("coding")]


def test_the_default_questions_are_stratified_and_file_order_is_kept_on_request():
    from collections import Counter

    from bench.learning import DEFAULT_DATASET, load_questions

    rows = [json.loads(line) for line in DEFAULT_DATASET.read_text().splitlines() if line.strip()]
    topic_of = {r["messages"][0]["content"]: r["topic"] for r in rows}
    share = Counter(r["topic"] for r in rows)["coding"] / len(rows)
    stratified = [topic_of[q] for q, _ in load_questions(DEFAULT_DATASET)[:40]]
    in_file_order = [topic_of[q] for q, _ in load_questions(DEFAULT_DATASET, stratify=False)[:40]]
    assert abs(stratified.count("coding") / 40 - share) < 0.05
    assert in_file_order.count("coding") == 12  # the file's first 40: 30% coding


def test_the_sweep_trains_each_setting_and_judges_it_on_a_slice_nobody_else_uses(tmp_path):
    from bench.learning_sweep import main as sweep
    from bench.learning_sweep import parse_args as sweep_args

    # The default slices: the pool is learning.py's asked questions, validation lies past its test set.
    defaults = sweep_args([])
    assert defaults.pool_start == 40 and defaults.pool_start + defaults.pool <= defaults.validation_start
    assert defaults.validation_start >= 40 + 80 + 40  # held out + two rounds asked + admins' test set
    result = sweep(
        ["--model", "tiny", "--settings", "defaults,double-lr", "--seeds", "1", "--train", "6", "--pool", "8"]
        + ["--validation", "5", "--max-new-tokens", "4", "--out", str(tmp_path / "out"), "--results", ""]
    )
    assert set(result["settings"]) == {"defaults", "double-lr"}
    for runs in result["settings"].values():
        run = runs["1"]
        assert run["examples"] == 6 and len(run["per_question"]["sim"]) == 5
        low, high = run["vs_base"]["sim_ci"]
        assert low <= run["vs_base"]["sim_diff"] <= high
        # Training on the references moves their NLL: an adapter that changed nothing would show 0.
        assert run["nll"] != result["base"]["nll"]
    assert result["settings"]["double-lr"]["1"]["overrides"] == {"learning_rate": 4e-4}
    assert json.loads((tmp_path / "learning_sweep.json").read_text())["summary"].keys() == {
        "defaults",
        "double-lr",
    }
    assert (tmp_path / "learning_sweep.png").stat().st_size > 0


def test_a_flood_share_outside_zero_to_one_is_refused_by_name(capsys):
    import pytest

    for bad in ("0", "1", "1.5", "-0.2"):
        with pytest.raises(SystemExit):
            parse_args(["--flood", bad])
        assert "--flood must lie between 0 and 1" in capsys.readouterr().err
    assert parse_args(["--flood", "0.5"]).flood == 0.5


def test_users_take_turns_and_a_flooder_asks_its_share_spread_through_the_round():
    users = [f"u{i}" for i in range(10)]
    assert askers(20, users) == users + users
    flooded = askers(40, users, "u3", 0.4)
    assert flooded.count("u3") == 16
    assert all(flooded.count(u) in (2, 3) for u in users if u != "u3")
    # Spread evenly: never more than one flooder question in a row, so batches and order stay alike.
    assert "u3" not in {a for a, b in zip(flooded, flooded[1:], strict=False) if a == b}


def test_the_share_cap_binds_on_a_flooding_poisoner_and_not_when_switched_off(tmp_path):
    from bench.learning import main as learning

    result = learning(
        ["--model", "tiny", "--ablate", "--only", "flooded,flooded-no-user-cap", "--cycles", "1"]
        + ["--questions", "20", "--heldout", "4", "--admin-test-set", "0", "--max-steps", "1"]
        + ["--max-new-tokens", "4", "--out", str(tmp_path), "--results", ""]
    )
    capped, uncapped = result["runs"]["flooded"], result["runs"]["flooded-no-user-cap"]
    assert len(capped["poisoned_users"]) == 1 and capped["flood"] == 0.4
    # Both runs share the first round: the same flooder, the same ratings.
    assert capped["poisoned_users"] == uncapped["poisoned_users"]
    assert capped["cycles"][0]["ratings"] == uncapped["cycles"][0]["ratings"]
    # The flooder wrote 8 of 20 garbage corrections (40%); the 20% cap drops some of them, no cap none.
    assert capped["cycles"][0]["dataset_dropped"]["user_share"] > 0
    assert uncapped["cycles"][0]["dataset_dropped"]["user_share"] == 0
    assert "worse_promotions" in result["summary"]["flooded"]
    assert sum(t["n"] for t in result["summary"]["flooded"]["by_topic"].values()) == 4
    # The live bot after the last cycle against the base model, paired over the 4 held-out questions.
    vs_base = result["summary"]["flooded"]["vs_base"]
    last, base = capped["cycles"][-1], capped["base"]
    assert abs(vs_base["sim_diff"] - (last["similarity"] - base["similarity"])) < 1e-6
    assert vs_base["sim_ci"][0] <= vs_base["sim_diff"] <= vs_base["sim_ci"][1]


def test_changes_by_topic_separate_a_topic_that_got_worse_from_the_mean():
    from bench.learning import changes_by_topic

    base = {"per_question": {"sim": [0.2, 0.2, 0.6, 0.6], "nll": [4.0, 4.0, 3.0, 3.0]}}
    last = {"per_question": {"sim": [0.4, 0.3, 0.1, 0.2], "nll": [3.0, 3.0, 3.5, 3.0]}}
    by_topic = changes_by_topic({"base": base, "cycles": [last]}, ["chat", "chat", "code", "code"])
    assert by_topic["chat"]["n"] == 2 and by_topic["chat"]["nll_change"] == -1.0
    assert abs(by_topic["chat"]["similarity_change"] - 0.15) < 1e-9
    assert abs(by_topic["code"]["similarity_change"] + 0.45) < 1e-9
    assert by_topic["code"]["nll_change"] == 0.25


def test_a_rehearsal_share_outside_its_range_is_refused_by_name(capsys):
    import pytest

    for bad in ("0.9", "-0.1", "2"):
        with pytest.raises(SystemExit):
            parse_args(["--rehearsal", bad])
        assert "--rehearsal must lie in [0, 0.9)" in capsys.readouterr().err
    assert parse_args([]).rehearsal == 0.0 and parse_args(["--rehearsal", "0.3"]).rehearsal == 0.3


def test_each_run_gets_a_rehearsing_twin_that_shares_its_first_round(tmp_path):
    from bench.learning import main as learning

    result = learning(
        ["--model", "tiny", "--only", "clean", "--rehearsal", "0.5", "--cycles", "1"]
        + ["--questions", "12", "--heldout", "4", "--admin-test-set", "0", "--max-steps", "1"]
        + ["--max-new-tokens", "4", "--out", str(tmp_path), "--results", ""]
    )
    assert list(result["runs"]) == ["clean", "clean-rehearsal"]
    plain, twin = result["runs"]["clean"]["cycles"][0], result["runs"]["clean-rehearsal"]["cycles"][0]
    assert plain["ratings"] == twin["ratings"]  # the same first round, so the two pair
    assert plain["rehearsal_examples"] == 0 and twin["rehearsal_examples"] > 0
    assert result["runs"]["clean-rehearsal"]["settings"] == {"rehearsal_share": 0.5}
    paired = result["summary"]["clean-rehearsal"]["vs_without_rehearsal"]
    assert set(paired) >= {"sim_diff", "sim_ci", "nll_diff", "nll_ci"}
    assert (tmp_path / "learning-rehearsal.json").exists()
