"""The gate: evaluate a registered candidate against the incumbent and record the verdict.

Held-out data comes from the stable keyed split (trainer/dataset.py), so neither side trained on it;
or from a test set the user brings in the import formats.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from config.settings import Settings
from feedback.store import NotFound, Store
from privacy import load_or_create_key
from trainer.adapters import AdapterError
from trainer.base_model import load_base_model
from trainer.dataset import build_dataset, tokenizer_counter
from trainer.evaluate import (
    EvalExample,
    Report,
    Thresholds,
    TwoSides,
    evaluate,
    load_golden,
    load_reference,
    nll_scorer,
    write_report,
)
from trainer.registry import active_adapter, record_evaluation
from trainer.reply_cache import ReplyScoreCache
from trainer.storage import AdapterStorage, StorageUnavailable
from trainer.train import forget_gguf_quantization

log = logging.getLogger(__name__)


class GateError(ValueError):
    """Evaluation cannot run: unknown adapter, unreadable test set…"""


@dataclass
class GateResult:
    report: Report
    paths: dict[str, Path]


def thresholds(settings: Settings) -> Thresholds:
    t = settings.trainer
    return Thresholds(
        min_examples=t.gate_min_examples,
        forgetting_tolerance=t.forgetting_tolerance,
        reply_tolerance=t.gate_reply_tolerance,
    )


def resolve_side(store: Store, name: str, storage: AdapterStorage | None = None) -> tuple[str, str | None]:
    """(label, adapter dir or None for the base model) for an adapter id, `active` or `base`.

    With `storage`, an adapter kept in shared storage is fetched into the local cache first.
    """
    if name == "base":
        return "base", None
    if name == "active":
        adapter = active_adapter(store)
        if adapter is None:
            return "base", None
    else:
        try:
            adapter = store.get_adapter(name)
        except NotFound:
            raise GateError(f"unknown adapter {name!r}") from None
    if storage is None:
        return adapter.id, adapter.path
    try:
        return adapter.id, str(storage.local_dir(adapter.id, adapter.path))
    except (AdapterError, StorageUnavailable) as exc:
        raise GateError(f"adapter {adapter.id}: {exc}") from None


def heldout_examples(settings: Settings, store: Store, tokenizer, base_model=None) -> list[EvalExample]:  # noqa: ANN001
    """Held-out desirable replies (SFT kind) and held-out preference pairs (DPO kind).

    `base_model` (without adapters) scores corrections for the implausible-correction filter, as in
    training, so the gate sees the same dataset the trainer did.
    """
    key = load_or_create_key(
        settings.data_dir, settings.pseudonym_key.get_secret_value() if settings.pseudonym_key else None
    )
    scorer = nll_scorer(base_model, tokenizer) if base_model is not None else None
    data = build_dataset(store, settings, key, tokenizer_counter(tokenizer), scorer)
    examples = [
        EvalExample(prompt=e.prompt, desirable=e.completion, user_id=e.user_id, written_by_person=e.corrected)
        for e in data.heldout("sft")
    ]
    examples += [
        EvalExample(prompt=e.prompt, desirable=e.chosen, undesirable=e.rejected, user_id=e.user_id)
        for e in data.heldout("dpo")
    ]
    return examples


def examples_from_file(path: Path, system_prompt: str) -> list[EvalExample]:
    """A user's test set in the import formats: every assistant turn (or its correction) is desirable."""
    examples = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            turns = row.get("messages") or [
                {
                    "role": {"human": "user", "gpt": "assistant"}.get(t["from"], t["from"]),
                    "content": t["value"],
                }
                for t in row["conversations"]
            ]
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
            raise GateError(
                f"{path}: line {number} is not an OpenAI messages or ShareGPT conversation"
            ) from None
        context = [{"role": "system", "content": system_prompt}]
        for turn in turns:
            role, content = turn.get("role"), turn.get("content") or turn.get("value")
            if role == "system":
                context[0] = {"role": "system", "content": content}
                continue
            if role == "assistant":
                better = turn.get("correction")
                if turn.get("rating", 1) >= 0 or better:
                    bad = content if better else None
                    examples.append(
                        EvalExample(
                            prompt=list(context),
                            desirable=better or content,
                            undesirable=bad,
                            written_by_person=True,
                        )
                    )
            context.append({"role": role, "content": content})
    return examples


def reply_scorer(settings: Settings):  # noqa: ANN201
    """(replies, references) -> scores for the gate's reply check, by `trainer.gate_reply_measure`."""
    t = settings.trainer
    if t.gate_reply_measure == "token_f1" or t.gate_reply_examples == 0:
        return None  # evaluate's default: token F1
    from trainer.similarity import SemanticSimilarity, SimilarityUnavailable

    try:
        return SemanticSimilarity(t.similarity_model).many
    except SimilarityUnavailable as exc:
        raise GateError(str(exc)) from None


def trusted_test_set(settings: Settings) -> list[EvalExample] | None:
    """The admins' test set (`trainer.gate_test_set`), on which every gate compares replies; None: unset."""
    path = settings.trainer.gate_test_set
    if path is None:
        return None
    if not Path(path).is_file():
        raise GateError(f"trainer.gate_test_set: {path} is not a readable file")
    examples = examples_from_file(Path(path), settings.model.system_prompt)
    if not examples:
        raise GateError(f"trainer.gate_test_set: {path} holds no assistant replies")
    return examples


def evaluate_candidate(
    settings: Settings,
    store: Store,
    candidate_id: str,
    incumbent: str = "active",
    dataset: Path | None = None,
    progress: bool = True,
) -> GateResult:
    """Compare `candidate_id` with the incumbent, write the report, record the verdict in the registry."""
    storage = AdapterStorage.from_settings(settings)
    cand_label, cand_path = resolve_side(store, candidate_id, storage)
    if cand_path is None:
        raise GateError("the candidate must be an adapter id")
    inc_label, inc_path = resolve_side(store, incumbent, storage)
    if inc_label == cand_label:
        raise GateError(f"candidate and incumbent are the same ({cand_label})")

    model, tokenizer, _ = load_base_model(settings.model)
    forget_gguf_quantization(model)
    system = settings.model.system_prompt
    # Before the adapters are attached: the correction filter scores with the bare base model.
    examples = (
        examples_from_file(dataset, system)
        if dataset
        else heldout_examples(settings, store, tokenizer, model)
    )
    sides = TwoSides(model, tokenizer, {cand_label: cand_path, inc_label: inc_path})
    report = evaluate(
        sides,
        examples,
        load_reference(system, settings.trainer.reference_examples),
        load_golden(),
        system,
        candidate=cand_label,
        incumbent=inc_label,
        n_side_by_side=settings.trainer.side_by_side,
        thresholds=thresholds(settings),
        progress=progress,
        per_user=settings.trainer.gate_per_user,
        reply_examples=settings.trainer.gate_reply_examples,
        reply_score=reply_scorer(settings),
        reply_measure=settings.trainer.gate_reply_measure,
        # gate_reply_examples 0 switches the reply check off, test set included.
        reply_set=trusted_test_set(settings)
        if dataset is None and settings.trainer.gate_reply_examples
        else None,
        reply_cache=ReplyScoreCache(
            settings.data_dir / "cache" / "reply_scores.json", scorer=str(settings.trainer.similarity_model)
        ),
        # the base model is named by what it is, so a changed model.base never reuses its scores
        side_ids={name: f"base:{settings.model.base}" for name in (cand_label, inc_label) if name == "base"},
    )
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    out_dir = settings.data_dir / "reports" / f"{stamp}-{cand_label}-vs-{inc_label}"
    paths = write_report(report, out_dir)
    summary = {
        "fit": report.fit,
        "replies": report.replies,
        "n_examples": report.n_examples,
        "incumbent": inc_label,
    }
    record_evaluation(store, cand_label, report.decision, summary, out_dir)
    log.info(
        "evaluated %s vs %s: %s",
        cand_label,
        inc_label,
        "eligible" if report.decision["eligible"] else "rejected",
    )
    return GateResult(report, paths)
