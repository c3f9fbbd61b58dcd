"""Types every domain shares: Node, connections, page info, user errors, order direction."""

from __future__ import annotations

import base64
import binascii
from enum import StrEnum
from typing import Any, Generic, TypeVar

import strawberry

from backend.domains.auth.errors import AuthErrorCode
from backend.domains.customers.errors import CustomerErrorCode
from backend.domains.monitoring.errors import MonitoringErrorCode
from backend.domains.products.errors import ProductErrorCode
from backend.errors import ErrorCode, FieldError

T = TypeVar("T")

#: The generic codes first, then each domain's own (a domain adds its enum here).
ERROR_CODE_ENUMS: tuple[type[StrEnum], ...] = (
    ErrorCode,
    AuthErrorCode,
    ProductErrorCode,
    CustomerErrorCode,
    MonitoringErrorCode,
)


def _all_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for enum in ERROR_CODE_ENUMS:
        for member in enum:
            if codes.setdefault(member.value, enum.__name__) != enum.__name__:
                raise RuntimeError(f"error code {member.value} is defined twice")
    return {code: code for code in codes}


#: The API's ``ErrorCode``: the generic codes and every domain's specific ones.
_ApiErrorCode: Any = StrEnum("ErrorCode", _all_codes())  # type: ignore[misc]
ApiErrorCode: Any = strawberry.enum(
    _ApiErrorCode,
    name="ErrorCode",
    description=(
        "Why an operation was refused: generic codes (INVALID, REQUIRED, NOT_FOUND, CONFLICT, "
        "DUPLICATE, FORBIDDEN...) and each domain's specific ones."
    ),
)


@strawberry.enum(description="Sort direction.")
class OrderDirection(StrEnum):
    ASC = "ASC"
    DESC = "DESC"


@strawberry.type(description="A problem with the input or a refused business rule.")
class UserError:
    field: str | None = strawberry.field(
        description="The input field at fault (camelCase), or null for the whole operation."
    )
    code: ApiErrorCode = strawberry.field(description="Machine-readable reason.")
    message: str = strawberry.field(description="Human-readable explanation.")

    @classmethod
    def from_field_error(cls, error: FieldError, locale: str = "en") -> UserError:
        """Convert a domain error entry, with its message in the caller's language."""
        return cls(
            field=error.field, code=ApiErrorCode(error.code.value), message=error.render(locale)
        )


@strawberry.interface(description="An object with a globally unique ID, fetchable by node(id:).")
class Node:
    id: strawberry.ID = strawberry.field(description="Globally unique, opaque ID.")


@strawberry.type(description="Where a page of a connection sits in the whole list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether more items follow this page.")
    has_previous_page: bool = strawberry.field(description="Whether items precede this page.")
    start_cursor: str | None = strawberry.field(description="Cursor of the first item.")
    end_cursor: str | None = strawberry.field(description="Cursor of the last item.")


@strawberry.type(description="An item of a connection with its cursor.")
class Edge(Generic[T]):
    cursor: str = strawberry.field(description="Opaque position of this item, for after/before.")
    node: T = strawberry.field(description="The item.")


@strawberry.type(description="A page of a list (Relay connection) with the total size.")
class Connection(Generic[T]):
    edges: list[Edge[T]] = strawberry.field(description="The items of this page.")
    page_info: PageInfo = strawberry.field(description="Paging information.")
    total_count: int = strawberry.field(description="How many items match, over all pages.")


def to_global_id(type_name: str, pk: int | str) -> strawberry.ID:
    """Encode a type name and primary key as an opaque global ID."""
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode())


def from_global_id(global_id: str) -> tuple[str, str] | None:
    """Decode a global ID into (type name, primary key), or None when it is malformed."""
    try:
        raw = base64.urlsafe_b64decode(global_id.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    type_name, sep, pk = raw.partition(":")
    if not sep or not type_name or not pk:
        return None
    return type_name, pk


#: The largest primary key an ID may name: a PostgreSQL ``integer`` column refuses more, so a
#: larger one names nothing (rather than failing in the database).
MAX_PK = 2**31 - 1


def parse_pk(text: str) -> int | None:
    """The primary key written in an ID (ASCII digits, at most ``MAX_PK``), else None."""
    if not text.isascii() or not text.isdigit() or len(text) > len(str(MAX_PK)):
        return None
    pk = int(text)
    return pk if pk <= MAX_PK else None


def pk_of(global_id: str, type_name: str) -> int | None:
    """Return the integer primary key if the ID names an object of that type, else None."""
    decoded = from_global_id(global_id)
    if decoded is None or decoded[0] != type_name:
        return None
    return parse_pk(decoded[1])
