"""The segment rule language: validation with field paths, and compiled SQL (set-based and
per-row) that selects exactly the customers a plain-Python reading of the tree selects."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.domains.customers import models, segment_evidence, segment_rules, segment_sql
from backend.domains.customers import segments as seg
from backend.domains.products import models as product_models
from backend.kernel.clock import today
from tests.customers import segment_builders as b

# --- validation ---------------------------------------------------------------------------------


def _errors(rule: Any) -> list[tuple[str | None, str]]:
    _, errors = segment_rules.check_rule(rule)
    return [(e.field, e.code.value) for e in errors]


def test_a_valid_tree_is_normalised() -> None:
    rule = {
        "op": "and",
        "args": [
            {"field": "age", "cmp": "between", "value": [22, "35"]},
            {"field": "holds_family", "cmp": "IN", "value": ["fx", "WEALTH", "fx"]},
            {"field": "tx_count", "cmp": "GTE", "value": 3, "type": "salary"},
            {"field": "annual_income", "cmp": "GTE", "value": 200000.0},
        ],
    }
    checked, errors = segment_rules.check_rule(rule)
    assert errors == []
    assert checked == {
        "op": "AND",
        "args": [
            {"field": "age", "cmp": "BETWEEN", "value": [22, 35]},
            {"field": "holds_family", "cmp": "IN", "value": ["FX", "WEALTH"]},
            {"field": "tx_count", "cmp": "GTE", "value": 3, "window_days": 90, "type": ["SALARY"]},
            {"field": "annual_income", "cmp": "GTE", "value": "200000"},
        ],
    }


def test_errors_name_the_path_of_the_bad_part() -> None:
    rule = {
        "op": "AND",
        "args": [
            {"field": "age", "cmp": "GTE", "value": 30},
            {"field": "age", "cmp": "GTE", "value": "old"},
            {"op": "NOT", "args": [{"field": "shoe_size", "cmp": "EQ", "value": 42}]},
            {"field": "gender", "cmp": "GT", "value": "MALE"},
            {"field": "tx_count", "cmp": "GTE", "value": 1, "windowDays": 5, "window_days": 0},
            {"field": "customer_type", "cmp": "IN", "value": ["INDIVIDUAL", "ALIEN"]},
            {"field": "age", "cmp": "BETWEEN", "value": [40, 30]},
            {"op": "OR", "args": []},
            {"op": "NOT", "args": [{"field": "age", "cmp": "EQ", "value": 1}, {"op": "AND"}]},
            "nonsense",
        ],
    }
    assert _errors(rule) == [
        ("rule.args.1.value", "SEGMENT_RULE_INVALID"),
        ("rule.args.2.args.0.field", "SEGMENT_RULE_INVALID"),
        ("rule.args.3.cmp", "SEGMENT_RULE_INVALID"),
        ("rule.args.4.windowDays", "SEGMENT_RULE_INVALID"),
        ("rule.args.4.windowDays", "SEGMENT_RULE_INVALID"),
        ("rule.args.5.value.1", "SEGMENT_RULE_INVALID"),
        ("rule.args.6.value", "SEGMENT_RULE_INVALID"),
        ("rule.args.7.args", "SEGMENT_RULE_INVALID"),
        ("rule.args.8.args", "SEGMENT_RULE_INVALID"),
        ("rule.args.9", "SEGMENT_RULE_INVALID"),
    ]


def test_missing_value_is_required_and_trees_have_limits() -> None:
    assert _errors({"field": "age", "cmp": "GTE"}) == [("rule.value", "REQUIRED")]
    assert _errors(None) == [("rule", "SEGMENT_RULE_INVALID")]
    deep: dict[str, Any] = {"field": "age", "cmp": "GTE", "value": 1}
    for _ in range(segment_rules.MAX_DEPTH):
        deep = {"op": "NOT", "args": [deep]}
    assert ("rule" + ".args.0" * segment_rules.MAX_DEPTH, "SEGMENT_RULE_INVALID") in _errors(deep)
    wide = {"op": "OR", "args": [{"field": "age", "cmp": "EQ", "value": i} for i in range(61)]}
    assert _errors(wide) == [("rule", "SEGMENT_RULE_INVALID")]


def test_month_windows_are_complete_calendar_months() -> None:
    assert segment_sql.month_starts(date(2026, 1, 15), 3) == [
        date(2025, 10, 1),
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
    ]
    assert segment_sql.years_before(date(2024, 2, 29), 1) == date(2023, 2, 28)


# --- compiled SQL against the Python reading ----------------------------------------------------

PRODUCTS = [
    ("DEPOSIT", "DEMAND", "PB-DEMAND"),
    ("DEPOSIT", "TIME", "PB-TIME"),
    ("FX", "SPOT", "PB-FX"),
    ("LOAN", "MORTGAGE", "PB-MORT"),
    ("WEALTH", "BOND", "PB-BOND"),
    ("CREDIT_CARD", "STANDARD", "PB-CARD"),
]
OCCUPATIONS = ["职员", "退休", "企业主", "教师"]
PROVINCES = ["广东", "上海"]
CITIES = ["深圳", "上海"]
TX_TYPES = ["SALARY", "WITHDRAWAL", "DEPOSIT", "TRANSFER_OUT"]
CHANNELS = ["COUNTER", "MOBILE_BANKING", "ATM"]

holdings_st = st.lists(
    st.tuples(
        st.sampled_from(PRODUCTS),
        st.sampled_from(["ACTIVE", "ACTIVE", "CLOSED"]),
        st.sampled_from([0, 10000, 49999, 50000, 300000, 6000000]),
        st.sampled_from(["CNY", "CNY", "USD"]),
    ),
    max_size=3,
)
transactions_st = st.lists(
    st.tuples(
        st.integers(0, 200),
        st.sampled_from(TX_TYPES),
        st.sampled_from(CHANNELS),
        st.sampled_from([100, 9999, 10000, 50000]),
        st.sampled_from([None, None, "CN", "US"]),
    ),
    max_size=6,
)
person_st = st.fixed_dictionaries(
    {
        "age": st.none() | st.integers(0, 80),
        "birthday_shift": st.integers(-2, 2),
        "customer_type": st.sampled_from(["INDIVIDUAL", "CORPORATE"]),
        "gender": st.sampled_from(["MALE", "FEMALE", "UNKNOWN"]),
        "occupation": st.none() | st.sampled_from(OCCUPATIONS),
        "province": st.none() | st.sampled_from(PROVINCES),
        "city": st.none() | st.sampled_from(CITIES),
        "risk_tolerance": st.none() | st.sampled_from(["C1", "C2", "C3", "C4", "C5"]),
        "annual_income": st.none() | st.sampled_from([0, 100000, 199999.99, 200000, 500000]),
        "holdings": holdings_st,
        "transactions": transactions_st,
    }
)


def _sort_key(value: Any) -> Any:
    text = str(value)
    return text if text.startswith("C") else Decimal(text)


def _pair(values: list[Any]) -> st.SearchStrategy[list[Any]]:
    return st.tuples(st.sampled_from(values), st.sampled_from(values)).map(
        lambda t: sorted(t, key=_sort_key)
    )


def _numeric_leaf(name: str, values: list[Any], **extra: Any) -> st.SearchStrategy[Any]:
    single = st.fixed_dictionaries(
        {
            "field": st.just(name),
            "cmp": st.sampled_from(["EQ", "NE", "GT", "GTE", "LT", "LTE"]),
            "value": st.sampled_from(values),
            **extra,
        }
    )
    between = st.fixed_dictionaries(
        {"field": st.just(name), "cmp": st.just("BETWEEN"), "value": _pair(values), **extra}
    )
    return single | between


def _text_leaf(name: str, values: list[str]) -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries(
        {
            "field": st.just(name),
            "cmp": st.sampled_from(["EQ", "NE"]),
            "value": st.sampled_from(values),
        }
    ) | st.fixed_dictionaries(
        {
            "field": st.just(name),
            "cmp": st.just("IN"),
            "value": st.lists(st.sampled_from(values), min_size=1, max_size=3),
        }
    )


def _holds_leaf(name: str, values: list[str]) -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries(
        {
            "field": st.just(name),
            "cmp": st.just("IN"),
            "value": st.lists(st.sampled_from(values), min_size=1, max_size=2),
        },
        optional={"min_balance": st.sampled_from([50000, 10000])},
    ) | st.fixed_dictionaries(
        {"field": st.just(name), "cmp": st.just("EQ"), "value": st.sampled_from(values)}
    )


_tx_options = {
    "type": st.lists(st.sampled_from(TX_TYPES), min_size=1, max_size=2),
    "channel": st.sampled_from(CHANNELS),
    "min_amount": st.sampled_from([10000, 9999]),
}

leaf_st = st.one_of(
    _numeric_leaf("age", [0, 22, 35, 36, 60]),
    _numeric_leaf("annual_income", [0, 100000, 200000, "199999.99"]),
    _text_leaf("occupation", OCCUPATIONS),
    _text_leaf("province", PROVINCES),
    _text_leaf("city", CITIES),
    _text_leaf("customer_type", ["INDIVIDUAL", "CORPORATE"]),
    _text_leaf("gender", ["MALE", "FEMALE"]),
    _numeric_leaf("risk_tolerance", ["C1", "C3", "C5"]),
    _numeric_leaf("aum", [0, 50000, 355000, 6000000]),
    _holds_leaf("holds_family", ["DEPOSIT", "FX", "LOAN", "WEALTH"]),
    _holds_leaf("holds_subtype", ["DEMAND", "MORTGAGE", "SPOT", "STANDARD"]),
    _holds_leaf("holds_product", ["PB-TIME", "PB-BOND"]),
    _numeric_leaf("tx_count", [0, 1, 2, 3], window_days=st.sampled_from([30, 90])).flatmap(
        lambda leaf: st.fixed_dictionaries(
            {k: st.just(v) for k, v in leaf.items()}, optional=_tx_options
        )
    ),
    _numeric_leaf("tx_amount", [0, 10000, 50000], window_days=st.sampled_from([60, 90])),
    _numeric_leaf("cross_border_count", [0, 1, 3], window_days=st.sampled_from([90, 180])),
    _numeric_leaf("tx_months", [0, 1, 3], months=st.sampled_from([1, 3])).flatmap(
        lambda leaf: st.fixed_dictionaries(
            {k: st.just(v) for k, v in leaf.items()},
            optional={"type": st.sampled_from(TX_TYPES)},
        )
    ),
)

tree_st = st.recursive(
    leaf_st,
    lambda children: st.one_of(
        st.builds(lambda a: {"op": "NOT", "args": [a]}, children),
        st.builds(
            lambda op, args: {"op": op, "args": args},
            st.sampled_from(["AND", "OR"]),
            st.lists(children, min_size=1, max_size=3),
        ),
    ),
    max_leaves=6,
)


async def _products() -> dict[str, product_models.Product]:
    out = {}
    for family, subtype, code in PRODUCTS:
        found = await product_models.Product.get_or_none(code=code)
        out[code] = found or await b.product(code, family, subtype)
    return out


async def _world(people: list[dict[str, Any]]) -> list[b.Person]:
    for model in (models.Transaction, models.Holding, models.SegmentMember, models.Customer):
        await model.all().delete()
    products = await _products()
    day = today()
    out = []
    for spec in people:
        birth = None
        if spec["age"] is not None:
            birth = segment_sql.years_before(day, spec["age"]) + timedelta(
                days=spec["birthday_shift"]
            )
        customer = await b.customer(
            customer_type=spec["customer_type"],
            gender=spec["gender"],
            occupation=spec["occupation"],
            province=spec["province"],
            city=spec["city"],
            risk_tolerance=spec["risk_tolerance"],
            annual_income=None
            if spec["annual_income"] is None
            else Decimal(str(spec["annual_income"])),
            birth_date=birth,
        )
        person = b.Person(customer)
        for (family, subtype, code), status, balance, currency in spec["holdings"]:
            await b.holding(customer, products[code], balance, status=status, currency=currency)
            person.holdings.append((family, subtype, code, status, Decimal(balance), currency))
        rows = []
        for days_ago, type_, channel, amount, country in spec["transactions"]:
            rows.append(
                b.transaction_row(
                    customer.id,
                    products["PB-DEMAND"].id,
                    days_ago=days_ago,
                    type=type_,
                    channel=channel,
                    amount=amount,
                    country=country,
                )
            )
            person.transactions.append(
                (day - timedelta(days=days_ago), type_, channel, Decimal(amount), country)
            )
        await models.Transaction.bulk_create(rows)
        out.append(person)
    return out


async def _correlated_ids(rule: dict[str, Any]) -> list[int]:
    sql = await segment_sql.open_sql(day=today())
    query = (
        f"SELECT c.id FROM customers_customer c WHERE {segment_sql.condition(rule, sql, correlated=True)} "
        "ORDER BY c.id"
    )
    return [int(r[0]) for r in await sql.run(query)]


async def _evidence(rule: dict[str, Any]) -> list[dict[str, Any]]:
    sql = await segment_sql.open_sql(day=today())
    query = (
        f"SELECT {segment_evidence.evidence_sql(rule, sql)} FROM customers_customer c ORDER BY c.id"
    )
    return [segment_sql.parse_json(r[0]) for r in await sql.run(query)]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people=st.lists(person_st, min_size=1, max_size=6), rule=tree_st)
async def test_compiled_rules_select_what_python_selects(
    people: list[dict[str, Any]], rule: dict[str, Any]
) -> None:
    # given
    checked, errors = segment_rules.check_rule(rule)
    assert errors == [], errors
    assert checked is not None
    world = await _world(people)
    day = today()
    # when
    members = await seg.member_ids(rule=checked)
    per_row = await _correlated_ids(checked)
    count = await seg.preview(rule=rule)
    evidence = await _evidence(checked)
    # then
    expected = sorted(p.customer.id for p in world if b.evaluate(checked, p, day))
    assert members == expected
    assert per_row == expected
    assert count == len(expected)
    assert len(evidence) == len(world) and all(isinstance(e, dict) for e in evidence)
