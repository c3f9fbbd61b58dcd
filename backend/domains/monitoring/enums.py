"""Metrics, rule conditions and scopes, alert severities, statuses and history kinds."""

from __future__ import annotations

from enum import StrEnum


class Metric(StrEnum):
    """A product health metric computed per business day (or pushed by another system)."""

    TX_COUNT = "TX_COUNT"
    TX_AMOUNT = "TX_AMOUNT"
    BALANCE = "BALANCE"
    NEW_SALES_COUNT = "NEW_SALES_COUNT"
    NEW_SALES_AMOUNT = "NEW_SALES_AMOUNT"
    AVG_RATE = "AVG_RATE"
    NPL_RATIO = "NPL_RATIO"
    OVERDUE_RATIO = "OVERDUE_RATIO"
    COMPLAINT_COUNT = "COMPLAINT_COUNT"
    SATISFACTION = "SATISFACTION"


#: Flows add up over days. The others are levels read on a day (balances, ratios).
FLOW_METRICS = frozenset(
    {
        Metric.TX_COUNT,
        Metric.TX_AMOUNT,
        Metric.NEW_SALES_COUNT,
        Metric.NEW_SALES_AMOUNT,
        Metric.COMPLAINT_COUNT,
    }
)

#: Ratios are numerator / denominator, shown in percent (SATISFACTION: average 1–5 rating).
RATIO_METRICS = frozenset(
    {Metric.AVG_RATE, Metric.NPL_RATIO, Metric.OVERDUE_RATIO, Metric.SATISFACTION}
)

#: Metrics that only mean something for loans.
LOAN_ONLY = frozenset({Metric.NPL_RATIO, Metric.OVERDUE_RATIO})


class MetricSource(StrEnum):
    """Where a metric value came from."""

    COMPUTED = "COMPUTED"
    PUSHED = "PUSHED"


class RuleScope(StrEnum):
    """Which products a rule watches."""

    ALL = "ALL"
    FAMILY = "FAMILY"
    PRODUCT = "PRODUCT"


class RuleCondition(StrEnum):
    """How a rule compares the metric with its levels."""

    ABOVE = "ABOVE"
    BELOW = "BELOW"
    CHANGE_VS_AVERAGE = "CHANGE_VS_AVERAGE"
    #: Days without data for the metric (levels are whole days): an on-sale product whose
    #: feed stopped raises "no data", resolved when data arrives.
    NO_DATA = "NO_DATA"


class RuleChangeStatus(StrEnum):
    """Where a loosening rule change is: waiting for its checker, or decided."""

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    WITHDRAWN = "WITHDRAWN"

    @property
    def verb(self) -> str:
        """The audit verb that leads here (``approve``, ``reject``, ``withdraw``)."""
        return {"APPROVED": "approve", "REJECTED": "reject", "WITHDRAWN": "withdraw"}.get(
            self.value, "propose"
        )


class RuleLoosening(StrEnum):
    """How a rule change makes a rule watch less, so that a second risk officer must approve it."""

    DISABLED = "DISABLED"
    LEVEL_LOOSENED = "LEVEL_LOOSENED"
    CRITICAL_LEVEL_REMOVED = "CRITICAL_LEVEL_REMOVED"
    NORMAL_RANGE_WIDENED = "NORMAL_RANGE_WIDENED"
    AUTO_ACTION_REMOVED = "AUTO_ACTION_REMOVED"
    REDEFINED = "REDEFINED"


class AutoAction(StrEnum):
    """What a rule does by itself when it is breached at CRITICAL."""

    NONE = "NONE"
    SUSPEND_SALES = "SUSPEND_SALES"


class Severity(StrEnum):
    """How bad a breach is, in rising order."""

    INFO = "INFO"
    WARNING = "WARNING"
    CRITICAL = "CRITICAL"

    @property
    def rank(self) -> int:
        """0 for INFO, 1 for WARNING, 2 for CRITICAL."""
        return ("INFO", "WARNING", "CRITICAL").index(self.value)


class AlertStatus(StrEnum):
    """An alert's place in its lifecycle."""

    OPEN = "OPEN"
    ACKNOWLEDGED = "ACKNOWLEDGED"
    RESOLVED = "RESOLVED"


class AlertEventKind(StrEnum):
    """One kind of entry in an alert's history."""

    RAISED = "RAISED"
    ESCALATED = "ESCALATED"
    DEESCALATED = "DEESCALATED"
    ACKNOWLEDGED = "ACKNOWLEDGED"
    ASSIGNED = "ASSIGNED"
    COMMENTED = "COMMENTED"
    RESOLVED = "RESOLVED"
    AUTO_RESOLVED = "AUTO_RESOLVED"
    ACTION_TAKEN = "ACTION_TAKEN"


class AlertKind(StrEnum):
    """What an alert is about."""

    #: A product's metric breached a risk rule.
    PRODUCT_RISK = "PRODUCT_RISK"
    #: A user read unusually many customers (an access rule, 异常访问).
    CUSTOMER_ACCESS = "CUSTOMER_ACCESS"


class AlertChange(StrEnum):
    """What a live alert event tells subscribers."""

    RAISED = "RAISED"
    UPDATED = "UPDATED"
    RESOLVED = "RESOLVED"


class CostCategory(StrEnum):
    """Kinds of known product cost."""

    OPERATIONS = "OPERATIONS"
    MARKETING = "MARKETING"
    CHANNEL = "CHANNEL"
    RISK = "RISK"
    TECHNOLOGY = "TECHNOLOGY"
    OTHER = "OTHER"
