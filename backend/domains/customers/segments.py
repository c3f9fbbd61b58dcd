"""Customer segments (客户细分): the rule-tree language, its validation and compilation to
set-based SQL, refresh, built-in segments and data-driven clusters.

A rule is a JSON tree. Inner nodes are ``{"op": "AND" | "OR", "args": [...]}`` and
``{"op": "NOT", "args": [rule]}``; leaves are ``{"field": ..., "cmp": ..., "value": ...}``
with optional field-specific keys (see ``FIELDS``). Every leaf is two-valued: a comparison with
an unknown value (no birth date, no income...) is false, so ``NOT`` is plain negation.

A tree compiles to one SQL boolean expression over ``customers_customer c``. In *set* mode
aggregates (AUM, transaction counts) become grouped sub-queries joined by ``IN`` / ``NOT
EXISTS``, so a refresh is a single ``INSERT ... SELECT`` whatever the number of customers; in
*row* mode they become correlated scalar sub-queries, cheap for one customer. The same SQL runs
on SQLite and PostgreSQL (only placeholders, numeric casts and the JSON builder differ).
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import models
from backend.domains.customers.enums import (
    CustomerType,
    Gender,
    RiskTolerance,
    SegmentKind,
    TransactionChannel,
    TransactionType,
)
from backend.domains.customers.service import AUM_FAMILIES
from backend.domains.products.enums import ProductFamily, ProductSubtype
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.clock import today
from backend.kernel.fx import CNY_RATES
from backend.kernel.guards import require

# --- the language -----------------------------------------------------------------------------

OPS = ("AND", "OR", "NOT")
COMPARE_SQL = {"EQ": "=", "NE": "<>", "GT": ">", "GTE": ">=", "LT": "<", "LTE": "<="}
NUMERIC_CMPS = ("EQ", "NE", "GT", "GTE", "LT", "LTE", "BETWEEN")
TEXT_CMPS = ("EQ", "NE", "IN")
ORDERED_CMPS = ("EQ", "NE", "IN", "GT", "GTE", "LT", "LTE", "BETWEEN")
HOLD_CMPS = ("EQ", "IN")
MAX_DEPTH = 8
MAX_LEAVES = 60
MAX_LIST = 200
MAX_AMOUNT = Decimal("1000000000000000")
MAX_COUNT = 10_000_000
TX_OPTIONS = frozenset({"channel", "type", "min_amount"})
LABEL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,39}$")
CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,39}$")


@dataclass(frozen=True)
class FieldSpec:
    """What a leaf field measures, how its value is typed and which comparisons it allows."""

    kind: str  # attribute | age | aum | holds | tx | cross_border | tx_months
    value: str  # int | money | text | enum
    cmps: tuple[str, ...]
    column: str | None = None
    choices: tuple[str, ...] = ()
    options: frozenset[str] = frozenset()
    high: int = MAX_COUNT


def _values(enum: Any) -> tuple[str, ...]:
    return tuple(e.value for e in enum)


#: Every leaf field, by name.
FIELDS: dict[str, FieldSpec] = {
    "age": FieldSpec("age", "int", NUMERIC_CMPS, high=150),
    "annual_income": FieldSpec("attribute", "money", NUMERIC_CMPS, column="annual_income"),
    "occupation": FieldSpec("attribute", "text", TEXT_CMPS, column="occupation"),
    "province": FieldSpec("attribute", "text", TEXT_CMPS, column="province"),
    "city": FieldSpec("attribute", "text", TEXT_CMPS, column="city"),
    "customer_type": FieldSpec(
        "attribute", "enum", TEXT_CMPS, column="customer_type", choices=_values(CustomerType)
    ),
    "gender": FieldSpec("attribute", "enum", TEXT_CMPS, column="gender", choices=_values(Gender)),
    "risk_tolerance": FieldSpec(
        "attribute",
        "enum",
        ORDERED_CMPS,
        column="risk_tolerance",
        choices=_values(RiskTolerance),
    ),
    "aum": FieldSpec("aum", "money", NUMERIC_CMPS),
    "holds_family": FieldSpec(
        "holds",
        "enum",
        HOLD_CMPS,
        choices=_values(ProductFamily),
        options=frozenset({"min_balance"}),
    ),
    "holds_subtype": FieldSpec(
        "holds",
        "enum",
        HOLD_CMPS,
        choices=_values(ProductSubtype),
        options=frozenset({"min_balance"}),
    ),
    "holds_product": FieldSpec("holds", "text", HOLD_CMPS, options=frozenset({"min_balance"})),
    "tx_count": FieldSpec("tx", "int", NUMERIC_CMPS, options=TX_OPTIONS | {"window_days"}),
    "tx_amount": FieldSpec("tx", "money", NUMERIC_CMPS, options=TX_OPTIONS | {"window_days"}),
    "cross_border_count": FieldSpec(
        "cross_border", "int", NUMERIC_CMPS, options=TX_OPTIONS | {"window_days"}
    ),
    "tx_months": FieldSpec(
        "tx_months", "int", NUMERIC_CMPS, options=TX_OPTIONS | {"months"}, high=24
    ),
}
DEFAULT_WINDOW_DAYS = 90
DEFAULT_MONTHS = 3
MAX_WINDOW_DAYS = 730
MAX_MONTHS = 24


def _fail(
    errors: list[FieldError], path: str, message: str, code: ErrorCode = ErrorCode.INVALID, **p: Any
) -> None:
    errors.append(FieldError(code, message, path, tuple(p.items())))


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _money(value: Any) -> Decimal | None:
    """A non-negative amount with at most 2 decimals, or None when it is not one."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount < 0 or amount > MAX_AMOUNT:
        return None
    if amount != amount.quantize(Decimal("0.01")):
        return None
    return amount


def _money_str(amount: Decimal) -> str:
    text = format(amount.normalize(), "f")
    return text


def _whole(value: Any, low: int, high: int) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or not low <= value <= high:
        return None
    return value


def _scalar(spec: FieldSpec, value: Any, path: str, errors: list[FieldError]) -> Any:
    """Check and normalise one value of a leaf."""
    if spec.value == "int":
        number = _whole(value, 0, spec.high)
        if number is None:
            _fail(
                errors, path, "Give a whole number between {low} and {high}.", low=0, high=spec.high
            )
        return number
    if spec.value == "money":
        amount = _money(value)
        if amount is None:
            _fail(errors, path, "Give a non-negative amount with at most 2 decimals.")
            return None
        return _money_str(amount)
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > 100:
        _fail(errors, path, "Give a text of 1–100 characters.")
        return None
    text = value.strip()
    if spec.choices:
        text = text.upper()
        if text not in spec.choices:
            _fail(
                errors,
                path,
                "Unknown value {value}; use one of {allowed}.",
                value=text,
                allowed=", ".join(spec.choices),
            )
    elif spec.kind == "holds":
        text = text.upper()
    return text


def _choice_list(
    value: Any, choices: tuple[str, ...], path: str, errors: list[FieldError]
) -> list[str] | None:
    """An optional enum filter given as one value or a list (normalised to a sorted list)."""
    items = value if isinstance(value, list) else [value]
    if not items or len(items) > len(choices):
        _fail(errors, path, "Give a non-empty list of at most {max} values.", max=len(choices))
        return None
    out: set[str] = set()
    for i, item in enumerate(items):
        where = f"{path}.{i}" if isinstance(value, list) else path
        if not isinstance(item, str) or item.strip().upper() not in choices:
            _fail(
                errors,
                where,
                "Unknown value {value}; use one of {allowed}.",
                value=str(item),
                allowed=", ".join(choices),
            )
            continue
        out.add(item.strip().upper())
    return sorted(out)


def check_rule(rule: Any, path: str = "rule") -> tuple[dict[str, Any] | None, list[FieldError]]:
    """Validate a rule tree; return it normalised (upper-case codes, canonical numbers, default
    windows) with the errors, each naming its camelCase path like ``rule.args.1.value``."""
    errors: list[FieldError] = []
    counter = [0]
    normalised = _check_node(rule, path, 1, errors, counter)
    if counter[0] > MAX_LEAVES:
        _fail(errors, path, "The rule is too large (at most {max} conditions).", max=MAX_LEAVES)
    return (normalised if not errors else None), errors


def _check_node(
    node: Any, path: str, depth: int, errors: list[FieldError], counter: list[int]
) -> dict[str, Any] | None:
    if not isinstance(node, dict):
        _fail(
            errors,
            path,
            "A rule is an object with op and args, or a condition with field, cmp and value.",
        )
        return None
    if depth > MAX_DEPTH:
        _fail(errors, path, "The rule is too deep (at most {max} levels).", max=MAX_DEPTH)
        return None
    if "op" in node:
        return _check_group(node, path, depth, errors, counter)
    if "field" in node:
        counter[0] += 1
        return _check_leaf(node, path, errors)
    _fail(
        errors,
        path,
        "A rule is an object with op and args, or a condition with field, cmp and value.",
    )
    return None


def _check_group(
    node: dict[str, Any], path: str, depth: int, errors: list[FieldError], counter: list[int]
) -> dict[str, Any] | None:
    op = node.get("op")
    for key in node:
        if key not in ("op", "args"):
            _fail(errors, f"{path}.{key}", "Unknown key {key}.", key=key)
    if not isinstance(op, str) or op.upper() not in OPS:
        _fail(errors, f"{path}.op", "Unknown operator {op}; use AND, OR or NOT.", op=str(op))
        return None
    op = op.upper()
    args = node.get("args")
    if op == "NOT" and (not isinstance(args, list) or len(args) != 1):
        _fail(errors, f"{path}.args", "NOT takes exactly one rule.")
        return None
    if not isinstance(args, list) or not args:
        _fail(errors, f"{path}.args", "AND and OR take a non-empty list of rules.")
        return None
    checked = [
        _check_node(arg, f"{path}.args.{i}", depth + 1, errors, counter)
        for i, arg in enumerate(args)
    ]
    return {"op": op, "args": checked}


def _check_leaf(node: dict[str, Any], path: str, errors: list[FieldError]) -> dict[str, Any] | None:
    name = node.get("field")
    spec = FIELDS.get(name) if isinstance(name, str) else None
    if spec is None:
        _fail(
            errors,
            f"{path}.field",
            "Unknown field {field}; use one of {allowed}.",
            field=str(name),
            allowed=", ".join(FIELDS),
        )
        return None
    assert isinstance(name, str)
    for key in node:
        if key not in ("field", "cmp", "value", "as") and key not in spec.options:
            _fail(errors, f"{path}.{_camel(key)}", "Unknown key {key}.", key=key)
    cmp = node.get("cmp")
    if not isinstance(cmp, str) or cmp.upper() not in spec.cmps:
        _fail(
            errors,
            f"{path}.cmp",
            "{field} cannot be compared with {cmp}; use one of {allowed}.",
            field=name,
            cmp=str(cmp),
            allowed=", ".join(spec.cmps),
        )
        return None
    cmp = cmp.upper()
    out: dict[str, Any] = {"field": name, "cmp": cmp}
    value = node.get("value")
    vpath = f"{path}.value"
    if value is None:
        _fail(errors, vpath, "This field is required.", ErrorCode.REQUIRED)
    elif cmp == "BETWEEN":
        if not isinstance(value, list) or len(value) != 2:
            _fail(errors, vpath, "Give two values [low, high] with low ≤ high.")
        else:
            low = _scalar(spec, value[0], f"{vpath}.0", errors)
            high = _scalar(spec, value[1], f"{vpath}.1", errors)
            if low is not None and high is not None:
                numeric = spec.value in ("int", "money")
                if (Decimal(str(low)) > Decimal(str(high))) if numeric else low > high:
                    _fail(errors, vpath, "Give two values [low, high] with low ≤ high.")
                out["value"] = [low, high]
    elif cmp == "IN":
        if not isinstance(value, list) or not 1 <= len(value) <= MAX_LIST:
            _fail(errors, vpath, "Give a non-empty list of at most {max} values.", max=MAX_LIST)
        else:
            items = [_scalar(spec, v, f"{vpath}.{i}", errors) for i, v in enumerate(value)]
            out["value"] = sorted(set(items), key=str) if None not in items else items
    else:
        out["value"] = _scalar(spec, value, vpath, errors)
    if "window_days" in spec.options:
        window = node.get("window_days", DEFAULT_WINDOW_DAYS)
        out["window_days"] = _whole(window, 1, MAX_WINDOW_DAYS)
        if out["window_days"] is None:
            _fail(
                errors,
                f"{path}.windowDays",
                "Give a whole number between {low} and {high}.",
                low=1,
                high=MAX_WINDOW_DAYS,
            )
    if "months" in spec.options:
        out["months"] = _whole(node.get("months", DEFAULT_MONTHS), 1, MAX_MONTHS)
        if out["months"] is None:
            _fail(
                errors,
                f"{path}.months",
                "Give a whole number between {low} and {high}.",
                low=1,
                high=MAX_MONTHS,
            )
    if node.get("channel") is not None and "channel" in spec.options:
        out["channel"] = _choice_list(
            node["channel"], _values(TransactionChannel), f"{path}.channel", errors
        )
    if node.get("type") is not None and "type" in spec.options:
        out["type"] = _choice_list(node["type"], _values(TransactionType), f"{path}.type", errors)
    for option in ("min_amount", "min_balance"):
        if node.get(option) is not None and option in spec.options:
            amount = _money(node[option])
            if amount is None:
                _fail(
                    errors,
                    f"{path}.{_camel(option)}",
                    "Give a non-negative amount with at most 2 decimals.",
                )
            else:
                out[option] = _money_str(amount)
    label = node.get("as")
    if label is not None:
        if not isinstance(label, str) or not LABEL_RE.match(label):
            _fail(
                errors, f"{path}.as", "A label is 1–40 letters and digits, starting with a letter."
            )
        else:
            out["as"] = label
    return out


def leaves(rule: dict[str, Any]) -> list[dict[str, Any]]:
    """The leaves of a (valid) tree, left to right."""
    if "op" in rule:
        return [leaf for arg in rule["args"] for leaf in leaves(arg)]
    return [rule]


# --- dates of the windows ---------------------------------------------------------------------


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


# --- compilation ------------------------------------------------------------------------------


class Sql:
    """Builds one statement: parameters, the joins of set-based aggregates, and the dialect
    differences. Placeholders are markers until ``render`` numbers them in textual order
    (PostgreSQL ``$n``, SQLite ``?``), so fragments can be built in any order."""

    def __init__(self, *, postgres: bool, day: date) -> None:
        self.postgres = postgres
        self.day = day
        self.joins: list[str] = []
        self._values: list[Any] = []
        self._casts: list[str | None] = []

    def p(self, value: Any, cast: str | None = None) -> str:
        """A placeholder for a value (``cast`` names its PostgreSQL type where SQL cannot
        infer it)."""
        if isinstance(value, Decimal) and not self.postgres:
            value = float(value)
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

    def num(self, column: str) -> str:
        """A DECIMAL column as a number (SQLite stores decimals as text)."""
        return column if self.postgres else f"CAST({column} AS NUMERIC)"

    def total(self, expr: str) -> str:
        """A money sum rounded to cents, 0 when there is nothing to sum."""
        return f"COALESCE(ROUND(SUM({expr}), 2), 0)"

    def json_object(self, pairs: list[tuple[str, str]]) -> str:
        """A JSON object built from (literal key, SQL expression) pairs."""
        func = "jsonb_build_object" if self.postgres else "json_object"
        body = ", ".join(f"'{key}', {expr}" for key, expr in pairs)
        return f"{func}({body})"


def _param_for(sql: Sql, spec: FieldSpec) -> Callable[[Any], str]:
    if spec.value == "money":
        return lambda v: sql.p(Decimal(str(v)))
    return lambda v: sql.p(v)


def _compare_sql(expr: str, cmp: str, value: Any, param: Callable[[Any], str]) -> str:
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
        expr = sql.num(column) if spec.value == "money" else column
        return f"({column} IS NOT NULL AND {_compare_sql(expr, cmp, value, _param_for(sql, spec))})"
    if spec.kind == "age":
        return _age_condition(sql, cmp, value)
    if spec.kind == "holds":
        return _holds_condition(sql, rule, correlated)
    agg = _aggregate(rule)
    param = _param_for(sql, spec)
    if correlated:
        measure = agg.scalar(sql)
        return f"({_compare_sql(measure, cmp, value, param)})"
    # One grouped derived table per leaf, left-joined: the tree stays a per-row expression
    # whatever its shape, and customers without rows aggregate to 0.
    alias = sql.join(
        f"SELECT {agg.alias}.customer_id, {agg.expr(sql)} AS v FROM {agg.table} "
        f"WHERE {agg.where(sql)} GROUP BY {agg.alias}.customer_id"
    )
    return f"({_compare_sql(f'COALESCE({alias}.v, 0)', cmp, value, param)})"


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


def _holds_filter(sql: Sql, rule: dict[str, Any]) -> tuple[str, str]:
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
    source, where = _holds_filter(sql, rule)
    if rule.get("min_balance") is not None:
        where += f" AND {sql.num('h.balance')} >= {sql.p(Decimal(rule['min_balance']))}"
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


def cny_rate_sql(column: str) -> str:
    """The indicative CNY rate of a currency column (the AUM definition of the customers
    service), as a SQL CASE over inlined constants."""
    cases = " ".join(f"WHEN '{code}' THEN {rate}" for code, rate in CNY_RATES.items())
    return f"(CASE {column} {cases} ELSE 1 END)"


def _tx_filters(sql: Sql, rule: dict[str, Any]) -> str:
    parts = []
    if rule["field"] == "cross_border_count":
        parts.append("t.counterparty_country IS NOT NULL AND t.counterparty_country <> 'CN'")
    if rule.get("channel"):
        parts.append(f"t.channel IN ({', '.join(sql.p(v) for v in rule['channel'])})")
    if rule.get("type"):
        parts.append(f"t.type IN ({', '.join(sql.p(v) for v in rule['type'])})")
    if rule.get("min_amount") is not None:
        parts.append(f"ABS({sql.num('t.amount')}) >= {sql.p(Decimal(rule['min_amount']))}")
    return "".join(f" AND {p}" for p in parts)


def _aggregate(rule: dict[str, Any]) -> Aggregate:
    kind = FIELDS[rule["field"]].kind
    if kind == "aum":
        families = ", ".join(f"'{f}'" for f in AUM_FAMILIES)
        return Aggregate(
            "customers_holding h",
            "h",
            lambda sql: f"h.status = 'ACTIVE' AND h.family IN ({families})",
            lambda sql: sql.total(f"{sql.num('h.balance')} * {cny_rate_sql('h.currency')}"),
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
            lambda sql: sql.total(f"ABS({sql.num('t.amount')})"),
        )
    return Aggregate("customers_transaction t", "t", window_where, lambda sql: "COUNT(*)")


# --- evidence -----------------------------------------------------------------------------------


def _pascal(values: Any) -> str:
    items = values if isinstance(values, list) else [values]
    return "".join(_camel(str(v).lower()).title().replace("-", "") for v in items)[:30]


def _evidence_key(leaf: dict[str, Any]) -> str:
    if leaf.get("as"):
        return str(leaf["as"])
    name = leaf["field"]
    if name.startswith("holds_"):
        prefix = "balance" if leaf.get("min_balance") is not None else "held"
        key = prefix + _pascal(leaf["value"])
    elif name in ("tx_count", "tx_amount", "tx_months"):
        key = _camel(name) + _pascal(leaf.get("type") or []) + _pascal(leaf.get("channel") or [])
    else:
        key = _camel(name)
    return re.sub(r"[^A-Za-z0-9]", "", key)[:40] or "value"


def _measure(sql: Sql, leaf: dict[str, Any]) -> str:
    """The number (or value) a leaf compares, for the row ``c``, as SQL."""
    spec = FIELDS[leaf["field"]]
    if spec.kind == "attribute":
        assert spec.column is not None
        column = f"c.{spec.column}"
        return sql.num(column) if spec.value == "money" else column
    if spec.kind == "age":
        if sql.postgres:
            return (
                f"CAST(date_part('year', age({sql.p(sql.day, 'date')}, c.birth_date)) AS INTEGER)"
            )
        day = sql.day.isoformat()
        return (
            f"(CAST(strftime('%Y', {sql.p(day)}) AS INTEGER) - CAST(strftime('%Y', c.birth_date) "
            f"AS INTEGER) - (strftime('%m-%d', {sql.p(day)}) < strftime('%m-%d', c.birth_date)))"
        )
    if spec.kind == "holds":
        measure = (
            f"COALESCE(MAX({sql.num('h.balance')}), 0)"
            if leaf.get("min_balance") is not None
            else "COUNT(*)"
        )
        source, where = _holds_filter(sql, leaf)
        return f"(SELECT {measure} FROM {source} WHERE {where} AND h.customer_id = c.id)"
    return _aggregate(leaf).scalar(sql)


def evidence_sql(rule: dict[str, Any], sql: Sql) -> str:
    """A SQL JSON object of the numbers behind a tree for the row ``c``: each leaf's measure
    under its key (``as`` or a name derived from the field), with the windows and thresholds."""
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()

    def unique(key: str) -> str:
        out, n = key, 2
        while out in seen:
            out, n = f"{key}{n}", n + 1
        seen.add(out)
        return out

    constants: list[tuple[str, str]] = []
    for leaf in leaves(rule)[:30]:
        pairs.append((unique(_evidence_key(leaf)), _measure(sql, leaf)))
        for option in ("window_days", "months", "min_amount", "min_balance"):
            if leaf.get(option) is not None:
                constants.append((_camel(option), str(leaf[option])))
    shown: dict[str, str] = {}
    for key, value in constants:
        if shown.get(key) == value:
            continue
        # validated numbers only (whole numbers or decimal strings): safe to inline
        assert re.fullmatch(r"\d+(\.\d+)?", value)
        name = unique(key)
        shown.setdefault(key, value)
        pairs.append((name, value))
    return sql.json_object(pairs)


# --- reading ----------------------------------------------------------------------------------


def segments_query(*, kind: SegmentKind | None = None) -> QuerySet[models.Segment]:
    """Segments, built-ins first, then rule segments and clusters, by code."""
    qs = models.Segment.all()
    if kind is not None:
        qs = qs.filter(kind=kind.value)
    return qs.order_by("-built_in", "kind", "code", "id")


async def get_many(*, ids: Sequence[int]) -> list[models.Segment]:
    """The segments with these ids."""
    return await models.Segment.filter(id__in=list(ids))


def members_query(*, segment_id: int) -> QuerySet[models.Customer]:
    """The customers in a segment as of its last refresh, by id."""
    return models.Customer.filter(
        id__in=Subquery(models.SegmentMember.filter(segment_id=segment_id).values("customer_id"))
    ).order_by("id")


async def segments_of(*, customer_ids: Sequence[int]) -> dict[int, list[models.Segment]]:
    """For each customer, the segments they belong to (as of the last refreshes)."""
    rows = await models.SegmentMember.filter(customer_id__in=list(customer_ids)).values(
        "customer_id", "segment_id"
    )
    segments = {s.id: s for s in await get_many(ids=list({r["segment_id"] for r in rows}))}
    out: dict[int, list[models.Segment]] = {cid: [] for cid in customer_ids}
    for row in rows:
        out[row["customer_id"]].append(segments[row["segment_id"]])
    return out


async def member_ids(*, rule: dict[str, Any], day: date | None = None) -> list[int]:
    """The ids of the customers a valid tree selects now (set-based), ascending."""
    sql = Sql(postgres=db.is_postgres(), day=day or today())
    where = condition(rule, sql)
    rows = await sql.run(f"SELECT c.id {sql.from_customers()} WHERE {where} ORDER BY c.id")
    return [int(row[0]) for row in rows]


async def preview(*, rule: Any) -> int:
    """How many customers a tree selects now, without saving anything."""
    checked, errors = check_rule(rule)
    if errors or checked is None:
        raise DomainError(*errors)
    sql = Sql(postgres=db.is_postgres(), day=today())
    where = condition(checked, sql)
    rows = await sql.run(f"SELECT COUNT(*) {sql.from_customers()} WHERE {where}")
    return int(rows[0][0])


# --- writing ----------------------------------------------------------------------------------


def _snapshot(segment: models.Segment) -> dict[str, Any]:
    return {
        "code": segment.code,
        "name": segment.name,
        "description": segment.description,
        "kind": segment.kind,
        "rule": segment.rule,
        "built_in": segment.built_in,
        "member_count": segment.member_count,
        "version": segment.version,
    }


def _check_texts(
    data: dict[str, Any], errors: list[FieldError], *, creating: bool
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if creating or data.get("name") is not None:
        name = (data.get("name") or "").strip()
        if not 1 <= len(name) <= 100:
            _fail(errors, "name", "Name must be 1–100 characters.")
        out["name"] = name
    if data.get("description") is not None:
        description = data["description"].strip()
        if len(description) > 2000:
            _fail(errors, "description", "At most {max} characters.", max=2000)
        out["description"] = description
    return out


async def _refresh_members(segment: models.Segment) -> None:
    """Replace a rule segment's members with the customers its rule selects now (call inside a
    transaction: one DELETE and one INSERT ... SELECT, whatever the size)."""
    await models.SegmentMember.filter(segment_id=segment.id).delete()
    sql = Sql(postgres=db.is_postgres(), day=today())
    where = condition(segment.rule, sql)
    await sql.run(
        "INSERT INTO customers_segment_member (segment_id, customer_id) "
        f"SELECT {sql.p(segment.id, 'integer')}, c.id {sql.from_customers()} WHERE {where}"
    )
    segment.member_count = await models.SegmentMember.filter(segment_id=segment.id).count()
    segment.refreshed_at = clock.now()
    await models.Segment.filter(id=segment.id).update(
        member_count=segment.member_count, refreshed_at=segment.refreshed_at
    )


async def create_segment(*, data: dict[str, Any], actor: Actor) -> models.Segment:
    """Create a rule segment and fill its members."""
    require(actor, perms.SEGMENT_WRITE)
    errors: list[FieldError] = []
    code = (data.get("code") or "").strip().upper()
    if not CODE_RE.match(code):
        _fail(
            errors,
            "code",
            "Code must be 2–40 characters of A-Z, 0-9 and '_', starting with a letter.",
        )
    fields = _check_texts(data, errors, creating=True)
    rule, rule_errors = check_rule(data.get("rule"))
    errors += rule_errors
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        if await models.Segment.filter(code=code).exists():
            raise DomainError.single(
                ErrorCode.DUPLICATE, "Segment code '{code}' is taken.", "code", code=code
            )
        segment = await models.Segment.create(
            code=code,
            kind=SegmentKind.RULE.value,
            rule=rule,
            created_by_id=actor.id if actor.type.value == "USER" else None,
            version=1,
            **fields,
        )
        await _refresh_members(segment)
        await audit.record(
            actor=actor,
            action="segment.create",
            object_type="Segment",
            object_id=segment.id,
            after=_snapshot(segment),
        )
    return segment


async def _get_for_update(segment_id: int, expected_version: int | None) -> models.Segment:
    segment = await models.Segment.get_or_none(id=segment_id)
    if segment is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such segment.", "id")
    if expected_version is not None and segment.version != expected_version:
        raise DomainError.single(
            ErrorCode.CONFLICT,
            "The segment was changed by someone else (now version {version}); reload it.",
            "expectedVersion",
            version=segment.version,
        )
    return segment


async def update_segment(
    *, segment_id: int, expected_version: int, data: dict[str, Any], actor: Actor
) -> models.Segment:
    """Change a segment's name, description or rule (a new rule refreshes its members); a
    stale version is a CONFLICT."""
    require(actor, perms.SEGMENT_WRITE)
    errors: list[FieldError] = []
    changes = _check_texts(data, errors, creating=False)
    if data.get("rule") is not None:
        changes["rule"], rule_errors = check_rule(data["rule"])
        errors += rule_errors
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        segment = await _get_for_update(segment_id, expected_version)
        if "rule" in changes and segment.kind == SegmentKind.CLUSTER.value:
            raise DomainError.single(
                ErrorCode.INVALID,
                "Cluster segments are found in the data; their members cannot be given a rule.",
                "rule",
            )
        before = _snapshot(segment)
        changes = {**changes, "version": expected_version + 1, "updated_at": clock.now()}
        updated = await models.Segment.filter(id=segment.id, version=expected_version).update(
            **changes
        )
        if not updated:
            raise DomainError.single(
                ErrorCode.CONFLICT,
                "The segment was changed by someone else; reload it.",
                "expectedVersion",
            )
        for name, value in changes.items():
            setattr(segment, name, value)
        if "rule" in changes:
            await _refresh_members(segment)
        await audit.record(
            actor=actor,
            action="segment.update",
            object_type="Segment",
            object_id=segment.id,
            before=before,
            after=_snapshot(segment),
        )
    return segment


async def delete_segment(
    *, segment_id: int, expected_version: int | None, actor: Actor
) -> models.Segment:
    """Delete a segment and its members; built-in segments stay."""
    require(actor, perms.SEGMENT_WRITE)
    async with db.transaction():
        segment = await _get_for_update(segment_id, expected_version)
        if segment.built_in:
            raise DomainError.single(
                ErrorCode.INVALID, "Built-in segments cannot be deleted.", "id"
            )
        before = _snapshot(segment)
        await models.SegmentMember.filter(segment_id=segment.id).delete()
        await models.Segment.filter(id=segment.id).delete()
        await audit.record(
            actor=actor,
            action="segment.delete",
            object_type="Segment",
            object_id=segment.id,
            before=before,
        )
    return segment


async def refresh_segment(*, segment_id: int, actor: Actor) -> models.Segment:
    """Recompute a rule segment's members from its rule, in one transaction."""
    require(actor, perms.SEGMENT_WRITE)
    async with db.transaction():
        segment = await _get_for_update(segment_id, None)
        if segment.kind == SegmentKind.CLUSTER.value:
            raise DomainError.single(
                ErrorCode.INVALID,
                "Cluster segments are refreshed by running the clustering again.",
                "id",
            )
        before = {"member_count": segment.member_count}
        await _refresh_members(segment)
        await audit.record(
            actor=actor,
            action="segment.refresh",
            object_type="Segment",
            object_id=segment.id,
            before=before,
            after={"member_count": segment.member_count},
        )
    return segment


async def refresh_all(*, actor: Actor) -> int:
    """Refresh every rule segment (one transaction each); returns how many were refreshed."""
    ids = [s.id for s in await models.Segment.filter(kind=SegmentKind.RULE.value).only("id")]
    for segment_id in ids:
        await refresh_segment(segment_id=segment_id, actor=actor)
    return len(ids)


# --- built-in segments --------------------------------------------------------------------------

#: Occupations counted as office jobs (白领) by the young-professionals segment.
OFFICE_OCCUPATIONS = [
    "职员",
    "公司职员",
    "白领",
    "工程师",
    "软件工程师",
    "程序员",
    "设计师",
    "会计",
    "律师",
    "教师",
    "医生",
    "护士",
    "公务员",
    "销售",
    "经理",
    "金融从业者",
    "咨询顾问",
]

BUILT_INS: list[dict[str, Any]] = [
    {
        "code": "YOUNG_PROFESSIONALS",
        "name": "年轻上班族",
        "description": "22–35 岁个人客户，有代发工资入账或从事办公室工作。"
        " Individuals aged 22–35 with salary inflows or an office job.",
        "rule": {
            "op": "AND",
            "args": [
                {"field": "age", "cmp": "BETWEEN", "value": [22, 35]},
                {"field": "customer_type", "cmp": "EQ", "value": "INDIVIDUAL"},
                {
                    "op": "OR",
                    "args": [
                        {
                            "field": "tx_count",
                            "type": "SALARY",
                            "window_days": 90,
                            "cmp": "GTE",
                            "value": 1,
                        },
                        {"field": "occupation", "cmp": "IN", "value": OFFICE_OCCUPATIONS},
                    ],
                },
            ],
        },
    },
    {
        "code": "RETIREES",
        "name": "退休人员",
        "description": "60 岁及以上或职业为退休。 Aged 60 or more, or retired.",
        "rule": {
            "op": "OR",
            "args": [
                {"field": "age", "cmp": "GTE", "value": 60},
                {"field": "occupation", "cmp": "EQ", "value": "退休"},
            ],
        },
    },
    {
        "code": "BUSINESS_OWNERS",
        "name": "企业主",
        "description": "对公客户，或职业为企业主、个体工商户。"
        " Corporate customers, business owners and sole proprietors.",
        "rule": {
            "op": "OR",
            "args": [
                {"field": "customer_type", "cmp": "EQ", "value": "CORPORATE"},
                {"field": "occupation", "cmp": "IN", "value": ["企业主", "个体工商户"]},
            ],
        },
    },
    {
        "code": "HIGH_NET_WORTH",
        "name": "高净值客户",
        "description": "金融资产（AUM）不低于 600 万元。 Assets under management of ¥6,000,000 or more.",
        "rule": {"field": "aum", "cmp": "GTE", "value": 6000000},
    },
    {
        "code": "MIDDLE_HIGH_INCOME",
        "name": "中高收入人群",
        "description": "年收入不低于 20 万元。 Annual income of ¥200,000 or more.",
        "rule": {"field": "annual_income", "cmp": "GTE", "value": 200000},
    },
]


async def seed_defaults() -> None:
    """Create the built-in segments that do not exist yet (by code; edits are kept)."""
    actor = Actor.system("seed")
    existing = set(await models.Segment.filter(built_in=True).values_list("code", flat=True))
    for item in BUILT_INS:
        if item["code"] in existing:
            continue
        rule, errors = check_rule(item["rule"])
        assert not errors and rule is not None, errors
        async with db.transaction():
            if await models.Segment.filter(code=item["code"]).exists():
                continue
            segment = await models.Segment.create(
                code=item["code"],
                name=item["name"],
                description=item["description"],
                kind=SegmentKind.RULE.value,
                rule=rule,
                built_in=True,
                version=1,
            )
            await audit.record(
                actor=actor,
                action="segment.seed",
                object_type="Segment",
                object_id=segment.id,
                after=_snapshot(segment),
            )


# --- clustering ---------------------------------------------------------------------------------

CLUSTER_K_RANGE = range(2, 9)
MIN_CLUSTER_CUSTOMERS = 20
#: Fit on at most this many customers (the rest are assigned to the nearest centre).
FIT_SAMPLE = 20_000
SILHOUETTE_SAMPLE = 4_000
FEATURES = ("recency_days", "frequency", "monetary", "age", "aum", "income", "counter_share")


@dataclass
class ClusterResult:
    """The outcome of a clustering run: the chosen k, its silhouette score and the segments."""

    k: int
    score: float
    segments: list[models.Segment] = field(default_factory=list)


@dataclass
class _Features:
    ids: list[int]
    raw: list[list[float]]
    corporate: list[bool]
    has_age: list[bool]


def _as_float(value: Any) -> float:
    return float(value) if value is not None else 0.0


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


async def _cluster_features(day: date) -> _Features:
    """RFM over 365 days, age, AUM, income and counter share per customer (three queries)."""
    conn = db.connection()
    sql = Sql(postgres=db.is_postgres(), day=day)
    _, customers = await conn.execute_query(
        "SELECT id, birth_date, annual_income, customer_type FROM customers_customer ORDER BY id"
    )
    since = day - timedelta(days=365)
    tx_sql = (
        "SELECT customer_id, MAX(business_date), "
        f"SUM(CASE WHEN business_date >= {sql.p(since)} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN business_date >= {sql.p(since)} THEN ABS({sql.num('amount')}) ELSE 0 END), "
        f"SUM(CASE WHEN business_date >= {sql.p(since)} AND channel = 'COUNTER' THEN 1 ELSE 0 END) "
        f"FROM customers_transaction WHERE business_date <= {sql.p(day)} GROUP BY customer_id"
    )
    tx_rows = await sql.run(tx_sql)
    families = ", ".join(f"'{f}'" for f in AUM_FAMILIES)
    _, aum_rows = await conn.execute_query(
        f"SELECT customer_id, SUM({sql.num('balance')} * {cny_rate_sql('currency')}) "
        "FROM customers_holding "
        f"WHERE status = 'ACTIVE' AND family IN ({families}) GROUP BY customer_id"
    )
    tx = {int(r[0]): r for r in tx_rows}
    aum = {int(r[0]): _as_float(r[1]) for r in aum_rows}
    out = _Features([], [], [], [])
    for row in customers:
        cid = int(row[0])
        birth = _as_date(row[1])
        age = None
        if birth is not None:
            age = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
        stats = tx.get(cid)
        last = _as_date(stats[1]) if stats else None
        recency = min((day - last).days, 730) if last else 730
        frequency = _as_float(stats[2]) if stats else 0.0
        monetary = _as_float(stats[3]) if stats else 0.0
        counter = _as_float(stats[4]) if stats else 0.0
        out.ids.append(cid)
        out.raw.append(
            [
                float(recency),
                frequency,
                monetary,
                float(age) if age is not None else math.nan,
                aum.get(cid, 0.0),
                _as_float(row[2]) if row[2] is not None else math.nan,
                counter / frequency if frequency else 0.0,
            ]
        )
        out.corporate.append(row[3] == CustomerType.CORPORATE.value)
        out.has_age.append(age is not None)
    return out


def _fit(raw: list[list[float]], k: int | None) -> tuple[int, float, list[int], Any]:
    """Standardise the features and pick k by silhouette (CPU work, run in a thread)."""
    import numpy as np
    from sklearn.cluster import KMeans  # type: ignore[import-untyped]
    from sklearn.metrics import silhouette_score  # type: ignore[import-untyped]

    data = np.array(raw, dtype=float)
    for col in (3, 5):  # age, income: fill unknowns with the median of the known
        column = data[:, col]
        known = column[~np.isnan(column)]
        column[np.isnan(column)] = float(np.median(known)) if known.size else 0.0
    transformed = data.copy()
    for col in (1, 2, 4, 5):  # counts and money are skewed
        transformed[:, col] = np.log1p(np.maximum(transformed[:, col], 0))
    std = transformed.std(axis=0)
    scaled = (transformed - transformed.mean(axis=0)) / np.where(std > 0, std, 1.0)
    rng = np.random.default_rng(0)
    n = len(scaled)
    fit_rows = scaled if n <= FIT_SAMPLE else scaled[rng.choice(n, FIT_SAMPLE, replace=False)]
    score_idx = rng.choice(len(fit_rows), min(SILHOUETTE_SAMPLE, len(fit_rows)), replace=False)
    candidates = [k] if k is not None else [c for c in CLUSTER_K_RANGE if c < len(fit_rows)]
    best: tuple[float, int, Any] | None = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate points make KMeans warn; the score tells
        for candidate in candidates:
            model = KMeans(n_clusters=candidate, n_init=4, random_state=0).fit(fit_rows)
            labels = model.labels_[score_idx]
            if len(set(labels.tolist())) < 2:
                continue
            score = float(silhouette_score(fit_rows[score_idx], labels, random_state=0))
            if best is None or score > best[0]:
                best = (score, candidate, model)
        if best is None:
            raise ValueError("no clustering separates these customers")
        score, chosen, model = best
        labels_all = model.predict(scaled).tolist()
    return chosen, score, labels_all, data


def _band(values: list[float]) -> tuple[int, int]:
    ordered = sorted(values)
    low = ordered[len(ordered) // 4]
    high = ordered[(len(ordered) * 3) // 4]
    return int(low // 5 * 5), int(math.ceil(high / 5) * 5)


def describe_cluster(
    members: Any, population: Any, corporate_share: float, has_age_share: float
) -> tuple[str, str, dict[str, float]]:
    """Plain words (Chinese, English) for a cluster from its means relative to everyone's,
    and the profile numbers behind them."""
    import numpy as np

    def z(col: int, log: bool) -> float:
        pop = np.log1p(population[:, col]) if log else population[:, col]
        mine = np.log1p(members[:, col]) if log else members[:, col]
        spread = float(pop.std()) or 1.0
        return (float(mine.mean()) - float(pop.mean())) / spread

    zh: list[str] = []
    en: list[str] = []
    if corporate_share >= 0.5:
        zh.append("以对公客户为主")
        en.append("mostly corporate")
    elif has_age_share >= 0.5:
        low, high = _band(members[:, 3].tolist())
        zh.append(f"{low}–{high} 岁")
        en.append(f"aged {low}–{high}")
    aum_z, income_z, freq_z = z(4, True), z(5, True), z(1, True)
    if aum_z > 0.5:
        zh.append("高资产")
        en.append("high AUM")
    elif aum_z < -0.5:
        zh.append("低资产")
        en.append("low AUM")
    else:
        zh.append("中等资产")
        en.append("mid AUM")
    if income_z > 0.5:
        zh.append("高收入")
        en.append("high income")
    elif income_z < -0.5:
        zh.append("收入偏低")
        en.append("lower income")
    recency = float(np.median(members[:, 0]))
    if recency > 180:
        zh.append("近半年无交易")
        en.append("dormant for 6+ months")
    elif freq_z > 0.5:
        zh.append("交易活跃")
        en.append("transacts often")
    elif freq_z < -0.5:
        zh.append("交易较少")
        en.append("transacts rarely")
    counter = float(members[:, 6].mean())
    if counter >= 0.5:
        zh.append("主要使用柜台")
        en.append("mostly counter")
    elif float(members[:, 1].mean()) > 0 and counter <= 0.15:
        zh.append("主要使用电子渠道")
        en.append("mostly digital channels")
    profile = {
        "size": float(len(members)),
        "recencyDaysMedian": recency,
        "frequencyMean": round(float(members[:, 1].mean()), 2),
        "monetaryMean": round(float(members[:, 2].mean()), 2),
        "ageMedian": round(float(np.median(members[:, 3])), 1),
        "aumMean": round(float(members[:, 4].mean()), 2),
        "incomeMedian": round(float(np.median(members[:, 5])), 2),
        "counterShare": round(counter, 3),
        "corporateShare": round(corporate_share, 3),
    }
    return "，".join(zh), ", ".join(en), profile


async def run_clustering(*, k: int | None, actor: Actor) -> ClusterResult:
    """Cluster customers on RFM and demographics (k given, or 2–8 chosen by silhouette score)
    and replace the previous CLUSTER segments with one segment per cluster."""
    import numpy as np

    require(actor, perms.SEGMENT_WRITE)
    if k is not None and k not in CLUSTER_K_RANGE:
        raise DomainError.single(
            ErrorCode.INVALID, "Must be between {low} and {high}.", "k", low=2, high=8
        )
    day = today()
    features = await _cluster_features(day)
    needed = max(MIN_CLUSTER_CUSTOMERS, (k or 2) * 5)
    if len(features.ids) < needed:
        raise DomainError.single(
            ErrorCode.INVALID,
            "Not enough customers to cluster (at least {min}).",
            "k",
            min=needed,
        )
    try:
        chosen, score, labels, data = await asyncio.to_thread(_fit, features.raw, k)
    except ValueError as exc:
        raise DomainError.single(
            ErrorCode.INVALID, "The customers are too alike to form clusters.", "k"
        ) from exc
    by_cluster: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        by_cluster.setdefault(int(label), []).append(index)
    ordered = sorted(by_cluster.values(), key=len, reverse=True)
    corporate = np.array(features.corporate)
    has_age = np.array(features.has_age)
    result = ClusterResult(k=chosen, score=round(score, 4))
    now = clock.now()
    async with db.transaction():
        old = await models.Segment.filter(kind=SegmentKind.CLUSTER.value).values_list(
            "id", flat=True
        )
        await models.SegmentMember.filter(segment_id__in=list(old)).delete()
        await models.Segment.filter(id__in=list(old)).delete()
        for number, rows in enumerate(ordered, start=1):
            zh, en, profile = describe_cluster(
                data[rows],
                data,
                float(corporate[rows].mean()),
                float(has_age[rows].mean()),
            )
            segment = await models.Segment.create(
                code=f"CLUSTER_{number:02d}",
                name=f"聚类 {number}：{zh}"[:100],
                description=zh,
                kind=SegmentKind.CLUSTER.value,
                rule={
                    "cluster": {
                        "index": number,
                        "k": chosen,
                        "silhouette": result.score,
                        "descriptionEn": en,
                        "profile": profile,
                    }
                },
                member_count=len(rows),
                refreshed_at=now,
                created_by_id=actor.id if actor.type.value == "USER" else None,
                version=1,
            )
            await models.SegmentMember.bulk_create(
                [
                    models.SegmentMember(segment_id=segment.id, customer_id=features.ids[i])
                    for i in rows
                ],
                batch_size=5000,
            )
            result.segments.append(segment)
        await audit.record(
            actor=actor,
            action="segment.cluster",
            object_type="Segment",
            after={
                "k": chosen,
                "silhouette": result.score,
                "replaced": len(old),
                "segments": [
                    {"code": s.code, "members": s.member_count, "description": s.description}
                    for s in result.segments
                ],
            },
        )
    return result


def cluster_info(segment: models.Segment) -> dict[str, Any] | None:
    """The stored profile of a CLUSTER segment (k, score, English description, numbers)."""
    if segment.kind != SegmentKind.CLUSTER.value or not isinstance(segment.rule, dict):
        return None
    info = segment.rule.get("cluster")
    return info if isinstance(info, dict) else None


def rule_of(segment: models.Segment) -> dict[str, Any] | None:
    """The rule tree of a RULE segment (None for clusters)."""
    if segment.kind != SegmentKind.RULE.value:
        return None
    return segment.rule if isinstance(segment.rule, dict) else None


def parse_json(value: Any) -> Any:
    """Decode a JSON value a raw query returned (text on SQLite, sometimes on PostgreSQL)."""
    return json.loads(value) if isinstance(value, str | bytes) else value
