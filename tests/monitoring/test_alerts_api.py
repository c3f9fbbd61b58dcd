"""Alerts end to end through the API: a loan reclassification raises, escalates and resolves
alerts on the default NPL rule; one open alert per rule and product; automatic suspension;
alert work (acknowledge, assign, comment, resolve); pushed metrics; catch-up by `since`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from backend.actor import Actor
from backend.domains.audit import models as audit_models
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import ApiKeyScope, Role
from backend.domains.monitoring import evaluation, models, rules
from backend.domains.products import models as product_models
from backend.graphql_core.types import pk_of
from backend.kernel import clock
from tests.factories import GraphQLClient, client_for, create_user, login, product_action
from tests.monitoring.loan_book import loan_product, loans, reclassify

ALERTS = """
query($filter: AlertFilter, $since: DateTime) {
  alerts(filter: $filter, since: $since, first: 50) {
    totalCount
    edges { node {
      id severity status value threshold version ruleCode productCode message autoResolved
      resolutionNote actionTaken
      history { kind severity status note actorName }
    } }
  }
}
"""


async def alerts(
    client: GraphQLClient, rule: str | None = "LOAN_NPL_RATIO", **variables: Any
) -> list[dict[str, Any]]:
    """The alerts the client sees (by default those of the NPL rule only)."""
    result = await client.execute(ALERTS, variables)
    assert "errors" not in result, result
    nodes = [e["node"] for e in result["data"]["alerts"]["edges"]]
    return [n for n in nodes if rule is None or n["ruleCode"] == rule]


async def staff(gql: GraphQLClient) -> tuple[GraphQLClient, GraphQLClient]:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    await rules.seed_default_rules()
    return pm, risk


async def test_reclassification_raises_escalates_and_auto_resolves_one_alert(
    gql: GraphQLClient,
) -> None:
    # given a loan book of 100: 94 + 5 + 1 (thousand)
    pm, risk = await staff(gql)
    _, pk = await loan_product(pm, risk)
    good, five, one = await loans(pk, ["94000", "5000", "1000"])
    # when 1 % goes bad: within the normal range, nothing
    assert (await reclassify(risk, one, "SUBSTANDARD"))["errors"] == []
    assert await alerts(risk) == []
    # when 5 % more goes bad (6 %): WARNING
    assert (await reclassify(risk, five, "DOUBTFUL", 120))["errors"] == []
    [alert] = await alerts(risk)
    assert (alert["severity"], alert["status"], alert["ruleCode"]) == (
        "WARNING",
        "OPEN",
        "LOAN_NPL_RATIO",
    )
    assert alert["value"] == "6.0000" and alert["threshold"] == "5.0000"
    # when the big loan goes bad too (100 %): the same alert escalates, no second one
    assert (await reclassify(risk, good, "LOSS", 400))["errors"] == []
    [again] = await alerts(risk)
    assert again["id"] == alert["id"]
    assert again["severity"] == "CRITICAL"
    assert [h["kind"] for h in again["history"]] == ["RAISED", "ESCALATED"]
    npl_rule = await models.RiskRule.get(code="LOAN_NPL_RATIO")
    assert await models.Alert.filter(rule_id=npl_rule.id, open_key__not_isnull=True).count() == 1
    # when every loan is back to normal: resolved by itself, with a note
    for holding in (good, five, one):
        assert (await reclassify(risk, holding, "NORMAL"))["errors"] == []
    [closed] = await alerts(risk)
    assert closed["status"] == "RESOLVED" and closed["autoResolved"] is True
    assert "Back to normal" in closed["resolutionNote"]
    assert closed["history"][-1]["kind"] == "AUTO_RESOLVED"
    # and every step is audited
    actions = set(
        await audit_models.AuditEvent.filter(object_type="Alert").values_list("action", flat=True)
    )
    assert {"alert.raise", "alert.escalated", "alert.autoResolve"} <= actions


async def test_exactly_three_percent_is_normal_and_exactly_five_is_a_warning(
    gql: GraphQLClient,
) -> None:
    pm, risk = await staff(gql)
    _, pk = await loan_product(pm, risk)
    _, three, two = await loans(pk, ["95000", "3000", "2000"])
    await reclassify(risk, three, "SUBSTANDARD")
    assert await alerts(risk) == []  # 3.000 % is inside the normal range
    await reclassify(risk, two, "SUBSTANDARD")
    [alert] = await alerts(risk)  # 5.000 %: warning
    assert alert["severity"] == "WARNING" and alert["value"] == "5.0000"


async def test_critical_breach_suspends_sales_when_the_rule_says_so(gql: GraphQLClient) -> None:
    # given a rule with the automatic action
    pm, risk = await staff(gql)
    product_id, pk = await loan_product(pm, risk)
    rule = await models.RiskRule.get(code="LOAN_NPL_RATIO")
    result = await risk.execute(
        """mutation($id: ID!, $v: Int!, $input: RiskRuleUpdateInput!) {
          riskRuleUpdate(id: $id, expectedVersion: $v, input: $input) {
            riskRule { autoAction version } errors { field code message } } }""",
        {
            "id": f"{_gid('RiskRule', rule.id)}",
            "v": rule.version,
            "input": {"autoAction": "SUSPEND_SALES"},
        },
    )
    assert result["data"]["riskRuleUpdate"]["errors"] == []
    [bad] = await loans(pk, ["10000"])
    # when the whole book goes bad
    await reclassify(risk, bad, "LOSS", 200)
    # then the product is suspended through its lifecycle, audited, and the alert says so
    product = await product_models.Product.get(id=pk)
    assert product.status == "SUSPENDED"
    assert "rule LOAN_NPL_RATIO" in (product.status_reason or "")
    assert await audit_models.AuditEvent.filter(
        action="product.suspend", object_id=str(pk)
    ).exists()
    [alert] = await alerts(risk)
    assert alert["actionTaken"] == "SUSPEND_SALES"
    assert "ACTION_TAKEN" in [h["kind"] for h in alert["history"]]
    assert product.suspended_by_risk
    # and the product manager cannot undo it alone
    by_pm = await product_action(pm, "resume", product_id, product.version)
    assert by_pm["data"]["result"]["errors"][0]["code"] == "RESUME_NEEDS_RISK_OFFICER"
    # nor a risk officer while the alert that suspended it is open (it is named)
    early = (await product_action(risk, "resume", product_id, product.version))["data"]["result"]
    assert early["errors"][0]["code"] == "SUSPENDING_ALERT_OPEN"
    assert "LOAN_NPL_RATIO" in early["errors"][0]["message"]
    assert (await product_models.Product.get(id=pk)).status == "SUSPENDED"
    # once the alert is resolved, a risk officer resumes it
    resolved = await risk.execute(
        RESOLVE, {"id": alert["id"], "v": alert["version"], "n": "已处置不良贷款"}
    )
    assert resolved["data"]["alertResolve"]["errors"] == []
    done = (await product_action(risk, "resume", product_id, product.version))["data"]["result"]
    assert done["errors"] == [] and done["product"]["status"] == "ON_SALE"
    assert not (await product_models.Product.get(id=pk)).suspended_by_risk


async def test_a_risk_officers_suspension_is_resumed_by_another_risk_officer(
    gql: GraphQLClient,
) -> None:
    # given a product a risk officer suspended by hand
    pm, risk = await staff(gql)
    product_id, pk = await loan_product(pm, risk, code="T-LOAN-S")
    version = (await product_models.Product.get(id=pk)).version
    suspended = (await product_action(risk, "suspend", product_id, version))["data"]["result"]
    assert suspended["errors"] == []
    version = suspended["product"]["version"]
    # when the product manager, then the same risk officer, try to resume it
    by_pm = (await product_action(pm, "resume", product_id, version))["data"]["result"]
    by_maker = (await product_action(risk, "resume", product_id, version))["data"]["result"]
    # then both are refused; another risk officer may
    assert by_pm["errors"][0]["code"] == "RESUME_NEEDS_RISK_OFFICER"
    assert by_maker["errors"][0]["code"] == "SAME_MAKER_CHECKER"
    await create_user(Role.RISK_OFFICER, username="risk-checker")
    checker = gql.as_token((await login(gql, "risk-checker"))["token"])
    ok = (await product_action(checker, "resume", product_id, version))["data"]["result"]
    assert ok["errors"] == [] and ok["product"]["status"] == "ON_SALE"


async def test_a_business_suspension_is_resumed_by_the_product_manager(gql: GraphQLClient) -> None:
    # given a product its product manager suspended (not risk control)
    pm, risk = await staff(gql)
    product_id, pk = await loan_product(pm, risk, code="T-LOAN-B")
    version = (await product_models.Product.get(id=pk)).version
    suspended = (await product_action(pm, "suspend", product_id, version))["data"]["result"]
    # then the product manager resumes it as before
    assert not (await product_models.Product.get(id=pk)).suspended_by_risk
    again = (await product_action(pm, "resume", product_id, suspended["product"]["version"]))[
        "data"
    ]["result"]
    assert again["errors"] == [] and again["product"]["status"] == "ON_SALE"


def _gid(type_name: str, pk: int) -> str:
    from backend.graphql_core.types import to_global_id

    return str(to_global_id(type_name, pk))


async def _warning_alert(gql: GraphQLClient) -> tuple[GraphQLClient, dict[str, Any], str]:
    pm, risk = await staff(gql)
    _, pk = await loan_product(pm, risk)
    bad, _ = await loans(pk, ["6000", "94000"])
    await reclassify(risk, bad, "SUBSTANDARD")
    [alert] = await alerts(risk)
    return risk, alert, bad


ACK = """mutation($id: ID!, $v: Int!) { alertAcknowledge(id: $id, expectedVersion: $v, note: "看一下") {
  alert { status version assignee { username } } errors { field code message } } }"""
ASSIGN = """mutation($id: ID!, $v: Int!, $to: ID) { alertAssign(id: $id, expectedVersion: $v, assigneeId: $to) {
  alert { version assignee { username } } errors { field code message } } }"""
COMMENT = """mutation($id: ID!, $t: String!) { alertComment(id: $id, text: $t) {
  alert { version history { kind note actorName } } errors { field code message } } }"""
RESOLVE = """mutation($id: ID!, $v: Int!, $n: String!) { alertResolve(id: $id, expectedVersion: $v, note: $n) {
  alert { status version resolutionNote resolvedBy { username } } errors { field code message } } }"""


async def test_alert_is_worked_to_resolution(gql: GraphQLClient) -> None:
    risk, alert, _ = await _warning_alert(gql)
    # acknowledge: taken on and assigned to me
    ack = (await risk.execute(ACK, {"id": alert["id"], "v": alert["version"]}))["data"][
        "alertAcknowledge"
    ]
    assert ack["errors"] == []
    assert ack["alert"]["status"] == "ACKNOWLEDGED"
    assert ack["alert"]["assignee"]["username"] == "riskofficer"
    # a stale version is a conflict and changes nothing
    stale = (await risk.execute(ACK, {"id": alert["id"], "v": alert["version"]}))["data"][
        "alertAcknowledge"
    ]
    assert stale["errors"][0]["code"] == "CONFLICT"
    # assign to a colleague who may manage alerts; not to someone who may not
    await create_user(Role.RISK_OFFICER, username="risk2")
    await create_user(Role.MARKETING, username="mkt")
    users = {u.username: u.id for u in await _users()}
    version = ack["alert"]["version"]
    refused = (
        await risk.execute(
            ASSIGN, {"id": alert["id"], "v": version, "to": _gid("User", users["mkt"])}
        )
    )["data"]["alertAssign"]
    assert refused["errors"][0]["field"] == "assigneeId"
    assert refused["errors"][0]["code"] == "ASSIGNEE_CANNOT_MANAGE_ALERTS"
    given = (
        await risk.execute(
            ASSIGN, {"id": alert["id"], "v": version, "to": _gid("User", users["risk2"])}
        )
    )["data"]["alertAssign"]
    assert given["errors"] == [] and given["alert"]["assignee"]["username"] == "risk2"
    # comment; an empty one is refused
    empty = (await risk.execute(COMMENT, {"id": alert["id"], "t": "  "}))["data"]["alertComment"]
    assert empty["errors"][0]["code"] == "REQUIRED"
    said = (await risk.execute(COMMENT, {"id": alert["id"], "t": "已联系分行核实"}))["data"][
        "alertComment"
    ]
    assert said["alert"]["history"][-1]["note"] == "已联系分行核实"
    # resolve needs a note
    version = said["alert"]["version"]
    no_note = (await risk.execute(RESOLVE, {"id": alert["id"], "v": version, "n": ""}))["data"][
        "alertResolve"
    ]
    assert no_note["errors"][0]["field"] == "note"
    done = (await risk.execute(RESOLVE, {"id": alert["id"], "v": version, "n": "已压降不良"}))[
        "data"
    ]["alertResolve"]
    assert done["errors"] == []
    assert done["alert"]["status"] == "RESOLVED"
    assert done["alert"]["resolvedBy"]["username"] == "riskofficer"
    # a resolved alert is neither acknowledged nor resolved again
    version = done["alert"]["version"]
    again = (await risk.execute(RESOLVE, {"id": alert["id"], "v": version, "n": "再次"}))["data"][
        "alertResolve"
    ]
    assert again["errors"][0]["code"] == "ALERT_ALREADY_RESOLVED"
    late = (await risk.execute(ACK, {"id": alert["id"], "v": version}))["data"]["alertAcknowledge"]
    assert late["errors"][0]["code"] == "ALERT_NOT_OPEN"
    [final] = await alerts(risk)
    assert [h["kind"] for h in final["history"]] == [
        "RAISED",
        "ACKNOWLEDGED",
        "ASSIGNED",
        "COMMENTED",
        "RESOLVED",
    ]


async def _users() -> list[Any]:
    from backend.domains.auth import models as auth_models

    return await auth_models.User.all()


async def test_a_breach_that_persists_after_a_manual_resolve_raises_a_new_alert(
    gql: GraphQLClient,
) -> None:
    risk, alert, _ = await _warning_alert(gql)
    await risk.execute(RESOLVE, {"id": alert["id"], "v": alert["version"], "n": "误报"})
    outcome = await evaluation.evaluate()
    assert outcome.raised == 1
    listed = await alerts(risk)
    assert [a["status"] for a in listed] == ["OPEN", "RESOLVED"]


async def test_alert_work_needs_the_permission(gql: GraphQLClient) -> None:
    risk, alert, _ = await _warning_alert(gql)
    analyst = await client_for(gql, Role.ANALYST)
    # analysts can read alerts but not work them
    assert len(await alerts(analyst)) == 1
    refused = await analyst.execute(ACK, {"id": alert["id"], "v": alert["version"]})
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    marketing = await client_for(gql, Role.MARKETING)
    hidden = await marketing.execute(ALERTS, {})
    assert hidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await models.Alert.filter(status="OPEN").count() == 1


async def test_since_lists_what_changed_after_a_moment_oldest_first(gql: GraphQLClient) -> None:
    risk, alert, bad = await _warning_alert(gql)
    moment = clock.now()
    assert await alerts(risk, since=moment.isoformat()) == []
    await risk.execute(ACK, {"id": alert["id"], "v": alert["version"]})
    caught = await alerts(risk, since=moment.isoformat())
    assert [a["status"] for a in caught] == ["ACKNOWLEDGED"]
    assert len(await alerts(risk, since=(moment - timedelta(hours=1)).isoformat())) == 1


INGEST = """mutation($items: [MetricValueInput!]!) { metricIngest(items: $items) {
  accepted errors { field code message } } }"""


async def test_pushed_metrics_are_judged_at_once_and_bad_input_writes_nothing(
    gql: GraphQLClient,
) -> None:
    pm, risk = await staff(gql)
    await loan_product(pm, risk, code="T-LOAN-9")
    _, key = await auth_service.create_api_key(
        name="core-risk", scopes=[ApiKeyScope.INGEST_WRITE], actor=Actor.system("tests")
    )
    system = gql.as_token(key)
    today = clock.today().isoformat()
    # a batch with one bad row is refused as a whole
    bad = await system.execute(
        INGEST,
        {
            "items": [
                {
                    "productCode": "T-LOAN-9",
                    "metric": "NPL_RATIO",
                    "businessDate": today,
                    "numerator": "95",
                    "denominator": "1000",
                },
                {"productCode": "NOPE", "metric": "NPL_RATIO", "businessDate": today, "value": "1"},
                {
                    "productCode": "T-LOAN-9",
                    "metric": "NPL_RATIO",
                    "businessDate": "2999-01-01",
                    "numerator": "1",
                    "denominator": "100",
                },
            ]
        },
    )
    errors = bad["data"]["metricIngest"]["errors"]
    assert {(e["field"], e["code"]) for e in errors} == {
        ("items.1.productCode", "NOT_FOUND"),
        ("items.2.businessDate", "METRIC_DATE_IN_FUTURE"),
    }
    assert await models.MetricValue.filter(source="PUSHED").count() == 0
    # a good batch is stored and judged at once
    good = await system.execute(
        INGEST,
        {
            "items": [
                {
                    "productCode": "T-LOAN-9",
                    "metric": "NPL_RATIO",
                    "businessDate": today,
                    "value": "9.5",
                    "numerator": "95",
                    "denominator": "1000",
                }
            ]
        },
    )
    assert good["data"]["metricIngest"] == {"accepted": 1, "errors": []}
    [alert] = await alerts(risk)
    assert alert["severity"] == "CRITICAL" and alert["value"] == "9.5000"
    # users without ingest:write cannot push
    refused = await risk.execute(INGEST, {"items": []})
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # the pushed ratio keeps its parts, so the family's NPL is the summed parts, not empty
    [stored] = await models.MetricValue.filter(source="PUSHED")
    assert (stored.numerator, stored.denominator) == (Decimal(95), Decimal(1000))


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a ratio without its parts, or a fraction where percent is meant, cannot be told apart
        ({"metric": "NPL_RATIO", "value": "0.065"}, {"numerator", "denominator"}),
        ({"metric": "NPL_RATIO", "numerator": "250", "denominator": "100"}, {"value"}),
        ({"metric": "NPL_RATIO", "numerator": "-3", "denominator": "100"}, {"numerator"}),
        ({"metric": "NPL_RATIO", "numerator": "1", "denominator": "0"}, {"denominator"}),
        ({"metric": "NPL_RATIO", "numerator": "1", "denominator": "100", "value": "2"}, {"value"}),
        ({"metric": "SATISFACTION", "numerator": "12", "denominator": "2"}, {"value"}),
        ({"metric": "COMPLAINT_COUNT", "value": "-1"}, {"value"}),
        ({"metric": "COMPLAINT_COUNT", "value": "2.5"}, {"value"}),
        ({"metric": "COMPLAINT_COUNT"}, {"value"}),
        ({"metric": "BALANCE", "value": "5", "numerator": "1"}, {"numerator"}),
    ],
)
async def test_pushed_values_out_of_what_the_metric_can_be_are_refused(
    gql: GraphQLClient, item: dict[str, str], expected: set[str]
) -> None:
    # given a loan product and a system allowed to push
    pm, risk = await staff(gql)
    await loan_product(pm, risk, code="T-LOAN-R")
    _, key = await auth_service.create_api_key(
        name="core-risk", scopes=[ApiKeyScope.INGEST_WRITE], actor=Actor.system("tests")
    )
    system = gql.as_token(key)
    # when the value is pushed
    body = await system.execute(
        INGEST,
        {"items": [{"productCode": "T-LOAN-R", "businessDate": clock.today().isoformat(), **item}]},
    )
    # then the fields at fault are named and nothing is stored
    errors = body["data"]["metricIngest"]["errors"]
    assert {e["field"].removeprefix("items.0.") for e in errors} == expected
    assert await models.MetricValue.filter(source="PUSHED").count() == 0


async def test_disabling_a_rule_resolves_its_open_alerts(gql: GraphQLClient) -> None:
    risk, alert, _ = await _warning_alert(gql)
    rule = await models.RiskRule.get(code="LOAN_NPL_RATIO")
    result = await risk.execute(
        """mutation($id: ID!, $v: Int!, $input: RiskRuleUpdateInput!) {
          riskRuleUpdate(id: $id, expectedVersion: $v, input: $input) { riskRule { enabled } errors { code } } }""",
        {"id": _gid("RiskRule", rule.id), "v": rule.version, "input": {"enabled": False}},
    )
    # disabling waits for a second risk officer (tests/monitoring/test_rule_changes_api.py)
    assert result["data"]["riskRuleUpdate"] == {"riskRule": {"enabled": True}, "errors": []}
    await _second_officer_approves(gql, rule.id)
    [closed] = await alerts(risk)
    assert closed["status"] == "RESOLVED"


async def _second_officer_approves(gql: GraphQLClient, rule_id: int) -> None:
    """Another risk officer approves the rule's pending change."""
    change = await models.RiskRuleChange.get(rule_id=rule_id, status="PENDING")
    await create_user(Role.RISK_OFFICER, username="risk-checker")
    checker = gql.as_token((await login(gql, "risk-checker"))["token"])
    body = await checker.execute(
        """mutation($id: ID!, $v: Int!) { riskRuleChangeApprove(id: $id, expectedVersion: $v) {
          errors { code } } }""",
        {"id": _gid("RiskRuleChange", change.id), "v": change.version},
    )
    assert body["data"]["riskRuleChangeApprove"]["errors"] == []


async def test_the_scheduled_job_recomputes_metrics_and_raises_what_changed_quietly(
    gql: GraphQLClient, settings: Any
) -> None:
    from backend.domains.customers import models as customer_models
    from backend.domains.jobs import service as jobs_service
    from backend.domains.monitoring.jobs import jobs

    # given a loan that went bad in the core system without telling us (no API call)
    pm, risk = await staff(gql)
    _, pk = await loan_product(pm, risk)
    await loans(pk, ["90000", "10000"])
    await customer_models.Holding.filter(product_id=pk, principal=10000).update(
        classification="LOSS"
    )
    assert await alerts(risk) == []
    # when the scheduler's monitoring job runs
    [job] = jobs(settings)
    run = await jobs_service.run_now(job, instance="test-instance")
    # then it recorded its run and the breach is an alert
    assert run.outcome == "OK", run.detail
    assert "raised" in run.detail
    [alert] = await alerts(risk)
    assert alert["severity"] == "CRITICAL" and alert["value"] == "10.0000"


async def test_a_transaction_import_re_evaluates_the_product_at_once(gql: GraphQLClient) -> None:
    from decimal import Decimal

    from backend.domains.auth import service as auth_service
    from backend.domains.auth.enums import ApiKeyScope
    from backend.domains.monitoring.enums import Metric
    from backend.kernel.clock import today
    from tests.factories import on_sale_product
    from tests.monitoring.loan_book import customer

    # given a deposit product that did 10 transactions a day for four weeks (stored metrics)
    pm, risk = await staff(gql)
    product = await on_sale_product(pm, risk, "TIME", code="T-DEP-SPIKE")
    pk = int((await product_models.Product.get(code="T-DEP-SPIKE")).id)
    yesterday = today() - timedelta(days=1)
    await models.MetricValue.bulk_create(
        [
            models.MetricValue(
                product_id=pk,
                family="DEPOSIT",
                metric=Metric.TX_COUNT.value,
                business_date=yesterday - timedelta(days=d),
                value=Decimal(10),
            )
            for d in range(1, 29)
        ]
    )
    created = await risk.execute(
        """mutation($i: RiskRuleCreateInput!) { riskRuleCreate(input: $i) {
          errors { field message } } }""",
        {
            "i": {
                "code": "TX_SPIKE",
                "nameZh": "交易量激增",
                "nameEn": "Transaction spike",
                "metric": "TX_COUNT",
                "condition": "CHANGE_VS_AVERAGE",
                "scope": "PRODUCT",
                "productId": product["id"],
                "warningLevel": "30",
                "criticalLevel": "100",
                "windowDays": 1,
                "baselineDays": 28,
            }
        },
    )
    assert created["data"]["riskRuleCreate"]["errors"] == []
    await customer(77)
    _, key = await auth_service.create_api_key(
        name="core", scopes=[ApiKeyScope.INGEST_WRITE], actor=Actor.system("tests")
    )
    moment = datetime.combine(yesterday, datetime.min.time()).replace(hour=3, tzinfo=UTC)
    # when core banking pushes 13 of yesterday's transactions (+30 %)
    result = await gql.as_token(key).execute(
        """mutation($t: [TransactionIngestInput!]!) { transactionIngest(transactions: $t) {
          result { inserted } errors { code } } }""",
        {
            "t": [
                {
                    "externalId": f"CB-SPIKE-{n}",
                    "customerExternalId": "CUST-77",
                    "productCode": "T-DEP-SPIKE",
                    "channel": "MOBILE_BANKING",
                    "type": "DEPOSIT",
                    "amount": "100.00",
                    "occurredAt": moment.isoformat(),
                }
                for n in range(13)
            ]
        },
    )
    assert result["data"]["transactionIngest"]["result"]["inserted"] == 13
    # then yesterday's metric is recomputed and the alert exists when the call returns
    value = await models.MetricValue.get(product_id=pk, metric="TX_COUNT", business_date=yesterday)
    assert value.value == 13
    [alert] = await alerts(risk, rule="TX_SPIKE")
    assert alert["severity"] == "WARNING" and alert["value"] == "30.0000"


async def test_rule_levels_can_be_cleared_and_assignees_are_those_who_may_manage_alerts(
    gql: GraphQLClient,
) -> None:
    pm, risk = await staff(gql)
    await create_user(Role.MARKETING, username="mkt")
    rule = await models.RiskRule.get(code="LOAN_OVERDUE_RATIO")
    update = """mutation($id: ID!, $v: Int!, $input: RiskRuleUpdateInput!) { riskRuleUpdate(id: $id,
      expectedVersion: $v, input: $input) { riskRule { normalHigh criticalLevel warningLevel version }
      errors { field code } } }"""
    # omitted fields keep their value (a lower warning level applies at once)
    kept = await risk.execute(
        update,
        {"id": _gid("RiskRule", rule.id), "v": rule.version, "input": {"warningLevel": "7"}},
    )
    assert kept["data"]["riskRuleUpdate"]["riskRule"]["normalHigh"] == "5.0000"
    # null clears an optional level (loosening: once a second risk officer approves)
    cleared = await risk.execute(
        update,
        {
            "id": _gid("RiskRule", rule.id),
            "v": rule.version + 1,
            "input": {"normalHigh": None, "criticalLevel": None},
        },
    )
    assert cleared["data"]["riskRuleUpdate"]["errors"] == []
    await _second_officer_approves(gql, rule.id)
    stored = await models.RiskRule.get(id=rule.id)
    assert (stored.normal_high, stored.critical_level) == (None, None)
    assert stored.warning_level == 7
    names = await risk.execute("{ alertAssignees { username } }")
    assert [u["username"] for u in names["data"]["alertAssignees"]] == [
        "risk-checker",
        "riskofficer",
    ]
    refused = await pm.execute("{ alertAssignees { username } }")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


RULE_CREATE = """mutation($i: RiskRuleCreateInput!) { riskRuleCreate(input: $i) {
  riskRule { id } errors { field code } } }"""
RULE_DELETE = """mutation($id: ID!, $v: Int!) { riskRuleDelete(id: $id, expectedVersion: $v) {
  deletedId errors { field code } } }"""


def _rule(**changes: Any) -> dict[str, Any]:
    return {
        "code": "DEPOSIT_OVERDUE",
        "nameZh": "测试规则",
        "nameEn": "Test rule",
        "metric": "COMPLAINT_COUNT",
        "condition": "ABOVE",
        "scope": "FAMILY",
        "family": "DEPOSIT",
        "warningLevel": "5",
        **changes,
    }


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"metric": "OVERDUE_RATIO"}, [("metric", "METRIC_ONLY_FOR_LOANS")]),
        ({"criticalLevel": "4"}, [("criticalLevel", "RULE_LEVELS_OUT_OF_ORDER")]),
        ({"normalHigh": "6"}, [("normalHigh", "RULE_LEVELS_OUT_OF_ORDER")]),
        ({"autoAction": "SUSPEND_SALES"}, [("autoAction", "AUTO_ACTION_NEEDS_CRITICAL_LEVEL")]),
    ],
)
async def test_a_refused_rule_names_its_business_reason(
    gql: GraphQLClient, changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    # given a risk officer
    _, risk = await staff(gql)
    before = await models.RiskRule.all().count()
    # when the rule breaks a business rule
    result = (await risk.execute(RULE_CREATE, {"i": _rule(**changes)}))["data"]["riskRuleCreate"]
    # then the error says which, and nothing is written
    assert [(e["field"], e["code"]) for e in result["errors"]] == expected
    assert await models.RiskRule.all().count() == before


async def test_a_rule_that_raised_alerts_is_disabled_not_deleted(gql: GraphQLClient) -> None:
    # given the NPL rule has raised an alert
    risk, _, _ = await _warning_alert(gql)
    rule = await models.RiskRule.get(code="LOAN_NPL_RATIO")
    # when it is deleted
    result = (
        await risk.execute(RULE_DELETE, {"id": _gid("RiskRule", rule.id), "v": rule.version})
    )["data"]["riskRuleDelete"]
    # then it is refused with its reason and stays
    assert result == {"deletedId": None, "errors": [{"field": "id", "code": "RULE_HAS_ALERTS"}]}
    assert await models.RiskRule.filter(id=rule.id).exists()
    # while a (disabled) rule that never raised one is deleted
    created = (await risk.execute(RULE_CREATE, {"i": _rule(enabled=False)}))["data"][
        "riskRuleCreate"
    ]
    gone = (await risk.execute(RULE_DELETE, {"id": created["riskRule"]["id"], "v": 1}))["data"][
        "riskRuleDelete"
    ]
    assert gone == {"deletedId": created["riskRule"]["id"], "errors": []}


async def test_the_system_never_overwrites_what_a_person_did_to_an_alert_meanwhile(
    gql: GraphQLClient,
) -> None:
    # given an open alert the evaluation read, then a risk officer resolved by hand
    risk, alert, _ = await _warning_alert(gql)
    read_by_the_system = await models.Alert.get(id=pk_of(alert["id"], "Alert"))
    body = await risk.execute(RESOLVE, {"id": alert["id"], "v": alert["version"], "n": "已核实"})
    assert body["data"]["alertResolve"]["errors"] == []
    # when the system's auto-resolve of its stale copy lands
    outcome = evaluation.Outcome()
    await evaluation.system_resolve(read_by_the_system, note="Back to normal", outcome=outcome)
    # then nothing is written: the person's resolution and note stand, no AUTO_RESOLVED entry
    stored = await models.Alert.get(id=read_by_the_system.id)
    assert (stored.resolution_note, stored.auto_resolved) == ("已核实", False)
    assert outcome.resolved == 0
    kinds = await models.AlertEvent.filter(alert_id=stored.id).values_list("kind", flat=True)
    assert "AUTO_RESOLVED" not in kinds
