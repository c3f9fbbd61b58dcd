"""Typed applicability conditions (issue #12, shape 2): when a bonus rate or a fee waiver applies.

A condition is stored as a snake_case dict (``{"type": "MIN_BALANCE", "amount": "50000.00"}``,
checked by ``terms_parts``); the customer's situation is described by ``Circumstances``. Pure
functions, no I/O. What each type asks:

- MIN_BALANCE: the balance is at least ``amount``; NEW_MONEY: the money is new to the bank, at
  least ``amount`` of it (the balance); PAYROLL_DEPOSIT: the salary is paid in (the
  circumstances affirm it meets ``amount``).
- MIN_DEPOSITS_A_MONTH / MIN_TRANSACTIONS_A_MONTH / MIN_TRANSACTIONS_A_YEAR: at least ``count``;
  MIN_SPEND_A_YEAR: card spending a year of at least ``amount``.
- CUSTOMER_TYPE: one of ``customer_types``; AGE_BAND: ``age_min``..``age_max`` (inclusive, either
  open); BUNDLE_MEMBER: holds ``bundle_code``.
- INTRODUCTORY: the first ``months`` months after opening (``months_since_opening`` < months),
  or until ``ends_on`` (inclusive).

What the calculator does not know does not help the customer: a condition about something the
circumstances leave unknown (``None``) does not hold, so a bonus is never promised on a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from backend.domains.products.enums import ConditionType, CustomerType


@dataclass(frozen=True)
class Circumstances:
    """What the calculator knows of the customer (None: not known)."""

    balance: Decimal | None = None
    new_money: bool = False
    deposits_a_month: int | None = None
    transactions_a_month: int | None = None
    transactions_a_year: int | None = None
    spend_a_year: Decimal | None = None
    payroll_deposit: bool = False
    customer_type: CustomerType | None = None
    age: int | None = None
    bundle_codes: tuple[str, ...] = ()
    months_since_opening: int | None = None
    """0 (or None) is the day of opening."""
    on: date | None = None
    """The day the circumstances describe (None: today)."""


def _decimal(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _at_least(value: Decimal | int | None, minimum: Any) -> bool:
    return value is not None and minimum is not None and value >= _decimal(minimum)


def holds(condition: Mapping[str, Any], circumstances: Circumstances, today: date) -> bool:
    """Whether one condition holds for the customer on ``circumstances.on`` (else today)."""
    c, kind = circumstances, ConditionType(condition["type"])
    if kind is ConditionType.MIN_BALANCE:
        return _at_least(c.balance, condition.get("amount"))
    if kind is ConditionType.NEW_MONEY:
        minimum = condition.get("amount")
        return c.new_money and (minimum is None or _at_least(c.balance, minimum))
    if kind is ConditionType.MIN_DEPOSITS_A_MONTH:
        return _at_least(c.deposits_a_month, condition.get("count"))
    if kind is ConditionType.MIN_TRANSACTIONS_A_MONTH:
        return _at_least(c.transactions_a_month, condition.get("count"))
    if kind is ConditionType.MIN_TRANSACTIONS_A_YEAR:
        return _at_least(c.transactions_a_year, condition.get("count"))
    if kind is ConditionType.MIN_SPEND_A_YEAR:
        return _at_least(c.spend_a_year, condition.get("amount"))
    if kind is ConditionType.PAYROLL_DEPOSIT:
        return c.payroll_deposit
    if kind is ConditionType.CUSTOMER_TYPE:
        allowed = {CustomerType(t) for t in condition.get("customer_types") or []}
        return c.customer_type is not None and c.customer_type in allowed
    if kind is ConditionType.AGE_BAND:
        low, high = condition.get("age_min"), condition.get("age_max")
        return (
            c.age is not None
            and (low is None or c.age >= int(low))
            and (high is None or c.age <= int(high))
        )
    if kind is ConditionType.BUNDLE_MEMBER:
        return condition.get("bundle_code") in c.bundle_codes
    # INTRODUCTORY
    months, ends_on = condition.get("months"), condition.get("ends_on")
    if months is not None:
        return (c.months_since_opening or 0) < int(months)
    return ends_on is not None and (c.on or today) <= _day(ends_on)


def all_hold(
    conditions: Iterable[Mapping[str, Any]], circumstances: Circumstances, today: date
) -> bool:
    """Whether every condition of a list holds (AND; an empty list holds)."""
    return all(holds(condition, circumstances, today) for condition in conditions)
