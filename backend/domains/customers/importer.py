"""Bulk import of customers, holdings and transactions from CSV or JSON Lines.

Rows are read and written in chunks. Re-importing is idempotent by ``external_id``: customers
and holdings are updated, transactions already present are left alone. In ALL_OR_NOTHING mode
one invalid row means nothing is written (the whole import is one transaction); in SKIP_INVALID
mode valid rows are written and each invalid one is reported with row, field, code and message.
A new holding is a sale: it passes the product's sales checks and takes its quota
(``import_openings``). A customer file never carries a risk tolerance. On PostgreSQL new
transactions go in through COPY.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import orjson

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.audit.enums import AuditOutcome
from backend.domains.auth import permissions as perms
from backend.domains.customers.errors import CustomerErrorCode
from backend.domains.customers.import_openings import Openings
from backend.domains.customers.import_rows import (
    MAX_REPORTED,
    ImportResult,
    RowError,
    RowInvalid,
)
from backend.domains.customers.import_writers import WRITERS, flush_audit
from backend.domains.customers.transactions import rebuild_rollups
from backend.domains.products import models as product_models
from backend.domains.products import quota
from backend.errors import DomainError
from backend.kernel import events
from backend.kernel.guards import require

CHUNK = 5000
#: Largest file accepted through the API, and largest pushed batch of transactions.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_BATCH_ROWS = 10_000
#: What an import of each kind changes needs, beyond ``customer:import`` (the operation):
#: the permissions of the single-record mutations making the same changes. Transactions are
#: appended facts, never overwritten (their pushed batches need ``ingest:write``).
KIND_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "CUSTOMERS": (perms.CUSTOMER_WRITE,),
    "HOLDINGS": (perms.CUSTOMER_WRITE,),
    "TRANSACTIONS": (),
}
#: Row errors named in the audit event of a failed import.
AUDITED_ERRORS = 20


class _Abort(Exception):
    """Roll back an all-or-nothing import."""


def read_rows(data: bytes, fmt: str) -> Iterator[tuple[int, dict[str, Any] | RowInvalid]]:
    """Yield (row number, row dict) — or the parse error of that row."""
    if fmt == "JSONL":
        for number, line in enumerate(data.splitlines(), 1):
            if not line.strip():
                continue
            try:
                value = orjson.loads(line)
            except orjson.JSONDecodeError:
                yield number, RowInvalid(None, "INVALID", "Not a JSON object.")
                continue
            if not isinstance(value, dict):
                yield number, RowInvalid(None, "INVALID", "Not a JSON object.")
                continue
            yield (
                number,
                {
                    k: ("" if v is None else str(v) if not isinstance(v, str) else v)
                    for k, v in value.items()
                },
            )
        return
    text = data.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    for number, row in enumerate(reader, 1):
        yield number, {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}


async def import_rows(
    *,
    kind: str,
    rows: Iterator[tuple[int, dict[str, Any] | RowInvalid]],
    mode: str,
    actor: Actor,
    progress: Callable[[int], None] | None = None,
    source: dict[str, Any] | None = None,
) -> ImportResult:
    """Import rows of one kind; see the module docstring for the rules.

    ``source`` names where the rows came from (``filename``, ``sha256``); it is written in
    the import's audit event, and each created or changed record is audited on its own."""
    for permission in KIND_PERMISSIONS[kind]:
        require(actor, permission)
    origin = dict(source or {})
    result = ImportResult(kind=kind, source=origin.get("filename") or origin.get("through"))
    touched_dates: set[date] = set()
    all_or_nothing = mode == "ALL_OR_NOTHING"
    catalog = await product_models.Product.all()
    products = {p.code: p.id for p in catalog}
    product_family = {p.id: p.family for p in catalog}
    openings = Openings(catalog)
    suspended: list[int] = []

    def reject(number: int, *problems: RowInvalid) -> None:
        result.failed += 1
        for problem in problems:
            if len(result.errors) < MAX_REPORTED:
                result.errors.append(
                    RowError(number, problem.field, problem.code, problem.message, problem.params)
                )

    async def run_chunks() -> None:
        chunk: list[tuple[int, dict[str, Any]]] = []
        for number, row in rows:
            result.total += 1
            if isinstance(row, RowInvalid):
                reject(number, row)
                continue
            chunk.append((number, row))
            if len(chunk) >= CHUNK:
                await _write_chunk(chunk)
                chunk = []
        if chunk:
            await _write_chunk(chunk)

    async def _write_chunk(chunk: list[tuple[int, dict[str, Any]]]) -> None:
        writer = WRITERS[kind]
        write = not (all_or_nothing and result.failed)
        await writer(
            chunk, result, reject, products, product_family, touched_dates, write, actor, openings
        )
        if progress:
            progress(result.total)

    try:
        async with db.transaction():
            await run_chunks()
            if all_or_nothing and result.failed:
                raise _Abort
            suspended = await openings.take_quota(actor)
            await flush_audit(actor, result)
            await audit.record(
                actor=actor,
                action=f"import.{kind.lower()}",
                object_type="Import",
                after={
                    "total": result.total,
                    "inserted": result.inserted,
                    "updated": result.updated,
                    "unchanged": result.unchanged,
                    "failed": result.failed,
                    "audited": result.audited,
                    "mode": mode,
                    **origin,
                },
            )
        result.committed = True
    except _Abort:
        result.inserted = result.updated = result.unchanged = result.audited = 0
        result.pending_audit = []
        result.committed = False
        await audit_failed(
            kind=kind,
            actor=actor,
            source=origin,
            details={
                "mode": mode,
                "total": result.total,
                "failed": result.failed,
                "errors": [
                    {"row": e.row, "field": e.field, "code": e.code}
                    for e in result.errors[:AUDITED_ERRORS]
                ],
            },
        )
    for product_id in suspended:
        await quota.announce_suspension(product_id=product_id)
    if result.committed and touched_dates:
        await rebuild_rollups(dates=touched_dates)
    if result.committed and result.product_ids:
        topic = events.TRANSACTIONS_IMPORTED if kind == "TRANSACTIONS" else events.HOLDINGS_CHANGED
        await events.emit(
            topic, product_ids=sorted(result.product_ids), dates=sorted(touched_dates)
        )
    return result


async def audit_failed(
    *, kind: str, actor: Actor, source: dict[str, Any], details: dict[str, Any]
) -> None:
    """Record an import that wrote nothing (refused, or all-or-nothing with a bad row), with
    the file's name and SHA-256, in a transaction of its own."""
    async with db.transaction():
        await audit.record(
            actor=actor,
            action=f"import.{kind.lower()}",
            object_type="Import",
            after={**details, **source},
            outcome=AuditOutcome.FAILURE,
        )


async def import_file(
    *,
    kind: str,
    content: bytes,
    fmt: str,
    mode: str,
    actor: Actor,
    max_bytes: int | None = MAX_FILE_BYTES,
    progress: Callable[[int], None] | None = None,
    filename: str | None = None,
) -> ImportResult:
    """Import a whole CSV or JSON Lines file; a file too large or not readable is refused
    as a whole (nothing written). Every import that writes nothing is audited as a failure
    with the file's name and SHA-256 (so the refused file can be found again)."""
    source = {
        "filename": (filename or "").strip()[:200] or None,
        "sha256": hashlib.sha256(content).hexdigest(),
        "bytes": len(content),
        "format": fmt,
    }
    try:
        if max_bytes is not None and len(content) > max_bytes:
            raise DomainError.single(
                CustomerErrorCode.IMPORT_FILE_TOO_LARGE,
                "The file is larger than {limit} MB.",
                "contentBase64",
                limit=max_bytes // (1024 * 1024),
            )
        try:
            return await import_rows(
                kind=kind,
                rows=read_rows(content, fmt),
                mode=mode,
                actor=actor,
                progress=progress,
                source=source,
            )
        except UnicodeDecodeError as exc:
            raise DomainError.single(
                CustomerErrorCode.IMPORT_FILE_UNREADABLE,
                "The file could not be read as {format}.",
                "contentBase64",
                format=fmt,
            ) from exc
    except DomainError as exc:
        await audit_failed(
            kind=kind,
            actor=actor,
            source=source,
            details={
                "mode": mode,
                "errors": [{"field": e.field, "code": str(e.code)} for e in exc.errors],
            },
        )
        raise


def check_batch_size(count: int) -> None:
    """Refuse a pushed batch larger than ``MAX_BATCH_ROWS``."""
    if count > MAX_BATCH_ROWS:
        raise DomainError.single(
            CustomerErrorCode.IMPORT_BATCH_TOO_LARGE,
            "At most {limit} transactions per batch.",
            "transactions",
            limit=MAX_BATCH_ROWS,
        )
