"""The kernel's ReferenceTable and the reference_fields factory, through monitoring's tables:
fixed fields, corrections by key, filters left out when empty, permissions, input data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend.actor import Actor, ActorType
from backend.domains.audit import models as audit_models
from backend.domains.monitoring import models, reference
from backend.domains.monitoring.enums import CostCategory
from backend.errors import DomainError, ErrorCode
from backend.graphql_core.reference import input_data
from backend.schema.monitoring.reference import ProductCostUpdateInput
from tests.monitoring import performance_builders as build

SYSTEM = Actor.system("tests")
MONTH = date(2026, 5, 1)


async def test_an_update_keeps_the_fixed_fields_and_audits_both_sides() -> None:
    # given a cost of one product
    mine = await build.product("P-MINE")
    other = await build.product("P-OTHER")
    cost = await reference.record_cost(
        data={"product_id": mine.id, "month": MONTH, "category": "OPERATIONS", "amount": "10"},
        actor=SYSTEM,
    )
    # when an update tries to move it to another product and changes the amount
    await reference.update_cost(
        cost_id=cost.id, data={"product_id": other.id, "amount": Decimal("12.50")}, actor=SYSTEM
    )
    # then the product stays, the amount changes, and the audit event has both sides
    stored = await models.ProductCost.get(id=cost.id)
    assert (stored.product_id, stored.amount) == (mine.id, Decimal("12.50"))
    event = await audit_models.AuditEvent.get(action="productCost.update")
    assert Decimal(str(event.before["amount"])) == Decimal("10.00")
    assert Decimal(str(event.after["amount"])) == Decimal("12.50")


async def test_put_corrects_the_entry_of_the_same_key() -> None:
    # given an FTP rate of a currency from a day
    data = {"currency": "cny", "rate": "2.1", "effective_from": MONTH}
    first = await reference.set_transfer_rate(data=data, actor=SYSTEM)
    # when the same currency and day is set again
    second = await reference.set_transfer_rate(data={**data, "rate": "2.2"}, actor=SYSTEM)
    # then the one entry is corrected, and the first event has no "before"
    assert second.id == first.id
    assert await models.TransferRate.all().count() == 1
    assert (await models.TransferRate.get(id=first.id)).rate == Decimal("2.2000")
    events = await audit_models.AuditEvent.filter(action="transferRate.set").order_by("sequence")
    assert [e.before is None for e in events] == [True, False]


async def test_filters_given_as_none_or_empty_are_left_out() -> None:
    # given two competitor rates
    for bank in ("招商银行", "宁波银行"):
        await reference.create_competitor_rate(
            data={
                "competitor": bank,
                "family": "DEPOSIT",
                "subtype": "TIME",
                "term_months": 12,
                "rate": "1.5",
                "observed_on": MONTH,
            },
            actor=SYSTEM,
        )
    # then empty filters list both, a given one narrows the list
    assert await reference.competitor_rates_query(family=None, competitor="  ").count() == 2
    assert [r.competitor for r in await reference.competitor_rates_query(competitor="宁波")] == [
        "宁波银行"
    ]


async def test_a_change_needs_the_table_permission_and_writes_nothing() -> None:
    # given a user without monitoring:write
    reader = Actor(type=ActorType.USER, name="reader", id=1, permissions=frozenset())
    # when they set a market total
    with pytest.raises(DomainError) as refused:
        await reference.set_market_total(
            data={"family": "LOAN", "month": MONTH, "amount": "1"}, actor=reader
        )
    # then it is FORBIDDEN and nothing is written
    assert refused.value.errors[0].code == ErrorCode.FORBIDDEN
    assert await models.MarketTotal.all().count() == 0


def test_input_data_leaves_out_unset_fields_and_gives_enum_values() -> None:
    given = ProductCostUpdateInput(category=CostCategory.RISK, note=None)
    assert input_data(given) == {"category": "RISK", "note": None}
