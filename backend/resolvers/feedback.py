"""Thin GraphQL resolvers of feedback, surveys and demand forecasting."""

from __future__ import annotations

import strawberry


@strawberry.type
class FeedbackQuery:
    pass


@strawberry.type
class FeedbackMutation:
    pass
