"""The business clock: pinning from the environment, the Shanghai business date around
midnight, and model stamps (``created_at``/``updated_at``) taken from the clock."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from backend.domains.auth.enums import Role
from backend.domains.auth.models import User
from backend.kernel import clock
from tests.factories import create_user


@pytest.fixture
def repin() -> Iterator[None]:
    """Let a test move the clock, then put back the suite's pin (it ran on meanwhile)."""
    pinned = clock.now() if clock.is_pinned() else None
    started = time.monotonic()
    yield
    clock.unpin()
    if pinned is not None:
        clock.pin(pinned + timedelta(seconds=time.monotonic() - started))


def test_pin_from_environment_pins_an_iso_instant_and_runs_on(repin: None) -> None:
    # when
    at = clock.pin_from_environment({clock.CLOCK_ENV: "2026-06-15T23:30:00+08:00"})
    # then
    assert at == datetime(2026, 6, 15, 15, 30, tzinfo=UTC)
    assert clock.is_pinned()
    assert timedelta(0) <= clock.now() - at < timedelta(seconds=5)
    assert clock.today() == date(2026, 6, 15)


def test_a_child_process_takes_its_parents_offset_not_its_parents_instant(repin: None) -> None:
    # given a parent pinned at 23:30 Shanghai whose child starts 40 s later
    clock.pin_from_environment({clock.CLOCK_ENV: "2026-06-15T23:30:00+08:00"})
    exported = clock.exported()
    anchor = datetime.fromisoformat(exported[clock.ANCHOR_ENV]) - timedelta(seconds=40)
    # when the child reads the environment (the anchor says when the parent read 23:30)
    clock.pin_from_environment({**exported, clock.ANCHOR_ENV: anchor.isoformat()})
    # then the child's clock runs 40 s ahead of the exported instant, like the parent's
    at = datetime.fromisoformat(exported[clock.CLOCK_ENV])
    assert timedelta(seconds=40) <= clock.now() - at < timedelta(seconds=45)
    clock.unpin()
    assert clock.exported() == {}


def test_pin_from_environment_leaves_the_clock_alone_without_the_variable(repin: None) -> None:
    clock.unpin()
    assert clock.pin_from_environment({}) is None
    assert not clock.is_pinned()


@pytest.mark.parametrize(
    ("text", "shanghai_date", "utc_date"),
    [
        ("2026-06-15T23:30:00+08:00", date(2026, 6, 15), date(2026, 6, 15)),
        ("2026-06-16T00:30:00+08:00", date(2026, 6, 16), date(2026, 6, 15)),
        ("2026-06-15T16:30:00+00:00", date(2026, 6, 16), date(2026, 6, 15)),
    ],
)
def test_the_business_date_is_the_shanghai_date_not_the_utc_date(
    repin: None, text: str, shanghai_date: date, utc_date: date
) -> None:
    clock.pin_from_environment({clock.CLOCK_ENV: text})
    assert clock.today() == shanghai_date
    assert clock.now().date() == utc_date
    assert clock.start_of_business_day(clock.today()) <= clock.now()
    assert clock.now() < clock.end_of_business_day(clock.today())


def test_a_wall_time_pins_today_in_shanghai_at_that_time() -> None:
    reference = datetime(2026, 6, 15, 17, 0, tzinfo=UTC)  # already 16 June in Shanghai
    assert clock.parse_clock_at("00:30", reference=reference) == datetime(
        2026, 6, 15, 16, 30, tzinfo=UTC
    )
    assert clock.parse_clock_at("23:30", reference=reference) == datetime(
        2026, 6, 16, 15, 30, tzinfo=UTC
    )


async def test_model_stamps_come_from_the_business_clock(repin: None) -> None:
    # given a clock far from the wall clock
    clock.pin(datetime(2031, 1, 1, 0, 30, tzinfo=clock.BUSINESS_TZ))
    # when
    user = await create_user(Role.ANALYST, username="stamped")
    # then
    stored = await User.get(id=user.id)
    assert clock.business_date(stored.created_at) == date(2031, 1, 1)
    assert abs(stored.updated_at - clock.now()) < timedelta(seconds=5)
    # and an update stamps updated_at only
    clock.pin(datetime(2031, 1, 2, 9, 0, tzinfo=clock.BUSINESS_TZ))
    stored.display_name = "Stamped again"
    await stored.save()
    again = await User.get(id=user.id)
    assert clock.business_date(again.created_at) == date(2031, 1, 1)
    assert clock.business_date(again.updated_at) == date(2031, 1, 2)
