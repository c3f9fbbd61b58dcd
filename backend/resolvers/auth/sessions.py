"""Root fields of sign-in: who am I, log in, log out."""

from __future__ import annotations

import strawberry

from backend.actor import ActorType
from backend.domains.auth import service
from backend.errors import DomainError
from backend.graphql_core.cookies import clear_session_cookie, set_session_cookie
from backend.graphql_core.permissions import public, signed_in, unauthenticated_error
from backend.graphql_core.types import UserError
from backend.schema.auth.users import (
    LoginPayload,
    LogoutPayload,
    User,
)


@strawberry.type
class SessionQuery:
    @strawberry.field(extensions=signed_in(), description="The signed-in user.")
    async def me(self, info: strawberry.Info) -> User:
        actor = info.context.actor
        user = await info.context.loaders.user_by_id.load(actor.id) if actor.id else None
        if user is None or actor.type != ActorType.USER:
            raise unauthenticated_error(actor.locale)
        return User.from_model(user)


@strawberry.type
class SessionMutation:
    @strawberry.mutation(
        extensions=public(),
        description="Sign in. Returns a token for API clients and sets an HttpOnly cookie.",
    )
    async def login(self, info: strawberry.Info, username: str, password: str) -> LoginPayload:
        try:
            result = await service.login(
                username=username,
                password=password,
                origin=info.context.actor,
                limits=service.SignInLimits.from_settings(info.context.settings),
            )
        except DomainError as exc:
            return LoginPayload(
                token=None,
                user=None,
                errors=[
                    UserError.from_field_error(e, info.context.actor.locale) for e in exc.errors
                ],
            )
        set_session_cookie(
            info.context.response, result.token, secure=info.context.settings.cookie_secure
        )
        return LoginPayload(token=result.token, user=User.from_model(result.user), errors=[])

    @strawberry.mutation(extensions=signed_in(), description="Sign out: end this session.")
    async def logout(self, info: strawberry.Info) -> LogoutPayload:
        await service.logout(actor=info.context.actor)
        clear_session_cookie(info.context.response)
        return LogoutPayload(errors=[])
