"""The Telegram adapter: translates Telegram updates into ChatService calls and replies into messages.

Rules (length limits, who may rate, admins) live in ChatService; this module only maps them onto
Telegram: inline keyboards, ForceReply corrections, toasts, typing actions, message splitting.
Log lines carry update ids, pseudonyms and counts, never message text.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, suppress
from dataclasses import dataclass
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
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.admin_text import adapters_text, decision_line, status_text
from bot.promotions import NotifierNotReady
from bot.reply_pacer import show_stream
from bot.service import ChatError, ChatService, ConsentRequired, NotAllowed, Participant, Reply
from bot.telegram_admin import admin_button, candidate_report, decision_keyboard
from bot.telegram_ledger import UpdateLedger
from bot.telegram_sending import FloodControl, describe_error, keep_typing, send_text, utf16_len
from bot.telegram_streaming import GrowingTelegramReply, telegram_pacer
from config.settings import Settings

log = logging.getLogger(__name__)

PLATFORM = "telegram"
MAX_PENDING_CORRECTIONS = 1000
MAX_TRACKED_CANDIDATES = 100  # candidate reports whose buttons are updated once someone decides
ADAPTER_LIST_LENGTH = 10

PUBLIC_COMMANDS = [
    ("start", "Greeting and what is stored"),
    ("help", "How to use the bot"),
    ("privacy", "What is stored and how to delete it"),
    ("new", "Start a fresh conversation"),
    ("forget", "Delete what is stored about you"),
]
ADMIN_COMMANDS = [
    ("status", "Model, adapter, counts, next training (admins)"),
    ("train", "Start a training cycle now (admins)"),
    ("adapters", "Recent adapters and their status (admins)"),
    ("promote", "/promote ID [reason]: serve an adapter (admins)"),
    ("rollback", "/rollback [reason]: back to the previous adapter (admins)"),
]

# An admin action takes the service, the admin's actor label (ChatService.admin_actor) and the
# button's argument, and returns a short toast text. Approve / reject are built in.
AdminAction = Callable[[ChatService, str, str], Awaitable[str]]
DECISION_ACTIONS = ("approve", "reject")

__all__ = ["AdminAction", "TelegramAdapter", "admin_button", "build_telegram_application"]


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
        self.admin_actions: dict[str, AdminAction] = {
            "approve": self._approve,
            "reject": self._reject,
            **(admin_actions or {}),
        }
        self.corrections: OrderedDict[tuple[int, int], _PendingCorrection] = OrderedDict()
        self.bot: Bot | None = None  # set by build_telegram_application
        self.started = False  # true between start_telegram and stop_telegram
        # adapter id -> (chat id, message id, text) of each report still showing Approve / Reject
        self.candidate_messages: OrderedDict[str, list[tuple[int, int, str]]] = OrderedDict()
        # One edit budget per chat, shared by every reply growing there (Telegram limits chats).
        tg = settings.telegram
        self.pacer = telegram_pacer(tg.edit_interval_seconds, tg.group_edit_interval_seconds)

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
        if self.settings.telegram.stream_replies:
            await self._answer_streamed(bot, chat_id, user_id, text, reply_to)
            return
        try:
            async with keep_typing(bot, chat_id):
                reply = await self.service.handle_message(PLATFORM, user_id, chat_id, text)
        except ChatError as exc:
            await self._refuse(bot, chat_id, user_id, exc, reply_to)
            return
        if reply.notice:  # first contact: what is stored and how to delete it
            await send_text(bot, chat_id, "ℹ️ " + reply.notice, markdown=False)
        await send_text(bot, chat_id, reply.text, rating_keyboard(reply.message_id), reply_to=reply_to)

    async def _answer_streamed(
        self, bot: Bot, chat_id: int, user_id: int, text: str, reply_to: int | None
    ) -> None:
        """The reply as it grows: sent at its first words, edited at a paced rate, keyboard at the end."""
        items = self.service.handle_message_stream(PLATFORM, user_id, chat_id, text)

        async def refuse(exc: ChatError) -> None:
            await self._refuse(bot, chat_id, user_id, exc, reply_to)

        await self._stream_reply(bot, chat_id, items, reply_to, refuse)

    async def _stream_reply(
        self,
        bot: Bot,
        chat_id: int,
        items: AsyncIterator[str | Reply],
        reply_to: int | None,
        refuse: Callable[[ChatError], Awaitable[None]],
    ) -> Reply | None:
        """Show a service stream as a growing reply; `refuse` answers a refusal before any text.

        Returns the stored reply, or None if it was refused or failed midway (then an apology shows)."""
        growing = GrowingTelegramReply(bot, chat_id, reply_to, self.pacer)
        async with AsyncExitStack() as typing:
            await typing.enter_async_context(keep_typing(bot, chat_id))
            try:
                reply: Reply | None = await show_stream(items, growing, typing)
            except ChatError as exc:
                if not growing.started:
                    await refuse(exc)
                    return None
                log.info("telegram: reply failed midway (%s)", type(exc).__name__)
                await growing.fail(_apology(exc))
                return None
        assert reply is not None  # the service always ends the stream with the stored reply
        # First contact: what is stored and how to delete it (above the reply if none was shown yet).
        if reply.notice:
            await send_text(bot, chat_id, "ℹ️ " + reply.notice, markdown=False)
        await growing.finish(reply.text, rating_keyboard(reply.message_id))
        log.info("telegram: streamed reply %s with %d edits", reply.message_id, growing.edits)
        return reply

    async def _refuse(
        self, bot: Bot, chat_id: int, user_id: int, exc: ChatError, reply_to: int | None
    ) -> None:
        """Answer a refused message: consent asked with an Accept button, otherwise a short apology."""
        if isinstance(exc, ConsentRequired):
            # Nothing was stored; the person decides first, then writes again.
            keyboard = InlineKeyboardMarkup(
                [[InlineKeyboardButton("✅ Accept", callback_data=f"consent:{user_id}")]]
            )
            await send_text(bot, chat_id, str(exc), keyboard, reply_to=reply_to, markdown=False)
            return
        log.info("telegram: message refused (%s)", type(exc).__name__)
        await send_text(bot, chat_id, _apology(exc), reply_to=reply_to, markdown=False)

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
            "consent": self._accept_consent,
        }
        handler = handlers.get(kind)
        if handler is None or query.message is None:
            await _toast(query, "This button no longer works.")
            return
        await handler(query, arg, context)

    async def _accept_consent(self, query: CallbackQuery, owner: str, context: Any) -> None:
        if str(query.from_user.id) != owner:
            await _toast(query, "Only the person who was asked can accept.")
            return
        self.service.give_consent(PLATFORM, query.from_user.id)
        await _toast(query, "✅ Thanks!")
        await query.edit_message_text(
            "✅ Accepted. Send your message again and I will answer.", reply_markup=None
        )

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
            log.debug("telegram: keyboard unchanged (%s)", describe_error(exc))

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
        if self.settings.telegram.stream_replies:
            items = self.service.regenerate_stream(message_id, who)

            async def refuse(exc: ChatError) -> None:
                log.info("telegram: regenerate refused (%s)", type(exc).__name__)
                await send_text(bot, chat_id, _apology(exc), markdown=False)

            await self._stream_reply(bot, chat_id, items, query.message.message_id, refuse)
            return
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
    async def _command_actor(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, what: str
    ) -> str | None:
        """The admin's actor label, or None after telling a non-admin no (logged without text)."""
        user, chat = update.effective_user, update.effective_chat
        try:
            return self.service.admin_actor(Participant(PLATFORM, str(user.id), str(chat.id)))
        except NotAllowed:
            log.warning("telegram: refused admin %s to non-admin %s", what, self._who(user.id))
            await send_text(context.bot, chat.id, f"Only admins can use {what}.", markdown=False)
            return None

    async def cmd_status(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Admins: model, adapter in force, counts, what changed since training, the next run."""
        if await self._command_actor(update, context, "/status") is None:
            return
        text = status_text(self.service.status())
        await send_text(context.bot, update.effective_chat.id, text, markdown=False)

    async def cmd_train(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Admins: start a training cycle now (it runs in its own process)."""
        actor = await self._command_actor(update, context, "/train")
        if actor is None:
            return
        if self.service.start_cycle is None:
            text = "Training cycles are not available in this process."
        else:
            await self.service.start_cycle("admin")
            log.info("telegram: admin %s queued a training cycle", self._who(update.effective_user.id))
            text = (
                "🏋️ Training cycle queued (skipped if one is already queued or running); a worker runs it. "
                "A candidate that passes the evaluation gate is sent here for approval."
            )
        await send_text(context.bot, update.effective_chat.id, text, markdown=False)

    async def cmd_adapters(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Admins: the newest adapters with their status."""
        if await self._command_actor(update, context, "/adapters") is None:
            return
        text = adapters_text(self.service.recent_adapters(ADAPTER_LIST_LENGTH))
        await send_text(context.bot, update.effective_chat.id, text, markdown=False)

    async def cmd_promote(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Admins: `/promote ID [--force] [reason]` serves an adapter (forcing needs a reason)."""
        actor = await self._command_actor(update, context, "/promote")
        if actor is None:
            return
        args = list(context.args or [])
        if not args:
            text = (
                "Usage: /promote ADAPTER_ID [reason]. To serve an adapter the evaluation gate did not "
                "pass: /promote ADAPTER_ID --force reason. /adapters lists the ids."
            )
        else:
            adapter_id, rest = args[0], args[1:]
            force = "--force" in rest
            reason = " ".join(a for a in rest if a != "--force")
            text = await self._run_admin(
                update, "/promote", self.service.promote(adapter_id, actor, reason, force)
            )
        await send_text(context.bot, update.effective_chat.id, text, markdown=False)

    async def cmd_rollback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Admins: `/rollback [reason]` goes back to what served before the active adapter."""
        actor = await self._command_actor(update, context, "/rollback")
        if actor is None:
            return
        reason = " ".join(context.args or [])
        text = await self._run_admin(update, "/rollback", self.service.rollback(actor, reason))
        await send_text(context.bot, update.effective_chat.id, text, markdown=False)

    async def _run_admin(self, update: Update, what: str, action: Awaitable[str]) -> str:
        """Await a service admin action; a refusal becomes the answer. Logged by name, never text."""
        try:
            result = "✅ " + await action
        except ChatError as exc:
            result = f"⚠️ {exc}"
        log.info("telegram: admin %s ran %s", self._who(update.effective_user.id), what)
        return result

    async def _admin_button(self, query: CallbackQuery, arg: str, context: Any) -> None:
        action, _, value = arg.partition(":")
        try:
            actor = self.service.admin_actor(self._participant(query))
        except NotAllowed:
            log.warning(
                "telegram: refused admin %s to non-admin %s",
                f"button {action!r}"[:40],
                self._who(query.from_user.id),
            )
            await _toast(query, "Only admins can do that.")
            return
        run = self.admin_actions.get(action)
        if run is None:
            await _toast(query, "Unknown action.")
            return
        if action in DECISION_ACTIONS:  # e.g. a report sent before a restart: update it too
            self._track_report(value, query.message.chat.id, query.message.message_id, query.message.text)
        try:
            result = await run(self.service, actor, value)
        except ChatError as exc:
            result = str(exc)
        log.info("telegram: admin %s ran %s", self._who(query.from_user.id), action)
        await _toast(query, result)

    # candidates --------------------------------------------------------------------------------
    async def notify_candidate(self, summary: dict) -> None:
        """AdapterFollower notifier: each admin gets the chart, the report and Approve / Reject."""
        if not self.started or self.bot is None:
            raise NotifierNotReady("the Telegram bot is not running yet")
        adapter_id = summary["adapter_id"]
        text = candidate_report(summary)
        chart = Path(summary["chart"]) if summary.get("chart") else None
        png = await asyncio.to_thread(chart.read_bytes) if chart is not None and chart.is_file() else None
        caption = f"📈 {adapter_id} vs {summary.get('incumbent') or 'the base model'}"
        delivered = 0
        for admin in self.settings.telegram.admins:
            try:
                if png is not None:
                    await self.bot.send_photo(admin, photo=png, filename="report.png", caption=caption)
                sent = await send_text(self.bot, admin, text, decision_keyboard(adapter_id), markdown=False)
            except TelegramError as exc:  # e.g. this admin never opened a chat with the bot
                log.warning(
                    "telegram: candidate %s not delivered to an admin (%s)", adapter_id, describe_error(exc)
                )
                continue
            self._track_report(adapter_id, sent.chat.id, sent.message_id, sent.text or text)
            delivered += 1
        log.info(
            "telegram: candidate %s sent to %d of %d admins",
            adapter_id,
            delivered,
            len(self.settings.telegram.admins),
        )

    def _track_report(self, adapter_id: str, chat_id: int, message_id: int, text: str | None) -> None:
        reports = self.candidate_messages.setdefault(adapter_id, [])
        if text and all((c, m) != (chat_id, message_id) for c, m, _ in reports):
            reports.append((chat_id, message_id, text))
        while len(self.candidate_messages) > MAX_TRACKED_CANDIDATES:
            self.candidate_messages.popitem(last=False)

    async def _approve(self, service: ChatService, actor: str, adapter_id: str) -> str:
        return await self._decide(actor, adapter_id, approve=True)

    async def _reject(self, service: ChatService, actor: str, adapter_id: str) -> str:
        return await self._decide(actor, adapter_id, approve=False)

    async def _decide(self, actor: str, adapter_id: str, approve: bool) -> str:
        """Record the decision (the first wins), then show it on every admin's report."""
        try:
            return await self.service.decide_candidate(adapter_id, actor, approve)
        finally:
            await self._show_decision(adapter_id)

    async def _show_decision(self, adapter_id: str) -> None:
        """Replace Approve / Reject on the candidate's reports with who decided what."""
        try:
            summary = self.service.candidate_summary(adapter_id)
        except ChatError:
            self.candidate_messages.pop(adapter_id, None)
            return
        if summary.get("decision") is None or self.bot is None:
            return
        line = decision_line(summary)
        for chat_id, message_id, text in self.candidate_messages.pop(adapter_id, []):
            try:
                await self.bot.edit_message_text(
                    chat_id=chat_id, message_id=message_id, text=f"{text}\n\n{line}", reply_markup=None
                )
            except BadRequest as exc:  # deleted meanwhile, or already showing the decision
                log.info("telegram: report of %s not updated (%s)", adapter_id, describe_error(exc))

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
        log.info("telegram: callback query not answered (%s)", describe_error(exc))


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
    adapter.bot = app.bot
    app.bot_data["adapter"] = adapter
    # main.py wires the follower (wire_training) before it builds the adapters; until the bot is
    # started, the notifier defers and candidates wait for it.
    if service.follower is not None:
        service.follower.notifiers.append(adapter.notify_candidate)
    app.add_handler(TypeHandler(Update, adapter.skip_handled), group=-1)
    for name, handler in (
        ("start", adapter.cmd_start),
        ("help", adapter.cmd_help),
        ("privacy", adapter.cmd_privacy),
        ("new", adapter.cmd_new),
        ("forget", adapter.cmd_forget),
        ("status", adapter.cmd_status),
        ("train", adapter.cmd_train),
        ("adapters", adapter.cmd_adapters),
        ("promote", adapter.cmd_promote),
        ("rollback", adapter.cmd_rollback),
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
            log.info("telegram: admin commands not set for one admin (%s)", describe_error(exc))


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
        if update is None:
            return Response(status_code=400)
        # Several replicas may receive the same update: only the first to record it handles it.
        if not await _adapter_of(app).service.claim_update(PLATFORM, update.update_id):
            log.info("telegram: update %d taken by another replica; skipped", update.update_id)
            return Response(status_code=200)
        await app.update_queue.put(update)
        return Response(status_code=200)

    return Starlette(routes=[Route(path, receive, methods=["POST"])])


async def start_telegram(app: Application, settings: Settings) -> Any:
    """Initialise and start the bot (polling, or the webhook receiver). Returns what stop needs."""
    await app.initialize()
    try:
        await set_commands(app, settings)
    except TelegramError as exc:
        log.warning("telegram: could not set the command menu (%s)", describe_error(exc))
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
        _adapter_of(app).started = True
        return server, task
    await app.updater.start_polling(poll_interval=0.0, allowed_updates=Update.ALL_TYPES)
    log.info("telegram: polling as bot %d", app.bot.id)
    _adapter_of(app).started = True
    return None


def _adapter_of(app: Application) -> TelegramAdapter:
    return app.bot_data["adapter"]


async def stop_telegram(app: Application, handle: Any = None) -> None:
    """Stop polling (confirming fetched updates), the webhook receiver, and the application."""
    adapter = _adapter_of(app)
    adapter.started = False
    follower = adapter.service.follower
    if follower is not None and adapter.notify_candidate in follower.notifiers:
        follower.notifiers.remove(adapter.notify_candidate)
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
