"""The two checks every service starts with: may the actor do this, and is the input clean."""

from __future__ import annotations

from collections.abc import Sequence

from backend.actor import Actor
from backend.errors import DomainError, ErrorCode, FieldError


def require(actor: Actor, permission: str) -> None:
    """Refuse with FORBIDDEN unless the actor holds the permission."""
    if not actor.can(permission):
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            "You do not have the '{permission}' permission.",
            permission=permission,
        )


def raise_if(errors: Sequence[FieldError]) -> None:
    """Refuse with every collected field error, if there are any."""
    if errors:
        raise DomainError(*errors)
