"""Schema extensions: the request guard, masking of unexpected errors, metrics, and
execution tracking."""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Iterator
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from graphql import DocumentNode, GraphQLError, OperationDefinitionNode, print_ast
from graphql import ExecutionResult as GraphQLExecutionResult
from graphql.execution.values import get_variable_values
from strawberry.extensions import MaskErrors, SchemaExtension
from strawberry.types.graphql import OperationType
from tortoise.exceptions import DBConnectionError, ValidationError

from backend.api import guards
from backend.api.metrics import registry
from backend.errors import DomainError
from backend.i18n import translate
from backend.settings import DEFAULT_MAX_QUERY_COST

log = logging.getLogger("bankpm.graphql")

COST_MESSAGE = "This operation costs more than {limit}, the most allowed; ask for fewer fields or smaller pages."  # noqa: E501
TEXT_MESSAGE = "Text must not contain control characters or bidirectional overrides ({where})."  # noqa: E501

#: Error codes that are part of the API contract and reach the caller as they are.
EXPECTED_CODES = frozenset({"UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT"})


def is_expected(error: GraphQLError) -> bool:
    """Whether an error is a deliberate one (auth, bad arguments, GraphQL validation)."""
    if error.original_error is None or isinstance(error.original_error, DomainError):
        return True
    if does_not_fit(error.original_error):
        return True
    if isinstance(error.original_error, GraphQLError):
        return (error.original_error.extensions or {}).get("code") in EXPECTED_CODES
    return False


#: SQLSTATEs of a value its column cannot hold: numeric out of range, string too long.
_DOES_NOT_FIT = frozenset({"22003", "22001"})


def does_not_fit(exc: BaseException) -> bool:
    """Whether an exception says a submitted value does not fit its column: Tortoise's field
    validation (a 10-letter currency to filter by), or the database refusing it (an amount
    of 10^20 in ``numeric(20, 2)``) — the caller's bad input; the transaction rolled back."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ValidationError) or getattr(seen, "sqlstate", None) in _DOES_NOT_FIT:
            return True
        seen = seen.__cause__
    return False


def bad_user_input(message: str, **extensions: Any) -> GraphQLError:
    """A refused request (code BAD_USER_INPUT): shown to the caller as it is, never logged."""
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT", **extensions})


def variable_types(operation: OperationDefinitionNode | None) -> dict[str, str]:
    """The operation's variables as ``$name: Type`` — what logs may say about them."""
    if operation is None:
        return {}
    return {
        f"${d.variable.name.value}": print_ast(d.type) for d in operation.variable_definitions or ()
    }


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    elif value is not None and not isinstance(value, bool):
        yield str(value)


def scrub(text: str, variables: dict[str, Any] | None, document: DocumentNode | None) -> str:
    """Replace every submitted value (variables and string literals) in a text to be logged."""
    values = set(_leaves(variables or {}))
    if document is not None:
        values |= {v for v in guards.string_literals(document)}
    for value in sorted((v for v in values if len(v) >= 3), key=len, reverse=True):
        text = text.replace(value, "[redacted]")
    return text


def _expected(error: GraphQLError) -> GraphQLError:
    """A validation error about a literal a scalar refused (say ``"NaN"`` for a Decimal, or
    a malformed DateTime, which comes without a location) is the caller's bad input, not an
    unexpected failure of ours."""
    if error.original_error is None and error.nodes:
        return error
    return GraphQLError(
        error.message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        extensions={"code": "BAD_USER_INPUT"},
    )


class DocumentGuard(SchemaExtension):
    """Checks every operation once before validating it, and its variables before running it.

    Before validation (cheap, linear in the document): several operations need an
    ``operationName``; an anonymous caller may select only the public root fields (sign-in);
    the operation's cost must stay within the caller's limit; no text input may carry control
    or bidirectional-override characters. Validation itself is cached by the printed document.
    Before execution: variables that do not coerce to their types, and filter texts over
    ``guards.MAX_FILTER_TEXT``, are refused as BAD_USER_INPUT naming the variable and its
    type, never its value.
    """

    def __init__(self, *, cache: guards.ValidationCache, public_fields: frozenset[str]) -> None:
        super().__init__()
        self.cache = cache
        self.public_fields = public_fields | {"__typename", "__schema", "__type"}

    @property
    def _locale(self) -> str:
        context = self.execution_context.context
        return context.actor.locale if context is not None else "en"

    def on_validate(self) -> Iterator[None]:
        ec = self.execution_context
        assert ec.graphql_document is not None
        try:
            refusal = self._refusal(ec.graphql_document)
        except Exception as exc:  # noqa: BLE001 - a guard failure refuses, masked and logged
            refusal = self._failed(exc)
        ec.pre_execution_errors = (
            [refusal]
            if refusal is not None
            else [
                _expected(e)
                for e in self.cache.validate(
                    ec.schema._schema, ec.graphql_document, ec.validation_rules, ec.query
                )
            ]
        )
        yield

    def _failed(self, exc: Exception) -> GraphQLError:
        """Refuse a request the guard could not judge (fail closed): Strawberry would show an
        extension's exception message to the caller, so it is masked and logged here."""
        ec = self.execution_context
        context = ec.context
        cid = context.actor.correlation_id if context is not None else "-"
        log.error(
            "the document guard failed",
            extra={
                "correlation_id": cid,
                "fields": {
                    "exception": scrub("".join(traceback.format_exception(exc)), ec.variables, None)
                },
            },
        )
        return GraphQLError(
            f"Internal server error. Correlation ID: {cid}",
            extensions={"code": "INTERNAL_SERVER_ERROR", "correlationId": cid},
        )

    def _refusal(self, document: DocumentNode) -> GraphQLError | None:
        ec = self.execution_context
        locale = self._locale
        provided = getattr(ec, "_provided_operation_name", None)
        if provided is None and len(guards.operations(document)) > 1:
            return bad_user_input(
                translate(
                    "The document has several operations: name the one to run in operationName.",
                    locale,
                )
            )
        operation = guards.selected_operation(document, provided)
        if operation is None:
            return None  # an unknown operationName: graphql-core says so
        context = ec.context
        settings = getattr(context, "settings", None)
        anonymous = context is None or not context.actor.is_authenticated
        if anonymous:
            roots = guards.root_field_names(operation, guards.fragments(document))
            if roots - self.public_fields:
                return GraphQLError(
                    translate("Sign in to continue.", locale),
                    extensions={"code": "UNAUTHENTICATED"},
                )
        limit = (
            (settings.anonymous_max_query_cost if anonymous else settings.max_query_cost)
            if settings is not None
            else DEFAULT_MAX_QUERY_COST
        )
        try:
            guards.operation_cost(ec.schema._schema, document, operation, ec.variables, limit)
        except guards.CostExceeded as exc:
            return bad_user_input(
                translate(
                    COST_MESSAGE,
                    locale,
                    limit=limit,
                ),
                cost=exc.cost,
                maxCost=limit,
            )
        literal = guards.bad_text_in_document(document)
        where = (
            f"line {literal.loc.source.get_location(literal.loc.start).line}"
            if literal is not None and literal.loc is not None
            else "document"
        )
        if literal is None:
            found = guards.bad_text_in_value(ec.variables or {}, "")
            where = f"${found.lstrip('.')}" if found else ""
        if literal is not None or where:
            return bad_user_input(
                translate(
                    TEXT_MESSAGE,
                    locale,
                    where=where,
                ),
            )
        return None

    def on_execute(self) -> Iterator[None]:
        ec = self.execution_context
        if ec.result is None and ec.graphql_document is not None:
            try:
                error = self._variable_refusal(ec.graphql_document)
            except Exception as exc:  # noqa: BLE001 - as in on_validate
                error = self._failed(exc)
            if error is not None:
                ec.result = GraphQLExecutionResult(data=None, errors=[error])
        yield

    def _variable_refusal(self, document: DocumentNode) -> GraphQLError | None:
        ec = self.execution_context
        try:
            if ec.operation_type == OperationType.SUBSCRIPTION:
                return None
        except RuntimeError:
            return None
        operation = guards.selected_operation(
            document, getattr(ec, "_provided_operation_name", None)
        )
        if operation is None:
            return None
        schema = ec.schema._schema
        coerced = get_variable_values(
            schema, operation.variable_definitions or (), ec.variables or {}, max_errors=1
        )
        types = variable_types(operation)
        if isinstance(coerced, list):
            names = [
                name for name in types if any(f"'{name}'" in e.message for e in coerced)
            ] or list(types)
            name = names[0] if names else "$?"
            log.info(
                "refused variables",
                extra={"fields": {"variables": types, "invalid": name}},
            )
            return bad_user_input(
                translate(
                    "Variable {name} does not hold a valid {type}.",
                    self._locale,
                    name=name,
                    type=types.get(name, "value"),
                ),
                variable=name,
            )
        path = guards.long_filter_text(schema, document, operation, coerced.coerced)
        if path is not None:
            return bad_user_input(
                translate(
                    "A filter text is at most {max} characters ({where}).",
                    self._locale,
                    max=guards.MAX_FILTER_TEXT,
                    where=path,
                ),
            )
        return None


#: What a lost or refused database connection raises (a session killed, the server
#: restarting, the network cut); the transaction it was in rolled back.
_OUTAGES: tuple[type[BaseException], ...] = (
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.CannotConnectNowError,
    ConnectionError,
    DBConnectionError,
)
UNAVAILABLE_MESSAGE = (
    "The database is unavailable right now; try again in a moment (correlation ID {cid})."  # noqa: E501
)


def database_unavailable(exc: BaseException | None) -> bool:
    """Whether an exception (or one it came from) is the database connection being lost."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, _OUTAGES):
            return True
        if isinstance(exc, asyncpg.exceptions.InterfaceError) and "connection is closed" in str(
            exc
        ):
            return True
        exc = exc.__cause__ or exc.__context__
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
        context = self.execution_context.context
        locale = context.actor.locale if context is not None else "en"
        if original is not None and does_not_fit(original):
            field = (
                str(original).split(":", 1)[0].strip()
                if isinstance(original, ValidationError)
                else None
            )
            return GraphQLError(
                translate(
                    "A value of {field} does not fit (too long or out of range).",
                    locale,
                    field=field or "the input",
                ),
                nodes=error.nodes,
                source=error.source,
                positions=error.positions,
                path=error.path,
                extensions={"code": "BAD_USER_INPUT", "field": field},
            )
        if not isinstance(original, DomainError):
            return error
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
        ec = self.execution_context
        context = ec.context
        cid = context.actor.correlation_id if context is not None else "-"
        if database_unavailable(error.original_error):
            # An outage, not a bug: the caller may retry; the log says so without a trace.
            log.warning(
                "database unavailable in %s: %s",
                ".".join(str(p) for p in error.path or []) or "operation",
                type(error.original_error).__name__,
                extra={"correlation_id": cid},
            )
            locale = context.actor.locale if context is not None else "en"
            return GraphQLError(
                message=translate(UNAVAILABLE_MESSAGE, locale, cid=cid),
                nodes=error.nodes,
                source=error.source,
                positions=error.positions,
                path=error.path,
                extensions={"code": "SERVICE_UNAVAILABLE", "correlationId": cid},
            )
        # Submitted values (an ID number, a password) never reach the log: the message and
        # the traceback are scrubbed of them, and variables are logged by name and type.
        document = ec.graphql_document
        original = error.original_error
        trace = (
            "".join(traceback.format_exception(original)) if original is not None else error.message
        )
        operation = (
            guards.selected_operation(document, getattr(ec, "_provided_operation_name", None))
            if document is not None
            else None
        )
        log.error(
            "unexpected error in %s: %s",
            ".".join(str(p) for p in error.path or []) or "operation",
            scrub(error.message, ec.variables, document),
            extra={
                "correlation_id": cid,
                "fields": {
                    "variables": variable_types(operation),
                    "exception": scrub(trace, ec.variables, document),
                },
            },
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
        # a request the guard refused before running it (bad variables) did not execute
        if (
            context is not None
            and hasattr(context, "executed")
            and self.execution_context.result is None
        ):
            context.executed = True
        yield


__all__ = ["DocumentGuard", "MaskUnexpectedErrors", "OperationMetrics"]
