"""Root fields of role grants: PII and approval rights are granted by two admins."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry

from backend.actor import Actor
from backend.domains.auth import models, service
from backend.domains.auth import permissions as perms
from backend.domains.auth.enums import Role, RoleGrantStatus
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of
from backend.schema.auth.role_grants import RoleGrant, RoleGrantPayload


@strawberry.type
class RoleGrantQuery:
    @strawberry.field(
        extensions=requires(perms.USER_READ),
        description="Role grants, newest first; PENDING ones await a second admin.",
    )
    async def role_grants(
        self,
        status: RoleGrantStatus | None = RoleGrantStatus.PENDING,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[RoleGrant]:
        return await paginate(
            service.role_grants_query(status=status), RoleGrant.from_model, first=first, after=after
        )


@strawberry.type
class RoleGrantMutation:
    @strawberry.mutation(
        extensions=requires(perms.USER_WRITE),
        description="Ask for a user's roles to become these; a second admin approves it.",
    )
    async def role_grant_request(
        self, info: strawberry.Info, user_id: strawberry.ID, roles: list[Role]
    ) -> RoleGrantPayload:
        actor = info.context.actor
        pk = pk_of(user_id, "User")
        grant, errors = await mutation.run(
            mutation.not_found("userId")
            if pk is None
            else service.request_role_grant(user_id=pk, roles=roles, actor=actor),
            actor=actor,
            action="roleGrant.request",
            object_type="User",
            object_id=pk,
        )
        return RoleGrantPayload(
            role_grant=RoleGrant.from_model(grant) if grant else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.ROLE_GRANT_APPROVE),
        description="Approve a pending role grant as the second admin (not its maker): the "
        "user's roles change now.",
    )
    async def role_grant_approve(
        self, info: strawberry.Info, id: strawberry.ID
    ) -> RoleGrantPayload:
        return await _decide(
            info,
            id,
            "roleGrant.approve",
            lambda pk, actor: service.approve_role_grant(grant_id=pk, actor=actor),
        )

    @strawberry.mutation(
        extensions=requires(perms.ROLE_GRANT_APPROVE),
        description="Reject a pending role grant with a reason; the user's roles stay as they are.",
    )
    async def role_grant_reject(
        self, info: strawberry.Info, id: strawberry.ID, reason: str
    ) -> RoleGrantPayload:
        return await _decide(
            info,
            id,
            "roleGrant.reject",
            lambda pk, actor: service.reject_role_grant(grant_id=pk, reason=reason, actor=actor),
        )


async def _decide(
    info: strawberry.Info,
    id: strawberry.ID,
    action: str,
    decision: Callable[[int, Actor], Awaitable[models.RoleGrant]],
) -> RoleGrantPayload:
    """Run an admin's decision on a role grant, audited as ``action``, into its payload."""
    actor = info.context.actor
    pk = pk_of(id, "RoleGrant")
    grant, errors = await mutation.run(
        mutation.not_found() if pk is None else decision(pk, actor),
        actor=actor,
        action=action,
        object_type="RoleGrant",
        object_id=pk,
    )
    return RoleGrantPayload(
        role_grant=RoleGrant.from_model(grant) if grant else None, errors=errors
    )
