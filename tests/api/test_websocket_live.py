"""Websockets on the real server: graphql-transport-ws only, authenticated in connection_init."""

from __future__ import annotations

import json

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

pytestmark = pytest.mark.live

PROTOCOL = "graphql-transport-ws"


def ws_url(base: str) -> str:
    return base.replace("http://", "ws://") + "/graphql"


def demo_token(base: str, username: str = "auditor") -> str:
    response = httpx.post(
        f"{base}/graphql",
        json={
            "query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p) "
            "{ token errors { message } } }",
            "variables": {"u": username, "p": "bankpm-demo"},
        },
        timeout=10,
    )
    token: str = response.json()["data"]["login"]["token"]
    return token


def close_code(ws: object) -> int | None:
    with pytest.raises(ConnectionClosed) as info:
        ws.recv(timeout=5)  # type: ignore[attr-defined]
    return info.value.rcvd.code if info.value.rcvd else None


def test_subscribe_before_connection_init_is_closed(live_server: str) -> None:
    with connect(ws_url(live_server), subprotocols=[PROTOCOL]) as ws:  # type: ignore[list-item]
        ws.send(
            json.dumps({"type": "subscribe", "id": "1", "payload": {"query": "{ __typename }"}})
        )
        assert close_code(ws) == 4401


def test_connection_init_without_credentials_is_refused(live_server: str) -> None:
    with connect(ws_url(live_server), subprotocols=[PROTOCOL]) as ws:  # type: ignore[list-item]
        ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert close_code(ws) == 4403


def test_connection_init_with_a_bad_token_is_refused(live_server: str) -> None:
    with connect(ws_url(live_server), subprotocols=[PROTOCOL]) as ws:  # type: ignore[list-item]
        ws.send(
            json.dumps(
                {"type": "connection_init", "payload": {"authorization": "Bearer not-a-token"}}
            )
        )
        assert close_code(ws) == 4403


def test_connection_init_with_a_bearer_token_is_acknowledged(live_server: str) -> None:
    token = demo_token(live_server)
    with connect(ws_url(live_server), subprotocols=[PROTOCOL]) as ws:  # type: ignore[list-item]
        ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        assert json.loads(ws.recv(timeout=5))["type"] == "connection_ack"
        ws.send(json.dumps({"type": "ping"}))
        assert json.loads(ws.recv(timeout=5))["type"] == "pong"


def test_legacy_graphql_ws_protocol_is_not_served(live_server: str) -> None:
    with (
        pytest.raises(ConnectionClosed) as info,
        connect(ws_url(live_server), subprotocols=["graphql-ws"]) as ws,  # type: ignore[list-item]
    ):
        ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        ws.recv(timeout=5)
    assert info.value.rcvd is not None and info.value.rcvd.code == 4406
