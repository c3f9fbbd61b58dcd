"""The job scheduler: background jobs run on one instance at a time, every run recorded.

Each started scheduler is one asyncio task that runs its jobs one after another, each every
``interval_seconds``. On PostgreSQL only the instance holding the session-level advisory lock
``LOCK_KEY`` runs jobs: it is taken with ``pg_try_advisory_lock`` on a dedicated connection
(``application_name`` ``bankpm-scheduler``) held for the life of the scheduler, so the lock is
freed the moment the leader stops or its connection dies. The other instances try again every
``retry_seconds``. On SQLite the instance holding an exclusive ``flock`` on
``<database file>.scheduler.lock`` leads, so ``bankpm serve --workers N`` still runs each job once
(a single process always leads).

When an instance becomes leader it plans each job from the job's last recorded run on any
instance (next run at last start + interval, but not sooner than ``first_delay`` from now), so
a takeover or a restart does not repeat work that just ran. The leader checks its connection
before every run and at least every ``LEADER_CHECK_SECONDS``; a job already running when the
leader's connection dies finishes, so in that rare case two runs can overlap.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from backend import pg
from backend.domains.jobs import models
from backend.domains.jobs.enums import JobOutcome
from backend.kernel import clock
from backend.settings import Settings

#: The advisory lock key of scheduler leadership ("bankpm" in ASCII, then 1).
LOCK_KEY = 0x62616E6B706D0001
#: ``application_name`` of the leader-election connection.
APPLICATION_NAME = "bankpm-scheduler"
#: Default delay before the first run after start (or after becoming leader).
FIRST_RUN_DELAY_SECONDS = 2.0
#: Default seconds between leader-election attempts of a follower.
ELECTION_RETRY_SECONDS = 3.0
#: The leader checks its lock connection at least this often.
LEADER_CHECK_SECONDS = 5.0
#: Longest detail text kept on a run.
DETAIL_MAX_CHARS = 4000

log = logging.getLogger("bankpm.jobs")


@dataclass(frozen=True)
class Job:
    """A background job: its name, how often it runs, and the work (returning a detail text)."""

    name: str
    interval_seconds: float
    run: Callable[[], Awaitable[str | None]]


async def run_now(job: Job, *, instance: str) -> models.JobRun:
    """Run a job once and record the run (OK or FAILED with the error); never raises.

    Cancellation (the scheduler stopping) is recorded as FAILED and then re-raised.
    """
    started = clock.now()
    try:
        run = await models.JobRun.create(
            job=job.name, instance=instance, started_at=started, outcome=JobOutcome.RUNNING
        )
    except Exception as exc:  # noqa: BLE001 - a run that cannot be recorded is not started
        log.exception("job %s: cannot record its run; not running it", job.name)
        return models.JobRun(
            job=job.name,
            instance=instance,
            started_at=started,
            finished_at=clock.now(),
            outcome=JobOutcome.FAILED,
            detail=f"could not record the run: {type(exc).__name__}: {exc}"[:DETAIL_MAX_CHARS],
        )
    try:
        detail = await job.run()
        run.outcome, run.detail = JobOutcome.OK, (detail or "")[:DETAIL_MAX_CHARS]
    except asyncio.CancelledError:
        run.outcome, run.detail, run.finished_at = JobOutcome.FAILED, "cancelled", clock.now()
        with contextlib.suppress(Exception):
            await run.save(update_fields=["outcome", "detail", "finished_at"])
        raise
    except Exception as exc:  # noqa: BLE001 - a failing job is recorded, never propagated
        log.exception("job %s failed", job.name)
        run.outcome = JobOutcome.FAILED
        run.detail = f"{type(exc).__name__}: {exc}"[:DETAIL_MAX_CHARS]
    run.finished_at = clock.now()
    try:
        await run.save(update_fields=["outcome", "detail", "finished_at"])
    except Exception:  # noqa: BLE001 - the outcome is still returned and logged
        log.exception("job %s: cannot record its outcome %s", job.name, run.outcome)
    return run


async def recent_runs(*, job: str | None = None, limit: int = 20) -> list[models.JobRun]:
    """Return the latest job runs, newest first, of one job or of all."""
    query = models.JobRun.all()
    if job is not None:
        query = query.filter(job=job)
    return await query.order_by("-started_at", "-id").limit(limit)


class _Scheduler:
    """One scheduler task: elects itself leader, then runs due jobs while it leads."""

    def __init__(
        self, settings: Settings, jobs: Sequence[Job], first_delay: float, retry_seconds: float
    ) -> None:
        self.database_url = settings.database_url
        self.postgres = not settings.is_sqlite
        self.instance = settings.instance_id
        self.jobs = list(jobs)
        self.first_delay = first_delay
        self.retry_seconds = retry_seconds
        self.conn: Any = None
        self.lock_file: IO[bytes] | None = None
        self.leader = False
        self.task: asyncio.Task[None] | None = None

    async def elect(self) -> bool:
        """Try to become leader; return whether this scheduler leads."""
        if not self.postgres:
            self.leader = self._lock_file()
            return self.leader
        try:
            if self.conn is None or self.conn.is_closed():
                self.conn = await pg.connect(self.database_url, application_name=APPLICATION_NAME)
            got = bool(
                await self.conn.fetchval("SELECT pg_try_advisory_lock($1)", LOCK_KEY, timeout=5)
            )
        except Exception as exc:  # noqa: BLE001 - any failure is retried later
            log.warning("scheduler: leader election failed: %s", exc)
            self._drop_connection()
            return False
        if got:
            self.leader = True
            log.info("scheduler: instance %s is now the leader", self.instance)
        return got

    def _lock_file(self) -> bool:
        """Take the SQLite database's scheduler lock file, unless another process holds it."""
        if self.lock_file is not None:
            return True
        database = self.database_url.removeprefix("sqlite://").split("?", 1)[0]
        if not database or database.startswith(":memory:"):
            return True
        # Held open for the life of the scheduler: closing it releases the lock.
        lock_file = Path(database + ".scheduler.lock").open("ab")  # noqa: SIM115
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock_file.close()
            return False
        self.lock_file = lock_file
        return True

    async def still_leader(self) -> bool:
        """Whether the lock connection is alive (and so the lock still held)."""
        if not self.postgres:
            return True
        conn = self.conn
        if conn is None or conn.is_closed():
            return False
        try:
            await conn.fetchval("SELECT 1", timeout=LEADER_CHECK_SECONDS)
        except Exception as exc:  # noqa: BLE001 - any failure means the lock may be gone
            log.warning("scheduler: lost the leader connection: %s", exc)
            return False
        return True

    def _drop_connection(self) -> None:
        """Forget the lock connection (terminating it frees the lock on the server)."""
        conn, self.conn = self.conn, None
        if conn is not None and not conn.is_closed():
            conn.terminate()

    async def plan(self) -> list[float]:
        """Return each job's next due time (loop clock) from its last recorded run."""
        loop = asyncio.get_running_loop()
        now, wall = loop.time(), clock.now()
        due: list[float] = []
        for job in self.jobs:
            delay = self.first_delay
            try:
                last = await models.JobRun.filter(job=job.name).order_by("-started_at").first()
            except Exception as exc:  # noqa: BLE001 - plan without history then
                log.warning("scheduler: cannot read the last run of %s: %s", job.name, exc)
                last = None
            if last is not None:
                since = (wall - last.started_at).total_seconds()
                delay = max(delay, job.interval_seconds - since)
            due.append(now + delay)
        return due

    async def lead(self) -> None:
        """Run due jobs until leadership is lost (or the task is cancelled)."""
        loop = asyncio.get_running_loop()
        due = await self.plan()
        while True:
            for i, job in enumerate(self.jobs):
                if due[i] > loop.time():
                    continue
                if not await self.still_leader():
                    return
                await run_now(job, instance=self.instance)
                due[i] = loop.time() + job.interval_seconds
            wait = min(due, default=loop.time() + LEADER_CHECK_SECONDS) - loop.time()
            await asyncio.sleep(min(max(wait, 0.0), LEADER_CHECK_SECONDS))
            if not await self.still_leader():
                return

    async def main(self) -> None:
        """Elect, lead, and on losing the lead go back to electing; until cancelled."""
        while True:
            if self.leader or await self.elect():
                try:
                    await self.lead()
                except Exception:  # noqa: BLE001 - the scheduler must outlive any surprise
                    log.exception("scheduler: unexpected error; stepping down")
                self.leader = False
                self._drop_connection()
                log.warning("scheduler: instance %s is no longer the leader", self.instance)
            await asyncio.sleep(self.retry_seconds)

    async def stop(self) -> None:
        """Cancel the task and release the lock."""
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
        self.leader = False
        if self.lock_file is not None:
            self.lock_file.close()
            self.lock_file = None
        conn, self.conn = self.conn, None
        if conn is not None and not conn.is_closed():
            try:
                await conn.close(timeout=2)
            except Exception:  # noqa: BLE001 - closing a broken connection may fail
                conn.terminate()


_schedulers: list[_Scheduler] = []


async def start(
    settings: Settings,
    jobs: Sequence[Job],
    *,
    first_delay: float = FIRST_RUN_DELAY_SECONDS,
    retry_seconds: float = ELECTION_RETRY_SECONDS,
) -> None:
    """Start a scheduler running ``jobs``; the first election happens before returning."""
    names = [job.name for job in jobs]
    if len(set(names)) != len(names):
        raise ValueError("job names must be unique")
    for job in jobs:
        if not 0 < len(job.name) <= 60:
            raise ValueError(f"job name {job.name!r} must be 1 to 60 characters")
        if job.interval_seconds <= 0:
            raise ValueError(f"job {job.name!r} needs a positive interval")
    scheduler = _Scheduler(settings, jobs, first_delay, retry_seconds)
    await scheduler.elect()
    if not scheduler.leader:
        log.info("scheduler: instance %s follows; another instance leads", scheduler.instance)
    scheduler.task = asyncio.get_running_loop().create_task(
        scheduler.main(), name="bankpm-scheduler"
    )
    _schedulers.append(scheduler)


async def stop() -> None:
    """Stop the most recently started scheduler, releasing its leadership."""
    if _schedulers:
        await _schedulers.pop().stop()


def is_leader() -> bool:
    """Whether a scheduler of this process currently leads (runs the jobs)."""
    return any(s.leader for s in _schedulers)


def is_running() -> bool:
    """Whether a scheduler is started in this process."""
    return bool(_schedulers)
