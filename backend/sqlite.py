"""The SQLite engine: Tortoise's client plus exact decimal functions on every connection.

SQLite stores our decimals as text and its arithmetic (``SUM``, ``*``, comparisons with
numbers) turns them into binary floats, so a sum of cents can come back a few millionths off.
Every connection gets ``dec_sum`` (aggregate), ``dec_mul``, ``dec_round`` and ``dec_cmp``,
which compute with Python's ``Decimal`` and return text; ``kernel.exact`` writes SQL that
uses them on SQLite and plain ``SUM`` / ``*`` / ``ROUND`` on PostgreSQL (exact ``numeric``),
so both databases give the same cents.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from typing import Any

import aiosqlite
from tortoise.backends.sqlite.client import SqliteClient

#: Enough digits for any sum of DECIMAL(24, 6) values.
_CONTEXT = Context(prec=60)


def _dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode()
    try:
        return Decimal(str(value).strip())
    except InvalidOperation:
        return None


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


class DecimalSum:
    """``dec_sum(x)``: the exact sum of the non-null values (NULL when there are none)."""

    def __init__(self) -> None:
        self.total: Decimal | None = None

    def step(self, value: Any) -> None:
        number = _dec(value)
        if number is not None:
            self.total = number if self.total is None else _CONTEXT.add(self.total, number)

    def finalize(self) -> str | None:
        return _text(self.total)


def dec_mul(left: Any, right: Any) -> str | None:
    """The exact product (NULL when either side is NULL)."""
    a, b = _dec(left), _dec(right)
    return None if a is None or b is None else _text(_CONTEXT.multiply(a, b))


def dec_round(value: Any, places: int) -> str | None:
    """Rounded to ``places`` decimals, half away from zero (PostgreSQL's ROUND of numeric)."""
    number = _dec(value)
    if number is None:
        return None
    return _text(number.quantize(Decimal(1).scaleb(-int(places)), rounding=ROUND_HALF_UP))


def dec_cmp(left: Any, right: Any) -> int | None:
    """-1, 0 or 1 as the left value is below, equal to or above the right (NULL: NULL)."""
    a, b = _dec(left), _dec(right)
    if a is None or b is None:
        return None
    return (a > b) - (a < b)


async def install_decimal_functions(connection: aiosqlite.Connection) -> None:
    """Register the exact decimal functions on a connection (on its own thread)."""
    await connection.create_function("dec_mul", 2, dec_mul, deterministic=True)
    await connection.create_function("dec_round", 2, dec_round, deterministic=True)
    await connection.create_function("dec_cmp", 2, dec_cmp, deterministic=True)
    raw = connection._conn  # aiosqlite offers no create_aggregate of its own
    await connection._execute(raw.create_aggregate, "dec_sum", 1, DecimalSum)  # type: ignore[no-untyped-call]


class ExactSqliteClient(SqliteClient):
    """Tortoise's SQLite client whose connections compute decimals exactly."""

    async def create_connection(self, with_db: bool) -> None:
        """Open the connection and register the decimal functions on it."""
        fresh = self._connection is None
        await super().create_connection(with_db)
        if fresh and self._connection is not None:
            await install_decimal_functions(self._connection)


client_class = ExactSqliteClient
