"""Several processes on one database: the cycle queue, workers, the schedule lease.

The job itself is a stub at the process boundary; claiming, heartbeats, requeueing and leases are the
real database code, on SQLite and on a real PostgreSQL server.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from feedback.coordination import (
    claim_job,
    enqueue_job,
    finish_job,
    get_job,
    get_lease,
    heartbeat,
    jobs,
    requeue_stale_jobs,
    set_job_run,
    take_lease,
)
from feedback.models import CycleJob, utcnow
from tests.helpers import ROOT
from trainer.worker import ScheduleHolder, Worker, request_cycle

pytestmark = pytest.mark.both_databases
PYTHON = sys.executable


def _age_heartbeat(store, job_id: str, seconds: float) -> None:
    """Pretend the job's worker last showed a sign of life `seconds` ago."""
    with store.session() as s:
        s.exec(
            update(CycleJob)
            .where(CycleJob.id == job_id)
            .values(heartbeat_at=utcnow() - timedelta(seconds=seconds))
        )
        s.commit()


def test_a_job_is_claimed_by_one_worker_and_finished_by_it_only(store):
    first = enqueue_job(store, "cycle", "admin")
    second = enqueue_job(store, "eval", "cli", {"candidate": "a1"})
    job = claim_job(store, "w1")
    assert (job.id, job.status, job.claimed_by, job.attempts) == (first.id, "running", "w1", 1)
    assert claim_job(store, "w2", kinds=("cycle",)) is None  # the only cycle is taken
    other = claim_job(store, "w2")
    assert other.id == second.id and other.kind == "eval"
    assert claim_job(store, "w3") is None
    assert heartbeat(store, job.id, "w1") and not heartbeat(store, job.id, "w2")
    assert not finish_job(store, job.id, "w2", result={"x": 1})  # not w2's job
    assert finish_job(store, job.id, "w1", result={"status": "skipped"})
    done = get_job(store, job.id)
    assert (done.status, done.result, done.finished_at is not None) == ("done", '{"status": "skipped"}', True)
    assert finish_job(store, other.id, "w2", error="GateError: no candidate")
    assert get_job(store, other.id).status == "failed"
    with pytest.raises(ValueError, match="job kind"):
        enqueue_job(store, "dance", "cli")


def test_a_dead_workers_job_is_queued_again_its_run_failed_and_attempts_counted(store):
    job = enqueue_job(store, "cycle", "schedule")
    claim_job(store, "dead-worker")
    run = store.start_run("schedule", pid=999_999)
    set_job_run(store, job.id, run.id)
    assert requeue_stale_jobs(store, timedelta(seconds=60), max_attempts=2) == []  # heartbeat is fresh
    _age_heartbeat(store, job.id, 120)
    assert [j.id for j in requeue_stale_jobs(store, timedelta(seconds=60), max_attempts=2)] == [job.id]
    again = get_job(store, job.id)
    assert (again.status, again.claimed_by, again.attempts) == ("queued", None, 1)
    failed = store.runs(limit=1)[0]
    assert (failed.status, failed.lock) == ("failed", None) and "worker died" in failed.error
    assert store.start_run("cli") is not None  # the cycle lock was released
    retry = claim_job(store, "w2")
    assert retry.id == job.id and retry.attempts == 2
    assert not heartbeat(store, job.id, "dead-worker")  # a late sign of the first worker changes nothing
    _age_heartbeat(store, job.id, 120)
    requeue_stale_jobs(store, timedelta(seconds=60), max_attempts=2)
    given_up = get_job(store, job.id)
    assert given_up.status == "failed" and "2 attempts" in given_up.error


async def test_a_worker_runs_queued_jobs_and_records_results_and_failures(store, settings):
    ran = []

    async def stub(job: CycleJob) -> dict:
        ran.append(job.kind)
        if job.kind == "eval":
            raise RuntimeError("no such candidate")
        return {"status": "succeeded"}

    assert request_cycle(store, "admin") is not None
    assert request_cycle(store, "admin") is None  # one already waits
    enqueue_job(store, "eval", "cli", {"candidate": "x"})
    worker = Worker(settings, store, stub, name="w")
    assert await worker.run(exit_when_idle=True) == 2
    assert sorted(ran) == ["cycle", "eval"]
    by_kind = {j.kind: j for j in jobs(store)}
    assert by_kind["cycle"].status == "done" and by_kind["cycle"].result == '{"status": "succeeded"}'
    assert by_kind["eval"].status == "failed" and "no such candidate" in by_kind["eval"].error


async def test_a_long_job_keeps_its_claim_with_heartbeats(store, settings):
    fast = settings.model_copy(
        update={
            "scale": settings.scale.model_copy(update={"heartbeat_seconds": 0.05, "stale_after_seconds": 0.3})
        }
    )
    enqueue_job(store, "cycle", "admin")

    async def slow(job: CycleJob) -> dict:
        await asyncio.sleep(0.8)  # longer than stale_after: only heartbeats keep it ours
        assert requeue_stale_jobs(store, timedelta(seconds=0.3), 3) == []
        return {}

    assert await Worker(fast, store, slow, name="w").run(exit_when_idle=True) == 1
    assert jobs(store)[0].status == "done" and jobs(store)[0].attempts == 1


def _spawn(mode: str, url: str, out: Path, name: str) -> subprocess.Popen:
    return subprocess.Popen(
        [PYTHON, "-m", "tests.queue_worker", mode, url, str(out), name],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(paths: list[Path], procs: list[subprocess.Popen], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not all(p.exists() for p in paths):
        for proc in procs:
            assert proc.poll() is None, proc.communicate()[1][-2000:]
        assert time.monotonic() < deadline, "helper processes did not start"
        time.sleep(0.05)


def test_two_worker_processes_run_each_job_exactly_once(store, tmp_path):
    queued = [enqueue_job(store, "cycle", f"test-{i}").id for i in range(60)]
    out = tmp_path / "marks"
    out.mkdir()
    procs = [_spawn("work", store.url, out, name) for name in ("wa", "wb")]
    try:
        _wait_for([out / "wa.ready", out / "wb.ready"], procs)
        (out / "go").touch()  # both start claiming at once
        results = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert [p.returncode for p in procs] == [0, 0], [r[1][-2000:] for r in results]
    marks = {job_id: (out / job_id).read_text().split() for job_id in queued}
    assert all(len(who) == 1 for who in marks.values()), {k: v for k, v in marks.items() if len(v) != 1}
    counts = [int(r[0].split()[-1]) for r in results]
    assert sum(counts) == 60 and min(counts) > 0, counts  # both worked, together exactly once per job
    final = {j.id: j for j in jobs(store, limit=100)}
    assert all(final[i].status == "done" and final[i].attempts == 1 for i in queued)
    assert {final[i].claimed_by for i in queued} == {"wa", "wb"}


def test_the_schedule_lease_moves_when_its_holder_dies(store, settings, tmp_path):
    out = tmp_path / "lease"
    out.mkdir()
    holder = _spawn("hold", store.url, out, "first")
    try:
        _wait_for([out / "first.ready"], [holder])
        assert (out / "first.ready").read_text() == "holding"
        quick = settings.model_copy(
            update={"scale": settings.scale.model_copy(update={"lease_seconds": 1.5})}
        )
        second = ScheduleHolder(quick, store, name="second")
        deadline = time.monotonic() + 2.5  # longer than the lease: the holder keeps renewing it
        while time.monotonic() < deadline:
            assert second.tick() is None and not second.holding
            time.sleep(0.2)
        assert holder.poll() is None
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
        killed = time.monotonic()
        while not second.holding:
            second.tick()
            assert time.monotonic() - killed < 5, "nobody took over the schedule"
            time.sleep(0.1)
        took_over = time.monotonic() - killed
    finally:
        if holder.poll() is None:
            holder.kill()
    assert took_over <= 1.5 + 0.6  # within the lease time (+ a tick) of the death
    lease = get_lease(store, "schedule")
    assert lease.holder == "second" and lease.expires_at > utcnow()
    assert not take_lease(store, "schedule", "third", timedelta(seconds=5))


def test_a_job_no_worker_claims_is_reported_once_by_the_schedules_holder(store, settings, caplog):
    quick = settings.model_copy(
        update={
            "scale": settings.scale.model_copy(update={"stale_after_seconds": 60, "heartbeat_seconds": 5})
        }
    )
    holder = ScheduleHolder(quick, store, name="holder")
    waiting = enqueue_job(store, "eval", "cli", {"candidate": "a1"})
    fresh = enqueue_job(store, "cycle", "admin")
    claimed = enqueue_job(store, "cycle", "admin")
    with store.session() as s:  # the first and the claimed one were queued two minutes ago
        for job_id in (waiting.id, claimed.id):
            s.exec(
                update(CycleJob)
                .where(CycleJob.id == job_id)
                .values(created_at=utcnow() - timedelta(minutes=2))
            )
        s.commit()
    assert claim_job(store, "w", ("cycle",)).id == claimed.id
    with caplog.at_level("WARNING", logger="trainer.worker"):
        holder.tick()
        holder.tick()  # once per job, not once per tick
    warnings = [r.getMessage() for r in caplog.records if "no worker has claimed it" in r.getMessage()]
    assert len(warnings) == 1 and waiting.id in warnings[0] and "eval job" in warnings[0]
    assert fresh.id not in warnings[0] and "waited 2 min" in warnings[0]


def test_an_evaluation_job_without_a_candidate_is_refused_with_a_clear_error(settings, store):
    with pytest.raises(ValueError, match="candidate adapter id"):
        enqueue_job(store, "eval", "cli", {"incumbent": "active"})
    # A row written without enqueue_job (an older version, by hand) fails with the same words, not 'candidate'.
    with store.session() as s:
        bad = CycleJob(kind="eval", requested_by="cli", payload="{}")
        s.add(bad)
        s.commit()
        bad_id = bad.id
    from trainer.worker import run_in_this_process

    asyncio.run(Worker(settings, store, run_in_this_process(settings, store), name="w").run_one())
    failed = get_job(store, bad_id)
    assert failed.status == "failed"
    assert "needs a candidate adapter id" in failed.error
