"""GraphQL types of customers: profile with masked PII, filter, input and PII reveal."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

import strawberry

from backend.domains.customers import models
from backend.domains.customers import service as customer_service
from backend.domains.customers import transactions as transactions_service
from backend.domains.customers.enums import (
    CompanySize,
    ConsentChannel,
    CustomerType,
    Gender,
    IdType,
    KycStatus,
    RiskTolerance,
)
from backend.graphql_core.pagination import paginate
from backend.graphql_core.types import Connection, Node, UserError, to_global_id
from backend.schema.customers.holdings import Holding
from backend.schema.customers.loaders import (
    AumByCustomerIdLoader,
    CustomerByIdLoader,
    HoldingsByCustomerIdLoader,
)
from backend.schema.customers.transactions import Transaction
from backend.schema.monitoring.performance import ExportFile

for _enum, _description in (
    (Gender, "Gender."),
    (IdType, "Identity document type."),
    (RiskTolerance, "Risk tolerance C1 (conservative) to C5 (aggressive)."),
    (KycStatus, "KYC verification status."),
    (CompanySize, "Enterprise size class."),
    (ConsentChannel, "Where marketing consent was given."),
):
    strawberry.enum(_enum, description=_description)


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

    @strawberry.field(
        description=(
            "Birth date, for callers with customer:read_pii only (null otherwise: with the "
            "masked ID number it would rebuild the whole number); see birthMonth and age."
        )
    )
    def birth_date(self, info: strawberry.Info) -> date | None:
        return customer_service.birth_date_for(self.model, info.context.actor)

    @strawberry.field(description="Birth year and month (YYYY-MM), shown to every reader.")
    def birth_month(self) -> str | None:
        return customer_service.birth_month(self.model)

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
        value: Decimal = await info.context.loaders.get(AumByCustomerIdLoader).load(self.pk)
        return value

    @strawberry.field(description="Holdings, newest first.")
    async def holdings(self, info: strawberry.Info) -> list[Holding]:
        rows = await info.context.loaders.get(HoldingsByCustomerIdLoader).load(self.pk)
        return [Holding.from_model(h) for h in rows]

    @strawberry.field(description="Transactions, newest first.")
    async def transactions(
        self, first: int | None = None, after: str | None = None
    ) -> Connection[Transaction]:
        return await paginate(
            transactions_service.transactions_query(customer_id=self.pk),
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
        default=None,
        description="Exact ID number (matched by blind index); needs customer:read_pii and a "
        "reason, audited and limited per hour.",
    )
    phone: str | None = strawberry.field(
        default=None,
        description="Exact mobile number (matched by blind index); needs customer:read_pii and "
        "a reason, audited and limited per hour.",
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
    reason: str | None = strawberry.field(
        default=None,
        description="Why you search by phone or ID number (required with either; audited).",
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


@strawberry.type(description="Result of exporting customers.")
class CustomerExportPayload:
    file: ExportFile | None = strawberry.field(description="The file (null when refused).")
    count: int = strawberry.field(description="How many customers it holds.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


async def load_customer(info: strawberry.Info, customer_id: int | None) -> Customer | None:
    """The customer with this id as a GraphQL type (None for no id or no such customer)."""
    if customer_id is None:
        return None
    customer = await info.context.loaders.get(CustomerByIdLoader).load(customer_id)
    return Customer.from_model(customer) if customer else None
