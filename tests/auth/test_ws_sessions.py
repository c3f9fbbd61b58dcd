"""An open graphql-transport-ws socket never outlives its credential (issue #11, item 1).

Each case runs on a real server with a real websocket client: sign-out, deactivation, a
narrowed role and a revoked API key close the socket (4401 when the session or key ended,
4403 when the user may no longer act) and nothing sent on it afterwards runs; a running
subscription stops delivering; on PostgreSQL the close reaches a socket on another instance.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

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

PROTOCOL = "graphql-transport-ws"

USER_CREATE = """mutation($input: UserCreateInput!) { userCreate(input: $input) {
  user { id } errors { code message } } }"""
USER_UPDATE = """mutation($id: ID!, $input: UserUpdateInput!) { userUpdate(id: $id, input: $input) {
  errors { code message } } }"""
FEEDBACK_CREATE = """mutation($input: FeedbackCreateInput!) { feedbackCreate(input: $input) {
  errors { code message } } }"""
INGEST = """mutation($items: [MetricValueInput!]!) { metricIngest(items: $items) {
  accepted errors { code } } }"""


def login(base: str, username: str, password: str) -> str:
    data = gql(
        base,
        "mutation($u: String!, $p: String!) { login(username: $u, password: $p) "
        "{ token errors { code } } }",
        {"u": username, "p": password},
    )
    assert data["login"]["errors"] == [], data
    token: str = data["login"]["token"]
    return token


def new_user(base: str, admin: str, roles: list[str]) -> tuple[str, str, str]:
    """A fresh user (so no demo user is changed for other tests): id, username, password."""
    username = f"ws-{secrets.token_hex(4)}"
    password = f"Ws-{secrets.token_urlsafe(12)}"
    data = gql(
        base,
        USER_CREATE,
        {
            "input": {
                "username": username,
                "displayName": "Socket tester",
                "roles": roles,
                "password": password,
            }
        },
        admin,
    )
    assert data["userCreate"]["errors"] == [], data
    return data["userCreate"]["user"]["id"], username, password


class Socket:
    """A graphql-transport-ws connection past connection_ack."""

    def __init__(self, base: str, credential: str) -> None:
        url = base.replace("http://", "ws://") + "/graphql"
        self.ws: ClientConnection = connect(url, subprotocols=[PROTOCOL])  # type: ignore[list-item]
        self.ws.send(
            json.dumps(
                {"type": "connection_init", "payload": {"authorization": f"Bearer {credential}"}}
            )
        )
        assert json.loads(self.ws.recv(timeout=10))["type"] == "connection_ack"

    def request(self, op_id: str, query: str, variables: dict[str, Any]) -> None:
        """Send an operation; a socket the server already closed is fine (nothing ran)."""
        payload = {"query": query, "variables": variables}
        with contextlib.suppress(ConnectionClosed):
            self.ws.send(json.dumps({"type": "subscribe", "id": op_id, "payload": payload}))

    def answer(self, op_id: str) -> dict[str, Any]:
        """The result of an operation that ran."""
        while True:
            message = json.loads(self.ws.recv(timeout=10))
            if message.get("id") == op_id and message["type"] == "next":
                result: dict[str, Any] = message["payload"]
                return result

    def closed_with(self) -> tuple[int | None, list[dict[str, Any]]]:
        """Wait for the server to close; return the close code and what arrived before it."""
        before: list[dict[str, Any]] = []
        with pytest.raises(ConnectionClosed) as info:
            while True:
                before.append(json.loads(self.ws.recv(timeout=10)))
        return (info.value.rcvd.code if info.value.rcvd else None), before

    def close(self) -> None:
        self.ws.close()


def feedback(external_id: str) -> dict[str, Any]:
    return {"input": {"source": "APP", "rating": 5, "externalId": external_id}}


def test_a_deactivated_users_open_socket_runs_nothing_and_closes_4403(live_server: str) -> None:
    admin = sign_in(live_server, "admin")
    user_id, username, password = new_user(live_server, admin, ["MARKETING"])
    token = login(live_server, username, password)
    socket = Socket(live_server, token)
    try:
        # the socket works while the user is active
        socket.request("1", FEEDBACK_CREATE, feedback(f"ws-ok-{user_id}"))
        assert socket.answer("1")["data"]["feedbackCreate"]["errors"] == []
        # when an admin deactivates the user over HTTP
        deactivated = gql(
            live_server, USER_UPDATE, {"id": user_id, "input": {"isActive": False}}, admin
        )
        assert deactivated["userUpdate"]["errors"] == []
        # then feedbackCreate on the open socket does not run, and the socket closes 4403
        refused_id = f"ws-after-{user_id}"
        socket.request("2", FEEDBACK_CREATE, feedback(refused_id))
        code, before = socket.closed_with()
        assert code == 4403
        assert [m for m in before if m["type"] == "next"] == []
    finally:
        socket.close()
    # proof that nothing was written: once active again, the same external id is still free
    gql(live_server, USER_UPDATE, {"id": user_id, "input": {"isActive": True}}, admin)
    again = login(live_server, username, password)
    created = gql(live_server, FEEDBACK_CREATE, feedback(refused_id), again)
    assert created["feedbackCreate"]["errors"] == []


def test_logout_over_http_closes_the_open_socket_4401(live_server: str) -> None:
    admin = sign_in(live_server, "admin")
    _, username, password = new_user(live_server, admin, ["ANALYST"])
    token = login(live_server, username, password)
    socket = Socket(live_server, token)
    other = Socket(live_server, login(live_server, username, password))  # another session
    try:
        socket.request("1", "{ me { username } }", {})
        assert socket.answer("1")["data"]["me"]["username"] == username
        gql(live_server, "mutation { logout { errors { message } } }", token=token)
        # the server closes the socket of that session without waiting for a message
        code, before = socket.closed_with()
        assert code == 4401
        assert [m for m in before if m["type"] == "next"] == []
        # the user's other session is not signed out
        other.request("2", "{ me { username } }", {})
        assert other.answer("2")["data"]["me"]["username"] == username
    finally:
        socket.close()
        other.close()


def test_a_narrowed_role_closes_4403_and_a_widened_one_takes_effect(live_server: str) -> None:
    admin = sign_in(live_server, "admin")
    user_id, username, password = new_user(live_server, admin, ["MARKETING"])
    socket = Socket(live_server, login(live_server, username, password))
    try:
        # widening: the socket stays open and the new permissions apply at once
        gql(
            live_server,
            USER_UPDATE,
            {"id": user_id, "input": {"roles": ["MARKETING", "ANALYST"]}},
            admin,
        )
        socket.request("1", "{ me { permissions } }", {})
        assert "need:write" in socket.answer("1")["data"]["me"]["permissions"]
        # narrowing: a permission it connected with is gone, so the socket closes
        gql(live_server, USER_UPDATE, {"id": user_id, "input": {"roles": ["ANALYST"]}}, admin)
        code, _ = socket.closed_with()
        assert code == 4403
    finally:
        socket.close()


def _ingest_key(base: str, admin: str) -> tuple[str, str]:
    data = gql(
        base,
        """mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) {
          apiKey { id } secret errors { message } } }""",
        {"input": {"name": f"ws-ingest-{secrets.token_hex(3)}", "scopes": ["INGEST_WRITE"]}},
        admin,
    )
    return data["apiKeyCreate"]["apiKey"]["id"], data["apiKeyCreate"]["secret"]


def test_a_revoked_keys_socket_runs_no_metric_ingest_and_closes_4401(live_server: str) -> None:
    admin = sign_in(live_server, "admin")
    key_id, secret = _ingest_key(live_server, admin)
    socket = Socket(live_server, secret)
    items = {
        "items": [
            {
                "productCode": "NO-SUCH",
                "metric": "TX_COUNT",
                "businessDate": "2026-01-05",
                "value": "1",
            }
        ]
    }
    try:
        socket.request("1", INGEST, items)
        assert "metricIngest" in socket.answer("1")["data"]
        revoked = gql(
            live_server,
            "mutation($id: ID!) { apiKeyRevoke(id: $id) { errors { message } } }",
            {"id": key_id},
            admin,
        )
        assert revoked["apiKeyRevoke"]["errors"] == []
        socket.request("2", INGEST, items)
        code, before = socket.closed_with()
        assert code == 4401
        assert [m for m in before if m["type"] == "next"] == []
    finally:
        socket.close()


def test_a_running_subscription_stops_delivering_when_its_session_ends(live_server: str) -> None:
    admin = sign_in(live_server, "admin")
    risk = sign_in(live_server, "risk")
    _, username, password = new_user(live_server, admin, ["PRODUCT_MANAGER"])
    token = login(live_server, username, password)
    product = product_id(live_server, risk, "LN-MTG-FIRST")
    watch_rule(live_server, risk, "WS_END", product)
    holding = find_normal_loan(live_server, risk, "LN-MTG-FIRST")
    stream = AlertStream(live_server, token, {"productIds": [product]})
    try:
        reclassify(live_server, risk, holding, "LOSS")
        heard = [e for e in stream.events() if e["alert"]["ruleCode"] == "WS_END"]
        assert [e["change"] for e in heard] == ["RAISED"]
        gql(live_server, "mutation { logout { errors { message } } }", token=token)
        with pytest.raises(ConnectionClosed) as info:
            stream.next(timeout=10)
        assert info.value.rcvd is not None and info.value.rcvd.code == 4401
    finally:
        reclassify(live_server, risk, holding, "NORMAL")
        stream.close()


@pytest.fixture
def second_server(live_env: dict[str, str], live_server: str) -> Iterator[str]:
    """Another API instance on the same PostgreSQL database."""
    if os.environ.get("BANKPM_TEST_DB", "sqlite") != "postgres":
        pytest.skip("several instances share a PostgreSQL database only")
    proc, base = start_server(live_env, Path(live_env["BANKPM_DATA_DIR"]) / "server-ws.log")
    yield base
    stop_server(proc)


def test_a_deactivation_on_one_instance_closes_the_socket_on_another(
    live_server: str, second_server: str
) -> None:
    admin = sign_in(live_server, "admin")
    user_id, username, password = new_user(live_server, admin, ["ANALYST"])
    socket = Socket(second_server, login(second_server, username, password))
    try:
        gql(live_server, USER_UPDATE, {"id": user_id, "input": {"isActive": False}}, admin)
        code, _ = socket.closed_with()
        assert code == 4403
    finally:
        socket.close()
