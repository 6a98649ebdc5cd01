"""What Telegram admins read: candidate reports and their Approve / Reject keyboard, as plain text.

Pure formatting, no Telegram calls; status, adapter list and decision texts are `bot.admin_text`'s. The texts come from ChatService: sample texts are read from the
store, so they are already scrubbed; nothing here is logged.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.admin_text import number, one_line, verdict

SAMPLE_CHARS = 300  # per prompt or reply in a report; three samples stay well under one message
REPORT_CHARS = 3500  # leaves room under Telegram's 4096 for the decision line added later


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
    lines = [
        f"🧪 New candidate adapter {cand} ({summary.get('method') or '?'}): {verdict(summary)}",
        f"Compared with: {incumbent}",
        f"Held-out NLL per token (lower is better): candidate {number(fit.get('candidate_nll'))}, "
        f"incumbent {number(fit.get('incumbent_nll'))}",
    ]
    ci = fit.get("diff_ci")
    if ci and len(ci) == 2:
        lines.append(f"Difference (candidate − incumbent), 95% interval: [{number(ci[0])}, {number(ci[1])}]")
    reasons = summary.get("reasons") or []
    if reasons:
        lines += ["", "Why:", *(f"• {r}" for r in reasons)]
    samples = summary.get("samples") or []
    if samples:
        lines += ["", "Side by side (stored, scrubbed texts):"]
    for i, row in enumerate(samples[:3], 1):
        lines += [
            "",
            f"{i}. Prompt: {_sample(row.get('prompt'))}",
            f"   Reference: {_sample(row.get('reference'))}",
            f"   Candidate: {_sample(row.get(cand))}",
            f"   Incumbent: {_sample(row.get(summary.get('incumbent')))}",
        ]
    lines += ["", "Approve to promote it now, or reject it."]
    text = "\n".join(lines)
    return text if len(text) <= REPORT_CHARS else text[: REPORT_CHARS - 1] + "…"


def _sample(text: object) -> str:
    return one_line(text, SAMPLE_CHARS)
