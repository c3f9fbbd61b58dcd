"""Root fields of staff users and roles."""

from __future__ import annotations

import strawberry

from backend.domains.auth import models, service
from backend.domains.auth import permissions as perms
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, OrderDirection, UserError, pk_of
from backend.schema.auth.role_grants import RoleGrant
from backend.schema.auth.users import (
    RoleInfo,
    User,
    UserCreateInput,
    UserFilter,
    UserOrder,
    UserOrderField,
    UserPayload,
    UserUpdateInput,
)


async def _payload(user: models.User | None, errors: list[UserError]) -> UserPayload:
    """The payload of a user change, with the role grant it left waiting for a second admin."""
    if user is None:
        return UserPayload(user=None, errors=errors)
    grant = await service.pending_role_grant(user.id)
    return UserPayload(
        user=User.from_model(user),
        errors=errors,
        role_grant=RoleGrant.from_model(grant) if grant else None,
    )


@strawberry.type
class UserQuery:
    @strawberry.field(extensions=requires(perms.USER_READ), description="Staff users, paged.")
    async def users(
        self,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        filter: UserFilter | None = None,
        order_by: UserOrder | None = None,
    ) -> Connection[User]:
        order = order_by or UserOrder(field=UserOrderField.USERNAME)
        prefix = "-" if order.direction == OrderDirection.DESC else ""
        f = filter or UserFilter()
        qs = service.users_query(
            filter=service.UserFilter(search=f.search, role=f.role, is_active=f.is_active),
            order=prefix + order.field.value,
        )
        return await paginate(
            qs, User.from_model, first=first, after=after, last=last, before=before
        )

    @strawberry.field(
        extensions=requires(perms.USER_READ), description="Every role and its permissions."
    )
    def roles(self) -> list[RoleInfo]:
        return RoleInfo.all()


@strawberry.type
class UserMutation:
    @strawberry.mutation(extensions=requires(perms.USER_WRITE), description="Create a user.")
    async def user_create(self, info: strawberry.Info, input: UserCreateInput) -> UserPayload:
        actor = info.context.actor
        user, errors = await mutation.run(
            service.create_user(
                username=input.username,
                display_name=input.display_name,
                branch=input.branch,
                roles=input.roles,
                password=input.password,
                actor=actor,
            ),
            actor=actor,
            action="user.create",
            object_type="User",
        )
        return await _payload(user, errors)

    @strawberry.mutation(
        extensions=requires(perms.USER_WRITE),
        description="Change a user's profile, roles or active flag.",
    )
    async def user_update(
        self, info: strawberry.Info, id: strawberry.ID, input: UserUpdateInput
    ) -> UserPayload:
        actor = info.context.actor
        pk = pk_of(id, "User")
        user, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.update_user(
                user_id=pk,
                actor=actor,
                display_name=input.display_name,
                branch=input.branch,
                roles=input.roles,
                is_active=input.is_active,
            ),
            actor=actor,
            action="user.update",
            object_type="User",
            object_id=pk,
        )
        return await _payload(user, errors)

    @strawberry.mutation(
        extensions=requires(perms.USER_WRITE),
        description="Lift a user's sign-in lockout now (it also ends by itself after a while).",
    )
    async def user_unlock(self, info: strawberry.Info, id: strawberry.ID) -> UserPayload:
        actor = info.context.actor
        pk = pk_of(id, "User")
        user, errors = await mutation.run(
            mutation.not_found() if pk is None else service.unlock_user(user_id=pk, actor=actor),
            actor=actor,
            action="user.unlock",
            object_type="User",
            object_id=pk,
        )
        return await _payload(user, errors)

    @strawberry.mutation(
        extensions=requires(perms.USER_WRITE),
        description="Set a new password for a user and end their sessions.",
    )
    async def user_set_password(
        self, info: strawberry.Info, id: strawberry.ID, password: str
    ) -> UserPayload:
        actor = info.context.actor
        pk = pk_of(id, "User")
        user, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.set_password(user_id=pk, password=password, actor=actor),
            actor=actor,
            action="user.setPassword",
            object_type="User",
            object_id=pk,
        )
        return await _payload(user, errors)
