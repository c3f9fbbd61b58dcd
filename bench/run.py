"""Measure GraphQL throughput and latency against a real server on loopback."""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent

SCENARIOS = {
    "me": "query Me { me { id username roles permissions } }",
    "users-100": "query Users { users(first: 100) { totalCount edges { cursor node { id username "
    "displayName branch roles isActive createdAt } } pageInfo { hasNextPage endCursor } } }",
    "audit-50": "query Audit { auditEvents(first: 50) { totalCount edges { node { sequence "
    "occurredAt actorName action objectType objectId outcome } } } }",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _fill(base: str, token: str, users: int) -> None:
    mutation = "mutation C($i: UserCreateInput!) { userCreate(input: $i) { errors { message } } }"
    async with httpx.AsyncClient(base_url=base, headers={"authorization": f"Bearer {token}"}) as c:
        for i in range(users):
            await c.post(
                "/graphql",
                json={
                    "query": mutation,
                    "variables": {
                        "i": {
                            "username": f"bench{i:05d}",
                            "displayName": f"压测用户{i}",
                            "branch": "压测分行",
                            "roles": ["MARKETING"],
                            "password": "bench-password-1",
                        }
                    },
                },
            )


async def _scenario(base: str, token: str, query: str, requests: int, concurrency: int) -> None:
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(requests):
        queue.put_nowait(i)
    limits = httpx.Limits(max_connections=concurrency)
    headers = {"authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=30) as c:

        async def worker() -> None:
            nonlocal errors
            while not queue.empty():
                queue.get_nowait()
                started = time.perf_counter()
                response = await c.post("/graphql", json={"query": query})
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200 or "errors" in response.json():
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    print(
        f"  {requests / elapsed:8.1f} req/s   p50 {p(0.5):7.1f} ms   p95 {p(0.95):7.1f} ms   "
        f"mean {statistics.mean(latencies) * 1000:7.1f} ms   errors {errors}"
    )


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        port = _free_port()
        env = {
            **os.environ,
            "BANKPM_DATA_DIR": tmp,
            "PORT": str(port),
            "HOST": "127.0.0.1",
            "BANKPM_LOG_LEVEL": "WARNING",
        }
        env.setdefault("DATABASE_URL", f"sqlite://{tmp}/bench.sqlite3")
        cli = [sys.executable, "-m", "backend.cli"]
        subprocess.run(cli + ["migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
        subprocess.run(cli + ["demo-data"], env=env, cwd=ROOT, check=True, capture_output=True)
        server = subprocess.Popen(
            cli + ["serve"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    if httpx.get(f"{base}/readyz").status_code == 200:
                        break
                except httpx.HTTPError:
                    await asyncio.sleep(0.2)
            login = httpx.post(
                f"{base}/graphql",
                json={
                    "query": 'mutation { login(username: "admin", password: "bankpm-demo") { token } }'
                },
            ).json()
            token = login["data"]["login"]["token"]
            await _fill(base, token, args.users)
            print(
                f"BankPM bench: {args.requests} requests per scenario, concurrency "
                f"{args.concurrency}, {args.users + 8} users, {env['DATABASE_URL'].split(':')[0]}"
            )
            for name, query in SCENARIOS.items():
                print(f"{name}:")
                await _scenario(base, token, query, args.requests, args.concurrency)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--users", type=int, default=200)
    asyncio.run(main(parser.parse_args()))
