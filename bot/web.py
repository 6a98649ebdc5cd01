"""The local web chat: a page and the JSON API it uses. Translates HTTP to ChatService calls only."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from pydantic import BaseModel, Field, StrictBool, StrictInt

from bot.service import ChatError, ChatService, Participant, Reply

# The chat endpoints refuse a message that is a command; these are the calls to use instead.
COMMAND_ENDPOINTS = {
    "forget": 'POST /api/forget {"session", "confirm": true}',
    "new": 'POST /api/new {"session"}',
    "privacy": "GET /api/privacy",
}

log = logging.getLogger(__name__)
PAGE = Path(__file__).with_name("static") / "chat.html"


class ChatIn(BaseModel):
    session: str = Field(min_length=1, max_length=128)
    text: str


class RateIn(BaseModel):
    message_id: str
    value: StrictInt
    correction: str | None = None
    session: str | None = Field(None, max_length=128)


class SessionIn(BaseModel):
    """A request about one web session alone: /api/consent, /api/new."""

    session: str = Field(min_length=1, max_length=128)


class ForgetIn(SessionIn):
    confirm: StrictBool = False


class RegenerateIn(BaseModel):
    message_id: str
    session: str | None = Field(None, max_length=128)


def create_web_app(service: ChatService) -> FastAPI:
    """The FastAPI app serving the chat page and /api/*."""
    app = FastAPI(title="Kaizen web chat", docs_url=None, redoc_url=None)

    @app.exception_handler(ChatError)
    async def _chat_error(_: Request, exc: ChatError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        # Name the field, never echo the input: it may carry personal data.
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
        return JSONResponse({"error": f"{where}: {first.get('msg', 'invalid request')}"}, status_code=400)

    from bot.web_admin import admin_router

    app.include_router(admin_router(service))

    @app.get("/", response_class=HTMLResponse)
    async def page() -> str:
        return PAGE.read_text(encoding="utf-8")

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        runtime = service.runtime
        status = "ok" if runtime.ready else ("error" if runtime.load_error else "loading")
        # An inference engine (model.backend: openai) can go away after start: ask it now.
        if status == "ok" and hasattr(runtime, "healthy") and not await runtime.healthy():
            status = "unreachable"
        body = {"status": status, "model": runtime.model_name, "adapter": runtime.adapter_id}
        return JSONResponse(body, status_code=200 if status == "ok" else 503)

    def refuse_commands(text: str) -> None:
        # "/forget" typed as a message is a request: it must reach neither the model nor the store.
        command = service.user_command(text)
        if command is not None:
            raise ChatError(f"/{command} is a command, not a message: use {COMMAND_ENDPOINTS[command]}")

    @app.post("/api/chat")
    async def chat(body: ChatIn) -> dict:
        refuse_commands(body.text)
        reply = await service.handle_message("web", body.session, body.session, body.text)
        out = {"message_id": reply.message_id, "reply": reply.text}
        if reply.notice:
            out["notice"] = reply.notice
        return out

    @app.post("/api/consent")
    async def consent(body: SessionIn) -> dict:
        service.give_consent("web", body.session)
        return {"ok": True}

    @app.post("/api/chat/stream")
    async def chat_stream(body: ChatIn) -> StreamingResponse:
        """Server-sent events: `delta` events with text as it is generated, then one `done` event
        with the message id and the whole reply, or an `error` event. Refusals before the reply
        starts are plain JSON errors with their status, like /api/chat."""
        refuse_commands(body.text)
        return await _sse_response(
            service.handle_message_stream("web", body.session, body.session, body.text)
        )

    @app.get("/api/privacy")
    async def privacy() -> dict:
        return {"notice": service.privacy_notice()}

    @app.post("/api/new")
    async def new(body: SessionIn) -> dict:
        """A fresh conversation for this session (/new): earlier messages are no longer context."""
        return {"conversation_id": service.new_conversation("web", body.session)}

    @app.post("/api/forget")
    async def forget(body: ForgetIn) -> dict:
        """/forget. Without `confirm: true` nothing is deleted: the answer says what would be.
        A session never seen is a 404; a second forget finds nothing left and says so."""
        stored = service.stored_about("web", body.session)
        if not body.confirm:
            return {"confirm_needed": True, "would_delete": stored}
        counts = await service.forget("web", body.session)
        return {"deleted": counts, "nothing_to_delete": not (counts["messages"] or counts["ratings"])}

    @app.post("/api/rate")
    async def rate(body: RateIn) -> dict:
        await service.rate(body.message_id, _web_participant(body.session), body.value, body.correction)
        return {"ok": True, "message_id": body.message_id, "value": body.value}

    @app.post("/api/regenerate")
    async def regenerate(body: RegenerateIn) -> dict:
        reply = await service.regenerate(body.message_id, _web_participant(body.session))
        return {"message_id": reply.message_id, "reply": reply.text}

    @app.post("/api/regenerate/stream")
    async def regenerate_stream(body: RegenerateIn) -> StreamingResponse:
        """🔄 as server-sent events, like /api/chat/stream: `delta` events, then `done` or `error`."""
        return await _sse_response(service.regenerate_stream(body.message_id, _web_participant(body.session)))

    return app


async def _sse_response(items: AsyncIterator[str | Reply]) -> StreamingResponse:
    """Start the service's stream; refusals before the reply starts raise (plain JSON errors)."""
    first = await anext(items)  # raises ChatError (400/403/404/413/503) before any byte is sent
    return StreamingResponse(
        _sse_events(first, items),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


async def _sse_events(first: str | Reply, rest: AsyncIterator[str | Reply]) -> AsyncIterator[str]:
    """Format the service's deltas and final reply as server-sent events."""

    def event(item: str | Reply) -> str:
        if isinstance(item, Reply):
            data = {"message_id": item.message_id, "reply": item.text}
            if item.notice:
                data["notice"] = item.notice
            return f"event: done\ndata: {json.dumps(data)}\n\n"
        return f"event: delta\ndata: {json.dumps({'delta': item})}\n\n"

    try:
        yield event(first)
        async for item in rest:
            yield event(item)
    except ChatError as exc:  # the reply failed midway; the user's message is stored
        yield f"event: error\ndata: {json.dumps({'error': str(exc), 'status': exc.status})}\n\n"
    finally:
        await rest.aclose()


def _web_participant(session: str | None) -> Participant:
    # Without a session the unguessable message id is the capability (local, single-user web chat).
    return Participant(platform="web", user=session or "web-local", chat=session)
