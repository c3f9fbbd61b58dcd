"""GraphQL types of the parts product terms share: rate bands and tiers, typed conditions,
bonus rates and fee waivers (stored JSON → types)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import strawberry

from backend.schema.products.enums import ConditionType, CustomerType, TierUnit


def dec(value: Any) -> Decimal | None:
    """A stored number as a Decimal (a Decimal and None stay as they are)."""
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value))


@strawberry.type(
    description="A band of a rate tier: from `lower` (inclusive) to `upper` (exclusive; null "
    "= no upper bound); `lower` = `upper` means exactly that value (a discrete term)."
)
class RateBand:
    unit: TierUnit = strawberry.field(description="What the band is measured in.")
    lower: Decimal = strawberry.field(description="Lower bound, inclusive.")
    upper: Decimal | None = strawberry.field(description="Upper bound, exclusive; null: none.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RateBand:
        """Build from the stored JSON."""
        return cls(
            unit=TierUnit(data["unit"]), lower=Decimal(data["lower"]), upper=dec(data.get("upper"))
        )


@strawberry.type(
    description="One cell of a rate grid: the rate where all its bands hold. A fixed rate "
    "(`rate`, up to `rateMax` when priced individually) or, for LPR-linked loans, a spread "
    "over the LPR in basis points."
)
class RateTier:
    bands: list[RateBand] = strawberry.field(description="Where it applies (none: everywhere).")
    rate: Decimal | None = strawberry.field(description="Annual rate in percent, 4 decimals.")
    rate_max: Decimal | None = strawberry.field(description="Highest rate of a priced range.")
    spread_bps: int | None = strawberry.field(description="Spread over the LPR (LPR loans).")
    spread_bps_max: int | None = strawberry.field(description="Highest spread of a range.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RateTier:
        """Build from the stored JSON."""
        return cls(
            bands=[RateBand.from_json(b) for b in data.get("bands") or []],
            rate=dec(data.get("rate")),
            rate_max=dec(data.get("rate_max")),
            spread_bps=data.get("spread_bps"),
            spread_bps_max=data.get("spread_bps_max"),
        )


@strawberry.type(
    description="A typed condition of a bonus rate or a fee waiver; only the fields of its "
    "type are set."
)
class Condition:
    type: ConditionType = strawberry.field(description="What must hold.")
    amount: Decimal | None = strawberry.field(
        description="MIN_BALANCE, NEW_MONEY, MIN_SPEND_A_YEAR, PAYROLL_DEPOSIT: the amount."
    )
    count: int | None = strawberry.field(
        description="MIN_DEPOSITS_A_MONTH, MIN_TRANSACTIONS_A_MONTH / _A_YEAR: how many."
    )
    customer_types: list[CustomerType] = strawberry.field(description="CUSTOMER_TYPE: which.")
    age_min: int | None = strawberry.field(description="AGE_BAND: lowest age.")
    age_max: int | None = strawberry.field(description="AGE_BAND: highest age.")
    bundle_code: str | None = strawberry.field(description="BUNDLE_MEMBER: the bundle's code.")
    months: int | None = strawberry.field(description="INTRODUCTORY: first months after opening.")
    ends_on: date | None = strawberry.field(description="INTRODUCTORY: or until this day.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Condition:
        """Build from the stored JSON."""
        return cls(
            type=ConditionType(data["type"]),
            amount=dec(data.get("amount")),
            count=data.get("count"),
            customer_types=[CustomerType(t) for t in data.get("customer_types") or []],
            age_min=data.get("age_min"),
            age_max=data.get("age_max"),
            bundle_code=data.get("bundle_code"),
            months=data.get("months"),
            ends_on=date.fromisoformat(data["ends_on"]) if data.get("ends_on") else None,
        )


@strawberry.type(description="A bonus rate: percentage points added while all its conditions hold.")
class BonusRate:
    name: str = strawberry.field(description="Its name, e.g. 新客新资金加息.")
    rate: Decimal = strawberry.field(description="Percentage points added, e.g. 0.2000.")
    conditions: list[Condition] = strawberry.field(description="All must hold.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BonusRate:
        """Build from the stored JSON."""
        return cls(
            name=data["name"],
            rate=Decimal(data["rate"]),
            conditions=[Condition.from_json(c) for c in data.get("conditions") or []],
        )


@strawberry.type(description="A fee waiver: the share of the fee waived while all conditions hold.")
class FeeWaiver:
    name: str = strawberry.field(description="Its name, e.g. 刷卡满 6 次免次年年费.")
    share: Decimal = strawberry.field(description="Percent of the fee waived (100 = all of it).")
    conditions: list[Condition] = strawberry.field(description="All must hold.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeeWaiver:
        """Build from the stored JSON."""
        return cls(
            name=data["name"],
            share=Decimal(data["share"]),
            conditions=[Condition.from_json(c) for c in data.get("conditions") or []],
        )
