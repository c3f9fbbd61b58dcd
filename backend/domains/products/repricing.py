"""LPR repricing of a floating-rate loan, as pure functions (no database).

A loan drawn on ``d0`` at LPR(d0) + spread keeps that LPR until its next repricing day, then
takes the LPR in force on that day, and so on (重定价):

- ``JANUARY_FIRST``: every 1 January after the drawdown (drawn on 1 January: the next one);
- ``ANNIVERSARY``: every anniversary of the drawdown (a 29 February drawdown reprices on
  28 February in common years and on 29 February in leap years);
- ``MONTHLY``: the drawdown's day of every following month, clamped to the month's end
  (drawn on 31 January: 28/29 February, 31 March, 30 April…).

The LPR "in force" on a day is the entry with the latest ``effective_from`` on or before it
(an LPR announced and effective on the 20th applies to a repricing day that is the 20th).
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from backend.domains.products.enums import Repricing

#: Decimals of a rate (percent p.a.).
RATE_QUANTUM = Decimal("0.0001")


@dataclass(frozen=True)
class RatePeriod:
    """From ``from_day`` (until the next period) the loan pays ``rate`` = ``lpr`` + spread."""

    from_day: date
    lpr: Decimal
    rate: Decimal


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def repricing_days(drawn_on: date, rule: Repricing, until: date) -> list[date]:
    """The repricing days of a loan drawn on ``drawn_on``: after the drawdown, up to and
    including ``until`` (none when ``until`` is before the first)."""
    days: list[date] = []
    step = 1
    while True:
        try:
            if rule == Repricing.JANUARY_FIRST:
                day = date(drawn_on.year + step, 1, 1)
            elif rule == Repricing.ANNIVERSARY:
                day = add_months(drawn_on, 12 * step)
            else:
                day = add_months(drawn_on, step)
        except ValueError:  # past the last representable date: no later day is up to `until`
            return days
        if day > until:
            return days
        days.append(day)
        step += 1


def in_force(entries: Sequence[tuple[date, Decimal]], day: date) -> Decimal | None:
    """The rate in force on a day among ``(effective_from, rate)`` entries sorted oldest
    first, or None before the first."""
    index = bisect_right([d for d, _ in entries], day)
    return entries[index - 1][1] if index else None


def rate_history(
    entries: Iterable[tuple[date, Decimal]],
    spread_bps: int,
    drawn_on: date,
    rule: Repricing,
    until: date,
) -> list[RatePeriod]:
    """The loan's rate periods from the drawdown up to ``until``: one period per change of
    rate (a repricing day on which the LPR has not changed starts no new period).

    Raises ``LookupError`` (with the day) when no LPR is in force on the drawdown or on a
    repricing day; the caller turns it into its typed error.
    """
    ordered = sorted(entries, key=lambda e: e[0])
    spread = Decimal(spread_bps) / 100
    periods: list[RatePeriod] = []
    for day in [drawn_on, *repricing_days(drawn_on, rule, until)]:
        lpr = in_force(ordered, day)
        if lpr is None:
            raise LookupError(day)
        lpr = lpr.quantize(RATE_QUANTUM)
        if periods and periods[-1].lpr == lpr:
            continue
        periods.append(RatePeriod(day, lpr, (lpr + spread).quantize(RATE_QUANTUM)))
    return periods
