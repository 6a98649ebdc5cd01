"""Evaluation: does a candidate adapter beat the one serving now?

Every measurement compares two *sides* (candidate and incumbent; either may be the bare base model)
on the same examples, so the comparison is paired:

1. fit: per-token negative log-likelihood of desirable replies (👍 and corrections) given their context;
   the difference candidate − incumbent with a 95% paired-bootstrap interval: per user (each user's mean
   difference, then the median across users, resampling users and their examples) when the examples
   name their raters, so a minority of raters cannot carry the decision; else the mean over examples;
2. preference: log-probability margin desirable − undesirable on held-out pairs;
3. golden cases: admin-written prompts with must include / must not include / regex rules;
4. forgetting guard: NLL on a fixed general reference set must not rise by more than a tolerance;
5. side by side: both sides' replies to a few held-out prompts, for the admin to read.

`decide()` is the one place that turns those numbers into eligible / rejected.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
import yaml
from tqdm import tqdm

log = logging.getLogger(__name__)

REFERENCE_FILE = Path(__file__).with_name("data") / "reference_dialogs.jsonl"
GOLDEN_FILE = Path(__file__).resolve().parents[1] / "config" / "golden.yaml"


# inputs --------------------------------------------------------------------------------------------
@dataclass
class EvalExample:
    """A context (chat messages, system prompt first) with a desirable and/or undesirable reply."""

    prompt: list[dict[str, str]]
    desirable: str | None = None
    undesirable: str | None = None
    user_id: str | None = None  # who vouched for it (rater or correction author); None: unknown


@dataclass
class GoldenCase:
    name: str
    prompt: str
    must_include: list[str] = field(default_factory=list)
    must_not_include: list[str] = field(default_factory=list)
    regex: str | None = None

    def passes(self, reply: str) -> bool:
        low = reply.lower()
        return (
            all(s.lower() in low for s in self.must_include)
            and not any(s.lower() in low for s in self.must_not_include)
            and (self.regex is None or re.search(self.regex, reply) is not None)
        )


def load_golden(path: Path = GOLDEN_FILE) -> list[GoldenCase]:
    """Admin-written golden cases (config/golden.yaml); a missing file means none."""
    if not path.exists():
        return []
    raw = yaml.safe_load(path.read_text()) or []
    cases = raw.get("cases", []) if isinstance(raw, dict) else raw
    return [GoldenCase(**case) for case in cases]


def load_reference(system_prompt: str, limit: int | None = None) -> list[EvalExample]:
    """The fixed general dialog set for the forgetting guard (a slice of the Chit Chat dataset, MIT)."""
    examples = []
    for line in REFERENCE_FILE.read_text().splitlines()[:limit]:
        turn = json.loads(line)
        prompt = [{"role": "system", "content": system_prompt}, {"role": "user", "content": turn["prompt"]}]
        examples.append(EvalExample(prompt=prompt, desirable=turn["reply"]))
    return examples


# outputs -------------------------------------------------------------------------------------------
@dataclass
class Thresholds:
    """What `decide` requires. Defaults are the product's policy; settings may override them."""

    min_examples: int = 8
    forgetting_tolerance: float = 0.05
    confidence: float = 0.95


@dataclass
class Report:
    candidate: str
    incumbent: str
    n_examples: int
    fit: dict
    preference: dict
    golden: dict
    forgetting: dict
    side_by_side: list[dict]
    decision: dict = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        """Plain JSON-ready data (NaN, which JSON lacks, becomes null)."""
        return _no_nan(asdict(self))


def _no_nan(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_no_nan(v) for v in value]
    return value


# the decision --------------------------------------------------------------------------------------
def decide(report: Report, thresholds: Thresholds | None = None) -> dict:
    """Eligible only with enough examples, a fit interval wholly below zero, and no failed guard."""
    t = thresholds or Thresholds()
    reasons: list[str] = []
    if report.n_examples < t.min_examples:
        reasons.append(f"not enough data: {report.n_examples} held-out examples, need {t.min_examples}")
    else:
        low, high = report.fit["diff_ci"]
        if not high < 0:
            reasons.append(
                f"fit not better: NLL difference interval [{low:.4f}, {high:.4f}] does not lie below zero"
            )
    pref = report.preference
    if pref.get("n_pairs", 0) > 0 and pref["diff_ci"][1] < 0:
        reasons.append(
            f"preference worse: margin difference interval [{pref['diff_ci'][0]:.3f}, {pref['diff_ci'][1]:.3f}]"
        )
    for name in report.golden.get("regressions", []):
        reasons.append(f"golden case regressed: {name}")
    rise = report.forgetting.get("relative_change")
    if rise is not None and rise > t.forgetting_tolerance:
        reasons.append(f"forgetting: reference NLL rose {rise:.1%} (tolerance {t.forgetting_tolerance:.0%})")
    eligible = not reasons
    if eligible:
        low, high = report.fit["diff_ci"]
        reasons.append(f"fit better: NLL difference interval [{low:.4f}, {high:.4f}] lies below zero")
    return {"eligible": eligible, "reasons": reasons}


# scoring -------------------------------------------------------------------------------------------
class TwoSides:
    """One base model carrying up to two LoRA adapters; `side(name)` selects what answers."""

    def __init__(self, model, tokenizer, sides: dict[str, str | Path | None]) -> None:  # noqa: ANN001
        from peft import PeftModel

        self.tokenizer = tokenizer
        self.sides = sides
        self.model = model
        for name, path in sides.items():
            if path is None:
                continue
            if isinstance(self.model, PeftModel):
                self.model.load_adapter(str(path), adapter_name=name)
            else:
                self.model = PeftModel.from_pretrained(self.model, str(path), adapter_name=name)
        self.model.eval()

    @contextmanager
    def side(self, name: str) -> Iterator[None]:
        path = self.sides[name]
        if path is None:
            if hasattr(self.model, "disable_adapter"):
                with self.model.disable_adapter():
                    yield
            else:
                yield
        else:
            self.model.set_adapter(name)
            yield


def completion_ids(tokenizer, prompt: list[dict[str, str]], completion: str) -> tuple[list[int], int]:  # noqa: ANN001
    """Token ids of prompt + assistant completion, and where the completion starts."""
    head = tokenizer.apply_chat_template(prompt, add_generation_prompt=True, tokenize=True)
    full = tokenizer.apply_chat_template(
        prompt + [{"role": "assistant", "content": completion}], tokenize=True
    )
    head = head["input_ids"] if hasattr(head, "keys") else head
    full = full["input_ids"] if hasattr(full, "keys") else full
    # Chat templates may add a trailing newline after the end-of-turn token: not the model's to predict.
    while len(full) > len(head) + 1 and tokenizer.decode(full[-1:]).strip() == "":
        full = full[:-1]
    return list(full), len(head)


@torch.no_grad()
def mean_nll(model, tokenizer, prompt: list[dict[str, str]], completion: str, max_len: int = 1024) -> float:  # noqa: ANN001
    """Mean per-token negative log-likelihood of `completion` given `prompt` (left-truncated)."""
    ids, start = completion_ids(tokenizer, prompt, completion)
    cut = max(0, len(ids) - max_len)
    ids, start = ids[cut:], max(1, start - cut)
    input_ids = torch.tensor([ids], device=model.device)
    logits = model(input_ids=input_ids).logits[0, :-1].float()
    targets = input_ids[0, 1:]
    nll = torch.nn.functional.cross_entropy(logits, targets, reduction="none")
    return float(nll[start - 1 :].mean())


def paired_bootstrap(
    diffs: list[float], confidence: float = 0.95, rounds: int = 2000, seed: int = 0
) -> list[float]:
    """Percentile interval of the mean of paired differences."""
    if not diffs:
        return [math.nan, math.nan]
    rng = random.Random(seed)
    n = len(diffs)
    means = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(rounds))
    alpha = (1 - confidence) / 2
    return [means[int(alpha * rounds)], means[min(rounds - 1, int((1 - alpha) * rounds))]]


def per_user_bootstrap(
    diffs: list[float], users: list[str], confidence: float = 0.95, rounds: int = 2000, seed: int = 0
) -> tuple[float, list[float]]:
    """Median across users of each user's mean difference, and its percentile interval.

    Two-level resampling: users with replacement, then each drawn user's examples with replacement, so
    one user with many examples counts once, and a single user still gets an honest interval.
    """
    if not diffs:
        return math.nan, [math.nan, math.nan]
    by_user: dict[str, list[float]] = {}
    for d, u in zip(diffs, users, strict=True):
        by_user.setdefault(u, []).append(d)
    groups = list(by_user.values())
    point = _median([sum(g) / len(g) for g in groups])
    rng = random.Random(seed)
    stats = []
    for _ in range(rounds):
        means = []
        for _ in groups:
            g = groups[rng.randrange(len(groups))]
            means.append(sum(g[rng.randrange(len(g))] for _ in g) / len(g))
        stats.append(_median(means))
    stats.sort()
    alpha = (1 - confidence) / 2
    return point, [stats[int(alpha * rounds)], stats[min(rounds - 1, int((1 - alpha) * rounds))]]


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def nll_scorer(model, tokenizer):  # noqa: ANN001, ANN201
    """(prompt, reply) -> per-token NLL under `model`: the dataset's implausible-correction filter."""

    def score(prompt: list[dict[str, str]], reply: str) -> float:
        return mean_nll(model, tokenizer, prompt, reply)

    return score


@torch.no_grad()
def greedy_reply(model, tokenizer, prompt: list[dict[str, str]], max_new_tokens: int = 48) -> str:  # noqa: ANN001
    ids = tokenizer.apply_chat_template(prompt, add_generation_prompt=True, tokenize=True)
    ids = ids["input_ids"] if hasattr(ids, "keys") else ids
    input_ids = torch.tensor([list(ids)], device=model.device)
    out = model.generate(
        input_ids=input_ids,
        attention_mask=torch.ones_like(input_ids),
        max_new_tokens=max_new_tokens,
        do_sample=False,
        pad_token_id=tokenizer.pad_token_id,
    )
    return tokenizer.decode(out[0, input_ids.shape[1] :], skip_special_tokens=True).strip()


def evaluate(
    sides: TwoSides,
    examples: list[EvalExample],
    reference: list[EvalExample],
    golden: list[GoldenCase],
    system_prompt: str,
    candidate: str = "candidate",
    incumbent: str = "incumbent",
    n_side_by_side: int = 3,
    thresholds: Thresholds | None = None,
    progress: bool = True,
    per_user: bool = True,
) -> Report:
    """Measure both sides on the same data and decide. Side names must be keys of `sides.sides`.

    `per_user`: aggregate the fit per user (see the module notes) when every example names its user.
    """
    import time

    started = time.perf_counter()
    tok, model = sides.tokenizer, sides.model
    fit_examples = [e for e in examples if e.desirable]
    pairs = [e for e in examples if e.desirable and e.undesirable]
    steps = 2 * (len(fit_examples) + len(pairs) + len(reference) + len(golden) + n_side_by_side)
    bar = tqdm(total=steps, desc="evaluating", unit="step", disable=not progress)

    def score(name: str, items: list[EvalExample], attr: str) -> list[float]:
        out = []
        with sides.side(name):
            for e in items:
                out.append(mean_nll(sides.model, tok, e.prompt, getattr(e, attr)))
                bar.update(1)
        return out

    cand_fit, inc_fit = (
        score(candidate, fit_examples, "desirable"),
        score(incumbent, fit_examples, "desirable"),
    )
    fit_diffs = [c - i for c, i in zip(cand_fit, inc_fit, strict=True)]
    conf = (thresholds or Thresholds()).confidence
    fit = {
        "candidate_nll": _mean(cand_fit),
        "incumbent_nll": _mean(inc_fit),
        "diff_mean": _mean(fit_diffs),
        "diff_ci": paired_bootstrap(fit_diffs, conf),
        "aggregate": "example_mean",
    }
    users = [e.user_id for e in fit_examples]
    if per_user and fit_examples and None not in users:
        median, ci = per_user_bootstrap(fit_diffs, users, conf)
        fit.update(
            aggregate="user_median",
            n_users=len(set(users)),
            example_diff_ci=fit["diff_ci"],
            diff_median_user=median,
            diff_ci=ci,
        )

    margins = {}
    for name in (candidate, incumbent):
        good = score(name, pairs, "desirable")
        bad = score(name, pairs, "undesirable")
        # Margin in mean log-probability per token: higher means the desirable reply is preferred more.
        margins[name] = [b - g for g, b in zip(good, bad, strict=True)]
    margin_diffs = [c - i for c, i in zip(margins[candidate], margins[incumbent], strict=True)]
    preference = {
        "n_pairs": len(pairs),
        "candidate_margin": _mean(margins[candidate]),
        "incumbent_margin": _mean(margins[incumbent]),
        "diff_ci": paired_bootstrap(margin_diffs, conf),
    }

    ref_c, ref_i = score(candidate, reference, "desirable"), score(incumbent, reference, "desirable")
    forgetting = {
        "n": len(reference),
        "candidate_nll": _mean(ref_c),
        "incumbent_nll": _mean(ref_i),
        "relative_change": (_mean(ref_c) - _mean(ref_i)) / _mean(ref_i) if reference else None,
    }

    golden_result = {"cases": [], "regressions": []}
    for case in golden:
        prompt = [{"role": "system", "content": system_prompt}, {"role": "user", "content": case.prompt}]
        replies = {}
        for name in (candidate, incumbent):
            with sides.side(name):
                replies[name] = greedy_reply(sides.model, tok, prompt)
            bar.update(1)
        passed = {name: case.passes(reply) for name, reply in replies.items()}
        golden_result["cases"].append({"name": case.name, "passed": passed, "replies": replies})
        if passed[incumbent] and not passed[candidate]:
            golden_result["regressions"].append(case.name)

    side_by_side = []
    for e in fit_examples[:n_side_by_side]:
        row = {"prompt": e.prompt[-1]["content"], "reference": e.desirable}
        for name in (candidate, incumbent):
            with sides.side(name):
                row[name] = greedy_reply(sides.model, tok, e.prompt)
            bar.update(1)
        side_by_side.append(row)
    bar.close()

    report = Report(
        candidate=candidate,
        incumbent=incumbent,
        n_examples=len(fit_examples),
        fit=fit,
        preference=preference,
        golden=golden_result,
        forgetting=forgetting,
        side_by_side=side_by_side,
    )
    report.decision = decide(report, thresholds)
    report.seconds = round(time.perf_counter() - started, 2)
    del model
    return report


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.nan


# writing the report --------------------------------------------------------------------------------
def write_report(report: Report, out_dir: Path) -> dict[str, Path]:
    """JSON, Markdown and a PNG chart of `report` in `out_dir`; returns their paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": out_dir / "report.json",
        "markdown": out_dir / "report.md",
        "chart": out_dir / "report.png",
    }
    paths["json"].write_text(json.dumps(report.to_dict(), indent=2, default=str))

    fig, axes = plt.subplots(1, 2, figsize=(9, 3.6))
    names = [report.candidate, report.incumbent]
    groups = [("held-out fit", report.fit), ("reference (forgetting)", report.forgetting)]
    for ax, (title, block) in zip(axes, groups, strict=True):
        values = [block["candidate_nll"], block["incumbent_nll"]]
        ax.bar(names, values, color=["#4f46e5", "#9ca3af"])
        ax.set_title(title)
        ax.set_ylabel("NLL per token (lower is better)")
        for x, v in enumerate(values):
            if not math.isnan(v):
                ax.text(x, v, f"{v:.3f}", ha="center", va="bottom")
    verdict = "ELIGIBLE" if report.decision["eligible"] else "REJECTED"
    fig.suptitle(f"{report.candidate} vs {report.incumbent}: {verdict}")
    fig.tight_layout()
    fig.savefig(paths["chart"], dpi=100)
    plt.close(fig)

    paths["markdown"].write_text(to_markdown(report))
    return paths


def to_markdown(report: Report) -> str:
    d = report.decision
    lines = [
        f"# {report.candidate} vs {report.incumbent}",
        "",
        f"**Decision: {'eligible' if d['eligible'] else 'rejected'}**",
        "",
        *[f"- {r}" for r in d["reasons"]],
        "",
        "| measure | candidate | incumbent |",
        "|---|---|---|",
        f"| held-out NLL ({report.n_examples} examples) | {report.fit['candidate_nll']:.4f} | "
        f"{report.fit['incumbent_nll']:.4f} |",
        f"| reference NLL ({report.forgetting['n']} dialogs) | {report.forgetting['candidate_nll']:.4f} | "
        f"{report.forgetting['incumbent_nll']:.4f} |",
    ]
    if report.preference["n_pairs"]:
        lines.append(
            f"| preference margin ({report.preference['n_pairs']} pairs) | "
            f"{report.preference['candidate_margin']:.4f} | {report.preference['incumbent_margin']:.4f} |"
        )
    low, high = report.fit["diff_ci"]
    lines += ["", f"Fit difference (candidate − incumbent), 95% interval: [{low:.4f}, {high:.4f}]", ""]
    if report.golden["cases"]:
        lines += ["## Golden cases", "", "| case | candidate | incumbent |", "|---|---|---|"]
        for c in report.golden["cases"]:
            p = c["passed"]
            lines.append(f"| {c['name']} | {_mark(p[report.candidate])} | {_mark(p[report.incumbent])} |")
        lines.append("")
    if report.side_by_side:
        lines += ["## Side by side", ""]
        for row in report.side_by_side:
            lines += [
                f"**Prompt:** {row['prompt']}",
                "",
                f"- candidate: {row[report.candidate]}",
                f"- incumbent: {row[report.incumbent]}",
                "",
            ]
    return "\n".join(lines)


def _mark(ok: bool) -> str:
    return "pass" if ok else "FAIL"
