"""GraphQL types of holdings and loan reclassification (五级分类)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from backend.domains.customers import models
from backend.domains.customers.enums import HoldingStatus, LoanClassification
from backend.domains.products.enums import ProductFamily
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.customers.links import load_product
from backend.schema.customers.loaders import ClassificationChangesByHoldingIdLoader
from backend.schema.products.types import Product

strawberry.enum(HoldingStatus, description="State of a holding.")
strawberry.enum(
    LoanClassification, description="Five-tier loan classification (正常/关注/次级/可疑/损失)."
)


@strawberry.type(description="One change of a loan's five-tier classification.")
class ClassificationChange:
    classification: LoanClassification = strawberry.field(description="New classification.")
    days_past_due: int = strawberry.field(description="Days past due at the change.")
    changed_on: date = strawberry.field(description="Business date of the change.")


@strawberry.type(description="A customer's holding of a product.")
class Holding(Node):
    pk: strawberry.Private[int]
    product_id: strawberry.Private[int]
    family: ProductFamily = strawberry.field(description="Product family.")
    opened_on: date = strawberry.field(description="Opening (sale) date.")
    status: HoldingStatus = strawberry.field(description="Active, matured or closed.")
    principal: Decimal = strawberry.field(description="Principal or amount bought.")
    balance: Decimal = strawberry.field(description="Current balance or market value.")
    currency: str = strawberry.field(description="ISO 4217 currency.")
    rate_at_opening: Decimal | None = strawberry.field(description="Rate agreed at opening (%).")
    maturity_date: date | None = strawberry.field(description="Maturity, if any.")
    outstanding: Decimal | None = strawberry.field(description="Loans: outstanding balance.")
    days_past_due: int | None = strawberry.field(description="Loans: days past due.")
    classification: LoanClassification | None = strawberry.field(
        description="Loans: five-tier classification."
    )
    credit_limit: Decimal | None = strawberry.field(description="Cards: credit limit.")
    card_number: str | None = strawberry.field(
        description="Cards: masked card number (first 6, last 4)."
    )

    @strawberry.field(description="The product held.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @strawberry.field(description="Loans: classification history, oldest first.")
    async def classification_history(self, info: strawberry.Info) -> list[ClassificationChange]:
        if self.family != ProductFamily.LOAN:
            return []
        rows = await info.context.loaders.get(ClassificationChangesByHoldingIdLoader).load(self.pk)
        return [
            ClassificationChange(
                classification=LoanClassification(r.classification),
                days_past_due=r.days_past_due,
                changed_on=r.changed_on,
            )
            for r in rows
        ]

    @classmethod
    def from_model(cls, h: models.Holding) -> Holding:
        """Build from a holding row."""
        return cls(
            id=to_global_id("Holding", h.id),
            pk=h.id,
            product_id=h.product_id,
            family=ProductFamily(h.family),
            opened_on=h.opened_on,
            status=HoldingStatus(h.status),
            principal=h.principal,
            balance=h.balance,
            currency=h.currency,
            rate_at_opening=h.rate_at_opening,
            maturity_date=h.maturity_date,
            outstanding=h.outstanding,
            days_past_due=h.days_past_due,
            classification=LoanClassification(h.classification) if h.classification else None,
            credit_limit=h.credit_limit,
            card_number=h.card_number_masked,
        )


@strawberry.input(description="A new five-tier class for a loan holding.")
class HoldingReclassifyInput:
    holding_id: strawberry.ID = strawberry.field(description="The loan holding.")
    classification: LoanClassification = strawberry.field(description="The new class.")
    days_past_due: int = strawberry.field(default=0, description="Days past due now.")
    reason: str = strawberry.field(description="Why (kept in the audit trail).")


@strawberry.type(description="Result of reclassifying a loan.")
class HoldingReclassifyPayload:
    holding: Holding | None = strawberry.field(description="The holding after the change.")
    errors: list[UserError] = strawberry.field(description="Why nothing was changed.")
