"""GraphQL types of customer surveys: questions, responses, results, inputs and payloads."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from backend.domains.customers import models
from backend.domains.customers import surveys as surveys_service
from backend.domains.customers.enums import SurveyStatus
from backend.domains.customers.survey_questions import QuestionKind, QuestionResult
from backend.graphql_core.pagination import paginate
from backend.graphql_core.types import Connection, Node, UserError, to_global_id
from backend.schema.auth.users import User
from backend.schema.customers.customers import Customer, load_customer
from backend.schema.customers.feedback import Feedback
from backend.schema.customers.links import load_product, load_user
from backend.schema.customers.loaders import (
    MemberCountBySegmentIdLoader,
    QuestionResultsBySurveyIdLoader,
    ResponseCountBySurveyIdLoader,
)
from backend.schema.products.types import Product

strawberry.enum(SurveyStatus, description="Survey status: DRAFT → OPEN → CLOSED.")
strawberry.enum(
    QuestionKind,
    description="RATING (1–5), NPS (0–10), TEXT (free text) or CHOICE (one of the options).",
)


@strawberry.type(description="A survey question.")
class SurveyQuestion:
    id: str = strawberry.field(description="Key of the question in answers.")
    text: str = strawberry.field(description="The question.")
    kind: QuestionKind = strawberry.field(description="What kind of answer it takes.")
    options: list[str] = strawberry.field(description="The choices (CHOICE questions).")
    required: bool = strawberry.field(description="Whether it must be answered.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SurveyQuestion:
        """Build from a stored question."""
        return cls(
            id=data["id"],
            text=data["text"],
            kind=QuestionKind(data["kind"]),
            options=list(data.get("options") or []),
            required=bool(data.get("required")),
        )


@strawberry.type(description="How often an option was chosen.")
class ChoiceCount:
    option: str = strawberry.field(description="The option.")
    count: int = strawberry.field(description="How many responses chose it.")


@strawberry.type(description="What the answers to one question add up to.")
class SurveyQuestionResult:
    question_id: str = strawberry.field(description="The question.")
    kind: QuestionKind = strawberry.field(description="Its kind.")
    answered: int = strawberry.field(description="How many responses answered it.")
    average_rating: float | None = strawberry.field(description="RATING: the average, 1–5.")
    rating_distribution: list[int] = strawberry.field(
        description="RATING: how many gave 1, 2, 3, 4 and 5 (five numbers)."
    )
    nps_score: float | None = strawberry.field(
        description="NPS: % promoters − % detractors, −100 to 100."
    )
    promoters: int = strawberry.field(description="NPS: answers of 9–10.")
    passives: int = strawberry.field(description="NPS: answers of 7–8.")
    detractors: int = strawberry.field(description="NPS: answers of 0–6.")
    choice_counts: list[ChoiceCount] = strawberry.field(description="CHOICE: count per option.")
    latest_texts: list[str] = strawberry.field(description="TEXT: the five latest answers.")

    @classmethod
    def from_result(cls, r: QuestionResult) -> SurveyQuestionResult:
        """Build from the service's result."""
        return cls(
            question_id=r.question_id,
            kind=QuestionKind(r.kind),
            answered=r.answered,
            average_rating=r.average_rating,
            rating_distribution=r.rating_distribution,
            nps_score=r.nps_score,
            promoters=r.promoters,
            passives=r.passives,
            detractors=r.detractors,
            choice_counts=[ChoiceCount(option=o, count=n) for o, n in r.choice_counts],
            latest_texts=r.latest_texts,
        )


@strawberry.type(description="One customer's answers to a survey.")
class SurveyResponse(Node):
    pk: strawberry.Private[int]
    customer_id: strawberry.Private[int | None]
    answers: JSON = strawberry.field(description="Answers: {questionId: value}.")
    submitted_at: datetime = strawberry.field(description="When it was submitted.")

    @strawberry.field(description="Who answered (null when anonymous).")
    async def customer(self, info: strawberry.Info) -> Customer | None:
        return await load_customer(info, self.customer_id)

    @classmethod
    def from_model(cls, row: models.SurveyResponse) -> SurveyResponse:
        """Build from a response row."""
        return cls(
            id=to_global_id("SurveyResponse", row.id),
            pk=row.id,
            customer_id=row.customer_id,
            answers=row.answers,
            submitted_at=row.submitted_at,
        )


@strawberry.type(description="A customer survey: questions, target segment, product and results.")
class Survey(Node):
    pk: strawberry.Private[int]
    product_id: strawberry.Private[int | None]
    segment_pk: strawberry.Private[int | None]
    created_by_id: strawberry.Private[int | None]
    title: str = strawberry.field(description="Title.")
    questions: list[SurveyQuestion] = strawberry.field(description="Questions, in order.")
    status: SurveyStatus = strawberry.field(description="DRAFT, OPEN or CLOSED.")
    segment_id: strawberry.ID | None = strawberry.field(
        description="The segment the survey targets, if any."
    )
    created_at: datetime = strawberry.field(description="When it was created.")

    @strawberry.field(description="The product it asks about, if any.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @strawberry.field(description="Who created it.")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.created_by_id)

    @strawberry.field(description="Members of the target segment at its last refresh.")
    async def target_count(self, info: strawberry.Info) -> int | None:
        if self.segment_pk is None:
            return None
        count: int | None = await info.context.loaders.get(MemberCountBySegmentIdLoader).load(
            self.segment_pk
        )
        return count

    @strawberry.field(description="How many responses it has.")
    async def response_count(self, info: strawberry.Info) -> int:
        count: int = await info.context.loaders.get(ResponseCountBySurveyIdLoader).load(self.pk)
        return count

    @strawberry.field(
        description="Responses ÷ target segment members, 0–1 (null without a target segment)."
    )
    async def response_rate(self, info: strawberry.Info) -> float | None:
        if self.segment_pk is None:
            return None
        target: int | None = await info.context.loaders.get(MemberCountBySegmentIdLoader).load(
            self.segment_pk
        )
        if not target:
            return None
        responses: int = await info.context.loaders.get(ResponseCountBySurveyIdLoader).load(self.pk)
        return round(responses / target, 4)

    @strawberry.field(description="Per-question results over every response.")
    async def results(self, info: strawberry.Info) -> list[SurveyQuestionResult]:
        rows = await info.context.loaders.get(QuestionResultsBySurveyIdLoader).load(self.pk)
        return [SurveyQuestionResult.from_result(r) for r in rows]

    @strawberry.field(description="Responses, newest first.")
    async def responses(
        self, first: int | None = None, after: str | None = None
    ) -> Connection[SurveyResponse]:
        return await paginate(
            surveys_service.responses_query(survey_id=self.pk),
            SurveyResponse.from_model,
            first=first,
            after=after,
        )

    @classmethod
    def from_model(cls, row: models.Survey) -> Survey:
        """Build from a survey row."""
        return cls(
            id=to_global_id("Survey", row.id),
            pk=row.id,
            product_id=row.product_id,
            segment_pk=row.segment_id,
            created_by_id=row.created_by_id,
            title=row.title,
            questions=[SurveyQuestion.from_json(q) for q in row.questions or []],
            status=SurveyStatus(row.status),
            segment_id=to_global_id("Segment", row.segment_id) if row.segment_id else None,
            created_at=row.created_at,
        )


@strawberry.input(
    description="A new survey (created as DRAFT). Questions are a JSON list of "
    "{id, text, kind: RATING|NPS|TEXT|CHOICE, options (CHOICE only), required}."
)
class SurveyCreateInput:
    title: str = strawberry.field(description="Title, 1–200 characters.")
    questions: JSON = strawberry.field(description="1–50 questions (see the input description).")
    segment_id: strawberry.ID | None = strawberry.field(
        default=None, description="The segment it targets."
    )
    product_id: strawberry.ID | None = strawberry.field(
        default=None, description="The product it asks about."
    )


@strawberry.input(description="Changes to a DRAFT survey; only the fields given change.")
class SurveyUpdateInput:
    title: str | None = strawberry.field(default=strawberry.UNSET, description="New title.")
    questions: JSON | None = strawberry.field(
        default=strawberry.UNSET, description="New questions (replace all)."
    )
    segment_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="New target segment; null removes it."
    )
    product_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="New product; null removes it."
    )


@strawberry.type(description="Result of a change to a survey.")
class SurveyPayload:
    survey: Survey | None = strawberry.field(description="The survey after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of answering a survey.")
class SurveyRespondPayload:
    response: SurveyResponse | None = strawberry.field(description="The stored response.")
    feedback: Feedback | None = strawberry.field(
        description="The feedback row (source SURVEY) carrying its rating, NPS and text."
    )
    errors: list[UserError] = strawberry.field(description="Why it was refused.")
