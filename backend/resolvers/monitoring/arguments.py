"""GraphQL arguments to service arguments: global IDs to keys, refused arguments to request errors."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError

from backend.errors import DomainError
from backend.graphql_core.types import pk_of

#: Stands for an ID that does not decode to the expected type: it names no row.
NO_ROW = 0


def ref(global_id: strawberry.ID | None, type_name: str) -> int | None:
    """The primary key an optional reference names (NO_ROW when it names nothing)."""
    if global_id is None:
        return None
    pk = pk_of(global_id, type_name)
    return NO_ROW if pk is None else pk


def refs(ids: list[strawberry.ID] | None, type_name: str) -> list[int] | None:
    """The primary keys a list of references names (NO_ROW for those naming nothing)."""
    if ids is None:
        return None
    return [ref(i, type_name) or NO_ROW for i in ids]


def input_error(exc: DomainError, locale: str) -> GraphQLError:
    """A refused query argument as a request error (code BAD_USER_INPUT, with the field)."""
    first = exc.errors[0]
    return GraphQLError(
        first.render(locale),
        extensions={"code": "BAD_USER_INPUT", "field": first.field, "reason": first.code.value},
    )
