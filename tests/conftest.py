"""Test fixtures: a real database per session (SQLite or PostgreSQL), clients per role.

``BANKPM_TEST_DB=sqlite`` (default) or ``postgres`` picks the database; ``make test`` runs
the suite once with each. Under ``CI=true`` a PostgreSQL that cannot be reached fails the
run instead of skipping it.

The business clock (``backend.kernel.clock``) is pinned at ``BANKPM_CLOCK_AT`` when set
(``HH:MM`` Asia/Shanghai today, or an ISO instant); live servers started here get the same
instant. Tests read the clock, never the wall clock. A test is date-sensitive (marker
``clock``, run again by ``make test-clock`` at 23:30 and 00:30 Shanghai) when it is marked so
or its body reads the clock or builds dates (see ``_DATE_SENSITIVE``).
"""

from __future__ import annotations

import asyncio
import inspect
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from argon2 import PasswordHasher
from tortoise import Tortoise

from backend import db
from backend.app import create_app
from backend.domains.auth import passwords
from backend.domains.products import benchmarks, fx_rates
from backend.kernel import clock
from backend.settings import Settings, load_settings
from tests.factories import GraphQLClient

ROOT = Path(__file__).resolve().parent.parent
TEST_DB = os.environ.get("BANKPM_TEST_DB", "sqlite")
PG_ADMIN_URL = os.environ.get("BANKPM_TEST_PG", "postgres://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() == "true"

# Pin before any test module is imported, so module-level dates agree with the pin too.
clock.pin_from_environment()

#: Words in a test's body that make it date-sensitive (it reads the clock or builds dates).
_DATE_SENSITIVE = re.compile(
    r"\bclock\.|\btoday\b|business_?[dD]ate|\btimedelta\b|\basOf\b|\bas_of\b|\bdate\("
    r"|\bsince\b|[eE]ffective|[mM]aturity|expires|locked_until|last_seen"
)


#: Fixtures a test may request and still touch no database.
_NO_DATABASE_FIXTURES = {"monkeypatch", "tmp_path", "request", "capsys"}


def _touches_no_database(item: pytest.Function) -> bool:
    """A plain (not async) test that asks for no fixture but the harmless ones."""
    if inspect.iscoroutinefunction(item.obj) or any(
        item.get_closest_marker(name) for name in ("live", "browser")
    ):
        return False
    callspec = getattr(item, "callspec", None)
    requested = set(item._fixtureinfo.argnames) - set(callspec.params if callspec else ())
    return requested <= _NO_DATABASE_FIXTURES


def _is_date_sensitive(item: pytest.Function) -> bool:
    try:
        source = inspect.getsource(item.function)
    except (OSError, TypeError):
        return False
    return _DATE_SENSITIVE.search(source) is not None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the date-sensitive tests ``clock`` and those that touch no database ``nodb``;
    under ``BANKPM_TEST_DB_ONLY=1`` (the PostgreSQL pass of ``make test``, whose SQLite pass
    runs them) leave the ``nodb`` ones out."""
    left_out: list[pytest.Item] = []
    for item in items:
        if not isinstance(item, pytest.Function):
            continue
        if not item.get_closest_marker("clock") and _is_date_sensitive(item):
            item.add_marker(pytest.mark.clock)
        if _touches_no_database(item):
            item.add_marker(pytest.mark.nodb)
            left_out.append(item)
    if os.environ.get("BANKPM_TEST_DB_ONLY") == "1" and left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]


def clock_env() -> dict[str, str]:
    """The clock of a child process: the pinned instant now, so parent and child agree."""
    return clock.exported()


def _pg_unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"PostgreSQL is required under CI: {reason}")
    pytest.skip(f"PostgreSQL not reachable: {reason}")


async def _pg_admin(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://"), timeout=5)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def _fresh_database_url(tmp_dir: Path, label: str) -> tuple[str, str | None]:
    """Return a URL of a new empty database and, for PostgreSQL, its name to drop later."""
    if TEST_DB == "postgres":
        name = f"bankpm_test_{label}_{os.getpid()}_{secrets.token_hex(3)}"
        try:
            asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
        except (OSError, asyncpg.PostgresError) as exc:
            _pg_unavailable(str(exc))
        base = PG_ADMIN_URL.rsplit("/", 1)[0]
        return f"{base}/{name}", name
    return f"sqlite://{tmp_dir / f'{label}.sqlite3'}", None


def _drop_database(name: str | None) -> None:
    if name:
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """Settings of the in-process app, pointing at a fresh database."""
    data_dir = tmp_path_factory.mktemp("data")
    url, name = _fresh_database_url(data_dir, "app")
    yield load_settings(
        {"BANKPM_DATA_DIR": str(data_dir), "DATABASE_URL": url, "BANKPM_ENV": "development"}
    )
    _drop_database(name)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    """Hash passwords in-process at argon2id's least cost: at the production cost (64 MiB,
    ~0.35 s a hash or a check on the 2-core machine) signing in was most of many tests' time.
    Same code and algorithm; the hash carries its parameters, so checks are cheap too. Live
    servers (their own processes) keep the production cost."""
    patch = pytest.MonkeyPatch()
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    patch.setattr(passwords, "_hasher", cheap)
    patch.setattr(passwords, "_DUMMY_HASH", cheap.hash("bankpm-no-such-user-password"))
    yield
    patch.undo()


@pytest.fixture(scope="session", autouse=True)
async def database(settings: Settings) -> AsyncIterator[None]:
    """Migrate the test database with the committed migrations, then open it."""
    await db.migrate(settings, quiet=True)
    await db.close()
    await db.init(settings)
    yield
    await db.close()


# Empty only the tables that have rows (most tests touch a few) with DELETE, which costs
# milliseconds where TRUNCATE costs ~0.4 s however few its tables, with triggers (foreign keys,
# audit_event's append-only guard) off for the clean-up only; then restart only the sequences
# that were used. The same state as TRUNCATE ... RESTART IDENTITY over every table, in one
# round trip. (The test user is the superuser that created the database.)
_PG_RESET = """
DO $reset$
DECLARE
  name text;
  has_rows boolean;
  seq record;
BEGIN
  PERFORM set_config('session_replication_role', 'replica', true);
  FOREACH name IN ARRAY ARRAY[{tables}]::text[] LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', name) INTO has_rows;
    IF has_rows THEN
      EXECUTE format('DELETE FROM %I', name);
    END IF;
  END LOOP;
  PERFORM set_config('session_replication_role', 'origin', true);
  FOR seq IN SELECT schemaname, sequencename FROM pg_sequences WHERE last_value IS NOT NULL LOOP
    EXECUTE format('ALTER SEQUENCE %I.%I RESTART', seq.schemaname, seq.sequencename);
  END LOOP;
END
$reset$;
"""


async def _truncate() -> None:
    conn = db.connection()
    tables = [m._meta.db_table for m in Tortoise.apps["bankpm"].values()]
    if db.is_postgres():
        await conn.execute_script(
            _PG_RESET.replace("{tables}", ", ".join(f"'{t}'" for t in tables))
        )
        return
    # The append-only triggers refuse DELETE on audit_event; lift them for the clean-up only.
    await conn.execute_script(
        "PRAGMA foreign_keys = OFF;"
        "DROP TRIGGER IF EXISTS audit_event_no_delete;"
        + "".join(f'DELETE FROM "{t}";' for t in tables)
        + "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;"
        "PRAGMA foreign_keys = ON;"
    )


@pytest.fixture(autouse=True)
async def clean_database(database: None) -> AsyncIterator[None]:
    """Start every test from empty tables but the indicative exchange rates and the benchmark
    rates a new installation starts from (and hand children started by it the pinned clock)."""
    os.environ.update(clock_env())
    await _truncate()
    await fx_rates.seed_indicative_rates()
    await benchmarks.seed_current_rates()
    yield


@pytest.fixture
def app(settings: Settings) -> Any:
    """The application, sharing the session's open database."""
    return create_app(settings, manage_db=False)


@pytest.fixture
async def http(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A raw HTTP client talking to the app in-process."""
    transport = httpx.ASGITransport(app=app, client=("10.1.2.3", 4321))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture
def gql(http: httpx.AsyncClient) -> GraphQLClient:
    """An anonymous GraphQL client."""
    return GraphQLClient(http)


# --- live server for websocket and browser tests ---------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(env: dict[str, str], log_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``bankpm serve`` with the environment and wait until it is ready."""
    port = _free_port()
    env = {**env, **clock_env(), "PORT": str(port), "HOST": "127.0.0.1"}
    log = log_path.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "serve"], env=env, cwd=ROOT, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    proc.kill()
    pytest.fail(f"server did not start; log: {log_path.read_text()}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    """Stop a server started by ``start_server``."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def live_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The environment of the live servers: a migrated database with the demo data."""
    data_dir = tmp_path_factory.mktemp("live")
    url, name = _fresh_database_url(data_dir, "live")
    env = {
        **os.environ,
        "BANKPM_DATA_DIR": str(data_dir),
        "DATABASE_URL": url,
        "BANKPM_ENV": "development",
        # a smaller demo bank keeps the suite fast; it still has every product and case
        "BANKPM_DEMO_CUSTOMERS": "600",
    }
    bankpm = [sys.executable, "-m", "backend.cli"]
    for step in (["migrate"], ["demo-data"]):
        step_env = {**env, **clock_env()}
        subprocess.run(bankpm + step, env=step_env, cwd=ROOT, check=True, capture_output=True)
    yield env
    _drop_database(name)


@pytest.fixture(scope="session")
def live_server(live_env: dict[str, str]) -> Iterator[str]:
    """A real ``bankpm serve`` process on a free port, with migrations and demo data."""
    proc, base = start_server(live_env, Path(live_env["BANKPM_DATA_DIR"]) / "server.log")
    yield base
    stop_server(proc)
