"""GraphQL types of the audit trail (``events``)."""

# TEMPORARY re-export while the other domains' packages are merged; removed after the merge.
from backend.schema.audit.events import AuditEvent as AuditEvent  # noqa: E402
