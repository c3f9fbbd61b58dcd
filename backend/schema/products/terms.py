"""GraphQL types of the six product families' terms, and building them from stored JSON."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any

import strawberry

from backend.domains.products import disclosure, rules, terms_rules, terms_upgrade
from backend.errors import DomainError
from backend.schema.products.enums import (
    CardTier,
    Compounding,
    DayCount,
    FirstPayment,
    InterestPayment,
    LoanRateType,
    LprTenor,
    Metal,
    MetalUnit,
    Offering,
    ProductFamily,
    RepaymentFrequency,
    RepaymentMethod,
    Repricing,
    TermUnit,
    TierApplication,
    TierUnit,
)
from backend.schema.products.terms_parts import BonusRate, FeeWaiver, RateTier, dec


@strawberry.type(description="How a deposit's interest is counted, accrued, compounded and posted.")
class DepositInterestMechanics:
    day_count: DayCount = strawberry.field(description="Day-count convention.")
    compounding: Compounding = strawberry.field(description="How often interest compounds.")
    posting: InterestPayment = strawberry.field(
        description="When interest is posted (paid, or capitalised when compounding)."
    )


@strawberry.type(
    description="The terms a deposit offers: `min` to `max` in multiples of `multiple`."
)
class DepositTermRange:
    min: int = strawberry.field(description="Shortest term.")
    max: int = strawberry.field(description="Longest term.")
    multiple: int = strawberry.field(description="Terms are multiples of this.")
    unit: TermUnit = strawberry.field(description="MONTH, or DAY (notice deposits count days).")


@strawberry.type(description="One rate of a deposit's rate table (shape-1 view of the rate tiers).")
class DepositRateTier:
    term_months: int | None = strawberry.field(description="Term in months; null for demand.")
    min_amount: Decimal = strawberry.field(description="Amount tier: applies from this amount.")
    rate: Decimal = strawberry.field(description="Annual rate in percent, 4 decimals.")


@strawberry.type(description="Terms of a deposit (活期 / 定期 / 大额存单 / 通知存款).")
class DepositTerms:
    interest: DepositInterestMechanics = strawberry.field(description="Interest mechanics.")
    term: DepositTermRange | None = strawberry.field(description="Terms offered; null: demand.")
    offered_terms: list[int] = strawberry.field(
        description="Every term offered (in the term's unit): the multiples in range that a "
        "rate tier covers."
    )
    tier_application: TierApplication = strawberry.field(
        description="Whether amount bands apply to the whole balance or per band."
    )
    rate_tiers: list[RateTier] = strawberry.field(description="The rate grid: term × amount.")
    bonus_rates: list[BonusRate] = strawberry.field(description="Conditional bonus rates.")
    minimum_deposit: Decimal = strawberry.field(description="起存金额.")
    early_withdrawal_rate: Decimal = strawberry.field(description="Rate on early withdrawal.")
    auto_renewal: bool = strawberry.field(description="Whether it renews at maturity.")
    terms_months: list[int] = strawberry.field(
        deprecation_reason="Use `offeredTerms` with `term.unit`.",
        description="Terms offered in months.",
    )
    rate_table: list[DepositRateTier] = strawberry.field(
        deprecation_reason="Use `rateTiers`.", description="Rates by term × minimum amount."
    )
    interest_payment: InterestPayment = strawberry.field(
        deprecation_reason="Use `interest.posting`.", description="When interest is paid."
    )


@strawberry.type(description="How a loan's interest is counted and when it is repaid.")
class LoanInterestMechanics:
    day_count: DayCount = strawberry.field(description="Day-count convention.")
    repayment_frequency: RepaymentFrequency = strawberry.field(description="How often repaid.")
    first_payment: FirstPayment = strawberry.field(description="When the first payment falls.")
    payment_day: int | None = strawberry.field(description="Day of the month (FIXED_DAY).")


@strawberry.type(description="Terms of a loan.")
class LoanTerms:
    rate_type: LoanRateType = strawberry.field(description="FIXED or LPR-linked.")
    lpr_tenor: LprTenor | None = strawberry.field(description="LPR followed (LPR).")
    repricing: Repricing | None = strawberry.field(description="When it reprices (LPR).")
    rate_tiers: list[RateTier] = strawberry.field(
        description="The rate grid: amount × term × LTV; fixed rates, or spreads over the LPR."
    )
    effective_rate: Decimal = strawberry.field(
        description="Lowest rate now: the lowest fixed rate, or the LPR in force + lowest spread."
    )
    annualised_rate: Decimal | None = strawberry.field(
        description="年化利率 (APR) of the default loan at the lowest rate, fees included "
        "(PBoC announcement [2021] No. 3): the IRR of its cash flows × 12."
    )
    interest: LoanInterestMechanics = strawberry.field(description="Interest mechanics.")
    amount_min: Decimal = strawberry.field(description="Smallest loan.")
    amount_max: Decimal = strawberry.field(description="Largest loan.")
    amount_default: Decimal = strawberry.field(description="Default amount offered.")
    term_months_min: int = strawberry.field(description="Shortest term in months.")
    term_months_max: int = strawberry.field(description="Longest term in months.")
    term_months_default: int = strawberry.field(description="Default term in months.")
    repayment_methods: list[RepaymentMethod] = strawberry.field(description="Allowed methods.")
    collateral_required: bool = strawberry.field(description="Whether collateral is required.")
    max_ltv: Decimal | None = strawberry.field(description="Maximum loan-to-value in percent.")
    grace_period_days: int = strawberry.field(description="Grace period in days.")
    penalty_rate: Decimal = strawberry.field(description="Penalty (overdue) annual rate.")
    fixed_rate: Decimal | None = strawberry.field(
        deprecation_reason="Use `rateTiers`.", description="Lowest fixed rate (FIXED)."
    )
    spread_bps: int | None = strawberry.field(
        deprecation_reason="Use `rateTiers`.", description="Lowest spread over LPR (LPR)."
    )


@strawberry.type(description="Points multiplier for a spending category.")
class CategoryMultiplier:
    category: str = strawberry.field(description="Spending category, e.g. 餐饮.")
    multiplier: Decimal = strawberry.field(description="Points multiplier.")


@strawberry.type(description="A credit card's instalment plans (分期) and minimum payment.")
class CardInstalmentTerms:
    periods: list[int] = strawberry.field(description="Numbers of instalments offered.")
    monthly_fee_rate: Decimal = strawberry.field(
        description="Fee per month in percent of the amount split (e.g. 0.6000)."
    )
    minimum_payment_rate: Decimal = strawberry.field(
        description="Minimum payment in percent of the statement balance."
    )
    minimum_payment_floor: Decimal = strawberry.field(description="Smallest minimum payment.")


@strawberry.type(description="Terms of a credit card.")
class CreditCardTerms:
    tier: CardTier = strawberry.field(description="Card tier.")
    partner_brand: str | None = strawberry.field(description="Partner brand (co-branded cards).")
    annual_fee: Decimal = strawberry.field(description="Annual fee.")
    annual_fee_waivers: list[FeeWaiver] = strawberry.field(
        description="Typed waivers of the annual fee."
    )
    fee_waiver_note: str = strawberry.field(
        description="Waiver wording that is not typed (kept from before typed waivers)."
    )
    fee_waiver_rule: str = strawberry.field(
        deprecation_reason="Use `annualFeeWaivers` (and `feeWaiverNote`).",
        description="When the annual fee is waived, as text.",
    )
    instalment: CardInstalmentTerms | None = strawberry.field(
        description="Instalment plans (分期) offered; null: none."
    )
    interest_free_days_max: int = strawberry.field(
        description="Maximum interest-free days (免息期)."
    )
    interest_rate: Decimal = strawberry.field(
        description="Annual interest rate on revolving balance."
    )
    points_per_yuan: Decimal = strawberry.field(description="Points per ¥1 spent.")
    category_multipliers: list[CategoryMultiplier] = strawberry.field(
        description="Bonus categories."
    )
    credit_limit_min: Decimal = strawberry.field(description="Lowest credit limit.")
    credit_limit_max: Decimal = strawberry.field(description="Highest credit limit.")
    cash_advance_fee_rate: Decimal = strawberry.field(description="Cash advance fee in percent.")
    cash_advance_fee_min: Decimal = strawberry.field(description="Minimum cash advance fee.")
    benefits: list[str] = strawberry.field(description="Benefits, e.g. airport lounge.")


@strawberry.type(description="Terms of a wealth-management product (理财).")
class WealthTerms:
    benchmark_min: Decimal = strawberry.field(description="Performance benchmark, low end (%).")
    benchmark_max: Decimal = strawberry.field(description="Performance benchmark, high end (%).")
    open_ended: bool = strawberry.field(description="Open-ended (no fixed term) or closed.")
    term_days: int | None = strawberry.field(description="Term in days (closed-ended).")
    minimum_investment: Decimal = strawberry.field(description="Minimum investment.")
    subscription_fee_rate: Decimal = strawberry.field(description="Subscription fee (%).")
    management_fee_rate: Decimal = strawberry.field(description="Annual management fee (%).")
    custody_fee_rate: Decimal = strawberry.field(description="Annual custody fee (%).")
    offering: Offering = strawberry.field(description="Public or private offering.")
    cooling_off_hours: int = strawberry.field(description="Cooling-off period in hours.")


@strawberry.type(description="Terms of an FX product.")
class FxTerms:
    currency_pairs: list[str] = strawberry.field(description="Pairs traded, e.g. USD/CNY.")
    spread_bps: int = strawberry.field(description="Spread in basis points.")
    minimum_amount: Decimal = strawberry.field(description="Minimum amount per trade.")
    trading_hours: str = strawberry.field(description="Trading hours, HH:MM-HH:MM (Beijing).")
    tenors: list[str] = strawberry.field(description="Option tenors, e.g. 1W, 1M.")
    premium_rate: Decimal | None = strawberry.field(description="Option premium (%).")
    linked_pair: str | None = strawberry.field(
        description="Pair a structured deposit is linked to."
    )
    principal_protected: bool | None = strawberry.field(description="Principal protection.")
    yield_min: Decimal | None = strawberry.field(description="Structured deposit yield, low (%).")
    yield_max: Decimal | None = strawberry.field(description="Structured deposit yield, high (%).")


@strawberry.type(description="Terms of a precious-metal product.")
class PreciousMetalTerms:
    metal: Metal = strawberry.field(description="The metal.")
    unit: MetalUnit = strawberry.field(description="Unit of quantities.")
    purity: Decimal = strawberry.field(description="Purity in percent, e.g. 99.99.")
    spread: Decimal = strawberry.field(description="Buy/sell spread per unit.")
    minimum_trade_units: Decimal = strawberry.field(description="Minimum trade in units.")
    physical_delivery: bool = strawberry.field(description="Whether metal is delivered.")
    leverage: Decimal = strawberry.field(description="Leverage (1 for unleveraged).")


ProductTerms = Annotated[
    DepositTerms | LoanTerms | CreditCardTerms | WealthTerms | FxTerms | PreciousMetalTerms,
    strawberry.union("ProductTerms", description="A product's family-specific terms."),
]


def _rate_row(tier: dict[str, Any]) -> DepositRateTier:
    """A rate tier as a row of the shape-1 rate table (term band's start, amount band's start)."""
    term = next((b for b in tier["bands"] if b["unit"] == TierUnit.TERM_MONTHS.value), None)
    amount = next((b for b in tier["bands"] if b["unit"] == TierUnit.AMOUNT.value), None)
    return DepositRateTier(
        term_months=int(term["lower"]) if term else None,
        min_amount=Decimal(amount["lower"]) if amount else Decimal(0),
        rate=Decimal(tier["rate"]),
    )


def _loan_apr(terms: dict[str, Any], fees: list[dict[str, Any]] | None) -> Decimal | None:
    try:
        return disclosure.headline_apr(terms, fees or [])
    except DomainError:
        return None


def terms_from_json(
    family: str,
    data: dict[str, Any],
    fees: list[dict[str, Any]] | None = None,
    lpr: Mapping[LprTenor, Decimal] | None = None,
) -> Any:
    """Build the GraphQL terms type of a family from stored JSON of any shape; ``fees``
    (the product's, stored) enter a loan's annualised rate, and an LPR-linked loan's rate
    reads ``lpr`` (the LPRs in force) when given, else the rate stored with the terms."""
    fam = ProductFamily(family)
    data = terms_upgrade.upgrade(fam, data)
    if fam == ProductFamily.LOAN and lpr is not None:
        rate = rules.loan_rate_now(data, lpr)
        data = {**data, "effective_rate": str(rate) if rate is not None else None}
    if fam == ProductFamily.DEPOSIT:
        tiers = data.get("rate_tiers") or []
        term = data.get("term")
        offered = terms_rules.offered_terms(term, tiers) if term else []
        return DepositTerms(
            interest=DepositInterestMechanics(
                day_count=DayCount(data["interest"]["day_count"]),
                compounding=Compounding(data["interest"]["compounding"]),
                posting=InterestPayment(data["interest"]["posting"]),
            ),
            term=DepositTermRange(
                min=term["min"],
                max=term["max"],
                multiple=term["multiple"],
                unit=TermUnit(term["unit"]),
            )
            if term
            else None,
            offered_terms=offered,
            tier_application=TierApplication(data["tier_application"]),
            rate_tiers=[RateTier.from_json(t) for t in tiers],
            bonus_rates=[BonusRate.from_json(b) for b in data.get("bonus_rates") or []],
            minimum_deposit=Decimal(data["minimum_deposit"]),
            early_withdrawal_rate=Decimal(data["early_withdrawal_rate"]),
            auto_renewal=bool(data.get("auto_renewal")),
            terms_months=offered if term and term["unit"] == "MONTH" else [],
            rate_table=[_rate_row(t) for t in tiers],
            interest_payment=InterestPayment(data["interest"]["posting"]),
        )
    if fam == ProductFamily.LOAN:
        tiers = data.get("rate_tiers") or []
        rates = [Decimal(t["rate"]) for t in tiers if t.get("rate") is not None]
        spreads = [t["spread_bps"] for t in tiers if t.get("spread_bps") is not None]
        interest = data["interest"]
        return LoanTerms(
            rate_type=LoanRateType(data["rate_type"]),
            lpr_tenor=LprTenor(data["lpr_tenor"]) if data.get("lpr_tenor") else None,
            repricing=Repricing(data["repricing"]) if data.get("repricing") else None,
            rate_tiers=[RateTier.from_json(t) for t in tiers],
            effective_rate=Decimal(data["effective_rate"]),
            annualised_rate=_loan_apr(data, fees),
            interest=LoanInterestMechanics(
                day_count=DayCount(interest["day_count"]),
                repayment_frequency=RepaymentFrequency(interest["repayment_frequency"]),
                first_payment=FirstPayment(interest["first_payment"]),
                payment_day=interest.get("payment_day"),
            ),
            amount_min=Decimal(data["amount_min"]),
            amount_max=Decimal(data["amount_max"]),
            amount_default=Decimal(data["amount_default"]),
            term_months_min=data["term_months_min"],
            term_months_max=data["term_months_max"],
            term_months_default=data["term_months_default"],
            repayment_methods=[RepaymentMethod(m) for m in data["repayment_methods"]],
            collateral_required=bool(data["collateral_required"]),
            max_ltv=dec(data.get("max_ltv")),
            grace_period_days=data["grace_period_days"],
            penalty_rate=Decimal(data["penalty_rate"]),
            fixed_rate=min(rates) if rates else None,
            spread_bps=min(spreads) if spreads else None,
        )
    if fam == ProductFamily.CREDIT_CARD:
        return CreditCardTerms(
            tier=CardTier(data["tier"]),
            partner_brand=data.get("partner_brand"),
            annual_fee=Decimal(data["annual_fee"]),
            annual_fee_waivers=[
                FeeWaiver.from_json(w) for w in data.get("annual_fee_waivers") or []
            ],
            fee_waiver_note=data.get("fee_waiver_note") or "",
            fee_waiver_rule="；".join(
                [w["name"] for w in data.get("annual_fee_waivers") or []]
                + ([data["fee_waiver_note"]] if data.get("fee_waiver_note") else [])
            ),
            instalment=CardInstalmentTerms(
                periods=list(data["instalment"]["periods"]),
                monthly_fee_rate=Decimal(data["instalment"]["monthly_fee_rate"]),
                minimum_payment_rate=Decimal(data["instalment"]["minimum_payment_rate"]),
                minimum_payment_floor=Decimal(data["instalment"]["minimum_payment_floor"]),
            )
            if data.get("instalment")
            else None,
            interest_free_days_max=data["interest_free_days_max"],
            interest_rate=Decimal(data["interest_rate"]),
            points_per_yuan=Decimal(data["points_per_yuan"]),
            category_multipliers=[
                CategoryMultiplier(category=m["category"], multiplier=Decimal(m["multiplier"]))
                for m in data.get("category_multipliers") or []
            ],
            credit_limit_min=Decimal(data["credit_limit_min"]),
            credit_limit_max=Decimal(data["credit_limit_max"]),
            cash_advance_fee_rate=Decimal(data["cash_advance_fee_rate"]),
            cash_advance_fee_min=Decimal(data["cash_advance_fee_min"]),
            benefits=list(data.get("benefits") or []),
        )
    if fam == ProductFamily.WEALTH:
        return WealthTerms(
            benchmark_min=Decimal(data["benchmark_min"]),
            benchmark_max=Decimal(data["benchmark_max"]),
            open_ended=bool(data["open_ended"]),
            term_days=data.get("term_days"),
            minimum_investment=Decimal(data["minimum_investment"]),
            subscription_fee_rate=Decimal(data["subscription_fee_rate"]),
            management_fee_rate=Decimal(data["management_fee_rate"]),
            custody_fee_rate=Decimal(data["custody_fee_rate"]),
            offering=Offering(data["offering"]),
            cooling_off_hours=data["cooling_off_hours"],
        )
    if fam == ProductFamily.FX:
        return FxTerms(
            currency_pairs=list(data["currency_pairs"]),
            spread_bps=data["spread_bps"],
            minimum_amount=Decimal(data["minimum_amount"]),
            trading_hours=data["trading_hours"],
            tenors=list(data.get("tenors") or []),
            premium_rate=dec(data.get("premium_rate")),
            linked_pair=data.get("linked_pair"),
            principal_protected=data.get("principal_protected"),
            yield_min=dec(data.get("yield_min")),
            yield_max=dec(data.get("yield_max")),
        )
    return PreciousMetalTerms(
        metal=Metal(data["metal"]),
        unit=MetalUnit(data["unit"]),
        purity=Decimal(data["purity"]),
        spread=Decimal(data["spread"]),
        minimum_trade_units=Decimal(data["minimum_trade_units"]),
        physical_delivery=bool(data["physical_delivery"]),
        leverage=Decimal(data["leverage"]),
    )
