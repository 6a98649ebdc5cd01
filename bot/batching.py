"""Micro-batching: requests that arrive together are generated in one padded batch.

A single worker thread takes the oldest waiting request, waits up to `wait_seconds` for others with
the same sampling settings (up to `max_batch_size`), and runs them through one `model.generate` call
with left padding and an attention mask. Each row stops on its own (end of sequence, its own
`max_new_tokens`, or cancellation) and its tokens reach its waiting coroutine as they are made, so a
short reply is delivered without waiting for the longest one in its batch.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import torch
from transformers import StoppingCriteria, StoppingCriteriaList
from transformers.generation.streamers import BaseStreamer

log = logging.getLogger(__name__)


@dataclass(eq=False)
class GenerationRequest:
    """One reply to generate. Token ids (one by one, or as one list when not streaming), then None
    (done) or an exception, arrive on `events`."""

    ids: list[int]
    max_new_tokens: int
    temperature: float  # 0: greedy
    top_p: float
    loop: asyncio.AbstractEventLoop
    events: asyncio.Queue = field(default_factory=asyncio.Queue)
    cancel: threading.Event = field(default_factory=threading.Event)
    stream: bool = True  # False: tokens are handed over once, at the end (fewer event-loop wake-ups)
    done: bool = False
    made: int = 0
    held: list[int] = field(default_factory=list)

    @property
    def sampling_key(self) -> tuple[float, float]:
        """Requests share a batch only when they decode the same way."""
        return (self.temperature, self.top_p) if self.temperature > 0 else (0.0, 0.0)

    def send(self, item: object) -> None:
        """Hand a token id, None or an exception to the waiting coroutine (from any thread)."""
        try:
            self.loop.call_soon_threadsafe(self.events.put_nowait, item)
        except RuntimeError:  # its event loop is gone: nobody is waiting any more
            self.cancel.set()

    def add_token(self, token: int) -> None:
        """One more token of the reply: sent now when streaming, else held until the end."""
        self.made += 1
        if self.stream:
            self.send(token)
        else:
            self.held.append(token)

    def finish(self, error: BaseException | None = None) -> None:
        """End the reply (once): hand over held tokens, then None or the error."""
        if not self.done:
            self.done = True
            if self.held and error is None:
                self.send(self.held)
            self.send(error)


class BatchScheduler:
    """Collects requests for up to `wait_seconds` (at most `max_batch_size`) and runs them together."""

    def __init__(
        self,
        run_batch: Callable[[list[GenerationRequest]], None],
        max_batch_size: int,
        wait_seconds: float,
    ) -> None:
        self.run_batch = run_batch
        self.max_batch_size = max_batch_size
        self.wait_seconds = wait_seconds
        self.batch_sizes: list[int] = []  # recent sizes, for tests and benchmarks
        self._pending: deque[GenerationRequest] = deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def submit(self, request: GenerationRequest) -> None:
        """Queue a request; the worker thread starts on first use."""
        with self._cond:
            self._pending.append(request)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="batch-generate", daemon=True)
                self._thread.start()
            self._cond.notify()

    def next_batch(self) -> list[GenerationRequest]:
        """Block until a batch is ready: the oldest request plus compatible ones that came in time."""
        with self._cond:
            while True:
                while self._pending and self._pending[0].cancel.is_set():
                    self._pending.popleft().finish()
                if self._pending:
                    break
                self._cond.wait()
            key = self._pending[0].sampling_key
            deadline = time.monotonic() + self.wait_seconds
            while self._count(key) < self.max_batch_size:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            batch, rest = [], deque()
            for request in self._pending:
                if request.cancel.is_set():
                    request.finish()
                elif request.sampling_key == key and len(batch) < self.max_batch_size:
                    batch.append(request)
                else:
                    rest.append(request)
            self._pending = rest
        self.batch_sizes = [*self.batch_sizes[-999:], len(batch)]
        return batch

    def _count(self, key: tuple[float, float]) -> int:
        return sum(1 for r in self._pending if r.sampling_key == key and not r.cancel.is_set())

    def _work(self) -> None:
        while True:
            batch = self.next_batch()
            if not batch:
                continue
            try:
                self.run_batch(batch)
            except Exception as exc:  # every waiting reply fails; the worker keeps serving
                log.error("batch of %d failed: %s", len(batch), type(exc).__name__)
                for request in batch:
                    request.finish(exc)
            for request in batch:  # rows the model ended without our noticing (should not happen)
                request.finish()


class _RowStreamer(BaseStreamer):
    """Receives each step's new tokens from `generate` and routes them to their requests."""

    def __init__(self, batch: list[GenerationRequest], eos_ids: set[int]) -> None:
        self.batch = batch
        self.eos_ids = eos_ids
        self.prompt_seen = False

    def put(self, value: torch.Tensor) -> None:
        if not self.prompt_seen:  # generate() first hands over the prompt
            self.prompt_seen = True
            return
        for request, token in zip(self.batch, value.view(-1).tolist(), strict=True):
            if request.done:
                continue
            if request.cancel.is_set():
                request.finish()
            elif token in self.eos_ids:
                request.finish()
            else:
                request.add_token(token)
                if request.made >= request.max_new_tokens:
                    request.finish()

    def end(self) -> None:
        for request in self.batch:
            request.finish()


class _RowsDone(StoppingCriteria):
    """Per-row stop: a row ends at its own length or when its request was cancelled."""

    def __init__(self, batch: list[GenerationRequest]) -> None:
        self.batch = batch

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor, **kwargs) -> torch.Tensor:
        for request in self.batch:
            if request.cancel.is_set():
                request.finish()
        return torch.tensor([r.done for r in self.batch], dtype=torch.bool, device=input_ids.device)


def left_pad(rows: list[list[int]], pad_id: int, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
    """Input ids padded on the left and the attention mask that hides the padding."""
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, width - len(row) :] = torch.tensor(row, dtype=torch.long)
        mask[i, width - len(row) :] = 1
    return ids.to(device), mask.to(device)


def eos_token_ids(model: torch.nn.Module, tokenizer: object) -> set[int]:
    """Every token id that ends a reply (the generation config may list several)."""
    eos = getattr(model.generation_config, "eos_token_id", None)
    ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
    if getattr(tokenizer, "eos_token_id", None) is not None:
        ids.add(tokenizer.eos_token_id)
    return ids


def generate_batch(
    model: torch.nn.Module,
    tokenizer: object,
    batch: list[GenerationRequest],
    repetition_penalty: float,
) -> None:
    """Generate every request of `batch` together; tokens stream to each request as they come."""
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    eos = eos_token_ids(model, tokenizer)
    input_ids, attention_mask = left_pad([r.ids for r in batch], pad_id, model.device)
    first = batch[0]
    kwargs: dict = dict(
        max_new_tokens=max(r.max_new_tokens for r in batch),
        repetition_penalty=repetition_penalty,
        pad_token_id=pad_id,
        eos_token_id=sorted(eos),
        do_sample=first.temperature > 0,
    )
    if first.temperature > 0:
        kwargs.update(temperature=first.temperature, top_p=first.top_p)
    else:
        kwargs.update(temperature=None, top_p=None, top_k=None)
    with torch.inference_mode():
        model.generate(
            input_ids=input_ids,
            attention_mask=attention_mask,
            streamer=_RowStreamer(batch, eos),
            stopping_criteria=StoppingCriteriaList([_RowsDone(batch)]),
            **kwargs,
        )
