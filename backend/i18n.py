"""Translations of messages the API returns, keyed by their English template.

The caller's language comes from ``Accept-Language`` (``zh*`` → Simplified Chinese, else
English). Add a line here with every new user-facing message; a test checks the coverage.
"""

from __future__ import annotations

ZH_CN = "zh-CN"
EN = "en"

_ZH: dict[str, str] = {
    "Invalid username or password.": "用户名或密码错误。",
    "Too many failed sign-ins. Try again in 30 minutes.": "登录失败次数过多，请 30 分钟后再试。",
    "Username must be 2–32 characters of a-z, 0-9, '_', '.', '-'.": (
        "用户名须为 2–32 位小写字母、数字、下划线、点或连字符。"
    ),
    "Display name must be 1–100 characters.": "姓名须为 1–100 个字符。",
    "Branch must be at most 100 characters.": "所属机构最多 100 个字符。",
    "Give the user at least one role.": "请至少为用户分配一个角色。",
    "Password must be at least {min} characters.": "密码至少 {min} 位。",
    "Password must be at most {max} characters.": "密码最多 {max} 位。",
    "Password must not start or end with spaces.": "密码首尾不能是空格。",
    "Username '{username}' is taken.": "用户名“{username}”已被占用。",
    "You cannot deactivate yourself or remove your own ADMIN role.": (
        "不能停用自己，也不能移除自己的系统管理员角色。"
    ),
    "No such user.": "用户不存在。",
    "No such API key.": "API 密钥不存在。",
    "No such object.": "对象不存在。",
    "Name must be 1–100 characters.": "名称须为 1–100 个字符。",
    "Choose at least one scope.": "请至少选择一个权限范围。",
    "This API key is already revoked.": "该 API 密钥已被吊销。",
    "Sign in to continue.": "请先登录。",
    "You do not have the '{permission}' permission.": "您没有“{permission}”权限。",
}

CATALOGS: dict[str, dict[str, str]] = {ZH_CN: _ZH}


def locale_from_header(accept_language: str | None) -> str:
    """Pick the response language from an Accept-Language header."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return ZH_CN
        if tag.startswith("en"):
            return EN
    return EN


def translate(template: str, locale: str = EN, **params: str | int) -> str:
    """Render an English template in the locale, filling its placeholders."""
    text = CATALOGS.get(locale, {}).get(template, template)
    return text.format(**params) if params else text
