"""Scrubbing: every text passes through `Scrubber.scrub` before it is written anywhere."""

from __future__ import annotations

import logging
import threading

from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.nlp_engine import NlpEngineProvider

from config.settings import PrivacySettings
from privacy.offline import use_offline_suffix_list

log = logging.getLogger(__name__)


class Scrubber:
    """Finds personal data with Presidio (offline spaCy model) and replaces it.

    With ``replace = "placeholder"`` each span becomes a typed tag such as ``<PERSON>``.
    """

    def __init__(self, settings: PrivacySettings | None = None) -> None:
        self.settings = settings or PrivacySettings()
        use_offline_suffix_list()
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": self.settings.language, "model_name": self.settings.spacy_model}],
            }
        )
        self.analyzer = AnalyzerEngine(
            nlp_engine=provider.create_engine(), supported_languages=[self.settings.language]
        )
        # spaCy pipelines are not documented as thread-safe; generation threads may scrub at once.
        self._lock = threading.Lock()

    def find(self, text: str) -> list[RecognizerResult]:
        """The personal-data spans Kaizen would remove from `text`, longest-first where they overlap."""
        if not text.strip():
            return []
        with self._lock:
            results = self.analyzer.analyze(
                text,
                language=self.settings.language,
                entities=self.settings.entities,
                score_threshold=self.settings.score_threshold,
            )
        return _non_overlapping(results)

    def scrub(self, text: str, scope: str | None = None) -> str:
        """`text` with every detected span replaced. `scope` groups texts of one conversation."""
        spans = self.find(text)
        out = text
        for span in sorted(spans, key=lambda s: s.start, reverse=True):
            out = out[: span.start] + f"<{span.entity_type}>" + out[span.end :]
        return out

    def scrub_many(self, texts: list[str], scope: str | None = None) -> list[str]:
        """Scrub several texts of one scope."""
        return [self.scrub(t, scope) for t in texts]


def _non_overlapping(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the best span where spans overlap: higher score first, then the longer one."""
    chosen: list[RecognizerResult] = []
    for r in sorted(results, key=lambda r: (-r.score, -(r.end - r.start), r.start)):
        if all(r.end <= c.start or r.start >= c.end for c in chosen):
            chosen.append(r)
    return sorted(chosen, key=lambda r: r.start)
