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
    # Residue from an older, weaker scrubber: plant it directly (not at example.com, where fakes live).
    store.replace_text("message", reply.message_id, "contact bob.planted@mailbox.org please")
    proc = _cli(["privacy", "scan"], settings.data_dir, KAIZEN_PRIVACY__REPLACE="placeholder")
    assert proc.returncode == 0, proc.stderr
    assert "1 with personal data" in proc.stdout and "EMAIL_ADDRESS: 1" in proc.stdout
    assert "bob.planted" in store.get_message(reply.message_id).text
    proc = _cli(["privacy", "scan", "--fix"], settings.data_dir, KAIZEN_PRIVACY__REPLACE="placeholder")
    assert "(fixed)" in proc.stdout
    assert "bob.planted" not in store.get_message(reply.message_id).text
    again = _cli(["privacy", "scan"], settings.data_dir, KAIZEN_PRIVACY__REPLACE="placeholder")
    assert "0 with personal data" in again.stdout


SCAN_KEY = "scan-test-surrogate-key"
REAL_TEXTS = [
    "hi I'm Maria Garcia, mail maria.garcia@gmail.com or call +44 20 7946 0958",
    "my number is (415) 555-2671 and my ip is 10.1.2.3",
    "card 5425 2334 3010 9903, iban DE35370400440532013099",
    "I live at 742 Evergreen Terrace, born 04/07/1979, follow @zbig_canary",
    "my api key is sk-abc123def456ghi789jkl and password is Hunter2Canary!",
    "Talked to Sarah Connor and JOHN SMITH yesterday",
]
RESIDUE = " | my name is Wilhelmina Zbigniewska, mail w.zbig@canary-mail.org, call +48 601 234 567"


def _scan_in_process(data_dir, *args: str, **env: str) -> str:
    """`main.py privacy scan` in this process: the spaCy engine is already loaded here (seconds, not 20 s)."""
    from typer.testing import CliRunner

    from main import cli

    result = CliRunner().invoke(
        cli, ["privacy", "scan", *args], env={"KAIZEN_DATA_DIR": str(data_dir), **env}
    )
    assert result.exit_code == 0, result.output
    return result.output


async def test_scan_in_surrogate_mode_counts_only_real_residue_and_fix_keeps_surrogates(
    service, store, settings
):
    from config.settings import PrivacySettings
    from privacy import Scrubber

    surrogates = Scrubber(PrivacySettings(replace="surrogate", surrogate_key=SCAN_KEY))
    for _ in range(len(REAL_TEXTS) // 2):  # each turn stores a message and a reply
        await service.handle_message("web", "u", "c", "hello")
    rows = list(store.iter_texts())
    assert len(rows) == len(REAL_TEXTS)
    stored = {}
    for (_kind, row_id, _), text in zip(rows, REAL_TEXTS, strict=True):
        stored[row_id] = surrogates.scrub(text, "conv-1")
        assert surrogates.find(stored[row_id])  # the surrogates look like personal data to a scanner
    planted = rows[0][1]
    stored[planted] += RESIDUE
    for kind, row_id, _ in rows:
        store.replace_text(kind, row_id, stored[row_id])
    env = {"KAIZEN_PRIVACY__SURROGATE_KEY": SCAN_KEY}

    out = _scan_in_process(settings.data_dir, **env)
    lines = out.splitlines()
    assert lines[0] == f"scanned {len(rows)} texts; 1 with personal data", out
    assert lines[1:4] == ["  EMAIL_ADDRESS: 1", "  PERSON: 1", "  PHONE_NUMBER: 1"], out
    assert lines[4].startswith("surrogates (fake values written by Kaizen, not counted above): "), out
    assert "PERSON" in lines[4] and "EMAIL_ADDRESS" in lines[4] and len(lines) == 5
    assert {row_id: text for _, row_id, text in store.iter_texts()} == stored  # a plain scan changes nothing

    assert "(fixed)" in _scan_in_process(settings.data_dir, "--fix", **env)
    after = {row_id: text for _, row_id, text in store.iter_texts()}
    for row_id, text in stored.items():
        if row_id != planted:
            assert after[row_id] == text  # untouched: only surrogates there
    assert after[planted].startswith(stored[planted].removesuffix(RESIDUE))  # its surrogates kept
    for value in ("Wilhelmina", "Zbigniewska", "w.zbig@canary-mail.org", "+48 601 234 567"):
        assert value not in after[planted]
    again = _scan_in_process(settings.data_dir, **env)
    assert "; 0 with personal data" in again, again


def test_surrogates_carry_the_keys_mark_and_real_values_do_not():
    from privacy.surrogate import SurrogateFactory

    factory = SurrogateFactory(b"key-a")
    made = [
        ("PERSON", factory.make("PERSON", "Maria Garcia", "c1")),
        ("EMAIL_ADDRESS", factory.make("EMAIL_ADDRESS", "maria@gmail.com", "c1")),
        ("PHONE_NUMBER", factory.make("PHONE_NUMBER", "(415) 555-2671", "c1")),
        ("PHONE_NUMBER", factory.make("PHONE_NUMBER", "+48 601 234 567", "c1")),
        ("IP_ADDRESS", factory.make("IP_ADDRESS", "10.1.2.3", "c1")),
        ("SECRET", factory.make("SECRET", "sk-abc123def456ghi789jkl", "c1")),
        ("IBAN_CODE", factory.make("IBAN_CODE", "DE89370400440532013000", "c1")),
    ]
    assert all(factory.is_surrogate(entity, fake) for entity, fake in made), made
    # another key does not recognise them (except by the 1-in-8/32 chance of each mark)
    other = SurrogateFactory(b"key-b")
    assert sum(other.is_surrogate(entity, fake) for entity, fake in made) <= 2
    for entity, real in [
        ("PERSON", "Wilhelmina Zbigniewska"),  # not in the name lists
        ("EMAIL_ADDRESS", "maria@gmail.com"),  # not an example.* domain
        ("PHONE_NUMBER", "(415) 555-2671"),  # North American, outside 555-01xx
        ("IP_ADDRESS", "10.1.2.3"),  # outside the documentation ranges
        ("CREDIT_CARD", "5425 2334 3010 9903"),  # not a test card
    ]:
        assert not factory.is_surrogate(entity, real), real
    # values without a reserved range: only the keyed mark, so about 1 real value in 32 passes
    reals = [f"+48 601 234 {n:03d}" for n in range(320)]
    assert 0 < sum(factory.is_surrogate("PHONE_NUMBER", r) for r in reals) < 30


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
    # asking twice counts the adapter once; an adapter trained after the first /forget is counted then
    assert (await service.forget("telegram", 31))["adapters_flagged"] == 0
    assert store.get_adapter("a").forgotten_contributors == 1
    later = make_tiny_adapter(tiny_model_dir, tmp_path / "c")
    (later / "kaizen.json").write_text(json.dumps({"contributors": [pid]}))
    store.add_adapter(
        Adapter(id="c", path=str(later), base_model="t", base_fingerprint="f", method="sft", dataset_hash="d")
    )
    assert (await service.forget("telegram", 31))["adapters_flagged"] == 1
    assert [store.get_adapter(a).forgotten_contributors for a in "abc"] == [1, 0, 1]
