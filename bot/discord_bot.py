"""The Discord adapter: translates discord.py events into ChatService calls and replies back.

Rules (who may rate, admins, message limits) live in ChatService; this module only knows Discord:
when to answer in a guild, buttons and their custom ids, modals, slash commands, the 2,000-character
limit. Log lines carry ids and counts, never message text.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.admin_text import status_text
from bot.discord_admin import CHART_NAME, GateButton, candidate_embed, decided_embed, decision_view
from bot.discord_streaming import GrowingDiscordReply
from bot.promotions import NotifierNotReady
from bot.reply_pacer import ChatPacer, show_stream
from bot.service import ChatError, ChatService, NotAllowed, Participant, Reply
from config.settings import Settings

log = logging.getLogger(__name__)

PLATFORM = "discord"
MESSAGE_LIMIT = 2000  # Discord refuses longer messages from bots
REMEMBERED_REPLIES = 10_000  # Discord message id -> Kaizen message id, for reactions
REMEMBERED_CANDIDATES = 50  # candidates whose report DMs are updated once decided
REACTION_VALUES = {"👍": 1, "👎": -1}
APOLOGY = "Sorry, something went wrong on my side; please try again."
CUSTOM_ID = r"kaizen:(?P<action>up|down|fix|again):(?P<mid>[0-9A-Za-z_-]{1,80})"

# An admin action takes an adapter id (None for rollback) and answers with a line for the admin.
# An admin action gets the acting admin's label (from ChatService.admin_actor) and the adapter id.
AdminAction = Callable[[str, str | None], Awaitable[str]]


def gate_actions(service: ChatService) -> dict[str, AdminAction]:
    """The evaluation gate's admin actions, all decided by ChatService."""

    async def approve(actor: str, adapter: str | None) -> str:
        return await service.decide_candidate(adapter, actor, approve=True)

    async def reject(actor: str, adapter: str | None) -> str:
        return await service.decide_candidate(adapter, actor, approve=False)

    async def promote(actor: str, adapter: str | None) -> str:
        return await service.promote(adapter, actor, reason="promoted from Discord")

    async def rollback(actor: str, adapter: str | None) -> str:
        return await service.rollback(actor, reason="rolled back from Discord")

    async def train(actor: str, adapter: str | None) -> str:
        if service.start_cycle is None:
            return "training cycles are not available in this process"
        await service.start_cycle("admin")
        return "training cycle queued (skipped if one is already queued or running); a worker runs it"

    return {"approve": approve, "reject": reject, "promote": promote, "rollback": rollback, "train": train}


ADMIN_ACTIONS = ("approve", "reject", "promote", "rollback", "train")


# replies ---------------------------------------------------------------------------------------
def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split `text` into chunks of at most `limit` characters, at paragraph, line or word breaks.

    A code block cut in two is closed at the end of one chunk and reopened in the next.
    """
    fence_room = 8  # "\n```" to close plus "```\n" to reopen
    chunks: list[str] = []
    rest = text
    reopen = ""
    while rest:
        room = limit - len(reopen) - fence_room
        if len(rest) <= limit - len(reopen) and (reopen + rest).count("```") % 2 == 0:
            chunks.append(reopen + rest)
            break
        cut = _best_cut(rest, room)
        chunk, rest = reopen + rest[:cut].rstrip(), rest[cut:].lstrip("\n ")
        reopen = ""
        if chunk.count("```") % 2:  # inside a code block: close it here, reopen it next
            chunk += "\n```"
            reopen = "```\n"
        chunks.append(chunk)
    return [c for c in chunks if c.strip()] or ["…"]


def _best_cut(text: str, room: int) -> int:
    if len(text) <= room:
        return len(text)
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, 0, room)
        if at > room // 2:
            return at
    return room


class ReplyButton(discord.ui.DynamicItem[discord.ui.Button], template=CUSTOM_ID):
    """👍 👎 ✍️ 🔄 under a bot reply. The custom id carries the Kaizen message id, so the buttons
    keep working after a restart without any per-message state."""

    STYLES = {
        "up": ("👍", discord.ButtonStyle.secondary),
        "down": ("👎", discord.ButtonStyle.secondary),
        "fix": ("✍️", discord.ButtonStyle.secondary),
        "again": ("🔄", discord.ButtonStyle.secondary),
    }

    def __init__(self, action: str, message_id: str) -> None:
        emoji, style = self.STYLES[action]
        super().__init__(
            discord.ui.Button(emoji=emoji, style=style, custom_id=f"kaizen:{action}:{message_id}")
        )
        self.action = action
        self.message_id = message_id

    @classmethod
    async def from_custom_id(  # noqa: D102
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> ReplyButton:
        return cls(match["action"], match["mid"])

    async def callback(self, interaction: discord.Interaction) -> None:
        """Route the press to the bot that received it."""
        bot: KaizenBot = interaction.client  # type: ignore[assignment]
        if self.action in ("up", "down"):
            await bot.rate_from_button(interaction, self.message_id, 1 if self.action == "up" else -1)
        elif self.action == "fix":
            await bot.open_correction(interaction, self.message_id)
        else:
            await bot.regenerate_from_button(interaction, self.message_id)


def reply_view(message_id: str) -> discord.ui.View:
    """The persistent buttons under the reply `message_id`."""
    view = discord.ui.View(timeout=None)
    for action in ReplyButton.STYLES:
        view.add_item(ReplyButton(action, message_id))
    return view


class CorrectionModal(discord.ui.Modal, title="Write a better reply"):
    """✍️: the user writes the reply they would have liked; stored (scrubbed) as a 👎 with correction."""

    def __init__(self, bot: KaizenBot, message_id: str) -> None:
        super().__init__(timeout=15 * 60, custom_id=f"kaizen:correction:{message_id}")
        self.bot = bot
        self.message_id = message_id
        self.better = discord.ui.TextInput(
            label="A better reply would be…",
            style=discord.TextStyle.paragraph,
            max_length=min(4000, bot.service.settings.chat.max_message_chars),  # 4000: Discord's cap
        )
        self.add_item(self.better)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Scrub and store the correction; the answer is ephemeral."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            await self.bot.service.rate(
                self.message_id, participant(interaction), -1, correction=self.better.value
            )
        except ChatError as exc:
            await interaction.followup.send(_sentence(exc), ephemeral=True)
            return
        await interaction.followup.send("Thanks: your better reply is saved (👎 + ✍️).", ephemeral=True)


# what /forget asks and /new answers, as slash commands and typed as text
FORGET_QUESTION = "Delete all your messages, the replies to them and your ratings? This cannot be undone."
NEW_STARTED = "Started a new conversation."


class ConfirmForget(discord.ui.View):
    """/forget asks once more before deleting; only the person who asked can confirm."""

    def __init__(self, bot: KaizenBot, user_id: int) -> None:
        super().__init__(timeout=120)
        self.bot = bot
        self.user_id = user_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:  # noqa: D102
        return interaction.user.id == self.user_id

    @discord.ui.button(label="Delete everything about me", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        """Delete, then replace the question with the counts."""
        await interaction.response.defer()
        counts = await self.bot.service.forget(PLATFORM, interaction.user.id)
        self.stop()
        await interaction.edit_original_response(
            content=f"Done: deleted {counts['messages']} messages and {counts['ratings']} ratings.",
            view=None,
        )

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        """Keep everything."""
        self.stop()
        await interaction.response.edit_message(content="Nothing was deleted.", view=None)


# the bot ---------------------------------------------------------------------------------------
class KaizenBot(commands.Bot):
    """discord.py client wired to a ChatService. Build it with :func:`build_discord_client`."""

    def __init__(
        self,
        service: ChatService,
        settings: Settings,
        admin_actions: Mapping[str, AdminAction] | None = None,
        sync_commands: bool = True,
    ) -> None:
        intents = discord.Intents.default()
        intents.message_content = True  # privileged: enable it in the Developer Portal
        super().__init__(
            command_prefix=commands.when_mentioned,  # no prefix commands: slash commands only
            intents=intents,
            help_command=None,
            # The model must never ping @everyone or anyone else.
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.service = service
        self.settings = settings
        self.admin_actions = dict(admin_actions or {})
        self.sync_commands = sync_commands
        # One edit budget per channel, shared by every reply growing there.
        self.pacer = ChatPacer(settings.discord.edit_interval_seconds)
        self._replies: OrderedDict[int, str] = OrderedDict()
        self._reports: OrderedDict[str, list[discord.Message]] = OrderedDict()  # adapter id -> DMs
        _add_slash_commands(self)
        # main.py wires the follower before it builds the adapters; until the bot is connected the
        # notifier defers and candidates wait for it.
        if service.follower is not None:
            service.follower.notifiers.append(self.notify_candidate)

    async def close(self) -> None:
        """Stop announcing candidates, then disconnect."""
        follower = self.service.follower
        if follower is not None and self.notify_candidate in follower.notifiers:
            follower.notifiers.remove(self.notify_candidate)
        await super().close()

    async def setup_hook(self) -> None:
        """Before connecting: listen for buttons of replies sent before a restart, publish commands."""
        self.register_persistent_items()
        if self.sync_commands:
            synced = await self.tree.sync()
            log.info("discord: %d slash commands published", len(synced))

    def register_persistent_items(self) -> None:
        """Buttons of every past reply and candidate report are matched by their custom id pattern."""
        self.add_dynamic_items(ReplyButton, GateButton)

    # deciding whether to answer ----------------------------------------------------------------
    def should_answer(self, message: discord.Message) -> bool:
        """DMs always; in guilds when mentioned, replied to, or in a configured channel (or its threads)."""
        if message.author.bot or self.user is None:
            return False
        if message.guild is None:
            return True
        if self.user in message.mentions:
            return True
        if self._replies_to_me(message):
            return True
        channel = message.channel
        configured = set(self.settings.discord.channels)
        return channel.id in configured or getattr(channel, "parent_id", None) in configured

    def _replies_to_me(self, message: discord.Message) -> bool:
        ref = message.reference
        if ref is None or ref.message_id is None:
            return False
        if ref.message_id in self._replies:
            return True
        resolved = ref.resolved
        return isinstance(resolved, discord.Message) and resolved.author.id == self.user.id

    def message_text(self, message: discord.Message) -> str:
        """The text meant for the model: the message without the mention of the bot."""
        text = message.content
        if self.user is not None:
            text = re.sub(rf"<@!?{self.user.id}>", "", text)
        return text.strip()

    # events ------------------------------------------------------------------------------------
    async def on_ready(self) -> None:
        """Also fires after a reconnect; ratings are committed before they are acknowledged."""
        log.info("discord: connected as bot %s in %d guilds", self.user.id, len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        """Answer a message when it is meant for the bot."""
        if not self.should_answer(message):
            return
        # "/forget" typed as plain text (not the slash command) is a request, never chat text: it
        # must reach neither the model nor the store
        if (command := self.service.user_command(self.message_text(message))) is not None:
            await self._answer_text_command(message, command)
            return
        if self.settings.discord.stream_replies:
            await self._answer_streamed(message)
            return
        channel = message.channel
        try:
            async with channel.typing():
                reply = await self.service.handle_message(
                    PLATFORM, message.author.id, channel.id, self.message_text(message)
                )
        except ChatError as exc:  # too long, empty, model failed or timed out: a short sentence
            log.info("discord: message %s refused (%s)", message.id, type(exc).__name__)
            await channel.send(_sentence(exc), reference=message, mention_author=False)
            return
        except Exception as exc:  # never leave the user without an answer; no text in the log
            log.error("discord: message %s failed: %s", message.id, type(exc).__name__)
            await channel.send(APOLOGY, reference=message, mention_author=False)
            return
        if reply.notice:  # first contact: what is stored and how to delete it
            await channel.send("ℹ️ " + reply.notice, allowed_mentions=discord.AllowedMentions.none())
        await self.send_reply(channel, reply.message_id, reply.text, reference=message)

    async def _answer_text_command(self, message: discord.Message, command: str) -> None:
        """/privacy, /new and /forget typed as text do what the slash commands do (the confirmation
        of /forget answers only its author)."""
        channel = message.channel
        if command == "privacy":
            await channel.send(self.service.privacy_notice(), reference=message, mention_author=False)
        elif command == "new":
            self.service.new_conversation(PLATFORM, channel.id)
            await channel.send(NEW_STARTED, reference=message, mention_author=False)
        else:
            await channel.send(
                FORGET_QUESTION,
                view=ConfirmForget(self, message.author.id),
                reference=message,
                mention_author=False,
            )

    async def _answer_streamed(self, message: discord.Message) -> None:
        """The reply as it grows: sent at its first words, edited at a paced rate, buttons at the end."""
        channel = message.channel
        text = self.message_text(message)
        items = self.service.handle_message_stream(PLATFORM, message.author.id, channel.id, text)

        async def refuse(sentence: str) -> None:
            await channel.send(sentence, reference=message, mention_author=False)

        await self._stream_reply(channel, items, message, refuse, f"message {message.id}")

    async def _stream_reply(
        self,
        channel: discord.abc.Messageable,
        items: AsyncIterator[str | Reply],
        reference: discord.Message | None,
        refuse: Callable[[str], Awaitable[None]],
        what: str,
    ) -> Reply | None:
        """Show a service stream as a growing reply; `refuse` says a sentence when no text was shown.

        Returns the stored reply, or None if it was refused or failed (then a short sentence shows)."""
        growing = GrowingDiscordReply(channel, split_message, self.pacer, reference=reference)
        try:
            async with AsyncExitStack() as typing:
                await typing.enter_async_context(channel.typing())
                reply: Reply | None = await show_stream(items, growing, typing)
        except ChatError as exc:  # too long, empty, model failed or timed out: a short sentence
            log.info("discord: %s refused (%s)", what, type(exc).__name__)
            await self._say_sorry(growing, refuse, _sentence(exc))
            return None
        except Exception as exc:  # never leave the user without an answer; no text in the log
            log.error("discord: %s failed: %s", what, type(exc).__name__)
            await self._say_sorry(growing, refuse, APOLOGY)
            return None
        assert reply is not None  # the service always ends the stream with the stored reply
        if reply.notice:  # first contact: what is stored and how to delete it
            await channel.send("ℹ️ " + reply.notice, allowed_mentions=discord.AllowedMentions.none())
        sent = await growing.finish(reply.text, reply_view(reply.message_id))
        for msg in sent:
            self._remember(msg.id, reply.message_id)
        log.info(
            "discord: reply %s streamed in %d part(s) with %d edits",
            reply.message_id,
            len(sent),
            growing.edits,
        )
        return reply

    async def _say_sorry(
        self, growing: GrowingDiscordReply, refuse: Callable[[str], Awaitable[None]], sentence: str
    ) -> None:
        """Replace the partial reply with `sentence`, or `refuse` with it when nothing was shown."""
        if growing.started:
            await growing.fail(sentence)
        else:
            await refuse(sentence)

    async def send_reply(
        self,
        channel: discord.abc.Messageable,
        message_id: str,
        text: str,
        reference: discord.Message | None = None,
    ) -> list[discord.Message]:
        """Post a reply, split at 2,000 characters; the buttons go under the last part."""
        chunks = split_message(text)
        sent = []
        for i, chunk in enumerate(chunks):
            last = i == len(chunks) - 1
            kwargs = {"view": reply_view(message_id)} if last else {}
            if i == 0 and reference is not None:
                kwargs.update(reference=reference, mention_author=False)
            msg = await channel.send(chunk, **kwargs)
            self._remember(msg.id, message_id)
            sent.append(msg)
        log.info("discord: reply %s sent in %d part(s)", message_id, len(sent))
        return sent

    def _remember(self, discord_id: int, message_id: str) -> None:
        self._replies[discord_id] = message_id
        while len(self._replies) > REMEMBERED_REPLIES:
            self._replies.popitem(last=False)

    async def kaizen_message_id(self, channel_id: int, discord_id: int) -> str | None:
        """The Kaizen message id behind a Discord message of the bot, from memory or its buttons."""
        if discord_id in self._replies:
            return self._replies[discord_id]
        channel = self.get_channel(channel_id) or await self.fetch_channel(channel_id)
        try:
            msg = await channel.fetch_message(discord_id)
        except discord.HTTPException:
            return None
        if msg.author.id != self.user.id:
            return None
        for row in msg.components:
            for child in getattr(row, "children", []):
                match = re.fullmatch(CUSTOM_ID, getattr(child, "custom_id", None) or "")
                if match:
                    self._remember(discord_id, match["mid"])
                    return match["mid"]
        return None

    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        """👍/👎 reactions on a bot reply are ratings too (the last one wins)."""
        value = REACTION_VALUES.get(str(payload.emoji))
        if value is None or self.user is None or payload.user_id == self.user.id:
            return
        message_id = await self.kaizen_message_id(payload.channel_id, payload.message_id)
        if message_id is None:
            return
        chat = payload.channel_id
        if payload.member is not None:
            channel = self.get_channel(payload.channel_id)
            if channel is not None and not channel.permissions_for(payload.member).view_channel:
                chat = None
        who = Participant(PLATFORM, str(payload.user_id), None if chat is None else str(chat))
        try:
            await self.service.rate(message_id, who, value)
        except ChatError as exc:
            log.info("discord: reaction on %s refused (%s)", message_id, type(exc).__name__)

    # buttons -----------------------------------------------------------------------------------
    async def rate_from_button(self, interaction: discord.Interaction, message_id: str, value: int) -> None:
        """👍/👎 pressed: store (a second press changes the rating) and show the choice ephemerally."""
        try:
            await self.service.rate(message_id, participant(interaction), value)
        except ChatError as exc:
            await interaction.response.send_message(_sentence(exc), ephemeral=True)
            return
        shown = "👍" if value == 1 else "👎"
        await interaction.response.send_message(
            f"You rated this reply {shown}. Press the other button to change it.", ephemeral=True
        )

    async def open_correction(self, interaction: discord.Interaction, message_id: str) -> None:
        """✍️ pressed: open the modal, unless this person may not rate the reply."""
        try:
            self.service.check_rater(message_id, participant(interaction))
        except ChatError as exc:
            await interaction.response.send_message(_sentence(exc), ephemeral=True)
            return
        await interaction.response.send_modal(CorrectionModal(self, message_id))

    async def regenerate_from_button(self, interaction: discord.Interaction, message_id: str) -> None:
        """🔄 pressed: acknowledge at once (the model is slow), then post the alternative reply."""
        await interaction.response.defer()
        channel = interaction.channel
        if self.settings.discord.stream_replies:
            items = self.service.regenerate_stream(message_id, participant(interaction))

            async def refuse(sentence: str) -> None:
                await interaction.followup.send(sentence, ephemeral=True)

            await self._stream_reply(
                channel, items, interaction.message, refuse, f"regenerate of {message_id}"
            )
            return
        try:
            async with channel.typing():
                reply = await self.service.regenerate(message_id, participant(interaction))
        except ChatError as exc:
            log.info("discord: regenerate of %s refused (%s)", message_id, type(exc).__name__)
            await interaction.followup.send(_sentence(exc), ephemeral=True)
            return
        await self.send_reply(channel, reply.message_id, reply.text, reference=interaction.message)

    # candidates --------------------------------------------------------------------------------
    async def notify_candidate(self, summary: dict) -> None:
        """AdapterFollower notifier: DM each admin the report embed, the chart and Approve / Reject."""
        if self.is_closed() or not self.is_ready():
            raise NotifierNotReady("the Discord bot is not connected yet")
        adapter_id = summary["adapter_id"]
        chart = Path(summary["chart"]) if summary.get("chart") else None
        png = await asyncio.to_thread(chart.read_bytes) if chart is not None and chart.is_file() else None
        embed = candidate_embed(summary, chart=png is not None)
        delivered = 0
        for admin in self.settings.discord.admins:
            kwargs: dict = {"embed": embed, "view": decision_view(adapter_id)}
            if png is not None:  # a File is read once: one per message
                kwargs["file"] = discord.File(io.BytesIO(png), filename=CHART_NAME)
            try:
                user = self.get_user(admin) or await self.fetch_user(admin)
                sent = await user.send(**kwargs)
            except discord.HTTPException as exc:  # e.g. an unknown id, or DMs closed to the bot
                log.warning(
                    "discord: candidate %s not delivered to an admin (%s %s)",
                    adapter_id,
                    type(exc).__name__,
                    exc.status,
                )
                continue
            self._reports.setdefault(adapter_id, []).append(sent)
            delivered += 1
        while len(self._reports) > REMEMBERED_CANDIDATES:
            self._reports.popitem(last=False)
        log.info(
            "discord: candidate %s sent to %d of %d admins",
            adapter_id,
            delivered,
            len(self.settings.discord.admins),
        )

    async def decide_from_button(
        self, interaction: discord.Interaction, adapter_id: str, approve: bool
    ) -> None:
        """Approve / Reject pressed: admins only; the first decision wins and every report shows it."""
        try:
            actor = self.service.admin_actor(participant(interaction))  # logs refusals, without text
        except NotAllowed:
            await interaction.response.send_message(
                "Only Kaizen admins can approve or reject adapters.", ephemeral=True
            )
            return
        await interaction.response.defer()  # promoting loads the adapter: longer than Discord's 3 s
        try:
            answer = await self.service.decide_candidate(adapter_id, actor, approve)
        except ChatError as exc:  # unknown adapter, or it could not be promoted after all
            answer = _sentence(exc)
        log.info("discord: %s pressed on candidate %s", "approve" if approve else "reject", adapter_id)
        await self.show_decision(adapter_id, interaction)
        await interaction.followup.send(answer, ephemeral=True)

    async def show_decision(self, adapter_id: str, interaction: discord.Interaction | None = None) -> None:
        """Replace Approve / Reject on the candidate's reports (the pressed one too) with the decision."""
        try:
            summary = self.service.candidate_summary(adapter_id)
        except ChatError:
            self._reports.pop(adapter_id, None)
            return
        if summary.get("decision") is None:  # e.g. approval undone because promotion failed
            return
        pressed = interaction.message if interaction is not None else None
        if pressed is not None:
            report = pressed.embeds[0] if pressed.embeds else None
            await interaction.edit_original_response(embed=decided_embed(report, summary), view=None)
        for message in self._reports.pop(adapter_id, []):
            if pressed is not None and message.id == pressed.id:
                continue
            report = message.embeds[0] if message.embeds else None
            try:
                await message.edit(embed=decided_embed(report, summary), view=None)
            except discord.HTTPException as exc:  # deleted meanwhile
                log.info("discord: report of %s not updated (%s)", adapter_id, type(exc).__name__)

    # admins ------------------------------------------------------------------------------------
    async def refuse_non_admin(self, interaction: discord.Interaction, command: str) -> bool:
        """True (and an ephemeral refusal) unless the user is a Kaizen admin."""
        if self.service.is_admin(PLATFORM, interaction.user.id):
            return False
        log.info(
            "discord: /%s refused for non-admin %s",
            command,
            self.service.user_id(PLATFORM, interaction.user.id)[:12],
        )
        await interaction.response.send_message("Only Kaizen admins can use this command.", ephemeral=True)
        return True


def _add_slash_commands(bot: KaizenBot) -> None:
    """/privacy, /forget, /new for everyone; /status and /admin for admins."""
    tree = bot.tree

    @tree.command(name="privacy", description="What Kaizen stores and how to delete it")
    async def privacy(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(bot.service.privacy_notice(), ephemeral=True)

    @tree.command(name="new", description="Start a fresh conversation in this channel")
    async def new(interaction: discord.Interaction) -> None:
        bot.service.new_conversation(PLATFORM, interaction.channel_id)
        await interaction.response.send_message(NEW_STARTED, ephemeral=True)

    @tree.command(name="forget", description="Delete everything Kaizen stored about you")
    async def forget(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            FORGET_QUESTION,
            view=ConfirmForget(bot, interaction.user.id),
            ephemeral=True,
        )

    @tree.command(name="status", description="Model, adapter and counts (admins only)")
    async def status(interaction: discord.Interaction) -> None:
        if await bot.refuse_non_admin(interaction, "status"):
            return
        await interaction.response.send_message(status_text(bot.service.status()), ephemeral=True)

    @tree.command(name="admin", description="Trainer actions on adapters (admins only)")
    @app_commands.describe(action="what to do", adapter="adapter id (not needed for rollback or train)")
    async def admin(
        interaction: discord.Interaction,
        action: Literal["approve", "reject", "promote", "rollback", "train"],
        adapter: str | None = None,
    ) -> None:
        if await bot.refuse_non_admin(interaction, "admin"):
            return
        handler = bot.admin_actions.get(action)
        if handler is None:
            await interaction.response.send_message(
                f"The trainer cannot {action} adapters yet.", ephemeral=True
            )
            return
        if action not in ("rollback", "train") and not adapter:
            await interaction.response.send_message(f"/admin {action} needs an adapter id.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        actor = bot.service.admin_actor(
            Participant(PLATFORM, str(interaction.user.id), str(interaction.channel_id))
        )
        try:
            answer = await handler(actor, adapter)
        except ChatError as exc:
            answer = _sentence(exc)
        except Exception as exc:  # the admin sees the kind of failure; details are in the log
            log.exception("discord: admin action %s failed", action)
            answer = f"{action} failed: {type(exc).__name__}"
        log.info("discord: admin action %s on %s", action, adapter or "-")
        if action in ("approve", "reject") and adapter:
            await bot.show_decision(adapter)  # the reports in admins' DMs lose their buttons too
        await interaction.followup.send(answer, ephemeral=True)

    @tree.error
    async def on_command_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("discord: slash command failed: %s", type(getattr(error, "original", error)).__name__)
        if not interaction.response.is_done():
            await interaction.response.send_message(APOLOGY, ephemeral=True)


def participant(interaction: discord.Interaction) -> Participant:
    """Who acts, and from which chat. Someone who cannot see the channel acts from no chat at all."""
    chat: str | None = str(interaction.channel_id)
    if interaction.guild is not None and not interaction.permissions.view_channel:
        chat = None
    return Participant(PLATFORM, str(interaction.user.id), chat)


def _sentence(exc: ChatError) -> str:
    text = str(exc) or APOLOGY
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def build_discord_client(
    service: ChatService,
    settings: Settings,
    admin_actions: Mapping[str, AdminAction] | None = None,
    sync_commands: bool = True,
) -> KaizenBot:
    """The Discord bot for `service`, as main.py runs it (start it with ``await bot.start(token)``).

    `admin_actions` maps approve/reject/promote/rollback to the trainer's coroutines; missing ones
    are answered with "not available yet".
    """
    unknown = set(admin_actions or {}) - set(ADMIN_ACTIONS)
    if unknown:
        raise ValueError(f"unknown admin actions: {sorted(unknown)}")
    return KaizenBot(service, settings, admin_actions, sync_commands)
