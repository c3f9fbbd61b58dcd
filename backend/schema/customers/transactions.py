"""GraphQL type of customer transactions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from backend.domains.customers import models
from backend.domains.customers.enums import TransactionChannel, TransactionType
from backend.graphql_core.types import Node, to_global_id
from backend.schema.customers.links import load_product
from backend.schema.products.types import Product

strawberry.enum(TransactionChannel, description="Where a transaction happened.")
strawberry.enum(TransactionType, description="What a transaction did.")


@strawberry.type(description="A customer transaction.")
class Transaction(Node):
    product_id: strawberry.Private[int]
    occurred_at: datetime = strawberry.field(description="When it happened (UTC).")
    business_date: date = strawberry.field(description="Business date (Asia/Shanghai).")
    channel: TransactionChannel = strawberry.field(description="Channel.")
    type: TransactionType = strawberry.field(description="Kind of transaction.")
    amount: Decimal = strawberry.field(description="Amount.")
    currency: str = strawberry.field(description="ISO 4217 currency.")
    counterparty_country: str | None = strawberry.field(
        description="ISO 3166 country of the counterparty."
    )
    merchant_category: str | None = strawberry.field(description="Merchant category code (MCC).")

    @strawberry.field(description="The product transacted.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @classmethod
    def from_model(cls, t: models.Transaction) -> Transaction:
        """Build from a transaction row."""
        return cls(
            id=to_global_id("Transaction", t.id),
            product_id=t.product_id,
            occurred_at=t.occurred_at,
            business_date=t.business_date,
            channel=TransactionChannel(t.channel),
            type=TransactionType(t.type),
            amount=t.amount,
            currency=t.currency,
            counterparty_country=t.counterparty_country,
            merchant_category=t.merchant_category,
        )
