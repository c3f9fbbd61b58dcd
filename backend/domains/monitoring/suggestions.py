"""Product optimisation suggestions (产品优化建议): every rule's findings, most severe first.

Plain rules over the metrics, transactions, feedback, reference data and the performance
evaluation, each giving a bilingual title, a recommendation and the evidence behind it.

The rules (thresholds are the constants in ``advice``; the rules in ``advice_risk`` and
``advice_commercial``):

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
from datetime import date

from backend.domains.monitoring import advice_commercial, advice_risk
from backend.domains.monitoring.advice import (
    ADVISED_STATUSES,
    Suggestion,
    SuggestionCode,
)
from backend.domains.products import models as product_models
from backend.kernel.clock import today


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
        *await advice_risk.npl_rising(products, on),
        *await advice_risk.usage_and_satisfaction(products, on),
        *await advice_commercial.rate_vs_competitors(products, on),
        *advice_commercial.quota(products),
        *await advice_commercial.costs_exceed_revenue(products, on),
        *await advice_risk.complaints_rising(products, on),
    ]
    codes = {p.id: p.code for p in products}
    order = list(SuggestionCode)
    found.sort(key=lambda s: (-s.severity.rank, codes[s.product_id], order.index(s.code)))
    return found
