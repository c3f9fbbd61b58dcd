"""Thin GraphQL resolvers of customers, holdings, transactions and data import."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import importer, service
from backend.domains.customers.enums import TransactionChannel, TransactionType
from backend.graphql_core import mutation
from backend.graphql_core.inputs import to_plain
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of, to_global_id
from backend.schema.customers import (
    Customer,
    CustomerFilter,
    CustomerInput,
    CustomerPayload,
    CustomerPiiRevealPayload,
    Holding,
    HoldingReclassifyInput,
    HoldingReclassifyPayload,
    ImportFormat,
    ImportKind,
    ImportMode,
    ImportPayload,
    ImportResult,
    ImportRowError,
    PiiField,
    RevealedCard,
)


def _import_result(result: importer.ImportResult, locale: str) -> ImportResult:
    return ImportResult(
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
    "risk_tolerance, risk_assessed_on, kyc_status; HOLDINGS — external_id, "
    "customer_external_id, product_code, opened_on, status, principal, balance, currency, "
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


@strawberry.type
class CustomerQuery:
    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="Customers, filtered and paged (PII masked).",
    )
    async def customers(
        self,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        filter: CustomerFilter | None = None,
    ) -> Connection[Customer]:
        f = filter or CustomerFilter()
        segment = pk_of(f.segment_id, "Segment") if f.segment_id else None
        qs = service.customers_query(
            filter=service.CustomerFilter(
                text=f.text,
                id_number=f.id_number,
                phone=f.phone,
                customer_type=f.customer_type,
                risk_tolerance=f.risk_tolerance,
                province=f.province,
                segment_id=segment if f.segment_id is None or segment is not None else -1,
            )
        )
        return await paginate(
            qs, Customer.from_model, first=first, after=after, last=last, before=before
        )

    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ), description="One customer (PII masked)."
    )
    async def customer(self, id: strawberry.ID) -> Customer | None:
        pk = pk_of(id, "Customer")
        found = await service.get_customers(ids=[pk]) if pk is not None else []
        return Customer.from_model(found[0]) if found else None


@strawberry.type
class CustomerMutation:
    @strawberry.mutation(
        extensions=requires(perms.CUSTOMER_WRITE),
        description="Create a customer; PII is encrypted at rest.",
    )
    async def customer_create(self, info: strawberry.Info, input: CustomerInput) -> CustomerPayload:
        actor = info.context.actor
        customer, errors = await mutation.run(
            service.create_customer(data=to_plain(input), actor=actor),
            actor=actor,
            action="customer.create",
            object_type="Customer",
        )
        return CustomerPayload(
            customer=Customer.from_model(customer) if customer else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.CUSTOMER_WRITE),
        description="Change a customer's profile, consent or risk assessment.",
    )
    async def customer_update(
        self, info: strawberry.Info, id: strawberry.ID, input: CustomerInput
    ) -> CustomerPayload:
        actor = info.context.actor
        pk = pk_of(id, "Customer")
        data = {
            k: v
            for k, v in to_plain(input).items()
            if k not in ("external_id", "customer_no", "customer_type")
        }
        customer, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.update_customer(customer_id=pk, data=data, actor=actor),
            actor=actor,
            action="customer.update",
            object_type="Customer",
            object_id=pk,
        )
        return CustomerPayload(
            customer=Customer.from_model(customer) if customer else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.CUSTOMER_PII),
        description="Reveal a customer's full ID number, phone or card numbers. Needs a reason; every reveal is audited.",
    )
    async def customer_pii_reveal(
        self, info: strawberry.Info, id: strawberry.ID, reason: str, fields: list[PiiField]
    ) -> CustomerPiiRevealPayload:
        actor = info.context.actor
        pk = pk_of(id, "Customer")
        revealed, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.reveal_pii(
                customer_id=pk, reason=reason, fields=[f.value for f in fields], actor=actor
            ),
            actor=actor,
            action="customer.piiReveal",
            object_type="Customer",
            object_id=pk,
        )
        if revealed is None:
            return CustomerPiiRevealPayload(id_number=None, phone=None, cards=[], errors=errors)
        return CustomerPiiRevealPayload(
            id_number=revealed["id_number"],
            phone=revealed["phone"],
            cards=[
                RevealedCard(holding_id=to_global_id("Holding", hid), card_number=n)
                for hid, n in revealed["card_numbers"]
            ],
            errors=[],
        )

    @strawberry.mutation(
        extensions=requires(perms.CUSTOMER_IMPORT),
        description="Import customers, holdings or transactions from CSV or JSON Lines (idempotent by external_id).",
    )
    async def customer_import(
        self, info: strawberry.Info, input: CustomerImportInput
    ) -> ImportPayload:
        actor = info.context.actor

        async def run() -> importer.ImportResult:
            return await importer.import_file(
                kind=input.kind.value,
                content=mutation.decode_base64(input.content_base64),
                fmt=input.format.value,
                mode=input.mode.value,
                actor=actor,
            )

        result, errors = await mutation.run(
            run(), actor=actor, action="import", object_type="Import"
        )
        return ImportPayload(
            result=_import_result(result, actor.locale) if result else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.INGEST_WRITE),
        description="Push a batch of transactions (at most 10,000) from a core-banking system with an "
        "ingest:write API key; re-sent external ids are ignored.",
    )
    async def transaction_ingest(
        self,
        info: strawberry.Info,
        transactions: list[TransactionIngestInput],
        mode: ImportMode = ImportMode.ALL_OR_NOTHING,
    ) -> ImportPayload:
        actor = info.context.actor

        def rows() -> Any:
            for number, t in enumerate(transactions, 1):
                yield (
                    number,
                    {
                        k: (
                            ""
                            if v is None
                            else v.isoformat()
                            if isinstance(v, datetime)
                            else str(v)
                        )
                        for k, v in to_plain(t).items()
                    },
                )

        async def run() -> importer.ImportResult:
            importer.check_batch_size(len(transactions))
            return await importer.import_rows(
                kind="TRANSACTIONS", rows=rows(), mode=mode.value, actor=actor
            )

        result, errors = await mutation.run(
            run(),
            actor=actor,
            action="import.transactions",
            object_type="Import",
        )
        return ImportPayload(
            result=_import_result(result, actor.locale) if result else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.LOAN_CLASSIFY),
        description=(
            "Move a loan to another five-tier class (五级分类), with a reason; the product's "
            "risk rules are re-evaluated at once and alerts published."
        ),
    )
    async def holding_reclassify(
        self, info: strawberry.Info, input: HoldingReclassifyInput
    ) -> HoldingReclassifyPayload:
        actor = info.context.actor
        pk = pk_of(input.holding_id, "Holding")
        holding, errors = await mutation.run(
            mutation.not_found("holdingId")
            if pk is None
            else service.reclassify_loan(
                holding_id=pk,
                classification=input.classification,
                days_past_due=input.days_past_due,
                reason=input.reason,
                actor=actor,
            ),
            actor=actor,
            action="holding.reclassify",
            object_type="Holding",
            object_id=pk,
        )
        return HoldingReclassifyPayload(
            holding=Holding.from_model(holding) if holding else None, errors=errors
        )
