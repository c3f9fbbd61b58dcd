"""How a risk rule judges a metric: the value observed over its window and the severity.

Pure functions, no database.

ABOVE: at or above the critical level is CRITICAL, at or above the warning level WARNING,
above the normal range's top INFO ("attention"), else normal. BELOW mirrors it.
CHANGE_VS_AVERAGE compares the window's daily mean with the mean of the ``baseline_days``
before the window, in percent — both over the days that have data (a missing day is "no
data", never zero) and only with at least ``MIN_BASELINE_DAYS`` of baseline; a negative warning level watches falls (like BELOW),
a positive one rises (like ABOVE). Flows (counts, amounts) add up over the window and are
judged on complete business days; levels (balances, ratios) use the latest value in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from backend.domains.monitoring.enums import (
    FLOW_METRICS,
    Metric,
    RuleCondition,
    Severity,
)
from backend.domains.monitoring.metrics import Point

_PCT = Decimal("0.0001")


@dataclass(frozen=True)
class Levels:
    """A rule's condition and levels."""

    condition: RuleCondition
    warning: Decimal
    critical: Decimal | None = None
    normal_low: Decimal | None = None
    normal_high: Decimal | None = None

    @property
    def watches_rise(self) -> bool:
        """Whether higher values are worse."""
        if self.condition == RuleCondition.CHANGE_VS_AVERAGE:
            return self.warning >= 0
        return self.condition == RuleCondition.ABOVE


@dataclass(frozen=True)
class Observation:
    """What a rule compares with its levels, and what it was compared against."""

    compared: Decimal
    metric_value: Decimal
    baseline: Decimal | None = None


#: Fewest days of data a baseline averages over (a product launched last week has no
#: meaningful "usual"); the mean is taken over the days that have data, not the calendar.
MIN_BASELINE_DAYS = 7


def severity(levels: Levels, x: Decimal) -> Severity | None:
    """The severity of an observed value, or None when it is normal."""
    if levels.watches_rise:
        if levels.critical is not None and x >= levels.critical:
            return Severity.CRITICAL
        if x >= levels.warning:
            return Severity.WARNING
        if levels.normal_high is not None and x > levels.normal_high:
            return Severity.INFO
        return None
    if levels.critical is not None and x <= levels.critical:
        return Severity.CRITICAL
    if x <= levels.warning:
        return Severity.WARNING
    if levels.normal_low is not None and x < levels.normal_low:
        return Severity.INFO
    return None


def threshold(levels: Levels, level: Severity) -> Decimal | None:
    """The level a severity was reached at."""
    if level == Severity.CRITICAL:
        return levels.critical
    if level == Severity.WARNING:
        return levels.warning
    return levels.normal_high if levels.watches_rise else levels.normal_low


def evaluation_day(metric: Metric, today: date) -> date:
    """Flows are judged on the last complete business day, levels on today."""
    return today - timedelta(days=1) if metric in FLOW_METRICS else today


def observe(
    *,
    metric: Metric,
    condition: RuleCondition,
    points: list[Point],
    day: date,
    window_days: int,
    baseline_days: int,
) -> Observation | None:
    """The value a rule compares on a day, or None when there is not enough data."""
    window_start = day - timedelta(days=window_days - 1)
    base_start = window_start - timedelta(days=baseline_days)
    in_window = [p for p in points if window_start <= p.day <= day]
    in_base = [p for p in points if base_start <= p.day < window_start]
    if metric in FLOW_METRICS:
        if not in_window and not in_base:
            return None
        total = sum((p.value for p in in_window), Decimal(0))
        if condition != RuleCondition.CHANGE_VS_AVERAGE:
            return Observation(total, total)
        # a day without a stored value is "no data" (computed days store 0 for no activity)
        if not in_window or len(in_base) < min(MIN_BASELINE_DAYS, baseline_days):
            return None
        mean = total / len(in_window)
        base_mean = sum((p.value for p in in_base), Decimal(0)) / len(in_base)
        if base_mean == 0:
            return None
        change = ((mean - base_mean) / base_mean * 100).quantize(_PCT)
        return Observation(change, total, base_mean.quantize(_PCT))
    if not in_window:
        return None
    latest = in_window[-1].value
    if condition != RuleCondition.CHANGE_VS_AVERAGE:
        return Observation(latest, latest)
    if len(in_base) < min(MIN_BASELINE_DAYS, baseline_days):
        return None
    base_mean = sum((p.value for p in in_base), Decimal(0)) / len(in_base)
    if base_mean == 0:
        return None
    change = ((latest - base_mean) / base_mean * 100).quantize(_PCT)
    return Observation(change, latest, base_mean.quantize(_PCT))
