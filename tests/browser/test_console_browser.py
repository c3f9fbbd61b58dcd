"""The web console seen through a real browser: sign-in, menus by permission, language, sign-out."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

SignIn = Callable[[str], None]


def test_admin_sees_administration_menu(page: Page, sign_in: SignIn) -> None:
    # when
    sign_in("admin")

    # then
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_test_id("nav-home")).to_be_visible()
    expect(page.get_by_test_id("nav-users")).to_be_visible()
    expect(page.get_by_test_id("nav-roles")).to_be_visible()
    expect(page.get_by_test_id("nav-apiKeys")).to_be_visible()
    expect(page.get_by_test_id("nav-audit")).to_be_visible()
    expect(page.get_by_test_id("home-welcome")).to_contain_text("admin")


def test_auditor_sees_audit_log_but_not_users(page: Page, sign_in: SignIn) -> None:
    # when
    sign_in("auditor")

    # then
    expect(page.get_by_test_id("nav-audit")).to_be_visible()
    expect(page.get_by_test_id("nav-users")).to_have_count(0)
    expect(page.get_by_test_id("nav-apiKeys")).to_have_count(0)

    # and a direct link to an admin page is refused, not rendered
    page.goto("/admin/users")
    expect(page.get_by_test_id("forbidden")).to_be_visible()


def test_language_switch_changes_menu_labels(page: Page, sign_in: SignIn) -> None:
    # given
    sign_in("admin")
    expect(page.get_by_test_id("nav-users")).to_have_text("用户管理")

    # when
    page.get_by_test_id("lang-en-US").click()

    # then
    expect(page.get_by_test_id("nav-users")).to_have_text("Users")
    expect(page.get_by_test_id("nav-audit")).to_have_text("Audit log")

    # and the choice survives a reload
    page.reload()
    expect(page.get_by_test_id("nav-users")).to_have_text("Users")

    # when switching back
    page.get_by_test_id("lang-zh-CN").click()
    expect(page.get_by_test_id("nav-users")).to_have_text("用户管理")
    expect(page.get_by_test_id("nav-audit")).to_have_text("审计日志")


def test_sign_out_returns_to_sign_in_page(page: Page, sign_in: SignIn) -> None:
    # given
    sign_in("pm")

    # when
    page.get_by_test_id("user-menu").click()
    page.get_by_test_id("sign-out").click()

    # then
    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.get_by_test_id("sign-in-card")).to_be_visible()

    # and the session is really gone on the server
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.get_by_test_id("sign-in-card")).to_be_visible()


def test_wrong_password_shows_error(page: Page) -> None:
    # given
    page.goto("/login")

    # when
    page.get_by_test_id("sign-in-username").fill("service")
    page.get_by_test_id("sign-in-password").fill("not-the-password")
    page.get_by_test_id("sign-in-submit").click()

    # then
    expect(page.get_by_test_id("sign-in-error")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.get_by_test_id("side-menu")).to_have_count(0)


def test_admin_lists_users_and_reads_audit_log(page: Page, sign_in: SignIn) -> None:
    # given
    sign_in("admin")

    # when
    page.get_by_test_id("nav-users").click()

    # then
    table = page.get_by_test_id("users-table")
    expect(table).to_contain_text("auditor")
    expect(page.get_by_test_id("pager-total")).to_contain_text(re.compile(r"\d+"))

    # when
    page.get_by_test_id("nav-audit").click()

    # then: the sign-in just made is on the first page, and its detail opens
    audit = page.get_by_test_id("audit-table")
    expect(audit.locator("tbody tr.ant-table-row").first).to_be_visible()
    audit.locator("tbody tr.ant-table-row").first.locator(".ant-table-row-expand-icon").click()
    expect(page.get_by_test_id("audit-detail").first).to_be_visible()


def test_api_key_secret_is_shown_once(page: Page, sign_in: SignIn) -> None:
    # given
    sign_in("admin")
    page.get_by_test_id("nav-apiKeys").click()

    # when
    page.get_by_test_id("api-key-create").click()
    page.get_by_test_id("api-key-name").fill("browser-test mobile app")
    page.get_by_test_id("api-key-create-submit").click()

    # then
    secret = page.get_by_test_id("api-key-secret")
    expect(secret).to_be_visible()
    assert len(secret.input_value()) >= 16

    # when the dialog is closed the secret is gone for good
    page.get_by_test_id("api-key-secret-done").click()
    expect(page.get_by_test_id("api-key-secret")).to_have_count(0)
    expect(page.get_by_test_id("api-keys-page")).to_contain_text("browser-test mobile app")
