"""The products console through a real browser: a time deposit from the wizard to the catalog."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

SignIn = Callable[[str], None]

CATALOG = """
query Catalog($channel: Channel!, $family: ProductFamily, $first: Int, $after: String) {
  catalog(channel: $channel, family: $family, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { code family headlineRate } }
  }
}
"""


def fill_number(page: Page, test_id: str, value: str) -> None:
    """Type into an antd InputNumber, whose test id may sit on the input or its wrapper."""
    target = page.get_by_test_id(test_id)
    if target.evaluate("e => e.tagName") != "INPUT":
        target = target.locator("input")
    target.fill(value)


def sign_out(page: Page) -> None:
    page.get_by_test_id("user-menu").click()
    page.get_by_test_id("sign-out").click()
    expect(page).to_have_url(re.compile(r"/login$"))


def take_action(page: Page, action: str, expected_status: str) -> None:
    """Press a lifecycle button, confirm it, and wait for the product's new status (a click
    on the confirm button while its dialog is still opening can be lost: press it again
    while the dialog stays open without an error; a refusal fails with the dialog's text)."""
    page.get_by_test_id(f"product-action-{action}").click()
    confirm = page.get_by_test_id("product-action-confirm")
    dialog = page.locator(".ant-modal-wrap:visible")
    status = page.get_by_test_id("product-page").get_by_test_id("product-status").first
    for _ in range(3):
        expect(confirm).to_be_enabled()
        confirm.click()
        try:
            expect(status).to_have_attribute("data-status", expected_status, timeout=5_000)
            return
        except AssertionError:
            if dialog.count() == 0 or dialog.locator(".ant-alert").count() > 0:
                break
    said = dialog.inner_text() if dialog.count() else "no dialog"
    try:
        expect(status).to_have_attribute("data-status", expected_status)
    except AssertionError as exc:
        raise AssertionError(f"the product did not become {expected_status}: {said}") from exc


def catalog_codes(page: Page, channel: str) -> list[str]:
    """Codes the public catalog lists for a channel, asked from the signed-in page's session."""
    codes: list[str] = []
    after = None
    while True:
        response = page.request.post(
            "/graphql",
            data={
                "query": CATALOG,
                "variables": {
                    "channel": channel,
                    "family": "DEPOSIT",
                    "first": 100,
                    "after": after,
                },
            },
            headers={"Content-Type": "application/json"},
        )
        assert response.ok, response.text()
        body = response.json()
        assert "errors" not in body, body
        connection = body["data"]["catalog"]
        codes += [edge["node"]["code"] for edge in connection["edges"]]
        if not connection["pageInfo"]["hasNextPage"]:
            return codes
        after = connection["pageInfo"]["endCursor"]


def test_time_deposit_from_wizard_to_catalog(page: Page, sign_in: SignIn) -> None:
    code = f"DEP-TD-BT-{secrets.token_hex(3).upper()}"

    # given a product manager in the creation wizard
    sign_in("pm")
    page.get_by_test_id("nav-products").click()
    page.get_by_test_id("product-create").click()

    # when they create a time deposit (3, 6 and 12 months) step by step
    page.get_by_test_id("product-family-DEPOSIT").click()
    page.get_by_test_id("product-subtype-TIME").click()
    page.get_by_test_id("wizard-next").click()

    page.get_by_test_id("product-code").fill(code)
    page.get_by_test_id("product-nameZh").fill("浏览器测试定期存款")
    page.get_by_test_id("product-nameEn").fill("Browser test time deposit")
    page.get_by_test_id("wizard-next").click()

    # (eligibility and channels keep their defaults, mobile banking included)
    expect(page.get_by_test_id("product-channels")).to_contain_text("手机银行")
    page.get_by_test_id("wizard-next").click()

    # the rate grid starts with a row per standard term (3, 6, 12, 24, 36, 60 months): keep
    # 3, 6 and 12 months, and split the amounts at ¥50,000
    for _ in range(3):
        page.get_by_test_id("grid-row-3-remove").click()
    expect(page.get_by_test_id("grid-row-3")).to_have_count(0)
    page.get_by_test_id("grid-add-amount").click()
    fill_number(page, "grid-split-at", "50000")
    page.get_by_test_id("grid-split-ok").click()
    grid = page.get_by_test_id("terms-deposit-rateGrid")
    expect(grid).to_contain_text("¥50,000 起")
    # (each row's tiers: below ¥50,000 then from ¥50,000)
    for index, rate in enumerate(["1.10", "1.15", "1.30", "1.35", "1.80"]):
        fill_number(page, f"terms-deposit-rateTiers-{index}-rate", rate)

    # a rate outside 0–36 % is refused before anything is sent
    fill_number(page, "terms-deposit-rateTiers-5-rate", "40")
    page.get_by_test_id("wizard-next").click()
    expect(page.get_by_test_id("product-wizard")).to_contain_text("利率须在 0%–36% 之间")
    fill_number(page, "terms-deposit-rateTiers-5-rate", "1.8500")
    page.get_by_test_id("wizard-next").click()

    review = page.get_by_test_id("wizard-review")
    expect(review).to_contain_text(code)
    expect(review.get_by_test_id("terms-rate-grid")).to_contain_text("1.85%")
    expect(review.get_by_test_id("terms-rate-grid")).to_contain_text("¥0–50,000")
    page.get_by_test_id("wizard-submit").click()

    # then the product page shows the new draft
    expect(page.get_by_test_id("product-code-value")).to_have_text(code)
    expect(page.get_by_test_id("product-status").first).to_have_attribute("data-status", "DRAFT")
    product_url = page.url

    # when the manager submits it for review
    take_action(page, "submit", "PENDING_REVIEW")
    # and cannot approve it themselves (no approve permission: no button)
    expect(page.get_by_test_id("product-action-approve")).to_have_count(0)
    sign_out(page)

    # when a risk officer approves it
    sign_in("risk")
    page.goto(product_url)
    take_action(page, "approve", "APPROVED")
    sign_out(page)

    # and the product manager launches it
    sign_in("pm")
    page.goto(product_url)
    take_action(page, "launch", "ON_SALE")

    # then the mobile-banking catalog offers it
    assert code in catalog_codes(page, "MOBILE_BANKING")

    # and it is listed on sale in the console
    page.goto("/products")
    page.get_by_test_id("product-filter-text").fill(code)
    page.get_by_test_id("product-filter-submit").click()
    row = page.get_by_test_id("products-table").locator(
        "tr", has=page.get_by_test_id(f"product-link-{code}")
    )
    expect(row.get_by_test_id("product-status")).to_have_attribute("data-status", "ON_SALE")
    expect(row.get_by_test_id("headline-rate")).to_have_text("1.85%")


def test_risk_officer_sees_the_change_request_queue_and_compare(
    page: Page, sign_in: SignIn
) -> None:
    # given a risk officer
    sign_in("risk")

    # then the checkers' queue is in the menu
    page.get_by_test_id("nav-productChangeRequests").click()
    expect(page.get_by_test_id("cr-queue-page")).to_be_visible()

    # when two deposits are chosen in the catalog and compared
    page.get_by_test_id("nav-products").click()
    page.get_by_test_id("product-filter-text").fill("DEP-TD")
    page.get_by_test_id("product-filter-submit").click()
    rows = page.get_by_test_id("products-table").locator("tr.ant-table-row")
    expect(rows.first).to_contain_text("DEP-TD")
    for index in (0, 1):
        rows.nth(index).locator(".ant-table-selection-column .ant-checkbox").click()
    expect(page.get_by_test_id("product-compare")).to_be_enabled()
    page.get_by_test_id("product-compare").click()

    # then both stand side by side with the headline rate row
    expect(page).to_have_url(re.compile(r"/products/compare\?ids="))
    expect(page.get_by_test_id("compare-table")).to_contain_text("主要利率")
    # and the risk officer cannot create products
    page.goto("/products")
    expect(page.get_by_test_id("products-table")).to_be_visible()
    expect(page.get_by_test_id("product-create")).to_have_count(0)
