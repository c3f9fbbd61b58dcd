"""Sign-in and account hardening (issue #11): the password policy (item 16), per-IP sign-in
throttling and unlocking (item 15), and separation of duties on role grants (item 4)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from backend.actor import Actor
from backend.demo import DEMO_PASSWORD
from backend.domains.audit import models as audit_models
from backend.domains.auth import models as auth_models
from backend.domains.auth import passwords
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role
from backend.kernel import clock
from backend.settings import load_settings
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


# --- item 4: separation of duties on roles ---------------------------------------------------

USER_UPDATE = """
mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {
  userUpdate(id: $id, input: $input) {
    user { id roles permissions }
    roleGrant { id status roles rolesBefore added requestedBy { username } }
    errors { field code message }
  }
}
"""
GRANT_FIELDS = (
    "roleGrant { id status roles added reason requestedBy { username } decidedBy { username } }"
)
APPROVE = f"""mutation($id: ID!) {{ roleGrantApprove(id: $id) {{ {GRANT_FIELDS}
  errors {{ field code message }} }} }}"""
REJECT = f"""mutation($id: ID!, $r: String!) {{ roleGrantReject(id: $id, reason: $r) {{
  {GRANT_FIELDS} errors {{ field code message }} }} }}"""
PENDING = """{ roleGrants { edges { node { id status roles user { username } } } } }"""


async def two_admins(gql: GraphQLClient) -> tuple[GraphQLClient, GraphQLClient]:
    """The maker (admin) and a second admin (checker), each signed in."""
    maker = await client_for(gql, Role.ADMIN)
    await create_user(Role.ADMIN, username="admin2")
    checker = gql.as_token((await login(gql, "admin2"))["token"])
    return maker, checker


async def test_an_admin_cannot_change_their_own_roles(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    me = (await admin.execute("{ me { id } }"))["data"]["me"]["id"]
    for roles in (["ADMIN", "SALES"], ["ANALYST"]):
        result = await admin.execute(USER_UPDATE, {"id": me, "input": {"roles": roles}})
        errors = result["data"]["userUpdate"]["errors"]
        assert [(e["field"], e["code"]) for e in errors] == [("roles", "SELF_ROLE_CHANGE")]
    assert (await admin.execute("{ me { roles } }"))["data"]["me"]["roles"] == ["ADMIN"]
    assert await auth_models.RoleGrant.all().count() == 0


async def test_granting_pii_waits_for_a_second_admin_and_the_audit_shows_both(
    gql: GraphQLClient,
) -> None:
    maker, checker = await two_admins(gql)
    user = await create_user(Role.ANALYST, username="lena")
    # when the maker gives the user SALES (which reads PII)
    asked = await maker.execute(
        USER_UPDATE, {"id": _gid(user.id), "input": {"roles": ["ANALYST", "SALES"]}}
    )
    payload = asked["data"]["userUpdate"]
    # then nothing is granted yet: the grant waits for a second admin
    assert payload["errors"] == []
    assert payload["user"]["roles"] == ["ANALYST"]
    assert "customer:read_pii" not in payload["user"]["permissions"]
    grant = payload["roleGrant"]
    assert grant["status"] == "PENDING" and grant["added"] == ["SALES"]
    assert grant["requestedBy"]["username"] == "admin"
    listed = (await checker.execute(PENDING))["data"]["roleGrants"]["edges"]
    assert [(e["node"]["user"]["username"], e["node"]["roles"]) for e in listed] == [
        ("lena", ["ANALYST", "SALES"])
    ]
    # the maker cannot approve their own grant
    own = (await maker.execute(APPROVE, {"id": grant["id"]}))["data"]["roleGrantApprove"]
    assert [e["code"] for e in own["errors"]] == ["SAME_MAKER_CHECKER"]
    await user.refresh_from_db()
    assert user.roles == ["ANALYST"]
    # a second admin can
    done = (await checker.execute(APPROVE, {"id": grant["id"]}))["data"]["roleGrantApprove"]
    assert done["errors"] == []
    assert done["roleGrant"]["status"] == "APPROVED"
    assert done["roleGrant"]["decidedBy"]["username"] == "admin2"
    await user.refresh_from_db()
    assert user.roles == ["ANALYST", "SALES"]
    # and the audit names both admins
    (requested,) = await _audit_actions("roleGrant.request")
    assert requested.actor_name == "admin"
    (approved,) = [e for e in await _audit_actions("roleGrant.approve") if e.outcome == "SUCCESS"]
    assert approved.actor_name == "admin2"
    assert approved.after["requested_by"] == "admin"
    assert approved.after["approved_by"] == "admin2"
    changed = [e for e in await _audit_actions("user.update") if e.object_id == str(user.id)]
    assert changed[-1].before["roles"] == ["ANALYST"]
    assert changed[-1].after["roles"] == ["ANALYST", "SALES"]
    # decided once only
    again = (await checker.execute(APPROVE, {"id": grant["id"]}))["data"]["roleGrantApprove"]
    assert [e["code"] for e in again["errors"]] == ["ROLE_GRANT_CLOSED"]


async def test_a_rejected_grant_changes_nothing_and_needs_a_reason(gql: GraphQLClient) -> None:
    maker, checker = await two_admins(gql)
    user = await create_user(Role.MARKETING, username="mona")
    asked = await maker.execute(
        USER_UPDATE, {"id": _gid(user.id), "input": {"roles": ["RISK_OFFICER"]}}
    )
    grant_id = asked["data"]["userUpdate"]["roleGrant"]["id"]
    # a second request while one is pending is refused
    twice = await maker.execute(USER_UPDATE, {"id": _gid(user.id), "input": {"roles": ["AUDITOR"]}})
    assert [e["code"] for e in twice["data"]["userUpdate"]["errors"]] == ["ROLE_GRANT_PENDING"]
    empty = (await checker.execute(REJECT, {"id": grant_id, "r": " "}))["data"]["roleGrantReject"]
    assert [(e["field"], e["code"]) for e in empty["errors"]] == [("reason", "REQUIRED")]
    rejected = await checker.execute(REJECT, {"id": grant_id, "r": "不需要审批权限"})
    grant = rejected["data"]["roleGrantReject"]["roleGrant"]
    assert grant["status"] == "REJECTED" and grant["reason"] == "不需要审批权限"
    await user.refresh_from_db()
    assert user.roles == ["MARKETING"]
    assert (await checker.execute(PENDING))["data"]["roleGrants"]["edges"] == []


async def test_roles_without_pii_or_approval_rights_change_at_once(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    user = await create_user(Role.SALES, username="nina")
    # narrowing, and adding roles without control permissions, need no second admin
    result = await admin.execute(
        USER_UPDATE, {"id": _gid(user.id), "input": {"roles": ["MARKETING", "ANALYST"]}}
    )
    payload = result["data"]["userUpdate"]
    assert payload["errors"] == [] and payload["roleGrant"] is None
    assert payload["user"]["roles"] == ["ANALYST", "MARKETING"]


async def test_a_new_account_gets_pii_or_approval_roles_only_from_a_second_admin(
    gql: GraphQLClient,
) -> None:
    maker, checker = await two_admins(gql)
    result = await maker.execute(
        USER_CREATE.replace(
            "user { id username roles }", "user { id username roles } roleGrant { id added }"
        ),
        new_user("olga", "x7#Kp2!qRw9z-new", ["MARKETING", "AUDITOR"]),
    )
    payload = result["data"]["userCreate"]
    assert payload["errors"] == []
    assert payload["user"]["roles"] == ["MARKETING"]
    assert payload["roleGrant"]["added"] == ["AUDITOR"]
    approved = await checker.execute(APPROVE, {"id": payload["roleGrant"]["id"]})
    assert approved["data"]["roleGrantApprove"]["errors"] == []
    olga = await auth_models.User.get(username="olga")
    assert olga.roles == ["AUDITOR", "MARKETING"]


async def test_a_grant_is_not_applied_over_a_later_role_change(gql: GraphQLClient) -> None:
    maker, checker = await two_admins(gql)
    user = await create_user([Role.MARKETING, Role.ANALYST], username="pia")
    asked = await maker.execute(
        USER_UPDATE, {"id": _gid(user.id), "input": {"roles": ["MARKETING", "ANALYST", "SALES"]}}
    )
    grant_id = asked["data"]["userUpdate"]["roleGrant"]["id"]
    await checker.execute(USER_UPDATE, {"id": _gid(user.id), "input": {"roles": ["MARKETING"]}})
    stale = (await checker.execute(APPROVE, {"id": grant_id}))["data"]["roleGrantApprove"]
    assert [e["code"] for e in stale["errors"]] == ["ROLE_GRANT_STALE"]
    await user.refresh_from_db()
    assert user.roles == ["MARKETING"]


def test_the_roles_needing_a_second_admin_are_those_with_a_control_permission() -> None:
    from backend.domains.auth import permissions as perms
    from tests.api.test_permission_matrix import CONTROL_HOLDERS

    assert set(CONTROL_HOLDERS) == perms.CONTROL_PERMISSIONS
    assert {
        Role.ADMIN,
        Role.RISK_OFFICER,
        Role.SALES,
        Role.SERVICE_AGENT,
        Role.AUDITOR,
    } == perms.SENSITIVE_ROLES


# --- item 15: per-address throttling, unlock by time or by an admin --------------------------


@pytest.fixture
async def elsewhere(app: Any) -> AsyncIterator[GraphQLClient]:
    """A client calling from another address than ``gql`` (10.1.2.3)."""
    transport = httpx.ASGITransport(app=app, client=("10.9.8.7", 5555))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield GraphQLClient(client)


async def test_usernames_sprayed_from_one_address_are_blocked_with_back_off(
    gql: GraphQLClient, elsewhere: GraphQLClient
) -> None:
    await create_user(Role.ANALYST, username="rita")
    # given twenty failed sign-ins from one address, each with another username
    codes = {
        (await login(gql, f"spray{i}", "not-the-password"))["errors"][0]["code"] for i in range(20)
    }
    assert codes == {"INVALID_CREDENTIALS"}
    # then that address is refused, even with a right password, before any check
    blocked = await login(gql, "rita")
    assert blocked["token"] is None
    assert [e["code"] for e in blocked["errors"]] == ["LOGIN_THROTTLED"]
    # and no username it tried got locked by it (no sixth attempt reached a username)
    assert not await auth_models.LoginThrottle.filter(locked_until__not_isnull=True).exists()
    # while another address signs in as usual
    assert (await login(elsewhere, "rita"))["token"]
    row = await auth_models.LoginIpThrottle.get(ip="10.1.2.3")
    assert row.blocked_until is not None
    assert row.blocked_until - clock.now() <= timedelta(seconds=60)
    (event,) = await _audit_actions("auth.loginThrottle")
    assert event.object_id == "10.1.2.3" and event.after["blocked_seconds"] == 60
    # when the block runs out, the next failure blocks the address twice as long
    row.blocked_until = clock.now() - timedelta(seconds=1)
    await row.save()
    again = await login(gql, "spray-after", "not-the-password")
    assert again["errors"][0]["code"] == "INVALID_CREDENTIALS"
    row = await auth_models.LoginIpThrottle.get(ip="10.1.2.3")
    assert row.blocked_until is not None
    assert timedelta(seconds=60) < row.blocked_until - clock.now() <= timedelta(seconds=120)
    assert [e["code"] for e in (await login(gql, "rita"))["errors"]] == ["LOGIN_THROTTLED"]


async def test_an_admin_unlocks_a_locked_account_and_it_is_audited(
    gql: GraphQLClient, elsewhere: GraphQLClient
) -> None:
    admin = await client_for(gql, Role.ADMIN)
    user = await create_user(Role.ANALYST, username="sam")
    for _ in range(5):
        await login(elsewhere, "sam", "not-the-password")
    assert (await login(elsewhere, "sam"))["errors"][0]["code"] == "ACCOUNT_LOCKED"
    listed = await admin.execute(
        '{ users(filter: {search: "sam"}) { edges { node { lockedUntil } } } }'
    )
    assert listed["data"]["users"]["edges"][0]["node"]["lockedUntil"] is not None
    unlocked = await admin.execute(
        "mutation($id: ID!) { userUnlock(id: $id) { user { lockedUntil } errors { code } } }",
        {"id": _gid(user.id)},
    )
    assert unlocked["data"]["userUnlock"] == {"user": {"lockedUntil": None}, "errors": []}
    assert (await login(elsewhere, "sam"))["token"]
    (event,) = await _audit_actions("user.unlock")
    assert event.actor_name == "admin" and event.before["locked"] is True


def test_throttling_thresholds_are_settings() -> None:
    settings = load_settings(
        {
            "BANKPM_DATA_DIR": "/tmp/bankpm-settings-test",
            "BANKPM_LOGIN_MAX_FAILURES": "3",
            "BANKPM_LOGIN_IP_MAX_FAILURES": "50",
            "BANKPM_LOGIN_IP_BLOCK_SECONDS": "30",
        }
    )
    limits = auth_service.SignInLimits.from_settings(settings)
    assert (limits.max_failures, limits.ip_max_failures) == (3, 50)
    assert limits.ip_block == timedelta(seconds=30)
    assert limits.lockout == timedelta(minutes=30)
    defaults = auth_service.SignInLimits.from_settings(
        load_settings({"BANKPM_DATA_DIR": "/tmp/bankpm-settings-test"})
    )
    assert defaults == auth_service.SignInLimits()


async def test_a_role_grant_can_be_asked_for_directly_but_never_for_oneself(
    gql: GraphQLClient,
) -> None:
    maker, _ = await two_admins(gql)
    me = (await maker.execute("{ me { id } }"))["data"]["me"]["id"]
    user = await create_user(Role.MARKETING, username="quinn")
    ask = """mutation($u: ID!, $r: [Role!]!) { roleGrantRequest(userId: $u, roles: $r) {
      roleGrant { status roles added } errors { field code } } }"""
    own = (await maker.execute(ask, {"u": me, "r": ["ADMIN", "SALES"]}))["data"]["roleGrantRequest"]
    assert [e["code"] for e in own["errors"]] == ["SELF_ROLE_CHANGE"]
    asked = (await maker.execute(ask, {"u": _gid(user.id), "r": ["MARKETING", "SERVICE_AGENT"]}))[
        "data"
    ]["roleGrantRequest"]
    assert asked["errors"] == []
    assert asked["roleGrant"] == {
        "status": "PENDING",
        "roles": ["MARKETING", "SERVICE_AGENT"],
        "added": ["SERVICE_AGENT"],
    }
    await user.refresh_from_db()
    assert user.roles == ["MARKETING"]
