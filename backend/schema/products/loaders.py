"""Dataloaders of the products domain (created per request by ``Context.loaders``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from aiodataloader import DataLoader

from backend.domains.products import benchmarks, change_requests, models, service, terms
from backend.domains.products import documents as documents_service
from backend.domains.products.enums import LprTenor
from backend.errors import DomainError


class ProductTermsByProductIdAndDayLoader(DataLoader[tuple[int, date], models.ProductTerms | None]):
    """The terms in force for (product id, day)."""

    async def batch_load_fn(self, keys: list[tuple[int, date]]) -> list[models.ProductTerms | None]:
        return await terms.terms_in_force(keys=keys)


class LprOnDayLoader(DataLoader[date, dict[LprTenor, Decimal] | None]):
    """The LPRs in force on a day (None when none is), which LPR-linked loans' rates read."""

    async def batch_load_fn(self, keys: list[date]) -> list[dict[LprTenor, Decimal] | None]:
        out: list[dict[LprTenor, Decimal] | None] = []
        for day in keys:
            try:
                out.append(await benchmarks.lpr_on(day))
            except DomainError:
                out.append(None)
        return out


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
