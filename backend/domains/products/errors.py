"""The products domain's own error codes, beside the generic ones in ``backend.errors``.

Use a specific code where a caller can act on it (a refused lifecycle move, a broken business
rule); keep the generic INVALID / REQUIRED / NOT_FOUND / CONFLICT / FORBIDDEN for plain input
and access problems. Every code here appears in the API's ``ErrorCode`` enum.
"""

from __future__ import annotations

from enum import StrEnum


class ProductErrorCode(StrEnum):
    """Why a product operation was refused, specifically."""

    INVALID_TRANSITION = "INVALID_TRANSITION"
    """The lifecycle move is not allowed from the product's current status."""
    RESUME_NEEDS_RISK_OFFICER = "RESUME_NEEDS_RISK_OFFICER"
    """Risk control suspended the product: only a risk officer may resume it."""
    PRODUCT_NOT_EDITABLE = "PRODUCT_NOT_EDITABLE"
    """The product's status does not allow this kind of edit (drafts are edited directly,
    approved, on-sale and suspended products through change requests, others not at all)."""
    CHANGE_REQUEST_CLOSED = "CHANGE_REQUEST_CLOSED"
    """The change request was already approved, rejected or cancelled."""
    EFFECTIVE_DATE_IN_PAST = "EFFECTIVE_DATE_IN_PAST"
    """A change request's effective date lies before today."""
    FILE_TYPE_NOT_ALLOWED = "FILE_TYPE_NOT_ALLOWED"
    """A document's file type is not one of PDF, DOCX, XLSX, PNG, JPEG or Markdown."""
    FILE_TOO_LARGE = "FILE_TOO_LARGE"
    """A document is larger than the upload limit."""
    STORAGE_FULL = "STORAGE_FULL"
    """The documents disk has no room for the file; nothing was saved."""
    PRODUCT_NOT_ON_SALE = "PRODUCT_NOT_ON_SALE"
    """A new holding or order needs the product ON_SALE (not draft, pending, suspended or
    retired)."""
    OUTSIDE_SALES_WINDOW = "OUTSIDE_SALES_WINDOW"
    """The opening date lies before the product's sales start or after its sales end."""
    CURRENCY_MISMATCH = "CURRENCY_MISMATCH"
    """A new holding or order is in another currency than the product's."""
    AMOUNT_BELOW_MINIMUM = "AMOUNT_BELOW_MINIMUM"
    """The amount is below the product's minimum amount."""
    AMOUNT_ABOVE_MAXIMUM = "AMOUNT_ABOVE_MAXIMUM"
    """The amount is above the product's maximum amount."""
    QUOTA_EXHAUSTED = "QUOTA_EXHAUSTED"
    """The product's sales quota has less left than the amount asked for."""
    TERM_NOT_OFFERED = "TERM_NOT_OFFERED"
    """The product does not offer the term (or instalment periods) asked for a calculation."""
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    """The loan product is not repaid by the repayment method asked for."""
    WRONG_FAMILY = "WRONG_FAMILY"
    """A calculator was asked about a product of another family (a deposit's loan schedule)."""
