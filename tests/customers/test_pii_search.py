"""Exact search by phone or ID number (#11 item 2): permitted, explained, audited, limited."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import pytest

from backend.actor import Actor
from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.customers import pii
from backend.domains.customers import service as customer_service
from backend.domains.monitoring import models as monitoring_models
from tests.customers.test_customers_api import valid_id
from tests.factories import GraphQLClient, client_for

CUSTOMERS = """
query C($filter: CustomerFilter) { customers(filter: $filter) { totalCount } }
"""
EXPORT = """
mutation E($filter: CustomerFilter) { customerExport(filter: $filter) {
  count file { contentBase64 } errors { field code } } }
"""
PHONE = "15812349127"
REASON = "客户来电核实身份"


@pytest.fixture
def limit_of_three() -> Iterator[None]:
    """Three exact searches per user and hour (the setting BANKPM_PII_SEARCH_PER_HOUR)."""
    before = pii._search_limit
    pii._search_limit = 3
    yield
    pii._search_limit = before


async def _customer() -> None:
    await customer_service.create_customer(
        data={
            "external_id": "E1",
            "customer_no": "600000001",
            "name": "张三",
            "customer_type": "INDIVIDUAL",
            "id_number": valid_id(1),
            "phone": PHONE,
        },
        actor=Actor.system("tests"),
    )


def _code(body: dict[str, Any]) -> str:
    return str(body["errors"][0]["extensions"]["code"])


async def test_a_reader_without_read_pii_cannot_search_by_phone_or_id_number(
    gql: GraphQLClient,
) -> None:
    # given a customer and a marketing user (customer:read, no customer:read_pii)
    await _customer()
    marketing = await client_for(gql, Role.MARKETING)
    # when guessing a masked phone's digits through the filter, list or export
    by_phone = await marketing.execute(CUSTOMERS, {"filter": {"phone": PHONE, "reason": REASON}})
    by_id = await marketing.execute(CUSTOMERS, {"filter": {"idNumber": valid_id(1)}})
    export = (await marketing.execute(EXPORT, {"filter": {"phone": PHONE}}))["data"]
    # then no count comes back, only FORBIDDEN
    assert _code(by_phone) == "FORBIDDEN" and by_phone["data"] is None
    assert _code(by_id) == "FORBIDDEN"
    assert export["customerExport"]["errors"][0]["code"] == "FORBIDDEN"
    assert export["customerExport"]["count"] == 0
    # and a plain list still works for them
    assert (await marketing.execute(CUSTOMERS))["data"]["customers"]["totalCount"] == 1


async def test_a_search_by_personal_data_needs_a_reason_and_is_audited_masked(
    gql: GraphQLClient,
) -> None:
    # given
    await _customer()
    sales = await client_for(gql, Role.SALES)
    # when searching without a reason, then with one
    refused = await sales.execute(CUSTOMERS, {"filter": {"phone": PHONE}})
    found = await sales.execute(CUSTOMERS, {"filter": {"phone": PHONE, "reason": REASON}})
    # then the first is refused and the second answers and is on the record, masked
    assert _code(refused) == "PII_SEARCH_REASON_REQUIRED"
    assert found["data"]["customers"]["totalCount"] == 1
    events = await audit_models.AuditEvent.filter(action="customer.piiSearch")
    assert len(events) == 1
    event = events[0]
    assert event.actor_name == "sales" and event.outcome == "SUCCESS"
    assert event.after["searched"] == {"phone": "158****9127"}
    assert event.after["reason"] == REASON and event.after["through"] == "customers"
    assert PHONE not in str(event.after)


async def test_past_the_hourly_limit_searches_are_refused_and_raise_an_access_alert(
    gql: GraphQLClient, limit_of_three: None
) -> None:
    # given a limit of three exact searches per hour
    await _customer()
    sales = await client_for(gql, Role.SALES)
    # when guessing the last digits of a masked phone, as an attacker would
    answers = []
    for guess in range(6):
        phone = f"1581234{9125 + guess:04d}"[-11:]
        answers.append(
            await sales.execute(CUSTOMERS, {"filter": {"phone": phone, "reason": REASON}})
        )
    # then three answer and the rest are refused without a count
    assert [a.get("data") is not None for a in answers] == [True] * 3 + [False] * 3
    assert {_code(a) for a in answers[3:]} == {"PII_SEARCH_LIMIT_REACHED"}
    # the export is limited too (the same root)
    export = (await sales.execute(EXPORT, {"filter": {"phone": PHONE, "reason": REASON}}))["data"]
    assert export["customerExport"]["errors"][0]["code"] == "PII_SEARCH_LIMIT_REACHED"
    # the allowed searches are audited, the refused ones are recorded as refusals
    outcomes = await audit_models.AuditEvent.filter(action="customer.piiSearch").values_list(
        "outcome", flat=True
    )
    assert outcomes == ["SUCCESS"] * 3
    refusals = await audit_models.AuditEvent.filter(action="access.refuse")
    assert [r.after["refused"][0]["code"] for r in refusals] == ["PII_SEARCH_LIMIT_REACHED"] * 3
    assert await audit_models.AuditEvent.filter(
        action="customer.export", outcome="FAILURE"
    ).exists()
    # and one access alert names the user
    alerts = await monitoring_models.Alert.filter(metric="PII_SEARCHES")
    assert len(alerts) == 1
    assert alerts[0].subject_name == "sales" and alerts[0].access_rule_id is not None
    rule = await monitoring_models.AccessRule.get(id=alerts[0].access_rule_id)
    assert rule.code == "PII_SEARCH_LIMIT" and rule.threshold == 3


async def test_an_export_by_phone_audits_the_filter_masked(gql: GraphQLClient) -> None:
    # given
    await _customer()
    sales = await client_for(gql, Role.SALES)
    # when
    body = await sales.execute(EXPORT, {"filter": {"phone": PHONE, "reason": REASON}})
    # then the file holds the customer and the export's audit shows the filter masked
    payload = body["data"]["customerExport"]
    assert payload["count"] == 1 and payload["errors"] == []
    assert "158****9127" in base64.b64decode(payload["file"]["contentBase64"]).decode("utf-8")
    event = await audit_models.AuditEvent.get(action="customer.export")
    assert event.after["filter"]["phone"] == "158****9127"
    assert PHONE not in str(event.after)
