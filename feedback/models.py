"""The store's tables. Every text column holds scrubbed text only; ids of people are pseudonyms."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import BigInteger, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return uuid.uuid4().hex


class User(SQLModel, table=True):
    """A person on one platform, known only by a keyed hash of platform and platform user id."""

    id: str = Field(primary_key=True, description="pseudonym(platform, platform user id)")
    platform: str = Field(index=True)
    is_admin: bool = False
    consented_at: datetime | None = None
    forgotten_at: datetime | None = Field(default=None, description="Tombstone: asked to be forgotten.")
    created_at: datetime = Field(default_factory=utcnow)


class Conversation(SQLModel, table=True):
    """One conversation context in one chat; /new starts another one in the same chat."""

    id: str = Field(default_factory=new_id, primary_key=True)
    platform: str = Field(index=True)
    chat_id: str = Field(index=True, description="pseudonym(platform, platform chat id)")
    started_at: datetime = Field(default_factory=utcnow, index=True)
    import_hash: str | None = Field(
        default=None, unique=True, description="Keyed hash of an imported conversation: no duplicates."
    )


class Message(SQLModel, table=True):
    """A turn: a user's message or a bot reply (with the model and adapter that produced it)."""

    id: str = Field(default_factory=new_id, primary_key=True)
    conversation_id: str = Field(foreign_key="conversation.id", index=True)
    user_id: str | None = Field(default=None, foreign_key="user.id", index=True)
    role: str = Field(description="user or assistant")
    text: str = Field(description="Scrubbed text.")
    reply_to: str | None = Field(
        default=None,
        index=True,
        description="For replies: the user message answered. Regenerations share it.",
    )
    system_prompt: str | None = Field(default=None, description="Persona in force when the reply was made.")
    model: str | None = None
    adapter_id: str | None = None
    latency_ms: int | None = None
    created_at: datetime = Field(default_factory=utcnow, index=True)


class Rating(SQLModel, table=True):
    """A person's verdict on a reply. One row per (message, rater): the last rating wins."""

    __table_args__ = (UniqueConstraint("message_id", "rater_id", name="uq_rating_message_rater"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    message_id: str = Field(foreign_key="message.id", index=True)
    rater_id: str = Field(foreign_key="user.id", index=True)
    value: int = Field(description="1 (👍) or -1 (👎)")
    correction: str | None = Field(default=None, description="Scrubbed better reply written by the rater.")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)


ADAPTER_STATUSES = ("trained", "evaluated", "eligible", "rejected", "active", "retired", "failed")


class Adapter(SQLModel, table=True):
    """A LoRA adapter in the registry; its files live in data_dir/adapters/<id>/ (with kaizen.json)."""

    id: str = Field(primary_key=True)
    status: str = Field(default="trained", index=True, description="One of ADAPTER_STATUSES.")
    path: str = Field(description="Directory of the PEFT files and kaizen.json.")
    base_model: str
    base_fingerprint: str
    method: str = Field(description="sft, kto or dpo.")
    dataset_hash: str
    parent_id: str | None = Field(default=None, description="Adapter training continued from, if any.")
    metrics: str = Field(default="{}", description="JSON: training metrics (and later evaluation).")
    evaluation: str | None = Field(default=None, description="JSON: the gate's decision and key numbers.")
    report_path: str | None = Field(default=None, description="Directory of the evaluation report.")
    decided_by: str | None = Field(default=None, description="Admin who approved or rejected it first.")
    decision: str | None = Field(default=None, description="approved or rejected (by an admin).")
    decided_at: datetime | None = None
    notified_at: datetime | None = Field(default=None, description="When admins were asked to decide.")
    forgotten_contributors: int = Field(
        default=0, description="People who trained it and later asked to be forgotten (flag for retraining)."
    )
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)


class Activation(SQLModel, table=True):
    """One change of the adapter serving: who, when, why. `adapter_id` None means the bare base model."""

    id: str = Field(default_factory=new_id, primary_key=True)
    adapter_id: str | None = Field(default=None, index=True)
    previous_id: str | None = None
    action: str = Field(description="promote, rollback or force")
    actor: str = Field(description="Who: 'cli', 'web-admin', 'auto', or 'telegram:<pseudonym>' …")
    reason: str = ""
    created_at: datetime = Field(default_factory=utcnow, index=True)


class TrainingRun(SQLModel, table=True):
    """A training cycle: build → train → evaluate → ask for approval. At most one runs at a time."""

    id: str = Field(default_factory=new_id, primary_key=True)
    status: str = Field(default="running", index=True, description="running, succeeded, failed")
    trigger: str = Field(description="schedule, ratings, cli, admin")
    stage: str = Field(default="starting", description="What it is doing now.")
    progress: float = Field(default=0.0, description="0..1 within the stage.")
    adapter_id: str | None = None
    error: str | None = None
    pid: int | None = None
    # "cycle" while running, NULL after: a unique column makes "one cycle at a time" atomic in any database.
    lock: str | None = Field(default=None, sa_column_kwargs={"unique": True})
    started_at: datetime = Field(default_factory=utcnow, index=True)
    finished_at: datetime | None = None


# Several processes agree through the database: the job queue, leases, handled webhook updates. ----------
JOB_KINDS = ("cycle", "eval")
JOB_STATUSES = ("queued", "running", "done", "failed")


class CycleJob(SQLModel, table=True):
    """A training cycle or evaluation waiting for a worker; claimed by exactly one at a time."""

    __tablename__ = "cycle_jobs"

    id: str = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(default="cycle", description="cycle or eval (one of JOB_KINDS).")
    requested_by: str = Field(description="What asked for it: schedule, ratings, admin, cli …")
    payload: str = Field(default="{}", description="JSON: arguments, e.g. an eval's candidate and incumbent.")
    status: str = Field(default="queued", index=True, description="One of JOB_STATUSES.")
    attempts: int = Field(default=0, description="How many times a worker claimed it.")
    claimed_by: str | None = Field(default=None, description="Worker id holding it (host:pid:random).")
    claimed_at: datetime | None = None
    heartbeat_at: datetime | None = Field(default=None, description="Last sign of life of its worker.")
    run_id: str | None = Field(default=None, description="The training run it started, if any.")
    result: str | None = Field(default=None, description="JSON: what the job produced.")
    error: str | None = None
    created_at: datetime = Field(default_factory=utcnow, index=True)
    finished_at: datetime | None = None


class Lease(SQLModel, table=True):
    """A named role held by one process until `expires_at`; the holder renews it, others wait for expiry."""

    __tablename__ = "leases"

    name: str = Field(primary_key=True)
    holder: str
    expires_at: datetime
    acquired_at: datetime = Field(default_factory=utcnow, description="When the current holder took it.")
    created_at: datetime = Field(default_factory=utcnow, description="When the role was first held.")


class HandledUpdate(SQLModel, table=True):
    """A platform update (e.g. a Telegram update_id) taken in hand by one replica: the key is unique."""

    __tablename__ = "handled_updates"
    __table_args__ = (UniqueConstraint("platform", "update_id", name="uq_handled_update"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str
    update_id: int = Field(sa_type=BigInteger)
    handled_by: str = Field(description="Replica that took it (host:pid).")
    created_at: datetime = Field(default_factory=utcnow, index=True)
