"""Messages in the caller's language, and every user-facing message translated."""

from __future__ import annotations

import re
from pathlib import Path

from backend.domains.auth.enums import Role
from backend.i18n import CATALOGS, ZH_CN, locale_from_header
from tests.factories import GraphQLClient, client_for

BACKEND = Path(__file__).resolve().parents[2] / "backend"
#: English templates given to FieldError / DomainError.single / translate in the backend.
TEMPLATE = re.compile(
    r"(?:FieldError\(\s*\w*ErrorCode\.\w+,|DomainError\.single\(\s*\w*ErrorCode\.\w+,|translate\(|"
    r'\.fail\(\s*"[^"]*",|RowInvalid\(\s*(?:None|\w+|"[^"]*"),\s*"[A-Z_]+",)'
    r'\s*"((?:[^"\\]|\\.)*)"',
    re.S,
)


def test_every_message_template_has_a_chinese_translation() -> None:
    found = {m for f in BACKEND.rglob("*.py") for m in TEMPLATE.findall(f.read_text())}
    constants = {
        m
        for f in BACKEND.rglob("*.py")
        for m in re.findall(r'^[A-Z_]+_MESSAGE = "([^"]+)"', f.read_text(), re.M)
    }
    templates = found | constants
    assert len(templates) >= 15
    missing = sorted(t for t in templates if t not in CATALOGS[ZH_CN])
    assert missing == []


def test_locale_from_accept_language() -> None:
    assert locale_from_header("zh-CN,zh;q=0.9,en;q=0.8") == ZH_CN
    assert locale_from_header("en-US,en;q=0.9") == "en"
    assert locale_from_header(None) == "en"


async def test_errors_come_in_the_callers_language(gql: GraphQLClient) -> None:
    denied = (await gql.post("{ me { id } }", **{"accept-language": "zh-CN"})).json()
    assert denied["errors"][0]["message"] == "请先登录。"
    admin = await client_for(gql, Role.ADMIN)
    query = """mutation { userCreate(input: {username: "ok-name", displayName: "x",
      roles: [ANALYST], password: "short"}) { errors { field code message } } }"""
    zh = (await admin.post(query, **{"accept-language": "zh-CN,zh;q=0.9"})).json()
    en = (await admin.post(query, **{"accept-language": "en"})).json()
    assert zh["data"]["userCreate"]["errors"] == [
        {"field": "password", "code": "PASSWORD_TOO_SHORT", "message": "密码至少 12 位。"}
    ]
    assert en["data"]["userCreate"]["errors"][0]["message"] == (
        "Password must be at least 12 characters."
    )
