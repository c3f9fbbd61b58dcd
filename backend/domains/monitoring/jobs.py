"""Monitoring's scheduled jobs: recompute the day's metrics and evaluate every rule."""

from __future__ import annotations

from backend.domains.jobs.service import Job
from backend.domains.monitoring import evaluation
from backend.settings import Settings


async def evaluate_all() -> str:
    """Compute yesterday's and today's metrics and evaluate every enabled rule."""
    outcome = await evaluation.evaluate_all()
    return (
        f"evaluated {outcome.evaluated}, raised {outcome.raised}, "
        f"updated {outcome.updated}, resolved {outcome.resolved}"
    )


def jobs(settings: Settings) -> list[Job]:
    """The monitoring jobs, every ``BANKPM_MONITOR_INTERVAL_SECONDS``."""
    return [
        Job(
            name="monitoring.evaluate",
            interval_seconds=settings.monitor_interval_seconds,
            run=evaluate_all,
        )
    ]
