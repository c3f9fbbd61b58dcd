"""Enumerations of the audit domain."""

from enum import StrEnum


class AuditOutcome(StrEnum):
    """Whether the audited action took effect."""

    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"
