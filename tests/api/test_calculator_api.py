"""The calculator API (试算) through GraphQL: staff on any product, the public catalog on
products in it, typed refusals that write nothing. Products and shape-2 terms are stored
directly (the terms editor of shape 2 is not part of this)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.products import models as product_models
from backend.graphql_core.types import to_global_id
from backend.kernel import clock
from tests.factories import GraphQLClient, client_for


def band(unit: str, lower: str, upper: str | None) -> dict[str, Any]:
    return {"unit": unit, "lower": lower, "upper": upper}


DEPOSIT = {
    "shape": 2,
    "interest": {
        "day_count": "THIRTY_360",
        "accrual": "DAILY",
        "compounding": "NONE",
        "posting": "AT_MATURITY",
    },
    "term": {"min": 3, "max": 60, "multiple": 3, "unit": "MONTH"},
    "notice_days": None,
    "tier_application": "PER_BAND",
    "rate_tiers": [
        {"bands": [band("TERM_MONTHS", "12", "12"), band("AMOUNT", "50.00", "50000.00")], "rate": "1.5000"},
        {"bands": [band("TERM_MONTHS", "12", "12"), band("AMOUNT", "50000.00", None)], "rate": "2.0000"},
    ],
    "bonus_rates": [
        {"name": "代发工资", "rate": "0.1000", "conditions": [{"type": "PAYROLL_DEPOSIT", "amount": "3000.00"}]}
    ],
    "minimum_deposit": "50.00",
    "early_withdrawal_rate": "0.1500",
    "auto_renewal": False,
}  # fmt: skip
LOAN = {
    "shape": 2,
    "rate_type": "FIXED",
    "lpr_tenor": None,
    "repricing": None,
    "rate_tiers": [{"bands": [], "rate": "3.1000", "rate_max": None}],
    "effective_rate": "3.1000",
    "interest": {
        "day_count": "ACT_360",
        "repayment_frequency": "MONTHLY",
        "first_payment": "ONE_PERIOD_AFTER_DRAWDOWN",
        "payment_day": None,
    },
    "amount_min": "10000.00",
    "amount_default": "500000.00",
    "amount_max": "5000000.00",
    "term_months_min": 12,
    "term_months_default": 240,
    "term_months_max": 360,
    "repayment_methods": ["EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL"],
    "collateral_required": False,
    "max_ltv": None,
    "grace_period_days": 3,
    "penalty_rate": "4.8000",
}
CARD = {
    "shape": 2,
    "tier": "GOLD",
    "partner_brand": None,
    "interest_free_days_max": 56,
    "interest_rate": "18.2500",
    "credit_limit_min": "5000.00",
    "credit_limit_max": "50000.00",
    "instalment": {
        "periods": [3, 6, 12, 24],
        "monthly_fee_rate": "0.6000",
        "minimum_payment_rate": "10.0000",
        "minimum_payment_floor": "100.00",
    },
}
WEALTH = {
    "shape": 2,
    "benchmark_min": "2.5000",
    "benchmark_max": "3.2000",
    "open_ended": False,
    "term_days": 180,
    "minimum_investment": "10000.00",
    "subscription_fee_rate": "0",
    "management_fee_rate": "0.3000",
    "custody_fee_rate": "0.0200",
    "offering": "PUBLIC",
    "cooling_off_hours": 0,
}
ARRANGEMENT_FEE = {
    "type": "ARRANGEMENT",
    "basis": "RATE",
    "rate": "1.0000",
    "charged_on": "DISBURSED_AMOUNT",
    "frequency": "ONE_TIME",
    "amount": None,
    "min_amount": None,
    "max_amount": None,
    "cap": None,
}


async def stored_product(
    code: str,
    family: str,
    subtype: str,
    terms: dict[str, Any],
    *,
    status: str = "ON_SALE",
    channels: tuple[str, ...] = ("MOBILE_BANKING",),
    fees: list[dict[str, Any]] | None = None,
) -> str:
    """A product with shape-2 terms in force today, stored directly; returns its global ID."""
    product = await product_models.Product.create(
        code=code,
        name_zh=f"试算 {code}",
        name_en=f"Calc {code}",
        family=family,
        subtype=subtype,
        currency="CNY",
        risk_level="R2",
        status=status,
        fees=fees or [],
        channels=[{"channel": c, "publish_from": None, "publish_to": None} for c in channels],
        channel_list="," + ",".join(channels) + ",",
    )
    for channel in channels:
        await product_models.ProductChannel.create(product_id=product.id, channel=channel)
    await product_models.ProductTerms.create(
        product_id=product.id, effective_date=clock.today(), terms=terms, reason="试算测试"
    )
    return to_global_id("Product", product.id)


@pytest.fixture
async def analyst(gql: GraphQLClient) -> GraphQLClient:
    return await client_for(gql, Role.ANALYST)


async def api_keys(gql: GraphQLClient, *scopes: str) -> list[GraphQLClient]:
    """Clients carrying new API keys of the given scopes (one key each)."""
    admin = await client_for(gql, Role.ADMIN)
    keys = []
    for scope in scopes:
        created = await admin.execute(
            'mutation K($scope: ApiKeyScope!) { apiKeyCreate(input: {name: "手机银行", '
            "scopes: [$scope]}) { secret } }",
            {"scope": scope},
        )
        keys.append(gql.as_token(created["data"]["apiKeyCreate"]["secret"]))
    return keys


LOAN_SCHEDULE = """
query Loan($id: ID!, $amount: Decimal!, $term: Int!, $method: RepaymentMethod!, $drawnOn: Date,
           $prepayment: PrepaymentInput) {
  loanSchedule(productId: $id, amount: $amount, termMonths: $term, method: $method,
               drawnOn: $drawnOn, prepayment: $prepayment) {
    rate apr method totalInterest totalFees upfrontFees received totalPayment
    instalments { period dueOn payment principal interest fee prepayment balance }
  }
}
"""
DEPOSIT_INTEREST = """
query Deposit($id: ID!, $amount: Decimal!, $term: Int, $startOn: Date, $withdrawnOn: Date,
              $circumstances: CircumstancesInput) {
  depositInterest(productId: $id, amount: $amount, termMonths: $term, startOn: $startOn,
                  withdrawnOn: $withdrawnOn, circumstances: $circumstances) {
    startOn maturityOn endOn days dayCount baseInterest totalInterest effectiveRate early
    bands { lower upper amount rate interest } bonuses { name rate interest }
  }
}
"""
CATALOG_DEPOSIT = """
query CatalogDeposit($id: ID!, $amount: Decimal!, $term: Int, $channel: Channel) {
  catalogDepositInterest(productId: $id, amount: $amount, termMonths: $term, channel: $channel) {
    totalInterest
  }
}
"""
CARD_INSTALMENT = """
query Card($id: ID!, $amount: Decimal!, $periods: Int!) {
  cardInstalment(productId: $id, amount: $amount, periods: $periods) {
    periods monthlyFee totalFee apr interestFreeDaysMax minimumPayment
    instalments { period payment principal fee }
  }
}
"""
WEALTH_PROJECTION = """
query Wealth($id: ID!, $amount: Decimal!) {
  wealthProjection(productId: $id, amount: $amount) {
    days invested managementFee custodyFee feesPaid low high guaranteed note
  }
}
"""


async def test_a_loan_schedule_matches_the_published_figures_with_fees_and_prepayment(
    analyst: GraphQLClient,
) -> None:
    # given a 3.1 % loan with a 1 % arrangement fee
    product = await stored_product("CALC-LOAN", "LOAN", "MORTGAGE", LOAN, fees=[ARRANGEMENT_FEE])
    variables = {
        "id": product,
        "amount": "1000000.00",
        "term": 360,
        "method": "EQUAL_INSTALLMENT",
        "drawnOn": "2026-01-31",
    }
    # when
    body = await analyst.execute(LOAN_SCHEDULE, variables)
    # then ¥4,270.16 a month, due at the month ends, ¥10,000 taken up front
    result = body["data"]["loanSchedule"]
    assert result["rate"] == "3.1000" and result["method"] == "EQUAL_INSTALLMENT"
    assert result["instalments"][0] == {
        "period": 1,
        "dueOn": "2026-02-28",
        "payment": "4270.16",
        "principal": "1686.83",
        "interest": "2583.33",
        "fee": "0.00",
        "prepayment": "0.00",
        "balance": "998313.17",
    }
    assert result["upfrontFees"] == "10000.00" and result["received"] == "990000.00"
    assert Decimal(result["apr"]) > Decimal("3.1")
    # and a prepayment after a year shortens the term
    prepay = {"afterPeriod": 12, "amount": "200000.00", "mode": "SHORTEN_TERM"}
    shorter = await analyst.execute(LOAN_SCHEDULE, {**variables, "prepayment": prepay})
    rows = shorter["data"]["loanSchedule"]["instalments"]
    assert len(rows) == 260 and rows[11]["prepayment"] == "200000.00"
    assert sum(Decimal(r["principal"]) for r in rows) == Decimal("800000.00")


async def test_an_lpr_loan_pays_the_lpr_in_force_plus_its_tiers_spread(
    analyst: GraphQLClient,
) -> None:
    terms = {
        **LOAN,
        "rate_type": "LPR",
        "lpr_tenor": "FIVE_YEAR",
        "repricing": "JANUARY_FIRST",
        "rate_tiers": [
            {"bands": [band("LTV_PERCENT", "0", "60")], "spread_bps": -45},
            {"bands": [band("LTV_PERCENT", "60", None)], "spread_bps": -30},
        ],
        "collateral_required": True,
        "max_ltv": "80.0000",
    }
    product = await stored_product("CALC-LPR", "LOAN", "MORTGAGE", terms)
    query = """query L($id: ID!, $ltv: Decimal) { loanSchedule(productId: $id, amount: "1000000",
      termMonths: 360, method: EQUAL_INSTALLMENT, ltv: $ltv) { rate apr } }"""
    low = await analyst.execute(query, {"id": product, "ltv": "50"})
    high = await analyst.execute(query, {"id": product, "ltv": "70"})
    # the five-year LPR (3.50 %) less 45 or 30 basis points
    assert low["data"]["loanSchedule"] == {"rate": "3.0500", "apr": "3.0500"}
    assert high["data"]["loanSchedule"]["rate"] == "3.2000"
    missing = await analyst.execute(query, {"id": product})
    assert missing["errors"][0]["extensions"]["errors"][0]["field"] == "ltv"
    # without an LPR in force the quote is refused, not priced at a guess
    await product_models.BenchmarkRate.all().delete()
    unpriced = await analyst.execute(query, {"id": product, "ltv": "50"})
    assert unpriced["errors"][0]["extensions"]["code"] == "BENCHMARK_RATE_MISSING"


async def test_deposit_interest_gives_bands_bonuses_and_early_withdrawal(
    analyst: GraphQLClient,
) -> None:
    product = await stored_product("CALC-TD", "DEPOSIT", "TIME", DEPOSIT)
    base = {"id": product, "amount": "80000.00", "term": 12, "startOn": "2026-01-01"}
    body = await analyst.execute(
        DEPOSIT_INTEREST, {**base, "circumstances": {"payrollDeposit": True}}
    )
    result = body["data"]["depositInterest"]
    assert result["maturityOn"] == "2027-01-01" and result["days"] == 360
    assert result["dayCount"] == "THIRTY_360"
    assert [b["interest"] for b in result["bands"]] == ["750.00", "600.00"]
    assert result["bonuses"] == [{"name": "代发工资", "rate": "0.1000", "interest": "80.00"}]
    assert result["totalInterest"] == "1430.00" and result["early"] is False
    early = await analyst.execute(DEPOSIT_INTEREST, {**base, "withdrawnOn": "2026-07-01"})
    assert early["data"]["depositInterest"]["totalInterest"] == "60.00"
    assert early["data"]["depositInterest"]["early"] is True


async def test_card_instalment_and_wealth_projection(analyst: GraphQLClient) -> None:
    card = await stored_product("CALC-CARD", "CREDIT_CARD", "STANDARD", CARD)
    plan = await analyst.execute(CARD_INSTALMENT, {"id": card, "amount": "12000.00", "periods": 12})
    result = plan["data"]["cardInstalment"]
    assert (result["monthlyFee"], result["totalFee"], result["apr"]) == (
        "72.00",
        "864.00",
        "13.0342",
    )
    assert result["interestFreeDaysMax"] == 56 and result["minimumPayment"] == "1200.00"
    assert {r["payment"] for r in result["instalments"]} == {"1072.00"}
    wealth = await stored_product("CALC-WM", "WEALTH", "BOND", WEALTH)
    body = await analyst.execute(WEALTH_PROJECTION, {"id": wealth, "amount": "100000.00"})
    projection = body["data"]["wealthProjection"]
    assert projection["days"] == 180 and projection["feesPaid"] == "157.81"
    assert (projection["low"], projection["high"]) == ("1075.07", "1420.27")
    assert projection["guaranteed"] is False and "not a promise" in projection["note"]


async def _written() -> tuple[int, ...]:
    return (
        await audit_models.AuditEvent.all().count(),
        await product_models.Product.all().count(),
        await product_models.ProductTerms.all().count(),
        await product_models.ProductVersion.all().count(),
    )


@pytest.mark.parametrize(
    ("query", "variables", "code", "field"),
    [
        (DEPOSIT_INTEREST, {"amount": "49.99", "term": 12}, "AMOUNT_BELOW_MINIMUM", "amount"),
        (DEPOSIT_INTEREST, {"amount": "1000.00", "term": 13}, "TERM_NOT_OFFERED", "termMonths"),
        (DEPOSIT_INTEREST, {"amount": "1000.00"}, "REQUIRED", "termMonths"),
        (
            DEPOSIT_INTEREST,
            {"amount": "1000.00", "term": 12, "startOn": "2026-01-01", "withdrawnOn": "2025-01-01"},
            "INVALID",
            "withdrawnOn",
        ),
        (LOAN_SCHEDULE, {"amount": "1000.00", "term": 12, "method": "BULLET"}, "WRONG_FAMILY", "productId"),
        (CARD_INSTALMENT, {"amount": "1000.00", "periods": 12}, "WRONG_FAMILY", "productId"),
    ],
)  # fmt: skip
async def test_a_refused_calculation_is_a_typed_error_and_writes_nothing(
    analyst: GraphQLClient, query: str, variables: dict[str, Any], code: str, field: str
) -> None:
    # given
    product = await stored_product("CALC-TD", "DEPOSIT", "TIME", DEPOSIT)
    before = await _written()
    # when
    body = await analyst.execute(query, {"id": product, **variables})
    # then
    assert body["data"] is None
    error = body["errors"][0]
    assert error["extensions"]["code"] == code
    assert error["extensions"]["errors"][0]["field"] == field
    assert await _written() == before


async def test_a_loan_the_product_does_not_offer_names_every_problem(
    analyst: GraphQLClient,
) -> None:
    product = await stored_product("CALC-LOAN", "LOAN", "CONSUMER", LOAN)
    body = await analyst.execute(
        LOAN_SCHEDULE, {"id": product, "amount": "9999.99", "term": 400, "method": "BULLET"}
    )
    errors = body["errors"][0]["extensions"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [
        ("amount", "AMOUNT_BELOW_MINIMUM"),
        ("termMonths", "TERM_NOT_OFFERED"),
        ("method", "METHOD_NOT_ALLOWED"),
    ]
    zh = await analyst.post(
        LOAN_SCHEDULE,
        {"id": product, "amount": "10000.00", "term": 400, "method": "EQUAL_PRINCIPAL"},
        **{"accept-language": "zh-CN"},
    )
    assert zh.json()["errors"][0]["message"] == "该产品不提供 400 个月的期限。"
    unknown = await analyst.execute(
        LOAN_SCHEDULE,
        {"id": to_global_id("Product", 999999), "amount": "10000", "term": 12, "method": "BULLET"},
    )
    assert unknown["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_the_catalog_calculates_only_for_products_in_the_catalog(gql: GraphQLClient) -> None:
    # given a product on sale on mobile banking, one only at the counter, and a draft
    mobile = await stored_product("CALC-MOBILE", "DEPOSIT", "TIME", DEPOSIT)
    counter = await stored_product(
        "CALC-COUNTER", "DEPOSIT", "TIME", DEPOSIT, channels=("COUNTER",)
    )
    draft = await stored_product("CALC-DRAFT", "DEPOSIT", "TIME", DEPOSIT, status="DRAFT")
    key, other_key = await api_keys(gql, "CATALOG_READ", "ALERTS_SUBSCRIBE")
    ask = {"amount": "10000.00", "term": 12}
    # when the mobile app asks with its catalog:read key
    ok = await key.execute(CATALOG_DEPOSIT, {"id": mobile, **ask, "channel": "MOBILE_BANKING"})
    any_channel = await key.execute(CATALOG_DEPOSIT, {"id": counter, **ask})
    elsewhere = await key.execute(
        CATALOG_DEPOSIT, {"id": counter, **ask, "channel": "MOBILE_BANKING"}
    )
    hidden = await key.execute(CATALOG_DEPOSIT, {"id": draft, **ask})
    staff_only = await key.execute(DEPOSIT_INTEREST, {"id": mobile, **ask})
    # then
    assert ok["data"]["catalogDepositInterest"]["totalInterest"] == "150.00"
    assert any_channel["data"]["catalogDepositInterest"]["totalInterest"] == "150.00"
    assert elsewhere["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert hidden["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert staff_only["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    denied = await other_key.execute(CATALOG_DEPOSIT, {"id": mobile, **ask})
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    gql.http.cookies.clear()  # the admin's sign-in left its session cookie
    anonymous = await gql.execute(CATALOG_DEPOSIT, {"id": mobile, **ask})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


DRAFT_INTEREST = """
query Draft($draft: CalculatorDraftInput, $id: ID) {
  depositInterest(draft: $draft, productId: $id, amount: "80000.00", termMonths: 12,
    startOn: "2026-01-01", circumstances: {newMoney: true}) {
    totalInterest bands { interest } bonuses { name interest } } }
"""


def draft_deposit(**changes: Any) -> dict[str, Any]:
    """The wizard's unsaved time deposit: ¥50,000 split, per band, a new-money bonus."""
    deposit: dict[str, Any] = {
        "interest": {"dayCount": "THIRTY_360", "posting": "AT_MATURITY"},
        "term": {"min": 12, "max": 12, "multiple": 12, "unit": "MONTH"},
        "tierApplication": "PER_BAND",
        "rateTiers": [
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
                "rate": "2.00",
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
        "autoRenewal": False,
    }
    deposit.update(changes)
    return {"subtype": "TIME", "terms": {"deposit": deposit}, "minAmount": "50"}


async def test_the_wizard_calculates_an_unsaved_draft_checked_as_product_create_checks_it(
    analyst: GraphQLClient,
) -> None:
    # an unsaved draft is calculated exactly as a stored product would be, and nothing is stored
    before = await product_models.Product.all().count()
    body = await analyst.execute(DRAFT_INTEREST, {"draft": draft_deposit()})
    result = body["data"]["depositInterest"]
    # 50,000 × 1.50 % + 30,000 × 2.00 % for 12 whole months, + 80,000 × 0.20 %
    assert [b["interest"] for b in result["bands"]] == ["750.00", "600.00"]
    assert result["bonuses"] == [{"name": "新资金加息", "interest": "160.00"}]
    assert result["totalInterest"] == "1510.00"
    assert await product_models.Product.all().count() == before
    # a draft the create would refuse is refused the same way, its problems under draft.
    gap = draft_deposit()
    gap["terms"]["deposit"]["rateTiers"][1]["bands"][1]["lower"] = "60000"
    refused = await analyst.execute(DRAFT_INTEREST, {"draft": gap})
    assert [e["field"] for e in refused["errors"][0]["extensions"]["errors"]] == [
        "draft.terms.deposit.rateTiers.1.bands"
    ]
    # a loan draft at the deposit calculator, neither a product nor a draft, or both
    loan = {**draft_deposit(), "subtype": "MORTGAGE"}
    wrong = await analyst.execute(DRAFT_INTEREST, {"draft": loan})
    assert wrong["errors"][0]["extensions"]["code"] == "WRONG_FAMILY"
    neither = await analyst.execute(DRAFT_INTEREST, {})
    assert neither["errors"][0]["extensions"]["errors"][0]["field"] == "productId"
    product = await stored_product("CALC-DRAFT", "DEPOSIT", "TIME", DEPOSIT)
    both = await analyst.execute(DRAFT_INTEREST, {"draft": draft_deposit(), "id": product})
    assert both["errors"][0]["extensions"]["errors"][0]["field"] == "draft"
