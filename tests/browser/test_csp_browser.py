"""The built console under its Content-Security-Policy, in a real Chromium (issue #11, item 14):
every page a user reaches loads, renders (Ant Design's runtime styles, ECharts' SVG charts) and
keeps its live alert feed (a same-origin websocket) with zero CSP violations."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

from backend.api.middleware import CONTENT_SECURITY_POLICY

pytestmark = pytest.mark.browser

SignIn = Callable[[str], None]

#: Records every violation the page reports, from the first script on.
_LISTEN = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
});
"""

PAGES = [
    "/",
    "/products",
    "/products/change-requests",
    "/customers",
    "/customers/segments",
    "/monitoring",
    "/monitoring/alerts",
    "/audit",
    "/admin/users",
]


def test_the_console_runs_under_its_csp_without_a_single_violation(
    page: Page, sign_in: SignIn
) -> None:
    console_errors: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            console_errors.append(message.text)

    page.on("console", on_console)
    page.context.add_init_script(_LISTEN)

    # the console is served with the policy
    response = page.goto("/login")
    assert response is not None
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "camera=()" in response.headers["permissions-policy"]

    # when an admin signs in and walks through the console's pages
    sign_in("admin")
    violations: list[str] = []
    for path in PAGES:
        page.goto(path)
        page.get_by_test_id("side-menu").wait_for()
        page.wait_for_load_state("networkidle")
        violations += page.evaluate("window.__csp")

    # and a risk officer keeps the live alert feed open (a websocket to the same origin)
    page.context.clear_cookies()
    sign_in("risk")
    page.goto("/monitoring/feed")
    expect(page.get_by_test_id("feed-connection")).to_have_attribute("data-status", "connected")
    violations += page.evaluate("window.__csp")

    # and an analyst opens the charts (ECharts draws SVG with inline styles)
    page.context.clear_cookies()
    sign_in("analyst")
    for path in ("/customers/forecast", "/customers/needs"):
        page.goto(path)
        page.get_by_test_id("side-menu").wait_for()
        page.wait_for_load_state("networkidle")
        violations += page.evaluate("window.__csp")
    expect(page.get_by_test_id("needs-chart").locator("svg").first).to_be_visible()

    # then nothing was blocked
    assert violations == []
    assert console_errors == []
