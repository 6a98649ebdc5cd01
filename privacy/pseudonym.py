"""Pseudonymous ids: a keyed hash of platform and platform id, so the store never holds raw ids."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path


def load_or_create_key(data_dir: Path, env_key: str | None = None) -> bytes:
    """The pseudonym key: from the environment if given, else data_dir/keys/pseudonym.key (0600)."""
    if env_key:
        return env_key.encode()
    path = data_dir / "keys" / "pseudonym.key"
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    key = secrets.token_hex(32).encode()
    # O_EXCL: two processes starting at once must not each write a different key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as f:
        f.write(key)
    return key


def pseudonym(key: bytes, platform: str, platform_id: str | int) -> str:
    """A stable id for (platform, platform_id) that cannot be reversed without the key."""
    digest = hmac.new(key, f"{platform}:{platform_id}".encode(), hashlib.sha256).hexdigest()
    return digest[:32]
