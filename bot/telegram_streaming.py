"""A Telegram reply that grows as the model writes it: sent at its first words, then edited.

Pacing is per chat (`bot.reply_pacer.ChatPacer`: every growing reply in a chat shares its budget),
intermediate text is plain (a half-written `*bold*` would not parse), and the final state equals what
`send_text` sends: the same pieces, Markdown where Telegram accepts it, the keyboard under the last
piece. Log lines never carry message text.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.reply_pacer import ChatPacer, GrowingReply, Shown
from bot.telegram_sending import describe_error, split_message

log = logging.getLogger(__name__)


def telegram_pacer(private_interval: float, group_interval: float) -> ChatPacer:
    """One budget per chat: `private_interval` in private chats (positive ids), else `group_interval`."""
    return ChatPacer(lambda chat_id: private_interval if chat_id > 0 else group_interval)


class GrowingTelegramReply(GrowingReply[Message]):
    """The Telegram messages of one reply; `show` the text so far, `finish` with the full text."""

    final_form_differs = True  # the final form is Markdown

    def __init__(self, bot: Bot, chat_id: int, reply_to: int | None, pacer: ChatPacer) -> None:
        super().__init__(pacer, chat_id)
        self.bot = bot
        self.chat_id = chat_id
        self.reply_to = reply_to

    def split(self, text: str) -> list[str]:
        return split_message(text)

    async def _send(self, text: str, keyboard: InlineKeyboardMarkup | None, final: bool) -> Message:
        kwargs: dict[str, Any] = {"chat_id": self.chat_id, "text": text, "reply_markup": keyboard}
        if self.reply_to and not self.shown:  # the first piece answers the user's message
            kwargs["reply_parameters"] = ReplyParameters(
                message_id=self.reply_to, allow_sending_without_reply=True
            )
        if final:
            try:
                return await self.bot.send_message(parse_mode=ParseMode.MARKDOWN, **kwargs)
            except BadRequest as exc:
                log.info("telegram: markdown refused (%s); sending plain text", describe_error(exc))
                await self._refused_call()
        return await self.bot.send_message(**kwargs)

    async def _edit(
        self, shown: Shown[Message], text: str, keyboard: InlineKeyboardMarkup | None, final: bool
    ) -> None:
        kwargs: dict[str, Any] = {
            "chat_id": self.chat_id,
            "message_id": shown.message.message_id,
            "text": text,
            "reply_markup": keyboard,
        }
        if final:
            try:
                await self._edit_call(parse_mode=ParseMode.MARKDOWN, **kwargs)
                return
            except BadRequest as exc:
                log.info("telegram: markdown refused (%s); editing as plain text", describe_error(exc))
                await self._refused_call()
        await self._edit_call(**kwargs)

    async def _delete(self, shown: Shown[Message]) -> None:
        await self.bot.delete_message(chat_id=self.chat_id, message_id=shown.message.message_id)

    async def _refused_call(self) -> None:
        # A refused call counts against the chat's limit too: wait out the interval before the retry.
        self.pacer.mark(self.chat)
        await self.pacer.wait_until_due(self.chat)

    async def _edit_call(self, **kwargs: Any) -> None:
        try:
            await self.bot.edit_message_text(**kwargs)
        except BadRequest as exc:
            # Markdown that renders to the text already shown: Telegram says "not modified".
            if "not modified" not in exc.message.lower():
                raise
            log.debug("telegram: growing reply unchanged (%s)", describe_error(exc))
