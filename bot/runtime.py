"""The model runtime: the base model, an adapter slot, and generation off the event loop."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import torch

from bot.batching import BatchScheduler, GenerationRequest, generate_batch
from config.settings import ModelSettings
from trainer.adapters import AdapterError, check_adapter_dir
from trainer.base_model import load_base_model

log = logging.getLogger(__name__)


class GenerationError(RuntimeError):
    """The model failed or timed out; the caller apologises to the user."""


class NotReady(GenerationError):
    """The model is still loading."""


@dataclass(frozen=True)
class Generation:
    text: str
    adapter_id: str | None
    latency_ms: int
    new_tokens: int


class _SwapGate:
    """Many generations at once, or one adapter swap: a swap waits for running replies to finish."""

    def __init__(self) -> None:
        self._cond = asyncio.Condition()
        self._readers = 0
        self._swapping = False

    async def __aenter__(self) -> None:
        async with self._cond:
            await self._cond.wait_for(lambda: not self._swapping)
            self._readers += 1

    async def __aexit__(self, *exc: object) -> None:
        async with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    async def exclusive(self) -> _Exclusive:
        async with self._cond:
            await self._cond.wait_for(lambda: not self._swapping)
            self._swapping = True
            await self._cond.wait_for(lambda: self._readers == 0)
        return _Exclusive(self)

    async def release(self) -> None:
        async with self._cond:
            self._swapping = False
            self._cond.notify_all()


class _Exclusive:
    def __init__(self, gate: _SwapGate) -> None:
        self.gate = gate

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc: object) -> None:
        await self.gate.release()


class ReplyStream:
    """Text deltas of one reply as they are generated; `result` is set once the stream ends."""

    def __init__(self, runtime: ModelRuntime, turns, system_prompt, temperature, max_new_tokens) -> None:  # noqa: ANN001
        self.result: Generation | None = None
        self._runtime = runtime
        self._args = (turns, system_prompt, temperature, max_new_tokens)

    def __aiter__(self) -> AsyncIterator[str]:
        return self._deltas()

    async def _deltas(self) -> AsyncIterator[str]:
        runtime = self._runtime
        started = time.perf_counter()
        info: dict = {}
        tokens: list[int] = []
        sent = ""
        async for token in runtime._tokens(*self._args, info):
            tokens.append(token)
            text = runtime.decode(tokens).lstrip()
            # Hold back trailing whitespace (the final text is stripped) and half-decoded characters.
            ready = text.rstrip()
            if ready.endswith("\ufffd") or not ready.startswith(sent) or len(ready) == len(sent):
                continue
            delta, sent = ready[len(sent) :], ready
            yield delta
        full = runtime.decode(tokens).strip()
        if full.startswith(sent) and len(full) > len(sent):
            yield full[len(sent) :]
            sent = full
        elif not full.startswith(sent):
            log.warning("streamed text diverged from the decoded reply; keeping what was sent")
        self.result = Generation(
            text=sent,
            adapter_id=info.get("adapter_id"),
            latency_ms=int((time.perf_counter() - started) * 1000),
            new_tokens=len(tokens),
        )


def check_swap_request(ready: bool, adapter_id: str | None, path: str | Path | None, not_ready: str) -> None:
    """Refuse a swap before it waits for anything: a runtime not ready, or an adapter without a sound
    directory (NotReady / AdapterError; the adapter in force keeps serving)."""
    if not ready:
        raise NotReady(not_ready)
    if adapter_id is not None:
        if path is None:
            raise AdapterError("an adapter id needs its directory")
        check_adapter_dir(path)


class ModelRuntime:
    """Loads the base model once, keeps at most one LoRA adapter active, generates replies."""

    def __init__(self, settings: ModelSettings) -> None:
        self.settings = settings
        self.model = None
        self.tokenizer = None
        self.source = None
        self.adapter_id: str | None = None
        self.load_error: str | None = None
        self._ready = threading.Event()
        self._slots: asyncio.Semaphore | None = None
        self._gate: _SwapGate | None = None
        self._batcher: BatchScheduler | None = None
        self._model_lock = threading.Lock()
        if settings.torch_threads:
            torch.set_num_threads(settings.torch_threads)

    # loading -----------------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    @property
    def model_name(self) -> str:
        return self.source.name if self.source else self.settings.base

    def load(self) -> None:
        """Load the base model and tokenizer (blocking; call from a thread when serving)."""
        try:
            self.model, self.tokenizer, self.source = load_base_model(self.settings)
        except Exception as exc:
            self.load_error = str(exc)
            raise
        self._ready.set()
        log.info("model ready: %s", self.model_name)

    @property
    def context_window(self) -> int:
        limit = self.settings.context_tokens
        max_pos = getattr(self.model.config, "max_position_embeddings", None) if self.model else None
        return min(limit, max_pos) if max_pos else limit

    def _async_parts(self) -> tuple[asyncio.Semaphore, _SwapGate]:
        # Created lazily so they bind to the running event loop.
        if self._slots is None:
            # Requests admitted at once: enough for one batch running and the next one forming.
            self._slots = asyncio.Semaphore(self.settings.max_concurrent * self.settings.max_batch_size)
            self._gate = _SwapGate()
        return self._slots, self._gate

    # prompts -----------------------------------------------------------------------------------
    def build_prompt(self, turns: list[dict[str, str]], system_prompt: str | None = None) -> list[int]:
        """Token ids of system prompt + turns, dropping the oldest turns until reply room remains."""
        system = [{"role": "system", "content": system_prompt or self.settings.system_prompt}]
        budget = self.context_window - self.settings.max_new_tokens
        turns = list(turns)
        while True:
            ids = self.tokenizer.apply_chat_template(
                system + turns, add_generation_prompt=True, tokenize=True
            )
            if hasattr(ids, "keys"):
                ids = ids["input_ids"]
            if len(ids) <= budget or len(turns) <= 1:
                break
            # Drop the oldest turn; never leave an assistant turn first.
            turns.pop(0)
            while turns and turns[0]["role"] != "user" and len(turns) > 1:
                turns.pop(0)
        return list(ids)[-budget:] if len(ids) > budget else list(ids)

    # generation --------------------------------------------------------------------------------
    async def generate(
        self,
        turns: list[dict[str, str]],
        system_prompt: str | None = None,
        temperature: float | None = None,
        max_new_tokens: int | None = None,
    ) -> Generation:
        """The model's reply to a conversation (list of {role, content}); raises GenerationError."""
        tokens: list[int] = []
        started = time.perf_counter()
        info: dict = {}
        async for token in self._tokens(
            turns, system_prompt, temperature, max_new_tokens, info, stream=False
        ):
            tokens.append(token)
        return Generation(
            text=self.decode(tokens).strip(),
            adapter_id=info["adapter_id"],
            latency_ms=int((time.perf_counter() - started) * 1000),
            new_tokens=len(tokens),
        )

    def stream(
        self,
        turns: list[dict[str, str]],
        system_prompt: str | None = None,
        temperature: float | None = None,
        max_new_tokens: int | None = None,
    ) -> ReplyStream:
        """The reply as it grows: iterate for text deltas; then `.result` holds the Generation.

        The deltas joined equal `result.text` (leading and trailing whitespace never sent).
        """
        return ReplyStream(self, turns, system_prompt, temperature, max_new_tokens)

    def decode(self, tokens: list[int]) -> str:
        """Text of generated token ids (special tokens dropped)."""
        return self.tokenizer.decode(tokens, skip_special_tokens=True, clean_up_tokenization_spaces=False)

    async def _tokens(
        self,
        turns: list[dict[str, str]],
        system_prompt: str | None,
        temperature: float | None,
        max_new_tokens: int | None,
        info: dict,
        stream: bool = True,
    ) -> AsyncIterator[int]:
        """New token ids of one request, generated in a batch with whatever arrives at the same time."""
        if not self.ready:
            raise NotReady("the model is still loading")
        slots, gate = self._async_parts()
        loop = asyncio.get_running_loop()
        async with slots, gate:
            # Fixed for the whole reply: a swap waits for every request holding the gate.
            info["adapter_id"] = self.adapter_id
            temperature = self.settings.temperature if temperature is None else temperature
            # Templating a long conversation takes milliseconds: keep it off the event loop.
            ids = await asyncio.to_thread(self.build_prompt, turns, system_prompt)
            request = GenerationRequest(
                ids=ids,
                max_new_tokens=max_new_tokens or self.settings.max_new_tokens,
                temperature=temperature,
                top_p=self.settings.top_p,
                loop=loop,
                stream=stream,
            )
            self._scheduler().submit(request)
            deadline = loop.time() + self.settings.timeout_seconds
            try:
                while True:
                    if request.events.empty():
                        remaining = deadline - loop.time()
                        if remaining <= 0:
                            raise TimeoutError
                        item = await asyncio.wait_for(request.events.get(), remaining)
                    else:
                        item = request.events.get_nowait()
                    if item is None:
                        return
                    if isinstance(item, BaseException):
                        raise item
                    if isinstance(item, list):
                        for token in item:
                            yield token
                    else:
                        yield item
            except TimeoutError:
                raise GenerationError(f"no reply within {self.settings.timeout_seconds:.0f} s") from None
            except GenerationError:
                raise
            except Exception as exc:
                log.error("generation failed: %s", type(exc).__name__)
                raise GenerationError(f"the model failed: {type(exc).__name__}") from exc
            finally:
                # Timed out, failed, or the reader went away: the batch drops this row.
                request.cancel.set()

    def _scheduler(self) -> BatchScheduler:
        if self._batcher is None:
            self._batcher = BatchScheduler(
                self._run_batch,
                max_batch_size=self.settings.max_batch_size,
                wait_seconds=self.settings.batch_wait_ms / 1000,
            )
        return self._batcher

    def _run_batch(self, batch: list[GenerationRequest]) -> None:
        # The model lock keeps a swap from changing weights under a batch still finishing its rows.
        with self._model_lock:
            generate_batch(
                self.model,
                self.tokenizer,
                batch,
                repetition_penalty=self.settings.repetition_penalty,
            )

    # adapter slot ------------------------------------------------------------------------------
    async def use_adapter(self, adapter_id: str | None, path: str | Path | None = None) -> None:
        """Serve `adapter_id` (loaded from `path`) or, with None, the bare base model.

        Waits for replies being generated to finish; new replies wait for the swap. A missing or
        corrupt adapter raises AdapterError and the adapter in force keeps serving.
        """
        check_swap_request(self.ready, adapter_id, path, "the model is still loading")
        _, gate = self._async_parts()
        async with await gate.exclusive():
            await asyncio.to_thread(self._swap_blocking, adapter_id, path)
        log.info("serving adapter %s", adapter_id or "none (base model)")

    def _swap_blocking(self, adapter_id: str | None, path: str | Path | None) -> None:
        with self._model_lock:
            self._swap_locked(adapter_id, path)

    def _swap_locked(self, adapter_id: str | None, path: str | Path | None) -> None:
        if adapter_id == self.adapter_id:
            return
        # LoRA weights are merged into the base weights while serving (measured faster, same
        # replies); take them out before changing adapters, and merge whatever serves afterwards.
        self._set_merged(False)
        try:
            self._load_adapter(adapter_id, path)
        finally:
            self._set_merged(self.settings.merge_lora)

    def _set_merged(self, merged: bool) -> None:
        from peft import PeftModel

        if not isinstance(self.model, PeftModel) or self.adapter_id is None:
            return
        if merged:
            self.model.merge_adapter()
        else:
            self.model.unmerge_adapter()

    def _load_adapter(self, adapter_id: str | None, path: str | Path | None) -> None:
        from peft import PeftModel

        old = self.adapter_id
        if adapter_id is None:
            # unload() takes the LoRA layers out again and hands back the untouched base model.
            self.model = self.model.unload()
            self.adapter_id = None
            return
        try:
            if old is None:
                self.model = PeftModel.from_pretrained(self.model, str(path), adapter_name=adapter_id)
            else:
                self.model.load_adapter(str(path), adapter_name=adapter_id)
                self.model.set_adapter(adapter_id)
        except Exception as exc:
            self._discard_failed(adapter_id, had_adapter=old is not None)
            raise AdapterError(f"cannot load adapter {adapter_id}: {exc}") from exc
        self.model.eval()
        if old is not None:
            self.model.delete_adapter(old)
        self.adapter_id = adapter_id

    def _discard_failed(self, adapter_id: str, had_adapter: bool) -> None:
        """Leave no half-loaded adapter behind; what served before keeps serving."""
        from peft import PeftModel

        if isinstance(self.model, PeftModel):
            if had_adapter:
                if adapter_id in self.model.peft_config:
                    self.model.set_adapter(self.adapter_id)
                    self.model.delete_adapter(adapter_id)
            else:
                self.model = self.model.unload()
        else:
            # PeftModel.from_pretrained injects LoRA layers into the base before loading weights.
            _strip_lora_layers(self.model)


def _strip_lora_layers(model: torch.nn.Module) -> None:
    """Put every LoRA-wrapped linear layer back to its original base layer, in place."""
    from peft.tuners.tuners_utils import BaseTunerLayer

    wrapped = [name for name, m in model.named_modules() if isinstance(m, BaseTunerLayer)]
    for name in wrapped:
        parent_name, _, child = name.rpartition(".")
        parent = model.get_submodule(parent_name) if parent_name else model
        setattr(parent, child, getattr(parent, child).get_base_layer())
