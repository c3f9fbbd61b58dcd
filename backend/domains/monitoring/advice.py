"""What a suggestion is: its codes, severity, evidence, thresholds and how figures are written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from backend.domains.products.enums import ProductStatus
from backend.kernel.clock import end_of_business_day

#: Month-ends the NPL ratio must rise in a row (each above the one before).
NPL_RISING_MONTHS = 3
#: At or above this NPL ratio (%) a rising trend is CRITICAL rather than WARNING.
NPL_CRITICAL_RATIO = Decimal("3.00")
#: Transactions are compared over two windows of this many days.
TX_WINDOW_DAYS = 30
#: A fall in transactions of at least this many percent counts.
TX_DROP_PERCENT = Decimal("30")
#: Fewer transactions than this in the earlier window are too few to compare.
TX_MIN_PREVIOUS = 10
#: Satisfaction (average rating) is compared over two windows of this many days.
SATISFACTION_WINDOW_DAYS = 90
#: A deposit rate this many percentage points or more below the competitors' average counts.
RATE_GAP_MIN = Decimal("0.05")
#: A gap this wide or wider is a WARNING rather than INFO.
RATE_GAP_WARNING = Decimal("0.25")
#: Competitor rates observed longer ago than this are ignored.
COMPETITOR_MAX_AGE_DAYS = 180
#: Share of the sales quota used (%) that is a WARNING, and a CRITICAL.
QUOTA_WARNING_PERCENT = Decimal("90")
QUOTA_CRITICAL_PERCENT = Decimal("98")
#: Complaints are compared over two windows of this many days.
COMPLAINT_WINDOW_DAYS = 30
#: Complaints in the last window: at least this many, and this many percent above the one before.
COMPLAINT_MIN_COUNT = 5
COMPLAINT_RISE_PERCENT = Decimal("50")

#: Products looked at when none are named.
ADVISED_STATUSES = (ProductStatus.ON_SALE.value, ProductStatus.SUSPENDED.value)
CENT = Decimal("0.01")
HUNDRED = Decimal(100)


class SuggestionSeverity(StrEnum):
    """How urgent a suggestion is, in rising order."""

    INFO = "INFO"
    WARNING = "WARNING"
    CRITICAL = "CRITICAL"

    @property
    def rank(self) -> int:
        """0 for INFO, 1 for WARNING, 2 for CRITICAL."""
        return ("INFO", "WARNING", "CRITICAL").index(self.value)


class SuggestionCode(StrEnum):
    """Which rule made a suggestion."""

    NPL_RISING = "NPL_RISING"
    USAGE_AND_SATISFACTION_FALLING = "USAGE_AND_SATISFACTION_FALLING"
    RATE_BELOW_COMPETITORS = "RATE_BELOW_COMPETITORS"
    QUOTA_NEARLY_EXHAUSTED = "QUOTA_NEARLY_EXHAUSTED"
    COSTS_EXCEED_REVENUE = "COSTS_EXCEED_REVENUE"
    COMPLAINTS_RISING = "COMPLAINTS_RISING"


@dataclass(frozen=True)
class Evidence:
    """One fact behind a suggestion: a bilingual label and its value as shown."""

    label_zh: str
    label_en: str
    value: str


@dataclass
class Suggestion:
    """A recommendation for one product, with the facts that triggered it."""

    code: SuggestionCode
    product_id: int
    severity: SuggestionSeverity
    title_zh: str
    title_en: str
    detail_zh: str
    detail_en: str
    evidence: list[Evidence] = field(default_factory=list)


# --- formatting -----------------------------------------------------------------------------


def fmt_percent(value: Decimal) -> str:
    """A percentage with two decimals, like '1.25 %'."""
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP)} %"


def fmt_rate(value: Decimal) -> str:
    """A rate with two to four decimals, like '1.55 %' or '1.6875 %'."""
    text = f"{value.quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP):f}".rstrip("0")
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction.ljust(2, '0')} %"


def fmt_money(value: Decimal, currency: str) -> str:
    """An amount with thousands separators and its currency, like '1,234.50 CNY'."""
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,} {currency}"


def term_zh(term: int | None) -> str:
    return "活期" if term is None else f"{term} 个月"


def term_en(term: int | None) -> str:
    return "demand" if term is None else f"{term}-month"


def percent_change(current: Decimal, previous: Decimal) -> Decimal | None:
    """Change from previous to current in percent, or None when previous is zero."""
    if previous == 0:
        return None
    return (current - previous) * HUNDRED / previous


def start_instant(day: date) -> Any:
    return end_of_business_day(day - timedelta(days=1))
