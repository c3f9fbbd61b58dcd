"""Demo monitoring: the default rules, reference data, 130 days of metrics and the alerts
they raise (the quick consumer loan's NPL ratio is above the warning line)."""

from __future__ import annotations

from datetime import timedelta

from backend.domains.monitoring import evaluation, metrics, reference, rules
from backend.kernel.clock import today

#: Long enough for four month-ends, so month-on-month trends show (NPL rising...).
DEMO_DAYS = 130


async def load() -> dict[str, int]:
    """Seed rules and reference data, backfill the metrics, and evaluate the rules once."""
    created = await rules.seed_default_rules()
    await reference.seed_demo()
    end = today()
    values = await metrics.backfill(start=end - timedelta(days=DEMO_DAYS - 1), end=end)
    outcome = await evaluation.evaluate(today=end)
    return {"rules": created, "values": values, "alerts": outcome.raised}
