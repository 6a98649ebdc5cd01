"""A Discord reply that grows as the model writes it: sent at its first words, then edited.

Pacing is per channel (`bot.reply_pacer.ChatPacer`: every growing reply in a channel shares its
budget), and the final state equals what `KaizenBot.send_reply` sends: the same parts, the buttons
under the last. Log lines never carry message text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import discord

from bot.reply_pacer import ChatPacer, GrowingReply, Shown


class GrowingDiscordReply(GrowingReply[discord.Message]):
    """The Discord messages of one reply; `show` the text so far, `finish` with the full text."""

    def __init__(
        self,
        channel: discord.abc.Messageable,
        split: Callable[[str], list[str]],
        pacer: ChatPacer,
        reference: discord.Message | None = None,
    ) -> None:
        super().__init__(pacer, getattr(channel, "id", None))
        self.channel = channel
        self._split = split
        self.reference = reference

    def split(self, text: str) -> list[str]:
        return self._split(text)

    async def _send(self, text: str, view: discord.ui.View | None, final: bool) -> discord.Message:
        kwargs: dict[str, Any] = {"view": view} if view is not None else {}
        if self.reference is not None and not self.shown:  # the first part answers the message
            kwargs.update(reference=self.reference, mention_author=False)
        return await self.channel.send(text, **kwargs)

    async def _edit(
        self, shown: Shown[discord.Message], text: str, view: discord.ui.View | None, final: bool
    ) -> None:
        shown.message = await shown.message.edit(content=text, view=view)

    async def _delete(self, shown: Shown[discord.Message]) -> None:
        await shown.message.delete()
