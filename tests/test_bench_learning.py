"""The learning benchmark's own rules: what counts as a worse promotion, and its run sets."""

from bench.learning import GUARDS_OFF, parse_args, worse_promotions


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
