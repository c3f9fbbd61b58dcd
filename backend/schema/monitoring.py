"""GraphQL types of product monitoring: metrics, risk rules, alerts with their history, the
live alert events, and their inputs and payloads."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from aiodataloader import DataLoader

from backend.domains.monitoring import models
from backend.domains.monitoring import service as monitoring
from backend.domains.monitoring.enums import (
    AlertChange,
    AlertEventKind,
    AlertStatus,
    AutoAction,
    Metric,
    RuleCondition,
    RuleScope,
    Severity,
)
from backend.domains.products.enums import ProductFamily
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.i18n import translate
from backend.schema.auth.users import User
from backend.schema.products.loaders import ProductByIdLoader
from backend.schema.products.types import Product

strawberry.enum(
    Metric,
    name="ProductMetric",
    description=(
        "A product health metric per business day: TX_COUNT / TX_AMOUNT (transactions), "
        "BALANCE (AUM or loans outstanding), NEW_SALES_COUNT / NEW_SALES_AMOUNT (holdings "
        "opened), AVG_RATE (balance-weighted rate, % a year), NPL_RATIO ((substandard + doubtful "
        "+ loss) / outstanding, %), OVERDUE_RATIO (%), COMPLAINT_COUNT, SATISFACTION (average "
        "1–5 rating over 90 days)."
    ),
)
strawberry.enum(RuleScope, description="Which products a rule watches: ALL, a FAMILY, a PRODUCT.")
strawberry.enum(
    RuleCondition,
    description=(
        "ABOVE / BELOW compare the metric with the levels; CHANGE_VS_AVERAGE compares the "
        "percent change of the window's daily mean against the trailing baseline average."
    ),
)
strawberry.enum(AutoAction, description="What a rule does by itself on a CRITICAL breach.")
strawberry.enum(Severity, name="AlertSeverity", description="INFO < WARNING < CRITICAL.")
strawberry.enum(AlertStatus, description="OPEN → ACKNOWLEDGED → RESOLVED.")
strawberry.enum(AlertEventKind, description="One kind of entry in an alert's history.")
strawberry.enum(AlertChange, description="What a live alert event says: RAISED, UPDATED, RESOLVED.")


class RuleByIdLoader(DataLoader[int, models.RiskRule | None]):
    """Risk rules by id."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.RiskRule | None]:
        found = {r.id: r for r in await monitoring.get_rules(ids=keys)}
        return [found.get(k) for k in keys]


class AlertHistoryLoader(DataLoader[int, list[models.AlertEvent]]):
    """Alert history by alert id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.AlertEvent]]:
        found = await monitoring.alert_history(alert_ids=keys)
        return [found[k] for k in keys]


async def _user(info: strawberry.Info, user_id: int | None) -> User | None:
    if user_id is None:
        return None
    user = await info.context.loaders.user_by_id.load(user_id)
    return User.from_model(user) if user else None


def _locale(info: strawberry.Info) -> str:
    locale: str = info.context.actor.locale
    return locale


@strawberry.type(description="A threshold rule on one metric, for all products, a family or one.")
class RiskRule(Node):
    pk: strawberry.Private[int]
    product_id: strawberry.Private[int | None]
    owner_id: strawberry.Private[int | None]
    code: str = strawberry.field(description="Unique code, e.g. LOAN_NPL_RATIO.")
    name_zh: str = strawberry.field(description="Chinese name.")
    name_en: str = strawberry.field(description="English name.")
    description: str = strawberry.field(description="What the rule watches and why.")
    metric: Metric = strawberry.field(description="The metric it judges.")
    scope: RuleScope = strawberry.field(description="Which products it watches.")
    family: ProductFamily | None = strawberry.field(description="The family (scope FAMILY).")
    condition: RuleCondition = strawberry.field(description="How the levels are read.")
    normal_low: Decimal | None = strawberry.field(description="Bottom of the normal range.")
    normal_high: Decimal | None = strawberry.field(description="Top of the normal range.")
    warning_level: Decimal = strawberry.field(description="Level at which WARNING starts.")
    critical_level: Decimal | None = strawberry.field(description="Level at which CRITICAL starts.")
    window_days: int = strawberry.field(description="Days the observed value covers.")
    baseline_days: int = strawberry.field(
        description="Days before the window averaged for CHANGE_VS_AVERAGE."
    )
    enabled: bool = strawberry.field(description="Whether it is evaluated.")
    auto_action: AutoAction = strawberry.field(description="Automatic action on CRITICAL.")
    version: int = strawberry.field(description="Optimistic-locking version.")
    updated_at: datetime = strawberry.field(description="Last change.")

    @strawberry.field(description="The name in the caller's language.")
    def name(self, info: strawberry.Info) -> str:
        return self.name_zh if _locale(info).startswith("zh") else self.name_en

    @strawberry.field(description="The product (scope PRODUCT).")
    async def product(self, info: strawberry.Info) -> Product | None:
        if self.product_id is None:
            return None
        row = await info.context.loaders.get(ProductByIdLoader).load(self.product_id)
        return Product.from_model(row) if row else None

    @strawberry.field(description="Who owns the rule.")
    async def owner(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.owner_id)

    @classmethod
    def from_model(cls, r: models.RiskRule) -> RiskRule:
        """Build from a rule row."""
        return cls(
            id=to_global_id("RiskRule", r.id),
            pk=r.id,
            product_id=r.product_id,
            owner_id=r.owner_id,
            code=r.code,
            name_zh=r.name_zh,
            name_en=r.name_en,
            description=r.description,
            metric=Metric(r.metric),
            scope=RuleScope(r.scope),
            family=ProductFamily(r.family) if r.family else None,
            condition=RuleCondition(r.condition),
            normal_low=r.normal_low,
            normal_high=r.normal_high,
            warning_level=r.warning_level,
            critical_level=r.critical_level,
            window_days=r.window_days,
            baseline_days=r.baseline_days,
            enabled=r.enabled,
            auto_action=AutoAction(r.auto_action),
            version=r.version,
            updated_at=r.updated_at,
        )


@strawberry.type(description="One entry in an alert's history.")
class AlertHistoryEntry:
    kind: AlertEventKind = strawberry.field(description="What happened.")
    severity: Severity | None = strawberry.field(description="Severity after it.")
    status: AlertStatus = strawberry.field(description="Status after it.")
    value: Decimal | None = strawberry.field(description="Observed value, when it changed.")
    note: str = strawberry.field(description="Comment, resolution note or action.")
    actor_name: str = strawberry.field(description="Who did it (system for evaluations).")
    at: datetime = strawberry.field(description="When.")


_PLACES = Decimal("0.0001")


def _dec(value: Any) -> Decimal | None:
    """A stored or published number with four decimal places (None stays None)."""
    return None if value is None else Decimal(str(value)).quantize(_PLACES)


def _dt(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(str(value))


@strawberry.type(description="A breach of a risk rule by a product, and how it is being handled.")
class Alert(Node):
    pk: strawberry.Private[int]
    rule_id: strawberry.Private[int]
    product_id: strawberry.Private[int]
    assignee_id: strawberry.Private[int | None]
    acknowledged_by_id: strawberry.Private[int | None]
    resolved_by_id: strawberry.Private[int | None]
    names: strawberry.Private[dict[str, str] | None]
    family: ProductFamily = strawberry.field(description="The product's family.")
    severity: Severity = strawberry.field(description="Current severity.")
    status: AlertStatus = strawberry.field(description="Where it is in its lifecycle.")
    metric: Metric = strawberry.field(description="The metric that breached.")
    value: Decimal = strawberry.field(
        description="The observed value (percent change for CHANGE_VS_AVERAGE rules)."
    )
    threshold: Decimal | None = strawberry.field(description="The level it crossed.")
    baseline: Decimal | None = strawberry.field(
        description="The trailing average it was compared with, when the rule compares changes."
    )
    business_date: date = strawberry.field(description="The business day observed.")
    raised_at: datetime = strawberry.field(description="When it was raised.")
    updated_at: datetime = strawberry.field(description="Last change of any kind.")
    acknowledged_at: datetime | None = strawberry.field(description="When it was taken on.")
    resolved_at: datetime | None = strawberry.field(description="When it was resolved.")
    resolution_note: str = strawberry.field(description="Why it was resolved.")
    auto_resolved: bool = strawberry.field(description="Resolved by itself (back to normal).")
    action_taken: AutoAction | None = strawberry.field(description="Automatic action taken.")
    version: int = strawberry.field(description="Optimistic-locking version.")

    async def _names(self, info: strawberry.Info) -> dict[str, str]:
        if self.names is None:
            rule = await info.context.loaders.get(RuleByIdLoader).load(self.rule_id)
            product = await info.context.loaders.get(ProductByIdLoader).load(self.product_id)
            self.names = {
                "rule_code": rule.code if rule else "",
                "rule_name_zh": rule.name_zh if rule else "",
                "rule_name_en": rule.name_en if rule else "",
                "product_code": product.code if product else "",
                "product_name_zh": product.name_zh if product else "",
                "product_name_en": product.name_en if product else "",
            }
        return self.names

    @strawberry.field(description="The rule's code.")
    async def rule_code(self, info: strawberry.Info) -> str:
        return (await self._names(info))["rule_code"]

    @strawberry.field(description="The rule's name in the caller's language.")
    async def rule_name(self, info: strawberry.Info) -> str:
        names = await self._names(info)
        return names["rule_name_zh" if _locale(info).startswith("zh") else "rule_name_en"]

    @strawberry.field(description="The product's code.")
    async def product_code(self, info: strawberry.Info) -> str:
        return (await self._names(info))["product_code"]

    @strawberry.field(description="The product's name in the caller's language.")
    async def product_name(self, info: strawberry.Info) -> str:
        names = await self._names(info)
        return names["product_name_zh" if _locale(info).startswith("zh") else "product_name_en"]

    @strawberry.field(description="The rule that raised it.")
    async def rule(self, info: strawberry.Info) -> RiskRule | None:
        row = await info.context.loaders.get(RuleByIdLoader).load(self.rule_id)
        return RiskRule.from_model(row) if row else None

    @strawberry.field(description="The product concerned.")
    async def product(self, info: strawberry.Info) -> Product | None:
        row = await info.context.loaders.get(ProductByIdLoader).load(self.product_id)
        return Product.from_model(row) if row else None

    @strawberry.field(description="Who works on it.")
    async def assignee(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.assignee_id)

    @strawberry.field(description="Who acknowledged it.")
    async def acknowledged_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.acknowledged_by_id)

    @strawberry.field(description="Who resolved it by hand.")
    async def resolved_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.resolved_by_id)

    @strawberry.field(description="Its full history, oldest first.")
    async def history(self, info: strawberry.Info) -> list[AlertHistoryEntry]:
        rows = await info.context.loaders.get(AlertHistoryLoader).load(self.pk)
        return [
            AlertHistoryEntry(
                kind=AlertEventKind(r.kind),
                severity=Severity(r.severity) if r.severity else None,
                status=AlertStatus(r.status),
                value=_dec(r.value),
                note=r.note,
                actor_name=r.actor_name,
                at=r.at,
            )
            for r in rows
        ]

    @strawberry.field(description="One sentence on the breach, in the caller's language.")
    async def message(self, info: strawberry.Info) -> str:
        names = await self._names(info)
        zh = _locale(info).startswith("zh")
        return translate(
            "{product}: {rule} is {value} (level {threshold}).",
            info.context.actor.locale,
            product=names["product_name_zh" if zh else "product_name_en"],
            rule=names["rule_name_zh" if zh else "rule_name_en"],
            value=f"{self.value.normalize():f}",
            threshold="—" if self.threshold is None else f"{self.threshold.normalize():f}",
        )

    @classmethod
    def from_model(cls, a: models.Alert) -> Alert:
        """Build from an alert row."""
        return cls(
            id=to_global_id("Alert", a.id),
            pk=a.id,
            rule_id=a.rule_id,
            product_id=a.product_id,
            assignee_id=a.assignee_id,
            acknowledged_by_id=a.acknowledged_by_id,
            resolved_by_id=a.resolved_by_id,
            names=None,
            family=ProductFamily(a.family),
            severity=Severity(a.severity),
            status=AlertStatus(a.status),
            metric=Metric(a.metric),
            value=Decimal(a.value).quantize(_PLACES),
            threshold=_dec(a.threshold),
            baseline=_dec(a.baseline),
            business_date=a.business_date,
            raised_at=a.raised_at,
            updated_at=a.updated_at,
            acknowledged_at=a.acknowledged_at,
            resolved_at=a.resolved_at,
            resolution_note=a.resolution_note,
            auto_resolved=a.auto_resolved,
            action_taken=AutoAction(a.action_taken) if a.action_taken else None,
            version=a.version,
        )

    @classmethod
    def from_event(cls, data: dict[str, Any]) -> Alert:
        """Build from the snapshot in a bus message (no database read)."""
        return cls(
            id=to_global_id("Alert", data["id"]),
            pk=data["id"],
            rule_id=data["rule_id"],
            product_id=data["product_id"],
            assignee_id=data.get("assignee_id"),
            acknowledged_by_id=None,
            resolved_by_id=None,
            names={k: data[k] for k in data if k.startswith(("rule_", "product_"))},
            family=ProductFamily(data["family"]),
            severity=Severity(data["severity"]),
            status=AlertStatus(data["status"]),
            metric=Metric(data["metric"]),
            value=Decimal(data["value"]).quantize(_PLACES),
            threshold=_dec(data.get("threshold")),
            baseline=_dec(data.get("baseline")),
            business_date=date.fromisoformat(data["business_date"]),
            raised_at=datetime.fromisoformat(data["raised_at"]),
            updated_at=datetime.fromisoformat(data["updated_at"]),
            acknowledged_at=_dt(data.get("acknowledged_at")),
            resolved_at=_dt(data.get("resolved_at")),
            resolution_note=data.get("resolution_note") or "",
            auto_resolved=bool(data.get("auto_resolved")),
            action_taken=AutoAction(data["action_taken"]) if data.get("action_taken") else None,
            version=data["version"],
        )


@strawberry.type(description="A live alert event: an alert was raised, changed or resolved.")
class RiskAlertEvent:
    change: AlertChange = strawberry.field(description="What happened.")
    at: datetime = strawberry.field(description="When it was published.")
    alert: Alert = strawberry.field(description="The alert as it is after the change.")


@strawberry.type(description="One day of a metric.")
class MetricPoint:
    date: date = strawberry.field(description="Business day (Asia/Shanghai).")
    value: Decimal = strawberry.field(description="Value on that day.")


@strawberry.type(description="A metric's daily values for a product, a family or the bank.")
class MetricSeries:
    metric: Metric = strawberry.field(description="The metric.")
    points: list[MetricPoint] = strawberry.field(description="Oldest first.")


@strawberry.type(description="A metric's latest value.")
class MetricReading:
    metric: Metric = strawberry.field(description="The metric.")
    value: Decimal = strawberry.field(description="Latest value in the last 7 days.")


@strawberry.type(description="A watched product's latest metrics and open alerts.")
class ProductHealth:
    product_id: strawberry.Private[int]
    metrics: list[MetricReading] = strawberry.field(description="Latest value of each metric.")
    open_alerts: int = strawberry.field(description="Open or acknowledged alerts.")
    worst_severity: Severity | None = strawberry.field(
        description="Highest severity among its open alerts."
    )

    @strawberry.field(description="The product.")
    async def product(self, info: strawberry.Info) -> Product | None:
        row = await info.context.loaders.get(ProductByIdLoader).load(self.product_id)
        return Product.from_model(row) if row else None


@strawberry.type(description="Open alerts per severity.")
class AlertCounts:
    info: int = strawberry.field(description="INFO alerts.")
    warning: int = strawberry.field(description="WARNING alerts.")
    critical: int = strawberry.field(description="CRITICAL alerts.")


@strawberry.type(description="Bank-wide monitoring figures for the dashboard.")
class MonitoringOverview:
    business_date: date = strawberry.field(description="Today (Asia/Shanghai).")
    open_alerts: AlertCounts = strawberry.field(description="Open alerts per severity.")
    watched_products: int = strawberry.field(description="Products on sale, suspended or offline.")
    products_with_alerts: int = strawberry.field(description="Products with an open alert.")
    suspended_products: int = strawberry.field(description="Products whose sales are suspended.")
    total_balance: Decimal = strawberry.field(description="AUM plus loans outstanding, CNY.")
    loan_npl_ratio: Decimal | None = strawberry.field(description="Bank-wide loan NPL ratio, %.")
    tx_count_yesterday: Decimal = strawberry.field(description="Transactions yesterday.")
    tx_count_average: Decimal = strawberry.field(
        description="Daily average transactions over the 28 days before yesterday."
    )


# --- inputs and payloads --------------------------------------------------------------------


@strawberry.input(description="A new risk rule.")
class RiskRuleCreateInput:
    code: str = strawberry.field(description="Unique code, capitals, digits, underscores.")
    name_zh: str = strawberry.field(description="Chinese name.")
    name_en: str = strawberry.field(description="English name.")
    metric: Metric = strawberry.field(description="The metric to judge.")
    condition: RuleCondition = strawberry.field(description="How to read the levels.")
    warning_level: Decimal = strawberry.field(description="Level at which WARNING starts.")
    scope: RuleScope = strawberry.field(default=RuleScope.ALL, description="Which products.")
    family: ProductFamily | None = strawberry.field(default=None, description="Scope FAMILY.")
    product_id: strawberry.ID | None = strawberry.field(default=None, description="Scope PRODUCT.")
    description: str = strawberry.field(default="", description="What and why.")
    normal_low: Decimal | None = strawberry.field(default=None, description="Normal range low.")
    normal_high: Decimal | None = strawberry.field(default=None, description="Normal range high.")
    critical_level: Decimal | None = strawberry.field(default=None, description="CRITICAL level.")
    window_days: int = strawberry.field(default=1, description="Observed window, days.")
    baseline_days: int = strawberry.field(default=30, description="Baseline for changes, days.")
    enabled: bool = strawberry.field(default=True, description="Evaluate it.")
    auto_action: AutoAction = strawberry.field(
        default=AutoAction.NONE, description="Automatic action on CRITICAL."
    )
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="Owner (a user).")


@strawberry.input(
    description=(
        "Changes to a risk rule; omitted fields keep their value, and null clears normalLow, "
        "normalHigh or criticalLevel."
    )
)
class RiskRuleUpdateInput:
    code: str | None = strawberry.field(default=None, description="Unique code.")
    name_zh: str | None = strawberry.field(default=None, description="Chinese name.")
    name_en: str | None = strawberry.field(default=None, description="English name.")
    description: str | None = strawberry.field(default=None, description="What and why.")
    metric: Metric | None = strawberry.field(default=None, description="The metric.")
    scope: RuleScope | None = strawberry.field(default=None, description="Which products.")
    family: ProductFamily | None = strawberry.field(default=None, description="Scope FAMILY.")
    product_id: strawberry.ID | None = strawberry.field(default=None, description="Scope PRODUCT.")
    condition: RuleCondition | None = strawberry.field(default=None, description="Condition.")
    normal_low: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Normal range low (null clears it)."
    )
    normal_high: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Normal range high (null clears it)."
    )
    warning_level: Decimal | None = strawberry.field(default=None, description="WARNING level.")
    critical_level: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="CRITICAL level (null clears it)."
    )
    window_days: int | None = strawberry.field(default=None, description="Window, days.")
    baseline_days: int | None = strawberry.field(default=None, description="Baseline, days.")
    enabled: bool | None = strawberry.field(default=None, description="Evaluate it.")
    auto_action: AutoAction | None = strawberry.field(default=None, description="Auto action.")


@strawberry.input(description="Which alerts to list.")
class AlertFilter:
    statuses: list[AlertStatus] | None = strawberry.field(default=None, description="Statuses.")
    min_severity: Severity | None = strawberry.field(default=None, description="At least this.")
    product_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Products."
    )
    families: list[ProductFamily] | None = strawberry.field(default=None, description="Families.")
    rule_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Rules.")
    assigned_to_me: bool = strawberry.field(default=False, description="Only mine.")


@strawberry.input(description="Which live alert events to receive.")
class RiskAlertFilter:
    min_severity: Severity | None = strawberry.field(default=None, description="At least this.")
    product_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Products."
    )
    families: list[ProductFamily] | None = strawberry.field(default=None, description="Families.")


@strawberry.input(description="One metric value pushed by another system.")
class MetricValueInput:
    product_code: str = strawberry.field(description="The product's code.")
    metric: Metric = strawberry.field(description="The metric.")
    business_date: date = strawberry.field(description="Business day (not in the future).")
    value: Decimal = strawberry.field(description="The value (ratios in percent).")


@strawberry.type(description="Result of a risk rule change.")
class RiskRulePayload:
    risk_rule: RiskRule | None = strawberry.field(description="The rule after the change.")
    errors: list[UserError] = strawberry.field(description="Why nothing was changed.")


@strawberry.type(description="Result of deleting a risk rule.")
class RiskRuleDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="The deleted rule's id.")
    errors: list[UserError] = strawberry.field(description="Why nothing was deleted.")


@strawberry.type(description="Result of an alert action.")
class AlertPayload:
    alert: Alert | None = strawberry.field(description="The alert after the action.")
    errors: list[UserError] = strawberry.field(description="Why nothing was changed.")


@strawberry.type(description="Result of pushing metric values.")
class MetricIngestPayload:
    accepted: int = strawberry.field(description="Values stored.")
    errors: list[UserError] = strawberry.field(description="Why nothing was stored.")


@strawberry.type(description="Result of an evaluation run.")
class MonitoringEvaluatePayload:
    evaluated: int = strawberry.field(description="Rule × product pairs judged.")
    raised: int = strawberry.field(description="Alerts raised.")
    updated: int = strawberry.field(description="Alerts updated.")
    resolved: int = strawberry.field(description="Alerts resolved by themselves.")
    errors: list[UserError] = strawberry.field(description="Why it did not run.")
