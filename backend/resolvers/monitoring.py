"""Thin GraphQL resolvers of monitoring: metrics, risk rules, alerts and the live alert stream."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import strawberry

from backend import events
from backend.api.context import Loaders
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import metrics
from backend.domains.monitoring import service as service
from backend.domains.monitoring.enums import AlertChange, AlertStatus, Metric, Severity
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductFamily
from backend.graphql_core import mutation
from backend.graphql_core.pagination import bad_input, paginate
from backend.graphql_core.permissions import requires, requires_any
from backend.graphql_core.types import Connection, pk_of
from backend.i18n import translate
from backend.kernel import clock
from backend.schema.auth.users import User
from backend.schema.monitoring import (
    Alert,
    AlertCounts,
    AlertFilter,
    AlertPayload,
    MetricIngestPayload,
    MetricPoint,
    MetricReading,
    MetricSeries,
    MetricValueInput,
    MonitoringEvaluatePayload,
    MonitoringOverview,
    ProductHealth,
    RiskAlertEvent,
    RiskAlertFilter,
    RiskRule,
    RiskRuleCreateInput,
    RiskRuleDeletePayload,
    RiskRulePayload,
    RiskRuleUpdateInput,
)

#: Stands for an ID that does not decode to the expected type: it names no row.
NO_ROW = 0
MAX_SERIES_DAYS = 731


def _ref(global_id: strawberry.ID | None, type_name: str) -> int | None:
    if global_id is None:
        return None
    pk = pk_of(global_id, type_name)
    return NO_ROW if pk is None else pk


def _refs(ids: list[strawberry.ID] | None, type_name: str) -> list[int] | None:
    if ids is None:
        return None
    return [_ref(i, type_name) or NO_ROW for i in ids]


def _rule_data(input: Any) -> dict[str, Any]:
    data = {
        k: getattr(input, k)
        for k in (
            "code",
            "name_zh",
            "name_en",
            "description",
            "metric",
            "scope",
            "condition",
            "normal_low",
            "normal_high",
            "warning_level",
            "critical_level",
            "window_days",
            "baseline_days",
            "enabled",
            "auto_action",
        )
        if hasattr(input, k)
    }
    family = getattr(input, "family", None)
    data["family"] = family.value if family is not None else None
    if getattr(input, "product_id", None) is not None:
        data["product_id"] = _ref(input.product_id, "Product")
    if getattr(input, "owner_id", None) is not None:
        data["owner_id"] = _ref(input.owner_id, "User")
    return data


async def _alert_action(
    info: strawberry.Info, id: strawberry.ID, action: str, call: Callable[[int], Awaitable[Any]]
) -> AlertPayload:
    """Run one alert action as a mutation (payload errors, failures audited)."""
    actor = info.context.actor
    pk = pk_of(id, "Alert")
    alert, errors = await mutation.run(
        mutation.not_found() if pk is None else call(pk),
        actor=actor,
        action=action,
        object_type="Alert",
        object_id=pk,
    )
    return AlertPayload(alert=Alert.from_model(alert) if alert else None, errors=errors)


def _matches(payload: dict[str, Any], f: RiskAlertFilter, product_ids: set[int] | None) -> bool:
    alert = payload["alert"]
    if f.min_severity and Severity(alert["severity"]).rank < f.min_severity.rank:
        return False
    if product_ids is not None and alert["product_id"] not in product_ids:
        return False
    return not (f.families and alert["family"] not in {x.value for x in f.families})


@strawberry.type
class MonitoringQuery:
    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description=(
            "A metric's daily values for one product, a family, or the whole bank when neither "
            "is given (ratios are recomputed from their parts, not averaged)."
        ),
    )
    async def metric_series(
        self,
        info: strawberry.Info,
        metric: Metric,
        start: date | None = None,
        end: date | None = None,
        product_id: strawberry.ID | None = None,
        family: ProductFamily | None = None,
    ) -> MetricSeries:
        locale = info.context.actor.locale
        last = end or clock.today()
        first = start or last - timedelta(days=89)
        if first > last:
            raise bad_input(translate("The end is before the start.", locale))
        if (last - first).days > MAX_SERIES_DAYS:
            raise bad_input(translate("At most {days} days.", locale, days=MAX_SERIES_DAYS))
        points = await metrics.series(
            metric=metric,
            start=first,
            end=last,
            product_id=_ref(product_id, "Product"),
            family=family.value if family else None,
        )
        return MetricSeries(
            metric=metric, points=[MetricPoint(date=p.day, value=p.value) for p in points]
        )

    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="Every watched product's latest metrics and open alerts.",
    )
    async def product_health(self, family: ProductFamily | None = None) -> list[ProductHealth]:
        watched = await metrics.watched_products()
        ids = [pid for pid, fam in watched.items() if family is None or fam == family.value]
        latest = await service.latest_values(product_ids=ids)
        open_alerts = await service.alerts_query(
            filter=service.AlertFilter(
                statuses=[AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED], product_ids=ids
            )
        ).values_list("product_id", "severity")
        counts: dict[int, list[Severity]] = {}
        for pid, severity in open_alerts:
            counts.setdefault(pid, []).append(Severity(severity))
        return [
            ProductHealth(
                product_id=pid,
                metrics=[
                    MetricReading(metric=Metric(m), value=v)
                    for m, v in sorted(latest.get(pid, {}).items())
                ],
                open_alerts=len(counts.get(pid, [])),
                worst_severity=max(counts[pid], key=lambda s: s.rank) if pid in counts else None,
            )
            for pid in sorted(ids)
        ]

    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="Bank-wide figures for the monitoring dashboard.",
    )
    async def monitoring_overview(self) -> MonitoringOverview:
        today = clock.today()
        counts = await service.open_alert_counts()
        watched = await metrics.watched_products()
        with_alerts = len(
            set(
                await service.alerts_query(
                    filter=service.AlertFilter(
                        statuses=[AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED]
                    )
                ).values_list("product_id", flat=True)
            )
        )
        suspended = await product_models.Product.filter(status="SUSPENDED").count()
        balance = await metrics.series(metric=Metric.BALANCE, start=today, end=today)
        npl = await metrics.series(metric=Metric.NPL_RATIO, start=today, end=today, family="LOAN")
        yesterday = today - timedelta(days=1)
        tx = await metrics.series(
            metric=Metric.TX_COUNT, start=yesterday - timedelta(days=28), end=yesterday
        )
        tx_yesterday = next((p.value for p in tx if p.day == yesterday), Decimal(0))
        before = [p.value for p in tx if p.day < yesterday]
        average = (sum(before, Decimal(0)) / 28).quantize(Decimal("0.01"))
        return MonitoringOverview(
            business_date=today,
            open_alerts=AlertCounts(
                info=counts["INFO"], warning=counts["WARNING"], critical=counts["CRITICAL"]
            ),
            watched_products=len(watched),
            products_with_alerts=with_alerts,
            suspended_products=suspended,
            total_balance=balance[0].value if balance else Decimal(0),
            loan_npl_ratio=npl[0].value if npl else None,
            tx_count_yesterday=tx_yesterday,
            tx_count_average=average,
        )

    @strawberry.field(
        extensions=requires(perms.ALERT_MANAGE),
        description="Active users an alert can be assigned to (those who may manage alerts).",
    )
    async def alert_assignees(self) -> list[User]:
        return [User.from_model(u) for u in await service.alert_assignees()]

    @strawberry.field(
        extensions=requires(perms.MONITORING_READ), description="Risk rules, by code."
    )
    async def risk_rules(
        self,
        first: int | None = None,
        after: str | None = None,
        enabled: bool | None = None,
        metric: Metric | None = None,
    ) -> Connection[RiskRule]:
        return await paginate(
            service.rules_query(enabled=enabled, metric=metric),
            RiskRule.from_model,
            first=first,
            after=after,
        )

    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description=(
            "Alerts, most recently changed first. With `since`, the alerts changed at or after "
            "that instant, oldest first: a subscriber that reconnects catches up with it."
        ),
    )
    async def alerts(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
        filter: AlertFilter | None = None,
        since: datetime | None = None,
    ) -> Connection[Alert]:
        f = filter or AlertFilter()
        actor = info.context.actor
        query = service.alerts_query(
            filter=service.AlertFilter(
                statuses=f.statuses,
                min_severity=f.min_severity,
                product_ids=_refs(f.product_ids, "Product"),
                families=[x.value for x in f.families] if f.families else None,
                rule_ids=_refs(f.rule_ids, "RiskRule"),
                assignee_id=(actor.id or NO_ROW) if f.assigned_to_me else None,
                since=since,
            )
        )
        return await paginate(query, Alert.from_model, first=first, after=after)


@strawberry.type
class MonitoringMutation:
    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE), description="Create a risk rule."
    )
    async def risk_rule_create(
        self, info: strawberry.Info, input: RiskRuleCreateInput
    ) -> RiskRulePayload:
        actor = info.context.actor
        rule, errors = await mutation.run(
            service.create_rule(data=_rule_data(input), actor=actor),
            actor=actor,
            action="riskRule.create",
            object_type="RiskRule",
        )
        return RiskRulePayload(risk_rule=RiskRule.from_model(rule) if rule else None, errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Change a risk rule (enable, disable, levels...); its alerts are re-evaluated.",
    )
    async def risk_rule_update(
        self,
        info: strawberry.Info,
        id: strawberry.ID,
        expected_version: int,
        input: RiskRuleUpdateInput,
    ) -> RiskRulePayload:
        actor = info.context.actor
        pk = pk_of(id, "RiskRule")
        clearable = {"normal_low", "normal_high", "critical_level"}
        data = {
            k: v
            for k, v in _rule_data(input).items()
            if v is not strawberry.UNSET and (v is not None or k in clearable)
        }
        rule, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.update_rule(
                rule_id=pk, expected_version=expected_version, data=data, actor=actor
            ),
            actor=actor,
            action="riskRule.update",
            object_type="RiskRule",
            object_id=pk,
        )
        return RiskRulePayload(risk_rule=RiskRule.from_model(rule) if rule else None, errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Delete a rule that never raised an alert (otherwise disable it).",
    )
    async def risk_rule_delete(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int
    ) -> RiskRuleDeletePayload:
        actor = info.context.actor
        pk = pk_of(id, "RiskRule")
        deleted, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.delete_rule(rule_id=pk, expected_version=expected_version, actor=actor),
            actor=actor,
            action="riskRule.delete",
            object_type="RiskRule",
            object_id=pk,
        )
        return RiskRuleDeletePayload(deleted_id=id if deleted else None, errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.ALERT_MANAGE),
        description="Take an open alert on (OPEN → ACKNOWLEDGED); it is assigned to you if unassigned.",
    )
    async def alert_acknowledge(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int, note: str = ""
    ) -> AlertPayload:
        actor = info.context.actor
        return await _alert_action(
            info,
            id,
            "alert.acknowledge",
            lambda pk: service.acknowledge(
                alert_id=pk, expected_version=expected_version, note=note, actor=actor
            ),
        )

    @strawberry.mutation(
        extensions=requires(perms.ALERT_MANAGE),
        description="Give an alert to a user who may manage alerts (null: to nobody).",
    )
    async def alert_assign(
        self,
        info: strawberry.Info,
        id: strawberry.ID,
        expected_version: int,
        assignee_id: strawberry.ID | None = None,
    ) -> AlertPayload:
        actor = info.context.actor
        return await _alert_action(
            info,
            id,
            "alert.assign",
            lambda pk: service.assign(
                alert_id=pk,
                expected_version=expected_version,
                assignee_id=_ref(assignee_id, "User"),
                actor=actor,
            ),
        )

    @strawberry.mutation(
        extensions=requires(perms.ALERT_MANAGE), description="Add a comment to an alert."
    )
    async def alert_comment(
        self, info: strawberry.Info, id: strawberry.ID, text: str
    ) -> AlertPayload:
        actor = info.context.actor
        return await _alert_action(
            info,
            id,
            "alert.comment",
            lambda pk: service.comment(alert_id=pk, text=text, actor=actor),
        )

    @strawberry.mutation(
        extensions=requires(perms.ALERT_MANAGE),
        description="Resolve an alert by hand with a note (a persisting breach raises a new one).",
    )
    async def alert_resolve(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int, note: str
    ) -> AlertPayload:
        actor = info.context.actor
        return await _alert_action(
            info,
            id,
            "alert.resolve",
            lambda pk: service.resolve(
                alert_id=pk, expected_version=expected_version, note=note, actor=actor
            ),
        )

    @strawberry.mutation(
        extensions=requires(perms.INGEST_WRITE),
        description=(
            "Push metric values from another system (at most 1,000, all or nothing); the "
            "products' rules are re-evaluated at once."
        ),
    )
    async def metric_ingest(
        self, info: strawberry.Info, items: list[MetricValueInput]
    ) -> MetricIngestPayload:
        actor = info.context.actor
        accepted, errors = await mutation.run(
            service.ingest_metrics(
                items=[
                    {
                        "product_code": i.product_code,
                        "metric": i.metric,
                        "business_date": i.business_date,
                        "value": i.value,
                    }
                    for i in items
                ],
                actor=actor,
            ),
            actor=actor,
            action="metric.ingest",
            object_type="MetricValue",
        )
        return MetricIngestPayload(accepted=accepted or 0, errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Recompute today's metrics and evaluate every rule now.",
    )
    async def monitoring_evaluate(self, info: strawberry.Info) -> MonitoringEvaluatePayload:
        actor = info.context.actor
        outcome, errors = await mutation.run(
            service.run_evaluation(actor=actor), actor=actor, action="monitoring.evaluate"
        )
        return MonitoringEvaluatePayload(
            evaluated=outcome.evaluated if outcome else 0,
            raised=outcome.raised if outcome else 0,
            updated=outcome.updated if outcome else 0,
            resolved=outcome.resolved if outcome else 0,
            errors=errors,
        )


@strawberry.type(description="Live events of the BankPM API (graphql-transport-ws).")
class Subscription:
    @strawberry.subscription(
        extensions=requires_any(perms.MONITORING_READ, perms.ALERTS_SUBSCRIBE),
        description=(
            "Risk alerts as they are raised, updated and resolved, on every instance. Signed-in "
            "users need monitoring:read, API keys the alerts:subscribe scope. After a reconnect, "
            "catch up with `alerts(since:)`."
        ),
    )
    async def risk_alerts(
        self, info: strawberry.Info, filter: RiskAlertFilter | None = None
    ) -> AsyncGenerator[RiskAlertEvent, None]:
        f = filter or RiskAlertFilter()
        product_ids = set(_refs(f.product_ids, "Product") or []) if f.product_ids else None
        async with events.subscribe(events.ALERTS) as stream:
            async for payload in stream:
                if not _matches(payload, f, product_ids):
                    continue
                # each event reads rules, products and users afresh (not cached per connection)
                info.context.loaders = Loaders()
                yield RiskAlertEvent(
                    change=AlertChange(payload["change"]),
                    at=datetime.fromisoformat(payload["at"]),
                    alert=Alert.from_event(payload["alert"]),
                )
