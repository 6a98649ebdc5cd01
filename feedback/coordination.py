"""What several processes agree on through the database: the job queue, leases, handled updates.

Works the same on SQLite (one machine, several processes) and PostgreSQL (several machines):
- a job is claimed by exactly one worker: `SELECT … FOR UPDATE SKIP LOCKED` picks a row no other
  transaction holds (PostgreSQL; SQLite ignores the clause), and the claim itself is an
  `UPDATE … WHERE status = 'queued'` whose row count says whether this worker won;
- a lease is one row per role, taken when free or expired and renewed by its holder;
- a handled update is an insert under a unique key: the second replica's insert fails.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import case, delete, func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from feedback.models import JOB_KINDS, CycleJob, HandledUpdate, Lease, TrainingRun, utcnow
from feedback.store import NotFound, Store


def process_id() -> str:
    """A name for this process that is unique across machines: host, pid and a random tail."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


# the job queue ---------------------------------------------------------------------------------
def enqueue_job(store: Store, kind: str, requested_by: str, payload: dict | None = None) -> CycleJob:
    """Queue a cycle or an evaluation for a worker."""
    if kind not in JOB_KINDS:
        raise ValueError(f"job kind must be one of {', '.join(JOB_KINDS)} (got {kind!r})")
    if kind == "eval":
        eval_job_adapters(payload or {})  # refused now, not when a worker picks it up
    with store.session() as s:
        job = CycleJob(kind=kind, requested_by=requested_by, payload=json.dumps(payload or {}))
        s.add(job)
        s.commit()
        return job


def eval_job_adapters(payload: dict) -> tuple[str, str]:
    """(candidate, incumbent) of an evaluation job's payload; ValueError when the candidate is missing."""
    candidate = payload.get("candidate")
    if not isinstance(candidate, str) or not candidate.strip():
        raise ValueError(
            "an evaluation job needs a candidate adapter id (payload {'candidate': '<adapter id>'})"
        )
    incumbent = payload.get("incumbent", "active")
    return candidate, incumbent if isinstance(incumbent, str) and incumbent.strip() else "active"


def claim_job(store: Store, worker: str, kinds: tuple[str, ...] = JOB_KINDS) -> CycleJob | None:
    """The oldest queued job, now running under `worker`; None when nothing is queued.

    Exactly one worker gets each job, however many claim at once.
    """
    for _ in range(5):  # SQLite: another worker may win the row between our read and our update
        with store.session() as s:
            candidate = s.exec(
                select(CycleJob.id)
                .where(CycleJob.status == "queued", CycleJob.kind.in_(kinds))
                .order_by(CycleJob.created_at, CycleJob.id)
                .limit(1)
                .with_for_update(skip_locked=True)
            ).first()
            if candidate is None:
                s.rollback()
                return None
            now = utcnow()
            won = s.exec(
                update(CycleJob)
                .where(CycleJob.id == candidate, CycleJob.status == "queued")
                .values(
                    status="running",
                    claimed_by=worker,
                    claimed_at=now,
                    heartbeat_at=now,
                    attempts=CycleJob.attempts + 1,
                )
            ).rowcount
            s.commit()
            if won == 1:
                return s.get(CycleJob, candidate, populate_existing=True)
    return None


def heartbeat(store: Store, job_id: str, worker: str) -> bool:
    """Note that `worker` is still on the job; False if the job was taken from it (presumed dead)."""
    with store.session() as s:
        n = s.exec(
            update(CycleJob)
            .where(CycleJob.id == job_id, CycleJob.claimed_by == worker, CycleJob.status == "running")
            .values(heartbeat_at=utcnow())
        ).rowcount
        s.commit()
        return n == 1


def set_job_run(store: Store, job_id: str, run_id: str) -> None:
    """Link a job to the training run it started (so a dead worker's run can be failed later)."""
    with store.session() as s:
        s.exec(update(CycleJob).where(CycleJob.id == job_id).values(run_id=run_id))
        s.commit()


def finish_job(
    store: Store, job_id: str, worker: str, result: dict | None = None, error: str | None = None
) -> bool:
    """Mark the job done (or failed, with `error`). False if it was no longer this worker's."""
    with store.session() as s:
        n = s.exec(
            update(CycleJob)
            .where(CycleJob.id == job_id, CycleJob.claimed_by == worker, CycleJob.status == "running")
            .values(
                status="failed" if error else "done",
                result=json.dumps(result) if result is not None else None,
                error=error[:500] if error else None,
                finished_at=utcnow(),
            )
        ).rowcount
        s.commit()
        return n == 1


def requeue_stale_jobs(store: Store, stale_after: timedelta, max_attempts: int) -> list[CycleJob]:
    """Running jobs whose worker stopped sending heartbeats go back to the queue (or fail after
    `max_attempts` claims); the training runs they left running are failed. Returns those jobs."""
    cutoff = utcnow() - stale_after
    with store.session() as s:
        stale = list(
            s.exec(
                select(CycleJob)
                .where(CycleJob.status == "running", CycleJob.heartbeat_at < cutoff)
                .with_for_update(skip_locked=True)
            )
        )
        for job in stale:
            gone = f"worker {job.claimed_by} stopped sending heartbeats"
            if job.attempts >= max_attempts:
                job.status, job.error, job.finished_at = (
                    "failed",
                    f"{gone} ({job.attempts} attempts)",
                    utcnow(),
                )
            else:
                job.status, job.error = "queued", gone
            job.claimed_by = job.claimed_at = job.heartbeat_at = None
            s.add(job)
            run = s.get(TrainingRun, job.run_id) if job.run_id else None
            if run is not None and run.status == "running":
                run.status, run.stage, run.error = "failed", "failed", "its worker died"
                run.lock, run.finished_at = None, utcnow()
                s.add(run)
        s.commit()
        return stale


def pending_jobs(store: Store, kind: str = "cycle") -> list[CycleJob]:
    """Jobs of `kind` queued or running, oldest first."""
    with store.session() as s:
        stmt = select(CycleJob).where(CycleJob.kind == kind, CycleJob.status.in_(("queued", "running")))
        return list(s.exec(stmt.order_by(CycleJob.created_at)))


def unclaimed_jobs(store: Store, older_than: timedelta) -> list[CycleJob]:
    """Queued jobs that no worker has claimed for longer than `older_than`, oldest first."""
    with store.session() as s:
        stmt = select(CycleJob).where(
            CycleJob.status == "queued", CycleJob.created_at < utcnow() - older_than
        )
        return list(s.exec(stmt.order_by(CycleJob.created_at)))


def last_job_time(store: Store, kind: str = "cycle") -> datetime | None:
    """When the newest job of `kind` was queued (None if never)."""
    with store.session() as s:
        return s.exec(select(func.max(CycleJob.created_at)).where(CycleJob.kind == kind)).one()


def get_job(store: Store, job_id: str) -> CycleJob:
    with store.session() as s:
        job = s.get(CycleJob, job_id)
        if job is None:
            raise NotFound(f"unknown job {job_id!r}")
        return job


def jobs(store: Store, limit: int = 50) -> list[CycleJob]:
    """The newest jobs, newest first."""
    with store.session() as s:
        return list(s.exec(select(CycleJob).order_by(CycleJob.created_at.desc()).limit(limit)))


# leases ----------------------------------------------------------------------------------------
def take_lease(store: Store, name: str, holder: str, ttl: timedelta) -> bool:
    """Take the lease `name` if it is free, expired or already ours, and extend it by `ttl`.

    True while `holder` holds it. Two processes asking at once: one insert or one conditional
    update wins, the other sees a unique-key error or zero rows.
    """
    now = utcnow()
    with store.session() as s:
        renewed = s.exec(
            update(Lease)
            .where(Lease.name == name, or_(Lease.holder == holder, Lease.expires_at < now))
            .values(
                holder=holder,
                expires_at=now + ttl,
                # a new holder is recorded as taking it now; a renewal keeps its time
                acquired_at=case((Lease.holder == holder, Lease.acquired_at), else_=now),
            )
        ).rowcount
        if renewed == 1:
            s.commit()
            return True
        s.rollback()
    with store.session() as s:
        if s.get(Lease, name) is not None:
            return False  # held by someone else, not expired
        s.add(Lease(name=name, holder=holder, expires_at=now + ttl, acquired_at=now, created_at=now))
        try:
            s.commit()
        except IntegrityError:
            return False  # someone else inserted it first
        return True


def release_lease(store: Store, name: str, holder: str) -> None:
    """Give the lease up now (on a clean shutdown), so another process need not wait for expiry."""
    with store.session() as s:
        s.exec(
            update(Lease)
            .where(Lease.name == name, Lease.holder == holder)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
        s.commit()


def get_lease(store: Store, name: str) -> Lease | None:
    with store.session() as s:
        return s.get(Lease, name)


# handled updates --------------------------------------------------------------------------------
def claim_update(store: Store, platform: str, update_id: int, handled_by: str) -> bool:
    """True if this process is the first to take update `update_id` of `platform` in hand."""
    with store.session() as s:
        s.add(HandledUpdate(platform=platform, update_id=update_id, handled_by=handled_by))
        try:
            s.commit()
        except IntegrityError:
            return False
        return True


def prune_handled_updates(store: Store, older_than: timedelta) -> int:
    """Forget handled update ids older than `older_than`; returns how many."""
    with store.session() as s:
        n = s.exec(delete(HandledUpdate).where(HandledUpdate.created_at < utcnow() - older_than)).rowcount
        s.commit()
        return n
