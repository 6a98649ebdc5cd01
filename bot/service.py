"""ChatService: the platform-free core every adapter talks to.

Rules live here, once: message length, who may rate which reply, idempotent ratings, admins.
Raw text lives only in the in-memory conversation context; everything written is scrubbed first.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass, field, replace

from bot.runtime import Generation, GenerationError, ModelRuntime, NotReady
from config.settings import Settings
from feedback.coordination import claim_update, process_id
from feedback.models import Conversation, Message
from feedback.store import NotFound, Store
from privacy import Scrubber, load_or_create_key, pseudonym
from trainer.storage import AdapterStorage

log = logging.getLogger(__name__)

MAX_TURNS_IN_MEMORY = 64  # per conversation; the model window trims further
MAX_CONVERSATIONS_IN_MEMORY = 10_000
EMPTY_REPLY = "…"  # what is shown and stored when the model says nothing
USER_COMMANDS = ("forget", "new", "privacy")  # what every platform offers everyone, as /name


class ChatError(Exception):
    """A request the service refuses; `status` is the HTTP-style code, the message is for the user."""

    status = 400


class EmptyMessage(ChatError):
    status = 400


class MessageTooLong(ChatError):
    status = 413


class UnknownMessage(ChatError):
    status = 404


class UnknownAdapter(ChatError):
    status = 404


class UnknownUser(ChatError):
    """Nothing at all is known of this user: they never chatted, rated or accepted the notice."""

    status = 404


class NotAllowed(ChatError):
    status = 403


class ConsentRequired(ChatError):
    """`privacy.require_consent` is on and this user has not accepted the privacy notice yet."""

    status = 451


class ReplyFailed(ChatError):
    """The model failed or timed out. The user's message is stored; nothing is lost."""

    status = 503


@dataclass(frozen=True)
class Participant:
    """Someone acting in a chat: platform, their platform user id, and the chat they act from."""

    platform: str
    user: str
    chat: str | None  # None: the web chat, where an unguessable message id is the capability


@dataclass(frozen=True)
class Reply:
    message_id: str
    text: str
    conversation_id: str
    adapter_id: str | None
    notice: str | None = None  # the privacy notice, set on a user's first contact


@dataclass
class _Context:
    """Raw turns of one conversation, in memory only."""

    conversation_id: str
    turns: list[dict[str, str]] = field(default_factory=list)  # {"role", "content", "id"}
    # (entity, raw value) pairs scrubbed so far, so a reply that repeats one is scrubbed too
    found: frozenset[tuple[str, str]] = frozenset()
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class ChatService:
    """Handles messages, ratings and regenerations for every platform."""

    def __init__(self, settings: Settings, store: Store, scrubber: Scrubber, runtime: ModelRuntime) -> None:
        self.settings = settings
        self.store = store
        self.scrubber = scrubber
        self.runtime = runtime
        self._key = load_or_create_key(
            settings.data_dir, settings.pseudonym_key.get_secret_value() if settings.pseudonym_key else None
        )
        self._current: dict[str, str] = {}  # chat pseudonym -> conversation id
        self.follower = None  # bot.promotions.AdapterFollower, wired by main.py
        self.next_run = None  # callable returning the next scheduled cycle time, wired by main.py
        self.start_cycle = None  # async callable(trigger) starting a training cycle, wired by main.py
        self._contexts: OrderedDict[str, _Context] = OrderedDict()
        self._replica = process_id()  # names this process in handled-update rows
        self.adapter_storage = AdapterStorage.from_settings(settings)  # where adapters are fetched from

    # identities --------------------------------------------------------------------------------
    def user_id(self, platform: str, user: str | int) -> str:
        return pseudonym(self._key, platform, user)

    def chat_id(self, platform: str, chat: str | int) -> str:
        return pseudonym(self._key, f"{platform}/chat", chat)

    # replicas ----------------------------------------------------------------------------------
    async def claim_update(self, platform: str, update_id: int) -> bool:
        """True if this replica is the first to take a platform update in hand.

        Replicas behind a load balancer share the database: an update delivered to two of them is
        recorded once (a unique key), and the second is told to skip it.
        """
        return await asyncio.to_thread(claim_update, self.store, platform, update_id, self._replica)

    def is_admin(self, platform: str, user: str | int) -> bool:
        """Admins are listed per platform in the settings (Telegram/Discord user ids)."""
        admins = {"telegram": self.settings.telegram.admins, "discord": self.settings.discord.admins}
        return str(user) in {str(a) for a in admins.get(platform, [])}

    async def scrub(self, text: str, scope: str | None = None) -> str:
        """Scrub off the event loop (spaCy takes milliseconds per message)."""
        return await asyncio.to_thread(self.scrubber.scrub, text, scope)

    async def _scrub_turn(self, ctx: _Context, text: str) -> str:
        """Scrub a turn of `ctx`, including values of earlier turns it repeats; remember what it held."""
        scrubbed, found = await asyncio.to_thread(
            self.scrubber.scrub_echoes, text, ctx.conversation_id, ctx.found
        )
        ctx.found |= found
        return scrubbed

    # conversations -----------------------------------------------------------------------------
    def _conversation_for(self, platform: str, chat: str) -> str:
        chat_pid = self.chat_id(platform, chat)
        conv_id = self._current.get(chat_pid)
        if conv_id is None:
            conv = self.store.latest_conversation(platform, chat_pid) or self.store.new_conversation(
                platform, chat_pid
            )
            conv_id = self._current[chat_pid] = conv.id
        return conv_id

    def _context(self, conversation_id: str) -> _Context:
        ctx = self._contexts.get(conversation_id)
        if ctx is None:
            ctx = _Context(conversation_id)
            # After a restart only the scrubbed history exists; it is the best context we have.
            for m in self.store.conversation_messages(conversation_id)[-MAX_TURNS_IN_MEMORY:]:
                ctx.turns.append({"role": m.role, "content": m.text, "id": m.id, "user": m.user_id})
            self._contexts[conversation_id] = ctx
            while len(self._contexts) > MAX_CONVERSATIONS_IN_MEMORY:
                self._contexts.popitem(last=False)
        self._contexts.move_to_end(conversation_id)
        return ctx

    def new_conversation(self, platform: str, chat: str | int) -> str:
        """Start a fresh context in this chat (/new). Returns the new conversation id."""
        chat_pid = self.chat_id(platform, str(chat))
        conv = self.store.new_conversation(platform, chat_pid)
        self._current[chat_pid] = conv.id
        return conv.id

    @staticmethod
    def user_command(text: str | None) -> str | None:
        """The command a message is when it is exactly one of USER_COMMANDS ("/forget", " /New "),
        else None. Such a message is a request, never chat text: it must not reach the model or the
        store. Platforms with their own command routing (Telegram, Discord) never pass one on."""
        if not isinstance(text, str):
            return None
        word = text.strip().lower()
        return word[1:] if word.startswith("/") and word[1:] in USER_COMMANDS else None

    def check_text(self, text: str | None) -> str:
        """The text if acceptable as a message, else EmptyMessage / MessageTooLong."""
        if text is None or not str(text).strip():
            raise EmptyMessage("the message is empty")
        limit = self.settings.chat.max_message_chars
        if len(text) > limit:
            raise MessageTooLong(f"the message is {len(text)} characters long; the limit is {limit}")
        return text

    # messages ----------------------------------------------------------------------------------
    async def handle_message(self, platform: str, user: str | int, chat: str | int, text: str) -> Reply:
        """Answer a user's message. Stores both (scrubbed); raises ChatError subclasses on refusal."""
        ctx, user_pid, first_contact = self._accept(platform, user, chat, text)
        async with ctx.lock:
            user_msg_id = await self._store_user_turn(ctx, user_pid, text)
            reply = await self._reply(ctx, user_msg_id, _turns_for_model(ctx.turns))
            ctx.turns.append({"role": "assistant", "content": reply.text, "id": reply.message_id})
        return replace(reply, notice=self.privacy_notice()) if first_contact else reply

    async def handle_message_stream(
        self, platform: str, user: str | int, chat: str | int, text: str
    ) -> AsyncIterator[str | Reply]:
        """Like `handle_message`, but yields the reply's text deltas as they are generated, then the
        stored `Reply` (its text is the deltas joined). Stores exactly what `handle_message` stores.

        Refusals and model failures raise ChatError subclasses, before the first delta where possible.
        """
        ctx, user_pid, first_contact = self._accept(platform, user, chat, text)
        async with ctx.lock:
            user_msg_id = await self._store_user_turn(ctx, user_pid, text)
            reply = None
            # aclosing: a reader that goes away closes the model stream at once (its row is cancelled).
            async with aclosing(self._stream_reply(ctx, user_msg_id, _turns_for_model(ctx.turns))) as items:
                async for item in items:
                    if isinstance(item, Reply):
                        reply = item
                    else:
                        yield item
            ctx.turns.append({"role": "assistant", "content": reply.text, "id": reply.message_id})
        yield replace(reply, notice=self.privacy_notice()) if first_contact else reply

    async def _stream_reply(
        self,
        ctx: _Context,
        reply_to: str | None,
        turns: list[dict[str, str]],
        temperature: float | None = None,
        system_prompt: str | None = None,
    ) -> AsyncIterator[str | Reply]:
        """The streamed twin of `_reply`: yields text deltas, then the stored `Reply`."""
        system_prompt = system_prompt or self.settings.model.system_prompt
        stream = self.runtime.stream(turns, system_prompt=system_prompt, temperature=temperature)
        deltas = aiter(stream)
        try:
            async for delta in deltas:
                yield delta
        except NotReady as exc:
            raise ReplyFailed("the model is still loading; try again in a moment") from exc
        except GenerationError as exc:
            log.warning("reply failed in conversation %s: %s", ctx.conversation_id, exc)
            raise ReplyFailed("sorry, I could not come up with a reply just now; please try again") from exc
        finally:
            await deltas.aclose()  # a reader that went away cancels its row in the batch
        gen = stream.result
        if not gen.text:
            yield EMPTY_REPLY
        yield await self._store_reply(ctx, reply_to, gen, system_prompt)

    def _accept(
        self, platform: str, user: str | int, chat: str | int, text: str
    ) -> tuple[_Context, str, bool]:
        """Check a new message and find its conversation: (context, user pseudonym, first contact?).

        Raises ChatError subclasses on refusal."""
        self.check_text(text)
        if not self.runtime.ready:
            raise ReplyFailed("the model is still loading; try again in a moment")
        user, chat = str(user), str(chat)
        user_pid = self.user_id(platform, user)
        known = self.store.get_user(user_pid)
        if self.settings.privacy.require_consent and (known is None or known.consented_at is None):
            raise ConsentRequired(self.privacy_notice() + " Accept to start chatting.")
        self.store.ensure_user(user_pid, platform, self.is_admin(platform, user))
        return self._context(self._conversation_for(platform, chat)), user_pid, known is None

    async def _store_user_turn(self, ctx: _Context, user_pid: str, text: str) -> str:
        """Store the scrubbed message, keep the raw one in the context; returns the message id."""
        scrubbed = await self._scrub_turn(ctx, text)
        user_msg = self.store.add_message(
            Message(conversation_id=ctx.conversation_id, user_id=user_pid, role="user", text=scrubbed)
        )
        ctx.turns.append({"role": "user", "content": text, "id": user_msg.id, "user": user_pid})
        del ctx.turns[:-MAX_TURNS_IN_MEMORY]
        return user_msg.id

    async def regenerate(self, message_id: str, requester: Participant | None = None) -> Reply:
        """An alternative reply to the same context as `message_id`; both are kept."""
        original, ctx = self._regenerate_target(message_id, requester)
        async with ctx.lock:
            reply = await self._reply(
                ctx,
                original.reply_to,
                self._regenerate_prompt(ctx, original),
                temperature=self.settings.chat.regenerate_temperature,
                system_prompt=original.system_prompt,
            )
            self._continue_from(ctx, message_id, reply)
        return reply

    async def regenerate_stream(
        self, message_id: str, requester: Participant | None = None
    ) -> AsyncIterator[str | Reply]:
        """Like `regenerate`, but yields the new reply's text deltas as they are generated, then the
        stored `Reply`. Stores exactly what `regenerate` stores; refusals raise before the first delta.
        """
        original, ctx = self._regenerate_target(message_id, requester)
        async with ctx.lock:
            reply = None
            stream = self._stream_reply(
                ctx,
                original.reply_to,
                self._regenerate_prompt(ctx, original),
                temperature=self.settings.chat.regenerate_temperature,
                system_prompt=original.system_prompt,
            )
            async with aclosing(stream) as items:
                async for item in items:
                    if isinstance(item, Reply):
                        reply = item
                    else:
                        yield item
            self._continue_from(ctx, message_id, reply)
        yield reply

    def _regenerate_target(self, message_id: str, requester: Participant | None) -> tuple[Message, _Context]:
        """The reply to regenerate and its context, after the checks (raises ChatError subclasses)."""
        original = self._assistant_message(message_id)
        if requester is not None:
            self._check_participant(original, requester)
        if not self.runtime.ready:
            raise ReplyFailed("the model is still loading; try again in a moment")
        return original, self._context(original.conversation_id)

    def _regenerate_prompt(self, ctx: _Context, original: Message) -> list[dict[str, str]]:
        """The turns the original reply answered: from memory, else the stored (scrubbed) history."""
        idx = next((i for i, t in enumerate(ctx.turns) if t["id"] == original.reply_to), None)
        if idx is None:
            return [
                {"role": m.role, "content": m.text}
                for m in self.store.conversation_messages(
                    original.conversation_id, before=original.created_at
                )
            ]
        return _turns_for_model(ctx.turns[: idx + 1])

    @staticmethod
    def _continue_from(ctx: _Context, message_id: str, reply: Reply) -> None:
        # If the regenerated reply is the latest turn, the conversation continues from the new one.
        if ctx.turns and ctx.turns[-1]["id"] == message_id:
            ctx.turns[-1] = {"role": "assistant", "content": reply.text, "id": reply.message_id}

    async def _reply(
        self,
        ctx: _Context,
        reply_to: str | None,
        turns: list[dict[str, str]],
        temperature: float | None = None,
        system_prompt: str | None = None,
    ) -> Reply:
        system_prompt = system_prompt or self.settings.model.system_prompt
        try:
            gen = await self.runtime.generate(turns, system_prompt=system_prompt, temperature=temperature)
        except NotReady as exc:
            raise ReplyFailed("the model is still loading; try again in a moment") from exc
        except GenerationError as exc:
            log.warning("reply failed in conversation %s: %s", ctx.conversation_id, exc)
            raise ReplyFailed("sorry, I could not come up with a reply just now; please try again") from exc
        return await self._store_reply(ctx, reply_to, gen, system_prompt)

    async def _store_reply(
        self, ctx: _Context, reply_to: str | None, gen: Generation, system_prompt: str
    ) -> Reply:
        """Store the model's reply (scrubbed) and return it with its message id."""
        text = gen.text or EMPTY_REPLY
        scrubbed = await self._scrub_turn(ctx, text)
        msg = self.store.add_message(
            Message(
                conversation_id=ctx.conversation_id,
                role="assistant",
                text=scrubbed,
                reply_to=reply_to,
                system_prompt=system_prompt,
                model=self.runtime.model_name,
                adapter_id=gen.adapter_id,
                latency_ms=gen.latency_ms,
            )
        )
        log.info(
            "reply %s in %d ms (%d tokens, adapter %s)",
            msg.id,
            gen.latency_ms,
            gen.new_tokens,
            gen.adapter_id,
        )
        return Reply(
            message_id=msg.id, text=text, conversation_id=ctx.conversation_id, adapter_id=gen.adapter_id
        )

    # privacy -------------------------------------------------------------------------------------
    def privacy_notice(self) -> str:
        """What every platform shows on first contact and on /privacy."""
        return (
            "Kaizen stores your messages and ratings to learn to answer better. Before anything is "
            "written to disk, names, e-mail addresses, phone numbers, card numbers and other personal "
            "data are removed; your account is kept only as a pseudonym. Use /forget to delete what "
            "is stored about you, /new to start a fresh conversation."
        )

    def needs_consent(self, platform: str, user: str | int) -> bool:
        """True when consent is required and this user has not given it."""
        if not self.settings.privacy.require_consent:
            return False
        known = self.store.get_user(self.user_id(platform, str(user)))
        return known is None or known.consented_at is None

    def give_consent(self, platform: str, user: str | int) -> None:
        """Record that the user accepted the privacy notice (idempotent)."""
        user_pid = self.user_id(platform, str(user))
        self.store.ensure_user(user_pid, platform, self.is_admin(platform, user))
        self.store.record_consent(user_pid)

    def stored_about(self, platform: str, user: str | int) -> dict[str, int]:
        """What `forget` would delete now ({"messages", "ratings"}), deleting nothing.

        Raises UnknownUser when this user was never seen (no user row, not even a tombstone)."""
        user_pid = self.user_id(platform, str(user))
        if self.store.get_user(user_pid) is None:
            raise UnknownUser("nothing is known of this user: they never chatted here")
        return self.store.user_data_counts(user_pid)

    async def forget(self, platform: str, user: str | int) -> dict[str, int]:
        """Delete everything stored of this user (messages, replies to them, ratings, corrections)."""
        from trainer.registry import flag_adapters_of

        user_pid = self.user_id(platform, str(user))
        known = self.store.get_user(user_pid)
        forgotten_before = known.forgotten_at if known is not None else None
        counts = await asyncio.to_thread(self.store.forget_user, user_pid)
        # a second /forget counts no adapter the first one counted
        flagged = await asyncio.to_thread(
            flag_adapters_of, self.store, user_pid, self.adapter_storage, forgotten_before
        )
        counts["adapters_flagged"] = len(flagged)
        # Raw context in memory goes too: drop every cached conversation the user spoke in.
        for conv_id, ctx in list(self._contexts.items()):
            if any(t.get("user") == user_pid for t in ctx.turns):
                del self._contexts[conv_id]
        log.info("forgot a user: %d messages, %d ratings deleted", counts["messages"], counts["ratings"])
        return counts

    def status(self) -> dict:
        """Model, adapter in force, counts since the last training and the next scheduled run."""
        runs = self.store.runs(limit=1)
        last = runs[0].started_at if runs else None
        since = self.store.counts(since=last)
        next_run = self.next_run() if self.next_run else None
        return {
            "model": self.runtime.model_name,
            "ready": self.runtime.ready,
            "adapter": self.runtime.adapter_id,
            **self.store.counts(),
            "last_training": last.isoformat() if last else None,
            "conversations_since_training": since["conversations"],
            "ratings_since_training": since["ratings"],
            "next_scheduled_run": next_run.isoformat() if next_run else None,
        }

    # admin actions ---------------------------------------------------------------------------
    def admin_actor(self, who: Participant) -> str:
        """The actor label of an admin, or NotAllowed (logged without any message text)."""
        if not self.is_admin(who.platform, who.user):
            log.warning(
                "refused an admin action to a non-admin (%s user %s)",
                who.platform,
                self.user_id(who.platform, who.user)[:8],
            )
            raise NotAllowed("only admins can do that")
        return f"{who.platform}:{self.user_id(who.platform, who.user)[:12]}"

    def candidate_summary(self, adapter_id: str) -> dict:
        """What admins see of a candidate: key numbers, reasons, chart path and side-by-side samples."""
        import json
        from pathlib import Path

        adapter = self._adapter(adapter_id)
        evaluation = json.loads(adapter.evaluation) if adapter.evaluation else {}
        report = {}
        if adapter.report_path and (Path(adapter.report_path) / "report.json").exists():
            report = json.loads((Path(adapter.report_path) / "report.json").read_text())
        return {
            "adapter_id": adapter.id,
            "status": adapter.status,
            "method": adapter.method,
            "decision": adapter.decision,
            "decided_by": adapter.decided_by,
            "eligible": evaluation.get("decision", {}).get("eligible"),
            "reasons": evaluation.get("decision", {}).get("reasons", []),
            "fit": evaluation.get("fit", {}),
            "incumbent": evaluation.get("incumbent"),
            "chart": str(Path(adapter.report_path) / "report.png") if adapter.report_path else None,
            "samples": report.get("side_by_side", [])[:3],
        }

    def recent_adapters(self, limit: int = 10) -> list[dict]:
        """The newest registered adapters, for admin lists: id, status, method, created, decision."""
        return [
            {
                "adapter_id": a.id,
                "status": a.status,
                "method": a.method,
                "created_at": a.created_at.isoformat(),
                "decision": a.decision,
                "decided_by": a.decided_by,
            }
            for a in self.store.adapters()[:limit]
        ]

    async def decide_candidate(self, adapter_id: str, actor: str, approve: bool) -> str:
        """An admin's approve/reject. The first decision wins; later ones are told who decided."""
        from trainer.registry import PromotionError, promote

        self._adapter(adapter_id)
        adapter, first = self.store.decide_adapter(adapter_id, actor, "approved" if approve else "rejected")
        if not first:
            return f"already {adapter.decision} by {adapter.decided_by}"
        if not approve:
            self.store.set_adapter_status(adapter_id, "rejected")
            log.info("candidate %s rejected by %s", adapter_id, actor)
            return f"rejected {adapter_id}"
        try:
            # Off the event loop: an adapter in shared storage is downloaded and checked first.
            await asyncio.to_thread(
                promote, self.store, adapter_id, actor, "approved by an admin", False, self.adapter_storage
            )
        except (PromotionError, ValueError) as exc:
            # Not promotable after all (e.g. its files broke): the approval does not stand.
            self.store.update_adapter(adapter_id, decision=None, decided_by=None, decided_at=None)
            raise ChatError(str(exc)) from None
        await self.follow_registry()
        return f"approved and promoted {adapter_id}"

    async def promote(self, adapter_id: str, actor: str, reason: str = "", force: bool = False) -> str:
        """Serve `adapter_id` (forcing an ineligible one needs a reason); the reason is stored scrubbed."""
        from trainer.registry import PromotionError, promote

        reason = await self.scrub(reason) if reason.strip() else ""
        try:
            await asyncio.to_thread(
                promote, self.store, adapter_id, actor, reason, force, self.adapter_storage
            )
        except PromotionError as exc:
            raise ChatError(str(exc)) from None
        await self.follow_registry()
        return f"promoted {adapter_id}"

    async def rollback(self, actor: str, reason: str = "") -> str:
        """Go back to what served before the active adapter; the reason is stored scrubbed."""
        from trainer.registry import PromotionError, rollback

        reason = await self.scrub(reason) if reason.strip() else ""
        try:
            row = rollback(self.store, actor, reason)
        except PromotionError as exc:
            raise ChatError(str(exc)) from None
        await self.follow_registry()
        return f"rolled back to {row.adapter_id or 'the base model'}"

    async def follow_registry(self) -> None:
        """Hot-swap to the registry's active adapter now (the follower also does it on its own)."""
        if self.follower is not None:
            await self.follower.sync()

    def _adapter(self, adapter_id: str):  # noqa: ANN202
        try:
            return self.store.get_adapter(adapter_id)
        except NotFound:
            raise UnknownAdapter(f"unknown adapter {adapter_id!r}") from None

    # ratings -----------------------------------------------------------------------------------
    async def rate(
        self, message_id: str, rater: Participant, value: int, correction: str | None = None
    ) -> None:
        """Record `rater`'s 👍 (1) / 👎 (-1), optionally with a better reply. The last rating wins.

        Returns once the rating is committed to the store.
        """
        if isinstance(value, bool) or value not in (1, -1):
            raise ChatError("a rating is 1 (👍) or -1 (👎)")
        message = self._assistant_message(message_id)
        self._check_participant(message, rater)
        scrubbed = None
        if correction is not None:
            correction = self.check_text(correction)
            ctx = self._contexts.get(message.conversation_id)  # in memory: its earlier values are known
            if ctx is not None:
                scrubbed = await self._scrub_turn(ctx, correction)
            else:
                scrubbed = await self.scrub(correction, message.conversation_id)
        rater_pid = self.user_id(rater.platform, rater.user)
        self.store.ensure_user(rater_pid, rater.platform, self.is_admin(rater.platform, rater.user))
        self.store.upsert_rating(message_id, rater_pid, value, scrubbed)
        log.info("rating %+d on %s%s", value, message_id, " with correction" if scrubbed else "")

    def check_rater(self, message_id: str, who: Participant) -> None:
        """Raise (UnknownMessage, NotAllowed, ChatError) unless `who` may rate or regenerate the reply."""
        self._check_participant(self._assistant_message(message_id), who)

    def rating_tally(self, message_id: str) -> dict[int, int]:
        """How many 👍 (1) and 👎 (-1) a reply has, for buttons that show the current choice."""
        tally = {1: 0, -1: 0}
        for rating in self.store.ratings_of(message_id):
            tally[rating.value] = tally.get(rating.value, 0) + 1
        return tally

    def _assistant_message(self, message_id: str) -> Message:
        if not isinstance(message_id, str) or not message_id:
            raise UnknownMessage("unknown message id")
        try:
            message = self.store.get_message(message_id)
        except NotFound:
            raise UnknownMessage(f"unknown message id {message_id!r}") from None
        if message.role != "assistant":
            raise ChatError("only the bot's replies can be rated or regenerated")
        return message

    def conversation_of(self, message_id: str) -> Conversation:
        """The conversation a message belongs to (raises UnknownMessage)."""
        try:
            return self.store.get_conversation(self.store.get_message(message_id).conversation_id)
        except NotFound:
            raise UnknownMessage(f"unknown message id {message_id!r}") from None

    def _check_participant(self, message: Message, who: Participant) -> None:
        """Only people in the chat where a reply was posted may rate or regenerate it."""
        conv = self.store.get_conversation(message.conversation_id)
        if who.chat is None and who.platform == conv.platform == "web":
            return
        if conv.platform != who.platform or conv.chat_id != self.chat_id(who.platform, str(who.chat)):
            raise NotAllowed("only members of the chat where this reply was posted can rate it")


def _turns_for_model(turns: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{"role": t["role"], "content": t["content"]} for t in turns]
