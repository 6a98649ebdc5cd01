"""A Telegram reply that grows as the model writes it: sent at its first words, then edited.

Edits are paced (at most one per `interval` seconds per reply, so per chat: replies in one chat queue
in ChatService), intermediate text is plain (a half-written `*bold*` would not parse), and the final
state equals what `send_text` sends: the same pieces, Markdown where Telegram accepts it, the keyboard
under the last piece. Log lines never carry message text.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.telegram_sending import describe_error, split_message

log = logging.getLogger(__name__)


@dataclass
class _Shown:
    """One Telegram message of the reply and what it shows now."""

    message: Message
    text: str
    keyboard: InlineKeyboardMarkup | None
    final: bool  # sent in its final form (Markdown tried, keyboard attached if last)


class GrowingReply:
    """The Telegram messages of one reply; `show` the text so far, `finish` with the full text."""

    def __init__(self, bot: Bot, chat_id: int, reply_to: int | None, interval: float) -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.reply_to = reply_to
        self.interval = interval
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

    async def finish(self, text: str, keyboard: InlineKeyboardMarkup | None) -> Message:
        """Show the full text with the keyboard under its last piece, waiting out the edit pacing."""
        await self._render(text, keyboard, final=True)
        return self.shown[-1].message

    async def fail(self, apology: str) -> None:
        """Replace the growing piece with `apology` (or send it, if nothing was shown yet)."""
        if not self.started:
            await self._send(apology, None, markdown=False)
            return
        await self._wait_until_due()
        await self._edit(self.shown[-1], apology, None, markdown=False)

    # ---------------------------------------------------------------------------------------
    def _due(self) -> bool:
        return time.monotonic() - self._last_change >= self.interval

    async def _wait_until_due(self) -> None:
        wait = self._last_change + self.interval - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    async def _render(self, text: str, keyboard: InlineKeyboardMarkup | None, final: bool) -> None:
        # split_message cuts each piece from the first `limit` characters after the previous cut,
        # so every piece but the last is already the piece the full text will have.
        pieces = split_message(text)
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            done = final or not last  # a piece followed by another one is complete
            markup = keyboard if final and last else None
            if i < len(self.shown):
                shown = self.shown[i]
                if (shown.text, shown.keyboard, shown.final) == (piece, markup, done):
                    continue
                if not final and not self._due():
                    return  # the rest waits for the next turn; only one edit per interval
                await self._wait_until_due()
                await self._edit(shown, piece, markup, markdown=done)
            else:
                self.shown.append(_Shown(await self._send(piece, markup, markdown=done), piece, markup, done))

    async def _send(self, text: str, keyboard: InlineKeyboardMarkup | None, markdown: bool) -> Message:
        kwargs: dict[str, Any] = {"chat_id": self.chat_id, "text": text, "reply_markup": keyboard}
        if self.reply_to and not self.shown:  # the first piece answers the user's message
            kwargs["reply_parameters"] = ReplyParameters(
                message_id=self.reply_to, allow_sending_without_reply=True
            )
        sent = None
        if markdown:
            try:
                sent = await self.bot.send_message(parse_mode=ParseMode.MARKDOWN, **kwargs)
            except BadRequest as exc:
                log.info("telegram: markdown refused (%s); sending plain text", describe_error(exc))
        if sent is None:
            sent = await self.bot.send_message(**kwargs)
        self._last_change = time.monotonic()
        return sent

    async def _edit(
        self, shown: _Shown, text: str, keyboard: InlineKeyboardMarkup | None, markdown: bool
    ) -> None:
        kwargs: dict[str, Any] = {
            "chat_id": self.chat_id,
            "message_id": shown.message.message_id,
            "text": text,
            "reply_markup": keyboard,
        }
        edited = False
        if markdown:
            try:
                await self._edit_call(parse_mode=ParseMode.MARKDOWN, **kwargs)
                edited = True
            except BadRequest as exc:
                log.info("telegram: markdown refused (%s); editing as plain text", describe_error(exc))
                self._last_change = time.monotonic()  # the refused call counts against the pacing
                await self._wait_until_due()
        if not edited:
            await self._edit_call(**kwargs)
        self.edits += 1
        self._last_change = time.monotonic()
        shown.text, shown.keyboard, shown.final = text, keyboard, markdown

    async def _edit_call(self, **kwargs: Any) -> None:
        try:
            await self.bot.edit_message_text(**kwargs)
        except BadRequest as exc:
            # Markdown that renders to the text already shown: Telegram says "not modified".
            if "not modified" not in exc.message.lower():
                raise
            log.debug("telegram: growing reply unchanged (%s)", describe_error(exc))
