"""Scrubbing many texts at once: one spaCy `nlp.pipe` pass feeds Presidio's recognizers.

Gives the same output as `Scrubber.scrub` on each text (tests check it) at a fraction of the cost,
because spaCy processes a batch of documents far faster than the same documents one by one.
"""

from __future__ import annotations

from presidio_analyzer import BatchAnalyzerEngine

from privacy.scrub import Scrubber, _non_overlapping


def scrub_batch(scrubber: Scrubber, texts: list[str], batch_size: int = 32) -> list[str]:
    """Each of `texts` with every detected span replaced, as `scrubber.scrub` would do."""
    if not texts:
        return []
    settings = scrubber.settings
    with scrubber._lock:  # the spaCy pipeline is shared with Scrubber.scrub
        found = BatchAnalyzerEngine(analyzer_engine=scrubber.analyzer).analyze_iterator(
            texts,
            language=settings.language,
            batch_size=batch_size,
            entities=settings.entities,
            score_threshold=settings.score_threshold,
        )
    out = []
    for text, results in zip(texts, found, strict=True):
        for span in sorted(_non_overlapping(results), key=lambda s: s.start, reverse=True):
            text = text[: span.start] + f"<{span.entity_type}>" + text[span.end :]
        out.append(text)
    return out
