"""Sign-in, sessions, users and API keys."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor, ActorType
from backend.domains.audit import service as audit
from backend.domains.audit.enums import AuditOutcome
from backend.domains.auth import models, passwords
from backend.domains.auth.enums import ApiKeyScope, Role
from backend.domains.auth.errors import AuthErrorCode
from backend.domains.auth.permissions import permissions_for_roles, permissions_for_scopes
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=30)
#: How stale ``last_seen_at`` may get before a request refreshes it (saves a write per call).
_TOUCH_INTERVAL = timedelta(seconds=60)
API_KEY_PREFIX = "bpk_"
USERNAME_RE = re.compile(r"^[a-z0-9_.-]{2,32}$")
INVALID_CREDENTIALS_MESSAGE = "Invalid username or password."
LOCKED_MESSAGE = "Too many failed sign-ins. Try again in 30 minutes."


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def snapshot(user: models.User) -> dict[str, Any]:
    """Return the audited view of a user (never the password hash)."""
    return {
        "username": user.username,
        "display_name": user.display_name,
        "branch": user.branch,
        "roles": sorted(user.roles),
        "is_active": user.is_active,
    }


def user_roles(user: models.User) -> list[Role]:
    """Return a user's roles as enum members, ignoring any that no longer exist."""
    return [Role(r) for r in user.roles if r in Role.__members__]


def actor_for_user(user: models.User, *, base: Actor, session_id: int | None = None) -> Actor:
    """Return the actor a signed-in user acts as, keeping the request's origin."""
    return Actor(
        type=ActorType.USER,
        id=user.id,
        name=user.username,
        permissions=permissions_for_roles(user_roles(user)),
        ip_address=base.ip_address,
        user_agent=base.user_agent,
        correlation_id=base.correlation_id,
        locale=base.locale,
        session_id=session_id,
    )


# --- sign-in and sessions -------------------------------------------------------------------


@dataclass(frozen=True)
class LoginResult:
    """A successful sign-in: the token to hand out once, and the user."""

    token: str
    user: models.User


async def login(*, username: str, password: str, origin: Actor) -> LoginResult:
    """Check credentials, apply lockout, open a session; every attempt is audited.

    Unknown user and wrong password give the same error; failures are counted per username
    whether or not it exists, so lockout does not reveal which usernames are real.
    """
    key = username.strip().lower()[:64]
    now = clock.now()
    throttle = await models.LoginThrottle.get_or_none(username=key)
    if throttle and throttle.locked_until and throttle.locked_until > now:
        await audit.record_failure(
            actor=_attempt_actor(key, origin),
            action="auth.login",
            errors=[FieldError(AuthErrorCode.ACCOUNT_LOCKED, LOCKED_MESSAGE)],
            object_type="User",
            object_id=key,
        )
        raise DomainError.single(AuthErrorCode.ACCOUNT_LOCKED, LOCKED_MESSAGE)
    user = await models.User.get_or_none(username=key)
    ok = passwords.verify_password(user.password_hash if user else None, password)
    if not ok or user is None or not user.is_active:
        await _login_failed(key, origin=origin, inactive=bool(ok and user and not user.is_active))
    assert user is not None
    token = secrets.token_urlsafe(32)
    async with db.transaction():
        await models.LoginThrottle.filter(username=key).delete()
        user.last_login_at = now
        await user.save(update_fields=["last_login_at", "updated_at"])
        session = await models.Session.create(
            token_hash=_digest(token),
            user=user,
            last_seen_at=now,
            ip_address=origin.ip_address,
            user_agent=(origin.user_agent or "")[:300] or None,
        )
        await audit.record(
            actor=actor_for_user(user, base=origin, session_id=session.id),
            action="auth.login",
            object_type="User",
            object_id=user.id,
        )
    return LoginResult(token=token, user=user)


def _attempt_actor(username: str, origin: Actor) -> Actor:
    """The not-yet-authenticated actor of a sign-in attempt, named by the username tried."""
    return Actor(
        type=ActorType.ANONYMOUS,
        name=username or "(empty)",
        ip_address=origin.ip_address,
        user_agent=origin.user_agent,
        correlation_id=origin.correlation_id,
        locale=origin.locale,
    )


async def _login_failed(key: str, *, origin: Actor, inactive: bool) -> None:
    """Count a failed attempt, lock after the fifth, audit it, and raise."""
    now = clock.now()
    code = AuthErrorCode.INVALID_CREDENTIALS
    async with db.transaction():
        throttle, _ = await models.LoginThrottle.get_or_create(username=key)
        throttle.failures += 1
        if throttle.failures >= MAX_FAILURES:
            throttle.locked_until = now + LOCKOUT
            throttle.failures = 0
            code = AuthErrorCode.ACCOUNT_LOCKED
        await throttle.save()
        await audit.record(
            actor=_attempt_actor(key, origin),
            action="auth.login",
            object_type="User",
            object_id=key,
            after={"reason": "inactive" if inactive else code.value},
            outcome=AuditOutcome.FAILURE,
        )
    message = (
        LOCKED_MESSAGE if code == AuthErrorCode.ACCOUNT_LOCKED else INVALID_CREDENTIALS_MESSAGE
    )
    raise DomainError.single(code, message)


async def authenticate(*, credential: str, origin: Actor, idle_minutes: int) -> Actor | None:
    """Return the actor for a session token or API key, or None when it is not valid."""
    if credential.startswith(API_KEY_PREFIX):
        return await _authenticate_api_key(credential, origin=origin)
    session = await models.Session.get_or_none(token_hash=_digest(credential)).select_related(
        "user"
    )
    if session is None:
        return None
    now = clock.now()
    if session.last_seen_at + timedelta(minutes=idle_minutes) < now or not session.user.is_active:
        await session.delete()
        return None
    if now - session.last_seen_at > _TOUCH_INTERVAL:
        await models.Session.filter(id=session.id).update(last_seen_at=now)
    return actor_for_user(session.user, base=origin, session_id=session.id)


async def _authenticate_api_key(credential: str, *, origin: Actor) -> Actor | None:
    key = await models.ApiKey.get_or_none(key_hash=_digest(credential))
    if key is None or key.revoked_at is not None:
        return None
    now = clock.now()
    if key.last_used_at is None or now - key.last_used_at > _TOUCH_INTERVAL:
        await models.ApiKey.filter(id=key.id).update(last_used_at=now)
    return Actor(
        type=ActorType.API_KEY,
        id=key.id,
        name=f"apikey:{key.name}",
        permissions=permissions_for_scopes(ApiKeyScope(s) for s in key.scopes),
        ip_address=origin.ip_address,
        user_agent=origin.user_agent,
        correlation_id=origin.correlation_id,
        locale=origin.locale,
    )


async def logout(*, actor: Actor) -> None:
    """End the actor's session."""
    async with db.transaction():
        if actor.session_id is not None:
            await models.Session.filter(id=actor.session_id).delete()
        await audit.record(
            actor=actor, action="auth.logout", object_type="User", object_id=actor.id
        )


# --- users ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserFilter:
    """Criteria for listing users."""

    search: str | None = None
    role: Role | None = None
    is_active: bool | None = None


def _check_user_fields(
    *,
    username: str | None = None,
    display_name: str | None = None,
    branch: str | None = None,
    roles: Sequence[Role] | None = None,
    password: str | None = None,
) -> list[FieldError]:
    errors: list[FieldError] = []
    if username is not None and not USERNAME_RE.match(username):
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "Username must be 2–32 characters of a-z, 0-9, '_', '.', '-'.",
                "username",
            )
        )
    if display_name is not None and not (1 <= len(display_name.strip()) <= 100):
        errors.append(
            FieldError(ErrorCode.REQUIRED, "Display name must be 1–100 characters.", "displayName")
        )
    if branch is not None and len(branch) > 100:
        errors.append(
            FieldError(ErrorCode.INVALID, "Branch must be at most 100 characters.", "branch")
        )
    if roles is not None and not roles:
        errors.append(FieldError(ErrorCode.REQUIRED, "Give the user at least one role.", "roles"))
    if password is not None and (problem := passwords.policy_problem(password)):
        errors.append(problem)
    return errors


async def create_user(
    *,
    username: str,
    display_name: str,
    branch: str,
    roles: Sequence[Role],
    password: str,
    actor: Actor,
    is_demo: bool = False,
) -> models.User:
    """Create a user after validating every field."""
    username = username.strip().lower()
    errors = _check_user_fields(
        username=username, display_name=display_name, branch=branch, roles=roles, password=password
    )
    if errors:
        raise DomainError(*errors)
    try:
        async with db.transaction():
            if await models.User.filter(username=username).exists():
                raise DomainError.single(
                    ErrorCode.DUPLICATE,
                    "Username '{username}' is taken.",
                    "username",
                    username=username,
                )
            user = await models.User.create(
                username=username,
                display_name=display_name.strip(),
                branch=branch.strip(),
                roles=sorted({r.value for r in roles}),
                password_hash=passwords.hash_password(password),
                is_demo=is_demo,
            )
            await audit.record(
                actor=actor,
                action="user.create",
                object_type="User",
                object_id=user.id,
                after=snapshot(user),
            )
    except IntegrityError as exc:
        raise DomainError.single(
            ErrorCode.DUPLICATE, "Username '{username}' is taken.", "username", username=username
        ) from exc
    return user


async def update_user(
    *,
    user_id: int,
    actor: Actor,
    display_name: str | None = None,
    branch: str | None = None,
    roles: Sequence[Role] | None = None,
    is_active: bool | None = None,
) -> models.User:
    """Change a user's profile, roles or active flag."""
    errors = _check_user_fields(display_name=display_name, branch=branch, roles=roles)
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        user = await _get_user_or_error(user_id)
        before = snapshot(user)
        drops_own_admin = roles is not None and Role.ADMIN not in roles
        if user.id == actor.id and (is_active is False or drops_own_admin):
            raise DomainError.single(
                AuthErrorCode.SELF_LOCKOUT,
                "You cannot deactivate yourself or remove your own ADMIN role.",
                "isActive" if is_active is False else "roles",
            )
        if display_name is not None:
            user.display_name = display_name.strip()
        if branch is not None:
            user.branch = branch.strip()
        if roles is not None:
            user.roles = sorted({r.value for r in roles})
        if is_active is not None:
            user.is_active = is_active
        await user.save()
        if is_active is False:
            await models.Session.filter(user_id=user.id).delete()
        await audit.record(
            actor=actor,
            action="user.update",
            object_type="User",
            object_id=user.id,
            before=before,
            after=snapshot(user),
        )
    return user


async def set_password(*, user_id: int, password: str, actor: Actor) -> models.User:
    """Replace a user's password and end their sessions."""
    errors = _check_user_fields(password=password)
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        user = await _get_user_or_error(user_id)
        user.password_hash = passwords.hash_password(password)
        await user.save(update_fields=["password_hash", "updated_at"])
        await models.Session.filter(user_id=user.id).delete()
        await audit.record(
            actor=actor,
            action="user.setPassword",
            object_type="User",
            object_id=user.id,
            after={"password": "changed"},
        )
    return user


async def _get_user_or_error(user_id: int) -> models.User:
    user = await models.User.get_or_none(id=user_id)
    if user is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such user.", "id")
    return user


async def get_users(*, ids: Sequence[int]) -> list[models.User]:
    """Return the users with these ids."""
    return await models.User.filter(id__in=list(ids))


def users_query(
    *, filter: UserFilter | None = None, order: str = "username"
) -> QuerySet[models.User]:
    """Return users matching the filter in the given order (a field name, '-' for descending)."""
    qs = models.User.all()
    f = filter or UserFilter()
    if f.search:
        qs = qs.filter(
            Q(username__icontains=f.search)
            | Q(display_name__icontains=f.search)
            | Q(branch__icontains=f.search)
        )
    if f.is_active is not None:
        qs = qs.filter(is_active=f.is_active)
    if f.role is not None:
        # SQLite's JSON field has no containment lookup in Tortoise: match the JSON text
        qs = (
            qs.filter(roles__contains=[f.role.value])
            if db.is_postgres()
            else qs.annotate(roles_text=RawSQL('CAST("roles" AS TEXT)')).filter(
                roles_text__contains=f'"{f.role.value}"'
            )
        )
    return qs.order_by(order, "id")


async def any_demo_user() -> bool:
    """Whether any demo user exists (production refuses to start if so)."""
    return await models.User.filter(is_demo=True).exists()


async def user_count() -> int:
    """Return how many users exist."""
    return await models.User.all().count()


# --- API keys -------------------------------------------------------------------------------


def key_snapshot(key: models.ApiKey) -> dict[str, Any]:
    """Return the audited view of an API key (never the secret)."""
    return {
        "name": key.name,
        "prefix": key.prefix,
        "scopes": sorted(key.scopes),
        "revoked": key.revoked_at is not None,
    }


async def create_api_key(
    *, name: str, scopes: Sequence[ApiKeyScope], actor: Actor
) -> tuple[models.ApiKey, str]:
    """Create an API key; the secret is returned once and only its hash is kept."""
    errors: list[FieldError] = []
    if not (1 <= len(name.strip()) <= 100):
        errors.append(FieldError(ErrorCode.REQUIRED, "Name must be 1–100 characters.", "name"))
    if not scopes:
        errors.append(FieldError(ErrorCode.REQUIRED, "Choose at least one scope.", "scopes"))
    if errors:
        raise DomainError(*errors)
    prefix = secrets.token_hex(4)
    secret = f"{API_KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    async with db.transaction():
        key = await models.ApiKey.create(
            name=name.strip(),
            prefix=prefix,
            key_hash=_digest(secret),
            scopes=sorted({s.value for s in scopes}),
            created_by_id=actor.id if actor.type == ActorType.USER else None,
        )
        await audit.record(
            actor=actor,
            action="apiKey.create",
            object_type="ApiKey",
            object_id=key.id,
            after=key_snapshot(key),
        )
    return key, secret


async def revoke_api_key(*, key_id: int, actor: Actor) -> models.ApiKey:
    """Revoke an API key; requests using it fail from now on."""
    async with db.transaction():
        key = await models.ApiKey.get_or_none(id=key_id)
        if key is None:
            raise DomainError.single(ErrorCode.NOT_FOUND, "No such API key.", "id")
        if key.revoked_at is not None:
            raise DomainError.single(
                AuthErrorCode.API_KEY_REVOKED, "This API key is already revoked.", "id"
            )
        before = key_snapshot(key)
        key.revoked_at = clock.now()
        await key.save(update_fields=["revoked_at"])
        await audit.record(
            actor=actor,
            action="apiKey.revoke",
            object_type="ApiKey",
            object_id=key.id,
            before=before,
            after=key_snapshot(key),
        )
    return key


def api_keys_query() -> QuerySet[models.ApiKey]:
    """Return every API key, newest first."""
    return models.ApiKey.all().order_by("-created_at", "-id")


async def get_api_keys(*, ids: Sequence[int]) -> list[models.ApiKey]:
    """Return the API keys with these ids."""
    return await models.ApiKey.filter(id__in=list(ids))
