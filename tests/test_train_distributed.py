"""The trainer unchanged under torchrun: 2 CPU processes (gloo) train one adapter in the usual format."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from config import load_settings
from feedback.store import Store
from tests.helpers import ROOT, StoreBuilder, free_port
from trainer.adapters import check_adapter_dir
from trainer.registry import read_metadata

CANARY = "wilma.canary@example.org"


def test_two_cpu_processes_train_one_adapter_registered_once(tmp_path, tiny_model_dir):
    settings = load_settings(data_dir=tmp_path / "data", model={"base": str(tiny_model_dir)})
    store = Store(settings.db_url)
    b = StoreBuilder(store)
    u = b.user("u1")
    for i in range(8):
        b.exchange(u, f"question {i}", f"answer number {i}", 1)
    b.exchange(u, f"mail {CANARY}", f"noted {CANARY}", 1)
    env = {
        **os.environ,
        "KAIZEN_DATA_DIR": str(settings.data_dir),
        "KAIZEN_MODEL__BASE": str(tiny_model_dir),
        "KAIZEN_PSEUDONYM_KEY": "a-key-both-processes-share",
        "KAIZEN_TRAINER__MAX_USER_SHARE": "1.0",
        "KAIZEN_TRAINER__HELDOUT_FRACTION": "0.0",
        "KAIZEN_TRAINER__BATCH_SIZE": "2",
        "KAIZEN_TRAINER__CHECKPOINT_EVERY": "100",
        "OMP_NUM_THREADS": "1",
    }
    cmd = [
        sys.executable,
        "-m",
        "torch.distributed.run",
        "--nproc_per_node",
        "2",
        "--master_port",
        str(free_port()),
    ]
    cmd += ["main.py", "train", "--method", "sft", "--max-steps", "3", "--max-minutes", "5"]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stderr.count("; method sft") == 2  # both processes built the dataset and trained

    lines = proc.stdout.strip().splitlines()
    assert sum(line.startswith("trained sft: 3 steps") for line in lines) == 1  # rank 0 alone reports
    adapters = store.adapters()
    assert [a.id for a in adapters] == [lines[-1]]  # registered once, by rank 0
    check_adapter_dir(adapters[0].path)
    meta = read_metadata(adapters[0].path)
    assert meta["method"] == "sft" and meta["metrics"]["steps"] == 3
    assert json.loads(adapters[0].metrics)["steps"] == 3
    dirs = [p.name for p in (settings.data_dir / "adapters").iterdir()]
    assert dirs == [adapters[0].id]  # no second copy, no leftovers
    assert CANARY not in proc.stdout + proc.stderr
