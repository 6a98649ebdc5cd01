"""Shared adapter storage: a worker publishes through S3 (moto's server on loopback), a bot elsewhere
fetches, checks and serves it; corrupt, missing and unreachable remote adapters change nothing."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from bot.promotions import AdapterFollower
from bot.runtime import ModelRuntime
from bot.service import ChatError, ChatService
from config import load_settings
from feedback.store import Store
from privacy import Scrubber
from tests.helpers import free_port, make_chatty_model, make_tiny_adapter
from trainer.adapters import AdapterError
from trainer.registry import PromotionError, active_adapter, promote, register_adapter
from trainer.storage import MANIFEST, AdapterStorage, StorageUnavailable

BUCKET = "kaizen-test"
CANARY = "Quentin Canarywood, quentin.canary@example.org"


@pytest.fixture(scope="module")
def s3_endpoint():
    """A real S3-compatible HTTP server (moto in server mode) on a loopback port."""
    from moto.server import ThreadedMotoServer

    mp = pytest.MonkeyPatch()
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        mp.setenv(name, value)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    url = f"http://127.0.0.1:{port}"
    import boto3

    boto3.client("s3", endpoint_url=url).create_bucket(Bucket=BUCKET)
    yield url
    server.stop()
    mp.undo()


@pytest.fixture(scope="module")
def chatty_dir(tiny_model_dir, tmp_path_factory) -> str:
    return make_chatty_model(tiny_model_dir, tmp_path_factory.mktemp("chatty"))


def machine(tmp_path: Path, name: str, model_dir: str, endpoint: str, db_url: str, **storage):
    """Settings of one machine: its own data dir, the shared database and the shared S3 prefix."""
    return load_settings(
        data_dir=tmp_path / name,
        database_url=db_url,
        model={"base": model_dir, "max_new_tokens": 8, "timeout_seconds": 60},
        storage={"adapters_url": f"s3://{BUCKET}/{tmp_path.name}/adapters", "s3_endpoint_url": endpoint}
        | storage,
    )


def publish(settings, store, model_dir: str, adapter_id: str, seed: int = 1, status: str = "eligible"):
    """What a worker does after training: write, upload and register (with a stand-in adapter)."""
    metadata = {"base_model": "tiny", "base_fingerprint": "x", "method": "sft", "dataset_hash": "d"}

    def save(out: Path) -> None:
        make_tiny_adapter(model_dir, out, seed=seed)

    storage = AdapterStorage.from_settings(settings)
    row = register_adapter(store, settings.data_dir, adapter_id, save, metadata, storage)
    store.update_adapter(adapter_id, status=status)
    return row


def s3(endpoint: str):
    import s3fs

    return s3fs.S3FileSystem(endpoint_url=endpoint, skip_instance_cache=True)


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.text: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.text.append(record.getMessage())


def bot(settings, model_dir: str) -> tuple[ChatService, AdapterFollower]:
    store = Store(settings.db_url)
    runtime = ModelRuntime(settings.model)
    runtime.load()
    service = ChatService(settings, store, Scrubber(settings.privacy, key=b"k"), runtime)
    service.follower = AdapterFollower(service)
    return service, service.follower


async def test_adapter_written_by_a_worker_through_s3_is_served_by_another_bot(
    s3_endpoint, chatty_dir, tmp_path
):
    db_url = f"sqlite:///{tmp_path / 'shared.db'}"
    worker = machine(tmp_path, "worker", chatty_dir, s3_endpoint, db_url)
    worker_store = Store(db_url)
    row = publish(worker, worker_store, chatty_dir, "a1")
    assert row.path == f"s3://{BUCKET}/{tmp_path.name}/adapters/a1"
    names = {Path(p).name for p in s3(s3_endpoint).ls(row.path)}
    assert {"adapter_config.json", "adapter_model.safetensors", "kaizen.json", MANIFEST} <= names

    settings = machine(tmp_path, "bot", chatty_dir, s3_endpoint, db_url)
    service, follower = bot(settings, chatty_dir)
    handler = Lines()
    logging.getLogger().addHandler(handler)
    try:
        before = await service.handle_message("web", "u", "c1", f"hello, I am {CANARY}")
        assert not (settings.data_dir / "adapters" / "a1").exists()
        await service.promote("a1", "web-admin", reason=f"asked by {CANARY}")
        assert service.runtime.adapter_id == "a1"
        cached = settings.data_dir / "adapters" / "a1"
        assert (cached / "kaizen.json").exists()
        assert not [p for p in cached.parent.iterdir() if p.name.startswith(".tmp-")]
        after = await service.handle_message("web", "u", "c2", f"hello, I am {CANARY}")
    finally:
        logging.getLogger().removeHandler(handler)
    assert after.adapter_id == "a1" and before.adapter_id is None
    assert after.text != before.text  # the adapter really changes the replies
    assert service.store.get_message(after.message_id).adapter_id == "a1"
    # Privacy: neither the shared database nor the logs hold the canary.
    raw = (tmp_path / "shared.db").read_bytes()
    assert b"Canarywood" not in raw and b"quentin.canary" not in raw
    assert not any("Canarywood" in line or "quentin.canary" in line for line in handler.text)


async def test_corrupt_or_missing_remote_adapters_are_refused_and_serving_is_unchanged(
    s3_endpoint, chatty_dir, tmp_path
):
    db_url = f"sqlite:///{tmp_path / 'shared.db'}"
    worker = machine(tmp_path, "worker", chatty_dir, s3_endpoint, db_url)
    store = Store(db_url)
    publish(worker, store, chatty_dir, "good")
    corrupt = publish(worker, store, chatty_dir, "corrupt", seed=2)
    missing = publish(worker, store, chatty_dir, "missing", seed=3)
    fs = s3(s3_endpoint)
    fs.pipe(f"{corrupt.path}/adapter_model.safetensors", b"garbage, not weights")
    fs.rm(missing.path, recursive=True)

    settings = machine(tmp_path, "bot", chatty_dir, s3_endpoint, db_url)
    service, follower = bot(settings, chatty_dir)
    await service.promote("good", "web-admin")
    assert service.runtime.adapter_id == "good"

    with pytest.raises(ChatError, match="corrupt \\(checksum mismatch\\)"):
        await service.promote("corrupt", "web-admin")
    with pytest.raises(PromotionError, match="missing or incomplete"):
        promote(store, "missing", "cli", storage=AdapterStorage.from_settings(settings))
    assert active_adapter(store).id == "good" and service.runtime.adapter_id == "good"
    cache = settings.data_dir / "adapters"
    assert sorted(p.name for p in cache.iterdir()) == ["good"]  # no half downloads left behind

    # Promoted by a process that did not check (an old CLI): the bot fails it and rolls back.
    store.activate("missing", "force", "old-cli", "unchecked")
    assert await follower.sync() == "good"
    assert service.runtime.adapter_id == "good"
    assert store.get_adapter("missing").status == "failed"


async def test_unreachable_storage_keeps_the_adapter_in_force_and_blames_no_adapter(
    s3_endpoint, chatty_dir, tmp_path
):
    db_url = f"sqlite:///{tmp_path / 'shared.db'}"
    store = Store(db_url)
    publish(machine(tmp_path, "worker", chatty_dir, s3_endpoint, db_url), store, chatty_dir, "far")
    down = {"s3_endpoint_url": f"http://127.0.0.1:{free_port()}"}  # nothing listens there
    down["options"] = {"config_kwargs": {"retries": {"max_attempts": 1}, "connect_timeout": 1}}
    settings = machine(tmp_path, "bot", chatty_dir, s3_endpoint, db_url, **down)
    service, follower = bot(settings, chatty_dir)
    store.activate("far", "promote", "cli", "")
    assert await follower.sync() is None  # still the base model, and no rollback recorded
    assert store.get_adapter("far").status == "active"
    assert store.activations()[0].adapter_id == "far"
    with pytest.raises(StorageUnavailable):
        AdapterStorage.from_settings(settings).local_dir("far", store.get_adapter("far").path)


def test_a_shared_directory_works_like_s3_and_the_default_copies_nothing(tiny_model_dir, tmp_path):
    shared = tmp_path / "nfs" / "adapters"
    settings = load_settings(
        data_dir=tmp_path / "w", model={"base": tiny_model_dir}, storage={"adapters_url": f"file://{shared}"}
    )
    store = Store(settings.db_url)
    row = publish(settings, store, tiny_model_dir, "n1")
    assert row.path == f"file://{shared}/n1"
    assert json.loads((shared / "n1" / MANIFEST).read_text())["adapter_config.json"]["size"] > 0
    assert AdapterStorage.from_settings(settings).local_dir("n1", row.path) == shared / "n1"
    shutil.rmtree(shared / "n1")
    with pytest.raises(AdapterError, match="does not exist"):
        AdapterStorage.from_settings(settings).local_dir("n1", row.path)

    default = load_settings(data_dir=tmp_path / "d", model={"base": tiny_model_dir})
    row = publish(default, Store(default.db_url), tiny_model_dir, "d1")
    assert row.path == str(default.data_dir / "adapters" / "d1")
    assert not (default.data_dir / "adapters" / "d1" / MANIFEST).exists()


async def test_forgetting_a_user_flags_remote_adapters_they_trained(s3_endpoint, chatty_dir, tmp_path):
    db_url = f"sqlite:///{tmp_path / 'shared.db'}"
    settings = machine(tmp_path, "bot", chatty_dir, s3_endpoint, db_url)
    service, _ = bot(settings, chatty_dir)
    contributor = service.user_id("web", "zoe")
    metadata = {"base_model": "tiny", "base_fingerprint": "x", "method": "sft", "dataset_hash": "d",
                "contributors": [contributor]}  # fmt: skip
    worker = machine(tmp_path, "worker", chatty_dir, s3_endpoint, db_url)
    register_adapter(
        Store(db_url), worker.data_dir, "r1", lambda out: make_tiny_adapter(chatty_dir, out),
        metadata, AdapterStorage.from_settings(worker),
    )  # fmt: skip
    counts = await service.forget("web", "zoe")
    assert counts["adapters_flagged"] == 1
    assert service.store.get_adapter("r1").forgotten_contributors == 1
    assert not (settings.data_dir / "adapters" / "r1").exists()  # only kaizen.json was read
