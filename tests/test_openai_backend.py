"""The OpenAI-compatible backend (vLLM) through ChatService, against the loopback vLLM stand-in
(tests/vllm_stand_in.py, which really runs the tiny model and loads LoRA adapters with PEFT)."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from bot.openai_backend import OpenAIRuntime
from bot.promotions import AdapterFollower
from bot.service import ChatService, ReplyFailed
from bot.web import create_web_app
from config import load_settings
from feedback.models import Adapter
from feedback.store import Store
from privacy import Scrubber
from tests.helpers import free_port, make_chatty_model, make_tiny_adapter
from tests.vllm_stand_in import StandInServer
from trainer.adapters import AdapterError
from trainer.registry import active_adapter

SERVED = "kaizen-tiny"
KEY = "engine-secret-key"
CANARY = "Ottilie Canaryfeld, ottilie.canary@example.org"


@pytest.fixture(scope="module")
def chatty_dir(tiny_model_dir, tmp_path_factory) -> str:
    return make_chatty_model(tiny_model_dir, tmp_path_factory.mktemp("chatty"))


@pytest.fixture
def engine(chatty_dir):
    server = StandInServer(chatty_dir, SERVED, free_port(), api_key=KEY).start()
    yield server
    server.stop()


def service_on(engine, chatty_dir, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """(settings, store, ChatService) served by `engine` through OpenAIRuntime."""
    monkeypatch.setenv("KAIZEN_MODEL__OPENAI_API_KEY", KEY)
    settings = load_settings(
        data_dir=tmp_path / "data",
        model={"backend": "openai", "openai_base_url": engine.url, "openai_model": SERVED,
               "base": chatty_dir, "max_new_tokens": 8, "timeout_seconds": 30},
    )  # fmt: skip
    store = Store(settings.db_url)
    runtime = OpenAIRuntime(settings.model)
    runtime.load(wait_seconds=10)
    return settings, store, ChatService(settings, store, Scrubber(settings.privacy, key=b"k"), runtime)


@pytest.fixture
def parts(engine, chatty_dir, tmp_path, monkeypatch):
    settings, store, service = service_on(engine, chatty_dir, tmp_path, monkeypatch)
    service.follower = AdapterFollower(service)
    return settings, store, service


def register(store, model_dir, tmp_path, name: str, seed: int = 1) -> str:
    path = make_tiny_adapter(model_dir, tmp_path / name, seed=seed)
    evaluation = {"decision": {"eligible": True, "reasons": []}, "fit": {}}
    store.add_adapter(
        Adapter(id=name, status="eligible", path=str(path), base_model="tiny", base_fingerprint="x",
                method="sft", dataset_hash="d", evaluation=json.dumps(evaluation))
    )  # fmt: skip
    return name


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.text: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.text.append(record.getMessage())


async def test_replies_come_from_the_engine_whole_and_streamed(parts, engine):
    settings, store, service = parts
    whole = await service.handle_message("web", "u", "c1", "hello there")
    assert whole.text and whole.adapter_id is None
    assert store.get_message(whole.message_id).model == SERVED
    deltas, final = [], None
    async for item in service.handle_message_stream("web", "u", "c2", "hello there"):
        if isinstance(item, str):
            deltas.append(item)
        else:
            final = item
    assert "".join(deltas) == final.text == whole.text  # greedy: the same words either way
    assert len(deltas) > 1  # it really grew
    assert [r["stream"] for r in engine.engine.requests] == [False, True]
    assert {r["model"] for r in engine.engine.requests} == {SERVED}


async def test_promotion_loads_the_adapter_into_the_engine_and_rollback_routes_back(
    parts, engine, chatty_dir, tmp_path
):
    settings, store, service = parts
    base = await service.handle_message("web", "u", "c1", "tell me something")
    register(store, chatty_dir, tmp_path, "a1")
    await service.promote("a1", "web-admin")
    assert service.runtime.adapter_id == "a1"
    assert "a1" in service.runtime.engine_models()  # loaded at run time, by name
    tuned = await service.handle_message("web", "u", "c2", "tell me something")
    assert engine.engine.requests[-1]["model"] == "a1"
    assert tuned.adapter_id == "a1" and tuned.text != base.text
    assert store.get_message(tuned.message_id).adapter_id == "a1"

    register(store, chatty_dir, tmp_path, "a2", seed=2)
    await service.promote("a2", "web-admin")
    assert service.runtime.engine_models() == [SERVED, "a2"]  # the old adapter was unloaded
    await service.rollback("web-admin")
    assert service.runtime.adapter_id == "a1" and active_adapter(store).id == "a1"
    assert set(service.runtime.engine_models()) == {SERVED, "a1"}
    again = await service.handle_message("web", "u", "c3", "tell me something")
    assert again.text == tuned.text
    await service.rollback("web-admin")
    assert service.runtime.adapter_id is None
    back = await service.handle_message("web", "u", "c4", "tell me something")
    assert engine.engine.requests[-1]["model"] == SERVED and back.text == base.text


async def test_an_adapter_the_engine_refuses_is_failed_and_the_served_one_stays(
    parts, engine, chatty_dir, tmp_path
):
    settings, store, service = parts
    register(store, chatty_dir, tmp_path, "good")
    await service.promote("good", "web-admin")
    register(store, chatty_dir, tmp_path, "broken")
    (tmp_path / "broken" / "adapter_model.safetensors").write_bytes(b"not weights")
    with pytest.raises(AdapterError, match="the engine refused adapter broken"):
        await service.runtime.use_adapter("broken", tmp_path / "broken")
    assert service.runtime.adapter_id == "good"
    store.activate("broken", "force", "cli", "test")  # promoted by a process that did not check
    assert await service.follower.sync() == "good"
    assert store.get_adapter("broken").status == "failed"
    reply = await service.handle_message("web", "u", "c", "hi")
    assert reply.adapter_id == "good" and engine.engine.requests[-1]["model"] == "good"


async def test_an_engine_that_restarted_gets_the_adapter_loaded_again(parts, engine, chatty_dir, tmp_path):
    settings, store, service = parts
    register(store, chatty_dir, tmp_path, "a1")
    await service.promote("a1", "web-admin")
    engine.engine.loras.clear()  # as after a restart: runtime-loaded adapters are gone
    reply = await service.handle_message("web", "u", "c", "hi")
    assert reply.adapter_id == "a1" and "a1" in engine.engine.loras
    assert [r["model"] for r in engine.engine.requests[-2:]] == ["a1", "a1"]  # 404, reload, retry


async def test_engine_down_is_a_clear_reply_failure_and_nothing_is_lost(parts, engine, tmp_path):
    settings, store, service = parts
    handler = Lines()
    logging.getLogger().addHandler(handler)
    try:
        await service.handle_message("web", "u", "c", "first question")
        web = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=create_web_app(service)), base_url="http://t"
        )
        assert (await web.get("/healthz")).json()["status"] == "ok"
        engine.stop()
        assert not await service.runtime.healthy() and service.runtime.ready
        health = await web.get("/healthz")  # the load balancer takes this replica out
        assert health.status_code == 503 and health.json()["status"] == "unreachable"
        with pytest.raises(ReplyFailed, match="could not come up with a reply"):
            await service.handle_message("web", "u", "c", f"I am {CANARY}")
        with pytest.raises(ReplyFailed):
            async for _ in service.handle_message_stream("web", "u", "c", f"again, {CANARY}"):
                pass
    finally:
        logging.getLogger().removeHandler(handler)
    conv = store.latest_conversation("web", service.chat_id("web", "c"))
    users = [m for m in store.conversation_messages(conv.id) if m.role == "user"]
    assert len(users) == 3  # the messages the engine could not answer are kept (scrubbed)
    raw = (settings.data_dir / "kaizen.db").read_bytes()
    assert b"Canaryfeld" not in raw and b"ottilie.canary" not in raw
    assert not any("Canaryfeld" in t or "ottilie.canary" in t or KEY in t for t in handler.text)
    assert any("cannot be reached" in t for t in handler.text)


def test_the_engine_checks_the_api_key_and_load_names_a_missing_model(engine, chatty_dir):
    assert httpx.get(f"{engine.url}/models").status_code == 401
    from config.settings import ModelSettings

    wrong = OpenAIRuntime(ModelSettings(backend="openai", openai_base_url=engine.url, openai_model="other"))
    with pytest.raises(Exception, match="engine answered 401"):
        wrong.engine_models()
    keyed = ModelSettings(
        backend="openai", openai_base_url=engine.url, openai_model="other", openai_api_key=KEY
    )
    with pytest.raises(Exception, match="not 'other'"):
        OpenAIRuntime(keyed).load(wait_seconds=1)


def test_settings_pick_the_backend_and_keep_the_engine_key_out_of_yaml(tmp_path, monkeypatch, chatty_dir):
    from config.settings import SettingsError
    from main import build_components

    settings = load_settings(
        data_dir=tmp_path / "d", model={"backend": "openai", "base": chatty_dir, "openai_model": SERVED}
    )
    assert isinstance(build_components(settings).runtime, OpenAIRuntime)
    with pytest.raises(SettingsError, match="MODEL__BACKEND"):
        load_settings(data_dir=tmp_path / "d", model={"backend": "llamacpp"})
    yaml_file = tmp_path / "kaizen.yaml"
    yaml_file.write_text(f"model:\n  openai_api_key: {KEY}\n")
    monkeypatch.setenv("KAIZEN_CONFIG_FILE", str(yaml_file))
    with pytest.raises(SettingsError, match="openai_api_key: secrets are read from the environment"):
        load_settings(data_dir=tmp_path / "d")


@pytest.fixture
def small_engine(chatty_dir):
    server = StandInServer(chatty_dir, SERVED, free_port(), api_key=KEY, max_model_len=160).start()
    yield server
    server.stop()


LONG_TURN = "tell me more about the weather in the mountains and the rivers and the old roads there"


async def test_a_long_conversation_is_trimmed_to_the_engines_window_and_every_turn_is_answered(
    small_engine, chatty_dir, tmp_path, monkeypatch
):
    settings, store, service = service_on(small_engine, chatty_dir, tmp_path, monkeypatch)
    assert service.runtime.context_window == 160  # the engine's max_model_len, smaller than the setting
    for i in range(10):
        reply = await service.handle_message("web", "u", "c", f"{i}: {LONG_TURN}")
        assert reply.text
    requests = small_engine.engine.requests
    assert not any("refused_turns" in r for r in requests)  # the estimate kept every prompt inside
    conv = store.latest_conversation("web", service.chat_id("web", "c"))
    assert len(store.conversation_messages(conv.id)) == 20  # nothing of the conversation was lost


async def test_when_the_engine_refuses_a_prompt_as_too_long_older_turns_are_dropped_and_it_asks_again(
    small_engine, chatty_dir, tmp_path, monkeypatch
):
    settings, store, service = service_on(small_engine, chatty_dir, tmp_path, monkeypatch)
    runtime = service.runtime
    runtime.max_model_len = None  # an engine that does not say its window: only the refusal tells
    turns = []
    for i in range(8):
        turns += [{"role": "user", "content": f"{i}: {LONG_TURN}"}, {"role": "assistant", "content": "ok"}]
    turns.append({"role": "user", "content": "and now?"})
    whole = await runtime.generate(turns, temperature=0.0)
    stream = runtime.stream(turns, temperature=0.0)
    deltas = [d async for d in stream]
    assert whole.text and "".join(deltas) == stream.result.text == whole.text
    requests = small_engine.engine.requests
    refused = [r for r in requests if "refused_turns" in r]
    assert len(refused) >= 2 and len(requests) == len(refused) + 2  # each refused, then answered
    # One message longer than the whole window is a clear failure, not an endless retry.
    with pytest.raises(ReplyFailed, match="could not come up with a reply"):
        await service.handle_message("web", "u", "c", " ".join([LONG_TURN] * 12))
    conv = store.latest_conversation("web", service.chat_id("web", "c"))
    assert [m.role for m in store.conversation_messages(conv.id)] == ["user"]  # kept, scrubbed
