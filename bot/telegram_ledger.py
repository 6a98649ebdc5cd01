"""Processed once: the Telegram update ids already taken in hand, kept across restarts."""

from __future__ import annotations

import json
import logging
import os
import time
from collections import OrderedDict
from pathlib import Path

log = logging.getLogger(__name__)


class UpdateLedger:
    """The highest update id taken in hand, kept in data_dir so that a restart skips it.

    Telegram re-delivers updates whose offset was never confirmed (e.g. after a crash); the ledger
    makes sure such an update is not answered twice. An update is recorded when handling starts,
    so a crash in the middle loses that one reply rather than sending it twice. Within a run, ids
    seen are remembered one by one (updates handled concurrently may start out of order); across
    restarts, everything up to the saved high-water mark is skipped. Telegram picks a random id
    after a week without updates, so a mark older than that is not trusted.
    """

    STALE_AFTER_S = 6 * 24 * 3600
    REMEMBERED = 10_000

    def __init__(self, path: Path) -> None:
        self.path = path
        self.last_id, self.written_at = self._read()
        self.restart_mark = self.last_id  # ids up to here were handled by an earlier run
        self.seen: OrderedDict[int, None] = OrderedDict()

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text())
            return int(data["last_update_id"]), float(data["written_at"])
        except FileNotFoundError:
            return -1, 0.0
        except (ValueError, KeyError, TypeError):
            log.warning("telegram: unreadable update ledger %s; starting afresh", self.path)
            return -1, 0.0

    def _fresh(self) -> bool:
        return time.time() - self.written_at < self.STALE_AFTER_S

    def already_handled(self, update_id: int) -> bool:
        """True if this update was taken in hand before (in this run or an earlier one)."""
        return update_id in self.seen or (self._fresh() and update_id <= self.restart_mark)

    def record(self, update_id: int) -> None:
        """Durably note that `update_id` is being handled."""
        if not self._fresh():  # ids may have restarted from a random value
            self.restart_mark = self.last_id = -1
        self.seen[update_id] = None
        while len(self.seen) > self.REMEMBERED:
            self.seen.popitem(last=False)
        self.last_id = max(self.last_id, update_id)
        self.written_at = time.time()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w") as f:
            json.dump({"last_update_id": self.last_id, "written_at": self.written_at}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
