"""Customer feedback (需求反馈) from surveys, the hotline, branches and the app, and what it
adds up to per product.

Every change runs in one transaction with its audit event. Aggregates are computed in the
database with one grouped query per figure (never one query per feedback row).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import models
from backend.domains.customers.enums import FeedbackSource
from backend.domains.products import models as product_models
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock, events
from backend.kernel.clock import today
from backend.kernel.guards import raise_if, require

TEXT_MAX = 5000
LATEST_COMMENTS = 5
TREND_MONTHS = 12


#: Feedback dated this far in the future is refused (clock skew between systems is allowed).
FUTURE_TOLERANCE = timedelta(minutes=5)


def user_id_of(actor: Actor) -> int | None:
    return actor.id if actor.type.value == "USER" else None


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def nps_score(promoters: int, detractors: int, total: int) -> float | None:
    """NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100; None without answers."""
    if total == 0:
        return None
    return round(100.0 * (promoters - detractors) / total, 1)


def month_start(day: date) -> date:
    """The first day of the day's month."""
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after the day's month (negative goes back)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


async def check_refs(
    errors: list[FieldError],
    *,
    product_id: int | None,
    customer_id: int | None,
    product_field: str = "productId",
    customer_field: str = "customerId",
) -> None:
    """Add NOT_FOUND errors for a product or customer id that names nothing."""
    if product_id is not None and not await product_models.Product.filter(id=product_id).exists():
        errors.append(FieldError(ErrorCode.NOT_FOUND, "No such product.", product_field))
    if customer_id is not None and not await models.Customer.filter(id=customer_id).exists():
        errors.append(FieldError(ErrorCode.NOT_FOUND, "No such customer.", customer_field))


def check_feedback(data: dict[str, Any], *, now: datetime) -> list[FieldError]:
    """Validate feedback fields (not the references); errors name the camelCase input field."""
    errors: list[FieldError] = []
    rating, nps, text = data.get("rating"), data.get("nps"), data.get("text") or ""
    if data.get("source") is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", "source"))
    elif data["source"] not in {s.value for s in FeedbackSource}:
        errors.append(FieldError(ErrorCode.INVALID, "Unknown feedback source.", "source"))
    if rating is not None and not (is_int(rating) and 1 <= rating <= 5):
        errors.append(
            FieldError(ErrorCode.INVALID, "A rating is a whole number from 1 to 5.", "rating")
        )
    if nps is not None and not (is_int(nps) and 0 <= nps <= 10):
        errors.append(
            FieldError(ErrorCode.INVALID, "An NPS answer is a whole number from 0 to 10.", "nps")
        )
    if len(text) > TEXT_MAX:
        errors.append(
            FieldError(ErrorCode.INVALID, "At most {max} characters.", "text", (("max", TEXT_MAX),))
        )
    if rating is None and nps is None and not text.strip():
        errors.append(
            FieldError(ErrorCode.REQUIRED, "Give a rating, an NPS answer or a comment.", "text")
        )
    received = data.get("received_at")
    if received is not None and received > now + FUTURE_TOLERANCE:
        errors.append(
            FieldError(
                ErrorCode.INVALID, "Feedback cannot be received in the future.", "receivedAt"
            )
        )
    external_id = data.get("external_id")
    if external_id is not None and not 1 <= len(external_id.strip()) <= 64:
        errors.append(
            FieldError(ErrorCode.INVALID, "An external id is 1–64 characters.", "externalId")
        )
    return errors


def _feedback_snapshot(row: models.Feedback) -> dict[str, Any]:
    return {
        "source": row.source,
        "rating": row.rating,
        "nps": row.nps,
        "text": row.text,
        "product_id": row.product_id,
        "customer_id": row.customer_id,
        "survey_response_id": row.survey_response_id,
        "received_at": row.received_at,
        "external_id": row.external_id,
    }


async def create_feedback(*, data: dict[str, Any], actor: Actor) -> models.Feedback:
    """Record one piece of feedback from a survey, the hotline, a branch or the app.

    ``data`` holds source, rating, nps, text, product_id, customer_id, received_at (now when
    missing) and an optional external_id that makes the call idempotent-safe (a repeat is
    refused as DUPLICATE).
    """
    require(actor, perms.FEEDBACK_WRITE)
    now = clock.now()
    errors = check_feedback(data, now=now)
    await check_refs(errors, product_id=data.get("product_id"), customer_id=data.get("customer_id"))
    raise_if(errors)
    external_id = (data.get("external_id") or "").strip() or None
    async with db.transaction():
        if external_id and await models.Feedback.filter(external_id=external_id).exists():
            raise DomainError.single(
                ErrorCode.DUPLICATE,
                "Feedback with external id '{external_id}' was already recorded.",
                "externalId",
                external_id=external_id,
            )
        row = await models.Feedback.create(
            external_id=external_id,
            source=data["source"],
            rating=data.get("rating"),
            nps=data.get("nps"),
            text=(data.get("text") or "").strip(),
            product_id=data.get("product_id"),
            customer_id=data.get("customer_id"),
            received_at=data.get("received_at") or now,
            created_by_id=user_id_of(actor),
        )
        await audit.record(
            actor=actor,
            action="feedback.create",
            object_type="Feedback",
            object_id=row.id,
            after=_feedback_snapshot(row),
        )
    await feedback_changed(row)
    return row


async def feedback_changed(row: models.Feedback) -> None:
    """Tell the reacting domains that a product's feedback changed (call after commit)."""
    if row.product_id is not None:
        await events.emit(
            events.FEEDBACK_CHANGED,
            product_ids=[row.product_id],
            dates=[clock.business_date(row.received_at)],
        )


@dataclass(frozen=True)
class FeedbackFilter:
    """Which feedback to list; every criterion is optional and they combine."""

    product_id: int | None = None
    customer_id: int | None = None
    source: FeedbackSource | None = None
    received_from: date | None = None
    received_to: date | None = None
    min_rating: int | None = None
    max_rating: int | None = None


def feedback_query(*, filter: FeedbackFilter | None = None) -> QuerySet[models.Feedback]:
    """Feedback matching the filter, newest first; dates are business days (Asia/Shanghai),
    both ends inclusive."""
    f = filter or FeedbackFilter()
    qs = models.Feedback.all()
    if f.product_id is not None:
        qs = qs.filter(product_id=f.product_id)
    if f.customer_id is not None:
        qs = qs.filter(customer_id=f.customer_id)
    if f.source is not None:
        qs = qs.filter(source=f.source.value)
    if f.received_from is not None:
        qs = qs.filter(received_at__gte=clock.start_of_business_day(f.received_from))
    if f.received_to is not None:
        qs = qs.filter(
            received_at__lt=clock.start_of_business_day(f.received_to + timedelta(days=1))
        )
    if f.min_rating is not None:
        qs = qs.filter(rating__gte=f.min_rating)
    if f.max_rating is not None:
        qs = qs.filter(rating__lte=f.max_rating)
    return qs.order_by("-received_at", "-id")


async def get_feedback(*, ids: Sequence[int]) -> list[models.Feedback]:
    """The feedback rows with these ids."""
    return await models.Feedback.filter(id__in=list(ids))


@dataclass
class MonthTrend:
    """Feedback of one business month."""

    month: date
    count: int = 0
    average_rating: float | None = None
    nps_score: float | None = None


@dataclass
class ProductFeedbackSummary:
    """Everything the feedback on one product adds up to."""

    product_id: int
    count: int
    average_rating: float | None
    rated: int
    nps_score: float | None
    promoters: int
    passives: int
    detractors: int
    rating_distribution: list[int]
    by_source: list[tuple[str, int]]
    latest_comments: list[models.Feedback]
    trend: list[MonthTrend]


def _month_sql(column: str) -> str:
    """SQL of a timestamp column's business month (Asia/Shanghai) as 'YYYY-MM'."""
    if db.is_postgres():
        return f"to_char(date_trunc('month', {column} AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM')"
    # China has had no daylight saving since 1991, so UTC+8 is exact.
    return f"strftime('%Y-%m', {column}, '+8 hours')"


async def _monthly_feedback(product_id: int, since: datetime) -> list[dict[str, Any]]:
    month = _month_sql("received_at")
    mark = "$1" if db.is_postgres() else "?"
    mark2 = "$2" if db.is_postgres() else "?"
    sql = (
        f"SELECT {month} AS month, COUNT(*) AS n, AVG(rating) AS avg_rating, "
        "SUM(CASE WHEN nps >= 9 THEN 1 ELSE 0 END) AS promoters, "
        "SUM(CASE WHEN nps <= 6 THEN 1 ELSE 0 END) AS detractors, "
        "COUNT(nps) AS nps_count "
        f"FROM customers_feedback WHERE product_id = {mark} AND received_at >= {mark2} "
        "GROUP BY 1 ORDER BY 1"
    )
    rows: list[dict[str, Any]] = await db.connection().execute_query_dict(sql, [product_id, since])
    return rows


async def product_feedback_summary(
    *, product_id: int, on: date | None = None
) -> ProductFeedbackSummary | None:
    """Aggregate a product's feedback: count, average rating, NPS, rating distribution, counts
    by source, the latest comments and a monthly trend over the last 12 business months (None
    when the product does not exist)."""
    if not await product_models.Product.exists(id=product_id):
        return None
    qs = models.Feedback.filter(product_id=product_id)
    ratings = (
        await qs.filter(rating__isnull=False)
        .annotate(n=Count("id"))
        .group_by("rating")
        .values("rating", "n")
    )
    npss = (
        await qs.filter(nps__isnull=False)
        .annotate(n=Count("id"))
        .group_by("nps")
        .values("nps", "n")
    )
    sources = await qs.annotate(n=Count("id")).group_by("source").values("source", "n")
    comments = await qs.exclude(text="").order_by("-received_at", "-id").limit(LATEST_COMMENTS)
    distribution = [0] * 5
    for r in ratings:
        distribution[r["rating"] - 1] = r["n"]
    rated = sum(distribution)
    nps_counts = {r["nps"]: r["n"] for r in npss}
    promoters = sum(n for v, n in nps_counts.items() if v >= 9)
    detractors = sum(n for v, n in nps_counts.items() if v <= 6)
    nps_total = sum(nps_counts.values())
    by_source = {r["source"]: r["n"] for r in sources}
    first = add_months(month_start(on or today()), -(TREND_MONTHS - 1))
    monthly = {
        r["month"]: r
        for r in await _monthly_feedback(product_id, clock.start_of_business_day(first))
    }
    trend = []
    for i in range(TREND_MONTHS):
        month = add_months(first, i)
        row = monthly.get(month.strftime("%Y-%m"))
        if row is None:
            trend.append(MonthTrend(month=month))
            continue
        trend.append(
            MonthTrend(
                month=month,
                count=int(row["n"]),
                average_rating=round(float(row["avg_rating"]), 2)
                if row["avg_rating"] is not None
                else None,
                nps_score=nps_score(
                    int(row["promoters"] or 0), int(row["detractors"] or 0), int(row["nps_count"])
                ),
            )
        )
    return ProductFeedbackSummary(
        product_id=product_id,
        count=sum(by_source.values()),
        average_rating=(
            round(sum((i + 1) * n for i, n in enumerate(distribution)) / rated, 2)
            if rated
            else None
        ),
        rated=rated,
        nps_score=nps_score(promoters, detractors, nps_total),
        promoters=promoters,
        passives=nps_total - promoters - detractors,
        detractors=detractors,
        rating_distribution=distribution,
        by_source=[(s.value, by_source.get(s.value, 0)) for s in FeedbackSource],
        latest_comments=list(comments),
        trend=trend,
    )
