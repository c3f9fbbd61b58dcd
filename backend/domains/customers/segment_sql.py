"""Compile segment rule trees to set-based SQL (SQLite and PostgreSQL).

A tree compiles to one SQL boolean expression over ``customers_customer c``. In *set* mode
aggregates (AUM, transaction counts) become grouped sub-queries joined by ``IN`` / ``NOT
EXISTS``, so a refresh is a single ``INSERT ... SELECT`` whatever the number of customers; in
*row* mode they become correlated scalar sub-queries, cheap for one customer. The same SQL runs
on SQLite and PostgreSQL (only placeholders, exact decimal arithmetic — ``kernel.exact`` — and
the JSON builder differ). Money is summed and compared exactly on both databases, and amounts
in other currencies convert to CNY at the rates in force (``kernel.fx``): holdings at the
segment's day, transactions at each one's business date. Open a statement with ``open_sql``,
which loads the rates and refuses (FX_RATE_MISSING) a currency the data holds without one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from backend import db
from backend.domains.customers.holdings import AUM_FAMILIES
from backend.domains.customers.segment_rules import FIELDS, FieldSpec
from backend.domains.products import fx_rates
from backend.kernel.exact import Exact
from backend.kernel.fx import RateBook

COMPARE_SQL = {"EQ": "=", "NE": "<>", "GT": ">", "GTE": ">=", "LT": "<", "LTE": "<="}


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def month_starts(day: date, months: int) -> list[date]:
    """First days of the ``months`` complete calendar months before ``day``'s month, oldest
    first, followed by the first day of ``day``'s month (the exclusive end)."""
    out = []
    for back in range(months, -1, -1):
        index = day.year * 12 + (day.month - 1) - back
        out.append(date(index // 12, index % 12 + 1, 1))
    return out


class Sql:
    """Builds one statement: parameters, the joins of set-based aggregates, and the dialect
    differences. Placeholders are markers until ``render`` numbers them in textual order
    (PostgreSQL ``$n``, SQLite ``?``), so fragments can be built in any order."""

    def __init__(
        self,
        *,
        postgres: bool,
        day: date,
        book: RateBook | None = None,
        held: frozenset[str] = frozenset(),
        moved: frozenset[str] = frozenset(),
    ) -> None:
        self.postgres = postgres
        self.day = day
        self.exact = Exact(postgres=postgres)
        #: The exchange rates, and the currencies held (holdings) and moved (transactions).
        self.book = book or RateBook()
        self.held = held
        self.moved = moved
        self.joins: list[str] = []
        self._values: list[Any] = []
        self._casts: list[str | None] = []

    def p(self, value: Any, cast: str | None = None) -> str:
        """A placeholder for a value (``cast`` names its PostgreSQL type where SQL cannot
        infer it)."""
        if isinstance(value, Decimal) and not self.postgres:
            value = format(value, "f")  # compared exactly by dec_cmp, never as a float
        if isinstance(value, date) and not self.postgres:
            value = value.isoformat()
        self._values.append(value)
        self._casts.append(cast)
        return f"\x02{len(self._values) - 1}\x03"

    def join(self, select: str) -> str:
        """Left-join a per-customer derived table (one row per customer_id at most); return
        its alias."""
        alias = f"a{len(self.joins)}"
        self.joins.append(f"LEFT JOIN ({select}) {alias} ON {alias}.customer_id = c.id")
        return alias

    def from_customers(self) -> str:
        """``FROM customers_customer c`` with the joins the compiled conditions need."""
        return " ".join(["FROM customers_customer c", *self.joins])

    def render(self, text: str) -> tuple[str, list[Any]]:
        """The statement with real placeholders, and its parameters in their order."""
        params: list[Any] = []

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1))
            params.append(self._values[index])
            if not self.postgres:
                return "?"
            cast = self._casts[index]
            return f"${len(params)}" + (f"::{cast}" if cast else "")

        return re.sub("\x02(\\d+)\x03", number, text), params

    async def run(self, text: str) -> list[Any]:
        """Execute the statement; return its rows."""
        query, params = self.render(text)
        _, rows = await db.connection().execute_query(query, params)
        return list(rows)

    def num(self, expr: str) -> str:
        """A decimal as a JSON number for evidence shown to people (SQLite: a float); rules
        never compare through this."""
        return expr if self.postgres else f"CAST({expr} AS NUMERIC)"

    def fresh(self) -> Sql:
        """A new statement for the same day, rates and currencies."""
        return Sql(
            postgres=self.postgres, day=self.day, book=self.book, held=self.held, moved=self.moved
        )

    def total(self, expr: str) -> str:
        """An exact money sum rounded to cents, 0 when there is nothing to sum."""
        return f"COALESCE({self.exact.round(self.exact.sum(expr), 2)}, 0)"

    def held_in_cny(self, amount: str, currency: str) -> str:
        """A holding's amount in CNY at the rates in force on the statement's day."""
        case = self.book.sql_case(
            currency,
            start=self.day,
            end=self.day,
            currencies=self.held,
            literal=self.exact.literal,
        )
        return self.exact.mul(amount, case)

    def moved_in_cny(self, amount: str, currency: str, business_date: str, start: date) -> str:
        """A transaction's amount in CNY at the rate in force on its own business date."""
        case = self.book.sql_case(
            currency,
            start=start,
            end=self.day,
            currencies=self.moved,
            literal=self.exact.literal,
            date_column=business_date,
        )
        return self.exact.mul(amount, case)

    def json_object(self, pairs: list[tuple[str, str]]) -> str:
        """A JSON object built from (literal key, SQL expression) pairs."""
        func = "jsonb_build_object" if self.postgres else "json_object"
        body = ", ".join(f"'{key}', {expr}" for key, expr in pairs)
        return f"{func}({body})"


async def open_sql(*, day: date) -> Sql:
    """A statement builder for a day, with the exchange rates and the currencies the holdings
    and transactions are in (to refuse, FX_RATE_MISSING, one without a rate)."""
    postgres = db.is_postgres()
    conn = db.connection()
    _, held = await conn.execute_query(
        "SELECT DISTINCT currency FROM customers_holding WHERE status = 'ACTIVE'"
    )
    # Transactions are in their product's currency (scanning them all would cost seconds).
    _, moved = await conn.execute_query("SELECT DISTINCT currency FROM products_product")
    return Sql(
        postgres=postgres,
        day=day,
        book=await fx_rates.rate_book(),
        held=frozenset(str(r[0]) for r in held),
        moved=frozenset(str(r[0]) for r in moved),
    )


def _param_for(sql: Sql, spec: FieldSpec) -> Callable[[Any], str]:
    if spec.value == "money":
        return lambda v: sql.p(Decimal(str(v)))
    return lambda v: sql.p(v)


def _compare_sql(
    expr: str, cmp: str, value: Any, param: Callable[[Any], str], exact: Exact | None = None
) -> str:
    """The comparison; ``exact`` compares money as exact decimals (never as floats)."""
    if exact is not None:
        if cmp == "BETWEEN":
            return exact.between(expr, param(value[0]), param(value[1]))
        if cmp == "IN":
            return "(" + " OR ".join(exact.compare(expr, "=", param(v)) for v in value) + ")"
        return exact.compare(expr, COMPARE_SQL[cmp], param(value))
    if cmp == "BETWEEN":
        return f"{expr} BETWEEN {param(value[0])} AND {param(value[1])}"
    if cmp == "IN":
        return f"{expr} IN ({', '.join(param(v) for v in value)})"
    return f"{expr} {COMPARE_SQL[cmp]} {param(value)}"


def condition(rule: dict[str, Any], sql: Sql, *, correlated: bool = False) -> str:
    """Compile a valid tree to a boolean SQL expression over ``customers_customer c``.

    ``correlated`` compiles aggregates as per-row sub-queries (for one or a few customers);
    otherwise they are grouped once over the whole table (for refreshes and counts).
    """
    if "op" in rule:
        parts = [condition(arg, sql, correlated=correlated) for arg in rule["args"]]
        if rule["op"] == "NOT":
            return f"(NOT {parts[0]})"
        return "(" + f" {rule['op']} ".join(parts) + ")"
    spec = FIELDS[rule["field"]]
    cmp, value = rule["cmp"], rule["value"]
    if spec.kind == "attribute":
        assert spec.column is not None
        column = f"c.{spec.column}"
        exact = sql.exact if spec.value == "money" else None
        compared = _compare_sql(column, cmp, value, _param_for(sql, spec), exact)
        return f"({column} IS NOT NULL AND {compared})"
    if spec.kind == "age":
        return _age_condition(sql, cmp, value)
    if spec.kind == "holds":
        return _holds_condition(sql, rule, correlated)
    agg = aggregate(rule)
    param = _param_for(sql, spec)
    exact = sql.exact if spec.value == "money" else None
    if correlated:
        measure = agg.scalar(sql)
        return f"({_compare_sql(measure, cmp, value, param, exact)})"
    # One grouped derived table per leaf, left-joined: the tree stays a per-row expression
    # whatever its shape, and customers without rows aggregate to 0.
    alias = sql.join(
        f"SELECT {agg.alias}.customer_id, {agg.expr(sql)} AS v FROM {agg.table} "
        f"WHERE {agg.where(sql)} GROUP BY {agg.alias}.customer_id"
    )
    return f"({_compare_sql(f'COALESCE({alias}.v, 0)', cmp, value, param, exact)})"


def _age_bounds(cmp: str, value: Any) -> tuple[int | None, int | None]:
    """The inclusive age range a comparison selects (None: unbounded on that side)."""
    if cmp == "BETWEEN":
        return value[0], value[1]
    if cmp in ("EQ", "NE"):
        return value, value
    return {
        "GT": (value + 1, None),
        "GTE": (value, None),
        "LT": (None, value - 1),
        "LTE": (None, value),
    }[cmp]


def _age_condition(sql: Sql, cmp: str, value: Any) -> str:
    low, high = _age_bounds(cmp, value)
    # age ≥ n  ⇔  born on or before the same day n years ago
    parts = []
    if low is not None:
        parts.append(f"c.birth_date <= {sql.p(years_before(sql.day, low))}")
    if high is not None:
        parts.append(f"c.birth_date > {sql.p(years_before(sql.day, high + 1))}")
    inside = " AND ".join(parts)
    if cmp == "NE":
        return f"(c.birth_date IS NOT NULL AND NOT ({inside}))"
    return f"(c.birth_date IS NOT NULL AND {inside})"


def holds_filter(sql: Sql, rule: dict[str, Any]) -> tuple[str, str]:
    """(FROM clause, WHERE conditions) of the active holdings a holds_* leaf looks for."""
    field_name, value = rule["field"], rule["value"]
    values = value if isinstance(value, list) else [value]
    placeholders = ", ".join(sql.p(v) for v in values)
    if field_name == "holds_family":
        source, match = "customers_holding h", f"h.family IN ({placeholders})"
    else:
        column = "p.subtype" if field_name == "holds_subtype" else "p.code"
        source = "customers_holding h JOIN products_product p ON p.id = h.product_id"
        match = f"{column} IN ({placeholders})"
    return source, f"h.status = 'ACTIVE' AND {match}"


def _holds_condition(sql: Sql, rule: dict[str, Any], correlated: bool) -> str:
    if correlated:
        return f"(EXISTS (SELECT 1 FROM {_holds_where(sql, rule)} AND h.customer_id = c.id))"
    alias = sql.join(f"SELECT h.customer_id FROM {_holds_where(sql, rule)} GROUP BY h.customer_id")
    return f"({alias}.customer_id IS NOT NULL)"


def _holds_where(sql: Sql, rule: dict[str, Any]) -> str:
    source, where = holds_filter(sql, rule)
    if rule.get("min_balance") is not None:
        minimum = sql.p(Decimal(str(rule["min_balance"])))
        where += f" AND {sql.exact.compare('h.balance', '>=', minimum)}"
    return f"{source} WHERE {where}"


@dataclass(frozen=True)
class Aggregate:
    """A per-customer aggregate (0 for customers with no rows) of a leaf."""

    table: str
    alias: str
    where: Callable[[Sql], str]
    expr: Callable[[Sql], str]

    def scalar(self, sql: Sql) -> str:
        """The aggregate as a correlated sub-query for the row ``c``."""
        expr = self.expr(sql)
        return (
            f"(SELECT {expr} FROM {self.table} WHERE {self.alias}.customer_id = c.id "
            f"AND {self.where(sql)})"
        )


def _window_start(sql: Sql, rule: dict[str, Any]) -> date:
    """The first day a transaction leaf looks at."""
    if FIELDS[rule["field"]].kind == "tx_months":
        return month_starts(sql.day, int(rule["months"]))[0]
    return sql.day - timedelta(days=int(rule.get("window_days") or 90))


def _tx_filters(sql: Sql, rule: dict[str, Any]) -> str:
    parts = []
    if rule["field"] == "cross_border_count":
        parts.append("t.counterparty_country IS NOT NULL AND t.counterparty_country <> 'CN'")
    if rule.get("channel"):
        parts.append(f"t.channel IN ({', '.join(sql.p(v) for v in rule['channel'])})")
    if rule.get("type"):
        parts.append(f"t.type IN ({', '.join(sql.p(v) for v in rule['type'])})")
    if rule.get("min_amount") is not None:
        minimum = sql.p(Decimal(str(rule["min_amount"])))
        amount = sql.moved_in_cny(
            "t.amount", "t.currency", "t.business_date", _window_start(sql, rule)
        )
        parts.append(sql.exact.compare(sql.exact.abs(amount), ">=", minimum))
    return "".join(f" AND {p}" for p in parts)


def aggregate(rule: dict[str, Any]) -> Aggregate:
    kind = FIELDS[rule["field"]].kind
    if kind == "aum":
        families = ", ".join(f"'{f}'" for f in AUM_FAMILIES)
        return Aggregate(
            "customers_holding h",
            "h",
            lambda sql: f"h.status = 'ACTIVE' AND h.family IN ({families})",
            lambda sql: sql.total(sql.held_in_cny("h.balance", "h.currency")),
        )
    if kind == "tx_months":
        months: int = rule["months"]

        def month_where(sql: Sql) -> str:
            starts = month_starts(sql.day, months)
            return (
                f"t.business_date >= {sql.p(starts[0])} AND t.business_date < {sql.p(starts[-1])}"
                + _tx_filters(sql, rule)
            )

        def month_expr(sql: Sql) -> str:
            starts = month_starts(sql.day, months)
            cases = " ".join(
                f"WHEN t.business_date < {sql.p(starts[i + 1])} THEN {i}" for i in range(months)
            )
            return f"COUNT(DISTINCT CASE {cases} END)"

        return Aggregate("customers_transaction t", "t", month_where, month_expr)
    window: int = rule["window_days"]

    def window_where(sql: Sql) -> str:
        start = sql.day - timedelta(days=window)
        return (
            f"t.business_date >= {sql.p(start)} AND t.business_date <= {sql.p(sql.day)}"
            + _tx_filters(sql, rule)
        )

    if rule["field"] == "tx_amount":
        return Aggregate(
            "customers_transaction t",
            "t",
            window_where,
            lambda sql: sql.total(
                sql.exact.abs(
                    sql.moved_in_cny(
                        "t.amount", "t.currency", "t.business_date", _window_start(sql, rule)
                    )
                )
            ),
        )
    return Aggregate("customers_transaction t", "t", window_where, lambda sql: "COUNT(*)")


def parse_json(value: Any) -> Any:
    """Decode a JSON value a raw query returned (text on SQLite, sometimes on PostgreSQL)."""
    return json.loads(value) if isinstance(value, str | bytes) else value
