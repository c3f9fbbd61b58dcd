"""The auth domain's own error codes, beside the generic ones in ``backend.errors``.

Use a specific code where a caller can act on it (a refused lifecycle move, a broken business
rule); keep the generic INVALID / REQUIRED / NOT_FOUND / CONFLICT / FORBIDDEN for plain input
and access problems. Every code here appears in the API's ``ErrorCode`` enum.
"""

from __future__ import annotations

from enum import StrEnum


class AuthErrorCode(StrEnum):
    """Why a sign-in, user and API-key operation was refused, specifically."""
