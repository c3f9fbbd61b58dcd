"""Holdings: assets under management, holdings and loan classification history, and the
five-tier reclassification of loans (五级分类)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import classification as classification_rules
from backend.domains.customers import models
from backend.domains.customers.enums import (
    LoanClassification,
)
from backend.domains.customers.errors import CustomerErrorCode
from backend.domains.products import fx_rates
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import events
from backend.kernel.clock import today
from backend.kernel.guards import require
from backend.kernel.money import as_decimal, to_cents

#: Families whose balances count as assets under management.
AUM_FAMILIES = ("DEPOSIT", "WEALTH", "FX", "PRECIOUS_METAL")


async def aum(customer_ids: Sequence[int], *, day: date | None = None) -> dict[int, Decimal]:
    """Assets under management in CNY per customer (active deposit, wealth, FX, metal
    balances), each converted at the rate in force on the day (today by default) and summed
    exactly; a currency without a rate is an FX_RATE_MISSING error, never rate 1."""
    day = day or today()
    rows = await models.Holding.filter(
        customer_id__in=list(customer_ids), status="ACTIVE", family__in=AUM_FAMILIES
    ).values_list("customer_id", "currency", "balance")
    book = await fx_rates.rate_book()
    book.require({currency for _, currency, _ in rows}, day)
    totals = {cid: Decimal(0) for cid in customer_ids}
    for customer_id, currency, balance in rows:
        totals[customer_id] += book.to_cny(as_decimal(balance), currency, day)
    return {cid: to_cents(total) for cid, total in totals.items()}


async def holdings_by_customer(*, customer_ids: Sequence[int]) -> dict[int, list[models.Holding]]:
    """Each customer's holdings, newest first."""
    rows = await models.Holding.filter(customer_id__in=list(customer_ids)).order_by(
        "-opened_on", "-id"
    )
    out: dict[int, list[models.Holding]] = {cid: [] for cid in customer_ids}
    for row in rows:
        out[row.customer_id].append(row)
    return out


async def classification_history(
    *, holding_ids: Sequence[int]
) -> dict[int, list[models.LoanClassificationChange]]:
    """Each loan holding's classification changes, oldest first."""
    rows = await models.LoanClassificationChange.filter(holding_id__in=list(holding_ids)).order_by(
        "changed_on", "id"
    )
    out: dict[int, list[models.LoanClassificationChange]] = {hid: [] for hid in holding_ids}
    for row in rows:
        out[row.holding_id].append(row)
    return out


async def reclassify_loan(
    *,
    holding_id: int,
    classification: LoanClassification,
    days_past_due: int,
    reason: str,
    actor: Actor,
) -> models.Holding:
    """Move a loan to another five-tier class (recorded in its history and audited); the
    product's risk rules are re-evaluated at once after the commit."""
    require(actor, perms.LOAN_CLASSIFY)
    reason = (reason or "").strip()
    errors: list[FieldError] = []
    if not reason:
        errors.append(FieldError(ErrorCode.REQUIRED, "Say why you make this change.", "reason"))
    elif len(reason) > 500:
        errors.append(FieldError(ErrorCode.INVALID, "Too long.", "reason"))
    if not 0 <= days_past_due <= 36500:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "Between {low} and {high} days.",
                "daysPastDue",
                (("low", 0), ("high", 36500)),
            )
        )
    elif problem := classification_rules.below_floor(classification, days_past_due):
        errors.append(problem)
    holding = await models.Holding.get_or_none(id=holding_id)
    if holding is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such holding.", "holdingId")
    if holding.family != "LOAN":
        errors.append(
            FieldError(
                CustomerErrorCode.HOLDING_NOT_A_LOAN, "Only loans are classified.", "holdingId"
            )
        )
    elif (
        holding.classification == classification.value
        and (holding.days_past_due or 0) == days_past_due
    ):
        errors.append(
            FieldError(
                CustomerErrorCode.CLASSIFICATION_UNCHANGED,
                "The classification is unchanged.",
                "classification",
            )
        )
    if errors:
        raise DomainError(*errors)
    before = {"classification": holding.classification, "days_past_due": holding.days_past_due}
    async with db.transaction():
        await models.Holding.filter(id=holding.id).update(
            classification=classification.value, days_past_due=days_past_due
        )
        await models.LoanClassificationChange.create(
            holding_id=holding.id,
            classification=classification.value,
            days_past_due=days_past_due,
            changed_on=today(),
        )
        await audit.record(
            actor=actor,
            action="holding.reclassify",
            object_type="Holding",
            object_id=holding.id,
            before=before,
            after={
                "classification": classification.value,
                "days_past_due": days_past_due,
                "reason": reason,
            },
        )
    await holding.refresh_from_db()
    await events.emit(events.HOLDINGS_CHANGED, product_ids=[holding.product_id], dates=[])
    return holding
