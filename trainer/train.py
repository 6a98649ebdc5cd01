"""The training run: store → dataset → LoRA on the base model (TRL SFT/KTO/DPO) → registered adapter.

Read `train()` top to bottom. Everything device-specific comes from accelerate/transformers, so the
same code runs on a CPU, one GPU, or several under `accelerate launch` / `torchrun`.

Checkpoints go to data_dir/training/<run key>/ every `trainer.checkpoint_every` steps. The run key is a
hash of the dataset, the method and the hyperparameters, so running the same training again after a
crash resumes from the last checkpoint instead of starting over.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from torch.utils.data import Sampler
from transformers import TrainerCallback

from config.settings import Settings, TrainerSettings
from feedback.store import Store
from privacy import load_or_create_key
from trainer.base_model import load_base_model, pick_device
from trainer.dataset import Example, TrainingData, as_dicts, build_dataset, choose_method, tokenizer_counter
from trainer.evaluate import nll_scorer
from trainer.registry import active_adapter, new_adapter_id, register_adapter, remove_incomplete
from trainer.rehearsal import RehearsalError, rehearsal_examples
from trainer.storage import AdapterStorage

log = logging.getLogger(__name__)

# Settings that shape the result (and so the run key and the metadata); budgets are not among them.
HYPERPARAMETERS = (
    "lora_rank",
    "lora_alpha",
    "lora_dropout",
    "lora_target_modules",
    "learning_rate",
    "epochs",
    "batch_size",
    "grad_accumulation",
    "max_seq_length",
    "beta",
    "seed",
    "group_by_length",
    "rehearsal_share",
    "rehearsal_max_new_tokens",
)


class TrainingError(RuntimeError):
    """Training could not start or finish; the message says why in one line."""


class NothingToTrain(TrainingError):
    """The store holds no training examples for the chosen method."""


@dataclass(frozen=True)
class TrainResult:
    adapter_id: str
    path: Path
    method: str
    metrics: dict
    resumed_from_step: int | None


def train(
    settings: Settings,
    store: Store,
    method: str | None = None,
    max_steps: int | None = None,
    max_minutes: float | None = None,
    callbacks: list[TrainerCallback] | None = None,
    progress: bool = True,
) -> TrainResult:
    """Train a LoRA adapter from the store's ratings and register it (status `trained`)."""
    cfg = _with_overrides(settings.trainer, method, max_steps, max_minutes)
    remove_incomplete(settings.data_dir)

    # 1. The base model, on the device accelerate gives this process.
    device = _training_device(settings.model.device)
    model, tokenizer, source = load_base_model(settings.model, device)
    forget_gguf_quantization(model)

    # 2. The dataset: rules and guards in trainer/dataset.py; only the training split trains.
    key = load_or_create_key(
        settings.data_dir, settings.pseudonym_key.get_secret_value() if settings.pseudonym_key else None
    )
    data = build_dataset(store, settings, key, tokenizer_counter(tokenizer), nll_scorer(model, tokenizer))
    method = choose_method(data, cfg)
    rated = data.train(method)
    if method == "kto" and not (data.counts()["kto"]["desirable"] and data.counts()["kto"]["undesirable"]):
        raise NothingToTrain("KTO needs both desirable and undesirable examples")
    if not rated:
        raise NothingToTrain(f"no {method} training examples in the store yet (rate some replies first)")
    # Rehearsal rows: the base model's own replies to general requests, generated before LoRA is
    # attached (trainer/rehearsal.py). They are not part of `data`, whose examples are people's ratings.
    try:
        rehearsal = rehearsal_examples(
            model,
            tokenizer,
            cfg,
            method,
            len(rated),
            settings.model.system_prompt,
            source.fingerprint(),
            settings.data_dir / "rehearsal_replies.json",
        )
    except RehearsalError as exc:
        raise TrainingError(str(exc)) from exc
    rows = as_dicts(rated + rehearsal)
    log.info(
        "dataset %s: %s; method %s; %d rehearsal rows",
        data.hash,
        json.dumps(data.counts()),
        method,
        len(rehearsal),
    )

    # 3. Where training starts: the bare base model (default) or the active adapter.
    parent = active_adapter(store) if cfg.continue_from_active else None
    peft_config = None
    if parent is not None:
        from peft import PeftModel

        parent_dir = AdapterStorage.from_settings(settings).local_dir(parent.id, parent.path)
        model = PeftModel.from_pretrained(model, str(parent_dir), is_trainable=True)
    else:
        peft_config = lora_config(cfg)

    # 4. Checkpoints of this exact run, to resume after a crash.
    run_key = _run_key(data, method, cfg, source.fingerprint(), parent, rehearsal)
    run_dir = settings.data_dir / "training" / run_key
    last_checkpoint = _last_checkpoint(run_dir)
    resumed_from = int(last_checkpoint.name.split("-")[-1]) if last_checkpoint else None
    if last_checkpoint:
        log.info("resuming from checkpoint at step %d", resumed_from)

    # 5. The TRL trainer for the method, with progress, budget and the caller's callbacks.
    budget = _Budget(cfg.max_minutes)
    progress_log = _ProgressLog()
    trainer = make_trainer(method, model, tokenizer, rows, cfg, run_dir, device, progress, peft_config)
    for cb in [budget, progress_log, *(callbacks or [])]:
        trainer.add_callback(cb)
    started = time.perf_counter()
    output = trainer.train(resume_from_checkpoint=str(last_checkpoint) if last_checkpoint else None)
    seconds = time.perf_counter() - started

    # 6. Metrics and the adapter, registered only once its files are complete.
    state = trainer.state
    metrics = {
        "train_loss": output.training_loss,
        "final_loss": progress_log.last_loss,
        "steps": state.global_step,
        "epochs": state.epoch,
        "tokens": int(state.num_input_tokens_seen or 0),
        "seconds": round(seconds, 2),
        "tokens_per_second": round(progress_log.tokens_per_second(), 1),
        "stopped_by": "max_minutes" if budget.hit else ("max_steps" if cfg.max_steps else "epochs"),
        "examples": len(rows),
        "rehearsal_examples": len(rehearsal),
    }
    adapter_id = _same_on_every_process(new_adapter_id())
    metadata = {
        # Pseudonyms of the people whose ratings trained it: forgetting someone flags this adapter.
        "contributors": sorted({e.user_id for e in data.train(method)}),
        "base_model": source.name,
        "base_model_path": source.path,
        "base_fingerprint": source.fingerprint(),
        "dataset_hash": data.hash,
        "dataset_counts": data.counts(),
        "dataset_dropped": data.dropped,
        "method": method,
        "hyperparameters": {name: getattr(cfg, name) for name in HYPERPARAMETERS},
        "metrics": metrics,
        "parent_id": parent.id if parent else None,
        "resumed_from_step": resumed_from,
    }
    if trainer.accelerator.is_main_process:
        peft_model = trainer.accelerator.unwrap_model(trainer.model)
        storage = AdapterStorage.from_settings(settings)
        register_adapter(store, settings.data_dir, adapter_id, peft_model.save_pretrained, metadata, storage)
        shutil.rmtree(run_dir, ignore_errors=True)
    log.info(
        "adapter %s trained: %d steps, loss %.4f, %.0f tokens/s",
        adapter_id,
        metrics["steps"],
        metrics["train_loss"],
        metrics["tokens_per_second"],
    )
    return TrainResult(adapter_id, settings.data_dir / "adapters" / adapter_id, method, metrics, resumed_from)


# --- pieces of the run ---------------------------------------------------------------------------------
def _with_overrides(
    cfg: TrainerSettings, method: str | None, max_steps: int | None, max_minutes: float | None
) -> TrainerSettings:
    update = {
        k: v
        for k, v in {"method": method, "max_steps": max_steps, "max_minutes": max_minutes}.items()
        if v is not None
    }
    return TrainerSettings.model_validate({**cfg.model_dump(), **update}) if update else cfg


def _same_on_every_process(value: str) -> str:
    """Under torchrun/accelerate every process gets the main process's value (one run, one id)."""
    from accelerate import PartialState
    from accelerate.utils import broadcast_object_list

    if PartialState().num_processes <= 1:
        return value
    return broadcast_object_list([value], from_process=0)[0]


def forget_gguf_quantization(model) -> None:  # noqa: ANN001
    """GGUF weights are de-quantized to plain tensors on load, yet transformers still marks the model as
    GGUF-quantized and refuses to train it; the mark is all that is left of the quantization."""
    quantizer = getattr(model, "hf_quantizer", None)
    method = getattr(getattr(quantizer, "quantization_config", None), "quant_method", None)
    if quantizer is not None and str(getattr(method, "value", method)).lower() == "gguf":
        model.hf_quantizer = None
        if "is_quantized" in vars(model):
            model.is_quantized = False


def _training_device(preference: str) -> torch.device:
    """Under accelerate/torchrun each process gets its own device; alone, the usual choice."""
    from accelerate import PartialState
    from accelerate.utils import DistributedType

    state = PartialState()
    if state.distributed_type != DistributedType.NO:
        return state.device
    return pick_device(preference)


def lora_config(cfg: TrainerSettings):  # noqa: ANN202
    """peft's LoRA settings from the trainer's: rank, alpha, dropout and the layers it adapts."""
    from peft import LoraConfig

    return LoraConfig(
        r=cfg.lora_rank,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=cfg.lora_target_modules,
        task_type="CAUSAL_LM",
    )


def _run_key(
    data: TrainingData,
    method: str,
    cfg: TrainerSettings,
    base: str,
    parent,  # noqa: ANN001
    rehearsal: Sequence[Example] = (),
) -> str:
    body = {
        "dataset": data.hash,
        "rehearsal": sorted(e.key for e in rehearsal),
        "method": method,
        "base": base,
        "parent": parent.id if parent else None,
        "hp": {name: getattr(cfg, name) for name in HYPERPARAMETERS},
    }
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _last_checkpoint(run_dir: Path) -> Path | None:
    """The newest complete checkpoint (one with trainer_state.json, written last by the Trainer)."""
    if not run_dir.is_dir():
        return None
    done = [p for p in run_dir.glob("checkpoint-*") if (p / "trainer_state.json").exists()]
    return max(done, key=lambda p: int(p.name.split("-")[-1]), default=None)


def make_trainer(method, model, tokenizer, rows, cfg, run_dir, device, progress, peft_config):  # noqa: ANN001, ANN202
    """TRL's trainer and config for `method`, all sharing the same training arguments."""
    from datasets import Dataset

    common = dict(
        output_dir=str(run_dir),
        learning_rate=cfg.learning_rate,
        num_train_epochs=cfg.epochs,
        max_steps=cfg.max_steps or -1,
        per_device_train_batch_size=cfg.batch_size,
        gradient_accumulation_steps=cfg.grad_accumulation,
        seed=cfg.seed,
        save_strategy="steps",
        save_steps=cfg.checkpoint_every,
        save_total_limit=2,
        logging_steps=cfg.log_every,
        report_to="none",
        disable_tqdm=not progress,
        # Real tokens only: padding is work a trainer should avoid, not count as throughput.
        include_num_input_tokens_seen="non_padding",
        # Small LoRA runs fit in memory; recomputing activations would cost about a third of each step.
        activation_checkpointing=cfg.gradient_checkpointing,
        bf16=device.type == "cuda" and torch.cuda.is_bf16_supported(),
        use_cpu=device.type == "cpu",
        max_length=cfg.max_seq_length,
        dataloader_num_workers=0,
    )
    dataset = Dataset.from_list(rows)
    if method == "sft":
        from trl import SFTConfig, SFTTrainer

        class BucketedSFTTrainer(SFTTrainer):
            """TRL's SFT loop, with batches of similar length when `group_by_length` is on."""

            def _get_train_sampler(self, train_dataset=None):  # noqa: ANN001, ANN202
                data = train_dataset if train_dataset is not None else self.train_dataset
                if not cfg.group_by_length:
                    return super()._get_train_sampler(train_dataset)
                lengths = [len(ids) for ids in data["input_ids"]]  # once, not per step
                return LengthBucketSampler(lengths, self.args.train_batch_size, self.args.seed)

        # Prompt-completion rows: the loss covers only the assistant's reply.
        args = SFTConfig(**common, completion_only_loss=True)
        return BucketedSFTTrainer(
            model=model, args=args, train_dataset=dataset, processing_class=tokenizer, peft_config=peft_config
        )
    if method == "kto":
        from trl import KTOConfig, KTOTrainer

        # KTO estimates its KL term from mismatched pairs within a batch: it needs at least two.
        args = KTOConfig(**{**common, "per_device_train_batch_size": max(2, cfg.batch_size)}, beta=cfg.beta)
        return KTOTrainer(
            model=model, args=args, train_dataset=dataset, processing_class=tokenizer, peft_config=peft_config
        )
    if method == "dpo":
        from trl import DPOConfig, DPOTrainer

        args = DPOConfig(**common, beta=cfg.beta)
        return DPOTrainer(
            model=model, args=args, train_dataset=dataset, processing_class=tokenizer, peft_config=peft_config
        )
    raise TrainingError(f"unknown training method {method!r} (sft, kto, dpo or auto)")


class LengthBucketSampler(Sampler[int]):
    """Example order in which each batch holds examples of similar length, so little padding is
    computed; which examples meet, and the order of the batches, change with every epoch.

    Each window of up to `WINDOW_BATCHES` batches of a random permutation is sorted by length and cut
    into batches; the batches are then shuffled (a short last batch stays last, so the DataLoader's
    batches are exactly these). Deterministic per (seed, epoch), so a resumed run sees the same order.
    """

    WINDOW_BATCHES = 50

    def __init__(self, lengths: list[int], batch_size: int, seed: int) -> None:
        self.lengths = lengths
        self.batch_size = batch_size
        self.seed = seed
        self.epoch = 0

    def set_epoch(self, epoch: int) -> None:
        """Called by the Trainer before each epoch."""
        self.epoch = epoch

    def __len__(self) -> int:
        return len(self.lengths)

    def __iter__(self) -> Iterator[int]:
        generator = torch.Generator().manual_seed(self.seed + self.epoch)
        order = torch.randperm(len(self.lengths), generator=generator).tolist()
        window = self.batch_size * self.WINDOW_BATCHES
        ordered = [
            i for start in range(0, len(order), window)
            for i in sorted(order[start : start + window], key=self.lengths.__getitem__)
        ]  # fmt: skip
        batches = [ordered[i : i + self.batch_size] for i in range(0, len(ordered), self.batch_size)]
        short = batches.pop() if batches and len(batches[-1]) < self.batch_size else None
        for b in torch.randperm(len(batches), generator=generator).tolist():
            yield from batches[b]
        if short:
            yield from short


class _Budget(TrainerCallback):
    """Stops training once `max_minutes` have passed (the adapter of the steps so far is kept)."""

    def __init__(self, max_minutes: float | None) -> None:
        self.max_seconds = max_minutes * 60 if max_minutes else None
        self.started = time.monotonic()
        self.hit = False

    def on_train_begin(self, args, state, control, **kwargs):  # noqa: ANN001, ANN201
        self.started = time.monotonic()

    def on_step_end(self, args, state, control, **kwargs):  # noqa: ANN001, ANN201
        if self.max_seconds is not None and time.monotonic() - self.started > self.max_seconds:
            self.hit = True
            control.should_training_stop = True
        return control


class _ProgressLog(TrainerCallback):
    """Log lines every `logging_steps`: step, loss, tokens/s, ETA (ids and numbers only, never text)."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.first_step = 0
        self.first_tokens = 0
        self.last_loss: float | None = None
        self.tokens = 0
        self.elapsed = 0.0

    def on_train_begin(self, args, state, control, **kwargs):  # noqa: ANN001, ANN201
        self.started = time.monotonic()
        self.first_step = state.global_step
        self.first_tokens = int(state.num_input_tokens_seen or 0)

    def on_log(self, args, state, control, logs=None, **kwargs):  # noqa: ANN001, ANN201
        if not logs or "loss" not in logs or not state.is_world_process_zero:
            return
        self.last_loss = float(logs["loss"])
        self.elapsed = time.monotonic() - self.started
        self.tokens = int(state.num_input_tokens_seen or 0) - self.first_tokens
        done = max(1, state.global_step - self.first_step)
        eta = self.elapsed / done * max(0, state.max_steps - state.global_step)
        log.info(
            "step %d/%d loss %.4f %.0f tokens/s ETA %ds",
            state.global_step,
            state.max_steps,
            self.last_loss,
            self.tokens_per_second(),
            eta,
        )

    def tokens_per_second(self) -> float:
        return self.tokens / self.elapsed if self.elapsed > 0 else 0.0


# --- measuring --------------------------------------------------------------------------------------------
@torch.no_grad()
def completion_loss(model, tokenizer, rows: list[dict]) -> float:  # noqa: ANN001
    """Mean cross-entropy of the assistant's completion tokens given the prompt (SFT/KTO rows)."""
    total, count = 0.0, 0
    was_training = model.training
    model.eval()
    for row in rows:
        prompt_ids = _chat_ids(tokenizer, row["prompt"], generation_prompt=True)
        full_ids = _chat_ids(tokenizer, row["prompt"] + row["completion"], generation_prompt=False)
        input_ids = torch.tensor([full_ids], device=model.device)
        labels = input_ids.clone()
        labels[:, : len(prompt_ids)] = -100
        out = model(input_ids=input_ids, labels=labels)
        n = int((labels[:, 1:] != -100).sum())
        total += float(out.loss) * n
        count += n
    model.train(was_training)
    return total / max(1, count)


def _chat_ids(tokenizer, turns: list[dict], generation_prompt: bool) -> list[int]:  # noqa: ANN001
    ids = tokenizer.apply_chat_template(turns, tokenize=True, add_generation_prompt=generation_prompt)
    return list(ids["input_ids"] if hasattr(ids, "keys") else ids)
