"""Root fields of product documents: upload (downloads are served by the app shell)."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.products import documents as documents_service
from backend.graphql_core import mutation
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import pk_of
from backend.schema.products.inputs import ProductDocumentUploadInput
from backend.schema.products.payloads import ProductDocumentPayload


@strawberry.type
class DocumentMutation:
    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE),
        description="Attach a document (PDF, DOCX, XLSX, PNG, JPEG or Markdown, at most 10 MB). "
        "A customer-facing document (contract template, brochure, prospectus, risk disclosure) "
        "on an on-sale or suspended product makes a change request instead, attached when "
        "approved.",
    )
    async def product_document_upload(
        self, info: strawberry.Info, input: ProductDocumentUploadInput
    ) -> ProductDocumentPayload:
        actor = info.context.actor
        settings = info.context.settings
        pk = pk_of(input.product_id, "Product")

        async def upload() -> Any:
            if pk is None:
                await mutation.not_found("productId")
            return await documents_service.upload(
                product_id=pk or 0,
                kind=input.kind,
                title=input.title,
                filename=input.filename,
                content=mutation.decode_base64(input.content_base64),
                actor=actor,
                root=settings.documents_dir,
                max_bytes=settings.max_upload_bytes,
                reason=input.reason,
            )

        uploaded, errors = await mutation.run(
            upload(),
            actor=actor,
            action="productDocument.upload",
            object_type="Product",
            object_id=pk,
        )
        if uploaded is None:
            return ProductDocumentPayload.of(None, errors)
        return ProductDocumentPayload.of(uploaded.document, errors, uploaded.change_request)
