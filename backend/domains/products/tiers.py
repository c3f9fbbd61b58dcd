"""Rate bands and tiers (issue #12, shape 2): which tier applies, and how an amount splits.

A band ``{"unit": "AMOUNT", "lower": "0.00", "upper": "50000.00"}`` holds ``lower <= v < upper``
(``upper`` null: no upper bound; ``lower == upper``: exactly that value, a discrete term). A tier
``{"bands": [...], "rate": "1.5000", ...}`` applies where every one of its bands holds the value
of its unit; a unit with no band in the tier matches anything. Pure functions over the stored
(snake_case, Decimals as strings) dicts; ``terms_parts`` validates them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from backend.domains.products.enums import TierApplication, TierUnit
from backend.domains.products.terms_parts import band_contains
from backend.kernel.money import ZERO

Tier = Mapping[str, Any]


@dataclass(frozen=True)
class Slice:
    """The part of an amount that falls in one amount band, and the rate it earns."""

    lower: Decimal
    upper: Decimal | None
    amount: Decimal
    rate: Decimal


def _dec(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def bounds(band: Mapping[str, Any]) -> tuple[Decimal, Decimal | None]:
    """A band's (lower, upper) as Decimals (upper None: unbounded)."""
    upper = band.get("upper")
    return _dec(band["lower"]), None if upper is None else _dec(upper)


def in_band(band: Mapping[str, Any], value: Decimal | int) -> bool:
    """Whether a value lies in a band (lower inclusive, upper exclusive, lower == upper exact)."""
    return band_contains(dict(band), Decimal(value))


def band_of(tier: Tier, unit: TierUnit) -> Mapping[str, Any] | None:
    """The tier's band on a unit (at most one), or None when the tier does not limit it."""
    return next((b for b in tier.get("bands") or [] if TierUnit(b["unit"]) is unit), None)


def matches(tier: Tier, values: Mapping[TierUnit, Decimal | int], ignore: set[TierUnit]) -> bool:
    """Whether every band of the tier (but those on ``ignore``d units) holds its unit's value;
    a band on a unit with no value given does not hold (the value is unknown)."""
    for band in tier.get("bands") or []:
        unit = TierUnit(band["unit"])
        if unit in ignore:
            continue
        if unit not in values or not in_band(band, values[unit]):
            return False
    return True


def find_tier(tiers: Sequence[Tier], values: Mapping[TierUnit, Decimal | int]) -> Tier | None:
    """The tier whose bands all hold the given values (validation makes it unique), or None."""
    return next((t for t in tiers if matches(t, values, set())), None)


def uses(tiers: Sequence[Tier], unit: TierUnit) -> bool:
    """Whether any tier has a band on a unit."""
    return any(band_of(t, unit) is not None for t in tiers)


def amount_cell(tiers: Sequence[Tier], values: Mapping[TierUnit, Decimal | int]) -> list[Tier]:
    """The tiers matching the other dimensions (a term), in order of their amount bands."""
    cell = [t for t in tiers if matches(t, values, {TierUnit.AMOUNT})]

    def lower(tier: Tier) -> Decimal:
        band = band_of(tier, TierUnit.AMOUNT)
        return bounds(band)[0] if band else ZERO

    return sorted(cell, key=lower)


def split(
    tiers: Sequence[Tier],
    amount: Decimal,
    values: Mapping[TierUnit, Decimal | int],
    application: TierApplication,
) -> list[Slice] | None:
    """Split an amount over the amount bands of the tiers matching ``values`` (say the term):
    one slice at the whole balance's band (WHOLE_BALANCE), or a slice per band the amount
    reaches (PER_BAND). The lowest band counts from 0, so an amount at the product's minimum
    is whole in it. None when the bands do not hold the amount (no tier, or a gap)."""
    cell = amount_cell(tiers, values)
    if not cell:
        return None
    if application is TierApplication.WHOLE_BALANCE:
        for tier in cell:
            band = band_of(tier, TierUnit.AMOUNT)
            if band is None or in_band(band, amount):
                low, high = bounds(band) if band else (ZERO, None)
                return [Slice(low, high, amount, _dec(tier["rate"]))]
        return None
    slices: list[Slice] = []
    covered = ZERO
    for index, tier in enumerate(cell):
        band = band_of(tier, TierUnit.AMOUNT)
        low, high = bounds(band) if band else (ZERO, None)
        start = ZERO if index == 0 else low
        if start != covered or amount <= start:
            break
        end = amount if high is None else min(amount, high)
        slices.append(Slice(low, high, end - start, _dec(tier["rate"])))
        covered = end
        if covered == amount:
            break
    return slices if covered == amount else None
