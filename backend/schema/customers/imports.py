"""GraphQL types of data import: files of customers, holdings or transactions, and pushed
transaction batches."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

import strawberry

from backend.domains.customers import import_rows
from backend.domains.customers.enums import TransactionChannel, TransactionType
from backend.graphql_core.types import UserError


@strawberry.enum(description="What an import file contains.")
class ImportKind(StrEnum):
    CUSTOMERS = "CUSTOMERS"
    HOLDINGS = "HOLDINGS"
    TRANSACTIONS = "TRANSACTIONS"


@strawberry.enum(description="Import file format.")
class ImportFormat(StrEnum):
    CSV = "CSV"
    JSONL = "JSONL"


@strawberry.enum(description="What to do with invalid rows.")
class ImportMode(StrEnum):
    ALL_OR_NOTHING = "ALL_OR_NOTHING"
    SKIP_INVALID = "SKIP_INVALID"


@strawberry.type(description="One rejected import row.")
class ImportRowError:
    row: int = strawberry.field(description="Row number in the file (1 = first data row).")
    field: str | None = strawberry.field(description="Column at fault.")
    code: str = strawberry.field(description="Machine-readable reason.")
    message: str = strawberry.field(description="Human-readable reason.")


@strawberry.type(description="What an import did.")
class ImportResult:
    kind: ImportKind = strawberry.field(description="What was imported.")
    total: int = strawberry.field(description="Data rows read.")
    inserted: int = strawberry.field(description="New rows written.")
    updated: int = strawberry.field(description="Existing rows (same external id) updated.")
    unchanged: int = strawberry.field(description="Rows already present (idempotent re-import).")
    failed: int = strawberry.field(description="Invalid rows.")
    committed: bool = strawberry.field(description="Whether anything was written.")
    errors: list[ImportRowError] = strawberry.field(description="Invalid rows (first 1,000).")
    error_report_csv: str = strawberry.field(
        description="All row errors as CSV: row,field,code,message."
    )

    @classmethod
    def from_result(cls, result: import_rows.ImportResult, locale: str) -> ImportResult:
        """Build from the importer's result, with messages in the caller's language."""
        return cls(
            kind=ImportKind(result.kind),
            total=result.total,
            inserted=result.inserted,
            updated=result.updated,
            unchanged=result.unchanged,
            failed=result.failed,
            committed=result.committed,
            errors=[
                ImportRowError(row=e.row, field=e.field, code=e.code, message=e.render(locale))
                for e in result.errors
            ],
            error_report_csv=result.report_csv(locale),
        )


@strawberry.type(description="Result of an import.")
class ImportPayload:
    result: ImportResult | None = strawberry.field(description="What happened.")
    errors: list[UserError] = strawberry.field(description="Why the file was refused as a whole.")


@strawberry.input(description="One transaction pushed by a core-banking system.")
class TransactionIngestInput:
    external_id: str = strawberry.field(description="Source-system id; re-sending is harmless.")
    customer_external_id: str = strawberry.field(description="The customer's source-system id.")
    holding_external_id: str | None = strawberry.field(
        default=None, description="The holding's source-system id."
    )
    product_code: str = strawberry.field(description="Product code.")
    channel: TransactionChannel = strawberry.field(description="Channel.")
    type: TransactionType = strawberry.field(description="Kind of transaction.")
    amount: Decimal = strawberry.field(description="Amount (> 0, 2 decimals).")
    currency: str = strawberry.field(default="CNY", description="ISO 4217 currency.")
    occurred_at: datetime = strawberry.field(description="When it happened.")
    counterparty_country: str | None = strawberry.field(
        default=None, description="ISO 3166 alpha-2."
    )
    merchant_category: str | None = strawberry.field(default=None, description="MCC, 4 digits.")


@strawberry.input(
    description="A file to import. Columns (CSV header or JSON keys): CUSTOMERS — "
    "external_id, customer_no, name, customer_type, id_type, id_number, phone, gender, "
    "birth_date, email, occupation, annual_income, province, city, branch, company_name, "
    "industry, company_size, marketing_consent, consent_date, consent_channel, "
    "kyc_status (no risk_tolerance or risk_assessed_on: only the risk assessment "
    "questionnaire sets a risk tolerance, so a file with either column is refused and new "
    "customers start unassessed); HOLDINGS — external_id, "
    "customer_external_id, product_code, opened_on, status, principal, balance, currency "
    "(blank = the product's currency; a new holding must be of a product on sale, opened "
    "inside its sales window, in its currency, within its minimum and maximum amount and "
    "the quota left, which it takes), "
    "rate_at_opening, maturity_date, outstanding, days_past_due, classification, "
    "credit_limit, card_number; TRANSACTIONS — external_id, customer_external_id, "
    "holding_external_id, product_code, channel, type, amount, currency, occurred_at "
    "(ISO 8601; without offset = Beijing time), counterparty_country, merchant_category."
)
class CustomerImportInput:
    kind: ImportKind = strawberry.field(description="What the file holds.")
    format: ImportFormat = strawberry.field(description="CSV (UTF-8, header row) or JSONL.")
    mode: ImportMode = strawberry.field(
        default=ImportMode.ALL_OR_NOTHING, description="What to do with invalid rows."
    )
    filename: str = strawberry.field(
        default="", description="Original file name (for the audit trail)."
    )
    content_base64: str = strawberry.field(description="The file, base64-encoded, at most 20 MB.")
