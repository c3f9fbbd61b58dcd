"""Suitable-product recommendations: products on sale today that the customer may buy
(eligibility), may be sold (suitability 适当性: risk level ≤ a current risk tolerance) and does
not hold yet, ranked by the needs they meet and the customer's segments, with the reasons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from backend.domains.customers import models
from backend.domains.customers import needs as needs_service
from backend.domains.customers import segments as segments_service
from backend.domains.customers import service as customer_service
from backend.domains.products import models as product_models
from backend.domains.products.service import ProductFilter, products_query
from backend.i18n import translate
from backend.kernel.clock import today

NEED_REASON_MESSAGE = "Meets the detected need “{need}” ({evidence})."
SEGMENT_REASON_MESSAGE = "Suits the customer's segment “{segment}”."
SUITABLE_REASON_MESSAGE = (
    "Risk level {risk} is within the customer's risk tolerance {tolerance} (valid until {expires})."
)
UNASSESSED_REASON_MESSAGE = (
    "No current risk assessment: only the lowest-risk products (R1) are offered."
)
#: Identity documents of residents; other documents (passports, permits) count as non-resident.
RESIDENT_ID_TYPES = frozenset({"ID_CARD", "BUSINESS_LICENSE"})
NEED_SUBTYPE_SCORE = 3.0
NEED_FAMILY_SCORE = 2.0
SEGMENT_SCORE = 1.0

#: Product subtypes that suit each built-in segment.
SEGMENT_FIT: dict[str, frozenset[str]] = {
    "YOUNG_PROFESSIONALS": frozenset(
        {"STANDARD", "CO_BRANDED", "CONSUMER", "AUTO", "MONEY_MARKET", "PAPER_GOLD"}
    ),
    "RETIREES": frozenset({"TIME", "LARGE_CD", "BOND", "MONEY_MARKET", "PHYSICAL_GOLD"}),
    "BUSINESS_OWNERS": frozenset({"WORKING_CAPITAL", "FIXED_ASSET", "LARGE_CD", "SPOT"}),
    "HIGH_NET_WORTH": frozenset(
        {"LARGE_CD", "MIXED", "EQUITY", "PREMIUM", "STRUCTURED_DEPOSIT", "PHYSICAL_GOLD"}
    ),
    "MIDDLE_HIGH_INCOME": frozenset({"BOND", "MIXED", "PREMIUM", "TIME", "MORTGAGE"}),
}


class ReasonCode(StrEnum):
    """Why a product is recommended."""

    NEED = "NEED"
    SEGMENT = "SEGMENT"
    SUITABLE = "SUITABLE"
    UNASSESSED = "UNASSESSED"


@dataclass(frozen=True)
class Reason:
    """One reason, as a code and an English template with its parameters."""

    code: ReasonCode
    template: str
    params: tuple[tuple[str, str | int], ...] = ()

    def render(self, locale: str = "en") -> str:
        """The reason in a language."""
        return translate(self.template, locale, **dict(self.params))


@dataclass
class Recommendation:
    """A product for a customer, its score and why."""

    product: product_models.Product
    score: float
    reasons: list[Reason] = field(default_factory=list)
    need_codes: list[str] = field(default_factory=list)


def residency(customer: models.Customer) -> str:
    """RESIDENT or NON_RESIDENT, from the identity document."""
    return "RESIDENT" if customer.id_type in RESIDENT_ID_TYPES else "NON_RESIDENT"


def risk_ceiling(customer: models.Customer, day: date) -> int:
    """The highest product risk level (1–5) the customer may be sold: their current tolerance,
    or 1 without a current assessment."""
    if not customer_service.risk_assessment_current(customer, day):
        return 1
    return int(str(customer.risk_tolerance)[1])


def suitable(customer: models.Customer, product: product_models.Product, day: date) -> bool:
    """Suitability: risk level R ≤ tolerance C with a current assessment (else only R1)."""
    return int(product.risk_level[1]) <= risk_ceiling(customer, day)


def eligible(customer: models.Customer, product: product_models.Product, day: date) -> bool:
    """Whether the customer meets the product's eligibility (type, age, income, residency)."""
    rules: dict[str, Any] = product.eligibility or {}
    types = rules.get("customer_types") or []
    if types and customer.customer_type not in types:
        return False
    places = rules.get("residency") or []
    if places and residency(customer) not in places:
        return False
    age = customer_service.age(customer, day)
    if rules.get("min_age") is not None and (age is None or age < rules["min_age"]):
        return False
    if rules.get("max_age") is not None and (age is None or age > rules["max_age"]):
        return False
    floor = rules.get("min_annual_income")
    income = customer.annual_income
    return floor is None or (income is not None and Decimal(income) >= Decimal(str(floor)))


async def candidates(*, customer: models.Customer, day: date) -> list[product_models.Product]:
    """Products on sale today that the customer is eligible for, suitable for and does not hold
    (two queries)."""
    on_sale = await products_query(filter=ProductFilter(on_sale_at=day))
    held = {
        int(row["product_id"])
        for row in await models.Holding.filter(customer_id=customer.id, status="ACTIVE").values(
            "product_id"
        )
    }
    return [
        p
        for p in on_sale
        if p.id not in held and eligible(customer, p, day) and suitable(customer, p, day)
    ]


def meets(rule: models.NeedRule, product: product_models.Product) -> float:
    """How well a product meets a need rule's suggestion: subtype 3, family 2, else 0."""
    if product.subtype in (rule.suggest_subtypes or []):
        return NEED_SUBTYPE_SCORE
    if product.family in (rule.suggest_families or []):
        return NEED_FAMILY_SCORE
    return 0.0


def _attractiveness(product: product_models.Product) -> Decimal:
    """The headline rate as a benefit to the customer: earned on savings and investments,
    paid on loans and cards (so lower is better there)."""
    if product.headline_rate is None:
        return Decimal(0)
    rate = Decimal(product.headline_rate)
    return -rate if product.family in ("LOAN", "CREDIT_CARD") else rate


def _evidence_text(evidence: dict[str, Any]) -> str:
    return ", ".join(f"{key} {_plain(value)}" for key, value in evidence.items())


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal | float):
        return format(Decimal(str(value)).normalize(), "f")
    return str(value)


async def suggestions(
    *, customer_id: int, detected: Sequence[needs_service.DetectedNeed], day: date | None = None
) -> dict[int, list[product_models.Product]]:
    """For each detected need (by rule id), the candidate products that meet it, best first."""
    customer = await models.Customer.get_or_none(id=customer_id)
    if customer is None:
        return {}
    pool = await candidates(customer=customer, day=day or today())
    out = {}
    for need in detected:
        scored = [(meets(need.rule, p), p) for p in pool]
        out[need.rule.id] = [
            p for score, p in sorted(scored, key=lambda x: (-x[0], x[1].code)) if score > 0
        ]
    return out


async def recommend(
    *, customer_id: int, first: int = 5, day: date | None = None
) -> list[Recommendation] | None:
    """Rank the candidate products for a customer (None when there is no such customer):
    points for each need a product meets and each segment it suits, ties by headline rate."""
    day = day or today()
    customer = await models.Customer.get_or_none(id=customer_id)
    if customer is None:
        return None
    pool = await candidates(customer=customer, day=day)
    detected = await needs_service.customer_needs(customer_id=customer_id)
    segments = (await segments_service.segments_of(customer_ids=[customer_id]))[customer_id]
    if customer_service.risk_assessment_current(customer, day):
        base = Reason(
            ReasonCode.SUITABLE,
            SUITABLE_REASON_MESSAGE,
            (
                ("tolerance", str(customer.risk_tolerance)),
                ("expires", str(customer.risk_expires_on)),
            ),
        )
    else:
        base = Reason(ReasonCode.UNASSESSED, UNASSESSED_REASON_MESSAGE)
    ranked = []
    for product in pool:
        item = Recommendation(product, 0.0)
        for need in detected:
            points = meets(need.rule, product)
            if points:
                item.score += points
                item.need_codes.append(need.rule.code)
                item.reasons.append(
                    Reason(
                        ReasonCode.NEED,
                        NEED_REASON_MESSAGE,
                        (("need", need.rule.name), ("evidence", _evidence_text(need.evidence))),
                    )
                )
        for segment in segments:
            if product.subtype in SEGMENT_FIT.get(segment.code, frozenset()):
                item.score += SEGMENT_SCORE
                item.reasons.append(
                    Reason(ReasonCode.SEGMENT, SEGMENT_REASON_MESSAGE, (("segment", segment.name),))
                )
        if base.code == ReasonCode.SUITABLE:
            item.reasons.append(
                Reason(base.code, base.template, (("risk", product.risk_level), *base.params))
            )
        else:
            item.reasons.append(base)
        ranked.append(item)
    ranked.sort(key=lambda r: (-r.score, -_attractiveness(r.product), r.product.code))
    return ranked[: max(first, 0)]
