"""The business clock: every "now" and "today" in code and tests comes from here.

Business dates are Asia/Shanghai dates (a metric, a maturity, an effective date). Instants are
stored in UTC. The clock can be shifted for tests and drills:

- ``BANKPM_CLOCK_AT`` in the environment — ``HH:MM`` (today's Shanghai date at that wall time)
  or an ISO 8601 instant — moves the clock there when the process starts; it then runs on
  from that instant at normal speed. With ``BANKPM_CLOCK_ANCHOR`` (the real instant at which
  the clock read ``BANKPM_CLOCK_AT``) a child process takes the same offset as its parent, so a
  live server started later agrees with its tests to the millisecond (``exported()``).
- ``pin(at)`` does the same in-process (tests), and ``unpin()`` returns to real time;
  ``pin_from_environment()`` re-reads the variable (the test suite calls it at start-up).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

BUSINESS_TZ = ZoneInfo("Asia/Shanghai")
#: Name of the environment variable that shifts the clock (see the module docstring).
CLOCK_ENV = "BANKPM_CLOCK_AT"
#: The real instant at which the clock read ``BANKPM_CLOCK_AT`` (set by ``exported()``).
ANCHOR_ENV = "BANKPM_CLOCK_ANCHOR"

_offset = timedelta(0)


def _real_now() -> datetime:
    return datetime.now(UTC)


def parse_clock_at(text: str, *, reference: datetime | None = None) -> datetime:
    """Read ``HH:MM`` (that wall time on the reference's Shanghai date) or an ISO instant."""
    text = text.strip()
    reference = reference or _real_now()
    if len(text) <= 5 and ":" in text:
        wall = time.fromisoformat(text)
        day = reference.astimezone(BUSINESS_TZ).date()
        return datetime.combine(day, wall, BUSINESS_TZ).astimezone(UTC)
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BUSINESS_TZ)
    return moment.astimezone(UTC)


def pin(at: datetime) -> None:
    """Move the clock to ``at`` (aware) from which it runs on; for tests and drills."""
    global _offset
    if at.tzinfo is None:
        raise ValueError("pin() needs an aware datetime")
    _offset = at - _real_now()


def unpin() -> None:
    """Return the clock to real time."""
    global _offset
    _offset = timedelta(0)


def pin_from_environment(environ: Mapping[str, str] | None = None) -> datetime | None:
    """Pin the clock at ``BANKPM_CLOCK_AT`` when it is set (else leave it); return the pin."""
    env = os.environ if environ is None else environ
    text = env.get(CLOCK_ENV, "").strip()
    if not text:
        return None
    at = parse_clock_at(text)
    anchor = env.get(ANCHOR_ENV, "").strip()
    if anchor:
        global _offset
        _offset = at - datetime.fromisoformat(anchor)
    else:
        pin(at)
    return at


def exported() -> dict[str, str]:
    """Environment that makes a child process run on this process's clock (empty if real)."""
    if not is_pinned():
        return {}
    real = _real_now()
    return {CLOCK_ENV: (real + _offset).isoformat(), ANCHOR_ENV: real.isoformat()}


def is_pinned() -> bool:
    """Whether the clock runs shifted from real time."""
    return _offset != timedelta(0)


def now() -> datetime:
    """The current instant, in UTC."""
    return _real_now() + _offset


def today() -> date:
    """Today's business date (Asia/Shanghai)."""
    return now().astimezone(BUSINESS_TZ).date()


def business_date(moment: datetime) -> date:
    """The business date (Asia/Shanghai) of an instant; a naive one is taken as Shanghai time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BUSINESS_TZ)
    return moment.astimezone(BUSINESS_TZ).date()


def start_of_business_day(day: date) -> datetime:
    """The first instant of a business day, in UTC."""
    return datetime.combine(day, time.min, BUSINESS_TZ).astimezone(UTC)


def end_of_business_day(day: date) -> datetime:
    """The instant a business day ends (the next one starts), in UTC."""
    return start_of_business_day(day + timedelta(days=1))


def at_business_time(day: date, wall: time) -> datetime:
    """An instant given as a business date and a Shanghai wall time."""
    return datetime.combine(day, wall, BUSINESS_TZ)


pin_from_environment()
