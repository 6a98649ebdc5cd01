"""Streamed replies: SSE deltas join to the stored reply; what is stored is scrubbed; errors are JSON."""

import json
import logging

import httpx
import pytest

from bot.runtime import ModelRuntime
from bot.service import ChatService, Reply
from bot.web import create_web_app
from tests.helpers import make_chatty_model

CANARY_EMAIL = "jane.canary@example.com"
CANARY_PHONE = "212-555-0199"


@pytest.fixture(scope="module")
def chatty_dir(tiny_model_dir, tmp_path_factory) -> str:
    return make_chatty_model(tiny_model_dir, tmp_path_factory.mktemp("chatty-stream"))


@pytest.fixture
def chatty_service(tmp_path, chatty_dir, scrubber):
    from config import load_settings
    from feedback.store import Store

    settings = load_settings(
        data_dir=tmp_path / "data", model={"base": chatty_dir, "max_new_tokens": 16, "timeout_seconds": 60}
    )
    runtime = ModelRuntime(settings.model)
    runtime.load()
    return ChatService(settings, Store(settings.db_url), scrubber, runtime)


@pytest.fixture
async def client(chatty_service):
    transport = httpx.ASGITransport(app=create_web_app(chatty_service))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


def _events(body: str) -> list[tuple[str, dict]]:
    events = []
    for block in body.split("\n\n"):
        if block.strip():
            lines = dict(line.split(": ", 1) for line in block.splitlines())
            events.append((lines["event"], json.loads(lines["data"])))
    return events


async def test_stream_endpoint_sends_deltas_that_join_to_the_stored_reply(client, chatty_service):
    r = await client.post("/api/chat/stream", json={"session": "s1", "text": "tell me about dragons"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = _events(r.text)
    names = [name for name, _ in events]
    assert names[-1] == "done" and set(names[:-1]) == {"delta"} and len(names) > 2
    streamed = "".join(data["delta"] for _, data in events[:-1])
    done = events[-1][1]
    assert streamed == done["reply"] and streamed
    stored = chatty_service.store.get_message(done["message_id"])
    # Stored as written, less any personal data (random words can look like names to Presidio).
    assert stored.role == "assistant"
    assert stored.text == chatty_service.scrubber.scrub(streamed, stored.conversation_id)
    # The same as the non-streamed answer to the same context would be, and /api/rate works on it.
    r = await client.post("/api/rate", json={"message_id": done["message_id"], "value": 1, "session": "s1"})
    assert r.status_code == 200
    assert chatty_service.store.counts() == {"conversations": 1, "messages": 2, "ratings": 1}


async def test_streamed_and_plain_replies_are_the_same_text(chatty_service):
    plain = await chatty_service.handle_message("web", "a", "a", "what is a kettle?")
    items = [i async for i in chatty_service.handle_message_stream("web", "b", "b", "what is a kettle?")]
    reply = items[-1]
    assert isinstance(reply, Reply) and all(isinstance(i, str) for i in items[:-1])
    assert "".join(items[:-1]) == reply.text == plain.text


async def test_streamed_reply_is_scrubbed_before_it_is_stored(chatty_service, caplog, tmp_path):
    chatty_service.scrubber.settings.replace = "placeholder"  # tags show the scrubbing in the bytes
    runtime = chatty_service.runtime
    said = f"Sure! Write to {CANARY_EMAIL} or call {CANARY_PHONE} tomorrow."
    ids = runtime.tokenizer.encode(said, add_special_tokens=False)

    async def canned_tokens(turns, system_prompt, temperature, max_new_tokens, info):  # noqa: ANN001
        info["adapter_id"] = None
        for token in ids:
            yield token

    runtime._tokens = canned_tokens
    caplog.set_level(logging.DEBUG)
    # As main.py does: Presidio's own debug lines quote context words (not Kaizen's log lines).
    caplog.set_level(logging.ERROR, logger="presidio-analyzer")
    items = [
        i
        async for i in chatty_service.handle_message_stream(
            "web", "u", "u", f"my mail is {CANARY_EMAIL}, ring {CANARY_PHONE}"
        )
    ]
    reply = items[-1]
    assert "".join(items[:-1]) == reply.text == said  # the user sees the reply as written
    stored = chatty_service.store.get_message(reply.message_id).text
    assert CANARY_EMAIL not in stored and CANARY_PHONE not in stored and "<EMAIL_ADDRESS>" in stored
    chatty_service.store.engine.dispose()
    on_disk = b"".join(p.read_bytes() for p in (tmp_path / "data").glob("kaizen.db*"))
    assert on_disk and CANARY_EMAIL.encode() not in on_disk and CANARY_PHONE.encode() not in on_disk
    assert CANARY_EMAIL not in caplog.text and CANARY_PHONE not in caplog.text


async def test_stream_refusals_are_json_errors_and_lose_nothing(client, chatty_service):
    too_long = "x" * (chatty_service.settings.chat.max_message_chars + 1)
    for payload, status in [
        ({"session": "s", "text": ""}, 400),
        ({"session": "s", "text": too_long}, 413),
        ({"text": "no session"}, 400),
    ]:
        r = await client.post("/api/chat/stream", json=payload)
        assert r.status_code == status and r.json()["error"]
    assert chatty_service.store.counts()["messages"] == 0


async def test_the_page_streams_and_keeps_the_plain_api(client):
    page = (await client.get("/")).text
    assert "/api/chat/stream" in page and "text/event-stream" not in page
    r = await client.post("/api/chat", json={"session": "s", "text": "hello"})
    assert r.status_code == 200 and {"message_id", "reply"} <= set(r.json())


async def test_a_reply_failing_midway_ends_the_stream_with_an_error_event(client, chatty_service):
    from bot.runtime import GenerationError

    runtime = chatty_service.runtime
    ids = runtime.tokenizer.encode("The answer is", add_special_tokens=False)

    async def failing_tokens(turns, system_prompt, temperature, max_new_tokens, info):  # noqa: ANN001
        info["adapter_id"] = None
        for token in ids:
            yield token
        raise GenerationError("no reply within 1 s")

    runtime._tokens = failing_tokens
    r = await client.post("/api/chat/stream", json={"session": "s", "text": "a question"})
    events = _events(r.text)
    assert [name for name, _ in events][-1] == "error" and "delta" in {name for name, _ in events}
    assert events[-1][1]["status"] == 503 and "try again" in events[-1][1]["error"]
    # The user's message is kept; no half reply is stored.
    assert chatty_service.store.counts()["messages"] == 1


# 🔄 regenerate, streamed -----------------------------------------------------------------------
async def test_regenerate_stream_sends_deltas_that_join_to_a_new_stored_reply(client, chatty_service):
    r = await client.post("/api/chat/stream", json={"session": "s1", "text": "tell me about dragons"})
    first = _events(r.text)[-1][1]
    r = await client.post("/api/regenerate/stream", json={"message_id": first["message_id"], "session": "s1"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = _events(r.text)
    names = [name for name, _ in events]
    assert names[-1] == "done" and set(names[:-1]) == {"delta"} and len(names) > 2
    done = events[-1][1]
    streamed = "".join(data["delta"] for _, data in events[:-1])
    assert streamed == done["reply"] and done["message_id"] != first["message_id"]
    store = chatty_service.store
    new, old = store.get_message(done["message_id"]), store.get_message(first["message_id"])
    # Both replies are kept, answering the same message; the new one stored as written, less PII.
    assert new.role == "assistant" and new.reply_to == old.reply_to
    assert new.text == chatty_service.scrubber.scrub(streamed, new.conversation_id)
    assert store.counts() == {"conversations": 1, "messages": 3, "ratings": 0}
    # The conversation continues from the regenerated reply.
    ctx = chatty_service._context(new.conversation_id)
    assert ctx.turns[-1]["id"] == new.id


async def test_regenerate_stream_refusals_are_json_errors_and_lose_nothing(client, chatty_service):
    r = await client.post("/api/chat/stream", json={"session": "s1", "text": "hello"})
    mid = _events(r.text)[-1][1]["message_id"]
    user_mid = chatty_service.store.get_message(mid).reply_to
    for payload, status in [
        ({"message_id": "nope", "session": "s1"}, 404),
        ({"message_id": user_mid, "session": "s1"}, 400),  # only the bot's replies
        ({"session": "s1"}, 400),
    ]:
        r = await client.post("/api/regenerate/stream", json=payload)
        assert r.status_code == status and r.json()["error"]
    assert chatty_service.store.counts()["messages"] == 2


async def test_regenerate_stream_is_scrubbed_before_it_is_stored(chatty_service, caplog, tmp_path):
    chatty_service.scrubber.settings.replace = "placeholder"
    first = await chatty_service.handle_message("web", "u", "u", f"my mail is {CANARY_EMAIL}")
    runtime = chatty_service.runtime
    said = f"Or write to {CANARY_EMAIL}, or call {CANARY_PHONE}."
    ids = runtime.tokenizer.encode(said, add_special_tokens=False)

    async def canned_tokens(turns, system_prompt, temperature, max_new_tokens, info):  # noqa: ANN001
        info["adapter_id"] = None
        for token in ids:
            yield token

    runtime._tokens = canned_tokens
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.ERROR, logger="presidio-analyzer")
    items = [i async for i in chatty_service.regenerate_stream(first.message_id)]
    reply = items[-1]
    assert isinstance(reply, Reply) and "".join(items[:-1]) == reply.text == said
    stored = chatty_service.store.get_message(reply.message_id).text
    assert CANARY_EMAIL not in stored and CANARY_PHONE not in stored and "<EMAIL_ADDRESS>" in stored
    chatty_service.store.engine.dispose()
    on_disk = b"".join(p.read_bytes() for p in (tmp_path / "data").glob("kaizen.db*"))
    assert on_disk and CANARY_EMAIL.encode() not in on_disk and CANARY_PHONE.encode() not in on_disk
    assert CANARY_EMAIL not in caplog.text and CANARY_PHONE not in caplog.text


async def test_the_page_regenerates_through_the_stream(client):
    page = (await client.get("/")).text
    assert "/api/regenerate/stream" in page
