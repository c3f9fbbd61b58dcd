"""GraphQL types and inputs of the product calculator (试算): loan schedules, deposit interest,
card instalments and wealth projections."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import strawberry

from backend.domains.products import calculators, schedules
from backend.domains.products.conditions import Circumstances
from backend.domains.products.schedules import PrepaymentMode
from backend.graphql_core.inputs import to_plain
from backend.schema.products.enums import CustomerType, DayCount, ProductSubtype, RepaymentMethod
from backend.schema.products.inputs import FeeInput, ProductTermsInput, terms_to_plain

strawberry.enum(PrepaymentMode, description="What an extra principal payment changes.")


@strawberry.input(
    description="An unsaved product to calculate for (the wizard's review step): its subtype, "
    "terms and fees as productCreate takes them, checked as productCreate checks them (errors "
    "name `draft.terms…`, `draft.fees…`)."
)
class CalculatorDraftInput:
    subtype: ProductSubtype = strawberry.field(description="The product's subtype.")
    terms: ProductTermsInput = strawberry.field(description="Its family terms.")
    fees: list[FeeInput] = strawberry.field(default_factory=list, description="Its fees.")
    min_amount: Decimal | None = strawberry.field(default=None, description="Minimum amount.")
    max_amount: Decimal | None = strawberry.field(default=None, description="Maximum amount.")

    def to_domain(self) -> dict[str, Any]:
        """The draft as the quotes take it (plain dicts, like productCreate's service call)."""
        return {
            "subtype": self.subtype,
            "terms": terms_to_plain(self.terms),
            "fees": to_plain(self.fees),
            "min_amount": self.min_amount,
            "max_amount": self.max_amount,
        }


@strawberry.input(description="An extra principal payment made with one instalment.")
class PrepaymentInput:
    after_period: int = strawberry.field(
        description="The period whose instalment the prepayment is paid with (1 to the "
        "term's periods − 1)."
    )
    amount: Decimal = strawberry.field(description="Extra principal, in whole cents.")
    mode: PrepaymentMode = strawberry.field(
        description="SHORTEN_TERM keeps the instalment; REDUCE_INSTALMENT keeps the term."
    )

    def to_domain(self) -> schedules.Prepayment:
        """The domain's prepayment."""
        return schedules.Prepayment(self.after_period, self.amount, self.mode)


@strawberry.input(
    description="What is known of the customer, for the conditions of bonus rates; what is "
    "left out is unknown, and a condition about it does not hold."
)
class CircumstancesInput:
    balance: Decimal | None = strawberry.field(
        default=None, description="The balance the conditions see (default: the amount)."
    )
    new_money: bool = strawberry.field(default=False, description="The money is new to the bank.")
    deposits_a_month: int | None = strawberry.field(default=None, description="Deposits a month.")
    transactions_a_month: int | None = strawberry.field(
        default=None, description="Transactions a month."
    )
    transactions_a_year: int | None = strawberry.field(
        default=None, description="Card transactions a year."
    )
    spend_a_year: Decimal | None = strawberry.field(
        default=None, description="Card spending a year."
    )
    payroll_deposit: bool = strawberry.field(
        default=False, description="The salary is paid into the bank (as the condition asks)."
    )
    customer_type: CustomerType | None = strawberry.field(default=None, description="Who.")
    age: int | None = strawberry.field(default=None, description="The customer's age in years.")
    bundle_codes: list[str] = strawberry.field(
        default_factory=list, description="Codes of the bundles the customer holds."
    )
    months_since_opening: int | None = strawberry.field(
        default=None, description="Months since the account was opened (0: opening now)."
    )
    on: date | None = strawberry.field(
        default=None, description="The day described (default: the deposit's start)."
    )

    def to_domain(self) -> Circumstances:
        """The domain's circumstances."""
        return Circumstances(
            balance=self.balance,
            new_money=self.new_money,
            deposits_a_month=self.deposits_a_month,
            transactions_a_month=self.transactions_a_month,
            transactions_a_year=self.transactions_a_year,
            spend_a_year=self.spend_a_year,
            payroll_deposit=self.payroll_deposit,
            customer_type=self.customer_type,
            age=self.age,
            bundle_codes=tuple(self.bundle_codes),
            months_since_opening=self.months_since_opening,
            on=self.on,
        )


@strawberry.type(description="One period of a repayment schedule.")
class Instalment:
    period: int = strawberry.field(description="1 for the first instalment.")
    due_on: date | None = strawberry.field(description="When it falls due.")
    payment: Decimal = strawberry.field(
        description="The instalment: principal + interest + fee (a prepayment is on top)."
    )
    principal: Decimal = strawberry.field(description="Principal repaid.")
    interest: Decimal = strawberry.field(description="Interest paid.")
    fee: Decimal = strawberry.field(description="Fees paid with the instalment.")
    prepayment: Decimal = strawberry.field(description="Extra principal paid with it.")
    balance: Decimal = strawberry.field(description="Principal outstanding after it.")

    @classmethod
    def from_domain(cls, row: schedules.Instalment) -> Instalment:
        """Build from a schedule row."""
        return cls(
            period=row.period,
            due_on=row.due_on,
            payment=row.payment,
            principal=row.principal,
            interest=row.interest,
            fee=row.fee,
            prepayment=row.prepayment,
            balance=row.balance,
        )


@strawberry.type(description="A loan's repayment schedule, its fees and annualised rate.")
class LoanScheduleResult:
    rate: Decimal = strawberry.field(description="The nominal annual rate (percent).")
    method: RepaymentMethod = strawberry.field(description="The repayment method.")
    instalments: list[Instalment] = strawberry.field(description="Period by period.")
    total_payment: Decimal = strawberry.field(
        description="Every instalment and prepayment (fees included, up-front fees not)."
    )
    total_interest: Decimal = strawberry.field(description="Interest over the loan.")
    total_fees: Decimal = strawberry.field(
        description="Up-front fees, the instalments' fees and any early-repayment fee."
    )
    apr: Decimal = strawberry.field(
        description="The annualised rate with fees (percent): the IRR of what is received "
        "against every payment, × periods a year (PBoC 2021 No. 3)."
    )
    upfront_fees: Decimal = strawberry.field(description="Fees deducted when paid out.")
    received: Decimal = strawberry.field(description="The amount less the up-front fees.")

    @classmethod
    def from_domain(cls, result: calculators.LoanSchedule) -> LoanScheduleResult:
        """Build from the calculator's result."""
        return cls(
            rate=result.rate,
            method=result.method,
            instalments=[Instalment.from_domain(r) for r in result.instalments],
            total_payment=result.total_payment,
            total_interest=result.total_interest,
            total_fees=result.total_fees,
            apr=result.apr,
            upfront_fees=result.upfront_fees,
            received=result.received,
        )


@strawberry.type(description="Interest earned by the slice of a deposit in one amount band.")
class BandInterest:
    lower: Decimal = strawberry.field(description="The band's lower bound (inclusive).")
    upper: Decimal | None = strawberry.field(description="Upper bound (exclusive); null: none.")
    amount: Decimal = strawberry.field(description="The slice of the balance in the band.")
    rate: Decimal = strawberry.field(description="The band's annual rate (percent).")
    interest: Decimal = strawberry.field(description="Interest the slice earned.")


@strawberry.type(description="A bonus rate whose conditions hold, and what it adds.")
class AppliedBonus:
    name: str = strawberry.field(description="The bonus's name.")
    rate: Decimal = strawberry.field(description="Percentage points added on the whole balance.")
    interest: Decimal = strawberry.field(description="Interest the bonus added.")


@strawberry.type(description="What a deposit earns, band by band and bonus by bonus.")
class DepositInterestResult:
    start_on: date = strawberry.field(description="The day the deposit starts earning.")
    maturity_on: date | None = strawberry.field(
        description="The contractual maturity; null for demand and notice deposits."
    )
    end_on: date = strawberry.field(
        description="The day interest stops: withdrawal, maturity or after the days held."
    )
    days: int = strawberry.field(description="Days counted for interest under the day count.")
    day_count: DayCount = strawberry.field(description="How the days were counted.")
    bands: list[BandInterest] = strawberry.field(description="Interest by amount band.")
    base_interest: Decimal = strawberry.field(description="Interest at the bands' rates.")
    bonuses: list[AppliedBonus] = strawberry.field(description="Bonus rates that applied.")
    total_interest: Decimal = strawberry.field(description="Base interest plus bonuses.")
    effective_rate: Decimal = strawberry.field(
        description="Total interest a year on the amount over the actual days (percent)."
    )
    early: bool = strawberry.field(
        description="Withdrawn before maturity: the whole holding earned the early-withdrawal "
        "rate, without bonuses."
    )

    @classmethod
    def from_domain(cls, result: calculators.DepositInterest) -> DepositInterestResult:
        """Build from the calculator's result."""
        return cls(
            start_on=result.start_on,
            maturity_on=result.maturity_on,
            end_on=result.end_on,
            days=result.days,
            day_count=result.day_count,
            bands=[
                BandInterest(
                    lower=b.lower, upper=b.upper, amount=b.amount, rate=b.rate, interest=b.interest
                )
                for b in result.bands
            ],
            base_interest=result.base_interest,
            bonuses=[
                AppliedBonus(name=b.name, rate=b.rate, interest=b.interest) for b in result.bonuses
            ],
            total_interest=result.total_interest,
            effective_rate=result.effective_rate,
            early=result.early,
        )


@strawberry.type(description="A credit-card instalment plan (分期): fees, schedule, real APR.")
class CardInstalmentResult:
    periods: int = strawberry.field(description="Monthly instalments.")
    monthly_fee: Decimal = strawberry.field(description="The fee each month.")
    total_fee: Decimal = strawberry.field(description="Every fee of the plan.")
    instalments: list[Instalment] = strawberry.field(description="Month by month.")
    apr: Decimal = strawberry.field(
        description="The annualised rate of the fees (percent, IRR × 12): 0.6 % a month is "
        "about 13 % a year, not 7.2 %."
    )
    interest_free_days_max: int | None = strawberry.field(
        description="The card's longest interest-free period (days)."
    )
    minimum_payment: Decimal = strawberry.field(
        description="The minimum payment of a statement balance of the amount (not split)."
    )

    @classmethod
    def from_domain(cls, result: calculators.CardInstalment) -> CardInstalmentResult:
        """Build from the calculator's result."""
        return cls(
            periods=result.periods,
            monthly_fee=result.monthly_fee,
            total_fee=result.total_fee,
            instalments=[Instalment.from_domain(r) for r in result.instalments],
            apr=result.apr,
            interest_free_days_max=result.interest_free_days_max,
            minimum_payment=result.minimum_payment,
        )


@strawberry.type(
    description="Projected returns of a wealth product at its performance benchmarks, after "
    "fees. Not guaranteed: show `note` with the figures."
)
class WealthProjectionResult:
    amount: Decimal = strawberry.field(description="The amount subscribed.")
    days: int = strawberry.field(description="Days projected.")
    invested: Decimal = strawberry.field(description="The amount less the subscription fee.")
    subscription_fee: Decimal = strawberry.field(description="Charged up front.")
    management_fee: Decimal = strawberry.field(description="Pro rata over the days.")
    custody_fee: Decimal = strawberry.field(description="Pro rata over the days.")
    fees_paid: Decimal = strawberry.field(description="Every fee together.")
    low_rate: Decimal = strawberry.field(description="The low benchmark (percent a year).")
    high_rate: Decimal = strawberry.field(description="The high benchmark (percent a year).")
    low: Decimal = strawberry.field(description="The return at the low benchmark after fees.")
    high: Decimal = strawberry.field(description="The return at the high benchmark after fees.")
    guaranteed: bool = strawberry.field(description="Always false: a projection, no promise.")
    note: str = strawberry.field(description="The not-guaranteed notice to show.")

    @classmethod
    def from_domain(cls, result: calculators.WealthProjection) -> WealthProjectionResult:
        """Build from the calculator's result."""
        return cls(
            amount=result.amount,
            days=result.days,
            invested=result.invested,
            subscription_fee=result.subscription_fee,
            management_fee=result.management_fee,
            custody_fee=result.custody_fee,
            fees_paid=result.fees_paid,
            low_rate=result.low_rate,
            high_rate=result.high_rate,
            low=result.low,
            high=result.high,
            guaranteed=result.guaranteed,
            note=result.note,
        )
