"""The training cycle and its schedule: by count, by time, never two at once, a killed run is harmless."""

import asyncio
import json
import os
import signal
from datetime import UTC, datetime, timedelta

import pytest

from config import load_settings
from feedback.coordination import pending_jobs, release_lease
from feedback.store import Store
from tests.helpers import StoreBuilder
from tests.test_gate import TRAINER, domain
from trainer.cycle import CycleBusy, CycleScheduler, launch_cycle, run_cycle
from trainer.registry import active_adapter
from trainer.worker import ScheduleHolder


def make(tmp_path, model_dir, n: int = 24, **trainer):  # noqa: ANN001
    settings = load_settings(
        data_dir=tmp_path / "data",
        model={"base": str(model_dir), "max_new_tokens": 8},
        trainer={**TRAINER, **trainer},
    )
    store = Store(settings.db_url)
    b = StoreBuilder(store)
    for i in range(n):
        question, good = domain(i)
        b.exchange(b.user(f"u{i % 5}"), question, good, 1)
    return settings, store


def test_due_by_count_of_new_ratings(tmp_path, tiny_model_dir):
    settings, store = make(tmp_path, tiny_model_dir, n=2, min_new_ratings=3, schedule=None)
    cycles = CycleScheduler(settings, store)
    now = datetime.now(UTC)
    assert cycles.due(now) is None
    b = StoreBuilder(store)
    b.exchange(b.user("x"), "q", "a", 1)
    assert cycles.due(now) == "ratings"
    run = store.start_run("ratings")
    assert cycles.due(now) is None  # never while one runs
    store.update_run(run.id, status="succeeded")
    assert cycles.due(now) is None  # counted again from the last cycle's start


def test_due_by_time_with_a_controllable_clock(tmp_path, tiny_model_dir):
    settings, store = make(tmp_path, tiny_model_dir, n=0, min_new_ratings=None, schedule="0 3 * * *")
    cycles = CycleScheduler(settings, store)
    last = datetime(2026, 3, 1, 3, 0, 5, tzinfo=UTC)
    run = store.start_run("schedule")
    store.update_run(run.id, status="succeeded", started_at=last)
    assert cycles.due(last + timedelta(hours=23)) is None
    assert cycles.due(datetime(2026, 3, 2, 3, 0, 1, tzinfo=UTC)) == "schedule"
    assert cycles.due(datetime(2026, 3, 5, 12, 0, tzinfo=UTC)) == "schedule"  # missed runs make one


def test_cycles_never_overlap(tmp_path, tiny_model_dir):
    settings, store = make(tmp_path, tiny_model_dir, n=0)
    first = store.start_run("cli")
    assert first is not None and store.start_run("schedule") is None
    with pytest.raises(CycleBusy):
        run_cycle(settings, store, "cli", progress=False)
    store.update_run(first.id, status="failed", error="test")
    again = store.start_run("cli")
    assert again is not None and again.id != first.id


def test_the_schedule_is_kept_in_the_database_across_restarts(tmp_path, tiny_model_dir):
    settings, store = make(tmp_path, tiny_model_dir, n=0, schedule="30 2 * * *", min_new_ratings=None)
    first = ScheduleHolder(settings, store, name="serve-1")
    assert first.tick(datetime(2026, 3, 1, 12, 0, tzinfo=UTC)) is None and first.holding
    next_run = first.next_run()
    assert (next_run.hour, next_run.minute) == (2, 30)
    # A restart (a new holder, once the old lease is given up) counts from the same database rows.
    release_lease(store, "schedule", "serve-1")
    restarted = ScheduleHolder(settings, store, name="serve-2")
    assert restarted.next_run() == next_run
    late = next_run + timedelta(days=3)  # missed nights make one cycle, queued once
    assert restarted.tick(late) == "schedule" and restarted.holding
    assert [j.requested_by for j in pending_jobs(store)] == ["schedule"]
    assert restarted.tick(late) is None and len(pending_jobs(store)) == 1


def test_one_cycle_trains_evaluates_and_auto_approves(tmp_path, tiny_model_dir):
    settings, store = make(
        tmp_path, tiny_model_dir, n=40, heldout_fraction=0.3, gate_min_examples=4, auto_approve=True
    )
    result = run_cycle(settings, store, "cli", progress=False)
    assert result.status == "succeeded" and result.eligible and result.promoted, result
    assert active_adapter(store).id == result.adapter_id
    run = store.runs(limit=1)[0]
    assert (run.status, run.stage, run.lock, run.adapter_id) == ("succeeded", "done", None, result.adapter_id)
    assert store.activations()[0].actor == "auto"


def test_a_cycle_with_nothing_to_train_is_skipped(tmp_path, tiny_model_dir):
    settings, store = make(tmp_path, tiny_model_dir, n=0)
    result = run_cycle(settings, store, "cli", progress=False)
    assert result.status == "skipped" and store.runs()[0].lock is None


async def test_a_killed_training_process_leaves_serving_intact(tmp_path, tiny_model_dir, scrubber):
    from bot.runtime import ModelRuntime
    from bot.service import ChatService

    settings, store = make(tmp_path, tiny_model_dir, n=24, max_steps=100000, checkpoint_every=100000)
    runtime = ModelRuntime(settings.model)
    runtime.load()
    service = ChatService(settings, store, scrubber, runtime)
    task = asyncio.create_task(launch_cycle(settings, store, "admin"))
    run = None
    for _ in range(600):
        await asyncio.sleep(0.2)
        runs = store.runs(limit=1, status="running")
        if runs and runs[0].stage == "training":
            run = runs[0]
            break
    assert run is not None, "the training process never started"
    await asyncio.sleep(1.0)
    os.kill(run.pid, signal.SIGKILL)
    code = await asyncio.wait_for(task, 60)
    assert code == -signal.SIGKILL
    failed = store.runs(limit=1)[0]
    assert failed.status == "failed" and failed.lock is None and "died" in failed.error
    assert store.adapters() == [] and active_adapter(store) is None
    reply = await service.handle_message("web", "u", "c", "still there?")
    assert reply.message_id
    assert store.start_run("cli") is not None  # the lock was released


async def test_the_embedded_worker_runs_a_queued_cycle_in_a_child_process(tmp_path, tiny_model_dir):
    from feedback.coordination import claim_job, enqueue_job, jobs, set_job_run
    from trainer.cycle import mark_dead_runs_failed
    from trainer.worker import Worker, request_cycle, run_in_child_process

    settings, store = make(tmp_path, tiny_model_dir, n=0)
    job = request_cycle(store, "admin")
    worker = Worker(settings, store, run_in_child_process(settings, store), kinds=("cycle",))
    assert await worker.run(exit_when_idle=True) == 1
    done = jobs(store)[0]
    result = json.loads(done.result)
    assert (done.id, done.status, result["exit_code"]) == (job.id, "done", 0)
    run = store.runs(limit=1)[0]
    assert done.run_id == run.id and run.status == "skipped" and run.trigger == "admin"  # nothing to train
    # A run held by a live job of another worker (maybe another machine, where its pid means nothing)
    # is left to that job's heartbeats, not failed by a local process check.
    remote = enqueue_job(store, "cycle", "schedule")
    claim_job(store, "other-host:1:x")
    elsewhere = store.start_run("schedule", pid=999_999)
    set_job_run(store, remote.id, elsewhere.id)
    assert mark_dead_runs_failed(store) == 0 and store.runs(limit=1)[0].status == "running"


async def test_the_worker_runner_runs_cycles_and_evaluations_in_its_process(tmp_path, tiny_model_dir):
    from feedback.coordination import enqueue_job, get_job
    from trainer.worker import Worker, run_in_this_process

    settings, store = make(tmp_path, tiny_model_dir, n=0)
    cycle = enqueue_job(store, "cycle", "cli")
    bad_eval = enqueue_job(store, "eval", "cli", {"candidate": "no-such-adapter"})
    worker = Worker(settings, store, run_in_this_process(settings, store))
    assert await worker.run(exit_when_idle=True) == 2
    done = get_job(store, cycle.id)
    assert done.status == "done" and json.loads(done.result)["status"] == "skipped"
    assert done.run_id == store.runs(limit=1)[0].id
    failed = get_job(store, bad_eval.id)
    assert failed.status == "failed" and "no-such-adapter" in failed.error


async def test_the_embedded_worker_runs_queued_evaluations_in_a_child_process(
    tmp_path, tiny_model_dir, monkeypatch
):
    from typer.testing import CliRunner

    import main
    from feedback.coordination import enqueue_job, get_job
    from feedback.models import Adapter
    from tests.helpers import make_tiny_adapter
    from trainer.worker import Worker, run_in_child_process

    trainer = {**TRAINER, "heldout_fraction": 0.5}
    settings, store = make(tmp_path, tiny_model_dir, n=40, **trainer)
    # The child reads its settings as any `main.py` does: from the environment.
    monkeypatch.setenv("KAIZEN_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("KAIZEN_MODEL__BASE", str(tiny_model_dir))
    monkeypatch.setenv("KAIZEN_TRAINER", json.dumps(trainer))
    path = make_tiny_adapter(tiny_model_dir, tmp_path / "cand")
    store.add_adapter(
        Adapter(id="cand", status="eligible", path=str(path), base_model="tiny", base_fingerprint="x",
                method="sft", dataset_hash="d")
    )  # fmt: skip
    good = enqueue_job(store, "eval", "cli", {"candidate": "cand", "incumbent": "base"})
    bad = enqueue_job(store, "eval", "cli", {"candidate": "no-such-adapter"})
    worker = Worker(settings, store, run_in_child_process(settings, store))  # every kind, as `serve` runs it
    assert await worker.run(exit_when_idle=True) == 2
    done = get_job(store, good.id)
    assert done.status == "done", done.error
    decision = json.loads(done.result)
    assert isinstance(decision["eligible"], bool) and isinstance(decision["reasons"], list)
    failed = get_job(store, bad.id)
    assert failed.status == "failed" and "no-such-adapter" in failed.error
    # `main.py jobs` shows both, newest first, with the result and the error.
    out = CliRunner().invoke(main.cli, ["jobs", "--json"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [(r["id"], r["status"]) for r in rows] == [(bad.id, "failed"), (good.id, "done")]
    assert rows[1]["result"] == decision and "no-such-adapter" in rows[0]["error"]
