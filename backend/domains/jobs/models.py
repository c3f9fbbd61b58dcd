"""Runs of scheduled background jobs, one row per run and instance."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class JobRun(Model):
    """One run of a scheduled job: which instance ran it, when, and how it ended."""

    id = fields.IntField(primary_key=True)
    job = fields.CharField(max_length=60, db_index=True)
    instance = fields.CharField(max_length=120)
    started_at = fields.DatetimeField()
    finished_at = fields.DatetimeField(null=True)
    outcome = fields.CharField(max_length=10, default="RUNNING")
    detail = fields.TextField(default="")

    class Meta:
        table = "jobs_run"
