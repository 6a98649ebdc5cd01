"""The Discord adapter, driven through the real discord.py client by dpytest.

dpytest fakes Discord's REST API and gateway for messages and reactions. It has no interactions
(buttons, modals, slash commands): for those the tests feed Discord's INTERACTION_CREATE payloads to
the client's real ConnectionState, and record the interaction HTTP endpoints (callback, followup,
@original) in `InteractionEndpoints`, the one fake, at the platform boundary.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from dataclasses import dataclass

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test import callbacks
from discord.ext.test import factories as facts
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

from bot.discord_bot import MESSAGE_LIMIT, build_discord_client, reply_view, split_message
from bot.service import Participant

CANARIES = {
    "email": "canary.kowalski@example.org",
    "phone": "+1 415 555 0199",
    "card": "4111 1111 1111 1111",
    "name": "Jonathan Kowalski",
}
EPHEMERAL = 64
CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, MODAL = 4, 5, 6, 9


# harness ---------------------------------------------------------------------------------------
@pytest.fixture
async def bot(service, settings):
    """The bot exactly as main.py builds it, connected to dpytest's fake Discord (2 guilds)."""
    b = build_discord_client(service, settings, sync_commands=False)
    await b._async_setup_hook()
    # dpytest builds its guilds through the member cache, which needs the members intent; the bot
    # itself does not ask for that privileged intent.
    b._connection._intents.members = True
    b._connection.member_cache_flags = discord.MemberCacheFlags.all()
    dpytest.configure(b, guilds=2, text_channels=2, voice_channels=0, members=2)
    # dpytest swaps in its own ConnectionState: give it what discord.py's start-up gives the real one.
    b._connection._command_tree = b.tree
    b._connection.loop = asyncio.get_running_loop()
    await b.setup_hook()
    yield b
    await dpytest.empty_queue()


@pytest.fixture
def world(bot):
    cfg = dpytest.get_config()
    g0, g1 = cfg.guilds
    return World(
        channel=g0.text_channels[0],
        other_channel=g0.text_channels[1],
        foreign_channel=g1.text_channels[0],
        alice=g0.get_member(cfg.members[0].id),
        bob=g0.get_member(cfg.members[1].id),
        stranger=g1.get_member(cfg.members[2].id),
    )


@dataclass
class World:
    channel: discord.TextChannel
    other_channel: discord.TextChannel
    foreign_channel: discord.TextChannel
    alice: discord.Member
    bob: discord.Member
    stranger: discord.Member


@dataclass
class Call:
    method: str
    path: str
    payload: dict | None
    message_id: int = 0  # the id Discord gives the message the response created

    @property
    def type(self) -> int | None:
        return (self.payload or {}).get("type")

    @property
    def data(self) -> dict:
        return (self.payload or {}).get("data") or self.payload or {}

    @property
    def ephemeral(self) -> bool:
        return bool(self.data.get("flags", 0) & EPHEMERAL)

    @property
    def content(self) -> str:
        return self.data.get("content") or ""


class InteractionEndpoints(AsyncWebhookAdapter):
    """Discord's interaction endpoints (callback, followups, @original), answering like Discord."""

    def __init__(self, bot: discord.Client) -> None:
        super().__init__()
        self.bot = bot
        self.calls: list[Call] = []

    async def request(self, route, session, *, payload=None, multipart=None, files=None, **_):  # noqa: ANN001
        call = Call(route.method, route.path, payload, facts.make_id())
        self.calls.append(call)
        if route.path.endswith("/callback"):
            data = (payload or {}).get("data") or {}
            return {
                "interaction": {
                    "id": str(route.webhook_id),
                    "type": 3,
                    "response_message_id": str(call.message_id),
                    "response_message_loading": payload.get("type") == DEFERRED_MESSAGE,
                    "response_message_ephemeral": bool(data.get("flags", 0) & EPHEMERAL),
                }
            }
        if route.method in ("POST", "PATCH", "GET"):
            return message_payload(self.bot.user, 0, (payload or {}).get("content") or "")
        return None


def message_payload(author: discord.abc.User, channel_id: int, content: str, **extra: object) -> dict:
    """A MESSAGE object as Discord sends it."""
    return {
        "id": str(facts.make_id()),
        "channel_id": str(channel_id),
        "author": facts.dict_from_user(author),
        "content": content,
        "timestamp": "2025-01-01T00:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        **extra,
    }


_tokens = itertools.count()


async def interact(
    bot, user, channel, type_: int, data: dict, message: dict | None = None
) -> InteractionEndpoints:  # noqa: ANN001
    """Deliver one INTERACTION_CREATE to the bot and wait until it has answered; returns the calls."""
    endpoints = InteractionEndpoints(bot)
    async_context.set(endpoints)
    payload = {
        "id": str(facts.make_id()),
        "application_id": str(bot.user.id),
        "type": type_,
        "data": data,
        "token": f"interaction-token-{next(_tokens)}",
        "version": 1,
        "attachment_size_limit": 8 * 1024 * 1024,
        "locale": "en-US",
        "app_permissions": str(discord.Permissions.all().value),
        "entitlements": [],
        "authorizing_integration_owners": {},
        "channel_id": str(channel.id),
    }
    if isinstance(channel, discord.DMChannel):
        payload["channel"] = {"id": str(channel.id), "type": 1, "recipients": [facts.dict_from_user(user)]}
        payload["user"] = facts.dict_from_user(user)
    else:
        guild = channel.guild
        payload.update(guild_id=str(guild.id), guild_locale="en-US")
        payload["channel"] = {
            "id": str(channel.id),
            "type": 0,
            "guild_id": str(guild.id),
            "name": channel.name,
        }
        # Discord sends the member's permissions in this channel; a stranger has none here.
        in_guild = isinstance(user, discord.Member) and user.guild == guild
        payload["member"] = member_payload(user, channel.permissions_for(user).value if in_guild else 0)
    if message is not None:
        payload["message"] = message
    before = asyncio.all_tasks()
    bot._connection.parse_interaction_create(payload)
    await settle(before)
    return endpoints


async def settle(before: set[asyncio.Task], timeout: float = 30) -> None:
    """Wait for the tasks the event started (and the tasks those started) to finish.

    A view's or modal's timeout task sleeps for minutes by design; it is not waited for.
    """
    me = asyncio.current_task()
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        pending = {
            t
            for t in asyncio.all_tasks() - before
            if t is not me and not t.done() and "timeout_task" not in t.get_coro().__qualname__
        }
        if not pending:
            return
        left = deadline - asyncio.get_running_loop().time()
        assert left > 0, f"interaction still running after {timeout} s: {pending}"
        await asyncio.wait(pending, timeout=left)


async def press(bot, user, channel, custom_id: str, message: dict) -> InteractionEndpoints:  # noqa: ANN001
    return await interact(bot, user, channel, 3, {"custom_id": custom_id, "component_type": 2}, message)


async def slash(bot, user, channel, name: str, **options: str) -> InteractionEndpoints:  # noqa: ANN001
    opts = [{"name": k, "type": 3, "value": v} for k, v in options.items()]
    data = {"id": str(facts.make_id()), "name": name, "type": 1, "options": opts}
    return await interact(bot, user, channel, 2, data)


def bot_message(bot, channel, message_id: str, content: str = "a reply") -> dict:  # noqa: ANN001
    """The bot's reply as Discord includes it in a button interaction: with its buttons."""
    components = reply_view(message_id).to_components()
    return message_payload(bot.user, channel.id, content, components=components)


async def send(text: str, channel, member) -> discord.Message | None:  # noqa: ANN001
    """A user message; returns the bot's last message in answer (not the first-contact notice), as it
    ends up after the streamed edits, or None."""
    await dpytest.message(text, channel=channel, member=member)
    last = None
    while not dpytest.sent_queue.empty():
        sent = dpytest.get_message()
        if not sent.content.startswith("ℹ️"):
            last = sent
    return None if last is None else await channel.fetch_message(last.id)


async def reply_in(service, channel) -> str:  # noqa: ANN001
    """A Kaizen reply in `channel`, as an earlier bot process left it (id only, nothing in memory)."""
    reply = await service.handle_message("discord", 1, channel.id, "hello there")
    return reply.message_id


async def react(bot, user, message, emoji: str) -> None:  # noqa: ANN001
    """A MESSAGE_REACTION_ADD as Discord sends it (dpytest 0.7's lacks fields discord.py 2.7 reads)."""
    data = {
        "user_id": str(user.id),
        "channel_id": str(message.channel.id),
        "message_id": str(message.id),
        "emoji": {"id": None, "name": emoji},
        "type": 0,
        "burst": False,
        "burst_colors": [],
    }
    if message.guild is not None:
        data["guild_id"] = str(message.guild.id)
        data["member"] = member_payload(user)
    bot._connection.parse_message_reaction_add(data)
    await dpytest.run_all_events()


def member_payload(user, permissions: int | None = None) -> dict:  # noqa: ANN001
    """A guild MEMBER object as Discord sends it in events and interactions."""
    out = {
        "user": facts.dict_from_user(user),
        "roles": [],
        "joined_at": "2024-01-01T00:00:00+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
    }
    if permissions is not None:
        out["permissions"] = str(permissions)
    return out


def hide_channel(bot, channel, member) -> None:  # noqa: ANN001
    """A CHANNEL_UPDATE denying `member` the channel (dpytest 0.7 writes overwrite types discord.py 2.7
    does not read)."""
    data = facts.dict_from_channel(channel)
    deny = discord.Permissions(view_channel=True).value
    data["permission_overwrites"] = [{"id": str(member.id), "type": 1, "allow": "0", "deny": str(deny)}]
    bot._connection.parse_channel_update(data)
    assert not channel.permissions_for(member).view_channel


@pytest.fixture
def privacy_logging(settings, caplog):
    """Logging as `main.py serve --log-level DEBUG` sets it up, captured by caplog."""
    from main import hold_noisy_loggers

    names = ["discord", "presidio-analyzer", "httpx", "httpcore", "uvicorn.access", "transformers"]
    saved = {name: logging.getLogger(name).level for name in names}
    settings.log_level = "DEBUG"
    hold_noisy_loggers(settings)
    caplog.set_level(logging.DEBUG)
    yield caplog
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def mention(bot) -> str:  # noqa: ANN001
    return f"<@{bot.user.id}>"


# messages --------------------------------------------------------------------------------------
async def test_dm_turn_gets_a_reply_and_is_stored(bot, world, store):
    dm = await world.alice.create_dm()
    answer = await send("hello bot", dm, world.alice)
    assert answer is not None and answer.channel.id == dm.id and answer.content
    assert store.counts()["messages"] == 2
    mid = bot._replies[answer.id]
    assert store.get_message(mid).role == "assistant"


async def test_guild_answers_a_mention_and_ignores_other_talk(bot, world, store):
    assert await send("just talking among ourselves", world.channel, world.alice) is None
    assert store.counts()["messages"] == 0
    answer = await send(f"{mention(bot)} what is two plus two?", world.channel, world.alice)
    assert answer is not None and answer.channel.id == world.channel.id
    user_msg = store.conversation_messages(store.get_message(bot._replies[answer.id]).conversation_id)[0]
    assert "<@" not in user_msg.text  # the mention is not part of the conversation


async def test_a_reply_to_the_bot_is_answered(bot, world, store):
    answer = await send(f"{mention(bot)} hi", world.channel, world.alice)
    data = facts.make_message_dict(world.channel, world.bob, content="and tomorrow?", type=19)
    # Discord's MESSAGE_CREATE for a reply carries the reference and the message replied to.
    data["message_reference"] = {"message_id": str(answer.id), "channel_id": str(world.channel.id)}
    data["referenced_message"] = message_payload(
        bot.user, world.channel.id, answer.content, id=str(answer.id)
    )
    bot._connection.parse_message_create(data)
    await dpytest.run_all_events()
    assert not dpytest.sent_queue.empty()
    assert store.counts()["messages"] == 4


async def test_a_configured_channel_is_answered_without_mention(bot, world, settings):
    settings.discord.channels.append(world.other_channel.id)
    assert await send("anyone there?", world.channel, world.alice) is None
    assert await send("anyone there?", world.other_channel, world.alice) is not None


async def test_typing_is_shown_while_generating(bot, world):
    typed = []

    async def on_typing(channel):  # noqa: ANN001
        typed.append(channel.id)

    callbacks.set_callback(on_typing, "send_typing")
    try:
        await send(f"{mention(bot)} hi", world.channel, world.alice)
    finally:
        callbacks.remove_callback("send_typing")
    assert typed and typed[0] == world.channel.id


async def test_model_failure_yields_a_short_apology_and_keeps_the_message(bot, world, service, store):
    service.runtime.settings.timeout_seconds = 1e-6  # the real timeout path of the runtime
    answer = await send(f"{mention(bot)} hi", world.channel, world.alice)
    assert answer is not None and answer.content.lower().startswith("sorry")
    assert len(answer.content) < 200 and answer.id not in bot._replies
    assert store.counts()["messages"] == 1  # the user's message is kept


async def test_too_long_message_is_refused_with_a_clear_sentence(bot, world, service, store):
    too_long = "x" * (service.settings.chat.max_message_chars + 1)
    answer = await send(f"{mention(bot)} {too_long}", world.channel, world.alice)
    assert "limit" in answer.content and store.counts()["messages"] == 0


def test_split_message_keeps_every_character_and_the_limit():
    text = ("word " * 900).strip()
    parts = split_message(text)
    assert len(parts) == 3 and all(len(p) <= MESSAGE_LIMIT for p in parts)
    assert " ".join(parts) == text
    code = "intro\n```python\n" + "print('x')\n" * 400 + "```\nend"
    parts = split_message(code)
    assert all(len(p) <= MESSAGE_LIMIT and p.count("```") % 2 == 0 for p in parts)
    assert split_message("short") == ["short"]
    assert split_message("y" * 4500) == ["y" * 1992, "y" * 1992, "y" * 516]


async def test_long_replies_are_sent_in_parts_with_buttons_under_the_last(bot, world, service):
    mid = await reply_in(service, world.channel)
    sent = await bot.send_reply(world.channel, mid, "z " * 2500)
    assert len(sent) == 3 and all(len(m.content) <= MESSAGE_LIMIT for m in sent)
    assert all(bot._replies[m.id] == mid for m in sent)  # a reaction on any part rates the reply
    await dpytest.empty_queue()


# reactions -------------------------------------------------------------------------------------
async def test_reactions_rate_and_a_change_does_not_duplicate(bot, world, store):
    answer = await send(f"{mention(bot)} hi", world.channel, world.alice)
    mid = bot._replies[answer.id]
    await react(bot, world.bob, answer, "👍")
    assert [r.value for r in store.ratings_of(mid)] == [1]
    await react(bot, world.bob, answer, "👎")
    await react(bot, world.bob, answer, "🎉")  # not a rating
    assert [r.value for r in store.ratings_of(mid)] == [-1]
    await react(bot, world.alice, answer, "👍")
    assert sorted(r.value for r in store.ratings_of(mid)) == [-1, 1]


async def test_reactions_on_user_messages_are_ignored(bot, world, store):
    msg = await dpytest.message("not for the bot", channel=world.channel, member=world.alice)
    await react(bot, world.bob, msg, "👍")
    assert store.counts()["ratings"] == 0


# buttons and the modal ---------------------------------------------------------------------------
async def test_buttons_rate_ephemerally_and_pressing_again_changes_the_rating(bot, world, service, store):
    mid = await reply_in(service, world.channel)  # sent by an earlier process: buttons still work
    msg = bot_message(bot, world.channel, mid)
    calls = (await press(bot, world.alice, world.channel, f"kaizen:up:{mid}", msg)).calls
    assert len(calls) == 1 and calls[0].type == CHANNEL_MESSAGE and calls[0].ephemeral
    assert "👍" in calls[0].content
    calls = (await press(bot, world.alice, world.channel, f"kaizen:down:{mid}", msg)).calls
    assert "👎" in calls[0].content
    assert [r.value for r in store.ratings_of(mid)] == [-1]


async def test_members_elsewhere_cannot_rate(bot, world, service, store):
    mid = await reply_in(service, world.channel)
    msg = bot_message(bot, world.channel, mid)
    # The same message id pressed from another guild's channel, and from another channel here.
    for user, channel in ((world.stranger, world.foreign_channel), (world.bob, world.other_channel)):
        calls = (await press(bot, user, channel, f"kaizen:up:{mid}", msg)).calls
        assert calls[0].ephemeral and "only members" in calls[0].content.lower()
    # A member who cannot see the channel (the permissions Discord sends say so).
    hide_channel(bot, world.channel, world.bob)
    calls = (await press(bot, world.bob, world.channel, f"kaizen:up:{mid}", msg)).calls
    assert calls[0].ephemeral and "only members" in calls[0].content.lower()
    assert store.ratings_of(mid) == []


async def test_unknown_reply_id_is_answered_clearly(bot, world):
    msg = bot_message(bot, world.channel, "f" * 32)
    calls = (await press(bot, world.alice, world.channel, f"kaizen:up:{'f' * 32}", msg)).calls
    assert calls[0].ephemeral and "unknown message" in calls[0].content.lower()


async def test_correction_modal_stores_a_scrubbed_better_reply(bot, world, service, store, privacy_logging):
    service.scrubber.settings.replace = "placeholder"  # tags make the scrubbing visible
    caplog = privacy_logging
    mid = await reply_in(service, world.channel)
    msg = bot_message(bot, world.channel, mid)
    opened = (await press(bot, world.alice, world.channel, f"kaizen:fix:{mid}", msg)).calls
    assert len(opened) == 1 and opened[0].type == MODAL
    modal = opened[0].data
    text_input = modal["components"][0]["components"][0]
    assert text_input["type"] == 4 and text_input["max_length"] <= 4000
    better = f"Ask {CANARIES['name']} at {CANARIES['email']}"
    submit = {
        "custom_id": modal["custom_id"],
        "components": [
            {"type": 1, "components": [{"type": 4, "custom_id": text_input["custom_id"], "value": better}]}
        ],
    }
    calls = (await interact(bot, world.alice, world.channel, 5, submit, msg)).calls
    assert calls[0].type == DEFERRED_MESSAGE and calls[0].ephemeral  # acknowledged at once
    assert calls[-1].method == "POST" and calls[-1].ephemeral and "saved" in calls[-1].content
    (rating,) = store.ratings_of(mid)
    assert rating.value == -1 and "<EMAIL_ADDRESS>" in rating.correction
    assert CANARIES["email"] not in rating.correction and CANARIES["email"] not in caplog.text


async def test_correction_modal_is_not_offered_to_outsiders(bot, world, service):
    mid = await reply_in(service, world.channel)
    msg = bot_message(bot, world.channel, mid)
    calls = (await press(bot, world.stranger, world.foreign_channel, f"kaizen:fix:{mid}", msg)).calls
    assert calls[0].type == CHANNEL_MESSAGE and calls[0].ephemeral


async def test_regenerate_defers_then_posts_an_alternative_with_buttons(bot, world, service, store):
    answer = await send(f"{mention(bot)} tell me a joke", world.channel, world.alice)
    mid = bot._replies[answer.id]
    msg = bot_message(bot, world.channel, mid)
    calls = (await press(bot, world.bob, world.channel, f"kaizen:again:{mid}", msg)).calls
    assert calls[0].type == DEFERRED_UPDATE  # within Discord's 3 seconds, before the model runs
    new = dpytest.get_message()
    new_mid = bot._replies[new.id]
    assert new_mid != mid and store.get_message(new_mid).reply_to == store.get_message(mid).reply_to


# slash commands --------------------------------------------------------------------------------
async def test_non_admins_are_refused_status_ephemerally_and_logged_without_text(bot, world, caplog):
    caplog.set_level(logging.INFO)
    calls = (await slash(bot, world.alice, world.channel, "status")).calls
    assert calls[0].ephemeral and "only kaizen admins" in calls[0].content.lower()
    assert "model" not in calls[0].content
    refusals = [r.getMessage() for r in caplog.records if "refused for non-admin" in r.getMessage()]
    assert refusals and str(world.alice.id) not in refusals[0]  # a pseudonym, not the Discord id


async def test_admins_get_status(bot, world, settings, service):
    settings.discord.admins.append(world.alice.id)
    await reply_in(service, world.channel)
    calls = (await slash(bot, world.alice, world.channel, "status")).calls
    # The same status text as Telegram's /status.
    assert calls[0].ephemeral and "messages: 2" in calls[0].content and "(ready)" in calls[0].content
    assert "next scheduled run:" in calls[0].content


async def test_admin_actions_are_plumbed_to_the_trainer(bot, world, settings):
    done = []

    async def approve(actor, adapter_id):  # noqa: ANN001
        assert actor.startswith("discord:")
        done.append(adapter_id)
        return f"approved {adapter_id}"

    bot.admin_actions["approve"] = approve
    calls = (await slash(bot, world.alice, world.channel, "admin", action="approve", adapter="a1")).calls
    assert "only kaizen admins" in calls[0].content.lower() and done == []
    settings.discord.admins.append(world.alice.id)
    calls = (await slash(bot, world.alice, world.channel, "admin", action="approve", adapter="a1")).calls
    assert done == ["a1"] and calls[0].type == DEFERRED_MESSAGE and calls[-1].content == "approved a1"
    calls = (await slash(bot, world.alice, world.channel, "admin", action="rollback")).calls
    assert "cannot rollback" in calls[0].content and calls[0].ephemeral
    with pytest.raises(ValueError, match="unknown admin actions"):
        build_discord_client(bot.service, settings, {"retrain": approve})


async def test_privacy_and_new(bot, world, service, store):
    calls = (await slash(bot, world.alice, world.channel, "privacy")).calls
    assert calls[0].ephemeral and calls[0].content == service.privacy_notice()
    await send(f"{mention(bot)} hi", world.channel, world.alice)
    calls = (await slash(bot, world.alice, world.channel, "new")).calls
    assert calls[0].ephemeral
    assert store.counts()["conversations"] == 2
    answer = await send(f"{mention(bot)} hi again", world.channel, world.alice)
    conv = store.get_message(bot._replies[answer.id]).conversation_id
    assert len(store.conversation_messages(conv)) == 2  # a fresh conversation


async def test_forget_asks_for_confirmation_then_deletes(bot, world, store):
    answer = await send(f"{mention(bot)} remember me", world.channel, world.alice)
    await react(bot, world.alice, answer, "👍")
    asked = (await slash(bot, world.alice, world.channel, "forget")).calls
    assert asked[0].ephemeral and store.counts()["messages"] == 2  # nothing deleted yet
    buttons = asked[0].data["components"][0]["components"]
    confirm = next(b for b in buttons if "Delete" in b["label"])
    prompt = message_payload(
        bot.user, world.channel.id, asked[0].content, flags=EPHEMERAL, components=asked[0].data["components"]
    )
    prompt["id"] = str(asked[0].message_id)
    # Someone else cannot press it.
    calls = (await press(bot, world.bob, world.channel, confirm["custom_id"], prompt)).calls
    assert store.counts()["messages"] == 2
    calls = (await press(bot, world.alice, world.channel, confirm["custom_id"], prompt)).calls
    assert calls[0].type == DEFERRED_UPDATE
    assert calls[-1].method == "PATCH" and "deleted 2 messages and 1 ratings" in calls[-1].content
    assert store.counts()["messages"] == 0 and store.counts()["ratings"] == 0


async def test_commands_typed_as_text_do_what_the_slash_commands_do_and_store_nothing(bot, world, store):
    dm = await world.alice.create_dm()
    await send("remember me", dm, world.alice)
    before = store.counts()
    notice = await send(" /Privacy ", dm, world.alice)
    assert "/forget" in notice.content
    assert (await send("/new", dm, world.alice)).content == "Started a new conversation."
    asked = await send("/forget", dm, world.alice)
    assert "Delete all your messages" in asked.content
    # none of the three reached the model or the store (/new opened a conversation, empty)
    after = store.counts()
    assert (after["messages"], after["ratings"]) == (before["messages"], before["ratings"])
    # text that merely starts with a command word is a message
    await send("/forget what I said about the party?", dm, world.alice)
    assert store.counts()["messages"] == before["messages"] + 2
    # the confirmation under "/forget" deletes, as the slash command's does
    buttons = bot._connection._view_store._views[asked.id].values()
    confirm = next(b for b in buttons if "Delete" in b.label)
    prompt = message_payload(bot.user, dm.id, asked.content)
    prompt["id"] = str(asked.id)
    await press(bot, world.alice, dm, confirm.custom_id, prompt)
    assert store.counts()["messages"] == 0


# privacy ---------------------------------------------------------------------------------------
async def test_canary_pii_never_reaches_the_database_or_the_logs(
    bot, world, settings, service, privacy_logging
):
    service.scrubber.settings.replace = "placeholder"  # tags make the scrubbing visible
    caplog = privacy_logging
    dm = await world.alice.create_dm()
    await send(f"Hi, my name is {CANARIES['name']} and my e-mail is {CANARIES['email']}", dm, world.alice)
    answer = await send(
        f"{mention(bot)} call me at {CANARIES['phone']}, my card is {CANARIES['card']}",
        world.channel,
        world.bob,
    )
    await react(bot, world.bob, answer, "👎")
    await send(f"{mention(bot)} {CANARIES['email'] * 300}", world.channel, world.bob)  # refused: too long
    mid = bot._replies[answer.id]
    await service.rate(
        mid,
        Participant("discord", str(world.bob.id), str(world.channel.id)),
        -1,
        correction=f"Write to {CANARIES['email']}",
    )
    await slash(bot, world.bob, world.channel, "status")
    blob = b"".join(p.read_bytes() for p in settings.data_dir.glob("kaizen.db*"))
    assert blob and caplog.text
    for kind, canary in CANARIES.items():
        for form in {canary, canary.replace(" ", "")}:
            assert form.encode() not in blob, f"{kind} canary in the database"
            assert form not in caplog.text, f"{kind} canary in the logs"
    for tag in (b"<EMAIL_ADDRESS>", b"<PHONE_NUMBER>", b"<CREDIT_CARD>", b"<PERSON>"):
        assert tag in blob


def test_discord_library_logs_are_held_above_debug(privacy_logging):
    # discord.http logs request bodies (reply text) at DEBUG.
    assert logging.getLogger("discord.http").getEffectiveLevel() == logging.INFO
    assert logging.getLogger("kaizen").getEffectiveLevel() == logging.DEBUG


async def test_gate_actions_approve_and_roll_back_from_discord(
    bot, world, settings, service, store, tmp_path
):
    from bot.discord_bot import gate_actions
    from tests.test_promotion import register
    from trainer.registry import active_adapter

    bot.admin_actions.update(gate_actions(service))
    settings.discord.admins.append(world.alice.id)
    cand = register(store, settings.model.base, tmp_path, "cand")
    calls = (await slash(bot, world.alice, world.channel, "admin", action="approve", adapter=cand)).calls
    assert "approved and promoted cand" in calls[-1].content and active_adapter(store).id == cand
    calls = (await slash(bot, world.alice, world.channel, "admin", action="approve", adapter=cand)).calls
    assert calls[-1].content.startswith("already approved by discord:")
    calls = (await slash(bot, world.alice, world.channel, "admin", action="rollback")).calls
    assert calls[-1].content == "rolled back to the base model" and active_adapter(store) is None


async def test_first_contact_shows_the_privacy_notice_once(bot, world):
    def drain() -> list[str]:
        out = []
        while not dpytest.sent_queue.empty():
            out.append(dpytest.get_message().content)
        return out

    await dpytest.message(f"{mention(bot)} hello", channel=world.channel, member=world.alice)
    first = drain()
    await dpytest.message(f"{mention(bot)} hello again", channel=world.channel, member=world.alice)
    second = drain()
    notices = [c for c in first if c.startswith("ℹ️")]
    assert len(notices) == 1 and "/forget" in notices[0] and len(first) == 2
    assert not any(c.startswith("ℹ️") for c in second) and len(second) == 1


# streamed replies ------------------------------------------------------------------------------
@pytest.fixture
def edits():
    """Times of the bot's message edits, as dpytest receives them."""
    at: list[float] = []

    async def on_edit(channel, message, fields):  # noqa: ANN001
        at.append(time.monotonic())

    callbacks.set_callback(on_edit, "edit_message")
    yield at
    callbacks.remove_callback("edit_message")


def _custom_ids(message: discord.Message) -> list[str]:
    return [c.custom_id for row in getattr(message, "components", []) for c in getattr(row, "children", [])]


async def test_a_streamed_reply_grows_by_paced_edits_and_ends_as_stored_with_buttons(
    bot, world, service, store, edits
):
    from tests.helpers import CannedStream

    words = [f"word{i} " for i in range(12)]
    CannedStream.patch(service.runtime, words[:-1] + [words[-1].strip()], delay=0.3)
    answer = await send(f"{mention(bot)} tell me more", world.channel, world.alice)
    mid = bot._replies[answer.id]
    assert answer.content == "".join(words).strip()
    stored = store.get_message(mid)
    assert stored.role == "assistant"
    assert stored.text == service.scrubber.scrub(answer.content, stored.conversation_id)
    assert _custom_ids(answer) == [f"kaizen:{a}:{mid}" for a in ("up", "down", "fix", "again")]
    gaps = [b - a for a, b in zip(edits, edits[1:], strict=False)]
    assert len(edits) >= 2 and min(gaps) >= bot.settings.discord.edit_interval_seconds


async def test_a_long_streamed_reply_ends_in_the_same_parts_as_the_plain_path(
    bot, world, service, monkeypatch
):
    from tests.helpers import CannedStream

    # dpytest keeps no components of a sent message (only of edits): note which sends carry a view.
    with_view: set[int] = set()
    send = discord.abc.Messageable.send

    async def noting_send(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        sent = await send(self, *args, **kwargs)
        if kwargs.get("view") is not None:
            with_view.add(sent.id)
        return sent

    monkeypatch.setattr(discord.abc.Messageable, "send", noting_send)

    words = [f"w{i} " for i in range(1200)]  # ~6,500 characters: four parts
    deltas = ["".join(words[i : i + 150]) for i in range(0, len(words), 150)]
    deltas[-1] = deltas[-1].rstrip()
    CannedStream.patch(service.runtime, deltas, delay=0.05)
    await dpytest.message(f"{mention(bot)} say a lot", channel=world.channel, member=world.alice)
    ids = []
    while not dpytest.sent_queue.empty():
        sent = dpytest.get_message()
        if not sent.content.startswith("ℹ️"):
            ids.append(sent.id)
    parts = [await world.channel.fetch_message(i) for i in ids]
    assert [p.content for p in parts] == split_message("".join(deltas))
    has_buttons = [bool(_custom_ids(p)) or p.id in with_view for p in parts]
    assert has_buttons == [False] * (len(parts) - 1) + [True]  # under the last part only
    assert len({bot._replies[p.id] for p in parts}) == 1  # a reaction on any part rates the reply


async def test_a_streamed_reply_failing_midway_becomes_a_short_apology(bot, world, service, store):
    from bot.runtime import GenerationError
    from tests.helpers import CannedStream

    CannedStream.patch(service.runtime, ["The answer ", "is"], delay=0.05, fail=GenerationError("timeout"))
    answer = await send(f"{mention(bot)} a question", world.channel, world.alice)
    assert answer.content.lower().startswith("sorry") and not _custom_ids(answer)
    assert answer.id not in bot._replies
    assert store.counts()["messages"] == 1  # the user's message is kept; no half reply


async def test_regenerate_streams_by_paced_edits_and_ends_as_stored_with_buttons(
    bot, world, service, store, edits
):
    from tests.helpers import CannedStream

    answer = await send(f"{mention(bot)} tell me a joke", world.channel, world.alice)
    mid = bot._replies[answer.id]
    edits.clear()
    words = [f"again{i} " for i in range(12)]
    CannedStream.patch(service.runtime, words[:-1] + [words[-1].strip()], delay=0.3)
    calls = (
        await press(
            bot, world.bob, world.channel, f"kaizen:again:{mid}", bot_message(bot, world.channel, mid)
        )
    ).calls
    assert calls[0].type == DEFERRED_UPDATE
    first = dpytest.get_message()  # sent at its first words, then edited as it grew
    assert "".join(words).startswith(first.content) and len(first.content) < len("".join(words).strip())
    new = await world.channel.fetch_message(first.id)
    new_mid = bot._replies[new.id]
    assert new.content == "".join(words).strip()
    assert _custom_ids(new) == [f"kaizen:{a}:{new_mid}" for a in ("up", "down", "fix", "again")]
    stored = store.get_message(new_mid)
    assert new_mid != mid and stored.reply_to == store.get_message(mid).reply_to
    assert stored.text == service.scrubber.scrub(new.content, stored.conversation_id)
    gaps = [b - a for a, b in zip(edits, edits[1:], strict=False)]
    assert len(edits) >= 2 and min(gaps) >= bot.settings.discord.edit_interval_seconds


async def test_admins_start_a_training_cycle_with_admin_train(bot, world, settings, service):
    from bot.discord_bot import gate_actions

    bot.admin_actions.update(gate_actions(service))
    settings.discord.admins.append(world.alice.id)
    calls = (await slash(bot, world.alice, world.channel, "admin", action="train")).calls
    assert "not available" in calls[-1].content
    started = []

    async def start_cycle(trigger: str) -> None:
        started.append(trigger)

    service.start_cycle = start_cycle
    calls = (await slash(bot, world.alice, world.channel, "admin", action="train")).calls
    assert started == ["admin"] and "training cycle queued" in calls[-1].content
