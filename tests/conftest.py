"""Shared fixtures: a tiny model with the real tokenizer, settings in a temp data dir, the service."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest  # noqa: E402

from tests.helpers import make_tiny_model  # noqa: E402


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> str:
    """A 2-layer Llama with SmolLM2's real tokenizer and chat template, saved as a local directory."""
    return str(make_tiny_model(tmp_path_factory.mktemp("tiny-model")))


@pytest.fixture(scope="module")
def placeholder(sockets_blocked):
    """A scrubber writing typed placeholders, built once per test module (with sockets blocked)."""
    from config.settings import PrivacySettings
    from privacy import Scrubber

    return Scrubber(PrivacySettings(replace="placeholder"))


@pytest.fixture
def scrubber(settings):
    """A scrubber on the test's own privacy settings (the spaCy engine is shared, so this is cheap)."""
    from privacy import Scrubber

    return Scrubber(settings.privacy, key=b"test-surrogate-key")


def _no_network(*args, **kwargs):
    raise OSError("network access attempted during a test that must stay offline")


@pytest.fixture(scope="module")
def sockets_blocked():
    """Sockets refuse to connect or resolve for the whole module (the privacy tests' no-network promise)."""
    import socket

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", _no_network)
        mp.setattr(socket.socket, "connect_ex", _no_network)
        mp.setattr(socket, "create_connection", _no_network)
        mp.setattr(socket, "getaddrinfo", _no_network)
        yield


@pytest.fixture(scope="session")
def postgres():
    """One real PostgreSQL server for the whole session (started on first use; fails loudly)."""
    from tests.postgres import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


def pytest_generate_tests(metafunc):
    """Tests marked `both_databases` run once on SQLite and once on PostgreSQL."""
    if metafunc.definition.get_closest_marker("both_databases") and "db_url" in metafunc.fixturenames:
        metafunc.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db_url(request, tmp_path):
    """The test's database: SQLite in the data dir (default), or a fresh PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'kaizen.db'}"
        return
    server = request.getfixturevalue("postgres")
    url = server.fresh_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def settings(tmp_path, tiny_model_dir, db_url):
    from config import load_settings

    return load_settings(
        data_dir=tmp_path / "data",
        database_url=None if db_url.startswith("sqlite") else db_url,
        model={"base": tiny_model_dir, "max_new_tokens": 8, "timeout_seconds": 60},
        telegram={"admins": [1001]},
        discord={"admins": [2001]},
    )


@pytest.fixture(scope="session")
def tiny_runtime(tiny_model_dir):
    """One loaded tiny runtime for the session (loading is cheap, but not free)."""
    from bot.runtime import ModelRuntime
    from config.settings import ModelSettings

    runtime = ModelRuntime(ModelSettings(base=tiny_model_dir, max_new_tokens=8))
    runtime.load()
    return runtime


@pytest.fixture
def store(settings):
    from feedback.store import Store

    return Store(settings.db_url)


@pytest.fixture
def service(settings, store, scrubber, tiny_model_dir):
    from bot.runtime import ModelRuntime
    from bot.service import ChatService

    runtime = ModelRuntime(settings.model)
    runtime.load()
    return ChatService(settings, store, scrubber, runtime)
