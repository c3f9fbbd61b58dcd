"""Feedback (需求反馈): records from surveys, the hotline, branches and the app; surveys with
validated questions, a DRAFT → OPEN → CLOSED lifecycle and validated responses; and the
aggregates per product and per survey question.

Every change runs in one transaction with its audit event. Aggregates are computed in the
database with one grouped query per figure (never one query per feedback row); survey
question results read the answers of the surveys asked for in one query.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import models
from backend.domains.customers.enums import FeedbackSource, SurveyStatus
from backend.domains.products import models as product_models
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.clock import BUSINESS_TZ, today
from backend.kernel.guards import raise_if, require

TEXT_MAX = 5000
TITLE_MAX = 200
QUESTIONS_MAX = 50
QUESTION_TEXT_MAX = 500
OPTIONS_MAX = 20
OPTION_MAX = 200
QUESTION_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
LATEST_COMMENTS = 5
TREND_MONTHS = 12
#: Feedback dated this far in the future is refused (clock skew between systems is allowed).
FUTURE_TOLERANCE = timedelta(minutes=5)


class QuestionKind(StrEnum):
    """What kind of answer a survey question takes."""

    RATING = "RATING"
    NPS = "NPS"
    TEXT = "TEXT"
    CHOICE = "CHOICE"


QUESTION_KINDS = tuple(k.value for k in QuestionKind)


def _user_id(actor: Actor) -> int | None:
    return actor.id if actor.type.value == "USER" else None


def _is_int(value: Any) -> bool:
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


def _start_of_day(day: date) -> datetime:
    return datetime.combine(day, time.min, BUSINESS_TZ).astimezone(UTC)


# --- feedback -------------------------------------------------------------------------------


async def _check_refs(
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
    if rating is not None and not (_is_int(rating) and 1 <= rating <= 5):
        errors.append(
            FieldError(ErrorCode.INVALID, "A rating is a whole number from 1 to 5.", "rating")
        )
    if nps is not None and not (_is_int(nps) and 0 <= nps <= 10):
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
    await _check_refs(
        errors, product_id=data.get("product_id"), customer_id=data.get("customer_id")
    )
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
            created_by_id=_user_id(actor),
        )
        await audit.record(
            actor=actor,
            action="feedback.create",
            object_type="Feedback",
            object_id=row.id,
            after=_feedback_snapshot(row),
        )
    return row


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
        qs = qs.filter(received_at__gte=_start_of_day(f.received_from))
    if f.received_to is not None:
        qs = qs.filter(received_at__lt=_start_of_day(f.received_to + timedelta(days=1)))
    if f.min_rating is not None:
        qs = qs.filter(rating__gte=f.min_rating)
    if f.max_rating is not None:
        qs = qs.filter(rating__lte=f.max_rating)
    return qs.order_by("-received_at", "-id")


async def get_feedback(*, ids: Sequence[int]) -> list[models.Feedback]:
    """The feedback rows with these ids."""
    return await models.Feedback.filter(id__in=list(ids))


# --- surveys: questions and answers ---------------------------------------------------------


def check_questions(
    questions: Any, path: str = "questions"
) -> tuple[list[dict[str, Any]], list[FieldError]]:
    """Validate survey questions and return them normalised.

    A question is ``{id, text, kind: RATING|NPS|TEXT|CHOICE, options?, required}``; ids are
    unique, CHOICE questions have 2–20 distinct options and only they have options.
    """
    errors: list[FieldError] = []
    if not isinstance(questions, list):
        errors.append(
            FieldError(ErrorCode.INVALID, "Questions are a list of question objects.", path)
        )
        return [], errors
    if not 1 <= len(questions) <= QUESTIONS_MAX:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "A survey has 1 to {max} questions.",
                path,
                (("max", QUESTIONS_MAX),),
            )
        )
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, q in enumerate(questions):
        at = f"{path}.{i}"
        if not isinstance(q, dict):
            errors.append(FieldError(ErrorCode.INVALID, "A question is an object.", at))
            continue
        unknown = sorted(set(q) - {"id", "text", "kind", "options", "required"})
        if unknown:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "Unknown question fields: {fields}.",
                    at,
                    (("fields", ", ".join(unknown)),),
                )
            )
        qid = q.get("id")
        if not isinstance(qid, str) or not QUESTION_ID_RE.match(qid):
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "A question id is 1–40 characters of A-Z, a-z, 0-9, '_' and '-'.",
                    f"{at}.id",
                )
            )
        elif qid in seen:
            errors.append(
                FieldError(ErrorCode.DUPLICATE, "Question ids must be unique.", f"{at}.id")
            )
        else:
            seen.add(qid)
        text = q.get("text")
        if not isinstance(text, str) or not 1 <= len(text.strip()) <= QUESTION_TEXT_MAX:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "Question text is 1–{max} characters.",
                    f"{at}.text",
                    (("max", QUESTION_TEXT_MAX),),
                )
            )
        kind = q.get("kind")
        if kind not in QUESTION_KINDS:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "A question kind is RATING, NPS, TEXT or CHOICE.",
                    f"{at}.kind",
                )
            )
        options = q.get("options")
        if kind == "CHOICE":
            if (
                not isinstance(options, list)
                or not 2 <= len(options) <= OPTIONS_MAX
                or not all(
                    isinstance(o, str) and 1 <= len(o.strip()) <= OPTION_MAX for o in options
                )
                or len({o.strip() for o in options}) != len(options)
            ):
                errors.append(
                    FieldError(
                        ErrorCode.INVALID,
                        "A choice question has 2 to {max} different options of at most 200 characters.",
                        f"{at}.options",
                        (("max", OPTIONS_MAX),),
                    )
                )
        elif options not in (None, []):
            errors.append(
                FieldError(
                    ErrorCode.INVALID, "Only choice questions have options.", f"{at}.options"
                )
            )
        required = q.get("required", False)
        if not isinstance(required, bool):
            errors.append(
                FieldError(ErrorCode.INVALID, "Required is true or false.", f"{at}.required")
            )
        out.append(
            {
                "id": qid,
                "text": text.strip() if isinstance(text, str) else text,
                "kind": kind,
                "options": [o.strip() for o in options]
                if kind == "CHOICE"
                and isinstance(options, list)
                and all(isinstance(o, str) for o in options)
                else [],
                "required": bool(required),
            }
        )
    return out, errors


def check_answers(
    questions: list[dict[str, Any]], answers: Any, path: str = "answers"
) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate answers ``{questionId: value}`` against the questions and normalise them.

    RATING takes a whole number 1–5, NPS 0–10, TEXT a string of at most 5000 characters,
    CHOICE one of the options. Required questions must be answered; null or an empty text
    counts as not answered; unknown question ids are refused.
    """
    errors: list[FieldError] = []
    if not isinstance(answers, dict):
        errors.append(
            FieldError(ErrorCode.INVALID, "Answers are an object of question id to answer.", path)
        )
        return {}, errors
    by_id = {q["id"]: q for q in questions}
    for key in sorted(set(answers) - set(by_id)):
        errors.append(
            FieldError(ErrorCode.INVALID, "No such question in this survey.", f"{path}.{key}")
        )
    out: dict[str, Any] = {}
    for q in questions:
        at = f"{path}.{q['id']}"
        value: Any = answers.get(q["id"])
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            if q["required"]:
                errors.append(FieldError(ErrorCode.REQUIRED, "This question must be answered.", at))
            continue
        kind = q["kind"]
        if kind == "RATING" and not (_is_int(value) and 1 <= value <= 5):
            errors.append(
                FieldError(ErrorCode.INVALID, "A rating is a whole number from 1 to 5.", at)
            )
        elif kind == "NPS" and not (_is_int(value) and 0 <= value <= 10):
            errors.append(
                FieldError(ErrorCode.INVALID, "An NPS answer is a whole number from 0 to 10.", at)
            )
        elif kind == "TEXT" and not (isinstance(value, str) and len(value) <= TEXT_MAX):
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "A text answer is a string of at most {max} characters.",
                    at,
                    (("max", TEXT_MAX),),
                )
            )
        elif kind == "CHOICE" and value not in q["options"]:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "Choose one of: {options}.",
                    at,
                    (("options", ", ".join(q["options"])),),
                )
            )
        else:
            out[q["id"]] = value
    return out, errors


def feedback_from_answers(
    questions: list[dict[str, Any]], answers: dict[str, Any]
) -> dict[str, Any]:
    """The rating, NPS and comment a survey response carries into its feedback row: the first
    RATING and NPS answers, and the TEXT answers joined."""
    rating = next(
        (answers[q["id"]] for q in questions if q["kind"] == "RATING" and q["id"] in answers), None
    )
    nps = next(
        (answers[q["id"]] for q in questions if q["kind"] == "NPS" and q["id"] in answers), None
    )
    texts = [answers[q["id"]] for q in questions if q["kind"] == "TEXT" and q["id"] in answers]
    return {"rating": rating, "nps": nps, "text": "\n".join(texts)[:TEXT_MAX]}


# --- surveys: lifecycle ---------------------------------------------------------------------


def _survey_snapshot(survey: models.Survey) -> dict[str, Any]:
    return {
        "title": survey.title,
        "questions": survey.questions,
        "segment_id": survey.segment_id,
        "product_id": survey.product_id,
        "status": survey.status,
    }


async def _check_survey_fields(
    data: dict[str, Any], *, creating: bool
) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate title, questions, segment and product; return the column values to write."""
    errors: list[FieldError] = []
    changes: dict[str, Any] = {}
    if "title" in data or creating:
        title = (data.get("title") or "").strip()
        if not 1 <= len(title) <= TITLE_MAX:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "A title is 1–{max} characters.",
                    "title",
                    (("max", TITLE_MAX),),
                )
            )
        changes["title"] = title
    if "questions" in data or creating:
        questions, more = check_questions(data.get("questions"))
        errors += more
        changes["questions"] = questions
    if "segment_id" in data:
        segment_id = data["segment_id"]
        if segment_id is not None and not await models.Segment.filter(id=segment_id).exists():
            errors.append(FieldError(ErrorCode.NOT_FOUND, "No such segment.", "segmentId"))
        changes["segment_id"] = segment_id
    if "product_id" in data:
        await _check_refs(errors, product_id=data["product_id"], customer_id=None)
        changes["product_id"] = data["product_id"]
    return changes, errors


async def create_survey(*, data: dict[str, Any], actor: Actor) -> models.Survey:
    """Create a DRAFT survey with its questions, optional target segment and product."""
    require(actor, perms.FEEDBACK_WRITE)
    changes, errors = await _check_survey_fields(data, creating=True)
    raise_if(errors)
    async with db.transaction():
        survey = await models.Survey.create(
            **changes, status=SurveyStatus.DRAFT.value, created_by_id=_user_id(actor)
        )
        await audit.record(
            actor=actor,
            action="survey.create",
            object_type="Survey",
            object_id=survey.id,
            after=_survey_snapshot(survey),
        )
    return survey


async def _get_survey(survey_id: int, field_name: str = "id") -> models.Survey:
    survey = await models.Survey.get_or_none(id=survey_id)
    if survey is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such survey.", field_name)
    return survey


async def _move(survey: models.Survey, source: SurveyStatus, changes: dict[str, Any]) -> None:
    """Write changes only while the survey still has the status we read (no lost updates,
    also on SQLite where SELECT … FOR UPDATE does nothing)."""
    updated = await models.Survey.filter(id=survey.id, status=source.value).update(**changes)
    if not updated:
        raise DomainError.single(
            ErrorCode.CONFLICT, "The survey was changed by someone else; reload it.", "id"
        )
    for name, value in changes.items():
        setattr(survey, name, value)


async def update_survey(*, survey_id: int, data: dict[str, Any], actor: Actor) -> models.Survey:
    """Edit a DRAFT survey; only the fields given change."""
    require(actor, perms.FEEDBACK_WRITE)
    async with db.transaction():
        survey = await _get_survey(survey_id)
        if survey.status != SurveyStatus.DRAFT:
            raise DomainError.single(
                ErrorCode.INVALID,
                "Only draft surveys can be edited; this one is {status}.",
                "id",
                status=survey.status,
            )
        changes, errors = await _check_survey_fields(data, creating=False)
        raise_if(errors)
        before = _survey_snapshot(survey)
        if changes:
            await _move(survey, SurveyStatus.DRAFT, changes)
        await audit.record(
            actor=actor,
            action="survey.update",
            object_type="Survey",
            object_id=survey.id,
            before=before,
            after=_survey_snapshot(survey),
        )
    return survey


#: Allowed status moves: action → (from, to).
SURVEY_TRANSITIONS = {
    "open": (SurveyStatus.DRAFT, SurveyStatus.OPEN),
    "close": (SurveyStatus.OPEN, SurveyStatus.CLOSED),
}


async def change_survey_status(*, survey_id: int, action: str, actor: Actor) -> models.Survey:
    """Open a DRAFT survey for responses, or close an OPEN one."""
    require(actor, perms.FEEDBACK_WRITE)
    source, target = SURVEY_TRANSITIONS[action]
    async with db.transaction():
        survey = await _get_survey(survey_id)
        if survey.status != source:
            raise DomainError.single(
                ErrorCode.INVALID,
                "A {status} survey cannot be moved to {target}.",
                "id",
                status=survey.status,
                target=target.value,
            )
        await _move(survey, source, {"status": target.value})
        await audit.record(
            actor=actor,
            action=f"survey.{action}",
            object_type="Survey",
            object_id=survey.id,
            before={"status": source.value},
            after={"status": target.value},
        )
    return survey


async def respond(
    *, survey_id: int, customer_id: int | None, answers: Any, actor: Actor
) -> tuple[models.SurveyResponse, models.Feedback]:
    """Record a response to an OPEN survey and its Feedback(source=SURVEY) row, which carries
    the response's RATING and NPS answers (and TEXT answers as the comment). A customer
    answers a survey once."""
    require(actor, perms.FEEDBACK_WRITE)
    survey = await _get_survey(survey_id, "surveyId")
    if survey.status != SurveyStatus.OPEN:
        raise DomainError.single(
            ErrorCode.INVALID,
            "This survey is {status}; only open surveys take responses.",
            "surveyId",
            status=survey.status,
        )
    normalised, errors = check_answers(survey.questions, answers)
    await _check_refs(errors, product_id=None, customer_id=customer_id)
    raise_if(errors)
    now = clock.now()
    async with db.transaction():
        # Re-read inside the transaction: the survey may have closed meanwhile.
        if not await models.Survey.filter(id=survey.id, status=SurveyStatus.OPEN.value).exists():
            raise DomainError.single(
                ErrorCode.CONFLICT, "The survey was changed by someone else; reload it.", "surveyId"
            )
        if (
            customer_id is not None
            and await models.SurveyResponse.filter(
                survey_id=survey.id, customer_id=customer_id
            ).exists()
        ):
            raise DomainError.single(
                ErrorCode.DUPLICATE, "This customer already answered this survey.", "customerId"
            )
        response = await models.SurveyResponse.create(
            survey_id=survey.id, customer_id=customer_id, answers=normalised
        )
        carried = feedback_from_answers(survey.questions, normalised)
        feedback = await models.Feedback.create(
            source=FeedbackSource.SURVEY.value,
            customer_id=customer_id,
            product_id=survey.product_id,
            survey_response_id=response.id,
            received_at=now,
            created_by_id=_user_id(actor),
            **carried,
        )
        await audit.record(
            actor=actor,
            action="survey.respond",
            object_type="SurveyResponse",
            object_id=response.id,
            after={
                "survey_id": survey.id,
                "customer_id": customer_id,
                "answers": normalised,
                "feedback_id": feedback.id,
            },
        )
    return response, feedback


# --- surveys: reading -----------------------------------------------------------------------


def surveys_query(*, status: SurveyStatus | None = None) -> QuerySet[models.Survey]:
    """Surveys, newest first."""
    qs = models.Survey.all()
    if status is not None:
        qs = qs.filter(status=status.value)
    return qs.order_by("-created_at", "-id")


async def get_surveys(*, ids: Sequence[int]) -> list[models.Survey]:
    """The surveys with these ids."""
    return await models.Survey.filter(id__in=list(ids))


def responses_query(*, survey_id: int) -> QuerySet[models.SurveyResponse]:
    """A survey's responses, newest first."""
    return models.SurveyResponse.filter(survey_id=survey_id).order_by("-submitted_at", "-id")


async def response_counts(*, survey_ids: Sequence[int]) -> dict[int, int]:
    """How many responses each survey has (one grouped query)."""
    rows = (
        await models.SurveyResponse.filter(survey_id__in=list(survey_ids))
        .annotate(n=Count("id"))
        .group_by("survey_id")
        .values("survey_id", "n")
    )
    counts = {sid: 0 for sid in survey_ids}
    counts.update({r["survey_id"]: r["n"] for r in rows})
    return counts


async def segment_sizes(*, segment_ids: Sequence[int]) -> dict[int, int]:
    """Member counts of segments as of their last refresh."""
    rows = await models.Segment.filter(id__in=list(segment_ids)).values("id", "member_count")
    return {r["id"]: r["member_count"] for r in rows}


@dataclass
class QuestionResult:
    """What the answers to one survey question add up to."""

    question_id: str
    kind: str
    answered: int = 0
    average_rating: float | None = None
    rating_distribution: list[int] = field(default_factory=list)
    nps_score: float | None = None
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    choice_counts: list[tuple[str, int]] = field(default_factory=list)
    latest_texts: list[str] = field(default_factory=list)


def aggregate_answers(
    questions: list[dict[str, Any]], answer_sets: Sequence[dict[str, Any]]
) -> list[QuestionResult]:
    """Per-question results over answer sets given newest first: average and distribution of
    ratings, NPS with promoter/passive/detractor counts, counts per choice, latest texts."""
    results = []
    for q in questions:
        values = [a[q["id"]] for a in answer_sets if a.get(q["id"]) is not None]
        r = QuestionResult(question_id=q["id"], kind=q["kind"], answered=len(values))
        if q["kind"] == "RATING":
            r.rating_distribution = [values.count(score) for score in range(1, 6)]
            r.average_rating = round(sum(values) / len(values), 2) if values else None
        elif q["kind"] == "NPS":
            r.promoters = sum(1 for v in values if v >= 9)
            r.detractors = sum(1 for v in values if v <= 6)
            r.passives = len(values) - r.promoters - r.detractors
            r.nps_score = nps_score(r.promoters, r.detractors, len(values))
        elif q["kind"] == "CHOICE":
            r.choice_counts = [(o, values.count(o)) for o in q["options"]]
        else:
            r.latest_texts = [str(v) for v in values[:LATEST_COMMENTS]]
        results.append(r)
    return results


async def survey_results(*, survey_ids: Sequence[int]) -> dict[int, list[QuestionResult]]:
    """Each survey's per-question results (one query for the surveys, one for the answers)."""
    surveys = {s.id: s for s in await get_surveys(ids=survey_ids)}
    rows = (
        await models.SurveyResponse.filter(survey_id__in=list(surveys))
        .order_by("-submitted_at", "-id")
        .values_list("survey_id", "answers")
    )
    answers: dict[int, list[dict[str, Any]]] = {sid: [] for sid in surveys}
    for sid, data in rows:
        answers[sid].append(data or {})
    return {
        sid: aggregate_answers(surveys[sid].questions, answers[sid]) if sid in surveys else []
        for sid in survey_ids
    }


# --- aggregates per product -----------------------------------------------------------------


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
    monthly = {r["month"]: r for r in await _monthly_feedback(product_id, _start_of_day(first))}
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
