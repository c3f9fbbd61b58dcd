"""The monitoring domain's own error codes, beside the generic ones in ``backend.errors``.

Use a specific code where a caller can act on it (a refused lifecycle move, a broken business
rule); keep the generic INVALID / REQUIRED / NOT_FOUND / CONFLICT / FORBIDDEN for plain input
and access problems. Every code here appears in the API's ``ErrorCode`` enum.
"""

from __future__ import annotations

from enum import StrEnum


class MonitoringErrorCode(StrEnum):
    """Why a monitoring (rules, alerts, metrics, reference data) operation was refused, specifically."""

    #: The metric (NPL ratio, overdue ratio) is measured for loans only.
    METRIC_ONLY_FOR_LOANS = "METRIC_ONLY_FOR_LOANS"
    #: A rule's levels do not rise (or fall) from normal through warning to critical.
    RULE_LEVELS_OUT_OF_ORDER = "RULE_LEVELS_OUT_OF_ORDER"
    #: An automatic action on CRITICAL needs a critical level.
    AUTO_ACTION_NEEDS_CRITICAL_LEVEL = "AUTO_ACTION_NEEDS_CRITICAL_LEVEL"
    #: A rule that raised alerts cannot be deleted (disable it to keep their history).
    RULE_HAS_ALERTS = "RULE_HAS_ALERTS"
    #: Only an OPEN alert can be acknowledged.
    ALERT_NOT_OPEN = "ALERT_NOT_OPEN"
    #: The alert is resolved already (a persisting breach raises a new one).
    ALERT_ALREADY_RESOLVED = "ALERT_ALREADY_RESOLVED"
    #: The chosen assignee's roles do not let them manage alerts.
    ASSIGNEE_CANNOT_MANAGE_ALERTS = "ASSIGNEE_CANNOT_MANAGE_ALERTS"
    #: A pushed metric value is for a business day that has not come yet.
    METRIC_DATE_IN_FUTURE = "METRIC_DATE_IN_FUTURE"
    #: A pushed metric value outside what the metric can be (ratios 0–100 %, counts ≥ 0...).
    METRIC_VALUE_OUT_OF_RANGE = "METRIC_VALUE_OUT_OF_RANGE"
    #: The alert whose automatic action suspended the product is still open.
    SUSPENDING_ALERT_OPEN = "SUSPENDING_ALERT_OPEN"
    #: A "no data" rule's levels are whole days (1 to 35).
    NO_DATA_LEVEL_NOT_DAYS = "NO_DATA_LEVEL_NOT_DAYS"
    #: A loosening change of the rule awaits a second risk officer; the rule takes no other change.
    RULE_CHANGE_PENDING = "RULE_CHANGE_PENDING"
    #: An enabled rule is not deleted (disabling it needs a second risk officer).
    RULE_STILL_ENABLED = "RULE_STILL_ENABLED"
    #: A competitor rate's subtype is not one of its family's.
    SUBTYPE_NOT_IN_FAMILY = "SUBTYPE_NOT_IN_FAMILY"
    #: A competitor rate cannot have been observed after today.
    OBSERVED_DATE_IN_FUTURE = "OBSERVED_DATE_IN_FUTURE"
