"""Streamed Telegram replies: sent at the first words, edited at a paced rate, finished with the keyboard."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.runtime import GenerationError, ModelRuntime
from bot.service import ChatService
from bot.telegram import build_telegram_application, start_telegram, stop_telegram
from tests.helpers import CannedStream, make_chatty_model
from tests.telegram_api_server import FakeBotApi

USER, GROUP = 42, -500
CANARY_EMAIL = "canary.stream@example.org"
CANARY_PHONE = "+1 415 555 0123"
TOKEN_DELAY_S = 0.1  # the chatty model is fast on CPU; slowed, its reply grows over a few seconds


@pytest.fixture(scope="module")
def chatty_dir(tiny_model_dir, tmp_path_factory) -> str:
    return make_chatty_model(tiny_model_dir, tmp_path_factory.mktemp("chatty-telegram"))


@pytest.fixture
async def api():
    server = await FakeBotApi().start()
    yield server
    await server.stop()


@pytest.fixture
def settings(tmp_path, chatty_dir, api):
    from config import load_settings

    return load_settings(
        data_dir=tmp_path / "data",
        model={"base": chatty_dir, "max_new_tokens": 30, "timeout_seconds": 60},
        telegram={
            "token": api.token,
            "base_url": api.base_url,
            "edit_interval_seconds": 1.0,
            "group_edit_interval_seconds": 1.5,
        },
    )


@pytest.fixture
def service(settings, store, scrubber):
    runtime = ModelRuntime(settings.model)
    runtime.load()
    tokens = runtime._tokens

    async def slow_tokens(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        async for token in tokens(*args, **kwargs):
            await asyncio.sleep(TOKEN_DELAY_S)
            yield token

    runtime._tokens = slow_tokens
    return ChatService(settings, store, scrubber, runtime)


@pytest.fixture
async def bot(service, settings, api):
    app = build_telegram_application(service, settings)
    handle = await start_telegram(app, settings)
    yield app
    await stop_telegram(app, handle)


def _keyboard(message: dict) -> list[str]:
    markup = message.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def _final_reply(api: FakeBotApi, chat_id: int) -> dict:
    """The bot's message that ends up carrying the rating keyboard."""
    found = await api.wait_for(
        lambda: [m for m in api.sent(chat_id) if _keyboard(m) and _keyboard(m)[0].startswith("up:")],
        timeout=60,
    )
    return found[0]


def _edit_gaps(api: FakeBotApi, chat_id: int) -> list[float]:
    edits = [c.at for c in api.calls if c.method == "editMessageText" and c.params["chat_id"] == chat_id]
    return [b - a for a, b in zip(edits, edits[1:], strict=False)]


def _reply_call_gaps(api: FakeBotApi, chat_id: int, since: int = 0) -> list[float]:
    """Gaps between the sends and edits of growing replies in a chat (the privacy notice aside), from
    the `since`-th API call on."""
    calls = [
        c.at
        for c in api.calls[since:]
        if c.method in ("sendMessage", "editMessageText")
        and c.params["chat_id"] == chat_id
        and not str(c.params.get("text", "")).startswith("ℹ️")
    ]
    return [b - a for a, b in zip(calls, calls[1:], strict=False)]


async def test_a_streamed_reply_is_sent_then_edited_and_ends_as_stored_with_the_keyboard(
    bot, api, service, store, scrubber
):
    api.send_text(USER, "tell me a long story about dragons")
    reply = await _final_reply(api, USER)
    mid = _keyboard(reply)[0].split(":", 1)[1]
    sent = api.calls_of("sendMessage")[0]
    edits = [c for c in api.calls_of("editMessageText") if c.params["message_id"] == reply["message_id"]]
    # Sent at the first words without a keyboard, then grown by edits; the last edit attaches it.
    assert not sent.params.get("reply_markup") and len(edits) >= 2
    assert reply["text"].startswith(sent.params["text"]) and len(sent.params["text"]) < len(reply["text"])
    assert [bool(e.params.get("reply_markup")) for e in edits] == [False] * (len(edits) - 1) + [True]
    # "typing…" only before the first words.
    typing = [c.at for c in api.calls_of("sendChatAction")]
    assert typing and max(typing) < sent.at
    # Never more than one edit a second in the chat.
    assert min(_edit_gaps(api, USER)) >= 1.0
    # The final text is the stored reply (scrubbed as stored), and it is rateable.
    stored = store.get_message(mid)
    assert stored.role == "assistant"
    assert stored.text == scrubber.scrub(reply["text"], stored.conversation_id)
    assert service.conversation_of(mid) is not None
    # First contact: the privacy notice follows the reply.
    assert api.sent(USER)[-1]["text"].startswith("ℹ️")


async def test_group_edits_are_paced_more_slowly(bot, api, service):
    api.send_text(5, "@kaizen_test_bot tell me about the sea", chat_id=GROUP)
    reply = await _final_reply(api, GROUP)
    assert reply["text"] and _edit_gaps(api, GROUP)
    assert min(_edit_gaps(api, GROUP)) >= 1.5


async def test_a_long_streamed_reply_splits_like_the_plain_path(bot, api, service, store, monkeypatch):
    from bot.telegram_sending import split_message

    words = [f"w{i} " for i in range(2200)]  # ~12,000 characters: three pieces
    deltas = ["".join(words[i : i + 200]) for i in range(0, len(words), 200)]
    deltas[-1] = deltas[-1].rstrip()
    monkeypatch.setattr(service.runtime, "stream", lambda *a, **k: CannedStream(deltas, delay=0.15))
    api.send_text(USER, "say a lot")
    last = await _final_reply(api, USER)
    bot_pieces = [m for m in api.sent(USER) if not m["text"].startswith("ℹ️")]
    assert [m["text"] for m in bot_pieces] == split_message("".join(deltas))
    assert bot_pieces[-1] == last and all(not _keyboard(m) for m in bot_pieces[:-1])
    # Sends of new pieces count against the chat's budget like edits.
    assert min(_reply_call_gaps(api, USER)) >= 1.0
    assert store.counts()["messages"] == 2


async def test_a_reply_failing_midway_ends_with_an_apology_and_stores_nothing_half(
    bot, api, service, store, monkeypatch
):
    failing = CannedStream(["The answer ", "is"], delay=0.1, fail=GenerationError("no reply in time"))
    monkeypatch.setattr(service.runtime, "stream", lambda *a, **k: failing)
    api.send_text(USER, "a question")
    apology = await api.wait_for(lambda: [m for m in api.sent(USER) if m["text"].startswith("😔")])
    assert len(api.sent(USER)) == 1 and not _keyboard(apology[0])  # the partial message became it
    assert api.calls_of("editMessageText")  # shown, then replaced
    assert store.counts()["messages"] == 1  # the user's message is kept; no half reply


async def test_plain_replies_when_streaming_is_off(bot, api, settings):
    settings.telegram.stream_replies = False
    api.send_text(USER, "hello")
    reply = await _final_reply(api, USER)
    assert reply["text"] and not api.calls_of("editMessageText")


async def test_streaming_keeps_pii_out_of_the_database_and_the_logs(service, settings, api, store, caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)  # as main.setup_logging does
    for name in ("telegram", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.NOTSET)
    said = f"Sure, write to {CANARY_EMAIL} or call {CANARY_PHONE} tomorrow."
    CannedStream.patch(service.runtime, [said[:20], said[20:]], delay=0.1)
    app = build_telegram_application(service, settings)
    handle = await start_telegram(app, settings)
    try:
        api.send_text(USER, f"my mail is {CANARY_EMAIL}, ring {CANARY_PHONE}")
        reply = await _final_reply(api, USER)
    finally:
        await stop_telegram(app, handle)
    assert reply["text"] == said  # the person sees the reply as written
    store.engine.dispose()
    written = b"".join(p.read_bytes() for p in settings.data_dir.rglob("*") if p.is_file())
    logged = caplog.text + "".join(r.getMessage() for r in caplog.records)
    for canary in (CANARY_EMAIL, CANARY_PHONE):
        assert canary.encode() not in written and canary not in logged
    assert "streamed reply" in logged


def _rated_replies(api: FakeBotApi, chat_id: int) -> list[dict]:
    """The bot's messages in a chat that carry the rating keyboard (finished replies), oldest first."""
    return [m for m in api.sent(chat_id) if _keyboard(m) and _keyboard(m)[0].startswith("up:")]


async def test_regenerate_streams_its_reply_like_an_ordinary_one(bot, api, service, store, scrubber):
    api.send_text(USER, "tell me about dragons")
    first = await _final_reply(api, USER)
    first_mid = _keyboard(first)[0].split(":", 1)[1]
    before = len(api.calls)
    api.press(USER, first, f"again:{first_mid}")
    again = (await api.wait_for(lambda: _rated_replies(api, USER)[1:], timeout=60))[0]
    mid = _keyboard(again)[0].split(":", 1)[1]
    calls = [
        c
        for c in api.calls[before:]
        if c.params.get("message_id", again["message_id"]) == again["message_id"]
    ]
    sends = [c for c in calls if c.method == "sendMessage"]
    edits = [c for c in calls if c.method == "editMessageText"]
    # Sent at its first words without the keyboard, grown by paced edits, the keyboard on the last.
    assert len(sends) == 1 and not sends[0].params.get("reply_markup") and len(edits) >= 2
    assert again["text"].startswith(sends[0].params["text"]) and len(sends[0].params["text"]) < len(
        again["text"]
    )
    assert [bool(e.params.get("reply_markup")) for e in edits] == [False] * (len(edits) - 1) + [True]
    assert min(_reply_call_gaps(api, USER)) >= 1.0
    # A new stored reply to the same message, as written (scrubbed), next to the first one.
    stored, original = store.get_message(mid), store.get_message(first_mid)
    assert mid != first_mid and stored.reply_to == original.reply_to
    assert stored.text == scrubber.scrub(again["text"], stored.conversation_id)


async def test_two_replies_growing_in_one_chat_share_its_edit_budget(bot, api, service, store):
    api.send_text(USER, "tell me about dragons")
    first = await _final_reply(api, USER)
    first_mid = _keyboard(first)[0].split(":", 1)[1]
    api.send_text(USER, "/new")
    await api.wait_for(lambda: [m for m in api.sent(USER) if m["text"].startswith("🆕")])
    # 🔄 on the old conversation's reply and a message in the new one: two replies grow at once.
    since = len(api.calls)
    api.press(USER, first, f"again:{first_mid}")
    api.send_text(USER, "tell me about the sea")
    done = (
        await api.wait_for(lambda: len(_rated_replies(api, USER)) >= 3 and _rated_replies(api, USER), 90)
    )[1:]
    assert len(done) == 2
    # The chat's budget holds for both together: one send or edit a second, whichever reply made it.
    gaps = _reply_call_gaps(api, USER, since)
    assert len(gaps) >= 4 and min(gaps) >= 1.0
    # Both streamed (first shown without the keyboard) and both end with their full stored text.
    for message in done:
        mid = _keyboard(message)[0].split(":", 1)[1]
        stored = store.get_message(mid)
        assert stored.role == "assistant" and message["text"]
        assert stored.text == service.scrubber.scrub(message["text"], stored.conversation_id)
        edits = [
            c
            for c in api.calls_of("editMessageText")
            if c.params["chat_id"] == USER and c.params["message_id"] == message["message_id"]
        ]
        assert edits and edits[-1].params.get("reply_markup")  # grown by edits, keyboard at the end
