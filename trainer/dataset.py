"""From ratings to training examples: SFT, KTO and DPO, with the guards against noise and abuse.

Rules, in the order they apply:

1. Users who asked to be forgotten are excluded: their ratings, and any conversation they spoke in.
2. A reply's verdict is a weighted vote of its ratings: 👍 = +1, 👎 = -1, a correction counts as 👎
   (the rater said the reply should have been different); an admin's vote weighs
   ``trainer.admin_weight``. A positive sum is good, a negative one bad, a tie is no verdict.
3. Examples (the prompt is the conversation up to the reply, with the system prompt then in force):
   - SFT: good replies, and every correction (the corrected text replaces the bot's).
   - KTO: good replies desirable, bad replies undesirable, corrections desirable.
   - DPO: correction (chosen) vs the reply it corrects (rejected); a good regenerated alternative vs a
     bad sibling (replies to the same user message).
4. Review mode (``trainer.review_mode``): only admin-approved examples stay, i.e. an admin voted the way
   the verdict went (both sides of a pair), or an admin wrote the correction.
5. Identical examples are deduplicated.
6. No user contributes more than ``trainer.max_user_share`` of the examples of a kind (each user keeps at
   least one). An example belongs to the rater who decided it (the heaviest agreeing vote, then the
   earliest) or to the correction's author.
7. Implausible corrections (``trainer.correction_outlier_k``): with a scorer (the base model's per-token
   NLL of the correction given its prompt), corrections scoring more than k robust deviations above the
   median correction are dropped with everything built from them; garbage text scores far above real
   answers. Counted as ``dropped["implausible_correction"]``.
8. The held-out split: a keyed hash of the normalised prompt (the user's last turn; ``trainer.heldout_by``
   = ``prompt``), so the same question asked again in another conversation always lands on the same
   side and the gate never scores a prompt the candidate trained on; or of the conversation id
   (``conversation``). Stable across runs and processes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import statistics
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from config.settings import Settings, TrainerSettings
from feedback.models import Message, Rating, User
from feedback.store import Store

KINDS = ("sft", "kto", "dpo")
Turn = dict[str, str]
CountTokens = Callable[[list[Turn]], int]
ScoreReply = Callable[[list[Turn], str], float]  # (prompt, reply) -> per-token NLL under the base model


@dataclass(frozen=True)
class Example:
    """One training example. `prompt` is chat messages (system first) ending with the user's turn."""

    kind: str
    prompt: list[Turn]
    conversation_id: str
    message_id: str
    user_id: str
    approved: bool
    completion: str | None = None  # sft, kto
    label: bool | None = None  # kto: desirable?
    chosen: str | None = None  # dpo
    rejected: str | None = None  # dpo
    heldout: bool = False
    corrected: bool = False  # built from a rater's correction (its text is the completion / chosen)

    @property
    def key(self) -> str:
        """Content hash: two examples with the same key are the same example."""
        body = [self.kind, self.prompt, self.completion, self.label, self.chosen, self.rejected]
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()

    def to_trl(self) -> dict:
        """The example in TRL's conversational prompt-completion / preference format."""
        if self.kind == "sft":
            return {"prompt": self.prompt, "completion": [_assistant(self.completion)]}
        if self.kind == "kto":
            return {"prompt": self.prompt, "completion": [_assistant(self.completion)], "label": self.label}
        return {
            "prompt": self.prompt,
            "chosen": [_assistant(self.chosen)],
            "rejected": [_assistant(self.rejected)],
        }


@dataclass
class TrainingData:
    """Examples of every kind (train and held out), and how many each guard removed."""

    examples: dict[str, list[Example]]
    dropped: dict[str, int] = field(default_factory=dict)

    def train(self, kind: str) -> list[Example]:
        return [e for e in self.examples[kind] if not e.heldout]

    def heldout(self, kind: str) -> list[Example]:
        return [e for e in self.examples[kind] if e.heldout]

    def counts(self) -> dict[str, dict[str, int]]:
        """{kind: {"train": n, "heldout": n}}, and for KTO the desirable/undesirable training counts."""
        out = {k: {"train": len(self.train(k)), "heldout": len(self.heldout(k))} for k in KINDS}
        out["kto"]["desirable"] = sum(1 for e in self.train("kto") if e.label)
        out["kto"]["undesirable"] = sum(1 for e in self.train("kto") if not e.label)
        return out

    @property
    def hash(self) -> str:
        """A short hash of the whole dataset (content and split), for adapter metadata."""
        h = hashlib.sha256()
        for kind in KINDS:
            for e in sorted(self.examples[kind], key=lambda e: e.key):
                h.update(f"{e.key}:{int(e.heldout)}\n".encode())
        return h.hexdigest()[:16]


def is_heldout(key: bytes, unit: str, fraction: float) -> bool:
    """Whether a split unit (see `split_unit`) belongs to the held-out set: a keyed hash, stable forever."""
    digest = hmac.new(key, f"heldout:{unit}".encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < fraction


def normalise_prompt(text: str) -> str:
    """Lower-cased words only, so "What is X?" and "what is x" are the same question."""
    return " ".join(re.findall(r"\w+", text.lower()))


def split_unit(example: Example, by: str) -> str:
    """What decides an example's side: its conversation id, or its normalised last user turn."""
    if by == "conversation":
        return example.conversation_id
    last_user = next((t["content"] for t in reversed(example.prompt) if t["role"] == "user"), "")
    return "prompt:" + normalise_prompt(last_user)


def robust_outliers(values: dict[Hashable, float], k: float) -> set[Hashable]:
    """Keys whose value lies more than k robust deviations above the median (MAD scaled to a normal
    sigma). Nothing is an outlier when the spread is zero: it cannot be estimated."""
    if not values or k <= 0:
        return set()
    median = statistics.median(values.values())
    mad = 1.4826 * statistics.median(abs(v - median) for v in values.values())
    if mad == 0:
        return set()
    return {key for key, v in values.items() if v > median + k * mad}


def drop_implausible_corrections(
    examples: list[Example], score: ScoreReply, k: float, min_count: int
) -> tuple[list[Example], int]:
    """Drop examples built from corrections the base model finds implausible; returns (kept, dropped
    corrections). Fewer than `min_count` corrections: too few to tell what is typical, all kept."""
    prompts: dict[tuple[str, str], list[Turn]] = {}
    for e in examples:
        if e.corrected:
            prompts.setdefault((e.message_id, e.completion or e.chosen or ""), e.prompt)
    if k <= 0 or len(prompts) < min_count:
        return examples, 0
    nll = {key: score(prompt, key[1]) for key, prompt in prompts.items()}
    bad = robust_outliers(nll, k)
    kept = [
        e for e in examples if not (e.corrected and (e.message_id, e.completion or e.chosen or "") in bad)
    ]
    return kept, len(bad)


def choose_method(data: TrainingData, settings: TrainerSettings) -> str:
    """The method in force: the configured one, or for `auto` what the data holds.

    auto: DPO with at least `auto_min_pairs` training pairs; else KTO when there are both desirable
    and undesirable examples; else SFT.
    """
    if settings.method != "auto":
        return settings.method
    counts = data.counts()
    if counts["dpo"]["train"] >= settings.auto_min_pairs:
        return "dpo"
    if counts["kto"]["desirable"] and counts["kto"]["undesirable"]:
        return "kto"
    return "sft"


def build_dataset(
    store: Store,
    settings: Settings,
    key: bytes,
    count_tokens: CountTokens | None = None,
    score_reply: ScoreReply | None = None,
) -> TrainingData:
    """Turn the store's rated conversations into SFT, KTO and DPO examples (see the module rules).

    `count_tokens` (chat messages -> tokens) lets the builder drop the oldest turns of a prompt so that
    prompt and reply fit `trainer.max_seq_length`; without it prompts are kept whole. `score_reply`
    (the base model's per-token NLL) enables the implausible-correction filter; without it none is
    dropped.
    """
    cfg = settings.trainer
    data = store.rated_data()
    forgotten = {uid for uid, u in data.users.items() if u.forgotten_at is not None}
    raw: list[Example] = []
    for conv_id, messages in data.messages.items():
        if any(m.user_id in forgotten for m in messages):
            continue
        raw.extend(
            _conversation_examples(
                conv_id, messages, data.ratings, data.users, forgotten, settings, count_tokens
            )
        )

    dropped = {"implausible_correction": 0, "unapproved": 0, "duplicate": 0, "user_share": 0}
    if score_reply is not None:
        raw, dropped["implausible_correction"] = drop_implausible_corrections(
            raw, score_reply, cfg.correction_outlier_k, cfg.correction_outlier_min
        )
    if cfg.review_mode:
        dropped["unapproved"] = sum(1 for e in raw if not e.approved)
        raw = [e for e in raw if e.approved]
    examples: dict[str, list[Example]] = {}
    for kind in KINDS:
        unique = _dedup([e for e in raw if e.kind == kind])
        dropped["duplicate"] += sum(1 for e in raw if e.kind == kind) - len(unique)
        capped = _cap_user_share(unique, cfg.max_user_share)
        dropped["user_share"] += len(unique) - len(capped)
        examples[kind] = [
            _with_heldout(e, is_heldout(key, split_unit(e, cfg.heldout_by), cfg.heldout_fraction))
            for e in capped
        ]
    return TrainingData(examples, dropped)


# --- one conversation ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    value: int  # 1 good, -1 bad, 0 no verdict
    user_id: str  # who decided it
    approved: bool  # an admin voted this way


def _conversation_examples(
    conv_id: str,
    messages: list[Message],
    ratings: dict[str, list[Rating]],
    users: dict[str, User],
    forgotten: set[str],
    settings: Settings,
    count_tokens: CountTokens | None,
) -> list[Example]:
    cfg = settings.trainer
    out: list[Example] = []
    verdicts: dict[str, Verdict] = {}
    prompts: dict[str, list[Turn]] = {}
    for m in messages:
        if m.role != "assistant":
            continue
        rs = [r for r in ratings.get(m.id, []) if r.rater_id not in forgotten]
        if not rs:
            continue
        prompt = _prompt_for(m, messages, settings.model.system_prompt)
        prompts[m.id] = prompt
        verdict = vote(rs, users, cfg.admin_weight)
        verdicts[m.id] = verdict

        def make(kind: str, user: str, approved: bool, prompt=prompt, m=m, **fields) -> Example:  # noqa: ANN001
            reply = fields.get("completion") or fields.get("chosen") or ""
            fitted = _fit(prompt, reply, cfg.max_seq_length, count_tokens)
            return Example(kind, fitted, conv_id, m.id, user, approved, **fields)

        if verdict.value > 0:
            out.append(make("sft", verdict.user_id, verdict.approved, completion=m.text))
        if verdict.value != 0:
            out.append(
                make("kto", verdict.user_id, verdict.approved, completion=m.text, label=verdict.value > 0)
            )
        for r in rs:
            if r.correction is None:
                continue
            by_admin = users.get(r.rater_id) is not None and users[r.rater_id].is_admin
            fix = {"corrected": True}
            out.append(make("sft", r.rater_id, by_admin, completion=r.correction, **fix))
            out.append(make("kto", r.rater_id, by_admin, completion=r.correction, label=True, **fix))
            out.append(make("dpo", r.rater_id, by_admin, chosen=r.correction, rejected=m.text, **fix))

    # Regenerated alternatives: replies to the same user message are siblings.
    siblings: dict[str, list[Message]] = {}
    for m in messages:
        if m.role == "assistant" and m.reply_to and m.id in verdicts:
            siblings.setdefault(m.reply_to, []).append(m)
    for group in siblings.values():
        good = [m for m in group if verdicts[m.id].value > 0]
        bad = [m for m in group if verdicts[m.id].value < 0]
        for g in good:
            for b in bad:
                fitted = _fit(prompts[g.id], g.text, cfg.max_seq_length, count_tokens)
                approved = verdicts[g.id].approved and verdicts[b.id].approved
                out.append(
                    Example(
                        "dpo", fitted, conv_id, g.id, verdicts[g.id].user_id, approved,
                        chosen=g.text, rejected=b.text,
                    )
                )  # fmt: skip
    return out


def vote(ratings: list[Rating], users: dict[str, User], admin_weight: float) -> Verdict:
    """The verdict on one reply: weighted vote of its ratings (admins weigh more); a correction is 👎."""

    def weight(r: Rating) -> float:
        user = users.get(r.rater_id)
        return admin_weight if user is not None and user.is_admin else 1.0

    def sign(r: Rating) -> int:
        return -1 if r.correction is not None else r.value

    score = sum(weight(r) * sign(r) for r in ratings)
    value = (score > 0) - (score < 0)
    if value == 0:
        return Verdict(0, ratings[0].rater_id, False)
    agreeing = [r for r in ratings if sign(r) == value]  # ratings are in time order
    decider = max(agreeing, key=weight)  # max keeps the first of equals: the earliest
    approved = any(_is_admin(users, r.rater_id) for r in agreeing)
    return Verdict(value, decider.rater_id, approved)


def _is_admin(users: dict[str, User], user_id: str) -> bool:
    return users.get(user_id) is not None and users[user_id].is_admin


def _prompt_for(reply: Message, messages: list[Message], default_system: str) -> list[Turn]:
    """The conversation as the model saw it when it made `reply`: earlier turns, one reply per message.

    Of several replies to one user message (regenerations), the latest one before `reply` continued
    the conversation, as in ChatService.
    """
    turns: list[tuple[str, Message]] = []
    for m in messages:
        if m.id == reply.id or m.created_at > reply.created_at:
            break
        if m.role == "user":
            turns.append(("user", m))
            if m.id == reply.reply_to:
                break
        elif m.reply_to is not None and m.reply_to == reply.reply_to:
            continue  # a sibling of `reply`, not part of its context
        elif turns and turns[-1][0] == "assistant" and turns[-1][1].reply_to == m.reply_to:
            turns[-1] = ("assistant", m)
        else:
            turns.append(("assistant", m))
    system = reply.system_prompt or default_system
    return [{"role": "system", "content": system}] + [{"role": r, "content": m.text} for r, m in turns]


def _fit(prompt: list[Turn], reply: str, max_tokens: int, count_tokens: CountTokens | None) -> list[Turn]:
    """Drop the oldest turns (never the system prompt, never the last user turn) until it all fits."""
    if count_tokens is None:
        return prompt
    system, turns = prompt[:1], list(prompt[1:])
    while len(turns) > 1 and count_tokens(system + turns + [_assistant(reply)]) > max_tokens:
        turns.pop(0)
        while len(turns) > 1 and turns[0]["role"] != "user":
            turns.pop(0)
    return system + turns


def _dedup(examples: list[Example]) -> list[Example]:
    seen: set[str] = set()
    out = []
    for e in examples:
        if e.key not in seen:
            seen.add(e.key)
            out.append(e)
    return out


def _cap_user_share(examples: list[Example], share: float) -> list[Example]:
    """Keep at most `share` of the examples per user (at least one each), dropping in a stable order."""
    by_user: dict[str, list[Example]] = {}
    for e in sorted(examples, key=lambda e: e.key):
        by_user.setdefault(e.user_id, []).append(e)
    limits = {u: len(es) for u, es in by_user.items()}
    while True:
        total = sum(limits.values())
        cap = max(1, int(share * total + 1e-9))
        if all(n <= cap for n in limits.values()):
            break
        limits = {u: min(n, cap) for u, n in limits.items()}
    kept = {id(e) for u, es in by_user.items() for e in es[: limits[u]]}
    return [e for e in examples if id(e) in kept]


def _with_heldout(e: Example, heldout: bool) -> Example:
    return Example(**{**e.__dict__, "heldout": heldout})


def _assistant(text: str | None) -> Turn:
    return {"role": "assistant", "content": text or ""}


def tokenizer_counter(tokenizer) -> CountTokens:  # noqa: ANN001
    """count_tokens for `build_dataset` from a chat tokenizer."""

    def count(turns: list[Turn]) -> int:
        ids = tokenizer.apply_chat_template(turns, tokenize=True)
        if hasattr(ids, "keys"):
            ids = ids["input_ids"]
        return len(ids)

    return count


def as_dicts(examples: list[Example]) -> list[dict]:
    """TRL rows of `examples`."""
    return [e.to_trl() for e in examples]


__all__ = [
    "KINDS",
    "Example",
    "TrainingData",
    "as_dicts",
    "build_dataset",
    "choose_method",
    "drop_implausible_corrections",
    "is_heldout",
    "normalise_prompt",
    "robust_outliers",
    "split_unit",
    "tokenizer_counter",
    "vote",
]
