"""GraphQL root fields of access rules (异常访问): list and change them."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.monitoring import access_anomaly
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.reference import input_data
from backend.graphql_core.types import Connection, pk_of
from backend.schema.monitoring.access_rules import AccessRule, AccessRuleInput, AccessRulePayload


@strawberry.type
class AccessRuleQuery:
    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="The rules that say when reading customer data is unusual, by code.",
    )
    async def access_rules(
        self, first: int | None = None, after: str | None = None
    ) -> Connection[AccessRule]:
        return await paginate(
            await access_anomaly.access_rules_query(),
            AccessRule.from_model,
            first=first,
            after=after,
        )


@strawberry.type
class AccessRuleMutation:
    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Change an access rule's threshold, window, kinds or names, or switch it "
        "off (audited as accessRule.update).",
    )
    async def access_rule_update(
        self, info: strawberry.Info, id: strawberry.ID, input: AccessRuleInput
    ) -> AccessRulePayload:
        actor = info.context.actor
        pk = pk_of(id, "AccessRule")
        data = input_data(input)
        if isinstance(data.get("kinds"), list):
            data["kinds"] = [getattr(k, "value", k) for k in data["kinds"]]
        row, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else access_anomaly.update_access_rule(rule_id=pk, data=data, actor=actor),
            actor=actor,
            action="accessRule.update",
            object_type="AccessRule",
            object_id=pk,
        )
        return AccessRulePayload(
            access_rule=AccessRule.from_model(row) if row else None, errors=errors
        )
