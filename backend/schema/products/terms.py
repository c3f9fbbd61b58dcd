"""GraphQL types of the six product families' terms, and building them from stored JSON."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

import strawberry

from backend.schema.products.enums import (
    CardTier,
    InterestPayment,
    LoanRateType,
    LprTenor,
    Metal,
    MetalUnit,
    Offering,
    ProductFamily,
    RepaymentMethod,
)


def dec(value: Any) -> Decimal | None:
    """A stored number as a Decimal (a Decimal and None stay as they are)."""
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value))


@strawberry.type(description="One rate of a deposit's rate table.")
class DepositRateTier:
    term_months: int | None = strawberry.field(description="Term in months; null for demand.")
    min_amount: Decimal = strawberry.field(description="Amount tier: applies from this amount.")
    rate: Decimal = strawberry.field(description="Annual rate in percent, 4 decimals.")


@strawberry.type(description="Terms of a deposit (活期 / 定期 / 大额存单).")
class DepositTerms:
    terms_months: list[int] = strawberry.field(description="Terms offered (3, 6, 12, 24, 36, 60).")
    rate_table: list[DepositRateTier] = strawberry.field(description="Rates by term × tier.")
    minimum_deposit: Decimal = strawberry.field(description="起存金额.")
    interest_payment: InterestPayment = strawberry.field(description="When interest is paid.")
    early_withdrawal_rate: Decimal = strawberry.field(description="Rate on early withdrawal.")
    auto_renewal: bool = strawberry.field(description="Whether it renews at maturity.")


@strawberry.type(description="Terms of a loan.")
class LoanTerms:
    rate_type: LoanRateType = strawberry.field(description="FIXED or LPR-linked.")
    fixed_rate: Decimal | None = strawberry.field(description="Annual rate (FIXED).")
    lpr_tenor: LprTenor | None = strawberry.field(description="LPR followed (LPR).")
    spread_bps: int | None = strawberry.field(description="Spread over LPR in basis points.")
    effective_rate: Decimal = strawberry.field(description="Rate now: fixed, or LPR + spread.")
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


@strawberry.type(description="Points multiplier for a spending category.")
class CategoryMultiplier:
    category: str = strawberry.field(description="Spending category, e.g. 餐饮.")
    multiplier: Decimal = strawberry.field(description="Points multiplier.")


@strawberry.type(description="Terms of a credit card.")
class CreditCardTerms:
    tier: CardTier = strawberry.field(description="Card tier.")
    partner_brand: str | None = strawberry.field(description="Partner brand (co-branded cards).")
    annual_fee: Decimal = strawberry.field(description="Annual fee.")
    fee_waiver_rule: str = strawberry.field(description="When the annual fee is waived.")
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


def terms_from_json(family: str, data: dict[str, Any]) -> Any:
    """Build the GraphQL terms type of a family from stored JSON."""
    fam = ProductFamily(family)
    if fam == ProductFamily.DEPOSIT:
        return DepositTerms(
            terms_months=list(data.get("terms_months") or []),
            rate_table=[
                DepositRateTier(
                    term_months=t.get("term_months"),
                    min_amount=Decimal(t["min_amount"]),
                    rate=Decimal(t["rate"]),
                )
                for t in data.get("rate_table") or []
            ],
            minimum_deposit=Decimal(data["minimum_deposit"]),
            interest_payment=InterestPayment(data["interest_payment"]),
            early_withdrawal_rate=Decimal(data["early_withdrawal_rate"]),
            auto_renewal=bool(data.get("auto_renewal")),
        )
    if fam == ProductFamily.LOAN:
        return LoanTerms(
            rate_type=LoanRateType(data["rate_type"]),
            fixed_rate=dec(data.get("fixed_rate")),
            lpr_tenor=LprTenor(data["lpr_tenor"]) if data.get("lpr_tenor") else None,
            spread_bps=data.get("spread_bps"),
            effective_rate=Decimal(data["effective_rate"]),
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
        )
    if fam == ProductFamily.CREDIT_CARD:
        return CreditCardTerms(
            tier=CardTier(data["tier"]),
            partner_brand=data.get("partner_brand"),
            annual_fee=Decimal(data["annual_fee"]),
            fee_waiver_rule=data.get("fee_waiver_rule", ""),
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
