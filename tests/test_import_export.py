"""Export in TRL formats, import of OpenAI/ShareGPT JSONL: round trip, errors, duplicates, scrubbing."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

from config import load_settings
from feedback.store import Store
from tests.helpers import ROOT, StoreBuilder
from trainer.dataset import build_dataset
from trainer.io import export_jsonl, import_jsonl

KEY = b"k" * 32
EMAIL, PHONE, NAME = "wanda.canary@example.com", "+1 212-555-0199", "Wanda Maximoff"


def open_settings(tmp_path, name: str):
    return load_settings(data_dir=tmp_path / name, trainer={"max_user_share": 1.0, "heldout_fraction": 0.0})


def write_lines(path, rows) -> None:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))


def examples(store, settings) -> dict[str, list]:
    data = build_dataset(store, settings, KEY)
    return {
        kind: sorted(json.dumps(e.to_trl(), sort_keys=True) for e in data.examples[kind])
        for kind in ("sft", "kto", "dpo")
    }


def test_export_import_round_trip(tmp_path, scrubber):
    src_settings = open_settings(tmp_path, "src")
    src = Store(src_settings.db_url)
    b = StoreBuilder(src)
    u = b.user("u1")
    conv = b.conversation()
    q1 = b.say(conv, u, "What is two plus two?")
    a1 = b.reply(conv, q1, "Five.")
    b.rate(a1, u, -1, correction="Four.")
    q2 = b.say(conv, u, "And three plus three?")
    a2 = b.reply(conv, q2, "Six.")
    b.rate(a2, u, 1)
    b.exchange(u, "Tell me a joke", "No.", -1)
    b.exchange(u, "unrated", "not exported", None)

    out = tmp_path / "messages.jsonl"
    assert export_jsonl(src, src_settings, KEY, "messages", out, progress=False) == 2
    first = json.loads(out.read_text().splitlines()[0])["messages"]
    assert first[0] == {"role": "system", "content": "SYS"}
    assert first[2] == {"role": "assistant", "content": "Five.", "rating": -1, "correction": "Four."}

    dst_settings = open_settings(tmp_path, "dst")
    dst = Store(dst_settings.db_url)
    report = import_jsonl(out, dst, scrubber, KEY, progress=False)
    assert (report.conversations, report.errors) == (2, [])
    assert examples(dst, dst_settings) == examples(src, src_settings)

    for fmt, keys in {"sft": {"prompt", "completion"}, "kto": {"prompt", "completion", "label"}}.items():
        path = tmp_path / f"{fmt}.jsonl"
        n = export_jsonl(src, src_settings, KEY, fmt, path, progress=False)
        rows = [json.loads(line) for line in path.read_text().splitlines()]
        assert len(rows) == n > 0 and all(set(r) == keys for r in rows)
    path = tmp_path / "dpo.jsonl"
    export_jsonl(src, src_settings, KEY, "dpo", path, progress=False)
    (row,) = [json.loads(line) for line in path.read_text().splitlines()]
    assert row["chosen"] == [{"role": "assistant", "content": "Four."}]
    assert row["rejected"] == [{"role": "assistant", "content": "Five."}]
    assert row["prompt"][-1] == {"role": "user", "content": "What is two plus two?"}


def test_import_reports_bad_lines_by_number_and_keeps_the_rest(tmp_path, scrubber, caplog):
    settings = open_settings(tmp_path, "d")
    store = Store(settings.db_url)
    path = tmp_path / "in.jsonl"
    write_lines(
        path,
        [
            {
                "messages": [
                    {"role": "user", "content": "hi"},
                    {"role": "assistant", "content": "hello", "rating": 1},
                ]
            },
            '{"messages": [secret text that is not json',
            {"messages": [{"role": "robot", "content": "x"}]},
            {
                "messages": [
                    {"role": "user", "content": "q"},
                    {"role": "assistant", "content": "a", "rating": 5},
                ]
            },
            {
                "conversations": [
                    {"from": "human", "value": "hey"},
                    {"from": "gpt", "value": "yo", "rating": -1},
                ]
            },
            {"messages": [{"role": "assistant", "content": "first"}]},
            {"something": "else"},
        ],
    )
    with caplog.at_level(logging.INFO):
        report = import_jsonl(path, store, scrubber, KEY, progress=False)
    assert report.conversations == 2 and report.ratings == 2
    assert [e.split(":")[0] for e in report.errors] == ["line 2", "line 3", "line 4", "line 6", "line 7"]
    assert "not valid JSON" in report.errors[0]
    assert "unknown role" in report.errors[1] and "rating must be 1 or -1" in report.errors[2]
    assert "secret text" not in " ".join(report.errors) + caplog.text
    data = build_dataset(store, settings, KEY)
    assert sorted((e.completion, e.label) for e in data.examples["kto"]) == [("hello", True), ("yo", False)]


def test_importing_twice_does_not_duplicate_and_rate_all_good(tmp_path, scrubber):
    settings = open_settings(tmp_path, "d")
    store = Store(settings.db_url)
    path = tmp_path / "curated.jsonl"
    write_lines(
        path,
        [
            {"messages": [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": f"a{i}"}]}
            for i in range(3)
        ],
    )
    first = import_jsonl(path, store, scrubber, KEY, rate_all_good=True, progress=False)
    assert (first.conversations, first.ratings) == (3, 3)
    second = import_jsonl(path, store, scrubber, KEY, rate_all_good=True, progress=False)
    assert (second.conversations, second.duplicates) == (0, 3)
    assert store.counts()["conversations"] == 3 and store.counts()["ratings"] == 3
    assert sorted(e.completion for e in build_dataset(store, settings, KEY).examples["sft"]) == [
        "a0",
        "a1",
        "a2",
    ]


def test_imported_canary_pii_is_scrubbed_on_disk_and_in_logs(tmp_path, scrubber, caplog):
    settings = open_settings(tmp_path, "d")
    scrubber.settings.replace = "placeholder"  # tags make "it was scrubbed" visible in the bytes
    store = Store(settings.db_url)
    path = tmp_path / "pii.jsonl"
    text = f"I am {NAME}, mail {EMAIL}, phone {PHONE}."
    write_lines(
        path,
        [
            {
                "messages": [
                    {"role": "user", "content": text},
                    {"role": "assistant", "content": f"Hello {NAME}!", "rating": -1, "correction": text},
                ]
            }
        ],
    )
    # INFO, as served: Presidio itself logs analysed text at DEBUG (main.setup_logging silences it).
    with caplog.at_level(logging.INFO):
        report = import_jsonl(path, store, scrubber, KEY, progress=False)
    assert report.conversations == 1
    store.engine.dispose()
    blobs = b"".join(p.read_bytes() for p in settings.data_dir.glob("kaizen.db*"))
    for canary in (EMAIL, PHONE, NAME, "Maximoff"):
        assert canary.encode() not in blobs
        assert canary not in caplog.text
    assert b"<EMAIL_ADDRESS>" in blobs


def test_cli_import_and_export(tmp_path):
    data_dir = tmp_path / "data"
    path = tmp_path / "in.jsonl"
    write_lines(
        path,
        [
            {"conversations": [{"from": "human", "value": "2+2?"}, {"from": "gpt", "value": "4"}]},
            "not json",
        ],
    )
    env = {**os.environ, "KAIZEN_DATA_DIR": str(data_dir), "KAIZEN_TRAINER__MAX_USER_SHARE": "1.0"}

    def run(*args):
        return subprocess.run(
            [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )

    imported = run("import", str(path), "--rate-all-good")
    assert imported.returncode == 0, imported.stderr[-2000:]
    assert "line 2: not valid JSON" in imported.stderr
    assert "imported 1 conversations" in imported.stdout
    out = tmp_path / "sft.jsonl"
    exported = run("export", "--format", "sft", "--out", str(out))
    assert exported.returncode == 0, exported.stderr[-2000:]
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["completion"] == [{"role": "assistant", "content": "4"}]
    bad = run("export", "--format", "csv", "--out", str(out))
    assert bad.returncode == 2 and "--format must be one of" in bad.stderr
