"""Sign-in, sessions, users and API keys."""

from __future__ import annotations

import hashlib
import logging
import math
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Q, RawSQL
from tortoise.queryset import QuerySet

from backend import db, events
from backend.actor import Actor, ActorType
from backend.domains.audit import service as audit
from backend.domains.audit.enums import AuditOutcome
from backend.domains.auth import models, passwords
from backend.domains.auth.enums import ApiKeyScope, Role, RoleGrantStatus
from backend.domains.auth.errors import AuthErrorCode
from backend.domains.auth.permissions import (
    SENSITIVE_ROLES,
    permissions_for_roles,
    permissions_for_scopes,
)
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.settings import Settings

log = logging.getLogger("bankpm.auth")

#: How stale ``last_seen_at`` may get before a request refreshes it (saves a write per call).
_TOUCH_INTERVAL = timedelta(seconds=60)
API_KEY_PREFIX = "bpk_"
USERNAME_RE = re.compile(r"^[a-z0-9_.-]{2,32}$")
INVALID_CREDENTIALS_MESSAGE = "Invalid username or password."
LOCKED_MESSAGE = "Too many failed sign-ins. Try again in {minutes} minutes."
THROTTLED_MESSAGE = (
    "Too many failed sign-ins from your network address. Try again in {minutes} minutes."
)


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


@dataclass(frozen=True)
class SignInLimits:
    """How sign-in failures are throttled (from settings; these defaults are production's)."""

    #: Failures of one username (existing or not) before it is locked, and for how long.
    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=30)
    #: Failures from one address (any usernames) within ``ip_window`` before it is blocked.
    ip_max_failures: int = 20
    ip_window: timedelta = timedelta(minutes=15)
    #: The first block; each further failure from the address doubles it, up to the maximum.
    ip_block: timedelta = timedelta(minutes=1)
    ip_max_block: timedelta = timedelta(minutes=60)

    @classmethod
    def from_settings(cls, settings: Settings) -> SignInLimits:
        """The limits the settings name."""
        return cls(
            max_failures=settings.login_max_failures,
            lockout=timedelta(minutes=settings.login_lockout_minutes),
            ip_max_failures=settings.login_ip_max_failures,
            ip_window=timedelta(minutes=settings.login_ip_window_minutes),
            ip_block=timedelta(seconds=settings.login_ip_block_seconds),
            ip_max_block=timedelta(minutes=settings.login_ip_max_block_minutes),
        )


def _minutes(span: timedelta) -> int:
    return max(1, math.ceil(span.total_seconds() / 60))


async def login(
    *, username: str, password: str, origin: Actor, limits: SignInLimits | None = None
) -> LoginResult:
    """Check credentials, apply throttling and lockout, open a session; attempts are audited.

    Unknown user and wrong password give the same error; failures are counted per username
    whether or not it exists, so lockout does not reveal which usernames are real. Failures
    are also counted per address: an address spraying many usernames is blocked, with a block
    that doubles with each further failure (``LOGIN_THROTTLED``), before any password is
    checked — so one address cannot lock many accounts either.
    """
    limits = limits or SignInLimits()
    key = username.strip().lower()[:64]
    now = clock.now()
    ip = (origin.ip_address or "")[:64]
    by_ip = await models.LoginIpThrottle.get_or_none(ip=ip) if ip else None
    if by_ip and by_ip.blocked_until and by_ip.blocked_until > now:
        raise DomainError.single(
            AuthErrorCode.LOGIN_THROTTLED,
            THROTTLED_MESSAGE,
            minutes=_minutes(by_ip.blocked_until - now),
        )
    throttle = await models.LoginThrottle.get_or_none(username=key)
    if throttle and throttle.locked_until and throttle.locked_until > now:
        minutes = _minutes(throttle.locked_until - now)
        await audit.record_failure(
            actor=_attempt_actor(key, origin),
            action="auth.login",
            errors=[
                FieldError(
                    AuthErrorCode.ACCOUNT_LOCKED, LOCKED_MESSAGE, None, (("minutes", minutes),)
                )
            ],
            object_type="User",
            object_id=key,
        )
        raise DomainError.single(AuthErrorCode.ACCOUNT_LOCKED, LOCKED_MESSAGE, minutes=minutes)
    user = await models.User.get_or_none(username=key)
    ok = passwords.verify_password(user.password_hash if user else None, password)
    if not ok or user is None or not user.is_active:
        await _login_failed(
            key, origin=origin, inactive=bool(ok and user and not user.is_active), limits=limits
        )
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


async def _login_failed(key: str, *, origin: Actor, inactive: bool, limits: SignInLimits) -> None:
    """Count a failed attempt for the username and the address, lock or block, audit, raise."""
    now = clock.now()
    code = AuthErrorCode.INVALID_CREDENTIALS
    async with db.transaction():
        throttle, _ = await models.LoginThrottle.get_or_create(username=key)
        throttle.failures += 1
        if throttle.failures >= limits.max_failures:
            throttle.locked_until = now + limits.lockout
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
        if origin.ip_address:
            await _count_address_failure(origin, now=now, limits=limits)
    if code == AuthErrorCode.ACCOUNT_LOCKED:
        raise DomainError.single(code, LOCKED_MESSAGE, minutes=_minutes(limits.lockout))
    raise DomainError.single(code, INVALID_CREDENTIALS_MESSAGE)


async def _count_address_failure(origin: Actor, *, now: datetime, limits: SignInLimits) -> None:
    """Count a failure from the caller's address; past the limit, block it with back-off."""
    ip = (origin.ip_address or "")[:64]
    row, _ = await models.LoginIpThrottle.get_or_create(ip=ip, defaults={"window_started_at": now})
    quiet = row.blocked_until is None or row.blocked_until <= now - limits.ip_window
    if quiet and row.window_started_at + limits.ip_window <= now:
        await models.LoginIpThrottle.filter(ip=ip).update(
            failures=0, window_started_at=now, blocked_until=None
        )
    # Counted in the database, so parallel attempts from one address are each counted.
    await models.LoginIpThrottle.filter(ip=ip).update(failures=F("failures") + 1)
    await row.refresh_from_db()
    over = row.failures - limits.ip_max_failures
    if over >= 0:
        block = min(limits.ip_block * 2 ** min(over, 30), limits.ip_max_block)
        row.blocked_until = now + block
        await models.LoginIpThrottle.filter(ip=ip).update(
            blocked_until=row.blocked_until, updated_at=now
        )
        await audit.record(
            actor=Actor.anonymous(
                ip_address=origin.ip_address,
                user_agent=origin.user_agent,
                correlation_id=origin.correlation_id,
            ),
            action="auth.loginThrottle",
            object_type="Address",
            object_id=ip,
            after={
                "failures": row.failures,
                "blocked_seconds": int(block.total_seconds()),
                "blocked_until": row.blocked_until.isoformat(),
            },
            outcome=AuditOutcome.FAILURE,
        )


async def unlock_user(*, user_id: int, actor: Actor) -> models.User:
    """Lift a username's sign-in lockout before it runs out (an admin's action, audited)."""
    async with db.transaction():
        user = await _get_user_or_error(user_id)
        throttle = await models.LoginThrottle.get_or_none(username=user.username)
        now = clock.now()
        was_locked = bool(throttle and throttle.locked_until and throttle.locked_until > now)
        await models.LoginThrottle.filter(username=user.username).delete()
        await audit.record(
            actor=actor,
            action="user.unlock",
            object_type="User",
            object_id=user.id,
            before={"locked": was_locked, "failures": throttle.failures if throttle else 0},
            after={"locked": False, "failures": 0},
        )
    return user


async def locked_until(usernames: Sequence[str]) -> dict[str, datetime]:
    """When each of these usernames' sign-in lockout ends (only those locked now)."""
    now = clock.now()
    rows = await models.LoginThrottle.filter(username__in=list(usernames), locked_until__gt=now)
    return {r.username: r.locked_until for r in rows if r.locked_until is not None}


async def authenticate(
    *, credential: str, origin: Actor, idle_minutes: int, touch: bool = True
) -> Actor | None:
    """Return the actor for a session token or API key, or None when it is not valid."""
    found = await recheck(
        credential=credential, origin=origin, idle_minutes=idle_minutes, touch=touch
    )
    return found if isinstance(found, Actor) else None


class CredentialLoss(StrEnum):
    """Why a credential no longer admits its holder (an open websocket closes for it)."""

    ENDED = "ENDED"
    """No such session (signed out, expired, password set) or API key (revoked): sign in again."""
    DISALLOWED = "DISALLOWED"
    """The user was deactivated, or lost permissions the connection was opened with."""


async def recheck(
    *,
    credential: str,
    origin: Actor,
    idle_minutes: int,
    touch: bool = True,
    held: frozenset[str] | None = None,
) -> Actor | CredentialLoss:
    """Return the actor a credential stands for now, or why it no longer stands for one.

    ``held`` is the permissions the caller was admitted with (an open websocket): losing any of
    them is DISALLOWED, so a connection never outlives a narrowed role. ``touch`` refreshes the
    session's idle clock (a request does; a background re-check does not).
    """
    if credential.startswith(API_KEY_PREFIX):
        actor = await _authenticate_api_key(credential, origin=origin)
        return CredentialLoss.ENDED if actor is None else actor
    session = await models.Session.get_or_none(token_hash=_digest(credential)).select_related(
        "user"
    )
    if session is None:
        if origin.type == ActorType.USER and origin.id is not None:
            user = await models.User.get_or_none(id=origin.id)
            if user is not None and not user.is_active:
                return CredentialLoss.DISALLOWED
        return CredentialLoss.ENDED
    now = clock.now()
    if not session.user.is_active:
        await session.delete()
        return CredentialLoss.DISALLOWED
    if session.last_seen_at + timedelta(minutes=idle_minutes) < now:
        await session.delete()
        return CredentialLoss.ENDED
    if touch and now - session.last_seen_at > _TOUCH_INTERVAL:
        await models.Session.filter(id=session.id).update(last_seen_at=now)
    actor = actor_for_user(session.user, base=origin, session_id=session.id)
    if held is not None and not held <= actor.permissions:
        return CredentialLoss.DISALLOWED
    return actor


def concerns(event: dict[str, Any], actor: Actor) -> bool:
    """Whether a ``CREDENTIALS`` event is about the credential behind ``actor``."""
    if actor.type == ActorType.API_KEY:
        return event.get("api_key_id") == actor.id
    if actor.type != ActorType.USER:
        return False
    return event.get("user_id") == actor.id or (
        actor.session_id is not None and event.get("session_id") == actor.session_id
    )


async def _credentials_changed(
    *, user_id: int | None = None, session_id: int | None = None, api_key_id: int | None = None
) -> None:
    """Tell every instance (after commit) that these credentials ended or changed."""
    payload = {
        k: v
        for k, v in (("user_id", user_id), ("session_id", session_id), ("api_key_id", api_key_id))
        if v is not None
    }
    try:
        await events.publish(events.CREDENTIALS, payload)
    except Exception:  # noqa: BLE001 - committed; open sockets also re-check on a timer
        log.exception("publishing a credential change failed")


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
    if actor.session_id is not None:
        await _credentials_changed(session_id=actor.session_id)


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
    if password is not None and (problem := passwords.policy_problem(password, username=username)):
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
    # Demo users (never in production: the server refuses to start with one) keep the short
    # documented demo password; every real account meets the policy.
    errors = _check_user_fields(
        username=username,
        display_name=display_name,
        branch=branch,
        roles=roles,
        password=None if is_demo else password,
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
            asked = sorted({r.value for r in roles})
            # Roles with PII or approval rights wait for a second admin (the CLI and demo
            # data, acting as the system, set up the first accounts directly).
            second_admin = actor.type != ActorType.SYSTEM and needs_second_admin(asked, [])
            user = await models.User.create(
                username=username,
                display_name=display_name.strip(),
                branch=branch.strip(),
                roles=[r for r in asked if Role(r) not in SENSITIVE_ROLES]
                if second_admin
                else asked,
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
            if second_admin:
                await _open_role_grant(user, asked, actor)
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
        own = actor.type == ActorType.USER and user.id == actor.id
        if own and is_active is False:
            raise DomainError.single(
                AuthErrorCode.SELF_LOCKOUT,
                "You cannot deactivate yourself or remove your own ADMIN role.",
                "isActive",
            )
        asked = sorted({r.value for r in roles}) if roles is not None else None
        if asked == sorted(user.roles):
            asked = None
        if own and asked is not None:
            raise DomainError.single(
                AuthErrorCode.SELF_ROLE_CHANGE,
                "You cannot change your own roles; another admin must.",
                "roles",
            )
        if (
            asked is not None
            and actor.type != ActorType.SYSTEM
            and needs_second_admin(asked, user.roles)
        ):
            await _open_role_grant(user, asked, actor)
            asked = None
        if display_name is not None:
            user.display_name = display_name.strip()
        if branch is not None:
            user.branch = branch.strip()
        if asked is not None:
            user.roles = asked
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
    if before["is_active"] != user.is_active or before["roles"] != sorted(user.roles):
        await _credentials_changed(user_id=user.id)
    return user


# --- role grants: PII and approval rights need a second admin -------------------------------


def needs_second_admin(roles: Sequence[str], current: Sequence[str]) -> bool:
    """Whether moving from ``current`` to ``roles`` grants a role with PII or approval rights."""
    return any(Role(r) in SENSITIVE_ROLES for r in set(roles) - set(current))


def grant_snapshot(grant: models.RoleGrant, user: models.User) -> dict[str, Any]:
    """Return the audited view of a role grant."""
    return {
        "username": user.username,
        "roles_before": sorted(grant.roles_before),
        "roles": sorted(grant.roles),
        "status": grant.status,
        "reason": grant.reason,
    }


async def _open_role_grant(
    user: models.User, roles: Sequence[str], actor: Actor
) -> models.RoleGrant:
    """Record a role change that waits for a second admin (inside the caller's transaction)."""
    if await models.RoleGrant.filter(user_id=user.id, status=RoleGrantStatus.PENDING).exists():
        raise DomainError.single(
            AuthErrorCode.ROLE_GRANT_PENDING,
            "A role change of this user already awaits a second admin.",
            "roles",
        )
    grant = await models.RoleGrant.create(
        user=user,
        roles_before=sorted(user.roles),
        roles=sorted(roles),
        requested_by_id=actor.id if actor.type == ActorType.USER else None,
    )
    await audit.record(
        actor=actor,
        action="roleGrant.request",
        object_type="RoleGrant",
        object_id=grant.id,
        after={**grant_snapshot(grant, user), "requested_by": actor.name},
    )
    return grant


async def request_role_grant(
    *, user_id: int, roles: Sequence[Role], actor: Actor
) -> models.RoleGrant:
    """Ask for a user's roles to become ``roles``; a second admin approves or rejects it."""
    errors = _check_user_fields(roles=roles)
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        user = await _get_user_or_error(user_id)
        if actor.type == ActorType.USER and user.id == actor.id:
            raise DomainError.single(
                AuthErrorCode.SELF_ROLE_CHANGE,
                "You cannot change your own roles; another admin must.",
                "roles",
            )
        asked = sorted({r.value for r in roles})
        if asked == sorted(user.roles):
            raise DomainError.single(
                ErrorCode.INVALID, "The user already has exactly these roles.", "roles"
            )
        return await _open_role_grant(user, asked, actor)


async def _pending_grant(grant_id: int) -> tuple[models.RoleGrant, models.User]:
    grant = await models.RoleGrant.get_or_none(id=grant_id).select_related("user")
    if grant is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such role grant.", "id")
    if grant.status != RoleGrantStatus.PENDING:
        raise DomainError.single(
            AuthErrorCode.ROLE_GRANT_CLOSED, "This role grant is decided already.", "id"
        )
    return grant, grant.user


async def _decide(grant: models.RoleGrant, status: RoleGrantStatus, actor: Actor) -> None:
    """Close a pending grant exactly once (a concurrent decision loses)."""
    now = clock.now()
    decided_by = actor.id if actor.type == ActorType.USER else None
    changed = await models.RoleGrant.filter(id=grant.id, status=RoleGrantStatus.PENDING).update(
        status=status, decided_by_id=decided_by, decided_at=now, reason=grant.reason
    )
    if not changed:
        raise DomainError.single(
            AuthErrorCode.ROLE_GRANT_CLOSED, "This role grant is decided already.", "id"
        )
    grant.status = status
    grant.decided_by_id = decided_by
    grant.decided_at = now


async def approve_role_grant(*, grant_id: int, actor: Actor) -> models.RoleGrant:
    """Apply a pending role grant as its second admin: never its maker, never its subject."""
    async with db.transaction():
        grant, user = await _pending_grant(grant_id)
        if grant.requested_by_id is not None and grant.requested_by_id == actor.id:
            raise DomainError.single(
                ErrorCode.SAME_MAKER_CHECKER,
                "A second admin must approve this role grant, not the one who asked for it.",
                "id",
            )
        if actor.type == ActorType.USER and user.id == actor.id:
            raise DomainError.single(
                AuthErrorCode.SELF_ROLE_CHANGE,
                "You cannot change your own roles; another admin must.",
                "id",
            )
        if sorted(user.roles) != sorted(grant.roles_before):
            raise DomainError.single(
                AuthErrorCode.ROLE_GRANT_STALE,
                "The user's roles changed since this was asked for; reject it and ask again.",
                "id",
            )
        await _decide(grant, RoleGrantStatus.APPROVED, actor)
        maker = await models.User.get_or_none(id=grant.requested_by_id or 0)
        before = snapshot(user)
        user.roles = sorted(grant.roles)
        await user.save(update_fields=["roles", "updated_at"])
        both = {"requested_by": maker.username if maker else "system", "approved_by": actor.name}
        await audit.record(
            actor=actor,
            action="roleGrant.approve",
            object_type="RoleGrant",
            object_id=grant.id,
            before={"status": RoleGrantStatus.PENDING.value},
            after={**grant_snapshot(grant, user), **both},
        )
        await audit.record(
            actor=actor,
            action="user.update",
            object_type="User",
            object_id=user.id,
            before=before,
            after={**snapshot(user), "role_grant": grant.id, **both},
        )
    await _credentials_changed(user_id=user.id)
    return grant


async def reject_role_grant(*, grant_id: int, reason: str, actor: Actor) -> models.RoleGrant:
    """Refuse a pending role grant with a reason (its maker may withdraw it this way)."""
    reason = reason.strip()[:500]
    if not reason:
        raise DomainError.single(ErrorCode.REQUIRED, "Say why you reject it.", "reason")
    async with db.transaction():
        grant, user = await _pending_grant(grant_id)
        grant.reason = reason
        await _decide(grant, RoleGrantStatus.REJECTED, actor)
        await audit.record(
            actor=actor,
            action="roleGrant.reject",
            object_type="RoleGrant",
            object_id=grant.id,
            before={"status": RoleGrantStatus.PENDING.value},
            after={**grant_snapshot(grant, user), "rejected_by": actor.name},
        )
    return grant


def role_grants_query(*, status: RoleGrantStatus | None = None) -> QuerySet[models.RoleGrant]:
    """Role grants, newest first (of one status, when given)."""
    qs = models.RoleGrant.all()
    if status is not None:
        qs = qs.filter(status=status)
    return qs.order_by("-requested_at", "-id")


async def get_role_grants(*, ids: Sequence[int]) -> list[models.RoleGrant]:
    """Return the role grants with these ids."""
    return await models.RoleGrant.filter(id__in=list(ids))


async def pending_role_grant(user_id: int) -> models.RoleGrant | None:
    """The user's role grant that awaits a second admin, if any."""
    return await models.RoleGrant.get_or_none(user_id=user_id, status=RoleGrantStatus.PENDING)


async def set_password(*, user_id: int, password: str, actor: Actor) -> models.User:
    """Replace a user's password and end their sessions."""
    user = await _get_user_or_error(user_id)
    if problem := passwords.policy_problem(password, username=user.username):
        raise DomainError(problem)
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
    await _credentials_changed(user_id=user.id)
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
    await _credentials_changed(api_key_id=key.id)
    return key


def api_keys_query() -> QuerySet[models.ApiKey]:
    """Return every API key, newest first."""
    return models.ApiKey.all().order_by("-created_at", "-id")


async def get_api_keys(*, ids: Sequence[int]) -> list[models.ApiKey]:
    """Return the API keys with these ids."""
    return await models.ApiKey.filter(id__in=list(ids))
