"""GraphQL types of role grants that wait for a second admin."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.domains.auth import models
from backend.domains.auth.enums import Role, RoleGrantStatus
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.auth.users import User

strawberry.enum(
    RoleGrantStatus, description="Where a role grant stands: PENDING, APPROVED, REJECTED."
)


@strawberry.type(
    description="A change of a user's roles that grants PII or approval rights: it applies only "
    "once a second admin (not the one who asked) approves it."
)
class RoleGrant(Node):
    pk: strawberry.Private[int]
    user_id: strawberry.Private[int]
    requested_by_id: strawberry.Private[int | None]
    decided_by_id: strawberry.Private[int | None]
    roles: list[Role] = strawberry.field(description="The whole set of roles asked for.")
    roles_before: list[Role] = strawberry.field(description="The user's roles when it was asked.")
    status: RoleGrantStatus = strawberry.field(description="Pending, approved or rejected.")
    requested_at: datetime = strawberry.field(description="When it was asked for.")
    decided_at: datetime | None = strawberry.field(description="When it was decided.")
    reason: str = strawberry.field(description="Why it was rejected (empty otherwise).")

    @strawberry.field(description="Roles it adds (those with PII or approval rights among them).")
    def added(self) -> list[Role]:
        return [r for r in self.roles if r not in self.roles_before]

    @strawberry.field(description="Whose roles change.")
    async def user(self, info: strawberry.Info) -> User | None:
        user = await info.context.loaders.user_by_id.load(self.user_id)
        return User.from_model(user) if user else None

    @strawberry.field(description="The admin who asked for it (the maker).")
    async def requested_by(self, info: strawberry.Info) -> User | None:
        if self.requested_by_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.requested_by_id)
        return User.from_model(user) if user else None

    @strawberry.field(description="The second admin who approved or rejected it.")
    async def decided_by(self, info: strawberry.Info) -> User | None:
        if self.decided_by_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.decided_by_id)
        return User.from_model(user) if user else None

    @classmethod
    def from_model(cls, grant: models.RoleGrant) -> RoleGrant:
        """Build the GraphQL view of a role grant."""
        return cls(
            id=to_global_id("RoleGrant", grant.id),
            pk=grant.id,
            user_id=grant.user_id,
            requested_by_id=grant.requested_by_id,
            decided_by_id=grant.decided_by_id,
            roles=[Role(r) for r in grant.roles if r in Role.__members__],
            roles_before=[Role(r) for r in grant.roles_before if r in Role.__members__],
            status=RoleGrantStatus(grant.status),
            requested_at=grant.requested_at,
            decided_at=grant.decided_at,
            reason=grant.reason,
        )


@strawberry.type(description="Result of asking for, approving or rejecting a role grant.")
class RoleGrantPayload:
    role_grant: RoleGrant | None = strawberry.field(description="The grant after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")
