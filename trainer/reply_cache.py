"""Reply scores the gate has already measured, so the incumbent's replies are not generated again.

The gate's reply check scores both sides' greedy replies against references. The incumbent of one cycle
was the candidate (or the incumbent) of the one before, on the same trusted test set, so its scores are
already known; generating them again is about half the reply check's time on a CPU.

An entry is keyed by the side (adapter id, or the base model's name) and a hash of everything that
decides the scores: the measure, the generation length, and each example's prompt and reference. Only
that hash and the per-example scores (floats) are written, never a prompt, reference or reply.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

MAX_ENTRIES = 64  # the newest are kept; a week's cycle needs two


def examples_key(measure: str, max_new_tokens: int, prompts: list, references: list[str]) -> str:
    """A hash of what decides a side's scores on these examples (texts enter only as the hash)."""
    digest = hashlib.sha256()
    digest.update(json.dumps([measure, max_new_tokens, prompts, references], sort_keys=True).encode())
    return digest.hexdigest()


class ReplyScoreCache:
    """Per-example reply scores by (side, examples key), in one small JSON file. `scorer` names what
    scores them (e.g. the similarity model), so scores of another scorer are never mixed in."""

    def __init__(self, path: Path, scorer: str = "") -> None:
        self.path = path
        self.scorer = scorer

    def _entry(self, side: str, key: str) -> str:
        return f"{side}|{self.scorer}|{key}"

    def _read(self) -> dict[str, list[float]]:
        return read_json_dict(self.path)

    def get(self, side: str, key: str, n: int) -> list[float] | None:
        """The scores of `side` on the examples of `key`, if measured before (and `n` of them)."""
        scores = self._read().get(self._entry(side, key))
        if not isinstance(scores, list) or len(scores) != n:
            return None
        return [float(s) for s in scores]

    def put(self, side: str, key: str, scores: list[float]) -> None:
        data = self._read()
        data.pop(self._entry(side, key), None)
        data[self._entry(side, key)] = list(scores)  # dicts keep insertion order: the newest last
        while len(data) > MAX_ENTRIES:
            data.pop(next(iter(data)))
        write_json_atomic(self.path, data)


def read_json_dict(path: Path) -> dict:
    """A cache file's JSON object; {} when it is missing or damaged (a damaged cache costs only time)."""
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("cache %s is unreadable; computing again", path)
        return {}
    return data if isinstance(data, dict) else {}


def write_json_atomic(path: Path, data: dict) -> None:
    """Write `data` as JSON to `path` through a temporary file: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data))
    tmp.replace(path)
