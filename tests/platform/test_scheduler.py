"""The job scheduler: recorded runs, failures, settings, and one leader among real processes."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from backend.domains.jobs import models, service
from backend.domains.jobs.enums import JobOutcome
from backend.settings import Settings, SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]
WAIT = 15.0

# A BankPM instance that runs only the scheduler, with one quick job named "tick".
INSTANCE = r"""
import asyncio
from backend import db
from backend.domains.jobs import service
from backend.settings import load_settings

async def tick() -> str:
    return "tick"

async def main() -> None:
    settings = load_settings()
    await db.init(settings)
    await service.start(
        settings, [service.Job("tick", 0.2, tick)], first_delay=0.1, retry_seconds=0.3
    )
    print("started", flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
"""


async def eventually(check: Callable[[], Awaitable[bool]], what: str) -> None:
    """Wait until ``check`` holds, failing the test after a generous wait."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while not await check():
        assert loop.time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.05)


# --- one run ------------------------------------------------------------------------------------


async def test_run_now_records_a_successful_run() -> None:
    async def work() -> str:
        return "42 products checked"

    # when
    run = await service.run_now(service.Job("check", 60, work), instance="inst-1")
    # then
    stored = await models.JobRun.get(id=run.id)
    assert (stored.job, stored.instance, stored.outcome) == ("check", "inst-1", JobOutcome.OK)
    assert stored.detail == "42 products checked"
    assert stored.finished_at is not None and stored.finished_at >= stored.started_at


async def test_run_now_records_a_failure_instead_of_raising() -> None:
    async def work() -> str:
        raise RuntimeError("metric source unavailable")

    async def quiet() -> None:
        return None

    # when
    failed = await service.run_now(service.Job("broken", 60, work), instance="inst-1")
    empty = await service.run_now(service.Job("quiet", 60, quiet), instance="inst-1")
    # then
    stored = await models.JobRun.get(id=failed.id)
    assert stored.outcome == JobOutcome.FAILED
    assert stored.detail == "RuntimeError: metric source unavailable"
    assert stored.finished_at is not None
    assert (await models.JobRun.get(id=empty.id)).detail == ""
    recent = await service.recent_runs()
    assert [r.job for r in recent] == ["quiet", "broken"]
    assert [r.job for r in await service.recent_runs(job="broken")] == ["broken"]


# --- the scheduler in this process ------------------------------------------------------------


@pytest.fixture
async def scheduler(settings: Settings) -> AsyncIterator[Callable[..., Awaitable[None]]]:
    """Start a scheduler in this process; stopped at teardown."""
    started = 0

    async def start(jobs: list[service.Job], *, instance_id: str = "", **kw: Any) -> None:
        nonlocal started
        instance = replace(settings, instance_id=instance_id) if instance_id else settings
        await service.start(instance, jobs, **kw)
        started += 1

    yield start
    for _ in range(started):
        await service.stop()
    assert not service.is_running() and not service.is_leader()


async def test_the_scheduler_keeps_running_jobs_after_one_fails(scheduler: Any) -> None:
    # given
    calls = {"ok": 0, "failing": 0}

    async def ok() -> str:
        calls["ok"] += 1
        return f"run {calls['ok']}"

    async def failing() -> str:
        calls["failing"] += 1
        raise ValueError(f"bad input {calls['failing']}")

    # when
    await scheduler(
        [service.Job("ok", 0.1, ok), service.Job("failing", 0.1, failing)], first_delay=0.05
    )
    assert service.is_leader()

    # then: both jobs ran again and again, each run recorded with its outcome
    async def ran_three_times() -> bool:
        outcomes = await models.JobRun.filter(outcome__in=["OK", "FAILED"]).values_list(
            "job", flat=True
        )
        return outcomes.count("ok") >= 3 and outcomes.count("failing") >= 3

    await eventually(ran_three_times, "three runs of each job")
    failed = await models.JobRun.filter(job="failing", outcome="FAILED").order_by("id")
    assert [r.detail for r in failed[:3]] == [f"ValueError: bad input {n}" for n in (1, 2, 3)]
    oks = await models.JobRun.filter(job="ok").order_by("id")
    assert {r.outcome for r in oks if r.finished_at} == {JobOutcome.OK}
    assert oks[0].detail == "run 1"


async def test_a_job_that_ran_recently_waits_for_its_interval(scheduler: Any) -> None:
    # given: the job ran a moment ago (on any instance)
    calls: list[int] = []

    async def work() -> None:
        calls.append(1)

    await service.run_now(service.Job("hourly", 3600, work), instance="elsewhere")
    # when: a scheduler starts with a long interval, and another job to show it is running
    await scheduler(
        [service.Job("hourly", 3600, work), service.Job("probe", 0.1, work)], first_delay=0.05
    )

    # then: the probe runs, the hourly job does not repeat
    async def probe_ran_twice() -> bool:
        return await models.JobRun.filter(job="probe").count() >= 2

    await eventually(probe_ran_twice, "the probe job")
    assert await models.JobRun.filter(job="hourly").count() == 1


async def test_a_second_scheduler_on_the_same_database_does_not_run_jobs(scheduler: Any) -> None:
    # given: two schedulers of the same job, as two workers of one server would start
    async def work() -> None:
        return None

    jobs = [service.Job("solo", 0.1, work)]
    await scheduler(jobs, instance_id="first", first_delay=0.05)
    await scheduler(jobs, instance_id="second", first_delay=0.05, retry_seconds=0.05)

    # when
    async def ran_five_times() -> bool:
        return await models.JobRun.filter(job="solo").count() >= 5

    await eventually(ran_five_times, "five runs of the job")
    # then: only the first, which holds the lock, ran it
    runners = await models.JobRun.filter(job="solo").values_list("instance", flat=True)
    assert set(runners) == {"first"}


async def test_jobs_are_checked_before_starting(scheduler: Any) -> None:
    async def work() -> None:
        return None

    with pytest.raises(ValueError, match="unique"):
        await scheduler([service.Job("a", 1, work), service.Job("a", 2, work)])
    with pytest.raises(ValueError, match="positive"):
        await scheduler([service.Job("a", 0, work)])
    with pytest.raises(ValueError, match="60"):
        await scheduler([service.Job("x" * 61, 1, work)])


def test_scheduler_settings_from_the_environment(settings: Settings) -> None:
    base = {"BANKPM_DATA_DIR": str(settings.data_dir), "DATABASE_URL": settings.database_url}
    defaults = load_settings(base)
    assert defaults.scheduler_enabled is True
    assert defaults.monitor_interval_seconds == 300
    assert defaults.instance_id.endswith(f"-{os.getpid()}")
    custom = load_settings(
        base
        | {
            "BANKPM_SCHEDULER": "off",
            "BANKPM_MONITOR_INTERVAL_SECONDS": "60",
            "BANKPM_INSTANCE_ID": "api-2",
        }
    )
    assert (custom.scheduler_enabled, custom.monitor_interval_seconds) == (False, 60)
    assert custom.instance_id == "api-2"
    for name, value in [
        ("BANKPM_SCHEDULER", "sometimes"),
        ("BANKPM_MONITOR_INTERVAL_SECONDS", "0"),
        ("BANKPM_MONITOR_INTERVAL_SECONDS", "five"),
        ("BANKPM_INSTANCE_ID", "x" * 121),
    ]:
        with pytest.raises(SettingsError, match=name):
            load_settings(base | {name: value})


@pytest.mark.live
def test_the_served_app_leads_its_scheduler_and_listens_for_events(live_server: str) -> None:
    metrics = httpx.get(f"{live_server}/metrics", timeout=10).text
    assert "bankpm_scheduler_leader 1" in metrics
    postgres = os.environ.get("BANKPM_TEST_DB") == "postgres"
    assert f"bankpm_events_listener_connected {int(postgres)}" in metrics


# --- PostgreSQL: one leader among real processes ----------------------------------------------


@pytest.fixture
async def instances(settings: Settings) -> AsyncIterator[Any]:
    """Start scheduler-only BankPM processes; every one is killed at teardown."""
    if settings.is_sqlite:
        pytest.skip("leader election needs PostgreSQL (BANKPM_TEST_DB=postgres)")
    started: dict[str, asyncio.subprocess.Process] = {}

    async def start(instance_id: str) -> asyncio.subprocess.Process:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            INSTANCE,
            cwd=ROOT,
            env={
                **os.environ,
                "DATABASE_URL": settings.database_url,
                "BANKPM_DATA_DIR": str(settings.data_dir),
                "BANKPM_INSTANCE_ID": instance_id,
            },
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
        started[instance_id] = proc
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), WAIT)
        assert line.strip() == b"started"
        return proc

    yield start
    for proc in started.values():
        if proc.returncode is None:
            proc.kill()
        await proc.wait()


async def test_only_one_instance_runs_jobs_and_another_takes_over(instances: Any) -> None:
    # given: two instances of the same database, both running
    procs = {"sched-a": await instances("sched-a"), "sched-b": await instances("sched-b")}

    async def ticks() -> list[str]:
        return list(
            await models.JobRun.filter(job="tick").order_by("id").values_list("instance", flat=True)
        )

    async def ran_five_times() -> bool:
        return len(await ticks()) >= 5

    # when
    await eventually(ran_five_times, "five runs of the tick job")
    # then: every run so far came from one instance, while both were alive
    assert all(proc.returncode is None for proc in procs.values())
    runners = set(await ticks())
    assert len(runners) == 1
    leader = runners.pop()
    follower = "sched-b" if leader == "sched-a" else "sched-a"

    # when: the leader process dies
    procs[leader].kill()
    await procs[leader].wait()
    before = len(await ticks())

    # then: the other instance takes over and runs the job from now on
    async def follower_ran_twice() -> bool:
        return (await ticks()).count(follower) >= 2

    await eventually(follower_ran_twice, "the follower to take over")
    assert set((await ticks())[before:]) == {follower}
    assert procs[follower].returncode is None


async def test_the_jobs_command_lists_recent_runs(settings: Settings) -> None:
    # given
    async def work() -> str:
        raise RuntimeError("feed down")

    await service.run_now(service.Job("rollup", 60, work), instance="api-1")
    # when
    listed = subprocess.run(
        [sys.executable, "-m", "backend.cli", "jobs", "--job", "rollup"],
        env={
            **os.environ,
            "DATABASE_URL": settings.database_url,
            "BANKPM_DATA_DIR": str(settings.data_dir),
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    # then
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.splitlines()
    assert "rollup" in line and "FAILED" in line and "api-1" in line
    assert "RuntimeError: feed down" in line
