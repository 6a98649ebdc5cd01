"""The admin texts both chat platforms share: numbers, clipping, decisions, status and adapter lists."""

from bot.admin_text import adapters_text, clip, decision_line, number, one_line, status_text, verdict


def test_numbers_clips_and_one_line_samples():
    assert number(None) == number(float("nan")) == "n/a"
    assert number(1.234567) == "1.2346" and number("x") == "x"
    assert clip("", 5) == "—" and clip("abcdefgh", 5) == "abcd…" and clip("abc", 5) == "abc"
    assert one_line("a\n  b\tc", 10) == "a b c" and one_line("word " * 10, 8) == "word wo…"


def test_decisions_and_verdicts_read_the_same_everywhere():
    assert decision_line({"decision": "approved", "decided_by": "tg:ab", "status": "active"}) == (
        "✅ Approved by tg:ab; status: active"
    )
    assert decision_line({"decision": "rejected", "decided_by": "dc:cd"}) == "❌ Rejected by dc:cd"
    assert decision_line({"status": "eligible"}) == "Status: eligible"
    assert [verdict({"eligible": v}) for v in (True, False, None)] == [
        "eligible",
        "not eligible",
        "not evaluated",
    ]


def test_status_and_adapter_list():
    text = status_text({"model": "m", "ready": True, "messages": 3, "last_training": "2026-11-29T06:15:00"})
    assert (
        "model: m (ready)" in text and "messages: 3" in text and "last training: 2026-11-29 06:15 UTC" in text
    )
    assert "next scheduled run: not scheduled" in text
    assert adapters_text([]) == "No adapters yet. /train starts a training cycle."
    rows = [{"adapter_id": "a1", "status": "active", "method": "sft", "created_at": "2026-11-28T01:02:00",
             "decision": "approved", "decided_by": "web"}]  # fmt: skip
    assert adapters_text(rows).splitlines()[1] == "🟢 a1: active, sft, 2026-11-28 01:02 UTC, approved by web"
