"""Unusual reading of customer data (异常访问): access rules and the alerts they raise.

An access rule (data, ``monitoring_access_rule``; the default one is created on first use)
says how many different customers one user may see within a rolling window — by default
more than 200 viewed or exported within 60 minutes is unusual. Each recorded read
(``customers.accessed``, from the audit domain's access log) is judged at once: a breach
raises one alert per user, rule and hour (Asia/Shanghai) on the ordinary alert stream —
the alerts list and the ``riskAlerts`` subscription — and a breach that reaches the
critical level escalates it. Later reads in the same hour leave the open alert as it is.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from backend import db, events
from backend.actor import Actor
from backend.domains.audit import access as audit_access
from backend.domains.audit import service as audit
from backend.domains.audit.enums import AccessKind
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import history, models
from backend.domains.monitoring.enums import AlertChange, AlertEventKind, AlertStatus, Severity
from backend.domains.monitoring.history import SYSTEM
from backend.errors import ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.reference import ReferenceTable
from backend.kernel.versioning import versioned_update

log = logging.getLogger("bankpm.monitoring")

#: The metric name access alerts carry.
CUSTOMERS_ACCESSED = "CUSTOMERS_ACCESSED"
#: The rule every installation starts with.
DEFAULT_RULE: dict[str, Any] = {
    "code": "CUSTOMER_ACCESS_VOLUME",
    "name_zh": "客户数据异常访问",
    "name_en": "Unusual customer data access",
    "kinds": "VIEW,EXPORT",
    "window_minutes": 60,
    "threshold": 200,
    "critical_threshold": 1000,
    "enabled": True,
}


#: The rule behind the alert for going past the hourly limit of exact searches by personal
#: data; its threshold mirrors the limit setting (``BANKPM_PII_SEARCH_PER_HOUR``).
PII_SEARCH_RULE: dict[str, Any] = {
    "code": "PII_SEARCH_LIMIT",
    "name_zh": "按个人信息精确查询超限",
    "name_en": "Exact searches by personal data over the limit",
    "kinds": "SEARCH",
    "window_minutes": 60,
    "critical_threshold": None,
    "enabled": True,
}
#: The metric name those alerts carry.
PII_SEARCHES = "PII_SEARCHES"


def kinds_of(rule: models.AccessRule) -> list[AccessKind]:
    """The kinds of access a rule counts."""
    return [AccessKind(k) for k in rule.kinds.split(",") if k]


async def _check_rule(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []
    clean = {k: data.get(k) for k in ACCESS_RULE_FIELDS if k != "id"}
    kinds = data.get("kinds") or []
    if isinstance(kinds, str):
        kinds = [k for k in kinds.split(",") if k]
    known = {k.value for k in AccessKind}
    if not kinds or any(str(k) not in known for k in kinds):
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "Choose one or more of: {choices}.",
                "kinds",
                (("choices", ", ".join(sorted(known))),),
            )
        )
    else:
        clean["kinds"] = ",".join(sorted({str(k) for k in kinds}))
    window = data.get("window_minutes")
    if not isinstance(window, int) or not 1 <= window <= 1440:
        errors.append(FieldError(ErrorCode.INVALID, "Between 1 and 1440 minutes.", "windowMinutes"))
    threshold = data.get("threshold")
    if not isinstance(threshold, int) or threshold < 1:
        errors.append(FieldError(ErrorCode.INVALID, "A whole number of at least 1.", "threshold"))
    critical = data.get("critical_threshold")
    if critical is not None and (
        not isinstance(critical, int) or (isinstance(threshold, int) and critical <= threshold)
    ):
        errors.append(
            FieldError(ErrorCode.INVALID, "Above the warning threshold.", "criticalThreshold")
        )
    for name, path in (("name_zh", "nameZh"), ("name_en", "nameEn")):
        if not str(data.get(name) or "").strip():
            errors.append(FieldError(ErrorCode.REQUIRED, "Required.", path))
    return clean, errors


ACCESS_RULE_FIELDS = (
    "id",
    "code",
    "name_zh",
    "name_en",
    "kinds",
    "window_minutes",
    "threshold",
    "critical_threshold",
    "enabled",
)

ACCESS_RULES: ReferenceTable[models.AccessRule] = ReferenceTable(
    model=models.AccessRule,
    entity="accessRule",
    fields=ACCESS_RULE_FIELDS,
    key=("code",),
    check=_check_rule,
    permission=perms.MONITORING_WRITE,
    audit=audit.record,
    missing="No such access rule.",
    order_by=("code", "id"),
    fixed=("code",),
)


async def _ensure_default() -> None:
    """Create the default rule the first time access is judged (a fresh installation)."""
    if await models.AccessRule.exists():
        return
    try:
        async with db.transaction():
            row = await models.AccessRule.create(**DEFAULT_RULE)
            await audit.record(
                actor=SYSTEM,
                action="accessRule.create",
                object_type="AccessRule",
                object_id=row.id,
                after=ACCESS_RULES.snapshot(row),
            )
    except IntegrityError:
        pass  # another instance created it meanwhile


async def access_rules_query() -> QuerySet[models.AccessRule]:
    """The access rules, by code (the default one created on first use)."""
    await _ensure_default()
    return ACCESS_RULES.query()


async def get_access_rules(*, ids: list[int]) -> list[models.AccessRule]:
    """Access rules by id."""
    return await ACCESS_RULES.get_many(ids=ids)


async def update_access_rule(
    *, rule_id: int, data: dict[str, Any], actor: Actor
) -> models.AccessRule:
    """Change an access rule's threshold, window, kinds or names, or switch it off."""
    return await ACCESS_RULES.update(pk=rule_id, data=data, actor=actor)


def _severity(rule: models.AccessRule, seen: int) -> Severity | None:
    if rule.critical_threshold is not None and seen > rule.critical_threshold:
        return Severity.CRITICAL
    if seen > rule.threshold:
        return Severity.WARNING
    return None


def _open_key(rule_id: int, actor_key: str, at: datetime) -> str:
    hour = at.astimezone(clock.BUSINESS_TZ).strftime("%Y%m%d%H")
    digest = hashlib.sha256(f"{rule_id}|{actor_key}|{hour}".encode()).hexdigest()[:32]
    return f"acc:{digest}"


async def judge(
    *,
    actor_key: str,
    actor_type: str,
    actor_id: int | None,
    actor_name: str,
    kind: str,
    at: datetime,
    **_: Any,
) -> int:
    """Judge the enabled access rules for one actor after a read; returns alerts raised."""
    rules = await models.AccessRule.filter(enabled=True).order_by("id")
    if not rules and not await models.AccessRule.exists():
        await _ensure_default()
        rules = await models.AccessRule.filter(enabled=True).order_by("id")
    raised = 0
    for rule in rules:
        kinds = kinds_of(rule)
        if AccessKind(kind) not in kinds:
            continue
        seen = await audit_access.distinct_customers(
            actor_key=actor_key, kinds=kinds, since=at - timedelta(minutes=rule.window_minutes)
        )
        severity = _severity(rule, seen)
        if severity is None:
            continue
        subject_user = actor_id if actor_type == "USER" else None
        raised += await _raise_or_escalate(
            rule, _open_key(rule.id, actor_key, at), actor_name, subject_user, severity, seen
        )
    return raised


async def _pii_search_rule(limit: int) -> models.AccessRule:
    """The PII-search rule, created on first use with the limit in force."""
    row = await models.AccessRule.get_or_none(code=PII_SEARCH_RULE["code"])
    if row is not None:
        return row
    try:
        async with db.transaction():
            row = await models.AccessRule.create(**PII_SEARCH_RULE, threshold=limit)
            await audit.record(
                actor=SYSTEM,
                action="accessRule.create",
                object_type="AccessRule",
                object_id=row.id,
                after=ACCESS_RULES.snapshot(row),
            )
    except IntegrityError:
        row = await models.AccessRule.get(code=PII_SEARCH_RULE["code"])
    return row


async def pii_search_limited(
    *,
    actor_key: str,
    actor_type: str,
    actor_id: int | None,
    actor_name: str,
    count: int,
    limit: int,
    at: datetime,
    **_: Any,
) -> int:
    """Raise one alert per user and hour when they go past the limit of exact searches by
    personal data (a guessing attack on a masked phone or ID number looks like this)."""
    rule = await _pii_search_rule(limit)
    if not rule.enabled:
        return 0
    subject_user = actor_id if actor_type == "USER" else None
    return await _raise_or_escalate(
        rule,
        _open_key(rule.id, actor_key, at),
        actor_name,
        subject_user,
        Severity.WARNING,
        count,
        metric=PII_SEARCHES,
    )


async def _raise_or_escalate(
    rule: models.AccessRule,
    key: str,
    actor_name: str,
    subject_user: int | None,
    severity: Severity,
    seen: int,
    metric: str = CUSTOMERS_ACCESSED,
) -> int:
    existing = await models.Alert.get_or_none(open_key=key)
    now = clock.now()
    if existing is None:
        try:
            async with db.transaction():
                alert = await models.Alert.create(
                    access_rule_id=rule.id,
                    subject_name=actor_name[:100],
                    subject_user_id=subject_user,
                    open_key=key,
                    severity=severity.value,
                    status=AlertStatus.OPEN.value,
                    metric=metric,
                    value=Decimal(seen),
                    threshold=Decimal(
                        rule.threshold
                        if severity == Severity.WARNING
                        else rule.critical_threshold or rule.threshold
                    ),
                    business_date=clock.today(),
                    raised_at=now,
                    updated_at=now,
                )
                await history.record(alert, AlertEventKind.RAISED, SYSTEM, value=alert.value)
                await audit.record(
                    actor=SYSTEM,
                    action="alert.raise",
                    object_type="Alert",
                    object_id=alert.id,
                    after=alert_audit(alert),
                )
        except IntegrityError:
            return 0  # another instance raised it for this hour meanwhile
        await publish(alert, AlertChange.RAISED)
        return 1
    if Severity(existing.severity).rank >= severity.rank or existing.status == AlertStatus.RESOLVED:
        return 0
    before = alert_audit(existing)
    async with db.transaction():
        await versioned_update(
            existing,
            expected_version=existing.version,
            changes={
                "severity": severity.value,
                "value": Decimal(seen),
                "threshold": Decimal(rule.critical_threshold or rule.threshold),
                "updated_at": now,
            },
        )
        await history.record(existing, AlertEventKind.ESCALATED, SYSTEM, value=existing.value)
        await audit.record(
            actor=SYSTEM,
            action="alert.escalate",
            object_type="Alert",
            object_id=existing.id,
            before=before,
            after=alert_audit(existing),
        )
    await publish(existing, AlertChange.UPDATED)
    return 0


def alert_audit(alert: models.Alert) -> dict[str, Any]:
    """The audited fields of an access alert."""
    return {
        "access_rule_id": alert.access_rule_id,
        "subject_name": alert.subject_name,
        "subject_user_id": alert.subject_user_id,
        "severity": alert.severity,
        "status": alert.status,
        "value": alert.value,
        "assignee_id": alert.assignee_id,
        "version": alert.version,
    }


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


async def event_payload(alert: models.Alert, change: AlertChange) -> dict[str, Any]:
    """The bus message for one change of an access alert (same shape as a product alert's,
    with the access rule as the rule, no product, and the user as the subject)."""
    rule = await models.AccessRule.get(id=alert.access_rule_id)
    return {
        "change": change.value,
        "at": clock.now().isoformat(),
        "alert": {
            "id": alert.id,
            "rule_id": None,
            "access_rule_id": rule.id,
            "rule_code": rule.code,
            "rule_name_zh": rule.name_zh,
            "rule_name_en": rule.name_en,
            "product_id": None,
            "product_code": "",
            "product_name_zh": "",
            "product_name_en": "",
            "subject_name": alert.subject_name,
            "subject_user_id": alert.subject_user_id,
            "window_minutes": rule.window_minutes,
            "family": None,
            "severity": alert.severity,
            "status": alert.status,
            "metric": alert.metric,
            "value": _text(alert.value),
            "threshold": _text(alert.threshold),
            "baseline": None,
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
    """Publish an access alert change after its commit; a bus failure is logged, not raised."""
    payload = await event_payload(alert, change)
    try:
        await events.publish(events.ALERTS, payload)
    except Exception:  # noqa: BLE001 - the change is committed; subscribers catch up by query
        log.exception("publishing alert %s failed", alert.id)
