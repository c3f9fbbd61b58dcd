"""The monitoring console through a real browser: a loan going bad reaches the open live alert
feed as a CRITICAL alert without a reload; the rule editor refuses a bad code before sending it
and shows the server's refusal of a taken one on the same field."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from decimal import ROUND_CEILING, Decimal
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import DEMO_PASSWORD, choose, fill_number

pytestmark = pytest.mark.browser

SignIn = Callable[[str], None]

LOGIN = """
mutation($username: String!, $password: String!) {
  login(username: $username, password: $password) { token errors { code message } }
}
"""

LOAN_HOLDINGS = """
query($after: String) {
  customers(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { holdings {
      id family status classification product { id code status }
    } } }
  }
}
"""

LOAN_HEALTH = """
query {
  productHealth(family: LOAN) { product { id } metrics { metric value } }
}
"""

RULE_CREATE = """
mutation($input: RiskRuleCreateInput!) {
  riskRuleCreate(input: $input) { riskRule { id code } errors { field code message } }
}
"""

RECLASSIFY = """
mutation($input: HoldingReclassifyInput!) {
  holdingReclassify(input: $input) { holding { id classification } errors { field code message } }
}
"""


class Api:
    """GraphQL over HTTP as one signed-in user (Bearer token from the login mutation)."""

    def __init__(self, base: str, username: str) -> None:
        self.client = httpx.Client(base_url=base, timeout=30)
        login = self.execute(LOGIN, {"username": username, "password": DEMO_PASSWORD})["login"]
        assert login["errors"] == [], login
        self.client.headers["Authorization"] = f"Bearer {login['token']}"

    def execute(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run one operation and return its data; any GraphQL error fails the test."""
        response = self.client.post("/graphql", json={"query": query, "variables": variables or {}})
        response.raise_for_status()
        body = response.json()
        assert "errors" not in body, body
        data: dict[str, Any] = body["data"]
        return data


def normal_loan_on_sale(api: Api) -> tuple[str, str, str]:
    """(product id, product code, holding id) of a performing loan of a product on sale."""
    after = None
    for _ in range(30):
        page = api.execute(LOAN_HOLDINGS, {"after": after})["customers"]
        for edge in page["edges"]:
            for holding in edge["node"]["holdings"]:
                product = holding["product"]
                if (
                    holding["family"] == "LOAN"
                    and holding["status"] == "ACTIVE"
                    and holding["classification"] == "NORMAL"
                    and product
                    and product["status"] == "ON_SALE"
                ):
                    return product["id"], product["code"], holding["id"]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    pytest.fail("the demo data has no performing loan of a product on sale")


def current_npl(api: Api, product_id: str) -> Decimal:
    """The product's latest NPL ratio in percent (0 when it has none)."""
    for entry in api.execute(LOAN_HEALTH)["productHealth"]:
        if entry["product"] and entry["product"]["id"] == product_id:
            for reading in entry["metrics"]:
                if reading["metric"] == "NPL_RATIO":
                    return Decimal(reading["value"])
    return Decimal(0)


def test_a_bad_loan_raises_a_critical_alert_in_the_open_live_feed(
    page: Page, sign_in: SignIn, live_server: str
) -> None:
    # given a risk officer watching the live alert feed
    sign_in("risk")
    page.get_by_test_id("nav-alertFeed").click()
    expect(page.get_by_test_id("alert-feed-page")).to_be_visible()
    expect(page.get_by_test_id("feed-connection")).to_have_attribute("data-status", "connected")
    page.evaluate("window.__feedOpened = true")  # gone if the page reloads

    # and a product rule whose critical level sits just above the loan book's NPL ratio
    api = Api(live_server, "risk")
    product_id, product_code, holding_id = normal_loan_on_sale(api)
    level = current_npl(api, product_id).quantize(Decimal("0.0001"), rounding=ROUND_CEILING)
    code = f"BT_NPL_{secrets.token_hex(3).upper()}"
    created = api.execute(
        RULE_CREATE,
        {
            "input": {
                "code": code,
                "nameZh": f"浏览器测试不良率 {code}",
                "nameEn": f"Browser test NPL {code}",
                "metric": "NPL_RATIO",
                "condition": "ABOVE",
                "scope": "PRODUCT",
                "productId": product_id,
                "warningLevel": str(level + Decimal("0.0001")),
                "criticalLevel": str(level + Decimal("0.0002")),
            }
        },
    )["riskRuleCreate"]
    assert created["errors"] == [], created

    # when one performing loan of that product is written off
    moved = api.execute(
        RECLASSIFY,
        {
            "input": {
                "holdingId": holding_id,
                "classification": "LOSS",
                "daysPastDue": 200,
                "reason": "browser test: borrower insolvent",
            }
        },
    )["holdingReclassify"]
    assert moved["errors"] == [], moved

    # then the feed shows the CRITICAL alert of that rule and product, cued, without a reload
    row = page.locator(
        f'[data-testid="feed-row"][data-rule-code="{code}"][data-product-code="{product_code}"]'
    )
    expect(row).to_have_count(1, timeout=15_000)
    expect(row).to_have_attribute("data-severity", "CRITICAL")
    expect(row).to_have_attribute("data-unseen", "true")
    expect(row).to_have_class(re.compile(r"bankpm-feed-row-unseen"))
    expect(row.get_by_test_id("severity-tag")).to_have_attribute("data-severity", "CRITICAL")
    expect(page.get_by_test_id("critical-notification").first).to_be_visible()
    expect(page.get_by_test_id("alert-bell")).not_to_have_attribute("data-unseen", "0")
    assert page.evaluate("window.__feedOpened === true"), "the page was reloaded"

    # when the officer opens it, the cue goes and the alert page shows the breach
    row.click()
    expect(page.get_by_test_id("alert-page")).to_have_attribute("data-severity", "CRITICAL")
    expect(page.get_by_test_id("alert-title")).to_contain_text("%")
    first_entry = page.get_by_test_id("alert-history-entry").first
    expect(first_entry).to_have_attribute("data-kind", "RAISED")
    page.get_by_test_id("nav-alertFeed").click()
    expect(row).to_have_attribute("data-unseen", "false")

    # leave the shared demo loan book as it was for the other tests on this server
    restored = api.execute(
        RECLASSIFY,
        {
            "input": {
                "holdingId": holding_id,
                "classification": "NORMAL",
                "daysPastDue": 0,
                "reason": "browser test: restored",
            }
        },
    )["holdingReclassify"]
    assert restored["errors"] == [], restored


def test_the_rule_editor_refuses_a_bad_code_and_shows_a_taken_one(
    page: Page, sign_in: SignIn
) -> None:
    # given a risk officer creating a rule
    sign_in("risk")
    page.get_by_test_id("nav-riskRules").click()
    expect(page.get_by_test_id("risk-rules-page")).to_be_visible()
    page.get_by_test_id("rule-create").click()
    form = page.get_by_test_id("rule-form")
    expect(form).to_be_visible()

    # when the code does not start with a letter, the form says so and sends nothing
    page.get_by_test_id("rule-code").fill("9-npl")
    page.get_by_test_id("rule-save").click()
    code_item = form.locator(".ant-form-item").filter(has=page.get_by_test_id("rule-code"))
    expect(code_item.locator(".ant-form-item-explain-error")).to_contain_text("须以大写字母开头")
    required = form.locator(".ant-form-item-explain-error").filter(has_text="必填")
    expect(required).not_to_have_count(0)

    # when everything is valid but the code is taken, the server's refusal lands on the code
    page.get_by_test_id("rule-code").fill("loan_npl_ratio")
    page.get_by_test_id("rule-name-zh").fill("重复编码测试")
    page.get_by_test_id("rule-name-en").fill("Duplicate code test")
    choose(page, page.get_by_test_id("rule-metric"), "不良率")
    fill_number(page, "rule-warning", "5")
    fill_number(page, "rule-critical", "8")
    page.get_by_test_id("rule-save").click()
    expect(code_item.locator(".ant-form-item-explain-error")).to_contain_text("该编码已被占用")
    expect(form).to_be_visible()
