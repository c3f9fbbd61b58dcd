"""GraphQL root fields of the customers domain: profiles, holdings, imports, segments, needs,
recommendations, feedback, surveys and demand forecasts."""

from __future__ import annotations

import strawberry

from backend.resolvers.customers.customers import CustomerProfileMutation, CustomerProfileQuery
from backend.resolvers.customers.feedback import FeedbackMutation, FeedbackQuery
from backend.resolvers.customers.forecast import ForecastQuery
from backend.resolvers.customers.holdings import HoldingMutation
from backend.resolvers.customers.imports import ImportMutation
from backend.resolvers.customers.needs import NeedMutation, NeedQuery
from backend.resolvers.customers.recommend import RecommendationQuery
from backend.resolvers.customers.segments import SegmentMutation, SegmentQuery
from backend.resolvers.customers.surveys import SurveyMutation, SurveyQuery


@strawberry.type
class CustomerQuery(
    CustomerProfileQuery,
    SegmentQuery,
    NeedQuery,
    RecommendationQuery,
    FeedbackQuery,
    SurveyQuery,
    ForecastQuery,
):
    pass


@strawberry.type
class CustomerMutation(
    CustomerProfileMutation,
    ImportMutation,
    HoldingMutation,
    SegmentMutation,
    NeedMutation,
    FeedbackMutation,
    SurveyMutation,
):
    pass
