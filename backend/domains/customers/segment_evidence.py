"""Evidence of a segment rule: the numbers behind each leaf for a customer, as SQL JSON."""

from __future__ import annotations

import re
from typing import Any

from backend.domains.customers.segment_rules import FIELDS, camel, leaves
from backend.domains.customers.segment_sql import Sql, aggregate, holds_filter


def _pascal(values: Any) -> str:
    items = values if isinstance(values, list) else [values]
    return "".join(camel(str(v).lower()).title().replace("-", "") for v in items)[:30]


def _evidence_key(leaf: dict[str, Any]) -> str:
    if leaf.get("as"):
        return str(leaf["as"])
    name = leaf["field"]
    if name.startswith("holds_"):
        prefix = "balance" if leaf.get("min_balance") is not None else "held"
        key = prefix + _pascal(leaf["value"])
    elif name in ("tx_count", "tx_amount", "tx_months"):
        key = camel(name) + _pascal(leaf.get("type") or []) + _pascal(leaf.get("channel") or [])
    else:
        key = camel(name)
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
        source, where = holds_filter(sql, leaf)
        return f"(SELECT {measure} FROM {source} WHERE {where} AND h.customer_id = c.id)"
    return aggregate(leaf).scalar(sql)


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
        measure = _measure(sql, leaf)
        if FIELDS[leaf["field"]].value == "money" and FIELDS[leaf["field"]].kind != "attribute":
            measure = sql.num(measure)
        pairs.append((unique(_evidence_key(leaf)), measure))
        for option in ("window_days", "months", "min_amount", "min_balance"):
            if leaf.get(option) is not None:
                constants.append((camel(option), str(leaf[option])))
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
