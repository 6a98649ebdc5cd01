"""Growing replies, platform-free: a reply sent at its first words and edited as it grows, paced per chat.

Chat platforms limit messages per *chat* (Telegram: about one a second in a private chat, 20 a minute in
a group; edits count), not per reply. `ChatPacer` holds one budget per chat, so two replies growing in
the same chat take turns, while replies in different chats never wait for each other. `GrowingReply`
is the skeleton both adapters share: `show` the text so far when the chat's turn is free (else skip it:
a later delta carries the same text and more), `finish` with the full text (waits for its turn, so the
full text is always sent), `fail` with an apology. A platform subclass only sends and edits one message.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator, Callable, Hashable
from contextlib import AsyncExitStack, aclosing, asynccontextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

MAX_IDLE_CHATS = 10_000  # chat entries kept before the idle ones are forgotten

Chat = Hashable
M = TypeVar("M")  # a platform's message object


class ChatPacer:
    """At most one send or edit per chat every `interval(chat)` seconds, shared by all its replies."""

    def __init__(
        self,
        interval: float | Callable[[Chat], float],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = interval if callable(interval) else (lambda _chat, s=float(interval): s)
        self.clock = clock
        self._last: dict[Chat, float] = {}  # chat -> clock time the last call in it finished
        self._locks: dict[Chat, asyncio.Lock] = {}
        # chat -> replies turned away there: (first time, last time) they asked
        self._waiting: dict[Chat, dict[object, tuple[float, float]]] = {}

    def free(self, chat: Chat, who: object = None) -> bool:
        """Whether `who` may make a call in `chat` now without waiting: nobody else's turn, the interval
        has passed, and no other reply there was turned away longer ago than it (so replies sharing a
        chat take turns instead of the fastest one taking every slot)."""
        lock = self._locks.get(chat)
        now = self.clock()
        waiting = self._waiting.setdefault(chat, {})
        if (lock is not None and lock.locked()) or self._wait(chat) > 0:
            if who is not None:
                first = waiting.get(who, (now, now))[0]
                waiting[who] = (first, now)
            return False
        # Replies not heard from within an interval have stopped asking (finished or gone).
        for other, (_, seen) in list(waiting.items()):
            if now - seen > self.interval(chat):
                del waiting[other]
        longest = min(waiting, key=lambda w: waiting[w][0], default=None)
        if who is not None and longest is not None and longest is not who:
            waiting.setdefault(who, (now, now))
            return False
        return True

    def leave(self, chat: Chat, who: object) -> None:
        """`who` asks for no more turns in `chat` (it took its turn, or it is done)."""
        self._waiting.get(chat, {}).pop(who, None)

    @asynccontextmanager
    async def turn(self, chat: Chat, who: object = None) -> AsyncIterator[None]:
        """Wait for this chat's turn, make the call inside, and start the chat's next interval after it."""
        lock = self._locks.setdefault(chat, asyncio.Lock())
        async with lock:
            await self.wait_until_due(chat)
            self.leave(chat, who)
            try:
                yield
            finally:
                self.mark(chat)
        self._forget_idle()

    def mark(self, chat: Chat) -> None:
        """A call in `chat` just happened (also a refused one: it counts against the limit too)."""
        self._last[chat] = self.clock()

    async def wait_until_due(self, chat: Chat) -> None:
        """Sleep until the chat's interval since its last call has passed (the caller holds its turn)."""
        while (wait := self._wait(chat)) > 0:  # a loop: the event loop may wake a timer a little early
            await asyncio.sleep(wait)

    def _wait(self, chat: Chat) -> float:
        return self._last.get(chat, -math.inf) + self.interval(chat) - self.clock()

    def _forget_idle(self) -> None:
        if len(self._last) <= MAX_IDLE_CHATS:
            return
        idle = [c for c in self._last if self._wait(c) <= 0 and not self._locks[c].locked()]
        for chat in idle:  # past its interval: nothing to remember
            del self._last[chat]
            self._locks.pop(chat, None)
            self._waiting.pop(chat, None)


@dataclass
class Shown(Generic[M]):
    """One platform message of a reply and what it shows now."""

    message: M
    text: str
    markup: Any  # buttons/keyboard under it, or None
    final: bool  # sent in its final form (e.g. Markdown tried)


class GrowingReply(Generic[M]):
    """The messages of one reply in one chat; subclasses send and edit, this decides when and what."""

    # Whether a piece's final form differs from its growing form with the same text (Telegram: Markdown).
    final_form_differs = False

    def __init__(self, pacer: ChatPacer, chat: Chat) -> None:
        self.pacer = pacer
        self.chat = chat
        self.shown: list[Shown[M]] = []
        self.edits = 0

    @property
    def started(self) -> bool:
        """Whether any text is on screen yet."""
        return bool(self.shown)

    async def show(self, text: str) -> None:
        """Show the text so far if the chat's turn is free now; otherwise skip (the next delta retries)."""
        if text.strip() and self.pacer.free(self.chat, self):
            await self._render(text, None, final=False)

    async def finish(self, text: str, markup: Any) -> list[M]:
        """Show the full text with `markup` under its last piece, waiting for the chat's turns."""
        try:
            await self._render(text, markup, final=True)
        finally:
            self.pacer.leave(self.chat, self)
        return [s.message for s in self.shown]

    async def fail(self, apology: str) -> None:
        """Replace the growing piece with `apology` (or send it, if nothing was shown yet)."""
        async with self.pacer.turn(self.chat, self):
            if not self.started:
                await self._send(apology, None, final=False)
            else:
                shown = self.shown[-1]
                await self._edit(shown, apology, None, final=False)
                self.edits += 1
                shown.text, shown.markup, shown.final = apology, None, False

    # --- for subclasses -----------------------------------------------------------------------
    def split(self, text: str) -> list[str]:
        """The pieces `text` is sent in (each within the platform's length limit)."""
        raise NotImplementedError

    async def _send(self, text: str, markup: Any, final: bool) -> M:
        """Send a new message; the first one answers the user's message."""
        raise NotImplementedError

    async def _edit(self, shown: Shown[M], text: str, markup: Any, final: bool) -> None:
        """Change what `shown.message` shows (may set `shown.message` to the edited message)."""
        raise NotImplementedError

    async def _delete(self, shown: Shown[M]) -> None:
        """Remove a message the full text no longer needs."""
        raise NotImplementedError

    # ---------------------------------------------------------------------------------------
    async def _render(self, text: str, markup: Any, final: bool) -> None:
        # Pieces are cut from the first `limit` characters after the previous cut, so every piece but
        # the last is already the piece the full text will have.
        pieces = self.split(text)
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            done = final or not last  # a piece followed by another one is complete
            piece_markup = markup if final and last else None
            if i < len(self.shown) and self._unchanged(self.shown[i], piece, piece_markup, done):
                continue
            if not final and not self.pacer.free(self.chat, self):
                return  # the rest waits for a later delta; one call per turn of the chat
            async with self.pacer.turn(self.chat, self):
                if i < len(self.shown):
                    shown = self.shown[i]
                    await self._edit(shown, piece, piece_markup, done)
                    self.edits += 1
                    shown.text, shown.markup, shown.final = piece, piece_markup, done
                else:
                    message = await self._send(piece, piece_markup, done)
                    self.shown.append(Shown(message, piece, piece_markup, done))
        if final:
            # Text shown mid-stream (e.g. an open code fence) can split into more pieces than the whole.
            for extra in self.shown[len(pieces) :]:
                await self._delete(extra)
            del self.shown[len(pieces) :]

    def _unchanged(self, shown: Shown[M], text: str, markup: Any, final: bool) -> bool:
        same_form = shown.final == final or not self.final_form_differs
        return shown.text == text and shown.markup == markup and same_form


async def show_stream(items: AsyncIterator[Any], growing: GrowingReply, typing: AsyncExitStack) -> Any:
    """Feed a service stream (text pieces, then the stored Reply) into a growing reply.

    The first words close `typing` (they replace "typing…"). Returns the Reply, or None if the stream
    ended without one. aclosing: if the platform fails midway, the service drops the half reply.
    """
    reply, sofar = None, ""
    async with aclosing(items):
        async for item in items:
            if not isinstance(item, str):
                reply = item
                continue
            sofar += item
            if sofar.strip():
                await typing.aclose()
                await growing.show(sofar)
    return reply
