"""Product performance (产品绩效): the evaluation over a period and its export."""

from __future__ import annotations

import base64
from datetime import date
from typing import Annotated

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.monitoring import performance as service
from backend.domains.monitoring import performance_export as export
from backend.domains.products.enums import ProductFamily
from backend.errors import DomainError
from backend.graphql_core.permissions import requires
from backend.resolvers.monitoring.arguments import input_error, refs
from backend.schema.monitoring.performance import ExportFile, ExportFormat, ProductPerformance

CONTENT_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

Start = Annotated[date, strawberry.argument(description="First business day of the period.")]
End = Annotated[
    date,
    strawberry.argument(description="Last business day of the period (≥ start, ≤ 366 days)."),
]
FamilyArg = Annotated[
    ProductFamily | None, strawberry.argument(description="Only products of this family.")
]
ProductIds = Annotated[
    list[strawberry.ID] | None,
    strawberry.argument(description="Only these products (IDs naming no product are ignored)."),
]
Format = Annotated[ExportFormat, strawberry.argument(description="CSV (default) or XLSX.")]


async def _evaluate(
    info: strawberry.Info,
    start: date,
    end: date,
    family: ProductFamily | None,
    product_ids: list[strawberry.ID] | None,
) -> list[service.ProductPerformance]:
    try:
        return await service.evaluate(
            start=start,
            end=end,
            family=family.value if family else None,
            product_ids=refs(product_ids, "Product"),
        )
    except DomainError as exc:
        raise input_error(exc, info.context.actor.locale) from exc


@strawberry.type
class PerformanceQuery:
    @strawberry.field(
        extensions=requires(perms.REPORT_READ),
        description="Product performance over a period of at most 366 days (end ≥ start): "
        "average balance, revenue (net interest margin + fees), known costs, profit, growth, "
        "share of the family and of the market, satisfaction and the rank by profit within "
        "the family. Every on-sale, suspended or offline product, those of a family, or the "
        "products named. Ordered by family, rank and code. A bad period is a BAD_USER_INPUT "
        "error naming the field.",
    )
    async def product_performance(
        self,
        info: strawberry.Info,
        start: Start,
        end: End,
        family: FamilyArg = None,
        product_ids: ProductIds = None,
    ) -> list[ProductPerformance]:
        rows = await _evaluate(info, start, end, family, product_ids)
        locale = info.context.actor.locale
        return [ProductPerformance.from_result(r, locale) for r in rows]

    @strawberry.field(
        extensions=requires(perms.REPORT_READ),
        description="The productPerformance table as a CSV (UTF-8 with BOM) or XLSX file, one "
        "row per product after a header row naming each column in Chinese and English; every "
        "export is audited with its filter and row count.",
    )
    async def product_performance_export(
        self,
        info: strawberry.Info,
        start: Start,
        end: End,
        family: FamilyArg = None,
        product_ids: ProductIds = None,
        format: Format = ExportFormat.CSV,
    ) -> ExportFile:
        actor = info.context.actor
        try:
            filename, content, _count = await export.export(
                start=start,
                end=end,
                family=family.value if family else None,
                product_ids=refs(product_ids, "Product"),
                fmt=format.value,
                locale=actor.locale,
                actor=actor,
            )
        except DomainError as exc:
            raise input_error(exc, actor.locale) from exc
        return ExportFile(
            filename=filename,
            content_type=CONTENT_TYPES[format],
            content_base64=base64.b64encode(content).decode(),
        )
