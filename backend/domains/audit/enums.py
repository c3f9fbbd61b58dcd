"""Enumerations of the audit domain."""

from enum import StrEnum


class AuditOutcome(StrEnum):
    """Whether the audited action took effect."""

    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


class AccessKind(StrEnum):
    """How a customer's data was seen."""

    #: One customer's 360 view (profile, holdings, needs...).
    VIEW = "VIEW"
    #: A row of a list, a search result or a segment's member list.
    LIST = "LIST"
    #: A row of an exported file.
    EXPORT = "EXPORT"
    #: An exact search by personal data (phone, ID number), counted per search.
    SEARCH = "SEARCH"
