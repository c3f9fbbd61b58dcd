"""GraphQL types of reference data: product costs, transfer rates, market totals, competitor rates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from backend.domains.monitoring import models
from backend.domains.products.enums import ProductFamily, ProductSubtype
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.auth.users import User
from backend.schema.monitoring.enums import CostCategory
from backend.schema.monitoring.loaders import load_product, load_user
from backend.schema.monitoring.performance import Money
from backend.schema.products.loaders import ProductByIdLoader
from backend.schema.products.types import Product


@strawberry.type(description="A known cost of a product in one month (成本).")
class ProductCost(Node):
    pk: strawberry.Private[int]
    product_pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    month: date = strawberry.field(description="First day of the month the cost belongs to.")
    category: CostCategory = strawberry.field(description="Kind of cost.")
    amount_value: strawberry.Private[Decimal]
    note: str = strawberry.field(description="Free note (empty when none).")
    created_at: datetime = strawberry.field(description="When it was entered.")

    @strawberry.field(description="The product it belongs to.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_pk)

    @strawberry.field(description="The cost, in the product's currency.")
    async def amount(self, info: strawberry.Info) -> Money:
        row = await info.context.loaders.get(ProductByIdLoader).load(self.product_pk)
        return Money(amount=self.amount_value, currency=row.currency if row else "CNY")

    @strawberry.field(description="Who entered it.")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.ProductCost) -> ProductCost:
        """Build from a cost row."""
        return cls(
            id=to_global_id("ProductCost", row.id),
            pk=row.id,
            product_pk=row.product_id,
            created_by_id=row.created_by_id,
            month=row.month,
            category=CostCategory(row.category),
            amount_value=Decimal(str(row.amount)).quantize(Decimal("0.01")),
            note=row.note,
            created_at=row.created_at,
        )


@strawberry.type(
    description="The bank's funds transfer pricing (FTP, 内部资金转移价格) rate of a currency "
    "from a date; the entry with the latest effectiveFrom on or before a day is in force."
)
class TransferRate(Node):
    pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    currency: str = strawberry.field(description="ISO 4217 currency code.")
    rate: Decimal = strawberry.field(description="Rate in percent a year, 4 decimals.")
    effective_from: date = strawberry.field(description="First day it applies.")

    @strawberry.field(description="Who entered it (null for seeded data).")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.TransferRate) -> TransferRate:
        """Build from a transfer rate row."""
        return cls(
            id=to_global_id("TransferRate", row.id),
            pk=row.id,
            created_by_id=row.created_by_id,
            currency=row.currency,
            rate=Decimal(str(row.rate)).quantize(Decimal("0.0001")),
            effective_from=row.effective_from,
        )


@strawberry.type(
    description="The whole market's balance of a product family in a month (CNY), entered by "
    "the bank from published statistics; the denominator of market share."
)
class MarketTotal(Node):
    pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    family: ProductFamily = strawberry.field(description="The product family.")
    month: date = strawberry.field(description="First day of the month.")
    amount: Money = strawberry.field(description="Market balance (CNY).")
    source: str = strawberry.field(description="Where the figure comes from.")

    @strawberry.field(description="Who entered it (null for seeded data).")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.MarketTotal) -> MarketTotal:
        """Build from a market total row."""
        return cls(
            id=to_global_id("MarketTotal", row.id),
            pk=row.id,
            created_by_id=row.created_by_id,
            family=ProductFamily(row.family),
            month=row.month,
            amount=Money(amount=Decimal(str(row.amount)).quantize(Decimal("0.01")), currency="CNY"),
            source=row.source,
        )


@strawberry.type(description="A competitor's published rate for a kind of product (同业利率).")
class CompetitorRate(Node):
    pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    competitor: str = strawberry.field(description="The competing bank, e.g. 招商银行.")
    family: ProductFamily = strawberry.field(description="Product family.")
    subtype: ProductSubtype = strawberry.field(description="Kind of product within the family.")
    term_months: int | None = strawberry.field(
        description="Term in months (null for demand deposits or when not term-specific)."
    )
    rate: Decimal = strawberry.field(description="Rate in percent a year, 4 decimals.")
    observed_on: date = strawberry.field(description="When the rate was seen published.")
    source: str = strawberry.field(description="Where it was seen (website, notice...).")

    @strawberry.field(description="Who entered it (null for seeded data).")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.CompetitorRate) -> CompetitorRate:
        """Build from a competitor rate row."""
        return cls(
            id=to_global_id("CompetitorRate", row.id),
            pk=row.id,
            created_by_id=row.created_by_id,
            competitor=row.competitor,
            family=ProductFamily(row.family),
            subtype=ProductSubtype(row.subtype),
            term_months=row.term_months,
            rate=Decimal(str(row.rate)).quantize(Decimal("0.0001")),
            observed_on=row.observed_on,
            source=row.source,
        )


@strawberry.input(description="A known cost of a product in a month.")
class ProductCostInput:
    product_id: strawberry.ID = strawberry.field(description="The product.")
    month: date = strawberry.field(description="First day of the month, e.g. 2026-05-01.")
    category: CostCategory = strawberry.field(
        description="Kind of cost; one entry per product, month and category."
    )
    amount: Decimal = strawberry.field(
        description="Amount in the product's currency, ≥ 0, at most 2 decimals."
    )
    note: str | None = strawberry.field(default=None, description="Note, at most 500 characters.")


@strawberry.input(description="Changes to a cost entry; only the fields given change.")
class ProductCostUpdateInput:
    month: date | None = strawberry.field(default=strawberry.UNSET, description="New month.")
    category: CostCategory | None = strawberry.field(
        default=strawberry.UNSET, description="New category."
    )
    amount: Decimal | None = strawberry.field(default=strawberry.UNSET, description="New amount.")
    note: str | None = strawberry.field(default=strawberry.UNSET, description="New note.")


@strawberry.input(description="Which cost entries to list; all criteria are combined.")
class ProductCostFilter:
    product_id: strawberry.ID | None = strawberry.field(
        default=None, description="Of this product."
    )
    category: CostCategory | None = strawberry.field(default=None, description="Of this kind.")
    month_from: date | None = strawberry.field(
        default=None, description="Months from this one (first day) on."
    )
    month_to: date | None = strawberry.field(
        default=None, description="Months up to this one (first day)."
    )


@strawberry.input(description="An FTP rate of a currency from a date.")
class TransferRateInput:
    currency: str = strawberry.field(description="ISO 4217 currency code, e.g. CNY.")
    rate: Decimal = strawberry.field(description="Rate in percent a year, 0–100, 4 decimals.")
    effective_from: date = strawberry.field(
        description="First day it applies; an existing entry of the same currency and day is "
        "corrected."
    )


@strawberry.input(description="The market total of a family in a month.")
class MarketTotalInput:
    family: ProductFamily = strawberry.field(description="The product family.")
    month: date = strawberry.field(
        description="First day of the month; an existing entry for the family and month is "
        "corrected."
    )
    amount: Decimal = strawberry.field(description="Market balance in CNY, ≥ 0, 2 decimals.")
    source: str | None = strawberry.field(
        default=None, description="Where the figure comes from, at most 200 characters."
    )


@strawberry.input(description="A competitor's published rate.")
class CompetitorRateInput:
    competitor: str = strawberry.field(description="The competing bank, 1–100 characters.")
    family: ProductFamily = strawberry.field(description="Product family.")
    subtype: ProductSubtype = strawberry.field(description="Subtype, of that family.")
    term_months: int | None = strawberry.field(
        default=None, description="Term in months, 1–600 (null when not term-specific)."
    )
    rate: Decimal = strawberry.field(description="Rate in percent a year, 0–100, 4 decimals.")
    observed_on: date = strawberry.field(
        description="When it was seen published (not later than today)."
    )
    source: str | None = strawberry.field(
        default=None, description="Where it was seen, at most 200 characters."
    )


@strawberry.input(description="Changes to a competitor rate; only the fields given change.")
class CompetitorRateUpdateInput:
    competitor: str | None = strawberry.field(
        default=strawberry.UNSET, description="New competitor."
    )
    family: ProductFamily | None = strawberry.field(
        default=strawberry.UNSET, description="New family."
    )
    subtype: ProductSubtype | None = strawberry.field(
        default=strawberry.UNSET, description="New subtype."
    )
    term_months: int | None = strawberry.field(
        default=strawberry.UNSET, description="New term; null clears it."
    )
    rate: Decimal | None = strawberry.field(default=strawberry.UNSET, description="New rate.")
    observed_on: date | None = strawberry.field(
        default=strawberry.UNSET, description="New observation date."
    )
    source: str | None = strawberry.field(default=strawberry.UNSET, description="New source.")


@strawberry.input(description="Which competitor rates to list; all criteria are combined.")
class CompetitorRateFilter:
    family: ProductFamily | None = strawberry.field(default=None, description="Of this family.")
    subtype: ProductSubtype | None = strawberry.field(default=None, description="Of this subtype.")
    competitor: str | None = strawberry.field(
        default=None, description="Competitor name contains this text."
    )


@strawberry.type(description="Result of recording or changing a cost entry.")
class ProductCostPayload:
    product_cost: ProductCost | None = strawberry.field(description="The entry after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting a cost entry.")
class ProductCostDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of setting an FTP rate.")
class TransferRatePayload:
    transfer_rate: TransferRate | None = strawberry.field(description="The entry as stored.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting an FTP rate entry.")
class TransferRateDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of setting a market total.")
class MarketTotalPayload:
    market_total: MarketTotal | None = strawberry.field(description="The entry as stored.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting a market total.")
class MarketTotalDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of recording or changing a competitor rate.")
class CompetitorRatePayload:
    competitor_rate: CompetitorRate | None = strawberry.field(
        description="The entry after the change."
    )
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting a competitor rate.")
class CompetitorRateDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")
