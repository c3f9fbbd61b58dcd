"""GraphQL types of risk rules: the rule, its inputs and payloads, and evaluation runs."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from backend.domains.monitoring import models
from backend.domains.products.enums import ProductFamily
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.auth.users import User
from backend.schema.monitoring.enums import (
    AutoAction,
    Metric,
    RuleChangeStatus,
    RuleCondition,
    RuleLoosening,
    RuleScope,
)
from backend.schema.monitoring.loaders import (
    PendingRiskRuleChangeByRuleLoader,
    load_product,
    load_user,
)
from backend.schema.products.types import Product


def caller_locale(info: strawberry.Info) -> str:
    """The caller's language (``zh-CN``, ``en``...)."""
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
        return self.name_zh if caller_locale(info).startswith("zh") else self.name_en

    @strawberry.field(description="The product (scope PRODUCT).")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @strawberry.field(description="Who owns the rule.")
    async def owner(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.owner_id)

    @strawberry.field(
        description=(
            "A change that loosens or disables the rule, waiting for a second risk officer "
            "(null when none)."
        )
    )
    async def pending_change(self, info: strawberry.Info) -> RiskRuleChange | None:
        row = await info.context.loaders.get(PendingRiskRuleChangeByRuleLoader).load(self.pk)
        return RiskRuleChange.from_model(row) if row else None

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


#: Rule fields by their API names, for the fields a change proposes.
_API_NAMES = {
    "code": "code",
    "name_zh": "nameZh",
    "name_en": "nameEn",
    "description": "description",
    "metric": "metric",
    "scope": "scope",
    "family": "family",
    "product_id": "productId",
    "condition": "condition",
    "normal_low": "normalLow",
    "normal_high": "normalHigh",
    "warning_level": "warningLevel",
    "critical_level": "criticalLevel",
    "window_days": "windowDays",
    "baseline_days": "baselineDays",
    "enabled": "enabled",
    "auto_action": "autoAction",
    "owner_id": "ownerId",
}


def _text(value: object) -> str | None:
    return None if value is None else str(value).lower() if isinstance(value, bool) else str(value)


@strawberry.type(description="One field a rule change proposes: its value before and after.")
class RiskRuleFieldChange:
    field: str = strawberry.field(description="The field's API name, e.g. warningLevel.")
    before: str | None = strawberry.field(description="The value now (null: none).")
    after: str | None = strawberry.field(description="The proposed value (null: none).")


@strawberry.type(
    description=(
        "A change that loosens or disables a risk rule: it applies only when a second risk "
        "officer approves it."
    )
)
class RiskRuleChange(Node):
    pk: strawberry.Private[int]
    rule_id: strawberry.Private[int]
    proposed_by_id: strawberry.Private[int | None]
    decided_by_id: strawberry.Private[int | None]
    status: RuleChangeStatus = strawberry.field(description="Pending, or how it was decided.")
    reasons: list[RuleLoosening] = strawberry.field(description="Why it needs a checker.")
    changes: list[RiskRuleFieldChange] = strawberry.field(description="The proposed values.")
    proposed_by_name: str = strawberry.field(description="Who proposed it (display name).")
    proposed_at: datetime = strawberry.field(description="When it was proposed.")
    decided_at: datetime | None = strawberry.field(description="When it was decided.")
    note: str = strawberry.field(description="Why it was rejected.")
    version: int = strawberry.field(description="Optimistic-locking version.")

    @strawberry.field(description="Who proposed it.")
    async def proposed_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.proposed_by_id)

    @strawberry.field(description="Who approved, rejected or withdrew it.")
    async def decided_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.decided_by_id)

    @classmethod
    def from_model(cls, c: models.RiskRuleChange) -> RiskRuleChange:
        """Build from a rule-change row."""
        return cls(
            id=to_global_id("RiskRuleChange", c.id),
            pk=c.id,
            rule_id=c.rule_id,
            proposed_by_id=c.proposed_by_id,
            decided_by_id=c.decided_by_id,
            status=RuleChangeStatus(c.status),
            reasons=[RuleLoosening(r) for r in c.reasons],
            changes=[
                RiskRuleFieldChange(
                    field=_API_NAMES.get(k, k), before=_text(c.before.get(k)), after=_text(v)
                )
                for k, v in c.changes.items()
            ],
            proposed_by_name=c.proposed_by_name,
            proposed_at=c.proposed_at,
            decided_at=c.decided_at,
            note=c.note,
            version=c.version,
        )


@strawberry.type(description="Result of approving, rejecting or withdrawing a rule change.")
class RiskRuleChangePayload:
    change: RiskRuleChange | None = strawberry.field(description="The change after the decision.")
    errors: list[UserError] = strawberry.field(description="Why nothing was changed.")


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


@strawberry.type(description="Result of a risk rule change.")
class RiskRulePayload:
    risk_rule: RiskRule | None = strawberry.field(
        description=(
            "The rule after the change; a loosening change leaves it as it was, with the change "
            "in pendingChange."
        )
    )
    errors: list[UserError] = strawberry.field(description="Why nothing was changed.")


@strawberry.type(description="Result of deleting a risk rule.")
class RiskRuleDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="The deleted rule's id.")
    errors: list[UserError] = strawberry.field(description="Why nothing was deleted.")


@strawberry.type(description="Result of an evaluation run.")
class MonitoringEvaluatePayload:
    evaluated: int = strawberry.field(description="Rule × product pairs judged.")
    raised: int = strawberry.field(description="Alerts raised.")
    updated: int = strawberry.field(description="Alerts updated.")
    resolved: int = strawberry.field(description="Alerts resolved by themselves.")
    errors: list[UserError] = strawberry.field(description="Why it did not run.")
