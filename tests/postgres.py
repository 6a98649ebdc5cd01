"""A real PostgreSQL server for the test session: Debian's binaries, a temp cluster, loopback only.

One server per session (initdb + start take a few seconds); each test gets a fresh database copied
from a template that already holds the migrated schema (`CREATE DATABASE … TEMPLATE`, milliseconds).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.helpers import free_port

TEMPLATE = "kaizen_template"


def postgres_bin() -> Path:
    """The newest installed Debian PostgreSQL bin directory; a clear error if there is none."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run scripts/setup-test.sh"
        )
    return Path(found[-1]).parent


class PostgresServer:
    """initdb into a temp dir, `pg_ctl start` on a free loopback port with trust auth; `stop()` removes it."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.root = Path(tempfile.mkdtemp(prefix="kaizen-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sock"
        self.port = free_port()
        self._names = itertools.count()

    def _as_postgres(self, *args: str) -> list[str]:
        # PostgreSQL refuses to run as root: as root the server runs as the `postgres` user.
        return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)

    def start(self) -> PostgresServer:
        self.sockets.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.sockets, "postgres")
        run = lambda *a: subprocess.run(self._as_postgres(*a), check=True, capture_output=True, text=True)  # noqa: E731
        try:
            run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8")
            options = (
                f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
            )
            run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                "-w", "-t", "60", "start")  # fmt: skip
        except subprocess.CalledProcessError as exc:
            log = (self.root / "log").read_text() if (self.root / "log").exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{log}") from exc
        self._make_template()
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(sql)

    def _make_template(self) -> None:
        """A database at the migrations' head that every test database is copied from."""
        from feedback.store import Store

        self._admin(f"CREATE DATABASE {TEMPLATE}")
        store = Store(self.url(TEMPLATE))
        store.engine.dispose()  # a template must have no connections while it is copied

    def fresh_database(self) -> str:
        """A new database with the migrated schema; returns its URL."""
        name = f"kaizen_test_{os.getpid()}_{next(self._names)}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a test database, closing whatever connections a test left open."""
        self._admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[-1]} WITH (FORCE)")

    def stop(self) -> None:
        subprocess.run(
            self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"),
            capture_output=True,
        )
        shutil.rmtree(self.root, ignore_errors=True)
