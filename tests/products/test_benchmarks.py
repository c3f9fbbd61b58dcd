"""Benchmark rates (LPR, PBoC deposit benchmarks): effective-dated reference data kept by risk
officers, audited, read on a day, and followed by LPR-linked loans' headline rates."""

from __future__ import annotations

import importlib
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from backend.actor import Actor
from backend.domains.audit import models as audit_models
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role
from backend.domains.products import benchmarks, demo, models
from backend.domains.products.enums import BenchmarkKind, LprTenor, Repricing
from backend.errors import DomainError, ErrorCode
from backend.i18n import ZH_CN
from backend.kernel.clock import today
from tests.factories import GraphQLClient, client_for, create_product_via_api, create_user

D = Decimal
ERRORS = "errors { field code message }"
SET = f"""
mutation S($input: BenchmarkRateInput!) {{
  benchmarkRateSet(input: $input) {{
    benchmarkRate {{ id kind rate effectiveFrom announcedOn note createdBy {{ username }} }} {ERRORS}
  }}
}}
"""
DELETE = f"mutation D($id: ID!) {{ benchmarkRateDelete(id: $id) {{ deletedId {ERRORS} }} }}"
LIST = """
query L($kind: BenchmarkKind, $first: Int, $after: String) {
  benchmarkRates(kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { kind rate effectiveFrom } }
  }
}
"""
ON = "query O($day: Date) { benchmarkRatesOn(day: $day) { kind rate effectiveFrom } }"
HISTORY = """
query H($tenor: LprTenor!, $spread: Int!, $drawnOn: Date!, $repricing: Repricing!, $until: Date) {
  loanRateHistory(lprTenor: $tenor, spreadBps: $spread, drawnOn: $drawnOn,
                  repricing: $repricing, until: $until) { fromDay lpr rate }
}
"""


def payload(result: dict[str, Any], name: str) -> dict[str, Any]:
    assert "errors" not in result, result
    data: dict[str, Any] = result["data"][name]
    return data


async def risk_actor() -> Actor:
    user = await create_user(Role.RISK_OFFICER, username="riskdesk")
    return auth_service.actor_for_user(user, base=Actor.system("tests"))


def lpr(day: date, rate: str, kind: str = "LPR_1Y", **more: Any) -> dict[str, Any]:
    return {"kind": kind, "rate": rate, "effectiveFrom": day.isoformat(), **more}


# --- set, correct, delete, audit ----------------------------------------------------------------


async def test_a_rate_applies_from_its_day_and_every_change_is_audited(gql: GraphQLClient) -> None:
    # given a risk officer and the rates a new installation has (LPR 1Y 3.00 from 2025-05-20)
    risk = await client_for(gql, Role.RISK_OFFICER)
    # when they enter the June LPR, then correct it, and add a deposit benchmark with a note
    first = payload(
        await risk.execute(SET, {"input": lpr(date(2025, 6, 20), "2.95")}), "benchmarkRateSet"
    )
    fixed = payload(
        await risk.execute(SET, {"input": lpr(date(2025, 6, 20), "2.9")}), "benchmarkRateSet"
    )
    deposit = payload(
        await risk.execute(
            SET,
            {
                "input": {
                    "kind": "DEPOSIT_1Y",
                    "rate": "1.25",
                    "effectiveFrom": "2025-06-21",
                    "announcedOn": "2025-06-14",
                    "note": "  测试公告  ",
                }
            },
        ),
        "benchmarkRateSet",
    )
    # then the entry is stored at 4 decimals, announced the day it takes effect, and corrected
    stored = first["benchmarkRate"]
    assert first["errors"] == [] and stored["rate"] == "2.9500"
    assert stored["announcedOn"] == "2025-06-20" and stored["createdBy"]["username"]
    assert (
        fixed["benchmarkRate"]["id"] == stored["id"] and fixed["benchmarkRate"]["rate"] == "2.9000"
    )
    assert deposit["benchmarkRate"]["announcedOn"] == "2025-06-14"
    assert deposit["benchmarkRate"]["note"] == "测试公告"
    # and it is in force from that day, the old one until the day before
    assert await benchmarks.rate_on(BenchmarkKind.LPR_1Y, date(2025, 6, 19)) == D("3.0000")
    assert await benchmarks.rate_on(BenchmarkKind.LPR_1Y, date(2025, 6, 20)) == D("2.9000")
    # and each change is audited, the correction with what it was before
    sets = await audit_models.AuditEvent.filter(action="benchmarkRate.set").order_by("sequence")
    assert len(sets) == 3 and sets[0].before is None
    assert sets[1].before is not None and sets[1].before["rate"] == "2.9500"
    # and deleting an entry brings the previous one back, audited
    deleted = payload(await risk.execute(DELETE, {"id": stored["id"]}), "benchmarkRateDelete")
    assert deleted == {"deletedId": stored["id"], "errors": []}
    assert await benchmarks.rate_on(BenchmarkKind.LPR_1Y, date(2025, 6, 20)) == D("3.0000")
    assert await audit_models.AuditEvent.filter(action="benchmarkRate.delete").count() == 1
    again = payload(await risk.execute(DELETE, {"id": stored["id"]}), "benchmarkRateDelete")
    assert [e["code"] for e in again["errors"]] == ["NOT_FOUND"]


async def test_the_history_of_a_kind_pages_newest_first(gql: GraphQLClient) -> None:
    # given three more 5-year LPRs
    actor = await risk_actor()
    for day, rate in (
        (date(2024, 2, 20), "3.95"),
        (date(2024, 7, 22), "3.85"),
        (date(2024, 10, 21), "3.6"),
    ):
        await benchmarks.set_benchmark_rate(
            data={"kind": "LPR_5Y", "effective_from": day, "rate": rate}, actor=actor
        )
    reader = await client_for(gql, Role.PRODUCT_MANAGER)
    # when a product manager reads them two at a time
    first = payload(await reader.execute(LIST, {"kind": "LPR_5Y", "first": 2}), "benchmarkRates")
    after = first["pageInfo"]["endCursor"]
    rest = payload(
        await reader.execute(LIST, {"kind": "LPR_5Y", "first": 2, "after": after}), "benchmarkRates"
    )
    # then they come newest first, over two pages
    days = [e["node"]["effectiveFrom"] for e in first["edges"] + rest["edges"]]
    assert days == ["2025-05-20", "2024-10-21", "2024-07-22", "2024-02-20"]
    assert first["totalCount"] == 4 and first["pageInfo"]["hasNextPage"]
    everything = payload(await reader.execute(LIST, {"first": 100}), "benchmarkRates")
    assert everything["totalCount"] == 4 + len(BenchmarkKind) - 1


# --- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (lpr(date(2025, 6, 19), "3"), "effectiveFrom", "INVALID"),  # not the 20th
        (lpr(date(2024, 7, 20), "3.35"), "effectiveFrom", "INVALID"),  # a Saturday: the 22nd
        (lpr(date(2024, 7, 23), "3.35"), "effectiveFrom", "INVALID"),  # past the roll
        (lpr(date(2025, 6, 20), "-0.0001"), "rate", "INVALID"),
        (lpr(date(2025, 6, 20), "36.0001"), "rate", "INVALID"),
        (lpr(date(2025, 6, 20), "2.12345"), "rate", "INVALID"),
        (lpr(date(2025, 6, 20), "2.9", announcedOn="2025-06-19"), "announcedOn", "INVALID"),
        (
            lpr(date(2025, 6, 21), "1.1", "DEPOSIT_3M", announcedOn="2025-06-22"),
            "announcedOn",
            "INVALID",
        ),
        (lpr(date(2025, 6, 21), "1.1", "DEPOSIT_3M", note="x" * 201), "note", "INVALID"),
    ],
)
async def test_bad_entries_are_refused_on_their_field_and_write_nothing(
    gql: GraphQLClient, data: dict[str, Any], field: str, code: str
) -> None:
    # given a risk officer and the rates a new installation has
    risk = await client_for(gql, Role.RISK_OFFICER)
    before = await models.BenchmarkRate.all().count()
    # when they enter a bad rate
    result = payload(await risk.execute(SET, {"input": data}), "benchmarkRateSet")
    # then it is a typed error on the field and nothing is written
    assert [(e["field"], e["code"]) for e in result["errors"]] == [(field, code)]
    assert result["benchmarkRate"] is None
    assert await models.BenchmarkRate.all().count() == before


async def test_the_lpr_day_error_names_the_announcement_day() -> None:
    actor = await risk_actor()
    with pytest.raises(DomainError) as caught:
        await benchmarks.set_benchmark_rate(
            data={"kind": "LPR_5Y", "effective_from": date(2024, 10, 20), "rate": "3.6"},
            actor=actor,
        )
    error = caught.value.errors[0]
    assert error.field == "effectiveFrom" and "2024-10-21" in error.render()
    assert "2024-10-21" in error.render(ZH_CN) and "20 日" in error.render(ZH_CN)


async def test_the_edges_of_the_range_are_accepted_and_a_weekend_20th_rolls() -> None:
    actor = await risk_actor()
    zero = await benchmarks.set_benchmark_rate(
        data={"kind": "DEPOSIT_DEMAND", "effective_from": date(2026, 1, 3), "rate": "0"},
        actor=actor,
    )
    top = await benchmarks.set_benchmark_rate(
        data={"kind": "LPR_1Y", "effective_from": date(2024, 7, 22), "rate": "36"}, actor=actor
    )
    assert (D(zero.rate), D(top.rate)) == (D("0"), D("36"))
    assert top.announced_on == date(2024, 7, 22)


async def test_unknown_or_missing_values_are_refused_through_the_service() -> None:
    actor = await risk_actor()
    with pytest.raises(DomainError) as caught:
        await benchmarks.set_benchmark_rate(data={"kind": "LPR_10Y"}, actor=actor)
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("kind", ErrorCode.INVALID),
        ("rate", ErrorCode.REQUIRED),
        ("effectiveFrom", ErrorCode.REQUIRED),
    }


# --- permissions --------------------------------------------------------------------------------


async def test_others_read_benchmark_rates_but_cannot_change_them(gql: GraphQLClient) -> None:
    # given a product manager and an entry
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    entry = await models.BenchmarkRate.get(kind="LPR_1Y")
    # when they read, set and delete
    on = payload(await pm.execute(ON, {"day": "2025-05-20"}), "benchmarkRatesOn")
    refused = await pm.execute(SET, {"input": lpr(date(2025, 6, 20), "2.9")})
    gone = await pm.execute(DELETE, {"id": f"{entry.id}"})
    # then reading works and changes are forbidden
    assert [r["kind"] for r in on] == [k.value for k in BenchmarkKind]
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert gone["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    with pytest.raises(DomainError) as caught:
        pm_user = await create_user(Role.PRODUCT_MANAGER, username="pm2")
        await benchmarks.set_benchmark_rate(
            data=lpr(date(2025, 6, 20), "2.9"),
            actor=auth_service.actor_for_user(pm_user, base=Actor.system("tests")),
        )
    assert caught.value.errors[0].code == ErrorCode.FORBIDDEN
    assert await models.BenchmarkRate.all().count() == len(benchmarks.CURRENT_RATES)


# --- reading on a day ---------------------------------------------------------------------------


async def test_the_rates_in_force_on_a_day() -> None:
    # given the rates a new installation has and a later 1-year LPR
    actor = await risk_actor()
    await benchmarks.set_benchmark_rate(
        data={"kind": "LPR_1Y", "effective_from": date(2025, 6, 20), "rate": "2.9"}, actor=actor
    )
    # then each day reads the entry in force
    assert await benchmarks.lpr_on(date(2025, 6, 19)) == {
        LprTenor.ONE_YEAR: D("3.0000"),
        LprTenor.FIVE_YEAR: D("3.5000"),
    }
    assert (await benchmarks.lpr_on(date(2025, 6, 20)))[LprTenor.ONE_YEAR] == D("2.9000")
    on = await benchmarks.rates_on(date(2025, 6, 20))
    assert list(on) == list(BenchmarkKind) and on[BenchmarkKind.DEPOSIT_5Y] == D("2.7500")
    # and before the LPR began there is none in force: a typed error, and rates_on leaves it out
    early = await benchmarks.rates_on(date(2025, 5, 19))
    assert BenchmarkKind.LPR_1Y not in early and early[BenchmarkKind.DEPOSIT_1Y] == D("1.5000")
    with pytest.raises(DomainError) as caught:
        await benchmarks.rate_on(BenchmarkKind.LPR_5Y, date(2025, 5, 19))
    error = caught.value.errors[0]
    assert error.code == ErrorCode.BENCHMARK_RATE_MISSING and error.field == "kind"
    assert error.render(ZH_CN) == "2025-05-19 没有生效的 LPR_5Y 基准利率。"
    with pytest.raises(DomainError) as both:
        await benchmarks.lpr_on(date(2025, 5, 19))
    assert [e.code for e in both.value.errors] == [ErrorCode.BENCHMARK_RATE_MISSING] * 2


async def test_a_loans_rate_history_through_graphql(gql: GraphQLClient) -> None:
    # given the demo's LPR history
    await demo.load_benchmark_rates(risk=await risk_actor())
    reader = await client_for(gql, Role.SALES)
    # when a loan drawn in March 2024 at 5Y LPR - 20 bp, repriced each 1 January, is asked for
    variables = {
        "tenor": "FIVE_YEAR",
        "spread": -20,
        "drawnOn": "2024-03-01",
        "repricing": "JANUARY_FIRST",
        "until": "2026-01-01",
    }
    periods = payload(await reader.execute(HISTORY, variables), "loanRateHistory")
    # then it kept each LPR until the next 1 January
    assert periods == [
        {"fromDay": "2024-03-01", "lpr": "3.9500", "rate": "3.7500"},
        {"fromDay": "2025-01-01", "lpr": "3.6000", "rate": "3.4000"},
        {"fromDay": "2026-01-01", "lpr": "3.5000", "rate": "3.3000"},
    ]
    # and bad arguments are request errors naming the field and the reason
    for changes, field, reason in (
        ({"drawnOn": "2023-01-03"}, "drawnOn", "BENCHMARK_RATE_MISSING"),
        ({"until": "2024-02-29"}, "until", "INVALID"),
        ({"spread": 1001}, "spreadBps", "INVALID"),
    ):
        refused = await reader.execute(HISTORY, {**variables, **changes})
        extensions = refused["errors"][0]["extensions"]
        assert (extensions["code"], extensions["field"], extensions["reason"]) == (
            "BAD_USER_INPUT",
            field,
            reason,
        )


async def test_the_history_defaults_to_today() -> None:
    periods = await benchmarks.loan_rate_history(
        LprTenor.ONE_YEAR, 0, date(2025, 6, 1), Repricing.MONTHLY
    )
    assert [(p.from_day, p.rate) for p in periods] == [(date(2025, 6, 1), D("3.0000"))]
    assert today() >= date(2025, 6, 1)


# --- headline rates, seeding, demo --------------------------------------------------------------


async def test_lpr_linked_loans_headline_follows_the_lpr_in_force(gql: GraphQLClient) -> None:
    # given an LPR loan at 5Y LPR - 30 bp and a fixed-rate wealth product
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    loan = await create_product_via_api(pm, "MORTGAGE", code="LPR-LOAN")
    await create_product_via_api(pm, "BOND", code="BOND-1")
    assert loan["headlineRate"] == "3.2000"
    # when a new 5-year LPR takes effect next month
    actor = await risk_actor()
    nxt = today().replace(day=1) + timedelta(days=40)
    day = benchmarks.lpr_announcement_day(nxt.year, nxt.month)
    await benchmarks.set_benchmark_rate(
        data={"kind": "LPR_5Y", "effective_from": day, "rate": "3.4"}, actor=actor
    )
    # then the day before nothing moves, and from that day the loan's headline is LPR + spread
    assert "0 products changed" in await benchmarks.refresh_rates(day - timedelta(days=1))
    assert "1 products changed" in await benchmarks.refresh_rates(day)
    assert (await models.Product.get(code="LPR-LOAN")).headline_rate == D("3.1000")
    assert (await models.Product.get(code="BOND-1")).headline_rate == D("3.2000")
    assert "0 products changed" in await benchmarks.refresh_rates(day)
    # and without an LPR in force loans keep the rate stored with their terms
    await models.BenchmarkRate.filter(kind="LPR_5Y").delete()
    assert "1 products changed" in await benchmarks.refresh_rates(day)
    assert (await models.Product.get(code="LPR-LOAN")).headline_rate == D("3.2000")


async def test_a_new_installation_has_the_current_rates_and_seeding_is_idempotent() -> None:
    migration = importlib.import_module("backend.migrations.0013_benchmark_rates")
    frozen = {
        BenchmarkKind(kind): (date.fromisoformat(day), D(rate), note)
        for kind, day, rate, note in migration.SEED
    }
    assert frozen == benchmarks.CURRENT_RATES
    assert set(benchmarks.CURRENT_RATES) == set(BenchmarkKind)
    assert await benchmarks.seed_current_rates() == 0
    await models.BenchmarkRate.filter(kind="LPR_1Y").delete()
    assert await benchmarks.seed_current_rates() == 1
    row = await models.BenchmarkRate.get(kind="LPR_1Y")
    assert (row.effective_from, row.announced_on, row.created_by_id) == (
        date(2025, 5, 20),
        date(2025, 5, 20),
        None,
    )


async def test_the_demo_enters_the_real_lpr_history_as_the_risk_officer() -> None:
    actor = await risk_actor()
    assert await demo.load_benchmark_rates(risk=actor) == 6
    assert await demo.load_benchmark_rates(risk=actor) == 0
    assert await benchmarks.lpr_on(date(2024, 2, 20)) == {
        LprTenor.ONE_YEAR: D("3.4500"),
        LprTenor.FIVE_YEAR: D("3.9500"),
    }
    assert await benchmarks.lpr_on(date(2024, 12, 31)) == {
        LprTenor.ONE_YEAR: D("3.1000"),
        LprTenor.FIVE_YEAR: D("3.6000"),
    }
    assert await audit_models.AuditEvent.filter(action="benchmarkRate.set").count() == 6
