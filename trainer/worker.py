"""Roles as processes: workers run queued cycles and evaluations; one process holds the schedule.

- `Worker` claims jobs from the database queue one at a time (exactly one worker gets each), sends
  heartbeats while it runs one, and puts back the jobs of workers that stopped sending them.
  `python main.py worker` runs one; `serve` runs an embedded one unless `scale.embedded_worker` is off.
- `ScheduleHolder` takes the "schedule" lease; while it holds it, it queues the cycles that are due
  (by cron time or by new ratings). Every serve and worker process runs one; only the holder queues.
  If the holder dies, its lease expires and another process takes over.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta

from config.settings import Settings
from feedback.coordination import (
    claim_job,
    enqueue_job,
    eval_job_adapters,
    finish_job,
    heartbeat,
    pending_jobs,
    process_id,
    release_lease,
    requeue_stale_jobs,
    set_job_run,
    take_lease,
    unclaimed_jobs,
)
from feedback.models import JOB_KINDS, CycleJob, utcnow
from feedback.store import Store
from trainer.cycle import (
    SCHEDULE_LEASE,
    CycleBusy,
    CycleScheduler,
    launch_cycle,
    launch_evaluation,
    run_cycle,
    server_now,
)

log = logging.getLogger(__name__)

JobRunner = Callable[[CycleJob], Awaitable[dict]]


def request_cycle(store: Store, trigger: str) -> CycleJob | None:
    """Queue a training cycle unless one is already queued or running (then None)."""
    if pending_jobs(store, "cycle"):
        log.info("a cycle is already queued or running; %s request skipped", trigger)
        return None
    job = enqueue_job(store, "cycle", trigger)
    log.info("cycle job %s queued (trigger %s)", job.id, trigger)
    return job


class Worker:
    """Claims queued jobs and runs them one at a time with `run_job`, sending heartbeats meanwhile."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        run_job: JobRunner,
        kinds: tuple[str, ...] = JOB_KINDS,
        name: str | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.run_job = run_job
        self.kinds = kinds
        self.name = name or process_id()

    async def run_one(self) -> CycleJob | None:
        """Requeue stale jobs, then claim and run one job; None when the queue is empty."""
        scale = self.settings.scale
        for job in requeue_stale_jobs(
            self.store, timedelta(seconds=scale.stale_after_seconds), scale.max_attempts
        ):
            log.warning("job %s: its worker stopped sending heartbeats; now %s", job.id, job.status)
        job = claim_job(self.store, self.name, self.kinds)
        if job is None:
            return None
        log.info("worker %s: job %s (%s, attempt %d) started", self.name, job.id, job.kind, job.attempts)
        task = asyncio.create_task(self.run_job(job), name=f"job-{job.id}")
        while True:
            done, _ = await asyncio.wait({task}, timeout=scale.heartbeat_seconds)
            if done:
                break
            if not heartbeat(self.store, job.id, self.name):
                log.warning("worker %s: job %s was given to another worker", self.name, job.id)
        try:
            result = task.result()
        except Exception as exc:  # the job failed; the worker goes on with the next one
            log.error("worker %s: job %s failed: %s", self.name, job.id, type(exc).__name__)
            finish_job(self.store, job.id, self.name, error=f"{type(exc).__name__}: {exc}")
        else:
            finish_job(self.store, job.id, self.name, result=result)
            log.info("worker %s: job %s done", self.name, job.id)
        return job

    async def run(self, stop: asyncio.Event | None = None, exit_when_idle: bool = False) -> int:
        """Work until `stop` is set (or, with `exit_when_idle`, the queue is empty); returns jobs run."""
        stop = stop or asyncio.Event()
        count = 0
        while not stop.is_set():
            job = await self.run_one()
            if job is not None:
                count += 1
                continue
            if exit_when_idle:
                break
            try:
                await asyncio.wait_for(stop.wait(), timeout=self.settings.scale.worker_poll_seconds)
            except TimeoutError:
                pass
        return count


def run_in_this_process(settings: Settings, store: Store) -> JobRunner:
    """The job runner of `main.py worker`: cycles and evaluations in the worker's own process."""

    async def run(job: CycleJob) -> dict:
        payload = json.loads(job.payload or "{}")
        if job.kind == "eval":
            from trainer.gate import evaluate_candidate

            gate = await asyncio.to_thread(
                evaluate_candidate,
                settings,
                store,
                *eval_job_adapters(payload),
                progress=False,
            )
            return {"eligible": gate.report.decision["eligible"], "reasons": gate.report.decision["reasons"]}
        try:
            result = await asyncio.to_thread(
                run_cycle,
                settings,
                store,
                job.requested_by,
                False,
                lambda run_id: set_job_run(store, job.id, run_id),
            )
        except CycleBusy as exc:
            return {"status": "skipped", "message": str(exc)}
        return asdict(result)

    return run


def run_in_child_process(settings: Settings, store: Store) -> JobRunner:
    """The job runner embedded in `serve`: each cycle in a `main.py cycle` child process, each
    evaluation in a `main.py eval` one (a model load and generation would stall the replies)."""

    async def run(job: CycleJob) -> dict:
        if job.kind == "eval":
            payload = json.loads(job.payload or "{}")
            return await launch_evaluation(settings, *eval_job_adapters(payload))
        code = await launch_cycle(settings, store, job.requested_by, job_id=job.id)
        if code is None:
            return {"status": "skipped", "message": "a training cycle is already running"}
        if code != 0:
            raise RuntimeError(f"the cycle process exited with {code}")
        return {"status": "finished", "exit_code": code}

    return run


class ScheduleHolder:
    """Takes and renews the schedule lease; while holding it, queues the cycles that are due."""

    def __init__(self, settings: Settings, store: Store, name: str | None = None) -> None:
        self.settings = settings
        self.store = store
        self.name = name or process_id()
        self.holding = False
        self.cycles = CycleScheduler(settings, store)
        self._warned: set[str] = set()  # jobs already reported as unclaimed

    def tick(self, now: datetime | None = None) -> str | None:
        """Renew (or take) the lease; if held, queue a cycle when one is due. Returns the trigger queued."""
        ttl = timedelta(seconds=self.settings.scale.lease_seconds)
        held = take_lease(self.store, SCHEDULE_LEASE, self.name, ttl)
        if held != self.holding:
            log.info("schedule: %s %s the schedule lease", self.name, "took" if held else "lost")
            self.holding = held
        if not held:
            return None
        self.warn_unclaimed()
        trigger = self.cycles.due(now or server_now())
        if trigger is not None and request_cycle(self.store, trigger) is None:
            return None
        return trigger

    def warn_unclaimed(self) -> list[str]:
        """Log once per job that waited longer than `scale.stale_after_seconds` with no worker claiming
        it: with `scale.embedded_worker` off and no `main.py worker`, queued work would wait silently."""
        waited = timedelta(seconds=self.settings.scale.stale_after_seconds)
        new = [job for job in unclaimed_jobs(self.store, waited) if job.id not in self._warned]
        for job in new:
            log.warning(
                "%s job %s has waited %.0f min and no worker has claimed it: is a worker running? "
                "(`main.py worker`, or `serve` with scale.embedded_worker on)",
                job.kind,
                job.id,
                (utcnow() - job.created_at.replace(tzinfo=UTC)).total_seconds() / 60,  # stored naive, in UTC
            )
            self._warned.add(job.id)
        return [job.id for job in new]

    def next_run(self) -> datetime | None:
        """The next cron time of the schedule (the same whoever holds it)."""
        return self.cycles.next_run()

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Tick every `scale.heartbeat_seconds` until stopped; give the lease up on the way out."""
        stop = stop or asyncio.Event()
        try:
            while not stop.is_set():
                try:
                    await asyncio.to_thread(self.tick)
                except Exception as exc:  # a database hiccup: try again next tick; the lease may lapse
                    log.warning("schedule: tick failed (%s)", type(exc).__name__)
                try:
                    await asyncio.wait_for(stop.wait(), timeout=self.settings.scale.heartbeat_seconds)
                except TimeoutError:
                    pass
        finally:
            if self.holding:
                release_lease(self.store, SCHEDULE_LEASE, self.name)
