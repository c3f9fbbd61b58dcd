"""Thin GraphQL resolvers of the auth domain: sign-in, users, roles, API keys."""

from __future__ import annotations

import strawberry
from starlette.responses import Response

from backend.actor import ActorType
from backend.api.view import SESSION_COOKIE
from backend.domains.auth import permissions as perms
from backend.domains.auth import service
from backend.errors import DomainError
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import public, requires, signed_in, unauthenticated_error
from backend.graphql_core.types import Connection, OrderDirection, UserError, pk_of
from backend.schema.auth import (
    ApiKey,
    ApiKeyCreateInput,
    ApiKeyCreatePayload,
    ApiKeyPayload,
    LoginPayload,
    LogoutPayload,
    RoleInfo,
    User,
    UserCreateInput,
    UserFilter,
    UserOrder,
    UserOrderField,
    UserPayload,
    UserUpdateInput,
)


@strawberry.type
class AuthQuery:
    @strawberry.field(extensions=signed_in(), description="The signed-in user.")
    async def me(self, info: strawberry.Info) -> User:
        actor = info.context.actor
        user = await info.context.loaders.user_by_id.load(actor.id) if actor.id else None
        if user is None or actor.type != ActorType.USER:
            raise unauthenticated_error(actor.locale)
        return User.from_model(user)

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

    @strawberry.field(
        extensions=requires(perms.APIKEY_READ),
        description="Service-account API keys, newest first.",
    )
    async def api_keys(
        self,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[ApiKey]:
        return await paginate(
            service.api_keys_query(),
            ApiKey.from_model,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type
class AuthMutation:
    @strawberry.mutation(
        extensions=public(),
        description="Sign in. Returns a token for API clients and sets an HttpOnly cookie.",
    )
    async def login(self, info: strawberry.Info, username: str, password: str) -> LoginPayload:
        try:
            result = await service.login(
                username=username, password=password, origin=info.context.actor
            )
        except DomainError as exc:
            return LoginPayload(
                token=None,
                user=None,
                errors=[
                    UserError.from_field_error(e, info.context.actor.locale) for e in exc.errors
                ],
            )
        response = info.context.response
        if isinstance(response, Response):
            response.set_cookie(
                SESSION_COOKIE,
                result.token,
                httponly=True,
                samesite="strict",
                secure=info.context.settings.cookie_secure,
                path="/",
            )
        return LoginPayload(token=result.token, user=User.from_model(result.user), errors=[])

    @strawberry.mutation(extensions=signed_in(), description="Sign out: end this session.")
    async def logout(self, info: strawberry.Info) -> LogoutPayload:
        await service.logout(actor=info.context.actor)
        response = info.context.response
        if isinstance(response, Response):
            response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
        return LogoutPayload(errors=[])

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
        return UserPayload(user=User.from_model(user) if user else None, errors=errors)

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
        return UserPayload(user=User.from_model(user) if user else None, errors=errors)

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
        return UserPayload(user=User.from_model(user) if user else None, errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.APIKEY_WRITE),
        description="Create an API key for a service account; the secret is returned once.",
    )
    async def api_key_create(
        self, info: strawberry.Info, input: ApiKeyCreateInput
    ) -> ApiKeyCreatePayload:
        actor = info.context.actor
        created, errors = await mutation.run(
            service.create_api_key(name=input.name, scopes=input.scopes, actor=actor),
            actor=actor,
            action="apiKey.create",
            object_type="ApiKey",
        )
        if created is None:
            return ApiKeyCreatePayload(api_key=None, secret=None, errors=errors)
        key, secret = created
        return ApiKeyCreatePayload(api_key=ApiKey.from_model(key), secret=secret, errors=[])

    @strawberry.mutation(
        extensions=requires(perms.APIKEY_WRITE),
        description="Revoke an API key; requests using it fail from now on.",
    )
    async def api_key_revoke(self, info: strawberry.Info, id: strawberry.ID) -> ApiKeyPayload:
        actor = info.context.actor
        pk = pk_of(id, "ApiKey")
        key, errors = await mutation.run(
            mutation.not_found() if pk is None else service.revoke_api_key(key_id=pk, actor=actor),
            actor=actor,
            action="apiKey.revoke",
            object_type="ApiKey",
            object_id=pk,
        )
        return ApiKeyPayload(api_key=ApiKey.from_model(key) if key else None, errors=errors)
