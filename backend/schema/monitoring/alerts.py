"""GraphQL types of alerts: the alert with its history, live alert events, filters and payloads."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry

from backend.domains.monitoring import models
from backend.domains.products.enums import ProductFamily
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.i18n import translate
from backend.schema.auth.users import User
from backend.schema.monitoring.access_rules import AccessRule
from backend.schema.monitoring.enums import (
    AlertChange,
    AlertEventKind,
    AlertKind,
    AlertStatus,
    AutoAction,
    Metric,
    Severity,
)
from backend.schema.monitoring.loaders import (
    AccessRuleByIdLoader,
    AlertEventsByAlertIdLoader,
    RiskRuleByIdLoader,
    load_product,
    load_user,
)
from backend.schema.monitoring.rules import RiskRule, caller_locale
from backend.schema.products.loaders import ProductByIdLoader
from backend.schema.products.types import Product


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
#: The sentence of a CUSTOMER_ACCESS alert (translated in ``monitoring.access_messages``).
ACCESS_MESSAGE = (
    "{user} read {value} different customers within {minutes} minutes (level {threshold})."
)


def _dec(value: Any) -> Decimal | None:
    """A stored or published number with four decimal places (None stays None)."""
    return None if value is None else Decimal(str(value)).quantize(_PLACES)


def _dt(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(str(value))


@strawberry.type(
    description="A breach of a risk rule by a product, or of an access rule by a user (unusual "
    "reading of customer data), and how it is being handled."
)
class Alert(Node):
    pk: strawberry.Private[int]
    rule_id: strawberry.Private[int | None]
    product_id: strawberry.Private[int | None]
    access_rule_id: strawberry.Private[int | None]
    subject_user_id: strawberry.Private[int | None]
    assignee_id: strawberry.Private[int | None]
    acknowledged_by_id: strawberry.Private[int | None]
    resolved_by_id: strawberry.Private[int | None]
    names: strawberry.Private[dict[str, str] | None]
    kind: AlertKind = strawberry.field(
        description="A product's risk-rule breach, or unusual reading of customer data by a user."
    )
    family: ProductFamily | None = strawberry.field(
        description="The product's family (null for CUSTOMER_ACCESS alerts)."
    )
    subject_name: str | None = strawberry.field(
        description="CUSTOMER_ACCESS: the username (or API key name) whose reading is unusual."
    )
    severity: Severity = strawberry.field(description="Current severity.")
    status: AlertStatus = strawberry.field(description="Where it is in its lifecycle.")
    metric: Metric | None = strawberry.field(
        description="The metric that breached (null for CUSTOMER_ACCESS alerts)."
    )
    value: Decimal = strawberry.field(
        description="The observed value (percent change for CHANGE_VS_AVERAGE rules; different "
        "customers read within the window for CUSTOMER_ACCESS alerts)."
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
        if self.names is None and self.access_rule_id is not None:
            access = await info.context.loaders.get(AccessRuleByIdLoader).load(self.access_rule_id)
            self.names = {
                "rule_code": access.code if access else "",
                "rule_name_zh": access.name_zh if access else "",
                "rule_name_en": access.name_en if access else "",
                "product_code": "",
                "product_name_zh": "",
                "product_name_en": "",
                "window_minutes": str(access.window_minutes) if access else "",
            }
        if self.names is None:
            rule = (
                await info.context.loaders.get(RiskRuleByIdLoader).load(self.rule_id)
                if self.rule_id is not None
                else None
            )
            product = (
                await info.context.loaders.get(ProductByIdLoader).load(self.product_id)
                if self.product_id is not None
                else None
            )
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
        return names["rule_name_zh" if caller_locale(info).startswith("zh") else "rule_name_en"]

    @strawberry.field(description="The product's code.")
    async def product_code(self, info: strawberry.Info) -> str:
        return (await self._names(info))["product_code"]

    @strawberry.field(description="The product's name in the caller's language.")
    async def product_name(self, info: strawberry.Info) -> str:
        names = await self._names(info)
        return names[
            "product_name_zh" if caller_locale(info).startswith("zh") else "product_name_en"
        ]

    @strawberry.field(description="The risk rule that raised it (null for CUSTOMER_ACCESS).")
    async def rule(self, info: strawberry.Info) -> RiskRule | None:
        if self.rule_id is None:
            return None
        row = await info.context.loaders.get(RiskRuleByIdLoader).load(self.rule_id)
        return RiskRule.from_model(row) if row else None

    @strawberry.field(description="The access rule that raised it (CUSTOMER_ACCESS alerts).")
    async def access_rule(self, info: strawberry.Info) -> AccessRule | None:
        if self.access_rule_id is None:
            return None
        row = await info.context.loaders.get(AccessRuleByIdLoader).load(self.access_rule_id)
        return AccessRule.from_model(row) if row else None

    @strawberry.field(description="CUSTOMER_ACCESS: the user whose reading is unusual.")
    async def subject_user(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.subject_user_id)

    @strawberry.field(description="The product concerned.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @strawberry.field(description="Who works on it.")
    async def assignee(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.assignee_id)

    @strawberry.field(description="Who acknowledged it.")
    async def acknowledged_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.acknowledged_by_id)

    @strawberry.field(description="Who resolved it by hand.")
    async def resolved_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.resolved_by_id)

    @strawberry.field(description="Its full history, oldest first.")
    async def history(self, info: strawberry.Info) -> list[AlertHistoryEntry]:
        rows = await info.context.loaders.get(AlertEventsByAlertIdLoader).load(self.pk)
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
        zh = caller_locale(info).startswith("zh")
        if self.kind == AlertKind.CUSTOMER_ACCESS:
            return translate(
                ACCESS_MESSAGE,
                info.context.actor.locale,
                user=self.subject_name or "",
                value=f"{self.value.normalize():f}",
                minutes=names.get("window_minutes", ""),
                threshold="—" if self.threshold is None else f"{self.threshold.normalize():f}",
            )
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
            access_rule_id=a.access_rule_id,
            subject_user_id=a.subject_user_id,
            assignee_id=a.assignee_id,
            acknowledged_by_id=a.acknowledged_by_id,
            resolved_by_id=a.resolved_by_id,
            names=None,
            kind=AlertKind.PRODUCT_RISK if a.access_rule_id is None else AlertKind.CUSTOMER_ACCESS,
            family=ProductFamily(a.family) if a.family else None,
            subject_name=a.subject_name,
            severity=Severity(a.severity),
            status=AlertStatus(a.status),
            metric=Metric(a.metric) if a.access_rule_id is None else None,
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
            access_rule_id=data.get("access_rule_id"),
            subject_user_id=data.get("subject_user_id"),
            assignee_id=data.get("assignee_id"),
            acknowledged_by_id=None,
            resolved_by_id=None,
            names={
                k: str(data[k])
                for k in data
                if k.startswith(("rule_", "product_")) or k == "window_minutes"
            },
            kind=AlertKind.CUSTOMER_ACCESS
            if data.get("access_rule_id") is not None
            else AlertKind.PRODUCT_RISK,
            family=ProductFamily(data["family"]) if data.get("family") else None,
            subject_name=data.get("subject_name"),
            severity=Severity(data["severity"]),
            status=AlertStatus(data["status"]),
            metric=Metric(data["metric"]) if data.get("access_rule_id") is None else None,
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


@strawberry.type(description="Result of an alert action.")
class AlertPayload:
    alert: Alert | None = strawberry.field(description="The alert after the action.")
    errors: list[UserError] = strawberry.field(description="Why nothing was changed.")
