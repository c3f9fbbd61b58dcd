"""Monitoring's scheduled jobs: recompute the days' metrics and evaluate every rule."""

from __future__ import annotations

from datetime import date

from backend.domains.jobs import service as jobs_service
from backend.domains.jobs.enums import JobOutcome
from backend.domains.jobs.service import Job
from backend.domains.monitoring import evaluation
from backend.kernel import clock
from backend.settings import Settings

NAME = "monitoring.evaluate"


async def last_run_day() -> date | None:
    """The business day of the evaluation job's last successful run, if any."""
    for run in await jobs_service.recent_runs(job=NAME, limit=50):
        if run.outcome == JobOutcome.OK:
            return clock.business_date(run.started_at)
    return None


async def evaluate_all() -> str:
    """Compute every day since the last run (yesterday and today at least; missed days
    caught up, bounded) and evaluate every enabled rule."""
    outcome = await evaluation.evaluate_all(last_run_day=await last_run_day())
    return (
        f"evaluated {outcome.evaluated}, raised {outcome.raised}, "
        f"updated {outcome.updated}, resolved {outcome.resolved}"
    )


def jobs(settings: Settings) -> list[Job]:
    """The monitoring jobs, every ``BANKPM_MONITOR_INTERVAL_SECONDS``."""
    return [
        Job(
            name=NAME,
            interval_seconds=settings.monitor_interval_seconds,
            run=evaluate_all,
        )
    ]
