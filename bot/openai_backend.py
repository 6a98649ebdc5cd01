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


class PromptTooLong(EngineError):
    """The engine refused the prompt as longer than its context window (vLLM: 400, "maximum context
    length"); the caller drops older turns and asks again."""


# The engine's tokenizer is not here, so prompts are fitted by an estimate that errs long: three bytes
# of UTF-8 per token (English BPE averages about four) and a few tokens of chat-template markup per turn.
BYTES_PER_TOKEN = 3
TOKENS_PER_TURN = 8


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
        self.max_model_len: int | None = None  # the engine's context window, from GET /v1/models

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
                models = self._models()
                names = [m["id"] for m in models]
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
        served = next(m for m in models if m["id"] == self.model_name)
        self.max_model_len = served.get("max_model_len")  # a vLLM field; other engines may omit it
        self.load_error = None
        self._ready.set()
        log.info("engine ready at %s: %s", self.base_url, self.model_name)

    def engine_models(self) -> list[str]:
        """Names the engine serves now: the base model and the LoRA adapters loaded into it."""
        return [m["id"] for m in self._models()]

    def _models(self) -> list[dict]:
        response = httpx.get(f"{self.base_url}/models", headers=self._headers(), timeout=10)
        _raise_for_engine(response)
        return response.json().get("data", [])

    @property
    def context_window(self) -> int:
        """Prompt + reply budget: `model.context_tokens`, or the engine's window when smaller."""
        limit = self.settings.context_tokens
        return min(limit, self.max_model_len) if self.max_model_len else limit

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
    def fit_turns(self, turns: list[dict[str, str]], system_prompt: str, max_new_tokens: int) -> list[dict]:
        """The newest turns whose estimated length leaves room for the reply (at least the last turn)."""
        budget = self.context_window - max_new_tokens - estimate_tokens(system_prompt)
        kept: list[dict[str, str]] = []
        used = 0
        for turn in reversed(turns):
            used += estimate_tokens(turn["content"])
            if kept and used > budget:
                break
            kept.insert(0, turn)
        return _user_first(kept)

    def _body(self, turns, system_prompt, temperature, max_new_tokens, stream: bool) -> dict:  # noqa: ANN001
        system_prompt = system_prompt or self.settings.system_prompt
        max_tokens = max_new_tokens or self.settings.max_new_tokens
        turns = self.fit_turns(turns, system_prompt, max_tokens)
        body = {
            "model": self.adapter_id or self.model_name,
            "messages": [{"role": "system", "content": system_prompt}]
            + [{"role": t["role"], "content": t["content"]} for t in turns],
            "max_tokens": max_tokens,
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
            try:
                async with asyncio.timeout(self.settings.timeout_seconds):
                    while True:
                        body = self._body(turns, system_prompt, temperature, max_new_tokens, stream=False)
                        try:
                            data = await self._chat(body)
                            break
                        except PromptTooLong:
                            turns = _shorter(turns, body)
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
            turns, *rest = self._args
            received, sent, tokens = "", "", 0
            try:
                async with asyncio.timeout(runtime.settings.timeout_seconds):
                    while True:
                        body = runtime._body(turns, *rest, stream=True)
                        try:
                            events = _events(runtime, body)
                            first = await anext(events, None)  # a refused prompt fails before any text
                            break
                        except PromptTooLong:
                            turns = _shorter(turns, body)
                    chunks = _prepend(first, events)
                    async for chunk in chunks:
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


async def _prepend(first: dict | None, rest: AsyncIterator[dict]) -> AsyncIterator[dict]:
    if first is None:
        return
    yield first
    async for chunk in rest:
        yield chunk


def estimate_tokens(text: str) -> int:
    """A generous token count for one turn without the engine's tokenizer (see BYTES_PER_TOKEN)."""
    return len(text.encode()) // BYTES_PER_TOKEN + TOKENS_PER_TURN


def _user_first(turns: list[dict[str, str]]) -> list[dict[str, str]]:
    """Never start with an assistant turn (chat templates expect the user first), keeping the last."""
    while len(turns) > 1 and turns[0]["role"] != "user":
        turns = turns[1:]
    return turns


def _shorter(turns: list[dict[str, str]], body: dict) -> list[dict[str, str]]:
    """After the engine refused `body` as too long: the newer half of the turns it was sent."""
    sent = len(body["messages"]) - 1  # without the system prompt
    if sent <= 1:
        # One turn alone is too long for the engine: no older context is left to drop.
        raise EngineError("the message is too long for the engine's context window")
    log.info("the engine refused %d turns as too long; asking again with %d", sent, sent // 2)
    return _user_first(turns[-(sent // 2) :])


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
    if response.status_code == 400 and "context length" in _error_message(response).lower():
        raise PromptTooLong("the engine refused the prompt as too long (400)")
    if response.status_code >= 400:
        try:
            kind = _error_type(response.json())
        except ValueError:
            kind = "error"
        raise EngineError(f"the engine answered {response.status_code} ({kind})")
