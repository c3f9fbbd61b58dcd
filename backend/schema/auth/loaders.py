"""Dataloaders of the auth domain (created per request by ``Context.loaders``)."""

from __future__ import annotations

from aiodataloader import DataLoader

from backend.domains.auth import models, service


class UserByIdLoader(DataLoader[int, models.User | None]):
    """Batch user look-ups by primary key."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.User | None]:
        users = {u.id: u for u in await service.get_users(ids=keys)}
        return [users.get(k) for k in keys]
