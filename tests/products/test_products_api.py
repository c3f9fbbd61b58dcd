"""Products through GraphQL: creation per subtype, validation, lifecycle, maker-checker,
change requests, as-of reads, search, compare, catalog."""

from __future__ import annotations

import logging
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from backend.actor import Actor
from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.auth.service import actor_for_user
from backend.domains.products import models as product_models
from backend.domains.products import quota as product_quota
from backend.domains.products import service as product_service
from backend.domains.products import terms as product_terms
from backend.domains.products.enums import (
    Channel,
    CustomerType,
    InterestPayment,
    ProductFamily,
    ProductSubtype,
    Residency,
    RiskLevel,
)
from backend.graphql_core.types import pk_of
from backend.kernel import clock
from tests.factories import (
    FAMILY_OF,
    PRODUCT_CREATE,
    GraphQLClient,
    client_for,
    create_product_via_api,
    create_user,
    login,
    on_sale_product,
    product_action,
    product_input,
)

PRODUCT = """
query P($id: ID!, $asOf: Date) {
  product(id: $id, asOf: $asOf) {
    id code nameZh status version headlineRate
    terms { __typename ... on DepositTerms { rateTable { termMonths rate } } }
    termsSchedule { effectiveDate headlineRate reason }
    versions(first: 20) { totalCount edges { node { version action reason diff changedBy { username } } } }
  }
}
"""
CHANGE_REQUEST = """
mutation CR($input: ProductChangeRequestInput!) {
  productChangeRequestCreate(input: $input) {
    changeRequest { id status effectiveDate } errors { field code message }
  }
}
"""
APPROVE_CR = """
mutation A($id: ID!) { productChangeRequestApprove(id: $id) {
  changeRequest { status decidedBy { username } } errors { code message } } }
"""


@pytest.fixture
async def pm(gql: GraphQLClient) -> GraphQLClient:
    return await client_for(gql, Role.PRODUCT_MANAGER)


@pytest.fixture
async def risk(gql: GraphQLClient) -> GraphQLClient:
    return await client_for(gql, Role.RISK_OFFICER)


@pytest.mark.parametrize("subtype", sorted(FAMILY_OF))
async def test_every_subtype_can_be_created_as_a_draft(pm: GraphQLClient, subtype: str) -> None:
    product = await create_product_via_api(pm, subtype)
    assert (product["status"], product["version"]) == ("DRAFT", 1)
    assert product["family"] == FAMILY_OF[subtype]
    expected_terms = {
        "DEPOSIT": "DepositTerms",
        "LOAN": "LoanTerms",
        "CREDIT_CARD": "CreditCardTerms",
        "WEALTH": "WealthTerms",
        "FX": "FxTerms",
        "PRECIOUS_METAL": "PreciousMetalTerms",
    }[FAMILY_OF[subtype]]
    assert product["terms"]["__typename"] == expected_terms


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    keys = path.split(".")
    for key in keys[:-1]:
        data = data[int(key)] if key.isdigit() else data[key]  # type: ignore[index]
    last = keys[-1]
    if last.isdigit():
        data[int(last)] = value  # type: ignore[index]
    else:
        data[last] = value


INVALID = [
    ("TIME", "terms.deposit.termsMonths", [12, 18], "terms.deposit.termsMonths"),
    ("TIME", "terms.deposit.rateTable.0.rate", "37", "terms.deposit.rateTable.0.rate"),
    ("TIME", "terms.deposit.rateTable.0.termMonths", 60, "terms.deposit.rateTable.0.termMonths"),
    ("LARGE_CD", "terms.deposit.minimumDeposit", "100000", "terms.deposit.minimumDeposit"),
    ("DEMAND", "terms.deposit.termsMonths", [12], "terms.deposit.termsMonths"),
    ("MORTGAGE", "terms.loan.amountDefault", "9000", "terms.loan.amountDefault"),
    ("MORTGAGE", "terms.loan.termMonthsMax", 120, "terms.loan.termMonthsMax"),
    ("MORTGAGE", "terms.loan.collateralRequired", False, "terms.loan.collateralRequired"),
    ("CONSUMER", "terms.loan.repaymentMethods", [], "terms.loan.repaymentMethods"),
    ("AUTO", "terms.loan.spreadBps", 3500, "terms.loan.spreadBps"),
    ("CO_BRANDED", "terms.creditCard.partnerBrand", None, "terms.creditCard.partnerBrand"),
    (
        "STANDARD",
        "terms.creditCard.interestFreeDaysMax",
        90,
        "terms.creditCard.interestFreeDaysMax",
    ),
    ("STANDARD", "terms.creditCard.creditLimitMax", "100", "terms.creditCard.creditLimitMax"),
    ("BOND", "terms.wealth.benchmarkMax", "2.0000", "terms.wealth.benchmarkMax"),
    ("BOND", "terms.wealth.termDays", None, "terms.wealth.termDays"),
    ("MIXED", "terms.wealth.offering", "PRIVATE", "terms.wealth.coolingOffHours"),
    ("SPOT", "terms.fx.currencyPairs", ["USD/XXX"], "terms.fx.currencyPairs.0"),
    ("SPOT", "terms.fx.tradingHours", "9am-5pm", "terms.fx.tradingHours"),
    ("OPTION", "terms.fx.tenors", [], "terms.fx.tenors"),
    ("STRUCTURED_DEPOSIT", "terms.fx.yieldMax", "0.5000", "terms.fx.yieldMax"),
    (
        "PHYSICAL_GOLD",
        "terms.preciousMetal.physicalDelivery",
        False,
        "terms.preciousMetal.physicalDelivery",
    ),
    ("PAPER_GOLD", "terms.preciousMetal.leverage", "5", "terms.preciousMetal.leverage"),
    ("GOLD_FUTURES", "terms.preciousMetal.purity", "80", "terms.preciousMetal.purity"),
    ("TIME", "currency", "XYZ", "currency"),
    ("TIME", "code", "bad code", "code"),
    ("TIME", "subtype", "MORTGAGE", "subtype"),
    ("TIME", "channels", [], "channels"),
    ("TIME", "maxAmount", "10", "maxAmount"),
    ("TIME", "eligibility.maxAge", 10, "eligibility.maxAge"),
]


@pytest.mark.parametrize(
    ("subtype", "path", "value", "field"), INVALID, ids=[f"{s}:{p}" for s, p, _, _ in INVALID]
)
async def test_invalid_input_names_the_field_and_writes_nothing(
    pm: GraphQLClient, subtype: str, path: str, value: Any, field: str
) -> None:
    # given a valid input with one bad value
    data = product_input(subtype)
    _set(data, path, value)
    # when
    result = await pm.execute(PRODUCT_CREATE, {"input": data})
    # then
    payload = result["data"]["productCreate"]
    assert payload["product"] is None
    assert field in [e["field"] for e in payload["errors"]], payload["errors"]
    assert await product_models.Product.all().count() == 0


async def test_terms_of_another_family_are_refused(pm: GraphQLClient) -> None:
    data = product_input("TIME", terms={"wealth": product_input("BOND")["terms"]["wealth"]})
    payload = (await pm.execute(PRODUCT_CREATE, {"input": data}))["data"]["productCreate"]
    assert payload["errors"][0]["field"] == "terms.deposit"


async def test_duplicate_code_is_refused(pm: GraphQLClient) -> None:
    await create_product_via_api(pm, "TIME", code="DUP-1")
    payload = (await pm.execute(PRODUCT_CREATE, {"input": product_input("TIME", code="dup-1")}))[
        "data"
    ]["productCreate"]
    assert payload["errors"][0]["code"] == "DUPLICATE"


async def test_full_lifecycle_with_audit_and_versions(
    pm: GraphQLClient, risk: GraphQLClient
) -> None:
    # given an on-sale product
    product = await on_sale_product(pm, risk)
    # when the product manager suspends it (a business suspension), resumes, takes it offline
    # and retires it
    steps = [
        (pm, "suspend", "SUSPENDED"),
        (pm, "resume", "ON_SALE"),
        (pm, "take_offline", "OFFLINE"),
        (pm, "retire", "RETIRED"),
    ]
    for client, action, expected in steps:
        body = await product_action(client, action, product["id"], product["version"])
        result = body["data"]["result"]
        assert result["errors"] == [], (action, result)
        assert result["product"]["status"] == expected
        product = result["product"]
    # then every step is a version and an audit event
    detail = (await pm.execute(PRODUCT, {"id": product["id"]}))["data"]["product"]
    actions = [e["node"]["action"] for e in detail["versions"]["edges"]]
    assert actions == [
        "retire",
        "take_offline",
        "resume",
        "suspend",
        "launch",
        "approve",
        "submit",
        "create",
    ]
    assert detail["versions"]["edges"][-2]["node"]["diff"]["status"] == ["DRAFT", "PENDING_REVIEW"]
    audited = await audit_models.AuditEvent.filter(object_type="Product", outcome="SUCCESS").count()
    assert audited == 8


@pytest.mark.parametrize(
    ("action", "from_status"),
    [
        ("approve", "DRAFT"),
        ("launch", "DRAFT"),
        ("suspend", "DRAFT"),
        ("retire", "DRAFT"),
        ("submit", "ON_SALE"),
        ("resume", "ON_SALE"),
        ("approve", "ON_SALE"),
    ],
)
async def test_transitions_not_allowed_from_a_status_are_refused(
    pm: GraphQLClient, risk: GraphQLClient, action: str, from_status: str
) -> None:
    product = (
        await on_sale_product(pm, risk)
        if from_status == "ON_SALE"
        else await create_product_via_api(pm)
    )
    client = risk if action in ("approve", "suspend", "resume") else pm
    body = await product_action(client, action, product["id"], product["version"])
    error = body["data"]["result"]["errors"][0]
    assert error["code"] == "INVALID_TRANSITION"
    assert from_status in error["message"]


async def test_suspend_and_take_offline_need_a_reason(
    pm: GraphQLClient, risk: GraphQLClient
) -> None:
    product = await on_sale_product(pm, risk)
    for action in ("suspend", "take_offline"):
        body = await product_action(pm, action, product["id"], product["version"], reason="  ")
        assert body["data"]["result"]["errors"][0] == {
            "field": "reason",
            "code": "REQUIRED",
            "message": "Say why you make this change.",
        }


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        (Role.PRODUCT_MANAGER, "approve", False),
        (Role.RISK_OFFICER, "submit", False),
        (Role.SALES, "suspend", False),
        (Role.AUDITOR, "submit", False),
        (Role.RISK_OFFICER, "suspend", True),
        (Role.PRODUCT_MANAGER, "suspend", True),
        (Role.RISK_OFFICER, "launch", False),
        (Role.ADMIN, "approve", False),
    ],
)
async def test_who_may_make_each_transition(
    gql: GraphQLClient,
    pm: GraphQLClient,
    risk: GraphQLClient,
    role: Role,
    action: str,
    allowed: bool,
) -> None:
    if role == Role.PRODUCT_MANAGER:
        client = pm
    elif role == Role.RISK_OFFICER:
        client = risk
    else:
        client = await client_for(gql, role)
    product = (
        await on_sale_product(pm, risk) if action == "suspend" else await create_product_via_api(pm)
    )
    if action == "approve":
        product = (await product_action(pm, "submit", product["id"], 1))["data"]["result"][
            "product"
        ]
    body = await product_action(client, action, product["id"], product["version"])
    if allowed:
        assert body["data"]["result"]["errors"] == []
    else:
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_maker_cannot_check_their_own_submission(
    gql: GraphQLClient, pm: GraphQLClient
) -> None:
    # given a user who holds both roles
    await create_user([Role.PRODUCT_MANAGER, Role.RISK_OFFICER], username="both")
    both = gql.as_token((await login(gql, "both"))["token"])
    product = await create_product_via_api(both)
    submitted = (await product_action(both, "submit", product["id"], 1))["data"]["result"][
        "product"
    ]
    # when they approve it themselves
    own = await product_action(both, "approve", product["id"], submitted["version"])
    # then it is refused, and another checker may approve
    assert own["data"]["result"]["errors"][0]["code"] == "SAME_MAKER_CHECKER"
    assert "Maker-checker" in own["data"]["result"]["errors"][0]["message"]
    other = await client_for(gql, Role.RISK_OFFICER)
    ok = await product_action(other, "approve", product["id"], submitted["version"])
    assert ok["data"]["result"]["product"]["status"] == "APPROVED"


async def test_an_editor_of_the_draft_cannot_check_it_after_someone_else_submits(
    gql: GraphQLClient, pm: GraphQLClient
) -> None:
    # given a draft edited by a user with both roles, then submitted by a product manager
    await create_user([Role.PRODUCT_MANAGER, Role.RISK_OFFICER], username="editor")
    editor = gql.as_token((await login(gql, "editor"))["token"])
    product = await create_product_via_api(pm)
    edit = """mutation U($id: ID!) { productUpdate(id: $id, expectedVersion: 1, reason: "改名",
      input: {nameZh: "改过的名字"}) { product { version } errors { field code } } }"""
    edited = (await editor.execute(edit, {"id": product["id"]}))["data"]["productUpdate"]
    assert edited["errors"] == []
    submitted = (await product_action(pm, "submit", product["id"], edited["product"]["version"]))[
        "data"
    ]["result"]["product"]
    # when the editor approves it
    own = await product_action(editor, "approve", product["id"], submitted["version"])
    # then it is refused: the checker differs from every maker, not only the submitter
    assert own["data"]["result"]["errors"][0]["code"] == "SAME_MAKER_CHECKER"
    assert (await product_models.Product.get(id=pk_of(product["id"], "Product"))).status == (
        "PENDING_REVIEW"
    )
    other = await client_for(gql, Role.RISK_OFFICER)
    ok = await product_action(other, "approve", product["id"], submitted["version"])
    assert ok["data"]["result"]["product"]["status"] == "APPROVED"


async def test_stale_version_is_a_conflict(pm: GraphQLClient) -> None:
    product = await create_product_via_api(pm)
    update = """mutation U($id: ID!) { productUpdate(id: $id, expectedVersion: 1, reason: "改名",
      input: {nameZh: "新名字"}) { product { version nameZh } errors { field code } } }"""
    first = (await pm.execute(update, {"id": product["id"]}))["data"]["productUpdate"]
    second = (await pm.execute(update, {"id": product["id"]}))["data"]["productUpdate"]
    assert first["product"] == {"version": 2, "nameZh": "新名字"}
    assert second["errors"] == [{"field": "expectedVersion", "code": "CONFLICT"}]


async def test_live_product_changes_need_a_second_person_and_take_effect_on_their_date(
    pm: GraphQLClient, risk: GraphQLClient
) -> None:
    # given an on-sale time deposit at 1.30 % / 1.75 %
    product = await on_sale_product(pm, risk)
    today = clock.today()
    tomorrow = today + timedelta(days=1)
    new_terms = product_input("TIME")["terms"]
    new_terms["deposit"]["rateTable"][1]["rate"] = "1.6000"
    # when pm asks for a rate cut from tomorrow
    direct = (
        await pm.execute(
            """mutation U($id: ID!, $v: Int!) { productUpdate(id: $id, expectedVersion: $v,
        reason: "x", input: {nameZh: "y"}) { errors { code } } }""",
            {"id": product["id"], "v": product["version"]},
        )
    )["data"]["productUpdate"]
    created = (
        await pm.execute(
            CHANGE_REQUEST,
            {
                "input": {
                    "productId": product["id"],
                    "expectedVersion": product["version"],
                    "reason": "跟随市场下调",
                    "effectiveDate": tomorrow.isoformat(),
                    "terms": new_terms,
                }
            },
        )
    )["data"]["productChangeRequestCreate"]
    request_id = created["changeRequest"]["id"]
    # then it cannot be edited directly, the requester cannot approve, a checker can
    assert direct["errors"] == [{"code": "PRODUCT_NOT_EDITABLE"}]
    own = await pm.execute(APPROVE_CR, {"id": request_id})
    assert own["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # pm lacks product:approve
    approved = (await risk.execute(APPROVE_CR, {"id": request_id}))["data"][
        "productChangeRequestApprove"
    ]
    assert approved["changeRequest"]["status"] == "APPROVED"
    # and the old rate holds today, the new one from tomorrow
    now = (await pm.execute(PRODUCT, {"id": product["id"]}))["data"]["product"]
    later = (await pm.execute(PRODUCT, {"id": product["id"], "asOf": tomorrow.isoformat()}))[
        "data"
    ]["product"]
    assert now["headlineRate"] == "1.7500" and later["headlineRate"] == "1.6000"
    assert [s["effectiveDate"] for s in now["termsSchedule"]] == [
        today.isoformat(),
        tomorrow.isoformat(),
    ]


async def test_requester_with_approve_permission_still_cannot_approve_own_request(
    gql: GraphQLClient, pm: GraphQLClient, risk: GraphQLClient
) -> None:
    await create_user([Role.PRODUCT_MANAGER, Role.RISK_OFFICER], username="both")
    both = gql.as_token((await login(gql, "both"))["token"])
    product = await on_sale_product(pm, risk)
    created = (
        await both.execute(
            CHANGE_REQUEST,
            {
                "input": {
                    "productId": product["id"],
                    "expectedVersion": product["version"],
                    "reason": "调整说明",
                    "effectiveDate": clock.today().isoformat(),
                    "changes": {"description": "新的说明"},
                }
            },
        )
    )["data"]["productChangeRequestCreate"]
    result = (await both.execute(APPROVE_CR, {"id": created["changeRequest"]["id"]}))["data"][
        "productChangeRequestApprove"
    ]
    assert result["errors"][0]["code"] == "SAME_MAKER_CHECKER"


async def test_change_request_effective_date_must_not_be_past(
    pm: GraphQLClient, risk: GraphQLClient
) -> None:
    product = await on_sale_product(pm, risk)
    result = (
        await pm.execute(
            CHANGE_REQUEST,
            {
                "input": {
                    "productId": product["id"],
                    "expectedVersion": product["version"],
                    "reason": "x",
                    "effectiveDate": (clock.today() - timedelta(days=1)).isoformat(),
                    "terms": product_input("TIME")["terms"],
                }
            },
        )
    )["data"]["productChangeRequestCreate"]
    assert result["errors"][0]["field"] == "effectiveDate"
    assert result["errors"][0]["code"] == "EFFECTIVE_DATE_IN_PAST"


CANCEL_CR = """
mutation C($id: ID!) { productChangeRequestCancel(id: $id) {
  changeRequest { status } errors { field code } } }
"""


async def test_a_decided_change_request_is_closed(pm: GraphQLClient, risk: GraphQLClient) -> None:
    # given a change request its requester cancelled
    product = await on_sale_product(pm, risk)
    created = (
        await pm.execute(
            CHANGE_REQUEST,
            {
                "input": {
                    "productId": product["id"],
                    "expectedVersion": product["version"],
                    "reason": "调整说明",
                    "effectiveDate": clock.today().isoformat(),
                    "changes": {"description": "新的说明"},
                }
            },
        )
    )["data"]["productChangeRequestCreate"]
    request_id = created["changeRequest"]["id"]
    cancelled = (await pm.execute(CANCEL_CR, {"id": request_id}))["data"]
    assert cancelled["productChangeRequestCancel"]["changeRequest"]["status"] == "CANCELLED"
    # when a checker approves it, or the requester cancels it again
    approved = (await risk.execute(APPROVE_CR, {"id": request_id}))["data"]
    again = (await pm.execute(CANCEL_CR, {"id": request_id}))["data"]
    # then both are refused as closed
    assert approved["productChangeRequestApprove"]["errors"][0]["code"] == "CHANGE_REQUEST_CLOSED"
    assert again["productChangeRequestCancel"]["errors"] == [
        {"field": "id", "code": "CHANGE_REQUEST_CLOSED"}
    ]


async def test_as_of_returns_the_product_as_it_was(pm: GraphQLClient) -> None:
    # given a product created "last week" and renamed today
    product = await create_product_via_api(pm)
    pk = pk_of(product["id"], "Product")
    week_ago = clock.now() - timedelta(days=7)
    await product_models.ProductVersion.filter(product_id=pk, version=1).update(changed_at=week_ago)
    await product_models.ProductTerms.filter(product_id=pk).update(
        effective_date=clock.today() - timedelta(days=7)
    )
    await pm.execute(
        """mutation U($id: ID!) { productUpdate(id: $id, expectedVersion: 1,
      reason: "改名", input: {nameZh: "改名后"}) { errors { code } } }""",
        {"id": product["id"]},
    )
    # when / then
    today = clock.today()
    past = await pm.execute(
        PRODUCT, {"id": product["id"], "asOf": (today - timedelta(days=3)).isoformat()}
    )
    now = await pm.execute(PRODUCT, {"id": product["id"], "asOf": today.isoformat()})
    before = await pm.execute(
        PRODUCT, {"id": product["id"], "asOf": (today - timedelta(days=30)).isoformat()}
    )
    assert past["data"]["product"]["nameZh"] == "测试产品 TIME"
    assert past["data"]["product"]["version"] == 1
    assert now["data"]["product"]["nameZh"] == "改名后"
    assert before["data"]["product"] is None


async def test_quota_used_up_suspends_automatically(pm: GraphQLClient, risk: GraphQLClient) -> None:
    product = await on_sale_product(pm, risk, quotaTotal="1000000")
    pk = pk_of(product["id"], "Product")
    assert pk is not None
    system = Actor.system("sales")
    await product_quota.record_quota_use(product_id=pk, amount=Decimal("400000"), actor=system)
    after = await product_quota.record_quota_use(
        product_id=pk, amount=Decimal("600000"), actor=system
    )
    assert (after.status, after.status_reason) == ("SUSPENDED", "Quota exhausted")
    event = await audit_models.AuditEvent.filter(action="product.quotaExhaustedSuspend").first()
    assert event is not None and event.after["status"] == "SUSPENDED"


SEARCH = """
query S($filter: ProductFilter, $order: ProductOrder) {
  products(first: 50, filter: $filter, orderBy: $order) { totalCount edges { node { code headlineRate } } }
}
"""


async def test_search_filters_and_sorts(pm: GraphQLClient, risk: GraphQLClient) -> None:
    # given
    await on_sale_product(pm, risk, "TIME", code="SRCH-TD")
    await create_product_via_api(pm, "BOND", code="SRCH-WM")
    await create_product_via_api(pm, "MORTGAGE", code="SRCH-LN", channels=[{"channel": "COUNTER"}])

    async def codes(flt: dict[str, Any], order: dict[str, Any] | None = None) -> list[str]:
        body = await pm.execute(SEARCH, {"filter": flt, "order": order})
        return [e["node"]["code"] for e in body["data"]["products"]["edges"]]

    # then
    assert await codes({"text": "srch-t"}) == ["SRCH-TD"]
    assert await codes({"families": ["WEALTH", "LOAN"]}) == ["SRCH-LN", "SRCH-WM"]
    assert await codes({"statuses": ["ON_SALE"]}) == ["SRCH-TD"]
    assert await codes({"channel": "MOBILE_BANKING"}) == ["SRCH-TD", "SRCH-WM"]
    assert await codes({"rateMin": "3.0", "rateMax": "3.3"}) == ["SRCH-LN", "SRCH-WM"]
    assert await codes({"onSaleAt": clock.today().isoformat()}) == ["SRCH-TD"]
    assert await codes({}, {"field": "HEADLINE_RATE", "direction": "DESC"}) == [
        "SRCH-WM",
        "SRCH-LN",
        "SRCH-TD",
    ]


async def test_compare_takes_two_to_four(pm: GraphQLClient) -> None:
    ids = [(await create_product_via_api(pm, s))["id"] for s in ("TIME", "BOND", "SPOT")]
    query = "query C($ids: [ID!]!) { productCompare(ids: $ids) { code } }"
    ok = await pm.execute(query, {"ids": ids[1::-1]})
    assert [p["code"] for p in ok["data"]["productCompare"]] == ["T-BOND-1", "T-TIME-1"]
    one = await pm.execute(query, {"ids": ids[:1]})
    assert one["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


CATALOG = """
query Cat($channel: Channel!) { catalog(channel: $channel) { totalCount edges { node { code headlineRate
  terms { __typename } } } } }
"""


async def test_catalog_shows_only_on_sale_products_published_on_the_channel(
    gql: GraphQLClient, pm: GraphQLClient, risk: GraphQLClient
) -> None:
    # given
    today = clock.today()
    await on_sale_product(pm, risk, code="CAT-MOBILE")
    await on_sale_product(pm, risk, code="CAT-COUNTER", channels=[{"channel": "COUNTER"}])
    await on_sale_product(
        pm,
        risk,
        code="CAT-LATER",
        channels=[
            {"channel": "MOBILE_BANKING", "publishFrom": (today + timedelta(days=5)).isoformat()}
        ],
    )
    await on_sale_product(
        pm,
        risk,
        code="CAT-ENDED",
        salesEnd=(today - timedelta(days=1)).isoformat(),
        salesStart=(today - timedelta(days=30)).isoformat(),
    )
    await create_product_via_api(pm, code="CAT-DRAFT")
    admin = await client_for(gql, Role.ADMIN)
    key = (
        await admin.execute("""mutation { apiKeyCreate(input: {name: "手机银行", scopes: [CATALOG_READ]})
      { secret } }""")
    )["data"]["apiKeyCreate"]["secret"]
    other = (
        await admin.execute("""mutation { apiKeyCreate(input: {name: "监控", scopes: [ALERTS_SUBSCRIBE]})
      { secret } }""")
    )["data"]["apiKeyCreate"]["secret"]
    # when the mobile app reads its catalog with its API key
    mobile = await gql.as_token(key).execute(CATALOG, {"channel": "MOBILE_BANKING"})
    # then
    assert [e["node"]["code"] for e in mobile["data"]["catalog"]["edges"]] == ["CAT-MOBILE"]
    assert mobile["data"]["catalog"]["edges"][0]["node"]["headlineRate"] == "1.7500"
    denied = await gql.as_token(other).execute(CATALOG, {"channel": "MOBILE_BANKING"})
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    internal = await gql.as_token(key).post(
        "{ catalog(channel: COUNTER) { edges { node { code owner { username } } } } }"
    )
    assert "Cannot query field 'owner'" in internal.json()["errors"][0]["message"]
    key_products = await gql.as_token(key).execute("{ products { totalCount } }")
    assert key_products["errors"][0]["extensions"]["code"] == "FORBIDDEN"


LIST_100 = """
query List($first: Int) { products(first: $first) { totalCount edges { node {
  code headlineRate status owner { username } documents { title } quota { remaining }
  terms { __typename ... on DepositTerms { rateTable { rate } } }
  termsSchedule { effectiveDate headlineRate } } } } }
"""


async def test_listing_10_or_100_products_runs_the_same_number_of_statements(
    pm: GraphQLClient, caplog: pytest.LogCaptureFixture
) -> None:
    # given 100 products, created through the service (faster than 100 GraphQL calls)
    user = await create_user(Role.PRODUCT_MANAGER, username="owner2")
    pm_actor = actor_for_user(user, base=Actor.system("tests"))
    data = product_input("TIME")
    for i in range(100):
        await product_service.create_product(
            fields=_fields(data, code=f"BULK-{i:03d}"), terms=_terms(data), actor=pm_actor
        )

    async def statements(first: int) -> int:
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="tortoise.db_client"):
            body = await pm.execute(LIST_100, {"first": first})
        assert len(body["data"]["products"]["edges"]) == first
        return sum(1 for r in caplog.records if r.name == "tortoise.db_client")

    # when / then
    ten, hundred = await statements(10), await statements(100)
    assert ten == hundred
    assert hundred <= 12


def _fields(data: dict[str, Any], code: str) -> dict[str, Any]:
    """The service-level fields of a GraphQL product input."""
    return {
        "code": code,
        "name_zh": data["nameZh"],
        "name_en": data["nameEn"],
        "family": ProductFamily(data["family"]),
        "subtype": ProductSubtype(data["subtype"]),
        "currency": "CNY",
        "risk_level": RiskLevel.R1,
        "description": "",
        "highlights": [],
        "target_customers": "",
        "eligibility": {
            "customer_types": [CustomerType.INDIVIDUAL],
            "residency": [Residency.RESIDENT],
        },
        "channels": [{"channel": Channel.MOBILE_BANKING, "publish_from": None, "publish_to": None}],
        "sales_start": None,
        "sales_end": None,
        "quota_total": None,
        "min_amount": Decimal("50"),
        "max_amount": None,
        "fees": [],
        "tags": [],
    }


def _terms(data: dict[str, Any]) -> dict[str, Any]:
    """The service-level deposit terms of a GraphQL product input."""
    d = data["terms"]["deposit"]
    return {
        "deposit": {
            "terms_months": d["termsMonths"],
            "rate_table": [
                {
                    "term_months": t["termMonths"],
                    "min_amount": Decimal(t["minAmount"]),
                    "rate": Decimal(t["rate"]),
                }
                for t in d["rateTable"]
            ],
            "minimum_deposit": Decimal(d["minimumDeposit"]),
            "interest_payment": InterestPayment(d["interestPayment"]),
            "early_withdrawal_rate": Decimal(d["earlyWithdrawalRate"]),
            "auto_renewal": True,
        }
    }


async def test_scheduled_rate_changes_reach_rate_search_on_their_date(
    pm: GraphQLClient, risk: GraphQLClient
) -> None:
    # given an approved rate cut effective tomorrow
    product = await on_sale_product(pm, risk, code="SCHED-1")
    tomorrow = clock.today() + timedelta(days=1)
    terms = product_input("TIME")["terms"]
    terms["deposit"]["rateTable"][1]["rate"] = "1.5000"
    created = (
        await pm.execute(
            CHANGE_REQUEST,
            {
                "input": {
                    "productId": product["id"],
                    "expectedVersion": product["version"],
                    "reason": "降息",
                    "effectiveDate": tomorrow.isoformat(),
                    "terms": terms,
                }
            },
        )
    )["data"]["productChangeRequestCreate"]
    await risk.execute(APPROVE_CR, {"id": created["changeRequest"]["id"]})
    search = {"filter": {"rateMax": "1.6"}}
    assert (await pm.execute(SEARCH, search))["data"]["products"]["totalCount"] == 0
    # when the daily refresh runs on the effective date
    changed = await product_terms.refresh_headline_rates(day=tomorrow)
    # then the product is found by its new rate
    assert changed == 1
    found = (await pm.execute(SEARCH, search))["data"]["products"]["edges"]
    assert [e["node"]["code"] for e in found] == ["SCHED-1"]
