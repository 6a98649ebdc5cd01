"""Serving on an inference engine: an OpenAI-compatible server such as vLLM started with --enable-lora.

`OpenAIRuntime` offers ChatService what `ModelRuntime` offers (load, ready, generate, stream,
use_adapter, adapter_id) but the model runs in the engine. Replies come from `/v1/chat/completions`
(`stream: true` for growing replies). A promotion loads the adapter into the engine at run time
(vLLM's `POST /v1/load_lora_adapter`, allowed by VLLM_ALLOW_RUNTIME_LORA_UPDATING=True) and routes
requests to it by name (`"model": <adapter id>`); a rollback routes back and unloads the old adapter.
The engine reads `lora_path` from its own file system: it must see this bot's adapter cache.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx

from bot.runtime import Generation, GenerationError, NotReady, _SwapGate, check_swap_request
from config.settings import ModelSettings
from trainer.adapters import AdapterError

log = logging.getLogger(__name__)


class EngineError(GenerationError):
    """The engine answered with an error status (its type and code, never the prompt)."""


class OpenAIRuntime:
    """The model runtime for `model.backend: openai`: an OpenAI-compatible engine does the work."""

    def __init__(self, settings: ModelSettings) -> None:
        self.settings = settings
        self.adapter_id: str | None = None
        self.load_error: str | None = None
        self.base_url = settings.openai_base_url.rstrip("/")
        self._paths: dict[str, str] = {}  # adapters this runtime loaded into the engine: id -> lora_path
        self._ready = threading.Event()
        self._gate: _SwapGate | None = None
        self._slots: asyncio.Semaphore | None = None

    # loading -----------------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    @property
    def model_name(self) -> str:
        """The base model's name in the engine."""
        return self.settings.openai_model or self.settings.base

    def _headers(self) -> dict[str, str]:
        key = self.settings.openai_api_key
        return {"Authorization": f"Bearer {key.get_secret_value()}"} if key else {}

    def load(self, wait_seconds: float | None = None) -> None:
        """Wait until the engine answers `GET /v1/models` and serves the base model (blocking).

        Waits forever by default (an engine loading a big model takes minutes); raises
        GenerationError after `wait_seconds` or when the engine serves another model.
        """
        deadline = None if wait_seconds is None else time.monotonic() + wait_seconds
        while True:
            try:
                names = self.engine_models()
                break
            except (httpx.TransportError, EngineError) as exc:
                if deadline is not None and time.monotonic() > deadline:
                    self.load_error = f"the engine at {self.base_url} is not answering ({type(exc).__name__})"
                    raise GenerationError(self.load_error) from None
                log.info("waiting for the engine at %s", self.base_url)
                time.sleep(2)
        if self.model_name not in names:
            self.load_error = (
                f"the engine serves {sorted(names)}, not {self.model_name!r} (model.openai_model)"
            )
            raise GenerationError(self.load_error)
        self.load_error = None
        self._ready.set()
        log.info("engine ready at %s: %s", self.base_url, self.model_name)

    def engine_models(self) -> list[str]:
        """Names the engine serves now: the base model and the LoRA adapters loaded into it."""
        response = httpx.get(f"{self.base_url}/models", headers=self._headers(), timeout=10)
        _raise_for_engine(response)
        return [m["id"] for m in response.json().get("data", [])]

    async def healthy(self) -> bool:
        """True when the engine answers now and still serves the base model (a cheap `GET /v1/models`)."""
        try:
            async with httpx.AsyncClient(timeout=5) as client:
                response = await client.get(f"{self.base_url}/models", headers=self._headers())
            _raise_for_engine(response)
        except (httpx.TransportError, EngineError):
            return False
        return self.model_name in [m["id"] for m in response.json().get("data", [])]

    def _async_parts(self) -> tuple[asyncio.Semaphore, _SwapGate]:
        if self._gate is None:
            self._slots = asyncio.Semaphore(self.settings.max_concurrent * self.settings.max_batch_size)
            self._gate = _SwapGate()
        return self._slots, self._gate

    # generation --------------------------------------------------------------------------------
    def _body(self, turns, system_prompt, temperature, max_new_tokens, stream: bool) -> dict:  # noqa: ANN001
        system = [{"role": "system", "content": system_prompt or self.settings.system_prompt}]
        body = {
            "model": self.adapter_id or self.model_name,
            "messages": system + [{"role": t["role"], "content": t["content"]} for t in turns],
            "max_tokens": max_new_tokens or self.settings.max_new_tokens,
            "temperature": self.settings.temperature if temperature is None else temperature,
            "top_p": self.settings.top_p,
            "repetition_penalty": self.settings.repetition_penalty,  # a vLLM extra sampling parameter
            "stream": stream,
        }
        if stream:
            body["stream_options"] = {"include_usage": True}
        return body

    async def generate(
        self,
        turns: list[dict[str, str]],
        system_prompt: str | None = None,
        temperature: float | None = None,
        max_new_tokens: int | None = None,
    ) -> Generation:
        """The engine's reply to a conversation (list of {role, content}); raises GenerationError."""
        if not self.ready:
            raise NotReady("the engine is not ready yet")
        started = time.perf_counter()
        slots, gate = self._async_parts()
        async with slots, gate:
            adapter_id = self.adapter_id
            body = self._body(turns, system_prompt, temperature, max_new_tokens, stream=False)
            try:
                async with asyncio.timeout(self.settings.timeout_seconds):
                    data = await self._chat(body)
            except TimeoutError:
                raise GenerationError(f"no reply within {self.settings.timeout_seconds:.0f} s") from None
        choice = data["choices"][0]
        return Generation(
            text=(choice["message"].get("content") or "").strip(),
            adapter_id=adapter_id,
            latency_ms=int((time.perf_counter() - started) * 1000),
            new_tokens=int((data.get("usage") or {}).get("completion_tokens") or 0),
        )

    async def _chat(self, body: dict) -> dict:
        async with httpx.AsyncClient(timeout=self.settings.timeout_seconds) as client:
            for attempt in (1, 2):
                try:
                    response = await client.post(
                        f"{self.base_url}/chat/completions", json=body, headers=self._headers()
                    )
                except httpx.TransportError as exc:
                    raise _unreachable(self.base_url, exc) from None
                if attempt == 1 and await self._reloaded_after_404(response, body["model"]):
                    continue
                _raise_for_engine(response)
                return response.json()
        raise AssertionError("unreachable")  # pragma: no cover

    async def _reloaded_after_404(self, response: httpx.Response, model: str) -> bool:
        """An engine restarted since the promotion has forgotten the adapter: load it again, once."""
        if response.status_code != 404 or model not in self._paths:
            return False
        log.warning("the engine lost adapter %s; loading it again", model)
        await self._load_lora(model, self._paths[model])
        return True

    def stream(
        self,
        turns: list[dict[str, str]],
        system_prompt: str | None = None,
        temperature: float | None = None,
        max_new_tokens: int | None = None,
    ) -> EngineReplyStream:
        """The reply as it grows (server-sent events); then `.result` holds the Generation."""
        return EngineReplyStream(self, (turns, system_prompt, temperature, max_new_tokens))

    # adapter slot ------------------------------------------------------------------------------
    async def use_adapter(self, adapter_id: str | None, path: str | Path | None = None) -> None:
        """Route replies to `adapter_id` (loaded into the engine from `path`) or, with None, the base.

        Waits for replies in flight; an adapter the engine refuses raises AdapterError and the
        adapter in force keeps serving.
        """
        check_swap_request(self.ready, adapter_id, path, "the engine is not ready yet")
        _, gate = self._async_parts()
        async with await gate.exclusive():
            if adapter_id == self.adapter_id:
                return
            old = self.adapter_id
            if adapter_id is not None:
                await self._load_lora(adapter_id, str(Path(path).resolve()))
            self.adapter_id = adapter_id
            if old is not None:
                await self._unload_lora(old)
        log.info("engine serves adapter %s", adapter_id or "none (base model)")

    async def _load_lora(self, adapter_id: str, path: str) -> None:
        body = {"lora_name": adapter_id, "lora_path": path}
        async with httpx.AsyncClient(timeout=self.settings.timeout_seconds) as client:
            try:
                response = await client.post(
                    f"{self.base_url}/load_lora_adapter", json=body, headers=self._headers()
                )
            except httpx.TransportError as exc:
                raise _unreachable(self.base_url, exc) from None
        message = _error_message(response)
        if response.status_code == 400 and "already been loaded" in message:
            pass  # another replica (or our earlier self) loaded it: route to it all the same
        elif 400 <= response.status_code < 500:
            raise AdapterError(f"the engine refused adapter {adapter_id}: {message}")
        else:
            _raise_for_engine(response)
        self._paths[adapter_id] = path

    async def _unload_lora(self, adapter_id: str) -> None:
        """Free the engine's slot of an adapter no longer served; failing to is only logged."""
        self._paths.pop(adapter_id, None)
        try:
            async with httpx.AsyncClient(timeout=self.settings.timeout_seconds) as client:
                response = await client.post(
                    f"{self.base_url}/unload_lora_adapter",
                    json={"lora_name": adapter_id},
                    headers=self._headers(),
                )
        except httpx.TransportError as exc:
            log.warning("could not unload adapter %s from the engine (%s)", adapter_id, type(exc).__name__)
            return
        if response.status_code not in (200, 404):  # 404: already gone (e.g. another replica)
            log.warning("the engine did not unload adapter %s (status %d)", adapter_id, response.status_code)


class EngineReplyStream:
    """Text deltas of one reply from the engine's event stream; `result` is set once it ends.

    Leading and trailing whitespace is never sent, so the deltas joined equal `result.text`.
    """

    def __init__(self, runtime: OpenAIRuntime, args: tuple) -> None:
        self.result: Generation | None = None
        self._runtime = runtime
        self._args = args

    def __aiter__(self) -> AsyncIterator[str]:
        return self._deltas()

    async def _deltas(self) -> AsyncIterator[str]:
        runtime = self._runtime
        if not runtime.ready:
            raise NotReady("the engine is not ready yet")
        started = time.perf_counter()
        slots, gate = runtime._async_parts()
        async with slots, gate:
            adapter_id = runtime.adapter_id
            body = runtime._body(*self._args, stream=True)
            received, sent, tokens = "", "", 0
            try:
                async with asyncio.timeout(runtime.settings.timeout_seconds):
                    async for chunk in _events(runtime, body):
                        if chunk.get("usage"):
                            tokens = int(chunk["usage"].get("completion_tokens") or 0)
                        for choice in chunk.get("choices") or []:
                            received += (choice.get("delta") or {}).get("content") or ""
                        ready = received.strip()
                        if len(ready) > len(sent) and ready.startswith(sent):
                            delta, sent = ready[len(sent) :], ready
                            yield delta
            except TimeoutError:
                raise GenerationError(f"no reply within {runtime.settings.timeout_seconds:.0f} s") from None
        self.result = Generation(
            text=sent,
            adapter_id=adapter_id,
            latency_ms=int((time.perf_counter() - started) * 1000),
            new_tokens=tokens,
        )


async def _events(runtime: OpenAIRuntime, body: dict) -> AsyncIterator[dict]:
    """The JSON chunks of a streamed chat completion, until `data: [DONE]`."""
    async with httpx.AsyncClient(timeout=runtime.settings.timeout_seconds) as client:
        for attempt in (1, 2):
            try:
                async with client.stream(
                    "POST", f"{runtime.base_url}/chat/completions", json=body, headers=runtime._headers()
                ) as response:
                    if response.status_code >= 400:
                        await response.aread()
                        if attempt == 1 and await runtime._reloaded_after_404(response, body["model"]):
                            continue
                        _raise_for_engine(response)
                    async for line in response.aiter_lines():
                        if not line.startswith("data:"):
                            continue
                        data = line[len("data:") :].strip()
                        if data == "[DONE]":
                            return
                        chunk = json.loads(data)
                        if "error" in chunk:  # vLLM reports a failure midway as an event
                            raise EngineError(f"the engine failed midway ({_error_type(chunk)})")
                        yield chunk
                    raise GenerationError("the engine's stream ended without [DONE]")
            except httpx.TransportError as exc:
                raise _unreachable(runtime.base_url, exc) from None


def _unreachable(url: str, exc: Exception) -> GenerationError:
    log.error("the engine at %s cannot be reached: %s", url, type(exc).__name__)
    return GenerationError(f"the engine cannot be reached ({type(exc).__name__})")


def _error_type(data: dict) -> str:
    error = data.get("error", data)
    return str(error.get("type", "error")) if isinstance(error, dict) else str(error)


def _error_message(response: httpx.Response) -> str:
    """vLLM's error message: {"error": {"message", "type", "code"}} (older: the fields at the top)."""
    try:
        data = response.json()
    except ValueError:
        return response.text[:200]
    error = data.get("error", data) if isinstance(data, dict) else data
    return str(error.get("message", error) if isinstance(error, dict) else error)[:200]


def _raise_for_engine(response: httpx.Response) -> None:
    # The type and status only: an engine's message may quote the prompt, which is never logged.
    if response.status_code >= 400:
        try:
            kind = _error_type(response.json())
        except ValueError:
            kind = "error"
        raise EngineError(f"the engine answered {response.status_code} ({kind})")
