"""Thin GraphQL resolvers of feedback, surveys and demand forecasting."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import feedback as service
from backend.domains.customers import forecast as forecast_service
from backend.domains.customers.enums import SurveyStatus
from backend.domains.products import service as products_service
from backend.domains.products.enums import ProductFamily
from backend.graphql_core import mutation
from backend.graphql_core.pagination import bad_input, paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of
from backend.i18n import translate
from backend.schema.feedback import (
    DemandForecast,
    Feedback,
    FeedbackCreateInput,
    FeedbackFilter,
    FeedbackPayload,
    ProductFeedbackSummary,
    Survey,
    SurveyCreateInput,
    SurveyPayload,
    SurveyRespondPayload,
    SurveyResponse,
    SurveyUpdateInput,
)

#: Stands for an ID that does not decode to the expected type: it names no row.
NO_ROW = 0


def _ref(global_id: strawberry.ID | None, type_name: str) -> int | None:
    """The primary key an optional reference names (NO_ROW when it names nothing)."""
    if global_id is None:
        return None
    pk = pk_of(global_id, type_name)
    return NO_ROW if pk is None else pk


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
class FeedbackQuery:
    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="Feedback from every source, newest first, filtered and paged.",
    )
    async def feedback(
        self,
        first: int | None = None,
        after: str | None = None,
        filter: FeedbackFilter | None = None,
    ) -> Connection[Feedback]:
        f = filter or FeedbackFilter()
        qs = service.feedback_query(
            filter=service.FeedbackFilter(
                product_id=_ref(f.product_id, "Product"),
                customer_id=_ref(f.customer_id, "Customer"),
                source=f.source,
                received_from=f.from_,
                received_to=f.to,
                min_rating=f.min_rating,
                max_rating=f.max_rating,
            )
        )
        return await paginate(qs, Feedback.from_model, first=first, after=after)

    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="What the feedback on a product adds up to: count, average rating, NPS, "
        "rating distribution, sources, latest comments and a 12-month trend. Null when the "
        "product does not exist.",
    )
    async def product_feedback_summary(
        self, product_id: strawberry.ID
    ) -> ProductFeedbackSummary | None:
        pk = pk_of(product_id, "Product")
        if pk is None or not await products_service.get_many(ids=[pk]):
            return None
        summary = await service.product_feedback_summary(product_id=pk)
        return ProductFeedbackSummary.from_summary(summary)

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

    @strawberry.field(
        extensions=requires(perms.REPORT_READ),
        description="Monthly sales (holdings opened) of a product family, a product, or every "
        "product when neither is given, with a forecast 1–12 months ahead, 80 % and 95 % "
        "prediction intervals and the backtest MAPE beside the seasonal-naive MAPE. With "
        "less than 12 months of history there is no forecast, only the history and a message.",
    )
    async def demand_forecast(
        self,
        info: strawberry.Info,
        family: ProductFamily | None = None,
        product_id: strawberry.ID | None = None,
        metric: forecast_service.Metric = forecast_service.Metric.COUNT,
        horizon: int = 6,
    ) -> DemandForecast:
        locale = info.context.actor.locale
        if not 1 <= horizon <= forecast_service.HORIZON_MAX:
            raise bad_input(translate("The horizon is 1 to 12 months.", locale))
        if family is not None and product_id is not None:
            raise bad_input(translate("Choose a product family or a product, not both.", locale))
        pk = _ref(product_id, "Product")
        if pk is not None and not await products_service.get_many(ids=[pk]):
            raise bad_input(translate("No such product.", locale))
        result = await forecast_service.demand_forecast(
            metric=metric, horizon=horizon, family=family, product_id=pk
        )
        return DemandForecast.from_forecast(
            result, family=family, product_id=pk, metric=metric, horizon=horizon, locale=locale
        )


@strawberry.type
class FeedbackMutation:
    @strawberry.mutation(
        extensions=requires(perms.FEEDBACK_WRITE),
        description="Record feedback from a survey, the hotline, a branch or the app (audited).",
    )
    async def feedback_create(
        self, info: strawberry.Info, input: FeedbackCreateInput
    ) -> FeedbackPayload:
        actor = info.context.actor
        data = {
            "source": input.source.value,
            "rating": input.rating,
            "nps": input.nps,
            "text": input.text,
            "product_id": _ref(input.product_id, "Product"),
            "customer_id": _ref(input.customer_id, "Customer"),
            "received_at": input.received_at,
            "external_id": input.external_id,
        }
        row, errors = await mutation.run(
            service.create_feedback(data=data, actor=actor),
            actor=actor,
            action="feedback.create",
            object_type="Feedback",
        )
        return FeedbackPayload(feedback=Feedback.from_model(row) if row else None, errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.FEEDBACK_WRITE),
        description="Create a DRAFT survey with validated questions.",
    )
    async def survey_create(self, info: strawberry.Info, input: SurveyCreateInput) -> SurveyPayload:
        actor = info.context.actor
        data = {
            "title": input.title,
            "questions": input.questions,
            "segment_id": _ref(input.segment_id, "Segment"),
            "product_id": _ref(input.product_id, "Product"),
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
            data["segment_id"] = _ref(input.segment_id, "Segment")
        if input.product_id is not strawberry.UNSET:
            data["product_id"] = _ref(input.product_id, "Product")
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
                customer_id=_ref(customer_id, "Customer"),
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
