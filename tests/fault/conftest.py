"""Fault tests: a live server over a private PostgreSQL cluster the tests may break.

They run in the PostgreSQL pass of ``make test`` (marker ``fault``); the SQLite pass leaves
them out. The cluster is this module's own (``tests/fault/cluster.py``), so killing its
backends or restarting it never disturbs the shared server.
"""

from __future__ import annotations

import asyncio
import base64
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from backend.demo import DEMO_PASSWORD
from tests.conftest import ROOT, TEST_DB, clock_env, start_server, stop_server
from tests.fault.cluster import Cluster

DATABASE = "bankpm_fault"
#: How long the API may take to answer again after the database came back.
RECOVERY_SECONDS = 5.0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Fault tests need PostgreSQL: the SQLite pass leaves them out."""
    if TEST_DB == "postgres":
        return
    here = [i for i in items if i.get_closest_marker("fault")]
    if here:
        config.hook.pytest_deselected(items=here)
        items[:] = [i for i in items if i not in here]


@dataclass
class FaultServer:
    """The live server, its cluster and a signed-in admin."""

    base: str
    cluster: Cluster
    env: dict[str, str]
    tokens: dict[str, str]

    def gql(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        as_user: str = "admin",
        bearer: str | None = None,
        timeout: float = 120,
        base: str | None = None,
    ) -> httpx.Response:
        token = bearer or self.tokens[as_user]
        return httpx.post(
            f"{base or self.base}/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"authorization": f"Bearer {token}"},
            timeout=timeout,
        )

    def rows(self, sql: str) -> list[Any]:
        return asyncio.run(self.cluster.fetch(sql, DATABASE))

    def scalar(self, sql: str) -> Any:
        return self.rows(sql)[0][0]

    def audit_chain_verifies(self) -> tuple[bool, str]:
        """Run ``bankpm audit-verify`` against the database, as an operator would."""
        done = subprocess.run(
            [sys.executable, "-m", "backend.cli", "audit-verify"],
            env={**self.env, **clock_env()},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return done.returncode == 0, done.stdout + done.stderr

    def recovers(self) -> float:
        """Seconds until a read answers again; fails after RECOVERY_SECONDS."""
        started = time.monotonic()
        last = ""
        while time.monotonic() - started < RECOVERY_SECONDS:
            try:
                response = self.gql("{ products(first: 1) { totalCount } }", timeout=2)
                body = response.json()
                if response.status_code == 200 and not body.get("errors"):
                    return time.monotonic() - started
                last = response.text[:300]
            except httpx.HTTPError as exc:
                last = repr(exc)
            time.sleep(0.1)
        pytest.fail(f"the API did not recover within {RECOVERY_SECONDS} s: {last}")


def login(base: str, username: str, password: str = DEMO_PASSWORD) -> str:
    response = httpx.post(
        f"{base}/graphql",
        json={
            "query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p) "
            "{ token errors { code } } }",
            "variables": {"u": username, "p": password},
        },
        timeout=30,
    )
    token: str = response.json()["data"]["login"]["token"]
    return token


@pytest.fixture(scope="session")
def fault_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultServer]:
    """A migrated database with a small demo bank on a private cluster, and a live server."""
    root = tmp_path_factory.mktemp("fault")
    # the cluster's files live where the postgres user can reach them (pytest's are 700)
    cluster = Cluster(Path(tempfile.mkdtemp(prefix="bankpm-fault-")))
    cluster.init()
    try:
        asyncio.run(cluster.execute(f'CREATE DATABASE "{DATABASE}"'))
        env = {
            **os.environ,
            "BANKPM_DATA_DIR": str(root / "data"),
            "DATABASE_URL": cluster.url(DATABASE),
            "BANKPM_ENV": "development",
            "BANKPM_DEMO_CUSTOMERS": "40",
            "BANKPM_SCHEDULER": "off",
        }
        for step in (["migrate"], ["demo-data"]):
            subprocess.run(
                [sys.executable, "-m", "backend.cli", *step],
                env={**env, **clock_env()},
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
        proc, base = start_server(env, root / "server.log")
        try:
            # ops imports customer files (customer:import and customer:write)
            tokens = {name: login(base, name) for name in ("admin", "ops", "risk", "service")}
            yield FaultServer(base=base, cluster=cluster, env=env, tokens=tokens)
        finally:
            stop_server(proc)
    finally:
        cluster.stop("immediate")
        shutil.rmtree(cluster.root, ignore_errors=True)


def kill_during(
    server: FaultServer, request: Callable[[], httpx.Response], *, repeat: int = 1
) -> tuple[httpx.Response | None, int]:
    """Run the request in a thread and kill the database sessions serving it while it is in
    a transaction (``repeat`` times, as the server reconnects); return its response (None if
    the connection broke) and how many sessions were killed mid-transaction."""
    outcome: dict[str, Any] = {}

    def send() -> None:
        try:
            outcome["response"] = request()
        except httpx.HTTPError as exc:  # the server may answer nothing at all
            outcome["error"] = exc

    thread = threading.Thread(target=send)
    thread.start()
    killed = 0
    while thread.is_alive() and killed < repeat:
        busy = server.rows(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"
        )[0][0]
        if busy:
            killed += asyncio.run(server.cluster.terminate(DATABASE))
            time.sleep(0.05)
        else:
            time.sleep(0.005)
    thread.join(timeout=180)
    return outcome.get("response"), killed


def csv_b64(lines: list[str]) -> str:
    return base64.b64encode(("\n".join(lines) + "\n").encode()).decode()
