import asyncio

import pytest

from bot.service import (
    ChatError,
    EmptyMessage,
    MessageTooLong,
    NotAllowed,
    Participant,
    ReplyFailed,
    UnknownMessage,
)


async def test_a_turn_stores_both_messages_with_surrogates_by_default(service, store):
    text = "Hello, I am John Smith, mail john@example.com"
    reply = await service.handle_message("web", "alice", "chat-a", text)
    stored = store.conversation_messages(reply.conversation_id)[0].text
    assert "John Smith" not in stored and "john@example.com" not in stored
    assert stored.startswith("Hello, I am ") and "<" not in stored


async def test_a_turn_stores_both_messages_scrubbed(service, store, settings):
    settings.privacy.replace = "placeholder"
    reply = await service.handle_message(
        "web", "alice", "chat-a", "Hello, I am John Smith, mail john@example.com"
    )
    assert reply.message_id and isinstance(reply.text, str)
    msgs = store.conversation_messages(reply.conversation_id)
    assert [m.role for m in msgs] == ["user", "assistant"]
    assert "john@example.com" not in msgs[0].text and "<EMAIL_ADDRESS>" in msgs[0].text
    assert msgs[1].reply_to == msgs[0].id
    assert msgs[1].model and msgs[1].latency_ms is not None
    assert msgs[1].system_prompt == service.settings.model.system_prompt


async def test_empty_and_too_long_messages_are_refused(service, store):
    with pytest.raises(EmptyMessage):
        await service.handle_message("web", "u", "c", "   ")
    with pytest.raises(MessageTooLong):
        await service.handle_message("web", "u", "c", "x" * (service.settings.chat.max_message_chars + 1))
    assert store.counts()["messages"] == 0


async def test_context_is_kept_per_chat_and_new_starts_fresh(service):
    r1 = await service.handle_message("web", "u", "chat-1", "first")
    r2 = await service.handle_message("web", "u", "chat-1", "second")
    r3 = await service.handle_message("web", "u", "chat-2", "other chat")
    assert r1.conversation_id == r2.conversation_id != r3.conversation_id
    ctx = service._context(r1.conversation_id)
    assert [t["content"] for t in ctx.turns if t["role"] == "user"] == ["first", "second"]
    fresh = service.new_conversation("web", "chat-1")
    r4 = await service.handle_message("web", "u", "chat-1", "third")
    assert r4.conversation_id == fresh != r1.conversation_id


async def test_rating_rules(service, store):
    reply = await service.handle_message("telegram", 5, -100, "hi group")
    member = Participant("telegram", "6", "-100")
    outsider = Participant("telegram", "7", "-200")
    await service.rate(reply.message_id, member, 1)
    await service.rate(reply.message_id, member, 1)  # double click
    await service.rate(reply.message_id, member, -1, correction="A better answer, says Mary Major")
    ratings = store.ratings_of(reply.message_id)
    assert len(ratings) == 1 and ratings[0].value == -1
    assert "Mary Major" not in ratings[0].correction
    with pytest.raises(NotAllowed):
        await service.rate(reply.message_id, outsider, 1)
    with pytest.raises(UnknownMessage):
        await service.rate("no-such-id", member, 1)
    with pytest.raises(ChatError):
        await service.rate(reply.message_id, member, 2)
    with pytest.raises(ChatError):
        await service.rate(reply.message_id, member, True)
    with pytest.raises(EmptyMessage):
        await service.rate(reply.message_id, member, -1, correction="  ")
    user_msg = store.conversation_messages(reply.conversation_id)[0]
    with pytest.raises(ChatError, match="only the bot"):
        await service.rate(user_msg.id, member, 1)
    assert len(store.ratings_of(reply.message_id)) == 1


async def test_regenerate_keeps_both_replies(service, store):
    reply = await service.handle_message("web", "u", "c", "tell me something")
    alt = await service.regenerate(reply.message_id, Participant("web", "u", "c"))
    assert alt.message_id != reply.message_id
    msgs = store.conversation_messages(reply.conversation_id)
    replies = [m for m in msgs if m.role == "assistant"]
    assert {m.id for m in replies} == {reply.message_id, alt.message_id}
    assert replies[0].reply_to == replies[1].reply_to
    # The conversation continues from the alternative.
    assert service._context(reply.conversation_id).turns[-1]["id"] == alt.message_id
    with pytest.raises(NotAllowed):
        await service.regenerate(reply.message_id, Participant("web", "x", "other"))


async def test_regenerate_works_after_a_restart_from_the_scrubbed_history(service, store, settings, scrubber):
    from bot.service import ChatService

    reply = await service.handle_message("web", "u", "c", "question")
    restarted = ChatService(settings, store, scrubber, service.runtime)
    alt = await restarted.regenerate(reply.message_id)
    assert store.get_message(alt.message_id).reply_to == store.get_message(reply.message_id).reply_to


async def test_a_failed_reply_keeps_the_users_message(service, store, monkeypatch):
    monkeypatch.setattr(service.runtime.settings, "timeout_seconds", 0.000001)
    with pytest.raises(ReplyFailed):
        await service.handle_message("web", "u", "c", "will time out")
    msgs = [
        m
        for m in store.conversation_messages(store.latest_conversation("web", service.chat_id("web", "c")).id)
    ]
    assert [m.role for m in msgs] == ["user"]


async def test_admins_come_from_the_settings(service):
    assert service.is_admin("telegram", 1001) and service.is_admin("discord", "2001")
    assert not service.is_admin("telegram", 2001) and not service.is_admin("web", "1001")


async def test_concurrent_chats_are_all_answered(service):
    replies = await asyncio.gather(*(service.handle_message("web", f"u{i}", f"c{i}", "hi") for i in range(5)))
    assert len({r.message_id for r in replies}) == 5


async def test_forget_deletes_a_users_messages_replies_and_ratings(service, store):
    mine = await service.handle_message("telegram", 11, -5, "my secret plans")
    theirs = await service.handle_message("telegram", 12, -5, "another person's message")
    await service.rate(theirs.message_id, Participant("telegram", "11", "-5"), 1)
    await service.rate(mine.message_id, Participant("telegram", "12", "-5"), -1)
    counts = await service.forget("telegram", 11)
    assert counts == {"messages": 2, "ratings": 2, "adapters_flagged": 0}
    left = store.conversation_messages(theirs.conversation_id)
    assert {m.id for m in left if m.role == "assistant"} == {theirs.message_id}
    assert all(m.user_id != service.user_id("telegram", "11") for m in left)
    assert store.ratings_of(theirs.message_id) == []
    assert store.get_user(service.user_id("telegram", "11")).forgotten_at is not None
    assert all("my secret plans" not in t["content"] for c in service._contexts.values() for t in c.turns)
    assert service.status()["messages"] == 2
