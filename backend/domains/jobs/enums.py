"""Enumerations of the jobs domain."""

from enum import StrEnum


class JobOutcome(StrEnum):
    """How a job run ended (RUNNING while it is still going)."""

    RUNNING = "RUNNING"
    OK = "OK"
    FAILED = "FAILED"
    SKIPPED = "SKIPPED"
