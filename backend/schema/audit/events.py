"""GraphQL types of the audit trail."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from backend.domains.audit import actions, models
from backend.domains.audit.enums import AuditOutcome
from backend.graphql_core.types import Node, to_global_id
from backend.schema.audit.enums import ActorType

strawberry.enum(AuditOutcome, description="Whether the audited action took effect.")


@strawberry.type(description="One entry of the append-only, hash-chained audit trail.")
class AuditEvent(Node):
    pk: strawberry.Private[int]
    sequence: int = strawberry.field(description="Position in the chain, from 1, without gaps.")
    occurred_at: datetime = strawberry.field(description="When it happened (UTC).")
    actor_type: ActorType = strawberry.field(description="User, API key, anonymous or system.")
    actor_id: str | None = strawberry.field(description="ID of the user or API key.")
    actor_name: str = strawberry.field(
        description="Username, API key name, or the username tried at sign-in."
    )
    action: str = strawberry.field(
        description="What was done, as <entity>.<verb> in camelCase, e.g. user.create, needRule.update (older events are shown under today's names)."
    )
    object_type: str | None = strawberry.field(description="Type of the object acted on.")
    object_id: str | None = strawberry.field(description="ID of the object acted on.")
    before: JSON | None = strawberry.field(description="Changed fields before the change.")
    after: JSON | None = strawberry.field(description="Changed fields after the change.")
    ip_address: str | None = strawberry.field(description="Client address.")
    user_agent: str | None = strawberry.field(description="Client user agent.")
    outcome: AuditOutcome = strawberry.field(description="Whether it took effect.")
    correlation_id: str = strawberry.field(description="ID of the request, also in server logs.")
    hash: str = strawberry.field(description="SHA-256 over the previous hash and this content.")

    @classmethod
    def from_model(cls, event: models.AuditEvent) -> AuditEvent:
        """Build the GraphQL view of an audit event."""
        return cls(
            id=to_global_id("AuditEvent", event.id),
            pk=event.id,
            sequence=event.sequence,
            occurred_at=event.occurred_at,
            actor_type=ActorType(event.actor_type),
            actor_id=event.actor_id,
            actor_name=event.actor_name,
            action=actions.canonical(event.action),
            object_type=event.object_type,
            object_id=event.object_id,
            before=event.before,
            after=event.after,
            ip_address=event.ip_address,
            user_agent=event.user_agent,
            outcome=AuditOutcome(event.outcome),
            correlation_id=event.correlation_id,
            hash=event.hash,
        )


@strawberry.input(description="Which audit events to list; all criteria are combined.")
class AuditEventFilter:
    action: str | None = strawberry.field(default=None, description="Part of the action name.")
    actor_name: str | None = strawberry.field(default=None, description="Part of the actor name.")
    object_type: str | None = strawberry.field(default=None, description="Exact object type.")
    object_id: str | None = strawberry.field(default=None, description="Exact object ID.")
    outcome: AuditOutcome | None = strawberry.field(default=None, description="Outcome.")
    occurred_after: datetime | None = strawberry.field(
        default=None, description="At or after this time."
    )
    occurred_before: datetime | None = strawberry.field(
        default=None, description="Before this time."
    )
