"""GraphQL root fields of customer profiles: list, read, create, update and PII reveal."""

from __future__ import annotations

import base64

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import access, service
from backend.graphql_core import mutation
from backend.graphql_core.inputs import to_plain
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of, to_global_id
from backend.schema.customers.customers import (
    Customer,
    CustomerExportPayload,
    CustomerFilter,
    CustomerInput,
    CustomerPayload,
    CustomerPiiRevealPayload,
    PiiField,
    RevealedCard,
)
from backend.schema.monitoring.performance import ExportFile, ExportFormat

EXPORT_CONTENT_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _domain_filter(filter: CustomerFilter | None) -> service.CustomerFilter:
    f = filter or CustomerFilter()
    segment = pk_of(f.segment_id, "Segment") if f.segment_id else None
    return service.CustomerFilter(
        text=f.text,
        id_number=f.id_number,
        phone=f.phone,
        customer_type=f.customer_type,
        risk_tolerance=f.risk_tolerance,
        province=f.province,
        segment_id=segment if f.segment_id is None or segment is not None else -1,
        reason=f.reason,
    )


@strawberry.type
class CustomerProfileQuery:
    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="Customers, filtered and paged (PII masked). An exact search by phone or "
        "ID number needs customer:read_pii and filter.reason, is audited "
        "(customer.piiSearch) and limited per user and hour.",
    )
    async def customers(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        filter: CustomerFilter | None = None,
    ) -> Connection[Customer]:
        qs = await service.find_customers(
            filter=_domain_filter(filter), actor=info.context.actor, through="customers"
        )
        page = await paginate(
            qs, Customer.from_model, first=first, after=after, last=last, before=before
        )
        await access.shown(
            customer_ids=[e.node.pk for e in page.edges],
            actor=info.context.actor,
            through="customers",
        )
        return page

    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="One customer (PII masked), for the 360 view; every read is recorded in "
        "the customer access log.",
    )
    async def customer(self, info: strawberry.Info, id: strawberry.ID) -> Customer | None:
        pk = pk_of(id, "Customer")
        found = (
            await access.view(customer_id=pk, actor=info.context.actor) if pk is not None else None
        )
        return Customer.from_model(found) if found else None


@strawberry.type
class CustomerProfileMutation:
    @strawberry.mutation(
        extensions=requires(perms.CUSTOMER_WRITE),
        description="Create a customer; PII is encrypted at rest.",
    )
    async def customer_create(self, info: strawberry.Info, input: CustomerInput) -> CustomerPayload:
        actor = info.context.actor
        customer, errors = await mutation.run(
            service.create_customer(data=to_plain(input), actor=actor),
            actor=actor,
            action="customer.create",
            object_type="Customer",
        )
        return CustomerPayload(
            customer=Customer.from_model(customer) if customer else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.CUSTOMER_WRITE),
        description="Change a customer's profile, consent or risk assessment.",
    )
    async def customer_update(
        self, info: strawberry.Info, id: strawberry.ID, input: CustomerInput
    ) -> CustomerPayload:
        actor = info.context.actor
        pk = pk_of(id, "Customer")
        data = {
            k: v
            for k, v in to_plain(input).items()
            if k not in ("external_id", "customer_no", "customer_type")
        }
        customer, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.update_customer(customer_id=pk, data=data, actor=actor),
            actor=actor,
            action="customer.update",
            object_type="Customer",
            object_id=pk,
        )
        return CustomerPayload(
            customer=Customer.from_model(customer) if customer else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.CUSTOMER_READ),
        description="Export the customers matching the filter (at most 10,000) as a CSV (UTF-8 "
        "with BOM) or XLSX file, PII masked; every customer in it is recorded in the access "
        "log and the export itself in the audit trail.",
    )
    async def customer_export(
        self,
        info: strawberry.Info,
        filter: CustomerFilter | None = None,
        format: ExportFormat = ExportFormat.CSV,
    ) -> CustomerExportPayload:
        actor = info.context.actor
        result, errors = await mutation.run(
            access.export(filter=_domain_filter(filter), format=format.value, actor=actor),
            actor=actor,
            action="customer.export",
            object_type="Customer",
        )
        if result is None:
            return CustomerExportPayload(file=None, count=0, errors=errors)
        filename, content, count = result
        return CustomerExportPayload(
            file=ExportFile(
                filename=filename,
                content_type=EXPORT_CONTENT_TYPES[format],
                content_base64=base64.b64encode(content).decode(),
            ),
            count=count,
            errors=[],
        )

    @strawberry.mutation(
        extensions=requires(perms.CUSTOMER_PII),
        description="Reveal a customer's full ID number, phone or card numbers. Needs a reason; every reveal is audited.",
    )
    async def customer_pii_reveal(
        self, info: strawberry.Info, id: strawberry.ID, reason: str, fields: list[PiiField]
    ) -> CustomerPiiRevealPayload:
        actor = info.context.actor
        pk = pk_of(id, "Customer")
        revealed, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.reveal_pii(
                customer_id=pk, reason=reason, fields=[f.value for f in fields], actor=actor
            ),
            actor=actor,
            action="customer.piiReveal",
            object_type="Customer",
            object_id=pk,
        )
        if revealed is None:
            return CustomerPiiRevealPayload(id_number=None, phone=None, cards=[], errors=errors)
        return CustomerPiiRevealPayload(
            id_number=revealed["id_number"],
            phone=revealed["phone"],
            cards=[
                RevealedCard(holding_id=to_global_id("Holding", hid), card_number=n)
                for hid, n in revealed["card_numbers"]
            ],
            errors=[],
        )
