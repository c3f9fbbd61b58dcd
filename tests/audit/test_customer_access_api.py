"""Reads of customer data are on the record: who saw which customer's 360, which customers a
list showed and every customer an export held (batched), readable by auditors only; a user
reading far more customers than usual raises one access alert on the monitoring stream."""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from backend import events
from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.customers import models as customer_models
from backend.domains.monitoring import models as monitoring_models
from backend.graphql_core.types import to_global_id
from backend.kernel import clock
from backend.schema.monitoring.alerts import Alert
from tests.factories import GraphQLClient, client_for, create_user, login

CUSTOMER = "query($id: ID!) { customer(id: $id) { id name } }"
NODE = "query($id: ID!) { node(id: $id) { id } }"
CUSTOMERS = """
query($first: Int) { customers(first: $first) { totalCount edges { node { id } } } }
"""
EXPORT = """
mutation($format: ExportFormat) { customerExport(format: $format) {
  count file { filename contentType contentBase64 } errors { field code message } } }
"""
ACCESSES = """
query($filter: CustomerAccessFilter, $first: Int) {
  customerAccesses(filter: $filter, first: $first) {
    totalCount
    edges { node { actorName customerId customerNo kind through count firstAt lastAt } }
  }
}
"""
ALERTS = """
query { alerts(first: 50) { totalCount edges { node {
  kind severity status value threshold subjectName ruleCode productCode family metric message
  subjectUser { username } accessRule { code threshold windowMinutes }
} } } }
"""


@pytest.fixture
def pinned_hour() -> Iterator[datetime]:
    """The clock at five past ten (Shanghai) today, so every read of a test falls in one hour;
    the suite's own pin is put back afterwards."""
    suite = clock.now() if clock.is_pinned() else None
    started = time.monotonic()
    at = datetime.combine(clock.today(), datetime.min.time(), clock.BUSINESS_TZ) + timedelta(
        hours=10, minutes=5
    )
    clock.pin(at)
    yield at
    clock.unpin()
    if suite is not None:
        clock.pin(suite + timedelta(seconds=time.monotonic() - started))


async def customers(n: int, prefix: str = "A") -> list[int]:
    """n customers (dummy PII columns), their ids in order."""
    await customer_models.Customer.bulk_create(
        [
            customer_models.Customer(
                customer_no=f"{prefix}{i:07d}",
                external_id=f"acc-{prefix}-{i}",
                name=f"客户{prefix}{i}",
                customer_type="INDIVIDUAL",
                id_type="ID_CARD",
                id_number_enc="x",
                id_number_index=f"acc-idx-{prefix}-{i}",
                id_number_masked="110105********1234",
            )
            for i in range(n)
        ]
    )
    return list(
        await customer_models.Customer.filter(customer_no__startswith=prefix)
        .order_by("id")
        .values_list("id", flat=True)
    )


async def client_named(gql: GraphQLClient, role: Role, username: str) -> GraphQLClient:
    """A signed-in client of a new user with this name and role."""
    await create_user(role, username=username)
    return gql.as_token((await login(gql, username))["token"])


def gid(pk: int) -> str:
    return to_global_id("Customer", pk)


async def accesses(client: GraphQLClient, **filter: Any) -> list[dict[str, Any]]:
    body = await client.execute(ACCESSES, {"filter": filter, "first": 100})
    assert "errors" not in body, body
    return [e["node"] for e in body["data"]["customerAccesses"]["edges"]]


def access_writes(caplog: pytest.LogCaptureFixture) -> int:
    """Statements that wrote the access log since the log was cleared."""
    return sum(
        1
        for r in caplog.records
        if r.name == "tortoise.db_client" and "INSERT INTO audit_customer_access" in r.getMessage()
    )


async def test_a_360_view_is_recorded_per_customer_and_a_list_page_costs_one_write(
    gql: GraphQLClient, pinned_hour: datetime, caplog: pytest.LogCaptureFixture
) -> None:
    # given
    rm = await client_for(gql, Role.SALES)
    auditor = await client_for(gql, Role.AUDITOR)
    first, second, third, *_ = await customers(30)
    # when the relationship manager opens one customer twice, another by node, and a list
    for pk in (first, first):
        assert (await rm.execute(CUSTOMER, {"id": gid(pk)}))["data"]["customer"]
    assert (await rm.execute(NODE, {"id": gid(third)}))["data"]["node"]
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="tortoise.db_client"):
        page = await rm.execute(CUSTOMERS, {"first": 25})
    # then the list page wrote the log once for its 25 rows
    assert len(page["data"]["customers"]["edges"]) == 25
    assert access_writes(caplog) == 1
    # and the auditor sees who viewed which customer, when and through what
    [view] = await accesses(auditor, customerId=gid(first), kinds=["VIEW"])
    assert view["kind"] == "VIEW"
    assert view["through"] == "customer"
    assert view["count"] == 2
    assert view["customerNo"] == "A0000000"
    assert view["actorName"].startswith("sales")
    assert datetime.fromisoformat(view["lastAt"]) == pytest.approx(
        clock.now(), abs=timedelta(minutes=1)
    )
    [by_node] = await accesses(auditor, customerId=gid(third), kinds=["VIEW"])
    assert by_node["through"] == "node"
    listed = await accesses(auditor, kinds=["LIST"])
    assert len(listed) == 25
    assert {r["through"] for r in listed} == {"customers"}
    assert await accesses(auditor, customerId=gid(second), kinds=["VIEW"]) == []
    # and the 360 page's needs and recommendations of a customer are views of it too
    await rm.execute(
        "query($id: ID!) { customerNeeds(customerId: $id) { evidence } }", {"id": gid(second)}
    )
    await rm.execute(
        "query($id: ID!) { recommendations(customerId: $id) { score } }", {"id": gid(second)}
    )
    seen = await accesses(auditor, customerNo="A0000001", kinds=["VIEW"])
    assert sorted(r["through"] for r in seen) == ["customerNeeds", "customerRecommendations"]


async def test_an_export_records_every_customer_it_holds_in_one_batched_write(
    gql: GraphQLClient, pinned_hour: datetime, caplog: pytest.LogCaptureFixture
) -> None:
    # given 1,200 customers (more than one INSERT of the log holds)
    rm = await client_for(gql, Role.SALES)
    ids = await customers(1200)
    await customer_models.Customer.filter(id=ids[0]).update(name="=HYPERLINK(1)")
    # when
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="tortoise.db_client"):
        body = await rm.execute(EXPORT, {"format": "CSV"})
    # then the file holds them all, masked
    result = body["data"]["customerExport"]
    assert result["errors"] == [] and result["count"] == 1200
    text = base64.b64decode(result["file"]["contentBase64"]).decode("utf-8-sig")
    assert len(text.strip().splitlines()) == 1201
    assert "110105********1234" in text
    assert ",'=HYPERLINK(1)," in text  # a spreadsheet shows it, never runs it
    # and each customer is on the access log as exported, written in batches of 1,000
    assert access_writes(caplog) == 2
    rows = await audit_models.CustomerAccess.filter(kind="EXPORT").values_list(
        "customer_id", "through"
    )
    assert sorted(r[0] for r in rows) == ids
    assert {r[1] for r in rows} == {"customerExport"}
    # and the export itself is one event of the hash-chained trail
    [event] = await audit_models.AuditEvent.filter(action="customer.export")
    assert event.after["count"] == 1200
    assert event.after["format"] == "CSV"


async def test_reading_more_customers_than_the_rule_allows_raises_one_access_alert(
    gql: GraphQLClient, pinned_hour: datetime
) -> None:
    # given two relationship managers and 260 customers
    heavy = await client_named(gql, Role.SALES, "heavy")
    light = await client_named(gql, Role.SALES, "light")
    risk = await client_for(gql, Role.RISK_OFFICER)
    ids = await customers(260)
    # when one opens 200 different customers (the default rule's threshold) ...
    for pk in ids[:200]:
        await heavy.execute(CUSTOMER, {"id": gid(pk)})
    # then that is still usual
    assert (await risk.execute(ALERTS))["data"]["alerts"]["totalCount"] == 0
    # when the 201st and more follow in the same hour, and the other views 50
    for pk in ids[200:230]:
        await heavy.execute(CUSTOMER, {"id": gid(pk)})
    for pk in ids[:50]:
        await light.execute(CUSTOMER, {"id": gid(pk)})
    # then exactly one alert is raised, for the first user only, on the alert stream
    body = await risk.execute(ALERTS)
    assert "errors" not in body, body
    [alert] = [e["node"] for e in body["data"]["alerts"]["edges"]]
    assert alert["kind"] == "CUSTOMER_ACCESS"
    assert alert["severity"] == "WARNING" and alert["status"] == "OPEN"
    assert alert["value"] == "201.0000"
    assert alert["threshold"] == "200.0000"
    assert alert["subjectName"] == "heavy"
    assert alert["subjectUser"]["username"] == "heavy"
    assert alert["ruleCode"] == "CUSTOMER_ACCESS_VOLUME"
    assert alert["accessRule"] == {
        "code": "CUSTOMER_ACCESS_VOLUME",
        "threshold": 200,
        "windowMinutes": 60,
    }
    assert alert["family"] is None and alert["metric"] is None and alert["productCode"] == ""
    assert "201" in alert["message"] and "60" in alert["message"]
    assert await monitoring_models.Alert.filter(subject_user_id__isnull=False).count() == 1


async def test_an_access_alert_is_worked_like_any_alert(
    gql: GraphQLClient, pinned_hour: datetime
) -> None:
    # given an access alert raised by an export of 250 customers
    rm = await client_for(gql, Role.SALES)
    risk = await client_for(gql, Role.RISK_OFFICER)
    await customers(250)
    assert (await rm.execute(EXPORT, {}))["data"]["customerExport"]["count"] == 250
    [alert] = await monitoring_models.Alert.all()
    # when the risk officer acknowledges and resolves it
    ack = await risk.execute(
        """mutation($id: ID!, $v: Int!) { alertAcknowledge(id: $id, expectedVersion: $v) {
        alert { status version } errors { code } } }""",
        {"id": to_global_id("Alert", alert.id), "v": alert.version},
    )
    # then it moves like a product alert
    assert ack["data"]["alertAcknowledge"]["errors"] == [], ack
    assert ack["data"]["alertAcknowledge"]["alert"]["status"] == "ACKNOWLEDGED"


async def test_the_access_log_is_for_auditors_only(gql: GraphQLClient) -> None:
    # given
    rm = await client_for(gql, Role.SALES)
    # when
    body = await rm.execute(ACCESSES, {})
    # then
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    auditor = await client_for(gql, Role.AUDITOR)
    assert await accesses(auditor) == []


async def test_an_access_rule_is_data_a_risk_officer_can_tighten(
    gql: GraphQLClient, pinned_hour: datetime
) -> None:
    # given the default rule, lowered to 10 customers
    risk = await client_for(gql, Role.RISK_OFFICER)
    rm = await client_for(gql, Role.SALES)
    listed = await risk.execute("query { accessRules { edges { node { id threshold } } } }")
    [rule] = [e["node"] for e in listed["data"]["accessRules"]["edges"]]
    assert rule["threshold"] == 200
    update = """mutation($id: ID!, $input: AccessRuleInput!) { accessRuleUpdate(id: $id, input: $input) {
      accessRule { threshold kinds } errors { field code } } }"""
    bad = await risk.execute(update, {"id": rule["id"], "input": {"criticalThreshold": 5}})
    assert bad["data"]["accessRuleUpdate"]["errors"] == [
        {"field": "criticalThreshold", "code": "INVALID"}
    ]
    done = await risk.execute(
        update, {"id": rule["id"], "input": {"threshold": 10, "kinds": ["VIEW", "LIST"]}}
    )
    assert done["data"]["accessRuleUpdate"]["accessRule"] == {
        "threshold": 10,
        "kinds": ["LIST", "VIEW"],
    }
    ids = await customers(20)
    # when a list page shows 11 customers
    await rm.execute(CUSTOMERS, {"first": 11})
    # then an alert is raised
    assert await monitoring_models.Alert.filter(access_rule_id__isnull=False).count() == 1
    assert len(ids) == 20


async def test_an_access_alert_goes_out_on_the_live_alert_stream(
    gql: GraphQLClient, pinned_hour: datetime
) -> None:
    # given a subscriber of the alert stream
    rm = await client_named(gql, Role.SALES, "exporter")
    await customers(230)
    async with events.subscribe(events.ALERTS) as stream:
        # when an export holds more customers than the rule allows
        await rm.execute(EXPORT, {})
        payload = await asyncio.wait_for(anext(stream), 10)
    # then the subscriber hears of the raised alert, with the user as its subject
    assert payload["change"] == "RAISED"
    assert payload["alert"]["subject_name"] == "exporter"
    assert payload["alert"]["product_id"] is None
    assert payload["alert"]["rule_code"] == "CUSTOMER_ACCESS_VOLUME"
    # and the subscription's type is built from the message alone
    alert = Alert.from_event(payload["alert"])
    assert alert.kind.value == "CUSTOMER_ACCESS"
    assert alert.family is None and alert.metric is None
    assert alert.value == 230
