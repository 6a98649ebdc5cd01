"""The per-chat pacer of growing replies: one budget per chat, shared by its replies; the full text always
ends on screen; chats never wait for each other. Platform-free: a recording stand-in sends and edits."""

from __future__ import annotations

import asyncio
import time

from bot.reply_pacer import ChatPacer, GrowingReply, Shown

INTERVAL = 0.2  # seconds between calls in one chat; small so the tests stay fast


class RecordingReply(GrowingReply[dict]):
    """A growing reply whose 'platform' is a list of (time, chat, call, text), cut in `limit` pieces."""

    def __init__(self, pacer: ChatPacer, chat: object, calls: list, limit: int = 1000) -> None:
        super().__init__(pacer, chat)
        self.calls: list[tuple[float, object, str, str]] = calls
        self.limit = limit

    def split(self, text: str) -> list[str]:
        return [text[i : i + self.limit] for i in range(0, len(text), self.limit)] or [""]

    async def _send(self, text: str, markup: object, final: bool) -> dict:
        self.calls.append((time.monotonic(), self.chat, "send", text))
        await asyncio.sleep(0.01)  # a network round trip
        return {"text": text, "markup": markup}

    async def _edit(self, shown: Shown[dict], text: str, markup: object, final: bool) -> None:
        self.calls.append((time.monotonic(), self.chat, "edit", text))
        await asyncio.sleep(0.01)
        shown.message = {"text": text, "markup": markup}

    async def _delete(self, shown: Shown[dict]) -> None:
        self.calls.append((time.monotonic(), self.chat, "delete", shown.text))


async def _grow(reply: RecordingReply, words: list[str], delay: float = 0.02) -> list[dict]:
    """Feed the reply word by word as a model would, then finish it with a keyboard."""
    sofar = ""
    for word in words:
        sofar += word
        await reply.show(sofar)
        await asyncio.sleep(delay)
    return await reply.finish(sofar, "keyboard")


def _gaps(calls: list, chat: object) -> list[float]:
    times = [t for t, c, _, _ in calls if c == chat]
    return [b - a for a, b in zip(times, times[1:], strict=False)]


async def test_two_replies_in_one_chat_share_its_budget_and_both_end_with_the_full_text():
    pacer, calls = ChatPacer(INTERVAL), []
    one, two = RecordingReply(pacer, 7, calls, limit=200), RecordingReply(pacer, 7, calls, limit=200)
    words_one = [f"alpha{i} " for i in range(50)]
    words_two = [f"beta{i} " for i in range(40)]
    shown_one, shown_two = await asyncio.gather(_grow(one, words_one, 0.03), _grow(two, words_two, 0.03))
    # Every send and edit in the chat, whichever reply made it, is at least an interval after the last.
    gaps = _gaps(calls, 7)
    assert len(gaps) >= 4 and min(gaps) >= INTERVAL - 0.01
    # Both end with the full text, cut in pieces, with the keyboard under the last piece only.
    for shown, words in ((shown_one, words_one), (shown_two, words_two)):
        assert "".join(m["text"] for m in shown) == "".join(words)
        assert [m["markup"] for m in shown] == [None] * (len(shown) - 1) + ["keyboard"]
    # Both grew on screen before the end: they took turns, neither starved while the other streamed.
    assert one.edits >= 2 and two.edits >= 2
    growing = [text[:4] for _, _, _, text in calls[:6]]
    assert growing.count("alph") == growing.count("beta") == 3


async def test_replies_in_different_chats_do_not_wait_for_each_other():
    pacer, calls = ChatPacer(INTERVAL), []
    words = [f"w{i} " for i in range(25)]
    started = time.monotonic()
    await _grow(RecordingReply(ChatPacer(INTERVAL), "solo", []), words)
    alone_seconds = time.monotonic() - started
    started = time.monotonic()
    a, b = await asyncio.gather(
        _grow(RecordingReply(pacer, "a", calls), words), _grow(RecordingReply(pacer, "b", calls), words)
    )
    together_seconds = time.monotonic() - started
    assert "".join(m["text"] for m in a) == "".join(m["text"] for m in b) == "".join(words)
    # Each chat keeps its own pace: its calls as many as alone, and the pair takes about as long as one.
    assert together_seconds < alone_seconds + INTERVAL
    assert min(_gaps(calls, "a")) >= INTERVAL - 0.01 and min(_gaps(calls, "b")) >= INTERVAL - 0.01
    # Calls of the two chats interleave closer than the interval (no shared budget between chats).
    times = sorted((t, c) for t, c, _, _ in calls)
    cross = [t2 - t1 for (t1, c1), (t2, c2) in zip(times, times[1:], strict=False) if c1 != c2]
    assert cross and min(cross) < INTERVAL / 2


async def test_a_finish_right_after_an_edit_waits_its_turn_and_still_sends_the_full_text():
    pacer, calls = ChatPacer(INTERVAL), []
    reply = RecordingReply(pacer, 1, calls)
    await reply.show("The first words")
    await reply.show("The first words and more")  # inside the interval: skipped, not queued
    assert [c for _, _, c, _ in calls] == ["send"]
    shown = await reply.finish("The first words and more, finished.", "keyboard")
    assert [c for _, _, c, _ in calls] == ["send", "edit"] and calls[-1][3] == shown[0]["text"]
    assert shown[0]["text"] == "The first words and more, finished." and shown[0]["markup"] == "keyboard"
    assert calls[1][0] - calls[0][0] >= INTERVAL - 0.01


async def test_a_failing_reply_becomes_the_apology_within_the_chat_budget():
    pacer, calls = ChatPacer(INTERVAL), []
    reply = RecordingReply(pacer, 3, calls)
    await reply.show("Half a")
    await reply.fail("Sorry, no reply this time.")
    assert [(c, t) for _, _, c, t in calls] == [("send", "Half a"), ("edit", "Sorry, no reply this time.")]
    assert calls[1][0] - calls[0][0] >= INTERVAL - 0.01
    # Nothing shown yet: the apology is sent as a new message.
    fresh = RecordingReply(pacer, 4, calls)
    await fresh.fail("Sorry.")
    assert calls[-1][1:3] == (4, "send")


async def test_extra_pieces_shown_mid_stream_are_deleted_at_the_end():
    pacer, calls = ChatPacer(0.0), []
    reply = RecordingReply(pacer, 5, calls, limit=40)
    await reply.show("x" * 90)  # three pieces on screen
    shown = await reply.finish("y" * 50, None)  # the whole is two pieces
    assert [m["text"] for m in shown] == ["y" * 40, "y" * 10]
    assert [c for _, _, c, _ in calls].count("delete") == 1


def test_per_chat_intervals_and_idle_chats_are_free():
    clock = [100.0]
    pacer = ChatPacer(lambda chat: 1.0 if chat > 0 else 3.0, clock=lambda: clock[0])
    assert pacer.free(1) and pacer.free(-1)
    pacer.mark(1)
    pacer.mark(-1)
    clock[0] += 1.5
    assert pacer.free(1) and not pacer.free(-1)  # a group waits longer than a private chat
    clock[0] += 1.5
    assert pacer.free(-1)
