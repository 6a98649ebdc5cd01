"""A learned sequence tagger for personal data: a linear-chain CRF over word tokens.

The recognizers in `privacy/recognizers.py` and `privacy/cues.py` are hand-written rules. Every new
author of a held-out set found shapes the rules had never seen, so the rules stopped moving the honest
figure. The tagger learns from the labelled sentences of the benchmark's *read* sets instead: from word
shape, character classes, the name and word lists, and the words around a token. It adds the spans the
rules did not find (`Scrubber.find` takes its spans only where no rule span is), so it can only raise
recall; its threshold (`privacy.tagger_threshold`) trades the precision that costs.

The model file is written by `bench/train_pii_tagger.py` (about two minutes on 2 cores) and ships in
`privacy/data/`. Its features are word strings of synthetic sentences (fake names, fake keys): no real
person's data is in it.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from privacy.names import common_words, first_names, last_names, month_names

DEFAULT_MODEL = Path(__file__).with_name("data") / "pii_tagger.crfsuite"

# What a token is: a run without spaces, split at quotes, brackets and the separators of key=value pairs.
# Trailing sentence punctuation comes off as its own token ("call me Ana." -> "Ana", ".").
_CHUNK = re.compile(r"\S+")
# An apostrophe inside a word stays in it ("don't", "R'FRF'-11" a cube-move password); one that opens or
# closes a quote, or starts a possessive "'s", is a token of its own.
_SPLIT_AT = re.compile(r"""(["`“”‘«»()\[\]{}<>|,;=]|(?<![^\W_])['’]|['’](?=s\b|$|[,;.!?:)\]}"]))""")
_TRAILING = re.compile(r"[.!?:]+$")
# "password:hunter2", "user:ana", "/p:hunter2" (a Windows flag): a key glued to its value by a colon; not
# "https://", "10:30", "fe80::1"
_KEY_COLON = re.compile(r"^((?:/|--?)?[A-Za-z_][\w.-]*):(?!//)(?=\S)")
_SHAPE_RUNS = re.compile(r"(.)\1{2,}")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Word tokens of `text` with their character offsets."""
    tokens: list[Token] = []
    for chunk in _CHUNK.finditer(text):
        pos = chunk.start()
        for piece in _SPLIT_AT.split(chunk.group()):
            if piece:
                tokens.extend(_split_piece(piece, pos))
            pos += len(piece)
    return tokens


def _split_piece(piece: str, pos: int) -> list[Token]:
    if m := _KEY_COLON.match(piece):
        key_end = m.end(1)
        return [
            Token(piece[:key_end], pos, pos + key_end),
            Token(":", pos + key_end, pos + key_end + 1),
            *_split_piece(piece[key_end + 1 :], pos + key_end + 1),
        ]
    m = _TRAILING.search(piece)
    # keep a trailing "!" or "." that belongs to a value with other symbols or digits ("Bramble1966!")
    if m and m.start() > 0 and not (re.search(r"\d", piece) and piece[-1] == "!"):
        core = piece[: m.start()]
        tail = [
            Token(c, pos + m.start() + i, pos + m.start() + i + 1) for i, c in enumerate(piece[m.start() :])
        ]
        return [Token(core, pos, pos + len(core)), *tail]
    return [Token(piece, pos, pos + len(piece))]


def _shape(word: str) -> str:
    shape = "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word)
    return _SHAPE_RUNS.sub(r"\1\1", shape)


def _short_shape(word: str) -> str:
    out = []
    for c in _shape(word):
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _entropy_bucket(word: str) -> str:
    """Character entropy per character, bucketed: random keys score high, words low."""
    if len(word) < 6:
        return "short"
    counts: dict[str, int] = {}
    for c in word:
        counts[c] = counts.get(c, 0) + 1
    h = -sum(n / len(word) * math.log2(n / len(word)) for n in counts.values())
    return str(min(int(h * 2), 10))


@lru_cache(maxsize=65536)
def _script(word: str) -> str:
    """The writing system of a word's first letter ("LATIN", "HANGUL", "KATAKANA", "CJK", "CYRILLIC"...):
    a name in Hangul or katakana is still a name, though no word list holds it."""
    for c in word:
        if c.isalpha():
            return unicodedata.name(c, "UNKNOWN").split()[0]
    return "none"


def _class_switches(word: str) -> int:
    kinds = ["u" if c.isupper() else "l" if c.islower() else "d" if c.isdigit() else "s" for c in word]
    return sum(a != b for a, b in zip(kinds, kinds[1:], strict=False))


@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return first_names(), last_names(), common_words(), month_names()


def _word_features(word: str, prefix: str) -> dict[str, float]:
    first, last, common, months = _lexicons()
    low = word.lower()
    f: dict[str, float] = {
        f"{prefix}w={low}": 1.0,
        f"{prefix}shape={_short_shape(word)}": 1.0,
    }
    if word.isalpha():
        f[f"{prefix}first_name={low in first}"] = 1.0
        f[f"{prefix}last_name={low in last}"] = 1.0
        f[f"{prefix}common={low in common}"] = 1.0
    if low.rstrip(".") in months:
        f[f"{prefix}month"] = 1.0
    # the parts of a config key: "DB_PASSWORD", "mysql-root-pass", "api.token"
    for part in re.split(r"[_\-.]", low):
        if part and part != low:
            f[f"{prefix}part={part}"] = 1.0
    return f


def token_features(tokens: list[Token], i: int) -> dict[str, float]:
    """The features of token `i`: its own form and the words around it."""
    word = tokens[i].text
    low = word.lower()
    first, last, common, _ = _lexicons()
    f = _word_features(word, "")
    f.update(
        {
            "bias": 1.0,
            f"full_shape={_shape(word)[:12]}": 1.0,
            f"pre3={low[:3]}": 1.0,
            f"suf3={low[-3:]}": 1.0,
            f"suf2={low[-2:]}": 1.0,
            f"len={min(len(word), 20)}": 1.0,
            f"entropy={_entropy_bucket(word)}": 1.0,
            f"switches={min(_class_switches(word), 6)}": 1.0,
            f"title={word.istitle()}": 1.0,
            f"upper={word.isupper()}": 1.0,
            f"digits={min(sum(c.isdigit() for c in word), 12)}": 1.0,
            f"script={_script(word)}": 1.0,
        }
    )
    for mark in "@./-:+#_!$%&*":
        if mark in word:
            f[f"has{mark}"] = 1.0
    if word.isalpha() and low not in common and low not in first and low not in last:
        f["unknown_word"] = 1.0
    for k in (-3, -2, -1, 1, 2, 3):
        j = i + k
        if 0 <= j < len(tokens):
            other = tokens[j].text
            f[f"{k}:w={other.lower()}"] = 1.0
            if abs(k) == 1:
                f.update(_word_features(other, f"{k}:"))
                f[f"{k}:title={other.istitle()}"] = 1.0
                f[f"{k}:gap={tokens[max(i, j)].start - tokens[min(i, j)].end > 0}"] = 1.0
        else:
            f[f"{k}:edge"] = 1.0
    if i > 1:
        f[f"-2-1={tokens[i - 2].text.lower()} {tokens[i - 1].text.lower()}"] = 1.0
    return f


def sentence_features(tokens: list[Token]) -> list[dict[str, float]]:
    return [token_features(tokens, i) for i in range(len(tokens))]


def bio_labels(tokens: list[Token], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO labels of `tokens` for labelled character spans (a token belongs to a span it overlaps)."""
    labels = ["O"] * len(tokens)
    for start, end, entity in spans:
        inside = [i for i, t in enumerate(tokens) if t.start < end and start < t.end]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + entity
    return labels


@dataclass(frozen=True)
class TaggedSpan:
    start: int
    end: int
    entity: str
    score: float


def _ends_sentence(text: str, tokens: list[Token], j: int) -> bool:
    """A full stop, question or exclamation mark on its own, followed by a space or the end; not the
    full stop of an initial or a short abbreviation ("C. Colmenares", "Jr. Ucayali 191", "St. Mary's")."""
    token = tokens[j]
    if token.text == "." and j > 0 and j + 1 < len(tokens):
        before = tokens[j - 1].text
        if before.isalpha() and len(before) <= 2 and tokens[j - 1].end == token.start:
            return False
    return token.text in {".", "?", "!"} and (token.end == len(text) or text[token.end].isspace())


class PiiTagger:
    """Loads a trained CRF and returns the personal-data spans it finds, with their probability."""

    def __init__(self, model_path: Path | str = DEFAULT_MODEL) -> None:
        path = Path(model_path)
        if not path.is_file():
            raise FileNotFoundError(
                f"PII tagger model {path} not found; train it with `python bench/train_pii_tagger.py` "
                "or set privacy.tagger to false"
            )
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except ValueError as e:  # crfsuite's "invalid model" for a truncated or foreign file
            raise ValueError(
                f"{path} is not a PII tagger model ({e}); train it again or set privacy.tagger to false"
            ) from e
        self._lock = threading.Lock()  # a crfsuite Tagger holds the sequence being tagged

    def find(self, text: str, threshold: float = 0.5) -> list[TaggedSpan]:
        """Spans of `text` whose label has a marginal probability of at least `threshold` on every token."""
        return self.read(text, threshold)[0]

    def read(self, text: str, threshold: float = 0.5) -> tuple[list[TaggedSpan], list[tuple[Token, float]]]:
        """`find`'s spans, and each token with the probability that it is no personal data at all."""
        tokens = tokenize(text)
        if not tokens:
            return [], []
        features = sentence_features(tokens)
        with self._lock:
            self._tagger.set(features)
            labels = self._tagger.tag()
            probs = [
                self._tagger.marginal(label, i) if label != "O" else 0.0 for i, label in enumerate(labels)
            ]
            outside = [(t, self._tagger.marginal("O", i)) for i, t in enumerate(tokens)]
        spans: list[TaggedSpan] = []
        i = 0
        while i < len(tokens):
            if labels[i] == "O":
                i += 1
                continue
            entity = labels[i][2:]
            j = i + 1
            while j < len(tokens) and labels[j] == f"I-{entity}" and not _ends_sentence(text, tokens, j):
                j += 1
            score = min(probs[i:j])
            if score >= threshold:
                spans.append(TaggedSpan(tokens[i].start, tokens[j - 1].end, entity, round(score, 3)))
            # a value ends with its sentence: "is Bramble1966. Anything else?" keeps "Anything else?"
            while j < len(tokens) and labels[j] == f"I-{entity}":
                j += 1
            i = j
        return spans, outside


class _Trainer(pycrfsuite.Trainer):
    """crfsuite's trainer, calling `on_iteration` after each L-BFGS iteration (for a progress bar)."""

    def __init__(self, on_iteration: Callable[[], None] | None) -> None:
        super().__init__(verbose=False)
        self.on_iteration = on_iteration

    def message(self, message: str) -> None:
        if self.on_iteration is not None and message.startswith("***** Iteration #"):
            self.on_iteration()


def train(
    sentences: Iterable[tuple[str, list[tuple[int, int, str]]]],
    model_path: Path | str,
    c1: float = 0.05,
    c2: float = 0.01,
    max_iterations: int = 150,
    on_iteration: Callable[[], None] | None = None,
) -> int:
    """Train a tagger on (text, labelled spans) pairs and write it to `model_path`; returns the sentence count.

    L1 (`c1`) keeps the model small by dropping features that do not help; L2 (`c2`) smooths the rest."""
    trainer = _Trainer(on_iteration)
    n = 0
    for text, spans in sentences:
        tokens = tokenize(text)
        if tokens:
            trainer.append(sentence_features(tokens), bio_labels(tokens, spans))
            n += 1
    if n == 0:
        raise ValueError("no sentences to train the PII tagger on")
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
    )
    Path(model_path).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    return n
