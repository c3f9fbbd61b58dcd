"""Thin GraphQL resolver of the refusal counts."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.domains.audit import refusals
from backend.domains.auth import permissions as perms
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection
from backend.schema.audit.refusals import RefusalCount


@strawberry.type
class RefusalCountQuery:
    @strawberry.field(
        extensions=requires(perms.AUDIT_READ),
        description="Refused requests per user or API key and minute, latest first, paged "
        "(all of them, including those past the per-minute limit of access.refuse events).",
    )
    async def refusal_counts(
        self,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        actor_name: str | None = None,
        since: datetime | None = None,
    ) -> Connection[RefusalCount]:
        qs = refusals.counts_query(actor_name=actor_name, since=since)
        return await paginate(
            qs, RefusalCount.from_model, first=first, after=after, last=last, before=before
        )
