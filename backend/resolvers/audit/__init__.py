"""GraphQL root fields of the audit trail."""

from __future__ import annotations

import strawberry

from backend.resolvers.audit.access import CustomerAccessQuery
from backend.resolvers.audit.events import AuditEventQuery


@strawberry.type
class AuditQuery(AuditEventQuery, CustomerAccessQuery):
    pass
