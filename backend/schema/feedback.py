"""GraphQL types of feedback, surveys, per-product feedback summaries and demand forecasts,
with their inputs and payloads."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from aiodataloader import DataLoader
from strawberry.scalars import JSON

from backend.domains.customers import feedback as feedback_service
from backend.domains.customers import forecast as forecast_service
from backend.domains.customers import models
from backend.domains.customers.enums import FeedbackSource, SurveyStatus
from backend.domains.products.enums import ProductFamily
from backend.graphql_core.types import Connection, Node, UserError, to_global_id
from backend.i18n import translate
from backend.schema.auth import User
from backend.schema.customers import Customer, CustomerByIdLoader
from backend.schema.products.loaders import ProductByIdLoader
from backend.schema.products.types import Product

strawberry.enum(FeedbackSource, description="Where feedback came from.")
strawberry.enum(SurveyStatus, description="Survey status: DRAFT → OPEN → CLOSED.")
strawberry.enum(
    forecast_service.Metric,
    name="ForecastMetric",
    description="COUNT of holdings opened per month, or AMOUNT (sum of their principal).",
)
strawberry.enum(
    feedback_service.QuestionKind,
    description="RATING (1–5), NPS (0–10), TEXT (free text) or CHOICE (one of the options).",
)


# --- loaders ---------------------------------------------------------------------------------


class ResponseCountBySurveyLoader(DataLoader[int, int]):
    """Number of responses by survey id."""

    async def batch_load_fn(self, keys: list[int]) -> list[int]:
        found = await feedback_service.response_counts(survey_ids=keys)
        return [found[k] for k in keys]


class SegmentSizeLoader(DataLoader[int, int | None]):
    """Segment member counts by segment id."""

    async def batch_load_fn(self, keys: list[int]) -> list[int | None]:
        found = await feedback_service.segment_sizes(segment_ids=keys)
        return [found.get(k) for k in keys]


class SurveyResultsLoader(DataLoader[int, list[feedback_service.QuestionResult]]):
    """Per-question results by survey id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[feedback_service.QuestionResult]]:
        found = await feedback_service.survey_results(survey_ids=keys)
        return [found[k] for k in keys]


async def _product(info: strawberry.Info, product_id: int | None) -> Product | None:
    if product_id is None:
        return None
    product = await info.context.loaders.get(ProductByIdLoader).load(product_id)
    return Product.from_model(product) if product else None


async def _customer(info: strawberry.Info, customer_id: int | None) -> Customer | None:
    if customer_id is None:
        return None
    customer = await info.context.loaders.get(CustomerByIdLoader).load(customer_id)
    return Customer.from_model(customer) if customer else None


async def _user(info: strawberry.Info, user_id: int | None) -> User | None:
    if user_id is None:
        return None
    user = await info.context.loaders.user_by_id.load(user_id)
    return User.from_model(user) if user else None


# --- feedback --------------------------------------------------------------------------------


@strawberry.type(description="A piece of customer feedback: a rating, an NPS answer and/or text.")
class Feedback(Node):
    pk: strawberry.Private[int]
    product_id: strawberry.Private[int | None]
    customer_id: strawberry.Private[int | None]
    created_by_id: strawberry.Private[int | None]
    source: FeedbackSource = strawberry.field(description="Where it came from.")
    rating: int | None = strawberry.field(description="Satisfaction rating 1–5.")
    nps: int | None = strawberry.field(
        description="Likelihood to recommend, 0–10 (9–10 promoter, 7–8 passive, 0–6 detractor)."
    )
    text: str = strawberry.field(description="The customer's words (empty when none).")
    received_at: datetime = strawberry.field(description="When the bank received it.")
    external_id: str | None = strawberry.field(description="Id in the source system, if any.")
    survey_response_id: strawberry.ID | None = strawberry.field(
        description="The survey response it came from (source SURVEY)."
    )

    @strawberry.field(description="The product it is about.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await _product(info, self.product_id)

    @strawberry.field(description="The customer who gave it (masked PII).")
    async def customer(self, info: strawberry.Info) -> Customer | None:
        return await _customer(info, self.customer_id)

    @strawberry.field(description="Who recorded it.")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.Feedback) -> Feedback:
        """Build from a feedback row."""
        return cls(
            id=to_global_id("Feedback", row.id),
            pk=row.id,
            product_id=row.product_id,
            customer_id=row.customer_id,
            created_by_id=row.created_by_id,
            source=FeedbackSource(row.source),
            rating=row.rating,
            nps=row.nps,
            text=row.text,
            received_at=row.received_at,
            external_id=row.external_id,
            survey_response_id=(
                to_global_id("SurveyResponse", row.survey_response_id)
                if row.survey_response_id
                else None
            ),
        )


@strawberry.input(description="New feedback; give at least a rating, an NPS answer or text.")
class FeedbackCreateInput:
    source: FeedbackSource = strawberry.field(description="Where it came from.")
    rating: int | None = strawberry.field(default=None, description="Rating 1–5.")
    nps: int | None = strawberry.field(default=None, description="NPS answer 0–10.")
    text: str | None = strawberry.field(default=None, description="Text, at most 5000 characters.")
    product_id: strawberry.ID | None = strawberry.field(
        default=None, description="The product it is about."
    )
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="The customer who gave it."
    )
    received_at: datetime | None = strawberry.field(
        default=None, description="When it was received; now when left out."
    )
    external_id: str | None = strawberry.field(
        default=None, description="Id in the source system; a repeat is refused as DUPLICATE."
    )


@strawberry.input(description="Which feedback to list; all criteria are combined.")
class FeedbackFilter:
    product_id: strawberry.ID | None = strawberry.field(
        default=None, description="About this product."
    )
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="From this customer."
    )
    source: FeedbackSource | None = strawberry.field(default=None, description="From this source.")
    from_: date | None = strawberry.field(
        default=None, name="from", description="Received on or after this business day."
    )
    to: date | None = strawberry.field(
        default=None, description="Received on or before this business day."
    )
    min_rating: int | None = strawberry.field(default=None, description="Rating at least.")
    max_rating: int | None = strawberry.field(default=None, description="Rating at most.")


@strawberry.type(description="Result of recording feedback.")
class FeedbackPayload:
    feedback: Feedback | None = strawberry.field(description="The recorded feedback.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


# --- surveys ---------------------------------------------------------------------------------


@strawberry.type(description="A survey question.")
class SurveyQuestion:
    id: str = strawberry.field(description="Key of the question in answers.")
    text: str = strawberry.field(description="The question.")
    kind: feedback_service.QuestionKind = strawberry.field(
        description="What kind of answer it takes."
    )
    options: list[str] = strawberry.field(description="The choices (CHOICE questions).")
    required: bool = strawberry.field(description="Whether it must be answered.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SurveyQuestion:
        """Build from a stored question."""
        return cls(
            id=data["id"],
            text=data["text"],
            kind=feedback_service.QuestionKind(data["kind"]),
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
    kind: feedback_service.QuestionKind = strawberry.field(description="Its kind.")
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
    def from_result(cls, r: feedback_service.QuestionResult) -> SurveyQuestionResult:
        """Build from the service's result."""
        return cls(
            question_id=r.question_id,
            kind=feedback_service.QuestionKind(r.kind),
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
        return await _customer(info, self.customer_id)

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
        return await _product(info, self.product_id)

    @strawberry.field(description="Who created it.")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.created_by_id)

    @strawberry.field(description="Members of the target segment at its last refresh.")
    async def target_count(self, info: strawberry.Info) -> int | None:
        if self.segment_pk is None:
            return None
        count: int | None = await info.context.loaders.get(SegmentSizeLoader).load(self.segment_pk)
        return count

    @strawberry.field(description="How many responses it has.")
    async def response_count(self, info: strawberry.Info) -> int:
        count: int = await info.context.loaders.get(ResponseCountBySurveyLoader).load(self.pk)
        return count

    @strawberry.field(
        description="Responses ÷ target segment members, 0–1 (null without a target segment)."
    )
    async def response_rate(self, info: strawberry.Info) -> float | None:
        if self.segment_pk is None:
            return None
        target: int | None = await info.context.loaders.get(SegmentSizeLoader).load(self.segment_pk)
        if not target:
            return None
        responses: int = await info.context.loaders.get(ResponseCountBySurveyLoader).load(self.pk)
        return round(responses / target, 4)

    @strawberry.field(description="Per-question results over every response.")
    async def results(self, info: strawberry.Info) -> list[SurveyQuestionResult]:
        rows = await info.context.loaders.get(SurveyResultsLoader).load(self.pk)
        return [SurveyQuestionResult.from_result(r) for r in rows]

    @strawberry.field(description="Responses, newest first.")
    async def responses(
        self, first: int | None = None, after: str | None = None
    ) -> Connection[SurveyResponse]:
        from backend.graphql_core.pagination import paginate

        return await paginate(
            feedback_service.responses_query(survey_id=self.pk),
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


# --- per-product summary ---------------------------------------------------------------------


@strawberry.type(description="Net promoter score with its counts.")
class NetPromoterScore:
    score: float | None = strawberry.field(
        description="% promoters − % detractors, −100 to 100 (null without answers)."
    )
    promoters: int = strawberry.field(description="Answers of 9–10.")
    passives: int = strawberry.field(description="Answers of 7–8.")
    detractors: int = strawberry.field(description="Answers of 0–6.")


@strawberry.type(description="How many ratings had this value.")
class RatingCount:
    rating: int = strawberry.field(description="The rating, 1–5.")
    count: int = strawberry.field(description="How many.")


@strawberry.type(description="How much feedback came from a source.")
class SourceCount:
    source: FeedbackSource = strawberry.field(description="The source.")
    count: int = strawberry.field(description="How many.")


@strawberry.type(description="Feedback of one business month.")
class FeedbackMonth:
    month: date = strawberry.field(description="First day of the month.")
    count: int = strawberry.field(description="How much feedback.")
    average_rating: float | None = strawberry.field(description="Average rating that month.")
    nps_score: float | None = strawberry.field(description="NPS that month.")


@strawberry.type(description="What the feedback on one product adds up to.")
class ProductFeedbackSummary:
    product_id: strawberry.Private[int]
    count: int = strawberry.field(description="How much feedback, from every source.")
    rated_count: int = strawberry.field(description="How much of it has a rating.")
    average_rating: float | None = strawberry.field(description="Average rating, 1–5.")
    nps: NetPromoterScore = strawberry.field(description="Net promoter score.")
    rating_distribution: list[RatingCount] = strawberry.field(
        description="Count per rating 1 to 5."
    )
    by_source: list[SourceCount] = strawberry.field(description="Count per source.")
    latest_comments: list[Feedback] = strawberry.field(
        description="The five latest pieces of feedback with text."
    )
    trend: list[FeedbackMonth] = strawberry.field(
        description="The last 12 business months, oldest first (the current month last)."
    )

    @strawberry.field(description="The product.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await _product(info, self.product_id)

    @classmethod
    def from_summary(cls, s: feedback_service.ProductFeedbackSummary) -> ProductFeedbackSummary:
        """Build from the service's summary."""
        return cls(
            product_id=s.product_id,
            count=s.count,
            rated_count=s.rated,
            average_rating=s.average_rating,
            nps=NetPromoterScore(
                score=s.nps_score,
                promoters=s.promoters,
                passives=s.passives,
                detractors=s.detractors,
            ),
            rating_distribution=[
                RatingCount(rating=i + 1, count=n) for i, n in enumerate(s.rating_distribution)
            ],
            by_source=[SourceCount(source=FeedbackSource(k), count=n) for k, n in s.by_source],
            latest_comments=[Feedback.from_model(r) for r in s.latest_comments],
            trend=[
                FeedbackMonth(
                    month=m.month,
                    count=m.count,
                    average_rating=m.average_rating,
                    nps_score=m.nps_score,
                )
                for m in s.trend
            ],
        )


# --- demand forecast -------------------------------------------------------------------------


def _dec(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


@strawberry.type(description="Sales of one month.")
class DemandPoint:
    month: date = strawberry.field(description="First day of the month.")
    value: Decimal = strawberry.field(description="Holdings opened (COUNT) or principal (AMOUNT).")


@strawberry.type(description="A forecast month with its prediction intervals.")
class DemandForecastPoint:
    month: date = strawberry.field(description="First day of the month.")
    value: Decimal = strawberry.field(description="Point forecast.")
    lower80: Decimal = strawberry.field(description="Lower bound of the 80 % interval.")
    upper80: Decimal = strawberry.field(description="Upper bound of the 80 % interval.")
    lower95: Decimal = strawberry.field(description="Lower bound of the 95 % interval.")
    upper95: Decimal = strawberry.field(description="Upper bound of the 95 % interval.")


@strawberry.type(description="A held-out month of the backtest.")
class DemandBacktestPoint:
    month: date = strawberry.field(description="First day of the month.")
    actual: Decimal = strawberry.field(description="What happened.")
    predicted: Decimal = strawberry.field(description="What the model fitted without it said.")
    baseline: Decimal | None = strawberry.field(
        description="Seasonal-naive forecast: the same month a year earlier."
    )


@strawberry.type(
    description="Monthly sales (holdings opened) of a family, a product or everything, and "
    "their forecast with 80 % and 95 % prediction intervals and the backtest error."
)
class DemandForecast:
    product_id: strawberry.Private[int | None]
    family: ProductFamily | None = strawberry.field(description="The family forecast, if any.")
    metric: forecast_service.Metric = strawberry.field(description="What is counted.")
    horizon: int = strawberry.field(description="Months forecast.")
    model: str | None = strawberry.field(
        description="The model used (null when there is no forecast)."
    )
    message: str = strawberry.field(
        description="What was done, or why there is no forecast (e.g. history too short)."
    )
    history: list[DemandPoint] = strawberry.field(
        description="Monthly sales up to the last complete month, missing months as 0."
    )
    forecast: list[DemandForecastPoint] = strawberry.field(
        description="The next months (empty when the history is too short)."
    )
    mape: float | None = strawberry.field(
        description="Backtest error: mean absolute percentage error (%) of the same model "
        "selection fitted without the last 6 months, on those months."
    )
    baseline_mape: float | None = strawberry.field(
        description="MAPE (%) of the seasonal-naive forecast on the same months, for comparison."
    )
    backtest: list[DemandBacktestPoint] = strawberry.field(
        description="The held-out months: actual, model and baseline."
    )

    @strawberry.field(description="The product forecast, if any.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await _product(info, self.product_id)

    @classmethod
    def from_forecast(
        cls,
        f: forecast_service.Forecast,
        *,
        family: ProductFamily | None,
        product_id: int | None,
        metric: forecast_service.Metric,
        horizon: int,
        locale: str,
    ) -> DemandForecast:
        """Build from the service's forecast, with the message in the caller's language."""
        return cls(
            product_id=product_id,
            family=family,
            metric=metric,
            horizon=horizon,
            model=f.model,
            message=translate(f.message, locale, **f.message_params) if f.message else "",
            history=[DemandPoint(month=m, value=_dec(v)) for m, v in f.history],
            forecast=[
                DemandForecastPoint(
                    month=p.month,
                    value=_dec(p.value),
                    lower80=_dec(p.lower80),
                    upper80=_dec(p.upper80),
                    lower95=_dec(p.lower95),
                    upper95=_dec(p.upper95),
                )
                for p in f.points
            ],
            mape=f.mape,
            baseline_mape=f.baseline_mape,
            backtest=[
                DemandBacktestPoint(
                    month=b.month,
                    actual=_dec(b.actual),
                    predicted=_dec(b.predicted),
                    baseline=_dec(b.baseline) if b.baseline is not None else None,
                )
                for b in f.backtest
            ],
        )
