"""The live risk-alert stream (graphql-transport-ws), on every API instance."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from typing import Any

import strawberry

from backend import events
from backend.domains.auth import permissions as perms
from backend.domains.monitoring.enums import AlertChange, Severity
from backend.graphql_core.permissions import requires_any
from backend.resolvers.monitoring.arguments import refs
from backend.schema.monitoring.alerts import Alert, RiskAlertEvent, RiskAlertFilter


def _matches(payload: dict[str, Any], f: RiskAlertFilter, product_ids: set[int] | None) -> bool:
    alert = payload["alert"]
    if f.min_severity and Severity(alert["severity"]).rank < f.min_severity.rank:
        return False
    if product_ids is not None and alert["product_id"] not in product_ids:
        return False
    return not (f.families and alert["family"] not in {x.value for x in f.families})


@strawberry.type
class AlertSubscription:
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
        product_ids = set(refs(f.product_ids, "Product") or []) if f.product_ids else None
        async with events.subscribe(events.ALERTS) as stream:
            async for payload in stream:
                if not _matches(payload, f, product_ids):
                    continue
                # each event reads rules, products and users afresh (not cached per connection)
                info.context.loaders = type(info.context.loaders)()
                yield RiskAlertEvent(
                    change=AlertChange(payload["change"]),
                    at=datetime.fromisoformat(payload["at"]),
                    alert=Alert.from_event(payload["alert"]),
                )
