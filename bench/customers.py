"""Benchmark customer data: import of N transactions (rows/s) beside plain COPY of the same
file on PostgreSQL, and customer 360 latency.

Usage: ``python -m bench.customers [--transactions 1000000] [--customers 20000]``; set
DATABASE_URL to a PostgreSQL database to run there (plain COPY is measured only there).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
HEADER = [
    "external_id",
    "customer_external_id",
    "holding_external_id",
    "product_code",
    "channel",
    "type",
    "amount",
    "currency",
    "occurred_at",
    "counterparty_country",
    "merchant_category",
]


def make_file(path: Path, transactions: int, customers: int) -> None:
    """Write a transactions CSV for the demo customers (C0000000…)."""
    rng = random.Random(7)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i in range(transactions):
            c = rng.randrange(customers)
            when = start + timedelta(seconds=rng.randrange(700 * 86400))
            w.writerow(
                [
                    f"B{i:09d}",
                    f"C{c:07d}",
                    "",
                    "DEP-DM-SALARY",
                    rng.choice(["MOBILE_BANKING", "COUNTER", "ATM", "POS"]),
                    rng.choice(["TRANSFER_OUT", "CARD_SPEND", "DEPOSIT"]),
                    f"{rng.randint(10, 50000)}.{rng.randint(0, 99):02d}",
                    "CNY",
                    when.isoformat(),
                    rng.choice(["", "", "", "", "JP"]),
                    "",
                ]
            )


async def run_import(database_url: str, data_dir: str, path: Path) -> tuple[int, float]:
    from backend import db
    from backend.actor import Actor
    from backend.domains.customers import importer, pii
    from backend.settings import load_settings

    settings = load_settings({"DATABASE_URL": database_url, "BANKPM_DATA_DIR": data_dir})
    pii.configure(settings)
    await db.init(settings)
    try:
        started = time.perf_counter()
        result = await importer.import_rows(
            kind="TRANSACTIONS",
            rows=importer.read_rows(path.read_bytes(), "CSV"),
            mode="ALL_OR_NOTHING",
            actor=Actor.system("bench"),
        )
        elapsed = time.perf_counter() - started
        assert result.committed, result.errors[:3]
        return result.inserted, elapsed
    finally:
        await db.close()


async def plain_copy(database_url: str, path: Path) -> float:
    """COPY the same CSV into an unindexed staging table with the same columns (the floor)."""
    import asyncpg

    conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://"))
    try:
        await conn.execute(
            "DROP TABLE IF EXISTS bench_copy; CREATE UNLOGGED TABLE bench_copy ("
            + ", ".join(f"{c} text" for c in HEADER)
            + ")"
        )
        started = time.perf_counter()
        with path.open("rb") as f:
            await conn.copy_to_table("bench_copy", source=f, format="csv", header=True)
        elapsed = time.perf_counter() - started
        await conn.execute("DROP TABLE bench_copy")
        return elapsed
    finally:
        await conn.close()


async def customer_360(base: str, token: str, ids: list[str], requests: int) -> list[float]:
    query = """query C360($id: ID!) { customer(id: $id) { id name idNumber phone age aum riskTolerance
      holdings { family balance classification product { code nameZh } }
      transactions(first: 20) { totalCount edges { node { occurredAt channel type amount } } } } }"""
    out = []
    async with httpx.AsyncClient(
        base_url=base, headers={"authorization": f"Bearer {token}"}, timeout=30
    ) as c:
        for i in range(requests):
            started = time.perf_counter()
            r = await c.post(
                "/graphql", json={"query": query, "variables": {"id": ids[i % len(ids)]}}
            )
            out.append(time.perf_counter() - started)
            assert "errors" not in r.json(), r.text[:200]
    return out


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        database_url = os.environ.get("DATABASE_URL") or f"sqlite://{tmp}/bench.sqlite3"
        kind = database_url.split(":")[0]
        env = {
            **os.environ,
            "BANKPM_DATA_DIR": tmp,
            "DATABASE_URL": database_url,
            "BANKPM_LOG_LEVEL": "WARNING",
            "BANKPM_DEMO_CUSTOMERS": str(args.customers),
        }
        cli = [sys.executable, "-m", "backend.cli"]
        subprocess.run(cli + ["migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
        started = time.perf_counter()
        subprocess.run(cli + ["demo-data"], env=env, cwd=ROOT, check=True, capture_output=True)
        print(
            f"customers bench on {kind}: demo data with {args.customers:,} customers loaded in "
            f"{time.perf_counter() - started:.1f} s"
        )
        path = Path(tmp) / "transactions.csv"
        make_file(path, args.transactions, args.customers)
        size = path.stat().st_size / 1e6
        inserted, elapsed = await run_import(database_url, tmp, path)
        print(
            f"import {inserted:,} transactions ({size:.0f} MB CSV): {elapsed:.1f} s = "
            f"{inserted / elapsed:,.0f} rows/s (validation, references, idempotency, rollups)"
        )
        if kind == "postgres":
            copy_elapsed = await plain_copy(database_url, path)
            print(
                f"plain COPY of the same file into an unindexed text table: {copy_elapsed:.1f} s = "
                f"{args.transactions / copy_elapsed:,.0f} rows/s"
            )
        from bench.run import _free_port

        port = _free_port()
        server = subprocess.Popen(
            cli + ["serve", "--port", str(port)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    if httpx.get(f"{base}/readyz").status_code == 200:
                        break
                except httpx.HTTPError:
                    await asyncio.sleep(0.2)
            token = httpx.post(
                f"{base}/graphql",
                json={
                    "query": 'mutation { login(username: "analyst", '
                    'password: "bankpm-demo") { token } }'
                },
            ).json()["data"]["login"]["token"]
            listing = httpx.post(
                f"{base}/graphql",
                headers={"authorization": f"Bearer {token}"},
                json={"query": "{ customers(first: 100) { edges { node { id } } } }"},
            ).json()
            ids = [e["node"]["id"] for e in listing["data"]["customers"]["edges"]]
            latencies = sorted(await customer_360(base, token, ids, args.requests))
            p = lambda q: latencies[int(q * (len(latencies) - 1))] * 1000  # noqa: E731
            print(
                f"customer 360 (profile, holdings, 20 transactions, AUM), concurrency 1: "
                f"p50 {p(0.5):.1f} ms, p95 {p(0.95):.1f} ms, mean {statistics.mean(latencies) * 1000:.1f} ms"
            )
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--transactions", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=200)
    asyncio.run(main(parser.parse_args()))
