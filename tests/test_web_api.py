import httpx
import pytest

from bot.web import create_web_app


@pytest.fixture
async def client(service):
    transport = httpx.ASGITransport(app=create_web_app(service))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def test_health_reports_model_and_adapter(client, service):
    r = await client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "model": service.runtime.model_name, "adapter": None}


async def test_chat_rate_regenerate_round_trip(client, store):
    r = await client.post("/api/chat", json={"session": "s1", "text": "hello"})
    assert r.status_code == 200
    body = r.json()
    assert {"message_id", "reply"} <= set(body) and body["message_id"]
    assert "notice" in body  # first contact: the privacy notice
    r = await client.post(
        "/api/rate", json={"message_id": body["message_id"], "value": 1, "correction": None}
    )
    assert r.status_code == 200
    r = await client.post(
        "/api/rate",
        json={"message_id": body["message_id"], "value": -1, "correction": "Better.", "session": "s1"},
    )
    assert r.status_code == 200
    r = await client.post("/api/regenerate", json={"message_id": body["message_id"]})
    assert r.status_code == 200 and r.json()["message_id"] != body["message_id"]
    assert store.counts() == {"conversations": 1, "messages": 3, "ratings": 2}


async def test_errors_are_json_with_the_right_status(client, service):
    too_long = "x" * (service.settings.chat.max_message_chars + 1)
    cases = [
        ("/api/chat", {"session": "s", "text": ""}, 400),
        ("/api/chat", {"session": "s", "text": too_long}, 413),
        ("/api/chat", {"text": "no session"}, 400),
        ("/api/rate", {"message_id": "nope", "value": 1}, 404),
        ("/api/rate", {"message_id": "nope", "value": "up"}, 400),
        ("/api/regenerate", {"message_id": "nope"}, 404),
    ]
    for path, payload, status in cases:
        r = await client.post(path, json=payload)
        assert r.status_code == status, (path, payload, r.text)
        assert r.json()["error"]
    r = await client.post("/api/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400


async def test_a_reply_cannot_be_rated_from_another_session(client):
    r = await client.post("/api/chat", json={"session": "owner", "text": "hi"})
    mid = r.json()["message_id"]
    r = await client.post("/api/rate", json={"message_id": mid, "value": 1, "session": "intruder"})
    assert r.status_code == 403


async def test_the_page_has_the_rating_buttons(client):
    r = await client.get("/")
    assert r.status_code == 200
    for marker in ("rate-up", "rate-down", "correct", "regenerate", "/api/chat"):
        assert marker in r.text
