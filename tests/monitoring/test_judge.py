"""The judge: rule levels at their exact edges, windows and trailing averages."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from backend.domains.monitoring.enums import Metric, RuleCondition, Severity
from backend.domains.monitoring.judge import (
    Judgement,
    Levels,
    judgements,
    no_data,
    observe,
    severity,
)
from backend.domains.monitoring.metrics import Point

NPL = Levels(
    RuleCondition.ABOVE,
    warning=Decimal(5),
    critical=Decimal(8),
    normal_low=Decimal(0),
    normal_high=Decimal(3),
)
VOLUME = Levels(
    RuleCondition.CHANGE_VS_AVERAGE,
    warning=Decimal(-30),
    critical=Decimal(-50),
    normal_low=Decimal(-30),
)
SATISFACTION = Levels(
    RuleCondition.BELOW, warning=Decimal(3), critical=Decimal("2.5"), normal_low=Decimal("3.5")
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", None),
        ("2.9999", None),
        ("3", None),  # the top of the normal range is still normal
        ("3.0001", Severity.INFO),  # 3–5 % is "attention"
        ("4.9999", Severity.INFO),
        ("5", Severity.WARNING),  # warning at exactly 5 %
        ("7.9999", Severity.WARNING),
        ("8", Severity.CRITICAL),
        ("100", Severity.CRITICAL),
    ],
)
def test_npl_levels_at_their_edges(value: str, expected: Severity | None) -> None:
    assert severity(NPL, Decimal(value)) == expected


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("25", None),
        ("0", None),
        ("-29.9999", None),
        ("-30", Severity.WARNING),  # 30 % or more below the trailing average
        ("-49.9999", Severity.WARNING),
        ("-50", Severity.CRITICAL),
    ],
)
def test_volume_drop_levels_at_their_edges(change: str, expected: Severity | None) -> None:
    assert severity(VOLUME, Decimal(change)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("4.2", None),
        ("3.5", None),
        ("3.4999", Severity.INFO),
        ("3", Severity.WARNING),
        ("2.5", Severity.CRITICAL),
    ],
)
def test_below_rules_mirror_above_rules(value: str, expected: Severity | None) -> None:
    assert severity(SATISFACTION, Decimal(value)) == expected


def _daily(day: date, values: list[int]) -> list[Point]:
    """Points ending on ``day``, oldest first."""
    start = day - timedelta(days=len(values) - 1)
    return [Point(start + timedelta(days=i), Decimal(v)) for i, v in enumerate(values)]


def test_volume_window_mean_against_the_trailing_average() -> None:
    day = date(2026, 11, 29)
    # 28 baseline days at 10 a day, then 7 days at 7 a day: exactly −30 %
    points = _daily(day, [10] * 28 + [7] * 7)
    seen = observe(
        metric=Metric.TX_COUNT,
        condition=RuleCondition.CHANGE_VS_AVERAGE,
        points=points,
        day=day,
        window_days=7,
        baseline_days=28,
    )
    assert seen is not None
    assert seen.compared == Decimal("-30.0000")
    assert seen.baseline == Decimal("10.0000")
    assert seen.metric_value == 49
    assert severity(VOLUME, seen.compared) == Severity.WARNING


def _volume(points: list[Point], day: date) -> Decimal | None:
    seen = observe(
        metric=Metric.TX_COUNT,
        condition=RuleCondition.CHANGE_VS_AVERAGE,
        points=points,
        day=day,
        window_days=7,
        baseline_days=28,
    )
    return None if seen is None else seen.compared


def test_missing_days_are_no_data_not_zero_and_a_short_baseline_judges_nothing() -> None:
    day = date(2026, 11, 29)
    # constant volume with three days of downtime (no values stored) is no change, not −42.9 %
    steady = [
        p
        for p in _daily(day, [10] * 35)
        if p.day not in {day - timedelta(days=d) for d in (1, 2, 3)}
    ]
    assert _volume(steady, day) == Decimal("0.0000")
    # a product launched 10 days ago: the baseline is the 3 days before the window — too short
    assert _volume(_daily(day, [10] * 10), day) is None
    # launched 20 days ago: the baseline averages the 13 days that exist, not 28
    assert _volume(_daily(day, [10] * 13 + [5] * 7), day) == Decimal("-50.0000")
    # nothing at all in the window: no data, no judgement
    assert _volume(_daily(day - timedelta(days=7), [10] * 28), day) is None
    # no baseline at all
    assert _volume(_daily(day, [5] * 7), day) is None


def test_levels_use_the_latest_value_in_the_window() -> None:
    day = date(2026, 11, 30)
    points = _daily(day - timedelta(days=1), [1, 2, 6])
    seen = observe(
        metric=Metric.NPL_RATIO,
        condition=RuleCondition.ABOVE,
        points=points,
        day=day,
        window_days=3,
        baseline_days=30,
    )
    assert seen is not None and seen.compared == 6
    stale = observe(
        metric=Metric.NPL_RATIO,
        condition=RuleCondition.ABOVE,
        points=points,
        day=day + timedelta(days=5),
        window_days=1,
        baseline_days=30,
    )
    assert stale is None


def test_each_changed_day_is_judged_on_itself_and_an_above_flow_on_the_running_day() -> None:
    today = date(2026, 11, 30)
    yesterday, older = date(2026, 11, 29), date(2026, 11, 25)
    # nothing changed: flows judge the last complete day, levels today
    assert judgements(Metric.TX_COUNT, RuleCondition.CHANGE_VS_AVERAGE, today) == [
        Judgement(yesterday)
    ]
    assert judgements(Metric.NPL_RATIO, RuleCondition.ABOVE, today) == [Judgement(today)]
    # a count only grows: an ABOVE flow also judges the running day (which never resolves)
    assert judgements(Metric.COMPLAINT_COUNT, RuleCondition.ABOVE, today) == [
        Judgement(yesterday),
        Judgement(today, running=True),
    ]
    # data of an older day is judged on that day, oldest first; a future day never
    assert judgements(
        Metric.NPL_RATIO, RuleCondition.ABOVE, today, [yesterday, older, today + timedelta(1)]
    ) == [Judgement(older), Judgement(yesterday), Judgement(today)]
    # today's flow data of a BELOW or change rule waits for the day to be complete
    assert judgements(Metric.TX_COUNT, RuleCondition.BELOW, today, [today, older]) == [
        Judgement(older),
        Judgement(yesterday),
    ]


def test_no_data_counts_the_days_since_data_or_since_the_product_went_on_sale() -> None:
    day = date(2026, 11, 30)

    def gap(points: list[Point], since: date | None, metric: Metric = Metric.TX_COUNT) -> Any:
        seen = no_data(metric=metric, points=points, day=day, on_sale_since=since, lookback=8)
        return None if seen is None else seen.compared

    launched = date(2026, 10, 1)
    # data today: no gap; last data three days ago: 3 days without data
    assert gap(_daily(day, [5, 5]), launched) == 0
    assert gap(_daily(day - timedelta(days=3), [5]), launched) == 3
    # a computed flow of 0 is no data (nothing arrived); a level of 0 is data
    assert gap(_daily(day, [5, 0, 0]), launched) == 2
    assert gap(_daily(day, [5, 0, 0]), launched, Metric.NPL_RATIO) == 0
    # a product launched yesterday without data has missed one day, not the whole lookback
    assert gap([], day - timedelta(days=1)) == 2
    assert gap([], day) == 1
    # nothing known at all: at least the lookback; not on sale yet: not judged
    assert gap([], None) == 8
    assert gap([], day + timedelta(days=1)) is None
