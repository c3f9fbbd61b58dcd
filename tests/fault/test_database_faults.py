"""Database sessions killed mid-request and a PostgreSQL restart under load leave nothing
partial: every write is whole or absent, the audit chain verifies, the API answers again
within RECOVERY_SECONDS without a restart of its own."""

from __future__ import annotations

import base64
import threading
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest

from backend.kernel import clock
from tests.fault.conftest import FaultServer, csv_b64, kill_during

pytestmark = [pytest.mark.fault, pytest.mark.live]

IMPORT = """
mutation($input: CustomerImportInput!) {
  customerImport(input: $input) { result { inserted committed } errors { code } }
}
"""
INGEST_TX = """
mutation($txs: [TransactionIngestInput!]!) {
  transactionIngest(transactions: $txs) { result { inserted committed } errors { code } }
}
"""
INGEST_METRICS = """
mutation($items: [MetricValueInput!]!) {
  metricIngest(items: $items) { accepted errors { code } }
}
"""
EVALUATE = "mutation { monitoringEvaluate { raised errors { code } } }"
FEEDBACK = """
mutation($input: FeedbackCreateInput!) {
  feedbackCreate(input: $input) { feedback { id } errors { code } }
}
"""
API_KEY = """
mutation { apiKeyCreate(input: {name: "core banking", scopes: [INGEST_WRITE]})
  { secret errors { code } } }
"""


def _id_number(n: int) -> str:
    """A valid 18-digit resident ID (check digit per GB 11643) for customer n."""
    body = f"110105{1960 + n % 40:04d}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]
    return body + check


def _customers_file(prefix: str, count: int) -> str:
    header = "external_id,customer_no,name,customer_type,id_type,id_number,phone,annual_income"
    lines = [
        f"{prefix}{n},{prefix}{n:07d},客户{n},INDIVIDUAL,ID_CARD,{_id_number(n)},139{n:08d},250000"
        for n in range(count)
    ]
    return csv_b64([header, *lines])


def _import(server: FaultServer, prefix: str, count: int) -> httpx.Response:
    variables = {
        "input": {
            "kind": "CUSTOMERS",
            "format": "CSV",
            "mode": "ALL_OR_NOTHING",
            "filename": f"{prefix}.csv",
            "contentBase64": _customers_file(prefix, count),
        }
    }
    return server.gql(IMPORT, variables, as_user="ops")


def _committed(response: httpx.Response | None, field: str) -> bool:
    """Whether the response says the write was committed (a broken request did not)."""
    if response is None or response.status_code != 200:
        return False
    body = response.json()
    payload = (body.get("data") or {}).get(field) or {}
    return bool((payload.get("result") or {}).get("committed"))


def _codes(response: httpx.Response | None) -> list[str]:
    """The top-level error codes of a response (a cut request answers a retryable one)."""
    if response is None:
        return []
    return [e["extensions"]["code"] for e in response.json().get("errors") or []]


def _chain_verifies(server: FaultServer) -> None:
    ok, output = server.audit_chain_verifies()
    assert ok, output


def test_an_import_cut_mid_transaction_leaves_no_customer_and_the_api_recovers(
    fault_server: FaultServer,
) -> None:
    # given a file of 1,500 customers, imported all or nothing
    server, count = fault_server, 1500
    # when the database sessions are killed while the import is writing
    response, killed = kill_during(server, lambda: _import(server, "KILL", count))
    # then the import was cut, and left not a single customer behind
    assert killed >= 1
    assert not _committed(response, "customerImport")
    assert _codes(response) == ["SERVICE_UNAVAILABLE"], response.text if response else None
    stored = server.scalar("SELECT count(*) FROM customers_customer WHERE external_id LIKE 'KILL%'")
    assert stored == 0
    # and the API answers again, the audit chain verifies, and the same file imports whole
    server.recovers()
    _chain_verifies(server)
    again = _import(server, "KILL", count)
    assert _committed(again, "customerImport"), again.text
    assert (
        server.scalar("SELECT count(*) FROM customers_customer WHERE external_id LIKE 'KILL%'")
        == count
    )
    audited = server.scalar(
        "SELECT count(*) FROM audit_event WHERE action = 'import.customers' AND outcome = 'SUCCESS'"
    )
    assert audited >= 1


def test_a_batch_of_transactions_cut_mid_write_is_whole_or_absent(
    fault_server: FaultServer,
) -> None:
    # given a core-banking key and 4,000 transactions on demo holdings
    server = fault_server
    secret = server.gql(API_KEY).json()["data"]["apiKeyCreate"]["secret"]
    holdings = server.rows(
        "SELECT c.external_id, h.external_id, p.code, h.currency FROM customers_holding h "
        "JOIN customers_customer c ON c.id = h.customer_id "
        "JOIN products_product p ON p.id = h.product_id ORDER BY h.id LIMIT 20"
    )
    moment = clock.now().replace(microsecond=0).isoformat()
    txs = [
        {
            "externalId": f"FAULT-TX-{n}",
            "customerExternalId": h[0],
            "holdingExternalId": h[1],
            "productCode": h[2],
            "channel": "MOBILE_BANKING",
            "type": "DEPOSIT",
            "amount": str(Decimal("100.00") + n),
            "currency": h[3],
            "occurredAt": moment,
        }
        for n, h in ((n, holdings[n % len(holdings)]) for n in range(4000))
    ]
    # when the sessions are killed during the write, twice
    response, killed = kill_during(
        server, lambda: server.gql(INGEST_TX, {"txs": txs}, bearer=secret), repeat=2
    )
    # then the batch is all there or not there at all
    assert killed >= 1
    stored = server.scalar(
        "SELECT count(*) FROM customers_transaction WHERE external_id LIKE 'FAULT-TX-%'"
    )
    assert not _committed(response, "transactionIngest")
    assert _codes(response) == ["SERVICE_UNAVAILABLE"], response.text if response else None
    assert stored == 0
    server.recovers()
    _chain_verifies(server)
    # and re-sending the batch (as a core system would) completes it exactly once
    again = server.gql(INGEST_TX, {"txs": txs}, bearer=secret)
    assert again.status_code == 200 and not again.json().get("errors"), again.text
    assert server.scalar(
        "SELECT count(*) FROM customers_transaction WHERE external_id LIKE 'FAULT-TX-%'"
    ) == len(txs)


def test_alerts_cut_while_being_raised_are_whole_and_raised_by_the_next_evaluation(
    fault_server: FaultServer,
) -> None:
    # given low satisfaction pushed for every on-sale product (each breaches SATISFACTION_LOW)
    server = fault_server
    secret = server.gql(API_KEY).json()["data"]["apiKeyCreate"]["secret"]
    codes = [
        r[0]
        for r in server.rows(
            "SELECT code FROM products_product WHERE status = 'ON_SALE' ORDER BY code"
        )
    ]
    today = clock.today().isoformat()
    items = [
        {
            "productCode": code,
            "metric": "SATISFACTION",
            "businessDate": today,
            "numerator": "20",
            "denominator": "10",
        }
        for code in codes
    ]
    # when the sessions are killed again and again while the alerts are raised
    response, killed = kill_during(
        server, lambda: server.gql(INGEST_METRICS, {"items": items}, bearer=secret), repeat=6
    )
    assert killed >= 1, response.text if response is not None else "no response"
    server.recovers()
    # then every alert there is whole: its history and its audit event were written with it
    orphans = server.scalar(
        "SELECT count(*) FROM monitoring_alert a WHERE a.metric = 'SATISFACTION' AND ("
        " NOT EXISTS (SELECT 1 FROM monitoring_alert_event e WHERE e.alert_id = a.id) OR"
        " NOT EXISTS (SELECT 1 FROM audit_event v WHERE v.action = 'alert.raise'"
        "   AND v.object_id = a.id::text))"
    )
    assert orphans == 0
    _chain_verifies(server)
    # and once the values are stored, the next evaluation raises exactly the missing alerts
    stored = server.scalar(
        "SELECT count(DISTINCT product_id) FROM monitoring_metric_value "
        f"WHERE metric = 'SATISFACTION' AND business_date = '{today}'"
    )
    if stored < len(codes):  # the cut came before the values were stored: the system re-sends
        resent = server.gql(INGEST_METRICS, {"items": items}, bearer=secret)
        assert resent.json()["data"]["metricIngest"]["accepted"] == len(items), resent.text
    evaluated = server.gql(EVALUATE, as_user="risk")
    assert not evaluated.json()["data"]["monitoringEvaluate"]["errors"], evaluated.text
    open_alerts = server.scalar(
        "SELECT count(DISTINCT product_id) FROM monitoring_alert "
        "WHERE metric = 'SATISFACTION' AND status <> 'RESOLVED'"
    )
    twice = server.scalar(
        "SELECT count(*) FROM (SELECT product_id FROM monitoring_alert WHERE metric = "
        "'SATISFACTION' AND status <> 'RESOLVED' GROUP BY product_id HAVING count(*) > 1) x"
    )
    assert open_alerts == len(codes) and twice == 0
    _chain_verifies(server)


def test_a_postgresql_restart_under_load_loses_no_acknowledged_write(
    fault_server: FaultServer,
) -> None:
    # given four clients filing feedback as fast as they can
    server = fault_server
    product_id = server.scalar(
        "SELECT id FROM products_product WHERE status = 'ON_SALE' ORDER BY id LIMIT 1"
    )
    acknowledged: list[str] = []
    failures: list[str] = []
    stop = threading.Event()

    def client(n: int) -> None:
        while not stop.is_set():
            try:
                response = server.gql(
                    FEEDBACK,
                    {
                        "input": {
                            "source": "APP",
                            "rating": 4,
                            "text": f"负载 {n}",
                            "productId": _gid("Product", product_id),
                        }
                    },
                    as_user="service",
                    timeout=15,
                )
                if response.status_code != 200:
                    failures.append(f"{response.status_code} {response.text[:200]}")
                    continue
                body: dict[str, Any] = response.json()
                node = ((body.get("data") or {}).get("feedbackCreate") or {}).get("feedback")
                if node:
                    acknowledged.append(node["id"])
                else:
                    failures.append(f"{response.status_code} {response.text[:200]}")
            except (httpx.HTTPError, ValueError) as exc:
                failures.append(repr(exc))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    # when PostgreSQL is stopped at once and started again under that load
    server.cluster.restart()
    restarted = time.monotonic()
    seconds = server.recovers()
    time.sleep(1.0)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    # then the API answered again in time, and writes went on after the restart
    assert seconds <= 5 and time.monotonic() - restarted < 60
    assert acknowledged, failures[:3]
    # and a request the outage refused got a retryable answer, never a server error
    assert not [f for f in failures if f.startswith("5") and not f.startswith("503")], failures[:3]
    # and every acknowledged feedback is stored with its audit event, nothing else is
    ids = ",".join(sorted({_pk(i) for i in acknowledged}))
    stored = server.scalar(f"SELECT count(*) FROM customers_feedback WHERE id IN ({ids})")
    assert stored == len(set(acknowledged))
    unaudited = server.scalar(
        "SELECT count(*) FROM customers_feedback f WHERE NOT EXISTS (SELECT 1 FROM audit_event v"
        " WHERE v.object_type = 'Feedback' AND v.object_id = f.id::text)"
    )
    assert unaudited == 0
    _chain_verifies(server)


def _gid(type_name: str, pk: int) -> str:
    """The Relay global id of a row."""
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


def _pk(global_id: str) -> str:
    """The primary key inside a Relay global id."""
    return base64.b64decode(global_id).decode().rsplit(":", 1)[1]
