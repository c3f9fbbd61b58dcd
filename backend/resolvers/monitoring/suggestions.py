"""Rule-based optimisation suggestions (产品优化建议) for products."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.monitoring import suggestions as suggestions_service
from backend.graphql_core.permissions import requires
from backend.resolvers.monitoring.arguments import refs
from backend.resolvers.monitoring.performance import FamilyArg, ProductIds
from backend.schema.monitoring.suggestions import ProductSuggestion

On = Annotated[
    date | None,
    strawberry.argument(description="Business day the rules look back from; today by default."),
]


@strawberry.type
class SuggestionQuery:
    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="Rule-based optimisation suggestions with their evidence, most severe "
        "first: for the products named, those of a family, or every on-sale and suspended "
        "product; as of a business day (today by default).",
    )
    async def product_suggestions(
        self,
        info: strawberry.Info,
        product_ids: ProductIds = None,
        family: FamilyArg = None,
        on: On = None,
    ) -> list[ProductSuggestion]:
        found = await suggestions_service.suggest(
            product_ids=refs(product_ids, "Product"),
            family=family.value if family else None,
            on=on,
        )
        locale = info.context.actor.locale
        return [ProductSuggestion.from_suggestion(s, locale) for s in found]
