"""The gate end to end on a tiny model: a candidate that learned the domain is eligible over the base
model; one trained on garbage targets is rejected. Plus the `eval --json` contract."""

import json
import random
import subprocess
import sys

import pytest

from config import load_settings
from feedback.models import Adapter
from feedback.store import Store
from tests.helpers import ROOT, StoreBuilder
from trainer.gate import GateError, evaluate_candidate
from trainer.registry import promote
from trainer.train import train

COLORS = ["blue", "green", "red", "yellow", "purple", "orange"]
TRAINER = {
    "max_user_share": 1.0,
    "heldout_fraction": 0.0,
    "batch_size": 4,
    "learning_rate": 1e-2,
    "method": "sft",
    "max_steps": 16,
    "checkpoint_every": 100,
    "gate_min_examples": 6,
    "reference_examples": 6,
    "side_by_side": 1,
    "forgetting_tolerance": 1.0,  # a 2-layer random model has no general skill to forget
}


def domain(i: int) -> tuple[str, str]:
    return f"What color is box {i}?", f"Box {i} is {COLORS[i % len(COLORS)]}, like the sky at noon."


def make(tmp_path, model_dir, name: str, answer) -> tuple:  # noqa: ANN001
    settings = load_settings(
        data_dir=tmp_path / name, model={"base": str(model_dir), "max_new_tokens": 8}, trainer=TRAINER
    )
    store = Store(settings.db_url)
    b = StoreBuilder(store)
    for i in range(24):
        question, good = domain(i)
        b.exchange(b.user(f"u{i % 5}"), question, answer(i, good), 1)
    return settings, store


@pytest.fixture
def test_set(tmp_path):
    path = tmp_path / "heldout.jsonl"
    rows = []
    for i in range(100, 110):
        q, a = domain(i)
        rows.append({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_domain_candidate_is_eligible_and_garbage_candidate_is_rejected(tmp_path, tiny_model_dir, test_set):
    settings, store = make(tmp_path, tiny_model_dir, "good", lambda i, good: good)
    good = train(settings, store, progress=False)
    result = evaluate_candidate(settings, store, good.adapter_id, "base", dataset=test_set, progress=False)
    assert result.report.decision["eligible"], result.report.decision["reasons"]
    assert result.report.fit["diff_ci"][1] < 0
    # A test set's answers are person-written: the replies are compared too, and the trained side's are
    # closer to them.
    replies = result.report.replies
    assert replies["n"] == 10 and replies["measure"] == "semantic"
    assert replies["candidate_score"] > replies["incumbent_score"], replies
    assert store.get_adapter(good.adapter_id).status == "eligible"
    assert result.paths["chart"].exists() and result.paths["markdown"].exists()

    # The good one goes live; then candidates trained on garbage or shuffled targets must not replace it.
    promote(store, good.adapter_id, actor="test")
    rng = random.Random(0)
    garbage = lambda i, good: "".join(rng.choice("qxzjvkw#%") for _ in range(40))  # noqa: E731
    shuffled = lambda i, good: domain((i * 7 + 3) % 24)[1].replace(str((i * 7 + 3) % 24), str(i + 50))  # noqa: E731
    reports = {}
    for name, answer in (("garbage", garbage), ("shuffled", shuffled)):
        b_settings, b_store = make(tmp_path, tiny_model_dir, name, answer)
        bad = train(b_settings, b_store, progress=False)
        store.add_adapter(Adapter(**b_store.get_adapter(bad.adapter_id).model_dump()))
        result = evaluate_candidate(
            settings, store, bad.adapter_id, "active", dataset=test_set, progress=False
        )
        assert result.report.incumbent == good.adapter_id
        assert not result.report.decision["eligible"], name
        assert any("fit not better" in r for r in result.report.decision["reasons"]), name
        assert store.get_adapter(bad.adapter_id).status == "rejected"
        reports[name] = result.report
    # What the garbage candidate says is worse too. The shuffled one's replies (the right words about the
    # wrong box) are as close in meaning as the good one's: sentence embeddings do not check facts, which
    # is one reason the fit decides first.
    assert any("replies worse" in r for r in reports["garbage"].decision["reasons"])
    assert reports["shuffled"].replies["diff_mean"] > -0.1


def test_too_few_heldout_examples_is_not_enough_data(tmp_path, tiny_model_dir):
    settings, store = make(tmp_path, tiny_model_dir, "small", lambda i, good: good)
    adapter = train(settings, store, progress=False)
    # heldout_fraction is 0: the store holds no held-out conversation at all.
    result = evaluate_candidate(settings, store, adapter.adapter_id, "base", progress=False)
    assert not result.report.decision["eligible"]
    assert result.report.decision["reasons"][0].startswith("not enough data")


def test_the_admins_test_set_is_where_replies_are_compared(tmp_path, tiny_model_dir, test_set):
    settings, store = make(tmp_path, tiny_model_dir, "trusted", lambda i, good: good)
    adapter = train(settings, store, progress=False)
    trusted = settings.model_copy(
        update={"trainer": settings.trainer.model_copy(update={"gate_test_set": str(test_set)})}
    )
    # No held-out corrections in the store (heldout_fraction 0): the test set alone feeds the reply check.
    report = evaluate_candidate(trusted, store, adapter.adapter_id, "base", progress=False).report
    assert report.replies["n"] == 10 and report.replies["source"] == "trusted test set"
    assert report.replies["candidate_score"] > report.replies["incumbent_score"]
    assert report.n_examples == 0  # the fit still scores the store's held-out split only
    missing = trusted.model_copy(
        update={"trainer": trusted.trainer.model_copy(update={"gate_test_set": str(tmp_path / "no.jsonl")})}
    )
    with pytest.raises(GateError, match="gate_test_set"):
        evaluate_candidate(missing, store, adapter.adapter_id, "base", progress=False)


def test_unknown_candidate_is_a_clear_error(tmp_path, tiny_model_dir):
    settings, store = make(tmp_path, tiny_model_dir, "none", lambda i, good: good)
    with pytest.raises(GateError, match="unknown adapter"):
        evaluate_candidate(settings, store, "nope", "base", progress=False)


def test_eval_cli_json_contract(tmp_path, tiny_model_dir, test_set):
    settings, store = make(tmp_path, tiny_model_dir, "cli", lambda i, good: good)
    adapter = train(settings, store, progress=False)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "KAIZEN_DATA_DIR": str(settings.data_dir),
        "KAIZEN_MODEL__BASE": str(tiny_model_dir),
        "KAIZEN_TRAINER": json.dumps(TRAINER),
    }
    cmd = [sys.executable, "main.py", "eval", "--candidate", adapter.adapter_id, "--incumbent", "base"]
    proc = subprocess.run(
        [*cmd, "--dataset", str(test_set), "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert set(report["decision"]) == {"eligible", "reasons"} and isinstance(
        report["decision"]["reasons"], list
    )
    assert (
        set(report["fit"]) >= {"candidate_nll", "incumbent_nll", "diff_ci"}
        and len(report["fit"]["diff_ci"]) == 2
    )
    assert report["n_examples"] == 10
    listed = subprocess.run(
        [sys.executable, "main.py", "adapters", "list", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    rows = json.loads(listed.stdout)
    assert rows[0]["id"] == adapter.adapter_id and rows[0]["status"] in ("eligible", "rejected")


def test_reply_scores_measured_once_are_reused_and_the_cache_holds_no_text(
    tmp_path, tiny_model_dir, test_set, caplog
):
    import trainer.evaluate as evaluate_module

    settings, store = make(tmp_path, tiny_model_dir, "cached", lambda i, good: good)
    settings = settings.model_copy(
        update={"trainer": settings.trainer.model_copy(update={"gate_test_set": str(test_set)})}
    )
    adapter = train(settings, store, progress=False)
    generated = []
    real = evaluate_module.greedy_replies

    def counting(model, tokenizer, prompts, **kw):  # noqa: ANN001, ANN202
        generated.append(len(prompts))
        return real(model, tokenizer, prompts, **kw)

    evaluate_module.greedy_replies = counting
    try:
        first = evaluate_candidate(settings, store, adapter.adapter_id, "base", progress=False).report.replies
        assert generated.count(10) == 2 and first["cached"] == []  # both sides generated once
        generated.clear()
        again = evaluate_candidate(settings, store, adapter.adapter_id, "base", progress=False).report.replies
        assert generated.count(10) == 0 and sorted(again["cached"]) == sorted([adapter.adapter_id, "base"])
        assert (again["candidate_score"], again["incumbent_score"]) == (
            first["candidate_score"],
            first["incumbent_score"],
        )
        # A damaged cache costs time, not the verdict.
        cache = settings.data_dir / "cache" / "reply_scores.json"
        cache.write_text("{not json")
        generated.clear()
        with caplog.at_level("WARNING"):
            fresh = evaluate_candidate(
                settings, store, adapter.adapter_id, "base", progress=False
            ).report.replies
        assert generated.count(10) == 2 and fresh["diff_mean"] == pytest.approx(first["diff_mean"], abs=1e-6)
        assert any("unreadable" in r.getMessage() for r in caplog.records)
    finally:
        evaluate_module.greedy_replies = real
    stored = cache.read_text()
    assert "Box" not in stored and "sky" not in stored and len(json.loads(stored)) == 2
