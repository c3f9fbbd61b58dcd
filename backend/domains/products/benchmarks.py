"""Benchmark rates: the Loan Prime Rates and the PBoC deposit benchmark rates, effective-dated
reference data.

One ``ReferenceTable`` (``products_benchmark_rate``): a rate (percent p.a., 4 decimals, 0–36)
applies from its ``effective_from`` until the next entry of the same kind; setting the same
kind and date again corrects that entry. Changes need ``benchmark_rate:write`` (risk officers)
and are audited as ``benchmarkRate.set`` / ``benchmarkRate.delete``.

The LPR is announced by the National Interbank Funding Center on the 20th of each month (the
next business day when the 20th is a weekend) and takes effect that day: an LPR entry must be
effective on such an announcement day. The kernel has no holiday calendar yet, so only
weekends roll (a 20th falling in a public holiday cannot be entered until it has one).

``rate_on`` / ``rates_on`` / ``lpr_on`` read the rates in force on a day (none in force is a
``BENCHMARK_RATE_MISSING`` error); ``loan_rate_history`` applies a loan's repricing rule
(``products.repricing``). A new installation starts from ``CURRENT_RATES`` (migration 0012
enters them; ``seed_current_rates`` does the same for tests and the demo).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.queryset import QuerySet

from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.jobs.service import Job
from backend.domains.products import models
from backend.domains.products import terms as product_terms
from backend.domains.products.enums import BenchmarkKind, LprTenor, ProductFamily, Repricing
from backend.domains.products.repricing import RATE_QUANTUM, RatePeriod, rate_history
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.reference import ReferenceTable

log = logging.getLogger("bankpm.products.benchmarks")

#: Highest rate accepted (percent p.a.) and the decimals kept.
RATE_MAX = Decimal("36")
RATE_PLACES = 4
NOTE_MAX = 200
#: The LPR is announced on this day of the month (or the next business day).
LPR_ANNOUNCEMENT_DAY = 20
#: Longest loan history asked for (years).
HISTORY_YEARS_MAX = 50
#: Spread over the LPR a loan may carry (basis points), as the loan terms allow.
SPREAD_BPS_MIN, SPREAD_BPS_MAX = -300, 1000

LPR_KINDS: dict[LprTenor, BenchmarkKind] = {
    LprTenor.ONE_YEAR: BenchmarkKind.LPR_1Y,
    LprTenor.FIVE_YEAR: BenchmarkKind.LPR_5Y,
}

FIVE_YEAR_DEPOSIT_NOTE = (
    "人民银行未公布五年期存款基准利率，取三年期利率 "
    "(the PBoC publishes no 5-year deposit benchmark; the 3-year rate is used)"
)
#: The rates in force when this was written, which a new installation starts from:
#: (effective_from = announced_on, rate, note). Risk officers enter later announcements.
CURRENT_RATES: dict[BenchmarkKind, tuple[date, Decimal, str]] = {
    BenchmarkKind.LPR_1Y: (date(2025, 5, 20), Decimal("3.0000"), ""),
    BenchmarkKind.LPR_5Y: (date(2025, 5, 20), Decimal("3.5000"), ""),
    BenchmarkKind.DEPOSIT_DEMAND: (date(2015, 10, 24), Decimal("0.3500"), ""),
    BenchmarkKind.DEPOSIT_3M: (date(2015, 10, 24), Decimal("1.1000"), ""),
    BenchmarkKind.DEPOSIT_6M: (date(2015, 10, 24), Decimal("1.3000"), ""),
    BenchmarkKind.DEPOSIT_1Y: (date(2015, 10, 24), Decimal("1.5000"), ""),
    BenchmarkKind.DEPOSIT_2Y: (date(2015, 10, 24), Decimal("2.1000"), ""),
    BenchmarkKind.DEPOSIT_3Y: (date(2015, 10, 24), Decimal("2.7500"), ""),
    BenchmarkKind.DEPOSIT_5Y: (
        date(2015, 10, 24),
        Decimal("2.7500"),
        FIVE_YEAR_DEPOSIT_NOTE,
    ),
}


def lpr_announcement_day(year: int, month: int) -> date:
    """The day the month's LPR is announced and effective: the 20th, or the Monday after
    when the 20th is a Saturday or Sunday."""
    day = date(year, month, LPR_ANNOUNCEMENT_DAY)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def is_lpr(kind: BenchmarkKind | str) -> bool:
    """Whether the kind is a Loan Prime Rate."""
    return BenchmarkKind(kind) in LPR_KINDS.values()


def missing(kind: BenchmarkKind | str, day: date, field: str | None = "kind") -> FieldError:
    """The error for a kind without a rate in force on a day."""
    return FieldError(
        ErrorCode.BENCHMARK_RATE_MISSING,
        "No {kind} benchmark rate is in force on {day}.",
        field,
        (("kind", BenchmarkKind(kind).value), ("day", day.isoformat())),
    )


def _decimal(value: Any) -> Decimal | None:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


async def _check(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []

    def fail(field: str, template: str, code: ErrorCode = ErrorCode.INVALID, **params: Any) -> None:
        errors.append(FieldError(code, template, field, tuple(params.items())))

    kind: BenchmarkKind | None = None
    if data.get("kind") in (None, ""):
        fail("kind", "This field is required.", ErrorCode.REQUIRED)
    elif data["kind"] not in {k.value for k in BenchmarkKind}:
        fail("kind", "Unknown benchmark rate kind.")
    else:
        kind = BenchmarkKind(data["kind"])
    rate = _decimal(data["rate"]) if data.get("rate") is not None else None
    if data.get("rate") is None:
        fail("rate", "This field is required.", ErrorCode.REQUIRED)
    elif (
        rate is None
        or not Decimal(0) <= rate <= RATE_MAX
        or rate.as_tuple().exponent < -RATE_PLACES  # type: ignore[operator]
    ):
        fail(
            "rate",
            "A benchmark rate is a percentage from 0 to {max}, with at most {places} decimals.",
            max=str(RATE_MAX),
            places=RATE_PLACES,
        )
        rate = None
    effective_from = data.get("effective_from")
    if effective_from is None:
        fail("effectiveFrom", "This field is required.", ErrorCode.REQUIRED)
    elif not isinstance(effective_from, date):
        fail("effectiveFrom", "Give a date.")
        effective_from = None
    elif kind is not None and is_lpr(kind):
        expected = lpr_announcement_day(effective_from.year, effective_from.month)
        if effective_from != expected:
            fail(
                "effectiveFrom",
                "The LPR is announced and takes effect on the 20th (the next business day "
                "when the 20th is a weekend): in that month {day}.",
                day=expected.isoformat(),
            )
    announced_on = data.get("announced_on") or effective_from
    if data.get("announced_on") is not None and not isinstance(data["announced_on"], date):
        fail("announcedOn", "Give a date.")
    elif isinstance(announced_on, date) and isinstance(effective_from, date):
        if announced_on > effective_from:
            fail("announcedOn", "A rate cannot take effect before it is announced.")
        elif kind is not None and is_lpr(kind) and announced_on != effective_from:
            fail("announcedOn", "The LPR takes effect on the day it is announced.")
    note = str(data.get("note") or "").strip()
    if len(note) > NOTE_MAX:
        fail("note", "At most {max} characters.", max=NOTE_MAX)
    clean = {
        "kind": kind.value if kind else None,
        "effective_from": effective_from,
        "rate": rate.quantize(RATE_QUANTUM) if rate is not None else None,
        "announced_on": announced_on,
        "note": note,
    }
    return clean, errors


BENCHMARK_RATES: ReferenceTable[models.BenchmarkRate] = ReferenceTable(
    model=models.BenchmarkRate,
    entity="benchmarkRate",
    fields=("id", "kind", "effective_from", "rate", "announced_on", "note"),
    key=("kind", "effective_from"),
    check=_check,
    permission=perms.BENCHMARK_RATE_WRITE,
    audit=audit.record,
    missing="No such benchmark rate.",
    order_by=("-effective_from", "kind", "-id"),
    race=FieldError(
        ErrorCode.CONFLICT,
        "Someone else entered the same benchmark rate meanwhile; reload.",
        "effectiveFrom",
    ),
)


async def set_benchmark_rate(*, data: dict[str, Any], actor: Actor) -> models.BenchmarkRate:
    """Set a benchmark rate from a date; the same kind and date again corrects that entry."""
    return await BENCHMARK_RATES.put(data=data, actor=actor)


async def delete_benchmark_rate(*, rate_id: int, actor: Actor) -> models.BenchmarkRate:
    """Delete a benchmark rate entry; returns it as it was."""
    return await BENCHMARK_RATES.delete(pk=rate_id, actor=actor)


def benchmark_rates_query(
    *, kind: BenchmarkKind | str | None = None
) -> QuerySet[models.BenchmarkRate]:
    """Benchmark rate entries, the newest first (of one kind, or of all)."""
    return BENCHMARK_RATES.query(kind=BenchmarkKind(kind).value if kind else None)


async def get_benchmark_rates(*, ids: Sequence[int]) -> list[models.BenchmarkRate]:
    """The benchmark rate entries with these ids."""
    return await BENCHMARK_RATES.get_many(ids=ids)


async def entries_on(day: date) -> dict[BenchmarkKind, models.BenchmarkRate]:
    """The entry in force on a day of every kind that has one (one query)."""
    rows = await models.BenchmarkRate.filter(effective_from__lte=day).order_by(
        "kind", "effective_from"
    )
    latest = {BenchmarkKind(row.kind): row for row in rows}
    return {kind: latest[kind] for kind in BenchmarkKind if kind in latest}


async def rates_on(day: date) -> dict[BenchmarkKind, Decimal]:
    """The rate in force on a day of every kind that has one (one query)."""
    return {
        kind: Decimal(str(row.rate)).quantize(RATE_QUANTUM)
        for kind, row in (await entries_on(day)).items()
    }


async def rate_on(kind: BenchmarkKind | str, day: date, field: str | None = "kind") -> Decimal:
    """The rate of a kind in force on a day; none in force is BENCHMARK_RATE_MISSING."""
    row = (
        await models.BenchmarkRate.filter(kind=BenchmarkKind(kind).value, effective_from__lte=day)
        .order_by("-effective_from")
        .first()
    )
    if row is None:
        raise DomainError(missing(kind, day, field))
    return Decimal(str(row.rate)).quantize(RATE_QUANTUM)


async def lpr_on(day: date) -> dict[LprTenor, Decimal]:
    """Both Loan Prime Rates in force on a day; either missing is BENCHMARK_RATE_MISSING."""
    rates = await rates_on(day)
    absent = [kind for kind in LPR_KINDS.values() if kind not in rates]
    if absent:
        raise DomainError(*(missing(kind, day) for kind in absent))
    return {tenor: rates[kind] for tenor, kind in LPR_KINDS.items()}


async def lpr_for(family: ProductFamily | str, day: date) -> dict[LprTenor, Decimal] | None:
    """The LPRs in force on a day when checking terms of a family that reads them (loans),
    else None; refuses a day without an LPR in force (``BENCHMARK_RATE_MISSING``)."""
    if ProductFamily(family) != ProductFamily.LOAN:
        return None
    return await lpr_on(day)


async def loan_rate_history(
    tenor: LprTenor,
    spread_bps: int,
    drawn_on: date,
    repricing: Repricing,
    until: date | None = None,
) -> list[RatePeriod]:
    """The rate periods of an LPR loan from its drawdown to ``until`` (default today): LPR in
    force on the drawdown + spread, then the LPR in force on each repricing day. Refuses a
    spread outside the loan terms' range, ``until`` before the drawdown or more than
    ``HISTORY_YEARS_MAX`` years after it, and a day without an LPR (BENCHMARK_RATE_MISSING)."""
    until = until or clock.today()
    errors: list[FieldError] = []
    if not SPREAD_BPS_MIN <= spread_bps <= SPREAD_BPS_MAX:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "The spread must be between {min} and {max} basis points.",
                "spreadBps",
                (("min", SPREAD_BPS_MIN), ("max", SPREAD_BPS_MAX)),
            )
        )
    if until < drawn_on:
        errors.append(FieldError(ErrorCode.INVALID, "The end lies before the drawdown.", "until"))
    elif until.year - drawn_on.year > HISTORY_YEARS_MAX:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "Ask for at most {years} years of history.",
                "until",
                (("years", HISTORY_YEARS_MAX),),
            )
        )
    if errors:
        raise DomainError(*errors)
    kind = LPR_KINDS[LprTenor(tenor)]
    rows = await models.BenchmarkRate.filter(
        kind=kind.value, effective_from__lte=until
    ).values_list("effective_from", "rate")
    entries = [(d, Decimal(str(r))) for d, r in rows]
    try:
        return rate_history(entries, spread_bps, drawn_on, Repricing(repricing), until)
    except LookupError as exc:
        day: date = exc.args[0]
        raise DomainError(missing(kind, day, "drawnOn" if day == drawn_on else "until")) from exc


async def refresh_rates(day: date | None = None) -> str:
    """The daily refresh of stored headline rates from the terms in force and, for
    LPR-linked loans, the LPR in force (the scheduler's ``products.refreshRates`` job, start-up
    and ``bankpm refresh-rates``). Without an LPR in force loans keep their stored rate."""
    day = day or clock.today()
    try:
        lpr: dict[LprTenor, Decimal] | None = await lpr_on(day)
    except DomainError as exc:
        log.warning("LPR not in force, loans keep their stored rates: %s", exc)
        lpr = None
    changed = await product_terms.refresh_headline_rates(day=day, lpr=lpr)
    return f"headline rates refreshed: {changed} products changed"


async def seed_current_rates() -> int:
    """Enter ``CURRENT_RATES`` for every kind without any entry (a new installation, tests);
    returns how many were entered. Kinds with entries are left alone."""
    have = {k for (k,) in await models.BenchmarkRate.all().values_list("kind")}
    rows = [
        models.BenchmarkRate(
            kind=kind.value, effective_from=day, announced_on=day, rate=rate, note=note
        )
        for kind, (day, rate, note) in CURRENT_RATES.items()
        if kind.value not in have
    ]
    await models.BenchmarkRate.bulk_create(rows)
    return len(rows)


#: The scheduler's job refreshing headline rates, and how often it runs (a new LPR or a
#: scheduled terms change shows within the hour after the business day turns).
REFRESH_JOB = "products.refreshRates"
REFRESH_INTERVAL_SECONDS = 3600.0


def jobs() -> list[Job]:
    """The products domain's scheduled jobs."""
    return [Job(name=REFRESH_JOB, interval_seconds=REFRESH_INTERVAL_SECONDS, run=refresh_rates)]
