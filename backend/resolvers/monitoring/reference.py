"""Reference data that performance reads: product costs, transfer rates, market totals, competitor rates."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated, Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.monitoring import reference
from backend.domains.products.enums import ProductFamily
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, UserError, pk_of, to_global_id
from backend.resolvers.monitoring.arguments import ref as _ref
from backend.schema.monitoring.reference import (
    CompetitorRate,
    CompetitorRateDeletePayload,
    CompetitorRateFilter,
    CompetitorRateInput,
    CompetitorRatePayload,
    CompetitorRateUpdateInput,
    MarketTotal,
    MarketTotalDeletePayload,
    MarketTotalInput,
    MarketTotalPayload,
    ProductCost,
    ProductCostDeletePayload,
    ProductCostFilter,
    ProductCostInput,
    ProductCostPayload,
    ProductCostUpdateInput,
    TransferRate,
    TransferRateDeletePayload,
    TransferRateInput,
    TransferRatePayload,
)

First = Annotated[
    int | None,
    strawberry.argument(description="Page size from the start or `after` (0–100, default 20)."),
]
After = Annotated[
    str | None, strawberry.argument(description="Cursor to continue after (forward paging).")
]
Last = Annotated[
    int | None,
    strawberry.argument(description="Page size from the end or `before` (0–100)."),
]
Before = Annotated[
    str | None, strawberry.argument(description="Cursor to stop before (backward paging).")
]
IdArg = Annotated[strawberry.ID, strawberry.argument(description="ID of the entry.")]


def _data(input: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """The input's fields that were given (UNSET ones left out), enums as their values."""
    out: dict[str, Any] = {}
    for name in names:
        value = getattr(input, name)
        if value is strawberry.UNSET:
            continue
        out[name] = value.value if hasattr(value, "value") else value
    return out


async def _run(
    info: strawberry.Info,
    call: Awaitable[Any],
    action: str,
    object_type: str,
    object_id: int | None = None,
) -> tuple[Any, list[UserError]]:
    return await mutation.run(
        call,
        actor=info.context.actor,
        action=action,
        object_type=object_type,
        object_id=object_id,
    )


@strawberry.type
class ReferenceQuery:
    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="Known product costs, newest month first.",
    )
    async def product_costs(
        self,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filter: Annotated[
            ProductCostFilter | None, strawberry.argument(description="Which entries.")
        ] = None,
    ) -> Connection[ProductCost]:
        f = filter or ProductCostFilter()
        qs = reference.costs_query(
            product_id=_ref(f.product_id, "Product"),
            category=f.category.value if f.category else None,
            month_from=f.month_from,
            month_to=f.month_to,
        )
        return await paginate(
            qs, ProductCost.from_model, first=first, after=after, last=last, before=before
        )

    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="FTP rates by currency, the newest first within each currency.",
    )
    async def transfer_rates(
        self,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        currency: Annotated[
            str | None, strawberry.argument(description="Only this ISO 4217 currency.")
        ] = None,
    ) -> Connection[TransferRate]:
        return await paginate(
            reference.transfer_rates_query(currency=currency),
            TransferRate.from_model,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="Market totals per family and month, newest month first.",
    )
    async def market_totals(
        self,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        family: Annotated[
            ProductFamily | None, strawberry.argument(description="Only this family.")
        ] = None,
    ) -> Connection[MarketTotal]:
        return await paginate(
            reference.market_totals_query(family=family.value if family else None),
            MarketTotal.from_model,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="Competitor rates by family, subtype and term, the latest observation first.",
    )
    async def competitor_rates(
        self,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filter: Annotated[
            CompetitorRateFilter | None, strawberry.argument(description="Which entries.")
        ] = None,
    ) -> Connection[CompetitorRate]:
        f = filter or CompetitorRateFilter()
        qs = reference.competitor_rates_query(
            family=f.family.value if f.family else None,
            subtype=f.subtype.value if f.subtype else None,
            competitor=f.competitor,
        )
        return await paginate(
            qs, CompetitorRate.from_model, first=first, after=after, last=last, before=before
        )


COST_INPUT = ("month", "category", "amount", "note")
COMPETITOR_INPUT = (
    "competitor",
    "family",
    "subtype",
    "term_months",
    "rate",
    "observed_on",
    "source",
)


def _cost_payload(row: Any, errors: list[UserError]) -> ProductCostPayload:
    return ProductCostPayload(
        product_cost=ProductCost.from_model(row) if row else None, errors=errors
    )


def _competitor_payload(row: Any, errors: list[UserError]) -> CompetitorRatePayload:
    return CompetitorRatePayload(
        competitor_rate=CompetitorRate.from_model(row) if row else None, errors=errors
    )


def _deleted(type_name: str, row: Any) -> strawberry.ID | None:
    return to_global_id(type_name, row.id) if row else None


@strawberry.type
class ReferenceMutation:
    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Record a known cost of a product in a month (audited); a second entry "
        "for the same product, month and category is refused as DUPLICATE.",
    )
    async def product_cost_record(
        self,
        info: strawberry.Info,
        input: Annotated[ProductCostInput, strawberry.argument(description="The values.")],
    ) -> ProductCostPayload:
        data = {**_data(input, COST_INPUT), "product_id": _ref(input.product_id, "Product")}
        row, errors = await _run(
            info,
            reference.record_cost(data=data, actor=info.context.actor),
            "productCost.record",
            "ProductCost",
        )
        return _cost_payload(row, errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Change a cost entry (audited); only the fields given change.",
    )
    async def product_cost_update(
        self,
        info: strawberry.Info,
        id: IdArg,
        input: Annotated[ProductCostUpdateInput, strawberry.argument(description="The values.")],
    ) -> ProductCostPayload:
        pk = pk_of(id, "ProductCost")
        row, errors = await _run(
            info,
            mutation.not_found()
            if pk is None
            else reference.update_cost(
                cost_id=pk, data=_data(input, COST_INPUT), actor=info.context.actor
            ),
            "productCost.update",
            "ProductCost",
            pk,
        )
        return _cost_payload(row, errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE), description="Delete a cost entry (audited)."
    )
    async def product_cost_delete(
        self, info: strawberry.Info, id: IdArg
    ) -> ProductCostDeletePayload:
        pk = pk_of(id, "ProductCost")
        row, errors = await _run(
            info,
            mutation.not_found()
            if pk is None
            else reference.delete_cost(cost_id=pk, actor=info.context.actor),
            "productCost.delete",
            "ProductCost",
            pk,
        )
        return ProductCostDeletePayload(deleted_id=_deleted("ProductCost", row), errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Set the FTP rate of a currency from a date (audited); setting the same "
        "currency and date again corrects that entry.",
    )
    async def transfer_rate_set(
        self,
        info: strawberry.Info,
        input: Annotated[TransferRateInput, strawberry.argument(description="The values.")],
    ) -> TransferRatePayload:
        data = {
            "currency": input.currency,
            "rate": input.rate,
            "effective_from": input.effective_from,
        }
        row, errors = await _run(
            info,
            reference.set_transfer_rate(data=data, actor=info.context.actor),
            "transferRate.set",
            "TransferRate",
        )
        return TransferRatePayload(
            transfer_rate=TransferRate.from_model(row) if row else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Delete an FTP rate entry (audited).",
    )
    async def transfer_rate_delete(
        self, info: strawberry.Info, id: IdArg
    ) -> TransferRateDeletePayload:
        pk = pk_of(id, "TransferRate")
        row, errors = await _run(
            info,
            mutation.not_found()
            if pk is None
            else reference.delete_transfer_rate(rate_id=pk, actor=info.context.actor),
            "transferRate.delete",
            "TransferRate",
            pk,
        )
        return TransferRateDeletePayload(deleted_id=_deleted("TransferRate", row), errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Set the market total of a family in a month (audited); setting the same "
        "family and month again corrects that entry.",
    )
    async def market_total_set(
        self,
        info: strawberry.Info,
        input: Annotated[MarketTotalInput, strawberry.argument(description="The values.")],
    ) -> MarketTotalPayload:
        data = {
            "family": input.family.value,
            "month": input.month,
            "amount": input.amount,
            "source": input.source,
        }
        row, errors = await _run(
            info,
            reference.set_market_total(data=data, actor=info.context.actor),
            "marketTotal.set",
            "MarketTotal",
        )
        return MarketTotalPayload(
            market_total=MarketTotal.from_model(row) if row else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Delete a market total (audited).",
    )
    async def market_total_delete(
        self, info: strawberry.Info, id: IdArg
    ) -> MarketTotalDeletePayload:
        pk = pk_of(id, "MarketTotal")
        row, errors = await _run(
            info,
            mutation.not_found()
            if pk is None
            else reference.delete_market_total(total_id=pk, actor=info.context.actor),
            "marketTotal.delete",
            "MarketTotal",
            pk,
        )
        return MarketTotalDeletePayload(deleted_id=_deleted("MarketTotal", row), errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Record a competitor's published rate (audited); the same competitor, "
        "subtype, term and day again is refused as DUPLICATE.",
    )
    async def competitor_rate_create(
        self,
        info: strawberry.Info,
        input: Annotated[CompetitorRateInput, strawberry.argument(description="The values.")],
    ) -> CompetitorRatePayload:
        row, errors = await _run(
            info,
            reference.create_competitor_rate(
                data=_data(input, COMPETITOR_INPUT), actor=info.context.actor
            ),
            "competitorRate.create",
            "CompetitorRate",
        )
        return _competitor_payload(row, errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Change a competitor rate (audited); only the fields given change.",
    )
    async def competitor_rate_update(
        self,
        info: strawberry.Info,
        id: IdArg,
        input: Annotated[CompetitorRateUpdateInput, strawberry.argument(description="The values.")],
    ) -> CompetitorRatePayload:
        pk = pk_of(id, "CompetitorRate")
        row, errors = await _run(
            info,
            mutation.not_found()
            if pk is None
            else reference.update_competitor_rate(
                rate_id=pk, data=_data(input, COMPETITOR_INPUT), actor=info.context.actor
            ),
            "competitorRate.update",
            "CompetitorRate",
            pk,
        )
        return _competitor_payload(row, errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Delete a competitor rate (audited).",
    )
    async def competitor_rate_delete(
        self, info: strawberry.Info, id: IdArg
    ) -> CompetitorRateDeletePayload:
        pk = pk_of(id, "CompetitorRate")
        row, errors = await _run(
            info,
            mutation.not_found()
            if pk is None
            else reference.delete_competitor_rate(rate_id=pk, actor=info.context.actor),
            "competitorRate.delete",
            "CompetitorRate",
            pk,
        )
        return CompetitorRateDeletePayload(
            deleted_id=_deleted("CompetitorRate", row), errors=errors
        )
