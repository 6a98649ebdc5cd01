"""The training cycle: build → train → evaluate → ask for approval (or auto-approve), and its schedule.

`run_cycle` is the one code path, used by `python main.py cycle` and by the schedule. The serving
process never trains in its own process: `launch_cycle` starts `main.py cycle` as a child process with
few threads and low priority, so the bot keeps answering, and a crash or kill of that process only
marks the run failed while the incumbent keeps serving.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from config.settings import Settings
from feedback.models import utcnow
from feedback.store import Store
from trainer.registry import promote
from trainer.storage import AdapterStorage

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]


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


def run_cycle(settings: Settings, store: Store, trigger: str = "cli", progress: bool = True) -> CycleResult:
    """One full cycle in this process. Raises CycleBusy if another cycle holds the lock."""
    from trainer.gate import evaluate_candidate
    from trainer.train import NothingToTrain, train

    run = store.start_run(trigger, pid=os.getpid())
    if run is None:
        raise CycleBusy("a training cycle is already running")
    try:
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


def mark_dead_runs_failed(store: Store) -> int:
    """Runs whose process is gone (killed, machine restarted) are failed; returns how many."""
    dead = 0
    for run in store.runs(limit=50, status="running"):
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


async def launch_cycle(settings: Settings, store: Store, trigger: str) -> int | None:
    """Run `main.py cycle` in a child process (bounded threads, low priority); returns its exit code.

    Returns None without starting anything when a cycle is already running.
    """
    mark_dead_runs_failed(store)
    if store.runs(limit=1, status="running"):
        log.info("a cycle is already running; %s trigger skipped", trigger)
        return None
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
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "main.py"),
        "cycle",
        "--trigger",
        trigger,
        "--quiet",
        cwd=str(ROOT),
        env=env,
        preexec_fn=lambda: os.nice(10),
    )
    log.info("training cycle started (pid %d, trigger %s)", proc.pid, trigger)
    code = await proc.wait()
    if code != 0:
        # Killed or crashed: whatever it left running is failed; the incumbent keeps serving.
        failed = mark_dead_runs_failed(store)
        log.warning("training cycle exited with %d (%d runs marked failed)", code, failed)
    return code


class CycleScheduler:
    """Decides when a cycle is due: by cron time and/or by the number of new ratings.

    `due(now)` is a pure question of the store and the clock, so tests can drive it with any `now`.
    """

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store

    def last_cycle_start(self) -> datetime | None:
        runs = self.store.runs(limit=1)
        return runs[0].started_at if runs else None

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
        last = self.last_cycle_start()
        if last is None:
            return False  # nothing ran yet: the first fire time after start decides
        last = last.replace(tzinfo=now.tzinfo) if now.tzinfo and last.tzinfo is None else last
        next_fire = trigger.get_next_fire_time(None, last)
        return next_fire is not None and next_fire <= now

    def due(self, now: datetime) -> str | None:
        """The trigger that makes a cycle due now ('ratings' or 'schedule'), or None."""
        if self.store.runs(limit=1, status="running"):
            return None
        if self.due_by_count():
            return "ratings"
        if self.due_by_time(now):
            return "schedule"
        return None


# The serving process's schedule ---------------------------------------------------------------------
_serving: dict[str, object] = {}


async def scheduled_cycle() -> None:
    """The job APScheduler persists (by reference) and fires on `trainer.schedule`."""
    settings, store = _serving.get("settings"), _serving.get("store")
    if settings is None:
        log.warning("scheduled cycle fired before the schedule was set up; skipped")
        return
    await launch_cycle(settings, store, "schedule")


def start_schedule(scheduler, settings: Settings, store: Store) -> None:  # noqa: ANN001
    """Add the training jobs to a started-or-not AsyncIOScheduler.

    The cron job lives in a persistent job store in the same database, so a restart keeps it (and a
    missed nightly run still fires within the grace time). The ratings check runs every minute.
    """
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.triggers.cron import CronTrigger

    _serving.update(settings=settings, store=store)
    mark_dead_runs_failed(store)
    cfg = settings.trainer
    scheduler.add_jobstore(
        SQLAlchemyJobStore(url=settings.db_url, tablename="apscheduler_jobs"), "persistent"
    )
    if cfg.schedule:
        scheduler.add_job(
            scheduled_cycle,
            CronTrigger.from_crontab(cfg.schedule),
            id="training-cycle",
            jobstore="persistent",
            replace_existing=True,
            coalesce=True,  # several missed runs make one
            misfire_grace_time=6 * 3600,
            max_instances=1,
        )
    elif scheduler.get_job("training-cycle", jobstore="persistent") is not None:
        scheduler.remove_job("training-cycle", jobstore="persistent")
    if cfg.min_new_ratings:
        cycles = CycleScheduler(settings, store)

        async def check_ratings() -> None:
            if cycles.due_by_count() and not store.runs(limit=1, status="running"):
                await launch_cycle(settings, store, "ratings")

        scheduler.add_job(check_ratings, "interval", seconds=60, id="ratings-trigger", max_instances=1)


def next_scheduled_run(scheduler) -> datetime | None:  # noqa: ANN001
    job = scheduler.get_job("training-cycle") if scheduler else None
    return job.next_run_time if job else None
