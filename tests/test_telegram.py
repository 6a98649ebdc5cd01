"""The Telegram adapter: the real PTB Application, as main.py wires it, against a Bot API stand-in."""

from __future__ import annotations

import logging
import re
import time

import httpx
import pytest

from bot.runtime import GenerationError
from bot.telegram import build_telegram_application, start_telegram, stop_telegram, webhook_secret
from bot.telegram_sending import split_message
from tests.helpers import CannedStream, free_port
from tests.telegram_api_server import FakeBotApi

USER, OTHER, ADMIN, GROUP = 42, 77, 1001, -500
CANARIES = {
    "email": "canary.kowalski@example.org",
    "phone": "+1 415 555 0199",
    "card": "4111 1111 1111 1111",
    "name": "Jonathan Kowalski",
}


@pytest.fixture
async def api():
    server = await FakeBotApi().start()
    yield server
    await server.stop()


@pytest.fixture
def settings(tmp_path, tiny_model_dir, api):
    """Overrides conftest's: the same tiny model, plus a token and the stand-in server's URL."""
    from config import load_settings

    return load_settings(
        data_dir=tmp_path / "data",
        model={"base": tiny_model_dir, "max_new_tokens": 8, "timeout_seconds": 60},
        telegram={"token": api.token, "base_url": api.base_url, "admins": [ADMIN]},
    )


@pytest.fixture
async def bot(service, settings, api):
    app = build_telegram_application(service, settings)
    handle = await start_telegram(app, settings)
    yield app
    await stop_telegram(app, handle)


def _replies(api: FakeBotApi, chat_id: int) -> list[dict]:
    """Bot messages carrying the rating keyboard."""
    return [m for m in api.sent(chat_id) if _buttons(m) and _buttons(m)[0]["callback_data"].startswith("up:")]


def _buttons(message: dict) -> list[dict]:
    markup = message.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def _kaizen_id(message: dict) -> str:
    return _buttons(message)[0]["callback_data"].split(":", 1)[1]


async def _chat(api: FakeBotApi, text: str, user: int = USER, chat: int | None = None) -> dict:
    """Send a message and wait for the bot's reply to it."""
    update = api.send_text(user, text, chat_id=chat)
    mid = update["message"]["message_id"]
    chat_id = chat if chat is not None else user

    def answered():
        return [
            m for m in _replies(api, chat_id) if (m.get("reply_to_message") or {}).get("message_id") == mid
        ]

    return (await api.wait_for(answered))[0]


def _answers(api: FakeBotApi) -> list[str]:
    return [c.params.get("text", "") for c in api.calls_of("answerCallbackQuery")]


async def test_private_chat_turn_gets_a_reply_with_the_rating_keyboard(bot, api, store):
    reply = await _chat(api, "hello there")
    assert [b["text"] for b in _buttons(reply)] == ["👍", "👎", "✍️", "🔄"]
    assert {b["callback_data"].split(":")[0] for b in _buttons(reply)} == {"up", "down", "fix", "again"}
    assert any(c.params.get("action") == "typing" for c in api.calls_of("sendChatAction"))
    msgs = store.conversation_messages(store.get_message(_kaizen_id(reply)).conversation_id)
    assert [m.role for m in msgs] == ["user", "assistant"]
    # The command menu is published, and admins get /status in their own chat.
    public = api.commands['{"type": "default"}']
    assert [c["command"] for c in public] == ["start", "help", "privacy", "new", "forget"]
    admin_scope = [v for k, v in api.commands.items() if str(ADMIN) in k]
    assert admin_scope and "status" in [c["command"] for c in admin_scope[0]]


async def test_rating_is_stored_acknowledged_and_shown_and_pressing_again_changes_it(bot, api, store):
    reply = await _chat(api, "rate me")
    mid = _kaizen_id(reply)
    api.press(USER, reply, f"up:{mid}")
    await api.wait_for(lambda: api.calls_of("editMessageReplyMarkup"))
    assert "👍 Thanks!" in _answers(api)
    assert [(r.value, r.correction) for r in store.ratings_of(mid)] == [(1, None)]
    assert [b["text"] for b in _buttons(api.messages[(USER, reply["message_id"])])][:2] == ["👍 1", "👎"]

    api.press(USER, reply, f"down:{mid}")
    await api.wait_for(lambda: len(api.calls_of("editMessageReplyMarkup")) == 2)
    assert [r.value for r in store.ratings_of(mid)] == [-1]  # one row, changed
    assert [b["text"] for b in _buttons(api.messages[(USER, reply["message_id"])])][:2] == ["👍", "👎 1"]

    # The same choice again: acknowledged, still one row; Telegram's "not modified" is harmless.
    api.press(USER, reply, f"down:{mid}")
    await api.wait_for(lambda: len(api.calls_of("answerCallbackQuery")) == 3)
    await api.wait_for(
        lambda: any(c.status == 400 for c in api.calls if c.method == "editMessageReplyMarkup")
    )
    assert [r.value for r in store.ratings_of(mid)] == [-1]


async def test_correction_via_force_reply_is_stored(bot, api, store):
    reply = await _chat(api, "what is the capital of France?")
    mid = _kaizen_id(reply)
    api.press(USER, reply, f"fix:{mid}")
    prompt = await api.wait_for(
        lambda: [m for m in api.sent(USER) if (m.get("reply_markup") or {}).get("force_reply")]
    )
    api.send_text(USER, "The answer is forty two.", reply_to=prompt[0])
    await api.wait_for(lambda: any("saved as a better reply" in m["text"] for m in api.sent(USER)))
    [rating] = store.ratings_of(mid)
    assert rating.value == -1 and rating.correction == "The answer is forty two."
    # A later plain message is a normal turn again, not a second correction.
    await _chat(api, "thanks")
    assert len(store.ratings_of(mid)) == 1


async def test_regenerate_sends_an_alternative(bot, api, store):
    reply = await _chat(api, "tell me a joke")
    mid = _kaizen_id(reply)
    api.press(USER, reply, f"again:{mid}")
    await api.wait_for(lambda: len(_replies(api, USER)) == 2)
    alternative = _kaizen_id(_replies(api, USER)[-1])
    assert alternative != mid
    assert store.get_message(alternative).reply_to == store.get_message(mid).reply_to


async def test_group_answers_only_mentions_and_replies_to_the_bot(bot, api):
    quiet = api.send_text(5, "just chatting among ourselves", chat_id=GROUP)
    mention = await _chat(api, "@kaizen_test_bot what do you think?", user=5, chat=GROUP)
    follow_up = api.send_text(6, "and why?", chat_id=GROUP, reply_to=mention)
    await api.wait_for(lambda: len(_replies(api, GROUP)) == 2)
    answered = [m["reply_to_message"]["message_id"] for m in _replies(api, GROUP)]
    assert answered == [mention["reply_to_message"]["message_id"], follow_up["message"]["message_id"]]
    assert quiet["message"]["message_id"] not in answered
    assert bot.bot_data["adapter"].ledger.last_id >= follow_up["update_id"]
    # Context is kept per group chat: both turns landed in one conversation.
    service = bot.bot_data["adapter"].service
    convs = {service.conversation_of(_kaizen_id(m)).id for m in _replies(api, GROUP)}
    assert len(convs) == 1


async def test_someone_outside_the_chat_cannot_rate(bot, api, store):
    reply = await _chat(api, "private matter")
    mid = _kaizen_id(reply)
    api.press(OTHER, reply, f"up:{mid}", chat_id=OTHER)  # a forwarded copy, pressed elsewhere
    api.press(OTHER, reply, f"again:{mid}", chat_id=OTHER)
    await api.wait_for(lambda: len(api.calls_of("answerCallbackQuery")) == 2)
    assert all("only members" in text for text in _answers(api))
    assert store.ratings_of(mid) == [] and not api.calls_of("editMessageReplyMarkup")
    assert len(_replies(api, USER)) == 1 and not _replies(api, OTHER)


def names_raw_id(line: str, platform_id: int) -> bool:
    """Whether a log line names a raw platform id as a number of its own; a pseudonym's hex digits
    may contain the same digits ("a6d642aa" holds "42") by chance."""
    return re.search(rf"(?<![0-9a-f]){platform_id}(?![0-9a-f])", line) is not None


async def test_status_is_for_admins_only_and_refusals_are_logged_without_text(bot, api, caplog):
    caplog.set_level(logging.INFO)
    api.send_text(USER, "/status")
    await api.wait_for(lambda: any("Only admins" in m["text"] for m in api.sent(USER)))
    assert "model" not in api.sent(USER)[-1]["text"]
    refusals = [r.getMessage() for r in caplog.records if "refused admin" in r.getMessage()]
    assert refusals and not names_raw_id(refusals[0], USER)

    api.send_text(ADMIN, "/status")
    status = await api.wait_for(lambda: [m["text"] for m in api.sent(ADMIN) if "Status" in m["text"]])
    assert "model:" in status[0] and "conversations:" in status[0] and "ratings:" in status[0]

    # Admin buttons: the plumbing that approve/promote/rollback will use.
    ran = []

    async def approve(service, actor, arg):
        ran.append((actor.split(":")[0], arg))
        return f"approved {arg}"

    bot.bot_data["adapter"].admin_actions["approve"] = approve
    note = api.send_text(ADMIN, "/help")["message"]
    api.press(USER, note, "admin:approve:cand1", chat_id=USER)
    api.press(ADMIN, note, "admin:approve:cand1", chat_id=ADMIN)
    await api.wait_for(lambda: len(api.calls_of("answerCallbackQuery")) == 2)
    assert sorted(_answers(api)) == ["Only admins can do that.", "approved cand1"]
    assert ran == [("telegram", "cand1")]  # the action gets the admin's actor label


def _known(service, user: int = USER) -> None:
    """Make `user` a returning user, so no first-contact notice adds a send to count."""
    service.store.ensure_user(service.user_id("telegram", str(user)), "telegram")


async def test_flood_limit_429_then_the_reply_arrives(bot, api, service):
    _known(service)
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    started = time.monotonic()
    reply = await _chat(api, "are you there?")
    assert reply["text"]
    statuses = [c.status for c in api.calls if c.method == "sendMessage"]
    assert statuses == [429, 200]
    assert time.monotonic() - started >= 1.0


async def test_model_failure_yields_an_apology_and_keeps_the_message(bot, api, service, store, monkeypatch):
    monkeypatch.setattr(
        service.runtime, "stream", lambda *a, **k: CannedStream([], fail=GenerationError("oom"))
    )
    api.send_text(USER, "hello?")
    apology = await api.wait_for(lambda: [m for m in api.sent(USER) if "sorry" in m["text"]])
    assert apology[0]["text"].startswith("😔") and "reply_markup" not in apology[0]
    assert store.counts()["messages"] == 1  # the user's message is kept
    monkeypatch.undo()
    await _chat(api, "and now?")  # the bot keeps running


async def test_long_replies_are_split_and_bad_markdown_falls_back_to_plain(bot, api, service, monkeypatch):
    long_text = "_unclosed emphasis " + ("word " * 1300).strip()  # ~6,500 chars; piece 1 is bad Markdown

    # Streamed in three deltas: piece 1 is shown plain while it grows, then finished as Markdown,
    # refused, and edited as plain text; piece 2 is sent whole, as Markdown, with the keyboard.
    third = len(long_text) // 3
    deltas = [long_text[:third], long_text[third : 2 * third], long_text[2 * third :]]
    monkeypatch.setattr(service.runtime, "stream", lambda *a, **k: CannedStream(deltas))
    _known(service)
    api.send_text(USER, "say a lot")
    await api.wait_for(lambda: _replies(api, USER))
    pieces = [m["text"] for m in api.sent(USER)]
    assert len(pieces) == 2 and all(len(p) <= 4096 for p in pieces)
    assert " ".join(pieces) == long_text and pieces == split_message(long_text)
    assert _replies(api, USER) == api.sent(USER)[-1:]  # the keyboard under the last piece only
    sends = [(c.status, c.params.get("parse_mode")) for c in api.calls if c.method == "sendMessage"]
    assert sends == [(200, None), (200, "Markdown")]
    edits = [(c.status, c.params.get("parse_mode")) for c in api.calls if c.method == "editMessageText"]
    assert edits == [(400, "Markdown"), (200, None)]  # plain only where needed


def test_split_message_respects_the_limit_and_word_boundaries():
    text = "a" * 10 + " " + "b" * 10
    assert split_message(text, limit=12) == ["a" * 10, "b" * 10]
    assert split_message("x" * 25, limit=10) == ["x" * 10, "x" * 10, "x" * 5]
    emoji = "😀" * 10  # two UTF-16 units each
    assert (
        all(len(p) <= 5 for p in split_message(emoji, limit=10))
        and "".join(split_message(emoji, 10)) == emoji
    )
    assert split_message("short") == ["short"]


async def test_forget_needs_the_confirmation_of_the_person_who_asked(bot, api, store, service):
    await _chat(api, "remember this")
    api.send_text(USER, "/forget")
    ask = await api.wait_for(lambda: [m for m in api.sent(USER) if "Are you sure" in m["text"]])
    confirm = next(b["callback_data"] for b in _buttons(ask[0]) if b["callback_data"].startswith("forget:"))
    api.press(OTHER, ask[0], confirm)
    await api.wait_for(lambda: api.calls_of("answerCallbackQuery"))
    assert store.counts()["messages"] == 2
    api.press(USER, ask[0], confirm)
    # (the streamed reply was edited too: look at the edits of the question only)
    done = await api.wait_for(
        lambda: [c for c in api.calls_of("editMessageText") if c.params["message_id"] == ask[0]["message_id"]]
    )
    assert store.counts()["messages"] == 0
    assert "Deleted 2 messages" in done[0].params["text"]


async def test_a_restart_does_not_answer_the_same_update_twice(service, settings, api, caplog):
    caplog.set_level(logging.INFO)
    app = build_telegram_application(service, settings)
    handle = await start_telegram(app, settings)
    update = api.send_text(USER, "answer me once")
    await api.wait_for(lambda: _replies(api, USER))
    await stop_telegram(app, handle)

    # As after a crash before the offset was confirmed: Telegram delivers the update again.
    api.requeue(update)
    app = build_telegram_application(service, settings)
    handle = await start_telegram(app, settings)
    try:
        await _chat(api, "a new message")
        await api.wait_for(lambda: f"skipping update {update['update_id']}" in caplog.text)
        answered = [m["reply_to_message"]["message_id"] for m in _replies(api, USER)]
        assert answered.count(update["message"]["message_id"]) == 1 and len(answered) == 2
    finally:
        await stop_telegram(app, handle)


async def test_webhook_mode_receives_updates_with_the_secret_only(service, settings, api):
    port = free_port()
    settings.telegram.webhook_url = "https://bot.example.org/tg/hook"
    settings.telegram.webhook_port = port
    app = build_telegram_application(service, settings)
    handle = await start_telegram(app, settings)
    try:
        assert api.webhook["url"] == "https://bot.example.org/tg/hook"
        assert api.webhook["secret_token"] == webhook_secret(settings)
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": USER, "type": "private", "first_name": "Ann"},
                "from": {"id": USER, "is_bot": False, "first_name": "Ann"},
                "text": "via webhook",
            },
        }
        url = f"http://127.0.0.1:{port}/tg/hook"
        async with httpx.AsyncClient() as client:
            bad = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            assert bad.status_code == 403
            good = await client.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": webhook_secret(settings)}
            )
            assert good.status_code == 200
        await api.wait_for(lambda: _replies(api, USER))
        assert not api.calls_of("getUpdates")
    finally:
        await stop_telegram(app, handle)


async def test_canary_pii_never_reaches_the_database_or_the_logs(service, api, settings, store, caplog):
    caplog.set_level(logging.DEBUG)  # before the app is built, so every library logs all it can
    # As main.setup_logging does: Presidio itself logs analysed text at DEBUG (see report).
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    for name in ("telegram", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.NOTSET)
    app = build_telegram_application(service, settings)
    handle = await start_telegram(app, settings)
    try:
        await _plant_canaries(api)
    finally:
        await stop_telegram(app, handle)
    assert store.counts()["ratings"] == 1

    written = b"".join(p.read_bytes() for p in settings.data_dir.rglob("*") if p.is_file())
    logged = caplog.text + "".join(r.getMessage() for r in caplog.records)
    for kind, canary in CANARIES.items():
        assert canary.encode() not in written, kind
        assert canary not in logged, kind
    assert api.token not in logged and api.token.encode() not in written  # nor the bot token
    assert "telegram" in logged  # the adapter did log (ids and counts)


async def _plant_canaries(api: FakeBotApi) -> None:
    texts = [
        f"Hi, my name is {CANARIES['name']} and my e-mail is {CANARIES['email']}",
        f"Call me at {CANARIES['phone']}, my card is {CANARIES['card']}",
    ]
    first = await _chat(api, texts[0])
    await _chat(api, texts[1])
    await _chat(api, f"@kaizen_test_bot I am {CANARIES['name']}", user=5, chat=GROUP)
    api.press(USER, first, f"fix:{_kaizen_id(first)}")
    prompt = await api.wait_for(
        lambda: [m for m in api.sent(USER) if (m.get("reply_markup") or {}).get("force_reply")]
    )
    api.send_text(USER, f"Write to {CANARIES['email']} or ask {CANARIES['name']}", reply_to=prompt[0])
    await api.wait_for(lambda: any("saved as a better reply" in m["text"] for m in api.sent(USER)))
    api.send_text(USER, CANARIES["email"] * 200)  # refused as too long: the refusal must not echo it
    await api.wait_for(lambda: any("limit" in m["text"] for m in api.sent(USER)))


async def test_main_run_server_starts_the_telegram_bot_when_a_token_is_set(settings, api):
    import asyncio

    import main

    settings.web.enabled = False  # Telegram alone; the web chat is tested elsewhere
    parts = main.build_components(settings)
    server = asyncio.create_task(main.run_server(parts, "127.0.0.1", free_port()))
    try:
        await api.wait_for(lambda: parts.runtime.ready and api.calls_of("getUpdates"), timeout=60)
        reply = await _chat(api, "hello from main")
        assert _kaizen_id(reply) and parts.store.counts()["messages"] == 2
        # wire_training made the follower first; the Telegram wiring registered its notifier on it.
        adapter_notifiers = [n for n in parts.service.follower.notifiers if "notify_candidate" in n.__name__]
        assert len(adapter_notifiers) == 1
    finally:
        server.cancel()
        with pytest.raises(asyncio.CancelledError):
            await server
    assert api.calls_of("setMyCommands")


def test_update_ledger_survives_restarts_out_of_order_starts_and_stale_marks(tmp_path):
    from bot.telegram_ledger import UpdateLedger

    path = tmp_path / "telegram" / "last_update.json"
    ledger = UpdateLedger(path)
    assert not ledger.already_handled(1)
    ledger.record(6)
    assert not ledger.already_handled(5)  # started after 6 when handled concurrently: still answered
    ledger.record(5)
    assert ledger.already_handled(5) and ledger.already_handled(6)
    again = UpdateLedger(path)  # a restart
    assert again.already_handled(4) and again.already_handled(6) and not again.already_handled(7)
    again.written_at -= UpdateLedger.STALE_AFTER_S + 1  # a week without updates: ids restart at random
    assert not again.already_handled(3)
    again.record(3)
    assert again.already_handled(3) and UpdateLedger(path).last_id == 3
    path.write_text("{garbage")
    assert UpdateLedger(path).last_id == -1  # unreadable: start afresh, loudly


async def test_network_errors_are_retried_and_the_reply_arrives(bot, api, service):
    _known(service)
    api.fail_next("sendMessage", 502, "Bad Gateway")  # PTB raises NetworkError for a 502
    reply = await _chat(api, "anyone home?")
    assert reply["text"]
    assert [c.status for c in api.calls if c.method == "sendMessage"] == [502, 200]


async def test_start_privacy_and_new_commands(bot, api, service):
    api.send_text(USER, "/start")
    greeting = await api.wait_for(lambda: [m["text"] for m in api.sent(USER) if "Hi!" in m["text"]])
    assert service.privacy_notice() in greeting[0] and "/forget" in greeting[0]
    api.send_text(USER, "/privacy")
    await api.wait_for(lambda: [m for m in api.sent(USER) if m["text"] == service.privacy_notice()])
    first = await _chat(api, "one")
    api.send_text(USER, "/new")
    await api.wait_for(lambda: [m for m in api.sent(USER) if "Fresh start" in m["text"]])
    second = await _chat(api, "two")
    conv = service.conversation_of
    assert conv(_kaizen_id(first)).id != conv(_kaizen_id(second)).id


async def test_a_too_long_correction_is_refused_and_the_prompt_stays_open(bot, api, service, store):
    reply = await _chat(api, "hi")
    mid = _kaizen_id(reply)
    api.press(USER, reply, f"fix:{mid}")
    prompt = await api.wait_for(
        lambda: [m for m in api.sent(USER) if (m.get("reply_markup") or {}).get("force_reply")]
    )
    api.send_text(USER, "x" * (service.settings.chat.max_message_chars + 1), reply_to=prompt[0])
    await api.wait_for(lambda: any("the limit is" in m["text"] for m in api.sent(USER)))
    assert store.ratings_of(mid) == []
    api.send_text(USER, "A short and better reply.", reply_to=prompt[0])
    await api.wait_for(lambda: any("saved as a better reply" in m["text"] for m in api.sent(USER)))
    assert [r.correction for r in store.ratings_of(mid)] == ["A short and better reply."]


async def test_flood_control_spreads_group_sends_and_leaves_private_chats_alone():
    from bot.telegram_sending import FloodControl, _Bucket

    limiter = FloodControl()
    assert limiter._group_bucket(USER) is None and limiter._group_bucket(GROUP) is not None
    bucket = _Bucket(2, 0.2)  # bursts of 2, then one every 0.1 s
    started = time.monotonic()
    for _ in range(4):
        await bucket.take()
    assert 0.15 <= time.monotonic() - started < 1.0

    sent = []

    async def send(**kwargs):
        sent.append(kwargs)
        return True

    assert await limiter.process_request(
        send, (), {"chat_id": GROUP}, "sendMessage", {"chat_id": GROUP}, None
    )
    assert sent == [{"chat_id": GROUP}]


async def test_first_contact_shows_the_privacy_notice(bot, api):
    await _chat(api, "hello for the first time")
    texts = [m.get("text", "") for m in api.sent(USER)]
    assert any(t.startswith("ℹ️") and "/forget" in t for t in texts)
    before = len(texts)
    await _chat(api, "and again")
    assert not any(t.startswith("ℹ️") for t in [m.get("text", "") for m in api.sent(USER)][before:])


async def test_with_consent_required_nothing_is_stored_until_the_user_accepts(bot, api, settings, store):
    settings.privacy.require_consent = True
    api.send_text(USER, "hi, I am Ann Lee")
    ask = await api.wait_for(lambda: [m for m in api.sent(USER) if "Accept" in str(m.get("reply_markup"))])
    assert store.counts()["messages"] == 0
    api.press(USER + 1, ask[0], f"consent:{USER}")  # someone else cannot accept for them
    await api.wait_for(lambda: any("Only the person" in a for a in _answers(api)))
    api.press(USER, ask[0], f"consent:{USER}")
    await api.wait_for(lambda: any("Thanks" in a for a in _answers(api)))
    reply = await _chat(api, "now it works")
    assert store.get_message(_kaizen_id(reply)).role == "assistant"
