"""The Telegram adapter: translates Telegram updates into ChatService calls and replies into messages.

Rules (length limits, who may rate, admins) live in ChatService; this module only maps them onto
Telegram: inline keyboards, ForceReply corrections, toasts, typing actions, message splitting.
Log lines carry update ids, pseudonyms and counts, never message text.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import os
import time
import warnings
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.service import ChatError, ChatService, Participant
from config.settings import Settings

log = logging.getLogger(__name__)

PLATFORM = "telegram"
MESSAGE_LIMIT = 4096  # Telegram's limit, in UTF-16 code units
TYPING_EVERY_S = 4.0  # a chat action shows for about 5 s
MAX_PENDING_CORRECTIONS = 1000

PUBLIC_COMMANDS = [
    ("start", "Greeting and what is stored"),
    ("help", "How to use the bot"),
    ("privacy", "What is stored and how to delete it"),
    ("new", "Start a fresh conversation"),
    ("forget", "Delete what is stored about you"),
]
ADMIN_COMMANDS = [("status", "Model, adapter and counts (admins)")]

# An admin action takes the service and the button's argument and returns a short toast text.
# The trainer's approve / reject / promote / rollback register here when they exist.
AdminAction = Callable[[ChatService, str], Awaitable[str]]


# sending ---------------------------------------------------------------------------------------
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
                log.info("telegram: markdown refused (%s); sending plain text", _reason(exc))
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


def rating_keyboard(message_id: str, tally: dict[int, int] | None = None) -> InlineKeyboardMarkup:
    """👍 👎 ✍️ 🔄 for one reply; the rating buttons show how many chose them."""
    tally = tally or {}
    up, down = tally.get(1, 0), tally.get(-1, 0)
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(f"👍 {up}" if up else "👍", callback_data=f"up:{message_id}"),
                InlineKeyboardButton(f"👎 {down}" if down else "👎", callback_data=f"down:{message_id}"),
                InlineKeyboardButton("✍️", callback_data=f"fix:{message_id}"),
                InlineKeyboardButton("🔄", callback_data=f"again:{message_id}"),
            ]
        ]
    )


def admin_button(label: str, action: str, arg: str = "") -> InlineKeyboardButton:
    """A button that runs a registered admin action (callback data `admin:<action>:<arg>`, ≤ 64 bytes)."""
    data = f"admin:{action}:{arg}"
    if len(data.encode()) > 64:
        raise ValueError("callback data is limited to 64 bytes")
    return InlineKeyboardButton(label, callback_data=data)


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


def _reason(exc: TelegramError) -> str:
    """Telegram's error description, which names the problem, never the text sent."""
    return type(exc).__name__ + (": " + exc.message[:80] if isinstance(exc, BadRequest) else "")


# processed-once ledger -------------------------------------------------------------------------
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


# the adapter -----------------------------------------------------------------------------------
@dataclass
class _PendingCorrection:
    message_id: str  # Kaizen id of the reply being corrected
    user_id: int  # who pressed ✍️
    reply_chat_id: int
    reply_tg_id: int  # the Telegram message carrying the reply's keyboard


class TelegramAdapter:
    """The handlers of the Telegram bot; every decision is ChatService's."""

    def __init__(
        self, service: ChatService, settings: Settings, admin_actions: dict[str, AdminAction] | None = None
    ) -> None:
        self.service = service
        self.settings = settings
        self.ledger = UpdateLedger(settings.data_dir / "telegram" / "last_update.json")
        self.admin_actions: dict[str, AdminAction] = dict(admin_actions or {})
        self.corrections: OrderedDict[tuple[int, int], _PendingCorrection] = OrderedDict()

    # bookkeeping ---------------------------------------------------------------------------------
    async def skip_handled(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Drop updates answered before a restart; record the others before they are handled."""
        if not isinstance(update, Update):
            return
        if self.ledger.already_handled(update.update_id):
            log.info("telegram: skipping update %d, handled before", update.update_id)
            raise ApplicationHandlerStop
        self.ledger.record(update.update_id)

    def _who(self, user_id: int | str) -> str:
        """A short pseudonym for log lines."""
        return self.service.user_id(PLATFORM, str(user_id))[:12]

    # messages ----------------------------------------------------------------------------------
    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A text message: a pending correction, a private message, or a group message for the bot."""
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None or user is None or message.text is None:
            return
        if await self._maybe_store_correction(message, context.bot):
            return
        text = message.text
        if chat.type != ChatType.PRIVATE:
            addressed, text = _addressed_to_bot(message, context.bot)
            if not addressed:
                return
        await self._answer(context.bot, chat.id, user.id, text, reply_to=message.message_id)

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Stickers, photos, voice… in a private chat: say what the bot can read."""
        chat = update.effective_chat
        if chat is not None and chat.type == ChatType.PRIVATE:
            await send_text(context.bot, chat.id, "I can only read text messages.", markdown=False)

    async def _answer(self, bot: Bot, chat_id: int, user_id: int, text: str, reply_to: int | None) -> None:
        try:
            async with keep_typing(bot, chat_id):
                reply = await self.service.handle_message(PLATFORM, user_id, chat_id, text)
        except ChatError as exc:
            log.info("telegram: message refused (%s)", type(exc).__name__)
            await send_text(bot, chat_id, _apology(exc), reply_to=reply_to, markdown=False)
            return
        await send_text(bot, chat_id, reply.text, rating_keyboard(reply.message_id), reply_to=reply_to)

    # buttons -----------------------------------------------------------------------------------
    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Dispatch an inline button; every callback query is answered."""
        query = update.callback_query
        if query is None:
            return
        kind, _, arg = (query.data or "").partition(":")
        handlers = {
            "up": self._rate_up,
            "down": self._rate_down,
            "fix": self._ask_correction,
            "again": self._regenerate,
            "forget": self._confirm_forget,
            "keep": self._cancel_forget,
            "admin": self._admin_button,
        }
        handler = handlers.get(kind)
        if handler is None or query.message is None:
            await _toast(query, "This button no longer works.")
            return
        await handler(query, arg, context)

    def _participant(self, query: CallbackQuery) -> Participant:
        return Participant(PLATFORM, str(query.from_user.id), str(query.message.chat.id))

    async def _rate_up(self, query: CallbackQuery, message_id: str, context: Any) -> None:
        await self._rate(query, message_id, 1)

    async def _rate_down(self, query: CallbackQuery, message_id: str, context: Any) -> None:
        await self._rate(query, message_id, -1)

    async def _rate(self, query: CallbackQuery, message_id: str, value: int) -> None:
        try:
            await self.service.rate(message_id, self._participant(query), value)
        except ChatError as exc:
            log.info("telegram: rating refused (%s)", type(exc).__name__)
            await _toast(query, str(exc))
            return
        await _toast(query, "👍 Thanks!" if value > 0 else "👎 Noted, thanks!")
        await self._refresh_keyboard(
            query.get_bot(), query.message.chat.id, query.message.message_id, message_id
        )

    async def _refresh_keyboard(self, bot: Bot, chat_id: int, tg_message_id: int, message_id: str) -> None:
        markup = rating_keyboard(message_id, self.service.rating_tally(message_id))
        try:
            await bot.edit_message_reply_markup(
                chat_id=chat_id, message_id=tg_message_id, reply_markup=markup
            )
        except BadRequest as exc:  # "message is not modified": the keyboard already shows it
            log.debug("telegram: keyboard unchanged (%s)", _reason(exc))

    async def _ask_correction(self, query: CallbackQuery, message_id: str, context: Any) -> None:
        try:
            self.service.check_rater(message_id, self._participant(query))
        except ChatError as exc:
            await _toast(query, str(exc))
            return
        await _toast(query, "✍️ Reply with a better answer")
        user = query.from_user
        name = user.first_name or "you"
        text = f"✍️ {name}, write a better reply to that message as an answer to this one."
        # A text mention makes ForceReply(selective) open the reply box for the presser only.
        mention = MessageEntity(
            MessageEntity.TEXT_MENTION, offset=utf16_len("✍️ "), length=utf16_len(name), user=user
        )
        prompt = await query.get_bot().send_message(
            chat_id=query.message.chat.id,
            text=text,
            entities=[mention],
            reply_markup=ForceReply(selective=True, input_field_placeholder="A better reply…"),
        )
        key = (prompt.chat.id, prompt.message_id)
        self.corrections[key] = _PendingCorrection(
            message_id, user.id, query.message.chat.id, query.message.message_id
        )
        while len(self.corrections) > MAX_PENDING_CORRECTIONS:
            self.corrections.popitem(last=False)

    async def _maybe_store_correction(self, message: Message, bot: Bot) -> bool:
        """If `message` answers a ✍️ prompt of its author, store it as the correction. True if so."""
        replied = message.reply_to_message
        if replied is None or message.from_user is None:
            return False
        key = (message.chat.id, replied.message_id)
        pending = self.corrections.get(key)
        if pending is None or pending.user_id != message.from_user.id:
            return False
        who = Participant(PLATFORM, str(message.from_user.id), str(message.chat.id))
        try:
            await self.service.rate(pending.message_id, who, -1, correction=message.text)
        except ChatError as exc:  # e.g. too long: the prompt stays open for another try
            log.info("telegram: correction refused (%s)", type(exc).__name__)
            await send_text(bot, message.chat.id, str(exc), reply_to=message.message_id, markdown=False)
            return True
        del self.corrections[key]
        await send_text(
            bot,
            message.chat.id,
            "✍️ Thanks, saved as a better reply.",
            reply_to=message.message_id,
            markdown=False,
        )
        await self._refresh_keyboard(bot, pending.reply_chat_id, pending.reply_tg_id, pending.message_id)
        return True

    async def _regenerate(self, query: CallbackQuery, message_id: str, context: Any) -> None:
        who = self._participant(query)
        try:
            self.service.check_rater(message_id, who)
        except ChatError as exc:
            await _toast(query, str(exc))
            return
        await _toast(query, "🔄 Trying again…")
        bot, chat_id = query.get_bot(), query.message.chat.id
        try:
            async with keep_typing(bot, chat_id):
                reply = await self.service.regenerate(message_id, who)
        except ChatError as exc:
            log.info("telegram: regenerate refused (%s)", type(exc).__name__)
            await send_text(bot, chat_id, _apology(exc), markdown=False)
            return
        await send_text(
            bot, chat_id, reply.text, rating_keyboard(reply.message_id), reply_to=query.message.message_id
        )

    # commands ----------------------------------------------------------------------------------
    async def cmd_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Greeting with the privacy notice."""
        text = (
            "Hi! I am Kaizen, a chat bot that learns from your 👍 and 👎.\n\n" + self.service.privacy_notice()
        )
        await send_text(context.bot, update.effective_chat.id, text, markdown=False)

    async def cmd_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """How to use the bot."""
        lines = [
            "Write to me and I answer. In groups, mention me or reply to one of my messages.",
            "Under each reply: 👍 / 👎 rate it, ✍️ write a better reply, 🔄 get another one.",
            "",
            *(f"/{name}: {about}" for name, about in PUBLIC_COMMANDS),
        ]
        if self.service.is_admin(PLATFORM, update.effective_user.id):
            lines += [f"/{name}: {about}" for name, about in ADMIN_COMMANDS]
        await send_text(context.bot, update.effective_chat.id, "\n".join(lines), markdown=False)

    async def cmd_privacy(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """What is stored and how to delete it."""
        await send_text(context.bot, update.effective_chat.id, self.service.privacy_notice(), markdown=False)

    async def cmd_new(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Start a fresh conversation context in this chat."""
        self.service.new_conversation(PLATFORM, update.effective_chat.id)
        await send_text(
            context.bot,
            update.effective_chat.id,
            "🆕 Fresh start: earlier messages are no longer context.",
            markdown=False,
        )

    async def cmd_forget(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Ask for confirmation before deleting what is stored of this user."""
        uid = update.effective_user.id
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton("🗑 Yes, delete", callback_data=f"forget:{uid}"),
                    InlineKeyboardButton("Cancel", callback_data=f"keep:{uid}"),
                ]
            ]
        )
        text = "This deletes your stored messages, the replies to them, and your ratings. Are you sure?"
        await send_text(context.bot, update.effective_chat.id, text, keyboard, markdown=False)

    async def _confirm_forget(self, query: CallbackQuery, owner: str, context: Any) -> None:
        if str(query.from_user.id) != owner:
            await _toast(query, "Only the person who asked can confirm this.")
            return
        counts = await self.service.forget(PLATFORM, query.from_user.id)
        await _toast(query, "🗑 Deleted")
        await query.edit_message_text(
            f"🗑 Deleted {counts['messages']} messages and {counts['ratings']} ratings.", reply_markup=None
        )

    async def _cancel_forget(self, query: CallbackQuery, owner: str, context: Any) -> None:
        if str(query.from_user.id) != owner:
            await _toast(query, "Only the person who asked can cancel this.")
            return
        await _toast(query, "Nothing was deleted")
        await query.edit_message_text("Nothing was deleted.", reply_markup=None)

    # admin -------------------------------------------------------------------------------------
    def _allowed_admin(self, user_id: int, what: str) -> bool:
        """service.is_admin, with the refusal logged by pseudonym and action name (no text)."""
        if self.service.is_admin(PLATFORM, user_id):
            return True
        log.warning("telegram: refused admin %s to non-admin %s", what, self._who(user_id))
        return False

    async def cmd_status(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Admins: model, adapter in force, counts."""
        chat_id = update.effective_chat.id
        if not self._allowed_admin(update.effective_user.id, "/status"):
            await send_text(context.bot, chat_id, "Only admins can use /status.", markdown=False)
            return
        status = self.service.status()
        lines = ["📊 Status"] + [f"{key}: {_show(value)}" for key, value in status.items()]
        if "next_training" not in status:
            lines.append("next training: not scheduled")
        await send_text(context.bot, chat_id, "\n".join(lines), markdown=False)

    async def _admin_button(self, query: CallbackQuery, arg: str, context: Any) -> None:
        action, _, value = arg.partition(":")
        if not self._allowed_admin(query.from_user.id, f"button {action!r}"[:40]):
            await _toast(query, "Only admins can do that.")
            return
        run = self.admin_actions.get(action)
        if run is None:
            await _toast(query, "Unknown action.")
            return
        try:
            result = await run(self.service, value)
        except ChatError as exc:
            result = str(exc)
        log.info("telegram: admin %s ran %s", self._who(query.from_user.id), action)
        await _toast(query, result)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Unexpected failures: log the kind and place (never text), apologise, keep running."""
        err = context.error
        where = ""
        tb = err.__traceback__ if err else None
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            where = f" at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("telegram: %s%s while handling update %s", type(err).__name__, where, update_id)
        if isinstance(update, Update) and update.effective_chat and not isinstance(err, TelegramError):
            with suppress(TelegramError):
                await send_text(
                    context.bot,
                    update.effective_chat.id,
                    "Sorry, something went wrong; please try again.",
                    markdown=False,
                )


def _addressed_to_bot(message: Message, bot: Bot) -> tuple[bool, str]:
    """Whether a group message is for the bot (a reply to it, or a mention), and its text sans mention."""
    text = message.text or ""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        return True, text
    handle = f"@{bot.username}".lower() if bot.username else None
    for entity, value in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        if (entity.type == MessageEntity.MENTION and value.lower() == handle) or (
            entity.user is not None and entity.user.id == bot.id
        ):
            return True, text.replace(value, "", 1).strip() if entity.type == MessageEntity.MENTION else text
    return False, text


async def _toast(query: CallbackQuery, text: str) -> None:
    """Answer a callback query; a query too old to answer must not undo the work already done."""
    try:
        await query.answer(text[:200])
    except BadRequest as exc:
        log.info("telegram: callback query not answered (%s)", _reason(exc))


def _apology(exc: ChatError) -> str:
    return f"😔 {exc}"


def _show(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# wiring ----------------------------------------------------------------------------------------
def build_telegram_application(
    service: ChatService,
    settings: Settings,
    admin_actions: dict[str, AdminAction] | None = None,
    flood_control: FloodControl | None = None,
) -> Application:
    """The PTB Application with every handler, pointed at `telegram.base_url`. Not started yet."""
    tg = settings.telegram
    if tg.token is None:
        raise ValueError("telegram.token is not set (KAIZEN_TELEGRAM__TOKEN)")
    # PTB logs every request's parameters, message text included, at DEBUG, and httpx logs each
    # request URL, which carries the token, at INFO: keep both above that.
    for name, floor in (
        ("telegram", logging.INFO),
        ("httpx", logging.WARNING),
        ("httpcore", logging.WARNING),
    ):
        logging.getLogger(name).setLevel(max(logging.getLogger(name).getEffectiveLevel(), floor))
    base_url = tg.base_url
    file_url = (
        base_url[: -len("bot")] + "file/bot"
        if base_url.endswith("bot")
        else base_url.rstrip("/") + "/file/bot"
    )
    app = (
        ApplicationBuilder()
        .token(tg.token.get_secret_value())
        .base_url(base_url)
        .base_file_url(file_url)
        .rate_limiter(flood_control or FloodControl())
        .concurrent_updates(tg.concurrent_updates)
        .build()
    )
    adapter = TelegramAdapter(service, settings, admin_actions)
    app.bot_data["adapter"] = adapter
    app.add_handler(TypeHandler(Update, adapter.skip_handled), group=-1)
    for name, handler in (
        ("start", adapter.cmd_start),
        ("help", adapter.cmd_help),
        ("privacy", adapter.cmd_privacy),
        ("new", adapter.cmd_new),
        ("forget", adapter.cmd_forget),
        ("status", adapter.cmd_status),
    ):
        app.add_handler(CommandHandler(name, handler, filters=filters.UpdateType.MESSAGE))
    app.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, adapter.on_text)
    )
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL, adapter.on_other
        )
    )
    app.add_handler(CallbackQueryHandler(adapter.on_button))
    app.add_error_handler(adapter.on_error)
    return app


async def set_commands(app: Application, settings: Settings) -> None:
    """Publish the command menu; admins also see the admin commands in their private chat."""
    public = [BotCommand(n, d) for n, d in PUBLIC_COMMANDS]
    await app.bot.set_my_commands(public)
    for admin in settings.telegram.admins:
        try:
            await app.bot.set_my_commands(
                public + [BotCommand(n, d) for n, d in ADMIN_COMMANDS], scope=BotCommandScopeChat(admin)
            )
        except BadRequest as exc:  # the admin has not opened a chat with the bot yet
            log.info("telegram: admin commands not set for one admin (%s)", _reason(exc))


def webhook_secret(settings: Settings) -> str:
    """The secret Telegram sends with each webhook call, derived from the token (no extra setting)."""
    token = settings.telegram.token.get_secret_value().encode()
    return hmac.new(token, b"kaizen-webhook", hashlib.sha256).hexdigest()


def create_webhook_app(app: Application, settings: Settings):  # noqa: ANN201
    """A Starlette app receiving webhook calls at the path of `telegram.webhook_url`."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    secret = webhook_secret(settings)
    path = urlparse(settings.telegram.webhook_url).path or "/"

    async def receive(request: Request) -> Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given, secret):
            log.warning("telegram: webhook call with a wrong secret refused")
            return Response(status_code=403)
        try:
            update = Update.de_json(await request.json(), app.bot)
        except (ValueError, TypeError, KeyError):
            return Response(status_code=400)
        await app.update_queue.put(update)
        return Response(status_code=200)

    return Starlette(routes=[Route(path, receive, methods=["POST"])])


async def start_telegram(app: Application, settings: Settings) -> Any:
    """Initialise and start the bot (polling, or the webhook receiver). Returns what stop needs."""
    await app.initialize()
    try:
        await set_commands(app, settings)
    except TelegramError as exc:
        log.warning("telegram: could not set the command menu (%s)", _reason(exc))
    tg = settings.telegram
    await app.start()
    if tg.webhook_url:
        import uvicorn

        server = uvicorn.Server(
            uvicorn.Config(
                create_webhook_app(app, settings),
                host=tg.webhook_listen,
                port=tg.webhook_port,
                log_level="warning",
                access_log=False,
            )
        )
        task = asyncio.create_task(server.serve(), name="telegram-webhook")
        while not server.started and not task.done():
            await asyncio.sleep(0.05)
        await app.bot.set_webhook(
            url=tg.webhook_url, secret_token=webhook_secret(settings), allowed_updates=Update.ALL_TYPES
        )
        log.info("telegram: webhook receiver on %s:%d", tg.webhook_listen, tg.webhook_port)
        return server, task
    await app.updater.start_polling(poll_interval=0.0, allowed_updates=Update.ALL_TYPES)
    log.info("telegram: polling as bot %d", app.bot.id)
    return None


async def stop_telegram(app: Application, handle: Any = None) -> None:
    """Stop polling (confirming fetched updates), the webhook receiver, and the application."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if handle is not None:
        server, task = handle
        server.should_exit = True
        await task
    if app.running:
        await app.stop()
    await app.shutdown()


async def serve_telegram(app: Application, settings: Settings) -> None:
    """Run the bot until cancelled; start-up network errors are retried with backoff."""
    delay = 1.0
    while True:
        try:
            handle = await start_telegram(app, settings)
            break
        except InvalidToken:
            log.error("telegram: the token was refused; the Telegram adapter is off")
            return
        except NetworkError as exc:
            log.warning(
                "telegram: cannot reach the Bot API (%s); retrying in %.0f s", type(exc).__name__, delay
            )
            with suppress(Exception):
                await app.shutdown()
            await asyncio.sleep(delay)
            delay = min(delay * 2, 60)
    try:
        await asyncio.Event().wait()
    finally:
        await stop_telegram(app, handle)
