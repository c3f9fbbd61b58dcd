"""GraphQL types of benchmark rates (LPR, PBoC deposit benchmarks) and LPR repricing."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from backend.domains.products import models
from backend.domains.products.repricing import RATE_QUANTUM, RatePeriod
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.auth.users import User
from backend.schema.products.enums import BenchmarkKind


@strawberry.type(
    description="A benchmark rate (基准利率): the LPR or a PBoC deposit benchmark rate in percent "
    "p.a. from a date, in force until the next entry of the same kind. LPR-linked loans price "
    "over the LPR in force; deposits may refer to the deposit benchmarks."
)
class BenchmarkRate(Node):
    pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    kind: BenchmarkKind = strawberry.field(description="Which benchmark rate.")
    rate: Decimal = strawberry.field(description="Percent p.a., 4 decimals (3.0000 = 3 %).")
    effective_from: date = strawberry.field(description="First day it applies.")
    announced_on: date = strawberry.field(
        description="The day it was announced (the LPR: the same day as it takes effect)."
    )
    note: str = strawberry.field(description="Remark, e.g. where the figure comes from.")
    created_at: datetime = strawberry.field(description="When it was entered.")

    @strawberry.field(description="Who entered it (null for the rates a new installation has).")
    async def created_by(self, info: strawberry.Info) -> User | None:
        if self.created_by_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.created_by_id)
        return User.from_model(user) if user else None

    @classmethod
    def from_model(cls, row: models.BenchmarkRate) -> BenchmarkRate:
        """Build from a benchmark rate row."""
        return cls(
            id=to_global_id("BenchmarkRate", row.id),
            pk=row.id,
            created_by_id=row.created_by_id,
            kind=BenchmarkKind(row.kind),
            rate=Decimal(str(row.rate)).quantize(RATE_QUANTUM),
            effective_from=row.effective_from,
            announced_on=row.announced_on,
            note=row.note,
            created_at=row.created_at,
        )


@strawberry.input(description="A benchmark rate of a kind from a date.")
class BenchmarkRateInput:
    kind: BenchmarkKind = strawberry.field(description="Which benchmark rate.")
    rate: Decimal = strawberry.field(
        description="Percent p.a., from 0 to 36, at most 4 decimals (3.1 = 3.10 %)."
    )
    effective_from: date = strawberry.field(
        description="First day it applies; an LPR takes effect on its announcement day (the "
        "20th, or the next business day when the 20th is a weekend). An existing entry of the "
        "same kind and day is corrected."
    )
    announced_on: date | None = strawberry.field(
        default=None,
        description="The day it was announced (default: the effective day; not after it; the "
        "LPR: the effective day).",
    )
    note: str | None = strawberry.field(default=None, description="Remark, at most 200 characters.")


@strawberry.type(description="Result of setting a benchmark rate.")
class BenchmarkRatePayload:
    benchmark_rate: BenchmarkRate | None = strawberry.field(description="The entry as stored.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting a benchmark rate entry.")
class BenchmarkRateDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(
    description="One period of an LPR loan's rate: from this day until the next period."
)
class LoanRatePeriod:
    from_day: date = strawberry.field(description="First day of the period.")
    lpr: Decimal = strawberry.field(description="The LPR the loan follows in this period (%).")
    rate: Decimal = strawberry.field(description="The loan's rate: LPR plus spread (%).")

    @classmethod
    def of(cls, period: RatePeriod) -> LoanRatePeriod:
        """Build from a repricing period."""
        return cls(from_day=period.from_day, lpr=period.lpr, rate=period.rate)
