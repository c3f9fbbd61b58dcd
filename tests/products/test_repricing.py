"""LPR repricing as pure functions: the repricing days of each rule and a loan's rate periods."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.domains.products.benchmarks import lpr_announcement_day
from backend.domains.products.enums import Repricing
from backend.domains.products.repricing import (
    RatePeriod,
    add_months,
    in_force,
    rate_history,
    repricing_days,
)

D = Decimal
#: The 5-year LPR around 2024 (effective on its announcement day).
LPR_5Y = [
    (date(2023, 6, 20), D("4.20")),
    (date(2024, 2, 20), D("3.95")),
    (date(2024, 7, 22), D("3.85")),
    (date(2024, 10, 21), D("3.60")),
    (date(2025, 5, 20), D("3.50")),
]


def test_january_first_reprices_every_new_year_after_the_drawdown() -> None:
    assert repricing_days(date(2024, 6, 15), Repricing.JANUARY_FIRST, date(2027, 1, 1)) == [
        date(2025, 1, 1),
        date(2026, 1, 1),
        date(2027, 1, 1),
    ]


def test_a_loan_drawn_on_january_first_reprices_a_year_later_not_that_day() -> None:
    days = repricing_days(date(2025, 1, 1), Repricing.JANUARY_FIRST, date(2026, 6, 30))
    assert days == [date(2026, 1, 1)]


def test_no_repricing_day_before_the_first_one() -> None:
    assert repricing_days(date(2025, 3, 1), Repricing.ANNIVERSARY, date(2026, 2, 28)) == []
    assert repricing_days(date(2025, 3, 1), Repricing.MONTHLY, date(2025, 3, 31)) == []


def test_repricing_stops_at_the_last_representable_day() -> None:
    assert repricing_days(date(9999, 6, 1), Repricing.JANUARY_FIRST, date.max) == []
    assert repricing_days(date(9999, 11, 30), Repricing.MONTHLY, date.max) == [date(9999, 12, 30)]


def test_a_february_29_anniversary_falls_on_february_28_in_common_years() -> None:
    days = repricing_days(date(2024, 2, 29), Repricing.ANNIVERSARY, date(2028, 12, 31))
    assert days == [date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29)]


def test_monthly_keeps_the_drawdown_day_clamped_to_the_month_end() -> None:
    days = repricing_days(date(2024, 1, 31), Repricing.MONTHLY, date(2024, 6, 30))
    assert days == [
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
        date(2024, 5, 31),
        date(2024, 6, 30),
    ]
    assert add_months(date(2023, 12, 31), 2) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 30), 14) == date(2026, 1, 30)


def test_a_loan_keeps_its_lpr_until_the_next_january_first() -> None:
    # drawn in March 2024 at 3.95 - 0.30; the cuts of July and October wait for 1 January
    periods = rate_history(LPR_5Y, -30, date(2024, 3, 1), Repricing.JANUARY_FIRST, date(2026, 1, 1))
    assert periods == [
        RatePeriod(date(2024, 3, 1), D("3.9500"), D("3.6500")),
        RatePeriod(date(2025, 1, 1), D("3.6000"), D("3.3000")),
        RatePeriod(date(2026, 1, 1), D("3.5000"), D("3.2000")),
    ]


def test_an_lpr_announced_the_day_before_a_repricing_day_applies() -> None:
    # monthly repricing on the 21st: the 20 February 2024 cut applies on 21 February
    periods = rate_history(LPR_5Y, 0, date(2024, 1, 21), Repricing.MONTHLY, date(2024, 3, 31))
    assert periods == [
        RatePeriod(date(2024, 1, 21), D("4.2000"), D("4.2000")),
        RatePeriod(date(2024, 2, 21), D("3.9500"), D("3.9500")),
    ]


def test_an_lpr_effective_on_the_repricing_day_itself_applies() -> None:
    periods = rate_history(LPR_5Y, 10, date(2024, 1, 20), Repricing.MONTHLY, date(2024, 2, 20))
    assert [p.lpr for p in periods] == [D("4.2000"), D("3.9500")]
    assert periods[-1] == RatePeriod(date(2024, 2, 20), D("3.9500"), D("4.0500"))


def test_a_repricing_day_without_a_change_starts_no_period() -> None:
    periods = rate_history(LPR_5Y, 55, date(2024, 8, 1), Repricing.MONTHLY, date(2024, 10, 1))
    assert periods == [RatePeriod(date(2024, 8, 1), D("3.8500"), D("4.4000"))]


def test_anniversary_repricing_of_a_loan_drawn_on_february_29() -> None:
    periods = rate_history(LPR_5Y, -45, date(2024, 2, 29), Repricing.ANNIVERSARY, date(2026, 3, 1))
    assert periods == [
        RatePeriod(date(2024, 2, 29), D("3.9500"), D("3.5000")),
        RatePeriod(date(2025, 2, 28), D("3.6000"), D("3.1500")),
        RatePeriod(date(2026, 2, 28), D("3.5000"), D("3.0500")),
    ]


def test_a_negative_spread_can_take_the_rate_below_the_lpr() -> None:
    periods = rate_history(
        LPR_5Y, -300, date(2025, 6, 1), Repricing.JANUARY_FIRST, date(2025, 6, 1)
    )
    assert periods == [RatePeriod(date(2025, 6, 1), D("3.5000"), D("0.5000"))]


def test_no_lpr_in_force_on_the_drawdown_is_a_lookup_error() -> None:
    with pytest.raises(LookupError) as caught:
        rate_history(LPR_5Y, 0, date(2023, 6, 19), Repricing.MONTHLY, date(2023, 12, 31))
    assert caught.value.args[0] == date(2023, 6, 19)
    assert in_force(LPR_5Y, date(2023, 6, 20)) == D("4.20")


def test_the_lpr_is_announced_on_the_20th_or_the_next_weekday() -> None:
    assert lpr_announcement_day(2024, 2) == date(2024, 2, 20)  # Tuesday
    assert lpr_announcement_day(2024, 7) == date(2024, 7, 22)  # 20th a Saturday
    assert lpr_announcement_day(2024, 10) == date(2024, 10, 21)  # 20th a Sunday
    assert lpr_announcement_day(2025, 5) == date(2025, 5, 20)


@given(
    drawn=st.dates(min_value=date(2023, 6, 20), max_value=date(2026, 12, 31)),
    days=st.integers(min_value=0, max_value=2000),
    spread=st.integers(min_value=-300, max_value=1000),
    rule=st.sampled_from(list(Repricing)),
)
def test_every_period_follows_the_lpr_in_force_on_its_first_day(
    drawn: date, days: int, spread: int, rule: Repricing
) -> None:
    until = drawn + timedelta(days=days)
    periods = rate_history(LPR_5Y, spread, drawn, rule, until)
    allowed = {drawn, *repricing_days(drawn, rule, until)}
    assert periods[0].from_day == drawn
    for earlier, later in zip(periods, periods[1:], strict=False):
        assert earlier.from_day < later.from_day and earlier.lpr != later.lpr
    for period in periods:
        assert period.from_day in allowed
        assert period.lpr == in_force(LPR_5Y, period.from_day)
        assert period.rate == period.lpr + D(spread) / 100
