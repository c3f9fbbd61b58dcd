"""Deny-by-default field permissions.

Every root field declares its policy with ``requires(...)``, ``signed_in()`` or ``public()``;
the permission-matrix test reads these declarations, so a field without one fails CI.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError
from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.types import Info

from backend.i18n import translate

UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"


def unauthenticated_error(locale: str = "en") -> GraphQLError:
    """The error for a caller with no valid session or API key."""
    return GraphQLError(
        translate("Sign in to continue.", locale), extensions={"code": UNAUTHENTICATED}
    )


def forbidden_error(permission: str, locale: str = "en") -> GraphQLError:
    """The error for a caller who lacks a permission."""
    return GraphQLError(
        translate("You do not have the '{permission}' permission.", locale, permission=permission),
        extensions={"code": FORBIDDEN, "permission": permission},
    )


class Policy(BasePermission):
    """A field's access policy: public, any signed-in caller, or one named permission."""

    def __init__(
        self, *, permission: str | None, authenticated: bool, alternatives: tuple[str, ...] = ()
    ) -> None:
        self.permission = permission
        self.authenticated = authenticated
        self.alternatives = alternatives

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        actor = info.context.actor
        if not self.authenticated:
            return True
        if not actor.is_authenticated:
            raise unauthenticated_error(actor.locale)
        if self.permission is not None and not any(
            actor.can(p) for p in (self.permission, *self.alternatives)
        ):
            raise forbidden_error(self.permission, actor.locale)
        return True


def _extension(policy: Policy) -> list[FieldExtension]:
    return [PermissionExtension(permissions=[policy], use_directives=False)]


def requires(permission: str) -> list[FieldExtension]:
    """Allow only callers holding the permission."""
    return _extension(Policy(permission=permission, authenticated=True))


def requires_any(permission: str, *alternatives: str) -> list[FieldExtension]:
    """Allow callers holding any one of the permissions (e.g. a user's or an API key's)."""
    return _extension(
        Policy(permission=permission, authenticated=True, alternatives=tuple(alternatives))
    )


def signed_in() -> list[FieldExtension]:
    """Allow any signed-in user or API key."""
    return _extension(Policy(permission=None, authenticated=True))


def public() -> list[FieldExtension]:
    """Allow anyone, signed in or not (only sign-in itself)."""
    return _extension(Policy(permission=None, authenticated=False))


def policy_of(extensions: list[FieldExtension]) -> Policy | None:
    """Return the policy declared on a field, or None when it has none."""
    for ext in extensions:
        if isinstance(ext, PermissionExtension):
            for perm in ext.permissions:
                if isinstance(perm, Policy):
                    return perm
    return None
