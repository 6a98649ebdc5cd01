"""Shared pieces of the benchmarks: the machine description, result output, plots."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "reports" / "bench"


def machine() -> dict:
    """CPU count and model, torch version and threads: what the numbers were measured on."""
    cpu_model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model,
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "python": platform.python_version(),
    }


def comparison(ours: float, baseline: float, target: str, higher_is_better: bool = True) -> dict:
    """One comparison: ours, the baseline's, ratio = ours / baseline, and whether the target is met."""
    ratio = ours / baseline if baseline else float("inf")
    bound = float(target.split()[-1])
    met = ratio >= bound if higher_is_better else ratio <= bound
    return {
        "ours": round(ours, 4),
        "baseline": round(baseline, 4),
        "ratio": round(ratio, 3),
        "target": target,
        "met": met,
    }


def bar_chart(path: Path, title: str, comparisons: dict[str, dict]) -> Path:
    """Ours vs baseline, one pair of bars per comparison, saved as PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(comparisons)
    fig, axes = plt.subplots(1, len(names), figsize=(3.2 * len(names), 3.4), squeeze=False)
    for ax, name in zip(axes[0], names, strict=True):
        c = comparisons[name]
        ax.bar(["baseline", "ours"], [c["baseline"], c["ours"]], color=["#9ca3af", "#4f46e5"])
        ax.set_title(f"{name}\nratio {c['ratio']} ({c['target']})", fontsize=9)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def print_result(result: dict) -> None:
    """The result as one JSON object on the last stdout line."""
    print(json.dumps(result), flush=True)
