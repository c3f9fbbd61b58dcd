"""Suggestions from commercial signals: rates below competitors, quota nearly used, costs above revenue."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from backend.domains.monitoring import models, performance
from backend.domains.monitoring.advice import (
    COMPETITOR_MAX_AGE_DAYS,
    HUNDRED,
    QUOTA_CRITICAL_PERCENT,
    QUOTA_WARNING_PERCENT,
    RATE_GAP_MIN,
    RATE_GAP_WARNING,
    Evidence,
    Suggestion,
    SuggestionCode,
    SuggestionSeverity,
    fmt_money,
    fmt_percent,
    fmt_rate,
    term_en,
    term_zh,
)
from backend.domains.products import models as product_models
from backend.domains.products import terms as product_terms
from backend.domains.products import terms_upgrade
from backend.domains.products.enums import ProductFamily, ProductStatus


def _our_rates(terms: dict[str, Any] | None) -> dict[int | None, Decimal]:
    """term in months (None for demand) → the product's standard rate (lowest amount tier);
    a term band covering several months counts for the months it starts at."""
    out: dict[int | None, tuple[Decimal, Decimal]] = {}
    shaped = terms_upgrade.upgrade(ProductFamily.DEPOSIT, terms) if terms else {}
    for tier in shaped.get("rate_tiers") or []:
        if tier.get("rate") is None:
            continue
        bands = {b["unit"]: b for b in tier["bands"]}
        term_band, amount_band = bands.get("TERM_MONTHS"), bands.get("AMOUNT")
        term = int(term_band["lower"]) if term_band else None
        minimum = Decimal(amount_band["lower"]) if amount_band else Decimal(0)
        if term not in out or minimum < out[term][0]:
            out[term] = (minimum, Decimal(str(tier["rate"])))
    return {term: rate for term, (_, rate) in out.items()}


async def rate_vs_competitors(products: list[product_models.Product], on: date) -> list[Suggestion]:
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
            label_term = {term: (term_zh(term), term_en(term)) for term in ours}
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


def quota(products: list[product_models.Product]) -> list[Suggestion]:
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


async def costs_exceed_revenue(
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
