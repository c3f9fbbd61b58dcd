"""Record refused requests of signed-in callers: one schema extension catches them all.

Every root field checks its permission (``graphql_core.permissions``) and services refuse
with typed FORBIDDEN errors; whichever refused, the error reaches the result. After each
operation this extension collects the FORBIDDEN errors (and UNAUTHENTICATED ones of a
signed-in caller) and hands them to ``domains.audit.refusals`` — one event per request,
bounded per principal and minute (``BANKPM_AUDIT_REFUSALS_PER_MINUTE``). A failure to record
is logged, never turned into a failure of the request.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from backend.actor import Actor
from backend.domains.audit import refusals
from backend.errors import DomainError

log = logging.getLogger("bankpm.refusals")

#: Error codes that mean "not for you" (a used-up limit of searches by personal data too).
REFUSAL_CODES = frozenset({"FORBIDDEN", "UNAUTHENTICATED", "PII_SEARCH_LIMIT_REACHED"})


def refused_parts(errors: Sequence[GraphQLError]) -> list[refusals.Refusal]:
    """The refusals among a result's errors."""
    found: list[refusals.Refusal] = []
    for error in errors:
        extensions = error.extensions or {}
        code = str(extensions.get("code") or "")
        original = error.original_error
        if not code and isinstance(original, DomainError):
            # a service's refusal, before or after the masking extension typed it
            code = str(original.errors[0].code)
            extensions = {"permission": dict(original.errors[0].params).get("permission")}
        if code not in REFUSAL_CODES:
            continue
        path = ".".join(str(p) for p in error.path or []) or "operation"
        permission = extensions.get("permission")
        found.append(refusals.Refusal(path, code, str(permission) if permission else None))
    return found


async def record_refusals(
    *,
    actor: Actor,
    refused: Sequence[refusals.Refusal],
    through: str,
    operation: str | None,
    limit: int,
) -> None:
    """Record a request's refusals; a failure is logged, the request is answered anyway."""
    if not refused or not actor.is_authenticated:
        return
    try:
        await refusals.record(
            actor=actor, refused=refused, through=through, operation=operation, limit=limit
        )
    except Exception:  # noqa: BLE001 - the caller's answer must not depend on the audit write
        log.exception("recording a refusal failed", extra={"correlation_id": actor.correlation_id})


class AuditRefusals(SchemaExtension):
    """After each operation, record what a signed-in caller was refused."""

    async def on_operation(self) -> AsyncIterator[None]:
        yield
        ec = self.execution_context
        context = ec.context
        result = ec.result
        errors = list(getattr(result, "errors", None) or []) if result is not None else []
        if context is None or not errors:
            return
        actor: Actor = context.actor
        settings = context.settings
        await record_refusals(
            actor=actor,
            refused=refused_parts(errors),
            through="graphql",
            operation=ec.operation_name,
            limit=settings.audit_refusals_per_minute,
        )


__all__ = ["AuditRefusals", "record_refusals", "refused_parts"]
