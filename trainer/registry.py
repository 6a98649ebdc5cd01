"""The adapter registry: adapters on disk in data_dir/adapters/<id>/ and a row per adapter in the store.

An adapter is written into a temporary directory, completed (PEFT files + kaizen.json), renamed into
place in one atomic step, and only then registered. A crash at any point leaves either nothing or a
`.tmp-*` directory that the next run removes; never a registered adapter with missing files.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from feedback.models import Adapter
from feedback.store import Store
from trainer.adapters import AdapterError, check_adapter_dir
from trainer.storage import AdapterStorage, StorageUnavailable

log = logging.getLogger(__name__)

METADATA_FILE = "kaizen.json"
TMP_PREFIX = ".tmp-"


def adapters_dir(data_dir: Path) -> Path:
    """Where adapters live: data_dir/adapters."""
    return Path(data_dir) / "adapters"


def new_adapter_id() -> str:
    """A sortable, unique id: UTC time plus a random suffix, e.g. `20261129-061502-3fa9`."""
    return f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


def remove_incomplete(data_dir: Path) -> int:
    """Delete temporary directories a crashed run left behind; returns how many."""
    root = adapters_dir(data_dir)
    removed = 0
    if root.is_dir():
        for path in root.glob(f"{TMP_PREFIX}*"):
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed


def register_adapter(
    store: Store,
    data_dir: Path,
    adapter_id: str,
    save_files: Callable[[Path], None],
    metadata: dict,
    storage: AdapterStorage | None = None,
) -> Adapter:
    """Write an adapter (`save_files(dir)` writes the PEFT files) with its kaizen.json and register it.

    `metadata` needs: base_model, base_fingerprint, method, dataset_hash; parent_id and metrics are
    optional. With a shared `storage`, the adapter is uploaded there and the row keeps its URL.
    Returns the registry row (status `trained`).
    """
    root = adapters_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    final = root / adapter_id
    if final.exists():
        raise FileExistsError(f"adapter {adapter_id} already exists")
    tmp = root / f"{TMP_PREFIX}{adapter_id}"
    try:
        save_files(tmp)
        meta = {"id": adapter_id, "created_at": datetime.now(UTC).isoformat(), **metadata}
        (tmp / METADATA_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True, default=str))
        check_adapter_dir(tmp)
        _fsync_dir(tmp)
        os.rename(tmp, final)  # atomic on one file system: the directory appears complete or not at all
        _fsync_dir(root)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        location = storage.publish(final, adapter_id) if storage else str(final)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)  # never published, never registered
        raise
    row = Adapter(
        id=adapter_id,
        status="trained",
        path=location,
        base_model=metadata["base_model"],
        base_fingerprint=metadata["base_fingerprint"],
        method=metadata["method"],
        dataset_hash=metadata["dataset_hash"],
        parent_id=metadata.get("parent_id"),
        metrics=json.dumps(metadata.get("metrics", {}), default=str),
    )
    try:
        store.add_adapter(row)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)  # unregistered files must not linger as if valid
        raise
    log.info("registered adapter %s (%s)", adapter_id, metadata["method"])
    return row


def read_metadata(path: str | Path) -> dict:
    """The kaizen.json of an adapter directory."""
    return json.loads((Path(path) / METADATA_FILE).read_text())


def active_adapter(store: Store) -> Adapter | None:
    """The adapter serving now (status `active`), if any."""
    active = store.adapters(status="active")
    return active[0] if active else None


def _fsync_dir(path: Path) -> None:
    for child in path.iterdir() if path.is_dir() else []:
        if child.is_file():
            with open(child, "rb") as f:
                os.fsync(f.fileno())
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# promotion -----------------------------------------------------------------------------------------
class PromotionError(ValueError):
    """A promotion or rollback that is not allowed; the message says why."""


def promote(  # noqa: ANN201
    store: Store,
    adapter_id: str,
    actor: str,
    reason: str = "",
    force: bool = False,
    storage: AdapterStorage | None = None,
):
    """Make an adapter the active one. Only `eligible` adapters, unless forced with a reason.

    With `storage`, an adapter kept remotely is fetched and checked first (and so cached here).
    """
    from feedback.store import NotFound

    try:
        adapter = store.get_adapter(adapter_id)
    except NotFound:
        raise PromotionError(f"unknown adapter {adapter_id!r}") from None
    if adapter.status == "active":
        raise PromotionError(f"adapter {adapter_id} is already active")
    if adapter.status != "eligible" and not force:
        raise PromotionError(
            f'adapter {adapter_id} is {adapter.status}, not eligible; use --force --reason "..." to override'
        )
    if force and not reason.strip():
        raise PromotionError("a forced promotion needs a reason")
    # A missing or corrupt adapter is refused before anything changes.
    try:
        storage.local_dir(adapter.id, adapter.path) if storage else check_adapter_dir(adapter.path)
    except StorageUnavailable as exc:
        raise PromotionError(f"adapter {adapter_id} cannot be fetched now: {exc}") from None
    except AdapterError as exc:
        raise PromotionError(str(exc)) from None
    action = "force" if adapter.status != "eligible" else "promote"
    row = store.activate(adapter_id, action, actor, reason)
    log.info("adapter %s promoted by %s (%s)", adapter_id, actor, action)
    return row


def rollback(store: Store, actor: str, reason: str = ""):  # noqa: ANN201
    """Go back one step: re-activate what served before the active adapter (maybe the base model)."""
    active = active_adapter(store)
    if active is None:
        raise PromotionError("nothing to roll back: the base model is serving")
    # The promotion that made the active adapter active says what came before it.
    made_active = next(
        (a for a in store.activations(limit=500) if a.adapter_id == active.id and a.action != "rollback"),
        None,
    )
    target = made_active.previous_id if made_active else None
    row = store.activate(target, "rollback", actor, reason or f"rollback from {active.id}")
    log.info("rolled back from %s to %s by %s", active.id, target or "base model", actor)
    return row


def record_evaluation(
    store: Store, adapter_id: str, decision: dict, summary: dict, report_dir: Path
) -> Adapter:
    """Store the gate's verdict on an adapter: status eligible or rejected, with reasons and numbers."""
    status = "eligible" if decision["eligible"] else "rejected"
    return store.update_adapter(
        adapter_id,
        status=status,
        evaluation=json.dumps({"decision": decision, **summary}, default=str),
        report_path=str(report_dir),
    )


def flag_adapters_of(
    store: Store, user_id: str, storage: AdapterStorage | None = None, since: datetime | None = None
) -> list[str]:
    """Mark every adapter that `user_id` helped train (their data is gone; retrain without it).

    `since`: when this user was forgotten before. Adapters registered until then were counted that
    time, so a second /forget counts none of them again."""
    flagged = []
    unreadable = 0
    for adapter in store.adapters():
        if since is not None and adapter.created_at <= since:
            continue
        try:
            if storage is not None:
                contributors = storage.read_metadata(adapter.id, adapter.path).get("contributors", [])
            else:
                contributors = read_metadata(adapter.path).get("contributors", [])
        except (OSError, ValueError):
            unreadable += 1
            continue
        if user_id in contributors:
            store.update_adapter(adapter.id, forgotten_contributors=adapter.forgotten_contributors + 1)
            flagged.append(adapter.id)
    if flagged:
        log.info("flagged %d adapters trained on a forgotten user's data", len(flagged))
    if unreadable:
        log.warning("could not read the contributors of %d adapters", unreadable)
    return flagged
