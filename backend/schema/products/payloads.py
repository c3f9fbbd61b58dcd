"""GraphQL mutation payloads of the products domain."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.graphql_core.types import UserError
from backend.schema.products.types import Product, ProductChangeRequest, ProductDocument


@strawberry.type(description="Result of a change to a product.")
class ProductPayload:
    product: Product | None = strawberry.field(description="The product after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")

    @classmethod
    def of(cls, product: Any, errors: list[UserError]) -> ProductPayload:
        """The payload of a mutation's result (the product, or None when refused)."""
        return cls(product=Product.from_model(product) if product else None, errors=errors)


@strawberry.type(description="Result of a change-request operation.")
class ProductChangeRequestPayload:
    change_request: ProductChangeRequest | None = strawberry.field(
        description="The change request."
    )
    errors: list[UserError] = strawberry.field(description="Why it was refused.")

    @classmethod
    def of(cls, request: Any, errors: list[UserError]) -> ProductChangeRequestPayload:
        """The payload of a mutation's result (the request, or None when refused)."""
        return cls(
            change_request=ProductChangeRequest.from_model(request) if request else None,
            errors=errors,
        )


@strawberry.type(description="Result of uploading a document.")
class ProductDocumentPayload:
    document: ProductDocument | None = strawberry.field(
        description="The stored document (null when refused, or when a change request was "
        "made instead)."
    )
    change_request: ProductChangeRequest | None = strawberry.field(
        default=None,
        description="On a live (on-sale or suspended) product a customer-facing document is "
        "proposed here and attached when a checker approves the change request.",
    )
    errors: list[UserError] = strawberry.field(description="Why it was refused.")

    @classmethod
    def of(
        cls, document: Any, errors: list[UserError], change_request: Any = None
    ) -> ProductDocumentPayload:
        """The payload of a mutation's result (the document, or None when refused)."""
        return cls(
            document=ProductDocument.from_model(document) if document else None,
            change_request=ProductChangeRequest.from_model(change_request)
            if change_request
            else None,
            errors=errors,
        )
