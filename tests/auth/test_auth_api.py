"""Sign-in, sessions, lockout, sign-out and user management through GraphQL."""

from __future__ import annotations

from datetime import timedelta

from backend.domains.audit import models as audit_models
from backend.domains.auth import models as auth_models
from backend.domains.auth.enums import Role
from backend.kernel import clock
from tests.factories import PASSWORD, GraphQLClient, client_for, create_user, login

ME = "query Me { me { id username roles permissions } }"
LOGOUT = "mutation Logout { logout { errors { code } } }"
USER_CREATE = """
mutation UserCreate($input: UserCreateInput!) {
  userCreate(input: $input) {
    user { id username displayName roles isActive }
    errors { field code message }
  }
}
"""
USER_UPDATE = """
mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {
  userUpdate(id: $id, input: $input) { user { id isActive roles } errors { field code message } }
}
"""
API_KEY_CREATE = """
mutation ApiKeyCreate($input: ApiKeyCreateInput!) {
  apiKeyCreate(input: $input) { apiKey { id prefix scopes isActive } secret errors { field code } }
}
"""
API_KEY_REVOKE = """
mutation ApiKeyRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { isActive } errors { code } } }
"""


async def test_login_success_returns_token_user_and_cookie(gql: GraphQLClient) -> None:
    # given
    await create_user(Role.AUDITOR, username="alice")
    # when
    response = await gql.post(
        "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) "
        "{ token user { username roles } errors { code } } }",
        {"u": "Alice", "p": PASSWORD},
    )
    # then
    payload = response.json()["data"]["login"]
    assert payload["errors"] == []
    assert payload["user"] == {"username": "alice", "roles": ["AUDITOR"]}
    cookie = response.headers["set-cookie"]
    assert "bankpm_session=" in cookie and "HttpOnly" in cookie
    assert "samesite=strict" in cookie.lower()
    me = await gql.as_token(payload["token"]).execute(ME)
    assert me["data"]["me"]["username"] == "alice"
    assert "audit:read" in me["data"]["me"]["permissions"]


async def test_cookie_authenticates_browser_requests(gql: GraphQLClient) -> None:
    await create_user(Role.ADMIN, username="bob")
    await login(gql, "bob")  # the client keeps the cookie
    me = await gql.execute(ME)
    assert me["data"]["me"]["username"] == "bob"


async def test_unknown_user_and_wrong_password_get_the_same_error(gql: GraphQLClient) -> None:
    await create_user(Role.ADMIN, username="carol")
    wrong = await login(gql, "carol", "wrong-password-1")
    unknown = await login(gql, "nobody", "wrong-password-1")
    assert wrong["token"] is None and unknown["token"] is None
    assert wrong["errors"] == unknown["errors"]
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_five_failures_lock_the_account_for_30_minutes(gql: GraphQLClient) -> None:
    # given
    await create_user(Role.ADMIN, username="dave")
    # when
    codes = [(await login(gql, "dave", "bad-password-x"))["errors"][0]["code"] for _ in range(5)]
    locked = await login(gql, "dave")  # right password, but locked
    # then
    assert codes == ["INVALID_CREDENTIALS"] * 4 + ["ACCOUNT_LOCKED"]
    assert locked["token"] is None and locked["errors"][0]["code"] == "ACCOUNT_LOCKED"
    throttle = await auth_models.LoginThrottle.get(username="dave")
    assert throttle.locked_until is not None
    remaining = throttle.locked_until - clock.now()
    assert timedelta(minutes=29) < remaining <= timedelta(minutes=30)
    # and after the lock expires the right password works again
    throttle.locked_until = clock.now() - timedelta(seconds=1)
    await throttle.save()
    assert (await login(gql, "dave"))["token"]


async def test_unknown_usernames_lock_too_so_lockout_reveals_nothing(gql: GraphQLClient) -> None:
    codes = [(await login(gql, "ghost", "bad-password-x"))["errors"][0]["code"] for _ in range(6)]
    assert codes[-1] == "ACCOUNT_LOCKED"


async def test_every_sign_in_attempt_is_audited(gql: GraphQLClient) -> None:
    await create_user(Role.ADMIN, username="erin")
    await login(gql, "erin", "bad-password-x")
    await login(gql, "erin")
    events = await audit_models.AuditEvent.filter(action="auth.login").order_by("sequence")
    assert [(e.actor_name, e.outcome) for e in events] == [
        ("erin", "FAILURE"),
        ("erin", "SUCCESS"),
    ]
    assert events[1].ip_address == "10.1.2.3"


async def test_inactive_user_cannot_sign_in(gql: GraphQLClient) -> None:
    await create_user(Role.ADMIN, username="frank", is_active=False)
    payload = await login(gql, "frank")
    assert payload["token"] is None
    assert payload["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_idle_session_expires(gql: GraphQLClient) -> None:
    # given
    client = await client_for(gql, Role.ANALYST)
    session = await auth_models.Session.all().first()
    assert session is not None
    # when the session has been idle longer than the idle timeout (30 minutes)
    await auth_models.Session.filter(id=session.id).update(
        last_seen_at=clock.now() - timedelta(minutes=31)
    )
    # then
    result = await client.execute(ME)
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert not await auth_models.Session.filter(id=session.id).exists()


async def test_logout_ends_the_session(gql: GraphQLClient) -> None:
    client = await client_for(gql, Role.SALES)
    assert (await client.execute(LOGOUT))["data"]["logout"]["errors"] == []
    result = await client.execute(ME)
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_not_signed_in_is_unauthenticated(gql: GraphQLClient) -> None:
    result = await gql.execute(ME)
    assert result["data"] is None
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_admin_creates_user_who_can_sign_in(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    result = await admin.execute(
        USER_CREATE,
        {
            "input": {
                "username": "gina",
                "displayName": "吉娜",
                "roles": ["MARKETING"],
                "password": "a-long-password",
            }
        },
    )
    payload = result["data"]["userCreate"]
    assert payload["errors"] == []
    assert payload["user"]["roles"] == ["MARKETING"]
    assert (await login(gql, "gina", "a-long-password"))["token"]


async def test_user_create_rejects_bad_input_and_writes_nothing(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    before = await auth_models.User.all().count()
    result = await admin.execute(
        USER_CREATE,
        {"input": {"username": "X!", "displayName": "", "roles": [], "password": "short"}},
    )
    payload = result["data"]["userCreate"]
    assert payload["user"] is None
    assert {e["field"] for e in payload["errors"]} == {
        "username",
        "displayName",
        "roles",
        "password",
    }
    assert await auth_models.User.all().count() == before
    failure = await audit_models.AuditEvent.filter(action="user.create", outcome="FAILURE").first()
    assert failure is not None and failure.actor_name == "admin"


async def test_duplicate_username_is_a_typed_error(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    await create_user(Role.SALES, username="henry")
    result = await admin.execute(
        USER_CREATE,
        {
            "input": {
                "username": "henry",
                "displayName": "H",
                "roles": ["SALES"],
                "password": "a-long-password",
            }
        },
    )
    assert result["data"]["userCreate"]["errors"][0]["code"] == "DUPLICATE"


async def test_deactivating_a_user_ends_their_sessions(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    sales = await client_for(gql, Role.SALES)
    sales_id = (await sales.execute(ME))["data"]["me"]["id"]
    result = await admin.execute(USER_UPDATE, {"id": sales_id, "input": {"isActive": False}})
    assert result["data"]["userUpdate"]["user"]["isActive"] is False
    after = await sales.execute(ME)
    assert after["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_api_key_is_shown_once_authenticates_and_can_be_revoked(gql: GraphQLClient) -> None:
    # given
    admin = await client_for(gql, Role.ADMIN)
    created = (
        await admin.execute(
            API_KEY_CREATE, {"input": {"name": "mobile banking", "scopes": ["CATALOG_READ"]}}
        )
    )["data"]["apiKeyCreate"]
    secret = created["secret"]
    assert secret.startswith(created["apiKey"]["prefix"])
    stored = await auth_models.ApiKey.get(name="mobile banking")
    assert secret not in (stored.key_hash, stored.prefix)
    # when the key is used, it is recognised but holds only its scope
    key_client = gql.as_token(secret)
    denied = await key_client.execute("{ users { totalCount } }")
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # when revoked, it no longer authenticates
    revoked = await admin.execute(API_KEY_REVOKE, {"id": created["apiKey"]["id"]})
    assert revoked["data"]["apiKeyRevoke"]["apiKey"]["isActive"] is False
    after = await key_client.execute("{ users { totalCount } }")
    assert after["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    # revoking it again is refused with the auth domain's own code
    again = await admin.execute(API_KEY_REVOKE, {"id": created["apiKey"]["id"]})
    assert again["data"]["apiKeyRevoke"]["errors"] == [{"code": "API_KEY_REVOKED"}]


async def test_an_admin_cannot_lock_themself_out(gql: GraphQLClient) -> None:
    # given
    admin = await client_for(gql, Role.ADMIN)
    admin_id = (await admin.execute(ME))["data"]["me"]["id"]
    # when
    result = await admin.execute(USER_UPDATE, {"id": admin_id, "input": {"isActive": False}})
    # then
    errors = result["data"]["userUpdate"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [("isActive", "SELF_LOCKOUT")]
    assert (await admin.execute(ME))["data"]["me"]["id"] == admin_id
