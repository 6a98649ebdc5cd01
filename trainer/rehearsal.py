"""Rehearsal: the base model's own replies to general requests, mixed into training.

Users rate what they ask about; a week of short chat corrections teaches their terse style, and that
style can cost what the ratings never show (on the learning benchmark: code answers). Rehearsal keeps
those abilities by training on a share of examples whose reply is what the base model already says:
`trainer.rehearsal_share` of the SFT (or KTO, as desirable) training rows are prompts from
`trainer.rehearsal_prompts` (default: `trainer/data/rehearsal_prompts.txt`, general requests written
for Kaizen), answered greedily by the base model before LoRA is attached. The same seed picks the same
prompts every cycle, and the replies are cached by base model, so only the first cycle generates them.

No user text is involved: the prompts ship with Kaizen (or are the admin's file) and the replies are
the base model's; they are cached in `data_dir/rehearsal_replies.json`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import re
from pathlib import Path

from config.settings import TrainerSettings
from trainer.dataset import Example
from trainer.reply_cache import read_json_dict, write_json_atomic

log = logging.getLogger(__name__)

DEFAULT_PROMPTS = Path(__file__).resolve().parent / "data" / "rehearsal_prompts.txt"
REHEARSAL_USER = "rehearsal"  # the author of rehearsal examples: no person, never a contributor


class RehearsalError(ValueError):
    """The rehearsal prompts cannot be read; the message names the file and the problem."""


def load_prompts(path: str | Path | None) -> list[str]:
    """The prompts of a rehearsal file: one per line, blank lines and `#` comments skipped."""
    path = Path(path) if path else DEFAULT_PROMPTS
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RehearsalError(f"trainer.rehearsal_prompts: cannot read {path}: {exc}") from exc
    prompts = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not prompts:
        raise RehearsalError(f"trainer.rehearsal_prompts: {path} holds no prompts")
    return prompts


def rehearsal_count(rated: int, share: float, available: int) -> int:
    """How many rehearsal rows make up `share` of the training rows next to `rated` rated ones."""
    if share <= 0 or rated <= 0:
        return 0
    return min(available, round(rated * share / (1 - share)))


def finished_reply(text: str, cut: bool) -> str:
    """A reply that ends where a reply may end. A reply cut by the token limit loses its unfinished code
    block and is trimmed to its last sentence or line end (training on half a sentence would teach the
    model to stop mid-sentence); a code block the model itself left open is closed."""
    text = text.strip()
    if cut:
        if text.count("```") % 2:
            text = text[: text.rindex("```")].rstrip()
        ends = [m.end() for m in re.finditer(r"[.!?](?=\s)|[.!?]$|\n", text)]
        if ends:
            text = text[: ends[-1]].rstrip()
    if text.count("```") % 2:
        text += "\n```"
    return text


class ReplyCache:
    """The base model's rehearsal replies, by a hash of (base model, system prompt, length, prompt)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @staticmethod
    def key(base: str, system_prompt: str, max_new_tokens: int, prompt: str) -> str:
        body = json.dumps([base, system_prompt, max_new_tokens, prompt])
        return hashlib.sha256(body.encode()).hexdigest()

    def read(self) -> dict[str, str]:
        return read_json_dict(self.path)

    def write(self, data: dict[str, str]) -> None:
        write_json_atomic(self.path, data)


def rehearsal_examples(
    model,  # noqa: ANN001
    tokenizer,  # noqa: ANN001
    cfg: TrainerSettings,
    kind: str,
    rated: int,
    system_prompt: str,
    base: str,
    cache_path: Path,
) -> list[Example]:
    """`cfg.rehearsal_share` of the training rows as rehearsal examples of `kind` (sft or kto), next to
    `rated` rated rows; [] when off or for DPO (rehearsal has no rejected side)."""
    from trainer.evaluate import greedy_replies

    if kind not in ("sft", "kto") or cfg.rehearsal_share <= 0:
        return []
    prompts = load_prompts(cfg.rehearsal_prompts)
    n = rehearsal_count(rated, cfg.rehearsal_share, len(prompts))
    if not n:
        return []
    chosen = random.Random(cfg.seed).sample(prompts, n)
    limit = cfg.rehearsal_max_new_tokens
    cache = ReplyCache(cache_path)
    known = cache.read()
    keys = [ReplyCache.key(base, system_prompt, limit, p) for p in chosen]
    missing = [p for p, k in zip(chosen, keys, strict=True) if k not in known]
    if missing:
        log.info("rehearsal: generating the base model's replies to %d prompts", len(missing))
        chats = [
            [{"role": "system", "content": system_prompt}, {"role": "user", "content": p}] for p in missing
        ]
        replies = greedy_replies(model, tokenizer, chats, max_new_tokens=limit)
        for prompt, reply in zip(missing, replies, strict=True):
            cut = len(tokenizer(reply, add_special_tokens=False)["input_ids"]) >= limit - 1
            known[ReplyCache.key(base, system_prompt, limit, prompt)] = finished_reply(reply, cut)
        cache.write(known)
    examples = []
    for i, (prompt, key) in enumerate(zip(chosen, keys, strict=True)):
        reply = known[key]
        if not reply:
            continue  # a base model that says nothing has nothing to rehearse
        examples.append(
            Example(
                kind=kind,
                prompt=[{"role": "system", "content": system_prompt}, {"role": "user", "content": prompt}],
                conversation_id=f"rehearsal:{i}",
                message_id=f"rehearsal:{i}",
                user_id=REHEARSAL_USER,
                approved=True,
                completion=reply,
                label=True if kind == "kto" else None,
            )
        )
    return examples
