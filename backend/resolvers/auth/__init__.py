"""GraphQL root fields of the auth domain: sessions, users and roles, API keys."""

from __future__ import annotations

import strawberry

from backend.resolvers.auth.api_keys import ApiKeyMutation, ApiKeyQuery
from backend.resolvers.auth.role_grants import RoleGrantMutation, RoleGrantQuery
from backend.resolvers.auth.sessions import SessionMutation, SessionQuery
from backend.resolvers.auth.users import UserMutation, UserQuery


@strawberry.type
class AuthQuery(SessionQuery, UserQuery, ApiKeyQuery, RoleGrantQuery):
    pass


@strawberry.type
class AuthMutation(SessionMutation, UserMutation, ApiKeyMutation, RoleGrantMutation):
    pass
