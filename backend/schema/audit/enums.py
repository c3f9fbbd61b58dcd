"""The audit domain's enums as GraphQL enums (registered once, used by every module)."""

from __future__ import annotations

import strawberry

from backend.actor import ActorType
from backend.domains.audit.enums import AccessKind

__all__ = ["AccessKind", "ActorType"]

strawberry.enum(ActorType, description="The kind of principal that acted.")
strawberry.enum(
    AccessKind,
    description="How customer data was seen: VIEW (one customer's 360), LIST (a row of a "
    "list, search or segment member page), EXPORT (a row of an exported file), SEARCH (an exact search by phone or ID number).",
)
