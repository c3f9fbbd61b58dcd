"""How monitoring reacts to other domains' events: recompute metrics and judge the rules.

Registered through ``backend.kernel.events.HANDLER_MODULES``; runs synchronously after the
emitting change committed, so alerts are current before that call returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from backend.domains.monitoring import access_anomaly, alerts, evaluation
from backend.domains.monitoring.errors import MonitoringErrorCode
from backend.errors import FieldError
from backend.kernel import events


@events.on(events.HOLDINGS_CHANGED)
@events.on(events.TRANSACTIONS_IMPORTED)
@events.on(events.FEEDBACK_CHANGED)
async def recompute_products(*, product_ids: Iterable[int], dates: Iterable[date] = ()) -> None:
    """Recompute the products' metrics for the changed days and re-evaluate their rules."""
    await evaluation.data_changed(product_ids=product_ids, dates=dates)


@events.objects_to(events.PRODUCT_RESUMING)
async def suspending_alert_still_open(*, product_id: int) -> list[FieldError]:
    """A product stays suspended while the alert whose automatic action suspended it is open."""
    alert = await alerts.open_suspending_alert(product_id)
    if alert is None:
        return []
    return [
        FieldError(
            MonitoringErrorCode.SUSPENDING_ALERT_OPEN,
            "Alert {alert} ({rule}) that suspended this product is still open; resolve it first.",
            "id",
            (("alert", alert.id), ("rule", alert.rule.code if alert.rule else "")),
        )
    ]


@events.on(events.CUSTOMERS_ACCESSED)
async def judge_customer_access(**payload: Any) -> None:
    """Judge the access rules for whoever just read customer data (异常访问)."""
    await access_anomaly.judge(**payload)


@events.on(events.PII_SEARCH_LIMITED)
async def alert_pii_search_limit(**payload: Any) -> None:
    """Raise an access alert for a user past the limit of exact searches by personal data."""
    await access_anomaly.pii_search_limited(**payload)
