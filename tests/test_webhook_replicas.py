"""Telegram webhook mode with two replicas on one PostgreSQL database: an update is handled once."""

from __future__ import annotations

import asyncio
import logging
import subprocess
from datetime import timedelta

import httpx
import pytest

from bot.runtime import ModelRuntime
from bot.service import ChatService
from bot.telegram import build_telegram_application, start_telegram, stop_telegram, webhook_secret
from config import load_settings
from feedback.coordination import prune_handled_updates
from feedback.store import Store
from privacy import Scrubber
from tests.helpers import free_port
from tests.telegram_api_server import FakeBotApi

USER = 42
CANARY_EMAIL = "canary.replica@example.org"
CANARY_PHONE = "+1 415 555 0142"


@pytest.fixture
async def api():
    server = await FakeBotApi().start()
    yield server
    await server.stop()


@pytest.fixture
def db_url(postgres):
    """Replicas share one PostgreSQL database (overrides conftest's SQLite default)."""
    url = postgres.fresh_database()
    yield url
    postgres.drop_database(url)


def replica(tmp_path, name: str, url: str, api: FakeBotApi, model_dir: str):
    """One serve replica: its own data dir and webhook port, the shared database."""
    settings = load_settings(
        data_dir=tmp_path / name,
        database_url=url,
        pseudonym_key="shared-replica-key",  # replicas share the key, so pseudonyms agree
        model={"base": model_dir, "max_new_tokens": 8, "timeout_seconds": 60},
        telegram={
            "token": api.token,
            "base_url": api.base_url,
            "webhook_url": "https://bot.example.org/tg/hook",
            "webhook_port": free_port(),
        },
    )
    runtime = ModelRuntime(settings.model)
    runtime.load()
    store = Store(url)
    scrubber = Scrubber(settings.privacy, key=b"test-surrogate-key")
    return settings, ChatService(settings, store, scrubber, runtime)


async def test_an_update_posted_to_two_replicas_is_handled_once(
    tmp_path, tiny_model_dir, api, db_url, postgres, caplog
):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)  # as main.setup_logging does
    replicas = [replica(tmp_path, name, db_url, api, tiny_model_dir) for name in ("a", "b")]
    apps, handles = [], []
    for settings, service in replicas:
        app = build_telegram_application(service, settings)
        apps.append(app)
        handles.append(await start_telegram(app, settings))
    try:
        secret = {"X-Telegram-Bot-Api-Secret-Token": webhook_secret(replicas[0][0])}
        urls = [f"http://127.0.0.1:{s.telegram.webhook_port}/tg/hook" for s, _ in replicas]
        async with httpx.AsyncClient() as client:
            sent = []
            for i in range(3):
                update = api.send_text(USER, f"hello {i}, mail {CANARY_EMAIL} or call {CANARY_PHONE}")
                sent.append(update["message"]["message_id"])
                # The load balancer (or Telegram's retry) delivers the same update to both at once.
                answers = await asyncio.gather(*(client.post(u, json=update, headers=secret) for u in urls))
                assert [a.status_code for a in answers] == [200, 200]
        await api.wait_for(lambda: len(api.sent(USER)) >= 3)
        await asyncio.sleep(1.0)  # a duplicate would have been answered by now
    finally:
        for app, handle in zip(apps, handles, strict=True):
            await stop_telegram(app, handle)
    replies = [m for m in api.sent(USER) if m.get("reply_to_message")]
    answered = sorted(m["reply_to_message"]["message_id"] for m in replies)
    assert answered == sorted(sent)  # each once, by whichever replica took it
    store = replicas[0][1].store
    assert store.counts()["messages"] == 6  # 3 user messages + 3 replies, no duplicates
    # Nothing personal reached the database (a full dump) or the logs.
    dump = subprocess.run(
        [str(postgres.bin / "pg_dump"), "--data-only", db_url.replace("+psycopg", "")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "handled_updates" in dump and str(update["update_id"]) in dump
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for canary in (CANARY_EMAIL, CANARY_PHONE):
        assert canary not in dump and canary not in logged
    assert "taken by another replica" in logged
    # Old ids are pruned; recent ones are kept.
    assert prune_handled_updates(store, older_than=timedelta(days=7)) == 0
    assert prune_handled_updates(store, older_than=timedelta(seconds=0)) == 3
