"""Dataloaders of the products domain (created per request by ``Context.loaders``)."""

from __future__ import annotations

from datetime import date

from aiodataloader import DataLoader

from backend.domains.products import change_requests, models, service, terms
from backend.domains.products import documents as documents_service


class ProductTermsByProductIdAndDayLoader(DataLoader[tuple[int, date], models.ProductTerms | None]):
    """The terms in force for (product id, day)."""

    async def batch_load_fn(self, keys: list[tuple[int, date]]) -> list[models.ProductTerms | None]:
        return await terms.terms_in_force(keys=keys)


class ProductTermsByProductIdLoader(DataLoader[int, list[models.ProductTerms]]):
    """Each product's terms timeline, oldest first."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.ProductTerms]]:
        found = await terms.terms_schedules(product_ids=keys)
        return [found[k] for k in keys]


class ProductDocumentsByProductIdLoader(DataLoader[int, list[models.ProductDocument]]):
    """Documents by product id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.ProductDocument]]:
        found = await documents_service.documents_by_product(product_ids=keys)
        return [found[k] for k in keys]


class ProductChangeRequestsByProductIdLoader(DataLoader[int, list[models.ProductChangeRequest]]):
    """Change requests by product id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.ProductChangeRequest]]:
        found = await change_requests.change_requests_by_product(product_ids=keys)
        return [found[k] for k in keys]


class ProductByIdLoader(DataLoader[int, models.Product | None]):
    """Products by id."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.Product | None]:
        found = {p.id: p for p in await service.get_many(ids=keys)}
        return [found.get(k) for k in keys]
