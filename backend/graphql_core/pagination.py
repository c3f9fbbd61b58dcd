"""Relay cursor pagination over a Tortoise queryset (offset cursors, totalCount)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Any, TypeVar

from graphql import GraphQLError
from tortoise.queryset import QuerySet

from backend.graphql_core.types import Connection, Edge, PageInfo

DEFAULT_PAGE = 20
MAX_PAGE = 100

M = TypeVar("M")
T = TypeVar("T")


def encode_cursor(offset: int) -> str:
    """Encode a position in the list."""
    return base64.urlsafe_b64encode(f"cursor:{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    """Decode a cursor made by ``encode_cursor``; a bad one is a BAD_USER_INPUT error."""
    try:
        raw = base64.urlsafe_b64decode(cursor.encode()).decode()
        prefix, _, number = raw.partition(":")
        if prefix != "cursor" or not number.isascii() or not number.isdigit() or len(number) > 9:
            raise ValueError(raw)
        return int(number)
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise bad_input(f"Invalid cursor {cursor!r}.") from exc


def bad_input(message: str) -> GraphQLError:
    """A request error about arguments (not masked, code BAD_USER_INPUT)."""
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


async def paginate(
    queryset: QuerySet[Any],
    convert: Callable[[Any], T],
    *,
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
) -> Connection[T]:
    """Return one page of the queryset as a connection; page size defaults to 20, max 100."""
    for name, value in (("first", first), ("last", last)):
        if value is not None and not 0 <= value <= MAX_PAGE:
            raise bad_input(f"'{name}' must be between 0 and {MAX_PAGE}.")
    total = await queryset.count()
    start = decode_cursor(after) + 1 if after is not None else 0
    end = min(decode_cursor(before), total) if before is not None else total
    start = min(start, end)
    if first is not None:
        end = min(end, start + first)
    if last is not None:
        start = max(start, end - last)
    if first is None and last is None:
        end = min(end, start + DEFAULT_PAGE)
    rows = await queryset.offset(start).limit(end - start) if end > start else []
    edges = [Edge(cursor=encode_cursor(start + i), node=convert(row)) for i, row in enumerate(rows)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=start + len(rows) < total,
            has_previous_page=start > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )
