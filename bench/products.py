"""Benchmark the product list: 100 products with terms, rates, owner and documents.

Fills a fresh database with N products (default 5,000; bulk inserts of realistic rows built
from the demo catalogue), then measures the list query against a real ``bankpm serve`` on
loopback at concurrency 1 and 32, and counts SQL statements per request in-process.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import logging
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import httpx

from bench.run import _free_port, _scenario

ROOT = Path(__file__).resolve().parent.parent

LIST_QUERY = """query ProductList { products(first: 100, filter: {statuses: [ON_SALE]}) {
  totalCount edges { cursor node { id code nameZh family subtype status riskLevel headlineRate
    owner { username displayName } documents { title downloadUrl }
    terms { __typename ... on DepositTerms { rateTiers { rate bands { unit lower upper } } }
            ... on LoanTerms { effectiveRate annualisedRate } ... on WealthTerms { benchmarkMin benchmarkMax } } } } } }"""


async def _fill(database_url: str, data_dir: str, count: int) -> None:
    """Bulk-insert products, their terms, channels and document rows."""
    from backend import db
    from backend.domains.auth import models as auth_models
    from backend.domains.products import benchmarks, demo, models, rules, terms_rules
    from backend.kernel import clock
    from backend.settings import load_settings

    settings = load_settings({"DATABASE_URL": database_url, "BANKPM_DATA_DIR": data_dir})
    await db.init(settings)
    try:
        owner = await auth_models.User.get(username="pm")
        catalogue = demo.catalogue()
        lpr = await benchmarks.lpr_on(clock.today())
        for start in range(0, count, 500):
            products, terms, channels, docs = [], [], [], []
            batch = range(start, min(start + 500, count))
            for i in batch:
                item = copy.deepcopy(catalogue[i % len(catalogue)])
                common, errors = rules.check_common(item["fields"], creating=True)
                family = item["fields"]["family"]
                normalised, term_errors = terms_rules.check_terms(
                    family, item["fields"]["subtype"], item["terms"], lpr=lpr
                )
                assert not errors and not term_errors
                common["code"] = f"{common['code'][:30]}-{i:05d}"
                products.append(
                    models.Product(
                        **common,
                        status="ON_SALE" if i % 5 else "DRAFT",
                        owner_id=owner.id,
                        headline_rate=rules.headline_rate(family, normalised, lpr),
                        version=1,
                    )
                )
                terms.append(normalised)
            created = await models.Product.bulk_create(products)
            if not created or created[0].id is None:
                created = await models.Product.filter(code__in=[p.code for p in products]).order_by(
                    "id"
                )
            for product in created:
                channels += [
                    models.ProductChannel(product_id=product.id, channel=c["channel"])
                    for c in product.channels
                ]
                docs.append(
                    models.ProductDocument(
                        product_id=product.id,
                        kind="PROSPECTUS",
                        title="产品说明书",
                        filename="p.pdf",
                        content_type="application/pdf",
                        size=1000,
                        sha256="0" * 64,
                        version=1,
                    )
                )
            await models.ProductTerms.bulk_create(
                [
                    models.ProductTerms(
                        product_id=p.id,
                        effective_date=date(2026, 1, 1),
                        terms=t,
                        headline_rate=p.headline_rate,
                        reason="bench",
                    )
                    for p, t in zip(created, terms, strict=True)
                ]
            )
            await models.ProductChannel.bulk_create(channels)
            await models.ProductDocument.bulk_create(docs)
    finally:
        await db.close()


async def _statements(database_url: str, data_dir: str) -> tuple[int, int]:
    """SQL statements for one list request of 10 and of 100 products, in-process."""
    from backend import db
    from backend.app import create_app
    from backend.settings import load_settings

    settings = load_settings({"DATABASE_URL": database_url, "BANKPM_DATA_DIR": data_dir})
    await db.init(settings)
    counted: list[logging.LogRecord] = []

    class Counter(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            counted.append(record)

    logger = logging.getLogger("tortoise.db_client")
    handler = Counter(level=logging.DEBUG)
    try:
        app = create_app(settings, manage_db=False)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://b"
        ) as c:
            login = await c.post(
                "/graphql",
                json={
                    "query": 'mutation { login(username: "pm", password: "bankpm-demo") { token } }'
                },
            )
            token = login.json()["data"]["login"]["token"]
            results = []
            for first in (10, 100):
                query = LIST_QUERY.replace("first: 100", f"first: {first}")
                await c.post(
                    "/graphql", json={"query": query}, headers={"authorization": f"Bearer {token}"}
                )
                logger.addHandler(handler)
                logger.setLevel(logging.DEBUG)
                counted.clear()
                await c.post(
                    "/graphql", json={"query": query}, headers={"authorization": f"Bearer {token}"}
                )
                logger.removeHandler(handler)
                results.append(len(counted))
        return results[0], results[1]
    finally:
        await db.close()


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        database_url = os.environ.get("DATABASE_URL") or f"sqlite://{tmp}/bench.sqlite3"
        env = {
            **os.environ,
            "BANKPM_DATA_DIR": tmp,
            "DATABASE_URL": database_url,
            "BANKPM_LOG_LEVEL": "WARNING",
        }
        cli = [sys.executable, "-m", "backend.cli"]
        subprocess.run(cli + ["migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
        subprocess.run(cli + ["demo-data"], env=env, cwd=ROOT, check=True, capture_output=True)
        await _fill(database_url, tmp, args.products)
        ten, hundred = await _statements(database_url, tmp)
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
                    "query": 'mutation { login(username: "pm", password: "bankpm-demo") { token } }'
                },
            ).json()["data"]["login"]["token"]
            kind = database_url.split(":")[0]
            print(
                f"products list, {args.products + 67} products, {kind}; SQL statements per "
                f"request: {ten} for 10 products, {hundred} for 100"
            )
            for concurrency in (1, 32):
                print(f"concurrency {concurrency}:")
                await _scenario(base, token, LIST_QUERY, args.requests, concurrency)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200)
    asyncio.run(main(parser.parse_args()))
