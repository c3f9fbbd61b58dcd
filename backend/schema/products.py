"""GraphQL types of the products domain: products, family terms, versions, change requests,
documents, the public catalog, and their inputs and payloads."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

import strawberry
from aiodataloader import DataLoader
from strawberry.scalars import JSON

from backend.domains.products import documents as documents_service
from backend.domains.products import models, rules
from backend.domains.products import service as products_service
from backend.domains.products.enums import (
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
    Residency,
    RiskLevel,
)
from backend.graphql_core.types import Connection, Node, OrderDirection, UserError, to_global_id
from backend.kernel import clock
from backend.schema.auth import User

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
    (RepaymentMethod, "How a loan is repaid (等额本息, 等额本金, bullet, interest-only)."),
    (CardTier, "Credit card tier."),
    (Offering, "Public or private offering."),
    (Metal, "Precious metal."),
    (MetalUnit, "Unit of precious-metal quantities."),
    (DocumentKind, "What a product document is."),
    (ChangeRequestStatus, "Where a change request stands."),
):
    strawberry.enum(_enum, description=_description)


def _dec(value: Any) -> Decimal | None:
    return Decimal(str(value)) if value is not None else None


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


# --- loaders ---------------------------------------------------------------------------------


class TermsInForceLoader(DataLoader[tuple[int, date], models.ProductTerms | None]):
    """Terms in force for (product id, day)."""

    async def batch_load_fn(self, keys: list[tuple[int, date]]) -> list[models.ProductTerms | None]:
        return await products_service.terms_in_force(keys=keys)


class TermsScheduleByProductLoader(DataLoader[int, list[models.ProductTerms]]):
    """Terms timeline by product id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.ProductTerms]]:
        found = await products_service.terms_schedules(product_ids=keys)
        return [found[k] for k in keys]


class DocumentsByProductLoader(DataLoader[int, list[models.ProductDocument]]):
    """Documents by product id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.ProductDocument]]:
        found = await documents_service.documents_by_product(product_ids=keys)
        return [found[k] for k in keys]


class ChangeRequestsByProductLoader(DataLoader[int, list[models.ProductChangeRequest]]):
    """Change requests by product id."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.ProductChangeRequest]]:
        found = await products_service.change_requests_by_product(product_ids=keys)
        return [found[k] for k in keys]


class ProductByIdLoader(DataLoader[int, models.Product | None]):
    """Products by id."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.Product | None]:
        found = {p.id: p for p in await products_service.get_many(ids=keys)}
        return [found.get(k) for k in keys]


async def _user(info: strawberry.Info, user_id: int | None) -> User | None:
    if user_id is None:
        return None
    user = await info.context.loaders.user_by_id.load(user_id)
    return User.from_model(user) if user else None


# --- common value types ----------------------------------------------------------------------


@strawberry.type(description="Who may buy the product.")
class Eligibility:
    min_age: int | None = strawberry.field(description="Minimum age in years.")
    max_age: int | None = strawberry.field(description="Maximum age in years.")
    min_annual_income: Decimal | None = strawberry.field(description="Minimum annual income (CNY).")
    customer_types: list[CustomerType] = strawberry.field(description="Customer types served.")
    residency: list[Residency] = strawberry.field(description="Residencies served.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Eligibility:
        """Build from the stored JSON."""
        return cls(
            min_age=data.get("min_age"),
            max_age=data.get("max_age"),
            min_annual_income=_dec(data.get("min_annual_income")),
            customer_types=[CustomerType(x) for x in data.get("customer_types") or []],
            residency=[Residency(x) for x in data.get("residency") or []],
        )


@strawberry.type(description="A channel the product is published on, with its window.")
class ChannelPublication:
    channel: Channel = strawberry.field(description="The channel.")
    publish_from: date | None = strawberry.field(description="First day shown (inclusive).")
    publish_to: date | None = strawberry.field(description="Last day shown (inclusive).")


@strawberry.type(description="A fee: fixed amount or rate, with limits and frequency.")
class Fee:
    type: FeeType = strawberry.field(description="What it is charged for.")
    basis: FeeBasis = strawberry.field(description="FIXED amount or RATE.")
    amount: Decimal | None = strawberry.field(description="Fixed amount (FIXED).")
    rate: Decimal | None = strawberry.field(description="Percentage (RATE), 4 decimals.")
    min_amount: Decimal | None = strawberry.field(description="Minimum charged per charge.")
    max_amount: Decimal | None = strawberry.field(description="Maximum charged per charge.")
    cap: Decimal | None = strawberry.field(description="Cap over a year.")
    frequency: FeeFrequency = strawberry.field(description="How often it is charged.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fee:
        """Build from the stored JSON."""
        return cls(
            type=FeeType(data["type"]),
            basis=FeeBasis(data["basis"]),
            amount=_dec(data.get("amount")),
            rate=_dec(data.get("rate")),
            min_amount=_dec(data.get("min_amount")),
            max_amount=_dec(data.get("max_amount")),
            cap=_dec(data.get("cap")),
            frequency=FeeFrequency(data["frequency"]),
        )


@strawberry.type(description="Sales quota in the product's currency.")
class Quota:
    total: Decimal | None = strawberry.field(description="Total quota; null means unlimited.")
    used: Decimal = strawberry.field(description="Amount sold so far.")

    @strawberry.field(description="What is left; null when unlimited.")
    def remaining(self) -> Decimal | None:
        return None if self.total is None else max(self.total - self.used, Decimal("0.00"))


# --- family terms ----------------------------------------------------------------------------


@strawberry.type(description="One rate of a deposit's rate table.")
class DepositRateTier:
    term_months: int | None = strawberry.field(description="Term in months; null for demand.")
    min_amount: Decimal = strawberry.field(description="Amount tier: applies from this amount.")
    rate: Decimal = strawberry.field(description="Annual rate in percent, 4 decimals.")


@strawberry.type(description="Terms of a deposit (活期 / 定期 / 大额存单).")
class DepositTerms:
    terms_months: list[int] = strawberry.field(description="Terms offered (3, 6, 12, 24, 36, 60).")
    rate_table: list[DepositRateTier] = strawberry.field(description="Rates by term × tier.")
    minimum_deposit: Decimal = strawberry.field(description="起存金额.")
    interest_payment: InterestPayment = strawberry.field(description="When interest is paid.")
    early_withdrawal_rate: Decimal = strawberry.field(description="Rate on early withdrawal.")
    auto_renewal: bool = strawberry.field(description="Whether it renews at maturity.")


@strawberry.type(description="Terms of a loan.")
class LoanTerms:
    rate_type: LoanRateType = strawberry.field(description="FIXED or LPR-linked.")
    fixed_rate: Decimal | None = strawberry.field(description="Annual rate (FIXED).")
    lpr_tenor: LprTenor | None = strawberry.field(description="LPR followed (LPR).")
    spread_bps: int | None = strawberry.field(description="Spread over LPR in basis points.")
    effective_rate: Decimal = strawberry.field(description="Rate now: fixed, or LPR + spread.")
    amount_min: Decimal = strawberry.field(description="Smallest loan.")
    amount_max: Decimal = strawberry.field(description="Largest loan.")
    amount_default: Decimal = strawberry.field(description="Default amount offered.")
    term_months_min: int = strawberry.field(description="Shortest term in months.")
    term_months_max: int = strawberry.field(description="Longest term in months.")
    term_months_default: int = strawberry.field(description="Default term in months.")
    repayment_methods: list[RepaymentMethod] = strawberry.field(description="Allowed methods.")
    collateral_required: bool = strawberry.field(description="Whether collateral is required.")
    max_ltv: Decimal | None = strawberry.field(description="Maximum loan-to-value in percent.")
    grace_period_days: int = strawberry.field(description="Grace period in days.")
    penalty_rate: Decimal = strawberry.field(description="Penalty (overdue) annual rate.")


@strawberry.type(description="Points multiplier for a spending category.")
class CategoryMultiplier:
    category: str = strawberry.field(description="Spending category, e.g. 餐饮.")
    multiplier: Decimal = strawberry.field(description="Points multiplier.")


@strawberry.type(description="Terms of a credit card.")
class CreditCardTerms:
    tier: CardTier = strawberry.field(description="Card tier.")
    partner_brand: str | None = strawberry.field(description="Partner brand (co-branded cards).")
    annual_fee: Decimal = strawberry.field(description="Annual fee.")
    fee_waiver_rule: str = strawberry.field(description="When the annual fee is waived.")
    interest_free_days_max: int = strawberry.field(
        description="Maximum interest-free days (免息期)."
    )
    interest_rate: Decimal = strawberry.field(
        description="Annual interest rate on revolving balance."
    )
    points_per_yuan: Decimal = strawberry.field(description="Points per ¥1 spent.")
    category_multipliers: list[CategoryMultiplier] = strawberry.field(
        description="Bonus categories."
    )
    credit_limit_min: Decimal = strawberry.field(description="Lowest credit limit.")
    credit_limit_max: Decimal = strawberry.field(description="Highest credit limit.")
    cash_advance_fee_rate: Decimal = strawberry.field(description="Cash advance fee in percent.")
    cash_advance_fee_min: Decimal = strawberry.field(description="Minimum cash advance fee.")
    benefits: list[str] = strawberry.field(description="Benefits, e.g. airport lounge.")


@strawberry.type(description="Terms of a wealth-management product (理财).")
class WealthTerms:
    benchmark_min: Decimal = strawberry.field(description="Performance benchmark, low end (%).")
    benchmark_max: Decimal = strawberry.field(description="Performance benchmark, high end (%).")
    open_ended: bool = strawberry.field(description="Open-ended (no fixed term) or closed.")
    term_days: int | None = strawberry.field(description="Term in days (closed-ended).")
    minimum_investment: Decimal = strawberry.field(description="Minimum investment.")
    subscription_fee_rate: Decimal = strawberry.field(description="Subscription fee (%).")
    management_fee_rate: Decimal = strawberry.field(description="Annual management fee (%).")
    custody_fee_rate: Decimal = strawberry.field(description="Annual custody fee (%).")
    offering: Offering = strawberry.field(description="Public or private offering.")
    cooling_off_hours: int = strawberry.field(description="Cooling-off period in hours.")


@strawberry.type(description="Terms of an FX product.")
class FxTerms:
    currency_pairs: list[str] = strawberry.field(description="Pairs traded, e.g. USD/CNY.")
    spread_bps: int = strawberry.field(description="Spread in basis points.")
    minimum_amount: Decimal = strawberry.field(description="Minimum amount per trade.")
    trading_hours: str = strawberry.field(description="Trading hours, HH:MM-HH:MM (Beijing).")
    tenors: list[str] = strawberry.field(description="Option tenors, e.g. 1W, 1M.")
    premium_rate: Decimal | None = strawberry.field(description="Option premium (%).")
    linked_pair: str | None = strawberry.field(
        description="Pair a structured deposit is linked to."
    )
    principal_protected: bool | None = strawberry.field(description="Principal protection.")
    yield_min: Decimal | None = strawberry.field(description="Structured deposit yield, low (%).")
    yield_max: Decimal | None = strawberry.field(description="Structured deposit yield, high (%).")


@strawberry.type(description="Terms of a precious-metal product.")
class PreciousMetalTerms:
    metal: Metal = strawberry.field(description="The metal.")
    unit: MetalUnit = strawberry.field(description="Unit of quantities.")
    purity: Decimal = strawberry.field(description="Purity in percent, e.g. 99.99.")
    spread: Decimal = strawberry.field(description="Buy/sell spread per unit.")
    minimum_trade_units: Decimal = strawberry.field(description="Minimum trade in units.")
    physical_delivery: bool = strawberry.field(description="Whether metal is delivered.")
    leverage: Decimal = strawberry.field(description="Leverage (1 for unleveraged).")


ProductTerms = Annotated[
    DepositTerms | LoanTerms | CreditCardTerms | WealthTerms | FxTerms | PreciousMetalTerms,
    strawberry.union("ProductTerms", description="A product's family-specific terms."),
]


def terms_from_json(family: str, data: dict[str, Any]) -> Any:
    """Build the GraphQL terms type of a family from stored JSON."""
    fam = ProductFamily(family)
    if fam == ProductFamily.DEPOSIT:
        return DepositTerms(
            terms_months=list(data.get("terms_months") or []),
            rate_table=[
                DepositRateTier(
                    term_months=t.get("term_months"),
                    min_amount=Decimal(t["min_amount"]),
                    rate=Decimal(t["rate"]),
                )
                for t in data.get("rate_table") or []
            ],
            minimum_deposit=Decimal(data["minimum_deposit"]),
            interest_payment=InterestPayment(data["interest_payment"]),
            early_withdrawal_rate=Decimal(data["early_withdrawal_rate"]),
            auto_renewal=bool(data.get("auto_renewal")),
        )
    if fam == ProductFamily.LOAN:
        return LoanTerms(
            rate_type=LoanRateType(data["rate_type"]),
            fixed_rate=_dec(data.get("fixed_rate")),
            lpr_tenor=LprTenor(data["lpr_tenor"]) if data.get("lpr_tenor") else None,
            spread_bps=data.get("spread_bps"),
            effective_rate=Decimal(data["effective_rate"]),
            amount_min=Decimal(data["amount_min"]),
            amount_max=Decimal(data["amount_max"]),
            amount_default=Decimal(data["amount_default"]),
            term_months_min=data["term_months_min"],
            term_months_max=data["term_months_max"],
            term_months_default=data["term_months_default"],
            repayment_methods=[RepaymentMethod(m) for m in data["repayment_methods"]],
            collateral_required=bool(data["collateral_required"]),
            max_ltv=_dec(data.get("max_ltv")),
            grace_period_days=data["grace_period_days"],
            penalty_rate=Decimal(data["penalty_rate"]),
        )
    if fam == ProductFamily.CREDIT_CARD:
        return CreditCardTerms(
            tier=CardTier(data["tier"]),
            partner_brand=data.get("partner_brand"),
            annual_fee=Decimal(data["annual_fee"]),
            fee_waiver_rule=data.get("fee_waiver_rule", ""),
            interest_free_days_max=data["interest_free_days_max"],
            interest_rate=Decimal(data["interest_rate"]),
            points_per_yuan=Decimal(data["points_per_yuan"]),
            category_multipliers=[
                CategoryMultiplier(category=m["category"], multiplier=Decimal(m["multiplier"]))
                for m in data.get("category_multipliers") or []
            ],
            credit_limit_min=Decimal(data["credit_limit_min"]),
            credit_limit_max=Decimal(data["credit_limit_max"]),
            cash_advance_fee_rate=Decimal(data["cash_advance_fee_rate"]),
            cash_advance_fee_min=Decimal(data["cash_advance_fee_min"]),
            benefits=list(data.get("benefits") or []),
        )
    if fam == ProductFamily.WEALTH:
        return WealthTerms(
            benchmark_min=Decimal(data["benchmark_min"]),
            benchmark_max=Decimal(data["benchmark_max"]),
            open_ended=bool(data["open_ended"]),
            term_days=data.get("term_days"),
            minimum_investment=Decimal(data["minimum_investment"]),
            subscription_fee_rate=Decimal(data["subscription_fee_rate"]),
            management_fee_rate=Decimal(data["management_fee_rate"]),
            custody_fee_rate=Decimal(data["custody_fee_rate"]),
            offering=Offering(data["offering"]),
            cooling_off_hours=data["cooling_off_hours"],
        )
    if fam == ProductFamily.FX:
        return FxTerms(
            currency_pairs=list(data["currency_pairs"]),
            spread_bps=data["spread_bps"],
            minimum_amount=Decimal(data["minimum_amount"]),
            trading_hours=data["trading_hours"],
            tenors=list(data.get("tenors") or []),
            premium_rate=_dec(data.get("premium_rate")),
            linked_pair=data.get("linked_pair"),
            principal_protected=data.get("principal_protected"),
            yield_min=_dec(data.get("yield_min")),
            yield_max=_dec(data.get("yield_max")),
        )
    return PreciousMetalTerms(
        metal=Metal(data["metal"]),
        unit=MetalUnit(data["unit"]),
        purity=Decimal(data["purity"]),
        spread=Decimal(data["spread"]),
        minimum_trade_units=Decimal(data["minimum_trade_units"]),
        physical_delivery=bool(data["physical_delivery"]),
        leverage=Decimal(data["leverage"]),
    )


# --- product and related objects -------------------------------------------------------------


@strawberry.type(
    description="Terms in force from an effective date (rates included); history is never overwritten."
)
class TermsSchedule:
    id: strawberry.ID = strawberry.field(description="ID of this schedule entry.")
    effective_date: date = strawberry.field(description="First day these terms apply.")
    headline_rate: Decimal | None = strawberry.field(
        description="The headline rate of these terms."
    )
    terms: ProductTerms = strawberry.field(description="The terms.")
    reason: str = strawberry.field(description="Why the terms changed.")
    created_by_id: strawberry.Private[int | None]
    created_at: datetime = strawberry.field(description="When it was recorded.")

    @strawberry.field(description="Who proposed these terms.")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.ProductTerms, family: str) -> TermsSchedule:
        """Build from a schedule row."""
        return cls(
            id=to_global_id("ProductTerms", row.id),
            effective_date=row.effective_date,
            headline_rate=_dec(row.headline_rate),
            terms=terms_from_json(family, row.terms),
            reason=row.reason,
            created_by_id=row.created_by_id,
            created_at=row.created_at,
        )


@strawberry.type(description="One recorded change to a product.")
class ProductVersion:
    version: int = strawberry.field(description="Version number after the change.")
    action: str = strawberry.field(description="What was done: create, update, submit, approve, …")
    reason: str = strawberry.field(description="Why.")
    diff: JSON = strawberry.field(description="Changed fields: {field: [before, after]}.")
    changed_at: datetime = strawberry.field(description="When.")
    changed_by_id: strawberry.Private[int | None]

    @strawberry.field(description="Who made the change (null for automatic changes).")
    async def changed_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.changed_by_id)

    @classmethod
    def from_model(cls, row: models.ProductVersion) -> ProductVersion:
        """Build from a version row."""
        return cls(
            version=row.version,
            action=row.action,
            reason=row.reason,
            diff=row.diff,
            changed_at=row.changed_at,
            changed_by_id=row.changed_by_id,
        )


@strawberry.type(description="An uploaded product document version.")
class ProductDocument(Node):
    pk: strawberry.Private[int]
    kind: DocumentKind = strawberry.field(description="What the document is.")
    title: str = strawberry.field(description="Title; versions share kind and title.")
    filename: str = strawberry.field(description="Original file name.")
    content_type: str = strawberry.field(description="MIME type.")
    size: int = strawberry.field(description="Size in bytes.")
    sha256: str = strawberry.field(description="SHA-256 of the content.")
    version: int = strawberry.field(description="Version within kind and title, from 1.")
    uploaded_at: datetime = strawberry.field(description="When it was uploaded.")
    uploaded_by_id: strawberry.Private[int | None]

    @strawberry.field(description="Who uploaded it.")
    async def uploaded_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.uploaded_by_id)

    @strawberry.field(description="Where signed-in readers download it (GET; audited).")
    def download_url(self) -> str:
        return f"/files/documents/{self.id}"

    @classmethod
    def from_model(cls, row: models.ProductDocument) -> ProductDocument:
        """Build from a document row."""
        return cls(
            id=to_global_id("ProductDocument", row.id),
            pk=row.id,
            kind=DocumentKind(row.kind),
            title=row.title,
            filename=row.filename,
            content_type=row.content_type,
            size=row.size,
            sha256=row.sha256,
            version=row.version,
            uploaded_at=row.uploaded_at,
            uploaded_by_id=row.uploaded_by_id,
        )


@strawberry.type(description="A proposed change to a live product; a second user approves it.")
class ProductChangeRequest(Node):
    pk: strawberry.Private[int]
    product_id: strawberry.Private[int]
    raw_terms: strawberry.Private[dict[str, Any] | None]
    status: ChangeRequestStatus = strawberry.field(description="Where it stands.")
    reason: str = strawberry.field(description="Why the change is wanted.")
    effective_date: date = strawberry.field(description="When new terms take effect.")
    changes: JSON | None = strawberry.field(description="Proposed field values {field: value}.")
    base_version: int = strawberry.field(description="Product version it was made against.")
    requested_at: datetime = strawberry.field(description="When it was requested.")
    decided_at: datetime | None = strawberry.field(description="When it was decided.")
    decision_note: str | None = strawberry.field(description="The checker's note.")
    requested_by_id: strawberry.Private[int | None]
    decided_by_id: strawberry.Private[int | None]

    @strawberry.field(description="Proposed new terms, if any.")
    async def terms(self, info: strawberry.Info) -> ProductTerms | None:
        if self.raw_terms is None:
            return None
        product = await info.context.loaders.get(ProductByIdLoader).load(self.product_id)
        return terms_from_json(product.family, self.raw_terms) if product else None

    @strawberry.field(description="The product concerned.")
    async def product(self, info: strawberry.Info) -> Product | None:
        product = await info.context.loaders.get(ProductByIdLoader).load(self.product_id)
        return Product.from_model(product) if product else None

    @strawberry.field(description="Who requested it.")
    async def requested_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.requested_by_id)

    @strawberry.field(description="Who approved, rejected or cancelled it.")
    async def decided_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.decided_by_id)

    @classmethod
    def from_model(cls, row: models.ProductChangeRequest) -> ProductChangeRequest:
        """Build from a change-request row."""
        return cls(
            id=to_global_id("ProductChangeRequest", row.id),
            pk=row.id,
            product_id=row.product_id,
            raw_terms=row.terms,
            status=ChangeRequestStatus(row.status),
            reason=row.reason,
            effective_date=row.effective_date,
            changes=row.changes,
            base_version=row.base_version,
            requested_at=row.requested_at,
            decided_at=row.decided_at,
            decision_note=row.decision_note,
            requested_by_id=row.requested_by_id,
            decided_by_id=row.decided_by_id,
        )


def _common(row: dict[str, Any]) -> dict[str, Any]:
    """Constructor arguments shared by Product and CatalogProduct, from a snapshot row."""
    return {
        "id": to_global_id("Product", row["id"]),
        "pk": row["id"],
        "code": row["code"],
        "name_zh": row["name_zh"],
        "name_en": row["name_en"],
        "family": ProductFamily(row["family"]),
        "subtype": ProductSubtype(row["subtype"]),
        "currency": row["currency"],
        "risk_level": RiskLevel(row["risk_level"]),
        "description": row.get("description") or "",
        "highlights": list(row.get("highlights") or []),
        "eligibility": Eligibility.from_json(row.get("eligibility") or {}),
        "min_amount": _dec(row.get("min_amount")),
        "max_amount": _dec(row.get("max_amount")),
        "fees": [Fee.from_json(f) for f in row.get("fees") or []],
        "sales_start": _day(row.get("sales_start")),
        "sales_end": _day(row.get("sales_end")),
    }


@strawberry.interface(description="Fields a product shows everywhere, the catalog included.")
class ProductBase(Node):
    pk: strawberry.Private[int]
    as_of: strawberry.Private[date | None]
    code: str = strawberry.field(description="Unique product code, e.g. DEP-TD-12M-2026A.")
    name_zh: str = strawberry.field(description="Chinese name.")
    name_en: str = strawberry.field(description="English name.")
    family: ProductFamily = strawberry.field(description="Product family.")
    subtype: ProductSubtype = strawberry.field(description="Kind within the family.")
    currency: str = strawberry.field(description="ISO 4217 currency.")
    risk_level: RiskLevel = strawberry.field(description="Risk rating R1–R5.")
    description: str = strawberry.field(description="Description (Markdown).")
    highlights: list[str] = strawberry.field(description="Selling points.")
    eligibility: Eligibility = strawberry.field(description="Who may buy it.")
    min_amount: Decimal | None = strawberry.field(description="Minimum amount per purchase.")
    max_amount: Decimal | None = strawberry.field(description="Maximum amount per purchase.")
    fees: list[Fee] = strawberry.field(description="Fees.")
    sales_start: date | None = strawberry.field(description="First day of the sales window.")
    sales_end: date | None = strawberry.field(description="Last day of the sales window.")

    async def _terms_row(self, info: strawberry.Info) -> models.ProductTerms | None:
        day = self.as_of or clock.today()
        loader = info.context.loaders.get(TermsInForceLoader)
        row: models.ProductTerms | None = await loader.load((self.pk, day))
        return row

    @strawberry.field(description="Terms in force on the as-of date (today by default).")
    async def terms(self, info: strawberry.Info) -> ProductTerms | None:
        row = await self._terms_row(info)
        return terms_from_json(self.family.value, row.terms) if row else None

    @strawberry.field(
        description="The headline rate in force: best deposit rate, loan effective rate, card "
        "interest rate, wealth benchmark high end, or structured-deposit yield high end."
    )
    async def headline_rate(self, info: strawberry.Info) -> Decimal | None:
        row = await self._terms_row(info)
        return rules.headline_rate(self.family, row.terms) if row else None


@strawberry.type(description="A bank product with everything staff manage about it.")
class Product(ProductBase):
    target_customers: str = strawberry.field(description="Notes on target customers.")
    channels: list[ChannelPublication] = strawberry.field(description="Channels and windows.")
    quota: Quota = strawberry.field(description="Sales quota.")
    tags: list[str] = strawberry.field(description="Free tags.")
    status: ProductStatus = strawberry.field(description="Lifecycle status.")
    status_reason: str | None = strawberry.field(
        description="Why it was suspended, taken offline or rejected."
    )
    version: int = strawberry.field(description="Version; send it back as expectedVersion.")
    created_at: datetime = strawberry.field(description="When it was created.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
    owner_id: strawberry.Private[int | None]
    submitted_by_id: strawberry.Private[int | None]
    approved_by_id: strawberry.Private[int | None]

    @strawberry.field(description="The product manager who owns it.")
    async def owner(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.owner_id)

    @strawberry.field(description="Who submitted it for review.")
    async def submitted_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.submitted_by_id)

    @strawberry.field(description="Who approved it.")
    async def approved_by(self, info: strawberry.Info) -> User | None:
        return await _user(info, self.approved_by_id)

    @strawberry.field(description="Terms and rate timeline, oldest first, future entries included.")
    async def terms_schedule(self, info: strawberry.Info) -> list[TermsSchedule]:
        rows = await info.context.loaders.get(TermsScheduleByProductLoader).load(self.pk)
        return [TermsSchedule.from_model(r, self.family.value) for r in rows]

    @strawberry.field(description="Documents, newest first (every version).")
    async def documents(self, info: strawberry.Info) -> list[ProductDocument]:
        rows = await info.context.loaders.get(DocumentsByProductLoader).load(self.pk)
        return [ProductDocument.from_model(r) for r in rows]

    @strawberry.field(description="Change requests, newest first.")
    async def change_requests(
        self, info: strawberry.Info, status: ChangeRequestStatus | None = None
    ) -> list[ProductChangeRequest]:
        rows = await info.context.loaders.get(ChangeRequestsByProductLoader).load(self.pk)
        return [
            ProductChangeRequest.from_model(r) for r in rows if status is None or r.status == status
        ]

    @strawberry.field(description="Version history, newest first.")
    async def versions(
        self, first: int | None = None, after: str | None = None
    ) -> Connection[ProductVersion]:
        from backend.graphql_core.pagination import paginate

        return await paginate(
            products_service.versions_query(product_id=self.pk),
            ProductVersion.from_model,
            first=first,
            after=after,
        )

    @strawberry.field(
        description="Whether it is ON_SALE and inside its sales window on a date (today by default)."
    )
    def is_on_sale_at(self, date: date | None = None) -> bool:
        return rules.on_sale_at(
            status=self.status.value,
            sales_start=self.sales_start,
            sales_end=self.sales_end,
            day=date or clock.today(),
        )

    @classmethod
    def from_row(cls, row: dict[str, Any], as_of: date | None = None) -> Product:
        """Build from a snapshot (current or as of a date)."""
        return cls(
            **_common(row),
            as_of=as_of,
            target_customers=row.get("target_customers") or "",
            channels=[
                ChannelPublication(
                    channel=Channel(c["channel"]),
                    publish_from=_day(c.get("publish_from")),
                    publish_to=_day(c.get("publish_to")),
                )
                for c in row.get("channels") or []
            ],
            quota=Quota(
                total=_dec(row.get("quota_total")), used=_dec(row.get("quota_used")) or Decimal("0")
            ),
            tags=list(row.get("tags") or []),
            status=ProductStatus(row["status"]),
            status_reason=row.get("status_reason"),
            version=row["version"],
            created_at=_moment(row["created_at"]),
            updated_at=_moment(row["updated_at"]),
            owner_id=row.get("owner_id"),
            submitted_by_id=row.get("submitted_by_id"),
            approved_by_id=row.get("approved_by_id"),
        )

    @classmethod
    def from_model(cls, product: models.Product) -> Product:
        """Build from the current product."""
        return cls.from_row(products_service.snapshot(product))


@strawberry.type(
    description="A product as the public catalog shows it: on sale, no internal fields."
)
class CatalogProduct(ProductBase):
    @classmethod
    def from_model(cls, product: models.Product) -> CatalogProduct:
        """Build from the current product."""
        return cls(**_common(products_service.snapshot(product)), as_of=None)


# --- inputs ----------------------------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """Turn input objects into dicts of snake_case keys, leaving out fields not given."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) is not strawberry.UNSET
        }
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


@strawberry.input(description="Who may buy the product.")
class EligibilityInput:
    min_age: int | None = strawberry.field(default=None, description="Minimum age.")
    max_age: int | None = strawberry.field(default=None, description="Maximum age.")
    min_annual_income: Decimal | None = strawberry.field(
        default=None, description="Minimum annual income."
    )
    customer_types: list[CustomerType] = strawberry.field(description="At least one.")
    residency: list[Residency] = strawberry.field(description="At least one.")


@strawberry.input(description="A channel and its publication window.")
class ChannelPublicationInput:
    channel: Channel = strawberry.field(description="The channel.")
    publish_from: date | None = strawberry.field(default=None, description="First day shown.")
    publish_to: date | None = strawberry.field(default=None, description="Last day shown.")


@strawberry.input(description="A fee.")
class FeeInput:
    type: FeeType = strawberry.field(description="What it is charged for.")
    basis: FeeBasis = strawberry.field(description="FIXED (give amount) or RATE (give rate).")
    amount: Decimal | None = strawberry.field(default=None, description="Fixed amount.")
    rate: Decimal | None = strawberry.field(default=None, description="Percentage, 0–36.")
    min_amount: Decimal | None = strawberry.field(default=None, description="Minimum per charge.")
    max_amount: Decimal | None = strawberry.field(default=None, description="Maximum per charge.")
    cap: Decimal | None = strawberry.field(default=None, description="Cap over a year.")
    frequency: FeeFrequency = strawberry.field(description="How often.")


@strawberry.input(description="One rate of a deposit rate table.")
class DepositRateTierInput:
    term_months: int | None = strawberry.field(default=None, description="Term; null for demand.")
    min_amount: Decimal = strawberry.field(description="Tier start amount.")
    rate: Decimal = strawberry.field(description="Annual rate %, 4 decimals, 0–36.")


@strawberry.input(description="Deposit terms.")
class DepositTermsInput:
    terms_months: list[int] = strawberry.field(
        description="Among 3, 6, 12, 24, 36, 60; empty for demand."
    )
    rate_table: list[DepositRateTierInput] = strawberry.field(description="At least one rate.")
    minimum_deposit: Decimal = strawberry.field(description="起存金额; ≥ 200,000 for LARGE_CD.")
    interest_payment: InterestPayment = strawberry.field(description="When interest is paid.")
    early_withdrawal_rate: Decimal = strawberry.field(description="Rate on early withdrawal.")
    auto_renewal: bool = strawberry.field(description="Renews at maturity.")


@strawberry.input(description="Loan terms.")
class LoanTermsInput:
    rate_type: LoanRateType = strawberry.field(description="FIXED or LPR.")
    fixed_rate: Decimal | None = strawberry.field(default=None, description="For FIXED.")
    lpr_tenor: LprTenor | None = strawberry.field(default=None, description="For LPR.")
    spread_bps: int | None = strawberry.field(default=None, description="For LPR, −300 to 1000.")
    amount_min: Decimal = strawberry.field(description="Smallest loan.")
    amount_max: Decimal = strawberry.field(description="Largest loan.")
    amount_default: Decimal = strawberry.field(description="Between min and max.")
    term_months_min: int = strawberry.field(description="1–360.")
    term_months_max: int = strawberry.field(description="1–360.")
    term_months_default: int = strawberry.field(description="Between min and max.")
    repayment_methods: list[RepaymentMethod] = strawberry.field(description="At least one.")
    collateral_required: bool = strawberry.field(description="Secured loan.")
    max_ltv: Decimal | None = strawberry.field(default=None, description="Required when secured.")
    grace_period_days: int = strawberry.field(description="0–90.")
    penalty_rate: Decimal = strawberry.field(description="Overdue annual rate %.")


@strawberry.input(description="Points multiplier for a category.")
class CategoryMultiplierInput:
    category: str = strawberry.field(description="Spending category.")
    multiplier: Decimal = strawberry.field(description="Above 0, at most 20.")


@strawberry.input(description="Credit card terms.")
class CreditCardTermsInput:
    tier: CardTier = strawberry.field(description="Tier.")
    partner_brand: str | None = strawberry.field(
        default=None, description="Required for CO_BRANDED."
    )
    annual_fee: Decimal = strawberry.field(description="Annual fee.")
    fee_waiver_rule: str = strawberry.field(default="", description="Waiver rule.")
    interest_free_days_max: int = strawberry.field(description="20–60 days.")
    interest_rate: Decimal = strawberry.field(description="Annual rate %.")
    points_per_yuan: Decimal = strawberry.field(description="Points per ¥1.")
    category_multipliers: list[CategoryMultiplierInput] = strawberry.field(
        default_factory=list, description="Bonus categories."
    )
    credit_limit_min: Decimal = strawberry.field(description="Lowest limit.")
    credit_limit_max: Decimal = strawberry.field(description="Highest limit.")
    cash_advance_fee_rate: Decimal = strawberry.field(description="Cash advance fee %.")
    cash_advance_fee_min: Decimal = strawberry.field(description="Minimum cash advance fee.")
    benefits: list[str] = strawberry.field(default_factory=list, description="Benefits.")


@strawberry.input(description="Wealth-management terms.")
class WealthTermsInput:
    benchmark_min: Decimal = strawberry.field(description="Benchmark low end %.")
    benchmark_max: Decimal = strawberry.field(description="Benchmark high end % (≥ low).")
    open_ended: bool = strawberry.field(description="Open-ended.")
    term_days: int | None = strawberry.field(default=None, description="Closed-ended term, 1–3650.")
    minimum_investment: Decimal = strawberry.field(description="≥ 1,000,000 for private offerings.")
    subscription_fee_rate: Decimal = strawberry.field(description="Subscription fee %.")
    management_fee_rate: Decimal = strawberry.field(description="Management fee %.")
    custody_fee_rate: Decimal = strawberry.field(description="Custody fee %.")
    offering: Offering = strawberry.field(description="PUBLIC or PRIVATE.")
    cooling_off_hours: int = strawberry.field(description="≥ 24 for private offerings.")


@strawberry.input(description="FX terms.")
class FxTermsInput:
    currency_pairs: list[str] = strawberry.field(description="e.g. USD/CNY.")
    spread_bps: int = strawberry.field(description="0–1000.")
    minimum_amount: Decimal = strawberry.field(description="Minimum per trade.")
    trading_hours: str = strawberry.field(description="HH:MM-HH:MM.")
    tenors: list[str] = strawberry.field(
        default_factory=list, description="Option tenors, e.g. 1M."
    )
    premium_rate: Decimal | None = strawberry.field(default=None, description="Option premium %.")
    linked_pair: str | None = strawberry.field(default=None, description="Structured deposit pair.")
    principal_protected: bool | None = strawberry.field(
        default=None, description="Structured deposit."
    )
    yield_min: Decimal | None = strawberry.field(default=None, description="Structured deposit %.")
    yield_max: Decimal | None = strawberry.field(default=None, description="Structured deposit %.")


@strawberry.input(description="Precious-metal terms.")
class PreciousMetalTermsInput:
    metal: Metal = strawberry.field(description="Metal.")
    unit: MetalUnit = strawberry.field(description="Unit.")
    purity: Decimal = strawberry.field(description="90–99.999 %.")
    spread: Decimal = strawberry.field(description="Spread per unit.")
    minimum_trade_units: Decimal = strawberry.field(description="Minimum trade.")
    physical_delivery: bool = strawberry.field(description="Physical delivery.")
    leverage: Decimal = strawberry.field(description="1–20; 1 unless futures or options.")


@strawberry.input(
    one_of=True, description="Family terms: exactly one member, matching the product's family."
)
class ProductTermsInput:
    deposit: DepositTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="DEPOSIT terms."
    )
    loan: LoanTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="LOAN terms."
    )
    credit_card: CreditCardTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="CREDIT_CARD terms."
    )
    wealth: WealthTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="WEALTH terms."
    )
    fx: FxTermsInput | None = strawberry.field(default=strawberry.UNSET, description="FX terms.")
    precious_metal: PreciousMetalTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="PRECIOUS_METAL terms."
    )


def terms_to_plain(terms: ProductTermsInput | None) -> dict[str, Any] | None:
    """The one-of terms input as ``{familyKey: {...}}`` with camelCase family keys."""
    if terms is None or terms is strawberry.UNSET:
        return None
    keys = {"credit_card": "creditCard", "precious_metal": "preciousMetal"}
    return {keys.get(k, k): v for k, v in to_plain(terms).items()}


@strawberry.input(description="A new product (created as DRAFT).")
class ProductCreateInput:
    code: str = strawberry.field(description="Unique code, 3–40 of A-Z, 0-9, '-'.")
    name_zh: str = strawberry.field(description="Chinese name.")
    name_en: str = strawberry.field(description="English name.")
    family: ProductFamily = strawberry.field(description="Family.")
    subtype: ProductSubtype = strawberry.field(description="Subtype of that family.")
    currency: str = strawberry.field(default="CNY", description="ISO 4217 code.")
    risk_level: RiskLevel = strawberry.field(description="R1–R5.")
    description: str = strawberry.field(default="", description="Markdown.")
    highlights: list[str] = strawberry.field(default_factory=list, description="Selling points.")
    target_customers: str = strawberry.field(default="", description="Target customers.")
    eligibility: EligibilityInput = strawberry.field(description="Eligibility.")
    channels: list[ChannelPublicationInput] = strawberry.field(description="At least one channel.")
    sales_start: date | None = strawberry.field(default=None, description="Sales window start.")
    sales_end: date | None = strawberry.field(default=None, description="Sales window end.")
    quota_total: Decimal | None = strawberry.field(
        default=None, description="Quota; null = unlimited."
    )
    min_amount: Decimal | None = strawberry.field(default=None, description="Minimum per purchase.")
    max_amount: Decimal | None = strawberry.field(default=None, description="Maximum per purchase.")
    fees: list[FeeInput] = strawberry.field(default_factory=list, description="Fees.")
    tags: list[str] = strawberry.field(default_factory=list, description="Tags.")
    terms: ProductTermsInput = strawberry.field(description="Family terms.")


@strawberry.input(description="Changes to a product; only the fields given change.")
class ProductUpdateInput:
    name_zh: str | None = strawberry.field(default=strawberry.UNSET, description="Chinese name.")
    name_en: str | None = strawberry.field(default=strawberry.UNSET, description="English name.")
    subtype: ProductSubtype | None = strawberry.field(
        default=strawberry.UNSET, description="Subtype (needs terms)."
    )
    currency: str | None = strawberry.field(default=strawberry.UNSET, description="Currency.")
    risk_level: RiskLevel | None = strawberry.field(
        default=strawberry.UNSET, description="Risk level."
    )
    description: str | None = strawberry.field(default=strawberry.UNSET, description="Markdown.")
    highlights: list[str] | None = strawberry.field(
        default=strawberry.UNSET, description="Selling points."
    )
    target_customers: str | None = strawberry.field(
        default=strawberry.UNSET, description="Target customers."
    )
    eligibility: EligibilityInput | None = strawberry.field(
        default=strawberry.UNSET, description="Eligibility."
    )
    channels: list[ChannelPublicationInput] | None = strawberry.field(
        default=strawberry.UNSET, description="Channels."
    )
    sales_start: date | None = strawberry.field(
        default=strawberry.UNSET, description="Sales window start."
    )
    sales_end: date | None = strawberry.field(
        default=strawberry.UNSET, description="Sales window end."
    )
    quota_total: Decimal | None = strawberry.field(default=strawberry.UNSET, description="Quota.")
    min_amount: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Minimum amount."
    )
    max_amount: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Maximum amount."
    )
    fees: list[FeeInput] | None = strawberry.field(default=strawberry.UNSET, description="Fees.")
    tags: list[str] | None = strawberry.field(default=strawberry.UNSET, description="Tags.")
    terms: ProductTermsInput | None = strawberry.field(
        default=strawberry.UNSET, description="New terms."
    )


def update_to_plain(
    data: ProductUpdateInput | None,
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Split an update input into common fields and terms."""
    if data is None:
        return {}, None
    plain = to_plain(data)
    plain.pop("terms", None)
    return plain, terms_to_plain(data.terms)


@strawberry.input(description="A change request for an approved, on-sale or suspended product.")
class ProductChangeRequestInput:
    product_id: strawberry.ID = strawberry.field(description="The product.")
    expected_version: int = strawberry.field(description="The product version you looked at.")
    reason: str = strawberry.field(description="Why.")
    effective_date: date = strawberry.field(description="Today or later; when new terms apply.")
    terms: ProductTermsInput | None = strawberry.field(default=None, description="New terms.")
    changes: ProductUpdateInput | None = strawberry.field(
        default=None, description="Field changes."
    )


@strawberry.input(description="A document to attach to a product.")
class ProductDocumentUploadInput:
    product_id: strawberry.ID = strawberry.field(description="The product.")
    kind: DocumentKind = strawberry.field(description="What it is.")
    title: str = strawberry.field(description="Title; same kind and title make a new version.")
    filename: str = strawberry.field(
        description="File name with extension (pdf, docx, xlsx, png, jpg, md)."
    )
    content_base64: str = strawberry.field(description="The file, base64-encoded; at most 10 MB.")


@strawberry.input(description="Which products to list; all criteria are combined.")
class ProductFilter:
    text: str | None = strawberry.field(default=None, description="Part of the code or a name.")
    families: list[ProductFamily] | None = strawberry.field(default=None, description="Families.")
    subtypes: list[ProductSubtype] | None = strawberry.field(default=None, description="Subtypes.")
    statuses: list[ProductStatus] | None = strawberry.field(default=None, description="Statuses.")
    risk_levels: list[RiskLevel] | None = strawberry.field(default=None, description="Risk levels.")
    channel: Channel | None = strawberry.field(default=None, description="Offered on this channel.")
    currency: str | None = strawberry.field(default=None, description="Currency.")
    rate_min: Decimal | None = strawberry.field(default=None, description="Headline rate at least.")
    rate_max: Decimal | None = strawberry.field(default=None, description="Headline rate at most.")
    on_sale_at: date | None = strawberry.field(default=None, description="On sale on this date.")
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="Owned by this user."
    )


@strawberry.enum(description="Fields products can be sorted by.")
class ProductOrderField(StrEnum):
    CODE = "code"
    NAME = "name_zh"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    HEADLINE_RATE = "headline_rate"
    RISK_LEVEL = "risk_level"


@strawberry.input(description="Sort order of products.")
class ProductOrder:
    field: ProductOrderField = strawberry.field(description="Field to sort by.")
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Direction."
    )


@strawberry.type(description="Result of a change to a product.")
class ProductPayload:
    product: Product | None = strawberry.field(description="The product after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of a change-request operation.")
class ProductChangeRequestPayload:
    change_request: ProductChangeRequest | None = strawberry.field(
        description="The change request."
    )
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of uploading a document.")
class ProductDocumentPayload:
    document: ProductDocument | None = strawberry.field(description="The stored document.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")
