"""Dataloaders of the auth domain (created per request by ``Context.loaders``)."""

from __future__ import annotations

from datetime import datetime

from aiodataloader import DataLoader

from backend.domains.auth import models, service


class UserByIdLoader(DataLoader[int, models.User | None]):
    """Batch user look-ups by primary key."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.User | None]:
        users = {u.id: u for u in await service.get_users(ids=keys)}
        return [users.get(k) for k in keys]


class LockedUntilLoader(DataLoader[str, datetime | None]):
    """When each username's sign-in lockout ends (None when it is not locked)."""

    async def batch_load_fn(self, keys: list[str]) -> list[datetime | None]:
        locked = await service.locked_until(keys)
        return [locked.get(k) for k in keys]
