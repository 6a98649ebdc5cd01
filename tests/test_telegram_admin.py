"""Telegram admin actions for the evaluation gate: candidate reports with Approve / Reject, /train,
/promote, /rollback, /adapters and /status, with the real PTB Application against the Bot API stand-in.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import pytest

from bot.promotions import AdapterFollower
from bot.telegram import build_telegram_application, start_telegram, stop_telegram
from feedback.models import Adapter
from tests import test_telegram
from tests.helpers import make_tiny_adapter
from tests.test_telegram import ADMIN, CANARIES, USER, _answers, _buttons, names_raw_id
from trainer.registry import active_adapter

# The Bot API stand-in and the settings pointing at it, shared with the adapter's own tests.
api = test_telegram.api
settings = test_telegram.settings

ADMIN2 = 1002


def register(store, model_dir, tmp_path, name: str, status: str = "eligible", report: bool = False) -> str:
    """A candidate as the gate leaves it: PEFT files, an `evaluation` JSON, optionally a report dir."""
    path = make_tiny_adapter(model_dir, tmp_path / name)
    evaluation = {
        "decision": {"eligible": status == "eligible", "reasons": ["fit better: interval below zero"]},
        "fit": {"candidate_nll": 1.23456, "incumbent_nll": 1.5, "diff_ci": [-0.31, -0.2]},
        "incumbent": "base",
    }
    report_dir = None
    if report:
        report_dir = tmp_path / f"report-{name}"
        report_dir.mkdir()
        sample = {"prompt": "How do I boil an egg?", "reference": "Ten minutes in boiling water."}
        rows = [{**sample, name: f"candidate says {i}", "base": f"incumbent says {i}"} for i in range(5)]
        (report_dir / "report.json").write_text(json.dumps({"side_by_side": rows}))
        _write_chart(report_dir / "report.png")
    store.add_adapter(
        Adapter(
            id=name, status=status, path=str(path), base_model="tiny", base_fingerprint="x", method="sft",
            dataset_hash="d", evaluation=json.dumps(evaluation),
            report_path=str(report_dir) if report_dir else None,
        )
    )  # fmt: skip
    return name


def _write_chart(path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(2, 1.5))
    ax.bar(["candidate", "incumbent"], [1.23, 1.5])
    fig.savefig(path, dpi=50)
    plt.close(fig)


@pytest.fixture
async def admin_bot(service, settings, api):
    """The bot as main.py wires it: the follower exists before the application is built."""
    settings.telegram.admins = [ADMIN, ADMIN2]
    service.follower = AdapterFollower(service)
    app = build_telegram_application(service, settings)
    handle = await start_telegram(app, settings)
    yield app
    await stop_telegram(app, handle)


def _reports(api, chat_id: int) -> list[dict]:
    return [m for m in api.sent(chat_id) if "New candidate" in m.get("text", "")]


async def _command(api, user: int, text: str, expect: str) -> str:
    """Send a command and wait for the bot's answer containing `expect`."""
    before = len(api.sent(user))
    api.send_text(user, text)
    found = await api.wait_for(
        lambda: [m["text"] for m in api.sent(user)[before:] if expect in m.get("text", "")]
    )
    return found[0]


async def test_candidate_report_waits_for_the_bot_then_reaches_every_admin_with_chart_and_buttons(
    service, settings, api, store, tiny_model_dir, tmp_path
):
    settings.telegram.admins = [ADMIN, ADMIN2]
    follower = service.follower = AdapterFollower(service)
    cand = register(store, tiny_model_dir, tmp_path, "cand", report=True)
    app = build_telegram_application(service, settings)
    assert follower.notifiers == [app.bot_data["adapter"].notify_candidate]
    # Not started yet (as at start-up, while the bot connects): the candidate waits, nothing is lost.
    assert await follower.announce_candidates() == 0
    assert store.get_adapter(cand).notified_at is None and not api.calls_of("sendMessage")

    handle = await start_telegram(app, settings)
    try:
        assert await follower.announce_candidates() == 1
        assert await follower.announce_candidates() == 0  # told once
    finally:
        await stop_telegram(app, handle)
    assert follower.notifiers == []  # a stopped bot no longer receives candidates
    assert store.get_adapter(cand).notified_at is not None

    chart = (tmp_path / "report-cand" / "report.png").read_bytes()
    photos = api.calls_of("sendPhoto")
    assert sorted(int(c.params["chat_id"]) for c in photos) == [ADMIN, ADMIN2]
    assert all(c.params["photo"]["data"] == chart for c in photos)  # uploaded as multipart
    assert all("cand vs base" in c.params["caption"] for c in photos)
    for admin in (ADMIN, ADMIN2):
        [photo] = [m for m in api.sent(admin) if "photo" in m]
        assert photo["photo"][0]["width"] > 0
        [report] = _reports(api, admin)
        text = report["text"]
        assert "candidate 1.2346" in text and "incumbent 1.5000" in text
        assert "95% interval: [-0.3100, -0.2000]" in text and "fit better: interval below zero" in text
        assert text.count("Prompt: How do I boil an egg?") == 3  # at most three samples
        assert "Candidate: candidate says 0" in text and "Incumbent: incumbent says 0" in text
        assert [(b["text"], b["callback_data"]) for b in _buttons(report)] == [
            ("✅ Approve", "admin:approve:cand"),
            ("❌ Reject", "admin:reject:cand"),
        ]


async def test_approve_promotes_and_every_report_shows_who_decided(
    admin_bot, api, service, store, tiny_model_dir, tmp_path
):
    cand = register(store, tiny_model_dir, tmp_path, "cand", report=True)
    await service.follower.announce_candidates()
    first, second = _reports(api, ADMIN)[0], _reports(api, ADMIN2)[0]

    api.press(ADMIN, first, "admin:approve:cand")
    await api.wait_for(lambda: len(api.calls_of("editMessageText")) == 2 and _answers(api))
    assert _answers(api) == ["approved and promoted cand"]
    assert active_adapter(store).id == cand and service.runtime.adapter_id == cand  # hot-swapped
    admin_actor = store.get_adapter(cand).decided_by
    assert admin_actor.startswith("telegram:") and not names_raw_id(admin_actor, ADMIN)
    for chat in (ADMIN, ADMIN2):  # both admins' reports: buttons gone, the decision shown
        [report] = _reports(api, chat)
        assert report["text"].endswith(f"✅ Approved by {admin_actor}; status: active")
        assert not _buttons(report)

    # The second admin pressed on a report shown before the edit: told who decided, nothing changes.
    api.press(ADMIN2, second, "admin:reject:cand")
    await api.wait_for(lambda: len(api.calls_of("answerCallbackQuery")) == 2)
    assert _answers(api)[1] == f"already approved by {admin_actor}"
    assert store.get_adapter(cand).status == "active" and active_adapter(store).id == cand


async def test_a_non_admin_press_is_refused_and_logged_without_text(
    admin_bot, api, service, store, tiny_model_dir, tmp_path, caplog
):
    caplog.set_level(logging.INFO)
    cand = register(store, tiny_model_dir, tmp_path, "cand")
    await service.follower.announce_candidates()
    report = _reports(api, ADMIN)[0]
    api.press(USER, report, "admin:approve:cand", chat_id=USER)  # e.g. a forwarded copy
    await api.wait_for(lambda: api.calls_of("answerCallbackQuery"))
    assert _answers(api) == ["Only admins can do that."]
    adapter = store.get_adapter(cand)
    assert adapter.decision is None and adapter.status == "eligible" and active_adapter(store) is None
    refusals = [r.getMessage() for r in caplog.records if "refused admin" in r.getMessage()]
    assert refusals and all(not names_raw_id(line, USER) and "New candidate" not in line for line in refusals)
    assert not api.calls_of("editMessageText")


async def test_reject_marks_the_candidate_rejected(admin_bot, api, service, store, tiny_model_dir, tmp_path):
    cand = register(store, tiny_model_dir, tmp_path, "cand")
    await service.follower.announce_candidates()
    assert not api.calls_of("sendPhoto")  # no report directory: no chart, the text still goes
    api.press(ADMIN2, _reports(api, ADMIN2)[0], "admin:reject:cand")
    await api.wait_for(lambda: len(api.calls_of("editMessageText")) == 2 and _answers(api))
    assert _answers(api) == ["rejected cand"]
    adapter = store.get_adapter(cand)
    assert (adapter.status, adapter.decision) == ("rejected", "rejected") and active_adapter(store) is None
    assert "❌ Rejected by telegram:" in _reports(api, ADMIN)[0]["text"]


async def test_promote_and_rollback_commands_for_admins_only(admin_bot, api, service, store, settings, tiny_model_dir, tmp_path, caplog):  # fmt: skip
    caplog.set_level(logging.INFO)
    first = register(store, tiny_model_dir, tmp_path, "first")
    register(store, tiny_model_dir, tmp_path, "weak", status="rejected")

    assert "Only admins" in await _command(api, USER, "/promote first", "Only admins")
    assert active_adapter(store) is None
    assert "Usage: /promote" in await _command(api, ADMIN, "/promote", "Usage")
    assert "unknown adapter" in await _command(api, ADMIN, "/promote ghost", "unknown")
    reason = f"ask {CANARIES['name']} at {CANARIES['email']}"
    assert await _command(api, ADMIN, f"/promote first {reason}", "promoted") == "✅ promoted first"
    assert active_adapter(store).id == first and service.runtime.adapter_id == first
    assert "not eligible" in await _command(api, ADMIN, "/promote weak", "not eligible")
    assert "needs a reason" in await _command(api, ADMIN, "/promote weak --force", "needs a reason")
    forced = await _command(api, ADMIN, "/promote weak --force the gate is too strict", "promoted")
    assert forced == "✅ promoted weak"
    assert store.activations()[0].action == "force"

    assert "Only admins" in await _command(api, USER, "/rollback", "Only admins")
    assert active_adapter(store).id == "weak"
    assert "rolled back to first" in await _command(api, ADMIN, "/rollback weak was worse", "rolled back")
    assert active_adapter(store).id == first and service.runtime.adapter_id == first
    assert await _command(api, ADMIN, "/rollback", "rolled back") == "✅ rolled back to the base model"
    assert "nothing to roll back" in await _command(api, ADMIN, "/rollback", "nothing to roll back")
    assert service.runtime.adapter_id is None

    # The reason is stored scrubbed, and no log line carries it.
    stored = [x.reason for x in store.activations() if x.adapter_id == first and x.action == "promote"]
    assert stored and CANARIES["email"] not in stored[0] and "ask" in stored[0]
    written = b"".join(p.read_bytes() for p in settings.data_dir.rglob("*") if p.is_file())
    logged = caplog.text
    for canary in (CANARIES["name"], CANARIES["email"]):
        assert canary.encode() not in written and canary not in logged
    assert "ran /promote" in logged


async def test_train_starts_a_cycle_through_the_service_hook(admin_bot, api, service):
    assert "not available" in await _command(api, ADMIN, "/train", "not available")
    started = []

    async def start_cycle(trigger: str) -> None:
        started.append(trigger)

    service.start_cycle = start_cycle
    assert "Only admins" in await _command(api, USER, "/train", "Only admins")
    assert started == []
    assert "Training cycle queued" in await _command(api, ADMIN, "/train", "Training cycle queued")
    assert started == ["admin"]


async def test_status_and_adapters_show_the_schedule_and_the_registry(admin_bot, api, service, store, tiny_model_dir, tmp_path):  # fmt: skip
    text = await _command(api, ADMIN, "/status", "Status")
    assert "next scheduled run: not scheduled" in text and "last training: never" in text
    assert "since then: 0 ratings in 0 conversations" in text and "adapter: none (base model)" in text
    service.next_run = lambda: datetime(2030, 1, 2, 3, 4, tzinfo=UTC)
    reply = await service.handle_message("telegram", USER, USER, "hello")
    await service.rate(reply.message_id, service_participant(), 1)
    text = await _command(api, ADMIN, "/status", "2030")
    assert "next scheduled run: 2030-01-02 03:04 UTC" in text
    assert "since then: 1 ratings in 1 conversations" in text

    assert "No adapters yet" in await _command(api, ADMIN, "/adapters", "No adapters")
    register(store, tiny_model_dir, tmp_path, "old", status="rejected")
    register(store, tiny_model_dir, tmp_path, "new")
    text = await _command(api, ADMIN, "/adapters", "Adapters")
    assert text.index("new: eligible, sft") < text.index("old: rejected, sft")
    assert "Only admins" in await _command(api, USER, "/adapters", "Only admins")

    # The admin command menu lists the new commands.
    admin_menu = next(v for k, v in api.commands.items() if str(ADMIN) in k)
    assert {"status", "train", "adapters", "promote", "rollback"} <= {c["command"] for c in admin_menu}
    assert "train" not in {c["command"] for c in api.commands['{"type": "default"}']}


def service_participant():
    from bot.service import Participant

    return Participant("telegram", str(USER), str(USER))
