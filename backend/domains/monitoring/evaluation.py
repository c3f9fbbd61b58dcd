"""Judging the rules: raise, update and resolve alerts from the stored metrics, and act on CRITICAL.

Evaluation reads the stored daily metrics; a breach raises an alert, or updates the one open
alert of that rule and product (the database refuses a second open one); a metric back in its
normal range resolves the alert by itself with a note. A CRITICAL breach of a rule with an
automatic action suspends the product's sales through the product lifecycle. Every change is
audited in its own transaction and published on the event bus after commit.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import history, judge, metrics, models
from backend.domains.monitoring.enums import (
    FLOW_METRICS,
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
from backend.domains.monitoring.history import SYSTEM
from backend.domains.products import lifecycle as product_lifecycle
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductStatus
from backend.errors import DomainError, ErrorCode
from backend.kernel import clock
from backend.kernel.guards import require
from backend.kernel.versioning import versioned_update

log = logging.getLogger("bankpm.monitoring")

#: Days of metrics recomputed when data for older days changes (older days keep their values).
RECOMPUTE_DAYS = 62


def levels_of(rule: models.RiskRule) -> judge.Levels:
    """A rule's levels as the judge reads them."""
    return judge.Levels(
        condition=RuleCondition(rule.condition),
        warning=Decimal(rule.warning_level),
        critical=None if rule.critical_level is None else Decimal(rule.critical_level),
        normal_low=None if rule.normal_low is None else Decimal(rule.normal_low),
        normal_high=None if rule.normal_high is None else Decimal(rule.normal_high),
    )


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
    days: Iterable[date] = (),
) -> Outcome:
    """Evaluate the enabled rules (or some) for the watched products (or some), raise,
    update and resolve alerts, and publish what changed after each commit.

    Each rule judges the days ``judge.judgements`` names: ``days`` (whose data changed) on
    their own business date, besides the usual days, oldest first. A judgement never undoes
    an open alert about a later day, and the running day of a flow only raises or escalates."""
    today = today or clock.today()
    changed = sorted({d for d in days if d <= today})
    products = await metrics.watched_products(product_ids)
    query = models.RiskRule.filter(enabled=True)
    if rule_ids is not None:
        query = models.RiskRule.filter(id__in=list(rule_ids))
    outcome = Outcome()
    for rule in await query.order_by("id"):
        if not rule.enabled:
            await _resolve_disabled(rule, outcome)
            continue
        await _evaluate_rule(rule, products, today, changed, outcome)
    return outcome


async def _evaluate_rule(
    rule: models.RiskRule,
    products: dict[int, str],
    today: date,
    changed: list[date],
    outcome: Outcome,
) -> None:
    """Judge one rule for its products on each of its days, oldest first."""
    targets = _scope_products(rule, products)
    metric, condition = Metric(rule.metric), RuleCondition(rule.condition)
    since: dict[int, date | None] = {}
    if condition == RuleCondition.NO_DATA:
        since = await _on_sale_since(targets)
        await _resolve_off_sale(rule, [pid for pid in targets if pid not in since], outcome)
        targets = [pid for pid in targets if pid in since]
    if not targets:
        return
    levels = levels_of(rule)
    plan = judge.judgements(metric, condition, today, changed)
    lookback = judge.lookback_days(condition, levels, rule.window_days, rule.baseline_days)
    values = await metrics.window_values(
        metric=metric,
        product_ids=targets,
        start=plan[0].day - timedelta(days=lookback),
        end=today,
    )
    open_alerts: dict[int, models.Alert | None] = {
        a.product_id: a
        for a in await models.Alert.filter(rule_id=rule.id, product_id__in=targets).exclude(
            status=AlertStatus.RESOLVED
        )
        if a.product_id is not None
    }
    for pid in targets:
        outcome.evaluated += 1
        steps = list(plan)
        if changed and metric not in FLOW_METRICS and condition != RuleCondition.NO_DATA:
            # a correction of an older day is followed by the latest day with data after it
            later = [p.day for p in values[pid] if p.day > changed[-1]]
            if later and later[-1] not in {s.day for s in steps}:
                steps = sorted([*steps, judge.Judgement(later[-1])])
        for step in steps:
            if condition == RuleCondition.NO_DATA:
                observation = judge.no_data(
                    metric=metric,
                    points=values[pid],
                    day=step.day,
                    on_sale_since=since[pid],
                    lookback=lookback,
                )
            else:
                observation = judge.observe(
                    metric=metric,
                    condition=condition,
                    points=values[pid],
                    day=step.day,
                    window_days=rule.window_days,
                    baseline_days=rule.baseline_days,
                )
            current = open_alerts.get(pid)
            if observation is None or (current is not None and current.business_date > step.day):
                continue  # no data to judge, or a later day already decided the alert
            level = judge.severity(levels, observation.compared)
            if level is None:
                if current is not None and not step.running:
                    await _auto_resolve(current, rule, observation, outcome)
                    open_alerts[pid] = None
                continue
            if (
                step.running
                and current is not None
                and level.rank <= Severity(current.severity).rank
            ):
                continue  # the running day only raises or escalates
            open_alerts[pid] = await _breach(
                rule, pid, products[pid], level, observation, step.day, current, outcome
            )


async def _resolve_off_sale(
    rule: models.RiskRule, product_ids: Sequence[int], outcome: Outcome
) -> None:
    """A product no longer on sale is expected to send no data: its "no data" alert resolves."""
    if not product_ids:
        return
    for alert in await models.Alert.filter(
        rule_id=rule.id, product_id__in=list(product_ids)
    ).exclude(status=AlertStatus.RESOLVED):
        await system_resolve(alert, note="The product is no longer on sale.", outcome=outcome)


async def _on_sale_since(product_ids: Sequence[int]) -> dict[int, date | None]:
    """The products on sale, each with the business day it was last launched or resumed
    (None when that is not recorded): a "no data" rule watches only these."""
    since: dict[int, date | None] = {
        p.id: None
        for p in await product_models.Product.filter(
            id__in=list(product_ids), status=ProductStatus.ON_SALE.value
        ).only("id")
    }
    for pid, moment in await product_models.ProductVersion.filter(
        product_id__in=list(since), action__in=("launch", "resume")
    ).values_list("product_id", "changed_at"):
        day = clock.business_date(moment)
        known = since[pid]
        since[pid] = day if known is None else max(known, day)
    return since


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
) -> models.Alert | None:
    """Raise a new alert, or update the open one when its severity or value changed; returns
    the open alert (None when a person changed it meanwhile)."""
    moment = clock.now()
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
                await history.record(alert, AlertEventKind.RAISED, SYSTEM, value=value, at=moment)
                await audit.record(
                    actor=SYSTEM,
                    action="alert.raise",
                    object_type="Alert",
                    object_id=alert.id,
                    after=history.alert_audit(alert),
                )
        except IntegrityError:
            # another instance raised it a moment ago: update that one instead
            existing = await models.Alert.get_or_none(open_key=_open_key(rule.id, product_id))
            if existing is None:
                return None
            return await _breach(
                rule, product_id, family, level, observation, day, existing, outcome
            )
        outcome.raised += 1
        await history.publish(alert, AlertChange.RAISED)
    else:
        alert = current
        old = Severity(alert.severity)
        if old == level and Decimal(alert.value) == value and alert.business_date == day:
            await _auto_action(rule, alert, level, outcome)
            return alert
        changes: dict[str, Any] = {
            "value": value,
            "threshold": threshold,
            "baseline": observation.baseline,
            "business_date": day,
            "updated_at": moment,
        }
        if old != level:
            changes["severity"] = level.value
        async with _unless_changed_meanwhile(alert) as written:
            await versioned_update(alert, expected_version=alert.version, changes=changes)
            if old != level:
                kind = (
                    AlertEventKind.ESCALATED
                    if level.rank > old.rank
                    else AlertEventKind.DEESCALATED
                )
                await history.record(alert, kind, SYSTEM, value=value, at=moment)
                await audit.record(
                    actor=SYSTEM,
                    action=f"alert.{kind.value.lower()}",
                    object_type="Alert",
                    object_id=alert.id,
                    before={"severity": old.value},
                    after={"severity": level.value, "value": value},
                )
        if not written:
            return None
        outcome.updated += 1
        if old != level:
            await history.publish(alert, AlertChange.UPDATED)
    await _auto_action(rule, alert, level, outcome)
    return alert


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
    async with _unless_changed_meanwhile(alert) as written:
        await versioned_update(
            alert,
            expected_version=alert.version,
            changes={"action_taken": AutoAction.SUSPEND_SALES.value},
        )
        await history.record(
            alert, AlertEventKind.ACTION_TAKEN, SYSTEM, note=AutoAction.SUSPEND_SALES.value
        )
    if written:
        await history.publish(alert, AlertChange.UPDATED)


async def _auto_resolve(
    alert: models.Alert, rule: models.RiskRule, observation: judge.Observation, outcome: Outcome
) -> None:
    """Resolve an alert whose metric is back in its normal range (or whose data arrived)."""
    note = f"Back to normal: {rule.metric} is {observation.compared.normalize():f}."
    if rule.condition == RuleCondition.NO_DATA:
        note = f"Data arrived: {rule.metric} has data again."
    await system_resolve(alert, note=note, value=observation.compared, outcome=outcome)


async def _resolve_disabled(rule: models.RiskRule, outcome: Outcome) -> None:
    """A disabled rule's open alerts are resolved with a note."""
    for alert in await models.Alert.filter(rule_id=rule.id).exclude(status=AlertStatus.RESOLVED):
        await system_resolve(alert, note=f"Rule {rule.code} was disabled.", outcome=outcome)


async def system_resolve(
    alert: models.Alert, *, note: str, outcome: Outcome, value: Decimal | None = None
) -> None:
    """Resolve an alert on the system's behalf (AUTO_RESOLVED), audited and published."""
    moment = clock.now()
    changes: dict[str, Any] = {
        "status": AlertStatus.RESOLVED.value,
        "open_key": None,
        "resolved_at": moment,
        "resolution_note": note,
        "auto_resolved": True,
        "updated_at": moment,
    }
    if value is not None:
        changes["value"] = value
    async with _unless_changed_meanwhile(alert) as written:
        await versioned_update(alert, expected_version=alert.version, changes=changes)
        await history.record(
            alert, AlertEventKind.AUTO_RESOLVED, SYSTEM, value=value, note=note, at=moment
        )
        await audit.record(
            actor=SYSTEM,
            action="alert.autoResolve",
            object_type="Alert",
            object_id=alert.id,
            after=history.alert_audit(alert),
        )
    if written:
        outcome.resolved += 1
        await history.publish(alert, AlertChange.RESOLVED)


class _Written:
    """Whether a system write to an alert went through (see ``_unless_changed_meanwhile``)."""

    def __init__(self) -> None:
        self.ok = False

    def __bool__(self) -> bool:
        return self.ok


@asynccontextmanager
async def _unless_changed_meanwhile(alert: models.Alert) -> AsyncIterator[_Written]:
    """One transaction for a system change to an alert, checked against the version it was
    read at: when a person acted on the alert meanwhile, nothing is written (the next
    evaluation judges it again from what they left)."""
    written = _Written()
    try:
        async with db.transaction():
            yield written
            written.ok = True
    except DomainError as exc:
        if exc.errors[0].code != ErrorCode.CONFLICT:
            raise
        log.info("alert %s changed meanwhile; the system's change is dropped", alert.id)


async def data_changed(*, product_ids: Iterable[int], dates: Iterable[date] = ()) -> Outcome:
    """Recompute the affected products' metrics (changed days and today) and re-evaluate
    their rules at once, each changed day judged on its own business date; called after a
    commit that changed holdings, transactions or pushed metrics. A failure is logged, never
    raised: the caller's data is committed."""
    ids = sorted(set(product_ids))
    if not ids:
        return Outcome()
    today = clock.today()
    oldest = today - timedelta(days=RECOMPUTE_DAYS)
    changed = {d for d in dates if oldest <= d <= today}
    days = sorted(changed | {today})
    try:
        # one pass over the span (recomputing an untouched day in it changes nothing)
        await metrics.compute_days(start=days[0], end=days[-1], product_ids=ids, today=today)
        return await evaluate(product_ids=ids, today=today, days=changed)
    except Exception:  # noqa: BLE001 - monitoring must not undo the committed change
        log.exception("re-evaluation after a data change failed (products %s)", ids)
        return Outcome()


#: The most days the scheduler catches up after it did not run (older days stay as they are).
MAX_CATCH_UP_DAYS = 35


def catch_up_start(today: date, last_run_day: date | None) -> date:
    """The first day the scheduler computes: the day of its last run (whose "today" was not
    over then), at most ``MAX_CATCH_UP_DAYS`` back, and at least yesterday."""
    start = today - timedelta(days=1)
    if last_run_day is not None:
        start = min(start, max(last_run_day, today - timedelta(days=MAX_CATCH_UP_DAYS)))
    return start


async def evaluate_all(*, today: date | None = None, last_run_day: date | None = None) -> Outcome:
    """The scheduled job: compute every day since its last run (bounded; yesterday and today
    at least) and evaluate every rule; after missed days, each of them is judged on its own
    business date too (once: judging them again at every run would raise again what a later
    day resolved)."""
    today = today or clock.today()
    start = catch_up_start(today, last_run_day)
    await metrics.backfill(start=start, end=today)
    missed: list[date] = []
    if start < today - timedelta(days=1):
        missed = [start + timedelta(days=n) for n in range((today - start).days + 1)]
    return await evaluate(today=today, days=missed)


async def run_evaluation(*, actor: Actor) -> Outcome:
    """Recompute today's metrics and evaluate every rule now (for a risk officer)."""
    require(actor, perms.MONITORING_WRITE)
    return await evaluate_all()
