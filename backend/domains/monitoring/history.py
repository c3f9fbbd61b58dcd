"""An alert's trail: its history entries, audit snapshots and the live event published after commit."""

from __future__ import annotations

import logging
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from backend import events
from backend.actor import Actor, ActorType
from backend.domains.monitoring import models
from backend.domains.monitoring.enums import AlertChange, AlertEventKind
from backend.domains.products import models as product_models
from backend.kernel import clock

log = logging.getLogger("bankpm.monitoring")
#: Who evaluations and automatic actions are recorded as.
SYSTEM = Actor.system("monitoring")


def user_id(actor: Actor) -> int | None:
    """The actor's user id, or None for API keys and the system."""
    return actor.id if actor.type == ActorType.USER else None


def alert_audit(alert: models.Alert) -> dict[str, Any]:
    """The audited fields of an alert."""
    return {
        "rule_id": alert.rule_id,
        "product_id": alert.product_id,
        "severity": alert.severity,
        "status": alert.status,
        "value": alert.value,
        "assignee_id": alert.assignee_id,
        "version": alert.version,
    }


async def record(
    alert: models.Alert,
    kind: AlertEventKind,
    actor: Actor,
    *,
    value: Decimal | None = None,
    note: str = "",
    at: datetime | None = None,
) -> models.AlertEvent:
    """Add an entry to the alert's history (inside the caller's transaction)."""
    return await models.AlertEvent.create(
        alert_id=alert.id,
        kind=kind.value,
        severity=alert.severity,
        status=alert.status,
        value=value,
        note=note,
        actor_id=actor.id if actor.type in (ActorType.USER, ActorType.API_KEY) else None,
        actor_name=actor.name,
        at=at or clock.now(),
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


async def event_payload(alert: models.Alert, change: AlertChange) -> dict[str, Any]:
    """The bus message for one alert change: everything a subscriber shows, as JSON."""
    rule = await models.RiskRule.get(id=alert.rule_id)
    product = await product_models.Product.get(id=alert.product_id)
    return {
        "change": change.value,
        "at": clock.now().isoformat(),
        "alert": {
            "id": alert.id,
            "rule_id": rule.id,
            "rule_code": rule.code,
            "rule_name_zh": rule.name_zh,
            "rule_name_en": rule.name_en,
            "product_id": product.id,
            "product_code": product.code,
            "product_name_zh": product.name_zh,
            "product_name_en": product.name_en,
            "family": alert.family,
            "severity": alert.severity,
            "status": alert.status,
            "metric": alert.metric,
            "value": _text(alert.value),
            "threshold": _text(alert.threshold),
            "baseline": _text(alert.baseline),
            "business_date": _text(alert.business_date),
            "raised_at": _text(alert.raised_at),
            "updated_at": _text(alert.updated_at),
            "acknowledged_at": _text(alert.acknowledged_at),
            "resolved_at": _text(alert.resolved_at),
            "assignee_id": alert.assignee_id,
            "resolution_note": alert.resolution_note[:500],
            "auto_resolved": alert.auto_resolved,
            "action_taken": alert.action_taken,
            "version": alert.version,
        },
    }


async def publish(alert: models.Alert, change: AlertChange) -> None:
    """Publish an alert change after its commit; a bus failure is logged, not raised."""
    payload = await event_payload(alert, change)
    try:
        await events.publish(events.ALERTS, payload)
    except Exception:  # noqa: BLE001 - the change is committed; subscribers catch up by query
        log.exception("publishing alert %s failed", alert.id)
