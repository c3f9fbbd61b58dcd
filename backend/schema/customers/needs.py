"""GraphQL types of needs mining (需求挖掘): need rules, detected needs with evidence and
needs per segment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from backend.domains.customers import models
from backend.domains.customers import needs as needs_service
from backend.domains.products.enums import ProductFamily, ProductSubtype
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.customers.segments import RULE_LANGUAGE, Segment
from backend.schema.products.types import Product


@strawberry.type(
    description="A needs-mining rule (需求规则): a condition and the products that meet it."
)
class NeedRule(Node):
    pk: strawberry.Private[int]
    code: str = strawberry.field(description="Stable code, e.g. CROSS_BORDER_FINANCE.")
    name: str = strawberry.field(description="Name, e.g. 跨境金融需求.")
    description: str = strawberry.field(description="What the rule finds.")
    condition: JSON = strawberry.field(
        description="Condition in the segment rule language. " + RULE_LANGUAGE
    )
    suggest_families: list[ProductFamily] = strawberry.field(
        description="Product families that meet the need."
    )
    suggest_subtypes: list[ProductSubtype] = strawberry.field(
        description="Product subtypes that meet the need."
    )
    enabled: bool = strawberry.field(description="Whether refreshes and live checks use it.")
    version: int = strawberry.field(description="Version; send it back as expectedVersion.")
    updated_at: datetime = strawberry.field(description="When it last changed.")

    @classmethod
    def from_model(cls, rule: models.NeedRule) -> NeedRule:
        """Build from a need rule row."""
        return cls(
            id=to_global_id("NeedRule", rule.id),
            pk=rule.id,
            code=rule.code,
            name=rule.name,
            description=rule.description,
            condition=rule.condition,
            suggest_families=[ProductFamily(f) for f in rule.suggest_families or []],
            suggest_subtypes=[ProductSubtype(s) for s in rule.suggest_subtypes or []],
            enabled=rule.enabled,
            version=rule.version,
            updated_at=rule.updated_at,
        )


@strawberry.input(description="A new need rule.")
class NeedRuleCreateInput:
    code: str = strawberry.field(description="Unique code, 2–40 of A-Z, 0-9, '_'.")
    name: str = strawberry.field(description="Name, 1–100 characters.")
    description: str = strawberry.field(default="", description="What the rule finds.")
    condition: JSON = strawberry.field(description=RULE_LANGUAGE)
    suggest_families: list[ProductFamily] = strawberry.field(
        default_factory=list, description="Families that meet the need."
    )
    suggest_subtypes: list[ProductSubtype] = strawberry.field(
        default_factory=list, description="Subtypes that meet the need (at least one of the two)."
    )
    enabled: bool = strawberry.field(default=True, description="Use it from the next refresh.")


@strawberry.input(description="Changes to a need rule; only the fields given change.")
class NeedRuleUpdateInput:
    name: str | None = strawberry.field(default=None, description="Name.")
    description: str | None = strawberry.field(default=None, description="Description.")
    condition: JSON | None = strawberry.field(default=None, description="New condition.")
    suggest_families: list[ProductFamily] | None = strawberry.field(
        default=None, description="Families that meet the need."
    )
    suggest_subtypes: list[ProductSubtype] | None = strawberry.field(
        default=None, description="Subtypes that meet the need."
    )
    enabled: bool | None = strawberry.field(default=None, description="Enable or disable.")


def need_rule_input_to_plain(data: NeedRuleCreateInput | NeedRuleUpdateInput) -> dict[str, Any]:
    """The input as a dict of snake_case keys (None for fields not given)."""
    return {
        "code": getattr(data, "code", None),
        "name": data.name,
        "description": data.description,
        "condition": data.condition,
        "suggest_families": data.suggest_families,
        "suggest_subtypes": data.suggest_subtypes,
        "enabled": data.enabled,
    }


@strawberry.type(description="Result of a change to a need rule.")
class NeedRulePayload:
    need_rule: NeedRule | None = strawberry.field(description="The rule after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(
    description="A need detected for a customer, with the evidence and products that meet it."
)
class CustomerNeed:
    rule: NeedRule = strawberry.field(description="The rule that found it.")
    evidence: JSON = strawberry.field(
        description="The numbers that triggered it, e.g. {crossBorderCount: 5, windowDays: 90}."
    )
    detected_at: datetime | None = strawberry.field(
        description="When the last needs refresh stored it (null if found only now)."
    )
    suggested_products: list[Product] = strawberry.field(
        description="Products on sale today that meet it and that the customer may buy and be "
        "sold (eligible, suitable) and does not hold yet, best first."
    )


@strawberry.type(description="How many customers one rule found.")
class NeedRuleCount:
    rule: NeedRule = strawberry.field(description="The rule.")
    customer_count: int = strawberry.field(description="Customers with the need.")
    share: float = strawberry.field(description="Share of the population (0–1).")


@strawberry.type(
    description="Needs per rule over all customers or one segment, as of the last refresh."
)
class NeedsSummary:
    population: int = strawberry.field(description="Customers considered (all, or the segment).")
    segment: Segment | None = strawberry.field(description="The segment, if one was asked for.")
    refreshed_at: datetime | None = strawberry.field(description="When needs were last refreshed.")
    rules: list[NeedRuleCount] = strawberry.field(description="Counts per rule, by code.")

    @classmethod
    def from_summary(cls, summary: needs_service.NeedsSummary) -> NeedsSummary:
        """Build from the service's summary."""
        total = summary.population
        return cls(
            population=total,
            segment=Segment.from_model(summary.segment) if summary.segment else None,
            refreshed_at=summary.refreshed_at,
            rules=[
                NeedRuleCount(
                    rule=NeedRule.from_model(c.rule),
                    customer_count=c.customers,
                    share=round(c.customers / total, 4) if total else 0.0,
                )
                for c in summary.counts
            ],
        )


@strawberry.type(description="Result of re-evaluating every enabled need rule.")
class NeedsRefreshPayload:
    summary: NeedsSummary | None = strawberry.field(description="Counts after the refresh.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")
