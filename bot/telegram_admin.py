"""What Telegram admins read: candidate reports, decisions, status and the adapter list, as plain text.

Pure formatting, no Telegram calls. The texts come from ChatService: sample texts are read from the
store, so they are already scrubbed; nothing here is logged.
"""

from __future__ import annotations

import math
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

SAMPLE_CHARS = 300  # per prompt or reply in a report; three samples stay well under one message
REPORT_CHARS = 3500  # leaves room under Telegram's 4096 for the decision line added later
STATUS_ICONS = {"active": "🟢", "eligible": "🟡", "rejected": "🔴", "failed": "⚠️", "retired": "⚪"}


def admin_button(label: str, action: str, arg: str = "") -> InlineKeyboardButton:
    """A button that runs a registered admin action (callback data `admin:<action>:<arg>`, ≤ 64 bytes)."""
    data = f"admin:{action}:{arg}"
    if len(data.encode()) > 64:
        raise ValueError("callback data is limited to 64 bytes")
    return InlineKeyboardButton(label, callback_data=data)


def decision_keyboard(adapter_id: str) -> InlineKeyboardMarkup:
    """✅ Approve / ❌ Reject under a candidate report."""
    return InlineKeyboardMarkup(
        [[admin_button("✅ Approve", "approve", adapter_id), admin_button("❌ Reject", "reject", adapter_id)]]
    )


def candidate_report(summary: dict) -> str:
    """Key numbers, the gate's reasons and up to three side-by-side samples of a candidate."""
    cand = summary["adapter_id"]
    incumbent = summary.get("incumbent") or "the base model"
    fit = summary.get("fit") or {}
    verdict = {True: "eligible", False: "not eligible"}.get(summary.get("eligible"), "not evaluated")
    lines = [
        f"🧪 New candidate adapter {cand} ({summary.get('method') or '?'}): {verdict}",
        f"Compared with: {incumbent}",
        f"Held-out NLL per token (lower is better): candidate {_num(fit.get('candidate_nll'))}, "
        f"incumbent {_num(fit.get('incumbent_nll'))}",
    ]
    ci = fit.get("diff_ci")
    if ci and len(ci) == 2:
        lines.append(f"Difference (candidate − incumbent), 95% interval: [{_num(ci[0])}, {_num(ci[1])}]")
    reasons = summary.get("reasons") or []
    if reasons:
        lines += ["", "Why:", *(f"• {r}" for r in reasons)]
    samples = summary.get("samples") or []
    if samples:
        lines += ["", "Side by side (stored, scrubbed texts):"]
    for i, row in enumerate(samples[:3], 1):
        lines += [
            "",
            f"{i}. Prompt: {_clip(row.get('prompt'))}",
            f"   Reference: {_clip(row.get('reference'))}",
            f"   Candidate: {_clip(row.get(cand))}",
            f"   Incumbent: {_clip(row.get(summary.get('incumbent')))}",
        ]
    lines += ["", "Approve to promote it now, or reject it."]
    text = "\n".join(lines)
    return text if len(text) <= REPORT_CHARS else text[: REPORT_CHARS - 1] + "…"


def decision_line(summary: dict) -> str:
    """How a decided candidate's report ends: who decided what."""
    if summary.get("decision") == "approved":
        return f"✅ Approved by {summary['decided_by']}; status: {summary['status']}"
    if summary.get("decision") == "rejected":
        return f"❌ Rejected by {summary['decided_by']}"
    return f"Status: {summary.get('status')}"


def status_text(status: dict) -> str:
    """The /status message: model, adapter in force, totals, what changed since training, next run."""
    adapter = status.get("adapter") or "none (base model)"
    lines = [
        "📊 Status",
        f"model: {status.get('model')} ({'ready' if status.get('ready') else 'loading'})",
        f"adapter: {adapter}",
        f"conversations: {status.get('conversations', 0)}, messages: {status.get('messages', 0)}, "
        f"ratings: {status.get('ratings', 0)}",
        f"last training: {_when(status.get('last_training')) or 'never'}",
        f"since then: {status.get('ratings_since_training', 0)} ratings in "
        f"{status.get('conversations_since_training', 0)} conversations",
        f"next scheduled run: {_when(status.get('next_scheduled_run')) or 'not scheduled'}",
    ]
    return "\n".join(lines)


def adapters_text(rows: list[dict]) -> str:
    """The /adapters message: newest adapters with status, method, date and decision."""
    if not rows:
        return "No adapters yet. /train starts a training cycle."
    lines = ["🧩 Adapters (newest first)"]
    for r in rows:
        decided = f", {r['decision']} by {r['decided_by']}" if r.get("decision") else ""
        lines.append(
            f"{STATUS_ICONS.get(r['status'], '•')} {r['adapter_id']}: {r['status']}, {r['method']}, "
            f"{_when(r['created_at'])}{decided}"
        )
    return "\n".join(lines)


def _num(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return f"{value:.4f}" if isinstance(value, int | float) else str(value)


def _clip(text: object) -> str:
    text = " ".join(str(text or "—").split())
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"


def _when(iso: str | None) -> str | None:
    """An ISO time as `2026-11-29 06:15 UTC` (naive times are UTC in the store)."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    zone = moment.tzname() or "UTC"
    return f"{moment:%Y-%m-%d %H:%M} {zone}"
