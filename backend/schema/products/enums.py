"""The products domain's enums as GraphQL enums, each with its description."""

from __future__ import annotations

import strawberry

from backend.domains.products.enums import (
    BenchmarkKind,
    CardTier,
    ChangeRequestStatus,
    Channel,
    CustomerType,
    DocumentKind,
    FeeBasis,
    FeeFrequency,
    FeeType,
    InterestPayment,
    LoanRateType,
    LprTenor,
    Metal,
    MetalUnit,
    Offering,
    ProductFamily,
    ProductStatus,
    ProductSubtype,
    RepaymentMethod,
    Repricing,
    Residency,
    RiskLevel,
)

for _enum, _description in (
    (ProductFamily, "The six product families."),
    (ProductSubtype, "The kind of product within its family."),
    (
        ProductStatus,
        "Lifecycle status: DRAFT → PENDING_REVIEW → APPROVED → ON_SALE ⇄ "
        "SUSPENDED → OFFLINE → RETIRED.",
    ),
    (RiskLevel, "Product risk rating, R1 (lowest) to R5 (highest)."),
    (Channel, "A channel a product is offered on."),
    (CustomerType, "Individual or corporate customers."),
    (Residency, "Resident or non-resident customers."),
    (FeeType, "What a fee is charged for."),
    (FeeBasis, "FIXED amount or RATE (percentage)."),
    (FeeFrequency, "How often a fee is charged."),
    (InterestPayment, "When deposit interest is paid."),
    (LoanRateType, "FIXED rate or linked to the LPR."),
    (LprTenor, "The Loan Prime Rate a floating loan follows."),
    (
        Repricing,
        "When an LPR-linked loan takes the LPR then in force: the next 1 January, the next "
        "anniversary of its drawdown, or the same day of every month (重定价日).",
    ),
    (
        BenchmarkKind,
        "A benchmark rate: LPR 1-year / 5-year and over, PBoC deposit benchmark rates by term.",
    ),
    (RepaymentMethod, "How a loan is repaid (等额本息, 等额本金, bullet, interest-only)."),
    (CardTier, "Credit card tier."),
    (Offering, "Public or private offering."),
    (Metal, "Precious metal."),
    (MetalUnit, "Unit of precious-metal quantities."),
    (DocumentKind, "What a product document is."),
    (ChangeRequestStatus, "Where a change request stands."),
):
    strawberry.enum(_enum, description=_description)

__all__ = [
    "CardTier",
    "ChangeRequestStatus",
    "Channel",
    "CustomerType",
    "DocumentKind",
    "FeeBasis",
    "FeeFrequency",
    "FeeType",
    "InterestPayment",
    "LoanRateType",
    "LprTenor",
    "Repricing",
    "BenchmarkKind",
    "Metal",
    "MetalUnit",
    "Offering",
    "ProductFamily",
    "ProductStatus",
    "ProductSubtype",
    "RepaymentMethod",
    "Residency",
    "RiskLevel",
]
