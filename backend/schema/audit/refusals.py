"""GraphQL type of the refusal counts: refused requests per principal and minute."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.domains.audit import models
from backend.graphql_core.types import to_global_id
from backend.schema.audit.enums import ActorType


@strawberry.type(
    description="Refused requests (FORBIDDEN...) of one user or API key within one minute "
    "(UTC). The first few of a minute are also access.refuse events in the audit trail; the "
    "rest are only counted here."
)
class RefusalCount:
    id: strawberry.ID = strawberry.field(description="ID of this count.")
    actor_type: ActorType = strawberry.field(description="User or API key.")
    actor_id: str | None = strawberry.field(description="ID of the user or API key.")
    actor_name: str = strawberry.field(description="Username or API key name.")
    minute: datetime = strawberry.field(description="Start of the minute (UTC).")
    first_at: datetime = strawberry.field(description="First refusal in that minute.")
    last_at: datetime = strawberry.field(description="Last refusal in that minute.")
    count: int = strawberry.field(description="How many requests were refused in that minute.")

    @classmethod
    def from_model(cls, row: models.RefusalCount) -> RefusalCount:
        """Build from a refusal-count row."""
        return cls(
            id=strawberry.ID(to_global_id("RefusalCount", row.id)),
            actor_type=ActorType(row.actor_type),
            actor_id=row.actor_id,
            actor_name=row.actor_name,
            minute=row.minute,
            first_at=row.first_at,
            last_at=row.last_at,
            count=row.count,
        )
