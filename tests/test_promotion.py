"""Registry promotion and rollback, admin approval, hot swap from another process, the admin page."""

import json

import httpx
import pytest
import torch

from bot.promotions import AdapterFollower
from bot.runtime import ModelRuntime
from bot.service import ChatError, ChatService, NotAllowed, Participant
from feedback.models import Adapter
from tests.helpers import make_tiny_adapter
from trainer.registry import PromotionError, active_adapter, promote, rollback

pytestmark = pytest.mark.both_databases


def register(store, model_dir, tmp_path, name: str, status: str = "eligible", seed: int = 1) -> str:
    path = make_tiny_adapter(model_dir, tmp_path / name, seed=seed)
    evaluation = {"decision": {"eligible": status == "eligible", "reasons": ["fit better: test"]}, "fit": {}}
    store.add_adapter(
        Adapter(
            id=name, status=status, path=str(path), base_model="tiny", base_fingerprint="x", method="sft",
            dataset_hash="d", evaluation=json.dumps(evaluation),
        )
    )  # fmt: skip
    return name


def logits(runtime: ModelRuntime) -> torch.Tensor:
    ids = torch.tensor([runtime.build_prompt([{"role": "user", "content": "hello"}])])
    with torch.no_grad():
        return runtime.model(input_ids=ids).logits[0, -1]


def test_promote_and_rollback_walk_the_history(store, tiny_model_dir, tmp_path):
    a = register(store, tiny_model_dir, tmp_path, "a")
    b = register(store, tiny_model_dir, tmp_path, "b", seed=2)
    promote(store, a, "cli", "first")
    promote(store, b, "cli", "second")
    assert active_adapter(store).id == b and store.get_adapter(a).status == "retired"
    assert rollback(store, "cli").adapter_id == a
    assert rollback(store, "cli").adapter_id is None  # back to the base model
    with pytest.raises(PromotionError, match="nothing to roll back"):
        rollback(store, "cli")
    history = [(x.action, x.adapter_id, x.actor) for x in store.activations()]
    assert history == [
        ("rollback", None, "cli"), ("rollback", "a", "cli"), ("promote", "b", "cli"), ("promote", "a", "cli")
    ]  # fmt: skip


def test_ineligible_needs_force_with_a_reason_and_is_recorded(store, tiny_model_dir, tmp_path):
    r = register(store, tiny_model_dir, tmp_path, "r", status="rejected")
    with pytest.raises(PromotionError, match="not eligible"):
        promote(store, r, "cli")
    with pytest.raises(PromotionError, match="needs a reason"):
        promote(store, r, "cli", force=True)
    promote(store, r, "cli", reason="the admin knows better", force=True)
    last = store.activations()[0]
    assert (last.action, last.reason) == ("force", "the admin knows better")
    with pytest.raises(PromotionError, match="already active"):
        promote(store, r, "cli", force=True, reason="again")
    with pytest.raises(PromotionError, match="unknown"):
        promote(store, "ghost", "cli")


def test_a_corrupt_adapter_is_refused_before_anything_changes(store, tiny_model_dir, tmp_path):
    good = register(store, tiny_model_dir, tmp_path, "good")
    promote(store, good, "cli")
    bad = register(store, tiny_model_dir, tmp_path, "bad")
    (tmp_path / "bad" / "adapter_model.safetensors").unlink()
    with pytest.raises(ValueError, match="weights"):
        promote(store, bad, "cli")
    assert active_adapter(store).id == good


async def test_follower_hot_swaps_promotions_made_elsewhere_and_restart_keeps_them(
    settings, store, scrubber, tiny_model_dir, tmp_path
):
    runtime = ModelRuntime(settings.model)
    runtime.load()
    service = ChatService(settings, store, scrubber, runtime)
    follower = AdapterFollower(service)
    base = logits(runtime)
    a = register(store, tiny_model_dir, tmp_path, "a")
    promote(store, a, "cli")  # as if from `python main.py adapters promote` in another process
    assert await follower.sync() == a
    assert runtime.adapter_id == a and not torch.allclose(base, logits(runtime))
    reply = await service.handle_message("web", "u", "c", "hi")
    assert store.get_message(reply.message_id).adapter_id == a
    # A restart: a fresh runtime follows the registry to the same adapter.
    fresh = ModelRuntime(settings.model)
    fresh.load()
    assert await AdapterFollower(ChatService(settings, store, scrubber, fresh)).sync() == a
    rollback(store, "cli")
    assert await follower.sync() is None and torch.allclose(base, logits(runtime), atol=1e-5)


async def test_a_corrupt_active_adapter_is_failed_and_rolled_back(
    settings, store, scrubber, tiny_model_dir, tmp_path
):
    runtime = ModelRuntime(settings.model)
    runtime.load()
    follower = AdapterFollower(ChatService(settings, store, scrubber, runtime))
    good = register(store, tiny_model_dir, tmp_path, "good")
    promote(store, good, "cli")
    await follower.sync()
    broken = register(store, tiny_model_dir, tmp_path, "broken")
    promote(store, broken, "cli")
    (tmp_path / "broken" / "adapter_model.safetensors").write_bytes(b"garbage")  # corrupted after promotion
    assert await follower.sync() == good
    assert runtime.adapter_id == good
    assert store.get_adapter(broken).status == "failed"
    assert store.activations()[0].actor == "runtime"


async def test_admin_approval_first_decision_wins_and_non_admins_are_refused(
    service, store, tiny_model_dir, tmp_path
):
    cand = register(store, tiny_model_dir, tmp_path, "cand")
    with pytest.raises(NotAllowed):
        service.admin_actor(Participant("telegram", "555", "555"))
    admin = service.admin_actor(Participant("telegram", "1001", "1001"))
    other_admin = service.admin_actor(Participant("discord", "2001", "9"))
    assert "approved and promoted" in await service.decide_candidate(cand, admin, approve=True)
    assert active_adapter(store).id == cand
    later = await service.decide_candidate(cand, other_admin, approve=False)
    assert later == f"already approved by {admin}"
    assert active_adapter(store).id == cand
    rejected = register(store, tiny_model_dir, tmp_path, "nope")
    assert "rejected" in await service.decide_candidate(rejected, admin, approve=False)
    assert store.get_adapter(rejected).status == "rejected"
    with pytest.raises(ChatError):
        await service.decide_candidate("ghost", admin, approve=True)


async def test_admin_page_needs_the_token(service, store, settings, tiny_model_dir, tmp_path):
    from pydantic import SecretStr

    from bot.web import create_web_app

    cand = register(store, tiny_model_dir, tmp_path, "cand")
    transport = httpx.ASGITransport(app=create_web_app(service))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        assert (await c.get("/admin")).status_code == 401  # no token configured: the page is off
    settings.admin_token = SecretStr("s3cret")
    transport = httpx.ASGITransport(app=create_web_app(service))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        assert (await c.get("/admin")).status_code == 401
        assert (await c.get("/admin/api/state", headers={"Authorization": "Bearer wrong"})).status_code == 401
        assert (await c.post("/admin/api/approve", json={"adapter_id": cand})).status_code == 401
        auth = {"Authorization": "Bearer s3cret"}
        state = (await c.get("/admin/api/state", headers=auth)).json()
        assert state["adapters"][0]["adapter_id"] == cand and state["adapters"][0]["status"] == "eligible"
        r = await c.post("/admin/api/approve", json={"adapter_id": cand}, headers=auth)
        assert r.status_code == 200 and "promoted" in r.json()["message"]
        r = await c.post("/admin/api/approve", json={"adapter_id": cand}, headers=auth)
        assert "already approved by web-admin" in r.json()["message"]
        r = await c.post("/admin/api/rollback", json={"reason": "test"}, headers=auth)
        assert r.json()["message"] == "rolled back to the base model"
        page = await c.get("/admin?token=s3cret")
        assert (
            page.status_code == 200
            and "Kaizen admin" in page.text
            and "kaizen_admin" in page.headers["set-cookie"]
        )


async def test_an_approval_that_cannot_promote_does_not_stand(service, store, tiny_model_dir, tmp_path):
    cand = register(store, tiny_model_dir, tmp_path, "cand")
    (tmp_path / "cand" / "adapter_model.safetensors").unlink()
    admin = service.admin_actor(Participant("telegram", "1001", "1001"))
    with pytest.raises(ChatError, match="weights"):
        await service.decide_candidate(cand, admin, approve=True)
    assert store.get_adapter(cand).decision is None and active_adapter(store) is None
