"""Root field of the public catalog: what a channel shows of the products on sale."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.products import service
from backend.domains.products.enums import Channel, ProductFamily
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection
from backend.schema.products.types import CatalogProduct


@strawberry.type
class CatalogQuery:
    @strawberry.field(
        extensions=requires(perms.CATALOG_READ),
        description="The public catalog of a channel: ON_SALE products published there today, "
        "inside their windows, with current terms and no internal fields.",
    )
    async def catalog(
        self,
        channel: Channel,
        first: int | None = None,
        after: str | None = None,
        family: ProductFamily | None = None,
    ) -> Connection[CatalogProduct]:
        return await paginate(
            service.catalog_query(channel=channel, family=family),
            CatalogProduct.from_model,
            first=first,
            after=after,
        )
