"""LoRA adapters on disk: checking an adapter directory before anything serves it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ADAPTER_FILES = ("adapter_model.safetensors", "adapter_model.bin")


class AdapterError(ValueError):
    """An adapter directory is missing, corrupt or made for another model."""


@dataclass(frozen=True)
class AdapterFiles:
    path: Path
    config: dict


def check_adapter_dir(path: str | Path) -> AdapterFiles:
    """Validate that `path` holds a PEFT LoRA adapter (config + weights); raise AdapterError if not."""
    path = Path(path)
    if not path.is_dir():
        raise AdapterError(f"adapter directory {path} does not exist")
    config_file = path / "adapter_config.json"
    if not config_file.exists():
        raise AdapterError(f"{path}: adapter_config.json is missing")
    try:
        config = json.loads(config_file.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AdapterError(f"{config_file}: not valid JSON ({exc})") from None
    if config.get("peft_type") != "LORA":
        raise AdapterError(f"{path}: not a LoRA adapter (peft_type={config.get('peft_type')!r})")
    if not any((path / name).exists() for name in ADAPTER_FILES):
        raise AdapterError(f"{path}: adapter weights (adapter_model.safetensors) are missing")
    return AdapterFiles(path=path, config=config)
