"""The web admin page `/admin`: training runs, candidate reports, approve / reject / promote / rollback.

Refused without the token `KAIZEN_ADMIN_TOKEN` (header `Authorization: Bearer …`, or `?token=` once,
which sets an http-only cookie). Without a configured token the page is off.
"""

from __future__ import annotations

import hmac
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from pydantic import BaseModel

from bot.service import ChatError, ChatService

PAGE = Path(__file__).with_name("static") / "admin.html"
COOKIE = "kaizen_admin"
ACTOR = "web-admin"


class Unauthorized(ChatError):
    status = 401


class AdapterIn(BaseModel):
    adapter_id: str


class PromoteIn(BaseModel):
    adapter_id: str
    force: bool = False
    reason: str = ""


class RollbackIn(BaseModel):
    reason: str = ""


def admin_router(service: ChatService) -> APIRouter:
    router = APIRouter(prefix="/admin")
    token = service.settings.admin_token.get_secret_value() if service.settings.admin_token else None

    def check(request: Request) -> None:
        if not token:
            raise Unauthorized("the admin page is off: set KAIZEN_ADMIN_TOKEN to enable it")
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        given = given or request.cookies.get(COOKIE, "") or request.query_params.get("token", "")
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise Unauthorized("admin token required")

    @router.get("", response_class=HTMLResponse)
    async def page(request: Request) -> HTMLResponse:
        check(request)
        response = HTMLResponse(PAGE.read_text(encoding="utf-8"))
        if request.query_params.get("token"):
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        return response

    @router.get("/api/state")
    async def state(request: Request) -> dict:
        check(request)
        store = service.store
        return {
            "status": service.status(),
            "runs": [
                {
                    "id": r.id,
                    "status": r.status,
                    "stage": r.stage,
                    "progress": r.progress,
                    "trigger": r.trigger,
                    "adapter_id": r.adapter_id,
                    "error": r.error,
                    "started_at": r.started_at.isoformat(),
                    "finished_at": r.finished_at.isoformat() if r.finished_at else None,
                }
                for r in store.runs(limit=20)
            ],
            "adapters": [service.candidate_summary(a.id) for a in store.adapters()[:20]],
            "activations": [
                {
                    "adapter_id": a.adapter_id,
                    "previous_id": a.previous_id,
                    "action": a.action,
                    "actor": a.actor,
                    "reason": a.reason,
                    "at": a.created_at.isoformat(),
                }
                for a in store.activations(limit=20)
            ],
            "ratings_per_day": store.ratings_per_day(30),
        }

    @router.get("/chart/{adapter_id}")
    async def chart(adapter_id: str, request: Request) -> FileResponse:
        check(request)
        summary = service.candidate_summary(adapter_id)
        if not summary["chart"] or not Path(summary["chart"]).exists():
            raise ChatError("this adapter has no report chart yet")
        return FileResponse(summary["chart"], media_type="image/png")

    @router.post("/api/approve")
    async def approve(body: AdapterIn, request: Request) -> dict:
        check(request)
        return {"message": await service.decide_candidate(body.adapter_id, ACTOR, approve=True)}

    @router.post("/api/reject")
    async def reject(body: AdapterIn, request: Request) -> dict:
        check(request)
        return {"message": await service.decide_candidate(body.adapter_id, ACTOR, approve=False)}

    @router.post("/api/promote")
    async def promote(body: PromoteIn, request: Request) -> dict:
        check(request)
        return {"message": await service.promote(body.adapter_id, ACTOR, body.reason, body.force)}

    @router.post("/api/rollback")
    async def rollback(body: RollbackIn, request: Request) -> dict:
        check(request)
        return {"message": await service.rollback(ACTOR, body.reason)}

    @router.post("/api/train")
    async def train(request: Request) -> JSONResponse:
        check(request)
        if service.start_cycle is None:
            raise ChatError("training cycles are not available in this process")
        await service.start_cycle("admin")
        return JSONResponse({"message": "training cycle queued"}, status_code=202)

    return router
