"""Risk rules: list them, create, change and delete them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import strawberry

from backend.actor import Actor
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import models, rule_changes
from backend.domains.monitoring import rules as service
from backend.domains.monitoring.enums import Metric
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of
from backend.resolvers.monitoring.arguments import ref
from backend.schema.monitoring.rules import (
    RiskRule,
    RiskRuleChange,
    RiskRuleChangePayload,
    RiskRuleCreateInput,
    RiskRuleDeletePayload,
    RiskRulePayload,
    RiskRuleUpdateInput,
)

RULE_FIELDS = (
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
#: Fields a null in the update input clears (others keep their value when null).
CLEARABLE = {"normal_low", "normal_high", "critical_level"}


def _rule_data(input: RiskRuleCreateInput | RiskRuleUpdateInput) -> dict[str, Any]:
    data = {k: getattr(input, k) for k in RULE_FIELDS if hasattr(input, k)}
    data["family"] = input.family.value if input.family is not None else None
    if input.product_id is not None:
        data["product_id"] = ref(input.product_id, "Product")
    owner_id = getattr(input, "owner_id", None)
    if owner_id is not None:
        data["owner_id"] = ref(owner_id, "User")
    return data


@strawberry.type
class RiskRuleQuery:
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


@strawberry.type
class RiskRuleMutation:
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
        description=(
            "Change a risk rule (enable, disable, levels...). A tightening change applies at "
            "once and its alerts are re-evaluated; one that loosens or disables the rule waits "
            "in pendingChange for a second risk officer."
        ),
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
        data = {
            k: v
            for k, v in _rule_data(input).items()
            if v is not strawberry.UNSET and (v is not None or k in CLEARABLE)
        }
        rule, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else rule_changes.update_rule(
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
        description=(
            "Delete a disabled rule that never raised an alert (otherwise keep it disabled)."
        ),
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
        extensions=requires(perms.RISK_RULE_APPROVE),
        description=(
            "Approve a pending rule change as a second risk officer (not its proposer): the "
            "rule changes and its alerts are re-evaluated."
        ),
    )
    async def risk_rule_change_approve(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int
    ) -> RiskRuleChangePayload:
        return await _decide(
            info,
            id,
            "approve",
            lambda pk, actor: rule_changes.approve_change(
                change_id=pk, expected_version=expected_version, actor=actor
            ),
        )

    @strawberry.mutation(
        extensions=requires(perms.RISK_RULE_APPROVE),
        description="Reject a pending rule change, with a reason, as a second risk officer.",
    )
    async def risk_rule_change_reject(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int, reason: str
    ) -> RiskRuleChangePayload:
        return await _decide(
            info,
            id,
            "reject",
            lambda pk, actor: rule_changes.reject_change(
                change_id=pk, expected_version=expected_version, reason=reason, actor=actor
            ),
        )

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Withdraw a rule change one proposed; the rule stays as it is.",
    )
    async def risk_rule_change_withdraw(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int
    ) -> RiskRuleChangePayload:
        return await _decide(
            info,
            id,
            "withdraw",
            lambda pk, actor: rule_changes.withdraw_change(
                change_id=pk, expected_version=expected_version, actor=actor
            ),
        )


async def _decide(
    info: strawberry.Info,
    id: strawberry.ID,
    verb: str,
    decide: Callable[[int, Actor], Awaitable[models.RiskRuleChange]],
) -> RiskRuleChangePayload:
    """Run one decision on a pending rule change (approve, reject, withdraw), audited."""
    actor = info.context.actor
    pk = pk_of(id, "RiskRuleChange")
    change, errors = await mutation.run(
        mutation.not_found() if pk is None else decide(pk, actor),
        actor=actor,
        action=f"riskRuleChange.{verb}",
        object_type="RiskRuleChange",
        object_id=pk,
    )
    return RiskRuleChangePayload(
        change=RiskRuleChange.from_model(change) if change else None, errors=errors
    )
