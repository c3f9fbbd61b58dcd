"""How a risk rule judges a metric: the value observed over its window and the severity.

Pure functions, no database.

ABOVE: at or above the critical level is CRITICAL, at or above the warning level WARNING,
above the normal range's top INFO ("attention"), else normal. BELOW mirrors it.
CHANGE_VS_AVERAGE compares the window's daily mean with the mean of the ``baseline_days``
before the window, in percent — both over the days that have data (a missing day is "no
data", never zero) and only with at least ``MIN_BASELINE_DAYS`` of baseline; a negative warning level watches falls (like BELOW),
a positive one rises (like ABOVE). Flows (counts, amounts) add up over the window; levels
(balances, ratios) use the latest value in it. NO_DATA counts the days without data.

Which days are judged (``judgements``): every business day whose data changed, on that day;
besides, flows on the last complete day and levels on today. An ABOVE flow rule also judges the
running day, since a count only grows: that judgement may raise or escalate, never ease or
resolve (the day is not over).
"""

from __future__ import annotations

from collections.abc import Iterable
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
        return self.condition in (RuleCondition.ABOVE, RuleCondition.NO_DATA)


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


@dataclass(frozen=True, order=True)
class Judgement:
    """One business day a rule is judged on; ``running`` is today for a flow (not over yet)."""

    day: date
    running: bool = False


def judgements(
    metric: Metric, condition: RuleCondition, today: date, changed: Iterable[date] = ()
) -> list[Judgement]:
    """The days a rule judges, oldest first: each day whose data changed (up to today), the
    last complete day for flows and today for levels; an ABOVE flow also judges the running
    day (a count only grows, so a surge is raised the day it happens)."""
    complete = today - timedelta(days=1)
    if metric not in FLOW_METRICS:
        return [Judgement(d) for d in sorted({d for d in changed if d <= today} | {today})]
    days = [Judgement(d) for d in sorted({d for d in changed if d < today} | {complete})]
    if condition == RuleCondition.ABOVE:
        days.append(Judgement(today, running=True))
    return days


def lookback_days(condition: RuleCondition, levels: Levels, window: int, baseline: int) -> int:
    """How many days before the judged day the rule reads."""
    if condition == RuleCondition.NO_DATA:
        return int(max(levels.warning, levels.critical or 0)) + 1
    return window + baseline


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


def no_data(
    *, metric: Metric, points: list[Point], day: date, on_sale_since: date | None, lookback: int
) -> Observation | None:
    """Days without data up to a day (0 when it has data), counted from the last day with data
    or, for a product put on sale since, from that day; None before it was on sale.

    A day has data when a value is stored for it; for flows, a value other than zero, since a
    computed flow stores 0 for a day on which nothing arrived."""
    if on_sale_since is not None and on_sale_since > day:
        return None
    flow = metric in FLOW_METRICS
    seen = [p.day for p in points if p.day <= day and (p.value != 0 or not flow)]
    starts = [d for d in (max(seen, default=None), _before(on_sale_since)) if d is not None]
    since = max(starts) if starts else day - timedelta(days=lookback)
    gap = Decimal(max((day - since).days, 0))
    return Observation(gap, gap)


def _before(day: date | None) -> date | None:
    return None if day is None else day - timedelta(days=1)
