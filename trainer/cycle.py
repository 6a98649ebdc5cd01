"""The training cycle: build → train → evaluate → ask for approval (or auto-approve), and when it is due.

`run_cycle` is the one code path, used by `python main.py cycle` and by workers (`trainer/worker.py`).
The serving process never trains in its own process: its embedded worker runs `launch_cycle`, which
starts `main.py cycle` as a child process with few threads and low priority, so the bot keeps
answering, and a crash or kill of that process only marks the run failed while the incumbent keeps
serving.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from config.settings import Settings
from feedback.coordination import get_lease, last_job_time, pending_jobs
from feedback.models import utcnow
from feedback.store import Store
from trainer.registry import promote
from trainer.storage import AdapterStorage

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]


SCHEDULE_LEASE = "schedule"


def server_now() -> datetime:
    """Now, aware, in the server's time zone (the cron schedule is in server time)."""
    return datetime.now().astimezone()


class CycleBusy(RuntimeError):
    """Another cycle is running; cycles never overlap."""


@dataclass
class CycleResult:
    run_id: str
    status: str  # succeeded, skipped, failed
    adapter_id: str | None = None
    eligible: bool | None = None
    promoted: bool = False
    message: str = ""


def run_cycle(
    settings: Settings,
    store: Store,
    trigger: str = "cli",
    progress: bool = True,
    on_start: Callable[[str], None] | None = None,
) -> CycleResult:
    """One full cycle in this process. Raises CycleBusy if another cycle holds the lock.

    `on_start(run_id)` is called once the run is recorded (a worker links its job to the run).
    """
    from trainer.gate import evaluate_candidate
    from trainer.train import NothingToTrain, train

    run = store.start_run(trigger, pid=os.getpid())
    if run is None:
        raise CycleBusy("a training cycle is already running")
    try:
        if on_start is not None:
            on_start(run.id)
        store.update_run(run.id, stage="training")
        try:
            trained = train(settings, store, progress=progress)
        except NothingToTrain as exc:
            store.update_run(run.id, status="skipped", stage="done", error=str(exc))
            return CycleResult(run.id, "skipped", message=str(exc))
        store.update_run(run.id, stage="evaluating", adapter_id=trained.adapter_id, progress=0.5)
        gate = evaluate_candidate(settings, store, trained.adapter_id, "active", progress=progress)
        eligible = gate.report.decision["eligible"]
        promoted = False
        if eligible and settings.trainer.auto_approve:
            promote(
                store,
                trained.adapter_id,
                actor="auto",
                reason="trainer.auto_approve: eligible",
                storage=AdapterStorage.from_settings(settings),
            )
            store.update_adapter(
                trained.adapter_id, decision="approved", decided_by="auto", decided_at=utcnow()
            )
            promoted = True
        store.update_run(run.id, status="succeeded", stage="done", progress=1.0)
        verdict = "eligible" if eligible else "rejected"
        message = f"adapter {trained.adapter_id}: {verdict}" + (", promoted" if promoted else "")
        return CycleResult(run.id, "succeeded", trained.adapter_id, eligible, promoted, message)
    except BaseException as exc:
        store.update_run(run.id, status="failed", stage="failed", error=f"{type(exc).__name__}: {exc}"[:500])
        raise


def mark_dead_runs_failed(store: Store, pid: int | None = None) -> int:
    """Runs whose process is gone (killed, machine restarted) are failed; returns how many.

    A process id means something on this machine only: runs of a queued job still held by a worker
    (maybe on another machine) are left to that job's heartbeats, unless `pid` names the process
    this caller started and saw exit.
    """
    dead = 0
    held = {job.run_id for job in pending_jobs(store, "cycle") if job.status == "running" and job.run_id}
    for run in store.runs(limit=50, status="running"):
        if pid is not None and run.pid != pid:
            continue
        if pid is None and run.id in held:
            continue
        if run.pid is None or not _alive(run.pid):
            store.update_run(run.id, status="failed", stage="failed", error="the training process died")
            dead += 1
    return dead


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


async def launch_cycle(
    settings: Settings, store: Store, trigger: str, job_id: str | None = None
) -> int | None:
    """Run `main.py cycle` in a child process (bounded threads, low priority); returns its exit code.

    Returns None without starting anything when a cycle is already running. `job_id`: the queued
    job it runs, linked to the training run by the child.
    """
    mark_dead_runs_failed(store)
    if store.runs(limit=1, status="running"):
        log.info("a cycle is already running; %s trigger skipped", trigger)
        return None
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "main.py"),
        "cycle",
        "--trigger",
        trigger,
        "--quiet",
        *(["--job", job_id] if job_id else []),
        cwd=str(ROOT),
        env=_child_env(settings),
        preexec_fn=lambda: os.nice(10),
    )
    log.info("training cycle started (pid %d, trigger %s)", proc.pid, trigger)
    code = await proc.wait()
    if code != 0:
        # Killed or crashed: whatever it left running is failed; the incumbent keeps serving.
        failed = mark_dead_runs_failed(store, pid=proc.pid)
        log.warning("training cycle exited with %d (%d runs marked failed)", code, failed)
    return code


async def launch_evaluation(settings: Settings, candidate: str, incumbent: str = "active") -> dict:
    """Run `main.py eval --json` in a child process (bounded threads, low priority), so serving stays
    responsive; returns the decision {"eligible", "reasons"}. A refused evaluation (unknown adapter,
    no held-out data) raises RuntimeError with the CLI's one-line message."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "main.py"),
        "eval",
        "--candidate",
        candidate,
        "--incumbent",
        incumbent,
        "--json",
        cwd=str(ROOT),
        env=_child_env(settings),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        preexec_fn=lambda: os.nice(10),
    )
    log.info("evaluation of %s against %s started (pid %d)", candidate, incumbent, proc.pid)
    out, err = await proc.communicate()
    if proc.returncode != 0:
        # The CLI's own message ("kaizen: …") names the problem; it never holds message text.
        lines = [line for line in err.decode(errors="replace").splitlines() if line.startswith("kaizen:")]
        raise RuntimeError(lines[-1] if lines else f"the evaluation process exited with {proc.returncode}")
    report = json.loads(out.decode().strip().splitlines()[-1])
    return report["decision"]


def _child_env(settings: Settings) -> dict[str, str]:
    """A child process's environment: this process's settings source, the trainer's thread budget."""
    threads = str(settings.trainer.threads)
    env = {
        **os.environ,
        "OMP_NUM_THREADS": threads,
        "MKL_NUM_THREADS": threads,
        "KAIZEN_MODEL__TORCH_THREADS": threads,
        "KAIZEN_DATA_DIR": str(settings.data_dir),
    }
    if settings.database_url:
        env["KAIZEN_DATABASE_URL"] = settings.database_url
    return env


class CycleScheduler:
    """Decides when a cycle is due: by cron time and/or by the number of new ratings.

    `due(now)` is a pure question of the store and the clock, so tests can drive it with any `now`.
    Everything it reads is in the database, so whichever process holds the schedule decides alike,
    and a restart or a new holder keeps the schedule (missed runs make one).
    """

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store

    def last_cycle_start(self) -> datetime | None:
        """When the last cycle started or was queued (None if never)."""
        runs = self.store.runs(limit=1)
        times = [t for t in (runs[0].started_at if runs else None, last_job_time(self.store, "cycle")) if t]
        return max(times) if times else None

    def _reference(self) -> datetime | None:
        """The time the next cron fire is counted from: the last cycle, else when the schedule was first held."""
        lease = get_lease(self.store, SCHEDULE_LEASE)
        return self.last_cycle_start() or (lease.created_at if lease else None)

    def next_run(self, now: datetime | None = None) -> datetime | None:
        """The next cron fire time after the last cycle (or after `now` if there is nothing to count from)."""
        cron = self.settings.trainer.schedule
        if not cron:
            return None
        from apscheduler.triggers.cron import CronTrigger

        now = now or utcnow()
        return CronTrigger.from_crontab(cron, timezone="UTC").get_next_fire_time(
            None, self._reference() or now
        )

    def due_by_count(self) -> bool:
        threshold = self.settings.trainer.min_new_ratings
        if not threshold:
            return False
        since = self.last_cycle_start()
        return self.store.counts(since=since)["ratings"] >= threshold

    def due_by_time(self, now: datetime) -> bool:
        """True when a cron fire time passed since the last cycle started (or since `now` minus a day)."""
        cron = self.settings.trainer.schedule
        if not cron:
            return False
        from apscheduler.triggers.cron import CronTrigger

        trigger = CronTrigger.from_crontab(cron, timezone=now.tzinfo or "UTC")
        last = self._reference()
        if last is None:  # nothing ran and nobody held the schedule yet
            return False
        last = last.replace(tzinfo=now.tzinfo) if now.tzinfo and last.tzinfo is None else last
        next_fire = trigger.get_next_fire_time(None, last)
        return next_fire is not None and next_fire <= now

    def due(self, now: datetime) -> str | None:
        """The trigger that makes a cycle due now ('ratings' or 'schedule'), or None."""
        if self.store.runs(limit=1, status="running") or pending_jobs(self.store, "cycle"):
            return None  # never while one runs or waits for a worker
        if self.due_by_count():
            return "ratings"
        if self.due_by_time(now):
            return "schedule"
        return None
