"""Recommendations: never break suitability or eligibility (property-based over random
customers and products), rank by needs and segments, and explain themselves in two languages."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.actor import Actor
from backend.domains.auth.enums import Role
from backend.domains.customers import models, needs, recommend
from backend.domains.customers import segments as seg
from backend.domains.products import models as product_models
from backend.graphql_core.types import to_global_id
from backend.kernel.clock import today
from tests.customers import segment_builders as b
from tests.factories import GraphQLClient, client_for

RECOMMENDATIONS = """
query R($id: ID!, $first: Int) { recommendations(customerId: $id, first: $first) {
  product { code riskLevel } score needCodes reasons { code message } } }
"""

SUBTYPES = [
    ("DEPOSIT", "TIME"),
    ("WEALTH", "BOND"),
    ("WEALTH", "EQUITY"),
    ("FX", "SPOT"),
    ("CREDIT_CARD", "STANDARD"),
    ("LOAN", "MORTGAGE"),
]
offsets = st.sampled_from([None, None, None, -30, -1, 0, 1, 30])

product_st = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(SUBTYPES),
        "risk_level": st.sampled_from(["R1", "R2", "R3", "R4", "R5"]),
        "status": st.sampled_from(["ON_SALE"] * 4 + ["SUSPENDED", "DRAFT"]),
        # mostly open eligibility, so that suitability decides often
        "customer_types": st.sampled_from(
            [{"INDIVIDUAL", "CORPORATE"}] * 3 + [{"INDIVIDUAL"}, {"CORPORATE"}]
        ),
        "residency": st.sampled_from(
            [{"RESIDENT", "NON_RESIDENT"}] * 3 + [{"RESIDENT"}, {"NON_RESIDENT"}]
        ),
        "min_age": st.sampled_from([None, None, None, 18, 30, 60]),
        "max_age": st.sampled_from([None, None, None, 35, 65]),
        "min_income": st.sampled_from([None, None, None, "50000", "300000.00"]),
        "sales_start": offsets,
        "sales_end": offsets,
        "held": st.sampled_from([None, "ACTIVE", "CLOSED"]),
    }
)
customer_st = st.fixed_dictionaries(
    {
        "customer_type": st.sampled_from(["INDIVIDUAL", "CORPORATE"]),
        "id_type": st.sampled_from(["ID_CARD", "PASSPORT", "BUSINESS_LICENSE", "HK_MACAO_PERMIT"]),
        "age": st.sampled_from([None, 20, 30, 35, 60, 70]),
        "income": st.sampled_from([None, "30000", "50000", "500000"]),
        "risk_tolerance": st.sampled_from([None, "C1", "C2", "C3", "C4", "C5"]),
        "expires": st.sampled_from([None, -1, 0, 200]),
    }
)


def _day(offset: int | None) -> date | None:
    return None if offset is None else today() + timedelta(days=offset)


def _may_be_sold(customer: dict[str, Any], item: dict[str, Any]) -> bool:
    """The rules of suitability and eligibility, read straight from the specification."""
    day = today()
    if item["status"] != "ON_SALE":
        return False
    start, end = _day(item["sales_start"]), _day(item["sales_end"])
    if (start is not None and start > day) or (end is not None and end < day):
        return False
    if item["held"] == "ACTIVE":
        return False
    current = customer["risk_tolerance"] is not None and customer["expires"] is not None
    current = current and customer["expires"] >= 0
    allowed = int(customer["risk_tolerance"][1]) if current else 1
    if int(item["risk_level"][1]) > allowed:
        return False
    if customer["customer_type"] not in item["customer_types"]:
        return False
    resident = customer["id_type"] in ("ID_CARD", "BUSINESS_LICENSE")
    if ("RESIDENT" if resident else "NON_RESIDENT") not in item["residency"]:
        return False
    age = customer["age"]
    if item["min_age"] is not None and (age is None or age < item["min_age"]):
        return False
    if item["max_age"] is not None and (age is None or age > item["max_age"]):
        return False
    income = customer["income"]
    return item["min_income"] is None or (
        income is not None and Decimal(income) >= Decimal(item["min_income"])
    )


async def _reset() -> None:
    for model in (models.Holding, models.Transaction, models.CustomerNeed, models.Customer):
        await model.all().delete()
    await product_models.Product.filter(code__startswith="RC-").delete()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(customer=customer_st, products=st.lists(product_st, min_size=1, max_size=8))
async def test_recommendations_never_break_suitability_or_eligibility(
    customer: dict[str, Any], products: list[dict[str, Any]]
) -> None:
    # given
    await _reset()
    await needs.seed_defaults()
    person = await b.customer(
        customer_type=customer["customer_type"],
        id_type=customer["id_type"],
        birth_date=b.born(customer["age"]) if customer["age"] is not None else None,
        annual_income=Decimal(customer["income"]) if customer["income"] else None,
        risk_tolerance=customer["risk_tolerance"],
        risk_assessed_on=today() - timedelta(days=100) if customer["risk_tolerance"] else None,
        risk_expires_on=_day(customer["expires"]),
    )
    expected = set()
    for i, item in enumerate(products):
        family, subtype = item["kind"]
        row = await b.product(
            f"RC-{i}",
            family,
            subtype,
            risk_level=item["risk_level"],
            status=item["status"],
            eligibility={
                "min_age": item["min_age"],
                "max_age": item["max_age"],
                "min_annual_income": item["min_income"],
                "customer_types": sorted(item["customer_types"]),
                "residency": sorted(item["residency"]),
            },
            sales_start=_day(item["sales_start"]),
            sales_end=_day(item["sales_end"]),
        )
        if item["held"]:
            await b.holding(person, row, 1000, status=item["held"])
        if _may_be_sold(customer, item):
            expected.add(row.code)
    # when
    ranked = await recommend.recommend(customer_id=person.id, first=100)
    # then
    assert ranked is not None
    assert {r.product.code for r in ranked} == expected
    for r in ranked:
        assert r.reasons and r.reasons[-1].code in (
            recommend.ReasonCode.SUITABLE,
            recommend.ReasonCode.UNASSESSED,
        )


async def test_recommendations_rank_needs_first_and_explain_in_both_languages(
    gql: GraphQLClient,
) -> None:
    # given
    sales = await client_for(gql, Role.SALES)
    await needs.seed_defaults()
    await seg.seed_defaults()
    mortgage = await b.product("RC-MORT", "LOAN", "MORTGAGE", risk_level="R2")
    await b.product("RC-BOND", "WEALTH", "BOND", risk_level="R2")
    await b.product("RC-EQUITY", "WEALTH", "EQUITY", risk_level="R4")
    await b.product("RC-TIME", "DEPOSIT", "TIME", risk_level="R1")
    await b.product("RC-GOLD", "PRECIOUS_METAL", "PAPER_GOLD", risk_level="R3")
    assessed = await b.customer(
        birth_date=b.born(65),
        risk_tolerance="C3",
        risk_assessed_on=today() - timedelta(days=30),
        risk_expires_on=today() + timedelta(days=335),
    )
    await b.holding(assessed, mortgage, 800_000)
    lapsed = await b.customer(
        birth_date=b.born(40), risk_tolerance="C5", risk_expires_on=today() - timedelta(days=1)
    )
    retirees = await models.Segment.get(code="RETIREES")
    await seg.refresh_segment(segment_id=retirees.id, actor=Actor.system("tests"))
    # when
    en = await sales.execute(RECOMMENDATIONS, {"id": str(to_global_id("Customer", assessed.id))})
    zh = (
        await sales.post(
            RECOMMENDATIONS,
            {"id": str(to_global_id("Customer", assessed.id)), "first": 2},
            **{"accept-language": "zh-CN"},
        )
    ).json()
    unassessed = await sales.execute(
        RECOMMENDATIONS, {"id": str(to_global_id("Customer", lapsed.id))}
    )
    unknown = await sales.execute(RECOMMENDATIONS, {"id": "eDox"})
    # then
    ranked = en["data"]["recommendations"]
    assert [(r["product"]["code"], r["score"]) for r in ranked] == [
        ("RC-BOND", 4.0),
        ("RC-TIME", 4.0),
        ("RC-GOLD", 0.0),
    ]
    top = ranked[0]
    assert top["needCodes"] == ["MORTGAGE_PROTECTION"]
    assert [r["code"] for r in top["reasons"]] == ["NEED", "SEGMENT", "SUITABLE"]
    assert (
        top["reasons"][0]["message"] == "Meets the detected need “房贷客户保障需求” (mortgages 1)."
    )
    assert top["reasons"][2]["message"].startswith(
        "Risk level R2 is within the customer's risk tolerance C3"
    )
    zh_top = zh["data"]["recommendations"]
    assert len(zh_top) == 2
    assert zh_top[0]["reasons"][1]["message"] == "适合客户所属客群“退休人员”。"
    lapsed_ranked = unassessed["data"]["recommendations"]
    assert {r["product"]["riskLevel"] for r in lapsed_ranked} == {"R1"}
    assert lapsed_ranked[0]["reasons"][-1]["code"] == "UNASSESSED"
    assert unknown["data"]["recommendations"] == []
