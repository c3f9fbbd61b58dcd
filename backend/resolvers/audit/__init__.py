"""GraphQL root fields of the audit trail."""

from __future__ import annotations

import strawberry

from backend.resolvers.audit.access import CustomerAccessQuery
from backend.resolvers.audit.events import AuditEventQuery
from backend.resolvers.audit.refusals import RefusalCountQuery


@strawberry.type
class AuditQuery(AuditEventQuery, CustomerAccessQuery, RefusalCountQuery):
    pass
