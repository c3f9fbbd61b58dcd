"""The GraphQL Product built straight from a model equals the one parsed from its snapshot."""

from __future__ import annotations

from decimal import Decimal

from backend.actor import Actor
from backend.domains.auth.enums import Role
from backend.domains.products import quota, service, versions
from backend.graphql_core.types import pk_of
from backend.kernel import clock
from backend.schema.products.types import Product
from tests.factories import GraphQLClient, client_for, on_sale_product


async def test_current_reads_match_the_snapshot_they_no_longer_go_through(
    gql: GraphQLClient,
) -> None:
    # given: a product on sale with a quota partly used (an in-memory Decimal sum)
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    created = await on_sale_product(
        pm,
        risk,
        quotaTotal="1000000",
        maxAmount="500000.5",
        salesStart=clock.today().isoformat(),
        fees=[{"type": "MANAGEMENT", "basis": "RATE", "rate": "0.5", "frequency": "ANNUAL"}],
    )
    pk = pk_of(created["id"], "Product")
    assert pk is not None
    used = await quota.record_quota_use(
        product_id=pk, amount=Decimal("1234.5"), actor=Actor.system("sales")
    )
    (loaded,) = await service.get_many(ids=[pk])
    day = clock.today()

    for product in (used, loaded):
        # when
        direct = Product.from_model(product, as_of=day)
        parsed = Product.from_row(versions.snapshot(product), as_of=day)

        # then
        assert direct == parsed
        assert direct.quota.used == Decimal("1234.50")
        assert direct.max_amount == Decimal("500000.50")
        assert direct.sales_start == day
        assert [f.rate for f in direct.fees] == [Decimal("0.5000")]
