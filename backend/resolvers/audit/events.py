"""Thin GraphQL resolvers of the audit trail."""

from __future__ import annotations

import strawberry

from backend.domains.audit import service
from backend.domains.auth import permissions as perms
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection
from backend.schema.audit.events import AuditEvent, AuditEventFilter


@strawberry.type
class AuditEventQuery:
    @strawberry.field(
        extensions=requires(perms.AUDIT_READ), description="Audit events, newest first, paged."
    )
    async def audit_events(
        self,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        filter: AuditEventFilter | None = None,
    ) -> Connection[AuditEvent]:
        f = filter or AuditEventFilter()
        qs = service.events_query(
            filter=service.AuditFilter(
                action=f.action,
                actor_name=f.actor_name,
                object_type=f.object_type,
                object_id=f.object_id,
                outcome=f.outcome,
                occurred_after=f.occurred_after,
                occurred_before=f.occurred_before,
            )
        )
        return await paginate(
            qs, AuditEvent.from_model, first=first, after=after, last=last, before=before
        )
