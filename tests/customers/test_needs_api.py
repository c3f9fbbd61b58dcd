"""Needs mining through GraphQL: each default rule with its evidence, refresh and summary per
segment, suggested products, and editing rules (validation, CONFLICT, disabling)."""

from __future__ import annotations

from typing import Any

import pytest

from backend.actor import Actor
from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.customers import models, needs, segment_sql
from backend.domains.customers import segments as seg
from backend.graphql_core.types import to_global_id
from backend.kernel.clock import today
from tests.customers import segment_builders as b
from tests.factories import GraphQLClient, client_for

CUSTOMER_NEEDS = """
query N($id: ID!) { customerNeeds(customerId: $id) { rule { code name } evidence detectedAt
  suggestedProducts { code } } }
"""
REFRESH = """
mutation { needsRefresh { summary { population refreshedAt rules { rule { code } customerCount share } }
  errors { code message } } }
"""
SUMMARY = """
query S($id: ID) { needsSummary(segmentId: $id) { population segment { code }
  rules { rule { code } customerCount share } } }
"""
RULES = "{ needRules(first: 20) { totalCount edges { node { id code version enabled suggestFamilies suggestSubtypes condition } } } }"
RULE_CREATE = """
mutation C($input: NeedRuleCreateInput!) { needRuleCreate(input: $input) {
  needRule { id code version condition suggestFamilies } errors { field code message } } }
"""
RULE_UPDATE = """
mutation U($id: ID!, $v: Int!, $input: NeedRuleUpdateInput!) {
  needRuleUpdate(id: $id, expectedVersion: $v, input: $input) {
  needRule { code version enabled } errors { field code message } } }
"""


@pytest.fixture
async def analyst(gql: GraphQLClient) -> GraphQLClient:
    await needs.seed_defaults()
    return await client_for(gql, Role.ANALYST)


def cid(customer: models.Customer) -> str:
    return str(to_global_id("Customer", customer.id))


async def _needs(client: GraphQLClient, customer: models.Customer) -> dict[str, Any]:
    body = await client.execute(CUSTOMER_NEEDS, {"id": cid(customer)})
    return {n["rule"]["code"]: n for n in body["data"]["customerNeeds"]}


async def test_default_rules_are_seeded_once(analyst: GraphQLClient) -> None:
    await needs.seed_defaults()
    body = await analyst.execute(RULES)
    codes = [e["node"]["code"] for e in body["data"]["needRules"]["edges"]]
    assert codes == ["CREDIT_CARD", "CROSS_BORDER_FINANCE", "IDLE_BALANCE", "MORTGAGE_PROTECTION"]


async def test_cross_border_finance_needs_three_foreign_transactions_and_no_fx(
    analyst: GraphQLClient,
) -> None:
    # given
    card = await b.product("NB-DEBIT", "DEPOSIT", "DEMAND")
    fx = await b.product("NB-FX-SPOT", "FX", "SPOT", risk_level="R2")
    structured = await b.product("NB-FX-SD", "FX", "STRUCTURED_DEPOSIT", risk_level="R1")

    async def traveller(countries: list[tuple[str, int]], holds_fx: bool = False) -> Any:
        person = await b.customer(birth_date=b.born(40))
        for country, days_ago in countries:
            await b.transaction(person, card, days_ago=days_ago, type="CARD_SPEND", country=country)
        if holds_fx:
            await b.holding(person, fx, 1000)
        return person

    frequent = await traveller([("US", 3), ("JP", 20), ("JP", 40), ("GB", 89), ("CN", 5)])
    with_fx = await traveller([("US", 3), ("JP", 20), ("SG", 40)], holds_fx=True)
    two_trips = await traveller([("US", 3), ("JP", 20), ("CN", 30), ("CN", 31)])
    long_ago = await traveller([("US", 3), ("JP", 20), ("TH", 100)])
    # when
    found = {p: await _needs(analyst, p) for p in (frequent, with_fx, two_trips, long_ago)}
    # then
    need = found[frequent]["CROSS_BORDER_FINANCE"]
    assert need["evidence"] == {"crossBorderCount": 4, "fxHoldings": 0, "windowDays": 90}
    assert [p["code"] for p in need["suggestedProducts"]] == ["NB-FX-SD"]
    assert structured.risk_level == "R1"  # the R2 spot product needs a current assessment
    assert all("CROSS_BORDER_FINANCE" not in found[p] for p in (with_fx, two_trips, long_ago))


async def test_idle_balance_needs_a_large_demand_balance_without_large_outflows(
    analyst: GraphQLClient,
) -> None:
    # given
    demand = await b.product("NB-DEMAND", "DEPOSIT", "DEMAND")
    time_deposit = await b.product("NB-TIME", "DEPOSIT", "TIME")
    await b.product("NB-MMF", "WEALTH", "MONEY_MARKET", risk_level="R2")

    async def saver(balance: int, outflows: list[tuple[str, int, int]]) -> Any:
        person = await b.customer(birth_date=b.born(50))
        await b.holding(person, demand, balance)
        for type_, amount, days_ago in outflows:
            await b.transaction(person, demand, days_ago=days_ago, type=type_, amount=amount)
        return person

    idle = await saver(80000, [("WITHDRAWAL", 5000, 10), ("DEPOSIT", 30000, 5)])
    old_spend = await saver(80000, [("PURCHASE", 20000, 120)])
    spender = await saver(80000, [("TRANSFER_OUT", 20000, 30)])
    small = await saver(40000, [])
    # when
    found = {p: await _needs(analyst, p) for p in (idle, old_spend, spender, small)}
    # then
    need = found[idle]["IDLE_BALANCE"]
    assert need["evidence"] == {
        "demandBalance": 80000,
        "largeOutflows": 0,
        "minBalance": 50000,
        "windowDays": 90,
        "minAmount": 10000,
    }
    assert [p["code"] for p in need["suggestedProducts"]] == [time_deposit.code]
    assert "IDLE_BALANCE" in found[old_spend]
    assert "IDLE_BALANCE" not in found[spender] and "IDLE_BALANCE" not in found[small]


async def test_credit_card_needs_salary_each_month_age_22_to_35_and_no_card(
    analyst: GraphQLClient,
) -> None:
    # given
    payroll = await b.product("NB-PAYROLL", "DEPOSIT", "DEMAND")
    card = await b.product("NB-CARD", "CREDIT_CARD", "STANDARD")
    day = today()

    async def employee(age: int, months: int, has_card: bool = False) -> Any:
        person = await b.customer(birth_date=b.born(age))
        starts = segment_sql.month_starts(day, 3)
        for start in starts[3 - months : 3]:
            await b.transaction(
                person, payroll, days_ago=(day - start).days - 9, type="SALARY", amount=12000
            )
        if has_card:
            await b.holding(person, card, 0)
        return person

    salaried = await employee(28, 3)
    carded = await employee(28, 3, has_card=True)
    older = await employee(40, 3)
    irregular = await employee(28, 2)
    # when
    found = {p: await _needs(analyst, p) for p in (salaried, carded, older, irregular)}
    # then
    need = found[salaried]["CREDIT_CARD"]
    assert need["evidence"] == {"salaryMonths": 3, "age": 28, "creditCards": 0, "months": 3}
    assert [p["code"] for p in need["suggestedProducts"]] == ["NB-CARD"]
    assert all("CREDIT_CARD" not in found[p] for p in (carded, older, irregular))


async def test_mortgage_holders_need_protection(analyst: GraphQLClient) -> None:
    mortgage = await b.product("NB-MORT", "LOAN", "MORTGAGE")
    owner = await b.customer(birth_date=b.born(35))
    await b.holding(owner, mortgage, 1_000_000)
    await b.holding(await b.customer(), await b.product("NB-AUTO", "LOAN", "AUTO"), 100_000)
    await b.product("NB-BOND", "WEALTH", "BOND", risk_level="R1")
    found = await _needs(analyst, owner)
    assert found["MORTGAGE_PROTECTION"]["evidence"] == {"mortgages": 1}
    assert [p["code"] for p in found["MORTGAGE_PROTECTION"]["suggestedProducts"]] == ["NB-BOND"]


async def test_refresh_stores_needs_and_summarises_them_per_segment(
    analyst: GraphQLClient,
) -> None:
    # given
    mortgage = await b.product("NB-MORT", "LOAN", "MORTGAGE")
    old = await b.customer(birth_date=b.born(65))
    young = await b.customer(birth_date=b.born(30))
    await b.customer(birth_date=b.born(66))
    for person in (old, young):
        await b.holding(person, mortgage, 500_000)
    await seg.seed_defaults()
    retirees = await models.Segment.get(code="RETIREES")
    await seg.refresh_segment(segment_id=retirees.id, actor=Actor.system("tests"))
    # when
    refreshed = await analyst.execute(REFRESH)
    overall = await analyst.execute(SUMMARY)
    within = await analyst.execute(SUMMARY, {"id": str(to_global_id("Segment", retirees.id))})
    # then
    summary = refreshed["data"]["needsRefresh"]["summary"]
    counts = {r["rule"]["code"]: (r["customerCount"], r["share"]) for r in summary["rules"]}
    assert counts["MORTGAGE_PROTECTION"] == (2, round(2 / 3, 4))
    assert counts["CREDIT_CARD"] == (0, 0.0) and summary["population"] == 3
    assert overall["data"]["needsSummary"]["rules"] == summary["rules"]
    inside = within["data"]["needsSummary"]
    assert inside["segment"] == {"code": "RETIREES"} and inside["population"] == 2
    assert {r["rule"]["code"]: r["customerCount"] for r in inside["rules"]}[
        "MORTGAGE_PROTECTION"
    ] == 1
    stored = await models.CustomerNeed.all()
    assert {n.customer_id for n in stored} == {old.id, young.id}
    assert stored[0].evidence == {"mortgages": 1} and stored[0].detected_at is not None
    found = await _needs(analyst, old)
    assert found["MORTGAGE_PROTECTION"]["detectedAt"] is not None
    assert await audit_models.AuditEvent.filter(action="needs.refresh", outcome="SUCCESS").exists()


async def test_rules_are_data_analysts_edit_with_validation_and_conflicts(
    analyst: GraphQLClient, gql: GraphQLClient
) -> None:
    # given
    demand = await b.product("NB-DEMAND", "DEPOSIT", "DEMAND")
    counter_user = await b.customer(birth_date=b.born(70))
    for days_ago in (1, 2):
        await b.transaction(counter_user, demand, days_ago=days_ago, channel="COUNTER")
    condition = {
        "field": "tx_count",
        "channel": "COUNTER",
        "window_days": 30,
        "cmp": "GTE",
        "value": 2,
    }
    # when
    bad = await analyst.execute(
        RULE_CREATE,
        {
            "input": {
                "code": "COUNTER_USERS",
                "name": "柜台客户",
                "condition": {"op": "AND", "args": [condition, {"field": "age", "cmp": "ABOUT"}]},
            }
        },
    )
    no_products = await analyst.execute(
        RULE_CREATE,
        {"input": {"code": "COUNTER_USERS", "name": "柜台客户", "condition": condition}},
    )
    created = await analyst.execute(
        RULE_CREATE,
        {
            "input": {
                "code": "counter_users",
                "name": "柜台客户",
                "condition": condition,
                "suggestFamilies": ["WEALTH"],
            }
        },
    )
    rule = created["data"]["needRuleCreate"]["needRule"]
    found = await _needs(analyst, counter_user)
    disabled = await analyst.execute(
        RULE_UPDATE, {"id": rule["id"], "v": 1, "input": {"enabled": False}}
    )
    stale = await analyst.execute(RULE_UPDATE, {"id": rule["id"], "v": 1, "input": {"name": "x"}})
    marketing = await client_for(gql, Role.MARKETING)
    forbidden = await marketing.execute(
        RULE_UPDATE, {"id": rule["id"], "v": 2, "input": {"name": "x"}}
    )
    # then
    assert [(e["field"], e["code"]) for e in bad["data"]["needRuleCreate"]["errors"]] == [
        ("condition.args.1.cmp", "SEGMENT_RULE_INVALID")
    ]
    assert no_products["data"]["needRuleCreate"]["errors"] == [
        {
            "field": "suggestFamilies",
            "code": "REQUIRED",
            "message": "Suggest at least one product family or subtype.",
        }
    ]
    assert rule["code"] == "COUNTER_USERS" and rule["condition"]["channel"] == ["COUNTER"]
    assert found["COUNTER_USERS"]["evidence"] == {"txCountCounter": 2, "windowDays": 30}
    assert disabled["data"]["needRuleUpdate"]["needRule"] == {
        "code": "COUNTER_USERS",
        "version": 2,
        "enabled": False,
    }
    assert "COUNTER_USERS" not in await _needs(analyst, counter_user)
    assert stale["data"]["needRuleUpdate"]["errors"][0]["code"] == "CONFLICT"
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
