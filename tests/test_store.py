import os
import re
import stat

import pytest
from sqlalchemy import inspect, text

from feedback.models import Conversation, Message
from feedback.store import Store
from privacy import load_or_create_key, pseudonym

pytestmark = pytest.mark.both_databases


def test_migrations_create_the_schema_and_record_the_version(db_url):
    store = Store(db_url)
    names = set(inspect(store.engine).get_table_names())
    assert {"user", "conversation", "message", "rating", "alembic_version"} <= names
    with store.engine.connect() as c:
        assert c.execute(text("select version_num from alembic_version")).scalar() == _head_revision()
        if store.engine.dialect.name == "sqlite":
            assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    # Opening again is a no-op migration.
    Store(db_url)


def _head_revision() -> str:
    from alembic.script import ScriptDirectory

    from feedback.migrate import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def _reply(store: Store) -> Message:
    conv = store.new_conversation("web", "chat-1")
    store.ensure_user("u1", "web")
    store.ensure_user("u2", "web")
    return store.add_message(Message(conversation_id=conv.id, role="assistant", text="hi"))


def test_last_rating_of_a_user_wins_without_duplicates(db_url):
    store = Store(db_url)
    msg = _reply(store)
    store.upsert_rating(msg.id, "u1", 1, None)
    store.upsert_rating(msg.id, "u1", 1, None)
    store.upsert_rating(msg.id, "u1", -1, "better")
    store.upsert_rating(msg.id, "u2", 1, None)
    ratings = {r.rater_id: r for r in store.ratings_of(msg.id)}
    assert len(ratings) == 2
    assert ratings["u1"].value == -1 and ratings["u1"].correction == "better"
    # A later plain rating keeps the correction.
    store.upsert_rating(msg.id, "u1", -1, None)
    assert {r.rater_id: r for r in store.ratings_of(msg.id)}["u1"].correction == "better"
    assert store.counts()["ratings"] == 2


def test_a_reply_sorts_after_the_message_it_answers_whatever_the_clock_says(db_url):
    # the same instant, or a clock stepped back between the two: the conversation still reads in order
    from datetime import timedelta

    store = Store(db_url)
    conv = store.new_conversation("web", "c")
    asked = store.add_message(Message(conversation_id=conv.id, role="user", text="hi"))
    same = store.add_message(
        Message(
            conversation_id=conv.id,
            role="assistant",
            text="a",
            reply_to=asked.id,
            created_at=asked.created_at,
        )
    )
    earlier = store.add_message(
        Message(
            conversation_id=conv.id,
            role="assistant",
            text="b",
            reply_to=asked.id,
            created_at=asked.created_at - timedelta(seconds=5),
        )
    )
    order = [m.id for m in store.conversation_messages(conv.id)]
    assert order[0] == asked.id and set(order[1:]) == {same.id, earlier.id}


def test_latest_conversation_of_a_chat(db_url):
    store = Store(db_url)
    first = store.new_conversation("web", "c")
    second = store.new_conversation("web", "c")
    assert store.latest_conversation("web", "c").id == second.id != first.id
    assert store.latest_conversation("web", "other") is None
    assert isinstance(first, Conversation)


def test_pseudonym_key_is_generated_once_with_owner_only_permissions(tmp_path):
    key = load_or_create_key(tmp_path)
    path = tmp_path / "keys" / "pseudonym.key"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_or_create_key(tmp_path) == key
    assert pseudonym(key, "telegram", 42) == pseudonym(key, "telegram", "42")
    assert pseudonym(key, "telegram", 42) != pseudonym(key, "discord", 42)
    assert pseudonym(b"other", "telegram", 42) != pseudonym(key, "telegram", 42)
    assert re.fullmatch(r"[0-9a-f]{32}", pseudonym(key, "telegram", 42))  # a keyed hash, not the id
    assert load_or_create_key(tmp_path, env_key="from-env") == b"from-env"


def test_times_are_utc_aware_and_retention_and_forgetting_work(db_url):
    from datetime import UTC, datetime, timedelta

    store = Store(db_url)
    msg = _reply(store)
    store.upsert_rating(msg.id, "u1", 1, "fine")
    stored = store.get_message(msg.id)
    assert stored.created_at.tzinfo is not None and stored.created_at.utcoffset() == timedelta(0)
    assert abs(stored.created_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert store.counts(since=datetime.now(UTC) - timedelta(minutes=1))["ratings"] == 1
    later = datetime.now(UTC) + timedelta(days=181)
    assert store.delete_conversations_older_than(180, now=datetime.now(UTC)) == 0
    assert store.delete_conversations_older_than(180, now=later) == 1
    assert store.counts() == {"conversations": 0, "messages": 0, "ratings": 0}
    user_msg = store.add_message(
        Message(conversation_id=store.new_conversation("web", "c").id, role="user", text="x", user_id="u2")
    )
    assert store.forget_user("u2") == {"messages": 1, "ratings": 0}
    assert store.get_user("u2").forgotten_at is not None and user_msg.id
