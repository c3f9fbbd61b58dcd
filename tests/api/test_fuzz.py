"""A GraphQL fuzz run (#11 item 22): every query and mutation, with arguments generated from
the schema (``hypothesis-graphql``; valid documents, and a few with one schema violation),
sent to a real server signed in as the demo admin — no answer may be an
INTERNAL_SERVER_ERROR, a 5xx, or an error with neither a code nor a location.

Deterministic (``derandomize``) and bounded (``EXAMPLES`` per root field), on its own server
and database so the mutations it sends touch no other test's data.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import graphql
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis_graphql import Mode, mutations, queries

from backend.api.schema import schema as app_schema
from tests.conftest import (
    ROOT,
    _drop_database,
    _fresh_database_url,
    clock_env,
    start_server,
    stop_server,
)

pytestmark = pytest.mark.live

#: Generated documents per root field (mutations and queries alike); a longer hunt can set
#: BANKPM_FUZZ_EXAMPLES.
EXAMPLES = int(os.environ.get("BANKPM_FUZZ_EXAMPLES", "6"))
#: Documents with one deliberate schema violation per root field (refused, never a crash).
NEGATIVE_EXAMPLES = max(1, EXAMPLES // 3)
#: Root fields left out: logout would end the fuzzing session itself.
SKIPPED = {"logout"}


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server of its own on a fresh database with a small demo bank."""
    data_dir = tmp_path_factory.mktemp("fuzz")
    url, name = _fresh_database_url(data_dir, "fuzz")
    env = {
        **os.environ,
        "BANKPM_DATA_DIR": str(data_dir),
        "DATABASE_URL": url,
        "BANKPM_ENV": "development",
        "BANKPM_DEMO_CUSTOMERS": "150",
        "BANKPM_SCHEDULER": "off",
    }
    for step in (["migrate"], ["demo-data"]):
        subprocess.run(
            [sys.executable, "-m", "backend.cli", *step],
            env={**env, **clock_env()},
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    proc, base = start_server(env, Path(data_dir) / "server.log")
    yield base
    stop_server(proc)
    _drop_database(name)


def _string(value: str) -> graphql.StringValueNode:
    return graphql.StringValueNode(value=value)


def scalar_strategies(ids: list[str]) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    """Values of the custom scalars: mostly valid, sometimes not (both must be answered)."""
    noise = st.text(max_size=12).map(_string)
    return {
        "Date": st.one_of(st.dates().map(lambda d: _string(d.isoformat())), noise),
        "DateTime": st.one_of(
            st.datetimes().map(lambda d: _string(d.isoformat() + "+00:00")), noise
        ),
        "Decimal": st.one_of(
            st.decimals(allow_nan=True, allow_infinity=True, places=4).map(
                lambda d: _string(str(d))
            ),
            noise,
        ),
        "JSON": st.one_of(noise, st.just(graphql.ObjectValueNode(fields=()))),
        "ID": st.one_of(st.sampled_from(ids).map(_string), noise),
    }


def _post(client: httpx.Client, document: str) -> tuple[int, dict[str, Any] | None]:
    response = client.post("/graphql", json={"query": document})
    try:
        return response.status_code, response.json()
    except ValueError:
        return response.status_code, None


def _sample_ids(client: httpx.Client) -> list[str]:
    """Real global IDs of the demo bank, so generated arguments sometimes name objects."""
    body = client.post(
        "/graphql",
        json={
            "query": "{ products(first: 3) { edges { node { id } } } "
            "customers(first: 3) { edges { node { id } } } "
            "users(first: 3) { edges { node { id } } } "
            "alerts(first: 3) { edges { node { id } } } }"
        },
    ).json()
    ids = [
        edge["node"]["id"]
        for connection in (body.get("data") or {}).values()
        for edge in connection["edges"]
    ]
    return ids + [base64.urlsafe_b64encode(b"Product:99999999999999999999").decode()]


def test_no_generated_operation_gets_an_internal_server_error(fuzz_server: str) -> None:
    # given the demo admin, signed in
    login = httpx.post(
        f"{fuzz_server}/graphql",
        json={"query": 'mutation { login(username: "admin", password: "bankpm-demo") { token } }'},
        timeout=10,
    )
    token = login.json()["data"]["login"]["token"]
    sdl = graphql.print_schema(app_schema._schema)
    failures: list[str] = []
    with httpx.Client(
        base_url=fuzz_server, headers={"authorization": f"Bearer {token}"}, timeout=30
    ) as client:
        scalars = scalar_strategies(_sample_ids(client))
        kinds = (
            ("query", queries, app_schema._schema.query_type),
            ("mutation", mutations, app_schema._schema.mutation_type),
        )
        runs = [
            (make, root, mode, examples)
            for _kind, make, root in kinds
            for mode, examples in ((Mode.POSITIVE, EXAMPLES), (Mode.NEGATIVE, NEGATIVE_EXAMPLES))
        ]
        for make, root, mode, examples in runs:
            assert root is not None
            for field in sorted(set(root.fields) - SKIPPED):
                strategy = make(sdl, fields=[field], custom_scalars=scalars, mode=mode)

                @settings(
                    max_examples=examples,
                    derandomize=True,
                    database=None,
                    deadline=None,
                    suppress_health_check=list(HealthCheck),
                )
                @given(document=strategy)
                def run(document: str) -> None:
                    status, body = _post(client, document)
                    codes = [
                        (e.get("extensions") or {}).get("code")
                        for e in (body or {}).get("errors") or []
                    ]
                    # an error with neither a code nor a place in the document would be a
                    # leaked exception message
                    leaked = [
                        e
                        for e in (body or {}).get("errors") or []
                        if not (e.get("extensions") or {}).get("code") and not e.get("locations")
                    ]
                    if status >= 500 or "INTERNAL_SERVER_ERROR" in codes or body is None or leaked:
                        failures.append(f"{status} {codes} {leaked}: {document}")

                try:
                    run()
                except InvalidArgument:
                    # a field without arguments of its own has no violation to make
                    assert mode == Mode.NEGATIVE
        # the session survived the run, and the server still answers
        assert client.get("/healthz").status_code == 200
    assert failures == [], "\n\n".join(failures[:20])
