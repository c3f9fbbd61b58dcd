"""Benchmark segment refresh, preview and needs refresh over N customers on PostgreSQL.

Bulk-loads N customers (real AES-GCM encrypted PII), a current account each plus other
holdings for some, and three transactions each with binary COPY, then times the refresh of
every built-in segment, a complex preview and the needs refresh through the services.
Usage: ``DATABASE_URL=postgres://... python -m bench.segments [--customers 1000000]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.now(UTC)


async def load(n: int) -> None:
    """COPY n customers with holdings and transactions."""
    from backend import db
    from backend.domains.customers import pii
    from backend.domains.customers.demo import PLACES, id_number
    from backend.domains.products import models as product_models

    ring = pii.keyring()
    rng = random.Random(11)
    products = dict(await product_models.Product.all().values_list("code", "id"))
    jobs = ["职员", "工程师", "教师", "退休", "企业主", "个体工商户", "医生", "销售"]
    conn = db.connection()
    async with conn.acquire_connection() as raw:
        base = await raw.fetchval("SELECT COALESCE(MAX(id), 0) FROM customers_customer")
        customers, holdings, txs = [], [], []
        for i in range(n):
            cid = base + 1 + i
            born = date(1945 + rng.randint(0, 58), rng.randint(1, 12), rng.randint(1, 28))
            number = id_number(rng, rng.choice(PLACES)[2], born, bool(i % 2))
            customers.append(
                (
                    cid,
                    f"9{i:010d}",
                    f"BULK{i:08d}",
                    f"客户{i}",
                    "CORPORATE" if i % 11 == 0 else "INDIVIDUAL",
                    "MALE" if i % 2 else "FEMALE",
                    born,
                    "ID_CARD",
                    ring.encrypt(number),
                    ring.blind_index("id", number),
                    pii.mask_id(number),
                    rng.choice(jobs),
                    Decimal(rng.choice([60000, 120000, 250000, 600000, 2000000])),
                    rng.choice(PLACES)[0],
                    False,
                    "VERIFIED",
                    rng.choice(["C1", "C2", "C3", "C4", "C5"]),
                    NOW.date() - timedelta(days=100),
                    NOW.date() + timedelta(days=265),
                    NOW,
                    NOW,
                )
            )
            balance = Decimal(rng.choice([3000, 20000, 80000, 500000, 7000000]))
            holdings.append(
                (
                    f"BH{i:08d}-1",
                    cid,
                    products["DEP-DM-SALARY"],
                    "DEPOSIT",
                    NOW.date() - timedelta(days=900),
                    "ACTIVE",
                    balance,
                    balance,
                    "CNY",
                    NOW,
                )
            )
            if i % 4 == 0:
                holdings.append(
                    (
                        f"BH{i:08d}-2",
                        cid,
                        products["CC-STD-GOLD"],
                        "CREDIT_CARD",
                        NOW.date() - timedelta(days=300),
                        "ACTIVE",
                        Decimal(0),
                        Decimal(0),
                        "CNY",
                        NOW,
                    )
                )
            for k in range(3):
                when = NOW - timedelta(days=rng.randint(0, 180), minutes=k)
                txs.append(
                    (
                        f"BT{i:08d}-{k}",
                        cid,
                        products["DEP-DM-SALARY"],
                        rng.choice(["MOBILE_BANKING", "COUNTER", "POS"]),
                        rng.choice(["SALARY", "TRANSFER_OUT", "CARD_SPEND"]),
                        Decimal(rng.randint(100, 20000)),
                        "CNY",
                        when,
                        when.date(),
                        "JP" if rng.random() < 0.05 else None,
                    )
                )
        await raw.copy_records_to_table(
            "customers_customer",
            records=customers,
            columns=[
                "id",
                "customer_no",
                "external_id",
                "name",
                "customer_type",
                "gender",
                "birth_date",
                "id_type",
                "id_number_enc",
                "id_number_index",
                "id_number_masked",
                "occupation",
                "annual_income",
                "province",
                "marketing_consent",
                "kyc_status",
                "risk_tolerance",
                "risk_assessed_on",
                "risk_expires_on",
                "created_at",
                "updated_at",
            ],
        )
        await raw.execute(
            "SELECT setval(pg_get_serial_sequence('customers_customer', 'id'), "
            "(SELECT MAX(id) FROM customers_customer))"
        )
        await raw.copy_records_to_table(
            "customers_holding",
            records=holdings,
            columns=[
                "external_id",
                "customer_id",
                "product_id",
                "family",
                "opened_on",
                "status",
                "principal",
                "balance",
                "currency",
                "updated_at",
            ],
        )
        await raw.copy_records_to_table(
            "customers_transaction",
            records=txs,
            columns=[
                "external_id",
                "customer_id",
                "product_id",
                "channel",
                "type",
                "amount",
                "currency",
                "occurred_at",
                "business_date",
                "counterparty_country",
            ],
        )
        await raw.execute("ANALYZE")


async def main(args: argparse.Namespace) -> None:
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        sys.exit("set DATABASE_URL to an empty PostgreSQL database")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "BANKPM_DATA_DIR": tmp, "BANKPM_DEMO_CUSTOMERS": "200"}
        cli = [sys.executable, "-m", "backend.cli"]
        subprocess.run(cli + ["migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
        subprocess.run(cli + ["demo-data"], env=env, cwd=ROOT, check=True, capture_output=True)
        from backend import db
        from backend.actor import Actor
        from backend.domains.customers import models, needs, pii, segments
        from backend.settings import load_settings

        settings = load_settings({"DATABASE_URL": database_url, "BANKPM_DATA_DIR": tmp})
        pii.configure(settings)
        await db.init(settings)
        try:
            started = time.perf_counter()
            await load(args.customers)
            total = await models.Customer.all().count()
            tx = await models.Transaction.all().count()
            print(
                f"segments bench on postgres: {total:,} customers, {tx:,} transactions "
                f"(bulk-loaded in {time.perf_counter() - started:.1f} s)"
            )
            actor = Actor.system("bench")
            for segment in await models.Segment.filter(built_in=True).order_by("id"):
                started = time.perf_counter()
                refreshed = await segments.refresh_segment(segment_id=segment.id, actor=actor)
                print(
                    f"  refresh {segment.code:<20} {time.perf_counter() - started:6.1f} s  "
                    f"{refreshed.member_count:>9,} members"
                )
            rule = {
                "op": "AND",
                "args": [
                    {"field": "age", "cmp": "BETWEEN", "value": [30, 50]},
                    {
                        "op": "OR",
                        "args": [
                            {"field": "aum", "cmp": "GTE", "value": "500000"},
                            {"field": "tx_count", "cmp": "GTE", "value": 2, "window_days": 90},
                        ],
                    },
                    {
                        "op": "NOT",
                        "args": [{"field": "holds_family", "cmp": "IN", "value": ["CREDIT_CARD"]}],
                    },
                ],
            }
            started = time.perf_counter()
            count = await segments.preview(rule=rule)
            print(
                f"  preview (age AND (aum OR tx_count) AND NOT card) {time.perf_counter() - started:6.1f} s  {count:,}"
            )
            started = time.perf_counter()
            await needs.refresh(actor=actor)
            stored = await models.CustomerNeed.all().count()
            print(
                f"  needs refresh (all rules)  {time.perf_counter() - started:6.1f} s  {stored:,} needs"
            )
        finally:
            await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=1_000_000)
    asyncio.run(main(parser.parse_args()))
