"""GraphQL types of service-account API keys."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.domains.auth import models
from backend.domains.auth.enums import ApiKeyScope
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.auth.users import User

strawberry.enum(
    ApiKeyScope,
    description="What an API key may do: CATALOG_READ (catalog:read), ALERTS_SUBSCRIBE "
    "(alerts:subscribe), INGEST_WRITE (ingest:write).",
)


@strawberry.type(
    description="A service account's API key (the secret itself is never shown again)."
)
class ApiKey(Node):
    pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    name: str = strawberry.field(description="What the key is for.")
    prefix: str = strawberry.field(description="First characters of the key, to recognise it.")
    scopes: list[ApiKeyScope] = strawberry.field(description="What the key may do.")
    created_at: datetime = strawberry.field(description="When the key was created.")
    last_used_at: datetime | None = strawberry.field(description="Last request made with it.")
    revoked_at: datetime | None = strawberry.field(description="When it was revoked, if it was.")

    @strawberry.field(description="Whether the key still works.")
    def is_active(self) -> bool:
        return self.revoked_at is None

    @strawberry.field(description="The admin who created the key.")
    async def created_by(self, info: strawberry.Info) -> User | None:
        if self.created_by_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.created_by_id)
        return User.from_model(user) if user else None

    @classmethod
    def from_model(cls, key: models.ApiKey) -> ApiKey:
        """Build the GraphQL view of an API key."""
        return cls(
            id=to_global_id("ApiKey", key.id),
            pk=key.id,
            created_by_id=key.created_by_id,  # type: ignore[attr-defined]
            name=key.name,
            prefix=f"bpk_{key.prefix}",
            scopes=[ApiKeyScope(s) for s in key.scopes],
            created_at=key.created_at,
            last_used_at=key.last_used_at,
            revoked_at=key.revoked_at,
        )


@strawberry.input(description="A new API key.")
class ApiKeyCreateInput:
    name: str = strawberry.field(description="What the key is for, 1–100 characters.")
    scopes: list[ApiKeyScope] = strawberry.field(description="At least one scope.")


@strawberry.type(description="Result of creating an API key.")
class ApiKeyCreatePayload:
    api_key: ApiKey | None = strawberry.field(description="The new key's record.")
    secret: str | None = strawberry.field(
        description="The key itself. Shown this once only: store it now."
    )
    errors: list[UserError] = strawberry.field(description="Why creation was refused.")


@strawberry.type(description="Result of a change to an API key.")
class ApiKeyPayload:
    api_key: ApiKey | None = strawberry.field(description="The key after the change.")
    errors: list[UserError] = strawberry.field(description="Why the change was refused.")
