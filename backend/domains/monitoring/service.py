"""Risk rules, their evaluation, and the alert lifecycle (OPEN → ACKNOWLEDGED → RESOLVED).

Evaluation reads the stored daily metrics; a breach raises an alert, or updates the one open
alert of that rule and product (the database refuses a second open one); a metric back in its
normal range resolves the alert by itself with a note. A CRITICAL breach of a rule with an
automatic action suspends the product's sales through the product lifecycle. Every change is
audited in its own transaction and published on the event bus after commit.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from backend import db, events
from backend.actor import Actor, ActorType
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import metrics, models
from backend.domains.monitoring import rules as judge
from backend.domains.monitoring.enums import (
    LOAN_ONLY,
    AlertChange,
    AlertEventKind,
    AlertStatus,
    AutoAction,
    Metric,
    RuleCondition,
    RuleScope,
    Severity,
)
from backend.domains.products import lifecycle as product_lifecycle
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductFamily, ProductStatus
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.guards import raise_if, require

log = logging.getLogger("bankpm.monitoring")

CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,39}$")
NOTE_MAX = 2000
MAX_WINDOW_DAYS = 366
MAX_BASELINE_DAYS = 730
#: Days of metrics recomputed when data for older days changes (older days keep their values).
RECOMPUTE_DAYS = 62
SYSTEM = Actor.system("monitoring")


def now() -> datetime:
    """The current instant (UTC)."""
    return clock.now()


def _user_id(actor: Actor) -> int | None:
    return actor.id if actor.type == ActorType.USER else None


# --- rules ----------------------------------------------------------------------------------


def rule_snapshot(rule: models.RiskRule) -> dict[str, Any]:
    """The audited fields of a rule."""
    return {
        "code": rule.code,
        "name_zh": rule.name_zh,
        "name_en": rule.name_en,
        "description": rule.description,
        "metric": rule.metric,
        "scope": rule.scope,
        "family": rule.family,
        "product_id": rule.product_id,
        "condition": rule.condition,
        "normal_low": rule.normal_low,
        "normal_high": rule.normal_high,
        "warning_level": rule.warning_level,
        "critical_level": rule.critical_level,
        "window_days": rule.window_days,
        "baseline_days": rule.baseline_days,
        "enabled": rule.enabled,
        "auto_action": rule.auto_action,
        "owner_id": rule.owner_id,
        "version": rule.version,
    }


def levels_of(rule: models.RiskRule) -> judge.Levels:
    """A rule's levels as the judge reads them."""
    return judge.Levels(
        condition=RuleCondition(rule.condition),
        warning=Decimal(rule.warning_level),
        critical=None if rule.critical_level is None else Decimal(rule.critical_level),
        normal_low=None if rule.normal_low is None else Decimal(rule.normal_low),
        normal_high=None if rule.normal_high is None else Decimal(rule.normal_high),
    )


def _decimal(data: dict[str, Any], key: str, errors: list[FieldError], path: str) -> Any:
    value = data.get(key)
    if value is None:
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        errors.append(FieldError(ErrorCode.INVALID, "Not a number.", path))
        return None
    if not number.is_finite() or abs(number) >= Decimal("1e15"):
        errors.append(FieldError(ErrorCode.INVALID, "Not a number.", path))
        return None
    return number.quantize(Decimal("0.0001"))


async def check_rule(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate a whole rule; returns the cleaned fields and every problem found."""
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}
    code = str(data.get("code") or "").strip().upper()
    if not CODE_RE.match(code):
        errors.append(
            FieldError(ErrorCode.INVALID, "2–40 capital letters, digits or underscores.", "code")
        )
    clean["code"] = code
    for key, path, limit in (("name_zh", "nameZh", 100), ("name_en", "nameEn", 200)):
        text = str(data.get(key) or "").strip()
        if not text:
            errors.append(FieldError(ErrorCode.REQUIRED, "Required.", path))
        elif len(text) > limit:
            errors.append(FieldError(ErrorCode.INVALID, "Too long.", path))
        clean[key] = text
    clean["description"] = str(data.get("description") or "").strip()[:2000]
    metric = Metric(data["metric"])
    scope = RuleScope(data.get("scope") or RuleScope.ALL)
    condition = RuleCondition(data["condition"])
    clean.update(metric=metric.value, scope=scope.value, condition=condition.value)
    family = data.get("family")
    product_id = data.get("product_id")
    clean["family"] = None
    clean["product_id"] = None
    if scope == RuleScope.FAMILY:
        if not family:
            errors.append(
                FieldError(ErrorCode.REQUIRED, "A family rule needs its family.", "family")
            )
        else:
            clean["family"] = ProductFamily(family).value
    if scope == RuleScope.PRODUCT:
        product = await product_models.Product.get_or_none(id=product_id) if product_id else None
        if product is None:
            errors.append(
                FieldError(ErrorCode.REQUIRED, "A product rule needs its product.", "productId")
            )
        else:
            clean["product_id"] = product.id
            family = product.family
    if metric in LOAN_ONLY and scope != RuleScope.ALL and family and family != "LOAN":
        errors.append(FieldError(ErrorCode.INVALID, "This metric only applies to loans.", "metric"))
    normal_low = _decimal(data, "normal_low", errors, "normalLow")
    normal_high = _decimal(data, "normal_high", errors, "normalHigh")
    warning = _decimal(data, "warning_level", errors, "warningLevel")
    critical = _decimal(data, "critical_level", errors, "criticalLevel")
    if warning is None and data.get("warning_level") is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "Required.", "warningLevel"))
    clean.update(
        normal_low=normal_low,
        normal_high=normal_high,
        warning_level=warning,
        critical_level=critical,
    )
    if warning is not None:
        rising = (
            warning >= 0
            if condition == RuleCondition.CHANGE_VS_AVERAGE
            else condition == RuleCondition.ABOVE
        )
        if critical is not None and (critical < warning if rising else critical > warning):
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "The critical level must be beyond the warning level.",
                    "criticalLevel",
                )
            )
        edge, path = (normal_high, "normalHigh") if rising else (normal_low, "normalLow")
        if edge is not None and (edge > warning if rising else edge < warning):
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "The normal range must end before the warning level.",
                    path,
                )
            )
    if normal_low is not None and normal_high is not None and normal_low > normal_high:
        errors.append(FieldError(ErrorCode.INVALID, "The range starts after it ends.", "normalLow"))
    for key, path, top in (
        ("window_days", "windowDays", MAX_WINDOW_DAYS),
        ("baseline_days", "baselineDays", MAX_BASELINE_DAYS),
    ):
        value = data.get(key)
        value = {"window_days": 1, "baseline_days": 30}[key] if value is None else value
        if not isinstance(value, int) or not 1 <= value <= top:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "Between {low} and {high} days.",
                    path,
                    (("low", 1), ("high", top)),
                )
            )
        clean[key] = value
    action = AutoAction(data.get("auto_action") or AutoAction.NONE)
    if action != AutoAction.NONE and critical is None:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "An automatic action needs a critical level.",
                "autoAction",
            )
        )
    clean["auto_action"] = action.value
    clean["enabled"] = bool(data.get("enabled", True))
    clean["owner_id"] = data.get("owner_id")
    return clean, errors


async def create_rule(*, data: dict[str, Any], actor: Actor) -> models.RiskRule:
    """Create a risk rule."""
    require(actor, perms.MONITORING_WRITE)
    clean, errors = await check_rule(data)
    if clean["code"] and await models.RiskRule.filter(code=clean["code"]).exists():
        errors.append(FieldError(ErrorCode.DUPLICATE, "This code is taken.", "code"))
    raise_if(errors)
    if clean["owner_id"] is None:
        clean["owner_id"] = _user_id(actor)
    async with db.transaction():
        rule = await models.RiskRule.create(**clean)
        await audit.record(
            actor=actor,
            action="riskRule.create",
            object_type="RiskRule",
            object_id=rule.id,
            after=rule_snapshot(rule),
        )
    return rule


M = TypeVar("M", models.RiskRule, models.Alert)
STALE = "Someone changed this in the meantime; reload and try again."


async def _for_update(model: type[M], pk: int, version: int | None, missing: str) -> M:
    """A rule or alert to change; NOT_FOUND when it is gone, CONFLICT when the caller read an
    older version."""
    row = await model.get_or_none(id=pk)
    if row is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, missing, "id")
    if version is not None and row.version != version:
        raise DomainError.single(ErrorCode.CONFLICT, STALE, "expectedVersion")
    return row


async def _rule_for_update(rule_id: int, version: int | None) -> models.RiskRule:
    return await _for_update(models.RiskRule, rule_id, version, "No such rule.")


async def update_rule(
    *, rule_id: int, expected_version: int, data: dict[str, Any], actor: Actor
) -> models.RiskRule:
    """Change a rule with the given fields (the whole rule is validated again; None clears an
    optional level); its alerts are re-evaluated."""
    require(actor, perms.MONITORING_WRITE)
    rule = await _rule_for_update(rule_id, expected_version)
    merged = {**rule_snapshot(rule), **data}
    clean, errors = await check_rule(merged)
    if clean["code"] != rule.code and await models.RiskRule.filter(code=clean["code"]).exists():
        errors.append(FieldError(ErrorCode.DUPLICATE, "This code is taken.", "code"))
    raise_if(errors)
    before = rule_snapshot(rule)
    async with db.transaction():
        updated = await models.RiskRule.filter(id=rule.id, version=expected_version).update(
            **clean, version=expected_version + 1, updated_at=now()
        )
        if not updated:
            raise DomainError.single(ErrorCode.CONFLICT, STALE, "expectedVersion")
        await rule.refresh_from_db()
        await audit.record(
            actor=actor,
            action="riskRule.update",
            object_type="RiskRule",
            object_id=rule.id,
            before=before,
            after=rule_snapshot(rule),
        )
    await evaluate(rule_ids=[rule.id])
    return rule


async def delete_rule(*, rule_id: int, expected_version: int, actor: Actor) -> int:
    """Delete a rule that never raised an alert (otherwise disable it, keeping the history)."""
    require(actor, perms.MONITORING_WRITE)
    rule = await _rule_for_update(rule_id, expected_version)
    if await models.Alert.filter(rule_id=rule.id).exists():
        raise DomainError.single(
            ErrorCode.INVALID,
            "This rule has raised alerts; disable it instead to keep their history.",
            "id",
        )
    async with db.transaction():
        await audit.record(
            actor=actor,
            action="riskRule.delete",
            object_type="RiskRule",
            object_id=rule.id,
            before=rule_snapshot(rule),
        )
        await rule.delete()
    return rule_id


def rules_query(
    *, enabled: bool | None = None, metric: Metric | None = None
) -> QuerySet[models.RiskRule]:
    """Rules, by code."""
    query = models.RiskRule.all()
    if enabled is not None:
        query = query.filter(enabled=enabled)
    if metric is not None:
        query = query.filter(metric=metric.value)
    return query.order_by("code")


async def get_rules(*, ids: Sequence[int]) -> list[models.RiskRule]:
    """Rules by id."""
    return await models.RiskRule.filter(id__in=list(ids))


#: The bank's monitoring table (监控指标表) as default rules.
DEFAULT_RULES: tuple[dict[str, Any], ...] = (
    {
        "code": "LOAN_NPL_RATIO",
        "name_zh": "贷款不良率",
        "name_en": "Loan NPL ratio",
        "description": "正常 0–3 %，3–5 % 关注，≥ 5 % 预警，≥ 8 % 严重。",
        "metric": Metric.NPL_RATIO,
        "scope": RuleScope.FAMILY,
        "family": "LOAN",
        "condition": RuleCondition.ABOVE,
        "normal_low": Decimal(0),
        "normal_high": Decimal(3),
        "warning_level": Decimal(5),
        "critical_level": Decimal(8),
        "window_days": 1,
    },
    {
        "code": "TX_VOLUME_DROP",
        "name_zh": "产品交易量",
        "name_en": "Product transaction volume",
        "description": "近 7 日日均交易笔数较此前 28 日均值下降 ≥ 30 % 预警，≥ 50 % 严重。",
        "metric": Metric.TX_COUNT,
        "scope": RuleScope.ALL,
        "condition": RuleCondition.CHANGE_VS_AVERAGE,
        "normal_low": Decimal(-30),
        "warning_level": Decimal(-30),
        "critical_level": Decimal(-50),
        "window_days": 7,
        "baseline_days": 28,
    },
    {
        "code": "LOAN_OVERDUE_RATIO",
        "name_zh": "贷款逾期率",
        "name_en": "Loan overdue ratio",
        "description": "正常 ≤ 5 %，≥ 8 % 预警，≥ 12 % 严重。",
        "metric": Metric.OVERDUE_RATIO,
        "scope": RuleScope.FAMILY,
        "family": "LOAN",
        "condition": RuleCondition.ABOVE,
        "normal_high": Decimal(5),
        "warning_level": Decimal(8),
        "critical_level": Decimal(12),
        "window_days": 1,
    },
    {
        "code": "SATISFACTION_LOW",
        "name_zh": "客户满意度",
        "name_en": "Customer satisfaction",
        "description": "近 90 日平均评分低于 3.5 关注，≤ 3.0 预警，≤ 2.5 严重。",
        "metric": Metric.SATISFACTION,
        "scope": RuleScope.ALL,
        "condition": RuleCondition.BELOW,
        "normal_low": Decimal("3.5"),
        "warning_level": Decimal("3.0"),
        "critical_level": Decimal("2.5"),
        "window_days": 1,
    },
)


async def seed_default_rules(*, actor: Actor = SYSTEM) -> int:
    """Create the default rules that do not exist yet; returns how many were created."""
    created = 0
    for data in DEFAULT_RULES:
        if not await models.RiskRule.filter(code=data["code"]).exists():
            await create_rule(data=dict(data), actor=actor)
            created += 1
    return created


# --- evaluation -----------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one evaluation changed."""

    raised: int = 0
    updated: int = 0
    resolved: int = 0
    evaluated: int = 0


def _scope_products(rule: models.RiskRule, products: dict[int, str]) -> list[int]:
    if rule.scope == RuleScope.PRODUCT:
        return [rule.product_id] if rule.product_id in products else []
    if rule.scope == RuleScope.FAMILY:
        return [pid for pid, fam in products.items() if fam == rule.family]
    if Metric(rule.metric) in LOAN_ONLY:
        return [pid for pid, fam in products.items() if fam == "LOAN"]
    return list(products)


async def evaluate(
    *,
    product_ids: Sequence[int] | None = None,
    rule_ids: Sequence[int] | None = None,
    today: date | None = None,
) -> Outcome:
    """Evaluate the enabled rules (or some) for the watched products (or some), raise,
    update and resolve alerts, and publish what changed after each commit."""
    today = today or clock.today()
    products = await metrics.watched_products(product_ids)
    query = models.RiskRule.filter(enabled=True)
    if rule_ids is not None:
        query = models.RiskRule.filter(id__in=list(rule_ids))
    outcome = Outcome()
    for rule in await query.order_by("id"):
        if not rule.enabled:
            await _resolve_disabled(rule, outcome)
            continue
        targets = _scope_products(rule, products)
        if not targets:
            continue
        metric = Metric(rule.metric)
        day = judge.evaluation_day(metric, today)
        start = day - timedelta(days=rule.window_days + rule.baseline_days)
        values = await metrics.window_values(
            metric=metric, product_ids=targets, start=start, end=day
        )
        open_alerts = {
            a.product_id: a
            for a in await models.Alert.filter(rule_id=rule.id, product_id__in=targets).exclude(
                status=AlertStatus.RESOLVED
            )
        }
        levels = levels_of(rule)
        for pid in targets:
            observation = judge.observe(
                metric=metric,
                condition=RuleCondition(rule.condition),
                points=values[pid],
                day=day,
                window_days=rule.window_days,
                baseline_days=rule.baseline_days,
            )
            outcome.evaluated += 1
            level = judge.severity(levels, observation.compared) if observation else None
            current = open_alerts.get(pid)
            if level is None:
                if current is not None and observation is not None:
                    await _auto_resolve(current, rule, observation, outcome)
                continue
            assert observation is not None
            await _breach(rule, pid, products[pid], level, observation, day, current, outcome)
    return outcome


def _open_key(rule_id: int, product_id: int) -> str:
    return f"{rule_id}:{product_id}"


async def _breach(
    rule: models.RiskRule,
    product_id: int,
    family: str,
    level: Severity,
    observation: judge.Observation,
    day: date,
    current: models.Alert | None,
    outcome: Outcome,
) -> None:
    """Raise a new alert, or update the open one when its severity or value changed."""
    moment = now()
    threshold = judge.threshold(levels_of(rule), level)
    value = observation.compared
    if current is None:
        try:
            async with db.transaction():
                alert = await models.Alert.create(
                    rule_id=rule.id,
                    product_id=product_id,
                    family=family,
                    open_key=_open_key(rule.id, product_id),
                    severity=level.value,
                    status=AlertStatus.OPEN.value,
                    metric=rule.metric,
                    value=value,
                    threshold=threshold,
                    baseline=observation.baseline,
                    business_date=day,
                    raised_at=moment,
                    updated_at=moment,
                )
                await _history(alert, AlertEventKind.RAISED, SYSTEM, value=value, at=moment)
                await audit.record(
                    actor=SYSTEM,
                    action="alert.raise",
                    object_type="Alert",
                    object_id=alert.id,
                    after=_alert_audit(alert),
                )
        except IntegrityError:
            # another instance raised it a moment ago: update that one instead
            existing = await models.Alert.get_or_none(open_key=_open_key(rule.id, product_id))
            if existing is not None:
                await _breach(rule, product_id, family, level, observation, day, existing, outcome)
            return
        outcome.raised += 1
        await _publish(alert, AlertChange.RAISED)
    else:
        alert = current
        old = Severity(alert.severity)
        if old == level and Decimal(alert.value) == value and alert.business_date == day:
            await _auto_action(rule, alert, level, outcome)
            return
        async with db.transaction():
            changes: dict[str, Any] = {
                "value": value,
                "threshold": threshold,
                "baseline": observation.baseline,
                "business_date": day,
                "updated_at": moment,
                "version": alert.version + 1,
            }
            if old != level:
                changes["severity"] = level.value
            await models.Alert.filter(id=alert.id).update(**changes)
            await alert.refresh_from_db()
            if old != level:
                kind = (
                    AlertEventKind.ESCALATED
                    if level.rank > old.rank
                    else AlertEventKind.DEESCALATED
                )
                await _history(alert, kind, SYSTEM, value=value, at=moment)
                await audit.record(
                    actor=SYSTEM,
                    action=f"alert.{kind.value.lower()}",
                    object_type="Alert",
                    object_id=alert.id,
                    before={"severity": old.value},
                    after={"severity": level.value, "value": value},
                )
        outcome.updated += 1
        if old != level:
            await _publish(alert, AlertChange.UPDATED)
    await _auto_action(rule, alert, level, outcome)


async def _auto_action(
    rule: models.RiskRule, alert: models.Alert, level: Severity, outcome: Outcome
) -> None:
    """Suspend the product's sales on a CRITICAL breach when the rule says so (once)."""
    if (
        rule.auto_action != AutoAction.SUSPEND_SALES
        or level != Severity.CRITICAL
        or alert.action_taken
    ):
        return
    product = await product_models.Product.get(id=alert.product_id)
    if product.status != ProductStatus.ON_SALE:
        return
    try:
        await product_lifecycle.change_status(
            product_id=product.id,
            action="suspend",
            expected_version=product.version,
            actor=SYSTEM,
            reason=f"Automatic: rule {rule.code} is CRITICAL ({alert.value})",
        )
    except DomainError as exc:
        log.warning("automatic suspension of product %s failed: %s", product.id, exc)
        return
    async with db.transaction():
        await models.Alert.filter(id=alert.id).update(
            action_taken=AutoAction.SUSPEND_SALES.value,
            version=alert.version + 1,
            updated_at=now(),
        )
        await alert.refresh_from_db()
        await _history(
            alert, AlertEventKind.ACTION_TAKEN, SYSTEM, note=AutoAction.SUSPEND_SALES.value
        )
    await _publish(alert, AlertChange.UPDATED)


async def _auto_resolve(
    alert: models.Alert, rule: models.RiskRule, observation: judge.Observation, outcome: Outcome
) -> None:
    """Resolve an alert whose metric is back in its normal range."""
    moment = now()
    note = f"Back to normal: {rule.metric} is {observation.compared.normalize():f}."
    async with db.transaction():
        await models.Alert.filter(id=alert.id).update(
            status=AlertStatus.RESOLVED.value,
            open_key=None,
            resolved_at=moment,
            resolution_note=note,
            auto_resolved=True,
            value=observation.compared,
            updated_at=moment,
            version=alert.version + 1,
        )
        await alert.refresh_from_db()
        await _history(
            alert,
            AlertEventKind.AUTO_RESOLVED,
            SYSTEM,
            value=observation.compared,
            note=note,
            at=moment,
        )
        await audit.record(
            actor=SYSTEM,
            action="alert.autoResolve",
            object_type="Alert",
            object_id=alert.id,
            after=_alert_audit(alert),
        )
    outcome.resolved += 1
    await _publish(alert, AlertChange.RESOLVED)


async def _resolve_disabled(rule: models.RiskRule, outcome: Outcome) -> None:
    """A disabled rule's open alerts are resolved with a note."""
    for alert in await models.Alert.filter(rule_id=rule.id).exclude(status=AlertStatus.RESOLVED):
        moment = now()
        note = f"Rule {rule.code} was disabled."
        async with db.transaction():
            await models.Alert.filter(id=alert.id).update(
                status=AlertStatus.RESOLVED.value,
                open_key=None,
                resolved_at=moment,
                resolution_note=note,
                auto_resolved=True,
                updated_at=moment,
                version=alert.version + 1,
            )
            await alert.refresh_from_db()
            await _history(alert, AlertEventKind.AUTO_RESOLVED, SYSTEM, note=note, at=moment)
            await audit.record(
                actor=SYSTEM,
                action="alert.autoResolve",
                object_type="Alert",
                object_id=alert.id,
                after=_alert_audit(alert),
            )
        outcome.resolved += 1
        await _publish(alert, AlertChange.RESOLVED)


async def data_changed(*, product_ids: Iterable[int], dates: Iterable[date] = ()) -> Outcome:
    """Recompute the affected products' metrics (changed days and today) and re-evaluate
    their rules at once; called after a commit that changed holdings, transactions or
    pushed metrics. A failure is logged, never raised: the caller's data is committed."""
    ids = sorted(set(product_ids))
    if not ids:
        return Outcome()
    today = clock.today()
    oldest = today - timedelta(days=RECOMPUTE_DAYS)
    days = sorted({d for d in dates if oldest <= d <= today} | {today})
    try:
        # one pass over the span (recomputing an untouched day in it changes nothing)
        await metrics.compute_days(start=days[0], end=days[-1], product_ids=ids, today=today)
        return await evaluate(product_ids=ids, today=today)
    except Exception:  # noqa: BLE001 - monitoring must not undo the committed change
        log.exception("re-evaluation after a data change failed (products %s)", ids)
        return Outcome()


async def evaluate_all(*, today: date | None = None) -> Outcome:
    """The scheduled job: compute today's and yesterday's metrics and evaluate every rule."""
    today = today or clock.today()
    for day in (today - timedelta(days=1), today):
        await metrics.compute(day=day, today=today)
    return await evaluate(today=today)


# --- alert actions --------------------------------------------------------------------------


def _alert_audit(alert: models.Alert) -> dict[str, Any]:
    return {
        "rule_id": alert.rule_id,
        "product_id": alert.product_id,
        "severity": alert.severity,
        "status": alert.status,
        "value": alert.value,
        "assignee_id": alert.assignee_id,
        "version": alert.version,
    }


async def _history(
    alert: models.Alert,
    kind: AlertEventKind,
    actor: Actor,
    *,
    value: Decimal | None = None,
    note: str = "",
    at: datetime | None = None,
) -> models.AlertEvent:
    return await models.AlertEvent.create(
        alert_id=alert.id,
        kind=kind.value,
        severity=alert.severity,
        status=alert.status,
        value=value,
        note=note,
        actor_id=actor.id if actor.type in (ActorType.USER, ActorType.API_KEY) else None,
        actor_name=actor.name,
        at=at or now(),
    )


async def _alert_for_update(alert_id: int, version: int | None) -> models.Alert:
    return await _for_update(models.Alert, alert_id, version, "No such alert.")


async def _change(
    alert: models.Alert,
    actor: Actor,
    kind: AlertEventKind,
    changes: dict[str, Any],
    *,
    note: str = "",
) -> models.Alert:
    """Apply a user's change to an alert with its history entry and audit, then publish."""
    before = _alert_audit(alert)
    moment = now()
    async with db.transaction():
        updated = await models.Alert.filter(id=alert.id, version=alert.version).update(
            **changes, updated_at=moment, version=alert.version + 1
        )
        if not updated:
            raise DomainError.single(ErrorCode.CONFLICT, STALE, "expectedVersion")
        await alert.refresh_from_db()
        await _history(alert, kind, actor, note=note, at=moment)
        await audit.record(
            actor=actor,
            action=f"alert.{kind.value.lower()}",
            object_type="Alert",
            object_id=alert.id,
            before=before,
            after={**_alert_audit(alert), "note": note},
        )
    change = AlertChange.RESOLVED if kind == AlertEventKind.RESOLVED else AlertChange.UPDATED
    await _publish(alert, change)
    return alert


def _not_resolved(alert: models.Alert) -> None:
    if alert.status == AlertStatus.RESOLVED:
        raise DomainError.single(ErrorCode.INVALID, "This alert is already resolved.", "id")


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
        raise DomainError.single(ErrorCode.INVALID, "Only an open alert can be acknowledged.", "id")
    changes = {
        "status": AlertStatus.ACKNOWLEDGED.value,
        "acknowledged_at": now(),
        "acknowledged_by_id": _user_id(actor),
    }
    if alert.assignee_id is None and _user_id(actor) is not None:
        changes["assignee_id"] = _user_id(actor)
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
        from backend.domains.auth import service as auth_service

        users = await auth_service.get_users(ids=[assignee_id])
        user = users[0] if users else None
        if user is None or not user.is_active:
            raise DomainError.single(ErrorCode.NOT_FOUND, "No such user.", "assigneeId")
        if perms.ALERT_MANAGE not in perms.permissions_for_roles(auth_service.user_roles(user)):
            raise DomainError.single(
                ErrorCode.INVALID, "This user may not work on alerts.", "assigneeId"
            )
        name = user.username
    return await _change(
        alert, actor, AlertEventKind.ASSIGNED, {"assignee_id": assignee_id}, note=name
    )


async def alert_assignees() -> list[Any]:
    """Active users whose roles let them manage alerts, by username."""
    from backend.domains.auth import models as auth_models
    from backend.domains.auth import service as auth_service

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
        "resolved_at": now(),
        "resolved_by_id": _user_id(actor),
        "resolution_note": text,
        "auto_resolved": False,
    }
    return await _change(alert, actor, AlertEventKind.RESOLVED, changes, note=text)


# --- publishing -----------------------------------------------------------------------------


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
        "at": now().isoformat(),
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


async def _publish(alert: models.Alert, change: AlertChange) -> None:
    """Publish an alert change after its commit; a bus failure is logged, not raised."""
    payload = await event_payload(alert, change)
    try:
        await events.publish(events.ALERTS, payload)
    except Exception:  # noqa: BLE001 - the change is committed; subscribers catch up by query
        log.exception("publishing alert %s failed", alert.id)


# --- queries --------------------------------------------------------------------------------


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
    from tortoise.functions import Count

    rows = (
        await models.Alert.exclude(status=AlertStatus.RESOLVED)
        .group_by("severity")
        .annotate(n=Count("id"))
        .values_list("severity", "n")
    )
    counts = {s.value: 0 for s in Severity}
    counts.update(dict(rows))
    return counts


async def latest_values(
    *, product_ids: Sequence[int] | None = None, on: date | None = None
) -> dict[int, dict[str, Decimal]]:
    """Each product's latest value of every metric, on or before a day."""
    on = on or clock.today()
    since = on - timedelta(days=7)
    query = models.MetricValue.filter(business_date__gte=since, business_date__lte=on)
    if product_ids is not None:
        query = query.filter(product_id__in=list(product_ids))
    out: dict[int, dict[str, Decimal]] = {}
    for pid, metric, value in await query.order_by("business_date").values_list(
        "product_id", "metric", "value"
    ):
        out.setdefault(pid, {})[metric] = metrics.dec(value)
    return out


# --- pushed metrics -------------------------------------------------------------------------

MAX_INGEST = 1000


async def ingest_metrics(*, items: Sequence[dict[str, Any]], actor: Actor) -> int:
    """Store metric values pushed by another system (all or nothing), then re-evaluate the
    products they concern at once."""
    require(actor, perms.INGEST_WRITE)
    if len(items) > MAX_INGEST:
        raise DomainError.single(
            ErrorCode.INVALID, "At most {limit} values per batch.", "items", limit=MAX_INGEST
        )
    codes = {str(i.get("product_code") or "").strip().upper() for i in items}
    products = {p.code: p for p in await product_models.Product.filter(code__in=sorted(codes))}
    today = clock.today()
    errors: list[FieldError] = []
    readings: list[tuple[int, str, Metric, date, Decimal]] = []
    for n, item in enumerate(items):
        path = f"items.{n}"
        product = products.get(str(item.get("product_code") or "").strip().upper())
        if product is None:
            errors.append(
                FieldError(ErrorCode.NOT_FOUND, "No such product.", f"{path}.productCode")
            )
            continue
        metric = Metric(item["metric"])
        if metric in LOAN_ONLY and product.family != "LOAN":
            errors.append(
                FieldError(
                    ErrorCode.INVALID, "This metric only applies to loans.", f"{path}.metric"
                )
            )
        day: date = item["business_date"]
        if day > today:
            errors.append(
                FieldError(ErrorCode.INVALID, "A date in the future.", f"{path}.businessDate")
            )
        value = _decimal(item, "value", errors, f"{path}.value")
        if value is not None:
            readings.append((product.id, product.family, metric, day, value))
    raise_if(errors)
    async with db.transaction():
        await metrics.store_pushed(readings=readings)
        await audit.record(
            actor=actor,
            action="metric.ingest",
            object_type="MetricValue",
            after={"count": len(readings), "products": sorted({r[0] for r in readings})},
        )
    await data_changed(product_ids={r[0] for r in readings}, dates={r[3] for r in readings})
    return len(readings)


async def run_evaluation(*, actor: Actor) -> Outcome:
    """Recompute today's metrics and evaluate every rule now (for a risk officer)."""
    require(actor, perms.MONITORING_WRITE)
    return await evaluate_all()
