"""Which CPU serving options help? Plain greedy `generate` tokens/s with each option, same run.

    python -m bench.cpu_options [--model default|tiny] [--max-new-tokens 32] [--repeats 3]

Options: the attention implementation (sdpa vs eager), dynamic int8 quantization of the linear
layers, a LoRA adapter served unmerged vs merged into the weights, torch threads 1 vs all.
Prints one JSON object as its last line (ratio = option / reference tokens/s, and whether the greedy
reply stays identical) and writes a PNG under reports/bench/.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402

from bench.common import REPORTS, bar_chart, comparison, machine, print_result  # noqa: E402
from bench.serve import QUESTIONS, model_base  # noqa: E402
from bot.runtime import ModelRuntime  # noqa: E402
from config.settings import ModelSettings  # noqa: E402


def timed_generate(model, ids: torch.Tensor, n: int) -> tuple[float, list[int]]:  # noqa: ANN001
    started = time.perf_counter()
    with torch.inference_mode():
        out = model.generate(
            input_ids=ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=n,
            min_new_tokens=n,
            do_sample=False,
            temperature=None,
            top_p=None,
            top_k=None,
            repetition_penalty=1.1,
        )
    return n / (time.perf_counter() - started), out[0, ids.shape[1] :].tolist()


def compare(reference, option, ids, args) -> dict:  # noqa: ANN001
    """Alternate reference and option runs; median tokens/s of each, and reply equality."""
    ref_tps, opt_tps = [], []
    timed_generate(reference, ids, 4), timed_generate(option, ids, 4)
    for _ in range(args.repeats):
        tps, ref_out = timed_generate(reference, ids, args.max_new_tokens)
        ref_tps.append(tps)
        tps, opt_out = timed_generate(option, ids, args.max_new_tokens)
        opt_tps.append(tps)
    result = comparison(statistics.median(opt_tps), statistics.median(ref_tps), ">= 1.05")
    result["same_reply"] = ref_out == opt_out
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", choices=["tiny", "default"], default="default")
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="kaizen-bench-") as tmp:
        runtime = ModelRuntime(ModelSettings(base=model_base(args.model, Path(tmp))))
        runtime.load()
        model = runtime.model
        ids = torch.tensor([runtime.build_prompt([{"role": "user", "content": QUESTIONS[2]}])])
        attn = model.config._attn_implementation

        eager = copy.deepcopy(model)
        eager.set_attn_implementation("eager")
        results[f"{attn}_vs_eager"] = compare(eager, model, ids, args)

        int8 = torch.ao.quantization.quantize_dynamic(
            copy.deepcopy(model), {torch.nn.Linear}, dtype=torch.qint8
        )
        results["dynamic_int8"] = compare(model, int8, ids, args)

        from peft import LoraConfig, get_peft_model

        torch.manual_seed(0)
        lora = get_peft_model(
            copy.deepcopy(model),
            LoraConfig(r=16, lora_alpha=32, target_modules="all-linear", init_lora_weights=False),
        )
        merged = copy.deepcopy(lora)
        merged.merge_adapter()
        results["lora_merged_vs_unmerged"] = compare(lora, merged, ids, args)

        threads = torch.get_num_threads()
        if threads > 1:
            all_tps = compare(model, model, ids, args)["baseline"]
            torch.set_num_threads(1)
            one = compare(model, model, ids, args)["baseline"]
            torch.set_num_threads(threads)
            results[f"threads_1_vs_{threads}"] = comparison(one, all_tps, ">= 1.05")
    png = bar_chart(REPORTS / f"cpu-options-{args.model}.png", f"CPU options ({args.model})", results)
    print_result(
        {
            "bench": "cpu_options",
            "model": args.model,
            "attn_implementation": attn,
            "machine": machine(),
            "comparisons": results,
            "ratio": {name: c["ratio"] for name, c in results.items()},
            "png": str(png),
        }
    )


if __name__ == "__main__":
    main()
