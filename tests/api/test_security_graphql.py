"""GraphQL execution hardening (#11): cost limits, anonymous callers, the validation cache,
one operation per request, bad input answered as BAD_USER_INPUT, text free of control and
bidi-override characters, and logs free of submitted values."""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from graphql import parse
from starlette.routing import Route

from backend.api.guards import MAX_FILTER_TEXT, CostExceeded, operation_cost, operations
from backend.api.schema import schema
from backend.app import create_app
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role
from backend.settings import DEFAULT_MAX_QUERY_COST, Settings
from tests.factories import (
    LOGIN,
    PRODUCT_CREATE,
    GraphQLClient,
    client_for,
    create_product_via_api,
    create_user,
    login,
    product_input,
)

ROOT = Path(__file__).resolve().parents[2]
GRAPHQL_RESPONSE = "application/graphql-response+json"
ME_240 = "query Stall { " + " ".join("me { id }" for _ in range(240)) + " }"


def codes(body: dict[str, Any]) -> list[str]:
    return [e.get("extensions", {}).get("code", "") for e in body.get("errors") or []]


def validation_cache(app: Any) -> Any:
    view = next(r.endpoint for r in app.routes if isinstance(r, Route) and r.path == "/graphql")
    return view.schema.validation_cache


# --- item 6: cost limit, anonymous callers, validation cache ---------------------------------


async def test_an_anonymous_document_repeating_me_is_refused_before_validation(
    gql: GraphQLClient, app: Any
) -> None:
    # given an anonymous caller and a document that would cost ~1 s to validate
    cache = validation_cache(app)
    misses = cache.misses
    # when
    response = await gql.post(ME_240.replace("{ ", "{ nosuchfield ", 1), accept=GRAPHQL_RESPONSE)
    # then it is refused as unauthenticated, not validated (the unknown field goes unreported)
    body = response.json()
    assert response.status_code == 400
    assert codes(body) == ["UNAUTHENTICATED"]
    assert body.get("data") is None
    assert cache.misses == misses


async def test_anonymous_callers_may_only_sign_in(gql: GraphQLClient) -> None:
    await create_user(Role.ADMIN, username="admin")
    # a public root field (login) runs; any other root field is refused before execution
    payload = await login(gql, "admin")
    assert payload["token"]
    gql.http.cookies.clear()  # anonymous again
    for doc in ("{ products { totalCount } }", "query { __typename me { id } }"):
        body = await gql.execute(doc)
        assert codes(body) == ["UNAUTHENTICATED"], (doc, body)
        assert body.get("data") is None
    assert (await gql.execute("{ __typename }"))["data"] == {"__typename": "Query"}


async def test_anonymous_cost_limit_is_much_lower(
    http: httpx.AsyncClient, settings: Settings
) -> None:
    # 15 aliases of login (the alias limit) stay inside the default anonymous cost ...
    gql = GraphQLClient(http)
    aliased = " ".join(
        f'l{i}: login(username: "u", password: "p") {{ token errors {{ code }} }}' for i in range(4)
    )
    body = await gql.execute(f"mutation Four {{ {aliased} }}")
    assert "BAD_USER_INPUT" not in codes(body), body
    # ... but not a lower limit set by the operator
    strict = create_app(dataclasses.replace(settings, anonymous_max_query_cost=10), manage_db=False)
    transport = httpx.ASGITransport(app=strict, client=("10.1.2.3", 4321))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        refused = await GraphQLClient(client).execute(f"mutation Four {{ {aliased} }}")
    assert codes(refused) == ["BAD_USER_INPUT"]
    assert refused["errors"][0]["extensions"]["maxCost"] == 10


async def test_a_signed_in_caller_pays_for_repeated_fields_and_large_pages(
    gql: GraphQLClient,
) -> None:
    admin = await client_for(gql, Role.ADMIN)
    # 240 `me { id }` cost 28,680 (validation compares every pair): refused unvalidated
    body = await admin.execute(ME_240)
    assert codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"]["maxCost"] == 5000
    # a page of 100 products with nested lists is over the limit, a page of 10 is not
    doc = """query Page($n: Int) { products(first: $n) { totalCount edges { node {
      id code nameZh nameEn status version highlights
      channels { channel } fees { type } versions(first: 20) { edges { node { version } } }
    } } } }"""
    refused = await admin.execute(doc, {"n": 100})
    assert codes(refused) == ["BAD_USER_INPUT"], refused
    ok = await admin.execute(doc, {"n": 10})
    assert "errors" not in ok, ok


async def test_validation_is_cached_by_the_parsed_document(gql: GraphQLClient, app: Any) -> None:
    admin = await client_for(gql, Role.ADMIN)
    cache = validation_cache(app)
    doc = "query Users { users(first: 5) { totalCount } }"
    await admin.execute(doc)
    misses = cache.misses
    # a trailing #nonce, other spacing and comments make no new cache entry
    for variant in (doc + " #nonce1", doc + "\n#nonce2", doc.replace(" ", "   ") + " # x"):
        body = await admin.execute(variant)
        assert body["data"]["users"]["totalCount"] == 1
    assert cache.misses == misses


# --- item 19: several operations need operationName -------------------------------------------


async def test_several_operations_without_an_operation_name_run_none(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    doc = "mutation Out { logout { errors { code } } } query Me { me { username } }"
    # when: no operationName
    response = await admin.post(doc, accept=GRAPHQL_RESPONSE)
    # then: refused before anything ran (the session still works)
    assert response.status_code == 400
    assert codes(response.json()) == ["BAD_USER_INPUT"]
    plain = await admin.execute(doc)
    assert codes(plain) == ["BAD_USER_INPUT"] and plain.get("data") is None
    named = await admin.http.post(
        "/graphql",
        json={"query": doc, "operationName": "Me"},
        headers={"authorization": f"Bearer {admin.token}"},
    )
    assert named.json()["data"]["me"]["username"] == "admin"


# --- items 9 and 12: bad input is BAD_USER_INPUT, and logs never hold submitted values --------

PRODUCTS_FIRST = "query Q($f: Int) { products(first: $f) { totalCount } }"
PRODUCTS_FILTER = "query Q($f: ProductFilter) { products(filter: $f) { totalCount } }"
PRODUCT_BY_ID = "query Q($id: ID!) { product(id: $id) { id } }"
NODE_BY_ID = "query Q($id: ID!) { node(id: $id) { id } }"
USERS_AFTER = "query Q($a: String) { users(after: $a) { totalCount } }"


def huge_id(type_name: str) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{'9' * 40}".encode()).decode()


BAD_INPUTS: list[tuple[str, dict[str, Any]]] = [
    (PRODUCTS_FIRST, {"f": 2**40}),
    (PRODUCTS_FIRST, {"f": 1e40}),
    (PRODUCTS_FIRST, {"f": "NaN"}),
    (PRODUCTS_FIRST, {"f": 101}),
    (PRODUCTS_FILTER, {"f": {"statuses": ["NOPE"]}}),
    (PRODUCTS_FILTER, {"f": {"onSaleAt": "2026-13-45"}}),
    (PRODUCTS_FILTER, {"f": {"rateMin": "NaN"}}),
    (PRODUCTS_FILTER, {"f": {"rateMin": "Infinity"}}),
    (PRODUCTS_FILTER, {"f": {"rateMin": "1e40"}}),
    (PRODUCTS_FILTER, {"f": {"rateMin": "abc"}}),
    (PRODUCTS_FILTER, {"f": {"text": "中" * 50_000}}),
    (PRODUCTS_FILTER, {"f": {"text": "x" * (MAX_FILTER_TEXT + 1)}}),
    (PRODUCT_BY_ID, {"id": huge_id("Product")}),
    (NODE_BY_ID, {"id": huge_id("Product")}),
    (NODE_BY_ID, {"id": huge_id("AuditEvent")}),
    (USERS_AFTER, {"a": base64.urlsafe_b64encode(b"cursor:" + b"9" * 40).decode()}),
    ('{ products(filter: {rateMin: "sNaN"}) { totalCount } }', {}),
    # found by the fuzz run: texts longer than the column they are compared with
    ('{ products(filter: {currency: "ABCDEFGHIJ"}) { totalCount } }', {}),
    ('{ fxRates(currency: "ABCDEFGHIJ") { totalCount } }', {}),
    (f'{{ auditEvents(filter: {{objectType: "{"x" * 150}"}}) {{ totalCount }} }}', {}),
    (f'{{ customerAccesses(filter: {{customerNo: "{"x" * 150}"}}) {{ totalCount }} }}', {}),
    ('{ products(filter: {rateMin: "1e40"}) { totalCount } }', {}),
]


@pytest.mark.parametrize(("doc", "variables"), BAD_INPUTS, ids=lambda v: str(v)[:40])
async def test_bad_input_is_refused_as_bad_user_input_without_an_error_log(
    gql: GraphQLClient, caplog: pytest.LogCaptureFixture, doc: str, variables: dict[str, Any]
) -> None:
    admin = await client_for(gql, Role.ADMIN)
    with caplog.at_level(logging.INFO):
        body = await admin.execute(doc, variables)
    answer = codes(body)
    # a huge id names nothing (null); everything else is a typed refusal
    assert answer in (["BAD_USER_INPUT"], []), body
    if not answer:
        assert list(body["data"].values()) == [None], body
    assert "INTERNAL_SERVER_ERROR" not in answer
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_variables_that_do_not_coerce_are_a_request_error(gql: GraphQLClient) -> None:
    # GraphQL-over-HTTP: a variable of the wrong type fails the request before execution
    admin = await client_for(gql, Role.ADMIN)
    response = await admin.post(PRODUCTS_FIRST, {"f": "NaN"}, accept=GRAPHQL_RESPONSE)
    assert response.status_code == 400
    body = response.json()
    assert codes(body) == ["BAD_USER_INPUT"] and body.get("data") is None
    assert body["errors"][0]["extensions"]["variable"] == "$f"
    assert "NaN" not in body["errors"][0]["message"]


@pytest.mark.parametrize("field", ["minAmount", "maxAmount", "quotaTotal"])
async def test_an_amount_its_column_cannot_hold_is_bad_input_and_writes_nothing(
    gql: GraphQLClient, caplog: pytest.LogCaptureFixture, field: str
) -> None:
    # found by probing the fuzz run's Decimal range: 10^20 does not fit numeric(20, 2)
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    with caplog.at_level(logging.INFO):
        body = await pm.execute(PRODUCT_CREATE, {"input": product_input(**{field: "1" + "0" * 20})})
    assert codes(body) in (["BAD_USER_INPUT"], []), body
    if not codes(body):  # SQLite stores it as text: then it is simply kept
        assert body["data"]["productCreate"]["product"] is not None
    else:
        listed = await pm.execute("{ products { totalCount } }")
        assert listed["data"]["products"]["totalCount"] == 0
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_a_huge_document_id_is_not_found_with_the_security_headers(
    gql: GraphQLClient,
) -> None:
    admin = await client_for(gql, Role.ADMIN)
    for raw in ("9" * 40, huge_id("ProductDocument")):
        response = await admin.http.get(
            f"/files/documents/{raw}", headers={"authorization": f"Bearer {admin.token}"}
        )
        assert response.status_code == 404, response.text
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"


SECRET_ID = "110105199001019999"
SECRET_PASSWORD = 8173649201736


async def test_no_submitted_secret_reaches_any_log_record(
    gql: GraphQLClient, caplog: pytest.LogCaptureFixture
) -> None:
    await create_user(Role.ADMIN, username="admin")
    admin = await client_for(gql, Role.SALES)
    with caplog.at_level(logging.DEBUG):
        # a numeric password, an ID number in a Date, in an ID, in a huge cursor, in an enum
        await gql.post(LOGIN, {"username": "admin", "password": SECRET_PASSWORD})
        await gql.post(LOGIN, {"username": SECRET_ID, "password": [SECRET_ID]})
        await admin.post(PRODUCTS_FILTER, {"f": {"onSaleAt": SECRET_ID}})
        await admin.post(PRODUCTS_FILTER, {"f": {"statuses": [SECRET_ID]}})
        await admin.post(PRODUCTS_FIRST, {"f": int(SECRET_ID)})
        await admin.post(NODE_BY_ID, {"id": SECRET_ID * 3})
        await admin.post(
            "query C($f: CustomerFilter) { customers(filter: $f) { totalCount } }",
            {"f": {"idNumber": SECRET_ID, "customerType": SECRET_ID}},
        )
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''} {r.__dict__}" for r in caplog.records)
    assert caplog.records, "the requests were logged"
    assert SECRET_ID not in logged
    assert str(SECRET_PASSWORD) not in logged
    # the log names the refused variable and its type instead
    assert any(
        "$password" in str(getattr(r, "fields", {}).get("variables", {})) for r in caplog.records
    )


async def test_an_unexpected_error_is_logged_without_the_values_that_caused_it(
    gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # given a failure whose message and traceback carry the submitted search text
    admin = await client_for(gql, Role.ADMIN)

    def explode(*, filter: Any = None, **kwargs: object) -> None:
        raise RuntimeError(f"cannot search for {filter.search}")

    monkeypatch.setattr(auth_service, "users_query", explode)
    # when
    with caplog.at_level(logging.DEBUG):
        response = await admin.post(
            "query Users($f: UserFilter) { users(filter: $f) { totalCount } }",
            {"f": {"search": SECRET_ID}},
        )
    # then it is logged once, with its correlation id and the variable's type, not its value
    assert codes(response.json()) == ["INTERNAL_SERVER_ERROR"]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    fields = errors[0].fields  # type: ignore[attr-defined]
    assert fields["variables"] == {"$f": "UserFilter"}
    assert "RuntimeError" in fields["exception"] and "[redacted]" in fields["exception"]
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''} {r.__dict__}" for r in caplog.records)
    assert SECRET_ID not in logged


# --- item 13: control and bidi-override characters are refused in text input -----------------


async def test_a_nul_filter_is_refused_and_no_longer_matches_every_product(
    gql: GraphQLClient,
) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    await create_product_via_api(pm)
    for variables in ({"f": {"text": "\x00"}}, {"f": {"text": "a\u202eb"}}):
        body = await pm.execute(PRODUCTS_FILTER, variables)
        assert codes(body) == ["BAD_USER_INPUT"], body
        assert body.get("data") is None
    literal = await pm.execute('{ products(filter: {text: "\\u0000"}) { totalCount } }')
    assert codes(literal) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize(
    "bad", ["\x00", "\x07", "\x1b[31m", "\u202e", "\u2066", "\x7f", "\x85"], ids=repr
)
async def test_control_and_bidi_characters_are_refused_in_names_and_filenames(
    gql: GraphQLClient, bad: str
) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    # in a variable (a product's name) ...
    body = await pm.execute(
        PRODUCT_CREATE, {"input": product_input(nameEn=f"Evil{bad}fdp.exe", code="T-EVIL-1")}
    )
    assert codes(body) == ["BAD_USER_INPUT"], body
    # ... and in a literal (a document's file name), nothing written
    product = await create_product_via_api(pm)
    escaped = bad.encode("unicode_escape").decode().replace("\\x", "\\u00")
    pid = product["id"]
    upload = await pm.execute(
        f'mutation {{ productDocumentUpload(input: {{productId: "{pid}", kind: BROCHURE, '
        f'title: "t", filename: "report{escaped}.pdf", contentBase64: "JVBERi0="}}) '
        "{ document { id } errors { code } } }"
    )
    assert codes(upload) == ["BAD_USER_INPUT"], upload
    listed = await pm.execute("{ products { totalCount } }")
    assert listed["data"]["products"]["totalCount"] == 1


async def test_tabs_and_newlines_stay_allowed_in_multi_line_text(gql: GraphQLClient) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await create_product_via_api(pm, description="第一行\n\t第二行\r\n第三行")
    assert product["id"]


def console_documents() -> list[tuple[str, str]]:
    """(name, document with every fragment) of each operation the console sends."""
    text = (ROOT / "frontend" / "src" / "gql" / "gql.ts").read_text()
    block = text[text.index("type Documents = {") :]
    block = block[: block.index("\n};")]
    sources = [
        json.loads(m.group(1))
        for m in re.finditer(r'^    ("(?:[^"\\]|\\.)*"): typeof', block, re.MULTILINE)
    ]
    fragment_sources = "\n".join(s for s in sources if not operations(parse(s)))
    out = []
    for source in sources:
        found = operations(parse(source))
        if found and found[0].name:
            out.append((found[0].name.value, source + "\n" + fragment_sources))
    return out


def test_every_console_operation_fits_the_cost_limit_at_the_largest_page() -> None:
    # the console offers pages of up to 100 rows: each of its documents must stay allowed
    limit = DEFAULT_MAX_QUERY_COST
    documents = console_documents()
    assert len(documents) > 50
    for name, source in documents:
        document = parse(source)
        operation = operations(document)[0]
        pages = {d.variable.name.value: 100 for d in operation.variable_definitions or ()}
        try:
            operation_cost(schema._schema, document, operation, pages, limit)
        except CostExceeded as exc:
            raise AssertionError(f"{name} costs {exc.cost} at 100 rows, over {limit}") from exc


# --- found by the fuzz run (item 22) ----------------------------------------------------------


async def test_users_filter_by_role_answers_on_both_databases(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    await create_user([Role.SALES, Role.ANALYST], username="seller")
    body = await admin.execute(
        "{ users(filter: {role: SALES}) { totalCount edges { node { username } } } }"
    )
    assert "errors" not in body, body
    assert [e["node"]["username"] for e in body["data"]["users"]["edges"]] == ["seller"]
