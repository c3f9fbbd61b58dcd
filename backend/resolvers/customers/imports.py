"""GraphQL root fields of data import: files and pushed transaction batches."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import import_rows, importer
from backend.errors import DomainError
from backend.graphql_core import mutation
from backend.graphql_core.inputs import to_plain
from backend.graphql_core.permissions import requires
from backend.schema.customers.imports import (
    CustomerImportInput,
    ImportMode,
    ImportPayload,
    ImportResult,
    TransactionIngestInput,
)


@strawberry.type
class ImportMutation:
    @strawberry.mutation(
        extensions=requires(perms.CUSTOMER_IMPORT),
        description="Import customers, holdings or transactions from CSV or JSON Lines (idempotent by external_id).",
    )
    async def customer_import(
        self, info: strawberry.Info, input: CustomerImportInput
    ) -> ImportPayload:
        actor = info.context.actor

        async def run() -> import_rows.ImportResult:
            try:
                content = mutation.decode_base64(input.content_base64)
            except DomainError as exc:
                await importer.audit_failed(
                    kind=input.kind.value,
                    actor=actor,
                    source={"filename": input.filename},
                    details={
                        "errors": [{"field": e.field, "code": str(e.code)} for e in exc.errors]
                    },
                )
                raise
            return await importer.import_file(
                kind=input.kind.value,
                content=content,
                fmt=input.format.value,
                mode=input.mode.value,
                actor=actor,
                filename=input.filename,
            )

        result, errors = await mutation.run(
            run(),
            actor=actor,
            action=f"import.{input.kind.value.lower()}",
            object_type="Import",
            audited=True,
        )
        return ImportPayload(
            result=ImportResult.from_result(result, actor.locale) if result else None, errors=errors
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

        async def run() -> import_rows.ImportResult:
            importer.check_batch_size(len(transactions))
            return await importer.import_rows(
                kind="TRANSACTIONS",
                rows=rows(),
                mode=mode.value,
                actor=actor,
                source={"through": "transactionIngest"},
            )

        result, errors = await mutation.run(
            run(),
            actor=actor,
            action="import.transactions",
            object_type="Import",
        )
        return ImportPayload(
            result=ImportResult.from_result(result, actor.locale) if result else None, errors=errors
        )
