"""Playwright fixtures for the console's browser tests.

The tests drive Debian's Chromium (never a downloaded browser) against the `live_server`
fixture from ``tests/conftest.py``: a real server with a migrated database, the demo users
and the built console.

The sync API runs its own event loop in the main thread for as long as Playwright is started,
and pytest-asyncio cannot run async fixtures (the suite's autouse database clean-up) while it
does. So Playwright is started per test, after the autouse fixtures, and stopped before they
are torn down; launching Chromium costs well under a second.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

CHROMIUM = Path(os.environ.get("BANKPM_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DEMO_PASSWORD = "bankpm-demo"


@pytest.fixture
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} missing: apt-get install -y chromium"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, live_server: str) -> Iterator[Page]:
    """A fresh browser profile per test: no cookies, no saved language."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1366, "height": 900})
    # actions and assertions wait alike: under `make test` four passes share two cores
    context.set_default_timeout(15_000)
    expect.set_options(timeout=15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def sign_in(page: Page) -> Callable[[str], None]:
    """Sign in through the form as a demo user and wait for the console's frame."""

    def _sign_in(username: str, password: str = DEMO_PASSWORD) -> None:
        page.goto("/login")
        page.get_by_test_id("sign-in-username").fill(username)
        page.get_by_test_id("sign-in-password").fill(password)
        page.get_by_test_id("sign-in-submit").click()
        page.get_by_test_id("side-menu").wait_for()

    return _sign_in


def fill_number(scope: Page | Locator, test_id: str, value: str) -> None:
    """Type into an antd InputNumber, whose test id may sit on the input or its wrapper."""
    target = scope.get_by_test_id(test_id)
    if target.evaluate("e => e.tagName") != "INPUT":
        target = target.locator("input")
    target.fill(value)


def choose(page: Page, select: Locator, label: str) -> None:
    """Open an antd Select and click the option with this label (options render in a popup),
    until the select shows it: a click while the popup is still opening can be lost."""
    option = page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter(
        has_text=re.compile(rf"^{re.escape(label)}$")
    )
    for _ in range(3):
        select.click()
        option.first.click()
        try:
            expect(select).to_contain_text(label, timeout=3_000)
            return
        except AssertionError:
            page.keyboard.press("Escape")
    expect(select).to_contain_text(label)
