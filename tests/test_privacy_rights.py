"""Forgetting, retention, consent, and the privacy CLI."""

import subprocess
import sys
from datetime import timedelta

import httpx
import pytest

from bot.service import ConsentRequired, Participant
from bot.web import create_web_app
from feedback.models import Message, utcnow
from feedback.store import NotFound
from tests.helpers import ROOT


async def test_first_contact_shows_the_privacy_notice_once(service):
    first = await service.handle_message("web", "newcomer", "c", "hello")
    second = await service.handle_message("web", "newcomer", "c", "again")
    assert first.notice and "/forget" in first.notice
    assert second.notice is None


async def test_with_consent_required_nothing_is_stored_until_accepted(service, store):
    service.settings.privacy.require_consent = True
    with pytest.raises(ConsentRequired):
        await service.handle_message("telegram", 77, 77, "hi, I am Ann Lee")
    assert store.counts() == {"conversations": 0, "messages": 0, "ratings": 0}
    assert store.get_user(service.user_id("telegram", 77)) is None
    assert service.needs_consent("telegram", 77)
    service.give_consent("telegram", 77)
    assert not service.needs_consent("telegram", 77)
    reply = await service.handle_message("telegram", 77, 77, "hi")
    assert store.get_message(reply.message_id).role == "assistant"


async def test_consent_off_stores_from_the_first_message(service, store):
    assert not service.needs_consent("web", "x")
    await service.handle_message("web", "x", "x", "hi")
    assert store.counts()["messages"] == 2


async def test_web_consent_flow(service):
    service.settings.privacy.require_consent = True
    transport = httpx.ASGITransport(app=create_web_app(service))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        r = await c.post("/api/chat", json={"session": "s", "text": "hi"})
        assert r.status_code == 451 and "personal data" in r.json()["error"]
        assert (await c.post("/api/consent", json={"session": "s"})).status_code == 200
        assert (await c.post("/api/chat", json={"session": "s", "text": "hi"})).status_code == 200


async def test_retention_deletes_exactly_the_old_conversations(service, store):
    old = await service.handle_message("web", "u", "old-chat", "old")
    recent = await service.handle_message("web", "u", "new-chat", "recent")
    await service.rate(old.message_id, Participant("web", "u", "old-chat"), 1)
    # Age the first conversation by 200 days.
    with store.session() as s:
        for m in s.query(Message).filter(Message.conversation_id == old.conversation_id):
            m.created_at = utcnow() - timedelta(days=200)
            s.add(m)
        s.commit()
    assert store.delete_conversations_older_than(180) == 1
    with pytest.raises(NotFound):
        store.get_conversation(old.conversation_id)
    assert store.get_conversation(recent.conversation_id)
    assert store.counts() == {"conversations": 1, "messages": 2, "ratings": 0}
    assert store.delete_conversations_older_than(180) == 0


def _cli(args, data_dir, stdin=None, **extra_env):
    env = {"KAIZEN_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin", "HOME": str(data_dir), **extra_env}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_privacy_scrub_cli_scrubs_stdin_lines(tmp_path):
    lines = "mail me at ann.lee@example.com\nnothing here\n"
    proc = _cli(["privacy", "scrub"], tmp_path, stdin=lines, KAIZEN_PRIVACY__REPLACE="placeholder")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["mail me at <EMAIL_ADDRESS>", "nothing here"]
    proc = _cli(["privacy", "scrub"], tmp_path, stdin=lines)  # default: surrogates
    out = proc.stdout.splitlines()
    assert out[1] == "nothing here" and out[0].startswith("mail me at ") and "ann.lee" not in out[0]
    assert "@" in out[0]


async def test_scan_finds_planted_residue_and_fix_removes_it(service, store, settings):
    settings.privacy.replace = "placeholder"
    reply = await service.handle_message("web", "u", "c", "hello")
    # Residue from an older, weaker scrubber: plant it directly.
    store.replace_text("message", reply.message_id, "contact bob.planted@example.com please")
    proc = _cli(["privacy", "scan"], settings.data_dir, KAIZEN_PRIVACY__REPLACE="placeholder")
    assert proc.returncode == 0, proc.stderr
    assert "1 with personal data" in proc.stdout and "EMAIL_ADDRESS: 1" in proc.stdout
    assert "bob.planted" in store.get_message(reply.message_id).text
    proc = _cli(["privacy", "scan", "--fix"], settings.data_dir, KAIZEN_PRIVACY__REPLACE="placeholder")
    assert "(fixed)" in proc.stdout
    assert "bob.planted" not in store.get_message(reply.message_id).text
    again = _cli(["privacy", "scan"], settings.data_dir, KAIZEN_PRIVACY__REPLACE="placeholder")
    assert "0 with personal data" in again.stdout


async def test_forget_cli_deletes_a_users_data(service, store, settings):
    await service.handle_message("telegram", 4242, 4242, "remember me")
    proc = _cli(["forget", "--platform", "telegram", "--user", "4242"], settings.data_dir)
    assert proc.returncode == 0, proc.stderr
    assert "deleted 2 messages" in proc.stdout
    assert store.counts()["messages"] == 0


async def test_forgetting_flags_adapters_trained_on_the_users_data_and_the_next_dataset_excludes_them(
    service, store, settings, tiny_model_dir, tmp_path
):
    import json

    from feedback.models import Adapter
    from privacy import load_or_create_key
    from tests.helpers import make_tiny_adapter
    from trainer.dataset import build_dataset

    reply = await service.handle_message("telegram", 31, 31, "teach me")
    await service.rate(reply.message_id, Participant("telegram", "31", "31"), 1)
    pid = service.user_id("telegram", "31")
    path = make_tiny_adapter(tiny_model_dir, tmp_path / "a")
    (path / "kaizen.json").write_text(json.dumps({"contributors": [pid, "someone-else"]}))
    other = make_tiny_adapter(tiny_model_dir, tmp_path / "b")
    (other / "kaizen.json").write_text(json.dumps({"contributors": ["someone-else"]}))
    for name, p in (("a", path), ("b", other)):
        store.add_adapter(
            Adapter(
                id=name, path=str(p), base_model="t", base_fingerprint="f", method="sft", dataset_hash="d"
            )
        )
    settings.trainer.heldout_fraction = 0.0
    key = load_or_create_key(settings.data_dir)
    assert build_dataset(store, settings, key).counts()["sft"]["train"] == 1
    counts = await service.forget("telegram", 31)
    assert counts["adapters_flagged"] == 1
    assert (
        store.get_adapter("a").forgotten_contributors == 1
        and store.get_adapter("b").forgotten_contributors == 0
    )
    assert build_dataset(store, settings, key).counts()["sft"]["train"] == 0
