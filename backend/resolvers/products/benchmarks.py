"""Benchmark rates: the paged list, the rates in force on a day, an LPR loan's rate history,
and the audited mutations (one reference table)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.products import benchmarks
from backend.errors import DomainError
from backend.graphql_core.permissions import requires
from backend.graphql_core.reference import Argument, Delete, Write, reference_fields
from backend.kernel import clock
from backend.resolvers.monitoring.arguments import input_error
from backend.schema.products.benchmarks import (
    BenchmarkRate,
    BenchmarkRateDeletePayload,
    BenchmarkRateInput,
    BenchmarkRatePayload,
    LoanRatePeriod,
)
from backend.schema.products.enums import BenchmarkKind, LprTenor, Repricing

BenchmarkRateListQuery, BenchmarkRateMutation = reference_fields(
    entity="benchmarkRate",
    node=BenchmarkRate,
    read_permission=perms.PRODUCT_READ,
    write_permission=perms.BENCHMARK_RATE_WRITE,
    list_description="Benchmark rates (LPR, PBoC deposit benchmarks), the newest first.",
    filters=[Argument("kind", BenchmarkKind | None, "Only this kind.")],
    query=lambda kind: benchmarks.benchmark_rates_query(kind=kind),
    payload=BenchmarkRatePayload,
    delete_payload=BenchmarkRateDeletePayload,
    writes=[
        Write(
            "set",
            "Set a benchmark rate from a date (audited); setting the same kind and date again "
            "corrects that entry. An LPR takes effect on its announcement day.",
            BenchmarkRateInput,
            benchmarks.set_benchmark_rate,
        )
    ],
    delete=Delete(
        "Delete a benchmark rate entry (audited).",
        lambda pk, **kw: benchmarks.delete_benchmark_rate(rate_id=pk, **kw),
    ),
)


@strawberry.type
class BenchmarkRateQuery:
    @strawberry.field(
        extensions=requires(perms.PRODUCT_READ),
        description="The benchmark rate of every kind in force on a day (default today); a "
        "kind with none in force is left out.",
    )
    async def benchmark_rates_on(
        self,
        day: Annotated[
            date | None, strawberry.argument(description="The day (default today).")
        ] = None,
    ) -> list[BenchmarkRate]:
        entries = await benchmarks.entries_on(day or clock.today())
        return [BenchmarkRate.from_model(row) for row in entries.values()]

    @strawberry.field(
        extensions=requires(perms.PRODUCT_READ),
        description="An LPR loan's rate periods from its drawdown to `until` (default today): "
        "the LPR in force on the drawdown plus the spread, then the LPR in force on each "
        "repricing day (one period per change). A day without an LPR in force is refused "
        "(BENCHMARK_RATE_MISSING), as are a spread outside −300…1000 bp and `until` before "
        "the drawdown (BAD_USER_INPUT with the field).",
    )
    async def loan_rate_history(
        self,
        info: strawberry.Info,
        lpr_tenor: Annotated[LprTenor, strawberry.argument(description="The LPR followed.")],
        spread_bps: Annotated[
            int, strawberry.argument(description="Spread over the LPR, basis points.")
        ],
        drawn_on: Annotated[date, strawberry.argument(description="The drawdown day.")],
        repricing: Annotated[Repricing, strawberry.argument(description="The repricing rule.")],
        until: Annotated[
            date | None, strawberry.argument(description="Last day (default today).")
        ] = None,
    ) -> list[LoanRatePeriod]:
        try:
            periods = await benchmarks.loan_rate_history(
                lpr_tenor, spread_bps, drawn_on, repricing, until
            )
        except DomainError as exc:
            raise input_error(exc, info.context.actor.locale) from exc
        return [LoanRatePeriod.of(p) for p in periods]
