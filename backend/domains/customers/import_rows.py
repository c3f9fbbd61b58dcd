"""Import rows: the columns of each kind, the row problems and result, and row parsing."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from backend.domains.customers.errors import CustomerErrorCode
from backend.errors import DomainError, FieldError
from backend.i18n import translate

MAX_REPORTED = 1000


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


#: Columns a customer file may not carry: a risk tolerance is set only by the assessment
#: questionnaire (with its date), never by a file.
NOT_IMPORTABLE = ("risk_tolerance", "risk_assessed_on")
NOT_IMPORTABLE_MESSAGE = "The {column} column cannot be imported (row {row}): a risk tolerance is set only by the risk assessment questionnaire. Remove the column."


def refuse_risk_columns(chunk: list[tuple[int, dict[str, Any]]]) -> None:
    """Refuse the whole file when a row carries a risk tolerance or assessment date column
    (even empty), naming the column and the first row that has it."""
    errors: dict[str, FieldError] = {}
    for number, row in chunk:
        for column in NOT_IMPORTABLE:
            if column in row and column not in errors:
                errors[column] = FieldError(
                    CustomerErrorCode.RISK_TOLERANCE_NOT_IMPORTABLE,
                    NOT_IMPORTABLE_MESSAGE,
                    column,
                    (("column", column), ("row", number)),
                )
    if errors:
        raise DomainError(*errors.values())


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
    #: Where the rows came from (a file name, or the entry point), named in each audit event.
    source: str | None = None
    #: Records changed and audited one by one (customers and holdings created or changed).
    audited: int = 0
    #: Their audit events not yet appended to the chain (``audit.Entry``; appended at the end
    #: of the import, or once many are waiting, so the chain's lock is held briefly).
    pending_audit: list[Any] = field(default_factory=list)

    def report_csv(self, locale: str = "en") -> str:
        """All row errors as CSV."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["row", "field", "code", "message"])
        for e in self.errors:
            writer.writerow([e.row, e.field or "", e.code, e.render(locale)])
        return out.getvalue()


def parse_decimal(
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


def parse_date(row: dict[str, Any], name: str, *, required: bool = False) -> date | None:
    raw = row.get(name, "")
    if raw == "":
        if required:
            raise RowInvalid(name, "REQUIRED", "This field is required.")
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise RowInvalid(name, "INVALID", "Dates look like 2026-01-31.") from exc


def parse_choice(
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


def check_required(kind: str, row: dict[str, Any]) -> None:
    for name in REQUIRED[kind]:
        if not row.get(name):
            raise RowInvalid(name, "REQUIRED", "This field is required.")
    if len(row["external_id"]) > 64:
        raise RowInvalid("external_id", "INVALID", "At most 64 characters.")
