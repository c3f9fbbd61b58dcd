"""The per-request GraphQL context: request, actor, settings and dataloaders."""

from __future__ import annotations

from typing import Any

from aiodataloader import DataLoader
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from backend.actor import Actor
from backend.domains.auth import models as auth_models
from backend.domains.auth import service as auth_service
from backend.settings import Settings


class UserByIdLoader(DataLoader[int, auth_models.User | None]):
    """Batch user look-ups by primary key."""

    async def batch_load_fn(self, keys: list[int]) -> list[auth_models.User | None]:
        users = {u.id: u for u in await auth_service.get_users(ids=keys)}
        return [users.get(k) for k in keys]


class Loaders:
    """The request's dataloaders, created on first use (they need the running loop)."""

    def __init__(self) -> None:
        self._cache: dict[type[DataLoader[Any, Any]], DataLoader[Any, Any]] = {}

    def get(self, loader: type[DataLoader[Any, Any]]) -> Any:
        """Return this request's instance of a loader class."""
        if loader not in self._cache:
            self._cache[loader] = loader()
        return self._cache[loader]

    @property
    def user_by_id(self) -> UserByIdLoader:
        """Users by primary key."""
        result: UserByIdLoader = self.get(UserByIdLoader)
        return result


class Context:
    """What every resolver can see about the request it serves."""

    def __init__(
        self,
        *,
        request: Request | WebSocket,
        response: Response | WebSocket | None,
        actor: Actor,
        settings: Settings,
    ) -> None:
        self.request = request
        self.response = response
        self.actor = actor
        self.settings = settings
        self.loaders = Loaders()
        self.connection_params: dict[str, Any] | None = None
        self.executed = False
