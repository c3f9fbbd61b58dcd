"""GraphQL types of staff users, roles and sign-in."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.domains.auth import models
from backend.domains.auth.enums import Role
from backend.domains.auth.permissions import ROLE_PERMISSIONS, permissions_for_roles
from backend.domains.auth.service import user_roles
from backend.graphql_core.types import Node, OrderDirection, UserError, to_global_id
from backend.schema.auth.loaders import LockedUntilLoader

if TYPE_CHECKING:
    from backend.schema.auth.role_grants import RoleGrant

strawberry.enum(Role, description="A staff role granting a set of permissions.")


@strawberry.type(description="A member of staff who signs in.")
class User(Node):
    pk: strawberry.Private[int]
    username: str = strawberry.field(description="Sign-in name, lower case.")
    display_name: str = strawberry.field(description="Name shown in the console.")
    branch: str = strawberry.field(description="Branch or department.")
    roles: list[Role] = strawberry.field(description="Roles held.")
    is_active: bool = strawberry.field(description="Whether the user may sign in.")
    last_login_at: datetime | None = strawberry.field(description="Last successful sign-in.")
    created_at: datetime = strawberry.field(description="When the user was created.")

    @strawberry.field(
        description="Until when sign-in is locked after too many failures (null: not locked)."
    )
    async def locked_until(self, info: strawberry.Info) -> datetime | None:
        locked: datetime | None = await info.context.loaders.get(LockedUntilLoader).load(
            self.username
        )
        return locked

    @strawberry.field(description="Permissions granted by the user's roles, sorted.")
    def permissions(self) -> list[str]:
        return sorted(permissions_for_roles(self.roles))

    @classmethod
    def from_model(cls, user: models.User) -> User:
        """Build the GraphQL view of a user."""
        return cls(
            id=to_global_id("User", user.id),
            pk=user.id,
            username=user.username,
            display_name=user.display_name,
            branch=user.branch,
            roles=user_roles(user),
            is_active=user.is_active,
            last_login_at=user.last_login_at,
            created_at=user.created_at,
        )


@strawberry.type(description="A role and the permissions it grants.")
class RoleInfo:
    role: Role = strawberry.field(description="The role.")
    permissions: list[str] = strawberry.field(description="Permissions it grants, sorted.")

    @classmethod
    def all(cls) -> list[RoleInfo]:
        """Every role with its permissions, from the one role map."""
        return [cls(role=r, permissions=sorted(p)) for r, p in ROLE_PERMISSIONS.items()]


@strawberry.input(description="Which users to list.")
class UserFilter:
    search: str | None = strawberry.field(
        default=None, description="Part of the username, display name or branch."
    )
    role: Role | None = strawberry.field(default=None, description="Only users with this role.")
    is_active: bool | None = strawberry.field(default=None, description="Only active/inactive.")


@strawberry.enum(description="Fields users can be sorted by.")
class UserOrderField(StrEnum):
    USERNAME = "username"
    CREATED_AT = "created_at"


@strawberry.input(description="Sort order of users.")
class UserOrder:
    field: UserOrderField = strawberry.field(description="Field to sort by.")
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Sort direction."
    )


@strawberry.input(description="A new user.")
class UserCreateInput:
    username: str = strawberry.field(description="2–32 characters of a-z, 0-9, '_', '.', '-'.")
    display_name: str = strawberry.field(description="Name shown in the console.")
    branch: str = strawberry.field(default="", description="Branch or department.")
    roles: list[Role] = strawberry.field(description="At least one role.")
    password: str = strawberry.field(
        description="Initial password: at least 12 characters, not a common password."
    )


@strawberry.input(description="Changes to a user; omitted fields stay as they are.")
class UserUpdateInput:
    display_name: str | None = strawberry.field(default=None, description="New display name.")
    branch: str | None = strawberry.field(default=None, description="New branch.")
    roles: list[Role] | None = strawberry.field(default=None, description="New set of roles.")
    is_active: bool | None = strawberry.field(
        default=None, description="False to disable sign-in and end the user's sessions."
    )


@strawberry.type(description="Result of signing in.")
class LoginPayload:
    token: str | None = strawberry.field(
        description="Session token for the Authorization: Bearer header (browsers get a cookie)."
    )
    user: User | None = strawberry.field(description="The signed-in user.")
    errors: list[UserError] = strawberry.field(description="Why sign-in failed, if it did.")


@strawberry.type(description="Result of signing out.")
class LogoutPayload:
    errors: list[UserError] = strawberry.field(description="Problems, if any.")


@strawberry.type(description="Result of a change to a user.")
class UserPayload:
    user: User | None = strawberry.field(description="The user after the change.")
    errors: list[UserError] = strawberry.field(description="Why the change was refused.")
    role_grant: Annotated[RoleGrant, strawberry.lazy("backend.schema.auth.role_grants")] | None = (
        strawberry.field(
            default=None,
            description="The role change of this user that awaits a second admin, if any: roles "
            "with PII or approval rights are not granted by one admin alone.",
        )
    )
