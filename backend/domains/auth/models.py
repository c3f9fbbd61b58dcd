"""Staff users, their sessions, service-account API keys and sign-in throttling."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from backend.kernel.fields import ClockDatetimeField


class User(Model):
    """A member of staff who signs in to the console or the API."""

    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=32, unique=True)
    display_name = fields.CharField(max_length=100)
    branch = fields.CharField(max_length=100, default="")
    roles: list[str] = fields.JSONField(default=list)
    password_hash = fields.CharField(max_length=255)
    is_active = fields.BooleanField(default=True)
    is_demo = fields.BooleanField(default=False)
    last_login_at = fields.DatetimeField(null=True)
    created_at = ClockDatetimeField(auto_now_add=True)
    updated_at = ClockDatetimeField(auto_now=True)

    class Meta:
        table = "auth_user"


class Session(Model):
    """A signed-in browser or API session, stored by the SHA-256 of its token."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="sessions", on_delete=fields.CASCADE
    )
    created_at = ClockDatetimeField(auto_now_add=True)
    last_seen_at = fields.DatetimeField()
    ip_address = fields.CharField(max_length=64, null=True)
    user_agent = fields.CharField(max_length=300, null=True)

    class Meta:
        table = "auth_session"


class ApiKey(Model):
    """A service account key with its scopes and the SHA-256 of the secret shown once."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    prefix = fields.CharField(max_length=16, unique=True)
    key_hash = fields.CharField(max_length=64, unique=True)
    scopes: list[str] = fields.JSONField(default=list)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="api_keys", null=True, on_delete=fields.SET_NULL
    )
    created_at = ClockDatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "auth_api_key"


class LoginThrottle(Model):
    """Failed sign-in count per username (known or not), so lockout reveals nothing."""

    username = fields.CharField(max_length=64, primary_key=True)
    failures = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    updated_at = ClockDatetimeField(auto_now=True)

    class Meta:
        table = "auth_login_throttle"


class LoginIpThrottle(Model):
    """Failed sign-ins from one address, whatever the usernames: sprays are slowed, then refused."""

    ip = fields.CharField(max_length=64, primary_key=True)
    failures = fields.IntField(default=0)
    window_started_at = fields.DatetimeField()
    blocked_until = fields.DatetimeField(null=True)
    updated_at = ClockDatetimeField(auto_now=True)

    class Meta:
        table = "auth_login_ip_throttle"


class RoleGrant(Model):
    """A role change that grants PII or approval rights: pending until a second admin decides."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="role_grants", on_delete=fields.CASCADE
    )
    #: The roles of the user when it was asked for: approval applies only if they are still these.
    roles_before: list[str] = fields.JSONField(default=list)
    #: The whole set of roles asked for.
    roles: list[str] = fields.JSONField(default=list)
    status = fields.CharField(max_length=16, default="PENDING", db_index=True)
    requested_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="role_grants_requested", null=True, on_delete=fields.SET_NULL
    )
    requested_at = ClockDatetimeField(auto_now_add=True)
    decided_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="role_grants_decided", null=True, on_delete=fields.SET_NULL
    )
    decided_at = fields.DatetimeField(null=True)
    reason = fields.CharField(max_length=500, default="")
    user_id: int
    requested_by_id: int | None
    decided_by_id: int | None

    class Meta:
        table = "auth_role_grant"
