"""Customers: create and update with encrypted PII, search (exact PII lookup by blind index),
audited PII reveal and key rotation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import models, pii, pii_search
from backend.domains.customers.enums import (
    CustomerType,
    IdType,
    KycStatus,
    RiskTolerance,
)
from backend.domains.customers.errors import CustomerErrorCode
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel.clock import today
from backend.kernel.guards import require

PHONE_RE = re.compile(r"^1[3-9]\d{9}$")
ID_CARD_RE = re.compile(r"^\d{17}[\dX]$")
RISK_VALIDITY = timedelta(days=365)
#: Risk tolerances from the most conservative up.
RANKS = [level.value for level in RiskTolerance]
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_digit(body: str) -> str:
    """The check digit (GB 11643) of the first 17 digits of a resident ID number."""
    return _ID_CHECK[sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS, strict=True)) % 11]


def id_card_valid(number: str) -> bool:
    """Whether an 18-digit resident ID number has a correct check digit (GB 11643)."""
    return bool(ID_CARD_RE.match(number)) and id_check_digit(number[:17]) == number[17]


def age(customer: models.Customer, on: date | None = None) -> int | None:
    """Age in whole years on a day (today by default)."""
    if customer.birth_date is None:
        return None
    on = on or today()
    born = customer.birth_date
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def birth_date_for(customer: models.Customer, actor: Actor) -> date | None:
    """The full birth date, only for callers who may see personal data: beside the masked ID
    number (which hides exactly the birth-date digits) it would rebuild the whole number."""
    return customer.birth_date if actor.can(perms.CUSTOMER_PII) else None


def birth_month(customer: models.Customer) -> str | None:
    """Birth year and month (YYYY-MM), safe to show to every customer:read caller."""
    return customer.birth_date.strftime("%Y-%m") if customer.birth_date else None


def risk_assessment_current(customer: models.Customer, on: date | None = None) -> bool:
    """Whether the customer's risk tolerance assessment has not expired."""
    return bool(
        customer.risk_tolerance
        and customer.risk_expires_on
        and customer.risk_expires_on >= (on or today())
    )


def check_customer(
    data: dict[str, Any], *, creating: bool
) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate customer fields and turn PII into encrypted, indexed and masked columns."""
    errors: list[FieldError] = []
    out: dict[str, Any] = {}
    ring = pii.keyring()

    def fail(
        field: str, message: str, code: ErrorCode | CustomerErrorCode = ErrorCode.INVALID
    ) -> None:
        errors.append(FieldError(code, message, field))

    for name, limit, required in (
        ("name", 100, True),
        ("customer_no", 20, True),
        ("external_id", 64, True),
        ("email", 200, False),
        ("occupation", 50, False),
        ("province", 20, False),
        ("city", 30, False),
        ("branch", 100, False),
        ("company_name", 200, False),
        ("industry", 50, False),
    ):
        if name in data or (creating and required):
            value = (data.get(name) or "").strip() if data.get(name) is not None else None
            camel = re.sub(r"_(\w)", lambda m: m.group(1).upper(), name)
            if required and not value:
                fail(camel, "This field is required.", ErrorCode.REQUIRED)
            elif value and len(value) > limit:
                fail(camel, "Too long.")
            out[name] = value or None
    if out.get("email") and "@" not in out["email"]:
        fail("email", "Not an email address.")
    ctype = data.get("customer_type")
    if creating or "customer_type" in data:
        if ctype is None:
            fail("customerType", "This field is required.", ErrorCode.REQUIRED)
        else:
            out["customer_type"] = CustomerType(ctype).value
    if creating or "id_number" in data:
        id_type = IdType(data.get("id_type") or IdType.ID_CARD)
        number = pii.normalise("id", data.get("id_number") or "")
        if not number:
            fail("idNumber", "This field is required.", ErrorCode.REQUIRED)
        elif id_type == IdType.ID_CARD and not id_card_valid(number):
            fail("idNumber", "Not a valid resident ID number (check digit).")
        elif not 5 <= len(number) <= 30:
            fail("idNumber", "Not a valid document number.")
        out.update(
            id_type=id_type.value,
            id_number_enc=ring.encrypt(number),
            id_number_index=ring.blind_index("id", number),
            id_number_masked=pii.mask_id(number),
        )
        if id_type == IdType.ID_CARD and len(number) == 18 and "birth_date" not in data:
            try:
                out["birth_date"] = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
            except ValueError:
                fail("idNumber", "Not a valid resident ID number (check digit).")
    if "phone" in data:
        phone = pii.normalise("phone", data.get("phone") or "")
        if phone and not PHONE_RE.match(phone):
            fail("phone", "Not a mainland mobile number.")
        out.update(
            phone_enc=ring.encrypt(phone) if phone else None,
            phone_index=ring.blind_index("phone", phone) if phone else None,
            phone_masked=pii.mask_phone(phone) if phone else None,
        )
    if "birth_date" in data:
        born = data["birth_date"]
        if born and not date(1900, 1, 1) <= born <= today():
            fail("birthDate", "Not a plausible birth date.")
        out["birth_date"] = born
    if "gender" in data and data["gender"] is not None:
        out["gender"] = str(data["gender"])
    if "annual_income" in data:
        income = data["annual_income"]
        if income is not None and income < 0:
            fail("annualIncome", "Amount must not be negative.")
        out["annual_income"] = income
    if "company_size" in data:
        out["company_size"] = str(data["company_size"]) if data["company_size"] else None
    if "marketing_consent" in data:
        consent = bool(data["marketing_consent"])
        out["marketing_consent"] = consent
        if consent and not (data.get("consent_date") and data.get("consent_channel")):
            fail(
                "consentDate",
                "Consent needs the date and channel it was given.",
                ErrorCode.REQUIRED,
            )
        out["consent_date"] = data.get("consent_date") if consent else None
        out["consent_channel"] = (
            str(data["consent_channel"]) if consent and data.get("consent_channel") else None
        )
    if "risk_tolerance" in data:
        level = data["risk_tolerance"]
        assessed = data.get("risk_assessed_on")
        if level is not None and assessed is None:
            fail(
                "riskAssessedOn", "A risk tolerance needs its assessment date.", ErrorCode.REQUIRED
            )
        if assessed is not None and assessed > today():
            fail(
                "riskAssessedOn",
                "An assessment cannot be dated in the future.",
                CustomerErrorCode.ASSESSMENT_DATE_IN_FUTURE,
            )
        out["risk_tolerance"] = RiskTolerance(level).value if level else None
        out["risk_assessed_on"] = assessed
        out["risk_expires_on"] = assessed + RISK_VALIDITY if assessed else None
    if "kyc_status" in data and data["kyc_status"] is not None:
        out["kyc_status"] = KycStatus(data["kyc_status"]).value
    if (
        out.get("customer_type") == CustomerType.CORPORATE
        and creating
        and not out.get("company_name")
    ):
        fail("companyName", "A corporate customer needs its company name.", ErrorCode.REQUIRED)
    return out, errors


def risk_raise_refused(current: str | None, new: str | None) -> FieldError | None:
    """Raising a risk tolerance (or giving one where there was none) by hand is refused: only
    an assessment questionnaire may allow a customer more risk. Lowering is always allowed."""
    if new is None or new == current:
        return None
    if current is not None and RANKS.index(new) < RANKS.index(current):
        return None
    return FieldError(
        CustomerErrorCode.RISK_TOLERANCE_RAISE_REFUSED,
        "A risk tolerance is raised only by an assessment questionnaire, not by hand.",
        "riskTolerance",
    )


def snapshot(customer: models.Customer) -> dict[str, Any]:
    """The audited view of a customer: masked PII only."""
    return {
        "customer_no": customer.customer_no,
        "name": customer.name,
        "customer_type": customer.customer_type,
        "id_number": customer.id_number_masked,
        "phone": customer.phone_masked,
        "risk_tolerance": customer.risk_tolerance,
        "risk_assessed_on": customer.risk_assessed_on,
        "marketing_consent": customer.marketing_consent,
        "kyc_status": customer.kyc_status,
        "occupation": customer.occupation,
        "annual_income": customer.annual_income,
        "province": customer.province,
        "city": customer.city,
    }


async def create_customer(*, data: dict[str, Any], actor: Actor) -> models.Customer:
    """Create a customer after validating every field; PII is encrypted before it is stored."""
    fields, errors = check_customer(data, creating=True)
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        clash = await models.Customer.filter(
            Q(customer_no=fields["customer_no"]) | Q(external_id=fields["external_id"])
        ).exists()
        if clash:
            raise DomainError.single(
                ErrorCode.DUPLICATE, "Customer number or external id is taken.", "customerNo"
            )
        customer = await models.Customer.create(**fields)
        await audit.record(
            actor=actor,
            action="customer.create",
            object_type="Customer",
            object_id=customer.id,
            after=snapshot(customer),
        )
    return customer


async def update_customer(
    *, customer_id: int, data: dict[str, Any], actor: Actor
) -> models.Customer:
    """Change a customer's profile, consent or risk assessment."""
    fields, errors = check_customer(data, creating=False)
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        customer = await models.Customer.get_or_none(id=customer_id)
        if customer is None:
            raise DomainError.single(ErrorCode.NOT_FOUND, "No such customer.", "id")
        if "risk_tolerance" in fields and (
            problem := risk_raise_refused(customer.risk_tolerance, fields["risk_tolerance"])
        ):
            raise DomainError(problem)
        before = snapshot(customer)
        for name, value in fields.items():
            setattr(customer, name, value)
        await customer.save()
        await audit.record(
            actor=actor,
            action="customer.update",
            object_type="Customer",
            object_id=customer.id,
            before=before,
            after=snapshot(customer),
        )
    return customer


async def reveal_pii(
    *, customer_id: int, reason: str, fields: Iterable[str], actor: Actor
) -> dict[str, Any]:
    """Decrypt a customer's ID number, phone and/or card numbers for a caller allowed to see
    them; the reason and the fields seen are written to the audit trail."""
    require(actor, perms.CUSTOMER_PII)
    reason = reason.strip()
    if len(reason) < 4:
        raise DomainError.single(
            CustomerErrorCode.PII_REVEAL_REASON_REQUIRED, "Say why you need to see this.", "reason"
        )
    wanted = set(fields)
    customer = await models.Customer.get_or_none(id=customer_id)
    if customer is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such customer.", "id")
    ring = pii.keyring()
    result: dict[str, Any] = {"id_number": None, "phone": None, "card_numbers": []}
    if "ID_NUMBER" in wanted:
        result["id_number"] = ring.decrypt(customer.id_number_enc)
    if "PHONE" in wanted and customer.phone_enc:
        result["phone"] = ring.decrypt(customer.phone_enc)
    if "CARD_NUMBER" in wanted:
        cards = await models.Holding.filter(customer_id=customer.id, card_number_enc__isnull=False)
        result["card_numbers"] = [(h.id, ring.decrypt(h.card_number_enc or "")) for h in cards]
    async with db.transaction():
        await audit.record(
            actor=actor,
            action="customer.piiReveal",
            object_type="Customer",
            object_id=customer.id,
            after={"fields": sorted(wanted), "reason": reason},
        )
    return result


async def rotate_keys(*, actor: Actor, batch: int = 1000) -> tuple[str, int]:
    """Add a new active PII key and re-encrypt every value under it; returns (key id, count)."""
    ring = pii.keyring()
    kid = ring.add_key()
    changed = 0
    last = 0
    while True:
        rows = await models.Customer.filter(id__gt=last).order_by("id").limit(batch)
        if not rows:
            break
        async with db.transaction():
            for c in rows:
                c.id_number_enc = ring.encrypt(ring.decrypt(c.id_number_enc))
                if c.phone_enc:
                    c.phone_enc = ring.encrypt(ring.decrypt(c.phone_enc))
                await c.save(update_fields=["id_number_enc", "phone_enc"])
                changed += 1
        last = rows[-1].id
    cards = await models.Holding.filter(card_number_enc__isnull=False)
    async with db.transaction():
        for h in cards:
            h.card_number_enc = ring.encrypt(ring.decrypt(h.card_number_enc or ""))
            await h.save(update_fields=["card_number_enc"])
            changed += 1
        await audit.record(
            actor=actor,
            action="pii.rotateKeys",
            object_type="Keyring",
            object_id=kid,
            after={"active": kid, "values": changed},
        )
    return kid, changed


@dataclass(frozen=True)
class CustomerFilter:
    """Search criteria for customers; PII matches are exact, through the blind index."""

    text: str | None = None
    id_number: str | None = None
    phone: str | None = None
    customer_type: CustomerType | None = None
    risk_tolerance: RiskTolerance | None = None
    province: str | None = None
    segment_id: int | None = None
    #: Why the caller searches by phone or ID number (required with either; audited).
    reason: str | None = None

    @property
    def by_pii(self) -> bool:
        """Whether this is an exact search by personal data."""
        return bool(self.id_number or self.phone)


async def find_customers(
    *, filter: CustomerFilter | None = None, actor: Actor, through: str
) -> QuerySet[models.Customer]:
    """Customers matching the filter for this caller: the one way into a customer search, so
    an exact search by phone or ID number is always permitted, explained, audited and
    limited (``pii_search.authorise``) wherever the filter comes from."""
    f = filter or CustomerFilter()
    await pii_search.authorise(
        id_number=f.id_number, phone=f.phone, reason=f.reason, actor=actor, through=through
    )
    return customers_query(filter=f, _authorised=True)


def customers_query(
    *, filter: CustomerFilter | None = None, order: str = "customer_no", _authorised: bool = False
) -> QuerySet[models.Customer]:
    """Customers matching the filter (an exact search by personal data only through
    ``find_customers``)."""
    f = filter or CustomerFilter()
    if f.by_pii and not _authorised:
        raise ValueError("search by phone or ID number goes through find_customers")
    qs = models.Customer.all()
    ring = pii.keyring()
    if f.text:
        qs = qs.filter(Q(name__icontains=f.text) | Q(customer_no__icontains=f.text))
    if f.id_number:
        qs = qs.filter(id_number_index=ring.blind_index("id", f.id_number))
    if f.phone:
        qs = qs.filter(phone_index=ring.blind_index("phone", f.phone))
    if f.customer_type:
        qs = qs.filter(customer_type=f.customer_type.value)
    if f.risk_tolerance:
        qs = qs.filter(risk_tolerance=f.risk_tolerance.value)
    if f.province:
        qs = qs.filter(province=f.province)
    if f.segment_id is not None:
        qs = qs.filter(
            id__in=Subquery(
                models.SegmentMember.filter(segment_id=f.segment_id).values("customer_id")
            )
        )
    return qs.order_by(order, "id")


async def get_customers(*, ids: Sequence[int]) -> list[models.Customer]:
    """The customers with these ids."""
    return await models.Customer.filter(id__in=list(ids))
