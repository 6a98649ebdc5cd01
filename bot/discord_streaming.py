"""A Discord reply that grows as the model writes it: sent at its first words, then edited.

Edits are paced (at most one per `interval` seconds per reply; replies in one channel queue in
ChatService), and the final state equals what `KaizenBot.send_reply` sends: the same parts, the
buttons under the last. Log lines never carry message text.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import discord


@dataclass
class _Shown:
    """One Discord message of the reply and what it shows now."""

    message: discord.Message
    text: str
    with_view: bool


class GrowingDiscordReply:
    """The Discord messages of one reply; `show` the text so far, `finish` with the full text."""

    def __init__(
        self,
        channel: discord.abc.Messageable,
        split: Callable[[str], list[str]],
        interval: float,
        reference: discord.Message | None = None,
    ) -> None:
        self.channel = channel
        self.split = split
        self.interval = interval
        self.reference = reference
        self.shown: list[_Shown] = []
        self.edits = 0
        self._last_change = 0.0  # monotonic time of the last send or edit

    @property
    def started(self) -> bool:
        """Whether any text is on screen yet."""
        return bool(self.shown)

    async def show(self, text: str) -> None:
        """Show the text so far, unless the last change was under `interval` ago (then skip it)."""
        if not text.strip() or (self.started and not self._due()):
            return
        await self._render(text, None, final=False)

    async def finish(self, text: str, view: discord.ui.View) -> list[discord.Message]:
        """Show the full text with `view` under its last part, waiting out the edit pacing."""
        await self._render(text, view, final=True)
        return [s.message for s in self.shown]

    async def fail(self, sentence: str) -> None:
        """Replace the growing part with `sentence` (or send it, if nothing was shown yet)."""
        if not self.started:
            await self._send(sentence, None)
            return
        await self._wait_until_due()
        await self._edit(self.shown[-1], sentence, None)

    # ---------------------------------------------------------------------------------------
    def _due(self) -> bool:
        return time.monotonic() - self._last_change >= self.interval

    async def _wait_until_due(self) -> None:
        wait = self._last_change + self.interval - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    async def _render(self, text: str, view: discord.ui.View | None, final: bool) -> None:
        parts = self.split(text)
        for i, part in enumerate(parts):
            last_view = view if final and i == len(parts) - 1 else None
            if i < len(self.shown):
                shown = self.shown[i]
                if (shown.text, shown.with_view) == (part, last_view is not None):
                    continue
                if not final and not self._due():
                    return  # the rest waits for the next turn; only one edit per interval
                await self._wait_until_due()
                await self._edit(shown, part, last_view)
            else:
                self.shown.append(_Shown(await self._send(part, last_view), part, last_view is not None))
        if final:
            # An open code fence mid-stream can split into more parts than the full text has.
            for extra in self.shown[len(parts) :]:
                await extra.message.delete()
            del self.shown[len(parts) :]

    async def _send(self, text: str, view: discord.ui.View | None) -> discord.Message:
        kwargs: dict[str, Any] = {"view": view} if view is not None else {}
        if self.reference is not None and not self.shown:  # the first part answers the message
            kwargs.update(reference=self.reference, mention_author=False)
        sent = await self.channel.send(text, **kwargs)
        self._last_change = time.monotonic()
        return sent

    async def _edit(self, shown: _Shown, text: str, view: discord.ui.View | None) -> None:
        shown.message = await shown.message.edit(content=text, view=view)
        self.edits += 1
        self._last_change = time.monotonic()
        shown.text, shown.with_view = text, view is not None
