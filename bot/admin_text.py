"""What admins read on any platform, as plain text: status, adapter lists, decisions and numbers.

Platform-free formatting shared by the Telegram and Discord adapters (each lays it out in its own
messages or embeds). Texts come from ChatService: sample texts are read from the store, so they are
already scrubbed; nothing here is logged.
"""

from __future__ import annotations

import math
from datetime import datetime

STATUS_ICONS = {"active": "🟢", "eligible": "🟡", "rejected": "🔴", "failed": "⚠️", "retired": "⚪"}


def verdict(summary: dict) -> str:
    """The gate's verdict on a candidate in words: eligible, not eligible or not evaluated."""
    return {True: "eligible", False: "not eligible"}.get(summary.get("eligible"), "not evaluated")


def decision_line(summary: dict) -> str:
    """Who decided what about a candidate, and where it stands now."""
    if summary.get("decision") == "approved":
        return f"✅ Approved by {summary['decided_by']}; status: {summary['status']}"
    if summary.get("decision") == "rejected":
        return f"❌ Rejected by {summary['decided_by']}"
    return f"Status: {summary.get('status')}"


def status_text(status: dict) -> str:
    """The status message: model, adapter in force, totals, what changed since training, next run."""
    adapter = status.get("adapter") or "none (base model)"
    lines = [
        "📊 Status",
        f"model: {status.get('model')} ({'ready' if status.get('ready') else 'loading'})",
        f"adapter: {adapter}",
        f"conversations: {status.get('conversations', 0)}, messages: {status.get('messages', 0)}, "
        f"ratings: {status.get('ratings', 0)}",
        f"last training: {when(status.get('last_training')) or 'never'}",
        f"since then: {status.get('ratings_since_training', 0)} ratings in "
        f"{status.get('conversations_since_training', 0)} conversations",
        f"next scheduled run: {when(status.get('next_scheduled_run')) or 'not scheduled'}",
    ]
    return "\n".join(lines)


def adapters_text(rows: list[dict], train_hint: str = "/train") -> str:
    """The adapter list: newest adapters with status, method, date and decision."""
    if not rows:
        return f"No adapters yet. {train_hint} starts a training cycle."
    lines = ["🧩 Adapters (newest first)"]
    for r in rows:
        decided = f", {r['decision']} by {r['decided_by']}" if r.get("decision") else ""
        lines.append(
            f"{STATUS_ICONS.get(r['status'], '•')} {r['adapter_id']}: {r['status']}, {r['method']}, "
            f"{when(r['created_at'])}{decided}"
        )
    return "\n".join(lines)


def number(value: object) -> str:
    """A metric with four decimals, or `n/a` when missing or NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return f"{value:.4f}" if isinstance(value, int | float) else str(value)


def clip(text: object, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis (an em dash when empty)."""
    text = str(text or "—")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(text: object, limit: int) -> str:
    """`text` on one line (whitespace runs become one space), clipped to `limit` characters."""
    return clip(" ".join(str(text or "—").split()), limit)


def when(iso: str | None) -> str | None:
    """An ISO time as `2026-11-29 06:15 UTC` (naive times are UTC in the store)."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    zone = moment.tzname() or "UTC"
    return f"{moment:%Y-%m-%d %H:%M} {zone}"
