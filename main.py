"""Kaizen: a self-hosted chat bot that gets better from its users' ratings.

`python main.py` (or `python main.py serve`) starts the bot: the local web chat, plus Telegram and
Discord when their tokens are set.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from dataclasses import dataclass

# Offline by default: model files come from local packages or directories, never from a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import typer  # noqa: E402

from config import Settings, SettingsError, load_settings  # noqa: E402

log = logging.getLogger("kaizen")
cli = typer.Typer(
    help="Kaizen: a self-hosted chat bot that learns from its users' ratings.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
)


def settings_or_exit() -> Settings:
    """The settings, or one clear line and exit status 2."""
    try:
        return load_settings()
    except SettingsError as exc:
        typer.echo(f"kaizen: bad setting: {exc}", err=True)
        raise typer.Exit(2) from None


def setup_logging(settings: Settings) -> None:
    """Plain log lines on stderr. Log calls never carry message text (privacy promise)."""
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
        force=True,
    )
    hold_noisy_loggers(settings)


def hold_noisy_loggers(settings: Settings) -> None:
    """Libraries that are chatty, or that log message text at DEBUG, stay quieter than our own logs."""
    for noisy in ("httpx", "httpcore", "uvicorn.access", "transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # Presidio warns once per recognizer of other languages at start-up (noise), and logs the
    # analysed text at DEBUG (a privacy leak): errors only.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    # discord.py logs request and gateway payloads (message text) at DEBUG: never below INFO.
    discord_log = logging.getLogger("discord")
    discord_log.setLevel(max(logging.getLevelName(settings.log_level), logging.INFO))


@dataclass
class Components:
    settings: Settings
    store: object
    scrubber: object
    runtime: object
    service: object


def build_components(settings: Settings) -> Components:
    """Wire store, scrubber, model runtime and ChatService (the model is not loaded yet)."""
    from bot.runtime import ModelRuntime
    from bot.service import ChatService
    from feedback.store import Store
    from privacy import Scrubber

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(settings.db_url)
    scrubber = Scrubber(settings.privacy)
    runtime = ModelRuntime(settings.model)
    service = ChatService(settings, store, scrubber, runtime)
    return Components(settings, store, scrubber, runtime, service)


def _load_model_in_background(runtime) -> threading.Thread:  # noqa: ANN001
    def load() -> None:
        try:
            runtime.load()
        except Exception as exc:  # shown by /healthz and in the log; the process keeps serving errors
            log.error("model failed to load: %s", exc)

    thread = threading.Thread(target=load, name="model-loader", daemon=True)
    thread.start()
    return thread


async def run_server(parts: Components, host: str, port: int) -> None:
    """Serve every enabled adapter in one event loop until interrupted."""
    import uvicorn

    from bot.web import create_web_app

    _load_model_in_background(parts.runtime)
    tasks = []
    if parts.settings.web.enabled:
        config = uvicorn.Config(
            create_web_app(parts.service), host=host, port=port, log_level="warning", access_log=False
        )
        server = uvicorn.Server(config)
        log.info("web chat on http://%s:%d", host, port)
        tasks.append(asyncio.create_task(server.serve(), name="web"))
    closers = []
    if parts.settings.discord.token:
        from bot.discord_bot import build_discord_client

        discord_bot = build_discord_client(parts.service, parts.settings)
        log.info("discord bot starting")
        # discord.py reconnects a lost gateway connection by itself (reconnect=True).
        token = parts.settings.discord.token.get_secret_value()
        tasks.append(asyncio.create_task(discord_bot.start(token, reconnect=True), name="discord"))
        closers.append(discord_bot.close)
    if not tasks:
        log.error("no adapter is enabled: enable the web chat or set a Telegram/Discord token")
        return
    try:
        await asyncio.gather(*tasks)
    finally:
        for close in closers:
            await close()


@cli.callback(invoke_without_command=True)
def default(ctx: typer.Context) -> None:
    """Without a subcommand, start the bot (same as `serve`)."""
    if ctx.invoked_subcommand is None:
        serve(host=None, port=None)


@cli.command()
def serve(
    host: str | None = typer.Option(None, help="Address of the web chat [default: web.host, 127.0.0.1]."),
    port: int | None = typer.Option(None, help="Port of the web chat [default: web.port, 8000]."),
) -> None:
    """Start the bot: the web chat at http://127.0.0.1:8000, and Telegram/Discord if configured."""
    settings = settings_or_exit()
    setup_logging(settings)
    parts = build_components(settings)
    try:
        asyncio.run(run_server(parts, host or settings.web.host, port or settings.web.port))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    cli()
