"""A stand-in for the Telegram Bot API on loopback, for driving the real PTB Application in tests.

It answers like the real API (`{"ok": true, "result": ...}`, errors with `error_code`, `description`
and, for 429, `parameters.retry_after`), keeps the messages the bot sent, records every call, and lets
a test inject updates: messages, replies, mentions and callback queries.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

# Fields whose values PTB sends as raw strings (everything else is JSON-encoded).
STRING_FIELDS = {
    "text",
    "caption",
    "parse_mode",
    "callback_query_id",
    "action",
    "url",
    "secret_token",
    "language_code",
}
PHOTO_MAX_BYTES = 10 * 1024 * 1024  # Telegram's limit for photos uploaded with sendPhoto
CAPTION_LIMIT = 1024
BOT_USER = {"id": 999, "is_bot": True, "first_name": "Kaizen", "username": "kaizen_test_bot"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200
    at: float = field(default_factory=time.monotonic)  # when the call arrived


@dataclass
class _Failure:
    error_code: int
    description: str
    retry_after: int | None
    times: int


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


@dataclass
class FakeBotApi:
    """The server; `await api.start()` then point PTB's base_url at `api.base_url`."""

    token: str = "123456:TEST-TOKEN"
    bot: dict[str, Any] = field(default_factory=lambda: dict(BOT_USER))
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)  # not yet confirmed by an offset
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # scope json -> commands
    webhook: dict[str, Any] = field(default_factory=dict)
    uploads: dict[str, bytes] = field(default_factory=dict)  # file_id -> bytes of uploaded photos

    def __post_init__(self) -> None:
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._failures: dict[str, list[_Failure]] = {}
        self._new_update = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port: int | None = None
        self.max_long_poll_s = 0.5  # shorter than PTB's read timeout, so polls end cleanly

    # life cycle --------------------------------------------------------------------------------
    async def start(self, port: int = 0) -> FakeBotApi:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # test controls -----------------------------------------------------------------------------
    def fail_next(
        self, method: str, error_code: int, description: str, retry_after: int | None = None, times: int = 1
    ) -> None:
        """Make the next `times` calls of `method` fail as the real API would."""
        self._failures.setdefault(method, []).append(_Failure(error_code, description, retry_after, times))

    def add_update(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue an update (`payload` is e.g. {"message": {...}}); returns it with its update_id."""
        update = {"update_id": next(self._update_ids), **payload}
        self.updates.append(update)
        self._new_update.set()
        return update

    def requeue(self, update: dict[str, Any]) -> None:
        """Deliver an already confirmed update again (what Telegram does after a crash)."""
        self.updates.insert(0, update)
        self._new_update.set()

    def send_text(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        reply_to: dict[str, Any] | None = None,
        first_name: str = "Ann",
    ) -> dict[str, Any]:
        """A user writes `text` (in their private chat unless `chat_id` names a group)."""
        message = {
            "message_id": next(self._message_ids),
            "from": {"id": user_id, "is_bot": False, "first_name": first_name},
            "chat": _chat(chat_id if chat_id is not None else user_id),
            "date": int(time.time()),
            "text": text,
        }
        entities = _entities(text)
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = _public(reply_to)
        self.messages[(message["chat"]["id"], message["message_id"])] = message
        return self.add_update({"message": message})

    def press(self, user_id: int, message: dict[str, Any], data: str, chat_id: int | None = None) -> dict:
        """A user presses an inline button with `data` under `message` (as seen in `chat_id`)."""
        shown = _public(message)
        if chat_id is not None:  # e.g. a forwarded copy of the message in another chat
            shown["chat"] = _chat(chat_id)
        query = {
            "id": str(next(self._callback_ids)),
            "from": {"id": user_id, "is_bot": False, "first_name": "Ann"},
            "message": shown,
            "chat_instance": str(shown["chat"]["id"]),
            "data": data,
        }
        return self.add_update({"callback_query": query})

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and c.status == 200]

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Messages the bot sent (optionally to one chat), oldest first."""
        ordered = sorted(self.messages.items(), key=lambda kv: kv[0][1])
        return [m for (c, _), m in ordered if chat_id in (None, c) and m["from"]["id"] == self.bot["id"]]

    async def wait_for(self, predicate: Any, timeout: float = 15.0) -> Any:
        """Wait until `predicate()` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out; calls were: {[c.method for c in self.calls]}")

    # the API -----------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        call = Call(method, params)
        self.calls.append(call)
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            self._maybe_fail(method)
            handler = getattr(self, "api_" + method, None)
            if handler is None:
                raise ApiError(404, "Not Found")
            result = await handler(params)
        except ApiError as exc:
            call.status = exc.code
            body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.retry_after is not None:
                body["parameters"] = {"retry_after": exc.retry_after}
            return web.json_response(body, status=exc.code)
        return web.json_response({"ok": True, "result": result})

    def _maybe_fail(self, method: str) -> None:
        queue = self._failures.get(method)
        if queue:
            failure = queue[0]
            failure.times -= 1
            if failure.times <= 0:
                queue.pop(0)
            raise ApiError(failure.error_code, failure.description, failure.retry_after)

    async def api_getMe(self, p: dict) -> dict:
        return {**self.bot, "can_join_groups": True, "can_read_all_group_messages": False}

    async def api_getUpdates(self, p: dict) -> list[dict]:
        offset = int(p.get("offset") or 0)
        if offset > 0:  # confirms every update below the offset
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        timeout = min(float(p.get("timeout") or 0), self.max_long_poll_s)
        if not self.updates and timeout > 0:
            self._new_update.clear()
            with _suppress_timeout():
                await asyncio.wait_for(self._new_update.wait(), timeout)
        limit = int(p.get("limit") or 100)
        return sorted(self.updates, key=lambda u: u["update_id"])[:limit]

    async def api_deleteWebhook(self, p: dict) -> bool:
        if p.get("drop_pending_updates"):
            self.updates.clear()
        self.webhook = {}
        return True

    async def api_setWebhook(self, p: dict) -> bool:
        if not str(p.get("url", "")).startswith("https://"):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = dict(p)
        return True

    async def api_getWebhookInfo(self, p: dict) -> dict:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": 0,
        }

    async def api_setMyCommands(self, p: dict) -> bool:
        self.commands[json.dumps(p.get("scope") or {"type": "default"}, sort_keys=True)] = p["commands"]
        return True

    async def api_getMyCommands(self, p: dict) -> list:
        return self.commands.get(json.dumps(p.get("scope") or {"type": "default"}, sort_keys=True), [])

    async def api_sendChatAction(self, p: dict) -> bool:
        return True

    async def api_answerCallbackQuery(self, p: dict) -> bool:
        return True

    async def api_sendMessage(self, p: dict) -> dict:
        text = p.get("text") or ""
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        if p.get("parse_mode") == "Markdown":
            _check_markdown(text)
        chat_id = int(p["chat_id"])
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": self.bot,
            "chat": _chat(chat_id),
            "date": int(time.time()),
            "text": text,
        }
        for key in ("reply_markup", "entities", "parse_mode"):
            if p.get(key):
                message[key] = p[key]
        reply = p.get("reply_parameters") or {}
        replied = self.messages.get((chat_id, reply.get("message_id")))
        if replied is not None:
            message["reply_to_message"] = replied
        self.messages[(chat_id, message["message_id"])] = message
        return _public(message)

    async def api_sendPhoto(self, p: dict) -> dict:
        """A photo uploaded as multipart/form-data (or re-sent by file_id), as the real API takes it."""
        photo = p.get("photo")
        if isinstance(photo, dict) and "data" in photo:
            data = photo["data"]
            if not data:
                raise ApiError(400, "Bad Request: file must be non-empty")
            if len(data) > PHOTO_MAX_BYTES:
                raise ApiError(400, "Bad Request: file is too big")
            width, height = _image_size(data)
            file_id = f"photo-{len(self.uploads) + 1}"
            self.uploads[file_id] = data
        elif isinstance(photo, str) and photo in self.uploads:
            file_id, data = photo, self.uploads[photo]
            width, height = _image_size(data)
        else:
            raise ApiError(400, "Bad Request: there is no photo in the request")
        caption = p.get("caption") or ""
        if len(caption.encode("utf-16-le")) // 2 > CAPTION_LIMIT:
            raise ApiError(400, "Bad Request: message caption is too long")
        chat_id = int(p["chat_id"])
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": self.bot,
            "chat": _chat(chat_id),
            "date": int(time.time()),
            "photo": [
                {
                    "file_id": file_id,
                    "file_unique_id": file_id,
                    "width": width,
                    "height": height,
                    "file_size": len(data),
                }
            ],
        }
        if caption:
            message["caption"] = caption
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        self.messages[(chat_id, message["message_id"])] = message
        return _public(message)

    def _stored(self, p: dict) -> dict[str, Any]:
        message = self.messages.get((int(p.get("chat_id", 0)), int(p.get("message_id", 0))))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    async def api_editMessageReplyMarkup(self, p: dict) -> dict:
        message = self._stored(p)
        markup = p.get("reply_markup") or None
        if markup == message.get("reply_markup"):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message",
            )
        message["reply_markup"] = markup
        return _public(message)

    async def api_editMessageText(self, p: dict) -> dict:
        message = self._stored(p)
        text = p.get("text") or ""
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        if p.get("parse_mode") == "Markdown":
            _check_markdown(text)
        if text == message.get("text") and (p.get("reply_markup") or None) == message.get("reply_markup"):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message",
            )
        message["text"] = text
        message["reply_markup"] = p.get("reply_markup") or None
        return _public(message)


class _suppress_timeout:
    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type | None, *rest: object) -> bool:
        return exc_type is TimeoutError


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        return await request.json()
    raw = dict(await request.post()) if request.can_read_body else {}
    raw.update(request.query)
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, web.FileField):  # a multipart upload (sendPhoto, sendDocument…)
            params[key] = {
                "filename": value.filename,
                "content_type": value.content_type,
                "data": value.file.read(),
            }
            continue
        value = str(value)
        if key in STRING_FIELDS:
            params[key] = value
            continue
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


def _image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG (from its IHDR chunk); anything else is refused like Telegram does."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or len(data) < 24:
        raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _chat(chat_id: int) -> dict[str, Any]:
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": "Ann"}
    return {"id": chat_id, "type": "supergroup", "title": "Test group"}


def _entities(text: str) -> list[dict[str, Any]]:
    """bot_command and mention entities, the way Telegram marks them (offsets in UTF-16 units)."""
    out = []
    pos = 0
    for word in text.split(" "):
        kind = (
            "bot_command"
            if word.startswith("/") and pos == 0
            else "mention"
            if word.startswith("@")
            else None
        )
        if kind and len(word) > 1:
            offset = len(text[:pos].encode("utf-16-le")) // 2
            out.append({"type": kind, "offset": offset, "length": len(word.encode("utf-16-le")) // 2})
        pos += len(word) + 1
    return out


def _check_markdown(text: str) -> None:
    """Telegram's legacy Markdown refuses unclosed *, _, ` and [ entities."""
    for mark in ("*", "_", "`"):
        if text.count(mark) % 2:
            offset = len(text[: text.index(mark)].encode())
            raise ApiError(
                400,
                f"Bad Request: can't parse entities: Can't find end of the entity starting at byte offset {offset}",
            )


def _public(message: dict[str, Any]) -> dict[str, Any]:
    """A message as the API returns it (no bookkeeping keys; replies nest one level only)."""
    out = {k: v for k, v in message.items() if k != "parse_mode"}
    if "reply_to_message" in out:
        out["reply_to_message"] = {
            k: v for k, v in out["reply_to_message"].items() if k != "reply_to_message"
        }
    # Only inline keyboards come back with a message (a ForceReply markup does not).
    if not (out.get("reply_markup") or {}).get("inline_keyboard"):
        out.pop("reply_markup", None)
    return out
