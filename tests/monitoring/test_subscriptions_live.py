"""The riskAlerts subscription on real servers: delivery after commit, filters,
authorisation, catch-up after a reconnect, and delivery across two instances on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from backend.kernel import clock
from tests.conftest import start_server, stop_server
from tests.monitoring.live_client import (
    AlertStream,
    find_normal_loan,
    gql,
    product_id,
    reclassify,
    sign_in,
    watch_rule,
)

pytestmark = pytest.mark.live

#: Demo loan products used here (each test uses its own so they don't interfere).
MORTGAGE = "LN-MTG-FIRST"
AUTO = "LN-WC-SME"


def test_signed_in_risk_officer_receives_raised_and_resolved_events(live_server: str) -> None:
    # given a rule that one bad loan of the product breaches, and an open subscription
    token = sign_in(live_server, "risk")
    product = product_id(live_server, token, MORTGAGE)
    watch_rule(live_server, token, "LIVE_MTG", product)
    holding = find_normal_loan(live_server, token, MORTGAGE)
    stream = AlertStream(live_server, token, {"productIds": [product]}, locale="zh-CN")
    try:
        # when a loan is reclassified through the API
        reclassify(live_server, token, holding, "LOSS")
        # then the subscriber hears of the raised alert
        raised = [e for e in stream.events() if e["alert"]["ruleCode"] == "LIVE_MTG"]
        assert [e["change"] for e in raised] == ["RAISED"]
        assert raised[0]["alert"]["productCode"] == MORTGAGE
        assert raised[0]["alert"]["severity"] == "WARNING"
        # in the language asked for in connection_init (the default would be English)
        chinese = gql(
            live_server,
            "query($c: String!) { productByCode(code: $c) { nameZh } }",
            {"c": MORTGAGE},
            token,
        )["productByCode"]["nameZh"]
        assert raised[0]["alert"]["productName"] == chinese
        # and when it is back to normal, of its resolution
        reclassify(live_server, token, holding, "NORMAL")
        resolved = [e for e in stream.events() if e["alert"]["ruleCode"] == "LIVE_MTG"]
        assert [(e["change"], e["alert"]["status"]) for e in resolved] == [("RESOLVED", "RESOLVED")]
    finally:
        stream.close()


def test_filters_pick_severity_and_products(live_server: str) -> None:
    token = sign_in(live_server, "risk")
    product = product_id(live_server, token, AUTO)
    other = product_id(live_server, token, MORTGAGE)
    watch_rule(live_server, token, "LIVE_AUTO", product)  # breach → WARNING
    holding = find_normal_loan(live_server, token, AUTO)
    critical_only = AlertStream(live_server, token, {"minSeverity": "CRITICAL"})
    other_product = AlertStream(live_server, token, {"productIds": [other]})
    loans_family = AlertStream(live_server, token, {"families": ["LOAN"]})
    try:
        reclassify(live_server, token, holding, "LOSS")
        seen = [e for e in loans_family.events() if e["alert"]["ruleCode"] == "LIVE_AUTO"]
        assert [e["change"] for e in seen] == ["RAISED"]
        assert [
            e for e in critical_only.events(quiet=0.5) if e["alert"]["ruleCode"] == "LIVE_AUTO"
        ] == []
        assert [
            e for e in other_product.events(quiet=0.5) if e["alert"]["productCode"] == AUTO
        ] == []
    finally:
        reclassify(live_server, token, holding, "NORMAL")
        for stream in (critical_only, other_product, loans_family):
            stream.close()


def test_a_user_without_the_permission_gets_an_error_and_nothing_else(live_server: str) -> None:
    token = sign_in(live_server, "marketing")
    stream = AlertStream(live_server, token)
    try:
        message = stream.next()
        assert message["type"] == "error"
        assert message["payload"][0]["extensions"]["code"] == "FORBIDDEN"
    finally:
        stream.close()


def _api_key(base: str, admin: str, scopes: list[str]) -> str:
    data = gql(
        base,
        """mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) {
          secret errors { message } } }""",
        {
            "input": {
                "name": f"tool-{'-'.join(scopes)}-{clock.now().timestamp()}",
                "scopes": scopes,
            }
        },
        admin,
    )
    secret: str = data["apiKeyCreate"]["secret"]
    return secret


def test_an_api_key_needs_the_alerts_subscribe_scope(live_server: str) -> None:
    admin = sign_in(live_server, "admin")
    risk = sign_in(live_server, "risk")
    listening = AlertStream(live_server, _api_key(live_server, admin, ["ALERTS_SUBSCRIBE"]))
    refused = AlertStream(live_server, _api_key(live_server, admin, ["CATALOG_READ"]))
    try:
        assert refused.next()["type"] == "error"
        # an evaluation run re-publishes nothing unless something changes, so make a change
        product = product_id(live_server, risk, MORTGAGE)
        watch_rule(live_server, risk, "LIVE_KEY", product)
        holding = find_normal_loan(live_server, risk, MORTGAGE)
        reclassify(live_server, risk, holding, "LOSS")
        heard = [e for e in listening.events() if e["alert"]["ruleCode"] == "LIVE_KEY"]
        assert [e["change"] for e in heard] == ["RAISED"]
        reclassify(live_server, risk, holding, "NORMAL")
    finally:
        listening.close()
        refused.close()


CATCH_UP = """query($since: DateTime!) { alerts(since: $since, first: 100) {
  edges { node { id status ruleCode updatedAt } } } }"""


def test_a_client_that_reconnects_catches_up_with_alerts_since(live_server: str) -> None:
    token = sign_in(live_server, "risk")
    product = product_id(live_server, token, AUTO)
    watch_rule(live_server, token, "LIVE_GAP", product)
    holding = find_normal_loan(live_server, token, AUTO)
    stream = AlertStream(live_server, token)
    stream.events(quiet=0.5)
    last_seen = clock.now().isoformat()
    stream.close()
    # while disconnected, an alert is raised
    reclassify(live_server, token, holding, "LOSS")
    # after reconnecting, alerts(since: last seen) returns it
    again = AlertStream(live_server, token)
    try:
        missed = gql(live_server, CATCH_UP, {"since": last_seen}, token)["alerts"]["edges"]
        assert "LIVE_GAP" in [e["node"]["ruleCode"] for e in missed]
        # and the live stream goes on from there
        reclassify(live_server, token, holding, "NORMAL")
        assert "RESOLVED" in [
            e["change"] for e in again.events() if e["alert"]["ruleCode"] == "LIVE_GAP"
        ]
    finally:
        again.close()


@pytest.fixture
def second_server(live_env: dict[str, str], live_server: str) -> Iterator[str]:
    """Another API instance on the same PostgreSQL database."""
    if os.environ.get("BANKPM_TEST_DB", "sqlite") != "postgres":
        pytest.skip("several instances share a PostgreSQL database only")
    proc, base = start_server(live_env, Path(live_env["BANKPM_DATA_DIR"]) / "server2.log")
    yield base
    stop_server(proc)


def test_an_alert_committed_on_one_instance_reaches_subscribers_of_another(
    live_server: str, second_server: str
) -> None:
    token = sign_in(live_server, "risk")
    product = product_id(live_server, token, MORTGAGE)
    watch_rule(live_server, token, "LIVE_TWO", product)
    holding = find_normal_loan(live_server, token, MORTGAGE)
    on_second = AlertStream(second_server, token)
    on_first = AlertStream(live_server, token)
    try:
        reclassify(live_server, token, holding, "LOSS")
        heard = [e for e in on_second.events() if e["alert"]["ruleCode"] == "LIVE_TWO"]
        assert [e["change"] for e in heard] == ["RAISED"]
        # exactly once on the instance that committed it too
        here = [e for e in on_first.events(quiet=0.5) if e["alert"]["ruleCode"] == "LIVE_TWO"]
        assert [e["change"] for e in here] == ["RAISED"]
    finally:
        reclassify(live_server, token, holding, "NORMAL")
        on_second.close()
        on_first.close()
