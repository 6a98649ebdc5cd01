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
from datetime import datetime

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
    for noisy in ("httpx", "httpcore", "uvicorn.access", "transformers", "alembic"):
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


def surrogate_key(settings: Settings) -> bytes | None:
    """Key for surrogate values: privacy.surrogate_key, else derived from the pseudonym key.

    A stable key keeps a conversation's fake names the same across restarts.
    """
    import hashlib

    from privacy import load_or_create_key

    if settings.privacy.surrogate_key is not None:
        return None  # the Scrubber reads it from its settings
    secret = settings.pseudonym_key.get_secret_value() if settings.pseudonym_key else None
    return hashlib.sha256(b"kaizen-surrogates:" + load_or_create_key(settings.data_dir, secret)).digest()


def build_components(settings: Settings) -> Components:
    """Wire store, scrubber, model runtime and ChatService (the model is not loaded yet)."""
    from bot.runtime import ModelRuntime
    from bot.service import ChatService
    from feedback.store import Store
    from privacy import Scrubber

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(settings.db_url)
    scrubber = Scrubber(settings.privacy, key=surrogate_key(settings))
    if settings.model.backend == "openai":
        from bot.openai_backend import OpenAIRuntime

        runtime = OpenAIRuntime(settings.model)  # an inference engine (vLLM) serves the model
    else:
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


def _warm_scrubber_in_background(scrubber) -> threading.Thread:  # noqa: ANN001
    """Load the scrubber's lists and models now, so the first message does not wait seconds for them."""

    def warm() -> None:
        try:
            scrubber.warm_up()
        except Exception as exc:  # the first message loads them again, or reports the error itself
            log.error("scrubber warm-up failed: %s", exc)

    thread = threading.Thread(target=warm, name="scrubber-warm-up", daemon=True)
    thread.start()
    return thread


async def run_server(parts: Components, host: str, port: int) -> None:
    """Serve every enabled adapter in one event loop until interrupted."""
    import uvicorn

    from bot.web import create_web_app

    _load_model_in_background(parts.runtime)
    _warm_scrubber_in_background(parts.scrubber)
    scheduler = start_housekeeping(parts)
    background = wire_training(parts)
    tasks = []
    if parts.settings.web.enabled:
        config = uvicorn.Config(
            create_web_app(parts.service),
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            log_config=None,  # use our root handlers, so the scrubbing log filter covers uvicorn too
        )
        server = uvicorn.Server(config)
        log.info("web chat on http://%s:%d", host, port)
        tasks.append(asyncio.create_task(server.serve(), name="web"))
    if parts.settings.telegram.token is not None:
        from bot.telegram import build_telegram_application, serve_telegram

        app = build_telegram_application(parts.service, parts.settings)
        mode = "webhook" if parts.settings.telegram.webhook_url else "polling"
        log.info("telegram bot starting (%s)", mode)
        tasks.append(asyncio.create_task(serve_telegram(app, parts.settings), name="telegram"))
    closers = []
    if parts.settings.discord.token:
        from bot.discord_bot import build_discord_client, gate_actions

        discord_bot = build_discord_client(parts.service, parts.settings, gate_actions(parts.service))
        log.info("discord bot starting")
        # discord.py reconnects a lost gateway connection by itself (reconnect=True).
        token = parts.settings.discord.token.get_secret_value()
        tasks.append(asyncio.create_task(discord_bot.start(token, reconnect=True), name="discord"))
        closers.append(discord_bot.close)
    if not tasks:
        log.error("no adapter is enabled: enable the web chat or set a Telegram/Discord token")
        return
    # The web server owns Ctrl-C (uvicorn handles the signal): when it ends, the bots stop too.
    web_task = next((t for t in tasks if t.get_name() == "web"), None)
    try:
        await (web_task if web_task is not None else asyncio.gather(*tasks))
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for close in closers:
            await close()
        for task in background:
            task.cancel()
        await asyncio.gather(*background, return_exceptions=True)
        scheduler.shutdown(wait=False)


def wire_training(parts: Components) -> list[asyncio.Task]:
    """The schedule (while this process holds its lease), the embedded worker unless
    `scale.embedded_worker` is off, and the follower that hot-swaps promotions and announces candidates.

    Admin "train now" actions queue a cycle job; whichever worker is free runs it.
    """
    from bot.promotions import AdapterFollower
    from trainer.worker import ScheduleHolder, Worker, request_cycle, run_in_child_process

    settings, store = parts.settings, parts.store
    schedule = ScheduleHolder(settings, store)
    follower = AdapterFollower(parts.service)
    parts.service.follower = follower
    parts.service.next_run = schedule.next_run

    async def start_cycle(trigger: str) -> None:
        await asyncio.to_thread(request_cycle, store, trigger)

    parts.service.start_cycle = start_cycle
    tasks = [
        asyncio.create_task(schedule.run(), name="schedule"),
        asyncio.create_task(follower.run(settings.trainer.poll_seconds), name="adapter-follower"),
    ]
    if settings.scale.embedded_worker:
        worker = Worker(settings, store, run_in_child_process(settings, store))
        tasks.append(asyncio.create_task(worker.run(), name="embedded-worker"))
    return tasks


def start_housekeeping(parts: Components):  # noqa: ANN201
    """Daily retention: delete conversations older than privacy.retention_days (also once at start),
    and forget webhook update ids older than scale.handled_updates_days.

    Each replica runs it (an in-memory scheduler, nothing shared): deleting twice deletes nothing more.
    """
    from datetime import timedelta

    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    from feedback.coordination import prune_handled_updates

    def apply_retention() -> None:
        removed = parts.store.delete_conversations_older_than(parts.settings.privacy.retention_days)
        log.info(
            "retention: deleted %d conversations older than %d days",
            removed,
            parts.settings.privacy.retention_days,
        )
        pruned = prune_handled_updates(parts.store, timedelta(days=parts.settings.scale.handled_updates_days))
        log.info("retention: forgot %d handled update ids", pruned)

    scheduler = AsyncIOScheduler()
    scheduler.add_job(
        apply_retention,
        "interval",
        days=1,
        next_run_time=datetime.now(),
        id="retention",
        coalesce=True,
        misfire_grace_time=3600,
    )
    scheduler.start()
    return scheduler


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
    from privacy.logfilter import install_log_filter

    # Defence in depth: whatever text reaches a log record is scrubbed on the way out.
    install_log_filter(parts.scrubber)
    try:
        asyncio.run(run_server(parts, host or settings.web.host, port or settings.web.port))
    except KeyboardInterrupt:
        pass


privacy_cli = typer.Typer(help="Scrub text and audit the store for personal data.", rich_markup_mode=None)
cli.add_typer(privacy_cli, name="privacy")


@privacy_cli.command("scrub")
def privacy_scrub() -> None:
    """Read lines on stdin, write them scrubbed on stdout (for audits and pipelines)."""
    from privacy import Scrubber

    settings = settings_or_exit()
    scrubber = Scrubber(settings.privacy)
    for line in sys.stdin:
        sys.stdout.write(scrubber.scrub(line.rstrip("\n")) + "\n")
        sys.stdout.flush()


@privacy_cli.command("scan")
def privacy_scan(
    fix: bool = typer.Option(False, "--fix", help="Re-scrub every text where something is found, in place."),
) -> None:
    """Rescan all stored text with today's scrubber; report findings per entity type."""
    from collections import Counter

    from feedback.store import Store
    from privacy import Scrubber

    settings = settings_or_exit()
    store = Store(settings.db_url)
    # The serving key: surrogates carry its mark, so they are told apart from real residue.
    scrubber = Scrubber(settings.privacy, key=surrogate_key(settings))
    found: Counter[str] = Counter()
    surrogates: Counter[str] = Counter()
    dirty = []
    texts = list(store.iter_texts())
    for kind, row_id, text in texts:
        residue = []
        for span in scrubber.find(text):
            if _is_placeholder(text, span.start, span.end):  # our own <PERSON> tags
                continue
            if scrubber.is_surrogate(span.entity_type, text[span.start : span.end]):
                surrogates[span.entity_type] += 1
                continue
            found[span.entity_type] += 1
            residue.append(span)
        if residue:
            dirty.append((kind, row_id, text, residue))
    if fix:
        for kind, row_id, text, residue in dirty:
            # only the residue: surrogates already in the text stay as they are
            store.replace_text(kind, row_id, scrubber.replace_spans(text, residue))
    typer.echo(f"scanned {len(texts)} texts; {len(dirty)} with personal data" + (" (fixed)" if fix else ""))
    for entity, n in sorted(found.items()):
        typer.echo(f"  {entity}: {n}")
    if surrogates:
        listed = ", ".join(f"{entity} {n}" for entity, n in sorted(surrogates.items()))
        typer.echo(f"surrogates (fake values written by Kaizen, not counted above): {listed}")


def _is_placeholder(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 1) : start] == "<" and text[end : end + 1] == ">"


@cli.command()
def forget(
    platform: str = typer.Option(..., help="telegram, discord or web."),
    user: str = typer.Option(..., help="The user's id on that platform (web: the session id)."),
) -> None:
    """Delete everything stored of one user and leave a pseudonymous tombstone."""
    settings = settings_or_exit()
    setup_logging(settings)
    parts = build_components(settings)
    counts = asyncio.run(parts.service.forget(platform, user))
    typer.echo(
        f"deleted {counts['messages']} messages and {counts['ratings']} ratings; "
        f"{counts['adapters_flagged']} adapters trained on them flagged for retraining"
    )


def _key(settings: Settings) -> bytes:
    from privacy import load_or_create_key

    secret = settings.pseudonym_key.get_secret_value() if settings.pseudonym_key else None
    return load_or_create_key(settings.data_dir, secret)


def _store(settings: Settings):  # noqa: ANN202
    from feedback.store import Store

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return Store(settings.db_url)


@cli.command()
def train(
    method: str | None = typer.Option(None, help="auto, sft, kto or dpo [default: trainer.method]."),
    max_steps: int | None = typer.Option(
        None, min=1, help="Stop after N steps [default: trainer.max_steps]."
    ),
    max_minutes: float | None = typer.Option(
        None, min=0.01, help="Stop after M minutes [default: trainer.max_minutes]."
    ),
) -> None:
    """Train a LoRA adapter from the store's ratings now; the new adapter id is the last line printed.

    Runs unchanged on several devices: `torchrun --nproc_per_node N main.py train` or
    `accelerate launch main.py train`; only the main process writes, registers and prints.
    """
    from trainer.train import TrainingError
    from trainer.train import train as run_training

    settings = settings_or_exit()
    setup_logging(settings)
    if method not in (None, "auto", "sft", "kto", "dpo"):
        typer.echo(f"kaizen: --method must be auto, sft, kto or dpo (got {method!r})", err=True)
        raise typer.Exit(2)
    try:
        result = run_training(
            settings, _store(settings), method=method, max_steps=max_steps, max_minutes=max_minutes
        )
    except TrainingError as exc:
        typer.echo(f"kaizen: {exc}", err=True)
        raise typer.Exit(1) from None
    if int(os.environ.get("RANK", "0")) != 0:
        return  # under torchrun/accelerate the other processes only helped train
    m = result.metrics
    typer.echo(f"trained {result.method}: {m['steps']} steps, loss {m['train_loss']:.4f}, {result.path}")
    typer.echo(result.adapter_id)


@cli.command(name="export")
def export_data(
    format: str = typer.Option("messages", "--format", help="messages, sft, kto or dpo."),
    out: str = typer.Option(..., "--out", help="JSONL file to write."),
) -> None:
    """Write the training data as JSONL in TRL's standard formats (or rated conversations)."""
    from pathlib import Path

    from trainer.io import FORMATS, export_jsonl

    settings = settings_or_exit()
    setup_logging(settings)
    if format not in FORMATS:
        typer.echo(f"kaizen: --format must be one of {', '.join(FORMATS)} (got {format!r})", err=True)
        raise typer.Exit(2)
    n = export_jsonl(_store(settings), settings, _key(settings), format, Path(out))
    typer.echo(f"wrote {n} {format} rows to {out}")


@cli.command(name="import")
def import_data(
    file: str = typer.Argument(..., help="JSONL: OpenAI messages or ShareGPT conversations."),
    rate_all_good: bool = typer.Option(False, "--rate-all-good", help="Unrated assistant turns count as 👍."),
) -> None:
    """Import conversations (scrubbed like every message); bad lines are reported and skipped."""
    from pathlib import Path

    from privacy import Scrubber
    from trainer.io import import_jsonl

    settings = settings_or_exit()
    setup_logging(settings)
    if not Path(file).is_file():
        typer.echo(f"kaizen: no such file: {file}", err=True)
        raise typer.Exit(2)
    report = import_jsonl(
        Path(file),
        _store(settings),
        Scrubber(settings.privacy, key=surrogate_key(settings)),
        _key(settings),
        rate_all_good=rate_all_good,
    )
    for error in report.errors:
        typer.echo(f"{file}: {error}", err=True)
    typer.echo(
        f"imported {report.conversations} conversations ({report.messages} messages, {report.ratings} "
        f"ratings); {report.duplicates} already imported; {len(report.errors)} bad lines skipped"
    )
    if report.errors and not report.conversations and not report.duplicates:
        raise typer.Exit(1)


@cli.command(name="eval")
def eval_command(
    candidate: str = typer.Option(..., help="Adapter id of the candidate."),
    incumbent: str = typer.Option("active", help="Adapter id, 'active' (default) or 'base'."),
    dataset: str | None = typer.Option(
        None, help="Test set JSONL (OpenAI messages or ShareGPT) instead of held-out data."
    ),
    json_out: bool = typer.Option(False, "--json", help="Also print the report as one JSON object."),
    queue: bool = typer.Option(False, "--queue", help="Only queue the evaluation for a worker, then return."),
) -> None:
    """Compare a candidate adapter with the incumbent and write a report under data/reports/."""
    import json
    from pathlib import Path

    from trainer.gate import GateError, evaluate_candidate

    settings = settings_or_exit()
    setup_logging(settings)
    if queue:
        from feedback.coordination import enqueue_job

        if dataset:
            typer.echo("kaizen: --queue evaluates on the held-out split; drop --dataset", err=True)
            raise typer.Exit(2)
        job = enqueue_job(_store(settings), "eval", "cli", {"candidate": candidate, "incumbent": incumbent})
        typer.echo(
            f"queued eval job {job.id}: a worker runs it (`main.py worker`, or `serve` with "
            "scale.embedded_worker on); `main.py jobs` shows its result"
        )
        return
    try:
        result = evaluate_candidate(
            settings,
            _store(settings),
            candidate,
            incumbent,
            Path(dataset) if dataset else None,
            progress=not json_out,
        )
    except GateError as exc:
        typer.echo(f"kaizen: {exc}", err=True)
        raise typer.Exit(2) from None
    report = result.report
    if json_out:
        typer.echo(json.dumps(report.to_dict()))
        return
    verdict = "ELIGIBLE" if report.decision["eligible"] else "REJECTED"
    typer.echo(f"{report.candidate} vs {report.incumbent}: {verdict}")
    for reason in report.decision["reasons"]:
        typer.echo(f"  - {reason}")
    typer.echo(f"report: {result.paths['markdown'].parent}")


adapters_cli = typer.Typer(
    help="The adapter registry: list, show, promote, roll back.", rich_markup_mode=None
)
cli.add_typer(adapters_cli, name="adapters")


@adapters_cli.command("list")
def adapters_list(
    json_out: bool = typer.Option(False, "--json", help="One JSON array, for scripts."),
) -> None:
    """Every registered adapter, newest first."""
    import json

    rows = [_adapter_row(a) for a in _store(settings_or_exit()).adapters()]
    if json_out:
        typer.echo(json.dumps(rows))
        return
    if not rows:
        typer.echo("no adapters yet (python main.py train)")
    for r in rows:
        typer.echo(
            f"{r['id']}  {r['status']:<9} {r['method']:<4} {r['created_at'][:19]}  {r['decision'] or ''}"
        )


@adapters_cli.command("show")
def adapters_show(adapter_id: str = typer.Argument(..., help="Adapter id.")) -> None:
    """One adapter: status, metrics, evaluation and report."""
    import json

    from feedback.store import NotFound

    try:
        adapter = _store(settings_or_exit()).get_adapter(adapter_id)
    except NotFound as exc:
        typer.echo(f"kaizen: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(_adapter_row(adapter, full=True), indent=2))


@adapters_cli.command("promote")
def adapters_promote(
    adapter_id: str = typer.Argument(..., help="Adapter id."),
    force: bool = typer.Option(False, "--force", help="Promote even if not eligible (needs --reason)."),
    reason: str = typer.Option("", "--reason", help="Why; recorded in the activation history."),
) -> None:
    """Make an eligible adapter the active one; the running bot swaps within seconds."""
    from trainer.registry import PromotionError, promote
    from trainer.storage import AdapterStorage

    settings = settings_or_exit()
    try:
        promote(
            _store(settings),
            adapter_id,
            actor="cli",
            reason=_scrubbed(settings, reason),
            force=force,
            storage=AdapterStorage.from_settings(settings),
        )
    except (PromotionError, ValueError) as exc:
        typer.echo(f"kaizen: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"promoted {adapter_id}")


@adapters_cli.command("rollback")
def adapters_rollback(reason: str = typer.Option("", "--reason", help="Why; recorded.")) -> None:
    """Go back to what served before the active adapter (maybe the base model)."""
    from trainer.registry import PromotionError, rollback

    settings = settings_or_exit()
    try:
        row = rollback(_store(settings), actor="cli", reason=_scrubbed(settings, reason))
    except PromotionError as exc:
        typer.echo(f"kaizen: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"rolled back to {row.adapter_id or 'the base model'}")


def _scrubbed(settings: Settings, text: str) -> str:
    """Free text from an admin is stored like any other text: scrubbed."""
    if not text.strip():
        return ""
    from privacy import Scrubber

    return Scrubber(settings.privacy, key=surrogate_key(settings)).scrub(text)


def _adapter_row(a, full: bool = False) -> dict:  # noqa: ANN001
    import json

    row = {
        "id": a.id,
        "status": a.status,
        "method": a.method,
        "created_at": a.created_at.isoformat(),
        "decision": a.decision,
        "decided_by": a.decided_by,
        "eligible": a.status in ("eligible", "active") if a.evaluation else None,
        "forgotten_contributors": a.forgotten_contributors,
    }
    if full:
        row.update(
            path=a.path,
            base_model=a.base_model,
            parent_id=a.parent_id,
            metrics=json.loads(a.metrics or "{}"),
            evaluation=json.loads(a.evaluation) if a.evaluation else None,
            report=a.report_path,
        )
    return row


@cli.command()
def cycle(
    trigger: str = typer.Option("cli", help="Recorded as what started the cycle."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bars (for the scheduled process)."),
    job: str | None = typer.Option(None, "--job", help="The queued job this runs (set by a worker)."),
    queue: bool = typer.Option(False, "--queue", help="Only queue the cycle for a worker, then return."),
) -> None:
    """Run one training cycle now: build → train → evaluate → ask for approval (or auto-approve)."""
    from feedback.coordination import set_job_run
    from trainer.cycle import CycleBusy, run_cycle

    settings = settings_or_exit()
    setup_logging(settings)
    store = _store(settings)
    if queue:
        from trainer.worker import request_cycle

        queued = request_cycle(store, trigger)
        typer.echo(f"queued cycle job {queued.id}" if queued else "a cycle is already queued or running")
        return
    on_start = (lambda run_id: set_job_run(store, job, run_id)) if job else None
    try:
        result = run_cycle(settings, store, trigger=trigger, progress=not quiet, on_start=on_start)
    except CycleBusy as exc:
        typer.echo(f"kaizen: {exc}", err=True)
        raise typer.Exit(3) from None
    typer.echo(f"cycle {result.status}: {result.message}")


@cli.command()
def worker(
    exit_when_idle: bool = typer.Option(False, "--exit-when-idle", help="Stop once the queue is empty."),
) -> None:
    """Run queued training cycles and evaluations (several workers may run, on any machine);
    also hold the schedule when no other process does."""
    from trainer.worker import ScheduleHolder, Worker, run_in_this_process

    settings = settings_or_exit()
    setup_logging(settings)
    store = _store(settings)

    async def work() -> int:
        stop = asyncio.Event()
        schedule = asyncio.create_task(ScheduleHolder(settings, store).run(stop), name="schedule")
        runner = Worker(settings, store, run_in_this_process(settings, store))
        log.info("worker %s started", runner.name)
        try:
            return await runner.run(exit_when_idle=exit_when_idle)
        finally:
            stop.set()
            await schedule

    try:
        done = asyncio.run(work())
    except KeyboardInterrupt:
        return
    typer.echo(f"worker: {done} jobs run")


@cli.command(name="jobs")
def jobs_command(
    limit: int = typer.Option(20, min=1, help="How many of the newest jobs to show."),
    json_out: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """The newest queued, running and finished jobs (cycles and evaluations) with their results."""
    import json

    from feedback.coordination import jobs

    settings = settings_or_exit()
    rows = jobs(_store(settings), limit)
    for job in rows:
        row = {
            "id": job.id,
            "kind": job.kind,
            "status": job.status,
            "requested_by": job.requested_by,
            "created_at": job.created_at.isoformat(timespec="seconds"),
            "result": json.loads(job.result) if job.result else None,
            "error": job.error,
        }
        if json_out:
            typer.echo(json.dumps(row))
            continue
        outcome = job.error or (json.dumps(row["result"]) if row["result"] else "")
        typer.echo(
            f"{job.id}  {job.kind:5}  {job.status:8}  {row['created_at']}  {job.requested_by}  {outcome}"
        )
    if not rows and not json_out:
        typer.echo("no jobs")


if __name__ == "__main__":
    cli()
