"""The per-request GraphQL context: request, actor, settings and dataloaders."""

from __future__ import annotations

from typing import Any

from aiodataloader import DataLoader
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from backend.actor import Actor
from backend.schema.auth.loaders import UserByIdLoader
from backend.settings import Settings


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
        """Users by primary key (the loader nearly every type needs, for its people)."""
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
        #: The session token or API key a websocket was opened with (re-checked while open).
        self.credential: str | None = None
        self.executed = False
