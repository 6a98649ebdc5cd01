"""/forget, /new and /privacy in the web chat: their endpoints, and the chat endpoints refusing them."""

import httpx
import pytest

from bot.service import ChatService
from bot.web import create_web_app


@pytest.fixture
async def client(service):
    transport = httpx.ASGITransport(app=create_web_app(service))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def _chat(client, session: str, text: str) -> str:
    r = await client.post("/api/chat", json={"session": session, "text": text})
    assert r.status_code == 200, r.text
    return r.json()["message_id"]


def test_a_command_is_the_whole_message_only():
    assert ChatService.user_command("/forget") == "forget"
    assert ChatService.user_command("  /FORGET \n") == "forget"
    assert ChatService.user_command("/New") == "new"
    assert ChatService.user_command("/privacy") == "privacy"
    for text in ("/forget me please", "forget", "/status", "/", "", None, "please /new"):
        assert ChatService.user_command(text) is None, text


async def test_forget_deletes_nothing_without_confirm_and_exactly_this_session_with_it(client, store):
    mine = await _chat(client, "alice", "hello")
    await _chat(client, "alice", "again")
    theirs = await _chat(client, "bob", "hi there")
    r = await client.post("/api/rate", json={"message_id": theirs, "value": 1, "session": "bob"})
    assert r.status_code == 200
    r = await client.post("/api/rate", json={"message_id": mine, "value": -1, "session": "alice"})
    assert r.status_code == 200
    before = store.counts()
    assert before["messages"] == 6 and before["ratings"] == 2

    r = await client.post("/api/forget", json={"session": "alice"})
    assert r.status_code == 200
    assert r.json() == {"confirm_needed": True, "would_delete": {"messages": 4, "ratings": 1}}
    assert store.counts() == before

    r = await client.post("/api/forget", json={"session": "alice", "confirm": True})
    assert r.status_code == 200
    assert r.json() == {
        "deleted": {"messages": 4, "ratings": 1, "adapters_flagged": 0},
        "nothing_to_delete": False,
    }
    assert store.counts()["messages"] == 2 and store.counts()["ratings"] == 1
    assert store.get_message(theirs).text  # bob's rows stay
    assert [r.value for r in store.ratings_of(theirs)] == [1]

    # A double click: the second forget finds nothing and says so.
    r = await client.post("/api/forget", json={"session": "alice", "confirm": True})
    assert r.status_code == 200
    assert r.json()["nothing_to_delete"] is True
    assert r.json()["deleted"]["messages"] == 0 and r.json()["deleted"]["ratings"] == 0
    r = await client.post("/api/forget", json={"session": "alice"})
    assert r.json()["would_delete"] == {"messages": 0, "ratings": 0}
    assert store.counts()["messages"] == 2


async def test_forget_refuses_bad_input(client, store):
    await _chat(client, "alice", "hello")
    cases = [
        ({"session": "never-seen", "confirm": True}, 404),
        ({"session": "never-seen"}, 404),
        ({"session": "", "confirm": True}, 400),
        ({"confirm": True}, 400),
        ({"session": "alice", "confirm": "yes"}, 400),
    ]
    for payload, status in cases:
        r = await client.post("/api/forget", json=payload)
        assert r.status_code == status, (payload, r.text)
        assert r.json()["error"]
    assert store.counts()["messages"] == 2


@pytest.mark.parametrize("path", ["/api/chat", "/api/chat/stream"])
async def test_a_command_sent_as_a_message_is_refused_and_nothing_is_stored(client, store, service, path):
    endpoints = {"forget": "/api/forget", "new": "/api/new", "privacy": "/api/privacy"}
    for text, name in (
        ("/forget", "forget"),
        ("  /FORGET\n", "forget"),
        ("/New", "new"),
        ("/privacy", "privacy"),
    ):
        r = await client.post(path, json={"session": "carol", "text": text})
        assert r.status_code == 400, (text, r.text)
        assert endpoints[name] in r.json()["error"]
    assert store.counts()["messages"] == 0
    assert store.get_user(service.user_id("web", "carol")) is None
    # Text that only starts with a command is an ordinary message.
    r = await client.post("/api/chat", json={"session": "carol", "text": "/forget what I said?"})
    assert r.status_code == 200
    assert store.counts()["messages"] == 2


async def test_new_starts_a_fresh_conversation_for_the_session(client, store):
    first = await _chat(client, "dave", "hello")
    old_conversation = store.get_message(first).conversation_id
    r = await client.post("/api/new", json={"session": "dave"})
    assert r.status_code == 200
    fresh = r.json()["conversation_id"]
    assert fresh and fresh != old_conversation
    second = await _chat(client, "dave", "a new topic")
    assert store.get_message(second).conversation_id == fresh
    r = await client.post("/api/new", json={"session": ""})
    assert r.status_code == 400 and r.json()["error"]


async def test_privacy_returns_the_notice(client, service):
    r = await client.get("/api/privacy")
    assert r.status_code == 200
    assert r.json() == {"notice": service.privacy_notice()}
    assert "/forget" in r.json()["notice"]


async def test_the_page_offers_the_commands(client):
    r = await client.get("/")
    for marker in ("forget-confirm", "forget-cancel", "/api/forget", "/api/new", "/api/privacy"):
        assert marker in r.text
