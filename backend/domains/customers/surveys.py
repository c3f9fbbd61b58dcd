"""Customer surveys: DRAFT → OPEN → CLOSED, with validated questions and responses; response
counts and per-question results read in one query for every survey asked for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import models
from backend.domains.customers.enums import FeedbackSource, SurveyStatus
from backend.domains.customers.errors import CustomerErrorCode
from backend.domains.customers.feedback import check_refs, feedback_changed, user_id_of
from backend.domains.customers.survey_questions import (
    QuestionResult,
    aggregate_answers,
    check_answers,
    check_questions,
    feedback_from_answers,
)
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.guards import raise_if, require

TITLE_MAX = 200


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
        await check_refs(errors, product_id=data["product_id"], customer_id=None)
        changes["product_id"] = data["product_id"]
    return changes, errors


async def create_survey(*, data: dict[str, Any], actor: Actor) -> models.Survey:
    """Create a DRAFT survey with its questions, optional target segment and product."""
    require(actor, perms.FEEDBACK_WRITE)
    changes, errors = await _check_survey_fields(data, creating=True)
    raise_if(errors)
    async with db.transaction():
        survey = await models.Survey.create(
            **changes, status=SurveyStatus.DRAFT.value, created_by_id=user_id_of(actor)
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
                CustomerErrorCode.SURVEY_NOT_DRAFT,
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
                CustomerErrorCode.SURVEY_STATUS_TRANSITION,
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
            CustomerErrorCode.SURVEY_NOT_OPEN,
            "This survey is {status}; only open surveys take responses.",
            "surveyId",
            status=survey.status,
        )
    normalised, errors = check_answers(survey.questions, answers)
    await check_refs(errors, product_id=None, customer_id=customer_id)
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
            created_by_id=user_id_of(actor),
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
    await feedback_changed(feedback)
    return response, feedback


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
