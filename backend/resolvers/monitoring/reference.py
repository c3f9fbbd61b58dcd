"""Reference data that performance reads: product costs, transfer rates, market totals, competitor rates."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.monitoring import reference
from backend.domains.products.enums import ProductFamily
from backend.graphql_core.reference import Argument, Delete, Write, input_data, reference_fields
from backend.resolvers.monitoring.arguments import ref
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

READ, WRITE = perms.MONITORING_READ, perms.MONITORING_WRITE


def _costs(filter: ProductCostFilter | None) -> Any:
    f = filter or ProductCostFilter()
    return reference.costs_query(
        product_id=ref(f.product_id, "Product"),
        category=f.category.value if f.category else None,
        month_from=f.month_from,
        month_to=f.month_to,
    )


def _cost_data(input: ProductCostInput) -> dict[str, Any]:
    return {**input_data(input), "product_id": ref(input.product_id, "Product")}


def _competitor_rates(filter: CompetitorRateFilter | None) -> Any:
    f = filter or CompetitorRateFilter()
    return reference.competitor_rates_query(
        family=f.family.value if f.family else None,
        subtype=f.subtype.value if f.subtype else None,
        competitor=f.competitor,
    )


ProductCostQuery, ProductCostMutation = reference_fields(
    entity="productCost",
    node=ProductCost,
    read_permission=READ,
    write_permission=WRITE,
    list_description="Known product costs, newest month first.",
    filters=[Argument("filter", ProductCostFilter | None, "Which entries.")],
    query=_costs,
    payload=ProductCostPayload,
    delete_payload=ProductCostDeletePayload,
    writes=[
        Write(
            "record",
            "Record a known cost of a product in a month (audited); a second entry for the "
            "same product, month and category is refused as DUPLICATE.",
            ProductCostInput,
            reference.record_cost,
            prepare=_cost_data,
        ),
        Write(
            "update",
            "Change a cost entry (audited); only the fields given change.",
            ProductCostUpdateInput,
            lambda pk, **kw: reference.update_cost(cost_id=pk, **kw),
            by_id=True,
        ),
    ],
    delete=Delete(
        "Delete a cost entry (audited).",
        lambda pk, **kw: reference.delete_cost(cost_id=pk, **kw),
    ),
)

TransferRateQuery, TransferRateMutation = reference_fields(
    entity="transferRate",
    node=TransferRate,
    read_permission=READ,
    write_permission=WRITE,
    list_description="FTP rates by currency, the newest first within each currency.",
    filters=[Argument("currency", str | None, "Only this ISO 4217 currency.")],
    query=lambda currency: reference.transfer_rates_query(currency=currency),
    payload=TransferRatePayload,
    delete_payload=TransferRateDeletePayload,
    writes=[
        Write(
            "set",
            "Set the FTP rate of a currency from a date (audited); setting the same currency "
            "and date again corrects that entry.",
            TransferRateInput,
            reference.set_transfer_rate,
        )
    ],
    delete=Delete(
        "Delete an FTP rate entry (audited).",
        lambda pk, **kw: reference.delete_transfer_rate(rate_id=pk, **kw),
    ),
)

MarketTotalQuery, MarketTotalMutation = reference_fields(
    entity="marketTotal",
    node=MarketTotal,
    read_permission=READ,
    write_permission=WRITE,
    list_description="Market totals per family and month, newest month first.",
    filters=[Argument("family", ProductFamily | None, "Only this family.")],
    query=lambda family: reference.market_totals_query(family=family.value if family else None),
    payload=MarketTotalPayload,
    delete_payload=MarketTotalDeletePayload,
    writes=[
        Write(
            "set",
            "Set the market total of a family in a month (audited); setting the same family "
            "and month again corrects that entry.",
            MarketTotalInput,
            reference.set_market_total,
        )
    ],
    delete=Delete(
        "Delete a market total (audited).",
        lambda pk, **kw: reference.delete_market_total(total_id=pk, **kw),
    ),
)

CompetitorRateQuery, CompetitorRateMutation = reference_fields(
    entity="competitorRate",
    node=CompetitorRate,
    read_permission=READ,
    write_permission=WRITE,
    list_description="Competitor rates by family, subtype and term, the latest observation first.",
    filters=[Argument("filter", CompetitorRateFilter | None, "Which entries.")],
    query=_competitor_rates,
    payload=CompetitorRatePayload,
    delete_payload=CompetitorRateDeletePayload,
    writes=[
        Write(
            "create",
            "Record a competitor's published rate (audited); the same competitor, subtype, "
            "term and day again is refused as DUPLICATE.",
            CompetitorRateInput,
            reference.create_competitor_rate,
        ),
        Write(
            "update",
            "Change a competitor rate (audited); only the fields given change.",
            CompetitorRateUpdateInput,
            lambda pk, **kw: reference.update_competitor_rate(rate_id=pk, **kw),
            by_id=True,
        ),
    ],
    delete=Delete(
        "Delete a competitor rate (audited).",
        lambda pk, **kw: reference.delete_competitor_rate(rate_id=pk, **kw),
    ),
)


# the tables' root classes are built by the factory, so mypy sees them as variables
@strawberry.type
class ReferenceQuery(
    ProductCostQuery,  # type: ignore[misc,valid-type]
    TransferRateQuery,  # type: ignore[misc,valid-type]
    MarketTotalQuery,  # type: ignore[misc,valid-type]
    CompetitorRateQuery,  # type: ignore[misc,valid-type]
):
    pass


@strawberry.type
class ReferenceMutation(
    ProductCostMutation,  # type: ignore[misc,valid-type]
    TransferRateMutation,  # type: ignore[misc,valid-type]
    MarketTotalMutation,  # type: ignore[misc,valid-type]
    CompetitorRateMutation,  # type: ignore[misc,valid-type]
):
    pass
