"""Roles as processes on one PostgreSQL database: a serve replica that only queues, a worker that runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx
import pytest

from feedback.coordination import get_lease, jobs
from feedback.store import Store
from tests.helpers import ROOT, ServerProcess


@pytest.mark.slow  # two real processes (serve, worker): about a minute on 2 shared cores
def test_serve_queues_an_admin_cycle_and_a_separate_worker_runs_it(tmp_path, tiny_model_dir, postgres):
    url = postgres.fresh_database()
    env = {
        "KAIZEN_DATABASE_URL": url,
        "KAIZEN_MODEL__BASE": tiny_model_dir,
        "KAIZEN_MODEL__MAX_NEW_TOKENS": "8",
        "KAIZEN_ADMIN_TOKEN": "s3cret",
        "KAIZEN_SCALE__EMBEDDED_WORKER": "false",  # this replica only queues
        "KAIZEN_SCALE__WORKER_POLL_SECONDS": "0.2",
        "KAIZEN_SCALE__HEARTBEAT_SECONDS": "0.5",
    }
    store = Store(url)
    try:
        with ServerProcess(tmp_path / "serve", env=env) as server:
            answer = httpx.post(server.url + "/admin/api/train", headers={"Authorization": "Bearer s3cret"})
            assert answer.status_code == 202
            queued = jobs(store)
            assert [(j.kind, j.requested_by, j.status) for j in queued] == [("cycle", "admin", "queued")]
            time.sleep(1.5)
            assert jobs(store)[0].status == "queued"  # serve does not run it itself
            assert get_lease(store, "schedule").holder.split(":")[1] == str(server.proc.pid)
            worker = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "worker", "--exit-when-idle"],
                cwd=ROOT,
                env={**os.environ, **env, "KAIZEN_DATA_DIR": str(tmp_path / "worker")},
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert worker.returncode == 0, worker.stderr[-3000:]
            assert "worker: 1 jobs run" in worker.stdout
        job = jobs(store)[0]
        assert job.status == "done" and job.attempts == 1, job
        assert job.claimed_by.split(":")[1] != str(server.proc.pid)
        result = json.loads(job.result)
        assert result["status"] == "skipped" and result["run_id"] == job.run_id  # nothing to train yet
        assert store.runs(limit=1)[0].trigger == "admin"
    finally:
        store.engine.dispose()
        postgres.drop_database(url)
