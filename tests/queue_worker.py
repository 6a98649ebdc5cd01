"""A worker or schedule holder process for the tests: the real queue and lease code, a stub job.

    python -m tests.queue_worker work DB_URL DIR NAME   # run queued jobs; each appends NAME to DIR/<job id>
    python -m tests.queue_worker hold DB_URL DIR NAME   # hold the schedule lease until killed

Both write DIR/NAME.ready when started, and `work` waits for DIR/go, so that the workers start together.
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from pathlib import Path

from config import load_settings
from feedback.models import CycleJob
from feedback.store import Store
from trainer.worker import ScheduleHolder, Worker


def main(mode: str, url: str, out: str, name: str) -> None:
    out_dir = Path(out)
    settings = load_settings(
        data_dir=out_dir / name,
        database_url=url,
        scale={
            "heartbeat_seconds": 0.2,
            "lease_seconds": 1.5,
            "stale_after_seconds": 30,
            "worker_poll_seconds": 0.1,
        },
        trainer={"schedule": None, "min_new_ratings": None},
    )
    store = Store(url)

    async def stub(job: CycleJob) -> dict:
        """Stands in for a training cycle: leaves a mark per run, takes a little while."""
        with open(out_dir / job.id, "a") as f:
            f.write(name + "\n")
        await asyncio.sleep(random.uniform(0.0, 0.02))
        return {"ran_by": name}

    if mode == "hold":
        holder = ScheduleHolder(settings, store, name=name)
        holder.tick()
        (out_dir / f"{name}.ready").write_text("holding" if holder.holding else "waiting")
        asyncio.run(holder.run())
        return
    (out_dir / f"{name}.ready").touch()
    while not (out_dir / "go").exists():
        time.sleep(0.01)
    done = asyncio.run(Worker(settings, store, stub, name=name).run(exit_when_idle=True))
    print(done)


if __name__ == "__main__":
    main(*sys.argv[1:5])
