"""Enumerations of the auth domain."""

from enum import StrEnum


class Role(StrEnum):
    """A staff role; each grants a fixed set of permissions (see ``permissions.py``)."""

    ADMIN = "ADMIN"
    PRODUCT_MANAGER = "PRODUCT_MANAGER"
    RISK_OFFICER = "RISK_OFFICER"
    MARKETING = "MARKETING"
    SALES = "SALES"
    SERVICE_AGENT = "SERVICE_AGENT"
    ANALYST = "ANALYST"
    AUDITOR = "AUDITOR"


class ApiKeyScope(StrEnum):
    """What a service account's API key may do; the value is the permission it grants."""

    CATALOG_READ = "catalog:read"
    ALERTS_SUBSCRIBE = "alerts:subscribe"
    INGEST_WRITE = "ingest:write"


class RoleGrantStatus(StrEnum):
    """Where a role grant that needs a second admin stands."""

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
