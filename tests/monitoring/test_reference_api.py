"""Reference data for performance through GraphQL: costs, transfer rates, market totals and
competitor rates — validation that writes nothing, duplicates, corrections, audit, listing,
permissions and the demo seed."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.monitoring import demo, models, reference
from backend.kernel.clock import today
from tests.factories import GraphQLClient, client_for
from tests.monitoring import performance_builders as build

ERRORS = "errors { field code message }"
COST_RECORD = f"""
mutation C($input: ProductCostInput!) {{
  productCostRecord(input: $input) {{
    productCost {{ id month category amount {{ amount currency }} note product {{ code }}
      createdBy {{ username }} }}
    {ERRORS}
  }}
}}
"""
COST_UPDATE = f"""
mutation U($id: ID!, $input: ProductCostUpdateInput!) {{
  productCostUpdate(id: $id, input: $input) {{ productCost {{ amount {{ amount }} note }} {ERRORS} }}
}}
"""
COST_DELETE = f"""
mutation D($id: ID!) {{ productCostDelete(id: $id) {{ deletedId {ERRORS} }} }}
"""
COSTS = """
query L($filter: ProductCostFilter, $first: Int) {
  productCosts(filter: $filter, first: $first) {
    totalCount edges { node { month category amount { amount } product { code } } }
  }
}
"""
FTP_SET = f"""
mutation F($input: TransferRateInput!) {{
  transferRateSet(input: $input) {{ transferRate {{ id currency rate effectiveFrom }} {ERRORS} }}
}}
"""
FTP_DELETE = f"""
mutation D($id: ID!) {{ transferRateDelete(id: $id) {{ deletedId {ERRORS} }} }}
"""
FTPS = """
query T($currency: String) {
  transferRates(currency: $currency) { totalCount edges { node { currency rate effectiveFrom } } }
}
"""
MARKET_SET = f"""
mutation M($input: MarketTotalInput!) {{
  marketTotalSet(input: $input) {{
    marketTotal {{ id family month amount {{ amount currency }} source }} {ERRORS}
  }}
}}
"""
MARKET_DELETE = f"""
mutation D($id: ID!) {{ marketTotalDelete(id: $id) {{ deletedId {ERRORS} }} }}
"""
MARKETS = """
query M($family: ProductFamily) {
  marketTotals(family: $family) { totalCount edges { node { family month amount { amount } } } }
}
"""
COMPETITOR_CREATE = f"""
mutation C($input: CompetitorRateInput!) {{
  competitorRateCreate(input: $input) {{
    competitorRate {{ id competitor family subtype termMonths rate observedOn source }} {ERRORS}
  }}
}}
"""
COMPETITOR_UPDATE = f"""
mutation U($id: ID!, $input: CompetitorRateUpdateInput!) {{
  competitorRateUpdate(id: $id, input: $input) {{
    competitorRate {{ competitor termMonths rate }} {ERRORS}
  }}
}}
"""
COMPETITOR_DELETE = f"""
mutation D($id: ID!) {{ competitorRateDelete(id: $id) {{ deletedId {ERRORS} }} }}
"""
COMPETITORS = """
query R($filter: CompetitorRateFilter, $last: Int) {
  competitorRates(filter: $filter, last: $last) {
    totalCount edges { node { competitor subtype termMonths rate } }
  }
}
"""
NODE = """
query N($id: ID!) { node(id: $id) { __typename ... on CompetitorRate { competitor } } }
"""


@pytest.fixture
async def risk(gql: GraphQLClient) -> GraphQLClient:
    return await client_for(gql, Role.RISK_OFFICER)


def payload(body: dict[str, Any], name: str) -> dict[str, Any]:
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"][name]
    return result


def error_fields(body: dict[str, Any], name: str) -> list[tuple[str, str]]:
    return [(e["field"], e["code"]) for e in payload(body, name)["errors"]]


async def audit_actions(prefix: str) -> list[tuple[str, str]]:
    rows = await audit_models.AuditEvent.filter(action__startswith=prefix).order_by("sequence")
    return [(r.action, r.outcome) for r in rows]


# --- costs ----------------------------------------------------------------------------------


async def test_cost_is_recorded_listed_and_audited(risk: GraphQLClient) -> None:
    # given
    product = await build.product("DEP-COST", currency="USD")
    # when
    body = await risk.execute(
        COST_RECORD,
        {
            "input": {
                "productId": build.gid("Product", product.id),
                "month": "2026-05-01",
                "category": "MARKETING",
                "amount": "12345.6",
                "note": "  双十一活动  ",
            }
        },
    )
    # then
    cost = payload(body, "productCostRecord")
    assert cost["errors"] == []
    assert cost["productCost"]["amount"] == {"amount": "12345.60", "currency": "USD"}
    assert cost["productCost"]["note"] == "双十一活动"
    assert cost["productCost"]["product"] == {"code": "DEP-COST"}
    assert cost["productCost"]["createdBy"] == {"username": "riskofficer"}
    listed = await risk.execute(
        COSTS,
        {"filter": {"productId": build.gid("Product", product.id), "monthFrom": "2026-05-01"}},
    )
    assert listed["data"]["productCosts"]["totalCount"] == 1
    event = await audit_models.AuditEvent.get(action="productCost.record")
    assert event.outcome == "SUCCESS"
    assert event.after is not None and event.after["amount"] == "12345.60"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"month": "2026-05-15"}, [("month", "INVALID")]),
        ({"amount": "-1"}, [("amount", "INVALID")]),
        ({"amount": "1.005"}, [("amount", "INVALID")]),
        ({"amount": "1e19"}, [("amount", "INVALID")]),
        ({"productId": build.gid("Product", 999999)}, [("productId", "NOT_FOUND")]),
        (
            {"productId": "not-an-id", "amount": "-5"},
            [("productId", "NOT_FOUND"), ("amount", "INVALID")],
        ),
        ({"note": "x" * 501}, [("note", "INVALID")]),
    ],
)
async def test_bad_cost_input_names_the_field_and_writes_nothing(
    risk: GraphQLClient, changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    # given
    product = await build.product("DEP-BAD")
    data = {
        "productId": build.gid("Product", product.id),
        "month": "2026-05-01",
        "category": "OPERATIONS",
        "amount": "100",
        **changes,
    }
    # when
    body = await risk.execute(COST_RECORD, {"input": data})
    # then
    assert error_fields(body, "productCostRecord") == expected
    assert await models.ProductCost.all().count() == 0
    assert await audit_actions("productCost.") == [("productCost.record", "FAILURE")]


async def test_duplicate_cost_is_refused_then_corrected_and_deleted(risk: GraphQLClient) -> None:
    # given
    product = await build.product("DEP-DUP")
    data = {
        "productId": build.gid("Product", product.id),
        "month": "2026-05-01",
        "category": "OPERATIONS",
        "amount": "100",
    }
    first = payload(await risk.execute(COST_RECORD, {"input": data}), "productCostRecord")
    # when
    again = await risk.execute(COST_RECORD, {"input": {**data, "amount": "200"}})
    # then
    assert error_fields(again, "productCostRecord") == [("category", "DUPLICATE")]
    assert await models.ProductCost.all().count() == 1
    # when: corrected through an update
    cost_id = first["productCost"]["id"]
    updated = await risk.execute(COST_UPDATE, {"id": cost_id, "input": {"amount": "200.5"}})
    # then
    assert payload(updated, "productCostUpdate")["productCost"] == {
        "amount": {"amount": "200.50"},
        "note": "",
    }
    # when
    deleted = await risk.execute(COST_DELETE, {"id": cost_id})
    gone = await risk.execute(COST_DELETE, {"id": cost_id})
    # then
    assert payload(deleted, "productCostDelete") == {"deletedId": cost_id, "errors": []}
    assert error_fields(gone, "productCostDelete") == [("id", "NOT_FOUND")]
    assert await audit_actions("productCost.") == [
        ("productCost.record", "SUCCESS"),
        ("productCost.record", "FAILURE"),
        ("productCost.update", "SUCCESS"),
        ("productCost.delete", "SUCCESS"),
        ("productCost.delete", "FAILURE"),
    ]
    update_event = await audit_models.AuditEvent.get(action="productCost.update")
    assert (update_event.before, update_event.after) == ({"amount": "100.00"}, {"amount": "200.50"})


# --- transfer rates -------------------------------------------------------------------------


async def test_transfer_rate_set_adds_history_and_corrects_the_same_day(
    risk: GraphQLClient,
) -> None:
    # when
    first = await risk.execute(
        FTP_SET, {"input": {"currency": "cny", "rate": "2.1", "effectiveFrom": "2026-01-01"}}
    )
    later = await risk.execute(
        FTP_SET, {"input": {"currency": "CNY", "rate": "2.0", "effectiveFrom": "2026-07-01"}}
    )
    fixed = await risk.execute(
        FTP_SET, {"input": {"currency": "CNY", "rate": "2.15", "effectiveFrom": "2026-01-01"}}
    )
    # then
    stored = payload(first, "transferRateSet")["transferRate"]
    assert (stored["currency"], stored["rate"]) == ("CNY", "2.1000")
    assert payload(later, "transferRateSet")["errors"] == []
    assert payload(fixed, "transferRateSet")["transferRate"]["id"] == stored["id"]
    listed = (await risk.execute(FTPS, {"currency": "CNY"}))["data"]["transferRates"]
    assert [(e["node"]["effectiveFrom"], e["node"]["rate"]) for e in listed["edges"]] == [
        ("2026-07-01", "2.0000"),
        ("2026-01-01", "2.1500"),
    ]
    in_force = await reference.transfer_rates_on(day=date(2026, 6, 30))
    assert in_force["CNY"].rate == Decimal("2.15")
    event = (
        await audit_models.AuditEvent.filter(action="transferRate.set")
        .order_by("-sequence")
        .first()
    )
    assert event is not None and (event.before, event.after) == (
        {"rate": "2.1000"},
        {"rate": "2.1500"},
    )
    # when: deleted
    deleted = await risk.execute(FTP_DELETE, {"id": stored["id"]})
    assert payload(deleted, "transferRateDelete")["deletedId"] == stored["id"]
    assert await models.TransferRate.all().count() == 1


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"currency": "XYZ"}, [("currency", "INVALID")]),
        ({"rate": "100.5"}, [("rate", "INVALID")]),
        ({"rate": "-0.1"}, [("rate", "INVALID")]),
        ({"rate": "2.12345"}, [("rate", "INVALID")]),
        ({"currency": " ", "rate": "101"}, [("currency", "REQUIRED"), ("rate", "INVALID")]),
    ],
)
async def test_bad_transfer_rate_writes_nothing(
    risk: GraphQLClient, data: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    body = await risk.execute(
        FTP_SET, {"input": {"currency": "CNY", "rate": "2", "effectiveFrom": "2026-01-01", **data}}
    )
    assert error_fields(body, "transferRateSet") == expected
    assert await models.TransferRate.all().count() == 0


async def test_rate_limits_are_inclusive(risk: GraphQLClient) -> None:
    for rate, day in (("0", "2026-01-01"), ("100", "2026-02-01")):
        body = await risk.execute(
            FTP_SET, {"input": {"currency": "USD", "rate": rate, "effectiveFrom": day}}
        )
        assert payload(body, "transferRateSet")["errors"] == []


# --- market totals --------------------------------------------------------------------------


async def test_market_total_set_corrects_the_month_and_validates(risk: GraphQLClient) -> None:
    # when
    data = {
        "family": "DEPOSIT",
        "month": "2026-04-01",
        "amount": "3080000000000000",
        "source": "人行",
    }
    first = payload(await risk.execute(MARKET_SET, {"input": data}), "marketTotalSet")
    again = payload(
        await risk.execute(MARKET_SET, {"input": {**data, "amount": "3090000000000000.5"}}),
        "marketTotalSet",
    )
    bad = await risk.execute(MARKET_SET, {"input": {**data, "month": "2026-04-30", "amount": "-1"}})
    await risk.execute(MARKET_SET, {"input": {**data, "family": "LOAN"}})
    # then
    assert first["marketTotal"]["amount"] == {"amount": "3080000000000000.00", "currency": "CNY"}
    assert again["marketTotal"]["id"] == first["marketTotal"]["id"]
    assert again["marketTotal"]["amount"]["amount"] == "3090000000000000.50"
    assert error_fields(bad, "marketTotalSet") == [("month", "INVALID"), ("amount", "INVALID")]
    listed = (await risk.execute(MARKETS, {"family": "DEPOSIT"}))["data"]["marketTotals"]
    assert listed["totalCount"] == 1
    assert await models.MarketTotal.all().count() == 2
    deleted = await risk.execute(MARKET_DELETE, {"id": first["marketTotal"]["id"]})
    assert payload(deleted, "marketTotalDelete")["errors"] == []
    assert await audit_actions("marketTotal.") == [
        ("marketTotal.set", "SUCCESS"),
        ("marketTotal.set", "SUCCESS"),
        ("marketTotal.set", "FAILURE"),
        ("marketTotal.set", "SUCCESS"),
        ("marketTotal.delete", "SUCCESS"),
    ]


# --- competitor rates -----------------------------------------------------------------------


def competitor_input(**changes: Any) -> dict[str, Any]:
    return {
        "competitor": "招商银行",
        "family": "DEPOSIT",
        "subtype": "TIME",
        "termMonths": 12,
        "rate": "1.15",
        "observedOn": "2026-06-01",
        "source": "官网",
        **changes,
    }


async def test_competitor_rate_lifecycle(risk: GraphQLClient) -> None:
    # when
    created = payload(
        await risk.execute(COMPETITOR_CREATE, {"input": competitor_input()}), "competitorRateCreate"
    )
    duplicate = await risk.execute(COMPETITOR_CREATE, {"input": competitor_input(rate="1.2")})
    other_term = await risk.execute(COMPETITOR_CREATE, {"input": competitor_input(termMonths=36)})
    # then
    rate = created["competitorRate"]
    assert rate["rate"] == "1.1500" and rate["termMonths"] == 12
    assert error_fields(duplicate, "competitorRateCreate") == [("observedOn", "DUPLICATE")]
    assert payload(other_term, "competitorRateCreate")["errors"] == []
    # when: the 12-month entry is moved onto the 36-month one → duplicate; term cleared → fine
    clash = await risk.execute(COMPETITOR_UPDATE, {"id": rate["id"], "input": {"termMonths": 36}})
    cleared = await risk.execute(
        COMPETITOR_UPDATE, {"id": rate["id"], "input": {"termMonths": None, "rate": "1.3"}}
    )
    # then
    assert error_fields(clash, "competitorRateUpdate") == [("observedOn", "DUPLICATE")]
    assert payload(cleared, "competitorRateUpdate")["competitorRate"] == {
        "competitor": "招商银行",
        "termMonths": None,
        "rate": "1.3000",
    }
    listed = (
        await risk.execute(COMPETITORS, {"filter": {"competitor": "招商", "subtype": "TIME"}})
    )["data"]["competitorRates"]
    assert listed["totalCount"] == 2
    node = await risk.execute(NODE, {"id": rate["id"]})
    assert node["data"]["node"] == {"__typename": "CompetitorRate", "competitor": "招商银行"}
    deleted = await risk.execute(COMPETITOR_DELETE, {"id": rate["id"]})
    assert payload(deleted, "competitorRateDelete")["deletedId"] == rate["id"]
    assert await models.CompetitorRate.all().count() == 1


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"subtype": "MORTGAGE"}, [("subtype", "SUBTYPE_NOT_IN_FAMILY")]),
        ({"termMonths": 0}, [("termMonths", "INVALID")]),
        ({"termMonths": 601}, [("termMonths", "INVALID")]),
        ({"competitor": "   "}, [("competitor", "REQUIRED")]),
        ({"rate": "100.0001"}, [("rate", "INVALID")]),
        ({"source": "x" * 201}, [("source", "INVALID")]),
    ],
)
async def test_bad_competitor_rate_writes_nothing(
    risk: GraphQLClient, changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    body = await risk.execute(COMPETITOR_CREATE, {"input": competitor_input(**changes)})
    assert error_fields(body, "competitorRateCreate") == expected
    assert await models.CompetitorRate.all().count() == 0


async def test_competitor_rate_cannot_be_observed_tomorrow(risk: GraphQLClient) -> None:
    tomorrow = (today() + timedelta(days=1)).isoformat()
    body = await risk.execute(COMPETITOR_CREATE, {"input": competitor_input(observedOn=tomorrow)})
    assert error_fields(body, "competitorRateCreate") == [("observedOn", "OBSERVED_DATE_IN_FUTURE")]


async def test_errors_come_in_chinese(risk: GraphQLClient) -> None:
    response = await risk.post(
        COST_RECORD,
        {
            "input": {
                "productId": build.gid("Product", 1),
                "month": "2026-05-02",
                "category": "RISK",
                "amount": "1",
            }
        },
        **{"accept-language": "zh-CN"},
    )
    messages = [e["message"] for e in response.json()["data"]["productCostRecord"]["errors"]]
    assert messages == ["产品不存在。", "请填写月份的第一天（如 2026-05-01）。"]


# --- permissions ----------------------------------------------------------------------------


async def test_writing_needs_monitoring_write_and_reading_monitoring_read(
    gql: GraphQLClient,
) -> None:
    # given: a product manager reads monitoring but does not write it; marketing does neither
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    marketing = await client_for(gql, Role.MARKETING)
    # when
    write = await pm.execute(
        FTP_SET, {"input": {"currency": "CNY", "rate": "2", "effectiveFrom": "2026-01-01"}}
    )
    read = await pm.execute(FTPS)
    denied = await marketing.execute(COMPETITORS)
    # then
    assert write["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert read["data"]["transferRates"]["totalCount"] == 0
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await models.TransferRate.all().count() == 0


# --- demo data ------------------------------------------------------------------------------


async def test_demo_seed_is_plausible_and_idempotent() -> None:
    # given
    deposit = await build.product("DEP-CD-DEMO", subtype="LARGE_CD", headline_rate="1.5500")
    await build.holding(deposit, balance="5000000", rate="1.5500", opened_on=date(2026, 1, 10))
    await build.product("PM-DEMO", family="PRECIOUS_METAL", subtype="PAPER_GOLD")
    # when
    await demo.seed_reference()
    counts = [
        await m.all().count()
        for m in (
            models.TransferRate,
            models.CompetitorRate,
            models.MarketTotal,
            models.ProductCost,
        )
    ]
    await demo.seed_reference()
    # then
    assert counts == [
        await m.all().count()
        for m in (
            models.TransferRate,
            models.CompetitorRate,
            models.MarketTotal,
            models.ProductCost,
        )
    ]
    in_force = await reference.transfer_rates_on(day=today())
    assert (in_force["CNY"].rate, in_force["USD"].rate) == (Decimal("2.1"), Decimal("4.5"))
    assert await models.MarketTotal.filter(month=today().replace(day=1)).count() == 6
    # 12 months × 2 categories for the deposit; none for the metal product (fees only)
    assert await models.ProductCost.filter(product_id=deposit.id).count() == 24
    assert counts[3] == 24
    monthly = await models.ProductCost.filter(product_id=deposit.id, category="OPERATIONS")
    # 0.25 % a year of 5,000,000 is about 1,041.67 a month, times the product's level 0.7–1.5
    assert all(Decimal("650") < c.amount < Decimal("1720") for c in monthly)
    large_cd = await models.CompetitorRate.filter(subtype="LARGE_CD", term_months=12)
    assert sum(r.rate for r in large_cd) / len(large_cd) > Decimal("1.55")
