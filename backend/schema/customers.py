"""GraphQL types of customers: profile with masked PII, holdings, transactions, PII reveal
and data import."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

import strawberry
from aiodataloader import DataLoader

from backend.domains.customers import models
from backend.domains.customers import service as customer_service
from backend.domains.customers.enums import (
    CompanySize,
    ConsentChannel,
    CustomerType,
    Gender,
    HoldingStatus,
    IdType,
    KycStatus,
    LoanClassification,
    RiskTolerance,
    TransactionChannel,
    TransactionType,
)
from backend.domains.products.enums import ProductFamily
from backend.graphql_core.types import Connection, Node, UserError, to_global_id
from backend.schema.products.loaders import ProductByIdLoader
from backend.schema.products.types import Product

for _enum, _description in (
    (Gender, "Gender."),
    (IdType, "Identity document type."),
    (RiskTolerance, "Risk tolerance C1 (conservative) to C5 (aggressive)."),
    (KycStatus, "KYC verification status."),
    (CompanySize, "Enterprise size class."),
    (ConsentChannel, "Where marketing consent was given."),
    (HoldingStatus, "State of a holding."),
    (LoanClassification, "Five-tier loan classification (正常/关注/次级/可疑/损失)."),
    (TransactionChannel, "Where a transaction happened."),
    (TransactionType, "What a transaction did."),
):
    strawberry.enum(_enum, description=_description)


class CustomerByIdLoader(DataLoader[int, models.Customer | None]):
    """Customers by id."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.Customer | None]:
        found = {c.id: c for c in await customer_service.get_customers(ids=keys)}
        return [found.get(k) for k in keys]


class HoldingsByCustomerLoader(DataLoader[int, list[models.Holding]]):
    """Holdings by customer id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.Holding]]:
        found = await customer_service.holdings_by_customer(customer_ids=keys)
        return [found[k] for k in keys]


class AumByCustomerLoader(DataLoader[int, Decimal]):
    """Assets under management by customer id."""

    async def batch_load_fn(self, keys: list[int]) -> list[Decimal]:
        found = await customer_service.aum(keys)
        return [found[k] for k in keys]


class ClassificationHistoryLoader(DataLoader[int, list[models.LoanClassificationChange]]):
    """Loan classification history by holding id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.LoanClassificationChange]]:
        found = await customer_service.classification_history(holding_ids=keys)
        return [found[k] for k in keys]


@strawberry.type(description="One change of a loan's five-tier classification.")
class ClassificationChange:
    classification: LoanClassification = strawberry.field(description="New classification.")
    days_past_due: int = strawberry.field(description="Days past due at the change.")
    changed_on: date = strawberry.field(description="Business date of the change.")


@strawberry.type(description="A customer's holding of a product.")
class Holding(Node):
    pk: strawberry.Private[int]
    product_id: strawberry.Private[int]
    family: ProductFamily = strawberry.field(description="Product family.")
    opened_on: date = strawberry.field(description="Opening (sale) date.")
    status: HoldingStatus = strawberry.field(description="Active, matured or closed.")
    principal: Decimal = strawberry.field(description="Principal or amount bought.")
    balance: Decimal = strawberry.field(description="Current balance or market value.")
    currency: str = strawberry.field(description="ISO 4217 currency.")
    rate_at_opening: Decimal | None = strawberry.field(description="Rate agreed at opening (%).")
    maturity_date: date | None = strawberry.field(description="Maturity, if any.")
    outstanding: Decimal | None = strawberry.field(description="Loans: outstanding balance.")
    days_past_due: int | None = strawberry.field(description="Loans: days past due.")
    classification: LoanClassification | None = strawberry.field(
        description="Loans: five-tier classification."
    )
    credit_limit: Decimal | None = strawberry.field(description="Cards: credit limit.")
    card_number: str | None = strawberry.field(
        description="Cards: masked card number (first 6, last 4)."
    )

    @strawberry.field(description="The product held.")
    async def product(self, info: strawberry.Info) -> Product | None:
        product = await info.context.loaders.get(ProductByIdLoader).load(self.product_id)
        return Product.from_model(product) if product else None

    @strawberry.field(description="Loans: classification history, oldest first.")
    async def classification_history(self, info: strawberry.Info) -> list[ClassificationChange]:
        if self.family != ProductFamily.LOAN:
            return []
        rows = await info.context.loaders.get(ClassificationHistoryLoader).load(self.pk)
        return [
            ClassificationChange(
                classification=LoanClassification(r.classification),
                days_past_due=r.days_past_due,
                changed_on=r.changed_on,
            )
            for r in rows
        ]

    @classmethod
    def from_model(cls, h: models.Holding) -> Holding:
        """Build from a holding row."""
        return cls(
            id=to_global_id("Holding", h.id),
            pk=h.id,
            product_id=h.product_id,
            family=ProductFamily(h.family),
            opened_on=h.opened_on,
            status=HoldingStatus(h.status),
            principal=h.principal,
            balance=h.balance,
            currency=h.currency,
            rate_at_opening=h.rate_at_opening,
            maturity_date=h.maturity_date,
            outstanding=h.outstanding,
            days_past_due=h.days_past_due,
            classification=LoanClassification(h.classification) if h.classification else None,
            credit_limit=h.credit_limit,
            card_number=h.card_number_masked,
        )


@strawberry.type(description="A customer transaction.")
class Transaction(Node):
    product_id: strawberry.Private[int]
    occurred_at: datetime = strawberry.field(description="When it happened (UTC).")
    business_date: date = strawberry.field(description="Business date (Asia/Shanghai).")
    channel: TransactionChannel = strawberry.field(description="Channel.")
    type: TransactionType = strawberry.field(description="Kind of transaction.")
    amount: Decimal = strawberry.field(description="Amount.")
    currency: str = strawberry.field(description="ISO 4217 currency.")
    counterparty_country: str | None = strawberry.field(
        description="ISO 3166 country of the counterparty."
    )
    merchant_category: str | None = strawberry.field(description="Merchant category code (MCC).")

    @strawberry.field(description="The product transacted.")
    async def product(self, info: strawberry.Info) -> Product | None:
        product = await info.context.loaders.get(ProductByIdLoader).load(self.product_id)
        return Product.from_model(product) if product else None

    @classmethod
    def from_model(cls, t: models.Transaction) -> Transaction:
        """Build from a transaction row."""
        return cls(
            id=to_global_id("Transaction", t.id),
            product_id=t.product_id,
            occurred_at=t.occurred_at,
            business_date=t.business_date,
            channel=TransactionChannel(t.channel),
            type=TransactionType(t.type),
            amount=t.amount,
            currency=t.currency,
            counterparty_country=t.counterparty_country,
            merchant_category=t.merchant_category,
        )


@strawberry.type(
    description="A bank customer. ID number and phone are always masked here; "
    "callers with customer:read_pii use customerPiiReveal (audited)."
)
class Customer(Node):
    pk: strawberry.Private[int]
    model: strawberry.Private[models.Customer]
    customer_no: str = strawberry.field(description="Customer number.")
    name: str = strawberry.field(description="Name (company name for corporates is separate).")
    customer_type: CustomerType = strawberry.field(description="Individual or corporate.")
    gender: Gender = strawberry.field(description="Gender.")
    birth_date: date | None = strawberry.field(description="Birth date.")
    id_type: IdType = strawberry.field(description="Identity document type.")
    id_number: str = strawberry.field(description="Masked ID number, e.g. 110105********1234.")
    phone: str | None = strawberry.field(description="Masked mobile number, e.g. 138****5678.")
    email: str | None = strawberry.field(description="Email.")
    occupation: str | None = strawberry.field(description="Occupation.")
    annual_income: Decimal | None = strawberry.field(description="Annual income (CNY).")
    province: str | None = strawberry.field(description="Province.")
    city: str | None = strawberry.field(description="City.")
    branch: str | None = strawberry.field(description="Home branch.")
    company_name: str | None = strawberry.field(description="Corporates: company name.")
    industry: str | None = strawberry.field(description="Corporates: industry.")
    company_size: CompanySize | None = strawberry.field(description="Corporates: size class.")
    marketing_consent: bool = strawberry.field(
        description="Consented to marketing and care contact."
    )
    consent_date: date | None = strawberry.field(description="When consent was given.")
    consent_channel: ConsentChannel | None = strawberry.field(
        description="Where consent was given."
    )
    risk_tolerance: RiskTolerance | None = strawberry.field(description="Assessed risk tolerance.")
    risk_assessed_on: date | None = strawberry.field(description="Date of the risk assessment.")
    risk_expires_on: date | None = strawberry.field(description="Assessment expiry (one year).")
    kyc_status: KycStatus = strawberry.field(description="KYC status.")
    created_at: datetime = strawberry.field(description="When the record was created.")

    @strawberry.field(description="Age in whole years today.")
    def age(self) -> int | None:
        return customer_service.age(self.model)

    @strawberry.field(description="Whether the risk assessment is still valid today.")
    def risk_assessment_current(self) -> bool:
        return customer_service.risk_assessment_current(self.model)

    @strawberry.field(
        description="Assets under management in CNY (active deposits, wealth, FX, metals)."
    )
    async def aum(self, info: strawberry.Info) -> Decimal:
        value: Decimal = await info.context.loaders.get(AumByCustomerLoader).load(self.pk)
        return value

    @strawberry.field(description="Holdings, newest first.")
    async def holdings(self, info: strawberry.Info) -> list[Holding]:
        rows = await info.context.loaders.get(HoldingsByCustomerLoader).load(self.pk)
        return [Holding.from_model(h) for h in rows]

    @strawberry.field(description="Transactions, newest first.")
    async def transactions(
        self, first: int | None = None, after: str | None = None
    ) -> Connection[Transaction]:
        from backend.graphql_core.pagination import paginate

        return await paginate(
            customer_service.transactions_query(customer_id=self.pk),
            Transaction.from_model,
            first=first,
            after=after,
        )

    @classmethod
    def from_model(cls, c: models.Customer) -> Customer:
        """Build from a customer row (never decrypts)."""
        return cls(
            id=to_global_id("Customer", c.id),
            pk=c.id,
            model=c,
            customer_no=c.customer_no,
            name=c.name,
            customer_type=CustomerType(c.customer_type),
            gender=Gender(c.gender),
            birth_date=c.birth_date,
            id_type=IdType(c.id_type),
            id_number=c.id_number_masked,
            phone=c.phone_masked,
            email=c.email,
            occupation=c.occupation,
            annual_income=c.annual_income,
            province=c.province,
            city=c.city,
            branch=c.branch,
            company_name=c.company_name,
            industry=c.industry,
            company_size=CompanySize(c.company_size) if c.company_size else None,
            marketing_consent=c.marketing_consent,
            consent_date=c.consent_date,
            consent_channel=ConsentChannel(c.consent_channel) if c.consent_channel else None,
            risk_tolerance=RiskTolerance(c.risk_tolerance) if c.risk_tolerance else None,
            risk_assessed_on=c.risk_assessed_on,
            risk_expires_on=c.risk_expires_on,
            kyc_status=KycStatus(c.kyc_status),
            created_at=c.created_at,
        )


@strawberry.input(description="Which customers to list; all criteria are combined.")
class CustomerFilter:
    text: str | None = strawberry.field(
        default=None, description="Part of the name or customer number."
    )
    id_number: str | None = strawberry.field(
        default=None, description="Exact ID number (matched by blind index)."
    )
    phone: str | None = strawberry.field(
        default=None, description="Exact mobile number (matched by blind index)."
    )
    customer_type: CustomerType | None = strawberry.field(
        default=None, description="Customer type."
    )
    risk_tolerance: RiskTolerance | None = strawberry.field(
        default=None, description="Risk tolerance."
    )
    province: str | None = strawberry.field(default=None, description="Province.")
    segment_id: strawberry.ID | None = strawberry.field(
        default=None, description="Members of this segment."
    )


@strawberry.input(description="A customer's profile; on update only the fields given change.")
class CustomerInput:
    external_id: str | None = strawberry.field(
        default=strawberry.UNSET, description="Source-system id (create)."
    )
    customer_no: str | None = strawberry.field(
        default=strawberry.UNSET, description="Customer number (create)."
    )
    name: str | None = strawberry.field(default=strawberry.UNSET, description="Name.")
    customer_type: CustomerType | None = strawberry.field(
        default=strawberry.UNSET, description="Type (create)."
    )
    gender: Gender | None = strawberry.field(default=strawberry.UNSET, description="Gender.")
    birth_date: date | None = strawberry.field(default=strawberry.UNSET, description="Birth date.")
    id_type: IdType | None = strawberry.field(default=strawberry.UNSET, description="ID type.")
    id_number: str | None = strawberry.field(
        default=strawberry.UNSET, description="ID number (encrypted at rest)."
    )
    phone: str | None = strawberry.field(
        default=strawberry.UNSET, description="Mobile (encrypted at rest)."
    )
    email: str | None = strawberry.field(default=strawberry.UNSET, description="Email.")
    occupation: str | None = strawberry.field(default=strawberry.UNSET, description="Occupation.")
    annual_income: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Annual income."
    )
    province: str | None = strawberry.field(default=strawberry.UNSET, description="Province.")
    city: str | None = strawberry.field(default=strawberry.UNSET, description="City.")
    branch: str | None = strawberry.field(default=strawberry.UNSET, description="Branch.")
    company_name: str | None = strawberry.field(
        default=strawberry.UNSET, description="Company name."
    )
    industry: str | None = strawberry.field(default=strawberry.UNSET, description="Industry.")
    company_size: CompanySize | None = strawberry.field(
        default=strawberry.UNSET, description="Company size."
    )
    marketing_consent: bool | None = strawberry.field(
        default=strawberry.UNSET, description="Consent."
    )
    consent_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="Consent date."
    )
    consent_channel: ConsentChannel | None = strawberry.field(
        default=strawberry.UNSET, description="Consent channel."
    )
    risk_tolerance: RiskTolerance | None = strawberry.field(
        default=strawberry.UNSET, description="Risk tolerance."
    )
    risk_assessed_on: date | None = strawberry.field(
        default=strawberry.UNSET, description="Assessment date."
    )
    kyc_status: KycStatus | None = strawberry.field(
        default=strawberry.UNSET, description="KYC status."
    )


@strawberry.enum(description="Personal data a caller may reveal.")
class PiiField(StrEnum):
    ID_NUMBER = "ID_NUMBER"
    PHONE = "PHONE"
    CARD_NUMBER = "CARD_NUMBER"


@strawberry.type(description="A revealed card number of a holding.")
class RevealedCard:
    holding_id: strawberry.ID = strawberry.field(description="The card holding.")
    card_number: str = strawberry.field(description="Full card number.")


@strawberry.type(description="Result of revealing personal data (the reveal is audited).")
class CustomerPiiRevealPayload:
    id_number: str | None = strawberry.field(description="Full ID number, if asked for.")
    phone: str | None = strawberry.field(description="Full mobile number, if asked for.")
    cards: list[RevealedCard] = strawberry.field(description="Full card numbers, if asked for.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of creating or changing a customer.")
class CustomerPayload:
    customer: Customer | None = strawberry.field(description="The customer after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


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


@strawberry.type(description="Result of an import.")
class ImportPayload:
    result: ImportResult | None = strawberry.field(description="What happened.")
    errors: list[UserError] = strawberry.field(description="Why the file was refused as a whole.")


@strawberry.input(description="A new five-tier class for a loan holding.")
class HoldingReclassifyInput:
    holding_id: strawberry.ID = strawberry.field(description="The loan holding.")
    classification: LoanClassification = strawberry.field(description="The new class.")
    days_past_due: int = strawberry.field(default=0, description="Days past due now.")
    reason: str = strawberry.field(description="Why (kept in the audit trail).")


@strawberry.type(description="Result of reclassifying a loan.")
class HoldingReclassifyPayload:
    holding: Holding | None = strawberry.field(description="The holding after the change.")
    errors: list[UserError] = strawberry.field(description="Why nothing was changed.")
