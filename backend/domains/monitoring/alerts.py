"""The alert lifecycle by hand (acknowledge, assign, comment, resolve) and the alert lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import models as auth_models
from backend.domains.auth import permissions as perms
from backend.domains.auth import service as auth_service
from backend.domains.monitoring import access_anomaly, history, models
from backend.domains.monitoring.enums import (
    AlertChange,
    AlertEventKind,
    AlertStatus,
    AutoAction,
    Severity,
)
from backend.domains.monitoring.errors import MonitoringErrorCode
from backend.errors import DomainError, ErrorCode
from backend.kernel import clock
from backend.kernel.guards import require
from backend.kernel.versioning import check_version, versioned_update

NOTE_MAX = 2000


async def _alert_for_update(alert_id: int, expected_version: int | None) -> models.Alert:
    """An alert to change; NOT_FOUND when it is gone, CONFLICT when the caller read an older
    version."""
    alert = await models.Alert.get_or_none(id=alert_id)
    if alert is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such alert.", "id")
    check_version(alert, expected_version)
    return alert


async def _change(
    alert: models.Alert,
    actor: Actor,
    kind: AlertEventKind,
    changes: dict[str, Any],
    *,
    note: str = "",
) -> models.Alert:
    """Apply a user's change to an alert with its history entry and audit, then publish."""
    before = history.alert_audit(alert)
    moment = clock.now()
    async with db.transaction():
        await versioned_update(
            alert, expected_version=alert.version, changes={**changes, "updated_at": moment}
        )
        await history.record(alert, kind, actor, note=note, at=moment)
        await audit.record(
            actor=actor,
            action=f"alert.{kind.value.lower()}",
            object_type="Alert",
            object_id=alert.id,
            before=before,
            after={**history.alert_audit(alert), "note": note},
        )
    change = AlertChange.RESOLVED if kind == AlertEventKind.RESOLVED else AlertChange.UPDATED
    if alert.access_rule_id is not None:
        await access_anomaly.publish(alert, change)
    else:
        await history.publish(alert, change)
    return alert


def _not_resolved(alert: models.Alert) -> None:
    if alert.status == AlertStatus.RESOLVED:
        raise DomainError.single(
            MonitoringErrorCode.ALERT_ALREADY_RESOLVED, "This alert is already resolved.", "id"
        )


def _note(text: str | None, *, required: bool, path: str = "note") -> str:
    text = (text or "").strip()
    if required and not text:
        raise DomainError.single(ErrorCode.REQUIRED, "Required.", path)
    if len(text) > NOTE_MAX:
        raise DomainError.single(ErrorCode.INVALID, "Too long.", path)
    return text


async def acknowledge(
    *, alert_id: int, expected_version: int, note: str = "", actor: Actor
) -> models.Alert:
    """Take an open alert on: OPEN → ACKNOWLEDGED."""
    require(actor, perms.ALERT_MANAGE)
    text = _note(note, required=False)
    alert = await _alert_for_update(alert_id, expected_version)
    if alert.status != AlertStatus.OPEN:
        raise DomainError.single(
            MonitoringErrorCode.ALERT_NOT_OPEN, "Only an open alert can be acknowledged.", "id"
        )
    changes = {
        "status": AlertStatus.ACKNOWLEDGED.value,
        "acknowledged_at": clock.now(),
        "acknowledged_by_id": history.user_id(actor),
    }
    if alert.assignee_id is None and history.user_id(actor) is not None:
        changes["assignee_id"] = history.user_id(actor)
    return await _change(alert, actor, AlertEventKind.ACKNOWLEDGED, changes, note=text)


async def assign(
    *, alert_id: int, expected_version: int, assignee_id: int | None, actor: Actor
) -> models.Alert:
    """Give an alert to an active user who may manage alerts (or to nobody)."""
    require(actor, perms.ALERT_MANAGE)
    alert = await _alert_for_update(alert_id, expected_version)
    _not_resolved(alert)
    name = ""
    if assignee_id is not None:
        users = await auth_service.get_users(ids=[assignee_id])
        user = users[0] if users else None
        if user is None or not user.is_active:
            raise DomainError.single(ErrorCode.NOT_FOUND, "No such user.", "assigneeId")
        if perms.ALERT_MANAGE not in perms.permissions_for_roles(auth_service.user_roles(user)):
            raise DomainError.single(
                MonitoringErrorCode.ASSIGNEE_CANNOT_MANAGE_ALERTS,
                "This user may not work on alerts.",
                "assigneeId",
            )
        name = user.username
    return await _change(
        alert, actor, AlertEventKind.ASSIGNED, {"assignee_id": assignee_id}, note=name
    )


async def alert_assignees() -> list[Any]:
    """Active users whose roles let them manage alerts, by username."""
    users = await auth_models.User.filter(is_active=True).order_by("username")
    return [
        u
        for u in users
        if perms.ALERT_MANAGE in perms.permissions_for_roles(auth_service.user_roles(u))
    ]


async def comment(*, alert_id: int, text: str, actor: Actor) -> models.Alert:
    """Add a comment to an alert's history (resolved alerts too)."""
    require(actor, perms.ALERT_MANAGE)
    body = _note(text, required=True, path="text")
    alert = await _alert_for_update(alert_id, None)
    return await _change(alert, actor, AlertEventKind.COMMENTED, {}, note=body)


async def resolve(*, alert_id: int, expected_version: int, note: str, actor: Actor) -> models.Alert:
    """Close an alert by hand with a note; if the breach persists, the next evaluation raises
    a new alert."""
    require(actor, perms.ALERT_MANAGE)
    text = _note(note, required=True)
    alert = await _alert_for_update(alert_id, expected_version)
    _not_resolved(alert)
    changes = {
        "status": AlertStatus.RESOLVED.value,
        "open_key": None,
        "resolved_at": clock.now(),
        "resolved_by_id": history.user_id(actor),
        "resolution_note": text,
        "auto_resolved": False,
    }
    return await _change(alert, actor, AlertEventKind.RESOLVED, changes, note=text)


@dataclass(frozen=True)
class AlertFilter:
    """Which alerts a list shows."""

    statuses: Sequence[AlertStatus] | None = None
    min_severity: Severity | None = None
    product_ids: Sequence[int] | None = None
    families: Sequence[str] | None = None
    rule_ids: Sequence[int] | None = None
    assignee_id: int | None = None
    since: datetime | None = None


def severities_from(minimum: Severity | None) -> list[str]:
    """The severities at or above a minimum."""
    floor = minimum.rank if minimum else 0
    return [s.value for s in Severity if s.rank >= floor]


def alerts_query(*, filter: AlertFilter | None = None) -> QuerySet[models.Alert]:
    """Alerts, most recently changed first; ``since`` lists those changed at or after it,
    oldest first, for a client catching up after a reconnect."""
    f = filter or AlertFilter()
    query = models.Alert.all()
    if f.statuses:
        query = query.filter(status__in=[s.value for s in f.statuses])
    if f.min_severity:
        query = query.filter(severity__in=severities_from(f.min_severity))
    if f.product_ids is not None:
        query = query.filter(product_id__in=list(f.product_ids))
    if f.families:
        query = query.filter(family__in=list(f.families))
    if f.rule_ids is not None:
        query = query.filter(rule_id__in=list(f.rule_ids))
    if f.assignee_id is not None:
        query = query.filter(assignee_id=f.assignee_id)
    if f.since is not None:
        return query.filter(updated_at__gte=f.since).order_by("updated_at", "id")
    return query.order_by("-updated_at", "-id")


async def open_suspending_alert(product_id: int) -> models.Alert | None:
    """The product's alert whose automatic action suspended its sales, while not resolved."""
    return (
        await models.Alert.filter(
            product_id=product_id, action_taken=AutoAction.SUSPEND_SALES.value
        )
        .exclude(status=AlertStatus.RESOLVED.value)
        .prefetch_related("rule")
        .first()
    )


async def get_alerts(*, ids: Sequence[int]) -> list[models.Alert]:
    """Alerts by id."""
    return await models.Alert.filter(id__in=list(ids))


async def alert_history(*, alert_ids: Sequence[int]) -> dict[int, list[models.AlertEvent]]:
    """Each alert's history, oldest first."""
    out: dict[int, list[models.AlertEvent]] = {i: [] for i in alert_ids}
    for row in await models.AlertEvent.filter(alert_id__in=list(alert_ids)).order_by("at", "id"):
        out[row.alert_id].append(row)
    return out


async def open_alert_counts() -> dict[str, int]:
    """Open and acknowledged alerts per severity."""
    rows = (
        await models.Alert.exclude(status=AlertStatus.RESOLVED)
        .group_by("severity")
        .annotate(n=Count("id"))
        .values_list("severity", "n")
    )
    counts = {s.value: 0 for s in Severity}
    counts.update(dict(rows))
    return counts
