"""Benchmark alert delivery: time from the committing mutation to receipt by subscribers.

Starts real servers (one on SQLite; two on PostgreSQL when ``DATABASE_URL`` is set, the
mutation always sent to the first and the subscribers spread over both), opens 1, 100 and
1,000 ``riskAlerts`` subscriptions over graphql-transport-ws, then pushes a complaint count
with ``metricIngest`` that alternately breaches and clears a product rule, so every push
raises or resolves one alert. Latency is measured from just before the mutation is sent to
the moment each subscriber has the event (load generator and servers share the machine).
Usage: ``python -m bench.alerts`` or ``DATABASE_URL=postgres://... python -m bench.alerts``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from websockets.asyncio.client import ClientConnection, connect

from backend.kernel import clock

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = "LN-MTG-FIRST"
RULE = "BENCH_COMPLAINTS"
SUBSCRIBE = (
    "subscription { riskAlerts(filter: { families: [LOAN] }) "
    "{ change alert { id ruleCode version } } }"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(env: dict[str, str], log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "serve"],
        env={**env, "PORT": str(port), "HOST": "127.0.0.1"},
        cwd=ROOT,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not start: {log.read_text()[-2000:]}")


def _gql(base: str, query: str, variables: dict[str, Any], token: str = "") -> Any:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    body = httpx.post(
        f"{base}/graphql",
        json={"query": query, "variables": variables},
        headers=headers,
        timeout=60,
    ).json()
    if "errors" in body:
        raise RuntimeError(body["errors"])
    return body["data"]


def _prepare(base: str) -> tuple[str, str]:
    """Sign in, create the benchmark rule and an ingest key; returns (session, key)."""
    login = 'mutation($u: String!) { login(username: $u, password: "bankpm-demo") { token } }'
    risk = _gql(base, login, {"u": "risk"})["login"]["token"]
    admin = _gql(base, login, {"u": "admin"})["login"]["token"]
    product = _gql(
        base, "query($c: String!) { productByCode(code: $c) { id } }", {"c": PRODUCT}, risk
    )["productByCode"]["id"]
    created = _gql(
        base,
        "mutation($i: RiskRuleCreateInput!) { riskRuleCreate(input: $i) { errors { message } } }",
        {
            "i": {
                "code": RULE,
                "nameZh": "压测投诉",
                "nameEn": "Bench complaints",
                "metric": "COMPLAINT_COUNT",
                "condition": "ABOVE",
                "scope": "PRODUCT",
                "productId": product,
                "warningLevel": "10",
                "criticalLevel": "20",
            }
        },
        risk,
    )
    assert created["riskRuleCreate"]["errors"] == [], created
    key = _gql(
        base,
        'mutation { apiKeyCreate(input: {name: "bench", scopes: [INGEST_WRITE]}) { secret } }',
        {},
        admin,
    )["apiKeyCreate"]["secret"]
    return risk, key


async def _subscriber(
    url: str, token: str, ready: asyncio.Event, counter: list[int], received: dict[str, list[float]]
) -> ClientConnection:
    ws = await connect(url, subprotocols=["graphql-transport-ws"], max_queue=None)  # type: ignore[list-item]
    await ws.send(
        json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
    )
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    await ws.send(json.dumps({"type": "subscribe", "id": "1", "payload": {"query": SUBSCRIBE}}))

    async def listen() -> None:
        async for raw in ws:
            message = json.loads(raw)
            if message.get("type") != "next":
                continue
            event = message["payload"]["data"]["riskAlerts"]
            if event["alert"]["ruleCode"] == RULE:
                alert = event["alert"]
                received.setdefault(f"{alert['id']}:{alert['version']}", []).append(
                    time.perf_counter()
                )

    asyncio.get_running_loop().create_task(listen())
    counter[0] += 1
    if counter[0] >= counter[1]:
        ready.set()
    return ws


async def _measure(
    bases: list[str], token: str, key: str, subscribers: int, events: int
) -> tuple[list[float], float]:
    """Latencies (ms) of every subscriber for every event, and the share of events delivered."""
    received: dict[str, list[float]] = {}
    ready = asyncio.Event()
    counter = [0, subscribers]
    sockets = []
    for i in range(subscribers):
        url = bases[i % len(bases)].replace("http://", "ws://") + "/graphql"
        sockets.append(await _subscriber(url, token, ready, counter, received))
    await ready.wait()
    await asyncio.sleep(1.0)
    latencies: list[float] = []
    delivered = 0
    day = (clock.today() - timedelta(days=1)).isoformat()
    mutation = (
        'mutation($v: Decimal!, $d: Date!) { metricIngest(items: [{productCode: "'
        + PRODUCT
        + '", metric: COMPLAINT_COUNT, businessDate: $d, value: $v}]) { accepted errors '
        "{ message } } }"
    )
    async with httpx.AsyncClient(
        base_url=bases[0], headers={"authorization": f"Bearer {key}"}, timeout=60
    ) as client:
        for n in range(events):
            value = "30" if n % 2 == 0 else "0"
            before = set(received)
            started = time.perf_counter()
            response = await client.post(
                "/graphql", json={"query": mutation, "variables": {"v": value, "d": day}}
            )
            assert response.json()["data"]["metricIngest"]["errors"] == [], response.text
            deadline = time.perf_counter() + 10
            while time.perf_counter() < deadline:
                fresh = [v for v in received if v not in before]
                if fresh and len(received[fresh[0]]) >= subscribers:
                    break
                await asyncio.sleep(0.002)
            fresh = [v for v in received if v not in before]
            if fresh:
                times = received[fresh[0]]
                delivered += len(times)
                latencies.extend((t - started) * 1000 for t in times)
    for ws in sockets:
        await ws.close()
    return latencies, delivered / (subscribers * events)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=40)
    parser.add_argument("--subscribers", default="1,100,1000")
    args = parser.parse_args()
    pg_url = os.environ.get("DATABASE_URL", "")
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "BANKPM_DATA_DIR": tmp,
            "BANKPM_ENV": "development",
            "BANKPM_SCHEDULER": "off",
            "BANKPM_DEMO_CUSTOMERS": "300",
            "BANKPM_LOG_LEVEL": "WARNING",
        }
        if not pg_url:
            env.pop("DATABASE_URL", None)
        for step in (["migrate"], ["demo-data"]):
            subprocess.run(
                [sys.executable, "-m", "backend.cli", *step],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
        instances = 2 if pg_url else 1
        servers = [_serve(env, Path(tmp) / f"server{i}.log") for i in range(instances)]
        bases = [base for _, base in servers]
        try:
            token, key = _prepare(bases[0])
            database = "PostgreSQL 15" if pg_url else "SQLite"
            print(f"\n{database}, {instances} instance(s), {args.events} events per row\n")
            print("| subscribers | delivered | p50 | p99 | max |")
            print("|---|---|---|---|---|")
            for n in (int(x) for x in args.subscribers.split(",")):
                latencies, share = asyncio.run(_measure(bases, token, key, n, args.events))
                print(
                    f"| {n:,} | {share:.1%} | {statistics.median(latencies):.1f} ms "
                    f"| {_pct(latencies, 0.99):.1f} ms | {max(latencies):.1f} ms |"
                )
        finally:
            for proc, _ in servers:
                proc.terminate()
                proc.wait(timeout=10)


if __name__ == "__main__":
    main()
