"""The customers console through a real browser: build a segment, open a member's 360 page."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import choose, fill_number

pytestmark = pytest.mark.browser

SignIn = Callable[[str], None]

MASKED_ID = re.compile(r"^[0-9A-Za-z]{2,6}\*{4,}[0-9A-Za-z]{0,4}$")
POSITIVE_COUNT = re.compile(r"^[1-9][\d,]*$")


def test_build_a_segment_and_open_a_members_360_page(page: Page, sign_in: SignIn) -> None:
    code = f"BT_{secrets.token_hex(3).upper()}"

    # given an analyst in the segment builder
    sign_in("analyst")
    page.get_by_test_id("nav-segments").click()
    expect(page.get_by_test_id("segments-page")).to_be_visible()
    page.get_by_test_id("segment-create").click()
    expect(page.get_by_test_id("segment-builder")).to_be_visible()
    page.get_by_test_id("segment-code").fill(code)
    page.get_by_test_id("segment-name").fill(f"浏览器测试 {code}")

    # when they build: age >= 30 AND holds a deposit product
    age = page.get_by_test_id("rule-cond-0-0")
    expect(age).to_have_attribute("data-field", "age")
    fill_number(age, "rule-value", "30")
    root = page.get_by_test_id("rule-group-0")
    root.get_by_test_id("rule-add-condition").last.click()
    holds = page.get_by_test_id("rule-cond-0-1")
    choose(page, holds.get_by_test_id("rule-field"), "持有产品大类")
    expect(holds).to_have_attribute("data-field", "holds_family")
    choose(page, holds.get_by_test_id("rule-value"), "存款")
    page.keyboard.press("Escape")

    # then the live count shows members
    count = page.get_by_test_id("segment-preview-count")
    expect(count).to_have_text(POSITIVE_COUNT, timeout=20_000)
    previewed = int(count.inner_text().replace(",", ""))

    # when they save it, the segment page lists the same members
    page.get_by_test_id("segment-save").click()
    expect(page.get_by_test_id("segment-page")).to_be_visible(timeout=30_000)
    expect(page.get_by_test_id("segment-title")).to_have_text(f"浏览器测试 {code}")
    expect(page.get_by_test_id("segment-member-count")).to_have_text(f"{previewed:,}")
    members = page.get_by_test_id("segment-members-table")
    first_member = members.locator("a[data-testid^='customer-link-']").first
    expect(first_member).to_be_visible()
    first_member.click()

    # then the member's 360 page shows holdings and a masked ID number
    expect(page).to_have_url(re.compile(r"/customers/[^/]+$"))
    expect(page.get_by_test_id("customer-page")).to_be_visible()
    expect(page.get_by_test_id("customer-id-number")).to_have_text(MASKED_ID)
    holdings = page.get_by_test_id("holdings-table")
    expect(holdings.locator("tr.ant-table-row").first).to_be_visible()
    expect(holdings).to_contain_text("存款")
    # an analyst may not unmask personal data
    expect(page.get_by_test_id("pii-reveal")).to_have_count(0)
