"""Getting replies to Telegram: message splitting, Markdown with a plain-text fallback, "typing…",
and flood control (an equivalent of PTB's AIORateLimiter). Log lines never carry message text.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager, suppress
from datetime import timedelta
from typing import Any

from telegram import Bot, ForceReply, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 4096  # Telegram's limit, in UTF-16 code units
TYPING_EVERY_S = 4.0  # a chat action shows for about 5 s


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cut `text` into pieces Telegram accepts, preferring paragraph, line and word boundaries."""
    parts: list[str] = []
    rest = text
    while utf16_len(rest) > limit:
        head = rest[:limit]
        while utf16_len(head) > limit:  # astral characters count twice
            head = head[: -max(1, (utf16_len(head) - limit) // 2)]
        cut = max(head.rfind("\n\n"), head.rfind("\n"), head.rfind(" "))
        if cut < len(head) // 2:  # no good boundary: a hard cut beats a tiny piece
            cut = len(head)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not parts:
        parts.append(rest)
    return [p for p in parts if p] or [text[:1] or "…"]


async def send_text(
    bot: Bot,
    chat_id: int,
    text: str,
    keyboard: InlineKeyboardMarkup | ForceReply | None = None,
    reply_to: int | None = None,
    markdown: bool = True,
) -> Message:
    """Send `text` (split if too long; the keyboard goes on the last piece). Returns the last message.

    Model output is sent as Markdown; when Telegram cannot parse it, the piece is sent as plain text.
    """
    pieces = split_message(text)
    sent: Message | None = None
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        kwargs: dict[str, Any] = {
            "chat_id": chat_id,
            "text": piece,
            "reply_markup": keyboard if last else None,
            "reply_parameters": (
                ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
                if reply_to and i == 0
                else None
            ),
        }
        if markdown:
            try:
                sent = await bot.send_message(parse_mode=ParseMode.MARKDOWN, **kwargs)
                continue
            except BadRequest as exc:
                log.info("telegram: markdown refused (%s); sending plain text", describe_error(exc))
        sent = await bot.send_message(**kwargs)
    assert sent is not None
    return sent


@asynccontextmanager
async def keep_typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" in the chat until the block ends."""

    async def repeat() -> None:
        while True:
            try:
                await bot.send_chat_action(chat_id=chat_id, action=ChatAction.TYPING)
            except TelegramError as exc:  # cosmetic: never worth failing a reply for
                log.debug("telegram: chat action failed (%s)", type(exc).__name__)
            await asyncio.sleep(TYPING_EVERY_S)

    task = asyncio.create_task(repeat(), name="telegram-typing")
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task


# flood control ---------------------------------------------------------------------------------
class _Bucket:
    """A token bucket: `rate` requests per `per` seconds, bursts up to `rate`."""

    def __init__(self, rate: float, per: float) -> None:
        self.capacity = rate
        self.tokens = rate
        self.fill = rate / per
        self.last = time.monotonic()

    async def take(self) -> None:
        while True:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.fill)
            self.last = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.fill)


class FloodControl(BaseRateLimiter[None]):
    """What PTB's AIORateLimiter does, without the aiolimiter package (not installed).

    Spreads requests under Telegram's limits (30 per second overall, 20 per minute per group),
    halts every request while a 429 `retry_after` runs and then sends again, so a flood limit never
    loses a reply; network errors are retried with exponential backoff.
    """

    def __init__(
        self,
        overall_per_second: float = 30,
        group_per_minute: float = 20,
        max_flood_retries: int = 20,
        max_network_retries: int = 3,
        backoff_s: float = 0.5,
    ) -> None:
        self.overall = _Bucket(overall_per_second, 1)
        self.group_per_minute = group_per_minute
        self.groups: OrderedDict[Any, _Bucket] = OrderedDict()
        self.max_flood_retries = max_flood_retries
        self.max_network_retries = max_network_retries
        self.backoff_s = backoff_s
        self.resume_at = 0.0  # monotonic time before which nothing is sent (after a 429)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def _group_bucket(self, chat_id: Any) -> _Bucket | None:
        is_group = isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0)
        if not is_group:
            return None
        bucket = self.groups.get(chat_id)
        if bucket is None:
            bucket = self.groups[chat_id] = _Bucket(self.group_per_minute, 60)
            while len(self.groups) > 10_000:
                self.groups.popitem(last=False)
        self.groups.move_to_end(chat_id)
        return bucket

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict | list[dict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict | list[dict]:
        """Send one request, waiting out flood limits and retrying network errors."""
        flood_tries = network_tries = 0
        # Only messages count against a group's budget; typing and toasts must not delay a reply.
        unmetered = endpoint in ("answerCallbackQuery", "sendChatAction")
        group = None if unmetered else self._group_bucket(data.get("chat_id"))
        while True:
            pause = self.resume_at - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
            await self.overall.take()
            if group is not None:
                await group.take()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                flood_tries += 1
                # A lost "typing…" is harmless; waiting for it would only delay the reply.
                if endpoint == "sendChatAction" or flood_tries > self.max_flood_retries:
                    raise
                delay = _retry_after_seconds(exc) + 0.1
                self.resume_at = max(self.resume_at, time.monotonic() + delay)
                log.warning("telegram: flood limit on %s; sending again in %.1f s", endpoint, delay)
            except (TimedOut, NetworkError) as exc:
                # BadRequest is a NetworkError subclass in PTB, but retrying it cannot help.
                if not (isinstance(exc, TimedOut) or type(exc) is NetworkError):
                    raise
                network_tries += 1
                if network_tries > self.max_network_retries:
                    raise
                delay = self.backoff_s * 2 ** (network_tries - 1)
                log.warning(
                    "telegram: %s on %s; retry %d in %.1f s",
                    type(exc).__name__,
                    endpoint,
                    network_tries,
                    delay,
                )
                await asyncio.sleep(delay)


def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB warns that the int form is deprecated; both forms work
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def describe_error(exc: TelegramError) -> str:
    """Telegram's error description, which names the problem, never the text sent."""
    return type(exc).__name__ + (": " + exc.message[:80] if isinstance(exc, BadRequest) else "")
