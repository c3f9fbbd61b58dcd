"""Product optimisation suggestions (产品优化建议): plain rules over the metrics, transactions,
feedback, reference data and the performance evaluation, each giving a bilingual title, a
recommendation and the evidence that triggered it.

The rules (thresholds are the constants below):

* ``NPL_RISING`` — a loan's month-end NPL ratio rose three month-ends running (each of the last
  three above the one before) → tighten approval or reprice.
* ``USAGE_AND_SATISFACTION_FALLING`` — transactions of the last 30 days fell by at least 30 %
  against the 30 days before, and the average rating of the last 90 days is below the 90 days
  before → review the product's features.
* ``RATE_BELOW_COMPETITORS`` — an on-sale deposit's rate for a term is below the average of
  competitors' latest rates for the same subtype and term → consider raising it.
* ``QUOTA_NEARLY_EXHAUSTED`` — at least 90 % of the sales quota is used → raise the quota or plan
  the next issue.
* ``COSTS_EXCEED_REVENUE`` — known costs exceeded revenue over the last complete quarter →
  review pricing and costs.
* ``COMPLAINTS_RISING`` — complaints of the last 30 days are at least 5 and 50 % above the 30 days
  before → find and fix the cause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from tortoise.functions import Count, Sum

from backend.domains.customers import models as customer_models
from backend.domains.monitoring import models, performance
from backend.domains.monitoring.enums import Metric
from backend.domains.products import models as product_models
from backend.domains.products import terms as product_terms
from backend.domains.products.enums import ProductFamily, ProductStatus
from backend.kernel.clock import end_of_business_day, today

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


def _term_zh(term: int | None) -> str:
    return "活期" if term is None else f"{term} 个月"


def _term_en(term: int | None) -> str:
    return "demand" if term is None else f"{term}-month"


def _change(current: Decimal, previous: Decimal) -> Decimal | None:
    """Change from previous to current in percent, or None when previous is zero."""
    if previous == 0:
        return None
    return (current - previous) * HUNDRED / previous


def _start_instant(day: date) -> Any:
    return end_of_business_day(day - timedelta(days=1))


# --- rules ----------------------------------------------------------------------------------


def _month_ends(on: date, count: int) -> list[date]:
    """The last ``count`` month-ends on or before a day, oldest first."""
    last = on if (on + timedelta(days=1)).day == 1 else on.replace(day=1) - timedelta(days=1)
    ends = [last]
    for _ in range(count - 1):
        ends.append(ends[-1].replace(day=1) - timedelta(days=1))
    return ends[::-1]


async def _npl_rising(products: list[product_models.Product], on: date) -> list[Suggestion]:
    loans = {p.id: p for p in products if p.family == ProductFamily.LOAN}
    if not loans:
        return []
    ends = _month_ends(on, NPL_RISING_MONTHS + 1)
    rows = (
        await models.MetricValue.filter(
            product_id__in=list(loans),
            metric=Metric.NPL_RATIO.value,
            business_date__gte=ends[0].replace(day=1),
            business_date__lte=ends[-1],
        )
        .order_by("product_id", "business_date")
        .values_list("product_id", "business_date", "value")
    )
    # the last value of each month is its month-end reading
    readings: dict[int, dict[date, Decimal]] = {}
    for pid, day, value in rows:
        readings.setdefault(pid, {})[day.replace(day=1)] = Decimal(str(value))
    out = []
    for pid, product in loans.items():
        values = [readings.get(pid, {}).get(end.replace(day=1)) for end in ends]
        known = [v for v in values if v is not None]
        if len(known) != len(ends) or any(b <= a for a, b in zip(known, known[1:], strict=False)):
            continue
        severity = (
            SuggestionSeverity.CRITICAL
            if known[-1] >= NPL_CRITICAL_RATIO
            else SuggestionSeverity.WARNING
        )
        out.append(
            Suggestion(
                code=SuggestionCode.NPL_RISING,
                product_id=pid,
                severity=severity,
                title_zh="不良率连续三个月上升",
                title_en="NPL ratio rising three months running",
                detail_zh=(
                    f"{product.name_zh}的月末不良贷款率已连续 {NPL_RISING_MONTHS} 个月上升"
                    f"（{fmt_percent(known[0])} → {fmt_percent(known[-1])}）。建议收紧审批标准"
                    "（提高准入评分、降低授信额度或抵押率），或重新定价以覆盖上升的风险成本。"
                ),
                detail_en=(
                    f"The month-end NPL ratio of {product.name_en} rose {NPL_RISING_MONTHS} "
                    f"months running ({fmt_percent(known[0])} → {fmt_percent(known[-1])}). "
                    "Tighten approval (a higher entry score, lower limits or loan-to-value) or "
                    "reprice to cover the rising credit cost."
                ),
                evidence=[
                    Evidence(
                        f"{end:%Y-%m} 月末不良率",
                        f"NPL ratio at the end of {end:%Y-%m}",
                        fmt_percent(v),
                    )
                    for end, v in zip(ends, known, strict=True)
                ],
            )
        )
    return out


async def _tx_counts(ids: list[int], start: date, end: date) -> dict[int, int]:
    rows = (
        await customer_models.DailyRollup.filter(
            product_id__in=ids, business_date__gte=start, business_date__lte=end
        )
        .group_by("product_id")
        .annotate(n=Sum("tx_count"))
        .values("product_id", "n")
    )
    return {r["product_id"]: int(r["n"] or 0) for r in rows}


async def _ratings(ids: list[int], start: date, end: date) -> dict[int, tuple[Decimal, int]]:
    """product → (average rating to 0.01, number of ratings) of the feedback in a window."""
    rows = (
        await customer_models.Feedback.filter(
            product_id__in=ids,
            rating__isnull=False,
            received_at__gte=_start_instant(start),
            received_at__lt=end_of_business_day(end),
        )
        .group_by("product_id", "rating")
        .annotate(n=Count("id"))
        .values("product_id", "rating", "n")
    )
    sums: dict[int, list[int]] = {}
    for r in rows:
        acc = sums.setdefault(r["product_id"], [0, 0])
        acc[0] += int(r["rating"]) * int(r["n"])
        acc[1] += int(r["n"])
    return {
        pid: ((Decimal(total) / n).quantize(CENT, rounding=ROUND_HALF_UP), n)
        for pid, (total, n) in sums.items()
        if n
    }


async def _usage_and_satisfaction(
    products: list[product_models.Product], on: date
) -> list[Suggestion]:
    ids = [p.id for p in products]
    recent_start = on - timedelta(days=TX_WINDOW_DAYS - 1)
    earlier_end = recent_start - timedelta(days=1)
    recent_tx = await _tx_counts(ids, recent_start, on)
    earlier_tx = await _tx_counts(
        ids, earlier_end - timedelta(days=TX_WINDOW_DAYS - 1), earlier_end
    )
    falling = {}
    for pid in ids:
        before, now = earlier_tx.get(pid, 0), recent_tx.get(pid, 0)
        change = _change(Decimal(now), Decimal(before))
        if before >= TX_MIN_PREVIOUS and change is not None and -change >= TX_DROP_PERCENT:
            falling[pid] = (before, now, change)
    if not falling:
        return []
    sat_start = on - timedelta(days=SATISFACTION_WINDOW_DAYS - 1)
    sat_earlier_end = sat_start - timedelta(days=1)
    recent_sat = await _ratings(list(falling), sat_start, on)
    earlier_sat = await _ratings(
        list(falling),
        sat_earlier_end - timedelta(days=SATISFACTION_WINDOW_DAYS - 1),
        sat_earlier_end,
    )
    out = []
    for product in products:
        if product.id not in falling or product.id not in recent_sat:
            continue
        if product.id not in earlier_sat:
            continue
        (now_rating, now_n), (before_rating, before_n) = (
            recent_sat[product.id],
            earlier_sat[product.id],
        )
        if now_rating >= before_rating:
            continue
        before, now, change = falling[product.id]
        out.append(
            Suggestion(
                code=SuggestionCode.USAGE_AND_SATISFACTION_FALLING,
                product_id=product.id,
                severity=SuggestionSeverity.WARNING,
                title_zh="交易量下滑且满意度下降",
                title_en="Usage and satisfaction both falling",
                detail_zh=(
                    f"{product.name_zh}近 {TX_WINDOW_DAYS} 天交易笔数较前 {TX_WINDOW_DAYS} 天下降"
                    f" {fmt_percent(-change)}，同期客户平均评分由 {before_rating} 降至 "
                    f"{now_rating}。建议复盘产品功能与使用体验（办理流程、渠道可用性、权益设置），"
                    "结合客户反馈确定改进项。"
                ),
                detail_en=(
                    f"Transactions of {product.name_en} in the last {TX_WINDOW_DAYS} days fell "
                    f"{fmt_percent(-change)} against the {TX_WINDOW_DAYS} days before, while the "
                    f"average rating dropped from {before_rating} to {now_rating}. Review the "
                    "product's features and experience (process, channel availability, "
                    "benefits) and act on the customers' feedback."
                ),
                evidence=[
                    Evidence(
                        f"近 {TX_WINDOW_DAYS} 天交易笔数",
                        f"Transactions, last {TX_WINDOW_DAYS} days",
                        str(now),
                    ),
                    Evidence(
                        f"前 {TX_WINDOW_DAYS} 天交易笔数",
                        f"Transactions, {TX_WINDOW_DAYS} days before",
                        str(before),
                    ),
                    Evidence("交易笔数变化", "Change in transactions", fmt_percent(change)),
                    Evidence(
                        f"近 {SATISFACTION_WINDOW_DAYS} 天平均评分",
                        f"Average rating, last {SATISFACTION_WINDOW_DAYS} days",
                        f"{now_rating}（{now_n}）",
                    ),
                    Evidence(
                        f"前 {SATISFACTION_WINDOW_DAYS} 天平均评分",
                        f"Average rating, {SATISFACTION_WINDOW_DAYS} days before",
                        f"{before_rating}（{before_n}）",
                    ),
                ],
            )
        )
    return out


def _our_rates(terms: dict[str, Any] | None) -> dict[int | None, Decimal]:
    """term in months (None for demand) → the product's standard rate (lowest amount tier)."""
    out: dict[int | None, tuple[Decimal, Decimal]] = {}
    for tier in (terms or {}).get("rate_table") or []:
        if tier.get("rate") is None:
            continue
        term = tier.get("term_months")
        minimum = Decimal(str(tier.get("min_amount") or 0))
        if term not in out or minimum < out[term][0]:
            out[term] = (minimum, Decimal(str(tier["rate"])))
    return {term: rate for term, (_, rate) in out.items()}


async def _rate_vs_competitors(
    products: list[product_models.Product], on: date
) -> list[Suggestion]:
    deposits = [
        p
        for p in products
        if p.family == ProductFamily.DEPOSIT and p.status == ProductStatus.ON_SALE
    ]
    if not deposits:
        return []
    observed = await models.CompetitorRate.filter(
        family=ProductFamily.DEPOSIT.value,
        subtype__in=sorted({p.subtype for p in deposits}),
        observed_on__gte=on - timedelta(days=COMPETITOR_MAX_AGE_DAYS),
        observed_on__lte=on,
    ).order_by("observed_on", "id")
    if not observed:
        return []
    latest: dict[tuple[str, str, int | None], models.CompetitorRate] = {}
    for row in observed:
        latest[(row.competitor, row.subtype, row.term_months)] = row
    terms = await product_terms.terms_in_force(keys=[(p.id, on) for p in deposits])
    out = []
    for product, in_force in zip(deposits, terms, strict=True):
        ours = _our_rates(in_force.terms if in_force else None)
        quotes = [r for (_, subtype, _), r in latest.items() if subtype == product.subtype]
        comparisons: list[tuple[int | None, Decimal, list[models.CompetitorRate]]]
        if not ours and product.headline_rate is not None:
            # terms unknown: the headline rate against every quote for the subtype
            headline = Decimal(str(product.headline_rate))
            comparisons = [(None, headline, quotes)] if quotes else []
            label_term: dict[int | None, tuple[str, str]] = {None: ("挂牌", "headline")}
        else:
            comparisons = [
                (term, rate, [q for q in quotes if q.term_months == term])
                for term, rate in sorted(ours.items(), key=lambda kv: kv[0] or 0)
            ]
            label_term = {term: (_term_zh(term), _term_en(term)) for term in ours}
        below = []
        for term, rate, matched in comparisons:
            if not matched:
                continue
            average = sum((Decimal(str(q.rate)) for q in matched), Decimal(0)) / len(matched)
            if average - rate >= RATE_GAP_MIN:
                below.append((term, rate, average, matched))
        if not below:
            continue
        widest = max(average - rate for _, rate, average, _ in below)
        term, rate, average, _ = max(below, key=lambda b: b[2] - b[1])
        zh_term, en_term = label_term[term]
        evidence = []
        for b_term, b_rate, b_average, matched in below:
            b_zh, b_en = label_term[b_term]
            evidence.append(Evidence(f"本行{b_zh}利率", f"Our {b_en} rate", fmt_rate(b_rate)))
            evidence.append(
                Evidence(f"同业{b_zh}平均利率", f"Competitors' {b_en} average", fmt_rate(b_average))
            )
            for q in sorted(matched, key=lambda q: (-Decimal(str(q.rate)), q.competitor)):
                evidence.append(
                    Evidence(
                        f"{q.competitor}（{b_zh}）",
                        f"{q.competitor} ({b_en})",
                        f"{fmt_rate(Decimal(str(q.rate)))}（{q.observed_on.isoformat()}）",
                    )
                )
        gap = (average - rate).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
        out.append(
            Suggestion(
                code=SuggestionCode.RATE_BELOW_COMPETITORS,
                product_id=product.id,
                severity=SuggestionSeverity.WARNING
                if widest >= RATE_GAP_WARNING
                else SuggestionSeverity.INFO,
                title_zh="利率低于同业平均水平",
                title_en="Rate below the competitors' average",
                detail_zh=(
                    f"{product.name_zh}的{zh_term}利率 {fmt_rate(rate)} 低于同业平均 "
                    f"{fmt_rate(average)}（低 {gap.normalize():f} 个百分点），存在客户与资金流失"
                    "风险。建议评估在资金成本（FTP）允许的范围内上调利率，或以专享利率、"
                    "新客礼遇等方式提升吸引力。"
                ),
                detail_en=(
                    f"The {en_term} rate of {product.name_en}, {fmt_rate(rate)}, is below the "
                    f"competitors' average of {fmt_rate(average)} (by {gap.normalize():f} "
                    "percentage points), which risks losing customers and funds. Consider "
                    "raising it within what the transfer rate allows, or adding targeted rates "
                    "or new-customer offers."
                ),
                evidence=evidence,
            )
        )
    return out


def _quota(products: list[product_models.Product]) -> list[Suggestion]:
    out = []
    for product in products:
        if product.status != ProductStatus.ON_SALE or not product.quota_total:
            continue
        total, used = Decimal(str(product.quota_total)), Decimal(str(product.quota_used or 0))
        if total <= 0:
            continue
        share = used * HUNDRED / total
        if share < QUOTA_WARNING_PERCENT:
            continue
        remaining = max(total - used, Decimal(0))
        out.append(
            Suggestion(
                code=SuggestionCode.QUOTA_NEARLY_EXHAUSTED,
                product_id=product.id,
                severity=SuggestionSeverity.CRITICAL
                if share >= QUOTA_CRITICAL_PERCENT
                else SuggestionSeverity.WARNING,
                title_zh="销售额度即将用尽",
                title_en="Sales quota nearly used up",
                detail_zh=(
                    f"{product.name_zh}已使用销售额度的 {fmt_percent(share)}，剩余 "
                    f"{fmt_money(remaining, product.currency)}。建议申请追加额度，"
                    "或提前筹备后续期次产品，避免销售中断。"
                ),
                detail_en=(
                    f"{product.name_en} has used {fmt_percent(share)} of its sales quota, with "
                    f"{fmt_money(remaining, product.currency)} left. Ask for a larger quota or "
                    "prepare the next issue so that sales do not stop."
                ),
                evidence=[
                    Evidence("销售额度", "Sales quota", fmt_money(total, product.currency)),
                    Evidence("已用额度", "Quota used", fmt_money(used, product.currency)),
                    Evidence("剩余额度", "Quota left", fmt_money(remaining, product.currency)),
                    Evidence("额度使用率", "Share used", fmt_percent(share)),
                ],
            )
        )
    return out


def last_quarter(on: date) -> tuple[date, date]:
    """The first and last day of the last calendar quarter that ended before a day."""
    quarter_start = date(on.year, 3 * ((on.month - 1) // 3) + 1, 1)
    end = quarter_start - timedelta(days=1)
    return date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end


async def _costs_exceed_revenue(
    products: list[product_models.Product], on: date
) -> list[Suggestion]:
    start, end = last_quarter(on)
    rows = await performance.evaluate(start=start, end=end, product_ids=[p.id for p in products])
    out = []
    period = f"{start.isoformat()} – {end.isoformat()}"
    for row in rows:
        if row.revenue is None or row.costs <= row.revenue:
            continue
        product, currency = row.product, row.currency
        out.append(
            Suggestion(
                code=SuggestionCode.COSTS_EXCEED_REVENUE,
                product_id=product.id,
                severity=SuggestionSeverity.WARNING,
                title_zh="上季度成本高于收入",
                title_en="Costs exceeded revenue last quarter",
                detail_zh=(
                    f"{product.name_zh}在 {period} 的已知成本 {fmt_money(row.costs, currency)} "
                    f"高于收入 {fmt_money(row.revenue, currency)}，亏损 "
                    f"{fmt_money(row.costs - row.revenue, currency)}。建议复核定价与费率，"
                    "并压降运营、营销或渠道成本；长期亏损的产品可考虑整合或下线。"
                ),
                detail_en=(
                    f"Known costs of {product.name_en} in {period}, "
                    f"{fmt_money(row.costs, currency)}, exceeded its revenue of "
                    f"{fmt_money(row.revenue, currency)}: a loss of "
                    f"{fmt_money(row.costs - row.revenue, currency)}. Review pricing and fees and "
                    "cut operating, marketing or channel costs; consider merging or retiring a "
                    "product that keeps losing money."
                ),
                evidence=[
                    Evidence("统计期间", "Period", period),
                    Evidence("收入", "Revenue", fmt_money(row.revenue, currency)),
                    Evidence(
                        "其中净利息收入",
                        "of which net interest margin",
                        fmt_money(row.interest_margin or Decimal(0), currency),
                    ),
                    Evidence(
                        "其中手续费收入", "of which fees", fmt_money(row.fee_income, currency)
                    ),
                    Evidence("已知成本", "Known costs", fmt_money(row.costs, currency)),
                    Evidence("利润", "Profit", fmt_money(row.revenue - row.costs, currency)),
                ],
            )
        )
    return out


async def _complaint_counts(ids: list[int], start: date, end: date) -> dict[int, int]:
    rows = (
        await models.MetricValue.filter(
            product_id__in=ids,
            metric=Metric.COMPLAINT_COUNT.value,
            business_date__gte=start,
            business_date__lte=end,
        )
        .group_by("product_id")
        .annotate(n=Sum("value"))
        .values("product_id", "n")
    )
    return {r["product_id"]: int(Decimal(str(r["n"] or 0))) for r in rows}


async def _complaints_rising(products: list[product_models.Product], on: date) -> list[Suggestion]:
    ids = [p.id for p in products]
    recent_start = on - timedelta(days=COMPLAINT_WINDOW_DAYS - 1)
    earlier_end = recent_start - timedelta(days=1)
    recent = await _complaint_counts(ids, recent_start, on)
    earlier = await _complaint_counts(
        ids, earlier_end - timedelta(days=COMPLAINT_WINDOW_DAYS - 1), earlier_end
    )
    out = []
    for product in products:
        now, before = recent.get(product.id, 0), earlier.get(product.id, 0)
        if now < COMPLAINT_MIN_COUNT:
            continue
        if Decimal(now) * HUNDRED < Decimal(before) * (HUNDRED + COMPLAINT_RISE_PERCENT):
            continue
        change = _change(Decimal(now), Decimal(before))
        change_text = fmt_percent(change) if change is not None else "—"
        out.append(
            Suggestion(
                code=SuggestionCode.COMPLAINTS_RISING,
                product_id=product.id,
                severity=SuggestionSeverity.WARNING,
                title_zh="投诉量明显上升",
                title_en="Complaints rising",
                detail_zh=(
                    f"{product.name_zh}近 {COMPLAINT_WINDOW_DAYS} 天收到投诉 {now} 件，"
                    f"前 {COMPLAINT_WINDOW_DAYS} 天为 {before} 件。建议梳理投诉主题，"
                    "排查销售话术、费用披露与服务流程中的问题并及时整改。"
                ),
                detail_en=(
                    f"{product.name_en} drew {now} complaints in the last "
                    f"{COMPLAINT_WINDOW_DAYS} days against {before} in the {COMPLAINT_WINDOW_DAYS} "
                    "days before. Group the complaints by topic and fix what they point at "
                    "(sales scripts, fee disclosure, service process)."
                ),
                evidence=[
                    Evidence(
                        f"近 {COMPLAINT_WINDOW_DAYS} 天投诉",
                        f"Complaints, last {COMPLAINT_WINDOW_DAYS} days",
                        str(now),
                    ),
                    Evidence(
                        f"前 {COMPLAINT_WINDOW_DAYS} 天投诉",
                        f"Complaints, {COMPLAINT_WINDOW_DAYS} days before",
                        str(before),
                    ),
                    Evidence("变化", "Change", change_text),
                ],
            )
        )
    return out


async def suggest(
    *,
    product_ids: Sequence[int] | None = None,
    family: str | None = None,
    on: date | None = None,
) -> list[Suggestion]:
    """Every suggestion for the products named, those of a family, or every on-sale and
    suspended product, as of a business day (today by default); most severe first."""
    on = on or today()
    query = product_models.Product.all()
    if product_ids is not None:
        query = query.filter(id__in=list(product_ids))
    else:
        query = query.filter(status__in=ADVISED_STATUSES)
    if family is not None:
        query = query.filter(family=family)
    products = list(await query.order_by("code"))
    if not products:
        return []
    found: list[Suggestion] = [
        *await _npl_rising(products, on),
        *await _usage_and_satisfaction(products, on),
        *await _rate_vs_competitors(products, on),
        *_quota(products),
        *await _costs_exceed_revenue(products, on),
        *await _complaints_rising(products, on),
    ]
    codes = {p.id: p.code for p in products}
    order = list(SuggestionCode)
    found.sort(key=lambda s: (-s.severity.rank, codes[s.product_id], order.index(s.code)))
    return found
