"""Alerts: list them, and acknowledge, assign, comment on and resolve one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.monitoring import alerts as service
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of
from backend.resolvers.monitoring.arguments import NO_ROW, ref, refs
from backend.schema.auth.users import User
from backend.schema.monitoring.alerts import Alert, AlertFilter, AlertPayload


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


@strawberry.type
class AlertQuery:
    @strawberry.field(
        extensions=requires(perms.ALERT_MANAGE),
        description="Active users an alert can be assigned to (those who may manage alerts).",
    )
    async def alert_assignees(self) -> list[User]:
        return [User.from_model(u) for u in await service.alert_assignees()]

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
                product_ids=refs(f.product_ids, "Product"),
                families=[x.value for x in f.families] if f.families else None,
                rule_ids=refs(f.rule_ids, "RiskRule"),
                assignee_id=(actor.id or NO_ROW) if f.assigned_to_me else None,
                since=since,
            )
        )
        return await paginate(query, Alert.from_model, first=first, after=after)


@strawberry.type
class AlertMutation:
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
                assignee_id=ref(assignee_id, "User"),
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
