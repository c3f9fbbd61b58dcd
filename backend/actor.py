"""Who is acting and from where: passed to every service call that changes something."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class ActorType(StrEnum):
    """The kind of principal behind a request."""

    USER = "USER"
    API_KEY = "API_KEY"
    ANONYMOUS = "ANONYMOUS"
    SYSTEM = "SYSTEM"


@dataclass(frozen=True)
class Actor:
    """The principal of a request, its permissions and its origin."""

    type: ActorType
    id: int | None = None
    name: str = "anonymous"
    permissions: frozenset[str] = frozenset()
    ip_address: str | None = None
    user_agent: str | None = None
    correlation_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    session_id: int | None = None
    locale: str = "en"

    @property
    def is_authenticated(self) -> bool:
        """Whether a user or API key was recognised."""
        return self.type in (ActorType.USER, ActorType.API_KEY, ActorType.SYSTEM)

    def can(self, permission: str) -> bool:
        """Whether this actor holds the permission."""
        return self.type == ActorType.SYSTEM or permission in self.permissions

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        """An actor for CLI and background work."""
        return cls(type=ActorType.SYSTEM, name=name)

    @classmethod
    def anonymous(
        cls,
        *,
        ip_address: str | None = None,
        user_agent: str | None = None,
        correlation_id: str | None = None,
        locale: str = "en",
    ) -> Actor:
        """An actor for a request without credentials."""
        return cls(
            type=ActorType.ANONYMOUS,
            ip_address=ip_address,
            user_agent=user_agent,
            correlation_id=correlation_id or uuid.uuid4().hex,
            locale=locale,
        )
