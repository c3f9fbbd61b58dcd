"""Exact decimal arithmetic in SQL, the same on SQLite and PostgreSQL.

PostgreSQL sums and multiplies ``numeric`` exactly; SQLite would turn our text decimals into
binary floats (a balance read 123,456,790,009.997960 for an exact …010.00). ``Exact`` writes
each money sum, product, rounding and threshold comparison once: plain SQL on PostgreSQL, the
``dec_*`` functions that ``backend.sqlite`` registers on every SQLite connection otherwise.
Read every result back through ``value``. Python-side totals use ``total``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from pypika_tortoise.functions import Cast
from pypika_tortoise.terms import AggregateFunction, Term
from tortoise.functions import Sum

from backend import db
from backend.kernel.money import as_decimal

COMPARE = {"=", "<>", "<", "<=", ">", ">="}


@dataclass(frozen=True)
class Exact:
    """SQL fragments of exact decimal arithmetic for one dialect."""

    postgres: bool

    @classmethod
    def current(cls) -> Exact:
        """For the default connection's database."""
        return cls(postgres=db.is_postgres())

    def sum(self, expr: str) -> str:
        """The exact sum of a decimal expression (NULL over no rows, like SUM)."""
        return f"SUM({expr})" if self.postgres else f"dec_sum({expr})"

    def mul(self, left: str, right: str) -> str:
        """The exact product of two decimal expressions."""
        return f"({left} * {right})" if self.postgres else f"dec_mul({left}, {right})"

    def round(self, expr: str, places: int) -> str:
        """Rounded half away from zero to ``places`` decimals."""
        return (
            f"ROUND({expr}, {int(places)})"
            if self.postgres
            else f"dec_round({expr}, {int(places)})"
        )

    def abs(self, expr: str) -> str:
        """The absolute value, exactly."""
        return f"ABS({expr})" if self.postgres else f"dec_mul({expr}, dec_cmp({expr}, 0))"

    def literal(self, value: Decimal) -> str:
        """A decimal constant inlined in SQL (numeric on PostgreSQL, text on SQLite)."""
        text = format(Decimal(value), "f")
        return text if self.postgres else f"'{text}'"

    def compare(self, left: str, op: str, right: str) -> str:
        """``left op right`` compared as exact decimals."""
        if op not in COMPARE:
            raise ValueError(op)
        return f"{left} {op} {right}" if self.postgres else f"dec_cmp({left}, {right}) {op} 0"

    def between(self, expr: str, low: str, high: str) -> str:
        """``low ≤ expr ≤ high`` as exact decimals."""
        if self.postgres:
            return f"{expr} BETWEEN {low} AND {high}"
        return f"(dec_cmp({expr}, {low}) >= 0 AND dec_cmp({expr}, {high}) <= 0)"


def value(raw: object) -> Decimal:
    """A sum read back from either database as an exact Decimal (NULL → 0)."""
    return as_decimal(raw)


def total(values: Iterable[object]) -> Decimal:
    """The exact sum of database or Python numbers."""
    return sum((as_decimal(v) for v in values), Decimal(0))


class _DecSumTerm(AggregateFunction):
    def __init__(self, term: Term, alias: str | None = None) -> None:
        # Tortoise casts SQLite decimals to NUMERIC (a float) for functions: sum the text.
        if isinstance(term, Cast):
            term = term.args[0]
        super().__init__("dec_sum", term, alias=alias)


class _DecSum(Sum):
    database_func = _DecSumTerm  # type: ignore[assignment]


def exact_sum(field: str) -> Sum:
    """An ORM ``Sum`` annotation of a decimal field that is exact on both databases."""
    return Sum(field) if db.is_postgres() else _DecSum(field)
