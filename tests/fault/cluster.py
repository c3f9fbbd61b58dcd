"""A private PostgreSQL cluster for fault tests: ours to kill backends of, restart and stop.

It runs the machine's PostgreSQL binaries on a free port with its own data directory, so
restarting it under load never disturbs the shared server other test passes use.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from pathlib import Path

import asyncpg


def _bin(name: str) -> str:
    """The newest installed PostgreSQL server binary of that name."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path is None:
        raise RuntimeError(f"PostgreSQL's {name} is not installed")
    return on_path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """One private PostgreSQL server: ``start``, ``restart``, ``stop`` and ``terminate``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "pgdata"
        self.port = _free_port()
        self.log = root / "postgres.log"
        # initdb and postgres refuse to run as root: run them as the postgres user then.
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, timeout=60)

    def init(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if self._as:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(
            _bin("initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync"
        )
        self.start()

    def start(self) -> None:
        # fsync off: a stop "immediate" kills the server, not the machine, so what it wrote
        # is in the OS cache; commits stay synchronous (an acknowledged commit is in the WAL).
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        self._run(
            _bin("pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start"
        )

    def stop(self, mode: str = "fast") -> None:
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """Stop at once (sessions are cut, as in a crash of the service) and start again."""
        self.stop("immediate")
        self.start()

    async def execute(self, sql: str, database: str = "postgres") -> None:
        conn = await asyncpg.connect(
            f"postgresql://postgres@127.0.0.1:{self.port}/{database}", timeout=5
        )
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    async def fetch(self, sql: str, database: str) -> list[asyncpg.Record]:
        conn = await asyncpg.connect(
            f"postgresql://postgres@127.0.0.1:{self.port}/{database}", timeout=5
        )
        try:
            return list(await conn.fetch(sql))
        finally:
            await conn.close()

    async def terminate(self, database: str) -> int:
        """Kill every backend serving ``database`` (what ``pg_terminate_backend`` does to a
        crashed or cut session); return how many were killed."""
        conn = await asyncpg.connect(self.admin_url, timeout=5)
        try:
            rows = await conn.fetch(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = $1 AND pid <> pg_backend_pid()",
                database,
            )
        finally:
            await conn.close()
        return sum(1 for r in rows if r[0])
