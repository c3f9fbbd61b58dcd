"""Helpers for tests against real servers: GraphQL over HTTP and graphql-transport-ws."""

from __future__ import annotations

import json
import time
from decimal import ROUND_UP, Decimal
from typing import Any

import httpx
from websockets.sync.client import ClientConnection, connect

PROTOCOL = "graphql-transport-ws"

RISK_ALERTS = """
subscription($filter: RiskAlertFilter) {
  riskAlerts(filter: $filter) {
    change at
    alert { id severity status ruleCode productCode productName value family version }
  }
}
"""


def gql(base: str, query: str, variables: dict[str, Any] | None = None, token: str = "") -> Any:
    """Run one operation over HTTP and return ``data`` (asserting no top-level errors)."""
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(
        f"{base}/graphql",
        json={"query": query, "variables": variables or {}},
        headers=headers,
        timeout=30,
    )
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


def sign_in(base: str, username: str) -> str:
    """A demo user's session token."""
    data = gql(
        base,
        'mutation($u: String!) { login(username: $u, password: "bankpm-demo") { token } }',
        {"u": username},
    )
    token: str = data["login"]["token"]
    return token


class AlertStream:
    """A riskAlerts subscription on a real server."""

    def __init__(
        self,
        base: str,
        token: str,
        filter: dict[str, Any] | None = None,
        locale: str | None = None,
    ) -> None:
        url = base.replace("http://", "ws://") + "/graphql"
        self.ws: ClientConnection = connect(url, subprotocols=[PROTOCOL])  # type: ignore[list-item]
        self.ws.send(
            json.dumps(
                {
                    "type": "connection_init",
                    "payload": {"authorization": f"Bearer {token}", "locale": locale},
                }
            )
        )
        ack = json.loads(self.ws.recv(timeout=10))
        assert ack["type"] == "connection_ack", ack
        self.ws.send(
            json.dumps(
                {
                    "type": "subscribe",
                    "id": "alerts",
                    "payload": {"query": RISK_ALERTS, "variables": {"filter": filter}},
                }
            )
        )

    def next(self, timeout: float = 15) -> dict[str, Any]:
        """The next message of the subscription (an event, or an error message)."""
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if message["type"] == "ping":
                self.ws.send(json.dumps({"type": "pong"}))
                continue
            result: dict[str, Any] = message
            return result

    def events(self, quiet: float = 2.0) -> list[dict[str, Any]]:
        """Every event that arrives until the stream has been quiet for ``quiet`` seconds."""
        out = []
        while True:
            try:
                message = self.next(timeout=quiet)
            except TimeoutError:
                return out
            assert message["type"] == "next", message
            out.append(message["payload"]["data"]["riskAlerts"])

    def close(self) -> None:
        """Close the connection."""
        self.ws.close()


_FOUND: dict[tuple[str, str], str] = {}


def find_normal_loan(base: str, token: str, product_code: str) -> str:
    """The id of a NORMAL loan holding of a product (paging through customers); tests put
    the loan back to NORMAL when they are done, so the answer is remembered per server."""
    if (base, product_code) in _FOUND:
        return _FOUND[(base, product_code)]
    after = None
    for _ in range(40):
        data = gql(
            base,
            """query($after: String) { customers(first: 100, after: $after) {
              pageInfo { hasNextPage endCursor }
              edges { node { holdings { id classification product { code } } } } } }""",
            {"after": after},
            token,
        )
        for edge in data["customers"]["edges"]:
            for h in edge["node"]["holdings"]:
                if h["product"]["code"] == product_code and h["classification"] == "NORMAL":
                    holding_id: str = h["id"]
                    return holding_id
        if not data["customers"]["pageInfo"]["hasNextPage"]:
            break
        after = data["customers"]["pageInfo"]["endCursor"]
    raise AssertionError(f"no NORMAL loan of {product_code}")


def product_id(base: str, token: str, code: str) -> str:
    """A product's global id by code."""
    data = gql(base, "query($c: String!) { productByCode(code: $c) { id } }", {"c": code}, token)
    found: str = data["productByCode"]["id"]
    return found


def current_npl(base: str, token: str, product: str) -> Decimal:
    """The product's NPL ratio today (0 when nothing is computed yet)."""
    points = gql(
        base,
        "query($p: ID) { metricSeries(metric: NPL_RATIO, productId: $p) { points { value } } }",
        {"p": product},
        token,
    )["metricSeries"]["points"]
    return Decimal(points[-1]["value"]) if points else Decimal(0)


def watch_rule(base: str, token: str, code: str, product: str, critical: bool = False) -> None:
    """A product-scoped NPL rule just above the product's NPL now, so that one more bad loan
    breaches it (WARNING, or CRITICAL) and putting that loan back clears it, whatever other
    tests left in the shared demo book."""
    level = current_npl(base, token, product).quantize(Decimal("0.0001"), ROUND_UP)
    warning = level + Decimal("0.0001")
    data = gql(
        base,
        """mutation($input: RiskRuleCreateInput!) { riskRuleCreate(input: $input) {
          errors { field message } } }""",
        {
            "input": {
                "code": code,
                "nameZh": "测试规则",
                "nameEn": "Test rule",
                "metric": "NPL_RATIO",
                "condition": "ABOVE",
                "scope": "PRODUCT",
                "productId": product,
                "normalHigh": str(level),
                "warningLevel": str(warning),
                "criticalLevel": str(warning + Decimal("0.0001")) if critical else "100",
            }
        },
        token,
    )
    assert data["riskRuleCreate"]["errors"] == [], data


def reclassify(base: str, token: str, holding: str, classification: str) -> None:
    """Reclassify a loan through the API."""
    data = gql(
        base,
        """mutation($input: HoldingReclassifyInput!) { holdingReclassify(input: $input) {
          errors { field message } } }""",
        {
            "input": {
                "holdingId": holding,
                "classification": classification,
                "daysPastDue": 0 if classification == "NORMAL" else 95,
                "reason": "测试",
            }
        },
        token,
    )
    assert data["holdingReclassify"]["errors"] == [], data
