"""GraphQL types of exchange rates (CNY per unit of a currency from a date)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from backend.domains.products import models
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.auth.users import User


@strawberry.type(
    description="An exchange rate (汇率): CNY per unit of a currency from a date, in force until "
    "the currency's next entry. Every cross-currency total converts at the rate in force on "
    "its business date; CNY is the base currency (always 1)."
)
class FxRate(Node):
    pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    currency: str = strawberry.field(description="ISO 4217 currency code.")
    rate: Decimal = strawberry.field(description="CNY per unit of the currency, 6 decimals.")
    effective_from: date = strawberry.field(description="First day it applies.")

    @strawberry.field(description="Who entered it (null for the seeded indicative rates).")
    async def created_by(self, info: strawberry.Info) -> User | None:
        if self.created_by_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.created_by_id)
        return User.from_model(user) if user else None

    @classmethod
    def from_model(cls, row: models.FxRate) -> FxRate:
        """Build from an exchange rate row."""
        return cls(
            id=to_global_id("FxRate", row.id),
            pk=row.id,
            created_by_id=row.created_by_id,
            currency=row.currency,
            rate=Decimal(str(row.rate)).quantize(Decimal("0.000001")),
            effective_from=row.effective_from,
        )


@strawberry.input(description="An exchange rate of a currency from a date.")
class FxRateInput:
    currency: str = strawberry.field(description="ISO 4217 currency code (not CNY), e.g. USD.")
    rate: Decimal = strawberry.field(
        description="CNY per unit, above 0 and at most 1,000,000, at most 6 decimals."
    )
    effective_from: date = strawberry.field(
        description="First day it applies; an existing entry of the same currency and day is "
        "corrected."
    )


@strawberry.type(description="Result of setting an exchange rate.")
class FxRatePayload:
    fx_rate: FxRate | None = strawberry.field(description="The entry as stored.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting an exchange rate entry.")
class FxRateDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")
