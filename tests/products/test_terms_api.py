"""Shape-2 terms through the API (issue #12): a banded deposit with a bonus rate, a
fee-bearing loan with its annualised rate, typed errors that write nothing, the LPR in force
read by LPR-linked loans, and the public catalog carrying the new fields."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from backend.domains.auth.permissions import Role
from backend.domains.products import benchmarks, models
from backend.kernel import clock
from tests.factories import (
    GraphQLClient,
    client_for,
    create_product_via_api,
    on_sale_product,
    product_input,
)
from tests.products.test_benchmarks import risk_actor

BANDED_DEPOSIT = {
    "deposit": {
        "interest": {"dayCount": "ACT_360", "compounding": "NONE", "posting": "AT_MATURITY"},
        "term": {"min": 6, "max": 12, "multiple": 6, "unit": "MONTH"},
        "tierApplication": "PER_BAND",
        "rateTiers": [
            {
                "bands": [
                    {"unit": "TERM_MONTHS", "lower": "6", "upper": "6"},
                    {"unit": "AMOUNT", "lower": "0", "upper": "50000"},
                ],
                "rate": "1.30",
            },
            {
                "bands": [
                    {"unit": "TERM_MONTHS", "lower": "6", "upper": "6"},
                    {"unit": "AMOUNT", "lower": "50000"},
                ],
                "rate": "1.50",
            },
            {
                "bands": [
                    {"unit": "TERM_MONTHS", "lower": "12", "upper": "12"},
                    {"unit": "AMOUNT", "lower": "0", "upper": "50000"},
                ],
                "rate": "1.50",
            },
            {
                "bands": [
                    {"unit": "TERM_MONTHS", "lower": "12", "upper": "12"},
                    {"unit": "AMOUNT", "lower": "50000"},
                ],
                "rate": "1.75",
            },
        ],
        "bonusRates": [
            {
                "name": "新资金加息",
                "rate": "0.20",
                "conditions": [{"type": "NEW_MONEY", "amount": "10000"}],
            }
        ],
        "minimumDeposit": "50",
        "earlyWithdrawalRate": "0.10",
        "autoRenewal": True,
    }
}

READ = """
query Read($id: ID!) { node(id: $id) { ... on Product {
  headlineRate
  fees { type basis rate chargedOn capPeriod waivers { name share conditions { type count } } }
  terms { __typename
    ... on DepositTerms { interest { dayCount compounding posting } term { min max multiple unit }
      offeredTerms tierApplication minimumDeposit
      rateTiers { rate bands { unit lower upper } }
      bonusRates { name rate conditions { type amount } }
      termsMonths rateTable { termMonths minAmount rate } interestPayment }
    ... on LoanTerms { rateType effectiveRate annualisedRate spreadBps
      rateTiers { spreadBps rate } repricing interest { dayCount repaymentFrequency } }
  } } } }
"""


async def read(client: GraphQLClient, product_id: str) -> dict[str, Any]:
    body = await client.execute(READ, {"id": product_id})
    assert "errors" not in body, body
    node: dict[str, Any] = body["data"]["node"]
    return node


async def test_a_pm_creates_a_banded_deposit_with_a_bonus_for_new_money(gql: GraphQLClient) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    created = await create_product_via_api(pm, "TIME", code="BANDED-1", terms=BANDED_DEPOSIT)
    got = await read(pm, created["id"])
    terms = got["terms"]
    assert got["headlineRate"] == "1.7500"
    assert terms["offeredTerms"] == [6, 12] and terms["tierApplication"] == "PER_BAND"
    assert terms["rateTiers"][1] == {
        "rate": "1.5000",
        "bands": [
            {"unit": "AMOUNT", "lower": "50000.00", "upper": None},
            {"unit": "TERM_MONTHS", "lower": "6", "upper": "6"},
        ],
    }
    assert terms["bonusRates"] == [
        {
            "name": "新资金加息",
            "rate": "0.2000",
            "conditions": [{"type": "NEW_MONEY", "amount": "10000.00"}],
        }
    ]
    # the shape-1 view still reads for older clients
    assert terms["termsMonths"] == [6, 12] and terms["interestPayment"] == "AT_MATURITY"
    assert terms["rateTable"][1] == {"termMonths": 6, "minAmount": "50000.00", "rate": "1.5000"}


async def test_a_gap_between_bands_is_refused_on_its_field_and_nothing_is_written(
    gql: GraphQLClient,
) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    import copy

    broken = copy.deepcopy(BANDED_DEPOSIT)
    broken["deposit"]["rateTiers"][1]["bands"][1]["lower"] = "60000"
    broken["deposit"]["bonusRates"][0]["conditions"] = [{"type": "NEW_MONEY", "count": 2}]
    body = await pm.execute(
        """mutation($input: ProductCreateInput!) { productCreate(input: $input) {
        product { id } errors { field code } } }""",
        {"input": product_input("TIME", code="BANDED-2", terms=broken)},
    )
    payload = body["data"]["productCreate"]
    assert payload["product"] is None
    assert {(e["field"], e["code"]) for e in payload["errors"]} == {
        ("terms.deposit.rateTiers.1.bands", "INVALID"),
        ("terms.deposit.bonusRates.0.conditions.0.amount", "REQUIRED"),
        ("terms.deposit.bonusRates.0.conditions.0.count", "INVALID"),
    }
    assert not await models.Product.filter(code="BANDED-2").exists()


LOAN_WITH_FEES = {
    "loan": {
        "rateType": "FIXED",
        "rateTiers": [{"rate": "3.60"}],
        "interest": {"dayCount": "ACT_360"},
        "amountMin": "10000",
        "amountDefault": "12000",
        "amountMax": "300000",
        "termMonthsMin": 12,
        "termMonthsDefault": 12,
        "termMonthsMax": 36,
        "repaymentMethods": ["EQUAL_INSTALLMENT"],
        "collateralRequired": False,
        "gracePeriodDays": 3,
        "penaltyRate": "5.4",
    }
}


async def test_a_fee_bearing_loan_shows_its_annualised_rate_above_the_nominal_one(
    gql: GraphQLClient,
) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    monthly_fee = {
        "type": "INSTALMENT",
        "basis": "RATE",
        "rate": "0.30",
        "chargedOn": "DISBURSED_AMOUNT",
        "frequency": "MONTHLY",
    }
    without = await create_product_via_api(pm, "CONSUMER", code="LOAN-NOFEE", terms=LOAN_WITH_FEES)
    with_fee = await create_product_via_api(
        pm, "CONSUMER", code="LOAN-FEE", terms=LOAN_WITH_FEES, fees=[monthly_fee]
    )
    plain = (await read(pm, without["id"]))["terms"]
    fee_loan = await read(pm, with_fee["id"])
    # with no fee the APR of monthly instalments is the nominal rate (to the cent-rounding
    # of the instalments)
    assert plain["effectiveRate"] == "3.6000"
    assert abs(float(plain["annualisedRate"]) - 3.6) < 0.0005
    # ¥12,000 over 12 months with ¥36 a month in fees costs far more than 3.6 % a year
    assert fee_loan["fees"][0]["chargedOn"] == "DISBURSED_AMOUNT"
    apr = float(fee_loan["terms"]["annualisedRate"])
    assert 10.0 < apr < 10.4, apr


async def test_an_lpr_loan_reads_the_lpr_in_force_and_the_catalog_carries_the_new_fields(
    gql: GraphQLClient,
) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    product = await on_sale_product(pm, risk, "MORTGAGE", code="LPR-MORT")
    terms = (await read(pm, product["id"]))["terms"]
    assert terms["rateType"] == "LPR" and terms["repricing"] == "JANUARY_FIRST"
    assert terms["effectiveRate"] == "3.2000"  # 5Y LPR 3.50 − 30 bp (tests' factory)
    # when a lower 5-year LPR is in force, the same terms read the new rate
    today = clock.today()
    day = benchmarks.lpr_announcement_day(today.year, today.month)
    if day > today:
        prev = today.replace(day=1) - timedelta(days=1)
        day = benchmarks.lpr_announcement_day(prev.year, prev.month)
    await models.BenchmarkRate.filter(kind="LPR_5Y", effective_from__gte=day).delete()
    await benchmarks.set_benchmark_rate(
        data={"kind": "LPR_5Y", "effective_from": day, "rate": "3.40"}, actor=await risk_actor()
    )
    terms = (await read(pm, product["id"]))["terms"]
    assert terms["effectiveRate"] == "3.1000"
    admin = await client_for(gql, Role.ADMIN)
    key = (
        await admin.execute(
            'mutation { apiKeyCreate(input: {name: "app", scopes: [CATALOG_READ]}) { secret } }'
        )
    )["data"]["apiKeyCreate"]["secret"]
    body = await gql.as_token(key).execute(
        """{ catalog(channel: MOBILE_BANKING) { edges { node { code headlineRate
        terms { ... on LoanTerms { effectiveRate annualisedRate rateTiers { spreadBps } } } } } } }"""
    )
    node = next(
        e["node"] for e in body["data"]["catalog"]["edges"] if e["node"]["code"] == "LPR-MORT"
    )
    assert node["headlineRate"] == "3.1000"
    assert node["terms"]["effectiveRate"] == "3.1000"
    assert abs(float(node["terms"]["annualisedRate"]) - 3.1) < 0.0005  # no fees: the nominal
