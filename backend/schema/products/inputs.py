"""GraphQL inputs of the products domain: products, family terms, change requests,
documents, filter and sort order; and turning them into what the service takes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

import strawberry

from backend.graphql_core.inputs import to_plain
from backend.graphql_core.types import OrderDirection
from backend.schema.products.enums import (
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
    FirstPayment,
    InterestPayment,
    LoanRateType,
    LprTenor,
    Metal,
    MetalUnit,
    Offering,
    ProductFamily,
    ProductStatus,
    ProductSubtype,
    RepaymentFrequency,
    RepaymentMethod,
    Repricing,
    Residency,
    RiskLevel,
    TermUnit,
    TierApplication,
    TierUnit,
)


@strawberry.input(description="Who may buy the product.")
class EligibilityInput:
    min_age: int | None = strawberry.field(default=None, description="Minimum age.")
    max_age: int | None = strawberry.field(default=None, description="Maximum age.")
    min_annual_income: Decimal | None = strawberry.field(
        default=None, description="Minimum annual income."
    )
    customer_types: list[CustomerType] = strawberry.field(description="At least one.")
    residency: list[Residency] = strawberry.field(description="At least one.")


@strawberry.input(description="A channel and its publication window.")
class ChannelPublicationInput:
    channel: Channel = strawberry.field(description="The channel.")
    publish_from: date | None = strawberry.field(default=None, description="First day shown.")
    publish_to: date | None = strawberry.field(default=None, description="Last day shown.")


@strawberry.input(description="A typed condition; give exactly the fields of its type.")
class ConditionInput:
    type: ConditionType = strawberry.field(description="What must hold.")
    amount: Decimal | None = strawberry.field(
        default=None,
        description="MIN_BALANCE, NEW_MONEY, MIN_SPEND_A_YEAR; PAYROLL_DEPOSIT (optional).",
    )
    count: int | None = strawberry.field(
        default=None, description="MIN_DEPOSITS_A_MONTH, MIN_TRANSACTIONS_A_MONTH / _A_YEAR."
    )
    customer_types: list[CustomerType] | None = strawberry.field(
        default=None, description="CUSTOMER_TYPE."
    )
    age_min: int | None = strawberry.field(default=None, description="AGE_BAND: lowest age.")
    age_max: int | None = strawberry.field(default=None, description="AGE_BAND: highest age.")
    bundle_code: str | None = strawberry.field(default=None, description="BUNDLE_MEMBER.")
    months: int | None = strawberry.field(
        default=None, description="INTRODUCTORY: first months after opening (or endsOn)."
    )
    ends_on: date | None = strawberry.field(
        default=None, description="INTRODUCTORY: until this day (or months)."
    )


@strawberry.input(description="A fee waiver: the share waived while all conditions hold.")
class FeeWaiverInput:
    name: str = strawberry.field(description="Its name, at most 100 characters.")
    share: Decimal | None = strawberry.field(
        default=None, description="Percent waived, above 0 and at most 100 (default 100)."
    )
    conditions: list[ConditionInput] = strawberry.field(description="At least one; all hold.")


@strawberry.input(description="A typed fee.")
class FeeInput:
    type: FeeType = strawberry.field(description="What it is charged for.")
    basis: FeeBasis = strawberry.field(description="FIXED (give amount) or RATE (give rate).")
    amount: Decimal | None = strawberry.field(default=None, description="Fixed amount.")
    rate: Decimal | None = strawberry.field(default=None, description="Percentage, 0–36.")
    charged_on: FeeChargeBase | None = strawberry.field(
        default=None,
        description="What the rate is charged on (RATE); by default the usual base of the fee "
        "type: a transaction's amount, NAV for management and custody, the disbursed amount "
        "for arrangement and instalment fees, the overdue amount for late payment.",
    )
    currency: str | None = strawberry.field(
        default=None, description="ISO 4217; null: the product's currency."
    )
    min_amount: Decimal | None = strawberry.field(default=None, description="Minimum per charge.")
    max_amount: Decimal | None = strawberry.field(default=None, description="Maximum per charge.")
    cap: Decimal | None = strawberry.field(default=None, description="Most charged per capPeriod.")
    cap_period: FeeFrequency | None = strawberry.field(
        default=None, description="Period of the cap (required with a cap)."
    )
    frequency: FeeFrequency = strawberry.field(description="How often.")
    waivers: list[FeeWaiverInput] = strawberry.field(
        default_factory=list, description="Typed waivers."
    )
    note: str = strawberry.field(default="", description="Anything else, at most 500 characters.")


@strawberry.input(description="A band of a rate tier: [lower, upper); lower = upper is one value.")
class RateBandInput:
    unit: TierUnit = strawberry.field(description="What the band is measured in.")
    lower: Decimal = strawberry.field(description="Lower bound, inclusive.")
    upper: Decimal | None = strawberry.field(
        default=None, description="Upper bound, exclusive; null: none."
    )


@strawberry.input(description="One cell of a rate grid.")
class RateTierInput:
    bands: list[RateBandInput] = strawberry.field(
        default_factory=list, description="Where it applies; at most one band per unit."
    )
    rate: Decimal | None = strawberry.field(
        default=None, description="Annual rate %, 0–36 (deposits, fixed-rate loans)."
    )
    rate_max: Decimal | None = strawberry.field(
        default=None, description="Highest rate when priced individually."
    )
    spread_bps: int | None = strawberry.field(
        default=None, description="Spread over the LPR, −300 to 1000 (LPR loans)."
    )
    spread_bps_max: int | None = strawberry.field(
        default=None, description="Highest spread when priced individually."
    )


@strawberry.input(description="A bonus rate: percentage points added while all conditions hold.")
class BonusRateInput:
    name: str = strawberry.field(description="Its name, at most 100 characters.")
    rate: Decimal = strawberry.field(description="Points added, above 0 and at most 5.")
    conditions: list[ConditionInput] = strawberry.field(description="At least one; all hold.")


@strawberry.input(description="How a deposit's interest is counted and posted.")
class DepositInterestInput:
    day_count: DayCount = strawberry.field(description="Day-count convention.")
    compounding: Compounding = strawberry.field(
        default=Compounding.NONE, description="NONE or the posting frequency."
    )
    posting: InterestPayment = strawberry.field(description="When interest is posted.")


@strawberry.input(description="The terms a deposit offers.")
class DepositTermRangeInput:
    min: int = strawberry.field(description="Shortest term (a multiple of `multiple`).")
    max: int = strawberry.field(description="Longest term.")
    multiple: int = strawberry.field(description="Terms are multiples of this.")
    unit: TermUnit = strawberry.field(description="MONTH, or DAY (notice deposits).")


@strawberry.input(description="One rate of a shape-1 deposit rate table.")
class DepositRateTierInput:
    term_months: int | None = strawberry.field(default=None, description="Term; null for demand.")
    min_amount: Decimal = strawberry.field(description="Tier start amount.")
    rate: Decimal = strawberry.field(description="Annual rate %, 4 decimals, 0–36.")


@strawberry.input(
    description="Deposit terms: give `interest`, `term` (not for demand) and `rateTiers`; the "
    "deprecated shape-1 fields (`termsMonths`, `rateTable`, `interestPayment`) are still read."
)
class DepositTermsInput:
    interest: DepositInterestInput | None = strawberry.field(
        default=None, description="Interest mechanics."
    )
    term: DepositTermRangeInput | None = strawberry.field(
        default=None, description="Terms offered; null for demand deposits."
    )
    tier_application: TierApplication = strawberry.field(
        default=TierApplication.WHOLE_BALANCE, description="Whole balance or per band."
    )
    rate_tiers: list[RateTierInput] | None = strawberry.field(
        default=None,
        description="Rate grid: term band × amount band; amount bands run on without gap "
        "from at most the minimum deposit, the last open-ended.",
    )
    bonus_rates: list[BonusRateInput] = strawberry.field(
        default_factory=list, description="Conditional bonus rates."
    )
    minimum_deposit: Decimal = strawberry.field(description="起存金额; ≥ 200,000 for LARGE_CD.")
    early_withdrawal_rate: Decimal = strawberry.field(description="Rate on early withdrawal.")
    auto_renewal: bool = strawberry.field(description="Renews at maturity.")
    terms_months: list[int] | None = strawberry.field(
        default=None, deprecation_reason="Use `term` and `rateTiers`.", description="Shape 1."
    )
    rate_table: list[DepositRateTierInput] | None = strawberry.field(
        default=None, deprecation_reason="Use `rateTiers`.", description="Shape 1."
    )
    interest_payment: InterestPayment | None = strawberry.field(
        default=None, deprecation_reason="Use `interest.posting`.", description="Shape 1."
    )


@strawberry.input(description="How a loan's interest is counted and repaid.")
class LoanInterestInput:
    day_count: DayCount = strawberry.field(description="Day-count convention.")
    repayment_frequency: RepaymentFrequency = strawberry.field(
        default=RepaymentFrequency.MONTHLY, description="How often repaid."
    )
    first_payment: FirstPayment = strawberry.field(
        default=FirstPayment.ONE_PERIOD_AFTER_DRAWDOWN, description="When the first payment falls."
    )
    payment_day: int | None = strawberry.field(
        default=None, description="Day of the month 1–28 (FIXED_DAY only)."
    )


@strawberry.input(
    description="Loan terms: give `rateTiers` (fixed rates, or spreads over the LPR) and "
    "`interest`; the deprecated `fixedRate` / `spreadBps` are still read as one tier."
)
class LoanTermsInput:
    rate_type: LoanRateType = strawberry.field(description="FIXED or LPR.")
    lpr_tenor: LprTenor | None = strawberry.field(default=None, description="For LPR.")
    repricing: Repricing | None = strawberry.field(
        default=None, description="For LPR: when the loan takes a new LPR."
    )
    rate_tiers: list[RateTierInput] | None = strawberry.field(
        default=None,
        description="Rate grid: amount × term × LTV bands; cells never overlap, amount bands "
        "cover min–max and terms min–max.",
    )
    interest: LoanInterestInput | None = strawberry.field(
        default=None, description="Interest mechanics."
    )
    amount_min: Decimal = strawberry.field(description="Smallest loan.")
    amount_max: Decimal = strawberry.field(description="Largest loan.")
    amount_default: Decimal = strawberry.field(description="Between min and max.")
    term_months_min: int = strawberry.field(description="1–360.")
    term_months_max: int = strawberry.field(description="1–360.")
    term_months_default: int = strawberry.field(description="Between min and max.")
    repayment_methods: list[RepaymentMethod] = strawberry.field(description="At least one.")
    collateral_required: bool = strawberry.field(description="Secured loan.")
    max_ltv: Decimal | None = strawberry.field(default=None, description="Required when secured.")
    grace_period_days: int = strawberry.field(description="0–90.")
    penalty_rate: Decimal = strawberry.field(description="Overdue annual rate %.")
    fixed_rate: Decimal | None = strawberry.field(
        default=None, deprecation_reason="Use `rateTiers`.", description="Shape 1 (FIXED)."
    )
    spread_bps: int | None = strawberry.field(
        default=None, deprecation_reason="Use `rateTiers`.", description="Shape 1 (LPR)."
    )


@strawberry.input(description="A credit card's instalment plans.")
class CardInstalmentInput:
    periods: list[int] = strawberry.field(description="Among 3, 6, 9, 12, 18, 24, 36.")
    monthly_fee_rate: Decimal = strawberry.field(description="% of the amount per month, 0–2.")
    minimum_payment_rate: Decimal = strawberry.field(description="% of the balance, 1–100.")
    minimum_payment_floor: Decimal = strawberry.field(description="Smallest minimum payment.")


@strawberry.input(description="Points multiplier for a category.")
class CategoryMultiplierInput:
    category: str = strawberry.field(description="Spending category.")
    multiplier: Decimal = strawberry.field(description="Above 0, at most 20.")


@strawberry.input(description="Credit card terms.")
class CreditCardTermsInput:
    tier: CardTier = strawberry.field(description="Tier.")
    partner_brand: str | None = strawberry.field(
        default=None, description="Required for CO_BRANDED."
    )
    annual_fee: Decimal = strawberry.field(description="Annual fee.")
    annual_fee_waivers: list[FeeWaiverInput] = strawberry.field(
        default_factory=list, description="Typed waivers of the annual fee."
    )
    fee_waiver_note: str = strawberry.field(
        default="", description="Waiver wording that cannot be typed, at most 500 characters."
    )
    fee_waiver_rule: str | None = strawberry.field(
        default=None,
        deprecation_reason="Use `annualFeeWaivers` / `feeWaiverNote`.",
        description="Shape 1: the waiver as text.",
    )
    instalment: CardInstalmentInput | None = strawberry.field(
        default=None, description="Instalment plans offered."
    )
    interest_free_days_max: int = strawberry.field(description="20–60 days.")
    interest_rate: Decimal = strawberry.field(description="Annual rate %.")
    points_per_yuan: Decimal = strawberry.field(description="Points per ¥1.")
    category_multipliers: list[CategoryMultiplierInput] = strawberry.field(
        default_factory=list, description="Bonus categories."
    )
    credit_limit_min: Decimal = strawberry.field(description="Lowest limit.")
    credit_limit_max: Decimal = strawberry.field(description="Highest limit.")
    cash_advance_fee_rate: Decimal = strawberry.field(description="Cash advance fee %.")
    cash_advance_fee_min: Decimal = strawberry.field(description="Minimum cash advance fee.")
    benefits: list[str] = strawberry.field(default_factory=list, description="Benefits.")


@strawberry.input(description="Wealth-management terms.")
class WealthTermsInput:
    benchmark_min: Decimal = strawberry.field(description="Benchmark low end %.")
    benchmark_max: Decimal = strawberry.field(description="Benchmark high end % (≥ low).")
    open_ended: bool = strawberry.field(description="Open-ended.")
    term_days: int | None = strawberry.field(default=None, description="Closed-ended term, 1–3650.")
    minimum_investment: Decimal = strawberry.field(description="≥ 1,000,000 for private offerings.")
    subscription_fee_rate: Decimal = strawberry.field(description="Subscription fee %.")
    management_fee_rate: Decimal = strawberry.field(description="Management fee %.")
    custody_fee_rate: Decimal = strawberry.field(description="Custody fee %.")
    offering: Offering = strawberry.field(description="PUBLIC or PRIVATE.")
    cooling_off_hours: int = strawberry.field(description="≥ 24 for private offerings.")


@strawberry.input(description="FX terms.")
class FxTermsInput:
    currency_pairs: list[str] = strawberry.field(description="e.g. USD/CNY.")
    spread_bps: int = strawberry.field(description="0–1000.")
    minimum_amount: Decimal = strawberry.field(description="Minimum per trade.")
    trading_hours: str = strawberry.field(description="HH:MM-HH:MM.")
    tenors: list[str] = strawberry.field(
        default_factory=list, description="Option tenors, e.g. 1M."
    )
    premium_rate: Decimal | None = strawberry.field(default=None, description="Option premium %.")
    linked_pair: str | None = strawberry.field(default=None, description="Structured deposit pair.")
    principal_protected: bool | None = strawberry.field(
        default=None, description="Structured deposit."
    )
    yield_min: Decimal | None = strawberry.field(default=None, description="Structured deposit %.")
    yield_max: Decimal | None = strawberry.field(default=None, description="Structured deposit %.")


@strawberry.input(description="Precious-metal terms.")
class PreciousMetalTermsInput:
    metal: Metal = strawberry.field(description="Metal.")
    unit: MetalUnit = strawberry.field(description="Unit.")
    purity: Decimal = strawberry.field(description="90–99.999 %.")
    spread: Decimal = strawberry.field(description="Spread per unit.")
    minimum_trade_units: Decimal = strawberry.field(description="Minimum trade.")
    physical_delivery: bool = strawberry.field(description="Physical delivery.")
    leverage: Decimal = strawberry.field(description="1–20; 1 unless futures or options.")


@strawberry.input(
    one_of=True, description="Family terms: exactly one member, matching the product's family."
)
class ProductTermsInput:
    deposit: DepositTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="DEPOSIT terms."
    )
    loan: LoanTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="LOAN terms."
    )
    credit_card: CreditCardTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="CREDIT_CARD terms."
    )
    wealth: WealthTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="WEALTH terms."
    )
    fx: FxTermsInput | None = strawberry.field(default=strawberry.UNSET, description="FX terms.")
    precious_metal: PreciousMetalTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="PRECIOUS_METAL terms."
    )


def terms_to_plain(terms: ProductTermsInput | None) -> dict[str, Any] | None:
    """The one-of terms input as ``{familyKey: {...}}`` with camelCase family keys."""
    if terms is None or terms is strawberry.UNSET:
        return None
    keys = {"credit_card": "creditCard", "precious_metal": "preciousMetal"}
    return {keys.get(k, k): v for k, v in to_plain(terms).items()}


@strawberry.input(description="A new product (created as DRAFT).")
class ProductCreateInput:
    code: str = strawberry.field(description="Unique code, 3–40 of A-Z, 0-9, '-'.")
    name_zh: str = strawberry.field(description="Chinese name.")
    name_en: str = strawberry.field(description="English name.")
    family: ProductFamily = strawberry.field(description="Family.")
    subtype: ProductSubtype = strawberry.field(description="Subtype of that family.")
    currency: str = strawberry.field(default="CNY", description="ISO 4217 code.")
    risk_level: RiskLevel = strawberry.field(description="R1–R5.")
    description: str = strawberry.field(default="", description="Markdown.")
    highlights: list[str] = strawberry.field(default_factory=list, description="Selling points.")
    target_customers: str = strawberry.field(default="", description="Target customers.")
    eligibility: EligibilityInput = strawberry.field(description="Eligibility.")
    channels: list[ChannelPublicationInput] = strawberry.field(description="At least one channel.")
    sales_start: date | None = strawberry.field(default=None, description="Sales window start.")
    sales_end: date | None = strawberry.field(default=None, description="Sales window end.")
    quota_total: Decimal | None = strawberry.field(
        default=None, description="Quota; null = unlimited."
    )
    min_amount: Decimal | None = strawberry.field(default=None, description="Minimum per purchase.")
    max_amount: Decimal | None = strawberry.field(default=None, description="Maximum per purchase.")
    fees: list[FeeInput] = strawberry.field(default_factory=list, description="Fees.")
    tags: list[str] = strawberry.field(default_factory=list, description="Tags.")
    terms: ProductTermsInput = strawberry.field(description="Family terms.")


@strawberry.input(description="Changes to a product; only the fields given change.")
class ProductUpdateInput:
    name_zh: str | None = strawberry.field(default=strawberry.UNSET, description="Chinese name.")
    name_en: str | None = strawberry.field(default=strawberry.UNSET, description="English name.")
    subtype: ProductSubtype | None = strawberry.field(
        default=strawberry.UNSET, description="Subtype (needs terms)."
    )
    currency: str | None = strawberry.field(default=strawberry.UNSET, description="Currency.")
    risk_level: RiskLevel | None = strawberry.field(
        default=strawberry.UNSET, description="Risk level."
    )
    description: str | None = strawberry.field(default=strawberry.UNSET, description="Markdown.")
    highlights: list[str] | None = strawberry.field(
        default=strawberry.UNSET, description="Selling points."
    )
    target_customers: str | None = strawberry.field(
        default=strawberry.UNSET, description="Target customers."
    )
    eligibility: EligibilityInput | None = strawberry.field(
        default=strawberry.UNSET, description="Eligibility."
    )
    channels: list[ChannelPublicationInput] | None = strawberry.field(
        default=strawberry.UNSET, description="Channels."
    )
    sales_start: date | None = strawberry.field(
        default=strawberry.UNSET, description="Sales window start."
    )
    sales_end: date | None = strawberry.field(
        default=strawberry.UNSET, description="Sales window end."
    )
    quota_total: Decimal | None = strawberry.field(default=strawberry.UNSET, description="Quota.")
    min_amount: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Minimum amount."
    )
    max_amount: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Maximum amount."
    )
    fees: list[FeeInput] | None = strawberry.field(default=strawberry.UNSET, description="Fees.")
    tags: list[str] | None = strawberry.field(default=strawberry.UNSET, description="Tags.")
    terms: ProductTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="New terms."
    )


def update_to_plain(
    data: ProductUpdateInput | None,
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Split an update input into common fields and terms."""
    if data is None:
        return {}, None
    plain = to_plain(data)
    plain.pop("terms", None)
    return plain, terms_to_plain(data.terms)


@strawberry.input(description="A change request for an approved, on-sale or suspended product.")
class ProductChangeRequestInput:
    product_id: strawberry.ID = strawberry.field(description="The product.")
    expected_version: int = strawberry.field(description="The product version you looked at.")
    reason: str = strawberry.field(description="Why.")
    effective_date: date = strawberry.field(description="Today or later; when new terms apply.")
    terms: ProductTermsInput | None = strawberry.field(default=None, description="New terms.")
    changes: ProductUpdateInput | None = strawberry.field(
        default=None, description="Field changes."
    )


@strawberry.input(description="A document to attach to a product.")
class ProductDocumentUploadInput:
    product_id: strawberry.ID = strawberry.field(description="The product.")
    kind: DocumentKind = strawberry.field(description="What it is.")
    title: str = strawberry.field(description="Title; same kind and title make a new version.")
    filename: str = strawberry.field(
        description="File name with extension (pdf, docx, xlsx, png, jpg, md)."
    )
    content_base64: str = strawberry.field(description="The file, base64-encoded; at most 10 MB.")
    reason: str | None = strawberry.field(
        default=None,
        description="Why, for the change request a customer-facing document on a live product "
        "needs (a default names the document).",
    )


@strawberry.input(description="Which products to list; all criteria are combined.")
class ProductFilter:
    text: str | None = strawberry.field(default=None, description="Part of the code or a name.")
    families: list[ProductFamily] | None = strawberry.field(default=None, description="Families.")
    subtypes: list[ProductSubtype] | None = strawberry.field(default=None, description="Subtypes.")
    statuses: list[ProductStatus] | None = strawberry.field(default=None, description="Statuses.")
    risk_levels: list[RiskLevel] | None = strawberry.field(default=None, description="Risk levels.")
    channel: Channel | None = strawberry.field(default=None, description="Offered on this channel.")
    currency: str | None = strawberry.field(default=None, description="Currency.")
    rate_min: Decimal | None = strawberry.field(default=None, description="Headline rate at least.")
    rate_max: Decimal | None = strawberry.field(default=None, description="Headline rate at most.")
    on_sale_at: date | None = strawberry.field(default=None, description="On sale on this date.")
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="Owned by this user."
    )


@strawberry.enum(description="Fields products can be sorted by.")
class ProductOrderField(StrEnum):
    CODE = "code"
    NAME = "name_zh"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    HEADLINE_RATE = "headline_rate"
    RISK_LEVEL = "risk_level"


@strawberry.input(description="Sort order of products.")
class ProductOrder:
    field: ProductOrderField = strawberry.field(description="Field to sort by.")
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Direction."
    )
