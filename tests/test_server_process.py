"""The real `python main.py serve` process: canary PII, crash safety."""

import sqlite3

import httpx
import pytest

from tests.helpers import ServerProcess

CANARIES = {
    "email": "canary.kowalski@example.org",
    "phone": "+1 415 555 0199",
    "card": "4111 1111 1111 1111",
    "name": "Jonathan Kowalski",
}


def _server(tmp_path, model_dir: str, mode: str = "surrogate") -> ServerProcess:
    env = {
        "KAIZEN_MODEL__BASE": model_dir,
        "KAIZEN_MODEL__MAX_NEW_TOKENS": "8",
        "KAIZEN_LOG_LEVEL": "DEBUG",
        "KAIZEN_PRIVACY__REPLACE": mode,
    }
    server = ServerProcess(tmp_path / "data", env=env)
    server.replace_mode = mode
    return server


@pytest.fixture(params=["surrogate", "placeholder"])
def server(request, tmp_path, tiny_model_dir):
    with _server(tmp_path, tiny_model_dir, request.param) as srv:
        yield srv


def _db_bytes(data_dir) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.glob("kaizen.db*"))


def test_canary_pii_never_reaches_the_database_or_the_logs(server):
    texts = [
        f"Hi, my name is {CANARIES['name']} and my e-mail is {CANARIES['email']}",
        f"Call me at {CANARIES['phone']}, my card is {CANARIES['card']}",
    ]
    mids = []
    for text in texts:
        r = httpx.post(server.url + "/api/chat", json={"session": "canary", "text": text}, timeout=60)
        assert r.status_code == 200
        mids.append(r.json()["message_id"])
    correction = f"Write to {CANARIES['email']} or ask {CANARIES['name']}"
    r = httpx.post(
        server.url + "/api/rate", json={"message_id": mids[0], "value": -1, "correction": correction}
    )
    assert r.status_code == 200
    # An invalid request carrying PII must not echo it into logs either.
    httpx.post(server.url + "/api/chat", json={"session": "canary", "text": CANARIES["email"] * 2000})
    server.stop()
    blob = _db_bytes(server.data_dir)
    logs = server.log()
    assert blob and logs
    for kind, canary in CANARIES.items():
        for form in {canary, canary.replace(" ", "")}:
            assert form.encode() not in blob, f"{kind} canary in the database"
            assert form not in logs, f"{kind} canary in the logs"
    tags = (b"<EMAIL_ADDRESS>", b"<PHONE_NUMBER>", b"<CREDIT_CARD>", b"<PERSON>")
    if server.replace_mode == "placeholder":
        assert all(tag in blob for tag in tags)
    else:
        # Surrogates: natural text with fake values, no tags the bot could learn to write.
        assert not any(tag in blob for tag in tags)
        assert b"Hi, my name is " in blob and b"my e-mail is " in blob


def test_an_acknowledged_rating_survives_kill_9(tmp_path, tiny_model_dir):
    server = _server(tmp_path, tiny_model_dir).start()
    r = httpx.post(server.url + "/api/chat", json={"session": "s", "text": "hello"}, timeout=60)
    mid = r.json()["message_id"]
    r = httpx.post(server.url + "/api/rate", json={"message_id": mid, "value": 1, "session": "s"})
    assert r.status_code == 200
    server.kill9()
    with sqlite3.connect(server.data_dir / "kaizen.db") as db:
        assert db.execute("select value from rating where message_id = ?", (mid,)).fetchall() == [(1,)]
    server.start()
    # The restarted bot knows the message: rating again changes the same row.
    r = httpx.post(server.url + "/api/rate", json={"message_id": mid, "value": -1, "session": "s"})
    assert r.status_code == 200
    server.stop()
    with sqlite3.connect(server.data_dir / "kaizen.db") as db:
        assert db.execute("select value from rating where message_id = ?", (mid,)).fetchall() == [(-1,)]
