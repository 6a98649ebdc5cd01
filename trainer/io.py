"""Export the dataset as JSONL in TRL's standard formats; import conversations from JSONL.

Export formats (one JSON object per line):
- ``messages``: rated conversations, OpenAI form, each assistant turn with its verdict ``rating`` (1 / -1,
  the weighted vote) and ``correction`` when there is one; ``import`` reads it back.
- ``sft``: ``{"prompt": [messages], "completion": [assistant message]}`` (TRL prompt-completion).
- ``kto``: ``{"prompt", "completion", "label"}`` (TRL unpaired preference).
- ``dpo``: ``{"prompt", "chosen", "rejected"}`` (TRL preference).

Import reads OpenAI ``{"messages": [{"role", "content"}]}`` or ShareGPT ``{"conversations": [{"from",
"value"}]}`` lines; assistant turns may carry ``"rating": 1 | -1`` and ``"correction"``. Every text is
scrubbed before it is written. A bad line is reported with its number (never its text) and skipped.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from tqdm import tqdm

from config.settings import Settings
from feedback.models import Conversation, Message, Rating, User, new_id, utcnow
from feedback.store import Store
from privacy import Scrubber, pseudonym
from trainer.dataset import KINDS, build_dataset, vote

log = logging.getLogger(__name__)

FORMATS = ("messages", *KINDS)
SHAREGPT_ROLES = {"human": "user", "user": "user", "gpt": "assistant", "assistant": "assistant"}
SHAREGPT_ROLES |= {"bot": "assistant", "model": "assistant", "system": "system"}


class ImportLineError(ValueError):
    """One line of an import file is malformed; the message says where, not what it contained."""


# --- export ----------------------------------------------------------------------------------------------
def export_jsonl(
    store: Store, settings: Settings, key: bytes, fmt: str, out: Path, progress: bool = True
) -> int:
    """Write the dataset (all of it, training and held-out) in `fmt` to `out`; returns the line count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "messages":
        rows = _conversation_rows(store, settings)
    else:
        rows = [e.to_trl() for e in build_dataset(store, settings, key).examples[fmt]]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with open(tmp, "w", encoding="utf-8") as f:
        for row in tqdm(rows, desc=f"export {fmt}", unit="row", disable=not progress):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(out)
    log.info("exported %d %s rows", len(rows), fmt)
    return len(rows)


def _conversation_rows(store: Store, settings: Settings) -> list[dict]:
    """Rated conversations as OpenAI messages with per-reply verdicts (one reply per user turn)."""
    data = store.rated_data()
    forgotten = {uid for uid, u in data.users.items() if u.forgotten_at is not None}
    rows = []
    for messages in data.messages.values():
        if any(m.user_id in forgotten for m in messages):
            continue
        # Of several replies to one user message (regenerations) the latest continued the conversation.
        latest: dict[str, Message] = {}
        for m in messages:
            if m.role == "assistant" and m.reply_to:
                latest[m.reply_to] = m
        system = next((m.system_prompt for m in messages if m.system_prompt), settings.model.system_prompt)
        turns: list[dict] = [{"role": "system", "content": system}]
        for m in messages:
            if m.role == "user":
                turns.append({"role": "user", "content": m.text})
            elif m.reply_to is None or latest.get(m.reply_to) is m:
                turn = {"role": "assistant", "content": m.text}
                rs = [r for r in data.ratings.get(m.id, []) if r.rater_id not in forgotten]
                verdict = vote(rs, data.users, settings.trainer.admin_weight).value if rs else 0
                if verdict:
                    turn["rating"] = verdict
                correction = next((r.correction for r in rs if r.correction), None)
                if correction:
                    turn["correction"] = correction
                turns.append(turn)
        rows.append({"messages": turns})
    return rows


# --- import ----------------------------------------------------------------------------------------------
@dataclass
class ImportReport:
    conversations: int = 0
    messages: int = 0
    ratings: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)  # "line N: what is wrong"


@dataclass(frozen=True)
class _Turn:
    role: str
    content: str
    rating: int | None = None
    correction: str | None = None


def import_jsonl(
    path: Path,
    store: Store,
    scrubber: Scrubber,
    key: bytes,
    rate_all_good: bool = False,
    progress: bool = True,
) -> ImportReport:
    """Import conversations from a JSONL file (see the module docstring); bad lines are skipped.

    Each imported conversation gets its own pseudonymous author, who also rates its replies. Importing
    the same conversation again is recognised by a keyed hash and skipped.
    """
    report = ImportReport()
    path = Path(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.readlines()
    for number, line in enumerate(tqdm(lines, desc="import", unit="line", disable=not progress), start=1):
        if not line.strip():
            continue
        try:
            turns = parse_line(line)
        except ImportLineError as exc:
            report.errors.append(f"line {number}: {exc}")
            continue
        canonical = json.dumps([t.__dict__ for t in turns], sort_keys=True, ensure_ascii=False)
        import_hash = hmac.new(key, f"import:{canonical}".encode(), hashlib.sha256).hexdigest()[:32]
        if store.has_import(import_hash):
            report.duplicates += 1
            continue
        try:
            n_messages, n_ratings = _write_conversation(
                store, scrubber, key, turns, import_hash, rate_all_good
            )
        except IntegrityError:  # imported by someone else meanwhile
            report.duplicates += 1
            continue
        report.conversations += 1
        report.messages += n_messages
        report.ratings += n_ratings
    log.info(
        "import: %d conversations, %d messages, %d ratings, %d duplicates, %d bad lines",
        report.conversations,
        report.messages,
        report.ratings,
        report.duplicates,
        len(report.errors),
    )
    return report


def parse_line(line: str) -> list[_Turn]:
    """The turns of one JSONL line in OpenAI or ShareGPT form; ImportLineError says what is wrong."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ImportLineError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise ImportLineError("expected a JSON object with 'messages' or 'conversations'")
    if isinstance(obj.get("messages"), list):
        raw, role_key, text_key = obj["messages"], "role", "content"
    elif isinstance(obj.get("conversations"), list):
        raw, role_key, text_key = obj["conversations"], "from", "value"
    else:
        raise ImportLineError("expected a list under 'messages' (OpenAI) or 'conversations' (ShareGPT)")
    turns = []
    seen_user = False
    for i, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise ImportLineError(f"turn {i} is not an object")
        role = SHAREGPT_ROLES.get(str(item.get(role_key, "")).lower())
        if role is None:
            raise ImportLineError(f"turn {i}: unknown {role_key} {str(item.get(role_key))[:20]!r}")
        content = item.get(text_key)
        if not isinstance(content, str) or not content.strip():
            raise ImportLineError(f"turn {i}: {text_key} must be a non-empty string")
        if role == "system" and i != 1:
            raise ImportLineError(f"turn {i}: a system message may only come first")
        rating, correction = item.get("rating"), item.get("correction")
        if role != "assistant" and (rating is not None or correction is not None):
            raise ImportLineError(f"turn {i}: only assistant turns can carry a rating or correction")
        if rating is not None and (isinstance(rating, bool) or rating not in (1, -1)):
            raise ImportLineError(f"turn {i}: rating must be 1 or -1")
        if correction is not None and (not isinstance(correction, str) or not correction.strip()):
            raise ImportLineError(f"turn {i}: correction must be a non-empty string")
        if role == "assistant" and not seen_user:
            raise ImportLineError(f"turn {i}: an assistant turn must answer a user turn")
        seen_user = seen_user or role == "user"
        turns.append(_Turn(role, content, rating, correction))
    if not any(t.role == "assistant" for t in turns):
        raise ImportLineError("no assistant turn")
    return turns


def _write_conversation(
    store: Store, scrubber: Scrubber, key: bytes, turns: list[_Turn], import_hash: str, rate_all_good: bool
) -> tuple[int, int]:
    conv = Conversation(id=new_id(), platform="import", chat_id=import_hash[:32], import_hash=import_hash)
    author = pseudonym(key, "import", import_hash)
    system = turns[0].content if turns[0].role == "system" else None
    started = utcnow()
    messages, ratings = [], []
    last_user: str | None = None
    for i, turn in enumerate(t for t in turns if t.role != "system"):
        text = scrubber.scrub(turn.content, conv.id)
        msg = Message(
            id=new_id(),
            conversation_id=conv.id,
            user_id=author if turn.role == "user" else None,
            role=turn.role,
            text=text,
            reply_to=last_user if turn.role == "assistant" else None,
            system_prompt=system if turn.role == "assistant" else None,
            model="import",
            created_at=started + timedelta(milliseconds=i),  # keeps the order of the turns
        )
        messages.append(msg)
        if turn.role == "user":
            last_user = msg.id
            continue
        correction = scrubber.scrub(turn.correction, conv.id) if turn.correction else None
        value = turn.rating or (-1 if correction else (1 if rate_all_good else None))
        if value is not None:
            ratings.append(Rating(message_id=msg.id, rater_id=author, value=value, correction=correction))
    user = User(id=author, platform="import")
    store.add_imported_conversation(conv, [user], messages, ratings)
    return len(messages), len(ratings)
