"""Candidate reports in Discord: DMs to admins with the chart and Approve / Reject, and the decision.

Runs the real discord.py client on dpytest's fake Discord, like `tests/test_discord.py` (whose fixtures
and interaction recorder it reuses). What the bot posts is recorded at the HTTP boundary.
"""

from __future__ import annotations

import json
import sys

import discord
import pytest
from discord.ext.test import callbacks

from bot.discord_admin import FIELD_CHARS, TITLE_CHARS, candidate_embed, decision_view
from bot.promotions import AdapterFollower, NotifierNotReady
from tests import test_discord
from tests.test_discord import CANARIES, CHANNEL_MESSAGE, DEFERRED_UPDATE, message_payload, press, send
from tests.test_telegram_admin import register
from trainer.registry import active_adapter

# The bot on dpytest's fake Discord, its users and the privacy-logging setup, shared with the adapter's tests.
bot = test_discord.bot
world = test_discord.world
privacy_logging = test_discord.privacy_logging


@pytest.fixture(autouse=True)
def follower(service):
    """As main.py wires it: the follower exists before the Discord bot is built."""
    service.follower = AdapterFollower(service)
    return service.follower


@pytest.fixture
def posted(bot, monkeypatch, tmp_path):
    """Every message the bot posts, as sent to Discord: (channel, payload, file names, message)."""
    monkeypatch.chdir(tmp_path)  # dpytest writes uploaded files to the working directory
    out: list[tuple[discord.abc.Messageable, dict, list[str], dict]] = []
    original = bot.http.send_message

    async def send_message(channel_id, *, params):  # noqa: ANN001
        channel = sys._getframe(1).f_locals["channel"]  # dpytest reads its caller's `channel` too
        data = await original(channel_id, params=params)
        payload = params.payload  # with files, the JSON travels as the multipart part payload_json
        if payload is None:
            payload = json.loads(next(p["value"] for p in params.multipart if p["name"] == "payload_json"))
        out.append((channel, payload, [f.filename for f in params.files or []], data))
        return data

    monkeypatch.setattr(bot.http, "send_message", send_message)
    return out


@pytest.fixture
def edits():
    """Message edits the bot makes through the REST API (reports in other admins' DMs)."""
    out: list[tuple[int, dict]] = []

    async def on_edit(channel, message, fields):  # noqa: ANN001
        out.append((message.id, fields["params"].payload))

    callbacks.set_callback(on_edit, "edit_message")
    yield out
    callbacks.remove_callback("edit_message")


def connect(bot) -> None:  # noqa: ANN001
    """What discord.py does on the gateway's READY."""
    bot._ready.set()


def pressed_report(bot, channel, payload: dict, data: dict) -> dict:  # noqa: ANN001
    """The report as Discord includes it in a button interaction: embed and buttons."""
    msg = message_payload(
        bot.user, channel.id, "", embeds=payload["embeds"], components=payload["components"]
    )
    msg["id"] = data["id"]
    return msg


async def announce(bot, world, settings, service, store, tmp_path, posted):  # noqa: ANN001
    """alice and bob are admins; one eligible candidate `cand` is announced; returns their reports."""
    settings.discord.admins = [world.alice.id, world.bob.id]
    register(store, settings.model.base, tmp_path, "cand", report=True)
    connect(bot)
    assert await service.follower.announce_candidates() == 1
    return {ch.recipient.id: (ch, p, data) for ch, p, _, data in posted if p.get("embeds")}


# the report ------------------------------------------------------------------------------------
async def test_each_admin_gets_a_dm_with_the_numbers_the_chart_and_buttons(
    bot, world, settings, service, store, tmp_path, posted
):
    assert bot.notify_candidate in service.follower.notifiers  # registered when the bot was built
    await announce(bot, world, settings, service, store, tmp_path, posted)
    assert len(posted) == 2
    assert {ch.recipient.id for ch, *_ in posted} == {world.alice.id, world.bob.id}
    for channel, payload, files, _ in posted:
        assert isinstance(channel, discord.DMChannel) and files == ["report.png"]
        (embed,) = payload["embeds"]
        assert "cand" in embed["title"] and embed["image"]["url"] == "attachment://report.png"
        values = {f["name"]: f["value"] for f in embed["fields"]}
        assert values["Held-out NLL, candidate"] == "1.2346"
        assert values["Held-out NLL, incumbent"] == "1.5000"
        assert values["Difference, 95% interval"] == "[-0.3100, -0.2000]"
        assert "interval below zero" in values["Why"]
        samples = [v for k, v in values.items() if k.startswith("Sample")]
        assert len(samples) == 3 and "candidate says 0" in samples[0] and "incumbent says 0" in samples[0]
        buttons = [b["custom_id"] for row in payload["components"] for b in row["components"]]
        assert buttons == ["kaizen:gate:approve:cand", "kaizen:gate:reject:cand"]
    assert store.get_adapter("cand").notified_at is not None
    assert await service.follower.announce_candidates() == 0  # told once


async def test_not_connected_keeps_the_candidate_pending_until_the_bot_is_up(
    bot, world, settings, service, store, tmp_path, posted
):
    settings.discord.admins = [world.alice.id]
    register(store, settings.model.base, tmp_path, "cand", report=True)
    with pytest.raises(NotifierNotReady):
        await bot.notify_candidate(service.candidate_summary("cand"))
    assert await service.follower.announce_candidates() == 0
    assert posted == [] and store.get_adapter("cand").notified_at is None
    connect(bot)
    assert await service.follower.announce_candidates() == 1 and len(posted) == 1


async def test_closing_the_bot_stops_its_announcements(bot, service, world, settings, store, tmp_path):
    settings.discord.admins = [world.alice.id]
    register(store, settings.model.base, tmp_path, "cand")
    connect(bot)
    assert bot.notify_candidate in service.follower.notifiers
    bot.ws = None  # dpytest's fake gateway has no socket to close
    await bot.close()
    assert service.follower.notifiers == []
    with pytest.raises(NotifierNotReady):  # a closed bot never posts, even if called
        await bot.notify_candidate(service.candidate_summary("cand"))


def test_the_report_fits_discords_embed_limits():
    long = "word " * 2000
    summary = {
        "adapter_id": "c" * 80,
        "method": "kto",
        "eligible": True,
        "reasons": [long, long],
        "fit": {"candidate_nll": float("nan"), "incumbent_nll": 2.0, "diff_ci": [-0.1, 0.05]},
        "incumbent": "old",
        "samples": [{"prompt": long, "reference": long, "c" * 80: long, "old": long}] * 5,
    }
    embed = candidate_embed(summary, chart=False)
    assert len(embed) <= 6000 and len(embed.title) <= TITLE_CHARS and embed.image.url is None
    assert all(len(f.value) <= FIELD_CHARS for f in embed.fields)
    assert sum(f.name.startswith("Sample") for f in embed.fields) == 3
    assert embed.fields[0].value == "n/a"
    with pytest.raises(ValueError, match="does not fit"):
        decision_view("x" * 81)


# pressing --------------------------------------------------------------------------------------
async def test_approve_promotes_updates_every_report_and_later_presses_hear_who_decided(
    bot, world, settings, service, store, tmp_path, posted, edits
):
    reports = await announce(bot, world, settings, service, store, tmp_path, posted)
    dm, payload, data = reports[world.alice.id]
    msg = pressed_report(bot, dm, payload, data)
    calls = (await press(bot, world.alice, dm, "kaizen:gate:approve:cand", msg)).calls
    assert calls[0].type == DEFERRED_UPDATE
    assert active_adapter(store).id == "cand" and store.get_adapter("cand").decision == "approved"
    edited = next(c for c in calls if c.method == "PATCH" and c.path.endswith("@original"))
    assert edited.data["components"] == []  # the buttons are gone
    decision = edited.data["embeds"][0]["fields"][0]
    assert decision["name"] == "Decision" and decision["value"].startswith("✅ Approved by discord:")
    assert calls[-1].ephemeral and calls[-1].content == "approved and promoted cand"
    # bob's report, in his DMs, shows the decision as well.
    ((edited_id, bob_edit),) = edits
    assert edited_id == int(reports[world.bob.id][2]["id"]) and bob_edit["components"] == []
    assert bob_edit["embeds"][0]["fields"][0]["value"].startswith("✅ Approved by")
    # A press on a report that still shows its buttons: told who decided, nothing changes.
    bdm, bpayload, bdata = reports[world.bob.id]
    calls = (
        await press(bot, world.bob, bdm, "kaizen:gate:reject:cand", pressed_report(bot, bdm, bpayload, bdata))
    ).calls
    assert calls[-1].ephemeral and calls[-1].content.startswith("already approved by discord:")
    stale = next(c for c in calls if c.method == "PATCH")  # that report loses its buttons now
    assert stale.data["components"] == [] and "Approved by" in stale.data["embeds"][0]["fields"][0]["value"]
    assert active_adapter(store).id == "cand" and store.get_adapter("cand").status == "active"


async def test_reject_marks_the_candidate_rejected(
    bot, world, settings, service, store, tmp_path, posted, edits
):
    reports = await announce(bot, world, settings, service, store, tmp_path, posted)
    dm, payload, data = reports[world.bob.id]
    calls = (
        await press(bot, world.bob, dm, "kaizen:gate:reject:cand", pressed_report(bot, dm, payload, data))
    ).calls
    adapter = store.get_adapter("cand")
    assert (adapter.status, adapter.decision) == ("rejected", "rejected") and active_adapter(store) is None
    edited = next(c for c in calls if c.method == "PATCH")
    assert edited.data["embeds"][0]["fields"][0]["value"].startswith("❌ Rejected by discord:")
    assert edited.data["components"] == []
    assert calls[-1].content == "rejected cand" and len(edits) == 1  # alice's report too


async def test_non_admins_are_refused_and_nothing_is_decided(
    bot, world, settings, service, store, tmp_path, posted, privacy_logging
):
    caplog = privacy_logging
    reports = await announce(bot, world, settings, service, store, tmp_path, posted)
    dm, payload, data = reports[world.alice.id]
    # A report forwarded to someone who is not an admin, pressed in their own DMs.
    stranger_dm = await world.stranger.create_dm()
    calls = (
        await press(
            bot,
            world.stranger,
            stranger_dm,
            "kaizen:gate:approve:cand",
            pressed_report(bot, dm, payload, data),
        )
    ).calls
    assert len(calls) == 1 and calls[0].type == CHANNEL_MESSAGE and calls[0].ephemeral
    assert "only kaizen admins" in calls[0].content.lower()
    adapter = store.get_adapter("cand")
    assert adapter.decision is None and adapter.status == "eligible" and active_adapter(store) is None
    refusals = [r.getMessage() for r in caplog.records if "non-admin" in r.getMessage()]
    assert refusals and str(world.stranger.id) not in refusals[0]  # a pseudonym, not the Discord id


async def test_an_unknown_adapter_is_answered_clearly(bot, world, settings):
    settings.discord.admins = [world.alice.id]
    dm = await world.alice.create_dm()
    msg = message_payload(bot.user, dm.id, "", components=decision_view("ghost").to_components())
    calls = (await press(bot, world.alice, dm, "kaizen:gate:approve:ghost", msg)).calls
    assert calls[-1].ephemeral and "unknown adapter" in calls[-1].content.lower()


async def test_canary_pii_stays_out_of_the_database_and_logs_through_the_approval_flow(
    bot, world, settings, service, store, tmp_path, posted, privacy_logging
):
    service.scrubber.settings.replace = "placeholder"
    caplog = privacy_logging
    user_dm = await world.stranger.create_dm()
    await send(f"I am {CANARIES['name']}, mail me at {CANARIES['email']}", user_dm, world.stranger)
    reports = await announce(bot, world, settings, service, store, tmp_path, posted)
    dm, payload, data = reports[world.alice.id]
    await press(bot, world.alice, dm, "kaizen:gate:approve:cand", pressed_report(bot, dm, payload, data))
    blob = b"".join(p.read_bytes() for p in settings.data_dir.glob("kaizen.db*"))
    assert blob and b"<EMAIL_ADDRESS>" in blob
    for canary in CANARIES.values():
        assert canary.encode() not in blob and canary not in caplog.text
    # The report's texts (samples, reasons) are posted, never logged.
    assert "candidate says" not in caplog.text and "interval below zero" not in caplog.text
