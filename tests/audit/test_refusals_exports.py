"""Refusals and exports on the record (#11 item 5): every FORBIDDEN answer to a signed-in
caller is audited, bounded per principal and minute; every export with filter and count."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from backend.actor import Actor
from backend.domains.audit import models as audit_models
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import ApiKeyScope, Role
from backend.domains.products.demo import _pdf
from backend.kernel import clock
from backend.settings import Settings
from tests.factories import GraphQLClient, client_for, create_product_via_api

REVEAL = """
mutation Reveal($id: ID!) { customerPiiReveal(id: $id, reason: "核实身份", fields: [PHONE]) {
  phone errors { code } } }
"""
USERS = "query Users { users(first: 5) { totalCount } }"
AUDIT = """
query Audit($filter: AuditEventFilter) { auditEvents(first: 50, filter: $filter) {
  totalCount edges { node { action outcome actorName after } } } }
"""
REFUSAL_COUNTS = """
query RefusalCounts { refusalCounts(first: 10) { edges { node { actorName count minute } } } }
"""
PERFORMANCE_EXPORT = """
query Perf($start: Date!, $end: Date!) {
  productPerformanceExport(start: $start, end: $end, format: CSV) { filename contentBase64 } }
"""
UPLOAD = """
mutation Up($input: ProductDocumentUploadInput!) {
  productDocumentUpload(input: $input) { document { id downloadUrl } errors { code } } }
"""


@pytest.fixture
def start_of_a_minute() -> Iterator[None]:
    """Run the test from the start of a clock minute, so a short flood stays in one minute."""
    from backend.kernel import clock as kernel_clock

    before = kernel_clock._offset
    now = clock.now()
    clock.pin(now.replace(second=0, microsecond=0) + timedelta(minutes=1))
    yield
    kernel_clock._offset = before


async def test_a_refused_pii_reveal_is_audited_with_the_missing_permission(
    gql: GraphQLClient,
) -> None:
    # given a marketing user (no customer:read_pii)
    marketing = await client_for(gql, Role.MARKETING)
    # when they try to reveal a customer's phone
    body = await marketing.execute(REVEAL, {"id": "Q3VzdG9tZXI6MQ=="})
    # then it is refused, and the refusal is in the audit trail
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    event = await audit_models.AuditEvent.get(action="access.refuse")
    assert event.actor_name == "marketing" and event.outcome == "FAILURE"
    assert event.object_id == "Reveal"
    assert event.after["refused"] == [
        {"where": "customerPiiReveal", "code": "FORBIDDEN", "permission": "customer:read_pii"}
    ]


async def test_a_flood_of_refusals_is_chained_up_to_the_limit_and_counted_beyond(
    gql: GraphQLClient, settings: Settings, start_of_a_minute: None
) -> None:
    # given a signed-in user without user:read
    sales = await client_for(gql, Role.SALES)
    limit = settings.audit_refusals_per_minute
    # when they send many more refused requests than the limit within a minute
    for _ in range(limit + 7):
        body = await sales.execute(USERS)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # then the chain holds only the first `limit`, the last saying more are only counted
    events = await audit_models.AuditEvent.filter(action="access.refuse").order_by("sequence")
    assert len(events) == limit
    assert "more_only_counted" in events[-1].after
    counts = await audit_models.RefusalCount.filter(actor_name="sales")
    assert [c.count for c in counts] == [limit + 7]
    # and an auditor reads the full count
    auditor = await client_for(gql, Role.AUDITOR)
    read = (await auditor.execute(REFUSAL_COUNTS))["data"]["refusalCounts"]
    assert [(n["node"]["actorName"], n["node"]["count"]) for n in read["edges"]] == [
        ("sales", limit + 7)
    ]


async def test_an_auditor_finds_refusals_by_action_name(gql: GraphQLClient) -> None:
    # given a refusal
    marketing = await client_for(gql, Role.MARKETING)
    await marketing.execute(USERS)
    # when an auditor filters the audit trail by the action
    auditor = await client_for(gql, Role.AUDITOR)
    found = (await auditor.execute(AUDIT, {"filter": {"action": "access.refuse"}}))["data"]
    # then they see it
    events = found["auditEvents"]["edges"]
    assert [(e["node"]["action"], e["node"]["actorName"]) for e in events] == [
        ("access.refuse", "marketing")
    ]


async def test_anonymous_refusals_write_nothing(gql: GraphQLClient) -> None:
    # when an anonymous caller is refused
    body = await gql.execute(USERS)
    # then nothing is chained (no principal to hold to account; the flood guard is elsewhere)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert not await audit_models.AuditEvent.filter(action="access.refuse").exists()


async def test_a_refused_document_download_is_audited(
    gql: GraphQLClient, http: httpx.AsyncClient
) -> None:
    # given a document and an API key that may read the catalog only (no product:read)
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await create_product_via_api(pm)
    uploaded = await pm.execute(
        UPLOAD,
        {
            "input": {
                "productId": product["id"],
                "kind": "PROSPECTUS",
                "title": "说明书",
                "filename": "a.pdf",
                "contentBase64": base64.b64encode(_pdf("x")).decode(),
            }
        },
    )
    url = uploaded["data"]["productDocumentUpload"]["document"]["downloadUrl"]
    _key, secret = await auth_service.create_api_key(
        name="mobile", scopes=[ApiKeyScope.CATALOG_READ], actor=Actor.system("tests")
    )
    # when the key downloads it
    response = await http.get(url, headers={"authorization": f"Bearer {secret}"})
    # then it is refused and the refusal audited
    assert response.status_code == 403
    event = await audit_models.AuditEvent.get(action="access.refuse")
    assert event.after["through"] == "download"
    assert event.after["refused"][0]["permission"] == "product:read"


async def test_a_performance_export_is_audited_with_its_filter_and_row_count(
    gql: GraphQLClient,
) -> None:
    # given
    analyst = await client_for(gql, Role.ANALYST)
    end = clock.today()
    start = end - timedelta(days=29)
    # when
    body = await analyst.execute(
        PERFORMANCE_EXPORT, {"start": start.isoformat(), "end": end.isoformat()}
    )
    # then the file comes back and the export is on the record
    assert body["data"]["productPerformanceExport"]["filename"].endswith(".csv")
    event = await audit_models.AuditEvent.get(action="productPerformance.export")
    assert event.actor_name == "analyst"
    assert event.after["count"] == 0 and event.after["format"] == "CSV"
    assert event.after["filter"]["start"] == start.isoformat()
