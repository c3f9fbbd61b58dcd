"""The append-only, hash-chained audit trail."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class AuditEvent(Model):
    """One audited action, hash-chained to the event before it."""

    id = fields.IntField(primary_key=True)
    sequence = fields.BigIntField(unique=True)
    occurred_at = fields.DatetimeField()
    actor_type = fields.CharField(max_length=16)
    actor_id = fields.CharField(max_length=64, null=True)
    actor_name = fields.CharField(max_length=100)
    action = fields.CharField(max_length=64, db_index=True)
    object_type = fields.CharField(max_length=64, null=True, db_index=True)
    object_id = fields.CharField(max_length=64, null=True)
    before: Any = fields.JSONField(null=True)
    after: Any = fields.JSONField(null=True)
    ip_address = fields.CharField(max_length=64, null=True)
    user_agent = fields.CharField(max_length=300, null=True)
    outcome = fields.CharField(max_length=16)
    correlation_id = fields.CharField(max_length=64)
    prev_hash = fields.CharField(max_length=64)
    hash = fields.CharField(max_length=64)

    class Meta:
        table = "audit_event"


class CustomerAccess(Model):
    """Who saw which customer, how and in which hour: one row per actor, customer, kind,
    entry point and hour, counted. Kept apart from the hash chain so a list page costs one
    write, not one chained event per row."""

    id = fields.BigIntField(primary_key=True)
    actor_key = fields.CharField(max_length=80)
    actor_type = fields.CharField(max_length=16)
    actor_id = fields.CharField(max_length=64, null=True)
    actor_name = fields.CharField(max_length=100)
    customer_id = fields.IntField(db_index=True)
    kind = fields.CharField(max_length=8)
    through = fields.CharField(max_length=40)
    hour = fields.DatetimeField()
    first_at = fields.DatetimeField()
    last_at = fields.DatetimeField()
    count = fields.IntField(default=1)

    class Meta:
        table = "audit_customer_access"
        unique_together = (("actor_key", "customer_id", "kind", "through", "hour"),)
        indexes = (("actor_key", "last_at"), ("last_at",))


class RefusalCount(Model):
    """How many requests of one principal were refused (FORBIDDEN...) in one minute. The first
    few of a minute are also chained ``access.refuse`` events; the rest are only counted here,
    so a flood of refused requests cannot fill the audit trail."""

    id = fields.BigIntField(primary_key=True)
    actor_key = fields.CharField(max_length=80)
    actor_type = fields.CharField(max_length=16)
    actor_id = fields.CharField(max_length=64, null=True)
    actor_name = fields.CharField(max_length=100)
    minute = fields.DatetimeField()
    first_at = fields.DatetimeField()
    last_at = fields.DatetimeField()
    count = fields.IntField(default=1)

    class Meta:
        table = "audit_refusal_count"
        unique_together = (("actor_key", "minute"),)
        indexes = (("last_at",),)
