"""GraphQL root fields of surveys: list, read, edit, open, close and respond."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import surveys as service
from backend.domains.customers.enums import SurveyStatus
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of
from backend.schema.customers.feedback import Feedback
from backend.schema.customers.links import ref_pk
from backend.schema.customers.surveys import (
    Survey,
    SurveyCreateInput,
    SurveyPayload,
    SurveyRespondPayload,
    SurveyResponse,
    SurveyUpdateInput,
)


def _survey_payload(survey: Any, errors: list[Any]) -> SurveyPayload:
    return SurveyPayload(survey=Survey.from_model(survey) if survey else None, errors=errors)


async def _survey_move(info: strawberry.Info, id: strawberry.ID, action: str) -> SurveyPayload:
    actor = info.context.actor
    pk = pk_of(id, "Survey")
    survey, errors = await mutation.run(
        mutation.not_found()
        if pk is None
        else service.change_survey_status(survey_id=pk, action=action, actor=actor),
        actor=actor,
        action=f"survey.{action}",
        object_type="Survey",
        object_id=pk,
    )
    return _survey_payload(survey, errors)


@strawberry.type
class SurveyQuery:
    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ), description="Surveys, newest first."
    )
    async def surveys(
        self,
        first: int | None = None,
        after: str | None = None,
        status: SurveyStatus | None = None,
    ) -> Connection[Survey]:
        return await paginate(
            service.surveys_query(status=status), Survey.from_model, first=first, after=after
        )

    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="One survey with its response count and per-question results.",
    )
    async def survey(self, id: strawberry.ID) -> Survey | None:
        pk = pk_of(id, "Survey")
        found = await service.get_surveys(ids=[pk]) if pk is not None else []
        return Survey.from_model(found[0]) if found else None


@strawberry.type
class SurveyMutation:
    @strawberry.mutation(
        extensions=requires(perms.FEEDBACK_WRITE),
        description="Create a DRAFT survey with validated questions.",
    )
    async def survey_create(self, info: strawberry.Info, input: SurveyCreateInput) -> SurveyPayload:
        actor = info.context.actor
        data = {
            "title": input.title,
            "questions": input.questions,
            "segment_id": ref_pk(input.segment_id, "Segment"),
            "product_id": ref_pk(input.product_id, "Product"),
        }
        survey, errors = await mutation.run(
            service.create_survey(data=data, actor=actor),
            actor=actor,
            action="survey.create",
            object_type="Survey",
        )
        return _survey_payload(survey, errors)

    @strawberry.mutation(
        extensions=requires(perms.FEEDBACK_WRITE),
        description="Edit a DRAFT survey; only the fields given change.",
    )
    async def survey_update(
        self, info: strawberry.Info, id: strawberry.ID, input: SurveyUpdateInput
    ) -> SurveyPayload:
        actor = info.context.actor
        pk = pk_of(id, "Survey")
        data: dict[str, Any] = {}
        if input.title is not strawberry.UNSET:
            data["title"] = input.title
        if input.questions is not strawberry.UNSET:
            data["questions"] = input.questions
        if input.segment_id is not strawberry.UNSET:
            data["segment_id"] = ref_pk(input.segment_id, "Segment")
        if input.product_id is not strawberry.UNSET:
            data["product_id"] = ref_pk(input.product_id, "Product")
        survey, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.update_survey(survey_id=pk, data=data, actor=actor),
            actor=actor,
            action="survey.update",
            object_type="Survey",
            object_id=pk,
        )
        return _survey_payload(survey, errors)

    @strawberry.mutation(
        extensions=requires(perms.FEEDBACK_WRITE),
        description="Open a DRAFT survey for responses (→ OPEN).",
    )
    async def survey_open(self, info: strawberry.Info, id: strawberry.ID) -> SurveyPayload:
        return await _survey_move(info, id, "open")

    @strawberry.mutation(
        extensions=requires(perms.FEEDBACK_WRITE),
        description="Stop taking responses (OPEN → CLOSED).",
    )
    async def survey_close(self, info: strawberry.Info, id: strawberry.ID) -> SurveyPayload:
        return await _survey_move(info, id, "close")

    @strawberry.mutation(
        extensions=requires(perms.FEEDBACK_WRITE),
        description="Answer an OPEN survey ({questionId: value}); the answers are checked "
        "against the questions and a Feedback(source SURVEY) row carries the rating and NPS.",
    )
    async def survey_respond(
        self,
        info: strawberry.Info,
        survey_id: strawberry.ID,
        answers: strawberry.scalars.JSON,
        customer_id: strawberry.ID | None = None,
    ) -> SurveyRespondPayload:
        actor = info.context.actor
        pk = pk_of(survey_id, "Survey")
        result, errors = await mutation.run(
            mutation.not_found("surveyId")
            if pk is None
            else service.respond(
                survey_id=pk,
                customer_id=ref_pk(customer_id, "Customer"),
                answers=answers,
                actor=actor,
            ),
            actor=actor,
            action="survey.respond",
            object_type="Survey",
            object_id=pk,
        )
        if result is None:
            return SurveyRespondPayload(response=None, feedback=None, errors=errors)
        response, feedback = result
        return SurveyRespondPayload(
            response=SurveyResponse.from_model(response),
            feedback=Feedback.from_model(feedback),
            errors=errors,
        )
