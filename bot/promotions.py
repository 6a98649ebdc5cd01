"""Keeps the running bot on the registry's active adapter, and announces candidates to admins.

Promotions and rollbacks may come from another process (the CLI, a worker): the registry in the
database is the truth, and this follower polls it every `trainer.poll_seconds`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from feedback.models import utcnow
from trainer.adapters import AdapterError
from trainer.registry import active_adapter, rollback
from trainer.storage import StorageUnavailable

log = logging.getLogger(__name__)

Notifier = Callable[[dict], Awaitable[None]]


class NotifierNotReady(Exception):  # noqa: N818 (a state, not a failure)
    """Raised by a notifier whose channel is not up yet (e.g. the bot is still connecting).

    The candidate stays pending and is offered to that channel again on the next round; channels
    that were already told are not told twice.
    """


class AdapterFollower:
    """Hot-swaps the runtime to the active adapter and tells admins about eligible candidates."""

    def __init__(self, service) -> None:  # noqa: ANN001
        self.service = service
        self.store = service.store
        self.runtime = service.runtime
        self.notifiers: list[Notifier] = []
        self._told: dict[str, set[int]] = {}  # adapter id -> ids of notifiers already told

    async def sync(self) -> str | None:
        """Serve what the registry says is active; a corrupt adapter is failed and rolled back."""
        if not self.runtime.ready:
            return self.runtime.adapter_id
        active = await asyncio.to_thread(active_adapter, self.store)
        want = active.id if active else None
        if want == self.runtime.adapter_id:
            return want
        try:
            path = None
            if active is not None:
                # An adapter in shared storage is downloaded (and checked) before the swap.
                storage = self.service.adapter_storage
                path = await asyncio.to_thread(storage.local_dir, active.id, active.path)
            await self.runtime.use_adapter(want, path)
        except StorageUnavailable as exc:
            # Not the adapter's fault: keep serving what serves now and try again next round.
            log.warning(
                "adapter %s cannot be fetched yet (%s); keeping %s", want, exc, self.runtime.adapter_id
            )
            return self.runtime.adapter_id
        except AdapterError as exc:
            log.error("adapter %s cannot be served (%s); rolling back", want, exc)
            rollback(self.store, actor="runtime", reason=f"could not load {want}: {exc}")
            self.store.set_adapter_status(want, "failed")
            return await self.sync()
        return want

    async def announce_candidates(self) -> int:
        """Send each new eligible candidate's report to every admin channel once."""
        pending = [
            a
            for a in await asyncio.to_thread(self.store.adapters, "eligible")
            if a.notified_at is None and a.decision is None
        ]
        announced = 0
        for adapter in pending:
            summary = self.service.candidate_summary(adapter.id)
            told = self._told.setdefault(adapter.id, set())
            waiting = False
            for notify in list(self.notifiers):
                if id(notify) in told:
                    continue
                try:
                    await notify(summary)
                except NotifierNotReady:
                    waiting = True
                    continue
                except Exception:  # one broken channel must not silence the others
                    log.exception("admin notification failed")
                told.add(id(notify))
            if waiting:
                log.debug("candidate %s waits for an admin channel to come up", adapter.id)
                continue
            self.store.update_adapter(adapter.id, notified_at=utcnow())
            self._told.pop(adapter.id, None)
            announced += 1
        return announced

    async def run(self, interval: float) -> None:
        while True:
            try:
                await self.sync()
                await self.announce_candidates()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("adapter follower failed; retrying")
            await asyncio.sleep(interval)
