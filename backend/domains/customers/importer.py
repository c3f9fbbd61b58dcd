"""Bulk import of customers, holdings and transactions from CSV or JSON Lines.

Rows are read and written in chunks. Re-importing is idempotent by ``external_id``: customers
and holdings are updated, transactions already present are left alone. In ALL_OR_NOTHING mode
one invalid row means nothing is written (the whole import is one transaction); in SKIP_INVALID
mode valid rows are written and each invalid one is reported with row, field, code and message.
On PostgreSQL new transactions go in through COPY.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

import orjson

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.customers import models
from backend.domains.customers.enums import (
    CustomerType,
    HoldingStatus,
    IdType,
    LoanClassification,
    TransactionChannel,
    TransactionType,
)
from backend.domains.customers.service import check_customer
from backend.domains.products import models as product_models
from backend.errors import DomainError, ErrorCode
from backend.kernel import clock, events
from backend.kernel.clock import BUSINESS_TZ

CHUNK = 5000
MAX_REPORTED = 1000
#: Largest file accepted through the API, and largest pushed batch of transactions.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_BATCH_ROWS = 10_000

COLUMNS = {
    "CUSTOMERS": [
        "external_id",
        "customer_no",
        "name",
        "customer_type",
        "gender",
        "birth_date",
        "id_type",
        "id_number",
        "phone",
        "email",
        "occupation",
        "annual_income",
        "province",
        "city",
        "branch",
        "company_name",
        "industry",
        "company_size",
        "marketing_consent",
        "consent_date",
        "consent_channel",
        "risk_tolerance",
        "risk_assessed_on",
        "kyc_status",
    ],
    "HOLDINGS": [
        "external_id",
        "customer_external_id",
        "product_code",
        "opened_on",
        "status",
        "principal",
        "balance",
        "currency",
        "rate_at_opening",
        "maturity_date",
        "outstanding",
        "days_past_due",
        "classification",
        "credit_limit",
        "card_number",
    ],
    "TRANSACTIONS": [
        "external_id",
        "customer_external_id",
        "holding_external_id",
        "product_code",
        "channel",
        "type",
        "amount",
        "currency",
        "occurred_at",
        "counterparty_country",
        "merchant_category",
    ],
}
REQUIRED = {
    "CUSTOMERS": ("external_id", "customer_no", "name", "customer_type", "id_number"),
    "HOLDINGS": ("external_id", "customer_external_id", "product_code", "opened_on", "principal"),
    "TRANSACTIONS": (
        "external_id",
        "customer_external_id",
        "product_code",
        "channel",
        "type",
        "amount",
        "occurred_at",
    ),
}


class RowInvalid(Exception):
    """One row's problem."""

    def __init__(self, field: str | None, code: str, message: str, **params: str | int) -> None:
        super().__init__(message)
        self.field, self.code, self.message = field, code, message
        self.params = tuple(params.items())


@dataclass
class RowError:
    """A rejected row: its number in the file, the column, a code and a message."""

    row: int
    field: str | None
    code: str
    message: str
    params: tuple[tuple[str, str | int], ...] = ()

    def render(self, locale: str = "en") -> str:
        """The message in a language (the template is the key of its translations)."""
        from backend.i18n import translate

        return translate(self.message, locale, **dict(self.params))


@dataclass
class ImportResult:
    """What an import did."""

    kind: str
    total: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    committed: bool = False
    errors: list[RowError] = field(default_factory=list)
    product_ids: set[int] = field(default_factory=set)

    def report_csv(self, locale: str = "en") -> str:
        """All row errors as CSV."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["row", "field", "code", "message"])
        for e in self.errors:
            writer.writerow([e.row, e.field or "", e.code, e.render(locale)])
        return out.getvalue()


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


def _dec(
    row: dict[str, Any], name: str, *, required: bool = False, places: int = 2
) -> Decimal | None:
    raw = row.get(name, "")
    if raw == "":
        if required:
            raise RowInvalid(name, "REQUIRED", "This field is required.")
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise RowInvalid(name, "INVALID", "Not a number.") from exc
    if value != value.quantize(Decimal(10) ** -places):
        raise RowInvalid(name, "INVALID", "At most {places} decimal places.", places=places)
    return value


def _day(row: dict[str, Any], name: str, *, required: bool = False) -> date | None:
    raw = row.get(name, "")
    if raw == "":
        if required:
            raise RowInvalid(name, "REQUIRED", "This field is required.")
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise RowInvalid(name, "INVALID", "Dates look like 2026-01-31.") from exc


def _choice(
    row: dict[str, Any], name: str, allowed: type[StrEnum], *, required: bool = False
) -> str | None:
    raw = row.get(name, "").upper()
    if raw == "":
        if required:
            raise RowInvalid(name, "REQUIRED", "This field is required.")
        return None
    if raw not in allowed.__members__:
        raise RowInvalid(
            name, "INVALID", "One of: {choices}.", choices=", ".join(allowed.__members__)
        )
    return str(raw)


def _required(kind: str, row: dict[str, Any]) -> None:
    for name in REQUIRED[kind]:
        if not row.get(name):
            raise RowInvalid(name, "REQUIRED", "This field is required.")
    if len(row["external_id"]) > 64:
        raise RowInvalid("external_id", "INVALID", "At most 64 characters.")


async def import_rows(
    *,
    kind: str,
    rows: Iterator[tuple[int, dict[str, Any] | RowInvalid]],
    mode: str,
    actor: Actor,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import rows of one kind; see the module docstring for the rules."""
    result = ImportResult(kind=kind)
    touched_dates: set[date] = set()
    all_or_nothing = mode == "ALL_OR_NOTHING"
    products = dict(await product_models.Product.all().values_list("code", "id"))
    product_family = dict(await product_models.Product.all().values_list("id", "family"))

    def reject(number: int, problem: RowInvalid) -> None:
        result.failed += 1
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
        writer = {"CUSTOMERS": _customers, "HOLDINGS": _holdings, "TRANSACTIONS": _transactions}[
            kind
        ]
        write = not (all_or_nothing and result.failed)
        await writer(chunk, result, reject, products, product_family, touched_dates, write)
        if progress:
            progress(result.total)

    try:
        async with db.transaction():
            await run_chunks()
            if all_or_nothing and result.failed:
                raise _Abort
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
                    "mode": mode,
                },
            )
        result.committed = True
    except _Abort:
        result.inserted = result.updated = result.unchanged = 0
        result.committed = False
    if result.committed and touched_dates:
        from backend.domains.customers.service import rebuild_rollups

        await rebuild_rollups(dates=touched_dates)
    if result.committed and result.product_ids:
        topic = events.TRANSACTIONS_IMPORTED if kind == "TRANSACTIONS" else events.HOLDINGS_CHANGED
        await events.emit(
            topic, product_ids=sorted(result.product_ids), dates=sorted(touched_dates)
        )
    return result


async def import_file(
    *,
    kind: str,
    content: bytes,
    fmt: str,
    mode: str,
    actor: Actor,
    max_bytes: int | None = MAX_FILE_BYTES,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import a whole CSV or JSON Lines file; a file too large or not readable is refused
    as a whole (nothing written)."""
    if max_bytes is not None and len(content) > max_bytes:
        raise DomainError.single(
            ErrorCode.INVALID,
            "The file is larger than {limit} MB.",
            "contentBase64",
            limit=max_bytes // (1024 * 1024),
        )
    try:
        return await import_rows(
            kind=kind, rows=read_rows(content, fmt), mode=mode, actor=actor, progress=progress
        )
    except UnicodeDecodeError as exc:
        raise DomainError.single(
            ErrorCode.INVALID,
            "The file could not be read as {format}.",
            "contentBase64",
            format=fmt,
        ) from exc


def check_batch_size(count: int) -> None:
    """Refuse a pushed batch larger than ``MAX_BATCH_ROWS``."""
    if count > MAX_BATCH_ROWS:
        raise DomainError.single(
            ErrorCode.INVALID,
            "At most {limit} transactions per batch.",
            "transactions",
            limit=MAX_BATCH_ROWS,
        )


async def _existing(model: Any, ids: list[str]) -> dict[str, int]:
    rows = await model.filter(external_id__in=ids).values_list("external_id", "id")
    return {ext: pk for ext, pk in rows}


async def _customers(chunk, result, reject, products, product_family, touched, write) -> None:  # type: ignore[no-untyped-def]
    existing = await _existing(models.Customer, [r.get("external_id", "") for _, r in chunk])
    seen_no = dict(
        await models.Customer.filter(
            customer_no__in=[r.get("customer_no", "") for _, r in chunk]
        ).values_list("customer_no", "external_id")
    )
    creates: list[models.Customer] = []
    for number, row in chunk:
        try:
            _required("CUSTOMERS", row)
            data: dict[str, Any] = {
                "external_id": row["external_id"],
                "customer_no": row["customer_no"],
                "name": row["name"],
                "customer_type": _choice(row, "customer_type", CustomerType, required=True),
                "id_type": _choice(row, "id_type", IdType) or "ID_CARD",
                "id_number": row["id_number"],
                "phone": row.get("phone") or None,
                "email": row.get("email") or None,
                "occupation": row.get("occupation") or None,
                "province": row.get("province") or None,
                "city": row.get("city") or None,
                "branch": row.get("branch") or None,
                "company_name": row.get("company_name") or None,
                "industry": row.get("industry") or None,
                "annual_income": _dec(row, "annual_income"),
                "gender": (row.get("gender") or "UNKNOWN").upper(),
                "company_size": (row.get("company_size") or "").upper() or None,
                "kyc_status": (row.get("kyc_status") or "PENDING").upper(),
            }
            if row.get("birth_date"):
                data["birth_date"] = _day(row, "birth_date")
            if row.get("marketing_consent"):
                data["marketing_consent"] = row["marketing_consent"].lower() in (
                    "1",
                    "true",
                    "yes",
                    "y",
                )
                data["consent_date"] = _day(row, "consent_date")
                data["consent_channel"] = (row.get("consent_channel") or "").upper() or None
            if row.get("risk_tolerance"):
                data["risk_tolerance"] = row["risk_tolerance"].upper()
                data["risk_assessed_on"] = _day(row, "risk_assessed_on", required=True)
            if data["gender"] not in ("MALE", "FEMALE", "UNKNOWN"):
                raise RowInvalid(
                    "gender", "INVALID", "One of: {choices}.", choices="MALE, FEMALE, UNKNOWN"
                )
            fields, errors = check_customer(data, creating=True)
            if errors:
                e = errors[0]
                raise RowInvalid(_snake(e.field), e.code.value, e.template, **dict(e.params))
            owner = seen_no.get(fields["customer_no"])
            if owner is not None and owner != fields["external_id"]:
                raise RowInvalid(
                    "customer_no", "DUPLICATE", "Customer number belongs to another external id."
                )
        except (RowInvalid, ValueError) as exc:
            reject(
                number,
                exc if isinstance(exc, RowInvalid) else RowInvalid(None, "INVALID", str(exc)),
            )
            continue
        seen_no[fields["customer_no"]] = fields["external_id"]
        if not write:
            continue
        if fields["external_id"] in existing:
            await models.Customer.filter(id=existing[fields["external_id"]]).update(**fields)
            result.updated += 1
        else:
            creates.append(models.Customer(**fields))
            existing[fields["external_id"]] = -1
    if creates:
        await models.Customer.bulk_create(creates, batch_size=1000)
        result.inserted += len(creates)


def _snake(name: str | None) -> str | None:
    if name is None:
        return None
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


async def _holdings(chunk, result, reject, products, product_family, touched, write) -> None:  # type: ignore[no-untyped-def]
    customers = await _existing(
        models.Customer, [r.get("customer_external_id", "") for _, r in chunk]
    )
    existing_rows = {
        h.external_id: h
        for h in await models.Holding.filter(
            external_id__in=[r.get("external_id", "") for _, r in chunk]
        )
    }
    from backend.domains.customers import pii

    ring = pii.keyring()
    creates: list[models.Holding] = []
    history: list[tuple[str, str, int, date]] = []
    for number, row in chunk:
        try:
            _required("HOLDINGS", row)
            if row["customer_external_id"] not in customers:
                raise RowInvalid(
                    "customer_external_id", "NOT_FOUND", "No customer with this external id."
                )
            product_id = products.get(row["product_code"].upper())
            if product_id is None:
                raise RowInvalid("product_code", "NOT_FOUND", "No product with this code.")
            family = product_family[product_id]
            principal = _dec(row, "principal", required=True)
            balance = _dec(row, "balance")
            classification = _choice(row, "classification", LoanClassification)
            if classification and family != "LOAN":
                raise RowInvalid("classification", "INVALID", "Only loans are classified.")
            card = (row.get("card_number") or "").replace(" ", "")
            if card and (not card.isdigit() or not 12 <= len(card) <= 19):
                raise RowInvalid("card_number", "INVALID", "A card number has 12–19 digits.")
            dpd = row.get("days_past_due") or ""
            if dpd and (not dpd.isdigit()):
                raise RowInvalid("days_past_due", "INVALID", "A whole number of days.")
            fields = {
                "external_id": row["external_id"],
                "customer_id": customers[row["customer_external_id"]],
                "product_id": product_id,
                "family": family,
                "opened_on": _day(row, "opened_on", required=True),
                "status": _choice(row, "status", HoldingStatus) or "ACTIVE",
                "principal": principal,
                "balance": balance if balance is not None else principal,
                "currency": (row.get("currency") or "CNY").upper()[:3],
                "rate_at_opening": _dec(row, "rate_at_opening", places=4),
                "maturity_date": _day(row, "maturity_date"),
                "outstanding": _dec(row, "outstanding"),
                "days_past_due": int(dpd) if dpd else None,
                "classification": classification,
                "credit_limit": _dec(row, "credit_limit"),
                "card_number_enc": ring.encrypt(card) if card else None,
                "card_number_masked": (card[:6] + "*" * (len(card) - 10) + card[-4:])
                if card
                else None,
            }
        except RowInvalid as exc:
            reject(number, exc)
            continue
        if not write:
            continue
        result.product_ids.add(product_id)
        current = existing_rows.get(fields["external_id"])
        if current is not None:
            if classification and classification != current.classification:
                history.append(
                    (
                        fields["external_id"],
                        classification,
                        fields["days_past_due"] or 0,
                        clock.today(),
                    )
                )
            await models.Holding.filter(id=current.id).update(**fields)
            result.updated += 1
        else:
            creates.append(models.Holding(**fields))
            if classification:
                history.append(
                    (
                        fields["external_id"],
                        classification,
                        fields["days_past_due"] or 0,
                        fields["opened_on"],
                    )
                )
    if creates:
        await models.Holding.bulk_create(creates, batch_size=1000)
        result.inserted += len(creates)
    if history:
        ids = await _existing(models.Holding, [h[0] for h in history])
        await models.LoanClassificationChange.bulk_create(
            [
                models.LoanClassificationChange(
                    holding_id=ids[ext], classification=c, days_past_due=d, changed_on=on
                )
                for ext, c, d, on in history
            ]
        )


def _moment(row: dict[str, Any]) -> datetime:
    raw = row.get("occurred_at", "")
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise RowInvalid(
            "occurred_at", "INVALID", "Times look like 2026-01-31T09:30:00+08:00."
        ) from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=BUSINESS_TZ)
    return value.astimezone(UTC)


async def _transactions(chunk, result, reject, products, product_family, touched, write) -> None:  # type: ignore[no-untyped-def]
    ids = [r.get("external_id", "") for _, r in chunk]
    present = set(
        await models.Transaction.filter(external_id__in=ids).values_list("external_id", flat=True)
    )
    customers = await _existing(
        models.Customer, [r.get("customer_external_id", "") for _, r in chunk]
    )
    holdings = await _existing(
        models.Holding,
        [r.get("holding_external_id", "") for _, r in chunk if r.get("holding_external_id")],
    )
    fresh: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, row in chunk:
        try:
            _required("TRANSACTIONS", row)
            customer_id = customers.get(row["customer_external_id"])
            if customer_id is None:
                raise RowInvalid(
                    "customer_external_id", "NOT_FOUND", "No customer with this external id."
                )
            product_id = products.get(row["product_code"].upper())
            if product_id is None:
                raise RowInvalid("product_code", "NOT_FOUND", "No product with this code.")
            holding_id = None
            if row.get("holding_external_id"):
                holding_id = holdings.get(row["holding_external_id"])
                if holding_id is None:
                    raise RowInvalid(
                        "holding_external_id", "NOT_FOUND", "No holding with this external id."
                    )
            channel = _choice(row, "channel", TransactionChannel, required=True)
            type_ = _choice(row, "type", TransactionType, required=True)
            amount = _dec(row, "amount", required=True)
            assert amount is not None
            if amount <= 0:
                raise RowInvalid("amount", "INVALID", "Amount must be greater than zero.")
            occurred = _moment(row)
            country = (row.get("counterparty_country") or "").upper() or None
            if country and (len(country) != 2 or not country.isalpha()):
                raise RowInvalid("counterparty_country", "INVALID", "A two-letter ISO 3166 code.")
            mcc = row.get("merchant_category") or None
            if mcc and (len(mcc) != 4 or not mcc.isdigit()):
                raise RowInvalid(
                    "merchant_category", "INVALID", "A four-digit merchant category code."
                )
        except RowInvalid as exc:
            reject(number, exc)
            continue
        ext = row["external_id"]
        if ext in present or ext in seen:
            result.unchanged += 1
            continue
        seen.add(ext)
        business_date = occurred.astimezone(BUSINESS_TZ).date()
        fresh.append(
            {
                "external_id": ext,
                "customer_id": customer_id,
                "holding_id": holding_id,
                "product_id": product_id,
                "channel": channel,
                "type": type_,
                "amount": amount,
                "currency": (row.get("currency") or "CNY").upper()[:3],
                "occurred_at": occurred,
                "business_date": business_date,
                "counterparty_country": country,
                "merchant_category": mcc,
            }
        )
    if not write or not fresh:
        return
    touched.update(r["business_date"] for r in fresh)
    result.product_ids.update(r["product_id"] for r in fresh)
    if db.is_postgres():
        await _copy_transactions(fresh)
    else:
        await _insert_transactions(fresh)
    result.inserted += len(fresh)


TX_COLUMNS = (
    "external_id",
    "customer_id",
    "holding_id",
    "product_id",
    "channel",
    "type",
    "amount",
    "currency",
    "occurred_at",
    "business_date",
    "counterparty_country",
    "merchant_category",
)


async def _insert_transactions(rows: list[dict[str, Any]]) -> None:
    """SQLite path: one prepared INSERT for all rows, values converted by the model's own
    fields (building a model object per row costs more than the insert itself)."""
    meta = models.Transaction._meta
    converters: list[Any] = []
    for name in TX_COLUMNS:
        fld = meta.fields_map.get(name)
        if fld is None or name in ("customer_id", "holding_id", "product_id"):
            converters.append(None)
        else:
            converters.append(fld)
    sql = (
        f"INSERT INTO customers_transaction ({', '.join(TX_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in TX_COLUMNS)})"
    )
    values = [
        [
            r[name] if f is None else f.to_db_value(r[name], models.Transaction)
            for name, f in zip(TX_COLUMNS, converters, strict=True)
        ]
        for r in rows
    ]
    await db.connection().execute_many(sql, values)


async def _copy_transactions(rows: list[dict[str, Any]]) -> None:
    """PostgreSQL fast path: COPY the rows in binary form on the transaction's connection."""
    conn = db.connection()
    async with conn.acquire_connection() as raw:
        await raw.copy_records_to_table(
            "customers_transaction",
            records=[tuple(r[c] for c in TX_COLUMNS) for r in rows],
            columns=list(TX_COLUMNS),
        )
