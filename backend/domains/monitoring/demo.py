"""Demo monitoring: the default rules, reference data, 90 days of metrics and the alerts
they raise (the quick consumer loan's NPL ratio is above the warning line)."""

from __future__ import annotations

from datetime import timedelta

from backend.domains.monitoring import metrics, service
from backend.domains.products.service import today

DEMO_DAYS = 90


async def load() -> dict[str, int]:
    """Seed rules and reference data, backfill the metrics, and evaluate the rules once."""
    rules = await service.seed_default_rules()
    end = today()
    values = await metrics.backfill(start=end - timedelta(days=DEMO_DAYS - 1), end=end)
    outcome = await service.evaluate(today=end)
    return {"rules": rules, "values": values, "alerts": outcome.raised}
