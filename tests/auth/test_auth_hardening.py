"""Sign-in and account hardening (issue #11): the password policy (item 16), per-IP sign-in
throttling and unlocking (item 15), and separation of duties on role grants (item 4)."""

from __future__ import annotations

from typing import Any

import pytest

from backend.actor import Actor
from backend.demo import DEMO_PASSWORD
from backend.domains.audit import models as audit_models
from backend.domains.auth import models as auth_models
from backend.domains.auth import passwords
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role
from tests.factories import PASSWORD, GraphQLClient, client_for, create_user, login

USER_CREATE = """
mutation UserCreate($input: UserCreateInput!) {
  userCreate(input: $input) {
    user { id username roles }
    errors { field code message }
  }
}
"""
SET_PASSWORD = """
mutation SetPassword($id: ID!, $p: String!) {
  userSetPassword(id: $id, password: $p) { user { id } errors { field code message } }
}
"""


def new_user(username: str, password: str, roles: list[str] | None = None) -> dict[str, Any]:
    return {
        "input": {
            "username": username,
            "displayName": "New user",
            "roles": roles or ["ANALYST"],
            "password": password,
        }
    }


# --- item 16: password policy ----------------------------------------------------------------


async def test_a_password_under_12_characters_is_refused_as_too_short(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    result = await admin.execute(USER_CREATE, new_user("ivan", "x7#Kp2!qRw9"))  # 11
    errors = result["data"]["userCreate"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [("password", "PASSWORD_TOO_SHORT")]
    assert "12" in errors[0]["message"]
    assert not await auth_models.User.filter(username="ivan").exists()
    # twelve characters are enough
    ok = await admin.execute(USER_CREATE, new_user("ivan", "x7#Kp2!qRw9z"))
    assert ok["data"]["userCreate"]["errors"] == []


@pytest.mark.parametrize(
    "password",
    [
        "aaaaaaaaaaaa",  # one character repeated
        "abababababab",  # a short run repeated
        "qwerty123456",  # on the common-password list
        "Password1234",  # on the list, whatever the case
        "1q2w3e4r5t6y",
        "judy-the-judge-2026",  # built on the username
    ],
)
async def test_common_and_guessable_passwords_are_refused_as_too_common(
    gql: GraphQLClient, password: str
) -> None:
    admin = await client_for(gql, Role.ADMIN)
    result = await admin.execute(USER_CREATE, new_user("judy", password))
    errors = result["data"]["userCreate"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [("password", "PASSWORD_TOO_COMMON")]
    assert not await auth_models.User.filter(username="judy").exists()


async def test_setting_a_common_password_is_refused_in_both_languages(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    user = await create_user(Role.ANALYST, username="kate")
    result = await admin.execute(SET_PASSWORD, {"id": _gid(user.id), "p": "password1234"})
    errors = result["data"]["userSetPassword"]["errors"]
    assert [e["code"] for e in errors] == ["PASSWORD_TOO_COMMON"]
    zh = await admin.post(
        SET_PASSWORD, {"id": _gid(user.id), "p": "short"}, **{"accept-language": "zh-CN"}
    )
    zh_error = zh.json()["data"]["userSetPassword"]["errors"][0]
    assert zh_error["code"] == "PASSWORD_TOO_SHORT" and "密码至少 12 位" in zh_error["message"]
    # the old password still works: nothing was changed
    assert (await login(gql, "kate", PASSWORD))["token"]


def test_the_shipped_common_password_list_is_a_real_breach_list() -> None:
    common = passwords.common_passwords()
    assert len(common) > 50_000
    assert {"123456", "password", "qwerty", "iloveyou", "qwerty123456"} <= common
    assert passwords.policy_problem("correct-horse-battery") is None


async def test_demo_users_keep_the_documented_demo_password(gql: GraphQLClient) -> None:
    # demo users (refused in production) are created directly with the short demo password
    await auth_service.create_user(
        username="demo-pm",
        display_name="Demo",
        branch="",
        roles=[Role.PRODUCT_MANAGER],
        password=DEMO_PASSWORD,
        actor=Actor.system("demo-data"),
        is_demo=True,
    )
    assert (await login(gql, "demo-pm", DEMO_PASSWORD))["token"]
    # while a real account with the same password is refused
    with pytest.raises(Exception, match="at least 12"):
        await auth_service.create_user(
            username="real-pm",
            display_name="Real",
            branch="",
            roles=[Role.PRODUCT_MANAGER],
            password=DEMO_PASSWORD,
            actor=Actor.system("tests"),
        )


def _gid(pk: int) -> str:
    from backend.graphql_core.types import to_global_id

    return to_global_id("User", pk)


async def _audit_actions(action: str) -> list[audit_models.AuditEvent]:
    return await audit_models.AuditEvent.filter(action=action).order_by("id")
