"""Dataloaders of the customers domain (created per request by ``Context.loaders``)."""

from __future__ import annotations

from decimal import Decimal

from aiodataloader import DataLoader

from backend.domains.customers import holdings as holdings_service
from backend.domains.customers import models
from backend.domains.customers import service as customer_service
from backend.domains.customers import surveys as surveys_service
from backend.domains.customers.survey_questions import QuestionResult


class CustomerByIdLoader(DataLoader[int, models.Customer | None]):
    """Customers by id."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.Customer | None]:
        found = {c.id: c for c in await customer_service.get_customers(ids=keys)}
        return [found.get(k) for k in keys]


class HoldingsByCustomerIdLoader(DataLoader[int, list[models.Holding]]):
    """Holdings by customer id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.Holding]]:
        found = await holdings_service.holdings_by_customer(customer_ids=keys)
        return [found[k] for k in keys]


class AumByCustomerIdLoader(DataLoader[int, Decimal]):
    """Assets under management by customer id."""

    async def batch_load_fn(self, keys: list[int]) -> list[Decimal]:
        found = await holdings_service.aum(keys)
        return [found[k] for k in keys]


class ClassificationChangesByHoldingIdLoader(
    DataLoader[int, list[models.LoanClassificationChange]]
):
    """Loan classification history by holding id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.LoanClassificationChange]]:
        found = await holdings_service.classification_history(holding_ids=keys)
        return [found[k] for k in keys]


class ResponseCountBySurveyIdLoader(DataLoader[int, int]):
    """Number of responses by survey id."""

    async def batch_load_fn(self, keys: list[int]) -> list[int]:
        found = await surveys_service.response_counts(survey_ids=keys)
        return [found[k] for k in keys]


class MemberCountBySegmentIdLoader(DataLoader[int, int | None]):
    """Segment member counts (as of the last refresh) by segment id."""

    async def batch_load_fn(self, keys: list[int]) -> list[int | None]:
        found = await surveys_service.segment_sizes(segment_ids=keys)
        return [found.get(k) for k in keys]


class QuestionResultsBySurveyIdLoader(DataLoader[int, list[QuestionResult]]):
    """Per-question results by survey id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[QuestionResult]]:
        found = await surveys_service.survey_results(survey_ids=keys)
        return [found[k] for k in keys]
