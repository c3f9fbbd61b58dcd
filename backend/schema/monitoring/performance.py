"""GraphQL types of product performance (产品绩效): the evaluation, money amounts and exports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

import strawberry

from backend.domains.monitoring import performance as performance_service
from backend.domains.products.enums import ProductFamily
from backend.i18n import translate
from backend.schema.monitoring.enums import CostCategory
from backend.schema.products.types import Product


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
