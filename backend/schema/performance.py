"""GraphQL types of product performance evaluation, optimisation suggestions and the reference
data they read (costs, transfer rates, market totals, competitor rates), with their inputs
and payloads."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

import strawberry

from backend.domains.monitoring import models
from backend.domains.monitoring import performance as performance_service
from backend.domains.monitoring import suggestions as suggestions_service
from backend.domains.monitoring.enums import CostCategory
from backend.domains.products.enums import ProductFamily, ProductSubtype
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.i18n import translate
from backend.schema.auth.users import User
from backend.schema.products.loaders import ProductByIdLoader
from backend.schema.products.types import Product

strawberry.enum(CostCategory, description="Kind of known product cost.")
strawberry.enum(
    suggestions_service.SuggestionSeverity,
    name="SuggestionSeverity",
    description="How urgent a suggestion is: INFO, WARNING or CRITICAL.",
)
strawberry.enum(
    suggestions_service.SuggestionCode,
    name="SuggestionCode",
    description="The rule that made a suggestion: NPL_RISING (loan NPL ratio up three "
    "month-ends running), USAGE_AND_SATISFACTION_FALLING (transactions down ≥ 30 % over 30 "
    "days and average rating down over 90 days), RATE_BELOW_COMPETITORS (a deposit rate "
    "below the competitors' average for the subtype and term), QUOTA_NEARLY_EXHAUSTED "
    "(≥ 90 % of the sales quota used), COSTS_EXCEED_REVENUE (last complete quarter), "
    "COMPLAINTS_RISING (≥ 5 complaints in 30 days and ≥ 50 % above the 30 days before).",
)


@strawberry.enum(description="File format of an export.")
class ExportFormat(StrEnum):
    CSV = "CSV"
    XLSX = "XLSX"


@strawberry.type(description="An amount of money in a currency.")
class Money:
    amount: Decimal = strawberry.field(description="The amount, to the cent.")
    currency: str = strawberry.field(description="ISO 4217 currency code.")


def _money(amount: Decimal | None, currency: str) -> Money | None:
    return Money(amount=amount, currency=currency) if amount is not None else None


async def _product(info: strawberry.Info, product_id: int) -> Product | None:
    row = await info.context.loaders.get(ProductByIdLoader).load(product_id)
    return Product.from_model(row) if row else None


async def _user(info: strawberry.Info, user_id: int | None) -> User | None:
    if user_id is None:
        return None
    user = await info.context.loaders.user_by_id.load(user_id)
    return User.from_model(user) if user else None


# --- performance ----------------------------------------------------------------------------


@strawberry.type(description="Known costs of one category over the period.")
class CostAmount:
    category: CostCategory = strawberry.field(description="Kind of cost.")
    amount: Money = strawberry.field(description="Total of the period's months.")


@strawberry.type(description="Customer satisfaction from the feedback received in the period.")
class PerformanceSatisfaction:
    rated_count: int = strawberry.field(description="How many pieces of feedback had a rating.")
    average_rating: Decimal | None = strawberry.field(
        description="Average rating 1–5, to 0.01 (null without ratings)."
    )
    satisfied_share: Decimal | None = strawberry.field(
        description="CSAT: ratings of 4 or 5 as a percentage of all ratings, to 0.01."
    )
    nps_count: int = strawberry.field(description="How many NPS answers there were.")
    nps: Decimal | None = strawberry.field(
        description="Net promoter score: % promoters (9–10) − % detractors (0–6), −100 to 100."
    )


@strawberry.type(
    description="How one product did over a period (产品绩效). Amounts are in the product's "
    "currency, percentages are numbers like 12.34 (meaning 12.34 %), all to 0.01."
)
class ProductPerformance:
    product: Product = strawberry.field(description="The product.")
    family: ProductFamily = strawberry.field(description="The product's family.")
    period_start: date = strawberry.field(description="First business day of the period.")
    period_end: date = strawberry.field(description="Last business day of the period.")
    days: int = strawberry.field(description="Days in the period.")
    average_balance: Money = strawberry.field(
        description="Average daily balance (loans: outstanding principal) over the days of the "
        "period with a BALANCE metric; see balanceEstimated."
    )
    balance_estimated: bool = strawberry.field(
        description="True when no daily balance was recorded in the period and today's "
        "balance of the active holdings stands in."
    )
    balance_days: int = strawberry.field(
        description="Days of the period with a recorded daily balance."
    )
    customer_rate: Decimal | None = strawberry.field(
        description="Average customer rate (% a year, 4 decimals): the balance-weighted rate "
        "at opening of the active holdings, or the headline rate (see customerRateEstimated). "
        "Null for families without interest."
    )
    customer_rate_estimated: bool = strawberry.field(
        description="True when the product's headline rate stands in for the customer rate."
    )
    transfer_rate: Decimal | None = strawberry.field(
        description="FTP rate (% a year) of the product's currency in force on the last day; "
        "null for families without interest."
    )
    interest_margin: Money | None = strawberry.field(
        description="Net interest margin: deposits (FTP − customer rate), loans (customer rate "
        "− FTP), × average balance × days ÷ 365. Null for other families and when a rate is "
        "missing (see notes)."
    )
    fee_income: Money = strawberry.field(description="FEE transactions of the period.")
    revenue: Money | None = strawberry.field(
        description="Interest margin + fees (fees only for families without interest); null "
        "when the margin cannot be computed."
    )
    costs: Money = strawberry.field(
        description="Known costs entered for the months the period touches."
    )
    cost_breakdown: list[CostAmount] = strawberry.field(description="Costs per category.")
    profit: Money | None = strawberry.field(description="Revenue − costs (null without revenue).")
    balance_growth: Decimal | None = strawberry.field(
        description="Change (%) from the first to the last daily balance of the period; null "
        "with fewer than two daily balances or a zero first balance."
    )
    new_sales: Money = strawberry.field(
        description="Principal of the holdings opened in the period."
    )
    new_sales_count: int = strawberry.field(description="Holdings opened in the period.")
    previous_new_sales: Money = strawberry.field(
        description="Principal of the holdings opened in the previous period of equal length."
    )
    new_sales_growth: Decimal | None = strawberry.field(
        description="Change (%) of new sales against the previous period; null when it had none."
    )
    family_share: Decimal | None = strawberry.field(
        description="Average balance as % of the family's total at this bank (in CNY)."
    )
    market_share: Decimal | None = strawberry.field(
        description="Average balance as % of the market total entered for the family and the "
        "period's last month (in CNY); null when none is entered."
    )
    market_total: Money | None = strawberry.field(
        description="The family's market total used for marketShare (CNY)."
    )
    satisfaction: PerformanceSatisfaction = strawberry.field(
        description="Ratings and NPS from the period's feedback."
    )
    rank: int | None = strawberry.field(
        description="Rank by profit within the family (1 = best; equal profits share a rank); "
        "null without a profit."
    )
    ranked_count: int = strawberry.field(description="How many products of the family are ranked.")
    notes: list[str] = strawberry.field(
        description="How estimated or missing figures came about, in the caller's language."
    )

    @classmethod
    def from_result(
        cls, r: performance_service.ProductPerformance, locale: str
    ) -> ProductPerformance:
        """Build from the service's evaluation, with the notes in the caller's language."""
        cur = r.currency
        return cls(
            product=Product.from_model(r.product),
            family=ProductFamily(r.family),
            period_start=r.start,
            period_end=r.end,
            days=r.days,
            average_balance=Money(amount=r.average_balance, currency=cur),
            balance_estimated=r.balance_estimated,
            balance_days=r.balance_days,
            customer_rate=r.customer_rate,
            customer_rate_estimated=r.customer_rate_estimated,
            transfer_rate=r.transfer_rate,
            interest_margin=_money(r.interest_margin, cur),
            fee_income=Money(amount=r.fee_income, currency=cur),
            revenue=_money(r.revenue, cur),
            costs=Money(amount=r.costs, currency=cur),
            cost_breakdown=[
                CostAmount(
                    category=CostCategory(c.category), amount=Money(amount=c.amount, currency=cur)
                )
                for c in r.cost_lines
            ],
            profit=_money(r.profit, cur),
            balance_growth=r.balance_growth,
            new_sales=Money(amount=r.new_sales, currency=cur),
            new_sales_count=r.new_sales_count,
            previous_new_sales=Money(amount=r.previous_new_sales, currency=cur),
            new_sales_growth=r.new_sales_growth,
            family_share=r.family_share,
            market_share=r.market_share,
            market_total=_money(r.market_total, "CNY"),
            satisfaction=PerformanceSatisfaction(
                rated_count=r.rated_count,
                average_rating=r.average_rating,
                satisfied_share=r.satisfied_share,
                nps_count=r.nps_count,
                nps=r.nps,
            ),
            rank=r.rank,
            ranked_count=r.ranked_count,
            notes=[translate(n.template, locale, **dict(n.params)) for n in r.notes],
        )


@strawberry.type(description="A generated file, base64-encoded.")
class ExportFile:
    filename: str = strawberry.field(description="Suggested file name.")
    content_type: str = strawberry.field(description="MIME type of the file.")
    content_base64: str = strawberry.field(description="The file's bytes, base64-encoded.")


# --- suggestions ----------------------------------------------------------------------------


@strawberry.type(description="One fact behind a suggestion.")
class SuggestionEvidence:
    locale: strawberry.Private[str]
    label_zh: str = strawberry.field(description="What the value is, in Chinese.")
    label_en: str = strawberry.field(description="What the value is, in English.")
    value: str = strawberry.field(description="The value as shown (with its unit).")

    @strawberry.field(description="What the value is, in the caller's language.")
    def label(self) -> str:
        return self.label_zh if self.locale.startswith("zh") else self.label_en


@strawberry.type(
    description="A rule-based recommendation for one product (产品优化建议), with the evidence "
    "that triggered it."
)
class ProductSuggestion:
    product_id: strawberry.Private[int]
    locale: strawberry.Private[str]
    code: suggestions_service.SuggestionCode = strawberry.field(
        description="The rule that made it."
    )
    severity: suggestions_service.SuggestionSeverity = strawberry.field(
        description="How urgent it is."
    )
    title_zh: str = strawberry.field(description="Short title in Chinese.")
    title_en: str = strawberry.field(description="Short title in English.")
    detail_zh: str = strawberry.field(description="Finding and recommendation in Chinese.")
    detail_en: str = strawberry.field(description="Finding and recommendation in English.")
    evidence: list[SuggestionEvidence] = strawberry.field(
        description="The figures behind it, in order."
    )

    @strawberry.field(description="Short title in the caller's language.")
    def title(self) -> str:
        return self.title_zh if self.locale.startswith("zh") else self.title_en

    @strawberry.field(description="Finding and recommendation in the caller's language.")
    def detail(self) -> str:
        return self.detail_zh if self.locale.startswith("zh") else self.detail_en

    @strawberry.field(description="The product it is about.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await _product(info, self.product_id)

    @classmethod
    def from_suggestion(cls, s: suggestions_service.Suggestion, locale: str) -> ProductSuggestion:
        """Build from the service's suggestion."""
        return cls(
            product_id=s.product_id,
            locale=locale,
            code=s.code,
            severity=s.severity,
            title_zh=s.title_zh,
            title_en=s.title_en,
            detail_zh=s.detail_zh,
            detail_en=s.detail_en,
            evidence=[
                SuggestionEvidence(
                    locale=locale, label_zh=e.label_zh, label_en=e.label_en, value=e.value
                )
                for e in s.evidence
            ],
        )


# --- reference data -------------------------------------------------------------------------


@strawberry.type(description="A known cost of a product in one month (成本).")
class ProductCost(Node):
    pk: strawberry.Private[int]
    product_pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    month: date = strawberry.field(description="First day of the month the cost belongs to.")
    category: CostCategory = strawberry.field(description="Kind of cost.")
    amount_value: strawberry.Private[Decimal]
    note: str = strawberry.field(description="Free note (empty when none).")
    created_at: datetime = strawberry.field(description="When it was entered.")

    @strawberry.field(description="The product it belongs to.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await _product(info, self.product_pk)

    @strawberry.field(description="The cost, in the product's currency.")
    async def amount(self, info: strawberry.Info) -> Money:
        row = await info.context.loaders.get(ProductByIdLoader).load(self.product_pk)
        return Money(amount=self.amount_value, currency=row.currency if row else "CNY")

    @strawberry.field(description="Who entered it.")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.ProductCost) -> ProductCost:
        """Build from a cost row."""
        return cls(
            id=to_global_id("ProductCost", row.id),
            pk=row.id,
            product_pk=row.product_id,
            created_by_id=row.created_by_id,
            month=row.month,
            category=CostCategory(row.category),
            amount_value=Decimal(str(row.amount)).quantize(Decimal("0.01")),
            note=row.note,
            created_at=row.created_at,
        )


@strawberry.type(
    description="The bank's funds transfer pricing (FTP, 内部资金转移价格) rate of a currency "
    "from a date; the entry with the latest effectiveFrom on or before a day is in force."
)
class TransferRate(Node):
    pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    currency: str = strawberry.field(description="ISO 4217 currency code.")
    rate: Decimal = strawberry.field(description="Rate in percent a year, 4 decimals.")
    effective_from: date = strawberry.field(description="First day it applies.")

    @strawberry.field(description="Who entered it (null for seeded data).")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.TransferRate) -> TransferRate:
        """Build from a transfer rate row."""
        return cls(
            id=to_global_id("TransferRate", row.id),
            pk=row.id,
            created_by_id=row.created_by_id,
            currency=row.currency,
            rate=Decimal(str(row.rate)).quantize(Decimal("0.0001")),
            effective_from=row.effective_from,
        )


@strawberry.type(
    description="The whole market's balance of a product family in a month (CNY), entered by "
    "the bank from published statistics; the denominator of market share."
)
class MarketTotal(Node):
    pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    family: ProductFamily = strawberry.field(description="The product family.")
    month: date = strawberry.field(description="First day of the month.")
    amount: Money = strawberry.field(description="Market balance (CNY).")
    source: str = strawberry.field(description="Where the figure comes from.")

    @strawberry.field(description="Who entered it (null for seeded data).")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.MarketTotal) -> MarketTotal:
        """Build from a market total row."""
        return cls(
            id=to_global_id("MarketTotal", row.id),
            pk=row.id,
            created_by_id=row.created_by_id,
            family=ProductFamily(row.family),
            month=row.month,
            amount=Money(amount=Decimal(str(row.amount)).quantize(Decimal("0.01")), currency="CNY"),
            source=row.source,
        )


@strawberry.type(description="A competitor's published rate for a kind of product (同业利率).")
class CompetitorRate(Node):
    pk: strawberry.Private[int]
    created_by_id: strawberry.Private[int | None]
    competitor: str = strawberry.field(description="The competing bank, e.g. 招商银行.")
    family: ProductFamily = strawberry.field(description="Product family.")
    subtype: ProductSubtype = strawberry.field(description="Kind of product within the family.")
    term_months: int | None = strawberry.field(
        description="Term in months (null for demand deposits or when not term-specific)."
    )
    rate: Decimal = strawberry.field(description="Rate in percent a year, 4 decimals.")
    observed_on: date = strawberry.field(description="When the rate was seen published.")
    source: str = strawberry.field(description="Where it was seen (website, notice...).")

    @strawberry.field(description="Who entered it (null for seeded data).")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.CompetitorRate) -> CompetitorRate:
        """Build from a competitor rate row."""
        return cls(
            id=to_global_id("CompetitorRate", row.id),
            pk=row.id,
            created_by_id=row.created_by_id,
            competitor=row.competitor,
            family=ProductFamily(row.family),
            subtype=ProductSubtype(row.subtype),
            term_months=row.term_months,
            rate=Decimal(str(row.rate)).quantize(Decimal("0.0001")),
            observed_on=row.observed_on,
            source=row.source,
        )


# --- inputs ---------------------------------------------------------------------------------


@strawberry.input(description="A known cost of a product in a month.")
class ProductCostInput:
    product_id: strawberry.ID = strawberry.field(description="The product.")
    month: date = strawberry.field(description="First day of the month, e.g. 2026-05-01.")
    category: CostCategory = strawberry.field(
        description="Kind of cost; one entry per product, month and category."
    )
    amount: Decimal = strawberry.field(
        description="Amount in the product's currency, ≥ 0, at most 2 decimals."
    )
    note: str | None = strawberry.field(default=None, description="Note, at most 500 characters.")


@strawberry.input(description="Changes to a cost entry; only the fields given change.")
class ProductCostUpdateInput:
    month: date | None = strawberry.field(default=strawberry.UNSET, description="New month.")
    category: CostCategory | None = strawberry.field(
        default=strawberry.UNSET, description="New category."
    )
    amount: Decimal | None = strawberry.field(default=strawberry.UNSET, description="New amount.")
    note: str | None = strawberry.field(default=strawberry.UNSET, description="New note.")


@strawberry.input(description="Which cost entries to list; all criteria are combined.")
class ProductCostFilter:
    product_id: strawberry.ID | None = strawberry.field(
        default=None, description="Of this product."
    )
    category: CostCategory | None = strawberry.field(default=None, description="Of this kind.")
    month_from: date | None = strawberry.field(
        default=None, description="Months from this one (first day) on."
    )
    month_to: date | None = strawberry.field(
        default=None, description="Months up to this one (first day)."
    )


@strawberry.input(description="An FTP rate of a currency from a date.")
class TransferRateInput:
    currency: str = strawberry.field(description="ISO 4217 currency code, e.g. CNY.")
    rate: Decimal = strawberry.field(description="Rate in percent a year, 0–100, 4 decimals.")
    effective_from: date = strawberry.field(
        description="First day it applies; an existing entry of the same currency and day is "
        "corrected."
    )


@strawberry.input(description="The market total of a family in a month.")
class MarketTotalInput:
    family: ProductFamily = strawberry.field(description="The product family.")
    month: date = strawberry.field(
        description="First day of the month; an existing entry for the family and month is "
        "corrected."
    )
    amount: Decimal = strawberry.field(description="Market balance in CNY, ≥ 0, 2 decimals.")
    source: str | None = strawberry.field(
        default=None, description="Where the figure comes from, at most 200 characters."
    )


@strawberry.input(description="A competitor's published rate.")
class CompetitorRateInput:
    competitor: str = strawberry.field(description="The competing bank, 1–100 characters.")
    family: ProductFamily = strawberry.field(description="Product family.")
    subtype: ProductSubtype = strawberry.field(description="Subtype, of that family.")
    term_months: int | None = strawberry.field(
        default=None, description="Term in months, 1–600 (null when not term-specific)."
    )
    rate: Decimal = strawberry.field(description="Rate in percent a year, 0–100, 4 decimals.")
    observed_on: date = strawberry.field(
        description="When it was seen published (not later than today)."
    )
    source: str | None = strawberry.field(
        default=None, description="Where it was seen, at most 200 characters."
    )


@strawberry.input(description="Changes to a competitor rate; only the fields given change.")
class CompetitorRateUpdateInput:
    competitor: str | None = strawberry.field(
        default=strawberry.UNSET, description="New competitor."
    )
    family: ProductFamily | None = strawberry.field(
        default=strawberry.UNSET, description="New family."
    )
    subtype: ProductSubtype | None = strawberry.field(
        default=strawberry.UNSET, description="New subtype."
    )
    term_months: int | None = strawberry.field(
        default=strawberry.UNSET, description="New term; null clears it."
    )
    rate: Decimal | None = strawberry.field(default=strawberry.UNSET, description="New rate.")
    observed_on: date | None = strawberry.field(
        default=strawberry.UNSET, description="New observation date."
    )
    source: str | None = strawberry.field(default=strawberry.UNSET, description="New source.")


@strawberry.input(description="Which competitor rates to list; all criteria are combined.")
class CompetitorRateFilter:
    family: ProductFamily | None = strawberry.field(default=None, description="Of this family.")
    subtype: ProductSubtype | None = strawberry.field(default=None, description="Of this subtype.")
    competitor: str | None = strawberry.field(
        default=None, description="Competitor name contains this text."
    )


# --- payloads -------------------------------------------------------------------------------


@strawberry.type(description="Result of recording or changing a cost entry.")
class ProductCostPayload:
    product_cost: ProductCost | None = strawberry.field(description="The entry after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting a cost entry.")
class ProductCostDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of setting an FTP rate.")
class TransferRatePayload:
    transfer_rate: TransferRate | None = strawberry.field(description="The entry as stored.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting an FTP rate entry.")
class TransferRateDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of setting a market total.")
class MarketTotalPayload:
    market_total: MarketTotal | None = strawberry.field(description="The entry as stored.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting a market total.")
class MarketTotalDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of recording or changing a competitor rate.")
class CompetitorRatePayload:
    competitor_rate: CompetitorRate | None = strawberry.field(
        description="The entry after the change."
    )
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting a competitor rate.")
class CompetitorRateDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted entry.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")
