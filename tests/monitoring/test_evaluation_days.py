"""Which business day a rule judges: pushed and imported values on their own date, flows that
only grow on the running day; the scheduler catching up the days it missed; "no data" rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from backend.actor import Actor
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import ApiKeyScope, Role
from backend.domains.jobs import models as job_models
from backend.domains.jobs import service as jobs_service
from backend.domains.monitoring import evaluation, models, rules
from backend.domains.monitoring.enums import Metric
from backend.domains.monitoring.jobs import jobs
from backend.domains.products import models as product_models
from backend.graphql_core.types import pk_of
from backend.kernel import clock
from tests.factories import GraphQLClient, client_for, on_sale_product, product_action
from tests.monitoring.loan_book import customer, loan_product

ALERTS = """{ alerts(first: 50) { edges { node {
  id ruleCode severity status value businessDate autoResolved resolutionNote } } } }"""
INGEST = """mutation($items: [MetricValueInput!]!) { metricIngest(items: $items) {
  accepted errors { field code message } } }"""
RULE_CREATE = """mutation($i: RiskRuleCreateInput!) { riskRuleCreate(input: $i) {
  riskRule { id } errors { field code message } } }"""


async def alerts(client: GraphQLClient, rule: str) -> list[dict[str, Any]]:
    """The alerts of one rule the client sees, newest first."""
    body = await client.execute(ALERTS)
    assert "errors" not in body, body
    nodes = [e["node"] for e in body["data"]["alerts"]["edges"]]
    return [n for n in nodes if n["ruleCode"] == rule]


async def staff(gql: GraphQLClient) -> tuple[GraphQLClient, GraphQLClient, GraphQLClient]:
    """The product manager, the risk officer and a core system allowed to push metrics."""
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    await rules.seed_default_rules()
    _, key = await auth_service.create_api_key(
        name="core", scopes=[ApiKeyScope.INGEST_WRITE], actor=Actor.system("tests")
    )
    return pm, risk, gql.as_token(key)


async def push(system: GraphQLClient, *items: dict[str, Any]) -> None:
    body = await system.execute(INGEST, {"items": list(items)})
    assert body["data"]["metricIngest"]["errors"] == [], body


def complaints(code: str, day: date, count: int) -> dict[str, Any]:
    return {
        "productCode": code,
        "metric": "COMPLAINT_COUNT",
        "businessDate": day.isoformat(),
        "value": str(count),
    }


async def complaint_rule(risk: GraphQLClient) -> None:
    """An ABOVE flow rule: 5 complaints a day is a warning, 10 critical."""
    created = await risk.execute(
        RULE_CREATE,
        {
            "i": {
                "code": "COMPLAINT_SURGE",
                "nameZh": "投诉激增",
                "nameEn": "Complaint surge",
                "metric": "COMPLAINT_COUNT",
                "condition": "ABOVE",
                "warningLevel": "5",
                "criticalLevel": "10",
            }
        },
    )
    assert created["data"]["riskRuleCreate"]["errors"] == []


async def test_a_nightly_batch_of_yesterdays_npl_is_judged_on_yesterday(
    gql: GraphQLClient,
) -> None:
    # given a loan product whose NPL the core system reports after each day closes
    pm, risk, system = await staff(gql)
    await loan_product(pm, risk, code="T-LOAN-NB")
    yesterday = clock.today() - timedelta(days=1)
    # when last night's batch reports yesterday's NPL at 9.5 %
    await push(
        system,
        {
            "productCode": "T-LOAN-NB",
            "metric": "NPL_RATIO",
            "businessDate": yesterday.isoformat(),
            "numerator": "95",
            "denominator": "1000",
        },
    )
    # then the breach is raised at once, about yesterday
    [alert] = await alerts(risk, "LOAN_NPL_RATIO")
    assert (alert["severity"], alert["status"], alert["businessDate"]) == (
        "CRITICAL",
        "OPEN",
        yesterday.isoformat(),
    )
    # and the scheduler's next run (today has no value yet) leaves it open
    await evaluation.evaluate_all()
    [still] = await alerts(risk, "LOAN_NPL_RATIO")
    assert still["status"] == "OPEN" and still["businessDate"] == yesterday.isoformat()


async def test_todays_complaint_surge_is_raised_the_same_day_and_not_eased_before_it_ends(
    gql: GraphQLClient,
) -> None:
    # given an ABOVE rule on complaints and a product on sale
    pm, risk, system = await staff(gql)
    await on_sale_product(pm, risk, "TIME", code="T-DEP-CS")
    await complaint_rule(risk)
    today = clock.today()
    # when today's complaints so far (7) are pushed
    await push(system, complaints("T-DEP-CS", today, 7))
    # then the warning is raised at once, about today
    [alert] = await alerts(risk, "COMPLAINT_SURGE")
    assert (alert["severity"], alert["businessDate"], alert["value"]) == (
        "WARNING",
        today.isoformat(),
        "7.0000",
    )
    # a higher running count escalates it
    await push(system, complaints("T-DEP-CS", today, 12))
    [worse] = await alerts(risk, "COMPLAINT_SURGE")
    assert (worse["id"], worse["severity"]) == (alert["id"], "CRITICAL")
    # a lower (corrected) running count neither eases nor resolves it: the day is not over
    await push(system, complaints("T-DEP-CS", today, 1))
    await evaluation.evaluate_all()
    [kept] = await alerts(risk, "COMPLAINT_SURGE")
    assert (kept["status"], kept["severity"]) == ("OPEN", "CRITICAL")


async def test_a_value_for_a_past_day_is_judged_on_that_day_not_as_today(
    gql: GraphQLClient,
) -> None:
    # given an ABOVE rule on complaints and a product on sale
    pm, risk, system = await staff(gql)
    await on_sale_product(pm, risk, "TIME", code="T-DEP-PD")
    await complaint_rule(risk)
    today = clock.today()
    past = today - timedelta(days=3)
    # when a late report says there were 8 complaints three days ago
    await push(system, complaints("T-DEP-PD", past, 8))
    # then the breach is raised about that day, not today or yesterday — and, the complete
    # days after it being calm (no complaints), resolved by itself
    [alert] = await alerts(risk, "COMPLAINT_SURGE")
    assert (alert["severity"], alert["businessDate"]) == ("WARNING", past.isoformat())
    assert (alert["status"], alert["autoResolved"]) == ("RESOLVED", True)
    kinds = await models.AlertEvent.filter(alert_id=pk_of(alert["id"], "Alert")).values_list(
        "kind", flat=True
    )
    assert list(kinds) == ["RAISED", "AUTO_RESOLVED"]
    # when today's running count breaches, then a calm report for an older day comes in
    await push(system, complaints("T-DEP-PD", today, 6))
    await push(system, complaints("T-DEP-PD", past, 0))
    # then the older day does not undo what today decided
    [current, _] = await alerts(risk, "COMPLAINT_SURGE")
    assert (current["status"], current["businessDate"]) == ("OPEN", today.isoformat())


async def _last_run(days_ago: int) -> None:
    """A successful monitoring run recorded that many days ago."""
    moment = clock.now() - timedelta(days=days_ago)
    await job_models.JobRun.create(
        job="monitoring.evaluate",
        instance="earlier",
        started_at=moment,
        finished_at=moment,
        outcome="OK",
    )


async def _computed_days(pk: int) -> set[date]:
    return set(
        await models.MetricValue.filter(
            product_id=pk, metric=Metric.BALANCE.value, source="COMPUTED"
        ).values_list("business_date", flat=True)  # type: ignore[arg-type]
    )


async def test_the_scheduler_computes_every_day_it_missed_up_to_35(
    gql: GraphQLClient, settings: Any
) -> None:
    # given a product on sale and a scheduler whose last run was five days ago
    pm, risk, _ = await staff(gql)
    await on_sale_product(pm, risk, "TIME", code="T-DEP-BF")
    pk = (await product_models.Product.get(code="T-DEP-BF")).id
    await _last_run(5)
    today = clock.today()
    [job] = jobs(settings)
    # when it runs again
    run = await jobs_service.run_now(job, instance="test-instance")
    # then every day since that run is computed, not just yesterday and today
    assert run.outcome == "OK", run.detail
    assert await _computed_days(pk) == {today - timedelta(days=d) for d in range(6)}
    # and a scheduler that was down for 100 days catches up 35 of them, no more
    await models.MetricValue.all().delete()
    await job_models.JobRun.all().delete()
    await _last_run(100)
    run = await jobs_service.run_now(job, instance="test-instance")
    assert run.outcome == "OK", run.detail
    assert await _computed_days(pk) == {today - timedelta(days=d) for d in range(36)}


NO_DATA_RULE = {
    "code": "TX_NO_DATA",
    "nameZh": "交易数据缺失",
    "nameEn": "No transaction data",
    "metric": "TX_COUNT",
    "condition": "NO_DATA",
    "warningLevel": "3",
    "criticalLevel": "7",
}


async def test_a_product_on_sale_without_data_raises_no_data_until_data_arrives(
    gql: GraphQLClient,
) -> None:
    # given a "no data" rule (3 days warning, 7 critical) and a product on sale for 20 days
    pm, risk, _ = await staff(gql)
    created = await risk.execute(RULE_CREATE, {"i": NO_DATA_RULE})
    assert created["data"]["riskRuleCreate"]["errors"] == []
    await on_sale_product(pm, risk, "TIME", code="T-DEP-ND")
    product = await product_models.Product.get(code="T-DEP-ND")
    today = clock.today()
    await product_models.ProductVersion.filter(product_id=product.id, action="launch").update(
        changed_at=clock.now() - timedelta(days=20)
    )
    # whose transactions stopped arriving five days ago (computed days store 0)
    await models.MetricValue.bulk_create(
        [
            models.MetricValue(
                product_id=product.id,
                family="DEPOSIT",
                metric=Metric.TX_COUNT.value,
                business_date=today - timedelta(days=d),
                value=Decimal(0 if d < 5 else 12),
            )
            for d in range(1, 20)
        ]
    )
    # when the rules are evaluated: the last complete day is the 4th without data
    await evaluation.evaluate()
    [alert] = await alerts(risk, "TX_NO_DATA")
    assert (alert["severity"], alert["value"], alert["status"]) == ("WARNING", "4.0000", "OPEN")
    # a product launched today is not "missing" anything yet
    await on_sale_product(pm, risk, "TIME", code="T-DEP-NEW")
    await evaluation.evaluate()
    assert len(await alerts(risk, "TX_NO_DATA")) == 1
    # when yesterday's transactions arrive from core banking
    await customer(88)
    _, key = await auth_service.create_api_key(
        name="core-tx", scopes=[ApiKeyScope.INGEST_WRITE], actor=Actor.system("tests")
    )
    moment = datetime.combine(today - timedelta(days=1), datetime.min.time()).replace(
        hour=3, tzinfo=UTC
    )
    body = await gql.as_token(key).execute(
        """mutation($t: [TransactionIngestInput!]!) { transactionIngest(transactions: $t) {
          result { inserted } errors { code } } }""",
        {
            "t": [
                {
                    "externalId": "CB-ND-1",
                    "customerExternalId": "CUST-88",
                    "productCode": "T-DEP-ND",
                    "channel": "MOBILE_BANKING",
                    "type": "DEPOSIT",
                    "amount": "100.00",
                    "occurredAt": moment.isoformat(),
                }
            ]
        },
    )
    assert body["data"]["transactionIngest"]["result"]["inserted"] == 1
    # then the alert resolves by itself
    [closed] = await alerts(risk, "TX_NO_DATA")
    assert closed["status"] == "RESOLVED" and closed["autoResolved"] is True
    assert "Data arrived" in closed["resolutionNote"]


async def test_a_no_data_rule_counts_whole_days_and_takes_no_automatic_action(
    gql: GraphQLClient,
) -> None:
    # given a risk officer
    _, risk, _ = await staff(gql)
    before = await models.RiskRule.all().count()
    # when a "no data" rule has fractional or too long levels, a normal range or an action
    body = await risk.execute(
        RULE_CREATE,
        {
            "i": {
                **NO_DATA_RULE,
                "warningLevel": "2.5",
                "criticalLevel": "40",
                "normalHigh": "1",
                "autoAction": "SUSPEND_SALES",
            }
        },
    )
    # then each is named and nothing is written
    errors = {(e["field"], e["code"]) for e in body["data"]["riskRuleCreate"]["errors"]}
    assert errors == {
        ("warningLevel", "NO_DATA_LEVEL_NOT_DAYS"),
        ("criticalLevel", "NO_DATA_LEVEL_NOT_DAYS"),
        ("normalHigh", "INVALID"),
        ("autoAction", "INVALID"),
    }
    assert await models.RiskRule.all().count() == before


async def test_a_no_data_alert_resolves_when_the_product_is_no_longer_on_sale(
    gql: GraphQLClient,
) -> None:
    # given a product on sale for ten days that never had data, and its "no data" alert
    pm, risk, _ = await staff(gql)
    created = await risk.execute(RULE_CREATE, {"i": NO_DATA_RULE})
    assert created["data"]["riskRuleCreate"]["errors"] == []
    product = await on_sale_product(pm, risk, "TIME", code="T-DEP-OFF")
    pk = (await product_models.Product.get(code="T-DEP-OFF")).id
    await product_models.ProductVersion.filter(product_id=pk, action="launch").update(
        changed_at=clock.now() - timedelta(days=10)
    )
    await evaluation.evaluate()
    [alert] = await alerts(risk, "TX_NO_DATA")
    assert (alert["severity"], alert["status"]) == ("CRITICAL", "OPEN")
    # when its product manager suspends it
    body = await product_action(pm, "suspend", product["id"], product["version"])
    assert body["data"]["result"]["errors"] == []
    await evaluation.evaluate()
    # then no data is expected any more: the alert resolves by itself
    [closed] = await alerts(risk, "TX_NO_DATA")
    assert closed["status"] == "RESOLVED" and closed["autoResolved"] is True


async def test_an_imported_batch_of_an_older_day_is_judged_on_that_day(gql: GraphQLClient) -> None:
    # given an ABOVE rule on transaction counts (10 a day is a warning) and a product on sale
    pm, risk, _ = await staff(gql)
    await on_sale_product(pm, risk, "TIME", code="T-DEP-IMP")
    created = await risk.execute(
        RULE_CREATE,
        {
            "i": {
                "code": "TX_BURST",
                "nameZh": "交易突增",
                "nameEn": "Transaction burst",
                "metric": "TX_COUNT",
                "condition": "ABOVE",
                "warningLevel": "10",
            }
        },
    )
    assert created["data"]["riskRuleCreate"]["errors"] == []
    await customer(99)
    _, key = await auth_service.create_api_key(
        name="core-imp", scopes=[ApiKeyScope.INGEST_WRITE], actor=Actor.system("tests")
    )
    past = clock.today() - timedelta(days=4)
    moment = datetime.combine(past, datetime.min.time()).replace(hour=4, tzinfo=UTC)
    # when core banking sends 12 transactions of four days ago
    body = await gql.as_token(key).execute(
        """mutation($t: [TransactionIngestInput!]!) { transactionIngest(transactions: $t) {
          result { inserted } errors { code } } }""",
        {
            "t": [
                {
                    "externalId": f"CB-IMP-{n}",
                    "customerExternalId": "CUST-99",
                    "productCode": "T-DEP-IMP",
                    "channel": "COUNTER",
                    "type": "DEPOSIT",
                    "amount": "10.00",
                    "occurredAt": moment.isoformat(),
                }
                for n in range(12)
            ]
        },
    )
    assert body["data"]["transactionIngest"]["result"]["inserted"] == 12
    # then the breach is raised about that day (and, the days after it being quiet, resolved)
    [alert] = await alerts(risk, "TX_BURST")
    assert (alert["severity"], alert["businessDate"]) == ("WARNING", past.isoformat())
    raised = await models.AlertEvent.get(alert_id=pk_of(alert["id"], "Alert"), kind="RAISED")
    assert raised.value == 12
