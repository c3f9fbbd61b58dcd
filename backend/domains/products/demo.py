"""Demo products: every subtype of the six families, with realistic Chinese names, rates, fees,
rate history and documents. Deterministic: the same database every time."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal as D
from typing import Any

from backend.actor import Actor
from backend.domains.products import (
    benchmarks,
    change_requests,
    documents,
    lifecycle,
    models,
    rules,
    service,
)
from backend.domains.products.enums import (
    BenchmarkKind,
    CardTier,
    Channel,
    Compounding,
    ConditionType,
    CustomerType,
    DayCount,
    DocumentKind,
    FeeBasis,
    FeeChargeBase,
    FeeFrequency,
    FeeType,
    InterestPayment,
    LoanRateType,
    LprTenor,
    Metal,
    MetalUnit,
    Offering,
    ProductFamily,
    ProductStatus,
    ProductSubtype,
    RepaymentMethod,
    Repricing,
    Residency,
    RiskLevel,
    TermUnit,
    TierApplication,
    TierUnit,
)
from backend.domains.products.terms import terms_in_force
from backend.kernel import clock
from backend.settings import Settings

F, S = ProductFamily, ProductSubtype
ALL_CHANNELS = [Channel.COUNTER, Channel.ONLINE_BANKING, Channel.MOBILE_BANKING]


def _eligibility(
    min_age: int = 18,
    max_age: int | None = None,
    income: str | None = None,
    corporate: bool = False,
) -> dict[str, Any]:
    return {
        "min_age": None if corporate else min_age,
        "max_age": max_age,
        "min_annual_income": D(income) if income else None,
        "customer_types": [CustomerType.CORPORATE] if corporate else [CustomerType.INDIVIDUAL],
        "residency": [Residency.RESIDENT]
        if corporate
        else [Residency.RESIDENT, Residency.NON_RESIDENT],
    }


def _channels(channels: list[Channel]) -> list[dict[str, Any]]:
    return [{"channel": c, "publish_from": None, "publish_to": None} for c in channels]


def _fee(
    type_: FeeType,
    *,
    amount: str | None = None,
    rate: str | None = None,
    frequency: FeeFrequency = FeeFrequency.ONE_TIME,
) -> dict[str, Any]:
    return {
        "type": type_,
        "basis": FeeBasis.FIXED if amount else FeeBasis.RATE,
        "amount": D(amount) if amount else None,
        "rate": D(rate) if rate else None,
        "min_amount": None,
        "max_amount": None,
        "cap": None,
        "frequency": frequency,
    }


def _deposit(subtype: ProductSubtype, base: D, months: list[int], minimum: str) -> dict[str, Any]:
    spread = {3: D("-0.35"), 6: D("-0.15"), 12: D("0"), 24: D("0.10"), 36: D("0.45"), 60: D("0.50")}
    table: list[dict[str, Any]]
    if subtype == S.DEMAND:
        table = [{"term_months": None, "min_amount": D("0"), "rate": base}]
    else:
        table = [
            {"term_months": m, "min_amount": D(minimum), "rate": base + spread[m]} for m in months
        ]
        if subtype == S.TIME:
            table += [
                {"term_months": m, "min_amount": D("500000"), "rate": base + spread[m] + D("0.05")}
                for m in months
                if m >= 12
            ]
    return {
        "deposit": {
            "terms_months": [] if subtype == S.DEMAND else months,
            "rate_table": table,
            "minimum_deposit": D(minimum),
            "interest_payment": InterestPayment.AT_MATURITY,
            "early_withdrawal_rate": D("0.1000") if subtype != S.DEMAND else D("0.0500"),
            "auto_renewal": subtype == S.TIME,
        }
    }


def _loan(
    subtype: ProductSubtype,
    *,
    lpr: LprTenor | None,
    spread: int = 0,
    fixed: str | None = None,
    amounts: tuple[str, str, str],
    terms: tuple[int, int, int],
    collateral: bool,
    ltv: str | None = None,
) -> dict[str, Any]:
    return {
        "loan": {
            "rate_type": LoanRateType.LPR if lpr else LoanRateType.FIXED,
            "fixed_rate": D(fixed) if fixed else None,
            "lpr_tenor": lpr,
            "spread_bps": spread if lpr else None,
            "amount_min": D(amounts[0]),
            "amount_default": D(amounts[1]),
            "amount_max": D(amounts[2]),
            "term_months_min": terms[0],
            "term_months_default": terms[1],
            "term_months_max": terms[2],
            "repayment_methods": [
                RepaymentMethod.EQUAL_INSTALLMENT,
                RepaymentMethod.EQUAL_PRINCIPAL,
            ]
            if subtype in (S.MORTGAGE, S.AUTO, S.CONSUMER)
            else [
                RepaymentMethod.BULLET,
                RepaymentMethod.INTEREST_ONLY,
                RepaymentMethod.EQUAL_PRINCIPAL,
            ],
            "collateral_required": collateral,
            "max_ltv": D(ltv) if ltv else None,
            "grace_period_days": 3 if subtype != S.WORKING_CAPITAL else 0,
            "penalty_rate": (D(fixed) if fixed else D("3.0") + D(spread) / 100) * D("1.5"),
        }
    }


def _condition(kind: ConditionType, **params: Any) -> dict[str, Any]:
    return {"type": kind, **params}


def _card_waivers(fee: D) -> list[dict[str, Any]]:
    """首年免年费，当年刷卡满 6 次免次年年费; premium cards: 当年消费满 20 万元免次年年费."""
    if fee >= 1000:
        return [
            {
                "name": "当年消费满 20 万元免次年年费",
                "conditions": [_condition(ConditionType.MIN_SPEND_A_YEAR, amount=D("200000"))],
            }
        ]
    return [
        {"name": "首年免年费", "conditions": [_condition(ConditionType.INTRODUCTORY, months=12)]},
        {
            "name": "当年刷卡满 6 次免次年年费",
            "conditions": [_condition(ConditionType.MIN_TRANSACTIONS_A_YEAR, count=6)],
        },
    ]


def _band(unit: TierUnit, lower: str, upper: str | None) -> dict[str, Any]:
    return {"unit": unit, "lower": D(lower), "upper": D(upper) if upper is not None else None}


def _step_deposit() -> dict[str, Any]:
    """阶梯定期: 3–36 months in multiples of 3, each slice of the balance earning its band's
    rate (per band), plus bonuses for new money and payroll customers."""
    terms = [("3", "12", D("1.10")), ("12", "24", D("1.35")), ("24", None, D("1.60"))]
    amounts = [("0", "50000", D("0")), ("50000", "200000", D("0.10")), ("200000", None, D("0.20"))]
    tiers = [
        {
            "bands": [
                _band(TierUnit.TERM_MONTHS, t_low, t_up),
                _band(TierUnit.AMOUNT, a_low, a_up),
            ],
            "rate": base + extra,
        }
        for t_low, t_up, base in terms
        for a_low, a_up, extra in amounts
    ]
    return {
        "deposit": {
            "interest": {
                "day_count": DayCount.THIRTY_360,
                "compounding": Compounding.NONE,
                "posting": InterestPayment.AT_MATURITY,
            },
            "term": {"min": 3, "max": 36, "multiple": 3, "unit": TermUnit.MONTH},
            "tier_application": TierApplication.PER_BAND,
            "rate_tiers": tiers,
            "bonus_rates": [
                {
                    "name": "新资金加息",
                    "rate": D("0.20"),
                    "conditions": [_condition(ConditionType.NEW_MONEY, amount=D("10000"))],
                },
                {
                    "name": "代发工资客户加息",
                    "rate": D("0.10"),
                    "conditions": [_condition(ConditionType.PAYROLL_DEPOSIT)],
                },
            ],
            "minimum_deposit": D("50"),
            "early_withdrawal_rate": D("0.10"),
            "auto_renewal": True,
        }
    }


def _notice_deposit() -> dict[str, Any]:
    """个人通知存款: 1-day or 7-day notice, ¥50,000 minimum."""
    return {
        "deposit": {
            "interest": {
                "day_count": DayCount.ACT_360,
                "compounding": Compounding.NONE,
                "posting": InterestPayment.AT_MATURITY,
            },
            "term": {"min": 1, "max": 7, "multiple": 1, "unit": TermUnit.DAY},
            "tier_application": TierApplication.WHOLE_BALANCE,
            "rate_tiers": [
                {
                    "bands": [
                        _band(TierUnit.TERM_DAYS, "1", "1"),
                        _band(TierUnit.AMOUNT, "0", None),
                    ],
                    "rate": D("0.10"),
                },
                {
                    "bands": [
                        _band(TierUnit.TERM_DAYS, "7", "7"),
                        _band(TierUnit.AMOUNT, "0", None),
                    ],
                    "rate": D("0.55"),
                },
            ],
            "bonus_rates": [],
            "minimum_deposit": D("50000"),
            "early_withdrawal_rate": D("0.05"),
            "auto_renewal": False,
        }
    }


def _green_mortgage() -> dict[str, Any]:
    """A mortgage priced by LTV over the 5-year LPR, repricing on each anniversary."""
    loan = _loan(
        S.MORTGAGE,
        lpr=LprTenor.FIVE_YEAR,
        spread=-30,
        amounts=("100000", "1000000", "10000000"),
        terms=(60, 360, 360),
        collateral=True,
        ltv="80",
    )["loan"]
    loan = {k: v for k, v in loan.items() if k not in ("fixed_rate", "spread_bps")}
    loan["repricing"] = Repricing.ANNIVERSARY
    loan["interest"] = {"day_count": DayCount.ACT_360}
    loan["rate_tiers"] = [
        {"bands": [_band(TierUnit.LTV_PERCENT, "0", "60")], "spread_bps": -45},
        {"bands": [_band(TierUnit.LTV_PERCENT, "60", None)], "spread_bps": -30},
    ]
    return {"loan": loan}


def _instalment_loan() -> dict[str, Any]:
    """A consumer instalment loan: a low nominal rate by term plus a monthly fee."""
    loan = _loan(
        S.CONSUMER,
        lpr=None,
        fixed="2.0000",
        amounts=("3000", "12000", "200000"),
        terms=(3, 12, 36),
        collateral=False,
    )["loan"]
    loan = {k: v for k, v in loan.items() if k not in ("fixed_rate", "spread_bps")}
    loan["repayment_methods"] = [RepaymentMethod.EQUAL_INSTALLMENT]
    loan["interest"] = {"day_count": DayCount.ACT_360}
    loan["rate_tiers"] = [
        {"bands": [_band(TierUnit.TERM_MONTHS, "3", "12")], "rate": D("2.20")},
        {"bands": [_band(TierUnit.TERM_MONTHS, "12", None)], "rate": D("2.00")},
    ]
    return {"loan": loan}


def _card(
    tier: CardTier,
    fee: str,
    limits: tuple[str, str],
    *,
    brand: str | None = None,
    benefits: list[str] | None = None,
    multipliers: list[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    return {
        "creditCard": {
            "tier": tier,
            "partner_brand": brand,
            "annual_fee": D(fee),
            "annual_fee_waivers": _card_waivers(D(fee)),
            "instalment": {
                "periods": [3, 6, 12, 24],
                "monthly_fee_rate": D("0.6000") if tier == CardTier.CLASSIC else D("0.5500"),
                "minimum_payment_rate": D("10"),
                "minimum_payment_floor": D("100.00"),
            },
            "interest_free_days_max": 56 if tier != CardTier.CLASSIC else 50,
            "interest_rate": D("18.2500"),
            "points_per_yuan": D("1"),
            "category_multipliers": [
                {"category": c, "multiplier": D(m)} for c, m in multipliers or []
            ],
            "credit_limit_min": D(limits[0]),
            "credit_limit_max": D(limits[1]),
            "cash_advance_fee_rate": D("1.0000"),
            "cash_advance_fee_min": D("10.00"),
            "benefits": benefits or [],
        }
    }


def _wealth(
    low: str,
    high: str,
    *,
    open_ended: bool,
    days: int | None,
    minimum: str,
    private: bool = False,
    mgmt: str = "0.30",
) -> dict[str, Any]:
    return {
        "wealth": {
            "benchmark_min": D(low),
            "benchmark_max": D(high),
            "open_ended": open_ended,
            "term_days": days,
            "minimum_investment": D(minimum),
            "subscription_fee_rate": D("0"),
            "management_fee_rate": D(mgmt),
            "custody_fee_rate": D("0.0200"),
            "offering": Offering.PRIVATE if private else Offering.PUBLIC,
            "cooling_off_hours": 24 if private else 0,
        }
    }


def _fx(
    subtype: ProductSubtype, pairs: list[str], spread: int, minimum: str, **extra: Any
) -> dict[str, Any]:
    data = {
        "currency_pairs": pairs,
        "spread_bps": spread,
        "minimum_amount": D(minimum),
        "trading_hours": "09:00-23:00" if subtype != S.STRUCTURED_DEPOSIT else "09:00-17:00",
        "tenors": [],
        "premium_rate": None,
        "linked_pair": None,
        "principal_protected": None,
        "yield_min": None,
        "yield_max": None,
    }
    data.update(extra)
    return {"fx": data}


def _metal(
    subtype: ProductSubtype,
    metal: Metal,
    unit: MetalUnit,
    purity: str,
    spread: str,
    minimum: str,
    leverage: str = "1",
) -> dict[str, Any]:
    return {
        "preciousMetal": {
            "metal": metal,
            "unit": unit,
            "purity": D(purity),
            "spread": D(spread),
            "minimum_trade_units": D(minimum),
            "physical_delivery": subtype == S.PHYSICAL_GOLD,
            "leverage": D(leverage),
        }
    }


def catalogue() -> list[dict[str, Any]]:
    """The demo products: common fields plus terms, and the status each should end in."""
    p: list[dict[str, Any]] = []

    def add(
        code: str,
        zh: str,
        en: str,
        family: ProductFamily,
        subtype: ProductSubtype,
        risk: RiskLevel,
        terms: dict[str, Any],
        *,
        status: ProductStatus = ProductStatus.ON_SALE,
        currency: str = "CNY",
        channels: list[Channel] | None = None,
        eligibility: dict[str, Any] | None = None,
        min_amount: str | None = None,
        max_amount: str | None = None,
        quota: str | None = None,
        fees: list[dict[str, Any]] | None = None,
        highlights: list[str] | None = None,
        tags: list[str] | None = None,
        description: str = "",
        target: str = "",
    ) -> None:
        p.append(
            {
                "fields": {
                    "code": code,
                    "name_zh": zh,
                    "name_en": en,
                    "family": family,
                    "subtype": subtype,
                    "currency": currency,
                    "risk_level": risk,
                    "description": description or f"**{zh}**\n\n{en}.",
                    "highlights": highlights or [],
                    "target_customers": target,
                    "eligibility": eligibility or _eligibility(),
                    "channels": _channels(channels or ALL_CHANNELS),
                    "sales_start": date(2026, 1, 1),
                    "sales_end": None,
                    "quota_total": D(quota) if quota else None,
                    "min_amount": D(min_amount) if min_amount else None,
                    "max_amount": D(max_amount) if max_amount else None,
                    "fees": fees or [],
                    "tags": tags or [],
                },
                "terms": terms,
                "status": status,
            }
        )

    # deposits (存款)
    add(
        "DEP-DM-STD",
        "个人活期储蓄存款",
        "Personal Demand Savings",
        F.DEPOSIT,
        S.DEMAND,
        RiskLevel.R1,
        _deposit(S.DEMAND, D("0.0500"), [], "1"),
        channels=ALL_CHANNELS + [Channel.ATM],
        highlights=["随存随取", "按季结息"],
        tags=["基础账户"],
    )
    add(
        "DEP-DM-SALARY",
        "薪享活期（代发工资户）",
        "Salary Demand Deposit",
        F.DEPOSIT,
        S.DEMAND,
        RiskLevel.R1,
        _deposit(S.DEMAND, D("0.1000"), [], "1"),
        highlights=["代发工资客户专享", "免小额账户管理费"],
    )
    add(
        "DEP-DM-CORP",
        "单位活期存款",
        "Corporate Demand Deposit",
        F.DEPOSIT,
        S.DEMAND,
        RiskLevel.R1,
        _deposit(S.DEMAND, D("0.1500"), [], "1000"),
        channels=[Channel.COUNTER, Channel.ONLINE_BANKING],
        eligibility=_eligibility(corporate=True),
        fees=[_fee(FeeType.ACCOUNT, amount="100.00", frequency=FeeFrequency.ANNUAL)],
    )
    for i, (year, base) in enumerate(
        [("2026A", D("1.3000")), ("2026B", D("1.2500")), ("2026C", D("1.2000"))]
    ):
        add(
            f"DEP-TD-{year}",
            f"整存整取定期存款（{year}期）",
            f"Time Deposit {year}",
            F.DEPOSIT,
            S.TIME,
            RiskLevel.R1,
            _deposit(S.TIME, base, [3, 6, 12, 24, 36, 60], "50"),
            highlights=["本金安全", "到期自动转存"],
            tags=["定期"],
            status=ProductStatus.ON_SALE if i < 2 else ProductStatus.DRAFT,
        )
    add(
        "DEP-TD-SENIOR",
        "颐享定期（老年客户专享）",
        "Senior Time Deposit",
        F.DEPOSIT,
        S.TIME,
        RiskLevel.R1,
        _deposit(S.TIME, D("1.3500"), [12, 24, 36], "10000"),
        eligibility=_eligibility(55),
        channels=[Channel.COUNTER],
        highlights=["55 周岁以上客户专享"],
    )
    add(
        "DEP-CD-2026-01",
        "2026年第1期个人大额存单",
        "2026 No.1 Personal Large CD",
        F.DEPOSIT,
        S.LARGE_CD,
        RiskLevel.R1,
        _deposit(S.LARGE_CD, D("1.5500"), [12, 24, 36], "200000"),
        quota="2000000000.00",
        min_amount="200000.00",
        highlights=["20 万元起存", "可转让"],
        tags=["大额存单"],
    )
    add(
        "DEP-CD-2026-02",
        "2026年第2期个人大额存单",
        "2026 No.2 Personal Large CD",
        F.DEPOSIT,
        S.LARGE_CD,
        RiskLevel.R1,
        _deposit(S.LARGE_CD, D("1.5000"), [36, 60], "200000"),
        quota="1500000000.00",
        min_amount="200000.00",
        status=ProductStatus.PENDING_REVIEW,
    )
    add(
        "DEP-CD-CORP-2026",
        "2026年单位大额存单",
        "2026 Corporate Large CD",
        F.DEPOSIT,
        S.LARGE_CD,
        RiskLevel.R1,
        _deposit(S.LARGE_CD, D("1.4500"), [6, 12, 36], "10000000"),
        eligibility=_eligibility(corporate=True),
        min_amount="10000000.00",
        quota="5000000000.00",
    )

    # loans (贷款)
    add(
        "LN-MTG-FIRST",
        "个人住房按揭贷款（首套）",
        "First-Home Mortgage",
        F.LOAN,
        S.MORTGAGE,
        RiskLevel.R2,
        _loan(
            S.MORTGAGE,
            lpr=LprTenor.FIVE_YEAR,
            spread=-45,
            amounts=("100000", "1000000", "10000000"),
            terms=(12, 360, 360),
            collateral=True,
            ltv="80",
        ),
        channels=[Channel.COUNTER, Channel.MOBILE_BANKING],
        eligibility=_eligibility(18, 70, "60000"),
        fees=[_fee(FeeType.EARLY_REPAYMENT, rate="1.0000")],
        highlights=["LPR-45BP", "最长 30 年"],
    )
    add(
        "LN-MTG-SECOND",
        "个人住房按揭贷款（二套）",
        "Second-Home Mortgage",
        F.LOAN,
        S.MORTGAGE,
        RiskLevel.R2,
        _loan(
            S.MORTGAGE,
            lpr=LprTenor.FIVE_YEAR,
            spread=-25,
            amounts=("100000", "1500000", "10000000"),
            terms=(12, 300, 360),
            collateral=True,
            ltv="70",
        ),
        channels=[Channel.COUNTER],
    )
    add(
        "LN-MTG-COMBO",
        "公积金组合贷款",
        "Housing-Fund Combination Loan",
        F.LOAN,
        S.MORTGAGE,
        RiskLevel.R2,
        _loan(
            S.MORTGAGE,
            lpr=LprTenor.FIVE_YEAR,
            spread=-40,
            amounts=("50000", "800000", "5000000"),
            terms=(12, 300, 360),
            collateral=True,
            ltv="80",
        ),
        channels=[Channel.COUNTER],
        status=ProductStatus.APPROVED,
    )
    add(
        "LN-AUTO-NEV",
        "新能源汽车消费贷款",
        "New-Energy Vehicle Loan",
        F.LOAN,
        S.AUTO,
        RiskLevel.R2,
        _loan(
            S.AUTO,
            lpr=None,
            fixed="3.2000",
            amounts=("30000", "150000", "800000"),
            terms=(12, 36, 60),
            collateral=True,
            ltv="80",
        ),
        highlights=["新能源车专享利率", "最快当天放款"],
    )
    add(
        "LN-AUTO-USED",
        "二手车消费贷款",
        "Used-Car Loan",
        F.LOAN,
        S.AUTO,
        RiskLevel.R3,
        _loan(
            S.AUTO,
            lpr=None,
            fixed="4.8000",
            amounts=("20000", "80000", "500000"),
            terms=(12, 36, 60),
            collateral=True,
            ltv="70",
        ),
        status=ProductStatus.SUSPENDED,
    )
    add(
        "LN-AUTO-DEALER",
        "汽车经销商合作贷",
        "Dealer Partnership Auto Loan",
        F.LOAN,
        S.AUTO,
        RiskLevel.R2,
        _loan(
            S.AUTO,
            lpr=LprTenor.ONE_YEAR,
            spread=50,
            amounts=("30000", "200000", "1000000"),
            terms=(12, 36, 60),
            collateral=True,
            ltv="80",
        ),
        channels=[Channel.PARTNER],
    )
    add(
        "LN-CON-QUICK",
        "快e贷（个人信用消费贷款）",
        "Quick e-Loan",
        F.LOAN,
        S.CONSUMER,
        RiskLevel.R3,
        _loan(
            S.CONSUMER,
            lpr=None,
            fixed="3.4500",
            amounts=("1000", "50000", "300000"),
            terms=(1, 12, 36),
            collateral=False,
        ),
        channels=[Channel.MOBILE_BANKING, Channel.ONLINE_BANKING],
        eligibility=_eligibility(22, 60, "50000"),
        quota="5000000000.00",
        highlights=["纯信用", "随借随还"],
    )
    add(
        "LN-CON-RENO",
        "家装分期贷款",
        "Home Renovation Loan",
        F.LOAN,
        S.CONSUMER,
        RiskLevel.R3,
        _loan(
            S.CONSUMER,
            lpr=None,
            fixed="3.8000",
            amounts=("10000", "100000", "500000"),
            terms=(6, 36, 60),
            collateral=False,
        ),
    )
    add(
        "LN-CON-EDU",
        "教育分期贷款",
        "Education Instalment Loan",
        F.LOAN,
        S.CONSUMER,
        RiskLevel.R3,
        _loan(
            S.CONSUMER,
            lpr=None,
            fixed="4.2000",
            amounts=("5000", "50000", "200000"),
            terms=(6, 24, 48),
            collateral=False,
        ),
        status=ProductStatus.OFFLINE,
    )
    add(
        "LN-WC-SME",
        "小微企业流动资金贷款",
        "SME Working-Capital Loan",
        F.LOAN,
        S.WORKING_CAPITAL,
        RiskLevel.R3,
        _loan(
            S.WORKING_CAPITAL,
            lpr=LprTenor.ONE_YEAR,
            spread=35,
            amounts=("100000", "3000000", "10000000"),
            terms=(3, 12, 36),
            collateral=False,
        ),
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER, Channel.ONLINE_BANKING],
        tags=["普惠金融"],
    )
    add(
        "LN-WC-TAX",
        "税e贷（纳税信用贷）",
        "Tax-Credit Business Loan",
        F.LOAN,
        S.WORKING_CAPITAL,
        RiskLevel.R3,
        _loan(
            S.WORKING_CAPITAL,
            lpr=LprTenor.ONE_YEAR,
            spread=65,
            amounts=("50000", "1000000", "3000000"),
            terms=(3, 12, 12),
            collateral=False,
        ),
        eligibility=_eligibility(corporate=True),
    )
    add(
        "LN-WC-SUPPLY",
        "供应链应收账款融资",
        "Supply-Chain Receivables Finance",
        F.LOAN,
        S.WORKING_CAPITAL,
        RiskLevel.R3,
        _loan(
            S.WORKING_CAPITAL,
            lpr=LprTenor.ONE_YEAR,
            spread=40,
            amounts=("500000", "5000000", "50000000"),
            terms=(1, 6, 12),
            collateral=True,
            ltv="90",
        ),
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER, Channel.PARTNER],
    )
    add(
        "LN-FA-PROJECT",
        "项目固定资产贷款",
        "Project Fixed-Asset Loan",
        F.LOAN,
        S.FIXED_ASSET,
        RiskLevel.R4,
        _loan(
            S.FIXED_ASSET,
            lpr=LprTenor.FIVE_YEAR,
            spread=20,
            amounts=("5000000", "50000000", "500000000"),
            terms=(36, 96, 180),
            collateral=True,
            ltv="70",
        ),
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER],
    )
    add(
        "LN-FA-EQUIP",
        "设备购置贷款",
        "Equipment Purchase Loan",
        F.LOAN,
        S.FIXED_ASSET,
        RiskLevel.R3,
        _loan(
            S.FIXED_ASSET,
            lpr=LprTenor.FIVE_YEAR,
            spread=30,
            amounts=("1000000", "5000000", "30000000"),
            terms=(12, 60, 120),
            collateral=True,
            ltv="60",
        ),
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER],
    )
    add(
        "LN-FA-GREEN",
        "绿色技改固定资产贷款",
        "Green Retrofit Fixed-Asset Loan",
        F.LOAN,
        S.FIXED_ASSET,
        RiskLevel.R3,
        _loan(
            S.FIXED_ASSET,
            lpr=LprTenor.FIVE_YEAR,
            spread=-10,
            amounts=("1000000", "20000000", "200000000"),
            terms=(24, 84, 144),
            collateral=True,
            ltv="70",
        ),
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER],
        tags=["绿色金融"],
        status=ProductStatus.DRAFT,
    )

    # credit cards (信用卡)
    add(
        "CC-STD-CLASSIC",
        "标准信用卡（普卡）",
        "Classic Credit Card",
        F.CREDIT_CARD,
        S.STANDARD,
        RiskLevel.R2,
        _card(CardTier.CLASSIC, "100", ("1000", "30000")),
        eligibility=_eligibility(18, 65, "30000"),
        channels=ALL_CHANNELS + [Channel.PARTNER],
        fees=[_fee(FeeType.ANNUAL, amount="100.00", frequency=FeeFrequency.ANNUAL)],
    )
    add(
        "CC-STD-GOLD",
        "标准信用卡（金卡）",
        "Gold Credit Card",
        F.CREDIT_CARD,
        S.STANDARD,
        RiskLevel.R2,
        _card(CardTier.GOLD, "200", ("10000", "80000")),
        eligibility=_eligibility(18, 65, "80000"),
    )
    add(
        "CC-STD-YOUNG",
        "青春卡",
        "Youth Card",
        F.CREDIT_CARD,
        S.STANDARD,
        RiskLevel.R2,
        _card(
            CardTier.CLASSIC, "0", ("1000", "20000"), multipliers=[("网购", "2"), ("视频会员", "3")]
        ),
        eligibility=_eligibility(18, 30),
        channels=[Channel.MOBILE_BANKING],
    )
    add(
        "CC-CO-AIR",
        "东方航空联名信用卡",
        "China Eastern Co-branded Card",
        F.CREDIT_CARD,
        S.CO_BRANDED,
        RiskLevel.R2,
        _card(
            CardTier.GOLD,
            "480",
            ("10000", "100000"),
            brand="中国东方航空",
            benefits=["里程累积", "机场贵宾厅 2 次/年"],
            multipliers=[("航空", "3")],
        ),
    )
    add(
        "CC-CO-ECOM",
        "京东联名信用卡",
        "JD.com Co-branded Card",
        F.CREDIT_CARD,
        S.CO_BRANDED,
        RiskLevel.R2,
        _card(
            CardTier.CLASSIC, "0", ("2000", "50000"), brand="京东", multipliers=[("京东商城", "5")]
        ),
        channels=[Channel.MOBILE_BANKING, Channel.PARTNER],
    )
    add(
        "CC-CO-TRAVEL",
        "携程旅行联名卡",
        "Trip.com Co-branded Card",
        F.CREDIT_CARD,
        S.CO_BRANDED,
        RiskLevel.R2,
        _card(
            CardTier.PLATINUM,
            "880",
            ("30000", "150000"),
            brand="携程",
            benefits=["酒店会员升级", "境外消费返现"],
        ),
        status=ProductStatus.PENDING_REVIEW,
    )
    add(
        "CC-PR-PLAT",
        "白金信用卡",
        "Platinum Card",
        F.CREDIT_CARD,
        S.PREMIUM,
        RiskLevel.R2,
        _card(
            CardTier.PLATINUM,
            "2000",
            ("50000", "300000"),
            benefits=["机场贵宾厅无限次", "高尔夫 6 次/年", "道路救援"],
        ),
        eligibility=_eligibility(25, 65, "300000"),
    )
    add(
        "CC-PR-DIAMOND",
        "钻石信用卡",
        "Diamond Card",
        F.CREDIT_CARD,
        S.PREMIUM,
        RiskLevel.R2,
        _card(
            CardTier.DIAMOND,
            "10000",
            ("200000", "1000000"),
            benefits=["私人管家", "全球贵宾厅", "高尔夫无限次"],
        ),
        eligibility=_eligibility(30, 70, "1000000"),
        channels=[Channel.COUNTER],
    )
    add(
        "CC-PR-BIZ",
        "商务白金卡",
        "Business Platinum Card",
        F.CREDIT_CARD,
        S.PREMIUM,
        RiskLevel.R2,
        _card(
            CardTier.PLATINUM,
            "1200",
            ("50000", "500000"),
            benefits=["差旅保险", "机场贵宾厅 12 次/年"],
        ),
        eligibility=_eligibility(25, 65, "200000"),
    )

    # wealth (理财)
    add(
        "WM-MM-DAILY",
        "天天利现金管理理财",
        "Daily Cash Management",
        F.WEALTH,
        S.MONEY_MARKET,
        RiskLevel.R1,
        _wealth("1.6000", "2.1000", open_ended=True, days=None, minimum="1"),
        min_amount="1.00",
        highlights=["T+0 快速赎回", "1 元起购"],
        tags=["现金管理"],
    )
    add(
        "WM-MM-PLUS",
        "朝朝盈现金管理 Plus",
        "Cash Management Plus",
        F.WEALTH,
        S.MONEY_MARKET,
        RiskLevel.R1,
        _wealth("1.7000", "2.2000", open_ended=True, days=None, minimum="100"),
        min_amount="100.00",
    )
    add(
        "WM-MM-CORP",
        "单位现金管理理财",
        "Corporate Cash Management",
        F.WEALTH,
        S.MONEY_MARKET,
        RiskLevel.R1,
        _wealth("1.8000", "2.3000", open_ended=True, days=None, minimum="100000"),
        eligibility=_eligibility(corporate=True),
    )
    add(
        "WM-BD-90D",
        "稳健固收 90 天持有期",
        "Steady Bond 90-Day",
        F.WEALTH,
        S.BOND,
        RiskLevel.R2,
        _wealth("2.3000", "3.0000", open_ended=False, days=90, minimum="10000"),
        min_amount="10000.00",
        quota="3000000000.00",
        fees=[_fee(FeeType.MANAGEMENT, rate="0.3000", frequency=FeeFrequency.ANNUAL)],
    )
    add(
        "WM-BD-180D",
        "稳健固收 180 天持有期",
        "Steady Bond 180-Day",
        F.WEALTH,
        S.BOND,
        RiskLevel.R2,
        _wealth("2.5000", "3.3000", open_ended=False, days=180, minimum="10000"),
        quota="2000000000.00",
    )
    add(
        "WM-BD-1Y",
        "纯债一年定开",
        "Pure Bond 1-Year",
        F.WEALTH,
        S.BOND,
        RiskLevel.R2,
        _wealth("2.8000", "3.6000", open_ended=False, days=365, minimum="10000"),
        status=ProductStatus.APPROVED,
    )
    add(
        "WM-MX-BAL",
        "平衡增利一年定开",
        "Balanced Growth 1-Year",
        F.WEALTH,
        S.MIXED,
        RiskLevel.R3,
        _wealth("3.0000", "5.0000", open_ended=False, days=365, minimum="10000", mgmt="0.80"),
        eligibility=_eligibility(18, 70),
    )
    add(
        "WM-MX-FOF",
        "多元配置 FOF",
        "Multi-Asset FOF",
        F.WEALTH,
        S.MIXED,
        RiskLevel.R3,
        _wealth("3.5000", "6.0000", open_ended=True, days=None, minimum="50000", mgmt="1.00"),
    )
    add(
        "WM-MX-PVT",
        "私享混合策略（私募）",
        "Private Mixed Strategy",
        F.WEALTH,
        S.MIXED,
        RiskLevel.R4,
        _wealth(
            "4.0000",
            "8.0000",
            open_ended=False,
            days=730,
            minimum="1000000",
            private=True,
            mgmt="1.50",
        ),
        channels=[Channel.COUNTER],
        eligibility=_eligibility(18, 75, "500000"),
        min_amount="1000000.00",
    )
    add(
        "WM-EQ-SEL",
        "权益精选",
        "Equity Select",
        F.WEALTH,
        S.EQUITY,
        RiskLevel.R4,
        _wealth("5.0000", "12.0000", open_ended=True, days=None, minimum="10000", mgmt="1.20"),
    )
    add(
        "WM-EQ-TECH",
        "科技创新主题权益",
        "Tech Innovation Equity",
        F.WEALTH,
        S.EQUITY,
        RiskLevel.R5,
        _wealth(
            "6.0000",
            "15.0000",
            open_ended=False,
            days=1095,
            minimum="1000000",
            private=True,
            mgmt="1.50",
        ),
        channels=[Channel.COUNTER],
        min_amount="1000000.00",
    )
    add(
        "WM-EQ-DIV",
        "红利低波权益",
        "Dividend Low-Vol Equity",
        F.WEALTH,
        S.EQUITY,
        RiskLevel.R4,
        _wealth("4.5000", "10.0000", open_ended=True, days=None, minimum="10000", mgmt="1.00"),
        status=ProductStatus.SUSPENDED,
    )

    # FX (外汇)
    add(
        "FX-SPOT-RETAIL",
        "个人结售汇",
        "Personal FX Conversion",
        F.FX,
        S.SPOT,
        RiskLevel.R1,
        _fx(S.SPOT, ["USD/CNY", "EUR/CNY", "HKD/CNY", "JPY/CNY", "GBP/CNY"], 50, "100"),
        eligibility=_eligibility(),
        currency="USD",
    )
    add(
        "FX-SPOT-TRADE",
        "外汇买卖（实盘）",
        "Spot FX Trading",
        F.FX,
        S.SPOT,
        RiskLevel.R3,
        _fx(S.SPOT, ["EUR/USD", "GBP/USD", "USD/JPY", "AUD/USD"], 15, "50"),
        currency="USD",
        channels=[Channel.MOBILE_BANKING, Channel.ONLINE_BANKING],
    )
    add(
        "FX-SPOT-CORP",
        "企业即期结售汇",
        "Corporate Spot FX",
        F.FX,
        S.SPOT,
        RiskLevel.R2,
        _fx(S.SPOT, ["USD/CNY", "EUR/CNY"], 20, "10000"),
        currency="USD",
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER, Channel.ONLINE_BANKING],
    )
    add(
        "FX-OPT-USDCNY",
        "外汇期权（美元/人民币）",
        "USD/CNY FX Option",
        F.FX,
        S.OPTION,
        RiskLevel.R4,
        _fx(
            S.OPTION,
            ["USD/CNY"],
            30,
            "50000",
            tenors=["1W", "1M", "3M", "6M", "1Y"],
            premium_rate=D("1.2000"),
        ),
        currency="USD",
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER],
    )
    add(
        "FX-OPT-EURUSD",
        "外汇期权（欧元/美元）",
        "EUR/USD FX Option",
        F.FX,
        S.OPTION,
        RiskLevel.R4,
        _fx(
            S.OPTION, ["EUR/USD"], 25, "50000", tenors=["1M", "3M", "6M"], premium_rate=D("1.5000")
        ),
        currency="EUR",
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER],
    )
    add(
        "FX-OPT-CORP-HEDGE",
        "企业汇率避险期权组合",
        "Corporate FX Hedge Options",
        F.FX,
        S.OPTION,
        RiskLevel.R4,
        _fx(
            S.OPTION,
            ["USD/CNY", "EUR/CNY"],
            30,
            "100000",
            tenors=["3M", "6M", "1Y"],
            premium_rate=D("1.0000"),
        ),
        currency="USD",
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER],
        status=ProductStatus.DRAFT,
    )
    add(
        "FX-SD-USD-90",
        "汇率挂钩结构性存款（美元 90 天）",
        "FX-Linked Structured Deposit 90D",
        F.FX,
        S.STRUCTURED_DEPOSIT,
        RiskLevel.R2,
        _fx(
            S.STRUCTURED_DEPOSIT,
            ["EUR/USD"],
            0,
            "1000",
            linked_pair="EUR/USD",
            principal_protected=True,
            yield_min=D("1.0000"),
            yield_max=D("4.2000"),
        ),
        currency="USD",
        quota="100000000.00",
    )
    add(
        "FX-SD-CNY-180",
        "人民币结构性存款（挂钩美元/人民币）",
        "CNY Structured Deposit 180D",
        F.FX,
        S.STRUCTURED_DEPOSIT,
        RiskLevel.R2,
        _fx(
            S.STRUCTURED_DEPOSIT,
            ["USD/CNY"],
            0,
            "50000",
            linked_pair="USD/CNY",
            principal_protected=True,
            yield_min=D("1.2000"),
            yield_max=D("2.8000"),
        ),
        quota="500000000.00",
        min_amount="50000.00",
    )
    add(
        "FX-SD-AUD-365",
        "澳元结构性存款",
        "AUD Structured Deposit 1Y",
        F.FX,
        S.STRUCTURED_DEPOSIT,
        RiskLevel.R3,
        _fx(
            S.STRUCTURED_DEPOSIT,
            ["AUD/USD"],
            0,
            "5000",
            linked_pair="AUD/USD",
            principal_protected=False,
            yield_min=D("0.5000"),
            yield_max=D("5.5000"),
        ),
        currency="AUD",
    )

    # precious metals (贵金属)
    add(
        "PM-PG-BAR-50G",
        "如意金条 50 克",
        "Ruyi Gold Bar 50g",
        F.PRECIOUS_METAL,
        S.PHYSICAL_GOLD,
        RiskLevel.R2,
        _metal(S.PHYSICAL_GOLD, Metal.GOLD, MetalUnit.GRAM, "99.99", "12.00", "50"),
        channels=[Channel.COUNTER],
        fees=[_fee(FeeType.OTHER, amount="15.00")],
    )
    add(
        "PM-PG-ZODIAC",
        "2026 马年生肖金",
        "2026 Year of the Horse Gold",
        F.PRECIOUS_METAL,
        S.PHYSICAL_GOLD,
        RiskLevel.R2,
        _metal(S.PHYSICAL_GOLD, Metal.GOLD, MetalUnit.GRAM, "99.9", "35.00", "10"),
        channels=[Channel.COUNTER, Channel.MOBILE_BANKING],
        quota="20000000.00",
    )
    add(
        "PM-PG-SILVER",
        "熊猫银币",
        "Panda Silver Coin",
        F.PRECIOUS_METAL,
        S.PHYSICAL_GOLD,
        RiskLevel.R2,
        _metal(S.PHYSICAL_GOLD, Metal.SILVER, MetalUnit.GRAM, "99.9", "1.20", "30"),
        channels=[Channel.COUNTER],
    )
    add(
        "PM-PAPER-CNY",
        "人民币账户金",
        "CNY Paper Gold",
        F.PRECIOUS_METAL,
        S.PAPER_GOLD,
        RiskLevel.R3,
        _metal(S.PAPER_GOLD, Metal.GOLD, MetalUnit.GRAM, "99.99", "0.80", "1"),
        channels=[Channel.MOBILE_BANKING, Channel.ONLINE_BANKING],
    )
    add(
        "PM-PAPER-USD",
        "美元账户金",
        "USD Paper Gold",
        F.PRECIOUS_METAL,
        S.PAPER_GOLD,
        RiskLevel.R3,
        _metal(S.PAPER_GOLD, Metal.GOLD, MetalUnit.OUNCE, "99.99", "0.60", "0.1"),
        currency="USD",
        channels=[Channel.MOBILE_BANKING],
    )
    add(
        "PM-PAPER-AG",
        "人民币账户白银",
        "CNY Paper Silver",
        F.PRECIOUS_METAL,
        S.PAPER_GOLD,
        RiskLevel.R3,
        _metal(S.PAPER_GOLD, Metal.SILVER, MetalUnit.GRAM, "99.99", "0.05", "100"),
        channels=[Channel.MOBILE_BANKING],
    )
    add(
        "PM-FUT-AUTD",
        "黄金延期交收 Au(T+D)",
        "Gold Deferred Au(T+D)",
        F.PRECIOUS_METAL,
        S.GOLD_FUTURES,
        RiskLevel.R5,
        _metal(S.GOLD_FUTURES, Metal.GOLD, MetalUnit.GRAM, "99.95", "0.20", "1000", "12.5"),
        channels=[Channel.ONLINE_BANKING, Channel.MOBILE_BANKING],
        eligibility=_eligibility(18, 70, "100000"),
    )
    add(
        "PM-FUT-AGTD",
        "白银延期交收 Ag(T+D)",
        "Silver Deferred Ag(T+D)",
        F.PRECIOUS_METAL,
        S.GOLD_FUTURES,
        RiskLevel.R5,
        _metal(S.GOLD_FUTURES, Metal.SILVER, MetalUnit.GRAM, "99.99", "0.01", "1000", "10"),
        channels=[Channel.ONLINE_BANKING],
    )
    add(
        "PM-FUT-MINI",
        "迷你黄金延期 mAu(T+D)",
        "Mini Gold Deferred",
        F.PRECIOUS_METAL,
        S.GOLD_FUTURES,
        RiskLevel.R5,
        _metal(S.GOLD_FUTURES, Metal.GOLD, MetalUnit.GRAM, "99.95", "0.20", "100", "10"),
        channels=[Channel.MOBILE_BANKING],
        status=ProductStatus.OFFLINE,
    )
    add(
        "PM-OPT-CALL",
        "黄金看涨期权",
        "Gold Call Option",
        F.PRECIOUS_METAL,
        S.GOLD_OPTION,
        RiskLevel.R5,
        _metal(S.GOLD_OPTION, Metal.GOLD, MetalUnit.GRAM, "99.99", "0.50", "100", "5"),
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER],
    )
    add(
        "PM-OPT-PUT",
        "黄金看跌期权",
        "Gold Put Option",
        F.PRECIOUS_METAL,
        S.GOLD_OPTION,
        RiskLevel.R5,
        _metal(S.GOLD_OPTION, Metal.GOLD, MetalUnit.GRAM, "99.99", "0.50", "100", "5"),
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER],
    )
    add(
        "PM-OPT-HEDGE",
        "贵金属套期保值期权",
        "Precious-Metal Hedge Option",
        F.PRECIOUS_METAL,
        S.GOLD_OPTION,
        RiskLevel.R5,
        _metal(S.GOLD_OPTION, Metal.PLATINUM, MetalUnit.OUNCE, "99.95", "2.00", "10", "8"),
        eligibility=_eligibility(corporate=True),
        channels=[Channel.COUNTER],
        status=ProductStatus.PENDING_REVIEW,
    )
    # shape-2 terms in full: banded tiers, bonus rates, notice, LTV pricing, fees in the APR
    add(
        "DEP-TD-STEP",
        "步步高阶梯定期存款",
        "Step-Up Tiered Time Deposit",
        F.DEPOSIT,
        S.TIME,
        RiskLevel.R1,
        _step_deposit(),
        highlights=["分档计息：每一档金额按本档利率", "新资金、代发工资客户加息"],
        tags=["定期", "阶梯"],
    )
    add(
        "DEP-NT-PERSONAL",
        "个人通知存款",
        "Personal Notice Deposit",
        F.DEPOSIT,
        S.NOTICE,
        RiskLevel.R1,
        _notice_deposit(),
        min_amount="50000.00",
        highlights=["1 天或 7 天通知", "5 万元起存"],
    )
    add(
        "LN-MTG-GREEN",
        "绿色建筑住房按揭贷款",
        "Green-Building Mortgage",
        F.LOAN,
        S.MORTGAGE,
        RiskLevel.R2,
        _green_mortgage(),
        highlights=["按抵押率分档定价", "每年贷款发放日对应日重定价"],
    )
    add(
        "LN-CON-INST",
        "安居分期贷款",
        "Home Furnishing Instalment Loan",
        F.LOAN,
        S.CONSUMER,
        RiskLevel.R3,
        _instalment_loan(),
        channels=[Channel.MOBILE_BANKING, Channel.ONLINE_BANKING],
        fees=[
            {
                **_fee(FeeType.INSTALMENT, rate="0.2000", frequency=FeeFrequency.MONTHLY),
                "charged_on": FeeChargeBase.DISBURSED_AMOUNT,
            },
            {
                **_fee(FeeType.LATE_PAYMENT, rate="5.0000", frequency=FeeFrequency.MONTHLY),
                "charged_on": FeeChargeBase.OVERDUE_AMOUNT,
                "min_amount": D("10.00"),
                "note": "逾期当期按逾期金额收取",
            },
        ],
        highlights=["月手续费率 0.20%", "年化利率以页面展示为准"],
    )
    return p


#: Products the bank has sold for years (the demo's oldest accounts were opened on them); the
#: others were launched in 2025, and the "2026" issues on New Year's Day 2026.
LONG_STANDING = frozenset(
    {
        "DEP-DM-STD",
        "DEP-DM-SALARY",
        "DEP-DM-CORP",
        "CC-STD-CLASSIC",
        "CC-STD-GOLD",
        "CC-CO-AIR",
        "CC-PR-PLAT",
        "LN-MTG-FIRST",
        "LN-WC-SME",
    }
)
LONG_STANDING_LAUNCH = date(2012, 1, 1)
NEW_YEAR_2026 = date(2026, 1, 1)


def launch_date(code: str, rng: random.Random) -> date:
    """When a demo product was created and put on sale (its sales start)."""
    drawn = date(2025, 3, 1) + timedelta(days=rng.randint(0, 200))
    if code in LONG_STANDING:
        return LONG_STANDING_LAUNCH
    return NEW_YEAR_2026 if "2026" in code else drawn


#: The path a product takes from DRAFT to each final status.
PATHS = {
    ProductStatus.DRAFT: [],
    ProductStatus.PENDING_REVIEW: ["submit"],
    ProductStatus.APPROVED: ["submit", "approve"],
    ProductStatus.ON_SALE: ["submit", "approve", "launch"],
    ProductStatus.SUSPENDED: ["submit", "approve", "launch", "suspend"],
    ProductStatus.OFFLINE: ["submit", "approve", "launch", "take_offline"],
}
REASONS = {"suspend": "风险排查：暂停销售", "take_offline": "产品到期，停止销售"}


def _pdf(title: str) -> bytes:
    """A small, valid one-page PDF carrying a title."""
    text = title.encode("ascii", "replace").decode()
    body = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


async def load(*, pm: Actor, risk: Actor, settings: Settings) -> int:
    """Create the demo products through the services (so they are validated and audited),
    then give some of them rate history, a scheduled rate change and documents."""
    rng = random.Random(2026)
    created = 0
    for item in catalogue():
        product = await service.create_product(fields=item["fields"], terms=item["terms"], actor=pm)
        for action in PATHS[item["status"]]:
            actor = risk if action in ("approve", "suspend") else pm
            product = await lifecycle.change_status(
                product_id=product.id,
                action=action,
                expected_version=product.version,
                actor=actor,
                reason=REASONS.get(action, ""),
            )
        created += 1
        # Backdate the launch so the history reads like a real bank's: created months (or, for
        # the long-standing products, years) ago, on sale from then.
        born = launch_date(product.code, rng)
        await models.Product.filter(id=product.id).update(sales_start=born)
        await models.ProductTerms.filter(product_id=product.id).update(effective_date=born)
        await models.ProductVersion.filter(product_id=product.id).update(
            changed_at=datetime.combine(born, time(9, 30), clock.BUSINESS_TZ)
        )
        if (
            item["fields"]["family"] == ProductFamily.DEPOSIT
            and item["status"] == ProductStatus.ON_SALE
        ):
            await _rate_history(product, born)
        if (
            item["status"] in (ProductStatus.ON_SALE, ProductStatus.SUSPENDED)
            and rng.random() < 0.5
        ):
            for kind, title in (
                (DocumentKind.PROSPECTUS, "产品说明书"),
                (DocumentKind.RISK_DISCLOSURE, "风险揭示书"),
            ):
                uploaded = await documents.upload(
                    product_id=product.id,
                    kind=kind,
                    title=title,
                    filename=f"{product.code}-{kind.value.lower()}.pdf",
                    content=_pdf(f"{product.code} {kind.value}"),
                    actor=pm,
                    root=settings.documents_dir,
                    max_bytes=settings.max_upload_bytes,
                )
                if uploaded.change_request is not None:
                    # a live product's customer documents pass the checker, as any would
                    await change_requests.approve_change_request(
                        request_id=uploaded.change_request.id, note="材料已复核", actor=risk
                    )
    await schedule_rate_cut(code="DEP-TD-2026A", pm=pm, risk=risk)
    return created


def _shifted(terms: dict[str, Any], bump: str, floor: str | None = None) -> dict[str, Any]:
    """Stored deposit terms with every base rate moved by ``bump`` (kept at or above floor)."""
    tiers = []
    for tier in terms["rate_tiers"]:
        rate = D(tier["rate"]) + D(bump)
        if floor is not None:
            rate = max(rate, D(floor))
        tiers.append({**tier, "rate": str(rate.quantize(D("0.0001")))})
    return {**terms, "rate_tiers": tiers}


async def _rate_history(product: models.Product, born: date) -> None:
    """Rates as they fell: higher at launch, a cut on 2025-10-20, today's rates from 2026-05-20."""
    row = await models.ProductTerms.get(product_id=product.id)
    today = row.terms
    launch = _shifted(today, "0.10")
    await models.ProductTerms.filter(id=row.id).update(
        terms=launch, headline_rate=rules.headline_rate(ProductFamily.DEPOSIT, launch)
    )
    for bump, when in (("0.05", date(2025, 10, 20)), ("0", date(2026, 5, 20))):
        if when <= born:
            continue
        entry = _shifted(today, bump)
        await models.ProductTerms.create(
            product_id=product.id,
            effective_date=when,
            terms=entry,
            headline_rate=rules.headline_rate(ProductFamily.DEPOSIT, entry),
            reason="存款挂牌利率调整",
        )
    await models.Product.filter(id=product.id).update(
        headline_rate=rules.headline_rate(ProductFamily.DEPOSIT, today)
    )


async def schedule_rate_cut(*, code: str, pm: Actor, risk: Actor, days_ahead: int = 30) -> None:
    """A change request for a rate cut in the future, made by pm and approved by risk."""
    product = await service.get_by_code(code=code)
    if product is None:
        return
    current = (await terms_in_force(keys=[(product.id, clock.today())]))[0]
    if current is None:
        return
    terms = {"deposit": _shifted(current.terms, "-0.10", floor="0.0100")}
    request = await change_requests.create_change_request(
        product_id=product.id,
        expected_version=product.version,
        reason="跟随市场利率下调 10BP",
        effective_date=clock.today() + timedelta(days=days_ahead),
        fields=None,
        terms=terms,
        actor=pm,
    )
    await change_requests.approve_change_request(request_id=request.id, note="同意", actor=risk)


#: The LPR history the demo shows (announced on the 20th or the next business day, effective
#: that day): (day, 1-year %, 5-year and over %).
LPR_HISTORY = (
    (date(2024, 2, 20), D("3.45"), D("3.95")),
    (date(2024, 7, 22), D("3.35"), D("3.85")),
    (date(2024, 10, 21), D("3.10"), D("3.60")),
    (date(2025, 5, 20), D("3.00"), D("3.50")),
)


async def load_benchmark_rates(*, risk: Actor) -> int:
    """Enter the demo's LPR history as the risk officer (audited like any entry), beside the
    rates a new installation has; returns how many were entered (existing ones are kept)."""
    await benchmarks.seed_current_rates()
    have = set(await models.BenchmarkRate.all().values_list("kind", "effective_from"))
    entered = 0
    for day, one_year, five_year in LPR_HISTORY:
        for kind, rate in ((BenchmarkKind.LPR_1Y, one_year), (BenchmarkKind.LPR_5Y, five_year)):
            if (kind.value, day) in have:
                continue
            data = {"kind": kind.value, "effective_from": day, "rate": rate}
            await benchmarks.set_benchmark_rate(data=data, actor=risk)
            entered += 1
    return entered
