"""The segment rule language (客户细分规则): JSON rule trees, their fields and validation.

A rule is a JSON tree. Inner nodes are ``{"op": "AND" | "OR", "args": [...]}`` and
``{"op": "NOT", "args": [rule]}``; leaves are ``{"field": ..., "cmp": ..., "value": ...}``
with optional field-specific keys (see ``FIELDS``). Every leaf is two-valued: a comparison with
an unknown value (no birth date, no income...) is false, so ``NOT`` is plain negation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from backend.domains.customers.enums import (
    CustomerType,
    Gender,
    RiskTolerance,
    TransactionChannel,
    TransactionType,
)
from backend.domains.customers.errors import CustomerErrorCode
from backend.domains.products.enums import ProductFamily, ProductSubtype
from backend.errors import ErrorCode, FieldError

OPS = ("AND", "OR", "NOT")
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


def fail(
    errors: list[FieldError], path: str, message: str, code: ErrorCode = ErrorCode.INVALID, **p: Any
) -> None:
    errors.append(FieldError(code, message, path, tuple(p.items())))


def camel(name: str) -> str:
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
            fail(
                errors, path, "Give a whole number between {low} and {high}.", low=0, high=spec.high
            )
        return number
    if spec.value == "money":
        amount = _money(value)
        if amount is None:
            fail(errors, path, "Give a non-negative amount with at most 2 decimals.")
            return None
        return _money_str(amount)
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > 100:
        fail(errors, path, "Give a text of 1–100 characters.")
        return None
    text = value.strip()
    if spec.choices:
        text = text.upper()
        if text not in spec.choices:
            fail(
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
        fail(errors, path, "Give a non-empty list of at most {max} values.", max=len(choices))
        return None
    out: set[str] = set()
    for i, item in enumerate(items):
        where = f"{path}.{i}" if isinstance(value, list) else path
        if not isinstance(item, str) or item.strip().upper() not in choices:
            fail(
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
    windows) with the errors, each naming its camelCase path like ``rule.args.1.value``; a
    malformed rule is SEGMENT_RULE_INVALID, a missing value REQUIRED."""
    errors: list[FieldError] = []
    counter = [0]
    normalised = _check_node(rule, path, 1, errors, counter)
    if counter[0] > MAX_LEAVES:
        fail(errors, path, "The rule is too large (at most {max} conditions).", max=MAX_LEAVES)
    errors = [
        replace(e, code=CustomerErrorCode.SEGMENT_RULE_INVALID)
        if e.code == ErrorCode.INVALID
        else e
        for e in errors
    ]
    return (normalised if not errors else None), errors


def _check_node(
    node: Any, path: str, depth: int, errors: list[FieldError], counter: list[int]
) -> dict[str, Any] | None:
    if not isinstance(node, dict):
        fail(
            errors,
            path,
            "A rule is an object with op and args, or a condition with field, cmp and value.",
        )
        return None
    if depth > MAX_DEPTH:
        fail(errors, path, "The rule is too deep (at most {max} levels).", max=MAX_DEPTH)
        return None
    if "op" in node:
        return _check_group(node, path, depth, errors, counter)
    if "field" in node:
        counter[0] += 1
        return _check_leaf(node, path, errors)
    fail(
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
            fail(errors, f"{path}.{key}", "Unknown key {key}.", key=key)
    if not isinstance(op, str) or op.upper() not in OPS:
        fail(errors, f"{path}.op", "Unknown operator {op}; use AND, OR or NOT.", op=str(op))
        return None
    op = op.upper()
    args = node.get("args")
    if op == "NOT" and (not isinstance(args, list) or len(args) != 1):
        fail(errors, f"{path}.args", "NOT takes exactly one rule.")
        return None
    if not isinstance(args, list) or not args:
        fail(errors, f"{path}.args", "AND and OR take a non-empty list of rules.")
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
        fail(
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
            fail(errors, f"{path}.{camel(key)}", "Unknown key {key}.", key=key)
    cmp = node.get("cmp")
    if not isinstance(cmp, str) or cmp.upper() not in spec.cmps:
        fail(
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
        fail(errors, vpath, "This field is required.", ErrorCode.REQUIRED)
    elif cmp == "BETWEEN":
        if not isinstance(value, list) or len(value) != 2:
            fail(errors, vpath, "Give two values [low, high] with low ≤ high.")
        else:
            low = _scalar(spec, value[0], f"{vpath}.0", errors)
            high = _scalar(spec, value[1], f"{vpath}.1", errors)
            if low is not None and high is not None:
                numeric = spec.value in ("int", "money")
                if (Decimal(str(low)) > Decimal(str(high))) if numeric else low > high:
                    fail(errors, vpath, "Give two values [low, high] with low ≤ high.")
                out["value"] = [low, high]
    elif cmp == "IN":
        if not isinstance(value, list) or not 1 <= len(value) <= MAX_LIST:
            fail(errors, vpath, "Give a non-empty list of at most {max} values.", max=MAX_LIST)
        else:
            items = [_scalar(spec, v, f"{vpath}.{i}", errors) for i, v in enumerate(value)]
            out["value"] = sorted(set(items), key=str) if None not in items else items
    else:
        out["value"] = _scalar(spec, value, vpath, errors)
    if "window_days" in spec.options:
        window = node.get("window_days", DEFAULT_WINDOW_DAYS)
        out["window_days"] = _whole(window, 1, MAX_WINDOW_DAYS)
        if out["window_days"] is None:
            fail(
                errors,
                f"{path}.windowDays",
                "Give a whole number between {low} and {high}.",
                low=1,
                high=MAX_WINDOW_DAYS,
            )
    if "months" in spec.options:
        out["months"] = _whole(node.get("months", DEFAULT_MONTHS), 1, MAX_MONTHS)
        if out["months"] is None:
            fail(
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
                fail(
                    errors,
                    f"{path}.{camel(option)}",
                    "Give a non-negative amount with at most 2 decimals.",
                )
            else:
                out[option] = _money_str(amount)
    label = node.get("as")
    if label is not None:
        if not isinstance(label, str) or not LABEL_RE.match(label):
            fail(
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
