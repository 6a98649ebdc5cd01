"""The learning benchmark's own rules: what counts as a worse promotion, and its run sets."""

from bench.learning import GUARDS_OFF, parse_args, versus, worse_promotions, worse_reply_promotions


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
