"""The HTTP edge: request-body limits, slow clients, trusted proxies, /metrics in production,
security headers and private data files (issue #11, items 7, 8, 11, 14, 17, 18)."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect
from websockets.typing import Subprotocol

from backend.api.metrics import OTHER, Registry
from backend.api.middleware import CONTENT_SECURITY_POLICY
from backend.app import create_app, large_body_fields
from backend.domains.auth.enums import Role
from backend.domains.customers import pii
from backend.settings import Settings, SettingsError, load_settings
from tests.conftest import ROOT, _drop_database, _fresh_database_url, start_server, stop_server
from tests.factories import LOGIN, PASSWORD, GraphQLClient, client_for, create_user, login

MB = 1024 * 1024


def _production(settings: Settings, **extra: str) -> Settings:
    pii.load(settings)  # the development key file production then reads (made if missing)
    return load_settings(
        {
            "BANKPM_ENV": "production",
            "BANKPM_SECRET_KEY": "x" * 40,
            "DATABASE_URL": settings.database_url,
            "BANKPM_DATA_DIR": str(settings.data_dir),
            **extra,
        }
    )


@pytest.fixture
async def prod_http(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """An in-process client of the app in production mode (neither token nor allow-list)."""
    app = create_app(_production(settings), manage_db=False)
    transport = httpx.ASGITransport(app=app, client=("10.1.2.3", 4321))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield client


def _json_body(size: int) -> bytes:
    """A syntactically valid GraphQL request padded to ``size`` bytes."""
    head = b'{"query":"{ __typename }","variables":{"pad":"'
    tail = b'"}}'
    return head + b"a" * (size - len(head) - len(tail)) + tail


async def _chunks(total: int, chunk: int = 64 * 1024) -> AsyncIterator[bytes]:
    body = _json_body(total)
    for i in range(0, len(body), chunk):
        yield body[i : i + chunk]


# --- item 7: request-body limits --------------------------------------------------------------


async def test_a_declared_body_over_1_mb_is_refused_before_it_is_read(
    http: httpx.AsyncClient,
) -> None:
    # an anonymous body of 1 MB + 1 byte, declared by Content-Length
    response = await http.post(
        "/graphql", content=_json_body(MB + 1), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"
    assert response.headers["connection"] == "close"
    # and 1 MB exactly still goes through
    ok = await http.post(
        "/graphql", content=_json_body(MB), headers={"content-type": "application/json"}
    )
    assert ok.status_code == 200 and ok.json()["data"] == {"__typename": "Query"}


async def test_a_streamed_body_without_length_is_counted_and_refused(
    http: httpx.AsyncClient,
) -> None:
    response = await http.post(
        "/graphql", content=_chunks(3 * MB), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


async def test_a_signed_in_upload_may_carry_its_base64_file_but_nothing_else_may(
    gql: GraphQLClient, settings: Settings
) -> None:
    manager = await client_for(gql, Role.PRODUCT_MANAGER)
    # a 5 MB file is ~6.7 MB of base64: over the 1 MB JSON limit, under the upload cap
    content = base64.b64encode(b"%PDF-1.4\n" + b"0" * (5 * MB)).decode()
    upload = """mutation Up($input: ProductDocumentUploadInput!) {
      productDocumentUpload(input: $input) { document { id } errors { field code } } }"""
    variables = {
        "input": {
            "productId": "UHJvZHVjdDo5OTk5",
            "kind": "BROCHURE",
            "title": "Brochure",
            "filename": "b.pdf",
            "contentBase64": content,
        }
    }
    response = await manager.post(upload, variables)
    # the body reached the resolver (which answers about the product, not the size)
    assert response.status_code == 200, response.text
    payload = response.json()["data"]["productDocumentUpload"]
    assert payload["errors"][0]["field"] == "productId"

    # the same 6.7 MB body with any other operation is refused at the edge
    other = await manager.post(
        "mutation Other($input: JSON) { __typename }", {"input": {"contentBase64": content}}
    )
    assert other.status_code == 413

    # and anonymous callers never get past 1 MB, whatever the operation
    gql.http.cookies.clear()  # (signing in above left the session cookie on this client)
    anonymous = await gql.post(upload, variables)
    assert anonymous.status_code == 413

    # the upload's own cap is the file limit in base64 plus slack
    cap = large_body_fields(settings)["productDocumentUpload"]
    assert settings.max_upload_bytes * 4 // 3 < cap < settings.max_upload_bytes * 4 // 3 + MB


async def test_a_body_sent_too_slowly_is_answered_408(settings: Settings) -> None:
    slow_settings = load_settings(
        {
            "BANKPM_DATA_DIR": str(settings.data_dir),
            "DATABASE_URL": settings.database_url,
            "BANKPM_BODY_TIMEOUT_SECONDS": "1",
        }
    )
    app = create_app(slow_settings, manage_db=False)

    async def trickle() -> AsyncIterator[bytes]:
        import asyncio

        body = _json_body(200)
        for i in range(0, len(body), 10):
            yield body[i : i + 10]
            await asyncio.sleep(0.2)  # 20 pieces over 4 s, past the 1 s allowed

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.post(
            "/graphql", content=trickle(), headers={"content-type": "application/json"}
        )
    assert response.status_code == 408
    assert response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TIMEOUT"


# --- item 8: /metrics ---------------------------------------------------------------------------


async def test_metrics_are_closed_in_production_without_token_or_allow_list(
    prod_http: httpx.AsyncClient,
) -> None:
    assert (await prod_http.get("/metrics")).status_code == 404
    bogus = await prod_http.get("/metrics", headers={"authorization": "Bearer guess"})
    assert bogus.status_code == 404


async def test_metrics_in_production_with_a_token_or_from_an_allowed_address(
    settings: Settings,
) -> None:
    token = "m" * 32
    app = create_app(
        _production(settings, BANKPM_METRICS_TOKEN=token, BANKPM_METRICS_ALLOW="10.9.0.0/16"),
        manage_db=False,
    )
    outside = httpx.ASGITransport(app=app, client=("10.1.2.3", 4321))
    async with httpx.AsyncClient(transport=outside, base_url="http://t") as client:
        assert (await client.get("/metrics")).status_code == 404
        wrong = await client.get("/metrics", headers={"authorization": f"Bearer {token}x"})
        assert wrong.status_code == 404
        right = await client.get("/metrics", headers={"authorization": f"Bearer {token}"})
        assert right.status_code == 200 and "bankpm_http_requests_total" in right.text
    inside = httpx.ASGITransport(app=app, client=("10.9.4.5", 4321))
    async with httpx.AsyncClient(transport=inside, base_url="http://t") as client:
        assert (await client.get("/metrics")).status_code == 200


def test_metrics_token_must_be_long() -> None:
    with pytest.raises(SettingsError, match="BANKPM_METRICS_TOKEN"):
        load_settings({"BANKPM_METRICS_TOKEN": "short", "DATABASE_URL": "postgres://x/y"})


async def test_caller_chosen_operation_names_cannot_grow_the_metrics_without_bound(
    gql: GraphQLClient, http: httpx.AsyncClient
) -> None:
    # a caller inventing a new operation name per request
    for i in range(40):
        await gql.post(f"query Junk{i}x{os.getpid()} {{ __typename }}")
    await gql.post("query Bad-Name { __typename }")  # does not parse: never a label
    text = (await http.get("/metrics")).text
    labels = {
        line.split('operation="')[1].split('"')[0]
        for line in text.splitlines()
        if line.startswith("bankpm_graphql_operations_total{")
    }
    # the process-wide registry admits at most its cap of names; the rest count as other
    from backend.api.metrics import registry

    assert len(labels - {OTHER, "anonymous"}) <= registry.max_operation_names
    assert not any("Bad" in label for label in labels)

    # and past the cap, new names are bucketed
    small = Registry()
    small.max_operation_names = 3
    for name in ("A", "B", "C", "D", "E", "A"):
        small.observe_operation(name=name, kind="query", seconds=0.01, errors=0)
    assert set(n for n, _ in small.operations) == {"A", "B", "C", OTHER}
    assert small.operations[(OTHER, "query")] == 2
    assert small.operations[("A", "query")] == 2
    small.observe_operation(name="x" * 65, kind="query", seconds=0.01, errors=0)
    assert small.operations[(OTHER, "query")] == 3


# --- item 14: security headers ------------------------------------------------------------------


async def test_console_and_api_responses_carry_csp_and_permissions_policy(
    http: httpx.AsyncClient, prod_http: httpx.AsyncClient
) -> None:
    for path in ("/", "/healthz", "/login"):
        headers = (await http.get(path)).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert "script-src 'self'" in headers["content-security-policy"]
        directives = dict(
            d.strip().split(" ", 1) for d in headers["content-security-policy"].split(";")
        )
        assert directives["script-src"] == "'self'"  # no inline script, no eval
        assert directives["frame-ancestors"] == "'none'"
        assert "camera=()" in headers["permissions-policy"]
        assert "strict-transport-security" not in headers  # development: plain http
    production = (await prod_http.get("/healthz")).headers
    assert production["strict-transport-security"].startswith("max-age=31536000")
    assert production["content-security-policy"] == CONTENT_SECURITY_POLICY


async def test_graphiql_in_development_is_not_broken_by_the_csp(http: httpx.AsyncClient) -> None:
    ide = await http.get("/graphql", headers={"accept": "text/html"})
    assert ide.status_code == 200
    assert "content-security-policy" not in ide.headers
    assert ide.headers["x-frame-options"] == "DENY"


# --- item 18: private data files ----------------------------------------------------------------


def test_sqlite_database_secret_key_and_directories_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh" / "data"
    settings = load_settings({"BANKPM_DATA_DIR": str(data_dir)})
    database = Path(settings.database_url.removeprefix("sqlite://"))
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "secret_key").stat().st_mode) == 0o600
    assert stat.S_IMODE(settings.documents_dir.stat().st_mode) == 0o700


def test_an_existing_world_readable_database_is_narrowed(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite3"
    database.write_bytes(b"")
    database.chmod(0o644)
    load_settings({"BANKPM_DATA_DIR": str(tmp_path), "DATABASE_URL": f"sqlite://{database}"})
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


def test_secrets_may_come_from_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret_key"
    secret.write_text("s" * 40 + "\n")
    settings = load_settings(
        {
            "BANKPM_ENV": "production",
            "BANKPM_SECRET_KEY_FILE": str(secret),
            "BANKPM_DATA_DIR": str(tmp_path),
        }
    )
    assert settings.secret_key == "s" * 40
    with pytest.raises(SettingsError, match="not both"):
        load_settings(
            {
                "BANKPM_SECRET_KEY": "t" * 40,
                "BANKPM_SECRET_KEY_FILE": str(secret),
                "BANKPM_DATA_DIR": str(tmp_path),
            }
        )
    with pytest.raises(SettingsError, match="cannot be read"):
        load_settings(
            {"BANKPM_SECRET_KEY_FILE": str(tmp_path / "missing"), "BANKPM_DATA_DIR": str(tmp_path)}
        )


# --- a real server: slow clients (item 11), huge bodies (item 7), proxies (item 17) ------------

ADMIN_PASSWORD = "edge-admin-password-1"


@pytest.fixture(scope="module")
def edge_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``bankpm serve`` with short header/body timeouts, a migrated database and one admin."""
    data_dir = tmp_path_factory.mktemp("edge")
    url, name = _fresh_database_url(data_dir, "edge")
    env = {
        **os.environ,
        "BANKPM_DATA_DIR": str(data_dir),
        "DATABASE_URL": url,
        "BANKPM_ENV": "development",
        "BANKPM_HEADER_TIMEOUT_SECONDS": "2",
        "BANKPM_BODY_TIMEOUT_SECONDS": "3",
        "BANKPM_NEW_PASSWORD": ADMIN_PASSWORD,
    }
    env.pop("BANKPM_TRUSTED_PROXIES", None)
    bankpm = [sys.executable, "-m", "backend.cli"]
    subprocess.run(bankpm + ["migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
    subprocess.run(
        bankpm + ["create-user", "edgeadmin", "--roles", "ADMIN"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    proc, base = start_server(env, data_dir / "server.log")
    yield base
    stop_server(proc)
    _drop_database(name)


def _connect(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    return sock


def _closed(sock: socket.socket) -> bool:
    """Whether the server has closed the connection (reads what it sent first)."""
    sock.settimeout(0.05)
    try:
        while True:
            data = sock.recv(65536)
            if not data:
                return True
    except TimeoutError:
        return False
    except OSError:
        return True


@pytest.mark.live
def test_slowloris_headers_are_cut_off_at_the_header_timeout(edge_server: str) -> None:
    # a client sending its request headers a byte every 0.25 s would take 30 s for these
    request = b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"X-Slow: " + b"a" * 100 + b"\r\n\r\n"
    sock = _connect(edge_server)
    sent = 0
    try:
        for byte in request:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                break
            sent += 1
            if _closed(sock):
                break
            time.sleep(0.2)
        # the server hung up (after its 2 s header timeout), long before the headers ended
        assert _closed(sock)
        assert sent < len(request) // 2
    finally:
        sock.close()


@pytest.mark.live
def test_headers_past_64_kb_are_refused(edge_server: str) -> None:
    from backend.api.protocol import MAX_HEADER_BYTES

    sock = _connect(edge_server)
    try:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        for i in range(MAX_HEADER_BYTES // 4096 + 2):  # 4 KB headers, one past the limit
            try:
                sock.sendall(f"X-Pad-{i}: ".encode() + b"a" * 4096 + b"\r\n")
            except OSError:
                break
        with contextlib.suppress(OSError):
            sock.sendall(b"\r\n")  # end of headers: without the limit this would be served
        sock.settimeout(10)
        answer = sock.recv(65536)
        assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    finally:
        sock.close()
    # and headers within it are served
    big = {f"x-pad-{i}": "a" * 4096 for i in range(MAX_HEADER_BYTES // 4096 - 2)}
    assert httpx.get(f"{edge_server}/healthz", headers=big, timeout=5).status_code == 200


@pytest.mark.live
def test_a_normal_request_on_the_same_server_is_served(edge_server: str) -> None:
    assert httpx.get(f"{edge_server}/healthz", timeout=5).status_code == 200


@pytest.mark.live
def test_an_anonymous_80_mb_body_is_refused_without_being_read(edge_server: str) -> None:
    # declared: answered 413 from the headers alone, the body is never sent
    sock = _connect(edge_server)
    try:
        sock.sendall(
            b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(80 * MB).encode() + b"\r\n\r\n"
        )
        sock.settimeout(10)
        answer = sock.recv(65536)
        assert answer.startswith(b"HTTP/1.1 413"), answer
    finally:
        sock.close()

    # streamed (chunked, no length): refused once it passes 1 MB, long before 80 MB
    sock = _connect(edge_server)
    sent = 0
    answer = b""
    try:
        sock.sendall(
            b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        chunk = 64 * 1024
        frame = f"{chunk:x}\r\n".encode() + b"a" * chunk + b"\r\n"
        while sent < 80 * MB:
            try:
                sock.sendall(frame)
            except OSError:
                break
            sent += chunk
            sock.settimeout(0.001)
            try:
                answer += sock.recv(65536)
            except (TimeoutError, BlockingIOError):
                pass
            except OSError:
                break
            if answer:
                break
        if not answer:
            sock.settimeout(10)
            try:
                answer = sock.recv(65536)
            except OSError:
                answer = b""
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        assert sent < 8 * MB  # the server answered after the first megabyte or so
    finally:
        sock.close()


@pytest.mark.live
def test_a_body_that_stops_arriving_is_answered_408(edge_server: str) -> None:
    sock = _connect(edge_server)
    try:
        sock.sendall(
            b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n" + b'{"query":'
        )
        sock.settimeout(15)
        answer = sock.recv(65536)
        assert answer.startswith(b"HTTP/1.1 408"), answer
    finally:
        sock.close()


@pytest.mark.live
def test_a_websocket_message_over_the_body_limit_closes_the_socket(edge_server: str) -> None:
    url = edge_server.replace("http://", "ws://") + "/graphql"
    with connect(url, subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        ws.send(json.dumps({"type": "connection_init", "payload": {"pad": "a" * (2 * MB)}}))
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=10)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009  # message too big


def _login(base: str, headers: dict[str, str]) -> dict[str, Any]:
    query = """mutation L($u: String!, $p: String!) { login(username: $u, password: $p) {
      token errors { code } } }"""
    response = httpx.post(
        f"{base}/graphql",
        json={"query": query, "variables": {"u": "edgeadmin", "p": ADMIN_PASSWORD}},
        headers=headers,
        timeout=30,
    )
    login: dict[str, Any] = response.json()["data"]["login"]
    return login


@pytest.mark.live
def test_x_forwarded_for_from_loopback_is_not_believed_by_default(edge_server: str) -> None:
    token = _login(edge_server, {"x-forwarded-for": "203.0.113.77"})["token"]
    assert token
    query = """{ auditEvents(first: 20, filter: {action: "login"}) {
      edges { node { action ipAddress } } } }"""
    body = httpx.post(
        f"{edge_server}/graphql",
        json={"query": query},
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    ).json()
    addresses = {e["node"]["ipAddress"] for e in body["data"]["auditEvents"]["edges"]}
    assert addresses, body
    assert "203.0.113.77" not in addresses
    assert addresses <= {"127.0.0.1"}


async def test_x_forwarded_for_is_believed_from_a_configured_proxy_only(
    settings: Settings,
) -> None:
    from backend.domains.audit.models import AuditEvent

    await create_user(Role.ADMIN, username="proxied")
    app = create_app(
        load_settings(
            {
                "BANKPM_DATA_DIR": str(settings.data_dir),
                "DATABASE_URL": settings.database_url,
                "BANKPM_TRUSTED_PROXIES": "10.0.0.0/24",
            }
        ),
        manage_db=False,
    )
    for peer in ("10.0.0.5", "10.0.1.5"):  # the proxy, then a stranger claiming the same
        transport = httpx.ASGITransport(app=app, client=(peer, 1000))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            payload = await login(GraphQLClient(client), "proxied")
            assert payload["token"], payload
    # (a GraphQLClient posts without the header; send the forwarded one explicitly)
    addresses = []
    for peer in ("10.0.0.5", "10.0.1.5"):
        transport = httpx.ASGITransport(app=app, client=(peer, 1000))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await GraphQLClient(client).post(
                LOGIN,
                {"username": "proxied", "password": PASSWORD},
                **{"x-forwarded-for": "198.51.100.4"},
            )
            assert response.json()["data"]["login"]["token"]
    events = await AuditEvent.filter(action="auth.login").order_by("sequence")
    addresses = [e.ip_address for e in events]
    assert addresses == ["10.0.0.5", "10.0.1.5", "198.51.100.4", "10.0.1.5"]
