"""Small builders so a test states only what matters (users per role, signed-in clients)."""

from __future__ import annotations

from typing import Any

import httpx

from backend.actor import Actor
from backend.domains.auth import models as auth_models
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role

PASSWORD = "correct-horse-battery"

LOGIN = """
mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    user { id username roles }
    errors { field code message }
  }
}
"""


class GraphQLClient:
    """Posts GraphQL documents to the app, optionally with a bearer token."""

    def __init__(self, http: httpx.AsyncClient, token: str | None = None) -> None:
        self.http = http
        self.token = token

    async def post(
        self, query: str, variables: dict[str, Any] | None = None, **headers: str
    ) -> httpx.Response:
        """Send one operation and return the raw response."""
        all_headers = {"content-type": "application/json", **headers}
        if self.token:
            all_headers["authorization"] = f"Bearer {self.token}"
        body: dict[str, Any] = {"query": query}
        if variables is not None:
            body["variables"] = variables
        return await self.http.post("/graphql", json=body, headers=all_headers)

    async def execute(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send one operation and return the decoded JSON body (asserts HTTP 200)."""
        response = await self.post(query, variables)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def as_token(self, token: str | None) -> GraphQLClient:
        """Return a client sending this bearer token."""
        return GraphQLClient(self.http, token)


async def create_user(
    role: Role | list[Role] = Role.ADMIN,
    *,
    username: str | None = None,
    password: str = PASSWORD,
    is_active: bool = True,
) -> auth_models.User:
    """Create a user with the given role(s)."""
    roles = role if isinstance(role, list) else [role]
    user = await auth_service.create_user(
        username=username or f"{roles[0].value.lower().replace('_', '')}",
        display_name=f"Test {roles[0].value}",
        branch="Test branch",
        roles=roles,
        password=password,
        actor=Actor.system("tests"),
    )
    if not is_active:
        user.is_active = False
        await user.save()
    return user


async def login(gql: GraphQLClient, username: str, password: str = PASSWORD) -> dict[str, Any]:
    """Sign in through the API and return the login payload."""
    result = await gql.execute(LOGIN, {"username": username, "password": password})
    payload: dict[str, Any] = result["data"]["login"]
    return payload


async def client_for(gql: GraphQLClient, role: Role) -> GraphQLClient:
    """Create a user with the role, sign in, and return a client carrying their token."""
    user = await create_user(role)
    payload = await login(gql, user.username)
    assert payload["token"], payload
    return gql.as_token(payload["token"])
