"""Schema extensions: masking of unexpected errors, metrics, and execution tracking."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

from graphql import GraphQLError
from strawberry.extensions import MaskErrors, SchemaExtension

from backend.api.metrics import registry
from backend.errors import DomainError

log = logging.getLogger("bankpm.graphql")

#: Error codes that are part of the API contract and reach the caller as they are.
EXPECTED_CODES = frozenset({"UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT"})


def is_expected(error: GraphQLError) -> bool:
    """Whether an error is a deliberate one (auth, bad arguments, GraphQL validation)."""
    if error.original_error is None or isinstance(error.original_error, DomainError):
        return True
    if isinstance(error.original_error, GraphQLError):
        return (error.original_error.extensions or {}).get("code") in EXPECTED_CODES
    return False


class MaskUnexpectedErrors(MaskErrors):
    """Replace unexpected errors with a message carrying the correlation id, and log them."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda e: not is_expected(e))

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        return [self._typed(e) for e in super()._process_errors(errors)]

    def _typed(self, error: GraphQLError) -> GraphQLError:
        """A read refused by a service (say a total meeting a currency without an exchange
        rate) keeps its typed code and message, in the caller's language."""
        original = error.original_error
        if not isinstance(original, DomainError):
            return error
        context = self.execution_context.context
        locale = context.actor.locale if context is not None else "en"
        first = original.errors[0]
        return GraphQLError(
            message=first.render(locale),
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={
                "code": str(first.code),
                "errors": [
                    {"field": e.field, "code": str(e.code), "message": e.render(locale)}
                    for e in original.errors
                ],
            },
        )

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        context = self.execution_context.context
        cid = context.actor.correlation_id if context is not None else "-"
        log.error(
            "unexpected error in %s: %s",
            ".".join(str(p) for p in error.path or []) or "operation",
            error.message,
            exc_info=error.original_error,
            extra={"correlation_id": cid},
        )
        return GraphQLError(
            message=f"Internal server error. Correlation ID: {cid}",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": "INTERNAL_SERVER_ERROR", "correlationId": cid},
        )


class OperationMetrics(SchemaExtension):
    """Count operations and their latency by operation name; mark that execution started."""

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        ec = self.execution_context
        kind = "unknown"
        try:
            kind = ec.operation_type.value
        except Exception:  # noqa: BLE001 - an unparsable document has no operation type
            kind = "invalid"
        result = ec.result
        errors = len(getattr(result, "errors", None) or []) if result is not None else 0
        registry.observe_operation(
            name=ec.operation_name or "anonymous",
            kind=kind,
            seconds=time.perf_counter() - started,
            errors=errors,
        )

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context.context
        if context is not None and hasattr(context, "executed"):
            context.executed = True
        yield


__all__ = ["MaskUnexpectedErrors", "OperationMetrics"]
