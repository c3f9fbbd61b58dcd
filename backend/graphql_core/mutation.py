"""Run a service call for a mutation: expected failures become payload errors and are audited."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable
from typing import NoReturn, TypeVar

from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.errors import DomainError, ErrorCode
from backend.graphql_core.types import UserError

T = TypeVar("T")


async def run(
    call: Awaitable[T],
    *,
    actor: Actor,
    action: str,
    object_type: str | None = None,
    object_id: str | int | None = None,
    audited: bool = False,
) -> tuple[T | None, list[UserError]]:
    """Await the call; on ``DomainError`` record a FAILURE audit event and return the errors.

    The service rolled its transaction back before raising, so nothing was written but the
    failure record. ``audited`` says the service records its own failures (with more detail).
    """
    try:
        return await call, []
    except DomainError as exc:
        if not audited:
            await audit.record_failure(
                actor=actor,
                action=action,
                errors=exc.errors,
                object_type=object_type,
                object_id=object_id,
            )
        return None, [UserError.from_field_error(e, actor.locale) for e in exc.errors]


async def not_found(field: str = "id") -> NoReturn:
    """A call that fails as NOT_FOUND: for an ID that does not decode to the expected type."""
    raise DomainError.single(ErrorCode.NOT_FOUND, "No such object.", field)


def decode_base64(content: str, field: str = "contentBase64") -> bytes:
    """Decode an uploaded file; a malformed one is a field error (raised inside ``run``)."""
    try:
        return base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DomainError.single(ErrorCode.INVALID, "The file is not valid base64.", field) from exc
