"""GraphQL types of products and what hangs off them: value types, terms schedule, versions,
documents, change requests, and the catalog's view of a product."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.scalars import JSON

from backend.domains.products import models, rules, terms_parts, versions
from backend.graphql_core.pagination import paginate
from backend.graphql_core.types import Connection, Node, to_global_id
from backend.kernel import clock
from backend.schema.auth.users import User
from backend.schema.products.enums import (
    ChangeRequestStatus,
    Channel,
    CustomerType,
    DocumentKind,
    FeeBasis,
    FeeChargeBase,
    FeeFrequency,
    FeeType,
    LprTenor,
    ProductFamily,
    ProductStatus,
    ProductSubtype,
    Residency,
    RiskLevel,
)
from backend.schema.products.loaders import (
    LprOnDayLoader,
    ProductByIdLoader,
    ProductChangeRequestsByProductIdLoader,
    ProductDocumentsByProductIdLoader,
    ProductTermsByProductIdAndDayLoader,
    ProductTermsByProductIdLoader,
)
from backend.schema.products.terms import ProductTerms, terms_from_json
from backend.schema.products.terms_parts import FeeWaiver, dec


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


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
            min_annual_income=dec(data.get("min_annual_income")),
            customer_types=[CustomerType(x) for x in data.get("customer_types") or []],
            residency=[Residency(x) for x in data.get("residency") or []],
        )


@strawberry.type(description="A channel the product is published on, with its window.")
class ChannelPublication:
    channel: Channel = strawberry.field(description="The channel.")
    publish_from: date | None = strawberry.field(description="First day shown (inclusive).")
    publish_to: date | None = strawberry.field(description="Last day shown (inclusive).")


@strawberry.type(
    description="A typed fee: a fixed amount or a rate of a stated base, in a currency, with "
    "per-charge limits, a cap over a period, and typed waivers."
)
class Fee:
    type: FeeType = strawberry.field(description="What it is charged for.")
    basis: FeeBasis = strawberry.field(description="FIXED amount or RATE.")
    amount: Decimal | None = strawberry.field(description="Fixed amount (FIXED).")
    rate: Decimal | None = strawberry.field(description="Percentage (RATE), 4 decimals.")
    charged_on: FeeChargeBase | None = strawberry.field(
        description="What the percentage is charged on (RATE)."
    )
    currency: str | None = strawberry.field(
        description="ISO 4217 currency of the fee; null: the product's currency."
    )
    min_amount: Decimal | None = strawberry.field(description="Minimum charged per charge.")
    max_amount: Decimal | None = strawberry.field(description="Maximum charged per charge.")
    cap: Decimal | None = strawberry.field(description="Most charged over `capPeriod`.")
    cap_period: FeeFrequency | None = strawberry.field(description="The period of the cap.")
    frequency: FeeFrequency = strawberry.field(description="How often it is charged.")
    waivers: list[FeeWaiver] = strawberry.field(description="When it is (partly) waived.")
    note: str = strawberry.field(description="Anything else worth saying about it.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fee:
        """Build from the stored JSON (of either shape)."""
        data = terms_parts.upgrade_fee(data)
        return cls(
            type=FeeType(data["type"]),
            basis=FeeBasis(data["basis"]),
            amount=dec(data.get("amount")),
            rate=dec(data.get("rate")),
            charged_on=FeeChargeBase(data["charged_on"]) if data.get("charged_on") else None,
            currency=data.get("currency"),
            min_amount=dec(data.get("min_amount")),
            max_amount=dec(data.get("max_amount")),
            cap=dec(data.get("cap")),
            cap_period=FeeFrequency(data["cap_period"]) if data.get("cap_period") else None,
            waivers=[FeeWaiver.from_json(w) for w in data.get("waivers") or []],
            note=data.get("note") or "",
            frequency=FeeFrequency(data["frequency"]),
        )


@strawberry.type(description="Sales quota in the product's currency.")
class Quota:
    total: Decimal | None = strawberry.field(description="Total quota; null means unlimited.")
    used: Decimal = strawberry.field(description="Amount sold so far.")

    @strawberry.field(description="What is left; null when unlimited.")
    def remaining(self) -> Decimal | None:
        return None if self.total is None else max(self.total - self.used, Decimal("0.00"))


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
    def from_model(
        cls, row: models.ProductTerms, family: str, fees: list[dict[str, Any]] | None = None
    ) -> TermsSchedule:
        """Build from a schedule row (``fees``: the product's, for a loan's APR)."""
        return cls(
            id=to_global_id("ProductTerms", row.id),
            effective_date=row.effective_date,
            headline_rate=dec(row.headline_rate),
            terms=terms_from_json(family, row.terms, fees),
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
    document: JSON | None = strawberry.field(
        description="A customer-facing document to attach when approved {kind, title, "
        "filename, content_type, size, sha256}."
    )
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
        return terms_from_json(product.family, self.raw_terms, product.fees) if product else None

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
            document=row.document,
            base_version=row.base_version,
            requested_at=row.requested_at,
            decided_at=row.decided_at,
            decision_note=row.decision_note,
            requested_by_id=row.requested_by_id,
            decided_by_id=row.decided_by_id,
        )


#: Reads a product field by name: ``row.get`` of a snapshot, or the attribute of a model.
Getter = Callable[[str], Any]


def _of_model(product: models.Product) -> Getter:
    return lambda name: getattr(product, name)


def _common(get: Getter) -> dict[str, Any]:
    """Constructor arguments shared by Product and CatalogProduct."""
    return {
        "id": to_global_id("Product", get("id")),
        "pk": get("id"),
        "code": get("code"),
        "name_zh": get("name_zh"),
        "name_en": get("name_en"),
        "family": ProductFamily(get("family")),
        "subtype": ProductSubtype(get("subtype")),
        "currency": get("currency"),
        "risk_level": RiskLevel(get("risk_level")),
        "description": get("description") or "",
        "highlights": list(get("highlights") or []),
        "eligibility": Eligibility.from_json(get("eligibility") or {}),
        "min_amount": dec(get("min_amount")),
        "max_amount": dec(get("max_amount")),
        "fees": [Fee.from_json(f) for f in get("fees") or []],
        "raw_fees": [terms_parts.upgrade_fee(f) for f in get("fees") or []],
        "sales_start": _day(get("sales_start")),
        "sales_end": _day(get("sales_end")),
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
    raw_fees: strawberry.Private[list[dict[str, Any]]]
    sales_start: date | None = strawberry.field(description="First day of the sales window.")
    sales_end: date | None = strawberry.field(description="Last day of the sales window.")

    async def _terms_row(self, info: strawberry.Info) -> models.ProductTerms | None:
        day = self.as_of or clock.today()
        loader = info.context.loaders.get(ProductTermsByProductIdAndDayLoader)
        row: models.ProductTerms | None = await loader.load((self.pk, day))
        return row

    async def _lpr(self, info: strawberry.Info) -> dict[LprTenor, Decimal] | None:
        """The LPRs in force on the as-of date, which a loan's rate reads (None otherwise)."""
        if self.family != ProductFamily.LOAN:
            return None
        lpr: dict[LprTenor, Decimal] | None = await info.context.loaders.get(LprOnDayLoader).load(
            self.as_of or clock.today()
        )
        return lpr

    @strawberry.field(description="Terms in force on the as-of date (today by default).")
    async def terms(self, info: strawberry.Info) -> ProductTerms | None:
        row = await self._terms_row(info)
        if row is None:
            return None
        terms: ProductTerms = terms_from_json(
            self.family.value, row.terms, self.raw_fees, await self._lpr(info)
        )
        return terms

    @strawberry.field(
        description="The headline rate in force: best deposit rate, loan effective rate, card "
        "interest rate, wealth benchmark high end, or structured-deposit yield high end."
    )
    async def headline_rate(self, info: strawberry.Info) -> Decimal | None:
        row = await self._terms_row(info)
        if row is None:
            return None
        lpr = await self._lpr(info)
        return rules.headline_rate(self.family, row.terms, lpr)


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
    suspended_by_risk: bool = strawberry.field(
        description=(
            "Suspended by risk control: only a risk officer other than the one who suspended "
            "it may resume it, once the alert that suspended it is resolved."
        )
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
        rows = await info.context.loaders.get(ProductTermsByProductIdLoader).load(self.pk)
        return [TermsSchedule.from_model(r, self.family.value, self.raw_fees) for r in rows]

    @strawberry.field(description="Documents, newest first (every version).")
    async def documents(self, info: strawberry.Info) -> list[ProductDocument]:
        rows = await info.context.loaders.get(ProductDocumentsByProductIdLoader).load(self.pk)
        return [ProductDocument.from_model(r) for r in rows]

    @strawberry.field(description="Change requests, newest first.")
    async def change_requests(
        self, info: strawberry.Info, status: ChangeRequestStatus | None = None
    ) -> list[ProductChangeRequest]:
        rows = await info.context.loaders.get(ProductChangeRequestsByProductIdLoader).load(self.pk)
        return [
            ProductChangeRequest.from_model(r) for r in rows if status is None or r.status == status
        ]

    @strawberry.field(description="Version history, newest first.")
    async def versions(
        self, first: int | None = None, after: str | None = None
    ) -> Connection[ProductVersion]:
        return await paginate(
            versions.versions_query(product_id=self.pk),
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
    def _build(cls, get: Getter, as_of: date | None) -> Product:
        return cls(
            **_common(get),
            as_of=as_of,
            target_customers=get("target_customers") or "",
            channels=[
                ChannelPublication(
                    channel=Channel(c["channel"]),
                    publish_from=_day(c.get("publish_from")),
                    publish_to=_day(c.get("publish_to")),
                )
                for c in get("channels") or []
            ],
            quota=Quota(total=dec(get("quota_total")), used=dec(get("quota_used")) or Decimal("0")),
            tags=list(get("tags") or []),
            status=ProductStatus(get("status")),
            status_reason=get("status_reason"),
            suspended_by_risk=bool(get("suspended_by_risk")),
            version=get("version"),
            created_at=_moment(get("created_at")),
            updated_at=_moment(get("updated_at")),
            owner_id=get("owner_id"),
            submitted_by_id=get("submitted_by_id"),
            approved_by_id=get("approved_by_id"),
        )

    @classmethod
    def from_row(cls, row: dict[str, Any], as_of: date) -> Product:
        """Build from a version snapshot: the product as it was on a past date."""
        return cls._build(row.get, as_of)

    @classmethod
    def from_model(cls, product: models.Product, as_of: date | None = None) -> Product:
        """Build straight from the product as it is now (also for today or a later asOf)."""
        return cls._build(_of_model(product), as_of)


@strawberry.type(
    description="A product as the public catalog shows it: on sale, no internal fields."
)
class CatalogProduct(ProductBase):
    @classmethod
    def from_model(cls, product: models.Product) -> CatalogProduct:
        """Build from the current product."""
        return cls(**_common(_of_model(product)), as_of=None)
