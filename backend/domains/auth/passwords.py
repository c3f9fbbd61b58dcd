"""Password hashing with argon2id and the password policy."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from backend.errors import ErrorCode, FieldError

_hasher = PasswordHasher()
MIN_LENGTH = 10
MAX_LENGTH = 128

#: Verified against when the username is unknown, so both paths cost the same time.
_DUMMY_HASH = _hasher.hash("bankpm-no-such-user-password")


def hash_password(password: str) -> str:
    """Return the argon2id hash of a password."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Check a password against a stored hash (or a dummy one when there is no user)."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def policy_problem(password: str, field: str = "password") -> FieldError | None:
    """Return why a password is unacceptable, or None when it is fine."""
    if len(password) < MIN_LENGTH:
        return FieldError(
            ErrorCode.INVALID,
            "Password must be at least {min} characters.",
            field,
            (("min", MIN_LENGTH),),
        )
    if len(password) > MAX_LENGTH:
        return FieldError(
            ErrorCode.INVALID,
            "Password must be at most {max} characters.",
            field,
            (("max", MAX_LENGTH),),
        )
    if password.strip() != password or not password.strip():
        return FieldError(ErrorCode.INVALID, "Password must not start or end with spaces.", field)
    return None
