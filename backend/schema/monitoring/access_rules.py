"""GraphQL types of access rules (异常访问): when reading customer data is unusual."""

from __future__ import annotations

import strawberry

from backend.domains.monitoring import access_anomaly, models
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.audit.enums import AccessKind


@strawberry.type(
    description="When reading customer data is unusual: more than `threshold` different "
    "customers read (in the given kinds) by one user within `windowMinutes` raises a WARNING "
    "alert, more than `criticalThreshold` a CRITICAL one — one alert per user, rule and hour."
)
class AccessRule(Node):
    pk: strawberry.Private[int]
    code: str = strawberry.field(description="Stable code.")
    name_zh: str = strawberry.field(description="Name in Chinese.")
    name_en: str = strawberry.field(description="Name in English.")
    kinds: list[AccessKind] = strawberry.field(description="The kinds of read counted.")
    window_minutes: int = strawberry.field(description="The rolling window, in minutes.")
    threshold: int = strawberry.field(description="More different customers than this: WARNING.")
    critical_threshold: int | None = strawberry.field(
        description="More different customers than this: CRITICAL (none when null)."
    )
    enabled: bool = strawberry.field(description="Whether it is judged.")

    @classmethod
    def from_model(cls, row: models.AccessRule) -> AccessRule:
        """Build from an access rule row."""
        return cls(
            id=to_global_id("AccessRule", row.id),
            pk=row.id,
            code=row.code,
            name_zh=row.name_zh,
            name_en=row.name_en,
            kinds=access_anomaly.kinds_of(row),
            window_minutes=row.window_minutes,
            threshold=row.threshold,
            critical_threshold=row.critical_threshold,
            enabled=row.enabled,
        )


@strawberry.input(description="Changes to an access rule; fields left out keep their value.")
class AccessRuleInput:
    name_zh: str | None = strawberry.field(default=strawberry.UNSET, description="Chinese name.")
    name_en: str | None = strawberry.field(default=strawberry.UNSET, description="English name.")
    kinds: list[AccessKind] | None = strawberry.field(
        default=strawberry.UNSET, description="The kinds of read counted."
    )
    window_minutes: int | None = strawberry.field(
        default=strawberry.UNSET, description="The rolling window, 1–1440 minutes."
    )
    threshold: int | None = strawberry.field(
        default=strawberry.UNSET, description="WARNING above this many different customers."
    )
    critical_threshold: int | None = strawberry.field(
        default=strawberry.UNSET,
        description="CRITICAL above this many (above the threshold), or null for none.",
    )
    enabled: bool | None = strawberry.field(default=strawberry.UNSET, description="Judged or not.")


@strawberry.type(description="Result of changing an access rule.")
class AccessRulePayload:
    access_rule: AccessRule | None = strawberry.field(description="The rule after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")
