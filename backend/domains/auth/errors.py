"""The auth domain's own error codes, beside the generic ones in ``backend.errors``.

Use a specific code where a caller can act on it (a refused lifecycle move, a broken business
rule); keep the generic INVALID / REQUIRED / NOT_FOUND / CONFLICT / FORBIDDEN for plain input
and access problems. Every code here appears in the API's ``ErrorCode`` enum.
"""

from __future__ import annotations

from enum import StrEnum


class AuthErrorCode(StrEnum):
    """Why a sign-in, user and API-key operation was refused, specifically."""

    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    """Unknown user or wrong password (one message for both)."""
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    """Too many failed sign-ins of the username; locked for a while (30 minutes) or until an
    admin unlocks it."""
    LOGIN_THROTTLED = "LOGIN_THROTTLED"
    """Too many failed sign-ins from the caller's address; blocked for a while that doubles
    with each further failure."""
    ACCOUNT_INACTIVE = "ACCOUNT_INACTIVE"
    """The account was deactivated."""
    SELF_LOCKOUT = "SELF_LOCKOUT"
    """An administrator tried to deactivate themself or drop their own ADMIN role."""
    API_KEY_REVOKED = "API_KEY_REVOKED"
    """The API key is already revoked."""
    SELF_ROLE_CHANGE = "SELF_ROLE_CHANGE"
    """An administrator tried to change their own roles (another admin must)."""
    ROLE_GRANT_PENDING = "ROLE_GRANT_PENDING"
    """A role grant of this user already awaits a second admin."""
    ROLE_GRANT_CLOSED = "ROLE_GRANT_CLOSED"
    """The role grant was approved or rejected already."""
    ROLE_GRANT_STALE = "ROLE_GRANT_STALE"
    """The user's roles changed since the grant was asked for; ask again."""
    PASSWORD_TOO_SHORT = "PASSWORD_TOO_SHORT"
    """A new password is shorter than 12 characters."""
    PASSWORD_TOO_COMMON = "PASSWORD_TOO_COMMON"
    """A new password is on the list of common passwords, a repeated run, or the username."""
