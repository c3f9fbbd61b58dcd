"""Every rule the demo demonstrates, run over the whole demo book: the violations, by rule.

The rules are the services' own (suitability, eligibility, the sales window, minimum and
maximum amounts, currency, quota, the classification floor, assessment dates, metric ranges);
this module only walks the book and asks them.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from backend.domains.customers import classification, models, recommend
from backend.domains.customers import service as customer_service
from backend.domains.monitoring import ingest
from backend.domains.monitoring import models as monitoring_models
from backend.domains.monitoring.enums import Metric
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductStatus
from backend.kernel.clock import today

#: Statuses of a product that has been on sale (so it may have holdings).
LAUNCHED = {ProductStatus.ON_SALE, ProductStatus.SUSPENDED, ProductStatus.OFFLINE}
#: At most this share of customers may have an expired risk assessment (the demo keeps a few
#: on purpose, for the re-assessment screens).
EXPIRED_ASSESSMENT_SHARE = Decimal("0.08")


async def violations() -> dict[str, list[str]]:
    """Each rule's violations in the current book (an empty dict when the book is clean)."""
    found: dict[str, list[str]] = defaultdict(list)
    day = today()
    products = {p.id: p for p in await product_models.Product.all()}
    customers = {c.id: c for c in await models.Customer.all()}
    used: dict[int, Decimal] = defaultdict(Decimal)
    for h in await models.Holding.all():
        p, c = products[h.product_id], customers[h.customer_id]
        where = f"{h.external_id} ({p.code})"
        if p.status not in LAUNCHED:
            found["holding on a product never launched"].append(f"{where} {p.status}")
        if p.sales_start and h.opened_on < p.sales_start:
            found["opened before the sales start"].append(f"{where} {h.opened_on}<{p.sales_start}")
        if p.sales_end and h.opened_on > p.sales_end:
            found["opened after the sales end"].append(f"{where} {h.opened_on}>{p.sales_end}")
        if h.currency != p.currency:
            found["currency differs from the product's"].append(f"{where} {h.currency}")
        if p.min_amount is not None and h.principal < p.min_amount:
            found["below the product minimum"].append(f"{where} {h.principal}<{p.min_amount}")
        if p.max_amount is not None and h.principal > p.max_amount:
            found["above the product maximum"].append(f"{where} {h.principal}>{p.max_amount}")
        if not recommend.suitable(c, p, h.opened_on):
            found["not suitable (risk level above a current tolerance)"].append(
                f"{where} {p.risk_level}>{c.risk_tolerance} until {c.risk_expires_on}"
            )
        if not recommend.eligible(c, p, h.opened_on):
            found["customer not eligible"].append(f"{where} {c.external_id}")
        if h.classification and classification.below_floor(h.classification, h.days_past_due or 0):
            found["classification below the DPD floor"].append(where)
        used[p.id] += h.principal
    for pid, total in used.items():
        p = products[pid]
        if p.quota_total is not None and total > p.quota_total:
            found["quota exceeded"].append(f"{p.code} {total}>{p.quota_total}")
    expired = 0
    for c in customers.values():
        if c.risk_assessed_on and c.risk_assessed_on > day:
            found["assessment dated in the future"].append(c.external_id)
        if c.risk_tolerance and not customer_service.risk_assessment_current(c, day):
            expired += 1
    if customers and expired > EXPIRED_ASSESSMENT_SHARE * len(customers):
        found["too many expired assessments"].append(f"{expired} of {len(customers)}")
    for v in await monitoring_models.MetricValue.all():
        metric = Metric(v.metric)
        low, high = ingest.RANGES[metric]
        whole = metric not in ingest.WHOLE or v.value == v.value.to_integral_value()
        if v.value < low or (high is not None and v.value > high) or not whole:
            found["metric value out of range"].append(f"{v.metric} {v.business_date} {v.value}")
        if metric in ingest.RATIO_METRICS and (v.numerator is None or v.denominator is None):
            found["ratio stored without its parts"].append(f"{v.metric} {v.business_date}")
    return dict(found)
