"""Shared adapter storage: a worker publishes adapters where bots on other machines can fetch them.

`storage.adapters_url` is a directory, `file:///…` or `s3://bucket/prefix` (anything fsspec opens).
By default it is data_dir/adapters itself, and nothing is copied: the registry row keeps the local
directory. With a remote URL, `publish` uploads an adapter to `<adapters_url>/<id>/`, the registry
stores that URL, and `local_dir` downloads it into this machine's data_dir/adapters/<id>/ before it is
served: into a temporary directory first, checked against the manifest written at upload, then renamed
into place, so a half download is never served.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import shutil
from pathlib import Path
from typing import Any

import fsspec

from config.settings import Settings, StorageSettings
from trainer.adapters import AdapterError, check_adapter_dir

log = logging.getLogger(__name__)

MANIFEST = "kaizen-manifest.json"  # uploaded last: size and sha256 of every other file
TMP_PREFIX = ".tmp-"  # same prefix as the registry's, so remove_incomplete clears both


class StorageUnavailable(OSError):
    """The adapter storage could not be reached (network, credentials); try again later."""


def is_remote(location: str | Path) -> bool:
    """True for a URL that is not a plain local path (s3://…, gs://…; file:// counts as local)."""
    text = str(location)
    return "://" in text and not text.startswith("file://")


def _local_path(location: str | Path) -> Path:
    text = str(location)
    return Path(text[len("file://") :] if text.startswith("file://") else text)


class AdapterStorage:
    """Publishes adapters to `storage.adapters_url` and fetches them into the local adapter cache."""

    def __init__(self, cfg: StorageSettings, data_dir: Path) -> None:
        self.cache = Path(data_dir) / "adapters"
        self.url = (cfg.adapters_url or str(self.cache)).rstrip("/")
        options: dict[str, Any] = dict(cfg.options)
        if cfg.s3_endpoint_url:
            options.setdefault("endpoint_url", cfg.s3_endpoint_url)
        self.options = options

    @classmethod
    def from_settings(cls, settings: Settings) -> AdapterStorage:
        """The storage configured in `settings.storage`."""
        return cls(settings.storage, settings.data_dir)

    @property
    def shares_cache(self) -> bool:
        """True when adapters_url is the local cache itself (the one-machine default)."""
        return not is_remote(self.url) and _local_path(self.url).resolve() == self.cache.resolve()

    def _fs(self, url: str) -> tuple[fsspec.AbstractFileSystem, str]:
        protocol = url.split("://", 1)[0] if "://" in url else "file"
        try:
            fs = fsspec.filesystem(protocol, **(self.options if protocol != "file" else {}))
        except ImportError as exc:
            raise StorageUnavailable(f"no fsspec driver for {protocol}:// ({exc})") from None
        return fs, url.split("://", 1)[1] if "://" in url else url

    # writing (the trainer) ---------------------------------------------------------------------
    def publish(self, local_dir: Path, adapter_id: str) -> str:
        """Upload a complete adapter directory to `<adapters_url>/<id>/`; returns what the registry keeps.

        The manifest goes last, so a reader never accepts an upload that stopped midway.
        """
        local_dir = Path(local_dir)
        check_adapter_dir(local_dir)
        if self.shares_cache:
            return str(local_dir)
        url = f"{self.url}/{adapter_id}"
        fs, root = self._fs(url)
        manifest = _manifest(local_dir)
        try:
            fs.invalidate_cache()  # another process may have written here since
            if fs.exists(f"{root}/{MANIFEST}"):
                raise FileExistsError(f"adapter {adapter_id} already exists at {url}")
            if "file" in fs.protocol:  # local directories must exist; object stores have none
                fs.makedirs(root, exist_ok=True)
            for name in manifest:
                fs.put_file(str(local_dir / name), f"{root}/{name}")
            with fs.open(f"{root}/{MANIFEST}", "w") as f:
                f.write(json.dumps(manifest, indent=2, sort_keys=True))
        except (FileExistsError, FileNotFoundError):
            raise
        except Exception as exc:
            raise StorageUnavailable(f"cannot upload adapter {adapter_id} to {url}: {exc}") from exc
        log.info("published adapter %s (%d files) to %s", adapter_id, len(manifest), self.url)
        return url

    # reading (the bot, the gate) -----------------------------------------------------------------
    def local_dir(self, adapter_id: str, location: str | Path) -> Path:
        """A checked local directory of the adapter the registry keeps at `location`.

        Remote adapters are downloaded into the cache once. Raises AdapterError when the adapter is
        missing or corrupt, StorageUnavailable when the storage cannot be reached.
        """
        if not is_remote(location):
            return check_adapter_dir(_local_path(location)).path
        final = self.cache / adapter_id
        if final.is_dir():
            return check_adapter_dir(final).path
        self.cache.mkdir(parents=True, exist_ok=True)
        tmp = self.cache / f"{TMP_PREFIX}{adapter_id}-{secrets.token_hex(3)}"
        try:
            self._download(str(location).rstrip("/"), tmp)
            check_adapter_dir(tmp)
            try:
                os.rename(tmp, final)  # atomic: the cache holds a whole adapter or none
            except OSError:
                if not final.is_dir():  # else another process finished the same download first
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        log.info("fetched adapter %s into the local cache", adapter_id)
        return check_adapter_dir(final).path

    def _download(self, url: str, into: Path) -> None:
        fs, root = self._fs(url)
        try:
            manifest = json.loads(fs.cat_file(f"{root}/{MANIFEST}"))
        except FileNotFoundError:
            raise AdapterError(f"adapter at {url} is missing or incomplete (no {MANIFEST})") from None
        except ValueError as exc:
            raise AdapterError(f"adapter at {url}: unreadable {MANIFEST} ({exc})") from None
        except Exception as exc:
            raise StorageUnavailable(f"cannot reach adapter storage for {url}: {exc}") from exc
        into.mkdir(parents=True)
        for name, expected in manifest.items():
            if "/" in name or name.startswith("."):
                raise AdapterError(f"adapter at {url}: unexpected file name in manifest")
            try:
                fs.get_file(f"{root}/{name}", str(into / name))
            except FileNotFoundError:
                raise AdapterError(f"adapter at {url}: {name} is missing") from None
            except Exception as exc:
                raise StorageUnavailable(f"cannot download {name} of {url}: {exc}") from exc
            if _file_digest(into / name) != expected:
                raise AdapterError(f"adapter at {url}: {name} is corrupt (checksum mismatch)")

    def read_metadata(self, adapter_id: str, location: str | Path) -> dict:
        """The adapter's kaizen.json: from the local copy, else only that file from the storage."""
        from trainer.registry import METADATA_FILE, read_metadata

        cached = self.cache / adapter_id
        if not is_remote(location):
            return read_metadata(_local_path(location))
        if (cached / METADATA_FILE).exists():
            return read_metadata(cached)
        fs, root = self._fs(str(location).rstrip("/"))
        try:
            return json.loads(fs.cat_file(f"{root}/{METADATA_FILE}"))
        except FileNotFoundError:
            raise AdapterError(f"adapter at {location}: {METADATA_FILE} is missing") from None
        except ValueError as exc:
            raise AdapterError(f"adapter at {location}: unreadable {METADATA_FILE} ({exc})") from None
        except Exception as exc:
            raise StorageUnavailable(f"cannot reach adapter storage for {location}: {exc}") from exc


def _file_digest(path: Path) -> dict[str, Any]:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return {"size": path.stat().st_size, "sha256": h.hexdigest()}


def _manifest(local_dir: Path) -> dict[str, dict[str, Any]]:
    return {p.name: _file_digest(p) for p in sorted(local_dir.iterdir()) if p.is_file()}
