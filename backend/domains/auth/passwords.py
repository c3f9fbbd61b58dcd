"""Password hashing with argon2id and the password policy (NIST SP 800-63B, 5.1.1.2).

The policy: at least ``MIN_LENGTH`` characters (``PASSWORD_TOO_SHORT``), and not a password
attackers try first (``PASSWORD_TOO_COMMON``): none of the 55,860 passwords in
``common_passwords.txt.gz`` (compared in lower case), no run of a few characters repeated
(``aaaaaaaaaaaa``, ``abababababab``), and not built on the user's own username. No composition
rules and no expiry, as 800-63B advises.

``common_passwords.txt.gz`` is the union, lower-cased and de-duplicated, of two published lists
of passwords seen in breaches, one per line, most common first: Django's
``django/contrib/auth/common-passwords.txt.gz`` (Django 5.2.19, BSD; 19,640 passwords, Royce
Williams's list) and ``@zxcvbn-ts/language-common`` 4.1.3's ``passwords.json`` (MIT; 49,233
passwords, zxcvbn's frequency list).
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from backend.domains.auth.errors import AuthErrorCode
from backend.errors import ErrorCode, FieldError

_hasher = PasswordHasher()
MIN_LENGTH = 12
MAX_LENGTH = 128
#: Fewer different characters than this is a repeated run, however long.
MIN_DISTINCT = 5
COMMON_PASSWORDS_FILE = Path(__file__).with_name("common_passwords.txt.gz")

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


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, lower case (read once)."""
    with gzip.open(COMMON_PASSWORDS_FILE, "rt", encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip())


def is_common(password: str, username: str | None = None) -> bool:
    """Whether a password is one attackers try first (see the module's description)."""
    folded = password.casefold()
    if folded in common_passwords() or len(set(folded)) < MIN_DISTINCT:
        return True
    return username is not None and len(username) >= 3 and username.casefold() in folded


def policy_problem(
    password: str, field: str = "password", *, username: str | None = None
) -> FieldError | None:
    """Return why a password is unacceptable, or None when it is fine."""
    if len(password) < MIN_LENGTH:
        return FieldError(
            AuthErrorCode.PASSWORD_TOO_SHORT,
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
    if is_common(password, username):
        return FieldError(
            AuthErrorCode.PASSWORD_TOO_COMMON,
            "This password is too common or too easy to guess; choose another.",
            field,
        )
    return None
