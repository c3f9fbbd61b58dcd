"""Reading customers on the record: the 360 view, lists and the export, each access logged.

Every way customer data leaves goes through here, so each is recorded once in the audit
domain's access log (``audit.access``): one customer's 360 view per customer, a list page
as the customers it showed (one write per request), an export as every customer in the file
(batched) plus one hash-chained ``customer.export`` event saying who exported what.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from backend import db
from backend.actor import Actor
from backend.domains.audit import access as audit_access
from backend.domains.audit import service as audit
from backend.domains.audit.enums import AccessKind
from backend.domains.auth import permissions as perms
from backend.domains.customers import models, pii
from backend.domains.customers.service import CustomerFilter, find_customers, get_customers
from backend.errors import DomainError, ErrorCode
from backend.kernel import clock
from backend.kernel.guards import require

#: At most this many customers in one export; a larger one asks for a narrower filter.
EXPORT_MAX = 10_000

#: The export's columns: (Chinese, English) header and the model attribute (PII masked).
EXPORT_COLUMNS: list[tuple[str, str, str]] = [
    ("客户号", "Customer no.", "customer_no"),
    ("姓名", "Name", "name"),
    ("客户类型", "Type", "customer_type"),
    ("证件号码(脱敏)", "ID number (masked)", "id_number_masked"),
    ("手机(脱敏)", "Phone (masked)", "phone_masked"),
    ("省份", "Province", "province"),
    ("城市", "City", "city"),
    ("网点", "Branch", "branch"),
    ("风险承受能力", "Risk tolerance", "risk_tolerance"),
    ("KYC", "KYC", "kyc_status"),
]


async def view(*, customer_id: int, actor: Actor, through: str = "customer") -> Any:
    """One customer for their 360 view, recorded as seen by the actor (None when missing)."""
    require(actor, perms.CUSTOMER_READ)
    found = await get_customers(ids=[customer_id])
    if found:
        await audit_access.record(
            actor=actor, customer_ids=[customer_id], kind=AccessKind.VIEW, through=through
        )
    return found[0] if found else None


async def customer_id_of(*, customer_no: str) -> int | None:
    """The id of the customer with exactly this number (None when there is none)."""
    found = await models.Customer.filter(customer_no=customer_no.strip()).first()
    return found.id if found else None


async def viewed(*, customer_ids: Sequence[int], actor: Actor, through: str) -> None:
    """Record single-customer reads made elsewhere (``node(id:)``) as 360 views."""
    await audit_access.record(
        actor=actor, customer_ids=customer_ids, kind=AccessKind.VIEW, through=through
    )


async def shown(*, customer_ids: Sequence[int], actor: Actor, through: str) -> None:
    """Record the customers a list, search or member page showed (one write)."""
    await audit_access.record(
        actor=actor, customer_ids=customer_ids, kind=AccessKind.LIST, through=through
    )


def _cell(value: object) -> str:
    """A cell as text; one a spreadsheet would run as a formula is prefixed with a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _rows(customers: Sequence[models.Customer]) -> list[list[str]]:
    return [[_cell(getattr(c, attr)) for _zh, _en, attr in EXPORT_COLUMNS] for c in customers]


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([f"{zh} {en}" for zh, en, _ in EXPORT_COLUMNS])
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook  # heavy; loaded on the first export only

    book = Workbook()
    sheet = book.active
    sheet.title = "客户 Customers"
    sheet.append([f"{zh} {en}" for zh, en, _ in EXPORT_COLUMNS])
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _criteria(filter: CustomerFilter | None) -> dict[str, Any]:
    """The filter as audited: personal data masked, never as typed."""
    criteria = {k: v for k, v in asdict(filter or CustomerFilter()).items() if v is not None}
    if "id_number" in criteria:
        criteria["id_number"] = pii.mask_id(criteria["id_number"])
    if "phone" in criteria:
        criteria["phone"] = pii.mask_phone(criteria["phone"])
    return criteria


async def export(
    *, filter: CustomerFilter | None = None, format: str = "CSV", actor: Actor
) -> tuple[str, bytes, int]:
    """The customers matching the filter as a CSV or XLSX file (PII masked), every one of them
    recorded as exported by the actor; returns file name, content and how many customers."""
    require(actor, perms.CUSTOMER_READ)
    query = await find_customers(filter=filter, actor=actor, through="customerExport")
    total = await query.count()
    if total > EXPORT_MAX:
        raise DomainError.single(
            ErrorCode.INVALID,
            "{count} customers match; an export holds at most {limit}. Narrow the filter.",
            "filter",
            count=total,
            limit=EXPORT_MAX,
        )
    customers = await query
    rows = _rows(customers)
    content = _xlsx(rows) if format == "XLSX" else _csv(rows)
    ids = [c.id for c in customers]
    await audit_access.record(
        actor=actor, customer_ids=ids, kind=AccessKind.EXPORT, through="customerExport"
    )
    criteria = _criteria(filter)
    async with db.transaction():
        await audit.record(
            actor=actor,
            action="customer.export",
            object_type="Customer",
            after={"count": len(ids), "format": format, "filter": criteria},
        )
    stamp = clock.now().astimezone(clock.BUSINESS_TZ).strftime("%Y%m%d-%H%M")
    return f"customers-{stamp}.{format.lower()}", content, len(ids)
