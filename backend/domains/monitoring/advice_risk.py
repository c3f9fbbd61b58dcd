"""Suggestions from risk signals: NPL ratio rising, usage and satisfaction falling, complaints rising."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from tortoise.functions import Count, Sum

from backend.domains.customers import models as customer_models
from backend.domains.monitoring import models
from backend.domains.monitoring.advice import (
    CENT,
    COMPLAINT_MIN_COUNT,
    COMPLAINT_RISE_PERCENT,
    COMPLAINT_WINDOW_DAYS,
    HUNDRED,
    NPL_CRITICAL_RATIO,
    NPL_RISING_MONTHS,
    SATISFACTION_WINDOW_DAYS,
    TX_DROP_PERCENT,
    TX_MIN_PREVIOUS,
    TX_WINDOW_DAYS,
    Evidence,
    Suggestion,
    SuggestionCode,
    SuggestionSeverity,
    fmt_percent,
    percent_change,
    start_instant,
)
from backend.domains.monitoring.enums import Metric
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductFamily
from backend.kernel.clock import end_of_business_day
from backend.kernel.exact import exact_sum


def _month_ends(on: date, count: int) -> list[date]:
    """The last ``count`` month-ends on or before a day, oldest first."""
    last = on if (on + timedelta(days=1)).day == 1 else on.replace(day=1) - timedelta(days=1)
    ends = [last]
    for _ in range(count - 1):
        ends.append(ends[-1].replace(day=1) - timedelta(days=1))
    return ends[::-1]


async def npl_rising(products: list[product_models.Product], on: date) -> list[Suggestion]:
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
            received_at__gte=start_instant(start),
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


async def usage_and_satisfaction(
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
        change = percent_change(Decimal(now), Decimal(before))
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


async def _complaint_counts(ids: list[int], start: date, end: date) -> dict[int, int]:
    rows = (
        await models.MetricValue.filter(
            product_id__in=ids,
            metric=Metric.COMPLAINT_COUNT.value,
            business_date__gte=start,
            business_date__lte=end,
        )
        .group_by("product_id")
        .annotate(n=exact_sum("value"))
        .values("product_id", "n")
    )
    return {r["product_id"]: int(Decimal(str(r["n"] or 0))) for r in rows}


async def complaints_rising(products: list[product_models.Product], on: date) -> list[Suggestion]:
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
        change = percent_change(Decimal(now), Decimal(before))
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
