"""The kernel's shared rules: guards, money rounding, currency conversion, optimistic
concurrency and domain events."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from backend.actor import Actor, ActorType
from backend.domains.monitoring import models as monitoring_models
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import events, fx, money
from backend.kernel.guards import raise_if, require
from backend.kernel.versioning import check_version, versioned_update


def test_require_refuses_an_actor_without_the_permission() -> None:
    # given
    analyst = Actor(type=ActorType.USER, id=1, name="a", permissions=frozenset({"x:read"}))
    # when / then
    require(analyst, "x:read")
    with pytest.raises(DomainError) as refused:
        require(analyst, "x:write")
    assert [e.code for e in refused.value.errors] == [ErrorCode.FORBIDDEN]
    require(Actor.system(), "x:write")


def test_raise_if_raises_every_collected_error_and_nothing_when_clean() -> None:
    raise_if([])
    errors = [
        FieldError(ErrorCode.REQUIRED, "x", "a"),
        FieldError(ErrorCode.INVALID, "y", "b"),
    ]
    with pytest.raises(DomainError) as refused:
        raise_if(errors)
    assert refused.value.errors == errors


def test_customer_facing_amounts_round_half_up_to_the_cent() -> None:
    assert money.to_cents(Decimal("2.345")) == Decimal("2.35")
    assert money.to_cents(Decimal("-2.345")) == Decimal("-2.35")
    assert money.to_cents(Decimal("2.344999")) == Decimal("2.34")
    assert money.to_rate(Decimal("2.15005")) == Decimal("2.1501")
    assert money.percent(1, 3) == Decimal("33.33")
    assert money.percent(2, 3) == Decimal("66.67")
    assert money.percent(5, 0) is None
    assert money.as_decimal(0.1) == Decimal("0.1")


def test_conversion_uses_the_rate_in_force_on_the_day_and_refuses_a_currency_without_one() -> None:
    # given USD at 7.10 from 1 March and 7.20 from 1 June, EUR from 1 June only
    book = fx.RateBook.of(
        [
            ("USD", date(2026, 6, 1), Decimal("7.20")),
            ("USD", date(2026, 3, 1), Decimal("7.10")),
            ("EUR", date(2026, 6, 1), Decimal("7.80")),
        ]
    )
    # then each day converts at the entry in force, until the next one
    assert book.to_cny(Decimal("100"), "USD", date(2026, 3, 1)) == Decimal("710.00")
    assert book.to_cny(Decimal("100"), "USD", date(2026, 5, 31)) == Decimal("710.00")
    assert book.to_cny(Decimal("100"), "USD", date(2026, 6, 1)) == Decimal("720.00")
    assert book.to_cny(Decimal("3"), "CNY", date(1990, 1, 1)) == Decimal("3")
    assert book.convert(Decimal("720"), "CNY", "USD", date(2026, 7, 1)) == Decimal("100")
    assert book.convert(Decimal("5"), "EUR", "EUR", date(2026, 1, 1)) == Decimal("5")
    assert book.total_cny(
        [
            (Decimal("1000"), "USD", date(2026, 5, 1)),
            (Decimal("1000"), "USD", date(2026, 6, 2)),
            (Decimal("1000"), "CNY", date(2026, 6, 2)),
        ]
    ) == Decimal("15300.00")
    # and a currency without a rate in force is refused, never counted at 1
    for currency, day in (("XXX", date(2026, 7, 1)), ("EUR", date(2026, 5, 31))):
        with pytest.raises(DomainError) as refused:
            book.to_cny(Decimal("1000"), currency, day)
        assert refused.value.errors[0].code == ErrorCode.FX_RATE_MISSING
        assert refused.value.errors[0].field == "currency"
    with pytest.raises(DomainError) as refused:
        book.require(["USD", "EUR", "JPY"], date(2026, 4, 1))
    assert [dict(e.params)["currency"] for e in refused.value.errors] == ["EUR", "JPY"]


async def test_versioned_update_writes_once_and_a_stale_version_is_a_conflict() -> None:
    # given a versioned row read twice
    rule = await monitoring_models.RiskRule.create(
        code="K1",
        name_zh="测试",
        name_en="Test",
        metric="NPL_RATIO",
        scope="ALL",
        condition="ABOVE",
        warning_level=Decimal("5"),
    )
    first = await monitoring_models.RiskRule.get(id=rule.id)
    second = await monitoring_models.RiskRule.get(id=rule.id)
    # when the first writer saves
    await versioned_update(first, expected_version=1, changes={"name_en": "First"})
    # then the second, who read version 1 too, gets CONFLICT and writes nothing
    with pytest.raises(DomainError) as lost:
        await versioned_update(second, expected_version=1, changes={"name_en": "Second"})
    assert [(e.code, e.field) for e in lost.value.errors] == [
        (ErrorCode.CONFLICT, "expectedVersion")
    ]
    stored = await monitoring_models.RiskRule.get(id=rule.id)
    assert (stored.name_en, stored.version) == ("First", 2)
    with pytest.raises(DomainError):
        check_version(stored, 1)
    check_version(stored, 2)


async def test_domain_events_run_handlers_at_once_and_a_failing_one_does_not_raise() -> None:
    # given two handlers of a test topic, one of which fails
    seen: list[dict[str, Any]] = []

    @events.on("test.happened")
    async def broken(**payload: Any) -> None:
        raise RuntimeError("boom")

    @events.on("test.happened")
    async def record(**payload: Any) -> None:
        seen.append(payload)

    failures = events.failures()
    # when
    await events.emit("test.happened", product_ids=[1, 2])
    # then the healthy handler ran before emit returned, the failure was counted
    assert seen == [{"product_ids": [1, 2]}]
    assert events.failures() == failures + 1
    await events.emit("test.nobody_listens", x=1)


async def test_objections_collect_every_checks_reasons_before_a_change() -> None:
    # given two checks of a test topic, one with a reason against the change
    @events.objects_to("test.changing")
    async def fine(**payload: Any) -> list[FieldError]:
        return []

    @events.objects_to("test.changing")
    async def against(**payload: Any) -> list[FieldError]:
        return [
            FieldError(ErrorCode.CONFLICT, "Not now ({item}).", "id", (("item", payload["n"]),))
        ]

    # when asked, then the reasons come back (and a topic nobody checks has none)
    [reason] = await events.objections("test.changing", n=7)
    assert (reason.code, reason.field, reason.render()) == (
        ErrorCode.CONFLICT,
        "id",
        "Not now (7).",
    )
    assert await events.objections("test.nobody_checks", n=1) == []
