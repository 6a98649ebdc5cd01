"""Train Kaizen's learned PII tagger and judge it on held-out sets it never saw.

Trains the CRF of `privacy/tagger.py` on the labelled sentences of `bench/pii.py`'s *read* sets (dev,
held-out, held-out 2 … held-out `--upto`: the sets whose misses earlier rounds read) and on the look-alike
sentences of `bench/pii_lookalikes.py` (no personal data), each built from its own seed and from
`--copies` - 1 further seeds (the same templates with new values), and writes the model (default: `privacy/data/pii_tagger.crfsuite`, the one the Scrubber loads).

Then it judges every held-out set after `--upto` (never trained on, never read) three ways, side by side:
the rules alone (`privacy.tagger = false`), the tagger alone, and the Scrubber as it runs (rules and
tagger merged). JSON to `reports/bench/pii_tagger.json`.

    python bench/train_pii_tagger.py                  # the shipped model (about 2-4 minutes on 2 cores)
    python bench/train_pii_tagger.py --upto 23 --out /tmp/t.crfsuite   # judge on held-out 24 and later
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tqdm import tqdm  # noqa: E402

from bench import pii  # noqa: E402
from bench.pii_lookalikes import LOOKALIKES_SEED, build_lookalikes  # noqa: E402
from bench.pii_secret_sentences import SECRET_SENTENCES_SEED, build_secret_sentences  # noqa: E402
from bench.pii_uncued_sentences import UNCUED_SEED, build_uncued_sentences  # noqa: E402
from privacy import tagger as pii_tagger  # noqa: E402

# The newest set the shipped model learns from. Raise it only after that set's honest figure (judged by
# a model trained without it) is recorded in docs/results/.
TRAIN_UPTO = 112
COPY_SEED_STEP = 7919


def set_builders() -> dict[str, Callable[[int | None], list[pii.Example]]]:
    """Every labelled set of bench/pii.py by name, in the order they were written; each takes a seed
    (None: the set's own)."""
    builders: dict[str, Callable[[int | None], list[pii.Example]]] = {
        "dev": lambda seed: pii.build_dataset(pii.SEED if seed is None else seed),
        "heldout": lambda seed: pii.build_dataset(pii.HELDOUT_SEED if seed is None else seed, heldout=True),
    }
    builds = {
        int(m.group(1)): getattr(pii, name)
        for name in dir(pii)
        if (m := re.fullmatch(r"build_heldout(\d+)", name))
    }
    builds.update({n: module.build for n, module in pii.module_sets().items()})  # held-out 27 on: own modules
    for n, build in sorted(builds.items()):
        builders[f"heldout{n}"] = lambda seed, build=build: build() if seed is None else build(seed)
    return builders


def set_number(name: str) -> int:
    """dev -> 0, heldout -> 1, heldoutN -> N: the order the sets were written in."""
    first = {"dev": 0, "heldout": 1}
    return first[name] if name in first else int(name.removeprefix("heldout"))


def training_sentences(upto: int, copies: int) -> tuple[list[tuple[str, list]], list[str]]:
    """(text, spans) of every read set up to held-out `upto`, `copies` builds each; and the set names."""
    builders = set_builders()
    names = [n for n in builders if set_number(n) <= upto]
    sentences = []
    for name in tqdm(names, desc="building training sets", unit="set"):
        build = builders[name]
        for k in range(copies):
            examples = build(None) if k == 0 else build(1_000_003 + COPY_SEED_STEP * k + set_number(name))
            sentences += [(ex.text, ex.spans) for ex in examples]
    for k in range(copies):  # the hard negatives: dates, codes and identifiers that are nobody's
        sentences += [(ex.text, ex.spans) for ex in build_lookalikes(LOOKALIKES_SEED + k)]
    for k in range(copies):  # the extra positives: secrets after the rules' credential words
        sentences += [(ex.text, ex.spans) for ex in build_secret_sentences(SECRET_SENTENCES_SEED + k)]
    for k in range(copies):  # values with no cue word: in commands, after app names, names as subjects
        sentences += [(ex.text, ex.spans) for ex in build_uncued_sentences(UNCUED_SEED + k)]
    return sentences, [*names, "lookalikes", "secret_sentences", "uncued_sentences"]


def train_model(sentences: list[tuple[str, list]], out: Path, c1: float, iterations: int) -> float:
    """Train and write the model; returns the seconds it took."""
    t0 = time.perf_counter()
    with tqdm(total=iterations, desc="training the tagger", unit="iteration") as bar:
        pii_tagger.train(sentences, out, c1=c1, max_iterations=iterations, on_iteration=lambda: bar.update(1))
    return time.perf_counter() - t0


def judge(model: Path, names: list[str], threshold: float) -> dict:
    """Rules alone, tagger alone and the merged Scrubber on each named set."""
    from config.settings import PrivacySettings
    from privacy.offline import use_offline_suffix_list
    from privacy.scrub import Scrubber

    use_offline_suffix_list()
    rules = Scrubber(PrivacySettings(tagger=False))
    merged = Scrubber(PrivacySettings(tagger_model=str(model), tagger_threshold=threshold))
    alone = pii_tagger.PiiTagger(model)
    builders = set_builders()
    out = {}
    for name in names:
        examples = builders[name](None)
        ways = {
            "rules": lambda t: [(r.start, r.end, r.entity_type) for r in rules.find(t)],
            "tagger": lambda t: [(s.start, s.end, s.entity) for s in alone.find(t, threshold)],
            "merged": lambda t: [(r.start, r.end, r.entity_type) for r in merged.find(t)],
        }
        out[name] = {}
        for way, predict in tqdm(ways.items(), desc=f"judging {name}", unit="way"):
            res = pii.evaluate(examples, predict)
            out[name][way] = {
                "overall": res["overall"],
                "per_type": {
                    t: {k: v[k] for k in ("precision", "recall", "masked_recall", "gold", "pred")}
                    for t, v in res["per_type"].items()
                    if v["gold"] or v["pred"]
                },
            }
    return out


def main(argv: list[str] | None = None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--upto", type=int, default=TRAIN_UPTO, help="train on dev, held-out and held-out 2..N")
    p.add_argument("--copies", type=int, default=3, help="builds of each set, each from its own seed")
    p.add_argument("--c1", type=float, default=0.05, help="L1 weight: higher, fewer features kept")
    p.add_argument("--iterations", type=int, default=150, help="L-BFGS iterations")
    p.add_argument("--threshold", type=float, default=0.5, help="tagger probability at which a span counts")
    p.add_argument("--out", default=str(pii_tagger.DEFAULT_MODEL), help="where the model is written")
    p.add_argument("--report", default=str(ROOT / "reports" / "bench" / "pii_tagger.json"))
    p.add_argument("--no-judge", action="store_true", help="train only")
    p.add_argument("--no-training", action="store_true", help="judge the model at --out as it is")
    p.add_argument("--judge", help="comma-separated unread sets to judge (default: all after --upto)")
    args = p.parse_args(argv)
    if args.copies < 1:
        p.error("--copies must be at least 1")
    known = set_builders()
    if args.judge and not all(set_number(n) > args.upto for n in args.judge.split(",") if n in known):
        p.error("--judge takes only sets after --upto: a set the tagger trained on is no judge")

    sentences, trained_on = training_sentences(args.upto, args.copies)
    out = Path(args.out)
    seconds = 0.0 if args.no_training else train_model(sentences, out, args.c1, args.iterations)
    unread = [n for n in known if set_number(n) > args.upto]
    if args.judge:
        chosen = args.judge.split(",")
        if not set(chosen) <= set(unread):
            p.error(f"--judge takes sets after --upto (unread ones): {', '.join(unread) or 'none'}")
        unread = chosen
    result = {
        "trained_on": trained_on,
        "copies": args.copies,
        "c1": args.c1,
        "iterations": args.iterations,
        "threshold": args.threshold,
        "sentences": len(sentences),
        "train_seconds": round(seconds, 1),
        "model_kib": out.stat().st_size // 1024,
        "judged_on_unread_sets": {} if args.no_judge else judge(out, unread, args.threshold),
    }
    for name, ways in result["judged_on_unread_sets"].items():
        for way, r in ways.items():
            o = r["overall"]
            print(
                f"{name:10s} {way:7s} recall {o['recall']:.3f}  precision {o['precision']:.3f}  "
                f"F2 {o['f2']:.3f}  masked {o['masked_recall']:.3f}  {o['ms_per_text']:.1f} ms/text"
            )
    report = Path(args.report)
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps(result, indent=1))
    print(json.dumps({k: v for k, v in result.items() if k != "judged_on_unread_sets"}))
    return result


if __name__ == "__main__":
    main()
