"""Root fields of service-account API keys."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.auth import service
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of
from backend.schema.auth.api_keys import (
    ApiKey,
    ApiKeyCreateInput,
    ApiKeyCreatePayload,
    ApiKeyPayload,
)


@strawberry.type
class ApiKeyQuery:
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
class ApiKeyMutation:
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
