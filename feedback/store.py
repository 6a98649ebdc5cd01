"""The feedback store: conversations, messages and ratings in SQL (SQLite by default).

The store never sees raw text: callers pass text already scrubbed by `privacy.Scrubber`.
Every method commits before it returns, so what a caller acknowledges to a user is durable.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, event, func, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, create_engine, select

from feedback.migrate import upgrade
from feedback.models import (
    ADAPTER_STATUSES,
    Activation,
    Adapter,
    Conversation,
    Message,
    Rating,
    TrainingRun,
    User,
    utcnow,
)


class NotFound(LookupError):
    """An id that the store does not know."""


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, full fsync and a busy timeout for several processes."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class RatedData:
    """Everything the dataset builder reads, in one consistent snapshot."""

    users: dict[str, User]
    conversations: dict[str, Conversation]
    messages: dict[str, list[Message]]  # conversation id -> messages in order
    ratings: dict[str, list[Rating]]  # assistant message id -> its ratings


def _required(session: Session, model: type, key: str, what: str):  # noqa: ANN202
    """The row of `model` with primary key `key`, or NotFound naming what was asked for."""
    row = session.get(model, key)
    if row is None:
        raise NotFound(f"unknown {what} {key!r}")
    return row


class Store:
    """Queries and writes of the feedback store."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        upgrade(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    # users -----------------------------------------------------------------------------------
    def ensure_user(self, user_id: str, platform: str, is_admin: bool = False) -> User:
        """The user row for a pseudonym, created on first sight."""
        with self.session() as s:
            user = s.get(User, user_id)
            if user is None:
                user = User(id=user_id, platform=platform, is_admin=is_admin)
                s.add(user)
                s.commit()
            elif user.is_admin != is_admin:
                user.is_admin = is_admin
                s.add(user)
                s.commit()
            return user

    def get_user(self, user_id: str) -> User | None:
        with self.session() as s:
            return s.get(User, user_id)

    # conversations and messages --------------------------------------------------------------
    def new_conversation(self, platform: str, chat_id: str) -> Conversation:
        with self.session() as s:
            conv = Conversation(platform=platform, chat_id=chat_id)
            s.add(conv)
            s.commit()
            return conv

    def latest_conversation(self, platform: str, chat_id: str) -> Conversation | None:
        with self.session() as s:
            stmt = (
                select(Conversation)
                .where(Conversation.platform == platform, Conversation.chat_id == chat_id)
                .order_by(Conversation.started_at.desc())
                .limit(1)
            )
            return s.exec(stmt).first()

    def get_conversation(self, conversation_id: str) -> Conversation:
        with self.session() as s:
            return _required(s, Conversation, conversation_id, "conversation")

    def add_message(self, message: Message) -> Message:
        with self.session() as s:
            if message.reply_to is not None and (answered := s.get(Message, message.reply_to)) is not None:
                # a reply sorts after the message it answers, even when the clock stood still between
                # the two or stepped back (conversation order is by created_at)
                floor = _as_utc(answered.created_at) + timedelta(microseconds=1)
                if _as_utc(message.created_at) < floor:
                    message.created_at = floor
            s.add(message)
            s.commit()
            return message

    def get_message(self, message_id: str) -> Message:
        with self.session() as s:
            return _required(s, Message, message_id, "message id")

    def conversation_messages(self, conversation_id: str, before: datetime | None = None) -> list[Message]:
        """Messages of a conversation in order (optionally only those created before a time)."""
        with self.session() as s:
            stmt = select(Message).where(Message.conversation_id == conversation_id)
            if before is not None:
                stmt = stmt.where(Message.created_at < before)
            return list(s.exec(stmt.order_by(Message.created_at)))

    # ratings ---------------------------------------------------------------------------------
    def upsert_rating(self, message_id: str, rater_id: str, value: int, correction: str | None) -> Rating:
        """Record a rating; a second rating by the same rater replaces the first (no duplicates)."""
        with self.session() as s:
            stmt = select(Rating).where(Rating.message_id == message_id, Rating.rater_id == rater_id)
            rating = s.exec(stmt).first()
            if rating is None:
                rating = Rating(message_id=message_id, rater_id=rater_id, value=value, correction=correction)
            else:
                rating.value = value
                # A plain 👍/👎 after a correction keeps the correction; a new correction replaces it.
                if correction is not None:
                    rating.correction = correction
                rating.updated_at = utcnow()
            s.add(rating)
            s.commit()
            return rating

    def ratings_of(self, message_id: str) -> list[Rating]:
        with self.session() as s:
            return list(s.exec(select(Rating).where(Rating.message_id == message_id)))

    def counts(self, since: datetime | None = None) -> dict[str, int]:
        """How many conversations, messages and ratings the store holds (optionally since a time)."""
        with self.session() as s:
            out = {}
            for name, model, col in (
                ("conversations", Conversation, Conversation.started_at),
                ("messages", Message, Message.created_at),
                ("ratings", Rating, Rating.updated_at),
            ):
                stmt = select(func.count()).select_from(model)
                if since is not None:
                    stmt = stmt.where(col >= since)
                out[name] = s.exec(stmt).one()
            return out

    # forgetting --------------------------------------------------------------------------------
    def forget_user(self, user_id: str) -> dict[str, int]:
        """Delete a user's messages, the bot's replies to them, and their ratings and corrections.

        Keeps only a tombstone row (``forgotten_at``) so later training excludes the pseudonym.
        Returns how many rows of each kind were deleted.
        """
        with self.session() as s:
            doomed = self._user_message_ids(s, user_id)
            deleted_ratings = s.exec(delete(Rating).where(self._user_ratings(user_id, doomed))).rowcount
            deleted_messages = s.exec(delete(Message).where(Message.id.in_(doomed))).rowcount if doomed else 0
            user = s.get(User, user_id)
            if user is None:
                user = User(id=user_id, platform="unknown")
            user.forgotten_at = utcnow()
            s.add(user)
            s.commit()
        return {"messages": deleted_messages, "ratings": deleted_ratings}

    def user_data_counts(self, user_id: str) -> dict[str, int]:
        """What `forget_user` would delete now: {"messages", "ratings"}, deleting nothing."""
        with self.session() as s:
            doomed = self._user_message_ids(s, user_id)
            ratings = s.exec(
                select(func.count()).select_from(Rating).where(self._user_ratings(user_id, doomed))
            )
            return {"messages": len(doomed), "ratings": ratings.one()}

    @staticmethod
    def _user_message_ids(s: Session, user_id: str) -> list[str]:
        """A user's messages and the bot's replies to them."""
        own = list(s.exec(select(Message.id).where(Message.user_id == user_id)))
        replies = list(s.exec(select(Message.id).where(Message.reply_to.in_(own)))) if own else []
        return own + replies

    @staticmethod
    def _user_ratings(user_id: str, message_ids: list[str]):  # noqa: ANN205
        """The ratings a user gave, and every rating of `message_ids`."""
        return (Rating.rater_id == user_id) | Rating.message_id.in_(message_ids)

    def record_consent(self, user_id: str) -> None:
        with self.session() as s:
            user = s.get(User, user_id)
            if user is not None and user.consented_at is None:
                user.consented_at = utcnow()
                s.add(user)
                s.commit()

    # retention -------------------------------------------------------------------------------
    def delete_conversations_older_than(self, days: int, now: datetime | None = None) -> int:
        """Delete conversations whose newest message (or start) is older than `days`. Returns how many."""
        cutoff = (now or utcnow()) - timedelta(days=days)
        with self.session() as s:
            last = (
                select(Message.conversation_id, func.max(Message.created_at).label("last"))
                .group_by(Message.conversation_id)
                .subquery()
            )
            stmt = (
                select(Conversation.id)
                .outerjoin(last, last.c.conversation_id == Conversation.id)
                .where(func.coalesce(last.c.last, Conversation.started_at) < cutoff)
            )
            old = list(s.exec(stmt))
            if not old:
                return 0
            old_messages = select(Message.id).where(Message.conversation_id.in_(old))
            s.exec(delete(Rating).where(Rating.message_id.in_(old_messages)))
            s.exec(delete(Message).where(Message.conversation_id.in_(old)))
            s.exec(delete(Conversation).where(Conversation.id.in_(old)))
            s.commit()
            return len(old)

    # audits ----------------------------------------------------------------------------------
    def iter_texts(self) -> Iterator[tuple[str, str, str]]:
        """(kind, id, text) for every stored text: messages and corrections."""
        with self.session() as s:
            for m in s.exec(select(Message)):
                yield "message", m.id, m.text
            for r in s.exec(select(Rating).where(Rating.correction.is_not(None))):
                yield "correction", r.id, r.correction

    def replace_text(self, kind: str, row_id: str, text: str) -> None:
        """Overwrite one stored text (used by `privacy scan --fix`)."""
        with self.session() as s:
            row = s.get(Message if kind == "message" else Rating, row_id)
            if kind == "message":
                row.text = text
            else:
                row.correction = text
            s.add(row)
            s.commit()

    # training data -----------------------------------------------------------------------------
    def rated_data(self) -> RatedData:
        """Conversations holding at least one rated reply, with their messages, ratings and users."""
        with self.session() as s:
            rated_conv_ids = select(Message.conversation_id).join(Rating, Rating.message_id == Message.id)
            convs = list(
                s.exec(
                    select(Conversation)
                    .where(Conversation.id.in_(rated_conv_ids))
                    .order_by(Conversation.started_at, Conversation.id)
                )
            )
            conv_ids = [c.id for c in convs]
            msgs = list(
                s.exec(
                    select(Message)
                    .where(Message.conversation_id.in_(conv_ids))
                    .order_by(Message.created_at, Message.id)
                )
            )
            msg_ids = [m.id for m in msgs]
            ratings = list(
                s.exec(select(Rating).where(Rating.message_id.in_(msg_ids)).order_by(Rating.updated_at))
            )
            users = {u.id: u for u in s.exec(select(User))}
        by_conv: dict[str, list[Message]] = {c.id: [] for c in convs}
        for m in msgs:
            by_conv[m.conversation_id].append(m)
        by_msg: dict[str, list[Rating]] = {}
        for r in ratings:
            by_msg.setdefault(r.message_id, []).append(r)
        return RatedData(users, {c.id: c for c in convs}, by_conv, by_msg)

    # imports -----------------------------------------------------------------------------------
    def has_import(self, import_hash: str) -> bool:
        with self.session() as s:
            stmt = select(Conversation.id).where(Conversation.import_hash == import_hash)
            return s.exec(stmt).first() is not None

    def add_imported_conversation(
        self, conversation: Conversation, users: list[User], messages: list[Message], ratings: list[Rating]
    ) -> None:
        """Write one imported conversation in a single transaction: all of it or nothing."""
        with self.session() as s:
            for user in users:
                if s.get(User, user.id) is None:
                    s.add(user)
            s.add(conversation)
            s.flush()
            for m in messages:
                s.add(m)
            s.flush()
            for r in ratings:
                s.add(r)
            s.commit()

    # adapter registry --------------------------------------------------------------------------
    def add_adapter(self, adapter: Adapter) -> Adapter:
        with self.session() as s:
            s.add(adapter)
            s.commit()
            return adapter

    def get_adapter(self, adapter_id: str) -> Adapter:
        with self.session() as s:
            adapter = _required(s, Adapter, adapter_id, "adapter")
            return adapter

    def adapters(self, status: str | None = None) -> list[Adapter]:
        """Registered adapters, newest first (optionally only those with `status`)."""
        with self.session() as s:
            stmt = select(Adapter)
            if status is not None:
                stmt = stmt.where(Adapter.status == status)
            return list(s.exec(stmt.order_by(Adapter.created_at.desc())))

    def set_adapter_status(self, adapter_id: str, status: str) -> Adapter:
        if status not in ADAPTER_STATUSES:
            raise ValueError(f"adapter status must be one of {', '.join(ADAPTER_STATUSES)}")
        with self.session() as s:
            adapter = _required(s, Adapter, adapter_id, "adapter")
            adapter.status = status
            adapter.updated_at = utcnow()
            s.add(adapter)
            s.commit()
            return adapter

    # promotion -------------------------------------------------------------------------------
    def activate(self, adapter_id: str | None, action: str, actor: str, reason: str) -> Activation:
        """Make `adapter_id` (None: the bare base model) the one active adapter, in one transaction.

        The adapter active before is retired; the change is recorded in the activation history.
        """
        with self.session() as s:
            current = s.exec(select(Adapter).where(Adapter.status == "active")).all()
            for old in current:
                old.status = "retired"
                old.updated_at = utcnow()
                s.add(old)
            if adapter_id is not None:
                new = _required(s, Adapter, adapter_id, "adapter")
                new.status = "active"
                new.updated_at = utcnow()
                s.add(new)
            previous = current[0].id if current else None
            row = Activation(
                adapter_id=adapter_id, previous_id=previous, action=action, actor=actor, reason=reason
            )
            s.add(row)
            s.commit()
            return row

    def activations(self, limit: int = 50) -> list[Activation]:
        """Activation history, newest first."""
        with self.session() as s:
            stmt = select(Activation).order_by(Activation.created_at.desc()).limit(limit)
            return list(s.exec(stmt))

    def update_adapter(self, adapter_id: str, **fields: object) -> Adapter:
        with self.session() as s:
            adapter = _required(s, Adapter, adapter_id, "adapter")
            for name, value in fields.items():
                setattr(adapter, name, value)
            adapter.updated_at = utcnow()
            s.add(adapter)
            s.commit()
            return adapter

    def decide_adapter(self, adapter_id: str, actor: str, decision: str) -> tuple[Adapter, bool]:
        """Record an admin's approve/reject; only the first decision counts. Returns (row, was_first)."""
        with self.session() as s:
            result = s.exec(
                update(Adapter)
                .where(Adapter.id == adapter_id, Adapter.decision.is_(None))
                .values(decision=decision, decided_by=actor, decided_at=utcnow())
            )
            s.commit()
            adapter = _required(s, Adapter, adapter_id, "adapter")
            s.refresh(adapter)
            return adapter, result.rowcount == 1

    # training runs ---------------------------------------------------------------------------
    def start_run(self, trigger: str, pid: int | None = None) -> TrainingRun | None:
        """A new running cycle, or None when another cycle holds the lock (never two at once)."""
        with self.session() as s:
            run = TrainingRun(trigger=trigger, pid=pid, lock="cycle")
            s.add(run)
            try:
                s.commit()
            except IntegrityError:
                s.rollback()
                return None
            return run

    def update_run(self, run_id: str, **fields: object) -> TrainingRun:
        with self.session() as s:
            run = _required(s, TrainingRun, run_id, "training run")
            for name, value in fields.items():
                setattr(run, name, value)
            if fields.get("status") in ("succeeded", "failed", "skipped"):
                run.lock = None
                run.finished_at = utcnow()
            s.add(run)
            s.commit()
            return run

    def runs(self, limit: int = 20, status: str | None = None) -> list[TrainingRun]:
        with self.session() as s:
            stmt = select(TrainingRun)
            if status is not None:
                stmt = stmt.where(TrainingRun.status == status)
            return list(s.exec(stmt.order_by(TrainingRun.started_at.desc()).limit(limit)))

    def ratings_per_day(self, days: int = 30) -> list[tuple[str, int]]:
        """(YYYY-MM-DD, ratings updated that day) for the last `days` days, oldest first."""
        since = utcnow() - timedelta(days=days)
        with self.session() as s:
            rows = s.exec(select(Rating.updated_at).where(Rating.updated_at >= since)).all()
        counts: dict[str, int] = {}
        for ts in rows:
            counts[ts.strftime("%Y-%m-%d")] = counts.get(ts.strftime("%Y-%m-%d"), 0) + 1
        return sorted(counts.items())


def _as_utc(moment: datetime) -> datetime:
    """`moment` with its time zone (SQLite hands back naive datetimes; Kaizen stores UTC)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
