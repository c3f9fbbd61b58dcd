"""GraphQL-over-HTTP rules, security limits, CSRF defence, error masking, health and metrics."""

from __future__ import annotations

import logging

import httpx
import pytest

from backend.api.schema import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS
from backend.app import check_production, create_app
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role
from backend.settings import Settings, SettingsError, load_settings
from tests.factories import GraphQLClient, client_for, create_user

INTROSPECTION = "{ __schema { queryType { name } } }"


def messages(body: dict) -> str:
    return " | ".join(e["message"] for e in body.get("errors") or [])


async def test_depth_limit(gql: GraphQLClient) -> None:
    # The depth limiter counts selections whether or not the fields exist, so a deep
    # document is refused before anything resolves (an anonymous one even sooner: it may
    # select only sign-in).
    admin = await client_for(gql, Role.ADMIN)
    nested = "id"
    for _ in range(MAX_DEPTH + 1):
        nested = f'node(id: "x") {{ {nested} }}'
    body = (await admin.post(f"query Deep {{ {nested} }}")).json()
    assert "exceeds maximum operation depth" in messages(body)
    assert body.get("data") is None


async def test_alias_limit_counts_through_fragments(gql: GraphQLClient) -> None:
    aliases = " ".join(f"a{i}: __typename" for i in range(MAX_ALIASES))
    ok = (await gql.post(f"query Ok {{ {aliases} }}")).json()
    assert "errors" not in ok or not ok["errors"], ok
    spread = (
        await gql.post(
            f"query TooMany {{ ...F extra: __typename }} fragment F on Query {{ {aliases} }}"
        )
    ).json()
    assert "aliases found" in messages(spread)


async def test_token_limit(gql: GraphQLClient) -> None:
    fields = " ".join("__typename" for _ in range(MAX_TOKENS))
    body = (await gql.post(f"{{ {fields} }}")).json()
    assert "exceeds the maximum" in messages(body).lower() or "token" in messages(body).lower()
    assert body.get("data") is None


async def test_batched_requests_are_rejected(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/graphql", json=[{"query": "{ __typename }"}, {"query": "{ __typename }"}]
    )
    assert response.status_code == 400


async def test_page_size_is_capped_at_100(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    body = await admin.execute("{ users(first: 101) { totalCount } }")
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    ok = await admin.execute("{ users(first: 100) { totalCount } }")
    assert ok["data"]["users"]["totalCount"] == 1


async def test_pagination_walks_forward_and_backward(gql: GraphQLClient) -> None:
    # given 1 admin + 4 more users
    admin = await client_for(gql, Role.ADMIN)
    for name in ("u1", "u2", "u3", "u4"):
        await create_user(Role.SALES, username=name)
    query = """query Page($first: Int, $after: String, $last: Int, $before: String) {
      users(first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { username } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"""
    # when
    page1 = (await admin.execute(query, {"first": 2}))["data"]["users"]
    page2 = (await admin.execute(query, {"first": 2, "after": page1["pageInfo"]["endCursor"]}))[
        "data"
    ]["users"]
    back = (await admin.execute(query, {"last": 2, "before": page2["pageInfo"]["startCursor"]}))[
        "data"
    ]["users"]
    # then
    assert [e["node"]["username"] for e in page1["edges"]] == ["admin", "u1"]
    assert [e["node"]["username"] for e in page2["edges"]] == ["u2", "u3"]
    assert page1["totalCount"] == 5 and page1["pageInfo"]["hasNextPage"]
    assert not page1["pageInfo"]["hasPreviousPage"] and page2["pageInfo"]["hasPreviousPage"]
    assert [e["node"]["username"] for e in back["edges"]] == ["admin", "u1"]
    bad = await admin.execute(query, {"first": 2, "after": "not-a-cursor"})
    assert bad["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_mutation_by_get_is_refused(http: httpx.AsyncClient) -> None:
    response = await http.get(
        "/graphql", params={"query": "mutation { logout { errors { code } } }"}
    )
    assert response.status_code in (400, 405)
    assert "data" not in response.text


async def test_query_by_get_is_allowed(http: httpx.AsyncClient) -> None:
    response = await http.get("/graphql", params={"query": "{ __typename }"})
    assert response.json() == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize(
    "content_type",
    ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"],
)
async def test_form_and_text_posts_are_refused(
    gql: GraphQLClient, http: httpx.AsyncClient, content_type: str
) -> None:
    # given a browser with a session cookie
    user = await create_user(Role.ADMIN, username="victim")
    await gql.post(
        'mutation { login(username: "victim", password: "correct-horse-battery") { token } }'
    )
    # when another site posts a form to /graphql
    response = await http.post(
        "/graphql",
        content=b"query=mutation+%7B+logout+%7B+errors+%7B+code+%7D+%7D+%7D",
        headers={"content-type": content_type},
    )
    # then it is refused and the session still exists
    assert response.status_code == 415
    assert await auth_service.models.Session.filter(user_id=user.id).exists()


async def test_graphql_response_json_gives_400_on_validation_errors(
    gql: GraphQLClient,
) -> None:
    headers = {"accept": "application/graphql-response+json"}
    bad = await gql.post("{ noSuchField }", **headers)
    assert bad.status_code == 400
    assert bad.headers["content-type"].startswith("application/graphql-response+json")
    unparsable = await gql.post("{ unclosed", **headers)
    assert unparsable.status_code == 400
    good = await gql.post("{ __typename }", **headers)
    assert good.status_code == 200
    assert good.headers["content-type"].startswith("application/graphql-response+json")
    admin = await client_for(gql, Role.ADMIN)
    executed_with_error = await admin.post("{ users(first: 101) { totalCount } }", **headers)
    assert executed_with_error.status_code == 200
    # an anonymous caller selecting more than sign-in is refused before execution
    gql.http.cookies.clear()
    refused = await gql.post("{ me { id } }", **headers)
    assert refused.status_code == 400
    plain = await gql.post("{ noSuchField }")
    assert plain.status_code == 200 and plain.headers["content-type"] == "application/json"


async def test_unexpected_errors_are_masked_with_a_logged_correlation_id(
    gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # given a service failure nobody planned for
    admin = await client_for(gql, Role.ADMIN)

    def explode(**kwargs: object) -> None:
        raise RuntimeError("secret table name users_internal")

    monkeypatch.setattr(auth_service, "users_query", explode)
    # when
    with caplog.at_level(logging.ERROR, logger="bankpm.graphql"):
        response = await admin.post("query Users { users { totalCount } }")
    # then
    error = response.json()["errors"][0]
    cid = response.headers["x-correlation-id"]
    assert "secret" not in error["message"]
    assert cid in error["message"]
    assert error["extensions"] == {"code": "INTERNAL_SERVER_ERROR", "correlationId": cid}
    assert any(getattr(r, "correlation_id", None) == cid for r in caplog.records)


def _production_settings(settings: Settings) -> Settings:
    return load_settings(
        {
            "BANKPM_ENV": "production",
            "BANKPM_SECRET_KEY": "x" * 40,
            "DATABASE_URL": settings.database_url,
            "BANKPM_DATA_DIR": str(settings.data_dir),
        }
    )


async def test_production_disables_introspection_ide_and_suggestions(settings: Settings) -> None:
    app = create_app(_production_settings(settings), manage_db=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        intro = (await http.post("/graphql", json={"query": INTROSPECTION})).json()
        assert "introspection" in messages(intro).lower()
        ide = await http.get("/graphql", headers={"accept": "text/html"})
        assert ide.status_code == 404
        typo = (await http.post("/graphql", json={"query": "{ mee }"})).json()
        assert "Did you mean" not in messages(typo)


async def test_development_allows_introspection_and_ide(http: httpx.AsyncClient) -> None:
    intro = (await http.post("/graphql", json={"query": INTROSPECTION})).json()
    assert intro["data"]["__schema"]["queryType"]["name"] == "Query"
    ide = await http.get("/graphql", headers={"accept": "text/html"})
    assert ide.status_code == 200 and "graphiql" in ide.text.lower()


def test_production_requires_a_secret(settings: Settings) -> None:
    with pytest.raises(SettingsError, match="BANKPM_SECRET_KEY"):
        load_settings({"BANKPM_ENV": "production", "BANKPM_DATA_DIR": str(settings.data_dir)})


async def test_production_refuses_to_start_with_demo_users(settings: Settings) -> None:
    from backend import demo

    production = _production_settings(settings)
    await check_production(production)  # no users yet: fine
    await demo.load(settings=settings, customers=150)
    with pytest.raises(SettingsError, match="Demo users"):
        await check_production(production)


async def test_health_readiness_and_metrics(http: httpx.AsyncClient, gql: GraphQLClient) -> None:
    assert (await http.get("/healthz")).json() == {"status": "ok"}
    ready = await http.get("/readyz")
    assert ready.status_code == 200 and ready.json()["database"] == "up"
    await gql.post("query MetricsProbe { __typename }")
    metrics = (await http.get("/metrics")).text
    assert 'bankpm_graphql_operations_total{operation="MetricsProbe",type="query"}' in metrics
    assert 'bankpm_graphql_duration_seconds_count{operation="MetricsProbe"}' in metrics
    assert "bankpm_http_requests_total" in metrics


async def test_node_fetches_by_global_id_with_the_types_permission(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    me = (await admin.execute("{ me { id } }"))["data"]["me"]["id"]
    query = "query N($id: ID!) { node(id: $id) { id ... on User { username } } }"
    found = await admin.execute(query, {"id": me})
    assert found["data"]["node"] == {"id": me, "username": "admin"}
    sales = await client_for(gql, Role.SALES)
    denied = await sales.execute(query, {"id": me})
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    missing = await admin.execute(query, {"id": "bm9wZTox"})
    assert missing["data"]["node"] is None


async def test_requests_are_logged_as_json_with_the_correlation_id(
    http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    import json

    from backend.api.logs import JsonFormatter

    with caplog.at_level(logging.INFO, logger="bankpm.access"):
        response = await http.get("/healthz", headers={"x-request-id": "req-12345678"})
    assert response.headers["x-correlation-id"] == "req-12345678"
    record = next(r for r in caplog.records if r.name == "bankpm.access")
    line = json.loads(JsonFormatter().format(record))
    assert line["correlation_id"] == "req-12345678"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/healthz", 200)
    assert line["duration_ms"] >= 0 and line["level"] == "INFO"
