"""Test data for monitoring: a loan product on sale with a small book of loans."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from backend.domains.customers import models as customer_models
from backend.graphql_core.types import to_global_id
from backend.kernel import clock
from tests.factories import GraphQLClient, on_sale_product


async def customer(n: int = 1) -> customer_models.Customer:
    """A bare customer row (PII fields hold placeholders: monitoring never reads them)."""
    return await customer_models.Customer.create(
        customer_no=f"C{n:08d}",
        external_id=f"CUST-{n}",
        name=f"客户{n}",
        customer_type="INDIVIDUAL",
        id_type="ID_CARD",
        id_number_enc="-",
        id_number_index=f"idx-{n}",
        id_number_masked="1101**********0000",
    )


async def loan_product(pm: GraphQLClient, risk: GraphQLClient, code: str = "T-LOAN-1") -> Any:
    """A consumer loan product on sale; returns (global id, primary key)."""
    product = await on_sale_product(pm, risk, "CONSUMER", code=code)
    from backend.graphql_core.types import pk_of

    return product["id"], pk_of(product["id"], "Product")


async def loans(product_pk: int, amounts: list[str], *, opened: date | None = None) -> list[str]:
    """One NORMAL loan per amount (outstanding = amount); returns their global ids."""
    owner = await customer(product_pk * 1000)
    ids = []
    for i, amount in enumerate(amounts):
        holding = await customer_models.Holding.create(
            external_id=f"LN-{product_pk}-{i}",
            customer_id=owner.id,
            product_id=product_pk,
            family="LOAN",
            opened_on=opened or clock.today() - timedelta(days=400),
            principal=Decimal(amount),
            balance=Decimal(amount),
            outstanding=Decimal(amount),
            rate_at_opening=Decimal("4.3500"),
            classification="NORMAL",
            days_past_due=0,
        )
        ids.append(to_global_id("Holding", holding.id))
    return ids


RECLASSIFY = """
mutation($input: HoldingReclassifyInput!) {
  holdingReclassify(input: $input) {
    holding { id classification daysPastDue }
    errors { field code message }
  }
}
"""


async def reclassify(
    client: GraphQLClient, holding_id: str, classification: str, dpd: int = 0
) -> dict[str, Any]:
    """Reclassify a loan through the API; returns the payload."""
    result = await client.execute(
        RECLASSIFY,
        {
            "input": {
                "holdingId": holding_id,
                "classification": classification,
                "daysPastDue": dpd,
                "reason": "贷后检查",
            }
        },
    )
    assert "errors" not in result, result
    payload: dict[str, Any] = result["data"]["holdingReclassify"]
    return payload
